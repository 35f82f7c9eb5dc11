"""The person rule classes fixed after the zenith bank's misses and false positives (issue 14,
round 15). The zenith bank was written by an engineer who never saw the rules; it was measured
once with round 14 (the honest figure in docs/guard.md), then tuned on. Each class is tested with
variants the bank did not use and with look-alikes that must stay clean.

1. people: the excused in minutes ("Excusée :", "Excusa su asistencia:", "Afwezig met bericht:"),
   an action item ("- Jeffrey to circulate ..."), a speaker's role of two words in brackets, a form's
   next column after a name ("Patient: Jacqueline Smith    Hospital no.:"), "prepared by" labels,
   a grandparent in brackets, a greeting with its last letter stretched ("Holaa", "Hiii");
2. not people: a room, a ship or a train with its name in quotes, a cited book's author with the
   ISBN anywhere on its line, a sentence dated before 1900 (a historical figure), a German
   compound role after a title ("Herr Rechtsanwalt"); a buyer before an ISBN stays a person.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Compte rendu\nPrésents : Hugo, Manon\nExcusée : Bernadette\nOrdre du jour", "Bernadette"),
    ("person", "Acta\nAsistentes: Lucía, Pablo\nExcusan su asistencia: Rocío, Andrés", "Rocío"),
    ("person", "Notulen\nAanwezig: Sanne, Pieter\nAfwezig met bericht: Femke", "Femke"),
    ("person", "Actions\n- Priya to send the minutes by Monday", "Priya"),
    ("person", "[09:12] Jonas (Technical Support): the reset link is on its way", "Jonas"),
    ("person", "Patient: Margaret Ellis      Ward: 7B      DOB: 01/02/1950", "Margaret Ellis"),
    ("person", "Erstellt von: Ingrid Hollmann, Abteilung Recht", "Ingrid Hollmann"),
    ("person", "Rédigé par : Solène Marchetti, service juridique", "Solène Marchetti"),
    ("person", "Emergency contacts\n1. Rose (grandmother) - 07700 900123", "Rose"),
    ("person", "Holaaa Marta!! ¿vienes el sábado?", "Marta"),
    ("person", "Bestellung von Anna Weber, ISBN 978-3-16-148410-0, Versand per DHL.", "Anna Weber"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round15_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Meeting room 'Grace Hopper' is free from 2pm.",
    "Der ICE „Clara Schumann“ fällt heute aus.",
    "Orgueil et préjugés de Jane Austen, édition Folio, ISBN 978-2-07-041239-4.",
    "Ada Lovelace (1815–1852) wrote the first published algorithm.",
    "Johann Sebastian Bach was born in Eisenach in 1685.",
    "Sehr geehrter Herr Rechtsanwalt,\nanbei die Unterlagen.",
    "Granny Smith apples, 2 kg",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round15_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
