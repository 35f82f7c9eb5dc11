"""The person rule classes fixed after the ventifact bank's misses (issue 14, round 50, person half). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as
they were:

1. first names listed in a table's cell before a full name ("| 2 | Ines Bos | Lotte, Maud, Pieter de Graaf |");
   a ringer and the newcomers with them ("| Harm + nieuwe luiders |", "| Ulrike + Neue |", "| Tomás y los
   nuevos |");
2. whose deposit is returned ("Kaution für Jannik zurück", "fianza de Olga devuelta", "borg van Daan
   teruggestort"); whom a note asks to do something ("bitte Wiebke um Änderung bitten", "demander à Léa de
   reformuler"); whom to report to ("bitte rechtzeitig bei Sabine melden"); who still has a borrowed tool ("NEIN,
   Gisela hat sie noch", "NON, Chloé l'a encore", "NO, la tiene Ramiro");
3. a chase list's items ("- Heriberto todavía no ha devuelto la chaqueta", "- Felix hat die Jacke noch nicht
   zurückgegeben"); a worker's label with its inclusive ending ("Trabajador/a: Reina Esparza");
4. not people: a church named after a saint ("in de Sint-Jan van Oevel"), a supplier an order is placed with
   ("commande ... chez Maurice : 28 vestes"), a firm's "+ Neue" in a catalogue, a product still crashing, a room's
   deposit ("Kaution für Zimmer 412").

Of the 23 cases below (15 to catch, 8 things to leave alone), 15 fail on round 49.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a table cell's list, newcomers
    ("person", "| Zondag | Leider | Ploeg |\n|---|---|---|\n| 2 | Ines Bos | Lotte, Maud, Pieter de Graaf |", "Maud"),
    ("person", "| Zondag | Leider | Ploeg |\n|---|---|---|\n| 3 | mevrouw Kok | Harm + nieuwe luiders |", "Harm"),
    ("person", "| Advent | Leitung | Gruppe |\n|---|---|---|\n| 3. Advent | Dr. Weiß | Ulrike + Neue |", "Ulrike"),
    ("person", "| Domingo | Responsable | Equipo |\n|---|---|---|\n| 9 | Sra. Luna | Tomás y los nuevos |", "Tomás"),
    # 2. a deposit, a request, a report, a borrowed tool
    ("person", "- Kaution für Jannik zurück auf IBAN DE89370400440532013000", "Jannik"),
    ("person", "- fianza de Olga devuelta a su cuenta", "Olga"),
    ("person", "Hinweis: Profiltext enthält „fireman“, bitte Wiebke um Änderung bitten", "Wiebke"),
    ("person", "Modération : texte à revoir, demander à Léa de reformuler", "Léa"),
    ("person", "Wer nicht kann, bitte rechtzeitig bei Sabine melden (0171 2345678)!", "Sabine"),
    ("person", "2026-03-01 | 4 | Heckenschere | Uwe Brandt | NEIN, Gisela hat sie noch, Tel. 0171 2345678", "Gisela"),
    ("person", "02/03/2026 | 3 | taille-haie | Paul Roy | NON, Chloé l'a encore, tel 06 12 34 56 78", "Chloé"),
    ("person", "2 de marzo | 3 | cortasetos | Ana Gil | NO, la tiene Ramiro, tlf 600 123 456", "Ramiro"),
    # 3. a chase list's item, an inclusive label
    ("person", "Uniformes\n- Ana Ruiz: chaqueta 40\n- Heriberto todavía no ha devuelto la chaqueta vieja!!", "Heriberto"),
    ("person", "Uniformen\n- Eva Kern: Jacke 40\n- Felix hat die alte Jacke immer noch nicht zurückgegeben!!", "Felix"),
    ("person", "RECONOCIMIENTO MÉDICO\nTrabajador/a: Reina Esparza\nDNI: 49699203K", "Reina Esparza"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round50_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("De klokken luiden op 16 mei in de Sint-Jan van Oevel, aanvang 10:00.", "Sint-Jan"),
    ("L'église Saint-Étienne ouvre à 9h.", "Saint"),
    ("Commande d'uniformes 9616073190 chez Maurice : 28 vestes, 31 259,41 € HT", "Maurice"),
    ("Katalog 2026: Modell Gisela + Neue Farben ab März", "Gisela"),
    ("- Windows still crashes after the update", "Windows"),
    ("bitte Kaffee um 10 bringen", "Kaffee"),
    ("Sehr geehrte Frau Lehmann,\ndie Kaution für Zimmer 412 wird abzüglich 120,00 € erstattet.", "Zimmer"),
    ("Le prix de Paris est fixé.", "Paris"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round50_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
