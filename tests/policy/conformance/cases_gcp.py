"""GCP: GCS buckets with every IAM/ACL resource of the storage module, Cloud SQL CMEK, private IP, SSL,
backups."""

from __future__ import annotations

import json

from tests.policy.builders import res
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import (CLOUDSQL_BACKUPS, CLOUDSQL_CMEK, CLOUDSQL_IP, CLOUDSQL_SSL, GCS_ACL,
                                              GCS_CMEK, GCS_IAM, GCS_PAP)

PUB, ENC = "object-store-public-access-blocked", "object-store-encryption"
DBE, DBP, DBB, DBT = "database-encrypted", "database-not-public", "database-backup-retention", "database-tls-required"
KEY = "projects/acme/locations/europe-west4/keyRings/data/cryptoKeys/{}"
CMK = {"object-store-encryption": {"requireCustomerManagedKey": True},
       "database-encrypted": {"requireCustomerManagedKey": True}}


def gcs(name="acme-data", **over):
    inputs = {"name": name, "location": "EUROPE-WEST4", "uniformBucketLevelAccess": True,
              "publicAccessPrevention": "enforced", "encryption": {"defaultKmsKeyName": KEY.format("gcs")},
              "versioning": {"enabled": True}, "lifecycleRules": [{"action": {"type": "Delete"}, "condition": {"age": 90}}]}
    inputs.update(over)
    return res("gcp:storage/bucket:Bucket", name, {k: v for k, v in inputs.items() if v is not None}, protect=True)


def iam(kind, **inputs):
    token = {"member": "gcp:storage/bucketIAMMember:BucketIAMMember",
             "binding": "gcp:storage/bucketIAMBinding:BucketIAMBinding",
             "policy": "gcp:storage/bucketIAMPolicy:BucketIAMPolicy",
             "acl": "gcp:storage/bucketACL:BucketACL",
             "access": "gcp:storage/bucketAccessControl:BucketAccessControl",
             "default-object": "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl",
             "folder": "gcp:storage/managedFolderIamMember:ManagedFolderIamMember"}[kind]
    return res(token, f"{kind}-{len(inputs)}-{abs(hash(json.dumps(inputs, sort_keys=True))) % 10000}",
               {"bucket": "acme-data", **inputs})


def sql(**over):
    settings = {"tier": "db-custom-2-7680",
                "ipConfiguration": {"ipv4Enabled": False, "privateNetwork": "projects/acme/global/networks/vpc",
                                    "sslMode": "ENCRYPTED_ONLY"},
                "backupConfiguration": {"enabled": True, "location": "europe-west4",
                                        "backupRetentionSettings": {"retainedBackups": 14, "retentionUnit": "COUNT"}}}
    settings.update(over.pop("settings", {}))
    inputs = {"databaseVersion": "POSTGRES_16", "region": "europe-west4", "encryptionKeyName": KEY.format("sql"),
              "settings": settings}
    inputs.update(over)
    return res("gcp:sql/databaseInstance:DatabaseInstance", "sql", {k: v for k, v in inputs.items() if v is not None},
               protect=True)


CASES = [
    deny("gcs-iam-member-all-users", PUB, GCS_IAM,
         [gcs(), iam("member", role="roles/storage.objectViewer", member="allUsers")], expect="allUsers"),
    deny("gcs-iam-binding-all-authenticated", PUB, GCS_IAM,
         [gcs(), iam("binding", role="roles/storage.objectViewer", members=["group:ml@acme.example",
                                                                            "allAuthenticatedUsers"])],
         expect="allAuthenticatedUsers"),
    deny("gcs-iam-policy-data", PUB, GCS_IAM,
         [gcs(), iam("policy", policyData=json.dumps({"bindings": [{"role": "roles/storage.objectViewer",
                                                                    "members": ["allUsers"]}]}))]),
    deny("gcs-acl-role-entity", PUB, GCS_ACL, [gcs(), iam("acl", roleEntities=["READER:allUsers"])]),
    deny("gcs-acl-predefined-public-read", PUB, GCS_ACL, [gcs(), iam("acl", predefinedAcl="publicRead")],
         expect="publicRead"),
    deny("gcs-access-control-entity", PUB, GCS_ACL, [gcs(), iam("access", role="READER", entity="allUsers")]),
    deny("gcs-default-object-acl", PUB, GCS_ACL, [gcs(), iam("default-object", role="READER", entity="allUsers")]),
    deny("gcs-managed-folder-public", PUB, GCS_IAM,
         [gcs(), iam("folder", managedFolder="public/", role="roles/storage.objectViewer", member="allUsers")]),
    deny("gcs-prevention-inherited", PUB, GCS_PAP, [gcs(publicAccessPrevention="inherited")], expect="enforced"),
    allow("gcs-private-with-members", PUB, GCS_IAM,
          [gcs(), iam("member", role="roles/storage.objectUser",
                      member="serviceAccount:triton@acme.iam.gserviceaccount.com"),
           iam("binding", role="roles/storage.objectViewer", members=["group:ml@acme.example"])]),
    deny("gcs-google-managed-key-when-cmk", ENC, GCS_CMEK, [gcs(encryption=None)], config=CMK,
         expect="defaultKmsKeyName"),
    allow("gcs-cmek", ENC, GCS_CMEK, [gcs()], config=CMK),
    deny("cloudsql-no-cmek", DBE, CLOUDSQL_CMEK, [sql(encryptionKeyName=None)], config=CMK, expect="encryptionKeyName"),
    allow("cloudsql-cmek", DBE, CLOUDSQL_CMEK, [sql()], config=CMK),
    deny("cloudsql-public-ip", DBP, CLOUDSQL_IP, [sql(settings={"ipConfiguration": {"ipv4Enabled": True,
                                                                                    "sslMode": "ENCRYPTED_ONLY"}})]),
    deny("cloudsql-authorized-world", DBP, CLOUDSQL_IP,
         [sql(settings={"ipConfiguration": {"ipv4Enabled": False, "authorizedNetworks": [{"value": "0.0.0.0/0"}]}})],
         expect="0.0.0.0/0"),
    allow("cloudsql-private", DBP, CLOUDSQL_IP, [sql()]),
    deny("cloudsql-allow-unencrypted", DBT, CLOUDSQL_SSL,
         [sql(settings={"ipConfiguration": {"ipv4Enabled": False, "sslMode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}})]),
    allow("cloudsql-client-certificates", DBT, CLOUDSQL_SSL,
          [sql(settings={"ipConfiguration": {"ipv4Enabled": False,
                                             "sslMode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}})]),
    deny("cloudsql-backups-off", DBB, CLOUDSQL_BACKUPS, [sql(settings={"backupConfiguration": {"enabled": False}})]),
    allow("cloudsql-replica-no-own-backups", DBB, CLOUDSQL_BACKUPS,
          [sql(masterInstanceName="acme-primary", settings={"backupConfiguration": {"enabled": False}})]),
]
