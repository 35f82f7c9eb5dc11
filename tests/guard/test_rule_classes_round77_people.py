"""The person classes fixed after the rill bank (issue 14, round 77, by a helper): rill's missed persons (person
recall 0.882 on first contact with round 76). Each case is worded differently from the bank, in the languages where
the class exists, with near misses that must stay as they were:

1. first names: a choir's attendance by voice part, each name ticked or crossed ("altos: Harriet ✓, Imogen x",
   "Bass: Ottokar ✓ / Reinhold ✓", "Ténors : Baptiste ✓, Mathis ✓", "contraltos: Remedios ✓ Azucena ✓", "tenoren:
   Sjoerd ✓ Wout ✓"), a first name that is also a word or a place included ("Alt: Ben ✓", "sopranos: Victoria ✓"), and
   one that no list holds where another ticked name is listed ("alten: Vajèn ✓" under "sopranen: Sjoerd ✓"); a
   table's child column, its head naming the child, the birth date in the next cell ("Parent,Child,Child DOB,...\nMark
   Hale,Dawn,03/05/2017,...", "Parent,Enfant,Né(e) le,...", "Ouder;Kind;Geb.datum kind;...", "Madre/padre,Alumno/a,Fecha
   nac.,...", "Eltern,Kind,Geburtsdatum,..."); a dog class's register, the owner first on the line, the dog after, then
   whether they came ("Rory & Nala - here (late)", "Jana + Bello - da", "Sanne met Bo - afwezig");
2. full names that no list holds: a pair's partner on a rota's day or a case's line ("Mo: Lutz Brenneke + Gernot
   Wiesenthaler", "Mon am: Derek Hale (DBS ok) / Orla Quennell", "Lundi matin : Aurélienne Vuillet / Noam Berset",
   "Dossier : Clothilde Varone et Sophie Roux"); a pipe table's cell under a head that names a person, in the column
   where another row holds a person found ("Hond | Baas | ...", "Perro | Dueño/a | ...", "Hund | Halter/in | ...",
   "Nr | Eigenaar | ..."); a choir's absentee on a voice part's line ("Tenor: Gerwin Stülpner fehlt", "tenores: Herminia
   Tudela falta"); a case's file named by the child ("The Keelan McGarrigle matching report", "le passage du dossier
   Aurélienne Pittet à la séance"); a job sheet's customer before two spaces or the phone's word ("Customer: Roisin
   O'Hanlon  tel ...", "Kunde: Gernot Wiesenthaler  Tel. ...");
3. near misses: a voice part's checklist of things ("Sopran: Noten ✓, Mappe ✓"), a place in the child column ("Paula
   Kerr,London,..."), a firm joined to a person outside a rota's day ("Sponsoren: Lutz Brenneke + Deutsche Bahn"), a
   pipe table's firm column ("Stand | Firma | Tel"), a file named by a weekday ("The Thursday Panel matching report"),
   a customer that is a firm ("Customer: Acme Plumbing Ltd  tel ..."), a dog line with no presence word.

Of the 43 cases below (34 to catch, 9 to leave alone), 16 fail on round 76 (full names whose first name the lists
know well, and ticked first names in some of these frames, are found by round 76 already; the bank's misses were the
names on the voice parts' lines, in the child column and the full names that no list holds).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Singkreis - Anwesenheit Dienstag\nSopran: Ottilie ✓ / Roswitha ✓\nAlt: Ben ✓\nBass: Ottokar ✓ / Reinhold ✓', 'Ottokar'),
    ('person', 'Singkreis - Anwesenheit Dienstag\nSopran: Ottilie ✓ / Roswitha ✓\nAlt: Ben ✓\nBass: Ottokar ✓ / Reinhold ✓', 'Ben'),
    ('person', 'Singkreis - Anwesenheit Dienstag\nSopran: Ottilie ✓ / Roswitha ✓\nTenor: Gerwin Stülpner fehlt\nBass: Ottokar ✓', 'Gerwin Stülpner'),
    ('person', 'Village Singers - register Thursday\naltos: Harriet ✓, Imogen x\nsopranos: Victoria ✓, Gwen ✓', 'Imogen'),
    ('person', 'Village Singers - register Thursday\naltos: Harriet ✓, Imogen x\nsopranos: Victoria ✓, Gwen ✓', 'Victoria'),
    ('person', 'Ensemble vocal - présences mardi\nTénors : Baptiste ✓, Mathis ✓\nAlti : Solène ✓', 'Mathis'),
    ('person', 'Ensemble vocal - présences mardi\nTénors : Baptiste ✓, Mathis ✓\nAlti : Solène ✓', 'Solène'),
    ('person', 'Coral - lista del jueves\ncontraltos: Remedios ✓ Azucena ✓\ntenores: Herminia Tudela falta', 'Azucena'),
    ('person', 'Coral - lista del jueves\ncontraltos: Remedios ✓ Azucena ✓\ntenores: Herminia Tudela falta', 'Herminia Tudela'),
    ('person', 'Kamerkoor - aanwezig woensdag\ntenoren: Sjoerd ✓ Wout ✓\nalten: Vajèn ✓', 'Wout'),
    ('person', 'Kamerkoor - aanwezig woensdag\ntenoren: Sjoerd ✓ Wout ✓\nalten: Vajèn ✓', 'Vajèn'),
    ('person', 'Kit swap (Y1-Y2)\nParent,Child,Child DOB,Items\nMark Hale,Dawn,03/05/2017,jumper 6-7\nLiz Ward,Oscar,4 May 2016,shorts', 'Dawn'),
    ('person', 'Kit swap (Y1-Y2)\nParent,Child,Child DOB,Items\nMark Hale,Dawn,03/05/2017,jumper 6-7\nLiz Ward,Oscar,4 May 2016,shorts', 'Oscar'),
    ('person', 'Troc de tenues\nParent,Enfant,Né(e) le,Articles\nSophie Roux,Mathis,12.03.2015,2 sweats\nLuc Morel,Solène,7 mai 2014,jupe', 'Mathis'),
    ('person', 'Kleidertausch Kita\nEltern,Kind,Geburtsdatum,Sachen\nJana Roth,Ottilie,12.03.2019,Matschhose', 'Ottilie'),
    ('person', 'Ruilbeurs\nOuder;Kind;Geb.datum kind;Kleding\nMieke Claes;Wout;14-02-2016;jas maat 128', 'Wout'),
    ('person', 'Mercadillo de uniformes\nMadre/padre,Alumno/a,Fecha nac.,Prendas\nLuis Gil,Azucena,01/09/2013,falda', 'Azucena'),
    ('person', 'Puppy class wk 2\nHarriet & Biscuit - here\nRory & Nala - here (late)', 'Rory'),
    ('person', 'Welpengruppe\nJana + Bello - da\nOttilie + Fips - fehlt', 'Ottilie'),
    ('person', 'Puppycursus\nSanne met Bo - aanwezig\nMieke met Loebas - afwezig', 'Mieke'),
    ('person', 'Dienstplan Begegnungscafé\nMo: Lutz Brenneke + Gernot Wiesenthaler\nDi: Ottilie (Arabisch)', 'Gernot Wiesenthaler'),
    ('person', 'Drop-in rota\nMon am: Derek Hale (DBS ok) / Orla Quennell\nTue: Gwen Price', 'Orla Quennell'),
    ('person', 'Accueil - planning\nLundi matin : Aurélienne Vuillet / Noam Berset\nMardi : Solène', 'Aurélienne Vuillet'),
    ('person', "Commission d'adoption\nDossier : Clothilde Varone et Sophie Roux, rue Haute 4", 'Clothilde Varone'),
    ('person', 'Hondenschool\nHond | Baas | Telefoon\nBoris (golden) | Jef Vandeputte | 016 973878\nSaar (kooiker) | Femke Aelbrecht | 099 566448', 'Femke Aelbrecht'),
    ('person', 'Escuela canina\nPerro | Dueño/a | Teléfono\nToby (labrador) | Teodulo Arizmendi | 974 072 743\nLuna (mestiza) | Nieves Soler | 923 172 620', 'Teodulo Arizmendi'),
    ('person', 'Hundeschule\nHund | Halter/in | Telefon\nBello (Labrador) | Uta Bleckmann | 0171 2345678\nKira (Aussie) | Swetlana Gierke | 0171 2345679', 'Swetlana Gierke'),
    ('person', 'Fietsgraveren\nNr | Eigenaar | Framenr.\n11 | Jef Vandeputte | WGZ40012K\n12 | Marijke Hoogstraten | WGZ40013K', 'Marijke Hoogstraten'),
    ('person', "Quick one: the Keelan McGarrigle matching report still lacks the social worker's signature.", 'Keelan McGarrigle'),
    ('person', 'Panel tomorrow - is the Aoife Niamh McGettigan placement report ready?', 'Aoife Niamh McGettigan'),
    ('person', 'Merci de reporter le dossier Aurélienne Pittet à la commission de mai.', 'Aurélienne Pittet'),
    ('person', "Job card 7781\nCustomer: Roisin O'Hanlon  tel 8475 0608\nBoiler service", "Roisin O'Hanlon"),
    ('person', 'Auftrag 5521\nKunde: Gernot Wiesenthaler  Tel. 0171 2345678\nHeizung', 'Gernot Wiesenthaler'),
    ('person', 'Bon 3301\nClient : Ghislaine Perret  tél 06 12 34 56 78\nChaudière', 'Ghislaine Perret'),
]

LEAVE = [
    ('Probe Dienstag\nSopran: Noten ✓, Mappe ✓\nBass: Verstärker ✓', 'Noten'),
    ('Probe Dienstag\nSopran: Noten ✓, Mappe ✓\nBass: Verstärker ✓', 'Verstärker'),
    ('Uniform swap\nParent,Child,Child DOB,Items\nPaula Kerr,London,17 November 2020,hoodie', 'London'),
    ('Sponsoren: Lutz Brenneke + Deutsche Bahn', 'Bahn'),
    ('Stand | Firma | Tel\n1 | Jonas Roth | 0171 2345678\n2 | Deutsche Bahn | 0171 2345679', 'Bahn'),
    ('The Thursday Panel matching report is late again.', 'Thursday'),
    ('Job sheet 12\nCustomer: Acme Plumbing Ltd  tel 0123 4567\nBoiler', 'Acme'),
    ('Puppy class wk 2\nHarriet & Biscuit - here\nTreats & Toys - bring them', 'Treats'),
    ('Hondenschool\nHond | Ras | Telefoon\nBoris | Golden Retriever | 016 973878\nSaar | Jef Vandeputte | 099 566448', 'Golden'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round77_people_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round77_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
