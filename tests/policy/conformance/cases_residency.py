"""Residency: an explicit allow-list that never widens itself; backups and replicas count; multi-regions
only when listed."""

from __future__ import annotations

from tests.policy.builders import res
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import (AWS_REGIONS, AZ_PAIRS, AZ_REDUNDANCY, CLOUDSQL_BACKUPS, GCS_LOCATIONS,
                                              RDS_BACKUP, pulumi)

RL = "resource-location-allowed"


def regions(*r):
    return {RL: {"allowedRegions": list(r)}}


def provider(cloud, key, value, name=None):
    return res(f"pulumi:providers:{cloud}", name or f"{cloud}-{value}", {key: value})


def aws_bucket(prov=None, **inputs):
    return res("aws:s3/bucketV2:BucketV2", f"b-{len(inputs)}", {"bucket": "acme", **inputs}, provider=prov)


def gcs(location, **inputs):
    return res("gcp:storage/bucket:Bucket", f"gcs-{location.lower()}", {"name": f"acme-{location.lower()}",
                                                                         "location": location, **inputs})


def sql(backup_location=None, region="europe-west4"):
    backup = {"enabled": True}
    if backup_location:
        backup["location"] = backup_location
    return res("gcp:sql/databaseInstance:DatabaseInstance", f"sql-{backup_location}", {
        "region": region, "databaseVersion": "POSTGRES_16", "settings": {"tier": "db-f1-micro",
                                                                        "backupConfiguration": backup}})


def account(sku, location="westeurope"):
    return res("azure-native:storage:StorageAccount", f"acct-{sku}", {"accountName": "acme", "location": location,
                                                                     "resourceGroupName": "rg", "sku": {"name": sku}})


EU_AWS = provider("aws", "region", "eu-west-1")
CASES = [
    deny("no-allow-list-with-cloud-resources", RL, pulumi("aws", "pulumi:providers:aws", "region"),
         [EU_AWS, aws_bucket(EU_AWS)], expect="allowedRegions is not set"),
    deny("no-self-widening-provider", RL, AWS_REGIONS,
         [EU_AWS, provider("aws", "region", "us-east-1", name="aws-us")], config=regions("eu-west-1"),
         expect="us-east-1"),
    deny("per-resource-region-v7", RL, pulumi("aws", "aws:s3/bucketV2:BucketV2", "region"),
         [EU_AWS, aws_bucket(EU_AWS, region="us-west-2")], config=regions("eu-*"), expect="us-west-2"),
    deny("availability-zone-outside", RL, pulumi("aws", "aws:rds/instance:Instance", "availabilityZone"),
         [res("aws:ebs/volume:Volume", "vol", {"availabilityZone": "us-east-1a", "size": 10, "region": "us-east-1"})],
         config=regions("eu-west-1")),
    deny("rds-cross-region-replica-source", RL, RDS_BACKUP,
         [res("aws:rds/instance:Instance", "replica", {"region": "eu-west-1", "instanceClass": "db.t4g.medium",
                                                      "replicateSourceDb": "arn:aws:rds:us-east-1:111122223333:db:main"})],
         config=regions("eu-west-1"), expect="replicateSourceDb"),
    deny("rds-backup-replication-source", RL, RDS_BACKUP,
         [res("aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", "copy", {
             "region": "eu-central-1", "sourceDbInstanceArn": "arn:aws:rds:us-east-2:111122223333:db:main"})],
         config=regions("eu-*"), expect="us-east-2"),
    deny("azure-resource-group-elsewhere", RL, AZ_PAIRS,
         [res("azure-native:resources:ResourceGroup", "rg", {"location": "eastus"})], config=regions("westeurope")),
    deny("azure-display-name-location", RL, AZ_PAIRS,
         [res("azure-native:storage:StorageAccount", "sa", {"accountName": "x", "location": "East US 2",
                                                           "resourceGroupName": "rg", "sku": {"name": "Standard_ZRS"}})],
         config=regions("westeurope"), expect="eastus2"),
    deny("azure-grs-to-pair", RL, AZ_REDUNDANCY, [account("Standard_RAGRS", "swedencentral")],
         config=regions("swedencentral"), expect="swedensouth"),
    allow("azure-grs-pair-listed", RL, AZ_REDUNDANCY, [account("Standard_GZRS")],
          config=regions("westeurope", "northeurope")),
    deny("azure-pg-geo-backup-pair", RL, AZ_PAIRS,
         [res("azure-native:dbforpostgresql:Server", "pg", {"location": "westeurope", "serverName": "pg",
                                                           "resourceGroupName": "rg",
                                                           "backup": {"geoRedundantBackup": "Enabled"}})],
         config=regions("westeurope"), expect="northeurope"),
    deny("gcs-multi-region-not-listed", RL, GCS_LOCATIONS, [gcs("EU")], config=regions("europe-west4", "europe-*"),
         expect="'eu'"),
    deny("gcs-dual-region-half-outside", RL, GCS_LOCATIONS, [gcs("EUR4")], config=regions("europe-west4")),
    deny("gcs-custom-dual-region-outside", RL, GCS_LOCATIONS,
         [gcs("EU", customPlacementConfig={"dataLocations": ["EUROPE-WEST4", "US-CENTRAL1"]})],
         config=regions("eu", "europe-west4"), expect="us-central1"),
    deny("cloudsql-default-backup-multi-region", RL, CLOUDSQL_BACKUPS, [sql()], config=regions("europe-west4"),
         expect="'eu'"),
    deny("cloudsql-backup-location-elsewhere", RL, CLOUDSQL_BACKUPS, [sql("us-central1")], config=regions("europe-west4")),
    allow("gcs-multi-region-listed-and-dual-members", RL, GCS_LOCATIONS,
          [gcs("EU"), gcs("EUR4")], config=regions("EU", "europe-north1", "europe-west4")),
    allow("cloudsql-explicit-backup-location", RL, CLOUDSQL_BACKUPS, [sql("europe-west4")],
          config=regions("europe-west4")),
    allow("inside-globs-and-zones", RL, AWS_REGIONS,
          [EU_AWS, aws_bucket(EU_AWS), res("aws:ebs/volume:Volume", "v", {"availabilityZone": "eu-west-1b", "size": 1}),
           provider("gcp", "region", "europe-west4"), provider("azure-native", "location", "westeurope")],
          config=regions("eu-*", "europe-west4", "westeurope")),
    allow("no-region-bearing-resources", RL, AWS_REGIONS,
          [res("kubernetes:core/v1:Namespace", "ns", {"metadata": {"name": "x"}}),
           res("random:index/randomPassword:RandomPassword", "pw", {"length": 32})]),
]
