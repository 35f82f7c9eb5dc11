"""The structured rule classes fixed after the cirque and bayou banks' misses and false positives
(issue 14, round 26). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. dates of birth: a note in brackets of up to 60 characters, words only, after the birth date's
   label ("Geburtsdatum (nur für die Jugendwertung):", "Date of birth (needed for the junior
   section only):", "Date de naissance (uniquement pour la catégorie jeunes) :"); a date of history
   stays clean;
2. dates of birth: SAP HR's birth date field GBDAT (infotype 0002), as an IDoc's quoted key or a
   report's column ('GBDAT="1955-05-27"', "| GBDAT 02/01/1985 |");
3. passports: an identity document's number, named by the document's generic word, in a record of
   its holder whose home address stands in its own field ("Anschrift: ...\\nAusweis: 851782251",
   "Adres: ...\\nLegitimatie: G72931282", "Domicilio: ...\\nDocumento: ..."); Dutch's "legitimatie"
   is an identity document's word (French's "pièce d'identité" was already read without the address);
   a named ID card stays out as before, and a customer's number beside the address stays clean;
4. passports: a line that opens with another thing's title (a contract, an order, an invoice) and
   names no document gives the title's own number, no passport ("CONTRATO DE PRÉSTAMO CON GARANTÍA
   PRENDARIA n.º 374136551" above "Documento: pasaporte ...");
5. phones: a record's key whose name joins a phone's word and a qualifier ("tel_client",
   "tel_kunde", "tel_contacto", "mobielNummer", SAP's "TELF1" and "TELFX"); a phone's other attributes
   ("phone_model", "tel_id", "phone_count") stay clean;
6. phones: a relative clause that gives a person's number ("whose number is", "dessen Nummer",
   "dont le numéro est", "cuyo número es", "wiens nummer"); "whose part number" is a part's;
7. phones: reaching verbs in their other forms: Spanish's with the pronoun joined ("localizarme en
   el", "contactarnos en el"), German's "meldet sich ... bei mir:"; "meldet" alone (a system reports)
   does not count;
8. phones: the caller's feminine and plural labels ("Appelante :", "Llamantes", "Anruferinnen") and the
   line out of office hours ("Out-of-hours number", "Notdienst", "astreinte", "fuera de horario",
   "buiten kantooruren");
9. cards: a 13-digit number that is also a valid EAN-13 is a card when its expiry follows it
   ("4973933200556, exp 08/28", "gültig bis", "expire", "caduca", "geldig tot"); a best-before date
   keeps a barcode a barcode;
10. secrets: a password that opens with letters in brackets and goes on after them
    ('DB_PASSWORD=(mJA)*d_Q_4B'); a tool's note that is the whole value stays clean;
11. records: a care institution, then its own reference for the patient in brackets ("the sleep
    clinic (their ref 4471209)", "Allergieambulanz (deren Zeichen ...)", "clinique d'allergologie (leur
    réf. ...)", "clínica de alergias (su ref. ...)", "allergiepolikliniek (hun kenmerk ...)"); a bill's
    or a booking's reference stays clean;
12. streets: a type-first street's name ends at a sentence's full stop after a word of four
    lower-case letters or more ("la plaza de Colón. Firmware 1.20.51", short abbreviations as "Gral."
    kept), and a number that a decimal or a version's part follows is no house number ("SF Deizisau
    4,5:3,5" is a match's score).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a note in brackets after the birth date's label
    ("date_of_birth", "Anmeldung Jugendturnier\nGeburtsdatum (nur für die Altersklasse nötig): 14.02.2011", "14.02.2011"),
    ("date_of_birth", "Date of birth (needed for the junior section only): 12/03/2011", "12/03/2011"),
    ("date_of_birth", "Date de naissance (uniquement pour la catégorie jeunes) : 20/09/2011", "20/09/2011"),
    ("date_of_birth", "Fecha de nacimiento (solo para la categoría juvenil): 20/09/2011", "20/09/2011"),
    ("date_of_birth", "Geboortedatum (alleen voor de jeugdcompetitie): 20-09-2011", "20-09-2011"),
    # 2. SAP HR's GBDAT
    ("date_of_birth", 'E1P0002 PERNR=00047110 NACHN="Roth" GBDAT="1961-03-12"', "1961-03-12"),
    ("date_of_birth", "PERNR 00047110 | Tom Hale | GBDAT 12/03/1961 | ORGEH 5001", "12/03/1961"),
    # 3. an identity document's number beside its holder's address field
    ("passport", "Pfandschein 4471\nVerpfänder: Max Roth\nAnschrift: Hauptstr. 3, 10115 Berlin\nAusweis: 551782254\nPfand: Uhr", "551782254"),
    ("passport", "Pandgever: Jan Smit\nAdres: Kerkstraat 3, 1012 AB Amsterdam\nLegitimatie: NX7293128\nPand: ring", "NX7293128"),
    ("passport", "Prestatario: Luis Gil\nDomicilio: Calle Mayor 3, 28013 Madrid\nDocumento: X1234567", "X1234567"),
    # 5. a phone's key with a qualifier
    ("phone", '{"formulaire": "tatouage", "tel_client": "0472644089", "zone": "bras"}', "0472644089"),
    ("phone", 'E1KNA1M KUNNR="0000471" TELF1="912345678" TELFX="912345679"', "912345678"),
    ("phone", '{"tel_contacto": "912345678"}', "912345678"),
    ("phone", "mobielNummer: 0612345678", "0612345678"),
    ("phone", "tel_kunde=0301234567", "0301234567"),
    # 6. a relative clause that gives a person's number
    ("phone", "The log names a courier whose number is 6120.4471.", "6120.4471"),
    ("phone", "Der Besucher, dessen Nummer 6120.4471 ist, kam spät.", "6120.4471"),
    ("phone", "un client dont le numéro est 6120.4471", "6120.4471"),
    ("phone", "el vecino cuyo número es 6123.4567", "6123.4567"),
    ("phone", "de bezoeker wiens nummer 6120.4471 is", "6120.4471"),
    # 7. reaching verbs in their other forms
    ("phone", "Si hay cambios, puede contactarnos en el 912345678.", "912345678"),
    ("phone", "Para la recogida pueden localizarme en el 612345678 por la tarde.", "612345678"),
    ("phone", "Wer mitfährt, meldet sich bis Freitag bei Jana: 01712345678", "01712345678"),
    # 8. the caller's other forms, the line out of office hours
    ("phone", "Appelante : Léa Roux, voisine, 0299373202", "0299373202"),
    ("phone", "Out-of-hours number for emergencies: 0889439705.", "0889439705"),
    ("phone", "Für Notfälle: Notdienst 0889439705", "0889439705"),
    ("phone", "En dehors des heures, astreinte : 0299373202", "0299373202"),
    ("phone", "Fuera de horario: 912345678", "912345678"),
    ("phone", "Buiten kantooruren: 0612345678", "0612345678"),
    # 9. a card's expiry after a 13-digit number
    ("payment_card", "I'll pay now then: 4973933200556, exp 08/28", "4973933200556"),
    ("payment_card", "Ich zahle sofort: 4973933200556, gültig bis 08/28", "4973933200556"),
    ("payment_card", "je règle tout de suite : 4973933200556, expire 08/28", "4973933200556"),
    ("payment_card", "pago ahora: 4973933200556, caduca 08/28", "4973933200556"),
    ("payment_card", "ik betaal nu: 4973933200556, geldig tot 08/28", "4973933200556"),
    # 10. a password that opens with letters in brackets
    ("secret", "SMTP_PASSWORD=(Qx)9#kLm", "(Qx)9#kLm"),
    # 11. a care institution's own reference
    ("medical_record", "Attached is the letter from the sleep clinic (their ref 4471209) about Tom.", "4471209"),
    ("medical_record", "Anbei der Bericht der Allergieambulanz (deren Zeichen 2019-508178).", "2019-508178"),
    ("medical_record", "Voici le compte rendu de la clinique d'allergologie (leur réf. 8349879).", "8349879"),
    ("medical_record", "Te paso el informe de la clínica de alergias (su ref. 8349879).", "8349879"),
    ("medical_record", "Hierbij de brief van de allergiepolikliniek (hun kenmerk 8349879).", "8349879"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round26_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. a date of history after a birth's word
    ("date_of_birth", "Shakespeare (born at Stratford) on 23 April 1564 wrote plays."),
    # 3. a customer's number beside the address
    ("passport", "Kunde: Max Roth\nAnschrift: Hauptstr. 3, 10115 Berlin\nKundennummer: 551782254"),
    ("passport", "Hotel check-in\nGuest: Tom Hale\nAddress: 3 High St, Leeds LS1 4AB\nID card no.: X1234567"),
    # 5. a phone's other attributes
    ("phone", '{"phone_model": "0472644089"}'),
    ("phone", '{"tel_id": "0472644089"}'),
    ("phone", "phone_count=0612345678"),
    # 6. a part's number
    ("phone", "the item whose part number is 6120.4471"),
    # 7. a system reports
    ("phone", "Das System meldet Fehler 08143903655"),
    # 9. a barcode's best-before date
    ("payment_card", "EAN 4973933200556, best before 08/28"),
    # 10. a tool's note as the whole value
    ("secret", "password = (sensitive value)"),
    ("secret", "password: (known after apply)"),
    # 11. a bill's or a booking's reference
    ("medical_record", "Invoice from the hospital car park (their ref 8349879)"),
    ("medical_record", "Your booking at the clinic hotel (their ref 8349879)"),
    # 12. a sentence's stop after the square's name, a version; a match's score
    ("street_address", "La bici de la calle de Alcalá no funciona; use la de la plaza de Colón. Firmware 1.20.51 desde ayer."),
    ("street_address", "La borne de la place Bellecour est en panne ; utilisez celle de la rue Victor-Hugo. Logiciel 2.3.9 installé."),
    ("street_address", "Oberliga, Runde 3: SC Bad Nauheim gegen TSV Schönau 4,5:3,5. Brett 2 remis."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round26_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# 4. the title's own number above the document's: the document's number alone is found
TITLED = [
    ("CONTRATO DE PRÉSTAMO CON GARANTÍA PRENDARIA n.º 374136551\nPrestatario: Luis Gil\n"
     "Domicilio: Calle Mayor 3, 28013 Madrid\nDocumento: pasaporte 739545309\nPrenda: cadena de oro", "739545309"),
    ("Contrat de prêt sur gage n° 374136551\nEmprunteur : Jean Roux\nAdresse : 8, rue Payet, 04309 Pascal\n"
     "Pièce d'identité : passeport 739545309", "739545309"),
]


@pytest.mark.parametrize("text,value", TITLED)
def test_round26_structured_title_number_is_no_passport(scanner: Scanner, text: str, value: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "passport"] == [("passport", value)]


# 12. the street keeps its house number and its abbreviation
WHOLE = [
    ("street_address", "Nueva dirección: Avda. Gral. Perón 10, 28020 Madrid", "Avda. Gral. Perón 10, 28020 Madrid"),
    ("street_address", "Neue Adresse: Lindenallee 4, 10115 Berlin", "Lindenallee 4, 10115 Berlin"),
]


@pytest.mark.parametrize("category,text,value", WHOLE)
def test_round26_structured_streets_keep_their_number(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == [(category, value)]
