"""OpenTelemetry Collector config for the lake: OTLP in, raw OTLP JSON into the lake bucket.

One exporter per object store, all authenticated by workload identity:
S3 / S3-compatible: `awss3` (AWS SDK default chain: IRSA / Pod Identity / web-identity STS);
Azure: `azureblob` with `auth.type: workload_identity` (env injected by the Azure WI webhook);
GCS: `googlecloudstorage` (logs only; in the contrib distribution since 0.140.0, time partitions since 0.144.0).
The lake's events (interactions, corrections, KPIs) are OTLP log records, so only a logs pipeline
writes to the lake.

Every key written here must exist in the exporter at the collector version the stacks pin: the collector
rejects unknown keys and the atomic release rolls back. `loom/checks/facts/otelcol/contrib-<version>.yaml`
records each exporter's keys with where they were read, and the chart check tests this config against them.
"""

from __future__ import annotations

from typing import Any, Optional

from components.foundation.base import ObjectStoreKind
from components.kube import storage

OTLP_GRPC_PORT = 4317
OTLP_HTTP_PORT = 4318
PARTITION = "year=%Y/month=%m/day=%d/hour=%H"


def lake_exporter(
    kind: ObjectStoreKind, bucket_uri: str, prefix: str, region: Optional[str], endpoint: Optional[str]
) -> tuple[str, dict[str, Any]]:
    """(exporter id, exporter config) writing under `<bucket>/<prefix>/`."""
    parsed = storage.parse_bucket_uri(bucket_uri)
    prefix = prefix.strip("/")
    if kind in (ObjectStoreKind.S3, ObjectStoreKind.S3_COMPATIBLE):
        uploader: dict[str, Any] = {
            "region": region or "us-east-1",
            "s3_bucket": parsed.bucket,
            "s3_prefix": prefix,
            "s3_partition_format": PARTITION,
            "compression": "gzip",
        }
        if kind is ObjectStoreKind.S3_COMPATIBLE:
            if not endpoint:
                raise ValueError("an S3-compatible lake needs the endpoint (AWS_ENDPOINT_URL in the identity env)")
            uploader["endpoint"] = endpoint
            uploader["s3_force_path_style"] = True
        return "awss3/lake", {"s3uploader": uploader, "marshaler": "otlp_json"}
    if kind is ObjectStoreKind.AZURE_BLOB:
        return "azureblob/lake", {
            "url": f"https://{parsed.account}.blob.core.windows.net/",
            "auth": {
                "type": "workload_identity",
                "client_id": "${env:AZURE_CLIENT_ID}",
                "tenant_id": "${env:AZURE_TENANT_ID}",
                "federated_token_file": "${env:AZURE_FEDERATED_TOKEN_FILE}",
            },
            "container": {"logs": parsed.bucket},
            "blob_name_format": {"logs_format": f"{prefix}/2006/01/02/15/logs_04_05.json"},
            "format": "json",
            # No `compression`: azureblob has none at contrib 0.144.0 (added by PR #47047 in 2026; issue 10 defect 3).
        }
    if kind is ObjectStoreKind.GCS:
        return "googlecloudstorage/lake", {
            "bucket": {
                "name": parsed.bucket,
                "reuse_if_exists": True,
                "region": region or "",
                "file_prefix": "events",
                "partition": {"prefix": prefix, "format": PARTITION},
            }
        }
    raise ValueError(f"unknown object store kind {kind!r}")


def collector_config(exporter_id: str, exporter: dict[str, Any]) -> dict[str, Any]:
    """Full collector config; the chart's default jaeger/zipkin/prometheus receivers are removed (null)."""
    return {
        "receivers": {
            "otlp": {
                "protocols": {
                    "grpc": {"endpoint": f"${{env:MY_POD_IP}}:{OTLP_GRPC_PORT}"},
                    "http": {"endpoint": f"${{env:MY_POD_IP}}:{OTLP_HTTP_PORT}"},
                }
            },
            "jaeger": None,
            "zipkin": None,
            "prometheus": None,
        },
        "processors": {
            "memory_limiter": {"check_interval": "1s", "limit_percentage": 80, "spike_limit_percentage": 25},
            "batch": {"send_batch_size": 8192, "timeout": "10s"},
        },
        "exporters": {exporter_id: exporter, "debug": None},
        "extensions": {"health_check": {"endpoint": "${env:MY_POD_IP}:13133"}},
        "service": {
            "extensions": ["health_check"],
            "pipelines": {
                "logs": {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": [exporter_id]},
                "traces": None,
                "metrics": None,
            },
        },
    }
