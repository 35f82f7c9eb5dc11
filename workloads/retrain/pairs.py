"""Training pairs from the lake: each correction joined to the interaction it corrects.

A correction names a request; the question comes from that request's interaction (already
guarded/redacted), the positive passage is either the corrected answer or the text of the
source the user chose. The Delta versions read are returned so MLflow records the exact
snapshot the model was trained on (time travel reproduces it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

import pyarrow as pa

from workloads.lake import Lake


@dataclass(frozen=True)
class Pair:
    request_id: str
    question: str
    passage: str
    source_id: str | None


@dataclass(frozen=True)
class Snapshot:
    interactions_version: int | None
    corrections_version: int | None

    def to_params(self) -> dict[str, str]:
        return {"lake.interactions.version": str(self.interactions_version), "lake.corrections.version": str(self.corrections_version)}


def corrections_joined(lake: Lake, snapshot: Snapshot | None = None) -> pa.Table:
    """Corrections inner-joined to their interactions on request_id (latest correction wins):
    request_id, question, corrected_answer, source_id, sources (the chunk ids rag retrieved, in
    the order it numbered them in the prompt)."""
    snap = snapshot or Snapshot(lake.version("interactions"), lake.version("corrections"))
    inter = lake.read("interactions", ["request_id", "question", "sources"], version=snap.interactions_version)
    corr = lake.read("corrections", ["request_id", "ts", "corrected_answer", "source_id"], version=snap.corrections_version)
    if corr.num_rows == 0 or inter.num_rows == 0:
        return pa.table({"request_id": pa.array([], pa.string()), "question": pa.array([], pa.string()),
                         "corrected_answer": pa.array([], pa.string()), "source_id": pa.array([], pa.string()),
                         "sources": pa.array([], pa.list_(pa.string()))})
    corr = _first_per_request(corr.sort_by([("request_id", "ascending"), ("ts", "descending")])).drop_columns(["ts"])
    inter = _first_per_request(inter.sort_by([("request_id", "ascending")]))
    # Acero joins no list columns: join on a row number, then take `sources` by it.
    sources = inter.column("sources")
    inter = inter.drop_columns(["sources"]).append_column("_row", pa.array(range(inter.num_rows), pa.int64()))
    joined = corr.join(inter, "request_id", join_type="inner").sort_by([("request_id", "ascending")])
    joined = joined.append_column("sources", sources.take(joined.column("_row")))
    return joined.select(["request_id", "question", "corrected_answer", "source_id", "sources"])


def _first_per_request(table: pa.Table) -> pa.Table:
    """The first row of each run of equal request ids (the table is sorted by request_id)."""
    ids = table.column("request_id").to_pylist()
    return table.take(pa.array([i for i, r in enumerate(ids) if i == 0 or ids[i - 1] != r], pa.int64()))


def training_pairs(
    lake: Lake, passage_of: Callable[[str], str | None] | Mapping[str, str], snapshot: Snapshot | None = None
) -> tuple[list[Pair], Snapshot, int]:
    """(pairs, snapshot, corrections that could not be used: unknown source id)."""
    snap = snapshot or Snapshot(lake.version("interactions"), lake.version("corrections"))
    lookup = passage_of.get if isinstance(passage_of, Mapping) else passage_of
    pairs, skipped = [], 0
    for row in corrections_joined(lake, snap).to_pylist():
        passage = row["corrected_answer"] or (lookup(row["source_id"]) if row["source_id"] else None)
        if not passage:
            skipped += 1
            continue
        pairs.append(Pair(row["request_id"], row["question"], passage, row["source_id"]))
    return pairs, snap, skipped
