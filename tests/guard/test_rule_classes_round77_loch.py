"""The person classes fixed after the loch bank (issue 14, round 77, by a helper): loch's false persons (46 on first
contact with round 76) and missed persons (person recall 0.968), and the rill bank's false persons. Each case is worded
differently from the banks, in the languages where the class exists, with near misses that must stay as they were:

1. people: a scout or a camper named with the patrol they sleep in ("FYI Harriet in Curlew patrol was sick in the
   night", "Ramiro (patrulla Halcones) se torció el tobillo", "Gaston (patrouille des Écureuils) a perdu ses
   lunettes", "Jonas (Sippe Falken) hatte Heimweh", "Daan uit de patrouille Bevers had buikpijn"); a scorebook's or a
   match report's injured player after its label ("Injured: Callum, twisted ankle", "Lesionada: Remedios, codo",
   "Blessée : Ginette, cheville", "Verletzt: Anselm, Finger geprellt", "Geblesseerd: Sjoerd, enkel"); an allotment
   plot's holder, a first name alone before the colon ("Plot 7 – Harriet: runner beans", "Tuin 12 – Fenna: bonen",
   "Parcela 4 – Remedios: tomates", "Parcelle 9 – Ginette: radis", "Garten 2 – Anselm: Kürbis"); who pushed to the
   main branch ("Callum pushed straight to main again", "Anselm hat direkt auf master gepusht", "Sjoerd heeft
   rechtstreeks naar master gepusht", "Ramiro hizo push directo a master"); a table's cell under its owner column,
   beside a person found in it, whose first name or surname a list holds ("Nr | Eigenaar | Slotnr." above "4 | Fenna
   Oostergo | CD4567", "N° | Propriétaire" above "2 | Ginette Perrot", "Nº | Propietario", "Nr | Eigentümer");
2. no people: a team's, a relay's, a club's or a choir's own name under its mapping's name key in a YAML record
   ("team:\n  name: \"The Herons\"", "mannschaft:\n  name: \"Flinke Füchse\"", "equipe:\n  nom: \"Les Lièvres\"",
   "equipo:\n  nombre: \"Las Tortugas\"", "ploeg:\n  naam: \"De Reigers\""); the word after a garment's size "M."
   ("hoodie M. Please ...", "Größe M. Bitte ...", "talla M. Gracias ..."); a match's toss before its result ("Toss
   lost, batted second", "Toss gewonnen"); a firm named by a surname and its trade ("Price Roofing", "Jansen
   Vloeren"); a ferry or a coach before its booking ("Ferry booking ref 4471", "Coach booking ref ..."); a dog on a
   puppy class's register after its owner and "&" ("Priya & Biscuit - here"), or whose place on the class is
   confirmed ("Confirming Bella's place on the puppy class");
3. near misses: a team's member listed under the team's key ("team:\n  - name: Harriet Lowe"), a person's record
   with a plain name key ("runner:\n  name: Harriet Lowe"), a French title before a surname ("M. Dupont viendra"), a
   surname before a trade that is not one ("Harriet Price will call"), a first name after "&" on a list that is no
   dog class's, a plot's number before a firm ("Plot 7 – Gemeinde: Kompost"), a branch pushed by a bot's word, a
   firm under a fleet's owner column.

Of the 46 cases below (23 to catch, 5 people beside the classes that must stay found, 17 things to leave alone, one
test of two near misses), 21 fail on round 76 (several of the patrol, injury and push cases are found by round 76
already where the first name is a common one and an older cue holds).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Leaders group: heads up, Harriet in Curlew patrol was sick in the night, all fine now.', 'Harriet'),
    ('person', 'Monitoras: Ramiro (patrulla Halcones) se torció el tobillo, ya camina.', 'Ramiro'),
    ('person', 'Chefs : Gaston (patrouille des Écureuils) a perdu ses lunettes hier soir.', 'Gaston'),
    ('person', 'Leitung: Jonas (Sippe Falken) hatte Heimweh, jetzt geht es wieder.', 'Jonas'),
    ('person', 'Leiding: Daan uit de patrouille Bevers had buikpijn, nu beter.', 'Daan'),
    ('person', 'Match report, Sunday\nInjured: Callum, twisted ankle, iced.', 'Callum'),
    ('person', 'Acta del partido\nLesionada: Remedios, golpe en el codo.', 'Remedios'),
    ('person', 'Compte rendu\nBlessée : Ginette, entorse à la cheville.', 'Ginette'),
    ('person', 'Spielbericht\nVerletzt: Anselm, Finger geprellt, Eis drauf.', 'Anselm'),
    ('person', 'Wedstrijdverslag\nGeblesseerd: Sjoerd, enkel verzwikt.', 'Sjoerd'),
    ('person', 'Seed swap\nPlot 12 – Mary Lowe: courgettes\nPlot 7 – Harriet: runner beans, brings them Sunday', 'Harriet'),
    ('person', 'Zadenruil\nTuin 3 – Piet Jansen: sla\nTuin 12 – Fenna: bonen, neemt ze zaterdag mee', 'Fenna'),
    ('person', 'Intercambio de semillas\nParcela 4 – Remedios: tomates, los trae el sábado', 'Remedios'),
    ('person', 'Troc de graines\nParcelle 9 – Ginette: radis, apporte samedi', 'Ginette'),
    ('person', 'Saatguttausch\nGarten 2 – Anselm: Kürbis, bringt Sonntag mit', 'Anselm'),
    ('person', 'CI red again: Callum pushed straight to main without a review.', 'Callum'),
    ('person', 'Pipeline rot: Anselm hat direkt auf master gepusht, ohne Review.', 'Anselm'),
    ('person', 'Build stuk: Sjoerd heeft rechtstreeks naar master gepusht.', 'Sjoerd'),
    ('person', 'Build roto: Ramiro hizo push directo a master otra vez.', 'Ramiro'),
    ('person', 'Fietsregistratie\nNr | Eigenaar | Slotnr. | Adres\n3 | Joost Verbeek | AB1234 | Kerkstraat 2, Gouda\n4 | Fenna Oostergo | CD4567 | Dorpsstraat 9, Gouda', 'Fenna Oostergo'),
    ('person', 'Gravure vélos\nN° | Propriétaire | Cadre | Adresse\n1 | Marie Dubois | K88 | 3 rue Neuve, Lyon\n2 | Ginette Perrot | K91 | 8 rue Haute, Lyon', 'Ginette Perrot'),
    ('person', 'Registro de bicis\nNº | Propietario | Cuadro | Dirección\n1 | Ana López | G77 | Calle Sol 3, Soria\n2 | Remedios Sales Urrutia | G78 | Calle Luna 4, Soria', 'Remedios Sales Urrutia'),
    ('person', 'Fahrradcodierung\nNr | Eigentümer | Rahmennr. | Adresse\n1 | Jonas Roth | R11 | Ringstr. 9, Linz\n2 | Anselm Drubin | R12 | Hauptplatz 1, Linz', 'Anselm Drubin'),
]

LEAVE = [
    ('team:\n  name: "The Herons"\n  runners:\n    - name: Harriet Lowe\n      born: 1990-02-03\n', 'Herons'),
    ('mannschaft:\n  name: "Flinke Füchse"\n  spieler:\n    - name: Jonas Roth\n      geboren: 03.02.1990\n', 'Füchse'),
    ('equipe:\n  nom: "Les Lièvres"\n  coureurs:\n    - nom: Ginette Roy\n      naissance: 3 février 1990\n', 'Lièvres'),
    ('equipo:\n  nombre: "Las Tortugas"\n  corredores:\n    - nombre: Remedios Gil\n      nacimiento: 1990-02-03\n', 'Tortugas'),
    ('ploeg:\n  naam: "De Reigers"\n  lopers:\n    - naam: Fenna de Vries\n      geboren: 3 februari 1990\n', 'Reigers'),
    ('Swap: Harriet Lowe out, Mary Cole in. Email mary@example.org, hoodie M. Please update the list.', 'Please'),
    ('Tausch: Jonas Roth raus. Neue Größe M. Bitte Liste ändern.', 'Bitte'),
    ('Cambio: Remedios Gil, talla M. Gracias por avisar.', 'Gracias'),
    ('Match notes v Harlow CC\nToss lost, batted second. Rain at tea.', 'Toss'),
    ('Spielnotizen gegen Köln\nToss gewonnen, Schlagmann zuerst.', 'Toss'),
    ('Roof quote\nRidge tiles £320\nFitting next week by Price Roofing, Leeds.', 'Price Roofing'),
    ('Offerte\nLaminaat 20 m2\nLevering door Jansen Vloeren, Utrecht.', 'Jansen Vloeren'),
    ('Group: Mrs Cole. Ferry booking ref 4471229, sailing at 9.', 'Ferry'),
    ('Tour: Mr Hale. Coach booking ref 88120, pick-up 7:30.', 'Coach'),
    ('Puppy class register\nPriya & Biscuit - here\nTom & Maple - late', 'Biscuit'),
    ('Hi Sam! Confirming Bella\'s place on the puppy class, bring treats.', 'Bella'),
    ('Fleet\nNr | Owner | Frame | Address\n1 | Harriet Lowe | F1 | 3 Mill Lane\n2 | Acme Logistics | F2 | 4 Dock Road', 'Acme'),
]

KEEP = [
    ('person', 'team:\n  - name: Harriet Lowe\n    born: 1990-02-03\n', 'Harriet Lowe'),
    ('person', 'M. Dupont viendra lundi pour le devis.', 'Dupont'),
    ('person', 'Book club list\nPriya & Mary - here\nTom & Anna - late', 'Mary'),
    ('person', 'Hi Sam! Confirming Bella\'s place on the yoga class.', 'Bella'),
    ('person', 'Bike list\nNr | Owner | Frame | Address\n1 | Harriet Lowe | F1 | 3 Mill Lane, York', 'Harriet Lowe'),
]


@pytest.mark.parametrize("category,text,value", CATCH + KEEP, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH + KEEP])
def test_round77_loch_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round77_loch_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []


def test_round77_loch_near_misses_stay_clean(scanner: Scanner) -> None:
    for text in ('Seed swap\nPlot 7 – Gemeinde: Kompost', 'Build red: Renovate pushed straight to main.'):
        assert [h for h in found(scanner, text) if h[0] == "person"] == [], text
