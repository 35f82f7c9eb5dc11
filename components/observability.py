"""Observability: Prometheus (kube-prometheus-stack) and prometheus-adapter serving Triton's queue-time metric."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube.labels import NS_DATA, NS_SERVING, NS_SYSTEM


@dataclass
class ObservabilityArgs:
    """Arguments of `Observability`. Only `k8s_provider` is required."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`)."""
    namespace: str = "loom-monitoring"
    """Namespace created for Prometheus and the adapter. Outside the mesh on purpose: Prometheus scrapes
    Istio's merged metrics port (15020), which is plaintext by design and not subject to STRICT mTLS."""
    scrape_namespaces: Sequence[str] = (NS_SERVING, NS_DATA, NS_SYSTEM)
    """Namespaces whose sidecar-injected pods are scraped (Istio metrics merging: app + Envoy metrics)."""
    retention: str = "15d"
    """Prometheus TSDB retention."""
    storage_gb: int = 50
    """Prometheus persistent volume size."""
    storage_class: Optional[str] = None
    """StorageClass for Prometheus; None: the cluster default (pass `foundation.storage_class`)."""
    prometheus_replicas: int = 1
    """Prometheus replicas (2 for HA; each scrapes everything)."""
    serve_resource_metrics: bool = False
    """Let prometheus-adapter serve `metrics.k8s.io` (CPU/memory) too. Only for clusters WITHOUT
    metrics-server (two servers cannot own that API); the HPA's CPU fallback needs one of them."""
    alertmanager: bool = True
    """Deploy Alertmanager."""
    grafana: bool = False
    """Deploy Grafana (off: most platforms have a central one)."""


class Observability(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    namespace: pulumi.Output[str]
    prometheus_url: pulumi.Output[str]
    queue_metric_name: pulumi.Output[str]

    def __init__(self, name: str, args: ObservabilityArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:observability:Observability", name, None, opts)
        raise NotImplementedError("Observability is being written")
