"""Canary rollout of a model version: one update per step, gates between steps, automatic rollback,
and a record kept with the stack so a rollout survives the process that runs it.

The sequence (every change is one settings file deployed with `up`, see deployed.py):

1. preflight: read what the stack runs (its last update); refuse while a rollout is recorded, while
   the canary takes traffic, or when the version is already stable;
2. the candidate loads on the canary with no traffic (`canary.enabled/modelRepositoryPath[/image]`,
   weight 0);
3. for each step (10, 50, 100 by default): the weight, `up`, then observe the canary for `bake_s`
   (longer, up to `max_wait_s`, while it has served fewer than `min_requests`), and check the gates;
4. promote: the stable track loads the version (`up`), then the canary goes back to its previous
   state (`up`): two updates so no request lands on a track that is restarting.

Every update carries the rollout's record (`record.py`: plan, step, phase, the settings before the
rollout), so `resume()` continues a rollout whose process died and `abort()` rolls it back, from
any machine. Any failed gate, failed `up`, interrupt, SIGTERM or any other exception rolls back in two
updates: weight 0 first (traffic back on stable at once), then the canary's previous settings. An
unexpected exception (not a `LoomError`) is raised again after the rollback as `RolloutFailed`, one
line naming it, with the report attached and the original as its cause. An interrupted update
is cancelled by the CLI itself (LoomPulumiCommand waits for it to release the stack lock); when the
lock stays, the rollback waits for it (`lock_wait_s`) and then says what to run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Optional

from loom.automation.clock import Clock, SystemClock
from loom.automation.deployed import DeployedState
from loom.automation.gates import GateResult, GateThresholds, MetricsSource, MetricsUnavailable, evaluate
from loom.automation.operations import PolicyRefused, StackOps
from loom.automation.record import LOADING, RolloutRecord
from loom.automation.tracks import TRITON_KEY, TrackState, check_version
from loom.automation.workspace import StackHandle, StackLocked
from loom.errors import LoomError

DEFAULT_STEPS = (10, 50, 100)
DEFAULT_LOCK_WAIT_S = 300.0
_PINNED_IMAGE = re.compile(r"^[^\s@]+@sha256:[0-9a-f]{64}$")

# Kept importable from here (older callers); the clock lives in clock.py.
__all__ = ["Clock", "SystemClock", "Observation", "RolloutPlan", "Rollout", "RolloutReport", "RolloutFailed", "parse_steps"]


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
    """What a rollout moves (recorded with the stack, so `--resume` needs none of it again)."""

    env: str
    model: str
    """The Triton model the gates watch (any model of the repository)."""
    version: str
    """The candidate's model repository prefix in the models bucket (e.g. `models/v3`)."""
    steps: tuple[int, ...] = DEFAULT_STEPS
    image: Optional[str] = None
    """A canary image (pinned by digest) when the rollout also changes Triton itself."""
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


@dataclass(frozen=True)
class Observation:
    """How each step is judged (given on every run, `--resume` included)."""

    thresholds: GateThresholds = field(default_factory=GateThresholds)
    bake_s: float = 120.0
    """Observation window per step."""
    max_wait_s: float = 600.0
    """Upper bound per step on waiting for `min_requests` (never shorter than `bake_s`)."""
    poll_s: float = 30.0
    """How often to re-measure (and sample the metrics) while observing."""

    def __post_init__(self) -> None:
        for name in ("bake_s", "poll_s"):
            if not getattr(self, name) > 0:
                raise LoomError(f"--{name[:-2].replace('_', '-')} {getattr(self, name)!r}: allowed: a positive number of seconds")
        if self.max_wait_s < self.bake_s:
            raise LoomError(f"--max-wait {self.max_wait_s!r}: allowed: at least --bake ({self.bake_s!r}) seconds")


@dataclass
class StepRecord:
    weight: int
    status: str = "pending"
    """pending | passed | failed | error | done-before (passed in the run that was resumed)"""
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
    action: str = "start"
    """start | resume | abort"""
    rollout_id: Optional[str] = None
    previous: Optional[TrackState] = None
    steps: list[StepRecord] = field(default_factory=list)
    outcome: str = "pending"
    """promoted | completed (no promotion asked) | rolled_back | aborted | rollback_failed | not_started
    (refused before any change) | stopped (another process took the stack's rollout over)"""
    reason: Optional[str] = None
    rollback: Optional[dict[str, Any]] = None
    interrupted: bool = False
    next_step: Optional[str] = None
    """What to run now, when the rollout left something to finish."""
    seconds: float = 0.0

    @property
    def succeeded(self) -> bool:
        return self.outcome in ("promoted", "completed", "aborted")

    def to_dict(self) -> dict[str, Any]:
        prev = self.previous
        return {
            "ok": self.succeeded,
            "env": self.env,
            "stack": self.stack,
            "model": self.model,
            "version": self.version,
            "action": self.action,
            "rollout_id": self.rollout_id,
            "outcome": self.outcome,
            "reason": self.reason,
            "interrupted": self.interrupted,
            "next_step": self.next_step,
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
        text = f"rollout of {report.version} on {report.env}: {report.outcome.replace('_', ' ')}: {report.reason}"
        super().__init__(text + (f"; next: {report.next_step}" if report.next_step else ""))


class RolloutInProgress(LoomError):
    """A rollout is recorded on the stack: a new one would take its half-done state for the one to return to."""

    exit_code = 1


class RolloutTakenOver(LoomError):
    """The stack's recorded rollout changed under this process (another rollout, an --abort elsewhere)."""

    exit_code = 1


class _NothingChanged(Exception):
    """The first update was refused before it changed anything (policy, lock): no rollback needed."""


class Rollout:
    """Starts, resumes or aborts the rollout of one environment through `StackOps`."""

    def __init__(
        self,
        ops: StackOps,
        env: str,
        *,
        source_for: Callable[[str], MetricsSource] | None = None,
        observation: Observation | None = None,
        lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
        clock: Clock | None = None,
        notify: Callable[[str], None] | None = None,
        on_step: Callable[[StepRecord], None] | None = None,
    ) -> None:
        self.ops, self.env = ops, env
        self.source_for = source_for
        self.observation = observation or Observation()
        self.lock_wait_s = lock_wait_s
        self.clock = clock or SystemClock()
        self.notify = notify or ops.notify
        self.on_step = on_step or (lambda record: None)
        self.source: Optional[MetricsSource] = None

    # -- public -------------------------------------------------------------------------------

    def start(self, plan: RolloutPlan) -> RolloutReport:
        """Run `plan` from the beginning. Raises LoomError (before any change) when the stack is not at rest."""
        if plan.env != self.env:
            raise LoomError(f"plan for {plan.env!r} given to the rollout of {self.env!r}")
        began = self.clock.monotonic()
        stack = self.ops.open(self.env)
        state = self.ops.deployed_state(self.env, stack)  # a read error stops here, before any change
        if state.record is not None:
            raise RolloutInProgress(
                f"{state.record.describe()} is recorded on {self.env}; continue it with "
                f"`loom rollout --env {self.env} --resume` or roll it back with `--abort`"
            )
        self._preflight(state.tracks, plan)
        record = RolloutRecord.begin(
            model=plan.model, version=plan.version, steps=plan.steps, image=plan.image, promote=plan.promote, previous=state.tracks
        )
        report = self._report(stack, record, "start")
        self.notify(f"rollout {record.id}: {plan.version} on {stack.name} ({state.tracks.describe()}, from {state.source})")
        return self._drive(stack, record, report, began, fresh=True)

    def resume(self, *, model: Optional[str] = None, version: Optional[str] = None) -> RolloutReport:
        """Continue the rollout recorded on the stack from the step it had reached (that step's
        update is made again: it may not have finished)."""
        began = self.clock.monotonic()
        stack, record = self._recorded(stack_action="resume")
        for name, given, recorded in (("--model", model, record.model), ("--version", version, record.version)):
            if given is not None and given != recorded:
                raise LoomError(f"{name} {given!r}: the recorded rollout moves {recorded!r}; leave it out or give that")
        report = self._report(stack, record, "resume")
        for i in range(max(record.step, 0)):
            report.steps[i].status = "done-before"
        self.notify(f"resuming {record.describe()}")
        if record.phase == "rolling_back":
            report.reason = record.reason or "the resumed rollout was rolling back"
            return self._finish(self._rollback(stack, record, report), report, began)
        return self._drive(stack, record, report, began, fresh=False)

    def abort(self) -> RolloutReport:
        """Roll the recorded rollout back to the settings it started from. Without a record, a canary
        that takes traffic anyway (set by hand) goes back to rest: weight 0, then off."""
        began = self.clock.monotonic()
        stack = self.ops.open(self.env)
        state = self.ops.deployed_state(self.env, stack)
        record = state.record
        if record is None and state.tracks.canary_weight > 0:
            tracks = state.tracks
            at_rest = TrackState(False, 0, None, None, tracks.stable_path)
            record = RolloutRecord.begin(
                model="-", version=tracks.canary_path or "", steps=(tracks.canary_weight,), image=tracks.canary_image, promote=False, previous=at_rest
            ).at(step=0)
        if record is None:
            raise LoomError(f"no rollout is recorded on {self.env} ({state.tracks.describe()}, from {state.source}): nothing to abort")
        report = self._report(stack, record, "abort")
        report.reason = "aborted (loom rollout --abort)"
        self.notify(f"aborting {record.describe()}")
        try:
            ok = self._rollback(stack, record, report)
        except KeyboardInterrupt:
            report.interrupted, ok = True, False
        if ok:
            report.outcome = "aborted"
        return self._finish(ok, report, began)

    # -- the state machine ----------------------------------------------------------------------

    def _drive(self, stack: StackHandle, record: RolloutRecord, report: RolloutReport, began: float, *, fresh: bool) -> RolloutReport:
        owner: Optional[str] = None if fresh else record.id
        try:
            if record.phase == "canary":
                if record.step == LOADING:
                    self.notify(f"canary: loading {record.version} with no traffic")
                    self._deploy(stack, record, self._candidate(record, 0), "canary at 0%", owner=owner, first=fresh)
                    owner = record.id
                    first_step = 0
                else:
                    first_step = record.step
                for i in range(first_step, len(record.steps)):
                    record = record.at(step=i)
                    if not self._step(stack, record, report.steps[i], owner):
                        gate = report.steps[i].gate
                        report.reason = report.steps[i].error or "; ".join(gate.reasons if gate else [])
                        return self._finish(self._rollback(stack, record, report), report, began)
                    owner = record.id
                if not record.promote:
                    # The version stays on the canary; the record goes: nothing is left in progress.
                    self._deploy(stack, record, self._candidate(record, record.weight), "completed (not promoted)", keep_record=False, owner=owner)
                    report.outcome = "completed"
                    return self._finish(True, report, began)
                record = record.at(phase="promoting")
            self._promote(stack, record, owner)
            report.outcome = "promoted"
            return self._finish(True, report, began)
        except _NothingChanged as exc:
            report.outcome, report.reason = "not_started", str(exc)
            return self._finish(False, report, began)
        except RolloutTakenOver as exc:
            report.outcome, report.reason = "stopped", str(exc)
            report.next_step = f"loom rollout --env {self.env} --resume (or --abort): see what the stack records now"
            return self._finish(False, report, began)
        except KeyboardInterrupt:
            report.interrupted = True
            report.reason = "interrupted"
            self.notify("interrupted: rolling back")
            return self._finish(self._rollback(stack, record, report), report, began)
        except LoomError as exc:  # a failed `up` (or policy refusal) before or after the steps
            report.reason = str(exc)
            return self._finish(self._rollback(stack, record, report), report, began)
        except Exception as exc:  # anything else (a bug, a metrics source's own error): the canary must not keep traffic
            report.reason = f"unexpected error: {_one_line(exc)}"
            self.notify(f"{report.reason}: rolling back")
            self._finish(self._rollback(stack, record, report), report, began)
            raise RolloutFailed(report) from exc

    def _preflight(self, tracks: TrackState, plan: RolloutPlan) -> None:
        if tracks.canary_weight > 0:
            raise LoomError(
                f"{TRITON_KEY}.canary.weight is {tracks.canary_weight} on {plan.env} and no rollout is recorded: "
                f"the canary takes traffic outside a rollout; `loom rollout --env {plan.env} --abort` sets it back to 0 and switches it off"
            )
        if tracks.stable_path == plan.version:
            raise LoomError(f"--version {plan.version!r}: already the stable track's model repository on {plan.env}")

    def _step(self, stack: StackHandle, record: RolloutRecord, step: StepRecord, owner: Optional[str]) -> bool:
        began = self.clock.monotonic()
        self.notify(f"step {record.weight}%: routing {record.weight}% of requests to the canary")
        try:
            self._deploy(stack, record, self._candidate(record, record.weight), f"canary at {record.weight}%", owner=owner)
        except (RolloutTakenOver, KeyboardInterrupt):
            raise
        except LoomError as exc:
            step.status, step.error = "error", f"up at {record.weight}% failed: {exc}"
            step.seconds = self.clock.monotonic() - began
            self.on_step(step)
            return False
        step.gate = self._observe(record)
        step.status = "passed" if step.gate.passed else "failed"
        step.seconds = self.clock.monotonic() - began
        self.on_step(step)
        return step.gate.passed

    def _promote(self, stack: StackHandle, record: RolloutRecord, owner: Optional[str]) -> None:
        last = record.steps[-1]
        self.notify(f"promote: stable track loads {record.version}")
        self._deploy(stack, record, replace(self._candidate(record, last), stable_path=record.version), "promote to stable", owner=owner)
        self.notify("promote: canary back to its previous settings")
        self._deploy(stack, record, replace(record.previous, stable_path=record.version), "canary off", keep_record=False, owner=record.id)

    def _rollback(self, stack: StackHandle, record: RolloutRecord, report: RolloutReport) -> bool:
        """Two updates: weight back (traffic on stable at once), then the previous canary. No offline
        check (they restore what was deployed) and no ownership check (a rollback must happen), but
        they wait for the stack's lock. Returns False (and says what to run) when it could not finish."""
        prev = record.previous
        reason = report.reason or "rollback"
        rolling = record.at(phase="rolling_back", reason=reason[:500])
        self.notify(f"rollback: {reason}")
        done: list[str] = []
        try:
            tracks = replace(self._candidate(record, prev.canary_weight), stable_path=prev.stable_path)
            self._deploy(stack, rolling, tracks, "rollback, canary at 0%", check_policy=False)
            done.append("weight")
            self._deploy(stack, record, prev, "rollback, canary restored", keep_record=False, check_policy=False)
            done.append("canary")
        except (Exception, KeyboardInterrupt) as exc:  # whatever stopped it, say what was restored and what to run
            error = "interrupted during the rollback" if isinstance(exc, KeyboardInterrupt) else (
                str(exc) if isinstance(exc, LoomError) else f"unexpected error: {_one_line(exc)}")
            report.interrupted = report.interrupted or isinstance(exc, KeyboardInterrupt)
            report.outcome = "rollback_failed"
            report.rollback = {"ok": False, "restored": done, "error": error}
            hint = f"loom rollout --env {self.env} --abort"
            if isinstance(exc, StackLocked):
                hint = f"pulumi cancel --stack {exc.stack} --yes (only if no update is running), then {hint}"
            report.next_step = hint
            self.notify(f"rollback FAILED after {done or 'nothing'}: {error}; next: {hint}")
            return False
        report.outcome = "rolled_back"
        report.rollback = {"ok": True, "restored": done}
        self.notify("rollback: done; all traffic on the stable track")
        return True

    # -- one update -----------------------------------------------------------------------------

    def _deploy(
        self,
        stack: StackHandle,
        subject: RolloutRecord,
        tracks: TrackState,
        what: str,
        *,
        keep_record: bool = True,
        owner: Optional[str] = "-",
        check_policy: bool = True,
        first: bool = False,
    ) -> None:
        """One settings file (`tracks`, and `subject` as the record unless `keep_record` is False: the
        rollout is over), one `up`. `owner`: the record id the stack must carry before the update
        (None: no rollout recorded; "-": not checked). `first`: nothing was changed yet, so a refusal
        (policy, lock, another rollout) ends the rollout without a rollback."""
        state = DeployedState(tracks, subject if keep_record else None, source="loom rollout")

        def still_ours() -> None:
            if owner == "-":
                return
            current = self.ops.deployed_state(self.env, stack).record
            if (current.id if current else None) != owner:
                now = current.describe() if current else "no rollout"
                raise RolloutTakenOver(
                    f"the stack's recorded rollout changed while this one ran (expected {owner or 'none'}, found: {now}); "
                    "stopping without changing anything"
                )

        try:
            self.ops.up(
                self.env,
                stack=stack,
                state=state,
                message=f"loom rollout {subject.model} {subject.version}: {what}",
                skip_policy_check=not check_policy,
                lock_wait_s=0.0 if first else self.lock_wait_s,
                before=still_ours,
            )
        except (PolicyRefused, StackLocked, RolloutTakenOver) as exc:
            if first:
                raise _NothingChanged(f"{exc}; nothing was changed") from None
            raise

    def _candidate(self, record: RolloutRecord, weight: int) -> TrackState:
        return TrackState(
            canary_enabled=True,
            canary_weight=weight,
            canary_path=record.version or None,
            canary_image=record.image,
            stable_path=record.previous.stable_path,
        )

    # -- observing -------------------------------------------------------------------------------

    def _observe(self, record: RolloutRecord) -> GateResult:
        """Bake, then measure; while traffic is too thin keep measuring until `max_wait_s`."""
        obs, weight = self.observation, record.weight
        source = self._source(record)
        try:
            source.begin()
        except MetricsUnavailable as exc:
            return GateResult(False, False, [f"metrics unavailable: {exc}"])
        opened = self.clock.monotonic()
        deadline = opened + obs.max_wait_s
        self.notify(f"step {weight}%: observing the canary for {obs.bake_s:.0f} s ({source.description})")
        self._wait_until(opened + obs.bake_s, weight, source)
        while True:
            try:
                result = evaluate(source.measure(), obs.thresholds)
            except MetricsUnavailable as exc:
                return GateResult(False, False, [f"metrics unavailable: {exc}"])
            if result.enough_traffic or self.clock.monotonic() >= deadline:
                return result
            self.notify(f"step {weight}%: {result.reasons[0]}; waiting (up to {deadline - self.clock.monotonic():.0f} s more)")
            self._wait_until(min(self.clock.monotonic() + obs.poll_s, deadline), weight, source)

    def _wait_until(self, until: float, weight: int, source: MetricsSource) -> None:
        """Sleep until `until`, sampling the metrics and printing a heartbeat every `poll_s`."""
        while True:
            left = until - self.clock.monotonic()
            if left <= 0:
                return
            self.notify(f"step {weight}%: observing, {left:.0f} s left")
            self.clock.sleep(min(left, self.observation.poll_s))
            if until - self.clock.monotonic() > 0:
                source.sample()

    def _source(self, record: RolloutRecord) -> MetricsSource:
        if self.source is None:
            if self.source_for is None:
                raise LoomError("the gates need a metrics source: --prometheus-url URL or --metrics-url URL")
            self.source = self.source_for(record.model)
        return self.source

    # -- bookkeeping ------------------------------------------------------------------------------

    def _recorded(self, *, stack_action: str) -> tuple[StackHandle, RolloutRecord]:
        stack = self.ops.open(self.env)
        state = self.ops.deployed_state(self.env, stack)
        if state.record is None:
            raise LoomError(
                f"no rollout is recorded on {self.env} ({state.tracks.describe()}, from {state.source}): nothing to {stack_action}"
            )
        return stack, state.record

    def _report(self, stack: StackHandle, record: RolloutRecord, action: str) -> RolloutReport:
        return RolloutReport(
            self.env,
            stack.name,
            record.model,
            record.version,
            action=action,
            rollout_id=record.id,
            previous=record.previous,
            steps=[StepRecord(w) for w in record.steps],
        )

    def _finish(self, ok: bool, report: RolloutReport, began: float) -> RolloutReport:
        if not ok and report.outcome == "pending":
            report.outcome = "rollback_failed"
        report.seconds = self.clock.monotonic() - began
        return report


def _one_line(exc: BaseException) -> str:
    """`Type: message` on one line (an unexpected error's message may span several)."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
