"""Requests and limits for the workloads Loom installs from charts whose defaults are `resources: {}`.

A pod without requests is invisible to the scheduler's accounting and the first to be evicted under
memory pressure; capacity planning (`loom preview`'s scheduling check) cannot protect it either. So every
chart workload gets requests sized for its steady use and a memory limit (the OOM boundary, well above the
request for the bursty ones). No CPU limits: CFS throttling of a control loop or a webhook hurts more than
a short burst over its request, and the requests already reserve what each needs.

Sizes follow the projects' own guidance where there is some (Milvus' sizing tool and its cluster-mode
examples, cert-manager's "Best practice" page, kube-prometheus-stack's commented examples) and are kept
small for the controllers. Change them here; the values paths are checked against each chart's facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from contract.settings import quantity, setting


def sized(cpu: str, memory: str, memory_limit: str) -> dict[str, dict[str, str]]:
    """A container's `resources`: CPU and memory requests, a memory limit and no CPU limit."""
    return {"requests": {"cpu": cpu, "memory": memory}, "limits": {"memory": memory_limit}}


@dataclass
class ContainerResources:
    """Requests and a memory limit for one container (no CPU limit: throttling hurts more than a burst)."""

    cpu_request: str = setting("500m", doc="CPU request.", check=quantity)
    memory_request: str = setting("2Gi", doc="Memory request.", check=quantity)
    memory_limit: str = setting("4Gi", doc="Memory limit (at least the request).", check=quantity)

    def to_k8s(self) -> dict[str, dict[str, str]]:
        """A container's `resources`."""
        return sized(self.cpu_request, self.memory_request, self.memory_limit)


# Milvus 2.5 in cluster mode (clouds, on-prem): query nodes hold the loaded segments in memory and index
# nodes build indexes; the coordinators and proxies are light.
MILVUS_CLUSTER = {
    "proxy": sized("250m", "512Mi", "2Gi"),
    "mixCoordinator": sized("250m", "512Mi", "2Gi"),
    "queryNode": sized("1", "4Gi", "8Gi"),
    "dataNode": sized("500m", "1Gi", "4Gi"),
    "indexNode": sized("1", "2Gi", "8Gi"),
}
MILVUS_STANDALONE = sized("500m", "1Gi", "4Gi")
"""The one Milvus process of dev and edge (all roles, RocksMQ)."""
PULSAR_INIT = sized("100m", "256Mi", "512Mi")
"""Pulsar's two metadata Jobs (cluster and BookKeeper initialisation): JVM tools run with -Xmx128M by the chart."""
MILVUS_ETCD = {True: sized("250m", "512Mi", "2Gi"), False: sized("100m", "256Mi", "1Gi")}
"""Milvus' etcd per member, by cluster mode (True) or standalone (False)."""

# kube-prometheus-stack (Prometheus' own size is a stack setting: loom:observability.prometheusResources,
# whose ContainerResources defaults size it for a few hundred thousand series)
PROMETHEUS_OPERATOR = sized("100m", "128Mi", "512Mi")
CONFIG_RELOADER = sized("10m", "32Mi", "64Mi")
"""The config-reloader sidecar the operator adds to each Prometheus and Alertmanager pod."""
ALERTMANAGER = sized("50m", "128Mi", "256Mi")
KUBE_STATE_METRICS = sized("50m", "128Mi", "512Mi")
NODE_EXPORTER = sized("50m", "64Mi", "128Mi")
"""On every node (a DaemonSet): its requests are taken from each node's allocatable."""
ADMISSION_PATCH = sized("10m", "32Mi", "64Mi")
"""The operator's webhook certificate Jobs (create and patch)."""
PROMETHEUS_ADAPTER = sized("100m", "256Mi", "512Mi")

# GPU plumbing (DaemonSets on every GPU node)
NVIDIA_DEVICE_PLUGIN = sized("50m", "64Mi", "256Mi")
GPU_OPERATOR_OPERANDS = {
    "devicePlugin": NVIDIA_DEVICE_PLUGIN,
    "toolkit": sized("50m", "64Mi", "256Mi"),
    "dcgmExporter": sized("100m", "256Mi", "1Gi"),
    "gfd": sized("20m", "64Mi", "256Mi"),
    "validator": sized("20m", "64Mi", "256Mi"),
}
"""The GPU Operator's operands whose chart default is `{}` (its operator pod has requests already). The driver
container is left unbounded on purpose: it compiles kernel modules on each node, and a memory limit would kill it."""

# cert-manager (deploy/charts/cert-manager): the controller and cainjector cache Secrets and Certificates.
CERT_MANAGER = sized("50m", "128Mi", "512Mi")
CERT_MANAGER_WEBHOOK = sized("20m", "64Mi", "256Mi")
CERT_MANAGER_CAINJECTOR = sized("20m", "128Mi", "512Mi")
CERT_MANAGER_STARTUPAPICHECK = sized("10m", "32Mi", "64Mi")
