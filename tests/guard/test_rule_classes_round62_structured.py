"""The structured rule classes fixed after the bajada, flysch and monadnock banks' misses and false findings (issue
14, round 62, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a medical record: the number opening each line of a recall list whose heading asks for discreet contact ("Recall
   list - discreet contact only\n4471209 | Ann Cole | SMS ...", "Rückrufliste – nur diskreter Kontakt", "Liste de
   rappel – contact discret", "Rellamadas – solo contacto discreto", "Terugbellijst – alleen discreet contact"); a
   sales team's call-back list asks no discretion and stays clean;
2. a medical record: a reference or a file's number closing a message from a care service named by its place or
   the examination it books ("your health centre ... Ref. ...", "de polikliniek ... Kenmerk ...", "spirometry ...
   Ref ...", "espirometría ... Historia ...", "EFR ... Dossier ...", "Lungenfunktion ... Akte ..."); a sports
   centre's or a garage's message stays clean;
3. a medical record: an optician's client file named "customer ref", "dossier client n°", or its label then its
   verb ("Your customer ref is ...", "Uw klantnummer is ...", "Ihre Kundennummer lautet ..."), beside an eye
   test; an optician's order stays clean;
4. a medical record: the patient's key in a log with an NHS number's written groups ("patient=943 476 5919"); a
   health card's number given by its verb ("La tarjeta sanitaria es ..."); a patient named, then the case's number
   after a comma ("Patientin Lea Roth, Fall ...", "patient Tom Hale, case ...");
5. a passport: the passport of the writer's relative, maybe by the first name, before the colon ("le passeport de
   notre fils Léo : ...", "het paspoort van onze dochter Fenna: ...", "the passport of our son Tom: ...");
6. a national identifier: the Belgian register named with its country and given with "est le" ("Mon numéro de
   registre national belge est le ...");
7. a date of birth: a delimited table whose firm's column holds its name's own commas ("...,McNeely, Hasty and
   Roe,PASS"), the birth date's column keeping its place;
8. a payment card: the PAN's key in a log ("pan=4946..."); Spanish "pan" (bread) before a barcode stays clean;
9. a phone, no passport: the number the writer says they are reached on ("estoy en el ...") after a passport's
   sentence, and a host family's field ("Familia anfitriona: Ana Gil, 885...");
10. not a phone: an incident's or a crime's number quoted to the police ("ring 101 quoting incident ...");
11. not an address: a courtesy title then "Dr." after a start list's number ("Nr. 8   Frau Dr. Kunz"); a course's
    venue field before the venue's street ("Kursort Jennersdorf, Henri-Dunant-Straße 4");
12. not a medical record: a grant's or a subsidy's file ("Isolatiesubsidie ... dossiernummer ..."), an energy
    retrofit's "rehabilitación energética" beside an "expediente".

Of the 58 cases below (34 to catch, 24 to leave or keep as they were), 40 fail on round 61.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

_EN_RECALL = ("Recall list 14/09 - discreet contact only\n4471209 | Tom Hale | SMS 07700 900123 | no voicemail\n"
              "K6620913 | Amy Lowe | email amy.lowe@example.org | plain subject line\nAdviser: Rosa")
_DE_RECALL = ("Rückrufliste 14.09. – nur diskreter Kontakt\n2023-118204 | Jonas Beck | SMS 0171 2345678 | keine Mailbox\n"
              "M7731902 | Lena Wolf | Mail lena.wolf@example.de | neutraler Betreff")
_FR_RECALL = ("Liste de rappel du 3 mars – contact discret uniquement\nP-6620917 | Inès Roy | SMS 06 12 34 56 78 | "
              "pas de répondeur\n58213370 | Hugo Blanc | courriel h.blanc@example.fr | objet neutre")
_ES_RECALL = "Rellamadas 3 de marzo – solo contacto discreto\nHC-7740213 | Lucía Herrero | SMS 612 345 678 | sin buzón"
_NL_RECALL = ("Terugbellijst 3 maart – alleen discreet contact\n2022-551830 | Daan Bos | sms 06 41237788 | geen voicemail\n"
              "B4418207 | Fenna Smit | mail fenna@example.nl | neutrale onderwerpregel")

CATCH = [
    # 1. a recall list asking for discreet contact
    ("medical_record", _EN_RECALL, "4471209"),
    ("medical_record", _EN_RECALL, "K6620913"),
    ("medical_record", _DE_RECALL, "2023-118204"),
    ("medical_record", _FR_RECALL, "P-6620917"),
    ("medical_record", _FR_RECALL, "58213370"),
    ("medical_record", _ES_RECALL, "HC-7740213"),
    ("medical_record", _NL_RECALL, "B4418207"),
    # 2. a care service's message, named by its place or its examination, closed by a reference or a file's number
    ("medical_record", "Hola, Rocío. Desde tu centro de salud te pedimos que llames por los resultados. Ref. 51830277. "
     "Gracias.", "51830277"),
    ("medical_record", "Dag Fenna, de polikliniek vraagt je terug te bellen over je afspraak. Kenmerk K5521830. "
     "Met vriendelijke groet.", "K5521830"),
    ("medical_record", "Your health centre has a message about your last visit, please call us. Ref 2019-771204.",
     "2019-771204"),
    ("medical_record", "Reminder: your spirometry test is on 4 May at 10:20, Respiratory Unit, floor 1. Ref 62039175",
     "62039175"),
    ("medical_record", "Le rappelamos su cita de espirometría el 4 de mayo a las 9:10, planta 1. Historia 7730912. "
     "Responda SI.", "7730912"),
    ("medical_record", "Rappel : spirométrie le 4 mai à 9 h 10, EFR bâtiment B. Dossier K2207714.", "K2207714"),
    ("medical_record", "Erinnerung: Lungenfunktionsprüfung am 4. Mai um 9:10 Uhr, Haus B. Akte 2021-330918.",
     "2021-330918"),
    # 3. an optician's client file with its verb or named as such
    ("medical_record", "Optix: Hi Sam, your eye test is due. Your customer ref is 71204418. Reply STOP to opt out.",
     "71204418"),
    ("medical_record", "Ihre letzte Augenprüfung ist zwei Jahre her. Ihre Kundennummer lautet B5520913.", "B5520913"),
    ("medical_record", "Votre examen de vue date de deux ans. Rappel avec votre dossier client n° 2018-447102.",
     "2018-447102"),
    ("medical_record", "Je laatste oogmeting is al even geleden. Uw klantnummer is 66201837.", "66201837"),
    # 4. the patient's key with an NHS number's groups, a health card's number by its verb, a patient's case
    ("medical_record", "wearable-sync[88]: upload ok patient=943 476 5919 device=wrist-01 steps=4012", "943 476 5919"),
    ("medical_record", "¿Me preparáis las pastillas de mi padre? Su tarjeta sanitaria es BA-5520917. Gracias.",
     "BA-5520917"),
    ("medical_record", "Krankentransport bestellt, Patientin Lea Roth, Fall 2024-661830. Rückruf an die Station.",
     "2024-661830"),
    ("medical_record", "Transfer booked for patient Tom Hale, case 55820917, from the ward at 14:00.", "55820917"),
    # 5. a relative's passport before the colon
    ("passport", "Voici le numéro du nouveau passeport de notre fille Zoé : 497870611. Merci.", "497870611"),
    ("passport", "Hierbij het nieuwe paspoort van onze zoon Sem: NX7146032. Groet.", "NX7146032"),
    ("passport", "Here is the number of the new passport of our son Tom: 498870688. Thanks.", "498870688"),
    ("passport", "Anbei der Reisepass von unserem Sohn Jonas: C01X00T47, gültig bis 2030.", "C01X00T47"),
    # 6. the Belgian register named with its country
    ("national_id", "Pour le dossier, mon numéro de registre national belge est le 85031212362. Merci.", "85031212362"),
    # 7. a table whose firm's column holds commas
    ("date_of_birth", "course_id,delegate_name,dob,email,employer,result\nFA-11,Tom Hale,1987-04-12,t@example.org,"
     "Dixon, Hale and Roe,PASS\nFA-11,Amy Lowe,1990-02-03,a@example.org,Lowe Ltd,REFER", "1987-04-12"),
    ("date_of_birth", "kurs,teilnehmer,geburtsdatum,arbeitgeber\nEH-2,Jonas Beck,12.04.1987,Meier, Roth und Partner\n"
     "EH-2,Lena Wolf,03.02.1990,Wolf GmbH", "12.04.1987"),
    # 8. a card's PAN key in a log
    ("payment_card", 'event: level=WARN msg="refund" pan=4946123400111 amount=12.00', "4946123400111"),
    # 9. a phone, not a passport
    ("phone", "Le paso el número del pasaporte nuevo de mi hijo Leo, PAB482117, porque el otro caducaba antes del viaje. "
     "Para lo que sea estoy en el 623418890.",
     "623418890"),
    ("phone", "Ficha del alumno\nNombre: Iker Soler\nPasaporte: 318204775\nFamilia anfitriona: Marta Ruiz, 885120337",
     "885120337"),
    # and what stays found beside the classes
    ("medical_record", "Ziekenhuis Rijnstate, dossiernummer 4471209, afdeling cardiologie.", "4471209"),
    ("street_address", "Send the forms to 12 Mulberry Dr. by Friday.", "12 Mulberry Dr."),
]

CLEAN = [
    # 1. a call-back list that asks no discretion
    ("medical_record", "Callback list 14/09 - sales leads\n4471209 | Tom Hale | 07700 900123 | wants a quote\n"
     "K6620913 | Amy Lowe | amy.lowe@example.org | brochure"),
    # 2. a message from a sports centre or a garage
    ("medical_record", "Hi Sam, the leisure centre has a message about your last class. Ref 2019-771204."),
    ("medical_record", "Hola, Rocío. Desde el taller te pedimos que llames por tu coche. Ref. 51830277. Gracias."),
    # 3. an optician's order
    ("medical_record", "Your order from the optician is ready. Your customer ref is 71204418."),
    # 4. a customer's case
    ("medical_record", "Support ticket for customer Tom Hale, case 55820917, closed."),
    # 8. Spanish bread
    ("payment_card", "Compré pan 4006381333931 en la tienda."),
    # 10. an incident's number quoted to the police
    ("phone", "If you saw anything, please ring 101 quoting incident 5879204416.\n\nJean"),
    ("phone", "Bitte nennen Sie bei Hinweisen die Vorfall-Nr. 5879204416."),
    # 11. a doctor's title after a start list's number; a course's venue
    ("street_address", "Startliste\nNr. 7   Jonas Beck / Lena Wolf   Porsche 356   Klasse II\n"
     "Nr. 8   Herr Dr. Kunz / Alfons   BMW 2002   Klasse III"),
    ("street_address", "Erste-Hilfe-Kurs am 4. Mai: Kursort Bern, Marktgasse 12. Kosten 120 €."),
    ("street_address", "First aid course on 4 May, course venue: York, 12 Mill Lane. Fee £80."),
    # 12. a grant's file; an energy retrofit
    ("medical_record", "Warmtepompsubsidie: 1.204 aanvragen, 980 toegekend. Vermeld altijd dossiernummer 7422541120."),
    ("medical_record", "Ayudas de rehabilitación energética: 900 solicitudes. Indique siempre el expediente RE4739478."),
]

NOT_FOUND = [
    # 9. the reached-on number is no passport
    ("passport", "Le paso el número del pasaporte nuevo de mi hijo Leo, PAB482117, porque el otro caducaba antes del viaje. "
     "Para lo que sea estoy en el 623418890.",
     "623418890"),
    # 10. the incident's number
    ("phone", "Please ring 101 quoting crime number 4405128830 if you have footage. Call me on 07700 900123.",
     "4405128830"),
]

STILL = [
    ("phone", "Incident hotline: 0800 123 4567", "0800 123 4567"),
    ("phone", "Please ring 101 quoting crime number 4405128830 if you have footage. Call me on 07700 900123.",
     "07700 900123"),
    ("street_address", "Teilnehmerin: Anna Roth, Goethestraße 12, 10115 Berlin", "Goethestraße 12, 10115 Berlin"),
    ("passport", "Mon numéro de passeport est le 18AB12345.", "18AB12345"),
    ("medical_record", "Reminder: your appointment at the Respiratory Clinic is on 4 May. Ref 62039175", "62039175"),
    ("date_of_birth", "name,dob,address\nTom Hale,1987-04-12,\"12 Mill Lane, York\"", "1987-04-12"),
    ("person", "Startliste\nNr. 8   Herr Dr. Kunz / Alfons   BMW 2002   Klasse III", "Kunz"),
    ("phone", "Leiter: Jonas Beck, 0171 2345678", "0171 2345678"),
    ("medical_record", "rehab-sync[4121]: upload ok patient=P-7112168 device=chest-strap-02", "P-7112168"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
