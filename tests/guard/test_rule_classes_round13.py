"""The person rule classes fixed after the verdict bank's misses and false positives (issue 14,
round 13). The verdict bank was written by an engineer who never saw the rules; it was measured
once with round 12 (the honest figure in docs/guard.md), then tuned on. Each class is tested with
variants the bank did not use and with look-alikes that must stay clean.

1. lists of first names after a colon (a team's line-up, an RSVP list); a speaker in brackets with
   a space before the colon ("Conseillère (Elodie) :"); "booked"/"invited"/"excuse" before a name;
   a note in brackets between a name and its phone ("Alba (AMPA) al +34 ..."); "juf"/"meester";
2. not people: public figures in a sentence naming a state institution, a great prize or a
   retrospective, or after a public role ("chief executive", "the astronomer"); a citation's author
   ("Title, Author, Publisher, ISBN"); "Martin Luther King Jr. Day"; a chat's "Du:" line.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Aufstellung D-Jugend Sonntag: Lukas, Jonas, Finn, Leon (Kapitän). Treffpunkt 9 Uhr.", "Finn"),
    ("person", "Convocados para el sábado: Lucía, Martina, Paula y Daniela.", "Martina"),
    ("person", "Invités confirmés : Camille, Julien +1, Sophie (végétarienne)", "Julien"),
    ("person", "Asesora (Marta) : Buenos días, ¿en qué puedo ayudarle?", "Marta"),
    ("person", "I've invited Rebecca to the panel on Friday.", "Rebecca"),
    ("person", "Dudas: escribid a Pilar (secretaría) al 912 345 678.", "Pilar"),
    ("person", "Tot vrijdag!\nGroetjes, juf Marieke", "Marieke"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round13_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Olaf Scholz war Bundeskanzler; sein Nachfolger ist Friedrich Merz.",
    "The Nobel Prize in Literature 2023 went to Jon Fosse.",
    "El Congreso aprobó ayer la ley; Alberto Núñez Feijóo votó en contra.",
    "Le Centre Pompidou présente une rétrospective consacrée à Vincent van Gogh.",
    "Nvidia's chief executive Jensen Huang presented the new chips.",
    "Ein Porträt des Physikers: der Physiker Werner Heisenberg in Leipzig.",
    "Cien años de soledad, Gabriel García Márquez, Debolsillo, ISBN 978-84-9759-245-4",
    "Martin Luther King Jr. Day: offices closed on Monday.",
    "[18:44] Du: klar, mach ich\n[18:45] Ich: danke",
    "Cities: Paris, Lyon, Nice, Florence",
    "Receiving scheme: Lee, Taylor and Bowen Master Trust",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round13_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


STILL_PEOPLE = [
    ("Sehr geehrte Frau Weber, Ihre Petition an den Bundestag, Anna Weber, ist eingegangen.", "Anna Weber"),
    ("Our plumber John Smith will come on Friday.", "John Smith"),
    ("[15:20] Mia: wer hat die Firmenkarte?\n[15:21] Carl: ich", "Mia"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE)
def test_round13_private_people_stay_people(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
