"""The person rule classes fixed after the cuesta bank's misses and false persons (issue 14, round 58, person half;
its sibling tor met every goal on first contact and stays honest). Each case is worded differently from the bank, in
the languages where the class exists, with near misses that must stay as they were:

1. a signature's key with a note in brackets ("Signed (patient):") or after a form's other field on the same line
   ("Datum: ...   Handtekening: Femke"), the next field after three blanks ending the name;
2. a label with a note in brackets before its colon ("Contact (evenings): Priya");
3. labels whose value is a person: a Cub Scout leader ("Akela:"), a facilitator, who handled a case ("Bearbeitung:");
4. whom to let know, the Dutch way round ("laat het Joris weten");
5. the subject of a clause after "that", a passive or a perfect after it ("that Imogen has been offered a place",
   "que Rodrigo ha sido admitido", "que Mathéo a été retenu", "dat Sem is geselecteerd");
6. not people: a place's label with a note in brackets ("Venue (indoor): Ashton"), a group opened by a size
   adjective ("Little Stars parents' group"), a German firm's field before a date ("Firma: Müller   Datum: ..."), a
   place as the subject ("that Florence has been chosen").

Of the 20 cases below (12 to catch, 5 things to leave alone, 3 people to keep), 9 fail on round 57.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a signature's key with a note, or after another field on its line
    ("person", "Consent form\n[x] for teaching\nSigned (parent): Harriet   Date: 01/02/2027\nClinician: Dr Shaw", "Harriet"),
    ("person", "Toestemming\nDatum: 3 mei 2026   Handtekening: Femke", "Femke"),
    ("person", "Einwilligung\nUnterschrift (Patientin): Annika   Datum: 12.03.2026", "Annika"),
    # 2. a label with a note in brackets
    ("person", "Contact (evenings): Priya\nTel: 07700 900111", "Priya"),
    # 3. labels whose value is a person
    ("person", "Membership renewal\nSection: Cubs (Akela: Duncan)\nDate of birth: 02/03/2016", "Duncan"),
    ("person", "Session plan\nFacilitator: Joanna\nRoom: 2", "Joanna"),
    ("person", "Rückfrage per Telefon.\nBearbeitung: Karl-Heinz", "Karl-Heinz"),
    # 4. whom to let know
    ("person", "Kun je niet? Ruil onderling en laat het Joris weten.", "Joris"),
    # 5. the subject of a clause after "that"
    ("person", "Dear Mr Patel,\n\nWe are delighted to tell you that Imogen has been offered a place in the squad.",
     "Imogen"),
    ("person", "Estimada familia:\n\nNos alegra comunicarles que Rodrigo ha sido admitido en la orquesta.", "Rodrigo"),
    ("person", "Madame,\n\nNous avons le plaisir de vous annoncer que Mathéo a été retenu pour la finale.", "Mathéo"),
    ("person", "Beste ouders,\n\nWe laten u weten dat Sem is geselecteerd voor het regioteam.", "Sem"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round58_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Little Stars bereaved parents group - volunteer rota (Dec)", "Little Stars"),
    ("Little Acorns nursery - menu for March", "Little Acorns"),
    ("Firma: Müller   Datum: 03.04.2026", "Müller"),
    ("We can confirm that Florence has been chosen as the venue.", "Florence"),
    ("Training\nVenue (indoor): Ashton\nTime: 18:30", "Ashton"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round58_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Dear Mr Little,\n\nthank you for your letter.", "Little"),
    ("Thanks, John Little", "John Little"),
    ("Signed: Harriet\nDate: 01/02/2027", "Harriet"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round58_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
