"""THE hook point where the rag model hands each answered request to a logger.

The rag model builds one `InteractionRecord` per request and calls the logger returned by
`load_logger(spec)`; the default is a no-op. The telemetry lake (issue 6) plugs in by naming
its logger in the rag model's `interaction_logger` parameter ("module:attribute", a callable
taking one InteractionRecord, or a factory returning one when called with no arguments).
Logging must never fail a request: the rag model catches and logs logger errors.
"""

from __future__ import annotations

import importlib
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Protocol


@dataclass(frozen=True)
class InteractionRecord:
    request_id: str
    question: str
    answer: str
    """The answer as returned to the caller, i.e. after the output guard redacted it."""
    sources: list[dict[str, Any]]
    guard_findings: list[dict[str, Any]]
    latency_ms: float
    model_versions: dict[str, str] = field(default_factory=dict)
    timestamp: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class InteractionLogger(Protocol):
    def __call__(self, record: InteractionRecord) -> None: ...


def noop_logger(record: InteractionRecord) -> None:
    """The default: interactions go nowhere until the lake's logger is configured."""


def load_logger(spec: str | None) -> Callable[[InteractionRecord], None]:
    """Resolve "module:attribute" to a logger; empty means the no-op logger."""
    if not spec:
        return noop_logger
    module_name, _, attr = spec.partition(":")
    if not attr:
        raise ValueError(f"interaction_logger = {spec!r} is invalid; allowed: 'module:attribute' or empty")
    target = getattr(importlib.import_module(module_name), attr)
    if isinstance(target, type):
        return target()
    return target
