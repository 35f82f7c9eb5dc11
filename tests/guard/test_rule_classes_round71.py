"""The person rule classes fixed after the scarp, knoll, arroyo and cove banks' misses and false persons (issue 14,
round 71). Each case is worded differently from the banks, in the languages where the class exists, with near misses
that must stay as they were:

1. people: whose class a note asks to reword, its teacher ("in de cursusbeschrijving van Sanne staat ...", "the class
   description of Imogen says ..."); a message's writer after the greeting, German "hier", Dutch "met", English "its"
   ("moin, hier Frauke, ...", "hoi, met Sem, ...", "hey its Callum, ..."); who is ill or on shift, the reason a
   family cancels ("Jasper heeft koorts", "Ottilie liegt flach", "a Rocío le han puesto guardia"); a child on a
   seating plan with the age after the first name ("Lotte (6 jr, kindermenu)"); whom a newsletter wishes a happy
   birthday ("happy returns to little Freddie"); a care office's manager, a bike shop's mechanic, a care worker
   before the first name ("manager Howard to ring back", "Monteur: Gunnar"); a rota's people beside a slot that needs
   cover or a day that is closed; a course group's or a team's member named by the group ("Mathis (groupe du mardi)",
   "Femke van de woensdaggroep", "Jonas vom Infrastrukturteam"); a message's writer after "yo het is" or "its ...
   from" ("hey its Logan from the bakery");
2. not people: Spanish "Barra libre" on a wedding quote, an exam's grade ("with Merit"), German "Stand:" on a
   market booking, a groomer's "Nail trim"; a firm's founder and "& Co."; an order's supplier "chez" a name with
   the order's lines below; a market stall's sign and a firm's name field ("Enseigne : Hervé"); a cargo bike's
   maker, a tool maker, a cycling race, a choir movement (Riese & Müller, Park Tool, Amstel Gold Race, À Cœur
   Joie); colours in a table's column beside the names (a start wave); a pet booked at a groomer's that the text
   names ("Trimsalon ...: Bobbie staat op ... ingepland voor wassen"); near misses: a place after the new cues
   ("le cours de Paris"), "its Go client" with no greeting, a greeting's own name before the pet, a firm's
   partners after the mechanic's name ("Monteur: Jeroen Smits, Maes, Claes en Peeters BV").

Of the 54 cases below (27 to catch, 20 to leave alone, 7 people to keep), 31 fail on round 70.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Interne notitie: in de cursusbeschrijving van Sanne staat "chairman", graag wijzigen.', 'Sanne'),
    ('person', 'Remarque : dans la fiche du cours de Bastien, remplacer "blacklist" par "liste de blocage".', 'Bastien'),
    ('person', 'Ojo: en el cartel del taller de Remedios pone "master", hay que cambiarlo.', 'Remedios'),
    ('person', 'Heads-up: the class description of Imogen says "manpower", please reword.', 'Imogen'),
    ('person', 'moin, hier Frauke, ich hab gestern die Leiter zurückgebracht', 'Frauke'),
    ('person', 'hoi, met Sem, ik heb de boor teruggebracht', 'Sem'),
    ('person', 'hey its Callum, left the tent in the shed - all good?', 'Callum'),
    ('person', 'Sorry, wir kommen nicht: Ottilie liegt flach seit gestern.', 'Ottilie'),
    ('person', 'Helaas moeten we afzeggen, Jasper heeft koorts.', 'Jasper'),
    ('person', 'No podemos ir, a Rocío le han puesto guardia el sábado.', 'Rocío'),
    ('person', 'On ne pourra pas venir, Louise est malade depuis lundi.', 'Louise'),
    ('person', "We can't make it, Harriet has the flu.", 'Harriet'),
    ('person', 'Tafel 3\nFam. Jacobs + partner\nLotte (6 jr, kindermenu)\nniet bij de luidsprekers', 'Lotte'),
    ('person', 'Table 7\nM. Favre et son épouse\nAmélie (9 ans, menu enfant)', 'Amélie'),
    ('person', 'Parish news: happy returns to little Freddie, who turned three on Sunday.', 'Freddie'),
    ('person', 'Customer rang at 10:05, very cross; manager Howard to ring back before noon.', 'Howard'),
    ('person', 'Reparaturauftrag 4471\nSchaltung einstellen\nMonteur: Gunnar', 'Gunnar'),
    ('person', 'Wondverzorging gedaan\nZorgverlener: Mirjam', 'Mirjam'),
    ('person', '| Day | Early | Late |\n|---|---|---|\n| Mon | Oliver | Grace |\n| Tue | Amelia | NEEDS COVER |\n'
               '| Sun | Jacob | closed |', 'Amelia'),
    ('person', 'hallo hier Wiebke! das Rad ist fertig?', 'Wiebke'),
    ('person', 'Sorry, Dylan is off sick today, so no training.', 'Dylan'),
    ('person', 'Morning all, Priya from Thursday\'s class has found a flat.', 'Priya'),
    ('person', 'Bonjour à tous, Mathis (groupe du mardi) commence un stage lundi.', 'Mathis'),
    ('person', 'Hoi allemaal, Femke van de woensdaggroep stopt na de zomer.', 'Femke'),
    ('person', 'Alert: disk full on build-02 - bitte Jonas vom Infrastrukturteam informieren', 'Jonas'),
    ('person', 'yo het is Sanne van kamer 3.12, de droger is kapot', 'Sanne'),
    ('person', 'hey its Logan from the bakery, can we up the order to 40?', 'Logan'),
]

LEAVE = [
    ('Menú boda 120 cubiertos\nBarra libre 4 h: 2.400 €\nAlquiler finca: 3.000 €', 'Barra'),
    ('Your candidate passed Grade 5 with Merit (128). Certificates follow by post.', 'Merit'),
    ('Händler: Vintage & Co.\nStand: Halle 3, Nr. 22\nStandgebühr: 120 €', 'Stand'),
    ('Small dog full groom £35\nNail trim £8 (walk-in)\nOpen Tue-Sat', 'Nail'),
    ('Bestellung 5512 bei Lehmann & Co.\n10x Schlauch 28-622', 'Lehmann'),
    ('Commande 88123 chez Garnier\n4 chambres à air 700x28', 'Garnier'),
    ('Exposant : société Bric-à-Brac\nEnseigne : Hervé\nEmplacement : allée B', 'Hervé'),
    ('Rental bike: Riese & Müller Load 75, frame 2211', 'Müller Load'),
    ('1x Park Tool PCS-10 repair stand, EAN 0763477001234', 'Park Tool'),
    ('Rugnummer 88 – Amstel Gold Race toerversie, start 8:00', 'Amstel Gold'),
    ('Concert de la chorale À Cœur Joie samedi à 20h', 'Cœur Joie'),
    ('Bib | Runner | Wave\n101 | Cory Fox | Blue\n102 | Ann Lee | Blue\n103 | Tim Oduya | Yellow', 'Blue'),
    ('Hondentrimsalon Kwispel: hoi Femke, Bobbie staat op 3 mei om 10:00 ingepland voor wassen en knippen.', 'Bobbie'),
    ('Toilettage du Parc : bonjour, on vous attend samedi avec Filou pour la coupe + bain.', 'Filou'),
    ('Note : la description du cours de Paris, remplacer le lieu.', 'Paris'),
    ('its Go client is built by the vendor', 'Go'),
    ('Helaas moeten we afzeggen, Amsterdam heeft een storing op het spoor.', 'Amsterdam'),
    ('Mecánico: Taller Ruiz, presupuesto aceptado', 'Taller Ruiz'),
    ('Inspectie ketel: ok\nMonteur: Jeroen Smits, Maes, Claes en Peeters BV', 'Maes'),
    ('Coach 2: Paris (group B) leaves at 9.', 'Paris'),
]

KEEP = [
    ('person', 'Hondentrimsalon Kwispel: hoi Femke, Bobbie staat op 3 mei om 10:00 ingepland voor wassen.', 'Femke'),
    ('person', 'Sehr geehrte Frau Barra, vielen Dank.', 'Barra'),
    ('person', 'Ana Barra confirmó la reserva.', 'Ana Barra'),
    ('person', 'Stand: 3. Mai\nKontakt: Jana Stand, 0171 2233445', 'Jana Stand'),
    ('person', 'Bib | Runner | Wave\n101 | Cory Fox | Blue\n102 | Ann Lee | Blue', 'Cory Fox'),
    ('person', 'Dans la description du cours de Julien, remplacer "salesman".', 'Julien'),
    ('person', 'Inspectie ketel: ok\nMonteur: Jeroen Smits, Maes, Claes en Peeters BV', 'Jeroen Smits'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round71_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round71_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("category,text,value", KEEP, ids=[v for _, _, v in KEEP])
def test_round71_people_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
