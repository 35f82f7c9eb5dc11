"""`loom stack ...` and `loom rollout` through the real CLI entry point, with the workspace faked
in memory and, for the rollout, a real HTTP server serving real Triton metrics. The same commands
against the recording stand-in for the Pulumi CLI: test_stand_in.py."""

from __future__ import annotations

import json

import pytest

from loom.automation.operations import StackOps
from loom.automation.policy import PolicyVerdict
from loom.cli import main

from tests.automation.fakes import DATA, FakePolicy, FakeStack, FakeWorkspace
from tests.automation.test_rollout import DEV_TRITON
from tests.automation.triton_metrics_server import MetricsHTTPServer


def run(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def fake_ops(monkeypatch, tmp_path):
    """Replace the Pulumi workspace under the commands with a fake one; returns the fake pieces."""
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    log: list = []
    stack = FakeStack("dev", log)
    state = {"stack": stack, "log": log, "policy": FakePolicy(log=log)}

    def ops(progress, org, *, show_secrets=False):
        return StackOps(
            FakeWorkspace(stack),
            policy_check=state["policy"],
            org=org,
            streams=progress.streams(),
            notify=progress.notify,
            show_secrets=show_secrets,
        )

    monkeypatch.setattr("loom.commands.stack._ops", ops)
    return state


def test_unknown_env_is_exit_2_with_one_line(capsys):
    code, out, err = run(["stack", "up", "--env", "prod", "--yes"], capsys)
    assert code == 2
    assert err.startswith("error: --env 'prod': no stack settings file stacks/Pulumi.prod.yaml; known environments:")
    assert "Traceback" not in err


def test_missing_pulumi_cli_is_a_clear_error(capsys, monkeypatch):
    monkeypatch.setattr("loom.automation.workspace.shutil.which", lambda name: None)
    code, out, err = run(["stack", "preview", "--env", "dev"], capsys)
    assert code == 2 and "the Pulumi CLI is not on PATH" in err and "loom policy check" in err


def test_up_json_reports_changes_and_outputs_file(capsys, fake_ops, tmp_path):
    code, out, err = run(["stack", "up", "--env", "dev", "--yes", "--json"], capsys)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["ok"] is True and doc["operation"] == "up" and doc["stack"] == "dev"
    assert doc["changes"] == {"update": 1, "same": 5}
    assert doc["outputs"]["mesh"]["namespace"] == "loom-serving"
    assert doc["outputs_file"] == str(tmp_path / "stacks" / "dev" / "outputs.json")
    assert json.loads((tmp_path / "stacks" / "dev" / "outputs.json").read_text())["contract_version"] == "1.0"
    assert "policy check" in err  # progress goes to stderr, the JSON alone to stdout


def test_up_refused_by_policy_exits_1_with_a_json_error(capsys, fake_ops):
    fake_ops["policy"].verdicts = [PolicyVerdict(False, [{"policy": "no-static-credentials", "enforcementLevel": "mandatory"}], 9)]
    code, out, err = run(["stack", "up", "--env", "dev", "--yes", "--json"], capsys)
    assert code == 1
    doc = json.loads(out)
    assert doc["ok"] is False and "no-static-credentials" in doc["error"]
    assert "error: up refused for 'dev'" in err
    assert fake_ops["stack"].ups == 0


def test_up_without_yes_in_ci_refuses(capsys, fake_ops):
    code, out, err = run(["stack", "up", "--env", "dev"], capsys)
    assert code == 2 and "without --yes in a non-interactive session" in err
    assert fake_ops["stack"].ups == 0


def test_destroy_and_outputs(capsys, fake_ops):
    code, out, err = run(["stack", "destroy", "--env", "dev", "--yes", "--exclude-protected", "--json"], capsys)
    assert code == 0 and json.loads(out)["changes"] == {"delete": 9}
    assert fake_ops["stack"].calls[-1] == ("destroy", True)
    code, out, err = run(["stack", "outputs", "--env", "dev", "--json"], capsys)
    assert code == 0 and json.loads(out)["outputs"]["inference"]["models"]["guard"] == "output_guard"


def test_refresh_and_preview_options(capsys, fake_ops):
    code, out, err = run(["stack", "refresh", "--env", "dev", "--yes", "--expect-no-changes", "--json"], capsys)
    assert code == 0 and json.loads(out)["operation"] == "refresh"
    assert fake_ops["stack"].calls[-1] == ("refresh", True)
    code, out, err = run(["stack", "refresh", "--env", "dev"], capsys)
    assert code == 2 and "refusing to refresh 'dev' without --yes" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["stack", "outputs", "--env", "prod", "--json"], "--env 'prod': no stack settings file"),
        (["stack", "preview", "--env", "prod", "--json"], "--env 'prod': no stack settings file"),
        (["stack", "up", "--env", "prod", "--yes", "--json"], "--env 'prod': no stack settings file"),
        (["stack", "refresh", "--env", "prod", "--yes", "--json"], "--env 'prod': no stack settings file"),
        (["stack", "destroy", "--env", "prod", "--yes", "--json"], "--env 'prod': no stack settings file"),
        (["rollout", "--env", "prod", "--model", "m", "--version", "models/v2", "--metrics-url", "http://x", "--json"], "--env 'prod'"),
        (["rollout", "--env", "dev", "--abort", "--json"], "no rollout is recorded on dev"),
        (["rollout", "--env", "dev", "--resume", "--metrics-url", "http://x", "--json"], "nothing to resume"),
    ],
)
def test_every_json_command_prints_one_json_document_on_failure(capsys, fake_ops, argv, message):
    code, out, err = run(argv, capsys)
    assert code in (1, 2)
    doc = json.loads(out)  # exactly one document: json.loads refuses trailing data
    assert doc["ok"] is False and message in doc["error"]
    assert err.count("error: ") == 1 and "Traceback" not in err


def _real_scrapes():
    """The real Triton scrapes in order: before, then after for every later scrape."""
    pages = [(DATA / "triton_metrics_before.txt").read_text(), (DATA / "triton_metrics_after.txt").read_text()]
    return MetricsHTTPServer(lambda hit: pages[min(hit - 1, 1)])


@pytest.fixture
def metrics_server():
    server = _real_scrapes()
    yield server
    server.close()


FAST = ["--bake", "0.01", "--poll", "0.01", "--max-wait", "0.05", "--min-requests", "20"]


def test_rollout_rolls_back_on_the_real_failing_version(capsys, fake_ops, metrics_server):
    argv = ["rollout", "--env", "dev", "--model", "echo", "--version", "models/v2", "--steps", "100",
            "--metrics-url", metrics_server.url, "--triton-version", "2", "--max-p99-ms", "50", "--json", *FAST]
    code, out, err = run(argv, capsys)
    assert code == 1
    report = json.loads(out)
    assert report["outcome"] == "rolled_back" and report["ok"] is False
    assert report["steps"][0]["gate"]["stats"]["errors"] == 5 and report["steps"][0]["gate"]["stats"]["requests"] == 50
    assert "error rate 10.00% > 1.00%" in report["reason"]
    assert fake_ops["stack"].triton() == DEV_TRITON
    assert report["steps"][0]["gate"]["stats"]["p99_source"] == "request summary"
    assert "error: rollout of models/v2 on dev: rolled back" in err
    assert metrics_server.hits >= 2


def test_rollout_promotes_the_real_healthy_version(capsys, fake_ops, metrics_server):
    argv = ["rollout", "--env", "dev", "--model", "echo", "--version", "models/v2", "--steps", "100",
            "--metrics-url", metrics_server.url, "--triton-version", "1", "--max-p99-ms", "50", *FAST]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "rollout of models/v2 on dev: promoted" in out
    final = fake_ops["stack"].triton()
    assert final["stable"]["modelRepositoryPath"] == "models/v2"
    assert final["canary"]["enabled"] is False and final["canary"]["weight"] == 0
    assert "step 100%: passed" in err


@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_rollout_unexpected_error_rolls_back_and_is_one_line(capsys, fake_ops, metrics_server, as_json):
    """Any exception (here a bug in an update's aftermath) rolls the canary back, then exits 1 with one line."""

    def bug(n):
        if n == 2:
            raise KeyError("weights")

    fake_ops["stack"].after_up = bug
    argv = ["rollout", "--env", "dev", "--model", "echo", "--version", "models/v2", "--steps", "100",
            "--metrics-url", metrics_server.url, "--triton-version", "1", *FAST] + (["--json"] if as_json else [])
    code, out, err = run(argv, capsys)
    assert code == 1
    assert fake_ops["stack"].triton() == DEV_TRITON
    line = "rollout of models/v2 on dev: rolled back: unexpected error: KeyError: 'weights'"
    assert f"error: {line}\n" in err and "Traceback" not in err
    if as_json:
        doc = json.loads(out)
        assert doc["ok"] is False and doc["outcome"] == "rolled_back" and doc["error"] == line
        assert doc["rollback"] == {"ok": True, "restored": ["weight", "canary"]}
    else:
        assert out == ""


def test_explicit_metrics_url_wins_over_the_prometheus_env_var(capsys, fake_ops, metrics_server, monkeypatch):
    monkeypatch.setenv("LOOM_PROMETHEUS_URL", "http://127.0.0.1:9/unused")
    argv = ["rollout", "--env", "dev", "--model", "echo", "--version", "models/v2", "--steps", "100",
            "--metrics-url", metrics_server.url, "--triton-version", "1", "--max-p99-ms", "50", "--no-promote", *FAST]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "completed" in out and metrics_server.hits >= 2


@pytest.mark.parametrize(
    "extra, message",
    [
        ([], "exactly one metrics source"),
        (["--resume", "--abort"], "at most one of --resume and --abort"),
        (["--metrics-url", "http://a", "--lock-wait", "-1"], "--lock-wait -1.0"),
        (["--metrics-url", "http://a", "--prometheus-url", "http://b"], "exactly one metrics source"),
        (["--metrics-url", "http://a", "--max-error-rate", "2"], "max_error_rate = 2.0"),
        (["--metrics-url", "http://a", "--steps", "50,10"], "--steps '50,10'"),
    ],
)
def test_rollout_bad_options_exit_2(capsys, monkeypatch, extra, message):
    monkeypatch.delenv("LOOM_PROMETHEUS_URL", raising=False)
    code, out, err = run(["rollout", "--env", "dev", "--model", "generator", "--version", "models/v2", *extra], capsys)
    assert code == 2 and message in err and "Traceback" not in err
