"""Gate inputs from real Triton metrics and Prometheus answers.

tests/automation/data/triton_metrics_{before,after}.txt were scraped from a real tritonserver
(the one nvidia-pytriton 0.7.0 bundles, started with `--metrics-config summary_latencies=true`)
serving a Python-backend model `echo` at versions 1 and 2. Between the two scrapes version 1
answered 60 requests, version 2 answered 45 and failed 5 (the model raised: reason="BACKEND").
"""

from __future__ import annotations

import math

import pytest

from loom.automation.gates import (
    GateThresholds,
    MetricsUnavailable,
    PrometheusSource,
    TritonEndpointSource,
    evaluate,
)
from loom.automation.metrics import (
    ExpositionError,
    TritonSnapshot,
    WindowStats,
    parse_exposition,
    triton_snapshot,
    window_between,
)

from tests.automation.fakes import DATA

BEFORE = (DATA / "triton_metrics_before.txt").read_text()
AFTER = (DATA / "triton_metrics_after.txt").read_text()


def test_parses_every_sample_of_a_real_triton_scrape():
    samples = parse_exposition(AFTER)
    names = {s.name for s in samples}
    assert {"nv_inference_request_success", "nv_inference_request_failure", "nv_inference_request_duration_us"} <= names
    assert "nv_inference_request_summary_us" in names and "nv_inference_request_summary_us_count" in names
    fail = [s for s in samples if s.name == "nv_inference_request_failure" and s.labels == {"model": "echo", "reason": "BACKEND", "version": "2"}]
    assert len(fail) == 1 and fail[0].value == 5
    non_comment = [ln for ln in AFTER.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(samples) == len(non_comment)


def test_snapshot_per_version_from_real_samples():
    v2 = triton_snapshot(parse_exposition(AFTER), "echo", "2")
    assert (v2.success, v2.failure) == (65, 5)
    assert v2.p99_us == 1042
    v1 = triton_snapshot(parse_exposition(AFTER), "echo", "1")
    assert (v1.success, v1.failure, v1.p99_us) == (80, 0, 1997)
    both = triton_snapshot(parse_exposition(AFTER), "echo")
    assert (both.success, both.failure) == (145, 5)
    assert both.p99_us == 1997  # the worse of the two
    assert triton_snapshot(parse_exposition(AFTER), "other") == TritonSnapshot(0, 0, 0, None)


def test_window_between_two_real_scrapes():
    before, after = parse_exposition(BEFORE), parse_exposition(AFTER)
    v2 = window_between(triton_snapshot(before, "echo", "2"), triton_snapshot(after, "echo", "2"))
    assert (v2.requests, v2.errors) == (50, 5)
    assert v2.error_rate == pytest.approx(0.10)
    # Triton's summary says 1.042 ms, but it only sees the 45 successes: with 5 of 50 failed, the
    # window's p99 request is a failed one.
    assert v2.p99_ms is None and v2.p99_note == "10.00% of the requests failed: the p99 request is a failed one"
    assert v2.mean_ms is not None and 0 < v2.mean_ms < 10
    v1 = window_between(triton_snapshot(before, "echo", "1"), triton_snapshot(after, "echo", "1"))
    assert (v1.requests, v1.errors, v1.error_rate) == (60, 0, 0.0)
    assert v1.p99_ms == pytest.approx(1.997) and v1.p99_source == "request summary"


def test_the_real_failing_version_fails_the_gate_and_the_healthy_one_passes():
    before, after = parse_exposition(BEFORE), parse_exposition(AFTER)
    gates = GateThresholds(max_error_rate=0.05, max_p99_ms=50, min_requests=20)
    v2 = evaluate(window_between(triton_snapshot(before, "echo", "2"), triton_snapshot(after, "echo", "2")), gates)
    assert not v2.passed and v2.reasons == [
        "error rate 10.00% > 5.00% (5/50)",
        "p99 latency over 50.0 ms: 10.00% of the requests failed: the p99 request is a failed one",
    ]
    v1 = evaluate(window_between(triton_snapshot(before, "echo", "1"), triton_snapshot(after, "echo", "1")), gates)
    assert v1.passed and v1.reasons == []


def test_counter_reset_counts_from_zero():
    before = TritonSnapshot(success=1000, failure=10, duration_us=5e6, p99_us=None)
    after = TritonSnapshot(success=40, failure=2, duration_us=1e5, p99_us=900.0)  # the pod restarted
    w = window_between(before, after)
    assert (w.requests, w.errors) == (42, 2)


def test_exposition_escapes_special_values_and_timestamps():
    text = (
        '# HELP x a metric\n'
        'x{path="C:\\\\dir",quote="say \\"hi\\"",nl="a\\nb"} 1.5 1700000000000\n'
        'y NaN\n'
        'z{le="+Inf"} +Inf\n'
        'w{a="1",} -Inf\n'
        '\n'
    )
    x, y, z, w = parse_exposition(text)
    assert x.labels == {"path": "C:\\dir", "quote": 'say "hi"', "nl": "a\nb"} and x.value == 1.5
    assert math.isnan(y.value) and y.labels == {}
    assert z.value == math.inf and z.labels == {"le": "+Inf"}
    assert w.value == -math.inf and w.labels == {"a": "1"}


@pytest.mark.parametrize("bad", ['x{a=1} 2', "x{a=\"1\"}", "x notanumber", 'x{a="unterminated} 1'])
def test_bad_exposition_names_the_line(bad):
    with pytest.raises(ExpositionError, match="metrics line 2"):
        parse_exposition("ok 1\n" + bad + "\n")


@pytest.mark.parametrize(
    "stats, gates, passed, reason",
    [
        (WindowStats(100, 1, 200.0, 50.0), GateThresholds(), True, None),
        (WindowStats(100, 2, 200.0, 50.0), GateThresholds(), False, "error rate 2.00% > 1.00%"),
        (WindowStats(100, 0, 1200.0, 50.0), GateThresholds(), False, "p99 latency 1200.0 ms > 1000.0 ms"),
        (WindowStats(100, 0, None, 50.0), GateThresholds(), False, "p99 latency unavailable"),
        (WindowStats(100, 0, None, 50.0), GateThresholds(max_p99_ms=None), True, None),
        (WindowStats(19, 0, 1.0, 1.0), GateThresholds(), False, "only 19 request(s) observed"),
        (WindowStats(0, 0, None, None), GateThresholds(min_requests=0), False, "only 0 request(s) observed; at least 1 needed"),
        (WindowStats(1, 0, 5.0, 5.0), GateThresholds(min_requests=0), True, None),
        (WindowStats(100, 5, None, 5.0, "request summary", "5.00% of the requests failed"), GateThresholds(max_error_rate=0.1), False, "p99 latency over 1000.0 ms: 5.00% of the requests failed"),
    ],
)
def test_evaluate(stats, gates, passed, reason):
    result = evaluate(stats, gates)
    assert result.passed is passed
    if reason:
        assert any(reason in r for r in result.reasons), result.reasons


def test_triton_endpoint_source_takes_deltas_between_begin_and_measure():
    pages = iter([BEFORE, AFTER])
    seen = []

    def get(url, params):
        seen.append(url)
        return next(pages)

    src = TritonEndpointSource("http://127.0.0.1:8002", "echo", "2", http_get=get)
    src.begin()
    w = src.measure()
    assert seen == ["http://127.0.0.1:8002/metrics"] * 2
    assert (w.requests, w.errors) == (50, 5)


def test_triton_endpoint_source_reports_garbage_as_unavailable():
    src = TritonEndpointSource("http://h:8002/metrics", "echo", http_get=lambda u, p: "<html>oops</html>")
    with pytest.raises(MetricsUnavailable, match="metrics line 1"):
        src.begin()


def _vector(value):
    return {"status": "success", "data": {"resultType": "vector", "result": [{"metric": {}, "value": [1732530000.123, str(value)]}]}}


EMPTY = {"status": "success", "data": {"resultType": "vector", "result": []}}


def test_prometheus_source_queries_and_reads_the_http_api():
    now = [0.0]
    asked = {}
    quantiles = {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"quantile": q}, "value": [1732530000.1, v]} for q, v in (("0.5", "300000"), ("0.99", "850000"), ("0.999", "900000"))
    ]}}
    answers = {"success": _vector(995), "failure": _vector(5), "duration_us": _vector(10_000_000), "buckets_ms": EMPTY, "quantiles_us": quantiles}

    def get(url, params):
        assert url == "http://prometheus.loom-system:9090/api/v1/query"
        query = params["query"]
        for key, q in src.queries(180).items():
            if q == query:
                asked[key] = q
                return answers[key]
        raise AssertionError(f"unexpected query {query}")

    src = PrometheusSource("http://prometheus.loom-system:9090/", "generator", http_get=get, clock=lambda: now[0])
    src.begin()
    now[0] = 179.2
    w = src.measure()
    assert set(asked) == {"success", "failure", "duration_us", "buckets_ms", "quantiles_us"}
    assert asked["failure"] == 'sum(increase(nv_inference_request_failure{model="generator",pod=~"triton-canary-.*"}[180s]))'
    assert asked["quantiles_us"] == 'max by (quantile) (max_over_time(nv_inference_request_summary_us{model="generator",pod=~"triton-canary-.*"}[180s]))'
    assert asked["buckets_ms"] == 'sum by (le) (increase(nv_inference_first_response_histogram_ms_bucket{model="generator",pod=~"triton-canary-.*"}[180s]))'
    assert (w.requests, w.errors) == (1000, 5)
    # 5 failed of 1000: the window's p99 is the successes' 0.99 * 1000 / 995 = 0.995 quantile, read
    # from the next published one (0.999), the worst any pod published during the window
    assert w.p99_ms == pytest.approx(900.0) and w.p99_source == "request summary" and w.mean_ms == pytest.approx(10.0)


def test_prometheus_source_prefers_the_windows_histogram():
    buckets = {"status": "success", "data": {"resultType": "vector", "result": [
        {"metric": {"le": le}, "value": [1.0, v]} for le, v in (("100", "900"), ("500", "990"), ("2000", "1000"), ("5000", "1000"), ("+Inf", "1000"))
    ]}}
    answers = {"success": _vector(1000), "failure": EMPTY, "duration_us": _vector(1e8), "buckets_ms": buckets, "quantiles_us": EMPTY}

    def get(url, params):
        return next(answers[k] for k, q in src.queries(60).items() if q == params["query"])

    src = PrometheusSource("http://p:9090", "generator", http_get=get, clock=lambda: 0.0)
    src.begin()
    w = src.measure()
    assert w.p99_ms == pytest.approx(500.0) and w.p99_source == "first-response histogram"


def test_prometheus_source_no_series_means_no_traffic_and_errors_are_unavailable():
    src = PrometheusSource("http://p:9090", "rag", selector='{track="canary"}', http_get=lambda u, p: EMPTY, clock=lambda: 0.0)
    assert src.matchers == 'model="rag",track="canary"'
    src.begin()
    w = src.measure()
    assert (w.requests, w.errors, w.p99_ms, w.mean_ms) == (0, 0, None, None)
    assert not evaluate(w, GateThresholds()).passed

    bad = PrometheusSource("http://p:9090", "rag", http_get=lambda u, p: {"status": "error", "errorType": "bad_data", "error": "parse error"})
    with pytest.raises(MetricsUnavailable, match="parse error"):
        bad.measure()


def _exposition(success, failure, quantiles_us=None, buckets_ms=None, model="generator"):
    lines = [
        f'nv_inference_request_success{{model="{model}",version="1"}} {success}',
        f'nv_inference_request_failure{{model="{model}",reason="BACKEND",version="1"}} {failure}',
        f'nv_inference_request_duration_us{{model="{model}",version="1"}} {success * 1000}',
    ]
    for q, v in (quantiles_us or {}).items():
        lines.append(f'nv_inference_request_summary_us{{model="{model}",version="1",quantile="{q}"}} {v}')
    for le, v in (buckets_ms or {}).items():
        lines.append(f'nv_inference_first_response_histogram_ms_bucket{{model="{model}",version="1",le="{le}"}} {v}')
    return "\n".join(lines) + "\n"


def test_the_summary_p99_is_the_worst_seen_inside_the_window_not_the_last_instant():
    """A latency spike in the middle of the window is gone from Triton's sliding window at the end;
    the sample taken while it lasted still fails the gate."""
    pages = iter([
        _exposition(0, 0, {"0.99": 200_000}),  # begin
        _exposition(300, 0, {"0.99": 2_500_000}),  # mid-window sample: 2.5 s
        _exposition(600, 0, {"0.99": 200_000}),  # end: quiet again
    ])
    src = TritonEndpointSource("http://h:8002", "generator", http_get=lambda u, p: next(pages))
    src.begin()
    src.sample()
    w = src.measure()
    assert w.requests == 600 and w.p99_ms == pytest.approx(2500.0)
    assert "p99 latency 2500.0 ms > 1000.0 ms" in evaluate(w, GateThresholds()).reasons


def test_the_histogram_gives_the_windows_p99_and_failures_count_as_slowest():
    before = _exposition(1000, 0, buckets_ms={"100": 900, "500": 990, "+Inf": 1000})
    # in the window: 100 requests, 98 under 100 ms, 2 under 500 ms; the histogram's history does not count
    after = _exposition(1100, 0, buckets_ms={"100": 998, "500": 1090, "+Inf": 1100})
    pages = iter([before, after])
    src = TritonEndpointSource("http://h:8002", "generator", http_get=lambda u, p: next(pages))
    src.begin()
    w = src.measure()
    assert w.p99_source == "first-response histogram" and w.p99_ms == pytest.approx(100 + 400 * 0.5)
    # the same window with 2 failed requests: the p99 rank lands in +Inf
    failing = iter([before, _exposition(1100, 2, buckets_ms={"100": 998, "500": 1090, "+Inf": 1100})])
    src = TritonEndpointSource("http://h:8002", "generator", http_get=lambda u, p: next(failing))
    src.begin()
    w = src.measure()
    assert w.p99_ms is None and "above the largest bucket (500 ms); 2 failed request(s) count as slower than any bound" in w.p99_note
    assert not evaluate(w, GateThresholds(max_error_rate=0.05)).passed


@pytest.mark.parametrize(
    "failed, expected",
    [(0, 1000.0), (5, 2000.0), (9, 2000.0), (11, None)],  # of 1000: 0.99 -> 0.99 ; 0.995 -> 0.999 ; 0.999 -> 0.999 ; > 1 % -> failed
)
def test_failed_requests_raise_the_summary_quantile_that_bounds_the_p99(failed, expected):
    pages = iter([_exposition(0, 0), _exposition(1000 - failed, failed, {"0.5": 300_000, "0.99": 1_000_000, "0.999": 2_000_000})])
    src = TritonEndpointSource("http://h:8002", "generator", http_get=lambda u, p: next(pages))
    src.begin()
    w = src.measure()
    assert w.requests == 1000
    if expected is None:
        assert w.p99_ms is None and "1.10% of the requests failed" in w.p99_note
    else:
        assert w.p99_ms == pytest.approx(expected)
