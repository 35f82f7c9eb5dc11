"""Object stores on all three clouds, judged as families: a bucket with everything that configures it.

AWS S3: the bucket (`Bucket`, `BucketV2`) and every satellite resource of the `aws:s3/bucket<Concept>[V2]`
family (encryption, public access block, ACL, policy, versioning, lifecycle, object lock), joined to its
bucket through the dependency graph or its `bucket` input; the inline forms of older providers
(`serverSideEncryptionConfiguration.rule`, `...Configurations[*].rules`, `versioning`, `lifecycleRules`,
`acl`, `grants`, `policy`) count too, and so does an `AccountPublicAccessBlock`. GCS: the bucket plus any
`gcp:storage/*` IAM member, binding, policy or ACL that names `allUsers`/`allAuthenticatedUsers`. Azure:
the storage account with its network exposure, blob containers, blob service properties and management
policies.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ._util import (ADVISORY, CRITICAL, HIGH, MEDIUM, as_list, as_map, config, falsy, get, is_list, is_map, known,
                    refers_to, resource_policy, schema, stack_policy, string_list, text, truthy)

CONCERN = "storage"

S3_BUCKETS = {"aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"}
GCS_BUCKET = "gcp:storage/bucket:Bucket"
_AZ = re.compile(r"^azure-native:(\w+)(?:/v[\w]+)?:(\w+)$")
_S3_SATELLITE = re.compile(r"^aws:s3/bucket([A-Za-z]+?)(?:V\d+)?:")
PUBLIC_ACLS = {"public-read", "public-read-write", "authenticated-read"}
_PUBLIC_GRANTEES = ("http://acs.amazonaws.com/groups/global/AllUsers",
                    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers")
_GCS_PUBLIC = ("allUsers", "allAuthenticatedUsers")


def azure_type(resource_type: str) -> tuple[str, str] | None:
    """('storage', 'StorageAccount') for azure-native:storage:StorageAccount and its API-versioned tokens."""
    m = _AZ.match(resource_type)
    return (m.group(1), m.group(2)) if m else None


def is_az(resource_type: str, module: str, kind: str) -> bool:
    return azure_type(resource_type) == (module, kind)


def s3_concept(resource_type: str) -> str | None:
    """'ServerSideEncryptionConfiguration' for aws:s3/bucketServerSideEncryptionConfigurationV2:..., etc."""
    if resource_type in S3_BUCKETS:
        return None
    m = _S3_SATELLITE.match(resource_type)
    return m.group(1) if m else None


def is_store(r) -> bool:
    return r.resource_type in S3_BUCKETS or r.resource_type == GCS_BUCKET or \
        is_az(r.resource_type, "storage", "StorageAccount")


def _ids(r) -> set[str]:
    """Names a store can be referred to by: physical name inputs, logical name, URN."""
    ids = {r.name, r.urn}
    for key in ("bucket", "accountName", "name", "id"):
        v = known(r.props, key)
        if isinstance(v, str) and v:
            ids.add(v)
    return ids


class Stack:
    """Index of the stack's resources by family, built once per stack rule."""

    def __init__(self, resources) -> None:
        self.resources = resources
        self.s3: dict[str, list] = {}
        self.gcs_iam: list = []
        self.az: dict[str, list] = {}
        for r in resources:
            concept = s3_concept(r.resource_type)
            if concept:
                self.s3.setdefault(concept, []).append(r)
            elif r.resource_type.startswith("gcp:storage/") and r.resource_type != GCS_BUCKET:
                self.gcs_iam.append(r)
            az = azure_type(r.resource_type)
            if az and az[0] == "storage":
                self.az.setdefault(az[1], []).append(r)

    def stores(self):
        return [r for r in self.resources if is_store(r)]

    def s3_related(self, bucket, concept: str) -> list:
        ids = _ids(bucket)
        return [r for r in self.s3.get(concept, []) if refers_to(r, bucket, ("bucket",), ids)]

    def az_related(self, account, kind: str) -> list:
        ids = _ids(account)
        return [r for r in self.az.get(kind, []) if refers_to(r, account, ("accountName",), ids)]


def label(r) -> str:
    kind = "S3 bucket" if r.resource_type in S3_BUCKETS else "GCS bucket" if r.resource_type == GCS_BUCKET \
        else "storage account"
    return f"{kind} '{r.name}'"


# --- object-store-encryption (stack) -----------------------------------------------------------
def _sse_defaults(container: Any) -> list:
    """applyServerSideEncryptionByDefault blocks of an SSE configuration in any provider generation."""
    out = []
    for rule in as_list(get(container, "rules")) + as_list(get(container, "rule")) + (
            [get(container, "rule")] if is_map(get(container, "rule")) else []):
        d = get(rule, "applyServerSideEncryptionByDefault")
        if is_map(d):
            out.append(d)
    return out


def _s3_sse(idx: Stack, bucket) -> list:
    p = bucket.props
    rules = _sse_defaults(get(p, "serverSideEncryptionConfiguration"))
    for cfg in as_list(get(p, "serverSideEncryptionConfigurations")):
        rules += _sse_defaults(cfg)
    for cfg in idx.s3_related(bucket, "ServerSideEncryptionConfiguration"):
        rules += _sse_defaults(cfg.props)
    return rules


def _encryption(args, report, unknowns):
    cmk = bool(config(args, "requireCustomerManagedKey", False))
    idx = Stack(args.resources)
    for store in idx.stores():
        with unknowns.guard(store):
            p = store.props
            if store.resource_type in S3_BUCKETS:
                rules = _s3_sse(idx, store)
                if not rules:
                    report(f"{label(store)} has no server-side encryption configuration", store.urn)
                elif cmk and not any(get(r, "sseAlgorithm") in ("aws:kms", "aws:kms:dsse") and get(r, "kmsMasterKeyId")
                                     for r in rules):
                    report(f"{label(store)} is not encrypted with a customer-managed KMS key", store.urn)
            elif store.resource_type == GCS_BUCKET:
                if cmk and not get(p, "encryption", "defaultKmsKeyName"):
                    report(f"{label(store)} has no encryption.defaultKmsKeyName (customer-managed key)", store.urn)
            else:
                if falsy(get(p, "encryption", "services", "blob", "enabled")):
                    report(f"{label(store)} disables blob encryption", store.urn)
                if cmk and text(get(p, "encryption", "keySource")).lower() != "microsoft.keyvault":
                    report(f"{label(store)} encryption.keySource is not Microsoft.Keyvault (customer-managed key)",
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


def _policy_doc(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def public_statements(doc: Any) -> list[str]:
    """Sids (or indexes) of Allow statements granting to everyone ("*" / {"AWS": "*"}) without a condition."""
    out = []
    statements = get(doc, "Statement")
    statements = [statements] if is_map(statements) else as_list(statements)
    for i, st in enumerate(statements):
        if text(get(st, "Effect")) != "Allow" or get(st, "Condition"):
            continue
        principal = get(st, "Principal")
        aws = get(principal, "AWS") if is_map(principal) else principal
        values = as_list(aws) if is_list(aws) else [aws]
        if "*" in values:
            out.append(text(get(st, "Sid")) or f"Statement[{i}]")
    return out


def _acl_public(props: Any) -> list[str]:
    out = []
    if get(props, "acl") in PUBLIC_ACLS:
        out.append(f"canned ACL {get(props, 'acl')}")
    grants = as_list(get(props, "accessControlPolicy", "grants")) + as_list(get(props, "grants"))
    for g in grants:
        uri = text(get(g, "grantee", "uri")) or text(get(g, "uri"))
        if uri in _PUBLIC_GRANTEES:
            out.append(f"grant to {uri.rsplit('/', 1)[-1]}")
    return out


def _gcs_public(r) -> list[str]:
    p = r.props
    members = [text(get(p, "member"))] + [text(m) for m in as_list(get(p, "members"))] + [text(get(p, "entity"))]
    members += [text(e).split(":", 1)[-1] for e in as_list(get(p, "roleEntities"))]
    doc = _policy_doc(get(p, "policyData"))
    for b in as_list(get(doc, "bindings")):
        members += [text(m) for m in as_list(get(b, "members"))]
    if text(get(p, "predefinedAcl")) in ("publicRead", "publicReadWrite", "authenticatedRead") or \
            text(get(p, "defaultAcl")) in ("publicRead", "authenticatedRead"):
        members.append(f"predefined ACL {text(get(p, 'predefinedAcl')) or text(get(p, 'defaultAcl'))}")
    return [m for m in members if m in _GCS_PUBLIC or m.startswith("predefined ACL")]


def _public(args, report, unknowns):
    idx = Stack(args.resources)
    account_pab = False
    for r in args.resources:
        if r.resource_type == "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock":
            with unknowns.guard(r):
                account_pab = account_pab or all(truthy(get(r.props, f)) for f in _PAB_FLAGS)
    for store in idx.stores():
        with unknowns.guard(store):
            p = store.props
            if store.resource_type in S3_BUCKETS:
                blocks = idx.s3_related(store, "PublicAccessBlock")
                if not account_pab and not any(all(truthy(get(b.props, f)) for f in _PAB_FLAGS) for b in blocks):
                    report(f"{label(store)} has no BucketPublicAccessBlock (nor account-level block) with all four "
                           "flags true", store.urn)
                for what in _acl_public(p):
                    report(f"{label(store)} has a public {what}", store.urn)
                for acl in idx.s3_related(store, "Acl"):
                    for what in _acl_public(acl.props):
                        report(f"{label(store)} {acl.resource_type.rsplit(':', 1)[-1]} '{acl.name}' sets a public "
                               f"{what}", acl.urn)
                for holder in [store, *idx.s3_related(store, "Policy")]:
                    for sid in public_statements(_policy_doc(get(holder.props, "policy"))):
                        report(f"{label(store)} bucket policy statement {sid} allows Principal \"*\" without a "
                               "condition", holder.urn)
            elif store.resource_type == GCS_BUCKET:
                if get(p, "publicAccessPrevention") != "enforced":
                    report(f"{label(store)} publicAccessPrevention is not 'enforced'", store.urn)
                if not truthy(get(p, "uniformBucketLevelAccess")):
                    report(f"{label(store)} uniformBucketLevelAccess is not true", store.urn)
            else:
                if get(p, "allowBlobPublicAccess") is not False:
                    report(f"{label(store)} does not set allowBlobPublicAccess: false", store.urn)
                network = text(get(p, "publicNetworkAccess")) or "Enabled"
                default_action = text(get(p, "networkRuleSet", "defaultAction")) or "Allow"
                if network.lower() == "enabled" and default_action.lower() != "deny":
                    report(f"{label(store)} is reachable from any network (publicNetworkAccess {network}, network "
                           f"rule set defaultAction {default_action}); set Disabled or defaultAction Deny", store.urn)
                for c in idx.az_related(store, "BlobContainer"):
                    if text(get(c.props, "publicAccess")) not in ("", "None", "none"):
                        report(f"container '{c.name}' allows public access ({get(c.props, 'publicAccess')})", c.urn)
    for r in idx.gcs_iam:
        with unknowns.guard(r):
            who = _gcs_public(r)
            if who:
                bucket = text(known(r.props, "bucket"))
                where = f"GCS bucket '{bucket}'" if bucket else "a GCS resource"
                report(f"{r.resource_type.rsplit(':', 1)[-1]} '{r.name}' grants {', '.join(who)} on {where}", r.urn)


object_store_public_access_blocked = stack_policy(
    "object-store-public-access-blocked",
    "No object store may be public: S3 public access block, no public ACL or bucket-policy grant; GCS public "
    "access prevention and no allUsers/allAuthenticatedUsers; Azure no public blobs and no open network.",
    _public, concern=CONCERN, severity=CRITICAL,
    steps="S3: BucketPublicAccessBlock (4 x true), no Principal \"*\"; GCS: publicAccessPrevention enforced, "
          "uniform access, no allUsers; Azure: allowBlobPublicAccess false, network defaultAction Deny.",
)


# --- object-store-versioning (stack) ---------------------------------------------------------------
_PURPOSE_KEYS = ["loom.io/purpose", "loom-purpose", "loom_purpose"]
_PURPOSE_VALUES = ["lake", "telemetry-lake", "mlflow", "mlflow-artifacts"]
_NAME_PATTERNS = ["lake", "mlflow"]


def _in_scope(args, idx: Stack, store) -> bool:
    keys = config(args, "purposeKeys", _PURPOSE_KEYS)
    values = config(args, "purposeValues", _PURPOSE_VALUES)
    patterns = [p.lower() for p in config(args, "namePatterns", _NAME_PATTERNS)]
    tags = as_map(get(store.props, "labels" if store.resource_type == GCS_BUCKET else "tags"))
    if any(text(get(tags, k)).lower() in values for k in keys):
        return True
    names = {store.name.lower()} | {text(known(store.props, k)).lower()
                                    for k in ("bucket", "bucketPrefix", "name", "accountName")}
    if is_az(store.resource_type, "storage", "StorageAccount"):
        for c in idx.az_related(store, "BlobContainer"):
            names |= {c.name.lower(), text(known(c.props, "containerName")).lower()}
    return any(pat in n for pat in patterns for n in names if n)


def _versioning(args, report, unknowns):
    idx = Stack(args.resources)
    for store in idx.stores():
        with unknowns.guard(store):
            if not _in_scope(args, idx, store):
                continue
            p = store.props
            if store.resource_type in S3_BUCKETS:
                on = truthy(get(p, "versioning", "enabled")) or any(
                    truthy(get(v, "enabled")) for v in as_list(get(p, "versionings"))) or any(
                    get(v.props, "versioningConfiguration", "status") == "Enabled"
                    for v in idx.s3_related(store, "Versioning"))
            elif store.resource_type == GCS_BUCKET:
                on = truthy(get(p, "versioning", "enabled"))
            else:
                on = any(truthy(get(b.props, "isVersioningEnabled"))
                         for b in idx.az_related(store, "BlobServiceProperties"))
            if not on:
                report(f"{label(store)} holds the lake or MLflow artifacts but versioning is not enabled", store.urn)


object_store_versioning = stack_policy(
    "object-store-versioning",
    "The telemetry lake and MLflow artifact stores must have object versioning on.",
    _versioning, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        namePatterns=string_list(_NAME_PATTERNS, "Substrings of a bucket/account/container name that mark it as "
                                                 "lake or MLflow."),
        purposeKeys=string_list(_PURPOSE_KEYS, "Tag/label keys naming a store's purpose (GCS/Azure keys cannot "
                                               "hold '/')."),
        purposeValues=string_list(_PURPOSE_VALUES, "Purpose values that put a store in scope.")),
    steps="S3: BucketVersioning status Enabled; GCS: versioning.enabled; Azure: BlobServiceProperties "
          "isVersioningEnabled.",
)


# --- object-store-retention (stack) ----------------------------------------------------------------
def _retention(args, report, unknowns):
    idx = Stack(args.resources)
    for store in idx.stores():
        with unknowns.guard(store):
            p = store.props
            if store.resource_type in S3_BUCKETS:
                ok = bool(as_list(get(p, "lifecycleRules"))) or any(
                    any(get(rule, "status") == "Enabled" for rule in as_list(get(lc.props, "rules")))
                    for lc in idx.s3_related(store, "LifecycleConfiguration")
                ) or bool(idx.s3_related(store, "ObjectLockConfiguration"))
            elif store.resource_type == GCS_BUCKET:
                ok = bool(as_list(get(p, "lifecycleRules"))) or bool(get(p, "retentionPolicy", "retentionPeriod"))
            else:
                ok = any(as_list(get(m.props, "policy", "rules"))
                         for m in idx.az_related(store, "ManagementPolicy")) or any(
                    truthy(get(b.props, "deleteRetentionPolicy", "enabled"))
                    for b in idx.az_related(store, "BlobServiceProperties"))
            if not ok:
                report(f"{label(store)} has neither a lifecycle nor a retention policy", store.urn)


object_store_retention = stack_policy(
    "object-store-retention",
    "Every bucket and storage account must have a lifecycle or retention policy.",
    _retention, concern=CONCERN, severity=MEDIUM,
    steps="S3: BucketLifecycleConfiguration (or object lock); GCS: lifecycleRules/retentionPolicy; "
          "Azure: ManagementPolicy or blob deleteRetentionPolicy.",
)


# --- storage-account-secure-transport ------------------------------------------------------------------
def _secure_transport(args, report, unknowns):
    if not is_az(args.resource_type, "storage", "StorageAccount"):
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
def _shared_key(args, report, unknowns):
    if is_az(args.resource_type, "storage", "StorageAccount") and get(args.props, "allowSharedKeyAccess") is not False:
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
    storage_account_secure_transport,
    storage_account_shared_key_disabled,
]
