"""The person rule classes fixed after the hamada bank's false persons and misses (issue 14, round 67). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were:

1. people: a name before "and" and a count of people ("Tom Baker and 2 children", "Rodolfo Arellano y 3 menores");
   surnames that are also place words after a first name ("Iglesia", "Holland"); a wedding party's line, its role
   then who fills it ("Groomsmen Oliver, Harry and Jack", "Testigos: Alba, Nerea y Paz": two first names joined by
   "y" in a list of people are two people); who takes a moderated post up or moderated it ("Jonas redet mit dem
   Mitglied", "Admin on duty Kevin.", "verwijderd door Daan"); a record's worker key ("technician": "Julia"); a chat
   signed with the first name alone after its last sentence; a speaker's introduction, then who they are ("ich bin
   Helena, die Nachbarin"); a roster's numbered line, a name and a date in brackets ("2 Luzie Pfrommlin
   (2012-01-30)"); the Swiss applicant's label ("Gesuchstellerin:");
2. not people: a welcome before a service's name and a lower-case noun ("Welcome Desk opening hours"); one word
   after a sponsor's label, or a partner's on a line of prize money; a rowing head race ("Kingston Small Boats Head");
   a device or a test named after its inventor ("Maddox rod", "Snellen chart"); "Im" for "I'm" before a number; a
   society ("... Allotment Society"); karate grading terms ("Heian Shodan"); a wedding role's words ("Damas de honor").

Of the 46 cases below (26 to catch, 15 to leave alone, 5 people to keep), 32 fail on round 66.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Gastfamilie: Jonas Albrecht und 2 Kinder, ab 3. März', 'Jonas Albrecht'),
    ('person', 'Host family: Tom Baker and 2 children (ages 4 and 7)', 'Tom Baker'),
    ('person', "Famille d'accueil : Bertrand Reynaud et 2 enfants", 'Bertrand Reynaud'),
    ('person', 'Acogida: Rodolfo Arellano y 3 menores, llegada el lunes', 'Rodolfo Arellano'),
    ('person', 'Gastgezin: Sanne de Vries en 2 kinderen', 'Sanne de Vries'),
    ('person', 'Titular: Luisa Posada Iglesia\nDNI en trámite', 'Luisa Posada Iglesia'),
    ('person', 'Bow: Michelle Holland (sub)', 'Michelle Holland'),
    ('person', 'Sat 14:00 Groomsmen Oliver, Harry and Jack - final suit check', 'Jack'),
    ('person', 'Trauzeugen: Lena und Mark, Anprobe um 15 Uhr', 'Mark'),
    ('person', "Demoiselles d'honneur : Chloé, Inès et Léa", 'Inès'),
    ('person', 'Testigos: Alba, Nerea y Paz', 'Nerea'),
    ('person', '12:00 getuigen Daan en Lotte – pak passen', 'Lotte'),
    ('person', 'Post gelöscht, Jonas redet mit dem Mitglied.', 'Jonas'),
    ('person', "Message supprimé, Amélie parle avec l'auteur.", 'Amélie'),
    ('person', 'Mensaje retirado, Nuria habla con el autor.', 'Nuria'),
    ('person', 'Thread locked. Admin on duty Kevin.', 'Kevin'),
    ('person', 'bericht verborgen, Daan praat met de schrijver.', 'Daan'),
    ('person', 'Reactie verborgen door Femke', 'Femke'),
    ('person', '{"ticket": "INC-2291", "technician": "Julia", "status": "open"}', 'Julia'),
    ('person', "{'auftrag': 77812, 'monteur': 'Jens', 'termin': '2026-04-02'}", 'Jens'),
    ('person', 'el técnico pasa mañana, la llave está en el buzón 4B. Anselmo', 'Anselmo'),
    ('person', 'kun je vanavond de sleutel terugbrengen? ik ben er vanaf 7 uur. Jeroen', 'Jeroen'),
    ('person', 'Hallo, ich bin Helena, die Nachbarin von oben. Ist das Paket da?', 'Helena'),
    ('person', "hey, I'm Hunter, your fitter for Monday", 'Hunter'),
    ('person', 'Mannschaft\n1 Jolanda Brechbühl (04.05.2011)\n2 Luzie Pfrommlin (2012-01-30)', 'Luzie Pfrommlin'),
    ('person', 'Gesuchstellerin: Geza Radischnig, Bern', 'Geza Radischnig'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round67_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ('Welcome Hub volunteers: Mon + Wed drop-in', 'Hub'),
    ('Welcome Desk opening hours: Mon-Fri 9-17', 'Desk'),
    ('Welkom Huis openingstijden: ma-vr 9-17', 'Huis'),
    ('Preisgeld 2.500 €, Hauptsponsor: Werner', 'Werner'),
    ('Prix 2 000 €, partenaire Weber', 'Weber'),
    ('Prize fund £1,200, sponsor: Wilson', 'Wilson'),
    ('Premios 3.000 €, patrocinador: Moreno', 'Moreno'),
    ('Results - Kingston Small Boats Head\nCrew 4: W4x', 'Kingston'),
    ('Results - Orlando Autumn Head\nCrew 4: W4x', 'Orlando'),
    ('Home exercises\n1. Maddox rod at near\n2. Brock string, 5 mins', 'Brock'),
    ('Bei Schwindel: Epley maniobra nach Anleitung, dann Dix test', 'Epley'),
    ("boiler's making a noise again, Im on 07700 900123", 'Im'),
    ('Talks from the Yorkshire Dahlia Society and the Benson-Hughes Allotment Society.', 'Benson-Hughes'),
    ('Graduierung 8. Kyu: Kihon, Kata Heian Shodan, Kumite. Gebühr 25 €.', 'Heian'),
    ('11:30 Damas de honor: prueba conjunta', 'Damas'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round67_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ('Welcome Anna to the team!', 'Anna'),
    ('Partner Gina attended the appointment.', 'Gina'),
    ('Sponsor: Anna Schmidt, £5 per km', 'Anna Schmidt'),
    ('Spoke to Emma Head this morning', 'Emma Head'),
    ('Hi Brock, your test is booked for Friday', 'Brock'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round67_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
