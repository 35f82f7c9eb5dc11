"""Typed arguments of `ExistingClusterFoundation` (dev, onprem, edge)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi

from components.kube import charts


class Footprint(str, enum.Enum):
    """Sizing profile of the in-cluster services (MinIO, CloudNativePG)."""

    DEV = "dev"  # one MinIO server, one Postgres instance, minimal requests
    EDGE = "edge"  # a single small node: single instances, low requests
    ONPREM = "onprem"  # production: 4-server MinIO, 3 Postgres instances


class ObjectStoreMode(str, enum.Enum):
    """Where objects live."""

    MINIO = "minio"  # an in-cluster MinIO Tenant managed by the MinIO Operator (created here)
    EXTERNAL_S3 = "external-s3"  # an S3-compatible endpoint run by someone else


@dataclass
class MinioArgs:
    """The in-cluster MinIO (MinIO Operator + one Tenant)."""

    namespace: str = "loom-storage"
    """Namespace of the Tenant (the operator lives in `minio-operator`)."""
    operator_chart_version: str = charts.MINIO_OPERATOR.version
    """Chart version of minio/operator (https://operator.min.io)."""
    tenant_image: str = (
        "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z"
        "@sha256:a1ea29fa28355559ef137d71fc570e508a214ec84ff8083e39bc5428980b015e"
    )
    """MinIO server image, pinned by digest."""
    mc_image: str = (
        "quay.io/minio/mc:RELEASE.2025-04-16T18-13-26Z"
        "@sha256:aead63c77f9db9107f1696fb08ecb0faeda23729cde94b0f663edf4fe09728e3"
    )
    """MinIO client image used by the bucket/policy Jobs, pinned by digest."""
    servers: Optional[int] = None
    """MinIO servers; None: 1 on dev/edge, 4 on onprem."""
    volumes_per_server: Optional[int] = None
    """Drives per server; None: 1 on dev/edge, 4 on onprem (erasure coding needs >= 4 drives)."""
    volume_size_gi: Optional[int] = None
    """Size of each drive in GiB; None: 10 on dev, 50 on edge, 500 on onprem."""
    kes_kms_secret: Optional[str] = None
    """Name of a Secret (in `namespace`) holding a KES `server-config.yaml` (Vault, HSM, cloud KMS backends):
    buckets then default to SSE-KMS with key `kes_key_name`. None: SSE-S3 under a MinIO KMS secret key
    generated here and kept in the tenant's configuration Secret (fine for dev/edge; use KES on-prem)."""
    kes_image: str = "quay.io/minio/kes:2025-03-12T09-35-18Z"
    """KES image (pin by digest in production stacks)."""
    kes_key_name: str = "loom-default"
    """KES key buckets are encrypted with (created by KES on first use when its policy allows)."""
    access_key_rotation: str = "1"
    """Keeper of the static keys `bind_access_key` issues (Milvus': its S3 clients cannot use MinIO STS, see
    docs/foundations.md). Change it (e.g. to today's date) and run `pulumi up` to rotate: new random secrets, the
    MinIO users updated, the pods that use them restarted."""


@dataclass
class ExternalS3Args:
    """An S3-compatible endpoint that supports STS AssumeRoleWithWebIdentity for the cluster's tokens."""

    endpoint: str
    """https URL of the S3 API."""
    sts_endpoint: str
    """https URL of the STS API."""
    role_arn: str
    """Role (or MinIO OpenID policy claim role) workloads assume with their service-account token."""
    region: str = "us-east-1"
    """Region name the endpoint expects in signatures."""
    token_audience: str = "sts.amazonaws.com"
    """Audience of the projected service-account token the endpoint expects."""
    bucket_prefix: str = "loom"
    """Buckets are pre-created by the endpoint's owner as `<prefix>-<purpose>` (documented)."""
    access_key_secret: Optional[str] = None
    """Secret the endpoint's owner creates in the namespace of each client that cannot use web identity against this
    STS (Milvus, in `loom-data`), with keys `accessKeyId` and `secretAccessKey` scoped to that client's bucket.
    Required when the platform runs Milvus: its S3 clients send web-identity tokens only to AWS STS."""


@dataclass
class NodePoolCapacity:
    """A group of identical nodes the cluster offers: declared, never created (these clusters do not autoscale).
    `loom preview`'s capacity check reads it to tell whether the platform fits."""

    count: int
    """Nodes in the group."""
    cpu: str
    """Allocatable CPU per node (a Kubernetes quantity)."""
    memory: str
    """Allocatable memory per node."""
    gpus: int = 0
    """nvidia.com/gpu per node."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels of the nodes."""
    taints: Sequence[str] = ()
    """Taints of the nodes, `key=value:Effect`."""


@dataclass
class ExistingClusterFoundationArgs:
    """An existing Kubernetes cluster (kind/k3d/Docker Desktop, on-prem, k3s edge)."""

    footprint: Footprint
    """Sizing profile."""
    kubeconfig: Optional[pulumi.Input[str]] = None
    """Kubeconfig contents or path; None: the default kubeconfig (~/.kube/config or $KUBECONFIG)."""
    context: Optional[str] = None
    """Kubeconfig context to use; None: the kubeconfig's current context."""
    cluster_name: Optional[str] = None
    """Display name of the cluster; None: the context, else the component's name."""
    kubernetes_version: str = "1.33"
    """Kubernetes minor version of the cluster ("1.NN"), at least 1.29: the CloudNativePG pods (initdb and join
    Jobs included) run in the mesh with Istio native sidecars, which need the SidecarContainers feature."""
    object_store: ObjectStoreMode = ObjectStoreMode.MINIO
    """In-cluster MinIO (created here) or an external S3-compatible endpoint."""
    minio: MinioArgs = field(default_factory=MinioArgs)
    """Settings of the in-cluster MinIO (used when object_store is MINIO)."""
    external_s3: Optional[ExternalS3Args] = None
    """Required when object_store is EXTERNAL_S3."""
    storage_class: Optional[str] = None
    """StorageClass for MinIO drives and Postgres volumes; None: the cluster default (local-path on k3s)."""
    gpu_operator: bool = False
    """Install the NVIDIA GPU Operator (onprem); the environment then offers GPUs to Triton."""
    gpu_operator_chart_version: str = charts.GPU_OPERATOR.version
    """Chart version of nvidia/gpu-operator."""
    gpu_node_selector: Mapping[str, str] = field(default_factory=dict)
    """Node labels that pick GPU nodes (empty: any node the device plugin advertises GPUs on)."""
    gpu_taint: bool = True
    """GPU nodes carry the taint nvidia.com/gpu=true:NoSchedule (pods get the toleration)."""
    cnpg_chart_version: str = charts.CLOUDNATIVE_PG.version
    """Chart version of cloudnative-pg (https://cloudnative-pg.github.io/charts)."""
    postgres_namespace: str = "loom-data"
    """Namespace of the CloudNativePG clusters: the platform's data namespace, meshed (STRICT mTLS, default deny).
    `postgres()` adds the Istio policies the cluster needs there (clients and instances by principal on 5432,
    the sidecar-less operator on 8000 and 5432)."""
    postgres_image: str = "ghcr.io/cloudnative-pg/postgresql:16.6"
    """Postgres operand image (pin by digest in production stacks)."""
    load_balancer: bool = False
    """The cluster provisions `LoadBalancer` Services (MetalLB, kube-vip, k3s ServiceLB, a cloud controller).
    False: the ingress gateway is a NodePort Service (kind and many on-prem clusters have no controller, and an
    atomic release would wait forever for a load-balancer address)."""
    node_pools: Mapping[str, NodePoolCapacity] = field(default_factory=dict)
    """The cluster's nodes by group name (declared capacity); empty: capacity is not checked."""
    metrics_server: bool = False
    """The cluster already serves the resource metrics API (metrics.k8s.io), as k3s does with its bundled
    metrics-server. False: the Platform installs metrics-server (kubeadm clusters ship none), unless
    prometheus-adapter is told to serve that API."""
    protect: bool = True
    """Protect the MinIO Tenant and operators from `pulumi destroy`."""
