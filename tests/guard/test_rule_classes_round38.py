"""The person rule classes fixed after the moulin and serac banks' misses and false positives
(issue 14, round 38, person half). Each case is worded differently from the banks, in the languages
where the class exists, with near misses that must stay as they were:

1. a crew's or a duty's role as a form key ("Cox: Maddie", "Steuerfrau: Lea Brandt", "Stuurman: Joep",
   "Timonel: Rosario", "Barreur : Yann", "Range safety officer: Kim Lowe", "TFA: Jana"), and who was told
   ("Famille prévenue : Lucie, 06 ...", "Avisada: Nieves", "Family notified: Grace");
2. a squad's role or a relative in brackets after a first name on a score card or a team sheet
   ("Zoe (sub)  121 133", "Lotte (invaller): 120", "Paco (suplente)", "Imke (Ersatz);131", "| Tess (mum) |");
3. a relative named by kinship alone in a note's shorthand ("Ehemann Jörg informiert", "wife Carol
   informed", "(sœur, Manon)"), not a religious title ("Sister Act", "Father Christmas");
4. the words around a name: German "auf" after issued or booked ("ausgestellt auf Greta Hahn"), a
   Spanish perfect before the name ("Lo ha firmado Anselmo,", "avisada Nieves, ..."), an agent after a
   longer object ("transféré à compta@example.org par Hugo"), "Name on card: Oscar";
5. not people: landforms and activities after a name ("Mary Point", "Stella Cove", "Yin Yoga", "Power
   Pilates", "Glasgow Roller Derby"), a household label ("Familia: hermano Tomás"), a rota's weekday range
   ("Di-Do Spätdienst:"), colour and size adjectives opening a place's or a thing's name ("Schwarze
   Tasche", "Red kite", "Inselrundfahrt Lange Anna", "Excursie Lange Max"), a league table's points
   ("3.º Bolos Sevilla 33 pts"). German and Dutch trade compounds ("Gärtnerei", "Kwekerij") and beaches
   ("Praia da ...") were fixed too, but no wording other than the bank's own made round 37 fail on them.

Of the 47 cases below, 27 fail on round 37.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. crew and duty roles, who was told
    ("person", "Crew for Saturday\nStroke: Ben Harlow\nCox: Maddie\nLaunch: Pete", "Maddie"),
    ("person", "Mannschaft Vierer\nSchlagfrau: Jule Wendt\nSteuerfrau: Lea Brandt", "Lea Brandt"),
    ("person", "Bemanning C4\nSlag: Femke\nStuurman: Joep", "Joep"),
    ("person", "Tripulación J80\nPatrón: Íñigo Salas\nTimonel: Rosario", "Rosario"),
    ("person", "Équipage\nBarreur : Yann\nChef de nage : Élodie Marchal", "Yann"),
    ("person", "Incident log\nRange safety officer: Kim Lowe\nLane: 4", "Kim Lowe"),
    ("person", "Notdienst Praxis\nTFA: Jana\nTierarzt: Dr. Bähr", "Jana"),
    ("person", "Transport aux urgences.\nFamille prévenue : Lucie, 06 12 34 56 78", "Lucie"),
    ("person", "Traslado a urgencias\nAvisada: Nieves, 612 345 678", "Nieves"),
    ("person", "Casualty taken to A&E.\nFamily notified: Grace, 07700 900123", "Grace"),
    # 2. a squad's role or a relative in brackets
    ("person", "Week 9\nTom Baker   180 175 190   545\nZoe (sub)   121 133 140   394", "Zoe"),
    ("person", "Speelronde 4\nKees de Wit: 150 - 160 - 170\nLotte (invaller): 120 - 131 - 140", "Lotte"),
    ("person", "Jornada 4\nPilar Gómez: 150 - 160 - 170\nPaco (suplente): 120 - 131 - 140", "Paco"),
    ("person", "Name;S1;S2;S3\nUwe Kranz;150;160;170\nImke (Ersatz);131;120;140", "Imke"),
    ("person", "Remplaçants\nInès Moreau 150 / 160\nSacha (remplaçant) 120 / 131", "Sacha"),
    ("person", "| # | Skater | Emergency |\n|---|---|---|\n| 3 | Amy Lang | Tess (mum) |", "Tess"),
    # 3. kinship alone
    ("person", "Patient stabil. Ehemann Jörg informiert, Rückruf 16 Uhr.", "Jörg"),
    ("person", "Fall in car park; wife Carol informed at 14:10.", "Carol"),
    ("person", "Entretien avec les proches (sœur, Manon), joignable le soir.", "Manon"),
    ("person", "Patiënt opgenomen, broer Sander gebeld om 15 uur.", "Sander"),
    # 4. the words around the name
    ("person", "Fundsache: Führerschein, ausgestellt auf Greta Hahn, Klasse B.", "Greta Hahn"),
    ("person", "Platz 14 ist gebucht auf Jonas Feld, Anreise Freitag.", "Jonas Feld"),
    ("person", "Contrato 2231\nLo ha firmado Anselmo, falta el sello.", "Anselmo"),
    ("person", "Alarma puerta 3\navisada Nieves, se revisa mañana.", "Nieves"),
    ("person", "Ticket 88 -> transféré à comptabilite@example.org par Hugo", "Hugo"),
    ("person", "Gift card\nName on card: Oscar\nValue: £25", "Oscar"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round38_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 5. places, activities, labels, rotas, adjectives, compounds, league tables
    "Navigation warning: the buoy off Mary Point is unlit until further notice.",
    "Navigation warning: the light on Grace Point is unlit until further notice.",
    "Dive plan: Stella Cove at 10:00, max depth 18 m.",
    "Kursplan: 18:00 Yin Yoga, 19:30 Power Pilates.",
    "Saturday: Glasgow Roller Derby v Dundee, doors 6pm.",
    "Wochenplan\nDi-Do Spätdienst: siehe Aushang\nFr-So Nachtdienst: Bereitschaft",
    "Fundbüro: Schwarze Tasche, Linie 4.",
    "ADOPTION - Red kite (Gold)",
    "Inselrundfahrt Lange Anna - Treffpunkt Hafen",
    "Excursie Lange Max, vertrek 9 uur.",
    "Clasificación tras la jornada 5: 1.º Bolera Norte 40 pts, 3.º Bolos Sevilla 33 pts.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round38_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


KEPT = [
    # near misses that stay people
    ("person", "Wochenplan\nDi-Do Spätdienst: Marta Keller\nFr-So Nachtdienst: Jonas", "Marta Keller"),
    ("person", "Sehr geehrte Frau Lange, anbei die Unterlagen.", "Lange"),
    ("person", "Contact: Katrin Lange, 030 1234567", "Katrin Lange"),
    ("person", "Dear Mr Green, your order has shipped.", "Green"),
    ("person", "Mother's Day card for my mother Teresa, posted.", "Teresa"),
    ("person", "Ranking: 1. Sophie Martin 48 points, 2. Louis Petit 41 points", "Sophie Martin"),
    ("person", "Ausgestellt am 3. Mai in Köln für Anna Weber.", "Anna Weber"),
]


@pytest.mark.parametrize("category,text,value", KEPT, ids=[v for _, _, v in KEPT])
def test_round38_near_misses_stay_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


NOT_TITLES = [
    "Tonight on BBC Two: Sister Act, then the news.",
    "Father Christmas arrives at the garden centre on Saturday.",
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_round38_religious_titles_are_no_kinship(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round38_a_household_label_is_no_name_but_the_relative_after_it_is(scanner: Scanner) -> None:
    hits = [h for h in found(scanner, "Familia: hermano Tomás, 600 123 456") if h[0] == "person"]
    assert hits == [("person", "Tomás")]
