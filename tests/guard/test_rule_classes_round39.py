"""The person rule classes fixed after the bergschrund and firn banks' misses and false positives
(issue 14, round 39, person half). Each case is worded differently from the banks, in the languages
where the class exists, with near misses that must stay as they were:

1. a first name doing something together with a titled person ("Jonas und Frau Berger haben zugesagt",
   "Sanne en meneer Peeters hebben al ja gezegd", "Chloé et Mme Roux sont partantes");
2. a sign-off in the middle of a line, the name and the signer's role in brackets after it ("groetjes
   Sanne (kantine) 06-...", "LG Jonas (Platzwart), erreichbar unter ...");
3. who checked: "Checked by Olivia.", "Gecontroleerd door Sanne", "Geprüft: Jonas", "Vérifié par Chloé";
4. role keys: "Parent:", "Ring manager:", "Técnico asignado:", "Gastschülerin:", "Diabetesberaterin:"
   ("Vendor:" stays a near miss: it found its full name already); a patient's abbreviation ("pt Oliver settled", "Pt Daan slaapt");
5. a log's user: the Common Log Format's user after the client's address, Vault's audit display name
   after its auth method ("userpass-Chris");
6. a cast list: the players on the right of a dotted leader are people, the characters on its left are
   not ("Lady Bracknell ...... Dr. Ruth Hale", "Pierre Brochant : Ana Bochud");
7. not people: a dog "with" its handler in a dog-sport result ("met Dex – 0 fouten"), an animal's field
   ('Cheval : « Ulysse du Bois »', "Dog: Border Collie"), "Mère :" and "Enfant :" as labels, the
   interjection "Ay", "Honey" for sale, "Jumping Large", "Liga de Debate".

Of the 41 cases below, 24 fail on round 38.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. with a titled person
    ("person", "Für den Umzug fehlen noch zwei Helfer. Jonas und Frau Berger haben schon zugesagt.", "Jonas"),
    ("person", "Voor de verhuizing zoeken we nog hulp. Sanne en meneer Peeters hebben al ja gezegd.", "Sanne"),
    ("person", "Pour la brocante il manque deux bénévoles. Chloé et Mme Roux sont déjà partantes.", "Chloé"),
    ("person", "We still need two stewards. Oliver and Mrs Patel have already said yes.", "Oliver"),
    # 2. a sign-off mid-line with the signer's role
    ("person", "kun je de sleutel terugleggen? groetjes Sanne (kantine) 06-12345678", "Sanne"),
    ("person", "kannst du abschließen? LG Jonas (Platzwart), erreichbar unter 0171 2345678", "Jonas"),
    ("person", "can you lock up tonight? cheers Oliver (bar) 07700 900123", "Oliver"),
    # 3. who checked
    ("person", "Identity documents seen and copied.\nChecked by Olivia.", "Olivia"),
    ("person", "Kopie paspoort gemaakt.\nGecontroleerd door Sanne", "Sanne"),
    ("person", "Ausweis kopiert.\nGeprüft: Jonas", "Jonas"),
    # 4. role keys, a patient's abbreviation
    ("person", "Violin grade 4\nParent: Laura Finch, 07700 900456", "Laura Finch"),
    ("person", "Ring 3\nRing manager: Colin  |  scribe: Hannah", "Colin"),
    ("person", "Aviso 88: fuga en la cocina\nTécnico asignado: Priscila", "Priscila"),
    ("person", "Gastfamilie Huber\nGastschülerin: Elina (USA), geb. 2009", "Elina"),
    ("person", "Schulung Insulinpumpe\nDiabetesberaterin: Greta", "Greta"),
    ("person", "Night notes: pt Oliver settled at 23:10, probe refitted 02:00.", "Oliver"),
    # 5. a log's user
    ("person", '203.0.113.7 - Harriet [02/Dec/2026:10:01:12 +0000] "GET /invoices HTTP/1.1" 200 512', "Harriet"),
    ("person", '{"type":"request","auth":{"display_name":"userpass-Chris","policies":["default"]}}', "Chris"),
    # 6. a cast list's players
    ("person", "CAST\nLady Bracknell ...... Dr. Ruth Hale\nMiss Prism .......... Joan Tate", "Ruth Hale"),
    ("person", "DISTRIBUTION\nPierre Brochant : Ana Bochud\nJuste Leblanc : Marc Favre", "Ana Bochud"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round39_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 6. a cast list's characters; 7. animals, labels, words
    "DISTRIBUTION\nPierre Brochant : \nFrançois Pignon : ",
    "Besetzung\nFrau Marthe Rull ......\nEve, ihre Tochter ......",
    "Uitslag Jumping A2\n1. met Dex – 0 fouten – 30,88 s\n2. met Fleur – 5 – 32,41 s",
    "Resultados Agility\n1.º con Nuk – 0 – 33,02 s\n2.º con Brisa – 5 – 35,10 s",
    "Pension\nCheval : « Ulysse du Bois », SF, 9 ans\nBox : 14",
    "Entry form\nDog: Border Collie bitch, grade 5",
    "Ay, se me olvidó el paraguas en la oficina.",
    "Honey sale on Saturday at the allotment gate.",
    "Ergebnisliste A3 Jumping Large\nPl. | Fehler | Zeit",
    "Inscripción – Liga de Debate Escolar\nCurso: 4.º ESO",
    "Rappel : ce document est NOT FOR EXTERNAL DISTRIBUTION. Merci de Sanity check ; accès restreint",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round39_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


KEPT = [
    # near misses that stay people
    ("person", "Uitslag Jumping A2\n1. Pascale De Smedt met Dex – 0 fouten – 30,88 s", "Pascale De Smedt"),
    ("person", "Besetzung\nFrau Marthe Rull ....... Herr Dr. Bühlmann", "Bühlmann"),
    ("person", "Pension\nCheval : Ulysse\nPropriétaire : Claire Dubois", "Claire Dubois"),
    ("person", "COMPTE RENDU – MATERNITÉ\nMère : Mme Gubéran, née le 15/12/1980", "Gubéran"),
    ("person", "Dinner with Anna and Tom tonight, bring wine.", "Anna"),
    ("person", "Meeting notes\nAnna Schmidt : hello there", "Anna Schmidt"),
    ("person", "CONSIGNMENT\nVendor: Martin Reeves\nLots: 12", "Martin Reeves"),
    ("person", "Consignor: Alex Cherith Diggin\nLots 412 to 430", "Alex Cherith Diggin"),
]


@pytest.mark.parametrize("category,text,value", KEPT, ids=[v for _, _, v in KEPT])
def test_round39_near_misses_stay_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


def test_round39_character_names_are_no_people(scanner: Scanner) -> None:
    text = "CAST\nJack Worthing ........ Justine Devine\nGwendolen Fairfax .... Paula Lewis"
    hits = [h for h in found(scanner, text) if h[0] == "person"]
    assert ("person", "Jack Worthing") not in hits and ("person", "Gwendolen Fairfax") not in hits
    assert ("person", "Justine Devine") in hits and ("person", "Paula Lewis") in hits


def test_round39_a_dog_after_with_is_no_person(scanner: Scanner) -> None:
    text = "Uitslag Jumping A3 Large\n1. Maria De Schepper met Dex – 0 fouten – 30,88 s"
    hits = [h for h in found(scanner, text) if h[0] == "person"]
    assert hits == [("person", "Maria De Schepper")]
