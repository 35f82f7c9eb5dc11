"""The structured rule classes fixed after the harbor and lantern banks' misses and false
positives (issue 14, round 17). Three blind banks in a row introduced record numbers, passports
and birth dates with labels no rule had seen, so these are read from the label's words, not from
a list of labels; each case below is worded differently from the banks:

1. a form's field, whatever its separator (a colon, dot leaders, underscores, a table's blanks or
   tab, markdown's bold or cell border, one blank after "no."/"n°"/"nr."), with a label read by its words: a birth's word or its
   short form (DOB, geb., Geb.-Dat., nac., naiss., DDN), a passport's, a patient's or a hospital's
   word with a number's word, a file's or a case's near care, an insured member's near health
   insurance or care, an identity or travel document's near travel; a word that names another
   thing's number (order, invoice, room, phone, ticket, trial) makes it no record's;
2. key and column names no list holds, read by the same words ("fechaNac", "hospital_no");
3. a birth date marked by Belgium's degree sign ("(° 3 april 1971)") or by the age after it in
   brackets ("12.03.1958 (67 J.)", "(age 53)");
4. phones: a compound whose head is a phone's word ("Rückrufnummer", "terugbellen", "Celular"), a
   contact line that joins the number to an e-mail address ("0556461264 – anna@...", "8383 4314 |
   al@..."), a message's sender given as a number ("From: 8383 4314"); a row's key (an "id"/"nr" column of a CSV, "WHERE id = ...") is no phone;
5. a card under a quoted key ('creditcard: "4035..."');
6. a town's whole official name: a region after "in" where the address ends ("Gmünd in Kärnten",
   "Neumarkt in der Oberpfalz"), Dutch towns' old article ("'t Harde").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a record's field read from its label's words
    ("medical_record", "Kinderklinik – Aufnahmebogen\nKrankenakte-Nr. .... 4471-2093\nStation: 2", "4471-2093"),
    ("medical_record", "Expediente n.º 20231145\nPaciente ingresada en planta 3.", "20231145"),
    ("medical_record", "Clinique des Lilas\nN° patient\t\t00458812\nChambre 12", "00458812"),
    ("medical_record", "Huisartsenpraktijk De Linde | Patiënt-ID: 5512 0987 | Afspraak 10:20", "5512 0987"),
    ("medical_record", "Radiology referral\nHospital number ______ RX-4471209", "RX-4471209"),
    ("medical_record", "Informe: Sra. Gil, historia nº. 77031245, alta hoy.", "77031245"),
    ("medical_record", "Mutualidad – solicitud de reembolso\nNº afiliado ........ 1044332201", "1044332201"),
    ("medical_record", "Krankenkasse, Erstattungsantrag\nMitgliedsnummer: A123456789", "A123456789"),
    ("medical_record", "Zorgverzekeraar – declaratie\nLidnummer: 104433220", "104433220"),
    ("medical_record", "Health fund claim\nMembership number: 33098812\nProvider: Dr Ng", "33098812"),
    ("medical_record", "Pour la mutuelle, votre n° d'affilié 1044332201 est à rappeler.", "1044332201"),
    # 1. a birth date's field
    ("date_of_birth", "Applicant\nBirth date ______ 03/04/1971\nNationality: IE", "03/04/1971"),
    ("date_of_birth", "Fiche patient\nDDN : 03/04/1971\nMédecin traitant : Dr Roux", "03/04/1971"),
    ("date_of_birth", "Datos del titular\nF. de nacimiento ....... 3 de abril de 1971", "3 de abril de 1971"),
    ("date_of_birth", "Stammdaten\nGeburtsdat. 03.04.1971\nKrankenkasse: AOK", "03.04.1971"),
    ("date_of_birth", "Naam\t\tEls Wouters\nGeboren\t\t03-04-1971", "03-04-1971"),
    ("date_of_birth", "Patient: Ken Ito | D.O.B.: 1971-04-03 | Ward 4", "1971-04-03"),
    # 1. markdown's fields: bold labels, a two-column table's cell border
    ("date_of_birth", "**Date of birth:** 03/04/1971\n**Allergies:** none", "03/04/1971"),
    ("date_of_birth", "**DOB**: 1971-04-03", "1971-04-03"),
    ("date_of_birth", "| Champ | Valeur |\n|---|---|\n| Date de naissance | 03/04/1971 |", "03/04/1971"),
    ("medical_record", "| Feld | Wert |\n|---|---|\n| Krankenversichertennummer | A123456789 |", "A123456789"),
    ("medical_record", "Ward round. Hosp. No.: 44712093, stable.", "44712093"),
    ("passport", "Flight LX 318\nTravel doc. no.: C4X7K9L21", "C4X7K9L21"),
    # 1. the value's other written forms: a month's name between dashes, a year first with slashes,
    # an ISO date with its time; a record's number with slashes
    ("date_of_birth", "Clinic letter\nDOB: 03-Apr-1971\nNHS no. pending", "03-Apr-1971"),
    ("date_of_birth", "Geburtsdatum: 1971/04/03", "1971/04/03"),
    ("date_of_birth", '{"resourceType": "Patient", "birthDate": "1971-04-03T00:00:00Z"}', "1971-04-03T00:00:00Z"),
    ("medical_record", "Hôpital Nord. Dossier n° 2024/118832, patiente vue ce jour.", "2024/118832"),
    ("medical_record", "Patient ID: HC/2024/1182", "HC/2024/1182"),
    # 2. a key no list holds
    ("date_of_birth", '{"nombre": "Ana", "fechaNac": "1971-04-03"}', "1971-04-03"),
    ("date_of_birth", "nom;dateNaissance\nDurand;03/04/1971", "03/04/1971"),
    ("medical_record", '{"hospital_no": "RX-44712"}', "RX-44712"),
    # 3. a birth marked by its sign or by the age after it
    ("date_of_birth", "Overleden: Lucas Peeters (°3 april 1971 – † 2 mei 2024).", "3 april 1971"),
    ("date_of_birth", "Zur Aufnahme: Frau Keller, 12.03.1958 (67 J.), Sturz.", "12.03.1958"),
    ("date_of_birth", "Referral for Mr Smith, 1971-04-03 (age 53), chest pain.", "1971-04-03"),
    ("date_of_birth", "Paciente: Sra. López, 03/04/1971 (53 años), alergias no conocidas.", "03/04/1971"),
    # 1. a travel document's field near travel
    ("passport", "Flug LX 318 ZRH-LHR\nReisedokument-Nr. ..... C4X7K9L21", "C4X7K9L21"),
    ("passport", "Votre vol AF 1234\nNuméro du titre de voyage : 18AB23456", "18AB23456"),
    ("passport", "Reserva de vuelo\nDocumento de viaje n.º: PAB123456", "PAB123456"),
    ("passport", "Hotel check-in\nID document no.   X1234567", "X1234567"),
    ("passport", "Pasajero: Luis Gil\nNúm. pasaporte ....... AB1234567", "AB1234567"),
    ("passport", "Meldeschein\nGast: Herr Maier\nAusweisnummer: L01X00T47\nAnreise: 3.4.", "L01X00T47"),
    ("passport", "Datos del huésped\nTipo de documento: Pasaporte\nNúmero de documento: PAA123456", "PAA123456"),
    # 4. phones
    ("phone", "Bestellung abholbereit.\nNotfallnummer: 0301234567", "0301234567"),
    ("phone", "Graag terugbellen via 0201234567, dank u.", "0201234567"),
    ("phone", "Contacto del asegurado\nCelular: 712345678", "712345678"),
    ("phone", "Marie Dupont\n0612345678 · marie.dupont@example.fr", "0612345678"),
    ("phone", "Jan Keller\n0301234567 | j.keller@example.de", "0301234567"),
    ("phone", "From: 8383 4314\nhi, it's me, new phone", "8383 4314"),
    # 5. a card under a quoted key
    ("payment_card", '{"kreditkarte": "4035593661327"}', "4035593661327"),
    # 6. a town's whole official name: a region after "in" where the address ends, an old article
    ("street_address", "Neue Anschrift: Bahnhofstraße 3, 92318 Neumarkt in der Oberpfalz.",
     "Bahnhofstraße 3, 92318 Neumarkt in der Oberpfalz"),
    ("street_address", "Nieuw adres: Dorpsstraat 12, 8084 AB 't Harde", "Dorpsstraat 12, 8084 AB 't Harde"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round17_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # another thing's number next to care: a room, an order, an invoice, a ticket, a trial
    ("medical_record", "Patient admitted to ward 3.\nRoom no.: 12345\nOrder no.: 87654321"),
    ("medical_record", "Krankenhaus Süd\nZimmer-Nr. ..... 12345\nRechnungs-Nr.: 55512345"),
    ("medical_record", "Hôpital Nord\nN° de chambre : 12345\nN° de commande : 87654321"),
    ("medical_record", "Clinical trial no.: 20241234 for patients with asthma"),
    ("medical_record", "Hospital IT: Fallback ID: 12345678, patient portal down."),
    ("medical_record", "| Klinikum | Station 4 |\n|---|---|\n| Bestell-Nr. | 44712093 |"),
    # a file's or a case's number with no care near it; a member's with no insurance or care
    ("medical_record", "Court of Appeal\nCase no. ........ 2024-118832"),
    ("medical_record", "Fitness club newsletter\nMember ID: 20224726\nWelcome!"),
    ("medical_record", "Bibliothek Mitte\nMitgliedsnummer: 40918822"),
    ("medical_record", "Kfz-Versicherung: Mitgliedsnummer 40918822"),
    # a date under a record's label is a visit's
    ("medical_record", "Patient no.: 12.03.2024"),
    # a document's number with no travel near it, a pass that is no passport
    ("passport", "Invoice\nDocument number: AB1234567\nAmount: 12 EUR"),
    ("passport", "Flight BA 117\nBoarding pass no.: AB1234567"),
    ("passport", "Hotel Rechnung\nDokumentnummer: RE2024001\nAnreise: 3.4."),
    ("passport", "Passport expiry date ..... 03042031"),
    ("passport", "Reisepass gültig bis ..... 03042031"),
    ("passport", "Nahverkehr: Monatskarte, Ausweisnummer 40918822 der Firma"),
    # a date that is no birth: another date's label, a place of birth, a certificate, a count
    ("date_of_birth", "Passport\nDate of issue ..... 12.03.2020\nPlace of birth .... Dublin"),
    ("date_of_birth", "Birth certificate no.: 2024-12345, issued 12.03.2024"),
    ("date_of_birth", "Rechnung vom 12.03.2024 (3 Pos.)"),
    ("date_of_birth", "Release 2024-03-12 (2), see the changelog"),
    ("date_of_birth", "Temperatur gestern 38°, heute 12.03.2024 besser"),
    # a call-off's number is no phone
    ("phone", "Abrufnummer: 0455805917 (Rahmenvertrag)"),
    ("phone", "Order 12345678 | billing@example.com"),
    ("phone", "To: 2024 2025 season tickets"),
    # a gift card's number under a quoted key
    ("payment_card", '{"giftcard": "4035593661327"}'),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round17_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


@pytest.mark.parametrize("text,key", [
    ("id_cliente,nombre,movil\n771223656,Ana Gil,+34612345678", "771223656"),
    ("klantnr;naam;telefoon\n13919387;Els Wouters;0201234567", "13919387"),
    ("customerId|name|mobile\n5116714583|Jo Bloggs|07700900123", "5116714583"),
    ("UPDATE clients SET telephone = '04 23 26 97 32' WHERE id = 2085598670;", "2085598670"),
    ("UPDATE kunden SET telefon = '030 1234567' WHERE kunden_nr = 9617940397;", "9617940397"),
])
def test_round17_a_rows_key_is_no_phone(scanner: Scanner, text: str, key: str) -> None:
    hits = found(scanner, text)
    assert ("phone", key) not in hits, hits
    assert any(c == "phone" for c, _ in hits), hits  # the row's phone is still found


@pytest.mark.parametrize("category,text,value", [
    ("phone", "UPDATE clients SET telephone = '0423269732' WHERE id = 5;", "0423269732"),
    ("phone", "name,phone\nAnn,0612345678", "0612345678"),
    ("medical_record", "Patientennummer: 2024118832", "2024118832"),
    ("medical_record", "Patient ID: 44712093 45 years old", "44712093"),
    ("date_of_birth", "Geburtsort: Berlin\nGeburtsdatum .... 12.03.1980", "12.03.1980"),
    # "in" and a capitalised noun that go on with the sentence are no region of the town
    ("street_address", "Wir ziehen nach Hauptstraße 5, 80331 München in Kürze um.", "Hauptstraße 5, 80331 München"),
    ("street_address", "Hauptstraße 5, 10115 Berlin in der Nähe vom Park", "Hauptstraße 5, 10115 Berlin"),
])
def test_round17_the_real_values_are_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
