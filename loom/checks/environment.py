"""The environment a stack deploys into: node pools, Kubernetes version, and what the platform
provides without Loom (default StorageClass, load-balancer controller, metrics-server, which ports
the control plane can reach on the nodes).

Node pools come from the graph (EKS managed node groups, Karpenter `karpenter.sh/v1` NodePools, GKE
node pools, AKS agent pools) and, for existing clusters, from `loom:existing.nodePools`. Platform
facts, with their sources:
- EKS: no default StorageClass on clusters created at 1.30 or later ("Kubernetes 1.30" in the EKS
  user guide's version notes: the gp2 class no longer carries the default annotation); no
  metrics-server unless installed (EKS user guide "View resource usage with the Kubernetes Metrics
  Server"); the cloud provider serves Services of type LoadBalancer; the cluster security group lets
  the control plane reach every node port.
- GKE: `standard-rwo` (pd-balanced CSI) is the default class, with `standard` and `premium-rwo`
  ("Using the Compute Engine persistent disk CSI Driver"); metrics-server runs in kube-system; with
  private nodes, the control plane may only open TCP 443 and 10250 to nodes unless a firewall rule
  allows more ("Add firewall rules for specific use cases" in "Creating a private cluster").
- AKS: `default` (Azure Disk CSI, the default) and the managed-csi, managed-csi-premium, azurefile-csi
  families ("Storage classes" in "Storage options for applications in AKS"); metrics-server is
  installed; the API server reaches nodes through konnectivity on any port.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from loom.checks import machines
from loom.checks.cluster import GPU, quantity

if TYPE_CHECKING:
    from loom.checks.cluster import Cluster
    from loom.preview import PreviewResource, PreviewResult

GKE_CONTROL_PLANE_PORTS = frozenset({443, 10250})
EXISTING_DEFAULT_CLASS = "(the cluster's default class)"
"""Stands for an existing cluster's default StorageClass, whatever its name."""
GKE_DEFAULT_ZONES = 3
"""A regional GKE cluster puts its node pools in three of the region's zones unless nodeLocations says otherwise."""


@dataclass
class NodePool:
    name: str
    machine: str
    cpu: float
    """Allocatable cores per node."""
    memory: float
    """Allocatable bytes per node."""
    gpus: int
    labels: dict[str, str]
    taints: list[dict]
    start: int
    """Nodes the pool has when `pulumi up` creates it (desired size, minimum, declared nodes)."""
    ceiling: Optional[int]
    """Nodes it can grow to; None: no limit (Karpenter without limits)."""
    autoscaler: str = ""
    """Who adds nodes ("" when nobody does: the pool stays at `start`)."""
    owner: Optional["PreviewResource"] = None
    settings: dict[str, str] = field(default_factory=dict)
    """Which stack setting sizes it: "size", "max", "machine", "gpus"."""
    gpu_advertised: bool = False
    """nvidia.com/gpu is allocatable on its nodes (a device plugin runs there, or the platform provides it)."""
    builtin_device_plugin: bool = False
    unknown_machine: str = ""

    def allocatable(self) -> dict[str, float]:
        out = {"cpu": self.cpu, "memory": self.memory}
        if self.gpus and self.gpu_advertised:
            out[GPU] = float(self.gpus)
        return out


@dataclass
class Environment:
    platform: str
    """"eks", "gke", "aks" or "existing"."""
    kubelet_minor: Optional[int]
    pools: list[NodePool] = field(default_factory=list)
    lb_controller: bool = True
    metrics_server: bool = False
    """The platform itself serves metrics.k8s.io."""
    builtin_storage_classes: dict[str, bool] = field(default_factory=dict)
    control_plane_ports: Optional[set[int]] = None
    """Node ports the API server can open (webhooks, APIServices); None: all."""
    control_plane_where: str = ""
    capacity_setting: str = ""
    """Where a user declares capacity when the graph has none."""


def _taint(key: str, value: Any, effect: str) -> dict:
    effect = {"NO_SCHEDULE": "NoSchedule", "PREFER_NO_SCHEDULE": "PreferNoSchedule", "NO_EXECUTE": "NoExecute"}.get(effect, effect)
    return {"key": key, "value": "" if value is None else str(value), "effect": effect}


def parse_taint(text: str) -> dict:
    """`key=value:Effect` (AKS nodeTaints, loom:existing.nodePools.*.taints)."""
    kv, _, effect = text.rpartition(":")
    key, _, value = kv.partition("=")
    return _taint(key, value, effect)


def _role_settings(prefix: str, role: str, names: dict[str, str]) -> dict[str, str]:
    return {k: f"loom:{prefix}.{role}{v}" for k, v in names.items()}


def _kubelet_minor(result: "PreviewResult") -> Optional[int]:
    version = None
    if result.settings is not None:
        version = result.settings.kubernetes_version
    else:
        for r in result.resources:
            if r.type in ("aws:eks/cluster:Cluster",):
                version = r.inputs.get("version")
            elif r.type == "azure-native:containerservice:ManagedCluster":
                version = r.inputs.get("kubernetesVersion")
    try:
        return int(str(version).split(".")[1])
    except (IndexError, ValueError):
        return None


# --- AWS --------------------------------------------------------------------------------------


def _eks(result: "PreviewResult", cluster: "Cluster", env: Environment) -> None:
    version = env.kubelet_minor or 33
    env.builtin_storage_classes = {} if version >= 30 else {"gp2": True}
    env.metrics_server = any(r.type == "aws:eks/addon:Addon" and r.inputs.get("addonName") == "metrics-server" for r in result.resources)
    from loom.checks.chart_pods import chart_name

    autoscaler = "Cluster Autoscaler" if any(r.type == "kubernetes:helm.sh/v3:Release" and chart_name(r.inputs) == "cluster-autoscaler" for r in result.resources) else ""
    for r in result.by_type("aws:eks/nodeGroup:NodeGroup"):
        i = r.inputs
        types = [str(t) for t in i.get("instanceTypes") or ["t3.medium"]]
        known = [t for t in types if t in machines.AWS]
        scaling = i.get("scalingConfig") or {}
        labels = {str(k): str(v) for k, v in (i.get("labels") or {}).items()}
        role = labels.get("loom.io/node-role", "")
        settings = _role_settings("aws", role, {"size": "DesiredSize", "max": "MaxSize", "machine": "InstanceTypes"}) if role in ("gpu", "system") else {}
        desired = int(scaling.get("desiredSize", scaling.get("minSize", 1)))
        # The managed group keeps its desired size unless an autoscaler moves it (within min..max).
        pool = NodePool(
            name=str(i.get("nodeGroupName") or r.name), machine=",".join(types), cpu=0, memory=0, gpus=0, labels=labels,
            taints=[_taint(t.get("key"), t.get("value"), str(t.get("effect"))) for t in i.get("taints") or []],
            start=desired, ceiling=int(scaling.get("maxSize", desired)) if autoscaler else desired, autoscaler=autoscaler, owner=r, settings=settings,
        )
        labels.setdefault("eks.amazonaws.com/nodegroup", pool.name)
        if not known:
            pool.unknown_machine = ",".join(types)
        else:
            # Mixed instance types: plan with the smallest, which the group may well launch.
            m = min((machines.AWS[t] for t in known), key=lambda m: (m.gpus, m.vcpus, m.memory_gib))
            pool.cpu, pool.memory = machines.eks_allocatable(m)
            pool.gpus = m.gpus
        env.pools.append(pool)
    for r in result.resources:
        if r.type.startswith("kubernetes:karpenter.sh/") and r.type.endswith(":NodePool"):
            env.pools.append(_karpenter(r))


def _karpenter(r: "PreviewResource") -> NodePool:
    """A Karpenter NodePool: any instance type its requirements allow (planned with the largest, which
    Karpenter may launch), as many nodes as `spec.limits` permit."""
    spec = r.inputs.get("spec") or {}
    tmpl = spec.get("template") or {}
    tspec = tmpl.get("spec") or {}
    labels = {str(k): str(v) for k, v in ((tmpl.get("metadata") or {}).get("labels") or {}).items()}
    reqs = tspec.get("requirements") or []
    candidates = list(machines.AWS)
    for req in reqs:
        key, op, values = req.get("key"), req.get("operator"), [str(v) for v in req.get("values") or []]
        if op == "In" and len(values) == 1:
            labels.setdefault(str(key), values[0])

        def ok(t: str, key=key, op=op, values=values) -> bool:
            family, _, _size = t.partition(".")
            attr = {"node.kubernetes.io/instance-type": t, "karpenter.k8s.aws/instance-family": family,
                    "karpenter.k8s.aws/instance-category": family[:1], "karpenter.k8s.aws/instance-gpu-count": str(machines.AWS[t].gpus),
                    "karpenter.k8s.aws/instance-gpu-name": machines.AWS[t].gpu_model.lower()}.get(str(key))
            if attr is None:
                return True
            if op == "In":
                return attr in values
            if op == "NotIn":
                return attr not in values
            if op in ("Gt", "Lt") and attr.isdigit():
                return int(attr) > int(values[0]) if op == "Gt" else int(attr) < int(values[0])
            return True

        candidates = [t for t in candidates if ok(t)]
    name = str((r.inputs.get("metadata") or {}).get("name") or r.name)
    labels["karpenter.sh/nodepool"] = name
    pool = NodePool(name=name, machine=",".join(candidates) or "(none known)", cpu=0, memory=0, gpus=0, labels=labels,
                    taints=[_taint(t.get("key"), t.get("value"), str(t.get("effect"))) for t in tspec.get("taints") or []],
                    start=0, ceiling=None, autoscaler="Karpenter", owner=r)
    if not candidates:
        pool.unknown_machine = "no instance type Loom has facts for matches the NodePool's requirements"
        pool.ceiling = 0
        return pool
    m = max((machines.AWS[t] for t in candidates), key=lambda m: (m.gpus, m.vcpus, m.memory_gib))
    pool.cpu, pool.memory = machines.eks_allocatable(m)
    pool.gpus = m.gpus
    limits = spec.get("limits") or {}
    bounds = []
    for key, per_node in (("cpu", m.vcpus), ("memory", m.memory_gib * machines.GIB), (GPU, m.gpus)):
        if key in limits and per_node:
            bounds.append(int(quantity(limits[key]) // per_node))
    pool.ceiling = min(bounds) if bounds else None
    return pool


# --- GCP --------------------------------------------------------------------------------------


def _gke(result: "PreviewResult", cluster: "Cluster", env: Environment) -> None:
    env.builtin_storage_classes = {"standard-rwo": True, "standard": False, "premium-rwo": False}
    env.metrics_server = True
    gke = result.by_type("gcp:container/cluster:Cluster")
    private: dict[str, Any] = {}
    for c in gke:
        pcc = c.inputs.get("privateClusterConfig") or {}
        if pcc.get("enablePrivateNodes"):
            private = pcc
    if private:
        master = str(private.get("masterIpv4CidrBlock") or "")
        ports = set(GKE_CONTROL_PLANE_PORTS)
        rules = []
        for fw in result.by_type("gcp:compute/firewall:Firewall"):
            i = fw.inputs
            if str(i.get("direction") or "INGRESS") != "INGRESS" or not _covers(i.get("sourceRanges") or [], master):
                continue
            for allow in i.get("allows") or []:
                if str(allow.get("protocol", "")).lower() in ("tcp", "all"):
                    rules.append(fw.name)
                    for p in allow.get("ports") or ["0-65535"]:
                        lo, _, hi = str(p).partition("-")
                        ports.update(range(int(lo), int(hi or lo) + 1))
        env.control_plane_ports = ports
        env.control_plane_where = (f"private GKE nodes: the control plane ({master}) may open TCP 443 and 10250 only"
                                   + (f", plus firewall rules {', '.join(sorted(set(rules)))}" if rules else ", and no gcp:compute/firewall rule from it allows more"))
    for r in result.by_type("gcp:container/nodePool:NodePool"):
        i = r.inputs
        nc = i.get("nodeConfig") or {}
        machine = str(nc.get("machineType") or "e2-medium")
        labels = {str(k): str(v) for k, v in (nc.get("labels") or {}).items()}
        name = str(i.get("name") or r.name)
        labels["cloud.google.com/gke-nodepool"] = name
        taints = [_taint(t.get("key"), t.get("value"), str(t.get("effect"))) for t in nc.get("taints") or []]
        accel = sum(int(a.get("count", 0)) for a in nc.get("guestAccelerators") or [])
        zones = len(i.get("nodeLocations") or []) or GKE_DEFAULT_ZONES
        auto = i.get("autoscaling") or {}
        if auto:
            if "totalMinNodeCount" in auto or "totalMaxNodeCount" in auto:
                start, ceiling = int(auto.get("totalMinNodeCount", 0)), int(auto.get("totalMaxNodeCount", 0))
            else:
                start, ceiling = int(auto.get("minNodeCount", 0)) * zones, int(auto.get("maxNodeCount", 0)) * zones
            start = max(start, int(i.get("initialNodeCount") or 0) * zones)
        else:
            start = ceiling = int(i.get("nodeCount") or i.get("initialNodeCount") or 1) * zones
        role = labels.get("loom.io/node-role", "")
        settings = _role_settings("gcp", role, {"size": "MinNodes", "max": "MaxNodes", "machine": "MachineType"}) if role in ("gpu", "system") else {}
        if role == "gpu":
            settings["gpus"] = "loom:gcp.gpuCount"
        pool = NodePool(name=name, machine=machine, cpu=0, memory=0, gpus=0, labels=labels, taints=taints, start=start, ceiling=ceiling,
                        autoscaler="GKE cluster autoscaler" if auto else "", owner=r, settings=settings)
        m = machines.GCP.get(machine)
        if m is None:
            pool.unknown_machine = machine
        else:
            pool.cpu, pool.memory = machines.gke_allocatable(m)
            pool.gpus = accel or m.gpus
        if accel or (m and m.gpus):
            # GKE installs the driver and its own device plugin, labels the nodes with the accelerator
            # and taints them nvidia.com/gpu=present:NoSchedule ("Run GPUs in GKE Standard node pools").
            pool.builtin_device_plugin = bool(accel or (m and m.gpus))
            labels.setdefault("cloud.google.com/gke-accelerator", str((nc.get("guestAccelerators") or [{}])[0].get("type", "")))
            if not any(t["key"] == GPU for t in taints):
                taints.append(_taint(GPU, "present", "NoSchedule"))
        env.pools.append(pool)


def _covers(ranges: list, cidr: str) -> bool:
    try:
        net = ipaddress.ip_network(cidr)
    except ValueError:
        return False
    for r in ranges:
        try:
            if net.subnet_of(ipaddress.ip_network(str(r), strict=False)):  # type: ignore[arg-type]  # IPv4 in IPv6 raises TypeError: caught
                return True
        except (ValueError, TypeError):
            continue
    return False


# --- Azure ------------------------------------------------------------------------------------


def _aks(result: "PreviewResult", cluster: "Cluster", env: Environment) -> None:
    env.builtin_storage_classes = {name: name == "default" for name in (
        "default", "managed", "managed-csi", "managed-csi-premium", "managed-premium", "azurefile", "azurefile-csi",
        "azurefile-csi-premium", "azurefile-premium")}
    env.metrics_server = True
    profiles = []
    for c in result.by_type("azure-native:containerservice:ManagedCluster"):
        for p in c.inputs.get("agentPoolProfiles") or []:
            profiles.append((c, p, str(p.get("name") or "")))
    for r in result.by_type("azure-native:containerservice:AgentPool"):
        profiles.append((r, r.inputs, str(r.inputs.get("agentPoolName") or r.name)))
    for r, p, name in profiles:
        vm = str(p.get("vmSize") or "")
        labels = {str(k): str(v) for k, v in (p.get("nodeLabels") or {}).items()}
        labels["kubernetes.azure.com/agentpool"] = name
        auto = bool(p.get("enableAutoScaling"))
        count = int(p.get("count") or p.get("minCount") or 1)
        start = int(p.get("minCount", count)) if auto else count
        ceiling = int(p.get("maxCount", count)) if auto else count
        role = labels.get("loom.io/node-role", "")
        settings = _role_settings("azure", role, {"size": "MinCount", "max": "MaxCount", "machine": "VmSize"}) if role in ("gpu", "system") else {}
        pool = NodePool(name=name, machine=vm, cpu=0, memory=0, gpus=0, labels=labels,
                        taints=[parse_taint(t) for t in p.get("nodeTaints") or []], start=start, ceiling=ceiling,
                        autoscaler="AKS cluster autoscaler" if auto else "", owner=r, settings=settings)
        m = machines.AZURE.get(vm)
        if m is None:
            pool.unknown_machine = vm
        else:
            pool.cpu, pool.memory = machines.aks_allocatable(m, int(p.get("maxPods") or machines.AKS_OVERLAY_MAX_PODS))
            pool.gpus = m.gpus
            if m.gpus:
                # AKS labels GPU nodes kubernetes.azure.com/accelerator=nvidia ("Use GPUs on AKS"); the device
                # plugin is not installed by AKS (gpuProfile.driver installs only the driver).
                labels.setdefault("kubernetes.azure.com/accelerator", "nvidia")
        env.pools.append(pool)


# --- existing clusters ------------------------------------------------------------------------


def _existing(result: "PreviewResult", cluster: "Cluster", env: Environment) -> None:
    env.capacity_setting = "loom:existing.nodePools"
    x = result.settings.loom.existing if result.settings is not None else None
    if x is None:
        return
    env.lb_controller = x.load_balancer
    env.metrics_server = x.metrics_server
    # loom:existing.storageClass names a class the cluster has; "null: the cluster default" is Loom's documented
    # assumption that an existing cluster has a default class (kind's standard, k3s' local-path).
    env.builtin_storage_classes[EXISTING_DEFAULT_CLASS] = True
    if x.storage_class:
        env.builtin_storage_classes[x.storage_class] = False
    nfd = any(p.annotations.get("loom.io/nfd") == "true" for p in cluster.pods)
    for name, p in x.node_pools.items():
        labels = dict(p.labels)
        if p.gpus and nfd:
            # Node Feature Discovery (GPU Operator) labels nodes with an NVIDIA PCI device; the operator
            # then labels them for its device plugin (gpu-operator v25.3.0 controllers/state_manager.go).
            labels.setdefault("feature.node.kubernetes.io/pci-10de.present", "true")
            labels.setdefault("nvidia.com/gpu.deploy.device-plugin", "true")
            labels.setdefault("nvidia.com/gpu.present", "true")
        key = f"loom:existing.nodePools.{name}"
        env.pools.append(NodePool(
            name=name, machine="declared", cpu=quantity(p.cpu), memory=quantity(p.memory), gpus=p.gpus, labels=labels,
            taints=[parse_taint(t) for t in p.taints], start=p.count, ceiling=p.count,  # nothing autoscales these clusters
            settings={"size": f"{key}.count", "machine": key, "gpus": f"{key}.gpus"},
        ))


def environment_of(result: "PreviewResult", cluster: "Cluster") -> Environment:
    types = {r.type for r in result.resources}
    if "aws:eks/cluster:Cluster" in types or "aws:eks/nodeGroup:NodeGroup" in types:
        platform = "eks"
    elif "gcp:container/cluster:Cluster" in types:
        platform = "gke"
    elif "azure-native:containerservice:ManagedCluster" in types:
        platform = "aks"
    else:
        cloud = getattr(getattr(result.settings, "loom", None), "cloud", None)
        platform = {"aws": "eks", "gcp": "gke", "azure": "aks"}.get(getattr(cloud, "value", ""), "existing")
    env = Environment(platform=platform, kubelet_minor=_kubelet_minor(result))
    {"eks": _eks, "gke": _gke, "aks": _aks, "existing": _existing}[platform](result, cluster, env)
    for pool in env.pools:
        # The kubelet's own label ("Well-Known Labels, Annotations and Taints"); Loom's node pools are all Linux.
        pool.labels.setdefault("kubernetes.io/os", "linux")
    if platform != "existing" and not env.pools:
        env.capacity_setting = f"loom:{ {'eks': 'aws', 'gke': 'gcp', 'aks': 'azure'}[platform] }.existingCluster (its node pools are not in the graph)"
    return env
