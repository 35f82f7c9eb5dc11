"""The person rule classes fixed after the butte and caldera banks' misses and false positives
(issue 14, round 30, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. not people: the next names of a list of rooms, ships or trains named in quotes ("Meeting rooms
   'Grace Hopper' and 'Tim Berners'", "Besprechungsräume „Lise Meitner“ und „Otto Hahn“"), plural
   and compound room words; one name on both sides of "&" (a family's firm: "Johnson & Johnson");
   bookshops, antiquarian booksellers and binderies named after their owner ("Antiquariat Peter
   Kiefer", "Librairie Jean Moreau"); French and Dutch trophies ("Trophée Éric Tabarly"); a long
   Dutch or German compound noun that the name source holds as a first name ("Thuisverpleging");
2. a first name asked to do something at the start of a sentence in the middle of a message
   ("... muss zurück. Merlin, bitte ...", "Ruperto, por favor, ...", "Milo, wil je ..."), as it
   already was at a message's start;
3. a relative named in a death notice or a family tree ("Ehefrau von Gudrun,", "épouse de
   Gwenola,", "echtgenote van Jikke"), not "Mother of Pearl bracelet" nor a name that is also a word;
4. labels of people: chimney sweeps, bidders, finders and losers of lost property, whom to call in
   an emergency ("Schornsteinfeger:", "Ramoneur :", "Bieder:", "In case of emergency:", "Verlierer:").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

NOT_PEOPLE = [
    # 1. lists of named rooms, twin firms, bookshops
    "Meeting rooms 'Grace Hopper' (6 seats) and 'Tim Berners' (4 seats) via the app",
    "Besprechungsräume „Lise Meitner“ und „Otto Hahn“ über die App",
    "Vergaderzalen 'Annie Schmidt' en 'Toon Hermans' boek je online",
    "Salas «Rosalía Castro» y «Ramón Cajal» reservables desde la intranet",
    "Salles « Simone Weil » et « Jean Jaurès » disponibles le mardi",
    "Partenaire : Johnson & Johnson.",
    "Socio: Johnson & Johnson",
    "Antiquariat Peter Kiefer, Pforzheim",
    "Librairie Jean Moreau, Lyon",
    "Bestellung bei Buchhandlung Anna Weber, Lieferung Freitag",
    "Avis de course : le Trophée Éric Tabarly se courra le 12 mai",
    "Trofee Anna de Vries: inschrijven voor zaterdag",
    "Thuisverpleging - patiëntenfiche",
    # 3. near misses of the relatives' cue
    "Mother of Pearl bracelet, boxed",
    "Viuda de Paris, bodega fundada en 1890",
    # 4. the labels on no name
    "Sweep: chimney only",
    "Bidder: 4471",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round30_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


CATCH = [
    # 2. asked to do something, mid-message
    ("person", "El correo no debía salir. Ruperto, por favor, recupera el correo.", "Ruperto"),
    ("person", "Die Mail ist intern. Merlin, bitte die Mail zurückholen.", "Merlin"),
    ("person", "De mail is intern. Milo, wil je de mail terughalen?", "Milo"),
    # 3. relatives
    ("person", "Liebevolle Ehefrau von Gudrun, Mutter von Jens", "Gudrun"),
    ("person", "Ehemann von Fenja, Vater von zwei Kindern", "Fenja"),
    ("person", "Épouse de Gwenola, mère de trois enfants", "Gwenola"),
    ("person", "Echtgenote van Jikke, moeder van twee", "Jikke"),
    # 4. labels
    ("person", "Schornsteinfeger: Fenja Ladeck", "Fenja Ladeck"),
    ("person", "Ramoneur : Gwenolé Lemoine", "Gwenolé Lemoine"),
    ("person", "Bieder: Vigo Dekker", "Vigo Dekker"),
    ("person", "Bidder: Ife Annsboro", "Ife Annsboro"),
    ("person", "In case of emergency: Ife Annsboro", "Ife Annsboro"),
    ("person", "Verlierer: Hanns Ladeck", "Hanns Ladeck"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round30_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


MUST_STAY = [
    # quoted people who are no rooms, a firm of two names, the relatives' full names
    ("person", "Rooms: I spoke with 'Anna Weber' and 'Tom Berg' today", "Anna Weber"),
    ("person", "Hi Anna & Tom, see you Friday", "Tom"),
    ("person", "The file is internal. Brandon, please recall the email.", "Brandon"),
    ("person", "Pour le trophée, Julien Moreau a gagné.", "Julien Moreau"),
    ("person", "Hallo Maximiliane, danke für die Nachricht", "Maximiliane"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round30_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
