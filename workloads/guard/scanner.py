"""The scan: run every enabled detector, keep one finding per stretch of text, redact.

When findings overlap, the longer span wins (a private key block over the tokens inside it, an
IBAN over the card-shaped digits inside it), then the more specific category.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from workloads.guard.config import GuardConfig, default_config
from workloads.guard.findings import LANGUAGES, Finding, GuardResult, placeholder
from workloads.guard.lexicon import TermMatcher
from workloads.guard.lexicon_vetoes import machine_log_term, name_as_field_value
from workloads.guard.patterns import Detector, people_detectors, structured_detectors

PRIORITY: dict[str, int] = {
    "secret": 0,
    "national_id": 1,  # its check (mod 97, 11-test, ...) and layout are stricter than a card's Luhn
    "payment_card": 2,
    "iban": 3,
    "passport": 4,
    "medical_record": 5,
    "email": 6,
    "ip_address": 7,
    "date_of_birth": 8,
    "phone": 9,
    "street_address": 10,
    "person": 11,
    "policy": 12,
    "biased_language": 13,
}


class GuardInputError(ValueError):
    """The text cannot be scanned (wrong type or over the configured size)."""


class Scanner:
    """Compiled detectors for one GuardConfig. Build once, call `scan` many times (thread-safe)."""

    def __init__(self, config: GuardConfig | None = None) -> None:
        self.config = config or default_config()
        enabled = set(self.config.categories)
        self._detectors = [
            d for d in structured_detectors(self.config.secret_min_entropy) if d.category in enabled
        ]
        self._people: dict[str | None, list[Detector]] = {}
        self._wants_people = bool(enabled & {"person", "street_address"})
        if self._wants_people:
            self._people[None] = self._people_for(self.config.language)
        self._matchers: list[tuple[str, TermMatcher]] = []
        if "policy" in enabled and self.config.deny_list:
            self._matchers.append(("policy", TermMatcher(self.config.deny_list, "deny")))
        if "biased_language" in enabled and self.config.lexicon:
            self._matchers.append(("biased_language", TermMatcher(self.config.lexicon, "lexicon")))

    def _people_for(self, language: str | None) -> list[Detector]:
        from workloads.guard.gazetteer import load

        enabled = set(self.config.categories)
        languages = (language, "en") if language and language != "en" else ((language,) if language else None)
        return [d for d in people_detectors(load(self.config.gazetteer), languages,
                                            keep_public_figures=self.config.public_figures == "keep")
                if d.category in enabled]

    def candidates(self, text: str, language: str | None = None) -> Iterable[Finding]:
        """Every detector hit, overlapping ones included (for tuning and tests)."""
        lower = text.lower()
        lowered = lower if len(lower) == len(text) else None  # else offsets in the lower-cased copy would not line up
        detectors = self._detectors
        if self._wants_people:
            people = self._people.get(language)
            if people is None:
                if language not in LANGUAGES:
                    raise GuardInputError(f"language {language!r} is unknown; allowed: {', '.join(LANGUAGES)} or none")
                people = self._people.setdefault(language, self._people_for(language))
            detectors = detectors + people
        for d in detectors:
            for start, end, name in d.find(text, lowered):
                yield Finding(start, end, d.category, name)
        for category, matcher in self._matchers:
            for start, end, name in matcher.find(text, lowered):
                if category == "biased_language" and (machine_log_term(text, start, end) or name_as_field_value(text, start, end)):
                    continue  # a log's event token or host kind is the software's word, a field's name a firm's
                yield Finding(start, end, category, name)

    def scan(self, text: str, *, language: str | None = None) -> GuardResult:
        """Scan one text. `language` ("en", "de", "fr", "es", "nl") is a hint that narrows the
        person detector's context words; without it (the default) every language's apply."""
        if not isinstance(text, str):
            raise GuardInputError(f"text must be a string, got {type(text).__name__}")
        if language is not None and language not in LANGUAGES:
            raise GuardInputError(f"language {language!r} is unknown; allowed: {', '.join(LANGUAGES)} or none")
        if len(text) > self.config.max_chars:
            raise GuardInputError(
                f"text is {len(text)} characters; the limit is {self.config.max_chars} (GuardConfig.max_chars)"
            )
        findings = resolve_overlaps(self.candidates(text, language or None))
        return GuardResult(text_length=len(text), findings=findings, redacted=redact(text, findings))


def resolve_overlaps(candidates: Iterable[Finding]) -> list[Finding]:
    """Greedy by (longer span, category priority, earlier start): keep a candidate only if it
    overlaps nothing kept so far, so an IBAN beats the card-shaped digits inside it and a key
    block the tokens inside it. Returns the kept findings sorted by position."""
    ordered = sorted(candidates, key=lambda f: (f.start - f.end, PRIORITY[f.category], f.start))
    starts: list[int] = []
    kept: list[Finding] = []  # sorted by start, pairwise disjoint
    for f in ordered:
        i = bisect.bisect_left(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def redact(text: str, findings: list[Finding]) -> str:
    """Replace each (disjoint, sorted) finding with its category placeholder, e.g. [EMAIL]."""
    if not findings:
        return text
    parts, pos = [], 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(placeholder(f.category))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
