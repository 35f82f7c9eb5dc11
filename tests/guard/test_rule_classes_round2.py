"""The rule classes fixed after the fresh split's misses (issue 14, round 2): each with the forms it
must now catch, an attacker's variants and the near misses that must stay clean.

1. self-introductions in the five languages ("my name is", "ich heiße", "je m'appelle", "me
   llamo", "mijn naam is") and name fields with a colon ("Name: ...");
2. sign-offs and vocatives the word lists lacked ("Warmly,", "À plus,", "Groet,", "Found your
   account, Karen.");
3. two people joined by a conjunction ("Anna Schmidt and Peter Weber"), while a firm stays a firm;
   a title inside a run of capitalised words starts the name ("Kunde Herr Dr. Wüthrich");
   a lone surname after a title that is also a place word ("Ms. Hill");
4. secrets after a second label ("Token: client_secret: ..."), and a settings list after a label
   is not itself the secret ("TOKEN: DefaultEndpointsProtocol=https;AccountKey=...");
5. the medical record rule's keyword prefilter now agrees with its context words ("número de
   paciente" was never looked for: the prefilter had no "pacient");
6. bare national phone numbers next to contact words before or after them ("joignable au",
   "localizable en el", "unter ... erreichbar"), local 4-4 numbers only with a phone word;
   order numbers stay clean.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from workloads.guard import Scanner
from workloads.guard.contextual import ContextRule, context_rules

from tests.guard.test_rule_classes import found

# the standard library's regex parser (re._parser since Python 3.11, untyped): it expands the
# context words' alternation into the phrases it matches
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


CATCH = [
    # 1. self-introductions and name fields
    ("person", "Hello, my name is Joseph Pamela Kim and my card was charged twice.", "Joseph Pamela Kim"),
    ("person", "hi all, my name's Rhiannon Pryce-Jones, new on the team", "Rhiannon Pryce-Jones"),
    ("person", "Guten Tag, mein Name ist Jana Berger und ich habe eine Frage.", "Jana Berger"),
    ("person", "Hallo, ich heiße Jürgen und brauche Hilfe.", "Jürgen"),
    ("person", "Bonjour, je m'appelle Luc Martin et ma carte a été débitée.", "Luc Martin"),
    ("person", "je m’appelle Amélie", "Amélie"),  # typographic apostrophe
    ("person", "Buenas, me llamo Álvaro Ponce Escalona y me han cobrado dos veces.", "Álvaro Ponce Escalona"),
    ("person", "Hola, mi nombre es Xiomara Quispe.", "Xiomara Quispe"),  # not a listed first name: two words
    ("person", "Goedemiddag, mijn naam is André Swinnen en mijn kaart is geblokkeerd.", "André Swinnen"),
    ("person", "MY NAME IS ignored. My name is Ruth Okafor.", "Ruth Okafor"),
    ("person", "Name: Anna Schmidt\nAbteilung: Einkauf", "Anna Schmidt"),
    ("person", "Naam: Sanne de Boer", "Sanne de Boer"),
    # 2. sign-offs and vocatives
    ("person", "Thanks so much for sorting this out!\n\nWarmly,\nBenjamin", "Benjamin"),
    ("person", "C'est noté. À plus, Caroline", "Caroline"),
    ("person", "Ik heb het genoteerd. Groet, Hendrik", "Hendrik"),
    ("person", "Alles klar.\nViele Grüsse\nUrs", "Urs"),  # Swiss spelling
    ("person", "Perfecto.\nSaludos cordiales,\nLucía", "Lucía"),
    ("person", "[14:02] support-bot: Found your account, Karen. The email on file is ...", "Karen"),
    ("person", "That is sorted now, Thomas!", "Thomas"),
    # 3. conjunctions, titles inside runs, surnames that are place words
    ("person", "Anna Schmidt and Peter Weber signed the lease.", "Anna Schmidt"),
    ("person", "Anna Schmidt and Peter Weber signed the lease.", "Peter Weber"),
    ("person", "Jan de Vries en Sanne Bakker zijn verhuisd.", "Jan de Vries"),
    ("person", "Marie Dubois et Luc Martin arrivent lundi.", "Marie Dubois"),
    ("person", "Call Anna Schmidt and the team tomorrow.", "Anna Schmidt"),
    ("person", "Störung 1: Kunde Herr Dr. Wüthrich ist erreichbar.", "Wüthrich"),
    ("person", "Discharge letter for Ms. Hill (hospital no. 3102938109).", "Hill"),
    ("person", "Viaje de Abril Pereira Ayllón: pasaporte pendiente.", "Abril Pereira Ayllón"),
    # 4. secrets after two labels
    ("secret", "Token: client_secret: iePHWnB82TUspBNc1FZUS68jIDSxmNUVqGTBDOf8", "iePHWnB82TUspBNc1FZUS68jIDSxmNUVqGTBDOf8"),
    ("secret", "credentials: api_key=\"Zq8Lw3Nv7Rt2Yp5Kd9Hs4Bm6\"", "Zq8Lw3Nv7Rt2Yp5Kd9Hs4Bm6"),
    ("secret", "TOKEN: DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=N4giQvkadLF3375+2gvZ8QorRE9Pq/3brCV5QSii3BO4ofZVcXpihvDdPyX4bEab5MzvoloFdC3eaXvAqP6zMQ==;EndpointSuffix=core.windows.net",
     "N4giQvkadLF3375+2gvZ8QorRE9Pq/3brCV5QSii3BO4ofZVcXpihvDdPyX4bEab5MzvoloFdC3eaXvAqP6zMQ=="),
    # 5. Spanish and Scottish record numbers
    ("medical_record", "Informe para Sr. Soler, número de paciente 2019-123456: revisión en un mes.", "2019-123456"),
    ("medical_record", "CHI number 1234567890 on the referral.", "1234567890"),
    # 6. bare national numbers next to contact words
    ("phone", "Madame Leblanc est joignable au 0247912927, RIB suit.", "0247912927"),
    ("phone", "Sr. Aroca está localizable en el 827955980, cuenta suit.", "827955980"),
    ("phone", "Kunde Dr. Hofer ist unter 0268526315 erreichbar.", "0268526315"),
    ("phone", "Dhr. Jansen is op 0612345678 bereikbaar.", "0612345678"),
    ("phone", "the ward will ring 9087 4723 tomorrow", "9087 4723"),
    ("phone", "callback: (07).3356.9711 | summary", "(07).3356.9711"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round2_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text), found(scanner, text)


NEAR_MISSES = [
    # 1. introductions of things, a welcome that is not a name
    "Ich heiße Sie herzlich willkommen.",
    "Wir heißen Sie willkommen in Berlin.",
    "The product name is Kubernetes Gold.",
    "Name: Model Y",
    "steps:\n      - name: Install Loom (.venv)\n      - name: Google Cloud credentials",  # YAML keys
    "monkeypatch.setattr(shutil, \"which\", lambda name: None)",
    "super().__init__(TYPE_TOKEN, name, None, opts)",  # code: None is no vocative
    "assert lines[\"names\"] == \"True True True\"",
    # 2. lists of places and capitalised words after a comma
    "We have offices in Berlin, Paris, Florence.",
    "Shipping to Nice, Florence and Rome.",
    "The parcel went to the depot, Sendungsnummer 00340434161094042557.",
    "Love Island starts on Monday",
    # 3. firms joined by conjunctions, a title word alone
    "Müller & Söhne liefert morgen.",
    "Anna Weber und Co. KG hat bezahlt.",
    "Peter Weber & Partners won the tender.",
    "Rechnung von Wolf Hess & Cie.: 2361,55 EUR.",
    "Factura de Luis Ortega y Cía. pendiente.",
    "Dupont & Fils livre lundi.",
    "Van Assche, Bruyninckx en De Keyser CommV",
    "Kunde Herr Dr. am Telefon.",
    "Die Zara Niederlassung Ansbach meldet Version 3.2.1 als stabil.",
    # 4. settings, names and references after labels
    "Token: client_secret_name: azure-kv-secret-name",
    "TOKEN: DefaultEndpointsProtocol=https;AccountName=acme;EndpointSuffix=core.windows.net",
    "api_key: secret_token_value_here",
    # 6. order numbers and bare runs without contact words
    "Order 2516 0699 shipped to the Leeds depot.",
    "Bestellung 0268526315 ist unterwegs.",
    "El pedido 827955980 está en camino.",
    "The ward has 9087 4723 items in stock.",
    "call us in 2025 2026",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round2_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert found(scanner, text) == []


def _minimal_strings(items: Any) -> list[str]:
    """Every string the regex matches taking each alternative once and each optional part never:
    one per branch of the context words' alternation."""
    out: list[list[str]] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append([chr(av)])
        elif op is _c.SUBPATTERN:
            out.append(_minimal_strings(av[-1]))
        elif op is _c.BRANCH:
            out.append([s for branch in av[1] for s in _minimal_strings(branch)])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            out.append([""] if av[0] == 0 else _minimal_strings(av[2]))
        elif op is _c.IN:
            literals = [chr(v) for o, v in av if o is _c.LITERAL]
            out.append([literals[0] if literals else "x"])
        else:
            out.append([""])
    strings = [""]
    for options in out:
        strings = [a + b for a in strings for b in options]
    return strings


@pytest.mark.parametrize("rule", context_rules(), ids=lambda r: r.name)
def test_every_context_word_passes_its_rules_prefilter(rule: ContextRule) -> None:
    # the cause of the fresh split's Spanish misses: the rule knew "número de paciente" but its
    # substring prefilter (`hint`) did not, so texts with only that keyword were never searched
    phrases = _minimal_strings(_parser.parse(rule.context.pattern))
    assert phrases
    unseen = [p for p in phrases if not any(h in p for h in rule.hint)]
    assert unseen == [], f"{rule.name}: context words its hint never lets through: {unseen}"


def test_the_prefilter_check_can_fail() -> None:
    rule = next(r for r in context_rules() if r.name == "medical_record")
    phrases = _minimal_strings(_parser.parse(rule.context.pattern))
    assert "número de paciente" in phrases
    assert not any(h in "número de paciente" for h in ("mrn", "patient", "historia"))
    assert re.search("pacient", "número de paciente")
