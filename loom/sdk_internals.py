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
import contextvars
import gc
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Mapping

import pulumi
from pulumi import _utils as sdk_utils
from pulumi.runtime import config as runtime_config
from pulumi.runtime import rpc
from pulumi.runtime import stack as runtime_stack
from pulumi.runtime.mocks import MockEngine, MockMonitor, MockResourceArgs, Mocks, _resolve_callbacks
from pulumi.runtime.proto import resource_pb2
from pulumi.runtime.settings import ROOT, SETTINGS, Settings, _get_rpc_manager, configure
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
ResourceRegistration = MockMonitor.ResourceRegistration

__all__ = [
    "PULUMI_VERSION", "SIG_KEY", "SECRET_SIG", "RESOURCE_SIG", "ASSET_SIG", "ARCHIVE_SIG", "OUTPUT_VALUE_SIG", "UNKNOWN",
    "MockEngine", "MockMonitor", "MockResourceArgs", "Mocks", "RegisterResourceResponse", "ResourceRegistration",
    "Settings", "deserialize_properties", "ensure_event_loop", "resolve_callbacks", "run_isolated", "serialize_properties",
    "sync_await", "wrap_rpc_secret",
]


# --- a faster wait_for_rpcs, for the isolated run only -------------------------------------------

_SDK_WAIT_FOR_RPCS = runtime_stack.wait_for_rpcs
_LINEAR_WAIT = contextvars.ContextVar("loom_linear_wait_for_rpcs", default=False)


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
    if _LINEAR_WAIT.get():
        await _drain_rpcs_and_outputs(await_all_outstanding_tasks)
    else:
        await _SDK_WAIT_FOR_RPCS(await_all_outstanding_tasks)


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


@contextmanager
def _linear_wait_installed() -> Iterator[None]:
    installed = runtime_stack.wait_for_rpcs
    runtime_stack.wait_for_rpcs = _wait_for_rpcs
    try:
        yield
    finally:
        runtime_stack.wait_for_rpcs = installed


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
        try:
            _LINEAR_WAIT.set(True)
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
            with _frozen_heap(), _linear_wait_installed():
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
