"""The structured rule classes fixed after the verdict bank's misses and false positives (issue
14, round 13). Each is a general form in the five languages, not the bank's sentence:

1. a patient's identification line: a name, then a date, and the patient's record number on the
   same line ("Doña Montes, 2 de enero de 1986, NHC 56698845", "pat.nr. K1677055 – Kiki Beijring
   (08.06.1969)"): the date is the date of birth;
2. an identifier whose record names its type: FHIR's identifier (JSON, XML) and HL7 v2's CX field,
   with HL7's type code (MR, PI, PT, PPN) or the type in words;
3. a command-line password that starts with "$" and a symbol ("-p\"$#A&s&9d+b7KFiQ\""), not a
   variable ("$DB_PASS", "${PASS}", "$(cat pw)");
4. phones: a preposition of reach before a bare national number ("talk further on 01134960960",
   Spanish "al 976379429"), the speaker being on the number after a phone word ("reach me, I'm on
   84774494"); and a customer's, member's, contract's or account's number is no phone ("kundennr":
   7322953691);
5. the address of a public office named right before it ("Bürgeramt, Yorckstraße 4–11") is not a
   person's.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a patient's identification line
    ("date_of_birth", "Mrs Smith, 12/03/1956, MRN 12345678, chest pain.", "12/03/1956"),
    ("date_of_birth", "Frau Roth (3. Mai 1950), Patientennummer 2019-508178", "3. Mai 1950"),
    ("date_of_birth", "Mme Blanc – 03/05/1947 – IPP 80012345", "03/05/1947"),
    ("date_of_birth", "Urgencias – Sr. García, 12 de marzo de 1956, NHC 123456.", "12 de marzo de 1956"),
    ("date_of_birth", "Dhr. de Vries, 12-03-1956, patiëntnummer 31392838", "12-03-1956"),
    ("date_of_birth", "Lab request – MRN 2020-535537 – Anna Kowalski (1984-07-21) – Dr. Hay", "1984-07-21"),
    ("date_of_birth", "Laboranforderung – Pat.-Nr. 508178 – Jana Maria Roth (12.03.1985)", "12.03.1985"),
    # 2. an identifier whose record names its type
    ("medical_record", '{"identifier": [{"use": "usual", "type": {"coding": [{"system": '
     '"http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:1.2.36", '
     '"value": "12345678"}]}', "12345678"),
    ("medical_record", '{"type": {"text": "Patientennummer"}, "value": "2019-508178"}', "2019-508178"),
    ("medical_record", '{"type": {"text": "Numéro de dossier"}, "value": "HC-712447"}', "HC-712447"),
    ("medical_record", '{"type": {"text": "MR"}, "value": "815 380 8036"}', "815 380 8036"),
    ("passport", '{"type": {"coding": [{"code": "PPN"}]}, "value": "C01X00T47"}', "C01X00T47"),
    ("medical_record", '<identifier><type><coding><code value="MR"/></coding></type>'
     '<system value="urn:oid:1"/><value value="2024-096214"/></identifier>', "2024-096214"),
    ("medical_record", "PID|1||2024-096214^^^HOSP^MR||Smith^John", "2024-096214"),
    ("medical_record", "PID|1||X99^^^A^DL~31392838^^^ZKH^PI||", "31392838"),
    # 3. a command-line password that starts with "$" and a symbol
    ("secret", "mysql -u root -p'$!x9Kq2#' db", "$!x9Kq2#"),
    ("secret", 'mysql -h db1 -p"$&pQ81!x" shop', "$&pQ81!x"),
    ("secret", 'se coló -u admin -p"$@Lk29!zp" en el README', "$@Lk29!zp"),
    # 4. a preposition of reach; the speaker on the number
    ("phone", "Happy to talk it through on 02079460000.", "02079460000"),
    ("phone", "Para cualquier consulta, escribid a Marta al 612345678.", "612345678"),
    ("phone", "Mandadme un mensaje al 912345678 y os contesto.", "912345678"),
    ("phone", "If you need to reach us, we're on 84774494.", "84774494"),
    ("phone", "Questions? Text me, I am on 84774494.", "84774494"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round13_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a date after a doctor's name, after words that are no name, or with the record on another line
    ("date_of_birth", "Labaanvraag – pat.nr. K1677055 – aanvrager Dr. Lenaerts, 12-03-2024"),
    ("date_of_birth", "Consulta Externa, 12/03/2024, NHC 123456"),
    ("date_of_birth", "MRN 12345678\nMr John Smith (12 March 1956)"),
    ("date_of_birth", "Pat.-Nr. 123456, Herr Roth, Aufnahme 12.03.2024 10:00"),
    ("date_of_birth", "Mrs Smith, 12/03/1956, order 12345678"),
    # a typed identifier of another type, or too short
    ("medical_record", '{"type": {"text": "Order"}, "value": "12345678"}'),
    ("medical_record", '{"type": {"text": "MR"}, "value": "1234"}'),
    ("medical_record", "PID|1||123456^^^HOSP^DL||"),
    ("passport", '{"type": {"text": "MR"}, "value": "C01X00T47"}'),
    # a variable, a command, a template
    ("secret", 'mysql -p"$DB_PASS" db'),
    ("secret", 'mysql -p"${PASS}" db'),
    ("secret", 'mysql -p"$(cat /run/pw)" db'),
    ("secret", 'mysql -p"{{ pw }}" db'),
    # "on" before no trunk 0, "al" ending a range, "I'm on" without a phone word
    ("phone", "The report is on 20240312."),
    ("phone", "Los números del 600000000 al 699999999 son móviles."),
    ("phone", "Pasamos de 12 al 612345678"),
    ("phone", "I'm on 84774494"),
    # a customer's, member's, contract's or account's number
    ("phone", 'kunde = {"telefon": "", "kundennr": 7322953691}'),
    ("phone", "Telefon: siehe unten, Kundennummer: 0301234568"),
    ("phone", "Call us with your customer_id=7322953691 ready"),
    ("phone", "Pour toute question, numéro client 0612345678"),
    ("phone", "Llámenos indicando su número de cliente 612345678"),
    ("phone", "Bel ons, klantnummer 0612345678"),
    # a public office's address
    ("street_address", "Ihre Terminbestätigung\nBürgeramt, Yorckstraße 4–11\nAnliegen: Personalausweis"),
    ("street_address", "Town Hall, 1 Market Street, Leeds LS1 1UR"),
    ("street_address", "Mairie du 5e : 21, place du Panthéon, 75005 Paris"),
    ("street_address", "Stadhuis\nCoolsingel 40\n3011 AD Rotterdam"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round13_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


def test_round13_a_home_address_near_a_public_office_is_still_found(scanner: Scanner) -> None:
    text = "Nach dem Rathaus wohnt Anna in der Hauptstraße 5, 10115 Berlin."
    assert ("street_address", "Hauptstraße 5, 10115 Berlin") in found(scanner, text)
