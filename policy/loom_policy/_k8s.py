"""Reading Kubernetes objects by what they are, not by the exact type token Loom happens to use.

The engine names a Kubernetes resource `kubernetes:<group>/<version>:<Kind>`: typed resources
(`kubernetes:apps/v1:Deployment`), their server-side-apply patches (`...:DeploymentPatch`),
`CustomResource` (`kubernetes:<apiVersion>:<Kind>`, so `kubernetes:v1:Pod` for a core kind) and
`CustomResourcePatch` (`...:<Kind>Patch`). `K8sObject` folds all of them into (group, kind, patch).

A patch names only the fields it changes: rules flag what a patch sets insecurely, never what it
leaves out. Pod-bearing objects are the built-in controllers plus anything carrying a pod template at
`spec.template.spec.containers` (Argo Rollouts, OpenKruise, ...). Helm v3 `Release` and v4 `Chart`
are opaque to CrossGuard except for their `values` and `valueYamlFiles`: `helm_trees` yields both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from ._util import as_list, as_map, get, is_list, is_map, text

SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease"]
PLATFORM_NAMESPACES = ["loom-serving", "loom-data", "loom-system"]

POD_KINDS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
             "CronJob", "PodTemplate"}
ISTIO_SECURITY = "security.istio.io"
ISTIO_NETWORKING = "networking.istio.io"
HELM_GROUP = "helm.sh"
HELM_KINDS = {"Release", "Chart"}


@dataclass(frozen=True)
class K8sType:
    group: str  # "core" for the core API group
    version: str
    kind: str  # without the Patch suffix
    patch: bool


_TYPES: dict[str, K8sType | None] = {}


def k8s_type(resource_type: str) -> K8sType | None:
    """Parse `kubernetes:<group>/<version>:<Kind>[Patch]` (memoised: a few dozen distinct tokens)."""
    cached = _TYPES.get(resource_type, False)
    if cached is not False:
        return cached  # type: ignore[return-value]  # False is the cache's 'absent' marker, tested above
    out = None
    if resource_type.startswith("kubernetes:"):
        parts = resource_type.split(":")
        if len(parts) == 3:
            gv, kind = parts[1], parts[2]
            group, _, version = gv.rpartition("/")
            group = group or "core"
            patch = kind.endswith("Patch") and len(kind) > 5
            out = K8sType(group, version, kind[:-5] if patch else kind, patch)
    _TYPES[resource_type] = out
    return out


def is_kind(resource_type: str, group: str, kind: str) -> bool:
    """Any version of group/kind, typed or custom resource, object or patch."""
    t = k8s_type(resource_type)
    return t is not None and t.group == group and t.kind == kind


def kind_of(resource_type: str) -> str | None:
    t = k8s_type(resource_type)
    return t.kind if t else None


def is_patch(resource_type: str) -> bool:
    t = k8s_type(resource_type)
    return bool(t and t.patch)


def is_helm(resource_type: str) -> bool:
    t = k8s_type(resource_type)
    return t is not None and t.group == HELM_GROUP and t.kind in HELM_KINDS


def name_of(props: Any, fallback: str) -> str:
    return text(get(props, "metadata", "name")) or fallback


def namespace_of(props: Any, provider: Any = None) -> str:
    """metadata.namespace, else the provider's default namespace, else "default" (what the API server uses)."""
    ns = get(props, "metadata", "namespace")
    if isinstance(ns, str) and ns:
        return ns
    if provider is not None:
        pns = get(getattr(provider, "props", None), "namespace")
        if isinstance(pns, str) and pns:
            return pns
    return "default"


def labels(meta: Any) -> Any:
    return as_map(get(meta, "labels"))


def annotations_of(meta: Any) -> Any:
    return as_map(get(meta, "annotations"))


@dataclass
class PodTemplate:
    meta: Any  # the pod's metadata (template metadata for controllers)
    spec: Any  # the pod spec
    where: str  # path of the pod spec inside the object, for messages


def pod_template(resource_type: str, props: Any) -> PodTemplate | None:
    """The pod (template) of a pod-bearing object, or None."""
    kind = kind_of(resource_type)
    if kind is None:
        return None
    if kind == "Pod":
        return PodTemplate(as_map(get(props, "metadata")), as_map(get(props, "spec")), "spec")
    if kind == "PodTemplate":
        return PodTemplate(as_map(get(props, "template", "metadata")), as_map(get(props, "template", "spec")),
                           "template.spec")
    if kind == "CronJob":
        tpl = get(props, "spec", "jobTemplate", "spec", "template")
        return PodTemplate(as_map(get(tpl, "metadata")), as_map(get(tpl, "spec")), "spec.jobTemplate.spec.template.spec")
    tpl = get(props, "spec", "template")
    if kind in POD_KINDS or (is_map(tpl) and is_list(get(tpl, "spec", "containers"))):
        return PodTemplate(as_map(get(tpl, "metadata")), as_map(get(tpl, "spec")), "spec.template.spec")
    return None


CONTAINER_KEYS = ("initContainers", "containers", "ephemeralContainers")


def containers(pod_spec: Any) -> Iterator[tuple[str, Any]]:
    """(field, container) for every container, init container and ephemeral container."""
    for key in CONTAINER_KEYS:
        for c in as_list(get(pod_spec, key)):
            if is_map(c):
                yield key, c


def cname(c: Any) -> str:
    return text(get(c, "name")) or "?"


# --- Helm -------------------------------------------------------------------------------------
def helm_release(props: Any, fallback: str) -> tuple[str, str, str]:
    """(namespace, release name, chart name without repository) of a Helm v3 Release / v4 Chart."""
    ns = text(get(props, "namespace")) or "default"
    name = text(get(props, "name")) or fallback
    chart = text(get(props, "chart")).rstrip("/").rsplit("/", 1)[-1]
    return ns, name, chart


def _asset_text(asset: Any) -> tuple[str | None, str]:
    """(text, label) of a values file asset, in the engine's form (pulumi.StringAsset/FileAsset) or the
    offline preview's ({"text": ...} / {"path": ...}); text None when the pack cannot read it."""
    txt = getattr(asset, "text", None)
    path = getattr(asset, "path", None)
    uri = getattr(asset, "uri", None)
    if is_map(asset):
        txt, path, uri = get(asset, "text"), get(asset, "path"), get(asset, "uri")
    if isinstance(txt, str):
        return txt, "inline text"
    if isinstance(path, str):
        try:
            with open(path, encoding="utf-8") as fh:  # relative paths resolve against the pack's directory
                return fh.read(), path
        except OSError:
            return None, path
    return None, text(uri) or "asset"


def parse_yaml(doc: str) -> Any:
    try:
        return json.loads(doc)
    except ValueError:
        pass
    try:
        import yaml  # noqa: PLC0415 - pyyaml ships with the pulumi SDK; only values files need it

        return yaml.safe_load(doc)
    except Exception:  # noqa: BLE001 - a malformed values file is reported as unreadable
        return None


def helm_trees(props: Any) -> Iterator[tuple[str, Any]]:
    """(label, values tree) for `values` and each readable `valueYamlFiles` entry; an unreadable file
    yields (label, None) so rules can say it could not be checked."""
    values = get(props, "values")
    if is_map(values):
        yield "values", values
    for i, asset in enumerate(as_list(get(props, "valueYamlFiles"))):
        body, where = _asset_text(asset)
        tree = parse_yaml(body) if body is not None else None
        label = f"valueYamlFiles[{i}]"
        if tree is None or not is_map(tree):
            yield f"{label} ({where})", None
        else:
            yield label, tree


def helm_nodes(props: Any, unknowns: Any) -> Iterator[tuple[str, tuple, Any]]:
    """(label, path, node) for every node of every values tree of a Helm release; a values file the pack
    cannot read is noted in `unknowns` (an advisory naming it) instead of passing silently."""
    for label, tree in helm_trees(props):
        if tree is None:
            unknowns.note(f"Helm {label} (not readable by the pack)")
            continue
        for path, node in walk(tree):
            if path:
                yield label, path, node


def walk(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (path, node) of a nested values tree, depth first."""
    yield path, value
    if is_map(value):
        for key in value:
            yield from walk(value[key], path + (key,))
    elif is_list(value):
        for i in range(len(value)):
            yield from walk(value[i], path + (i,))


def dotted(path: tuple) -> str:
    return ".".join(str(p) for p in path)
