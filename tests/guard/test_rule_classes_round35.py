"""The person rule classes fixed after the pingo and tombolo banks' misses and false positives
(issue 14, round 35, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. a log's dated entry about someone: the date and a colon, a first name, a short code in brackets
   with a digit and a letter (a class, a group) and a verb ("Sick bay 12/03/2026: Oliver (6C)
   arrived ..."); a place's name there too ("Madison (Y9)"); a bare number in the brackets
   ("Virginia (5) reported") stays clean;
2. a clause after a semicolon that opens with a common first name and an object pronoun before the
   verb ("; Romain la corrige", "; Ramón lo corregirá"); "; Paris la nuit ..." stays clean;
3. the second of two first names a greeting opens ("Hi Crystal and Hayley,");
4. a text signed at its end with a first name and a role ("... by Friday. Dawn, librarian");
5. a full name booked with the reader ("for you and Imke Hartveld", "pour vous et Mathis Garnier"),
   its first name or its surname listed; "para usted y Recursos Humanos" stays clean;
6. labels of people the lists lacked (a maternity carer, a second midwife, a guardian, a probation
   officer) and a drone pilot's column;
7. not people: a route or a hut named after someone ("Via ferrata ...", "Rifugio ..."), a work's
   title after its field ("Stück: Maria Stuart", "last song: Mr. Sandman") or a song in a text about
   music (a title and a word no list holds as a surname: "Mr. Bojangles"), a study's title in capitals, a city's general hospital, a "Kind: Junge" field, a business
   speaking in a chat, a team's sign-off ("Rider Payroll"), an airfield, a location column.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a dated entry about a pupil
    ("person", "Sick bay diary, 12/03/2026: Oliver (6C) arrived at 9:05 with a nosebleed.", "Oliver"),
    ("person", "Infirmary book 03/14/2027: Madison (Y10) came in with a sprained wrist.", "Madison"),
    ("person", "Protokoll 7. Mai 2025: Jonas (3b) fehlte unentschuldigt.", "Jonas"),
    ("person", "Journal de l'infirmerie, 3 mai 2028 : Manon (5e A) est venue pour une migraine.", "Manon"),
    ("person", "Registro 04/07/2022: Olalla (1.º ESO) llega tarde y con tos.", "Olalla"),
    ("person", "Logboek 22-05-2022: Kaylee (groep 7) viel op het plein.", "Kaylee"),
    # 2. a clause after a semicolon: a first name, an object pronoun, a verb
    ("person", "Le devis mentionne encore l'ancien tarif ; Romain la corrige demain.", "Romain"),
    ("person", "El acta conserva un error; Ramón lo corregirá el lunes.", "Ramón"),
    ("person", "J'ai relu la lettre ; Nicole l'envoie ce soir.", "Nicole"),
    # 3. two first names greeted
    ("person", "Hi Crystal and Hayley,\n\nthe seating plan is attached.", "Hayley"),
    ("person", "Hi Tomasz and Joanna,\n\nthanks for the deposit.", "Joanna"),
    # 4. signed with a role
    ("person", "Please bring the scores back by Friday. Dawn, librarian", "Dawn"),
    ("person", "Merci de rendre les partitions avant vendredi. Claire, bibliothécaire", "Claire"),
    # 5. booked with the reader
    ("person", "I've reserved two seats for you and Imke Hartveld, Saturday at 10:00.", "Imke Hartveld"),
    ("person", "Deux places réservées pour vous et Mathis Garnier, samedi à 14h.", "Mathis Garnier"),
    ("person", "He reservado dos plazas para ti y Rocío Vallejo, el sábado.", "Rocío Vallejo"),
    # 6. labels and a pilot's column
    ("person", "Kraambezoek\nKraamverzorgende: Fenna\nMoeder en kind maken het goed.", "Fenna"),
    ("person", "Informe de parto\nSegunda matrona: Lucía\nSin incidencias.", "Lucía"),
    ("person", "Medikamentenplan\nErziehungsberechtigter: Ottmar Kessler, Tel. 0171 2345678", "Ottmar Kessler"),
    ("person", "Afspraak reclassering\nJustitieassistent: Dr. van Dijk", "van Dijk"),
    ("person", "Datum;Fernpilot;Klasse\n2030-08-17;Theobald Siering;A2\n2030-08-18;Annika Weber;A1", "Theobald Siering"),
    ("person", "date,pilot,site\n2024-01-02,Harriet Cole,Quarry Lane\n2024-01-03,Owen Price,Dock Road", "Harriet Cole"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round35_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 7. routes, huts, works, studies, hospitals, words and businesses
    "The Via ferrata Giovanni Lipella is closed until June after rockfall.",
    "La via ferrata du Roc d'Enfer rouvre le 15 juin.",
    "Overnight stop: Rifugio Antonio Locatelli, half board.",
    "Theater am Ring\nStück: Maria Stuart\nBeginn: 19:30",
    "First dance booked; last song: Mr. Sandman. Balance due in May.",
    "Song requests so far: Mr. Bojangles, September and Dancing Queen.",
    "ENROLMENT: Home Sleep Apnoea Screening Study (HSAS-3)",
    "Waiting list, orthopaedics, Leeds General\nReferral received: 3 May",
    "Geburtsbericht\nKind: Mädchen, geboren am 2024-03-02, 3.200 g",
    "Transporte a la demanda: su viaje está confirmado.",
    "Thanks,\nRider Payroll\npayroll@example.org",
    "No-fly notice: Beatrix airfield closed to drones on Sunday.",
    # near misses of the classes above
    "Air quality report 2024-05-01: Virginia (5) reported higher ozone levels.",
    "Release notes 2024-03-01: Windows (11) crashed on boot.",
    "Deux options ; Paris la nuit est plus belle.",
    "Plaza reservada para usted y Recursos Humanos, el lunes.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round35_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round35_business_speaker_is_not_a_person(scanner: Scanner) -> None:
    text = "[09:12] Peluquería: Hola, ¿a qué hora te viene bien?\n[09:13] Marta: a las 12"
    assert [h for h in found(scanner, text) if h[0] == "person"] == [("person", "Marta")]


def test_round35_location_column_is_a_place(scanner: Scanner) -> None:
    text = "fecha,piloto,ubicación\n2025-11-27,Ana Gil,\"Cantera Los Llanos\"\n2025-11-28,Luis Mora,\"Puerto Viejo\""
    assert [h for h in found(scanner, text) if h[0] == "person"] == [("person", "Ana Gil"), ("person", "Luis Mora")]
