"""Checksums and range rules, on published examples and their near misses."""

from __future__ import annotations

import pytest

from workloads.guard.checksums import (
    IBAN_LENGTHS,
    es_dni_valid,
    iban_valid,
    jwt_header_valid,
    luhn_valid,
    shannon_entropy,
    uk_nino_valid,
    us_ssn_valid,
)


@pytest.mark.parametrize(
    "number",
    ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000", "4012888888881881"],
)
def test_luhn_accepts_published_test_cards(number: str) -> None:
    assert luhn_valid(number)


@pytest.mark.parametrize("number", ["4111111111111112", "5555555555554440", "378282246310006", "12a4", "", "٤١١١"])
def test_luhn_rejects_one_digit_off_and_non_digits(number: str) -> None:
    assert not luhn_valid(number)


def test_luhn_catches_every_single_digit_error() -> None:
    base = "4539578763621486"
    assert luhn_valid(base)
    for i in range(len(base)):
        for d in "0123456789":
            if d != base[i]:
                assert not luhn_valid(base[:i] + d + base[i + 1 :])


@pytest.mark.parametrize(
    "iban",
    [
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "BE68539007547034",
        "NO9386011117947",
        "MT84MALT011000012345MTLCAST001S",
        "gb82west12345698765432",
    ],
)
def test_iban_accepts_registry_examples(iban: str) -> None:
    assert iban_valid(iban)


@pytest.mark.parametrize(
    "iban",
    [
        "GB83WEST12345698765432",  # check digits off by one
        "DE89370400440532013001",  # account digit changed
        "DE8937040044053201300",  # one character short for DE
        "XX82WEST12345698765432",  # unknown country
        "GB82WEST1234569876543!",
        "",
    ],
)
def test_iban_rejects_bad_checksum_length_or_country(iban: str) -> None:
    assert not iban_valid(iban)


def test_iban_length_table_matches_registry_samples() -> None:
    assert IBAN_LENGTHS["DE"] == 22 and IBAN_LENGTHS["GB"] == 22 and IBAN_LENGTHS["FR"] == 27 and IBAN_LENGTHS["NO"] == 15


@pytest.mark.parametrize("ssn", ["536901234", "001010001", "899999999", "665123456", "667123456"])
def test_ssn_accepts_issuable_numbers(ssn: str) -> None:
    assert us_ssn_valid(ssn)


@pytest.mark.parametrize(
    "ssn",
    [
        "000123456",  # area 000
        "666123456",  # area 666
        "900123456",  # areas 900-999 (ITINs and never-issued)
        "999999999",
        "123001234",  # group 00
        "123450000",  # serial 0000
        "078051120",  # the Woolworth wallet card, voided
        "219099999",  # advertising sample, voided
        "12345678",
        "12345678a",
    ],
)
def test_ssn_rejects_never_issued_ranges(ssn: str) -> None:
    assert not us_ssn_valid(ssn)


@pytest.mark.parametrize("nino,ok", [("AB123456C", True), ("ab123456d", True), ("QQ123456C", False), ("AO123456C", False),
                                     ("GB123456A", False), ("ZZ123456C", False), ("AB123456E", False), ("AB12345C", False)])
def test_uk_nino_prefix_and_suffix_rules(nino: str, ok: bool) -> None:
    assert uk_nino_valid(nino) is ok


@pytest.mark.parametrize("value,ok", [("12345678Z", True), ("12345678A", False), ("X1234567L", True), ("X1234567A", False), ("Y0000000Z", True), ("1234567Z", False)])
def test_es_dni_nie_control_letter(value: str, ok: bool) -> None:
    assert es_dni_valid(value) is ok


def test_entropy_separates_keys_from_words() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaaaaaa") == 0.0
    assert shannon_entropy("password") < 3.0
    assert shannon_entropy("a8Fz3kQ9pL2mX7vB4nR6tY1w") > 4.0


def test_jwt_header_must_be_json_with_alg() -> None:
    assert jwt_header_valid("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9")
    assert not jwt_header_valid("eyJmb28iOiJiYXIifQ")  # {"foo":"bar"}: JSON but no alg
    assert not jwt_header_valid("eyJ!!!")
