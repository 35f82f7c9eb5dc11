"""Data residency: every cloud resource's region or location inside an allow-list. With no list
configured, the allow-list is the stack's own provider regions, so nothing lands outside the regions
the stack was deployed to (e.g. a bucket or database placed in another geography)."""

from __future__ import annotations

import re

from ._util import HIGH, config, known, matches_any, schema, stack_policy

CONCERN = "residency"
_PROVIDERS = {"pulumi:providers:aws": "aws", "pulumi:providers:gcp": "gcp",
              "pulumi:providers:azure-native": "azure-native"}
# GCS multi- and dual-regions, mapped to the geography prefix of the regions they span.
_GCS_MULTI = {"eu": "europe-", "us": "us-", "asia": "asia-", "eur4": "europe-", "eur5": "europe-",
              "eur7": "europe-", "eur8": "europe-", "nam4": "us-", "asia1": "asia-"}
_IGNORED = {"", "global"}
# Where a stack declares its home: provider regions, and Azure resource groups (azure-native providers
# often carry no location; every resource names one, and its resource group is the deliberate choice).
_HOME_TYPES = set(_PROVIDERS) | {"azure-native:resources:ResourceGroup"}


def _norm(location: str) -> str:
    loc = location.strip().lower().replace(" ", "")
    loc = re.sub(r"^(\w+-\w+-\d+)[a-z]$", r"\1", loc)       # AWS zone us-east-1a -> us-east-1
    loc = re.sub(r"^([a-z]+-[a-z]+\d+)-[a-z]$", r"\1", loc)  # GCP zone europe-west4-a -> europe-west4
    return loc


def _cloud(resource_type: str) -> str | None:
    prefix = resource_type.split(":", 1)[0]
    return prefix if prefix in ("aws", "gcp", "azure-native") else None


def _location(r) -> str | None:
    """The region a resource is placed in: its own region/location input, else its provider's (a value
    unknown during preview counts as not placed: the next preview, or the engine's `up`, judges it)."""
    cloud = _cloud(r.resource_type)
    if cloud is None:
        return None
    for key in ("region", "location"):
        value = known(r.props, key)
        if isinstance(value, str) and value:
            return _norm(value)
    if r.provider is not None:
        for key in ("region", "location"):
            value = known(r.provider.props, key)
            if isinstance(value, str) and value:
                return _norm(value)
    return None


def _allowed(loc: str, patterns: list[str]) -> bool:
    if matches_any(loc, patterns):
        return True
    prefix = _GCS_MULTI.get(loc)
    return bool(prefix) and any(p.startswith(prefix) or p == loc for p in patterns)


def _residency(args, report):
    configured = [_norm(x) for x in config(args, "allowedRegions", [])]
    home = {_norm(str(known(r.props, k))) for r in args.resources if r.resource_type in _HOME_TYPES
            for k in ("region", "location") if isinstance(known(r.props, k), str)}
    patterns = configured or sorted(home)
    if not patterns:
        return
    source = "allowedRegions" if configured else "the stack's home regions"
    for r in args.resources:
        if r.resource_type in _PROVIDERS:
            loc = next((_norm(str(known(r.props, k))) for k in ("region", "location")
                        if isinstance(known(r.props, k), str)), None)
        else:
            loc = _location(r)
        if loc is None or loc in _IGNORED:
            continue
        if not _allowed(loc, patterns):
            report(f"{r.resource_type} '{r.name}' is in '{loc}', outside {source} ({', '.join(patterns)})", r.urn)


resource_location_allowed = stack_policy(
    "resource-location-allowed",
    "Every cloud resource's region or location must be inside the allowed regions "
    "(default: the regions of the stack's own providers and resource groups).",
    _residency, concern=CONCERN, severity=HIGH,
    config_schema=schema(allowedRegions={
        "type": "array", "items": {"type": "string"}, "default": [],
        "description": "Allowed regions/locations (glob patterns, e.g. 'eu-*', 'westeurope'); empty means "
                       "the stack's provider regions and resource-group locations."}),
    steps="Move the resource, or add its region to allowedRegions if the data may live there.",
)

POLICIES = [resource_location_allowed]
