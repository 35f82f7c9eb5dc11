"""The person rule classes fixed after the polje and sarsen banks' false persons and misses (issue 14, round 66). Each
case is worded differently from the banks, in the languages where the class exists, with near misses that must stay
as they were:

1. not people: a team named after a place that is also a first name, its sport's word last ("Georgia Strikers",
   "Emma Bowlers"); a pet's name, a comma and its species ("Bella, hond, zwart", "Biscuit, a small brown dog"; "Anna,
   dog walker" stays a person); "Dom" after an article, a cathedral ("in de Dom van Haarlem"); a river ("River Tees");
   a practice signing off ("Groeten,\\nFysiotherapie Het Anker"); a venue's or a song's field ("Venue: Stanley, Morgan
   and Ellis, Leeds", "Canciones: Lucía, Macarena");
2. people: a team's delegate and substitute by their labels ("Delegada: Rocío", "Ersatz: Jonas", "Invaller: Daan");
   whom a desk is asked to speak to ("bitte Henrike nach dem Kurs ansprechen", "Daan graag even aanspreken"); whom to
   tell ("Avisa a Lucía para que ..."); whom a parent entered for a race or an exam ("We've entered Oliver for ...");
   a first name opening a list's line beside full names, with a qualifier in brackets and a hyphen ("Sophie (junior) -
   passport ..."), or a bracket of its own ("- Nerea (menor, ...)").

Of the 29 cases below (13 to catch, 11 to leave alone, 5 people to keep), 19 fail on round 65.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', "Delegada: Rocío · 612 345 678", 'Rocío'),
    ('person', "Ersatz: Jonas (ab Spiel 2)", 'Jonas'),
    ('person', "Remplaçante : Chloé (à partir du match 3)", 'Chloé'),
    ('person', "Invaller: Daan (vanaf wedstrijd 2)", 'Daan'),
    ('person', "Substitute: Megan (from game 2)", 'Megan'),
    ('person', "Beitrag offen – bitte Henrike nach dem Kurs ansprechen.", 'Henrike'),
    ('person', "Pas geweigerd, Daan graag even aanspreken na de les.", 'Daan'),
    ('person', "Avisa a Lucía para que cambie la contraseña.", 'Lucía'),
    ('person', "We've entered Oliver for the under-12 regional race.", 'Oliver'),
    ('person', "Passports for the trip\nAnna Kowalski - passport 123456789 - exp 2030\nSophie (junior) - passport 987654321",
     'Sophie'),
    ('person', "Participantes\n- Lucía Pérez (K1 propio)\n- Nerea (menor, autorización firmada)", 'Nerea'),
    ('person', "Teilnehmende:\n- François Zbinden (eigenes Boot)\n- Leni (Jugend, Einverständnis liegt vor)", 'Leni'),
    ('person', "Relecture faite par Camille, merci !", 'Camille'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round66_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("League table week 6\n1. Pin Pals – 52 pts\n2. Georgia Strikers – 49 pts\n3. Split Happens – 40 pts", 'Georgia'),
    ("Stand na ronde 4\n1. Kegelclub Noord – 20 pnt\n2. Emma Bowlers – 18 pnt", 'Emma'),
    ("Vermist: Bella, hond, zwart met witte bef.", 'Bella'),
    ("Perdu : Moustache, chat tigré, quartier de la gare.", 'Moustache'),
    ("Orgelconcert in de Dom van Haarlem, zaterdag 20.00 uur.", 'Dom'),
    ("TRIP SHEET - River Tees, Yarm to Stockton\nLeader: Clive Lane", 'River'),
    ("Tot dan!\n\nGroeten,\nFysiotherapie Het Anker", 'Fysiotherapie'),
    ("Bis Donnerstag!\n\nViele Grüße\nPhysiotherapie im Zentrum", 'Physiotherapie'),
    ("Booking\nVenue: Stanley, Morgan and Ellis, Leeds\nDo not play: Delilah, Angels\nDeposit paid", 'Morgan'),
    ("Booking\nVenue: Stanley, Morgan and Ellis, Leeds\nDo not play: Delilah, Angels\nDeposit paid", 'Delilah'),
    ("Boda\nCanciones: Lucía, Macarena\nLugar: Finca Los Olivos", 'Lucía'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round66_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Anna, dog walker, called twice about the gate.", 'Anna'),
    ("Dom van der Berg belt morgen terug.", 'Dom van der Berg'),
    ("TRIP SHEET - River Tees, Yarm to Stockton\nLeader: Clive Lane", 'Clive Lane'),
    ("Klientin: Hedwig Sauer, Lindenweg 4", 'Hedwig Sauer'),
    # a lodging field's companion is a person
    ("Tour booking\nAccommodation: yes, twin share with Gemma\nDiet: none", 'Gemma'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round66_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
