"""The structured rule classes fixed after the horst and varve banks' misses and false findings (issue 14,
round 57, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a medical record: an ambulance called or a patient taken to hospital, then the run's or the stay's number
   under its key word in the same clause ("Rettungswagen alarmiert, Einsatznummer ...", "ambulance called,
   incident no. ...", "SAMU appelé, n° d'intervention ...", "ambulancia solicitada, número de servicio ...",
   "ziekenwagen gebeld, ritnummer ..."); a fire brigade's, a taxi's or a removal van's job stays clean;
2. a medical record: the number a hospital or a clinic gave the writer, coded with a letter or a year ("the
   clinic gave us their reference M7730215", "das Krankenhaus gab uns seine Nummer PAT-...", "l'hôpital nous
   a donné son numéro ...", "el hospital nos dio su número ...", "het ziekenhuis gaf ons hun nummer ...");
   a bare digit run there is no record;
3. a medical record: a care letter's own reference in brackets ("(our ref ...)", "(unser Zeichen ...)",
   "(notre réf. ...)", "(nuestra ref. ...)", "(ons kenmerk ...)"), care's word anywhere in the short letter
   (its signature's); an invoice's "(our ref ...)" and a letter about no care stay clean;
4. not a national id: an access log's byte counts and duration after the request and its status code
   ('"GET /x HTTP/1.1" 200 - 412 88 1203'); an SSN after its keyword stays one;
5. not an address: a works notice on a shared residence ("Wartungsarbeiten im Wohnheim ...", "Maintenance
   works at the halls of residence, ...", "Travaux dans la résidence universitaire, ...", "Obras en la
   residencia de estudiantes, ...", "Onderhoud in het studentenhuis, ..."); a resident's own address stays one;
6. phones: a callback script's field for the number held ("Numéro connu :", "Hinterlegte Nummer:",
   "Known number:", "Número conocido:"), and a softening particle between the call's verb and "on" ("bel me
   gerust op ...", "just call me on ..."); not a phone: a claim's or a policy's number in a call note's
   header ("Call note - claim ...", "Telefonnotiz – Schaden ...", "Nota de llamada - siniestro ..."), the
   callback number below it staying one;
7. a payment card: Dutch's "pas" for the bank card before a 15-digit card from 1800 that a French NIR's key
   would take too ("betaalpas 1800..."); a social security number named as one stays a national id;
8. not a medical record: a hearing-aid acoustician's customer number ("Kd.-Nr.", "klantnr.", "n° client")
   beside the fitting's words with no birth date of the client near: the shop's customer; with the birth
   date ("geb. ...", "geboren ...") it stays the fitting record's, and a pharmacy's needs none.

Of the 61 cases below (28 to catch, 33 to leave or keep as they were), 35 fail on round 56.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. an ambulance's run, a hospital's episode
    ("medical_record", "Sanitätsdienst Stadtfest: Besucherin kollabiert, Rettungswagen alarmiert, Einsatznummer 2024-771203.",
     "2024-771203"),
    ("medical_record", "First aid log, fun run: spectator fainted at the gate, ambulance called, incident no. 77120394.",
     "77120394"),
    ("medical_record", "Poste de secours du trail : malaise au ravitaillement, SAMU appelé, n° d'intervention 4417203.",
     "4417203"),
    ("medical_record", "Carrera popular: corredor con dolor torácico, ambulancia solicitada, número de servicio 55120398.",
     "55120398"),
    ("medical_record", "Wielerronde: valpartij bij de finish, ziekenwagen gebeld, ritnummer 66120483.", "66120483"),
    ("medical_record", "Jugador con fractura de tobillo, traslado al hospital, episodio K-7731209.", "K-7731209"),
    # 2. the number a hospital or a clinic gave
    ("medical_record", "After the fall at the pool, the clinic gave us their reference M7730215 for the insurer.",
     "M7730215"),
    ("medical_record", "Nach dem Sturz gab uns das Krankenhaus seine Nummer PAT-4471209 für die Nachsorge.", "PAT-4471209"),
    ("medical_record", "Après la chute, l'hôpital nous a donné son numéro K5531907 pour le suivi.", "K5531907"),
    ("medical_record", "Tras la caída, el hospital nos dio su número 2022-553190 para el seguimiento.", "2022-553190"),
    ("medical_record", "Na de val gaf het ziekenhuis ons hun nummer H7731209 voor de nacontrole.", "H7731209"),
    # 3. a care letter's own reference in brackets
    ("medical_record", "Dear Mr Hale,\n\nEnclosed is the summary of your daughter's knee assessment (our ref B4471209). "
     "We suggest six more sessions.\n\nBest wishes,\nAmy Lowe\nPaediatric Physiotherapist", "B4471209"),
    ("medical_record", "Sehr geehrte Frau Kranz,\n\nanbei der Bericht zur Verlaufskontrolle Ihres Sohnes (unser Zeichen "
     "2021-553190).\n\nMit freundlichen Grüßen\nPraxis für Logopädie Roth", "2021-553190"),
    ("medical_record", "Madame,\n\nVeuillez trouver le bilan de votre fils (notre réf. K5531907).\n\nCordialement,\n"
     "Claire Roy, orthophoniste", "K5531907"),
    ("medical_record", "Estimada Sra. Gil:\n\nLe enviamos el informe de la revisión de su hija (nuestra ref. 7712093).\n\n"
     "Un saludo,\nMarta Ruiz, fisioterapeuta", "7712093"),
    ("medical_record", "Beste mevrouw Dam,\n\nHierbij het verslag van de controle van uw zoon (ons kenmerk 7731209).\n\n"
     "Met vriendelijke groet,\nFleur Brink, fysiotherapeut", "7731209"),
    # 6. a callback script's known number, a particle before "op"/"on"
    ("phone", "SCRIPT DE RAPPEL\nClient : M. Faure\nNuméro connu : 0387123456\nVérifier : adresse", "0387123456"),
    ("phone", "Rückrufskript\nKunde: Herr Brandt\nHinterlegte Nummer: 03328412277\nPrüfen: Anschrift", "03328412277"),
    ("phone", "Callback script\nCustomer: Ms Ward\nKnown number: 02079460418\nCheck: postcode", "02079460418"),
    ("phone", "Guion de devolución\nCliente: Sr. Gil\nNúmero conocido: 912345678\nComprobar: dirección", "912345678"),
    ("phone", "Lukt het niet, bel me gerust op 00/ 512 44 80.", "00/ 512 44 80"),
    ("phone", "Kom je later, bel ons gewoon op 00/ 512 44 81.", "00/ 512 44 81"),
    # 7. Dutch's "pas" before a card that an NIR's key takes too
    ("payment_card", "Verdachte afschrijving van € 212,40 bij Tuincentrum Groen, betaalpas 180086007986731", "180086007986731"),
    ("payment_card", "Geblokkeerd: pas 180038794960163, na drie foute pogingen.", "180038794960163"),
    ("payment_card", "Melding verlies bankpas 180013384066341 via de app.", "180013384066341"),
    # 4./5. what stays found beside the classes that leave a value unread
    ("ip_address", '10.0.4.2 - - "GET /health HTTP/1.1" 200 - 412 88 1203 - "172.16.9.4"', "172.16.9.4"),
    ("phone", "Call note - claim 4471209931\nCaller: policyholder\nCall back on 0612345678 after five.", "0612345678"),
    ("phone", "Telefonnotiz – Schaden 4471209931\nRückruf unter 030 1234567 erbeten.", "030 1234567"),
]

CLEAN = [
    # 1. a fire brigade's, a taxi's, a removal van's job
    ("medical_record", "Kellerbrand gemeldet, Feuerwehr alarmiert, Einsatznummer 2024-771203."),
    ("medical_record", "Airport run: taxi called, job no. 77120394, driver on the way."),
    ("medical_record", "Verhuizing zaterdag: verhuiswagen besteld, ritnummer 66120483."),
    # 3. an invoice's reference, a letter about no care
    ("medical_record", "Dear Mr Hale,\n\nPlease find our invoice for the physiotherapy sessions (our ref 4471209).\n\n"
     "Best wishes,\nAmy Lowe\nPaediatric Physiotherapist"),
    ("medical_record", "Dear Mr Hale,\n\nEnclosed is the quote for the new kitchen (our ref 4471209).\n\nBest wishes,\n"
     "Amy Lowe\nSales"),
    # 4. an access log's counts
    ("national_id", '[2025-03-01T10:12:44.101Z] "GET /api/termine HTTP/1.1" 200 - 412 88 1203 - "10.1.2.3" "okhttp/4.9"'),
    ("national_id", '[2025-03-01T10:12:44.101Z] "PUT /v1/rdv HTTP/2" 504 UT 0 523 41 7790 "10.1.2.3"'),
    # 5. works on a shared residence
    ("street_address", "Wartungsarbeiten im Studentenwohnheim Lindenstraße 14: Am Montag bleibt die Heizung aus."),
    ("street_address", "Maintenance works at the halls of residence, 12 Mill Lane, Leeds LS2 9JT: no hot water on Monday."),
    ("street_address", "Travaux dans la résidence universitaire, 4 rue Pasteur, 69007 Lyon : coupure d'eau lundi."),
    ("street_address", "Obras en la residencia de estudiantes, Calle Mayor 3, 28013 Madrid: sin agua el lunes."),
    ("street_address", "Onderhoud in het studentenhuis, Dorpsstraat 4, 3511 AB Utrecht: maandag geen warm water."),
    # 8. a hearing-aid shop's customer without a birth date
    ("medical_record", "Hörsystem-Probetragen\nKundin: Erika Sommer (Kd-Nr. 2022-118734)\nRIC rechts, Schirmchen offen"),
    ("medical_record", "Proefperiode hoortoestellen\nKlant: Joop Dekker, klantnr. 2022-118734\nachter het oor, beide kanten"),
    ("medical_record", "Essai d'aides auditives\nClient : Paul Roy, n° client 2022-118734\ncontour d'oreille, dômes fermés"),
    # 6. a claim's or a policy's number in a call note's header
    ("phone", "Call note - claim 4471209931\nCaller: policyholder\nIssue: burst pipe"),
    ("phone", "Telefonnotiz – Schaden 4471209931\nAnrufer: Versicherungsnehmer"),
    ("phone", "Nota de llamada - siniestro 947120993\nLlamante: asegurado"),
    ("phone", "Screening call - policy 7716126943\nOutcome: covered"),
]

NOT_FOUND = [
    # 2. a hospital's number as a bare digit run is no record
    ("medical_record", "The hospital gave us their number 02079460000 in case of questions.", "02079460000"),
    # 3. an "(our ref ...)" in a letter about no care
    ("medical_record", "Sehr geehrter Herr Ott,\n\nanbei das Angebot für die Dachrinne (unser Zeichen 2021-553190).\n\n"
     "Mit freundlichen Grüßen\nDachdecker Roth", "2021-553190"),
    # 6. a company's registered number is no phone
    ("phone", "Registered number: 04471209\nVAT: GB123456789", "04471209"),
]

STILL = [
    ("medical_record", "Notaufnahme: Patient stabil, Aufnahmenummer 2024-771203 vergeben.", "2024-771203"),
    ("medical_record", "Your patient number (K4471209) is on the letter from the clinic.", "K4471209"),
    ("national_id", "SSN 412 88 1203", "412 88 1203"),
    ("national_id", "Numéro de sécurité sociale : 180086007986731", "180086007986731"),
    ("street_address", "Ich wohne im Wohnheim, Goethestraße 12.", "Goethestraße 12"),
    ("street_address", "Treffpunkt bei mir, Goethestraße 12.", "Goethestraße 12"),
    ("phone", "Bel me op 0612345678 als je er bent.", "0612345678"),
    ("phone", "Appelez-moi au 0612345678.", "0612345678"),
    ("payment_card", "Betaald met kaart 4978492922682967.", "4978492922682967"),
    ("medical_record", "Hörsystem-Probetragen\nKundin: Erika Sommer, geb. 12.03.1944\nKd-Nr. 2022-118734\nRIC rechts",
     "2022-118734"),
    ("medical_record", "Apotheke am Markt: Ihr E-Rezept liegt bereit. Kundennummer 2022-118734.", "2022-118734"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
