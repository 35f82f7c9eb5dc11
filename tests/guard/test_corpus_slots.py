"""What the corpus generator's slots produce, per language: amounts and clock times written the
language's way (never labeled), role mailboxes (labeled email), children's birth dates, the bare
national identifier slots, and addresses on one line for records that a line break would end.
No detector runs here: these check the measuring instrument, not what the guard finds in it."""

from __future__ import annotations

import re

import pytest

from workloads.guard.checksums import uk_nino_valid
from workloads.guard.corpus import (
    ID_SLOTS,
    NATIONAL_IDS,
    ROLE_DOMAINS,
    ROLE_MAILBOXES,
    SPLIT_SEEDS,
    SPLITS,
    _SLOT,
    CorpusGenerator,
    generate,
)
from workloads.guard.corpus_templates import BANKS, LANGUAGES

N = 400


def _values(slot: str, lang: str, n: int = N, seed: int = 5) -> list[list[tuple[str, str | None]]]:
    g = CorpusGenerator(seed, "dev")
    return [g.slots[slot](lang) for _ in range(n)]


def _filled(template: str, lang: str, n: int = 200, seed: int = 9):
    """Samples of one template, filled by the generator: the exact-span check for a new slot."""
    g = CorpusGenerator(seed, "dev")
    g.bank = {lg: {"pii": [template], "clean": [template]} for lg in LANGUAGES}
    return [s for s in (g.sample(clean=False) for _ in range(n)) if s.language == lang]


# ------------------------------------------------------------------------------ {amount}
AMOUNT = {
    "en": re.compile(r"(\d{1,3}(,\d{3})+|\d+)\.\d\d"),
    "de": re.compile(r"(\d{1,3}(\.\d{3})+|\d+),\d\d"),
    "es": re.compile(r"(\d{1,3}(\.\d{3})+|\d+),\d\d"),
    "nl": re.compile(r"(\d{1,3}(\.\d{3})+|\d+),\d\d"),
    "fr": re.compile(r"(\d{1,3}([ \u202f]\d{3})+|\d+),\d\d"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_amount_follows_the_language(lang: str) -> None:
    values = _values("amount", lang)
    assert all(cat is None for v in values for _, cat in v)  # a look-alike: never labeled
    texts = [v[0][0] for v in values]
    bad = [t for t in texts if not AMOUNT[lang].fullmatch(t)]
    assert not bad, bad[:5]
    big = [t for t in texts if len(re.sub(r"\D", "", t)) > 5]  # 1000 or more
    grouped = [t for t in big if not re.fullmatch(r"\d+[.,]\d\d", t)]
    assert 0.3 * len(big) < len(grouped) < 0.9 * len(big), (len(grouped), len(big))  # both forms occur
    if lang == "en":
        assert not any(re.search(r",\d\d$", t) for t in texts)  # no decimal comma in English
    if lang == "fr":
        assert any("\u202f" in t for t in texts) and any(" " in t for t in texts)


# ------------------------------------------------------------------------------ {time}
@pytest.mark.parametrize("lang", LANGUAGES)
def test_time_has_seconds_only_sometimes_and_the_languages_own_forms(lang: str) -> None:
    values = _values("time", lang)
    assert all(cat is None for v in values for _, cat in v)
    texts = [v[0][0] for v in values]
    h24 = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?")
    h12 = re.compile(r"(1[0-2]|[1-9]):[0-5]\d (am|pm|AM|PM|a\.m\.|p\.m\.)")
    fr_h = re.compile(r"([01]?\d|2[0-3])h[0-5]\d")
    forms = {"24": [t for t in texts if h24.fullmatch(t)], "12": [t for t in texts if h12.fullmatch(t)],
             "h": [t for t in texts if fr_h.fullmatch(t)]}
    assert sum(map(len, forms.values())) == len(texts), [t for t in texts if not any(t in f for f in forms.values())][:5]
    with_seconds = [t for t in forms["24"] if t.count(":") == 2]
    assert 0.1 < len(with_seconds) / len(forms["24"]) < 0.4, len(with_seconds)
    assert bool(forms["12"]) == (lang == "en")
    assert bool(forms["h"]) == (lang == "fr")


def test_twelve_hour_times_keep_the_half_of_the_day() -> None:
    g = CorpusGenerator(3, "dev")
    for _ in range(300):
        state = g.rng.getstate()
        h = g.rng.randint(0, 23)
        g.rng.setstate(state)
        t = g.slots["time"]("en")[0][0]
        if " " in t:  # 12-hour
            assert (t.split()[1].lower().startswith("p")) == (h >= 12), (h, t)
            assert int(t.split(":")[0]) == (h - 1) % 12 + 1, (h, t)


# ------------------------------------------------------------------------------ {role_email}
@pytest.mark.parametrize("lang", LANGUAGES)
def test_role_email_is_a_labeled_role_mailbox_of_the_language(lang: str) -> None:
    values = _values("role_email", lang)
    assert all(len(v) == 1 and v[0][1] == "email" for v in values)  # still labeled: the guard reports every address
    texts = [v[0][0] for v in values]
    assert len(set(texts)) >= 10, set(texts)
    boxes = set(ROLE_MAILBOXES[lang]) | set(ROLE_MAILBOXES["en"])
    domains = set(ROLE_DOMAINS["en"]) | set(ROLE_DOMAINS[lang])
    for t in texts:
        box, domain = t.split("@")
        assert box in boxes and domain in domains, t
    assert {t.split("@")[0] for t in texts} & set(ROLE_MAILBOXES[lang])  # the language's own words
    if lang != "en":
        assert {t.split("@")[1] for t in texts} & set(ROLE_DOMAINS[lang])


def test_role_email_span_is_exact() -> None:
    for s in _filled("Fragen zur Rechnung bitte an {role_email}.", "de"):
        (cat, a, b), = s.labels
        assert cat == "email" and re.fullmatch(r"[\w.\-]+@[\w.\-]+", s.text[a:b]), s.text
        assert s.text[b:] == "." and s.text[:a] == "Fragen zur Rechnung bitte an "


# ------------------------------------------------------------------------------ {child_dob}
def _year(text: str) -> int:
    return int(re.search(r"(19|20)\d\d", text).group(0))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_child_dob_is_a_childs_birth_date_and_dob_an_adults(lang: str) -> None:
    children = _values("child_dob", lang)
    adults = _values("dob", lang)
    assert all(v[0][1] == "date_of_birth" for v in children + adults)
    years = [_year(v[0][0]) for v in children]
    assert min(years) >= 2008 and max(years) <= 2024 and max(years) - min(years) >= 12
    assert all(1940 <= _year(v[0][0]) <= 2008 for v in adults)


def test_child_dob_span_is_exact() -> None:
    for s in _filled("Baby {first}, born {child_dob}, weight 3.4 kg.", "en"):
        cats = [c for c, _, _ in s.labels]
        assert cats == ["person", "date_of_birth"], s.labels
        _, a, b = s.labels[1]
        assert s.text[b:] == ", weight 3.4 kg." and s.text[a - 7 : a] == ", born "


# ------------------------------------------------------------------------------ bare national ids
def _valid(slot: str):
    from stdnum.in_ import aadhaar
    from stdnum.at import vnr
    from stdnum.au import tfn
    from stdnum.be import nn
    from stdnum.ca import sin
    from stdnum.ch import ssn as ahv
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.ie import pps
    from stdnum.nl import bsn

    return {"ssn": lambda v: re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) is not None,
            "nino": lambda v: uk_nino_valid(v.replace(" ", "")), "sin": sin.is_valid, "tfn": tfn.is_valid,
            "ppsn": pps.is_valid, "aadhaar": aadhaar.is_valid, "steuer_id": idnr.is_valid, "svnr": vnr.is_valid,
            "ahv": ahv.is_valid, "nir": nir.is_valid, "nn_be": nn.is_valid, "dni": dni.is_valid, "nie": nie.is_valid,
            "bsn": bsn.is_valid}[slot]


def test_every_identifier_kind_has_a_bare_slot() -> None:
    kinds = {kind for per_lang in NATIONAL_IDS.values() for _, kind in per_lang}
    assert set(ID_SLOTS.values()) == kinds
    assert set(ID_SLOTS) <= set(CorpusGenerator(1, "dev").slots)


@pytest.mark.parametrize("slot", sorted(ID_SLOTS))
def test_bare_id_slot_is_the_value_alone_with_real_check_digits(slot: str) -> None:
    names = {n.lower() for per_lang in NATIONAL_IDS.values() for ns, _ in per_lang for n in ns}
    valid = _valid(slot)
    for v in _values(slot, "en", 150):
        (value, cat), = v  # one piece: no label word before it
        assert cat == "national_id"
        assert not any(value.lower().startswith(n) for n in names), value
        assert re.fullmatch(r"[0-9A-Z][0-9A-Z .\-/]*[0-9A-Z]", value), value
        assert valid(value), (slot, value)


def test_bare_id_span_is_exact() -> None:
    for s in _filled("Steuer-ID: {steuer_id}; AHV-Nr. {ahv}", "de"):
        assert [c for c, _, _ in s.labels] == ["national_id", "national_id"]
        (_, a, b), (_, c, d) = s.labels
        assert s.text[:a] == "Steuer-ID: " and s.text[b:c] == "; AHV-Nr. " and d == len(s.text)


def test_nid_still_brings_its_label() -> None:
    for v in _values("nid", "de", 100):
        (label, none), (value, cat) = v
        assert none is None and cat == "national_id" and label.rstrip(": ") in {
            n for ns, _ in NATIONAL_IDS["de"] for n in ns}


def test_nhs_brings_no_label() -> None:
    # {nhs} is the bare number already (labeled medical_record): it needs no bare twin
    assert all(len(v) == 1 and re.fullmatch(r"\d{3} \d{3} \d{4}|\d{10}", v[0][0]) for v in _values("nhs", "en", 100))


# ------------------------------------------------------------------------------ {address_line}
@pytest.mark.parametrize("lang", LANGUAGES)
def test_address_line_is_one_line(lang: str) -> None:
    values = _values("address_line", lang, 300)
    assert all(len(v) == 1 and v[0][1] == "street_address" for v in values)
    assert not any("\n" in v[0][0] for v in values)
    assert any(", " in v[0][0] for v in values)
    multi = _values("address", lang, 300)
    assert any("\n" in v[0][0] for v in multi)  # {address} still breaks lines sometimes, on purpose


def test_address_line_draws_what_address_draws() -> None:
    # a template that moves from {address} to {address_line} changes no other value of the corpus
    a, b = CorpusGenerator(11, "dev"), CorpusGenerator(11, "dev")
    for lang in LANGUAGES * 20:
        assert a.slots["address"](lang)[0][0].replace("\n", ", ") == b.slots["address_line"](lang)[0][0]
        assert a.slots["person"](lang) == b.slots["person"](lang)


def test_address_line_span_is_exact_in_a_csv_row() -> None:
    for s in _filled('id,name,address\n7,{person},"{address_line}"', "nl"):
        (_, _, _), (cat, a, b) = s.labels
        assert cat == "street_address" and s.text[a - 1] == '"' and b == len(s.text) - 1
        assert "\n" not in s.text[a:b] and s.text.count("\n") == 1


# records a line break would end: a quoted CSV or JSON value, an SQL literal, key="value"
_ONE_LINE_CONTEXT = re.compile(r"""[,;\t]"?\{address\}"?([,;\t]|$)|(^|[,;\t])"?\{address\}"?[,;\t]|"\{address\}"|'\{address\}'|=\{address\}""", re.M)


def test_no_bank_puts_a_multiline_address_in_a_one_line_record() -> None:
    found = [(name, lang, t[:60]) for name, bank in BANKS.items() for lang in LANGUAGES
             for t in bank[lang]["pii"] if _ONE_LINE_CONTEXT.search(t)]
    assert not found, found


_TABLE_CELL = re.compile(r"\|[^|\n]*\{address\}[^|\n]*\|")


def test_no_bank_puts_a_multiline_address_in_a_table_cell() -> None:
    # a Markdown table row or a pipe-separated register entry ends at a line break too
    found = [(name, lang, t[:60]) for name, bank in BANKS.items() for lang in LANGUAGES
             for t in bank[lang]["pii"] if _TABLE_CELL.search(t)]
    assert not found, found


@pytest.mark.parametrize("name", SPLITS)
def test_address_line_values_hold_no_line_break(name: str) -> None:
    for s in generate(300, seed=SPLIT_SEEDS.get(name, 20261125), split=name):
        lang, kind, index = s.template.split("/")
        template = BANKS[name][lang][kind][int(index)]
        if "{address_line}" in template and "{address}" not in template:
            assert all("\n" not in s.text[a:b] for c, a, b in s.labels if c == "street_address"), s.text


# ------------------------------------------------------------------------------ seeding
def test_new_forms_are_seeded() -> None:
    def draw(seed: int) -> list[str]:
        g = CorpusGenerator(seed, "dev")
        return [g.slots[s](lang)[-1][0] for lang in LANGUAGES for s in ("amount", "time", "role_email", "child_dob", "address_line", *ID_SLOTS)]

    assert draw(4) == draw(4) and draw(4) != draw(5)


def test_known_slot_list_holds_the_new_slots() -> None:
    from tests.guard.test_corpus import LABELED_SLOTS

    assert {"address_line", "child_dob", *ID_SLOTS} <= LABELED_SLOTS
    assert LABELED_SLOTS <= set(CorpusGenerator(1, "dev").slots)
    assert not {"amount", "time"} & LABELED_SLOTS
    assert _SLOT.findall("{address_line} {child_dob} {nn_be}") == ["address_line", "child_dob", "nn_be"]
