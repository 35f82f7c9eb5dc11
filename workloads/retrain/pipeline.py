"""One retraining run: pairs from the lake -> fine-tune -> MLflow run + registered `challenger`
-> evaluation against `champion` on held-out queries and on the general regression set -> a
promote / do-not-promote decision."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from workloads.lake import Lake
from workloads.retrain.evaluate import REGRESSION_MARGIN, Decision, Heldout, decide, general_heldout, retrieval_metrics, st_embedder
from workloads.retrain.pairs import Snapshot, training_pairs
from workloads.retrain.registry import CHALLENGER, REGISTERED_MODEL, client, ensure_champion, local_dir, log_model
from workloads.retrain.train import TrainConfig, base_model_path, fine_tune

EXPERIMENT = "loom-retrain"


class RetrainError(RuntimeError):
    """Retraining cannot run (too few corrections, no tracking server)."""


@dataclass
class RetrainResult:
    run_id: str
    challenger_version: str
    champion_version: str
    challenger_dir: str
    snapshot: Snapshot
    pairs: int
    skipped: int
    decision: Decision
    train: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "challenger_version": self.challenger_version, "champion_version": self.champion_version,
            "snapshot": self.snapshot.to_params(), "pairs": self.pairs, "skipped_corrections": self.skipped,
            "decision": self.decision.to_dict(), "train": self.train,
        }


def retrain(
    lake: Lake,
    tracking_uri: str,
    passage_of: Callable[[str], str | None] | Mapping[str, str],
    heldout: Heldout,
    *,
    margin: float = 0.01,
    regression: Heldout | None = None,
    regression_margin: float = REGRESSION_MARGIN,
    config: TrainConfig = TrainConfig(),
    min_pairs: int = 8,
    work_dir: str | None = None,
    name: str = REGISTERED_MODEL,
    progress: Callable[[str], None] = lambda _: None,
) -> RetrainResult:
    import mlflow

    regression = regression or general_heldout()
    pairs, snap, skipped = training_pairs(lake, passage_of)
    if len(pairs) < min_pairs:
        raise RetrainError(f"retrain: {len(pairs)} usable corrections (joined to their interactions); at least {min_pairs} needed")
    c = client(tracking_uri)
    progress("champion")
    champion_version = ensure_champion(tracking_uri, base_model_path(), name=name)
    work = work_dir or tempfile.mkdtemp(prefix="loom-retrain-")
    champion_dir = local_dir(tracking_uri, champion_version, f"{work}/champion", base_model_path(), name=name)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name="retrain") as run:
        mlflow.log_params({**snap.to_params(), "pairs": len(pairs), "skipped_corrections": skipped, "base_version": champion_version,
                           "epochs": config.epochs, "batch_size": config.batch_size, "learning_rate": config.learning_rate,
                           "max_steps": config.max_steps, "margin": margin, "heldout_queries": len(heldout.queries),
                           "regression_margin": regression_margin, "regression_queries": len(regression.queries)})
        mlflow.set_tag("loom.lake.uri", lake.uri)
        progress("fine-tune")
        out_dir = f"{work}/challenger"
        tr = fine_tune([(p.question, p.passage) for p in pairs], out_dir, base=champion_dir, config=config)
        mlflow.log_metrics({"train_final_loss": tr.final_loss, "train_mean_loss": tr.mean_loss, "train_steps": tr.steps})
        progress("evaluate")
        champ_embed, chall_embed = st_embedder(champion_dir), st_embedder(out_dir)
        champ_m, chall_m = retrieval_metrics(champ_embed, heldout), retrieval_metrics(chall_embed, heldout)
        champ_r, chall_r = retrieval_metrics(champ_embed, regression), retrieval_metrics(chall_embed, regression)
        mlflow.log_metrics({"challenger_recall_at_5": chall_m.recall_at_5, "challenger_mrr": chall_m.mrr,
                            "champion_recall_at_5": champ_m.recall_at_5, "champion_mrr": champ_m.mrr,
                            "regression_champion_hit_at_1": champ_r.hit_at_1, "regression_challenger_hit_at_1": chall_r.hit_at_1,
                            "regression_champion_mrr": champ_r.mrr, "regression_challenger_mrr": chall_r.mrr})
        decision = decide(chall_m, champ_m, margin, regression=(chall_r, champ_r), regression_margin=regression_margin)
        mlflow.set_tags({"loom.decision": "promote" if decision.promote else "keep-champion", "loom.decision.reason": decision.reason})
        progress("register")
        version = log_model(out_dir, name=name)
        c.set_registered_model_alias(name, CHALLENGER, version)
        c.set_model_version_tag(name, version, "loom.decision", "promote" if decision.promote else "keep-champion")
        run_id = run.info.run_id
    return RetrainResult(run_id, version, champion_version, out_dir, snap, len(pairs), skipped, decision,
                         {"steps": tr.steps, "final_loss": tr.final_loss, "mean_loss": tr.mean_loss})
