"""The missed-person rule classes fixed after the spit bank (issue 14, round 74; berm's persons and both banks'
false persons are in test_rule_classes_round74_people.py). Each case is worded differently from the bank, in the
languages where the class exists, with near misses that must stay as they were:

1. a field whose label names a brother or a sister, alone or on a school photo order ("Sibling photo with: Harriet",
   "Geschwisterfoto mit: Lotte", "Photo avec frère/sœur : Camille", "Broer/zus: Jente");
2. whose door a courier, a locksmith or a carer is about to ring at, by its floor ("ist das bei Konrad im 2. OG?",
   "c'est bien chez Camille au 3e étage ?", "is dat bij Sanne op de 4e verdieping?"), or whether the address is still
   theirs ("Is it still Harriet?", "C'est toujours Camille ?", "Woont daar nog Jente?");
3. an apprenticeship form's learner ("Lernende: ...", "Lehrling: ...", "Apprentie : ...", "Aprendiz: ..."), and the
   French point médian in a label or a greeting ("Apprenti·e :", "Cher·e Camille");
4. who spoke or cried in a support group's notes ("- Harriet talked about her dad", "- Konrad erzählte von ...",
   "- Lucía habló de su hija", "- Jente vertelde over ...");
5. a rare first name and an unknown surname that a strong cue makes a person: a travel document's number said right
   after it ("Ludovica Brannigan – passport no. ...", "Ingeburg Habermehl (die Passnummer ...)"), whose draft it is
   ("Entwurf von Konstantin Eckhöfer bitte ...", "Concept van Femke Roovers-Tielen graag ..."), whom an on-call
   escalation rang, with the number in brackets ("SMS to Jayde Carrow (+44 ...)", "Anruf bei Herrmann Biggel (...)");
   an allotment inspection's plot holder beside another plot's holder whose name the lists know ("Garten 4 – Almut
   Barkholz: ordentlich" above "Garten 5 – Sabine Weber: ...", "Parcelle 7 : Gwenaëlle Tricot – bien");
6. near misses: shops and places after the same cues ("bei Aldi im 1. OG", "Call at Tesco on the 2nd floor", "Is
   that still Tuesday?"), a sister firm's label ("Sister company: Harbour Logistics Ltd"), a draft by a team, a
   firm called with its number ("call Pizza Hut (0800 ...)"), a price list's number after a product, a room's or a
   gate's holder that is a thing beside a person's ("Salle 3 – Rapport Annuel: ...", "Gate 12 – Lufthansa Cargo: ...").

Of the 45 cases below (34 to catch, 11 to leave alone), 16 fail on round 73 (the others hold on round 73 already:
the class is new in the bank, not every wording of it).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Photo order 2C\nChild: Oliver Grant\nSibling photo with: Harriet\nPack B, £24.50', 'Harriet'),
    ('person', 'Fotobestellung 3b\nKind: Mia Berg\nGeschwisterfoto mit: Lotte\nPaket A', 'Lotte'),
    ('person', 'Commande photos CE1\nÉlève : Hugo Martin\nPhoto avec frère/sœur : Camille\nPochette 2', 'Camille'),
    ('person', 'Schoolfoto groep 3\nLeerling: Daan Smit\nBroer/zus: Jente\nPakket C', 'Jente'),
    ('person', 'Pedido fotos 2º A\nAlumno: Pablo Ruiz\nHermano/a: Marta\nPack básico', 'Marta'),
    ('person', 'Paketdienst: stehe unten, ist das bei Konrad im 2. OG? Bitte öffnen.', 'Konrad'),
    ('person', 'Livreur : je suis en bas, c\'est bien chez Camille au 3e étage ?', 'Camille'),
    ('person', 'Koerier: ik sta beneden, is dat bij Sanne op de 4e verdieping?', 'Sanne'),
    ('person', 'Wir klingeln gleich bei Hans-Peter im 1. Stock.', 'Hans-Peter'),
    ('person', 'Locksmith here, nearly at 12 Mill Road. Is it still Harriet? Need ID first.', 'Harriet'),
    ('person', 'Serrurier : j\'arrive au 4 rue Neuve. C\'est toujours Camille ? Pièce d\'identité svp.', 'Camille'),
    ('person', 'Slotenmaker: bijna bij Dorpsstraat 3. Woont daar nog Jente?', 'Jente'),
    ('person', 'Lehrvertrag\nLernende: Gotlind Habermehl\nLehrbetrieb: Bäckerei Sutter', 'Gotlind Habermehl'),
    ('person', 'Ausbildung\nLehrling: Konstantin Eckhöfer\nBeginn: 01.08.', 'Konstantin Eckhöfer'),
    ('person', 'Contrat d\'apprentissage\nApprentie : Maëlys Duvanel\nEmployeur : Boulangerie Roch', 'Maëlys Duvanel'),
    ('person', 'Fiche CFA\nApprenti·e : Arnaude Vuilleumier\nDate d\'entrée : 02.09.', 'Arnaude Vuilleumier'),
    ('person', 'Contrato de formación\nAprendiz: Nerea Gil Otxoa\nEmpresa: Talleres Uribe', 'Nerea Gil Otxoa'),
    ('person', 'Cher·e Camille, voici le planning.', 'Camille'),
    ('person', 'Group notes\n- Harriet talked about her dad for the first time\n- tea after', 'Harriet'),
    ('person', 'Gruppenabend\n- Konrad erzählte von seiner Tochter\n- Tee danach', 'Konrad'),
    ('person', 'Grupo de duelo\n- Lucía habló de su hija\n- café al final', 'Lucía'),
    ('person', 'Rouwgroep\n- Jente vertelde over haar broer', 'Jente'),
    ('person', 'Copies still needed:\nLudovica Brannigan – passport no. 551203987, expired', 'Ludovica Brannigan'),
    ('person', 'Es fehlen noch Kopien: Ingeburg Habermehl (die Passnummer C4F2 ist alt)', 'Ingeburg Habermehl'),
    ('person', 'Il manque : Maëlys Duvanel – le numéro de passeport 19AB12345 a expiré', 'Maëlys Duvanel'),
    ('person', 'Bitte Entwurf von Konstantin Eckhöfer bitte überarbeiten.', 'Konstantin Eckhöfer'),
    ('person', 'Let op: Concept van Femke Roovers-Tielen graag aanpassen.', 'Femke Roovers-Tielen'),
    ('person', 'Merci de revoir le brouillon de Maëlys Duvanel avant vendredi.', 'Maëlys Duvanel'),
    ('person', 'Escalation\nStep 1: SMS to Jayde Carrow (+44 7700 900123) - no ack', 'Jayde Carrow'),
    ('person', 'Eskalation\nSchritt 2: Anruf bei Herrmann Biggel (+49 30 1234567) – nicht erreicht', 'Herrmann Biggel'),
    ('person', 'Begehung Kleingärten\nGarten 4 – Almut Barkholz: ordentlich\nGarten 5 – Sabine Weber: verwildert', 'Almut Barkholz'),
    ('person', 'Visite des jardins\nParcelle 7 : Gwenaëlle Tricot – bien\nParcelle 8 : Marie Dubois – à revoir', 'Gwenaëlle Tricot'),
    ('person', 'Plot inspection\nPlot 3 - Eithne Quarrington: tidy\nPlot 4 - Sarah Jones: overgrown', 'Eithne Quarrington'),
    ('person', 'Escalade\nÉtape 1 : appel à Maëlys Vuilleumier (+41 79 123 45 67) – pas de réponse', 'Maëlys Vuilleumier'),
]

LEAVE = [
    ('Wir treffen uns bei Aldi im 1. OG.', 'Aldi'),
    ('Call at Tesco on the 2nd floor', 'Tesco'),
    ('Is that still Tuesday? Let me know.', 'Tuesday'),
    ('Supplier record\nSister company: Harbour Logistics Ltd\nVAT: GB123456789', 'Harbour'),
    ('Draft by Engineering Team pending review', 'Engineering'),
    ('Out of hours: call Pizza Hut (0800 123 456)', 'Pizza'),
    ('Preisliste: Premium Paket (Nr. 4), Basis Paket (Nr. 2)', 'Premium'),
    ('Concept van de nieuwe huisstijl graag aanpassen.', 'nieuwe'),
    ('Salles\nSalle 3 – Rapport Annuel: brouillon\nSalle 4 – Marie Dubois: réservée', 'Rapport'),
    ('Gates\nGate 12 – Lufthansa Cargo: open\nGate 14 – Marie Dubois: closed', 'Lufthansa'),
    ('Group notes\n- Paris talked about a lot\n- tea after', 'Paris'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round74_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round74_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
