"""Where a biased-language term in a text is not the writer's word, so the lexicon does not report it:
a machine log's own vocabulary, the words a program writes into its log lines (Redis Sentinel's
"+slave", "-odown", "slave redis-node-1...:6379"), and a firm's name that is a lexicon's word, alone as a
party's field value ("Dierenarts: Manpower"). A term in prose or in a log's free-text message still
counts."""

from __future__ import annotations

import re

# A line a program writes: a clock time with seconds near its start ("1:X 02 Dec 2026 04:02:11.104 *",
# "2026-12-02T04:02:11Z WARN", "Dec  2 04:02:11 host sentinel[1]:")
_LOG_LINE_START = re.compile(r"[^\n]{0,40}?(?<![0-9])[0-9]{2}:[0-9]{2}:[0-9]{2}(?![0-9])")
# An event token glued to its sign ("+slave", "-odown", "+switch-master"), or a word that names the
# kind of the machine identifier after it ("slave redis-node-1.cache.svc:6379", "master 10.0.0.5 6379")
_EVENT_SIGN = re.compile(r"(?<![\w])[+-]$")
_MACHINE_ID_AFTER = re.compile(r"[ ][\w-]+(?:[.:][\w-]+)+(?![\w])")


def machine_log_term(text: str, start: int, end: int) -> bool:
    """Whether the term at start:end is a machine log's own vocabulary, not the writer's words: on a
    line that opens with a clock time, an event token signed with "+" or "-" or the word that names the
    kind of the host or address after it (Redis Sentinel's "+slave slave redis-node-1...:6379"). A
    term in prose, or in a log's free-text message, is still the writer's."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LOG_LINE_START.match(text, line_start) is None:
        return False
    return _EVENT_SIGN.search(text, max(line_start, start - 1), start) is not None or \
        _MACHINE_ID_AFTER.match(text, end) is not None


# A field's label that names a party (a firm, a practice, a provider) at its line's start, its colon,
# then the value alone on the rest of the line: "Dierenarts: Manpower", "Employer: Manpower",
# "Fournisseur : Manpower", "Agencia: Manpower", "Uitzendbureau: Manpower" (a status's or a role's
# label keeps its value the writer's word: "Status: Blacklisted", "Role: Salesman")
_FIRM_PARTIES = (
    r"employer|agency|supplier|vendor|provider|contractor|subcontractor|manufacturer|brand|arbeitgeber|agentur|lieferant|"
    r"anbieter|hersteller|firma|marke|employeur|agence|fournisseur|prestataire|fabricant|marque|empleador|agencia|"
    r"proveedor|contratista|fabricante|marca|werkgever|uitzendbureau|leverancier|fabrikant|merk")
"""The nouns of a firm that supplies or employs, in the five languages: both the party's field label
(_PARTY_LABEL) and the noun in apposition (_PARTY_BEFORE) read them."""
_PARTY_LABEL = re.compile(
    r"[ \t]*[-*•]?[ \t]*(?i:(?:[\w-]*[ ])?(?:" + _FIRM_PARTIES + r"|company|firm|client|customer|insurer|vet|veterinarian|"
    r"veterinary practice|practice|clinic|unternehmen|auftraggeber|kunde|versicherer|tierarzt|tierärztin|tierarztpraxis|"
    r"praxis|société|entreprise|assureur|vétérinaire|cabinet|empresa|cliente|aseguradora|veterinario|veterinaria|clínica|"
    r"bedrijf|bureau|opdrachtgever|klant|verzekeraar|dierenarts|dierenkliniek|praktijk))"
    r"[ \t]*:[ \t]*$")
_LINE_END = re.compile(r"[ \t]*[.,;]?[ \t]*(?:\n|$)")


# The same party's noun right before the name, in a sentence: "Terugroepactie leverancier Manpower:",
# "Rückruf des Lieferanten Manpower", "recall from supplier Manpower", "le fournisseur Manpower a",
# "el proveedor Manpower" (the firm named in apposition; "the manpower the supplier needs" stays the word)
_PARTY_BEFORE = re.compile(r"(?i:" + _FIRM_PARTIES + r"|lieferanten|anbieters|herstellers)[ ]$")


def name_as_field_value(text: str, start: int, end: int) -> bool:
    """Whether the term at start:end is a firm's name standing alone as the value of a field that
    names a party (_PARTY_LABEL): capitalised, the rest in lower case ("Manpower", the staffing
    firm, as a vet's or an employer's name), nothing after it on its line. The noun in prose ("the
    manpower we need", "Manpower is short this week") is still the writer's word. A party's noun right
    before the name (_PARTY_BEFORE: "leverancier Manpower") names the firm the same way."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if _PARTY_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _PARTY_LABEL.fullmatch(text, line_start, start) is not None and _LINE_END.match(text, end) is not None
