"""The rule classes fixed after the dell bank (issue 14, round 75): its passports (0.510 on first contact with round
74) and its missed persons. Each case is worded differently from the bank, in the languages where the class exists,
with near misses that must stay as they were:

1. passports: the German identity card's word as a passport's key, in a form or a JSON record ("Ausweis: Z5760097",
   "Personalausweis-Nr. L01X00T47", "\"ausweis\": \"180683659\""; not a library's or a member's card, "Leserausweis:
   44712093", "\"leserausweis\": ...", nor a season ticket's "Ausweis Nr. 40918822"); the passports asked for in the
   plural, then each traveller's number after the name and a colon, one sentence each ("passports please by Friday.
   Courtney Murray: B35859997. David Nguyen: 028503392."; not "We sell passports covers. Tom Hale: 447120931.");
2. people: a volunteer's shift hours after the name in a text that also says "clasificación" (sorting, and a league's
   table): the hours' unit makes it no match score ("Pablo Ávila 16-20 h clasificación"); the last item of a shift
   register's comma list, who did not come ("..., Tim afgemeld.", "..., Hansjürg krank gemeldet.", "..., Nicole
   absent(e).", "..., Tom called in sick."); a child's school meals or fees, whose they are ("les repas de Marthe ne
   sont pas réglés", "las comidas de Pablo", "de maaltijden van Daan"; not "les repas de Noël"); an identity number's
   owner before its acronym ("waiting on Kimberly's PPS number", "Tom's NI number"; not "Apple's passport holder");
   a heads-up that greets its reader by the first name and a comma ("just a heads up Catherine, the standpipe ...";
   a full name after it stays whole, "just a heads up, Amanda MacAleavy's ..."); an allotment rota's plot
   holder with the number in brackets ("KW 28: Parzelle 9 - Genoveva Trub ((05137) 40904)"); a tour's leader as a
   label ("Fahrtenleiter: Burckhard Pölitz (+41 ...)", "Reiseleiterin: ...");
3. near misses: a match's score beside "Clasificación" stays a score, a server absent from a list, a city's canteen,
   a team greeted with a heads-up, a firm after a heads-up's colon ("Just a heads up: Howard-Gonzalez is rolling
   out ..."), a plot's compost bins with a number.

Of the 35 cases below (22 to catch, 13 to leave alone), 18 fail on round 74.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('passport', 'Gruppe 3\nLeitung: Sara Meier\nAusweis: Z5760097', 'Z5760097'),
    ('passport', 'Check-in\nPersonalausweis-Nr. L01X00T47\nZimmer 12', 'L01X00T47'),
    ('passport', '{"gruppe": "5a", "leitung": "Jonas Roth", "ausweis": "180683659", "betten": 24}', '180683659'),
    ('passport', 'Sea kayak weekend - passports please by Monday. Tom Hale: 534120987. Ann Cole: K44120931.', '534120987'),
    ('passport', 'Sea kayak weekend - passports please by Monday. Tom Hale: 534120987. Ann Cole: K44120931.', 'K44120931'),
    ('person', 'Registro de voluntarios 03-05-2026: Pablo Ávila 16-20 h clasificación, Ana Gil 10-14 h caja', 'Pablo Ávila'),
    ('person', 'Presentielijst 3 mei: Daan Smit 9-13 kassa, Sanne de Wit 13-17 sorteren, Tim afgemeld.', 'Tim'),
    ('person', 'Anwesenheit 3. Mai: Jonas Roth 9-13 Uhr Kasse, Lea Berg 13-18 Uhr Lager, Konrad krank gemeldet.', 'Konrad'),
    ('person', 'Feuille de présence : Hugo Martin 9h-12h caisse, Léa Roy 14h-17h tri, Camille absente.', 'Camille'),
    ('person', 'Shop rota Saturday: Ann Cole 9-1 tills, Tom Hale 1-5 sorting, Harriet called in sick.', 'Harriet'),
    ('person', 'Registro de voluntarios: Pablo Ávila 10-14 h caja, Ana Gil 16-20 h almacén, Lucía no vino.', 'Lucía'),
    ('person', 'Bonjour, les repas de Camille ne sont pas encore réglés. Merci.', 'Camille'),
    ('person', 'Hola, las comidas de Lucía de octubre están pendientes de pago.', 'Lucía'),
    ('person', 'Beste ouders, de maaltijden van Daan zijn nog niet betaald.', 'Daan'),
    ('person', 'Still waiting on Harriet\'s PPS number for the insurance.', 'Harriet'),
    ('person', 'HR: we need Oliver\'s NI number before payroll runs.', 'Oliver'),
    ('person', 'just a heads up Harriet, the gate code has changed.', 'Harriet'),
    ('person', '#ops\n@Elise just a heads up, Amanda MacAleavy\'s forklift ticket expired', 'Amanda MacAleavy'),
    ('person', 'Gießplan Juli\nKW 27: Parzelle 4 - Karl-Hans Ackermann\nKW 28: Parzelle 9 - Genoveva Trub ((05137) 40904)', 'Genoveva Trub'),
    ('person', 'Water rota\nWeek 2: plot 7 - Eithne Quarrington (07700 900123)', 'Eithne Quarrington'),
    ('person', 'Kanu-Tour 18.05.\nFahrtenleiter: Burckhard Pölitz (+41 44 726 94 17)', 'Burckhard Pölitz'),
    ('person', 'Studienreise Rom\nReiseleiterin: Gotlinde Habermehl, 0171 2345678', 'Gotlinde Habermehl'),
]

LEAVE = [
    ('Bibliothek\nLeserausweis: 44712093', '44712093'),
    ('Nahverkehr: Monatskarte, Ausweis Nr. 40918822 der Firma', '40918822'),
    ('{"leserausweis": "44712093", "gebuehr": 5}', '44712093'),
    ('We sell passports covers. Tom Hale: 447120931.', '447120931'),
    ('Liga: Pablo Gil 16-20 Ana Ruiz. Clasificación final', 'Pablo Gil'),
    ('Servers: web1 up, Apache absent.', 'Apache'),
    ('la cantine de Paris est fermée', 'Paris'),
    ('les repas de Noël sont servis le 24', 'Noël'),
    ('Order: Apple\'s passport holder, black', 'Apple'),
    ('Heads up Team, deploy at 5', 'Team'),
    ('Just a heads up: Howard-Gonzalez is rolling out Model Y to every laptop', 'Howard-Gonzalez'),
    ('Plot 4 - Compost Bins (01234 567890)', 'Compost'),
    ('Abbey Vale 1-2 Leeds, match report', 'Abbey'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round75_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round75_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
