"""Loom's CrossGuard rules, one module per concern. Every rule runs with its defaults."""

from . import clusters, databases, mesh, network, pss, residency, secrets, storage, workloads

ALL_POLICIES = [
    *mesh.POLICIES,
    *pss.POLICIES,
    *workloads.POLICIES,
    *network.POLICIES,
    *secrets.POLICIES,
    *storage.POLICIES,
    *databases.POLICIES,
    *clusters.POLICIES,
    *residency.POLICIES,
]

__all__ = ["ALL_POLICIES"]
