"""Pinned Helm charts: one place to bump a version, and the repository each comes from.

Versions were checked against the charts' own Chart.yaml; bump them here, run the component tests,
and read the chart's upgrade notes: istio needs base/istiod/gateway on the same version (upgrade
istiod before the gateway), and Helm never upgrades CRDs, so a kube-prometheus-stack bump needs its
CRDs applied first (`kubectl apply --server-side -f charts/kube-prometheus-stack/charts/crds/crds/`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

import pulumi
import pulumi_kubernetes as k8s


@dataclass(frozen=True)
class ChartRef:
    chart: str
    version: str
    repo: str

    def repository_opts(self) -> k8s.helm.v3.RepositoryOptsArgs:
        return k8s.helm.v3.RepositoryOptsArgs(repo=self.repo)

    def release_args(
        self,
        name: str,
        namespace: pulumi.Input[str],
        values: Mapping[str, Any],
        *,
        version: Optional[str] = None,
        timeout: Optional[int] = None,
    ) -> k8s.helm.v3.ReleaseArgs:
        """A release of this chart (at `version` when a component's args override the pin), installed
        atomically: a failed install or upgrade rolls back and cleans up instead of leaving a half release.
        `timeout` (seconds) is for charts that take longer than Helm's default 300 to become ready."""
        return k8s.helm.v3.ReleaseArgs(
            name=name,
            chart=self.chart,
            version=self.version if version is None else version,
            repository_opts=self.repository_opts(),
            namespace=namespace,
            values=values,
            atomic=True,
            cleanup_on_fail=True,
            timeout=timeout,
        )


ISTIO_REPO = "https://istio-release.storage.googleapis.com/charts"
ISTIO_VERSION = "1.27.3"


def istio(chart: str, version: str = ISTIO_VERSION) -> ChartRef:
    """istio `base`, `istiod` or `gateway`; always installed at one shared version."""
    return ChartRef(chart, version, ISTIO_REPO)


MILVUS = ChartRef("milvus", "4.2.45", "https://zilliztech.github.io/milvus-helm/")
KUBE_PROMETHEUS_STACK = ChartRef("kube-prometheus-stack", "67.8.0", "https://prometheus-community.github.io/helm-charts")
PROMETHEUS_ADAPTER = ChartRef("prometheus-adapter", "4.11.0", "https://prometheus-community.github.io/helm-charts")
OTEL_COLLECTOR = ChartRef("opentelemetry-collector", "0.158.3", "https://open-telemetry.github.io/opentelemetry-helm-charts")
