"""The person rule classes fixed after the spit and berm banks by a helper (issue 14, round 74): berm's missed persons
and the false persons of both banks. Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. missed persons (berm; doer_cues.ROUND74_HELPER_CUES and names.py): whom a sitter's or a stand-in's notes are for,
   the heading then the period in brackets or a colon ("Handover notes for Brianna (sitting ...)", "Übergabe für Hasan
   (Katzensitting ab ...)", "Overdracht voor Wout (oppassen ...)", "Consignes pour Laurent (garde du ...)", "Notas
   para Vanesa (cuidar a los gatos ...)"); a receipt's signature key after a sentence on the same line ("... contant
   voldaan. Handtekening: Dylano", "... bar erhalten. Unterschrift: Edeltraut", "... en efectivo. Firma: Calixto",
   "... reçu. Signature : Luce", "... conditions. Signed: Shannon"); a rowing crew's seat below the stroke's or the
   cox's line ("Schlag: ...\\nBug: Heinz-Wilhelm", "Proa: ...\\n3: Faustino"); an apology that closes a message ("...
   pls rotate: .... Sorry, Lynda."); who posted a secret, in brackets with the time ("(lo publicó Isidora a las
   08:35)"); whom to ask for right after a phone number ("I'm on 0421 311 207, ask for Jayne");
2. false persons (spit and berm; names._round74_named_thing): a trade's noun heading its notice, a dash, then the
   notice's word ("Cerrajería – tarifas desde ...", "Gimnasio – horario de festivos"); a firm a ticket was opened
   with ("ticket JIRA-7495 ouvert chez Georges"); a school called by a name and its kind ("Hughes, Fisher and Thomas
   Primary");
3. near misses: places, weekdays and things after the same cues ("Notes for Monday:", "Handover notes for Paris
   (office move)", "... paid. Signed: Paris", "Sorry, Paris.", "ask for Reception"), a bug report's numbered steps
   under "Bug:", a person's own schedule under a dash ("Marta – horario de turnos"), the person who opened a ticket
   ("ticket ouvert par Georges"), a teacher's full name before the school year ("Thomas Price, Year 5 teacher"); the
   verb-first ticket ("Georges a ouvert un ticket chez Rosselet") leaves Georges a person.

Of the 53 cases below (34 to catch, 19 to leave alone), 22 fail on round 73 (the others hold on round 73 already:
the class is new in the banks, not every wording of it; an earlier cue reads some wordings, "Instructions for
Harriet:" as a note's addressee, "(posted by Harriet at 14:02)" as a leak's author).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # whom a sitter's notes are for
    ('person', 'Handover notes for Kirsty (dog sitting Fri -> Mon)\n- walk twice a day', 'Kirsty'),
    ('person', 'Instructions for Harriet: the plants need water on Tuesday', 'Harriet'),
    ('person', 'Übergabe für Jannik (Blumengießen 3.-9. Juli):\n- Balkon jeden Abend', 'Jannik'),
    ('person', 'Hinweise für Annette (Hundesitting):\n- Futter im Keller', 'Annette'),
    ('person', 'Overdracht voor Femke (planten water geven, 2 weken):\n- keukenraam dicht', 'Femke'),
    ('person', 'Consignes pour Mathilde (garde des lapins, juillet) :\n- foin le matin', 'Mathilde'),
    ('person', 'Instrucciones para Remedios (regar las plantas en agosto):\n- terraza cada dos días', 'Remedios'),
    # a receipt's signature after a sentence
    ('person', 'Schlüssel übergeben am 3. Mai. Unterschrift: Gisela', 'Gisela'),
    ('person', 'Sleutel ontvangen, borg € 50 betaald. Getekend: Rosa', 'Rosa'),
    ('person', 'Dépôt de 200 € versé en espèces. Signé : Amélie', 'Amélie'),
    ('person', 'Depósito de 80 € recibido. Firma: Remedios', 'Remedios'),
    ('person', 'Keys returned in good order. Signed: Amber', 'Amber'),
    # a rowing crew's seat
    ('person', 'Crew for Saturday\nStroke: Ann Lee\n3: Tim Oduya\nBow: Harriet\nCox: Jo Park', 'Harriet'),
    ('person', 'Vierer Training\nSchlag: Jan Weber\n3: Katrin\nBug: Florian', 'Katrin'),
    ('person', 'Ploeg\nSlag: Sem de Vries\nBoeg: Femke', 'Femke'),
    ('person', 'Tripulación\nTimonel: Ana Ruiz\nProa: Remedios\n2: Leandro', 'Leandro'),
    ('person', 'Équipage\nChef de nage : Luc Martin\n2 : Mathilde', 'Mathilde'),
    # an apology closing a message
    ('person', 'oops, pasted the prod key in the wrong channel: sk_live_abc123. Sorry, Harriet!', 'Harriet'),
    ('person', 'Falscher Kanal, Passwort schon geändert. Entschuldigung, Jannik.', 'Jannik'),
    ('person', 'Mauvais fil, la clé est révoquée. Désolé, Mathilde.', 'Mathilde'),
    ('person', 'Ya he cambiado la clave. Perdón, Remedios.', 'Remedios'),
    # who posted a secret, and when
    ('person', 'AWS_SECRET=abc/123xyz\n(posted by Harriet at 14:02)', 'Harriet'),
    ('person', 'token=ghp_abcdef123456\n(gepostet von Jannik um 09:10)', 'Jannik'),
    ('person', 'mot de passe : Azerty123!\n(publié par Mathilde à 10h15)', 'Mathilde'),
    ('person', 'wachtwoord: Zomer2024!\n(gepost door Femke om 11:20)', 'Femke'),
    ('person', 'clave: Verano2024!\n(la pegó Remedios a las 23:10)', 'Remedios'),
    # whom to ask for after a phone number
    ('person', 'Reception is on 0161 496 0000, ask for Harriet.', 'Harriet'),
    ('person', 'Ruf an unter 030 1234567, frag nach Jannik', 'Jannik'),
    ('person', 'Appelez le 04 72 00 00 00, demandez Mathilde.', 'Mathilde'),
    ('person', 'Llama al 912 345 678 y pregunta por Remedios.', 'Remedios'),
    ('person', 'Bel 020 123 4567, vraag naar Femke', 'Femke'),
    # near misses of the false-person classes: people stay people
    ('person', 'Marta – horario de turnos: lunes y martes', 'Marta'),
    ('person', 'ticket JIRA-12 ouvert par Georges, en attente', 'Georges'),
    ('person', 'Present: Thomas Price, Year 5 teacher', 'Thomas Price'),
]

LEAVE = [
    # false persons: a trade's notice heading, a firm a ticket was opened with, a school
    ('Cerrajería – precios desde el 1 de marzo: apertura 60 €', 'Cerrajería'),
    ('Gimnasio – aviso: cerrado el lunes por obras', 'Gimnasio'),
    ('Boulangerie – horaires d\'été : 7h-13h', 'Boulangerie'),
    ('Sportschool – openingstijden: ma-vr 7-22 uur', 'Sportschool'),
    ('Chauffage en panne, ticket INC-302 ouvert chez Rosselet, technicien demain.', 'Rosselet'),
    ('Heizung kaputt, Störung bei Müller gemeldet, Techniker kommt.', 'Müller'),
    ('Lekkage: storing aangemaakt bij Janssen, monteur komt vrijdag.', 'Janssen'),
    ('Lave-linge en panne : Georges a ouvert un ticket chez Rosselet ce matin.', 'Rosselet'),
    ('Governors visit to Hughes, Fisher and Thomas Primary on Friday', 'Thomas'),
    ('Minutes - Kendrick Academy trustees', 'Kendrick'),
    # near misses of the missed-person classes: places, weekdays, things
    ('Notes for Monday: bring the projector', 'Monday'),
    ('Handover notes for Paris (office move):\n- boxes in room 2', 'Paris'),
    ('Deposit of £20 paid. Signed: Paris', 'Paris'),
    ('The Paris office rotated the key. Sorry, Paris.', 'Paris'),
    ('Call 0800 123 456, ask for Reception.', 'Reception'),
    ('Bug: login fails\n1: Open Firefox\n2: Click Save', 'Firefox'),
    ('Bug: crash on start\n2: Open Settings', 'Settings'),
    ('(posted by Dependabot at 14:02)', 'Dependabot'),
    ('Stroke: left MCA territory\n2: Paris', 'Paris'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round74_helper_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round74_helper_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
