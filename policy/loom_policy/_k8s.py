"""Reading Kubernetes objects as the engine sees them: `kubernetes:<group>/<version>:<Kind>` tokens
with camelCase inputs (apiVersion, kind, metadata, spec). Helm releases expose only `values`."""

from __future__ import annotations

from typing import Any, Iterator

from ._util import as_list, get, is_list, is_map

POD = "kubernetes:core/v1:Pod"
NAMESPACE = "kubernetes:core/v1:Namespace"
SERVICE = "kubernetes:core/v1:Service"
SECRET = "kubernetes:core/v1:Secret"
CONFIG_MAP = "kubernetes:core/v1:ConfigMap"
HELM_RELEASE = "kubernetes:helm.sh/v3:Release"

# Types that carry a pod template at spec.template (CronJob at spec.jobTemplate.spec.template).
TEMPLATED = {
    "kubernetes:apps/v1:Deployment",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:apps/v1:DaemonSet",
    "kubernetes:apps/v1:ReplicaSet",
    "kubernetes:core/v1:ReplicationController",
    "kubernetes:batch/v1:Job",
}
CRON_JOB = "kubernetes:batch/v1:CronJob"
WORKLOADS = TEMPLATED | {CRON_JOB, POD}

SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease"]


def is_kind(resource_type: str, group: str, kind: str) -> bool:
    """Matches any version of a CRD, e.g. kubernetes:security.istio.io/v1beta1:PeerAuthentication."""
    return resource_type.startswith(f"kubernetes:{group}/") and resource_type.endswith(f":{kind}")


def name_of(props: Any, fallback: str) -> str:
    return get(props, "metadata", "name") or fallback


def namespace_of(props: Any) -> str:
    return get(props, "metadata", "namespace") or "default"


def pod_template(resource_type: str, props: Any) -> tuple[Any, Any] | None:
    """(pod metadata, pod spec) of a workload, or None when the type has no pods."""
    if resource_type == POD:
        return get(props, "metadata", default={}), get(props, "spec", default={})
    if resource_type in TEMPLATED:
        tpl = get(props, "spec", "template", default={})
    elif resource_type == CRON_JOB:
        tpl = get(props, "spec", "jobTemplate", "spec", "template", default={})
    else:
        return None
    return get(tpl, "metadata", default={}), get(tpl, "spec", default={})


def containers(pod_spec: Any) -> Iterator[Any]:
    for key in ("initContainers", "containers", "ephemeralContainers"):
        for container in as_list(get(pod_spec, key)):
            if is_map(container):
                yield container


def labels(meta: Any) -> Any:
    return get(meta, "labels", default={})


def annotations(meta: Any) -> Any:
    return get(meta, "annotations", default={})


def walk(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (path, node) of a nested values tree, depth first (for Helm `values`)."""
    yield path, value
    if is_map(value):
        for key in value:
            yield from walk(value[key], path + (key,))
    elif is_list(value):
        for i in range(len(value)):
            yield from walk(value[i], path + (i,))


def dotted(path: tuple) -> str:
    return ".".join(str(p) for p in path)
