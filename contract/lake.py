"""The telemetry lake's format, shared by the component that provisions it, the workloads that
write it and the outputs contract that tells app teams how to read it."""

from __future__ import annotations

LAKE_FORMAT = "delta"
"""The lake is a set of Delta Lake tables (see docs/outputs.md and issue 6)."""
