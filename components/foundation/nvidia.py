"""The NVIDIA device plugin DaemonSet (Helm), for clusters whose GPU nodes ship drivers but no plugin
(EKS AL2023 NVIDIA AMI, AKS GPU pools)."""

from __future__ import annotations

from typing import Mapping

import pulumi
import pulumi_kubernetes as k8s

from components.kube import charts, resources

NAMESPACE = "nvidia-device-plugin"


def gpu_node_affinity(node_selector: Mapping[str, str]) -> dict:
    """Node affinity requiring every label of `node_selector` (one term: all expressions must match)."""
    return {
        "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [
                    {"matchExpressions": [{"key": k, "operator": "In", "values": [v]} for k, v in sorted(node_selector.items())]}
                ]
            }
        }
    }


def device_plugin_values(node_selector: Mapping[str, str], toleration: Mapping[str, str]) -> dict:
    """Helm values: run only on GPU nodes, tolerate their taint, never be evicted first.

    The chart's default `affinity` requires a label NFD sets (`feature.node.kubernetes.io/pci-10de.present`)
    or `nvidia.com/gpu.present=true` (deployments/helm/nvidia-device-plugin/values.yaml at v0.17.1). Loom runs
    no NFD, and AKS GPU nodes carry neither label, so with the default the DaemonSet schedules nowhere and no
    `nvidia.com/gpu` resource ever appears (issue 10, defect 11). Helm replaces lists whole, so these terms
    replace the chart's: the plugin goes exactly where the GPU pool's own labels say."""
    return {
        "nodeSelector": dict(node_selector),
        "affinity": gpu_node_affinity(node_selector),
        "tolerations": [dict(toleration), {"key": "CriticalAddonsOnly", "operator": "Exists"}],
        "priorityClassName": "system-node-critical",
        "resources": resources.NVIDIA_DEVICE_PLUGIN,
    }


def device_plugin(name: str, version: str, node_selector: Mapping[str, str], toleration: Mapping[str, str],
                  opts: pulumi.ResourceOptions) -> k8s.helm.v3.Release:
    args = charts.NVIDIA_DEVICE_PLUGIN.release_args(
        None, NAMESPACE, device_plugin_values(node_selector, toleration), version=version, create_namespace=True)
    return k8s.helm.v3.Release(name, args, opts=opts)
