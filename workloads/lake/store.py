"""The lake: Delta Lake tables on a local directory or object storage, written exactly once per event.

Why Delta Lake (deltalake, delta-rs): atomic commits through the transaction log on every store
Loom targets (local disk, S3, GCS, ADLS, MinIO), time travel (retraining records the table version
it read), schema evolution, and readers in every engine (pyarrow, duckdb, Spark). Why merge:
every append is a `MERGE ... WHEN NOT MATCHED INSERT` keyed on (date, event_id). A writer that
retries after a timeout, or two writers that both got the same event, insert it once; a commit
that loses a race with another writer raises CommitFailedError and is replayed against the new
table version, so nothing is lost either. See docs/loop.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import urlparse

import pyarrow as pa
import pyarrow.dataset as ds
from deltalake import DeltaTable, write_deltalake
from deltalake.exceptions import CommitFailedError, DeltaError, TableNotFoundError

from contract.env import LOOM_LAKE_URI, loom_home
from workloads.lake.schemas import SCHEMAS, normalise, validate

REMOTE_SCHEMES = ("s3", "s3a", "gs", "gcs", "abfss", "abfs", "az")
_ENV_PREFIXES = ("AWS_", "GOOGLE_", "AZURE_", "MINIO_")
MAX_COMMIT_ATTEMPTS = 50


class LakeError(Exception):
    """The lake cannot be reached or a write could not be committed."""


def storage_options_from_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Object-store settings (region, endpoint, workload-identity token files) from the environment.

    Never credentials in code: in clusters the pod's workload identity provides them through
    these variables (AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE, GOOGLE_APPLICATION_CREDENTIALS,
    AZURE_FEDERATED_TOKEN_FILE + AZURE_CLIENT_ID ...).
    """
    env = os.environ if env is None else env
    return {k: v for k, v in env.items() if k.startswith(_ENV_PREFIXES)}


def default_lake_uri() -> str:
    """`$LOOM_LAKE_URI`, else `$LOOM_HOME/lake`, else `<repo>/.loom/lake`."""
    if os.environ.get(LOOM_LAKE_URI):
        return os.environ[LOOM_LAKE_URI]
    return str(loom_home() / "lake")


@dataclass
class WriteResult:
    """What one append did: every input event is counted exactly once across the three numbers."""

    inserted: int = 0
    duplicates: int = 0
    quarantined: int = 0
    version: int | None = None
    reasons: list[str] = field(default_factory=list)


class Lake:
    """One lake root holding the tables named in `workloads.lake.schemas.SCHEMAS`."""

    def __init__(self, uri: str | os.PathLike[str] | None = None, storage_options: Mapping[str, str] | None = None) -> None:
        raw = str(uri) if uri is not None else default_lake_uri()
        parsed = urlparse(raw)
        if parsed.scheme == "file":
            raw = parsed.path
        self.remote = parsed.scheme in REMOTE_SCHEMES
        if parsed.scheme and not self.remote and parsed.scheme != "file" and len(parsed.scheme) > 1:
            raise LakeError(f"lake uri {raw!r}: scheme {parsed.scheme!r} is not supported; use a path, file://, s3://, gs:// or abfss://")
        self.uri = raw.rstrip("/")
        if not self.remote:
            Path(self.uri).mkdir(parents=True, exist_ok=True)
        self.storage_options = dict(storage_options) if storage_options is not None else storage_options_from_env()

    def table_uri(self, table: str) -> str:
        if table not in SCHEMAS:
            raise LakeError(f"unknown table {table!r}; known: {', '.join(SCHEMAS)}")
        return f"{self.uri}/{table}"

    # -- reading -------------------------------------------------------------------------------
    def delta(self, table: str) -> DeltaTable | None:
        try:
            return DeltaTable(self.table_uri(table), storage_options=self.storage_options or None)
        except TableNotFoundError:
            return None

    def version(self, table: str) -> int | None:
        dt = self.delta(table)
        return None if dt is None else dt.version()

    def read(
        self,
        table: str,
        columns: Sequence[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        version: int | None = None,
    ) -> pa.Table:
        """Rows with start <= ts < end (only the date partitions that can match are opened)."""
        dt = self.delta(table)
        schema = SCHEMAS[table]
        if dt is None:
            cols = list(columns) if columns else schema.names
            return pa.table({c: pa.array([], type=schema.field(c).type) for c in cols})
        if version is not None:
            dt.load_as_version(version)
        dataset = dt.to_pyarrow_dataset()
        flt = None
        if start is not None:
            flt = (ds.field("date") >= start.strftime("%Y-%m-%d")) & (ds.field("ts") >= pa.scalar(start, type=schema.field("ts").type))
        if end is not None:
            e = (ds.field("date") <= end.strftime("%Y-%m-%d")) & (ds.field("ts") < pa.scalar(end, type=schema.field("ts").type))
            flt = e if flt is None else flt & e
        return dataset.to_table(columns=list(columns) if columns else None, filter=flt)

    def contains(self, table: str, column: str, value: str) -> bool:
        """Whether any row has `column == value` (predicate pushed down to the Parquet files)."""
        dt = self.delta(table)
        if dt is None:
            return False
        return dt.to_pyarrow_dataset().head(1, columns=[column], filter=ds.field(column) == value).num_rows > 0

    # -- writing -------------------------------------------------------------------------------
    def append(self, table: str, events: Iterable[Mapping[str, Any]]) -> WriteResult:
        """Validate, quarantine the malformed, and insert each remaining event at most once."""
        result = WriteResult()
        good: dict[str, dict[str, Any]] = {}
        bad: list[dict[str, Any]] = []
        now = datetime.now(timezone.utc)
        for ev in events:
            reason = validate(table, ev)
            if reason is None:
                row = normalise(table, ev)
                if row["event_id"] in good:
                    result.duplicates += 1
                else:
                    good[row["event_id"]] = row
                continue
            payload = _json(ev)
            eid = ev.get("event_id") if isinstance(ev, Mapping) and isinstance(ev.get("event_id"), str) and ev.get("event_id") else None
            bad.append(
                {
                    "event_id": f"{table}:{eid or hashlib.sha256(payload.encode()).hexdigest()}",
                    "ts": now,
                    "table": table,
                    "reason": reason,
                    "payload": payload,
                    "date": now.strftime("%Y-%m-%d"),
                }
            )
            result.reasons.append(reason)
        if good:
            inserted, version = self._merge(table, list(good.values()))
            result.inserted = inserted
            result.duplicates += len(good) - inserted
            result.version = version
        if bad:
            self._merge("quarantine", bad)
            result.quarantined = len(bad)
        return result

    def _merge(self, table: str, rows: list[dict[str, Any]]) -> tuple[int, int]:
        schema = SCHEMAS[table]
        source = pa.Table.from_pylist(rows, schema=schema)
        uri = self.table_uri(table)
        opts = self.storage_options or None
        last: Exception | None = None
        for attempt in range(MAX_COMMIT_ATTEMPTS):
            try:
                dt = self.delta(table)
                if dt is None:
                    try:
                        # Creating the table is itself a commit (version 0) that only one writer wins.
                        write_deltalake(uri, source.slice(0, 0), partition_by=["date"], mode="error", storage_options=opts)
                    except (DeltaError, FileExistsError, OSError) as exc:
                        last = exc
                    dt = self.delta(table)
                    if dt is None:
                        raise LakeError(f"could not create table {uri}: {last}")
                metrics = (
                    dt.merge(
                        source=source,
                        predicate="t.date = s.date AND t.event_id = s.event_id",
                        source_alias="s",
                        target_alias="t",
                    )
                    .when_not_matched_insert_all()
                    .execute()
                )
                return int(metrics.get("num_target_rows_inserted", 0)), dt.version()
            except CommitFailedError as exc:  # another writer committed first: replay on the new version
                last = exc
                time.sleep(min(0.5, 0.01 * (2 ** min(attempt, 6))) * (0.5 + random.random()))
            except DeltaError as exc:
                if "concurrent" in str(exc).lower() or "conflict" in str(exc).lower():
                    last = exc
                    time.sleep(min(0.5, 0.01 * (2 ** min(attempt, 6))) * (0.5 + random.random()))
                    continue
                raise LakeError(f"write to {uri} failed: {exc}") from exc
        raise LakeError(f"write to {uri} failed after {MAX_COMMIT_ATTEMPTS} commit attempts: {last}")


def _json(value: Any) -> str:
    try:
        return json.dumps(value, default=str, sort_keys=True)
    except (TypeError, ValueError):
        return json.dumps(repr(value))
