"""The structured rule classes fixed after the canyon and prairie banks' misses and false
positives (issue 14, round 20). Each case below is worded differently from the banks, in the
five languages, with near misses that must stay clean:

1. records: a patient's file spoken of in a sentence, its possessive or article, the file's word,
   then the number, maybe after "is", "c'est", "es", "ist", "lautet" ("her chart is 20418833",
   "son dossier est le 13945932", "tiene la historia M8553365"), in a text about care; a
   customer's or a court's file, a file's name, a year stay clean;
2. dates of birth: the subject of a social-care or safeguarding record, labelled as such ("Adult
   at risk:", "Service user:", "Betroffene Person:", "Usager :", "Persona usuaria:",
   "Zorgvrager:"), then the name and a date some years past; a recent date (a visit's) and a
   client's or a company's line stay clean;
3. passports: a passport named in one sentence, a passport-shaped value in the next that speaks
   of the document (its copy, its expiry, its issue, its renewal), with no other thing named in
   its own sentence; a quote's, an offer's or a voucher's number ("Offerte", "Angebot", "devis",
   "presupuesto", "quote"), valid until a date, is no passport;
4. phones: a contact's line, whose label names a contact or a phone, then the person's name and
   their relation in brackets, then the number ("Next of kin: ... (daughter), 9142-1759"); a
   compact eight-digit number as a contact line's first field before an e-mail address ("8552
   7603 | ...@..."); an order's or an invoice's line and a date before an address stay clean;
5. secrets: a password after "-p" that starts with "$" and a digit and goes on with letters and
   symbols no shell name holds ("$072Nv@+&)WLQy"); a positional parameter ("$1", "$2/backup")
   stays a reference;
6. addresses: a UK address without a house number above a numbered one (the numbered one was found
   first and hid the postcode above it); a town opening with "St.", "Ste.", "Mt." or "Ft."; an
   Australian "Plateau", "Pathway" or "Boulevarde".
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. records
    ("medical_record", "The patient on ward 4 rang back this morning; her chart is 20418833.", "20418833"),
    ("medical_record", "Der Patient hat angerufen, seine Akte hat die Nummer 4471882.", "4471882"),
    ("medical_record", "Le patient a été hospitalisé hier, son dossier est le K-447120.", "K-447120"),
    ("medical_record", "El paciente ingresado ayer: su historia clínica es la 5531907.", "5531907"),
    ("medical_record", "De patiënt belde terug; haar dossier is 5531907.", "5531907"),
    ("medical_record", "Nurse handover: the file 20418833 for the patient in bed 3 is incomplete.", "20418833"),
    # 2. dates of birth
    ("date_of_birth", "Safeguarding referral\nVulnerable adult: Mrs Eileen Hart (12/05/1944)\nReferrer: GP", "12/05/1944"),
    ("date_of_birth", "Service user: Tom Reyes, 3 March 1958\nCare package: two calls a day", "3 March 1958"),
    ("date_of_birth", "Betroffene Person: Frau Anna Roth, 12.03.1941\nMeldung durch: Pflegedienst", "12.03.1941"),
    ("date_of_birth", "Usager : M. Paul Girard – 04/11/1939\nService : aide à domicile", "04/11/1939"),
    ("date_of_birth", "Persona usuaria: Dña. Carmen Ruiz, 7 de junio de 1950\nRecurso: centro de día", "7 de junio de 1950"),
    ("date_of_birth", "Zorgvrager: mevr. Els Jansen (02-09-1936)\nIndicatie: wijkverpleging", "02-09-1936"),
    # 3. passports
    ("passport", "Could you send your passport again? The copy we hold (X1234567) has expired.", "X1234567"),
    ("passport", "Schick mir bitte noch einmal deinen Reisepass. Die Kopie bei uns (C01X00T47) ist abgelaufen.", "C01X00T47"),
    ("passport", "Merci de nous renvoyer votre passeport. L'exemplaire au dossier, 18AB23456, n'est plus valable.",
     "18AB23456"),
    ("passport", "Necesitamos otra vez tu pasaporte. La copia que tenemos, XDB123456, está caducada.", "XDB123456"),
    ("passport", "Stuur je paspoort nog eens op. De scan die wij hebben (NW8172K34) is verlopen.", "NW8172K34"),
    # 4. phones
    ("phone", "Next of kin: Aoife Byrne (sister), 8712-4093", "8712-4093"),
    ("phone", "Notfallkontakt: Jonas Roth (Bruder) – 0171 2345678", "0171 2345678"),
    ("phone", "Personne à prévenir : Chloé Martin (fille), 4412 7781", "4412 7781"),
    ("phone", "Contactpersoon: Sanne de Wit (dochter), 8712-4093", "8712-4093"),
    ("phone", "Ana Gil\nCalle Mayor 10, 28013 Madrid\n84120377 · ana.gil@example.es", "84120377"),
    ("phone", "RÉSUMÉ\nLéa Roux\n47125590 | lea.roux@example.fr", "47125590"),
    # 5. secrets
    ("secret", "mysql -h db01 -u report -p\"$9kT!r4#pQ\" sales", "$9kT!r4#pQ"),
    ("secret", "psql wrapper: --user ana -p'$4Zq%Lm8*Wt' (rotate after the demo)", "$4Zq%Lm8*Wt"),
    # 6. addresses
    ("street_address", "Pickup: Flat 9, Ivy Mansions, Harrogate, HG1 2AB\nDrop-off: 14 Mill Road, Leeds LS1 4AB",
     "Flat 9, Ivy Mansions, Harrogate, HG1 2AB"),
    ("street_address", "Ship to 48 Oak Road, St. Louis, MO 63101 by Friday", "48 Oak Road, St. Louis, MO 63101"),
    ("street_address", "Unit: 12/40 Banksia Plateau, Mt. Barker, SA, 5251", "12/40 Banksia Plateau, Mt. Barker, SA, 5251"),
    ("street_address", "Send it to 7 Wattle Pathway, Ft. Denison, NSW 2000.", "7 Wattle Pathway, Ft. Denison, NSW 2000"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round20_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a customer's, a court's, a library's file; a file's name; no number's length
    ("medical_record", "The customer called back; her file is 20418833."),
    ("medical_record", "Le tribunal a transmis la pièce ; son dossier est le 13945932."),
    ("medical_record", "La historia 12345 de la ciudad empieza en el puerto."),
    ("medical_record", "The patient portal now opens the file 20418833.pdf directly."),
    ("medical_record", "The patient asked about her chart is 1234."),
    # a recent date (a visit), a record's own date, a client's or a company's line
    ("date_of_birth", "Service user: Tom Reyes, 12 May 2025\nVisit notes: fine"),
    ("date_of_birth", "Referral date: 3 March 1998\nService user: Tom Reyes"),
    ("date_of_birth", "Client: Acme Holdings, 12 March 2001\nScope: audit"),
    ("date_of_birth", "Usuario: admin, 12/03/2001"),
    # a quote's, an offer's, a voucher's number valid until a date; another thing after the passport
    ("passport", "Trouwen op het kasteel? Offerte RT6604981 van Smit BV, geldig tot 12-10-2030."),
    ("passport", "Ihr Angebot AB1234567 ist gültig bis 31.12.2030, Ihr Reisebüro."),
    ("passport", "Votre devis DV1234567 pour le vol est valable jusqu'au 12/10/2030."),
    ("passport", "Presupuesto PR1234567 del viaje, válido hasta el 12/10/2030."),
    ("passport", "Quote QT1234567 for the flight is valid until 12 October 2030."),
    ("passport", "Gutschein GS1234567 für die Reise, gültig bis 2030."),
    ("passport", "Bring your passport. Your booking RE1234567 is valid until May."),
    ("passport", "Don't forget your passport! Build 123456789 of the app has expired."),
    ("passport", "Please renew your passport soon. The copy of invoice 123456789 is attached."),
    # an order's, an invoice's line; a year-like number before an address; a clock
    ("phone", "Order: Blue shoes (size 9), 4412-7781"),
    ("phone", "Invoice: ACME Ltd, 4412-7781"),
    ("phone", "Ticket: Anna Roth (VIP), 4412-7781"),
    ("phone", "20240101 | ops@example.com"),
    ("phone", "Referee: Aoife Byrne (manager), 8712-4093"),
    ("phone", "Delivery: Aoife Byrne (front desk), 8712-4093"),
    # a positional parameter, a path after it, a variable
    ("secret", "mysql -u report -p\"$1\" sales"),
    ("secret", "mysql -u report -p\"$2/backup\" sales"),
    ("secret", "curl -u ana -p\"$1-backup\" https://example.org"),
    ("secret", "mysql -u report -p\"$DB_PASS\" sales"),
    # prose that quotes the flag: the blanks inside the quotes are the sentence's
    ("secret", 'A password after -p" that starts with "$" is read whole.'),
    # a plateau without a house number, an abbreviation that opens no town
    ("street_address", "The Colorado Plateau covers 130000 square miles."),
    ("street_address", "We camped at 3000 m on the Tibetan Plateau."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round20_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


def test_a_street_abbreviation_does_not_take_the_next_sentence_as_its_town(scanner: Scanner) -> None:
    text = "Meet at 12 Baker St. John will bring 2 chairs."
    assert ("street_address", "12 Baker St.") in found(scanner, text)
