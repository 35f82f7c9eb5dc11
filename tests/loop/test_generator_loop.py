"""The generator's loop with the real model, a real MLflow server and the real local platform:
a LoRA fine-tune on a small fixed set changes held-out answers; promotion through the canary,
and a failure at each step that changes nothing served."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.loop.conftest import clean
from tests.loop.faults import fail_at
from workloads.lake import Lake, correction_event, interaction_event
from workloads.rag.prompt import Passage
from workloads.retrain.demo_data import demo_data
from workloads.retrain.generator import LoraTrainConfig, regression_examples, retrain_generator
from workloads.retrain.generator.examples import Example
from workloads.retrain.generator.registry import CHALLENGER, CHAMPION, REGISTERED_MODEL, adapter_dir, is_base
from workloads.retrain.registry import alias_version

DATA = demo_data()
SIDS = list(DATA.corpus)
TRAIN = SIDS[:8]
HELD = SIDS[:3]
"""Held-out questions are other phrasings about the same runbooks (as in `loom demo`)."""
TINY = LoraTrainConfig(max_steps=6, batch_size=4)


def _chunk(sid: str) -> tuple[str, str]:
    return f"docs/{sid}.md", DATA.corpus[sid]


def _passages(sid: str, other: str, gold_first: bool) -> tuple[Passage, ...]:
    order = [sid, other] if gold_first else [other, sid]
    return tuple(Passage(i + 1, *_chunk(s)) for i, s in enumerate(order))


def _lake(root: Path) -> Lake:
    """Eight code-name questions, each with the runbook among two retrieved chunks, corrected."""
    lake = Lake(root)
    inter, corr = [], []
    for i, sid in enumerate(TRAIN):
        other = SIDS[(i + 12) % len(SIDS)]
        order = [sid, other] if i % 2 == 0 else [other, sid]
        inter.append(interaction_event(request_id=f"g{i}", question=f"What is the {DATA.codenames[sid]} procedure?", answer="?", sources=order, scan=clean))
        corr.append(correction_event(request_id=f"g{i}", corrected_answer=DATA.answer(sid, order.index(sid) + 1), author="t", scan=clean))
    lake.append("interactions", inter)
    lake.append("corrections", corr)
    return lake


def _heldout() -> list[Example]:
    out = []
    for i, sid in enumerate(HELD):
        passages = _passages(sid, SIDS[(i + 15) % len(SIDS)], gold_first=i % 2 == 0)
        n = 1 if i % 2 == 0 else 2
        out.append(Example(f"h{i}", f"{DATA.codenames[sid]}: what should I know?", passages, DATA.answer(sid, n), frozenset({n})))
    return out


@pytest.fixture(scope="module")
def tuned(tmp_path_factory, mlflow_uri):
    root = tmp_path_factory.mktemp("generator")
    return retrain_generator(_lake(root / "lake"), mlflow_uri, {s: _chunk(s) for s in SIDS}, heldout=_heldout(),
                             regression=regression_examples(3), config=TINY, min_examples=4, max_new_tokens=24, work_dir=str(root / "work"))


@pytest.mark.slow
def test_a_lora_fine_tune_changes_the_held_out_answers(tuned):
    """Six steps on eight examples: the held-out references become more likely (teacher-forced
    loss, deterministic) and the greedy answers change."""
    assert tuned.examples == len(TRAIN) and tuned.skipped == 0
    assert tuned.train["steps"] == TINY.max_steps and tuned.train["final_loss"] < tuned.train["first_loss"]
    loss = tuned.train["heldout_reference_loss"]
    assert loss["challenger"] < 0.9 * loss["champion"], loss
    before, after = tuned.answers["champion"], tuned.answers["challenger"]
    assert sum(a != b for a, b in zip(before, after)) >= 2, (before, after)
    assert tuned.decision.regression[0].answers == 3 and tuned.decision.heldout[0].answers == len(HELD)


@pytest.mark.slow
def test_the_run_and_the_registry_record_everything(tuned, mlflow_uri, tmp_path):
    from mlflow import MlflowClient

    c = MlflowClient(mlflow_uri)
    run = c.get_run(tuned.run_id)
    assert run.data.params["lake.corrections.version"] == str(tuned.snapshot.corrections_version)
    assert run.data.params["lora.r"] == "8" and run.data.params["examples"] == str(len(TRAIN))
    assert [m.step for m in c.get_metric_history(tuned.run_id, "train_loss")] == list(range(1, TINY.max_steps + 1))
    assert {"heldout_challenger_token_f1", "regression_champion_token_f1", "heldout_challenger_guard_pass_rate",
            "heldout_challenger_reference_loss"} <= set(run.data.metrics)
    assert run.data.tags["loom.decision"] in ("promote", "keep-champion")
    assert {a.path for a in c.list_artifacts(tuned.run_id, "adapter")} >= {"adapter/adapter_config.json", "adapter/adapter_model.safetensors"}
    assert alias_version(mlflow_uri, CHALLENGER, REGISTERED_MODEL) == tuned.challenger_version
    assert alias_version(mlflow_uri, CHAMPION, REGISTERED_MODEL) == tuned.champion_version
    assert is_base(mlflow_uri, tuned.champion_version) and adapter_dir(mlflow_uri, tuned.champion_version, tmp_path / "base") is None
    got = adapter_dir(mlflow_uri, tuned.challenger_version, tmp_path / "challenger")
    digest = lambda d: {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in Path(d).iterdir() if p.is_file()}  # noqa: E731
    assert digest(got) == digest(tuned.challenger_dir)


@pytest.mark.slow
def test_the_merged_adapter_is_what_was_evaluated(tuned):
    """smollm.load(adapter=...) (what the served model.py does) answers as the evaluation did."""
    from workloads.retrain.generator.pipeline import answer

    assert answer(_heldout()[:1], Path(tuned.challenger_dir), max_new_tokens=24) == tuned.answers["challenger"][:1]


# -- promotion on the real local platform ---------------------------------------------------
def _targets(local_platform):
    from workloads.promote.generator import GeneratorTargets

    return GeneratorTargets(model_repo=Path(os.environ["LOOM_HOME"]) / "model_repo", triton_url=local_platform["inference"]["http_url"],
                            tracking_uri=local_platform["tracking"]["uri"])


def _registered_adapter(tuned, tracking: str) -> str:
    """The fine-tuned adapter registered in the platform's MLflow (a base champion first)."""
    import mlflow

    from workloads.retrain.generator.registry import EXPERIMENT, ensure_champion, log_adapter
    from workloads.retrain.registry import client

    ensure_champion(tracking)
    client(tracking)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name="test-promotion"):
        return log_adapter(tuned.challenger_dir)


def _snapshot(t) -> dict:
    from workloads.promote import Triton
    from workloads.promote.generator import generator_state

    return {**generator_state(t), "served": Triton(t.triton_url).ready_versions(t.model),
            "canary_dir": (t.model_repo / f"{t.model}_canary").exists()}


@pytest.mark.platform
@pytest.mark.slow
@pytest.mark.parametrize("step,after", [("stage", True), ("canary", False), ("canary", True), ("switch:triton", True), ("switch:mlflow", True)])
def test_a_generator_promotion_failing_at_any_step_changes_nothing(local_platform, tuned, monkeypatch, step, after):
    from workloads.promote import Triton
    from workloads.promote.generator import GeneratorPromotionError, promote_generator

    t = _targets(local_platform)
    version = _registered_adapter(tuned, t.tracking_uri)
    before = _snapshot(t)
    seen = fail_at(monkeypatch, step, after=after)
    with pytest.raises(GeneratorPromotionError) as err:
        promote_generator(t, version, tuned.challenger_dir, _heldout()[:2])
    assert step in seen and err.value.step == step and not err.value.undo_errors
    assert _snapshot(t) == before
    assert Triton(t.triton_url).generate("generator", "Question: still serving?\nAnswer:", {"max_tokens": 8}) is not None


@pytest.mark.platform
@pytest.mark.slow
def test_the_adapter_becomes_the_served_generator_version_and_the_champion(local_platform, tuned):
    from workloads.promote import Triton
    from workloads.promote.generator import VERSION_FILE, promote_generator
    from workloads.retrain.registry import client

    t = _targets(local_platform)
    version = _registered_adapter(tuned, t.tracking_uri)
    before = _snapshot(t)
    triton = Triton(t.triton_url)
    report = promote_generator(t, version, tuned.challenger_dir, _heldout()[:2])
    try:
        new = t.model_repo / t.model / str(report.triton_version)
        assert report.steps == ["stage", "canary", "switch:triton", "switch:mlflow", "cleanup"]
        assert triton.ready_versions("generator") == [str(report.triton_version)] and report.triton_version == max(before["triton_versions_on_disk"]) + 1
        assert (new / "adapter" / "adapter_config.json").is_file() and json.loads((new / VERSION_FILE).read_text())["version"] == version
        previous = t.model_repo / t.model / str(max(before["triton_versions_on_disk"]))
        assert {p.name for p in previous.iterdir() if p.name not in ("adapter", VERSION_FILE, "__pycache__")} <= {p.name for p in new.iterdir()}
        assert alias_version(t.tracking_uri, CHAMPION, REGISTERED_MODEL) == version
        assert not (t.model_repo / "generator_canary").exists()
        assert len(report.canary["answers"]) == 2 and {"served", "canary"} <= set(report.canary)
    finally:  # put the shared platform back as it was for the tests after this one
        shutil.rmtree(t.model_repo / t.model / str(report.triton_version))
        triton.load("generator")
        client(t.tracking_uri).set_registered_model_alias(REGISTERED_MODEL, CHAMPION, before["champion"])
    assert _snapshot(t) == before
