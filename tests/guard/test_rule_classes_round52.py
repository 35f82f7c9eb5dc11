"""The person rule classes fixed after the kipuka and playa banks' misses and false persons (issue 14, round 52,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. someone a condolence or remembrance letter says died or mourns ("It is some weeks since Oliver died", "dass Jonas
   verstorben ist", "desde que Inés nos dejó", "dat Sem overleed", "depuis le départ de Camille", "the death of Tom");
2. a member of a group named right after the name ("to Fiona from the music group", "à Lucie, fidèle de la chorale",
   "y Rocío, del coro", "met Fenna van het dameskoor", "an Paula aus dem Kirchenchor");
3. a referral form's referrer after the agency ("Referrer: Citizens Advice, Bethany", "Orienté(e) par : CCAS, Nelly",
   "Entidad: Servicios Sociales, trabajadora social Amelia");
4. whom a note's heading addresses ("Hinweis Compliance an Luise:", "Note de la communication à Anastasie :",
   "Aviso de comunicación para Dimas:"); whom questions go to ("Rückfragen an Thies, Diensthandy +41 ...");
   who is picked up ("can someone grab Eimer from ...");
5. a first name alone in a carpool table's driver column, its head with an inclusive ending or the Dutch and
   French words ("| Fahrer/in |", "| rijder |", "| conducteur |");
6. not people: boats named in quotes after their kind or in a list of them ("der Kutter „Anna von Tharau“", "los
   veleros "Virgen del Carmen" y "Juan Sebastián""), a CSV's vessel column ("Jenny Wren"), "Wir" after a dash in a
   parish letter's heading ("St. Martin – Wir gratulieren").

Of the 34 cases below (23 to catch, 8 things to leave alone, 3 people to keep), 25 fail on round 51.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. mourned
    ("person", "Dear Mr Hale,\n\nIt is some weeks since Oliver died, and we are thinking of you.", "Oliver"),
    ("person", "Liebe Familie Roth,\n\nes ist ein halbes Jahr her, dass Jonas verstorben ist.", "Jonas"),
    ("person", "Han pasado unas semanas desde que Inés nos dejó. Os invitamos a la misa.", "Inés"),
    ("person", "Het is een jaar geleden dat Sem overleed. U bent welkom op de herdenking.", "Sem"),
    ("person", "Deux mois ont passé depuis le départ de Camille. Nous pensons à vous.", "Camille"),
    ("person", "We are so sorry to hear about the death of Tom last week.", "Tom"),
    # 2. a group's member
    ("person", "Happy birthday also to Fiona from the music group, and to our sacristan.", "Fiona"),
    ("person", "Nos vœux vont à Lucie, fidèle de la chorale, qui fête ses 80 ans.", "Lucie"),
    ("person", "Felicidades también a Rocío, del coro parroquial, que cumple 80.", "Rocío"),
    ("person", "Gefeliciteerd met Fenna van het dameskoor!", "Fenna"),
    ("person", "Wir gratulieren Paula aus dem Kirchenchor zum 70. Geburtstag.", "Paula"),
    # 3. a referrer after the agency
    ("person", "FOOD PARCEL REQUEST\nReferrer: Citizens Advice, Bethany\nClient: Keith Kirk", "Bethany"),
    ("person", "Fiche\nOrienté(e) par : CCAS, Nelly\nBénéficiaire : Marie Dubey", "Nelly"),
    ("person", "Derivación\nEntidad: Servicios Sociales, trabajadora social Amelia\nUsuario: Emilio Urrutia", "Amelia"),
    ("person", "Aanmelding voedselbank\nVerwijzer: Wijkteam Noord, Fenna\nCliënt: Bas de Boer", "Fenna"),
    # 4. a note's addressee, questions, a pick-up
    ("person", "Hinweis Marketing an Luise: Im Flyer steht ein veraltetes Wort.", "Luise"),
    ("person", "Note de la rédaction à Anastasie : le titre est à revoir.", "Anastasie"),
    ("person", "Aviso de comunicación para Dimas: el cartel tiene un error.", "Dimas"),
    ("person", "Memo to Kate: the wording in the flyer must change.", "Kate"),
    ("person", "Übergabe: Patient stabil. Rückfragen an Thies, Diensthandy +41 33 165 78 88.", "Thies"),
    ("person", "[07:40] Ana: stuck in traffic, can someone grab Eimer from the school gate?", "Eimer"),
    # 5. a carpool's driver column
    ("person", "| KW | Fahrer/in | Handy |\n|---|---|---|\n| 3 | Maximilian | +43 5621 354927 |\n| 4 | Renate Wolf | 01565 73239 |",
     "Maximilian"),
    ("person", "| week | rijder | mobiel |\n|---|---|---|\n| 1 | Andy | 06 12345678 |\n| 2 | Koen Vaes | 0141 812532 |", "Andy"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round52_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Hafen: Die Motoryacht „Königin Luise“ und der Kutter „Anna von Tharau“ liegen an Steg A.", "Anna"),
    ('Aviso: los veleros "Virgen del Carmen" y "Juan Sebastián" se trasladan al pantalán 1.', "Juan"),
    ("Visiting yachts 'Lady Florence' and 'Morning Star of Hull' please call on VHF 80.", "Star"),
    ("De botter 'Jan Pieter' ligt tot vrijdag aan de kade.", "Jan"),
    ("permit,vessel,owner\nMP-1,Wild Goose,Gary James\nMP-2,Jenny Wren,Mary Roberts", "Jenny"),
    ("PFARRBRIEF St. Martin – Wir gratulieren\nZum 80. Geburtstag: Herr Dr. Walter", "Wir"),
    ("It is some weeks since Paris died down after the protests.", "Paris"),
    ("Hinweis an Berlin: Lieferung kommt später.", "Berlin"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round52_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("The boat owner Anna Weber called about the mooring.", "Anna Weber"),
    ("Anna & Tom kommen am Samstag.", "Anna"),
    ("| week | driver | mobile |\n|---|---|---|\n| 1 | Andy | 07700 900123 |\n| 2 | Jan Janssens | 0409 67316 |", "Andy"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round52_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
