"""Database rules on all three clouds and in clusters: encrypted (customer-managed keys when configured,
Performance Insights included), private, backed up, TLS only, protected.

AWS RDS: instances (any engine, replicas included), Aurora clusters and cluster instances, DB and cluster
parameter groups per engine (PostgreSQL and SQL Server `rds.force_ssl`, MySQL/MariaDB/Aurora MySQL
`require_secure_transport`). GCP Cloud SQL: CMEK, private IP, SSL mode, backups. Azure Database for
PostgreSQL/MySQL flexible servers (any API version): Key Vault CMK, private network, firewall rules,
`require_secure_transport`. CloudNativePG clusters in Kubernetes: backups.
"""

from __future__ import annotations

import re

from ._k8s import is_kind
from ._util import (CRITICAL, HIGH, MEDIUM, as_list, config, get, known, number, refers_to, resource_policy, schema,
                    stack_policy, text, truthy)
from .storage import GCS_BUCKET, S3_BUCKETS, azure_type

CONCERN = "databases"

RDS_INSTANCE = "aws:rds/instance:Instance"
RDS_CLUSTER = "aws:rds/cluster:Cluster"
RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance"
RDS_PARAMS = "aws:rds/parameterGroup:ParameterGroup"
RDS_CLUSTER_PARAMS = "aws:rds/clusterParameterGroup:ClusterParameterGroup"
CLOUD_SQL = "gcp:sql/databaseInstance:DatabaseInstance"
_AZ_DB_MODULES = ("dbforpostgresql", "dbformysql")
_CNPG = "postgresql.cnpg.io"


def az_db(resource_type: str, kind: str = "Server") -> bool:
    t = azure_type(resource_type)
    return t is not None and t[0] in _AZ_DB_MODULES and t[1] == kind


def _is_cnpg(t: str) -> bool:
    return is_kind(t, _CNPG, "Cluster")


_cmk_schema = {"type": "boolean", "default": False,
               "description": "Require customer-managed keys (KMS / Cloud KMS / Key Vault)."}


# --- database-encrypted -------------------------------------------------------------------------
def _encrypted(args, report, unknowns):
    cmk = bool(config(args, "requireCustomerManagedKey", False))
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER):
        with unknowns.guard():
            replica = get(p, "replicateSourceDb") or get(p, "replicationSourceIdentifier")
            if not truthy(get(p, "storageEncrypted")) and not replica:
                report("storageEncrypted is not true")
            elif cmk and not get(p, "kmsKeyId"):
                report("no kmsKeyId: encrypted with the AWS-managed key, not a customer-managed key")
    if t in (RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE):
        with unknowns.guard():
            if cmk and truthy(get(p, "performanceInsightsEnabled")) and not get(p, "performanceInsightsKmsKeyId"):
                report("Performance Insights is on without performanceInsightsKmsKeyId (customer-managed key): "
                       "its samples include SQL text")
    elif t == CLOUD_SQL and cmk and not get(p, "encryptionKeyName"):
        report("no encryptionKeyName (customer-managed key)")
    elif az_db(t) and cmk and get(p, "dataEncryption", "type") != "AzureKeyVault":
        report("dataEncryption.type is not AzureKeyVault (customer-managed key)")
    elif az_db(t) and cmk and text(get(p, "backup", "geoRedundantBackup")) == "Enabled" and \
            not get(p, "dataEncryption", "geoBackupKeyURI"):
        report("geo-redundant backups without dataEncryption.geoBackupKeyURI (customer-managed key)")


database_encrypted = resource_policy(
    "database-encrypted",
    "Databases must be encrypted at rest; with requireCustomerManagedKey, with a customer-managed key (RDS "
    "kmsKeyId and Performance Insights key, Cloud SQL encryptionKeyName, Azure dataEncryption AzureKeyVault).",
    _encrypted, concern=CONCERN, severity=HIGH,
    config_schema=schema(requireCustomerManagedKey=_cmk_schema),
    steps="RDS: storageEncrypted + kmsKeyId (+ performanceInsightsKmsKeyId); Cloud SQL: encryptionKeyName; "
          "Azure: dataEncryption AzureKeyVault with primaryKeyURI.",
)


# --- database-not-public ------------------------------------------------------------------------
def _not_public(args, report, unknowns):
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER_INSTANCE, RDS_CLUSTER):
        if truthy(get(p, "publiclyAccessible")):
            report("publiclyAccessible is true")
    elif t == CLOUD_SQL:
        ip = get(p, "settings", "ipConfiguration", default={})
        if get(ip, "ipv4Enabled") is not False:
            report("settings.ipConfiguration.ipv4Enabled is not false: the instance gets a public IP")
        for net in as_list(get(ip, "authorizedNetworks")):
            if get(net, "value") in ("0.0.0.0/0", "::/0"):
                report(f"authorized network {get(net, 'value')} opens the instance to the internet")
    elif az_db(t):
        net = get(p, "network", default={})
        if get(net, "publicNetworkAccess") != "Disabled" and not get(net, "delegatedSubnetResourceId"):
            report("network.publicNetworkAccess is not Disabled and no delegated subnet is set")
    elif az_db(t, "FirewallRule"):
        start, end = text(get(p, "startIpAddress")), text(get(p, "endIpAddress"))
        if start == "0.0.0.0" and end == "255.255.255.255":
            report("firewall rule allows every IPv4 address")
        elif start == "0.0.0.0" and end == "0.0.0.0":
            report("firewall rule 0.0.0.0-0.0.0.0 allows every Azure service, including other tenants' resources")


database_not_public = resource_policy(
    "database-not-public",
    "Databases must not be reachable from the internet (private networking only).",
    _not_public, concern=CONCERN, severity=CRITICAL,
    steps="RDS: publiclyAccessible false; Cloud SQL: ipv4Enabled false + privateNetwork; Azure: "
          "delegated subnet or publicNetworkAccess Disabled, no open firewall rules.",
)


# --- database-backup-retention -------------------------------------------------------------------
_DURATION = re.compile(r"^(\d+)([dwm])$")


def _backups(args, report, unknowns):
    min_days = number(config(args, "minRetentionDays", 7), 7)
    p, t = args.props, args.resource_type
    if t in (RDS_INSTANCE, RDS_CLUSTER):
        if t == RDS_INSTANCE and get(p, "replicateSourceDb"):
            return  # a read replica keeps no automated backups of its own
        days = number(get(p, "backupRetentionPeriod"), 1)  # provider default: 1 day
        if days < min_days:
            report(f"backupRetentionPeriod is {days:g} day(s); at least {min_days:g} required")
    elif t == CLOUD_SQL:
        if get(p, "masterInstanceName"):
            return  # replicas are backed up through their primary
        backup = get(p, "settings", "backupConfiguration", default={})
        if not truthy(get(backup, "enabled")):
            report("settings.backupConfiguration.enabled is not true")
            return
        unit = get(backup, "backupRetentionSettings", "retentionUnit", default="COUNT")
        kept = number(get(backup, "backupRetentionSettings", "retainedBackups"), 7)  # default 7 daily backups
        if unit == "COUNT" and kept < min_days:
            report(f"retainedBackups is {kept:g} (daily); at least {min_days:g} days required")
    elif az_db(t):
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


# engine -> (parameter, values that force TLS, engine major from which it is the default)
_TLS_PARAMS = {
    "postgres": ("rds.force_ssl", {"1"}, 15),
    "aurora-postgresql": ("rds.force_ssl", {"1"}, None),
    "mysql": ("require_secure_transport", {"1", "on", "true"}, None),
    "mariadb": ("require_secure_transport", {"1", "on", "true"}, None),
    "aurora-mysql": ("require_secure_transport", {"1", "on", "true"}, None),
    "sqlserver": ("rds.force_ssl", {"1"}, None),
}


def _engine(engine: str) -> str | None:
    engine = engine.lower()
    if engine.startswith("sqlserver"):
        return "sqlserver"
    if engine in ("aurora", "aurora-mysql"):
        return "aurora-mysql"
    return engine if engine in _TLS_PARAMS else None


def _param_value(groups, name: str) -> str | None:
    value = None
    for g in groups:
        for param in as_list(get(g.props, "parameters")):
            if get(param, "name") == name:
                value = text(get(param, "value")).lower()
    return value


def _groups_of(res, db, group_type: str, key: str):
    name = known(db.props, key)
    return [g for g in res if g.resource_type == group_type and (
        refers_to(db, g, (), set()) or (name and name in {g.name, known(g.props, "name")}))]


def _rds_tls(res, db, report):
    p = db.props
    engine = _engine(text(get(p, "engine")))
    if engine is None:
        return  # Oracle and others enforce TLS through option groups: not judged here
    param, good, default_from = _TLS_PARAMS[engine]
    if db.resource_type == RDS_CLUSTER:
        groups = _groups_of(res, db, RDS_CLUSTER_PARAMS, "dbClusterParameterGroupName")
    else:
        groups = _groups_of(res, db, RDS_PARAMS, "parameterGroupName")
    value = _param_value(groups, param)
    if value in good or (value is None and default_from is not None and _major(get(p, "engineVersion")) >= default_from):
        return
    shown = f"{param}={value}" if value is not None else f"no {param}=1 in its parameter group"
    report(f"{db.resource_type.rsplit(':', 1)[-1]} '{db.name}' ({engine}) does not force TLS: {shown}", db.urn)


def _tls(args, report, unknowns):
    res = args.resources
    for db in res:
        p, t = db.props, db.resource_type
        with unknowns.guard(db):
            if t in (RDS_INSTANCE, RDS_CLUSTER):
                if t == RDS_INSTANCE and _engine(text(get(p, "engine"))) and text(get(p, "engine")).startswith("aurora"):
                    continue  # Aurora instances take TLS settings from their cluster
                _rds_tls(res, db, report)
            elif t == CLOUD_SQL:
                ip = get(p, "settings", "ipConfiguration", default={})
                if get(ip, "sslMode") not in ("ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED") and \
                        not truthy(get(ip, "requireSsl")):
                    report(f"Cloud SQL instance '{db.name}' settings.ipConfiguration.sslMode is not ENCRYPTED_ONLY",
                           db.urn)
            elif az_db(t):
                ids = {i for i in (db.name, known(p, "serverName")) if i}
                for c in res:
                    if az_db(c.resource_type, "Configuration") and refers_to(c, db, ("serverName",), ids) and \
                            get(c.props, "configurationName") == "require_secure_transport" and \
                            text(get(c.props, "value")).lower() in ("off", "0", "false"):
                        report(f"server '{db.name}' sets require_secure_transport=off", c.urn)


database_tls_required = stack_policy(
    "database-tls-required",
    "Database connections must require TLS (RDS/Aurora parameter groups per engine, Cloud SQL sslMode, Azure "
    "require_secure_transport).",
    _tls, concern=CONCERN, severity=HIGH,
    steps="RDS PostgreSQL/SQL Server: rds.force_ssl=1; MySQL/MariaDB: require_secure_transport=1; Cloud SQL: "
          "sslMode ENCRYPTED_ONLY; Azure: keep require_secure_transport on.",
)


# --- stateful-stores-protected -----------------------------------------------------------------------
def _stateful(t: str) -> bool:
    return t in (RDS_INSTANCE, RDS_CLUSTER, CLOUD_SQL, GCS_BUCKET) or t in S3_BUCKETS or az_db(t) or \
        azure_type(t) == ("storage", "StorageAccount") or _is_cnpg(t)


def _protected(args, report, unknowns):
    if _stateful(args.resource_type) and not args.opts.protect:
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
