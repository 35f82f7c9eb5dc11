"""The structured rule classes fixed after the kipuka and playa banks' misses and false findings (issue 14, round
52, structured half). Each case is worded differently from the banks, in the languages where the class exists,
with near misses that must stay as they were:

1. a treatment note's patient line: the patient's label at a line's start, the name, then the file's number after
   a short file word ("Pat. Frau Roth (Nr. 4471209)", "Patient : Mme Roy – dossier 4471209"); a care client's
   label ("Cliënt", "Klientin") only in a treatment's report; a titled name with "HC"/"NHC"/"MRN" in brackets;
2. where a number is kept, said in a short clause after its name ("NHS number, we have it on record: ...",
   "BSN, hebben we in het dossier: ..."); the check digit still decides;
3. what the reader gave, read back after the identifier was asked for ("... uw rijksregisternummer nodig. U gaf op:
   ...", "... Ihre Steuer-ID. Sie gaben an: ..."); the check digit still decides;
4. a clause that says which passport, the reader's, then its number in brackets ("the passport you used when
   booking (...)"); the passport's shape still decides;
5. phones: a closing, the sender's name and the number in brackets ("Thanks, Tom (0412 345 678)"), a German or a
   Dutch compound on a mobile ("Firmenhandy", "werkgsm"), the person said to be on the number in the other
   languages ("está en el ...", "elle est au ...", "ze zit op ..."), who gave the number between its word and the
   number ("Callback number he left: ..."), a contact line's last field after the e-mail address;
6. not phones: a reference to quote back ("Référence à rappeler :", "reference to quote:") and a case's or a
   claim's number ("Vorgangsnummer", "numéro de sinistre"); a number to call back stays a phone;
7. not addresses: an event's hall named with its preposition right before the address ("im Großen Saal, ...");
8. not IP addresses: an Envoy access log's UPSTREAM_HOST ("... "<request id>" "<authority>" "10.2.3.4:8080"");
   the client's address in X-Forwarded-For stays one.

Of the 57 cases below (28 to catch, 29 to leave or keep as they were), 24 fail on round 51.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a treatment note's patient line
    ("medical_record", "Sitzungsprotokoll 03.02.2025\nPat. Frau Lindqvist (Nr. 5561203)\nLWS mobilisiert.", "5561203"),
    ("medical_record", "Physio session 4\nPatient: Mr Okafor – file 77120934\nKnee flexion 110 degrees.", "77120934"),
    ("medical_record", "Séance du 3 mars\nPatiente : Mme Leclerc, dossier 88123407\nMobilisation de l'épaule.", "88123407"),
    ("medical_record", "Sesión de fisioterapia\nPaciente: Sra. Beltrán (HC 6612093)\nMejora de la movilidad.", "6612093"),
    ("medical_record", "Behandelverslag 12-03-2025\nCliënt mevr. Dijkhuis (dossier 4409172)\nMobilisatie nek.", "4409172"),
    ("medical_record", "Behandlungsnotiz\nKlientin Frau Sommer (Nr. 99012345)\nSchulter frei.", "99012345"),
    ("medical_record", "Nota 12/03 – Don Ferrer (NHC 30417788)\nSin dolor.", "30417788"),
    # 2. where the number is kept, said in a clause
    ("medical_record", "The paramedic wanted her NHS number, we have it on record: 6091390996.", "6091390996"),
    ("national_id", "Voor de aanvraag: het BSN, hebben we in het dossier: 761222029.", "761222029"),
    # 3. what the reader gave, read back
    ("national_id", "Voor de huurovereenkomst hebben wij uw rijksregisternummer nodig. U gaf op: 90021511083. Klopt dat?",
     "90021511083"),
    ("national_id", "Für den Mietvertrag brauchen wir Ihre Steuer-ID. Sie gaben an: 83976413238. Stimmt das?", "83976413238"),
    ("national_id", "Pour le bail, il nous faut votre NISS. Vous avez indiqué : 90021511182.", "90021511182"),
    # 4. which passport, then its number in brackets
    ("passport", "Please show the passport you used when checking in (K7301926) at the desk.", "K7301926"),
    ("passport", "Zeigen Sie bitte den Reisepass, den Sie bei der Anmeldung genannt haben (C01X00T47).", "C01X00T47"),
    ("passport", "Présentez le passeport que vous avez donné à l'inscription (19AB52817).", "19AB52817"),
    ("passport", "Muestre el pasaporte que usted registró en la reserva (PAB771204).", "PAB771204"),
    # 5. phones
    ("phone", "See you Friday. Thanks, Marcus (0412 556 781)", "0412 556 781"),
    ("phone", "Bis Samstag. Danke, Jana (01712345678)", "01712345678"),
    ("phone", "Hasta el sábado. Saludos, Nuria (689 412 305)", "689 412 305"),
    ("phone", "Hola Inés, ¿podéis anunciar en el boletín del barrio la jubilación de mi tío, que trabajó cuarenta años en "
     "la panadería de la plaza? Será el sábado por la tarde. Gracias, Rocío (952774130)", "952774130"),
    ("phone", "Rückfragen bitte an Herrn Kunz, Firmenhandy 01609871234.", "01609871234"),
    ("phone", "Voor vragen: Sanne, werkgsm 0612345987.", "0612345987"),
    ("phone", "El coordinador del albergue, Don Rivas, está en el 952114307.", "952114307"),
    ("phone", "Pour le transport, voyez Mme Girard : elle est au 0612345678.", "0612345678"),
    ("phone", "Vragen over het rooster? Ze zit op 0612349876.", "0612349876"),
    ("phone", "Callback number he left: 71935522", "71935522"),
    ("phone", "Kind regards,\nMaya Lund\nLund Garden Design | maya@example.org | 48213377", "48213377"),
    ("phone", "Gruß\nPraxis Roth · praxis@example.de · 030 5550 1234", "030 5550 1234"),
]

CLEAN = [
    # 6. a reference to quote back, a case's or a claim's number
    ("phone", "Votre demande est enregistrée. Référence à rappeler : 7031448925. Merci."),
    ("phone", "Your claim is logged. Reference to quote: 7031448925."),
    ("phone", "Bei Rückfragen geben Sie bitte die Vorgangsnummer 6120934418 an."),
    ("phone", "Pour toute question, indiquez le numéro de sinistre 6120934418."),
    ("phone", "Para cualquier duda, indique el número de siniestro 612093441."),
    ("phone", "Bij vragen graag het zaaknummer 6120934418 vermelden."),
    # 7. an event's hall before the address
    ("street_address", "Versteigerung am 4. Mai im Kleinen Saal, Goethestraße 14, Weimar\nLos 12: Kommode"),
    ("street_address", "The recital is in the Great Hall, 12 King Street, York."),
    ("street_address", "Vente aux enchères dans la grande salle, 4 rue Pasteur, Lyon."),
    ("street_address", "La subasta será en el Salón de Actos, Calle Mayor 3, Toledo."),
    ("street_address", "De veiling is in de grote zaal, Dorpsstraat 4, Utrecht."),
    # near misses: no patient's label, a lawyer's client, a reference in brackets
    ("medical_record", "Kantoor Verbeek\nCliënt dhr. Mertens (dossier 4409172)\nKoopakte getekend."),
    ("medical_record", "Order summary\nCustomer: Mr Okafor – file 77120934\nShipped."),
    ("passport", "Please bring the passport you gave when booking (page 2 of the form)."),
    ("national_id", "Voor de akte hebben wij uw rijksregisternummer nodig. U gaf op: 90021511084."),
    ("medical_record", "NHS number, we had it on file: 6091390997."),
]

NOT_FOUND = [
    # 8. an Envoy access log's upstream host
    ("ip_address", '[2026-03-01T10:02:11.201Z] "GET /api/members HTTP/1.1" 200 - via_upstream - "-" 0 512 12 11 '
     '"81.44.120.9" "curl/8.4" "2f1b6c0e-7d1a-4c55-9b0e-5d6f2a7c8e91" "members.prod.svc" "10.2.3.4:8080"', "10.2.3.4"),
    ("ip_address", '"9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f" "orders.svc" "172.16.4.20:9000" outbound|9000||orders', "172.16.4.20"),
    ("phone", "Pour toute question, référence à mentionner : 0612345678.", "0612345678"),
]

STILL = [
    ("ip_address", '[2026-03-01T10:02:11.201Z] "GET /api/members HTTP/1.1" 200 - via_upstream - "-" 0 512 12 11 '
     '"81.44.120.9" "curl/8.4" "2f1b6c0e-7d1a-4c55-9b0e-5d6f2a7c8e91" "members.prod.svc" "10.2.3.4:8080"', "81.44.120.9"),
    ("ip_address", "Login from 10.2.3.4:8080 failed for user anna", "10.2.3.4"),
    ("phone", "Numéro à rappeler : 0612345678", "0612345678"),
    ("phone", "Bei Rückfragen: 0171 2345678", "0171 2345678"),
    ("phone", "Rückfragen an Heinz, Handy 06197681039.", "06197681039"),
    ("street_address", "Ich wohne in der Goethestraße 14, Weimar.", "Goethestraße 14"),
    ("medical_record", "Patient: Mr Okafor (hospital no. 77120934)", "77120934"),
    ("medical_record", "NHS number: 6091390996", "6091390996"),
    ("passport", "Please bring the passport (K7301926).", "K7301926"),
    ("national_id", "Rijksregisternummer: 90021511083", "90021511083"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
