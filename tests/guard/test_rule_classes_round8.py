"""The rule classes fixed after the exam bank's misses and false positives (issue 14, round 8). The
exam bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on.

1. a name addressed before a colon ("que me pasaste, Joaquina: ..."); titles joined by a slash
   ("Herrn/Frau Domenica Trinkl"); a role before a name ("Agent Kiera:"); "the account of"
   ("le compte de Jean-Claude"); a name before an identifier in brackets ("Jennifer (NHS number
   ...)"); a possessive after "to" ("to Steven's own inbox"); a name after "for"/"para"/"voor"/
   "door" ending a heading or a sentence ("Actiepunt voor Mathijs:"); a name signing a text after
   its last sentence ("... 01 53 72 55 40. Thérèse"), or alone on a message's last line;
2. not people: a capitalised pronoun after a name-like word ("Waren Sie das nicht"), a country
   closing a run ("Tate Britain"), a place alone on the last line ("Shipping from\\nFlorence").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "He revisado el log que me pasaste, Joaquina: en la línea 214 aparece", "Joaquina"),
    ("person", "Hiermit bevollmächtige ich Herrn/Frau Domenica Trinkl, mich zu vertreten.", "Domenica Trinkl"),
    ("person", "The customer pasted their config.\nAgent Kiera: please rotate it now.", "Kiera"),
    ("person", "Tentatives de connexion sur le compte de Jean-Claude depuis 10.0.0.1.", "Jean-Claude"),
    ("person", "flu jab booked for Jennifer (NHS number 943 476 5919) - saturday 9:40", "Jennifer"),
    ("person", "Please send future remittances to billing@example.com rather than to Steven's own inbox.", "Steven"),
    ("person", "Actiepunt voor Mathijs: het woord uit de handleiding halen.", "Mathijs"),
    ("person", "Identiteitscontrole aan de balie, gecontroleerd door Nina.", "Nina"),
    ("person", "Je peux passer ce soir vers 19h. Mon numéro : 01 53 72 55 40. Thérèse", "Thérèse"),
    ("person", "credenciales de staging:\n-u dpierce -p\"X+$HLrQY#xa2B3ig\"\nAdelina", "Adelina"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round8_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Neue Anmeldung bei Ihrem Konto. Waren Sie das nicht? Dann ändern Sie bitte Ihr Passwort.",
    "Members' evening at Tate Britain on Friday.",
    "Shipping from\nFlorence",
    "Stock levels by warehouse\nLeeds: 40\nBerlin",
    "The release notes are ready for Kubernetes.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round8_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
