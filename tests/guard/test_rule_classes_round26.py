"""The person rule classes fixed after the cirque and bayou banks' misses and false positives
(issue 14, round 26). Each case below is worded differently from the banks, in the five
languages, with near misses that must stay as they were:

1. a pair of first names joined by a slash or a dash, as a game's or a rota's result writes them
   ("2. Edda / Edeltraut 58,1 %", "NS Anna/Tom", "2. Maria - Jean 57,3 %"); weekdays' abbreviations
   ("Mo/Di") and places ("Berlin / Hamburg") stay clean;
2. a caller in a transcript whose other speaker is an office ("Sophia: Markring 41\\nSekretariat:
   Danke."); 3. first names after a slot's label in a text that says it is a rota ("Dienstplan",
   "rota", "rooster", "turnos": "Sun 1: Miriam & Fainche"); not places or weekdays;
4. on-call keys of a record (primary, secondary, primair, secundair, primär, sekundär, ...);
5. a care or a complaint role before a first name ("receiving nurse Sarah", "Complainant Caleb
   (tel ...)", "témoin Karim"); an artist's label ("Artiest:", "Künstlerin:");
6. not people: a possessive opening a label's value ("Kunde: Mein Konto ist gesperrt", "Anrufer:
   Mein Nachbar, ..."); a square named after someone ("la place Victor-Hugo"); a university's name
   ("Université Lumière Lyon 2"); German nouns the lists hold as names ("mit Speicher").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. pairs
    ("person", "Clubturnier - Ergebnis\n1. Petra Vogel / Anna Brandt 61,0 %\n2. Edda / Edeltraut 58,1 %", "Edeltraut"),
    ("person", "Tournoi du mardi\n1. Léa Morel - Anne Roux : 60,2 %\n2. Patricia - Timothée : 57,8 %", "Patricia"),
    ("person", "Torneo del jueves\n1.º Carla Ruiz - Eva Piquer, 63,5 %\n2.º Matías - Adela, 56,9 %", "Adela"),
    ("person", "Clubdrive\n1. Melissa Hendriks - Annelies Verstraete 60,8%\n2. Maria - Jean 57,3%", "Maria"),
    # 2. a caller and an office
    ("person", "Sophia: Markring 41, 9366 Tulln\nSekretariat: Danke, wir schicken die Bestätigung.", "Sophia"),
    # 3. rotas
    ("person", "Choir tea rota, Advent\n\nSun 1: Miriam & Fainche\nSun 2: Matthew Paul", "Miriam"),
    ("person", "Dienstplan Weihnachten\n24.12. Noten austeilen: Anisa, Silvano", "Silvano"),
    ("person", "Rooster koffie en bloemen\n1e advent: Mark en Youssef", "Youssef"),
    ("person", "Turnos de limpieza\nJueves Santo: Nayara, Marta", "Nayara"),
    # 4. on-call keys
    ("person", "oncall:\n  primair: Cornelia van Doorn\n  secundair: Eric\nescalatie_na_minuten: 15", "Eric"),
    ("person", "rotation:\n  primary: Dana Whitfield\n  secondary: Priya\n", "Priya"),
    # 5. roles before a first name, artists' labels
    ("person", "Handed over at 11:14, receiving nurse Sarah", "Sarah"),
    ("person", "Complainant Caleb (tel 348-704-8745) says the driver refused the fare", "Caleb"),
    ("person", "Gagestrook\nArtiest: Imke van Es\nAdres: Maryamstraat 41", "Imke van Es"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round26_person_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Öffnungszeiten: Mo/Di geschlossen, Mi-Fr 9-18 Uhr",
    "Lieferung Berlin / Hamburg ab Montag",
    "Planning: Paris, Lyon",
    "Dienstplan\nMontag: Früh, Spät",
    "Kunde: Mein Konto ist gesperrt, bitte um Rückruf",
    "La station de la place Victor-Hugo est hors service.",
    "Gastuniversität: Université Lumière Lyon 2",
    "Auftragsbestätigung PV-Anlage 9,8 kWp mit Speicher",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round26_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
