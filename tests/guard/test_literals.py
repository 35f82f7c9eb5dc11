"""literals.required_strings: the strings a pattern cannot match without, which let doer_cues.Cue skip a window's
search. A string the pattern can match without would make the guard miss people silently, so the derivation is checked
on patterns written to trip it (optional parts, lookbehinds, anchors inside alternatives, case), on every doer cue
against the corpus's texts, and shown to prune most windows (a gate that lets everything through saves nothing)."""

from __future__ import annotations

import re

import pytest

from workloads.guard import doer_cues
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate
from workloads.guard.literals import required_strings


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
