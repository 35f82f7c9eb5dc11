"""Canary gates: is the canary healthy enough to take more traffic?

Two sources of the same numbers, behind one `MetricsSource` interface:
- `PrometheusSource`: PromQL over Prometheus' HTTP API (`/api/v1/query`), the normal choice in a
  cluster (Prometheus scrapes every Triton pod's `:8002/metrics`);
- `TritonEndpointSource`: scrapes a Triton metrics endpoint directly (e.g. a canary pod behind
  `kubectl port-forward`), the choice where no Prometheus runs (edge, dev).
A gate fails closed: no data, too little traffic (zero requests never pass, whatever
`min_requests` says) or an unreachable source is a failure, never a pass. The p99 is the window's
(metrics.window_p99), with failed requests counted as the slowest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Protocol

from loom.automation.metrics import (
    DURATION_US,
    FAILURE,
    HISTOGRAM_MS,
    SUCCESS,
    SUMMARY_US,
    ExpositionError,
    TritonSnapshot,
    WindowStats,
    parse_exposition,
    triton_snapshot,
    window_between,
    window_p99,
)

HTTP_TIMEOUT_S = 10.0
"""Bound on every metrics request: a hung Prometheus must not stall a rollout."""

DEFAULT_CANARY_SELECTOR = 'pod=~"triton-canary-.*"'
"""PromQL matcher that picks the canary track's pods (the canary Deployment is `triton-canary`)."""


class MetricsUnavailable(Exception):
    """The source could not be read (unreachable, bad answer); the gate treats it as a failure."""


@dataclass(frozen=True)
class GateThresholds:
    """Limits a canary must stay within during each step's observation window."""

    max_error_rate: float = 0.01
    """Largest tolerated share of failed requests (0.01 = 1 %)."""
    max_p99_ms: Optional[float] = 1000.0
    """Largest tolerated p99 request latency in ms; None disables the latency gate."""
    min_requests: int = 20
    """Fewest requests the canary must serve in a window for the numbers to mean anything."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.max_error_rate <= 1.0:
            raise ValueError(f"max_error_rate = {self.max_error_rate!r}; allowed: 0.0 to 1.0")
        if self.max_p99_ms is not None and not self.max_p99_ms > 0:
            raise ValueError(f"max_p99_ms = {self.max_p99_ms!r}; allowed: a positive number of milliseconds")
        if self.min_requests < 0:
            raise ValueError(f"min_requests = {self.min_requests!r}; allowed: 0 or more")


@dataclass
class GateResult:
    passed: bool
    enough_traffic: bool
    reasons: list[str] = field(default_factory=list)
    stats: Optional[WindowStats] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "enough_traffic": self.enough_traffic,
            "reasons": list(self.reasons),
            "stats": self.stats.to_dict() if self.stats else None,
        }


def evaluate(stats: WindowStats, thresholds: GateThresholds) -> GateResult:
    """Check one window against the thresholds; every breached limit is named in `reasons`."""
    needed = max(thresholds.min_requests, 1)  # a window without a single request proves nothing
    if stats.requests < needed:
        return GateResult(False, False, [f"only {stats.requests} request(s) observed; at least {needed} needed"], stats)
    reasons: list[str] = []
    rate = stats.error_rate
    if rate is not None and rate > thresholds.max_error_rate:
        reasons.append(f"error rate {rate:.2%} > {thresholds.max_error_rate:.2%} ({stats.errors}/{stats.requests})")
    if thresholds.max_p99_ms is not None and stats.requests:
        if stats.p99_ms is None and stats.p99_note:
            reasons.append(f"p99 latency over {thresholds.max_p99_ms:.1f} ms: {stats.p99_note}")
        elif stats.p99_ms is None:
            reasons.append(
                "p99 latency unavailable (Triton needs --metrics-config summary_latencies=true, "
                "or histogram_latencies=true for decoupled models)"
            )
        elif stats.p99_ms > thresholds.max_p99_ms:
            reasons.append(f"p99 latency {stats.p99_ms:.1f} ms > {thresholds.max_p99_ms:.1f} ms")
    return GateResult(not reasons, True, reasons, stats)


class MetricsSource(Protocol):
    """Measures the canary over a window: `begin()` opens it, `sample()` is called while it lasts
    (every heartbeat), `measure()` reads what happened since `begin()`."""

    description: str

    def begin(self) -> None: ...

    def sample(self) -> None: ...

    def measure(self) -> WindowStats: ...


HttpGet = Callable[[str, Optional[dict[str, str]]], Any]
"""(url, params) -> decoded body: text for the metrics endpoint, JSON for Prometheus. Injected in tests."""


def _requests_get_text(url: str, params: Optional[dict[str, str]] = None) -> str:
    import requests

    try:
        resp = requests.get(url, params=params, timeout=HTTP_TIMEOUT_S)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise MetricsUnavailable(f"{url}: {exc.__class__.__name__}: {exc}") from None
    return resp.text


def _requests_get_json(url: str, params: Optional[dict[str, str]] = None) -> Any:
    import json

    try:
        return json.loads(_requests_get_text(url, params))
    except ValueError:
        raise MetricsUnavailable(f"{url}: answer is not JSON") from None


class TritonEndpointSource:
    """Scrapes one Triton metrics endpoint at the start and end of the window and takes the deltas."""

    def __init__(self, url: str, model: str, version: Optional[str] = None, http_get: HttpGet | None = None) -> None:
        self.url = url if url.rstrip("/").endswith("/metrics") else url.rstrip("/") + "/metrics"
        self.model, self.version = model, version
        self.description = f"Triton metrics {self.url} (model {model}{', version ' + version if version else ''})"
        self._get = http_get or _requests_get_text
        self._start: TritonSnapshot | None = None
        self._samples: list[TritonSnapshot] = []
        self.missed_samples = 0

    def _scrape(self) -> TritonSnapshot:
        try:
            return triton_snapshot(parse_exposition(self._get(self.url, None)), self.model, self.version)
        except ExpositionError as exc:
            raise MetricsUnavailable(f"{self.url}: {exc}") from None

    def begin(self) -> None:
        self._start = self._scrape()
        self._samples = []

    def sample(self) -> None:
        """A scrape inside the window: its summary quantiles join the window's p99 bound. A failed
        sample only narrows the bound's coverage; the final `measure()` still fails closed."""
        try:
            self._samples.append(self._scrape())
        except MetricsUnavailable:
            self.missed_samples += 1

    def measure(self) -> WindowStats:
        if self._start is None:
            self.begin()
        end = self._scrape()
        stats = window_between(self._start, end, self._samples)  # type: ignore[arg-type]  # begin() above set _start
        self._samples.append(end)
        return stats


class PrometheusSource:
    """PromQL over `/api/v1/query`: increases of Triton's counters over the window, p99 from its summary."""

    def __init__(
        self,
        url: str,
        model: str,
        selector: str = DEFAULT_CANARY_SELECTOR,
        http_get: HttpGet | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        import time

        self.url = url.rstrip("/")
        self.model = model
        self.selector = selector
        self.description = f"Prometheus {self.url} ({self.matchers})"
        self._get = http_get or _requests_get_json
        self._clock = clock or time.monotonic
        self._began: float | None = None

    @property
    def matchers(self) -> str:
        extra = self.selector.strip().strip("{}").strip()
        return f'model="{self.model}"' + (f",{extra}" if extra else "")

    def queries(self, window_s: int) -> dict[str, str]:
        """The PromQL this source runs for a window of `window_s` seconds (also shown in docs)."""
        sel, rng = self.matchers, f"[{window_s}s]"
        return {
            "success": f"sum(increase({SUCCESS}{{{sel}}}{rng}))",
            "failure": f"sum(increase({FAILURE}{{{sel}}}{rng}))",
            "duration_us": f"sum(increase({DURATION_US}{{{sel}}}{rng}))",
            # Histograms aggregate: the window's bucket increases over every canary pod.
            "buckets_ms": f"sum by (le) (increase({HISTOGRAM_MS}_bucket{{{sel}}}{rng}))",
            # Summaries do not: per quantile, the worst value any pod published during the window.
            "quantiles_us": f"max by (quantile) (max_over_time({SUMMARY_US}{{{sel}}}{rng}))",
        }

    def begin(self) -> None:
        self._began = self._clock()

    def sample(self) -> None:
        """Nothing to do: Prometheus keeps every scrape of the window (max_over_time reads them)."""

    def measure(self) -> WindowStats:
        began = self._began if self._began is not None else self._clock()
        window_s = max(60, int(math.ceil(self._clock() - began)))  # increase() needs >= 2 scrapes in range
        q = self.queries(window_s)
        ok, bad, spent = (self._scalar(q[k]) or 0.0 for k in ("success", "failure", "duration_us"))
        buckets = {float(le): v for le, v in self._vector(q["buckets_ms"], "le").items()}
        quantiles = {float(k): v for k, v in self._vector(q["quantiles_us"], "quantile").items()}
        total = ok + bad
        p99, source, note = window_p99(ok, bad, buckets, [quantiles] if quantiles else [])
        return WindowStats(
            requests=int(round(total)),
            errors=int(round(bad)),
            p99_ms=p99,
            mean_ms=(spent / total / 1000.0) if total else None,
            p99_source=source,
            p99_note=note,
        )

    def _result(self, query: str) -> list:
        body = self._get(f"{self.url}/api/v1/query", {"query": query})
        if not isinstance(body, dict) or body.get("status") != "success":
            err = body.get("error") if isinstance(body, dict) else None
            raise MetricsUnavailable(f"Prometheus rejected {query!r}: {err or body!r}")
        return (body.get("data") or {}).get("result") or []

    def _scalar(self, query: str) -> float | None:
        result = self._result(query)
        if not result:
            return None  # no series: no traffic yet
        try:
            value = float(result[0]["value"][1])
        except (KeyError, IndexError, TypeError, ValueError):
            raise MetricsUnavailable(f"Prometheus answered {query!r} with an unexpected shape: {result[0]!r}") from None
        return None if math.isnan(value) else value

    def _vector(self, query: str, label: str) -> dict[str, float]:
        """label value -> sample value of a vector answer (NaN samples dropped)."""
        out: dict[str, float] = {}
        for item in self._result(query):
            try:
                key, value = item["metric"][label], float(item["value"][1])
            except (KeyError, IndexError, TypeError, ValueError):
                raise MetricsUnavailable(f"Prometheus answered {query!r} with an unexpected shape: {item!r}") from None
            if not math.isnan(value):
                out[key] = value
        return out
