"""The rollout's orchestration against a fake workspace: what is set, in what order, when it stops,
and that a failed gate (or up, or metrics source) rolls back to the exact previous configuration."""

from __future__ import annotations

import copy

import pytest

from loom.automation.gates import GateThresholds, MetricsUnavailable
from loom.automation.metrics import WindowStats
from loom.automation.operations import StackOps
from loom.automation.policy import PolicyVerdict
from loom.automation.rollout import Rollout, RolloutFailed, RolloutPlan, parse_steps
from loom.errors import LoomError

from tests.automation.fakes import HEALTHY, FakeClock, FakePolicy, FakeSource, FakeStack, FakeWorkspace

DEV_TRITON = {
    "image": "nvcr.io/nvidia/tritonserver:25.10-py3@sha256:" + "8" * 64,
    "models": ["embedder", "generator", "rag", "output_guard"],
    "stable": {"modelRepositoryPath": "models", "replicas": 1, "maxReplicas": 2},
    "canary": {"enabled": False, "weight": 0},
}


def make(triton=None, *, source=None, fail_up_at=(), policy=None, **plan_kw):
    log: list = []
    stack = FakeStack("dev", {"loom:triton": copy.deepcopy(triton or DEV_TRITON)}, log, fail_up_at=fail_up_at)
    policy = policy or FakePolicy(log=log)
    ops = StackOps(FakeWorkspace(stack), policy_check=policy)
    plan_args = dict(env="dev", model="generator", version="models/v2", bake_s=60, max_wait_s=300, poll_s=30)
    plan_args.update(plan_kw)
    clock = FakeClock()
    rollout = Rollout(ops, source or FakeSource(HEALTHY), RolloutPlan(**plan_args), clock=clock)
    return rollout, stack, log, clock, policy


def deployed(log):
    """The `loom:triton` config each `up` deployed, in order."""
    return [entry[1] for entry in log if entry[0] == "up"]


def canary(cfg):
    return (cfg["canary"].get("enabled"), cfg["canary"].get("weight"), cfg["canary"].get("modelRepositoryPath"))


def test_happy_path_sets_each_weight_then_promotes_and_switches_the_canary_off():
    rollout, stack, log, clock, policy = make()
    report = rollout.run()

    assert report.outcome == "promoted" and report.succeeded
    ups = deployed(log)
    assert [canary(c) for c in ups] == [
        (True, 0, "models/v2"),  # the candidate loads with no traffic
        (True, 10, "models/v2"),
        (True, 50, "models/v2"),
        (True, 100, "models/v2"),
        (True, 100, "models/v2"),  # promote: stable loads the version while the canary serves
        (False, 0, None),  # then the canary goes back to 0 % and off
    ]
    assert [c["stable"]["modelRepositoryPath"] for c in ups] == ["models"] * 4 + ["models/v2"] * 2
    # weights are stored as numbers and enabled as booleans, as `pulumi config set --path` does
    assert isinstance(ups[1]["canary"]["weight"], int) and ups[1]["canary"]["enabled"] is True
    # the offline policy check runs before every up, and the pack is attached to every up
    assert [e[0] for e in log if e[0] in ("policy", "up")] == ["policy", "up"] * 6
    assert all(call[1] == [str(stack_root(rollout) / "policy")] for call in stack.calls if call[0] == "up")
    assert [s.status for s in report.steps] == ["passed", "passed", "passed"]
    # each step observed for the bake time, no longer: the waits are bounded and exact
    assert sum(clock.slept) == pytest.approx(3 * 60)


def stack_root(rollout):
    return rollout.ops.project.root


def test_a_failed_error_rate_gate_stops_and_rolls_back_in_two_updates():
    bad = WindowStats(requests=400, errors=40, p99_ms=100.0, mean_ms=30.0)
    rollout, stack, log, clock, policy = make(source=FakeSource(HEALTHY, bad))
    report = rollout.run()

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
    assert report.rollback == {"ok": True, "restored": ["weight", "canary"]}
    # rollback restores a deployed configuration: no offline check in front of its ups
    assert policy.calls == 3


def test_a_p99_latency_breach_fails_the_gate():
    slow = WindowStats(requests=400, errors=0, p99_ms=2500.0, mean_ms=900.0)
    rollout, stack, log, *_ = make(source=FakeSource(slow))
    report = rollout.run()
    assert report.outcome == "rolled_back"
    assert "p99 latency 2500.0 ms > 1000.0 ms" in report.reason
    assert [s.status for s in report.steps] == ["failed", "pending", "pending"]
    assert stack.triton() == DEV_TRITON


def test_too_little_traffic_waits_bounded_then_fails_closed():
    thin = WindowStats(requests=3, errors=0, p99_ms=50.0, mean_ms=10.0)
    rollout, stack, log, clock, _ = make(source=FakeSource(thin), bake_s=60, max_wait_s=300, poll_s=30)
    report = rollout.run()
    assert report.outcome == "rolled_back"
    assert "only 3 request(s) observed; at least 20 needed" in report.reason
    # bake 60 s, then re-measured every 30 s until the 300 s bound: never longer
    assert sum(clock.slept) == pytest.approx(300)
    assert rollout.source.measures == 1 + (300 - 60) // 30
    assert stack.triton() == DEV_TRITON


def test_traffic_arriving_late_is_judged_once_there_is_enough():
    thin = WindowStats(requests=5, errors=0, p99_ms=50.0, mean_ms=10.0)
    rollout, *_ , clock, _ = make(source=FakeSource(thin, thin, HEALTHY), steps=(100,))
    report = rollout.run()
    assert report.outcome == "promoted"
    assert report.steps[0].gate.stats.requests == 500


def test_an_unreachable_metrics_source_is_a_failed_gate():
    rollout, stack, *_ = make(source=FakeSource(MetricsUnavailable("http://prom:9090: ConnectionError")))
    report = rollout.run()
    assert report.outcome == "rolled_back"
    assert "metrics unavailable" in report.reason and "ConnectionError" in report.reason
    assert stack.triton() == DEV_TRITON


def test_a_failed_up_mid_rollout_rolls_back():
    rollout, stack, log, *_ = make(fail_up_at=(3,))  # ups: 0 %, 10 %, 50 % <- fails
    report = rollout.run()
    assert report.outcome == "rolled_back"
    assert [s.status for s in report.steps] == ["passed", "error", "pending"]
    assert "up at 50% failed" in report.steps[1].error
    assert canary(deployed(log)[-1]) == (False, 0, None)
    assert stack.triton() == DEV_TRITON


def test_policy_refusal_before_the_first_step_restores_the_settings():
    refused = PolicyVerdict(False, [{"policy": "triton-gpu-limits", "enforcementLevel": "mandatory", "urn": "u"}], 12)
    rollout, stack, log, *_ = make(policy=FakePolicy([refused]))
    report = rollout.run()
    assert report.outcome == "rolled_back"
    assert "up refused" in report.reason and "triton-gpu-limits" in report.reason
    assert all(s.status == "pending" for s in report.steps)
    assert stack.triton() == DEV_TRITON


def test_a_failing_rollback_is_reported_as_such():
    bad = WindowStats(requests=400, errors=200, p99_ms=100.0, mean_ms=30.0)
    rollout, stack, log, *_ = make(source=FakeSource(bad), fail_up_at=(3,))  # up 3 = rollback's first
    report = rollout.run()
    assert report.outcome == "rollback_failed"
    assert report.rollback["ok"] is False and report.rollback["restored"] == []
    err = RolloutFailed(report)
    assert err.exit_code == 1 and "rollback failed" in str(err)


def test_interrupt_rolls_back_then_propagates():
    rollout, stack, log, *_ = make(source=FakeSource(HEALTHY, KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        rollout.run()
    assert canary(deployed(log)[-1]) == (False, 0, None)
    assert stack.triton() == DEV_TRITON


def test_no_promote_leaves_the_version_on_the_canary():
    rollout, stack, log, *_ = make(promote=False, steps=(25, 100))
    report = rollout.run()
    assert report.outcome == "completed"
    assert canary(stack.triton()) == (True, 100, "models/v2")
    assert stack.triton()["stable"]["modelRepositoryPath"] == "models"


def test_previous_canary_state_and_image_are_restored_exactly():
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 0, "modelRepositoryPath": "models-old", "replicas": 1}
    bad = WindowStats(requests=400, errors=400, p99_ms=1.0, mean_ms=1.0)
    image = "nvcr.io/nvidia/tritonserver:25.11-py3@sha256:" + "9" * 64
    rollout, stack, log, *_ = make(triton, source=FakeSource(bad), image=image)
    rollout.run()
    assert deployed(log)[0]["canary"]["image"] == image
    assert stack.triton() == triton  # image removed again, the old candidate path back


def test_preflight_refuses_a_rollout_in_progress_without_touching_the_stack():
    triton = copy.deepcopy(DEV_TRITON)
    triton["canary"] = {"enabled": True, "weight": 10, "modelRepositoryPath": "models-candidate"}
    rollout, stack, log, *_ = make(triton)
    with pytest.raises(LoomError, match="canary.weight is 10 on dev: a rollout is already in progress"):
        rollout.run()
    assert [e for e in log if e[0] in ("set", "up")] == []


def test_preflight_refuses_the_version_that_is_already_stable():
    rollout, stack, log, *_ = make(version="models")
    with pytest.raises(LoomError, match="already the stable track"):
        rollout.run()
    assert log == []


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
        ({"version": "models/v2", "bake_s": 0}, "--bake"),
        ({"version": "models/v2", "image": "nvcr.io/nvidia/tritonserver:25.11-py3"}, "pinned by digest"),
        ({"version": "models/v2", "bake_s": 120, "max_wait_s": 60}, "--max-wait"),
    ],
)
def test_plan_rejects_bad_input_with_the_option_name(kw, message):
    with pytest.raises(LoomError, match=message):
        RolloutPlan(env="dev", model="generator", **kw)


def test_report_json_shape():
    rollout, *_ = make(steps=(100,))
    data = rollout.run().to_dict()
    assert data["outcome"] == "promoted" and data["version"] == "models/v2" and data["stack"] == "dev"
    assert data["previous"]["stable_model_repository_path"] == "models"
    assert data["steps"][0]["gate"]["stats"]["requests"] == 500
    assert data["steps"][0]["gate"]["passed"] is True


def test_thresholds_validate():
    with pytest.raises(ValueError, match="max_error_rate"):
        GateThresholds(max_error_rate=1.5)
