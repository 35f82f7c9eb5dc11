"""The person rule classes fixed after the polynya and ogive banks' misses and false positives
(issue 14, round 40, person half). Each case is worded differently from the banks, in the languages
where the class exists, with near misses that must stay as they were:

1. a first name quoted after an engraving's or a name's word ('engraving on the back: "Maisie 03.05.2019"',
   "Gravur innen: „Jonas 12.08.2026“", 'prénom « Léon »', "naam van ons dochtertje 'Fenna'");
2. a card's or a ribbon's senders listed in its message ("Card: 'With love, Harriet, Tom and the
   boys'", "Schleife: „In Liebe - Greta und Paul“"), not a greeting of the season ("Merry Christmas");
3. a markdown list item opening with a bold first name and a contact on its line ("- **Maisie** (nights)
   - 07700 900123"); a ladder's open challenge against a first name ("challenge against Freya pending",
   "uitdaging tegen Sem staat open", "| v Maya (pending) |"); who to call in a contact label's bracket
   ("Contact famille (Lucie) : 06 ...", "Kontakt Familie (Jonas): 0171 ...");
4. a trainee's, an intern's or a relief's role in brackets after a first name on a rota ("Femke
   (stagiair);06-...", "Lucas (trainee),0161 ...", "Hugo (prácticas);600 ..."); role keys ("Fixer:",
   "Supervisor:", "Sozius:", "Socorrista:", "Vrijwilliger:", "Réparateur bénévole :");
5. not people: the role a player takes ("el papel de Hada de las Lilas", "cast as the Lilac Fairy",
   "le rôle de la Fée des Lilas"), "Merry Christmas";
6. a month's name as a chat's speaker after the line's time ("[00:56] June: can someone ..."), not a month
   before a colon in prose ("Meeting moved to June: see ...");
7. found while measuring ogive after the round: a unit after a number is no title before a particle ("2.720
   m; der Normalweg": not "M. der Normalweg"; "mr. de Wit" stays), a German compound ending like a street
   ("Normalweg"), Grafana's "Loki"; and from the outside texts: a name quoted in code is no engraving
   ("filter=\"name like 'John%'\"", 'name="Côte d\'Ivoire"'): the quote must close after the name, or a date
   or a dash follow it.

Of the 44 cases below, 28 fail on round 39.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. engraved or named in quotes
    ("person", 'Locket order: engraving on the back: "Maisie 03.05.2019", script font.', "Maisie"),
    ("person", "Ring 18 kt, Gravur innen: „Jonas 12.08.2026“, Anzahlung 40 €.", "Jonas"),
    ("person", "Je voudrais graver le bracelet de ma fille : prénom « Léon » et la date au dos.", "Léon"),
    ("person", "Graag de naam van ons dochtertje 'Fenna' op de armband graveren.", "Fenna"),
    ("person", 'Grabado interior: "Julia 14-02-2027". Señal pagada.', "Julia"),
    # 2. a card's senders
    ("person", "Flowers to the chapel by 10am\nCard: 'With love, Harriet, Tom and the boys'", "Tom"),
    ("person", "Kranz mit weißen Rosen\nSchleife: „In Liebe - Greta und Paul“", "Greta"),
    ("person", "Corona de flores\nCinta: \"Con cariño - Mateo, Lucía\"", "Mateo"),
    # 3. list items, challenges, contacts
    ("person", "Night cover:\n- **Maisie** (nights) - 07700 900123\n- **Rory Bell** - rory@example.org", "Maisie"),
    ("person", "Ladder update: 4. Ellis Park - challenge against Freya pending.", "Freya"),
    ("person", "Ladder\n3. Noor Bakker - uitdaging tegen Sem staat open", "Sem"),
    ("person", "| 2 | Owen Clark | 6-3 | v Maya (pending) |", "Maya"),
    ("person", "Transport dialyse\nContact famille (Lucie) : 06 12 34 56 78", "Lucie"),
    ("person", "Krankenfahrt\nKontakt Familie (Jonas): 0171 2345678", "Jonas"),
    # 4. trainees and role keys
    ("person", "datum;post;naam;tel\n12-06-2026;P1;Femke (stagiair);06-12345678", "Femke"),
    ("person", "date,tower,name,mobile\n2026-06-12,T2,Lucas (trainee),0161 496 0000", "Lucas"),
    ("person", "fecha;torre;nombre;móvil\n12/06/2026;T1;Hugo (prácticas);600 123 456", "Hugo"),
    ("person", "Repair café ticket 18\nFault: brakes rubbing\nFixer: Gemma\nSigned: Y", "Gemma"),
    ("person", "Crew: Dan Hale\nSupervisor: Chloe (leading hand)\nSite: Dock 4", "Chloe"),
    ("person", "Fahrer: Tom Berger\nSozius: Leonie\nMaschine: Zündapp KS 50", "Leonie"),
    ("person", "Incidencia playa norte\nSocorrista: Iker\nHora: 16:40", "Iker"),
    ("person", "Fietsreparatie 12\nVrijwilliger: Sanne\nAansprakelijkheid: ja", "Sanne"),
    ("person", "Atelier vélo n° 7\nRéparateur bénévole : Hugo\nDécharge : oui", "Hugo"),
    # 6. a month's name as a chat's speaker after the line's time
    ("person", "[23:50] Mark: bus leaves 6.15\n[00:56] June: can someone give me a lift?", "June"),
    ("person", "[08:10] Lotte: wie fährt?\n[08:12] April: ich, 3 Plätze frei", "April"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round40_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 5. a player's role; a season's greeting
    "Nos alegra comunicaros que bailará el papel de Hada de las Lilas en el festival.",
    "We are delighted to say she has been cast as the Lilac Fairy this year.",
    "Nous sommes ravis : elle dansera le rôle de la Fée des Lilas au gala.",
    "Card: 'Merry Christmas from all of us'",
    "Meeting moved to June: see the calendar invite.",
    # 7. a unit before a particle, a compound that ends like a street, a log tool
    "Die Hütte liegt auf 2.720 m; der Normalweg folgt dem Grat.",
    "La consulta de Loki `{app=\"pagos\"} |= \"timeout\"` no devuelve nada.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round40_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


NOT_A_PERSON_HERE = [
    # near misses: quotes, cards and challenges that hold no person
    "Product name 'Victoria' is discontinued; order code 4471.",
    "Card: 'Greetings from Paris, Lyon and Nice'",
    "Chelsea v Arsenal (pending)",
    "Contact support (Paris office): 01 23 45 67 89",
    # outside texts (a package's README, pycountry's data): a name quoted in code
    "client.query(\"docs\", filter=\"name like 'John%'\")",
    "Country(alpha_2='CI', name=\"Côte d'Ivoire\", numeric='384')",
]


@pytest.mark.parametrize("text", NOT_A_PERSON_HERE)
def test_round40_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


KEPT = [
    ("person", "Nos alegra comunicaros que Adolfo Ruiz bailará el papel principal.", "Adolfo Ruiz"),
    ("person", "Card: 'Love, Anna Smith'", "Anna Smith"),
    ("person", "Ladder: 1. Jonathan Kelly 9-1, 2. Tony Hayes 7-2", "Tony Hayes"),
    ("person", "Présents : Mme Piccand, Charlotte Roux.", "Charlotte Roux"),
    ("person", "mr. de Wit komt morgen om 10 uur.", "de Wit"),
    ("person", "Bonjour M. de Vries, votre dossier est complet.", "de Vries"),
]


@pytest.mark.parametrize("category,text,value", KEPT, ids=[v for _, _, v in KEPT])
def test_round40_near_misses_stay_people(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
