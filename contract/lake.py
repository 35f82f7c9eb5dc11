"""The telemetry lake's format, shared by the component that provisions it, the workloads that
write it and the outputs contract that tells app teams how to read it."""

from __future__ import annotations

LAKE_FORMAT = "delta"
"""The lake is a set of Delta Lake tables (see docs/outputs.md and issue 6)."""

LAKE_TABLES = ("interactions", "corrections", "kpis", "quarantine", "drift_reports", "centroids")
"""The Delta tables, each a directory at the lake's root (`<uri>/<table>/`): the names the
workloads write (workloads.lake.schemas.SCHEMAS) and that nothing else may write under (the
collector's raw prefix)."""
