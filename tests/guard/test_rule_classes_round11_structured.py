"""The structured rule classes fixed after the probe bank's misses (issue 14, round 11). Each is a
general form in the five languages, not the bank's sentence:

1. tables: a quoted cell that holds a line break (RFC 4180), a comma-separated row whose date is
   written "March 12, 1955" without quotes, and birthday columns of the other languages
   ("verjaardag", "anniversaire", "cumpleaños") holding full dates with a four-digit year;
2. dates of birth on the answer line after a question that asks for one, after a patient's label
   and name in a report's header (a past year only), and some years past in a birthday greeting;
3. a medical record's name followed by the institution that gave it ("Patiëntnummer ziekenhuis:");
4. passports in an airline's record ("PPT", "PSPT", "DOCS/P/GBR/"), a document number in a
   passport's section, a qualifier after the word ("pasaporte anterior"), and the old and the new
   one named back in the next sentence;
5. a French NIR's shape named as a card ("tarjeta 1800...": an old JCB card);
6. phones: getting in touch ("melden", "get in touch") and "for anything" phrases, a titled
   surname and a comma before the number, "unter"/"au"/"op" before a national number with its 0.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. tables
    ("date_of_birth", 'id,name,dob,address\n1,"Ann Lee",1971-07-19,"7 Jenkins Trail\nTatetown"\n2,"Bo Day",1980-02-03,"x"',
     "1980-02-03"),
    ("date_of_birth", 'id,name,birth_date,city\n1,"Ann Lee",November 11, 1968,Leeds\n2,"Bo Day",1974-02-02,York',
     "November 11, 1968"),
    ("date_of_birth", 'id,name,birth_date,city\n1,"Ann Lee",11 November, 1968,Leeds', "11 November, 1968"),
    ("date_of_birth", "Nr.\tNaam\tVerjaardag\tTelefoon\n1\tAnna\t12-03-1985\t0612345678", "12-03-1985"),
    ("date_of_birth", "nom;anniversaire;ville\nAnne;12 mars 1985;Paris", "12 mars 1985"),
    ("date_of_birth", "| nombre | cumpleaños |\n|---|---|\n| Ana | 03/04/1990 |", "03/04/1990"),
    # 2. dates of birth: the answer to a question, a patient's header, a birthday greeting
    ("date_of_birth", "Agente: ¿me indica su fecha de nacimiento?\nCliente: 06/01/1944\nAgente: Gracias.", "06/01/1944"),
    ("date_of_birth", "Agent: Can I take your date of birth?\nCaller: yes, it's 12 March 1985.", "12 March 1985"),
    ("date_of_birth", "Wie lautet Ihr Geburtsdatum?\nKunde: 12.03.1985", "12.03.1985"),
    ("date_of_birth", "Quelle est votre date de naissance ?\nClient : 12/03/1985", "12/03/1985"),
    ("date_of_birth", "Wat is uw geboortedatum?\n12-03-1985", "12-03-1985"),
    ("date_of_birth", "Verwijsbrief\nPatiënt: Mevr. Brandt, 07-05-1956\nReden: knie.", "07-05-1956"),
    ("date_of_birth", "Patient: Mr J. Smith (12/03/1956)\nReason: review", "12/03/1956"),
    ("date_of_birth", "Patientin: Frau Roth, 3. Mai 1960\nBefund: unauffällig", "3. Mai 1960"),
    ("date_of_birth", "Paciente: Sr. García - 12/03/1956\nMotivo: control", "12/03/1956"),
    ("date_of_birth", "Joyeux anniversaire Sylvie ! (d'après le fichier RH : 24 juillet 1980, chut)", "24 juillet 1980"),
    ("date_of_birth", "Happy birthday Tom! HR says 3 July 1975, we say 25.", "3 July 1975"),
    ("date_of_birth", "Alles Gute zum Geburtstag, Jana! Laut Personalakte 12.03.1985 ...", "12.03.1985"),
    ("date_of_birth", "¡Feliz cumpleaños, Ana! (según RR. HH.: 12/03/1985)", "12/03/1985"),
    ("date_of_birth", "Fijne verjaardag Sanne! Volgens HR 12-03-1985, maar dat zeggen we niet.", "12-03-1985"),
    # 3. a medical record's institution after its name
    ("medical_record", "Patiëntnummer ziekenhuis: HC-9863193", "HC-9863193"),
    ("medical_record", "Patientennummer (Klinik): 2019-508178", "2019-508178"),
    ("medical_record", "Patient number at the hospital: A1760780", "A1760780"),
    ("medical_record", "Numéro de dossier de l'hôpital : 12345678", "12345678"),
    ("medical_record", "NHC del hospital: 1234567", "1234567"),
    # 4. passports
    ("passport", "PAX 1  Alanna McDermott  DOB 09/07/1967  PPT S72985443", "S72985443"),
    ("passport", "PAX 2  PSPT: 435758823", "435758823"),
    ("passport", "SSR DOCS BA HK1/P/GBR/S72985443/GBR/12JUL76/M/01JAN30/SMITH/JOHN", "S72985443"),
    ("passport", "DOCS/P/USA/123456789/USA/01JAN80/F", "123456789"),
    ("passport", "Gegevens reiziger (zoals in paspoort)\nNaam: Selina de Wit\nDocumentnummer: Q54185665", "Q54185665"),
    ("passport", "Reisepass\nName: Jana Roth\nDokumentennummer: C01X00T47", "C01X00T47"),
    ("passport", "Tipo: pasaporte\nNúmero de documento: PAB123456", "PAB123456"),
    ("passport", "Type: passport\nDocument number: 584739140", "584739140"),
    ("passport", "Debe traer el pasaporte anterior (640670716) y una foto.", "640670716"),
    ("passport", "Merci d'apporter le passeport périmé 12AB34567.", "12AB34567"),
    ("passport", "I renewed my passport. Old one was 584739140, new one is 322170988.", "584739140"),
    ("passport", "I renewed my passport. Old one was 584739140, new one is 322170988.", "322170988"),
    ("passport", "Mein Reisepass ist abgelaufen. Der alte war C01X00T47.", "C01X00T47"),
    ("passport", "J'ai un nouveau passeport. L'ancien était 12AB34567.", "12AB34567"),
    ("passport", "Renové el pasaporte. El anterior era PAB123456.", "PAB123456"),
    ("passport", "Nieuw paspoort aangevraagd. De oude was NX1234567.", "NX1234567"),
    # 5. a card word before a number shaped like a NIR
    ("payment_card", "Veo un cargo en la tarjeta 180017920764160 del 19 de enero.", "180017920764160"),
    # 6. phones
    ("phone", "Wohnung frei ab 1. Mai. Bei Interesse bei Silvano melden: 06540519988", "06540519988"),
    ("phone", "Get in touch: 07700900123", "07700900123"),
    ("phone", "Alergias: marisco. Para cualquier cosa, 844944972.", "844944972"),
    ("phone", "Pour toute question : 0612345678.", "0612345678"),
    ("phone", "Bij vragen 0612345678.", "0612345678"),
    ("phone", "te paso los datos del casero: Sra. Otero, 978681332. La dirección es ...", "978681332"),
    ("phone", "Ansprechpartner ist Herr Roth, 0301234567.", "0301234567"),
    ("phone", "Contact: Mevr. de Vries, 0612345678", "0612345678"),
    ("phone", "Termine online oder unter 05073799886.", "05073799886"),
    ("phone", "Vous pouvez aussi nous joindre au 0612345678.", "0612345678"),
    ("phone", "Afspraken online of op 0612345678.", "0612345678"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round11_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a birthday column with a day and a month only, or a two-digit year
    ("date_of_birth", "nom;anniversaire;ville\nAnne;12 mars;Paris"),
    ("date_of_birth", "naam;verjaardag\nAnna;12-03-85"),
    # a row's comma outside a date stays a delimiter: the table's cells do not shift
    ("date_of_birth", "id,name,city\n1,Ann,March 12, 1955"),
    # a question about something else, or a date that does not end the answer
    ("date_of_birth", "When is your appointment?\nCaller: 12/03/2027"),
    ("date_of_birth", "What is your date of birth?\nCaller: 12/03/1985 was the day I moved, sorry."),
    # a patient's header with a date this year or later (a visit), or words between name and date
    ("date_of_birth", "Patient: John Smith, 12/03/2099\nReason: review"),
    ("date_of_birth", "Patient: John Smith, seen 12/03/2020\nReason: review"),
    # a birthday greeting with a recent date (a party, a meeting)
    ("date_of_birth", "Happy birthday Tom! The party is on 12 May 2099."),
    # a record name's qualifier that is no institution
    ("medical_record", "Patient number of 12345678 people"),
    # "PPT" in lower case (slides), a document number in an ID card's section or without a passport
    ("passport", "send me the ppt 20240312 please"),
    ("passport", "Passport photo attached.\n\nID card\nDocument number: Q54185665"),
    ("passport", "Reisepass liegt vor.\nPersonalausweis\nDokumentnummer: L01X00T47"),
    ("passport", "Invoice\nDocument number: 584739140"),
    # the old one named back two sentences after the passport, or without a passport
    ("passport", "I lost my passport. Then I went home. The old one was 584739140."),
    ("passport", "My phone broke. The old one was 584739140."),
    # a NIR without a card word stays a NIR
    ("payment_card", "NIR 180017920764160"),
    # "aanmelden", "afmelden" are no phone words; a title and a name with no clause end after the number
    ("phone", "Kan niet aanmelden: 0612345678"),
    ("phone", "Dr. Smith, 0612345678 patients seen"),
    # a preposition before a number that is no national number
    ("phone", "unter 0000000000"),
    ("phone", "op 123456789012"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round11_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
