"""The structured rule classes fixed after the scar and wold banks' misses and false findings (round 82, structured
half). Each case is worded differently from the bank, in the languages where the class exists, with near misses that
must stay as they were:

1. not a street: a glazing unit's or a layered build-up's spec after its word in "-aufbau" ("Scheibenaufbau 4/16/4",
   "Schichtaufbau 8/12/8"); "Neubau 4, 1070 Wien" and "Lindenau 3" stay streets;
2. not a street: a performing company's, an orchestra's or a cinema's own address after its name and a comma
   ("Münchner Kammerspiele, Maximilianstraße 26", "Orchestre de Paris, 221 avenue Jean-Jaurès", "Orquesta Nacional,
   calle Príncipe de Vergara 146", "Kino Babylon, Rosa-Luxemburg-Straße 30"); a person's name before the same street
   stays an address;
3. a date of birth: a birth's label with its colon, the newborn's name, then the date after its preposition
   ("Nacida: Ana Gil Mora, el 5 de junio de 2017", "Born: Lina Reyes, on 19 June 2013", "Geboren: Lena Maier, am
   19.06.2013", "Né(e) : Léa Martin, le 19/06/2013", "Geboren: Lina de Vries, op 19-06-2013"), the label opening its
   line; a count of animals before the date, or a hall named after Max Born before a lecture's topic and date, stays
   clean;
4. a date of birth: a lifespan on a memorial's inscription, a two-word name then the birth and the death dates joined
   by a dash ("Inschrift: Anna Weber 3. März 1941 – 2. Mai 2020" on a headstone's order, "Inscription: Mary Hill
   2 May 1931 - 4 June 2019", "Tekst: Jan de Boer 12-03-1940 – 04-05-2021"); a date range with no memorial's word or
   no name before it (a grave's lease) stays clean;
5. a passport: the passport named, then a dash's aside saying the number is the value ("a copy of your passport -
   the number on your form is C03812042", "Ihres Reisepasses – die Nummer im Antrag lautet C01X00T47", "votre
   passeport – le numéro indiqué est 18AB12345", "su pasaporte – el número del formulario es PAA123456", "uw paspoort –
   het nummer op het formulier is NP1234567"); an order or an invoice named with the passport before the dash stays
   clean;
6. not a card: a freight document's number after its label, a bill of lading's or an air waybill's, passing Luhn by
   chance ("HBL: 4539578763621486", "B/L No. 4539...", "Konnossement-Nr. 4539...", "connaissement n° 4539...",
   "conocimiento de embarque 4539...", "vrachtbrief 4539..."); a card's word or an expiry keeps the card;
7. not a passport: an appointment's own number, a row's first cell under the appointment's column beside a passport's
   column ("appt_id,applicant,dob,passport_no" then "414808096,Jo Gutierrez,..."); the passport's column stays found
   (a header that ends on the passport's own word right before the row's first cell is read by the context rule and
   left as it was);
8. not a secret: a password's key whose value is a cloud connection string, its first setting read up to the ";"
   ("userPassword: DefaultEndpointsProtocol=https;AccountName=...;AccountKey=..."); the account key stays found, a
   password shaped like a setting with no account key after it stays a password.

Of the 51 cases below (17 to catch, 34 to leave or keep as they were), 33 fail on round 81: every case to catch, the
six build-up and company cases of classes 1 and 2, six of the seven freight labels of class 6 (the "B/L No." in a
shipment's update was left alone already), the three appointments' numbers and the connection string's setting.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 3. a birth's label, the name, the date after its preposition
    ("date_of_birth", "Registro Civil\nNacida: Ana Gil Mora, el 5 de junio de 2017\nMadre: Eva Mora", "5 de junio de 2017"),
    ("date_of_birth", "Birth register extract\nBorn: Lina Reyes, on 19 June 2013\nMother: Eva Reyes", "19 June 2013"),
    ("date_of_birth", "Auszug Geburtenregister\nGeboren: Lena Maier, am 19.06.2013\nMutter: Eva Maier", "19.06.2013"),
    ("date_of_birth", "Extrait d'acte\nNé(e) : Léa Martin, le 19/06/2013\nMère : Eva Martin", "19/06/2013"),
    ("date_of_birth", "Uittreksel\nGeboren: Lina de Vries, op 19-06-2013\nMoeder: Eva de Vries", "19-06-2013"),
    ("date_of_birth", "NACIDO/A:Pablo Ruiz Gil el 2013-06-19", "2013-06-19"),
    # 4. a lifespan on a memorial's inscription
    ("date_of_birth", "Auftrag Grabstein, Feld 4\nInschrift: Anna Weber 3. März 1941 – 2. Mai 2020", "3. März 1941"),
    ("date_of_birth", "Headstone order\nInscription: Mary Hill 2 May 1931 - 4 June 2019", "2 May 1931"),
    ("date_of_birth", "Commande pierre tombale\nInscription : « Jean Roy, 12/03/1940 – 04/05/2021 »", "12/03/1940"),
    ("date_of_birth", "Pedido de lápida\nTexto: Iker Godoy Ruiz, 5 de abril de 1958—02/09/2026", "5 de abril de 1958"),
    ("date_of_birth", "Bestelling grafsteen\nTekst: 'Jan de Boer 12-03-1940 – 04-05-2021'", "12-03-1940"),
    # 5. a passport, then a dash's aside with its number
    ("passport", "To release the parcel we need a copy of your passport - the number on your form is C03812042, thanks.",
     "C03812042"),
    ("passport", "Wir brauchen eine Kopie Ihres Reisepasses – die Nummer im Antrag lautet C01X00T47.", "C01X00T47"),
    ("passport", "Il nous faut une copie de votre passeport – le numéro indiqué est 18AB12345, merci.", "18AB12345"),
    ("passport", "Necesitamos una copia de su pasaporte – el número del formulario es PAA123456.", "PAA123456"),
    ("passport", "We hebben een kopie van uw paspoort nodig – het nummer op het formulier is NP1234567.", "NP1234567"),
    ("passport", "COPY OF YOUR PASSPORT — THE NUMBER YOU GAVE IS 584039208", "584039208"),
]

CLEAN = [
    # 1. a build-up's spec
    ("street_address", "Fensterbestellung\nScheibenaufbau 4/16/4, Ug 1,1 W/m²K, Pos. 2"),
    ("street_address", "Schichtaufbau 8/12/8 VSG laut Aufmaß"),
    # 2. a company's own address on its notice
    ("street_address", "Die Vorstellung am 3. Mai entfällt. Münchner Kammerspiele, Maximilianstraße 26."),
    ("street_address", "Le concert du 3 mai est annulé. Orchestre de Paris, 221 avenue Jean-Jaurès."),
    ("street_address", "Se cancela el concierto. Orquesta Nacional, calle Príncipe de Vergara 146."),
    ("street_address", "Vorstellung fällt aus. Kino Babylon, Rosa-Luxemburg-Straße 30"),
    # 3. no name between the label and the date
    ("date_of_birth", "Stallbuch\nBorn: 2 calves, on 19-06-2013"),
    ("date_of_birth", "Seminar im Raum Max Born: Wärmelehre und Optik, am 08.11.2026"),
    ("date_of_birth", "Lecture in the Born: Fourier Series And Waves, on 8 November 2026"),
    # 4. a range with no memorial's word, or no name before it
    ("date_of_birth", "Mietvertrag\nAnna Weber Laufzeit 01.01.2024 – 31.12.2025"),
    ("date_of_birth", "Grabstein-Pflege\nLaufzeit: 01.01.2024 – 31.12.2025"),
    # 5. another thing's number after the dash
    ("passport", "Bitte Reisepass und Bestellung bereithalten – die Nummer lautet C01X00T47."),
    ("passport", "Apportez votre passeport et la facture – le numéro est 18AB12345."),
    # 6. a freight document's number
    ("payment_card", "ARRIVAL NOTICE\nHBL: 4539578763621486   MBL: 9816536762\nPOL: Rotterdam"),
    ("payment_card", "Shipment update - B/L No. 4539578763621486, vessel MSC Anna"),
    ("payment_card", "Ankunftsmeldung\nKonnossement-Nr. 4539578763621486, Container MSKU 4829136"),
    ("payment_card", "Avis d'arrivée : connaissement n° 4539578763621486"),
    ("payment_card", "Aviso de llegada: conocimiento de embarque 4539578763621486"),
    ("payment_card", "Aankomstbericht, vrachtbrief 4539578763621486"),
    ("payment_card", "Air freight: AWB 4539578763621486 arrived"),
]

STILL = [
    # 1. streets in "-bau" and "-au"
    ("street_address", "wohnhaft Neubau 4, 1070 Wien", "Neubau 4, 1070 Wien"),
    ("street_address", "Wohnhaft Lindenau 3, 04177 Leipzig", "Lindenau 3, 04177 Leipzig"),
    # 2. a person before a company's street
    ("street_address", "Anna Weber, Bertolt-Brecht-Platz 1, 10117 Berlin", "Bertolt-Brecht-Platz 1, 10117 Berlin"),
    ("street_address", "Kontakt: Jan Berg, Maximilianstraße 26, 80539 München", "Maximilianstraße 26, 80539 München"),
    # 3. a birth's date after the label itself
    ("date_of_birth", "Geboren: 19.06.2013", "19.06.2013"),
    # 6. a card's word or an expiry beside a freight label
    ("payment_card", "HBL charges paid by card 4539578763621486", "4539578763621486"),
    ("payment_card", "BL 4539578763621486 exp 08/28", "4539578763621486"),
    # 7. the passport's column
    ("passport", "appt_id,applicant,dob,passport_no,service\n414808096,Jo Gutierrez,1958-12-20,427676924,visa D",
     "427676924"),
    # 8. the account key, and a password shaped like a setting
    ("secret", "userPassword: DefaultEndpointsProtocol=https;AccountName=jon79;AccountKey=S8fGd1otMqzb8+t0q0zw/iTK5HJtyzv+"
               "5+KxASdoF08kuxM+k/GrV/UCqAnA3ZGeyo2CtNZh/PrxJjOBLQDhUg==",
     "S8fGd1otMqzb8+t0q0zw/iTK5HJtyzv+5+KxASdoF08kuxM+k/GrV/UCqAnA3ZGeyo2CtNZh/PrxJjOBLQDhUg=="),
    ("secret", "userPassword: Endpoint=xy7;Pass=1", "Endpoint=xy7"),
]


NOT_FOUND = [
    # 7. an appointment's number
    ("passport", "appt_id,applicant,dob,passport_no,service\n414808096,Jo Gutierrez,1958-12-20,427676924,visa D",
     "414808096"),
    ("passport", "afspraak_id;paspoort;naam;geboortedatum\n414808096;NP1234567;Daan Bos;1958-12-20", "414808096"),
    ("passport", "Termin-Nr;Reisepass;Name\n414808096;C01X00T47;Jonas Roth", "414808096"),
    # 8. the setting is no secret, the account key is
    ("secret", "userPassword: DefaultEndpointsProtocol=https;AccountName=jon79;AccountKey=S8fGd1otMqzb8+t0q0zw/iTK5HJtyzv+"
               "5+KxASdoF08kuxM+k/GrV/UCqAnA3ZGeyo2CtNZh/PrxJjOBLQDhUg==", "DefaultEndpointsProtocol=https"),
]

test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
