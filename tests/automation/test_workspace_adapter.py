"""PulumiStack's translation of `pulumi.automation.Stack` (stood in for by a recorder): the exact
Automation API parameters it passes, JSON-decoded config, and CLI failures as one-line errors."""

from __future__ import annotations

import pytest
from pulumi.automation import ConfigValue, OpType, OutputValue
from pulumi.automation.errors import CommandError, ConcurrentUpdateError
from pulumi.automation._cmd import CommandResult

from loom.automation.workspace import OperationFailed, PulumiStack


class _Summary:
    resource_changes = {OpType.CREATE: 2, OpType.SAME: 7}


class _Up:
    stdout = "Updating (dev)"
    summary = _Summary()
    outputs = {"contract_version": OutputValue("1.0", False), "token": OutputValue("x", True)}


class _Preview:
    stdout = "Previewing update (dev)"
    change_summary = {"update": 1, "same": 8}


class RecordingAutoStack:
    name = "acme/loom/dev"

    def __init__(self, fail=None):
        self.calls = []
        self.fail = fail
        self.config = {"loom:triton": '{"canary": {"weight": 0}}', "loom:environment": "dev"}

    def _maybe_fail(self):
        if self.fail:
            raise self.fail

    def get_config(self, key, *, path=False):
        if key not in self.config:
            raise CommandError(CommandResult("", "error: configuration key 'x' not found for stack 'dev'", 255))
        return ConfigValue(self.config[key])

    def set_config(self, key, value, *, path=False):
        self.calls.append(("set_config", key, value.value, value.secret, path))

    def remove_config(self, key, *, path=False):
        self.calls.append(("remove_config", key, path))

    def up(self, **kw):
        self.calls.append(("up", kw))
        self._maybe_fail()
        return _Up()

    def preview(self, **kw):
        self.calls.append(("preview", kw))
        return _Preview()


def test_config_is_json_decoded_and_missing_keys_are_none():
    s = PulumiStack(RecordingAutoStack())
    assert s.get_config("loom:triton") == {"canary": {"weight": 0}}
    assert s.get_config("loom:environment") == "dev"
    assert s.get_config("loom:nope") is None


def test_set_config_is_plaintext_by_path():
    auto = RecordingAutoStack()
    PulumiStack(auto).set_config("loom:triton.canary.weight", "10", path=True)
    PulumiStack(auto).remove_config("loom:triton.canary.image", path=True)
    assert auto.calls == [
        ("set_config", "loom:triton.canary.weight", "10", False, True),
        ("remove_config", "loom:triton.canary.image", True),
    ]


def test_up_passes_the_policy_pack_and_streams():
    auto = RecordingAutoStack()
    out, ev = [], []
    result = PulumiStack(auto).up(policy_packs=["/repo/policy"], message="m", on_output=out.append, on_event=ev.append)
    (name, kw), = auto.calls
    assert name == "up"
    assert kw["policy_packs"] == ["/repo/policy"] and kw["message"] == "m"
    assert kw["on_output"] == out.append and kw["on_event"] == ev.append and kw["color"] == "never"
    assert result.changes == {"create": 2, "same": 7}
    assert result.outputs["token"].secret is True and result.outputs["contract_version"].value == "1.0"


def test_preview_changes():
    auto = RecordingAutoStack()
    result = PulumiStack(auto).preview(policy_packs=["/repo/policy"], on_output=None, on_event=None)
    assert result.changes == {"update": 1, "same": 8}
    assert auto.calls[0][1]["policy_packs"] == ["/repo/policy"]


def test_cli_failure_is_one_line_with_the_clis_own_error():
    stderr = (
        "Updating (acme/loom/dev):\n"
        "  pulumi:pulumi:Stack loom-dev running\n"
        "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end or delete the lock file\n"
    )
    auto = RecordingAutoStack(fail=ConcurrentUpdateError(CommandResult("", stderr, 255)))
    with pytest.raises(OperationFailed) as err:
        PulumiStack(auto).up(policy_packs=[], message=None, on_output=None, on_event=None)
    assert err.value.exit_code == 1
    assert str(err.value) == (
        "pulumi up on stack 'acme/loom/dev' failed: the stack is currently locked by 1 lock(s). "
        "Either wait for the other process(es) to end or delete the lock file"
    )
