"""Per-window histograms of the drift features, computed with numpy on columns read once.

- topic: question-embedding clusters against the reference centroids (bin 0 = unassigned)
- answer_length: log2 buckets of the answer length in characters
- guard_rate: guard flagged / not flagged
- correction_rate: interactions corrected / not corrected
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

FEATURES = ("topic", "answer_length", "guard_rate", "correction_rate")
LENGTH_EDGES = np.array([32, 64, 128, 256, 512, 1024, 2048, 4096], dtype=np.int64)
"""Upper edges of the answer-length buckets (characters); a last bucket holds everything longer."""
COLUMNS = ["ts", "question_cluster", "answer_length", "guard_flagged"]


@dataclass
class WindowColumns:
    """The columns of one window the features need (numpy views, no copies where possible)."""

    cluster: np.ndarray
    answer_length: np.ndarray
    guard_flagged: np.ndarray
    corrected: int

    @property
    def n(self) -> int:
        return int(self.cluster.shape[0])


def columns_from_table(table: pa.Table, mask: np.ndarray | None, corrected: int) -> WindowColumns:
    def col(name: str, dtype: type) -> np.ndarray:
        arr = table.column(name).combine_chunks() if table.num_rows else pa.array([], type=table.schema.field(name).type)
        a = arr.to_numpy(zero_copy_only=False).astype(dtype, copy=False)
        return a if mask is None else a[mask]

    return WindowColumns(col("question_cluster", np.int32), col("answer_length", np.int64), col("guard_flagged", np.bool_), corrected)


def histograms(w: WindowColumns, n_clusters: int) -> dict[str, np.ndarray]:
    n = w.n
    flagged = int(np.count_nonzero(w.guard_flagged))
    corrected = min(w.corrected, n)
    return {
        "topic": np.bincount(w.cluster + 1, minlength=n_clusters + 1)[: n_clusters + 1],
        "answer_length": np.bincount(np.searchsorted(LENGTH_EDGES, w.answer_length, side="right"), minlength=len(LENGTH_EDGES) + 1),
        "guard_rate": np.array([flagged, n - flagged]),
        "correction_rate": np.array([corrected, n - corrected]),
    }
