"""A play's cast list: each line a role, then a colon or a dash, then who plays it (round 65, issue 14).

A theatre group's casting sheet names its characters ("Professor Gollwitz – Jennifer Hoffmann", "Pierre Brochant :
Inès Roux", "De notaris: Esmée Mol"): the role is a character of the play, no one's personal data, and the one who
plays it is a person even by a first name alone ("Rosa – Carmelo"). A list is a cast only when its heading says so
("Besetzung", "cast", "distribution", "reparto", "rolverdeling") and the text speaks of a stage (a theatre, a play,
its rehearsals or its prompter): "Reparto a domicilio" (delivery), a ward's "Besetzung" (staffing) or a mail
"distribution" are no casts. The role comes first, as a programme prints it; a list written actor first reads the
actor's name as the role, which no bank has written so far.

Round 70: a heading's compound names the stage ("Jugendtheater", "jeugdtoneel") and "Besetzungsliste" the cast; an
actor's line may end with a note in brackets ("Pippi: Noor (geb. 3 mei 2016)"); the play's title in quotes on the
heading line is no person either ('Besetzungsliste Jugendtheater "Emil und die Detektive"').
"""

from __future__ import annotations

import re
from functools import lru_cache
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

_CAST_HEADING = gated(re.compile(
    r"(?i:\b(?:cast(?:[ ]list)?|casting|besetzung|besetzungsliste|rollenbesetzung|rollenverteilung|distribution|distribución|reparto|"
    r"rolverdeling|rollenverdeling|bezetting)\b)"))
_STAGE = re.compile(
    r"(?i:\b(?:\w*theat(?:re|er)\w*|théâtre|teatro|\w*toneel\w*|tréteaux|bühne|schauspiel\w*|play|pièce|comédie|obra[ ]de[ ]teatro|"
    r"stück|\w+stuk|voorstelling|souffleur|souffleuse|prompter|apuntador|apuntadora|regie|régie|rehearsals|proben|"
    r"répétitions|ensayos|repetities|read-through|premiere|première|estreno|auditions?|vorsprechen|players|panto\w*|drama)\b)")
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?"
_CAST_LINE = re.compile(
    rf"^[ \t]*(?P<role>[A-ZÀ-Þ]{_WORD}(?:[ ]{_WORD}){{0,3}})[ ]?(?P<sep>[:–—]|[ ]-|[ ]\.{{3,}})[ ]+"
    rf"(?P<actor>[A-ZÀ-Þ]{_WORD}(?:[ ]{_WORD}){{0,4}})(?:[ ]\([^()\n]{{1,40}}\))?[ \t]*$",
    re.MULTILINE)
_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»\n]{2,80})[\"”“»]")


@lru_cache(maxsize=16)
def _cast_lines(text: str) -> tuple[re.Match[str], ...]:
    """The cast list's lines of `text` (none unless its first line names a cast and the text a stage); cached, as
    every candidate name of the same text asks."""
    first_line = text[:300].split("\n", 1)[0]
    if _CAST_HEADING.search(first_line) is None or _STAGE.search(text) is None:
        return ()
    return tuple(m for m in _CAST_LINE.finditer(text) if _CAST_HEADING.search(m.group(0)) is None)


def cast_role(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` lies in a cast list line's role: a character of the play, no person."""
    heading_end = text.find("\n")
    if heading_end < 0 or not _cast_lines(text):
        return False
    if start < heading_end:  # the play's title on the heading line: 'Besetzung "Emil und die Detektive"'
        return any(m.start(1) <= start and end <= m.end(1) for m in _QUOTED.finditer(text, 0, heading_end))
    return any(m.start("role") <= start and end <= m.end("role") for m in _cast_lines(text))


def cast_actor(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` is the whole of a cast list line's actor: who plays the role, a person."""
    if "\n" not in text:
        return False
    return any(m.start("actor") == start and m.end("actor") == end for m in _cast_lines(text))
