"""The structured rule classes fixed after the coulee and barchan banks' misses and false findings (issue 14,
round 64, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a medical record: a hospital admission's number ("Aufn.-Nr.", "Adm. no.", "opn.nr.") on a ward's list that
   names the ward by its compound ("Intensivstation 2", "Wochenstation", "Kraamafdeling", "maternity unit"); a
   weather station's list keeps its number unread, and so does a gas safety record whose address names a street
   "Station";
2. a medical record: German's "KV-Nr." (Krankenversichertennummer) in a letter about a patient's therapy; a
   bowling club's "KV-Nr." names no health insurance or care;
3. a medical record: the NHS number that a letter gives "as" its value ("lists your NHS number as ..."); a value
   that fails the NHS check digit stays no record;
4. a medical record: a donor's number beside an appointment to donate at a clock time ("welkom om te doneren op
   3 mei om 14:20", "booked to donate on 3 May at 14:20"); a charity's thanks for a gift names no clock time;
5. a date of birth: a childcare setting's list of its children, one a line, the date in brackets or between
   dashes after the name ("Kinderdagverblijf ...\\nSaar Peeters (09-06-2021): pinda", "Escuela infantil ...\\nNico
   Gil – 3 de febrero de 2022 – huevo"); a team rota's "Name (date): shift" and a date not yet past stay clean;
6. not an address: a practice or a firm announcing its own move ("Praxis für Ergotherapie: ab 1. Juni neue Räume
   in der ...", "Le cabinet dentaire déménage au ...", "La clínica dental se traslada a la calle ...",
   "Fysiotherapiepraktijk verhuist ... naar de ...", "Our surgery is moving to ..."); a family's move stays an
   address;
7. not an address: a count of dwellings after a building's or a street's name ("Résidence Les Tilleuls, 48
   logements", "Calle Goya, 36 viviendas"), and a score's points before a number-first "street" ("Bruttosieger 29
   Punkte. Course Rating"); a house number stays one;
8. not a passport: a booking's confirmation or locator right before the value in a travel booking that gives the
   passport above ("Hotel: 2 nights, confirmation ...", "localizador ...", "n° de réservation ..."); the passport's
   own number stays one;
9. not a payment card: several digit groups cut out of a longer dashed code that are no card's layout ("GC number
   47-406-..."); a card written in its groups stays one.

Of the 44 cases below (16 to catch, 28 to leave or keep as they were), 25 fail on round 63.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

_DE_WARD = "Intensivstation 2 – Besuchsregelung\nBett 3: Jonas Weber (Aufn.-Nr. K4471203)\n  Ehefrau: Mia Weber"
_NL_WARD = "Kraamafdeling – bezoekerslijst\nKamer 4: Lotte Bos (opn.nr. 5519024)\n  Partner: Daan Bos"
_EN_WARD = "Maternity unit – visitor list\nBay 2: Amy Stone (Adm. no. 7730215)\n  Partner: Rob Stone"
_DE_KV = ("An die Praxis Dr. Hannah Roth\nBetr.: Herr Jonas Weber, geb. 03.05.1961, KV-Nr. K203344187\n"
          "Die Physiotherapie ist abgeschlossen, der Patient ist beschwerdefrei.")
_EN_TRAVEL = ("Trip to the Lisbon summit\nTraveller: Tom Hale\nPassport no: 502233105\n"
              "Hotel: 2 nights, Tivoli Oriente, confirmation 771203448\nDiet: vegan")
_ES_TRAVEL = "Viaje al congreso de Oviedo\nNombre: Nerea Gil\nPasaporte: PAB482118\nHotel: 3 noches, localizador 553120447"
_FR_TRAVEL = "Voyage à Lyon\nNom : Odile Roy\nPasseport : 21AB44712\nHôtel : 2 nuits, n° de réservation 591204883"
_NL_KDV = ("Kinderdagverblijf De Eikel – allergielijst groep Egeltjes\nSaar Peeters (09-06-2021): pinda, ouder: 06 41237790\n"
           "Bram de Vries (3 maart 2022): koemelk\nBijgewerkt door juf Anja")
_ES_KDV = ("Escuela infantil Pompitas – alergias (aula de 1 año)\nNico Gil – 3 de febrero de 2022 – huevo – tel. 677 120 451\n"
           "Lola Ruiz – 14-11-2021 – gluten")
_DE_KDV = "Kita Sonnenschein – Allergieliste Gruppe Bären\nLeon Bauer (3. Juli 2021): Erdnuss\nMila Roth (12.01.2022): Milch"
_EN_KDV = "Little Oaks Nursery – allergy register\nMia Carter (14/06/2021): sesame, inhaler in office\nNoah Hill (2 May 2022): egg"

CATCH = [
    # 1. an admission's number on a ward's list
    ("medical_record", _DE_WARD, "K4471203"),
    ("medical_record", _NL_WARD, "5519024"),
    ("medical_record", _EN_WARD, "7730215"),
    # 2. the KV-Nr. in a letter about a patient
    ("medical_record", _DE_KV, "K203344187"),
    # 3. the NHS number given "as" the value
    ("medical_record", "The discharge letter lists your NHS number as 943 476 5919, please check it.", "943 476 5919"),
    # 4. a donor's number beside an appointment to donate at a clock time
    ("medical_record", "Bloedbank: Beste Tom, welkom om te doneren op 3 mei om 14:20 in het buurthuis. Donornummer "
                       "D-4471203. Vergeet uw ID niet.", "D-4471203"),
    ("medical_record", "Hi Sam, you are booked to donate on 3 May at 14:20 at the village hall. Donor number 55190245.",
     "55190245"),
    # 5. a childcare setting's list of its children
    ("date_of_birth", _NL_KDV, "09-06-2021"),
    ("date_of_birth", _NL_KDV, "3 maart 2022"),
    ("date_of_birth", _ES_KDV, "3 de febrero de 2022"),
    ("date_of_birth", _ES_KDV, "14-11-2021"),
    ("date_of_birth", _DE_KDV, "3. Juli 2021"),
    ("date_of_birth", _DE_KDV, "12.01.2022"),
    ("date_of_birth", _EN_KDV, "14/06/2021"),
    ("date_of_birth", _EN_KDV, "2 May 2022"),
    ("date_of_birth", "Crèche Les Lutins – allergies\nLéa Martin (3 mai 2021) : arachide\nTom Roy (8 juin 2022) : lait",
     "3 mai 2021"),
]

CLEAN = [
    # 1. no ward: a weather station's list, a gas safety record with a street named "Station"
    ("medical_record", "Wetterstation 4 – Messliste\nPunkt 2 (Aufn.-Nr. K4471204)\n  Sensor: Temperatur"),
    ("medical_record", "GAS SAFETY RECORD (CP12)\nRecord no: 4471203558\nLandlord: Ann Lowe\n"
                       "Landlord address: Flat 2\nBramble Station\nYork\nYO1 7HH\nTenant: Mr Hale"),
    # 4. a charity's thanks, no clock time
    ("medical_record", "Thank you for your donation of £20 to the blood bikes appeal. Donor ref 4471203."),
    # 5. a team rota under no childcare word; a date not yet past
    ("date_of_birth", "Team rota – warehouse\nAnna Smith (12.03.2021): late shift\nTom Hale (13.03.2021): early shift"),
    ("date_of_birth", "Crèche Les Lutins – sorties\nLéa Martin (3 mai 2031) : zoo"),
    # 6. a practice's or a firm's move
    ("street_address", "Praxis für Ergotherapie: ab 1. Juni neue Räume in der Schillerstraße 8, 1. OG."),
    ("street_address", "Le cabinet dentaire déménage au 8 rue Pasteur en juin ; le numéro de téléphone ne change pas."),
    ("street_address", "La clínica dental se traslada a la calle Goya 8 en junio. El teléfono no cambia."),
    ("street_address", "Fysiotherapiepraktijk verhuist per 1 juni naar de Kerkstraat 8. Het telefoonnummer blijft."),
    ("street_address", "Our surgery is moving to 8 Church Lane in June; the phone number stays the same."),
    # 7. a count of dwellings, a score's points
    ("street_address", "Charges 2025 : ascenseur 4 210 €. Résidence Les Tilleuls, 48 logements, chauffage collectif."),
    ("street_address", "Gastos 2025: ascensor 4.210 €. Calle Goya, 36 viviendas, garaje comunitario."),
    ("street_address", "Monatsbecher: Bruttosieger 22 Punkte, Nettosieger 29 Punkte. Course Rating 71,4 / Slope 128."),
    # 8. a booking's number in a travel booking
    ("payment_card", "Boiler service: Vaillant ecoTEC plus, GC number 41-431-7302218809. Flue test passed."),
]

NOT_FOUND = [
    # 8. a booking's own number, no passport
    ("passport", _EN_TRAVEL, "771203448"),
    ("passport", _ES_TRAVEL, "553120447"),
    ("passport", _FR_TRAVEL, "591204883"),
    # 3. a value that fails the NHS check digit
    ("medical_record", "The discharge letter lists your NHS number as 943 476 5918, please check it.", "943 476 5918"),
    # 2. a bowling club's number
    ("medical_record", "Kegelverein Gut Holz (KV)\nMitglied: Jonas Weber, KV-Nr. 4471\nBeitrag bezahlt", "4471"),
]

STILL = [
    ("passport", _EN_TRAVEL, "502233105"),
    ("passport", _ES_TRAVEL, "PAB482118"),
    ("passport", _FR_TRAVEL, "21AB44712"),
    ("medical_record", "Ward 4 handover\nBed 2: Ann Lowe, hospital no. 4471203, for discharge", "4471203"),
    ("street_address", "We are moving to 8 Church Lane, Leeds LS2 7AB in June - come and visit!", "8 Church Lane, Leeds LS2 7AB"),
    ("street_address", "Wir ziehen im Juni in die Schillerstraße 8, 10115 Berlin – kommt vorbei!", "Schillerstraße 8, 10115 Berlin"),
    ("street_address", "Please send the invoice to 12 Point Pleasant Road, Leeds LS2 7AB.", "12 Point Pleasant Road, Leeds LS2 7AB"),
    ("payment_card", "Paid by card 4111 1111 1111 1111, exp. 09/28.", "4111 1111 1111 1111"),
    ("phone", _NL_KDV, "06 41237790"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
