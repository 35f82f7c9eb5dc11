"""Kubernetes objects in the engine's wire format: `kubernetes:<group>/<version>:<Kind>` tokens with
camelCase inputs, for every pod-bearing kind, their Patch variants and custom resources."""

from __future__ import annotations

import copy
from typing import Any

from tests.policy.builders import res

DIGEST = "@sha256:" + "b" * 64
IMAGE = "registry.example.com/team/app:1.4.2" + DIGEST
CLASS = {"loom.io/data-classification": "internal"}
TOKENS = {
    "Pod": ("core", "v1"), "Deployment": ("apps", "v1"), "StatefulSet": ("apps", "v1"),
    "DaemonSet": ("apps", "v1"), "ReplicaSet": ("apps", "v1"), "ReplicationController": ("core", "v1"),
    "Job": ("batch", "v1"), "CronJob": ("batch", "v1"), "PodTemplate": ("core", "v1"),
}
_counter = [0]


def _uniq(prefix: str) -> str:
    _counter[0] += 1
    return f"{prefix}-{_counter[0]}"


def _overridden(base: dict, over: dict | None) -> dict:
    """`base` with `over` applied; a None value removes the key (to write "unset")."""
    out = dict(base)
    for k, v in (over or {}).items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def container(name: str = "app", sc: dict | None = None, **fields: Any) -> dict:
    """A container that meets the restricted profile; `sc` entries override its securityContext."""
    security = _overridden({"runAsNonRoot": True, "runAsUser": 10001, "allowPrivilegeEscalation": False,
                            "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]},
                            "seccompProfile": {"type": "RuntimeDefault"}}, sc)
    c = {"name": name, "image": IMAGE, "securityContext": security,
         "ports": [{"name": "http", "containerPort": 8080}],
         "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}}}
    c.update(fields)
    return c


def pod_spec(containers: list | None = None, sc: dict | None = None, **fields: Any) -> dict:
    """A pod spec that meets the restricted profile; `sc` entries override the pod securityContext."""
    security = _overridden({"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001, "fsGroup": 10001,
                            "seccompProfile": {"type": "RuntimeDefault"}}, sc)
    spec = {"securityContext": security, "containers": containers or [container()],
            "volumes": [{"name": "tmp", "emptyDir": {}}]}
    spec.update(fields)
    return spec


def workload(kind: str = "Deployment", *, ns: str = "loom-serving", pod: dict | None = None,
             pod_labels: dict | None = None, pod_annotations: dict | None = None, patch: bool = False,
             token: str | None = None, name: str | None = None) -> Any:
    """Any pod-bearing kind around `pod` (default: a restricted-compliant pod spec)."""
    name = name or _uniq(kind.lower())
    spec = copy.deepcopy(pod) if pod is not None else pod_spec()
    tmeta: dict = {"labels": {"app": name, **CLASS, **(pod_labels or {})}}
    if pod_annotations:
        tmeta["annotations"] = dict(pod_annotations)
    meta = {"name": name, "namespace": ns, "labels": dict(CLASS)}
    group, version = TOKENS.get(kind, ("core", "v1"))
    api = version if group == "core" else f"{group}/{version}"
    if kind == "Pod":
        meta = {**meta, "labels": {**meta["labels"], **tmeta["labels"]}, **({"annotations": tmeta["annotations"]}
                                                                           if "annotations" in tmeta else {})}
        inputs = {"apiVersion": api, "kind": kind, "metadata": meta, "spec": spec}
    elif kind == "PodTemplate":
        inputs = {"apiVersion": api, "kind": kind, "metadata": meta, "template": {"metadata": tmeta, "spec": spec}}
    elif kind == "CronJob":
        inputs = {"apiVersion": api, "kind": kind, "metadata": meta,
                  "spec": {"schedule": "*/5 * * * *", "jobTemplate": {"spec": {"template": {
                      "metadata": tmeta, "spec": {"restartPolicy": "OnFailure", **spec}}}}}}
    else:
        body: dict = {"template": {"metadata": tmeta, "spec": spec}}
        if kind == "Job":
            body["template"]["spec"] = {"restartPolicy": "Never", **spec}
        elif kind != "ReplicationController":
            body["selector"] = {"matchLabels": {"app": name}}
        if kind == "StatefulSet":
            body["serviceName"] = name
        inputs = {"apiVersion": api, "kind": kind, "metadata": meta, "spec": body}
    t = token or f"kubernetes:{group}/{version}:{kind}{'Patch' if patch else ''}"
    if patch:
        inputs["metadata"].pop("labels", None)
    return res(t, name, inputs)


def rollout(ns: str = "loom-serving", pod: dict | None = None) -> Any:
    """An Argo Rollout: a custom resource carrying a pod template (spec.template)."""
    name = _uniq("rollout")
    return res("kubernetes:argoproj.io/v1alpha1:Rollout", name, {
        "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
        "metadata": {"name": name, "namespace": ns, "labels": dict(CLASS)},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": name}},
                 "template": {"metadata": {"labels": {"app": name, **CLASS}}, "spec": pod or pod_spec()},
                 "strategy": {"canary": {"steps": [{"setWeight": 20}]}}}})


def obj(api_version: str, kind: str, ns: str | None, spec: Any = None, *, name: str | None = None,
        patch: bool = False, labels: dict | None = None, annotations: dict | None = None, **top: Any) -> Any:
    """Any object as a CustomResource (or typed resource) would send it."""
    name = name or _uniq(kind.lower())
    meta: dict = {"name": name}
    if ns is not None:
        meta["namespace"] = ns
    if labels is not None:
        meta["labels"] = labels
    if annotations:
        meta["annotations"] = annotations
    inputs: dict = {"apiVersion": api_version, "kind": kind, "metadata": meta, **top}
    if spec is not None:
        inputs["spec"] = spec
    gv = api_version if "/" in api_version else f"core/{api_version}"
    return res(f"kubernetes:{gv}:{kind}{'Patch' if patch else ''}", f"{kind.lower()}-{ns or 'cluster'}-{name}", inputs)


def istio(kind: str, ns: str, spec: Any, *, group: str = "security.istio.io", version: str = "v1",
          name: str | None = None, patch: bool = False) -> Any:
    return obj(f"{group}/{version}", kind, ns, spec, name=name, patch=patch)


def namespace(name: str, labels: dict | None = None, patch: bool = False) -> Any:
    lbl = {"istio-injection": "enabled", **CLASS} if labels is None else labels
    return obj("v1", "Namespace", None, None, name=name, labels=lbl, patch=patch)


def helm(chart: str, ns: str, values: dict | None = None, *, v4: bool = False, files: list | None = None,
         name: str | None = None) -> Any:
    name = name or _uniq(chart.rsplit("/", 1)[-1])
    inputs: dict = {"chart": chart, "namespace": ns, "name": name, "version": "1.2.3",
                    "repositoryOpts": {"repo": "https://charts.example.com"}}
    if values is not None:
        inputs["values"] = values
    if files is not None:
        inputs["valueYamlFiles"] = [{"text": f} for f in files]
    token = "kubernetes:helm.sh/v4:Chart" if v4 else "kubernetes:helm.sh/v3:Release"
    return res(token, name, inputs)


def mesh_baseline() -> list:
    """A compliant mesh: STRICT mesh-wide, allow-nothing in every platform namespace."""
    out = [namespace("istio-system", dict(CLASS)),
           istio("PeerAuthentication", "istio-system", {"mtls": {"mode": "STRICT"}}, name="default")]
    for ns in ("loom-serving", "loom-data", "loom-system"):
        out += [namespace(ns), istio("AuthorizationPolicy", ns, {}, name="deny-all")]
    return out
