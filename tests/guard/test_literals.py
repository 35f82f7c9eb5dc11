"""literals.required_strings: the strings a pattern cannot match without, which let doer_cues.Cue skip a window's
search and literals.gated skip a whole text's. A string the pattern can match without would make the guard miss people silently, so the derivation is checked
on patterns written to trip it (optional parts, lookbehinds, anchors inside alternatives, case), on every doer cue
against the corpus's texts, and shown to prune most windows (a gate that lets everything through saves nothing)."""

from __future__ import annotations

import re

import pytest

from workloads.guard import (addresses, cast_lists, contextual, doer_cues, names, patterns, round79_people_b,
                             round80_people, round84_people, round86_people, tables)
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate
from workloads.guard.literals import GatedPattern, fold, gated, required_strings


@pytest.mark.parametrize("pattern, expected", [
    (r"care[ ]plan[ ](?:for|of)[ ]$", ("care plan for ", "care plan of ")),  # few alternatives: joined to the run
    (r"(?i:notes|instructions)[ ](?:for|für)[ ]$",
     ("instructions for ", "instructions für ", "notes for ", "notes für ")),
    (r"f(?:or|ür)[ ]", ("for ", "für ")),  # the parser factors a shared head out of the alternatives
    (r"(?:^|\n)[ \t]*(?i:handover)[ ]$", ("handover ",)),  # anchors consume nothing
    (r"(?<=sorry )dear[ ]$", ("dear ",)),  # a lookbehind may read before the window: not required in it
    (r"(?:deposit|payment)?[ ]by[ ]$", (" by ",)),  # the words are optional: only " by " is required
    (r"(?:deposit|payment)?[ ]a$", ()),  # " a" is too short to prune
    (r"(?:abc|[0-9]+)x", ()),  # one alternative needs no string: nothing is required
    (r"[a-z]+ing[ ]list", ("ing list",)),
    (r"(?:wait){2,}ing", ("wait",)),
    (r"\bPASSPORT\b", ("passport",)),  # lower-cased, like the window it is looked for in
    (r"(?>abc)d", ("abcd",)),  # an atomic group holds its sequence itself, not in a last field
    (r"(?:xy)++abc", ("abc",)),  # a possessive repeat reads like a greedy one
])
def test_required_strings(pattern, expected):
    assert required_strings(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern, text", [
    (r"(?i:notes)[ ](?:for|für)[ ]$", "NOTES für "),
    (r"(?i:übergabe)[ ]für[ ]$", "ÜBERGABE für "),
    (r"care[ ]plan(?:s)?[ ]$", "care plans "),
    (r"(?:lo|la)[ ](?:publicó|pegó)[ ]$", "la pegó "),
])
def test_a_match_holds_one_of_its_strings(pattern, text):
    compiled = re.compile(pattern)
    needs = required_strings(compiled)
    assert compiled.search(text) is not None and needs
    assert any(s in text.lower() for s in needs)


def _cues() -> list[doer_cues.Cue]:
    groups = (doer_cues.ROUND77_LOCH_CUES, doer_cues.ROUND74_HELPER_CUES, doer_cues.ROUND76_HELPER_CUES,
              doer_cues.DOER_CUES)
    return [cue for group in groups for cue in group if cue.needs]


def test_most_doer_cues_get_a_gate():
    with_before = [cue for group in (doer_cues.DOER_CUES,) for cue in group if cue.before is not None]
    assert len([cue for cue in with_before if cue.needs]) >= len(with_before) // 2


def test_the_gate_never_skips_a_window_its_pattern_matches_and_skips_most():
    """Every doer cue, before every word of texts from every tenth split: where the pattern matches in the window, one
    of its strings stands there; and most windows hold none."""
    cues = _cues()
    matched = skipped = tried = 0
    for split in SPLITS[::10]:
        for sample in generate(60, seed=SPLIT_SEEDS.get(split, 1), split=split):
            text = sample.text
            for word in re.finditer(r"(?<![\w])\w", text):
                start = word.start()
                for cue in cues:
                    window = max(0, start - cue.window)
                    lowered = text[window:start].lower()
                    held = any(s in lowered for s in cue.needs)
                    tried += 1
                    skipped += not held
                    if cue.before is not None and cue.before.search(text, window, start) is not None:
                        matched += 1
                        assert held, (cue.name, text[window:start][-80:])
    assert matched > 20
    assert skipped > 0.8 * tried


@pytest.mark.parametrize("text, folded", [
    ("Straſse", "strasse"),  # the long s: `re` matches it with "s" under IGNORECASE
    ("İSTANBUL", "istanbul"),  # a capital dotted I lower-cases to two characters elsewhere
    ("Dıe Post", "die post"),  # the dotless i
    ("ΟΔΟΣ", "οδος"),  # Greek sigmas are one letter
    ("Hello World", "hello world"),
])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("pattern, text", [
    (r"(?i:strasse)", "STRAſSE 4"),
    (r"(?i:die[ ]post)", "DıE POST"),
    (r"(?i:istanbul)", "İstanbul"),
    (r"(?i:odos)[ ]", "ODOS "),
])
def test_the_gate_lets_case_insensitive_matches_through(pattern, text):
    compiled = gated(re.compile(pattern))
    assert compiled.regex.search(text) is not None
    assert compiled.search(text) is not None and list(compiled.finditer(text)) and compiled.findall(text)


def test_the_gate_skips_a_whole_text_but_never_a_window():
    compiled = gated(re.compile(r"(?i:bus[ ]list)[ ]?:"))
    assert compiled.needs == ("bus list",)
    assert compiled.absent("Coach manifest: 42 seats") and compiled.search("Coach manifest: 42 seats") is None
    text = "Bus list: 42 seats"
    assert compiled.search(text) is not None and compiled.search(text, 0, 9) is not None
    assert compiled.match(text) is not None and compiled.pattern == r"(?i:bus[ ]list)[ ]?:"


def test_a_pattern_without_strings_is_searched_every_time():
    compiled = gated(re.compile(r"[0-9]{3}"))
    assert compiled.needs == () and not compiled.absent("ref 123")
    assert compiled.search("ref 123") is not None and compiled.search("no digits here") is None


def _gated_patterns() -> dict[str, GatedPattern]:
    found = {}
    for module in (addresses, cast_lists, contextual, names, patterns, round79_people_b, round80_people,
                   round84_people, round86_people, tables):
        for key, value in vars(module).items():
            if isinstance(value, GatedPattern):
                found[f"{module.__name__.rsplit('.', 1)[1]}.{key}"] = value
    return found


def test_every_gated_pattern_of_the_guard_has_strings_and_never_skips_a_text_it_matches():
    """The guard's gated patterns, on texts from every tenth split as written and upper-cased: a text the pattern
    matches holds one of its strings; and together they skip most texts (the reason they are gated)."""
    gated_patterns = _gated_patterns()
    assert len(gated_patterns) >= 50
    assert all(p.needs for p in gated_patterns.values()), [k for k, p in gated_patterns.items() if not p.needs]
    matched = skipped = tried = 0
    for split in SPLITS[::10]:
        for sample in generate(60, seed=SPLIT_SEEDS.get(split, 1), split=split):
            for text in (sample.text, sample.text.upper(), sample.text.lower()):
                for key, pattern in gated_patterns.items():
                    absent = pattern.absent(text)
                    tried += 1
                    skipped += absent
                    if pattern.regex.search(text) is not None:
                        matched += 1
                        assert not absent, (key, text[:120])
    assert matched > 100
    assert skipped > 0.5 * tried
