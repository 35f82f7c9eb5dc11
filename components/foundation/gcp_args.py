"""Typed arguments of `GcpFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional

import pulumi


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
    """Use a GKE cluster that already exists (Workload Identity enabled): no VPC or cluster is created.

    Buckets, Google service accounts and Cloud SQL are still created.
    """

    cluster_name: str
    """Name of the GKE cluster."""
    location: str
    """Region or zone of the cluster."""
    kubeconfig: pulumi.Input[str]
    """Kubeconfig (contents or path) for the cluster; kept as a Pulumi secret."""
    network_id: pulumi.Input[str]
    """The cluster's VPC network (projects/P/global/networks/N): Cloud SQL gets a private IP there.
    The network must already have private services access (a servicenetworking connection)."""
    gpu: bool = True
    """Whether the cluster has a GPU node pool tainted nvidia.com/gpu=present:NoSchedule."""


@dataclass
class GcpFoundationArgs:
    """Everything `GcpFoundation` needs; each default is what a production deployment would pick."""

    provider: pulumi.ProviderResource
    """The `pulumi_gcp.Provider` every GCP child uses (explicit: never ambient credentials)."""
    project: str
    """GCP project id; the Workload Identity pool is `<project>.svc.id.goog`."""
    region: str
    """Region of the cluster (regional cluster), subnet, buckets and Cloud SQL, e.g. "europe-west4"."""
    cluster_name: Optional[str] = None
    """GKE cluster name; None: the component's name."""
    node_cidr: str = "10.50.0.0/20"
    """Primary range of the subnet (nodes)."""
    pods_cidr: str = "10.64.0.0/14"
    """Secondary range for pods."""
    services_cidr: str = "10.50.16.0/20"
    """Secondary range for services."""
    master_cidr: str = "172.16.0.0/28"
    """/28 for the control plane's private endpoint."""
    private_endpoint: bool = False
    """Only a private control-plane endpoint; False: public endpoint restricted to `master_authorized_networks`."""
    master_authorized_networks: Mapping[str, str] = field(default_factory=dict)
    """display name -> CIDR allowed to reach the control plane (never 0.0.0.0/0)."""
    release_channel: ReleaseChannel = ReleaseChannel.REGULAR
    """Upgrade cadence of control plane and nodes (auto-upgrade is always on)."""
    system_machine_type: str = "e2-standard-4"
    """Machine type of the system pool (mesh, Milvus, MLflow, operators)."""
    system_min_nodes: int = 1
    """Per zone (regional cluster: three zones)."""
    system_max_nodes: int = 3
    """Per zone."""
    gpu_node_pool: bool = True
    """Create the GPU node pool (taint nvidia.com/gpu=present:NoSchedule)."""
    gpu_machine_type: str = "g2-standard-8"
    """Machine type of the GPU pool; must fit the accelerator (G2 for L4, A2 for A100, A3 for H100)."""
    gpu_accelerator: str = "nvidia-l4"
    """Accelerator type (nvidia-l4, nvidia-tesla-t4, nvidia-tesla-a100, nvidia-h100-80gb, ...)."""
    gpu_count: int = 1
    """GPUs per node."""
    gpu_driver_version: GpuDriverVersion = GpuDriverVersion.LATEST
    """Driver GKE installs on GPU nodes (no driver DaemonSet to manage)."""
    gpu_min_nodes: int = 0
    """Per zone; 0 lets the autoscaler release idle GPUs."""
    gpu_max_nodes: int = 2
    """Per zone."""
    gpu_spot: bool = False
    """Spot VMs for the GPU pool (cheaper, preemptible)."""
    gpu_zones: tuple[str, ...] = ()
    """Zones for the GPU pool (where the accelerator exists); empty: the cluster's zones."""
    postgres_version: str = "POSTGRES_16"
    """Cloud SQL database version."""
    postgres_cmek: bool = False
    """Encrypt Cloud SQL with the foundation's KMS key (needs the Cloud SQL service agent; see docs)."""
    kms_rotation_period: str = "7776000s"
    """Rotation period of the KMS keys (90 days)."""
    existing_cluster: Optional[GcpExistingCluster] = None
    """Use this cluster instead of creating VPC + GKE."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels added to every labelled GCP resource."""
    protect: bool = True
    """Protect the cluster and KMS keys from `pulumi destroy`."""
