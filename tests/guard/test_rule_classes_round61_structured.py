"""The structured rule classes fixed after the kopje and flatiron banks' misses and false findings (issue 14, round
61, structured half). Each case is worded differently from the banks, in the languages where the class exists, with
near misses that must stay as they were:

1. a passport: a list of passports under the line that asks for them, its rows opened by the middle dot, the small
   square or the white bullet a phone's or a mail client's list puts there ("· Lena Wolf: C01X00T47", "▪ Inès Roy :
   18AB12345", "◦ Daan Bos: NP1234567"), as the hyphen's and the dot's rows were read; a list under another line
   stays clean;
2. a phone: someone told of an event by phone, the number right after the verb, in brackets, after its colon or
   after ", number" ("son notified (07700 900123)", "Tochter verständigt (0171 2345678)", "mère prévenue (06 12 34
   56 78)", "madre avisada (612 345 678)", "Dochter gebeld: 06-41237788", "Hat eben angerufen, Nummer 0503
   1570164"); a date after the verb stays unread;
3. not a phone: a firm's VAT number, its label then the country's two letters apart from the digits ("USt-IdNr. DE
   813 442 907", "VAT reg. no. GB 813 442 907", "BTW-nr. NL 813 442 907"); a phone's word before a country's two
   letters keeps a phone;
4. not an address: a care practice placed on its street by the preposition ("Praxis in der Goethestraße 14", "the
   surgery at 12 High Street", "pharmacie de garde au 4 rue Pasteur", "clínica de guardia en la calle Mayor 3",
   "spoedpost in de Van Goghstraat 20"); a patient's home named after a visit and a home beside a pharmacy stay
   addresses;
5. a medical record: a client's number or reference in a home care visit's record with the care worker's own
   field ("Carer: ... | Client ref: ...", "Pflegekraft: ... | Klienten-Nr.: ...", "Auxiliaire de vie : ... | Réf.
   usager : ...", "Cuidadora: ... | N.º de usuario: ...", "Verzorgende: ... | Cliëntnummer: ..."); a shop's agent's
   or a driver's field beside a client's reference stays clean.

Of the 44 cases below (19 to catch, 25 to leave or keep as they were), 25 fail on round 60.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

_ES_LIST = ("Hola:\nPara reservar el ferry necesito los números de pasaporte. De momento:\n· Lucía Herrero: PAB482117\n"
            "· Iker Soler: 318204775\nLo demás, por correo.")
_DE_LIST = "Passnummern für die Anmeldung:\n▪ Jonas Beck: C01X00T47\n▪ Lena Wolf: C22X31T58"
_NL_LIST = "Paspoortnummers voor de camping:\n◦ Daan Bos: NP1234567\n◦ Fenna Smit: NX7146032"

CATCH = [
    # 1. a list of passports, its rows opened by another bullet
    ("passport", _ES_LIST, "PAB482117"),
    ("passport", _ES_LIST, "318204775"),
    ("passport", _DE_LIST, "C22X31T58"),
    ("passport", _NL_LIST, "NP1234567"),
    ("passport", "Passport numbers for the visa form:\n· Tom Hale: 512345678\n· Amy Lowe: 533982214", "533982214"),
    # 2. someone told of an event by phone, the number right after the verb
    ("phone", "Fall im Bad um 06:40, keine Verletzung, Tochter verständigt (01712345678). Kontrolle um 9.", "01712345678"),
    ("phone", "Chute dans la chambre, pas de blessure, mère prévenue (0612345678)\n14h00 visite", "0612345678"),
    ("phone", "Caída en el pasillo, sin lesiones, madre avisada (612345678). Revisar a las 10.", "612345678"),
    ("phone", "Valpartij op de trap, geen letsel. Dochter gebeld: 0641237788.", "0641237788"),
    ("phone", "Slipped in the lounge at 15:20, no injury, son notified (07700900123). Recheck at 6.", "07700900123"),
    ("phone", "Können wir Frau Adler auf Freitag legen? Hat eben angerufen, Nummer 05031598274", "05031598274"),
    ("phone", "Mr Dunn rang earlier about the boiler, number 01632960983", "01632960983"),
    # 5. a client's number in a home care visit's record
    ("medical_record", "Visit notes | 4 May 2026 08:15 | Carer: Joan Pike | Client ref: H7720341\nBreakfast eaten.",
     "H7720341"),
    ("medical_record", "Einsatzprotokoll | 03.04.2025 | Pflegekraft: Jana Roth | Klienten-Nr.: K4471209\nGewaschen.",
     "K4471209"),
    ("medical_record", "Fiche de passage | Auxiliaire de vie : Inès Roy | Réf. usager : 2024-518207\nRepas pris.",
     "2024-518207"),
    ("medical_record", "Parte de visita | Cuidadora: Rocío Vidal | N.º de usuario: 2023-771046\nDesayunó bien.",
     "2023-771046"),
    ("medical_record", "Bezoekverslag | Verzorgende: Fenna Smit | Cliëntnummer: 4471209\nGoed gegeten.", "4471209"),
    # and what stays found beside the classes
    ("phone", "Rechnung\nTel. 0171 2345678\nUSt-IdNr. DE 813 442 907", "0171 2345678"),
    ("street_address", "Hausbesuch bei Frau Roth in der Lindenstraße 3, 34117 Kassel.", "Lindenstraße 3, 34117 Kassel"),
]

CLEAN = [
    # 1. a list under a line that names no passport
    ("passport", "Mitgliedsnummern für die Anmeldung:\n▪ Jonas Beck: C01X00T47\n▪ Lena Wolf: C22X31T58"),
    ("passport", "Numéros de licence :\n· Inès Roy : 18AB12345"),
    # 3. a firm's VAT number
    ("phone", "Rechnung Nr. 4471\nNetto: 1.204,50 €\nUSt-IdNr. DE 813 442 907\nZahlbar sofort."),
    ("phone", "Invoice 2291\nTotal: £410.00\nVAT reg. no. GB 723 410 559"),
    ("phone", "Factuur 5521\nBTW-nr. NL 854 120 337\nBetaling binnen 30 dagen."),
    ("phone", "Facture 88\nN° TVA : FR 81 344 290 712"),
    ("phone", "Factura 12\nNIF-IVA: ES 612 345 678"),
    # 4. a care practice placed on its street
    ("street_address", "Ärztlicher Notdienst am Feiertag: Praxis in der Goethestraße 14, 10–12 Uhr."),
    ("street_address", "Bank holiday cover: the surgery at 12 High Street is open 9-11."),
    ("street_address", "Dimanche, pharmacie de garde au 4 rue Pasteur, de 9 h à 12 h."),
    ("street_address", "Este domingo, clínica de guardia en la calle Mayor 3, de 9 a 13 h."),
    ("street_address", "Huisartsenpost in het weekend: spoedpost in de Van Goghstraat 20, 10–14 uur."),
    ("street_address", "Tandartsendienst: de praktijk aan de Dorpsstraat 4 is zaterdag open."),
    ("street_address", "Notfallapotheke am Marktplatz 2 hat heute Dienst."),
    # 5. no care worker's field
    ("medical_record", "Order log | Agent: Joan Pike | Client ref: H7720341\nShipped."),
    ("medical_record", "Delivery log | Driver: Joan Pike | Client ref: H7720341\nLeft at door."),
]

NOT_FOUND = [
    # 2. a date after the verb is no phone
    ("phone", "Daughter informed on 03/05/2024 at 12:00.", "03/05/2024"),
    # 3. the VAT number's digits
    ("phone", "UID-Nr. ATU 12345678, Wien", "12345678"),
]

STILL = [
    ("street_address", "Wir wohnen neben der Apotheke, Lindenstraße 3.", "Lindenstraße 3"),
    ("street_address", "Visit to Mr Hill at 4 Mill Lane tomorrow.", "4 Mill Lane"),
    ("street_address", "Ich wohne neben der Apotheke, in der Lindenstraße 3.", "Lindenstraße 3"),
    ("phone", "Tel. DE 0171 2345678", "0171 2345678"),
    ("passport", "Passport numbers for the ferry booking:\nLena Vos - X1234567", "X1234567"),
    ("phone", "Caída en el pasillo, madre avisada al 612345678.", "612345678"),
    ("passport", "Viaje – pasaportes\nResponsable: Marta Ibáñez, pasaporte 634118902", "634118902"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
