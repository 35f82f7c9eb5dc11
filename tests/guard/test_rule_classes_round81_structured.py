"""The structured rule classes fixed after the holm and sike banks' misses and false findings (round 81, structured
half). Each case is worded differently from the bank, in the languages where the class exists, with near misses that
must stay as they were:

1. a passport: German's short "Pass" alone as the label, the number right after it, at a line's start (after a reply's
   quote mark), after a comma or a colon, with a birth's word after it or a passport's or a visa's word before ("> Pass
   C01X00T47, geb. 3. Mai 1958", "Name: Jana Roth, Pass G8670296, geb. 4. Mai 2000", "Für das Visum: Pass 412345678");
   the other languages' bare labels ("passport no 412345678, born ...", "passeport 412345678, né le ...", "pasaporte
   ..., nacido el ...", "paspoort ..., geboren ...") were read already and stay as guards; a ski, a boarding or a
   mountain pass, "Skipass", "pass 3 of 5", a password and a bare "Pass:" with neither cue stay clean;
2. a date of birth: the minors under their label, each first name then the date alone in brackets ("Menores: Lola
   (12/03/2014), Nico (2 de mayo de 2010)", "Minors: Tom (12/03/2015), Mia (4 May 2018)", "Minderjährige: Lea
   (03.05.2015), Tim (2018-01-02)", "Mineurs : Léa (3 mai 2015) et Tom (12/03/2017)", "Minderjarigen: Saar (09-06-2016),
   Daan (12-03-2019)"); a count, a word first in the bracket or a date to come stays clean;
3. not a date of birth: a birth still expected, its label the due date's ("Geburtstermin: 23. Oktober 2025",
   "errechneter Geburtstermin", "Expected date of birth", "Date de naissance prévue", "Fecha prevista de nacimiento",
   "Verwachte geboortedatum"); a baby's born date, a mother's birth date beside a due date stay found;
4. a phone: a call asked for, then when, then the number ("Kundin bittet um Anruf eine Stunde vorher: 0226083933",
   "Customer asks for a call 30 min before: 0412345678", "Le client demande un appel 30 min avant : 0612345678", "Pide
   una llamada media hora antes: 612345678", "Vraagt om een telefoontje vooraf: 0612345678"); a booking's change line
   right before it ("Pour toute modification : 0498369096.", "For any changes: 0412345678", "Bei Änderungen: 0171
   2345678", "Para cualquier cambio: 612345678", "Voor wijzigingen: 0612345678"); an absence's clause then the
   message's verb with no comma ("If you can't make your shift text 17375755 before 7am", "als je niet kunt komen app
   0612345678"); a call's date, an order's words between the change's line and the number, "the text 4412 5567" stay
   clean;
5. a phone: a capitalised word, a first name or a town, ending like a goods code's short word ("ean", "po") is no
   label ("urgence : Jean +41 (0)73 086 96 40", "Notfall: Sean 0171 2345678"); "EAN 4006381333931" and a lower-case
   word's end ("código de grupo 2259743714", the group's code) stay labels;
6. a secret: a URL's password that starts with "$", a name and a bracket nothing closes
   ("mysql://app:$k(B8NjdKVq1@db.internal"); "$(cat pw)", "$fn(x)" and "${PW}" stay references;
7. not a street: a numbered fishing, barbecue or mooring spot ("Ort: Kiesgrube Süd, Angelplatz 14", "Grillplatz 3",
   "Anlegeplatz 7"), and a region in "-au" before a year ("Erntehelfer Ortenau 2025", "Hopfenernte Hallertau 2024");
   the spot's word with a postcode after it and "Lindenau 3, 04177 Leipzig" stay addresses.

Of the 65 cases below (33 to catch, 32 to leave or keep as they were), 36 fail on round 80: every case to catch but
eight the older rules read already (the other languages' bare passport labels of class 1 and a German "Pass" after a
visa's colon, English's call asked for, German's "Bei Änderungen:" and a French change line with "appelez" in it);
they stay as guards of their classes.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. German's bare "Pass", a birth's word after it or a visa's word before
    ("passport", "Für die Einladung fehlt noch was von dir.\n> Pass C01X00T47, geb. 3. Mai 1958. Gruß!", "C01X00T47"),
    ("passport", "Teilnehmer\nName: Jana Roth, Pass G8670296, geb. 4. Mai 2000", "G8670296"),
    ("passport", "Unterlagen für das Visum: Pass 412345678, Foto, Flugbuchung.", "412345678"),
    ("passport", "Reisegruppe Japan\nPASS L8830215; Geburtsdatum 12.03.1971", "L8830215"),
    ("passport", "Daten für die Einreise:\npass: K1234567 / geb. 1.2.1980", "K1234567"),
    ("passport", "For the visa letter we need: passport no 412345678, born 3 May 1958.", "412345678"),
    ("passport", "Pour la lettre d'invitation : passeport 12AB34567, né le 3 mai 1958.", "12AB34567"),
    ("passport", "Para la carta de invitación: pasaporte PAA123456, nacido el 3 de mayo de 1958.", "PAA123456"),
    ("passport", "Voor de uitnodigingsbrief: paspoort NX1234567, geboren 3 mei 1958.", "NX1234567"),
    # 2. the minors under their label, each name and a date in brackets
    ("date_of_birth", "Autorización piscina\nMenores: Lola (12/03/2014), Nico (2 de mayo de 2010)", "12/03/2014"),
    ("date_of_birth", "Autorización piscina\nMenores: Lola (12/03/2014), Nico (2 de mayo de 2010)", "2 de mayo de 2010"),
    ("date_of_birth", "Waiver - climbing wall\nMinors: Tom (12/03/2015), Mia (4 May 2018)", "4 May 2018"),
    ("date_of_birth", "Einverständnis Kletterhalle\nMinderjährige: Lea (03.05.2015), Tim (2018-01-02)", "2018-01-02"),
    ("date_of_birth", "Décharge accrobranche\nMineurs : Léa (3 mai 2015) et Tom (12/03/2017)", "3 mai 2015"),
    ("date_of_birth", "Toestemming klimhal\nMinderjarigen: Saar (09-06-2016), Daan (12-03-2019)", "09-06-2016"),
    ("date_of_birth", "CONSENTIMIENTO\nMENORES:Lola ( 12/03/2014 ); Nico (02-05-2010)", "02-05-2010"),
    # 4. a call asked for, a change's line, an absence's clause
    ("phone", "Reifenwechsel vor Ort. Kundin bittet um Anruf eine Stunde vorher: 0226083933", "0226083933"),
    ("phone", "Tyre fitting at home. Customer asks for a call 30 min before: 0412345678", "0412345678"),
    ("phone", "Montage à domicile. Le client demande un appel 30 min avant : 0612345678", "0612345678"),
    ("phone", "Cambio de neumáticos. Pide una llamada media hora antes: 612345678", "612345678"),
    ("phone", "Banden wisselen aan huis. Vraagt om een telefoontje vooraf: 0612345678", "0612345678"),
    ("phone", "Votre rendez-vous est confirmé le 3 mai. Pour toute modification : 0498369096.", "0498369096"),
    ("phone", "Your fitting is booked for 3 May. For any changes: 0412345678", "0412345678"),
    ("phone", "Ihr Termin ist am 3. Mai. Bei Änderungen: 0171 2345678", "0171 2345678"),
    ("phone", "Montage le 3 mai. POUR TOUTE MODIFICATION, appelez le 06 12 34 56 78", "06 12 34 56 78"),
    ("phone", "Su cita es el 3 de mayo. Para cualquier cambio: 612345678", "612345678"),
    ("phone", "Uw afspraak is op 3 mei. Voor wijzigingen: 0612345678", "0612345678"),
    ("phone", "PICKING ROTA\nIf you can't make your shift text 17375755 before 7am pls", "17375755"),
    ("phone", "Rooster zaterdag\nals je niet kunt komen app 0612345678 voor 8 uur", "0612345678"),
    # 5. a first name ending like a goods code's word
    ("phone", "Sortie du 3 mai\n2. Paul Roy, urgence : Jean +41 (0)73 086 96 40", "+41 (0)73 086 96 40"),
    ("phone", "Notfall: Sean 0171 2345678", "0171 2345678"),
    # 6. a URL's password, "$", a name and an unclosed bracket
    ("secret", "oops, .env pushed\nmysql://app:$k(B8NjdKVq1@db.internal:3306/shop", "$k(B8NjdKVq1"),
    ("secret", "DATABASE_URL=postgres://svc:$Xy(7fwQa2Lq@10.0.0.5/app", "$Xy(7fwQa2Lq"),
]

CLEAN = [
    # 1. a ski, a boarding, a mountain pass, "Skipass", a count, a password, a bare "Pass:" with no cue
    ("passport", "Winterurlaub: Ski Pass 12345678, geb. Preis 300 Euro"),
    ("passport", "Skipass 123456789, geb. 1980"),
    ("passport", "Boarding Pass 123456789, born to fly"),
    ("passport", "Etappe 4: Pass 2106 m, dann Abstieg"),
    ("passport", "pass 3 of 5 done"),
    ("passport", "Passwort 123456789, geb. egal"),
    ("passport", "WLAN\nPass: 12345678"),
    # 2. a count, a word first in the bracket, a date to come
    ("date_of_birth", "Menores: 2 (12/03/2026)"),
    ("date_of_birth", "Minors: Tom (arrived 12/03/2020)"),
    ("date_of_birth", "Minderjährige: Lea (12.03.2031)"),
    # 3. a birth still expected
    ("date_of_birth", "Anmeldung Geburtsvorbereitung\nName: Anna Roth\nGeburtstermin: 23. Oktober 2025"),
    ("date_of_birth", "Hebammenanfrage\nerrechneter Geburtstermin: 12.03.2026"),
    ("date_of_birth", "Antenatal class sign-up\nExpected date of birth: 23/10/2025"),
    ("date_of_birth", "Préparation à la naissance\nDate de naissance prévue : 23/10/2025"),
    ("date_of_birth", "Preparación al parto\nFecha prevista de nacimiento: 23/10/2025"),
    ("date_of_birth", "Zwangerschapscursus\nVerwachte geboortedatum: 23-10-2025"),
    ("date_of_birth", "ANTENATAL CLASS\nESTIMATED DOB - 23/10/2025"),
    # 4. a call's date, an order's words between, a text's noun
    ("phone", "Anruf vom 12.03., Vorgang 0226083933"),
    ("phone", "Pour toute modification de la commande 0498369096, merci de répondre."),
    ("phone", "Read the text 44125567 again."),
    # 6. references
    ("secret", "postgres://u:$(cat pw)@db/app"),
    ("secret", "postgres://u:${PW}@db/app"),
    # 7. a numbered spot, a region's year
    ("street_address", "Kontrolle Gewässerwart\nOrt: Kiesgrube Süd, Angelplatz 14\nKein Erlaubnisschein."),
    ("street_address", "Sommerfest: Grillplatz 3 ist für uns reserviert."),
    ("street_address", "Erntehelfer Ortenau 2025\nName: Anna Roth"),
    ("street_address", "Hopfenernte Hallertau 2024 – Schichtplan"),
]

NOT_FOUND = [
    # 5. a goods code's label, a lower-case word's end
    ("phone", "EAN 4006381333931", "4006381333931"),
    ("phone", "Contacto del hotel, código de grupo 2259743714.", "2259743714"),
]

STILL = [
    # 3. a baby's born date, a mother's birth date beside a due date
    ("date_of_birth", "Geboortedatum baby: 23-10-2021", "23-10-2021"),
    ("date_of_birth", "Mother: Anna Roth, DOB 12/03/1990, due date 23/10/2025", "12/03/1990"),
    # 7. a spot's word with a postcode after it, a street in "-au"
    ("street_address", "Wohnhaft Angelplatz 9, 1010 Wien", "Angelplatz 9, 1010 Wien"),
    ("street_address", "Wohnhaft Lindenau 3, 04177 Leipzig", "Lindenau 3, 04177 Leipzig"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
