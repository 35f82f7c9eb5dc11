"""The structured rule classes fixed after the oxbow, levee, combe and shoal banks' misses and false findings
(issue 14, round 73, structured half). Each case is worded differently from the banks, in the languages where the
class exists, with near misses that must stay as they were:

1. a medical record: a donor's number with the donor's word first ("Donante nº 90947610", "donneur n° 4471209",
   "Spender Nr. 4471209"), and a donation's venue as the donation word ("unidad móvil de donación",
   "donorcentrum", "donor centre", "Spendezentrum", "site de collecte"); a charity's donor, thanked for a gift,
   stays clean;
2. a medical record: a hospital stay's, a ward's or a clinic's number for the patient in a text about care ("hosp
   number is 0004325751", "Ward ref 2017-145805", "your clinic number is B6178524", "n° de séjour 627362910",
   "Aufnahmenummer 4471209", "número de ingreso 4471209", "opnamenummer 4471209"); a hotel's "n° de séjour" and a
   council's "ward ref" stay clean;
3. a passport: the passport's number named, a clause saying it was sent before, then the number again after a
   colon ("Reisepassnummer hatte ich dir schon gesendet, aber nochmal: ...", "passport number I sent you last
   week, but again: ...", "numéro de passeport, je te l'ai déjà envoyé, mais encore une fois : ...", "el
   pasaporte te lo mandé ayer, pero otra vez: ...", "paspoortnummer had ik al gestuurd, maar nog een keer: ...");
   an order placed again at a passport photo shop stays clean;
4. a phone: a bare number whose neighbour says it reaches someone: the number named in the sentence before
   ("the nursery didn't have our number. It's 6098-5219", "Het is 0005 884118"), a relative's name and the number
   in brackets ("son (Tom Hale, 8609.6244)", "su hija (Marta, 845181388)"), a relative's number then a colon
   ("his dad's number if he needs a lift: 9958040415"), a call back asked for ("Devolver llamada a Sra. Gil, ...:
   976660026", "Call back Mr Hale, ...: ..."), the number alone after the thanks ending a message ("merci.
   0535508100"); an order's number after the thanks, with no trunk 0, and a sentence before "It's" that names
   another thing ("our customer file") stay clean;
5. a secret: a password's value ending with an opening bracket, its name no one writes ("DB_PASSWORD=_8LemiKdc9(",
   "MYSQL_PWD=x7QpLm2Kd("); "password = get_secret(" stays a call;
6. not a medical record: a course's line of its learner, the file's number in brackets ("Apprenant : Julien
   (dossier 510527943)", "Learner: Tom (file 4471209)", "Teilnehmerin: Anna (Akte 4471209)"), though the lesson
   reads a prescription; a patient's line stays found;
7. not a passport: a title's own number on the line under it ("VERWIJSBRIEF VOEDSELBANK\\nNr. 283929128", "FOOD
   BANK REFERRAL\\nNo. 283929128", "Gutschein Tafel\\nNr. 283929128"), in a text with a validity date; a passport's
   own title keeps its number.

Of the 49 cases below (29 to catch, 20 to leave or keep as they were), 28 fail on round 72.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. the donor's word first; a donation's venue
    ("medical_record", "Te esperamos en el centro de donación de Soria el martes. Donante nº 4471209.", "4471209"),
    ("medical_record", "Rendez-vous au site de collecte de Dijon jeudi. Donneur n° 2023-217989", "2023-217989"),
    ("medical_record", "Wir erwarten Sie im Spendezentrum Kiel. Spender Nr. 4471209", "4471209"),
    ("medical_record", "Welkom in donorcentrum Utrecht op dinsdag. Donornr. A0466690", "A0466690"),
    ("medical_record", "See you at the donor centre in Leeds on Tuesday. Donor no. 4471209", "4471209"),
    # 2. a hospital stay's, a ward's or a clinic's number
    ("medical_record", "mum fell again last night, the GP came. her hospital number is 0004325751", "0004325751"),
    ("medical_record", "Your dad is settled in the care home today. Ward ref P-4471209.", "P-4471209"),
    ("medical_record", "Your first scan at the fertility unit is on Monday. Your clinic number is 2023-249026.",
     "2023-249026"),
    ("medical_record", "Évacuée vers le CHU de Rennes, n° de séjour 2016-550383, famille prévenue.", "2016-550383"),
    ("medical_record", "Patientin auf Station 4B aufgenommen, Aufnahmenummer 4471209.", "4471209"),
    ("medical_record", "Paciente ingresado en planta, número de ingreso 4471209.", "4471209"),
    ("medical_record", "Patiënt opgenomen op de afdeling, opnamenummer 4471209.", "4471209"),
    ("medical_record", "Hi, the care home here. GP has seen her. Ward ref 496 413 4539.", "496 413 4539"),
    # 3. the passport's number sent again
    ("passport", "Hey Jo, kannst du Zimmer tauschen? Reisepassnummer hatte ich dir schon gesendet, aber nochmal: "
     "C01X00T47. Danke!", "C01X00T47"),
    ("passport", "Hi Sam, passport number I sent you last week, but again: 738462475. See you Friday", "738462475"),
    ("passport", "Salut, le numéro de passeport, je te l'ai déjà envoyé, mais encore une fois : 18AB12345. Bises",
     "18AB12345"),
    ("passport", "Hola, el pasaporte te lo mandé ayer, pero otra vez: PAA123456. Gracias", "PAA123456"),
    ("passport", "Hoi, paspoortnummer had ik al gestuurd, maar nog een keer: NP1234567. Groetjes", "NP1234567"),
    # 4. a bare number whose neighbour says it reaches someone
    ("phone", "Leo bumped his head at nursery, he's fine, but they didn't have our number. It's 6098-5219.",
     "6098-5219"),
    ("phone", "Mila was vandaag ziek op de opvang, maar ze hadden ons nummer niet. Het is 0005 884118. Groet",
     "0005 884118"),
    ("phone", "night shift: Mr Cole refused his tablets again, son (Tom Hale, 8609.6244) says he's been confused.",
     "8609.6244"),
    ("phone", "turno de noche: la señora del 2ºA no quiso cenar. su hija (Marta, 845181388) vendrá mañana.", "845181388"),
    ("phone", "new ringer Amy starting on Thursday - his dad's number if he needs a lift: 9958040415", "9958040415"),
    ("phone", "Devolver llamada a Sra. Gil por la factura, dice que solo puede por la mañana: 976660026", "976660026"),
    ("phone", "Call back Mr. Hale about the invoice, he's only free after 5: 0612345678", "0612345678"),
    ("phone", "Coucou, c'est le papa de Léo, il est malade, pas de judo demain. merci. 0612345678", "0612345678"),
    ("phone", "Hallo, hier ist die Mama von Mia, sie ist krank und kommt nicht zum Training. Danke! 01712345678",
     "01712345678"),
    # 5. a password's value ending with an opening bracket
    ("secret", "Job 'deploy' failed\n+ cat config/prod.env\nDB_PASSWORD=_8LemiKdc9(\n+ ./deploy.sh", "_8LemiKdc9("),
    ("secret", "Étape 'test' échouée\nMYSQL_PWD=x7QpLm2Kd(\nMerci de changer le secret.", "x7QpLm2Kd("),
]

CLEAN = [
    # 1. a charity's donor, thanked for a gift
    ("medical_record", "Merci pour votre don de 50 euros à notre association, donneur n° 4471209."),
    ("medical_record", "Thank you for your gift to the library appeal, donor no. 4471209."),
    # 2. a hotel's stay, a council's ward
    ("medical_record", "Hôtel du Lac : merci pour votre réservation, n° de séjour 627362910, petit-déjeuner inclus."),
    ("medical_record", "Council election results: Ward ref 2017-145805, turnout 31%."),
    # 3. an order at a passport photo shop
    ("passport", "Passport photo shop: you can order again: 44712093"),
    ("passport", "Passport photo shop, please order again: 44712093"),
    # 4. an order after the thanks, no trunk 0; a word after the kin's bracket number
    ("phone", "Your parcel is on its way. thanks! 4471209350"),
    ("phone", "The school didn't have our customer file. It's 6098-5219 items in stock."),
    # 5. a call
    ("secret", "password = get_secret(\n    name='db')"),
    ("secret", "pwd = AutoTokenizer(\n"),
]

NOT_FOUND = [
    # 6. a course's learner
    ("medical_record", "Journal – atelier d'alphabétisation\nApprenant : Julien (dossier 510527943)\nBénévole : Ana"
     "\nProchaine fois : lire une ordonnance", "510527943"),
    ("medical_record", "Literacy class log\nLearner: Tom (file 4471209)\nVolunteer: Ann\nNext: reading a prescription",
     "4471209"),
    ("medical_record", "Kursprotokoll Deutsch\nTeilnehmerin: Anna (Akte 4471209)\nNächstes Mal: einen Arztbrief lesen",
     "4471209"),
    # 7. a title's own number
    ("passport", "VERWIJSBRIEF VOEDSELBANK\nNr. 283929128\nKlant: Rita Bos\nGeldig tot: 3 april 2030", "283929128"),
    ("passport", "FOOD BANK REFERRAL\nNo. 283929128\nClient: Rita Bos\nValid until: 3 April 2030", "283929128"),
    ("passport", "Gutschein Tafel\nNr. 283929128\nKundin: Rita Roth\nGültig bis: 3. April 2030", "283929128"),
]

STILL = [
    # 6. a patient's line
    ("medical_record", "Ward round\nPatient: Zoe Ellis (chart 08368527)\nNurse: Tom", "08368527"),
    # 7. a passport's own title
    ("passport", "PASSPORT DETAILS\nNo. 283929128\nValid until: 3 April 2030", "283929128"),
    # 2. a hospital number found as before
    ("medical_record", "Patient Tom Hale, hosp. no. 4471209, seen in clinic.", "4471209"),
    # 4. a phone with its word as before
    ("phone", "Please call me on 0612345678 tomorrow.", "0612345678"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
