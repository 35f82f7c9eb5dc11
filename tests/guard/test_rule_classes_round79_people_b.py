"""The person classes fixed after the carr and heath banks (issue 14, round 79, by a helper): carr's false persons (42,
clean rows 5.5% on first contact with round 78) and heath's false and missed persons (10 false, 51 of 1656 missed,
person recall 0.969). Each case is worded differently from the banks, in the languages where the class exists, with
near misses that must stay as they were:

1. a feast's name after the event it names ("Fête de Pâques le 31/03" on a parish's agenda; "Repas de Noël",
   "Fiesta de Navidad", "Viering van Kerstmis", "Feier zu Weihnachten" are left by round 78 already); a bare "Noël"
   stays a person ("Merci à Noël pour le goûter");
2. an event or a club named from a word that is also a first name, the sport's word last ("Summer Golf Camp (Kent)
   registration", "2. Willem Rowing  18:52", "2. Alicia Sailing", "Thuisclub: Jan Golf"); a camp only after its sport
   ("Coach: Emily Camp" stays a person);
3. a junior's home club after its label ("Heimatclub: Weber", "Golf de rattachement : ...", "Home club: ...");
4. company forms that round 78's lists lack, glued to a package's name in a build log included ("paquete Lucía Gómez
   Ruiz S.L.N.E.Core", "S.Com.", "S.L.L.");
5. a contract's partner, one word after the contract's number ("Rahmenvertrag 88123 mit Koch verlängert", "Marché
   4412 avec Lambert", "Contrato marco 88123 con Pascual", "Raamcontract 7781 met Jansen", "Framework contract 2291
   with Walsh"); a tenancy's full name stays ("Mietvertrag 2231 mit Anna Schmidt");
6. who shipped an order, one word before its tracking number ("expédiée par Lambert, suivi ...", "shipped by Carter,
   tracking ...", "enviado por Pascual, seguimiento ...", "verschickt von Koch, Sendungsnummer ...");
7. a firm of surnames after a contractor's or a supplier's label ("Prestataire : Martin, Bernard et Dubois",
   "Proveedor principal: Pérez, Gil y Ruiz"); a contractor's full name stays ("Contractor: John Smith");
8. an identity document's number word ("Personalausweis Nr. L01X00T47"), the holder after it still found;
9. a lost-and-found book's things: a key ring's tag ("Schlüsselbund mit Chip", "Keys with Chip", "Llavero con Chip")
   and where a thing is kept, after a dash at the line's end ("– Tresor"); outside such a book "keys with Anna" is a
   person;
10. who a role passes to in minutes ("neue Kassenwartin ist Ottilie.", "new key holder is Imogen (...)", "Nouvelle
    responsable des clés : Solène.", "Nueva encargada del local es Remedios.", "Nieuwe sleutelbeheerder is Fenna.");
11. who something is handed to ("pls give them to Harriet by friday", "Donne-la à Solène avant samedi", "dáselo a
    Remedios mañana", "geef hem aan Fenna voor zaterdag");
12. a visitor on a wifi log's line ("Besucherin Hiltrud – 10.0.4.17", "Visitor Imogen - ...", "Visiteuse Ghislaine",
    "Visitante Azucena", "Bezoeker Sjoerd");
13. a referee's assistant on a referees' list ("- Ref Gareth Price, AR Imogen");
14. a card in someone's name, German's "auf" ("Personalausweis auf Jonas Brennecke");
15. an assignment list's row beside rows whose persons were found: a cast ("Daja (Gesellschafterin): Brunhild
    Quernheim", "George (her neighbour): Grace Fothergill"), referees ("plateau U7 → Mathis", "UD Este: Rosaura
    Benavente");
16. a work party's item, a first name that is also a word, beside two items whose persons were found ("- Grace: tea &
    biscuits", "- Rosa: Kuchen", "- Blanche : café", "- Luz: almuerzo", "- Fleur: koffie");
17. near misses: a place or a noun after the frames ("ist Berlin.", "Besucher Parkplatz –", "Ausweis auf Deutsch und
    Englisch", "give it to Reception", "Venue: Town Hall" in a cast list).

Of the 74 cases below (35 to catch, ten of them near misses of the vetoes that must stay found; 39 to leave alone), 45
fail on round 78 (21 to catch, 24 to leave). The near misses pass there, and so do four frames round 78 reads already
in these wordings (the English and French role holders, the English cast's row, the Spanish referee's row).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Protokoll Mitgliederversammlung\nTOP 5: neue Kassenwartin ist Ottilie.', 'Ottilie'),
    ('person', 'AGM minutes\n5. Any other business - new key holder is Imogen (07700 900123).', 'Imogen'),
    ('person', 'Compte rendu du bureau\n4. Nouvelle responsable des clés : Solène.', 'Solène'),
    ('person', 'Acta de la junta\n4. Nueva encargada del local es Remedios.', 'Remedios'),
    ('person', 'Notulen ledenvergadering\n4. Nieuwe sleutelbeheerder is Fenna.', 'Fenna'),
    ('person', 'whoever has the van keys pls give them to Harriet by friday', 'Harriet'),
    ('person', "Qui a la clé du local ? Donne-la à Solène avant samedi.", 'Solène'),
    ('person', 'Quien tenga la llave del trastero, dáselo a Remedios mañana.', 'Remedios'),
    ('person', 'Wie de sleutel van het hok heeft: geef hem aan Fenna voor zaterdag.', 'Fenna'),
    ('person', 'Gäste-WLAN Pflegeheim: Besucherin Hiltrud – 10.0.4.17 – 14:02 Uhr', 'Hiltrud'),
    ('person', 'Guest wifi log: Visitor Imogen - 10.1.2.3 - 09:12', 'Imogen'),
    ('person', 'Wifi invités : Visiteuse Ghislaine – 10.0.0.8 – 11:40', 'Ghislaine'),
    ('person', 'Red de invitados: Visitante Azucena – 10.0.0.9 – 18:05', 'Azucena'),
    ('person', 'Gastnetwerk: Bezoeker Sjoerd – 10.0.0.10 – 20:15', 'Sjoerd'),
    ('person', 'Under-11 referee rota\nSat 10:00 Lions v Tigers - Ref Gareth Price, AR Imogen\nPlease reply to the fixtures sec.',
     'Imogen'),
    ('person', 'Fundbüro Freibad: Brieftasche (Personalausweis auf Jonas Brennecke, EC-Karte) – Kasse', 'Jonas Brennecke'),
    ('person', 'Besetzung „Nathan der Weise“ – Laienbühne\nNathan: Jonas Keller\nRecha: Anna Schmidt\n'
               'Daja (Gesellschafterin): Brunhild Quernheim', 'Brunhild Quernheim'),
    ('person', 'Cast list - "Our Town"\nStage Manager: Sarah Jones\nEmily: Emma Brown\nGeorge (her neighbour): Grace Fothergill',
     'Grace Fothergill'),
    ('person', 'Désignations arbitres U11\nSam. 10h : AS Nord / FC Sud → Julien Martin\nSam. 11h : US Est / RC Ouest → '
               'Sophie Bernard\nDim. 9h : plateau U7 → Mathis', 'Mathis'),
    ('person', 'Designaciones árbitros – jornada 3\nSáb 09:00 CD Sur – UD Este: Rosaura Benavente\nSáb 11:00 CF Norte – '
               'Racing: José García\nDom 10:00 Torneo: Carmen López (tutor: Don Gil)', 'Rosaura Benavente'),
    ('person', 'Work day at the allotment\n- Sarah Jones: hedges\n- Thomas Brown: bonfire\n- Grace: tea & biscuits', 'Grace'),
    ('person', 'Arbeitseinsatz Kita-Garten\n- Anna Schmidt: Sandkasten\n- Jonas Keller: Zaun streichen\n- Rosa: Kuchen',
     'Rosa'),
    ('person', 'Matinée jardinage\n- Sophie Bernard : taille des haies\n- Julien Martin : compost\n- Blanche : café',
     'Blanche'),
    ('person', 'Jornada de huerto\n- Carmen López: riego\n- José García: compost\n- Luz: almuerzo', 'Luz'),
    ('person', 'Tuinochtend\n- Jan de Vries: snoeien\n- Anna Bakker: compost\n- Fleur: koffie', 'Fleur'),
    # near misses of the vetoes: persons that must stay found
    ('person', 'Fundsache an der Kasse: Personalausweis Nr. L01X00T47, Inhaber Anna Schmidt.', 'Anna Schmidt'),
    ('person', 'Fundsache an der Rezeption: Reisepass Nr. C01X00T47, Inhaber Jonas Keller.', 'Jonas Keller'),
    ('person', 'Merci à Noël pour le goûter de samedi.', 'Noël'),
    ('person', 'Coach: Emily Camp, 07700 900456', 'Emily Camp'),
    ('person', 'Mietvertrag 2231 mit Anna Schmidt unterschrieben.', 'Anna Schmidt'),
    ('person', 'Contractor: John Smith, 07700 900789', 'John Smith'),
    ('person', 'Summer Golf Camp (Kent) registration\nParent: Sarah Jones', 'Sarah Jones'),
    ('person', 'Jugendkarte\nSpieler: Jonas Keller\nHeimatclub: Weber', 'Jonas Keller'),
    ('person', 'Before the trip I left the keys with Anna at the desk.', 'Anna'),
    ('person', 'Tennis on Saturday with Anna, 10:00 at the club.', 'Anna'),
]

LEAVE = [
    ('Agenda paroissial : Fête de Pâques le 31/03/2024, salle paroissiale.', 'Pâques'),
    ('Summer Golf Camp (Kent) registration\nParent: Sarah Jones', 'Golf'),
    ('Uitslag roeiwedstrijd\n1. De Hoop  18:40\n2. Willem Rowing  18:52', 'Rowing'),
    ('Resultados regata\n1. Club Náutico  18:40\n2. Alicia Sailing  18:52', 'Sailing'),
    ('Jeugdkaart\nSpeler: Jonas Keller\nThuisclub: Jan Golf', 'Golf'),
    ('Jugendkarte\nSpieler: Jonas Keller\nHeimatclub: Weber', 'Weber'),
    ('Error: paquete Lucía Gómez Ruiz S.L.N.E.Core no encontrado', 'Lucía'),
    ('Cliente: María Pérez Gil S.Com.', 'María'),
    ('Factura de Antonio Ruiz Mora S.L.L. pendiente', 'Antonio'),
    ('Rahmenvertrag 88123 mit Koch verlängert.', 'Koch'),
    ('Marché 4412 avec Lambert.', 'Lambert'),
    ('Contrato marco 88123 con Pascual renovado.', 'Pascual'),
    ('Raamcontract 7781 met Jansen verlengd.', 'Jansen'),
    ('Framework contract 2291 with Walsh renewed for a year.', 'Walsh'),
    ('Commande 4412 expédiée par Lambert, suivi 88123456.', 'Lambert'),
    ('Order 5512 shipped by Carter, tracking 1Z999AA10123456784.', 'Carter'),
    ('Pedido 4411 enviado por Pascual, seguimiento 99812.', 'Pascual'),
    ('Bestellung 4411 verschickt von Koch, Sendungsnummer 99812.', 'Koch'),
    ('Bilan fournisseurs\nPrestataire : Martin, Bernard et Dubois\nRapport 12', 'Bernard'),
    ('Informe anual\nProveedor principal: Pérez, Gil y Ruiz', 'Gil'),
    ('Quarterly report\nTop supplier: Harris, Cole and Baker\nNext review in May.', 'Harris'),
    ('Fundsache an der Kasse: Personalausweis Nr. L01X00T47, Inhaber Anna Schmidt.', 'Personalausweis'),
    ('Fundbuch Sauna\n17:10 Handy (schwarz) – Tresor', 'Tresor'),
    ('Fundbuch Turnhalle\n09:10 Schlüsselbund mit Chip, Garderobe', 'Chip'),
    ('Lost property\n09:10 Keys with Chip, changing room', 'Chip'),
    ('Objetos perdidos\n09:10 Llavero con Chip, vestuario', 'Chip'),
    ('Gevonden voorwerpen\n09:10 Sleutelbos met Chip, kleedkamer', 'Chip'),
    ('Protokoll\nTOP 2: neuer Schlüsselverantwortlicher ist Berlin.', 'Berlin'),
    ('Gäste-WLAN: Besucher Parkplatz – nur 2 Stunden', 'Parkplatz'),
    ('Fundsache: Ausweis auf Deutsch und Englisch, bitte.', 'Deutsch'),
    ('Cast list\nEmily: Sarah Jones\nGeorge: Thomas Brown\nVenue: Town Hall', 'Town'),
    ('please give it to Reception before noon', 'Reception'),
    ('U9 referee appointments\nSat 10:00 Lions v Tigers - Ref Gareth Price\nSat 11:00 Colts v Rovers - Ref Emma Brown\n'
     'Subject: Quarterly Report', 'Quarterly'),
    ('Work party\n- Sarah Jones: weeding\n- Thomas Brown: compost\n- Getränke: Cola', 'Getränke'),
    ('Désignations arbitres\nSam. 10h : A / B → Julien Martin\nSam. 11h : C / D → Sophie Bernard\nDim. 9h : finale → Lyon',
     'Lyon'),
    ('Agenda del colegio: Fiesta de Navidad el 20.12.2024.', 'Navidad'),
    ('Gemeindebrief: Feier zu Weihnachten am 24.12.2024.', 'Weihnachten'),
    # added by the lead after the full dump: a title after "hand them to" (new false persons on lapilli)
    ("No form, no camp, sorry! Hand them to Ms. Morton at Friday's meeting.", 'Ms'),
    ('Bitte die Zettel mitbringen. Give them to Mr. Alder by Monday.', 'Mr'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round79_people_b_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round79_people_b_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
