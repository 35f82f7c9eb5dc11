"""Loom's CrossGuard rules, one module per concern. Every rule runs with its defaults."""

from . import clusters, databases, mesh, residency, storage, workloads

ALL_POLICIES = [
    *mesh.POLICIES,
    *workloads.POLICIES,
    *storage.POLICIES,
    *databases.POLICIES,
    *clusters.POLICIES,
    *residency.POLICIES,
]

__all__ = ["ALL_POLICIES"]
