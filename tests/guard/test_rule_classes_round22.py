"""The person rule classes fixed after the estuary and savanna banks' misses and false positives
(issue 14, round 22, a short round). Both banks were written by engineers who never saw the rules,
measured with rounds 20 and 21 (docs/guard.md), then tuned on. Each class is tested with variants
the banks did not use and with look-alikes that must stay as they are.

1. people: a seating plan's or a donor's label ("Table 6:", "Mesa 3:", "Spender/in:", "Donor:"),
   a main driver's ("Conductor principal:"); who took over an incident ("prise en charge par
   ..."); a German sign-off "Eure ..."; an age in brackets after a first name ("Sophia (8 jaar)");
   a review's author after its stars, not a quotation's.
2. not people: a street word before a one-word name ("la rue Louis-Pasteur"); a dated sentence
   whose day has a full stop ("am 22. Februar 1790": the year is in the same sentence); a kennel
   or a guesthouse ("Pension ..."); a pet's label ("Mascota: Luna"); a lecture named after
   someone; a Dutch school compound ("Anne Frankschool"); more words the name lists hold as first
   names ("Konto", "Busca").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Seating plan\nTable 3: Imogen (vegan), Rory Blake", "Imogen"),
    ("person", "Invitados\nMesa 2: Begoña + acompañante", "Begoña"),
    ("person", "Blutspende\nSpender/in: Hannelore Wick\nGeburtsdatum: 1961-02-03", "Hannelore Wick"),
    ("person", "Car hire 4471\nMain driver: Declan Hughes\nLicence: DL-44", "Declan Hughes"),
    ("person", "Chronologie : 02:10 alerte, 02:25 prise en charge par Mathéo\nCause : disque plein", "Mathéo"),
    ("person", "Wir freuen uns auf euch! Eure Svenja & Malte", "Malte"),
    ("person", "Pleegzorg: Lotte (7 jaar) vannacht geplaatst.", "Lotte"),
    ("person", "acogimiento de urgencia de la menor Candela (6 años) esta noche", "Candela"),
    ("person", '★★☆☆☆ "Cold coffee, slow service" - Harriet Long', "Harriet Long"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round22_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "La rue Victor-Hugo sera fermée samedi.",
    "Goethe heiratete Christiane Vulpius am 19. Oktober 1806 in Weimar.",
    "[Pension Les Mimosas] Votre chien a bien mangé.",
    "Assurance animaux\nMascota: Toby, perro, microchip 941000024\nTomador:",
    "The Sir Terry Pratchett Lecture takes place on Friday.",
    "Stembureau Anne Frankschool opent om 07:30.",
    "Lastschrift zurück (Konto erloschen?). Bitte melden.",
    "„Phantasie ist wichtiger als Wissen.“ – Albert Einstein",
    "Table: Customers\nColumns: id, name",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round22_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
