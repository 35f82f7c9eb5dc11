"""MetricsServer: the resource metrics API (metrics.k8s.io) on clusters that do not serve one.

HPAs with a CPU or memory target read that API: Triton's CPU fallback, istiod's and the gateway's HPAs. EKS
installs no metrics-server ("isn't deployed by default in Amazon EKS clusters",
docs.aws.amazon.com/eks/latest/userguide/metrics-server.html) and neither does kubeadm; GKE and AKS run their own
(AKS: learn.microsoft.com/azure/aks/use-metrics-server-vertical-pod-autoscaler) and k3s bundles one. The
Platform creates this component only where `foundation.resource_metrics` is False and prometheus-adapter is not
serving that API instead (issue 10, defect 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pulumi
import pulumi_kubernetes as k8s

from components.kube import charts
from components.kube.component import LoomComponent
from contract.settings import fixed, wiring
from components.kube.validation import check_positive_int

TYPE_TOKEN = "loom:metrics:MetricsServer"
RELEASE_NAME = "metrics-server"
NAMESPACE = "kube-system"


@dataclass
class MetricsServerArgs:
    """Arguments of `MetricsServer`: no stack settings (the Platform installs it where the cluster serves no resource
    metrics). Only `k8s_provider` is required."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    replicas: int = fixed(2, doc="metrics-server replicas; 2 with a PodDisruptionBudget keeps HPAs fed through node drains.")
    chart_version: str = fixed(charts.METRICS_SERVER.version, doc="kubernetes-sigs/metrics-server chart version.")


def metrics_server_values(args: MetricsServerArgs) -> dict:
    """Chart values (charts/metrics-server/values.yaml at the pinned tag): the chart's own arguments (kubelet
    address types, node status port, 15 s resolution) and API service, more replicas, a PDB when there are two."""
    values: dict = {"replicas": args.replicas}
    if args.replicas > 1:
        values["podDisruptionBudget"] = {"enabled": True, "minAvailable": 1}
    return values


class MetricsServer(LoomComponent):
    """metrics-server in kube-system (Helm release `metrics-server`, `<name>-release`), which registers the
    `v1beta1.metrics.k8s.io` APIService.

    Delete: removes metrics-server and the APIService; HPAs with resource targets stop getting data.
    """

    release_name: pulumi.Output[str]

    def __init__(self, name: str, args: MetricsServerArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        release = k8s.helm.v3.Release(
            f"{name}-release",
            charts.METRICS_SERVER.release_args(RELEASE_NAME, NAMESPACE, metrics_server_values(args), version=args.chart_version),
            opts=self.k8s_opts(),
        )
        self.release_name = release.name
        self.register_outputs({"release_name": self.release_name})

    @staticmethod
    def _validate(args: MetricsServerArgs) -> None:
        check_positive_int("MetricsServer", "replicas", args.replicas)
