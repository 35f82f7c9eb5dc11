"""A fake Foundation for component tests, and `render`: a component built under the preview's mock engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random

from components.kube.istio import ExternalService
from loom import sdk_internals
from loom.preview import PreviewResult, run_program

from components.foundation.base import (
    Bucket,
    BucketSpec,
    Cloud,
    Foundation,
    GpuProfile,
    IdentityRequest,
    ObjectStoreKey,
    ObjectStoreKind,
    Postgres,
    PostgresSpec,
    WorkloadIdentity,
)

GPU = GpuProfile(
    resource_name="nvidia.com/gpu",
    tolerations=({"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"},),
    node_selector={"loom.io/gpu": "true"},
)

_URI = {
    ObjectStoreKind.S3: "s3://{n}",
    ObjectStoreKind.S3_COMPATIBLE: "s3://{n}",
    ObjectStoreKind.GCS: "gs://{n}",
    ObjectStoreKind.AZURE_BLOB: "abfss://{n}@loomacct.dfs.core.windows.net",
}
_ANNOTATION = {
    ObjectStoreKind.S3: {"eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/{sa}"},
    ObjectStoreKind.S3_COMPATIBLE: {},
    ObjectStoreKind.GCS: {"iam.gke.io/gcp-service-account": "{sa}@proj.iam.gserviceaccount.com"},
    ObjectStoreKind.AZURE_BLOB: {"azure.workload.identity/client-id": "00000000-0000-0000-0000-000000000000"},
}


class FakeFoundation(Foundation):
    """Records every bucket, identity and database request; each creates one stand-in resource."""

    def __init__(self, name: str, kind: ObjectStoreKind = ObjectStoreKind.S3, gpu: Optional[GpuProfile] = None):
        super().__init__("test:fake:Foundation", name, None, None)
        self.cloud = Cloud.AWS
        self.store_kind = kind
        self.k8s_provider = k8s.Provider(f"{name}-k8s", opts=pulumi.ResourceOptions(parent=self))
        self.region = "eu-west-1"
        self.gpu = gpu
        self.storage_class = "gp3"
        self.cluster_name = pulumi.Output.from_input("loom-test")
        self.buckets: list[tuple[str, BucketSpec, pulumi.ResourceOptions]] = []
        self.identities: list[tuple[str, IdentityRequest]] = []
        self.databases: list[tuple[str, PostgresSpec]] = []

    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        self.buckets.append((name, spec, opts))
        res = random.RandomId(name, byte_length=4, opts=opts)
        bucket_name = pulumi.Output.from_input(name)
        uri = bucket_name.apply(lambda n: _URI[self.store_kind].format(n=n))
        return Bucket(name=bucket_name, uri=uri, cloud_id=bucket_name, resource=res)

    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        self.identities.append((name, request))
        res = random.RandomId(name, byte_length=4, opts=opts)
        ann = {k: v.format(sa=request.service_account) for k, v in _ANNOTATION[self.store_kind].items()}
        labels = {"azure.workload.identity/use": "true"} if self.store_kind is ObjectStoreKind.AZURE_BLOB else {}
        env: dict[str, Any] = {"AWS_REGION": "eu-west-1"} if self.store_kind in (ObjectStoreKind.S3, ObjectStoreKind.S3_COMPATIBLE) else {}
        if self.store_kind is ObjectStoreKind.S3_COMPATIBLE:
            # What MinIO STS on an existing cluster hands out: web identity with a token the pod mounts.
            env["AWS_ENDPOINT_URL_S3"] = "https://minio.loom-storage.svc.cluster.local:443"
            env["AWS_ENDPOINT_URL_STS"] = "https://sts.minio-operator.svc.cluster.local:4223/sts/loom-storage"
            env["AWS_ROLE_ARN"] = "arn:aws:iam::000000000000:role/loom-minio-sts"
            env["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/var/run/secrets/loom/sts/token"
        return WorkloadIdentity(service_account_annotations=ann, pod_labels=labels, env=env, resources=[res])

    def bind_access_key(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> ObjectStoreKey:
        if self.store_kind is not ObjectStoreKind.S3_COMPATIBLE:
            return super().bind_access_key(name, request, opts)
        self.identities.append((name, request))
        res = random.RandomId(name, byte_length=4, opts=opts)
        # What the existing-cluster foundation hands out for MinIO: a Secret in the request's namespace.
        return ObjectStoreKey(secret_name=f"{request.service_account}-object-store-key",
                              endpoint="https://minio.loom-storage.svc.cluster.local:443", version="1", cluster_ca=True,
                              resources=[res])

    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        self.databases.append((name, spec))
        res = random.RandomId(name, byte_length=4, opts=opts)
        return Postgres(
            host=pulumi.Output.from_input("pg.internal"),
            port=pulumi.Output.from_input(5432),
            database=pulumi.Output.from_input(spec.database),
            username=pulumi.Output.from_input(spec.username),
            password=pulumi.Output.secret(spec.password),
            resources=[res],
            egress=[ExternalService(f"{spec.database}-postgres", ["pg.internal"], port=5432, protocol="TCP",
                                    resolution="DNS")],
        )


@dataclass
class Rendered:
    graph: PreviewResult
    """What the engine recorded (loom.preview.run_program; secrets kept wrapped)."""
    component: Any
    outputs: dict = field(default_factory=dict)


def render(build: Callable[[], Any], outputs: tuple[str, ...] = ()) -> Rendered:
    """Run `build()` under the preview's mock engine, wait for every registration, and resolve the named outputs."""
    resolved: dict = {}

    def program() -> Any:
        component = build()
        values = [getattr(component, o) for o in outputs]
        pulumi.Output.all(component.urn, *values).apply(lambda vs: resolved.update(dict(zip(outputs, vs[1:]))))
        return component

    graph = run_program(program, stack="test", config={}, keep_secrets=True)
    return Rendered(graph, graph.value, resolved)


_SECRET_SIG = sdk_internals.SIG_KEY
K8S_VERSION = "1.31.0"
"""Kubernetes version rendered objects are validated against (the oldest supported by the clouds' current channels)."""


def plain(value: Any) -> Any:
    """Inputs as the API server would get them: secrets unwrapped, whole floats back to ints."""
    if isinstance(value, dict):
        if _SECRET_SIG in value:
            return plain(value.get("value"))
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def is_secret(value: Any) -> bool:
    return isinstance(value, dict) and _SECRET_SIG in value


def walk_strings(value: Any):
    if isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from walk_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from walk_strings(v)
    elif isinstance(value, str):
        yield value
