"""The literal strings a regular expression cannot match without: a sound prefilter for the guard's window searches.

Most of the guard's cues are patterns searched in a window before a name (doer_cues.py: "care plan for ", "handed over
to ") and most windows hold none of their words, yet `re` tries the pattern at every position of the window. Reading
the parsed pattern once, `required_strings` finds a small set of lower-cased strings one of which every match must
contain (the literal run "plan de soins" or one of the alternatives "für|for"); a window whose lower-cased text holds
none of them cannot match, and the search is skipped. The set is derived from the pattern itself (no hand-kept cue
list to drift from it), so the skip is exact: tests/guard/test_literals.py checks it on the corpus's texts.

Only what a match consumes counts: anchors and lookarounds are zero-width (a lookbehind may read before the window),
repeats that may match nothing and classes with ranges or categories give no string. Lower-casing both sides keeps
case-insensitive parts sound.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_STRINGS = 24
"""More alternatives than this cost more to look for than the search they would spare."""
_MIN_LENGTH = 3
"""A set whose shortest string is shorter ("a ", "de") is in nearly every window: no gate."""
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_GROUPS = {sre.SUBPATTERN, getattr(sre, "ATOMIC_GROUP", sre.SUBPATTERN)}


def _exact(op: Any, av: Any) -> set[str] | None:
    """The strings one item matches, when they are few and literal ("a", "[ ]", "(?:or|ür)"), else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        if any(item_op is not sre.LITERAL for item_op, _ in av) or len(av) > 4:
            return None
        return {chr(code) for _, code in av}
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            strings = _exact_sequence(alternative)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if op in _GROUPS:
        return _exact_sequence(av[-1])
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
        found: set[str] = set()
        for alternative in av[1]:
            strings = _needed_sequence(alternative)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if op in _GROUPS:
        return _needed_sequence(av[-1])
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
    """Lower-cased strings one of which every match of `pattern` holds; () when none is worth looking for."""
    strings = _needed_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if strings is None or min(len(s) for s in strings) < _MIN_LENGTH:
        return ()
    return tuple(sorted({s.lower() for s in strings}))
