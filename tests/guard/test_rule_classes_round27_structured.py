"""The structured rule classes fixed after the tarn and moraine banks' misses and false positives
(issue 14, round 27). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. records: a care provider's records, then their number alone in brackets ("GP records (...)",
   "hospital notes (...)", "Krankenakte (...)", "Hausarztakte (...)", "dossier du médecin traitant
   (...)", "historial médico (...)", "expediente clínico (...)", "huisartsdossier (...)", "medisch
   dossier (...)"); the number was read as a phone before; a record company's records, a period of
   years in the bracket and a number that is not alone in it stay clean;
2. phones: a phone asked for in a dialogue, the number the next line's answer after a speaker's
   label that is no phone word ("Agente: ¿Y un teléfono de contacto?\\nCliente: 824749855",
   "Unter welcher Nummer sind Sie erreichbar?\\nKundin: ..."); a question for an order's, a
   customer's or a contract's number stays clean;
3. phones: a contact's label with a clause that says when to use it, then a name and the number
   ("Emergency contact while the owner is away: Ann Hale, 07700...", "Notfallkontakt während der
   Klassenfahrt: ...", "Personne à prévenir pendant le séjour : ...", "Contacto de emergencia
   mientras ...", "Noodcontact tijdens ..."); another label with a clause ("Order reference while
   ...") and a contact label before a reference stay clean;
4. cards: a shipment's or an order's "code" as the label ("trackingcode", "tracking code",
   "Sendungscode", "ordercode", "referentiecode"): a parcel's code, no card; a card named before
   its number stays a card;
5. streets: a German or Dutch compound in "-feld"/"-veld" that names a field of study or of work
   in a curriculum ("Lernfeld 7", "Handlungsfeld 3", "Themenfeld 2", "Werkveld 3"), also after "Im";
   a street's "Am Sportplatz 3, 10115 Berlin" and "Hauptstraße 5" stay streets;
6. streets: a country's mission (embassy, consulate, high commission) named before its address,
   with the country and the town in capitalised words and small words, maybe in brackets after it
   ("The Embassy of Spain in London (39 Chesham Place)", "Botschaft der Republik Polen
   (Lassenstraße 19)", "Consulat général de France à Genève (12, rue ...)", "Consulado de México en
   Barcelona (Paseo ... 55)", "Ambassade van België in Den Haag (Kortekade 5)"); a person's home
   near an embassy ("my friend at the embassy lives at ...") stays an address.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a care provider's records, their number in brackets
    ("medical_record", "Assessor's note: the GP records (204 771 3390) mention an old knee injury.", "204 771 3390"),
    ("medical_record", "Claim review: hospital notes (K-4471209) confirm the fracture.", "K-4471209"),
    ("medical_record", "Gutachten: Laut Krankenakte (4471209) keine Vorerkrankung am Knie.", "4471209"),
    ("medical_record", "Die Hausarztakte (4471 2098) wurde angefordert.", "4471 2098"),
    ("medical_record", "Expertise : le dossier du médecin traitant (4471209) ne signale rien.", "4471209"),
    ("medical_record", "Peritaje: el historial médico (4471209) no recoge lesiones previas.", "4471209"),
    ("medical_record", "Según el expediente clínico (2019-508178) no hubo ingreso.", "2019-508178"),
    ("medical_record", "Beoordeling: het huisartsdossier (4471209) vermeldt geen klachten.", "4471209"),
    ("medical_record", "Het medisch dossier (2023-004417) is opgevraagd.", "2023-004417"),
    # 2. a phone asked for in a dialogue, answered on the next line
    ("phone", "Agente: Perfecto. ¿Me deja un teléfono de contacto?\nClienta: 654321098", "654321098"),
    ("phone", "Mitarbeiter: Unter welcher Nummer sind Sie tagsüber erreichbar?\nKundin: 03012345678", "03012345678"),
    ("phone", "Conseiller : Et un numéro de portable pour le livreur ?\nClient : 0612345678", "0612345678"),
    ("phone", "Medewerker: Op welk telefoonnummer kunnen we u terugbellen?\nKlant: 0612345678", "0612345678"),
    ("phone", "Operator: And a mobile number for the driver?\nCustomer: 79717213", "79717213"),
    # 3. a contact's label with a clause that says when
    ("phone", "Emergency contact during the school trip to Wales: Ann Hale, 07700900123", "07700900123"),
    ("phone", "Notfallkontakt während der Klassenfahrt nach Prag: Jonas Roth, 01712345678", "01712345678"),
    ("phone", "Personne à prévenir pendant le séjour à l'étranger : Léa Morel, 0612345678", "0612345678"),
    ("phone", "Contacto de emergencia mientras el propietario esté fuera: Ana Gil, 612345678", "612345678"),
    ("phone", "Noodcontact tijdens de vakantie van de eigenaar in Spanje: Sanne Smit, 0612345678", "0612345678"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round27_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


# the record's number was read as a phone before: it is no phone now
def test_round27_structured_records_number_is_no_phone(scanner: Scanner) -> None:
    text = "Assessor's note: the GP records (204 771 3390) mention an old knee injury."
    assert [h for h in found(scanner, text) if h[0] == "phone"] == []


# 4-6: flagged before, clean now
CLEARED = [
    # 4. a shipment's or an order's code
    ("payment_card", "Uw pakket is onderweg, trackingcode 4900856147252314, bezorging morgen."),
    ("payment_card", "Ihr Paket: Sendungscode 4900856147252314, Zustellung am Montag."),
    ("payment_card", "Your parcel's tracking code is 4900856147252314."),
    ("payment_card", "Bestelling geplaatst, ordercode 4900856147252314."),
    # 5. a field of study or of work
    ("street_address", "Stundenplan: Mittwoch Lernfeld 5 Elektrotechnik, Donnerstag Sport."),
    ("street_address", "Im Handlungsfeld 3 Kundenaufträge planen die Azubis selbst."),
    ("street_address", "Prüfungsstoff: Themenfeld 2 Wirtschaft und Recht."),
    ("street_address", "Stage: Werkveld 3 Zorg en welzijn, week 12."),
    # 6. a country's mission before its address
    ("street_address", "The Embassy of Spain in London (39 Chesham Place) will be closed on Monday."),
    ("street_address", "Die Botschaft der Republik Polen (Lassenstraße 19) bleibt am Freitag geschlossen."),
    ("street_address", "Le Consulat général de France à Genève (12, rue du Mont-Blanc) sera fermé."),
    ("street_address", "El Consulado de México en Barcelona (Paseo de la Bonanova 55) cierra el lunes."),
    ("street_address", "De Ambassade van België in Den Haag (Kortekade 5) is dinsdag dicht."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round27_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


NEAR_MISSES = [
    # 1. a record company's records, a period of years, a number not alone in the bracket
    ("medical_record", "Sony records (4471209) released the single."),
    ("medical_record", "GP records (2019-2021) were reviewed."),
    ("medical_record", "The hospital records (see page 44712) are attached."),
    # 2. a question for another number
    ("phone", "Agente: ¿Me da el número de pedido?\nCliente: 824749855"),
    ("phone", "Agent: What is the serial number of the phone?\nCustomer: 824749855"),
    ("phone", "Mitarbeiter: Wie lautet Ihre Kundennummer für den Handyvertrag?\nKunde: 824749855"),
    # 3. another label with a clause; a reference after a contact's label
    ("phone", "Order reference while the warehouse is being moved: Acme Widgets, 01414960078"),
    ("phone", "Emergency contact while the owner is abroad: see the booking form, ref 01414960078"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round27_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# 4-6: the attacker's variants that stay found
KEPT = [
    ("payment_card", "Pago con tarjeta 4900856147252314, código de pedido 1234", "4900856147252314"),
    ("street_address", "Am Sportplatz 3, 10115 Berlin", "Am Sportplatz 3, 10115 Berlin"),
    ("street_address", "Neue Anschrift: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
    ("street_address", "My friend at the embassy lives at 39 Chesham Place", "39 Chesham Place"),
    ("street_address", "Write to me (39 Chesham Place) after I leave the embassy", "39 Chesham Place"),
]


@pytest.mark.parametrize("category,text,value", KEPT)
def test_round27_structured_variants_stay_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
