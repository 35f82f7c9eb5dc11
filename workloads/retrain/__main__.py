"""`python -m workloads.retrain`: the retraining Job (FeedbackLoop's template) in a cluster.

Reads the lake, Milvus and MLflow from the environment the FeedbackLoop component sets
(LOOM_LAKE_URI, LOOM_VECTOR_STORE_URI, MLFLOW_TRACKING_URI, LOOM_MODELS_URI, LOOM_MODELS_PATH).

1. reconcile: MLflow `champion` and the Milvus alias follow the prefix the stable Triton track
   serves (a candidate that a `loom rollout` promoted since the last run becomes the champion);
2. retrain: every fifth correction (by request id hash) is held out as evaluation queries over
   the passages they point at; the fine-tuned model is registered as `challenger`;
3. stage, only when the challenger won: `candidates/embedder-v<N>/` in the models bucket and
   the collection it queries (workloads.promote.stage); the report's `next` is the command that
   rolls it out through the canary (`loom rollout`, Automation API, gated, automatic rollback).

Exit 0 whether or not the challenger won; 2 on unusable input; 1 when reconcile or staging
failed (staging undoes itself first, so nothing is left half-written).
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
    ap.add_argument("--env", default=os.environ.get("LOOM_ENVIRONMENT", "<env>"), help="Environment named in the printed rollout command.")
    a = ap.parse_args(argv)
    tracking = os.environ.get("MLFLOW_TRACKING_URI")
    milvus = os.environ.get("LOOM_VECTOR_STORE_URI")
    if not tracking or not milvus:
        print("error: MLFLOW_TRACKING_URI and LOOM_VECTOR_STORE_URI must be set", file=sys.stderr)
        return 2
    models_uri, models_path = os.environ.get("LOOM_MODELS_URI"), os.environ.get("LOOM_MODELS_PATH")
    if bool(models_uri) != bool(models_path):
        print("error: LOOM_MODELS_URI and LOOM_MODELS_PATH go together (the models bucket and the prefix stable serves)", file=sys.stderr)
        return 2
    from workloads.promote.stage import StageError, reconcile, rollout_command, stage
    from workloads.rag.milvus import connect

    report: dict = {}
    if models_uri:
        try:
            report["reconcile"] = reconcile(models_uri, models_path, tracking, milvus)
        except Exception as exc:  # noqa: BLE001  (one line for the Job log, no traceback)
            print(f"error: reconcile with {models_uri}/{models_path}: {exc}", file=sys.stderr)
            return 1

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
    finally:
        mc.close()
    report.update(result.to_dict())
    if result.decision.promote and models_uri:
        try:
            staged = stage(models_uri, models_path, result.challenger_version, result.challenger_dir, milvus)
        except StageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        report["staged"] = staged.to_dict()
        report["next"] = " ".join(rollout_command(a.env, staged.prefix))
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
