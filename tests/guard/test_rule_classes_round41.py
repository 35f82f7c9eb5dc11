"""The person rule classes fixed after the cornice and penitente banks' misses (issue 14, round 41,
person half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a practice's staff before a first name, like a nurse's ("bei DH Jaroslav", "bij mondhygiënist
   Younes", "con la higienista Jenny", "the physio Rose");
2. a shift's end signing a log off ("18:00 Dienstende Maja", "19:00 dienst overgedragen aan Guus",
   "19h00 fin de poste, Alexandria", "22:00 end of shift, Kevin");
3. first names listed with a person found ("TS 1431 (Joël, Walter, Roland Aerts)", "SPV : Louis,
   Michael, Noël Le Goff", "con Begoña, Nilo y Noa Barroso"), and three or more first names alone in
   brackets ("E41 (Nicholas, Harry, Oliver)"); not places or words in brackets ("(Paris, Lyon, Nice)");
4. a name cell's bracketed note ("| Lorenzo (sopraan) |") and a singer's or chorister's column;
5. "Julio" before a listed surname is a first name ("Paciente: Julio Tello"), as "Domingo" and "April"
   already were; "15 de julio" stays a date.
6. a guest's plus-one after a first name ("- Magda + partner", "Juergen mit Begleitung", "Rosario y su
   pareja", "Lucie et son conjoint"); not a place's ("Berlin mit Begleitung");
7. who checked an identity document, the participle's label before it ("Legitimatie gecontroleerd: paspoort
   ... door Bente", "Identité vérifiée : passeport ... par Camille");
8. whose phone a number is ("Handy Philipp: 043 ...", "Tel. Anna: 0171 ..."); who checked something, and on
   which date ("Gecontroleerd door Aaliyah op 27-06-2024"); someone named with the reader ("Could you and
   Sherri send ...", "toi et Lucie"); who is picked up, and when ("will be collecting Clarissa today");
9. kept: a shift's end is kept apart from the sign-offs, so its words ("fin", "an") do not stop "Finn" or
   "Ann" opening a name; a title in a list ("Sami Bos, Mevr. Winters") is no first name listed with a person.

Of the 54 cases below, 26 fail on round 40.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a practice's staff
    ("person", "Recall booked: 14.03.2027, 09:20 bei DH Jaroslav, bitte 10 Min. vorher da sein.", "Jaroslav"),
    ("person", "Uw controle is verplaatst naar dinsdag bij mondhygiënist Younes.", "Younes"),
    ("person", "Te esperamos el jueves a las 10:00 con la higienista Jenny en la consulta 2.", "Jenny"),
    ("person", "Your next scale and polish is with the hygienist Priya on Friday.", "Priya"),
    ("person", "Rendez-vous confirmé avec la dentiste Camille le 3 mai.", "Camille"),
    # 2. a shift's end
    ("person", "Schleuse Nord, Tagebuch\n06:00 Dienstbeginn, Pegel 2,10 m\n18:00 Dienstende Maja", "Maja"),
    ("person", "Sluiswachterslog\n07:00 sluis open\n19:00 dienst overgedragen aan Guus", "Guus"),
    ("person", "Écluse 12\n08h00 prise de poste\n19h00 fin de poste, Alexandre", "Alexandre"),
    ("person", "Gate log\n06:00 gates opened\n22:00 end of shift, Kevin", "Kevin"),
    ("person", "Esclusa 3\n07:00 apertura\n15:00 fin de turno, Pablo", "Pablo"),
    # 3. first names listed with a person found, or three alone in brackets
    ("person", "Uitgerukt: TS 4231 (Daan, Walter, Roland Aerts)", "Daan"),
    ("person", "Uitgerukt: TS 4231 (Daan, Walter, Roland Aerts)", "Walter"),
    ("person", "Engagés : FPT\nSPV : Louis, Michel, Noël Le Goff", "Michel"),
    ("person", "Salen: BRP-2 con Begoña, Andrés y Noa Barroso", "Begoña"),
    ("person", "Turnout: P1 (Nicholas, Harry, Oliver), T4 standby", "Harry"),
    ("person", "Einsatz: HLF 20 (Jonas, Felix, Lena) rückt aus", "Lena"),
    # 4. a name cell's note; a singer's column
    ("person", "| Nr | Maat | Naam | Borg |\n|---|---|---|---|\n| 7 | XL | Amber Willems | € 25 |\n"
               "| 13 | S | Lorenzo (sopraan) | € 25 |", "Lorenzo"),
    ("person", "| N° | Taille | Choriste | Caution |\n|---|---|---|---|\n| 3 | M | Liliane Roux | 25 € |\n"
               "| 9 | S | Dorothée (alto) | 25 € |", "Dorothée"),
    ("person", "| Robe | Singer | Deposit |\n|---|---|---|\n| 15 | Robert Jacobs | £20 |\n| 22 | Courtney (alto) | £20 |",
     "Courtney"),
    # 5. Julio before a surname
    ("person", "Paciente: Julio Tello\nNº historia clínica: 2024-688824", "Julio Tello"),
    # 6. a plus-one
    ("person", "Tafel 7:\n- Kelly Gevaert\n- Magda + partner\n- Arthur (kind)", "Magda"),
    ("person", "Tisch 2:\n- Rebecca Ott\n- Jürgen mit Begleitung", "Jürgen"),
    ("person", "Mesa 4:\n- Marcela Benavente\n- Rosario y su pareja", "Rosario"),
    ("person", "Table 3 : Lucie et son conjoint, menu végétarien", "Lucie"),
    ("person", "| 7 | Nina + guest | vegan |", "Nina"),
    # 7. who checked an identity document
    ("person", "Legitimatie gecontroleerd: paspoort NP1234567 door Sjoerd", "Sjoerd"),
    ("person", "Identité vérifiée : passeport 12AB34567 par Camille", "Camille"),
    # 8. a phone's owner, a checker and the date, named with the reader, picked up
    ("person", "Bei Fragen Handy Jonas: 0171 2345678", "Jonas"),
    ("person", "Schlüssel bei Tel. Anna: 0171 2345678", "Anna"),
    ("person", "Meterstand gecontroleerd door Lotte op 12-03-2025.", "Lotte"),
    ("person", "Fire door checked by Emily on 12/03/2024", "Emily"),
    ("person", "Can you and Oliver confirm the numbers by Friday?", "Oliver"),
    ("person", "Peux-tu, toi et Lucie, venir demain ?", "Lucie"),
    ("person", "Grandad will be collecting Emma today at 3.30.", "Emma"),
    # 9. names that open with a shift's word
    ("person", "Kind regards,\nAnn McLean", "Ann McLean"),
    ("person", "Bearbeitung: Finn Näf", "Finn Näf"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round41_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Cities on the tour (Paris, Lyon, Nice) sold out.",
    "Colours in stock (Rose, Violet, Amber) ship Monday.",
    "Schichtplan: Schichtende Montag 22:00, Übergabe im Büro.",
    "Llegamos el 15 de julio García y Cía. confirmó la entrega.",
    "Tournée d'été : Lyon, Marseille et Nice.",
    "Zimmer 12: Berlin mit Begleitung, Rückfahrt offen.",
    "Signed: contract 44 by Paris office.",
    "mobile Paris: 07700 900123 for the office",
    "we are collecting Amazon parcels today",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round41_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


KEPT = [
    ("person", "Uitgerukt: TS 4231 (Daan, Walter, Roland Aerts)", "Roland Aerts"),
    ("person", "Crew: Paris, Lyon and Anna Schmidt", "Anna Schmidt"),
    ("person", "Termin bei Dr. Jaroslav Novak", "Jaroslav Novak"),
    ("person", "| Singer | Part |\n|---|---|\n| Robert Jacobs | bass |\n| Emma Stone-Hill | alto |", "Robert Jacobs"),
]


@pytest.mark.parametrize("category,text,value", KEPT, ids=[v for _, _, v in KEPT])
def test_round41_near_misses_stay_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


def test_round41_a_title_in_a_list_is_no_first_name(scanner: Scanner) -> None:
    hits = found(scanner, "Aanwezig: Astrid Maes (voorzitter), Sami Bos, Mevr. Winters")
    assert ("person", "Mevr") not in hits and ("person", "Winters") in hits, hits


@pytest.mark.parametrize("text,word", [
    ("Empfänger: Deborah Rey, Fall-Nr. 2025-282379", "Fall-Nr"),
    ("Werkgever: van de Berg & Brandon, vast contract", "Berg"),
    ("concert 18.06.2027, Muziekgebouw Berg en Dal: Jan Pieterszoon Sweelinck, variaties", "Berg"),
])
def test_round41_no_list_item_outside_a_list(scanner: Scanner, text: str, word: str) -> None:
    """A word after a person that a full stop and a number follow, a firm's or a venue's name ("van de Berg",
    "Muziekgebouw Berg en Dal") is no first name listed with the person."""
    assert ("person", word) not in found(scanner, text)


def test_round41_places_listed_with_a_person_stay_places(scanner: Scanner) -> None:
    hits = found(scanner, "Crew: Paris, Lyon and Anna Schmidt")
    assert ("person", "Paris") not in hits and ("person", "Lyon") not in hits, hits
