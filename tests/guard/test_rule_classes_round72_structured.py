"""The structured rule classes fixed after the gulch bank's misses and the scarp and knoll banks' false findings
(issue 14, round 72, structured half). Each case is worded differently from the banks, in the languages where the
class exists, with near misses that must stay as they were:

1. a medical record: an occupational therapist's home-visit note, its file's bare "Dossier 380526." a patient's,
   by the therapy or the care aids it names ("Home visit, occupational therapy ... File 4471209.", "Hausbesuch
   Ergotherapie ... Akte 4471209.", "visite ergo ... lit médicalisé ... Dossier 380526.", "terapia ocupacional
   ... Historia 4471209.", "van bed naar rolstoel ... bij de Wmo ... dossier 47513721"); a wheelchair's hire or
   a travel's assistance names no care and stays clean;
2. a passport: the passport's copy, what it was received for, then the colon ("passport copy received for the
   guest berth: ...", "Passkopie liegt vor für den Gastliegeplatz: ...", "copie du passeport reçue pour le
   mouillage : ...", "copia del pasaporte recibida para el amarre: ...", "kopie paspoort ontvangen voor de
   passantenplaats: ..."); a booking's or an order's reference in those words stays clean;
3. a date of birth: a fixed-width team sheet or class list whose header's last column is a date of birth's,
   every row's last cell a date ("#  Player  DOB\\n7  Tom Hale    July 1, 2010", "Nr  Spielerin  Geburtsdatum",
   "N°  Joueur  Né le", "Dorsal  Jugadora  Fecha de nacimiento", "Nr  Speler  Geboortedatum"); a header whose last
   column is another date's stays clean;
4. a phone: a list of people one a line without bullets, name, separator, a field of their own (a plot, a flat),
   separator, the number, where another row gives an e-mail address in that place ("Ann Cole – plot 3 –
   07700900123", "Jonas Roth – Beet 2 – 01712345678", "Léa Roy – parcelle 3 – 0612345678", "Ana Gil – parcela 2
   – 975970300", "Saar Bos – tuin 4 – 0612345678"); a list with no e-mail's row stays clean;
5. a phone: a titled name, a dash, then the number ending the clause ("Coach: Mrs Hale – 07700900123", "Trainer:
   Herr Roth – 01712345678", "Éducateur : Monsieur Joseph – 0596714177", "Monitor: Sr. Gil – 612345678",
   "Begeleider: Dhr. Bos – 0612345678"); a word after the number stays clean;
6. a phone: a question whether the reader's number is still the one given ("Is your number still 07700900123?",
   "Ist Ihre Nummer noch 01712345678?", "Votre numéro c'est toujours le 0564959950 ?", "¿Tu número sigue siendo
   el 612345678?", "Is je nummer nog steeds 0612345678?"); another number's word ("your customer number") and a
   statement with no question stay clean;
7. a secret: a "$" before a name no one writes, case mixed in short runs with a digit inside, as the password's
   first character ("DB_PASSWORD=$e062vLaxpZF7DY1", "MYSQL_PWD=$k9TqWz2LpX", "db_password: $Rt5uWq8ZnB");
   "$DB_PASS" and "$dbPassword2" stay references;
8. not a street address: a residents' body named by its building's street and number alone ("Protokoll
   Hausgemeinschaft Ostring 12, 23. Februar", "WEG Lindenweg 4", "Residents' Association 12 Mill Lane", "VvE
   Kerkstraat 12", "Comunidad de Propietarios Calle Mayor 3"); the same body's address with postcode and town,
   and a person's home in the same words, stay found;
9. not a payment card: a thing "sent via" a carrier's number ("Banners sent via 5780442266910198", "samples
   posted with ..."); a card's word in the sentence keeps it a card.

Of the 63 cases below (39 to catch, 24 to leave or keep as they were), 41 fail on round 71.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

_EN_TEAM = ("Under-10s – squad list\n#  Player             DOB\n4  Tom Hale    14/06/2016\n"
            "9  Amy Cole    July 1, 2015\n12 Ben Stone    2016-03-02\nManager: Mr Lee")
_DE_TEAM = "Kader F-Jugend\nNr  Spielerin     Geburtsdatum\n4  Mia Roth     3. Mai 2016\n9  Lea Berg       12.05.2017\n"
_FR_TEAM = "Poussins – liste\nN°  Joueur     Né le\n4  Léa Roy     2 octobre 2016\n10 Hugo Blanc    22.09.2017\n"
_ES_TEAM = "Alevín B\nDorsal  Jugadora   Fecha de nacimiento\n4  Ana Gil Roca    3 de mayo de 2015\n9  Pía Ruiz    12/05/2016\n"
_NL_TEAM = "JO10-2 selectie\nNr  Speler    Geboortedatum\n4  Daan Bos     14-06-2016\n7  Saar Mol     3 mei 2016\n"
_EN_KEYS = "Allotment key holders\nAnn Cole – plot 3 – 07700900123\nTom Hale – plot 9 – tom@example.org\nLost keys: £5."
_DE_KEYS = "Schlüsselliste Gemeinschaftsgarten\nJonas Roth – Beet 2 – 01712345678\nJana Berg – Beet 7 – jana@example.de"
_FR_KEYS = "Clés du local vélo\nLéa Roy – garage 3 – 0612345678\nPaul Blanc – garage 9 – paul@example.fr"
_ES_KEYS = "Llaves del trastero\nAna Gil Roca – planta 2 – 975970300\nNico Ruiz – planta 4 – nico@example.es"
_NL_KEYS = "Sleutelhouders volkstuin\nSaar Bos | tuin 4 | 0612345678\nBart Mol | tuin 8 | bart@example.nl"

CATCH = [
    # 1. an occupational therapist's home-visit note
    ("medical_record", "Home visit, occupational therapy: Mrs Hale managed the bath board. File 4471209.", "4471209"),
    ("medical_record", "Hausbesuch Ergotherapie heute, Tochter anwesend, Pflegebett bestellt. Akte 4471209.", "4471209"),
    ("medical_record", "passage ergo chez Mme Roy, son fils était là. Dossier 380526. Devis du lit médicalisé à suivre.",
     "380526"),
    ("medical_record", "Visita de terapia ocupacional en casa, la hija presente. Historia 4471209.", "4471209"),
    ("medical_record", "meneer lukt het niet meer van bed naar rolstoel, aanvraag bij de Wmo loopt. dossier 47513721",
     "47513721"),
    # 2. the passport's copy, what it was received for, then the colon
    ("passport", "Marina desk 14:20 – Mr Tom Hale renewed, passport copy received for the guest berth: 738462475.",
     "738462475"),
    ("passport", "Hafenmeisterei: Passkopie liegt vor für den Gastliegeplatz: C01X00T47", "C01X00T47"),
    ("passport", "Capitainerie : copie du passeport reçue pour le mouillage : 18AB12345", "18AB12345"),
    ("passport", "Club náutico: copia del pasaporte recibida para el amarre: PAA123456", "PAA123456"),
    ("passport", "Havenkantoor: kopie paspoort ontvangen voor de passantenplaats: NP1234567", "NP1234567"),
    # 3. a fixed-width list under a date of birth's column
    ("date_of_birth", _EN_TEAM, "July 1, 2015"),
    ("date_of_birth", _EN_TEAM, "2016-03-02"),
    ("date_of_birth", _DE_TEAM, "3. Mai 2016"),
    ("date_of_birth", _DE_TEAM, "12.05.2017"),
    ("date_of_birth", _FR_TEAM, "2 octobre 2016"),
    ("date_of_birth", _FR_TEAM, "22.09.2017"),
    ("date_of_birth", _ES_TEAM, "3 de mayo de 2015"),
    ("date_of_birth", _ES_TEAM, "12/05/2016"),
    ("date_of_birth", _NL_TEAM, "14-06-2016"),
    ("date_of_birth", _NL_TEAM, "3 mei 2016"),
    # 4. a list of people with a field of their own, an e-mail in another row
    ("phone", _EN_KEYS, "07700900123"),
    ("phone", _DE_KEYS, "01712345678"),
    ("phone", _FR_KEYS, "0612345678"),
    ("phone", _ES_KEYS, "975970300"),
    ("phone", _NL_KEYS, "0612345678"),
    # 5. a titled name, a dash, then the number
    ("phone", "Match day sheet\nCoach: Mrs Hale – 07700900123", "07700900123"),
    ("phone", "Spielbericht\nTrainer: Herr Roth – 01712345678", "01712345678"),
    ("phone", "Tournoi U9\nResponsable : Madame Blanc – 0596714177", "0596714177"),
    ("phone", "Torneo benjamín\nMonitor: Sr. Gil – 612345678", "612345678"),
    ("phone", "Toernooi\nBegeleider: Dhr. Bos – 0612345678", "0612345678"),
    # 6. the reader's number asked back as still the one given
    ("phone", "Nap was short today, nappies running low. Is your number still 07700900123?", "07700900123"),
    ("phone", "Kurze Frage aus der Krippe: Ist Ihre Nummer noch 01712345678?", "01712345678"),
    ("phone", "Il a bien mangé. Votre numéro c'est toujours le 0464959950 ?", "0464959950"),
    ("phone", "Ha dormido poco. ¿Tu número sigue siendo el 612345678?", "612345678"),
    ("phone", "Luiers bijna op. Is je nummer nog steeds 0612345678?", "0612345678"),
    # 7. a "$" as the password's first character
    ("secret", "Pipeline #5123 failed\nStep 'deploy':\nDB_PASSWORD=$e062vLaxpZF7DY1\nRotate it now.", "$e062vLaxpZF7DY1"),
    ("secret", "Pipeline échoué, étape 'test'\nMYSQL_PWD=$k9TqWz2LpX\nMerci de changer le secret.", "$k9TqWz2LpX"),
    ("secret", "Fallo en 'build':\ndb_password: $Rt5uWq8ZnB", "$Rt5uWq8ZnB"),
    ("secret", "Stap 'integratie' mislukt\nREDIS_PASSWORD=$Vb7xQ2mZr9", "$Vb7xQ2mZr9"),
]

CLEAN = [
    # 1. a wheelchair's hire, a travel's assistance: no care
    ("medical_record", "Rolstoel gehuurd voor de vakantie. dossier 47513721"),
    ("medical_record", "Hotel booked with wheelchair access. File 4471209."),
    # 2. a booking's or an order's reference after the passport's copy
    ("passport", "passport copy received for booking ref: 738462475"),
    ("passport", "copie du passeport reçue pour la réservation : 18AB12345"),
    # 3. a header whose last column is another date's
    ("date_of_birth", "Nr  Name   Eintritt\n4  Mia Roth     3. Mai 2013\n9  Lea Berg     12.05.2014"),
    ("date_of_birth", "#  Player   Joined\n3  Tom Hale    2019-09-01\n7  Amy Cole    2020-09-01"),
    # 4. a list with no e-mail's row
    ("phone", "Key holders\nAnn Cole – plot 3 – 07700900123\nTom Hale – plot 9 – 07700900124"),
    # 5. a word after the number
    ("phone", "Rechnung Herr Roth – 01712345678 Euro"),
    # 6. another number's word, a statement
    ("phone", "Votre numéro client c'est toujours le 0564959950 ?"),
    ("phone", "Is your order number still 0770090012?"),
    # 7. a variable's reference
    ("secret", "DB_PASSWORD=$DB_PASS"),
    ("secret", "DB_PASSWORD=$dbPassword2"),
    # 9. sent via a carrier's number
    ("payment_card", "No fast fashion. Banners sent via 5780442266910198"),
    ("payment_card", "Samples posted with 4539578763621486 today"),
]

NOT_FOUND = [
    # 8. a residents' body named by its building
    ("street_address", "Protokoll Mieterversammlung Hausgemeinschaft Ostring 12, 23. Februar 2028\nAnwesend: 6",
     "Ostring 12"),
    ("street_address", "Einladung WEG Lindenweg 4\nTagesordnung: Dach", "Lindenweg 4"),
    ("street_address", "Minutes – Residents' Association 12 Mill Lane\nPresent: 9", "12 Mill Lane"),
    ("street_address", "Notulen ALV VvE Kerkstraat 12\nDatum: 09-11-2026", "Kerkstraat 12"),
    ("street_address", "Acta – Comunidad de Propietarios Calle Mayor 3\nFecha: 12/03/2026", "Calle Mayor 3"),
]

STILL = [
    # 8. the same body's address with its postcode and town, and a person's home
    ("street_address", "Notulen ALV VvE Gilbertlaan 4, 4983 Berzée\nDatum: 09-11-2026", "Gilbertlaan 4, 4983 Berzée"),
    ("street_address", "Acta – Comunidad de Propietarios Calle Mayor 3, 28013 Madrid\nFecha: 12/03/2026",
     "Calle Mayor 3, 28013 Madrid"),
    ("street_address", "Frau Roth wohnt Ostring 12, bitte klingeln", "Ostring 12"),
    # 9. a card's word in the sentence
    ("payment_card", "Payment sent via card 4539578763621486", "4539578763621486"),
    # 4. the list's e-mail still found
    ("email", _EN_KEYS, "tom@example.org"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
