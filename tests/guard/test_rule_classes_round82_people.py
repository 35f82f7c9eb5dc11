"""The person classes fixed after the wold and scar banks (round 82, persons half, by a helper): wold's false persons
(93, 76 clean rows: 7.9% of its clean rows flagged) and scar's (28; 15 clean rows), classes 1 to 8; wold's missed persons
(40, recall 0.961) and scar's (33, recall 0.966), classes 9 to 14. Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay persons:

1. a delivery note's or an order's item that opens with its quantity, then a product named after its maker ("2x Albion
   Ultima jumping", "5x Carr & Day & Martin hoof oil", "2 Flaschen Dom Perignon, 3 Flaschen Moët"); "2 tickets, Anna
   Weber and Tom Hale" stays people;
2. a wine in a tasting list's numbered line, before its vintage or after the vintage's comma as its producer ("2.
   Marqués de Riscal Gran Reserva 2015", "1. Viña Bosconia 2011, R. López de Heredia", "3. Dom Perignon 2012");
   "1. Anna Weber 1985" in a list with no tasting's word stays a person;
3. a class on a studio's timetable's weekday slot over other slots that hold no first name ("Thu 19:00 Mat Flow",
   "Mi 18:30 Rücken Fit"); a rota of people, "Mon 07:00 Anna Weber" over "Tue 08:00 Tom Hale", stays people;
4. a venue after its type's word ("au circuit Paul Ricard", "Estadio Santiago Bernabéu", "Stade Pierre Mauroy");
5. a relative's kinship word alone in a family history ("(Mutter, Tante mütterlicherseits)", "Onkel väterlicherseits");
6. a discipline after a class's noun and "de" ("cours de Pilates", "clase de Pilates"); "le prof de Martin" stays a
   person;
7. a trade's shop heading a ticket ("Cordonnerie - ticket 12", "Boulangerie : ticket"); "Valérie - ticket 12" stays a
   person;
8. a product line on a price list's dot leaders ("Jimmy Choo heel tips ...... while you wait"); a staff list's "Anna
   Weber ........ ext. 204" stays a person.

9. a directory entry's uid or cn ("dn: uid=Willem,ou=people,dc=x", 'BIND dn="uid=Henri,ou=personnes"', "cn=Anna
   Weber,ou=Mitarbeiter"); a service's account, "uid=backup,ou=services", stays no one;
10. a first name after a role's noun ("Gesprek met planner Sanne op 3 mei", "Belehrung durch Disponentin Jana am 3.5.",
   "Marshal on post: Harriet.", "entretien avec le répartiteur Marc le 3 mai");
11. who a ticket's key opens, before their verb ("Ticket OPS-41: Fenna heeft ... geplakt", "Incidencia SEC-9: Remedios
   pegó ...", "OPS-incident: Harriet pasted ..."); "Ticket SEC-12: Backup failed" stays no one;
12. a draft's author after the draft's label at the line's end ("Entwurf: Hans-Dieter", "Opsteller: Fenna de
   Vries."); "Entwurf: Version 2" stays no one;
13. a card holder's key, its value quoted ('card_holder="Elizabeth Mary Barry"', "display_name='Jana Roth'");
14. a name in an inscription's quotes, a public figure's too ('Gravure : « Simone Veil 1927 – 2017 »', "Inschrift:
   „Konrad Adenauer“ * 05.01.1876"); a motto, "« Pour toujours »", stays no one.

On the base rules (round 81), 14 of the 18 things to leave (classes 1 to 8) are persons (all but "Marqués de Riscal"
after "2 botellas", "Estadio Santiago Bernabéu" and the two "de Pilates" cases, which no rule took there: they guard the
vetoes' other languages and shapes), and 12 of the 18 names to catch (classes 9 to 14) fail (the others, which earlier
frames read, guard the classes' other languages and shapes); the 6 persons to keep and the 6 things the frames must
leave pass on both ("May 3, 2016 for Ella Brown" and "Ticket OPS-745: Beim Deployment" failed on this round's first
draft of classes 1 and 11).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

LEAVE = [
    # 1. a quantity item's product named after its maker
    ("Lieferschein 2291: 2x Albion Ultima jumping 17 MW, 5x Carr & Day & Martin hoof oil, 1x Fairfax girth", "Albion"),
    ("Delivery 88: 5x Carr & Day & Martin hoof oil, 2x Fairfax girth 50\"", "Martin"),
    ("Pedido 41: 2 botellas Marqués de Riscal, 3 botellas Vega Sicilia, 1 caja Ribera", "Marqués de Riscal"),
    ("Bon 17 : 4 pots Hermès Sellier, 2 brosses Hermès, 1 éponge", "Hermès Sellier"),
    # 2. a tasting list's wine
    ("Cata módulo 5 - Rioja\n1. Viña Bosconia 2011, R. López de Heredia\n2. Marqués de Riscal Gran Reserva 2015", "López de Heredia"),
    ("Cata módulo 5 - Rioja\n1. Viña Bosconia 2011, R. López de Heredia\n2. Marqués de Murrieta Reserva 2015", "Murrieta"),
    ("Wine tasting, week 3\n1. Chablis 2020\n2. Dom Perignon 2012\n3. Barolo 2016", "Dom Perignon"),
    # 3. a timetable's class
    ("Stundenplan\nMo 07:00 Pilates\nMi 18:30 Mat Flow\nFr 12:15 Barre\nSa 09:00 Reformer", "Mat Flow"),
    ("Schedule\nMon 07:00 Reformer Basics\nThu 19:00 Mat Flow\nSat 09:00 Barre", "Mat Flow"),
    # 4. a venue after its type's word
    ("Sortie du club au circuit Paul Ricard le 3 mai, départ 7 h.", "Paul Ricard"),
    ("Entrenamiento en el estadio Santiago Bernabéu a las 18:00.", "Santiago Bernabéu"),
    # 5. a kinship word
    ("Anamnese: Brustkrebs bei Mutter, Tante mütterlicherseits; V. a. BRCA", "Tante"),
    ("Fragestellung: Darmkrebs (Vater, Onkel väterlicherseits)", "Onkel"),
    # 6. a discipline after a class's noun
    ("Annonce cours de Pilates (brouillon) : horaires à confirmer", "Pilates"),
    ("Anuncio clase de Pilates - borrador, revisar precios", "Pilates"),
    # 7. a trade's shop heading a ticket
    ("Cordonnerie - bon n° 4471\nNom : Paul   Tél. : 06 12 34 56 78", "Cordonnerie"),
    # 8. a price list's dot-leader line
    ("TARIFS\nRessemelage complet ....... 45 €\nJimmy Choo heel tips ....... while you wait", "Jimmy Choo"),
    ("PRICES\nFull sole ....... £45\nManolo Blahnik heel caps ........ 2 days", "Manolo Blahnik"),
]

KEEP = [
    ("Tickets: 2 tickets, Anna Weber and Tom Hale.", "Anna Weber"),
    ("Anmeldungen\n1. Anna Weber 1985\n2. Tom Hale 1990", "Anna Weber"),
    ("Rota\nMon 07:00 Anna Weber\nTue 08:00 Tom Hale\nWed 09:00 Lucy Smith", "Anna Weber"),
    ("Valérie - ticket 12 pour la réparation", "Valérie"),
    ("Staff\nAnna Weber ........ ext. 204", "Anna Weber"),
    ("Proofs are live; we have her birthday as May 3, 2016 for Ella Brown. Orders before June 1, 2021 are free.", "Ella Brown"),
]

CATCH = [
    # 9. a directory entry's uid or cn
    ("# audit\ndn: uid=Willem,ou=people,dc=firma,dc=example\nchangetype: modify", "Willem"),
    ('conn=7 op=1 BIND dn="uid=Henri,ou=personnes,dc=societe,dc=example" method=128', "Henri"),
    ("dn: cn=Anna Weber,ou=Mitarbeiter,dc=firma,dc=example\nchangetype: add", "Anna Weber"),
    # 10. a role's noun before a first name
    ("Overtreding: rust verkort\nGesprek met planner Sanne op 3 mei 2026", "Sanne"),
    ("Verstoß: Lenkzeit\nBelehrung durch Disponentin Jana am 03.05.2026", "Jana"),
    ("Kart hit the barrier at turn 3. Marshal on post: Harriet. No injuries.", "Harriet"),
    ("Infraction : repos réduit\nentretien avec le répartiteur Marc le 3 mai", "Marc"),
    # 11. who a ticket's key opens
    ("Ticket INFRA-88: Joppe zette de sleutel in #infra", "Joppe"),
    ("Incidente OPS-7: Melchor subió el token al canal #general", "Melchor"),
    ("INFRA-incident: Mark posted the api key into #random at 09:12", "Mark"),
    ("Ticket OPS-41: Fenna heeft de .env in #dev geplakt", "Fenna"),
    # 12. a draft's author after the draft's label
    ("Stellenausschreibung – bitte „Rasse“ ersetzen. Entwurf: Hans-Dieter", "Hans-Dieter"),
    ("Stellenanzeige – bitte „Rasse“ ersetzen. Entwurf: Ottilie Bergmann", "Ottilie Bergmann"),
    ("Vacaturetekst: ‘manpower’ herschrijven. Opsteller: Fenna de Vries.", "Fenna de Vries"),
    # 13. a card holder's key
    ('2025-01-02T03:04:05Z gate WARN login card_holder="Elizabeth Mary Barry" unit=12', "Elizabeth Mary Barry"),
    ('2025-01-02T03:04:05Z gate WARN login card_holder="Harriet Cole" unit=12', "Harriet Cole"),
    ("2025-01-02 portal INFO display_name='Jana Roth' action=login", "Jana Roth"),
    # 14. a name in an inscription's quotes
    ("Commande plaque\nCommanditaire : Léa Roy, tél. 0612345678\nGravure : « Simone Veil 1927 – 2017 »", "Simone Veil"),
    ("Bestellung Grabplatte\nAuftraggeber: Jonas Roth\nInschrift: „Konrad Adenauer“ * 05.01.1876", "Konrad Adenauer"),
]

NOT_A_PERSON = [
    ("dn: uid=backup,ou=services,dc=firma,dc=example", "backup"),
    ("Ticket SEC-12: Backup failed again on node 3", "Backup"),
    ("Entwurf: Version 2", "Version"),
    ("Ticket OPS-745: Beim Deployment hat jemand die Helm-Ausgabe ins Ticket kopiert", "Beim"),
    ("Ticket SEC-12: In der values.yaml steht das Passwort im Klartext", "In"),
    ("Commande plaque\nGravure : « Pour toujours »", "Pour"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round82_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round82_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round82_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[thing for _, thing in NOT_A_PERSON])
def test_round82_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
