"""tritonserver command line and the queue-time metric the HPA scales on."""

from __future__ import annotations

from typing import Sequence

HTTP_PORT = 8000
GRPC_PORT = 8001
METRICS_PORT = 8002

QUEUE_METRIC = "triton_queue_duration_per_request_us"
"""Custom metric (pods) served by prometheus-adapter: average queue time per successful request."""


def triton_args(
    model_repository: str,
    models: Sequence[str],
    *,
    extra: Sequence[str] = (),
) -> list[str]:
    """Explicit model control: only the listed models load, and nothing loads behind the operator's back."""
    if not models:
        raise ValueError("at least one model must be loaded with --model-control-mode=explicit")
    args = [
        f"--model-repository={model_repository}",
        "--model-control-mode=explicit",
        *[f"--load-model={m}" for m in models],
        f"--http-port={HTTP_PORT}",
        f"--grpc-port={GRPC_PORT}",
        f"--metrics-port={METRICS_PORT}",
        "--allow-metrics=true",
        "--allow-gpu-metrics=true",
        # p50/p90/p99 request latency summaries: the rollout gate reads p99 from them.
        "--metrics-config=summary_latencies=true",
        "--strict-readiness=true",
        "--exit-on-error=true",
        "--log-format=ISO8601",
    ]
    args.extend(extra)
    return args


def alert_rules(queue_time_alert_us: int, failure_ratio: float = 0.01) -> list[dict[str, object]]:
    """PrometheusRule alerts for the serving path: queueing, failing inferences, no ready server."""
    return [
        {
            "alert": "TritonQueueTimeHigh",
            "expr": (
                "sum(rate(nv_inference_queue_duration_us[5m])) by (namespace, model)"
                " / clamp_min(sum(rate(nv_inference_request_success[5m])) by (namespace, model), 0.001)"
                f" > {queue_time_alert_us}"
            ),
            "for": "10m",
            "labels": {"severity": "warning"},
            "annotations": {"summary": "Triton model {{ $labels.model }} queues requests for more than "
                            f"{queue_time_alert_us} µs on average (HPA at max_replicas or GPUs short)"},
        },
        {
            "alert": "TritonInferenceFailures",
            "expr": (
                "sum(rate(nv_inference_request_failure[5m])) by (namespace, model)"
                " / clamp_min(sum(rate(nv_inference_request_success[5m])) by (namespace, model)"
                " + sum(rate(nv_inference_request_failure[5m])) by (namespace, model), 0.001)"
                f" > {failure_ratio}"
            ),
            "for": "10m",
            "labels": {"severity": "critical"},
            "annotations": {"summary": f"More than {failure_ratio:.0%} of requests to Triton model {{{{ $labels.model }}}} fail"},
        },
        {
            "alert": "TritonNoMetrics",
            "expr": "absent(nv_inference_request_success)",
            "for": "15m",
            "labels": {"severity": "critical"},
            "annotations": {"summary": "No Triton metrics for 15 minutes: no server is up, or scraping is broken (the HPA falls back to CPU)"},
        },
    ]


def queue_metric_rule(window: str = "1m") -> dict[str, object]:
    """prometheus-adapter custom rule: rate(queue µs) / rate(successful requests), per pod.

    An idle pod has 0/0; clamp_min keeps the ratio at 0 instead of NaN so the HPA can scale down.
    """
    return {
        "seriesQuery": 'nv_inference_queue_duration_us{namespace!="",pod!=""}',
        "resources": {"overrides": {"namespace": {"resource": "namespace"}, "pod": {"resource": "pod"}}},
        "name": {"matches": "^nv_inference_queue_duration_us$", "as": QUEUE_METRIC},
        "metricsQuery": (
            f"sum(rate(nv_inference_queue_duration_us{{<<.LabelMatchers>>}}[{window}])) by (<<.GroupBy>>)"
            f" / clamp_min(sum(rate(nv_inference_request_success{{<<.LabelMatchers>>}}[{window}])) by (<<.GroupBy>>), 0.001)"
        ),
    }
