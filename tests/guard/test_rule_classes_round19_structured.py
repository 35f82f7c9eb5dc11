"""The structured rule classes fixed after the orchard and beacon banks' misses and false
positives (issue 14, round 19). Each case below is worded differently from the banks, in the
five languages, with near misses that must stay clean:

1. dates of birth: a key's "=" as the separator ("dob=1971-04-03" in a log line); the answer to a
   question that asks for the birth date, under a speaker's label (and a chat's clock) on the next
   line, further than a label's length from the question's words; the verb "born" in its other
   persons ("nací el", "nació el") and after the date ("am 12. März 1985 geboren", "op 3 mei 1980
   geboren"); HL7 v2's patient segment, whose seventh field is the birth date (PID-7);
2. records: a patient's reference ("Pharmacy patient ref", "Référence patient", "Ref. paciente",
   "Patientenreferenz", "patiëntreferentie": an order's or a booking's reference stays clean); a
   field's label read after the sentence before it ends ("Brunilda. Ref. paciente 20420823");
   a reference quoted to a pharmacy or another care provider ("call the pharmacy quoting ref ...",
   "unter Angabe der Referenz", "en indiquant la référence"), pharmacies and prescriptions as care;
3. passports: a passport-shaped value in the sentence after one that names the passport's number
   ("I still need your passport number. The scan shows ..."), with no other thing named in its own
   sentence; an XML attribute is named by its element too ('<Reservation id="...">' is a booking's);
4. phones: moving a number out or in ("port-out request for", "Número a portar", "Over te zetten
   nummer", "numéro à porter"), a messenger ("via Signal on", "über Threema"), a text message sent
   to it ("texted", "ge-sms't"), an emergency contact ("Personne à prévenir en cas d'accident",
   "Notfallkontakt", "contacto de emergencia", "in geval van nood"), the formal French closing in
   its other forms ("Je vous prie d'agréer ...") above a signature's number, national numbers
   written with two zeros first and eight-digit numbers with the trunk 0, right after a phone word;
5. addresses: a street quoted in code ("SET anschrift = 'Gutstrasse 38, 8049 Allschwil'"); a
   compound followed by the day of a date is no street ("Gemeenteraadsvergadering 27 juni 2021",
   "Weihnachtsmarkt 12.12.2024").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. dates of birth
    ("date_of_birth", "2025-03-01T10:00:00Z level=warn svc=checkin name=\"Ana Gil\" birthdate=1971-04-03 ip=10.0.0.1",
     "1971-04-03"),
    ("date_of_birth", "event=verify dob = 03.04.1971 result=mismatch", "03.04.1971"),
    ("date_of_birth", "Bot: Um Sie zu verifizieren, nennen Sie bitte Geburtsdatum und Postleitzahl?\nKunde: 03.04.1971, 8049",
     "03.04.1971"),
    ("date_of_birth", "Agente: ¿Me confirma su fecha de nacimiento y el correo de la cuenta?\n[09:14] Cliente: 3 de abril de 1971",
     "3 de abril de 1971"),
    ("date_of_birth", "— Hola, yo nací el 3 de abril de 1971 en Sevilla.", "3 de abril de 1971"),
    ("date_of_birth", "Mi hija nació el 03/04/2011 en el hospital.", "03/04/2011"),
    ("date_of_birth", "Ich wurde am 3. April 1971 in Bad Ischl geboren.", "3. April 1971"),
    ("date_of_birth", "Mijn moeder is op 03-04-1951 geboren.", "03-04-1951"),
    ("date_of_birth", "MSH|^~\\&|LAB|HOSP|EPR|WARD|202401011200||ORU^R01|1|P|2.5\r"
     "PID|1||447120^^^HOSP^MR||Roth^Anna||19710403|F", "19710403"),
    ("date_of_birth", "MSH|^~\\&|LAB|HOSP|EPR|WARD|202401011200||ADT^A01|1|P|2.3\n"
     "PID|1||447120^^^HOSP^MR||Gil^Ana||03/04/1971|F|||Calle Mayor 10", "03/04/1971"),
    # 2. records
    ("medical_record", "Apotheke am Markt\nPatientenreferenz: 2024-118832\nIhr E-Rezept liegt bereit.", "2024-118832"),
    ("medical_record", "Uw herhaalrecept ligt klaar. Patiëntreferentie: P-447120.", "P-447120"),
    ("medical_record", "Receta lista, Sr. Gil. Referencia del paciente: 44712093.", "44712093"),
    ("medical_record", "Ready for pick-up, Ana. Patient ref. HC-447120, bring your card.", "HC-447120"),
    ("medical_record", "Ihr Rezept liegt in der Apotheke bereit. Rückfragen bitte unter Angabe der Referenz 2024-118832.",
     "2024-118832"),
    ("medical_record", "Votre ordonnance est prête. Merci de rappeler la pharmacie en indiquant la référence K-4471209.",
     "K-4471209"),
    ("medical_record", "Su receta médica está lista; llame a la farmacia indicando la referencia 44712093.", "44712093"),
    ("medical_record", "Vragen over uw recept? Bel de apotheek onder vermelding van kenmerk 44712093.", "44712093"),
    # 3. passports
    ("passport", "I still need your passport number for the visa. The scan shows 123456789, is that right?", "123456789"),
    ("passport", "Für das Visum brauche ich noch Ihre Passnummer. Auf der Kopie steht C01X00T47.", "C01X00T47"),
    ("passport", "Il me manque votre numéro de passeport. Sur la photo je lis 18AB23456, c'est bien ça ?", "18AB23456"),
    ("passport", '<Booking ref="ABX77">\n  <Traveller passport="X1234567" nationality="CHE"/>\n</Booking>', "X1234567"),
    # 4. phones
    ("phone", "Port-in order of 0612345678 scheduled for Monday.", "0612345678"),
    ("phone", "Numéro à porter : 0612345678\nOpérateur actuel : Orange", "0612345678"),
    ("phone", "Zu portierende Rufnummer: 0151 2345678", "0151 2345678"),
    ("phone", "Erreichbar nur über Threema unter 0151 2345678.", "0151 2345678"),
    ("phone", "Mijn nummer is gewijzigd, ik heb je ge-sms't vanaf 0612 345 678.", "0612 345 678"),
    ("phone", "Emergency contact: Jim (brother), 07700 900123", "07700 900123"),
    ("phone", "Notfallkontakt: Anna, 0301234567", "0301234567"),
    ("phone", "Contacto de emergencia: Luis, 612345678", "612345678"),
    ("phone", "In geval van nood: Sanne, 0612345678", "0612345678"),
    ("phone", "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLéa Roux\n0123456789", "0123456789"),
    ("phone", "Tel.: 00 412 55 43", "00 412 55 43"),
    ("phone", "Whatsapp me on 04598195 tonight", "04598195"),
    # 5. addresses
    ("street_address", "UPDATE clients SET adresse = 'Hauptstrasse 5, 3011 Bern' WHERE id = 7;", "Hauptstrasse 5, 3011 Bern"),
    ("street_address", "addr = 'Calle Mayor 10, 28013 Madrid'", "Calle Mayor 10, 28013 Madrid"),
    ("street_address", "INSERT INTO klant VALUES ('Els', 'Damstraat 12, 1012 JM Amsterdam');", "Damstraat 12, 1012 JM Amsterdam"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round19_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a key's "=" after another date's name; a question about something else
    ("date_of_birth", "event=renewal date = 03.04.2031 status=ok"),
    ("date_of_birth", "Agent: Can you confirm the delivery date and your postcode?\nCustomer: 03/04/2025, 8049"),
    # another thing born, a birth's verb before a date of history, a verb that is no birth's
    ("date_of_birth", "La empresa nació el 03/04/1842 en Bilbao."),
    ("date_of_birth", "Das Haus wurde am 3. April 1971 gebaut."),
    # HL7: another segment's seventh field, a PID with no date in it
    ("date_of_birth", "MSH|^~\\&|LAB|HOSP|EPR|WARD|202401011200||ORU^R01|1|P|2.5\rOBR|1|A|B|C|||19710403"),
    ("date_of_birth", "PID|1||447120^^^HOSP^MR||Roth^Anna||unknown|F"),
    # an order's, a booking's reference; a reference quoted to a shop
    ("medical_record", "Order ref: 44712093 shipped to the pharmacy."),
    ("medical_record", "Booking reference 44712093, please quote it at check-in."),
    ("medical_record", "Queries: call the shop quoting ref 2024-118832."),
    ("medical_record", "Rückfragen bitte unter Angabe der Rechnungsnummer 2024-118832 an die Buchhaltung."),
    # a sentence after the passport's number names another thing's number
    ("passport", "I still need your passport number. Your booking 123456789 is confirmed."),
    ("passport", "Bitte Passnummer nachreichen. Flug LH400 Sitz 12A, Ticket 220123456."),
    ("passport", "Il me manque votre numéro de passeport. Commande 123456789 expédiée."),
    # an XML attribute of a booking's element, an order's
    ("passport", '<Reservation id="123456789">\n  <Guest>\n    <Name>Ana Gil</Name>\n  </Guest>\n</Reservation>\nHotel check-in'),
    ("passport", '<Order number="123456789" flight="LH400"/>'),
    # a port number, a signal's strength, a text's number, an emergency without a number's shape
    ("phone", "Open port 12345678 on the firewall for the port-out service? No."),
    ("phone", "Signal strength 12345678 dBm at the antenna"),
    ("phone", "See text 12345678 in the archive."),
    ("phone", "In case of emergency see section 2024.12.03"),
    # two zeros first without a phone word; a date after a phone word
    ("phone", "Artikel 00 637 55 43 ist ausverkauft."),
    ("phone", "Invoice 04598195 due in 30 days."),
    # a meeting's, a market's, a fair's day after a compound that ends like a street
    ("street_address", "Gemeenteraadsvergadering 3 maart 2025: agendapunt 4"),
    ("street_address", "Ledenvergadering 14-05-2024 in de kantine"),
    ("street_address", "Weihnachtsmarkt 12.12.2024 abgesagt"),
    ("street_address", "Jaarmarkt 27 april in het centrum"),
    ("street_address", "Flohmarkt 3. Mai auf dem Schulhof"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round19_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
