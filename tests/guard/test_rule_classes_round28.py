"""The person rule classes fixed after the dune and gorge banks' misses and false positives
(issue 14, round 28). Each case is worded differently from the banks, in the five languages, with
near misses that must stay as they were:

1. a transcript whose other speaker is a group's leaders or staff ("Lagerleitung:", "Kursleitung:",
   "Monitora:", "Leiding:", "Animatrice :", "Staff:"): the first names on the lines around it speak;
2. labels that say a person stands there: investigators ("Detective:", "Ermittlerin:",
   "Enquêteur :", "Investigadora:", "Rechercheur:"), who booked ("Booked by:", "Gebucht von:",
   "Réservé par :", "Reservado por:", "Geboekt door:"), a young person, a Dutch "Patiënte:";
3. the sign-offs of mountaineers, anglers, hunters, miners and scouts ("Berg Heil", "Petri Heil",
   "Glück auf", "Gut Pfad"): no name themselves, and the name on the next line signs;
4. not people: the founder of something before 1950 ("gründete 1907 die ..."); a knight with a
   great prize in apposition ("Sir ..., Nobel laureate"); a house named after its founder by a
   compound ("Friseursalon Udo Walz", "Kapsalon Rob Peetoom", "Salons Jean Louis David"); a firm's
   word alone ("Hillside Garage on 01632 ..."), a hut; a maker and a German noun ("Weber
   Rettungssatz").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. transcripts with a group's leaders or staff
    ("person", "Chat Kursgruppe\nKursleitung: Bitte Turnschuhe mitbringen.\nAnneliese: Gilt das auch für Montag?", "Anneliese"),
    ("person", "Groupe des parents\nClémence : Le car part à quelle heure ?\nAnimatrice : Vers 8 h devant l'école.", "Clémence"),
    ("person", "Chat familias\nMonitora: Mañana salimos a las nueve.\nRosario: ¿Hace falta llevar bocadillo?", "Rosario"),
    ("person", "Ouders kamp\nLeiding: We zijn om vier uur terug.\nMaarten: Fijn, ik haal Jip op.", "Maarten"),
    # 2. labels
    ("person", "Observation log 14 May\n16:05 subject leaves the gym\nDetective: Sosimo Sarmiento", "Sosimo Sarmiento"),
    ("person", "Bericht Nr. 7\nErmittlerin: Hiltrud\n09:10 Zielperson verlässt das Haus", "Hiltrud"),
    ("person", "Rapport de filature\nEnquêteur : Gwenolé Lemoine\n07:40 sortie du domicile", "Gwenolé Lemoine"),
    ("person", "Sala 'El Búnker'\nReservado por: Sosimo Sarmiento\nJugadores: 5", "Sosimo Sarmiento"),
    ("person", "Escaperoom 'De Kelder'\nGeboekt door: Fokeltje Bosman\nSpelers: 4", "Fokeltje Bosman"),
    ("person", "Kletterhalle\nGebucht von: Rosmunda Körner\nTeilnehmende: 6", "Rosmunda Körner"),
    ("person", "IVF-aanvraag\nPatiënte: Fokeltje Bosman\nBSN volgt", "Fokeltje Bosman"),
    # 3. sign-offs of a trade or a club
    ("person", "Die Hütte ist ab Freitag offen.\n\nBerg Heil\nUrsel Barkholz, Hüttenwirtin", "Ursel"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round28_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Robert Baden-Powell gründete 1907 die Pfadfinderbewegung; heute zählt sie Millionen Mitglieder.",
    "Hendrik Wester richtte in 1920 de voetbalclub op.",
    "Jean Moreau fonda en 1911 la première coopérative du village.",
    "Ramón Ortega fundó en 1925 la cooperativa.",
    "Fangbuch bitte bis Monatsende abgeben.\n\nPetri Heil",
    "Schicht beendet.\n\nGlück auf",
    "Sir Robert Edwards, Nobel laureate in 2010, pioneered IVF.",
    "Friseursalon Udo Walz am Kurfürstendamm: neue Öffnungszeiten ab Montag.",
    "Kapsalon Rob Peetoom viert zijn jubileum met een knipavond.",
    "Salons Jean Louis David : les tendances de la saison.",
    "Your car is due its MOT. Book at Hillside Garage on 01632 960 123.",
    "Hut booking #4281523379, two nights, half board.",
    "| Nr | Bereich | Gerät |\n| 2 | Technische Hilfe | Weber Rettungssatz |",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round28_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


MUST_STAY = [
    # a founding after 1950 is no history; a German name that ends like no noun; a chat of people
    ("person", "Anna Schmidt gründete 2015 die Firma und leitet sie bis heute.", "Anna Schmidt"),
    ("person", "Jan Hartung kommt morgen um neun.", "Jan Hartung"),
    ("person", "Lisa: Bin gleich da.\nTom: Super, bis gleich.", "Tom"),
    ("person", "Dear Sir Robert Walker, thank you for your letter.", "Robert Walker"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round28_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


def test_round28_groups_greeted_stay_clean(scanner: Scanner) -> None:
    """A greeting to a group or an office is no name, listed or not."""
    for text in ("Liebe Vereinsmitglieder,\nnach 14 Jahren ...", "Dear Editor,\n\nplease find attached ...",
                 "Sehr geehrte Schulleitung,\nich schreibe ...", "Dear Consulate,\n\nwe invite ..."):
        assert [h for h in found(scanner, text) if h[0] == "person"] == [], text
