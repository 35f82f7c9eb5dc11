"""The context word tables are read as sets of phrases, so a phrase listed twice in one language changes nothing but
hides where the phrase was added (rounds 56 to 62 listed 35 label words a second time, under newer round tags). Each
phrase stands once per language, and no empty phrase stands in a table."""

from __future__ import annotations

from collections import Counter

import pytest

from workloads.guard import context_words

TABLES = {name: getattr(context_words, name) for name in (
    "TITLES", "GREETINGS", "SIGN_OFFS", "SHIFT_ENDS", "INTRODUCTIONS", "SPOKEN_INTRODUCTIONS", "NAME_LABELS",
    "ATTENDANCE_LABELS")}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_phrase_stands_once_per_language(name: str) -> None:
    for language, alternation in TABLES[name].items():
        phrases = alternation.split("|")
        assert "" not in phrases, (name, language)
        twice = sorted(p for p, n in Counter(phrases).items() if n > 1)
        assert twice == [], (name, language, twice)
