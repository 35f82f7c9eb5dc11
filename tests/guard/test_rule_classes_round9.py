"""The rule classes fixed after the final bank's misses and false positives (issue 14, round 9). The
final bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on.

1. list items that open with a first name, then an age, a note in brackets or a phone number
   ("1. Alexander, 22, studeert ..."); a name addressed with a dash ("William - the courier ...");
   labels for emergency contacts, companions, members and line holders; "Handover from Rebecca";
   "Sesión abierta por Juliana";
2. values in XML elements (<NHSNumber>, <BirthDate>); "Pat.-ID"; a short note in brackets between
   a birth keyword and its date ("Geburtsdatum (zur Prüfung): ..."); "Ligne fixe", "Festnetz";
3. not people: a place and a thing in it ("Lyon Part-Dieu"), firms and products named after people
   ("Earl Grey", "Granny Smith", "Marqués de Riscal"), tunnels and bridges ("Piet Heintunnel"),
   day-care centres ("Kita Sonnenschein"), trusts; a bare "Platz 4" is a seat, not a street.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Kandidaten\n1. Alexander, 22, studeert bouwkunde – +32 470 12 34 56", "Alexander"),
    ("person", "Telefonkette\n3. Mia (Elternteil von Oskar) – 0151 2345678", "Mia"),
    ("person", "William - the courier rang twice, left the card through the door.", "William"),
    ("person", "Participant: Dana Chandler\nEmergency contact: Grace Lee, 020 7946 0958", "Grace Lee"),
    ("person", "Handover from Rebecca: the staging box still has a credential.", "Rebecca"),
    ("person", "Captura del historial:\nSesión abierta por Juliana desde 10.0.0.1.", "Juliana"),
    ("medical_record", "<Patient>\n  <NHSNumber>943 476 5919</NHSNumber>\n</Patient>", "943 476 5919"),
    ("date_of_birth", "<Patient>\n  <BirthDate>17 July 1978</BirthDate>\n</Patient>", "17 July 1978"),
    ("medical_record", "Herr Dr. Burgstaller, Pat.-ID K0752491 – Mo/Mi/Fr 06:30", "K0752491"),
    ("date_of_birth", "Anschlussinhaber/in: Tiffany Taucher\nGeburtsdatum (zur Prüfung): 11.10.1971", "11.10.1971"),
    ("phone", "Titulaire : Monsieur Conrad\nLigne fixe : 0237645753", "0237645753"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round9_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Train to Lyon Part-Dieu at 08:04, platform 3.",
    "Tea: Earl Grey, apples: Granny Smith, wine: Marqués de Riscal.",
    "Stau vor dem Piet Heintunnel.",
    "Abholberechtigung Kita Sonnenschein, Gruppe Igel",
    "Contributions to the Hayes Master Trust rise in April.",
    "Dialyse Mo/Mi/Fr 06:30, Platz 4",
    "wg0: Peer entfernt, Port 51820",
    "1. Paris, 12 stores (closed on Sunday)",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round9_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] in ("person", "street_address")] == []
