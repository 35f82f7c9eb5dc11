"""The structured rule classes fixed after the esker and geyser banks' misses (issue 14, round 32).
Each case below is worded differently from the banks, in the five languages where the class exists,
with near misses that must stay clean:

1. records: the patient's own word as a key, its value written against it in a log line, a query
   string or a JSON object ("patient=4471209", "paciente=NHC-4471209", '"patiënt": "2019-508178"');
   a plural key, a count or a short number stays clean;
2. records: a hospital department's specialty ("service de cardiologie", "Neurologie", "servicio de
   neurología"), a therapist's care ("speech therapy", "Logopädie", "rééducation", "fysiotherapie")
   and travel medicine with its vaccines ("travel clinic", "Reisemedizin", "reizigerszorg", "yellow
   fever") as care words, so a file's number there reads as the patient's; a travel agency's file
   stays its own;
3. records: two fields under one label, their values in the same order after a comma ("Krankenkasse /
   Versichertennummer: AOK, B9715095", "Mutuelle / n° d'adhérent : MGEN, ..."): the label's second
   part names the second value; a club's or a shop's pair stays clean;
4. dates of birth: a pronoun's copula after a comma between the birth's word and the date ("the
   driver's DOB, it's ...", "Geburtsdatum, das ist der ...", "date de naissance, c'est le ...",
   "fecha de nacimiento, es el ...", "geboortedatum, dat is ...");
5. identifiers: a question that asks for "the number" back, the identifier named on the dialogue's
   turn before it ("... mijn BSN nog een keer doorgeven?\\nMedewerker: Wilt u het nummer
   bevestigen?\\nKlant: 174268592"); the check digit still decides, and an order named before stays
   an order's;
6. phones: a count of minutes or hours after the number is no group of it ("appellera le 05 46 53 89
   27 30 min avant", "ring 87907935 30 minutes before");
7. phones: one who acts for another as a contact line's label ("Proxy:", "Bevollmächtigter:",
   "Mandataire :", "Apoderada:", "Delegado:", "Gemachtigde:"), the number after a comma or alone
   in brackets;
8. phones: a number offered as the other way to reach the writer after an e-mail address and "or"
   ("Schreibt mir: jw@example.de oder 0634405857");
9. phones: a number in its international form with "00" after a preposition that puts it in reach
   ("Angehörige unter 0039504615 informiert");
10. addresses: one letter before a street's ending is no street's name ("Grade 8", a music exam's
   grade, read as "G" + "rade");
11. tables: a comma-separated row with more cells than its header, the header having one address
   column: the extra cells are the unquoted address's own parts, so the cells after it keep their
   columns ("...,Nicole Mottiez,2, chemin Rey, 09979 Germain-sur-Marie,0327014557" under
   "...,adresse,telephone"); a row whose address column holds no number stays unread.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. the patient's word as a key
    ("medical_record", "2025-01-10 09:00:01 INFO pump-sync patient=4471209 pump=t:slim status=ok", "4471209"),
    ("medical_record", '{"patientin": "2019-508178", "station": "3B", "bett": 2}', "2019-508178"),
    ("medical_record", "GET /dossiers?patiente=B4471209&vue=resume HTTP/1.1", "B4471209"),
    ("medical_record", "ERROR sync-bomba paciente=NHC-4471209 motivo=timeout", "NHC-4471209"),
    ("medical_record", "WARN meting-upload patiënt=K4471209 meter=Accu-Chek", "K4471209"),
    # 2. a specialty's department, a therapist's care, travel medicine as care words
    ("medical_record", "Referral for speech therapy after the stroke. File 4471209.", "4471209"),
    ("medical_record", "Überweisung zur Logopädie nach dem Schlaganfall, vermerkt in Akte 4471209.", "4471209"),
    ("medical_record", "Votre rendez-vous au service de cardiologie est confirmé, dossier n° 4471209.", "4471209"),
    ("medical_record", "Cita en el servicio de neurología el martes. Historia 4471209.", "4471209"),
    ("medical_record", "Intake fysiotherapie na de knieoperatie, dossier 4471209, twee keer per week.", "4471209"),
    ("medical_record", "Travel health appointment, yellow fever jab given; noted on file 2019-508178.", "2019-508178"),
    ("medical_record", "Afspraak reizigersgeneeskunde: Mw. Smit, dossiernr 2019-508178, reis naar Peru.", "2019-508178"),
    # 3. two fields under one label
    ("medical_record", "Anmeldung Reha\nKrankenkasse / Versichertennummer: TK, K4471209\nBeginn: Montag", "K4471209"),
    ("medical_record", "Adhésion\nMutuelle / n° d'adhérent : MGEN, 1044332201", "1044332201"),
    ("medical_record", "Claim form\nHealth fund / member no.: Bupa, 2019-508178", "2019-508178"),
    ("medical_record", "Solicitud\nAseguradora / n.º de afiliado: Sanitas, 44712093", "44712093"),
    ("medical_record", "Inschrijving\nZorgverzekeraar / lidnummer: CZ, 18832696", "18832696"),
    # 4. a pronoun's copula after the birth's word
    ("date_of_birth", "The form asks for the tenant's DOB, it's 3 March 1984 I think.", "3 March 1984"),
    ("date_of_birth", "Fürs Formular brauchen sie sein Geburtsdatum, das ist der 11. Februar 1950.", "11. Februar 1950"),
    ("date_of_birth", "Pour le contrat, sa date de naissance, c'est le 11 février 1950.", "11 février 1950"),
    ("date_of_birth", "De verzekeraar wil haar geboortedatum, dat is 11 februari 1950.", "11 februari 1950"),
    # 5. the number asked back, named on the turn before
    ("national_id", "Klant: ik heb mijn BSN al eerder opgegeven.\nMedewerker: Kunt u dat nummer nog even noemen?\n"
                    "Klant: 111222333", "111222333"),
    ("national_id", "Kunde: Ich habe eine neue Steuer-ID bekommen.\nBerater: Wie lautet die Nummer?\nKunde: 51342846407",
     "51342846407"),
    # 6. a count of minutes after the number
    ("phone", "Le livreur appellera le 05 46 53 89 27 15 min avant.", "05 46 53 89 27"),
    ("phone", "Courier will ring 01214960252 20 minutes before arrival.", "01214960252"),
    ("phone", "Courier will ring 87907935 20 minutes before arrival.", "87907935"),
    ("phone", "Der Kurier ruft unter 030 123 45 67 10 Minuten vorher an.", "030 123 45 67"),
    ("phone", "El repartidor llamará al +34 612 345 678 20 minutos antes.", "+34 612 345 678"),
    # 7. a proxy or a delegate as the contact line's label
    ("phone", "Power of attorney\nProxy: Tom Hale, 07700900123", "07700900123"),
    ("phone", "Vollmacht\nBevollmächtigter: Jonas Roth, 01712345678", "01712345678"),
    ("phone", "Procuration\nMandataire : Léa Morel, 0612345678", "0612345678"),
    ("phone", "Poder notarial\nApoderada: Ana Gil, 612345678", "612345678"),
    ("phone", "Asamblea\nDelegado: Pablo (612345678)", "612345678"),
    ("phone", "Machtiging\nGemachtigde: Sanne Smit (0612345678)", "0612345678"),
    # 8. a number after an e-mail address and "or"
    ("phone", "Questions? Mail me: ann@example.com or 07700900123 after six.", "07700900123"),
    ("phone", "Fragen an jonas@example.de oder 0634405857", "0634405857"),
    ("phone", "Écrivez à lea@example.fr ou 0612345678 pour tout souci.", "0612345678"),
    ("phone", "Escríbeme a ana@example.es o 612345678 si hay dudas.", "612345678"),
    ("phone", "Mail gerust naar sanne@example.nl of 0612345678", "0612345678"),
    # 9. the international form after a reach preposition
    ("phone", "Die Tochter wurde unter 0039504615 benachrichtigt.", "0039504615"),
    # 11. an unquoted address's commas in a CSV row
    ("phone", "id,name,address,phone\n1,Tom Hale,Flat 2, 14 Mill Road, Leeds LS1 4AB,07700900123\n"
              "2,Ann Lee,3 Oak Street Leeds,07700900456", "07700900123"),
    ("phone", "nr,name,anschrift,telefon\n1,Jonas Roth,Hauptstraße 5, 10115 Berlin,01712345678\n"
              "2,Anna Roth,Am Markt 2 Berlin,01712345679", "01712345678"),
    ("phone", "n°,nom,adresse,téléphone\n1,Léa Morel,12, rue de la Paix, 75002 Paris,0612345678\n"
              "2,Paul Morel,3 rue Haute Lyon,0612345679", "0612345678"),
    ("phone", "id,nombre,dirección,teléfono\n1,Ana Gil,Calle Mayor 10, 28013 Madrid,612345678\n"
              "2,Pablo Gil,Calle Luna 3 Madrid,612345679", "612345678"),
    ("phone", "nr,naam,adres,telefoon\n1,Sanne Smit,Kerkstraat 12, 1012 AB Amsterdam,0612345678\n"
              "2,Sem Smit,Dorpsweg 4 Delft,0612345679", "0612345678"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round32_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. a plural key, a count, a short number, another key ending in the word
    ("medical_record", "INFO batch patients=12345 processed=12000"),
    ("medical_record", "DEBUG ward=3 patient=42 bed=7"),
    ("medical_record", "INFO outpatient=44712093 slots=8"),
    # 2. a travel agency's file
    ("medical_record", "Reisbureau Zon: dossiernr 2024-969425, reis Ghana 3 wkn, vertrek 12 mei."),
    # 3. a club's and a shop's pair of fields
    ("medical_record", "Anmeldung\nVerein / Mitgliedsnummer: TSV Eiche, 44712093"),
    ("medical_record", "Bestellung / Bestellnummer: Versandhaus, 4471209912"),
    # 4. the birth's word with a copula on no date
    ("date_of_birth", "The DOB field, it's empty; the lease was renewed on 11 February 2024 anyway."),
    # 5. an order named before "the number"; a wrong check digit
    ("national_id", "Kunde: Meine Bestellung ist nicht angekommen.\nBerater: Wie lautet die Nummer?\nKunde: 51342846407"),
    ("national_id", "Klant: ik heb mijn BSN al eerder opgegeven.\nMedewerker: Kunt u dat nummer nog even noemen?\n"
                    "Klant: 111222334"),
    # 6. a count after a number that is no phone's
    ("phone", "Order 4471 2093 shipped, 30 minutes late."),
    # 7. a delegate's votes in the bracket; a delegate's year
    ("phone", "Asamblea\nDelegado: Pablo Gil (612345678 votos)"),
    ("phone", "Delegate: Ann Hale, 20240511 report"),
    # 8. an e-mail address and another thing's number
    ("phone", "Questions to ann@example.com or see invoice 4471209912."),
    # 11. a stock list's address column with a comma: the quantity stays a quantity
    ("phone", "id,produit,adresse,quantite\n1,vis,Entrepot 2, Quai 5,612345678\n2,clou,Entrepot 1,44"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round32_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# 10. flagged before, clean now
CLEARED = [
    ("street_address", "Instrument: cello (Grade 8, distinction)\nTeacher: Mrs Hale"),
    ("street_address", "Sie hat im Juni Grade 5 in Klavier bestanden."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round32_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# 10. a street whose name has two letters or more before its ending stays a street
STILL_FOUND = [
    ("street_address", "Lieferadresse: Amweg 3, 8000 Zürich", "Amweg 3, 8000 Zürich"),
    ("street_address", "Wij wonen aan de Oosterrade 12 in Rotterdam.", "Oosterrade 12"),
]


@pytest.mark.parametrize("category,text,value", STILL_FOUND)
def test_round32_structured_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
