"""The structured rule classes fixed after the spit and berm banks' misses and false findings (issue 14, round 74,
structured half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a clinic visit's note: the heading line a clinic's or a consultation's, then the patient's header row right under
   it, the full name, the birth date and the record's number split by bars or dashes ("BP CLINIC 2021-04-24\\nWendy
   Lee | 1986-11-17 | A5789251", "Bloeddrukspreekuur 24.05.2021\\nIsabel Vercruysse | 19-01-1985 | MRN-55466",
   "Consultation HTA – 04.09.2021\\nJean Cosendey – 9 décembre 1963 – dossier NHC-72518", "Consulta de hipertensión
   ...\\nJuan Aguado | 2 de julio de 1950 | NHC 495728638"): the date is a birth date, the last cell a medical record
   (and no national identifier, though its digits pass a check); a club's heading, a recent date stay unread;
2. a date of birth: one of the dates given as an example in brackets after the plural ("klassenlijst met
   geboortedata (bv. 01.10.2023)", "dates de naissance des élèves (ex. 05/01/2009)", "fechas de nacimiento (p. ej.
   18-09-2021)"); a date in brackets after another plural ("dates de réunion (ex. ...)") stays clean;
3. a date of birth: a rooming list's line, the room's word and number, two sharers joined by "+", "en", "y", "and",
   the first with a date in brackets ("Ch. 12 : Mathilde Vincent (01/07/2014) + Michelle Perret", "Kamer 8: Thomas
   De Waele (8 april 2012) en Khadija De Bruyn", "Hab. 105: Rosa Casal (18-03-2012) y Rogelio Báez"); a line with
   no room's word stays clean;
4. a date of birth: the date checked and said again after "as" ("DOB confirmed as 1952-12-16", "geboortedatum
   bevestigd als ...", "fecha de nacimiento confirmada como ...");
5. a medical record: a hospice's own number ("Hospice ref HC-74171222", "Hospiz-Nr. 4471209");
6. a phone: a bare number whose neighbour says it reaches someone: a call to a named person logged, the number in
   brackets after the name ("llamada a Heriberto Llanos (842061402) sin respuesta", "call to Tom Hale (...) not
   answered"); a form's question whether one may call answered yes ("Darf man Sie anrufen? ja, 0008773269"); a
   quick answer asked for, the number ending the message ("dis moi vite, 0329501018"); a German imperative call
   with the number in brackets ("ruf bitte die Praxis an (0117686610)"); a bulleted list of names, a comma and the
   number, where another row gives a number written as a phone's ("Inscrits :\\n- Madeleine Sansonnens, +41 (0)21
   318 86 40\\n- Joséphine Riou, 0269576284"); an order's number after "tell me" with no trunk 0, a question
   answered no, and a list of bare numbers alone stay clean.

Of the 58 cases below (37 to catch, 21 to leave or keep as they were), 34 fail on round 73.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. a clinic visit's header row
    ("date_of_birth", "DIABETES CLINIC 12 March 2026\nTom Hale | 14/02/1958 | RX4471209\nHbA1c 58", "14/02/1958"),
    ("medical_record", "DIABETES CLINIC 12 March 2026\nTom Hale | 14/02/1958 | RX4471209\nHbA1c 58", "RX4471209"),
    ("date_of_birth", "Diabetes-Sprechstunde 03.05.2026\nAnna Roth | 12.03.1961 | Akte 4471209\nHbA1c 7,1 %",
     "12.03.1961"),
    ("medical_record", "Diabetes-Sprechstunde 03.05.2026\nAnna Roth | 12.03.1961 | Akte 4471209\nHbA1c 7,1 %",
     "4471209"),
    ("date_of_birth", "Consultation diabète – 03/05/2026\nLéa Roy – 12 mars 1961 – dossier 2019-447120\nHbA1c 7,1 %",
     "12 mars 1961"),
    ("medical_record", "Consultation diabète – 03/05/2026\nLéa Roy – 12 mars 1961 – dossier 2019-447120\nHbA1c 7,1 %",
     "2019-447120"),
    ("date_of_birth", "Consulta de diabetes 3 de mayo de 2026\nAna Gil Pardo | 12/03/1961 | NHC 447120933\nHbA1c 7,1",
     "12/03/1961"),
    ("medical_record", "Consulta de diabetes 3 de mayo de 2026\nAna Gil Pardo | 12/03/1961 | NHC 447120933\nHbA1c 7,1",
     "447120933"),
    ("date_of_birth", "Suikerspreekuur 3 mei 2026\nSaar de Vries | 12-03-1961 | PAT-4471209\nHbA1c 58", "12-03-1961"),
    ("medical_record", "Suikerspreekuur 3 mei 2026\nSaar de Vries | 12-03-1961 | PAT-4471209\nHbA1c 58", "PAT-4471209"),
    # 2. an example in brackets after the plural
    ("date_of_birth", "Item 4: the class list with dates of birth (e.g. 03/05/2015) was emailed by mistake.",
     "03/05/2015"),
    ("date_of_birth", "TOP 2: Klassenliste mit Geburtsdaten (z. B. 03.05.2015) versehentlich verschickt.", "03.05.2015"),
    ("date_of_birth", "Point 5 : la liste avec les dates de naissance (par ex. 3 mai 2015) a été envoyée par erreur.",
     "3 mai 2015"),
    ("date_of_birth", "Punto 1: se compartió la lista con fechas de nacimiento (por ejemplo 03/05/2015) sin permiso.",
     "03/05/2015"),
    ("date_of_birth", "Agendapunt 2: ledenlijst met geboortedata (bijv. 3 mei 2015) per ongeluk gemaild.", "3 mei 2015"),
    # 3. a rooming list's line
    ("date_of_birth", "Rooming list – choir tour\nRoom 4: Tom Hale (03/05/2012) and Ben Cole\nRoom 5: Amy Lee",
     "03/05/2012"),
    ("date_of_birth", "Zimmerliste Chorfahrt\nZimmer 3: Anna Roth (12.03.2012) und Lea Kurz\nZimmer 4: Ute Bär",
     "12.03.2012"),
    ("date_of_birth", "Chambres – voyage de classe\nChambre 7 : Léa Roy (3 mai 2012) et Inès Morel", "3 mai 2012"),
    ("date_of_birth", "Habitaciones del viaje\nHabitación 12: Ana Gil (03-05-2012) y Pía Ruiz", "03-05-2012"),
    ("date_of_birth", "Kamerlijst schoolreis\nKamer 2: Saar Bos (3 mei 2012) + Noor Smit", "3 mei 2012"),
    # 4. the date confirmed as
    ("date_of_birth", "Rang back about the repeat, DOB verified as 12 March 1958, script sent.", "12 March 1958"),
    ("date_of_birth", "Teruggebeld, geboortedatum bevestigd als 12-03-1958, recept verstuurd.", "12-03-1958"),
    ("date_of_birth", "Llamada devuelta, fecha de nacimiento confirmada como 12/03/1958.", "12/03/1958"),
    # 5. a hospice's number
    ("medical_record", "Bereavement group: Tom asked for 1:1 support, referred. Hospice reference 2019-447120",
     "2019-447120"),
    ("medical_record", "Trauergruppe: Frau Roth möchte Einzelgespräche, weitergeleitet. Hospiz-Nr. 4471209", "4471209"),
    # 6. a bare number said to reach someone
    ("phone", "[PagerDuty] Escalation\nStep 2: call to Tom Hale (0412345678) not answered\nSource: 10.0.0.1",
     "0412345678"),
    ("phone", "Eskalation\nSchritt 1: Anruf bei Jonas Roth (01712345678) ohne Antwort", "01712345678"),
    ("phone", "Escalade\nÉtape 1 : appel à Léa Roy (0612345678) sans réponse", "0612345678"),
    ("phone", "Anmeldung Sprechstunde\nAnna Roth\nDürfen wir Sie zurückrufen? ja, 01712345678", "01712345678"),
    ("phone", "Sign-up form\nAnn Cole\nMay we call you? yes, 0412345678", "0412345678"),
    ("phone", "Inscription\nLéa Roy\nPeut-on vous appeler ? oui, 0612345678", "0612345678"),
    ("phone", "hi Sam, can you cover the Sunday shift? Jo is ill. let me know asap, 0412345678", "0412345678"),
    ("phone", "Hoi Bram, kun jij zondag invallen? Tim is ziek. laat het snel weten, 0612345678", "0612345678"),
    ("phone", "Hallo Jana, deine Werte sind zu hoch – ruf bitte sofort die Praxis an (0301234567), danke.",
     "0301234567"),
    ("phone", "Litter pick – riverside\nSigned up:\n- Ann Cole, +44 20 7946 0958\n- Tom Hale, 07700900456\nBags provided.",
     "07700900456"),
    ("phone", "Müllsammelaktion\nAngemeldet:\n- Jonas Roth, 0171 234 56 78\n- Lea Berg, 01712345679\nHandschuhe da.",
     "01712345679"),
    ("phone", "Limpieza del río\nInscritos:\n- Ana Gil, ana@example.es\n- Pía Ruiz, 0612345678\nSe dan bolsas.",
     "0612345678"),
]

CLEAN = [
    # 1. a club's heading; a recent date
    ("date_of_birth", "Training 03.05.2026\nAnna Roth | 12.03.1961 | 4471209\nRunde 2"),
    ("medical_record", "Training 03.05.2026\nAnna Roth | 12.03.1961 | 4471209\nRunde 2"),
    ("date_of_birth", "BP CLINIC 2026-04-24\nWendy Lee | 2026-04-20 | A5789251\nSitting: 152/94"),
    # 2. another plural's example
    ("date_of_birth", "Point 3 : les dates de réunion (ex. 05/01/2027) seront fixées en juin."),
    ("date_of_birth", "Please enter the delivery dates (e.g. 03/05/2027) in the form."),
    # 3. no room's word
    ("date_of_birth", "Protokoll\nAnwesend: Anna Roth (12.03.2026) und Lea Kurz\nTOP 1"),
    ("date_of_birth", "Draaiboek\nWerkgroep 2: Saar Bos (3 mei 2026) en Noor Smit"),
    # 6. an order after "tell me", no trunk 0; a question answered no; bare numbers alone
    ("phone", "Hi, the parcel has not arrived. let me know asap, 4471209350"),
    ("phone", "Anmeldung\nAnna Roth\nDarf man Sie anrufen? nein, Mitgliedsnummer 4471209350"),
    ("phone", "Raffle winners:\n- Ann Cole, 4471209350\n- Tom Hale, 4471209351"),
    ("phone", "Stock list:\n- Blue Mugs, 0000123456\n- Red Cups, 2024-10-01"),
    # 5. a hospice shop's gift, its reference after a comma
    ("medical_record", "Thank you for your gift to St Anne's Hospice, ref 4471209, for Gift Aid."),
]

NOT_FOUND = [
    # 1. a clinic visit's record is no national identifier (its digits pass a BSN's check)
    ("national_id", "Bloeddrukspreekuur 07-03-2022\nMaria Leysen | 10-05-1994 | 111222333\nRR zittend 154/95",
     "111222333"),
    # 1. a row with more cells than the header's three
    ("medical_record", "Sprechstunde 03.05.2026\nAnna Roth | 12.03.1961 | Raum 4 | 4471209\nHbA1c", "4471209"),
]

STILL = [
    # 1. a national identifier in a delimited record row without a clinic heading
    ("national_id", "Mitarbeiter\nMaria Leysen | 10-05-1994 | 111222333", "111222333"),
    # 2. a plural's list as before
    ("date_of_birth", "Geburtsdaten der Kinder: 12.03.2010, 14.07.2013", "14.07.2013"),
    # 3. a line-up's date as before
    ("date_of_birth", "Client Catriona Taylor (11/13/1952) came in about her rent.", "11/13/1952"),
    # 5. a hospital's number as before
    ("medical_record", "Patient Tom Hale, hosp. no. 4471209, seen in clinic.", "4471209"),
    # 6. the thanks ending a message as before
    ("phone", "Coucou, c'est le papa de Léo, il est malade, pas de judo demain. merci. 0612345678", "0612345678"),
    # 6. a call-back as before
    ("phone", "Call back Mr. Hale about the invoice, he's only free after 5: 0612345678", "0612345678"),
    # 6. a contact row as before
    ("phone", "Waiting list\n1. Tom Hale · tom@example.org\n2. Amy Cole · 07700900123", "07700900123"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
