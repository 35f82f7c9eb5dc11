"""`python -m workloads.retrain`: the retraining Jobs (FeedbackLoop's templates) in a cluster.

`--model embedder` (default) or `--model generator`: the same code as `loom demo` and the tests.
Reads the lake, Milvus and MLflow from the environment the FeedbackLoop component sets
(LOOM_LAKE_URI, LOOM_VECTOR_STORE_URI, MLFLOW_TRACKING_URI, LOOM_MODELS_URI, LOOM_MODELS_PATH).

1. reconcile: MLflow `champion` of every model and the Milvus alias follow the prefix the
   stable Triton track serves (a candidate that a `loom rollout` promoted since the last run
   becomes the champion);
2. retrain: every fifth correction (by request id hash) is held out for evaluation; the
   challenger must win there by the margin AND lose no more than the regression margin on the
   fixed set of general questions; it is registered as `challenger` either way;
   - embedder: (question, passage) pairs from corrections, evaluated by retrieval;
   - generator: (prompt as rag built it, corrected answer) examples, LoRA on the GPU when the
     pod has one, evaluated by token F1, valid citations and guard pass rate;
3. stage, only when the challenger won: `candidates/<model>-v<N>/` in the models bucket (and,
   for the embedder, the collection it queries); the report's `next` is the command that rolls
   it out through the canary (`loom rollout`, Automation API, gated, automatic rollback).

Exit 0 whether or not the challenger won; 2 on unusable input; 1 when reconcile or staging
failed (staging undoes itself first, so nothing is left half-written). The report is one JSON
document on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys

from contract.env import LOOM_ENVIRONMENT, LOOM_MODELS_PATH, LOOM_MODELS_URI, LOOM_VECTOR_STORE_URI
from workloads.lake import Lake
from workloads.retrain.evaluate import REGRESSION_MARGIN, Heldout
from workloads.retrain.generator.examples import split_heldout as _split
from workloads.retrain.pairs import training_pairs
from workloads.retrain.pipeline import RetrainError, retrain


def split_heldout(pairs, every: int = 5):
    """Deterministic split by request id: a retried Job holds out the same queries."""
    return _split(pairs, every)


def _progress(step: str) -> None:
    print(f"retrain: {step}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m workloads.retrain")
    ap.add_argument("--model", choices=("embedder", "generator"), default="embedder", help="Which model to retrain.")
    ap.add_argument("--margin", type=float, default=None, help="Gain the challenger must exceed on held-out corrections "
                    "(embedder: MRR, default 0.01; generator: token F1, default 0.02).")
    ap.add_argument("--regression-margin", type=float, default=REGRESSION_MARGIN, help="Most it may lose on the general regression set.")
    ap.add_argument("--min-pairs", type=int, default=8, help="Fewest usable corrections to train on.")
    ap.add_argument("--max-steps", type=int, default=None, help="Cap on optimizer steps.")
    ap.add_argument("--env", default=os.environ.get(LOOM_ENVIRONMENT, "<env>"), help="Environment named in the printed rollout command.")
    a = ap.parse_args(argv)
    tracking = os.environ.get("MLFLOW_TRACKING_URI")
    milvus = os.environ.get(LOOM_VECTOR_STORE_URI)
    if not tracking or not milvus:
        print("error: MLFLOW_TRACKING_URI and LOOM_VECTOR_STORE_URI must be set", file=sys.stderr)
        return 2
    models_uri, models_path = os.environ.get(LOOM_MODELS_URI), os.environ.get(LOOM_MODELS_PATH)
    if bool(models_uri) != bool(models_path):
        print("error: LOOM_MODELS_URI and LOOM_MODELS_PATH go together (the models bucket and the prefix stable serves)", file=sys.stderr)
        return 2
    for name in ("margin", "regression_margin"):
        value = getattr(a, name)
        if value is not None and not 0 <= value < 1:
            print(f"error: --{name.replace('_', '-')} = {value} must be in [0, 1)", file=sys.stderr)
            return 2
    from workloads.promote.stage import StageError, reconcile, rollout_command

    report: dict = {"model": a.model}
    # MLflow prints "View run ... at" on stdout when a run ends: the report must stay the only thing there.
    with contextlib.redirect_stdout(sys.stderr):
        if models_uri and models_path:  # given together (checked above)
            try:
                report["reconcile"] = reconcile(models_uri, models_path, tracking, milvus)
            except Exception as exc:  # noqa: BLE001  (one line for the Job log, no traceback)
                print(f"error: reconcile with {models_uri}/{models_path}: {exc}", file=sys.stderr)
                return 1
        try:
            staged = (_generator if a.model == "generator" else _embedder)(a, tracking, milvus, models_uri, models_path, report)
        except RetrainError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except StageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if staged is not None:
        report["staged"] = staged.to_dict()
        report["next"] = " ".join(rollout_command(a.env, staged.prefix))
    print(json.dumps(report, sort_keys=True))
    return 0


def _embedder(a, tracking: str, milvus: str, models_uri: str | None, models_path: str | None, report: dict):
    from workloads.promote.stage import stage
    from workloads.rag.milvus import connect

    mc = connect(milvus)

    def passage_of(source_id: str) -> str | None:
        rows = mc.get("loom_docs", ids=[source_id], output_fields=["text"])
        return rows[0]["text"] if rows else None

    try:
        lake = Lake()
        pairs, _, _ = training_pairs(lake, passage_of)
        _, held = split_heldout(pairs)
        if not held:
            raise RetrainError("no held-out corrections to evaluate on; need more corrections")
        corpus = {p.source_id or f"answer:{p.request_id}": p.passage for p in pairs}
        heldout = Heldout([p.question for p in held], [p.source_id or f"answer:{p.request_id}" for p in held], list(corpus), list(corpus.values()))
        from workloads.retrain.train import TrainConfig

        config = TrainConfig(max_steps=a.max_steps) if a.max_steps else TrainConfig()
        result = retrain(lake, tracking, passage_of, heldout, margin=0.01 if a.margin is None else a.margin,
                         regression_margin=a.regression_margin, config=config, min_pairs=a.min_pairs, progress=_progress)
    finally:
        mc.close()
    report.update(result.to_dict())
    if result.decision.promote and models_uri and models_path:
        return stage(models_uri, models_path, result.challenger_version, result.challenger_dir, milvus, progress=_progress)
    return None


def _generator(a, tracking: str, milvus: str, models_uri: str | None, models_path: str | None, report: dict):
    from workloads.promote.stage_generator import stage_generator
    from workloads.rag.milvus import connect
    from workloads.retrain.generator import LoraTrainConfig, retrain_generator

    mc = connect(milvus)

    def chunk_of(chunk_id: str) -> tuple[str, str] | None:
        rows = mc.get("loom_docs", ids=[chunk_id], output_fields=["source", "text"])
        return (rows[0]["source"], rows[0]["text"]) if rows else None

    try:
        config = LoraTrainConfig(max_steps=a.max_steps) if a.max_steps else LoraTrainConfig()
        result = retrain_generator(Lake(), tracking, chunk_of, margin=0.02 if a.margin is None else a.margin,
                                   regression_margin=a.regression_margin, config=config, min_examples=a.min_pairs, progress=_progress)
    finally:
        mc.close()
    report.update(result.to_dict())
    if result.decision.promote and models_uri and models_path:
        return stage_generator(models_uri, models_path, result.challenger_version, result.challenger_dir, progress=_progress)
    return None


if __name__ == "__main__":
    sys.exit(main())
