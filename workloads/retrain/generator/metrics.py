"""Answer quality of the generator on a set of (prompt, reference) examples.

- **token F1** against the reference answer, the SQuAD definition (lower-cased, punctuation and
  articles removed, bag-of-tokens precision/recall): standard, order-insensitive, and a handful
  of lines (rouge-score would bring nltk and absl for the same purpose);
- **citations valid**: every `[n]` in the answer names a passage the prompt gave, and it cites at
  least one (the rag prompt asks it to cite every claim);
- **cites gold**: the answer cites a passage that holds the answer, where the example knows which;
- **guard pass rate**: the output guard (workloads.guard.scan) flags nothing in the answer.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Sequence

_CITATION = re.compile(r"\[(\d+)\]")
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans("", "", string.punctuation)


def normalize(text: str) -> list[str]:
    return _ARTICLES.sub(" ", text.lower().translate(_PUNCT)).split()


def token_f1(prediction: str, reference: str) -> float:
    pred, ref = normalize(_CITATION.sub(" ", prediction)), normalize(_CITATION.sub(" ", reference))
    if not pred or not ref:
        return float(pred == ref)
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def citations(answer: str) -> list[int]:
    return [int(n) for n in _CITATION.findall(answer)]


def citations_valid(answer: str, passages: int) -> bool:
    cited = citations(answer)
    return bool(cited) and all(1 <= n <= passages for n in cited)


@dataclass(frozen=True)
class AnswerMetrics:
    token_f1: float
    citations_valid: float
    cites_gold: float | None
    guard_pass_rate: float
    answers: int

    def to_dict(self) -> dict:
        return asdict(self)


def answer_metrics(answers: Sequence[str], references: Sequence[str], passages: Sequence[int], gold: Sequence[frozenset[int]] | None = None) -> AnswerMetrics:
    """Means over the examples; `passages[i]` is how many passages prompt i numbered."""
    from workloads.guard import scan

    n = len(answers)
    if n == 0 or not (len(references) == len(passages) == n):
        raise ValueError(f"answer_metrics: {n} answers, {len(references)} references, {len(passages)} passage counts (must be equal and > 0)")
    f1 = sum(token_f1(a, r) for a, r in zip(answers, references)) / n
    valid = sum(citations_valid(a, k) for a, k in zip(answers, passages)) / n
    known = [(a, g) for a, g in zip(answers, gold or [frozenset()] * n) if g]
    cites_gold = sum(bool(set(citations(a)) & g) for a, g in known) / len(known) if known else None
    passed = sum(not scan(a).flagged for a in answers) / n
    return AnswerMetrics(round(f1, 4), round(valid, 4), None if cites_gold is None else round(cites_gold, 4), round(passed, 4), n)
