"""Slots: the places in a text that hold the same kind of value line after line.

A rota, a prize list, an intercom's list of flats or a score table repeats one shape: a label and a
value ("Mo Früh: Hugo Gollner", "Di Spät: Erik Sturm"; "2. Preis: Dr. Nohlmans", "3. Preis: Siegrun vom
Sportverein"), or cells in columns ("Alt<TAB>Nicole Pruschke<TAB>mail<TAB>ja"). When one slot of such a
group holds a person, so do its siblings that hold a name: the person detector reads them through this
module (names.PersonDetector._same_slot). This module only finds the groups; it knows no names.
"""

from __future__ import annotations

import re
from collections import defaultdict

_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ ]+)?(?P<label>[^\s:=\"'{}\[\]<>|;][^\n:=\"{}\[\]<>|;\t]{0,38}?)[ \t]*"
    r"(?P<gap>:[ \t]*|[ ][–-][ ]|\t+|[ ]{2,})[\"'“«]?(?P<value>[^\s\n\"'“«][^\n]*?)[\"'”»]?[ \t]*$", re.MULTILINE)
"""A line that is a short label and a value after a colon, a dash, a tab or a wide gap: "Lun tarde: Atilio",
"Mo – Christian (Bello + Luna)", "Apt 22   fam. Nicolas", "3e lot : Nathalie de la boulangerie"."""
_TIMED_LINE = re.compile(r"^[ \t]*(?:[-*•][ ]+)?\d{1,2}[:.h]\d{2}(?:[ ]?(?:am|pm|uur|Uhr|h))?[ \t]+(?:[–-][ \t]+)?(?P<value>[^\s\n][^\n]*?)[ \t]*$",
                         re.MULTILINE)
"""A line that opens with a time: a schedule's slots (auditions, a day's appointments), one slot for every time."""
_CELL_GAP = {"tab": re.compile(r"\t+"), "semicolon": re.compile(r";"), "spaces": re.compile(r"[ ]{2,}")}
"""How a row's cells are set apart: tabs (TSV), semicolons (European CSV), or runs of spaces (a fixed-width
print-out: a bowling league's score sheet)."""
_IN_BRACKETS = re.compile(r"\([^()\n]*\)")
_LETTERS = re.compile(r"[^\W\d_]+")
_ORDINAL_MARKS = re.compile(r"[ºª°]")
WEEKDAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
lunes martes miércoles miercoles jueves viernes sábado sabado domingo mié mie jue vie sáb sab dom lu ju vi
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo
""".split())
"""The days of the week in the five languages, whole and shortened as rotas write them ("Mo Früh", "ma ochtend",
"Lun tarde"): every line labelled with a day is the same slot, whatever part of the day follows."""
DAY_PARTS = frozenset("""
early late morning afternoon evening night am pm früh spät vormittag nachmittag abend nacht mittag
matin midi soir soirée nuit mañana tarde noche mediodía ochtend middag avond
""".split())
"""The parts of a day that follow a day in a rota's label ("Mo Früh", "Lun tarde", "ma ochtend")."""
_NUMBER = re.compile(r"\d+(?:[.]?(?:ère|er|eme|ème|e|st|nd|rd|th|de|ste|te|[ºª°]))?[.]?(?:[a-z](?![a-z]))?")
"""A number with what makes it an ordinal or a flat's door: "3e", "3.er", "2.º", "1st", "2de", "1.", "2ºA", "12b"."""
_SENTENCE_LABEL = re.compile(r"[.!?][ ]+[a-z]|\b(?:https?|www)\b")
"""A label that is no label: a sentence ends inside it, or it is a link."""


def slot_key(label: str) -> str:
    """A label without what tells its lines apart: numbers and their ordinal endings or door letters ("3e lot",
    "3.er premio", "2ºA"), what stands in brackets ("2. Preis (Essen im Gasthof Krone)"); a day of the week for
    every label that names one. "3. Preis" and "2. Preis (...)" are one slot, as are "Lun tarde" and "Mar
    mañana", and "01" and "04" on an intercom; "De:" and "A:" are two."""
    lowered = _IN_BRACKETS.sub(" ", label.lower())
    words = _LETTERS.findall(_ORDINAL_MARKS.sub(" ", _NUMBER.sub(" ", lowered)))
    if any(w in WEEKDAYS for w in words):
        return "<day>"
    if words:
        return " ".join(words)
    return "<number>" if any(c.isdigit() for c in lowered) else lowered.strip()


def slot_groups(text: str) -> list[list[tuple[int, int]]]:
    """The values of `text` grouped by slot, each as (start, end), in the order they stand; only groups of two
    or more. A labelled line's slot is its label's key; a row's cell is its column among rows that split into
    as many cells the same way (three or more)."""
    groups: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    block, block_end = -1, -2
    for line in _LABEL_LINE.finditer(text):
        label = line.group("label")
        if _SENTENCE_LABEL.search(label) is not None or len(_IN_BRACKETS.sub(" ", label).split()) > 4:
            continue
        key = slot_key(label)
        groups[("label", key)].append(line.span("value"))
        for part, (start, end) in enumerate(_cells(line.group("value"), _CELL_GAP["spaces"])):
            # a value set out in parts by wide gaps ("Tue  AM Sarah  PM Tim"): each part is a slot of its own
            groups[("part", key, str(part))].append((line.start("value") + start, line.start("value") + end))
        if line.group("gap").strip(" \t") == "":
            # lines set out in columns by a wide gap, one after the other, are one list whatever their labels
            # ("EG links    Frau Dr. Mairhofer\n1. OG       Sylvio Kruschwitz"): a bell board, a roster
            block = block if text.rfind("\n", 0, line.start()) == block_end else line.start()
            block_end = line.end()
            groups[("block", str(block))].append(line.span("value"))
    for line in _TIMED_LINE.finditer(text):
        groups[("time",)].append(line.span("value"))  # "09:30 Valentin Bock (Violine)\n09:50 Ylvie Klaus (Fagott)"
    position = 0
    for row in text.split("\n"):
        for gap, pattern in _CELL_GAP.items():
            cells = _cells(row, pattern)
            shape = ("cell", gap, str(len(cells)))
            if len(cells) >= 3 and (shape + ("0",) in groups or any(c.isdigit() for c in row)):
                # a table's first row without a digit is its header ("Gast;Begleitung;Zusage;Tisch"), not a row
                for column, (start, end) in enumerate(cells):
                    groups[shape + (str(column),)].append((position + start, position + end))
        position += len(row) + 1
    return [values for values in groups.values() if len(values) >= 2]


def _cells(row: str, gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """A row's cells as (start, end) within the row, each stripped of its spaces."""
    cells, start = [], 0
    for m in [*gap.finditer(row), None]:
        end = len(row) if m is None else m.start()
        piece = row[start:end]
        stripped = piece.strip()
        if stripped:
            offset = start + len(piece) - len(piece.lstrip())
            cells.append((offset, offset + len(stripped)))
        if m is not None:
            start = m.end()
    return cells
