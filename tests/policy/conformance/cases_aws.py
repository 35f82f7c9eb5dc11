"""AWS: the whole S3 family joined to its bucket (V2 tokens, satellites, inline forms of older providers,
account-level block), RDS instances, Aurora clusters and cluster instances, parameter groups per engine."""

from __future__ import annotations

import json

from tests.policy.builders import res
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import (RDS_BACKUP, RDS_ENCRYPTION, RDS_MYSQL_SSL, RDS_PG_SSL, RDS_PI,
                                              RDS_PUBLIC, RDS_SQLSERVER_SSL, AURORA_SSL, S3_ACL, S3_LIFECYCLE,
                                              S3_PAB, S3_POLICY, S3_SSE, S3_VERSIONING, pulumi)

ENC, PUB, VER, RET = ("object-store-encryption", "object-store-public-access-blocked", "object-store-versioning",
                      "object-store-retention")
DBE, DBP, DBB, DBT = "database-encrypted", "database-not-public", "database-backup-retention", "database-tls-required"
KMS = "arn:aws:kms:eu-west-1:111122223333:key/1f2e3d4c-0000-4000-8000-000000000001"
CMK = {"object-store-encryption": {"requireCustomerManagedKey": True},
       "database-encrypted": {"requireCustomerManagedKey": True}}
_n = [0]


def bucket(token="aws:s3/bucketV2:BucketV2", name=None, **inputs):
    _n[0] += 1
    name = name or f"data{_n[0]}"
    return res(token, name, {"bucket": f"acme-{name}", "tags": {"team": "ml"}, **inputs}, protect=True)


def sat(concept, b, v2=True, by_name=False, **inputs):
    token = f"aws:s3/bucket{concept}{'V2' if v2 else ''}:Bucket{concept}{'V2' if v2 else ''}"
    return res(token, f"{b.name}-{concept.lower()}", {"bucket": b.inputs["bucket"], **inputs},
               deps=[] if by_name else [b])


def kms_rule():
    return [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": KMS},
             "bucketKeyEnabled": True}]


def pab(b, **flags):
    f = {"blockPublicAcls": True, "blockPublicPolicy": True, "ignorePublicAcls": True, "restrictPublicBuckets": True}
    f.update(flags)
    return res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", f"{b.name}-pab", {"bucket": b.inputs["bucket"], **f},
               deps=[b])


def policy_doc(principal, condition=None):
    st = {"Sid": "Read", "Effect": "Allow", "Principal": principal, "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::acme/*"}
    if condition:
        st["Condition"] = condition
    return json.dumps({"Version": "2012-10-17", "Statement": [st]})


def rds(token="aws:rds/instance:Instance", **over):
    inputs = {"engine": "postgres", "engineVersion": "16.4", "instanceClass": "db.m7g.large", "allocatedStorage": 50,
              "storageEncrypted": True, "kmsKeyId": KMS, "publiclyAccessible": False, "backupRetentionPeriod": 14,
              "username": "app", "manageMasterUserPassword": True}
    inputs.update(over)
    _n[0] += 1
    return res(token, f"db{_n[0]}", {k: v for k, v in inputs.items() if v is not None}, protect=True)


def aurora(**over):
    inputs = {"engine": "aurora-postgresql", "engineVersion": "16.4", "storageEncrypted": True, "kmsKeyId": KMS,
              "backupRetentionPeriod": 14, "masterUsername": "app", "manageMasterUserPassword": True,
              "dbClusterParameterGroupName": "acme-aurora"}
    inputs.update(over)
    _n[0] += 1
    return res("aws:rds/cluster:Cluster", f"cluster{_n[0]}", {k: v for k, v in inputs.items() if v is not None},
               protect=True)


def params(token, name, family, **p):
    return res(token, name, {"name": name, "family": family,
                             "parameters": [{"name": k, "value": v} for k, v in p.items()]})


PG = "aws:rds/parameterGroup:ParameterGroup"
CPG = "aws:rds/clusterParameterGroup:ClusterParameterGroup"

b1 = bucket()
b2 = bucket("aws:s3/bucket:Bucket")
CASES = [
    # --- encryption ----------------------------------------------------------------------------------
    deny("s3-v2-no-sse", ENC, S3_SSE, [b1, pab(b1)], expect="no server-side encryption"),
    deny("s3-sse-for-another-bucket", ENC, S3_SSE,
         [b1, b2, sat("ServerSideEncryptionConfiguration", b2, rules=kms_rule())], expect=f"'{b1.name}'"),
    deny("s3-aes256-when-cmk-required", ENC, S3_SSE,
         [b1, sat("ServerSideEncryptionConfiguration", b1, rules=[{"applyServerSideEncryptionByDefault": {
             "sseAlgorithm": "AES256"}}])], config=CMK, expect="customer-managed"),
    allow("s3-sse-v2-satellite", ENC, S3_SSE, [b1, sat("ServerSideEncryptionConfiguration", b1, rules=kms_rule())],
          config=CMK),
    allow("s3-sse-satellite-joined-by-name", ENC, S3_SSE,
          [b2, sat("ServerSideEncryptionConfiguration", b2, v2=False, by_name=True, rules=kms_rule())], config=CMK),
    allow("s3-inline-rule-object-v6", ENC, pulumi("aws", "aws:s3/bucket:Bucket (v6)", "serverSideEncryptionConfiguration.rule"),
          [bucket("aws:s3/bucket:Bucket", serverSideEncryptionConfiguration={"rule": kms_rule()[0]})], config=CMK),
    allow("s3-inline-configurations-list-v6", ENC, pulumi("aws", "aws:s3/bucketV2:BucketV2 (v6)",
                                                          "serverSideEncryptionConfigurations"),
          [bucket(serverSideEncryptionConfigurations=[{"rules": kms_rule()}])], config=CMK),
    # --- public access -----------------------------------------------------------------------------------
    deny("s3-no-public-access-block", PUB, S3_PAB, [b1], expect="BucketPublicAccessBlock"),
    deny("s3-pab-one-flag-false", PUB, S3_PAB, [b1, pab(b1, restrictPublicBuckets=False)]),
    deny("s3-acl-v2-public-read", PUB, S3_ACL, [b1, pab(b1), sat("Acl", b1, acl="public-read")], expect="public-read"),
    deny("s3-acl-grant-all-users", PUB, S3_ACL,
         [b1, pab(b1), sat("Acl", b1, v2=False, accessControlPolicy={"owner": {"id": "o"}, "grants": [
             {"grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"},
              "permission": "READ"}]})], expect="AllUsers"),
    deny("s3-bucket-policy-star", PUB, S3_POLICY,
         [b1, pab(b1), res("aws:s3/bucketPolicy:BucketPolicy", "p1", {"bucket": b1.inputs["bucket"],
                                                                     "policy": policy_doc("*")}, deps=[b1])],
         expect="Principal"),
    deny("s3-bucket-policy-aws-star-list", PUB, S3_POLICY,
         [b1, pab(b1), res("aws:s3/bucketPolicy:BucketPolicy", "p2", {"bucket": b1.inputs["bucket"],
                                                                     "policy": policy_doc({"AWS": ["*"]})}, deps=[b1])]),
    deny("s3-inline-policy-and-acl-v6", PUB, S3_ACL,
         [bucket("aws:s3/bucket:Bucket", acl="public-read-write", name="legacy"),
          pab(res("aws:s3/bucket:Bucket", "legacy", {"bucket": "acme-legacy"}))], expect="public-read-write"),
    deny("s3-inline-policy-v6-star", PUB, S3_POLICY,
         [bucket("aws:s3/bucket:Bucket", name="site", policy=policy_doc("*")),
          pab(res("aws:s3/bucket:Bucket", "site", {"bucket": "acme-site"}))], expect="Principal"),
    allow("s3-private-with-conditional-policy", PUB, S3_POLICY,
          [b1, pab(b1), res("aws:s3/bucketPolicy:BucketPolicy", "p3", {"bucket": b1.inputs["bucket"], "policy": policy_doc(
              "*", {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}})}, deps=[b1])]),
    allow("s3-account-level-block", PUB, S3_PAB,
          [b1, res("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "account", {
              "blockPublicAcls": True, "blockPublicPolicy": True, "ignorePublicAcls": True,
              "restrictPublicBuckets": True})]),
    # --- versioning / retention ----------------------------------------------------------------------
    deny("s3-lake-versioning-suspended-v2", VER, S3_VERSIONING,
         [bucket(name="lake"), sat("Versioning", res("aws:s3/bucketV2:BucketV2", "lake", {"bucket": "acme-lake"}),
                                   versioningConfiguration={"status": "Suspended"})], expect="versioning"),
    allow("s3-lake-versioning-v2", VER, S3_VERSIONING,
          [bucket(name="mlflow-artifacts"), sat("Versioning", res("aws:s3/bucketV2:BucketV2", "mlflow-artifacts", {
              "bucket": "acme-mlflow-artifacts"}), versioningConfiguration={"status": "Enabled"})]),
    deny("s3-no-lifecycle", RET, S3_LIFECYCLE, [b1], expect="lifecycle"),
    allow("s3-lifecycle-v2", RET, S3_LIFECYCLE,
          [b1, sat("LifecycleConfiguration", b1, rules=[{"id": "expire", "status": "Enabled",
                                                         "expiration": {"days": 90}}])]),
    # --- RDS ----------------------------------------------------------------------------------------
    deny("rds-mysql-unencrypted", DBE, RDS_ENCRYPTION, [rds(engine="mysql", engineVersion="8.4", storageEncrypted=False)],
         expect="storageEncrypted"),
    deny("rds-aurora-cluster-aws-key", DBE, RDS_ENCRYPTION, [aurora(kmsKeyId=None)], config=CMK, expect="kmsKeyId"),
    deny("rds-performance-insights-aws-key", DBE, RDS_PI,
         [rds(performanceInsightsEnabled=True)], config=CMK, expect="Performance Insights"),
    deny("rds-cluster-instance-pi-aws-key", DBE, RDS_PI,
         [res("aws:rds/clusterInstance:ClusterInstance", "ci1", {"clusterIdentifier": "acme", "instanceClass": "db.r7g.large",
                                                                "engine": "aurora-postgresql",
                                                                "performanceInsightsEnabled": True})], config=CMK),
    allow("rds-cmk-and-pi-key", DBE, RDS_PI,
          [rds(performanceInsightsEnabled=True, performanceInsightsKmsKeyId=KMS), aurora()], config=CMK),
    deny("rds-sqlserver-public", DBP, RDS_PUBLIC, [rds(engine="sqlserver-se", publiclyAccessible=True)]),
    deny("rds-cluster-instance-public", DBP, RDS_PUBLIC,
         [res("aws:rds/clusterInstance:ClusterInstance", "ci2", {"clusterIdentifier": "acme", "instanceClass": "db.r7g.large",
                                                                "engine": "aurora-mysql", "publiclyAccessible": True})]),
    allow("rds-private", DBP, RDS_PUBLIC, [rds(), aurora()]),
    deny("rds-cluster-short-backups", DBB, RDS_BACKUP, [aurora(backupRetentionPeriod=3)], expect="3 day"),
    allow("rds-replica-without-own-backups", DBB, RDS_BACKUP,
          [rds(replicateSourceDb="arn:aws:rds:eu-west-1:111122223333:db:primary", backupRetentionPeriod=0)]),
    deny("rds-mysql-no-secure-transport", DBT, RDS_MYSQL_SSL,
         [rds(engine="mysql", engineVersion="8.4", parameterGroupName="acme-mysql"),
          params(PG, "acme-mysql", "mysql8.4", max_connections="200")], expect="require_secure_transport"),
    deny("rds-mariadb-secure-transport-off", DBT, RDS_MYSQL_SSL,
         [rds(engine="mariadb", engineVersion="11.4", parameterGroupName="acme-maria"),
          params(PG, "acme-maria", "mariadb11.4", require_secure_transport="0")]),
    deny("rds-postgres-14-default-group", DBT, RDS_PG_SSL, [rds(engineVersion="14.12")], expect="rds.force_ssl"),
    deny("aurora-postgres-cluster-group-force-ssl-0", DBT, AURORA_SSL,
         [aurora(), params(CPG, "acme-aurora", "aurora-postgresql16", **{"rds.force_ssl": "0"})], expect="rds.force_ssl=0"),
    deny("rds-sqlserver-no-force-ssl", DBT, RDS_SQLSERVER_SSL, [rds(engine="sqlserver-ee", engineVersion="16.00")]),
    allow("rds-tls-per-engine", DBT, RDS_MYSQL_SSL,
          [rds(engine="mysql", engineVersion="8.4", parameterGroupName="acme-mysql-tls"),
           params(PG, "acme-mysql-tls", "mysql8.4", require_secure_transport="ON"),
           rds(engineVersion="16.4"),
           aurora(engine="aurora-mysql", dbClusterParameterGroupName="acme-amysql"),
           params(CPG, "acme-amysql", "aurora-mysql8.0", require_secure_transport="1")]),
]
