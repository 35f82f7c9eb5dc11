"""The telemetry lake: versioned event schemas and an exactly-once Delta Lake writer/reader."""

from workloads.lake.schemas import SCHEMA_VERSION, SCHEMAS, validate
from workloads.lake.interactions import assign_cluster, correction_event, interaction_event, kpi_event
from workloads.lake.store import Lake, LakeError, WriteResult, default_lake_uri, storage_options_from_env

__all__ = ["assign_cluster", "correction_event", "interaction_event", "kpi_event", "SCHEMA_VERSION", "SCHEMAS", "Lake", "LakeError", "WriteResult", "default_lake_uri", "storage_options_from_env", "validate"]
