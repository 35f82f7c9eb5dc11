"""Check "scheduling": every pod has a node, every GPU pod a GPU, every volume a StorageClass.

Per stack, against the node pools of `environment.py` (EKS managed node groups, Karpenter NodePools,
GKE node pools, AKS agent pools, `loom:existing.nodePools`):

1. Placement: each workload's nodeSelector, required node affinity and tolerations match at least one
   pool (Kubernetes' rules: every label of the selector, one of the affinity's terms, every NoSchedule /
   NoExecute taint tolerated), and a GPU workload's match a pool that *advertises* `nvidia.com/gpu`: one
   whose nodes run a device plugin (the NVIDIA device-plugin chart or the GPU Operator, whose DaemonSet
   must itself be placeable there) or whose platform provides one (GKE with guest accelerators).
2. Capacity: the requests of every workload (chart defaults where Loom sets none, plus Istio's sidecar
   on injected pods, plus the DaemonSets on each node) are packed first-fit-decreasing onto the pools'
   nodes at their ceiling: the maximum size where an autoscaler (Cluster Autoscaler, Karpenter, GKE's,
   AKS') adds nodes, else the size `pulumi up` creates. Steady state (stable replicas at the HPA minimum,
   the canary as deployed) must fit; so must the peak (every HPA-scaled workload at maxReplicas, the canary at
   the replicas `loom rollout` gives it, recorded as `loom.io/peak-replicas` even while it is at rest), and, on
   top of the peak, each update's surge (maxSurge, when maxUnavailable is 0, must be placed before an old pod
   goes; the Deployments one update rolls together, one release's or one component's, surge together).
3. Volumes: every PersistentVolumeClaim and volumeClaimTemplate (typed, CloudNativePG, MinIO, and those
   charts create from Loom's values: Milvus standalone, etcd, Pulsar, Prometheus) names a StorageClass the
   stack has, or the stack has a default class.

Findings name the stack settings that size the workload and the pool, with the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Optional

from loom.checks import CHECKS, Finding
from loom.checks.chart_pods import ISTIO_PROXY_REQUESTS
from loom.checks.cluster import GPU, Cluster, Pod, cluster_of, cores, gib, match_expressions, quantity
from loom.checks.environment import NodePool

if TYPE_CHECKING:
    from loom.preview import PreviewResult

NAME = "scheduling"
HARD_EFFECTS = ("NoSchedule", "NoExecute")

WORKLOAD_SETTINGS = {
    # (namespace, workload name) -> settings that size it
    ("loom-serving", "triton-stable"): "loom:triton.stable.replicas, loom:triton.resources",
    ("loom-serving", "triton-canary"): "loom:triton.canary.replicas, loom:triton.resources",
    ("loom-data", "mlflow"): "loom:mlflow.replicas",
    ("loom-system", "otel-collector"): "loom:lake.collectorReplicas",
    ("istio-ingress", "istio-ingressgateway"): "loom:mesh.gatewayMinReplicas",
    ("istio-system", "istiod"): "loom:mesh.istiodReplicas",
    ("loom-data", "milvus-querynode"): "loom:milvus.queryNodeReplicas",
    ("loom-data", "milvus-datanode"): "loom:milvus.dataNodeReplicas",
    ("loom-data", "milvus-proxy"): "loom:milvus.proxyReplicas",
    ("loom-data", "milvus-etcd"): "loom:milvus.etcdReplicas",
    ("loom-monitoring", "prometheus-loom-kps-prometheus"): "loom:observability.prometheusReplicas",
}


def tolerates(tolerations: Iterable[dict], taint: dict) -> bool:
    """Kubernetes: a toleration matches a taint by key (empty key + Exists matches all), value (Equal) and effect (empty: all)."""
    for t in tolerations:
        op = t.get("operator") or "Equal"
        key = t.get("key") or ""
        if key and key != taint["key"]:
            continue
        if not key and op != "Exists":
            continue
        if op == "Equal" and str(t.get("value") or "") != str(taint.get("value") or ""):
            continue
        if t.get("effect") and t["effect"] != taint["effect"]:
            continue
        return True
    return False


def placeable(pod: Pod, pool: NodePool) -> Optional[str]:
    """None when the pod may run on the pool's nodes, else why not."""
    for k, v in pod.node_selector.items():
        if pool.labels.get(k) != v:
            return f"nodeSelector {k}={v} (the pool's nodes carry {k}={pool.labels.get(k, '<unset>')})"
    required = (((pod.affinity or {}).get("nodeAffinity") or {}).get("requiredDuringSchedulingIgnoredDuringExecution") or {})
    terms = required.get("nodeSelectorTerms") or []
    if terms and not any(match_expressions(t.get("matchExpressions") or [], pool.labels) for t in terms):
        keys = sorted({e.get("key") for t in terms for e in t.get("matchExpressions") or []})
        return f"required node affinity on {', '.join(keys)} matches none of the pool's labels"
    for taint in pool.taints:
        if taint["effect"] in HARD_EFFECTS and not tolerates(pod.tolerations, taint):
            return f"taint {taint['key']}={taint.get('value', '')}:{taint['effect']} not tolerated"
    return None


@dataclass
class Node:
    pool: NodePool
    free: dict[str, float]


@dataclass
class Plan:
    """The outcome of packing a set of pod replicas onto the nodes."""

    unplaced: list[tuple[Pod, int]] = field(default_factory=list)
    """(workload, replicas that found no node)."""


class Scheduler:
    def __init__(self, cluster: Cluster) -> None:
        from loom.checks.mesh import Mesh

        self.cluster = cluster
        self.env = cluster.env
        self.mesh = Mesh(cluster)
        proxy = (((cluster.istio_values or {}).get("global") or {}).get("proxy") or {}).get("resources") or {}
        req = proxy.get("requests") or {}
        self.proxy = {k: quantity(v) for k, v in req.items()} if req else dict(ISTIO_PROXY_REQUESTS)
        self._advertise()

    def requests(self, pod: Pod) -> dict[str, float]:
        r = pod.requests()
        if self.mesh.sidecar(pod)[0]:
            for k, v in self.proxy.items():
                r[k] = r.get(k, 0.0) + v
        return {k: v for k, v in r.items() if v}

    def _advertise(self) -> None:
        plugins = [p for p in self.cluster.pods if p.annotations.get("loom.io/role") == "nvidia-device-plugin"]
        for pool in self.env.pools:
            if not pool.gpus:
                continue
            pool.gpu_advertised = pool.builtin_device_plugin or any(placeable(p, pool) is None for p in plugins)

    def pools_for(self, pod: Pod) -> list[NodePool]:
        need = self.requests(pod)
        out = []
        for pool in self.env.pools:
            if pool.unknown_machine or placeable(pod, pool) is not None:
                continue
            alloc = pool.allocatable()
            if all(alloc.get(k, 0.0) >= v for k, v in need.items() if k in ("cpu", "memory", GPU) or k.startswith("nvidia.com/")):
                out.append(pool)
        return out

    def nodes(self, at: str) -> list[Node]:
        """Every node of every pool at `at` ("start" or "ceiling") with the DaemonSets' share taken."""
        nodes: list[Node] = []
        daemons = [p for p in self.cluster.pods if p.kind == "DaemonSet"]
        for pool in self.env.pools:
            if pool.unknown_machine:
                continue
            count = pool.start if at == "start" else pool.ceiling
            if count is None:
                count = 1000  # no limit: Karpenter keeps adding nodes
            free = pool.allocatable()
            for d in daemons:
                if placeable(d, pool) is None:
                    for k, v in self.requests(d).items():
                        if k in free:
                            free[k] -= v
            nodes += [Node(pool, dict(free)) for _ in range(count)]
        return nodes

    def pack(self, demand: list[tuple[Pod, int]], at: str = "ceiling") -> Plan:
        nodes = self.nodes(at)
        plan = Plan()
        order = sorted(demand, key=lambda d: (-self.requests(d[0]).get(GPU, 0.0), -self.requests(d[0]).get("cpu", 0.0), -self.requests(d[0]).get("memory", 0.0)))
        for pod, count in order:
            need = self.requests(pod)
            allowed = {id(p) for p in self.pools_for(pod)}
            missing = 0
            for _ in range(count):
                for node in nodes:
                    if id(node.pool) in allowed and all(node.free.get(k, 0.0) >= v for k, v in need.items() if k in node.free or k == GPU):
                        for k, v in need.items():
                            if k in node.free:
                                node.free[k] -= v
                        break
                else:
                    missing += 1
            if missing:
                plan.unplaced.append((pod, missing))
        return plan


def _describe(pod: Pod, need: dict[str, float]) -> str:
    parts = [f"{cores(need.get('cpu', 0.0))} CPU", gib(need.get("memory", 0.0))]
    if need.get(GPU):
        parts.append(f"{int(need[GPU])} {GPU}")
    return ", ".join(parts)


def _pool_text(pools: Iterable[NodePool]) -> str:
    out = []
    for p in pools:
        size = f"{p.start} node(s)" if not p.autoscaler else f"{p.start}..{'unlimited' if p.ceiling is None else p.ceiling} nodes ({p.autoscaler})"
        gpus = f", {p.gpus} GPU" if p.gpus else ""
        keys = ", ".join(v for k, v in p.settings.items() if k in ("size", "max")) or "no stack setting"
        out.append(f"{p.name} [{p.machine}: {cores(p.cpu)} CPU, {gib(p.memory)} allocatable{gpus} per node] x {size}"
                   + ("" if p.autoscaler else ", nothing adds nodes") + f" ({keys})")
    return "; ".join(out)


def _setting(pod: Pod, pools: list[NodePool]) -> Optional[str]:
    for p in pools:
        if p.settings.get("max" if p.autoscaler else "size"):
            return p.settings["max" if p.autoscaler else "size"]
    return WORKLOAD_SETTINGS.get((pod.namespace, pod.name))


def _placement(s: Scheduler) -> list[Finding]:
    findings = []
    for pod in s.cluster.pods:
        if pod.kind == "DaemonSet" or (pod.replicas == 0 and pod.kind != "CronJob"):
            continue
        if s.pools_for(pod):
            continue
        need = s.requests(pod)
        why = []
        candidates = []
        for pool in s.env.pools:
            reason = placeable(pod, pool)
            if pool.unknown_machine:
                reason = f"no facts for machine {pool.unknown_machine}"
            elif reason is None:
                alloc = pool.allocatable()
                if need.get(GPU) and not pool.gpus:
                    reason = "its nodes have no GPU"
                elif need.get(GPU) and not pool.gpu_advertised:
                    reason = f"its nodes have {pool.gpus} GPU but no device plugin runs there, so nvidia.com/gpu is never advertised"
                else:
                    short = [f"{k} {cores(v) if k == 'cpu' else gib(v) if k == 'memory' else int(v)} > {cores(alloc.get(k, 0)) if k == 'cpu' else gib(alloc.get(k, 0)) if k == 'memory' else int(alloc.get(k, 0))}"
                             for k, v in need.items() if alloc.get(k, 0.0) < v]
                    reason = "one pod needs more than a node has: " + ", ".join(short)
                    candidates.append(pool)
            why.append(f"{pool.name}: {reason}")
        what = "GPU workload" if need.get(GPU) else "workload"
        findings.append(Finding(NAME, pod.owner.urn if pod.owner else pod.ref,
                                f"{what} {pod.ref} ({_describe(pod, need)} per pod) fits no node pool: " + "; ".join(why or ["the stack has no node pool"]),
                                next((p.settings["machine"] for p in candidates if p.settings.get("machine")), None)
                                or WORKLOAD_SETTINGS.get((pod.namespace, pod.name))))
    return findings


def steady_demand(s: Scheduler) -> list[tuple[Pod, int]]:
    return [(p, p.replicas) for p in s.cluster.pods if p.kind not in ("DaemonSet", "Job", "CronJob") and p.replicas > 0 and s.pools_for(p)]


def peak_demand(s: Scheduler) -> list[tuple[Pod, int]]:
    """Every workload at its peak: HPA targets at maxReplicas, the canary at the replicas a rollout gives it."""
    return [(p, p.max_replicas) for p in s.cluster.pods if p.kind not in ("DaemonSet", "Job", "CronJob") and p.max_replicas > 0 and s.pools_for(p)]


def surge_groups(demand: list[tuple[Pod, int]]) -> list[list[Pod]]:
    """Deployments one `pulumi up` rolls at once, so their surges add up: the workloads of one Helm release, or the
    typed Deployments of one component (Triton's stable and canary tracks share image, flags and resources)."""
    groups: dict[str, list[Pod]] = {}
    for pod, count in demand:
        if pod.surge > 0 and count > 0 and pod.owner is not None:
            key = pod.owner.urn if pod.source != "typed" else (pod.owner.parent or pod.owner.urn)
            groups.setdefault(key, []).append(pod)
    return list(groups.values())


def _pool_names(s: Scheduler, pod: Pod) -> set[str]:
    return {p.name for p in s.pools_for(pod)}


def _capacity(s: Scheduler) -> list[Finding]:
    """Steady state, then the peak (every workload at its maximum), then each update's surge at the peak: one finding
    per group of pools that falls short, at the first of these that does not fit (the later ones would repeat it)."""
    findings: list[Finding] = []
    short: set[str] = set()
    steady, peak = steady_demand(s), peak_demand(s)
    for phase, demand in (("steady", steady), ("peak", peak)):
        groups: dict[tuple[str, ...], list[tuple[Pod, int]]] = {}
        for pod, missing in s.pack(demand).unplaced:
            names = _pool_names(s, pod)
            if not names & short:
                groups.setdefault(tuple(sorted(names)), []).append((pod, missing))
        for items in groups.values():
            findings.append(_no_room(s, items, demand, phase))
        short |= {name for key in groups for name in key}
    for group in surge_groups(peak):
        mine = set().union(*(_pool_names(s, p) for p in group))
        if mine & short:
            continue
        extra = [(p, p.surge) for p in group]
        if any(_pool_names(s, q) & mine for q, _ in s.pack([*peak, *extra]).unplaced):
            findings.append(_no_room(s, extra, peak, "surge"))
    return findings


def _fmt(dim: str, v: float) -> str:
    return f"{int(round(v))} {GPU}" if dim == GPU else f"{cores(v)} CPU" if dim == "cpu" else f"{gib(v)} memory"


PEAK_SETTINGS = {
    # (namespace, workload) -> the setting that sizes its peak
    ("loom-serving", "triton-stable"): "loom:triton.stable.maxReplicas",
    ("loom-serving", "triton-canary"): "loom:triton.canary.replicas",
    ("istio-ingress", "istio-ingressgateway"): "loom:mesh.gatewayMaxReplicas",
    ("istio-system", "istiod"): "loom:mesh.istiodMaxReplicas",
}


def _no_room(s: Scheduler, items: list[tuple[Pod, int]], demand: list[tuple[Pod, int]], phase: str) -> Finding:
    """One finding for pods that find no node: `phase` "steady" (replicas of the moment), "peak" (every workload at
    its maximum) or "surge" (`items` are the surge pods of one update, on top of the peak)."""
    pools = {id(p): p for pod, _ in items for p in s.pools_for(pod)}.values()
    pool_ids = {id(p) for p in pools}
    sharing = [(p, c, "") for p, c in demand if {id(x) for x in s.pools_for(p)} & pool_ids]
    if phase == "surge":
        sharing += [(p, c, "surge") for p, c in items]
    dims = [GPU] if any(s.requests(p).get(GPU) for p, _ in items) else ["cpu", "memory"]
    parts = []
    for dim in dims:
        asked = sum(s.requests(p).get(dim, 0.0) * c for p, c, _ in sharing)
        unlimited = any(p.ceiling is None for p in pools)
        offered = sum((p.ceiling or 0) * p.allocatable().get(dim, 0.0) for p in pools)
        parts.append(f"{_fmt(dim, asked)} asked{' at peak' if phase != 'steady' else ''}, {'no limit' if unlimited else _fmt(dim, offered)} offered")
    dim = dims[0]

    def why(p: Pod, c: int, tag: str) -> str:
        if tag:
            return f" ({tag})"
        if phase != "steady" and c > p.replicas and p.peak_why:
            return f" ({p.peak_why})"
        return ""

    contributors = sorted(((p, c, t) for p, c, t in sharing if s.requests(p).get(dim)), key=lambda pct: (pct[2] != "", -s.requests(pct[0]).get(dim, 0.0) * pct[1]))
    listed = ", ".join(f"{p.name} {c} x {_fmt(dim, s.requests(p)[dim])}{why(p, c, t)}" for p, c, t in contributors[:8])
    if len(contributors) > 8:
        listed += f", and {len(contributors) - 8} more"
    if phase in ("steady", "peak"):
        lost = ", ".join(f"{m} of {p.ref}" for p, m in items)
        head = f"pods find no node {'in steady state' if phase == 'steady' else 'at peak (every workload at its maximum: HPA maxReplicas, the canary at its rollout replicas)'} ({lost})"
        asked = sum(s.requests(q).get(dim, 0.0) * c for q, c, _ in sharing)
        if phase == "steady":
            rolling = [(p, p.surge * s.requests(p).get(dim, 0.0)) for p, _, _ in sharing if p.surge > 0 and s.requests(p).get(dim)]
            if rolling:
                p, extra = max(rolling, key=lambda pe: pe[1])
                parts.append(f"a rolling update of {p.name} needs {_fmt(dim, asked + extra)} (maxSurge {p.surge} with maxUnavailable 0)")
        else:
            groups = [(g, sum(p.surge * s.requests(p).get(dim, 0.0) for p in g)) for g in surge_groups([(p, c) for p, c, _ in sharing])]
            groups = [(g, extra) for g, extra in groups if extra]
            if groups:
                g, extra = max(groups, key=lambda ge: ge[1])
                parts.append(f"an update rolling {' and '.join(p.name for p in g)} at peak needs {_fmt(dim, asked + extra)} (maxSurge with maxUnavailable 0)")
    else:
        refs = " and ".join(p.ref for p, _ in items)
        n = sum(c for _, c in items)
        head = (f"a rolling update of {refs} at peak finds no node for its {n} surge pod(s) (maxSurge with maxUnavailable 0: "
                f"each new pod must start before an old one stops, and one update rolls them together)")
    owner = max(items, key=lambda pc: s.requests(pc[0]).get(dim, 0.0) * pc[1])[0]
    lower = sorted({PEAK_SETTINGS[(p.namespace, p.name)] for p, c, _ in contributors if phase != "steady" and (p.namespace, p.name) in PEAK_SETTINGS and c > p.replicas})
    tail = f"; or lower {', '.join(lower)}" if lower else ""
    return Finding(NAME, owner.owner.urn if owner.owner else owner.ref,
                   f"{head}: {'; '.join(parts)} ({listed}) on {_pool_text(pools)}{tail}",
                   _setting(owner, list(pools)))


def _volumes(s: Scheduler) -> list[Finding]:
    findings = []
    classes = s.cluster.storage_classes
    default = [n for n, d in classes.items() if d]
    claims = [*s.cluster.claims, *(c for p in s.cluster.pods for c in p.claims if p.replicas > 0)]
    for c in claims:
        if c.storage_class is None:
            if not default:
                findings.append(Finding(NAME, c.owner.urn, f"volume {c.name} ({c.where}) names no StorageClass and the stack has no default class "
                                        f"(classes: {', '.join(sorted(classes)) or 'none'}): it stays Pending"))
        elif c.storage_class == "":
            findings.append(Finding(NAME, c.owner.urn, f"volume {c.name} ({c.where}) disables dynamic provisioning (storageClassName \"\"): it binds only to a pre-created PersistentVolume"))
        elif c.storage_class not in classes:
            findings.append(Finding(NAME, c.owner.urn, f"volume {c.name} ({c.where}) names StorageClass {c.storage_class!r}, which the stack does not have "
                                    f"(classes: {', '.join(sorted(classes)) or 'none'}): it stays Pending"))
    return findings


def _pools(s: Scheduler) -> list[Finding]:
    findings = []
    env = s.env
    if not env.pools:
        owner = s.cluster.result.resources[0].urn if s.cluster.result.resources else s.cluster.result.stack
        findings.append(Finding(NAME, owner, f"the stack's node capacity is unknown: declare it in {env.capacity_setting or 'the stack settings'}", env.capacity_setting or None))
    for pool in env.pools:
        if pool.unknown_machine:
            findings.append(Finding(NAME, pool.owner.urn if pool.owner else pool.name,
                                    f"node pool {pool.name}: no committed capacity facts for {pool.unknown_machine} (loom/checks/machines.py), so pods cannot be planned on it",
                                    pool.settings.get("machine")))
    return findings


def check(result: "PreviewResult") -> list[Finding]:
    cluster = cluster_of(result)
    s = Scheduler(cluster)
    return [*_pools(s), *_placement(s), *_capacity(s), *_volumes(s)]


CHECKS[NAME] = check
