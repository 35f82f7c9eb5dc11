"""Kubernetes resource quantities ("500m", "8Gi", "1e3") as numbers, for the checks that compare
them: the config layer (a limit below its request), the components and the offline checks."""

from __future__ import annotations

import re
from typing import Any

_QTY = re.compile(r"^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$")
_FACTOR = {
    None: 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
}


def quantity(value: Any) -> float:
    """A Kubernetes quantity as a number (cores for CPU, bytes for memory); 0 for what is not one."""
    if isinstance(value, bool) or value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    m = _QTY.match(str(value).strip())
    if not m:
        return 0.0
    return float(m.group(1)) * _FACTOR[m.group(2)]
