"""The one interface every environment's foundation implements.

A foundation is what differs between on-prem, edge, AWS, GCP and Azure: the cluster and its
Kubernetes provider, object storage, Postgres, and how a Kubernetes service account gets
access to storage without static keys. Everything above it (mesh, Triton, Milvus, MLflow,
the lake) is written once against this interface. Cloud differences live in one module per
cloud (``aws.py``, ``gcp.py``, ``azure.py``, ``existing.py``), never in ``if cloud == ...``.
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube.istio import ExternalService

if TYPE_CHECKING:
    from components.foundation.stores import ObjectStore


class Cloud(str, enum.Enum):
    """Where the platform runs."""

    AWS = "aws"
    GCP = "gcp"
    AZURE = "azure"
    EXISTING = "existing"  # an existing cluster: dev (kind/k3d), on-prem, edge


INTERNAL_LB_ANNOTATIONS: dict[Cloud, Mapping[str, str]] = {
    # EKS' built-in service controller (the AWS Load Balancer Controller is not installed, and the
    # `aws-load-balancer-scheme`/`type: external` annotations would make the built-in one ignore the Service).
    Cloud.AWS: {
        "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
        "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
    },
    Cloud.GCP: {"networking.gke.io/load-balancer-type": "Internal"},
    Cloud.AZURE: {"service.beta.kubernetes.io/azure-load-balancer-internal": "true"},
    Cloud.EXISTING: {},  # MetalLB / kube-vip pools are site-specific: set them on the Service out of band
}
"""What puts a LoadBalancer Service behind the cloud's internal load balancer (no public IP)."""


class ObjectStoreKind(str, enum.Enum):
    """The object-store API workloads speak."""

    S3 = "s3"  # Amazon S3
    GCS = "gcs"  # Google Cloud Storage
    AZURE_BLOB = "azure-blob"  # Azure Blob Storage / ADLS Gen2
    S3_COMPATIBLE = "s3-compatible"  # MinIO or another S3-compatible endpoint


class BucketPurpose(str, enum.Enum):
    """What a bucket holds; drives naming, versioning and lifecycle defaults."""

    MODELS = "models"  # the Triton model repository
    LAKE = "lake"  # the telemetry lake (interactions, corrections, KPIs)
    MLFLOW = "mlflow"  # MLflow artifacts
    MILVUS = "milvus"  # Milvus segments and indexes


class Access(str, enum.Enum):
    """What a workload may do on a bucket."""

    READ = "read"
    READ_WRITE = "read-write"


@dataclass
class BucketSpec:
    """What a bucket must guarantee. Encryption and blocked public access are not options: always on."""

    purpose: BucketPurpose
    """What the bucket holds."""
    versioning: bool = True
    """Keep every object version (required for the lake and MLflow artifacts)."""
    noncurrent_version_expiration_days: int = 30
    """Delete superseded object versions after this many days."""
    transition_to_cold_days: Optional[int] = None
    """Move objects to the cheaper tier (S3 Glacier IR, GCS Nearline, Azure Cool) after N days; None keeps them hot."""
    retention_days: Optional[int] = None
    """Delete current objects after N days (the lake's retention); None keeps them forever."""
    protect: bool = True
    """Protect the bucket from `pulumi destroy` (stateful: a destroy would lose data). Never force-destroyed."""


@dataclass
class Bucket:
    """A provisioned bucket (or Azure container) as workloads see it."""

    name: pulumi.Output[str]
    """The bucket or container name."""
    uri: pulumi.Output[str]
    """s3://name, gs://name, abfss://container@account.dfs.core.windows.net, or s3://name on an S3-compatible endpoint."""
    cloud_id: pulumi.Output[str]
    """What IAM refers to: the S3 ARN, the GCS bucket name, the Azure container resource id, the MinIO bucket name."""
    resource: pulumi.Resource
    """The resource to depend on."""


@dataclass
class BucketGrant:
    """One bucket and the access a service account gets on it."""

    bucket: Bucket
    access: Access = Access.READ


@dataclass
class IdentityRequest:
    """Bind a Kubernetes service account to object-store access, without static keys."""

    namespace: str
    service_account: str
    grants: Sequence[BucketGrant]


@dataclass
class WorkloadIdentity:
    """What a component puts on its ServiceAccount and pods so the binding takes effect."""

    service_account_annotations: Mapping[str, pulumi.Input[str]]
    """e.g. eks.amazonaws.com/role-arn, iam.gke.io/gcp-service-account, azure.workload.identity/client-id."""
    pod_labels: Mapping[str, str] = field(default_factory=dict)
    """e.g. azure.workload.identity/use: "true"."""
    env: Mapping[str, pulumi.Input[str]] = field(default_factory=dict)
    """Environment for object-store clients (region, endpoint, account name); never credentials."""
    resources: Sequence[pulumi.Resource] = ()
    """Roles, bindings and federated credentials that must exist before the pods start."""


KEY_ROTATION_ANNOTATION = "loom.io/access-key-rotation"
"""Pod annotation carrying `ObjectStoreKey.version`: a rotation changes the pod template, so the pods restart."""


@dataclass
class ObjectStoreKey:
    """A static key for one client that cannot use workload identity against this object store (see
    `Foundation.bind_access_key`). The key exists only as a Pulumi secret and in the Kubernetes Secret
    `secret_name` of the request's namespace; pods take it with `valueFrom.secretKeyRef`, never from a
    ConfigMap, Helm values or a literal env value."""

    secret_name: str
    """Secret in the request's namespace holding the key."""
    endpoint: str
    """https URL of the S3 API the key is for."""
    access_key_id_key: str = "accessKeyId"
    """Key of the access key id in that Secret."""
    secret_access_key_key: str = "secretAccessKey"
    """Key of the secret access key in that Secret."""
    version: str = ""
    """Changes exactly when the key is rotated: put it in the pods' annotations so they restart with the new key
    (env from a Secret is read at container start). Empty when the key is managed outside Loom."""
    cluster_ca: bool = False
    """The store's certificate is signed by the cluster CA (kube-root-ca.crt): clients must trust that CA."""
    resources: Sequence[pulumi.Resource] = ()
    """The Secret, user and policy resources that must exist before the pods start."""


@dataclass(frozen=True)
class ServiceAccountRef:
    """A workload as Kubernetes and the mesh know it: the service account its pods run as."""

    namespace: str
    service_account: str


@dataclass
class PostgresSpec:
    """A Postgres database for MLflow's backend store."""

    database: str
    username: str
    password: pulumi.Input[str]
    """A Pulumi secret."""
    storage_gb: int = 20
    backup_retention_days: int = 7
    high_availability: bool = False
    instance_class: Optional[str] = None
    """Cloud machine size (db.t4g.medium, db-custom-2-7680, Standard_D2ds_v5); None: the cloud's default here."""
    protect: bool = True
    """Protect the database from `pulumi destroy` (stateful)."""
    clients: Sequence[ServiceAccountRef] = ()
    """The workloads that connect. A database inside the mesh (CloudNativePG in `loom-data`) admits exactly
    these on 5432 (Istio ALLOW by principal); cloud databases sit outside the mesh and ignore it."""


@dataclass
class Postgres:
    """Connection facts for a provisioned Postgres; TLS is always required."""

    host: pulumi.Output[str]
    port: pulumi.Output[int]
    database: pulumi.Output[str]
    username: pulumi.Output[str]
    password: pulumi.Output[str]
    """Secret."""
    sslmode: str = "require"
    resources: Sequence[pulumi.Resource] = ()
    egress: Sequence[ExternalService] = ()
    """How meshed clients reach it when it is outside the cluster (the mesh allows registered hosts only)."""


@dataclass
class GpuProfile:
    """How pods ask for GPUs in this environment (empty when it has none)."""

    resource_name: str = "nvidia.com/gpu"
    tolerations: Sequence[Mapping[str, str]] = ()
    node_selector: Mapping[str, str] = field(default_factory=dict)


class Foundation(pulumi.ComponentResource, abc.ABC):
    """Base of every foundation component. Subclasses set the attributes in their constructor."""

    cloud: Cloud
    store_kind: ObjectStoreKind
    k8s_provider: k8s.Provider
    """The provider every Kubernetes resource of the platform uses (explicit: never ambient credentials)."""
    region: Optional[str]
    """Cloud region or location; None for environments without one."""
    gpu: Optional[GpuProfile]
    """None when the environment has no GPUs (Triton then runs on CPU)."""
    storage_class: Optional[str]
    """StorageClass for persistent volumes; None: the cluster default."""
    cluster_name: pulumi.Output[str]
    load_balancers: bool = True
    """The cluster provisions `LoadBalancer` Services (a cloud controller, MetalLB, kube-vip, k3s ServiceLB).
    False: the gateway is a NodePort Service, so no atomic release waits for an address that never comes."""
    resource_metrics: bool = True
    """The cluster already serves the resource metrics API (`metrics.k8s.io`) that HPAs' CPU targets read:
    GKE and AKS run metrics-server themselves. False (EKS, kubeadm clusters): the Platform installs
    metrics-server, unless prometheus-adapter is told to serve that API."""
    egress: Sequence[ExternalService] = ()
    """Cloud endpoints every workload may call (object store, token/STS endpoints): the mesh registers them,
    since sidecars reach only registered hosts. Empty when everything is in the cluster."""

    @property
    def internal_lb_annotations(self) -> Mapping[str, str]:
        """Service annotations that keep a LoadBalancer internal on this cloud (empty where that is site-specific)."""
        return INTERNAL_LB_ANNOTATIONS[self.cloud]

    @property
    def store(self) -> "ObjectStore":
        """How this foundation's object store is spelled for each consumer (Triton, Milvus, the collector): components
        ask it instead of branching on `store_kind`."""
        from components.foundation.stores import STORES

        return STORES[self.store_kind]

    @abc.abstractmethod
    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        """Create an encrypted, private bucket; `opts.parent` is the component that owns it."""

    @abc.abstractmethod
    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        """Grant a Kubernetes service account access to buckets through workload identity."""

    def bind_access_key(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> ObjectStoreKey:
        """A least-privilege static key for a client whose S3 library cannot use this store's workload identity.

        The narrow exception to "object-store access only through workload identity": Milvus 2.5 reads an
        S3-compatible store with minio-go's `credentials.NewIAM("")` and segcore's AWS SDK default chain, and both
        send a web-identity token only to AWS STS (docs/foundations.md, "Milvus on MinIO"). Only foundations
        whose store is S3-compatible implement it; the clouds' stores work with workload identity."""
        raise NotImplementedError(
            f"{type(self).__name__} serves {self.store_kind.value} object storage, which every client reaches through "
            "workload identity: bind_access_key is only for S3-compatible stores whose STS is not AWS's")

    @abc.abstractmethod
    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        """Create a Postgres database reachable only from the cluster, with TLS and backups."""
