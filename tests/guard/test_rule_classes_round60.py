"""The person rule classes fixed after the tepui bank's misses and false persons (issue 14, round 60, person half).
Each case is worded differently from the bank, in the languages where the class exists, with near misses that must
stay as they were:

1. a rota's line of a day and a time, then the name, with a middle dot or two spaces between and a note in brackets
   after it ("Jueves 19:00 · Leonor (nueva)", "Do 17:00  Sabine (Einarbeitung)"), and a rarer first name on such a
   line beside another day's line that holds a full name; a shift plan says it is a rota ("Schichtplan");
2. whom a message to a group is about ("Hoi allemaal, Daan viel ...", "Hallo zusammen, Jonas hat ..."), whom an
   update is about, a pronoun taking the name up ("Petit point sur Mathis : il reprend ..."), whom a message warns
   ("Heads up Priya - ..."), a chat's mention ("@Femke kun je ..."), a build's committer ("Notifying committer
   Gareth");
3. labels: who is on call tomorrow ("On call tomorrow:", "Piket morgen:", "De garde demain :"), a student in German's
   inclusive form ("Studierende/r:"), foster carers, a refugee service's reception worker ("Técnico de acogida:");
4. a surname spelled like a company form that is an acronym, in title case after a first name ("Lotte Sas"), where
   "Dupont et Martin SAS" and "Pascal Sàrl" stay firms;
5. a second full name after a Spanish "y" in one run of names ("Hab. 4: Anselmo Quiroga Paz y Lucía Benítez
   Soler"), where a double surname joined by "y" stays one person ("Juan Pérez y Martín");
6. not people: "Santé au travail" (a heading, a noun before "au"), a printer's firm ("imprimé par Moreau"), a
   language in an interpreter's field ("Interpreter: Dari"), a town with its Dutch province ("Zutphen Gld").

Of the 34 cases below (19 to catch, 10 things to leave alone, 5 people to keep), 16 fail on round 59.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a rota's day and time, then the name
    ("person", "Turnos banco de alimentos\nMartes 19:00 · Rogelio Ibáñez · 612 345 678\nJueves 19:00 · Leonor (nueva)\n"
               "Domingo 11:00 · ¡libre!", "Leonor"),
    ("person", "Schichtplan Tafel Nord\nDi 17:00  Ralf Becker  0171 2345678\nDo 17:00  Sabine (Einarbeitung)\n"
               "Sa 10:00  offen", "Sabine"),
    ("person", "Voluntarios cocina\nMartes 19:00 · Rogelio Ibáñez · 612 345 678\nJueves 19:00 · Casilda (nueva)", "Casilda"),
    # 2. whom a message is about or speaks to
    ("person", "Hoi allemaal, Daan viel gisteren van de trap bij de training.", "Daan"),
    ("person", "Hallo zusammen, Jonas hat sich beim Aufwärmen den Fuß verknackst.", "Jonas"),
    ("person", "Petit point sur Mathis : il reprend l'entraînement lundi.", "Mathis"),
    ("person", "Quick update on Freya: she is back at school on Monday.", "Freya"),
    ("person", "Heads up Priya - the staging database password rotates tonight.", "Priya"),
    ("person", "@Femke kun je de deploy van vanavond nog checken?", "Femke"),
    ("person", "Build #812 failed after 4 min.\nNotifying committer Gareth and ops@example.org", "Gareth"),
    # 3. labels
    ("person", "Disk usage 91% on db-2\nOn call tomorrow: Niamh (mobile 07700 900456)", "Niamh"),
    ("person", "Certificaat verloopt over 12 dagen\nPiket morgen: Joris, 06-12345678", "Joris"),
    ("person", "Alerte disque plein\nDe garde demain : Théo, 06 12 34 56 78", "Théo"),
    ("person", "Bescheid Nachteilsausgleich\nStudierende/r: Jannik Olbertz\nMatrikelnummer: 123456", "Jannik Olbertz"),
    ("person", "Supervision visit\nFoster carers: Mandeep Gill and Ruth Pask\nChild: aged 9", "Ruth Pask"),
    # 4. a surname spelled like a company form
    ("person", "Verslag huisbezoek\nPleegouders: Youssef Amrani en Lotte Sas\nAdres: bekend bij het team", "Lotte Sas"),
    ("person", "Groeten,\nLotte Sas", "Lotte Sas"),
    # 5. a second guest after "y" in one run of names
    ("person", "Reparto de habitaciones\nHab. 4: Anselmo Quiroga Paz y Lucía Benítez Soler", "Lucía Benítez Soler"),
    ("person", "Reparto de habitaciones\nHab. 4: Anselmo Quiroga Paz y Lucía Benítez Soler", "Anselmo Quiroga Paz"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round60_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Santé au travail : journée de dépistage le 12 mars, salle 3.", "Santé"),
    ("Flyer réf. 5512 imprimé par Moreau, livraison jeudi.", "Moreau"),
    ("Interpreter: Dari, booked through the county service", "Dari"),
    ("Dolmetscher: Farsi, über das Dolmetscherbüro gebucht", "Farsi"),
    ("Voedselbank Zutphen Gld: 120 pakketten uitgedeeld in maart.", "Zutphen"),
    ("Factuur 2026-114 aan Dupont et Martin SAS, échéance 30 jours.", "Martin"),
    ("Fournisseur : Pascal Sàrl.\nContact : 022 345 67 89", "Pascal"),
    ("Horario del museo\nMartes 10:00 · Sala Goya\nJueves 10:00 · Valencia (cerrado)", "Valencia"),
    ("Turnos banco de alimentos\nMartes 19:00 · Rogelio Ibáñez\nDomingo 11:00 · ¡libre!", "libre"),
    ("Hi all, Berlin was great and the venue is booked again for May.", "Berlin"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round60_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Interpreter: Daria Novak, booked through the county service", "Daria Novak"),
    ("Liebe Eltern, Gregor hatte heute leichtes Fieber.", "Gregor"),
    ("Contact: Martin Dupont, Lyon", "Martin Dupont"),
    ("Affiche imprimée par Mélanie Roux, graphiste.", "Mélanie Roux"),
    ("Firmado: Juan Pérez y Martín, secretario", "Juan Pérez y Martín"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round60_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
