"""Word-list matching for the policy deny-list and the biased-language lexicon.

All terms of a list compile into one alternation (longest first, so "master/slave" wins over
"slave"), guarded by word boundaries: one regex pass over the text whatever the list's size.
"""

from __future__ import annotations

import re
from typing import Iterator

from workloads.guard.config import Term

_SEPARATORS = re.compile(r"[\s\-]+")
_INFLECTION = r"(?:s|es|ed|d|ing)?"


def term_regex(term: Term) -> str:
    """The regex source for one entry. Literal terms: words joined by optional space/hyphen."""
    if term.pattern is not None:
        return term.pattern
    assert term.term is not None
    words = [re.escape(w) for w in _SEPARATORS.split(term.term.strip()) if w]
    body = r"[\s\-]?".join(words)
    if term.inflect:
        body += _INFLECTION
    return body


def _normalise(s: str) -> str:
    return _SEPARATORS.sub("", s).lower()


class TermMatcher:
    """Finds every entry of a term list in a text; `detector` names the entry that matched."""

    def __init__(self, terms: tuple[Term, ...], prefix: str) -> None:
        self.prefix = prefix
        literal = [t for t in terms if t.pattern is None]
        literal.sort(key=lambda t: len(t.term or ""), reverse=True)
        self._literal_re: re.Pattern[str] | None = None
        if literal:
            alternation = "|".join(term_regex(t) for t in literal)
            self._literal_re = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)
        self._labels = {_normalise(t.term or ""): t.term or "" for t in literal}
        self._patterns = [
            (re.compile(t.pattern or "", 0 if t.case_sensitive else re.IGNORECASE), t.label)
            for t in terms
            if t.pattern is not None
        ]

    def _label(self, matched: str) -> str:
        key = _normalise(matched)
        for cut in (0, 1, 2, 3):  # strip an inflection to find the entry
            label = self._labels.get(key[: len(key) - cut] if cut else key)
            if label is not None:
                return label
        return matched.lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self._literal_re is not None:
            for m in self._literal_re.finditer(text):
                yield m.start(), m.end(), f"{self.prefix}:{self._label(m.group(0))}"
        for regex, label in self._patterns:
            for m in regex.finditer(text):
                if m.end() > m.start():
                    yield m.start(), m.end(), f"{self.prefix}:{label}"
