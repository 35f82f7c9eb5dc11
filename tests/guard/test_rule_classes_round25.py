"""The person rule classes fixed after the delta and atoll banks' misses and false positives
(issue 14, round 25). Each case below is worded differently from the banks, in the five
languages, with near misses that must stay as they were:

1. a name's own label with other words in it ("Prénom donné par l'appelant :", "Nombre
   facilitado:", "Name given:"): what follows is a name even where the lists know the word as a
   place or a word; a thing's label is read on its own line and as whole words only (the "app" of
   "l'appelant" made it a thing's label);
2. an age after a first name in clinical shorthand ("S: Paul, 34, R hamstring", "Ruth, 28 a.,",
   "Boris, 22 jr,");
3. inclusive greeting forms with a slash ("Liebe/r Diana,", "Querido/a Lucía:");
4. a household's employer: a private person's full name after an employer's label ("Employeur :
   Philippe Gillièron", "Arbeitgeber: Andrea Riedmann, ..."); a surname alone or a firm stays a firm;
5. a relative clause only a person takes ("Alyssa, who has been with us", "Julien, qui vous
   rappellera");
6. chat exports' headers with the time and a colon on the message's line ("Donna 07:12: hi!"), a
   channel before the speaker ("#team-42 Elaine: pushed ..."); tradespeople's labels
   ("Operative:", "Monteur:", "Technicien :", "Técnico:", "Loodgieter:");
7. not people: church titles (cardinal, archbishop) before a name; lodgings named like people
   ("Gîte du Lavoir"), "Wi-Fi", "Numéro"; ships after their prefix in capitals ("MV Adelaide Star",
   "MY Blue Spirit"; "Ms" is a title); youth teams ("Austin Boys"); a gate's or a door's compass
   word ("Tor Nord"); a peer's name before a hall ("Lord Nelson Hall"); a dive shop speaking in a
   chat ("Blue Reef Divers 07:20:"); a form's field words opening a line ("Job:", "Status:").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a name's own label
    ("person", "Helpline log\nDate: 4 May 2026\nName given by the caller: Grace\nCall back on: +44 20 7946 0958", "Grace"),
    ("person", "Ligne d'écoute\nDate : 4 mai 2026\nPrénom donné par l'appelant : Claire\nRappel : 06 12 34 56 78", "Claire"),
    ("person", "Llamada\nFecha: 4 de mayo de 2026\nNombre facilitado: Rubén\nContacto: 612 345 678", "Rubén"),
    ("person", "Anruf\nDatum: 4. Mai 2026\nVorname angegeben: Jonas\nRückruf: 030 1234567", "Jonas"),
    # 2. an age in clinical shorthand
    ("person", "S: Paul, 34, R knee pain after squats", "Paul"),
    ("person", "Notas: Ruth, 28 a., dolor lumbar", "Ruth"),
    ("person", "SOEP: Boris, 22 jr, enkelverstuiking", "Boris"),
    # 3. inclusive greetings
    ("person", "Liebe/r Diana,\n\nvielen Dank für Ihre Nachricht.", "Diana"),
    ("person", "Querido/a Lucía:\n\nGracias por tu mensaje.", "Lucía"),
    # 4. a household's employer
    ("person", "Déclaration CESU\nEmployeur : Philippe Girard\nSalariée : Sophie Martin", "Philippe Girard"),
    ("person", "Minijob-Anmeldung\nArbeitgeber: Andrea Keller, Lindenweg 4, 79098 Freiburg", "Andrea Keller"),
    ("person", "Empleados de hogar\nEmpleador: Violeta Bustos Zabaleta\nEmpleada: Ana Ruiz", "Violeta Bustos Zabaleta"),
    # 5. a relative clause
    ("person", "Your cleaner will be Alyssa, who has been with us for four years.", "Alyssa"),
    ("person", "Votre conseiller sera Julien, qui vous rappellera demain.", "Julien"),
    # 6. chat headers, channels, tradespeople
    ("person", "Donna 07:12: hi! is the boat still leaving at 8?", "Donna"),
    ("person", "#ops-alerts Elaine: restarted the worker, please check", "Elaine"),
    ("person", "JOB 2291 | Operative: Mohammed | Access after 10am", "Mohammed"),
    ("person", "Auftrag 2291\nMonteur: Jens\nZugang ab 10 Uhr", "Jens"),
    ("person", "Intervention 2291\nTechnicien : Karim\nAccès après 10 h", "Karim"),
    ("person", "Parte 2291\nTécnico: Álvaro\nAcceso a partir de las 10", "Álvaro"),
    ("person", "Werkbon 2291\nLoodgieter: Bram Jansen\nToegang na 10 uur", "Bram Jansen"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round25_person_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Parish newsletter: confirmations with Cardinal Vincent Nichols next Sunday.",
    "La parroquia celebra las confirmaciones con el cardenal José Cobo.",
    "Réservation confirmée - Gîte du Moulin\nArrivée : samedi 16 h",
    "Règlement : Wi-Fi Gite-Lavoir, code affiché à l'entrée.",
    "Dive trip to the wreck leaves at 08:00 on the MV Victoria Star; max 18 divers.",
    "Bootsliste - MY Blue Spirit\nAbfahrt 8 Uhr",
    "Beste ouders, JO11-2 speelt zaterdag uit tegen Camden Boys.",
    "2026-04-14 22:14:07 Tor Nord geöffnet per App",
    "Allotment society AGM, Lord Nelson Hall, 7pm.",
    "Blue Reef Divers 07:20: Yes, 8:00 sharp from the harbour",
    "Job: certified translation DE>EN, 3 pages",
    "Name of the company: Anna Schmidt GmbH",
    "Employer: Tesco Stores Ltd, 4 years",
    "Arbeitgeber: Müller",
    "Paris, who hosted the Olympics in 2024, expects more visitors.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round25_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round25_ms_stays_a_title_before_a_name(scanner: Scanner) -> None:
    assert ("person", "Blue Johnson") in found(scanner, "Ms Blue Johnson called about her booking.")
