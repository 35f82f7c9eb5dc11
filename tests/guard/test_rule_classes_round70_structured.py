"""The structured rule classes fixed after the wadi and bluff banks' misses and false findings (issue 14, round 70,
structured half). Each case is worded differently from the banks, in the languages where the class exists, with
near misses that must stay as they were:

1. a date of birth: a day's list of appointments, each line a time, the patient's name, a date alone between two
   separators, then the patient's identifier under its label ("Flu clinic – Tue\\n09:10 Ann Cole – 12/03/1961 –
   MRN 4471209", "Grippeimpfung Di\\n09:10 Jonas Roth, 12.03.1961, Pat.-Nr. 4471209", "Rappels – après-midi\\n14h20
   Léa Roy – 3 mai 1961 – NISS ...", "Citas pediatría\\n09:10 Ana Gil · 12/03/2015 · NHC 4471209", "Spreekuur
   wo\\n09:10 Saar Bos – 12-03-1961 – BSN ..."); this year's date (the appointment's own) and a row without the
   identifier's label stay clean;
2. a date of birth: a failed check of the birth date, then what the records hold ("DOB verification failed - the
   file says", "Geburtsdatum stimmt nicht überein: in unseren Unterlagen steht", "date de naissance erronée : nos
   fichiers indiquent", "fecha de nacimiento incorrecta: en nuestros datos consta", "geboortedatum komt niet
   overeen: in ons systeem staat"); a failed check of another field stays clean;
3. a date of birth: a parent's child, the copula and the date it is "of" ("onze dochter is van 3 maart 2019", "mon
   fils est du 4 juin 2016", "mi hija es del 4 de junio de 2016", "meine Tochter ist vom 04.06.2016"); a thing's
   date ("het contract is van ..."), a year alone and a date to come stay clean;
4. a passport: a roster of passports under its heading, the traveller's part in the group in brackets or as a
   column between the name and the number, a birth word before the date ("Tom Hale (viola) - 512345678 - b.
   3 March 2010", "Jonas Roth; Bratsche; C4J7K2L91; geb. 14.06.2011", "Léa Roy (alto) - 18AB12345 - née le
   02/05/2012", "Ana Gil | viola | PAA123456 | nac. 9 de mayo de 2010", "Daan Bos; altviool; NP1234567; geb.
   7 mei 2012"); the same rows under a rooming list's heading stay clean;
5. a national id: where the number comes from, a possessive and a few words right before it ("SIN from his
   Toronto years 130 692 544", "Steuer-ID aus seiner Zeit in Köln ...", "NISS de son séjour à Liège ...", "BSN
   uit haar studietijd in Utrecht ..."); a value that fails the check and a number under no identifier's name
   stay clean;
6. a phone: eight digits alone in brackets after the name under a contact's or a duty's label ("On call tonight:
   Tom (36326789)", "Bereitschaft: Jonas (36326789)", "Astreinte : Paul (...)", "Guardia: Ana (...)", "Piket:
   Daan (...)"); a label of no contact's stays clean;
7. a phone: the writer's own number after another's phone in the sentence ("His mobile is ... and mine is
   4471.2093", "... und meine ist ...", "... et le mien est ...", "... y el mío es ...", "... en de mijne is
   ..."); "mine is" with no phone's word before stays clean;
8. a phone: a call to a person named by a role, maybe with when, then "on"/"at" ("ring the tenant beforehand on
   0893 1003", "appeler le client avant au ...", "llamar al cliente antes al ...", "bel de klant eerst op ...",
   "Rufen Sie den Kunden vorher unter ... an"); another verb before the role stays clean;
9. a phone: a bare number as a person's one contact on a numbered list whose other row gives an e-mail address
   after the same separator ("Waiting list\\n1. Tom Hale · tom@example.org\\n2. Amy Cole · 07700900123", in five
   languages); a list without an e-mail's row stays clean;
10. a street address: a street in "-ring" whose word ends in "-andering" ("Handering 36/38, 67103 Bitterfeld",
    "Wandering 4, 6711 AB Ede"); a Dutch verb's noun ("Verandering 3", "Aflevering 12") stays clean.

Of the 85 cases below (57 to catch, 28 to leave or keep as they were), 42 fail on round 69.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

_EN_DAY = "Flu clinic – Tue\n09:10 Ann Cole – 12/03/1961 – MRN 4471209\n09:20 Tom Hale – 4 May 1958 – MRN 5519024"
_DE_DAY = "Grippeimpfung Di\n09:10 Jonas Roth, 12.03.1961, Pat.-Nr. 4471209\n09:20 Lea Berg, 1958-05-04, Pat.-Nr. 5519024"
_FR_DAY = "Rappels – après-midi\n14h20 Léa Roy – 3 mai 1961 – NISS 93051822361\n14h40 annulé"
_ES_DAY = "Citas pediatría\n09:10 Ana Gil · 12/03/2015 · NHC 4471209\n09:20 Pía Ruiz · 4 de mayo de 2016 · NHC 5519024"
_NL_DAY = "Spreekuur wo\n09:10 Saar Bos – 12-03-1961 – INSZ 93051822361\n09:20 Daan de Vries – 4 mei 1958 – BSN 111222333"
_EN_ROSTER = ("Youth orchestra – passport list\n- Tom Hale (viola) - 512345678 - b. 3 March 2010\n"
              "- Amy Cole (horn) - X1234567 - b. 12/06/2011\n- Ben Ash (cello) - 498765432 - b. 5 April 2012\n"
              "- Kit Moss (flute) - X7654321 - b. 9 May 2009\nLeader: Ms Park")
_DE_ROSTER = ("Jugendorchester – Passliste\nJonas Roth; Bratsche; C4J7K2L91; geb. 14.06.2011\n"
              "Lea Berg; Horn; C01X00T47; geb. 3. Mai 2010\nLeitung: Frau Kern")
_FR_ROSTER = ("Chorale – liste des passeports\n- Léa Roy (alto) - 18AB12345 - née le 02/05/2012\n"
              "- Paul Roy (basse) - 19CD54321 - né le 3 mai 2010\n- Inès Blanc (soprano) - 17EF24680 - née le 9 juin 2011\n"
              "- Hugo Petit (ténor) - 16GH13579 - né le 12/10/2009\nResponsable : M. Blanc")
_ES_ROSTER = ("Coro juvenil – pasaportes\nAna Gil | viola | PAA123456 | nac. 9 de mayo de 2010\n"
              "Nico Ruiz | trompa | PAB654321 | nac. 12/06/2011\nResponsable: Sra. Vidal")
_NL_ROSTER = ("Jeugdkoor – paspoortlijst\nDaan Bos; altviool; NP1234567; geb. 7 mei 2012\n"
              "Saar de Wit; hoorn; NP7654321; geb. 12-06-2011\nBo Smit; slagwerk; 498765432; geb. 3 maart 2010\n"
              "Begeleider: mevrouw Kok")
_ES_LIST = "Lista de espera – yoga\n1. Ana Gil · ana@example.es\n2. Pía Ruiz · 612345678\n3. Nuria – solo lunes"

CATCH = [
    # 1. a day's list of appointments
    ("date_of_birth", _EN_DAY, "12/03/1961"),
    ("date_of_birth", _EN_DAY, "4 May 1958"),
    ("date_of_birth", _DE_DAY, "12.03.1961"),
    ("date_of_birth", _DE_DAY, "1958-05-04"),
    ("date_of_birth", _FR_DAY, "3 mai 1961"),
    ("date_of_birth", _ES_DAY, "12/03/2015"),
    ("date_of_birth", _ES_DAY, "4 de mayo de 2016"),
    ("date_of_birth", _NL_DAY, "12-03-1961"),
    ("date_of_birth", _NL_DAY, "4 mei 1958"),
    # 2. a failed check of the birth date, then the records
    ("date_of_birth", "Booking note: DOB verification failed - the file says 14/07/1983, please ask at the desk.",
     "14/07/1983"),
    ("date_of_birth", "Hinweis: Geburtsdatum stimmt nicht überein: in unseren Unterlagen steht 14.07.1983.",
     "14.07.1983"),
    ("date_of_birth", "DOB mismatch; our system shows 14/07/1983, please check.", "14/07/1983"),
    ("date_of_birth", "Geburtsdatum Prüfung fehlgeschlagen: unsere Daten zeigen 14.07.1983, bitte prüfen.", "14.07.1983"),
    ("date_of_birth", "Attention : date de naissance erronée : nos fichiers indiquent 14/07/1983.", "14/07/1983"),
    ("date_of_birth", "Aviso: fecha de nacimiento incorrecta: en nuestros datos consta 14/07/1983.", "14/07/1983"),
    ("date_of_birth", "Let op: geboortedatum komt niet overeen: in ons systeem staat 14-07-1983.", "14-07-1983"),
    # 3. a child, the copula and the date it is "of"
    ("date_of_birth", "Is er nog plaats in de peutergroep? Onze dochter is van 3 maart 2019.", "3 maart 2019"),
    ("date_of_birth", "Reste-t-il une place au cours ? Mon fils est du 4 juin 2016.", "4 juin 2016"),
    ("date_of_birth", "¿Queda sitio en natación? Mi hija es del 4 de junio de 2016.", "4 de junio de 2016"),
    ("date_of_birth", "Gibt es noch Plätze im Kurs? Meine Tochter ist vom 04.06.2016.", "04.06.2016"),
    # 4. a roster of passports with the traveller's part and the birth word
    ("passport", _EN_ROSTER, "512345678"),
    ("passport", _EN_ROSTER, "X1234567"),
    ("passport", _EN_ROSTER, "X7654321"),
    ("passport", _DE_ROSTER, "C4J7K2L91"),
    ("passport", _DE_ROSTER, "C01X00T47"),
    ("passport", _FR_ROSTER, "18AB12345"),
    ("passport", _FR_ROSTER, "19CD54321"),
    ("passport", _FR_ROSTER, "16GH13579"),
    ("passport", _ES_ROSTER, "PAA123456"),
    ("passport", _ES_ROSTER, "PAB654321"),
    ("passport", _NL_ROSTER, "NP1234567"),
    ("passport", _NL_ROSTER, "NP7654321"),
    ("passport", _NL_ROSTER, "498765432"),
    # 5. where the national id comes from
    ("national_id", "His PPS number is 1234567T, SIN from his Toronto years 130 692 544. Keep it safe.", "130 692 544"),
    ("national_id", "Die Steuer-ID aus seiner Zeit in Köln 12345678911 bitte nicht weitergeben.", "12345678911"),
    ("national_id", "Le NISS de son séjour à Liège 93051822361 reste valable.", "93051822361"),
    ("national_id", "Het BSN uit haar studietijd in Utrecht 111222333 staat nog in het dossier.", "111222333"),
    # 6. eight digits in brackets after the name under a duty's label
    ("phone", "Deploy failed on runner 4\nOn call tonight: Tom (36326789)", "36326789"),
    ("phone", "Server down\nBereitschaft: Jonas (36326789)", "36326789"),
    ("phone", "Panne serveur\nAstreinte : Paul (36326789)", "36326789"),
    ("phone", "Caída del servidor\nGuardia: Ana (36326789)", "36326789"),
    ("phone", "Storing\nPiket: Daan (36326789)", "36326789"),
    # 7. the writer's own number after another's phone
    ("phone", "His mobile is 0412 345 678 (roaming works) and mine is 4471.2093.", "4471.2093"),
    ("phone", "Sein Handy ist 0171 2345678 (auch im Ausland aktiv) und meins ist 4471.2093.", "4471.2093"),
    ("phone", "Su móvil es el 612 345 678 (también en Francia) y el mío es 4471.2093.", "4471.2093"),
    ("phone", "Zijn gsm is 0612345678 (werkt ook in Duitsland) en de mijne is 4471.2093.", "4471.2093"),
    ("phone", "Son portable est le 06 12 34 56 78 et le mien est 4471.2093.", "4471.2093"),
    # 8. a call to a role's person
    ("phone", "Parcel for no. 4 - ring the tenant beforehand on 0893 1003", "0893 1003"),
    ("phone", "Colis n° 4 – appeler le client avant au 06 12 34 56 78", "06 12 34 56 78"),
    ("phone", "Paquete 4 – llamar al cliente antes al 612 345 678", "612 345 678"),
    ("phone", "Pakket 4 – bel de klant eerst op 0893 1003", "0893 1003"),
    # 9. a number as a person's one contact on a list with an e-mail's row
    ("phone", _ES_LIST, "612345678"),
    ("phone", "Waiting list – pottery\n1. Tom Hale · tom@example.org\n2. Amy Cole · 07700900123", "07700900123"),
    ("phone", "Warteliste Töpfern\n1. Jonas Roth – jonas@example.de\n2. Lea Berg – 01712345678", "01712345678"),
    ("phone", "Liste d'attente – poterie\n1. Léa Roy | lea@example.fr\n2. Paul Roy | 612345678", "612345678"),
    ("phone", "Wachtlijst – keramiek\n1. Saar Bos · saar@example.nl\n2. Daan Bos · 612345678", "612345678"),
    # 10. a street in "-andering"
    ("street_address", "Übergabeprotokoll\nObjekt: Handering 12/14, 10115 Berlin\nMieter: Jonas Roth",
     "Handering 12/14, 10115 Berlin"),
]

CLEAN = [
    # 1. this year's date, a row without the identifier's label
    ("date_of_birth", "Flu clinic – Tue\n09:10 Ann Cole – 12/03/2026 – MRN 4471209"),
    ("date_of_birth", "Flu clinic – Tue\n09:10 Ann Cole – 12/03/1961 – room 4\n09:20 Tom Hale – 4 May 1958 – room 5"),
    ("date_of_birth", "Grippeimpfung Di\n09:10 Jonas Roth, 12.03.2026, Pat.-Nr. 4471209"),
    # 2. a failed check of another field
    ("date_of_birth", "Address check failed: our records say 14/07/1983, please confirm."),
    # 3. a thing's date, a year alone, a date to come
    ("date_of_birth", "Het contract is van 3 maart 2019."),
    ("date_of_birth", "Mijn zoon is van 2013."),
    ("date_of_birth", "Ma fille est du 4 juin 2035 ?"),
    # 4. the same rows under a rooming list's heading
    ("passport", "Youth orchestra – rooming list\n- Tom Hale (viola) - 512345678 - b. 3 March 2010\n"
                 "- Amy Cole (horn) - X1234567 - b. 12/06/2011"),
    ("passport", "Jeugdkoor – kamerindeling\nDaan Bos; altviool; NP1234567; geb. 7 mei 2012"),
    # 5. a value that fails the check; no identifier's name before the clause
    ("national_id", "SIN from his Toronto years 130 692 545. Keep it safe."),
    ("national_id", "Invoice from her Canadian exchange year 130 692 544, paid in full."),
    # 6. a label of no contact
    ("phone", "Build failed\nOrder ref: Tom (36326789)"),
    # 7. "mine is" with no phone's word before
    ("phone", "Her total is 812 and mine is 4471.2093."),
    # 8. another verb before the role
    ("phone", "visit the tenant beforehand on 0893 1003"),
    # 9. a list without an e-mail's row
    ("phone", "Lista de espera – yoga\n1. Ana Gil · lunes\n2. Pía Ruiz · 612345678"),
    ("phone", "Waiting list – pottery\n1. Tom Hale · Tuesdays\n2. Amy Cole · 77009001"),
    # 10. a Dutch verb's noun
    ("street_address", "De verandering 3 gaat morgen in."),
    ("street_address", "Aflevering 12 staat online."),
]

STILL = [
    # the rows' birth dates and the identifiers stay found
    ("date_of_birth", _DE_ROSTER, "14.06.2011"),
    ("date_of_birth", _FR_ROSTER, "02/05/2012"),
    ("date_of_birth", _NL_ROSTER, "7 mei 2012"),
    ("medical_record", _DE_DAY, "4471209"),
    ("national_id", _NL_DAY, "111222333"),
    ("email", _ES_LIST, "ana@example.es"),
    ("phone", "His mobile is 0412 345 678 (roaming works) and mine is 4471.2093.", "0412 345 678"),
    ("phone", "On call tonight: Tom (0612345678)", "0612345678"),
    ("street_address", "Wohnung: Kaiserring 4, 68161 Mannheim", "Kaiserring 4, 68161 Mannheim"),
    ("passport", "Passport list – choir tour\nTom Hale - 512345678 - 3 March 2010\nAmy Cole - X1234567 - 12/06/2011",
     "512345678"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
