"""The person rule classes fixed after the orchard and beacon banks' misses and false positives
(issue 14, round 19). Both banks were written by engineers who never saw the rules; each was
measured once with round 17 and once with round 18 (the honest figures in docs/guard.md), then
tuned on. Each class is tested with variants the banks did not use and with look-alikes that must
stay as they are.

1. not people:
   - a listed public figure, fictional character or work named like a person
     (data/public_figures.txt) in prose with no label, greeting, title, sign-off, contact detail or
     "you" of its own ("Antoine Griezmann était titulaire", "„Buddenbrooks“ von Thomas Mann");
   - the sentence a chat speaker opens with a function word or an answer ("Klant: Is de ...",
     "Mitarbeiter: Ja, ...");
   - a deed's place and date ("En Huelva, a 14 de diciembre");
   - a firm: two names and a company form ("Leopold & Schmuck GesbR", "Ferrán y Pablo S.A.",
     "... e.V."), a listed firm's second name after "&" ("Marks & Spencer Geschirrspüler");
   - the value of a job's label ("Job title: Staff Nurse", "Funktion: Oberarzt");
   - Dutch "Bel" (call) before a phone number.
2. people: a short Dutch sign-off ("Dank, Arthur"); an answer word, a comma and the addressee in a
   chat turn ("Perfecto, Candelaria, el pedido ..."); a rarer first name addressed at the end of a
   sentence that speaks to someone ("su medicación está preparada, Brunilda."); a message opening
   with its addressee ("Maximino, tu envío ..."); who reported or opened a ticket ("(gemeld door
   Boaz)", "reported by Kim.").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # short sign-offs, answers and addressees
    ("person", "Graag voor vrijdag terugkoppelen aan de klant. Dank, Wouter", "Wouter"),
    ("person", "Kun je de offerte nog checken?\nDank je,\nMeike", "Meike"),
    ("person", "Agent: Genial, Leocadia, el pedido sale mañana.", "Leocadia"),
    ("person", "Support: Perfect, Rosalind, the refund is on its way.", "Rosalind"),
    ("person", "Apotheke: Ihr Rezept liegt bereit, Wiltrud. Bitte Versichertenkarte mitbringen.", "Wiltrud"),
    ("person", "Pharmacie : votre ordonnance est prête, Ghislaine. Pensez à la carte Vitale.", "Ghislaine"),
    ("person", "Su cita está confirmada para el martes, Eustaquio.", "Eustaquio"),
    ("person", "Hermógenes, tu paquete 77120034 está en la oficina de correos.", "Hermógenes"),
    ("person", "Reinout, uw afspraak van dinsdag is verzet.", "Reinout"),
    # who reported or opened something
    ("person", "Lek in kelder B2 (gemeld door Fenna)", "Fenna"),
    ("person", "INC-4471: disk full on db-3, reported by Priyanka.", "Priyanka"),
    ("person", "# Ticket eröffnet von Hannelore, Rückfragen per Mail", "Hannelore"),
    ("person", "Incident signalé par Anaïs) à 09:14", "Anaïs"),
    # a private person with a famous name keeps it where the text makes it theirs
    ("person", "Name: Thomas Müller\nGeburtsdatum: 02.03.1971", "Thomas Müller"),
    ("person", "Hola Rafael Nadal, tu pedido 4471 ya ha salido.", "Rafael Nadal"),
    ("person", "Kylian Mbappé (0612345678) a appelé pour sa commande.", "Kylian Mbappé"),
    ("person", "Thomas Mann, your parcel 77120034 is waiting at the depot.", "Thomas Mann"),
    # a person's value stays a person; a phone makes an answer word a contact
    ("person", "Patient: May van Dijk\nGeboortedatum: 01-02-1980", "May van Dijk"),
    ("person", "Contact: Si, 0555 123 456", "Si"),
    ("person", "Agenda: Anna & Spencer Miller kommen um 10 Uhr.", "Spencer Miller"),
    ("person", "Name: Anna Schmidt\nPosition: Senior Manager", "Anna Schmidt"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round19_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # public figures, characters and works in their public roles
    "Antoine Griezmann et Ousmane Dembélé étaient titulaires au Parc des Princes.",
    "Novak Djokovic und Jannik Sinner spielen heute das Halbfinale in Melbourne.",
    "Lewis Hamilton start vanaf de derde plaats in Spa.",
    "Rafael Nadal y Roger Federer jugaron un partido de exhibición en Ciudad del Cabo.",
    "„Buddenbrooks“ von Thomas Mann, Taschenbuch, ISBN 978-3-596-29431-6",
    "sku,title,author\n7714,Harry Potter and the Chamber of Secrets,J. K. Rowling",
    "Flughafen Berlin Brandenburg „Willy Brandt“: Terminal 1 geöffnet.",
    "Delays at John F. Kennedy International after the storm.",
    "The Sir Winston Churchill Memorial Trust awards travel fellowships.",
    "Sherlock Holmes staat deze winter weer in de schouwburg.",
    "Don Quijote de la Mancha, de Miguel de Cervantes, edición de bolsillo.",
    "Thomas Müller verlängert seinen Vertrag beim FC Bayern bis 2026.",
    # a chat speaker's sentence, a deed's place and date
    "Klant: Is de bestelling al onderweg?\nMedewerker: Ik kijk het even na.",
    "Kunde: Ist das Gerät noch lieferbar?\nMitarbeiter: Ja, ab Lager in Hamburg.",
    "Cliente: Sí, ya lo he recibido, gracias.",
    "En Valladolid, a 3 de marzo de 2025, ante mí, el notario,",
    "Agent : Oui, je fais le rollback cet après-midi.",
    # firms and posts
    "Klage gegen Haberl & Lindner GesbR wegen offener Mieten.",
    "La demanda contra Ferrán y Pablo S.A. fue admitida a trámite.",
    "Pressemitteilung: Jonas Leitner e.V. eröffnet ein neues Vereinsheim.",
    "Retour d'un lave-vaisselle Marks & Spencer Geschirrspüler acheté en ligne.",
    "Job title: Staff Nurse\nStart date: 01/04/2026",
    "Funktion: Oberarzt Innere\nEintritt: 01.04.2026",
    "Verhinderd? Bel (020) 555 0199.",
    # ticket words before things, not people
    "The regression was found by Bosch's test rig.",
    "Build opened by Jenkins.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round19_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_public_figure_list_is_well_formed() -> None:
    """Every entry of data/public_figures.txt is a name as running text writes it: capitalised,
    no digits, at most six words, and listed once (as the guard looks it up)."""
    from workloads.guard.person_cues import PUBLIC_FIGURES_FILE, name_key, public_figures

    entries = [line.strip() for line in PUBLIC_FIGURES_FILE.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert len(entries) > 2000
    assert all(e[:1].isupper() and not any(c.isdigit() for c in e) and len(e.split()) <= 6 for e in entries), [
        e for e in entries if not (e[:1].isupper() and not any(c.isdigit() for c in e) and len(e.split()) <= 6)]
    keys = [name_key(e) for e in entries]
    assert len(public_figures()) == len(set(keys))
    assert len(set(keys)) >= len(keys) - 2  # "Gauß" and "Gauss" fold together
