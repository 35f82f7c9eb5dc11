"""The structured rule classes fixed after the maar and skerry banks' misses and false positives
(round 49). Each case below is worded differently from the banks, in the languages where the class
exists, with near misses that must stay clean:

1. dates of birth: a newborn's birth in a maternity or a discharge record, a delivery's word, the
   date, then the baby's sex and weight ("Sectio am ..., Junge, 3520 g", "Cesárea el ..., niño,
   3.400 g"); a birth date's label, a participle that says it was checked, then the date in
   brackets ("DOB confirmed (...)", "Geburtsdatum bestätigt (...)", "date de naissance contrôlée
   (...)", "fecha de nacimiento verificada (...)", "geboortedatum bevestigd (...)"); a parcel's
   "delivered on" and a checked date that is no birth's stay clean;
2. national ids: Austria's social-security number after "Vers.-Nr." in a pension application
   ("Pensionsantrag", "Pensionsversicherungsanstalt"), the check digit deciding; an identifier named
   in one sentence and given in the next ("Our records say it is ...", "Laut Akte lautet sie ...",
   "Il s'agit du ...", "es el ...", "is het ..."), the check digit deciding;
3. medical records: a hearing-care provider's reference beside its client's birth date
   ("Audiology ref:", "Hörakustiker-Ref.:", "Réf. audioprothésiste :", "ref. audiología"); a file's
   number after a firm's legal form or in a tender ("adjudicataria: ... S.L., expediente ...")
   stays clean, beside a care word too;
4. passports: a register's one column for a driving licence or a passport ("DL/pp", "ID/PP"), the
   passport's shape deciding; a table's first cell under another thing's column ("quote_id") is
   no passport;
5. phones: an operator's MSISDN key ('"msisdn":', "msisdn=", "MSISDN:"; a key's column too, so the
   international number without its plus is read) and a porting form's
   number to keep or to port ("Numéro à conserver", "Rufnummer zur Mitnahme", "número a conservar",
   "te porteren nummer", "number to port");
6. addresses: a "-ring" jewel's fineness with its metal after it ("Herrenring 750 Gelbgold") is no
   street.

Of the 59 cases (37 to catch, 12 near misses, 10 that must stay found), 30 failed before the change:
26 of the 37 catches (10 birth dates, 3 national ids, 4 medical records, 4 passports, 5 phones; the
porting forms' numbers were read already where the text holds "portabilité", "Portierung" or
"porting", and the tax ID, the NISS and the BSN said in the next sentence by their own rules) and 4
of the 12 near misses (the two tenders' files and the two rings' fineness).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a newborn's birth date: a delivery's word, the date, the baby's sex and weight
    ("date_of_birth", "Maternity discharge\nSpontaneous delivery on 03/05/2019, a healthy boy, 3.4 kg", "03/05/2019"),
    ("date_of_birth", "Entlassbrief Wochenstation\nSectio am 12.03.2016, Junge, 3520 g, APGAR 8/9/10", "12.03.2016"),
    ("date_of_birth", "Compte rendu : accouchement le 4 mai 2021, fille, 2 980 g, allaitement mixte", "4 mai 2021"),
    ("date_of_birth", "Informe de alta: cesárea el 04/05/2021, niño, 3.400 g", "04/05/2021"),
    ("date_of_birth", "Kraamverslag: bevalling op 9 maart 2020, meisje, 3120 gram", "9 maart 2020"),
    # ... a birth date's label, a participle that says it was checked, the date in brackets
    ("date_of_birth", "Caller ID checks: DOB confirmed (14/08/1969), postcode matched.", "14/08/1969"),
    ("date_of_birth", "Rückruf Frau Kurz: Geburtsdatum bestätigt (12.03.1985), Anliegen Mahnung.", "12.03.1985"),
    ("date_of_birth", "Appel de M. Roy : date de naissance contrôlée (3 avril 1977), dossier taxe.", "3 avril 1977"),
    ("date_of_birth", "Llamada de la Sra. Gil: fecha de nacimiento verificada (02/03/1983).", "02/03/1983"),
    ("date_of_birth", "Terugbelverzoek: geboortedatum bevestigd (14-08-1969), vraag over aanslag.", "14-08-1969"),
    # 2. Austria's social-security number in a pension application
    ("national_id", "Antrag auf Alterspension (Pensionsantrag)\nName: Mia Gruber\nVers.-Nr.: 1236 040580", "1236 040580"),
    ("national_id", "An die Pensionsversicherungsanstalt\nBetreff: Lena Huber, Vers.-Nr. 7718311299", "7718311299"),
    # ... an identifier named in one sentence and given in the next
    ("national_id", "We still need your tax ID for the payout. Our records say it is 47426548904.", "47426548904"),
    ("national_id", "Bitte prüfen Sie Ihre Steuer-ID. Laut Akte lautet sie 39662845670.", "39662845670"),
    ("national_id", "Merci de confirmer votre NISS. Il s'agit du 85.07.30-033.28 selon nos fichiers.", "85.07.30-033.28"),
    ("national_id", "Graag uw BSN ter controle. Volgens onze gegevens is het 111222333.", "111222333"),
    # 3. a hearing-care provider's reference beside its client's birth date
    ("medical_record", "Kunde: Jonas Roth, geb. 12.03.1985\nHörakustiker-Ref.: HA-44712\nDefekt: pfeift", "HA-44712"),
    ("medical_record", "Client : Léa Morel (née le 03/04/1988)\nRéf. audioprothésiste : 2023-448120", "2023-448120"),
    ("medical_record", "Cliente: Ana Ruiz, fecha de nacimiento 02/03/1983, ref. audiología 4471209", "4471209"),
    ("medical_record", "Repair job 88\nCustomer DOB: 1960-02-11\nAudiology reference: AUD-551209", "AUD-551209"),
    # 4. a register's one column for a driving licence or a passport
    ("passport", "Ankaufbuch 12.03.2026 | Jonas Roth | ID/PP C4RT7512X | 1x iPhone 15", "C4RT7512X"),
    ("passport", "Rachat : Léa Morel, ID/pp 18AB12345, 1 MacBook Air", "18AB12345"),
    ("passport", "trade-in log | Amy Clarke | dl/pp 503148729 | 2x GPU", "503148729"),
    ("passport", "Inkoop | Sanne Bos | pp/dl NX4512P78 | 1 fiets", "NX4512P78"),
    # 5. an operator's MSISDN and a porting form's number to keep or to port
    ("phone", '{"imsi":"262011234567890","msisdn":"01701234567","state":"ACTIVE"}', "01701234567"),
    ("phone", '{"imsi":"262011234567890","msisdn":"491701234567","state":"ACTIVE"}', "491701234567"),
    ("phone", "GET /subscriber?msisdn=612345678&status=ok", "612345678"),
    ("phone", "SIM swap ticket\nMSISDN: 0612345678\nReason: lost phone", "0612345678"),
    ("phone", "Portierungsauftrag\nRufnummer zur Mitnahme: 0151 23456789\nAbgebender Anbieter: Telekom", "0151 23456789"),
    ("phone", "Solicitud de portabilidad\nNúmero a conservar: 612 345 678", "612 345 678"),
    ("phone", "Nummerbehoud\nTe porteren nummer: 06-12345678\nHuidige provider: KPN", "06-12345678"),
    ("phone", "Port request\nNumber to port: 07700 900123\nLosing provider: EE", "07700 900123"),
    ("phone", "Number to keep: 07700 900456", "07700 900456"),
    ("phone", "Demande de portabilité\nNuméro à conserver : 06 12 34 56 78", "06 12 34 56 78"),
    ("phone", "msisdn: +33612345678", "+33612345678"),
    ("phone", "Mitzunehmende Rufnummer: 0171 2345678", "0171 2345678"),
    ("phone", "Número a mantener: 612345678", "612345678"),
]

CLEAN = [
    # 1. a parcel delivered on a date, a checked date that is no birth's
    ("date_of_birth", "Your parcel was delivered on 03/05/2019, a box, 3.4 kg, left at the door."),
    ("date_of_birth", "Zählerstand geprüft (12.03.2024), Abschlag unverändert."),
    # 2. a German insurer's policy in a pension fund's letter, a wrong check digit, an unnamed number
    ("national_id", "Pensionsantrag - Vers.-Nr. 1237 040580\nAntragsteller: Jonas Roth"),
    ("national_id", "Wir brauchen Ihre Steuer-ID. Die Rechnung lautet 47426548905."),
    # 3. a tender's file, a firm's file beside a care word; a hearing-aid shop's ticket without a birth date
    ("medical_record", "Transporte a diálisis: empresa adjudicataria Ambulancias Roy S.A., expediente 4471209338."),
    ("medical_record", "Krankentransport zur Dialyse: Auftragnehmer Roth GmbH, in Akte 4471209338 vermerkt."),
    ("medical_record", "Repair ticket\nDevice: hearing aid, serial 4229882044\nAudiology ref: P-78394\nFault: whistling"),
    # 4. a quote's id in a table's first cell; a register's column with no passport's shape
    ("passport", "quote_id,client,email,document\nRE5512093,Amy Clarke,amy@example.com,ID card"),
    ("passport", "| Mike Lopez | DL/pp pending | 1x laptop |"),
    # 5. a MSISDN's prefix count, a porting form's date
    ("phone", '{"msisdn_count": 2, "status": "ok"}'),
    # 6. a jewel's fineness after a ring's word
    ("street_address", "Pfandschein\nPfand: 1 Herrenring 750 Gelbgold, 8,2 g"),
    ("street_address", "Versteigerung Los 12: Siegelring 333 Gold mit Gravur"),
]

STILL = [
    ("date_of_birth", "Geburtsdatum: 12.03.1985", "12.03.1985"),
    ("date_of_birth", "Mère : Léa Morel, née le 03/04/1988, IPP 2023-448120", "03/04/1988"),
    ("national_id", "Lohnzettel Österreich\nVers.-Nr.: 1236 040580", "1236 040580"),
    ("national_id", "Steuer-ID: 47426548904", "47426548904"),
    ("medical_record", "Paciente ingresada en el hospital por neumonía; anotado en expediente 4471209 por la enfermera.",
     "4471209"),
    ("medical_record", "Der Patient wurde in der Klinik aufgenommen, vermerkt in Akte 4471209.", "4471209"),
    ("passport", "passport,name,dob\nC4RT7512X,Jonas Roth,12.03.1985", "C4RT7512X"),
    ("passport", "quote_id,client,email,document\nRE5512093,Amy Clarke,amy@example.com,passport E78371773", "E78371773"),
    ("phone", "Tel: 0612345678", "0612345678"),
    ("street_address", "Wir wohnen am Kaiserring 585, 68161 Mannheim.", "Kaiserring 585, 68161 Mannheim"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
