"""The person classes fixed after the holm and sike banks (round 81, persons half, by a helper): holm's false persons (50,
35 clean rows: 5.8% of its clean rows flagged) and sike's (44; 19 clean rows, 3.4%), classes 1 to 5; holm's missed
persons (34, recall 0.970) and sike's (40, recall 0.970), classes 6 to 9. Each case is worded differently
from the banks, in the languages where the class exists, with near misses that must stay persons:

1. a product named like a person after its brand, then its price or a price "on request" ("Junghans Max Bill 2.190,00
   €", "Patek Philippe Calatrava - price on request", "Breitling Chris Evans auf Anfrage", "Cartier Santos Dumont sur
   demande", "Omega Lisa Marie op aanvraag"), or a brand and its model, then the model's number or trim code ("Michelin
   Pilot Sport 4", "Knaus Sky TI", "Renault Clio RS"); a person at a firm, "bei Bosch Anna Weber: 0171 ...", stays one;
2. a rota's slot that opens its line with a weekday's short name and a task, over another weekday's bare slot ("Mo
   Riesling Steillage:" over "Mi:", "Tue Bottling Line:" over "Wed:", "Mar Vendanges Haut :" over "Mer :", "Lu Vendimia
   Alta:" over "Mi:", "Ma Oogst Boven:" over "Wo:"); "Mo Farah: 5000 m" over "Di Resta: 4th" stays people;
3. a street: a seafront's ("Marine Parade", "Royal Esplanade"), a street's type last after a unit's number ("hut 61,
   Lincoln Row", "unit 4, Albert Close"), or one word after a title ("Dr. Zamenhofstraat", "Dr.-Kuyper-Plein",
   "Prof.-Kochstraße"); "Seat 4, Anna Weber", "Dr. Versteeg" stay persons;
4. a model named after its maker after the model's word, then its price ("modelo Torres o Santos Hernández, 2.400,00 €",
   "Modell Torres oder Hermann Hauser, 2.400,00 €", "model Torres or Hermann Hauser - EUR 2,400.00"); a fee with no
   model's word stays a person's;
5. a Spanish status line that opens with a noun the first names' list holds ("Seña pagada", "Tomas cada 3 h"); a first
   name then a verb, or a patient's state ("Tomás come bien", "Lucía orientada"), stays a person.

6. an emergency contact's first name between the label and the number, on a sign-up list's line ("Amy Cole – emergency
   no. Harriet +44 7700 900123", "Notfallkontakt: Guy 0171 ...", "personne à prévenir : Laure 06 ...", "en caso de
   emergencia Roberto (600 ...)", "noodcontact: Bart 06-..."); a service, "En cas d'urgence : Police 17", stays no one;
7. a log's lower-case user key's value ("username=Harriet", "acked_by=Laurence", "assignee=Jeanne", 'user="Bart
   Visser"'); a service's account, "user=Admin", stays no one;
8. a note passed on after an arrow, the first name before a colon ("Fernleihe -> Ottilie:", "accueil → Solène :", "Front
   desk -> Harriet:", "recepción -> Remedios:"); "Paris -> London:" stays no one;
9. children listed after their label, each with a birth date in brackets ("Kinder: Simone (3. Mai 2015), Guy
   (12.03.2018)", "Children: Holly (12/03/2015) and Guy (...)", "Kinderen: Roos (...) en Bart (...)", "Menores: Remedios
   (...), Elpidio (03/02/2015)"); "Kinder: Eintritt (ab 3 Jahren)" stays no one;
10. who commented on a draft, a first name after the comments' word and "from" before a colon ("feedback from Holly:",
   "Anmerkungen von Guy:", "remarques de Laure :", "comentarios de Roberto:", "opmerkingen van Bart:"); "comments from
   Marketing:", "Notes from June:" stay no one;
11. who takes an alert on, a first name opening a sentence before the taking's words ("Roos neemt het over", "Holly is
   on it", "Guy übernimmt", "Laure s'en occupe", "Roberto se encarga"); "Ella se encarga", "Monitoring is on it" stay
   no one.

Of the 27 names to catch (classes 6 to 11), 12 fail on round 80 (the others, whose labels earlier frames read already,
guard the classes' other languages); the 8 things those frames must leave pass on both. Of the 25 things to leave
(classes 1 to 5), 21 are persons on round 80 (all but "Tue Bottling Line", "Lun Vendanges Haut", "unit 4, Albert Close"
and "Prof.-Kochstraße", which no rule took there: they guard the vetoes' other languages and shapes); the 10 persons to
keep pass on both ("Mar Gómez: turno" over "Jue: libre" failed on this round's first draft of class 2).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 6. an emergency contact's first name before the number
    ("Wanderung Sa 9 Uhr\n1. Jonas Roth (+1)\n2. Lea Kern, Notfallkontakt: Guy 0171 2345678\n3. Ben Fry", "Guy"),
    ("Ramble, Sunday\n1. Tom Hale\n2. Amy Cole – emergency no. Harriet +44 7700 900123\n3. Ben Fry", "Harriet"),
    ("Randonnée\n1. Léa Roy\n2. Paul Marin, personne à prévenir : Laure 06 12 34 56 78", "Laure"),
    ("Excursión\n1. Ana Gil\n2. Luis Mora - en caso de emergencia Roberto (600 123 456)", "Roberto"),
    ("Wandeling\n1. Jan Smit\n2. Eva Bos, noodcontact: Bart 06-12345678", "Bart"),
    # 7. a log's user key
    ("[Sentry] TypeError in checkout\nUser: id=4412 username=Harriet email=h@example.org", "Harriet"),
    ("2025-03-01 10:02 nagios: PROBLEM host=db-02 state=CRITICAL acked_by=Laurence", "Laurence"),
    ("ticket=INC-4471 status=open assignee=Jeanne priority=2", "Jeanne"),
    ('door=B2 event=BADGE_OK user="Bart Visser" src=10.0.0.4', "Bart Visser"),
    # 8. a note passed on after an arrow
    ("Fernleihe -> Ottilie: der Mikrofilm ist da, bitte bis Freitag zurück.", "Ottilie"),
    ("accueil → Solène : le colis est arrivé, il est au bureau 2.", "Solène"),
    ("Front desk -> Harriet: your parcel came, it's in the back office.", "Harriet"),
    ("recepción -> Remedios: ha llegado tu paquete.", "Remedios"),
    # 9. children listed with their birth dates
    ("Einverständnis Kletterhalle\nErziehungsberechtigt: Jonas Roth\nKinder: Simone (3. Mai 2015), Guy (12.03.2018)", "Guy"),
    ("Waiver\nParent: Tom Hale\nChildren: Holly (12/03/2015) and Guy (2017-01-04)", "Holly"),
    ("Toestemming\nOuder: Jan Smit\nKinderen: Roos (12-03-2015) en Bart (3 mei 2018)", "Roos"),
    ("Consentimiento\nTutor: Ana Gil\nMenores: Remedios (6 de agosto de 2012), Elpidio (03/02/2015)", "Elpidio"),
    # 10. who commented on a draft
    ("job ad v2 - feedback from Holly:\n> 'young team'\nplease reword", "Holly"),
    ("Stellenanzeige, Entwurf 3 – Anmerkungen von Guy:\n„junges Team“ streichen", "Guy"),
    ("Annonce v2 – remarques de Laure :\n« jeune équipe » à retirer", "Laure"),
    ("Anuncio, borrador 2 - comentarios de Roberto:\nquitar «joven»", "Roberto"),
    ("Vacature, concept 2 - opmerkingen van Bart:\n'jong team' eruit", "Bart"),
    # 11. who takes an alert on
    ("[Zabbix] PROBLEM db-02 unreachable since 03:10. Roos neemt het over, updates volgen.", "Roos"),
    ("Pager: checkout API 500s since 09:12. Holly is on it, will post here.", "Holly"),
    ("Alarm: Backup fehlgeschlagen um 02:00. Guy übernimmt, Rückmeldung folgt.", "Guy"),
    ("Alerte : imprimante du 2e en panne depuis 8h. Laure s'en occupe.", "Laure"),
    ("Aviso: caída del servidor de correo a las 7:40. Roberto se encarga.", "Roberto"),
]

LEAVE = [
    # 1. a brand's product named like a person
    ("Servicepreise: Junghans Max Bill 2.190,00 €, Nomos Tangente 1.450,00 €.", "Max Bill"),
    ("WATCH SERVICING\nPatek Philippe Calatrava - price on request\nRolex Datejust - GBP 650.00", "Philippe Calatrava"),
    ("Revision: Breitling Navitimer 1.200,00 €, Cartier Santos Dumont sur demande.", "Santos Dumont"),
    ("Precios: Omega Seamaster 900,00 €, Patek Philippe Nautilus a consultar.", "Philippe Nautilus"),
    ("sku;brand;size\nPS4-1;Michelin Pilot Sport 4;225/40 R18\nBR-2;Bridgestone Turanza T005;205/55 R16", "Pilot Sport"),
    ("Fleet: VAN-03 Knaus Sky TI service 2027-03-01, VAN-04 Hymer Eriba booked.", "Knaus Sky"),
    # 2. a rota's weekday slot
    ("Einteilung Lese\nMo Riesling Steillage: Anna Weber, Jonas Roth\nDi Spätburgunder: Lea Kern\nMi: frei", "Riesling"),
    ("Einteilung Lese\nMo Riesling Steillage: Anna Weber, Jonas Roth\nDi Spätburgunder: Lea Kern\nMi: frei", "Spätburgunder"),
    ("Harvest rota\nMon Bottling Line: Tom Hale, Amy Cole\nTue Cellar Door: Ben Fry\nWed: off", "Bottling"),
    ("Vendanges\nLun Vendanges Haut : Léa Roy, Paul Marin\nMar Cuverie Basse : Jean Roux\nMer : repos", "Vendanges"),
    ("Turnos\nLu Vendimia Alta: Ana Gil, Luis Mora\nMa Bodega Baja: Eva Ruiz\nMi: descanso", "Vendimia"),
    ("Rooster\nMa Oogst Boven: Jan Smit, Eva Bos\nDi Kelder Beneden: Piet Kok\nWo: vrij", "Oogst"),
    # 3. a street
    ("Beach hut hire (hut 12, Marine Parade), paid by card.", "Marine Parade"),
    ("Penalty notice issued to hut 61, Lincoln Row, on 2028-01-05.", "Lincoln Row"),
    ("Parcel left at unit 4, Albert Close, by the courier.", "Albert Close"),
    ("Levering via de zij-ingang Dr. Zamenhofstraat.", "Zamenhofstraat"),
    ("Lieferung an den Hintereingang Prof.-Kochstraße.", "Kochstraße"),
    # 4. a model named after its maker
    ("Curso de guitarra: modelo Torres o Santos Hernández, 2.400,00 € con maderas.", "Santos Hernández"),
    ("Gitarrenbaukurs: Modell Torres oder Hermann Hauser, 2.400,00 € inkl. Holz.", "Hermann Hauser"),
    ("Guitar course: model Torres or Hermann Hauser - EUR 2,400.00 with woods.", "Hermann Hauser"),
    ("Stage de lutherie : modèle Torres ou Hermann Hauser : 2 400,00 € bois compris.", "Hermann Hauser"),
    # 5. a Spanish status line's noun
    ("Orden de trabajo 123\nCliente: Ana Gil\nSeña pagada\nRecogida: viernes", "Seña"),
    ("Orden 55\nSeña abonada.\nEntrega el lunes", "Seña"),
    ("Visita de lactancia\nBebé de 3 semanas\nTomas cada 3 h, agarre correcto", "Tomas"),
    ("Visita de lactancia\nTomas cada 2-3 horas, sin dolor", "Tomas"),
]

KEEP = [
    ("Ansprechpartner bei Bosch Anna Weber: 0171 2345678", "Anna Weber"),
    ("Honorar Anna Weber, 2.400,00 €", "Anna Weber"),
    ("Ergebnisse\nMo Farah: 5000 m gold\nDi Resta: 4th", "Mo Farah"),
    ("Seat 4, Anna Weber", "Anna Weber"),
    ("Kontakt: Anna Lane, Telefon folgt", "Anna Lane"),
    ("Dr. Versteeg belt u terug.", "Versteeg"),
    ("Planta 3\nTomás come bien\nLucía orientada, colaboradora", "Tomás"),
    ("Planta 3\nTomás come bien\nLucía orientada, colaboradora", "Lucía"),
    ("Mar Gómez: turno de mañana\nJue: libre", "Mar Gómez"),
    ("Meeting with Harrison Ford 3 times a week", "Harrison Ford"),
]

NOT_A_PERSON = [
    ("En cas d'urgence : Police 17, pompiers 18.", "Police"),
    ("db=prod user=Admin pass=***", "Admin"),
    ("Paris -> London: 2 h 15 by train", "London"),
    ("Kinder: Eintritt (ab 3 Jahren) 5 €", "Eintritt"),
    ("Flyer v2 - comments from Marketing:\n- fine", "Marketing"),
    ("Notes from June: all fine", "June"),
    ("Caída del servidor de correo. Ella se encarga.", "Ella"),
    ("Alert: db-02 down. Monitoring is on it.", "Monitoring"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round81_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round81_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round81_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[thing for _, thing in NOT_A_PERSON])
def test_round81_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
