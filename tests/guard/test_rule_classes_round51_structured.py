"""The structured rule classes fixed after the pahoehoe bank's misses (issue 14, round 51, structured half). Each
case is worded differently from the bank, in the languages where the class exists, with near misses that must stay
as they were:

1. a patient's number given as staying the same ("Your patient reference remains ...", "Ihre Patientennummer
   bleibt ...", "Su número de historia sigue siendo ...", "Uw patiëntnummer blijft ..."), a file's number
   ("numéro de dossier") only beside care, which now counts a fertility clinic's words (embryos, IVF,
   cryopreservation);
2. a national identifier's name, what it is given for, then the number ("Sozialversicherungsnummer für den
   Arbeitgeberanteil ...", "BSN voor de aangifte ..."); the check digit still decides;
3. a phone's German or Dutch compound as the field's label ("Probentelefon:", "Diensttelefoon:"); a table's
   family phone column ("Tel. familia", "Tel. Familie");
4. not phones: another key's value on a log line with a phone key elsewhere ("tel=... rit=3376283685"), while an
   SMS log's addressee keys stay phones ("to=", "msisdn=").

Of the 26 cases below (12 to catch, 14 to leave or keep as they were), 13 fail on round 50.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a number that stays the same, care around a file's number
    ("medical_record", "We refunded the storage fee. Your patient reference remains NHC-4471209.", "NHC-4471209"),
    ("medical_record", "Your patient number stays 4471 2093 at the new clinic.", "4471 2093"),
    ("medical_record", "Die Gebühr wurde erstattet. Ihre Patientennummer bleibt M4471209.", "M4471209"),
    ("medical_record", "Le remboursement des frais de cryoconservation est fait. Votre numéro de dossier reste 44712093.",
     "44712093"),
    ("medical_record", "Hemos devuelto la cuota. Su número de historia sigue siendo HC-4471209.", "HC-4471209"),
    ("medical_record", "De kosten voor de IVF-behandeling zijn teruggestort. Uw patiëntnummer blijft 2021-447120.", "2021-447120"),
    # 2. what the identifier is given for
    ("national_id", "Sozialversicherungsnummer für den Arbeitgeberanteil 6853170957, Konto folgt.", "6853170957"),
    ("national_id", "BSN voor de aangifte 111222333, graag controleren.", "111222333"),
    # 3. a phone's compound label, a family's phone column
    ("phone", "Regie: Frau Reiner\nProbentelefon: 0290770141", "0290770141"),
    ("phone", "Diensttelefoon: 0612345678", "0612345678"),
    ("phone", "Alumno | Curso | Alergia | Tel. familia\nRufina Varela | 4º A | celiaquía | 953252665", "953252665"),
    ("phone", "Kind | Klasse | Allergie | Tel. Familie\nPaulina Ludwig | 3b | Laktose | 0857429844", "0857429844"),
]

CLEAN = [
    ("medical_record", "Your order number remains 55123456."),
    ("medical_record", "Votre numéro de dossier reste 84503105 pour le prêt immobilier."),
    ("medical_record", "Su número de pedido sigue siendo 77807166."),
    ("medical_record", "Het dossiernummer blijft 55123456 voor de hypotheek."),
    ("medical_record", "The patient count remains 12345 this week."),
    ("phone", "Probentelefon-Rechnung 0290770141 bezahlt"),
]

NOT_FOUND = [
    ("phone", "2025-04-14 09:51:33 WARN dispatch courier_offline tel=0728 536692 ip=149.236.67.236 rit=3376283685",
     "3376283685"),
    ("phone", "2025-04-14 WARN dispatch tel=0728 536692 order_id=3376283685", "3376283685"),
]

STILL = [
    ("medical_record", "Die Patientennummer ist 4471209.", "4471209"),
    ("phone", 'level=info msg="sms sent" to=0612345678', "0612345678"),
    ("phone", "sms msisdn=31612345678 status=ok", "31612345678"),
    ("phone", "tel=0612345678 user=jan", "0612345678"),
    ("phone", "Telefon: 0290770141", "0290770141"),
    ("national_id", "Sozialversicherungsnummer 6853170957.", "6853170957"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
