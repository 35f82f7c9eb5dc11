"""The structured rule classes fixed after the polje and sarsen banks' misses and false findings (issue 14, round 66,
structured half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a passport and a date of birth: a list of passports without a header, under a title that names it ("Skifreizeit
   – Passliste" over "Jonas Weber;03.05.2012;C4F7K2219", "Passport list – choir tour", "Liste des passeports",
   "Lista de pasaportes", "Paspoortlijst"), each row a name, a date and a number in any order; a passport's nine
   digits that pass a BSN's check are its passport there, no BSN; a list under a title that names no passport,
   one row alone, or rows without a date read nothing;
2. a date of birth and a medical record: a table whose cells are split by a blank-padded slash ("Name / DOB /
   Hosp no. / Notes", "Nom / Date de naissance / Remarques"); a date's own slashes split nothing, and a
   header that names no kind reads nothing;
3. a medical record: the patient's number in brackets right after a bed's in a ward's message ("the discharge
   letter for bed 9 (K4471203)", "el paciente de la cama 3 (4471203)", "Bett 5 (4471203)", "lit 12 (4471203)",
   "bed 4 (4471203)" in Dutch); a hostel's bed with its booking number names no care;
4. a medical record: a monitor lent to a patient, the patient's number in brackets after the name ("holter fitted
   to Tom Hale (K4471203)", "Langzeit-EKG an Jonas Weber (4471203) ausgegeben"); a shop's monitor stays clean;
5. not a medical record: a member's number on the line that names the sports club ("Club: Riverside Rowing Club
   Membership no.: ...", "Verein: TSV Nord   Mitgliedsnr.: ..."), even with a medical line on the form; an
   insurer's member stays one;
6. a payment card: the card named by where it is kept before the link verb ("Card on file is 4575...", "Karte im Konto ist ...", "la
   tarjeta registrada es ...", "kaart op het account is ..."); a bare 13-digit barcode stays no card;
7. not a payment card: an animal's chip right before a Luhn-valid number ("l'insert n° 2502...", "microchip
   9780...", "Transpondernummer ..."); a card paid with stays one.

Of the 47 cases below (29 to catch, 18 to leave or keep as they were), 29 fail on round 65.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

_DE_PASS = ("Skifreizeit Arlberg – Passliste (vertraulich)\nJonas Weber;03.05.2012;C4F7K2219\n"
            "Mila Roth;12. März 2011;143237640\nBitte Gültigkeit prüfen")
_EN_PASS = ("Passport list – choir tour to Vienna\nTom Hale | 14/06/2009 | 533120447\nAmy Stone | 2 May 2010 | "
            "GB4471203\nreturn by Friday")
_FR_PASS = "Liste des passeports – sortie à Londres\nLéa Martin, 19AB44712, 3 mai 2010\nTom Roy, 18CD20931, 8 juin 2011"
_ES_PASS = "Viaje a Roma: lista de pasaportes\nNico Gil;PAB482118;3 de febrero de 2010\nLola Ruiz;PAC551903;14-11-2011"
_NL_PASS = "Schoolreis Parijs – paspoortlijst\nSaar Peeters;09-06-2010;NX4R81K27\nBram de Vries;3 maart 2011;949622849"
_EN_SLASH = ("PHYSIO GROUP - Knee class, Mon 14:00\nName / DOB / Hosp no. / Notes\nAnn Lowe / 12/03/1958 / K4471203 / "
             "post TKR\nTom Hale / 4 May 1961 / 5519024 / walks with stick\nNext review: 2026-01-05")
_EN_CLUB = ("Junior rowing regatta - entry\nRower: Amy Stone\nClub: Riverside Rowing Club    Membership no.: 5519024113\n"
            "Medical notes: asthma, inhaler in bag")
_DE_CLUB = ("Jugendturnier – Anmeldung\nSpieler: Jonas Weber\nVerein: TSV Nord   Mitgliedsnr.: 4471203558\n"
            "Medizinische Hinweise: keine")

CATCH = [
    # 1. a passport list without a header
    ("passport", _DE_PASS, "C4F7K2219"),
    ("passport", _DE_PASS, "143237640"),
    ("date_of_birth", _DE_PASS, "12. März 2011"),
    ("passport", _EN_PASS, "533120447"),
    ("date_of_birth", _EN_PASS, "14/06/2009"),
    ("date_of_birth", _EN_PASS, "2 May 2010"),
    ("date_of_birth", _FR_PASS, "3 mai 2010"),
    ("passport", _FR_PASS, "18CD20931"),
    ("date_of_birth", _ES_PASS, "3 de febrero de 2010"),
    ("passport", _ES_PASS, "PAC551903"),
    ("passport", _NL_PASS, "NX4R81K27"),
    ("passport", _NL_PASS, "949622849"),
    ("date_of_birth", _NL_PASS, "3 maart 2011"),
    # 2. a table split by blank-padded slashes
    ("date_of_birth", _EN_SLASH, "12/03/1958"),
    ("date_of_birth", _EN_SLASH, "4 May 1961"),
    ("medical_record", _EN_SLASH, "5519024"),
    ("date_of_birth", "Nom / Date de naissance / Remarques\nLéa Martin / 3 mai 1958 / diabète\nTom Roy / 08/06/1961 / -",
     "3 mai 1958"),
    # 3. the patient's number after a bed's
    ("medical_record", "Could someone fax the discharge letter for bed 9 (K4471203) to the GP today?", "K4471203"),
    ("medical_record", "Planta 3: el paciente de la cama 3 (4471203) se va de alta mañana.", "4471203"),
    ("medical_record", "Station 2: Entlassbrief für Bett 5 (4471203) fehlt noch.", "4471203"),
    ("medical_record", "Service de cardiologie : la famille du lit 12 (5519024) attend la lettre de sortie.", "5519024"),
    ("medical_record", "Afdeling B: ontslagbrief voor bed 4 (MRN-5519024) naar de huisarts.", "MRN-5519024"),
    # 4. a monitor lent to a patient
    ("medical_record", "Cardiology: holter fitted to Tom Hale (K4471203) this morning, back on Friday.", "K4471203"),
    ("medical_record", "Kardiologie: Langzeit-EKG an Jonas Weber (4471203) ausgegeben, Rückgabe Montag.", "4471203"),
    ("medical_record", "Cardiologie : holter posé à Léa Martin (5519024), retour lundi.", "5519024"),
    # 6. the card named by where it is kept
    ("payment_card", "Please refund the double charge. Card on file is 4575513137353.", "4575513137353"),
    ("payment_card", "Por favor, devuelvan el cargo: la tarjeta registrada es 4508004870125.", "4508004870125"),
    ("payment_card", "Graag terugstorten, de kaart op het account is 4575513137353.", "4575513137353"),
    ("payment_card", "Bitte erstatten: die Karte im Konto ist 4508004870125.", "4508004870125"),
]

CLEAN = [
    # 1. no passport's title; one row alone; rows without a date
    ("passport", "Skifreizeit Arlberg – Teilnehmerliste\nJonas Weber;03.05.2012;C4F7K2219\nMila Roth;12. März 2011;"
                 "D7K2219K1"),
    ("date_of_birth", "Skifreizeit Arlberg – Teilnehmerliste\nJonas Weber;03.05.2012;C4F7K2219\nMila Roth;12. März 2011;"
                      "D7K2219K1"),
    ("date_of_birth", "Passport list – choir tour\nTom Hale;14/06/2009;533120447\nreturn by Friday"),
    # 2. a line's slashes under no header that names a kind
    ("date_of_birth", "Route / Date / Leader\nRidge walk / 12/03/2024 / Ann\nLake loop / 4 May 2024 / Tom"),
    # 3. a hostel's bed and its booking
    ("medical_record", "Hostel check-in list: bed 4 (55190245) is taken until Sunday, bed 5 is free."),
    # 4. a shop's monitor
    ("medical_record", "The monitor was sent with Tom Hale (order 5519024) on Monday."),
    # 5. a sports club's member
    ("medical_record", _EN_CLUB),
    ("medical_record", _DE_CLUB),
    # 7. an animal's chip
    ("payment_card", "L'animal identifié par l'insert n° 2502698799618038 a été retrouvé à Lyon."),
    ("payment_card", "Found dog, microchip 978000571207297, please call the shelter."),
    ("payment_card", "Fundhund: Transpondernummer 250269254167586, bitte melden."),
]

NOT_FOUND = [
    # 1. a passport's nine digits that pass a BSN's check are no BSN in a passport list
    ("national_id", _NL_PASS, "949622849"),
    ("national_id", _DE_PASS, "143237640"),
    # 6. a bare barcode
    ("payment_card", "Article 4575513137353 is out of stock.", "4575513137353"),
]

STILL = [
    ("medical_record", "Krankenkasse: AOK Nord   Mitgliedsnr.: 4471203558\nPatient: Jonas Weber, Physiotherapie", "4471203558"),
    ("payment_card", "Paid by card 4539 2014 8618 2575, exp. 09/28.", "4539 2014 8618 2575"),
    ("national_id", "Beispielzeile: Saar Peeters;09-06-1980;949622849;NL91ABNA0417164300", "949622849"),
    ("medical_record", "Ward 4 handover\nBed 2: Ann Lowe, hospital no. 4471203, for discharge", "4471203"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
