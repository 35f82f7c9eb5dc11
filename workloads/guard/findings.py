"""What a scan returns: findings (category + span) and the redacted text.

Spans are Python string indices (Unicode code points) into the scanned text, end exclusive,
so `text[f.start:f.end]` is exactly the detected value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "person",
    "street_address",
    "date_of_birth",
    "email",
    "phone",
    "payment_card",
    "iban",
    "national_id",
    "passport",
    "medical_record",
    "ip_address",
    "secret",
    "policy",
    "biased_language",
)
"""Every category the guard reports, in the order of the docs."""

STRUCTURED_PII: frozenset[str] = frozenset(
    {"email", "phone", "payment_card", "iban", "national_id", "passport", "medical_record", "ip_address", "secret",
     "date_of_birth"}
)
"""Categories found by shape, checksum and context words."""

PEOPLE: frozenset[str] = frozenset({"person", "street_address"})
"""Categories found with the name gazetteer (workloads/guard/gazetteer.py)."""

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "nl")
"""Languages whose context words (titles, greetings, sign-offs) the guard knows; a hint narrows
the person detector to one of them (plus English); without one, all apply."""


@dataclass(frozen=True, order=True)
class Finding:
    """One detected value. `detector` names the rule that fired (for logs and tuning)."""

    start: int
    end: int
    category: str
    detector: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class GuardResult:
    """The outcome of one scan: findings sorted by position, and the text with each replaced."""

    text_length: int
    findings: list[Finding]
    redacted: str

    @property
    def flagged(self) -> bool:
        return bool(self.findings)

    def categories(self) -> set[str]:
        return {f.category for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "findings": [f.to_dict() for f in self.findings],
            "redacted": self.redacted,
        }


def placeholder(category: str) -> str:
    """The token that replaces a value of this category in redacted text."""
    return f"[{category.upper()}]"
