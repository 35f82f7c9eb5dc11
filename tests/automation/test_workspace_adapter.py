"""PulumiWorkspace / PulumiStack over the real `pulumi.automation.LocalWorkspace`, with the recording
stand-in for the CLI on PATH: the exact commands and flags, the CLI's errors as one line that
says what to do, its stderr streamed as it comes, and Ctrl-C forwarded once with Loom waiting for
the CLI to let go of the stack lock."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from pulumi.automation import CommandResult
from pulumi.automation.errors import CommandError, create_command_error

from loom.automation.deployed import DeployedState, read_deployed_state, write_settings_file
from loom.automation.project import Project
from loom.automation.pulumi_cli import CliInterrupted
from loom.automation.tracks import TrackState
from loom.automation.workspace import OperationFailed, PulumiWorkspace, StackLocked, StateReadError, Streams, cli_error
from loom.errors import LoomError

from tests.automation.stand_in import flag_values


@pytest.fixture
def project(project_root):
    return Project.load(project_root)


@pytest.fixture
def dev(fake_pulumi, project):
    fake_pulumi.create_stack("dev")
    return PulumiWorkspace(project).stack("dev")


def settings(project, tracks=None):
    return write_settings_file(project, "dev", DeployedState(tracks or TrackState(False, 0, None, None, "models")))


def up(stack, project, streams=Streams(), **kw):
    return stack.up(config_file=settings(project), policy_packs=[str(project.root / "policy")], policy_pack_configs=[], message="m", streams=streams, **kw)


def test_up_runs_the_cli_with_the_settings_file_the_pack_and_its_config(fake_pulumi, project, dev):
    config = project.policy_config_file("dev")
    result = dev.up(
        config_file=settings(project),
        policy_packs=[str(project.root / "policy")],
        policy_pack_configs=[str(config)],
        message="release 42",
        streams=Streams(),
    )
    assert result.changes == {"create": 42}
    (call,) = fake_pulumi.calls("up")
    argv = call["argv"]
    assert argv[:4] == ["--non-interactive", "up", "--yes", "--skip-preview"]
    assert flag_values(argv, "--config-file") == [str(project.deploy_settings_file("dev"))]
    assert flag_values(argv, "--policy-pack") == [str(project.root / "policy")]
    assert flag_values(argv, "--policy-pack-config") == [str(config)]
    assert call["files"][str(config)] == config.read_text()  # what the engine read is the env's file
    assert flag_values(argv, "--message") == ["release 42"] and flag_values(argv, "--stack") == ["dev"]
    assert call["env"]["PULUMI_AUTOMATION_API"] == "true"


def test_the_deployed_state_is_read_back_from_the_clis_history(fake_pulumi, project, dev):
    dev.up(
        config_file=settings(project, TrackState(True, 50, "models/v3", None, "models")),
        policy_packs=[],
        policy_pack_configs=[],
        message="m",
        streams=Streams(),
    )
    (entry,) = dev.history(page_size=20, page=1)
    assert entry.kind == "update" and entry.result == "succeeded" and entry.version == 1
    state = read_deployed_state(dev, project, "dev")
    assert state.tracks == TrackState(True, 50, "models/v3", None, "models")
    assert state.source == "update 1 (succeeded)"
    assert fake_pulumi.calls("stack", "history")[-1]["argv"][-6:] == ["--page-size", "20", "--page", "1", "--stack", "dev"]


def test_a_history_read_error_is_an_error_not_unset(fake_pulumi, project, dev):
    fake_pulumi.script(fail=[{"cmd": "stack", "on": "all", "stderr": "error: failed to load checkpoint: blob (key \".pulumi/stacks/dev.json\") AccessDenied"}])
    with pytest.raises(StateReadError) as err:
        read_deployed_state(dev, project, "dev")
    assert str(err.value) == 'could not read the update history of stack \'dev\': failed to load checkpoint: blob (key ".pulumi/stacks/dev.json") AccessDenied'


def test_a_locked_stack_is_one_line_that_says_what_to_do(fake_pulumi, project, dev):
    fake_pulumi.hold_lock("dev", 60)
    with pytest.raises(StackLocked) as err:
        up(dev, project)
    message = str(err.value)
    assert "\n" not in message and err.value.exit_code == 1
    assert message.startswith("stack 'dev' is locked by another update (the stack is currently locked by 1 lock(s). Either wait")
    assert "release it with `pulumi cancel --stack dev --yes`" in message


def test_the_clis_first_error_line_is_shown_and_stderr_streams_as_it_comes(fake_pulumi, project, dev):
    stderr = (
        "error: update failed: 1 error occurred:\n"
        "    * creating EKS Node Group (loom-aws-gpu): operation error EKS: CreateNodegroup, InvalidParameterException"
    )
    fake_pulumi.script(fail=[{"cmd": "up", "on": [1], "stderr": stderr, "stdout": "Updating (dev)\n  eks:NodeGroup gpu creating failed"}])
    streamed: list[str] = []
    with pytest.raises(OperationFailed) as err:
        up(dev, project, Streams(on_error=streamed.append))
    assert str(err.value) == "pulumi up on stack 'dev' failed: update failed: 1 error occurred:"
    assert streamed == stderr.splitlines()


def test_cli_error_reads_the_sdks_own_error_text_too():
    """Errors from the SDK's runner: str() is the whole result; the ` stderr: ` prefix must not hide the line."""
    result = CommandResult("Updating (dev):\n  running", "warning: a deprecated flag\nerror: the stack is currently locked by 1 lock(s).", 255)
    assert cli_error(create_command_error(result)) == "the stack is currently locked by 1 lock(s)."
    no_prefix = CommandError(CommandResult("", "panic: runtime error: index out of range\ngoroutine 1", 2))
    assert cli_error(no_prefix) == "panic: runtime error: index out of range"


def test_a_missing_stack_needs_create_and_create_passes_the_secrets_provider(fake_pulumi, project, monkeypatch):
    with pytest.raises(LoomError, match="stack 'aws' does not exist in the current Pulumi backend; create it with --create"):
        PulumiWorkspace(project).stack("aws")
    PulumiWorkspace(project).stack("aws", create=True, secrets_provider="awskms://alias/pulumi-loom")
    (init,) = fake_pulumi.calls("stack", "init")
    assert flag_values(init["argv"], "--secrets-provider") == ["awskms://alias/pulumi-loom"]
    # the CLI writes the provider and the encrypted data key into the stack's settings file (commit them)
    assert "secretsprovider: awskms://alias/pulumi-loom" in (project.root / "stacks" / "Pulumi.aws.yaml").read_text()
    with pytest.raises(LoomError, match="--secrets-provider applies when a stack is created"):
        PulumiWorkspace(project).stack("aws", secrets_provider="passphrase")


def test_ctrl_c_is_forwarded_once_and_loom_waits_for_the_cli_to_release_the_lock(fake_pulumi, project, dev, capfd):
    """The CLI runs in its own session: Ctrl-C reaches Loom only, Loom forwards SIGINT, the CLI
    cancels (keeping the lock 1 s as it finishes what is in flight), and only then does `up` return."""
    fake_pulumi.script(op_seconds={"up": 30}, sigint_keep_lock_s=1.0)
    notes: list[str] = []
    stack = PulumiWorkspace(project, on_signal=notes.append).stack("dev")

    def interrupt():
        fake_pulumi.wait_for("up-start dev 1")
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt, daemon=True).start()
    began = time.monotonic()
    with pytest.raises(CliInterrupted) as err:
        up(stack, project)
    assert time.monotonic() - began >= 1.0  # it waited for the CLI, which held the lock for 1 s
    assert not fake_pulumi.locked("dev")  # ... and released it before Loom went on
    assert err.value.signals == [signal.SIGINT] and not err.value.terminated
    assert "^C received; cancelling" in err.value.result.stdout and "update canceled" in err.value.result.stderr
    (call,) = fake_pulumi.calls("up")
    assert call["sid"] == call["pid"] != os.getsid(0)  # the CLI led a session of its own
    assert notes and notes[0].startswith("interrupt: asked the Pulumi CLI to cancel")
    assert "Traceback" not in capfd.readouterr().err  # no reader thread died on a closed pipe
    assert fake_pulumi.history("dev")[0]["result"] == "failed"


def test_a_ctrl_c_just_as_the_cli_starts_is_still_forwarded_not_lost(fake_pulumi, project, dev, monkeypatch):
    """Ctrl-C right after the CLI process exists: Loom's handlers are already in place, so the CLI
    is told to cancel and Loom waits for it, instead of dying and leaving the CLI with the lock."""
    import subprocess

    from loom.automation import pulumi_cli

    real_popen = subprocess.Popen

    def popen_then_ctrl_c(argv, *args, **kwargs):
        process = real_popen(argv, *args, **kwargs)
        if "up" in argv:
            fake_pulumi.wait_for("up-start dev 1")
            os.kill(os.getpid(), signal.SIGINT)
        return process

    monkeypatch.setattr(pulumi_cli.subprocess, "Popen", popen_then_ctrl_c)
    fake_pulumi.script(op_seconds={"up": 30}, sigint_keep_lock_s=0.5)
    notes: list[str] = []
    stack = PulumiWorkspace(project, on_signal=notes.append).stack("dev")
    with pytest.raises(CliInterrupted) as err:
        up(stack, project)
    assert err.value.signals == [signal.SIGINT] and "update canceled" in err.value.result.stderr
    assert not fake_pulumi.locked("dev")
    assert notes and notes[0].startswith("interrupt: asked the Pulumi CLI to cancel")
