"""The guard compiles its regular expressions once, not while it scans. A rule that builds a pattern from the text it
reads (a name, say) fills the re module's cache of 512 compiled patterns and pushes out every other rule's, which are
then compiled again on their next use: names.py's twin-firm check did that until round 53 (896 compilations per pass
over 1,200 corpus texts, about 12% of the scan time; docs/benchmarks.md)."""

from __future__ import annotations

import re._compiler

import pytest

from workloads.guard import Scanner
from workloads.guard.corpus import generate
from workloads.guard.names import _twin_firm


def test_a_second_pass_over_the_same_texts_compiles_no_pattern(scanner: Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [s.text for s in generate(400, seed=1234, split="dev")] + [s.text for s in generate(200, seed=91731, split="pahoehoe")]
    for text in texts:
        scanner.scan(text)
    compiled: list[str] = []
    original = re._compiler.compile

    def counting(pattern, flags=0):  # type: ignore[no-untyped-def]
        compiled.append(str(pattern)[:60])
        return original(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)
    for text in texts:
        scanner.scan(text)
    assert compiled == [], f"{len(compiled)} patterns compiled during a repeated scan, e.g. {compiled[:3]}"


@pytest.mark.parametrize("text,word,start,expected", [
    ("Johnson & Johnson", "Johnson", 0, True),
    ("Johnson & Johnson", "Johnson", 10, True),
    ("Müller&Müller GmbH", "Müller", 0, True),
    ("Müller&Müller GmbH", "Müller", 7, True),
    ("Harrison & Harrison organ", "Harrison", 0, True),
    ("Anna & Tom", "Anna", 0, False),
    ("Ruiz & Ruizano", "Ruiz", 0, False),
    ("xRuiz & Ruiz", "Ruiz", 8, False),
    ("O'Ruiz & Ruiz", "Ruiz", 9, False),
    ("Ruiz & Ruiz", "Ruiz", 7, True),
])
def test_twin_firm_compares_the_names_on_both_sides(text: str, word: str, start: int, expected: bool) -> None:
    assert text[start : start + len(word)] == word
    assert _twin_firm(text, start, start + len(word), word) is expected
