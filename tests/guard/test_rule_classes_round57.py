"""The person rule classes fixed after the horst and varve banks' misses and false persons (issue 14, round 57,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. an emergency contact's column, a phone's kind, that holds the contact's name, its number in the next column;
2. labels whose value is a person: a pet sitter ("Sitter:", "Oppas:", "Tiersitterin:", "Pet-sitter :"), a call
   centre's agent, an educator or who received a child ("Educador/a:", "Accueilli par :"), who follows a case up
   ("Opvolging:"), parents, godparents and applicants;
3. a letter's salutation that is the name alone on its line ("Graham,\\n\\nPlease ...", "Verónica:\\n\\n...");
4. a heading that names whose diary or record it is, the next line a birth date's label ("Daily diary - Oscar
   (Sunflower Room)\\nDOB: ...");
5. a patient's bed or room in brackets ("- Anselmo (cama 4) ingresó"), a signature's abbreviation ("Gez. Wiebke");
6. in whose hair a school found lice, a parent named after the child ("la maman de Léonie");
7. a nursery's or a school's role after the writer's name at the text's end ("Marilyn, Key Worker"), emoji after a
   sign-off's name ("LG Jonas 🙂");
8. not people: a chalet one stays at, a trip's country, a cycling club and a choir after their names ("Vale Wheelers
   CC", "Junior Choir"), a week's lines opened by their days ("Di: school"), a role's "Person", a community centre named
   after someone ("wijkcentrum Jan van Galen").

Of the 48 cases below (26 to catch, 15 things to leave alone, 7 people to keep), 22 fail on round 56.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. an emergency contact's column holding the name
    ("person", "Nr;Name;Verein;Notfallkontakt;Telefon\n4;Karl Huber;SC Tal;Brigitte;0171 2233445\n"
               "5;Eva Lenz;SC Tal;Matthias;0172 9988776", "Brigitte"),
    ("person", "dossard;nom;contact_urgence;tel\n12;Paul Girard;Sophie;06 11 22 33 44\n13;Léa Morel;Julien;06 55 66 77 88",
     "Julien"),
    # 2. labels whose value is a person
    ("person", "Booking confirmed\n\nSitter: Imogen\nPets: Pepper (spaniel, 4) and Mouse (cat)", "Imogen"),
    ("person", "Boeking bevestigd\n\nOppas: Femke\nDieren: Bruno (herder) en Mimi (kat)", "Femke"),
    ("person", "Buchungsbestätigung\n\nTiersitterin: Annegret\nTiere: Rex (Schäferhund)", "Annegret"),
    ("person", "Réservation\n\nPet-sitter : Maxime\nAnimaux : Caramel (chat)", "Maxime"),
    ("person", "Claim call notes\nOutcome: referred to underwriting\nAgent: Harriet\nCall back number: 0161 496 0000",
     "Harriet"),
    ("person", "Resultado: pendiente\nAgente: Remedios", "Remedios"),
    ("person", "Centro de acogida\nCama: 3\nEducador/a: Casimiro", "Casimiro"),
    ("person", "Foyer d'urgence\nLit : 2\nAccueilli par : Gaëtan", "Gaëtan"),
    ("person", "Token ingetrokken. Opvolging: Marloes Tiemens.", "Marloes Tiemens"),
    # 3. a letter's salutation, the name alone
    ("person", "Subject: board pack - not for circulation\n\nGraham,\n\nPlease keep this to yourself until Friday.",
     "Graham"),
    ("person", "Asunto: cifras del trimestre\n\nVerónica:\n\nno lo compartas todavía.", "Verónica"),
    ("person", "Objet : budget\n\nBénédicte,\n\nmerci de garder ceci pour toi.", "Bénédicte"),
    # 4. a heading naming whose diary or record it is, a birth date's label next
    ("person", "Daily diary - Oscar (Sunflower Room)\nDOB: 03/04/2022\nSleep: 1h10", "Oscar"),
    ("person", "Cahier de liaison - Mathis\nNé le 12/09/2021\nRepas : tout mangé", "Mathis"),
    ("person", "Overdrachtsboekje van Jesse (groep Egels)\nGeboortedatum: 14-02-2021", "Jesse"),
    # 5. a bed or a room in brackets; a signature's abbreviation
    ("person", "Parte de noche\n- Anselmo (cama 4) ingresó a las 02:10, tranquilo", "Anselmo"),
    ("person", "Nachtdienst\n- Friedrich (Zimmer 12) schlief durch", "Friedrich"),
    ("person", "- Betten 3 und 4 frei\nGez. Wiebke", "Wiebke"),
    ("person", "- bedden 1 en 5 leeg\nGet. Marloes", "Marloes"),
    # 6. whose hair, a parent named after the child
    ("person", "Nits were found today in the hair of Freddie. Please treat tonight.", "Freddie"),
    ("person", "Heute wurden Läuse in den Haaren von Lukas gefunden.", "Lukas"),
    ("person", "Bonjour, c'est la maman de Léonie (CE1), elle sera absente demain.", "Léonie"),
    # 7. a role after the writer's name at the end; emoji after a sign-off's name
    ("person", "Any questions, pop in at pick-up.\n\nMarilyn, Key Worker", "Marilyn"),
    ("person", "Nächster Termin Mi 9:00. LG Jonas 🙂", "Jonas"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round57_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Lost child report\nParent: Nancy Ortiz, mobile 07700 900555\nStaying at: Chalet Alpenrose, room 8", "Alpenrose"),
    ("Verblijf: Chalet Bergkristal, kamer 2", "Bergkristal"),
    ("Assuré : Paul Roy, né le 01/02/1970\nVoyage : Maroc, départ le 12/03", "Maroc"),
    ("Standing order\nPayee: Hill Wheelers CC\nFrom: Paula Grant", "Wheelers"),
    ("Best wishes,\nKenneth (Junior Choir parent rep)", "Junior"),
    ("Ma: kabels getrokken\nDi: school (BBL)\nWo: meterkast", "Di"),
    ("Any questions, pop in at pick-up.\n\nBrendan, Key Person", "Key"),
    ("Vrijwilligersavond in wijkcentrum Jan van Galen om 19:30.", "Jan van Galen"),
    ("Summary:\n\nAll services green.", "Summary"),
    ("# Agent: jenkins-linux-03\nStatus: online", "Agent"),
    # caught by the regression: a chat agent's sentence, a lawyer's form of address, a toast, a firm's "et Fils"
    ("Kunde: Karte doppelt belastet\nAgent: Das tut mir leid! Ihre Kundennummer bitte?", "Das"),
    ("Call handler: Can I take the patient's NHS number?", "Can"),
    ("Maître,\n\nJe vous adresse les pièces du dossier.", "Maître"),
    ("Vragen? Mail ons.\n\nProost!\nTeam Wijnclub", "Proost"),
    ("Opérateur donneur : Lagarde et Fils\nDate de naissance : 20.08.1989", "Fils"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round57_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Payee: Sarah Jones\nAmount: £20", "Sarah Jones"),
    ("Kontakt Person: Anna Weber", "Anna Weber"),
    ("Hallo Per Persson,", "Per Persson"),
    ("Any questions, pop in at pick-up.\n\nBrendan, Key Person", "Brendan"),
    ("Booking confirmed\n\nSitter: Imogen\nPets: Pepper (spaniel, 4)", "Imogen"),
    ("Notfallkontakt: Frau Kiss, 02480 84251", "Kiss"),
    ("Notfallkontakt: Oma Carla, +41 33 775 69 01", "Carla"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round57_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
