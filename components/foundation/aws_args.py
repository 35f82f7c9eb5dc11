"""Typed arguments of `AwsFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi


class EksLogType(str, enum.Enum):
    """EKS control-plane log streams shipped to CloudWatch."""

    API = "api"
    AUDIT = "audit"
    AUTHENTICATOR = "authenticator"
    CONTROLLER_MANAGER = "controllerManager"
    SCHEDULER = "scheduler"


class CapacityType(str, enum.Enum):
    """How a managed node group buys its EC2 capacity."""

    ON_DEMAND = "ON_DEMAND"
    SPOT = "SPOT"


@dataclass
class AwsExistingCluster:
    """Use an EKS cluster that already exists: no VPC, cluster, node groups or OIDC provider are created.

    Buckets, IRSA roles and RDS are still created, in the cluster's VPC.
    """

    cluster_name: str
    """Name of the EKS cluster."""
    kubeconfig: pulumi.Input[str]
    """Kubeconfig (contents or path) for the cluster; kept as a Pulumi secret."""
    oidc_provider_arn: pulumi.Input[str]
    """ARN of the cluster's IAM OIDC provider (IRSA trust)."""
    oidc_issuer_url: pulumi.Input[str]
    """The cluster's OIDC issuer URL (https://oidc.eks.<region>.amazonaws.com/id/...)."""
    vpc_id: pulumi.Input[str]
    """VPC of the cluster (RDS goes there)."""
    private_subnet_ids: Sequence[pulumi.Input[str]]
    """At least two private subnets in different AZs, for the RDS subnet group."""
    cluster_security_group_id: pulumi.Input[str]
    """Security group of the cluster's nodes; the only source allowed to reach RDS on 5432."""
    gpu: bool = True
    """Whether the cluster has nodes with NVIDIA GPUs tainted nvidia.com/gpu=true:NoSchedule."""


@dataclass
class AwsFoundationArgs:
    """Everything `AwsFoundation` needs; each default is what a production deployment would pick."""

    provider: pulumi.ProviderResource
    """The `pulumi_aws.Provider` every AWS child uses (explicit: never ambient credentials)."""
    region: str
    """AWS region of `provider`, e.g. "eu-west-1" (used for naming, kubeconfig and S3 endpoints)."""
    cluster_name: Optional[str] = None
    """EKS cluster name; None: the component's name."""
    kubernetes_version: str = "1.33"
    """EKS Kubernetes version (major.minor)."""
    vpc_cidr: str = "10.40.0.0/16"
    """VPC CIDR; split into one public and one private subnet per AZ."""
    availability_zones: Sequence[str] = ()
    """AZ names to use (at least 2); empty: the first `az_count` available AZs of the region."""
    az_count: int = 3
    """How many AZs to use when `availability_zones` is empty (2..6)."""
    single_nat_gateway: bool = False
    """One NAT gateway for all AZs (cheaper, not AZ-resilient); False: one NAT gateway per AZ."""
    endpoint_public_access: bool = False
    """Expose the EKS API publicly (restricted to `public_access_cidrs`); False: private endpoint only."""
    public_access_cidrs: Sequence[str] = ()
    """CIDRs allowed to reach a public API endpoint; required (and never 0.0.0.0/0) when public."""
    control_plane_logs: Sequence[EksLogType] = tuple(EksLogType)
    """Control-plane log types sent to CloudWatch (all by default)."""
    log_retention_days: int = 90
    """CloudWatch retention of the control-plane logs."""
    system_instance_types: Sequence[str] = ("m7i.large",)
    """Instance types of the system node group (mesh, Milvus, MLflow, operators)."""
    system_min_size: int = 2
    """Minimum nodes of the system group (2 keeps the mesh and operators available during node replacement)."""
    system_desired_size: int = 3
    """Nodes at creation; the cluster autoscaler owns it afterwards (ignored on update)."""
    system_max_size: int = 6
    """Upper bound for the autoscaler."""
    gpu_node_group: bool = True
    """Create the GPU node group (taint nvidia.com/gpu=true:NoSchedule)."""
    gpu_instance_types: Sequence[str] = ("g6.xlarge",)
    """GPU instance types (NVIDIA; AMI type AL2023_x86_64_NVIDIA)."""
    gpu_capacity_type: CapacityType = CapacityType.ON_DEMAND
    """ON_DEMAND for serving; SPOT is cheaper but can be reclaimed with two minutes notice."""
    gpu_min_size: int = 1
    """Minimum GPU nodes (1 keeps one Triton replica warm; 0 lets idle GPUs go)."""
    gpu_desired_size: int = 1
    """GPU nodes at creation; the autoscaler owns it afterwards."""
    gpu_max_size: int = 4
    """Upper bound for GPU nodes."""
    gpu_disk_size_gb: int = 200
    """Root volume of GPU nodes (Triton images and model caches are large)."""
    nvidia_device_plugin_version: str = "0.17.1"
    """Chart version of the NVIDIA device plugin (the AL2023 NVIDIA AMI ships drivers, not the plugin)."""
    kms_deletion_window_days: int = 30
    """Waiting period before a deleted KMS key is destroyed (7..30)."""
    postgres_engine_version: str = "16.6"
    """RDS PostgreSQL engine version; its major selects the parameter group family."""
    existing_cluster: Optional[AwsExistingCluster] = None
    """Use this cluster instead of creating VPC + EKS."""
    tags: Mapping[str, str] = field(default_factory=dict)
    """Tags added to every AWS resource (plus `app.kubernetes.io/part-of: loom` and `loom:foundation: <name>`)."""
    protect: bool = True
    """Protect the cluster and KMS keys from `pulumi destroy` (buckets/databases follow their own spec)."""
