"""The person rule classes fixed after the esker and geyser banks' misses and false positives
(issue 14, round 32, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. a relative named in brackets after the kinship word ("La fille (Vincent) est prévenue", "Se
   avisa al familiar (Jorge)", "Angehörige (Ueli) informiert", "Dochter (Evelyne) gebeld", "Next of
   kin (Michael) called"), or with the kinship in brackets after the name ("Alice (daughter, attorney
   under the LPA) rang");
2. not people: a German noun that the name lists hold ("Passwort ist zurückgesetzt"); one name on
   both sides of "&" before a thing ("the Harrison & Harrison organ"); the first partner of a list of
   names that a legal form closes ("bij Cornelis, Van de Velde en Segers VOF"); a full name right
   before a legal form ("Lucía Carmona Camacho S.C.P", "Hans Vogt GmbH"): a firm named after people;
3. not people: a cultivar's name in single quotes after its plant or its Latin binomial ("Rosa
   'Gertrude Jekyll'", "clématite 'Madame Julia Correvon'", "Calamagrostis × acutiflora 'Karl
   Foerster'");
4. not people: a table's column of languages ("| Leert |": "Duits", "Dutch"), which round 31's
   reading of a rota table's columns together had taken for first names;
5. not people: a course ("Willem-Alexander Baan": "baan" after a name that no common first name opens),
   a royal firm ("Koninklijke ..."), a firm's region ("... Europe"), a warden signing.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

NOT_PEOPLE = [
    # 2. nouns and firms (and near misses that stayed clean before: another noun, another twin firm, a GmbH)
    "[10:02] <support> so, Passwort ist geändert, neuer Code kommt per SMS",
    "[09:12] <admin> ok, Kennwort ist zurückgesetzt, neuer Link kommt per Mail",
    "Spendenaufruf für die Sanierung der Walcker & Walcker Orgel",
    "A collection for the Harrison & Harrison organ fund after the recital.",
    "Onderdeel besteld bij Cornelis, Van Dijk en Segers VOF, levering vrijdag.",
    "Pieza encargada a Lucía Carmona Camacho S.C.P, entrega el viernes.",
    "Ersatzteil bei Hans Vogt GmbH bestellt.",
    # 5. a rowing course, a royal firm, a firm's region, a role signing
    "Het NK wordt dit jaar geroeid op de Willem-Alexander Baan.",
    "Beheer door Koninklijke Jansen van Dijk, meldingen blijven anoniem.",
    "Onderdelen besteld bij Foot Locker Europe.",
    "Kind regards,\nSite Warden",
    # 3. cultivars
    "Plant of the month: Rosa 'Gertrude Jekyll', 5 L pot.",
    "Aussi en rayon : clématite 'Madame Julia Correvon', pot de 3 L.",
    "Neu: Calamagrostis × acutiflora 'Karl Foerster', 3-Liter-Topf.",
    "Nieuw: Hosta 'Frances Williams' in pot 17.",
    "También buganvilla 'Barbara Karst' en maceta de 5 L.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round32_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


NOT_THIS_ONE = [
    # 4. a column of languages beside people
    ("| Name | Learns | Partner | Learns |\n|---|---|---|---|\n| Olivia Grant | Dutch | Pieter de Boer | English |\n"
     "| Sanne Kok | French | Tom Hughes | Dutch |", "Dutch"),
    ("| Naam | Leert | Maatje | Leert |\n|---|---|---|---|\n| Olivia Grant | Duits | Pieter de Boer | Engels |\n"
     "| Sanne Kok | Frans | Tom Hughes | Duits |", "Duits"),
]


@pytest.mark.parametrize("text,word", NOT_THIS_ONE)
def test_round32_words_that_are_no_people(scanner: Scanner, text: str, word: str) -> None:
    assert ("person", word) not in found(scanner, text)


CATCH = [
    # 1. relatives in brackets
    ("person", "Transport vers la radiothérapie. La fille (Maëlle) est prévenue.", "Maëlle"),
    ("person", "Traslado a rehabilitación. Se avisa al familiar (Remedios) por teléfono.", "Remedios"),
    ("person", "Fahrt zur Dialyse. Angehörige (Ottilie) wurde informiert.", "Ottilie"),
    ("person", "Rit naar de poli. Dochter (Sanne) is gebeld.", "Sanne"),
    ("person", "Pick-up delayed. Next of kin (Gareth) was told.", "Gareth"),
    ("person", "Call note: Bethany (daughter, holds the power of attorney) rang about fees.", "Bethany"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round32_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


MUST_STAY = [
    # a couple of two names, a person beside a cultivar, a full name that is no firm's
    ("person", "Hi Anna & Tom, see you Friday", "Tom"),
    ("person", "Ordered by Gertrude Jekyll's neighbour Sanne Kok: Rosa 'Iceberg'.", "Sanne Kok"),
    ("person", "Kundin: Hanna Vogt, Bestellung 4471", "Hanna Vogt"),
    ("person", "Trainer: Piet Baan", "Piet Baan"),
    ("person", "| Name | Learns |\n|---|---|\n| Olivia Grant | Dutch |\n| Sanne Kok | French |", "Olivia Grant"),
]


@pytest.mark.parametrize("category,text,value", MUST_STAY, ids=[f"{c}:{v[:24]}" for c, _, v in MUST_STAY])
def test_round32_near_misses_keep_their_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
