"""Reference topic centroids: k-means over reference question embeddings, kept in the lake.

Interactions store the index of their nearest centroid (`question_cluster`) at write time, so
the drift check reads one small integer column instead of 384 floats per event.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import numpy as np

from workloads.lake import Lake
from workloads.lake.schemas import SCHEMA_VERSION


def fit_centroids(embeddings: np.ndarray, k: int, seed: int = 7) -> np.ndarray:
    """k-means (scipy's kmeans2, k-means++ init) on L2-normalised embeddings; rows normalised."""
    from scipy.cluster.vq import kmeans2

    x = np.asarray(embeddings, dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    k = max(1, min(k, len(x)))
    centroids, _ = kmeans2(x, k, minit="++", seed=seed)
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True) + 1e-12
    return centroids.astype(np.float32)


def save_centroids(lake: Lake, centroids: np.ndarray) -> str:
    set_id = uuid.uuid4().hex[:12]
    now = datetime.now(timezone.utc)
    lake.append("centroids", [
        {"event_id": f"{set_id}:{i}", "ts": now, "schema_version": SCHEMA_VERSION, "set_id": set_id, "cluster": i, "vector": c.tolist()}
        for i, c in enumerate(centroids)
    ])
    return set_id


def load_centroids(lake: Lake) -> np.ndarray | None:
    """The newest centroid set, or None before the first fit."""
    t = lake.read("centroids", ["ts", "set_id", "cluster", "vector"])
    if t.num_rows == 0:
        return None
    rows = t.to_pylist()
    newest = max(rows, key=lambda r: r["ts"])["set_id"]
    chosen = sorted((r for r in rows if r["set_id"] == newest), key=lambda r: r["cluster"])
    return np.array([r["vector"] for r in chosen], dtype=np.float32)
