"""The output guard: finds PII, secrets, policy violations and biased language in text and
returns the findings with a redacted copy. Pure Python (no Triton, no torch): the Triton model
model_repo/output_guard, the `loom guard scan` command and the lake writers all call `scan`.

    >>> from workloads.guard import scan
    >>> scan("mail me at ada@example.org").redacted
    'mail me at [EMAIL]'
"""

from __future__ import annotations

from functools import lru_cache

from workloads.guard.config import (
    GuardConfig,
    GuardConfigError,
    Term,
    default_config,
    load_config,
    load_terms,
)
from workloads.guard.findings import CATEGORIES, LANGUAGES, STRUCTURED_PII, Finding, GuardResult, placeholder
from workloads.guard.scanner import GuardInputError, Scanner

__all__ = [
    "CATEGORIES",
    "STRUCTURED_PII",
    "Finding",
    "GuardConfig",
    "GuardConfigError",
    "GuardInputError",
    "GuardResult",
    "LANGUAGES",
    "Scanner",
    "Term",
    "default_config",
    "load_config",
    "load_terms",
    "placeholder",
    "scan",
]


@lru_cache(maxsize=8)
def _scanner(config: GuardConfig | None) -> Scanner:
    return Scanner(config)


def scan(text: str, *, config: GuardConfig | None = None, language: str | None = None) -> GuardResult:
    """Scan one text. Without `config`, the environment's config (LOOM_GUARD_CONFIG or the
    packaged defaults) is loaded once and its compiled scanner reused. `language` is an
    optional hint ("en", "de", "fr", "es", "nl")."""
    return _scanner(config).scan(text, language=language)
