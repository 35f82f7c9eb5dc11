"""Triton's serving metrics, read from its Prometheus text endpoint (`:8002/metrics`).

A focused parser of the Prometheus text exposition format (version 0.0.4): sample lines
`name{label="value",...} value [timestamp]`, with the format's escapes in label values
(`\\\\`, `\\"`, `\\n`) and the special values NaN/+Inf/-Inf. Triton publishes only that format, and
the gates need a few of its counters and one summary, so ~60 lines here replace a dependency.

Triton's metric names (docs/user_guide/metrics.md of triton-inference-server/server):
`nv_inference_request_success` / `nv_inference_request_failure{reason=...}` (counters, per model and
version), `nv_inference_request_duration_us` (cumulative microseconds); with
`--metrics-config summary_latencies=true` the summary `nv_inference_request_summary_us{quantile=...}`
(quantiles over a sliding time window inside Triton, successful requests only: its `_count` equals
`nv_inference_request_success`); with `--metrics-config histogram_latencies=true`, for decoupled
models (the vLLM generator), the histogram `nv_inference_first_response_histogram_ms` (cumulative
`_bucket{le=...}` counters, default buckets 100, 500, 2000, 5000 ms).

The p99 of a window (`window_p99`):
- from the histogram when there is one: the window's bucket increases, exact to the bucket, the
  way PromQL's `histogram_quantile` interpolates;
- else from the summaries: the worst value of the quantile, over every scrape taken inside the
  window (a single scrape only sees Triton's own sliding window at that instant);
- failed requests count, as slower than any bound: they join the histogram's +Inf bucket, and with
  summaries the quantile to read rises to 0.99 * all / successful (more than 1 % failed: the p99
  request is a failed one, and the gate fails).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

SUCCESS = "nv_inference_request_success"
FAILURE = "nv_inference_request_failure"
DURATION_US = "nv_inference_request_duration_us"
SUMMARY_US = "nv_inference_request_summary_us"
HISTOGRAM_MS = "nv_inference_first_response_histogram_ms"
P99_QUANTILE = "0.99"
P99 = 0.99


class ExpositionError(ValueError):
    """A line of the metrics text that is not valid exposition format (names the line number)."""


@dataclass(frozen=True)
class Sample:
    name: str
    labels: Mapping[str, str]
    value: float


def parse_exposition(text: str) -> list[Sample]:
    """Every sample in `text`; comments (# HELP, # TYPE) and blank lines are skipped."""
    samples: list[Sample] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            samples.append(_parse_sample(line))
        except (ValueError, IndexError) as exc:
            raise ExpositionError(f"metrics line {number}: {exc}: {raw[:120]!r}") from None
    return samples


def _parse_sample(line: str) -> Sample:
    brace = line.find("{")
    space = line.find(" ")
    labels: dict[str, str] = {}
    if brace != -1 and (space == -1 or brace < space):
        name = line[:brace]
        pos = brace + 1
        while True:
            while line[pos] in " ,":
                pos += 1
            if line[pos] == "}":
                pos += 1
                break
            eq = line.index("=", pos)
            key = line[pos:eq].strip()
            if line[eq + 1] != '"':
                raise ValueError(f"label {key!r} value is not quoted")
            value, pos = _read_quoted(line, eq + 2)
            labels[key] = value
        rest = line[pos:].split()
    else:
        name, *rest = line.split()
    if not name or not rest:
        raise ValueError("expected `name{labels} value`")
    return Sample(name=name, labels=labels, value=_parse_value(rest[0]))


def _read_quoted(line: str, pos: int) -> tuple[str, int]:
    out: list[str] = []
    while True:
        ch = line[pos]
        if ch == "\\":
            nxt = line[pos + 1]
            out.append("\n" if nxt == "n" else nxt)
            pos += 2
        elif ch == '"':
            return "".join(out), pos + 1
        else:
            out.append(ch)
            pos += 1


def _parse_value(token: str) -> float:
    special = {"nan": math.nan, "+inf": math.inf, "inf": math.inf, "-inf": -math.inf}
    return special[token.lower()] if token.lower() in special else float(token)


@dataclass(frozen=True)
class TritonSnapshot:
    """Cumulative request counters of one model (summed over the matching versions and reasons)."""

    success: float
    failure: float
    duration_us: float
    p99_us: float | None
    """The summary's 0.99 quantile (a sliding window inside Triton); None when summaries are off."""
    quantiles_us: Mapping[float, float] = field(default_factory=dict)
    """Every published quantile of the request summary at scrape time (the worst matching series)."""
    buckets_ms: Mapping[float, float] = field(default_factory=dict)
    """The first-response histogram: upper bound `le` (ms, inf for +Inf) -> cumulative count (summed)."""


def triton_snapshot(samples: Iterable[Sample], model: str, version: str | None = None) -> TritonSnapshot:
    """Counters of `model` (and `version`, when given) from one scrape."""
    success = failure = duration = 0.0
    quantiles: dict[float, float] = {}
    buckets: dict[float, float] = {}
    for s in samples:
        if s.labels.get("model") != model or (version is not None and s.labels.get("version") != version):
            continue
        if s.name == SUCCESS:
            success += s.value
        elif s.name == FAILURE:
            failure += s.value
        elif s.name == DURATION_US:
            duration += s.value
        elif s.name == SUMMARY_US and "quantile" in s.labels and not math.isnan(s.value):
            q = float(s.labels["quantile"])
            quantiles[q] = max(quantiles.get(q, s.value), s.value)
        elif s.name == HISTOGRAM_MS + "_bucket" and "le" in s.labels:
            le = float(s.labels["le"])
            buckets[le] = buckets.get(le, 0.0) + s.value
    return TritonSnapshot(success, failure, duration, quantiles.get(P99), quantiles, buckets)


@dataclass(frozen=True)
class WindowStats:
    """What the canary served during one observation window."""

    requests: int
    errors: int
    p99_ms: float | None
    mean_ms: float | None
    p99_source: Optional[str] = None
    """`first-response histogram` or `request summary`: what the p99 was computed from."""
    p99_note: Optional[str] = None
    """Why there is no p99 although there was traffic (e.g. too many failures to bound it)."""

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.requests if self.requests else None

    def to_dict(self) -> dict[str, object]:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "error_rate": self.error_rate,
            "p99_ms": self.p99_ms,
            "p99_source": self.p99_source,
            "p99_note": self.p99_note,
            "mean_ms": self.mean_ms,
        }


def _delta(a: float, b: float) -> float:
    """A counter's increase; one that went down means Triton restarted: the new value is the increase."""
    return b - a if b >= a else b


def window_between(before: TritonSnapshot, after: TritonSnapshot, samples: Sequence[TritonSnapshot] = ()) -> WindowStats:
    """What happened between two scrapes; `samples` are scrapes taken inside the window (the
    summary's quantiles are read from every one of them and from `after`)."""
    ok = _delta(before.success, after.success)
    bad = _delta(before.failure, after.failure)
    total = ok + bad
    spent = _delta(before.duration_us, after.duration_us)
    buckets = {le: _delta(before.buckets_ms.get(le, 0.0), count) for le, count in after.buckets_ms.items()}
    p99, source, note = window_p99(ok, bad, buckets, [*(s.quantiles_us for s in samples), after.quantiles_us])
    return WindowStats(
        requests=int(round(total)),
        errors=int(round(bad)),
        p99_ms=p99,
        mean_ms=(spent / total / 1000.0) if total else None,
        p99_source=source,
        p99_note=note,
    )


def window_p99(
    ok: float, bad: float, bucket_increases: Mapping[float, float], quantile_maps_us: Sequence[Mapping[float, float]], q: float = P99
) -> tuple[Optional[float], Optional[str], Optional[str]]:
    """(p99 in ms or None, source, why-none) for a window with `ok` successful and `bad` failed requests."""
    if ok + bad <= 0:
        return None, None, None
    if bucket_increases:
        value, note = quantile_from_buckets(bucket_increases, bad, q)
        return value, "first-response histogram", note
    if any(quantile_maps_us):
        value, note = bound_from_summaries(quantile_maps_us, ok, bad, q)
        return value, "request summary", note
    return None, None, None


def quantile_from_buckets(increases: Mapping[float, float], failures: float, q: float = P99) -> tuple[Optional[float], Optional[str]]:
    """The q-quantile (ms) of a histogram's cumulative bucket increases, failed requests in +Inf;
    linear inside the bucket, as PromQL's `histogram_quantile`. None (and why) above the last bound."""
    bounds = sorted(le for le in increases if not math.isinf(le))
    cumulative = [increases[le] for le in bounds]
    bounds.append(math.inf)
    cumulative.append(max(increases.get(math.inf, 0.0), cumulative[-1] if cumulative else 0.0) + failures)
    total = cumulative[-1]
    if total <= 0:
        return None, None
    rank = q * total
    lower, below = 0.0, 0.0
    for le, count in zip(bounds, cumulative):
        if count >= rank:
            if math.isinf(le):
                why = f"the p99 lies above the largest bucket ({lower:g} ms)"
                return None, why + (f"; {failures:g} failed request(s) count as slower than any bound" if failures else "")
            inside = count - below
            return lower + (le - lower) * ((rank - below) / inside if inside > 0 else 1.0), None
        lower, below = le, count
    return None, "histogram buckets are not cumulative"


def bound_from_summaries(quantile_maps_us: Sequence[Mapping[float, float]], ok: float, bad: float, q: float = P99) -> tuple[Optional[float], Optional[str]]:
    """An upper bound (ms) of the window's q-quantile over all requests from summary scrapes of
    successful ones: failed requests rank above every successful one, so the quantile to read is
    q * all / successful; its worst value over the scrapes bounds the window."""
    total = ok + bad
    if ok <= 0:
        return None, "every request failed"
    level = q * total / ok
    if level > 1.0:
        return None, f"{bad / total:.2%} of the requests failed: the p99 request is a failed one"
    published = sorted({quantile for m in quantile_maps_us for quantile in m})
    usable = [quantile for quantile in published if quantile >= level - 1e-12]
    if not usable:
        return None, f"{bad:g} failed request(s) push the p99 to the {level:.4f} quantile; Triton publishes up to {published[-1] if published else 'none'}"
    use = usable[0]
    values = [m[use] for m in quantile_maps_us if use in m and not math.isnan(m[use])]
    if not values:
        return None, f"the {use:g} quantile was never published in the window"
    return max(values) / 1000.0, None
