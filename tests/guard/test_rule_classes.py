"""The rule classes fixed after the held-out split's misses (issue 14): each with the forms it must
now catch, an attacker's variants of them, and the near misses that must stay clean.

1. capitalised words right before a name (German nouns, role words): "Neue Mitarbeiterin Nikolai
   Geisler", "Patient Enya Derrig";
2. sign-offs without punctuation and first names that are also greeting words: "LG Elisa",
   "Groeten, Lieve"; "an"/"aan" ("to") before a name; weekday/month first names ("Domingo");
3. gazetteer coverage: accented spellings ("Wálter") and the home countries' deeper lists;
4. abbreviations that end no sentence before a context word's value: "passport no. X1234567";
5. UK building names in addresses: "Flat 3, Rosewood House, 12 Baker Street", "Flat 6, Jake
   Fields, New Lydia, M2 2FW";
6. firms named after their partners: "Van Assche, Bruyninckx en De Keyser CommV".
"""

from __future__ import annotations

from typing import Callable

import pytest

from workloads.guard import Scanner
from workloads.guard.contextual import sentence_start
from workloads.guard.gazetteer import load


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in scanner.scan(text).findings]


# The four checks every structured round's test file runs over its own case lists (rounds 34 onwards): one
# definition each, bound in each file to its lists ("test_catches = catches(CATCH)"), so a file holds its cases only.
Case = tuple[str, str, str]


def catches(cases: list[Case]) -> Callable[..., None]:
    """A test that finds each (category, value) in its text."""
    @pytest.mark.parametrize("category,text,value", cases)
    def test(scanner: Scanner, category: str, text: str, value: str) -> None:
        assert (category, value) in found(scanner, text)
    return test


def stays_clean(cases: list[tuple[str, str]]) -> Callable[..., None]:
    """A test that finds nothing of the category in each text."""
    @pytest.mark.parametrize("category,text", cases)
    def test(scanner: Scanner, category: str, text: str) -> None:
        assert not [v for c, v in found(scanner, text) if c == category]
    return test


def value_not_found(cases: list[Case]) -> Callable[..., None]:
    """A test that does not find each (category, value) in its text (another finding may stay)."""
    @pytest.mark.parametrize("category,text,value", cases)
    def test(scanner: Scanner, category: str, text: str, value: str) -> None:
        assert (category, value) not in found(scanner, text)
    return test


still_found = catches
"""A test that a value found before a round is still found: the same check as `catches`, named for its lists."""


CATCH = [
    # 1. a capitalised noun or role word before the name
    ("person", "Neue Mitarbeiterin Nikolai Geisler: IBAN folgt.", "Nikolai Geisler"),
    ("person", "Termin Anna Schmidt morgen um zehn.", "Anna Schmidt"),
    ("person", "Patient Enya Derrig (medical record number P-840472) is due.", "Enya Derrig"),
    ("person", "Paciente Febe Pedraza Capdevila, historia clínica 5103607657.", "Febe Pedraza Capdevila"),
    ("person", "Patiënt Hanna van Este, dossiernummer 31392838.", "Hanna van Este"),
    ("person", "Rückruf Kundin Maria Huber bitte heute.", "Maria Huber"),  # two nouns before it
    # 2. sign-offs and greeting words
    ("person", "Deine Karte wurde gesperrt. LG Elisa", "Elisa"),
    ("person", "Danke dir!\nGruß Hedwig\n", "Hedwig"),
    ("person", "Je kaart is geblokkeerd. Groeten, Lieve", "Lieve"),
    ("person", "Ich habe die Antwort an Renata Lustenberger vorbereitet.", "Renata Lustenberger"),
    ("person", "Stuur de brief aan Jan de Vries vandaag.", "Jan de Vries"),
    ("person", "He preparado la respuesta para Domingo Quintanilla Bautista.", "Domingo Quintanilla Bautista"),
    # 3. gazetteer coverage
    ("person", "Nueva incorporación Wálter Baños: IBAN.", "Wálter Baños"),
    ("person", "Un saludo, Balduino", "Balduino"),
    ("person", "Groetjes,\nDuuk", "Duuk"),
    # 4. abbreviations before the value
    ("passport", "Checklist: passport no. X11053418, bank account next.", "X11053418"),
    ("passport", "Reisepass Nr. C01X00T47 liegt vor.", "C01X00T47"),
    ("passport", "pasaporte núm. 123456789, caduca en 2030", "123456789"),
    ("passport", "paspoort nr. NX1234567 verlopen", "NX1234567"),
    ("passport", "PASSPORT NO. K22433710", "K22433710"),  # upper case
    # 5. UK building names
    ("street_address", "Send it to Flat 3, Rosewood House, 12 Baker Street, London W1U 6AB please.",
     "Flat 3, Rosewood House, 12 Baker Street, London W1U 6AB"),
    ("street_address", "It is addressed to Erica Kevane at Flat 6, Jake Fields, New Lydia, M2 2FW today.",
     "Flat 6, Jake Fields, New Lydia, M2 2FW"),
    ("street_address", "to Megan at Flat 81z\nSmith Roads\nNorth Craigmouth\nW1T 6YN and", "Flat 81z\nSmith Roads\nNorth Craigmouth\nW1T 6YN"),
    ("street_address", "Anna Smith\nKings Court\n4 High Street\nLeeds LS1 4AB", "Kings Court\n4 High Street\nLeeds LS1 4AB"),
    ("street_address", "Dear Anna Smith,\nJamie Lodge\nLeeds LS1 4AB", "Jamie Lodge\nLeeds LS1 4AB"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_fixed_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text), found(scanner, text)


def test_a_building_line_is_not_a_person(scanner: Scanner) -> None:
    # "Jake Fields" reads as a person; inside the address the address wins, and nothing is left over
    text = "Studio 7, Cole Prairie, East Lyndatown, G4J 4SA"
    assert found(scanner, "Invoice for Michael Owen, " + text + ". Paid.") == [
        ("person", "Michael Owen"), ("street_address", text)]


NEAR_MISSES = [
    # 1. capitalised words, no first name after them, or a firm
    "Neue Mitarbeiterin Rechnung folgt morgen.",
    "Die Stoiber Thalhammer GesbR hat Version 8.18.46 ausgeliefert.",
    "Quarterly Review Victoria Falls trip approved.",
    "Patient Portal Login failed twice.",
    "Wir fahren nach Santa Maria Novella morgen.",  # a place name that holds a first name
    "Visit New Victoria Gardens today",
    # 2. calendar words, sign-offs that sign nothing
    "The review moved to Sunday Morning Service times.",
    "el domingo Quintanilla no abre",
    "Viele Grüße, Facility-Team",
    "Best Western hotel booked for the offsite.",
    "Frankfurt an der Oder is the depot.",
    # 4. a real sentence end before an unrelated number
    "I need a passport. 12345678 is the ticket number.",
    "The passport is fine. X11053418 is our order.",
    # 5. building words with no postcode, a person's name above a bare town and postcode
    "Meet at Rosewood House tomorrow at ten.",
    "Lives in central London SW1A 2AA now",
    # 6. firms named after partners
    "Factuur van Van Assche, Bruyninckx en De Keyser CommV: 58032,03 EUR.",
    "Kwartaalrapport: De Groof, Vanderlinden en Lambrechts NV verlengt de licentie.",
    "Müller, Weber und Schneider GmbH liefert am Montag.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert found(scanner, text) == []


def test_abbreviations_do_not_end_sentences() -> None:
    assert sentence_start("passport no. ") == 0
    assert sentence_start("the m. dupont file. passport ") == len("the m. dupont file. ")
    assert sentence_start("done. passport nr. ") == len("done. ")
    before = "ends here.\n\nnew one "
    assert before[sentence_start(before) :].strip() == "new one"


def test_gazetteer_folds_accents_only_as_a_fallback() -> None:
    g = load()
    assert g.is_first_name("Wálter") and g.is_first_name("Walter")
    assert g.is_first_name("José") and g.is_first_name("Jose")
    assert not g.is_first_name("Offíce")  # folding does not make words names
    # the home countries' deeper lists add first names, never common ones, never listed surnames
    assert g.is_first_name("Duuk") and not g.is_common_first_name("Duuk")
