"""The structured rule classes fixed after the ventifact bank's misses and false positives (round
50). Each case below is worded differently from the bank, in the languages where the class exists,
with near misses that must stay clean:

1. medical records: an optician's client file number beside an eye test's, a sight test's or a
   contact lens's word ("contact lens check is due ... Ref", "Sehtest ... Kunden-Nr.", "examen de
   vue ... dossier", "revisión de la vista ... ficha", "oogmeting ... klantnr.", the number maybe
   after its year), read as a
   hearing-care provider's is (rounds 47 and 48); an eyewear shop's order stays its own;
2. phones: Spanish's asking verbs before "en el" ("Pide cita en el", "avísanos ... en el"), a thing
   sent "by text to" the number ("per SMS an", "par SMS au", "por SMS al", "per sms naar"), a
   callback's "rappel" label in a log, a person one is told to tell or ask with the number in
   brackets ("tell Sian (...)", "sag Jonas (...)", "dis à Léa (...)", "dile a Ana (...)");
3. false positives: a date under a medical record's column is the visit's; a reservation's short
   column name ("resnr") opens another thing's column, so its first cell is no passport; "your
   claim number" is the claim's, no phone's own number; a file number's groups of one digit cut out
   of a digit run are no card; a party's noun right before a lexicon word that is a firm's name
   ("leverancier Manpower") names the firm, no biased word.

Of the 51 cases (27 to catch, 13 near misses, 3 values that must not be found, 8 that must stay
found), 26 failed before the change: 17 of the 27 catches (11 medical records, 6 phones; the numbers
sent "per SMS", "par SMS", "por SMS", "per sms", and the ones after a German, French, Spanish or Dutch
telling verb were read already by their own SMS or bracket rules), 7 of the 13 near misses (the two
reservation columns, the two numbers' formats after "your ... number", the two file numbers' pieces
and the supplier's name) and 2 of the 3 dates under a record's column (the German one was clean).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. an optician's client file number beside an eye test's or a contact lens's word
    ("medical_record", "Reminder: your annual eye test is overdue. Call us to book. Ref OPT-4471209", "OPT-4471209"),
    ("medical_record", "Hi Amy, your contact lens check is due this month (client no. 77120934).", "77120934"),
    ("medical_record", "Ihr letzter Sehtest ist über ein Jahr her. Kunden-Nr.: 5512093", "5512093"),
    ("medical_record", "Optiker Roth: Ihre Kontaktlinsenkontrolle steht an. Kd-Nr 44712098. Abmelden: STOPP", "44712098"),
    ("medical_record", "Votre opticien : le contrôle de vos lentilles est à prévoir, dossier C-2209871.", "C-2209871"),
    ("medical_record", "Il est temps de refaire un examen de vue. Réf. 7712093. STOP au 36111", "7712093"),
    ("medical_record", "Óptica Sol: toca la revisión de la vista. Ficha 4471209. Baja: BAJA", "4471209"),
    ("medical_record", "Hola Ana, tus lentillas necesitan control. Nº de ficha: L5531907", "L5531907"),
    ("medical_record", "Uw oogmeting is alweer twee jaar geleden, klantnummer 8812093.", "8812093"),
    ("medical_record", "Opticien Bos: tijd voor uw contactlenzen-controle (klantnr. K7712093).", "K7712093"),
    ("medical_record", "Zeit für Ihren Sehtest! Ihre Kundennummer 2021-448120 bitte zum Termin mitbringen.", "2021-448120"),
    # 2. Spanish's asking verbs before "en el"
    ("phone", "Ya tienes tus gafas; pide cita en el 912345678, te esperamos.", "912345678"),
    ("phone", "Si no puedes venir, avísanos por WhatsApp o en el 656789012.", "656789012"),
    ("phone", "Para cambiar la hora solicite cita en el 934567812, por favor.", "934567812"),
    # ... a thing sent by text to the number
    ("phone", "Your door code will be sent by text to 0412.7788 on arrival day", "0412.7788"),
    ("phone", "Der Zugangscode kommt per SMS an 0151 2345678 am Vortag.", "0151 2345678"),
    ("phone", "Le code vous sera envoyé par SMS au 06 12 34 56 78 la veille.", "06 12 34 56 78"),
    ("phone", "El código se envía por SMS al 612 345 678 el día antes.", "612 345 678"),
    ("phone", "De sleutelcode gaat per sms naar 06-12345678 de dag ervoor.", "06-12345678"),
    # ... a callback's "rappel" label in a log
    ("phone", "12:04 appel reçu, requérante Léa Morel, rappel 0322703729, feu de haie", "0322703729"),
    ("phone", "Intervention VSAV : témoin sur place, rappel : 0612345678", "0612345678"),
    # ... a person one is told to tell or ask, the number in brackets after the name
    ("phone", "can you ask Priya (4412 7789) about the keys", "4412 7789"),
    ("phone", "pls let Tom Hale (0412 998 117) know we're late", "0412 998 117"),
    ("phone", "Sag Jonas (0151 2345678) bitte Bescheid.", "0151 2345678"),
    ("phone", "Dis à Léa (06 12 34 56 78) que c'est reporté.", "06 12 34 56 78"),
    ("phone", "Dile a Ana (612 345 678) que llego tarde.", "612 345 678"),
    ("phone", "Vraag Sanne (06-12345678) even of het doorgaat.", "06-12345678"),
]

CLEAN = [
    # 1. an eyewear shop's order; a lens word without any file number's label
    ("medical_record", "Your order of contact lenses has shipped. Order no. 55120934, delivery Friday."),
    ("medical_record", "Ihre Bestellung Kontaktlinsen ist unterwegs, Kunden-Nr. 5512093, Lieferung morgen."),
    ("medical_record", "Receta de lentejas: 400 g, ficha técnica 4471209 del proveedor."),
    # 2. "en el" after no asking verb; "rappel" as a reminder of a bill; a bracketed number after no telling
    ("phone", "El expediente está archivado en el 946157466 del registro."),
    ("phone", "Rappel : votre facture 0245950077 reste impayée."),
    ("phone", "Results for Sian (2188 5936) are in the appendix table."),
    # 3. a date under a record's column; a reservation's first cell; a claim number's format
    ("passport", "resnr;aankomst;nachten;naam\n551209331;12-08-2025;2;Sanne Bos"),
    ("passport", "res_no,arrival,nights,guest\nC4471209,2025-08-12,2,Amy Clarke"),
    ("phone", "Your policy number looks like 3344556677; it is on page one of the schedule."),
    ("phone", "Your order number looks like 6612345678, printed on the receipt."),
    # ... a file number's pieces; a firm named after a party's noun
    ("payment_card", "Geschäftszeichen-Muster 17-5512093318-0-2; Auskunft beim Landgericht."),
    ("payment_card", "Format du numéro : 31-6301774421-0-4 (greffe)."),
    ("biased_language", "Recall notice from supplier Manpower: frames from batch 12 are affected."),
]

# a value that must not be found though the text holds other findings: the visit's date under a record's column
NOT_FOUND = [
    ("medical_record", "OCCUPATIONAL THERAPY - REVIEW\nClient: Amy Clarke   DOB: March 2, 2019   Hosp no. 441 209 3318\n"
     "Visit 3 of 10, 2031-02-14\nGoals met: dressing.", "2031-02-14"),
    ("medical_record", "Patient: Amy Clarke   DOB: March 2, 2019   Hosp no. 4471209\nVisit 3 of 10, 2031-02-14\nProgress good.",
     "2031-02-14"),
    ("medical_record", "Patientin: Lena Roth   Geb.: 12.03.2019   Fallnr. 4471209\nTermin 3 von 10, 14.02.2031\nGut.",
     "14.02.2031"),
]

STILL = [
    ("medical_record", "Kundennummer Apotheke: 4471209, E-Rezept liegt bereit.", "4471209"),
    ("medical_record", "Patient: Amy Clarke   Hosp no. 4471209\nVisit 3 of 10, 2031-02-14\nProgress good.", "4471209"),
    ("phone", "Llámanos al 912345678.", "912345678"),
    ("phone", "My new number: 0612345678", "0612345678"),
    ("phone", "numéro de rappel : 0322703729", "0322703729"),
    ("payment_card", "Karte 4111 1111 1111 1111, gültig bis 12/27", "4111 1111 1111 1111"),
    ("payment_card", "card 4111-1111-1111-1111", "4111-1111-1111-1111"),
    ("biased_language", "We lack the manpower to finish this week.", "manpower"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
