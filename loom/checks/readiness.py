"""Check "readiness": nothing `pulumi up` waits for depends on a condition the environment cannot reach.

Pulumi waits for typed workloads, Services and Jobs (pulumi-kubernetes' await logic, unless
`pulumi.com/skipAwait`), and a `helm.sh/v3` Release waits for everything it installs unless
`skipAwait` (Helm's --wait: Deployments and StatefulSets ready, PersistentVolumeClaims bound, Services
with their load-balancer address); an atomic release then rolls back. Conditions that never come:
- a Service of type LoadBalancer where no load-balancer controller runs (kind, bare on-prem clusters:
  `loom:existing.loadBalancer`): `status.loadBalancer.ingress` never appears;
- a volume with no StorageClass the cluster has, and no default class: the claim stays Pending, and so
  does the StatefulSet that mounts it;
- pods no node pool can place (see the scheduling check): the workload never becomes ready;
- a Job that never completes (a classic Istio sidecar, see the wiring check) awaited by Pulumi;
- a Secret or ConfigMap a pod mounts, or a Gateway's TLS `credentialName`, that nothing creates (a
  cert-manager Certificate's `secretName` counts): the pod never starts, the gateway never serves TLS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loom.checks import CHECKS, Finding
from loom.checks.chart_pods import chart_name
from loom.checks.cluster import Cluster, Pod, cluster_of

if TYPE_CHECKING:
    from loom.preview import PreviewResource, PreviewResult

NAME = "readiness"
BUILTIN_CONFIGMAPS = {"kube-root-ca.crt"}
"""Created in every namespace by the kube-controller-manager (root CA publisher)."""


def _waiter(r: "PreviewResource") -> str:
    if r.type == "kubernetes:helm.sh/v3:Release":
        how = "atomic: it then rolls back" if r.inputs.get("atomic") else "it then fails"
        return f"Helm release {r.inputs.get('name') or r.name} (chart {chart_name(r.inputs)}) waits for it and times out ({how})"
    return f"`pulumi up` waits for {r.type.rsplit(':', 1)[-1]} {r.name} and times out"


def _load_balancers(cluster: Cluster) -> list[Finding]:
    env = cluster.env
    if env is None or env.lb_controller:
        return []
    return [
        Finding(NAME, s.owner.urn, f"{s.where} is type LoadBalancer but the cluster runs no load-balancer controller, so status.loadBalancer.ingress never appears; "
                                   f"{_waiter(s.owner)}", "loom:existing.loadBalancer")
        for s in cluster.services
        if s.type == "LoadBalancer" and s.awaited
    ]


def _volumes(cluster: Cluster) -> list[Finding]:
    classes = cluster.storage_classes
    has_default = any(classes.values())
    findings = []
    for pod in cluster.pods:
        if not pod.awaited or pod.replicas == 0:
            continue
        bad = [c for c in pod.claims if (c.storage_class is None and not has_default) or (c.storage_class and c.storage_class not in classes)]
        if bad:
            findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} mounts volume(s) {', '.join(c.name for c in bad)} that never bind (no such StorageClass, or none named and no default): "
                                                         f"its pods stay Pending; {_waiter(pod.owner)}"))
    for c in cluster.claims:
        if c.awaited and ((c.storage_class is None and not has_default) or (c.storage_class and c.storage_class not in classes)):
            findings.append(Finding(NAME, c.owner.urn, f"PersistentVolumeClaim {c.name} never binds (no such StorageClass, or none named and no default); {_waiter(c.owner)}"))
    return findings


def _unschedulable(cluster: Cluster) -> list[Finding]:
    from loom.checks.scheduling import Scheduler, steady_demand

    if cluster.env is None or not cluster.env.pools:
        return []
    s = Scheduler(cluster)
    findings = []
    stuck: dict[int, tuple[Pod, str]] = {}
    for pod in cluster.pods:
        if pod.awaited and pod.kind not in ("DaemonSet", "CronJob") and pod.replicas > 0 and not s.pools_for(pod):
            stuck[id(pod)] = (pod, "no node pool can place its pods")
    for pod, missing in s.pack(steady_demand(s)).unplaced:
        if pod.awaited and id(pod) not in stuck:
            stuck[id(pod)] = (pod, f"{missing} of its {pod.replicas} pods find no free node")
    for pod, why in stuck.values():
        findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} never becomes ready ({why}; see the scheduling check); {_waiter(pod.owner)}"))
    return findings


def _jobs(cluster: Cluster) -> list[Finding]:
    from loom.checks.wiring import never_finishing_jobs

    findings = []
    for f in never_finishing_jobs(cluster):
        owner = next((r for r in cluster.result.resources if r.urn == f.resource), None)
        if owner is not None and owner.type == "kubernetes:batch/v1:Job":
            findings.append(Finding(NAME, f.resource, f"Job {owner.name} never completes (a classic sidecar keeps its pod running, see the wiring check); {_waiter(owner)}"))
    return findings


def _names(cluster: Cluster, kind: str) -> set[tuple[str, str]]:
    from loom import mocks

    out = set()
    for r in cluster.by_type(f"kubernetes:core/v1:{kind}"):
        meta = r.inputs.get("metadata") or {}
        name = meta.get("name") or (mocks.new_resource_outputs(r.type, r.name, r.inputs)[1].get("metadata") or {}).get("name")
        out.add((str(meta.get("namespace") or "default"), str(name)))
    return out


def _references(cluster: Cluster) -> list[Finding]:
    findings = []
    secrets = cluster.secrets | _names(cluster, "Secret")
    configmaps = _names(cluster, "ConfigMap")
    for pod in cluster.pods:
        if pod.source != "typed":
            continue  # charts and operators create what their own pods mount
        missing = []
        for v in pod.volumes:
            refs = [("Secret", (v.get("secret") or {}).get("secretName")), ("ConfigMap", (v.get("configMap") or {}).get("name"))]
            for src in (v.get("projected") or {}).get("sources") or []:
                refs += [("Secret", (src.get("secret") or {}).get("name")), ("ConfigMap", (src.get("configMap") or {}).get("name"))]
            for kind, name in refs:
                if not name:
                    continue
                have = secrets if kind == "Secret" else configmaps | {(pod.namespace, n) for n in BUILTIN_CONFIGMAPS}
                if (pod.namespace, str(name)) not in have:
                    missing.append(f"{kind} {pod.namespace}/{name}")
        if missing:
            findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} mounts {', '.join(sorted(set(missing)))}, which nothing in the stack creates: its pods never start"
                                                         + (f"; {_waiter(pod.owner)}" if pod.awaited else "")))
    for r in cluster.by_type("kubernetes:networking.istio.io/v1:Gateway", "kubernetes:networking.istio.io/v1beta1:Gateway"):
        ns = cluster.namespace_of(r)
        selector = (r.inputs.get("spec") or {}).get("selector") or {}
        gw_namespaces = {p.namespace for p in cluster.pods if selector and all(p.labels.get(k) == v for k, v in selector.items())} or {ns}
        for server in (r.inputs.get("spec") or {}).get("servers") or []:
            cred = (server.get("tls") or {}).get("credentialName")
            if cred and not any((n, cred) in secrets for n in gw_namespaces):
                findings.append(Finding(NAME, r.urn, f"Gateway {ns}/{(r.inputs.get('metadata') or {}).get('name', r.name)} serves port {(server.get('port') or {}).get('number')} "
                                                     f"with credentialName {cred!r}, a Secret nothing in the stack creates (no Secret, no cert-manager Certificate): "
                                                     f"the gateway has no certificate and HTTPS stays down", "loom:mesh.gatewayTlsCredentialName"))
    return findings


def check(result: "PreviewResult") -> list[Finding]:
    cluster = cluster_of(result)
    return [*_load_balancers(cluster), *_volumes(cluster), *_unschedulable(cluster), *_jobs(cluster), *_references(cluster)]


CHECKS[NAME] = check
