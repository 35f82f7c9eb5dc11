"""Every private Pulumi SDK name Loom relies on, and the one way it runs a program on them.

The offline preview (loom/preview.py) is a stand-in for the Pulumi engine: it drives the Python
SDK's runtime the way the CLI's language host does, which no public API offers. That needs names
the SDK keeps private (leading underscores, undocumented module attributes). They are imported
here and nowhere else, for the exact SDK version `pulumi==` in pyproject.toml pins, and
tests/infra/test_sdk_internals.py asserts each one still exists and behaves as assumed, so an SDK
upgrade fails that test by name instead of corrupting previews.

`run_isolated` runs a program so that nothing it changes leaks into the caller's process (tests
and the Automation API share it): a worker thread with a fresh event loop and a copy of the
caller's contextvars (the SDK keeps SETTINGS, the root Stack and config in contextvars), the
process-global defaults behind SETTINGS restored, the linear `wait_for_rpcs` installed only for
that run and only in its context, and the garbage collector's frozen generation given back.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import gc
import pathlib
import sys
import threading
import types
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Mapping

import pulumi
import pulumi.resource as sdk_resource
from pulumi import _utils as sdk_utils
from pulumi.runtime import config as runtime_config
from pulumi.runtime import resource as runtime_resource
from pulumi.runtime import rpc
from pulumi.runtime import stack as runtime_stack
from pulumi.runtime.mocks import MockCallArgs, MockEngine, MockMonitor, MockResourceArgs, Mocks, _resolve_callbacks
from pulumi.runtime.proto import provider_pb2, resource_pb2, source_pb2
from pulumi.runtime.settings import ROOT, SETTINGS, Settings, _get_rpc_manager, configure, monitor_supports_feature
from pulumi.runtime.stack import run_in_stack
from pulumi.runtime.sync_await import _ensure_event_loop, _sync_await

PULUMI_VERSION = "3.272.0"
"""The SDK version these internals were read from; pyproject.toml pins `pulumi==` to it."""

# --- the wire format of property values (pulumi/runtime/rpc.py) ---------------------------------

SIG_KEY: str = rpc._special_sig_key
"""The key that marks a special value (secret, resource reference, asset, output value) in a Struct."""
SECRET_SIG: str = rpc._special_secret_sig
RESOURCE_SIG: str = rpc._special_resource_sig
ASSET_SIG: str = rpc._special_asset_sig
ARCHIVE_SIG: str = rpc._special_archive_sig
OUTPUT_VALUE_SIG: str = rpc._special_output_value_sig
UNKNOWN: str = rpc.UNKNOWN

deserialize_properties = rpc.deserialize_properties
serialize_properties = rpc.serialize_properties
wrap_rpc_secret = rpc.wrap_rpc_secret
resolve_callbacks = _resolve_callbacks
ensure_event_loop = _ensure_event_loop
sync_await = _sync_await
RegisterResourceResponse = resource_pb2.RegisterResourceResponse
ReadResourceResponse = resource_pb2.ReadResourceResponse
CheckFailure = provider_pb2.CheckFailure
ResourceInvokeResponse = resource_pb2.ResourceInvokeResponse
ResourceRegistration = MockMonitor.ResourceRegistration

__all__ = [
    "PULUMI_VERSION", "SIG_KEY", "SECRET_SIG", "RESOURCE_SIG", "ASSET_SIG", "ARCHIVE_SIG", "OUTPUT_VALUE_SIG", "UNKNOWN",
    "CheckFailure", "MockCallArgs", "MockEngine", "MockMonitor", "MockResourceArgs", "Mocks", "ReadResourceResponse", "RegisterResourceResponse",
    "ResourceInvokeResponse", "ResourceRegistration", "Settings", "deserialize_properties", "ensure_event_loop", "resolve_callbacks",
    "run_isolated", "serialize_now", "serialize_properties", "sync_await", "wrap_rpc_secret",
]


def serialize_now(props: Mapping[str, Any]) -> Any:
    """`serialize_properties(props, {})` for plain data (what a mock answers), on the calling thread without pumping the
    event loop: the coroutine never suspends on plain data, so it is driven to its end here. If it would suspend (an
    Output or an unresolved resource in `props`), it is handed to the SDK's `_sync_await` like the SDK's own mocks do."""
    coro = rpc.serialize_properties(dict(props), {})
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    coro.close()
    return _sync_await(rpc.serialize_properties(dict(props), {}))


# --- monitor calls answered in place --------------------------------------------------------------


class _InlineExecutor(concurrent.futures.ThreadPoolExecutor):
    """The run's default executor: each call runs at once on the event loop's thread.

    The SDK hands every monitor call (RegisterResource, Invoke, RegisterResourceOutputs, Log...) to
    `loop.run_in_executor(None, ...)`, because a real monitor is a blocking gRPC call. The mock monitor answers
    from memory in well under a millisecond: the pool's round trip (queue, thread wake-up, GIL hand-over,
    self-pipe write and the loop's wake-up) cost more than the call, and on a loaded 2-core machine each of the
    ~900 hand-overs of six previews also waited for the other thread to be scheduled (docs/benchmarks.md). The
    awaiting task gets the same Future, already done."""

    def __init__(self) -> None:
        super().__init__(max_workers=1, thread_name_prefix="loom-preview-unused")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the awaiting task, as the pool delivers it
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future


# --- a faster wait_for_rpcs, for the isolated run only -------------------------------------------

_SDK_WAIT_FOR_RPCS = runtime_stack.wait_for_rpcs
_IN_RUN = contextvars.ContextVar("loom_isolated_run", default=False)
"""True in the context of an isolated run: what run_isolated installs process-wide acts only there."""


async def _drain_rpcs_and_outputs(await_all_outstanding_tasks: bool = True) -> None:
    """`pulumi.runtime.stack.wait_for_rpcs` with the same contract (every RPC and every Output
    task finished, the first failure re-raised) but linear: the SDK's version waits on the whole
    set of pending outputs with FIRST_COMPLETED over and over, which is quadratic in the number
    of Outputs (thousands in a cloud stack) and halved the preview's speed."""
    rpc_manager = _get_rpc_manager()
    while True:
        while rpc_manager.rpcs:
            await asyncio.sleep(0)
            try:
                await rpc_manager.rpcs.pop()
            except Exception as exn:
                if rpc_manager.unhandled_exception is not None:
                    raise exn from rpc_manager.unhandled_exception.with_traceback(rpc_manager.exception_traceback)
                raise
        if rpc_manager.unhandled_exception is not None:
            raise rpc_manager.unhandled_exception.with_traceback(rpc_manager.exception_traceback)
        if await_all_outstanding_tasks:
            while True:
                with SETTINGS.lock:
                    pending = list(SETTINGS.outputs)
                    SETTINGS.outputs.clear()
                if not pending:
                    break
                await asyncio.gather(*pending)
        if not rpc_manager.rpcs:
            break


async def _wait_for_rpcs(await_all_outstanding_tasks: bool = True) -> None:
    """Installed as `pulumi.runtime.stack.wait_for_rpcs` while an isolated run is in progress:
    linear inside that run's context, the SDK's own everywhere else (another thread's program)."""
    if _IN_RUN.get():
        await _drain_rpcs_and_outputs(await_all_outstanding_tasks)
    else:
        await _SDK_WAIT_FOR_RPCS(await_all_outstanding_tasks)


# --- a cheaper stack trace per resource, for the isolated run only ---------------------------------

_SDK_GET_STACK_TRACE = runtime_resource._get_stack_trace
_URIS: dict[str, str | None] = {}
"""file name -> its `file://` URI (None when it has none, e.g. `<string>`): a pure function of the name."""


def _source_uri(filename: str) -> str | None:
    if filename not in _URIS:
        try:
            _URIS[filename] = pathlib.Path(filename).as_uri() if filename else None
        except BaseException:  # noqa: BLE001 - the SDK's own rule: no URI, no position
            _URIS[filename] = None
    return _URIS[filename]


def _stack_trace() -> source_pb2.StackTrace:
    """`pulumi.runtime.resource._get_stack_trace` with the same result (the frames that called the concrete
    resource's constructor, innermost first, each with its file URI and line) without what makes the SDK's slow:
    `traceback.extract_stack()` reads every frame's source line through linecache (an os.stat per frame) and
    `Path.as_uri()` parses each file name again, ~17 frames for each of a preview's ~750 resources. The mock
    engine does not read stack traces; a real engine shows them in errors, so they stay exact."""
    frames: list[types.FrameType] = []
    f: types.FrameType | None = sys._getframe()
    while f is not None:
        frames.append(f)
        f = f.f_back
    # frames[0] is this function (the SDK's own frame at that place); find the third `__init__` from the inside.
    seen = 0
    for j, frame in enumerate(frames):
        if frame.f_code.co_name == "__init__":
            seen += 1
            if seen == 3:
                break
    else:
        return source_pb2.StackTrace()
    if j >= len(frames) - 1:
        return source_pb2.StackTrace()
    out = []
    for frame in frames[j + 1 :]:
        uri = _source_uri(frame.f_code.co_filename)
        line = frame.f_lineno
        pos = source_pb2.SourcePosition(uri=uri, line=line) if uri is not None and line is not None else None
        out.append(source_pb2.StackFrame(pc=pos))
    return source_pb2.StackTrace(frames=out)


@contextmanager
def _replaced(module: Any, name: str, value: Any) -> Iterator[None]:
    """`module.name` is `value` inside the block (one preview run), and what it was afterwards."""
    installed = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, installed)


# --- alias URNs computed when someone asks, for the isolated run only --------------------------------

_SDK_COLLAPSE_ALIAS = sdk_resource.collapse_alias_to_urn


class AliasUrn:
    """An alias's URN as `Resource.__init__` records it in `Resource._aliases`, collapsed when first awaited.

    The SDK collapses every alias of every resource to a URN eagerly, through Outputs (`collapse_alias_to_urn`:
    from_input, apply, Output.all, create_urn: about five Outputs and tasks an alias). pulumi-azure-native gives each
    resource the type aliases of all its former API versions: 1,260 aliases in the azure stack, most of that
    preview's Output work. `_aliases` is read in one place, `all_aliases`, which the SDK calls only for a monitor
    without alias specs; the preview's monitor takes alias specs, so the request sends `opts.aliases` as specs and
    the URNs were never read. This stands in for the Output with the same value when awaited (an `Input[str]`)."""

    __slots__ = ("_args", "_output")

    def __init__(self, alias: Any, name: str, type_: str, parent: Any) -> None:
        self._args = (alias, name, type_, parent)
        self._output: pulumi.Output | None = None

    def output(self) -> pulumi.Output:
        if self._output is None:
            self._output = _SDK_COLLAPSE_ALIAS(*self._args)
        return self._output

    def __await__(self) -> Any:
        return self.output().future().__await__()


def _collapse_alias_to_urn(alias: Any, name: str, type_: str, parent: Any) -> Any:
    if _IN_RUN.get() and monitor_supports_feature(resource_pb2.RESOURCE_MONITOR_FEATURE_ALIAS_SPECS):
        return AliasUrn(alias, name, type_, parent)
    return _SDK_COLLAPSE_ALIAS(alias, name, type_, parent)


# --- process-global state that contextvars do not cover -------------------------------------------

_DEFAULT_ATTR = "_ContextProperty__default"
"""`pulumi._utils.ContextProperty` keeps a process-global default and overwrites it whenever a
property is set from a context that has no value yet; contextvars cannot isolate that."""


def _settings_properties() -> dict[str, Any]:
    return {name: attr for name, attr in vars(Settings).items() if isinstance(attr, sdk_utils.ContextProperty)}


def _save_defaults() -> dict[str, Any]:
    return {name: getattr(prop, _DEFAULT_ATTR) for name, prop in _settings_properties().items()}


def _restore_defaults(saved: Mapping[str, Any]) -> None:
    props = _settings_properties()
    for name, value in saved.items():
        setattr(props[name], _DEFAULT_ATTR, value)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """The SDKs leave millions of long-lived objects (modules, types) on the heap; every full
    collection during the run would walk them all. Collect the young generations, then freeze
    what is alive: a run's own cycles are still collected (measured: about half of a preview's
    time went to the collector otherwise; docs/benchmarks.md). The caller gets its heap back as it
    was: unfrozen afterwards, and left alone when the caller froze objects itself or disabled gc."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.collect(1)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_RUN_LOCK = threading.Lock()
"""One isolated run at a time: the process-global defaults and wait_for_rpcs are swapped per run."""


def run_isolated(program: Callable[[], Any], *, settings: Mapping[str, Any], config: Mapping[str, str]) -> None:
    """Run `program` inside a fresh root Stack under `Settings(**settings)` (monitor, engine,
    project, stack) with runtime `config`, exactly as the language host runs `__main__`, and leave
    the caller's runtime as it was, whether the program succeeds or raises (what it raised is
    re-raised). The Settings object is built inside the run: its constructor writes the
    process's SETTINGS (its attributes are class-level context properties)."""
    outcome: list[BaseException] = []

    def worker() -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.set_default_executor(_InlineExecutor())
        try:
            _IN_RUN.set(True)
            ROOT.set(None)
            runtime_config.set_all_config(dict(config), [])
            configure(Settings(**settings))
            loop.run_until_complete(run_in_stack(program))
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread, re-raised there
            outcome.append(exc)
        finally:
            try:
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    with _RUN_LOCK:
        defaults = _save_defaults()
        try:
            with (
                _frozen_heap(),
                _replaced(runtime_stack, "wait_for_rpcs", _wait_for_rpcs),
                _replaced(runtime_resource, "_get_stack_trace", _stack_trace),
                # an awaitable Input[str] (AliasUrn) where the SDK returns an Output
                _replaced(sdk_resource, "collapse_alias_to_urn", _collapse_alias_to_urn),
            ):
                # A copy of the caller's context: what the program sets (SETTINGS, ROOT, CONFIG, the
                # serialization flags, infra's SOURCE) stays in the copy; what the caller set is visible.
                context = contextvars.copy_context()
                thread = threading.Thread(target=context.run, args=(worker,), name="loom-preview", daemon=True)
                thread.start()
                thread.join()
        finally:
            _restore_defaults(defaults)
    if outcome:
        raise outcome[0]


def await_value(awaitable: Any) -> Any:
    """The value of a finished Output's future (or any awaitable), from the calling thread, whatever
    event loop created it: tests read Outputs of a program that `run_isolated` ran."""

    async def _get() -> Any:
        return await awaitable

    return _sync_await(_get())


def output_value(output: Any) -> Any:
    return await_value(pulumi.Output.from_input(output).future())


def output_is_secret(output: pulumi.Output) -> bool:
    return bool(await_value(output._is_secret))
