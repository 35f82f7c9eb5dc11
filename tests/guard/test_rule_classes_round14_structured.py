"""The structured rule classes fixed after the oracle bank's misses and false positives (issue
14, round 14). Each is a general form in the five languages, not the bank's sentence:

1. a record's key that care names its own way: the unit record ("UR 6796782194", "URN:") and a
   care service's client number ("cliëntnummer P-47671584", "Klientennummer", "numéro d'usager",
   "número de usuario"), in a text about care (vaccination words included); elsewhere a client's
   number is a shop's;
2. a passport's number in brackets with its state, after the passport's word ("renovación de
   pasaporte (actual: 569186976)", "passport renewal (current: ...)");
3. a bare eight-digit number right after someone's own (new) number, with a verb, a colon or a
   short clause asking to keep it ("got a new number, save this one: 59272807");
4. a command-line password after "$" that is no name anyone writes ("-p\"$Hd1o0FcmCRCg\""), not
   a variable ("$DB_PASS", "$dbPassword", "$pass2");
5. a firm's premises named right before an address, with the preposition that places them ("The
   office at 1 Canada Square", "unsere Filiale in der Hauptstraße 5"): the firm's address, not a
   person's home; a home office is a home.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a record's key that care names its own way
    ("medical_record", "Discharge letter – ward 7: Mr Hale, URN 2019-306121, seen by the registrar.", "2019-306121"),
    ("medical_record", "ED triage note. UR no. 0412 556 781 – patient alert, allergic to penicillin.", "0412 556 781"),
    ("medical_record", "Unit record number: 88120034\nAdmitted overnight for observation.", "88120034"),
    ("medical_record", "Pflegebericht (ambulante Pflege) – Klientennummer: K-204417, Frau Weber", "K-204417"),
    ("medical_record", "Impfnachweis für Herrn Brandt, Klienten-Nr. 3309127", "3309127"),
    ("medical_record", "Carnet de vaccination – numéro d'usager 40817733 – Mme Caron", "40817733"),
    ("medical_record", "Centro de salud de Delicias, vacunación antigripal: número de usuario 2208813370", "2208813370"),
    ("medical_record", "Thuiszorg overdracht: cliënt-id 55821904, opname gepland in het ziekenhuis", "55821904"),
    ("medical_record", "Care plan review for client number 7718230 – nurse visit every Tuesday.", "7718230"),
    # 2. a passport's number in brackets with its state
    ("passport", "Appointment booked: passport renewal (current: 584739140), bring two photos.", "584739140"),
    ("passport", "Termin im Bürgeramt: Reisepass-Verlängerung (bisher: C01X00T47).", "C01X00T47"),
    ("passport", "Demande : renouvellement du passeport (ancien : 18AB12345).", "18AB12345"),
    ("passport", "Trámite: pasaporte (caducado: PAA123456), cita a las 10:00.", "PAA123456"),
    ("passport", "Afspraak gemeente: paspoortaanvraag (huidig: NX1234567)", "NX1234567"),
    # 3. someone's own new number with a verb, a colon or a short clause asking to keep it
    ("phone", "Hi all, new number, please save it: 68841207", "68841207"),
    ("phone", "Hallo! Meine neue Nummer lautet 68841207.", "68841207"),
    ("phone", "Coucou, j'ai un nouveau numéro, note-le : 68841207", "68841207"),
    ("phone", "Tengo número nuevo, apúntalo: 68841207", "68841207"),
    ("phone", "Hoi, mijn nieuwe nummer is 68841207", "68841207"),
    # 4. a command-line password after "$" that is no name
    ("secret", "mysql -u root -p'$Qx7vB2kLm9Ta' prod", "$Qx7vB2kLm9Ta"),
    ("secret", 'Zugang: mysql -h db -p"$aZ3kQ9wE1r" shop', "$aZ3kQ9wE1r"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round14_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a client's number with no care near it, "UR" in lower case, too few digits
    ("medical_record", "Thanks for your order! Client number 12345678, shipped today."),
    ("medical_record", "Kundenservice: Klientennummer 3309127 für Ihre Versicherung"),
    ("medical_record", "ur 6796782194 is your ticket"),
    ("medical_record", "Admitted to ward 4B, UR 1234."),
    # a bracket that is no passport's state, or no passport near it
    ("passport", "Passport renewal (current: valid until 2031), order 123456789."),
    ("passport", "Licence renewal (current: 584739140)."),
    # a number that is no one's, or a booking's
    ("phone", "Your booking number: 59272807"),
    ("phone", "The new number is 59272807 in the registry of licences."),
    ("phone", "Die neue Nummer ist 59272807."),
    ("phone", "A new number of visitors, total: 59272807"),
    ("phone", "Our customer number is 59272807"),
    # a variable's name, with words or a trailing digit
    ("secret", 'mysql -p"$DB_PASS" db'),
    ("secret", 'mysql -p"$dbPassword" db'),
    ("secret", 'mysql -p"$MYSQL_PWD2" db'),
    ("secret", 'mysql -p"$myDbPwd2" db'),
    ("secret", 'mysql -p"$s3Bucket1" db'),
    # a firm's premises
    ("street_address", "The office at 1 Canada Square will be closed on Friday for the fire drill."),
    ("street_address", "Our head office is located at 221 Baker Street, London NW1 6XE."),
    ("street_address", "Unsere Filiale in der Hauptstraße 5, 10115 Berlin, bleibt geschlossen."),
    ("street_address", "Nos locaux au 12, rue de la Paix, 75002 Paris, seront fermés lundi."),
    ("street_address", "La oficina de la Calle Mayor 10, 28013 Madrid, cierra en agosto."),
    ("street_address", "Het kantoor aan de Damstraat 12, 1012 JM Amsterdam, is dicht."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round14_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


@pytest.mark.parametrize("text,value", [
    ("Anna works from her home office at 12 Elm Street, Springfield, IL 62704.", "12 Elm Street, Springfield, IL 62704"),
    ("Het kantoor is verhuisd. Anna woont aan de Damstraat 12, 1012 JM Amsterdam.", "Damstraat 12, 1012 JM Amsterdam"),
])
def test_round14_a_home_address_near_an_office_is_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("street_address", value) in found(scanner, text)
