"""`python -m workloads.retrain`: the retraining Job (FeedbackLoop's template) in a cluster.

Reads the lake, Milvus and MLflow from the environment the FeedbackLoop component sets
(LOOM_LAKE_URI, LOOM_VECTOR_STORE_URI, MLFLOW_TRACKING_URI), holds out every fifth correction
(by request id hash) as evaluation queries over the passages they point at, retrains, and
registers the `challenger`. In clusters, promotion is a separate, gated step (canary weights of
the VirtualService through the Automation API tooling: `loom rollout`), so this Job stops at
the decision and exits 0 whether or not the challenger won; it exits 2 on unusable input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

from workloads.lake import Lake
from workloads.retrain.evaluate import Heldout
from workloads.retrain.pairs import training_pairs
from workloads.retrain.pipeline import RetrainError, retrain


def split_heldout(pairs, every: int = 5):
    """Deterministic split by request id: a retried Job holds out the same queries."""
    held = [p for p in pairs if int(hashlib.sha256(p.request_id.encode()).hexdigest(), 16) % every == 0]
    ids = {p.request_id for p in held}
    return [p for p in pairs if p.request_id not in ids], held


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m workloads.retrain")
    ap.add_argument("--margin", type=float, default=0.01)
    ap.add_argument("--min-pairs", type=int, default=8)
    a = ap.parse_args(argv)
    tracking = os.environ.get("MLFLOW_TRACKING_URI")
    milvus = os.environ.get("LOOM_VECTOR_STORE_URI")
    if not tracking or not milvus:
        print("error: MLFLOW_TRACKING_URI and LOOM_VECTOR_STORE_URI must be set", file=sys.stderr)
        return 2
    from workloads.rag.milvus import connect

    mc = connect(milvus)

    def passage_of(source_id: str) -> str | None:
        rows = mc.get("loom_docs", ids=[source_id], output_fields=["text"])
        return rows[0]["text"] if rows else None

    lake = Lake()
    pairs, _, _ = training_pairs(lake, passage_of)
    _, held = split_heldout(pairs)
    if not held:
        print("error: no held-out corrections to evaluate on; need more corrections", file=sys.stderr)
        return 2
    corpus = {p.source_id or f"answer:{p.request_id}": p.passage for p in pairs}
    heldout = Heldout([p.question for p in held], [p.source_id or f"answer:{p.request_id}" for p in held], list(corpus), list(corpus.values()))
    try:
        result = retrain(lake, tracking, passage_of, heldout, margin=a.margin, min_pairs=a.min_pairs)
    except RetrainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result.to_dict(), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
