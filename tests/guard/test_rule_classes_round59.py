"""The person rule classes fixed after the mogote and bornhardt banks' misses and false persons (issue 14, round 59,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. who is asked to fetch a child, the verb at the clause's end ("kun jij Floor ... halen?", "kannst du Jonas ...
   abholen?");
2. a pool's lifeguard, a ward's nurse or a physio before the first name ("badmeester Christiana", "le MNS Loïc",
   "L'infirmière Patricia"), a parent named by the child ("ta maman Josiane"), labels of who may collect a child and of
   a sports club's trainer ("Authorised to collect:", "Übungsleiterin:");
3. whom a note thanks, a common first name ("Merci à Suzanne pour la couture !"; not "Merci à Decathlon"), whom
   someone says cannot do something ("the physio said Omar can't play");
4. a closing's name alone on its line, the next line its role ("Happy ringing,\\nShona\\nTower Secretary");
5. not people: a litter's names after its colon ("Camada «L» de perros guía: Lola, Lucas"), a pet after its species in
   lower case ("pup Bink (5 maanden)"), a supplier with the parcel after it ("commandées chez Blanc, colis ..."), a
   hospital's numbered ward ("Requested by: Ward 7"), a day-care centre ("Hort Sonnenschein"), a firm's partners
   thanked ("Thank you to Mccarthy, Freeman and Wilson"), a lifeguard's badge ("Rettungsschwimmer Silber"), an
   agency's field ("Agence : Fernandes"), a narrowboat's name in quotes.

Of the 30 cases below (13 to catch, 13 things to leave alone, 4 people to keep), 18 fail on round 58.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. who is asked to fetch a child
    ("person", "hoi Sanne! kun jij Thijs vandaag van de opvang halen? ik zit vast op kantoor.", "Thijs"),
    ("person", "Kannst du Jonas heute vom Hort abholen? Ich stehe im Stau.", "Jonas"),
    # 2. role nouns before the first name, a parent named by the child, labels
    ("person", "Uitgegleden in de kleedkamer. EHBO door badmeester Wouter.", "Wouter"),
    ("person", "Malaise dans le bassin, sortie de l'eau par le MNS Théo, consciente.", "Théo"),
    ("person", "Tu as bien dormi. L'infirmière Sophie dit que tu grandis vite.", "Sophie"),
    ("person", "Papa passe ce soir.\nGros bisous, ta maman Nadine", "Nadine"),
    ("person", "Allergies: none\nAuthorised to collect: Graham Holt (grandfather)\nParent email: x@example.org",
     "Graham Holt"),
    ("person", "Teilnehmerliste Reha-Sport\nÜbungsleiterin: Carola, Ärztin vor Ort: Frau Dr. Brandt", "Carola"),
    # 3. whom a note thanks, whom someone says cannot do something
    ("person", "Merci à Josette pour les costumes !", "Josette"),
    ("person", "Thanks to Gemma for the cakes.", "Gemma"),
    ("person", "hey Paul the physio said Kieran can't train this week", "Kieran"),
    # 4. a closing's name above its role's line
    ("person", "Practice is at 7 as usual.\n\nHappy ringing,\nMorag\nTower Captain", "Morag"),
    ("person", "See you on Tuesday.\n\nThanks for helping out,\nDerek\nVolunteer Coordinator", "Derek"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round59_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Camada «M» de perros guía: Mora, Milo, Max y Mía. Microchips de la serie 1234.", "Milo"),
    ("Nest B van de geleidehondenschool: Bas, Bo en Bram. Chipnummers volgen.", "Bas"),
    ("Verslag gastgezin – pup Sammie (4 maanden)\nGastgezin: mevrouw Peters", "Sammie"),
    ("Rapport – chiot Oscar (6 mois)\nFamille d'accueil : M. Petit", "Oscar"),
    ("Chorale : 40 aubes commandées chez Martin, colis LX123456789FR.", "Martin"),
    ("Koor: 30 gewaden besteld bij Jansen, zending 123456789.", "Jansen"),
    ("PATIENT TRANSPORT\nRequested by: Ward 9 (Cardiology), ext 2210", "Ward"),
    ("Abholliste Hort Regenbogen – 2026-03-01\n\nKind: Lea Graf", "Regenbogen"),
    ("Thank you to Mccarthy, Freeman and Wilson for sponsoring the garden.", "Mccarthy"),
    ("Rettungsschwimmer Silber läuft ab bei Konrad am 18.08.2026 - bitte verlängern", "Silber"),
    ("Locataire : Paul Morel\nAgence : Duval", "Duval"),
    ("the narrowboat 'Emily Grace' is moored by the lock", "Emily Grace"),
    ("Merci à Decathlon pour les maillots du club.", "Decathlon"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round59_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Dear Ward,\n\nthank you for the flowers.", "Ward"),
    ("Koffie bij Anna, gezellig!", "Anna"),
    ("Abholliste\nKind: Lea Graf", "Lea Graf"),
    ("Herr Kater kommt um 10 Uhr.", "Kater"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round59_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
