"""The person rule classes fixed after the sastrugi bank's misses and false positives (issue 14,
round 36, person half). Each case is worded differently from the bank, in the languages where the
class exists, with near misses that must stay as they were:

1. a rota whose free slots are written "–", "open", "offen", "libre": the free slots are left out when
   a column is judged, so first names beside full names read as people ("| Mo | Jonas | Eva Brandt | – |");
2. an age in brackets after a first name in more forms ("(age 6)", "(6 jr)", "(6 J.)");
3. a partner named after a possessive ("my husband Gregory's", "mein Verlobter Jonas ist", "mijn
   verloofde Isis", "mi novia Lucía");
4. who did something, after an irregular participle and "by" ("First aid given by: Nancy");
5. a scribe or a note-taker named after the role ("scribe Jayne");
6. a chat's request to take someone along ("neem Daan mee aub", "nimm Jonas mit", "llévate a Lucía
   porfa", "passe prendre Hugo aussi");
7. a memorial's dedication ("In loving memory of Lisa,");
8. a dash signature after a sentence, with the role ("... 0117 496 0376. - Saul, Volunteer Coordinator");
9. a common first name opening a sentence before an object pronoun and its verb ("... su padre.
   Lucía la cubre.");
10. labels the lists lacked (a baptised child's godparents, a foster parent, a course's participant, a
    spouse, a celebrant) and a URL query's name ("GET /confirm?email=...&name=Nicola");
11. not people: two surnames joined by a hyphen standing alone after "by" or "with" ("sponsored by
    Williams-Morris", a firm's name as often as a person's); a qualification's name before a course
    word ("Day Skipper theory runs ..."); a rota's empty slots themselves, and its two-letter weekdays
   ("| Mo |", "| Di |": the first names "Mo" and "Di" only elsewhere).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. rotas with free slots
    ("person", "| Tag | Früh | Spät |\n|---|---|---|\n| Mo | Jonas | Eva Brandt |\n| Di | offen | Lukas |\n| Mi | Tim Vogel | – |", "Jonas"),
    ("person", "| Día | Mañana | Tarde |\n|---|---|---|\n| lunes | Marta | Jorge Gil Soto |\n| martes | libre | Nuria |", "Nuria"),
    ("person", "| Dag | Ochtend | Avond |\n|---|---|---|\n| ma | Sanne | Bram de Vries |\n| di | open | Femke |", "Femke"),
    # 2. ages in brackets
    ("person", "Speech therapy, week 3 - Oliver (age 6)\nGoals: /s/ blends", "Oliver"),
    ("person", "Logopedie sessie 2 - Daan (6 jr)\ndoel: /r/", "Daan"),
    ("person", "Bericht an den Kinderarzt\nJonas (6 J.) übt das /sch/ zu Hause.", "Jonas"),
    # 3. partners
    ("person", "My husband Gregory's passport is attached as well.", "Gregory"),
    ("person", "Mein Verlobter Jonas ist evangelisch getauft.", "Jonas"),
    ("person", "Mijn verloofde Isis komt ook naar het gesprek.", "Isis"),
    ("person", "Mi novia Lucía firmará también la solicitud.", "Lucía"),
    # 4.-5. who did it, the scribe
    ("person", "Incident log\nFirst aid given by: Nancy\nAmbulance not needed.", "Nancy"),
    ("person", "Debrief chaired by Ruth Okafor, scribe Jayne.", "Jayne"),
    # 6. taken along
    ("person", "Bart: neem Daan mee aub, zijn moeder weet ervan", "Daan"),
    ("person", "Rita: nimm Jonas mit, er spielt Brett 3", "Jonas"),
    ("person", "María: llévate a Lucía porfa, su padre lo sabe", "Lucía"),
    ("person", "Chloé : passe prendre Hugo aussi, il est prêt", "Hugo"),
    # 7.-9. a memorial, a dash signature, a sentence's subject
    ("person", "Bench plaque text: \"In loving memory of Lisa, who loved this park\"", "Lisa"),
    ("person", "Can anyone cover Sunday? Ring 0117 496 0376. - Saul, Volunteer Coordinator", "Saul"),
    ("person", "Marta deja los turnos unas semanas, acaba de perder a su padre. Lucía la cubre.", "Lucía"),
    # 10. labels and a URL's query
    ("person", "Pleegzorg - vergoeding\nPleegouder: Marieke Eerden\nUitbetaling maandelijks", "Marieke Eerden"),
    ("person", "Kitesurfschool\nCursist: Lily van Oosten\nBeginnerscursus 3 dagen", "Lily van Oosten"),
    ("person", "Dossier de mariage\nConjoint : Jean-Pierre\nDomicile : à préciser", "Jean-Pierre"),
    ("person", "10.0.0.7 - - \"GET /waiver/confirm?email=x@example.org&name=Nicola HTTP/1.1\" 200 5123", "Nicola"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round36_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 11. firms of two surnames, qualifications, empty slots; near misses of the classes above
    "The prize fund was sponsored by Williams-Morris this year.",
    "Leaflets printed with Peters-Schmidt, 3,000 copies.",
    "Course calendar: Day Skipper theory runs from 6 July in Cowes.",
    "| Tag | Früh | Spät |\n|---|---|---|\n| Mo | offen | – |\n| Di | offen | offen |",
    "Report (age 6 months) attached for the device.",
    "GET /search?name=Paris&sort=asc HTTP/1.1",
    "GET /api/items?product_name=Widget HTTP/1.1",
    "Bring the chairs along, please, and the tables too.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round36_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round36_common_first_names_before_a_course_word_stay_people(scanner: Scanner) -> None:
    assert ("person", "Anna Smith") in found(scanner, "Anna Smith course notes are on the drive.")
