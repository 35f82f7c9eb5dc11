"""The person rule classes fixed after barchan's and coulee's last false persons and misses (issue 14, round 65). Each
case is worded differently from the banks, in the languages where the class exists, with near misses that must stay
as they were:

1. a play's cast list (workloads/guard/cast_lists.py): under a heading that names a cast ("Besetzung", "cast list",
   "distribution", "reparto", "rolverdeling") in a text about a stage, each line's role is a character, no person
   ("Wilhelm Voigt – Klaus Brenner"), and who plays it is a person even by a first name alone ("Marie – Lena"); a
   ward's "Besetzung" (staffing) or a delivery's "reparto" is no cast;
2. a rota's duty line: the day, the hours and the duty, a colon, the name ("So 11-15 Führung: Katrin"); a weekday's
   abbreviation opening such a line is the day, not the first name "Dom" (a line without the duty's colon keeps it);
3. a booking's lodging field names a hotel, whatever it reads like ("Hotel: 2 nights, Florence Garden, ref. ...");
4. whose care document, with a bracket after the name ("die Zahnbehandlung von Jonas (Rechnungsnr. ...)").

Of the 29 cases below (13 to catch, 11 to leave alone, 5 people to keep), 13 fail on round 64.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

_DE_CAST = ("Laienbühne Eichenau – Besetzung „Der Hauptmann von Köpenick“\n\nWilhelm Voigt – Klaus Brenner\n"
            "Friedrich Hoprecht – Lena Maurer\nMarie – Lena\nLicht: Herr Dr. Vogel\n\nProben ab Montag im Pfarrsaal")
_EN_CAST = ("Greenfield Players - cast list, spring play 'The Importance of Being Earnest'\n\nAlgernon Moncrieff ...... "
            "Daniel Price\nCecily ........... Priya\n\nRehearsals Thursdays 7pm")
_FR_CAST = "Compagnie du Grenier – distribution « Le Misanthrope »\nAlceste : Julien Morel\nÉliante : Julie\nRépétitions le mardi à 20h"
_ES_CAST = ("Grupo de teatro El Candil – reparto de «Don Juan Tenorio»\nDon Juan: Marta Ibáñez\nDoña Inés: Alicia\n"
            "Ensayos los miércoles en la casa de cultura")
_NL_CAST = "Toneelgroep De Kade – rolverdeling najaarsstuk\nDokter Jan Hendriks: Joost Vermeer\nTante Mien: Ria\nRepetities op dinsdag"
_ES_ROTA = "Voluntariado museo\nSáb 10-14 sala 1: Lucía Gil\nDom visita guiada: Álvaro\nAvisos a museo@example.org"

CATCH = [
    ('person', _DE_CAST, 'Lena'),
    ('person', _DE_CAST, 'Klaus Brenner'),
    ('person', _EN_CAST, 'Priya'),
    ('person', _FR_CAST, 'Julie'),
    ('person', _ES_CAST, 'Alicia'),
    ('person', _NL_CAST, 'Ria'),
    ('person', "Museumsdienst Mai\nSa 14-18  Kasse EG: Uwe Brandt\nSo 11-15  Führung: Katrin\nBei Ausfall bitte kasse@museum.de "
               "Bescheid", 'Katrin'),
    ('person', "Vrijwilligers molen\nza 10-13 zaal 1: Henk de Wit\nzo rondleiding: Marit\nAfmelden bij info@molen.nl", 'Marit'),
    ('person', _ES_ROTA, 'Álvaro'),
    ('person', "Library volunteers\nSat 10-1 front desk: Tom Hardy\nSun story time: Megan\nCancellations to desk@library.org",
     'Megan'),
    ('person', "Anbei die Rechnung für die Zahnbehandlung von Jonas (Rechnungsnr. 2024-118), bitte bis Monatsende.", 'Jonas'),
    ('person', "Thank you for the updated asthma action plan for Oliver (signed by his GP).", 'Oliver'),
    ('person', "Hierbij het behandelplan van Sanne (versie 2) voor uw administratie.", 'Sanne'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round65_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    (_DE_CAST, 'Wilhelm Voigt'),
    (_DE_CAST, 'Hoprecht'),
    (_EN_CAST, 'Algernon'),
    (_FR_CAST, 'Alceste'),
    (_ES_CAST, 'Juan'),
    (_ES_CAST, 'Inés'),
    (_NL_CAST, 'Hendriks'),
    (_NL_CAST, 'Mien'),
    (_ES_ROTA, 'Dom'),
    ("Trip summary\nFlights: AMS-LIS 14 May\nHotel: 2 nights, Florence Garden, booking ref 88213\nTaxi: pre-paid", 'Florence'),
    ("Viaje\nVuelo: MAD-BRU 3 de mayo\nAlojamiento: 2 noches, Victoria Palace, localizador 55120", 'Victoria'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round65_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    # a ward's staffing is no cast: its names on the left of a colon stay people
    ("Station 4 – Besetzung Frühdienst\nAnna Keller: Leitung\nJonas Weber: Pflege", 'Anna Keller'),
    # a delivery's "reparto" is no cast
    ("Reparto a domicilio – semana 12\nCarmen Ruiz: zona norte\nLuis Ortega: zona sur", 'Carmen Ruiz'),
    # a day's abbreviation without a duty's colon stays a first name
    ("Dom asked me to call back.\nSat 2-5 front desk: Tom Hardy", 'Dom'),
    # a hotel's contact is a person
    ("Trip summary\nHotel contact: Maria Lopez\nHotel: 2 nights, ref 88213", 'Maria Lopez'),
    # a cast's crew line names a person
    (_DE_CAST, 'Vogel'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round65_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
