"""The person rule classes fixed after the oracle bank's misses and false positives (issue 14,
round 14). The oracle bank was written by an engineer who never saw the rules; it was measured once
with round 13 (the honest figure in docs/guard.md), then tuned on. Each class is tested with
variants the bank did not use and with look-alikes that must stay clean.

1. a kinship word in brackets after a first name ("Frederic (Tochter)"); an attendance list whose
   role notes hold an ordinal ("(1. Vorsitzende)"); a name, then "at" and an e-mail address; a list
   item with a comment after a comma; "Otilia no ha asistido"; a table column of full names; a
   place-like first name in a list of people ("Present: ..., Mark, Stephanie");
2. not people: a quotation's author ("“...” – Albert Einstein"), royals and what is named after them
   ("Príncipe Pío"), an ISBN-led citation, a publisher ("Pan Books"), "Klar, 0..." (a word).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Mitversichert: Leonie (Tochter), Jonas (Sohn)", "Leonie"),
    ("person", "Inscrits : Chloé (sa fille), Hugo (son fils)", "Chloé"),
    ("person", "Vorstandssitzung\nAnwesend: Karin Bauer (2. Vorsitzende), Udo Kern (Schriftführer), Sabine (Beisitzerin)", "Sabine"),
    ("person", "Questions about the rota go to Daniel at rota@example.org.", "Daniel"),
    ("person", "Wie gaat er mee?\n- Sophie, alleen zaterdag\n- Thomas, met auto", "Sophie"),
    ("person", "Le comunicamos que Martina no ha entregado la autorización.", "Martina"),
    ("person", "| Week | On call |\n|---|---|\n| 12 | Laura |\n| 13 | Peter Brandt |\n| 14 | Anna |", "Peter Brandt"),
    ("person", "Present: Alan Price (chair), Joan Webb, Grace, Michael\nApologies: none", "Grace"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round14_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    '"Imagination is more important than knowledge." – Albert Einstein',
    "« Le doute est le commencement de la sagesse. » — René Descartes",
    "El tren para en Príncipe Pío y en Nuevos Ministerios.",
    "Die Prinz Eugen liegt im Hafen.",
    "ISBN 978-3-596-29433-6: Thomas Mann, Buddenbrooks, Fischer.",
    "ISBN 9780141439518 – Jane Austen, Pride and Prejudice, Penguin Classics.",
    "Published by Pan Books in 1979.",
    "Klar, 0171 2345678, ruf mich an.",
    "Paris (France) on 12 May",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round14_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


STILL_PEOPLE = [
    ("Chat export\n“Bin gleich da.”\n“Ok!” – Tom", "Tom"),  # a first name alone after a quote stays a person
    ("Kundin: Maria Klar, Tel. 0171 2345678", "Maria Klar"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE)
def test_round14_private_people_stay_people(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
