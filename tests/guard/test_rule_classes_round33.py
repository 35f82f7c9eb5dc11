"""The person rule classes fixed after the hoodoo and isthmus banks' misses and false positives
(issue 14, round 33, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. who wrote a document: a draft's, a version's or the minutes' noun, "by" and a first name ending
   the clause ("First draft by Priya; comments to ...", "Protokoll von Henrike, Korrekturen an ...",
   "Compte rendu de Solène ;", "Acta de Begoña,", "Notulen door Femke.");
2. a signature's key at a line's start, perhaps with its role, then a first name that ends the line
   or has its role after it ("Signed: Gwen (site lead)", "Getekend: Joost, teamleider", "Firmado:
   Rocío", "Unterschrift Bauleitung: Henrike"); Spanish "Firma:" only with a role after the name,
   since German "Firma:" names a firm;
3. a role only a person holds right before a first name ("spare key with neighbour Declan.", "Nachbarin
   Henrike hat den Schlüssel", "le voisin Gaspard a la clé", "la vecina Remedios tiene la llave", "de
   buurvrouw Femke heeft de sleutel");
4. labels of people the lists lacked: a referee, a cashier, host parents, a narrator, a student, a
   deckhand ("Scheidsrechter: Femke Bos", "Cajera: Begoña", "Gastvater: Ottokar Brandl", "Narratrice :
   Solène Vidal", "Matroos: Joost de Wit");
5. a signer's capitalised job title after a dash and the name ("– Priya, Volunteer Coordinator");
6. a chat turn whose message opens with a Spanish question or exclamation or is an emoji, and a rarer
   first name among a chat's speakers who bear common ones ("Eustaquia: ¿quién juega?", "Gwen: 👍");
7. under a generic name key, an unlisted first name before two listed surnames ("Nombre: Eufrasio
   Castillo Herrera"), not a product and one surname-like word ("Name: Kubernetes Gold");
8. not people: a table's cells under a column that names a thing ("| Room |" of rooms named after
   singers, a fleet's "model" column of cargo bikes "Long John"); a team's name under its label
   ("Team name: Agatha Quiztie", "Nom de l'équipe :"); a side and its goals in a match result ("Rovers
   3, Abbey Vale 1"); a pitch or a Spanish state school named after someone ("campo municipal
   Alfredo Di Stéfano", "IES Antonio Machado");
9. not people: a house's word before its name ("Friperie ...", "Bar des Amis", "Taller La Aguja",
   "Kleingartenanlage Am Mühlbach") and the second word of a house's pair ("Atelier Nadel & Faden"); an
   answer word under a buyer's label ("Compradora: Perfecto, mándala ..."); a religious denomination
   ("Roman Catholic"); a team's, a place's or a country agency's last word ("Dublin Rangers",
   "Fern Hollow", "Transport Canada"); a possessive and a noun under a caller's label ("Appelante : Ma
   mère, ...");
10. condolences as a sign-off ("With deepest sympathy,", "In stiller Anteilnahme", "Avec toute notre
   sympathie,", "Met oprechte deelneming,"); a log line that opens with its time and ends with who did it
   in brackets ("03h10 tournée 2 démarrée (Julien)").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. authorship
    ("person", "First draft by Priya; comments to legal@example.org by Friday.", "Priya"),
    ("person", "Protokoll von Henrike, Korrekturen bitte bis Montag.", "Henrike"),
    ("person", "Compte rendu de Solène ; merci de relire avant jeudi.", "Solène"),
    ("person", "Acta de Begoña, pendiente de firma.", "Begoña"),
    ("person", "Notulen door Femke.", "Femke"),
    # 2. signature keys
    ("person", "Damage to the fence noted.\nSigned: Gwen (site lead)", "Gwen"),
    ("person", "Schade aan de deur gemeld.\nGetekend: Joost, teamleider", "Joost"),
    ("person", "Incidencia revisada.\nFirmado: Rocío", "Rocío"),
    ("person", "Incidencia revisada.\nFirma: Begoña, jefa de sala", "Begoña"),
    ("person", "Schaden aufgenommen.\nUnterschrift Bauleitung: Henrike", "Henrike"),
    # 3. role nouns
    ("person", "Spare key left with neighbour Declan.", "Declan"),
    ("person", "Die Nachbarin Henrike hat den Schlüssel.", "Henrike"),
    ("person", "Le voisin Gaspard a la clé du garage.", "Gaspard"),
    ("person", "La vecina Remedios tiene la llave del portal.", "Remedios"),
    ("person", "De buurvrouw Femke heeft de sleutel.", "Femke"),
    ("person", "Sortie 3 lancée (chauffeur Gaspard) à 04h10.", "Gaspard"),
    # 4. person labels
    ("person", "Wedstrijdverslag\nScheidsrechter: Femke Bos\nGele kaarten: 2", "Femke Bos"),
    ("person", "Mercadillo solidario\nCajera: Begoña\nRecaudado: 340 €", "Begoña"),
    ("person", "Gastfamilie Brandl\nGastvater: Ottokar Brandl\nAnschrift folgt", "Ottokar Brandl"),
    ("person", "Livre audio\nNarratrice : Solène Vidal\nDurée : 9 h", "Solène Vidal"),
    ("person", "Bemanning veerpont\nMatroos: Joost de Wit\nDienst: ma-do", "Joost de Wit"),
    ("person", "Bourse d'études\nÉtudiante : Maëlle Guérin\nMontant : 1 200 €", "Maëlle Guérin"),
    # 5. a signer's capitalised role
    ("person", "We will call back on Monday.\n– Priya, Volunteer Coordinator", "Priya"),
    # 6. chat turns
    ("person", "[Liga de mus]\nEustaquia: ¿quién juega el jueves?\nJosé Luis: yo, y mi primo", "Eustaquia"),
    ("person", "Dienstplan Sonntag\nKoordinatorin: danke euch, Tausch ok\nGwen: 👍", "Gwen"),
    # 10. condolences as a sign-off, a shift log's bracketed doer
    ("person", "The flowers will arrive on Friday.\n\nWith deepest sympathy,\nMargaret Ashdown", "Margaret Ashdown"),
    ("person", "Die Urne kann abgeholt werden.\n\nIn stiller Anteilnahme\nHenrike Vogt", "Henrike Vogt"),
    ("person", "La cérémonie aura lieu mardi.\n\nAvec toute notre sympathie,\nSolène Vidal", "Solène Vidal"),
    ("person", "De uitvaart is donderdag.\n\nMet oprechte deelneming,\nFemke Bos", "Femke Bos"),
    ("person", "Nachtdienst\n22:40 Tor abgeschlossen (Henrike)\n23:10 Rundgang", "Henrike"),
    ("person", "Ronda nocturna\n02h15 portón cerrado (Remedios)\n03h00 fin", "Remedios"),
    # 7. a generic name key
    ("person", "Ficha de socio\nNombre: Eufrasio Castillo Herrera\nCuota: 40 €", "Eufrasio Castillo Herrera"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round33_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 8. thing columns, team names, results, named pitches and schools
    "| Room | Seats | Price |\n|---|---|---|\n| Aretha | 8 | 40 £/h |\n| Dolly | 12 | 55 £/h |\n| Freddie | 20 | 80 £/h |",
    "| Sala | Plazas |\n|---|---|\n| Rocío | 6 |\n| Camilo | 10 |",
    "fleet_id;modell;zyklen\nLR-01;Long John;412\nLR-02;Urban Arrow;203",
    "Pub quiz sign-up\nTeam name: Agatha Quiztie\nTable: 7",
    "Soirée quiz\nNom de l'équipe : Les Cerveaux Lents\nTable : 4",
    "Trivial\nNombre del equipo: Los Sabelotodo\nMesa: 2",
    "League results (Saturday): Rovers 3, Abbey Vale 1. Next round on 12 May.",
    "Partido de liga: CD Norte 2, UD Ribera 1, en el campo municipal Alfredo Di Stéfano.",
    "Reunión informativa en el IES Antonio Machado, aula 12.",
    "Firma: Hermann\nBranche: Bau",
    "Name: Kubernetes Gold\nVersion: 3.2",
    "Status: ✅ deployed\nBuild: 4471",
    # 9. houses and their words, an answer under a buyer's label, a denomination, a team's and a place's
    # last word, a country's agency
    "Pedido 4471 – Brocante Belle Époque\n1 x lampe, 40 €",
    "Inscriptions au Bar du Marché avant jeudi.",
    "Saludos,\nTaller El Yunque",
    "Treffpunkt: Kleingartenanlage Am Weiher, Parzelle 4",
    "Mit freundlichen Grüßen\nBoutique Fil & Aiguille",
    "Vendedora: ¿te vale el precio?\nComprador: Perfecto, envíala mañana.",
    "Religion: Roman Catholic\nDiet: vegetarian",
    "Fixture: Bristol Rangers v Bath Colts, kick-off 10:00",
    "Campers moved on from Badger Hollow at 09:40.",
    "Certificate issued by Transport Canada, no. 5618738096.",
    "Llamante: Mi padre se ha caído en el baño",
    "Appelant : Mon fils ne respire plus bien",
    "10:15 deploy finished (Sentry)",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round33_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


MUST_STAY = [
    # near misses: a person column beside a thing column, a named team's captain, a name with numbers
    # after it outside a result, someone's field, a product under a person's label
    ("person", "| Name | Room |\n|---|---|\n| Olivia Grant | Dolly |\n| Sanne Kok | Elvis |", "Olivia Grant"),
    ("person", "Team name: Agatha Quiztie\nCaptain: Jonathan Eaton", "Jonathan Eaton"),
    ("person", "Please call Anna Smith 2-3 times a day.", "Anna Smith"),
    ("person", "El campo de Juan Pérez está sin vallar.", "Juan Pérez"),
    ("person", "Kassa: Marc Vissers\nPrijs: 5 €", "Marc Vissers"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round33_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
