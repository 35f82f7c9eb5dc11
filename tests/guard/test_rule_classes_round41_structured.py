"""The structured rule classes fixed after the cornice and penitente banks' misses and false positives
(round 41). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. phones after a person: a contact or phone column's cell that holds a name, a comma and the
   number ("| Hugo, 0612345679 |"); a common first name alone after a line's label, a comma and a
   national number ending the line ("Fahrdienst: Jonas, ..."); a numbered or bulleted list item that
   is a person's full name, maybe their relation in brackets, a dash and the number; a contact's
   label, a full name and a blank only before the number ("Notfallkontakt: Jonas Roth 0171...");
   where the texts or the calls go ("Texts go to", "SMS gehen an", "llamadas al", ...);
2. dates of birth: the label, then a question's tag ("date of birth, is it ...?", "Geburtsdatum, ist
   das der ...?", "est-ce le", "¿es el", "is dat"), or a clause that says where the date was read
   before the colon ("laut Anmeldeformular:", "que consta en la ficha:", "figurant sur la fiche :",
   "zoals vermeld op het formulier:", "as shown on the form:");
3. medical records: a file number's key (num_dossier, dossier, expediente, dossiernummer, Fallnummer)
   in a record that names a hospital by a key or a value ("hopital":"CHU"); a court's file stays clean;
4. passports: an identity document's key (documento, Ausweis, pièce_identité, identiteitsbewijs,
   document) in a record that names a person by a key; a valid DNI stays the national identifier,
   an invoice's document stays clean;
5. payment cards: a card's number named a few words before the colon, a 13-digit Visa that is also
   a valid EAN after it; a gift card's and a barcode's stay clean;
6. street addresses: a street named after a surname with its particle glued to the street's word
   ("Berg vanweg 14"), its postcode after it; without a postcode it stays clean;
7. false positives: a model year, a make and a body style ("2019 Skoda Octavia estate, 48,000
   mi") is a car; a pass's id ("pass_id", "Pass ID") is no passport ("Pass-Nr." still is); a
   lexicon's word as a firm's name alone after a party's label ("Employer: Manpower") is no biased
   language, while the noun in prose, a status's value ("Status: Blacklisted") and "salesman" stay.

Of the 83 cases (52 to catch, 17 near misses, 14 that must stay found), 43 failed before the change:
39 catches (the German list item with a trunk-0 number, the German, French, Spanish and Dutch
contact lines with a blank before the number, the German, French, Spanish and Dutch "SMS ... an/au/
al/naar" lines, the records whose hospital key is a care word and the Dutch identity document in a
Dutch passport's shape were caught already), and four near misses: the car stock list, the season
pass's id and the two firms named Manpower.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a contact column's cell: a name, a comma, the number
    ("phone", "Leerlingen\nnaam | klas | contact\nJoris Smit | 4B | Daan, 0612345670", "0612345670"),
    ("phone", "élève | classe | contact\nLéa Roy | CE2 | Hugo, 0612345679", "0612345679"),
    ("phone", "Kind | Gruppe | Kontakt\nMia Roth | Bären | Jonas, 01712345678", "01712345678"),
    ("phone", "Jugador | posición | contacto\nPablo Ruiz | portero | Marta, 612345678", "612345678"),
    ("phone", "Player | position | contact\nTom Hale | keeper | Anna, 07700900123", "07700900123"),
    # ... a common first name alone after a line's label
    ("phone", "Rallye des familles\nVoiture balai : Hugo, 0612345678", "0612345678"),
    ("phone", "Wandertag 3b\nFahrdienst: Jonas, 01712345678", "01712345678"),
    ("phone", "Excursión 3B\nRecogida: Pilar, 612345678", "612345678"),
    ("phone", "Schoolreis groep 7\nOphalen: Sanne, 0612345678", "0612345678"),
    ("phone", "Hike day\nSweeper car: Tom, 07700900123", "07700900123"),
    # ... a list item: a full name, the relation, a dash, the number
    ("phone", "Collection list:\n  1. Margaret Ellen Hughes (aunt) - 5586445773\n  2. John Hughes (uncle) - ID needed",
     "5586445773"),
    ("phone", "Abholberechtigt:\n2) Jonas Roth (Onkel) – 0171 2345678", "0171 2345678"),
    ("phone", "Personnes autorisées :\n- Léa Roy (tante) - 0612345678", "0612345678"),
    ("phone", "Autorizados a recoger:\n1. Ana Gil Roca (abuela) - 612345678", "612345678"),
    ("phone", "Mogen ophalen:\n• Sanne de Vries (oma) - 0612345678", "0612345678"),
    # ... a contact's label, a full name, a blank, the number
    ("phone", "Trampoline park waiver\nparticipant: Ryan Cole\nemergency contact: Megan Doyle 81150759\nI accept the rules.",
     "81150759"),
    ("phone", "Anmeldung Kletterhalle\nNotfallkontakt: Jonas Roth 01712345678", "01712345678"),
    ("phone", "Décharge escalade\nPersonne à prévenir : Léa Roy 0612345678", "0612345678"),
    ("phone", "Inscripción rocódromo\nContacto de emergencia: Ana Gil Roca 612345678", "612345678"),
    ("phone", "Inschrijving klimhal\nNoodcontact: Sanne de Vries 0612345678", "0612345678"),
    # ... where the texts or the calls go
    ("phone", "Your repair is booked for Monday. Calls to 8455-1120 only.", "8455-1120"),
    ("phone", "Reminder: flu jab on Friday. Texts go to 4412-5567 from now on.", "4412-5567"),
    ("phone", "Ihr Termin ist am Montag. Die SMS gehen an 0171 2345678.", "0171 2345678"),
    ("phone", "Votre rendez-vous est lundi. Les SMS vont au 06 12 34 56 78.", "06 12 34 56 78"),
    ("phone", "Su cita es el lunes. Los SMS van al 612 345 678.", "612 345 678"),
    ("phone", "Je afspraak is maandag. Sms'jes gaan naar 06-12345678.", "06-12345678"),
    # 2. a question's tag after the label; a clause before the colon
    ("date_of_birth", "For the renewal we need your wife's date of birth, is it 19/09/1975?", "19/09/1975"),
    ("date_of_birth", "Für den Antrag noch das Geburtsdatum, ist das der 19.09.1975?", "19.09.1975"),
    ("date_of_birth", "Pour le dossier, sa date de naissance, est-ce le 19/09/1975 ?", "19/09/1975"),
    ("date_of_birth", "Para la póliza, la fecha de nacimiento, ¿es el 19/09/1975?", "19/09/1975"),
    ("date_of_birth", "Voor de polis: het geboortedatum, is dat 19-09-1975?", "19-09-1975"),
    ("date_of_birth", "Geburtsdatum laut Anmeldeformular der Musikschule: 20.01.2019", "20.01.2019"),
    ("date_of_birth", "Fecha de nacimiento que consta en la ficha del club: 20 de enero de 2019", "20 de enero de 2019"),
    ("date_of_birth", "Date de naissance figurant sur la fiche d'inscription : 20/01/2019", "20/01/2019"),
    ("date_of_birth", "Geboortedatum zoals vermeld op het inschrijfformulier: 20-01-2019", "20-01-2019"),
    ("date_of_birth", "Date of birth as shown on the enrolment form: 20 January 2019", "20 January 2019"),
    # 3. a file number's key in a record that names a hospital
    ("medical_record", '{"transfert":"T-1","hopital":"CHU","num_dossier":"2023-448812"}', "2023-448812"),
    ("medical_record", '{"einsatz":"E-7","krankenhaus":"Klinikum Nord","dossier":"4471209"}', "4471209"),
    ("medical_record", '{"traslado":"T-2","hospital":"Virgen del Rocío","expediente":"HC-4471209"}', "HC-4471209"),
    ("medical_record", '{"rit":"R-3","ziekenhuis":"UMC","dossiernummer":"4471209"}', "4471209"),
    # 4. an identity document's key in a record about a person
    ("passport", '{"visita":{"visitante":"Pastora Figuerola","documento":"PAB123456"}}', "PAB123456"),
    ("passport", '{"besuch":{"besucher":"Jonas Roth","ausweis":"C01X00T47"}}', "C01X00T47"),
    ("passport", '{"visite":{"visiteur":"Léa Roy","pièce_identité":"18AB12345"}}', "18AB12345"),
    ("passport", '{"bezoek":{"bezoeker":"Sanne Bakker","identiteitsbewijs":"NW1234567"}}', "NW1234567"),
    ("passport", '{"visit":{"visitor":"Tom Hale","document":"533380006"}}', "533380006"),
    # 5. the card's number named a few words before the colon
    ("payment_card", "[10:14] Kim: the kiosk printed a customer's card number once more: 4722251689563", "4722251689563"),
    ("payment_card", "Die Kasse hat die Kartennummer schon wieder gespeichert: 4722251689563", "4722251689563"),
    ("payment_card", "La caisse a noté le numéro de carte encore une fois : 4722251689563", "4722251689563"),
    ("payment_card", "La caja guardó el número de tarjeta otra vez: 4722251689563", "4722251689563"),
    ("payment_card", "De kassa bewaarde het kaartnummer weer: 4722251689563", "4722251689563"),
    # 6. a surname, its particle glued to the street's word, the postcode after it
    ("street_address", "Schadenmeldung\nAnschrift: Berg vanweg 14\n10115 Berlin", "Berg vanweg 14\n10115 Berlin"),
    ("street_address", "Adres: Veen derlaan 12\n1012 AB Amsterdam", "Veen derlaan 12\n1012 AB Amsterdam"),
]

CLEAN = [
    # 1. another column's cell, another label's value, another list, a count after a name
    ("phone", "item | supplier | contact\nBolt | Acme, 953863187 | x"),
    ("phone", "Order: Alice, 0223502061"),
    ("phone", "Stock:\n1. Table Lamp (white) - 5586445773"),
    ("phone", "Emergency contact: Christina Bell 2 hours"),
    ("phone", "Ich gehe an 2345-1234 vorbei."),
    # 2. a question about the date of birth, another date after
    ("date_of_birth", "date of birth, is it required? The course starts 19/09/2025."),
    # 3. a court's and a tribunal's file
    ("medical_record", '{"tribunal":"TGI Lyon","num_dossier":"74330607"}'),
    ("medical_record", '{"juzgado":"Madrid","expediente":"4471209"}'),
    # 4. an invoice's document, a document's key with no person
    ("passport", '{"invoice":"A-22","document":"533380006"}'),
    # 5. a gift card's number, a barcode
    ("payment_card", "gift card number again: 4722251689563"),
    ("payment_card", "the barcode again: 4722251689563"),
    # 6. the particle street without its postcode
    ("street_address", "Die Kinder spielen am Berg vanweg 9 gern."),
    # 7. a car in a stock list; a season and a family pass's id
    ("street_address", "USED STOCK\n2019 Skoda Octavia estate, 48,000 mi, £9,995\n2017 Volvo V70 Estate - £4,995"),
    ("passport", '{"pass_id": "4471209381", "kind": "season", "holders": ["Ann Lee", "Tom Lee"]}'),
    ("passport", "Museum family Pass ID 533380006, valid until June"),
    # ... a firm's name alone after a party's label
    ("biased_language", "Dier: kat 'Siepie'\nDierenarts: Manpower\nUitbetalen op IBAN"),
    ("biased_language", "Arbeitgeber: Manpower"),
]

STILL = [
    ("street_address", "Please deliver to 1820 Park Estate, Leeds LS1 4AB", "1820 Park Estate, Leeds LS1 4AB"),
    ("street_address", "Anschrift: Dussenstr. 9\n82961 Arnstadt", "Dussenstr. 9\n82961 Arnstadt"),
    ("passport", "Pass-Nr.: C01X00T47", "C01X00T47"),
    ("national_id", '{"visitante":"Amor Agullo","documento":"12345678Z"}', "12345678Z"),
    ("medical_record", '{"paciente":"Ana Gil","num_dossier":"74330607"}', "74330607"),
    ("payment_card", "Card number: 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("phone", "Next of kin: Dervla Gilsenan (daughter), 9142-1759", "9142-1759"),
    ("date_of_birth", "Teilnehmerin: Jana Roth\nGeburtsdatum: 12.03.1951", "12.03.1951"),
    ("biased_language", "We lack the manpower to finish the job.", "manpower"),
    ("biased_language", "Manpower is short this week.", "Manpower"),
    ("biased_language", "Status: Blacklisted", "Blacklisted"),
    ("biased_language", "Role: Salesman", "Salesman"),
    ("biased_language", "Ask the salesman about it.", "salesman"),
    ("phone", "Texts only: 0423 5400", "0423 5400"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
