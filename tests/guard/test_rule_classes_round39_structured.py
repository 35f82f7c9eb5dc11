"""The structured rule classes fixed after the bergschrund and firn banks' misses and false
positives (round 39). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. national identifiers: where the number is kept, between its name and the value ("SIN on
   payroll file", "NAS au dossier de paie", "Steuer-ID in der Personalakte", "NISS en el
   expediente", "BSN in ons dossier"), the check digit deciding; the number is no phone then;
2. passports: an SQL INSERT's identity-document column ("id_doc", "dokument_nr", "documento")
   beside the holder's address column, the value's passport shape deciding; another column's
   reference stays clean;
3. medical records: a health insurer's member number written short ("Vers.-Nr.") and a hospital
   admission number written short or in full ("Aufn.-Nr.", "Adm. no.", "n° d'admission",
   "nº de ingreso", "opnamenummer") in a text about care; a car insurer's number and a museum's
   admission stay clean;
4. e-mail addresses: an address as a user name's value in a log, YAML or JSON is an e-mail, not
   a credential (a real token under an auth key stays a secret);
5. phones, false: a job's or a call-out's reference in a header, after its word or its "#"
   ("CALL-OUT #...", "Notdienst-Einsatz ... – 03:12", "DÉPANNAGE URGENT #..."); the callback number
   below stays a phone;
6. street addresses, false: a range's end before a square's or a street's name ("1 à 60 place
   de ...", "1 to 40 Market Square"); a house number stays an address, after a date's year too
   ("on 3 March 2026 to 12 Baker Street");
7. street addresses: the English street type "Via" after a flat.

Of the 48 cases (24 to catch, 18 near misses, 6 that must stay found), 24 failed before the change:
17 catches (the three lower-entropy e-mail addresses, the INSERT's passport column and the French,
Spanish and Dutch admission numbers after a patient's label were caught already), 6 near misses (the
two entropic addresses read as secrets, the hyphenated "Notdienst-Einsatz", the call-out, the French
and English ranges) and the "Via" address.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. where the identifier is kept, between its name and the value
    ("national_id", "Contractor: Ann Lee, SIN on payroll file 130 692 544\nRate: 40/h", "130 692 544"),
    ("national_id", "Bénévole : Léa Roy, NAS au dossier de paie 130 692 544", "130 692 544"),
    ("national_id", "Mitarbeiterin Jana Roth, Steuer-ID in der Personalakte 86095742719", "86095742719"),
    ("national_id", "Titular: Ana Gil, NISS en el expediente 85073003328", "85073003328"),
    ("national_id", "Vrijwilliger Sanne Bakker, BSN in ons dossier 111222333", "111222333"),
    # 2. an INSERT's identity-document column beside the holder's address
    ("passport", "INSERT INTO pawn_tickets (ticket, customer, customer_address, id_doc, amount) VALUES "
                 "(77, 'Ann Lee', '4 Mill Lane, Leeds LS1 4AB', 'K12345678', '£120.00');", "K12345678"),
    ("passport", "INSERT INTO ankauf (vorgang, verkaeufer, anschrift, dokument_nr, betrag) VALUES "
                 "(12, 'Jonas Roth', 'Hauptstraße 5, 8010 Graz', 'P4471209', '120,00');", "P4471209"),
    ("passport", "INSERT INTO compras (operacion, vendedor, direccion, documento, importe) VALUES "
                 "(9, 'Ana Gil', 'Calle Mayor 3, Madrid', 'PAA123456', '80,00');", "PAA123456"),
    ("passport", "INSERT INTO guests (name, passport_no) VALUES ('Ann Lee', 'K12345678');", "K12345678"),
    # 3. a health insurer's member number written short, an admission number
    ("medical_record", "Kostenübernahme: Krankenkasse AOK, Vers.-Nr. A123456789", "A123456789"),
    ("medical_record", "Entlassbrief Chirurgie\nPatient: Jonas Roth, Aufn.-Nr. C7731208", "C7731208"),
    ("medical_record", "Kreißsaalbericht\nMutter: Jana Roth, geb. 1990-01-02, Aufn.-Nr. C7731208", "C7731208"),
    ("medical_record", "Discharge summary, maternity ward\nMother: Ann Lee, Adm. no. 4471209", "4471209"),
    ("medical_record", "Verloskunde\nMoeder: Sanne Bakker, geb. 02-01-1990, opn.nr. 4471209", "4471209"),
    ("medical_record", "Lettre de sortie, maternité\nPatiente : Léa Roy, n° d'admission 4471209", "4471209"),
    ("medical_record", "Informe de alta, obstetricia\nPaciente: Ana Gil, nº de ingreso 4471209", "4471209"),
    ("medical_record", "Ontslagbrief verloskunde\nPatiënte: Sanne Bakker, opnamenummer 4471209", "4471209"),
    # 4. an e-mail address as a user name's value
    ("email", "audit line 88:\n  auth.metadata.username: lea.roth@web.de\n  request.remote_address: 10.1.2.3",
     "lea.roth@web.de"),
    ("email", '{"event": "login", "user_name": "j.devries@ziggo.nl", "ok": true}', "j.devries@ziggo.nl"),
    ("email", "2027-01-03T11:20:05Z login user=anna.gil@correo.es status=ok", "anna.gil@correo.es"),
    ("email", "vault audit:\n  auth.metadata.username: kwright84@gmail.com", "kwright84@gmail.com"),
    ("email", '{"event": "token.issued", "auth_user": "bq.janssen77@ziggo.nl"}', "bq.janssen77@ziggo.nl"),
    ("email", "audit: auth.user=xg.martin59@orange.fr result=denied", "xg.martin59@orange.fr"),
    ("email", "token_owner: dvk.marsh92@outlook.de", "dvk.marsh92@outlook.de"),
]

CLEAN = [
    # 1. a failing check digit; the identifier is no phone
    ("national_id", "Contractor: Ann Lee, SIN on payroll file 130 692 545"),
    ("phone", "Contractor: Ann Lee, SIN on payroll file 130 692 544\nRate: 40/h"),
    # 2. another column's reference
    ("passport", "INSERT INTO orders (id, customer, customer_address, order_ref, amount) VALUES "
                 "(1, 'Ann Lee', '4 Mill Lane, Leeds LS1 4AB', 'K12345678', '12.00');"),
    # 3. a car insurer's number, a museum's admission
    ("medical_record", "Kfz-Haftpflicht: Allianz, Vers.-Nr. A123456789"),
    ("medical_record", "Museum ticket: admission no. 4471209"),
    # 4. the address as a user name is no secret
    ("secret", "audit line 88:\n  auth.metadata.username: lea.roth@web.de\n  request.remote_address: 10.1.2.3"),
    ("secret", '{"event": "login", "user_name": "j.devries@ziggo.nl", "ok": true}'),
    ("secret", "vault audit:\n  auth.metadata.username: kwright84@gmail.com"),
    ("secret", "audit: auth.user=xg.martin59@orange.fr result=denied"),
    # 5. a job's or a call-out's reference in a header
    ("phone", "STÖRUNGSEINSATZ 4417228855 – 03:12 Uhr\nAnrufer: Jonas Roth"),
    ("phone", "Notdienst-Einsatz 4417228855 – 03:12 Uhr\nAnrufer: Jonas Roth"),
    ("phone", "CALL-OUT #5512098834 - 01:40\nCaller: Tom Hale"),
    ("phone", "DÉPANNAGE URGENT #4417228855 - 03:12\nAppelant : Léa Roy"),
    ("phone", "AVISO DE URGENCIA #4417228855 - 03:12\nLlamante: Ana Gil"),
    ("phone", "STORINGSMELDING #4417228855 - 03:12\nMelder: Sanne Bakker"),
    # 6. a range's end before a square's or a street's name
    ("street_address", "Brocante : exposants 1 à 40 place du Marché, accès dès 6h."),
    ("street_address", "Car boot sale: pitches 1 to 40 Market Square, setup from 6am."),
    ("street_address", "Mercadillo: puestos 1 a 40 plaza Mayor, montaje desde las 6."),
]

STILL = [
    ("phone", "STÖRUNGSEINSATZ 4417228855 – 03:12 Uhr\nAnrufer: Jonas Roth\nRückruf: 0171 2345678", "0171 2345678"),
    ("secret", "audit:\n  auth.metadata.token: ghp_9fK2mQ7xL4vB8nR1tY6wZ3cE5aD0sH2jU4iO", "ghp_9fK2mQ7xL4vB8nR1tY6wZ3cE5aD0sH2jU4iO"),
    ("street_address", "Nous habitons 60 place de la République, Lille.", "60 place de la République"),
    ("street_address", "The box ships on 3 March 2026 to 12 Baker Street, London.", "12 Baker Street"),
    ("street_address", "Location du 2 mai 2024 au 14, rue de la Paix, 69002 Lyon", "14, rue de la Paix, 69002 Lyon"),
    ("street_address", "Address: Flat 2, Kevin Via, North Amy, B12 3CD", "Flat 2, Kevin Via, North Amy, B12 3CD"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
