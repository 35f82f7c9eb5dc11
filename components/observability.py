"""Observability: Prometheus (kube-prometheus-stack) and prometheus-adapter serving Triton's queue-time metric."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube.component import LoomComponent
from components.kube.resources import ContainerResources
from contract.settings import at_least, duration, fixed, setting, wiring
from components.kube import charts, resources
from components.kube.labels import (
    CLASSIFICATION_LABEL,
    INJECTION_LABEL,
    MANAGED_BY,
    NS_DATA,
    NS_SERVING,
    NS_SYSTEM,
    PART_OF,
    DataClassification,
)
from components.kube.triton_flags import QUEUE_METRIC, alert_rules, queue_metric_rule
from components.kube.validation import check_dns_label, check_positive_int, fail

TYPE_TOKEN = "loom:observability:Observability"
KPS_RELEASE = "loom-kps"
ADAPTER_RELEASE = "prometheus-adapter"
PROMETHEUS_PORT = 9090


@dataclass
class ObservabilitySettings:
    """`loom:observability`: Prometheus and prometheus-adapter (Triton's queue-time metric for the HPA)."""

    retention: str = setting("15d", doc="Prometheus retention.", check=duration)
    storage_gb: int = setting(50, doc="Prometheus volume size in GB.", check=at_least(1))
    prometheus_replicas: int = setting(1, doc="Prometheus replicas.", check=at_least(1))
    serve_resource_metrics: bool = setting(False, doc="Let prometheus-adapter serve metrics.k8s.io (only where metrics-server is absent, e.g. bare kind).")
    alertmanager: bool = setting(True, doc="Deploy Alertmanager.")
    grafana: bool = setting(False, doc="Deploy Grafana.")
    triton_queue_alert_us: int = setting(200_000, doc="Alert when Triton's average queue time per request stays above this (microseconds) for 10 minutes.", check=at_least(1))
    prometheus_resources: ContainerResources = setting(doc="Each Prometheus replica's requests and memory limit (object; memory grows with the series scraped).", factory=ContainerResources)


@dataclass(kw_only=True)
class ObservabilityArgs(ObservabilitySettings):
    """Arguments of `Observability`: the `loom:observability` settings plus wiring. Only `k8s_provider` is required."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    storage_class: Optional[str] = wiring(None, doc="StorageClass for Prometheus; None: the cluster default (the Platform passes `foundation.storage_class`).")
    namespace: str = fixed("loom-monitoring", doc="Namespace created for Prometheus and the adapter. Outside the mesh on purpose: Prometheus "
                                                  "scrapes Istio's merged metrics port (15020), which is plaintext by design and not subject to STRICT mTLS.")
    scrape_namespaces: Sequence[str] = fixed((NS_SERVING, NS_DATA, NS_SYSTEM), doc="Namespaces whose sidecar-injected pods are scraped (Istio metrics merging: app + Envoy metrics).")


def prometheus_service(namespace: str) -> str:
    """kube-prometheus-stack names its Prometheus Service `<fullname>-prometheus`."""
    return f"{KPS_RELEASE}-prometheus.{namespace}.svc.cluster.local"


def kube_prometheus_values(args: ObservabilityArgs) -> dict:
    storage: dict = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": f"{args.storage_gb}Gi"}}}
    if args.storage_class:
        storage["storageClassName"] = args.storage_class
    return {
        "fullnameOverride": KPS_RELEASE,
        "crds": {"enabled": True},
        "grafana": {"enabled": args.grafana},
        "alertmanager": {"enabled": args.alertmanager, "alertmanagerSpec": {"resources": resources.ALERTMANAGER}},
        "prometheusOperator": {
            "resources": resources.PROMETHEUS_OPERATOR,
            "prometheusConfigReloader": {"resources": resources.CONFIG_RELOADER},
            "admissionWebhooks": {"patch": {"resources": resources.ADMISSION_PATCH}},
        },
        "kube-state-metrics": {"resources": resources.KUBE_STATE_METRICS},
        "prometheus-node-exporter": {"resources": resources.NODE_EXPORTER},
        "prometheus": {
            "prometheusSpec": {
                "replicas": args.prometheus_replicas,
                "resources": args.prometheus_resources.to_k8s(),
                "retention": args.retention,
                # Select every PodMonitor/ServiceMonitor, not only those labelled for this release.
                "podMonitorSelectorNilUsesHelmValues": False,
                "serviceMonitorSelectorNilUsesHelmValues": False,
                "ruleSelectorNilUsesHelmValues": False,
                "storageSpec": {"volumeClaimTemplate": {"spec": storage}},
                "podMetadata": {"labels": {CLASSIFICATION_LABEL: DataClassification.INTERNAL.value}},
            }
        },
    }


RESOURCE_RULES = {
    "cpu": {
        "containerQuery": 'sum(rate(container_cpu_usage_seconds_total{<<.LabelMatchers>>,container!=""}[3m])) by (<<.GroupBy>>)',
        "nodeQuery": 'sum(rate(node_cpu_seconds_total{<<.LabelMatchers>>,mode!~"idle|iowait|steal"}[3m])) by (<<.GroupBy>>)',
        "resources": {"overrides": {"node": {"resource": "node"}, "namespace": {"resource": "namespace"}, "pod": {"resource": "pod"}}},
        "containerLabel": "container",
    },
    "memory": {
        "containerQuery": 'sum(container_memory_working_set_bytes{<<.LabelMatchers>>,container!=""}) by (<<.GroupBy>>)',
        "nodeQuery": 'sum(node_memory_MemTotal_bytes{<<.LabelMatchers>>} - node_memory_MemAvailable_bytes{<<.LabelMatchers>>}) by (<<.GroupBy>>)',
        "resources": {"overrides": {"node": {"resource": "node"}, "namespace": {"resource": "namespace"}, "pod": {"resource": "pod"}}},
        "containerLabel": "container",
    },
    "window": "3m",
}


def adapter_values(args: ObservabilityArgs) -> dict:
    """prometheus-adapter serving Triton's queue time per request as a pods custom metric."""
    rules: dict = {"default": False, "custom": [queue_metric_rule()]}
    if args.serve_resource_metrics:
        rules["resource"] = RESOURCE_RULES
    return {
        "replicas": 2,
        "resources": resources.PROMETHEUS_ADAPTER,
        "prometheus": {"url": f"http://{prometheus_service(args.namespace)}", "port": PROMETHEUS_PORT},
        "rules": rules,
        "podDisruptionBudget": {"enabled": True, "maxUnavailable": 1},
        "podLabels": {CLASSIFICATION_LABEL: DataClassification.INTERNAL.value},
    }


def istio_merged_metrics_podmonitor_spec(namespaces: Sequence[str]) -> dict:
    """Scrape the sidecar's merged endpoint (app + Envoy metrics) that istiod's prometheus.io rewrite points at."""
    return {
        "selector": {"matchLabels": {"app.kubernetes.io/part-of": PART_OF}},
        "namespaceSelector": {"matchNames": list(namespaces)},
        "jobLabel": "envoy-stats",
        "podMetricsEndpoints": [
            {
                "path": "/stats/prometheus",
                "interval": "15s",
                "relabelings": [
                    {"action": "keep", "sourceLabels": ["__meta_kubernetes_pod_container_name"], "regex": "istio-proxy"},
                    {"action": "keep", "sourceLabels": ["__meta_kubernetes_pod_annotationpresent_prometheus_io_scrape"]},
                    {
                        "action": "replace",
                        "sourceLabels": ["__meta_kubernetes_pod_annotation_prometheus_io_port", "__meta_kubernetes_pod_ip"],
                        "regex": "(\\d+);(([A-Fa-f0-9]{1,4}::?){1,7}[A-Fa-f0-9]{1,4})",
                        "replacement": "[$2]:$1",
                        "targetLabel": "__address__",
                    },
                    {
                        "action": "replace",
                        "sourceLabels": ["__meta_kubernetes_pod_annotation_prometheus_io_port", "__meta_kubernetes_pod_ip"],
                        "regex": "(\\d+);((([0-9]+?)(\\.|$)){4})",
                        "replacement": "$2:$1",
                        "targetLabel": "__address__",
                    },
                ],
            }
        ],
    }


class Observability(LoomComponent):
    """Prometheus (kube-prometheus-stack) and prometheus-adapter: the metrics Triton's HPA scales on.

    Children: namespace `loom-monitoring` (`<name>-ns`, outside the mesh), a PrometheusRule with
    Triton alerts (`<name>-triton-alerts`), Helm releases `loom-kps`
    (`<name>-prometheus`) and `prometheus-adapter` (`<name>-adapter`, custom rule
    `triton_queue_duration_per_request_us` = rate(nv_inference_queue_duration_us) /
    rate(nv_inference_request_success) per pod), and a PodMonitor scraping Istio's merged metrics
    endpoint of loom pods (`<name>-mesh-podmonitor`).

    Delete: uninstalls both releases and the namespace; Prometheus' volume follows the StorageClass
    reclaim policy (metrics history is not business data and is not protected).
    """

    namespace: pulumi.Output[str]
    """The monitoring namespace (created here, outside the mesh)."""
    prometheus_url: pulumi.Output[str]
    """http://loom-kps-prometheus.<ns>.svc.cluster.local:9090."""
    queue_metric_name: pulumi.Output[str]
    """The pods custom metric Triton's HPA uses (triton_queue_duration_per_request_us)."""

    def __init__(self, name: str, args: ObservabilityArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        child = self.k8s_opts

        ns = k8s.core.v1.Namespace(
            f"{name}-ns",
            metadata={
                "name": args.namespace,
                "labels": {
                    "app.kubernetes.io/part-of": PART_OF,
                    "app.kubernetes.io/managed-by": MANAGED_BY,
                    CLASSIFICATION_LABEL: DataClassification.INTERNAL.value,
                    # Outside the mesh: scrapes the plaintext merged-metrics port, and the API server
                    # (not a mesh client) calls the adapter.
                    INJECTION_LABEL: "disabled",
                },
            },
            opts=child(),
        )
        kps = k8s.helm.v3.Release(
            f"{name}-prometheus",
            charts.KUBE_PROMETHEUS_STACK.release_args(KPS_RELEASE, ns.metadata.name, kube_prometheus_values(args), timeout=900),
            opts=child(),
        )
        k8s.helm.v3.Release(
            f"{name}-adapter",
            charts.PROMETHEUS_ADAPTER.release_args(ADAPTER_RELEASE, ns.metadata.name, adapter_values(args)),
            opts=child(depends_on=[kps]),
        )
        k8s.apiextensions.CustomResource(
            f"{name}-mesh-podmonitor",
            api_version="monitoring.coreos.com/v1",
            kind="PodMonitor",
            metadata={"name": "loom-mesh-workloads", "namespace": args.namespace},
            spec=istio_merged_metrics_podmonitor_spec(args.scrape_namespaces),
            opts=child(depends_on=[kps]),
        )
        k8s.apiextensions.CustomResource(
            f"{name}-triton-alerts",
            api_version="monitoring.coreos.com/v1",
            kind="PrometheusRule",
            metadata={"name": "loom-triton", "namespace": args.namespace, "labels": {"app.kubernetes.io/part-of": PART_OF}},
            spec={"groups": [{"name": "loom-triton", "rules": alert_rules(args.triton_queue_alert_us)}]},
            opts=child(depends_on=[kps]),
        )
        self.namespace = ns.metadata.name
        self.prometheus_url = kps.status.apply(lambda _: f"http://{prometheus_service(args.namespace)}:{PROMETHEUS_PORT}")
        self.queue_metric_name = pulumi.Output.from_input(QUEUE_METRIC)
        self.register_outputs(
            {"namespace": self.namespace, "prometheus_url": self.prometheus_url, "queue_metric_name": self.queue_metric_name}
        )

    @staticmethod
    def _validate(args: ObservabilityArgs) -> None:
        c = "Observability"
        check_dns_label(c, "namespace", args.namespace)
        for ns in args.scrape_namespaces:
            check_dns_label(c, "scrape_namespaces", ns)
        if not args.scrape_namespaces:
            fail(c, "scrape_namespaces", [], "at least one namespace (Triton's must be among them for its HPA)")
        check_positive_int(c, "storage_gb", args.storage_gb)
        check_positive_int(c, "prometheus_replicas", args.prometheus_replicas)
        check_positive_int(c, "triton_queue_alert_us", args.triton_queue_alert_us)
        import re

        if not re.match(r"^\d+(ms|s|m|h|d|w|y)$", str(args.retention)):
            fail(c, "retention", args.retention, "a Prometheus duration such as 15d, 12h or 4w")
