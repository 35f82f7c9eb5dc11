"""The rule classes fixed after the verify bank's misses and false positives (issue 14, round 7). The
verify bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on.

1. labels of account names in sign-in logs ("Kontoname:", "Nombre de cuenta:", "Accountnaam:"),
   drivers, the person responsible ("Zuständig:"), and "assigned to" in the five languages;
2. couples where one name is common and the other only listed ("Roan en Rik", "Niklas und
   Evamaria"); a name closing a code comment after a dash ("# ... – Emilio"); "geplakt door Fenna";
3. "n.º de historia" for medical records; "Geb.-Datum:" and an obituary's "* 20-05-1982 †" for
   births, while a Markdown bullet "* 2024-01-01" stays a date;
4. not people or addresses: things after "the"/"het"/"een"/"un"/"une" ("the Charles Darwin
   Building", "een Tom Collins"), rooms, buildings and trophies named after people ("aula Ramón
   y Cajal", "zaal Christiaan Huygens", "Copa del Rey"), job titles ("Junior Data Analyst"), routes
   between cities ("Madrid → Valencia"), a time before a title ("08:00  Herr Dr. Hoffmann"), and
   Dutch streets on "-ring" that are streets ("Joycering 1").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Ein Konto konnte nicht angemeldet werden.\nKontoname: Gustav\nQuellnetzwerkadresse: 10.0.0.1", "Gustav"),
    ("person", "Error de inicio de sesión.\nNombre de cuenta: Lucía\nDirección de red de origen: 10.0.0.1", "Lucía"),
    ("person", "Kan niet aanmelden.\nAccountnaam: Kathleen\nBronnetwerkadres: 10.0.0.1", "Kathleen"),
    ("person", "Conducteur : Pierre (4,8★)\nRendez-vous : parking de la gare", "Pierre"),
    ("person", "1 Warnung. Zuständig: Timo", "Timo"),
    ("person", "docs/guide.md:88:4 avertissement\nAssigné à Raymond.", "Raymond"),
    ("person", "Stijlcontrole: vermijd deze term. Toegewezen aan Michel.", "Michel"),
    ("person", "línea 57: usa un término neutro. Lo corrige Gustavo.", "Gustavo"),
    ("person", "Vanaf 1 april wonen Roan en Rik op de Patriciaring 81.", "Roan"),
    ("person", "In Liebe: Niklas und Evamaria mit Familie", "Evamaria"),
    ("person", "[web:vars]\n# Passwort kommt später in den Vault – Emilio\nkey=1", "Emilio"),
    ("person", "per ongeluk in het incidentkanaal geplakt door Fenna:", "Fenna"),
    ("medical_record", "08:30 Sr. Roldan, n.º de historia 2023-980482, artroscopia", "2023-980482"),
    ("date_of_birth", "Name: Matheo Pia Kiss\nGeb.-Datum: 1954-09-20\nHandy: +43 316 57828828", "1954-09-20"),
    ("date_of_birth", "Sarah de Vos\n* 20-05-1982   † 2 maart 2026", "20-05-1982"),
    ("street_address", "Werkbon 2291\nAdres: Joycering 1\n7317 Sint-Margriete", "Joycering 1\n7317 Sint-Margriete"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round7_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Conference shuttle leaves at 07:15 from the Charles Darwin Building, bay 3.",
    "Voor mij een Tom Collins, graag.",
    "Clase en el aula Ramón y Cajal: transformada de Fourier.",
    "College in zaal Christiaan Huygens: de wet van Ohm.",
    "Final de la Copa del Rey en La Cartuja el 08-04-2028.",
    "Hiring: Junior Data Analyst (m/f/d), Berlin.",
    "Viaje Madrid → Valencia, viernes 18:00",
    "Release plan\n* 2024-01-01 feature freeze\n* 2024-02-01 GA",
    "Funeral at St Anne's on Friday at 11am.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round7_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    kept = ("person", "street_address", "date_of_birth")
    assert [h for h in found(scanner, text) if h[0] in kept] == []


def test_a_time_before_a_title_is_no_street_line(scanner: Scanner) -> None:
    # "00  Herr Dr." read as number, name and "Dr." (Drive); the person is still found
    hits = found(scanner, "OP-Plan Saal 2\n08:00  Herr Dr. Hoffmann, Knie-TEP links")
    assert [h for h in hits if h[0] == "street_address"] == [] and ("person", "Hoffmann") in hits, hits
