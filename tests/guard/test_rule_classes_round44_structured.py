"""The structured rule classes fixed after the couloir and graupel banks' misses and false positives
(round 44). Each case below is worded differently from the banks, in the languages where the class
exists, with near misses that must stay clean:

1. national identifiers whose key carries a qualifier of a few words before its colon, then maybe a
   bracketed aside or the source ("NISS du locataire (bail en Belgique) :", "BSN ter verificatie:",
   "Steuer-ID der Mieterin laut Vertrag:", "Aadhaar card scanned for the visiting trainee:"); a
   configuration key padded to line up its "=" or ":" whose last part names the identifier
   ('GUARANTOR_TFN    = "..."', "tenant_bsn:    ..."); the check digit still decides, and a dotted BSN
   is the identifier, not a phone; a Verhoeff-valid Aadhaar beats the card its digits also pass for;
2. medical records: a reference alone closing a care provider's message ("Please bring your inhaler.
   Ref B7730142", "Ref.", "Réf.", "Kenmerk:", a number in groups), and a quoted ref in a speech and language therapist's
   letter; a pharmacy's order, an appointment slot's offer and a lost-property office's reference
   stay clean;
3. false positives: a debt collector's "Dossiernummer" / "numéro de dossier" (a creditor's word in the
   letter, or a dunning letter's heading) is no medical record; a name that starts with "Dob"
   ("Dr. Dobis am 04.05.2026") is no birth date's keyword;
4. phones: a bare national number right after a call to cancel ("Pour annuler :", "Zum Absagen:",
   "To cancel:", "Para anular:", "Afmelden via"), and in brackets after a team's role and a first
   name ("capitaine Louis (...)", "Kapitänin Mia (...)", "captain Priya (...)", "aanvoerder Bram
   (...)", "capitán Luis (...)").

Left alone on purpose: a foster carer's "Carer no: MRN-..." that one bank labels a medical record (a
carer's number is none).

Of the 51 cases (32 to catch, 13 near misses, 5 that must stay found, and the Aadhaar's win over
the card), 38 failed before the change: all 32 catches (15 identifiers, 7 medical records, 10
phones), 5 of the 13 near misses (the three dunning letters' file numbers and the two dates after a
"Dob" name), and the Aadhaar's win over the card.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import catches, found, stays_clean, still_found

CATCH = [
    # 1. a national identifier's key with a qualifier of a few words, an aside or the source
    ("national_id", "Fiche d'intervention\nNISS du locataire (bail en Belgique) : 55041590225", "55041590225"),
    ("national_id", "Ficha técnica\nNISS del cliente (sede belga): 55041590225", "55041590225"),
    ("national_id", "Werkbon 12\nBSN huurder (volgens het contract): 384289691", "384289691"),
    ("national_id", "Neem uw pas mee. BSN ter verificatie: 1475.43.368. Bedankt.", "1475.43.368"),
    ("national_id", "Mietvertrag\nSteuer-ID der Mieterin laut Vertrag: 75336984201", "75336984201"),
    ("national_id", "Antrag 7: Steuer-IdNr. des Antragstellers lt. Bescheid: 69 018 747 736.", "69 018 747 736"),
    ("national_id", "Onboarding list\nSIN new hire (from the offer letter): 355 512 575", "355 512 575"),
    ("national_id", "Volunteers\nAadhaar card scanned for the visiting trainee: 5209 3529 0475", "5209 3529 0475"),
    ("national_id", "Aadhaar number provided by the applicant on the form: 617297844699", "617297844699"),
    # 1. a configuration key padded to line up its "=" or ":"
    ("national_id", 'env {\n  GUARANTOR_NAME = "Tom Hale"\n  GUARANTOR_TFN  = "361 545 185"\n}', "361 545 185"),
    ("national_id", 'export HOLDER_NAME="Ann Lee"\nHOLDER_SSN    = "798126269"', "798126269"),
    ("national_id", "tenant:\n  name:  Sanne Smit\n  tenant_bsn:    777059526", "777059526"),
    ("national_id", 'klant_niss      = "89004835277"', "89004835277"),
    ("national_id", "[owner]\nowner_tfn      = 977007875", "977007875"),
    ("national_id", 'STEUER_IDNR   = "75336984201"', "75336984201"),
    # 2. a reference alone closing a care provider's message
    ("medical_record", "Hi Sam, this is Oakfield Surgery. Your asthma review with the practice nurse is on 3 May at "
     "10:20. Please bring your inhaler. Ref B7730142", "B7730142"),
    ("medical_record", "Guten Tag Frau Roth, Ihr Termin zur Blutdruckkontrolle in der Praxis ist am 3. Mai. Bitte bringen "
     "Sie Ihre Messwerte mit. Ref. M4471209", "M4471209"),
    ("medical_record", "Bonjour, votre séance de kinésithérapie est confirmée le 3 mai à 10h. Merci d'apporter "
     "votre ordonnance. Réf. K2204418", "K2204418"),
    ("medical_record", "Hola Ana, su cita de fisioterapia en la clínica es el 3 de mayo. Traiga su informe. "
     "Ref. H5530271", "H5530271"),
    ("medical_record", "Beste mevrouw Smit, uw controle bij de huisarts is op 3 mei. Neem uw medicijnen mee.\n"
     "Kenmerk: P6620193", "P6620193"),
    ("medical_record", "Riverside Practice: your diabetes review with the nurse is on 4 June. Please bring a urine "
     "sample.\nRef 943 476 5919", "943 476 5919"),
    ("medical_record", "Thanks for the referral; Ella is now on the waiting list for speech and language therapy. "
     "If anything changes, email us quoting ref T4471209.", "T4471209"),
    # 4. a call to cancel right before the number
    ("phone", "Votre contrôle est prévu le 3 mai à 9h. Pour annuler : 0387654321.", "0387654321"),
    ("phone", "Ihr Termin ist am 3. Mai um 9 Uhr. Zum Absagen: 01712345678", "01712345678"),
    ("phone", "Your review is on 3 May at 9am. To cancel: 07700900123.", "07700900123"),
    ("phone", "Uw afspraak is op 3 mei om 9 uur. Afmelden via 0612345678.", "0612345678"),
    ("phone", "Su cita es el 3 de mayo a las 9. Para anular: 912345678.", "912345678"),
    # 4. a team's role and a first name, the number in brackets
    ("phone", "Poule B\nLes Aigles – capitaine Louis (0492031096)\nLes Lynx – cap. Léa Roy", "0492031096"),
    ("phone", "Gastmannschaft: Kapitänin Mia (01712345678)\nHeim: TSV Ulm", "01712345678"),
    ("phone", "Fixtures\nRed Lions – captain Priya (07700900123)\nBlue Foxes – Tom Hale", "07700900123"),
    ("phone", "Competitie week 3\nDe Meeuwen – aanvoerder Bram (0612345678)", "0612345678"),
    ("phone", "Jornada 5\nLos Halcones – capitán Luis (612345678)", "612345678"),
]

CLEAN = [
    # 1. the qualifier's words with a number that fails its check; "sin" as the Spanish word
    ("national_id", "BSN ter verificatie: 384289692"),
    ("national_id", "Pedido sin gastos de envío para el cliente de Madrid: 046454286"),
    # 2. a pharmacy's order, an appointment slot's offer, a lost-property office's reference, no care
    ("medical_record", "Your repeat order from the pharmacy has been dispatched. Ref K2067497"),
    ("medical_record", "Oakfield Imaging: a slot has opened for your MRI tomorrow at 8:40. Reply YES to take it. "
     "Ref 4605039371"),
    ("medical_record", "Gevonden voorwerpen: ophalen op station Utrecht Centraal, ma–vr. Kenmerk 4143936363."),
    ("medical_record", "Your table for four is confirmed for Friday. Ref K2067497"),
    # 3. a debt collector's file number; a name that starts with "Dob"
    ("medical_record", "LAATSTE HERINNERING\n\nMevr. de Vries\nKerkstraat 4\n\nDossiernummer: 2963282640\n"
     "Oorspronkelijke schuldeiser: Telecom NV\nOpenstaand: € 219,50"),
    ("medical_record", "AANMANING\n\nDhr. Jansen\nDorpsweg 2, 1234 AB Ede\n\nDossiernummer: 4811439863\nOpenstaand: € 80,00"),
    ("medical_record", "RELANCE AVANT MISE EN DEMEURE\n\nM. Martin\n12 rue Haute\n\nNuméro de dossier : 4471209611\n"
     "Créancier : Énergie SA"),
    # 4. an order's number after the cancel's words; a stadium named after a captain
    ("phone", "Pour annuler votre commande 0365156230, cliquez sur le lien."),
    ("phone", "Match au stade Capitaine Ferber (0492031096)."),
]

CLEAN_DATES = [
    ("Patientin: Mia Roth, geb. 12.03.1988\nAufklärung durch Frau Dr. Dobis am 04.05.2026", "04.05.2026"),
    ("Next of kin: Tom Hale, DOB 1990-02-01\nSeen by Dr Dobes on 2026-08-28", "2026-08-28"),
]

STILL = [
    ("date_of_birth", "Patientin: Mia Roth, geb. 12.03.1988\nAufklärung durch Frau Dr. Dobis am 04.05.2026", "12.03.1988"),
    ("date_of_birth", "DOBs: 12/03/2015 and 2019-08-02", "12/03/2015"),
    ("national_id", "BSN: 384289691", "384289691"),
    ("medical_record", "Huisartsenpraktijk De Linde\nDossiernummer: 2963282640", "2963282640"),
    ("phone", "Tel: 07700900123", "07700900123"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)


@pytest.mark.parametrize("text,value", CLEAN_DATES)
def test_other_date_is_no_birth(scanner: Scanner, text: str, value: str) -> None:
    assert ("date_of_birth", value) not in found(scanner, text)


test_still_found = still_found(STILL)


def test_aadhaar_beats_the_card() -> None:
    """The Aadhaar's digits pass Luhn too: the identifier's name and Verhoeff check win."""
    text = "Volunteers\nAadhaar card scanned for the visiting trainee: 5209 3529 0475"
    assert [c for c, v in found(Scanner(), text) if v == "5209 3529 0475"] == ["national_id"]
