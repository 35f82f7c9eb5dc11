"""Word-list matching for the policy deny-list and the biased-language lexicon.

All literal terms of a list compile into one regex factored as a character trie (longer terms
tried first, so "master/slave" wins over "slave"), run over the lower-cased text: one case-sensitive pass whatever the list's size
(case-insensitive matching is ~10x slower in CPython's engine). Regex entries run on their own.
"""

from __future__ import annotations

import re
from typing import Iterator

from workloads.guard.config import Term

_SEPARATORS = re.compile(r"[\s\-]+")
_INFLECTION = r"(?:s|es|ed|d|ing)?"


def term_regex(term: Term) -> str:
    """The regex source for one literal entry: lower-case words joined by optional space/hyphen."""
    assert term.term is not None
    body = r"[\s\-]?".join(re.escape(w.lower()) for w in _SEPARATORS.split(term.term.strip()) if w)
    return body + (_INFLECTION if term.inflect else "")


_SEP = "\x00"  # stands for "optional space or hyphen" inside the trie


def trie_regex(terms: list[Term]) -> str:
    """One regex for many literal terms, factored as a character trie: at each position the
    engine follows one branch per character instead of trying every term in turn, so the cost
    hardly grows with the list. Same language as "|".join(term_regex(t) for t in terms)."""
    root: dict = {}
    for t in terms:
        node = root
        for i, word in enumerate(w for w in _SEPARATORS.split((t.term or "").strip().lower()) if w):
            if i:
                node = node.setdefault(_SEP, {})
            for ch in word:
                node = node.setdefault(ch, {})
        node[None] = node.get(None, False) or t.inflect

    def emit(node: dict) -> str:
        branches = [
            (r"[\s\-]?" if key == _SEP else re.escape(key)) + emit(child)
            for key, child in sorted(node.items(), key=lambda kv: (kv[0] is None, str(kv[0])))
            if key is not None
        ]
        if None in node:  # a term ends here: longer terms first, then the end (with inflections)
            branches.append(_INFLECTION if node[None] else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


def _normalise(s: str) -> str:
    return _SEPARATORS.sub("", s).lower()


class TermMatcher:
    """Finds every entry of a term list in a text; `detector` names the entry that matched."""

    def __init__(self, terms: tuple[Term, ...], prefix: str) -> None:
        self.prefix = prefix
        literal = sorted((t for t in terms if t.pattern is None), key=lambda t: len(t.term or ""), reverse=True)
        self._literal_re: re.Pattern[str] | None = None
        self._literal_re_ci: re.Pattern[str] | None = None
        if literal:
            alternation = trie_regex(literal)
            self._literal_re = re.compile(rf"(?:{alternation})(?![\w])")
            self._literal_re_ci = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)
        self._labels = {_normalise(t.term or ""): t.term or "" for t in literal}
        self._patterns = [_compile_pattern(t) for t in terms if t.pattern is not None]

    def _label(self, matched: str) -> str:
        key = _normalise(matched)
        for cut in range(4):  # strip an inflection to find the entry
            label = self._labels.get(key[: len(key) - cut] if cut else key)
            if label is not None:
                return label
        return matched.lower()

    def find(self, text: str, lowered: str | None = None) -> Iterator[tuple[int, int, str]]:
        if self._literal_re is not None and self._literal_re_ci is not None:
            if lowered is None:
                lowered = text.lower()
            if len(lowered) == len(text):
                for m in self._literal_re.finditer(lowered):
                    i = m.start()
                    if i and (lowered[i - 1].isalnum() or lowered[i - 1] == "_"):
                        continue
                    yield i, m.end(), f"{self.prefix}:{self._label(m.group(0))}"
            else:  # lower() changed the length (e.g. "İ"): offsets would drift, use IGNORECASE
                for m in self._literal_re_ci.finditer(text):
                    yield m.start(), m.end(), f"{self.prefix}:{self._label(m.group(0))}"
        for regex, label, leading_boundary in self._patterns:
            for m in regex.finditer(text):
                i = m.start()
                if m.end() == i:
                    continue
                if leading_boundary and (i > 0 and _is_word(text[i - 1])) == _is_word(text[i]):
                    continue
                yield i, m.end(), f"{self.prefix}:{label}"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _starts_with_boundary(source: str, flags: int) -> bool:
    """True when the whole pattern begins with \\b (not just its first alternative)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]  # CPython's own parser (private, not in typeshed): exact, unlike a text test

        parsed = _parser.parse(source, flags)
        return len(parsed) > 0 and parsed[0] == (_constants.AT, _constants.AT_BOUNDARY)
    except Exception:  # another Python: keep the pattern as written
        return False


def _compile_pattern(term: Term) -> tuple[re.Pattern[str], str, bool]:
    """A leading \\b stops CPython's regex engine from skipping ahead to the first literal
    (~5x slower on prose), so it is dropped from the regex and checked on each match instead."""
    source = term.pattern or ""
    flags = 0 if term.case_sensitive else re.IGNORECASE
    leading_boundary = source.startswith("\\b") and _starts_with_boundary(source, flags)
    if leading_boundary:
        source = source[2:]
    return re.compile(source, flags), term.label, leading_boundary
