"""The offline preview: run the Pulumi program under the SDK's mocks, with no CLI and no cloud.

`run_preview(stack="aws")` reads `stacks/Pulumi.aws.yaml`, hands its settings to the Pulumi
runtime exactly as the CLI would (structured values as JSON strings), runs `infra.program.main`
inside a fresh Stack and records every resource the engine would be asked to register: type,
name, parent, provider, inputs (camelCase, secrets replaced by "[secret]"), protect and
dependencies. The policy pack (`loom policy check`) and the golden-file tests consume the result.

It is callable many times in one process (the benchmark previews six stacks in one run): each
run gets fresh runtime settings, config and root resource, and leaves the caller's as they were
(loom/sdk_internals.py, which holds every private SDK name this needs). `run_program` is the one
recording mock engine of the repository: the unit tests of components and foundations use it too.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import yaml
from google.protobuf import struct_pb2

from loom import mocks as provider_mocks
from loom import sdk_internals as sdk
from loom.errors import ArgumentError, ConfigError, LoomError

PROJECT = "loom"
REPO_ROOT = Path(__file__).resolve().parents[1]
STACKS_DIR = REPO_ROOT / "stacks"
SECRET = "[secret]"
"""What a secret value is replaced with in inputs and outputs."""
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (the pure-Python scanner took ~20 ms a stack file); bad YAML
is parsed again by the pure-Python loader, so errors read as they always did."""


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
    ignore_changes: list[str] = field(default_factory=list)
    outputs: dict = field(default_factory=dict)
    """What the (mock) provider returned: inputs echoed plus computed outputs (loom/mocks.py)."""
    external: bool = False
    """Read, not managed (`Resource.get`, a StackReference): the engine reads its state, creates nothing."""


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
    invokes: list[tuple[str, dict]] = field(default_factory=list)
    """Every provider function the program invoked: (token, arguments)."""
    value: Any = None
    """What the program returned (`run_program`): tests read the objects it built."""

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

    of_type = by_type

    def one(self, type_: str, name: str | None = None) -> PreviewResource:
        """The one resource of `type_` (named `name`); AssertionError naming what was found otherwise."""
        found = [r for r in self.by_type(type_) if name is None or r.name == name]
        assert len(found) == 1, f"expected one {type_} {name or ''}, found {[r.name for r in self.by_type(type_)]}"
        return found[0]

    def named(self, name: str) -> PreviewResource:
        found = [r for r in self.resources if r.name == name]
        assert len(found) == 1, f"expected one resource named {name}, found {len(found)}"
        return found[0]

    def by_urn(self, urn: str) -> PreviewResource:
        return next(r for r in self.resources if r.urn == urn)

    def types(self) -> set[str]:
        return {r.type for r in self.resources}

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
        text = path.read_text(encoding="utf-8")
        try:
            doc = yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError:
            doc = yaml.safe_load(text)  # bad YAML: PyYAML's own loader raises again, with its wording of the problem
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
#
# The one recording mock engine of the repository: the preview, the golden files, the offline checks
# and every unit test of components and foundations run their programs through `run_program`.


def _plain(value: Any, keep_secrets: bool = False) -> Any:
    """A protobuf value as plain JSON data, integral floats as ints; secrets replaced by "[secret]",
    or with `keep_secrets` kept as the SDK's wrapper `{SIG_KEY: SECRET_SIG, "value": ...}` (tests
    read the value and assert that it stays secret)."""
    if isinstance(value, struct_pb2.Value):
        kind = value.WhichOneof("kind")
        if kind == "struct_value":
            return _plain(value.struct_value, keep_secrets)
        if kind == "list_value":
            return _plain(value.list_value, keep_secrets)
        if kind == "string_value":
            return "[unknown]" if value.string_value == sdk.UNKNOWN else value.string_value
        if kind == "number_value":
            return _plain(value.number_value)
        if kind == "bool_value":
            return value.bool_value
        return None
    if isinstance(value, struct_pb2.Struct):
        fields = value.fields
        sig = fields.get(sdk.SIG_KEY)
        if sig is not None:
            s = sig.string_value
            if s == sdk.SECRET_SIG:
                return {sdk.SIG_KEY: sdk.SECRET_SIG, "value": _plain(fields["value"], True)} if keep_secrets else SECRET
            if s == sdk.RESOURCE_SIG:
                return fields["urn"].string_value
            if s == sdk.ASSET_SIG or s == sdk.ARCHIVE_SIG:
                return {k: _plain(v, keep_secrets) for k, v in fields.items() if k != sdk.SIG_KEY}
            if s == sdk.OUTPUT_VALUE_SIG:
                inner = _plain(fields["value"], keep_secrets) if "value" in fields else "[unknown]"
                if "secret" in fields and fields["secret"].bool_value:
                    return {sdk.SIG_KEY: sdk.SECRET_SIG, "value": inner} if keep_secrets else SECRET
                return inner
        return {k: _plain(v, keep_secrets) for k, v in sorted(fields.items()) if not k.startswith("__")}
    if isinstance(value, struct_pb2.ListValue):
        return [_plain(v, keep_secrets) for v in value.values]
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return value


def _provider_urn(ref: str) -> str | None:
    """The engine's provider reference is `urn::id`; keep the URN."""
    if not ref:
        return None
    return ref.rsplit("::", 1)[0]


def _round_trips(plain: Any) -> bool:
    """Whether a request field (as `_plain` read it) deserializes and serializes back to itself: no null, unknown or
    secret anywhere in it (a secret's contents are not visible in `plain`)."""
    if isinstance(plain, dict):
        return all(_round_trips(v) for v in plain.values())
    if isinstance(plain, list):
        return all(_round_trips(v) for v in plain)
    return plain is not None and plain != SECRET and plain != "[unknown]"


def _outputs_struct(
    inputs_struct: struct_pb2.Struct, inputs: Mapping[str, Any], plain: Mapping[str, Any], state: Mapping[str, Any]
) -> struct_pb2.Struct:
    """`serialize_properties(state)`, the provider's answer on the wire, without serializing again what it echoed.

    A mock echoes its inputs (loom/mocks.py: the engine does the same for inputs that are also outputs) and adds
    computed outputs. A top-level value that is the very object `deserialize_properties` made of the request's
    field serializes back to that field, so the field is copied; only new or replaced values (computed outputs,
    metadata the provider fills in, secrets wrapped for additionalSecretOutputs) go through the SDK's
    serializer. A field holding a null, an unknown or a secret anywhere (`plain`: the request as `_plain` read it)
    is serialized again: deserializing drops nested nulls (Helm values that delete a chart default) and turns an
    unknown into None, so a copy would differ from what the SDK's serializer sends back.
    tests/infra/test_preview_api.py checks the result against the SDK's serializer on all six stacks."""
    out = struct_pb2.Struct()
    rest: dict[str, Any] = {}
    fields = inputs_struct.fields
    for key, value in state.items():
        if value is not None and inputs.get(key) is value and key in fields and key in plain and _round_trips(plain[key]):
            out.fields[key].CopyFrom(fields[key])
        else:
            rest[key] = value
    if rest:
        out.MergeFrom(sdk.serialize_now(rest))
    return out


class _ProviderMocks(sdk.Mocks):
    """Computed outputs and invoke results imitating the real providers (loom/mocks.py); records
    every invoke (token, arguments)."""

    def __init__(
        self,
        invoke_results: Mapping[str, Callable[[dict], dict]] | None = None,
        resource_outputs: Mapping[str, Callable[[str, dict], tuple[str, dict]]] | None = None,
    ) -> None:
        self.provider_regions: dict[str, str] = {}
        self.invokes: list[tuple[str, dict]] = []
        self.invoke_results = dict(invoke_results or {})
        self.resource_outputs = dict(resource_outputs or {})

    def new_resource(self, args: sdk.MockResourceArgs):
        if args.typ in self.resource_outputs:
            return self.resource_outputs[args.typ](args.name, dict(args.inputs))
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
        self.invokes.append((args.token, dict(args.args)))
        if args.token in self.invoke_results:
            return self.invoke_results[args.token](dict(args.args))
        return provider_mocks.invoke_outputs(args.token, args.args)


class RecordingMonitor(sdk.MockMonitor):
    """A MockMonitor that also records what the engine would see: parent, provider, protect,
    dependencies, ignoreChanges, inputs with their secrets and the provider's outputs; and wraps
    `additionalSecretOutputs` as the engine does, so secrets stay secret downstream."""

    def __init__(self, mocks: sdk.Mocks, stack: str, project: str, keep_secrets: bool = False) -> None:
        super().__init__(mocks)
        self.stack_name, self.project_name = stack, project
        self.keep_secrets = keep_secrets
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
            inputs=_plain(request.object, self.keep_secrets),
            custom=bool(request.custom),
            protect=bool(request.protect),
            dependencies=sorted(set(request.dependencies)),
            ignore_changes=list(request.ignoreChanges),
        )
        with self._lock:
            self.recorded.append(record)
        if request.type == "pulumi:pulumi:Stack":
            return sdk.RegisterResourceResponse(urn=urn)

        sdk.ensure_event_loop()
        inputs = sdk.deserialize_properties(request.object)
        args = sdk.MockResourceArgs(
            typ=request.type,
            name=request.name,
            inputs=inputs,
            provider=request.provider,
            resource_id=request.importId,
            custom=request.custom or False,
            transforms=sdk.resolve_callbacks(request.transforms),
        )
        id_, state = self.mocks.new_resource(args)
        for key in request.additionalSecretOutputs:
            if key in state:
                state[key] = sdk.wrap_rpc_secret(state[key])
        record.outputs = state
        obj_proto = _outputs_struct(request.object, inputs, record.inputs, state)
        self.resources[urn] = sdk.ResourceRegistration(urn, id_, state)
        return sdk.RegisterResourceResponse(urn=urn, id=id_, object=obj_proto)

    def Invoke(self, request):  # noqa: N802 (gRPC method name)
        """MockMonitor.Invoke, serializing the answer without re-entering the event loop (the call runs on the
        loop's thread: loom.sdk_internals runs monitor calls in place)."""
        if request.tok == "pulumi:pulumi:getResource":
            return super().Invoke(request)
        sdk.ensure_event_loop()
        args = sdk.deserialize_properties(request.args)
        answer = self.mocks.call(sdk.MockCallArgs(token=request.tok, args=args, provider=request.provider))
        ret, failures = (answer, None) if isinstance(answer, dict) else (answer[0], [sdk.CheckFailure(property=p, reason=r) for p, r in answer[1]])
        return sdk.ResourceInvokeResponse(failures=failures, **{"return": sdk.serialize_now(ret)})

    def ReadResource(self, request):  # noqa: N802 (gRPC method name)
        sdk.ensure_event_loop()
        state = sdk.deserialize_properties(request.properties)
        args = sdk.MockResourceArgs(
            typ=request.type, name=request.name, inputs=state, provider=request.provider, resource_id=request.id,
        )
        id_, state = self.mocks.new_resource(args)
        props_proto = sdk.serialize_now(state)
        urn = self.make_urn(request.parent, request.type, request.name)
        self.resources[urn] = sdk.ResourceRegistration(urn, id_, state)
        response = sdk.ReadResourceResponse(urn=urn, properties=props_proto)
        record = PreviewResource(
            urn=response.urn,
            type=request.type,
            name=request.name,
            parent=request.parent or None,
            provider=_provider_urn(request.provider),
            inputs=_plain(request.properties, self.keep_secrets),
            custom=True,
            protect=False,
            dependencies=sorted(set(request.dependencies)),
            outputs=self.resources[response.urn].state,
            external=True,
        )
        with self._lock:
            self.recorded.append(record)
        return response

    def RegisterResourceOutputs(self, request):  # noqa: N802 (gRPC method name)
        if "::pulumi:pulumi:Stack::" in request.urn:
            self.stack_outputs = _plain(request.outputs, self.keep_secrets) or {}
        return super().RegisterResourceOutputs(request)


def run_program(
    program: Callable[[], Any],
    *,
    stack: str,
    config: Mapping[str, str],
    project: str = PROJECT,
    keep_secrets: bool = False,
    invoke_results: Mapping[str, Callable[[dict], dict]] | None = None,
    resource_outputs: Mapping[str, Callable[[str, dict], tuple[str, dict]]] | None = None,
) -> PreviewResult:
    """Run `program` under the mocks as stack `stack` with runtime `config`; record the graph.

    What the program returns is kept in `PreviewResult.value` (tests read the objects it built).
    `keep_secrets` records secret inputs wrapped rather than replaced (tests only: a preview's
    output never holds a secret's value); `invoke_results` (token -> f(args) -> result) and
    `resource_outputs` (type -> f(name, inputs) -> (id, outputs)) answer in place of loom/mocks.py
    (tests: what a provider or another stack may hand back that the mocks do not). Nothing of the run leaks into the calling process: see
    `loom.sdk_internals.run_isolated`."""
    mocks = _ProviderMocks(invoke_results, resource_outputs)
    monitor = RecordingMonitor(mocks, stack, project, keep_secrets=keep_secrets)
    returned: list[Any] = []

    def body() -> None:
        returned.append(program())

    settings = dict(
        project=project,
        stack=stack,
        monitor=monitor,
        engine=sdk.MockEngine(logging.getLogger("loom.preview")),
        dry_run=False,
        organization="organization",
        root_directory=str(REPO_ROOT),
    )
    sdk.run_isolated(body, settings=settings, config=config)
    resources = sorted(monitor.recorded, key=lambda r: r.urn)
    return PreviewResult(
        stack=stack, project=project, resources=resources, outputs=monitor.stack_outputs, invokes=mocks.invokes,
        value=returned[0] if returned else None,
    )


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

