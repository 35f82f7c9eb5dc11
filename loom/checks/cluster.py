"""The cluster a stack's graph would build, as the offline checks see it.

The preview records resources (a Deployment, a Helm release, a CloudNativePG `Cluster`); a real
cluster runs pods, services, volume claims and admission webhooks. `cluster_of(result)` turns the
first into the second, once per preview: typed workloads are read as they are, CustomResources
whose operators create pods (CloudNativePG, MinIO) and Helm releases are expanded by the committed
facts in `chart_pods.py` (each with the chart, path and tag it was read from). The checks (mesh,
scheduling, wiring, readiness) all read this one model.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional

from components.kube.quantity import quantity

if TYPE_CHECKING:
    from loom.preview import PreviewResource, PreviewResult

GPU = "nvidia.com/gpu"

# --- quantities (parsed by components.kube.quantity) ------------------------------------------


def gib(value: float) -> str:
    """Bytes as a short GiB figure for messages."""
    return f"{value / 2**30:.1f}Gi"


def cores(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value >= 1 else f"{round(value * 1000)}m"


# --- the model --------------------------------------------------------------------------------


@dataclass
class Port:
    number: int
    name: str = ""
    protocol: str = "TCP"


@dataclass
class Container:
    name: str
    ports: list[Port] = field(default_factory=list)
    requests: dict[str, float] = field(default_factory=dict)
    """cpu in cores, memory in bytes, extended resources (nvidia.com/gpu) in units."""
    env: dict[str, str] = field(default_factory=dict)
    secret_env: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Env read from a Secret at container start: name -> (Secret name, key)."""
    mounts: list[dict] = field(default_factory=list)
    """volumeMounts as written (name, mountPath, ...)."""
    restart_policy: Optional[str] = None
    """"Always" on an init container makes it a native sidecar (Kubernetes 1.29+)."""


@dataclass
class Claim:
    """A PersistentVolumeClaim (or one per replica, for a StatefulSet's volumeClaimTemplates)."""

    name: str
    storage_class: Optional[str]
    """None: unset (the cluster's default class); "": explicitly none (only pre-provisioned volumes bind)."""
    size: str
    owner: "PreviewResource"
    where: str
    """How a person finds it: the workload and the values path that set it."""
    awaited: bool = True


@dataclass
class Pod:
    """The pods one workload runs (one template, `replicas` of them)."""

    owner: "PreviewResource"
    """The resource Pulumi registers: the Deployment itself, or the Helm release / CustomResource that makes it."""
    kind: str
    """Deployment, StatefulSet, DaemonSet, Job or CronJob."""
    name: str
    namespace: str
    labels: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)
    service_account: str = "default"
    containers: list[Container] = field(default_factory=list)
    init_containers: list[Container] = field(default_factory=list)
    volumes: list[dict] = field(default_factory=list)
    node_selector: dict[str, str] = field(default_factory=dict)
    tolerations: list[dict] = field(default_factory=list)
    affinity: dict = field(default_factory=dict)
    host_network: bool = False
    replicas: int = 1
    """Pods in steady state at the workload's minimum (an HPA's minReplicas)."""
    max_replicas: int = 1
    """Pods at the workload's peak: an HPA's maxReplicas, or what `loom.io/peak-replicas` says (the canary's
    replicas during a rollout, while at rest it runs none); never below `replicas`."""
    peak_why: str = ""
    """What sets `max_replicas` above `replicas` ("HPA maxReplicas", "loom.io/peak-replicas"), for messages."""
    surge: int = 0
    """Extra pods a rolling update must place before it may remove old ones (maxSurge when maxUnavailable is 0)."""
    claims: list[Claim] = field(default_factory=list)
    """volumeClaimTemplates: one claim of each per replica."""
    source: str = "typed"
    """Where the facts come from: "typed" (the resource's own spec) or the chart and tag read."""
    awaited: bool = True
    """`pulumi up` waits for it (a typed workload, or a Helm release installed with wait/atomic)."""
    gpu_toleration_added: bool = False
    ca_trust: tuple[str, ...] = ("AWS_CA_BUNDLE",)
    """How the pod's object-store clients take an extra CA: env variables that name a CA file, or absolute paths of
    files they trust. The AWS SDKs and tools (boto3, aws-sdk-go-v2, barman-cloud) read AWS_CA_BUNDLE; Milvus' do not
    (chart_pods.milvus)."""
    tls_endpoints: list[str] = field(default_factory=list)
    """https endpoints the pod is configured to call besides its AWS_ENDPOINT_URL_* env (a chart's own settings)."""

    def __post_init__(self) -> None:
        self.max_replicas = max(self.max_replicas, self.replicas)

    @property
    def ref(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}"

    @property
    def is_job(self) -> bool:
        return self.kind in ("Job", "CronJob")

    def requests(self) -> dict[str, float]:
        """Effective requests of one pod (Kubernetes: max of the sum of the app containers and of each init container;
        native sidecars add to both)."""
        sidecars = [c for c in self.init_containers if c.restart_policy == "Always"]
        apps: dict[str, float] = {}
        for c in [*self.containers, *sidecars]:
            for k, v in c.requests.items():
                apps[k] = apps.get(k, 0.0) + v
        out = dict(apps)
        side: dict[str, float] = {}
        for c in self.init_containers:
            if c.restart_policy == "Always":
                for k, v in c.requests.items():
                    side[k] = side.get(k, 0.0) + v
                continue
            for k, v in c.requests.items():
                out[k] = max(out.get(k, 0.0), v + side.get(k, 0.0))
        return out

    def container_ports(self) -> dict[int, Port]:
        return {p.number: p for c in [*self.containers, *self.init_containers] for p in c.ports}


@dataclass
class ServicePort:
    port: int
    target: Any
    """targetPort as written: a number or a container port name."""
    name: str = ""
    app_protocol: str = ""


@dataclass
class Service:
    owner: "PreviewResource"
    name: str
    namespace: str
    type: str = "ClusterIP"
    selector: dict[str, str] = field(default_factory=dict)
    ports: list[ServicePort] = field(default_factory=list)
    awaited: bool = True
    where: str = ""
    cluster_ca_signed: bool = False
    """Its pods serve a certificate the cluster's CA signs (MinIO's auto-generated ones): clients need kube-root-ca.crt."""


@dataclass
class Webhook:
    """Something the API server calls: an admission webhook or an aggregated APIService."""

    owner: "PreviewResource"
    name: str
    kind: str
    """"mutating", "validating" or "apiservice"."""
    service_namespace: str
    service_name: str
    port: int = 443
    failure_policy: str = "Fail"
    pods_in: list[str] = field(default_factory=list)
    """Namespaces whose pod creation it intercepts ("*" for all; empty: not pods)."""


@dataclass
class MetricsApi:
    """An aggregated metrics API served in the cluster (metrics.k8s.io, custom.metrics.k8s.io)."""

    group: str
    owner: "PreviewResource"
    metrics: set[str] = field(default_factory=set)
    """Custom metric names served (custom.metrics.k8s.io); empty with `any_metric` for resource metrics."""


@dataclass
class Monitor:
    """A Prometheus scrape target: the pods a PodMonitor/ServiceMonitor selects and the port it scrapes."""

    owner: "PreviewResource"
    name: str
    namespaces: list[str]
    selector: dict[str, str]
    port: Any
    """A container port name or number (None: set by the endpoint's relabelings)."""
    endpoint: dict = field(default_factory=dict)
    """The podMetricsEndpoints/endpoints entry as written (relabelings included)."""


@dataclass
class Cluster:
    """Everything the checks need, derived once per preview (`cluster_of`)."""

    result: "PreviewResult"
    namespaces: dict[str, dict[str, str]] = field(default_factory=dict)
    """Namespaces the graph (or a release with createNamespace) creates, with their labels."""
    pods: list[Pod] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    """Stand-alone PersistentVolumeClaims (StatefulSets' templates hang off their Pod)."""
    webhooks: list[Webhook] = field(default_factory=list)
    metrics_apis: list[MetricsApi] = field(default_factory=list)
    monitors: list[Monitor] = field(default_factory=list)
    hpas: list[dict] = field(default_factory=list)
    """{"owner", "namespace", "target", "metrics"} per HorizontalPodAutoscaler (typed or chart-made)."""
    storage_classes: dict[str, bool] = field(default_factory=dict)
    """Name -> is the default class, from the graph and the environment's built-in classes."""
    istio_values: dict = field(default_factory=dict)
    """The istiod release's values (meshConfig, global.proxy, env, sidecarInjectorWebhook)."""
    service_accounts: dict[tuple[str, str], dict] = field(default_factory=dict)
    """(namespace, name) -> {"annotations", "owner", "where"} for the ServiceAccounts the graph or its charts create."""
    secrets: set[tuple[str, str]] = field(default_factory=set)
    """(namespace, name) of Secrets the graph or its charts create."""
    env: Any = None
    """The environment (`environment.Environment`): platform, kubelet version, node pools, built-ins."""
    unmodeled: list = field(default_factory=list)
    """Helm releases of charts `chart_pods` has no facts for (their pods are not in the model)."""

    def by_type(self, *types: str) -> list["PreviewResource"]:
        return [r for r in self.result.resources if r.type in types]

    def pods_matching(self, namespace: Optional[str], selector: Mapping[str, str]) -> list[Pod]:
        return [p for p in self.pods if (namespace is None or p.namespace == namespace) and labels_match(selector, p.labels)]

    def namespace_of(self, r: "PreviewResource") -> str:
        meta = r.inputs.get("metadata") or {}
        return str(meta.get("namespace") or r.inputs.get("namespace") or "default")


def labels_match(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    """A matchLabels selector (exact, case-sensitive values)."""
    return all(labels.get(k) == v for k, v in selector.items())


def match_expressions(exprs: Iterable[Mapping[str, Any]], labels: Mapping[str, str]) -> bool:
    """Kubernetes label selector `matchExpressions` (In, NotIn, Exists, DoesNotExist; Gt/Lt for node affinity)."""
    for e in exprs:
        key, op, values = str(e.get("key", "")), e.get("operator"), [str(v) for v in (e.get("values") or [])]
        present = key in labels
        if op == "In" and not (present and labels[key] in values):
            return False
        if op == "NotIn" and present and labels[key] in values:
            return False
        if op == "Exists" and not present:
            return False
        if op == "DoesNotExist" and present:
            return False
        if op in ("Gt", "Lt"):
            try:
                left, right = int(labels[key]), int(values[0])
            except (KeyError, ValueError, IndexError):
                return False
            if (op == "Gt" and not left > right) or (op == "Lt" and not left < right):
                return False
    return True


def selector_matches(selector: Optional[Mapping[str, Any]], labels: Mapping[str, str]) -> bool:
    """A full LabelSelector (matchLabels AND matchExpressions); an empty one matches everything."""
    if not selector:
        return True
    return labels_match(selector.get("matchLabels") or {}, labels) and match_expressions(selector.get("matchExpressions") or [], labels)


# --- reading typed objects ----------------------------------------------------------------------


def _env(container: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in container.get("env") or []:
        if isinstance(e, Mapping) and "name" in e:
            v = e.get("value")
            out[str(e["name"])] = "" if v is None else str(v)
    return out


def _secret_env(container: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for e in container.get("env") or []:
        ref = ((e.get("valueFrom") or {}).get("secretKeyRef") or {}) if isinstance(e, Mapping) else {}
        if ref.get("name") and ref.get("key"):
            out[str(e["name"])] = (str(ref["name"]), str(ref["key"]))
    return out


def _requests(resources: Mapping[str, Any] | None) -> dict[str, float]:
    resources = resources or {}
    req = dict(resources.get("requests") or {})
    for k, v in (resources.get("limits") or {}).items():
        req.setdefault(k, v)  # Kubernetes defaults a missing request to the limit
    return {k: quantity(v) for k, v in req.items()}


def container_of(c: Mapping[str, Any]) -> Container:
    ports = [
        Port(int(p["containerPort"]), str(p.get("name") or ""), str(p.get("protocol") or "TCP"))
        for p in c.get("ports") or []
        if isinstance(p, Mapping) and str(p.get("containerPort", "")).isdigit()
    ]
    return Container(
        name=str(c.get("name") or ""),
        ports=ports,
        requests=_requests(c.get("resources")),
        env=_env(c),
        secret_env=_secret_env(c),
        mounts=[dict(m) for m in c.get("volumeMounts") or [] if isinstance(m, Mapping)],
        restart_policy=c.get("restartPolicy"),
    )


def pod_of(
    owner: "PreviewResource",
    kind: str,
    name: str,
    namespace: str,
    template: Mapping[str, Any],
    *,
    replicas: int = 1,
    max_replicas: Optional[int] = None,
    surge: int = 0,
    claims: Iterable[Claim] = (),
    source: str = "typed",
    awaited: bool = True,
) -> Pod:
    """A Pod from a pod template as the Kubernetes API takes it (camelCase)."""
    meta = template.get("metadata") or {}
    spec = template.get("spec") or {}
    return Pod(
        owner=owner,
        kind=kind,
        name=name,
        namespace=namespace,
        labels={str(k): str(v) for k, v in (meta.get("labels") or {}).items()},
        annotations={str(k): str(v) for k, v in (meta.get("annotations") or {}).items()},
        service_account=str(spec.get("serviceAccountName") or spec.get("serviceAccount") or "default"),
        containers=[container_of(c) for c in spec.get("containers") or []],
        init_containers=[container_of(c) for c in spec.get("initContainers") or []],
        volumes=[dict(v) for v in spec.get("volumes") or [] if isinstance(v, Mapping)],
        node_selector={str(k): str(v) for k, v in (spec.get("nodeSelector") or {}).items()},
        tolerations=[dict(t) for t in spec.get("tolerations") or []],
        affinity=dict(spec.get("affinity") or {}),
        host_network=bool(spec.get("hostNetwork")),
        replicas=replicas,
        max_replicas=max(replicas, max_replicas or replicas),
        surge=surge,
        claims=list(claims),
        source=source,
        awaited=awaited,
    )


def rolling_surge(strategy: Mapping[str, Any] | None, replicas: int) -> int:
    """Pods a rolling update adds before removing any: maxSurge, when maxUnavailable rounds down to 0.
    (Kubernetes defaults: 25% each; maxSurge rounds up, maxUnavailable rounds down.)"""
    strategy = strategy or {}
    if strategy.get("type") == "Recreate":
        return 0
    ru = strategy.get("rollingUpdate") or {}

    def resolve(v: Any, default: str, up: bool) -> int:
        v = default if v is None else v
        if isinstance(v, str) and v.endswith("%"):
            import math

            frac = float(v[:-1]) / 100 * max(replicas, 0)
            return math.ceil(frac) if up else math.floor(frac)
        return int(quantity(v))

    surge = resolve(ru.get("maxSurge"), "25%", True)
    unavailable = resolve(ru.get("maxUnavailable"), "25%", False)
    return surge if unavailable == 0 else 0


def claims_of_templates(owner: "PreviewResource", workload: str, templates: Iterable[Mapping[str, Any]], where: str, awaited: bool = True) -> list[Claim]:
    out = []
    for t in templates or []:
        spec = t.get("spec") or {}
        name = str((t.get("metadata") or {}).get("name") or "data")
        out.append(
            Claim(
                name=f"{workload}/{name}",
                storage_class=spec.get("storageClassName"),
                size=str(((spec.get("resources") or {}).get("requests") or {}).get("storage", "")),
                owner=owner,
                where=where,
                awaited=awaited,
            )
        )
    return out


def _meta(r: "PreviewResource") -> dict:
    return r.inputs.get("metadata") or {}


def _skip_await(r: "PreviewResource") -> bool:
    ann = _meta(r).get("annotations") or {}
    return str(ann.get("pulumi.com/skipAwait", "")).lower() == "true"


def _typed(cluster: Cluster, r: "PreviewResource") -> None:
    """Pods, services and claims a typed Kubernetes resource declares itself."""
    meta, spec = _meta(r), r.inputs.get("spec") or {}
    ns = str(meta.get("namespace") or "default")
    name = str(meta.get("name") or r.name)
    awaited = not _skip_await(r)
    kind = r.type.rsplit(":", 1)[-1]
    if kind in ("Deployment", "StatefulSet", "DaemonSet"):
        replicas = int(spec.get("replicas", 1)) if kind != "DaemonSet" else 1
        claims = claims_of_templates(r, name, spec.get("volumeClaimTemplates") or [], f"{kind} {ns}/{name} volumeClaimTemplates", awaited)
        surge = rolling_surge(spec.get("strategy"), replicas) if kind == "Deployment" else 0
        peak = _peak_annotation(meta) if kind != "DaemonSet" else None
        pod = pod_of(r, kind, name, ns, spec.get("template") or {}, replicas=replicas, max_replicas=peak, surge=surge, claims=claims, awaited=awaited)
        if peak is not None and peak > replicas:
            pod.peak_why = PEAK_REPLICAS_ANNOTATION
        cluster.pods.append(pod)
    elif kind == "Job":
        cluster.pods.append(pod_of(r, "Job", name, ns, spec.get("template") or {}, awaited=awaited))
    elif kind == "CronJob":
        job = (spec.get("jobTemplate") or {}).get("spec") or {}
        # A CronJob is not awaited beyond its creation; its Jobs run later (or, suspended, when started).
        cluster.pods.append(pod_of(r, "CronJob", name, ns, job.get("template") or {}, awaited=False))
    elif kind == "Service":
        cluster.services.append(
            Service(
                owner=r,
                name=name,
                namespace=ns,
                type=str(spec.get("type") or "ClusterIP"),
                selector=dict(spec.get("selector") or {}),
                ports=[
                    ServicePort(int(p.get("port", 0)), p.get("targetPort", p.get("port")), str(p.get("name") or ""), str(p.get("appProtocol") or ""))
                    for p in spec.get("ports") or []
                ],
                awaited=awaited,
                where=f"Service {ns}/{name}",
            )
        )
    elif kind == "PersistentVolumeClaim":
        cluster.claims.append(
            Claim(
                name=f"{ns}/{name}",
                storage_class=spec.get("storageClassName"),
                size=str(((spec.get("resources") or {}).get("requests") or {}).get("storage", "")),
                owner=r,
                where=f"PersistentVolumeClaim {ns}/{name}",
                awaited=awaited,
            )
        )
    elif kind == "HorizontalPodAutoscaler":
        cluster.hpas.append({"owner": r, "namespace": ns, "target": (spec.get("scaleTargetRef") or {}).get("name"), "metrics": spec.get("metrics") or [],
                             "min": spec.get("minReplicas", 1), "max": spec.get("maxReplicas", 1)})
    elif kind == "Namespace":
        cluster.namespaces[name] = {str(k): str(v) for k, v in (meta.get("labels") or {}).items()}
    elif kind == "StorageClass":
        ann = meta.get("annotations") or {}
        cluster.storage_classes[name] = str(ann.get("storageclass.kubernetes.io/is-default-class", "")).lower() == "true"
    elif kind == "Secret":
        cluster.secrets.add((ns, name))
    elif kind == "ServiceAccount":
        cluster.service_accounts[(ns, name)] = {"annotations": dict(meta.get("annotations") or {}), "owner": r, "where": f"ServiceAccount {ns}/{name}"}


PEAK_REPLICAS_ANNOTATION = "loom.io/peak-replicas"
"""components/kube/labels.py: the most pods a workload runs when something other than its spec scales it."""


def _peak_annotation(meta: Mapping[str, Any]) -> Optional[int]:
    value = (meta.get("annotations") or {}).get(PEAK_REPLICAS_ANNOTATION)
    try:
        return None if value is None else int(str(value))
    except ValueError:
        return None


def _apply_hpas(cluster: Cluster) -> None:
    """An HPA owns its target's replica count: steady state at minReplicas, up to maxReplicas."""
    for h in cluster.hpas:
        for p in cluster.pods:
            if p.namespace == h["namespace"] and p.name == h["target"] and p.kind in ("Deployment", "StatefulSet"):
                p.replicas = int(h["min"])
                if int(h["max"]) >= p.max_replicas:
                    p.peak_why = "HPA maxReplicas"
                p.max_replicas = max(int(h["max"]), p.max_replicas, p.replicas)


_CACHE: dict[int, tuple[Any, Cluster]] = {}


def cluster_of(result: "PreviewResult") -> Cluster:
    """The cluster model of one preview (built once, shared by every check)."""
    hit = _CACHE.get(id(result))
    if hit is not None and hit[0]() is result:
        return hit[1]
    from loom.checks import chart_pods, environment

    cluster = Cluster(result=result)
    for r in result.resources:
        if r.type.startswith("kubernetes:") and r.custom:
            _typed(cluster, r)
    chart_pods.expand(cluster)
    _apply_hpas(cluster)
    cluster.env = environment.environment_of(result, cluster)
    for name, is_default in cluster.env.builtin_storage_classes.items():
        cluster.storage_classes.setdefault(name, is_default)
    for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
        del _CACHE[key]
    _CACHE[id(result)] = (weakref.ref(result), cluster)
    return cluster
