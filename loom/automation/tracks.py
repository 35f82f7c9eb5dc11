"""The stack config keys of Triton's stable and canary tracks: the ONE place the rollout names them.

They are defined by `infra/config.py` (`TritonSettings` under `loom:triton`, camelCase in YAML):
`loom:triton.canary.{enabled, weight, modelRepositoryPath, image}` and
`loom:triton.stable.modelRepositoryPath`. A model version lives under its own prefix in the models
bucket, so "a version" on a track is that prefix. `infra/config.py` requires `canary.weight == 0`
whenever `canary.enabled` is false; the rollout therefore only moves the weight while enabled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

TRITON_KEY = "loom:triton"
CANARY_ENABLED = f"{TRITON_KEY}.canary.enabled"
CANARY_WEIGHT = f"{TRITON_KEY}.canary.weight"
CANARY_PATH = f"{TRITON_KEY}.canary.modelRepositoryPath"
CANARY_IMAGE = f"{TRITON_KEY}.canary.image"
STABLE_PATH = f"{TRITON_KEY}.stable.modelRepositoryPath"

DEFAULT_STABLE_PATH = "models"
"""`TritonTrack.model_repository_path`'s default in infra/config.py."""

_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


def check_version(version: str) -> Optional[str]:
    """None when `version` can name a model repository prefix; otherwise what is allowed.

    A bare number is refused: `pulumi config set --path` stores digits as an integer, and the
    prefix must stay a string (e.g. `models/v3` or `models-2026-11-25`).
    """
    if not _VERSION.match(version or "") or ".." in version:
        return "a model repository prefix in the models bucket: letters, digits, '.', '_', '-', '/', e.g. models/v3"
    if version.isdigit():
        return "a prefix that is not a bare number (the Pulumi CLI would store it as an integer), e.g. models/3"
    return None


@dataclass(frozen=True)
class TrackState:
    """What the stack config says about the tracks now (read before a rollout, restored on rollback)."""

    canary_enabled: bool
    canary_weight: int
    canary_path: Optional[str]
    canary_image: Optional[str]
    stable_path: str

    @classmethod
    def from_triton(cls, triton: Mapping[str, Any] | None) -> "TrackState":
        """From the structured `loom:triton` value (as `pulumi config get --json` or the YAML holds it)."""
        triton = triton or {}
        canary = triton.get("canary") or {}
        stable = triton.get("stable") or {}
        return cls(
            canary_enabled=_as_bool(canary.get("enabled", False)),
            canary_weight=int(canary.get("weight", 0) or 0),
            canary_path=_as_opt_str(canary.get("modelRepositoryPath")),
            canary_image=_as_opt_str(canary.get("image")),
            stable_path=_as_opt_str(stable.get("modelRepositoryPath")) or DEFAULT_STABLE_PATH,
        )


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def _as_opt_str(value: Any) -> Optional[str]:
    return None if value is None or value == "" else str(value)
