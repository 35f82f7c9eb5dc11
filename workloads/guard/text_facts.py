"""Whole-text facts, read once per text. Cues ask "is this text a vet's, a rota, a match report?" once per
candidate name, and a long text holds hundreds of candidates; the answer is the text's, so it is cached
on (pattern, text). Strings cache their hash, so a hit costs a dict lookup, not a scan; the cache is small (a few
texts' worth), so it holds no more than the texts being scanned."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def text_mentions(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` occurs anywhere in `text` (pattern.search(text) is not None), computed once per text."""
    return pattern.search(text) is not None
