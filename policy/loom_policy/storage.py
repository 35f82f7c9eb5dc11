"""Object-storage rules: every S3 bucket, GCS bucket and Azure storage account encrypted, private,
retained; the lake and MLflow artifact stores versioned; no static object-store keys anywhere.

In pulumi-aws v7 encryption, public-access blocks, versioning and lifecycle are separate resources,
so those rules are stack policies that join each setting to its bucket (dependency or bucket name)."""

from __future__ import annotations

import re

from ._k8s import CONFIG_MAP, HELM_RELEASE, SECRET, containers, dotted, \
    pod_template, walk
from ._util import (ADVISORY, CRITICAL, HIGH, MEDIUM, as_list, config, falsy, get, is_map, known, refers_to,
                    resource_policy, schema, stack_policy, truthy)

CONCERN = "storage"

S3_BUCKET = "aws:s3/bucket:Bucket"
S3_SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
S3_PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"
S3_VERSIONING = "aws:s3/bucketVersioning:BucketVersioning"
S3_LIFECYCLE = "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"
S3_OBJECT_LOCK = "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration"
S3_ACL = "aws:s3/bucketAcl:BucketAcl"
GCS_BUCKET = "gcp:storage/bucket:Bucket"
AZ_ACCOUNT = "azure-native:storage:StorageAccount"
AZ_BLOB_PROPS = "azure-native:storage:BlobServiceProperties"
AZ_MGMT_POLICY = "azure-native:storage:ManagementPolicy"
AZ_CONTAINER = "azure-native:storage:BlobContainer"
STORES = {S3_BUCKET, GCS_BUCKET, AZ_ACCOUNT}

PUBLIC_ACLS = {"public-read", "public-read-write", "authenticated-read"}


def _ids(r) -> set[str]:
    """Names a bucket can be referred to by: physical name input, logical name, URN."""
    ids = {r.name, r.urn}
    for key in ("bucket", "accountName", "name", "id"):
        v = known(r.props, key)
        if isinstance(v, str):
            ids.add(v)
    return ids


def _related(resources, store, types: set[str], keys=("bucket", "accountName")):
    ids = _ids(store)
    return [r for r in resources if r.resource_type in types and refers_to(r, store, keys, ids)]


def _stores(resources):
    return [r for r in resources if r.resource_type in STORES]


def _label(r) -> str:
    return {S3_BUCKET: "S3 bucket", GCS_BUCKET: "GCS bucket", AZ_ACCOUNT: "storage account"}[r.resource_type] \
        + f" '{r.name}'"


# --- object-store-encryption (stack) -----------------------------------------------------------
def _s3_sse_rules(resources, bucket):
    rules = as_list(get(bucket.props, "serverSideEncryptionConfiguration", "rule"))  # legacy inline form
    rules = [get(r, "applyServerSideEncryptionByDefault") for r in rules]
    for cfg in _related(resources, bucket, {S3_SSE}):
        rules += [get(r, "applyServerSideEncryptionByDefault") for r in as_list(get(cfg.props, "rules"))]
    return [r for r in rules if is_map(r)]


def _encryption(args, report):
    cmk = bool(config(args, "requireCustomerManagedKey", False))
    for store in _stores(args.resources):
        p = store.props
        if store.resource_type == S3_BUCKET:
            rules = _s3_sse_rules(args.resources, store)
            if not rules:
                report(f"{_label(store)} has no server-side encryption configuration", store.urn)
            elif cmk and not any(get(r, "sseAlgorithm") in ("aws:kms", "aws:kms:dsse") and get(r, "kmsMasterKeyId")
                                 for r in rules):
                report(f"{_label(store)} is not encrypted with a customer-managed KMS key", store.urn)
        elif store.resource_type == GCS_BUCKET:
            if cmk and not get(p, "encryption", "defaultKmsKeyName"):
                report(f"{_label(store)} has no encryption.defaultKmsKeyName (customer-managed key)", store.urn)
        else:
            if falsy(get(p, "encryption", "services", "blob", "enabled")):
                report(f"{_label(store)} disables blob encryption", store.urn)
            if cmk and str(get(p, "encryption", "keySource", default="")).lower() != "microsoft.keyvault":
                report(f"{_label(store)} encryption.keySource is not Microsoft.Keyvault (customer-managed key)",
                       store.urn)


_cmk_schema = {"type": "boolean", "default": False,
               "description": "Require customer-managed keys (KMS / Cloud KMS / Key Vault)."}

object_store_encryption = stack_policy(
    "object-store-encryption",
    "Every S3 bucket, GCS bucket and Azure storage account must be encrypted at rest "
    "(customer-managed key when requireCustomerManagedKey).",
    _encryption, concern=CONCERN, severity=HIGH,
    config_schema=schema(requireCustomerManagedKey=_cmk_schema),
    steps="Add a BucketServerSideEncryptionConfiguration (aws:kms + kmsMasterKeyId) / encryption block.",
)


# --- object-store-public-access-blocked (stack) ----------------------------------------------------
_PAB_FLAGS = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")


def _public(args, report):
    for store in _stores(args.resources):
        p = store.props
        if store.resource_type == S3_BUCKET:
            blocks = _related(args.resources, store, {S3_PAB})
            if not any(all(truthy(get(b.props, f)) for f in _PAB_FLAGS) for b in blocks):
                report(f"{_label(store)} has no BucketPublicAccessBlock with all four flags true", store.urn)
            acls = [get(p, "acl")] + [get(a.props, "acl") for a in _related(args.resources, store, {S3_ACL})]
            if any(a in PUBLIC_ACLS for a in acls):
                report(f"{_label(store)} has a public canned ACL", store.urn)
        elif store.resource_type == GCS_BUCKET:
            if get(p, "publicAccessPrevention") != "enforced":
                report(f"{_label(store)} publicAccessPrevention is not 'enforced'", store.urn)
            if not truthy(get(p, "uniformBucketLevelAccess")):
                report(f"{_label(store)} uniformBucketLevelAccess is not true", store.urn)
        else:
            if get(p, "allowBlobPublicAccess") is not False:
                report(f"{_label(store)} does not set allowBlobPublicAccess: false", store.urn)
            for c in _related(args.resources, store, {AZ_CONTAINER}):
                if str(get(c.props, "publicAccess", default="None")) not in ("None", "none"):
                    report(f"container '{c.name}' allows public access ({get(c.props, 'publicAccess')})", c.urn)


object_store_public_access_blocked = stack_policy(
    "object-store-public-access-blocked",
    "Public access must be blocked on every bucket and storage account.",
    _public, concern=CONCERN, severity=CRITICAL,
    steps="S3: BucketPublicAccessBlock (4 x true); GCS: publicAccessPrevention enforced + uniform access; "
          "Azure: allowBlobPublicAccess false.",
)


# --- object-store-versioning (stack) ---------------------------------------------------------------
_PURPOSE_KEYS = ["loom.io/purpose", "loom-purpose", "loom_purpose"]
_PURPOSE_VALUES = ["lake", "telemetry-lake", "mlflow", "mlflow-artifacts"]
_NAME_PATTERNS = ["lake", "mlflow"]


def _in_scope(args, store) -> bool:
    keys = config(args, "purposeKeys", _PURPOSE_KEYS)
    values = config(args, "purposeValues", _PURPOSE_VALUES)
    patterns = [p.lower() for p in config(args, "namePatterns", _NAME_PATTERNS)]
    tags = get(store.props, "labels" if store.resource_type == GCS_BUCKET else "tags", default={})
    if is_map(tags) and any(str(get(tags, k, default="")).lower() in values for k in keys):
        return True
    names = {store.name.lower()} | {str(get(store.props, k, default="")).lower()
                                    for k in ("bucket", "bucketPrefix", "name", "accountName")}
    if store.resource_type == AZ_ACCOUNT:
        for c in _related(args.resources, store, {AZ_CONTAINER}):
            names |= {c.name.lower(), str(get(c.props, "containerName", default="")).lower()}
    return any(pat in n for pat in patterns for n in names if n)


def _versioning(args, report):
    for store in _stores(args.resources):
        if not _in_scope(args, store):
            continue
        p = store.props
        if store.resource_type == S3_BUCKET:
            on = truthy(get(p, "versioning", "enabled")) or any(
                get(v.props, "versioningConfiguration", "status") == "Enabled"
                for v in _related(args.resources, store, {S3_VERSIONING}))
        elif store.resource_type == GCS_BUCKET:
            on = truthy(get(p, "versioning", "enabled"))
        else:
            on = any(truthy(get(b.props, "isVersioningEnabled"))
                     for b in _related(args.resources, store, {AZ_BLOB_PROPS}))
        if not on:
            report(f"{_label(store)} holds the lake or MLflow artifacts but versioning is not enabled", store.urn)


object_store_versioning = stack_policy(
    "object-store-versioning",
    "The telemetry lake and MLflow artifact stores must have object versioning on.",
    _versioning, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        namePatterns={"type": "array", "items": {"type": "string"}, "default": _NAME_PATTERNS,
                      "description": "Substrings of a bucket/account/container name that mark it as lake or MLflow."},
        purposeKeys={"type": "array", "items": {"type": "string"}, "default": _PURPOSE_KEYS,
                     "description": "Tag/label keys naming a store's purpose (GCS/Azure keys cannot hold '/')."},
        purposeValues={"type": "array", "items": {"type": "string"}, "default": _PURPOSE_VALUES,
                       "description": "Purpose values that put a store in scope."}),
    steps="S3: BucketVersioning status Enabled; GCS: versioning.enabled; Azure: BlobServiceProperties "
          "isVersioningEnabled.",
)


# --- object-store-retention (stack) ----------------------------------------------------------------
def _retention(args, report):
    for store in _stores(args.resources):
        p = store.props
        if store.resource_type == S3_BUCKET:
            ok = bool(as_list(get(p, "lifecycleRules"))) or any(
                any(get(rule, "status") == "Enabled" for rule in as_list(get(lc.props, "rules")))
                for lc in _related(args.resources, store, {S3_LIFECYCLE})
            ) or bool(_related(args.resources, store, {S3_OBJECT_LOCK}))
        elif store.resource_type == GCS_BUCKET:
            ok = bool(as_list(get(p, "lifecycleRules"))) or bool(get(p, "retentionPolicy", "retentionPeriod"))
        else:
            ok = any(as_list(get(m.props, "policy", "rules"))
                     for m in _related(args.resources, store, {AZ_MGMT_POLICY})) or any(
                truthy(get(b.props, "deleteRetentionPolicy", "enabled"))
                for b in _related(args.resources, store, {AZ_BLOB_PROPS}))
        if not ok:
            report(f"{_label(store)} has neither a lifecycle nor a retention policy", store.urn)


object_store_retention = stack_policy(
    "object-store-retention",
    "Every bucket and storage account must have a lifecycle or retention policy.",
    _retention, concern=CONCERN, severity=MEDIUM,
    steps="S3: BucketLifecycleConfiguration (or object lock); GCS: lifecycleRules/retentionPolicy; "
          "Azure: ManagementPolicy or blob deleteRetentionPolicy.",
)


# --- no-static-object-store-credentials ---------------------------------------------------------------
_ENV_NAMES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AZURE_STORAGE_KEY",
              "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGE_SAS_TOKEN",
              "GOOGLE_APPLICATION_CREDENTIALS", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY"]
_SECRET_KEYS = ["accesskey", "secretkey", "accesskeyid", "secretaccesskey", "azurestorageaccountkey",
                "connectionstring", "credentialsjson", "serviceaccountjson", "serviceaccountkey"]


_KEY_IDS = {"accesskey", "accesskeyid"}  # identifiers, not secrets, when the chart authenticates via IAM


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _static_creds(args, report):
    env_names = {_norm(n) for n in config(args, "envNames", _ENV_NAMES)}
    bad_keys = env_names | {_norm(k) for k in config(args, "secretKeys", _SECRET_KEYS)}
    t = args.resource_type
    if t in (SECRET, CONFIG_MAP):
        for field in ("data", "stringData", "binaryData"):
            bag = get(args.props, field, default={})
            for key in bag if is_map(bag) else []:
                if _norm(key) in bad_keys:
                    report(f"{t.rsplit(':', 1)[-1]} key '{key}' holds a static object-store credential; "
                           "use workload identity")
        return
    if t == HELM_RELEASE:
        values = get(args.props, "values", default={})
        for path, node in walk(values):
            if not path:
                continue
            key = path[-1]
            if isinstance(key, str) and _norm(key) in bad_keys and isinstance(node, str) and node.strip():
                # Charts such as Milvus reuse `accessKey` for the account/bucket identity when `useIAM`
                # is on (no secret involved); a secret key is a credential either way.
                if _norm(key) in _KEY_IDS and truthy(get(values, *path[:-1], "useIAM")):
                    continue
                report(f"Helm values.{dotted(path)} sets a static object-store credential")
            if key == "name" and isinstance(node, str) and _norm(node) in env_names:
                report(f"Helm values.{dotted(path[:-1])} sets env {node}")
        return
    pod = pod_template(t, args.props)
    if pod is None:
        return
    for c in containers(pod[1]):
        for env in as_list(get(c, "env")):
            name = str(get(env, "name", default=""))
            if _norm(name) in env_names:
                report(f"container '{get(c, 'name')}' sets env {name}: object storage must be reached "
                       "through workload identity")


no_static_object_store_credentials = resource_policy(
    "no-static-object-store-credentials",
    "No object-store access keys in Secrets, ConfigMaps, container env or Helm values: workload identity only.",
    _static_creds, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(
        envNames={"type": "array", "items": {"type": "string"}, "default": _ENV_NAMES,
                  "description": "Environment variable names that carry object-store keys."},
        secretKeys={"type": "array", "items": {"type": "string"}, "default": _SECRET_KEYS,
                    "description": "Secret/ConfigMap/values keys (compared without case or punctuation)."}),
    steps="Bind the service account to a cloud identity (IRSA / Pod Identity, GKE WI, Azure WI, MinIO STS).",
)


# --- storage-account-secure-transport ------------------------------------------------------------------
def _secure_transport(args, report):
    if args.resource_type != AZ_ACCOUNT:
        return
    if falsy(get(args.props, "enableHttpsTrafficOnly")):
        report("enableHttpsTrafficOnly is false")
    tls = get(args.props, "minimumTlsVersion")
    if tls not in ("TLS1_2", "TLS1_3"):
        report(f"minimumTlsVersion is {tls or 'unset'}; must be TLS1_2 or later")


storage_account_secure_transport = resource_policy(
    "storage-account-secure-transport",
    "Azure storage accounts must accept HTTPS only with TLS 1.2 or later.",
    _secure_transport, concern=CONCERN, severity=HIGH,
    steps="Set enableHttpsTrafficOnly: true and minimumTlsVersion: TLS1_2.",
)


# --- storage-account-shared-key-disabled (advisory) ----------------------------------------------------
def _shared_key(args, report):
    if args.resource_type == AZ_ACCOUNT and get(args.props, "allowSharedKeyAccess") is not False:
        report("allowSharedKeyAccess is not false: account keys can be used instead of Entra ID")


storage_account_shared_key_disabled = resource_policy(
    "storage-account-shared-key-disabled",
    "Azure storage accounts should disable shared-key access so only Entra ID (workload identity) works.",
    _shared_key, concern=CONCERN, severity=MEDIUM, enforcement=ADVISORY,
    steps="Set allowSharedKeyAccess: false once no client uses account keys.",
)

POLICIES = [
    object_store_encryption,
    object_store_public_access_blocked,
    object_store_versioning,
    object_store_retention,
    no_static_object_store_credentials,
    storage_account_secure_transport,
    storage_account_shared_key_disabled,
]


