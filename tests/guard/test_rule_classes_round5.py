"""The rule classes fixed after the sealed bank's misses and false positives (issue 14, round 5). The
sealed bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on. Each class with variants sealed never used, and near
misses, some from text nobody wrote for Loom.

1. couples: two common first names joined by "&", "and", "et", "y", "und", "en" ("André & Marc");
   a firm's list of partners stays a firm ("Montgomery, Gill and Shea", "Anna Weber und Co. KG");
2. self-introductions in chats and ads ("I'm Aaron, 31", "ich bin Corinna", "ik ben Femke"), casual
   greetings ("slt Matteo", "ola Dan", "Hee Vajèn"), a name addressed at the start ("Dulce, por
   favor ..."), a signature after a dash at the end ("... - Brandon");
3. authors of comments and messages ("Kommentar von Emmanuel", "comentario de Desiderio",
   "Opmerking van Jolien", "partagé par Robert", "Gevonden door Daan");
4. values under passport and visitor columns, CSV cells in quotes with commas inside, camelCase keys;
5. medical records after "Pat.-Nr.", "Hosp No", "N.º de paciente"; passports after "pasaporte
   n.º"; births after "nacido/a el" and the genealogist's "b.";
6. not people: pets in a vet's note, streets named after people ("Willem de Zwijgerlaan"),
   organisations that open with a word like "Agence", "Clínica", "Praxis", chapels after "Lady",
   a saint's day after "St." (an abbreviation ends no sentence), "Hoi! Is de ..." (a greeting ends
   at "!"), German articles inside a run ("Alex Schenk das Amt des Kassenwarts").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. couples
    ("person", "Wij gaan trouwen! André & Marc\nvrijdag 18 september", "André"),
    ("person", "Wij gaan trouwen! André & Marc\nvrijdag 18 september", "Marc"),
    ("person", "Julia und Thomas heiraten am 12. Juni.", "Thomas"),
    ("person", "Corinne et Olivier ont la joie de vous annoncer leur mariage.", "Corinne"),
    # 2. introductions, greetings, vocatives, dash signatures
    ("person", "Hey! Loved your pics. I'm Aaron, 31, teacher, new in town.", "Aaron"),
    ("person", "Hey 😊 ich bin Corinna, 29, und neu in Leipzig.", "Corinna"),
    ("person", "Hoi, ik ben Femke en ik zoek een kamer.", "Femke"),
    ("person", "slt Matteo jsuis en retard, tu px prévenir la prof??", "Matteo"),
    ("person", "ola Dan mañana no voi a clase", "Dan"),
    ("person", "Asunto: resultados\n\nLucía, por favor no reenvíes este correo.", "Lucía"),
    ("person", "Can collect Saturday with cash. Text me on 07700 900123 - Brandon", "Brandon"),
    # 3. authors
    ("person", "Kommentar von Emmanuel in SEC-7345: der Token steht im Log.", "Emmanuel"),
    ("person", "Comentario de Desiderio: el acceso está bloqueado.", "Desiderio"),
    ("person", "Opmerking van Jolien bij JIRA-446: dit staat in de log.", "Jolien"),
    ("person", "Extrait du notebook partagé par Robert (à nettoyer avant de le publier)", "Robert"),
    ("person", "Bug: de bestandsnaam bevat het IP-adres. Gevonden door Daan", "Daan"),
    ("person", "Fragen zu den Beiträgen ab sofort an Hubert (hubert@example.de).", "Hubert"),
    # 4. columns and keys
    ("passport", "Date ; Nom ; Société ; N° passeport\n1 mai 2024 ; Rémy Mace ; Tinguely ; F04033967", "F04033967"),
    ("passport", "Datum | Name | Firma | Pass-Nr.\n2028-10-12 | Ismail Stiegler | Bonbach AG | 706822394", "706822394"),
    ("date_of_birth", 'squad_no,player,dob\n7,"Annette Bell","October 8, 1949"', "October 8, 1949"),
    ("person", 'squad_no,player,dob\n7,"Annette Bell","October 8, 1949"', "Annette Bell"),
    ("person", '{"user": {"displayName": "Dean", "email": "dean@example.com"}}', "Dean"),
    # 5. context words
    ("medical_record", "Patient/in: Lucas Wechselberger\nPat.-Nr.: M8984322", "M8984322"),
    ("medical_record", "Patient: Mr Schmidt    Hosp No: K7979871", "K7979871"),
    ("medical_record", "le recordamos su revisión anual. N.º de paciente 63335331.", "63335331"),
    ("passport", "solicitante Haydée Maestre, pasaporte n.º Q72172631, cita el 04/11", "Q72172631"),
    ("date_of_birth", "Denunciante: Bruno Guijarro, nacido/a el 16-07-1988, teléfono", "16-07-1988"),
    ("date_of_birth", "- James Clark, b. September 5, 1963, Cork; baptised at St Finbarr's.", "September 5, 1963"),
    ("person", "Patient/in: Lucas Wechselberger\nPat.-Nr.: M8984322", "Lucas Wechselberger"),
    ("person", "Propietario/a: Sabas Caro\nTel.: +34 928 670 808", "Sabas Caro"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round5_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. firms and lists
    "Invoice 8570577680 from Montgomery, Gill and Shea: 26211,42 EUR due 2020-12-07.",
    "Meeting with Gallagher, Harrison and Murray in Helena next week.",
    "TO: Returns Dept., Martinez, Mitchell and Kim",
    "Anna Weber und Co. KG hat bezahlt.",
    "Ben & Jerry's Ltd shipped the order.",
    "Paris & Florence: the spring tour",
    # 2. words after introductions and greetings
    "I'm Happy to help with the migration.",
    "Hoi! Is de kinderwagen nog beschikbaar?",
    "Hey! Loved the new release.",
    "India, China and Brazil are the growth markets.",
    # 6. pets, streets, organisations, chapels, saints, articles
    "Paciente: Luna (mestiza, 6 años)\nPróxima vacuna: marzo",
    "Patient: Biscuit (Labrador, 7y)\nBooster given.",
    "Kantoor aan de Willem de Zwijgerlaan, 3e verdieping.",
    "Offerte van Agence Moreau en Clínica Dental ontvangen.",
    "The Lady Chapel stays closed for repairs.",
    "Gottesdienst am 2022-06-09 in St. Martin um 10 Uhr.",
    "Die Entscheidung über das Amt des Kassenwarts fällt morgen.",
    "Smile Dental Care opens on Monday.",
    "Aston Villa won 2-1.",
    "Paket zugestellt im Depot Burgdorf.",
    "Le colis est à la rue Victor-Hugo à Marseille, 5 étages plus haut.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round5_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] in ("person", "phone", "street_address", "passport")] == []
