"""Every core Kubernetes object the components render validates against the official schema."""

import kubernetes_validate
import pytest

from components.foundation.base import ObjectStoreKind as K
from components.lake import TelemetryLake, TelemetryLakeArgs
from components.mesh import IstioMesh, IstioMeshArgs
from components.milvus import MilvusVectorStore, MilvusVectorStoreArgs
from components.mlflow import MlflowTracking, MlflowTrackingArgs
from components.observability import Observability, ObservabilityArgs
from components.triton import TritonCanary, TritonServing, TritonServingArgs
from tests.components.fakes import GPU, K8S_VERSION, FakeFoundation, plain, render

D = "@sha256:" + "d" * 64


def all_components(kind, gpu):
    f = FakeFoundation("f", kind=kind, gpu=gpu)
    p = f.k8s_provider
    IstioMesh("mesh", IstioMeshArgs(k8s_provider=p))
    Observability("obs", ObservabilityArgs(k8s_provider=p))
    MilvusVectorStore("milvus", MilvusVectorStoreArgs(k8s_provider=p, foundation=f))
    MlflowTracking("mlflow", MlflowTrackingArgs(k8s_provider=p, foundation=f, image="ghcr.io/mlflow/mlflow:v2.22.1" + D))
    TelemetryLake("lake", TelemetryLakeArgs(k8s_provider=p, foundation=f, collector_image="otel/opentelemetry-collector-contrib" + D))
    return TritonServing(
        "triton",
        TritonServingArgs(
            k8s_provider=p,
            foundation=f,
            image="nvcr.io/nvidia/tritonserver:25.06-py3" + D,
            model_sync_image="mcr.microsoft.com/azure-cli/azcopy" + D,
            canary=TritonCanary(enabled=True, weight=5),
        ),
    )


@pytest.mark.parametrize("kind, gpu", [(K.S3, GPU), (K.AZURE_BLOB, None), (K.S3_COMPATIBLE, None)])
def test_core_objects_validate_against_the_kubernetes_schema(kind, gpu):
    r = render(lambda: all_components(kind, gpu))
    core = [x for x in r.graph.resources if x.type.startswith("kubernetes:") and "/v" in x.type.split(":")[1]
            and not x.type.split(":")[1].startswith(("helm.sh", "security.istio.io", "networking.istio.io", "monitoring.coreos.com"))]
    kinds = {x.inputs["kind"] for x in core}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceAccount", "Namespace", "Secret"} <= kinds
    for obj in core:
        kubernetes_validate.validate(plain(obj.inputs), K8S_VERSION, strict=True)


def test_the_validator_really_rejects_a_broken_object():
    bad = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"}, "spec": {"ports": [{"port": "http"}]}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, K8S_VERSION, strict=True)
