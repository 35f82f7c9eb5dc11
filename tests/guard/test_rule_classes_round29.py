"""The person rule classes fixed after the karst and scree banks' misses and false positives
(issue 14, round 29, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. a public place named after someone, its noun and the adjectives Spanish and French put after it
   before the name ("biblioteca pública ...", "polideportivo municipal ...", "centre culturel
   ...", "médiathèque ...", "Bibliothek ...", "bibliotheek ..."): the place, not the person;
2. a first name right after a full name and "and" ("Kevin Osei and Stephanie, room 12",
   "Sanne de Boer en Lotte"): the named person's companion, unless the full name is a listed
   public figure's ("Rafa Nadal y Shakira") or the word is also a place ("... and Paris").

Public figures named in their public role (most of the two banks' clean-row findings) are no
longer scored either way: the banks mark them {public:Name} (workloads/guard/corpus.py, Sample).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

NOT_PEOPLE = [
    # 1. public places named after someone
    "Taller de cerámica en la biblioteca pública Elena Ortega los jueves.",
    "Inscripciones abiertas en el polideportivo municipal Andrés Molina hasta el viernes.",
    "Concierto en el centro cultural Lucía Herrera a las 19:00.",
    "Clases en la piscina cubierta Marta Gil desde octubre.",
    "Reunión en el centro cívico Rosa Méndez el lunes.",
    "Exposition à la médiathèque Claire Dubois jusqu'au 12 mai.",
    "Tournoi au gymnase municipal Alain Mimoun samedi.",
    "Atelier au centre culturel Julien Moreau, entrée libre.",
    "Voorleesuur in bibliotheek Anne de Vries op woensdag.",
    # 2. a public figure's companion, a place after "and"
    "Estafas con fotos de famosos como Rafa Nadal y Shakira, denunciadas ayer.",
    "Tickets: Kevin Washington and Paris",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round29_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and h[1] != "Kevin Washington"] == []


CATCH = [
    # 2. the companion of a named person, a first name no other cue takes
    ("person", "Shift: Kevin Osei and Ife, from 6", "Ife"),
    ("person", "Dienst: Jonas Albrecht und Fenja, ab 6 Uhr", "Fenja"),
    ("person", "Chambre 2 : Marthe Bigot et Léa, arrivée samedi", "Léa"),
    ("person", "Rooster: Sanne de Boer en Jikke, vanaf 7 uur", "Jikke"),
    ("person", "Rooster: Sanne Visser en Wietske, vanaf 7 uur", "Wietske"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round29_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


MUST_STAY = [
    # a place word without a name right after it, or cut off by a comma or a colon
    ("person", "Estuve en el centro con Ana Torres.", "Ana Torres"),
    ("person", "Nos vimos en la biblioteca, Ana Torres dijo que volvería.", "Ana Torres"),
    ("person", "Treffen im Zentrum: Anna Vogel kommt.", "Anna Vogel"),
    ("person", "Centro: Ana Torres", "Ana Torres"),
    # a full name before "and" and a firm's form: still the person
    ("person", "Tickets: Kevin Washington and Paris", "Kevin Washington"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round29_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
