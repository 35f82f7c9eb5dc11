"""Database rules for the MLflow backend store (RDS, Cloud SQL, Azure PostgreSQL Flexible Server,
CloudNativePG in clusters): encrypted, private, backed up, TLS only; stateful stores protected."""

from __future__ import annotations

import re

from ._k8s import is_kind
from ._util import (CRITICAL, HIGH, MEDIUM, as_list, config, get, known, number, refers_to, resource_policy, schema,
                    stack_policy, truthy)

CONCERN = "databases"

RDS_INSTANCE = "aws:rds/instance:Instance"
RDS_CLUSTER = "aws:rds/cluster:Cluster"
RDS_PARAMS = "aws:rds/parameterGroup:ParameterGroup"
CLOUD_SQL = "gcp:sql/databaseInstance:DatabaseInstance"
AZ_PG = "azure-native:dbforpostgresql:Server"
AZ_PG_CONFIG = "azure-native:dbforpostgresql:Configuration"
AZ_PG_FIREWALL = "azure-native:dbforpostgresql:FirewallRule"
_CNPG = "postgresql.cnpg.io"


def _is_cnpg(t: str) -> bool:
    return is_kind(t, _CNPG, "Cluster")


_cmk_schema = {"type": "boolean", "default": False,
               "description": "Require customer-managed keys (KMS / Cloud KMS / Key Vault)."}


# --- database-encrypted -------------------------------------------------------------------------
def _encrypted(args, report):
    cmk = bool(config(args, "requireCustomerManagedKey", False))
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER):
        if not truthy(get(p, "storageEncrypted")):
            report("storageEncrypted is not true")
        elif cmk and not get(p, "kmsKeyId"):
            report("no kmsKeyId: encrypted with the AWS-managed key, not a customer-managed key")
    elif t == CLOUD_SQL and cmk and not get(p, "encryptionKeyName"):
        report("no encryptionKeyName (customer-managed key)")
    elif t == AZ_PG and cmk and get(p, "dataEncryption", "type") != "AzureKeyVault":
        report("dataEncryption.type is not AzureKeyVault (customer-managed key)")


database_encrypted = resource_policy(
    "database-encrypted",
    "Databases must be encrypted at rest (customer-managed key when requireCustomerManagedKey).",
    _encrypted, concern=CONCERN, severity=HIGH,
    config_schema=schema(requireCustomerManagedKey=_cmk_schema),
    steps="RDS: storageEncrypted true (+ kmsKeyId); Cloud SQL: encryptionKeyName; Azure: dataEncryption.",
)


# --- database-not-public ------------------------------------------------------------------------
def _not_public(args, report):
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER):
        if truthy(get(p, "publiclyAccessible")):
            report("publiclyAccessible is true")
    elif t == CLOUD_SQL:
        ip = get(p, "settings", "ipConfiguration", default={})
        if get(ip, "ipv4Enabled") is not False:
            report("settings.ipConfiguration.ipv4Enabled is not false: the instance gets a public IP")
        for net in as_list(get(ip, "authorizedNetworks")):
            if get(net, "value") in ("0.0.0.0/0", "::/0"):
                report(f"authorized network {get(net, 'value')} opens the instance to the internet")
    elif t == AZ_PG:
        net = get(p, "network", default={})
        if get(net, "publicNetworkAccess") != "Disabled" and not get(net, "delegatedSubnetResourceId"):
            report("network.publicNetworkAccess is not Disabled and no delegated subnet is set")
    elif t == AZ_PG_FIREWALL:
        if get(p, "startIpAddress") == "0.0.0.0" and get(p, "endIpAddress") == "255.255.255.255":
            report("firewall rule allows every IPv4 address")


database_not_public = resource_policy(
    "database-not-public",
    "Databases must not be reachable from the internet (private networking only).",
    _not_public, concern=CONCERN, severity=CRITICAL,
    steps="RDS: publiclyAccessible false; Cloud SQL: ipv4Enabled false + privateNetwork; Azure: "
          "delegated subnet or publicNetworkAccess Disabled.",
)


# --- database-backup-retention -------------------------------------------------------------------
_DURATION = re.compile(r"^(\d+)([dwm])$")


def _backups(args, report):
    min_days = number(config(args, "minRetentionDays", 7), 7)
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER):
        days = number(get(p, "backupRetentionPeriod"), 1)  # provider default: 1 day
        if days < min_days:
            report(f"backupRetentionPeriod is {days:g} day(s); at least {min_days:g} required")
    elif t == CLOUD_SQL:
        backup = get(p, "settings", "backupConfiguration", default={})
        if not truthy(get(backup, "enabled")):
            report("settings.backupConfiguration.enabled is not true")
            return
        unit = get(backup, "backupRetentionSettings", "retentionUnit", default="COUNT")
        kept = number(get(backup, "backupRetentionSettings", "retainedBackups"), 7)  # default 7 daily backups
        if unit == "COUNT" and kept < min_days:
            report(f"retainedBackups is {kept:g} (daily); at least {min_days:g} days required")
    elif t == AZ_PG:
        days = number(get(p, "backup", "backupRetentionDays"), 7)  # service default: 7 days
        if days < min_days:
            report(f"backup.backupRetentionDays is {days:g}; at least {min_days:g} required")
    elif _is_cnpg(t):
        policy = get(p, "spec", "backup", "retentionPolicy")
        if not get(p, "spec", "backup"):
            report("spec.backup is not configured: no base backups or WAL archive")
            return
        m = _DURATION.match(str(policy or ""))
        days = int(m.group(1)) * {"d": 1, "w": 7, "m": 30}[m.group(2)] if m else 0
        if days < min_days:
            report(f"spec.backup.retentionPolicy is {policy or 'unset'}; at least {min_days:g}d required")


database_backup_retention = resource_policy(
    "database-backup-retention",
    "Database backups must be kept at least minRetentionDays days (default 7).",
    _backups, concern=CONCERN, severity=HIGH,
    config_schema=schema(minRetentionDays={"type": "integer", "minimum": 1, "default": 7,
                                           "description": "Minimum backup retention in days."}),
    steps="RDS backupRetentionPeriod; Cloud SQL backupConfiguration; Azure backup.backupRetentionDays; "
          "CNPG spec.backup.retentionPolicy.",
)


# --- database-tls-required (stack) ---------------------------------------------------------------------
def _major(version) -> int:
    m = re.match(r"(\d+)", str(version or ""))
    return int(m.group(1)) if m else 0


def _tls(args, report):
    res = args.resources
    for db in res:
        p, t = db.props, db.resource_type
        if t == RDS_INSTANCE and str(get(p, "engine", default="")).startswith("postgres"):
            group_name = known(p, "parameterGroupName")
            groups = [g for g in res if g.resource_type == RDS_PARAMS and (
                refers_to(db, g, (), set()) or (group_name and group_name in {g.name, known(g.props, "name")}))]
            force = None
            for g in groups:
                for param in as_list(get(g.props, "parameters")):
                    if get(param, "name") == "rds.force_ssl":
                        force = str(get(param, "value"))
            if force == "1" or (force is None and _major(get(p, "engineVersion")) >= 15):
                continue
            report(f"RDS instance '{db.name}' does not force TLS (parameter rds.force_ssl=1, default only "
                   "from PostgreSQL 15)", db.urn)
        elif t == CLOUD_SQL:
            ip = get(p, "settings", "ipConfiguration", default={})
            if get(ip, "sslMode") not in ("ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED") and \
                    not truthy(get(ip, "requireSsl")):
                report(f"Cloud SQL instance '{db.name}' settings.ipConfiguration.sslMode is not ENCRYPTED_ONLY",
                       db.urn)
        elif t == AZ_PG:
            ids = {i for i in (db.name, known(p, "serverName")) if i}
            for c in res:
                if c.resource_type == AZ_PG_CONFIG and (refers_to(c, db, ("serverName",), ids)) and \
                        get(c.props, "configurationName") == "require_secure_transport" and \
                        str(get(c.props, "value", default="")).lower() in ("off", "0", "false"):
                    report(f"PostgreSQL server '{db.name}' sets require_secure_transport=off", c.urn)


database_tls_required = stack_policy(
    "database-tls-required",
    "Database connections must require TLS.",
    _tls, concern=CONCERN, severity=HIGH,
    steps="RDS: parameter group rds.force_ssl=1; Cloud SQL: sslMode ENCRYPTED_ONLY; Azure: keep "
          "require_secure_transport on.",
)


# --- stateful-stores-protected -----------------------------------------------------------------------
_STATEFUL = {RDS_INSTANCE, RDS_CLUSTER, CLOUD_SQL, AZ_PG, "aws:s3/bucket:Bucket", "gcp:storage/bucket:Bucket",
             "azure-native:storage:StorageAccount"}


def _protected(args, report):
    if (args.resource_type in _STATEFUL or _is_cnpg(args.resource_type)) and not args.opts.protect:
        report("stateful store is not protected (protect=True): a refactor could delete its data")


stateful_stores_protected = resource_policy(
    "stateful-stores-protected",
    "Buckets, storage accounts and databases must be created with protect=True.",
    _protected, concern=CONCERN, severity=MEDIUM,
    steps="Pass opts=ResourceOptions(protect=True); deleting a store is a manual, deliberate act.",
)

POLICIES = [
    database_encrypted,
    database_not_public,
    database_backup_retention,
    database_tls_required,
    stateful_stores_protected,
]
