"""Precision and recall per category on the seeded Faker corpus (tests/guard/conftest.py).

Thresholds from issue 4: recall >= 0.95 on structured PII, false positives on clean texts
<= 5%, and no detected value left in the redacted text. Matching is strict: a prediction counts
only if its category, start and end all equal a label's.
"""

from __future__ import annotations

import pytest

from workloads.guard import CATEGORIES, STRUCTURED_PII, Scanner
from workloads.guard.corpus import Sample, generate, score


@pytest.fixture(scope="module")
def predictions(corpus: list[Sample], scanner: Scanner) -> list[list[tuple[str, int, int]]]:
    return [[(f.category, f.start, f.end) for f in scanner.scan(s.text).findings] for s in corpus]


def test_corpus_is_large_mixed_and_seeded(corpus: list[Sample]) -> None:
    assert len(corpus) >= 1000
    clean = sum(s.clean for s in corpus)
    assert 0.3 * len(corpus) < clean < 0.5 * len(corpus)
    labeled = {c for s in corpus for c, _, _ in s.labels}
    assert labeled == set(CATEGORIES)
    per_category = {c: sum(1 for s in corpus for lc, _, _ in s.labels if lc == c) for c in CATEGORIES}
    assert min(per_category.values()) >= 100, per_category
    again = generate(20, seed=7)
    assert [s.text for s in again] == [s.text for s in generate(20, seed=7)]
    assert [s.text for s in again] != [s.text for s in generate(20, seed=8)]


def test_labels_point_at_the_inserted_values(corpus: list[Sample]) -> None:
    for s in corpus:
        for _, start, end in s.labels:
            assert 0 <= start < end <= len(s.text)
            value = s.text[start:end]
            assert value == value.strip() and value


@pytest.mark.parametrize("category", sorted(STRUCTURED_PII))
def test_structured_pii_recall_at_least_95_percent(category: str, corpus, predictions) -> None:
    scores, _ = score(corpus, predictions)
    assert scores[category].recall >= 0.95, scores[category]


@pytest.mark.parametrize("category", CATEGORIES)
def test_precision_per_category_at_least_90_percent(category: str, corpus, predictions) -> None:
    # the corpus holds look-alikes the guard is known to flag now and then (16-digit tracking
    # numbers that pass Luhn): precision is measured, not assumed to be perfect
    scores, _ = score(corpus, predictions)
    assert scores[category].precision >= 0.90, scores[category]


@pytest.mark.parametrize("category", ["policy", "biased_language"])
def test_word_list_recall(category: str, corpus, predictions) -> None:
    scores, _ = score(corpus, predictions)
    assert scores[category].recall >= 0.95, scores[category]


def test_clean_texts_false_positive_rate_at_most_5_percent(corpus, predictions) -> None:
    _, clean_flagged = score(corpus, predictions)
    assert clean_flagged <= 0.05


def test_redacted_text_holds_no_detected_value(corpus: list[Sample], scanner: Scanner) -> None:
    for s in corpus:
        result = scanner.scan(s.text)
        for f in result.findings:
            value = s.text[f.start : f.end]
            assert value not in result.redacted, (value, result.redacted)


def test_score_counts_strictly() -> None:
    sample = Sample("mail ada@example.org", [("email", 5, 20)])
    exact, _ = score([sample], [[("email", 5, 20)]])
    shifted, _ = score([sample], [[("email", 4, 20)]])
    loose, _ = score([sample], [[("email", 4, 20)]], strict=False)
    assert (exact["email"].tp, exact["email"].fp, exact["email"].fn) == (1, 0, 0)
    assert (shifted["email"].tp, shifted["email"].fp, shifted["email"].fn) == (0, 1, 1)
    assert loose["email"].tp == 1
