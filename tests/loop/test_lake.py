"""The lake: schemas, quarantine, exactly-once appends, guarded interactions."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime, timedelta, timezone

import pytest

from tests.loop.conftest import clean
from workloads.lake import SCHEMA_VERSION, Lake, correction_event, interaction_event, kpi_event

T0 = datetime(2026, 11, 20, tzinfo=timezone.utc)


def _event(i: int, **over):
    ev = {"event_id": f"e{i}", "request_id": f"r{i}", "ts": T0 + timedelta(seconds=i), "model": "rag", "model_version": "1",
          "question": "q", "answer": "a", "latency_ms": 1.0, "guard_flagged": False, "guard_findings": [], "sources": []}
    ev.update(over)
    return ev


def test_rows_carry_the_schema_version(tmp_path):
    lake = Lake(tmp_path)
    lake.append("interactions", [_event(1)])
    row = lake.read("interactions").to_pylist()[0]
    assert row["schema_version"] == SCHEMA_VERSION and row["date"] == "2026-11-20" and row["answer_length"] == 1


@pytest.mark.parametrize(
    "bad,reason",
    [
        ({"answer": None}, "answer is missing"),
        ({"ts": "not a time"}, "ts = 'not a time'"),
        ({"latency_ms": -3}, "latency_ms"),
        ({"guard_flagged": None}, "output guard must run"),
        ({"schema_version": 99}, "schema_version = 99 is not supported"),
        ({"sources": "x"}, "sources"),
        ({"question_cluster": 1.5}, "question_cluster"),
    ],
)
def test_malformed_events_are_quarantined_with_the_reason(tmp_path, bad, reason):
    lake = Lake(tmp_path)
    res = lake.append("interactions", [_event(1), _event(2, **bad), _event(3)])
    assert (res.inserted, res.quarantined) == (2, 1)
    assert lake.read("interactions").num_rows == 2
    q = lake.read("quarantine").to_pylist()
    assert len(q) == 1 and reason in q[0]["reason"] and q[0]["table"] == "interactions" and '"e2"' in q[0]["payload"]


def test_non_object_event_is_quarantined(tmp_path):
    res = Lake(tmp_path).append("kpis", ["just a string", kpi_event("latency", 3.0, {"team": "a"})])
    assert (res.inserted, res.quarantined) == (1, 1)
    assert "not an object" in res.reasons[0]


def test_corrections_need_exactly_one_of_answer_or_source(tmp_path):
    lake = Lake(tmp_path)
    both = correction_event(request_id="r1", corrected_answer="x", source_id="s", scan=clean)
    neither = correction_event(request_id="r1", scan=clean)
    res = lake.append("corrections", [both, neither])
    assert res.quarantined == 2 and all("exactly one" in r for r in res.reasons)


def test_retried_appends_do_not_duplicate(tmp_path):
    lake = Lake(tmp_path)
    batch = [_event(i) for i in range(100)]
    assert lake.append("interactions", batch).inserted == 100
    again = lake.append("interactions", batch[50:] + [_event(100), _event(100)])
    assert (again.inserted, again.duplicates) == (1, 51)
    assert lake.read("interactions").num_rows == 101


def test_flagged_content_is_stored_redacted(tmp_path):
    from workloads.guard import scan

    lake = Lake(tmp_path)
    ev = interaction_event(request_id="r1", question="my email is jane.roe@example.com", answer="call 555-867-5309 or mail jane.roe@example.com",
                           latency_ms=3.0, sources=["doc#1"], scan=scan)
    lake.append("interactions", [ev])
    row = lake.read("interactions").to_pylist()[0]
    assert row["guard_flagged"] and "email" in row["guard_findings"]
    assert "jane.roe@example.com" not in row["question"] and "jane.roe@example.com" not in row["answer"]
    clean_ev = interaction_event(request_id="r2", question="what is drift?", answer="a change in distribution", scan=scan)
    assert not clean_ev["guard_flagged"] and clean_ev["answer"] == "a change in distribution"


def _writer(args):
    root, lo, hi, batch = args
    lake = Lake(root)
    for b in range(lo, hi, batch):
        lake.append("interactions", [_event(i) for i in range(b, min(hi, b + batch))])


@pytest.mark.slow
def test_concurrent_writers_lose_and_duplicate_nothing(tmp_path):
    """100k events, 4 processes; every event is written by two of them (a retry storm)."""
    n, half = 100_000, 50_000
    jobs = [(str(tmp_path), 0, half, 5000), (str(tmp_path), 0, half, 6250), (str(tmp_path), half, n, 5000), (str(tmp_path), half, n, 6250)]
    with mp.get_context("spawn").Pool(4) as pool:
        pool.map(_writer, jobs)
    ids = Lake(tmp_path).read("interactions", ["event_id"]).column("event_id").to_pylist()
    assert len(ids) == n and len(set(ids)) == n


def test_the_tables_written_are_the_contracts(tmp_path):
    """The component keeps the collector's raw prefix out of these directories: they must be the
    tables the workloads write, each at the lake's root."""
    from contract.lake import LAKE_TABLES
    from workloads.lake.schemas import SCHEMAS

    assert set(SCHEMAS) == set(LAKE_TABLES)
    lake = Lake(tmp_path)
    lake.append("interactions", [_event(1)])
    assert (tmp_path / "interactions" / "_delta_log").is_dir()
