"""The structured rule classes fixed after the witness bank's misses and false positives (issue
14, round 12). Each is a general form in the five languages, not the bank's sentence:

1. identifiers: a qualifier in brackets between the name and the value ("Passport number (for ID
   at collection):"), the short German "Pass" with an adjective ("Bisheriger Pass:"), and the
   answer line after a question that names the identifier ("¿Me da su número de historia?\n— Sí,
   es el 049274.");
2. a file's number after its number sign ("dossier n°", "historia nº", "Akte Nr.", "chart no.")
   in a paragraph about care;
3. tables: a column name with a bracketed qualifier ("Mobile (primary)", "Telefon (privat)");
4. phones: a number alone on its line under a letter's closing and its signature's short lines;
   and digits right after "H:" are a clock's seconds ("08:41:07.331 2026"), never a number.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a bracketed qualifier after the name
    ("passport", "Passport number (for ID at collection): V63459439", "V63459439"),
    ("passport", "Passport (as printed): 584739140", "584739140"),
    ("passport", "Reisepass (gültig bis 2031): C01X00T47", "C01X00T47"),
    ("passport", "Numéro de passeport (obligatoire) : 12AB34567", "12AB34567"),
    ("passport", "Pasaporte (copia adjunta): PAB123456", "PAB123456"),
    ("passport", "Paspoortnummer (zie kopie): NX1234567", "NX1234567"),
    ("medical_record", "Patientennummer (neu): 2019-508178", "2019-508178"),
    ("national_id", "BSN (zie kopie ID): 123456782", "123456782"),
    # 1. the German "Pass" with an adjective
    ("passport", "Bisheriger Pass: R01277832 (abgelaufen)", "R01277832"),
    ("passport", "Mein alter Pass C01X00T47 ist abgelaufen.", "C01X00T47"),
    ("passport", "Neuer Pass: XR8929812", "XR8929812"),
    ("passport", "Abgelaufener Pass Nr. C57537415", "C57537415"),
    # 1. the answer line after a question that names the identifier
    ("medical_record", "— ¿Me da su número de historia, por favor?\n— Sí, es el 049274.", "049274"),
    ("medical_record", "Agent: Can I have the patient's MRN, please?\nCaller: yes, it's 2020-535537.", "2020-535537"),
    ("medical_record", "Wie lautet Ihre Patientennummer?\nKunde: 2019-508178", "2019-508178"),
    ("medical_record", "Quel est votre numéro de dossier patient ?\n— C'est le HC-712447.", "HC-712447"),
    ("medical_record", "Wat is uw patiëntnummer?\nBeller: 31392838", "31392838"),
    ("passport", "What's your passport number?\nCaller: 584739140.", "584739140"),
    ("passport", "¿Me dice su número de pasaporte?\n— Claro, PAB123456.", "PAB123456"),
    ("national_id", "Mag ik uw BSN?\nKlant: ja, dat is 123456782", "123456782"),
    # 2. a file's number after its number sign in a paragraph about care
    ("medical_record", "Transmission infirmière 22:28\nChambre 12, Mme Blanc, dossier n° K1634812 : constantes stables.",
     "K1634812"),
    ("medical_record", "Nurse handover: bed 4, Mr Smith, chart no. 12345678, obs stable.", "12345678"),
    ("medical_record", "Übergabe Pflege: Zimmer 3, Frau Roth, Akte Nr. 2019-508178, stabil.", "2019-508178"),
    ("medical_record", "Paciente ingresada en planta 3, historia nº 1234567.", "1234567"),
    ("medical_record", "Overdracht verpleegkundige: kamer 2, dossier nr. 31392838.", "31392838"),
    ("medical_record", "Le patient est sorti.\nDossier : 2020-535537", "2020-535537"),
    # 3. a column name with a bracketed qualifier
    ("phone", "| Day | Primary | Mobile (primary) |\n|---|---|---|\n| Mon | Derek | 0290548658 |", "0290548658"),
    ("phone", "Name;Telefon (privat)\nJana;0301234567", "0301234567"),
    ("phone", "nom,Tél (domicile)\nAnne,0612345678", "0612345678"),
    ("phone", "nombre\tTeléfono [móvil]\nAna\t612345678", "612345678"),
    ("date_of_birth", "naam;Geboortedatum (dd-mm-jjjj)\nAnna;12-03-1985", "12-03-1985"),
    ("passport", "name,Passport (no.)\nAnn,584739140", "584739140"),
    # 4. a number alone on its line in a letter's signature
    ("phone", "I would happily let to them again.\n\nYours faithfully,\nDemi-Lee Hartnett\n4189373758", "4189373758"),
    ("phone", "Kind regards,\nKiera McDonagh\n2205 9044", "2205 9044"),
    ("phone", "Best regards,\nKim Cohen\n79700313", "79700313"),
    ("phone", "Mit freundlichen Grüßen\n\nJana Roth\nVertrieb\n0301234567", "0301234567"),
    ("phone", "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\nPaul Martin\n0612345678",
     "0612345678"),
    ("phone", "Cordialement,\n\nPaul Martin\n0612345678", "0612345678"),
    ("phone", "Atentamente,\nAna García\n612345678", "612345678"),
    ("phone", "Met vriendelijke groet,\nSanne de Vries\nAfdeling verhuur\n0612345678", "0612345678"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round12_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a bracket after the name, then words that are no value
    ("passport", "Passport (see the attached scan) and 12 photos"),
    # the German "Pass" without an adjective, or an adjective before another word
    ("passport", "Pass: 12345678"),
    ("passport", "Alter Passwortschutz: 12345678"),
    ("passport", "Der neue Passat 12345678"),
    # a question that names another thing, an answer with more words, an answer two lines down
    ("medical_record", "¿Me da su número de teléfono?\n— Sí, es el 1234567."),
    ("passport", "What is your passport number?\nCaller: let me see, order 584739140."),
    ("passport", "What is your passport number?\nCaller: I don't know.\nAgent: 584739140"),
    ("passport", "Do you have your passport?\nCaller: yes, and my booking is 584739140 for tomorrow."),
    # a file's number with no care word in its paragraph, or the care word in another paragraph
    ("medical_record", "Votre dossier n° 2024-123456 auprès de la CAF est en cours."),
    ("medical_record", "The patient is stable.\n\nInsurance file no. 12345678 is closed."),
    ("medical_record", "Patient letter attached as file: 20240312.pdf"),
    ("medical_record", "Patient: Mr Smith, chart no. 1234 (four digits)"),
    # a bracketed word that names no column, a qualifier on a column that is no phone's
    ("phone", "| Day | Notes (phone) |\n|---|---|\n| Mon | 0290548658 |"),
    ("phone", "Product (code),Stock\n0290548658,12"),
    # a number under a closing with a labelled, long or numbered line between, or not alone on its line
    ("phone", "Regards,\nAnna\n\nInvoice total:\n12345678"),
    ("phone", "Best regards,\nAnna\nRef 2024\n12345678"),
    ("phone", "Thanks,\nAnna\nOrder 12345678"),
    ("phone", "Kind regards\nA\nB\nC\nD\n0612345678"),
    ("phone", "Thanks,\nAnna\n20240312"),
    ("phone", "Attached below are the totals for the whole of last quarter\n12345678"),
    # a clock's seconds and fraction before a year in a log line
    ("phone", "[Thu Mar 12 08:41:07.331 2026] [php:error] [pid 2231]"),
    ("phone", "2026-03-12 08:41:07.331 2026 worker started"),
    ("phone", "Runde 3:0612 345 678 Punkte"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round12_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
