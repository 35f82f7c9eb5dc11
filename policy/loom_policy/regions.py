"""Where data can live: the regions of AWS, GCP and Azure, GCS multi- and dual-regions, and the
Azure region pairs that geo-redundant storage and backups replicate to. Facts, with their sources:

- AWS: the `Region` enum of pulumi-aws 7.51 (`pulumi_aws/_enums.py`), the provider's own list.
- GCP: cloud.google.com/about/locations and cloud.google.com/storage/docs/locations (GCS multi-regions
  ASIA/EU/US and the predefined dual-regions ASIA1, EUR4, EUR5, EUR7, EUR8, NAM4 with their member regions).
- Azure: learn.microsoft.com/azure/reliability/regions-list (programmatic names) and
  learn.microsoft.com/azure/reliability/cross-region-replication-azure (region pairs; regions without a
  pair are absent from PAIRS).

A region missing here (a newer one) is rejected in `allowedRegions` as "not a region": add it to this
module with its source. Globs (`eu-*`) are matched against these names.
"""

from __future__ import annotations

import fnmatch
import re

AWS = frozenset("""
af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2
ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7
ca-central-1 ca-west-1 eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2
eu-west-3 il-central-1 me-central-1 me-south-1 mx-central-1 sa-east-1 us-east-1 us-east-2 us-west-1
us-west-2 cn-north-1 cn-northwest-1 eusc-de-east-1 us-gov-east-1 us-gov-west-1 us-iso-east-1 us-iso-west-1
us-isob-east-1 us-isob-west-1 eu-isoe-west-1 us-isof-east-1 us-isof-south-1
""".split())

GCP = frozenset("""
africa-south1 asia-east1 asia-east2 asia-northeast1 asia-northeast2 asia-northeast3 asia-south1 asia-south2
asia-southeast1 asia-southeast2 asia-southeast3 australia-southeast1 australia-southeast2 europe-central2
europe-north1 europe-north2 europe-southwest1 europe-west1 europe-west2 europe-west3 europe-west4
europe-west6 europe-west8 europe-west9 europe-west10 europe-west12 me-central1 me-central2 me-west1
northamerica-northeast1 northamerica-northeast2 northamerica-south1 southamerica-east1 southamerica-west1
us-central1 us-east1 us-east4 us-east5 us-south1 us-west1 us-west2 us-west3 us-west4
""".split())

# GCS multi-regions: data may be anywhere in the geography, so they pass only when listed themselves.
GCS_MULTI = frozenset({"asia", "eu", "us"})
# GCS predefined dual-regions: pass when listed, or when both member regions are allowed.
GCS_DUAL = {
    "asia1": ("asia-northeast1", "asia-northeast2"),
    "eur4": ("europe-north1", "europe-west4"),
    "eur5": ("europe-west1", "europe-west2"),
    "eur7": ("europe-west2", "europe-west3"),
    "eur8": ("europe-west3", "europe-west6"),
    "nam4": ("us-central1", "us-east1"),
}

AZURE = frozenset("""
eastus eastus2 southcentralus westus2 westus3 australiaeast southeastasia northeurope swedencentral uksouth
westeurope centralus southafricanorth centralindia eastasia japaneast koreacentral canadacentral francecentral
germanywestcentral italynorth norwayeast polandcentral spaincentral switzerlandnorth mexicocentral uaenorth
brazilsouth israelcentral qatarcentral newzealandnorth indonesiacentral malaysiawest chilecentral austriaeast
belgiumcentral northcentralus westus japanwest westcentralus southafricawest australiacentral
australiacentral2 australiasoutheast koreasouth southindia westindia jioindiawest jioindiacentral canadaeast
francesouth germanynorth norwaywest switzerlandwest ukwest uaecentral brazilsoutheast swedensouth
usgovvirginia usgovarizona usgovtexas chinanorth chinanorth2 chinanorth3 chinaeast chinaeast2 chinaeast3
""".split())

# Azure region pairs (both directions): where GRS/RA-GRS/GZRS storage and geo-redundant database backups go.
_PAIRS = [
    ("eastus", "westus"), ("eastus2", "centralus"), ("northcentralus", "southcentralus"),
    ("westus2", "westcentralus"), ("westus3", "eastus"), ("canadacentral", "canadaeast"),
    ("brazilsouth", "southcentralus"), ("northeurope", "westeurope"), ("uksouth", "ukwest"),
    ("francecentral", "francesouth"), ("germanywestcentral", "germanynorth"),
    ("switzerlandnorth", "switzerlandwest"), ("norwayeast", "norwaywest"), ("swedencentral", "swedensouth"),
    ("eastasia", "southeastasia"), ("japaneast", "japanwest"), ("koreacentral", "koreasouth"),
    ("australiaeast", "australiasoutheast"), ("australiacentral", "australiacentral2"),
    ("centralindia", "southindia"), ("westindia", "southindia"), ("uaenorth", "uaecentral"),
    ("southafricanorth", "southafricawest"), ("jioindiawest", "jioindiacentral"),
    ("usgovvirginia", "usgovtexas"), ("usgovarizona", "usgovtexas"),
    ("chinanorth", "chinaeast"), ("chinanorth2", "chinaeast2"), ("chinanorth3", "chinaeast3"),
]
PAIRS: dict[str, str] = {}
for _a, _b in _PAIRS:
    PAIRS.setdefault(_a, _b)
    PAIRS.setdefault(_b, _a)

KNOWN = AWS | GCP | AZURE | GCS_MULTI | frozenset(GCS_DUAL)
GLOB = re.compile(r"^[a-z0-9*?\[\]-]*[*?\[][a-z0-9*?\[\]-]*$")


def normalize(location: str) -> str:
    """us-east-1a -> us-east-1, europe-west4-a -> europe-west4, 'West Europe' -> westeurope, EU -> eu."""
    loc = location.strip().lower().replace(" ", "")
    loc = re.sub(r"^([a-z]+(?:-[a-z]+)+-\d+)[a-z]$", r"\1", loc)  # AWS availability zone
    loc = re.sub(r"^([a-z]+-[a-z]+\d+)-[a-z]$", r"\1", loc)  # GCP zone
    return loc


def is_region_entry(entry: str) -> bool:
    """What `allowedRegions` accepts: a known region or multi-region, or a glob over them."""
    if not isinstance(entry, str):
        return False
    norm = normalize(entry)
    if norm in KNOWN:
        return True
    return bool(GLOB.match(norm)) and any(fnmatch.fnmatchcase(r, norm) for r in KNOWN)


def allowed(location: str, patterns: list[str]) -> bool:
    """Whether data at `location` stays inside the allowed patterns. A multi-region only when listed;
    a predefined dual-region when listed or when both of its regions are allowed."""
    loc = normalize(location)
    if any(fnmatch.fnmatchcase(loc, p) for p in patterns):
        return True
    if loc in GCS_MULTI:
        return False
    members = GCS_DUAL.get(loc)
    return members is not None and all(allowed(m, patterns) for m in members)


def multi_region_of(region: str) -> str | None:
    """The GCS/Cloud SQL multi-region a GCP region belongs to (Cloud SQL's default backup location)."""
    region = normalize(region)
    if region.startswith("europe-"):
        return "eu"
    if region.startswith(("us-", "northamerica-")):
        return "us"
    if region.startswith(("asia-", "australia-")):
        return "asia"
    return None
