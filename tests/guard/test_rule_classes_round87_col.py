"""The person rule classes fixed after the col bank's misses and false findings (round 87, helper B). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were:

1. a person: a skydiving load's numbered line, the jumper's role after the name ("Load 8\\n3 Myriam AFF 6\\n4 Kevin
   camera", "Carga 3\\n3 Gertrudis AFF nivel 5", "Absprungliste\\n4 Ulrike Kamera", "Rotation 6\\n4 Eugène vidéoman");
   an aircraft or a word on the line ("2 Cessna 182 TI", "3 Reserve AFF") stays clean;
2. a person: a round's driver in its heading ("Tournée du jeudi (livreur Christine)", "ROUND 7 - driver Daisy") or the
   writer's own ("My milkman is Steven if that helps", "Mein Milchmann ist Jonas"); a driver's kind ("(driver Vacancy)")
   stays clean;
3. a person: a printed keepsake's child ("Recuerdo de mi Primera Comunión - Calisto", "Hoera! Fleur is geboren op") and a
   birth card's proud parents ("Trotse ouders: Jozef Broeckx & Amber Broeshart"); a life's story ("Mozart ist geboren
   in Salzburg") stays clean;
4. a person: a chat's writer naming herself ("hey, ich bin's Linnea"), a neighbour at a house's number ("Jack at no. 22
   wants ..."), a relative who is called so ("der Sohn heißt Nicola"), an incident report's casualty ("Parte de
   incidente: Cebrián Miralles aterriza") and the one to call on a number ("Llamar a Baudelio al 843 ...");
5. not a person: a shade in quotes before its count ("gellak 'Máxima Oranje' x6", «Frida Coral» x4), a pigeon race before
   its liberation ("RESULT - Old Bird Nat, liberation Leeds"), an inn ("ab Vereinslokal Zur Post"), a voucher's kind
   ("Voucher: Gift - Red Letter"), a degree's year ("Master 2 Droit"), a ringed bird ("Paloma extraviada con anilla")
   and a vendor after a purchase ("achat d'un camion chez Diaz"); a person in quotes with no count, a person named Zur
   in small letters, a common first name after "chez" stay found.

Of the 64 cases below (35 to catch, 17 to leave clean, 12 to keep as found), 29 fail on round 86: 22 of the cases to
catch (the lone first names on the loads' lines, the brackets' drivers, the keepsakes, the writers naming themselves,
"at no. 22"'s English, the relatives and "Trotse ouders") and 7 of the cases to leave clean (the three quoted shades,
the race, the two inns and the ringed pigeon); the others were right already and guard the class's wording (a
driver after a dash, "Proud parents", the incident reports, the calls on a number with a listed first name).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

CATCH = [
    # 1. a load's numbered line
    ("person", "LOAD 4 | Twin Otter | call 11:10\n1 Tom Hale TI\n2 Jade Cole PAX\n3 Harriet AFF L2\n4 Owen camera", "Harriet"),
    ("person", "LOAD 4 | Twin Otter | call 11:10\n1 Tom Hale TI\n2 Jade Cole PAX\n3 Harriet AFF L2\n4 Owen camera", "Owen"),
    ("person", "Carga 2 - 10:15\n1 Ana Gil TI\n2 Luis Sanz PASAJERA\n3. Remedios AFF nivel 3\n4. Lucía cámara", "Remedios"),
    ("person", "Carga 2 - 10:15\n1 Ana Gil TI\n2 Luis Sanz PASAJERA\n3. Remedios AFF nivel 3\n4. Lucía cámara", "Lucía"),
    ("person", "Absprungliste Load 2 / 09:50\n1 Jana Roth TM\n2 Paul Weber PAX\n3 Lea AFF Level 5\n4 Jonas Kamera", "Lea"),
    ("person", "Absprungliste Load 2 / 09:50\n1 Jana Roth TM\n2 Paul PAX\n3 Lea AFF Level 5", "Paul"),
    ("person", "Rotation 2 - 9h40\n1 Paul Roy TAN\n2 Léa Martin PASSAGÈRE\n3 Manon PAC niveau 2\n4 Hugo vidéoman", "Manon"),
    ("person", "Rotation 2 - 9h40\n1 Paul Roy TAN\n2 Léa Martin PASSAGÈRE\n3 Manon PAC niveau 2\n4 Hugo vidéoman", "Hugo"),
    ("person", "Load 3 - 12:00\n1 Saar Peeters TI\n2 Joppe Claes PAX\n3 Fenna AFF 2\n4 Sem Camera", "Fenna"),
    # 2. a round's driver
    ("person", "Tournée du mardi (livreuse Solène)\narrêt;client;adresse", "Solène"),
    ("person", "ROUND 2 (Mon/Thu) - driver Harriet\nstop\tcustomer\taddress", "Harriet"),
    ("person", "Tour 5 (Fahrer Jonas)\nHalt;Kunde;Adresse", "Jonas"),
    ("person", "Ruta 1 - repartidor Luis\nparada;cliente", "Luis"),
    ("person", "Hi, my milkman is Owen, if that helps.", "Owen"),
    ("person", "Mein Milchmann ist Jonas, falls das hilft.", "Jonas"),
    ("person", "Mijn melkboer is Fenna.", "Fenna"),
    # 3. a keepsake's child, a birth card's parents
    ("person", "«Recuerdo de mi Primera Comunión – Remedios»\n60 unidades", "Remedios"),
    ("person", "Souvenir de ma Première Communion - Manon\n50 exemplaires", "Manon"),
    ("person", "“Hurra! Lea ist geboren am 3. Mai 2021”", "Lea"),
    ("person", "\"Hoera! Saar is geboren op 2 mei 2020\"", "Saar"),
    ("person", "Geboortekaartje\nTrotse ouders: Joppe Claes & Amber Broeshart\n100 stuks", "Amber Broeshart"),
    ("person", "Birth card\nProud parents: Tom Hale and Jade Cole\n100 cards", "Jade Cole"),
    # 4. a writer naming herself, a neighbour at a number, a relative, a casualty, the one to call
    ("person", "Insta: hey ich bins Jana, kann ich Freitag kommen?", "Jana"),
    ("person", "DM: hi it's me Jade, can I move to 3pm?", "Jade"),
    ("person", "coucou c'est moi Manon, je peux venir samedi ?", "Manon"),
    ("person", "notes: Owen at number 14 wants two pints, not one", "Owen"),
    ("person", "Notiz: Jonas in Nr. 7 möchte keine Sahne mehr", "Jonas"),
    ("person", "die Nachbarin sagt, die Tochter heisst Lea und hat einen Schlüssel", "Lea"),
    ("person", "the neighbour says her son is called Owen and has a key", "Owen"),
    ("person", "la voisine dit que le fils s'appelle Hugo et qu'il a une clé", "Hugo"),
    ("person", "Unfallbericht Halle 2: Jana Weber, Sturz beim Landen, Fallnummer 4471209.", "Jana Weber"),
    ("person", "Incident report: Tom Hale landed off the DZ, ankle.", "Tom Hale"),
    ("person", "Se vende bici. Llame a Remedios al 612 34 56 78.", "Remedios"),
    ("person", "Bike for sale, call Owen on 07700 900123.", "Owen"),
    ("person", "Fiets te koop, bel Fenna op 06-12345678.", "Fenna"),
]

CLEAN = [
    # 3. a booking's confirmation is no sacrament (the merge's dump: hamada's rowing head race)
    ("person", "Entry confirmation - Orlando Spring Head\nEvent: W4x Masters C\nClub: Melton Rowing Club"),
    ("person", "Confirmación de reserva: Hotel Miramar\nNoches: 3"),
    # 1. an aircraft or a word on a load's line
    ("person", "Load 4 - 11:10\n1 Cessna 182 TI\n2 Reserve PAX"),
    # 2. a driver's kind
    ("person", "Tournée du jeudi (livreur remplaçant)\narrêt;client"),
    # 3. a life's story
    ("person", "Der Komponist wurde 1685 in Eisenach geboren. Mozart ist geboren in Salzburg, nicht in Wien."),
    # 5. a shade in quotes with its count, a race, an inn, a voucher's kind, a degree, a ringed bird, a vendor
    ("person", "Order 4471: gel polish 'Audrey Red' x4, 'Grace Nude' x2, base coat."),
    ("person", "Bestellung 55: Nagellack „Sophia Berry“ x3, Top Coat x1."),
    ("person", "Pedido 9: esmalte «Carmen Rojo» x2, «Lola Nude» x1."),
    ("person", "Uitslag - Jonge Duiven Nationaal, lossing Orléans 07:10"),
    ("person", "RESULTS - Young Bird National, liberation Lerwick 07:10"),
    ("person", "Abfahrt 6 Uhr ab Gasthaus Zum Löwen."),
    ("person", "Treffpunkt: Gasthof Zur Sonne, 8 Uhr"),
    ("person", "Voucher:  Gift - Virgin Experience"),
    ("person", "Gutschein: Geschenk - Erlebnistag"),
    ("person", "Reliure : 2 ex., dos « Master 1 Droit public »."),
    ("person", "Paloma perdida con anilla ESP-23-654321 en mi balcón."),
    ("person", "Taube zugeflogen mit Ring DV-06123-22, bitte melden."),
    ("person", "Kauf eines Transporters bei Weber. Rest für Körbe."),
    ("person", "purchase of a van from Joly, balance carried forward."),
]

STILL = [
    # 1. the load's full names
    ("person", "LOAD 4 | Twin Otter | call 11:10\n1 Tom Hale TI\n2 Jade Cole PAX\n3 Harriet AFF L2", "Tom Hale"),
    # 2. a driver on a label
    ("person", "Driver: Tom Hale\nVan 3", "Tom Hale"),
    # 5. a person in quotes with no count, a small particle, a common first name after "chez"
    ("person", "Ticket for 'Anna Roth', row 4.", "Anna Roth"),
    ("person", "Gast: Anna zur Mühlen, Zimmer 4", "Anna"),
    ("person", "Achat du pain chez Georges ce matin.", "Georges"),
    ("person", "Paloma perdió su anillo ayer en el parque, dice Ana Gil.", "Ana Gil"),
    ("person", "Voor: Anny\nCadeaubon 50 euro", "Anny"),
    ("person", "Adrien Noël - Master 2 Droit des affaires", "Adrien Noël"),
    ("person", "Liebe Grüße von Sophia Berry", "Sophia Berry"),
    ("person", "RESULT - Tom Hale wins the Old Bird race.", "Tom Hale"),
    ("person", "Her son is called Owen Price.", "Owen Price"),
    ("person", "Call Tom Hale on 07700 900123.", "Tom Hale"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
