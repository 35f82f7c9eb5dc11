"""Check "mesh": the flows the platform needs get through the mesh, and no other namespace reaches its data.

Evaluates Istio's semantics (`loom/checks/istio.py`) over the rendered cluster (`cluster.py`): which pods
get a sidecar, the mTLS mode of each destination port, the AuthorizationPolicies that apply, and what
the API server can open on private nodes. Two declared matrices, checked on every stack:

REQUIRED: the ingress gateway to Triton; Triton to Milvus; loom-system jobs to MLflow, Milvus and
Triton; MLflow to Postgres; the CloudNativePG operator to its instances (status port 8000); Prometheus
to every port a PodMonitor/ServiceMonitor scrapes; the API server to every admission webhook and
aggregated API (istiod's injector first); Milvus to etcd, Pulsar (and Pulsar to itself) and the object
store; MLflow and Triton to the object store.

FORBIDDEN: any other namespace (every namespace of the graph that is not an intended caller, plus an
un-meshed `default` and a meshed `tenant` namespace standing for all the others) to Triton, Milvus,
MLflow and Postgres. A managed database outside the cluster (RDS, Cloud SQL, Flexible Server) is out of
the mesh's reach: who may open its port is decided by its network rules and credentials, which this
check does not evaluate (docs/preview.md), so the forbidden matrix covers in-cluster Postgres only.

A flow between pods is decided as a sidecar would: the destination without a sidecar (or a port it does
not capture) accepts anything; otherwise plaintext meets STRICT and is refused, and the authorization
policies decide with the source's identity when the connection is Istio mTLS (auto mTLS: the client
sends it when the server has a sidecar, unless a DestinationRule sets TLS, or the server's port is
DISABLE). Destinations outside the cluster (S3, GCS, Blob storage, RDS, Cloud SQL, Flexible Server)
are reached unless the mesh blocks egress (outboundTrafficPolicy REGISTRY_ONLY without a ServiceEntry).
Kubernetes NetworkPolicies are evaluated for both ends (`netpol.py`); cloud firewalls other than GKE's
control-plane rule are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from components.kube.labels import NS_DATA, NS_INGRESS, NS_SERVING, NS_SYSTEM
from components.kube.triton_flags import GRPC_PORT, HTTP_PORT
from components.milvus import MILVUS_PORT
from components.mlflow import MLFLOW_PORT
from loom.checks import CHECKS, Finding
from loom.checks import istio, netpol
from loom.checks.cluster import Cluster, Pod, cluster_of, labels_match
from loom.checks.istio import Decision, Policy, Request

if TYPE_CHECKING:
    from loom.preview import PreviewResult

NAME = "mesh"
OUTSIDERS = {"default": {}, "tenant": {"istio-injection": "enabled"}}
"""Namespaces standing for "any other namespace": one outside the mesh, one inside it."""


@dataclass
class Endpoint:
    """A declared party of a flow, resolved to pods (or an external service) on each stack."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)
    namespace: Optional[str] = None
    kinds: tuple[str, ...] = ()
    ports: tuple[int, ...] = ()
    """Destination (target) ports of the flow."""
    only_with_port: bool = False
    """Keep only pods that expose one of `ports` (Milvus' proxy among its components)."""

    def pods(self, cluster: Cluster) -> list[Pod]:
        out = []
        for p in cluster.pods:
            if self.namespace and p.namespace != self.namespace:
                continue
            if not labels_match(self.labels, p.labels) or (self.kinds and p.kind not in self.kinds):
                continue
            if self.only_with_port and not set(self.ports) & set(p.container_ports()):
                continue
            if p.replicas == 0 and p.kind != "CronJob":
                continue
            out.append(p)
        return out


GATEWAY = Endpoint("the ingress gateway", {"istio": "ingressgateway"}, NS_INGRESS)
TRITON = Endpoint("Triton", {"app.kubernetes.io/name": "triton"}, NS_SERVING, ports=(HTTP_PORT, GRPC_PORT))
TRITON_HTTP = Endpoint("Triton", {"app.kubernetes.io/name": "triton"}, NS_SERVING, ports=(HTTP_PORT,))
MILVUS = Endpoint("Milvus", {"app.kubernetes.io/name": "milvus"}, NS_DATA, ports=(MILVUS_PORT,), only_with_port=True)
MLFLOW = Endpoint("MLflow", {"app.kubernetes.io/name": "mlflow"}, NS_DATA, ports=(MLFLOW_PORT,))
POSTGRES = Endpoint("Postgres", {"cnpg.io/podRole": "instance"}, ports=(5432,))
CNPG_STATUS = Endpoint("the CloudNativePG instances' status port", {"cnpg.io/podRole": "instance"}, ports=(8000,))
CNPG_OPERATOR = Endpoint("the CloudNativePG operator", {"app.kubernetes.io/name": "cloudnative-pg"})
SYSTEM_JOBS = Endpoint("loom-system jobs", {"app.kubernetes.io/part-of": "loom"}, NS_SYSTEM, kinds=("Job", "CronJob"))
MILVUS_PODS = Endpoint("Milvus", {"app.kubernetes.io/name": "milvus"}, NS_DATA)
ETCD = Endpoint("Milvus' etcd", {"app.kubernetes.io/name": "etcd"}, NS_DATA, ports=(2379,))
PULSAR_ENTRY = Endpoint("Pulsar (proxy, broker)", {"app": "pulsarv3"}, NS_DATA, ports=(6650,), only_with_port=True)
PULSAR = Endpoint("Pulsar", {"app": "pulsarv3"}, NS_DATA, kinds=("StatefulSet",))
ZOOKEEPER = Endpoint("ZooKeeper", {"app": "pulsarv3", "component": "zookeeper"}, NS_DATA, ports=(2181,))
BOOKIE = Endpoint("BookKeeper", {"app": "pulsarv3", "component": "bookie"}, NS_DATA, ports=(3181,))
MINIO = Endpoint("the object store (MinIO)", {}, ports=(9000,), only_with_port=True)
MINIO_STS = Endpoint("MinIO STS", {"app.kubernetes.io/name": "operator"}, ports=(4223,), only_with_port=True)

REQUIRED: list[tuple[Endpoint, Endpoint]] = [
    (GATEWAY, TRITON_HTTP),
    (TRITON, MILVUS),
    (SYSTEM_JOBS, MLFLOW),
    (SYSTEM_JOBS, MILVUS),
    (SYSTEM_JOBS, TRITON_HTTP),
    (MLFLOW, POSTGRES),
    (CNPG_OPERATOR, CNPG_STATUS),
    (MILVUS_PODS, ETCD),
    (MILVUS_PODS, PULSAR_ENTRY),
    (PULSAR, ZOOKEEPER),
    (PULSAR, BOOKIE),
    (MILVUS_PODS, MINIO),
    (MILVUS_PODS, MINIO_STS),
    (MLFLOW, MINIO),
    (TRITON, MINIO),
]
"""(source, destination) pairs that must be allowed wherever both exist on a stack."""

FORBIDDEN: list[tuple[Endpoint, set[str], Optional[Endpoint]]] = [
    (TRITON, {NS_SYSTEM}, GATEWAY),
    (MILVUS, {NS_SERVING, NS_SYSTEM, NS_DATA}, None),
    (MLFLOW, {NS_SYSTEM, NS_SERVING, NS_DATA}, None),
    (POSTGRES, set(), MLFLOW),
]
"""(destination, namespaces allowed to call it, one more allowed caller): every other namespace must be denied."""

EXTERNAL_DATABASES = {
    "aws:rds/instance:Instance": "RDS PostgreSQL",
    "gcp:sql/databaseInstance:DatabaseInstance": "Cloud SQL",
    "azure-native:dbforpostgresql:Server": "PostgreSQL Flexible Server",
}
EXTERNAL_OBJECT_STORES = {"aws:s3/bucket:Bucket": "S3", "gcp:storage/bucket:Bucket": "Cloud Storage", "azure-native:storage:StorageAccount": "Blob storage"}


class Mesh:
    """Istio's view of one cluster."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        v = cluster.istio_values or {}
        self.installed = bool(v)
        self.root = str(((v.get("meshConfig") or {}).get("rootNamespace")) or v.get("namespace") or "istio-system")
        inj = v.get("sidecarInjectorWebhook") or {}
        self.injection = istio.InjectionConfig(
            revision=str(v.get("revision") or ""),
            enable_namespaces_by_default=bool(inj.get("enableNamespacesByDefault")),
            never_inject=list(inj.get("neverInjectSelector") or []),
            always_inject=list(inj.get("alwaysInjectSelector") or []),
            auto_inject=str(((v.get("global") or {}).get("proxy") or {}).get("autoInject") or "enabled"),
        )
        self.merge_metrics = bool((v.get("meshConfig") or {}).get("enablePrometheusMerge", True))
        self.outbound_mode = str(((v.get("meshConfig") or {}).get("outboundTrafficPolicy") or {}).get("mode") or "ALLOW_ANY")
        self.peer_auth = self._policies("PeerAuthentication")
        self.authz = self._policies("AuthorizationPolicy")
        self.destination_rules = self._policies("DestinationRule")
        self.sidecars = self._policies("Sidecar")
        self._sidecar_cache: dict[int, tuple[bool, str]] = {}

    def _policies(self, kind: str) -> list[Policy]:
        out = []
        for r in self.cluster.result.resources:
            if r.type.endswith(f":{kind}") and ("istio.io/" in r.type):
                meta = r.inputs.get("metadata") or {}
                out.append(Policy(str(meta.get("namespace") or "default"), str(meta.get("name") or r.name), r.inputs.get("spec") or {}))
        return out

    def ns_labels(self, namespace: str) -> dict[str, str]:
        if namespace in OUTSIDERS and namespace not in self.cluster.namespaces:
            return dict(OUTSIDERS[namespace])
        return dict(self.cluster.namespaces.get(namespace, {}))

    def sidecar(self, pod: Pod) -> tuple[bool, str]:
        if not self.installed:
            return False, "Istio is not installed"
        key = id(pod)
        if key not in self._sidecar_cache:
            self._sidecar_cache[key] = istio.injected(pod.namespace, self.ns_labels(pod.namespace), pod.labels, pod.annotations,
                                                      host_network=pod.host_network, config=self.injection)
        return self._sidecar_cache[key]

    def annotations_after_injection(self, pod: Pod) -> dict[str, str]:
        """Istio's metrics merging rewrites prometheus.io/* to the agent's port on injected pods (webhook.go applyPrometheusMerge)."""
        ann = dict(pod.annotations)
        if self.sidecar(pod)[0] and self.merge_metrics and ann.get("prometheus.istio.io/merge-metrics", "true") != "false" \
                and ann.get("prometheus.io/scrape", "true").lower() != "false":
            ann.update({"prometheus.io/port": str(istio.STATUS_PORT), "prometheus.io/path": "/stats/prometheus", "prometheus.io/scrape": "true"})
        return ann

    def _dr_tls(self, dst: Pod, port: int) -> Optional[str]:
        """A DestinationRule's TLS mode for traffic to dst (host = a Service selecting it)."""
        hosts = set()
        for s in self.cluster.services:
            if s.namespace == dst.namespace and s.selector and labels_match(s.selector, dst.labels):
                hosts |= {s.name, f"{s.name}.{s.namespace}", f"{s.name}.{s.namespace}.svc", f"{s.name}.{s.namespace}.svc.cluster.local"}
        for dr in self.destination_rules:
            if str(dr.spec.get("host")) in hosts or f"{dr.spec.get('host')}.{dr.namespace}" in hosts:
                tp = dr.spec.get("trafficPolicy") or {}
                for pls in tp.get("portLevelSettings") or []:
                    if int((pls.get("port") or {}).get("number", -1)) == port and (pls.get("tls") or {}).get("mode"):
                        return str(pls["tls"]["mode"])
                mode = (tp.get("tls") or {}).get("mode")
                if mode:
                    return str(mode)
        return None

    def flow(self, src: Optional[Pod], src_ns: str, src_sa: str, dst: Pod, port: int, protocol: str = "tcp") -> istio.Verdict:
        """Can a pod (None: something outside the pod network, e.g. the API server) open `port` on dst?
        NetworkPolicies first (both ends), then the destination's sidecar."""
        np, why = netpol.decide(self.cluster, src, dst, port, OUTSIDERS)
        if np is Decision.DENY:
            return istio.Verdict(Decision.DENY, why)
        v = self._istio(src, src_ns, src_sa, dst, port, protocol)
        if np is Decision.UNKNOWN and v.decision is Decision.ALLOW:
            return istio.Verdict(Decision.UNKNOWN, f"{v.reason}, but {why}")
        return v

    def _istio(self, src: Optional[Pod], src_ns: str, src_sa: str, dst: Pod, port: int, protocol: str) -> istio.Verdict:
        src_sidecar = src is not None and self.sidecar(src)[0]
        dst_sidecar, why = self.sidecar(dst)
        dr = self._dr_tls(dst, port) if src_sidecar else None
        if not dst_sidecar:
            if dr == "ISTIO_MUTUAL":
                return istio.Verdict(Decision.DENY, f"a DestinationRule requires ISTIO_MUTUAL but {dst.ref} has no sidecar ({why})")
            return istio.Verdict(Decision.ALLOW, f"{dst.ref} has no sidecar ({why}): nothing is enforced")
        ann = self.annotations_after_injection(dst)
        if not istio.inbound_captured(port, ann):
            return istio.Verdict(Decision.ALLOW, f"port {port} bypasses {dst.ref}'s sidecar")
        mode = istio.peer_authentication_mode(self.peer_auth, self.root, dst.namespace, dst.labels, port)
        mtls = src_sidecar and (src is None or istio.outbound_captured(port, src.annotations))
        if mtls:
            if dr in ("DISABLE", "SIMPLE", "MUTUAL"):
                mtls = False
            elif dr is None and mode == "DISABLE":
                mtls = False  # auto mTLS honours the server's DISABLE
        if mode == "STRICT" and not mtls:
            who = "a client without a sidecar" if not src_sidecar else "the client's DestinationRule/port exclusion"
            return istio.Verdict(Decision.DENY, f"{dst.ref} port {port} is STRICT mTLS and {who} sends plaintext")
        req = Request(port=port, principal=istio.principal(src_ns, src_sa) if mtls else None, protocol=protocol)
        return istio.authorize(self.authz, self.root, dst.namespace, dst.labels, req)

    def egress(self, src: Optional[Pod], host: str, port: int = 443, registered: Optional[Callable[[str], bool]] = None) -> istio.Verdict:
        """A flow to a service outside the cluster: the source's NetworkPolicy egress, then its sidecar's egress policy.

        Under REGISTRY_ONLY a sidecar reaches only hosts of a ServiceEntry that is visible in the source's
        namespace (`exportTo`) and declares the port. `registered` decides which ServiceEntry hosts stand for
        `host` when the exact name is known only at apply (a database endpoint): default, Istio's host match."""
        if src is not None:
            np, why = netpol.decide(self.cluster, src, None, port, OUTSIDERS)
            if np is not Decision.ALLOW:
                return istio.Verdict(np, why)
        if src is None or not self.sidecar(src)[0]:
            return istio.Verdict(Decision.ALLOW, "no sidecar: egress is not mediated by the mesh")
        mode = self.outbound_mode
        for sc in self.sidecars:
            if sc.namespace in (src.namespace, self.root) and labels_match(((sc.spec.get("workloadSelector") or {}).get("labels") or {}), src.labels):
                mode = str((sc.spec.get("outboundTrafficPolicy") or {}).get("mode") or mode)
        if mode != "REGISTRY_ONLY":
            return istio.Verdict(Decision.ALLOW, f"outboundTrafficPolicy {mode}")
        matches = registered or (lambda h: istio.string_match(h, host))
        for se in self._policies("ServiceEntry"):
            export = [str(e) for e in se.spec.get("exportTo") or ["*"]]
            visible = "*" in export or src.namespace in export or ("." in export and se.namespace == src.namespace)
            ports = {int(p.get("number", 0)) for p in se.spec.get("ports") or [] if isinstance(p, Mapping)}
            if visible and port in ports and any(matches(str(h)) for h in se.spec.get("hosts") or []):
                return istio.Verdict(Decision.ALLOW, f"ServiceEntry {se.namespace}/{se.name}")
        return istio.Verdict(Decision.DENY, f"outboundTrafficPolicy REGISTRY_ONLY and no ServiceEntry visible in {src.namespace} for {host}:{port}")


def _protocol(cluster: Cluster, dst: Pod, port: int) -> str:
    for s in cluster.services:
        if s.namespace != dst.namespace or not s.selector or not labels_match(s.selector, dst.labels):
            continue
        for sp in s.ports:
            if _target(dst, sp.target) == port:
                return istio.protocol_of(sp.name, sp.app_protocol)
    return "tcp"


def _target(pod: Pod, target: Any) -> Optional[int]:
    if isinstance(target, int) or (isinstance(target, str) and target.isdigit()):
        return int(target)
    for num, p in pod.container_ports().items():
        if p.name == target:
            return num
    return None


def _owner(pod: Pod) -> str:
    return pod.owner.urn if pod.owner is not None else pod.ref


def _required(mesh: Mesh, cluster: Cluster) -> list[Finding]:
    findings = []
    for src_ep, dst_ep in REQUIRED:
        srcs, dsts = src_ep.pods(cluster), dst_ep.pods(cluster)
        if not srcs:
            continue
        if dst_ep is MINIO and not dsts:
            continue  # cloud object stores are reached outside the mesh (see _external)
        for dst in dsts:
            for port in dst_ep.ports:
                if port not in dst.container_ports():
                    continue
                for src in srcs:
                    if src is dst and src_ep is PULSAR:
                        continue
                    v = mesh.flow(src, src.namespace, src.service_account, dst, port, _protocol(cluster, dst, port))
                    if v.decision is not Decision.ALLOW:
                        state = "denied" if v.decision is Decision.DENY else "not decidable offline"
                        findings.append(Finding(NAME, _owner(dst), f"required flow {src_ep.name} ({src.ref}) -> {dst_ep.name} ({dst.ref}:{port}) is {state}: {v.reason}"))
    return findings


def _region(cluster: Cluster, r) -> str:
    """The region of a resource's explicit provider (`region` or `location` input), "" when unknown."""
    for p in cluster.result.resources:
        if p.urn == r.provider or (r.provider and r.provider.startswith(p.urn + "::")):
            return str(p.inputs.get("region") or p.inputs.get("location") or "")
    return ""


def _store_host(cluster: Cluster, r) -> str:
    """The host an SDK calls for this object store (virtual-hosted S3, the GCS JSON API, the account's blob
    endpoint): AWS S3 user guide "Virtual hosting of buckets"; GCS "Request endpoints"; Azure "Storage account
    overview: standard endpoints"."""
    if r.type.startswith("aws:"):
        return f"{r.inputs.get('bucket') or r.name}.s3.{_region(cluster, r)}.amazonaws.com"
    if r.type.startswith("gcp:"):
        return "storage.googleapis.com"
    return f"{r.inputs.get('accountName') or r.name}.blob.core.windows.net"


DATABASE_DOMAINS = {
    "aws:rds/instance:Instance": ".rds.amazonaws.com",  # <id>.<hash>.<region>.rds.amazonaws.com (RDS "Connecting to a DB instance")
    "azure-native:dbforpostgresql:Server": ".postgres.database.azure.com",  # <server>.postgres.database.azure.com
}
"""Where a managed database's endpoint lives; its exact name exists only after apply. Cloud SQL is reached by
its private IP, which a ServiceEntry names under `addresses` with a host of its choosing."""


def _external(mesh: Mesh, cluster: Cluster) -> list[Finding]:
    """Required flows to managed services (databases, object stores) outside the cluster."""
    findings = []
    resources = cluster.result.resources
    db = [r for r in resources if r.type in EXTERNAL_DATABASES]
    stores = [r for r in resources if r.type in EXTERNAL_OBJECT_STORES]
    checks: list[tuple[Endpoint, Any, str, str, int, Optional[Callable[[str], bool]]]] = []
    for r in db:
        domain = DATABASE_DOMAINS.get(r.type)
        in_domain = (lambda h, d=domain: h.endswith(d)) if domain else (lambda h: True)
        checks.append((MLFLOW, r, EXTERNAL_DATABASES[r.type], f"*{domain}" if domain else "its private IP", 5432, in_domain))
    if stores and not MINIO.pods(cluster):
        store = stores[0]
        checks += [(ep, store, EXTERNAL_OBJECT_STORES[store.type], _store_host(cluster, store), 443, None) for ep in (MILVUS_PODS, MLFLOW, TRITON)]
    for ep, r, what, host, port, registered in checks:
        for src in ep.pods(cluster):
            v = mesh.egress(src, host, port, registered)
            if v.decision is not Decision.ALLOW:
                findings.append(Finding(NAME, r.urn, f"required flow {ep.name} ({src.ref}) -> {what} ({host}:{port}) is denied: {v.reason}"))
    return findings


def _outsider(namespace: str) -> Pod:
    """A pod standing for any workload of an unlisted namespace (service account `default`)."""
    return Pod(owner=None, kind="Deployment", name="any-workload", namespace=namespace, labels={"app": "any"})  # type: ignore[arg-type]  # an imagined pod: no resource owns it


def _forbidden(mesh: Mesh, cluster: Cluster) -> list[Finding]:
    findings = []
    namespaces = set(cluster.namespaces) | {p.namespace for p in cluster.pods} | set(OUTSIDERS)
    for dst_ep, allowed_ns, allowed_ep in FORBIDDEN:
        allowed_pods = {id(p) for p in (allowed_ep.pods(cluster) if allowed_ep else [])}
        dsts = dst_ep.pods(cluster)
        for dst in dsts:
            allowed_pods |= {id(p) for p in cluster.pods if dst_ep is POSTGRES and p.labels.get("cnpg.io/cluster") == dst.labels.get("cnpg.io/cluster")}
            for port in dst_ep.ports:
                leaks = []
                for ns in sorted(namespaces - allowed_ns):
                    sources = [p for p in cluster.pods if p.namespace == ns and id(p) not in allowed_pods] or [_outsider(ns)]
                    seen = set()
                    for src in sources:
                        sidecar = mesh.sidecar(src)[0]
                        key = (sidecar, src.service_account)
                        if key in seen:
                            continue
                        seen.add(key)
                        v = mesh.flow(src, src.namespace, src.service_account, dst, port, _protocol(cluster, dst, port))
                        if v.decision is not Decision.DENY:
                            leaks.append(f"{src.ref if src.owner else ns + ' (any pod)'}: {'allowed' if v.decision is Decision.ALLOW else 'undecidable'} ({v.reason})")
                if leaks:
                    findings.append(Finding(NAME, _owner(dst), f"forbidden flow to {dst_ep.name} ({dst.ref}:{port}) is not denied from {len(leaks)} source(s): " + "; ".join(leaks[:4])
                                            + (f"; and {len(leaks) - 4} more" if len(leaks) > 4 else "")))
    return findings


def _webhooks(mesh: Mesh, cluster: Cluster) -> list[Finding]:
    """The API server must reach every webhook and aggregated API it depends on (failurePolicy Fail)."""
    findings = []
    env = cluster.env
    for w in cluster.webhooks:
        if w.failure_policy != "Fail":
            continue
        svc = next((s for s in cluster.services if s.namespace == w.service_namespace and s.name == w.service_name), None)
        if svc is None:
            findings.append(Finding(NAME, w.owner.urn, f"{w.kind} {w.name} calls Service {w.service_namespace}/{w.service_name}, which nothing creates"))
            continue
        sp = next((p for p in svc.ports if p.port == w.port), None)
        pods = [p for p in cluster.pods if p.namespace == svc.namespace and svc.selector and labels_match(svc.selector, p.labels)]
        impact = (f"pod creation is rejected in every namespace it injects ({', '.join(sorted(n for n, l in cluster.namespaces.items() if l.get('istio-injection') == 'enabled'))})"
                  if w.kind == "mutating" and w.pods_in else "calls to it fail")
        for pod in pods:
            port = _target(pod, sp.target if sp else w.port)
            if port is None:
                continue
            if env is not None and env.control_plane_ports is not None and port not in env.control_plane_ports:
                findings.append(Finding(NAME, w.owner.urn, f"required flow API server -> {w.kind} {w.name} ({pod.ref}:{port}) is blocked: {env.control_plane_where}; {impact}"))
                continue
            v = mesh.flow(None, "", "", pod, port)
            if v.decision is not Decision.ALLOW:
                findings.append(Finding(NAME, w.owner.urn, f"required flow API server -> {w.kind} {w.name} ({pod.ref}:{port}) is denied: {v.reason}; {impact}"))
    return findings


def _scrapes(mesh: Mesh, cluster: Cluster) -> list[Finding]:
    """Prometheus must reach every port its PodMonitors and ServiceMonitors scrape."""
    findings: list[Finding] = []
    prom = [p for p in cluster.pods if p.labels.get("app.kubernetes.io/name") == "prometheus"]
    if not prom:
        return findings
    src = prom[0]
    for m in cluster.monitors:
        for pod in cluster.pods:
            if pod.namespace not in m.namespaces or not labels_match(m.selector, pod.labels) or pod.replicas == 0:
                continue
            port = _scrape_port(mesh, m, pod)
            if port is None:
                continue
            v = mesh.flow(src, src.namespace, src.service_account, pod, port)
            if v.decision is not Decision.ALLOW:
                findings.append(Finding(NAME, m.owner.urn, f"required flow Prometheus -> {m.name} target {pod.ref}:{port} is denied: {v.reason}"))
    return findings


def _scrape_port(mesh: Mesh, m: Any, pod: Pod) -> Optional[int]:
    """The port a monitor's endpoint scrapes on a pod, after its relabelings (keep rules, __address__ from an annotation)."""
    endpoint = getattr(m, "endpoint", None) or {}
    ann = mesh.annotations_after_injection(pod)
    containers = {c.name for c in pod.containers} | ({"istio-proxy"} if mesh.sidecar(pod)[0] else set())
    port: Optional[int] = _target(pod, m.port) if m.port is not None else None
    for rl in endpoint.get("relabelings") or []:
        labels = rl.get("sourceLabels") or []
        if rl.get("action") == "keep" and labels:
            src = labels[0]
            if src == "__meta_kubernetes_pod_container_name" and str(rl.get("regex")) not in containers:
                return None
            if src.startswith("__meta_kubernetes_pod_annotationpresent_"):
                key = src.removeprefix("__meta_kubernetes_pod_annotationpresent_")
                if not any(k.replace(".", "_").replace("/", "_").replace("-", "_") == key for k in ann):
                    return None
        if rl.get("targetLabel") == "__address__" and any("annotation_prometheus_io_port" in s for s in labels):
            value = ann.get("prometheus.io/port", "")
            port = int(value) if value.isdigit() else None
    return port


def check(result: "PreviewResult") -> list[Finding]:
    cluster = cluster_of(result)
    mesh = Mesh(cluster)
    if not mesh.installed:
        return []
    return [*_required(mesh, cluster), *_external(mesh, cluster), *_forbidden(mesh, cluster), *_webhooks(mesh, cluster), *_scrapes(mesh, cluster)]


CHECKS[NAME] = check
