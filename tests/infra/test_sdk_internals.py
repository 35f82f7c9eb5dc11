"""The private Pulumi SDK internals loom/sdk_internals.py relies on, and the preview's promise to leave the
caller's process as it found it.

Each assertion names an assumption the offline preview makes about the SDK release pyproject.toml pins;
an SDK upgrade that breaks one fails here, by name, instead of silently corrupting previews.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import gc
import importlib.metadata
import inspect
import re
import threading
from pathlib import Path

import pulumi
import pytest

from loom import sdk_internals as sdk
from loom.preview import run_program, run_preview

REPO = Path(__file__).resolve().parents[2]


# --- the pin ----------------------------------------------------------------------------------------------


def test_pyproject_pins_the_sdk_release_the_internals_were_read_from():
    text = (REPO / "pyproject.toml").read_text()
    pins = re.findall(r'"pulumi([<>=!~]=?[^"]*)"', text)
    assert pins == [f"=={sdk.PULUMI_VERSION}"], f"pyproject must pin pulumi=={sdk.PULUMI_VERSION} exactly, found {pins}"
    assert importlib.metadata.version("pulumi") == sdk.PULUMI_VERSION, (
        "the installed Pulumi SDK is not the release loom/sdk_internals.py was read from: re-read the internals, "
        "update PULUMI_VERSION and the pin together")


# --- the names and what they are assumed to do ------------------------------------------------------------


def test_wire_format_signatures_are_the_ones_the_recorder_decodes():
    # Values of the SDK's constants (pulumi/runtime/rpc.py); the engine's protocol fixes them.
    assert sdk.SIG_KEY == "4dabf18193072939515e22adb298388d"
    assert sdk.SECRET_SIG == "1b47061264138c4ac30d75fd1eb44270"
    assert sdk.RESOURCE_SIG == "5cf8f73096256a8f31e491e813e4eb8e"
    assert sdk.ASSET_SIG == "c44067f5952c0a294b673a41bacd8c17"
    assert sdk.ARCHIVE_SIG == "0def7320c3a5731c473e5ecbe6d01bc7"
    assert sdk.OUTPUT_VALUE_SIG == "d0e6a833031e9bbcd3f4e8bde6ca49a4"
    assert sdk.UNKNOWN == "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
    assert sdk.wrap_rpc_secret("v") == {sdk.SIG_KEY: sdk.SECRET_SIG, "value": "v"}


def test_runtime_entry_points_have_the_assumed_signatures():
    params = lambda f: list(inspect.signature(f).parameters)  # noqa: E731
    assert params(sdk.run_in_stack) == ["func"]
    assert params(sdk._SDK_WAIT_FOR_RPCS) == ["await_all_outstanding_tasks"]
    assert params(sdk.resolve_callbacks) == ["callbacks"]
    assert params(sdk.sync_await) == ["awaitable"] and params(sdk.ensure_event_loop) == []
    assert params(sdk.deserialize_properties)[:1] == ["props_struct"]
    assert {"project", "stack", "monitor", "engine", "dry_run", "organization", "root_directory"} <= set(params(sdk.Settings))
    assert sdk.ResourceRegistration._fields == ("urn", "id", "state")
    assert params(sdk.MockMonitor.make_urn) == ["self", "parent", "type_", "name"]
    # run_pulumi_func looks wait_for_rpcs up as a module global at call time: swapping the attribute reaches it.
    from pulumi.runtime import stack as runtime_stack

    assert "wait_for_rpcs" in runtime_stack.run_pulumi_func.__code__.co_names
    assert runtime_stack.wait_for_rpcs is sdk._SDK_WAIT_FOR_RPCS, "a preview left its wait_for_rpcs installed"


def test_settings_are_context_properties_with_a_process_global_default():
    """The leak run_isolated guards against: constructing Settings, or setting a property from a context that has
    no value, writes a default every context without its own value then reads."""
    from pulumi import _utils
    from pulumi.runtime.settings import SETTINGS, Settings

    props = sdk._settings_properties()
    assert {"monitor", "engine", "project", "stack", "rpc_manager", "outputs", "lock", "dry_run"} <= set(props)
    assert all(isinstance(p, _utils.ContextProperty) and hasattr(p, sdk._DEFAULT_ATTR) for p in props.values())

    def fresh_context_sets_project() -> None:
        SETTINGS.project = "written-from-an-empty-context"

    saved = sdk._save_defaults()
    try:
        t = threading.Thread(target=contextvars.Context().run, args=(fresh_context_sets_project,))
        t.start()
        t.join()
        assert getattr(props["project"], sdk._DEFAULT_ATTR) == "written-from-an-empty-context"
    finally:
        sdk._restore_defaults(saved)
    assert sdk._save_defaults() == saved
    params = inspect.signature(Settings).parameters
    assert "monitor" in params and "monitor_features" not in params


def test_rpc_manager_and_outputs_are_what_the_linear_wait_drains():
    from pulumi.runtime.settings import SETTINGS

    manager = sdk._get_rpc_manager()
    assert isinstance(manager.rpcs, list)
    assert hasattr(manager, "unhandled_exception") and hasattr(manager, "exception_traceback")
    assert isinstance(SETTINGS.outputs, set) and hasattr(SETTINGS.lock, "__enter__")


class _Tiny(pulumi.ComponentResource):
    def __init__(self, name: str, n: int = 30) -> None:
        super().__init__("loom:test:Tiny", name, None, None)
        import pulumi_random as random

        prev = None
        for i in range(n):
            r = random.RandomString(f"{name}-{i}", length=8 + (i % 4), special=False,
                                    opts=pulumi.ResourceOptions(parent=self, depends_on=[prev] if prev else None))
            prev = r
        self.last = prev.result.apply(lambda v: v.upper())
        self.register_outputs({"last": self.last})


def _tiny_program() -> None:
    t = _Tiny("t")
    pulumi.export("last", t.last)
    pulumi.export("env", pulumi.Config("loom").require("environment"))


def test_linear_wait_records_exactly_what_the_sdks_wait_records(monkeypatch):
    """The linear drain must keep the SDK's contract: every RPC and Output finished before the run ends."""
    fast = run_program(_tiny_program, stack="unit", config={"loom:environment": "unit"}).to_json()
    monkeypatch.setattr(sdk, "_drain_rpcs_and_outputs", sdk._SDK_WAIT_FOR_RPCS)
    plain = run_program(_tiny_program, stack="unit", config={"loom:environment": "unit"}).to_json()
    assert fast == plain and len(fast["resources"]) == 32


def test_the_linear_wait_reraises_the_first_failure():
    def program() -> None:
        _Tiny("t", n=3).last.apply(lambda _: (_ for _ in ()).throw(RuntimeError("boom in an apply")))

    with pytest.raises(RuntimeError, match="boom in an apply"):
        run_program(program, stack="unit", config={})


# --- what the preview does in place of the SDK, and that it answers the same --------------------------------


def test_the_stack_trace_is_looked_up_at_call_time_and_has_the_assumed_shape():
    from pulumi.runtime import resource as runtime_resource

    assert list(inspect.signature(sdk._SDK_GET_STACK_TRACE).parameters) == []
    for fn in (runtime_resource.register_resource, runtime_resource.read_resource):
        assert "_get_stack_trace" in fn.__code__.co_names, f"{fn.__name__} no longer calls _get_stack_trace as a global"
    assert runtime_resource._get_stack_trace is sdk._SDK_GET_STACK_TRACE, "a preview left its stack trace installed"


class _Outer:
    def __init__(self, out: list) -> None:
        _Middle(out)


class _Middle:
    def __init__(self, out: list) -> None:
        _Inner(out)


class _Inner:
    def __init__(self, out: list) -> None:
        out.append((sdk._SDK_GET_STACK_TRACE(), sdk._stack_trace()))


def _user_code(out: list) -> None:
    _Outer(out)


def test_the_cheap_stack_trace_is_the_sdks():
    """Same frames (the callers of the third __init__ from the inside, innermost first), same file URIs and lines;
    frames without a file (`<string>`) without a position; an empty trace when there is no third __init__."""
    out: list = []
    _user_code(out)
    eval("_user_code(out)", {"_user_code": _user_code, "out": out})  # a frame whose file is "<string>"
    for theirs, ours in out:
        assert len(theirs.frames) > 3
        assert ours == theirs
        assert theirs.frames[0].pc.uri == Path(__file__).resolve().as_uri() and theirs.frames[0].pc.line > 0
    assert any(not f.HasField("pc") for f in out[1][0].frames)
    assert sdk._stack_trace() == sdk._SDK_GET_STACK_TRACE() == sdk.source_pb2.StackTrace()


def test_monitor_calls_run_in_place_on_the_runs_event_loop_thread():
    threads: set[int] = set()

    def program() -> None:
        threads.add(threading.get_ident())
        _Tiny("t", n=3)

    def outputs(name: str, inputs: dict) -> tuple[str, dict]:
        threads.add(threading.get_ident())
        return f"{name}-id", {**inputs, "result": "abc"}

    result = run_program(program, stack="unit", config={}, resource_outputs={"random:index/randomString:RandomString": outputs})
    assert len(result.resources) == 5 and len(threads) == 1 and threading.get_ident() not in threads


def test_alias_urns_are_read_only_for_a_monitor_without_alias_specs():
    """What makes `AliasUrn` safe: `Resource._aliases` is read by `all_aliases` alone, which `prepare_aliases` calls
    only when the monitor does not take alias specs; the preview's monitor takes them."""
    import pulumi.resource as sdk_resource
    from pulumi.runtime import resource as runtime_resource

    assert "collapse_alias_to_urn" in sdk_resource.Resource.__init__.__code__.co_names
    assert sdk_resource.collapse_alias_to_urn is sdk._SDK_COLLAPSE_ALIAS, "a preview left its alias collapse installed"
    readers = [name for name, fn in vars(runtime_resource).items() if inspect.isfunction(fn) and "_aliases" in fn.__code__.co_names]
    assert readers == ["all_aliases"], readers
    assert inspect.getsource(sdk_resource).count("._aliases") == 2  # the assignment and the append in Resource.__init__
    prepare = inspect.getsource(runtime_resource.prepare_aliases)
    assert prepare.index("if supports_alias_specs:") < prepare.index("else:") < prepare.index("all_aliases(")
    features = sdk.MockMonitor(_Mine()).GetDeploymentInfo(None).supportedFeatures
    assert sdk.resource_pb2.RESOURCE_MONITOR_FEATURE_ALIAS_SPECS in features


def _note(into: list, i: int, value: str) -> None:
    into.append((i, value))


def test_a_lazy_alias_urn_is_the_sdks_urn():
    seen: dict[str, list] = {"lazy": [], "sdk": [], "kind": []}

    def program() -> None:
        parent = _Tiny("p", n=1)
        aliases: list[pulumi.Input[str | pulumi.Alias]] = [
            pulumi.Alias(type_="loom:old:Tiny"), pulumi.Alias(name="before", parent=parent), "urn:pulumi:unit::loom::x::y"]
        child = pulumi.ComponentResource("loom:test:Child", "c", None, pulumi.ResourceOptions(parent=parent, aliases=aliases))
        for i, (recorded, alias) in enumerate(zip(child._aliases, aliases)):
            seen["kind"].append(type(recorded).__name__)
            pulumi.Output.from_input(recorded).apply(functools.partial(_note, seen["lazy"], i))
            sdk._SDK_COLLAPSE_ALIAS(alias, "c", "loom:test:Child", parent).apply(functools.partial(_note, seen["sdk"], i))

    run_program(program, stack="unit", config={})
    assert seen["kind"] == ["AliasUrn"] * 3
    assert sorted(seen["lazy"]) == sorted(seen["sdk"]) and len(seen["sdk"]) == 3
    assert sorted(seen["sdk"])[0] == (0, "urn:pulumi:unit::loom::pulumi:pulumi:Stack$loom:test:Tiny$loom:old:Tiny::c")


@pytest.mark.parametrize("stack", ["dev", "aws", "azure"])
def test_the_recorded_answer_is_what_the_sdks_serializer_sends(stack, monkeypatch):
    """The monitor copies echoed input fields into its answer instead of serializing them again: the answer must be
    the SDK's `serialize_properties(state)` byte for byte (dev: Helm values with nulls; aws: secrets; azure:
    identities the mock rewrites)."""
    from loom import preview

    copied = preview._outputs_struct
    compared: list[bool] = []

    def both(inputs_struct, inputs, plain, state):
        ours = copied(inputs_struct, inputs, plain, state)
        compared.append(ours == sdk.serialize_now(state))
        return ours

    monkeypatch.setattr(preview, "_outputs_struct", both)
    result = run_preview(stack=stack)
    assert len(compared) == len(result.resources) - 1  # every resource but the Stack
    assert all(compared), f"{compared.count(False)} of {len(compared)} answers differ from the SDK's"


# --- nothing leaks into the caller's process ------------------------------------------------------------


def _snapshot() -> dict:
    from pulumi.runtime import config as runtime_config
    from pulumi.runtime import resource as runtime_resource
    from pulumi.runtime import stack as runtime_stack
    from pulumi.runtime.settings import ROOT, SETTINGS

    props = sdk._settings_properties()
    policy_local = asyncio.get_event_loop_policy()._local  # type: ignore[attr-defined]  # the thread's loop, if any
    return {
        "context": dict(contextvars.copy_context()),
        "settings": {name: getattr(SETTINGS, name) for name in props},
        "defaults": sdk._save_defaults(),
        "root": ROOT.get(),
        "config": runtime_config.CONFIG.get(),
        "secret_keys": runtime_config._SECRET_KEYS.get(),
        "project": pulumi.get_project(),
        "stack": pulumi.get_stack(),
        "wait_for_rpcs": runtime_stack.wait_for_rpcs,
        "get_stack_trace": runtime_resource._get_stack_trace,
        "gc": (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()),
        "event_loop": getattr(policy_local, "_loop", None),
        "threads": {t.ident for t in threading.enumerate()},
    }


class _Mine(pulumi.runtime.Mocks):
    def new_resource(self, args):
        return "id", args.inputs

    def call(self, args):
        return {}


def _bad_program() -> None:
    _Tiny("t", n=5)
    raise ValueError("a component rejected its arguments")


@pytest.mark.parametrize("caller_has_mocks", [True, False], ids=["caller-mocks", "caller-bare"])
def test_a_preview_leaves_the_callers_runtime_as_it_was(caller_has_mocks):
    """Tests and the Automation API share the process with the preview: after a preview returns or raises,
    SETTINGS (monitor, engine, project, stack, outputs, lock ...), their process-global defaults, the root
    Stack, config, every contextvar, wait_for_rpcs, _get_stack_trace, the gc and the thread's event loop are as before."""
    from pulumi.runtime import config as runtime_config

    run_and_restore = None
    if caller_has_mocks:
        pulumi.runtime.set_mocks(_Mine(), project="other", stack="theirs", preview=False)
        runtime_config.set_all_config({"app:key": "v"}, ["app:key"])
    else:
        # A context with nothing set, as in a fresh process.
        run_and_restore = contextvars.Context()

    def check() -> None:
        before = _snapshot()
        result = run_preview(stack="dev")
        assert len(result.resources) > 50
        assert _snapshot() == before
        with pytest.raises(ValueError, match="rejected its arguments"):
            run_program(_bad_program, stack="unit", config={"loom:environment": "x"})
        assert _snapshot() == before

    if run_and_restore is None:
        check()
    else:
        run_and_restore.run(check)


def test_the_callers_frozen_heap_is_left_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_program(_tiny_program, stack="unit", config={"loom:environment": "unit"})
        after = gc.get_freeze_count()
        # Unfreezing the caller's heap would drop the count to 0 and freezing more would raise it. A
        # few frozen objects may be freed meanwhile by another thread (an xdist worker's execnet
        # thread freed 2 of ~1M in `make test-fast`), so the count may fall by a handful, never rise.
        assert frozen - 1000 <= after <= frozen, (frozen, after)
    finally:
        gc.unfreeze()


def test_outputs_of_a_finished_run_are_readable_from_the_caller():
    result = run_program(lambda: _Tiny("t", n=2), stack="unit", config={}, keep_secrets=True)
    assert sdk.output_value(result.value.last) == result.one("random:index/randomString:RandomString", "t-1").outputs["result"].upper()
    assert sdk.output_is_secret(result.value.last) is False
