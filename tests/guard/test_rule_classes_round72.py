"""The person rule classes fixed after the gulch bank's misses and false persons (issue 14, round 72). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were:

1. people: a ski school's or a camp's instructor before the first name ("(instructor Maeve)", "moniteur Hugo"); who
   collects a child on a group list's line ("Ophalen Fenna: oma", "Recoge a Lucía: su abuelo", "Pick-up Aoife:
   grandmother"); who is at work, on leave or on a shift when a chat asks who can come ("Tara at work till 11",
   "Inès bosse jusqu'à minuit", "Ramiro tiene turno", "Jutta hat Nachtschicht", "Sem werkt tot 23u"); a message's
   writer after the greeting, then what it is about ("Hallo, hier Gudrun wegen der Matratze", "hi its Callum about
   the sofa"); a child a club's message says did not come ("Ryan didn't come to ...", "Jonas ist heute nicht
   gekommen"); in whose name an invoice is made out ("bitte Rechnung auf Gesine Lüttke ausstellen", "op naam van
   Sanne Wildendijk"); a list's row whose rare first name and surname no list holds, beside a row of the same list
   that opens with a full name the lists know ("Almut Barkholz: Mo, Di" above "Sereina Steinmann: Do"), or a comma
   list's item after such a name, in a list of three or on lines keyed alike ("Gruppe Bambini: Léonie Hartmann,
   Ekkehart Rörricht"); a relative's full name in brackets after the kinship word, its first name unlisted
   ("Tochter (Wiltrud Henschel, 0171 ...)");
2. not people: a supplier "chez" a name that closes what was ordered ("Mousse commandée chez Hervé.", "foam ordered
   from Hughes."); a facility's word that is also a first name, before the facility's own paper ("Marina price list
   2027", "Marina tarifs"); a German compound noun of a document or a price list after a first name ("Marina
   Preisliste 2027", "Marina Öffnungszeiten"); a kin word alone as a field's value ("Abholung Lina Reuter: Oma,
   Handy ..."); near misses: a buyer before "commandé chez", an ordered thing's maker with no clause end, a
   facility word without its paper, a heading that names no person, an office on leave, "didn't come through", a
   product list's rows, a signature's team beside prose, a table's header, cocktails in a list, a name and its orchestra ("Thomas
   Müller, Wiener Symphoniker"); a voicemail's caller stays found.

Of the 67 cases below (32 to catch, 25 to leave alone, 10 people to keep), 29 fail on round 71.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Snowboard beginners, day 2 (instructor Maeve)\n- Tom Price (age 11)', 'Maeve'),
    ('person', 'Groupe Flocons : départ 9h, moniteur Hugo, retour 11h30', 'Hugo'),
    ('person', 'Grupo Osos: Marta Gil\nMonitora: Lucía\nRecoge a las 13h', 'Lucía'),
    ('person', 'Groep Pinguïns: Daan Peeters\nOphalen Fenna: oma, tel 0612345678', 'Fenna'),
    ('person', 'Grupo Osos: Marta Gil\nRecoge a Lucía: su abuelo, tel. 600 112 233', 'Lucía'),
    ('person', 'Group Blue: Ben Ashworth\nPick-up Aoife: grandmother, see booking', 'Aoife'),
    ('person', 'Groupe Flocons : Jules Martin\nRécupération de Lou : sa tante', 'Lou'),
    ('person', "Crew check: who can cover tonight? Tara at work till 11, Mike free.", 'Tara'),
    ('person', "Qui est dispo ce soir ? Inès bosse jusqu'à minuit.", 'Inès'),
    ('person', 'Qui est dispo ? Bastien est en congé cette semaine.', 'Bastien'),
    ('person', '¿Alguien libre el sábado? Ramiro tiene turno hasta las 22h.', 'Ramiro'),
    ('person', 'Wer kann morgen? Jutta hat Nachtschicht, ich frag Timo.', 'Jutta'),
    ('person', 'Wie kan er vanavond? Sem werkt tot 23u.', 'Sem'),
    ('person', 'Who is around on Friday? Rachel is on leave.', 'Rachel'),
    ('person', 'Hallo, hier Gudrun wegen der Matratze – passt Donnerstag?', 'Gudrun'),
    ('person', 'hi its Callum about the sofa, can you do Tuesday?', 'Callum'),
    ('person', 'hoi, met Sanne over de bank: kan ik vrijdag langskomen?', 'Sanne'),
    ('person', "Dear Mrs Holt, Ryan didn't come to chess club today and we had no message.", 'Ryan'),
    ('person', 'Hallo Frau Meier, Jonas ist heute nicht gekommen. Ist alles in Ordnung?', 'Jonas'),
    ('person', 'Hola, Inés no vino hoy a la ludoteca, ¿todo bien?', 'Inés'),
    ('person', 'Bonjour, Lou n\'est pas venue à l\'aide aux devoirs ce soir.', 'Lou'),
    ('person', 'Auftrag 221: bitte Rechnung auf Gesine Lüttke ausstellen, danke.', 'Gesine Lüttke'),
    ('person', 'Quittung bitte auf Olga Girschner, Barzahlung.', 'Olga Girschner'),
    ('person', 'Graag de factuur op naam van Sanne Wildendijk, kopie naar de boekhouding.', 'Sanne Wildendijk'),
    ('person', 'Bücherei-Helfer KW 9\nAlmut Barkholz: Mo, Di\nSereina Steinmann: Do', 'Almut Barkholz'),
    ('person', 'Nombre;lun;mié\nPatricia Balaguer;sí;no\nEmigdio Mendez;no;sí', 'Emigdio Mendez'),
    ('person', 'Sleutellijst\n- Cato Opmans, kast 3\n- Veerle Diallo, kast 7', 'Cato Opmans'),
    ('person', 'Skikurs Woche 2\nGruppe Bambini: Léonie Hartmann, Ekkehart Rörricht\nGruppe Adler: Marina Kraus',
     'Ekkehart Rörricht'),
    ('person', 'Anwesend: Thomas Müller, Ekkehart Rörricht, Wiltrud Sänger', 'Ekkehart Rörricht'),
    ('person', 'Hausbesuch: Tochter (Wiltrud Henschel, 0171 2233445) bittet um Rückruf.', 'Wiltrud Henschel'),
    ('person', 'Home visit: daughter (Ottoline Marsh) will collect the prescription.', 'Ottoline Marsh'),
    ('person', 'Visita: hija (Azucena Robles, 600 111 222) llamará mañana.', 'Azucena Robles'),
]

LEAVE = [
    ('Atelier : 2 fauteuils à recouvrir. Mousse commandée chez Hervé.', 'Hervé'),
    ('Werkstatt: Schaumstoff bestellt bei Huber, Lieferung Freitag.', 'Huber'),
    ('Schuim besteld bij Jansen, levering vrijdag.', 'Jansen'),
    ('Reupholstery job 88: foam ordered from Hughes.', 'Hughes'),
    ('Marina price list 2027: annual berth 4,120.00 per metre.', 'Marina'),
    ('Marina tarifs 2027 : place à l\'année 4 120 € le mètre.', 'Marina'),
    ('Marina tarieven 2027: jaarplaats 4.120 € per meter.', 'Marina'),
    ('Marina Preisliste 2027: Jahresliegeplatz 4.120 € je Meter.', 'Marina'),
    ('Marina Öffnungszeiten: Mo-Fr 8-18 Uhr.', 'Marina'),
    ('Marina Gebühren 2027: Kran 95 €.', 'Marina'),
    ('The office is on leave until Monday.', 'office'),
    ('Paris est en repos.', 'Paris'),
    ("Update didn't come through, retrying.", 'Update'),
    ('Collection point: car park B', 'Collection'),
    ('Produkt;Menge\nBlue Widget;4\nRed Widget;2', 'Widget'),
    ('Rechnung auf Sylt verschickt.', 'Sylt'),
    ('Vater (Hamburg Süd, Reederei) hat angerufen.', 'Hamburg'),
    ('Skikurs Gruppe 2: Lina Reuter\nAbholung Lina Reuter: Oma, Handy 0171 2233445', 'Oma'),
    ('Notfallkontakt: Opa (Handy 0171 2233445)', 'Opa'),
    ('Dirigent: Thomas Müller, Wiener Symphoniker', 'Symphoniker'),
    ('Dirigent: Thomas Müller, Berliner Philharmoniker', 'Philharmoniker'),
    ('Hi Dana,\n\nAaron Moore, born 4 May 1990, 12 Hill Road\n\nBest,\nMegan\nPeople Ops, Bell-Riley', 'People Ops'),
    ('Cocktail list: Tom Collins, Bloody Mary, Harvey Wallbanger, Moscow Mule.', 'Bloody Mary'),
    ('Bar order\n- Tom Collins, 3\n- Bloody Mary, 4', 'Bloody Mary'),
    ('Voyage scolaire\nNom Prénom | Né(e) le | N° passeport\nManon Delarue | 12/03/2012 | 19AB12345', 'Nom Prénom'),
]

KEEP = [
    ('person', 'Hervé a commandé chez Amazon.', 'Hervé'),
    ('person', 'Gâteau commandé chez Hervé pour samedi.', 'Hervé'),
    ('person', 'Marina: price list sent to Tom yesterday.', 'Marina'),
    ('person', 'Marina Kraus, Liegeplatz 12', 'Marina Kraus'),
    ('person', 'Wer kann morgen? Jutta hat Nachtschicht, ich frag Timo.', 'Timo'),
    ('person', 'Bücherei-Helfer KW 9\nAlmut Barkholz: Mo, Di\nSereina Steinmann: Do', 'Sereina Steinmann'),
    ('person', 'Ticket op naam van Kees Dijkstra', 'Kees Dijkstra'),
    ('person', 'Georges werkt tot 23u, Anouk heeft vrij.', 'Anouk'),
    ('person', 'Dear Mrs Holt, Ryan didn\'t come to chess club today.', 'Holt'),
    ('person', 'Message vocal de Joséphine : "bonjour, je passerai demain vers 10h"', 'Joséphine'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round72_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round72_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("category,text,value", KEEP, ids=[v for _, _, v in KEEP])
def test_round72_people_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
