"""The person rule classes fixed after the randkluft and talus banks' misses (issue 14, round 42,
person half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a role's label, a participle after it or not ("Apicultor asignado: Baltasar", "Apiculteur envoyé :
   Henriette", "Imker: Jet (regio Oost)", "Schwarmfänger: Lissy", "Collector sent: Wendy (zone 3)");
2. a pipeline's or a record's person keys ("run_created_by", "override_by", "officer=", "beneficiaire");
3. sign-offs of sailors and Swiss Germans ("Fair winds,\\nCrystal", "Bon vent,\\nSusanne", "Merci, Gruess
   Donato");
4. whose application minutes decide ("Der Antrag von Dörthe", "Ligplaatsaanvraag van Linn", "la solicitud de
   amarre de Marcos", "La candidature de Alice"); whose party a booking is for ("JGA von Joseph",
   "vrijgezellenfeest van Lex", "birthday surprise for Leah");
5. who is asked to do something ("Could Alejandra rework it", "could Raymond pop round"); who to tell and
   how ("avisad a Elena por el grupo"); a parent named in brackets ("Mum (James) collected ...");
   not a place or a firm ("Could Paris host it?", "demande de logement de Paris").
6. a role's abbreviation between a chat line's time and its speaker ("[19:40] GM Joshua: ..."); a national
   identifier's key in brackets after a first name ("T1 prep notes: Diana (SIN 582 887 790)"); a driving
   instructor's label ("Instructeur: Kyara", "Fahrlehrerin: Jana").

Of the 34 cases below, 25 fail on round 41 (the last, a driving school's chat lines, was added after the merge).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a role's label
    ("person", "Enjambre en el patio\nApicultor asignado: Rodrigo\nResultado: pendiente", "Rodrigo"),
    ("person", "Essaim signalé\nApiculteur envoyé : Mathilde\nRésultat : à revoir", "Mathilde"),
    ("person", "Zwerm in de heg\nImker: Daan (regio West)\nStatus: onderweg", "Daan"),
    ("person", "Schwarm am Apfelbaum\nSchwarmfänger: Jonas (Bezirk Süd)", "Jonas"),
    ("person", "Swarm at the bus shelter\nCollector sent: Megan (zone 5)\nOutcome: pending", "Megan"),
    # 2. a pipeline's or a record's person keys
    ("person", '{"workspace":"net-prod","run_created_by":"Hannah","status":"applied"}', "Hannah"),
    ("person", '{"status":"policy_override","override_by":"Tobias Keller","ip":"10.1.2.3"}', "Tobias Keller"),
    ("person", "ts=2026-11-02 item=wallet handed_to=BTP officer=Fiona", "Fiona"),
    ("person", '{"beneficiaire":"Louise Perret","montant":"120"}', "Louise Perret"),
    # 3. sign-offs
    ("person", "See you on the water Saturday.\n\nFair winds,\nMelissa\nHamble Sailing School", "Melissa"),
    ("person", "Rendez-vous samedi au ponton.\n\nBon vent,\nJulien, moniteur", "Julien"),
    ("person", "Isch das so richtig? Merci, Gruess Reto", "Reto"),
    # 4. an application, a party
    ("person", "TOP 5: Der Antrag von Hannelore auf einen Stellplatz wird vertagt.", "Hannelore"),
    ("person", "3. Ligplaatsaanvraag van Femke afgewezen.", "Femke"),
    ("person", "2. Se aprueba la solicitud de socio de Lucía.", "Lucía"),
    ("person", "4. La candidature de Camille au poste de trésorière est acceptée.", "Camille"),
    ("person", "Bemerkung: JGA von Tobias, Tisch im Gewölbe", "Tobias"),
    ("person", "Opmerking: vrijgezellenfeest van Sanne, 12 personen", "Sanne"),
    ("person", "Notes: birthday surprise for Ellie, candles at 8", "Ellie"),
    # 5. asked to do it, told, a parent in brackets
    ("person", "The intro reads badly. Could Bethany rework it before Monday?", "Bethany"),
    ("person", "the boiler's making that noise again, could Gareth pop round tomorrow?", "Gareth"),
    ("person", "Cambios de turno: avisad a Lorena por el grupo.", "Lorena"),
    ("person", "Fell on the nursery slope, no LOC. Dad (Michael) collected at 12:10.", "Michael"),
    # 6. a role's abbreviation before a speaker, an identifier's key in brackets, an instructor
    ("person", "[20:05] GM Rachel: team Pickle solved the safe\n[20:06] host Sam: nice", "Rachel"),
    ("person", "Return notes: Oliver (SSN 078-05-1120) changed jobs in May", "Oliver"),
    ("person", "Rijles 4\nInstructeur: Daan\nOpmerking: goed ingevoegd", "Daan"),
    ("person", "Fahrstunde 7\nFahrlehrerin: Jana\nBemerkung: Spurwechsel üben", "Jana"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round42_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Could Paris host the finals next year?",
    "demande de logement de Paris acceptée",
    "request from Berlin office pending",
    "Swarm reported\nCollector sent: pending\nOutcome: open",
    '{"run_created_by":"terraform-cloud","status":"applied"}',
    "Stops: Nice (SIN 4) then Lyon",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round42_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round42_a_driving_school_chatting_is_no_person(scanner: Scanner) -> None:
    """Found measuring randkluft after the merge: a driving school's own chat lines ("Fahrschule: geht klar")
    between its pupils' are a firm's, like a salon's; the pupils stay people."""
    hits = found(scanner, "Lukas: kann ich die fahrstunde schieben?\nFahrschule: geht klar\nBeatrice: ok mach ich")
    assert ("person", "Fahrschule") not in hits and ("person", "Lukas") in hits, hits
