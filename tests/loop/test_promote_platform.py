"""Promotion against the real local platform: a failure after all three switches moved undoes them all."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from workloads.rag.milvus import connect

from workloads.promote import PromotionError, Targets, Triton, promote, state
from tests.loop.faults import fail_at
from workloads.promote.collections import reindex
from workloads.retrain.demo_data import demo_data


@pytest.mark.platform
@pytest.mark.slow
def test_failure_after_the_switch_restores_triton_milvus_and_mlflow(local_platform, tmp_path, monkeypatch):
    import mlflow

    from workloads.retrain.registry import CHAMPION, REGISTERED_MODEL, client, ensure_champion, log_model
    from workloads.retrain.train import base_model_path

    home = Path(os.environ["LOOM_HOME"])
    tracking = local_platform["tracking"]["uri"]
    champion = ensure_champion(tracking, base_model_path())
    mlflow.set_experiment("loom-test-promotion")
    with mlflow.start_run():
        challenger = log_model(base_model_path())  # same weights: this test is about the switches, not quality
    # Its own collection name: the shared platform's `loom_docs` keeps serving other tests meanwhile.
    alias = f"loom_promotiontest_{uuid.uuid4().hex[:8]}"
    t = Targets(model_repo=home / "model_repo", triton_url=local_platform["inference"]["http_url"],
                milvus_uri=local_platform["vector_store"]["uri"], tracking_uri=tracking, alias=alias)
    mc = connect(t.milvus_uri)
    reindex(mc, None, alias, None)
    data = demo_data()
    ids = list(data.corpus)
    vecs = Triton(t.triton_url).embed("embedder", [data.corpus[i] for i in ids])
    mc.insert(alias, [{"id": i, "vector": v.tolist(), "source": i, "chunk": 0, "heading": "", "text": data.corpus[i], "doc_hash": "h"} for i, v in zip(ids, vecs)])
    mc.flush(alias)
    triton = Triton(t.triton_url)
    before, served = state(t), triton.ready_versions("embedder")
    seen = fail_at(monkeypatch, "switch:mlflow")
    with pytest.raises(PromotionError) as err:
        promote(t, challenger, base_model_path(), data.heldout(), champion_recall=0.0)
    assert "switch:mlflow" in seen and err.value.step == "switch:mlflow" and not err.value.undo_errors
    assert err.value.undone[:3] == ["switch:mlflow", "switch:milvus", "switch:triton"]
    assert state(t) == before
    assert triton.ready_versions("embedder") == served
    assert "embedder_canary" not in {m for m in (p.name for p in t.model_repo.iterdir())}
    assert str(client(tracking).get_model_version_by_alias(REGISTERED_MODEL, CHAMPION).version) == champion
    assert triton.embed("embedder", ["still serving?"]).shape == (1, 384)
    mc.drop_collection(alias)
    mc.close()
