"""Every argument of every component is a decision: a stack setting, wiring, or a fixed choice of the component.

Components whose Args extend their settings class (issue 13, item 1) say it in field metadata (contract/settings.py):
`setting` fields must be reachable from the stack's `loom:` keys (so docs/stacks.md documents them), `wiring` and
`fixed` fields carry a doc saying where their value comes from. Args not yet built that way are still checked the
old way: each field mapped by infra/program.py, wired by the Platform, or listed below. A new argument fails this test
until someone decides (and the stack settings / docs/stacks.md follow)."""

from __future__ import annotations

import ast
import dataclasses
import typing
from pathlib import Path

import pytest

import components.certificates as certificates
import components.feedback as feedback
import components.foundation as foundation
import components.lake as lake
import components.metrics_server as metrics_server
import components.mesh as mesh
import components.milvus as milvus
import components.mlflow as mlflow
import components.observability as observability
import components.triton as triton
from contract.settings import KINDS, SETTING, WIRING, kind_of
from infra import config as cfg
from infra.schema import unwrap_optional

PROGRAM = Path(__file__).resolve().parents[2] / "infra" / "program.py"

WIRED = {"k8s_provider", "foundation", "provider", "model_bucket", "gateway", "lake_bucket", "models_bucket", "mlflow_bucket",
         "tracking_uri", "vector_store_uri", "inference_url", "storage_class", "interaction_lake",
         "gateway_service_type", "hosts", "secret_name", "external_services"}
"""Filled in by the program or the Platform from other resources, never from settings (Args not yet migrated)."""

CONVENTIONS = {"namespace", "namespaces", "allowed_namespaces", "allowed_principals", "classification", "service_account_name",
               "scrape_namespaces", "postgres_namespace", "raw_prefix", "database", "db_username", "extra_env", "extra_args"}
"""docs/architecture.md conventions (namespaces, identities, classification labels) the policy pack relies on."""

DEFAULT_ONLY = {
    "ExistingClusterFoundationArgs": {"cnpg_chart_version", "gpu_operator_chart_version"},
    "MinioArgs": {"kes_key_name", "operator_chart_version"},
    "ExternalS3Args": {"token_audience"},
    "MetricsServerArgs": {"replicas", "chart_version"},
}
"""Left at the component's default on purpose (Args not yet migrated)."""

ARGS = [
    foundation.AwsFoundationArgs, foundation.AwsExistingCluster, foundation.GcpFoundationArgs, foundation.GcpExistingCluster,
    foundation.AzureFoundationArgs, foundation.AzureExistingCluster, foundation.ExistingClusterFoundationArgs, foundation.MinioArgs,
    foundation.ExternalS3Args, mesh.IstioMeshArgs, triton.TritonServingArgs, milvus.MilvusVectorStoreArgs, mlflow.MlflowTrackingArgs,
    lake.TelemetryLakeArgs, observability.ObservabilityArgs, feedback.FeedbackLoopArgs, certificates.GatewayCertificateArgs,
    metrics_server.MetricsServerArgs,
]


def _migrated(cls: type) -> bool:
    return any(kind_of(f) is not None for f in dataclasses.fields(cls))


def _reachable_settings() -> set[type]:
    """Every dataclass the stack's `loom:` keys reach (what infra/schema.py parses and docs/stacks.md documents)."""
    seen: set[type] = set()
    queue: list[type] = [cfg.LoomSettings]
    while queue:
        cls = queue.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for tp in typing.get_type_hints(cls).values():
            inner, _ = unwrap_optional(tp)
            if typing.get_origin(inner) in (dict, typing.Mapping, list, typing.Sequence):
                inner = typing.get_args(inner)[-1]
            if dataclasses.is_dataclass(inner):
                queue.append(inner)
    return seen


def _mapped_by_program() -> dict[str, set[str]]:
    tree = ast.parse(PROGRAM.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    variables: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            out.setdefault(node.func.id, set()).update(k.arg for k in node.keywords if k.arg)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    variables[t.id] = node.value.func.id
    for node in ast.walk(tree):  # `minio.tenant_image = ...` style
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in variables:
                    out.setdefault(variables[t.value.id], set()).add(t.attr)
    return out


@pytest.mark.parametrize("args_cls", ARGS, ids=lambda c: c.__name__)
def test_every_component_argument_is_decided(args_cls):
    if _migrated(args_cls):
        reachable = _reachable_settings()
        undecided = [f.name for f in dataclasses.fields(args_cls) if kind_of(f) not in KINDS or not f.metadata.get("doc")]
        assert not undecided, f"{args_cls.__name__}: declare these with setting(), wiring() or fixed() and a doc: {undecided}"
        declaring = {f.name: next(c for c in reversed(args_cls.__mro__) if f.name in getattr(c, "__dataclass_fields__", {}))
                     for f in dataclasses.fields(args_cls) if kind_of(f) == SETTING}
        unreachable = sorted(name for name, c in declaring.items() if c not in reachable)
        assert not unreachable, f"{args_cls.__name__}: settings no `loom:` key reaches (add the settings class to infra/config.py): {unreachable}"
        return
    mapped = _mapped_by_program().get(args_cls.__name__, set())
    fields = {f.name for f in dataclasses.fields(args_cls)}
    undecided_names = fields - mapped - WIRED - CONVENTIONS - DEFAULT_ONLY.get(args_cls.__name__, set())
    assert not undecided_names, (f"{args_cls.__name__}: map these from stack settings (infra/config.py + infra/program.py) or "
                                 f"list them here: {sorted(undecided_names)}")


@pytest.mark.parametrize("path", ["components/platform.py", "infra/program.py"])
def test_the_platform_and_program_wire_exactly_the_wiring_fields(path):
    """PlatformArgs holds each migrated component's settings and the program each cloud foundation's; both add only
    wiring (never a setting, never a fixed choice): a wire() call naming a setting would override the stack file silently."""
    source = (Path(__file__).resolve().parents[2] / path).read_text(encoding="utf-8")
    by_name = {c.__name__: c for c in ARGS}
    calls = [n for n in ast.walk(ast.parse(source))
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "wire"]
    assert calls, f"{path} builds migrated Args with contract.settings.wire"
    for call in calls:
        cls = by_name[call.args[0].id]  # type: ignore[attr-defined]
        kinds = {f.name: kind_of(f) for f in dataclasses.fields(cls)}
        wrong = [k.arg for k in call.keywords if kinds.get(k.arg) != WIRING]
        assert not wrong, f"wire({cls.__name__}, ...) sets non-wiring fields {wrong}"
        missing = [n for n, k in kinds.items() if k == WIRING and n not in {k.arg for k in call.keywords}
                   and dataclasses.fields(cls)[[f.name for f in dataclasses.fields(cls)].index(n)].default is dataclasses.MISSING]
        assert not missing, f"wire({cls.__name__}, ...) leaves required wiring unset: {missing}"
