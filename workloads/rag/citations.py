"""Check the citations of a generated answer against the passages the model was given.

Every [n] must name one of the k passages: a marker that points nowhere ("dangling") is removed
from the answer, because a reader would follow it, and reported. An answer that cites nothing is
marked `uncited` (it may still be right; nobody can check it). Each remaining citation is also
checked for support: does its sentence share content words with the passage it cites (two, or
all of them for a sentence with fewer)? A small
model often cites the wrong passage for a right sentence; those come back as `unsupported`,
with the passage that shares most words with the sentence, if any, as a hint. An answer that
cites nothing, or none of whose sentences is supported by any passage, is not
`grounded`: the rag model does not return it (SmolLM2-135M never says it does not know; it
answered "The capital of Australia is Canberra. [1]" from a passage about a data lake).

The comparison is lexical (the extractive generator's terms), so it catches claims about
something no passage mentions, not a wrong claim about something a passage does mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workloads.rag.extractive import terms

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_SENTENCE_END = re.compile(r"(?<=\])\.?\s+|(?<=[.!?])\s+(?=[A-Z])")


@dataclass(frozen=True)
class Unsupported:
    sentence: int
    """Position of the sentence in the answer (1-based); its text is in the answer, which the
    output guard scans; a report that repeated it would leave the model unscanned."""
    cited: int
    best: int | None


@dataclass(frozen=True)
class CitationCheck:
    answer: str
    """The answer with dangling markers removed."""
    cited: list[int]
    dangling: list[int]
    unsupported: list[Unsupported] = field(default_factory=list)

    markers: int = 0
    """Citation markers left in the answer (a marker may cite several passages)."""

    @property
    def uncited(self) -> bool:
        return not self.cited

    related: bool = False
    """Some sentence is supported by some passage."""

    @property
    def grounded(self) -> bool:
        """It cites a passage, and it talks about what the passages talk about."""
        return bool(self.cited) and self.related

    def to_dict(self) -> dict:
        return {
            "cited": self.cited,
            "dangling": self.dangling,
            "uncited": self.uncited,
            "grounded": self.grounded,
            "unsupported": [{"sentence": u.sentence, "cited": u.cited, "best": u.best} for u in self.unsupported],
        }


SUPPORT_TERMS = 2
"""Content words a sentence must share with a passage to be supported by it."""


def _supports(sentence: set[str], passage: set[str]) -> bool:
    return bool(sentence) and len(sentence & passage) >= min(SUPPORT_TERMS, len(sentence))


def check(answer: str, passages: list[str]) -> CitationCheck:
    """`passages[i]` is the text of passage i + 1."""
    k = len(passages)
    cited: set[int] = set()
    dangling: set[int] = set()

    def keep_valid(match: re.Match) -> str:
        numbers = [int(n) for n in re.split(r"\s*,\s*", match.group(1))]
        good = [n for n in numbers if 1 <= n <= k]
        dangling.update(n for n in numbers if not 1 <= n <= k)
        cited.update(good)
        return f"[{', '.join(map(str, good))}]" if good else ""

    cleaned = _MARKER.sub(keep_valid, answer)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip()
    passage_terms = [set(terms(p)) for p in passages]
    unsupported = []
    markers = 0
    related = False
    for position, sentence in enumerate((s.strip() for s in _SENTENCE_END.split(cleaned) if s.strip()), 1):
        words = set(terms(_MARKER.sub("", sentence)))
        related = related or any(_supports(words, p) for p in passage_terms)
        for marker in _MARKER.finditer(sentence):
            markers += 1
            for n in (int(x) for x in re.split(r"\s*,\s*", marker.group(1))):
                if not _supports(words, passage_terms[n - 1]):
                    overlaps = [len(words & p) if _supports(words, p) else 0 for p in passage_terms]
                    best = max(range(k), key=lambda i: overlaps[i])
                    unsupported.append(Unsupported(position, n, best + 1 if overlaps[best] else None))
    return CitationCheck(
        answer=cleaned, cited=sorted(cited), dangling=sorted(dangling), unsupported=unsupported, markers=markers, related=related
    )
