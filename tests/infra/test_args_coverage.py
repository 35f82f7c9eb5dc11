"""Every argument of every component and foundation is a decision: a stack setting, wiring, or a fixed choice.

Each Args class extends its settings (issue 13, item 1) and says what each field is in its metadata
(contract/settings.py): `setting` fields must be reachable from the stack's `loom:` keys (so infra/schema.py parses them
and docs/stacks.md documents them), `wiring` and `fixed` fields carry a doc saying where their value comes from. A new
argument fails this test until someone decides; a wire() call that sets a setting fails it too."""

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
from contract.settings import KINDS, SETTING, WIRING, kind_of, setting, wiring
from infra import config as cfg
from infra.schema import unwrap_optional
from components.kube.reference import parse_source

ARGS = [
    foundation.AwsFoundationArgs, foundation.AwsExistingCluster, foundation.GcpFoundationArgs, foundation.GcpExistingCluster,
    foundation.AzureFoundationArgs, foundation.AzureExistingCluster, foundation.ExistingClusterFoundationArgs, foundation.MinioArgs,
    foundation.ExternalS3Args, mesh.IstioMeshArgs, triton.TritonServingArgs, milvus.MilvusVectorStoreArgs, mlflow.MlflowTrackingArgs,
    lake.TelemetryLakeArgs, observability.ObservabilityArgs, feedback.FeedbackLoopArgs, certificates.GatewayCertificateArgs,
    metrics_server.MetricsServerArgs,
]


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


def _undecided(args_cls: type) -> list[str]:
    """Fields without a kind and a doc, and settings no `loom:` key reaches."""
    reachable = _reachable_settings()
    problems = [f"{f.name}: no setting()/wiring()/fixed() with a doc" for f in dataclasses.fields(args_cls)
                if kind_of(f) not in KINDS or not f.metadata.get("doc")]
    for f in dataclasses.fields(args_cls):
        declaring = next(c for c in reversed(args_cls.__mro__) if f.name in getattr(c, "__dataclass_fields__", {}))
        if kind_of(f) == SETTING and declaring not in reachable:
            problems.append(f"{f.name}: a setting no `loom:` key reaches (add {declaring.__name__} to infra/config.py)")
    return problems


@pytest.mark.parametrize("args_cls", ARGS, ids=lambda c: c.__name__)
def test_every_component_argument_is_decided(args_cls):
    assert _undecided(args_cls) == []


def test_an_undecided_or_unreachable_argument_is_caught():
    @dataclasses.dataclass
    class OrphanSettings:
        size: int = setting(1, doc="Reached by no loom: key.")

    @dataclasses.dataclass(kw_only=True)
    class NewArgs(OrphanSettings):
        bare: int = 0
        quiet: int = wiring(0, doc="")

    assert _undecided(NewArgs) == ["bare: no setting()/wiring()/fixed() with a doc", "quiet: no setting()/wiring()/fixed() with a doc",
                                   "size: a setting no `loom:` key reaches (add OrphanSettings to infra/config.py)"]


@pytest.mark.parametrize("path", ["components/platform.py", "infra/program.py"])
def test_the_platform_and_program_wire_exactly_the_wiring_fields(path):
    """PlatformArgs holds each migrated component's settings and the program each cloud foundation's; both add only
    wiring (never a setting, never a fixed choice): a wire() call naming a setting would override the stack file silently."""
    source = (Path(__file__).resolve().parents[2] / path).read_text(encoding="utf-8")
    by_name = {c.__name__: c for c in ARGS}
    calls = [n for n in ast.walk(parse_source(source))
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
