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
        "--strict-readiness=true",
        "--exit-on-error=true",
        "--log-format=ISO8601",
    ]
    args.extend(extra)
    return args


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
