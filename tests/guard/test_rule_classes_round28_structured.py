"""The structured rule classes fixed after the dune and gorge banks' misses and false positives
(issue 14, round 28). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. a person's record as one delimited row without a header (a payroll or an HR export's line, a
   sample row quoted in a log or an audit): a name, the date right after it, and a later field a
   national identifier valid by its check: the date is the birth date, the identifier the person's
   even where its shape needs its label elsewhere (a Steuer-ID's 11 digits, a BSN's 9); a firm's
   row, a payment row without an identifier, a row whose number leads (its key) or fails its check
   stay clean;
2. an identifier's label, then where the number was taken from, before the colon ("Steuer-ID
   gemäß Lohnabrechnung:", "BSN volgens de gemeente:", "numéro de registre national d'après la
   commune :", "Pasaporte según la reserva:", "Passport number according to the booking:");
3. a passport named, then its number in brackets later in the same sentence, the bracket saying
   it is the number ("bring your passport to the desk (the number on your booking is ...)",
   "trae el pasaporte (n.º ...)"); a ticket's or a booking's number in brackets after "and" stays
   clean;
4. a date of birth's label, then where it is kept, then the date ("date of birth on record is",
   "Geburtsdatum hinterlegt:", "date de naissance enregistrée est le", "date de naissance au",
   "fecha de nacimiento registrada es el", "geboortedatum in ons systeem is"): a child's recent
   date, which the rule for a date held on file some years past does not take;
5. a date of birth asked for in a request that ends its line without a question mark, the date the
   next line's answer ("Bitte nennen Sie mir Ihr Geburtsdatum.\\nKundin: ..."); a label of another
   date on the next line ("Termin:", "Due date:") answers no request;
6. a birth, then the day it happened ("birth on", "Geburt am", "geboorte op"); "the birth of the
   republic on ..." stays clean;
7. records: a hearing-care provider's customer number (its customer is its patient), the provider
   maybe named after the label ("Klantnummer hoorcentrum:", "Kundennummer Hörakustik:", "numéro client
   audioprothésiste :", "Número de cliente audioprotesista:", "Customer number hearing centre:"); a
   bakery's or a web shop's customer number stays clean;
8. records: a health card's number as a form's field, its label at a line's start, needs no other
   care word ("Health card number:", "Gesundheitskarte Nr.", "Tarjeta sanitaria individual:",
   "Zorgpasnummer:"); in a sentence it still does (round 15's "Transport: health card number ... is
   not required on the bus" stays clean);
9. records: a drug or a line given at the bedside counts as care for a file's number ("morphine pump
   running", "Morphinpumpe", "perfusion en place", "perfusión en curso", "insuline volgens schema");
   a client's file at a firm stays clean;
10. IP addresses: the version words' check ("version", "ver.", "v") read the end of "server",
    "resolver" and "observer" as "ver": a server's address is found now; "version 10.2.0.1", "ver.
    10.2.0.1" and a driver's version stay clean;
11. phones: the person in charge of a group or a trip, their name, then the number ("Group leader:",
    "Verantwortliche Lehrkraft:", "Accompagnateur :", "Encargada del grupo:", "Begeleider:"); a
    relative's or a carer's label with its ordinal or two of them joined by a slash ("Parent/guardian
    2:", "Angehörige 2:", "Proche 2 :", "Tutor/tutora 1:", "Ouder/verzorger 1:"); the person a
    patient trusts ("Trusted person:", "Vertrauensperson:", "Personne de confiance :", "Persona de
    confianza:", "Vertrouwenspersoon:"); the verb "text" with who will send it ("We will text ...");
    a request's own number after its "#" or "no." is no phone ("Port-out request #...").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a person's record as one delimited row
    ("date_of_birth", "Audit finding, leaked line in backup.txt: Jane Porter|14/02/1983|JK 12 34 56 A|GB29NWBK60161331926819",
     "14/02/1983"),
    ("date_of_birth", "Fund im Papierkorb: Anna Roth;3. März 1978;56340339185;DE89370400440532013000", "3. März 1978"),
    ("national_id", "Fund im Papierkorb: Anna Roth;3. März 1978;56340339185;DE89370400440532013000", "56340339185"),
    ("date_of_birth", "Extrait trouvé sur la clé USB : Claire Dubois;12/06/1981;148854765270525;FR1420041010050500013M02606",
     "12/06/1981"),
    ("date_of_birth", "Fila filtrada en el informe: Lucía Navarro Gil;7 de mayo de 1979;16161216J;ES9121000418450200051332",
     "7 de mayo de 1979"),
    ("date_of_birth", "Regel uit het lek: Sanne de Vries\t02-11-1990\t250803215\tNL91ABNA0417164300", "02-11-1990"),
    ("national_id", "Regel uit het lek: Sanne de Vries\t02-11-1990\t250803215\tNL91ABNA0417164300", "250803215"),
    # 2. an identifier's label, then where the number was taken from
    ("national_id", "Steuer-ID gemäß Lohnabrechnung: 51342846407", "51342846407"),
    ("national_id", "BSN volgens de gemeente: 291133356", "291133356"),
    ("national_id", "Numéro de registre national d'après la commune : 86042098060", "86042098060"),
    ("passport", "Pasaporte según la reserva: XDA123456", "XDA123456"),
    ("passport", "Passport number according to the booking: 533380006", "533380006"),
    # 3. a passport named, its number in brackets later in the sentence
    ("passport", "Please bring your passport to the front desk (the number on your booking is C39801234).", "C39801234"),
    ("passport", "Bitte den Reisepass zur Abholung mitbringen (Nummer laut Antrag: C01X00T47).", "C01X00T47"),
    ("passport", "Apportez votre passeport le jour de l'arrivée (numéro indiqué : 18AB12345).", "18AB12345"),
    ("passport", "Trae el pasaporte a la recepción (n.º que figura en la reserva: ZB1234567).", "ZB1234567"),
    ("passport", "Neem je paspoort mee naar de balie (nummer op het formulier: NXC1234A5).", "NXC1234A5"),
    # 4. a date of birth's label, then where it is kept (a child's: a recent date, no older one's rule holds it)
    ("date_of_birth", "The player's date of birth on record is 02/05/2020, so we need a parent.", "02/05/2020"),
    ("date_of_birth", "Im Konto ist das Geburtsdatum hinterlegt: 12.03.2021.", "12.03.2021"),
    ("date_of_birth", "Sa date de naissance enregistrée est le 03/06/2021.", "03/06/2021"),
    ("date_of_birth", "Le profil indique une date de naissance au 03/06/2012, donc mineur.", "03/06/2012"),
    ("date_of_birth", "La fecha de nacimiento registrada es el 05/09/2021.", "05/09/2021"),
    ("date_of_birth", "Het geboortedatum in ons systeem is 12-03-2021.", "12-03-2021"),
    # 5. a date of birth asked for in a request, answered on the next line
    ("date_of_birth", "Agent: Please confirm the caller's date of birth.\nCaller: 3 March 1985", "3 March 1985"),
    ("date_of_birth", "Mitarbeiter: Bitte nennen Sie mir Ihr Geburtsdatum.\nKundin: 12.03.1979", "12.03.1979"),
    ("date_of_birth", "Conseiller : Indiquez-moi votre date de naissance, s'il vous plaît.\nClient : 4 mai 1980",
     "4 mai 1980"),
    ("date_of_birth", "Agente: Por favor, dígame su fecha de nacimiento.\nCliente: 5 de junio de 1982",
     "5 de junio de 1982"),
    ("date_of_birth", "Medewerker: Geef mij alstublieft uw geboortedatum.\nKlant: 12-03-1979", "12-03-1979"),
    # 6. a birth, then the day it happened
    ("date_of_birth", "Neonatal follow-up: baby girl, birth on 2 March 2021, 3.2 kg.", "2 March 2021"),
    ("date_of_birth", "Nachsorge: Geburt am 12.03.2019 im Klinikum.", "12.03.2019"),
    ("date_of_birth", "Kraamzorg: geboorte op 12-03-2019, thuis.", "12-03-2019"),
    # 7. a hearing-care provider's customer number
    ("medical_record", "Hearing aid fitting booked.\nCustomer number hearing centre: 4471209", "4471209"),
    ("medical_record", "Hörgeräte-Anpassung am Montag\nKundennummer Hörakustik: 4471209", "4471209"),
    ("medical_record", "Appareils auditifs : essai en cours.\nNuméro client audioprothésiste : 4471209", "4471209"),
    ("medical_record", "Audífonos nuevos.\nNúmero de cliente audioprotesista: 4471209", "4471209"),
    ("medical_record", "Nieuwe hoortoestellen besteld.\nKlantnummer hoorcentrum: 4471209", "4471209"),
    # 8. a health card's number
    ("medical_record", "School trip form\nHealth card number: 44712098\nAllergies: none", "44712098"),
    ("medical_record", "Anmeldung Ferienlager\nGesundheitskarte Nr. 4471209838\nAllergien: keine", "4471209838"),
    ("medical_record", "Ficha de inscripción\nTarjeta sanitaria individual: 4471209\nAlergias: ninguna", "4471209"),
    ("medical_record", "Inschrijfformulier kamp\nZorgpasnummer: 4471209\nAllergieën: geen", "4471209"),
    # 9. a drug or a line at the bedside as care
    ("medical_record", "Night report: Mr Hale (bed 4, file no. 4471209) settled, morphine pump running.", "4471209"),
    ("medical_record", "Übergabe Nacht: Frau Roth (Zimmer 4, Akte Nr. 4471209) ruhig, Morphinpumpe läuft.", "4471209"),
    ("medical_record", "Transmissions de nuit : Mme Roux (chambre 4, dossier n° 4471209) calme, perfusion en place.",
     "4471209"),
    ("medical_record", "Relevo de noche: Sra. Gil (hab. 4, expediente n.º 4471209) tranquila, perfusión en curso.", "4471209"),
    ("medical_record", "Nachtoverdracht: mevrouw Smit (kamer 4, dossiernr. 4471209) rustig, insuline volgens schema.",
     "4471209"),
    # 10. a server's address
    ("ip_address", "Affected server: 198.51.100.23 (patched on Monday)", "198.51.100.23"),
    ("ip_address", "Betroffener Server: 198.51.100.23", "198.51.100.23"),
    ("ip_address", "Getroffen webserver: 198.51.100.23", "198.51.100.23"),
    ("ip_address", "Upstream DNS resolver: 198.51.100.53", "198.51.100.53"),
    # 11. phones: the person in charge, a relative's label with its ordinal or a slash, a trusted person, "text"
    ("phone", "Group leader: Tom Hale, 4504845235", "4504845235"),
    ("phone", "Verantwortliche Lehrkraft: Jonas Roth, 03012345678", "03012345678"),
    ("phone", "Accompagnateur : Léo Morel, 0612345678", "0612345678"),
    ("phone", "Encargada del grupo: Ana Gil, 612345678", "612345678"),
    ("phone", "Begeleider: Sanne Smit, 0612345678", "0612345678"),
    ("phone", "Parent/guardian 2: Ann Hale, 4504845235", "4504845235"),
    ("phone", "Angehörige 2: Jonas Roth, 03012345678", "03012345678"),
    ("phone", "Proche 2 : Léa Morel, 0612345678", "0612345678"),
    ("phone", "Tutor/tutora 1: Ana Gil, 612345678", "612345678"),
    ("phone", "Ouder/verzorger 1: Sanne Smit, 0612345678", "0612345678"),
    ("phone", "Trusted person: Ann (sister), 4504845235", "4504845235"),
    ("phone", "Vertrauensperson: Jonas (Bruder), 03012345678", "03012345678"),
    ("phone", "Persona de confianza: Ana (hermana), 612345678", "612345678"),
    ("phone", "Vertrouwenspersoon: Sanne (zus), 0612345678", "0612345678"),
    ("phone", "Noted. We will text 4504845235 once the parcel is ready.", "4504845235"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round28_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


# 11: flagged before, clean now
CLEARED = [
    ("phone", "Port-out request #2738234815 received, number to follow."),
    ("phone", "Port-in request no. 2738234815 was approved."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round28_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


NEAR_MISSES = [
    # 1. a firm's row, a payment row, a leading key, an identifier that fails its check
    ("date_of_birth", "Müller GmbH;12.03.2020;56340339185;DE89370400440532013000"),
    ("date_of_birth", "Anna Schmidt;12.03.2024;DE89370400440532013000;120,00"),
    ("date_of_birth", "250803215;Sanne de Vries;02-11-1990;Zusage"),
    ("national_id", "250803215;Sanne de Vries;02-11-1990;Zusage"),
    ("date_of_birth", "Anna Roth;3. März 1978;56340339186;DE89370400440532013000"),
    ("national_id", "Anna Roth;3. März 1978;56340339186;DE89370400440532013000"),
    # 2. the source's words before a number that fails the check
    ("national_id", "Steuer-ID gemäß Lohnabrechnung: 51342846408"),
    # 3. a ticket's number after "and", a bracket that counts pages
    ("passport", "Bring your passport and your ticket (number 48273619) to the gate."),
    ("passport", "Bring your passport (no. of pages: 48)."),
    # 5. another date's label on the next line
    ("date_of_birth", "Das Geburtsdatum bitte eintragen.\nTermin: 12.03.2024"),
    ("date_of_birth", "Please confirm your date of birth.\nDue date: 3 March 2025"),
    # 6. the birth of a state, of a shop
    ("date_of_birth", "We celebrate the birth of the republic on 1 May 1920."),
    ("date_of_birth", "The birth of our shop on 12/03/2019 was a big day."),
    # 7. a bakery's, a web shop's customer number
    ("medical_record", "Kundennummer Bäckerei: 12345678"),
    ("medical_record", "Klantnummer webshop: 4471209, bestelling verzonden."),
    # 9. a client's file at a firm
    ("medical_record", "Overdracht dossier: klant Smit (dossiernr. 4471209), contract loopt door."),
    # 10. a version
    ("ip_address", "Installed version 10.2.0.1 yesterday."),
    ("ip_address", "Treiber ver. 10.2.0.1 installiert."),
    ("ip_address", "Driver: 10.2.0.1"),
    # 11. another label, a year after a person in charge
    ("phone", "Order reference 1: Acme Widgets, 4504845235"),
    ("phone", "Responsable du projet : Anna, 2019"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round28_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# the attacker's variants that stay found
KEPT = [
    ("phone", "Port-in request for 68045805", "68045805"),
    ("date_of_birth", "Date of birth: 3 March 1985", "3 March 1985"),
]


@pytest.mark.parametrize("category,text,value", KEPT)
def test_round28_structured_variants_stay_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
