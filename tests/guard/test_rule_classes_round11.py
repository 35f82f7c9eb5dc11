"""The rule classes fixed after the probe bank's misses and false positives (issue 14, round 11).
The probe bank was written by an engineer who never saw the rules; it was measured once with round
10 (the honest figure in docs/guard.md), then tuned on. Each class is tested with variants the bank
did not use and with look-alikes that must stay clean.

1. chat speakers in brackets: an IRC nick ("<Sian> ...") and a name after the speaker's role
   ("Agente (Marciano): ..."); a bare speaker whose message starts with "I'm" or "J'ai";
2. a list item that opens with a first name, then a task after a colon ("- Marcelle : caisse");
   "Reminder from Tori"; "Gabriel suggests", "Inés propone";
3. not people: a German compound role noun after a title ("Frau Klassenlehrerin"), an article after
   a sign-off ("Cordialement,\\nLe secrétariat"), a place in brackets before a colon;
4. transcripts (a line "Name: ..." next to another one), "Agente (Domingo):", a subject after a
   comma ("section 4, Gabriel propose"), "Feedback ... van Hailey:", "call Steven on
   1-749-...", "Werknemer:" and "Arbeitnehmer:" labels; not people: a cited book's author ("'De
   avonden' van Gerard Reve, ISBN ..."), a stadium after Spanish "del", a product and its maker
   ("Kubernetes Gold von Bosch"), mail header fields ("De: ...\\nPara: ...").
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
    ("person", "Retro\nPriya: the deploy took ages again.\nMarco: OK, I'll look at the cache.", "Marco"),
    ("person", "Protokoll\nJonas: Haben wir das Budget?\nMiriam: Noch nicht.", "Jonas"),
    ("person", "Operador (Domingo): ¿me confirma su DNI?", "Domingo"),
    ("person", "Revue : le mot apparaît encore au chapitre 2, Mathieu propose de le changer.", "Mathieu"),
    ("person", "Opmerkingen bij het contract van Sanne: pagina 3 klopt niet.", "Sanne"),
    ("person", "Lost cat, please call Harold on 1-202-555-0143 any time.", "Harold"),
    ("person", "Loonstrook\nWerknemer: Joost Mulder\nNetto: € 2.100", "Joost Mulder"),
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
    "Book club: 'Emma' by Jane Austen, chapters 1-5.",
    "Bibliothèque : « Germinal » d'Émile Zola, ISBN 978-2-07-041108-3",
    "Leesclub: 'Het diner' van Herman Koch, ISBN 9789041413086",
    "Cortes de tráfico junto al Santiago Bernabéu por el partido.",
    "Lieferschein: 2x Jira Cloud von Miele, 1x Kubernetes Gold von Bosch.",
    "De: facturacion@example.com\nPara: soporte@example.com\nAsunto: pedido",
    "Ich: 3 Stück\nDu: 2 Stück",
    "Paris: 12 stores\nLyon: 4 stores",
    "Chunk: b'{\"foo'\nChunk: b'\"bar'",
    "its Go client is built by the vendor",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round11_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
