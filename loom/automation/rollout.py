"""Canary rollout of a model version: config + `up` per step, gates between steps, automatic rollback.

The sequence (every change is stack config, deployed with `up`, so the stack's history and its
settings file always say what is running):

1. preflight: read `loom:triton`; refuse when the canary already takes traffic or the version is
   already stable;
2. canary on, at weight 0, loading the new version (`canary.enabled/modelRepositoryPath[/image]`);
3. for each step (10, 50, 100 by default): `canary.weight = step`, `up`, then observe the canary
   for `bake_s` (longer, up to `max_wait_s`, while it has served fewer than `min_requests`), and
   check the gates (error rate, p99 latency);
4. promote: the stable track loads the version (`up`), then the canary goes back to weight 0 and
   off (`up`): two updates so no request ever lands on a track that is restarting.

Any failed gate, failed `up` or interrupt rolls back in two updates: weight 0 first (traffic back
on stable at once), then the canary's previous version/enabled state. Waits are bounded.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Protocol

from loom.automation.gates import GateResult, GateThresholds, MetricsSource, MetricsUnavailable, evaluate
from loom.automation.operations import StackOps
from loom.automation.tracks import (
    CANARY_ENABLED,
    CANARY_IMAGE,
    CANARY_PATH,
    CANARY_WEIGHT,
    STABLE_PATH,
    TRITON_KEY,
    TrackState,
    check_version,
)
from loom.automation.workspace import StackHandle
from loom.errors import LoomError

DEFAULT_STEPS = (10, 50, 100)
_PINNED_IMAGE = re.compile(r"^[^\s@]+@sha256:[0-9a-f]{64}$")


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def parse_steps(text: str) -> tuple[int, ...]:
    """`"10,50,100"` -> (10, 50, 100); strictly increasing percentages in 1..100."""
    try:
        steps = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise LoomError(f"--steps {text!r}: not a comma-separated list of integers; allowed: e.g. 10,50,100") from None
    if not steps or any(not 1 <= s <= 100 for s in steps) or any(b <= a for a, b in zip(steps, steps[1:])):
        raise LoomError(f"--steps {text!r}: allowed: strictly increasing percentages from 1 to 100, e.g. 10,50,100")
    return steps


@dataclass(frozen=True)
class RolloutPlan:
    env: str
    model: str
    version: str
    """The candidate's model repository prefix in the models bucket (e.g. `models/v3`)."""
    steps: tuple[int, ...] = DEFAULT_STEPS
    image: Optional[str] = None
    """A canary image (pinned by digest) when the rollout also changes Triton itself."""
    thresholds: GateThresholds = field(default_factory=GateThresholds)
    bake_s: float = 120.0
    """Observation window per step."""
    max_wait_s: float = 600.0
    """Upper bound per step on waiting for `min_requests` (never shorter than `bake_s`)."""
    poll_s: float = 30.0
    """How often to re-measure while waiting for enough traffic."""
    promote: bool = True
    """After the last step passes, make the version stable and switch the canary off."""

    def __post_init__(self) -> None:
        problem = check_version(self.version)
        if problem:
            raise LoomError(f"--version {self.version!r}: allowed: {problem}")
        if self.image is not None and not _PINNED_IMAGE.match(self.image):
            raise LoomError(f"--image {self.image!r}: allowed: an image pinned by digest, repo[:tag]@sha256:<64 hex>")
        if not self.model:
            raise LoomError("--model '': allowed: a Triton model name, e.g. generator")
        if not self.steps or any(not 1 <= s <= 100 for s in self.steps) or list(self.steps) != sorted(set(self.steps)):
            raise LoomError(f"steps {self.steps!r}: allowed: strictly increasing percentages from 1 to 100")
        for name in ("bake_s", "poll_s"):
            if not getattr(self, name) > 0:
                raise LoomError(f"--{name[:-2].replace('_', '-')} {getattr(self, name)!r}: allowed: a positive number of seconds")
        if self.max_wait_s < self.bake_s:
            raise LoomError(f"--max-wait {self.max_wait_s!r}: allowed: at least --bake ({self.bake_s!r}) seconds")


@dataclass
class StepRecord:
    weight: int
    status: str = "pending"
    """pending | passed | failed | error"""
    gate: Optional[GateResult] = None
    error: Optional[str] = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "weight": self.weight,
            "status": self.status,
            "gate": self.gate.to_dict() if self.gate else None,
            "error": self.error,
            "seconds": round(self.seconds, 1),
        }


@dataclass
class RolloutReport:
    env: str
    stack: str
    model: str
    version: str
    previous: Optional[TrackState] = None
    steps: list[StepRecord] = field(default_factory=list)
    outcome: str = "pending"
    """promoted | completed (no promotion asked) | rolled_back | rollback_failed"""
    reason: Optional[str] = None
    rollback: Optional[dict[str, Any]] = None
    seconds: float = 0.0

    @property
    def succeeded(self) -> bool:
        return self.outcome in ("promoted", "completed")

    def to_dict(self) -> dict[str, Any]:
        prev = self.previous
        return {
            "env": self.env,
            "stack": self.stack,
            "model": self.model,
            "version": self.version,
            "outcome": self.outcome,
            "reason": self.reason,
            "previous": None
            if prev is None
            else {
                "stable_model_repository_path": prev.stable_path,
                "canary_enabled": prev.canary_enabled,
                "canary_weight": prev.canary_weight,
                "canary_model_repository_path": prev.canary_path,
                "canary_image": prev.canary_image,
            },
            "steps": [s.to_dict() for s in self.steps],
            "rollback": self.rollback,
            "seconds": round(self.seconds, 1),
        }


class RolloutFailed(LoomError):
    """The rollout stopped (and rolled back); exit 1 because the input was fine, the candidate was not."""

    exit_code = 1

    def __init__(self, report: RolloutReport) -> None:
        self.report = report
        super().__init__(f"rollout of {report.version} on {report.env}: {report.outcome.replace('_', ' ')}: {report.reason}")


class Rollout:
    """Runs one `RolloutPlan` against a stack through `StackOps`, measuring with a `MetricsSource`."""

    def __init__(
        self,
        ops: StackOps,
        source: MetricsSource,
        plan: RolloutPlan,
        *,
        clock: Clock | None = None,
        notify: Callable[[str], None] | None = None,
        on_step: Callable[[StepRecord], None] | None = None,
    ) -> None:
        self.ops, self.source, self.plan = ops, source, plan
        self.clock = clock or SystemClock()
        self.notify = notify or ops.notify
        self.on_step = on_step or (lambda record: None)

    # -- public -------------------------------------------------------------------------------

    def run(self) -> RolloutReport:
        """Run the plan; returns the report (outcome says how it ended). Raises only for bad input."""
        plan, started = self.plan, self.clock.monotonic()
        stack = self.ops.open(plan.env)
        report = RolloutReport(plan.env, stack.name, plan.model, plan.version)
        previous = TrackState.from_triton(stack.get_config(TRITON_KEY))
        report.previous = previous
        self._preflight(previous)
        report.steps = [StepRecord(w) for w in plan.steps]
        try:
            self.notify(f"canary: loading {plan.version} with no traffic")
            self._set(stack, {CANARY_ENABLED: "true", CANARY_PATH: plan.version, CANARY_WEIGHT: "0"})
            if plan.image:
                self._set(stack, {CANARY_IMAGE: plan.image})
            self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.model} {plan.version}: canary at 0%")
            for record in report.steps:
                if not self._step(stack, record):
                    report.reason = record.error or "; ".join(record.gate.reasons if record.gate else [])
                    self._rollback(stack, previous, report)
                    break
            else:
                if plan.promote:
                    self._promote(stack, previous)
                    report.outcome = "promoted"
                else:
                    report.outcome = "completed"
        except KeyboardInterrupt:
            report.reason = "interrupted"
            self._rollback(stack, previous, report)
            report.seconds = self.clock.monotonic() - started
            raise
        except LoomError as exc:  # a failed `up` (or policy refusal) before or after the steps
            report.reason = str(exc)
            self._rollback(stack, previous, report)
        report.seconds = self.clock.monotonic() - started
        return report

    # -- steps ------------------------------------------------------------------------------

    def _preflight(self, previous: TrackState) -> None:
        plan = self.plan
        if previous.canary_weight > 0:
            raise LoomError(
                f"{TRITON_KEY}.canary.weight is {previous.canary_weight} on {plan.env}: a rollout is already in progress; "
                f"finish it or set the weight back to 0 first"
            )
        if previous.stable_path == plan.version:
            raise LoomError(f"--version {plan.version!r}: already the stable track's model repository on {plan.env}")

    def _step(self, stack: StackHandle, record: StepRecord) -> bool:
        plan, began = self.plan, self.clock.monotonic()
        self.notify(f"step {record.weight}%: routing {record.weight}% of requests to the canary")
        try:
            self._set(stack, {CANARY_WEIGHT: str(record.weight)})
            self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.model} {plan.version}: canary at {record.weight}%")
        except LoomError as exc:
            record.status, record.error = "error", f"up at {record.weight}% failed: {exc}"
            record.seconds = self.clock.monotonic() - began
            self.on_step(record)
            return False
        record.gate = self._observe(record.weight)
        record.status = "passed" if record.gate.passed else "failed"
        record.seconds = self.clock.monotonic() - began
        self.on_step(record)
        return record.gate.passed

    def _observe(self, weight: int) -> GateResult:
        """Bake, then measure; while traffic is too thin keep measuring until `max_wait_s`."""
        plan = self.plan
        try:
            self.source.begin()
        except MetricsUnavailable as exc:
            return GateResult(False, False, [f"metrics unavailable: {exc}"])
        opened = self.clock.monotonic()
        deadline = opened + plan.max_wait_s
        self.notify(f"step {weight}%: observing the canary for {plan.bake_s:.0f} s ({self.source.description})")
        self._wait_until(opened + plan.bake_s, weight)
        while True:
            try:
                result = evaluate(self.source.measure(), plan.thresholds)
            except MetricsUnavailable as exc:
                return GateResult(False, False, [f"metrics unavailable: {exc}"])
            if result.enough_traffic or self.clock.monotonic() >= deadline:
                return result
            self.notify(f"step {weight}%: {result.reasons[0]}; waiting (up to {deadline - self.clock.monotonic():.0f} s more)")
            self._wait_until(min(self.clock.monotonic() + plan.poll_s, deadline), weight)

    def _wait_until(self, until: float, weight: int) -> None:
        """Sleep until `until`, with a heartbeat line every `poll_s` (CI logs show it is alive)."""
        while True:
            left = until - self.clock.monotonic()
            if left <= 0:
                return
            self.notify(f"step {weight}%: observing, {left:.0f} s left")
            self.clock.sleep(min(left, self.plan.poll_s))

    def _promote(self, stack: StackHandle, previous: TrackState) -> None:
        plan = self.plan
        self.notify(f"promote: stable track loads {plan.version}")
        self._set(stack, {STABLE_PATH: plan.version})
        self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.model} {plan.version}: promote to stable")
        self.notify("promote: canary back to 0% and off")
        self._restore_canary(stack, previous, weight_only=False)
        self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.model} {plan.version}: canary off")

    def _rollback(self, stack: StackHandle, previous: TrackState, report: RolloutReport) -> None:
        plan = self.plan
        self.notify(f"rollback: {report.reason}")
        done: list[str] = []
        try:
            self._restore_canary(stack, previous, weight_only=True)
            self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.version}: rollback, canary at 0%", skip_policy_check=True)
            done.append("weight")
            self._restore_canary(stack, previous, weight_only=False)
            self.ops.up(plan.env, stack=stack, message=f"loom rollout {plan.version}: rollback, canary restored", skip_policy_check=True)
            done.append("canary")
        except LoomError as exc:
            report.outcome = "rollback_failed"
            report.rollback = {"ok": False, "restored": done, "error": str(exc)}
            self.notify(f"rollback FAILED after {done or 'nothing'}: {exc}")
            return
        report.outcome = "rolled_back"
        report.rollback = {"ok": True, "restored": done}
        self.notify("rollback: done; all traffic on the stable track")

    def _restore_canary(self, stack: StackHandle, previous: TrackState, *, weight_only: bool) -> None:
        self._set(stack, {CANARY_WEIGHT: str(previous.canary_weight)})
        if weight_only:
            return
        self._set(stack, {CANARY_ENABLED: "true" if previous.canary_enabled else "false"})
        for key, value in ((CANARY_PATH, previous.canary_path), (CANARY_IMAGE, previous.canary_image)):
            if value is None:
                if key != CANARY_IMAGE or self.plan.image:
                    stack.remove_config(key, path=True)
            else:
                stack.set_config(key, value, path=True)

    @staticmethod
    def _set(stack: StackHandle, values: dict[str, str]) -> None:
        for key, value in values.items():
            stack.set_config(key, value, path=True)
