"""TelemetryLake: the lake bucket (encrypted, versioned, private) and an OpenTelemetry Collector exporting to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import Foundation
from components.kube.labels import NS_DATA, NS_SERVING, NS_SYSTEM, DataClassification


@dataclass
class TelemetryLakeArgs:
    """Arguments of `TelemetryLake`. Required: `k8s_provider`, `foundation`, `collector_image`."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`)."""
    foundation: Foundation
    """Gives the lake bucket and the collector's workload identity."""
    collector_image: str
    """otel/opentelemetry-collector-contrib pinned by digest (contrib carries the S3/GCS/Azure Blob exporters)."""
    namespace: pulumi.Input[str] = NS_SYSTEM
    """Namespace of the collector (created by IstioMesh)."""
    retention_days: Optional[int] = None
    """Delete lake objects after N days; None keeps them forever."""
    transition_to_cold_days: Optional[int] = 90
    """Move objects to the cold tier after N days; None keeps them hot."""
    noncurrent_version_expiration_days: int = 30
    """Delete superseded versions after N days."""
    raw_prefix: str = "raw/otlp"
    """Prefix the collector writes raw OTLP (JSON) under; Delta tables live under `tables/`."""
    collector_chart_version: str = "0.140.0"
    """open-telemetry/opentelemetry-collector chart version."""
    collector_replicas: int = 2
    """Collector replicas."""
    allowed_namespaces: Sequence[str] = (NS_SERVING, NS_DATA, NS_SYSTEM)
    """Namespaces whose workloads may send telemetry (AuthorizationPolicy ALLOW)."""
    allowed_principals: Sequence[str] = ()
    classification: DataClassification = DataClassification.RESTRICTED
    """The lake holds interactions and corrections: restricted by default."""
    service_account_name: str = "otel-collector"
    protect: bool = True
    """Protect the lake bucket from `pulumi destroy` (stateful)."""


class TelemetryLake(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    uri: pulumi.Output[str]
    format: pulumi.Output[str]
    bucket_name: pulumi.Output[str]
    otlp_grpc_endpoint: pulumi.Output[str]
    otlp_http_endpoint: pulumi.Output[str]

    def __init__(self, name: str, args: TelemetryLakeArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:lake:TelemetryLake", name, None, opts)
        raise NotImplementedError("TelemetryLake is being written")
