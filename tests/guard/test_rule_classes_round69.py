"""The person rule classes fixed after the inlier, blowout, machair and tumulus banks' misses and false persons (issue
14, round 69). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. people: a courier's route sheet headed with the rider, the dash or colon now optional and a bracketed note allowed
   ("Delivery run 7 – courier Bethany", "Ronde 2 – bezorger Jasper (bakfiets)"); a keyworker, a support worker, a
   visiting engineer, a cleaner before the first name ("Engineer Callum will text", "cleaner: Rosalind"); to whom a
   shift hands over ("Handing over to Priya for the early shift.", "Übergabe an Bärbel (Frühdienst)."); whom a bed is
   held for until a time ("kept for Tamsin until 11pm", "lit gardé pour Solène jusqu'à minuit"); whose device or home
   connection an address is ("the home IP of Gareth", "# Homeoffice Wiebke"); whose check-up a reminder dates
   ("check-up for Imogen on 14 March", "Kontrolle der Zahnspange von Jannik am 3. Mai"); whose post a moderator took
   down ("post by Keira removed because ..."); whom a freed place on a course goes to ("a space has come up on
   Thursdays for Freya from 4 June", "für Malte ist ab Montag ein Platz ... frei"); who ran a manual job ("manual
   re-import of the price list by Gwen."); a Spanish chat's "ey" ("ey Marcos te vienes ...");
   two common first names before a place-word surname ("Sophie Louise Wood"); the staff on shift ("Nachtdienst:
   Gisela / Verena"); who cleans at a holiday let's changeover ("vertrek 11:00 / aankomst 16:00 – Annelies");
2. not people: German "Abo" (a subscription), Spanish "Misa" (a Mass), a polo shirt's size ("3 Polo Gr. 152";
   "Polo" stays a surname), a dance school's class ("Little Stars Ballet: Amy, Ben, Cara"), a round named after its
   province ("Ruta Cuenca los martes"), a body shop signing a receipt ("Karosseriebau Lindner", "Autoschade
   Hoekstra", "Carrosserie Lemaire"); a firm, a city, a month, a brand after the new cues (a changeover line's
   "– Lourdes", "Backup ... by Monday"; "its" stays a possessive: "its Go client").

Of the 65 cases below (40 to catch, 20 to leave alone, 5 people to keep), 33 fail on round 68.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Delivery run 7 – courier Bethany\n1. collect at the depot', 'Bethany'),
    ('person', 'Tournée du jour – livreuse Mélanie\n#1 retrait chez Dupuis', 'Mélanie'),
    ('person', 'Ronde 2 – bezorger Jasper (bakfiets)\n1) ophalen bij de bakker', 'Jasper'),
    ('person', 'Ruta de hoy: repartidora Marisol\n1. Recogida en almacén', 'Marisol'),
    ('person', 'Resident refused supper. Support worker Gemma informed the manager.', 'Gemma'),
    ('person', 'Your boiler service is booked. Engineer Callum will text when he is on the way.', 'Callum'),
    ('person', 'Cottage 4 changeover: cleaner: Rosalind\nKeys in the safe', 'Rosalind'),
    ('person', 'Putzkraft Hannelore kommt am Samstag um 11.', 'Hannelore'),
    ('person', 'Quiet night, meds given at 22:00. Handing over to Priya for the early shift.', 'Priya'),
    ('person', 'Alles ruhig, Tür abgeschlossen. Übergabe an Bärbel (Frühdienst).', 'Bärbel'),
    ('person', 'Niets bijzonders gemeld. Overgedragen aan Femke.', 'Femke'),
    ('person', 'Sin incidencias en el turno. Relevo: Ascensión.', 'Ascensión'),
    ('person', 'Zimmer 12: Bett am Fenster freigehalten für Rosalie bis 20 Uhr', 'Rosalie'),
    ('person', 'Room 5 – bottom bunk kept for Tamsin until 11pm', 'Tamsin'),
    ('person', "Chambre 2 : lit gardé pour Solène jusqu'à minuit", 'Solène'),
    ('person', 'Habitación 4: cama apartada para Begoña hasta las 23h', 'Begoña'),
    ('person', 'Kamer 1: bed gereserveerd voor Marloes tot middernacht', 'Marloes'),
    ('person', 'Postmortem: the address 10.2.3.4 is the home IP of Gareth, redact it', 'Gareth'),
    ('person', 'Nota: 83.4.5.6 es la IP del ordenador de Remedios, quitarla del informe', 'Remedios'),
    ('person', "Capture réseau : 192.0.2.7 = l'ordinateur de Ségolène (à masquer)", 'Ségolène'),
    ('person', 'allow_list = ["198.51.100.4/32"]  # Homeoffice Wiebke', 'Wiebke'),
    ('person', 'Reminder: check-up for Imogen on 14 March at 10:15, bring the aligners.', 'Imogen'),
    ('person', 'Erinnerung: Kontrolle der Zahnspange von Jannik am 3. Mai um 15 Uhr.', 'Jannik'),
    ('person', 'Recordatorio: cita de control de Araceli el 12/05 a las 9:30.', 'Araceli'),
    ('person', 'Forum: post by Keira removed because it shared a private address.', 'Keira'),
    ('person', 'Modération : commentaire de Maëlle supprimé (hors sujet).', 'Maëlle'),
    ('person', 'Moderación: mensaje de Nuria eliminado por spam.', 'Nuria'),
    ('person', 'Good news: a space has come up on Thursdays for Freya from 4 June.', 'Freya'),
    ('person', 'Se ha quedado libre una plaza los jueves para Inmaculada desde septiembre.', 'Inmaculada'),
    ('person', 'Hallo, für Malte ist ab Montag ein Platz in der Schwimmgruppe frei.', 'Malte'),
    ('person', 'Stock was wrong after the outage; manual re-import of the price list by Gwen.', 'Gwen'),
    ('person', 'Factures en retard : export manuel vers la compta par Josiane', 'Josiane'),
    ('person', 'Nachts kein Abgleich, morgens Neustart des Kassenservers durch Henning.', 'Henning'),
    ('person', 'ey Marcos te vienes al partido del domingo??', 'Marcos'),
    ('person', 'Comments on the flyer attached. Written by Sophie Louise Wood, please reply by Friday.', 'Sophie Louise Wood'),
    ('person', 'Nachtdienst: Gisela / Verena\nKeine Vorkommnisse', 'Gisela'),
    ('person', 'Monitores: Rosendo / Amparo\nSin incidencias', 'Rosendo'),
    ('person', 'Zeezicht: vertrek 11:00 / aankomst 16:00 – Annelies\nSleutel in kluisje', 'Annelies'),
    ('person', 'Cabane du Lac : départ 10h, arrivée 17h – Ghislaine\nLinge fourni', 'Ghislaine'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round69_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ('Ihr Abo wurde verlängert, Kundennummer 55102.', 'Abo'),
    ('Programa: Misa en si menor, Requiem y motetes', 'Misa'),
    ('Courier Express – depot 4\nTracking 88123', 'Express'),
    ('Handed over to Barclays for collection.', 'Barclays'),
    ('Room 2 reserved for Berlin until Friday (tour group).', 'Berlin'),
    ('The IP of Paris office is 10.0.0.1', 'Paris'),
    ('Reminder: check-up for April on 12 May? No: the audit is yearly.', 'April'),
    ('Post by Amazon removed from the shared drive.', 'Amazon'),
    ('A place for Lyon on the 3rd of June tour is free.', 'Lyon'),
    ('cleaner: Dyson V11\nbattery 2 years', 'Dyson'),
    ('Bezahlt mit Karte, danke.\nMit freundlichen Grüßen\nKarosseriebau Lindner', 'Lindner'),
    ('Betaling ontvangen.\nMet vriendelijke groet,\nAutoschade Hoekstra', 'Hoekstra'),
    ('Votre véhicule est prêt.\nCordialement,\nCarrosserie Lemaire', 'Lemaire'),
    ('Bestellung: 3 Polo Gr. 152, 2 Shirts Gr. 164', 'Polo'),
    ('Spring show running order\n2. Little Stars Ballet: Amy, Ben, Cara', 'Stars'),
    ('Recogida de vidrio: Ruta Cuenca los martes.', 'Ruta'),
    ('Gîte du Port : départ 10h, arrivée 16h – Lourdes\nprévoir 2 h de route', 'Lourdes'),
    ('Backup of the sales data by Monday, please.', 'Monday'),
    ('Victoria Park Hill is closed for resurfacing.', 'Victoria'),
    ("hi, its April again - the rota's out", 'April'),
    ('its Go client is maintained by the vendor', 'Go'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round69_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ('Handed over to Priya Shah for the early shift.', 'Priya Shah'),
    ('Keyworker: Dana Holt\nRoom: 4', 'Dana Holt'),
    ('Abo-Kunde: Erika Mustermann', 'Erika Mustermann'),
    ('2. Little Stars Ballet: Amy Cole, Ben Ward', 'Amy Cole'),
    ('Kontakt: Lucía Vidal Polo, 612 555 019', 'Lucía Vidal Polo'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round69_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
