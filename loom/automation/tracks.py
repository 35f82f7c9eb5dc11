"""The stack config keys of Triton's stable and canary tracks: the ONE place the rollout names them.

They are defined by `infra/config.py` (`TritonSettings` under `loom:triton`, camelCase in YAML):
`loom:triton.canary.{enabled, weight, modelRepositoryPath, image}` and
`loom:triton.stable.modelRepositoryPath`. A model version lives under its own prefix in the models
bucket, so "a version" on a track is that prefix. `infra/config.py` requires `canary.weight == 0`
whenever `canary.enabled` is false; the rollout therefore only moves the weight while enabled.
"""

from __future__ import annotations

import re
import copy
from dataclasses import asdict, dataclass
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


    def apply_to(self, triton: Mapping[str, Any]) -> dict[str, Any]:
        """`triton` (the `loom:triton` object) with these five settings written in; the rest untouched.
        None removes a key, so the program's default applies (the stable image, the stable prefix)."""
        out = copy.deepcopy(dict(triton))
        canary = dict(out.get("canary") or {})
        stable = dict(out.get("stable") or {})
        canary["enabled"] = self.canary_enabled
        canary["weight"] = self.canary_weight
        for key, value in (("modelRepositoryPath", self.canary_path), ("image", self.canary_image)):
            if value is None:
                canary.pop(key, None)
            else:
                canary[key] = value
        stable["modelRepositoryPath"] = self.stable_path
        out["canary"], out["stable"] = canary, stable
        return out

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TrackState":
        """The inverse of `to_dict`; a ValueError names what is wrong."""
        try:
            state = cls(
                canary_enabled=bool(data["canary_enabled"]),
                canary_weight=int(data["canary_weight"]),
                canary_path=_as_opt_str(data.get("canary_path")),
                canary_image=_as_opt_str(data.get("canary_image")),
                stable_path=str(data["stable_path"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"track settings {dict(data)!r}: {exc.__class__.__name__} {exc}") from None
        return state

    def describe(self) -> str:
        canary = (
            f"canary {self.canary_weight}% on {self.canary_path or 'the stable prefix'}" if self.canary_enabled else "canary off"
        )
        return f"stable on {self.stable_path}, {canary}"


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def _as_opt_str(value: Any) -> Optional[str]:
    return None if value is None or value == "" else str(value)
