"""Facts about the machines node pools are made of, and what the kubelet leaves to pods on them.

Committed from primary sources; a machine missing here makes the scheduling check say so (it never
guesses a size):
- AWS: "Amazon EC2 instance type specifications", general purpose (docs.aws.amazon.com/ec2/latest/
  instancetypes/gp.html) and accelerated computing (ac.html): vCPUs, memory, GPUs. Max pods: VPC CNI
  without prefix delegation, ENIs x (IPv4 addresses per ENI - 1) + 2, from awslabs/amazon-eks-ami
  nodeadm/internal/kubelet/instance-info.jsonl at 81fec2e8 (2026-07-23).
- Google Cloud: "General-purpose machine family" (cloud.google.com/compute/docs/general-purpose-machines,
  E2/N2 standard) and "Accelerator-optimized machine family" (accelerator-optimized-machines#g2-vms);
  Compute Engine's GB are 2^30 bytes.
- Azure: "Ddsv5 sizes series" (learn.microsoft.com/azure/virtual-machines/sizes/general-purpose/ddsv5-series),
  "Dsv5" and "NCasT4_v3 sizes series" (.../gpu-accelerated/ncast4v3-series).

Allocatable = capacity - kube-reserved (- system-reserved) - hard eviction threshold, per platform:
- EKS (AL2023 nodeadm, awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go at 81fec2e8):
  CPU 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four;
  memory 11 MiB x maxPods + 255 MiB; evictionHard memory.available 100Mi.
- GKE ("Plan GKE node sizes", cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes
  #memory_and_cpu_reservations): the same CPU tiers; memory 25% of the first 4 GiB, 20% of the next 4,
  10% of the next 8, 6% of the next 112, 2% above 128 GiB (255 MiB under 1 GiB); eviction 100 MiB.
- AKS 1.29+ ("Node resource reservations", learn.microsoft.com/azure/aks/node-resource-reservations):
  CPU 60/100/140/180/260/420/740 m for 1/2/4/8/16/32/64 cores; memory min(20 MB x maxPods + 50 MB,
  25% of the VM) plus 100 Mi eviction. Max pods: 250 with Azure CNI Overlay (Loom's network plugin).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

GIB = 2**30
MIB = 2**20


@dataclass(frozen=True)
class Machine:
    vcpus: int
    memory_gib: float
    gpus: int = 0
    gpu_model: str = ""
    max_pods: Optional[int] = None
    """Pods the kubelet admits (EKS: the VPC CNI's IP limit); None: the platform's default."""


def _eni(enis: int, ips: int) -> int:
    return enis * (ips - 1) + 2


AWS: dict[str, Machine] = {
    "m6i.large": Machine(2, 8, max_pods=_eni(3, 10)),
    "m6i.xlarge": Machine(4, 16, max_pods=_eni(4, 15)),
    "m6i.2xlarge": Machine(8, 32, max_pods=_eni(4, 15)),
    "m7i.large": Machine(2, 8, max_pods=_eni(3, 10)),
    "m7i.xlarge": Machine(4, 16, max_pods=_eni(4, 15)),
    "m7i.2xlarge": Machine(8, 32, max_pods=_eni(4, 15)),
    "m7i.4xlarge": Machine(16, 64, max_pods=_eni(8, 30)),
    "g5.xlarge": Machine(4, 16, 1, "A10G", _eni(4, 15)),
    "g5.2xlarge": Machine(8, 32, 1, "A10G", _eni(4, 15)),
    "g5.4xlarge": Machine(16, 64, 1, "A10G", _eni(8, 30)),
    "g5.8xlarge": Machine(32, 128, 1, "A10G", _eni(8, 30)),
    "g5.12xlarge": Machine(48, 192, 4, "A10G", _eni(15, 50)),
    "g6.xlarge": Machine(4, 16, 1, "L4", _eni(4, 15)),
    "g6.2xlarge": Machine(8, 32, 1, "L4", _eni(4, 15)),
    "g6.4xlarge": Machine(16, 64, 1, "L4", _eni(8, 30)),
    "g6.8xlarge": Machine(32, 128, 1, "L4", _eni(8, 30)),
    "g6.12xlarge": Machine(48, 192, 4, "L4", _eni(8, 30)),
    "g6.16xlarge": Machine(64, 256, 1, "L4", _eni(15, 50)),
    "g6.24xlarge": Machine(96, 384, 4, "L4", _eni(15, 50)),
    "g6.48xlarge": Machine(192, 768, 8, "L4", _eni(15, 50)),
    "g6e.xlarge": Machine(4, 32, 1, "L40S", _eni(4, 15)),
    "g6e.2xlarge": Machine(8, 64, 1, "L40S", _eni(4, 15)),
}

GCP: dict[str, Machine] = {
    "e2-standard-2": Machine(2, 8),
    "e2-standard-4": Machine(4, 16),
    "e2-standard-8": Machine(8, 32),
    "e2-standard-16": Machine(16, 64),
    "n2-standard-4": Machine(4, 16),
    "n2-standard-8": Machine(8, 32),
    "n2-standard-16": Machine(16, 64),
    "g2-standard-4": Machine(4, 16, 1, "L4"),
    "g2-standard-8": Machine(8, 32, 1, "L4"),
    "g2-standard-12": Machine(12, 48, 1, "L4"),
    "g2-standard-16": Machine(16, 64, 1, "L4"),
    "g2-standard-24": Machine(24, 96, 2, "L4"),
    "g2-standard-32": Machine(32, 128, 1, "L4"),
    "g2-standard-48": Machine(48, 192, 4, "L4"),
}
"""GPUs here are those a G2 machine type includes; N1 types take `guest_accelerators` (counted from the pool)."""

AZURE: dict[str, Machine] = {
    "Standard_D2ds_v5": Machine(2, 8),
    "Standard_D4ds_v5": Machine(4, 16),
    "Standard_D8ds_v5": Machine(8, 32),
    "Standard_D16ds_v5": Machine(16, 64),
    "Standard_D4s_v5": Machine(4, 16),
    "Standard_D8s_v5": Machine(8, 32),
    "Standard_NC4as_T4_v3": Machine(4, 28, 1, "T4"),
    "Standard_NC8as_T4_v3": Machine(8, 56, 1, "T4"),
    "Standard_NC16as_T4_v3": Machine(16, 110, 1, "T4"),
    "Standard_NC64as_T4_v3": Machine(64, 440, 4, "T4"),
}

AKS_OVERLAY_MAX_PODS = 250
EVICTION_BYTES = 100 * MIB


def _tiered_cpu_reserved(vcpus: float) -> float:
    """EKS and GKE: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above four (cores)."""
    tiers = [(1, 0.06), (1, 0.01), (2, 0.005), (float("inf"), 0.0025)]
    left, out = vcpus, 0.0
    for size, rate in tiers:
        take = min(left, size)
        out += take * rate
        left -= take
        if left <= 0:
            break
    return out


def eks_allocatable(m: Machine) -> tuple[float, float]:
    max_pods = m.max_pods or 110
    cpu = m.vcpus - _tiered_cpu_reserved(m.vcpus)
    memory = m.memory_gib * GIB - (11 * max_pods + 255) * MIB - EVICTION_BYTES
    return cpu, memory


def gke_allocatable(m: Machine) -> tuple[float, float]:
    total = m.memory_gib * GIB
    if m.memory_gib < 1:
        reserved: float = 255 * MIB
    else:
        reserved, left = 0.0, m.memory_gib
        for size, rate in ((4, 0.25), (4, 0.20), (8, 0.10), (112, 0.06), (float("inf"), 0.02)):
            take = min(left, size)
            reserved += take * rate * GIB
            left -= take
            if left <= 0:
                break
    return m.vcpus - _tiered_cpu_reserved(m.vcpus), total - reserved - EVICTION_BYTES


_AKS_CPU = [(1, 0.060), (2, 0.100), (4, 0.140), (8, 0.180), (16, 0.260), (32, 0.420), (64, 0.740)]


def aks_allocatable(m: Machine, max_pods: int = AKS_OVERLAY_MAX_PODS) -> tuple[float, float]:
    reserved_cpu = _AKS_CPU[-1][1]
    for cores, reserved in _AKS_CPU:
        if m.vcpus <= cores:
            reserved_cpu = reserved
            break
    total = m.memory_gib * GIB
    kube_reserved = min((20 * max_pods + 50) * 10**6, 0.25 * total)
    return m.vcpus - reserved_cpu, total - kube_reserved - EVICTION_BYTES
