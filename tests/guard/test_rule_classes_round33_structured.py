"""The structured rule classes fixed after the hoodoo and isthmus banks' misses (round 33). Each
case below is worded differently from the banks, in the five languages where the class exists,
with near misses that must stay clean:

1. records: a sentence that says the patient is registered or on file under a number ("le patient
   figure chez nous sous le n° X", "el paciente consta con el n.º X", "de patiënt staat bij ons
   geregistreerd onder nummer X", "the patient is on file under no. X", "Die Patientin ist bei uns
   unter der Nummer X geführt"); a possessive ("the patient's complaint"), a plural, another
   thing's register and a count stay clean; a report's own file in brackets after the report's
   word ("votre déclaration (dossier X)") is the office's, no patient's;
2. dates of birth: a machine key that glues the birth and the date into one lower-case token,
   maybe after whose ("<patientbirthdate>", "<dateofbirth>", "clientdatenaissance",
   "pacientefechanacimiento", "kindgeburtsdatum", "patientgeboortedatum"); the other dates in the
   document and an expected birth date stay clean;
3. phones: a bare number in a phone's shape right after a person's name (a first name and a
   surname) and a comma, the name after a label or a copula ("Heimtrainer ist Emilian Scherer,
   05404934499, bitte vorher anrufen", "el delegado local es Maricruz España Herrero, 982506661");
   a count, an amount, and an account's or a customer's number stay clean; a phone's word right
   before a passport-shaped number makes it the phone's ("Madre de acogida: Sara, móvil 826922126"
   under a passport line);
4. identifiers: a qualifier that says whose the identifier is between its name and the colon
   ("Rijksregisternummer contactpersoon:", "Steuer-ID des Bürgen:", "SSN of the guarantor:"); the
   check digit still decides;
5. addresses: a match's score after a club's name is no house number ("TSV Eichenau 3:1", "FC
   Lindenau 2-0" after the fixture's dash); a house range that counts up stays a street's;
6. cards: a number after a courier's, a parcel's or a tracking word in its sentence or on its line,
   no card named there, is a tracking number ("Los velos se envían por mensajería (...)", "Suivi
   Colissimo : ..."); a 16-digit run from 31-34, 37 or a 2-series outside Mastercard's 2221-2720
   is a card only with a card's word before it.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. the patient registered or on file under a number
    ("medical_record", "Thanks for the ECG. The patient is on file with us under no. 2019-508178.", "2019-508178"),
    ("medical_record", "For your records: we have the patient registered as HC-4471209.", "HC-4471209"),
    ("medical_record", "Die Patientin ist bei uns unter der Nummer K4471209 geführt.", "K4471209"),
    ("medical_record", "Der Patient wird unter 2019-508178 bei uns erfasst, bitte angeben.", "2019-508178"),
    ("medical_record", "Merci pour le bilan. La patiente est enregistrée sous le numéro 44712093.", "44712093"),
    ("medical_record", "Le patient est connu de nos services sous le n° NHC-4471209.", "NHC-4471209"),
    ("medical_record", "La paciente está registrada en el hospital con el número A4471209.", "A4471209"),
    ("medical_record", "Según el sistema, el paciente figura con el n.º 2019-508178.", "2019-508178"),
    ("medical_record", "De patiënte is bij ons onder nummer 44712093 bekend.", "44712093"),
    ("medical_record", "Ter info: de patiënt staat ingeschreven onder nr. B4471209.", "B4471209"),
    # 2. a glued birth-date key
    ("date_of_birth", "<subject>\n  <dateofbirth>1971-04-03</dateofbirth>\n  <visitdate>2025-01-10</visitdate>\n</subject>",
     "1971-04-03"),
    ("date_of_birth", '{"clientdatenaissance": "03/04/1971", "datecreation": "10/01/2025"}', "03/04/1971"),
    ("date_of_birth", "<kindgeburtsdatum>03.04.2019</kindgeburtsdatum>\n<aufnahmedatum>10.01.2025</aufnahmedatum>",
     "03.04.2019"),
    ("date_of_birth", "pacientefechanacimiento: 03/04/1971\nfechaalta: 10/01/2025", "03/04/1971"),
    ("date_of_birth", "<patientgeboortedatum>03-04-1971</patientgeboortedatum>", "03-04-1971"),
    # 3. a name, a comma, a bare number
    ("phone", "Your host that week is Tom Hale, 07700900123.", "07700900123"),
    ("phone", "Der Hausmeister ist Jonas Roth, 0171 2345678.", "0171 2345678"),
    ("phone", "La responsable sur place est Léa Morel, 0612345678.", "0612345678"),
    ("phone", "La monitora del grupo es Ana Gil, 612345678", "612345678"),
    ("phone", "Reisleider: Sanne Smit, 00 612 34 56", "00 612 34 56"),
    ("phone", "Student: Tom Hale, pasaporte U72831448\nHost: Ann Hale, móvil 826922126", "826922126"),
    # 4. a qualifier between the identifier's name and the colon
    ("national_id", "Rijksregisternummer begunstigde: 05061676003", "05061676003"),
    ("national_id", "Steuer-ID des Bürgen: 51342846407", "51342846407"),
    ("national_id", "BSN van de aanvrager: 945678010", "945678010"),
    ("national_id", "SSN of the guarantor: 536221947", "536221947"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round33_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. a possessive, another thing's register, a plural, a count, a report's file
    ("medical_record", "The patient's complaint is registered under number 4471209."),
    ("medical_record", "The parcel is registered under number 4471209."),
    ("medical_record", "Patients are registered under number ranges 44712093 to 44712099."),
    ("medical_record", "The patient registered with 3 relatives on 12.03.2024."),
    ("medical_record", "Nous accusons réception de votre déclaration (dossier 3456275202) au sujet du patient."),
    # 2. an expected birth date, the other dates beside a birth date
    ("date_of_birth", "<pregnancy>\n  <expectedbirthdate>2026-05-01</expectedbirthdate>\n</pregnancy>"),
    # 3. a count, an amount, an account's and a customer's number after a name
    ("phone", "Torschützen: Jonas Roth, 12 Tore"),
    ("phone", "Preis pro Person: Jonas Roth, 1500 Euro"),
    ("phone", "Kontoinhaber: Jonas Roth, 0123456789"),
    ("phone", "Klant: Sanne Smit, 0612345678"),
    # 4. a wrong check digit behind a qualifier
    ("national_id", "Rijksregisternummer begunstigde: 05061676004"),
    ("national_id", "BSN van de aanvrager: 945678011"),
    # 6. a courier's word before the number; a tracking line under a card's line (the card stays)
    ("payment_card", "Versand per Kurier, Sendungsnummer 3922471475377786."),
    ("payment_card", "Payé par carte 4955188630512\nSuivi Colissimo : 5989580591573196 "),
    ("payment_card", "Verzonden per koerier (4111111111111111), morgen in huis."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round33_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    hits = [h for h in found(scanner, text) if h[0] == category]
    if "Payé par carte" in text:
        assert hits == [("payment_card", "4955188630512")]  # the card itself stays
    else:
        assert hits == []


# 5. and 6.: flagged before, clean now
CLEARED = [
    ("street_address", "Spielbericht: SV Buchs – TSV Eichenau 3:1 (Halbzeit 1:0), Anstoß 11:00."),
    ("street_address", "Endstand: SV Musterau – FC Lindenau 2-0, Tore: Müller."),
    ("street_address", "Uitslag: Ajax – SV Oosterrade 1 : 1"),
    ("payment_card", "Los trajes se envían por mensajería (3922471475377786)."),
    ("payment_card", "Your parcel 4111111111111111 is with the courier."),
    ("payment_card", "Code 3123456789012341 gilt bis Freitag."),
    ("payment_card", "Code 2100123456789010 gilt bis Freitag."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round33_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# a house range, a card named with its word, a card paid for a shipment stay found
STILL_FOUND = [
    ("street_address", "Lieferadresse: Hauptstraße 5-7, 10115 Berlin", "Hauptstraße 5-7, 10115 Berlin"),
    ("payment_card", "Pagado con tarjeta 3922471475377786, gracias.", "3922471475377786"),
    ("payment_card", "Shipped by courier; paid by card 4111 1111 1111 1111.", "4111 1111 1111 1111"),
    ("payment_card", "Kreditkarte 3123456789012341 abgelehnt.", "3123456789012341"),
    ("medical_record", "Patient: Zoe Ellis (chart B0836852), seen in clinic today.", "B0836852"),
]


@pytest.mark.parametrize("category,text,value", STILL_FOUND)
def test_round33_structured_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
