"""`loom stack` and `loom rollout` end to end through the real Automation API, with the recording
stand-in for the Pulumi CLI on PATH (tests/automation/stand_in): what the engine is given, what the
stack records, and what happens when the CLI is locked, fails, is interrupted, or `loom` is killed.

The offline policy check is replaced by a recorder that passes (the real one takes seconds per
update; test_operations.py runs it over a generated settings file)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from loom.cli import main

from tests.automation.stand_in import REPO_ROOT, flag_values
from tests.automation.triton_metrics_server import TritonMetricsServer

AT_REST = {"enabled": False, "weight": 0}
FAST = ["--bake", "0.3", "--poll", "0.1", "--max-wait", "3", "--min-requests", "20"]


def owned(triton):
    """The settings `loom rollout` owns, as an update deployed them."""
    return {
        "stable": triton["stable"]["modelRepositoryPath"],
        "canary": {k: v for k, v in triton["canary"].items() if k in ("enabled", "weight", "modelRepositoryPath", "image")},
    }


@pytest.fixture
def checks(monkeypatch):
    """What the offline policy gate was given, once per update it let through."""
    from loom.automation.policy import PolicyVerdict

    given: list[dict] = []

    def passing(env, **kw):
        given.append({"env": env, **kw})
        return PolicyVerdict(True, [], 1)

    monkeypatch.setattr("loom.automation.operations.check_stack_policies", passing)
    monkeypatch.setattr("loom.automation.operations.LOCK_POLL_S", 0.2)
    return given


@pytest.fixture
def loom(fake_pulumi, project_root, checks, capsys):
    def run(*argv):
        with pytest.raises(SystemExit) as exit_info:
            main(list(argv))
        out, err = capsys.readouterr()
        return exit_info.value.code, out, err

    return run


@pytest.fixture
def metrics():
    server = TritonMetricsServer()
    yield server
    server.close()


# -- 1. the engine runs the pack with the same configuration as the offline check -------------------


@pytest.mark.parametrize("env", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_the_policy_config_the_engine_receives_equals_the_offline_ones(env, loom, fake_pulumi, checks, project_root):
    from loom.commands.policy import _default_policy_config
    from loom.policycheck import DEFAULT_PACK_DIR

    code, out, err = loom("stack", "up", "--env", env, "--yes", "--create", "--json")
    assert code == 0, err
    (call,) = fake_pulumi.calls("up")
    engine = flag_values(call["argv"], "--policy-pack-config")
    offline = _default_policy_config(DEFAULT_PACK_DIR, env)  # what `loom policy check --stack ENV` reads
    (gate,) = checks
    if offline is None:
        assert engine == [] and gate["policy_config"] is None
    else:
        assert engine == [str(project_root / "policy" / "config" / f"{env}.json")]
        assert json.loads(call["files"][engine[0]]) == json.loads(offline.read_text())  # what the engine read
        assert gate["policy_config"] == Path(engine[0])  # the gate checked with the very same file
    assert gate["settings_file"] == Path(flag_values(call["argv"], "--config-file")[0])  # and the same settings


# -- 7. locks and errors ---------------------------------------------------------------------------


def test_a_concurrent_update_is_one_line_with_what_to_do_and_json(loom, fake_pulumi):
    fake_pulumi.create_stack("dev")
    fake_pulumi.hold_lock("dev", 60)
    code, out, err = loom("stack", "up", "--env", "dev", "--yes", "--json")
    assert code == 1
    doc = json.loads(out)
    assert doc["ok"] is False and doc["error"].startswith("stack 'dev' is locked by another update (the stack is currently locked by 1 lock(s).")
    assert "release it with `pulumi cancel --stack dev --yes`" in doc["error"]
    error_lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert error_lines == [f"error: {doc['error']}"] and "Traceback" not in err
    # the CLI's own stderr streamed through as it came, marked as the CLI's
    assert "pulumi: error: the stack is currently locked by 1 lock(s)" in err


def test_up_waits_for_a_lock_when_asked(loom, fake_pulumi):
    fake_pulumi.create_stack("dev")
    fake_pulumi.script(fail=[{"cmd": "up", "on": [1, 2], "locked": True}])  # another update, for two tries
    code, out, err = loom("stack", "up", "--env", "dev", "--yes", "--lock-wait", "30", "--json")
    assert code == 0, err
    assert [c["code"] for c in fake_pulumi.calls("up")] == [255, 255, 0] and "trying again for up to" in err


@pytest.mark.slow
def test_a_concurrent_deploy_during_a_rollout_step_is_waited_for(loom, fake_pulumi, metrics):
    """Someone deploys while the canary bakes: the next step waits for the lock, then goes on."""
    fake_pulumi.create_stack("aws")
    fake_pulumi.script(fail=[{"cmd": "up", "on": [3], "locked": True}])  # 0 %, 50 %, then 100 % finds the lock
    code, out, err = loom("rollout", "--env", "aws", "--model", "generator", "--version", "models/v3", "--steps", "50,100",
                          "--metrics-url", metrics.url, "--lock-wait", "30", "--json", *FAST)
    assert code == 0, err
    assert json.loads(out)["outcome"] == "promoted"
    assert [c["code"] for c in fake_pulumi.calls("up")] == [0, 0, 255, 0, 0, 0]
    assert "currently locked" in fake_pulumi.calls("up")[2]["stderr"]


def test_ctrl_c_during_stack_up_waits_for_the_cli_and_still_prints_one_json_document(loom, fake_pulumi):
    import threading

    fake_pulumi.create_stack("dev")
    fake_pulumi.script(op_seconds={"up": 30}, sigint_keep_lock_s=0.5)

    def interrupt():
        fake_pulumi.wait_for("up-start dev 1")
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt, daemon=True).start()
    code, out, err = loom("stack", "up", "--env", "dev", "--yes", "--json")
    assert code == 130
    doc = json.loads(out)
    assert doc["ok"] is False and doc["error"].startswith("interrupted: the Pulumi CLI was asked to cancel and has exited")
    assert not fake_pulumi.locked("dev") and "Traceback" not in err


# -- 4. a config read error stops the rollout before it changes anything ------------------------------


def test_a_config_read_error_stops_the_rollout_before_any_change(loom, fake_pulumi, metrics):
    fake_pulumi.create_stack("aws")
    broken = "error: could not decrypt configuration value: incorrect passphrase (PULUMI_CONFIG_PASSPHRASE)"
    fake_pulumi.script(fail=[{"cmd": "stack history", "on": "all", "stderr": broken}, {"cmd": "config get", "on": "all", "stderr": broken}])
    code, out, err = loom("rollout", "--env", "aws", "--model", "generator", "--version", "models/v3", "--metrics-url", metrics.url, "--json", *FAST)
    assert code == 1
    doc = json.loads(out)
    assert doc["ok"] is False and "could not decrypt configuration value: incorrect passphrase" in doc["error"]
    assert fake_pulumi.calls("up") == [] and fake_pulumi.calls("config", "set") == []


# -- 5 and 6: rollout-owned settings live with the stack; shipped stacks start at rest ---------------


@pytest.mark.slow
def test_the_documented_rollout_on_the_shipped_aws_stack_promotes_and_main_keeps_it(loom, fake_pulumi, metrics, project_root):
    tracked = (project_root / "stacks" / "Pulumi.aws.yaml").read_bytes()
    code, out, err = loom("stack", "up", "--env", "aws", "--yes", "--create", "--json")  # first deploy, from main
    assert code == 0, err
    code, out, err = loom("rollout", "--env", "aws", "--model", "generator", "--version", "models/v3", "--steps", "50,100",
                          "--metrics-url", metrics.url, "--json", *FAST)
    assert code == 0, err
    report = json.loads(out)
    assert report["outcome"] == "promoted" and [s["status"] for s in report["steps"]] == ["passed", "passed"]
    assert (project_root / "stacks" / "Pulumi.aws.yaml").read_bytes() == tracked  # the checkout is untouched
    # five updates, each ONE settings file (no `pulumi config set` process per key)
    assert len(fake_pulumi.calls("up")) == 6 and fake_pulumi.calls("config") == []
    # the next deploy from main keeps the promotion: it deploys what the stack runs
    code, out, err = loom("stack", "up", "--env", "aws", "--yes", "--json")
    assert code == 0, err
    assert owned(fake_pulumi.deployed_triton("aws")) == {"stable": "models/v3", "canary": AT_REST}


# -- 8. what Automation API users expect --------------------------------------------------------------


@pytest.mark.slow
def test_refresh_expect_no_changes_and_refresh_before_up(loom, fake_pulumi, project_root):
    fake_pulumi.create_stack("dev")
    assert loom("stack", "up", "--env", "dev", "--yes", "--refresh")[0] == 0
    assert "--refresh" in fake_pulumi.calls("up")[0]["argv"]
    code, out, err = loom("stack", "preview", "--env", "dev", "--expect-no-changes", "--json")
    assert code == 0, err
    assert json.loads(out)["changes"] == {"same": 42}
    # drift: the tracked settings changed since the last update
    settings = project_root / "stacks" / "Pulumi.dev.yaml"
    settings.write_text(settings.read_text().replace("maxReplicas: 2", "maxReplicas: 3"))
    code, out, err = loom("stack", "preview", "--env", "dev", "--expect-no-changes", "--json")
    assert code == 1 and "no changes were expected but changes were proposed by this preview" in json.loads(out)["error"]
    assert "--expect-no-changes" in fake_pulumi.calls("preview")[-1]["argv"]
    code, out, err = loom("stack", "refresh", "--env", "dev", "--yes", "--json")
    assert code == 0, err
    assert flag_values(fake_pulumi.calls("refresh")[0]["argv"], "--config-file")


@pytest.mark.parametrize(
    "provider, env, ok",
    [
        ("awskms://alias/pulumi-loom", {}, True),
        ("gcpkms://projects/p/locations/global/keyRings/loom/cryptoKeys/pulumi", {}, True),
        ("azurekeyvault://loom-kv.vault.azure.net/keys/pulumi", {}, True),
        ("passphrase", {"PULUMI_CONFIG_PASSPHRASE": "s3cret"}, True),
        ("passphrase", {}, False),
        ("vault-ish", {}, False),
    ],
)
def test_a_secrets_provider_is_chosen_at_create(loom, fake_pulumi, monkeypatch, provider, env, ok):
    monkeypatch.delenv("PULUMI_CONFIG_PASSPHRASE", raising=False)
    monkeypatch.delenv("PULUMI_CONFIG_PASSPHRASE_FILE", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    code, out, err = loom("stack", "up", "--env", "aws", "--yes", "--create", "--secrets-provider", provider, "--json")
    if ok:
        assert code == 0, err
        (init,) = fake_pulumi.calls("stack", "init")
        assert flag_values(init["argv"], "--secrets-provider") == [provider]
    else:
        assert code == 2 and json.loads(out)["ok"] is False
        assert "--secrets-provider" in err and fake_pulumi.calls("stack", "init") == []


def test_the_interactively_approved_preview_is_the_plan_that_is_applied(loom, fake_pulumi, monkeypatch):
    fake_pulumi.create_stack("dev")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("click.confirm", lambda *a, **k: True)
    code, out, err = loom("stack", "up", "--env", "dev")
    assert code == 0, err
    (preview,) = fake_pulumi.calls("preview")
    (up,) = fake_pulumi.calls("up")
    plan = flag_values(preview["argv"], "--save-plan")
    assert plan and flag_values(up["argv"], "--plan") == plan
    assert flag_values(up["argv"], "--config-file") == flag_values(preview["argv"], "--config-file")
    assert not Path(plan[0]).exists()  # used once


def test_a_plan_that_no_longer_matches_stops_the_update(loom, fake_pulumi, monkeypatch, project_root):
    """What was approved changed before the update (a pull brought new settings while the user
    read the preview): the update would do something else than approved, so the CLI refuses."""
    fake_pulumi.create_stack("dev")
    settings = project_root / "stacks" / "Pulumi.dev.yaml"
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def approve_while_the_checkout_changes(*a, **k):
        settings.write_text(settings.read_text().replace("maxReplicas: 2", "maxReplicas: 5"))
        return True

    monkeypatch.setattr("click.confirm", approve_while_the_checkout_changes)
    code, out, err = loom("stack", "up", "--env", "dev")
    assert code == 1 and "update plan does not match" in err
    assert fake_pulumi.history("dev") == [] or fake_pulumi.history("dev")[0]["result"] == "failed"


# -- 2 and 3: interrupted updates, crashed processes, --resume and --abort -------------------------


def spawn_loom(fake_pulumi, project_root, tmp_path, *argv, **popen):
    env = fake_pulumi.env()
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        LOOM_HOME=os.environ["LOOM_HOME"],
        LOOM_TEST_PROJECT=str(project_root),
        LOOM_TEST_POLICY_LOG=str(tmp_path / "policy.log"),
        PYTHONUNBUFFERED="1",
    )
    return subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "automation" / "stand_in" / "run_loom.py"), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **popen,
    )


ROLLOUT = ("rollout", "--env", "aws", "--model", "generator", "--version", "models/v3", "--steps", "50,100")


@pytest.mark.slow
def test_ctrl_c_during_an_update_waits_for_the_cli_then_rolls_back(fake_pulumi, project_root, tmp_path, metrics):
    """Ctrl-C while the 50 % update runs (the terminal signals loom's process group): loom forwards
    it to the CLI, which cancels and holds the lock 5 s more (finishing what is in flight); only then
    does the rollback start. (The SDK's own runner returns 0.25 s after Ctrl-C: its rollback met the
    lock, and the CLI, its pipes closed, died at its next write and left the lock behind.)
    Stdout is the report; exit 130."""
    fake_pulumi.create_stack("aws")
    fake_pulumi.script(op_seconds={"up": {"2": 60}}, sigint_keep_lock_s=5.0)
    proc = spawn_loom(fake_pulumi, project_root, tmp_path, *ROLLOUT, "--metrics-url", metrics.url, "--json", *FAST, start_new_session=True)
    try:
        fake_pulumi.wait_for("up-start aws 2")
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    report = json.loads(out)  # one JSON document: the report
    assert report["interrupted"] is True and report["outcome"] == "rolled_back", err
    assert report["rollback"] == {"ok": True, "restored": ["weight", "canary"]}
    assert "Traceback" not in err and "interrupt: asked the Pulumi CLI to cancel" in err
    history = fake_pulumi.history("aws")
    assert [(h["result"], json.loads(h["config"]["loom:triton"]["value"])["canary"]["weight"]) for h in history[:3]] == [
        ("succeeded", 0), ("succeeded", 0), ("failed", 50)]
    assert owned(fake_pulumi.deployed_triton("aws")) == {"stable": "models", "canary": AT_REST}
    assert "loom-rollout:record" not in history[0]["config"]
    assert not fake_pulumi.locked("aws")


@pytest.mark.slow
@pytest.mark.parametrize("then", ["resume", "abort"])
def test_a_killed_rollout_is_refused_a_rerun_kept_by_deploys_and_resumed_or_aborted(then, fake_pulumi, project_root, tmp_path, metrics, loom):
    fake_pulumi.create_stack("aws")
    fake_pulumi.script(kill_parent={"cmd": "up", "on": [2], "when": "after"})  # loom dies right after the 50 % update
    proc = spawn_loom(fake_pulumi, project_root, tmp_path, *ROLLOUT, "--metrics-url", metrics.url, "--json", *FAST)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL and out == ""
    fake_pulumi.script(kill_parent=None)
    record = json.loads(fake_pulumi.history("aws")[0]["config"]["loom-rollout:record"]["value"])
    assert (record["phase"], record["step"], record["version"]) == ("canary", 0, "models/v3")

    code, out, err = loom(*ROLLOUT, "--metrics-url", metrics.url, "--json", *FAST)
    assert code == 1 and "continue it with `loom rollout --env aws --resume` or roll it back with `--abort`" in json.loads(out)["error"]

    code, out, err = loom("stack", "up", "--env", "aws", "--yes", "--json")  # a deploy from main meanwhile
    assert code == 0, err
    assert owned(fake_pulumi.deployed_triton("aws"))["canary"] == {"enabled": True, "weight": 50, "modelRepositoryPath": "models/v3"}
    assert "its settings are kept (stable on models, canary 50% on models/v3)" in err  # and said why

    if then == "resume":
        code, out, err = loom("rollout", "--env", "aws", "--resume", "--metrics-url", metrics.url, "--json", *FAST)
        assert code == 0, err
        assert json.loads(out)["outcome"] == "promoted"
        assert owned(fake_pulumi.deployed_triton("aws")) == {"stable": "models/v3", "canary": AT_REST}
    else:
        code, out, err = loom("rollout", "--env", "aws", "--abort", "--json")
        assert code == 0, err
        assert json.loads(out)["outcome"] == "aborted"
        assert owned(fake_pulumi.deployed_triton("aws")) == {"stable": "models", "canary": AT_REST}
    assert "loom-rollout:record" not in fake_pulumi.history("aws")[0]["config"]


@pytest.mark.slow
def test_a_rollout_killed_during_an_update_leaves_a_lock_and_abort_says_to_pulumi_cancel(fake_pulumi, project_root, tmp_path, metrics, loom):
    """loom dies while the CLI updates; the CLI dies at its next write (broken pipe) holding the
    lock. --abort waits --lock-wait, then names `pulumi cancel`; after it, --abort finishes."""
    fake_pulumi.create_stack("aws")
    fake_pulumi.script(kill_parent={"cmd": "up", "on": [2], "when": "during"}, op_seconds={"up": {"2": 0.5}})
    proc = spawn_loom(fake_pulumi, project_root, tmp_path, *ROLLOUT, "--metrics-url", metrics.url, "--json", *FAST)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    fake_pulumi.script(kill_parent=None, op_seconds={})
    assert fake_pulumi.locked("aws")  # the orphaned CLI dies at its next write, holding it

    code, out, err = loom("rollout", "--env", "aws", "--abort", "--lock-wait", "1", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["outcome"] == "rollback_failed"
    assert report["next_step"] == "pulumi cancel --stack aws --yes (only if no update is running), then loom rollout --env aws --abort"

    assert fake_pulumi.run("cancel", "--stack", "aws", "--yes", cwd=project_root).returncode == 0
    code, out, err = loom("rollout", "--env", "aws", "--abort", "--json")
    assert code == 0, err
    assert owned(fake_pulumi.deployed_triton("aws")) == {"stable": "models", "canary": AT_REST}
