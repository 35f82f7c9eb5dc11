"""The drift check: per-feature KL(current || reference), thresholds, minimum window size."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

import numpy as np
import pyarrow as pa

from workloads.drift.features import COLUMNS, FEATURES, columns_from_table, histograms
from workloads.drift.kl import DEFAULT_ALPHA, kl_divergence
from workloads.drift.windows import Window
from workloads.lake import Lake

DEFAULT_THRESHOLD = 0.05
DEFAULT_MIN_EVENTS = 100


@dataclass
class FeatureDrift:
    feature: str
    kl: float | None
    threshold: float
    drifted: bool
    reason: str
    reference: list[int] = field(default_factory=list)
    current: list[int] = field(default_factory=list)


@dataclass
class DriftReport:
    reference: dict[str, str]
    current: dict[str, str]
    reference_n: int
    current_n: int
    min_events: int
    features: list[FeatureDrift]
    checked_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())

    @property
    def drifted(self) -> list[str]:
        return [f.feature for f in self.features if f.drifted]

    @property
    def triggered(self) -> bool:
        """Retraining starts when any feature's KL is strictly above its threshold."""
        return bool(self.drifted)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["drifted"] = self.drifted
        d["triggered"] = self.triggered
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)


def _ts_mask(ts: np.ndarray, w: Window) -> np.ndarray:
    lo = np.datetime64(int(w.start.timestamp() * 1_000_000), "us")
    hi = np.datetime64(int(w.end.timestamp() * 1_000_000), "us")
    return (ts >= lo) & (ts < hi)


def _corrected(lake: Lake, w: Window) -> int:
    t = lake.read("corrections", ["request_id"], start=w.start, end=w.end)
    return len(set(t.column("request_id").to_pylist())) if t.num_rows else 0


def check_drift(
    lake: Lake,
    reference: Window,
    current: Window,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    thresholds: Mapping[str, float] | None = None,
    min_events: int = DEFAULT_MIN_EVENTS,
    alpha: float = DEFAULT_ALPHA,
) -> DriftReport:
    """Read only the needed columns of both windows once and compare their histograms."""
    overrides = dict(thresholds or {})
    unknown = set(overrides) - set(FEATURES)
    if unknown:
        raise ValueError(f"thresholds: unknown feature(s) {sorted(unknown)}; known: {', '.join(FEATURES)}")
    lo, hi = min(reference.start, current.start), max(reference.end, current.end)
    table: pa.Table = lake.read("interactions", COLUMNS, start=lo, end=hi)
    ts = table.column("ts").combine_chunks().to_numpy(zero_copy_only=False) if table.num_rows else np.array([], "datetime64[us]")
    ts = ts.astype("datetime64[us]", copy=False)
    ref_cols = columns_from_table(table, _ts_mask(ts, reference), _corrected(lake, reference))
    cur_cols = columns_from_table(table, _ts_mask(ts, current), _corrected(lake, current))
    n_clusters = int(max(ref_cols.cluster.max(initial=-1), cur_cols.cluster.max(initial=-1)) + 1)
    ref_h, cur_h = histograms(ref_cols, n_clusters), histograms(cur_cols, n_clusters)

    too_small = []
    if ref_cols.n < min_events:
        too_small.append(f"reference window has {ref_cols.n} interactions")
    if cur_cols.n < min_events:
        too_small.append(f"current window has {cur_cols.n} interactions")
    features = []
    for name in FEATURES:
        limit = float(overrides.get(name, threshold))
        r, c = ref_h[name], cur_h[name]
        if too_small:
            features.append(FeatureDrift(name, None, limit, False, f"not checked: {' and '.join(too_small)}; at least {min_events} needed", r.tolist(), c.tolist()))
            continue
        kl = kl_divergence(c, r, alpha)
        drifted = kl > limit  # strictly greater: a KL equal to the threshold is not drift
        reason = f"KL {kl:.4f} {'>' if drifted else '<='} {limit:g}"
        features.append(FeatureDrift(name, kl, limit, drifted, reason, r.tolist(), c.tolist()))
    return DriftReport(reference.to_dict(), current.to_dict(), ref_cols.n, cur_cols.n, min_events, features)
