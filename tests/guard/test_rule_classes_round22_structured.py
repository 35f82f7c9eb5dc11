"""The structured rule classes fixed after the estuary and savanna banks' misses and false
positives (issue 14, round 22). Each case below is worded differently from the banks, in the
five languages, with near misses that must stay clean:

1. records: a blood, plasma, marrow or organ donor's number after its label or spoken ("Blood
   donor ID: ...", "Plasmaspender-Nr. ...", "numéro de donneur", "código de donante",
   "donorcode"), or in a donors table's donor column, with a donation word in the text (blood,
   plasma, marrow, a blood group, the wait before the next donation); a charity's donor number,
   a booking's reference and a soap dispenser's article number stay clean; a care record named by
   its noun and whose it is, without a number's word ("Hospital record checked:", "Clinical
   record:", "historia clínica consultada:", "dossier médical :", "medisch dossier:"); a court's
   file and a record of sales stay clean;
2. passports: the German compounds and their genitive ("Kopie des Reisepasses Nr.", "Dienstpass",
   "Diplomatenpass"); a boarding pass, a ski pass and a "Passwort" stay clean;
3. dates of birth: a French table's "NÉ(E) LE" column in capitals without its accent; a GEDCOM
   individual's birth event (BIRT then DATE, maybe after its place); a death's or a marriage's
   date, an approximate one, and "Ne pas" stay clean;
4. not phones: a number a sentence names as a customer's, a member's, a contract's or an account's
   ("My membership number is ...", "mi número de socio es ...", "mijn klantnummer is ...");
   "my number is ..." and "my phone number is ..." stay phones;
5. not cards: a parcel said to be tracked with its number ("return post tracked with ...",
   "Sendung verfolgbar mit ...", "envío rastreado con ...", "suivi avec ..."); a card paid with
   stays a card;
6. not streets: a measure after a number ("160 Wh", "20 kWh", "512 GB", "300 mAh"); a Dutch or
   German compound in "-eau" ("Stembureau 14", "Niveau 2", "Tableau 3"); "100 W Main Street",
   a German "-au" street and "22 Plateau Road" stay streets.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a donor's number at a donation service
    ("medical_record", "Plasma donation centre\nBlood donor ID: BD-7712093\nNext visit: any weekday", "BD-7712093"),
    ("medical_record", "Vielen Dank für Ihre Plasmaspende!\nPlasmaspender-Nr. 4471209", "4471209"),
    ("medical_record", "Registre des donneurs de moelle osseuse – votre numéro de donneur est le 20420823.", "20420823"),
    ("medical_record", "Banco de sangre: código de donante 5531-907, grupo sanguíneo A+.", "5531-907"),
    ("medical_record", "Bloedbank: uw donorcode 727418 staat op de oproep. Weer doneren kan na 56 dagen.", "727418"),
    ("medical_record", "Thanks, your donor no. is 88412077 - you can donate again in 12 weeks.", "88412077"),
    ("medical_record", "INSERT INTO plasma_visits (donor_no, blood_type, visit) VALUES ('A-4412077', 'AB+', '2026-01-02');",
     "A-4412077"),
    ("medical_record", "Fit note review\nHospital record checked: 44120377\nOutcome: fit for light duties", "44120377"),
    ("medical_record", "Referral\nClinical record: 5531907\nReason: chest pain", "5531907"),
    ("medical_record", "Consulta de urgencias\nHistoria clínica consultada: 20420823\nMotivo: caída", "20420823"),
    ("medical_record", "Compte rendu\nDossier médical : 7712093\nMotif : chute", "7712093"),
    ("medical_record", "Overdracht\nMedisch dossier: 7274181\nAfdeling: cardiologie", "7274181"),
    # 2. passports in German compounds and the genitive
    ("passport", "Anbei die Kopie des Reisepasses Nr. C01X00T47 sowie das Visum.", "C01X00T47"),
    ("passport", "Der Diplomatenpass Nr. 528830914 wurde verlängert.", "528830914"),
    ("passport", "Dienstpass-Nr. 641175320, gültig bis 2031", "641175320"),
    # 3. dates of birth
    ("date_of_birth", "VOL;NOM;NÉ(E) LE\nAF123;Léa Roux;03/04/1971", "03/04/1971"),
    ("date_of_birth", "EQUIPE;NOM;NEE LE\nB;Marie Dupuis;12/05/1980", "12/05/1980"),
    ("date_of_birth", "0 @I7@ INDI\n1 NAME Ann /Hale/\n1 BIRT\n2 PLAC Leeds, England\n2 DATE 14 FEB 1969", "14 FEB 1969"),
    ("date_of_birth", "0 @I8@ INDI\n1 SEX M\n1 BIRT\n2 DATE 1975-03-12\n2 PLAC Gent", "1975-03-12"),
    # 4. (phones stay phones)
    ("phone", "Call me, my number is 5202678034", "5202678034"),
    ("phone", "my phone number is 612345678", "612345678"),
    # 5. (a card paid with stays a card)
    ("payment_card", "Paid with 6532495455454435 yesterday.", "6532495455454435"),
    # 6. (streets stay streets)
    ("street_address", "Deliver to 100 W Main Street, please", "100 W Main Street"),
    ("street_address", "Lindenau 14, 04177 Leipzig", "Lindenau 14, 04177 Leipzig"),
    ("street_address", "Send it to 22 Plateau Road", "22 Plateau Road"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round22_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a charity's donor (no blood, marrow or organ), a booking's reference, a soap dispenser's article
    ("medical_record", "Thank you for your gift to the food bank. Donor ID: 4471209"),
    ("medical_record", "Merci pour votre soutien à l'association ! Numéro de donneur : 20420823, reçu fiscal joint."),
    ("medical_record", "Spendenquittung für das Tierheim\nSpendernummer: 5531907"),
    ("medical_record", "Gracias por tu donativo a la ONG. Número de donante: 88412077"),
    ("medical_record", "Blood orange juice, order ref 4471209, ships Monday."),
    ("medical_record", "Seifenspender Nr. 4471209, Blutorangen-Duft"),
    ("medical_record", "INSERT INTO donations (donor_id, amount) VALUES ('4471209', '50.00');"),
    # a court's file and a record of sales named by their nouns
    ("medical_record", "Court file checked: 44120377\nHearing: 3 May"),
    ("medical_record", "Sales record: 5531907 units"),
    # a boarding pass, a ski pass, a password
    ("passport", "Boarding pass Nr. 528830914, seat 12A"),
    ("passport", "Skipass Nr. 528830914 gültig bis Sonntag"),
    ("passport", "Passwort Nr. 528830914 zurückgesetzt"),
    # a death's or a marriage's date, an approximate birth, a negation
    ("date_of_birth", "0 @I9@ INDI\n1 DEAT\n2 DATE 3 JAN 2001\n1 MARR\n2 DATE 12 JUN 1965"),
    ("date_of_birth", "0 @I9@ INDI\n1 BIRT\n2 DATE ABT 1950"),
    ("date_of_birth", "NE PAS PLIER;DATE\nx;12/03/1980"),
    # a customer's, a member's, a contract's number named in a sentence
    ("phone", "My membership number is 5202678034 and the fee is due."),
    ("phone", "Hola, mi número de socio es 612345678."),
    ("phone", "Mijn klantnummer is 0612345678, graag terugbellen."),
    ("phone", "Ihre Kundennummer lautet 0301234567."),
    ("phone", "Votre numéro de contrat est 0612345678."),
    # a parcel said to be tracked
    ("payment_card", "Return post tracked with 6532495455454435."),
    ("payment_card", "Sendung verfolgbar mit 6532495455454435"),
    ("payment_card", "Envío rastreado con 6532495455454435"),
    ("payment_card", "Colis suivi avec 6532495455454435"),
    # a measure, a French loanword in "-eau"
    ("street_address", "spare battery over 99 Wh. Boarding pass checked"),
    ("street_address", "Storage: 512 GB Cloud Drive"),
    ("street_address", "Stembureau 14, gemeente Utrecht"),
    ("street_address", "Im Keller: Niveau 2\nAufzug links"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round22_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
