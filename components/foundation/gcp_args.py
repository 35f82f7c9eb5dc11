"""Typed arguments of `GcpFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional

import pulumi

from components.foundation.naming import EnvironmentNamed
from contract.settings import at_least, cidr, fixed, non_empty, restricted_cidr_map, setting, wiring


class ReleaseChannel(str, enum.Enum):
    """GKE release channel: how fast the control plane and nodes are upgraded."""

    RAPID = "RAPID"
    REGULAR = "REGULAR"
    STABLE = "STABLE"


class GpuDriverVersion(str, enum.Enum):
    """Which NVIDIA driver GKE installs on GPU nodes (gpu_driver_installation_config)."""

    DEFAULT = "DEFAULT"
    LATEST = "LATEST"


@dataclass
class GcpExistingCluster:
    """A GKE cluster that already exists (Workload Identity on).

    No VPC or cluster is created; buckets, identities and Cloud SQL (a private IP in the cluster's network) still are
    (`loom:gcp.existingCluster`).
    """

    cluster_name: str = setting(doc="Name of the GKE cluster.", check=non_empty)
    location: str = setting(doc="Region or zone of the cluster.", check=non_empty)
    kubeconfig: str = setting(doc="Kubeconfig contents or path (kept as a Pulumi secret).", check=non_empty)
    network_id: str = setting(doc="The cluster's VPC network, projects/P/global/networks/N (with private services access).", check=lambda v: None if v.startswith("projects/") else "projects/<project>/global/networks/<name>")
    gpu: bool = setting(True, doc="The cluster has a GPU node pool tainted nvidia.com/gpu=present:NoSchedule.")


@dataclass
class GcpSettings:
    """`loom:gcp`: VPC, GKE with an L4 GPU node pool, GCS + Cloud KMS, Cloud SQL, Workload Identity. Project/region: `gcp:project`, `gcp:region`."""

    cluster_name: Optional[str] = setting(None, doc="GKE cluster name; null: `loom-<environment>`.")
    node_cidr: str = setting("10.50.0.0/20", doc="Primary subnet range (nodes).", check=cidr)
    pods_cidr: str = setting("10.64.0.0/14", doc="Secondary range for pods.", check=cidr)
    services_cidr: str = setting("10.50.16.0/20", doc="Secondary range for services.", check=cidr)
    master_cidr: str = setting("172.16.0.0/28", doc="/28 for the control plane's private endpoint.", check=cidr)
    private_endpoint: bool = setting(False, doc="Private control-plane endpoint only.")
    master_authorized_networks: dict[str, str] = setting(doc="Display name -> CIDR allowed to reach the control plane (never 0.0.0.0/0).", factory=dict, check=restricted_cidr_map)
    release_channel: ReleaseChannel = setting(ReleaseChannel.REGULAR, doc="GKE release channel.")
    system_machine_type: str = setting("e2-standard-4", doc="Machine type of the system pool.", check=non_empty)
    system_min_nodes: int = setting(1, doc="System pool minimum per zone.", check=at_least(0))
    system_max_nodes: int = setting(3, doc="System pool maximum per zone.", check=at_least(1))
    gpu_node_pool: bool = setting(True, doc="Create the GPU node pool (taint nvidia.com/gpu=present:NoSchedule).")
    gpu_machine_type: str = setting("g2-standard-8", doc="Machine type of the GPU pool.", check=non_empty)
    gpu_accelerator: str = setting("nvidia-l4", doc="Accelerator type (nvidia-l4, nvidia-tesla-t4, nvidia-a100-80gb, ...).", check=lambda v: None if v.startswith("nvidia-") else "a GKE accelerator type starting with nvidia-")
    gpu_count: int = setting(1, doc="GPUs per node.", check=at_least(1))
    gpu_min_nodes: int = setting(0, doc="GPU pool minimum per zone (0 lets the autoscaler release idle GPUs).", check=at_least(0))
    gpu_max_nodes: int = setting(2, doc="GPU pool maximum per zone.", check=at_least(1))
    gpu_spot: bool = setting(False, doc="Spot VMs for the GPU pool.")
    gpu_zones: list[str] = setting(doc="Zones for the GPU pool; empty: the cluster's zones.", factory=list)
    postgres_version: str = setting("POSTGRES_16", doc="Cloud SQL database version.", check=lambda v: None if re.fullmatch(r"POSTGRES_1[4-7]", v) else "POSTGRES_14 .. POSTGRES_17")
    postgres_cmek: bool = setting(True, doc="Encrypt Cloud SQL with the foundation's Cloud KMS key (customer-managed).")
    labels: dict[str, str] = setting(doc="Labels added to every labelled GCP resource.", factory=dict)
    existing_cluster: Optional[GcpExistingCluster] = setting(None, doc="Use this GKE cluster instead of creating VPC + GKE (object).")


@dataclass(kw_only=True)
class GcpFoundationArgs(EnvironmentNamed, GcpSettings):
    """Everything `GcpFoundation` needs: the `loom:gcp` settings plus wiring. Every labelled GCP resource carries `labels`
    plus `part-of: loom`, `loom-foundation: <name>` and, given `environment`, `loom-environment`."""

    provider: pulumi.ProviderResource = wiring(doc="The `pulumi_gcp.Provider` every GCP child uses (explicit: never ambient credentials).")
    project: str = wiring(doc="GCP project id of `provider` (`gcp:project`).")
    region: str = wiring(doc="Region of the regional cluster, subnet, buckets and Cloud SQL (`gcp:region`).")
    environment: Optional[str] = wiring(None, doc="The Loom environment (`loom:environment`): names the cluster `loom-<environment>` when `cluster_name` is null and labels every resource; None: the component's name.")
    protect: bool = wiring(True, doc="Protect the cluster and KMS keys from `pulumi destroy` (`loom:protect`).")
    gpu_driver_version: GpuDriverVersion = fixed(GpuDriverVersion.LATEST, doc="Driver GKE installs on GPU nodes (no driver DaemonSet to manage).")
    kms_rotation_period: str = fixed("7776000s", doc="Rotation period of the KMS keys (90 days).")
