"""One retraining run of the generator: examples from the lake -> LoRA fine-tune -> MLflow run
(params, loss curve, adapter artifact, registered `challenger`) -> evaluation of champion and
challenger on held-out corrections and on the general regression set -> the gate's decision.

The same code runs locally (`loom demo`, tests) and as the cluster's generator retraining Job
(`python -m workloads.retrain --model generator`, on the GPU pool when there is one).
"""

from __future__ import annotations

import gc
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from workloads.lake import Lake
from workloads.retrain.generator.examples import ChunkLookup, Example, regression_examples, split_heldout, supervised_examples
from workloads.retrain.generator.gate import MARGIN, REGRESSION_MARGIN, GeneratorDecision, decide_generator
from workloads.retrain.generator.lora import LoraTrainConfig, fine_tune_lora
from workloads.retrain.generator.metrics import answer_metrics
from workloads.retrain.generator.registry import CHALLENGER, EXPERIMENT, REGISTERED_MODEL, adapter_dir, ensure_champion, log_adapter
from workloads.retrain.pairs import Snapshot
from workloads.retrain.pipeline import RetrainError
from workloads.retrain.registry import client

MAX_NEW_TOKENS = 48
"""Evaluation answers are cut here (the references are one or two sentences)."""


@dataclass
class GeneratorRetrainResult:
    run_id: str
    challenger_version: str
    champion_version: str
    challenger_dir: str
    snapshot: Snapshot
    examples: int
    skipped: int
    decision: GeneratorDecision
    train: dict[str, Any] = field(default_factory=dict)
    heldout_examples: list[Example] = field(default_factory=list)
    answers: dict[str, list[str]] = field(default_factory=dict)
    """Held-out answers: {"champion": [...], "challenger": [...]} (in-process, greedy)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "challenger_version": self.challenger_version, "champion_version": self.champion_version,
            "snapshot": self.snapshot.to_params(), "examples": self.examples, "skipped_corrections": self.skipped,
            "decision": self.decision.to_dict(), "train": self.train,
            "heldout_answers": [
                {"question": e.question, "reference": e.answer, "champion": a, "challenger": b}
                for e, a, b in zip(self.heldout_examples, self.answers.get("champion", []), self.answers.get("challenger", []))
            ],
        }


def answer(examples: list[Example], adapter: Path | None, *, max_new_tokens: int = MAX_NEW_TOKENS) -> list[str]:
    """Greedy answers of the base model with `adapter` merged (as served), freed afterwards."""
    return answers_and_loss(examples, [], adapter, max_new_tokens=max_new_tokens)[0]


def answers_and_loss(examples: list[Example], scored: list[Example], adapter: Path | None, *,
                     max_new_tokens: int = MAX_NEW_TOKENS) -> tuple[list[str], float | None]:
    """Greedy answers to `examples` and the reference loss on `scored`, with one load of the model."""
    from workloads.llm import smollm
    from workloads.llm.generate import generate
    from workloads.retrain.generator.lora import reference_loss

    tokenizer, model = smollm.load(adapter=adapter)
    try:
        answers = generate(tokenizer, model, [e.prompt for e in examples], max_new_tokens=max_new_tokens)
        loss = reference_loss(tokenizer, model, [(e.prompt, e.answer) for e in scored]) if scored else None
        return answers, loss
    finally:
        del model
        gc.collect()


def measure(examples: list[Example], answers: list[str]):
    return answer_metrics(answers, [e.answer for e in examples], [len(e.passages) for e in examples], [e.gold for e in examples])


def retrain_generator(
    lake: Lake,
    tracking_uri: str,
    chunk_of: ChunkLookup | Mapping[str, tuple[str, str]],
    *,
    heldout: list[Example] | None = None,
    regression: list[Example] | None = None,
    margin: float = MARGIN,
    regression_margin: float = REGRESSION_MARGIN,
    config: LoraTrainConfig = LoraTrainConfig(),
    min_examples: int = 8,
    max_new_tokens: int = MAX_NEW_TOKENS,
    work_dir: str | None = None,
    name: str = REGISTERED_MODEL,
    progress: Callable[[str], None] = lambda _: None,
) -> GeneratorRetrainResult:
    """`heldout`: evaluation examples (default: every fifth correction by request id, split off
    the lake's examples); `regression`: the general set (default: all of it)."""
    import mlflow

    examples, snap, skipped = supervised_examples(lake, chunk_of)
    if heldout is None:
        train, heldout = split_heldout(examples)
    else:
        held_ids = {e.request_id for e in heldout}
        train = [e for e in examples if e.request_id not in held_ids]
    regression = regression if regression is not None else regression_examples()
    if len(train) < min_examples:
        raise RetrainError(f"retrain generator: {len(train)} corrections with an answer to train on (joined to their interactions); "
                           f"at least {min_examples} needed")
    if not heldout:
        raise RetrainError("retrain generator: no held-out corrections with an answer to evaluate on; need more corrections")
    c = client(tracking_uri)
    progress("champion")
    champion_version = ensure_champion(tracking_uri, name=name)
    work = Path(work_dir or tempfile.mkdtemp(prefix="loom-retrain-generator-"))
    champion_adapter = adapter_dir(tracking_uri, champion_version, work / "champion", name=name)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name="retrain-generator") as run:
        mlflow.log_params({**snap.to_params(), **config.to_params(), "examples": len(train), "heldout_examples": len(heldout),
                           "regression_examples": len(regression), "skipped_corrections": skipped, "base_version": champion_version,
                           "margin": margin, "regression_margin": regression_margin, "max_new_tokens": max_new_tokens})
        mlflow.set_tag("loom.lake.uri", lake.uri)
        progress("fine-tune (LoRA)")
        out_dir = work / "challenger"
        def log_loss(step: int, loss: float) -> None:
            mlflow.log_metric("train_loss", loss, step=step)

        tr = fine_tune_lora([(e.prompt, e.answer) for e in train], out_dir, start_adapter=champion_adapter, config=config,
                            on_step=log_loss)
        mlflow.log_metrics({"train_steps": tr.steps, "train_first_loss": tr.first_loss, "train_final_loss": tr.final_loss, "train_seconds": tr.seconds})
        progress("evaluate champion")
        both = heldout + regression
        champ_answers, champ_loss = answers_and_loss(both, heldout, champion_adapter, max_new_tokens=max_new_tokens)
        progress("evaluate challenger")
        chal_answers, chal_loss = answers_and_loss(both, heldout, out_dir, max_new_tokens=max_new_tokens)
        assert champ_loss is not None and chal_loss is not None  # heldout is not empty (checked above)
        mlflow.log_metrics({"heldout_champion_reference_loss": champ_loss, "heldout_challenger_reference_loss": chal_loss})
        n = len(heldout)
        metrics = {
            "heldout": (measure(heldout, chal_answers[:n]), measure(heldout, champ_answers[:n])),
            "regression": (measure(regression, chal_answers[n:]), measure(regression, champ_answers[n:])),
        }
        for split, pair in metrics.items():
            for who, m in zip(("challenger", "champion"), pair):
                mlflow.log_metrics({f"{split}_{who}_{k}": v for k, v in m.to_dict().items() if isinstance(v, float)})
        decision = decide_generator(metrics["heldout"], metrics["regression"], margin=margin, regression_margin=regression_margin)
        mlflow.log_dict({"decision": decision.to_dict(), "answers": [
            {"request_id": e.request_id, "question": e.question, "reference": e.answer, "champion": a, "challenger": b}
            for e, a, b in zip(both, champ_answers, chal_answers)]}, "evaluation.json")
        verdict = "promote" if decision.promote else "keep-champion"
        mlflow.set_tags({"loom.decision": verdict, "loom.decision.reason": decision.reason})
        progress("register")
        version = log_adapter(out_dir, name=name)
        c.set_registered_model_alias(name, CHALLENGER, version)
        c.set_model_version_tag(name, version, "loom.decision", verdict)
        run_id = run.info.run_id
    (work / "evaluation.json").write_text(json.dumps(decision.to_dict(), indent=2))
    return GeneratorRetrainResult(
        run_id, version, champion_version, str(out_dir), snap, len(train), skipped, decision,
        {"steps": tr.steps, "first_loss": tr.first_loss, "final_loss": tr.final_loss, "seconds": tr.seconds, "losses": tr.losses,
         "heldout_reference_loss": {"champion": round(champ_loss, 4), "challenger": round(chal_loss, 4)}},
        heldout, {"champion": champ_answers[:n], "challenger": chal_answers[:n]},
    )
