"""The person rule classes fixed after the coulee and barchan banks' misses and false persons (issue 14, round 64,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. kin as a visitor list's labels ("Oma:", "Grand-mère :", "Abuelo:"), who leaked a secret in a security notice's
   timed sentence or its brackets ("at 14:05 Dominic pasted ...", "gepostet (von Jasmin)"), a parent's first name in
   brackets after the kinship word ("Dad (Gareth) says ..."), whom an incident escalates to ("Escalated to Priyanka
   (secondary)"), whom a transport sends ("your driver ... is Delroy in a white minibus"), whose care document ("the
   care plan for Imogen", "den Impfpass von Leonie"), a first name opening a list's line beside full names opening
   the others the same way ("- Léonie Garnier : arachide\n- Mathis : gluten");
2. not people: a pet's name with a title after its animal ("Katze Frau Mimi", "shop cat Mr Biscuit"), the Gas Safe
   register, a dog groomer's salon ("Toilettage ..."), a field's bare colon that only looks like a list's ("User :
   admin@...", "Home: 14 Elm Road"), a country after "action plan for".

Of the 25 cases below (15 to catch, 7 things to leave alone, 3 people to keep), 13 fail on round 63.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Besuchsregelung Station 3\n  Partner: Thomas Krug\n  Oma: Henriette\nZimmer 12: keine Auskunft',
     'Henriette'),
    ('person', 'Visites autorisées\n  Conjoint : Marc Olivier\n  Grand-mère : Yvette\nChambre 9 : aucune visite',
     'Yvette'),
    ('person', 'Visitas\n  Pareja: Lucía Ortega\n  Abuelo: Teodoro\nHab. 12: sin visitas', 'Teodoro'),
    ('person', 'Incident note: at 14:05 Dominic pasted the staging token into #general.', 'Dominic'),
    ('person', 'Aviso: a las 09:12, Rocío publicó por error la clave en el canal.', 'Rocío'),
    ('person', 'Der Schlüssel wurde versehentlich gepostet (von Jasmin) und ist rotiert.', 'Jasmin'),
    ('person', 'Session 4: Dad (Gareth) says she practises the sounds at bedtime.', 'Gareth'),
    ('person', 'Séance 6 : très bonne participation du papa (Thierry).', 'Thierry'),
    ('person', '09:41  Escalated to Priyanka (secondary on-call)\n10:02  Resolved', 'Priyanka'),
    ('person', '17:20 Geëscaleerd naar Maarten via sms\n17:45 Opgelost', 'Maarten'),
    ('person', "Hi, your driver for Thursday's 7:40 pick-up is Delroy in a white minibus.", 'Delroy'),
    ('person', 'Many thanks for the updated care plan for Imogen; we have filed a copy.', 'Imogen'),
    ('person', 'danke für den neuen Impfpass von Leonie, die Kopie liegt in der Akte.', 'Leonie'),
    ('person', 'Allergies du groupe\n- Léonie Garnier : arachide\n- Mathis : gluten (traces tolérées)', 'Mathis'),
    ('person', 'Alergias\nRamiro Vidal – 12-04-2019 – leche\nEusebio – huevo – autoinyector en secretaría', 'Eusebio'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round64_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ('Im Laden wohnen Hund Bruno und Katze Frau Mimi, beide unverkäuflich.', 'Mimi'),
    ('Our shop cat Mr Biscuit sleeps in the window.', 'Biscuit'),
    ('Gas Safe register number 123456, checked annually.', 'Gas Safe'),
    ('Rendez-vous confirmé – Toilettage Belle Truffe, samedi 10 h.', 'Truffe'),
    ('Security notice\nUser : admin@example.org\nSource IP : 10.2.3.4', 'User'),
    ('Date of birth: not required\nHome: 14 Elm Road', 'Home'),
    ('The action plan for Jordan is published by the ministry.', 'Jordan'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round64_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ('Frau Mimi Berger ruft wegen der Rechnung an.', 'Mimi Berger'),
    ('Partner: Thomas Krug, 0171 2345678', 'Thomas Krug'),
    ('Escalated to Priyanka Shah (secondary).', 'Priyanka Shah'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round64_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
