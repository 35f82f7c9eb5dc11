"""The structured rule classes fixed after the hamada bank's misses and false findings (issue 14, round 67,
structured half). Each case is worded differently from the bank, in the languages where the class exists, with near
misses that must stay as they were:

1. a date of birth: a team's line-up, one member a line, the seat's number (or a bullet), the name, then a date
   alone in brackets ("Crew:\\n1 Tom Hale (14/06/2009)\\n2 Amy Stone (2 May 2010)", "Staffel 2 – Aufstellung",
   "Équipage", "Tripulación", "Ploeg"), two lines at least under a team's, an entry's or a race's word, one date
   some years past; a programme's numbered events, a list under no team's word and one line alone stay clean;
2. a date of birth: the children's count, then their dates in brackets or after a colon ("2 children (3 May 2015,
   14/06/2018)", "2 Kinder (...)", "2 enfants (... et ...)", "3 menores (...)", "2 kinderen: ..."); a date after a
   word in the bracket ("ab 12.03.2021") and a count of anything else ("2 Termine (...)") stay clean;
3. a date of birth: the birth date's word, what it is needed for, then an arrow at the date on the line ("date of
   birth for the club licence -> 2011-05-03", "Geburtsdatum für den Pass → ...", "date de naissance pour la
   licence => ...", "fecha de nacimiento para la ficha -> ...", "geboortedatum voor de licentie -> ..."); another
   date's word in between ("deadline") keeps it clean;
4. a medical record: a report's label or the patient's abbreviation opens the line, the patient's name, then the
   number alone in brackets, in a text about care or a sleep study ("Report: Tom Hale (K4471203), OSA moderate",
   "Befund: Jonas Weber (4471203), OSAS", "Compte rendu : Léa Martin (5519024) – SAOS", "Informe: Nico Gil
   (2019-447120), SAHS", "Verslag: Saar Peeters (MRN-5519024), CPAP"); a firm's report ("Report: Tom Hale
   (4471203) sales Q3") stays clean;
5. a phone: a contact's bracket holding the email, then a comma and a bare number ("(ana.gil@example.es,
   912345678)", "(iq@example.de, 01712345678)", "(oq@example.fr, 0612345678)", "(saar@example.nl,
   0612345678)"); an order's number after its word in the bracket stays unread; the number is no passport
   either, with a passport on the form;
6. a phone: a contact's role labels the line, then the full name, a comma and a bare number that ends the line,
   with a name the gazetteer lacks, a local number's eight digits in two groups or a North American number's ten
   ("Race secretary: Amy Stone, 4471-2039", "Sorgeberechtigte: Ilse Quandtner, 04895254085", "Secrétaire : Odile
   Quenardel, 0489525408", "Secretaria: ...", "Secretaris: ..."); a year's "2024-0190" and eight digits in one group stay
   unread;
7. not a phone: the part's (the thing's) number in brackets after its state ("Part ordered (0071351677647)",
   "Ersatzteil bestellt (...)", "pièce commandée (...)", "pieza pedida (...)", "onderdeel besteld (...)"); a
   number to call in a bracket after "call me" stays one;
8. not a street: a show's "-schau" and its year or number ("Herbstschau 2026", "Landesgartenschau 2027",
   "Modenschau 3"); a street in "-au" ("Lindenau 12") stays one;
9. not a medical record: a member's number in a table whose care word stands only inside an email's domain or
   address ("...,amy@hale-ward.net"); a real ward's word keeps the table a care one.

Of the 63 cases below (38 to catch, 25 to leave or keep as they were), 48 fail on round 66.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

_EN_CREW = ("Head of the River – entry\nEvent: J16 4x\nCrew:\n1 Tom Hale (14/06/2009)\n2 Amy Stone (2 May 2010)\n"
            "3 Ben Carter (2010-01-17)\nCoach: Ann Lowe")
_DE_CREW = ("Staffel 2 – Aufstellung 4x100 m\n- Jonas Weber (03.05.2012)\n- Mila Roth (12. März 2011)\n"
            "- Paul Kaiser (2023-04-01)\nBetreuer: Herr Kühn")
_FR_CREW = "Régate de Vichy\nÉquipage\n1 Léa Martin (3 mai 2010)\n2 Tom Roy (08/06/2011)\nEntraîneur : M. Petit"
_ES_CREW = ("Regata de Sevilla – inscripción\nTripulación:\n1 Nico Gil Pardo (3 de febrero de 2010)\n"
            "2 Lola Ruiz (14-11-2011)\nDelegado: Sr. Vidal")
_NL_CREW = "Ploeg Dames 2x\n1 Saar Peeters (09-06-2010)\n2 Fenna de Vries (3 maart 2011)\nCoach: Bram"
_EN_MAIL = "Volunteer: Ana Gil (ana.gil@example.es, 912345678)\nPassport: F20418990\nHost family: the Ruiz family"
_EN_TABLE = ("crew,seat,rower,dob,member_no,email\nW4x A,bow,Amy Stone,12 May 1995,4625021729,amy@hale-ward.net\n"
             "W4x A,2,Ann Lowe,04/17/1981,2068497457,ann@example.org")

CATCH = [
    # 1. a team's line-up
    ("date_of_birth", _EN_CREW, "14/06/2009"),
    ("date_of_birth", _EN_CREW, "2 May 2010"),
    ("date_of_birth", _DE_CREW, "12. März 2011"),
    ("date_of_birth", _DE_CREW, "2023-04-01"),
    ("date_of_birth", _FR_CREW, "3 mai 2010"),
    ("date_of_birth", _ES_CREW, "3 de febrero de 2010"),
    ("date_of_birth", _NL_CREW, "3 maart 2011"),
    # 2. the children's count, then their dates
    ("date_of_birth", "Family: Tom Hale, 2 children (3 May 2015, 14/06/2018)\nHousing: flat 4", "3 May 2015"),
    ("date_of_birth", "Family: Tom Hale, 2 children (3 May 2015, 14/06/2018)\nHousing: flat 4", "14/06/2018"),
    ("date_of_birth", "Haushalt: Anna Roth, 3 Kinder (2. April 2016, 2019-08-09, 11.11.2020)", "2019-08-09"),
    ("date_of_birth", "Famille : Léa Roy, 2 enfants (3 mai 2015 et 08/06/2018)", "08/06/2018"),
    ("date_of_birth", "Familia: Ana Gil, 3 menores (3 de mayo de 2015, 2018-02-01, 09/09/2020)", "3 de mayo de 2015"),
    ("date_of_birth", "Gezin: Saar Peeters, 2 kinderen: 3 mei 2015, 09-06-2018\nWoning: nog zoeken", "09-06-2018"),
    # 3. the birth date's word, what it is for, an arrow at the date
    ("date_of_birth", "still need Ben's date of birth for the club licence -> 2011-05-03, thanks", "2011-05-03"),
    ("date_of_birth", "Geburtsdatum für den Pass → 03.05.2012, bitte prüfen", "03.05.2012"),
    ("date_of_birth", "date de naissance pour la licence => 3 mai 2012", "3 mai 2012"),
    ("date_of_birth", "fecha de nacimiento para la ficha -> 3 de mayo de 2012", "3 de mayo de 2012"),
    ("date_of_birth", "geboortedatum voor de licentie -> 3 mei 2012", "3 mei 2012"),
    # 4. a report's label, the name, the number in brackets
    ("medical_record", "Report: Tom Hale (K4471203), OSA moderate, AHI 24. CPAP trial booked.", "K4471203"),
    ("medical_record", "Befund: Jonas Weber (4471203), OSAS mittelgradig, AHI 25. CPAP-Einstellung geplant.", "4471203"),
    ("medical_record", "Compte rendu : Léa Martin (5519024) – SAOS modéré, PPC à discuter.", "5519024"),
    ("medical_record", "Informe: Nico Gil (2019-447120), SAHS leve, IAH 12. Control en 6 meses.", "2019-447120"),
    ("medical_record", "Verslag: Saar Peeters (MRN-5519024), OSAS ernstig. CPAP gestart.", "MRN-5519024"),
    ("medical_record", "Pat. Anna Roth (2024-55190) kommt morgen zur Polysomnographie.", "2024-55190"),
    # 5. the email, then the number in one bracket
    ("phone", _EN_MAIL, "912345678"),
    ("phone", "Ehrenamtliche: Ilse Quandtner (iq@example.de, 01712345678)\nFamilie: 2 Kinder", "01712345678"),
    ("phone", "Bénévole : Odile Quenardel (oq@example.fr, 0612345678)\nFamille : Roy", "0612345678"),
    ("phone", "Vrijwilliger: Saar Peeters (saar@example.nl, 0612345678)", "0612345678"),
    # 6. a contact's role, the name, a comma, the number
    ("phone", "Event: W2x\nRace secretary: Amy Stone, 4471-2039\nBow: Tom Hale", "4471-2039"),
    ("phone", "Club secretary: Ann Lowe, 8262379928\nFee received.", "8262379928"),
    ("phone", "Sorgeberechtigte: Ilse Quandtner, 04895254085\nPrüferin: Frau Roth", "04895254085"),
    ("phone", "Secrétaire : Odile Quenardel, 0489525408\nClub : AS Vichy", "0489525408"),
    ("phone", "Secretaris: Fenna Quaadvliet, 4471-2039\nGroep 7", "4471-2039"),
    ("phone", "Secretaria: Begoña Quirce Urzaiz, 4471-2039\nCurso: 3º B", "4471-2039"),
    # 1-6 on the bank's shape, worded anew
    ("date_of_birth", "Meldung Regatta Ulm\nRennen 4: Junioren A Zweier\n1 Emil Stahl (2010-02-03)\n"
                      "2 Jan Roth (7. Mai 2009)\nObmann: Herr Kühn", "7. Mai 2009"),
    ("date_of_birth", "Inschrijving Gent\nVeld: Heren 2-\nBemanning:\n1 Bram Maes (11.02.2009)\n2 Wout de Smet "
                      "(4 juni 2010)\nCoach: Jonas", "4 juni 2010"),
    ("medical_record", "CR : Jules Roy (M4471203) – SAOS sévère. Courrier au médecin traitant.", "M4471203"),
    ("phone", "Voluntario: Pablo Soto (psoto@example.com, 987348465)\nPasaporte: 450710647", "987348465"),
]

CLEAN = [
    # 1. numbered events; a list under no team's word; one line alone
    ("date_of_birth", "Programm 2026\n1 Sommerfest Berlin (12.06.2026)\n2 Herbstmarkt Köln (03.10.2026)"),
    ("date_of_birth", "Termine\n1 Anna Roth (14/06/2009)\n2 Tom Hale (12.03.2010)"),
    ("date_of_birth", "Crew:\n1 Tom Hale (14/06/2009)\nCoach: Ann Lowe"),
    # 2. a word before the date; a count of anything else
    ("date_of_birth", "Betreuung: 2 Kinder (ab 12.03.2021)"),
    ("date_of_birth", "Heute 2 Termine (12.03.2021, 14.05.2021) abgesagt."),
    # 3. another date's word between the label and the arrow
    ("date_of_birth", "date of birth update deadline -> 2026-03-10"),
    # 4. a firm's report
    ("medical_record", "Report: Tom Hale (4471203) sales Q3 up 4%, see the dashboard."),
    ("medical_record", "Summary: Tom Hale (12.03.2024), CPAP started"),
    # 5. an order's number in the bracket
    ("phone", "Customer: Tom Hale (tom@example.com, order 5519024) asked for a refund."),
    # 6. a year's and one group's digits
    ("phone", "Entry secretary: Gordon Hale, 2024-0190"),
    ("phone", "Membership secretary: Tom Hale, 55190245"),
    # 7. the part's number
    ("phone", "Engineer notes: valve replaced. Part ordered (0071351677647). Back Tuesday AM."),
    ("phone", "Notiz: Ersatzteil bestellt (0049171234567), Termin folgt."),
    ("phone", "Note : pièce commandée (0033612345678)."),
    ("phone", "Nota: pieza pedida (0034912345678)."),
    ("phone", "Notitie: onderdeel besteld (0031612345678)."),
    # 8. a show
    ("street_address", "Herbstschau 2026 – Klassen\n1 Kartoffeln (5 Stück)\n2 Zwiebeln (3 Stück)"),
    ("street_address", "Landesgartenschau 2027 in Höxter: Tickets ab Montag"),
    ("street_address", "Modenschau 3 beginnt um acht"),
    # 9. a care word in an email's domain
    ("medical_record", _EN_TABLE),
]

NOT_FOUND = [
    # 5. the contact's phone is no passport
    ("passport", _EN_MAIL, "912345678"),
]

STILL = [
    ("street_address", "Adresse: Lindenau 12, 04177 Leipzig", "Lindenau 12, 04177 Leipzig"),
    ("phone", "Part ordered, call me (07700 900123) when it arrives", "07700 900123"),
    ("passport", _EN_MAIL, "F20418990"),
    ("medical_record", "Ward 4 list\nname,dob,hospital_no\nAnn Lowe,12/03/1958,4471203", "4471203"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
