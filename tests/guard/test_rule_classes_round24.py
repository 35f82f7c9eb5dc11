"""The person rule classes fixed after the lagoon and steppe banks' misses and false positives
(issue 14, round 24). Each case below is worded differently from the banks, in the five
languages, with near misses that must stay as they were:

1. the French space before "!" and "?" after an addressed first name ("C'est noté, Gilles !");
2. more role labels before a name: an author ("Author:", "Verfasser:", "Auteur :", "Autora:",
   "Opsteller:"), a partner ("Partner 1:", "Partenaire :", "Contrayente:"), a driver
   ("Chauffeur :"), a donation's notification ("New donation:", "Nieuwe donatie:"); staff columns
   of a table (hygienist, nurse, driver, stylist, ...);
3. a first name, then a date in brackets and a colon: a note about that person ("Interview notes
   Dafne (10-07-2023):", "Belnotitie Luc (6 oktober 2030):"); who is on duty in brackets
   ("on-call (Emily) rolls back ...", "Rufbereitschaft (Jonas)");
4. not people: a ward, a marina or a hall named after a famous person or a city ("Florence
   Nightingale Ward", "Denver Marina"); a pool or a vessel named after someone ("la piscina Mireia
   Belmonte", "yacht Blue Heron"); a car's make and model ("Seat León", "Skoda Octavia"); a
   supplier named with a word ("cliente de Luz Clara"); a harbour master, staff and babies'
   labels; French adjectives opening a sentence ("Petit récap"); a team's compound ("Das
   Klassenteam"); a business's last word ("... Weddings", "... Eventos", "Research", "Platform");
   a sentence about celebrities ("photos of celebrities (Keanu Reeves, Jennifer Aniston)").
   Private people with the same words keep their names: "Emily Ward", "Emmanuel Renault",
   "Víctor Niño Sosa", "cliente de Ana Torres".
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. French typography
    ("person", "Merci pour votre commande, Gilles !\nLivraison demain.", "Gilles"),
    ("person", "Vous êtes bien arrivée, Camille ?", "Camille"),
    # 2. labels and staff columns
    ("person", "Release notes\nAuthor: Priya\nReviewed: yes", "Priya"),
    ("person", "Gutachten\nVerfasserin: Johanna\nStand: Entwurf", "Johanna"),
    ("person", "Note de synthèse\nAuteur : Sylvie\nVersion : 2", "Sylvie"),
    ("person", "Informe técnico\nAutora: Rocío\nVersión: 3", "Rocío"),
    ("person", "Beleidsnotitie\nOpsteller: Femke\nVersie: 1", "Femke"),
    ("person", "Aanvraag huwelijk\nPartner 2: Daan Vermeulen\nGeboortedatum: 12-03-1990", "Daan Vermeulen"),
    ("person", "Course n° 4471\nChauffeur : Julie, Peugeot 308 grise", "Julie"),
    ("person", "New donation: Oliver Bennett gave £25 to the roof appeal", "Oliver Bennett"),
    ("person", "date,patient_id,hygienist\n2026-03-02,P-1029,Angela\n2026-03-03,P-1030,Sophie", "Angela"),
    # 3. dated notes and who is on duty
    ("person", "Interview notes Dafne (10-07-2023): strong in SQL, notice period 1 month", "Dafne"),
    ("person", "Gesprächsnotiz Lena (03.04.2026): möchte in Teilzeit wechseln", "Lena"),
    ("person", "Notas entrevista Aurelio (5 de mayo de 2026): buen inglés", "Aurelio"),
    ("person", "14:02 on-call (Emily) restarts the worker pool", "Emily"),
    ("person", "03:10 Rufbereitschaft (Jonas) startet den Dienst neu", "Jonas"),
    ("person", "02:15 piket (Sanne) zet de oude versie terug", "Sanne"),
    # 4. private people with the same words
    ("person", "Patient: Emily Ward, DOB 1990-02-03", "Emily Ward"),
    ("person", "Demande de titre de séjour, requérant : Emmanuel Renault, domicile actuel", "Emmanuel Renault"),
    ("person", "Traslado a planta: Víctor Niño Sosa, n.º de historia HC-33828", "Víctor Niño Sosa"),
    ("person", "Mi hermana es cliente de Ana Torres, tel. 612 345 678", "Ana Torres"),
    ("person", "Our customer Jennifer Aniston called about the celebrity photos, tel. 020 7946 0958", "Jennifer Aniston"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round24_person_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Vacancy: Staff Nurse, Mary Seacole Ward, band 5, closing date 2026-05-01.",
    "Temporary berths at Victoria Marina are free until Sunday.",
    "La piscina Gemma Mengual abre el lunes a las 7:00.",
    "Das Schwimmbad Franziska van Almsick schließt um 20 Uhr.",
    "Mayday relay: yacht Sea Breeze reports a fire on board.",
    "Fahrzeug: Opel Astra, silber, Kennzeichen folgt",
    "Vehículo: Seat Ibiza rojo, matrícula pendiente",
    "Bienvenida: ya eres clienta de Luz Verde, tu tarifa empieza el lunes.",
    "Baby: meisje, 3120 gram, goed gestart",
    "Keep to the red buoys. - Harbour Master",
    "Viele Grüße\nDas Pflegeteam",
    "Groetjes,\nZeg Ja Weddings",
    "Author: Meta AI Research\nLicense: MIT",
    "Trending scam: fake adverts with celebrities (Keanu Reeves, Julia Roberts) promising crypto returns.",
]


def test_round24_a_french_adjective_opening_a_sentence_is_no_name(scanner: Scanner) -> None:
    hits = found(scanner, "Bonjour Anouk !\n\nPetit récap de la séance : exercices 3 fois par semaine.")
    assert hits == [("person", "Anouk")], hits  # the greeted name stays, "Petit" is an adjective


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round24_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
