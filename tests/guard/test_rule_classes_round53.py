"""The person rule classes fixed after the tuya and sabkha banks' misses and false persons (issue 14, round 53,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a sign-up list's items, ticked, crossed or questioned ("✅ Jolien", "❔ Arturo (si no llueve)", "- Malte ✓",
   "- Priya ✔");
2. a child's name on a lost thing: quoted and embroidered or written on it ("Jacke, „Frieda“ eingestickt", "gilet,
   « Maël » brodé", "jas, ‘Daan’ geborduurd", "gorra con «Lucía» bordado"), or the thing labelled with it ("a lunch
   box labelled with Oscar's name");
3. not people: a transcript's answer that opens with a function word after the caller's or the employee's label
   ("Appelant : Le 16.01.2002.", "Medewerker: Mag ik ...", "Llamante: El 6 de junio"), a German preposition and a
   noun opening a sentence ("Bei Fieber über 38 °C ..."), an institution alone as a client's value ("Cliente:
   Ayuntamiento, a la atención de ..."), firms named after their trade ("Second Chance Furniture", "Ordination
   Wien-Favoriten", "Bestattungshaus Fliegner", "Physio Gym"); a vessel's kind right before its name ("the trawler
   Mary Ellen", "die Fähre Anna Lena") and a hall named after someone ("el salón de actos Clara Campoamor"); a pet's
   species as a patient's value ("Patient: Kater „Moritz“"); a CI server's job ("Job Jenkins", "Job de Jenkins").

Of the 32 cases below (9 to catch, 17 things to leave alone, 6 people to keep), 23 fail on round 52.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a sign-up list
    ("person", "Rit zondag – groep 1\n✅ Jolien\n✅ Pieter de Graaf\n❓ Wout (als het droog blijft)", "Jolien"),
    ("person", "Salida del sábado\n✔️ Ana Gil\n❔ Arturo (si no llueve)", "Arturo"),
    ("person", "RTF Samstag\n- Malte ✓\n- Xaver Huber ✓", "Malte"),
    ("person", "Saturday ride sign-ups\n- Priya ✔\n- Tom Hale ✔ (bringing a friend)", "Priya"),
    # 2. a name on a lost thing
    ("person", "2024-03-01 | Jacke, „Frieda“ eingestickt | Turnhalle | Vater angerufen", "Frieda"),
    ("person", "03/03/2024 | gilet, « Maël » brodé | préau | non réclamé", "Maël"),
    ("person", "4 maart 2024 | jas, ‘Daan’ geborduurd | gymzaal | niet opgehaald", "Daan"),
    ("person", "Objetos perdidos: gorra con «Lucía» bordado, en conserjería.", "Lucía"),
    ("person", "A lunch box labelled with Oscar's name was left in the hall.", "Oscar"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round53_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Secrétariat : Votre date de naissance ?\nAppelant : Le 16.01.2002.\nSecrétariat : Merci.", "Le"),
    ("Medewerker: Mag ik uw geboortedatum ter controle?\nKlant: 10-01-1990", "Mag"),
    ("Administrativo: ¿Su fecha de nacimiento?\nLlamante: El 6 de junio de 2002.", "El"),
    ("Behandelnde Ärztin: Frau Bartl\nBei Fieber über 38 °C bitte sofort anrufen.", "Bei"),
    ("Cliente: Ayuntamiento, a la atención de Sra. Santamaria", "Ayuntamiento"),
    ("COLLECTION SLIP - Second Chance Furniture\nDonor: Mrs Sanchez", "Second"),
    ("Sprache-zu-Text, Ordination Wien-Favoriten: Anruferin nennt ihre Nummer", "Ordination"),
    ("Auftraggeber: Bestattungshaus Fliegner\nTrauerfeier: 19.07.2020", "Bestattungshaus"),
    ("Checklist\n✅ Backup\n✅ Docker\n❌ Paris", "Paris"),
    ("Berths this week: the trawler Mary Ellen on the north quay, the ferry Brunel at berth 3.", "Mary"),
    ("Die Fähre Anna Lena fällt heute aus.", "Anna"),
    ("La junta se celebrará en el salón de actos Clara Campoamor a las 19:00.", "Clara"),
    ("Rechnung RE789 – Tierarztpraxis am Deich\nPatient: Kater „Moritz“, 11 J.", "Kater"),
    ("Physio Gym timetable from 26 November", "Physio"),
    ("Salón parroquial San Roque – tarifas de alquiler", "Salón"),
    ("nœud rabbit@mq-prod-3. Job Jenkins deploy-relances #6630 annulé au commit 66aa", "Jenkins"),
    ("nodo rabbit@mq-prod-1. Job de Jenkins deploy-avisos #6821 revertido", "Jenkins"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round53_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Kunde: Pero Horvat", "Pero Horvat"),
    ("Klant: Bas de Vries", "Bas de Vries"),
    ("Per Olsen called about the invoice.", "Per Olsen"),
    ("Nach Rücksprache mit Anna Weber geht es weiter.", "Anna Weber"),
    ("Ask the captain Mary Ellen about the mooring.", "Mary Ellen"),
    ("Reserva la sala, Marta López", "Marta López"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round53_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
