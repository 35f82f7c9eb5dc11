"""The literal strings a regular expression cannot match without: a sound prefilter for the guard's window searches.

Most of the guard's cues are patterns searched in a window before a name (doer_cues.py: "care plan for ", "handed over
to ") and most windows hold none of their words, yet `re` tries the pattern at every position of the window. Reading
the parsed pattern once, `required_strings` finds a small set of lower-cased strings one of which every match must
contain (the literal run "plan de soins" or one of the alternatives "für|for"); a window whose lower-cased text holds
none of them cannot match, and the search is skipped. The set is derived from the pattern itself (no hand-kept cue
list to drift from it), so the skip is exact: tests/guard/test_literals.py checks it on the corpus's texts.

Only what a match consumes counts: anchors and lookarounds are zero-width (a lookbehind may read before the window),
repeats that may match nothing and classes with ranges or categories give no string. Both sides are folded the same
way (`fold`: lower case, and one letter for each set `re` treats as one under IGNORECASE: "ſ" and "s", "ı" and "i",
"İ" and "i"), so case-insensitive parts stay sound.

`gated` puts the same test in front of a pattern that the guard searches whole texts with: most texts hold none of a
frame's words ("Bus list", "cabeza de cartel"), and the folded text is computed once per text, not once per pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _casefix  # type: ignore[attr-defined]  # CPython's own table of re's case-insensitive sets (private, not in typeshed)
from re import _constants as sre  # type: ignore[attr-defined]  # CPython's own parser's opcodes (private, not in typeshed)
from re import _parser as sre_parse  # type: ignore[attr-defined]  # CPython's own parser: exact, unlike reading the source
from typing import Any

def _case_classes() -> dict[int, str]:
    """Each letter that `re` matches case-insensitively with another lower-case letter, mapped to one of its set."""
    table: dict[int, str] = {ord("\u0130"): "i"}  # "İ": its lower case is two characters, "i" and a combining dot
    for code, others in _casefix._EXTRA_CASES.items():
        table[code] = chr(min((code, *others)))
    return table


_CASE_CLASSES = _case_classes()
_FOLDED_OTHERWISE = {chr(code) for code, letter in _CASE_CLASSES.items() if chr(code) != letter}
_SPECIAL = re.compile("[" + "".join(re.escape(c) for c in sorted(
    _FOLDED_OTHERWISE | {c.upper() for c in _FOLDED_OTHERWISE if c.upper().lower() == c})) + "]")
"""The letters whose fold is not their lower case ("ſ", "ı", "İ", Greek final sigma...): most texts hold none."""
_FOLDED: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))


def fold(text: str) -> str:
    """`text` lower-cased, each letter of `_CASE_CLASSES` as its set's one letter."""
    if _SPECIAL.search(text) is None:
        return text.lower()
    return text.translate(_CASE_CLASSES).lower().translate(_CASE_CLASSES)


def _folded_text(text: str) -> str:
    """fold(text), kept for the last two whole texts (a text and its lower-cased copy, which the detectors that
    read lower case search): the gated patterns ask for the same text one after another."""
    global _FOLDED
    last, before = _FOLDED  # one read: another thread may replace it, never half of it
    if last[0] is text:
        return last[1]
    if before[0] is text:
        return before[1]
    folded = fold(text)
    _FOLDED = ((text, folded), last)
    return folded


_MAX_STRINGS = 24
"""More alternatives than this cost more to look for than the search they would spare."""
_MIN_LENGTH = 3
"""A set whose shortest string is shorter ("a ", "de") is in nearly every window: no gate."""
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)


def _group_body(op: Any, av: Any) -> Any:
    """The sequence inside a group: a capturing or flagged group's is its last field, an atomic group's is itself."""
    return av if op is _ATOMIC else av[-1]


def _union(alternatives: Any, strings_of: Callable[[Any], set[str] | None]) -> set[str] | None:
    """The strings of an alternation: every alternative's (None if one has none, or if they are too many)."""
    found: set[str] = set()
    for alternative in alternatives:
        strings = strings_of(alternative)
        if strings is None:
            return None
        found |= strings
    return found if len(found) <= _MAX_STRINGS else None


def _exact(op: Any, av: Any) -> set[str] | None:
    """The strings one item matches, when they are few and literal ("a", "[ ]", "(?:or|ür)"), else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        if any(item_op is not sre.LITERAL for item_op, _ in av) or len(av) > 4:
            return None
        return {chr(code) for _, code in av}
    if op is sre.BRANCH:
        return _union(av[1], _exact_sequence)
    if op is sre.SUBPATTERN or op is _ATOMIC:
        return _exact_sequence(_group_body(op, av))
    if op in _REPEATS and av[0] == av[1] == 1:
        return _exact_sequence(av[2])
    return None


def _exact_sequence(sequence: Any) -> set[str] | None:
    strings = {""}
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            return None  # an anchor inside an alternative: keep it simple, the enclosing item needs no string
        item = _exact(op, av)
        if item is None:
            return None
        strings = {a + b for a in strings for b in item}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The set that prunes most: its shortest string longest, then the fewest strings."""
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _needed(op: Any, av: Any) -> set[str] | None:
    """Strings one of which every match of this item contains, or None."""
    if op is sre.BRANCH:
        return _union(av[1], _needed_sequence)
    if op is sre.SUBPATTERN or op is _ATOMIC:
        return _needed_sequence(_group_body(op, av))
    if op in _REPEATS and av[0] >= 1:
        return _needed_sequence(av[2])
    return None


def _needed_sequence(sequence: Any) -> set[str] | None:
    candidates: list[set[str]] = []
    run = {""}
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the strings around it stay adjacent in the text
        item = _exact(op, av)
        if item is not None:
            joined = {a + b for a in run for b in item}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            candidates.append(run)
            run = item
            continue
        candidates.append(run)
        run = {""}
        needed = _needed(op, av)
        if needed is not None:
            candidates.append(needed)
    candidates.append(run)
    return _best(candidates)


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Folded strings one of which every match of `pattern` holds; () when none is worth looking for."""
    strings = _needed_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if strings is None or min(len(s) for s in strings) < _MIN_LENGTH:
        return ()
    return tuple(sorted({fold(s) for s in strings}))


class GatedPattern:
    """A compiled pattern that skips a search of a whole text holding none of its required strings. Searches of a
    window (`pos`, `endpos`) and everything else go to the pattern as they are."""

    __slots__ = ("regex", "needs", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "sub", "subn",
                 "split")
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str | Any]]

    def __init__(self, regex: re.Pattern[str], needs: tuple[str, ...]) -> None:
        self.regex, self.needs = regex, needs
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex
        self.match, self.fullmatch, self.sub, self.subn, self.split = (
            regex.match, regex.fullmatch, regex.sub, regex.subn, regex.split)

    def absent(self, text: str) -> bool:
        """Whether `text` holds none of the required strings (the pattern cannot match anywhere in it)."""
        if not self.needs:
            return False  # nothing is known to be required: the pattern may match anywhere
        folded = _folded_text(text)
        return not any(needed in folded for needed in self.needs)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(text) and self.absent(text):
            return None
        return self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos == 0 and endpos >= len(text) and self.absent(text):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if pos == 0 and endpos >= len(text) and self.absent(text):
            return []
        return self.regex.findall(text, pos, endpos)


Searchable = re.Pattern[str] | GatedPattern
"""What a helper that only searches a pattern (finditer, search, match) takes."""


def gated(regex: re.Pattern[str]) -> GatedPattern:
    """`regex` behind the test of its required strings (a pattern with none is searched every time)."""
    return GatedPattern(regex, required_strings(regex))
