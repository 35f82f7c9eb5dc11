"""The structured rule classes fixed after the estuary and savanna banks' misses and false
positives (issue 14, round 22). Each case below is worded differently from the banks, in the
five languages, with near misses that must stay clean:

1. records: a blood, plasma, marrow or organ donor's number after its label or spoken ("Blood
   donor ID: ...", "Plasmaspender-Nr. ...", "numéro de donneur", "código de donante",
   "donorcode"), or in a donors table's donor column, with a donation word in the text (blood,
   plasma, marrow, a blood group, the wait before the next donation); a charity's donor number,
   a sperm bank's dispenser-free order, a booking's reference and a soap dispenser's article
   number stay clean.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a donor's number at a donation service
    ("medical_record", "Plasma donation centre\nBlood donor ID: BD-7712093\nNext visit: any weekday", "BD-7712093"),
    ("medical_record", "Vielen Dank für Ihre Plasmaspende!\nPlasmaspender-Nr. 4471209", "4471209"),
    ("medical_record", "Registre des donneurs de moelle osseuse – votre numéro de donneur est le 20420823.", "20420823"),
    ("medical_record", "Banco de sangre: código de donante 5531-907, grupo sanguíneo A+.", "5531-907"),
    ("medical_record", "Bloedbank: uw donorcode 727418 staat op de oproep. Weer doneren kan na 56 dagen.", "727418"),
    ("medical_record", "Thanks, your donor no. is 88412077 - you can donate again in 12 weeks.", "88412077"),
    ("medical_record", "INSERT INTO plasma_visits (donor_no, blood_type, visit) VALUES ('A-4412077', 'AB+', '2026-01-02');",
     "A-4412077"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round22_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a charity's donor (no blood, marrow or organ), a booking's reference, a soap dispenser's article
    ("medical_record", "Thank you for your gift to the food bank. Donor ID: 4471209"),
    ("medical_record", "Merci pour votre soutien à l'association ! Numéro de donneur : 20420823, reçu fiscal joint."),
    ("medical_record", "Spendenquittung für das Tierheim\nSpendernummer: 5531907"),
    ("medical_record", "Gracias por tu donativo a la ONG. Número de donante: 88412077"),
    ("medical_record", "Blood orange juice, order ref 4471209, ships Monday."),
    ("medical_record", "Seifenspender Nr. 4471209, Blutorangen-Duft"),
    ("medical_record", "INSERT INTO donations (donor_id, amount) VALUES ('4471209', '50.00');"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round22_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
