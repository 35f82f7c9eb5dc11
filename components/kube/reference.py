"""Generates docs/components.md from the code (args, defaults, docstrings, outputs, chart pins).

    python -m components.kube.reference > docs/components.md

tests/components/test_reference.py fails when the committed file differs, so the reference
cannot drift from the code.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import inspect
from dataclasses import dataclass
from typing import Iterator

from components.kube import charts

COMPONENTS = (
    ("components.mesh", "IstioMesh"),
    ("components.observability", "Observability"),
    ("components.triton", "TritonServing"),
    ("components.milvus", "MilvusVectorStore"),
    ("components.mlflow", "MlflowTracking"),
    ("components.lake", "TelemetryLake"),
    ("components.certificates", "GatewayCertificate"),
    ("components.metrics_server", "MetricsServer"),
)

PREAMBLE = """\
# Components reference

_Generated from the code by `python -m components.kube.reference > docs/components.md`;
`tests/components/test_reference.py` fails when this file is stale. Edit the docstrings, not this file._

## Conventions shared by every component

- **Constructor**: `Component(name, args: <Component>Args, opts: ResourceOptions | None = None)`.
  Args are dataclasses; enums (not strings) where a value is one of a set. Arguments are checked
  before anything is registered: a bad value raises `ComponentArgsError` (a
  `contract.errors.ArgumentError`, so a `ValueError`) naming the argument, the value and what is
  allowed. Values that are unknown Outputs are not checked.
- **Kubernetes provider**: always explicit, `args.k8s_provider` (normally `foundation.k8s_provider`),
  passed to every Kubernetes child. Nothing uses an ambient kubeconfig.
- **Storage, identity, Postgres**: only through the `Foundation` interface
  (`components/foundation/base.py`): `foundation.bucket()`, `foundation.bind_identity()`,
  `foundation.postgres()`. The identity's `service_account_annotations` go on the component's
  ServiceAccount, `pod_labels` on its pods, `env` into its containers. No keys, ever.
- **Ordering**: Pulumi does not pass a component's `depends_on` to its children; these components
  do (`components/kube/options.py`), so `opts=ResourceOptions(depends_on=[mesh])` makes every
  Kubernetes child wait for the mesh's namespaces.
- **Names**: Pulumi children are `f"{name}-<role>"`; Kubernetes object names are fixed
  (`triton`, `triton-stable`, `triton-canary`, `mlflow`, `milvus`, `otel-collector`, ...) because
  other services and policies refer to them.
- **Labels**: `app.kubernetes.io/{name,component,part-of=loom,managed-by=pulumi}` and
  `loom.io/data-classification` on workloads and pod templates; `track: stable|canary` on Triton.
- **Security-critical objects are typed resources**, never inside a Helm release:
  PeerAuthentication, AuthorizationPolicy, Gateway, DestinationRule, VirtualService and every
  Triton object. Helm releases (`kubernetes:helm.sh/v3:Release`) pin chart `version` and
  `repositoryOpts`.
- **Stateful stores** (models, lake, MLflow and Milvus buckets; the MLflow database) are created
  with `protect=True` by the foundation: `pulumi destroy` stops at them; deleting data is a manual act.
- **Images** are pinned by digest (`repo[:tag]@sha256:<64 hex>`); the stack config supplies them.
  Refresh digests when bumping a tag (`crane digest <image>` / `docker buildx imagetools inspect`).
  Digests seen pinned in public repositories (verify with `crane digest` before relying on them):
  `nvcr.io/nvidia/tritonserver:25.06-py3@sha256:75bcfa5b0043898ece3e603c17a5bbbb1c9bddc390563db24312ef59d83735e5`,
  `ghcr.io/mlflow/mlflow:v2.22.1@sha256:752d6d7e9fae6c321a67632fdc835b42b2d39f6dd6d684e483f4de0772743e81`
  (the upstream MLflow image lacks psycopg2 and the cloud SDKs: build `FROM` it with
  `psycopg2-binary boto3 google-cloud-storage azure-storage-file-datalake azure-identity`
  and pin your build's digest). The collector needs the **contrib** image
  (`otel/opentelemetry-collector-contrib`); on GCS an OCB build that includes `googlecloudstorage`.
"""


@dataclass
class Field:
    name: str
    type: str
    default: str
    doc: str


def _default(runtime_cls: type | None, name: str, fallback: str) -> str:
    """The real default value (resolved constants and factories), written as Python."""
    if runtime_cls is None or not dataclasses.is_dataclass(runtime_cls):
        return fallback
    for f in dataclasses.fields(runtime_cls):
        if f.name != name:
            continue
        if f.default is not dataclasses.MISSING:
            value = f.default
        elif f.default_factory is not dataclasses.MISSING:
            value = f.default_factory()
        else:
            return "required"
        return _py(value)
    return fallback


def _py(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_py(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def _fields(cls_node: ast.ClassDef, runtime_cls: type | None = None) -> Iterator[Field]:
    body = cls_node.body
    for i, node in enumerate(body):
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        if node.target.id.startswith("_"):
            continue
        doc = ""
        nxt = body[i + 1] if i + 1 < len(body) else None
        if isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant) and isinstance(nxt.value.value, str):
            doc = " ".join(nxt.value.value.split())
        default = "required" if node.value is None else ast.unparse(node.value)
        default = _default(runtime_cls, node.target.id, default)
        yield Field(node.target.id, ast.unparse(node.annotation), default, doc)


def _args_fields(args_cls: type) -> Iterator[Field]:
    """Every field of an Args dataclass in declaration order, inherited settings first. The doc is the field's
    `setting`/`wiring`/`fixed` metadata (contract/settings.py), marked by kind, or the docstring under it."""
    declared: dict[str, Field] = {}
    for klass in reversed(args_cls.__mro__):
        if not dataclasses.is_dataclass(klass) or klass.__module__ == "builtins":
            continue
        tree = parse_source(inspect.getsource(inspect.getmodule(klass)))  # type: ignore[arg-type]  # a class defined in a module always has one
        declared.update({f.name: f for f in _fields(_class_node(tree, klass.__name__), args_cls)})
    for f in dataclasses.fields(args_cls):
        field = declared[f.name]
        kind, doc = str(f.metadata.get("kind")), f.metadata.get("doc")
        if doc:
            label = {"setting": f"Stack key `{f.metadata.get('key') or _camel(f.name)}`: ", "wiring": "Wiring: ",
                     "fixed": "Fixed (no stack key): "}.get(kind, "")
            field.doc = f"{label}{doc}"
        yield field


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def parse_source(source: str) -> ast.Module:
    """`ast.parse`, tried again when CPython 3.11 mistakes another thread's AST conversion for its own.

    3.11 keeps the AST converter's recursion depth per interpreter, not per thread, so a parse that
    overlaps one on another thread (3.11's tracebacks parse the failing line to place the carets)
    can fail with "SystemError: AST constructor recursion depth mismatch" (CPython gh-106905; seen
    in `make test-fast`). The source is fine: parsing it again succeeds."""
    for attempt in range(5):
        try:
            return ast.parse(source)
        except SystemError as exc:
            if "recursion depth mismatch" not in str(exc) or attempt == 4:
                raise
    raise AssertionError("unreachable")


def _class_node(tree: ast.Module, name: str) -> ast.ClassDef:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise LookupError(name)


def component_section(module_name: str, cls_name: str) -> str:
    module = importlib.import_module(module_name)
    tree = parse_source(inspect.getsource(module))
    cls = getattr(module, cls_name)
    lines = [f"## {cls_name}", "", f"`{module.TYPE_TOKEN}` · `{module_name.replace('.', '/')}.py`", ""]
    lines += [" ".join(line.strip() for line in (inspect.getdoc(cls) or "").splitlines() if line.strip()), ""]
    lines += [f"### `{cls_name}Args`", "", "| arg | type | default | meaning |", "|---|---|---|---|"]
    for f in _args_fields(getattr(module, f"{cls_name}Args")):
        lines.append(f"| `{f.name}` | `{_cell(f.type)}` | `{_cell(f.default)}` | {_cell(f.doc)} |")
    lines += ["", "### Outputs", "", "| output | type | meaning |", "|---|---|---|"]
    for f in _fields(_class_node(tree, cls_name)):
        lines.append(f"| `{f.name}` | `{_cell(f.type)}` | {_cell(f.doc)} |")
    lines.append("")
    return "\n".join(lines)


def charts_section() -> str:
    rows = [("istio base / istiod / gateway", charts.ISTIO_VERSION, charts.ISTIO_REPO, "base, istiod, gateway")]
    for ref in charts.PINNED:
        if ref.repo != charts.ISTIO_REPO:
            rows.append((ref.chart, ref.version, ref.repo, ref.chart))
    lines = ["## Pinned Helm charts (`components/kube/charts.py`)", "",
             "Each pin has facts read from the chart at its tag: `loom/checks/facts/charts/<chart>-<version>.yaml`.", "",
             "| chart | version | repository |", "|---|---|---|"]
    lines += [f"| {c} | `{v}` | {r} |" for c, v, r, _ in rows]
    return "\n".join(lines) + "\n"


def render() -> str:
    parts = [PREAMBLE, charts_section()]
    parts += [component_section(m, c) for m, c in COMPONENTS]
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
