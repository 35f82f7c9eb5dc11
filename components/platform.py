"""Platform: one environment's whole GenAI platform, composed from the foundation up.

The foundation (cluster, object store, Postgres, workload identity) is created first, as a
child of the Platform; everything above it is written once against the `Foundation`
interface: the Istio mesh, Prometheus + adapter, the telemetry lake, Milvus, MLflow, Triton
and the feedback loop. The Platform exposes the outputs contract (contract/outputs.py) as one
Output, which the program exports key by key.

It takes each component's settings (`MeshSettings`, `TritonSettings`, ..., what the stack's `loom:` keys hold) and
builds the component's Args from them with `contract.settings.wire`, adding only the wiring it owns: the Kubernetes
provider, the foundation, `protect`, and the buckets and URLs it hands from one component to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

import pulumi

from components.certificates import GatewayCertificate, GatewayCertificateArgs
from components.feedback import FeedbackLoop, FeedbackLoopArgs, FeedbackSettings
from components.foundation import (
    AwsFoundationArgs,
    AzureFoundationArgs,
    BucketPurpose,
    BucketSpec,
    ExistingClusterFoundationArgs,
    Foundation,
    GcpFoundationArgs,
)
from components.lake import LakeSettings, TelemetryLake, TelemetryLakeArgs
from components.mesh import GatewayServiceType, IstioMesh, IstioMeshArgs, MeshSettings
from components.metrics_server import MetricsServer, MetricsServerArgs
from components.milvus import MilvusSettings, MilvusVectorStore, MilvusVectorStoreArgs
from components.mlflow import MlflowSettings, MlflowTracking, MlflowTrackingArgs
from components.observability import Observability, ObservabilityArgs, ObservabilitySettings
from components.triton import TritonServing, TritonServingArgs, TritonSettings
from contract.settings import problems, wire
from contract.env import LOOM_ENVIRONMENT
from contract.errors import ArgumentError
from contract.models import MODEL_NAMES
from contract.outputs import Inference, Lake, Mesh, OutputsContract, Tracking, VectorStore

TYPE_TOKEN = "loom:platform:Platform"

FoundationArgs = Union[AwsFoundationArgs, GcpFoundationArgs, AzureFoundationArgs, ExistingClusterFoundationArgs]

# The one place that maps a foundation's args to its class (classes import lazily: a stack
# pays only for the cloud SDK it uses).
_FOUNDATION_CLASS = {
    AwsFoundationArgs: "AwsFoundation",
    GcpFoundationArgs: "GcpFoundation",
    AzureFoundationArgs: "AzureFoundation",
    ExistingClusterFoundationArgs: "ExistingClusterFoundation",
}


class PlatformArgsError(ArgumentError):
    """An invalid PlatformArgs value (names the argument, the value and what is allowed)."""


@dataclass
class PlatformArgs:
    """Arguments of `Platform`: the environment, its foundation and each component's settings."""

    environment: str
    """Environment name (the contract's `environment`, resource names, labels)."""
    foundation: FoundationArgs
    """Args of the foundation to create: their type selects AWS, GCP, Azure or an existing cluster."""
    mesh: MeshSettings
    """Istio mesh settings (`loom:mesh`, with the gateway certificate's); the Platform wires the provider, the gateway's
    Service type and internal-LB annotations from the foundation, the mesh id and the foundation's egress."""
    observability: ObservabilitySettings
    """Prometheus + adapter settings (`loom:observability`); the Platform wires the provider and the StorageClass."""
    lake: LakeSettings
    """Telemetry lake settings (`loom:lake`); the Platform wires the provider, the foundation and `protect`."""
    milvus: MilvusSettings
    """Milvus settings (`loom:milvus`); the Platform wires the provider, the foundation and `protect`."""
    mlflow: MlflowSettings
    """MLflow settings (`loom:mlflow`); the Platform wires the provider, the foundation and `protect`."""
    triton: TritonSettings
    """Triton settings (`loom:triton`); the Platform wires the provider, the foundation, the models bucket, the lake and the
    mesh's gateway (when `external_hosts` is set)."""
    feedback: Optional[FeedbackSettings] = None
    """The closed loop (`loom:feedback`); None or `enabled: false` leaves it out. Buckets and URIs are wired by the Platform."""
    native_sidecars: bool = True
    """Whether the cluster's kubelets run native sidecars (Kubernetes 1.29+): istio-proxy is injected as one."""
    protect: bool = True
    """Protect the stateful stores (`loom:protect`): the models bucket and every store of a component whose settings the
    Platform wires (buckets, databases)."""


class Platform(pulumi.ComponentResource):
    """The Loom platform on one environment; `contract` is the outputs contract for app teams."""

    foundation: Foundation
    contract: pulumi.Output[dict]
    """The outputs contract (contract/outputs.py) as a dict: the same shape in every environment."""
    inference_http_url: pulumi.Output[str]
    inference_grpc_url: pulumi.Output[str]
    vector_store_uri: pulumi.Output[str]
    tracking_uri: pulumi.Output[str]
    lake_uri: pulumi.Output[str]
    mtls_mode: pulumi.Output[str]

    def __init__(self, name: str, args: PlatformArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        _validate(args)  # the settings of every part, before anything is registered
        super().__init__(TYPE_TOKEN, name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.foundation = _create_foundation(f"{name}-foundation", args.foundation, child)
        f = self.foundation
        k8s = f.k8s_provider

        service_type = GatewayServiceType.LOAD_BALANCER if f.load_balancers else GatewayServiceType.NODE_PORT
        mesh = IstioMesh(f"{name}-mesh", wire(
            IstioMeshArgs, args.mesh, k8s_provider=k8s, gateway_service_type=service_type,
            gateway_service_annotations=f.internal_lb_annotations, native_sidecars=args.native_sidecars,
            mesh_id=f"loom-{args.environment}", external_services=list(f.egress)), child)
        after_mesh = pulumi.ResourceOptions(parent=self, depends_on=[mesh])
        if args.mesh.gateway_certificate.enabled:
            GatewayCertificate(f"{name}-certificate", wire(
                GatewayCertificateArgs, args.mesh.gateway_certificate, k8s_provider=k8s, hosts=list(args.mesh.gateway_hosts),
                secret_name=args.mesh.gateway_tls_credential_name), after_mesh)
        if not f.resource_metrics and not args.observability.serve_resource_metrics:
            # HPAs' CPU targets (Triton's fallback, istiod, the gateway) need metrics.k8s.io.
            MetricsServer(f"{name}-metrics-server", MetricsServerArgs(k8s_provider=k8s), child)

        observability = Observability(
            f"{name}-observability", wire(ObservabilityArgs, args.observability, k8s_provider=k8s, storage_class=f.storage_class), after_mesh)
        lake = TelemetryLake(f"{name}-lake", wire(TelemetryLakeArgs, args.lake, k8s_provider=k8s, foundation=f, protect=args.protect), after_mesh)
        milvus = MilvusVectorStore(f"{name}-milvus", wire(MilvusVectorStoreArgs, args.milvus, k8s_provider=k8s, foundation=f, protect=args.protect),
                                   after_mesh)
        mlflow = MlflowTracking(f"{name}-mlflow", wire(MlflowTrackingArgs, args.mlflow, k8s_provider=k8s, foundation=f, protect=args.protect),
                                after_mesh)

        # The models bucket is the Platform's: Triton reads it, retraining writes candidates to it.
        models_bucket = f.bucket(
            f"{name}-models", BucketSpec(purpose=BucketPurpose.MODELS, protect=args.protect), pulumi.ResourceOptions(parent=self)
        )
        triton_args = wire(
            TritonServingArgs,
            args.triton,
            k8s_provider=k8s,
            foundation=f,
            model_bucket=models_bucket,
            interaction_lake=lake.bucket,
            gateway=mesh.gateway_ref if args.triton.external_hosts else None,
        )
        triton = TritonServing(f"{name}-triton", triton_args, pulumi.ResourceOptions(parent=self, depends_on=[mesh, observability]))

        if args.feedback is not None and args.feedback.enabled:
            FeedbackLoop(
                f"{name}-feedback",
                wire(
                    FeedbackLoopArgs,
                    args.feedback,
                    foundation=f,
                    lake_bucket=lake.bucket,
                    models_bucket=models_bucket,
                    models_path=args.triton.stable.model_repository_path,
                    mlflow_bucket=mlflow.artifacts_bucket,
                    tracking_uri=mlflow.tracking_uri,
                    vector_store_uri=milvus.uri,
                    inference_url=triton.http_url,
                    extra_env={LOOM_ENVIRONMENT: args.environment},  # named in the rollout command retraining prints
                ),
                pulumi.ResourceOptions(parent=self, depends_on=[mesh]),
            )

        self.inference_http_url = triton.http_url
        self.inference_grpc_url = triton.grpc_url
        self.vector_store_uri = milvus.uri
        self.tracking_uri = mlflow.tracking_uri
        self.lake_uri = lake.uri
        self.mtls_mode = mesh.mtls_mode
        serving_namespace = triton.namespace
        lake_format = lake.format

        self.contract = pulumi.Output.all(
            http_url=self.inference_http_url,
            grpc_url=self.inference_grpc_url,
            vector_store_uri=self.vector_store_uri,
            tracking_uri=self.tracking_uri,
            lake_uri=self.lake_uri,
            lake_format=lake_format,
            mesh_namespace=serving_namespace,
            mtls_mode=self.mtls_mode,
        ).apply(lambda v: outputs_contract(environment=args.environment, **v).to_dict())
        self.register_outputs(
            {
                "contract": self.contract,
                "inference_http_url": self.inference_http_url,
                "inference_grpc_url": self.inference_grpc_url,
                "vector_store_uri": self.vector_store_uri,
                "tracking_uri": self.tracking_uri,
                "lake_uri": self.lake_uri,
                "mtls_mode": self.mtls_mode,
            }
        )


def outputs_contract(
    *,
    environment: str,
    http_url: str,
    grpc_url: str,
    vector_store_uri: str,
    tracking_uri: str,
    lake_uri: str,
    lake_format: str,
    mesh_namespace: str,
    mtls_mode: str,
) -> OutputsContract:
    """The outputs contract, built from its own types (the same shape in every environment)."""
    return OutputsContract(
        environment=environment,
        inference=Inference(http_url=http_url, grpc_url=grpc_url, models=dict(MODEL_NAMES)),
        vector_store=VectorStore(uri=vector_store_uri),
        tracking=Tracking(uri=tracking_uri),
        lake=Lake(uri=lake_uri, format=lake_format),
        mesh=Mesh(namespace=mesh_namespace, mtls_mode=mtls_mode),
    )


def _foundation_class(args: FoundationArgs) -> type[Any]:
    import components.foundation as foundations

    return getattr(foundations, _FOUNDATION_CLASS[type(args)])


def _create_foundation(name: str, args: FoundationArgs, opts: pulumi.ResourceOptions) -> Foundation:
    return _foundation_class(args)(name, args, opts)


def _validate(args: PlatformArgs) -> None:
    """Everything checkable before the first registration: the Platform's own arguments, the
    foundation's and each component's settings. A bad value anywhere then leaves nothing half-made.
    The wiring the Platform adds later (providers, buckets, URIs) is its own, not the user's."""
    if type(args.foundation) not in _FOUNDATION_CLASS:
        raise PlatformArgsError(
            f"Platform: foundation = {type(args.foundation).__name__} is invalid; allowed: "
            + ", ".join(c.__name__ for c in _FOUNDATION_CLASS)
        )
    if not isinstance(args.environment, str) or not args.environment:
        raise PlatformArgsError(f"Platform: environment = {args.environment!r} is invalid; allowed: a non-empty name")
    _foundation_class(args.foundation)._validate(args.foundation)  # the foundation's own rules (CIDR sizes, ...)
    # Each part's own settings checks (the ones a stack file is parsed with); what needs the wiring (the Azure model
    # sync image, the foundation's own rules) is checked by each component and foundation before it registers.
    parts = {"foundation": args.foundation, "mesh": args.mesh, "observability": args.observability, "lake": args.lake,
             "milvus": args.milvus, "mlflow": args.mlflow, "triton": args.triton, "feedback": args.feedback}
    for part, settings in parts.items():
        for key, value, allowed in problems(settings) if settings is not None else []:
            raise PlatformArgsError(f"Platform: {part}.{key} = {value!r} is invalid; allowed: {allowed}")
