"""Extractive answers: the sentences of the retrieved passages that best cover the question.

This was the local generator before a real language model could be installed (issue 12). It
stays as a library, not a served model: its `terms` are what the rag model's citation check
(workloads/rag/citations.py) compares sentences and passages by, and `answer` is the baseline
the generator's benchmark figures are set against (bench/generate.py). It picks the sentences
that best cover the question's terms (IDF-weighted overlap) and returns them verbatim, each
followed by its citation [n]; when no sentence shares enough with the question, it says it does
not know.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from workloads.rag.prompt import Passage

NO_ANSWER = "I don't know: the indexed documents retrieved for this question do not answer it."
NO_SOURCES = "I don't know: no sources were given."

_WORD = re.compile(r"[a-z0-9][a-z0-9_\-]*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`\"'(\[])|\n{2,}|\n(?=\s*(?:[-*+]|\d+\.)\s)")
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s+)")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its
    this that these those what which who whom whose when where why how do does did done can could
    should would will shall may might must i you he she we they me my your our their there here
    not no yes so than then too very just about into over under up down out off again also any
    all each other some such only own same both few more most s t don isn aren""".split()
)


def terms(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def sentences(text: str) -> list[str]:
    out = []
    # a heading line is its own piece, never glued to the sentence under it
    text = "\n".join(f"\n\n{ln}\n\n" if ln.lstrip().startswith("#") else ln for ln in text.splitlines())
    for piece in _SENTENCE.split(text):
        piece = _MARKUP.sub("", piece.strip()).strip()
        if len(piece) >= 12 and not piece.startswith(("```", "|---")):
            out.append(" ".join(piece.split()))
    return out


def answer(question: str, passages: list[Passage], *, max_sentences: int = 3, min_coverage: float = 0.34) -> str:
    """An answer made of source sentences with [n] citations, or an honest "I don't know"."""
    if not passages:
        return NO_SOURCES
    q_terms = set(terms(question))
    if not q_terms:
        return NO_ANSWER
    candidates = [(p, s) for p in passages for s in sentences(p.text)]
    if not candidates:
        return NO_ANSWER
    df = Counter(t for _, s in candidates for t in set(terms(s)))
    n = len(candidates)
    idf = {t: math.log(1 + n / (1 + df.get(t, 0))) for t in q_terms}
    total = sum(idf.values())
    scored = []
    for rank, (p, s) in enumerate(candidates):
        s_terms = set(terms(s))
        coverage = sum(idf[t] for t in q_terms & s_terms) / total
        if coverage >= min_coverage:
            # prefer better coverage, then earlier (better-retrieved) passages, then brevity
            scored.append((coverage - 0.02 * (p.number - 1) - 0.0005 * len(s), rank, p, s))
    if not scored:
        return NO_ANSWER
    best = sorted(scored, key=lambda x: -x[0])[:max_sentences]
    best.sort(key=lambda x: x[1])  # read in document/retrieval order
    return " ".join(f"{s} [{p.number}]" for _, _, p, s in best)

