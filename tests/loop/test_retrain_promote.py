"""Retraining against a real MLflow server; promotion's compensation against real Milvus Lite."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.loop.conftest import clean, free_port
from tests.loop.faults import fail_at
from workloads.lake import Lake, correction_event, interaction_event
from workloads.promote import PromotionError, Targets, promote, promote_if_won, state
from workloads.retrain import CHALLENGER, CHAMPION, REGISTERED_MODEL, TrainConfig, corrections_joined, decide, retrain, training_pairs
from workloads.retrain.demo_data import demo_data
from workloads.retrain.registry import alias_version
from workloads.retrain.train import base_model_path

REPO = Path(__file__).resolve().parents[2]
DATA = demo_data()


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    lake = Lake(tmp_path_factory.mktemp("lake"))
    qs = DATA.shifted_questions(120)
    lake.append("interactions", [interaction_event(request_id=f"r{i}", question=q, answer="?", scan=clean) for i, (q, _) in enumerate(qs)])
    corr = [correction_event(request_id=f"r{i}", source_id=s, author="t", scan=clean) for i, (_, s) in enumerate(qs) if i % 2 == 0]
    corr.append(correction_event(request_id="r1", corrected_answer="an answer typed by the user", author="t", scan=clean))
    corr.append(correction_event(request_id="no-such-request", source_id="restore-backup", author="t", scan=clean))
    lake.append("corrections", corr)
    return lake


def test_corrections_join_their_interactions(lake):
    joined = corrections_joined(lake).to_pylist()
    by = {r["request_id"]: r for r in joined}
    assert "no-such-request" not in by, "a correction without its interaction cannot make a pair"
    assert len(joined) == 61
    qs = DATA.shifted_questions(120)
    assert by["r0"]["question"] == qs[0][0] and by["r0"]["source_id"] == qs[0][1]
    pairs, snap, skipped = training_pairs(lake, DATA.corpus)
    assert len(pairs) == 61 and skipped == 0
    assert {p.passage for p in pairs if p.request_id == "r1"} == {"an answer typed by the user"}
    assert snap.interactions_version == lake.version("interactions")


@pytest.fixture(scope="module")
def retrained(lake, mlflow_uri, tmp_path_factory):
    return retrain(lake, mlflow_uri, DATA.corpus, DATA.heldout(), margin=0.01,
                   config=TrainConfig(epochs=1, max_steps=6, batch_size=16), work_dir=str(tmp_path_factory.mktemp("work")))


@pytest.mark.slow
def test_retrain_registers_a_challenger_and_logs_the_snapshot(retrained, mlflow_uri, lake):
    import mlflow

    assert alias_version(mlflow_uri, CHALLENGER) == retrained.challenger_version
    assert alias_version(mlflow_uri, CHAMPION) == retrained.champion_version != retrained.challenger_version
    run = mlflow.MlflowClient(mlflow_uri).get_run(retrained.run_id)
    assert run.data.params["lake.corrections.version"] == str(lake.version("corrections"))
    assert {"challenger_mrr", "champion_mrr", "challenger_recall_at_5", "train_final_loss"} <= set(run.data.metrics)
    assert {"regression_champion_hit_at_1", "regression_challenger_hit_at_1"} <= set(run.data.metrics)
    assert retrained.decision.challenger.queries == len(DATA.heldout().queries)
    assert retrained.decision.regression["champion"].queries == 40 and retrained.decision.regression["champion"].hit_at_1 >= 0.9


@pytest.mark.slow
def test_the_regression_gate_refuses_an_embedder_that_forgot_general_questions(tmp_path):
    """Trained hard on the code names only, the embedder wins on them and loses the general set."""
    from workloads.retrain.evaluate import general_heldout, retrieval_metrics, st_embedder
    from workloads.retrain.train import fine_tune

    pairs = [(q, DATA.corpus[s]) for q, s in DATA.shifted_questions(120)]
    fine_tune(pairs, tmp_path / "forgot", config=TrainConfig(epochs=4, max_steps=24, learning_rate=1e-3))
    base, forgot = st_embedder(base_model_path()), st_embedder(str(tmp_path / "forgot"))
    reg_base, reg_forgot = retrieval_metrics(base, general_heldout()), retrieval_metrics(forgot, general_heldout())
    held_base, held_forgot = retrieval_metrics(base, DATA.heldout()), retrieval_metrics(forgot, DATA.heldout())
    assert held_forgot.mrr > held_base.mrr + 0.01, "it did learn what it was trained for"
    assert reg_forgot.hit_at_1 < reg_base.hit_at_1 - 0.03, (reg_base, reg_forgot)
    d = decide(held_forgot, held_base, 0.01, regression=(reg_forgot, reg_base))
    assert not d.promote and "regression set: hit@1 fell" in d.reason


def _targets(tmp_path, mlflow_uri, triton_url):
    repo = tmp_path / "repo"
    (repo / "embedder" / "1").mkdir(parents=True)
    shutil.copy2(REPO / "model_repo" / "embedder" / "config.pbtxt", repo / "embedder" / "config.pbtxt")
    shutil.copy2(REPO / "model_repo" / "embedder" / "1" / "model.py", repo / "embedder" / "1" / "model.py")
    from workloads.rag.milvus import connect

    from workloads.promote.collections import reindex
    from workloads.retrain.evaluate import st_embedder

    uri = str(tmp_path / "milvus.db")
    mc = connect(uri)
    reindex(mc, None, "loom_docs", None)
    emb = st_embedder(base_model_path())
    ids = list(DATA.corpus)
    vecs = emb([DATA.corpus[i] for i in ids])
    mc.insert("loom_docs", [{"id": i, "vector": v.tolist(), "source": i, "chunk": 0, "heading": "", "text": DATA.corpus[i], "doc_hash": "h"} for i, v in zip(ids, vecs)])
    mc.flush("loom_docs")
    mc.close()
    return Targets(model_repo=repo, triton_url=triton_url, milvus_uri=uri, tracking_uri=mlflow_uri)


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.slow
def test_a_losing_challenger_is_not_promoted(retrained, mlflow_uri, tmp_path):
    t = _targets(tmp_path, mlflow_uri, f"http://127.0.0.1:{free_port()}")
    before, files = state(t), _tree(t.model_repo)
    losing = decide(retrained.decision.challenger, retrained.decision.champion, margin=1.0)
    assert not losing.promote and "margin 1" in losing.reason
    out = promote_if_won(losing, t, retrained.challenger_version, retrained.challenger_dir, DATA.heldout())
    assert out["promoted"] is False and "not promoted" in out["reason"]
    assert state(t) == before and _tree(t.model_repo) == files


@pytest.mark.slow
def test_a_promotion_that_fails_halfway_changes_nothing(retrained, mlflow_uri, tmp_path):
    """Triton refuses the canary (nothing listens on its port): adopt, stage and index are undone."""
    t = _targets(tmp_path, mlflow_uri, f"http://127.0.0.1:{free_port()}")
    before, files = state(t), _tree(t.model_repo)
    assert before["milvus_alias_target"] == "loom_docs" and before["champion"] == retrained.champion_version
    with pytest.raises(PromotionError) as err:
        promote(t, retrained.challenger_version, retrained.challenger_dir, DATA.heldout(), champion_recall=0.0)
    assert err.value.step == "canary" and err.value.undone == ["canary", "index", "stage", "adopt"] and not err.value.undo_errors
    assert state(t) == before
    assert _tree(t.model_repo) == files
    assert alias_version(mlflow_uri, CHAMPION, REGISTERED_MODEL) == retrained.champion_version


def _bucket(tmp_path: Path) -> Path:
    """A models "bucket" (a local directory: the same pyarrow.fs code path as s3://, gs://, abfss://)."""
    bucket = tmp_path / "bucket"
    shutil.copytree(REPO / "model_repo", bucket / "models", ignore=shutil.ignore_patterns("gpu", "__pycache__", "Containerfile", "*.md", "*.txt"))
    return bucket


def _collections(uri: str) -> list[str]:
    from workloads.rag.milvus import connect

    mc = connect(uri)
    try:
        return sorted(mc.list_collections())
    finally:
        mc.close()


@pytest.mark.slow
def test_staging_writes_a_candidate_and_reconcile_follows_what_stable_serves(retrained, mlflow_uri, tmp_path):
    from workloads.promote.stage import MANIFEST, reconcile, stage

    t = _targets(tmp_path, mlflow_uri, "http://unused")
    bucket = _bucket(tmp_path)
    served_before = _tree(bucket / "models")
    staged = stage(str(bucket), "models", retrained.challenger_version, retrained.challenger_dir, t.milvus_uri)

    cand = bucket / staged.prefix
    assert staged.prefix == f"candidates/embedder-v{retrained.challenger_version}" and staged.rows == len(DATA.corpus)
    assert (cand / "embedder" / "1" / "weights" / "modules.json").is_file()
    assert (cand / "embedder" / "1" / "model.py").read_text() == (bucket / "models" / "embedder" / "1" / "model.py").read_text()
    assert f'string_value: "{staged.collection}"' in (cand / "rag" / "config.pbtxt").read_text()
    assert json.loads((cand / MANIFEST).read_text())["registered_model_version"] == retrained.challenger_version
    # Nothing served moved: the stable prefix, the alias target and the champion are as they were.
    assert _tree(bucket / "models") == served_before
    assert state(t)["milvus_alias_target"] == "loom_docs"
    assert alias_version(mlflow_uri, CHAMPION) == retrained.champion_version

    untouched = reconcile(str(bucket), "models", mlflow_uri, t.milvus_uri)
    assert untouched["changed"] == [] and "shipped repository" in untouched["reason"]
    try:
        moved = reconcile(str(bucket), staged.prefix, mlflow_uri, t.milvus_uri)
        assert moved["changed"] == [f"milvus:loom_docs->{staged.collection}", f"mlflow:loom-embedder@champion->{retrained.challenger_version}"]
        assert state(t)["milvus_alias_target"] == staged.collection
        assert alias_version(mlflow_uri, CHAMPION) == retrained.challenger_version
        assert reconcile(str(bucket), staged.prefix, mlflow_uri, t.milvus_uri)["changed"] == []  # idempotent
    finally:
        from workloads.retrain.registry import client

        client(mlflow_uri).set_registered_model_alias(REGISTERED_MODEL, CHAMPION, retrained.champion_version)


@pytest.mark.slow
@pytest.mark.parametrize("fail_after", ["index", "copy", "weights", "manifest"])
def test_staging_that_fails_halfway_leaves_bucket_and_milvus_as_they_were(retrained, mlflow_uri, tmp_path, fail_after, monkeypatch):
    from workloads.promote.stage import StageError, stage

    t = _targets(tmp_path, mlflow_uri, "http://unused")
    bucket = _bucket(tmp_path)
    files, collections = _tree(bucket), _collections(t.milvus_uri)
    seen = fail_at(monkeypatch, fail_after)
    with pytest.raises(StageError) as err:
        stage(str(bucket), "models", retrained.challenger_version, retrained.challenger_dir, t.milvus_uri)
    assert fail_after in seen and err.value.step == fail_after
    assert not err.value.undo_errors and err.value.undone[-1] == "index"
    assert _tree(bucket) == files and _collections(t.milvus_uri) == collections


@pytest.mark.slow  # its `retrained` fixture fine-tunes the embedder and registers it in MLflow (minutes)
def test_staging_refuses_a_prefix_that_is_not_a_model_repository(retrained, mlflow_uri, tmp_path):
    from workloads.promote.stage import StageError, stage

    t = _targets(tmp_path, mlflow_uri, "http://unused")
    bucket = _bucket(tmp_path)
    with pytest.raises(StageError) as err:
        stage(str(bucket), "no-such-prefix", retrained.challenger_version, retrained.challenger_dir, t.milvus_uri)
    assert err.value.step == "plan" and "no model repository under 'no-such-prefix'" in str(err.value) and err.value.undone == []
