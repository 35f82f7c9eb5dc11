"""Building lake events from what the RAG pipeline saw: the output guard always runs first.

`interaction_event` is the only way Loom turns a question/answer pair into a row: it takes the
guard's results (or runs `workloads.guard.scan` itself) and keeps the *redacted* text whenever
the guard flagged something, so nothing unscanned or unredacted reaches storage.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Protocol, Sequence

import numpy as np


class GuardLike(Protocol):
    """What a scan returns (read-only, so GuardResult's `flagged` property satisfies it)."""

    @property
    def flagged(self) -> bool: ...
    @property
    def findings(self) -> Sequence[Any]: ...
    @property
    def redacted(self) -> str: ...


def _default_scan(text: str) -> GuardLike:
    from workloads.guard import scan  # engineer E2's scanner; imported lazily (presidio-free path)

    return scan(text)


def _categories(findings: Sequence[Any]) -> list[str]:
    out = []
    for f in findings:
        cat = f.get("category") if isinstance(f, dict) else getattr(f, "category", None)
        if cat:
            out.append(str(cat))
    return sorted(set(out))


def assign_cluster(embedding: Sequence[float] | np.ndarray | None, centroids: np.ndarray | None) -> int:
    """Index of the nearest reference centroid (cosine; both sides L2-normalised), -1 without centroids."""
    if embedding is None or centroids is None or len(centroids) == 0:
        return -1
    v = np.asarray(embedding, dtype=np.float32)
    return int(np.argmax(centroids @ (v / (np.linalg.norm(v) or 1.0))))


def interaction_event(
    *,
    request_id: str,
    question: str,
    answer: str,
    model: str = "rag",
    model_version: str = "1",
    latency_ms: float = 0.0,
    sources: Sequence[str] = (),
    prompt_id: str | None = None,
    prompt_version: str | None = None,
    question_guard: GuardLike | None = None,
    answer_guard: GuardLike | None = None,
    question_embedding: Sequence[float] | np.ndarray | None = None,
    centroids: np.ndarray | None = None,
    ts: datetime | None = None,
    event_id: str | None = None,
    scan: Callable[[str], GuardLike] | None = None,
) -> dict[str, Any]:
    """One interaction row, guarded: flagged text is replaced by the guard's redaction."""
    scan = scan or _default_scan
    qg = question_guard if question_guard is not None else scan(question)
    ag = answer_guard if answer_guard is not None else scan(answer)
    return {
        "event_id": event_id or f"interaction:{request_id}",
        "request_id": request_id,
        "ts": ts or datetime.now(timezone.utc),
        "model": model,
        "model_version": str(model_version),
        "prompt_id": prompt_id,
        "prompt_version": prompt_version,
        "question": qg.redacted if qg.flagged else question,
        "answer": ag.redacted if ag.flagged else answer,
        "question_cluster": assign_cluster(question_embedding, centroids),
        "answer_length": len(answer),
        "latency_ms": float(latency_ms),
        "guard_flagged": bool(qg.flagged or ag.flagged),
        "guard_findings": _categories(list(qg.findings) + list(ag.findings)),
        "sources": [str(s) for s in sources],
    }


def correction_event(
    *, request_id: str, corrected_answer: str | None = None, source_id: str | None = None, author: str = "unknown",
    ts: datetime | None = None, event_id: str | None = None, scan: Callable[[str], GuardLike] | None = None,
) -> dict[str, Any]:
    """One correction row; a corrected answer is guarded like any other text before it is stored."""
    if corrected_answer:
        g = (scan or _default_scan)(corrected_answer)
        corrected_answer = g.redacted if g.flagged else corrected_answer
    return {
        "event_id": event_id or f"correction:{uuid.uuid4()}",
        "request_id": request_id,
        "ts": ts or datetime.now(timezone.utc),
        "corrected_answer": corrected_answer,
        "source_id": source_id,
        "author": author,
    }


def kpi_event(name: str, value: float, dimensions: dict[str, str] | None = None, *, ts: datetime | None = None, event_id: str | None = None) -> dict[str, Any]:
    return {
        "event_id": event_id or f"kpi:{uuid.uuid4()}",
        "ts": ts or datetime.now(timezone.utc),
        "name": name,
        "value": value,
        "dimensions": dict(dimensions or {}),
    }
