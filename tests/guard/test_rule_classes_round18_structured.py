"""The structured rule classes fixed after the meadow and summit banks' misses (issue 14, round
18). Both banks wrote passports under labels that name only a document or a number, so a
passport is now read from its shape and its record, not only from its label; each case below is
worded differently from the banks:

1. a passport-shaped value (the formats countries issue: nine digits, one or two letters and six
   to eight digits, Germany's C and eight characters, France's 2+2+5, Spain's 3+6, the
   Netherlands' 2+6+1) whose own label names a passport, an identity or travel document or only
   a number, or that stands in a table's cell or under its label on the line above, in a record
   that speaks of travel or identity (a flight, a hotel's guest, a border, nationality, issue,
   expiry, KYC), or of an identity document beside its holder's birth date; in a sentence, a
   passport's or an identity document's word in it. Another thing's label (a booking, a ticket,
   a seat, a phone, an order, a frequent flyer's number) keeps the value out, and so does a bill;
2. a birth date after DDN or "naiss." in running text, after a star that follows a name (a star
   at a line's start is a bullet), and in an airline's SSR DOCS record;
3. records: a number sign written against its number ("Pt #44712093"), a unit number near care,
   an imaging report as care, a file's or a case's column beside the rows' birth dates;
4. phones: a call's verb in the past ("reached on", "llamó desde el", "a appelé du"), Spanish
   "Tfno."/"Tlf", a column with its abbreviation's full stop ("Tel."), a key whose last part names
   a phone ("emergency_tel");
5. a thirteen-digit card (shaped like a barcode) after a compound of the card's word and the
   number's ("Kartennummer", "kaartnummer"); a loyalty card's ("Kundenkartennummer") stays a barcode.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a passport by its shape and its record
    ("passport", "Check-in desk\nDocument\nX1234567\nNationality: Swiss", "X1234567"),
    ("passport", "KYC ok: doc_type=P doc_no=C01X00T47 nationality=DEU", "C01X00T47"),
    ("passport", "ts=2025-01-02 svc=border-control doc_kind=P doc_number=123456789 status=ok", "123456789"),
    ("passport", "IDENTITY DOCUMENT\nNo.\n123456789\nIssuing country\nIreland", "123456789"),
    ("passport", "Gästeliste Hotel Adler\nGast | Ausweis-Nr. | Anreise\nJonas Roth | C01X00T47 | 03.04.", "C01X00T47"),
    ("passport", "Registro de huéspedes\nNombre: Ana Gil\nNº doc.: PAB123456\nNacionalidad: española", "PAB123456"),
    ("passport", "Datos del titular\nNombre: Ana Gil\nDocumento: PAB123456\nNacionalidad: española", "PAB123456"),
    ("passport", "Boekingsbevestiging vlucht KL 1234\nReiziger: Els de Vries\nNummer: NW92BB471", "NW92BB471"),
    ("passport", "Ausgelesene Daten (Scan)\nName: Jonas Roth\nGeburtsdatum: 03.04.1971\nDokumentnummer: C01X00T47",
     "C01X00T47"),
    ("passport", "Contrôle d'identité : Mme Roux a présenté son passeport, numéro 18AB23456, valide.", "18AB23456"),
    ("passport", "Contrôle d'identité à l'embarquement : document 18AB23456 présenté par Mme Roux.", "18AB23456"),
    ("passport", "Reisepass\nNr.  L1234567\nGültig bis 2031", "L1234567"),
    ("passport", "Flight LX 318 ZRH-LHR\nPass: 123456789 (exp. 2031)", "123456789"),
    # 1. an identity document's key beside its holder's birth date, in JSON
    ("passport", '{"client": "Ana Gil", "document": "PAB123456", "date_of_birth": "1971-04-03"}', "PAB123456"),
    ("passport", '{"klant": "Els de Vries", "geboortedatum": "03-04-1971", "identiteitsbewijs": "NW92BB471"}', "NW92BB471"),
    # 1. a passport's compound short form ends no sentence
    ("passport", "Passagier: Els de Vries (paspoortnr. AB1234567, stoel 3A).", "AB1234567"),
    ("passport", "SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/03APR71/F/12MAY30/ROTH/ANNA", "C01X00T47"),
    # 2. birth dates
    ("date_of_birth", "SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/03APR71/F/12MAY30/ROTH/ANNA", "03APR71"),
    ("date_of_birth", "Compte rendu pour M. Roux (DDN 03/04/1971), à revoir.", "03/04/1971"),
    ("date_of_birth", "Inscription : Léa Roux, naiss. 3 avril 1971, classe de CM2.", "3 avril 1971"),
    ("date_of_birth", "Teilnehmerliste: Jonas Roth, * 03.04.1971, Mitglied seit 2010", "03.04.1971"),
    ("date_of_birth", "Befund (Fall-Nr. 2024-118832, * 3. April 1971): unauffällig.", "3. April 1971"),
    # 3. records
    ("medical_record", "Consultation note, Patient #44712093: seen in clinic today.", "44712093"),
    ("medical_record", "Röntgen Thorax\nPat.: Herr Roth | Unit number: 44712093\nBefund: unauffällig", "44712093"),
    ("medical_record", "nom;date de naissance;n° dossier\nLéa Roux;03/04/1971;447120", "447120"),
    ("medical_record", "Nombre|N.º expediente|Planta\nAna Gil|HC-447120|3 (hospital)", "HC-447120"),
    # 4. phones
    ("phone", "She can be reached at 8383 4314 after six.", "8383 4314"),
    ("phone", "El cliente llamó desde el 612345678 esta mañana.", "612345678"),
    ("phone", "Datos de contacto\nTlf: 912345678", "912345678"),
    ("phone", "Name\tAbt.\tTel.\nJonas Roth\tEinkauf\t0301234567", "0301234567"),
    ("phone", '{"name": "Els", "emergency_tel": "0612345678"}', "0612345678"),
    # 5. a thirteen-digit card named by a compound of the card's and the number's word
    ("payment_card", "Im Protokoll stand die Kreditkartennummer 4035593661327 im Klartext.", "4035593661327"),
    ("payment_card", "Graag de kaartnummer 4035593661327 nakijken.", "4035593661327"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round18_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # another thing's number in a record about travel: a booking, a ticket, a seat, an order, a
    # frequent flyer's, a booking code, a room, a phone
    ("passport", "Flight LH 400 confirmed.\nBooking reference: 123456789\nSeat 14C"),
    ("passport", "Ticket number: 220123456\nFlight BA 117, gate B12"),
    ("passport", "Vol AF 1234 - n° de réservation 123456789, siège 12A"),
    ("passport", "Vuelo IB 3456\nLocalizador: ABC123456"),
    ("passport", "Frequent flyer no.: AB1234567 (flight LH 400)"),
    ("passport", "Hotel Adler, Anreise 3.4.\nZimmer-Nr.: 123456789"),
    ("passport", "Hotel check-in\nTel: 612345678"),
    ("passport", "Your order 123456789 has been shipped to your hotel."),
    ("passport", "Flight LH 400\nFlight number: LH4001234"),
    # a travel word in a sentence does not make a number a passport; a bill's document
    ("passport", "Release 123456789 of the airline app fixes the boarding screen."),
    ("passport", "Hotel Adler - Rechnung\nDokumentnummer: C01X00T47\nAnreise: 3.4."),
    # a document's number with neither travel, identity nor its holder's birth date near it
    ("passport", "Lieferschein\nDokumentnummer: AB1234567\nMenge: 12"),
    # another identity document's number: an ID card's, a driving licence's
    ("passport", "Reisepass liegt vor.\nPersonalausweis\nDokumentnummer: C01X00T47"),
    ("passport", "Führerschein\nName: Jonas Roth\nGeburtsdatum: 03.04.1971\nDokumentnummer: C01X00T47"),
    ("passport", "Hotel check-in\nID card no.: X1234567"),
    # shapes that are no passport's: an IBAN, a version, a postcode, a BSN under its name
    ("passport", "Hotel Adler\nIBAN: NL91ABNA0417164300"),
    ("passport", "Check-in app v2.123456789 released"),
    ("passport", "Hotelgast\nAdres: Dorpsstraat 12, 1234 AB Amsterdam"),
    ("passport", "Hotelgast\nBSN: 123456782"),
    # a star at a line's start is a bullet; an old date after DDN is history
    ("date_of_birth", "Release notes\n* 2024-01-01 first release"),
    ("date_of_birth", "Registre paroissial : Jean Roux, DDN 3 avril 1642"),
    # a number sign against another thing's number, a unit number with no care near it
    ("medical_record", "Ticket #44712093: printer jam on floor 3"),
    ("medical_record", "Apartment complex\nUnit number: 44712093\nParking: B12"),
    # a file's column with neither birth dates nor care
    ("medical_record", "Kunde;Dossiernr;Betrag\nJonas Roth;447120;12,50"),
    # a past call's verb before another thing's number
    ("phone", "Der Kunde called about order 12345678."),
    ('phone', '{"hotel": "Adler", "excel_cell": "A123456789"}'),
    # a loyalty card's number is its barcode, not a payment card's
    ("payment_card", "Ihre Kundenkartennummer 4035593661327 wurde registriert."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round18_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
