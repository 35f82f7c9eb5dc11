"""The structured rule classes fixed after the bolson and malpais banks' misses and false findings (issue 14,
round 68, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a medical record: a blood donor's number after the donor's word alone ("Deferred: Tom Hale (donor 4471203), Hb
   too low", "Zurückgestellt: Jonas Weber (Spender 5519024)", "- Nico Gil Pardo, donante K4471203, tensión baja",
   "Afgekeurd: Saar Peeters (donor 632728)"), or the number's sign alone in brackets after the name a deferral's
   word opens the line with ("Ajourné : Léa Martin (n° 2019-447120)", "Afgekeurd: Saar Peeters (nr. 632728)"),
   with the session's own words now read as donation words ("Exclusiones temporales", "Hb te laag", "collecte du
   12/05/2026 ... avant le don", "donatiesessie"); a charity's "Spender 4471203" and a deferral without a
   donor stay clean;
2. a medical record: a hearing-care provider's customer number under a shortened label ("Kundennr.:", "Cust. no.:",
   "N° cli. :", "Núm. cliente:") beside the client's birth date; without the birth date it stays the shop's
   customer number;
3. a passport: a list under the line asking for passport numbers, numbered rows and a remark in brackets after
   the number ("1. Tom Hale - 512345678\\n2. Amy Stone - X1234567 (expires in May!)", "1) Jonas Roth: C01X00T47
   (abgelaufen)", "passeports", "pasaportes", "paspoortnummers"); the same rows under a heading about the
   passports' photos stay clean, and the number is no phone;
4. a phone: an incident's timeline escalates to a person, their number alone in brackets ("Escalated to
   secondary: Amy Stone (2125550147)", "eskaliert an Jonas Weber (01712345678)", "escalade vers Léa Roy
   (0612345678)", "escalado a Nico Gil Pardo (612345678)", "geëscaleerd naar Saar Peeters (0612345678)"); a
   team's escalation with a board's number stays clean;
5. a phone: a timetable's slot, the time, the person and a bare number in brackets, where another slot's bracket
   holds an email ("10:30 Amy Stone (amy@example.org)\\n11:00 Tom Hale (07700900123)", in five languages); a
   number in no phone's shape stays unread;
6. a phone: one's contact details as the email, "and", then a bare number ("tom@example.com and 07700900123",
   "und", "et", "y", "en"); a word between ("and order 5519024") keeps it unread;
7. a date of birth: a comma-separated table whose last cell is a date with a comma and a clock time ("...,Leeds,
   March 3, 2027 14:30"): the row keeps its columns and its birth date's cell is read; a table without a birth
   date's column stays clean;
8. a medical record: a fertility lab's list of embryos, one patient a line, the number, the name, then what is
   stored ("Embryology lab - thaw list\\n4471203 | Amy Stone | 2 x day-5 blastocysts", "Auftauliste IVF-Labor",
   "Liste de décongélation", "Lista de desvitrificación", "Ontdooilijst embryolab"); a lab's rota without an
   embryo's word and a sample list without a name stay clean.

Of the 58 cases below (38 to catch, 20 to leave or keep as they were), 38 fail on round 67.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

_EN_PASSPORTS = ("Trip to Porto - we still need passport numbers by Monday:\n1. Tom Hale - 512345678\n"
                 "2. Amy Stone - X1234567 (expires in May!)")
_EN_SLOTS = "Interviews 12 May\n10:30 Amy Stone (amy@example.org)\n11:00 Tom Hale (07700900123)\nPanel: Dr Lowe"

CATCH = [
    # 1. the donor's word alone, the deferral's sign
    ("medical_record", "Blood drive 12 May – Leeds\nDeferred: Tom Hale (donor 4471203), Hb too low, back in 3 months",
     "4471203"),
    ("medical_record", "Blutspendetermin 3. Mai – Ulm\nZurückgestellt: Jonas Weber (Spender 5519024), Hb zu niedrig",
     "5519024"),
    ("medical_record", "Collecte de sang – Lyon\nDonneurs prélevés : 41\nAjourné : Léa Martin (n° 2019-447120), "
                       "hémoglobine basse", "2019-447120"),
    ("medical_record", "Campaña 3/05 – Soria\nExclusiones temporales:\n- Nico Gil Pardo, donante K4471203, tensión "
                       "baja", "K4471203"),
    ("medical_record", "Donatiesessie 3 mei – Gent\nDonors: 37\nAfgekeurd: Saar Peeters (nr. 632728), Hb te laag",
     "632728"),
    ("medical_record", "Merci pour votre inscription à la collecte du 12/05/2026 à Lyon.\nN° donneur : K4471203\n"
                       "Pensez à bien manger avant le don.", "K4471203"),
    ("medical_record", "Bedankt voor je afspraak op de donatiesessie van 3 mei.\nDonornummer: P-5519024", "P-5519024"),
    # 2. a hearing-care customer number's short label
    ("medical_record", "Nachsorge Hörgeräte\nKunde: Herr Roth\nKundennr.: 4471203\ngeb. 12.03.1950", "4471203"),
    ("medical_record", "Hearing aid review\nClient: Mrs Hale\nCust. no.: K4471203\nDOB 12/03/1950", "K4471203"),
    ("medical_record", "Suivi appareil auditif\nClient : Mme Roy\nN° cli. : 5519024\nnée le 12/03/1950", "5519024"),
    ("medical_record", "Revisión audífono\nCliente: Sra. Gil\nNúm. cliente: 5519024\nfecha de nacimiento "
                       "12/03/1950", "5519024"),
    # 3. a numbered passport list, a remark after the number
    ("passport", _EN_PASSPORTS, "512345678"),
    ("passport", _EN_PASSPORTS, "X1234567"),
    ("passport", "Passnummern für die Anmeldung:\n1) Jonas Roth: C01X00T47 (abgelaufen)\n2) Mila Weber: C4X7K2L9M",
     "C01X00T47"),
    ("passport", "Numéros de passeport des participants :\n1. Inès Roy - 18AB12345 (expire bientôt)", "18AB12345"),
    ("passport", "Pasaportes de los alumnos:\n1. Nuria Gil - PAA123456 (caduca pronto)\n2. Pablo Soto - PAB654321",
     "PAA123456"),
    ("passport", "Paspoortnummers voor de reis:\n1. Daan Bos - NP1234567 (verlopen)\n2. Saar Peeters - NP7654321",
     "NP1234567"),
    # 4. an escalation to a person, the number in brackets
    ("phone", "Incident #4471 – api 5xx\n02:10 Escalated to secondary: Amy Stone (2125550147)\n02:40 resolved",
     "2125550147"),
    ("phone", "Störung 4471\n02:10 eskaliert an Jonas Weber (01712345678)\n02:40 behoben", "01712345678"),
    ("phone", "Incident 4471\n02h10 escalade vers Léa Roy (0612345678)\n02h40 résolu", "0612345678"),
    ("phone", "Incidencia 4471\n02:10 escalado a Nico Gil Pardo (612345678)\n02:40 resuelto", "612345678"),
    ("phone", "Storing 4471\n02:10 geëscaleerd naar Saar Peeters (0612345678)\n02:40 opgelost", "0612345678"),
    # 5. a timetable's slot, the number where another slot holds an email
    ("phone", _EN_SLOTS, "07700900123"),
    ("phone", "Gespräche 12.05.\n10:30 Mila Roth (mila@example.de)\n11:00 Jonas Weber (01712345678)", "01712345678"),
    ("phone", "Entretiens\n10h30 Inès Roy (ines@example.fr)\n11h00 Léa Martin (0612345678)", "0612345678"),
    ("phone", "Entrevistas\n10:30 Lola Ruiz (lola@example.es)\n11:00 Nico Gil (612345678)", "612345678"),
    ("phone", "Gesprekken\n10.30 Fenna de Vries (fenna@example.nl)\n11.00 Saar Peeters (0612345678)", "0612345678"),
    # 6. the email, "and", the number
    ("phone", "please update my details: tom@example.com and 07700900123, thanks", "07700900123"),
    ("phone", "Bitte meine Kontaktdaten ändern: iq@example.de und 01712345678.", "01712345678"),
    ("phone", "Mes nouvelles coordonnées : lea@example.fr et 0612345678.", "0612345678"),
    ("phone", "Mis datos nuevos: ana@example.es y 612345678. Gracias", "612345678"),
    ("phone", "Mijn nieuwe gegevens: saar@example.nl en 0612345678.", "0612345678"),
    # 7. a date and its clock time in the last cell
    ("date_of_birth", "ref,name,dob,centre,slot\nDT1,Tom Hale,14/06/1984,Leeds,March 3, 2027 14:30\n"
                      "DT2,Amy Stone,03/22/1990,York,05/04/2027 09:00", "14/06/1984"),
    # 8. a fertility lab's embryo list
    ("medical_record", "Embryology lab - transfer list 03/05\n4471203 | Amy Stone | 1 x day-5 blastocyst | dish 2",
     "4471203"),
    ("medical_record", "IVF-Labor – Auftauliste 3. Mai\nK4471203 | Anna Roth | 2 Blastozysten | Paillette 3",
     "K4471203"),
    ("medical_record", "Liste de décongélation – labo FIV\n5519024 ; Léa Roy ; 1 blastocyste J5 ; paillette 2",
     "5519024"),
    ("medical_record", "Lista de desvitrificación – laboratorio de FIV\n2019-447120 | Ana Gil Roca | 2 blastocistos | "
                       "pajuela 1C", "2019-447120"),
    ("medical_record", "Ontdooilijst embryolab\nMRN-5519024 | Saar Peeters | 1 blastocyst dag 5 | rietje 2",
     "MRN-5519024"),
]

CLEAN = [
    # 1. a charity's donor; a deferral with no donor
    ("medical_record", "Spender 4471203 hat 50 € überwiesen, vielen Dank!"),
    ("medical_record", "Deferred: Tom Hale (no. 4471203), payment moved to June"),
    ("medical_record", "Afgekeurd: offerte Saar Peeters (nr. 632728), te duur"),
    # 2. no birth date: the shop's customer
    ("medical_record", "Hörgeräteanpassung\nKunde: Anna Roth\nKundennr.: 4471203"),
    ("medical_record", "Bestellung 12.05.\nKundennr.: 4471203\ngeb. 12.03.1950"),
    # 3. the passports' photos
    ("passport", "Passport photos:\n1. Tom Hale - 512345678 (reprint)\n2. Amy Stone - X1234567"),
    # 4. a board's number
    ("phone", "02:10 Escalated to Change Board (20240512)"),
    # 5. no phone's shape
    ("phone", "Interviews\n10:30 Amy Stone (amy@example.org)\n11:00 Tom Hale (20240512)"),
    # 6. a word between "and" and the number
    ("phone", "mail tom@example.com and order 5519024"),
    # 7. no birth date's column
    ("date_of_birth", "ref,name,centre,slot\nDT1,Tom Hale,Leeds,March 3, 2027 14:30"),
    # 8. no embryo's word; no name
    ("medical_record", "IVF clinic rota\n4471203 | Anna Roth | Monday late shift"),
    ("medical_record", "Embryology lab - sample list\n4471203 | serum | 2 tubes"),
]

NOT_FOUND = [
    # 3. the passport's number is no phone
    ("phone", _EN_PASSPORTS, "512345678"),
]

STILL = [
    ("medical_record", "Donor ID: 4471203\nLast donation: 12/03/2026", "4471203"),
    ("medical_record", "Hörgeräteanpassung\nKunde: Anna Roth\nKundennummer: 4471203\ngeb. 12.03.1950", "4471203"),
    ("passport", "Passport numbers for the ferry:\nLena Wolf - X1234567\nTom Hale - 512345678", "X1234567"),
    ("phone", "Contact: Tom Hale (tom@example.com, 07700 900123)", "07700 900123"),
    ("email", _EN_SLOTS, "amy@example.org"),
    ("date_of_birth", "ref,name,dob,centre\nDT1,Tom Hale,March 3, 1984,Leeds", "March 3, 1984"),
    ("person", _EN_SLOTS, "Tom Hale"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
