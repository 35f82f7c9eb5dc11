"""Typed arguments of `AwsFoundation`: the `loom:aws` stack settings plus wiring (kept apart so the stack settings
can import them cheaply)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi

from components.foundation.naming import EnvironmentNamed
from components.kube import charts
from contract.settings import at_least, between, cidr, fixed, https_url, native_sidecar_k8s_version, non_empty, restricted_cidrs, setting, wiring


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
    """An EKS cluster that already exists: no VPC, EKS or node groups are created.

    Buckets, IRSA roles and RDS are still created, in the cluster's VPC (`loom:aws.existingCluster`).
    """

    cluster_name: str = setting(doc="Name of the EKS cluster.", check=non_empty)
    kubeconfig: str = setting(doc="Kubeconfig contents or path for the cluster (kept as a Pulumi secret).", check=non_empty)
    oidc_provider_arn: str = setting(doc="ARN of the cluster's IAM OIDC provider (IRSA trust).", check=lambda v: None if v.startswith("arn:aws") else "an IAM OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/...)")
    oidc_issuer_url: str = setting(doc="The cluster's OIDC issuer URL.", check=https_url)
    vpc_id: str = setting(doc="VPC of the cluster (RDS goes there).", check=lambda v: None if v.startswith("vpc-") else "a VPC id vpc-...")
    private_subnet_ids: list[str] = setting(doc="At least two private subnets in different AZs (RDS subnet group).", check=lambda v: None if len(v) >= 2 else "at least two subnet ids")
    cluster_security_group_id: str = setting(doc="Security group of the nodes: the only source allowed to reach RDS.", check=lambda v: None if v.startswith("sg-") else "a security group id sg-...")
    gpu: bool = setting(True, doc="The cluster has NVIDIA GPU nodes tainted nvidia.com/gpu=true:NoSchedule.")
    metrics_server: bool = setting(False, doc="The cluster already runs metrics-server (EKS installs none); false: Loom installs it.")


@dataclass
class AwsSettings:
    """`loom:aws`: VPC, EKS with Karpenter (GPU and CPU node pools), S3 + KMS, RDS Postgres, IRSA. Region: `aws:region`."""

    cluster_name: Optional[str] = setting(None, doc="EKS cluster name; null: `loom-<environment>`.")
    kubernetes_version: str = setting("1.33", doc="EKS Kubernetes version: 1.29 or newer (the Jobs in meshed namespaces finish only with Istio native sidecars).", check=native_sidecar_k8s_version)
    vpc_cidr: str = setting("10.40.0.0/16", doc="VPC CIDR (one public and one private subnet per AZ).", check=cidr)
    az_count: int = setting(3, doc="Availability zones used.", check=between(2, 6), allowed="an integer from 2 to 6")
    single_nat_gateway: bool = setting(False, doc="One NAT gateway for all AZs (cheaper, not AZ-resilient).")
    endpoint_public_access: bool = setting(False, doc="Expose the EKS API publicly (restricted to publicAccessCidrs).")
    public_access_cidrs: list[str] = setting(doc="CIDRs allowed to reach a public API endpoint (never 0.0.0.0/0).", factory=list, check=restricted_cidrs)
    log_retention_days: int = setting(90, doc="CloudWatch retention of control-plane logs.", check=at_least(1))
    system_instance_types: list[str] = setting(doc="Instance types of the system node group (it runs Karpenter, CoreDNS and the operators).", factory=lambda: ["m7i.large"], check=non_empty)
    system_min_size: int = setting(2, doc="System node group minimum.", check=at_least(1))
    system_desired_size: int = setting(3, doc="System node group size at creation (nothing autoscales it: Karpenter's general pool adds CPU capacity).", check=at_least(1))
    system_max_size: int = setting(6, doc="System node group maximum.", check=at_least(1))
    gpu_node_pool: bool = setting(True, doc="Karpenter NodePool `gpu` (AL2023 NVIDIA AMI, taint nvidia.com/gpu): GPU nodes appear for pending GPU pods and go when empty.")
    gpu_instance_types: list[str] = setting(doc="GPU instance types Karpenter may launch.", factory=lambda: ["g6.xlarge"], check=non_empty)
    gpu_capacity_type: CapacityType = setting(CapacityType.ON_DEMAND, doc="ON_DEMAND, or SPOT (spot preferred, on-demand as fallback) for GPU nodes.")
    gpu_limit: int = setting(4, doc="Most GPUs the GPU NodePool may hold at once (Karpenter limits.nvidia.com/gpu): at least Triton's peak, (stable.maxReplicas + rollout.maxSurge) + (canary.replicas + rollout.maxSurge), times gpusPerPod.", check=at_least(1))
    gpu_disk_size_gb: int = setting(200, doc="Root volume of GPU nodes in GB.", check=at_least(50))
    general_node_pool: bool = setting(True, doc="Karpenter NodePool `general` (on-demand c/m/r, generation 6+): CPU capacity beyond the system group.")
    general_cpu_limit: int = setting(64, doc="Most vCPUs the general NodePool may hold at once.", check=at_least(1))
    general_memory_limit_gi: int = setting(256, doc="Most memory (GiB) the general NodePool may hold at once.", check=at_least(1))
    node_ami_alias: str = setting("al2023@latest", doc="AMI of Karpenter's nodes (EC2NodeClass alias); pin al2023@vYYYYMMDD for reproducible nodes, latest rolls nodes when AWS publishes a new EKS AMI.", check=lambda v: None if re.fullmatch(r"al2023@(latest|v\d{8})", v) else "al2023@latest or al2023@vYYYYMMDD")
    postgres_engine_version: str = setting("16.6", doc="RDS PostgreSQL engine version.", check=lambda v: None if re.fullmatch(r"1[4-7](\.\d+)?", v) else "a PostgreSQL version 14 .. 17, e.g. 16.6")
    tags: dict[str, str] = setting(doc="Tags added to every AWS resource.", factory=dict)
    existing_cluster: Optional[AwsExistingCluster] = setting(None, doc="Use this EKS cluster instead of creating VPC + EKS (object).")


@dataclass(kw_only=True)
class AwsFoundationArgs(EnvironmentNamed, AwsSettings):
    """Everything `AwsFoundation` needs: the `loom:aws` settings plus wiring; each default is what a production deployment
    would pick. Every AWS resource is tagged with `tags` plus `app.kubernetes.io/part-of: loom`, `loom:foundation: <name>`
    and, given `environment`, `loom-environment`."""

    provider: pulumi.ProviderResource = wiring(doc="The `pulumi_aws.Provider` every AWS child uses (explicit: never ambient credentials).")
    region: str = wiring(doc="AWS region of `provider`, e.g. \"eu-west-1\" (`aws:region`; used for naming, kubeconfig and S3 endpoints).")
    environment: Optional[str] = wiring(None, doc="The Loom environment (`loom:environment`): names the cluster `loom-<environment>` when `cluster_name` is null and tags every resource; None: the component's name.")
    protect: bool = wiring(True, doc="Protect the cluster and KMS keys from `pulumi destroy` (`loom:protect`; buckets/databases follow their own spec).")
    availability_zones: Sequence[str] = fixed((), doc="AZ names to use (at least 2); empty: the first `az_count` available AZs of the region.")
    control_plane_logs: Sequence[EksLogType] = fixed(tuple(EksLogType), doc="Control-plane log types sent to CloudWatch (all by default).")
    karpenter_version: str = fixed(charts.KARPENTER.version, doc="Chart (and controller) version of Karpenter; it must support `kubernetes_version` (Karpenter's compatibility matrix).")
    nvidia_device_plugin_version: str = fixed(charts.NVIDIA_DEVICE_PLUGIN.version, doc="Chart version of the NVIDIA device plugin (the AL2023 NVIDIA AMI ships drivers, not the plugin).")
    kms_deletion_window_days: int = fixed(30, doc="Waiting period before a deleted KMS key is destroyed (7..30).")
