"""The scheduling check: placement, capacity (steady state and rolling-update surge) and volume classes.

Defects of issue 10 it finds on the graphs of the code that had them (tests/checks/frozen.py): 9 (aws: 3 Triton GPUs + 1 surge on a fixed 2-node GPU group),
8 (aws: Pulsar's volumes name no class and EKS 1.30+ has no default one) and 11 (azure: the device plugin's
default affinity matches no AKS GPU node, so nvidia.com/gpu is never advertised).
"""

from __future__ import annotations

import copy

import pytest

from loom.checks import machines, scheduling
from loom.checks.cluster import cluster_of
from loom.checks.environment import NodePool, parse_taint
from tests.infra.conftest import preview_of

from .frozen import frozen

from .graphs import add, mutate, release, res

GIB, MIB = machines.GIB, machines.MIB


# --- facts and formulas, against the platforms' documented examples -------------------------------


def test_aks_memory_reservation_examples_from_the_aks_docs():
    # "If the VM provides 8 GB of memory and the node supports up to 30 pods, AKS reserves 20 MB * 30 + 50 MB = 650 MB."
    _, mem = machines.aks_allocatable(machines.Machine(2, 8), max_pods=30)
    assert 8 * GIB - mem == pytest.approx(650e6 + 100 * MIB)
    # "If the VM provides 4 GB and supports up to 70 pods, AKS reserves 25% * 4 GB ... less than 1450 MB."
    _, mem = machines.aks_allocatable(machines.Machine(2, 4), max_pods=70)
    assert 4 * GIB - mem == pytest.approx(0.25 * 4 * GIB + 100 * MIB)
    cpu, _ = machines.aks_allocatable(machines.Machine(4, 16))
    assert cpu == pytest.approx(4 - 0.140)


def test_gke_memory_reservation_matches_the_documented_tiers():
    # 150 GiB: 25% of 4 + 20% of 4 + 10% of 8 + 6% of 112 + 2% of 22 = 9.76 GiB, plus 100 MiB eviction.
    _, mem = machines.gke_allocatable(machines.Machine(48, 150))
    assert mem / GIB == pytest.approx(140.1423, abs=1e-3)
    cpu, _ = machines.gke_allocatable(machines.Machine(8, 32))
    assert cpu == pytest.approx(8 - (0.06 + 0.01 + 0.01 + 0.01))


def test_eks_reservation_follows_nodeadm():
    m = machines.AWS["g6.xlarge"]
    assert m.max_pods == 58  # 4 ENIs x (15 - 1) + 2
    cpu, mem = machines.eks_allocatable(m)
    assert cpu == pytest.approx(4 - 0.08)
    assert mem == 16 * GIB - (11 * 58 + 255) * MIB - 100 * MIB


def pool(labels=None, taints=()):
    return NodePool("p", "m", 4, 16 * GIB, 0, dict(labels or {}), [parse_taint(t) for t in taints], 1, 1)


def pod_of(**spec):
    from loom.checks.cluster import pod_of as make

    return make(None, "Deployment", "x", "ns", {"spec": spec})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "tolerations, taint, ok",
    [
        ([{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}], "nvidia.com/gpu=true:NoSchedule", True),
        ([{"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"}], "nvidia.com/gpu=present:NoSchedule", False),
        ([{"key": "nvidia.com/gpu", "operator": "Equal", "value": "present"}], "nvidia.com/gpu=present:NoSchedule", True),  # no effect: all
        ([{"operator": "Exists"}], "anything=x:NoExecute", True),  # empty key + Exists tolerates everything
        ([{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoExecute"}], "nvidia.com/gpu=true:NoSchedule", False),
        ([], "dedicated=gpu:NoSchedule", False),
    ],
)
def test_tolerations_follow_the_kubernetes_rules(tolerations, taint, ok):
    assert scheduling.tolerates(tolerations, parse_taint(taint)) is ok


def test_placement_needs_the_selector_one_affinity_term_and_every_hard_taint_tolerated():
    gpu = pool({"role": "gpu", "zone": "a"}, ["nvidia.com/gpu=true:NoSchedule", "soft=x:PreferNoSchedule"])
    assert scheduling.placeable(pod_of(nodeSelector={"role": "gpu"}), gpu) is not None  # taint not tolerated
    tol = [{"key": "nvidia.com/gpu", "operator": "Exists"}]
    assert scheduling.placeable(pod_of(nodeSelector={"role": "gpu"}, tolerations=tol), gpu) is None
    assert scheduling.placeable(pod_of(nodeSelector={"role": "cpu"}, tolerations=tol), gpu) is not None
    terms = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
        {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["b"]}]},
        {"matchExpressions": [{"key": "role", "operator": "Exists"}]}]}}}
    assert scheduling.placeable(pod_of(affinity=terms, tolerations=tol), gpu) is None
    terms["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].pop()
    assert scheduling.placeable(pod_of(affinity=terms, tolerations=tol), gpu) is not None


# --- today's graphs ----------------------------------------------------------------------------


def messages(result):
    return [f for f in scheduling.check(result)]


def test_defect_9_three_triton_gpus_and_a_surge_on_two_fixed_gpu_nodes():
    """Defect 9: 2 stable + 1 canary GPUs on a 2-node group nothing grows, and the rolling update needs a spare GPU."""
    found = messages(frozen("aws"))
    steady = [f for f in found if "triton" in f.message and "steady state" in f.message]
    assert steady, [f.message for f in found]
    assert "3 nvidia.com/gpu asked, 2 nvidia.com/gpu offered" in steady[0].message
    assert "nothing adds nodes" in steady[0].message and steady[0].setting == "loom:aws.gpuDesiredSize"
    assert "needs 4 nvidia.com/gpu (maxSurge 1 with maxUnavailable 0)" in steady[0].message


def _gpu_nodepool(limit: int):
    return res("kubernetes:karpenter.sh/v1:NodePool", "gpu", {"metadata": {"name": "gpu"}, "spec": {
        "template": {"metadata": {"labels": {"loom.io/node-role": "gpu", "nvidia.com/gpu.present": "true"}},
                     "spec": {"requirements": [{"key": "karpenter.k8s.aws/instance-family", "operator": "In", "values": ["g6"]},
                                               {"key": "karpenter.k8s.aws/instance-gpu-count", "operator": "In", "values": ["1"]}],
                              "taints": [{"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}]}},
        "limits": {"nvidia.com/gpu": limit}}})


def _triton(found, phase: str):
    return [f for f in found if "triton" in f.message and phase in f.message]


def test_defect_9_is_cleared_by_an_autoscaler_up_to_the_group_maximum():
    """The steady state and its surge fit once something adds nodes; the peak (the HPA maximum) is checked on its own."""
    base = frozen("aws")
    with_ca = messages(add(base, release("cluster-autoscaler", "cluster-autoscaler", "kube-system", {})))
    assert not _triton(with_ca, "steady state"), [f.message for f in with_ca]
    # ... or by Karpenter: a GPU NodePool with room for at least four GPUs.
    assert not _triton(messages(add(base, _gpu_nodepool(4))), "steady state")
    tight = messages(add(base, _gpu_nodepool(1)))  # 2 fixed nodes + 1 from Karpenter: the steady 3 fit, nothing more
    assert not _triton(tight, "steady state") and _triton(tight, "at peak")


def test_the_peak_is_every_hpa_at_its_maximum_plus_the_updates_surge():
    """Frozen aws: stable 2..8 (HPA), canary 1, maxSurge 1 on both tracks, a managed GPU group of 2..6 nodes. Its
    maximum holds the steady state but not the peak (8 + 1 = 9); with the 2 fixed nodes plus a Karpenter GPU pool,
    the pool's limit must hold 7 at peak and 9 while one update rolls both tracks (11 in all)."""
    base = frozen("aws")
    peak = _triton(messages(add(base, release("cluster-autoscaler", "cluster-autoscaler", "kube-system", {}))), "at peak")
    assert len(peak) == 1 and peak[0].setting == "loom:aws.gpuMaxSize", [f.message for f in peak]
    assert "9 nvidia.com/gpu asked at peak, 6 nvidia.com/gpu offered" in peak[0].message
    assert "triton-stable 8 x 1 nvidia.com/gpu (HPA maxReplicas)" in peak[0].message
    assert "needs 11 nvidia.com/gpu" in peak[0].message and "loom:triton.stable.maxReplicas" in peak[0].message
    assert _triton(messages(add(base, _gpu_nodepool(6))), "at peak")
    surge = _triton(messages(add(base, _gpu_nodepool(8))), "rolling update")
    assert len(surge) == 1 and "Deployment loom-serving/triton-canary and Deployment loom-serving/triton-stable" in surge[0].message
    assert "11 nvidia.com/gpu asked at peak, 10 nvidia.com/gpu offered" in surge[0].message
    assert not [f for f in messages(add(base, _gpu_nodepool(9))) if "triton" in f.message]


def test_a_canary_at_rest_is_planned_at_its_rollout_replicas():
    """Shipped stacks start with the canary off (0 replicas); `loom rollout` runs loom:triton.canary.replicas, which
    the component records as loom.io/peak-replicas. Without that annotation the canary would count as nothing."""
    from loom.checks.cluster import cluster_of as model

    gcp = preview_of("gcp")
    canary = next(p for p in model(gcp).pods if p.name == "triton-canary")
    assert canary.replicas == 0 and canary.max_replicas == 1 and canary.peak_why == "loom.io/peak-replicas"
    assert not [f for f in messages(gcp) if "triton" in f.message]
    three = mutate(gcp, "loom-gcp-triton-canary", lambda i: i["metadata"]["annotations"].update({"loom.io/peak-replicas": "3"}))
    found = _triton(messages(three), "rolling update")
    assert found and "triton-canary 3 x 1 nvidia.com/gpu (loom.io/peak-replicas)" in found[0].message, [f.message for f in messages(three)]
    assert found[0].setting == "loom:gcp.gpuMaxNodes" and "loom:triton.canary.replicas" in found[0].message


def test_defect_8_pulsar_volumes_without_a_class_on_eks():
    """Defect 8: ZooKeeper and BookKeeper journal/ledgers get no storageClassName and EKS 1.30+ has no default class."""
    found = [f.message for f in messages(frozen("aws"))]
    for vol in ("milvus-pulsarv3-zookeeper/data", "milvus-pulsarv3-bookie/journal", "milvus-pulsarv3-bookie/ledgers"):
        assert any(vol in m and "no default class" in m for m in found), found


def test_defect_8_is_cleared_by_naming_the_class_or_making_it_default():
    base = frozen("aws")

    def name_it(i):
        pv = i["values"]["pulsarv3"]
        pv.setdefault("zookeeper", {}).setdefault("volumes", {}).setdefault("data", {})["storageClassName"] = "loom-gp3-encrypted"
        for vol in ("journal", "ledgers"):
            pv.setdefault("bookkeeper", {}).setdefault("volumes", {}).setdefault(vol, {})["storageClassName"] = "loom-gp3-encrypted"

    assert not [f for f in messages(mutate(base, "loom-aws-milvus-release", name_it)) if "volume" in f.message]
    default = mutate(base, "loom-aws-foundation-storage-class",
                     lambda i: i["metadata"].update({"annotations": {"storageclass.kubernetes.io/is-default-class": "true"}}))
    assert not [f for f in messages(default) if "volume" in f.message]


def test_defect_11_the_device_plugin_never_runs_on_aks_gpu_nodes():
    """Defect 11: nvidia-device-plugin keeps its NFD affinity; AKS GPU nodes carry neither label, so no GPU is advertised."""
    found = [f for f in messages(frozen("azure")) if "triton" in f.message]
    assert found and "no device plugin runs there" in found[0].message


def test_defect_11_is_cleared_by_dropping_the_nfd_affinity():
    fixed = mutate(frozen("azure"), "loom-azure-foundation-nvidia-device-plugin", lambda i: i["values"].update({"affinity": None}))
    assert not [f for f in messages(fixed) if "triton" in f.message and ("device plugin" in f.message or "steady state" in f.message)]
    # An empty map does not remove Helm's default (maps merge); only null does.
    still = mutate(frozen("azure"), "loom-azure-foundation-nvidia-device-plugin", lambda i: i["values"].update({"affinity": {}}))
    assert [f for f in messages(still) if "triton" in f.message and "no device plugin runs there" in f.message]


def test_settings_that_cannot_fit_name_the_setting_and_the_numbers():
    small = copy.deepcopy(frozen("edge"))
    small.settings.loom.existing.node_pools["site"].cpu = "3"
    found = messages(small)
    assert found, "a 3-CPU edge node cannot hold the platform"
    assert all(f.setting == "loom:existing.nodePools.site.count" for f in found if "find no node" in f.message)
    assert any("4.3 CPU asked, 3 CPU offered" in f.message for f in found), [f.message for f in found]


def test_gpu_canary_on_a_pool_whose_maximum_is_too_small():
    """The issue's example: a canary on a GPU pool whose maximum is too small (gcp, one zone, one node)."""
    one = mutate(frozen("gcp"), "loom-gcp-foundation-gpu-pool", lambda i: i.update({"nodeLocations": ["europe-west4-a"], "autoscaling": {"minNodeCount": 0, "maxNodeCount": 1}}))
    found = [f for f in messages(one) if "triton" in f.message]
    assert found and found[0].setting == "loom:gcp.gpuMaxNodes"
    assert "2 nvidia.com/gpu asked, 1 nvidia.com/gpu offered" in found[0].message


def test_unknown_capacity_is_a_finding_not_a_guess():
    blind = copy.deepcopy(frozen("dev"))
    blind.settings.loom.existing.node_pools.clear()
    assert any("loom:existing.nodePools" in f.message for f in messages(blind))
    odd = mutate(frozen("aws"), "loom-aws-foundation-system-nodes", lambda i: i.update({"instanceTypes": ["x9.mega"]}))
    assert any("x9.mega" in f.message and f.setting == "loom:aws.systemInstanceTypes" for f in messages(odd))


@pytest.mark.parametrize("stack", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_every_shipped_stack_fits_at_peak(stack):
    """Steady state, the peak (every HPA at its maximum, the canary at its rollout replicas) and each update's surge.
    Before issue 10's peak check, gcp (6 GPUs) and azure (3) could not hold Triton's peak of 7 + 2 surging."""
    assert messages(preview_of(stack)) == []


def test_sidecars_and_daemonsets_are_counted():
    c = cluster_of(frozen("aws"))
    s = scheduling.Scheduler(c)
    triton = next(p for p in c.pods if p.name == "triton-stable")
    assert s.requests(triton)["cpu"] == pytest.approx(2.1)  # 2 requested + istio-proxy's 100m
    milvus = next(p for p in c.pods if p.name == "milvus-pulsarv3-bookie")
    assert s.requests(milvus)["memory"] == pytest.approx(2048 * MIB + 128 * MIB)  # chart default + sidecar
