"""Checksums and range rules that turn "looks like" into "is": a digit run is a payment card
only if its Luhn check passes, an IBAN only if its mod-97 check passes, and so on.

Pure functions over strings of ASCII digits/letters (separators already removed).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections import Counter

from stdnum import ean

# ISO 13616 IBAN length per country (SWIFT IBAN registry). Unknown countries are rejected.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment card numbers."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def ean13_valid(digits: str) -> bool:
    """GS1's EAN-13 check digit, by python-stdnum (the guard's library for check digits): a
    barcode, which passes Luhn one time in ten by chance."""
    return len(digits) == 13 and digits.isdigit() and ean.is_valid(digits)


def iban_valid(iban: str) -> bool:
    """ISO 13616: known country, the registry length, and mod 97 == 1 over the rearranged string."""
    iban = iban.upper()
    if len(iban) < 15 or not iban.isascii() or not iban.isalnum():
        return False
    country = iban[:2]
    if IBAN_LENGTHS.get(country) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    # Letters become 10..35; int() of the whole string is exact and fast in CPython.
    numeric = "".join(ch if ch.isdigit() else str(ord(ch) - 55) for ch in rearranged)
    return int(numeric) % 97 == 1


# SSA: never issued (area 000, 666, 900-999; group 00; serial 0000) plus numbers that were
# publicised and voided (the Woolworth wallet card, the 1940s advertising sample).
_VOID_SSNS = frozenset({"078051120", "219099999", "123456789"})


def us_ssn_valid(digits: str) -> bool:
    """US Social Security Number range rules (ssa.gov: areas 000, 666 and 900-999 are never issued)."""
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area == "000" or area == "666" or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    return digits not in _VOID_SSNS


_NINO_BAD_FIRST = frozenset("DFIQUV")
_NINO_BAD_SECOND = frozenset("DFIOQUV")
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def uk_nino_valid(nino: str) -> bool:
    """UK National Insurance number (HMRC NIM39110): two prefix letters minus HMRC's excluded
    letters and prefixes, six digits, suffix A-D. The reserved example prefix ZZ is not a real number."""
    nino = nino.upper()
    if len(nino) != 9 or not nino.isascii() or not nino[:2].isalpha() or not nino[2:8].isdigit():
        return False
    if nino[8] not in "ABCD":
        return False
    return nino[0] not in _NINO_BAD_FIRST and nino[1] not in _NINO_BAD_SECOND and nino[:2] not in _NINO_BAD_PREFIXES


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is mod 23."""
    value = value.upper()
    if len(value) != 9:
        return False
    body, letter = value[:8], value[8]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    if not body.isdigit() or not body.isascii():
        return False
    return _DNI_LETTERS[int(body) % 23] == letter


def shannon_entropy(value: str) -> float:
    """Bits per character; random API keys score ~4-6, words and placeholders ~2-3."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def jwt_header_valid(segment: str) -> bool:
    """A JWT's first segment is base64url JSON with an "alg" (RFC 7519); avoids flagging any eyJ... text."""
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        header = json.loads(raw)
    except (binascii.Error, ValueError):
        return False
    return isinstance(header, dict) and "alg" in header
