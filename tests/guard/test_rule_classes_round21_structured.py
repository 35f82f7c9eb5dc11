"""The structured rule classes fixed after the glacier and tundra banks' misses and false
positives (issue 14, round 21). Each case below is worded differently from the banks, in the
five languages, with near misses that must stay clean:

1. records: a reference or a number on the patient's own line, after the patient's label and the
   name ("Pt: ...   Ref: ...", "Patient: ..., ID ...", "Paciente: ... | Ref. ..."); Spain's health
   card codes (CIP, CIPA, TIS, TSI, SIP) in a text about care; a FHIR Patient resource's
   identifier with neither type nor namespace; an order's line, a medicine's "code CIP", a
   Practitioner's identifier and a bailiff's or a court's file number stay clean;
2. dates of birth: a birth date asked about, then the date on file in the next sentence ("We have
   ... on file", "bei uns ist ... hinterlegt", "Nous avons ... dans nos dossiers", "tenemos
   registrado", "Bij ons staat ... geregistreerd"); a recent date, a policy's start and a date two
   sentences on stay clean;
3. phones: a column or key named by an emergency contact ("Notfallkontakt", "noodnummer",
   "emergency_contact", "contacto de emergencia") or by the phone's word and whose ("Tél. parent",
   "Telefon Eltern", "Telefoon ouders"); a field that says where to ask ("Queries:", "Direct:",
   "Rückfragen an:", "Consultas:", "Vragen:"); a phone model's column, questions counted and a
   season's years stay clean;
4. passports: a contract's number ("Contrato de alquiler", "Mietvertrag", "contrat de location",
   "huurcontract", "rental agreement") is no passport, whatever the record says of passports;
5. addresses: a Dutch noun in "-ering" (an episode, a meeting, a delivery) before a number, and a
   name before a chat's clock ("Victor 09:16"), are no streets; a ring named after a person is.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. records
    ("medical_record", "Physio review\nPt: Hannah Ross   Ref: PT-4471209\nS: lower back pain", "PT-4471209"),
    ("medical_record", "Patient: Jonas Berg, ID 2019-508178\nBefund: unauffällig", "2019-508178"),
    ("medical_record", "Fiche de liaison\nPatiente : Léa Roux | Réf. 20420823\nMotif : chute", "20420823"),
    ("medical_record", "Paciente: Ana Gil Ortega - nº 5531907\nAlergias: ninguna", "5531907"),
    ("medical_record", "Patiënt: Els Jansen   nr. 727418\nAfdeling: cardiologie", "727418"),
    ("medical_record", "Centro de salud La Paz – receta electrónica\nCIPA: 88412077\nParacetamol 1 g cada 8 h", "88412077"),
    ("medical_record", "Informe de urgencias\nTIS: 44120377\nPaciente con fiebre", "44120377"),
    ("medical_record", '{"resourceType": "Patient", "identifier": [{"use": "usual", "value": "K8881133"}], "gender": "female"}',
     "K8881133"),
    # 2. dates of birth
    ("date_of_birth", "One thing before we renew: your date of birth. Our records show 14/02/1969, is that still right?",
     "14/02/1969"),
    ("date_of_birth", "Bitte prüfen Sie Ihr Geburtsdatum. Bei uns ist der 03.04.1971 hinterlegt.", "03.04.1971"),
    ("date_of_birth", "Votre date de naissance pose question : nous avons le 12/05/1980 dans nos dossiers.", "12/05/1980"),
    ("date_of_birth", "Nos falta confirmar la fecha de nacimiento. Consta el 7 de junio de 1950 en el sistema.",
     "7 de junio de 1950"),
    ("date_of_birth", "Uw geboortedatum wijkt af. Bij ons staat 12-03-1975 geregistreerd.", "12-03-1975"),
    # 3. phones
    ("phone", "Name;Klasse;Telefon Eltern\nMia Roth;4b;0171 2345678", "0171 2345678"),
    ("phone", "nom,classe,contact d'urgence\nLéa Roux,CM2,06 12 34 56 78", "06 12 34 56 78"),
    ("phone", "nombre|curso|contacto de emergencia\nAna Gil|3B|612345678", "612345678"),
    ("phone", "naam\tgroep\ttelefoon ouders\nSem Bakker\t5\t0612345678", "0612345678"),
    ("phone", "trip:\n  - name: Ava Ng\n    ice_contact: \"4412 7781\"", "4412 7781"),
    ("phone", "Your results are ready. Enquiries: 4412-7781", "4412-7781"),
    ("phone", "Best wishes\nSarah\nDirect: 0161 496 0123", "0161 496 0123"),
    ("phone", "Rückfragen an: 0301234567", "0301234567"),
    ("phone", "Consultas: 912 345 678", "912 345 678"),
    ("phone", "De uitslag is binnen. Vragen: 020-5551234", "020-5551234"),
    # 5. addresses: a ring named after a person stays a street
    ("street_address", "Correspondentieadres: Annaring 4, 3075 Berlare", "Annaring 4, 3075 Berlare"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round21_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # an order's line, a medicine's code, a practitioner's identifier, a bailiff's and a court's file
    ("medical_record", "Order: Hannah Ross   Ref: PT-4471209"),
    ("medical_record", "Médicament : Doliprane 1000 mg, code CIP 3400934998331, pharmacie du centre"),
    ("medical_record", "Ticket: Anna Roth, ID 2019-508178"),
    ("medical_record", '{"resourceType": "Practitioner", "identifier": [{"value": "B1502908"}]}'),
    ("medical_record", "Gerechtsdeurwaarder – laatste aanmaning\nDossiernummer: 2028/6763\nBetaal binnen 8 dagen."),
    ("medical_record", "Huissier de justice – mise en demeure\nN° de dossier : 44120377"),
    # a recent date, a policy's start, a date two sentences on
    ("date_of_birth", "We still need your date of birth. We have 12/03/2025 on file as your last visit."),
    ("date_of_birth", "Please confirm your date of birth. Your policy started on 12/03/2001, as we have on file."),
    ("date_of_birth", "Please send your date of birth. Thanks. The office opened then. We have 01/02/1990 on file."),
    ("date_of_birth", "Bitte nennen Sie Ihr Geburtsdatum. Der Vertrag ist seit dem 03.04.2001 bei uns hinterlegt."),
    # a phone model's column, a count of questions, a season, an order's number, a page range
    ("phone", "Name;Telefon Modell\nMia Roth;Pixel 12345678"),
    ("phone", "Questions: 2024-2025 season"),
    ("phone", "Order: 0292018323"),
    ("phone", "Direct: 12345678"),
    ("phone", "Inlichtingen: zie pagina 1234-5678"),
    # a contract's number in a record that speaks of passports; a flight's, a seat's number
    ("passport", "Contrato de alquiler XK1234567: el conductor presentó su pasaporte en el mostrador."),
    ("passport", "Mietvertrag AB1234567 für den Reisenden, Reisepass liegt vor."),
    ("passport", "Contrat de location AB1234567 : passeport du conducteur vérifié."),
    ("passport", "Huurcontract XK1234567 voor de reiziger met paspoort."),
    ("passport", "Rental agreement AB1234567, passport seen at the desk."),
    # an episode, a meeting, a delivery; a chat's clock after a name; a company's house number stays one
    ("street_address", "Aflevering 12: de finale van het seizoen"),
    ("street_address", "Ledenvergadering 4 is verplaatst naar dinsdag."),
    ("street_address", "Levering 2 volgt morgen met de koerier."),
    ("street_address", "Hector 14:02\nik kijk er even naar"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round21_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


def test_a_passport_after_its_own_word_is_still_found_beside_a_contract(scanner: Scanner) -> None:
    text = "Contrato de alquiler XK1234567\nConductor: Ana Gil\nPasaporte: 839696234"
    assert ("passport", "839696234") in found(scanner, text)
