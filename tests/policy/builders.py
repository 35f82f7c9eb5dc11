"""Synthetic resources with the providers' real type tokens and camelCase input shapes."""

from __future__ import annotations

import copy

from loom.policycheck import Resource

PREFIX = "urn:pulumi:test::loom::"
DIGEST_IMAGE = "nvcr.io/nvidia/tritonserver@sha256:" + "a" * 64
CLASS = {"loom.io/data-classification": "internal"}


def urn(type_: str, name: str) -> str:
    return f"{PREFIX}{type_}::{name}"


def res(type_: str, name: str, inputs: dict, *, protect: bool = False, deps: list[Resource] | None = None,
        provider: Resource | None = None) -> Resource:
    return Resource(urn=urn(type_, name), type=type_, name=name, inputs=inputs, protect=protect,
                    dependencies=[d.urn for d in deps or []], provider=provider.urn if provider else None,
                    parent=urn("pulumi:pulumi:Stack", "loom-test"))


def stack() -> Resource:
    return Resource(urn=urn("pulumi:pulumi:Stack", "loom-test"), type="pulumi:pulumi:Stack", name="loom-test",
                    inputs={}, custom=False)


# --- Kubernetes ----------------------------------------------------------------------------------
def container(**over) -> dict:
    c = {"name": "app", "image": DIGEST_IMAGE,
         "securityContext": {"runAsNonRoot": True, "allowPrivilegeEscalation": False},
         "resources": {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"memory": "1Gi"}}}
    c.update(over)
    return c


def meta(name: str, ns: str | None = "loom-serving", labels: dict | None = None, annotations: dict | None = None):
    m: dict = {"name": name, "labels": dict(CLASS if labels is None else labels)}
    if ns is not None:
        m["namespace"] = ns
    if annotations:
        m["annotations"] = annotations
    return m


def deployment(name: str = "web", ns: str = "loom-serving", containers: list | None = None,
               pod_labels: dict | None = None, pod_annotations: dict | None = None, labels: dict | None = None,
               **pod_spec) -> Resource:
    spec = {"securityContext": {"runAsNonRoot": True}, "containers": containers or [container()]}
    spec.update(pod_spec)
    tpl_labels = {"app": name, **(CLASS if pod_labels is None else pod_labels)}
    return res("kubernetes:apps/v1:Deployment", name, {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, ns, labels),
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": name}},
                 "template": {"metadata": {"labels": tpl_labels, **({"annotations": pod_annotations}
                                                                     if pod_annotations else {})},
                              "spec": spec}}})


def cronjob(name: str = "drift", ns: str = "loom-system", containers: list | None = None) -> Resource:
    return res("kubernetes:batch/v1:CronJob", name, {
        "apiVersion": "batch/v1", "kind": "CronJob", "metadata": meta(name, ns),
        "spec": {"schedule": "0 * * * *", "jobTemplate": {"spec": {"template": {
            "metadata": {"labels": dict(CLASS)},
            "spec": {"restartPolicy": "Never", "securityContext": {"runAsNonRoot": True},
                     "containers": containers or [container()]}}}}}})


def pod(name: str = "debug", ns: str = "loom-serving") -> Resource:
    return res("kubernetes:core/v1:Pod", name, {
        "apiVersion": "v1", "kind": "Pod", "metadata": meta(name, ns),
        "spec": {"securityContext": {"runAsNonRoot": True}, "containers": [container()]}})


def namespace(name: str, labels: dict | None = None) -> Resource:
    lbl = {"istio-injection": "enabled", **CLASS} if labels is None else labels
    return res("kubernetes:core/v1:Namespace", f"ns-{name}", {
        "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": lbl}})


def service(name: str, ns: str, type_: str = "ClusterIP", labels: dict | None = None,
            selector: dict | None = None) -> Resource:
    return res("kubernetes:core/v1:Service", f"svc-{ns}-{name}", {
        "apiVersion": "v1", "kind": "Service", "metadata": meta(name, ns, labels or {}),
        "spec": {"type": type_, "selector": selector or {"app": name},
                 "ports": [{"name": "http", "port": 80, "targetPort": 8080}]}})


def secret(name: str, ns: str, data: dict) -> Resource:
    return res("kubernetes:core/v1:Secret", f"secret-{name}", {
        "apiVersion": "v1", "kind": "Secret", "metadata": meta(name, ns), "type": "Opaque", "stringData": data})


def helm(name: str, chart: str, ns: str, values: dict) -> Resource:
    return res("kubernetes:helm.sh/v3:Release", name, {
        "name": name, "chart": chart, "namespace": ns, "version": "1.0.0",
        "repositoryOpts": {"repo": "https://example.invalid/charts"}, "values": values})


def istio(group: str, kind: str, name: str, ns: str, spec: dict, version: str = "v1") -> Resource:
    return res(f"kubernetes:{group}/{version}:{kind}", f"{kind.lower()}-{ns}-{name}", {
        "apiVersion": f"{group}/{version}", "kind": kind, "metadata": {"name": name, "namespace": ns},
        "spec": spec})


def peer_auth(name: str, ns: str, mode: str, selector: dict | None = None, **extra) -> Resource:
    spec: dict = {"mtls": {"mode": mode}, **extra}
    if selector:
        spec["selector"] = {"matchLabels": selector}
    return istio("security.istio.io", "PeerAuthentication", name, ns, spec)


def authz(name: str, ns: str, spec: dict) -> Resource:
    return istio("security.istio.io", "AuthorizationPolicy", name, ns, spec)


def destination_rule(name: str, ns: str, tls_mode: str | None = "ISTIO_MUTUAL", subsets: list | None = None):
    spec: dict = {"host": f"{name}.{ns}.svc.cluster.local",
                  "subsets": subsets if subsets is not None else [
                      {"name": "stable", "labels": {"track": "stable"}},
                      {"name": "canary", "labels": {"track": "canary"}}]}
    if tls_mode:
        spec["trafficPolicy"] = {"tls": {"mode": tls_mode}}
    return istio("networking.istio.io", "DestinationRule", name, ns, spec)


def mesh_baseline() -> list[Resource]:
    """What a compliant mesh looks like: STRICT mesh-wide, default deny in each platform namespace."""
    out = [namespace("istio-system", {**CLASS}), peer_auth("default", "istio-system", "STRICT")]
    for ns in ("loom-serving", "loom-data", "loom-system"):
        out += [namespace(ns), authz("default-deny", ns, {})]
    return out


def deep(d: dict) -> dict:
    return copy.deepcopy(d)
