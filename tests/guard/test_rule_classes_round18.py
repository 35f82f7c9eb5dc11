"""The person rule classes fixed after the meadow and summit banks' misses and false positives
(issue 14, round 18). Both banks were written by engineers who never saw the rules; each was
measured once with round 17 (the honest figures in docs/guard.md), then tuned on. Each class is
tested with variants the banks did not use and with look-alikes that must stay clean.

1. not people (public figures and things): a champion of one of the great championships (a title
   word and the championship in the sentence: "won Wimbledon", "ganó el Tour de Francia"); an office
   of state with the department or country it serves before the name ("Chancellor of the
   Exchequer ...", "ministra de Hacienda ..."); a theorem proved, a machine invented, a work
   composed by someone ("proved by ...", "von ... bewiesen"); a street named after someone with
   "de" ("avenida de Pablo Neruda"); a place opening a run of surnames ("Bristol Temple Meads");
   an English pronoun inside a title ("Making Her Self Up");
2. people: the given name after "Title Surname," that ends a form's field ("Name, Vorname: Dr.
   Gassner, Jakub"); a quoted reply's sign-off ("> Best,\\n> Steven"); a group greeting, then the
   sentence about a child ("Liebe Eltern, Gregor hatte ..."); a booking's numbered passenger
   ("1.Danny Kim"); a capitalised word that is no name before a full name ("To Laura Harris, of
   ..."); "van der" and a place-like first name before a Dutch particle ("Amber van Enschot"); a
   record number or "* date" in brackets after the name ("(Pat.-Nr. ...)"); "je soussigné(e)" and
   "el abajo firmante" before a name, listed or not; a chat log's speaker that is a surname when
   the log's other speakers are people.
A private person at a championship stays a person ("Marie Dupont a des billets pour Roland-Garros,
appelez-la ...": no title word), as does one who found a leak ("discovered by Anna Weber").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Nachname, Vorname: Prof. Lindqvist, Henrike\nEintritt: 01.04.2027", "Lindqvist, Henrike"),
    ("person", "Betreft: mevrouw Hoogendijk, Marloes\nVerwijzer: huisarts", "Hoogendijk, Marloes"),
    ("person", "On Tue, Nigel wrote:\n> Could you resend the invoice?\n> Cheers,\n> Annabel", "Annabel"),
    ("person", "> Saludos cordiales,\n> Remedios\n\nGracias, lo miro hoy.", "Remedios"),
    ("person", "Liebe Eltern, Mathilda hat heute toll mitgemacht.", "Mathilda"),
    ("person", "Chers parents, Louise a bien dormi après le repas.", "Louise"),
    ("person", "Beste ouders, Daan heeft vandaag goed gegeten.", "Daan"),
    ("person", "PNR ZX81QK\n  1.Priya Raman\n  2.Owen Fletcher\n  3  LH 400 FRAJFK", "Owen Fletcher"),
    ("person", "CITATION. To Heather Collins, of 12 Mill Road, Norwich.", "Heather Collins"),
    ("person", "Kun je het adres van Sanne van der Hoeks opzoeken?", "Sanne van der Hoeks"),
    ("person", "Amber van Oorschot belt morgen terug over de offerte.", "Amber van Oorschot"),
    ("person", "Befund für Wiltrud Zabelberg (Pat.-Nr. 88-1234, * 02.05.1961)", "Wiltrud Zabelberg"),
    ("person", "Ingreso de Remedios Lucientes (NHC 4471203) en planta 3.", "Remedios Lucientes"),
    ("person", "Je soussignée Maëlys Pérouse, demeurant à Lyon, déclare sur l'honneur", "Maëlys Pérouse"),
    ("person", "El abajo firmante Eleuterio Vidaurre declara bajo su responsabilidad", "Eleuterio Vidaurre"),
    ("person", "[09:12:40] Martina: ¿quién llama al cliente?\n[09:13:02] Cebrián: yo me encargo", "Cebrián"),
    ("person", "Marie Dupont a des billets pour Roland-Garros, appelez-la au 06 12 34 56 78.", "Marie Dupont"),
    ("person", "The leak was discovered by Anna Weber on Monday.", "Anna Weber"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round18_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Novak Djokovic won his 24th Grand Slam title at the US Open.",
    "Marianne Vos gewann zum dritten Mal die Tour de France Femmes.",
    "Kylian Mbappé a remporté la Coupe du monde en 2018.",
    "Alexia Putellas ganó la Liga de Campeones con el Barça.",
    "Max Verstappen won de Grand Prix van Zandvoort voor de derde keer.",
    "Home Secretary Yvette Cooper announced the new border plan.",
    "Le ministre de l'Économie Bruno Le Maire a présenté le budget.",
    "De minister van Buitenlandse Zaken Caspar Veldkamp reist naar Kyiv.",
    "Bundesministerin für Bildung Bettina Stark-Watzinger eröffnete die Messe.",
    "The telephone was invented by Alexander Graham Bell in 1876.",
    "Die Symphonie wurde von Gustav Mahler komponiert.",
    "La sinfonía fue compuesta por Manuel de Falla en Granada.",
    "El desvío sigue por la avenida de Federico García Lorca hasta la plaza.",
    "Les travaux bloquent la rue de Marie Curie jusqu'au 12 mai.",
    "Change at Manchester Piccadilly Gardens for the tram.",
    "Now showing: Finding Her Voice Again, a documentary.",
    "[10:00] Status: OK\n[10:01] Warning: disk at 91%\n[10:02] Backup: done",
    "I, the undersigned Notary Public, certify the copy.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round18_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
