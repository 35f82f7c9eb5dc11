"""The person rule classes fixed after the last bank's misses and false positives (issue 14, round
10). The last bank was written by an engineer who never saw the rules; it was measured once (the
honest figure in docs/guard.md), then tuned on. Every class is tested here with variants the bank
did not use, in other languages and layouts, and with the look-alikes that must stay clean.

1. a label with a number before its colon ("Contact 1: Nancy, 0553-581406"), contact details after a
   comma, a dash or a bracket; a speaker's role in brackets ("Lisa (agent): ..."); a signer's
   ("- Kevin (your host)"); "it's Joe"; a name that signs a text which greets someone by name;
2. reviews, payment requests and birthdays named by their person ("Relecture de Marcelle :",
   "Tikkie van Wout", "cena cumple Pascuala"); questions to someone ("Dudas a Elisabet."); at
   someone's home ("chez Suzanne", "bij Anita", "la vivienda de Vidal"); "loved by Michael and
   the whole family"; a whole item of a list of people with an unlisted surname; a name in quotes;
3. not people: a book's title quoted before its ISBN, a date stamp ("Mon Mar 2"), a German
   determiner and a noun ("Meine Nummer"), an eponymous law ("Murphy's law"), two places joined by
   "y" ("Madrid y Toledo"), a ship after Dutch "de", a noun before "de" ("Cas de test").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Noodlijst kamp\nContact 2: Sanne, 06-12345678", "Sanne"),
    ("person", "Notfallliste\nKontakt 3: Jonas – 0171 2345678", "Jonas"),
    ("person", "Emergency contacts\nContact 1: Charlotte, +44 7700 900123", "Charlotte"),
    ("person", "Liste d'urgence\nContact 2 : Mathilde, 06 12 34 56 78", "Mathilde"),
    ("person", "Salut, le canapé est toujours là ? Je passe ce soir. Bérénice – 0612345678", "Bérénice"),
    ("person", "Anzeige: Kinderwagen, 40 €. Abholung in Kiel. Sabine – 0171 2345678", "Sabine"),
    ("person", "[09:14] Tomás (soporte): ¿puede confirmar su DNI?", "Tomás"),
    ("person", "14:02 Julia (Kundendienst): bitte die IBAN bestätigen", "Julia"),
    ("person", "See you Saturday! Check-in is after 3pm.\n- Hannah (your host)", "Hannah"),
    ("person", "Voicemail: \"Hi, it's Brenda from the dental practice, about Tuesday\"", "Brenda"),
    ("person", "Subject: Q3 figures\n\nHi Tom, please keep this internal for now. Priya", "Priya"),
    ("person", "Betreff: Zahlen Q2\n\nHallo Sven, bitte noch nicht weiterleiten. Dörte", "Dörte"),
    ("person", "Correction de Perrine : la date du devis est fausse.", "Perrine"),
    ("person", "Corrección de Inmaculada: falta el anexo 2.", "Inmaculada"),
    ("person", "Betaalverzoek van Sjoerd: \"bioscoop\" € 9,50", "Sjoerd"),
    ("person", "Bizum de Remedios: 20,00 € «regalo jubilación»", "Remedios"),
    ("person", "Geburtstag von Lena: Kuchen und Kerzen mitbringen", "Lena"),
    ("person", "Taart halen voor de verjaardag van Daan.", "Daan"),
    ("person", "Fragen an Hubert.", "Hubert"),
    ("person", "Preguntas a Charlotte, por favor.", "Charlotte"),
    ("person", "Sinistre : fuite d'eau chez Germaine depuis lundi.", "Germaine"),
    ("person", "Lekkage bij Ineke op de derde verdieping.", "Ineke"),
    ("person", "Inundación en la casa de Eusebio, bajo B.", "Eusebio"),
    ("person", "Sadly missed by Daniel and all the grandchildren.", "Daniel"),
    ("person", "Anwesend: Frau Dr. Kehl, Hr. Sommer, Wiebke Oltmanns (Kassenwartin)", "Wiebke Oltmanns"),
    ("person", "Présents : Mme. Roux, Amandine Quesnoit (syndic), M. Ferry", "Amandine Quesnoit"),
    ("person", "assert rows[2] == 'Megan Riordan,GB29NWBK60161331926819'", "Megan Riordan"),
    ("person", "print('Karin Vogt', iban)  # ['DE89370400440532013000']", "Karin Vogt"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round10_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    'Book club: "Anna Karenina", ISBN 978-0-14-303500-8, chapters 1-12.',
    "Lektüre: „Effi Briest“, bis Freitag lesen.",
    'Film: "Erin Brockovich" (2000), 131 min.',
    "Summer reading: 'Oliver Twist', 'Anne Shirley' and 'Emma', all in paperback.",
    "We crossed on the 'Amelia Earhart' ferry, deck 4.",
    "Date:   Sat Jun 13 22:41:09 2026 +0200",
    "Meine Adresse steht im Profil, keine Angabe nötig.",
    "Sod's law and Murphy's law both say the release slips; Hofstadter's law agrees.",
    "Parkinson's law: work expands to fill the time available.",
    "Obras en la A-4 entre Madrid y Aranjuez hasta el lunes.",
    "Het schip ligt aan de kade; de Karel Doorman vaart morgen uit.",
    "Cas d'usage : export CSV. Cas limite : fichier vide.",
    "Rosa de los vientos, mapa antiguo, 1750.",
    "Hotel Paris, 01 44 55 66 77",
    "Stand: Paris – 01 44 55 66 77 (Zentrale)",
    "Teruggeroepen door Peugeot: serienummers vanaf SN-1200.",
    "Greetings from Sydney, the conference was great.",
    "Attendees: Product Marketing, Legal",
    "Oferta: turrón El Almendro y queso Don Simón por 9,95 €.",
    "Hi team, the build is green again.\nThanks",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round10_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
