"""KL divergence, thresholds, windows and the minimum window size."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from scipy.stats import entropy

from workloads.drift import Window, WindowError, check_drift, kl_divergence, parse_window, resolve_windows
from workloads.drift.kl import smoothed
from workloads.lake import Lake

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def test_kl_matches_closed_form_without_smoothing():
    p, q = np.array([0.5, 0.5]), np.array([0.9, 0.1])
    expected = 0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(0.5 / 0.1)
    assert kl_divergence(p * 1000, q * 1000, alpha=0.0) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    "cur,ref",
    [([10, 20, 30, 40], [40, 30, 20, 10]), ([1, 1, 1, 1], [1, 1, 1, 1]), ([5, 0, 7, 100], [3, 9, 0, 50]), ([1000, 1], [1, 1000])],
)
def test_kl_agrees_with_scipy_entropy(cur, ref):
    c, r = np.array(cur, float), np.array(ref, float)
    assert kl_divergence(c, r) == pytest.approx(entropy(smoothed(c), smoothed(r)), rel=1e-12)
    if (c > 0).all() and (r > 0).all():
        assert kl_divergence(c, r, alpha=0) == pytest.approx(entropy(c / c.sum(), r / r.sum()), rel=1e-12)


def test_identical_is_zero_and_empty_bins_stay_finite():
    assert kl_divergence(np.array([3, 4, 5]), np.array([3, 4, 5])) == 0.0
    assert math.isfinite(kl_divergence(np.array([10, 0]), np.array([0, 10])))
    with pytest.raises(ValueError, match="different bins"):
        kl_divergence(np.array([1, 2]), np.array([1, 2, 3]))


def _events(n, start, *, cluster, length, flagged_every=0, prefix="e"):
    step = timedelta(hours=20) / max(1, n)
    return [
        {"event_id": f"{prefix}{i}", "request_id": f"{prefix}{i}", "ts": start + i * step, "model": "rag", "model_version": "1",
         "question": "q", "answer": "a" * length(i), "question_cluster": cluster(i), "latency_ms": 1.0,
         "guard_flagged": bool(flagged_every and i % flagged_every == 0), "guard_findings": [], "sources": []}
        for i in range(n)
    ]


@pytest.fixture()
def drifted_lake(tmp_path):
    lake = Lake(tmp_path / "lake")
    ref, cur = Window(NOW - timedelta(days=2), NOW - timedelta(days=1)), Window(NOW - timedelta(days=1), NOW)
    lake.append("interactions", _events(400, ref.start, cluster=lambda i: i % 4, length=lambda i: 100, prefix="r"))
    lake.append("interactions", _events(400, cur.start, cluster=lambda i: i % 4 if i % 3 else 3, length=lambda i: 100 if i % 2 else 3000, prefix="c"))
    return lake, ref, cur


def test_drift_detected_per_feature(drifted_lake):
    lake, ref, cur = drifted_lake
    rep = check_drift(lake, ref, cur)
    by = {f.feature: f for f in rep.features}
    assert rep.reference_n == rep.current_n == 400
    assert by["answer_length"].drifted and by["topic"].drifted
    assert not by["guard_rate"].drifted and by["guard_rate"].kl == pytest.approx(0.0)
    assert rep.triggered and set(rep.drifted) == {"topic", "answer_length"}
    # the histograms behind the KL are in the report, and the KL is scipy's over them
    assert by["topic"].kl == pytest.approx(entropy(smoothed(np.array(by["topic"].current)), smoothed(np.array(by["topic"].reference))))


def test_threshold_is_strictly_greater(drifted_lake):
    lake, ref, cur = drifted_lake
    kl = {f.feature: f.kl for f in check_drift(lake, ref, cur).features}
    at = check_drift(lake, ref, cur, thresholds={"topic": kl["topic"], "answer_length": kl["answer_length"]})
    assert not at.triggered, "a KL equal to its threshold must not count as drift"
    below = check_drift(lake, ref, cur, thresholds={"topic": np.nextafter(kl["topic"], 0), "answer_length": 100.0})
    assert below.drifted == ["topic"]


def test_default_threshold_is_005(drifted_lake):
    lake, ref, cur = drifted_lake
    rep = check_drift(lake, ref, cur)
    assert {f.threshold for f in rep.features} == {0.05}


def test_empty_and_small_windows_trigger_nothing_and_say_why(tmp_path, drifted_lake):
    empty = check_drift(Lake(tmp_path / "empty"), Window(NOW - timedelta(days=2), NOW - timedelta(days=1)), Window(NOW - timedelta(days=1), NOW))
    assert not empty.triggered and all(f.kl is None for f in empty.features)
    assert "reference window has 0 interactions" in empty.features[0].reason
    lake, ref, cur = drifted_lake
    small = check_drift(lake, ref, cur, min_events=401)
    assert not small.triggered and "at least 401 needed" in small.features[0].reason


def test_unknown_feature_threshold_is_rejected(drifted_lake):
    lake, ref, cur = drifted_lake
    with pytest.raises(ValueError, match="unknown feature"):
        check_drift(lake, ref, cur, thresholds={"nope": 0.1})


def test_windows():
    assert parse_window("24h", end=NOW) == Window(NOW - timedelta(hours=24), NOW)
    w = parse_window("2026-11-01/2026-11-08", end=NOW)
    assert w.start == datetime(2026, 11, 1, tzinfo=timezone.utc) and w.end == datetime(2026, 11, 8, tzinfo=timezone.utc)
    ref, cur = resolve_windows("7d", "24h", now=NOW)
    assert cur.start == ref.end == NOW - timedelta(days=1) and ref.start == NOW - timedelta(days=8)
    for bad in ("", "7x", "0d", "2026-11-08/2026-11-01", "yesterday/today", "7"):
        with pytest.raises(WindowError, match="allowed|ISO"):
            parse_window(bad, end=NOW)
