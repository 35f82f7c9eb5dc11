"""The person rule classes fixed after the witness bank's misses and false positives (issue 14,
round 12). The witness bank was written by an engineer who never saw the rules; it was measured
once with round 11 (the honest figure in docs/guard.md), then tuned on. Each class is tested with
variants the bank did not use and with look-alikes that must stay clean.

1. a table column of first names under a header that names no kind (an on-call rota's "Primary");
   "calling for Kenneth"; "G'day Brian"; "le atiende Quique"; "Kontoinhaber:", "Versicherte
   Person:" labels with an unlisted surname; ", geboren op" after a name; surnames that are street
   words ("Henning Kade"); a name addressed at a paragraph's start;
2. not people: a greeting after a person's key ("Kunde: Hallo, ..."), a brand's compound
   ("Louis Vuitton-Showroom"), a cited author (a book word or a quoted title with its ISBN), a
   public figure opening a sentence that names a state office or institution.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "| Week | Primary | Backup |\n|---|---|---|\n| 14 | Laura | Thomas |\n| 15 | Peter | Sarah |\n| 16 | Anna | Mark |",
     "Laura"),
    ("person", "Dag,Vroege dienst,Late dienst\nma,Sanne,Pieter\ndi,Eva,Thomas\nwo,Lotte,Jeroen", "Pieter"),
    ("person", "Hi, this is the pharmacy calling for Margaret about her prescription.", "Margaret"),
    ("person", "G'day Shane, your parcel is at the depot.", "Shane"),
    ("person", "— Clínica Dental, le atiende Begoña, ¿en qué puedo ayudarle?", "Begoña"),
    ("person", "Kontoinhaberin: Ursula Brettschneider\nIBAN: DE89370400440532013000", "Ursula Brettschneider"),
    ("person", "Versicherte Person: Waltraud Oesterle\nGeburtsdatum: 01.02.1950", "Waltraud Oesterle"),
    ("person", "Hierbij verklaren wij dat Johanna Vermeulen, geboren op 3 maart 1961, hier woont.", "Johanna Vermeulen"),
    ("person", "Kunde: Anna Dijk\nAnliegen: Rückerstattung", "Anna Dijk"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round12_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "| Day | Site | Shift |\n|---|---|---|\n| Mon | Paris | early |\n| Tue | Lyon | late |\n| Wed | Florence | late |",
    "| Day | Open |\n|---|---|\n| Mon | yes |\n| Tue | no |",
    "Kundin: Hallo, ich habe eine Frage zur Rechnung.",
    "Klant: Hoi, mijn pakket is niet aangekomen.",
    "Neu im Gucci-Store und im Louis Vuitton-Showroom: die Herbstkollektion.",
    "Le roman de Leïla Slimani (ISBN 978-2-07-031454-0) est disponible.",
    "George Orwells Roman „1984“ (ISBN 978-3-548-23410-6) ist vergriffen.",
    "Olaf Scholz war von 2021 bis 2025 Bundeskanzler.",
    "Angela Merkel empfing den Präsidenten im Kanzleramt.",
    "Jacinda Ardern was prime minister of New Zealand until 2023.",
    "Ursula von der Leyen presented the European Commission's work programme.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round12_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


STILL_PEOPLE = [
    ("Brief an Anna Weber wegen Ihrer Eingabe beim Bundestag.", "Anna Weber"),
    ("Asunto: pedido\n\nMaría Pérez bestellt „Freiheit“ (ISBN 978-3-10-397102-4).", "María Pérez"),
    ("Vereinspräsident Hans Müller, Tel. 0171 2345678", "Hans Müller"),
    ("Acta: la presidenta, Herminia Soto, abre la sesión.", "Herminia Soto"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE)
def test_round12_private_people_near_public_words_stay_people(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
