"""The NVIDIA device plugin DaemonSet (Helm), for clusters whose GPU nodes ship drivers but no plugin
(EKS AL2023 NVIDIA AMI, AKS GPU pools)."""

from __future__ import annotations

from typing import Mapping

import pulumi
import pulumi_kubernetes as k8s

REPO = "https://nvidia.github.io/k8s-device-plugin"


def device_plugin_values(node_selector: Mapping[str, str], toleration: Mapping[str, str]) -> dict:
    """Helm values: run only on GPU nodes, tolerate their taint, never be evicted first."""
    return {
        "nodeSelector": dict(node_selector),
        "tolerations": [dict(toleration), {"key": "CriticalAddonsOnly", "operator": "Exists"}],
        "priorityClassName": "system-node-critical",
    }


def device_plugin(name: str, version: str, node_selector: Mapping[str, str], toleration: Mapping[str, str],
                  opts: pulumi.ResourceOptions) -> k8s.helm.v3.Release:
    return k8s.helm.v3.Release(
        name,
        chart="nvidia-device-plugin",
        version=version,
        repository_opts={"repo": REPO},
        namespace="nvidia-device-plugin",
        create_namespace=True,
        values=device_plugin_values(node_selector, toleration),
        opts=opts,
    )
