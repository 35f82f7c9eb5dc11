"""Synthetic cloud resources (pulumi-aws 7, pulumi-gcp 10, azure-native 3 tokens and input shapes)."""

from __future__ import annotations

from tests.policy.builders import res

AWS_PROVIDER = "pulumi:providers:aws"
KMS_ARN = "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000"


def aws_provider(name: str = "aws", region: str = "eu-west-1"):
    return res(AWS_PROVIDER, name, {"region": region, "version": "7.51.1"})


def s3_bucket(name: str, *, provider=None, tags: dict | None = None, protect: bool = True, **inputs):
    return res("aws:s3/bucket:Bucket", name, {"bucket": f"loom-{name}", "forceDestroy": False,
                                              "tags": tags or {}, **inputs}, protect=protect, provider=provider)


def s3_settings(bucket, *, sse: str | None = "aws:kms", pab: bool = True, versioning: str | None = "Enabled",
                lifecycle: bool = True, by_name: bool = False):
    """The separate v7 resources that secure a bucket; joined by dependency (or bucket name only)."""
    ref = bucket.inputs["bucket"]
    deps = [] if by_name else [bucket]
    out = []
    if sse:
        rule = {"applyServerSideEncryptionByDefault": {"sseAlgorithm": sse}, "bucketKeyEnabled": True}
        if sse.startswith("aws:kms"):
            rule["applyServerSideEncryptionByDefault"]["kmsMasterKeyId"] = KMS_ARN
        out.append(res("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                       f"{bucket.name}-sse", {"bucket": ref, "rules": [rule]}, deps=deps))
    if pab:
        out.append(res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", f"{bucket.name}-pab",
                       {"bucket": ref, "blockPublicAcls": True, "blockPublicPolicy": True,
                        "ignorePublicAcls": True, "restrictPublicBuckets": True}, deps=deps))
    if versioning:
        out.append(res("aws:s3/bucketVersioning:BucketVersioning", f"{bucket.name}-versioning",
                       {"bucket": ref, "versioningConfiguration": {"status": versioning}}, deps=deps))
    if lifecycle:
        out.append(res("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", f"{bucket.name}-lc",
                       {"bucket": ref, "rules": [{"id": "expire", "status": "Enabled",
                                                  "expiration": {"days": 365}}]}, deps=deps))
    return out


def gcs_bucket(name: str, *, protect: bool = True, **over):
    inputs = {"name": f"loom-{name}", "location": "EUROPE-WEST4", "uniformBucketLevelAccess": True,
              "publicAccessPrevention": "enforced", "versioning": {"enabled": True},
              "encryption": {"defaultKmsKeyName": "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k"},
              "lifecycleRules": [{"action": {"type": "Delete"}, "condition": {"age": 365}}],
              "labels": {"loom-purpose": "lake"}}
    inputs.update(over)
    return res("gcp:storage/bucket:Bucket", name, inputs, protect=protect)


def storage_account(name: str, *, protect: bool = True, **over):
    inputs = {"accountName": f"loom{name}", "resourceGroupName": "loom-rg", "location": "westeurope",
              "kind": "StorageV2", "sku": {"name": "Standard_ZRS"}, "allowBlobPublicAccess": False,
              "enableHttpsTrafficOnly": True, "minimumTlsVersion": "TLS1_2", "allowSharedKeyAccess": False,
              "publicNetworkAccess": "Disabled",
              "encryption": {"keySource": "Microsoft.Keyvault", "services": {"blob": {"enabled": True}},
                             "keyVaultProperties": {"keyName": "k", "keyVaultUri": "https://v.vault.azure.net"}}}
    inputs.update(over)
    return res("azure-native:storage:StorageAccount", name, inputs, protect=protect)


def blob_props(account, *, versioning: bool = True, retention: bool = True):
    return res("azure-native:storage:BlobServiceProperties", f"{account.name}-blob", {
        "accountName": account.inputs["accountName"], "resourceGroupName": "loom-rg", "blobServicesName": "default",
        "isVersioningEnabled": versioning, "deleteRetentionPolicy": {"enabled": retention, "days": 30}},
        deps=[account])


def rds(name: str = "mlflow", **over):
    inputs = {"engine": "postgres", "engineVersion": "16.4", "instanceClass": "db.t4g.medium",
              "allocatedStorage": 50, "storageEncrypted": True, "kmsKeyId": KMS_ARN, "publiclyAccessible": False,
              "backupRetentionPeriod": 14, "parameterGroupName": "loom-mlflow-pg", "username": "mlflow",
              "password": "[secret]", "deletionProtection": True}
    inputs.update(over)
    return res("aws:rds/instance:Instance", name, inputs, protect=True)


def rds_params(name: str = "loom-mlflow-pg", force_ssl: str = "1"):
    return res("aws:rds/parameterGroup:ParameterGroup", name, {
        "name": name, "family": "postgres16", "parameters": [{"name": "rds.force_ssl", "value": force_ssl}]})


def cloud_sql(name: str = "mlflow", **settings_over):
    settings = {"tier": "db-custom-2-7680",
                "ipConfiguration": {"ipv4Enabled": False, "privateNetwork": "projects/p/global/networks/loom",
                                    "sslMode": "ENCRYPTED_ONLY"},
                "backupConfiguration": {"enabled": True, "pointInTimeRecoveryEnabled": True,
                                        "backupRetentionSettings": {"retainedBackups": 14, "retentionUnit": "COUNT"}}}
    settings.update(settings_over)
    return res("gcp:sql/databaseInstance:DatabaseInstance", name, {
        "databaseVersion": "POSTGRES_16", "region": "europe-west4", "deletionProtection": True,
        "encryptionKeyName": "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/sql", "settings": settings},
        protect=True)


def azure_pg(name: str = "mlflow", **over):
    inputs = {"serverName": f"loom-{name}", "resourceGroupName": "loom-rg", "location": "westeurope",
              "version": "16", "sku": {"name": "Standard_D2ds_v5", "tier": "GeneralPurpose"},
              "storage": {"storageSizeGB": 64}, "backup": {"backupRetentionDays": 14, "geoRedundantBackup": "Disabled"},
              "network": {"publicNetworkAccess": "Disabled",
                          "delegatedSubnetResourceId": "/subscriptions/s/resourceGroups/loom-rg/providers/"
                                                       "Microsoft.Network/virtualNetworks/v/subnets/db"},
              "dataEncryption": {"type": "AzureKeyVault", "primaryKeyURI": "https://v.vault.azure.net/keys/k/1"}}
    inputs.update(over)
    return res("azure-native:dbforpostgresql:Server", name, inputs, protect=True)


def eks(name: str = "loom", **over):
    inputs = {"name": "loom", "roleArn": "arn:aws:iam::111122223333:role/eks", "version": "1.33",
              "vpcConfig": {"subnetIds": ["subnet-1", "subnet-2"], "endpointPrivateAccess": True,
                            "endpointPublicAccess": True, "publicAccessCidrs": ["203.0.113.0/24"]},
              "encryptionConfig": {"resources": ["secrets"], "provider": {"keyArn": KMS_ARN}}}
    inputs.update(over)
    return res("aws:eks/cluster:Cluster", name, inputs)


def vpc_cni(cluster, enabled: bool = True):
    return res("aws:eks/addon:Addon", f"{cluster.name}-vpc-cni", {
        "clusterName": cluster.inputs["name"], "addonName": "vpc-cni",
        "configurationValues": '{"enableNetworkPolicy": "%s"}' % ("true" if enabled else "false")},
        deps=[cluster])


def gke(name: str = "loom", **over):
    inputs = {"location": "europe-west4", "network": "loom", "datapathProvider": "ADVANCED_DATAPATH",
              "privateClusterConfig": {"enablePrivateNodes": True, "enablePrivateEndpoint": False,
                                       "masterIpv4CidrBlock": "172.16.0.0/28"},
              "masterAuthorizedNetworksConfig": {"cidrBlocks": [{"cidrBlock": "10.0.0.0/8", "displayName": "vpn"}]},
              "databaseEncryption": {"state": "ENCRYPTED", "keyName": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}}
    inputs.update(over)
    return res("gcp:container/cluster:Cluster", name, inputs)


def aks(name: str = "loom", **over):
    inputs = {"resourceName": "loom", "resourceGroupName": "loom-rg", "location": "westeurope",
              "apiServerAccessProfile": {"enablePrivateCluster": True},
              "securityProfile": {"azureKeyVaultKms": {"enabled": True, "keyId": "https://v.vault.azure.net/keys/k/1"}},
              "networkProfile": {"networkPlugin": "azure", "networkPolicy": "cilium", "networkDataplane": "cilium"}}
    inputs.update(over)
    return res("azure-native:containerservice:ManagedCluster", name, inputs)
