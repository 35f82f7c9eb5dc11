"""trie_alternation (workloads/guard/word_tries.py) must match exactly what the plain alternation of the same words
matches, and the same span wherever the pattern around it leaves a choice (longest word first)."""

from __future__ import annotations

import random
import re

from workloads.guard.word_tries import _top_level_alternatives, factored, trie_alternation

WORDS = ["car", "cars", "carrosserie", "café", "casa", "cabinet", "st.", "a+b", "maine coon", "ß", "x", "über"]


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


def test_same_words_match_alone() -> None:
    trie = re.compile(trie_alternation(WORDS) + r"\Z")
    for word in WORDS:
        assert trie.match(word), word
    for other in ("ca", "carr", "stx", "aab", "maine", "carsx", "", "Car"):
        assert not trie.match(other), other


def test_same_spans_as_the_sorted_alternation_in_random_text() -> None:
    rng = random.Random(69)
    alphabet = "carsoiebéfnt.+ ßxümk"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["the carrosserie and cars", "Café de la casa; st. x", "a+b maine coon über"]
    for flags in (0, re.IGNORECASE):
        plain = re.compile(r"\b" + _plain(WORDS) + r"(?:[ ;]|$)", flags)
        trie = re.compile(r"\b" + trie_alternation(WORDS) + r"(?:[ ;]|$)", flags)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)], text


def test_no_words_match_nothing_and_the_empty_word_matches_empty() -> None:
    assert re.compile(trie_alternation([])).search("anything") is None
    assert re.compile("a" + trie_alternation([""]) + "b").fullmatch("ab")
    assert re.compile("a(?:" + trie_alternation(["", "x"]) + ")b").fullmatch("ab")
    assert re.compile("a(?:" + trie_alternation(["", "x"]) + ")b").fullmatch("axb")


def test_factored_keeps_the_hand_written_alternation_language() -> None:
    source = r"car|cars|host[ ](?:mum|dad)|capt\.?|cap\.|mère[ ]d'accueil|b[|]c|x"
    plain = re.compile(r"(?i:\b(?:" + source + r"))[ ]$")
    fast = re.compile(r"(?i:\b(?:" + factored(source) + r"))[ ]$")
    probes = ["car ", "cars ", "CARS ", "host mum ", "host dad ", "host ", "capt ", "capt. ", "cap. ", "cap ",
              "mère d'accueil ", "b|c ", "bc ", "x ", "xx ", "a car ", "scar "]
    for probe in probes:
        assert bool(plain.search(probe)) == bool(fast.search(probe)), probe


def test_top_level_alternatives_skip_groups_classes_and_escapes() -> None:
    assert _top_level_alternatives(r"a|b(?:c|d)|[|]|\||") == ["a", "b(?:c|d)", "[|]", r"\|", ""]
