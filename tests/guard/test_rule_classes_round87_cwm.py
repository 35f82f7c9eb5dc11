"""The person and structured rule classes fixed after the cwm bank's false and missed findings (round 87: a sawmill and
timber yard, a board-game café, costume hire, a tobacconist and newsagent, a cider press, a crèche). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were:

1. not a person: an order's or a delivery's item after its count ("10 x Romeo y Julieta Churchill (box 25)", "10 boîtes
   Romeo y Julieta n° 2, 5 Montecristo Edmundo", "3 x Dr. Eureka", "1 x 20L Ellis Bitter"), in an order's text with two
   counted items at least; rooms' numbers before people and a ticket's count stay people;
2. not a person: a returns note's title before its count ("Donald Duck Extra ISBN ... x 4", "Radio Times Christmas x
   11"); people with ticket counts and no returns' word stay people;
3. not a person: a price list's item before its dotted leader and price, a product's word or a dimension between
   ("Douglas balk 75x200 ...... € 66,80/m", "Nr. 230 Napoleon Mantel + Zweispitz ...... 95,11 €"), and its delivery
   terms in km ("Frei Bau im Umkreis von 30 km", "Franco chantier ... dans un rayon de 30 km"); a bar tab's name
   before its dots and price stays a person;
4. not a person: a variety in a list after its label or in a fruit's brackets ("Sorten: Goldparmäne, Jakob Fischer",
   "pommes à cidre (Kermerrien, Douce Moen)"), a blend's share ("Dabinett 60 / Kingston Black 15"), a batch's word
   before its number ("Pasteur Charge 163655976"); pickers listed after their label stay people;
5. not a person: a street named after a friar or a title ("calle Fray Ceferino González"), a costume's size ("Piet
   Piraat mt. 152"), a monarch's numeral ("le costume de Louis XIV"), a shop's team ("l'équipe du Dé Pipé"), a
   tobacconist's or a games shop's word ("Trafik Hofer - Anmeldung", "Groetjes, Spellenhuis De Pion"), games a booking
   wants ready ("wollen Just One und Codenames vorbereitet"); "Frau Koch II" and "l'équipe de Marie" stay people;
6. a person: a staff member or a first aider named after a label that follows a log line's sentence ("sin documento.
   Dependiente: Perlita", "EHBO: Edwin (BHV).", "Premiers secours : André (SST)."), a child's first name before its
   age in brackets ("Brian (2y 4m) bumped head"), the one whose emergency contacts a form lists ("Emergency contacts for
   Charles:"); "Staff: none" and a wine's age stay clean;
7. a medical record: an NHS number whose label is hedged "if known" ("NHS number if known: 061 937 1838"), and a
   national number's the same way in the other languages ("BSN indien bekend: ...").

Of the 80 cases below (20 to catch, 38 to leave clean, 22 to keep as found), 26 fail on round 86: 7 of the cases to catch
(the Spanish and the Dutch first aiders, the German child's age, the three emergency contacts' forms and the NHS
number "if known"; the staff labels, the other ages and the bracketed "(if known)" were found already, they guard the
class's wording) and 19 of the cases to leave clean (the orders but the English one, the English returns note, the
English and the Spanish price lists, every variety, blend and batch, the costume's sizes, the French monarch, the French
team and the tobacconist).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

CATCH = [
    # 6. a staff member or a first aider after a log line's sentence
    ("person", "21:04 Verkauf verweigert (Tabak), kein Ausweis. Verkäuferin: Jana", "Jana"),
    ("person", "2024-03-02 17:10 refused 2 x Amber Leaf, no ID shown. Cashier: Harriet.", "Harriet"),
    ("person", "18:22 vente refusée (cigarettes), pas de pièce d'identité. Vendeuse : Manon", "Manon"),
    ("person", "19:07 venta denegada (vapeador), sin DNI. Cajera: Remedios", "Remedios"),
    ("person", "20:11 verkoop geweigerd (sigaretten), geen ID. Medewerker: Fenna", "Fenna"),
    ("person", "Le 3 mai, entaille au pouce sur la scie. Secouriste : Solène (SST).", "Solène"),
    ("person", "Am 3. Mai Schnitt am Daumen an der Kreissäge. Ersthelfer: Dominik.", "Dominik"),
    ("person", "Corte en el pulgar con la ingletadora. Primeros auxilios: Luis (socorrista).", "Luis"),
    ("person", "Zaagwond aan de duim. EHBO: Joppe (BHV).", "Joppe"),
    # 6. a child's age in brackets
    ("person", "Unfallbericht\nMia (3 J. 2 M.) ist von der Rutsche gefallen, Knie gekühlt.", "Mia"),
    ("person", "Incident\nLéo (2 ans) a mordu un camarade au goûter.", "Léo"),
    ("person", "Parte de incidencias\nLucía (2 años) se cayó en el patio.", "Lucía"),
    ("person", "Ongevalsformulier\nSanne (3 jaar) viel van de glijbaan.", "Sanne"),
    ("person", "Accident form\nOscar (18 months) trapped a finger in the door.", "Oscar"),
    # 6. emergency contacts for
    ("person", "Notfallkontakte für Lena:\n1. Anna Roth (Mama) 0171 2345678", "Lena"),
    ("person", "Contacts d'urgence pour Manon :\n1. Léa Roy (maman) 06 12 34 56 78", "Manon"),
    ("person", "Noodcontacten voor Sanne:\n1. Saar Peeters (moeder) 06-12345678", "Sanne"),
    # 7. a number's label hedged "if known"
    ("medical_record", "Accident book\nWhat happened: splinter in the eye.\nNHS number (if known): 943 476 5919", "943 476 5919"),
    ("medical_record", "NHS number if known: 943 476 5919", "943 476 5919"),
    ("national_id", "Aanmelding vrijwilliger\nBSN indien bekend: 123456782\nIBAN: volgt", "123456782"),
]

CLEAN = [
    # 1. an order's items after their counts
    ("person", "Wholesale order 4471\n12 x Montecristo Edmundo (box 10) EAN 1234567890123\n6 x Cohiba Robusto (box 25)\nTotal £1,204.00"),
    ("person", "Lieferung RE-4471: 3x Dr. Eureka, 2x Catan, 1x Azul. Summe 120,00 €"),
    ("person", "Commande n° 4471, facture 2024/12 : 4 Dixit, 2 Carcassonne, 3 Dr. Eureka. Colissimo."),
    ("person", "Pedido 4471, entrega: 5 cajas Romeo y Julieta n° 4, 2 Partagás, 100 Rizla. Total 980,00 €"),
    ("person", "Bestelling 4471, factuur RE12: 2x Dr. Eureka, 4x Qwirkle. Verzonden met PostNL."),
    ("person", "Invoice 4471\n3 x 20L Dabinett single variety ... £210.00\n1 x 20L Kingston Black single variety ... £90.00"),
    # 2. a returns note's titles before their counts
    ("person", "Remission 4471 vom 3. Mai: Micky Maus Magazin ISBN 978-3-16-148410-0 x 5, Bravo x 3. Gutschrift 44,10 €"),
    ("person", "Returns note 4471\nViz Annual ISBN 9780841693401 x 2\nRadio Times Christmas x 8\nCredit due: £41.20"),
    ("person", "Retour 4471 du 3 mai : Paris Match x 4, Spirou x 6. Crédit 31,20 €."),
    # 3. a price list's items and its delivery terms
    ("person", "Price list sawn timber\nDouglas fir board 22x150 ........ £4.20/m\nLarch cladding 19x125 ........ £3.90/m\n"
               "Free delivery within 25 km over £400"),
    ("person", "Preisliste Kostümverleih\nNr. 12 Napoleon Uniform + Hut ...... 45,00 €\nNr. 13 Sisi-Kleid ...... 55,00 €"),
    ("person", "Tarifa madera\nPino Douglas viga 200x200 ...... 42,00 €/ml\nAlerce tabla 22x130 ...... 18,50 €/m²\n"
               "Portes pagados en un radio de 30 km desde 600 €"),
    ("person", "Preisliste Holz\nDouglasie Latte 24x48 ...... 1,20 €/lfm\nLärche Brett 27x140 ...... 6,80 €/lfm\n"
               "Frei Baustelle im Umkreis von 40 km ab 500 €"),
    # 4. varieties, blends and batches
    ("person", "Pressing report: 12 t, varieties: Dabinett, Kingston Black, Tom Putt, Harry Masters Jersey."),
    ("person", "Rapport de pressage : 8 t, variétés : Kermerrien, Douce Moen, Marie Ménard."),
    ("person", "Persdag: 250 kg ciderappels (Goudreinet, Jacques Lebel), sap mee in bag-in-box."),
    ("person", "batch,blend,abv\nB-12,Dabinett 50 / Tom Putt 30 / Kingston Black 20,6.8"),
    ("person", "Abfüllung: Bramley 50 % / Jakob Fischer 50 %, Charge 4471."),
    ("person", "Pressprotokoll 3. Mai: Apfelmost. Pasteur Charge 4471209."),
    # 5. streets, sizes, monarchs, teams, shops and games
    ("person", "Entrega en calle Fray Luis de León 14, Salamanca."),
    ("person", "Avenida Padre Jesús Ordóñez 12, Madrid"),
    ("person", "Verhuur\tPiet Piraat maat 140\t3 dagen"),
    ("person", "Kostümverleih: Pippi Langstrumpf Gr. 128 bis Montag."),
    ("person", "Caution de 200 € pour le costume de Henri IV, rendu lundi."),
    ("person", "Deposit taken for the Henry VIII costume, back on Monday."),
    ("person", "Merci pour votre commande ! L'équipe du Dé Pipé"),
    ("person", "Danke für Ihre Bestellung! Das Team vom Würfelturm"),
    ("person", "Trafik Moser - Anmeldung Aushilfe"),
    ("person", "Bedankt voor je bestelling. Groetjes, Spellenhuis Dobbel"),
    ("person", "Tischreservierung für 6, Hinweis: sie wollen Azul und Codenames vorbereitet"),
    ("person", "Table booking for 6: they want Dixit and Codenames ready at 7pm"),
    # 6. labels that hold no one, a wine's age
    ("person", "18:20 refused 20 x Marlboro Gold, no ID shown. Staff: none"),
    ("person", "Coupure au doigt. Premiers secours : oui (SST)."),
    ("person", "Carte des vins : Bordeaux (2 ans) au verre."),
    ("person", "Puppy report: our pup Bella (4 months) is settling in well."),
    # 7. a phone after a hedged label that is no number's name
    ("medical_record", "Phone if known: 061 937 1838"),
    ("medical_record", "Mobile (if known): 07700 900123"),
    ("national_id", "Telefoonnummer indien bekend: 0612345678"),
]

STILL = [
    # 1. a numbered list's places and a year before "for" are no counts (the merge's dump: sastrugi, serac)
    ("person", "[19:07] captain: ta. board order: 1 Toby Jones, 2 Monica Newman, 3 Alan (if back from hols)", "Toby Jones"),
    ("person", "Batting order: 1 Tom Hale, 2 Jade Cole, 3 Owen Price. Order of play after tea.", "Jade Cole"),
    ("person", "Podio: 1 Ana Gil, 2 Luis Sanz, 3 Marta Ruiz (pedido de medallas enviado)", "Luis Sanz"),
    ("person", "date of birth, which we have as August 13, 2016 for Max Brown. Orders placed before May 1 ship free.",
     "Max Brown"),
    # 1. rooms' numbers before people, a ticket's count
    ("person", "Zimmer: 12 Anna Roth, 14 Tom Hale", "Anna Roth"),
    ("person", "Tickets: 2 x Anna Roth", "Anna Roth"),
    ("person", "Rota 14:30\n1 Frazer Garrihy TI\n2 Stacey Martin PAX", "Stacey Martin"),
    ("person", "11:00 Mill Rd shops\n11:45 Georgina Nicholls (4 Elm Rd) - audiobooks", "Georgina Nicholls"),
    # 2. people with their tickets' counts
    ("person", "Tombola: Anna Roth x 2, Tom Hale x 3", "Anna Roth"),
    # 3. a bar tab's and a staff list's names before their dots
    ("person", "Tab\nAnna Weber ...... 12,50 €\nTom Hale ...... 8,00 €", "Anna Weber"),
    ("person", "Staff list\nAnna Weber ........ ext. 204", "Anna Weber"),
    # 4. pickers after their label
    ("person", "Pflücker: Anna Roth, Tom Hale", "Anna Roth"),
    # 5. a practice's second doctor, a team of a person
    ("person", "Ihr Termin in der Praxis Frau Koch II ist bestätigt.", "Koch"),
    ("person", "Merci pour tout, l'équipe de Marie Dubois", "Marie Dubois"),
    ("person", "Booking: they want Emma and Tom ready by 9", "Emma"),
    ("person", "Recogido por Fray Luis Gil en la calle Mayor.", "Luis Gil"),
    # 6. a staff label at a line's start, an age with a surname after
    ("person", "Wachmann: Editha", "Editha"),
    ("person", "Dependiente: Laura", "Laura"),
    ("person", "Emma Roth (3 J.) ist gestolpert.", "Emma Roth"),
    # 7. the NHS number's and the BSN's plain labels
    ("medical_record", "NHS number: 943 476 5919", "943 476 5919"),
    ("national_id", "BSN: 123456782", "123456782"),
    ("phone", "Phone if known: 061 937 1838", "061 937 1838"),
    ("person", "Kiosk staff: Anna Roth", "Anna Roth"),
    ("person", "Order 4471 for Anna Roth: 3 x Catan", "Anna Roth"),
    ("person", "Invoice to Tom Hale, 2 x 20L Dabinett", "Tom Hale"),
    ("person", "Sorten wählte Anna Roth aus.", "Anna Roth"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
