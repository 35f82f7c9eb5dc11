"""The structured rule classes fixed after the guyot and lapilli banks' misses and false findings (issue 14,
round 55, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. passports: a list under the line that names the passports or asks for their numbers, one traveller a
   line, the name, its colon or dash and the number alone ("Passport numbers for the ferry:\\nLena -
   X1234567", "Passnummern ...:", "le numéro de passeport de chaque participant.", "Pasaportes de los
   alumnos:", "Paspoortnummers ...:"); a passport's photos, office or another document's line name no number;
2. a medical record: a blood donor's number where the session names its whole blood or reads the
   haemoglobin in its unit ("Hb 8,6 mmol/l", "whole blood", "Vollblut", "sang total", "sangre total",
   "volbloed"); a charity's donor number stays clean;
3. a medical record: an optician's client number ("N° client :", "Client no.", "Kundennummer") where the
   lenses are named by their wear or their fitting ("lentilles mensuelles", "adaptation de lentilles",
   "Monatslinsen", "monthly lenses", "lentillas diarias", "maandlenzen"); lentils stay a cook's;
4. not a phone: a batch number after a German compound's "-charge" ("Impfstoffcharge", "Futtermittelcharge"),
   a recall's "Rückruf" notwithstanding; a "Rückruf unter" number and a "recharge" stay as they were;
5. phones: a closing field's number ("Infos :", "Dudas:", "Pour prendre rendez-vous :", "To book an
   appointment:", "Terminvereinbarung:", "Afspraak maken:") followed by its full stop, a sign-off's lines or
   a text message's opt-out ("STOP au 36180"), or after the one word of the desk that answers ("Dudas:
   coordinación ...", "Questions: reception ..."); a reference's word there or a sentence after it leaves it;
6. phones: a sending verb's clause closing on its "to" before a number with the trunk 0 ("schick mir ein
   Foto an 0...", "send a photo to 0...", "stuur een foto naar 0..."); a bill that "geht an" a number stays;
7. phones: a key that names only who a text or a call went to or came from ("to=", "recipient=",
   "SENDER_NUMBER: Invalid value: ..."), in a log line or a validation error about a text message or a
   call; the same key on a line about anything else, or a booking's key, stays;
8. birth dates: the second of two form fields for persons of one kind, the first giving its birth date by
   a birth word, the second the name and a date alone in brackets ("Lead visitor: ..., DOB ...\\nChild
   visitor: Tom (...)", "Hauptmieter ... geb. ...\\nMitmieter ...", "Visiteur principal ... né le ...\\n
   Visiteur enfant ...", "Visitante principal ... nacida el ...\\nVisitante menor ...", "Hoofdbezoeker ...
   geboren ...\\nKindbezoeker ..."); another field's date ("Visit: Morgan (...)") stays clean.

Of the 56 cases below (33 to catch, 23 to leave or keep as they were), 31 fail on round 54.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a list of passports under the line that names them
    ("passport", "Ferry to Tangier, group B\nPassport numbers for the port authority:\nLena - X1234567\nOmar - 552910374\n",
     "X1234567"),
    ("passport", "Ferry to Tangier, group B\nPassport numbers for the port authority:\nLena - X1234567\nOmar - 552910374\n",
     "552910374"),
    ("passport", "Skilager Österreich\nPassnummern für die Anmeldung beim Hotel:\nJonas: C01X00T47\nLea Marie: 512345678",
     "C01X00T47"),
    ("passport", "Séjour à Londres : merci d'envoyer le numéro de passeport de chaque participant.\nInès : 18AB12345\n"
     "Yanis : 220145578\nAccompagnateur : M. Roux", "18AB12345"),
    ("passport", "Viaje a Roma\nPasaportes de los alumnos para el albergue:\nNuria: PAA123456\nHugo: XDB447120",
     "XDB447120"),
    ("passport", "Kamp in Wales\nPaspoortnummers voor de camping:\nDaan: NP1234567\nFleur: BN7731209", "NP1234567"),
    # 2. a blood donor's number where the session names its draw or its haemoglobin
    ("medical_record", "Afnamelocatie Zwolle\nDonor: Kees Brink\nDonornummer: 4471209\nHb 8,6 mmol/l - goedgekeurd",
     "4471209"),
    ("medical_record", "Session sheet\nDonor number: D-5531907\nWhole blood 470 ml, no reaction.", "D-5531907"),
    ("medical_record", "Spendeprotokoll\nSpendernummer: 88120455\nVollblutspende 500 ml, Kreislauf stabil.", "88120455"),
    ("medical_record", "Fiche de collecte\nNuméro de donneur : 7712093\nPrélèvement : sang total, 450 ml.", "7712093"),
    ("medical_record", "Hoja de extracción\nNúmero de donante: 6630981\nHb 14,1 g/dl, sangre total 450 ml.", "6630981"),
    # 3. an optician's client number beside the lenses named by their wear or fitting
    ("medical_record", "Madame Lenoir,\nvos lentilles mensuelles arrivent à leur fin, merci de reprendre rendez-vous.\n"
     "N° client : OP-4471209\nVotre opticien", "OP-4471209"),
    ("medical_record", "Le contrôle d'adaptation de lentilles de Paul est à prévoir.\nNuméro client : 55319077", "55319077"),
    ("medical_record", "Dear Mr Hale, your monthly lenses are due for a check.\nClient no. 7730415\nHigh Street Eyes",
     "7730415"),
    ("medical_record", "Ihre Monatslinsen sind abholbereit.\nKundennummer: 2023-860847", "2023-860847"),
    ("medical_record", "Sus lentillas diarias ya han llegado.\nNúmero de cliente: 4471209", "4471209"),
    ("medical_record", "Uw maandlenzen liggen klaar.\nKlantnummer: 7731209", "7731209"),
    # 5. a closing field's number, its full stop, a sign-off or an opt-out after it
    ("phone", "Léa, vos lunettes sont prêtes. Infos : 0387654321. STOP au 36111", "0387654321"),
    ("phone", "Rappel vaccin le 12.03.2026. Pour prendre rendez-vous : 0387654321.\n\nCabinet du Parc", "0387654321"),
    ("phone", "Your dog's booster is due in March. To book an appointment: 02079460123.\n\nPark Vets", "02079460123"),
    ("phone", "Die Impfung steht im März an. Terminvereinbarung: 0301234567.\n\nPraxis am Markt", "0301234567"),
    ("phone", "De vaccinatie staat gepland in maart. Afspraak maken: 0201234567.\n\nDierenkliniek Noord", "0201234567"),
    ("phone", "Turno de noche: dos auxiliares\nDudas: supervisión 955123456", "955123456"),
    # 6. a sending verb's "to" before the number
    ("phone", "Wenn die Stelle eitert, schick mir bitte ein Bild an 01761234567. LG Mara", "01761234567"),
    ("phone", "If the rash spreads, send a photo to 07911123456 before Friday.", "07911123456"),
    ("phone", "Als het ontstoken raakt, stuur dan een foto naar 0612345678.", "0612345678"),
    # 7. a text's or a call's addressee key
    ("phone", 'time=08:01 level=error msg="sms not delivered" order=88123 to=0412-3399 retries=2', "0412-3399"),
    ("phone", 'Error: ConfigMap "alert-sms" is invalid: data.SENDER_NUMBER: Invalid value: "0412-3399"', "0412-3399"),
    # 8. the second person's field, the first's birth date by its word
    ("date_of_birth", "Visit request\nLead visitor: Ann Cole, DOB 4 May 1980\nChild visitor: Tom (12/03/2019)\n",
     "12/03/2019"),
    ("date_of_birth", "Mietvertrag\nHauptmieter: Jan Roth, geb. 3.5.1970\nMitmieter: Lea Roth (12.03.1999)", "12.03.1999"),
    ("date_of_birth", "Visiteur principal : Paul Roy, né le 3 mai 1970\nVisiteur enfant : Léo (12/03/2019)", "12/03/2019"),
    ("date_of_birth", "Visitante principal: Ana Gil, nacida el 3 de mayo de 1970\nVisitante menor: Leo (12-03-2019)",
     "12-03-2019"),
    ("date_of_birth", "Hoofdbezoeker: Els Mol, geboren 3 mei 1970\nKindbezoeker: Bo (12-03-2019)", "12-03-2019"),
]

CLEAN = [
    # 1. no number named: the passport's photos, its office
    ("passport", "Passport photos still needed:\nAnna: 2345678\nTom: 3345678"),
    ("passport", "Passport office opening hours.\nMonday: 0900123\n"),
    ("passport", "Driving licence and passport numbers:\nAnna: see her file"),
    # 2. a charity's donor
    ("medical_record", "Donor number: 4471209. Thank you for your donation of 50 EUR to the shelter."),
    # 3. a cook's lentils
    ("medical_record", "Lentilles vertes du Puy en promotion.\nN° client : 4471209"),
    # 4. a batch named by a German compound
    ("phone", "Rückruf: Impfstoffcharge 9274518836 (Staupe) – betroffen sind 9 Impfungen in der Praxis."),
    ("phone", "Rückruf der Futtermittelcharge 8475209883, bitte nicht mehr füttern."),
    # 5. a reference's word after the field, a sentence going on after the number
    ("phone", "Questions: order 0254587074."),
    ("phone", "Fragen: Rechnung 0254587074"),
    ("phone", "Infos : 0254587074. Merci de votre visite, à bientôt dans notre boutique du centre."),
    # 6. a bill that goes to a number
    ("phone", "Die Rechnung geht an 0963441342."),
    # 7. the key on a line of anything else, a booking's key
    ("phone", 'level=info msg="job done" to=0347-4851'),
    ("phone", 'level=info msg="sms sent" booking=6816326967 retry=3'),
    ("phone", 'ConfigMap "cfg" is invalid: data.ORDER_NUMBER: Invalid value: "2018-4137"'),
]

NOT_FOUND = [
    ("phone", "Rückruf: Produktcharge 7752093551 – bitte zurückgeben.", "7752093551"),
    # 8. another field's date
    ("date_of_birth", "Lead visitor: Ann Cole, DOB 4 May 1980\nVisit: Morgan (12/03/2026)", "12/03/2026"),
    ("date_of_birth", "Lead visitor: Ann Cole, DOB 4 May 1980\nRoom: Blue (12/03/2026)", "12/03/2026"),
]

STILL = [
    ("phone", "Bitte Rückruf unter 0612345678.", "0612345678"),
    ("phone", "Infos : 0254587074", "0254587074"),
    ("passport", "Passport number: G22011418", "G22011418"),
    ("phone", "Discharge letter sent, call 07911123456", "07911123456"),
    ("phone", "event=call.missed caller=0612345678 duration=0", "0612345678"),
    ("date_of_birth", "Lead visitor: Ann Cole, DOB 4 May 1980", "4 May 1980"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
