"""The missed-person rule classes fixed after the oxbow, levee, combe and shoal banks (issue 14, round 73; their false
persons are in test_rule_classes_round73_not_people.py). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. first names on a timetable's line, after its time or its day and the line's label: a riding school's group, a
   school bus's stop, a bell-ringing rota ("11:00 Grupo salto: Rogelio, Ángel", "7h12 rue X 19 : Marc, Alfred", "zo
   13: de heer Adriaense + Febe"); a rider on a riding school's horse ("Kenneth on Biscuit", "Roland sur Caramel");
   a volunteer or a foster family in brackets ("Nele (Ehrenamt, Singkreis)", "Mathilde (famille d'accueil)"); an
   unrated chess player ("Georgette (geen rating)", "Monica (ungraded)"); a child's allergen ("Gitte - Erdnuss"); a
   school bus's child with the school year ("Arthur (Y4)", "Marthe (CE2)"); who covers a rota's slot ("Jennifer will
   cover"); an incident escalated in French and German ("Escaladé vers Élise", "Eskalation an Georges nach 15
   Min."); a helpline's caller, the engineer on call, a literacy class's learner, a care round's family contact, a
   transport's passenger ("caller Mackenzie", "On-call was Adam;", "Learner: Francisco (ref ...)", "Contact famille :
   Sandra", "client Sophie pas présent"); a child taken ill at school ("Honoré a fait un malaise"); a relative in
   brackets after the family's word ("Familie (Marijke) gebeld", "NOK (Lindsey) informed"); a rooming list's pair
   ("Rm 15 twin: Gary + Kate"); a text that calls its reader before "your exam" ("Boaz je examen staat op ..."); a
   signature's role after a closing word ("Fraternellement, Nolan, cheftaine", "Morris (rijschool)"); the writer in
   brackets after "I" ("ich (Cläre) kann nicht"); whom a driver picked up ("picked up Jennifer from ..."); a
   go-between to message ("via Carly - please message her"); a rota's newcomer ("Connor (new, shadowing)"); who
   started a failed build ("Auslöser: Push von Katja"); whom a note is for ("Note de la com' à Julie :"); whose
   identity document ("der Reisepass von Lina läuft ab");
2. near misses: places and words after the same cues ("Room 3: Paris + Rome", "Paris ton examen", "picked up Paris
   from the airport", "Triggered by Dependabot", "Note to Paris office:"), a product in brackets ("Linux (new
   kernel)"), a horse's name alone, a client program ("The client Outlook"), a firm's partners after prose on a timed
   line or before "will cover" ("I know you work at Collins, Thomas and Morris", "Allen, Gilbert and Lawson will
   cover flights"), a firm's customer service ("Le service client Roger", "payroll bureau client Johnson PLC").

Of the 55 cases below (41 to catch, 14 to leave alone), 27 fail on round 72 (the others hold on round 72 already:
the class is new in the banks, not every wording of it).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Reitplan Sonntag\n10:00 Gruppe B: Rudolf, Theresa, Konrad\n11:00 Einzelstunde Mia Berg', 'Theresa'),
    ('person', 'Sunday rides\n11:00  Hacking group - Oliver, Harriet, Thomas', 'Harriet'),
    ('person', 'Ligne 4 - matin\n7h20 rue des Lilas 12, 1203 Genève : Lucie, Hugo\nChauffeur : Marc Favre', 'Hugo'),
    ('person', 'Luidrooster december\nzo 20: mevrouw Peeters + Jente\nKerstnacht: Jan Smits', 'Jente'),
    ('person', 'Reitstunden Sonntag\n9:00 Anfänger: Lotte auf Sternchen, Paul auf Max', 'Lotte'),
    ('person', 'Riding school Sunday\n09:00  Lead rein - Harriet on Toffee, Jack on Pepper', 'Harriet'),
    ('person', 'Planning du manège\n9h Poney : Louise sur Caramel', 'Louise'),
    ('person', 'Bezoekersboek\n2024-03-01 14:00 Jozef (vrijwilliger, voorlezen)', 'Jozef'),
    ('person', 'Compte rendu de synthèse. Nous ne pouvons pas venir le matin. Sophie (famille d\'accueil)', 'Sophie'),
    ('person', 'Round 2\nBd 1  Ann Lee (1840) - Tim Oduya (1790)\nBd 2  Jo Park (1700) - Harriet (unrated)', 'Harriet'),
    ('person', 'Ronda 2\nMesa 2: Pablo Ruiz (1710) - Lucía (sin ELO)', 'Lucía'),
    ('person', 'Allergies Group Ladybirds\nOliver - peanuts\nHarriet - eggs', 'Harriet'),
    ('person', 'Lista de alergias\nLucía - frutos secos\nMarta - lactosa', 'Marta'),
    ('person', 'Bus 3 - AM\n07:10  12 Mill Road, Leeds  Oliver (Y5)', 'Oliver'),
    ('person', 'Ligne 2\n7h05 rue Neuve 3, Lyon : Camille (CM1)', 'Camille'),
    ('person', 'Rota change: Tom Hill can\'t do Sunday, Harriet will cover.', 'Harriet'),
    ('person', 'Déclenché à 02:10\nEscaladé vers Camille (astreinte)', 'Camille'),
    ('person', 'Fehlerrate > 5%\nEskalation an Konrad nach 10 Min.', 'Konrad'),
    ('person', 'Helpline log 14:02 - caller Harriet (refused surname)', 'Harriet'),
    ('person', 'Incident review: on-call was Oliver; the pager was muted.', 'Oliver'),
    ('person', 'Tutoring log\nLearner: Harriet (ref 22341)\nTutor: Ann Lee', 'Harriet'),
    ('person', 'Passages 8h et 19h\nContact famille : Camille, c.x@example.net', 'Camille'),
    ('person', 'chauffeur : client Camille absent au 3 rue Neuve', 'Camille'),
    ('person', 'Bonjour, petit souci : Camille a fait un malaise en récréation.', 'Camille'),
    ('person', 'Overgebracht naar het ziekenhuis. Familie (Jente) gebeld.', 'Jente'),
    ('person', 'Transferred to the General. NOK (Harriet) informed by phone.', 'Harriet'),
    ('person', 'Room list\nRm 3 single: Mr Hill\nRm 4 twin: Oliver + Harriet', 'Harriet'),
    ('person', 'Zimmerliste\nZi. 7 DZ: Lotte + Konrad', 'Lotte'),
    ('person', 'Zimmerliste\nZi. 8 DZ:   Lotte + Konrad', 'Konrad'),
    ('person', 'Jente je examen staat gepland op 3 mei om 9:00', 'Jente'),
    ('person', 'Camille ton examen est confirmé le 4 mai.', 'Camille'),
    ('person', 'Rendez-vous à 8h. Amitiés, Camille, cheftaine', 'Camille'),
    ('person', 'Vergeet je ID niet. Jente (rijschool)', 'Jente'),
    ('person', 'Hallo zusammen, ich (Konrad) kann am Samstag nicht zur Wache.', 'Konrad'),
    ('person', 'driver log: picked up Harriet from 4 Mill Road at 9:10', 'Harriet'),
    ('person', 'Uniform sale: items via Harriet - please text her to reserve', 'Harriet'),
    ('person', 'Mon AM  library trolley Harriet (new, shadowing)', 'Harriet'),
    ('person', 'Build fehlgeschlagen #88\nAuslöser: Push von Konrad', 'Konrad'),
    ('person', 'Build failed #12\nTriggered by Harriet', 'Harriet'),
    ('person', 'Note du service com\' à Camille : merci de retirer la mention', 'Camille'),
    ('person', 'Hallo Frau Berg,\nder Reisepass von Lotte läuft im Mai ab.', 'Lotte'),
]

LEAVE = [
    ('Room list\nRoom 3: Paris + Rome', 'Paris'),
    ('Paris ton examen', 'Paris'),
    ('picked up Paris from the airport', 'Paris'),
    ('Build failed #12\nTriggered by Dependabot', 'Dependabot'),
    ('Note to Paris office: closed', 'Paris'),
    ('Linux (new kernel)', 'Linux'),
    ('Planning du manège\n9h Poney : Louise sur Caramel', 'Caramel'),
    ('The client Outlook needs an update.', 'Outlook'),
    ('Allergens: nuts - see label', 'nuts'),
    ('Partner summit in Boston. Allen, Gilbert and Lawson will cover flights.', 'Lawson'),
    ('21:15 them: I know you work at Collins, Thomas and Morris', 'Thomas'),
    ('10:00 Evidence session: transport (speaker from Kim, Gill and Bates)', 'Gill'),
    ('Cordialement,\nLe service client Roger', 'Roger'),
    ('Staff record (payroll bureau client Johnson PLC): Robert Clark', 'Johnson'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round73_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round73_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
