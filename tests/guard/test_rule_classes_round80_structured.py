"""The structured rule classes fixed after the ghyll and beck banks' misses (round 80, structured half). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they were:

1. a medical record: an optician's recall, the client's number under a shorter label than round 50's ("N.º de cliente:
   4471209", "Nº cliente: 2019-447120", "N.° client : 4471209", "Customer ID: 4471209", "Kunden-ID 4471209", "Klant-nr.:
   4471209"); a shop's order under the same label, or a shop that names no eye test, stays clean;
2. a medical record: a patient's line, the patient's word, the name, the birth date after its word, then the number
   under a short label ("Pt Tom Hale, DOB March 2, 1961, ref 2019-447120", "Pat. Anna Roth, geb. 3. Mai 1958, PID
   K4471209", "Patiente Léa Roy, née le 3 mai 1958, IPP 4471209", "Paciente Ana Gil, nac. 12/03/1961, NHC 4471209",
   "Pt. Saar de Vries, geb. 12-03-1960, nr. B4471209"); a customer's line, or a postcode after the birth date, stays
   as it was;
3. a medical record: the patient's number bare after the patient's word, the name and a comma, in a note about care
   ("pt Saar Peeters, 2019-447120, claustrofobisch – MRI onder sedatie", "Pat. Anna Roth, K4471209, MRT nur in
   Sedierung", "patiente Léa Roy, 4471209, IRM sous sédation", "Pt Tom Hale, NHC-447120 - needs sedation for MRI");
   a phone's trunk 0 after the name stays no record;
4. a medical record: a care event opening the line, a dash, the patient's full name and the number bare after its
   comma ("Did not attend MRI shoulder - Tom Hale, B4471209.", "Nicht erschienen zum MRT Knie – Anna Roth,
   2019-447120.", "Absent au rendez-vous d'IRM du genou – Léa Roy, 4471209.", "No acudió a la IRM de rodilla – Ana Gil,
   NHC-447120.", "Niet verschenen voor de MRI knie – Jan de Vries, 4471209."); a firm's call note stays clean;
5. a date of birth: a label's birth line, the star and the date alone on the line under the person's name and over a
   number's or a care word's line ("Probenbegleitschein\\nAnna Lea Roth\\n* 3. Mai 1958\\nFall-Nr. 4471209", "Saar de
   Vries\\n* 12-03-1961\\nPatiëntnr. 4471209", "Tom Hale\\n* 1961-03-12\\nMRN: K4471209", "Léa Roy\\n* 03/05/1958\\nIPP
   4471209"); a changelog's or a list's bullets stay clean;
6. a phone: a number with two zeros first after a titled name's comma, the title maybe written out ("Opgeven bij
   mevrouw Thijs, 00 607 45 41", "Fragen an Herrn Roth, 00 607 45 41.", "S'adresser à Madame Roy, 00 607 45 41, avant
   vendredi.", "Preguntar por la señora Gil, 00 607 45 41.", "Ask Mrs Hale, 00 607 45 41."), or after the writer's own
   number's words ("Mijn nummer is 00/ 458 89 54", "My number is 00 458 89 54"); an invoice's number and a score after
   a name stay clean.

Of the 44 cases below (31 to catch, 13 to leave or keep as they were), 29 fail on round 79: every case to catch but the
French and Spanish patient lines of class 2, whose "IPP" and "NHC" labels other rules read already; they stay as guards
of the class's other languages.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. an optician's recall, the client's number under a short label
    ("medical_record", "Estimada Sra. Ruiz:\n\nYa toca su revisión visual anual en nuestra óptica.\n\nN.º de cliente: 4471209",
     "4471209"),
    ("medical_record", "Hola Ana, tus lentillas mensuales se acaban pronto, pide tu revisión.\nNº cliente: 2019-447120",
     "2019-447120"),
    ("medical_record", "Bonjour Madame Roy,\n\nVotre examen de vue date de deux ans.\n\nN.° client : K4471209", "K4471209"),
    ("medical_record", "Dear Ms Cole,\n\nYour annual eye test is due at our branch.\n\nCustomer ID: 4471209", "4471209"),
    ("medical_record", "Liebe Frau Roth,\n\nIhre letzte Augenprüfung ist zwei Jahre her.\n\nKunden-ID 4471209", "4471209"),
    ("medical_record", "Beste mevrouw Smit,\n\nUw oogmeting is weer aan de beurt.\n\nKlant-nr.: B4471209", "B4471209"),
    # 2. a patient's line: the name, the birth date, the number under a short label
    ("medical_record", "Chiro review\nPt Tom Hale, DOB March 2, 1961, ref 2019-447120\nS: neck stiff.", "2019-447120"),
    ("medical_record", "Pat. Anna Roth, geb. 3. Mai 1958, PID K4471209 – Jodallergie, CT nur nativ.", "K4471209"),
    ("medical_record", "Patiente Léa Roy, née le 3 mai 1958, IPP 4471209, allergie à l'iode.", "4471209"),
    ("medical_record", "Paciente Ana Gil, nac. 12/03/1961, NHC 4471209. Alergia al contraste.", "4471209"),
    ("medical_record", "Pt. Saar de Vries, geb. 12-03-1960, nr. B4471209 – contrastallergie", "B4471209"),
    # 3. the number bare after the patient's name, in a note about care
    ("medical_record", "pt Saar Peeters, 2019-447120, claustrofobisch – MRI onder sedatie plannen", "2019-447120"),
    ("medical_record", "Pat. Anna Roth, K4471209, Platzangst, MRT nur in Sedierung", "K4471209"),
    ("medical_record", "patiente Léa Roy, 4471209, claustrophobe, IRM sous sédation", "4471209"),
    ("medical_record", "Pt Tom Hale, NHC-447120 - needs sedation for MRI, call ward.", "NHC-447120"),
    # 4. a care event, a dash, the name and the number
    ("medical_record", "Did not attend MRI shoulder - Tom Hale, B4471209. Back to GP.", "B4471209"),
    ("medical_record", "Nicht erschienen zum MRT Knie – Anna Roth, 2019-447120. Zurück an Hausarzt.", "2019-447120"),
    ("medical_record", "Absent au rendez-vous d'IRM du genou – Léa Roy, 4471209.", "4471209"),
    ("medical_record", "No acudió a la IRM de rodilla – Ana Gil, NHC-447120.", "NHC-447120"),
    ("medical_record", "Niet verschenen voor de MRI knie – Jan de Vries, 4471209.", "4471209"),
    # 5. a label's birth line under the name
    ("date_of_birth", "Probenbegleitschein\nAnna Lea Roth\n* 3. Mai 1958\nFall-Nr. 4471209\nZytologie", "3. Mai 1958"),
    ("date_of_birth", "Saar de Vries\n* 12-03-1961\nPatiëntnr. 4471209", "12-03-1961"),
    ("date_of_birth", "Tom Hale\n* 1961-03-12\nMRN: K4471209", "1961-03-12"),
    ("date_of_birth", "Léa Roy\n* 03/05/1958\nIPP 4471209", "03/05/1958"),
    # 6. a zeros number after a titled name or the writer's own number's words
    ("phone", "Uitslagen van de avond: opgeven bij mevrouw Thijs, 00 607 45 41", "00 607 45 41"),
    ("phone", "Fragen zum Turnier an Herrn Roth, 00 607 45 41.", "00 607 45 41"),
    ("phone", "S'adresser à Madame Roy, 00 607 45 41, avant vendredi.", "00 607 45 41"),
    ("phone", "Preguntar por la señora Gil, 00 607 45 41.", "00 607 45 41"),
    ("phone", "Ask Mrs Hale, 00 607 45 41.", "00 607 45 41"),
    ("phone", "Heeft u nog iets over hem gevonden? Mijn nummer is 00/ 458 89 54.", "00/ 458 89 54"),
    ("phone", "Could you look it up for me? My number is 00 458 89 54.", "00 458 89 54"),
]

CLEAN = [
    # 1. a shop's order under the same label, a shop with no eye test
    ("medical_record", "Dear Mr Pla,\n\nYour eye test glasses order has shipped.\n\nCustomer ID: 4471209"),
    ("medical_record", "Estimado cliente:\n\nLe esperamos en nuestra tienda de electrónica.\n\nN.º de cliente: 4471209"),
    # 4. a firm's call note
    ("medical_record", "Sales call - Tom Hale, 4471209. Follow up next week."),
    # 5. a changelog's or a list's bullets
    ("date_of_birth", "Version History\n* 2023-05-01\n- fixed login"),
    ("date_of_birth", "Termine Herbst\n* 12.03.2024\n* 19.03.2024"),
    ("date_of_birth", "Release Notes\n* 2021-05-01\nSee below."),
    # 6. an invoice's number, a score after a name
    ("phone", "Invoice number is 00 458 89 54."),
    ("phone", "Mevrouw Thijs, 00 607 45 41 punten behaald"),
]

NOT_FOUND = [
    # 2. a customer's line, a postcode after the birth date
    ("medical_record", "Customer Tom Hale, DOB 12/03/1961, ref 4471209", "4471209"),
    ("medical_record", "Patientin Anna Roth, geb. 12.03.1961, 80331 München", "80331"),
    # 3. a phone's trunk 0 after the patient's name
    ("medical_record", "pt Ann Cole, 0612345678, claustrofobisch – MRI onder sedatie", "0612345678"),
]

STILL = [
    # 2. the birth date on the patient's line as before
    ("date_of_birth", "Pat. Anna Roth, geb. 3. Mai 1958, PID K4471209 – Jodallergie, CT nur nativ.", "3. Mai 1958"),
    # 5. a star after a name in a sentence as before
    ("date_of_birth", "Jan de Vries, * 12-03-1950, overleden 2020", "12-03-1950"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
