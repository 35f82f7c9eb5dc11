"""The person rule classes fixed after the kame and yardang banks' misses and false positives
(issue 14, round 37, person half; with one street class). Each case is worded differently from the
banks, in the languages where the class exists, with near misses that must stay as they were:

1. a plan that says it is one (a kiln's firing plan: "Brennplan", "Stookschema", "firing schedule")
   whose slots end with a dash or a colon and the first names on duty ("Di 18 Uhr Schrühbrand 950 °C –
   Adriana, Erion");
2. whose appointment it is: "Kontrolltermin für Alfredo am ...", "rdv de contrôle de Sophie le ...",
   "controle beugel van Stefan op ...", "appointment for Jack on ...";
3. a patient named after the word ("patient Denise (13) missed ..."), an assistant after the German
   role ("Zeuge: Assistent Dean");
4. a Spanish signature's "Fdo.:" with the role after the name ("Fdo.: Susanita, cuadrilla de ...");
5. not people: words the name lists hold ("Ruta escolar 7", Dutch "Zak smeedkolen"), an auction's lot
   ("Lot 16: Penny Red block of 12"), a beer on a tap list with its strength ("Helena Pale 4.2%"), a
   capitalised run right after a location's colon or a comma on its line ("Location: Lock 21, Beatrix
   Flight"), two partners' surnames with a particle ("bij Jansen & van Loon:");
6. not a street: a bus timetable's stop number opening its line ("Stop 2 Lincoln Park gate 07:21");
7. a call's verb right before a first name ("please call Harriet on Monday", "bel Daan morgen"), added
   after the round: no bank had it, and it changed no finding on any bank or outside text.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a firing plan
    ("person", "Brennplan Ofen 2 – KW 12\nMo 17 Uhr   Schrühbrand 950 °C – Jonas, Mirja\nMi 19 Uhr   Glasurbrand 1240 °C – Eva Brandt", "Mirja"),
    ("person", "Stookschema oven 1 (week 12)\n- ma 17:00 biscuit 960 °C: Sanne\n- wo 19:00 glazuur 1250 °C: Bram de Vries", "Sanne"),
    ("person", "Kiln firing schedule, week 12\nMon 5pm bisque 960C - Harriet, Owen\nWed 7pm glaze 1240C - Tom Baker", "Owen"),
    # 2. whose appointment
    ("person", "Erinnerung – Kontrolltermin für Jonas am 14. Mai, 16:30. Bitte Bonusheft mitbringen.", "Jonas"),
    ("person", "Rappel : rdv de contrôle de Chloé le 3 mars à 10h.", "Chloé"),
    ("person", "Herinnering: controle beugel van Daan op 4 maart om 15:00.", "Daan"),
    ("person", "Reminder: appointment for Harriet on 3 March at 10:00.", "Harriet"),
    # 3. a patient, an assistant
    ("person", "Front desk: patient Oliver (12) missed his fitting again.", "Oliver"),
    ("person", "Spielbericht\nZeuge: Assistent Dean.", "Dean"),
    # 4. a Spanish signature
    ("person", "Total: 480 ovejas\nFdo.: Remedios, cuadrilla de esquiladores", "Remedios"),
    # 7. a call's verb before the first name (found by the lead while writing these tests)
    ("person", "Please call Harriet on Monday about the appointment.", "Harriet"),
    ("person", "Kun je Daan even bellen? Of bel Daan morgen, hij weet ervan.", "Daan"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round37_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 5. words, lots, beers, places, firms
    "Ruta escolar 3 desde el lunes, salida a las 07:40.",
    "Bestelling: hamer 1 kg, tang. Zak houtskool 10 kg.",
    "Auction lot 7: Penny Black on cover, estimate GBP 900.",
    "ON TAP\n1. Harbour Pale 4.2% £4.80\n2. Old Mill Stout 5.8% £5.20",
    "NOTICE\nLocation: Lock 12, Caen Hill Flight\nClosed from Monday.",
    "Bestelling bij Jansen & van Loon: 12 kisten.",
    "If the line drops, call Vodafone or ring Paris office tomorrow.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round37_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


KEPT = [
    # near misses that stay people
    ("person", "Results: Anna Smith 45%, Tom Hale 30%", "Anna Smith"),
    ("person", "Location: home of Anna Smith, Flat 2", "Anna Smith"),
]


@pytest.mark.parametrize("category,text,value", KEPT, ids=[v for _, _, v in KEPT])
def test_round37_near_misses_stay_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


def test_round37_bus_stop_numbers_are_no_house_numbers(scanner: Scanner) -> None:
    text = "School bus 12 timetable\nStop 1 Camden Rd & 3rd St 07:15\nStop 2 Jackson Park gate 07:21\nStop 3 Elm Ave library 07:30"
    assert [h for h in found(scanner, text) if h[0] == "street_address"] == []
    kept = "Please stop 12 Baker Street deliveries, London W1U 6TY"
    assert any(c == "street_address" for c, _ in found(scanner, kept))
