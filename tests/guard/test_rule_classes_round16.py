"""The person rule classes fixed after the quarry bank's misses and false positives (issue 14,
round 16). The quarry bank was written by an engineer who never saw the rules; it was measured
once with round 15 (the honest figure in docs/guard.md), then tuned on. Each class is tested with
variants the bank did not use and with look-alikes that must stay clean.

1. people: a name after an article that belongs to the noun before it ("un Bizum de ...", "un
   virement de ..."), the labels of name-and-surname fields and of surnames alone ("Nombre y
   apellidos:", "Nachname:", "Name, Vorname: Rogner, Ingetraud"), the officers of minutes
   ("Presidente:", "Versammlungsleitung:", "Penningmeester:"), those labels after a sentence on
   their line ("... Interviewers: Marcus, Jolene"), a name that is also a place among the excused
   ("Apologies: Florence"), a name after a person's kin, belonging or occasion ("la excursión de
   Gaspar", "de gymtas van Sarah", "die Mutter von Lisa"), the addressee above a postal address, a
   middle name before a surname that is a place word after a label ("Patient: Andrea Diane Hill");
2. not people: a route between two places after a dash ("Madrid – Lisboa"), a citation of title,
   author and ISBN with no publisher, a capitalised title joined to its author ("Max Havelaar van
   Multatuli, ISBN ..."), and what earlier rounds kept clean: a thing named after someone after an
   article ("the 'Isambard Kingdom Brunel' set", "The Churchill War Rooms").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Te ha llegado un Bizum de Carmen Ruiz por 15,00 €.", "Carmen Ruiz"),
    ("person", "Vous avez reçu un virement de Claire Dubois.", "Claire Dubois"),
    ("person", "Nom et prénom : Gwenaëlle Kerhervé\nNationalité : française", "Gwenaëlle Kerhervé"),
    ("person", "Vor- und Nachname: Ingetraud Rogner\nGeburtsort: Linz", "Ingetraud Rogner"),
    ("person", "Name, Vorname: Rogner, Ingetraud\nGeburtsort: Linz", "Rogner, Ingetraud"),
    ("person", "Apellidos y nombre: Urquijo Zabaleta, Itziar\nDNI: pendiente", "Urquijo Zabaleta, Itziar"),
    ("person", "Nachname: Oestrovsky\nVorname: Gerdi", "Oestrovsky"),
    ("person", "Achternaam: Jorlink\nVoornamen: Ayden Pieter", "Jorlink"),
    ("person", "Sitzungsleitung: Ekkehard\nTOP 1: Kassenbericht", "Ekkehard"),
    ("person", "Penningmeester: Femke\nPunt 1: begroting", "Femke"),
    ("person", "Trésorière : Bernadette\nPoint 1 : budget", "Bernadette"),
    ("person", "Tesorera: Rocío\n1. Cuentas del año", "Rocío"),
    ("person", "Interview booked for Tuesday. Interviewers: Marcus, Jolene.", "Jolene"),
    ("person", "Present: Tom, Priya\nApologies: Florence\n1. Budget", "Florence"),
    ("person", "Anwesend: Jonas, Mia\nEntschuldigt: Victoria\nTOP 1: Haushalt", "Victoria"),
    ("person", "la mochila de Lucía se quedó en clase", "Lucía"),
    ("person", "Le cartable de Chloé est resté à l'école.", "Chloé"),
    ("person", "Die Jacke von Jonas hängt noch im Flur.", "Jonas"),
    ("person", "die Mutter von Lisa hat angerufen", "Lisa"),
    ("person", "de regenjas van Daan ligt nog op school", "Daan"),
    ("person", "Wiltrud Wixforth\nRue du Marché 12\n1204 Genève", "Wiltrud Wixforth"),
    ("person", "Ortrud Tiedgen\nKerkstraat 12\n3512 AB Utrecht\n\nBetreft: opzegging", "Ortrud Tiedgen"),
    ("person", "Patient: Sarah Louise Hill    MRN: 448812", "Sarah Louise Hill"),
    ("person", "Bestelling: Jan Peter van Dijk, ISBN 978-90-234-1234-5, 2 stuks", "Jan Peter van Dijk"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round16_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Zug ICE 578 Berlin – Hamburg",
    "Der Zauberberg, Thomas Mann, ISBN 978-3-596-29433-6.",
    "De Avonden van Gerard Reve, ISBN 978-90-234-1234-5",
    "Het Achterhuis van Anne Frank, ISBN 978-90-446-2345-1, weer op voorraad.",
    "Leitung: Berlin\nModeration: Paris",
    "Present: Berlin office, Paris office",
    "The Churchill War Rooms open at 9:30.",
    "the 07:42 is formed of the 'Isambard Kingdom Brunel' set today",
    "Stadtwerke München\nEmmy-Noether-Straße 2\n80992 München",
    "Family name: Bank of America",
    "Siemens SE meldet Rekordumsatz",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round16_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
