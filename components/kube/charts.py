"""Pinned Helm charts: one place to bump a version, and the repository each comes from.

Every pin has committed facts (`loom/checks/facts/charts/<chart>-<version>.yaml`: the published index
entry and the chart's values paths, read from the chart's source at its tag); `loom preview` and the tests
fail for a pin without facts or a values path the chart does not have. To bump a pin: read the chart at
the new tag, regenerate its facts with `python -m loom.checks.chartfacts` (the command is at the top of
each facts file), run the tests, and read the chart's upgrade notes: istio needs base/istiod/gateway on
the same version (upgrade istiod before the gateway), and Helm never upgrades CRDs, so a
kube-prometheus-stack, Karpenter or cert-manager bump needs its CRDs applied first.
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

    @property
    def is_oci(self) -> bool:
        """Charts published only to an OCI registry (Karpenter): Helm takes `oci://<registry>/<chart>`."""
        return self.repo.startswith("oci://")

    def chart_ref(self) -> str:
        return f"{self.repo.rstrip('/')}/{self.chart}" if self.is_oci else self.chart

    def repository_opts(self) -> Optional[k8s.helm.v3.RepositoryOptsArgs]:
        return None if self.is_oci else k8s.helm.v3.RepositoryOptsArgs(repo=self.repo)

    def release_args(
        self,
        name: Optional[str],
        namespace: pulumi.Input[str],
        values: pulumi.Input[Mapping[str, Any]],
        *,
        version: Optional[str] = None,
        timeout: Optional[int] = None,
        atomic: bool = True,
        create_namespace: Optional[bool] = None,
    ) -> k8s.helm.v3.ReleaseArgs:
        """A release of this chart (at `version` when a component's args override the pin; `name` None lets
        Pulumi name the Helm release after the resource, with a random suffix), installed
        atomically: a failed install or upgrade rolls back and cleans up instead of leaving a half release.
        `timeout` (seconds) is for charts that take longer than Helm's default 300 to become ready;
        `atomic=False` only for operators whose readiness depends on hardware (the GPU operator's driver
        builds), where a rollback would remove what a slow node is still installing."""
        return k8s.helm.v3.ReleaseArgs(
            name=name,
            chart=self.chart_ref(),
            version=self.version if version is None else version,
            repository_opts=self.repository_opts(),
            namespace=namespace,
            create_namespace=create_namespace,
            values=values,
            atomic=True if atomic else None,
            cleanup_on_fail=True if atomic else None,
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
OTEL_COLLECTOR = ChartRef("opentelemetry-collector", "0.144.0", "https://open-telemetry.github.io/opentelemetry-helm-charts")
"""appVersion 0.144.0: the same collector-contrib version the stacks pin as the image (0.158.3 was never
published, issue 10 defect 1; the exporter keys Loom writes are checked against contrib 0.144.0's)."""
NVIDIA_DEVICE_PLUGIN = ChartRef("nvidia-device-plugin", "0.17.1", "https://nvidia.github.io/k8s-device-plugin")
GPU_OPERATOR = ChartRef("gpu-operator", "v25.3.0", "https://nvidia.github.io/gpu-operator/stable")
"""NVIDIA's GitHub Pages repository of the same releases as helm.ngc.nvidia.com/nvidia: its index (and so the
digest of each version) is readable in github.com/NVIDIA/gpu-operator's gh-pages branch."""
CLOUDNATIVE_PG = ChartRef("cloudnative-pg", "0.23.2", "https://cloudnative-pg.github.io/charts")
MINIO_OPERATOR = ChartRef("operator", "7.1.1", "https://operator.min.io")
METRICS_SERVER = ChartRef("metrics-server", "3.13.1", "https://kubernetes-sigs.github.io/metrics-server")
"""appVersion 0.8.1: the resource metrics API (metrics.k8s.io) for the CPU fallback of HPAs, on clusters without one."""
KARPENTER = ChartRef("karpenter", "1.14.1", "oci://public.ecr.aws/karpenter")
"""Supports Kubernetes 1.30-1.36 (Karpenter's compatibility matrix at v1.14.1); chart CRDs install with it."""
CERT_MANAGER = ChartRef("cert-manager", "v1.21.1", "https://charts.jetstack.io")

PINNED: tuple[ChartRef, ...] = (
    istio("base"), istio("istiod"), istio("gateway"), MILVUS, KUBE_PROMETHEUS_STACK, PROMETHEUS_ADAPTER,
    OTEL_COLLECTOR, NVIDIA_DEVICE_PLUGIN, GPU_OPERATOR, CLOUDNATIVE_PG, MINIO_OPERATOR, METRICS_SERVER, KARPENTER,
    CERT_MANAGER,
)
"""Every chart Loom installs (the tests require committed facts for each)."""
