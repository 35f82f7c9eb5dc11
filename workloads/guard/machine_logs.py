"""A machine log's own vocabulary: the words a program writes into its log lines (Redis Sentinel's
"+slave", "-odown", "slave redis-node-1...:6379") are the software's, not the writer's, so the
biased-language lexicon does not report them; a term in prose or in a log's free-text message still
counts."""

from __future__ import annotations

import re

# A line a program writes: a clock time with seconds near its start ("1:X 02 Dec 2026 04:02:11.104 *",
# "2026-12-02T04:02:11Z WARN", "Dec  2 04:02:11 host sentinel[1]:")
_LOG_LINE_START = re.compile(r"[^\n]{0,40}?(?<![0-9])[0-9]{2}:[0-9]{2}:[0-9]{2}(?![0-9])")
# An event token glued to its sign ("+slave", "-odown", "+switch-master"), or a word that names the
# kind of the machine identifier after it ("slave redis-node-1.cache.svc:6379", "master 10.0.0.5 6379")
_EVENT_SIGN = re.compile(r"(?<![\w])[+-]$")
_MACHINE_ID_AFTER = re.compile(r"[ ][\w-]+(?:[.:][\w-]+)+(?![\w])")


def machine_log_term(text: str, start: int, end: int) -> bool:
    """Whether the term at start:end is a machine log's own vocabulary, not the writer's words: on a
    line that opens with a clock time, an event token signed with "+" or "-" or the word that names the
    kind of the host or address after it (Redis Sentinel's "+slave slave redis-node-1...:6379"). A
    term in prose, or in a log's free-text message, is still the writer's."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LOG_LINE_START.match(text, line_start) is None:
        return False
    return _EVENT_SIGN.search(text, max(line_start, start - 1), start) is not None or \
        _MACHINE_ID_AFTER.match(text, end) is not None
