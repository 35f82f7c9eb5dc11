"""The structured rule classes fixed after the dene bank's misses and false findings (round 83, structured half). Each
case is worded differently from the bank, in the languages where the class exists, with near misses that must stay as
they were:

1. a medical record: a patient's or a hospital file's number told in a sentence about a stay in hospital, with a short
   "given by / according to" and who told it between the number's word and the number ("n° de dossier transmis par la
   fille : K2206809", "Patientennummer lt. Sohn 2024-118506", "patient number given by her husband: NHC-447120",
   "número de historia según su hijo 4471209", "patiëntnummer volgens de dochter 4471209"); an order's, a ticket's or a
   case's number with the same link, or a file number given by an insurer with no hospital near it, stays clean;
2. not a street: a motorway's or a road's exit by its number right before a number-first street, directions to a site
   ("sortie 12, avenue Charles-de-Gaulle", "take exit 4, Station Road", "afrit 7, ..."); the same street after an
   address's label stays an address;
3. not a street: a list's counted item, the count's sign after its number ("2x Tesla Model Y, 1x Bentley Flying Spur.")
   or a lower-case item word after the street's words and a second count on the line ("16 Ailsa Craig Common Green
   stones (set 3), 2 brooms"); a street with its postcode and town stays an address;
4. a date of birth: the birth's label, then in the same sentence a list's or a form's word and its verb right before
   the date ("her DOB is missing, the club list says 2012-09-28", "Geburtsdatum fehlt, laut Schulliste 28.09.2012",
   "sa date de naissance manque, la liste de l'école indique 28/09/2012", "falta su fecha de nacimiento, la lista del
   colegio dice 28/09/2012", "haar geboortedatum ontbreekt, volgens de schoollijst 28-09-2012"); a later date ("the
   invoice says" a date after this year) or a date in the next sentence stays clean;
5. a phone: someone told of an event, then "on"/"unter"/"au"/"al"/"op" and the number ("owner informed on 9155844007",
   "Halter verständigt unter 36326789", "propriétaire prévenu au 36326789"); a date or a count after the verb stays
   unread;
6. a phone: the writer asks to be called, then when (a time's preposition and a date or a time) before the number's
   colon or preposition ("Ruf mich bitte vor dem 25.03.2022 kurz an: 09130339530", "Please call me before 3 May on
   36326789", "Appelle-moi avant le 25/03 au 36326789", "Llámame antes del 25/03 al 36326789", "Bel me voor 25-03 even
   op 36326789"); a call asked about an order or an invoice, or with no time, stays unread.

Of the 49 cases below (23 to catch, 26 to leave or keep as they were), 26 fail on round 82: 20 of the cases to catch
(the Spanish record, the German record whose source closes with a colon, "Fallnummer laut Ehefrau: ...", and the German
call whose gap fits the phone words' window were read already) and six of the exit and counted-item cases of classes 2
and 3 (the English and the German exits were no streets already).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. a record's number, who gave it, a hospital near
    ("medical_record", "Paket nicht zugestellt. Frau Roth liegt seit Freitag im Krankenhaus (Patientennummer lt. Sohn "
                       "2024-118506).", "2024-118506"),
    ("medical_record", "Le facteur signale que Mme Roy est hospitalisée (n° de dossier transmis par la fille : K2206809).",
     "K2206809"),
    ("medical_record", "Driver note: Mrs Hale was admitted to St Mary's Hospital on Monday (patient number given by her "
                       "husband: NHC-447120).", "NHC-447120"),
    ("medical_record", "El repartidor avisa: la señora Gil está ingresada en la clínica, número de historia según su hijo "
                       "4471209.", "4471209"),
    ("medical_record", "Bezorger: mevrouw Bos is opgenomen in het ziekenhuis (patiëntnummer volgens de dochter 4471209).",
     "4471209"),
    ("medical_record", "Er wurde ins Klinikum eingeliefert, Fallnummer laut Ehefrau: 22018833.", "22018833"),
    ("medical_record", "SHE IS IN HOSPITAL SINCE MONDAY (PATIENT NUMBER ACCORDING TO HER SON 2019-447120)", "2019-447120"),
    # 4. the birth's label, a list's word and its verb, the date
    ("date_of_birth", "hi Sam - can you fix the roster? her DOB is missing on the form, the club list says 2012-09-28",
     "2012-09-28"),
    ("date_of_birth", "Für Lena fehlt noch ihr Geburtsdatum, laut Schulliste 28.09.2012", "28.09.2012"),
    ("date_of_birth", "Il manque sa date de naissance, la liste de l'école indique 28/09/2012", "28/09/2012"),
    ("date_of_birth", "Falta su fecha de nacimiento, la lista del colegio dice 28/09/2012", "28/09/2012"),
    ("date_of_birth", "Haar geboortedatum ontbreekt nog, volgens de schoollijst 28-09-2012", "28-09-2012"),
    ("date_of_birth", "Date of birth not on the entry form; registration sheet shows 3 May 2011", "3 May 2011"),
    # 5. told of an event, on the number
    ("phone", "Incident log: bike stolen from rack 3. Owner Mr. Hale informed on 9155844007. Ref 1676540549.", "9155844007"),
    ("phone", "Fahrrad gestohlen. Halter verständigt unter 36326789, Anzeige folgt.", "36326789"),
    ("phone", "Vélo volé. Le propriétaire a été prévenu au 36326789 ce matin.", "36326789"),
    ("phone", "Bici robada. La dueña fue informada al 36326789.", "36326789"),
    ("phone", "Fiets gestolen. Eigenaar geïnformeerd op 36326789.", "36326789"),
    # 6. call me, then when, then the number
    ("phone", "Das sehe ich kritisch. Ruf mich bitte bis Freitag kurz an: 09130339530\n\nGruß", "09130339530"),
    ("phone", "I think it's weak. Please call me before 3 May on 36326789.", "36326789"),
    ("phone", "Je trouve ça faible. Appelle-moi avant le 25/03 au 36326789.", "36326789"),
    ("phone", "Lo veo débil. Llámame antes del 25/03 al 36326789.", "36326789"),
    ("phone", "Dat vind ik zwak. Bel me voor 25-03 even op 36326789.", "36326789"),
]

CLEAN = [
    # 1. no record's word, or no hospital near
    ("medical_record", "Le client dit que le colis est perdu (n° de dossier donné par l'assureur : 4471209)."),
    ("medical_record", "Order number given by the customer: 4471209, the hospital canteen order."),
    ("medical_record", "numéro de commande donné par le fils : 4471209, il est hospitalisé."),
    ("medical_record", "Ticket number according to the hospital helpdesk 4471209."),
    ("medical_record", "Patientennummer laut Tochter 2024-118506, Lieferung pausiert."),
    # 2. an exit's number before a street
    ("street_address", "Accès au site : sortie 12, avenue Charles-de-Gaulle puis rue Victor-Hugo, à droite au rond-point."),
    ("street_address", "Directions: leave the M4 at exit 12, Station Road then left at the roundabout."),
    ("street_address", "Anfahrt: A3, Ausfahrt 12, dann rechts."),
    # 3. a counted item
    ("street_address", "Fleet for the gala: 2x Tesla Model Y, 1x Rolls-Royce Phantom, 1x Bentley Flying Spur. Rates on request."),
    ("street_address", "Kit list: 3x Oak Lane chairs, 2x tables."),
    ("street_address", "Order 2023/6973: 16 Ailsa Craig Common Green stones (set 3) re-handled, 2 brooms, 1 stop watch."),
    ("street_address", "Order: 4 Royal Oak Lane chairs, 2 tables, 1 bench."),
    # 4. a later date, or the date in the next sentence
    ("date_of_birth", "DOB still missing, the invoice says 2030-05-01"),
    ("date_of_birth", "DOB missing. The invoice says 2021-05-01"),
    # 5. a date or a count after "informed on"
    ("phone", "The owner was informed on 3 May 2024 by letter."),
    ("phone", "The board was informed on 12 occasions."),
    # 6. a call with no time, about a thing
    ("phone", "Call me when the 3 boxes arrive: 36326789 is the order."),
    ("phone", "Ruf mich an, wenn Bestellung 36326789 kommt."),
    ("phone", "Please call me about invoice 36326789."),
]

STILL = [
    # 1. a record's number after its label
    ("medical_record", "elle est hospitalisée (n° de dossier : NHC-2497986).", "NHC-2497986"),
    # 2. and 3. an address with its label, postcode and town
    ("street_address", "Adresse : 12, avenue Charles-de-Gaulle, 75008 Paris", "12, avenue Charles-de-Gaulle, 75008 Paris"),
    ("street_address", "Please send it to 16 Ailsa Craig Common Green, Glasgow G12 8QQ.",
     "16 Ailsa Craig Common Green, Glasgow G12 8QQ"),
    ("street_address", "I moved to 4 Royal Oak Lane, Leeds LS1 4AB last year, 2 boxes left.", "4 Royal Oak Lane, Leeds LS1 4AB"),
    # 5. and 6. a trunk 0's number told
    ("phone", "Le propriétaire a été prévenu au 06 12 34 56 78 ce matin.", "06 12 34 56 78"),
    ("phone", "Ruf mich bitte kurz an: 09130339530", "09130339530"),
]

NOT_FOUND = [
    # 3. the count before the vehicle
    ("street_address", "Fleet for the gala: 2x Tesla Model Y, 1x Rolls-Royce Phantom, 1x Bentley Flying Spur. Rates on request.",
     "1x Bentley Flying Spur."),
]

test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
