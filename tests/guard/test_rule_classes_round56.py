"""The person rule classes fixed after the sinter and solfatara banks' misses and false persons (issue 14, round 56,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a table's column of people's companions ("| Birth partner |", "| Begleitperson |", "| Acompañante |", "| Partner |");
2. whose passport a school trip still needs ("le passeport de Mathéo", "den Kinderreisepass von Konstantin");
3. whose parents or guardian a school writes to ("Dear parent/carer of Imogen,", "soy el tutor de Evaristo");
4. a rota's line opened by its day, its fields parted by dashes, the last one who is on ("wo avond – bar – Sanne");
5. a code comment that speaks to a colleague: after a word that calls for attention ("# Achtung Jörg:", "# ojo
   Remedios:") or when it says something is still so or asks for something ("# Gavin: the token is still in ...");
6. labels whose value is a person: who gave a medicine ("Administered by:", "Verabreicht durch:", "Toegediend door:"),
   who reported an incident, a riding school's rider, an instructor ("Ausbilder:", "Monitora:"); a child's age in brackets after a
   first name that is also a place's or a word's ("Jinete: Rocío (9 años)");
7. a full name and the role a person takes ("Approval of Graham Poole as foster carer"), which a lower-case "as" no
   longer hides as the company form AS;
8. a request to call someone opening the run ("Ruilen? Bel Anouk Visser:"), a hyphenated first name greeted with a
   second one ("Hoi Marie-Claire en Daan!");
9. not people: a weekday's abbreviation and the part of the day at a rota line's start ("Mo vormittags"), a practice
   or a library ("Praktijk", "Bücherei"), a role in brackets after a name ("(Schüler, geb. ...)"), an advertisement
   ("Ad copy"), a driving school ("Fahrschule: Christoph"), a sailing school's boats ("Jolle „Anna Luise“"), a firm's
   partners after the agent's "door" ("geschonken door Geerts, De Bock en Van Daele CommV").

Of the 50 cases below (29 to catch, 13 things to leave alone, 8 people to keep), 27 fail on round 55.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a table's column of companions
    ("person", "Antenatal group\n\nName | Due | Phone | Birth partner\nLucy Hammond | 3 May | 07700 900123 | Oliver\n"
               "Priya Shah | 9 May | 07700 900456 | Daniel", "Oliver"),
    ("person", "Kursliste\n\nName | ET | Telefon | Begleitperson\nJana Keller | 04/2026 | 0171 2345678 | Matthias\n"
               "Eva Brandt | 05/2026 | 0172 3456789 | Stefan", "Stefan"),
    ("person", "Inscripciones\n\nNombre | Semana | Teléfono | Acompañante\nMarta Gil | 30 | 612 345 678 | Ignacio\n"
               "Sara Ortiz | 32 | 623 456 789 | Rodrigo", "Ignacio"),
    ("person", "Cursuslijst\n\nNaam | Uitgerekend | Telefoon | Partner\nLotte Bakker | mei | 06 12345678 | Thijs\n"
               "Iris Smit | juni | 06 87654321 | Bram", "Bram"),
    # 2. whose passport a school trip still needs
    ("person", "Pour le séjour à Berlin, il manque toujours le passeport de Mathéo. Merci d'avance.", "Mathéo"),
    ("person", "Für die Skifreizeit fehlt noch der Kinderreisepass von Konstantin. Bitte bis Montag.", "Konstantin"),
    ("person", "We still need the passport of Harriet before the Paris trip.", "Harriet"),
    # 3. whose parents or guardian a school writes to
    ("person", "Dear parent/carer of Imogen,\n\nYour child was seen by the school nurse today.", "Imogen"),
    ("person", "Buenas tardes, soy el tutor de Evaristo. Le escribo por la excursión.", "Evaristo"),
    ("person", "Liebe Eltern von Leonie,\n\nbitte denkt an die Sonnencreme.", "Leonie"),
    # 4. a rota's day line, the last field who is on
    ("person", "Rooster bar\nwo avond – bar – Sanne\nvr avond – keuken – Ruben", "Sanne"),
    ("person", "Dienstplan Café\nMi nachmittags – Kasse – Henrike\nDo – offen", "Henrike"),
    ("person", "Turnos\nLun tarde – recepción – Begoña\nMar – cerrado", "Begoña"),
    # 5. a code comment that speaks to a colleague
    ("person", "resource \"aws_db_instance\" \"main\" {\n}\n\n# Achtung Jörg: der Schlüssel lag unverschlüsselt im Repo",
     "Jörg"),
    ("person", "  password = (sensitive value)\n\n# ojo Remedios: la clave vieja sigue en el historial", "Remedios"),
    ("person", "}\n# Gavin: the token is still in the old tfvars file", "Gavin"),
    ("person", "}\n// Rutger: graag de sleutel roteren, staat nog in de history", "Rutger"),
    # 6. labels whose value is a person; a child's age in brackets
    ("person", "10:15 inhaler 2 puffs, administered by: Kieran (school nurse)", "Kieran"),
    ("person", "Medikament: Ibuprofen 200 mg\nVerabreicht durch: Svenja (Schulsanitäterin)", "Svenja"),
    ("person", "09:00 Ventolin 2 pufjes\nToegediend door: Maarten (schoolverpleegkundige)", "Maarten"),
    ("person", "Incident on the ridge\nReporting party: Harvey (walking partner), mobile 07700 900321", "Harvey"),
    ("person", "Einsatzbericht Jugendgruppe\nAusbilder: Hans-Georg", "Hans-Georg"),
    ("person", "Reserva club hípico\nJinete: Rocío (9 años)\nClase: iniciación", "Rocío"),
    ("person", "Reitstunde bestätigt\nReiter: Valentin (11 Jahre)\nPony: Max", "Valentin"),
    # 7. a full name and the role a person takes
    ("person", "Panel minutes\nItem 4: Approval of Graham Poole and Tessa Lang as foster carers", "Graham Poole"),
    ("person", "The trust board confirmed Helen Barker as treasurer.", "Helen Barker"),
    # 8. a request to call someone opening the run; a hyphenated first name greeted with another
    ("person", "Ruilen? Bel Anouk Visser: 06-11223344", "Anouk Visser"),
    ("person", "Hoi Marie-Claire en Daan!\n\nJullie foto's staan online.", "Daan"),
    ("person", "Hallo Hans-Peter und Gisela,\n\ndie Galerie ist freigeschaltet.", "Gisela"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round56_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Dienstplan Empfang\nMo vormittags – Empfang – Karin Vogt\nDi nachmittags – Café – offen", "Mo"),
    ("Dienstplan Empfang\nMo vormittags – Empfang – Karin Vogt\nDi nachmittags – Café – offen", "Di"),
    ("Je cursus is betaald.\n\nGroetjes,\nPraktijk Kraamzorg", "Praktijk"),
    ("Bücherei Nord – Öffnungszeiten ab Januar", "Bücherei"),
    ("Teilnehmer: Jonas Weber (Schüler, geb. 2012-03-04)", "Schüler"),
    ("Ad copy for the spring appeal, approved by comms", "Ad"),
    ("Prüfungstermin bestätigt\nFahrschule: Christoph\nUhrzeit: 10:30", "Christoph"),
    ("Auto-école : Martin\nExamen le 12/03", "Martin"),
    ("Logbuch: Jolle „Anna Luise“ mit Ruderschaden zurück.", "Anna Luise"),
    ("Logboek: de schouw „Johanna Maria” kwam terug met een gescheurd zeil.", "Johanna Maria"),
    ("Nieuwe brancard geschonken door Geerts, De Bock en Van Daele CommV.", "Geerts"),
    ("# Hugo: static site generator settings", "Hugo"),
    ("employed by Marshall-Shaw as a Senior Data Engineer", "Marshall"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round56_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Hi Ad, thanks for the update.", "Ad"),
    ("Dienstplan\nMo vormittags – Empfang – Karin Vogt", "Karin Vogt"),
    ("Teilnehmer: Jonas Weber (Schüler, geb. 2012-03-04)", "Jonas Weber"),
    ("Questions? Call Jan: 06-12345678", "Jan"),
    ("geschonken door Anna, Piet en Jan van der Berg.", "Jan van der Berg"),
    # the new labels keep what other rules found: a word-like name with its role, a whole name before the full stop
    ("14/05  09:10  1 tablet  given by: Summer (school nurse)", "Summer"),
    ("Beschädigte Ausweise wurden vernichtet. Zeuge: Wiebke Trautmann.", "Wiebke Trautmann"),
    ("Rufbereitschaft: Dörte Wiegand (0171 5556677)", "Dörte Wiegand"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round56_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
