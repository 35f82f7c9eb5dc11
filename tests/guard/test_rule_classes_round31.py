"""The person rule classes fixed after the cenote and drumlin banks' misses and false positives
(issue 14, round 31, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. who did something, after a past participle and "by" in the five languages, perhaps with a role
   between ("pulled out by lifeguard Maddie", "Validé le 3 mars par Maëlle", "Firmado por el conserje
   Teodoro el 4 de mayo", "opgehaald door Sanne", "von Kassenwart Ottilie freigegeben"); not a
   firm's list of partners ("by Hill, Ward and Khan"), a brand's last word ("von Calvin Klein") nor a
   noble particle ("Heinrich von Kleist");
2. a first name alone in a line's slot where another line holds a full name in the same slot: a
   rota's lines that repeat up to their numbers ("Week 1: beds 1-4 (Saoirse)" beside "Week 2: beds
   5-8 (Declan Murphy)"), or a form's field beside another that holds a full name ("Kletterer: ...",
   "Sicherung: Wiebke"); not a record's own fields ("Name: ..." beside "Farbe: Rose") nor a place's
   field ("Place of issue: Dublin");
3. a rota table's columns read together: two common first names and one full name among them make
   every cell a person's, listed or not ("| Sa | Mark | Damiano Egli |");
4. a cast list's parts are not speakers: "Adela: Pía Fuentes Gual" names the actor, and the part
   ("Adela", "Eve") is no person; nor are a form's keys before figures ("Enfants : 1"); a transcript's
   speakers stay;
5. things named after people: a launch or a canoe named in quotes («Isaac Peral»), a hall (salón), a
   gate (puerta, porte, poort), a Dutch or German compound joined by a hyphen ("Jaap Eden-ijsbaan",
   "Anne Frank-huis"), a gate's compound ("Goghpoort"), farms and cheese makers signing ("Granja Los
   Robles", "La Ferme des Trois Chênes"), sports clubs ("Sporting", "Atlético"), orthodontists; "flag"
   after a colour ("Red flag");
6. a first name whose surname the text says it keeps back ("Survivor: Molly (surname withheld)", "Frau:
   Jo, Nachname nicht erfasst", "apellidos no registrados", "achternaam niet vastgelegd");
7. sign-offs of divers and of British English ("Gut Luft,\nMateo", "Bonnes bulles,", "Ta, Toni").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

NOT_PEOPLE = [
    # 1. near misses of the agent's cue
    "Out-of-hours cover is provided by Hill, Ward and Khan this weekend.",
    "Charge 4471 wird von Calvin Klein zurückgerufen; betroffen sind Seriennummern ab SN-1.",
    "Lot 88 recalled by Morgan Stanley; affected serials start with SN-2.",
    "Ein Lustspiel von Heinrich von Kleist (1808)",
    # 6. the note without a name
    "Caller: (surname withheld)\nAge: adult",
    "Nachname unbekannt, Vorname unbekannt",
    # 2. a firm's partners in a form
    "Shipper: Beck, Walters and Nelson\nCarrier: DHL",
    # 5. things named after people
    "Ejercicio de rescate con la lancha «Isaac Peral» el sábado.",
    "Charla informativa en el salón Ramón y Cajal del centro de salud.",
    "El grifo junto a la puerta Gloria Fuertes está cortado.",
    "Schaatsles op de Jaap Eden-ijsbaan, zaterdag 9 uur.",
    "Rondleiding in het Anne Frank-huis om 10 uur.",
    "De kraan bij de Vincent van Goghpoort is dicht.",
    "Atentamente,\nGranja Los Robles",
    "Cordialement,\nLa Ferme des Trois Chênes",
    "Smile Line Orthodontics - referral form",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round31_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


NOT_THIS_ONE = [
    # texts with people in them, and one word that is none
    ("Tirages réalisés par Fernandez, dans l'esprit de Robert Doisneau.", "Fernandez"),
    # 2. a record's fields, a place's field
    ("Name: Anna Schmidt\nFarbe: Rose\nStadt: Florence", "Rose"),
    ("Name: Anna Schmidt\nFarbe: Rose\nStadt: Florence", "Florence"),
    ("Passenger: Ciara Walsh\nPlace of issue: Dublin\nDate of expiry: 2031-01-01", "Dublin"),
    # 4. parts in a cast list
    ("Besetzung\nMephisto: Leopold Fiebig\nGretchen: Veronika Ott\nRegie: Ottilie", "Gretchen"),
    ("Besetzung\nMephisto: Leopold Fiebig\nGretchen: Veronika Ott\nRegie: Ottilie", "Regie"),
    # 4. a form's keys that the name lists hold, on figures: no speakers
    ("Femme : Maëlle, nom de famille non communiqué\nEnfants : 1", "Femme"),
    ("Femme : Maëlle, nom de famille non communiqué\nEnfants : 1", "Enfants"),
    # 3. a column of days beside the people
    ("| Jour | Chef | Conducteur |\n|---|---|---|\n| Lun | Lucie Barbier | Alexandrie Henry |\n| Mar | Thibaut Bertrand | Richard |",
     "Mar"),
]


@pytest.mark.parametrize("text,word", NOT_THIS_ONE)
def test_round31_words_that_are_no_people(scanner: Scanner, text: str, word: str) -> None:
    assert ("person", word) not in found(scanner, text)


CATCH = [
    # 1. agents
    ("person", "Kayaker capsized near the weir, pulled out by lifeguard Maddie. Parents called.", "Maddie"),
    ("person", "Incident closed.\nReported by: shift lead Gareth", "Gareth"),
    ("person", "Consentement\nValidé le 3.03.2026 par Maëlle", "Maëlle"),
    ("person", "Signalé par l'animateur Yannick", "Yannick"),
    ("person", "Firmado por el conserje Teodoro el 4 de mayo.", "Teodoro"),
    ("person", "Contraseñas cambiadas por Remedios el 2 de junio.", "Remedios"),
    ("person", "Fiets opgehaald door Sanne. Betaald.", "Sanne"),
    ("person", "Gemeld door terreinmeester Joris", "Joris"),
    ("person", "Betrag von Kassenwart Ottilie freigegeben.", "Ottilie"),
    ("person", "Am 3. Mai von Wiebke zurückgesetzt.", "Wiebke"),
    # 2. sibling lines
    ("person", "Watering rota\nWeek 1: beds 1-4 (Saoirse)\nWeek 2: beds 5-8 (Declan Murphy)", "Saoirse"),
    ("person", "Gießplan\nWoche 1: Kästen 1–3 – Ottilie\nWoche 2: Kästen 4–6 – Gerald Kroker", "Ottilie"),
    ("person", "Riego\nSemana 1: bancales 1-3 – Remedios\nSemana 2: bancales 4-6 – Álvaro Salinas", "Remedios"),
    ("person", "Kletterer: Lisette Probst\nSicherung: Wiebke\nRoute: 6b", "Wiebke"),
    ("person", "Plongeur : Alice Romanens\nBinôme : Mathéo (signé)", "Mathéo"),
    # 6. surname kept back (the Spanish and Dutch forms were caught before, by their labels)
    ("person", "Survivor: Bethany (surname withheld)\nChildren: 1", "Bethany"),
    ("person", "Frau: Ottilie, Nachname unbekannt\nKinder: 1", "Ottilie"),
    # 7. sign-offs
    ("person", "Bis Samstag am Steg!\n\nGut Luft,\nOttilie\nTauchbasis Nord", "Ottilie"),
    ("person", "À samedi au port !\n\nBonnes bulles,\nMaëlle\nClub de plongée", "Maëlle"),
    ("person", "Could someone cover the till? Ta, Gareth", "Gareth"),
    # 3. a rota table
    ("person", "| Día | Torre 1 | Torre 2 |\n|---|---|---|\n| sábado | Remedios | Álvaro Salinas Vidal |\n"
               "| domingo | Xiomara Ruiz | Teodoro |", "Remedios"),
    ("person", "| Dag | Post 1 | Post 2 |\n|---|---|---|\n| za | Sanne | Pieter de Boer |\n| zo | Ilse | Keetje |", "Keetje"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round31_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


MUST_STAY = [
    # a transcript's speakers, a person after "by" with a surname, a signed full name after a cast
    ("person", "Amy: I am blocked.\nKelly: OK, can you ping Sam Jones?", "Amy"),
    ("person", "Amy: I am blocked.\nKelly: OK, can you ping Sam Jones?", "Kelly"),
    ("person", "Approved by Ciara Walsh on 3 May", "Ciara Walsh"),
    ("person", "Besetzung\nMephisto: Leopold Fiebig\nGretchen: Veronika Ott", "Veronika Ott"),
    ("person", "Name: Anna Schmidt\nFarbe: Rose", "Anna Schmidt"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round31_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
