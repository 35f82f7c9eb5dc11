"""Label keys and values shared by every Loom workload (docs/architecture.md); policies read them."""

from __future__ import annotations

import enum
from typing import Mapping

PART_OF = "loom"
MANAGED_BY = "pulumi"
CLASSIFICATION_LABEL = "loom.io/data-classification"
INJECTION_LABEL = "istio-injection"
TRACK_LABEL = "track"
PEAK_REPLICAS_ANNOTATION = "loom.io/peak-replicas"
"""On a workload whose replica count something other than its spec raises (an HPA, `loom rollout`): the most pods
it runs. Capacity is planned for it (`loom preview`'s scheduling check), not for the replicas of the moment."""

NS_SERVING = "loom-serving"
NS_DATA = "loom-data"
NS_SYSTEM = "loom-system"
NS_ISTIO = "istio-system"
NS_INGRESS = "istio-ingress"
PLATFORM_NAMESPACES = (NS_SERVING, NS_DATA, NS_SYSTEM)


class DataClassification(str, enum.Enum):
    """What a namespace or workload may hold (value of `loom.io/data-classification`)."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    RESTRICTED = "restricted"


def standard_labels(app: str, component: str, classification: DataClassification, **extra: str) -> dict[str, str]:
    """Recommended Kubernetes labels plus Loom's data classification label."""
    labels = {
        "app.kubernetes.io/name": app,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        CLASSIFICATION_LABEL: classification.value,
    }
    labels.update(extra)
    return labels


def selector_labels(app: str, **extra: str) -> dict[str, str]:
    """The immutable subset used in selectors: never add a label here that may change."""
    return {"app.kubernetes.io/name": app, "app.kubernetes.io/part-of": PART_OF, **extra}


def merge(*maps: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in maps:
        out.update(m)
    return out
