"""Typed arguments of `AwsFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi

from components.kube import charts


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
    metrics_server: bool = False
    """The cluster already runs metrics-server (EKS installs none by default). False: the Platform installs it."""


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
    """Nodes at creation (ignored on update, so a manual resize is kept). The group runs Karpenter itself, so
    Karpenter never scales it: more CPU capacity comes from the general NodePool."""
    system_max_size: int = 6
    """Upper bound of the group (manual resizes and node replacement during upgrades stay within it)."""
    gpu_node_pool: bool = True
    """Let Karpenter provision GPU nodes (NodePool `gpu`: taint nvidia.com/gpu=true:NoSchedule, labels
    loom.io/node-role=gpu and nvidia.com/gpu.present=true, the AL2023 NVIDIA AMI). Nodes appear when GPU pods
    are pending and go when they are empty: there is no minimum to pay for."""
    gpu_instance_types: Sequence[str] = ("g6.xlarge",)
    """GPU instance types Karpenter may choose from (NVIDIA; requirement node.kubernetes.io/instance-type)."""
    gpu_capacity_type: CapacityType = CapacityType.ON_DEMAND
    """ON_DEMAND for serving; SPOT lets Karpenter prefer spot (falling back to on-demand), reclaimed with two
    minutes' notice that Karpenter receives through its interruption queue."""
    gpu_limit: int = 4
    """The most GPUs (nvidia.com/gpu) the GPU NodePool may hold at once. Size it for Triton's peak: (stable
    maxReplicas + rolling surge) + (canary replicas + rolling surge), times GPUs per pod."""
    gpu_disk_size_gb: int = 200
    """Root volume of GPU nodes (Triton images and model caches are large)."""
    general_node_pool: bool = True
    """Let Karpenter add CPU nodes (NodePool `general`: on-demand c/m/r instances of generation 6 or newer) when
    the system node group is full; they consolidate away when underused."""
    general_cpu_limit: int = 64
    """The most vCPUs the general NodePool may hold at once."""
    general_memory_limit_gi: int = 256
    """The most memory (GiB) the general NodePool may hold at once."""
    node_ami_alias: str = "al2023@latest"
    """AMI of Karpenter's nodes (EC2NodeClass alias). Pin `al2023@vYYYYMMDD` for reproducible nodes; `latest`
    follows AWS's newest EKS AMI and replaces nodes (within disruption budgets) when one is published."""
    karpenter_version: str = charts.KARPENTER.version
    """Chart (and controller) version of Karpenter; it must support `kubernetes_version` (Karpenter's compatibility matrix)."""
    nvidia_device_plugin_version: str = charts.NVIDIA_DEVICE_PLUGIN.version
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
