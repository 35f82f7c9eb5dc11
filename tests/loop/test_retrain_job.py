"""The retraining Job's entry point: a deterministic held-out split, clear exits on bad setup."""

from __future__ import annotations

from pathlib import Path

import pytest

from workloads.retrain.__main__ import main, split_heldout
from workloads.retrain.pairs import Pair


def test_heldout_split_is_deterministic_and_disjoint():
    pairs = [Pair(f"r{i}", f"q{i}", f"p{i}", f"s{i}") for i in range(500)]
    train, held = split_heldout(pairs)
    assert split_heldout(list(reversed(pairs)))[1] == list(reversed(held))
    assert {p.request_id for p in train}.isdisjoint({p.request_id for p in held})
    assert len(train) + len(held) == 500 and 60 <= len(held) <= 140


def test_missing_environment_exits_2(monkeypatch, capsys):
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("LOOM_VECTOR_STORE_URI", raising=False)
    assert main([]) == 2
    assert "MLFLOW_TRACKING_URI" in capsys.readouterr().err


def test_models_uri_without_the_served_prefix_exits_2(monkeypatch, capsys):
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://127.0.0.1:9")
    monkeypatch.setenv("LOOM_VECTOR_STORE_URI", "http://127.0.0.1:9")
    monkeypatch.setenv("LOOM_MODELS_URI", "s3://loom-models")
    monkeypatch.delenv("LOOM_MODELS_PATH", raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "LOOM_MODELS_PATH" in err and err.count("\n") == 1


def test_a_staged_prefix_is_a_version_loom_rollout_accepts():
    """The Job prints `loom rollout --version <prefix>`; the rollout must take that prefix as is."""
    from loom.automation.tracks import check_version
    from loom.commands.stack import rollout
    from workloads.promote.stage import candidate_prefix, rollout_command, set_collection

    assert check_version(candidate_prefix("7")) is None and check_version(candidate_prefix("12")) is None
    argv = rollout_command("aws", candidate_prefix("7"))
    assert argv[:2] == ["loom", "rollout"]
    params = rollout.make_context("rollout", argv[2:]).params
    assert params["env"] == "aws" and params["version"] == "candidates/embedder-v7" and params["model"] == "rag"
    rag = (Path(__file__).resolve().parents[2] / "model_repo" / "rag" / "config.pbtxt").read_text()
    assert 'string_value: "loom_docs_m7"' in set_collection(rag, "loom_docs_m7")
    with pytest.raises(ValueError, match="exactly one `collection` parameter"):
        set_collection('name: "rag"\n', "loom_docs_m7")
