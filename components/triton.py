"""TritonServing: Triton Inference Server on two tracks (stable, canary) behind Istio traffic shaping."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import Bucket, Foundation
from components.kube.labels import NS_INGRESS, NS_SERVING, NS_SYSTEM, DataClassification

DEFAULT_MODELS = ("embedder", "generator", "rag", "output_guard")


@dataclass
class TritonServingArgs:
    """Arguments of `TritonServing`. Required: `k8s_provider`, `foundation`, `image`."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`)."""
    foundation: Foundation
    """Gives the models bucket, the workload identity binding and the GPU profile (`foundation.gpu`;
    None runs Triton on CPU)."""
    image: str
    """Triton image pinned by digest, e.g. nvcr.io/nvidia/tritonserver:25.10-py3@sha256:<64 hex>."""
    canary_image: Optional[str] = None
    """Image of the canary track, pinned by digest; None: the stable image."""
    models: Sequence[str] = DEFAULT_MODELS
    """Models loaded at start (`--model-control-mode=explicit` + one `--load-model` each)."""
    namespace: pulumi.Input[str] = NS_SERVING
    """Namespace (created by IstioMesh; pass `mesh.namespace_names[...]`-derived Output to order after it)."""
    model_bucket: Optional[Bucket] = None
    """The model repository bucket; None creates one through `foundation.bucket(purpose=MODELS)`."""
    model_repository_path: str = "models"
    """Prefix inside the bucket that holds the model repository ("" for the bucket root)."""
    canary_model_repository_path: Optional[str] = None
    """Prefix the canary track loads (e.g. a retrained candidate); None: same as stable."""
    stable_weight: int = 100
    """Percent of requests routed to the stable track; stable_weight + canary_weight must be 100."""
    canary_weight: int = 0
    """Percent of requests routed to the canary track."""
    stable_replicas: int = 2
    """Stable replicas when the HPA is not yet acting; also the HPA minimum."""
    max_replicas: int = 8
    """HPA maximum for the stable track."""
    canary_replicas: int = 1
    """Fixed canary replicas (>= 1 when canary_weight > 0)."""
    queue_time_target_us: int = 50_000
    """HPA target: average queue time per request in microseconds (custom metric through prometheus-adapter)."""
    cpu_target_utilization: int = 75
    """HPA fallback target: average CPU utilisation in percent of requests."""
    gpus_per_pod: int = 1
    """GPUs per Triton pod when the foundation has GPUs."""
    cpu_request: str = "2"
    """CPU request per pod (also the CPU limit's base: limit = cpu_limit)."""
    cpu_limit: str = "4"
    memory_request: str = "8Gi"
    memory_limit: str = "16Gi"
    shm_size: str = "2Gi"
    """Size of the memory-backed /dev/shm (the Python backend and the DALI/tensor transfers need it)."""
    request_timeout_s: float = 60.0
    """VirtualService route timeout (generation can be slow)."""
    retries: int = 2
    """VirtualService retry attempts on connect-failure/refused-stream/unavailable/5xx (gateway-error)."""
    per_try_timeout_s: float = 30.0
    allowed_namespaces: Sequence[str] = (NS_SYSTEM,)
    """Namespaces whose workloads may call Triton (mTLS identities, AuthorizationPolicy ALLOW)."""
    allowed_principals: Sequence[str] = ("cluster.local/ns/istio-ingress/sa/istio-ingressgateway",)
    """SPIFFE principals allowed in addition (default: the Loom ingress gateway)."""
    gateway: Optional[str] = None
    """Istio Gateway (namespace/name, e.g. `mesh.gateway_ref`) to also expose Triton on; None: mesh only."""
    external_hosts: Sequence[str] = ()
    """Hosts routed from the gateway (required when `gateway` is set)."""
    classification: DataClassification = DataClassification.CONFIDENTIAL
    """Data classification label on the workload and its pods (prompts and outputs pass through Triton)."""
    service_account_name: str = "triton"
    """Kubernetes ServiceAccount of the Triton pods (bound to the models bucket by workload identity)."""
    extra_args: Sequence[str] = ()
    """Additional tritonserver flags, appended after Loom's own."""


class TritonServing(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    namespace: pulumi.Output[str]
    service_name: pulumi.Output[str]
    http_url: pulumi.Output[str]
    grpc_url: pulumi.Output[str]
    model_repository_uri: pulumi.Output[str]
    model_bucket_name: pulumi.Output[str]
    service_account_name: pulumi.Output[str]

    def __init__(self, name: str, args: TritonServingArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:triton:TritonServing", name, None, opts)
        raise NotImplementedError("TritonServing is being written")
