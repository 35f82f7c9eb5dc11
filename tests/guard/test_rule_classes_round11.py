"""The rule classes fixed after the probe bank's misses and false positives (issue 14, round 11).
The probe bank was written by an engineer who never saw the rules; it was measured once with round
10 (the honest figure in docs/guard.md), then tuned on. Each class is tested with variants the bank
did not use and with look-alikes that must stay clean.

1. chat speakers in brackets: an IRC nick ("<Sian> ...") and a name after the speaker's role
   ("Agente (Marciano): ..."); a bare speaker whose message starts with "I'm" or "J'ai";
2. a list item that opens with a first name, then a task after a colon ("- Marcelle : caisse");
   "Reminder from Tori"; "Gabriel suggests", "Inés propone";
3. not people: a German compound role noun after a title ("Frau Klassenlehrerin"), an article after
   a sign-off ("Cordialement,\\nLe secrétariat"), a place in brackets before a colon.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "[10:02:11] <Brigitte> hat jemand den VPN-Key?\n[10:03:40] <Jonas> im Tresor", "Brigitte"),
    ("person", "<Jonas> ping\n<Mathilde> j'arrive", "Mathilde"),
    ("person", "Operator (Heike): Ihre Vertragsnummer bitte.\nKunde: 4711", "Heike"),
    ("person", "Support (Lucía): ¿me confirma el correo?", "Lucía"),
    ("person", "standup\nRaj: I'm on the billing bug today.", "Raj"),
    ("person", "Réunion\nCamille: J'ai fini la migration.", "Camille"),
    ("person", "Dienstplan Sommerfest\n- Karin : bringt Kuchen mit\n- Henrik : grillt", "Karin"),
    ("person", "Taakverdeling\n- Femke : kassa", "Femke"),
    ("person", "Reminder from Nadia: timesheets are due Friday.", "Nadia"),
    ("person", "Erinnerung von Sabine: Reisekosten bis Freitag einreichen.", "Sabine"),
    ("person", "Review done; Gabriel suggests renaming the flag.", "Gabriel"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round11_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Sehr geehrte Frau Klassenlehrerin,\nvielen Dank für die Nachricht.",
    "Guten Tag Herr Schulleiter,\ndie Unterlagen folgen.",
    "Cordialement,\nLe secrétariat",
    "Un saludo,\nEl equipo de soporte",
    "Products (Paris): new arrivals on Monday.",
    "Stores\n- Paris : 12 stores\n- Lyon : 4 stores",
    "Version (Final): approved",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round11_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
