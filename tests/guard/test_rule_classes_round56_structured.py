"""The structured rule classes fixed after the sinter and solfatara banks' misses and false findings (issue 14,
round 56, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a medical record: a file's number at a podiatrist's ("podologue", "podologische Praxis", "podiatry",
   "podólogo", "podotherapeut"), the profession being care's as a doctor's is; a nail salon's stays clean;
2. a medical record: an examination's number ("Untersuchungs-Nr.", "N° d'examen", "Onderzoeksnummer",
   "Exam no.", "número de examen") in a text about care or a health screening ("Mammographie-Screening",
   "dépistage", "bevolkingsonderzoek", "breast screening", "cribado"); a car's inspection and a school's
   exam stay unread, and a health screening's closing "Ref ..." is care's message too (a film's is not);
3. a medical record: a record's or an insured member's label inside a sentence, the number in brackets right
   after it ("die Versichertennummer (...) für die Abrechnung", "your patient number (...)"); an order's or
   a gym member's number stays clean;
4. a medical record: the number beside each patient's name on a clinic's day list ("clinic list",
   "Sprechstundenliste", "liste des consultations", "agenda de consulta", "spreekuurlijst"); a table
   plan's list stays clean;
5. passports: a passport named in one sentence, "the number" given in the next ("... le numéro
   822439985 ..."); a booking's or an order's number named between stays clean;
6. birth dates: each date on a numbered list of travellers under a passenger list's heading ("BUSLIJST",
   "LISTADO DE VIAJEROS", "Passenger list", "Busliste"); a rota's dates stay unread; and the date of
   birth "on our system" ("in unserem System", "dans notre système", "en nuestro sistema");
7. phones: a call back's key ("rueckruf_an="), the relatives told after a sentence's full stop ("...
   unterkühlt. Eltern informiert: 0..."), a contact's line with the e-mail address before the number
   and a caseworker's label ("Allocated social worker:", "Référente ASE :", "Sozialarbeiterin:"), a
   passive call ("wil graag gebeld worden op ...", "would like to be called on ...") and a cancel line
   with its modal ("Afzeggen kan via ..."); a callback's id and a customer's line stay as they were;
8. not a phone: a new thing's number ("nieuwe dumbbells nr. ...", "new chairs no. ..."); "my new
   number" stays one;
9. not an address: a club's house named right before it ("Treffpunkt Vereinsheim, ...", "the
   clubhouse, ...", "het clubhuis, ..."); "bei mir, ..." stays one;
10. secrets: the word after a password's label that is the next key ("PASSWORD: client_secret: ...") is
    no value, the value after it is;
11. not a payment card: a delivery's number right after its word ("Lieferung 4760...").

Of the 69 cases below (40 to catch, 29 to leave or keep as they were), 41 fail on round 55.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a file's number at a podiatrist's
    ("medical_record", "Rappel : M. Girard, séance chez le podologue le 4 mars à 9h. Dossier n° 5531907. Merci.",
     "5531907"),
    ("medical_record", "Reminder: your podiatry appointment is on Tuesday at 10:15. Dossier no. 2022-418833.",
     "2022-418833"),
    ("medical_record", "Recordatorio: cita con el podólogo el martes a las 10. N.º de dossier 7712093.", "7712093"),
    # 2. an examination's number under a screening or care
    ("medical_record", "Ergebnis Ihrer Früherkennung\nName: Ute Kranz, geb. 3.4.1961\nUntersuchungsnummer: 70231884\n"
     "Befund: unauffällig", "70231884"),
    ("medical_record", "Courrier de dépistage organisé\nMadame Lina Roy, née le 2 juin 1958\nN° d'examen : D-4471209",
     "D-4471209"),
    ("medical_record", "Uitnodiging bevolkingsonderzoek darmkanker\nOnderzoeksnummer: 88120455\nStuur de test binnen een week terug.",
     "88120455"),
    ("medical_record", "Breast screening result\nClient: Jo Bell, DOB 02/05/1960\nExam no. 55319077\nNo further tests needed.",
     "55319077"),
    ("medical_record", "Programa de cribado de cáncer de mama\nNúmero de examen: 6630981\nResultado: normal.", "6630981"),
    ("medical_record", "Hello Rhian, your bowel screening kit has been posted today. Reply STOP to opt out. Ref 2023-559201",
     "2023-559201"),
    # 3. a record's or a member's label in a sentence, the number in brackets
    ("medical_record", "Bitte denk an die Karte, wir brauchen noch die Versichertennummer (K220419877) für die Krankenkasse.",
     "K220419877"),
    ("medical_record", "Please bring a letter, we need your patient number (K4471209) before the scan at the clinic.",
     "K4471209"),
    ("medical_record", "Merci de rappeler votre numéro de dossier (2021-553190) au secrétariat du cabinet médical.",
     "2021-553190"),
    ("medical_record", "Geef uw patiëntnummer (7731209) door aan de assistente van de huisarts.", "7731209"),
    # 4. a clinic's day list
    ("medical_record", "Sprechstundenliste Praxis Dr. Roth\n08:00  Anna Vogt  4471209  Kontrolle\n"
     "08:15  Jonas Bauer  55319077  Impfung", "4471209"),
    ("medical_record", "Cardiology clinic list - Tuesday\n14:00  Mark Dunne   L7730415   echo review\n"
     "14:20  Sue Park   402 118 3391   ECG and bloods", "402 118 3391"),
    ("medical_record", "Spreekuurlijst huisartsenpraktijk De Linde\n09:10  Kees Brink   20198877   controle moedervlek\n"
     "09:30  Fleur Dam   R-6630981   cryotherapie", "R-6630981"),
    # 5. a passport named, then "the number"
    ("passport", "Nos falta todavía el pasaporte de Inés. ¿Puede confirmar el número PAB774120 y la fecha de caducidad?",
     "PAB774120"),
    ("passport", "Ben's passport is the last one we need. Could you send the number 533018442 and the expiry date?",
     "533018442"),
    ("passport", "Für die Reise fehlt noch der Reisepass von Mia. Können Sie die Nummer C3FX09T52 nachreichen?",
     "C3FX09T52"),
    ("passport", "Il manque encore le passeport d'Hugo. Pouvez-vous nous donner le numéro 19CK44120 ?", "19CK44120"),
    ("passport", "Het paspoort van Sem ontbreekt nog. Kunt u het nummer NW7K32L15 doorgeven?", "NW7K32L15"),
    # 6. a traveller list's dates, a birth date on the system
    ("date_of_birth", "Buslijst excursie groep 7\n\n1. Noor Jansen – 14-02-2013\n2. Daan Smit – 30-11-2012\n", "30-11-2012"),
    ("date_of_birth", "Listado de pasajeros – viaje de fin de curso\n1. Lucía Ramos – 02/05/2008\n2. Pablo Gil – 17/09/2007",
     "02/05/2008"),
    ("date_of_birth", "Passenger list - Year 6 residential\n1. Tom Hale - 12/03/2014\n2. Amy Ward - 03/07/2013", "03/07/2013"),
    ("date_of_birth", "Busliste Skifreizeit\n1. Lea Brandt – 05.06.2010\n2. Jonas Ott – 21.12.2009", "05.06.2010"),
    ("date_of_birth", "Before we post the parcel: your date of birth on our system is 9 March 1984, is that right?",
     "9 March 1984"),
    ("date_of_birth", "Votre date de naissance dans notre système est le 9 mars 1984.", "9 mars 1984"),
    ("date_of_birth", "Su fecha de nacimiento en nuestro sistema es el 9 de marzo de 1984.", "9 de marzo de 1984"),
    # 7. phones
    ("phone", "2025-01-03T08:12:44Z alarm WARN sturz fahrer=\"A. Roth\" rueckruf_an=0612734455 quittiert=false",
     "0612734455"),
    ("phone", "Beim Training gestürzt, Knie geprellt. Eltern informiert: 03328412277.\nTrainerin: Ute", "03328412277"),
    ("phone", "Chute dans la cour, bosse au front. Parents prévenus : 0478123456.", "0478123456"),
    ("phone", "Parents informed: 07700900123.", "07700900123"),
    ("phone", "Allocated social worker: Dean Rowe, d.rowe@example.org, 72309914\nReview: in six weeks", "72309914"),
    ("phone", "Référente ASE : Lucie Marchal, l.marchal@example.fr, 0387123456\nVisites : le mercredi", "0387123456"),
    ("phone", "Sozialarbeiterin: Jana Wolff, j.wolff@example.de, 01712345678\nNächster Termin: Montag", "01712345678"),
    ("phone", "Mevrouw wil het liefst 's middags gebeld worden op 00/ 512 33 71.", "00/ 512 33 71"),
    ("phone", "Uw afspraak bij de fysiotherapeut staat op 4 maart. Afzeggen kan via 00 512 33 71.", "00 512 33 71"),
    ("phone", "The tenant would like to be called on 07700 900456 after six.", "07700 900456"),
    # 10. the secret after a nested key
    ("secret", "# app.env (leaked, rotated)\nSMTP_PASSWORD: api_token: Qm9vdGgxN2ZhY2U5ZjEyYjM0NTY3ODkwYWJj\nSMTP_HOST: mail",
     "Qm9vdGgxN2ZhY2U5ZjEyYjM0NTY3ODkwYWJj"),
    ("secret", "KAFKA_SASL_PASSWORD: client_secret: zw0wdbZv9QvlTcgFMv2PnocKHHxKNeexW9ILi3zH",
     "zw0wdbZv9QvlTcgFMv2PnocKHHxKNeexW9ILi3zH"),
]

CLEAN = [
    # 1. a nail salon, a podiatrist's supplier
    ("medical_record", "Rendez-vous chez l'esthéticienne le 3 mars pour une pose de vernis. Dossier n° 2020-242935."),
    ("medical_record", "Commande 4471209 – cabinet de podologie : 20 plaques de résine. Livraison mardi."),
    # 2. a car's inspection, a film's screening
    ("medical_record", "Hauptuntersuchung bestanden\nUntersuchungs-Nr.: 64541022\nFahrzeug: VW Golf, nächste HU 2027"),
    ("medical_record", "Hi Sam, the film screening is on Friday at 19:30, Hall 2. Ref 2021-639405"),
    # 3. an order's number, a gym member's
    ("medical_record", "Merci de rappeler votre numéro de commande (2020-242935) au service client."),
    ("medical_record", "Please quote your member number (2019-309177) at the gym's front desk."),
    # 4. a restaurant's table plan
    ("medical_record", "Booking list - Friday\n19:00  Ann Cole   4471209   table for two\n"
     "19:30  Tom Hale   55319077   window seat"),
    # 6. a rota's dates
    ("date_of_birth", "Putzplan Küche\n1. Anna – 12.03.2026\n2. Tom – 19.03.2026\n3. Lea – 26.03.2026"),
    # 7. a customer's line
    ("phone", "Kundin: Anna Roth, anna@example.de, 88120455\nBestellung: 2 Stühle"),
    # 8. a new thing's number
    ("phone", "Zaal 3 gesloten; bestelling nieuwe roeitrainers nr. 8786361583."),
    ("phone", "Gym closed Monday; order placed for new kettlebells no. 8786361583."),
    # 9. a club's house
    ("street_address", "Arbeitseinsatz am Samstag um 9 Uhr, Treffpunkt Vereinsheim, Lindenstraße 14. Bitte Handschuhe mitbringen."),
    ("street_address", "Training resumes Tuesday: meet at the clubhouse, 12 Mill Lane, 7pm sharp."),
    ("street_address", "Zaterdag verzamelen bij het clubhuis, Dorpsstraat 4 om 9 uur."),
    # 11. a delivery's number
    ("payment_card", "Ruder gebrochen, Ersatzteil bestellt, Lieferung 4760130434050339."),
]

NOT_FOUND = [
    # 2. a school's exam
    ("medical_record", "Baccalauréat\nCandidat : Paul Roy, né le 3 mai 2005\nN° d'examen : 44712093", "44712093"),
    # 5. another thing's number named between
    ("passport", "Anna's passport is ready. Your order has the number 512345678.", "512345678"),
    ("passport", "Ya tenemos el pasaporte de Hugo. ¿Puede confirmar el número de reserva 512345678?", "512345678"),
    # 7. a callback's id
    ("phone", "rueckruf_datum=2024-03-01 rueckruf_id=0753690172", "0753690172"),
    # 10. the key after the label is no secret
    ("secret", "KAFKA_SASL_PASSWORD: client_secret: zw0wdbZv9QvlTcgFMv2PnocKHHxKNeexW9ILi3zH", "client_secret"),
]

STILL = [
    ("medical_record", "Rappel : Mme Moreau, rendez-vous chez le médecin le 28.01.2023. Dossier n° 2020-242935.", "2020-242935"),
    ("medical_record", "Versichertennummer: 2019-309177", "2019-309177"),
    ("date_of_birth", "your date of birth on file is 04/01/1971.", "04/01/1971"),
    ("date_of_birth", "Liste des passagers\n1. Léa Roy – née le 12/03/2011\n2. Tom Roy – né le 03/07/2013", "12/03/2011"),
    ("passport", "Passport number: G22011418", "G22011418"),
    ("phone", "Dit is mijn nieuwe nummer: 0612345678", "0612345678"),
    ("phone", "Técnica responsable: Marta Ruiz Gil, m.ruiz@example.es, 878293293\nVisitas: quincenales", "878293293"),
    ("street_address", "Treffpunkt bei mir, Goethestraße 12.", "Goethestraße 12"),
    ("secret", "DB_PASSWORD: hunter_22", "hunter_22"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
