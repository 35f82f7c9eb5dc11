"""The person classes fixed after the dene bank (round 83, persons half, by a helper): dene's false persons (44; 7.1% of
its clean rows flagged, with its false streets), classes 1 to 6, and its missed persons (54, recall 0.960), classes 7 to
13. Each case is worded differently from the bank, in the languages where the class exists, with near misses that must
stay as they were:

1. a team on a league table's row, its numbers to the line's end, under a header whose first column is the team's
   ("Rock Bottom   5  2  10" under "Team  W  L  Pts", "Mannschaft  S  N  Pkt", "Équipe  V  D  Pts"); a table of
   players under "Player  W  L  Pts" stays people;
2. a rental unit named like a person, its kind's word first or last, before its status or its nights ("Bell Tent 2:
   booked", "Willow Yurt: free", "Yourte Saule : libre", "Cabaña Roble: ocupada", "Booking: Oak Cabin, 2 nights"); a
   person before a status ("Anna Weber: free") and a guest's "Sarah Cottage, 3 nights" stay people;
3. a trade mark in its quotes after the mark's word, its class after ("mark 'Ferrari Sport' (class 25)", "Marke „Chanel
   Sport“ (Klasse 25)", "marca «Dell Kids» (clase 25)"); a person in quotes with no mark's word stays a person;
4. a car's model after a vehicle's label and its year ("Vehicle: 1963 Rolls-Royce Silver Cloud", "Fahrzeug: 1965
   Mercedes Benz Pagode"); "In 1963 John Smith founded" stays a person;
5. "Sole" before a business's form ("Sole proprietor SIN", "Sole trader UTR");
6. a guest's label before a title ("Gast: mevrouw de Groot", "Guest: Mrs Hale", "Fahrgast: Herr Roth");

7. a log's user name (sshd's "Accepted password for Margaret from", "Failed password for invalid user Brett from",
   sudo's "sudo: Sian : TTY=pts/0"); "Failed password for invalid user Oracle from" stays no one;
8. a comment's note signed with a first name ("-- note : IP à garder bloquée (ticket OPS-1), Manon", "# Note: keep
   it blocked, Harriet"); "# note: allowed GET, POST, Head" stays no one;
9. a comment opened by its author and a negated instruction ("# Yana: niet deblokkeren", "# nota de Dolores: no
   desbanear", "// Jana: nicht entsperren", "# Job: niet deblokkeren"); "# Job: runs nightly" stays no one;
10. a person after a role's or a party's label the rules did not know ("Wachmann: Editha", "Vigilante: Miguela",
   "Tech: Elizabeth", "Monteur: Max", "Engineer dispatched: Zara (van 14)", "Vollmachtgeber/in: Kasimir Boucsein",
   "Vertrauensperson: Vreneli Herzog, ...", "Inventor: Azeneth Flor", "Uitvinder: Ninthe van Tuijl", "Name: Kunigunda
   Scholtz" over "Anschrift"); "Tech: Support", "Vigilante: Securitas" and "Name: Kubernetes Gold" over "Version" stay
   no one;
11. a curling team's positions, three at least ("Third: Sigurd Flantz" under "Skip: ..."); a lone "Lead: ..." in a
   sales list stays as it was;
12. a line-up that ends with the writer, the item between a person and the next ("c'est Élodie Le Gall (skip), Olivie
   Roger, Camille Dufour et moi"); "Anna Weber, Bad Tölz, Bremen und ich" takes no town;
13. whom to ask before the way to reach them ("Vragen naar Ayden Zuidweg via ...", "Questions to Azeneth Flor via
   Slack"); "questions to HR via" stays no one.
14. (added at the merge, after the structured half stopped reading "16 Ailsa Craig Common Green stones" as a street
   and the person rules then took "Ailsa Craig") a product counted as an order's item, a second count and item after
   it on its line ("16 Ailsa Craig Common Green stones ..., 2 brooms", "4 Jack Daniel Tennessee flaschen, 2 gläser");
   "Besetzung: 2 Anna Weber singt, 3 Karl Huber spielt" (the second count's word is a name) stays people; two of
   its three fail without the veto ("Jack Daniel" was no person before either). And class 10 leaves a reply after a
   caller's label ("Anrufer: Ja, genau.": nine false persons on tuya in the merge's dump of every split).

On the base rules (round 82), 13 of the 19 things to leave (classes 1 to 6) are persons (the six that no rule took there,
"Blue Harris", "Yourte Saule", "Cabaña Roble", "Jurte Weide", "Philips Junior" and "Mercedes", guard the vetoes' other
languages and shapes) and 33 of the 34 names to catch (classes 7 to 13) fail (an earlier frame reads "# note from
Harriet:"); the 8 persons to keep and the 11 things the frames must leave pass on both ("Name: Kubernetes Gold"
over "Version" failed on this round's first draft of class 10).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

LEAVE = [
    # 1. a league table's team
    ("Winter league, week 6\nTeam          W  L  Pts\nRock Bottom   5  2  10\nStone Roses   3  4   6\nNext draw 19:00", "Rock Bottom"),
    ("Winter league, week 6\nTeam          W  L  Pts\nRock Bottom   5  2  10\nStone Roses   3  4   6\nNext draw 19:00", "Stone Roses"),
    ("Tabelle Herbstrunde\nMannschaft    S  N  Pkt\nGreen Lions   4  1   8\nBlue Harris   2  3   4", "Blue Harris"),
    ("Classement\nÉquipe        V  D  Pts\nLes Rapides   4  1   9\nMarie Galante 2  3   5", "Marie Galante"),
    # 2. a rental unit before its status or nights
    ("Availability this week\nBell Tent 2: booked\nWillow Yurt: free\nOak Cabin: maintenance", "Bell Tent"),
    ("Availability this week\nBell Tent 2: booked\nWillow Yurt: free\nOak Cabin: maintenance", "Willow Yurt"),
    ("Disponibilités\nYourte Saule : libre\nCabane Chêne : réservée", "Yourte Saule"),
    ("Disponibilidad\nCabaña Roble: ocupada\nYurta Sauce: libre", "Cabaña Roble"),
    ("Belegung\nJurte Weide: belegt\nBaumhaus Eiche: frei", "Jurte Weide"),
    ("Booking confirmed: Willow Yurt, 2 nights from 03/05/2026\nLead guest: Anna Weber", "Willow Yurt"),
    # 3. a trade mark before its class
    ("Opposition against mark 'Ferrari Sport' (class 25) filed by Acme Ltd.", "Ferrari Sport"),
    ("Widerspruch gegen die Marke „Chanel Sport“ (Klasse 25), Frist 19.08.2026.", "Chanel Sport"),
    ("Oposición contra la marca «Dell Kids» (clase 25), plazo 25/10/2026.", "Dell Kids"),
    ("Oppositie tegen het merk 'Philips Junior' (klasse 9) ingediend.", "Philips Junior"),
    # 4. a car's model after its year
    ("Wedding car hire\nVehicle: 1963 Rolls-Royce Silver Cloud, white ribbons", "Rolls-Royce"),
    ("Hochzeitsauto\nFahrzeug: 1965 Mercedes Benz Pagode, weiß", "Mercedes"),
    # 5. a business's form
    ("Corporate account\nSole proprietor SIN: 366 571 511", "Sole"),
    ("Sole trader UTR: 1234567890", "Sole"),
    # 6. a guest's label before a title
    ("Rit Schiphol\nGast: mevrouw de Groot\nMobiel: 06-12345678", "Gast"),
    # 14. a product counted as an order's item, a second count and item after it on its line
    ("Equipment order from King Inc: 16 Ailsa Craig Common Green stones (set 3) re-handled, 2 brooms, 1 stop watch.",
     "Ailsa Craig"),
    ("Bestellung: 4 Jack Daniel Tennessee flaschen, 2 gläser", "Jack Daniel"),
    ("Commande : 3 Marie Brizard bouteilles, 2 verres", "Marie Brizard"),
]

KEEP = [
    ("Singles ladder\nPlayer        W  L  Pts\nAnna Weber    5  2  10\nTom Hale      3  4   6", "Anna Weber"),
    ("Rota this week\nAnna Weber: free\nTom Hale: booked", "Anna Weber"),
    ("Booking confirmed: Sarah Cottage, 3 nights from 03/05/2026", "Sarah Cottage"),
    ("Opposition filed by 'Anna Weber' (class 25 goods) on 3 May.", "Anna Weber"),
    ("In 1963 John Smith founded the company.", "John Smith"),
    ("Rit Schiphol\nChauffeur: Pieter Bakker\nGast: mevrouw de Groot", "Pieter Bakker"),
    ("Vorsorgevollmacht\nVollmachtgeber/in: Anna Weber\nVertrauensperson: Tom Hale", "Anna Weber"),
    ("Salut ! l'équipe c'est Élodie Le Gall (skip), Camille Dufour et moi.", "Camille Dufour"),
    ("Besetzung: 2 Anna Weber singt, 3 Karl Huber spielt", "Anna Weber"),
    ("Room 4 Anna Weber checked in, 2 nights", "Anna Weber"),
]

CATCH = [
    # 7. a log's user name
    ("Mar  2 04:10:58 gate01 sshd[30117]: Accepted password for Margaret from 174.62.221.10 port 50211 ssh2", "Margaret"),
    ("Jan  9 11:02:13 web2 sshd[881]: Failed password for invalid user Brett from 10.1.2.3 port 2222 ssh2", "Brett"),
    ("Jan  9 11:02:13 web2 sshd[881]: Accepted publickey for Douglas from 10.1.2.3 port 2222 ssh2", "Douglas"),
    ("Mar  2 04:11:02 gate01 sudo:   Sian : TTY=pts/0 ; PWD=/home ; USER=root ; COMMAND=/usr/bin/id", "Sian"),
    # 8. a comment's note signed with a first name
    ("Ban 10.0.0.7\n-- note : IP à garder bloquée (ticket OPS-5180), Manon", "Manon"),
    ("Ban 10.0.0.7\n# Note: keep this host blocked (SEC-12), Harriet.", "Harriet"),
    ("Ban 10.0.0.7\n// Notiz: nicht entsperren, siehe OPS-9, Jana", "Jana"),
    # 9. a comment opened by its author and a negated instruction
    ("NOTICE [sshd] Ban 10.0.0.7\n# Yana: niet deblokkeren, zie OPS-5378", "Yana"),
    ("NOTICE [sshd] Ban 10.0.0.7\n# Job: niet deblokkeren, zie JIRA-7122", "Job"),
    ("NOTICE [sshd] Ban 10.0.0.7\n# nota de Dolores: no desbanear, ver JIRA-443", "Dolores"),
    ("NOTICE [sshd] Ban 10.0.0.7\n// Jana: nicht entsperren", "Jana"),
    ("NOTICE [sshd] Ban 10.0.0.7\n-- Manon : ne pas débloquer", "Manon"),
    ("NOTICE [sshd] Ban 10.0.0.7\n# note from Harriet: do not unban", "Harriet"),
    # 10. a role's or a party's label
    ("Wachbuch Objekt Nord\n18:37 Streife vor Ort\nWachmann: Editha", "Editha"),
    ("Parte de incidencias\n19:47 fin de actuación\nVigilante: Miguela", "Miguela"),
    ("Service job sheet\nNext service: 06/26/2029\nTech: Elizabeth", "Elizabeth"),
    ("Werkbon 99\nVolgende beurt: 06.08.2027\nMonteur: Max", "Max"),
    ("Call log\nEngineer dispatched: Zara (van 14), ETA 35 min", "Zara"),
    ("Vorsorgevollmacht\nVollmachtgeber/in: Kasimir Boucsein\nSVNR: 4843", "Kasimir Boucsein"),
    ("Vorsorgevollmacht\nVertrauensperson: Vreneli Herzog, dradl@example.org", "Vreneli Herzog"),
    ("Nómina\nTrabajador/a: Maricela Company\nIBAN de abono: ES00", "Maricela Company"),
    ("Patente\nInventor: Azeneth Flor\nDNI: 47004826W", "Azeneth Flor"),
    ("Octrooi\nUitvinder: Ninthe van Tuijl\nAdres: Lindeweg 1", "Ninthe van Tuijl"),
    ("Erfinderbenennung\nName: Kunigunda Scholtz\nAnschrift: Hauptstr. 5", "Kunigunda Scholtz"),
    ("Markenanmeldung\nMarkenanmelder: Magret Rädel, Einzelunternehmen", "Magret Rädel"),
    ("Mandat\nPersonne de confiance : Alexandrie Seguin\nTél : 01 02 03 04 05", "Alexandrie Seguin"),
    ("Aviso 66\nLlama: Poncio Juan, conserje, 980 900 708", "Poncio Juan"),
    # 11. a curling team's positions
    ("Mannschaftsmeldung\nSkip: John Hummer\nThird: Sigurd Flantz\nSecond: Helene van der Dussen\nLead: Sigmar Eberth",
     "Sigurd Flantz"),
    ("Équipe\nSkip : Daniel Thorens\nTroisième : Margaud Schmitt\nDeuxième : Richard Masson\nPremier : Léa Roy",
     "Margaud Schmitt"),
    # 12. a line-up that ends with the writer
    ("Salut Alice ! l'équipe c'est Élodie Le Gall (skip), Olivie Roger, Camille Dufour et moi.", "Olivie Roger"),
    ("Hi Sam, for Saturday we are Tom Hale, Azeneth Flor and me.", "Azeneth Flor"),
    # 13. whom to ask before the way to reach them
    ("Feedback op de vacature: vragen naar Ayden Zuidweg via facturen@example.com.", "Ayden Zuidweg"),
    ("Feedback on the ad: questions to Azeneth Flor via Slack.", "Azeneth Flor"),
    ("Rückmeldung: Fragen an Kasimir Boucsein über das Portal.", "Kasimir Boucsein"),
]

NOT_A_PERSON = [
    ("Jan  9 11:02:13 web2 sshd[881]: Failed password for invalid user Oracle from 10.1.2.3 port 2222 ssh2", "Oracle"),
    ("Config\n# note: allowed methods GET, POST, Head", "Head"),
    ("Cron\n# Job: runs nightly at 03:00", "Job"),
    ("Job sheet\nTech: Support\nStatus: open", "Support"),
    ("Parte\nVigilante: Securitas", "Securitas"),
    ("Name: Kubernetes Gold\nVersion: 3.2", "Kubernetes Gold"),
    ("Naam: Ovaltine Gold\nVersie: 2", "Ovaltine Gold"),
    ("Sales list\nLead: Bright Homes Ltd\nSource: web", "Bright Homes"),
    ("Anna Weber, Bad Tölz, Bremen und ich", "Bad Tölz"),
    ("Feedback: questions to HR via the portal.", "HR"),
    ("Setup\n# Setup: do not run twice", "Setup"),
    # a reply after a caller's label (found on tuya by the merge's dump of every split)
    ("Sind Sie noch unter 06296/25363893 erreichbar?\nAnrufer: Ja, genau.\n[Konfidenz 0,79]", "Ja"),
    ("Can we reach you on 020 7946 0000?\nCaller: Yes, that's right.", "Yes"),
    ("Bent u bereikbaar op 06-12345678?\nBeller: Ja, klopt.", "Ja"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round83_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round83_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round83_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[thing for _, thing in NOT_A_PERSON])
def test_round83_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
