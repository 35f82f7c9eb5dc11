"""Small hand-built graphs for the offline checks: the resources a preview would record, nothing else."""

from __future__ import annotations

import copy
from typing import Any, Iterable, Optional

from loom.preview import PreviewResource, PreviewResult

STACK = "t"


def urn(type_: str, name: str) -> str:
    return f"urn:pulumi:{STACK}::loom::{type_}::{name}"


def res(type_: str, name: str, inputs: dict, *, deps: Iterable[str] = (), custom: bool = True, parent: Optional[str] = None) -> PreviewResource:
    return PreviewResource(urn=urn(type_, name), type=type_, name=name, parent=parent, provider=None, inputs=inputs, custom=custom,
                           protect=False, dependencies=list(deps))


def graph(*resources: PreviewResource, settings: Any = None) -> PreviewResult:
    return PreviewResult(stack=STACK, project="loom", resources=list(resources), outputs={}, settings=settings)


def namespace(name: str, **labels: str) -> PreviewResource:
    return res("kubernetes:core/v1:Namespace", f"ns-{name}", {"metadata": {"name": name, "labels": dict(labels)}})


def deployment(name: str, ns: str, labels: dict, *, sa: str = "default", ports: Iterable[int] = (), annotations: Optional[dict] = None,
               requests: Optional[dict] = None, replicas: int = 1, spec_extra: Optional[dict] = None, kind: str = "Deployment",
               env: Optional[dict] = None, mounts: Iterable[dict] = (), volumes: Iterable[dict] = ()) -> PreviewResource:
    container = {"name": name, "ports": [{"containerPort": p, "name": f"p{p}"} for p in ports],
                 "resources": {"requests": dict(requests or {})}, "env": [{"name": k, "value": v} for k, v in (env or {}).items()],
                 "volumeMounts": list(mounts)}
    pod = {"metadata": {"labels": dict(labels), "annotations": dict(annotations or {})},
           "spec": {"serviceAccountName": sa, "containers": [container], "volumes": list(volumes), **(spec_extra or {})}}
    type_ = {"Deployment": "kubernetes:apps/v1:Deployment", "Job": "kubernetes:batch/v1:Job", "StatefulSet": "kubernetes:apps/v1:StatefulSet"}[kind]
    spec: dict = {"template": pod}
    if kind != "Job":
        spec["replicas"] = replicas
        spec["selector"] = {"matchLabels": dict(labels)}
    return res(type_, f"{ns}-{name}", {"metadata": {"name": name, "namespace": ns}, "spec": spec})


def service(name: str, ns: str, selector: dict, ports: Iterable[tuple[int, int, str]], type_: str = "ClusterIP") -> PreviewResource:
    return res("kubernetes:core/v1:Service", f"svc-{ns}-{name}", {"metadata": {"name": name, "namespace": ns},
                                                               "spec": {"type": type_, "selector": dict(selector),
                                                                        "ports": [{"port": p, "targetPort": t, "name": n} for p, t, n in ports]}})


def istio_cr(kind: str, name: str, ns: str, spec: dict, group: str = "security.istio.io") -> PreviewResource:
    return res(f"kubernetes:{group}/v1:{kind}", f"{kind.lower()}-{ns}-{name}", {"apiVersion": f"{group}/v1", "kind": kind,
                                                                                 "metadata": {"name": name, "namespace": ns}, "spec": spec})


def release(name: str, chart: str, ns: str, values: dict, **extra: Any) -> PreviewResource:
    return res("kubernetes:helm.sh/v3:Release", f"rel-{name}", {"name": name, "chart": chart, "namespace": ns, "values": values, "version": "0", **extra})


def istiod(values: Optional[dict] = None) -> PreviewResource:
    return release("istiod", "istiod", "istio-system", values or {}, atomic=True)


def mutate(result: PreviewResult, name: str, fn) -> PreviewResult:
    """A deep copy of a preview with one resource's inputs changed by `fn(inputs)`."""
    out = copy.deepcopy(result)
    hit = [r for r in out.resources if r.name == name]
    assert hit, f"no resource {name}"
    for r in hit:
        fn(r.inputs)
    return out


def add(result: PreviewResult, *resources: PreviewResource) -> PreviewResult:
    out = copy.deepcopy(result)
    out.resources.extend(copy.deepcopy(list(resources)))
    return out
