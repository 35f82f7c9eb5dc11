"""The person rule classes fixed after the bajada, flysch and monadnock banks' misses and false persons (issue 14,
round 62, person half). Each case is worded differently from the banks, in the languages where the class exists,
with near misses that must stay as they were:

1. a list of first names that opens a sentence and is asked something ("Robert, Katie and Esther please bring ..."),
   whom a reminder text addresses ("Recordatorio: Fidela, tiene cita ..."), a parent's little one ("my little one
   Leslie"), a rally's navigator column, a second name after a slash before the next column;
2. not people: a pet with its species in brackets, whatever its title ("Doña Pelusa (gata)", "Frau Holle
   (Kaninchen)", "Patient: Bello (Hund)"), a pet's name field ("Tiername:"), boats named after their noun or listed
   in quotes ("The narrowboat Elizabeth Rose", "Boats going: 'Endeavour', 'Grace Darling'"), a park named after
   someone ("el parque Miguel Servet"), ambulance firms and scout troops opening a name, a car ("Lotus Elan"),
   "Dudas al ..." (Spanish "questions to"). The species' list holds two-word species ("guinea pig", "Berner
   Sennenhund"): its first draft split them into broken character classes whose effect changed with the hash seed.

Of the 25 cases below (8 to catch, 13 things to leave alone, 4 people to keep), 17 fail on round 61.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Match at 10, meet 9:15. Olivia, Maisie and Harry please bring a water bottle.", "Maisie"),
    ("person", "Recordatorio: Leandro, tiene cita de audiometría el 12-03-2027 a las 10:20.", "Leandro"),
    ("person", "Rappel : Juliette, RDV orthoptie le 04.05.2027 à 9:40.", "Juliette"),
    ("person", "is there room in the baby yoga class? it's for my little one Poppy, she's 5 months.", "Poppy"),
    ("person", "| No. | Driver | Navigator | Car |\n|---|---|---|---|\n| 3 | Tom Ridley | Nina | 1965 Mini Cooper |",
     "Nina"),
    ("person", "Startliste\nNr. 4   Herr Dr. Weigl / Anneliese   Mercedes 190 SL   Klasse II", "Anneliese"),
    ("person", "Liste des chambres\nCh. 5 : Paul Girard / Louise (chef de pupitre)", "Louise"),
    ("person", "Hi all, kick off at 11. Sophie and Jack please bring the cones.", "Jack"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round62_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Esta semana vacunamos a Doña Canela (gata) y a Don Bigotes (perro).", "Canela"),
    ("Deze week op het spreekuur: Meneer Snuffel (konijn) en poes Mimi.", "Snuffel"),
    ("Diese Woche behandelt: Frau Hoppel (Kaninchen) und Kater Einstein.", "Hoppel"),
    ("Rechnung – Tierarztpraxis am Markt\nPatient: Rocky (Hund)\nBesitzer: Herr Lang", "Rocky"),
    ("Tierhalterin: Monika Vogt\nTelefon: 0711 2345678\nTiername: Luna\nTierart: Katze", "Luna"),
    ("The narrowboat Mary Ellen is moored at bay 4 until Friday.", "Mary Ellen"),
    ("Boats going: 'Swallow', 'Grace Darling' and 'Sir Walter'. Minibus leaves at 8.", "Grace Darling"),
    ("La quedada será en el parque Miguel Servet a las 12:00.", "Miguel Servet"),
    ("BON DE TRANSPORT – Ambulances du Lac\nDépart : 8h15", "Ambulances"),
    ("Rally update: the Lotus Elan of car 22 has a cracked radiator.", "Lotus"),
    ("Traed merienda para compartir. Dudas al 612 345 678.", "Dudas"),
    ("This week we saw Mr Nibbles (guinea pig) and Lady Fluff (cat).", "Nibbles"),
    ("Diese Woche: Herr Wuff (Berner Sennenhund) zur Impfung.", "Wuff"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round62_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Frau Holle (Kundin) ruft wegen der Rechnung an.", "Holle"),
    ("Pet sitter: Frieda Haas", "Frieda Haas"),
    ("Our skipper, Grace Darling, sends her regards.", "Grace Darling"),
    ("Name: Luna Weber\nTelefon: 0711 2345678", "Luna Weber"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round62_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
