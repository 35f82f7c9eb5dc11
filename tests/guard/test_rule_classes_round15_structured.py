"""The structured rule classes fixed after the zenith bank's misses and false positives (issue
14, round 15). Each is a general form in the five languages, not the bank's sentence:

1. an admission's number and a health card's number, in a text about care, are the patient's
   record ("Aufnahme-Nr. 83855360", "admission no.", "numéro d'admission", "número de
   ingreso", "opnamenummer", "CIP / tarjeta sanitaria: ..."); elsewhere they are no one's record;
2. a number followed by an hour's word is a time, not a house number ("zwischen 8 und 12 Uhr.
   Falls du ...": "Falls" is a thoroughfare word);
3. a date of birth in a year before 1850 is history, no living person's ("born on 25 December
   1642"); a fixed year, not today's;
4. a parcel's trace number is no card ("Track & trace: 5948301702339207").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. an admission's and a health card's number in a text about care
    ("medical_record", "Discharge summary – patient admitted via ED, admission no. 2024-118832.", "2024-118832"),
    ("medical_record", "Pflegeüberleitung: Patientin Frau Roth, Aufnahmenummer K-7741203.", "K-7741203"),
    ("medical_record", "Compte rendu : patiente hospitalisée, numéro d'admission 55120987.", "55120987"),
    ("medical_record", "Informe de alta. Paciente ingresada en planta, número de ingreso 77031245.", "77031245"),
    ("medical_record", "Ontslagbrief: patiënt opgenomen op afdeling 3, opnamenummer 40918822.", "40918822"),
    ("medical_record", "Consulta de enfermería\nPaciente: Ana Ruiz\nTarjeta sanitaria: AN0123456789", "AN0123456789"),
    ("medical_record", "Clinic letter: health card number 99812345 on file for this patient.", "99812345"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round15_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # an admission or a card's number with no care near it
    ("medical_record", "Museum ticket: admission no. 20241188 valid all day."),
    ("medical_record", "Vereinsaufnahme – Aufnahmenummer 7741203, Beitrag folgt."),
    ("medical_record", "Universidad: número de ingreso 77031245 para la matrícula."),
    ("medical_record", "Transport: health card number 99812345 is not required on the bus."),
    # an hour, not a house number
    ("street_address", "Der Handwerker kommt zwischen 8 und 12 Uhr. Falls du nicht da bist, ruf an."),
    ("street_address", "Shop opens at 9 hours. Park Lane is closed."),
    ("street_address", "Le livreur passe vers 14 h. Place libre devant la porte."),
    ("street_address", "Vanaf 10 uur. Brook Street blijft dicht."),
    # a date of history
    ("date_of_birth", "Isaac Newton was born on 25 December 1642 (Julian calendar) in Woolsthorpe."),
    ("date_of_birth", "Goethe wurde am 28. August 1749 in Frankfurt geboren."),
    ("date_of_birth", "Victor Hugo est né le 26 février 1802 à Besançon."),
    # a parcel's trace
    ("payment_card", "Je bestelling is verzonden. Track & trace: 5948301702339207."),
    ("payment_card", "Your parcel: track and trace 4111111111111111"),
    ("payment_card", "Sendungsverfolgung: 4111111111111111"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round15_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


@pytest.mark.parametrize("category,text,value", [
    ("street_address", "Deliver to 12 Hope Street, Liverpool L1 9BQ at 8 o'clock.", "12 Hope Street, Liverpool L1 9BQ"),
    ("date_of_birth", "Patient born on 3 March 1951, admitted today.", "3 March 1951"),
    ("payment_card", "Card on file: 4111 1111 1111 1111", "4111 1111 1111 1111"),
])
def test_round15_the_real_values_are_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
