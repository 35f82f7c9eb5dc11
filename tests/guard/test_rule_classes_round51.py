"""The person rule classes fixed after the pahoehoe bank's misses and false persons (issue 14, round 51, person
half). Each case is worded differently from the bank, in the languages where the class exists, with near misses
that must stay as they were:

1. who did something, after a Dutch participle with an unstressed prefix, which takes no ge- ("herstart door
   Fatima", "verwijderd door Koen", "bevestigd door Jeroen");
2. a role's label with when it is held between it and the colon ("Kitchen lead this term: Angela", "Ansprechpartner
   heute: Jonas"), and more roles' labels: a kitchen's lead, a social worker, a debt adviser, who is on call
   ("Piket:", "Astreinte :", "Trabajadora social:", "Responsable de cocina:");
3. who raises an agenda item, in the past tense and the other languages' words ("2. Pastor avisa de que ...",
   "TOP 3: Albrecht merkt an, dass ...");
4. whom to contact, and where ("contactez Eugène au secrétariat", "contact Lena at reception", "contacte con Inés
   en secretaría", "neem contact op met Bas via ...");
5. not people: a menu's or an opening plan's two-letter days with their items ("Mo Kartoffelsuppe (Sellerie), Di
   Spaghetti"), a theatre or a competition named like a person ("Dublin Little Theatre", "Junior Piano
   Competition"), a form's field that is a first name too ("Santé : asthme" beside "Enfant :", "Responsable
   légal :" and "Adresse :").

Of the 36 cases below (20 to catch, 12 things to leave alone, 4 people to keep), 17 fail on round 50.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a Dutch participle without ge-
    ("person", '{"text":"consumer herstart door Fatima, sleutel ingetrokken"}', "Fatima"),
    ("person", "Bestand verwijderd door Koen op 12-03-2024.", "Koen"),
    ("person", "Levering bevestigd door Jeroen.", "Jeroen"),
    ("person", "Storing ontdekt door Merle, ticket aangemaakt.", "Merle"),
    # 2. a label with when, more roles
    ("person", "Allergy list 2B\n\nKitchen lead this term: Angela. Updated list sent to hr@example.com.", "Angela"),
    ("person", "Kitchen lead this week: Angela", "Angela"),
    ("person", "Ansprechpartner heute: Jonas", "Jonas"),
    ("person", "Responsable de cocina esta semana: Lucho García", "Lucho García"),
    ("person", "Responsable de cocina: Lucho", "Lucho"),
    ("person", "Trabajadora social: Isabela", "Isabela"),
    ("person", "Aanspreekpunt keuken: Marieke", "Marieke"),
    ("person", "[ALERT] KafkaConsumerLag lag=58300\nPiket: Vajèn van der Klein (0951-496801)", "Vajèn van der Klein"),
    ("person", "On call: Priya Raman", "Priya Raman"),
    ("person", "Astreinte : Julien", "Julien"),
    # 3. who raises an agenda item
    ("person", "Protokoll 3. Juli\nAnwesend: Alois Hauser, Frau Ortmann\nTOP 3: Albrecht merkt an, dass etwas fehlt.",
     "Albrecht"),
    ("person", "Acta 28-06-2024\nAsistentes: Jesús Flores, Sr. Giralt\n3. Pastor avisa de que el cartel dice algo.", "Pastor"),
    # 4. whom to contact, and where
    ("person", "Pour tout renseignement, contactez Eugène au secrétariat.", "Eugène"),
    ("person", "For questions, contact Lena at reception.", "Lena"),
    ("person", "Para dudas, contacte con Inés en secretaría.", "Inés"),
    ("person", "Vragen? Neem contact op met Bas via de balie.", "Bas"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round51_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Speiseplan KW 12, Grundschule Thun: Mo Kartoffelsuppe (Sellerie), Di Spaghetti (Gluten, Ei). Preis 3,80 €.", "Mo"),
    ("Öffnungszeiten: Mo 9-12, Di 14-18", "Mo"),
    ("Tickets: 7:30 pm, Boston Little Theatre. Adults £24.", "Little"),
    ("Tickets: 7:30 pm, Dublin Little Theatre. Adults £24.", "Little"),
    ("ENTRY FORM - Junior Piano Competition (Under 14)", "Junior"),
    ("Junior Chess Championship entries close Friday", "Junior"),
    ("Inscription natation\nEnfant : Lucie Vallélian\nResponsable légal : Agathe Bertrand\nAdresse : rue Haute 4\n"
     "Santé : asthme, ventoline dans le sac", "Santé"),
    ("Please contact Support at the desk.", "Support"),
    ("Contact Amazon via the app.", "Amazon"),
    ("Guardia: 24h", "24h"),
    ("Hersteld door Bol.com.", "Bol"),
    ("Agenda\n2. Budget noted that costs rose.", "Budget"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round51_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("I met Mo Khan yesterday at the depot.", "Mo Khan"),
    ("Hi Mo Khan, Di Maria called about the menu.", "Mo Khan"),
    ("Arnaude : alors, Alain est en finale ?\nSamuel : oui", "Samuel"),
    ("Présents : Simone Marti, Bertrand, Mme Crevoisier", "Simone Marti"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round51_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
