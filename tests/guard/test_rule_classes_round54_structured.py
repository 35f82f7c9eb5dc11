"""The structured rule classes fixed after the karren and fulgurite banks' misses and false findings (issue 14,
round 54, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. not a client's address: a Traefik access log's server URL, the quoted "http://host:port" between the
   router's name and the duration ('77 "shop@docker" "http://10.42.0.9:8080" 12ms'); the client's address
   opening the line stays one;
2. not a person's birth date: a litter's, or its dam's named by the female animal's word ("Bella's litter ...
   born on", "Wurf unserer Hündin ... geboren am", "Portée de la chienne ... née le", "Camada de la perra ...
   nacida el", "Nestje van teef ... geboren op"); a child's birth beside a puppy stays one, and so does the
   birth of a person named like a beast ("Mare Visser, geboren ...");
3. not a phone: a lottery's drawn numbers after the numbers' word on a draw's line ("main numbers 03 14 22 31
   49", "Gewinnzahlen ...", "numéros gagnants ...", "combinación ganadora ...", "winnende getallen ..."); a
   raffle's "numéros" alone, and the number after a phone's word, stay phones;
4. birth dates: a participants' list under a heading's last word, one name a line with the date in brackets
   ("Swimming test – participants\nAnna Roth (12/03/2014)\n..."); one birth some years past makes the list's
   other dates births too; a workshop's list of this year's dates stays clean;
5. a medical record: a file's number ("Dossier n°", "File no.", "Akte Nr.", "Expediente nº", "Dossier nr.")
   after a patient seen in a doctor's consultation in the paragraph ("revu en consultation", "stellte sich in
   meiner Sprechstunde vor", "visto en consulta", "gezien op het spreekuur"); a lawyer's "reçu en
   consultation" leaves the file an office's;
6. a secret: a "-p" password in single quotes whose "$" name has no variable's shape ("-p'$QRTfwaZ7'"); a
   constant's, a lower-case or a camelCase name ("$DB_PASS", "$dbPassword") stays a reference;
7. phones: a call verb's clause closing on the number alone in brackets ("ruft ab 18 Uhr an (...)", "calls
   after 6 pm (...)", "appelle après 18 h (...)", "belt na 18 uur (...)"); a chat's question for a phone with
   a short afterthought on its line, the next line's answer; a role's line for the one on hand for first aid
   or the caller on a call-out report ("First aider: ...", "Ersthelferin:", "Requérant :", "Llamante:",
   "Melder:"), a bullet before it; Spanish's notifying verb, "en el" and the number, then a purpose's clause
   ("avisar a su hijo en el ... para que ..."); a table's column named by the one to reach for the row's
   person ("Responsable", "Guardian", "Erziehungsberechtigte", "Ouder").

Of the 63 cases below (37 to catch, 26 to leave or keep as they were), 42 fail on round 53.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 4. a participants' list under a heading
    ("date_of_birth", "Swimming test – participants\nAnna Roth (12/03/2014)\nTom Reed (4 July 2019)\nCoach: Mr Green",
     "12/03/2014"),
    ("date_of_birth", "Swimming test – participants\nAnna Roth (12/03/2014)\nTom Reed (4 July 2019)\nCoach: Mr Green",
     "4 July 2019"),
    ("date_of_birth", "Schwimmabzeichen – Teilnehmende\nLars Keller (03.05.2012)\nMia Brandt (17.09.2020)\nAufsicht: Frau Roth",
     "17.09.2020"),
    ("date_of_birth", "Fietsexamen groep 8 – deelnemers\nDaan van 't Hof (02-02-2012)\nSanne Bos (9 mei 2021)\n",
     "02-02-2012"),
    ("date_of_birth", "Fietsexamen groep 8 – deelnemers\nDaan van 't Hof (02-02-2012)\nSanne Bos (9 mei 2021)\n",
     "9 mei 2021"),
    # 5. a file's number after a patient seen in consultation
    ("medical_record", "Chère consœur,\n\nJ'ai vu en consultation Mme Odile Perrin, six semaines après sa chute. "
     "Reprise de la marche. Dossier n° 2019-448213.\n\nBien cordialement", "2019-448213"),
    ("medical_record", "Herr Anton Weber stellte sich heute in meiner Sprechstunde vor, Gangbild gebessert. "
     "Akte Nr. 7730415.", "7730415"),
    ("medical_record", "Visto en consulta el señor Tomás Prieto, sin cambios en la marcha. Expediente nº 7730415.",
     "7730415"),
    ("medical_record", "Mevrouw Ineke Smit gezien op het spreekuur, loopt weer zelfstandig. Dossier nr. 7730415.",
     "7730415"),
    # 6. a "-p" password in single quotes, a "$" and no variable's shape
    ("secret", "backup job: pg_dump -h db01 -U backup -p'$QRTfwaZ7' shop > dump.sql", "$QRTfwaZ7"),
    ("secret", "In het script staat nog: mysql -u beheer -p'$WvXKmpa4' klanten", "$WvXKmpa4"),
    # 7. a call verb's clause closing on the number in brackets
    ("phone", "Kamer 6: mevrouw Vos. Haar zoon Pieter belt na 18 uur (0623456781).", "0623456781"),
    ("phone", "Zimmer 6: Frau Vogt, Sondenkost. Tochter Carla ruft ab 18 Uhr an (01623456781).", "01623456781"),
    ("phone", "Bay 6: Mrs Vine. Her son Peter calls after 6 pm (07911123456).", "07911123456"),
    ("phone", "Chambre 6 : Mme Vidal. Son fils Pierre appelle après 18 h (0623456781).", "0623456781"),
    # 7. a chat's question with an afterthought
    ("phone", "Rosa: ¿alguien tiene el teléfono de Luis Mora? el de la furgoneta blanca\nPablo: sí, es el 655443322",
     "655443322"),
    ("phone", "Kim: anyone got Dan Frost's phone number? the guy with the white van\nAmy: yes, 07911123456",
     "07911123456"),
    ("phone", "Joris: heeft iemand het telefoonnummer van Bart Mol? die van de garage\nEls: ja, 0623456781",
     "0623456781"),
    ("phone", "Yann : quelqu'un a le téléphone de Hugo Petit ? celui du garage\nMaud : oui, 0623456781",
     "0623456781"),
    # 7. first aider, caller on a call-out report
    ("phone", "Regatta notes\n- First aider on the pontoon: Megan, 4471-2290.\n- Launch leaves at ten.", "4471-2290"),
    ("phone", "Sommerfest\nErsthelferin: Carla Brandt, 4471-2290\nGetränke: Verein", "4471-2290"),
    ("phone", "RAPPORT D'INTERVENTION\nNature : fuite de gaz\nRequérant : Monsieur Gilles Faure – 0498765432\n"
     "Actions : coupure du compteur", "0498765432"),
    ("phone", "Parte de servicio\nLlamante: Rosa Prieto, 4471-2290\nActuación: rescate en ascensor", "4471-2290"),
    ("phone", "Storingsmelding\nMelder: Joris Mol, 4471-2290\nActie: lift vrijgemaakt", "4471-2290"),
    # 7. Spanish's notifying verb, "en el" and a purpose's clause
    ("phone", "Receta renovada; avisar a su nieta en el 655443322 para que pase por la farmacia.", "655443322"),
    ("phone", "Si hay retraso, avise en el 655443322 para confirmar la nueva hora.", "655443322"),
    # 7. a table's column named by the one to reach
    ("phone", "Badge de natation\nÉlève | Né(e) le | Responsable\nNoé Girard | 03.05.2015 | 0498765432\n",
     "0498765432"),
    ("phone", "Swimming badge\nPupil | Born | Guardian\nEvie Shaw | 03.05.2015 | 07911123456\n", "07911123456"),
    ("phone", "Schwimmkurs\nKind | Geburtsdatum | Erziehungsberechtigte\nMia Brandt | 03.05.2015 | 01623456781\n",
     "01623456781"),
    ("phone", "Zwemles\nLeerling | Geboren | Ouder\nDaan Mol | 03.05.2015 | 0623456781\n", "0623456781"),
    # near misses that stay found
    ("ip_address", '198.51.100.23 - - [02/Feb/2026:08:00:01 +0000] "GET /rooms HTTP/1.1" 200 431 "-" "Mozilla/5.0" '
     '91 "rooms@docker" "http://10.20.3.4:5000" 9ms', "198.51.100.23"),
    ("date_of_birth", "Our son Milo was born on 14/03/2016, the same week as the neighbours' puppies.", "14/03/2016"),
    ("phone", "Tirage au sort le 12/03 : numéros 06 12 34 56 78 pour nous joindre.", "06 12 34 56 78"),
    ("phone", "Draw night! For tickets call 04 17 23 38 45.", "04 17 23 38 45"),
    ("medical_record", "Patiente vue en consultation de neurologie. Dossier n° 7730415.", "7730415"),
    ("secret", "mysql -u root -p'$qWtR8uLm' crm", "$qWtR8uLm"),
    ("phone", "Kamer 6: mevrouw Vos. Bel haar zoon op 0623456781.", "0623456781"),
]

CLEAN = [
    # 1. a Traefik access log's server URL
    ("ip_address", '- - - [02/Feb/2026:08:00:01 +0000] "GET /rooms HTTP/1.1" 200 431 "-" "Mozilla/5.0" 91 '
     '"rooms@docker" "http://10.20.3.4:5000" 9ms'),
    ("ip_address", '- - - [02/Feb/2026:08:00:01 +0000] "POST /anmeldung HTTP/2.0" 201 88 "-" "curl/8.5.0" 4412 '
     '"anmeldung@file" "https://172.20.0.8:8443/api" 41ms'),
    # 2. a litter's or its dam's birth
    ("date_of_birth", "Kennel news: Mabel's litter of six was born on 9 May 2025 at our farm near York."),
    ("date_of_birth", "Wurf unserer Hündin Kira, geboren am 12.03.2025: fünf Welpen, alle vermittelt."),
    ("date_of_birth", "Portée de la chienne Vanille née le 12/03/2025 : cinq chiots, tous réservés."),
    ("date_of_birth", "Camada de la perra Luna nacida el 12/03/2025: cinco cachorros sanos."),
    ("date_of_birth", "Nestje van teef Pip geboren op 12-03-2025: vijf pups, allemaal gereserveerd."),
    # 3. a lottery's drawn numbers
    ("phone", "Draw of 14/02/2026: winning numbers 03 14 22 31 49, bonus ball 07. Jackpot rolls over."),
    ("phone", "Ziehung vom 14.02.2026: Gewinnzahlen 03 14 22 31 49, Superzahl 7."),
    ("phone", "Tirage du 14/02/2026 : numéros gagnants 03 14 22 31 49, numéro chance 7."),
    ("phone", "Sorteo del 14/02/2026: combinación ganadora 03 14 22 31 49, reintegro 7."),
    ("phone", "Trekking van 14-02-2026: winnende getallen 03 14 22 31 49, bonusgetal 7."),
    # 4. a workshop's list of this year's dates
    ("date_of_birth", "Pottery workshop – participants\nAnna Roth (12/03/2026)\nTom Reed (19/03/2026)"),
    # 5. a lawyer's consultation
    ("medical_record", "Mon cher confrère, j'ai reçu en consultation M. Roy au cabinet. Dossier n° 7730415."),
    # 6. a variable's shape in single quotes
    ("secret", "mysql -u root -p'$DB_PASS' shop"),
    ("secret", "mysql -u root -p'$dbPassword' shop"),
    # 7. a bracket with more than the number, a question for another number, a role the list lacks
    ("phone", "Der Fahrer ruft vorher an (Auftrag 0620219425)."),
    ("phone", "Rosa: ¿alguien tiene el número de pedido? el de la furgoneta\nPablo: sí, es el 655443322"),
    ("phone", "Regatta notes\n- Budget left: Megan, 4471-2290.\n- Launch leaves at ten."),
    ("phone", "Élève | Responsable | Montant\nNoé Girard | Mme Girard | 0498765432\n"),
]

NOT_FOUND = [
    ("ip_address", '198.51.100.23 - - [02/Feb/2026:08:00:01 +0000] "GET /rooms HTTP/1.1" 200 431 "-" "Mozilla/5.0" '
     '91 "rooms@docker" "http://10.20.3.4:5000" 9ms', "10.20.3.4"),
    ("phone", "Pide cita en el 934556120 de la lista de espera.", "934556120"),
]

STILL = [
    ("ip_address", "backend http://10.20.3.4:5000 took 9ms", "10.20.3.4"),
    ("date_of_birth", "Marie, née le 12/03/2015, adore les chiots.", "12/03/2015"),
    ("date_of_birth", "Teilnehmer: Nino Jenni (8. August 1968)", "8. August 1968"),
    ("date_of_birth", "Patiënte: Mare Visser, geboren 3 mei 1969", "3 mei 1969"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
