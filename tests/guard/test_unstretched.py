"""names._unstretched replaced a regex substitution in the person detector's hot path; it must give what the regex
gave on every word ("Holaa" -> "Hola", "Hiii" -> "Hi"; nothing else changes)."""

from __future__ import annotations

import random
import re

from workloads.guard.names import _unstretched

_REGEX = re.compile(r"([a-zà-ÿ])\1+$")


def test_greetings_typed_long() -> None:
    assert [_unstretched(w) for w in ("holaa", "hiii", "heyyy", "hallooo")] == ["hola", "hi", "hey", "hallo"]


def test_same_as_the_regex_it_replaced() -> None:
    rng = random.Random(69)
    alphabet = "abhiyoàéÿ÷ zA1."
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7))) for _ in range(50000)]
    for word in words + ["", "a", "aa", "÷÷", "ÿÿ", "ZZ", "11"]:
        assert _unstretched(word) == _REGEX.sub(r"\1", word), word
