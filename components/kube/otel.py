"""OpenTelemetry Collector config for the lake: OTLP in, raw OTLP JSON into the lake bucket.

One exporter per object store (chosen by the foundation's store, components/foundation/stores.py),
all authenticated by workload identity:
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

from typing import Any

OTLP_GRPC_PORT = 4317
OTLP_HTTP_PORT = 4318
PARTITION = "year=%Y/month=%m/day=%d/hour=%H"


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
