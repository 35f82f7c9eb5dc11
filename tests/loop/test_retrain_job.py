"""The retraining Job's entry point: a deterministic held-out split, clear exits on bad setup."""

from __future__ import annotations

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
