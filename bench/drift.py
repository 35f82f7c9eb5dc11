"""Drift check over 10M interaction events vs a pandas groupby baseline, side by side in one run.

Goal: the check (read the needed columns of both windows from the Delta table + histograms +
KL for four features) in <= 3 s on 2 cores, and >= 10x the pandas baseline, which reads the
same table with `DeltaTable.to_pandas()` and builds the same histograms with `groupby`.
Usage: .venv/bin/python bench/drift.py [--events 10000000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pyarrow as pa
from deltalake import DeltaTable, write_deltalake
from scipy.stats import entropy

from workloads.drift import Window, check_drift
from workloads.drift.features import LENGTH_EDGES
from workloads.lake import Lake
from workloads.lake.schemas import INTERACTION

NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)


def make_lake(root: str, n: int, chunk: int = 1_000_000) -> Lake:
    """14 days of events: the last day shifted (topics and lengths), bulk-written per chunk."""
    rng = np.random.default_rng(7)
    uri = os.path.join(root, "interactions")
    start = NOW - timedelta(days=14)
    for off in range(0, n, chunk):
        m = min(chunk, n - off)
        secs = np.sort(rng.uniform(0, 14 * 86400, m))
        ts = (np.datetime64(start.replace(tzinfo=None), "us") + (secs * 1e6).astype("timedelta64[us]"))
        shifted = secs > 13 * 86400
        cluster = np.where(shifted, rng.integers(0, 16, m), rng.integers(0, 12, m)).astype(np.int16)
        length = np.where(shifted, rng.lognormal(6.0, 0.8, m), rng.lognormal(5.5, 0.7, m)).astype(np.int32)
        flagged = rng.random(m) < 0.02
        empty_list = pa.array([[]] * m, type=pa.list_(pa.string()))
        dates = pd.to_datetime(ts).strftime("%Y-%m-%d").to_numpy()
        tbl = pa.table(
            {
                "event_id": pa.array([f"e{off + i}" for i in range(m)]),
                "request_id": pa.array([f"r{off + i}" for i in range(m)]),
                "ts": pa.array(ts, type=pa.timestamp("us", tz="UTC")),
                "schema_version": pa.array(np.ones(m, np.int16)),
                "model": pa.array(["rag"] * m), "model_version": pa.array(["1"] * m),
                "prompt_id": pa.nulls(m, pa.string()), "prompt_version": pa.nulls(m, pa.string()),
                "question": pa.array(["q"] * m), "answer": pa.array(["a"] * m),
                "question_cluster": pa.array(cluster), "answer_length": pa.array(length),
                "latency_ms": pa.array(rng.uniform(5, 50, m)), "guard_flagged": pa.array(flagged),
                "guard_findings": empty_list, "sources": empty_list, "date": pa.array(dates),
            },
            schema=INTERACTION,
        )
        write_deltalake(uri, tbl, mode="append", partition_by=["date"])
    return Lake(root)


def pandas_baseline(lake: Lake, ref: Window, cur: Window) -> dict[str, float]:
    df = DeltaTable(lake.table_uri("interactions")).to_pandas()
    df["window"] = np.where((df.ts >= cur.start) & (df.ts < cur.end), "cur", np.where((df.ts >= ref.start) & (df.ts < ref.end), "ref", None))
    df = df[df.window.notna()]
    df["length_bucket"] = pd.cut(df.answer_length, bins=[-1, *LENGTH_EDGES.tolist(), np.iinfo(np.int64).max], right=False, labels=False)
    out = {}
    bins = {"topic": range(-1, int(df.question_cluster.max()) + 1), "answer_length": range(len(LENGTH_EDGES) + 1), "guard_rate": [False, True]}
    for feature, col in (("topic", "question_cluster"), ("answer_length", "length_bucket"), ("guard_rate", "guard_flagged")):
        counts = df.groupby(["window", col], observed=False).size().unstack(fill_value=0).reindex(columns=bins[feature], fill_value=0)
        c, r = counts.loc["cur"].to_numpy() + 0.5, counts.loc["ref"].to_numpy() + 0.5
        out[feature] = float(entropy(c / c.sum(), r / r.sum()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as root:
        t0 = time.perf_counter()
        lake = make_lake(root, a.events)
        gen_s = time.perf_counter() - t0
        cur = Window(NOW - timedelta(days=1), NOW)
        ref = Window(NOW - timedelta(days=14), cur.start)
        check_drift(lake, ref, cur)  # warm the OS page cache for both contenders alike
        t0 = time.perf_counter()
        report = check_drift(lake, ref, cur)
        ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        base = pandas_baseline(lake, ref, cur)
        pandas_s = time.perf_counter() - t0
        for f in report.features:  # both must agree before timings mean anything
            if f.feature in base:
                assert abs(f.kl - base[f.feature]) < 1e-9, (f.feature, f.kl, base[f.feature])
        res = {
            "events": a.events, "cores": os.cpu_count(), "generate_s": round(gen_s, 1),
            "drift_check_s": round(ours, 3), "pandas_groupby_s": round(pandas_s, 3),
            "speedup": round(pandas_s / ours, 1), "goal_s": 3.0, "goal_speedup": 10.0,
            "kl": {f.feature: round(f.kl, 4) for f in report.features}, "drifted": report.drifted,
        }
        if a.json:
            print(json.dumps(res))
        else:
            print(f"drift check over {a.events:,} events: {ours:.3f} s (goal <= 3 s); pandas groupby {pandas_s:.3f} s; "
                  f"speedup {pandas_s / ours:.1f}x (goal >= 10x)")
            print("KL per feature:", res["kl"], "drifted:", report.drifted)


if __name__ == "__main__":
    main()
