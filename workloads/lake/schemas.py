"""Versioned event schemas of the telemetry lake (interaction, correction, kpi) and their checks.

Every row carries `schema_version`. A minor change only adds nullable columns (old readers keep
working, Delta's schema evolution merges them); a major change is a new table name. Validation
returns a reason string instead of raising, so a writer can quarantine one bad event and keep
the rest of its batch.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any, Mapping

import pyarrow as pa

SCHEMA_VERSION = 1
"""Current version written into every row."""

TS = pa.timestamp("us", tz="UTC")

INTERACTION = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("request_id", pa.string(), nullable=False),
        pa.field("ts", TS, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
        pa.field("model", pa.string(), nullable=False),
        pa.field("model_version", pa.string(), nullable=False),
        pa.field("prompt_id", pa.string()),
        pa.field("prompt_version", pa.string()),
        pa.field("question", pa.string(), nullable=False),  # redacted when the guard flagged it
        pa.field("answer", pa.string(), nullable=False),  # redacted when the guard flagged it
        pa.field("question_cluster", pa.int16(), nullable=False),  # -1: no reference centroids yet
        pa.field("answer_length", pa.int32(), nullable=False),
        pa.field("latency_ms", pa.float64(), nullable=False),
        pa.field("guard_flagged", pa.bool_(), nullable=False),
        pa.field("guard_findings", pa.list_(pa.string()), nullable=False),  # categories found
        pa.field("sources", pa.list_(pa.string()), nullable=False),  # chunk ids cited
        pa.field("date", pa.string(), nullable=False),  # partition column, YYYY-MM-DD of ts
    ]
)

CORRECTION = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("request_id", pa.string(), nullable=False),
        pa.field("ts", TS, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
        pa.field("corrected_answer", pa.string()),  # exactly one of corrected_answer / source_id
        pa.field("source_id", pa.string()),
        pa.field("author", pa.string(), nullable=False),
        pa.field("date", pa.string(), nullable=False),
    ]
)

KPI = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("ts", TS, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("value", pa.float64(), nullable=False),
        pa.field("dimensions", pa.map_(pa.string(), pa.string()), nullable=False),
        pa.field("date", pa.string(), nullable=False),
    ]
)

QUARANTINE = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),  # hash of the raw payload when it had no id
        pa.field("ts", TS, nullable=False),
        pa.field("table", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("payload", pa.string(), nullable=False),  # JSON; text fields already guarded/redacted
        pa.field("date", pa.string(), nullable=False),
    ]
)

DRIFT_REPORT = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("ts", TS, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
        pa.field("feature", pa.string(), nullable=False),
        pa.field("kl", pa.float64()),  # null when the window was too small
        pa.field("threshold", pa.float64(), nullable=False),
        pa.field("drifted", pa.bool_(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("reference_n", pa.int64(), nullable=False),
        pa.field("current_n", pa.int64(), nullable=False),
        pa.field("report", pa.string(), nullable=False),  # the whole JSON report
        pa.field("date", pa.string(), nullable=False),
    ]
)

CENTROIDS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),  # "<set_id>:<cluster>"
        pa.field("ts", TS, nullable=False),
        pa.field("schema_version", pa.int16(), nullable=False),
        pa.field("set_id", pa.string(), nullable=False),  # one set per reference fit; the newest is used
        pa.field("cluster", pa.int16(), nullable=False),
        pa.field("vector", pa.list_(pa.float32()), nullable=False),  # L2-normalised question-embedding centroid
        pa.field("date", pa.string(), nullable=False),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "interactions": INTERACTION,
    "corrections": CORRECTION,
    "kpis": KPI,
    "quarantine": QUARANTINE,
    "drift_reports": DRIFT_REPORT,
    "centroids": CENTROIDS,
}

MAX_TEXT = 100_000


def to_utc(value: Any) -> datetime | None:
    """datetime, ISO string or epoch seconds -> aware UTC datetime; None if not a time."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return datetime.fromtimestamp(value, tz=timezone.utc)
    if isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
    return None


def _text(row: Mapping[str, Any], key: str, *, required: bool = True, max_len: int = MAX_TEXT) -> str | None:
    v = row.get(key)
    if v is None or v == "":
        return f"{key} is missing" if required else None
    if not isinstance(v, str):
        return f"{key} = {v!r} must be a string"
    if len(v) > max_len:
        return f"{key} is {len(v)} characters; at most {max_len} allowed"
    return None


def _number(row: Mapping[str, Any], key: str, *, minimum: float = 0.0) -> str | None:
    v = row.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < minimum:
        return f"{key} = {v!r} must be a finite number >= {minimum:g}"
    return None


def _str_list(row: Mapping[str, Any], key: str) -> str | None:
    v = row.get(key)
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        return f"{key} = {v!r} must be a list of strings"
    return None


def validate(table: str, row: Mapping[str, Any]) -> str | None:
    """None when `row` fits `table`'s schema; otherwise the first problem, in words."""
    if not isinstance(row, Mapping):
        return f"event is a {type(row).__name__}, not an object"
    for key in ("event_id",):
        if (err := _text(row, key, max_len=200)) is not None:
            return err
    if to_utc(row.get("ts")) is None:
        return f"ts = {row.get('ts')!r} must be an ISO-8601 time, a datetime or epoch seconds"
    sv = row.get("schema_version", SCHEMA_VERSION)
    if sv != SCHEMA_VERSION:
        return f"schema_version = {sv!r} is not supported; this writer accepts {SCHEMA_VERSION}"
    if table == "interactions":
        for key in ("request_id", "model", "model_version"):
            if (err := _text(row, key, max_len=200)) is not None:
                return err
        for key in ("question", "answer"):
            if (err := _text(row, key)) is not None:
                return err
        for key in ("prompt_id", "prompt_version"):
            if (err := _text(row, key, required=False, max_len=200)) is not None:
                return err
        if (err := _number(row, "latency_ms")) is not None:
            return err
        qc = row.get("question_cluster", -1)
        if isinstance(qc, bool) or not isinstance(qc, int) or not -1 <= qc < 32768:
            return f"question_cluster = {qc!r} must be an integer in [-1, 32767]"
        for key in ("guard_findings", "sources"):
            if (err := _str_list(row, key)) is not None:
                return err
        if not isinstance(row.get("guard_flagged"), bool):
            return "guard_flagged is missing: the output guard must run before an interaction is stored"
        return None
    if table == "corrections":
        if (err := _text(row, "request_id", max_len=200)) is not None:
            return err
        if (err := _text(row, "author", max_len=200)) is not None:
            return err
        has_answer, has_source = bool(row.get("corrected_answer")), bool(row.get("source_id"))
        if has_answer == has_source:
            return "a correction needs exactly one of corrected_answer or source_id"
        return _text(row, "corrected_answer" if has_answer else "source_id", max_len=MAX_TEXT if has_answer else 500)
    if table == "kpis":
        if (err := _text(row, "name", max_len=200)) is not None:
            return err
        v = row.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            return f"value = {v!r} must be a finite number"
        dims = row.get("dimensions", {})
        if not isinstance(dims, Mapping) or not all(isinstance(k, str) and isinstance(x, str) for k, x in dims.items()):
            return f"dimensions = {dims!r} must map strings to strings"
        return None
    if table in ("quarantine", "drift_reports", "centroids"):
        return None
    return f"unknown table {table!r}; known: {', '.join(SCHEMAS)}"


def normalise(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A validated row with defaults filled in, the time in UTC and the date partition set."""
    out = {name: row.get(name) for name in SCHEMAS[table].names}
    ts = to_utc(row["ts"])
    if ts is None:  # validate() refuses such a row first
        raise ValueError(f"{table}: ts = {row['ts']!r} is not a time")
    out["ts"] = ts
    out["date"] = ts.strftime("%Y-%m-%d")
    if "schema_version" in out:
        out["schema_version"] = SCHEMA_VERSION
    if table == "interactions":
        out["question_cluster"] = int(row.get("question_cluster", -1))
        out["answer_length"] = int(row.get("answer_length", len(row["answer"])))
        out["latency_ms"] = float(row["latency_ms"])
    if table == "kpis":
        out["value"] = float(row["value"])
        out["dimensions"] = list(dict(row.get("dimensions") or {}).items())
    return out
