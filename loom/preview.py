"""The offline preview: run the Pulumi program under the SDK's mocks, with no CLI and no cloud.

`run_preview(stack="aws")` reads `stacks/Pulumi.aws.yaml`, hands its settings to the Pulumi
runtime exactly as the CLI would (structured values as JSON strings), runs `infra.program.main`
inside a fresh Stack and records every resource the engine would be asked to register: type,
name, parent, provider, inputs (camelCase, secrets replaced by "[secret]"), protect and
dependencies. The policy pack (`loom policy check`) and the golden-file tests consume the result.

It is callable many times in one process (the benchmark previews six stacks in one run): each
run installs fresh runtime settings, config and root resource.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import yaml
from google.protobuf import struct_pb2

from pulumi.runtime import config as runtime_config
from pulumi.runtime import rpc
from pulumi.runtime import stack as runtime_stack
from pulumi.runtime.mocks import MockEngine, MockMonitor, MockResourceArgs, Mocks, _resolve_callbacks
from pulumi.runtime.proto import resource_pb2
from pulumi.runtime.settings import ROOT, SETTINGS, Settings, _get_rpc_manager, configure
from pulumi.runtime.stack import run_in_stack
from pulumi.runtime.sync_await import _ensure_event_loop, _sync_await

from loom import mocks as provider_mocks
from loom.errors import ArgumentError, ConfigError, LoomError

PROJECT = "loom"
REPO_ROOT = Path(__file__).resolve().parents[1]
STACKS_DIR = REPO_ROOT / "stacks"
SECRET = "[secret]"
"""What a secret value is replaced with in inputs and outputs."""

_RUN_LOCK = threading.Lock()  # the Pulumi runtime settings are process-global


@dataclass
class PreviewResource:
    urn: str
    type: str
    name: str
    parent: str | None
    """URN of the parent resource (the Stack for top-level resources); None only for the Stack."""
    provider: str | None
    """URN of the explicit provider resource; None when the engine would use a default provider."""
    inputs: dict
    """camelCase as the engine sees them; secret values replaced by "[secret]"."""
    custom: bool
    """False for ComponentResources (and the Stack)."""
    protect: bool
    dependencies: list[str] = field(default_factory=list)


@dataclass
class PreviewResult:
    stack: str
    project: str
    resources: list[PreviewResource]
    outputs: dict
    """The stack outputs (secrets as "[secret]")."""
    settings: Any = None
    """The validated stack settings (`infra.config.StackSettings`) the program ran with, when previewed from a
    stack file: the offline checks (loom/checks) read what no resource carries from them (an existing
    cluster's node pools, Kubernetes version)."""

    def to_json(self) -> dict:
        return {
            "stack": self.stack,
            "project": self.project,
            "resources": [
                {"urn": r.urn, "type": r.type, "name": r.name, "parent": r.parent, "provider": r.provider, "inputs": r.inputs}
                for r in self.resources
            ],
        }

    def by_type(self, type_: str) -> list[PreviewResource]:
        return [r for r in self.resources if r.type == type_]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.resources:
            out[r.type] = out.get(r.type, 0) + 1
        return dict(sorted(out.items()))


# --- stack settings files --------------------------------------------------------------------


@dataclass
class StackFile:
    stack: str
    path: Path
    where: str
    """How errors name the file (relative to the repository when it is inside it)."""
    config: dict[str, Any]
    """The `config:` mapping as YAML values."""


def stack_names() -> list[str]:
    return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in STACKS_DIR.glob("Pulumi.*.yaml"))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        try:
            return str(path.resolve().relative_to(REPO_ROOT))
        except ValueError:
            return str(path)


def resolve_stack_file(stack: str | None, config_file: str | os.PathLike | None) -> tuple[str, Path]:
    """Which file to read and which stack name to preview it as."""
    if (stack is None) == (config_file is None):
        raise LoomError("give exactly one of --stack NAME or --config-file PATH")
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise LoomError(f"{path}: no such stack settings file")
        name = path.name
        inferred = name[len("Pulumi.") : -len(".yaml")] if name.startswith("Pulumi.") and name.endswith(".yaml") else path.stem
        return (inferred or "preview"), path
    assert stack is not None
    path = STACKS_DIR / f"Pulumi.{stack}.yaml"
    if not path.is_file():
        raise LoomError(f"stack {stack!r} not found: no stacks/Pulumi.{stack}.yaml; available: {', '.join(stack_names()) or 'none'}")
    return stack, path


def read_stack_file(stack: str | None = None, config_file: str | os.PathLike | None = None) -> StackFile:
    """Parse a Pulumi.<stack>.yaml; bad YAML or a bad shape is one ConfigError naming the file."""
    name, path = resolve_stack_file(stack, config_file)
    where = _display(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoomError(f"{where}: not valid YAML{at}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LoomError(f"{where}: cannot read: {exc}") from None
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise ConfigError(where, "(document)", type(doc).__name__, "a mapping with a `config:` key")
    unknown_top = sorted(set(doc) - {"config", "encryptionsalt", "secretsprovider", "encryptedkey", "environment"})
    if unknown_top:
        raise ConfigError(where, unknown_top[0], doc[unknown_top[0]], "top-level keys config, secretsprovider, encryptedkey, encryptionsalt, environment")
    cfg = doc.get("config") or {}
    if not isinstance(cfg, dict):
        raise ConfigError(where, "config", cfg, "a mapping of namespace:key to values")
    for key, value in cfg.items():
        if not isinstance(key, str) or ":" not in key:
            raise ConfigError(where, str(key), value, "keys of the form namespace:key, e.g. loom:environment or aws:region")
        if isinstance(value, dict) and "secure" in value and len(value) == 1:
            raise ConfigError(where, key, "secure:...", "plain values: the offline preview cannot decrypt secure values (generated secrets come from pulumi_random)")
    return StackFile(stack=name, path=path, where=where, config=dict(cfg))


def to_runtime_config(config: Mapping[str, Any]) -> dict[str, str]:
    """Config as the CLI hands it to a program: strings, with objects and lists as JSON."""
    out: dict[str, str] = {}
    for key, value in config.items():
        if isinstance(value, str):
            out[key] = value
        elif isinstance(value, bool):
            out[key] = "true" if value else "false"
        elif value is None:
            continue
        elif isinstance(value, (int, float)):
            out[key] = str(value)
        else:
            out[key] = json.dumps(value, default=str)
    return out


# --- the engine stand-in ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A protobuf value as plain JSON data, secrets replaced, integral floats as ints."""
    if isinstance(value, struct_pb2.Value):
        kind = value.WhichOneof("kind")
        if kind == "struct_value":
            return _plain(value.struct_value)
        if kind == "list_value":
            return _plain(value.list_value)
        if kind == "string_value":
            return "[unknown]" if value.string_value == rpc.UNKNOWN else value.string_value
        if kind == "number_value":
            return _plain(value.number_value)
        if kind == "bool_value":
            return value.bool_value
        return None
    if isinstance(value, struct_pb2.Struct):
        fields = value.fields
        sig = fields.get(rpc._special_sig_key)
        if sig is not None:
            s = sig.string_value
            if s == rpc._special_secret_sig:
                return SECRET
            if s == rpc._special_resource_sig:
                return fields["urn"].string_value
            if s == rpc._special_asset_sig or s == rpc._special_archive_sig:
                return {k: _plain(v) for k, v in fields.items() if k != rpc._special_sig_key}
            if s == rpc._special_output_value_sig:
                if "secret" in fields and fields["secret"].bool_value:
                    return SECRET
                return _plain(fields["value"]) if "value" in fields else "[unknown]"
        return {k: _plain(v) for k, v in sorted(fields.items()) if not k.startswith("__")}
    if isinstance(value, struct_pb2.ListValue):
        return [_plain(v) for v in value.values]
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return value


def _provider_urn(ref: str) -> str | None:
    """The engine's provider reference is `urn::id`; keep the URN."""
    if not ref:
        return None
    return ref.rsplit("::", 1)[0]


class _ProviderMocks(Mocks):
    """Computed outputs and invoke results imitating the real providers (loom/mocks.py)."""

    def __init__(self) -> None:
        self.provider_regions: dict[str, str] = {}

    def new_resource(self, args: MockResourceArgs):
        if args.custom is False and not args.typ.startswith("pulumi:providers:"):
            return "", {}
        if args.typ.startswith("pulumi:providers:"):
            region = args.inputs.get("region") or args.inputs.get("location")
            if isinstance(region, str):
                self.provider_regions[args.name] = region
            return f"{args.name}-provider-id", dict(args.inputs)
        inputs = args.inputs
        if args.typ.startswith("aws:") and "region" not in inputs and args.provider:
            # AWS resources report the region of their provider (pulumi-aws v7 `region`).
            provider_name = args.provider.rsplit("::", 1)[0].rsplit("::", 1)[-1]
            if provider_name in self.provider_regions:
                inputs = {**inputs, "region": self.provider_regions[provider_name]}
        return provider_mocks.new_resource_outputs(args.typ, args.name, inputs)

    def call(self, args):
        return provider_mocks.invoke_outputs(args.token, args.args)


class RecordingMonitor(MockMonitor):
    """A MockMonitor that also records what the engine would see: parent, provider, protect,
    dependencies, and inputs with their secrets; and wraps `additionalSecretOutputs` as the
    engine does, so secrets stay secret downstream."""

    def __init__(self, mocks: Mocks, stack: str, project: str) -> None:
        super().__init__(mocks)
        self.stack_name, self.project_name = stack, project
        self.recorded: list[PreviewResource] = []
        self.stack_outputs: dict[str, Any] = {}
        self._lock = threading.Lock()

    def RegisterResource(self, request):  # noqa: N802 (gRPC method name)
        urn = self.make_urn(request.parent, request.type, request.name)
        record = PreviewResource(
            urn=urn,
            type=request.type,
            name=request.name,
            parent=request.parent or None,
            provider=_provider_urn(request.provider),
            inputs=_plain(request.object),
            custom=bool(request.custom),
            protect=bool(request.protect),
            dependencies=sorted(set(request.dependencies)),
        )
        with self._lock:
            self.recorded.append(record)
        if request.type == "pulumi:pulumi:Stack":
            return resource_pb2.RegisterResourceResponse(urn=urn)

        _ensure_event_loop()
        inputs = rpc.deserialize_properties(request.object)
        args = MockResourceArgs(
            typ=request.type,
            name=request.name,
            inputs=inputs,
            provider=request.provider,
            resource_id=request.importId,
            custom=request.custom or False,
            transforms=_resolve_callbacks(request.transforms),
        )
        id_, state = self.mocks.new_resource(args)
        for key in request.additionalSecretOutputs:
            if key in state:
                state[key] = rpc.wrap_rpc_secret(state[key])
        obj_proto = _sync_await(rpc.serialize_properties(state, {}))
        self.resources[urn] = MockMonitor.ResourceRegistration(urn, id_, state)
        return resource_pb2.RegisterResourceResponse(urn=urn, id=id_, object=obj_proto)

    def RegisterResourceOutputs(self, request):  # noqa: N802
        if "::pulumi:pulumi:Stack::" in request.urn:
            self.stack_outputs = _plain(request.outputs) or {}
        return super().RegisterResourceOutputs(request)


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


_SETTINGS_FIELDS = (
    "rpc_manager", "outputs", "lock", "project", "root_directory", "stack", "parallel", "dry_run", "legacy_apply_enabled",
    "monitor_features", "organization", "package_refs", "base_providers_by_ref", "monitor", "engine", "callbacks",
)


def _save_runtime() -> dict[str, Any]:
    """The process-global runtime state a preview replaces (settings, root resource, config), so a
    caller that had its own mocks configured (tests, another tool) gets them back afterwards."""
    return {
        "settings": {name: getattr(SETTINGS, name) for name in _SETTINGS_FIELDS},
        "root": ROOT.get(),
        "config": runtime_config.CONFIG.get(),
        "secret_keys": runtime_config._SECRET_KEYS.get(),
    }


def _restore_runtime(saved: Mapping[str, Any]) -> None:
    for name, value in saved["settings"].items():
        setattr(SETTINGS, name, value)
    ROOT.set(saved["root"])
    runtime_config.CONFIG.set(saved["config"])
    runtime_config._SECRET_KEYS.set(saved["secret_keys"])


def run_program(program: Callable[[], None], *, stack: str, config: Mapping[str, str], project: str = PROJECT) -> PreviewResult:
    """Run `program` under the mocks as stack `stack` with runtime `config`; record the graph."""
    with _RUN_LOCK:
        # The SDKs leave millions of long-lived objects (modules, types) on the heap; every
        # full collection during the run would walk them all. Collect the young generations,
        # then freeze what is alive: a run's own cycles are still collected (measured: about
        # half of a preview's time went to the collector otherwise; docs/benchmarks.md).
        gc.collect(1)
        gc.freeze()
        saved = _save_runtime()
        monitor = RecordingMonitor(_ProviderMocks(), stack, project)
        ROOT.set(None)
        runtime_config.set_all_config(dict(config), [])
        configure(
            Settings(
                project=project,
                stack=stack,
                monitor=monitor,
                engine=MockEngine(logging.getLogger("loom.preview")),
                dry_run=False,
                organization="organization",
                root_directory=str(REPO_ROOT),
            )
        )
        sdk_wait = runtime_stack.wait_for_rpcs
        runtime_stack.wait_for_rpcs = _drain_rpcs_and_outputs
        try:
            _sync_await(run_in_stack(program))
        finally:
            runtime_stack.wait_for_rpcs = sdk_wait
            _restore_runtime(saved)
        resources = sorted(monitor.recorded, key=lambda r: r.urn)
        return PreviewResult(stack=stack, project=project, resources=resources, outputs=monitor.stack_outputs)


def run_preview(*, stack: str | None = None, config_file: str | os.PathLike | None = None) -> PreviewResult:
    """Preview one stack offline: `stack` names stacks/Pulumi.<stack>.yaml, or give any `config_file`.

    Raises LoomError / ConfigError on bad input (the message names the file, key, value and
    what is allowed)."""
    sf = read_stack_file(stack, config_file)
    from infra import config as infra_config
    from infra import program

    # Validate before touching the runtime: the error then names the file the user gave.
    settings = infra_config.parse(sf.config, where=sf.where)
    token = infra_config.SOURCE.set(sf.where)
    try:
        result = run_program(program.main, stack=sf.stack, config=to_runtime_config(sf.config))
        result.settings = settings
        return result
    except ArgumentError as exc:
        # Bad input, told by its type (a setting, or a component's or foundation's argument): one
        # line naming the stack file. Any other exception is a bug and keeps its traceback.
        raise exc.located(sf.where) from None
    finally:
        infra_config.SOURCE.reset(token)


__all__ = ["PROJECT", "SECRET", "PreviewResource", "PreviewResult", "read_stack_file", "resolve_stack_file", "run_preview", "run_program", "stack_names"]

