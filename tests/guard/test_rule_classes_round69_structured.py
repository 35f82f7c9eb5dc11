"""The structured rule classes fixed after the machair, inlier, tumulus and blowout banks' misses and false findings
(issue 14, round 69, structured half). Each case is worded differently from the banks, in the languages where the
class exists, with near misses that must stay as they were:

1. a date of birth: a youth competition's entry list, the age class's word and the entries' word in the heading,
   each line a player's name, a date in brackets or between dashes, then the club ("U12 chess championship –
   entries\\nTom Hale (14/06/2015) – Riverside CC", "Jugendturnier U12 – Meldeliste", "Inscriptions championnat
   jeunes", "Torneo infantil – inscritos", "Inschrijvingen jeugdtoernooi (t/m 12 jaar)"); a youth fixture list
   (no entries' word) and an entry list under no youth word stay clean;
2. a street address: no house number before a distance or a weight ("quedamos en la plaza de Soria, 40 km",
   "ab Marktplatz 12 km", "Dorpsstraat 3 km verderop", "rue de la Gare 5 kg"); the same streets with their
   house numbers and postcodes are still found;
3. a medical record: an orthopaedist's or an orthotist's care as a care word ("orthotic insoles fitted",
   "orthopädische Einlagen", "semelles orthopédiques", "plantillas ortopédicas", "zolen aangemeten"), the
   client's file number then a patient's; a client's file at a firm stays clean;
4. a medical record: the patient's word inside a sentence, the name, then a number alone in brackets ("Visit
   cancelled - pt Ann Cole (58210733) rang", "Patientin Frau Roth (4471209) hat abgesagt", "la patiente Mme Roy
   (B4471209)", "el paciente Juan Gil (4471209)", "patiënt Jan Bakker (4471209)"); a phone's trunk 0 and a year
   in the bracket stay clean;
5. a national id: Ireland's PPSN under Revenue's "Tax ref" ("Tax ref: 1234567T"); a value that fails the check
   and another reference ("Quote ref:") stay clean;
6. a national id: the value the reader sent, after the identifier's name earlier in the paragraph ("your TFN -
   you sent 980776749", "Sie schickten 76459877013", "je stuurde 111222333"); a count sent ("you sent 980776749
   pages") stays clean;
7. a phone: a "#" right before the digits numbers a build or a ticket ("mobile-app #4239138894", "app-movil
   #9274185048", "handy-app #01712345678", "appli-mobile #0612345678", "mobiel-app #0612345678"); a phone's word
   right before the "#" ("Tel #0612345678") still finds it;
8. a phone: a person's number in a body's register, a referee's, a student's, a player's ("My referee number is
   986269071", "Lizenznummer ...", "n° de licence ...", "número de árbitro ...", "bondsnummer ..."); a phone
   number under its own label is still found;
9. a phone: a bare number closing a person's row in a list, after the name and the address with its postcode
   ("2 – Jean Roy – 48, rue de la Paix, 75002 Paris – 0638003180", in five languages); a row without an
   address stays unread;
10. a phone: the number after a label that says whom to tell, maybe on a condition ("Avisar a la familia si no
    baja: 850385744", "Notify his wife if he is late: 0412345678", "Familie benachrichtigen, falls ...",
    "Prévenir la famille en cas d'absence :", "Familie verwittigen bij afwezigheid:"); a ticket's number after
    such a label stays unread;
11. a passport: a benefit's, a club's or a library's card, its own number beside a validity date
    ("BERECHTIGUNGSSCHEIN TAFEL\\nNr. 366437649 ... gültig bis", "Carte d'adhérent", "Membership card",
    "Tarjeta de socio", "Ledenpas"); a passport's own heading still finds it.

Of the 78 cases below (33 to catch, 45 to leave or keep as they were), 51 fail on round 68.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

_EN_ENTRIES = "U12 chess championship – entries\nTom Hale (14/06/2015) – Riverside CC – rating 980\nAmy Cole (2 March 2016) – no club"
_DE_ENTRIES = "Jugendturnier U12 – Meldeliste\nLeon Bauer – 03.02.2016 – SV Nord\nMia Roth – 12.11.2015 – vereinslos"
_FR_ENTRIES = "Inscriptions championnat jeunes – benjamins\nLéa Martin (3 mai 2014) – club de Lyon\nInès Roy (12/05/2015) – sans club"
_ES_ENTRIES = "Torneo infantil – inscritos\nNico Gil – 3 de febrero de 2016 – CD Sur\nAna Ruiz (12/05/2015) – sin club"
_NL_ENTRIES = ("Inschrijvingen jeugdtoernooi (t/m 12 jaar)\nSaar Peeters – 09-06-2015 – SC Noord\n"
               "Daan de Vries – 14 maart 2016 – geen club")
_FR_ROWS = ("Liste d'attente – parcelles\n1 – Paul Roy – 12, rue de la Paix, 75002 Paris – paul@example.fr\n"
            "2 – Jean Roy – 48, rue des Lilas, 69003 Lyon – 0638003180")
_CARD = ("BERECHTIGUNGSSCHEIN SOZIALKAUFHAUS\nNr. 512345678\nName: Jonas Roth\nGeburtsdatum: 03.05.1971\n"
         "gültig bis 31.12.2027")

CATCH = [
    # 1. a youth competition's entry list
    ("date_of_birth", _EN_ENTRIES, "14/06/2015"),
    ("date_of_birth", _EN_ENTRIES, "2 March 2016"),
    ("date_of_birth", _DE_ENTRIES, "03.02.2016"),
    ("date_of_birth", _FR_ENTRIES, "3 mai 2014"),
    ("date_of_birth", _ES_ENTRIES, "3 de febrero de 2016"),
    ("date_of_birth", _ES_ENTRIES, "12/05/2015"),
    ("date_of_birth", _NL_ENTRIES, "09-06-2015"),
    ("date_of_birth", _NL_ENTRIES, "14 maart 2016"),
    # 3. an orthopaedist's care
    ("medical_record", "Client Amy Cole, file K5512093, DOB 04/07/1987. Orthotic insoles fitted, review in 6 weeks.",
     "K5512093"),
    ("medical_record", "Klient Jonas Roth, Akte 5519024, geb. 04.07.1987. Orthopädische Einlagen angepasst.",
     "5519024"),
    ("medical_record", "Client Léa Roy, dossier 5519024, née le 04/07/1987. Semelles orthopédiques livrées.",
     "5519024"),
    ("medical_record", "Cliente Ana Gil, expediente 5519024, nacida el 04/07/1987. Plantillas ortopédicas "
                       "entregadas.", "5519024"),
    ("medical_record", "Cliënt Saar Peeters, dossiernr P-5519024, geb. 04-07-1987. Steunzolen meegegeven.",
     "P-5519024"),
    # 4. the patient's word, the name, the number in brackets
    ("medical_record", "Visit cancelled - pt Ann Cole (58210733) rang to say she is unwell.", "58210733"),
    ("medical_record", "Termin fällt aus: Patientin Frau Roth (4471209) hat abgesagt.", "4471209"),
    ("medical_record", "Rendez-vous annulé, la patiente Mme Roy (B4471209) a appelé ce matin.", "B4471209"),
    ("medical_record", "Cita anulada: el paciente Juan Gil (4471209) llamó para cancelar.", "4471209"),
    ("medical_record", "Afspraak vervalt, patiënt Jan Bakker (4471209) belde af.", "4471209"),
    # 5. a PPSN under "Tax ref"
    ("national_id", "Mileage claim\nPay to: IE29 AIBK 9311 5212 3456 78\nTax ref: 1234567T", "1234567T"),
    ("national_id", "Subcontractor form\nName: Aoife Byrne\nTax reference number: 1234567T", "1234567T"),
    # 6. the value the reader sent
    ("national_id", "hi Sam, payroll still needs your TFN - you sent 980776749 but it did not validate?",
     "980776749"),
    ("national_id", "Wir brauchen noch Ihre Steuer-ID. Sie schickten 76459877013, das passt nicht.", "76459877013"),
    ("national_id", "Voor de salarisadministratie missen we je BSN - je stuurde 111222333 maar dat klopt niet.",
     "111222333"),
    # 9. a person's row closed by the number
    ("phone", _FR_ROWS, "0638003180"),
    ("phone", "Lista de espera huertos\n1. Ana Gil – Calle Mayor 2, 41609 Teruel – 641289975", "641289975"),
    ("phone", "Allotment waiting list\n1. Tom Hale – 12 High St, Leeds LS1 4AB – 07700900123", "07700900123"),
    ("phone", "Warteliste Kleingärten\n1. Jonas Roth – Hauptstraße 5, 10115 Berlin – 01712345678", "01712345678"),
    ("phone", "Wachtlijst moestuinen\n1. Saar Bos – Dorpsstraat 3, 6711 AB Ede – 0612345678", "0612345678"),
    # 10. a label that says whom to tell
    ("phone", "Ruta centro de día\n09:00 Doña Parejo\nAvisar a la familia si no baja: 850385744", "850385744"),
    ("phone", "Day centre run\n09:00 Mr Hale\nNotify his wife if he is late: 0412345678", "0412345678"),
    ("phone", "Tagespflege Fahrten\n09:00 Frau Roth\nFamilie benachrichtigen, falls sie nicht kommt: 01712345678",
     "01712345678"),
    ("phone", "Tournée accueil de jour\n09h00 Mme Roy\nPrévenir la famille en cas d'absence : 0612345678",
     "0612345678"),
    ("phone", "Rit dagbesteding\n09:00 mevr. Bos\nFamilie verwittigen bij afwezigheid: 0612345678", "0612345678"),
]

CLEAN = [
    # 1. a youth fixture list; an entry list under no youth word
    ("date_of_birth", "Jugendturnier U12 – Spielplan\nFC Nord – 12.05.2019 – Platz 1\nTSV Süd – 19.05.2019 – Platz 2"),
    ("date_of_birth", "Club championship – entries\nTom Hale (14/06/2015) – Riverside CC\nAmy Cole (2 March 2016) – no club"),
    ("date_of_birth", "Jeugdcompetitie – uitslagen\nRonde Oost – 12-05-2019 – Sporthal\nRonde West – 19-05-2019 – Sporthal"),
    # 2. a distance or a weight after the number
    ("street_address", "Salida del sábado: quedamos a las 9:00 en la plaza de Soria, 40 km, media 25."),
    ("street_address", "Treffpunkt ab Marktplatz 12 km bis zum Ziel."),
    ("street_address", "Na de Dorpsstraat 3 km verderop rechtsaf."),
    ("street_address", "Livraison rue de la Gare 5 kg maximum par colis."),
    # 3. a client's file at a firm
    ("medical_record", "Client Amy Cole, file K5512093, DOB 04/07/1987. Mortgage offer sent, review in 6 weeks."),
    # 4. a phone's trunk 0, a year
    ("medical_record", "Visit cancelled - pt Ann Cole (0612345678) rang to say she is unwell."),
    ("medical_record", "patient Ann Cole (2019) was seen twice"),
    # 5. a failed check, another reference
    ("national_id", "Mileage claim\nTax ref: 1234568T"),
    ("national_id", "Quote ref: 1190943KH"),
    # 6. a count sent
    ("national_id", "Thanks, we got your form - you sent 980776749 pages."),
    # 7. a build's or a ticket's number after "#"
    ("phone", "Jenkins: build failed – mobile-app #4239138894\nChanges:\n  ac1358af"),
    ("phone", "Jenkins: falló el build app-movil #9274185048\nCambios:"),
    ("phone", "Jenkins: Build fehlgeschlagen – mobile-app #2737716379\nÄnderungen:"),
    ("phone", "Build fehlgeschlagen – handy-app #01712345678"),
    ("phone", "Échec du build – appli-mobile #0612345678"),
    ("phone", "Build mislukt – mobiel-app #0612345678"),
    ("phone", "Ticket#0612345678 geschlossen"),
    # 8. a person's register number
    ("phone", "Please update my bank details. My referee number is 986269071.\n\nRegards,\nAmy Cole"),
    ("phone", "My student number is 07700900123."),
    ("phone", "Meine Lizenznummer lautet 4358207789, bitte eintragen."),
    ("phone", "Mon numéro de licence est 0612345678."),
    ("phone", "Mi número de árbitro es 612345678."),
    ("phone", "Mijn bondsnummer is 0612345678."),
    # 9. a row without an address
    ("phone", "Teams\n1. Tom Hale – 2024 – 4711123456"),
    # 10. a ticket's number after the label
    ("phone", "Notify the team when done: ticket 4711123456"),
    # 11. a benefit's, a club's card
    ("passport", _CARD),
    ("passport", "BERECHTIGUNGSSCHEIN SOZIALKAUFHAUS\nNr. 512345678\nName: Jonas Roth\ngültig bis 31.12.2027"),
    ("passport", "Carte d'adhérent\nN° 512345678\nNom : Paul Roy\nDate de naissance : 12.06.1969\n"
                 "valable jusqu'au 12.06.2030"),
    ("passport", "Membership card\nNo. 512345678\nName: Tom Hale\nDate of birth: 12/06/1969\nExpiry date: 12/06/2030"),
    ("passport", "Ledenpas\nNr. 512345678\nNaam: Saar Bos\nGeboortedatum: 12-06-1969\nGeldig tot 12-06-2030"),
]

NOT_FOUND = [
    # 2. the house number is no distance's: the street before the distance goes unread, the later address stays
    ("street_address", "Ab Marktplatz 12 km bis zum Ziel. Wohnt in der Hauptstraße 12, 10115 Berlin.", "Marktplatz 12"),
]

STILL = [
    ("street_address", "Ab Marktplatz 12 km bis zum Ziel. Wohnt in der Hauptstraße 12, 10115 Berlin.",
     "Hauptstraße 12, 10115 Berlin"),
    ("street_address", "Nos vemos en la plaza de Soria, 40, 42002 Soria", "plaza de Soria, 40, 42002 Soria"),
    ("phone", "Call me: tel #0612345678", "0612345678"),
    ("phone", "Mon numéro de portable est 0612345678.", "0612345678"),
    ("phone", "Please update my details. My referee number is 986269071.\n\nRegards,\nAmy Cole\n320.984.6299",
     "320.984.6299"),
    ("national_id", "Pour la paie il manque votre numéro de sécu : vous avez envoyé 185057800608491 mais il est "
                    "refusé.", "185057800608491"),
    ("national_id", "Para la nómina falta tu DNI: nos enviaste 12345678Z pero no valida.", "12345678Z"),
    ("national_id", "Payroll still needs his PPS number - you sent 1234567T but it bounced.", "1234567T"),
    ("passport", "REISEPASS\nNr. 512345678\nName: Karl Klotz\nGeburtsdatum: 12.06.1969\ngültig bis 12.06.2030",
     "512345678"),
    ("date_of_birth", _CARD, "03.05.1971"),
    ("email", _FR_ROWS, "paul@example.fr"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
