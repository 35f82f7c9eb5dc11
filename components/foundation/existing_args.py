"""Typed arguments of `ExistingClusterFoundation` (dev, onprem, edge): the `loom:existing` stack settings plus wiring."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional

from components.kube import charts
from contract.settings import (
    at_least,
    dns_label,
    fixed,
    https_url,
    native_sidecar_k8s_version,
    non_empty,
    optional_at_least,
    optional_pinned_image,
    quantity,
    setting,
    wiring,
)


class Footprint(str, enum.Enum):
    """Sizing profile of the in-cluster services (MinIO, CloudNativePG)."""

    DEV = "dev"  # one MinIO server, one Postgres instance, minimal requests
    EDGE = "edge"  # a single small node: single instances, low requests
    ONPREM = "onprem"  # production: 4-server MinIO, 3 Postgres instances


class ObjectStoreMode(str, enum.Enum):
    """Where objects live."""

    MINIO = "minio"  # an in-cluster MinIO Tenant managed by the MinIO Operator (created here)
    EXTERNAL_S3 = "external-s3"  # an S3-compatible endpoint run by someone else


MINIO_TENANT_IMAGE = (
    "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z"
    "@sha256:a1ea29fa28355559ef137d71fc570e508a214ec84ff8083e39bc5428980b015e"
)
"""MinIO server image, pinned by digest (`minio.tenant_image` null)."""
MINIO_MC_IMAGE = (
    "quay.io/minio/mc:RELEASE.2025-04-16T18-13-26Z"
    "@sha256:aead63c77f9db9107f1696fb08ecb0faeda23729cde94b0f663edf4fe09728e3"
)
"""MinIO client image used by the bucket/policy Jobs, pinned by digest (`minio.mc_image` null)."""
KES_IMAGE = "quay.io/minio/kes:2025-03-12T09-35-18Z"
"""KES image (`minio.kes_image` null; pin by digest in production stacks)."""
POSTGRES_IMAGE = "ghcr.io/cloudnative-pg/postgresql:16.6"
"""CloudNativePG operand image (`postgres_image` null; pin by digest in production stacks)."""
_TAINT = re.compile(r"^[A-Za-z0-9./_-]+(=[A-Za-z0-9._-]*)?:(NoSchedule|PreferNoSchedule|NoExecute)$")


@dataclass
class MinioArgs:
    """The in-cluster MinIO (MinIO Operator + one Tenant)."""

    servers: Optional[int] = setting(None, doc="MinIO servers; null: 1 on dev/edge, 4 on onprem.", check=optional_at_least(1))
    volumes_per_server: Optional[int] = setting(None, doc="Drives per server; null: 1 on dev/edge, 4 on onprem.", check=optional_at_least(1))
    volume_size_gi: Optional[int] = setting(None, doc="Drive size in GiB; null: 10 dev, 50 edge, 500 onprem.", check=optional_at_least(1))
    tenant_image: Optional[str] = setting(None, doc="MinIO server image pinned by digest; null: the foundation's default.", check=optional_pinned_image)
    mc_image: Optional[str] = setting(None, doc="MinIO client image (bucket and policy Jobs) pinned by digest; null: the foundation's default.", check=optional_pinned_image)
    kes_kms_secret: Optional[str] = setting(None, doc="Secret holding a KES server-config.yaml: turns on SSE-KMS.")
    kes_image: Optional[str] = setting(None, doc="KES image pinned by digest; null: the foundation's default.", check=optional_pinned_image)
    access_key_rotation: str = setting("1", doc="Change (e.g. to today's date) to rotate Milvus' MinIO key: a new random key, the MinIO user updated, Milvus restarted (docs/foundations.md, Milvus on MinIO).", check=non_empty)
    namespace: str = fixed("loom-storage", doc="Namespace of the Tenant (the operator lives in `minio-operator`).")
    operator_chart_version: str = fixed(charts.MINIO_OPERATOR.version, doc="Chart version of minio/operator (https://operator.min.io).")
    kes_key_name: str = fixed("loom-default", doc="KES key buckets are encrypted with (created by KES on first use when its policy allows).")

    @property
    def tenant_image_or_default(self) -> str:
        return self.tenant_image or MINIO_TENANT_IMAGE

    @property
    def mc_image_or_default(self) -> str:
        return self.mc_image or MINIO_MC_IMAGE

    @property
    def kes_image_or_default(self) -> str:
        return self.kes_image or KES_IMAGE


@dataclass
class ExternalS3Args:
    """An S3-compatible endpoint that supports STS AssumeRoleWithWebIdentity."""

    endpoint: str = setting(doc="https URL of the S3 API.", check=https_url)
    sts_endpoint: str = setting(doc="https URL of the STS API.", check=https_url)
    role_arn: str = setting(doc="Role workloads assume with their service-account token.", check=non_empty)
    access_key_secret: str = setting(doc="Secret in loom-data with `accessKeyId` and `secretAccessKey` scoped to Milvus' bucket: Milvus 2.5 sends web-identity tokens only to AWS STS (docs/foundations.md, Milvus on MinIO).", check=dns_label)
    region: str = setting("us-east-1", doc="Region the endpoint expects in signatures.")
    bucket_prefix: str = setting("loom", doc="Buckets are pre-created as `<prefix>-<purpose>`.", check=dns_label)
    token_audience: str = fixed("sts.amazonaws.com", doc='Audience of the projected service-account token the endpoint expects.')


@dataclass
class NodePoolCapacity:
    """A group of identical nodes an existing cluster offers. Declared, not created: `loom preview` checks that
    the platform fits on the declared capacity (nothing autoscales these clusters)."""

    count: int = setting(doc="Nodes in the group.", check=at_least(1))
    cpu: str = setting(doc="Allocatable CPU per node (kubectl get node -o jsonpath='{.status.allocatable.cpu}').", check=quantity)
    memory: str = setting(doc="Allocatable memory per node.", check=quantity)
    gpus: int = setting(0, doc="nvidia.com/gpu per node.", check=at_least(0))
    labels: dict[str, str] = setting(doc="Labels of the nodes (what node selectors match).", factory=dict)
    taints: list[str] = setting(doc="Taints of the nodes, as kubectl writes them: key=value:Effect.", factory=list, check=lambda v: None if all(_TAINT.match(t) for t in v) else "taints as key=value:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute, e.g. nvidia.com/gpu=true:NoSchedule")


@dataclass
class ExistingSettings:
    """`loom:existing`: an existing cluster (kind/k3d/Docker Desktop, on-prem, k3s edge) from a kubeconfig context."""

    footprint: Footprint = setting(doc="Sizing profile of the in-cluster services.")
    kubeconfig: Optional[str] = setting(None, doc="Kubeconfig contents or path; null: ~/.kube/config or $KUBECONFIG.")
    context: Optional[str] = setting(None, doc="Kubeconfig context; null: the current context.")
    kubernetes_version: str = setting("1.33", doc="Kubernetes version of the cluster: rendered objects are validated against it. 1.29 or newer: the Jobs in meshed namespaces (CloudNativePG's, Pulsar's, the feedback CronJobs) finish only with Istio native sidecars.", check=native_sidecar_k8s_version)
    cluster_name: Optional[str] = setting(None, doc="Display name of the cluster; null: the context.")
    object_store: ObjectStoreMode = setting(ObjectStoreMode.MINIO, doc="In-cluster MinIO, or an existing S3-compatible endpoint.")
    minio: MinioArgs = setting(doc="The in-cluster MinIO (object).", factory=MinioArgs)
    external_s3: Optional[ExternalS3Args] = setting(None, doc="The S3-compatible endpoint when objectStore is external-s3 (object).")
    storage_class: Optional[str] = setting(None, doc="StorageClass for volumes; null: the cluster default.")
    gpu_operator: bool = setting(False, doc="Install the NVIDIA GPU Operator; Triton then gets GPUs.")
    gpu_node_selector: dict[str, str] = setting(doc="Node labels that pick GPU nodes.", factory=dict)
    gpu_taint: bool = setting(True, doc="GPU nodes carry the taint nvidia.com/gpu=true:NoSchedule.")
    postgres_image: Optional[str] = setting(None, doc="CloudNativePG operand image pinned by digest; null: the foundation's default.", check=optional_pinned_image)
    load_balancer: bool = setting(False, doc="The cluster provisions LoadBalancer Services (MetalLB, kube-vip, k3s ServiceLB); false: the ingress gateway is a NodePort Service, so the first `pulumi up` never waits for an address no controller will give.")
    metrics_server: bool = setting(False, doc="The cluster already serves metrics.k8s.io (k3s bundles metrics-server); false: Loom installs metrics-server unless observability.serveResourceMetrics is true.")
    node_pools: dict[str, NodePoolCapacity] = setting(doc="The cluster's nodes by group name (object of objects): the capacity `loom preview` checks the platform against; empty: not checked.", factory=dict)


@dataclass(kw_only=True)
class ExistingClusterFoundationArgs(ExistingSettings):
    """An existing Kubernetes cluster (kind/k3d/Docker Desktop, on-prem, k3s edge): the `loom:existing` settings plus
    wiring. MinIO drives and Postgres volumes use `storage_class`; the CloudNativePG pods (initdb and join Jobs included)
    run in the mesh with Istio native sidecars, hence Kubernetes 1.29 or newer."""

    protect: bool = wiring(True, doc="Protect the MinIO Tenant and operators from `pulumi destroy` (`loom:protect`).")
    default_cluster_name: Optional[str] = wiring(None, doc="What a null `cluster_name` names the cluster (and its resources' prefix) after: the program passes the kubeconfig context; None: the component's name.")
    gpu_operator_chart_version: str = fixed(charts.GPU_OPERATOR.version, doc="Chart version of nvidia/gpu-operator.")
    cnpg_chart_version: str = fixed(charts.CLOUDNATIVE_PG.version, doc="Chart version of cloudnative-pg (https://cloudnative-pg.github.io/charts).")
    postgres_namespace: str = fixed("loom-data", doc=(
        "Namespace of the CloudNativePG clusters: the platform's data namespace, meshed (STRICT mTLS, default deny). "
        "`postgres()` adds the Istio policies the cluster needs there (clients and instances by principal on 5432, the "
        "sidecar-less operator on 8000 and 5432)."))

    @property
    def postgres_image_or_default(self) -> str:
        return self.postgres_image or POSTGRES_IMAGE

    def cluster_name_or_default(self) -> Optional[str]:
        return self.cluster_name or self.default_cluster_name
