"""TelemetryLake: the lake bucket (encrypted, versioned, private) and an OpenTelemetry Collector exporting to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import (
    Access,
    Bucket,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    Foundation,
)
from components.kube.component import LoomComponent
from contract.settings import at_least, fixed, optional_at_least, pinned_image, setting, wiring
from components.kube import charts, identity as wi, otel, storage
from components.kube.objects import allow_policy
from components.kube.images import check_pinned, image_tag, split_image
from components.kube.labels import (
    CLASSIFICATION_LABEL,
    NS_DATA,
    NS_SERVING,
    NS_SYSTEM,
    PART_OF,
    DataClassification,
    standard_labels,
)
from components.kube.security import container_security_context, pod_security_context
from components.kube.validation import check_dns_label, check_enum, check_positive_int, fail, is_known
from contract.lake import LAKE_FORMAT, LAKE_TABLES

TYPE_TOKEN = "loom:lake:TelemetryLake"
RELEASE_NAME = "otel-collector"


@dataclass
class LakeSettings:
    """`loom:lake`: the telemetry lake bucket and the OpenTelemetry Collector writing to it."""

    collector_image: str = setting(doc="otel/opentelemetry-collector-contrib pinned by digest.", check=pinned_image)
    retention_days: Optional[int] = setting(None, doc="Delete lake objects after N days; null: keep forever.", check=optional_at_least(1))
    transition_to_cold_days: Optional[int] = setting(90, doc="Move objects to the cold tier after N days; null: keep hot.", check=optional_at_least(1))
    noncurrent_version_expiration_days: int = setting(30, doc="Delete superseded object versions after N days.", check=at_least(1))
    collector_replicas: int = setting(2, doc="Collector replicas.", check=at_least(1))


@dataclass(kw_only=True)
class TelemetryLakeArgs(LakeSettings):
    """Arguments of `TelemetryLake`: the `loom:lake` settings plus wiring. Required: `collector_image`, `k8s_provider`,
    `foundation`. `collector_image` keeps its tag: it names the version whose exporter keys the chart check tests."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    foundation: Foundation = wiring(doc="Gives the lake bucket and the collector's workload identity.")
    protect: bool = wiring(True, doc="Protect the lake bucket from `pulumi destroy` (stateful): `loom:protect`.")
    namespace: str = fixed(NS_SYSTEM, doc="Namespace of the collector (created by IstioMesh; construct with `opts=ResourceOptions(depends_on=[mesh])`).")
    raw_prefix: str = fixed("raw/otlp", doc="Prefix the collector writes raw OTLP (JSON) under; the Delta tables are directories at the bucket's root (`interactions/`, `corrections/`, ...).")
    collector_chart_version: str = fixed(charts.OTEL_COLLECTOR.version, doc="open-telemetry/opentelemetry-collector chart version.")
    allowed_namespaces: Sequence[str] = fixed((NS_SERVING, NS_DATA, NS_SYSTEM), doc="Namespaces whose workloads may send telemetry (AuthorizationPolicy ALLOW).")
    allowed_principals: Sequence[str] = fixed((), doc="SPIFFE principals allowed in addition.")
    classification: DataClassification = fixed(DataClassification.RESTRICTED, doc="The lake holds interactions and corrections: restricted by default.")
    service_account_name: str = fixed("otel-collector", doc="ServiceAccount of the collector (read-write on the lake bucket by workload identity).")


def collector_values(
    args: TelemetryLakeArgs, config: dict, sa_annotations: dict, pod_labels: dict, env: Optional[dict] = None
) -> dict:
    """opentelemetry-collector chart values: a Deployment of the contrib image, pinned by digest."""
    repo, digest = split_image(args.collector_image)
    labels = {CLASSIFICATION_LABEL: args.classification.value, "app.kubernetes.io/part-of": PART_OF}
    env = env or {}
    volumes, mounts = wi.token_volumes(env)
    return {
        "extraEnvs": wi.env_list(env),
        "extraVolumes": volumes,
        "extraVolumeMounts": mounts,
        "mode": "deployment",
        "fullnameOverride": RELEASE_NAME,
        "replicaCount": args.collector_replicas,
        # The digest wins (templates/_pod.tpl renders repository@digest); the tag records the collector version,
        # which the chart check needs to test the exporter keys against that version's facts.
        "image": {"repository": repo, "digest": digest, "tag": image_tag(args.collector_image) or "", "pullPolicy": "IfNotPresent"},
        "command": {"name": "otelcol-contrib"},
        "serviceAccount": {"create": True, "name": args.service_account_name, "annotations": sa_annotations},
        "podLabels": {**labels, **pod_labels},
        "additionalLabels": labels,
        "podSecurityContext": pod_security_context(10001),
        "securityContext": container_security_context(10001),
        "resources": {"requests": {"cpu": "200m", "memory": "512Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
        "podDisruptionBudget": {"enabled": True, "minAvailable": 1},
        "ports": {
            "otlp": {"enabled": True},
            "otlp-http": {"enabled": True},
            "jaeger-compact": {"enabled": False},
            "jaeger-thrift": {"enabled": False},
            "jaeger-grpc": {"enabled": False},
            "zipkin": {"enabled": False},
        },
        "service": {"type": "ClusterIP"},
        "config": config,
    }


class TelemetryLake(LoomComponent):
    """The lake bucket and the collector that writes raw OTLP events into it (Delta tables are built from them).

    Children: the lake bucket (`<name>-bucket`: versioned, encrypted, private, lifecycle from the args)
    and identity (`<name>-identity`); Helm release `otel-collector` (`<name>-collector`: contrib image
    by digest, OTLP gRPC 4317 / HTTP 4318, a logs pipeline exporting raw OTLP JSON under
    `<bucket>/<raw_prefix>/`); AuthorizationPolicy `otel-collector-allow` (`<name>-authz`).

    Delete: uninstalls the collector; the lake bucket is protected (`protect=True`) and keeps every event.
    """

    uri: pulumi.Output[str]
    """Root of the lake (the bucket URI)."""
    format: pulumi.Output[str]
    """"delta" (contract.lake.LAKE_FORMAT)."""
    bucket_name: pulumi.Output[str]
    """Name of the lake bucket (or Azure container)."""
    otlp_grpc_endpoint: pulumi.Output[str]
    """otel-collector.<ns>.svc.cluster.local:4317."""
    otlp_http_endpoint: pulumi.Output[str]
    """http://otel-collector.<ns>.svc.cluster.local:4318."""
    bucket: Bucket
    """The lake bucket (Python attribute: the feedback loop needs it)."""

    def __init__(self, name: str, args: TelemetryLakeArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        f = args.foundation
        ns = args.namespace
        bucket = self.own_bucket(f, "bucket", BucketSpec(
            purpose=BucketPurpose.LAKE,
            versioning=True,
            noncurrent_version_expiration_days=args.noncurrent_version_expiration_days,
            transition_to_cold_days=args.transition_to_cold_days,
            retention_days=args.retention_days,
            protect=args.protect,
        ))
        self.bucket = bucket
        identity = self.identity(f, namespace=ns, service_account=args.service_account_name, grants=[BucketGrant(bucket, Access.READ_WRITE)])
        store, region = f.store, f.region
        endpoint = storage.endpoint_input(identity.env)
        values = pulumi.Output.all(
            uri=bucket.uri, endpoint=endpoint, annotations=dict(identity.service_account_annotations), env=dict(identity.env)
        ).apply(
            lambda a: collector_values(
                args,
                otel.collector_config(*store.lake_exporter(a["uri"], args.raw_prefix, region, a["endpoint"])),
                a["annotations"],
                dict(identity.pod_labels),
                a["env"],
            )
        )
        release = k8s.helm.v3.Release(
            f"{name}-collector",
            charts.OTEL_COLLECTOR.release_args(RELEASE_NAME, ns, values, version=args.collector_chart_version),
            opts=self.k8s_opts([bucket.resource, *identity.resources]),
        )
        allow_policy(
            f"{name}-authz",
            name="otel-collector-allow",
            namespace=ns,
            labels=standard_labels("otel-collector", "telemetry", args.classification),
            selector={"app.kubernetes.io/instance": RELEASE_NAME},
            namespaces=args.allowed_namespaces,
            principals=args.allowed_principals,
            ports=[otel.OTLP_GRPC_PORT, otel.OTLP_HTTP_PORT],
            opts=self.k8s_opts(),
        )
        host = f"{RELEASE_NAME}.{ns}.svc.cluster.local"
        self.uri = bucket.uri
        self.format = pulumi.Output.from_input(LAKE_FORMAT)
        self.bucket_name = bucket.name
        self.otlp_grpc_endpoint = release.status.apply(lambda _: f"{host}:{otel.OTLP_GRPC_PORT}")
        self.otlp_http_endpoint = release.status.apply(lambda _: f"http://{host}:{otel.OTLP_HTTP_PORT}")
        self.register_outputs(
            {
                "uri": self.uri,
                "format": self.format,
                "bucket_name": self.bucket_name,
                "otlp_grpc_endpoint": self.otlp_grpc_endpoint,
                "otlp_http_endpoint": self.otlp_http_endpoint,
            }
        )

    @staticmethod
    def _validate(args: TelemetryLakeArgs) -> None:
        c = "TelemetryLake"
        check_pinned(c, "collector_image", args.collector_image)
        check_dns_label(c, "namespace", args.namespace)
        check_dns_label(c, "service_account_name", args.service_account_name)
        check_enum(c, "classification", args.classification, DataClassification)
        check_positive_int(c, "collector_replicas", args.collector_replicas)
        check_positive_int(c, "noncurrent_version_expiration_days", args.noncurrent_version_expiration_days)
        for arg in ("retention_days", "transition_to_cold_days"):
            if getattr(args, arg) is not None:
                check_positive_int(c, arg, getattr(args, arg))
        if (
            args.retention_days is not None
            and args.transition_to_cold_days is not None
            and is_known(args.retention_days)
            and args.retention_days <= args.transition_to_cold_days
        ):
            fail(c, "retention_days", args.retention_days, f"more than transition_to_cold_days ({args.transition_to_cold_days}), or None")
        if not args.raw_prefix.strip("/") or args.raw_prefix.strip("/").split("/")[0] in LAKE_TABLES:
            fail(c, "raw_prefix", args.raw_prefix,
                 f"a non-empty prefix outside the Delta tables' directories ({', '.join(LAKE_TABLES)})")
        if not args.allowed_namespaces and not args.allowed_principals:
            fail(c, "allowed_namespaces/allowed_principals", [], "at least one caller (else the default-deny blocks everyone)")
