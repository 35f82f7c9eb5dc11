"""The rag hook's logger: records are guarded and written in batches, exactly once."""

from __future__ import annotations

import time

from workloads.lake import Lake
from workloads.lake.rag_logger import LakeInteractionLogger
from workloads.rag.interactions import InteractionRecord, load_logger


def test_hook_records_reach_the_lake_guarded(tmp_path):
    log = LakeInteractionLogger(str(tmp_path), inference_url=None, flush_s=0.2)
    rec = InteractionRecord(request_id="abc", question="I am bob@example.org, what is drift?", answer="Drift is [EMAIL] change",
                            sources=[{"id": "c1", "source": "docs/x.md"}], guard_findings=[{"category": "email", "start": 9, "end": 16}],
                            latency_ms=12.5, model_versions={"rag": "1"}, timestamp=time.time())
    log(rec)
    log(rec)  # the rag model retrying a log call must not duplicate the event
    log.close()
    rows = Lake(tmp_path).read("interactions").to_pylist()
    assert len(rows) == 1
    row = rows[0]
    assert row["request_id"] == "abc" and row["sources"] == ["c1"] and row["guard_flagged"]
    assert "bob@example.org" not in row["question"] and "email" in row["guard_findings"]
    assert row["question_cluster"] == -1  # no reference centroids yet


def test_the_hook_spec_resolves_to_the_lake_logger(tmp_path, monkeypatch):
    monkeypatch.setenv("LOOM_LAKE_URI", str(tmp_path))
    logger = load_logger("workloads.lake.rag_logger:LakeInteractionLogger")
    assert isinstance(logger, LakeInteractionLogger)
    logger.close()
