"""The structured rule classes fixed after the fjord and mesa banks' misses (issue 14, round 23).
Each case below is worded differently from the banks, in the five languages, with near misses
that must stay clean:

1. records: a pharmacy's customer number with a prescription's or a pharmacy's word near it ("I
   want to collect my mother's prescription, customer no. 4471209", "Kundennummer ... E-Rezept",
   "numéro client ... ordonnance", "número de cliente ... receta electrónica", "klantnummer ...
   apotheek"); a shop's, a cooking box's ("Rezept" is a recipe too) and an optician's ("prescription
   glasses") customer number, and a court's "ordonnance du juge", stay clean;
2. records: a number named by the clinical system that keeps the record, with a number's word, in
   a text about care ("EHR no.", "KIS-Nr.", "DPI n°", "HCE nº", "HIS-nummer", "EPD-nr."); "his no."
   (a man's number) and "DPI" of a printer stay clean;
3. records: an INSERT's file, case or clinical system key ("pmr_id", "case_no", "dossiernr")
   beside a birth date's column or in a text about care; an order's case number stays clean;
4. dates of birth: the answer to a question that asks for the date of birth with another thing
   ("... your date of birth and the postcode on the account?\\nCaller: 12/03/1985, ..."); a date that
   answers a question about a deadline stays clean;
5. phones: a relative named as the contact ("NOK:", "Angehörige:", "Proche :", "Familiar:",
   "Naaste:") with their relation in brackets, then the number; a compact local number on a
   contact's line ("Parent contact: name, 79717213"); a mobile line's assigned number in a text
   about a SIM or a plan ("Assigned number:", "zugewiesene Rufnummer", "numéro attribué", "número
   asignado", "toegewezen nummer"); a queue's or a case's assigned number, and a relative's line
   with a sum or an account, stay clean;
6. streets: a street in a delimited row's cell right after its separator ("22/02/1954;rue de
   Saudan 247, 3536 Cattin"); a next field's label and number under the address ("\\nNIF
   35979583Q", "\\nNISS 78122346087") is no town line before a postcode, so the address ends at
   its own town;
7. phones: a German number after a five-digit area code in three groups, 13 digits with the trunk
   0 ("03375 21456 887", "(04821) 60234 551"), whole; a four-digit area code's number still ends
   before a count after it ("0113 496 0000 12 times").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a pharmacy's customer number near a prescription
    ("medical_record", "Hi, I'm picking up my mum's repeat prescription tomorrow. Her customer no. is 4471209.", "4471209"),
    ("medical_record", "Guten Tag, das E-Rezept für meine Tochter ist hinterlegt, Kundennummer: 7712093.", "7712093"),
    ("medical_record", "Bonjour, je passe prendre l'ordonnance de mon mari, numéro client 20420823.", "20420823"),
    ("medical_record", "Hola, vengo a por la receta electrónica de mi padre, su número de cliente es 5531907.", "5531907"),
    ("medical_record", "Kan mijn buurman de medicijnen ophalen bij de apotheek? Mijn klantnummer is 727418.", "727418"),
    # 2. a record named by its clinical system
    ("medical_record", "Discharge summary\nPatient: A. Morgan\nEHR no.: 44120377\nFollow-up in clinic", "44120377"),
    ("medical_record", "Verlegungsbericht\nPatientin: Frau K.\nKIS-Nr.: 5531907\nStation 4B", "5531907"),
    ("medical_record", "Compte rendu d'hospitalisation\nPatient : M. Roux\nDPI n° 7712093\nService de cardiologie", "7712093"),
    ("medical_record", "Informe de alta\nPaciente: Sra. Gil\nHCE nº 20420823\nServicio de urgencias", "20420823"),
    ("medical_record", "Huisartsbericht\nPatiënt: mevr. Bakker\nHIS-nummer: 7274181\nConsult: controle bloeddruk", "7274181"),
    ("medical_record", "Overdracht\nPatiënt: dhr. Smit\nEPD-nr. 6078814\nAfdeling longziekten", "6078814"),
    # 3. an INSERT's record key beside a birth date or in care
    ("medical_record", "INSERT INTO clinic_patients (case_no, name, birth_date) VALUES ('C-5531907', 'Ann Hale', '1969-02-14');",
     "C-5531907"),
    ("medical_record", "INSERT INTO patienten (dossiernr, naam, geboortedatum) VALUES ('2024-118832', 'Els Peeters', '12-03-1980');",
     "2024-118832"),
    ("medical_record", "INSERT INTO apotheek_klanten (pmr_id, geb_datum) VALUES ('7712093', '03-04-1971');", "7712093"),
    # 4. a date of birth asked for with another thing
    ("date_of_birth", "Agent: Could you give me your date of birth and the postcode on the account?\nCaller: 12/03/1985, and it's LS1 4AB",
     "12/03/1985"),
    ("date_of_birth", "Können Sie mir Ihr Geburtsdatum und die Nummer auf der Versichertenkarte nennen?\nKunde: 03.04.1971, die Nummer ...",
     "03.04.1971"),
    ("date_of_birth", "Pouvez-vous me donner votre date de naissance et le nom de votre médecin traitant ?\nCliente : 14/02/1969, docteur Roux",
     "14/02/1969"),
    ("date_of_birth", "¿Me dice su fecha de nacimiento y el número de la tarjeta sanitaria, por favor?\nCliente: 21/07/1987, y la tarjeta ...",
     "21/07/1987"),
    ("date_of_birth", "Wat is uw geboortedatum en het adres waarop de verzekering staat?\nBeller: 12-03-1980, Kerkstraat ...",
     "12-03-1980"),
    # 5. a relative as the contact; a contact's line; a line's assigned number
    ("phone", "Ward admission\nNOK: Dervla (sister) - 4152 8830", "4152 8830"),
    ("phone", "Aufnahmebogen\nAngehörige: Jonas (Sohn) - 030123456", "030123456"),
    ("phone", "Fiche d'admission\nProche : Léa (fille) - 0612345678", "0612345678"),
    ("phone", "Ingreso\nFamiliar: Ana (hija), 612345678", "612345678"),
    ("phone", "Opname\nNaaste: Sanne (dochter), 0612345678", "0612345678"),
    ("phone", "Field trip form\nEmergency contact: Mark Hale, 84774494\nPacked lunch needed", "84774494"),
    ("phone", "Your new SIM is on its way.\nAssigned number: 07700900123\nPlan: 20 GB", "07700900123"),
    ("phone", "Ihre Prepaid-Karte ist freigeschaltet.\nZugeteilte Nummer: 01712345678", "01712345678"),
    ("phone", "Activation de votre carte SIM prépayée\nNuméro attribué : 0612345678", "0612345678"),
    ("phone", "Alta de línea móvil con tarifa de 10 GB\nNúmero asignado: 612345678", "612345678"),
    ("phone", "Welkom bij je nieuwe abonnement\nToegewezen nummer: 0612345678", "0612345678"),
    # 7. a German number after a five-digit area code in three groups, 13 digits
    ("phone", "Rückruf bitte unter 03375 21456 887, ab 14 Uhr", "03375 21456 887"),
    ("phone", "Praxis Dr. Weber, Tel. (04821) 60234 551", "(04821) 60234 551"),
    ("phone", "Ring 0113 496 0000 12 times before hanging up", "0113 496 0000"),
    # 6. a street in a delimited row's cell; the address ends at its own town
    ("street_address", "id;name;birth;address\n7;Lea Roux;03/04/1971;Rue du Marché 12, 1204 Genève", "Rue du Marché 12, 1204 Genève"),
    ("street_address", "id|naam|adres\n7|Els Peeters|avenue Louise 54, 1050 Bruxelles", "avenue Louise 54, 1050 Bruxelles"),
    ("street_address", "nr;nom;adresse\n4;Paul Morel;chemin des Vignes, 1009 Pully", "chemin des Vignes, 1009 Pully"),
    ("street_address", "Domicilio: Calle Mayor 10, Zaragoza, 50001\nDNI 12345678Z\nFirma", "Calle Mayor 10, Zaragoza, 50001"),
    ("street_address", "Adresse : rue de la Gare 5, 2000 Neuchâtel\nAVS 75612345678\nSignature", "rue de la Gare 5, 2000 Neuchâtel"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round23_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a shop's, a cooking box's, an optician's customer number; a court's order
    ("medical_record", "Thanks for shopping with us! Customer no. 4471209, your trainers ship Monday."),
    ("medical_record", "Deine Kochbox ist unterwegs. Kundennummer: 7712093. Neues Rezept: Kürbissuppe."),
    ("medical_record", "Your prescription glasses are ready to collect, customer number 5531907."),
    ("medical_record", "Ordonnance du juge des référés, numéro client 20420823 de la société."),
    ("medical_record", "Gracias por tu compra, número de cliente 5531907, receta de paella incluida."),
    # "his no." and a printer's DPI, outside and inside care
    ("medical_record", "The patient's son left his no. 44120377 at the desk."),
    ("medical_record", "Scanner settings: DPI no. 600300 for the patient leaflets"),
    ("medical_record", "Patient: A. Morgan\nHIS theme no. 44120377"),
    # an order's case number, no birth date, no care
    ("medical_record", "INSERT INTO orders (case_no, amount) VALUES ('C-5531907', 12);"),
    # a date asked for that is no birth
    ("date_of_birth", "Is the date of birth field mandatory on the form we send next week?\nAgent: 12/03/2026 is the deadline"),
    # an assigned number that is a queue's or a case's; a relative's line with a sum or an account
    ("phone", "Please take a ticket.\nAssigned number: 0612345678"),
    ("phone", "Número asignado: 612345678 a su expediente de reclamación."),
    ("phone", "Erbschaft\nAngehörige: Jonas (Sohn), 0171234567 EUR"),
    ("phone", "Ingreso\nFamiliar: Ana (hija), cuenta 612345678 EUR"),
    # a compact number that is an order's on a contact line
    ("phone", "Contact: Mark Hale, order 84774494"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round23_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
