"""Triton's serving metrics, read from its Prometheus text endpoint (`:8002/metrics`).

A focused parser of the Prometheus text exposition format (version 0.0.4): sample lines
`name{label="value",...} value [timestamp]`, with the format's escapes in label values
(`\\\\`, `\\"`, `\\n`) and the special values NaN/+Inf/-Inf. Triton publishes only that format, and
the gates need a few of its counters and one summary, so ~60 lines here replace a dependency.

Triton's metric names (docs/user_guide/metrics.md of triton-inference-server/server):
`nv_inference_request_success` / `nv_inference_request_failure{reason=...}` (counters, per model and
version), `nv_inference_request_duration_us` (cumulative microseconds) and, with
`--metrics-config summary_latencies=true`, the summary `nv_inference_request_summary_us{quantile=...}`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Mapping

SUCCESS = "nv_inference_request_success"
FAILURE = "nv_inference_request_failure"
DURATION_US = "nv_inference_request_duration_us"
SUMMARY_US = "nv_inference_request_summary_us"
P99_QUANTILE = "0.99"


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


def triton_snapshot(samples: Iterable[Sample], model: str, version: str | None = None) -> TritonSnapshot:
    """Counters of `model` (and `version`, when given) from one scrape."""
    success = failure = duration = 0.0
    p99: float | None = None
    for s in samples:
        if s.labels.get("model") != model or (version is not None and s.labels.get("version") != version):
            continue
        if s.name == SUCCESS:
            success += s.value
        elif s.name == FAILURE:
            failure += s.value
        elif s.name == DURATION_US:
            duration += s.value
        elif s.name == SUMMARY_US and s.labels.get("quantile") == P99_QUANTILE and not math.isnan(s.value):
            p99 = s.value if p99 is None else max(p99, s.value)
    return TritonSnapshot(success, failure, duration, p99)


@dataclass(frozen=True)
class WindowStats:
    """What the canary served during one observation window."""

    requests: int
    errors: int
    p99_ms: float | None
    mean_ms: float | None

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.requests if self.requests else None

    def to_dict(self) -> dict[str, object]:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "error_rate": self.error_rate,
            "p99_ms": self.p99_ms,
            "mean_ms": self.mean_ms,
        }


def window_between(before: TritonSnapshot, after: TritonSnapshot) -> WindowStats:
    """Deltas of two scrapes. A counter that went down means Triton restarted: the new value is the delta."""

    def delta(a: float, b: float) -> float:
        return b - a if b >= a else b

    ok = delta(before.success, after.success)
    bad = delta(before.failure, after.failure)
    total = ok + bad
    spent = delta(before.duration_us, after.duration_us)
    return WindowStats(
        requests=int(round(total)),
        errors=int(round(bad)),
        p99_ms=None if after.p99_us is None else after.p99_us / 1000.0,
        mean_ms=(spent / total / 1000.0) if total else None,
    )
