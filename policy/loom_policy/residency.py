"""Data residency: every region-bearing resource inside the stack's explicit `allowedRegions`.

The allow-list never derives itself from the stack (a provider or resource group added in another region
would widen it). Checked: each cloud resource's own `region`/`location` (else its provider's), the
providers and Azure resource groups themselves, and where copies of the data go: Cloud SQL backup
locations (unset: the multi-region nearest the instance), RDS cross-region replicas and automated-backup
replication, GCS custom dual-region placements, Azure geo-redundant storage and database backups (the
region pair). Multi-regions (`EU`, `US`, `ASIA`) pass only when listed; a predefined dual-region passes
when listed or when both of its regions are allowed.
"""

from __future__ import annotations

import re

from . import regions
from ._util import HIGH, as_list, config, get, schema, stack_policy, text, truthy
from .storage import azure_type

CONCERN = "residency"
_PROVIDERS = {"pulumi:providers:aws", "pulumi:providers:gcp", "pulumi:providers:google-beta",
              "pulumi:providers:azure-native", "pulumi:providers:azure"}
_IGNORED = {"", "global"}
_GEO_SKUS = re.compile(r"(GRS|GZRS)$", re.I)
_ARN_REGION = re.compile(r"^arn:[a-z-]+:[a-z0-9-]+:([a-z0-9-]+):")


def _cloud(resource_type: str) -> str | None:
    prefix = resource_type.split(":", 1)[0]
    return prefix if prefix in ("aws", "gcp", "azure-native", "azure") else None


def _own(props, *keys) -> str | None:
    for key in keys:
        value = get(props, key)
        if isinstance(value, str) and value:
            return value
    return None


def locations(r) -> list[tuple[str, str]]:
    """(what, location) pairs where this resource puts data or runs."""
    t, p = r.resource_type, r.props
    if t in _PROVIDERS:
        loc = _own(p, "region", "location")
        return [("provider region", loc)] if loc else []
    if _cloud(t) is None:
        return []
    out = []
    loc = _own(p, "region", "location")
    if loc is None and r.provider is not None:
        loc = _own(r.provider.props, "region", "location")
    if loc:
        out.append(("location", loc))
    if t == "gcp:sql/databaseInstance:DatabaseInstance" and truthy(get(p, "settings", "backupConfiguration", "enabled")):
        backup = _own(get(p, "settings", "backupConfiguration"), "location")
        if backup:
            out.append(("settings.backupConfiguration.location", backup))
        else:
            multi = regions.multi_region_of(loc or "") or "an unknown multi-region"
            out.append(("backups (settings.backupConfiguration.location unset: the multi-region nearest the "
                        "instance)", multi))
    if t == "gcp:storage/bucket:Bucket":
        out += [("customPlacementConfig.dataLocations", text(d))
                for d in as_list(get(p, "customPlacementConfig", "dataLocations")) if text(d)]
    if t in ("aws:rds/instance:Instance", "aws:rds/cluster:Cluster"):
        for key in ("replicateSourceDb", "replicationSourceIdentifier"):
            m = _ARN_REGION.match(text(get(p, key)))
            if m:
                out.append((f"{key} (source of the replica)", m.group(1)))
    if t == "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication":
        m = _ARN_REGION.match(text(get(p, "sourceDbInstanceArn")))
        if m:
            out.append(("sourceDbInstanceArn", m.group(1)))
    az = azure_type(t)
    if az and loc:
        pair = regions.PAIRS.get(regions.normalize(loc))
        if az == ("storage", "StorageAccount") and _GEO_SKUS.search(text(get(p, "sku", "name"))) and pair:
            out.append((f"sku {text(get(p, 'sku', 'name'))} (geo-replica in the paired region)", pair))
        if az[0] in ("dbforpostgresql", "dbformysql") and az[1] == "Server" and \
                text(get(p, "backup", "geoRedundantBackup")) == "Enabled" and pair:
            out.append(("backup.geoRedundantBackup (copies in the paired region)", pair))
    return out


def _residency(args, report, unknowns):
    patterns = [regions.normalize(x) for x in config(args, "allowedRegions", [])]
    unlisted = []
    for r in args.resources:
        with unknowns.guard(r):
            for what, loc in locations(r):
                norm = regions.normalize(loc)
                if norm in _IGNORED:
                    continue
                if not patterns:
                    unlisted.append(r)
                    break
                if not regions.allowed(norm, patterns):
                    report(f"{r.resource_type} '{r.name}' {what} is '{norm}', outside allowedRegions "
                           f"({', '.join(patterns)})", r.urn)
    if unlisted:
        names = ", ".join(f"'{r.name}'" for r in unlisted[:5]) + (" ..." if len(unlisted) > 5 else "")
        report(f"allowedRegions is not set, so {len(unlisted)} region-bearing resource(s) cannot be placed ({names}); "
               "list the regions this stack's data may live in")


def _known_regions_hint() -> str:
    return "a region or multi-region of AWS, GCP or Azure (e.g. eu-west-1, europe-west4, westeurope, EU, EUR4) " \
           "or a glob over them (e.g. eu-*)"


resource_location_allowed = stack_policy(
    "resource-location-allowed",
    "Every region-bearing resource (providers, resource groups, backups and replicas included) must be inside the "
    "stack's explicit allowedRegions; multi-regions only when listed.",
    _residency, concern=CONCERN, severity=HIGH,
    config_schema=schema(allowedRegions={
        "type": "array", "default": [],
        "items": {"type": "string", "description": _known_regions_hint(),
                  "anyOf": [{"enum": sorted(regions.KNOWN | {r.upper() for r in regions.KNOWN})},
                            {"pattern": regions.GLOB.pattern}]},
        "description": "Regions/locations this stack's data may live in (glob patterns allowed). Required as "
                       "soon as the stack has a region-bearing resource."}),
    steps="Move the resource, or add its region to allowedRegions if the data may live there.",
)

POLICIES = [resource_location_allowed]

