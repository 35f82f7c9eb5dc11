"""The durable record of a rollout in progress: what it moves, where it is, what to return to.

A rollout's state must outlive the process that runs it (a killed CI job, a laptop that sleeps),
so it travels with every update the rollout makes: as the config value `loom-rollout:record` of
the settings file given to `pulumi up` (see `deployed.py`), it lands in the stack's update
history in the backend. The namespace is not `loom:`, so the program never reads it (infra/config.py
only validates `loom:` and provider keys). Reading it back needs nothing but `pulumi stack history`.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any, Mapping, Optional

from loom.automation.tracks import TrackState

RECORD_KEY = "loom-rollout:record"
"""Config key of the record in the settings file an update deploys (and so in its history entry)."""

PHASES = ("canary", "promoting", "rolling_back")
"""canary: moving through the steps; promoting: the stable track takes the version; rolling_back."""

LOADING = -1
"""`step` while the candidate loads on the canary with no traffic (before the first step)."""


@dataclass(frozen=True)
class RolloutRecord:
    id: str
    model: str
    version: str
    steps: tuple[int, ...]
    phase: str
    step: int
    """Index into `steps` of the weight the update carrying this record deploys; LOADING before."""
    previous: TrackState
    """The track settings before the rollout: what a rollback returns to."""
    image: Optional[str] = None
    promote: bool = True
    started: str = ""
    by: str = ""
    reason: Optional[str] = None
    """Why it is rolling back."""

    @classmethod
    def begin(cls, *, model: str, version: str, steps: tuple[int, ...], image: Optional[str], promote: bool, previous: TrackState) -> "RolloutRecord":
        now = datetime.now(timezone.utc)
        return cls(
            id=f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}",
            model=model,
            version=version,
            steps=tuple(steps),
            phase="canary",
            step=LOADING,
            previous=previous,
            image=image,
            promote=promote,
            started=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            by=_who(),
        )

    def at(self, **changes: Any) -> "RolloutRecord":
        return replace(self, **changes)

    @property
    def weight(self) -> int:
        """The canary weight this record's update deploys."""
        return 0 if self.step == LOADING else self.steps[self.step]

    def describe(self) -> str:
        if self.phase == "canary":
            where = "candidate loading at 0%" if self.step == LOADING else f"canary at {self.weight}% (step {self.step + 1} of {len(self.steps)})"
        elif self.phase == "promoting":
            where = "promoting to the stable track"
        else:
            where = f"rolling back ({self.reason or 'no reason recorded'})"
        return f"rollout {self.id} of {self.version} (model {self.model}) started {self.started} by {self.by}: {where}"

    def to_config(self) -> dict[str, Any]:
        """The config object written under RECORD_KEY (camelCase, like every Pulumi config object here)."""
        return {
            "id": self.id,
            "model": self.model,
            "version": self.version,
            "steps": list(self.steps),
            "phase": self.phase,
            "step": self.step,
            "previous": self.previous.to_dict(),
            "image": self.image,
            "promote": self.promote,
            "started": self.started,
            "by": self.by,
            "reason": self.reason,
        }

    @classmethod
    def from_config(cls, data: Mapping[str, Any]) -> "RolloutRecord":
        """Parse what `to_config` wrote; a ValueError names the problem (the caller fails closed)."""
        if not isinstance(data, Mapping):
            raise ValueError(f"expected an object, got {type(data).__name__}")
        try:
            steps = tuple(int(s) for s in data["steps"])
            record = cls(
                id=str(data["id"]),
                model=str(data["model"]),
                version=str(data["version"]),
                steps=steps,
                phase=str(data["phase"]),
                step=int(data["step"]),
                previous=TrackState.from_dict(data["previous"]),
                image=None if data.get("image") in (None, "") else str(data["image"]),
                promote=bool(data.get("promote", True)),
                started=str(data.get("started") or ""),
                by=str(data.get("by") or ""),
                reason=None if data.get("reason") is None else str(data["reason"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{exc.__class__.__name__}: {exc}") from None
        if record.phase not in PHASES:
            raise ValueError(f"phase {record.phase!r} is not one of {', '.join(PHASES)}")
        if not steps or not LOADING <= record.step < len(steps):
            raise ValueError(f"step {record.step} is outside the {len(steps)} recorded steps")
        return record


def _who() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        user = "unknown"
    return f"{user}@{socket.gethostname()}"
