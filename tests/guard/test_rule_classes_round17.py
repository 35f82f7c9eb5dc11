"""The person rule classes fixed after the harbor and lantern banks' misses and false positives
(issue 14, round 17). Both banks were written by engineers who never saw the rules; each was
measured once with round 16 (the honest figures in docs/guard.md), then tuned on. Each class is
tested with variants the banks did not use and with look-alikes that must stay clean.

1. not people (public figures and things): an office of state before a full name, capitalised or
   not ("Premier ...", "la presidenta ...", "Bundesrätin ..."), a monarch after a royal title
   ("le roi Philippe"), an office in apposition with its city or body ("..., the Mayor of London,"),
   a sports record, a prize named after someone ("Georg-Büchner-Preis") or a declined German role
   ("an den Lyriker ..."), a citation with its author first ("Harry Mulisch, De aanslag, De Bezige
   Bij, ISBN ..."), an institution compound ("Universitätsklinikum Carl Gustav Carus"), a station
   named by two places ("London Victoria"), a name joined by an en dash to a place ("Atocha–Almudena
   Grandes"), a greeting after a speaker's label ("Kunde: Guten Tag, ..."), a heading ("Farmacia,
   dispensación");
2. people: a list of first names in running text ("reply slips for David, Fionntan and Kathy"), a
   summary's bullet that opens with who did what ("• Roberta pide ..."), a reflexive "se" after a
   name ("Graciana se encarga"), the particulars after a name (a birth date, the legal age, an
   identity number: "Epifanio, con fecha de nacimiento ...", "Azeneth Espinosa, mayor de edad"),
   a belonging that is a document ("l'autorisation de Nolan"), "Afwezig m.k.:", the name in a
   record that also holds a phone or a birth date ("name": "Friedhold Hauffer"), a signature block
   after a blank line, a place word as a surname after a label ("Employee: Elizabeth Hill").
   A private person's office stays a person: "Our president John Smith will call you".
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Please collect the consent forms for Oliver, Amelia and Harry by Friday.", "Amelia"),
    ("person", "Nos faltan las fichas de Lucía, Mateo y Valeria para la salida.", "Lucía"),
    ("person", "Samenvatting:\n- Sanne belt de leverancier morgen terug.", "Sanne"),
    ("person", "Zusammenfassung:\n* Jonas schickt die Folien bis Freitag.", "Jonas"),
    ("person", "Reparto de tareas: Fortunata se ocupa del catering.", "Fortunata"),
    ("person", "Le dossier de Marguerite, date de naissance 03/04/1952, est complet.", "Marguerite"),
    ("person", "De otra parte, Xiomar Pizarro, mayor de edad, con DNI 12345678Z.", "Xiomar Pizarro"),
    ("person", "Il manque l'inscription de Théo pour la sortie.", "Théo"),
    ("person", "Notulen\nAanwezig: Sanne, Pieter\nAfw. m.k.: Ruben\nPunt 1", "Ruben"),
    ("person", '{"name": "Zorion Wixforth", "dob": "1961-04-02", "ward": "C3"}', "Zorion Wixforth"),
    ("person", "id;name;tel\n7;Eskarne Quensel;+49 30 9876543", "Eskarne Quensel"),
    ("person", "Cordialement,\n\nZorion Pivert\nService achats", "Zorion Pivert"),
    ("person", "Beneficiary: Elizabeth Hill (policy 88123)", "Elizabeth Hill"),
    ("person", "Rosalía se ocupa del catering.", "Rosalía"),
    ("person", "Our president John Smith will call you on Monday.", "John Smith"),
    ("person", "Unser Präsident Hans Müller lädt zur Versammlung ein.", "Hans Müller"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round17_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Le Premier ministre Gabriel Attal a présenté le budget.",
    "Ministerpräsident Markus Söder eröffnete die Messe.",
    "El presidente Pedro Sánchez viajó a Bruselas.",
    "De koning Willem-Alexander opende het museum.",
    "La reina Letizia visitó el hospital.",
    "Anne Hidalgo, maire de Paris, a inauguré la piste cyclable.",
    "Usain Bolt still holds the 100 m world record.",
    "Der Deutsche Buchpreis geht an die Autorin Martina Hefter.",
    "Cees Nooteboom, Rituelen, De Arbeiderspers, ISBN 978-90-295-1234-5.",
    "Das Städtische Klinikum Karl Thiem eröffnet eine neue Station.",
    "Platform 9 at London Victoria is closed this weekend.",
    "Neue Haltestelle Bahnhof–Konrad Adenauer: Umleitung ab Montag.",
    "Kundin: Guten Morgen, meine Bestellung fehlt.",
    "Apotheek, uitgifte\nMedicatie: 20 tabletten",
    "Changes\n\n* Use a faster parser",
    "* CR (Cédula de Residencia, Costa Rica foreigners ID number)",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round17_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
