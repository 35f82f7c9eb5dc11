"""The rollout's orchestration against an in-memory stack: what each update deploys, in what order,
when it stops, that a failure rolls back to the exact previous settings, and that the record each
update carries lets another process resume or abort after a crash at any point."""

from __future__ import annotations

import copy

import pytest

from loom.automation.gates import GateThresholds, MetricsUnavailable
from loom.automation.metrics import WindowStats
from loom.automation.operations import StackOps
from loom.automation.policy import PolicyVerdict
from loom.automation.project import Project
from loom.automation.record import RECORD_KEY
from loom.automation.rollout import Observation, Rollout, RolloutFailed, RolloutInProgress, RolloutPlan, parse_steps
from loom.errors import LoomError

from tests.automation.fakes import HEALTHY, REPO_ROOT, FakeClock, FakePolicy, FakeSource, FakeStack, FakeWorkspace

PROJECT = Project.load(REPO_ROOT)
DEV_TRITON = copy.deepcopy(PROJECT.stack_settings("dev")["loom:triton"])
"""`loom:triton` of the shipped dev stack: what a stack never updated runs."""


class Crash(BaseException):
    """The process dies here: nothing after it runs (no except clause of the rollout sees it)."""


def make(*, deployed=None, source=None, fail_up_at=(), locked_up_at=(), policy=None, log=None, stack=None, **plan_kw):
    log = log if log is not None else []
    if stack is None:
        config = None if deployed is None else {**PROJECT.stack_settings("dev"), "loom:triton": deployed}
        stack = FakeStack("dev", log, fail_up_at=fail_up_at, locked_up_at=locked_up_at, deployed=config)
    policy = policy or FakePolicy(log=log)
    clock = FakeClock()
    ops = StackOps(FakeWorkspace(stack), policy_check=policy, clock=clock)
    obs = Observation(bake_s=plan_kw.pop("bake_s", 60), max_wait_s=plan_kw.pop("max_wait_s", 300), poll_s=plan_kw.pop("poll_s", 30),
                      thresholds=plan_kw.pop("thresholds", GateThresholds()))
    src = source or FakeSource(HEALTHY)
    rollout = Rollout(ops, "dev", source_for=lambda model: src, observation=obs, clock=clock, lock_wait_s=plan_kw.pop("lock_wait_s", 300))
    plan = RolloutPlan(**{"env": "dev", "model": "generator", "version": "models/v2", **plan_kw})
    return rollout, plan, stack, log, clock, policy


def deployed(log):
    """The `loom:triton` each `up` deployed, in order."""
    return [entry[1] for entry in log if entry[0] == "up"]


def records(log):
    return [entry[2] for entry in log if entry[0] == "up"]


def canary(cfg):
    return (cfg["canary"].get("enabled"), cfg["canary"].get("weight"), cfg["canary"].get("modelRepositoryPath"))


def test_happy_path_sets_each_weight_then_promotes_and_switches_the_canary_off():
    rollout, plan, stack, log, clock, policy = make()
    report = rollout.start(plan)

    assert report.outcome == "promoted" and report.succeeded
    ups = deployed(log)
    assert [canary(c) for c in ups] == [
        (True, 0, "models/v2"),  # the candidate loads with no traffic
        (True, 10, "models/v2"),
        (True, 50, "models/v2"),
        (True, 100, "models/v2"),
        (True, 100, "models/v2"),  # promote: stable loads the version while the canary serves
        (False, 0, None),  # then the canary goes back to its previous settings
    ]
    assert [c["stable"]["modelRepositoryPath"] for c in ups] == ["models"] * 4 + ["models/v2"] * 2
    # weights are numbers and enabled is a boolean in the deployed settings
    assert isinstance(ups[1]["canary"]["weight"], int) and ups[1]["canary"]["enabled"] is True
    # every update but the last carries the record (phase, step, what to return to); the last ends it
    recs = records(log)
    assert [(r["phase"], r["step"]) for r in recs[:-1]] == [("canary", -1), ("canary", 0), ("canary", 1), ("canary", 2), ("promoting", 2)]
    assert recs[-1] is None and len({r["id"] for r in recs[:-1]}) == 1
    assert recs[0]["previous"] == {"canary_enabled": False, "canary_weight": 0, "canary_path": None, "canary_image": None, "stable_path": "models"}
    # the offline policy check runs before every up, over the file the up deploys, with the env's policy config
    assert [e[0] for e in log if e[0] in ("policy", "up")] == ["policy", "up"] * 6
    assert all(call[1] == [str(REPO_ROOT / "policy")] for call in stack.calls if call[0] == "up")
    assert {tuple(call[2]) for call in stack.calls if call[0] == "up"} == {tuple(str(p) for p in [PROJECT.policy_config_file("dev")] if p)}
    assert [s.status for s in report.steps] == ["passed", "passed", "passed"]
    # each step observed for the bake time, no longer: the waits are bounded and exact
    assert sum(clock.slept) == pytest.approx(3 * 60)


def test_the_checkout_is_never_written():
    before = (REPO_ROOT / "stacks" / "Pulumi.dev.yaml").read_bytes()
    rollout, plan, *_ = make()
    rollout.start(plan)
    assert (REPO_ROOT / "stacks" / "Pulumi.dev.yaml").read_bytes() == before


def test_a_failed_error_rate_gate_stops_and_rolls_back_in_two_updates():
    bad = WindowStats(requests=400, errors=40, p99_ms=100.0, mean_ms=30.0)
    rollout, plan, stack, log, clock, policy = make(source=FakeSource(HEALTHY, bad))
    report = rollout.start(plan)

    assert report.outcome == "rolled_back" and not report.succeeded
    assert "error rate 10.00% > 1.00%" in report.reason
    assert [s.status for s in report.steps] == ["passed", "failed", "pending"]
    ups = deployed(log)
    assert [canary(c) for c in ups] == [
        (True, 0, "models/v2"),
        (True, 10, "models/v2"),
        (True, 50, "models/v2"),
        (True, 0, "models/v2"),  # rollback 1: traffic back on stable at once
        (False, 0, None),  # rollback 2: the canary's previous state
    ]
    assert all(c["stable"]["modelRepositoryPath"] == "models" for c in ups)  # never promoted
    assert stack.triton() == DEV_TRITON  # the settings are exactly what they were
    assert records(log)[3]["phase"] == "rolling_back" and "error rate" in records(log)[3]["reason"]
    assert stack.record() is None
    assert report.rollback == {"ok": True, "restored": ["weight", "canary"]}
    # rollback restores a deployed configuration: no offline check in front of its ups
    assert policy.calls == 3


def test_a_p99_latency_breach_fails_the_gate():
    slow = WindowStats(requests=400, errors=0, p99_ms=2500.0, mean_ms=900.0)
    rollout, plan, stack, *_ = make(source=FakeSource(slow))
    report = rollout.start(plan)
    assert report.outcome == "rolled_back"
    assert "p99 latency 2500.0 ms > 1000.0 ms" in report.reason
    assert [s.status for s in report.steps] == ["failed", "pending", "pending"]
    assert stack.triton() == DEV_TRITON


def test_too_little_traffic_waits_bounded_then_fails_closed():
    thin = WindowStats(requests=3, errors=0, p99_ms=50.0, mean_ms=10.0)
    rollout, plan, stack, log, clock, _ = make(source=FakeSource(thin), bake_s=60, max_wait_s=300, poll_s=30)
    report = rollout.start(plan)
    assert report.outcome == "rolled_back"
    assert "only 3 request(s) observed; at least 20 needed" in report.reason
    # bake 60 s, then re-measured every 30 s until the 300 s bound: never longer
    assert sum(clock.slept) == pytest.approx(300)
    assert rollout.source.measures == 1 + (300 - 60) // 30
    # the metrics were sampled inside the window (the summary p99 is read from every sample)
    assert rollout.source.samples > 0
    assert stack.triton() == DEV_TRITON


def test_a_window_without_requests_never_passes_even_with_min_requests_zero():
    empty = WindowStats(requests=0, errors=0, p99_ms=None, mean_ms=None)
    rollout, plan, stack, *_ = make(source=FakeSource(empty), thresholds=GateThresholds(min_requests=0), max_wait_s=60)
    report = rollout.start(plan)
    assert report.outcome == "rolled_back"
    assert "only 0 request(s) observed; at least 1 needed" in report.reason


def test_traffic_arriving_late_is_judged_once_there_is_enough():
    thin = WindowStats(requests=5, errors=0, p99_ms=50.0, mean_ms=10.0)
    rollout, plan, *_ = make(source=FakeSource(thin, thin, HEALTHY), steps=(100,))
    report = rollout.start(plan)
    assert report.outcome == "promoted"
    assert report.steps[0].gate.stats.requests == 500


def test_an_unreachable_metrics_source_is_a_failed_gate():
    rollout, plan, stack, *_ = make(source=FakeSource(MetricsUnavailable("http://prom:9090: ConnectionError")))
    report = rollout.start(plan)
    assert report.outcome == "rolled_back"
    assert "metrics unavailable" in report.reason and "ConnectionError" in report.reason
    assert stack.triton() == DEV_TRITON


def test_a_failed_up_mid_rollout_rolls_back():
    rollout, plan, stack, log, *_ = make(fail_up_at=(3,))  # ups: 0 %, 10 %, 50 % <- fails
    report = rollout.start(plan)
    assert report.outcome == "rolled_back"
    assert [s.status for s in report.steps] == ["passed", "error", "pending"]
    assert "up at 50% failed" in report.steps[1].error
    assert canary(deployed(log)[-1]) == (False, 0, None)
    assert stack.triton() == DEV_TRITON


def test_policy_refusal_before_the_first_update_changes_nothing():
    refused = PolicyVerdict(False, [{"policy": "triton-gpu-limits", "enforcementLevel": "mandatory", "urn": "u"}], 12)
    rollout, plan, stack, log, *_ = make(policy=FakePolicy([refused]))
    report = rollout.start(plan)
    assert report.outcome == "not_started" and not report.succeeded
    assert "up refused" in report.reason and "triton-gpu-limits" in report.reason and "nothing was changed" in report.reason
    assert all(s.status == "pending" for s in report.steps)
    assert stack.ups == 0 and stack.updates == []


def test_a_locked_stack_at_the_start_changes_nothing():
    rollout, plan, stack, log, *_ = make(locked_up_at=(1,))
    report = rollout.start(plan)
    assert report.outcome == "not_started"
    assert "is locked by another update" in report.reason and "pulumi cancel --stack dev --yes" in report.reason
    assert stack.updates == []


def test_a_lock_during_a_step_is_waited_for_then_the_step_runs():
    rollout, plan, stack, log, clock, _ = make(locked_up_at=(3, 4), steps=(10, 100))
    report = rollout.start(plan)
    assert report.outcome == "promoted"
    assert stack.ups == 7  # 0 %, 10 %, 100 % tried three times (two locked), promote, canary off
    assert clock.slept.count(5.0) == 2  # retried every LOCK_POLL_S


def test_a_failing_rollback_is_reported_with_what_to_run():
    bad = WindowStats(requests=400, errors=200, p99_ms=100.0, mean_ms=30.0)
    rollout, plan, stack, log, *_ = make(source=FakeSource(bad), fail_up_at=(3,))  # up 3 = rollback's first
    report = rollout.start(plan)
    assert report.outcome == "rollback_failed"
    assert report.rollback["ok"] is False and report.rollback["restored"] == []
    assert report.next_step == "loom rollout --env dev --abort"
    err = RolloutFailed(report)
    assert err.exit_code == 1 and "rollback failed" in str(err) and "--abort" in str(err)


def test_a_rollback_that_stays_locked_says_to_run_pulumi_cancel():
    bad = WindowStats(requests=400, errors=200, p99_ms=100.0, mean_ms=30.0)
    rollout, plan, stack, log, clock, _ = make(source=FakeSource(bad), locked_up_at=range(3, 100), lock_wait_s=20)
    report = rollout.start(plan)
    assert report.outcome == "rollback_failed"
    assert report.next_step == "pulumi cancel --stack dev --yes (only if no update is running), then loom rollout --env dev --abort"
    assert clock.slept[-4:] == [5.0, 5.0, 5.0, 5.0]  # waited lock_wait_s for the lock, in LOCK_POLL_S steps


def test_interrupt_while_observing_rolls_back_and_reports_it():
    rollout, plan, stack, log, *_ = make(source=FakeSource(HEALTHY, KeyboardInterrupt()))
    report = rollout.start(plan)
    assert report.interrupted and report.outcome == "rolled_back" and report.reason == "interrupted"
    assert canary(deployed(log)[-1]) == (False, 0, None)
    assert stack.triton() == DEV_TRITON


def test_no_promote_leaves_the_version_on_the_canary_and_ends_the_record():
    rollout, plan, stack, log, *_ = make(promote=False, steps=(25, 100))
    report = rollout.start(plan)
    assert report.outcome == "completed"
    assert canary(stack.triton()) == (True, 100, "models/v2")
    assert stack.triton()["stable"]["modelRepositoryPath"] == "models"
    assert stack.record() is None


def test_previous_canary_state_and_image_are_restored_exactly():
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 0, "modelRepositoryPath": "models-old"}
    bad = WindowStats(requests=400, errors=400, p99_ms=1.0, mean_ms=1.0)
    image = "nvcr.io/nvidia/tritonserver:25.11-py3@sha256:" + "9" * 64
    rollout, plan, stack, log, *_ = make(deployed=triton, source=FakeSource(bad), image=image)
    rollout.start(plan)
    assert deployed(log)[0]["canary"]["image"] == image
    assert stack.triton() == triton  # image removed again, the old candidate path back


def test_only_the_rollout_owned_settings_come_from_the_stack():
    """Everything else is the checkout's: a replica count changed in git since the last update wins."""
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 0, "modelRepositoryPath": "models-old", "replicas": 7}
    triton["stable"]["replicas"] = 9
    rollout, plan, stack, log, *_ = make(deployed=triton, steps=(100,))
    rollout.start(plan)
    final = stack.triton()
    assert final["canary"] == {"enabled": True, "weight": 0, "modelRepositoryPath": "models-old"}  # replicas: the checkout's
    assert final["stable"] == {**DEV_TRITON["stable"], "modelRepositoryPath": "models/v2"}


def test_the_deployed_settings_come_from_the_stack_not_the_checkout():
    """A promotion is kept by the next rollout: it starts from the stack's last update."""
    triton = copy.deepcopy(DEV_TRITON)
    triton["stable"]["modelRepositoryPath"] = "models/v2"
    rollout, plan, stack, log, *_ = make(deployed=triton, version="models/v3", steps=(100,))
    report = rollout.start(plan)
    assert report.previous.stable_path == "models/v2"
    assert stack.triton()["stable"]["modelRepositoryPath"] == "models/v3"


def test_preflight_refuses_a_canary_taking_traffic_without_touching_the_stack():
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 10, "modelRepositoryPath": "models-candidate"}
    rollout, plan, stack, log, *_ = make(deployed=triton)
    with pytest.raises(LoomError, match="canary.weight is 10 on dev and no rollout is recorded: .* `loom rollout --env dev --abort` sets it back"):
        rollout.start(plan)
    assert [e for e in log if e[0] in ("policy", "up")] == []


def test_abort_without_a_record_brings_a_canary_taking_traffic_back_to_rest():
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 10, "modelRepositoryPath": "models-candidate"}
    triton["stable"]["modelRepositoryPath"] = "models/v2"
    rollout, plan, stack, log, *_ = make(deployed=triton)
    report = rollout.abort()
    assert report.outcome == "aborted"
    assert [canary(c) for c in deployed(log)] == [(True, 0, "models-candidate"), (False, 0, None)]
    assert stack.triton()["stable"]["modelRepositoryPath"] == "models/v2" and stack.record() is None


def test_preflight_refuses_the_version_that_is_already_stable():
    rollout, plan, stack, log, *_ = make(version="models")
    with pytest.raises(LoomError, match="already the stable track"):
        rollout.start(plan)
    assert [e for e in log if e[0] in ("policy", "up")] == []


def test_a_history_that_cannot_be_read_stops_before_any_change():
    log: list = []
    stack = FakeStack("dev", log)
    stack.history_error = "blob (key .pulumi/history/...) AccessDenied"
    rollout, plan, *_ = make(stack=stack, log=log)
    with pytest.raises(LoomError, match="could not read the update history of stack 'dev': blob .* AccessDenied") as err:
        rollout.start(plan)
    assert err.value.exit_code == 1
    assert stack.ups == 0 and [e for e in log if e[0] == "policy"] == []


def test_a_record_that_does_not_parse_stops_before_any_change():
    config = {**PROJECT.stack_settings("dev"), RECORD_KEY: {"id": "x", "phase": "sideways"}}
    log: list = []
    stack = FakeStack("dev", log, deployed=config)
    rollout, plan, *_ = make(stack=stack, log=log)
    with pytest.raises(LoomError, match="loom-rollout:record of update 1 .* is not a rollout record"):
        rollout.start(plan)
    assert stack.ups == 0


# -- a crash at every point, then --resume or --abort -----------------------------------------------

def crashing_after(n_ups: int, **kw):
    """A rollout whose process dies right after its `n_ups`-th update completed."""
    log: list = []
    stack = FakeStack("dev", log)

    def die(n):
        if n == n_ups:
            raise Crash()

    stack.after_up = die
    rollout, plan, *_ = make(stack=stack, log=log, steps=(50, 100), **kw)
    with pytest.raises(Crash):
        rollout.start(plan)
    stack.after_up = lambda n: None
    return stack, log


@pytest.mark.parametrize("crash_after", [1, 2, 3, 4])
def test_a_rerun_after_a_crash_refuses_and_names_resume_and_abort(crash_after):
    stack, log = crashing_after(crash_after)
    again, plan, *_ = make(stack=stack, log=log, steps=(50, 100))
    with pytest.raises(RolloutInProgress, match=r"is recorded on dev; continue it with `loom rollout --env dev --resume` or roll it back with `--abort`"):
        again.start(plan)


@pytest.mark.parametrize("crash_after", [1, 2, 3, 4])
def test_resume_after_a_crash_at_each_step_finishes_the_rollout(crash_after):
    """Steps (50, 100) make five updates: 0 %, 50 %, 100 %, promote, canary off."""
    stack, log = crashing_after(crash_after)
    ups_before = stack.ups
    resumed, *_ = make(stack=stack, log=log, steps=(50, 100))
    report = resumed.resume()
    assert report.outcome == "promoted" and report.action == "resume"
    assert stack.triton()["stable"]["modelRepositoryPath"] == "models/v2"
    assert canary(stack.triton()) == (False, 0, None) and stack.record() is None
    # the recorded update is made again (the crash may have cut it short), then the rest
    assert stack.ups - ups_before == 6 - crash_after
    recs = records(log)
    assert {r["id"] for r in recs[:-1]} == {recs[0]["id"]}  # one rollout, resumed: the same record throughout


@pytest.mark.parametrize("crash_after", [1, 2, 3, 4])
def test_abort_after_a_crash_at_each_step_returns_to_the_settings_before_the_rollout(crash_after):
    stack, log = crashing_after(crash_after)
    aborted, *_ = make(stack=stack, log=log, steps=(50, 100))
    report = aborted.abort()
    assert report.outcome == "aborted" and report.succeeded
    assert stack.triton() == DEV_TRITON and stack.record() is None


def test_resume_of_a_crashed_rollback_finishes_the_rollback():
    bad = WindowStats(requests=400, errors=200, p99_ms=100.0, mean_ms=30.0)
    log: list = []
    stack = FakeStack("dev", log)

    def die(n):
        if n == 3:  # right after the rollback's first update
            raise Crash()

    stack.after_up = die
    rollout, plan, *_ = make(stack=stack, log=log, steps=(50, 100), source=FakeSource(bad))
    with pytest.raises(Crash):
        rollout.start(plan)
    stack.after_up = lambda n: None
    assert stack.record()["phase"] == "rolling_back"
    resumed, *_ = make(stack=stack, log=log, steps=(50, 100))
    report = resumed.resume()
    assert report.outcome == "rolled_back" and "error rate" in report.reason
    assert stack.triton() == DEV_TRITON and stack.record() is None


def test_resume_and_abort_without_a_record_say_so():
    rollout, *_ = make()
    with pytest.raises(LoomError, match="no rollout is recorded on dev .*: nothing to resume"):
        rollout.resume()
    with pytest.raises(LoomError, match="nothing to abort"):
        rollout.abort()


def test_resume_refuses_another_version_than_the_recorded_one():
    stack, log = crashing_after(2)
    resumed, *_ = make(stack=stack, log=log)
    with pytest.raises(LoomError, match="--version 'models/v9': the recorded rollout moves 'models/v2'"):
        resumed.resume(version="models/v9")


def test_a_rollout_aborted_elsewhere_stops_this_one_without_fighting():
    """While this process observes, an operator runs `--abort` from another machine."""
    log: list = []
    stack = FakeStack("dev", log)

    def abort_elsewhere():
        other, *_ = make(stack=stack, log=log, steps=(50, 100))
        other.abort()
        return HEALTHY

    rollout, plan, *_ = make(stack=stack, log=log, steps=(50, 100), source=FakeSource(abort_elsewhere))
    report = rollout.start(plan)
    assert report.outcome == "stopped" and "recorded rollout changed while this one ran" in report.reason
    assert stack.triton() == DEV_TRITON and stack.record() is None  # the abort stands


# -- any other exception, at every point: rolled back, then one clear line ---------------------------

UPS = ["canary at 0%", "canary at 10%", "canary at 50%", "canary at 100%", "promote to stable", "canary off"]
"""The updates of a (10, 50, 100) rollout, in order (test_happy_path_sets_each_weight... checks them)."""


def raising_at_up(stack, n: int, exc: BaseException, *, after: bool) -> None:
    """The stack's `n`-th `up` raises `exc`: before the update (nothing changed) or after it (changed)."""
    if after:
        def die(k):
            if k == n:
                raise exc

        stack.after_up = die
        return
    real = stack.up

    def up(**kw):
        if stack.ups + 1 == n:
            stack.ups += 1
            raise exc
        return real(**kw)

    stack.up = up


@pytest.mark.parametrize("after", [True, False], ids=["after-the-update", "before-the-update"])
@pytest.mark.parametrize("n", range(1, len(UPS) + 1), ids=UPS)
def test_any_exception_at_each_update_rolls_back_then_raises_one_line(n, after):
    log: list = []
    stack = FakeStack("dev", log)
    raising_at_up(stack, n, ValueError(f"boom\nat update {n}"), after=after)
    rollout, plan, *_ = make(stack=stack, log=log)

    with pytest.raises(RolloutFailed) as failed:
        rollout.start(plan)

    # the rollback ran: its two updates, traffic back on stable first, then exactly the settings before
    ups = deployed(log)
    rollback = ups[-2:]
    assert [canary(c)[:2] for c in rollback] == [(True, 0), (False, 0)]
    assert stack.triton() == DEV_TRITON and stack.record() is None
    assert records(log)[-2]["phase"] == "rolling_back" and "ValueError: boom at update" in records(log)[-2]["reason"]
    # and the error propagates: one line naming it, the report attached, the original as its cause
    err = failed.value
    assert str(err) == f"rollout of models/v2 on dev: rolled back: unexpected error: ValueError: boom at update {n}"
    assert "\n" not in str(err) and err.exit_code == 1
    assert err.report.outcome == "rolled_back" and err.report.rollback == {"ok": True, "restored": ["weight", "canary"]}
    assert isinstance(err.__cause__, ValueError)


def test_any_exception_while_observing_rolls_back_then_raises_one_line():
    rollout, plan, stack, log, *_ = make(source=FakeSource(HEALTHY, ZeroDivisionError("division by zero")))
    with pytest.raises(RolloutFailed, match=r"rolled back: unexpected error: ZeroDivisionError: division by zero$") as failed:
        rollout.start(plan)
    assert [canary(c) for c in deployed(log)] == [
        (True, 0, "models/v2"), (True, 10, "models/v2"), (True, 50, "models/v2"),  # 10 % passed, 50 % was observed
        (True, 0, "models/v2"), (False, 0, None),  # rollback
    ]
    assert stack.triton() == DEV_TRITON
    assert [s.status for s in failed.value.report.steps] == ["passed", "pending", "pending"]


def test_any_exception_in_a_progress_callback_rolls_back():
    rollout, plan, stack, log, *_ = make()

    def on_step(record):
        raise TypeError("the caller's callback is broken")

    rollout.on_step = on_step
    with pytest.raises(RolloutFailed, match="TypeError: the caller's callback is broken"):
        rollout.start(plan)
    assert stack.triton() == DEV_TRITON and stack.record() is None


def test_any_exception_during_the_rollback_is_reported_with_what_to_run():
    bad = WindowStats(requests=400, errors=200, p99_ms=100.0, mean_ms=30.0)
    log: list = []
    stack = FakeStack("dev", log)
    raising_at_up(stack, 3, OSError("disk full"), after=False)  # ups: 0 %, 10 % (gate fails), rollback's first
    rollout, plan, *_ = make(stack=stack, log=log, source=FakeSource(bad))
    report = rollout.start(plan)
    assert report.outcome == "rollback_failed"
    assert report.rollback == {"ok": False, "restored": [], "error": "unexpected error: OSError: disk full"}
    assert report.next_step == "loom rollout --env dev --abort"
    # the stack still carries the record, so --abort (here, once the disk has room) finishes it
    stack.up = FakeStack.up.__get__(stack)
    again, *_ = make(stack=stack, log=log)
    assert again.abort().outcome == "aborted" and stack.triton() == DEV_TRITON


def test_a_process_crash_is_not_caught():
    """Not every BaseException is an error to roll back: a dying process (Crash) runs no rollback;
    the record on the stack lets --resume or --abort finish (the crash tests below)."""
    stack, log = crashing_after(2)
    assert stack.record()["phase"] == "canary" and stack.ups == 2


@pytest.mark.parametrize(
    "text, ok",
    [("10,50,100", (10, 50, 100)), ("100", (100,)), (" 5, 20 ,100", (5, 20, 100)), ("50,10", None), ("0,50", None), ("10,101", None), ("a,b", None), ("", None), ("10,10", None)],
)
def test_parse_steps(text, ok):
    if ok is None:
        with pytest.raises(LoomError, match="--steps"):
            parse_steps(text)
    else:
        assert parse_steps(text) == ok


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"version": "3"}, "not a bare number"),
        ({"version": "../etc"}, "model repository prefix"),
        ({"version": "models/v2", "image": "nvcr.io/nvidia/tritonserver:25.11-py3"}, "pinned by digest"),
    ],
)
def test_plan_rejects_bad_input_with_the_option_name(kw, message):
    with pytest.raises(LoomError, match=message):
        RolloutPlan(env="dev", model="generator", **kw)


@pytest.mark.parametrize("kw, message", [({"bake_s": 0}, "--bake"), ({"bake_s": 120, "max_wait_s": 60}, "--max-wait")])
def test_observation_rejects_bad_input_with_the_option_name(kw, message):
    with pytest.raises(LoomError, match=message):
        Observation(**kw)


def test_report_json_shape():
    rollout, plan, *_ = make(steps=(100,))
    data = rollout.start(plan).to_dict()
    assert data["ok"] is True and data["outcome"] == "promoted" and data["version"] == "models/v2" and data["stack"] == "dev"
    assert data["previous"]["stable_model_repository_path"] == "models"
    assert data["steps"][0]["gate"]["stats"]["requests"] == 500
    assert data["steps"][0]["gate"]["passed"] is True
    assert data["rollout_id"] and data["action"] == "start"


def test_thresholds_validate():
    with pytest.raises(ValueError, match="max_error_rate"):
        GateThresholds(max_error_rate=1.5)


@pytest.mark.parametrize("env", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_every_shipped_stack_starts_at_rest_so_the_documented_rollout_can_start(env):
    """`loom rollout --env ENV ...` on a stack deployed from the shipped settings: no canary traffic and no canary pod
    (onprem shipped one enabled at weight 0 on models-candidate, holding a GPU idle)."""
    log: list = []
    stack = FakeStack(env, log)
    clock = FakeClock()
    ops = StackOps(FakeWorkspace(stack), policy_check=FakePolicy(log=log), clock=clock)
    rollout = Rollout(ops, env, source_for=lambda model: FakeSource(HEALTHY), observation=Observation(bake_s=1, max_wait_s=1, poll_s=1), clock=clock)
    canary = PROJECT.stack_settings(env)["loom:triton"]["canary"]
    # At rest: no traffic, and no canary pod holding a GPU (or CPU) idle until a rollout starts one.
    assert canary["weight"] == 0 and canary["enabled"] is False, canary
    report = rollout.start(RolloutPlan(env=env, model="generator", version="models/v3", steps=(100,)))
    assert report.outcome == "promoted"
