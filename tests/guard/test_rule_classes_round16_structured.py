"""The structured rule classes fixed after the quarry bank's misses and false positives (issue
14, round 16). Each is a general form in the five languages, not the bank's sentence:

1. a record's key care writes short or names its own way: "Fallnr." (Fallnummer), the patient's
   "PID", a case's, an episode's, an encounter's or a stay's number ("case no.", "Fall-ID",
   "numéro de séjour", "número de episodio", "episodenummer") in a text about care; elsewhere a
   case is a court's or a help desk's and a PID a process's;
2. an identifier whose FHIR "system" names its type ("urn:example:mrn", ".../patient-number",
   "http://hl7.org/fhir/sid/passport-GBR"), in JSON or XML; the digits are no phone;
3. one field for a passport or an identity card ("Passport / ID no.:", "Reisepass-/Ausweisnummer",
   "passeport ou CNI n°", "pasaporte / DNI", "paspoort- of ID-kaartnummer");
4. phones: a pager's number, a number moved to another operator ("Rufnummernmitnahme"), someone's
   line right before a national number ("Votre ligne 0250631666 sera suspendue"); the "id" of an
   SQL INSERT is no phone though "phone" stands in its column list;
5. a shipment followed with its number ("volg hem met 3630...", "track it with ...") is no card;
6. addresses: a seat's, a spot's or a gate's compound is no street ("Sitzplatz 23C", "Bahnsteig 4");
   kept whole: a postcode after a type-first street's comma with its town ("rue de Reynaud, 24234
   Samson-les-Bains"), a bilingual town ("Biel/Bienne"), a canton after the town ("(OW)"), an
   Australian unit before the number with a space only ("Unit 91 00 Tammy Court").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a record's key care writes its own way
    ("medical_record", "Entlassbrief\nPatientin: Frau Roth\nFallnr. K-7741203, Station 4B", "K-7741203"),
    ("medical_record", "Laborbefund für die Patientin, PID 2024118832, Kalium erhöht.", "2024118832"),
    ("medical_record", "Ward 4 handover: patient in bed 3, case no. 2024-118832, stable overnight.", "2024-118832"),
    ("medical_record", "ED triage note – patient seen by the nurse, encounter ID 99812345.", "99812345"),
    ("medical_record", "Compte rendu d'hospitalisation : patiente sortie ce jour, numéro de séjour 55120987.", "55120987"),
    ("medical_record", "Informe de urgencias: paciente atendida, nº de episodio 77031245.", "77031245"),
    ("medical_record", "Ontslagbrief: patiënt opgenomen op afdeling 3, episodenummer 40918822.", "40918822"),
    ("medical_record", "Klinikum Süd, Pflegebericht: Patient aufgenommen, Fall-ID 40918822.", "40918822"),
    # 2. FHIR's system names the identifier's type
    ("medical_record", '{"identifier": [{"value": "HC-69361490", "system": "https://hospital.example.org/ids/patient-number"}]}',
     "HC-69361490"),
    ("medical_record", '{"identifier": [{"system": "urn:example:mrn", "value": "020 7946 0321"}]}', "020 7946 0321"),
    ("medical_record", '<identifier><system value="http://clinic.example.de/fhir/patientennummer"/>'
     '<value value="2024-118832"/></identifier>', "2024-118832"),
    ("passport", '{"identifier": [{"system": "http://hl7.org/fhir/sid/passport-GBR", "value": "584739140"}]}', "584739140"),
    # 3. a passport or an identity card in one field
    ("passport", "Hotel check-in form\nPassport or ID number: 584739140\nRoom: 12", "584739140"),
    ("passport", "Gästeblatt\nReisepass-/Ausweisnummer: C01X00T47", "C01X00T47"),
    ("passport", "Fiche de police – passeport ou CNI n° 18AB23456", "18AB23456"),
    ("passport", "Registro de viajeros. Pasaporte / DNI: X1234567", "X1234567"),
    ("passport", "Inchecken: paspoort- of ID-kaartnummer NW8R71K94", "NW8R71K94"),
    # 4. phones
    ("phone", "Escalations this week: the pager is 07700900123 after 6pm.", "07700900123"),
    ("phone", "Außerhalb der Dienstzeit: Pieper 01701234567.", "01701234567"),
    ("phone", "Urgences de nuit : bip de l'interne 0612345678.", "0612345678"),
    ("phone", "Number porting: we will move 02079460123 to our network on 3 May.", "02079460123"),
    ("phone", "Your line 02079460123 will be disconnected on Friday unless the bill is paid.", "02079460123"),
    ("phone", "Ihr Anschluss 0301234567 wird am Montag umgestellt.", "0301234567"),
    ("phone", "Su línea 0912345678 quedará suspendida por impago.", "0912345678"),
    ("phone", "Uw aansluiting 0201234567 wordt op 1 juni afgesloten.", "0201234567"),
    # 6. addresses kept whole
    ("street_address", "Adresse : avenue de Lorraine, 13008 Aix-les-Bains\nMerci.", "avenue de Lorraine, 13008 Aix-les-Bains"),
    ("street_address", "Domicilio: Calle de Alcalá, 28014 Madrid.", "Calle de Alcalá, 28014 Madrid"),
    ("street_address", "Wohnhaft in Bahnhofstrasse 12, 1700 Fribourg/Freiburg seit 2019.", "Bahnhofstrasse 12, 1700 Fribourg/Freiburg"),
    ("street_address", "Domicile : rue du Lac 4, 1800 Vevey (VD), dès le 1er mai.", "rue du Lac 4, 1800 Vevey (VD)"),
    ("street_address", "Deliver to Apartment 12 7 Ocean Parade, Manly, NSW, 2095 please.", "Apartment 12 7 Ocean Parade, Manly, NSW, 2095"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round16_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a case, an episode, a PID with no care near it
    ("medical_record", "Court of Appeal, case no. 2024-118832, hearing on Monday."),
    ("medical_record", "Support ticket: case number 55120987 has been closed."),
    ("medical_record", "Podcast feed: episode no. 20241188 is out now."),
    ("medical_record", "top: PID 754692510 uses 90% CPU, kill it."),
    ("medical_record", "Reisebüro: numéro de séjour 55120987, hôtel et vol compris."),
    ("medical_record", "Schadenfallnr. 40820955 der Versicherung"),
    # a system that names no record, and a telecom system
    ("medical_record", '{"identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345678"}]}'),
    ("medical_record", '{"identifier": [{"system": "https://shop.example.com/order-number", "value": "12345678"}]}'),
    ("medical_record", '{"telecom": [{"system": "phone", "value": "0612345678"}]}'),
    # an identity card alone, a passport's field with no number
    ("passport", "ID no.: 932570143"),
    ("passport", "Passport / ID photo: 2 copies, ref 932570143"),
    # a number no one is called on
    ("phone", "The printer line 02079460123 is a serial number."),
    ("phone", "INSERT INTO tickets (id, subject, phone) VALUES (8275261975, 'Login', '');"),
    ("phone", "INSERT INTO orders (order_id, contact_phone) VALUES (0612345678, NULL);"),
    # a shipment's number
    ("payment_card", "Je pakket is onderweg, volg het met 4111111111111111."),
    ("payment_card", "Your order has shipped: track it with 4111111111111111."),
    ("payment_card", "Ihr Paket ist unterwegs. Verfolgen Sie es mit 4111111111111111."),
    ("payment_card", "Suivez votre colis avec 4111111111111111."),
    ("payment_card", "Sigue tu pedido con 4111111111111111."),
    # seats, spots, gates, platforms and courts
    ("street_address", "Ihr Stellplatz 14, Einfahrt links"),
    ("street_address", "Der Zug fährt heute von Bahnsteig 4, Abfahrt 9:12."),
    ("street_address", "Boarding am Flugsteig 12, Gate schließt 20 Minuten vorher."),
    ("street_address", "We spelen op Tennisbaan 3, aanvang 10 uur."),
    ("street_address", "Fensterplatz 12A, Wagen 7"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round16_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


@pytest.mark.parametrize("category,text,value", [
    ("street_address", "Wohnhaft in der Hauptplatzstraße 4, 8010 Graz.", "Hauptplatzstraße 4, 8010 Graz"),
    ("street_address", "Calle Mayor, 10, 28013 Madrid", "Calle Mayor, 10, 28013 Madrid"),
    ("payment_card", "Paid with 4111111111111111, track your parcel on our site.", "4111111111111111"),
    ("phone", "INSERT INTO customers (id, name, phone) VALUES (7, 'Ana', '0612345678');", "0612345678"),
    ("medical_record", "Patientennummer: 2024118832", "2024118832"),
])
def test_round16_the_real_values_are_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
