"""The person rule classes fixed after the kettle and loess banks' misses and false positives
(issue 14, round 34, person half). Each case is worded differently from the banks, in the
languages where the class exists, with near misses that must stay as they were:

1. children listed with their birth dates or ages in brackets after the plural kinship word
   ("children Maisie (2016-04-02) and Alfie (2019-11-23)", "Kinder Jonas (04.02.2016) und Mia (3)",
   "enfants Léa (2 avril 2016) et Hugo (...)", "hijos Lucas (...) y Martina (...)", "kinderen Daan
   (...) en Noor (...)");
2. a message or a call to someone with their number after a colon ("WhatsApp to Priya: 07700 900123",
   "SMS an Jonas: 0171 2345678", "Whatsapp a Begoña: 612 345 678");
3. a volunteer named right after the role ("Volunteer Declan will collect", "Freiwillige Henrike
   holt ...", "la bénévole Solène passe ...", "Vrijwilliger Daan haalt ...");
4. labels of people the lists lacked: heirs, subscribers, a parent, a sole trader ("Erben: ...",
   "Abonnée : ...", "Madre: ...", "Entrepreneur individuel : ...", "Erfgenaam: ...");
5. a patient's record key in brackets right after a full name, as a clinic's day list writes it ("09:30
   Imogen Fairweather (MRN 4471209)", "14h00 Gaspard Lefort (IPP 2021-44712)");
6. a lower-case German "ab" after a name is a preposition, not the company form AB ("für Henrike Vogt ab
   1. März");
7. not people: a tournament named "... Open" ("the Leon Paul Open", "Leon Paul Open results").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. children with dates
    ("person", "Family: partner Tom Hale; children Maisie (2016-04-02) and Alfie (2019-11-23).", "Alfie"),
    ("person", "Familie: Ehefrau Anna Keller; Kinder Jonas (04.02.2016) und Mia (3 Jahre)", "Jonas"),
    ("person", "Famille : épouse Claire Roux ; enfants Léa (2 avril 2016) et Hugo (5 mai 2019)", "Hugo"),
    ("person", "Familia: esposo Luis Gil; hijos Lucas (02/04/2016) y Martina (23/11/2019)", "Lucas"),
    ("person", "Gezin: partner Bram Smit; kinderen Daan (02-04-2016) en Sanne (23-11-2019)", "Sanne"),
    # 2. a message to someone and their number
    ("person", "Keys are in the lockbox. WhatsApp to Priya: 07700 900123", "Priya"),
    ("person", "Abholung ab 18 Uhr, SMS an Jonas: 0171 2345678", "Jonas"),
    ("person", "Recogida por la tarde. Whatsapp a Begoña: 612 345 678", "Begoña"),
    # 3. volunteers
    ("person", "The fox was taken in. Volunteer Declan will collect it at six.", "Declan"),
    ("person", "Der Igel ist versorgt. Freiwillige Henrike holt ihn morgen ab.", "Henrike"),
    ("person", "Le hérisson va mieux, la bénévole Solène passe le chercher.", "Solène"),
    ("person", "De vos is opgevangen. Vrijwilliger Daan haalt hem vanavond op.", "Daan"),
    # 4. labels
    ("person", "Nachlass Nr. 44/2026\nErben: Ottokar Brandl\nQuote: 1/2", "Ottokar Brandl"),
    ("person", "Panier bio\nAbonnée : Solène Vidal\nLivraison : jeudi", "Solène Vidal"),
    ("person", "Ficha escolar\nMadre: Remedios Ortega\nTeléfono: 612 345 678", "Remedios Ortega"),
    ("person", "Déclaration URSSAF\nEntrepreneur individuel : Gaspard Lefort\nSIRET : à venir", "Gaspard Lefort"),
    ("person", "Nalatenschap\nErfgenaam: Femke Bos\nAandeel: de helft", "Femke Bos"),
    # 5. a patient's record key after the name
    ("person", "Day unit list\n09:30 Imogen Fairweather (MRN 4471209) infusion", "Imogen Fairweather"),
    ("person", "Hôpital de jour\n14h00 Gaspard Lefortier (IPP 2021-44712) bilan", "Gaspard Lefortier"),
    # 6. "ab" after a name
    ("person", "Ich habe das Abo für Henrike Vogt ab 1. März pausiert.", "Henrike Vogt"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round34_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 7. tournaments; near misses of the classes above that stay clean
    "Results of the Leon Paul Open, men's sabre: 1st Salle Boston.",
    "Fencing calendar: Leon Paul Open on 12 March, entries close Friday.",
    "Products: children's shoes (size 28) and socks (3 pairs)",
    "Invoice from Svensson Bygg AB, Malmö, 12 pallets",
    "Vater: unbekannt",
    "WhatsApp to support: 07700 900123",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round34_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
