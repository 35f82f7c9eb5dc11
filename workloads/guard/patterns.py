"""Structured detectors: a regular expression finds candidates, a validator (checksum, range
rule, parser) keeps only real values. Regexes use [0-9] rather than \\d so other scripts' digits
never form a number, and guard their edges so a value is never cut out of a longer token.

Each detector yields (start, end, detector_name) spans; `Scanner` turns them into findings.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Callable, Iterator

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

Span = tuple[int, int, str]
Validator = Callable[[re.Match[str]], "Span | None"]


@dataclass(frozen=True)
class Detector:
    """One rule: `hint` is a substring the text must contain for the regex to be worth running."""

    name: str
    category: str
    regex: re.Pattern[str]
    validate: Validator
    hint: str | None = None

    def find(self, text: str) -> Iterator[Span]:
        if self.hint is not None and self.hint not in text:
            return
        for m in self.regex.finditer(text):
            span = self.validate(m)
            if span is not None:
                yield span


def _whole(name: str, group: int = 0) -> Validator:
    def validate(m: re.Match[str]) -> Span:
        return (m.start(group), m.end(group), name)

    return validate


_NON_DIGITS = re.compile(r"[^0-9]")


def _digits(s: str) -> str:
    return _NON_DIGITS.sub("", s)


# ---------------------------------------------------------------- email
EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
    r"(?![\w-]|\.[A-Za-z0-9])"
)

# ---------------------------------------------------------------- phone
# Three shapes, each validated by digit count: international (+CC / 00CC), North American
# (NANP: area code and exchange start 2-9), and national numbers with a trunk 0 (UK, DE, FR, ...).
_EXT = r"(?:[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,6})?"
PHONE = re.compile(
    r"(?<![\w+.(/-])(?<![0-9][ .-])(?:"
    r"(?P<intl>(?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\(?[0-9]{1,6}\)?){1,6})"
    r"|(?P<nanp>(?:1[ .-]?)?(?:\([2-9][0-9]{2}\)[ ]?|[2-9][0-9]{2}[ .-]?)[2-9][0-9]{2}[ .-]?[0-9]{4})"
    r"|(?P<trunk>(?:\(0[1-9][0-9]{0,4}\)[ ]?|0[1-9][0-9]{0,4}[ .-/]?)[0-9]{2,8}(?:[ .-][0-9]{2,4}){0,4})"
    r")" + _EXT + r"(?![\w])(?![ .-]?[0-9])"
)
_DATE_LIKE = re.compile(r"[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{2,4}")
_EXT_SPLIT = re.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?[0-9]+$")


def _phone(m: re.Match[str]) -> Span | None:
    body = _EXT_SPLIT.sub("", m.group(0))
    digits = _digits(body.replace("(0)", ""))
    if m.group("intl") is not None:
        ok = 8 <= len(digits) <= 15 + (2 if body.startswith("00") else 0)
    elif m.group("nanp") is not None:
        ok = True
    else:
        ok = 9 <= len(digits) <= 12 and _DATE_LIKE.fullmatch(body) is None
    return (m.start(), m.end(), "phone") if ok else None


# ---------------------------------------------------------------- payment card
# 12-19 digits, optionally grouped by single spaces or hyphens; the major industry identifier
# (first digit) must be a card issuer's (2-6, plus JCB's 1800 and Maestro's 0604) and Luhn must pass.
CARD = re.compile(r"(?<![\w+.-])(?<![0-9][ -])[0-9](?:[ -]?[0-9]){11,18}(?![\w])(?![ -][0-9])")


def _card(m: re.Match[str]) -> Span | None:
    digits = _digits(m.group(0))
    if not (12 <= len(digits) <= 19):
        return None
    if digits[0] not in "23456" and not digits.startswith(("1800", "0604")):
        return None
    return (m.start(), m.end(), "luhn") if luhn_valid(digits) else None


# ---------------------------------------------------------------- IBAN
# Compact or grouped in fours; the registry length for the country decides where it ends.
IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}\b")


def _iban(m: re.Match[str]) -> Span | None:
    value = m.group(0)
    want = IBAN_LENGTHS.get(value[:2])
    if want is None:
        return None
    compact, end = [], 0
    for i, ch in enumerate(value):
        if ch != " ":
            compact.append(ch)
            if len(compact) == want:
                end = i + 1
                break
    if len(compact) != want or (end < len(value) and value[end] != " "):
        return None
    return (m.start(), m.start() + end, "iban_mod97") if iban_valid("".join(compact)) else None


# ---------------------------------------------------------------- national IDs
US_SSN = re.compile(r"(?<![\w-])([0-9]{3})([- ])([0-9]{2})\2([0-9]{4})(?![\w-])")
US_SSN_KEYWORD = re.compile(r"(?i:\bssn|\bsocial security (?:number|no\.?|#))[^\w\n]{0,4}(?:is )?([0-9]{9})\b")
UK_NINO = re.compile(r"\b([A-Z]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])\b")
ES_DNI = re.compile(r"\b([XYZ]?[0-9]{7,8})-?([A-Z])\b")


def _ssn(m: re.Match[str]) -> Span | None:
    return (m.start(), m.end(), "us_ssn") if us_ssn_valid(m.group(1) + m.group(3) + m.group(4)) else None


def _ssn_keyword(m: re.Match[str]) -> Span | None:
    return (m.start(1), m.end(1), "us_ssn") if us_ssn_valid(m.group(1)) else None


def _nino(m: re.Match[str]) -> Span | None:
    return (m.start(), m.end(), "uk_nino") if uk_nino_valid("".join(m.groups())) else None


def _dni(m: re.Match[str]) -> Span | None:
    body = m.group(1)
    if len(body) != 8:  # DNI: 8 digits; NIE: X/Y/Z + 7 digits
        return None
    return (m.start(), m.end(), "es_dni") if es_dni_valid(body + m.group(2)) else None


# ---------------------------------------------------------------- IP addresses
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
IPV4 = re.compile(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w]|\.[0-9])")
IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4})"
    r"(?:%[0-9A-Za-z]{1,15})?(?![\w:])"
)


def _ipv6(m: re.Match[str]) -> Span | None:
    value = m.group(0)
    if sum(c not in ":." for c in value.split("%")[0]) < 2:  # "::" and "a::" are punctuation, not addresses
        return None
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return None
    return (m.start(), m.end(), "ipv6")


# ---------------------------------------------------------------- secrets
PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
    re.S,
)
AWS_ACCESS_KEY = re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|AKPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}\b")
GITHUB_TOKEN = re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b")
SLACK_TOKEN = re.compile(r"\bxox[abposre]-[A-Za-z0-9-]{10,250}|https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}")
STRIPE_KEY = re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}\b")
GOOGLE_API_KEY = re.compile(r"\bAIza[0-9A-Za-z_-]{35}(?![\w-])")
OPENAI_KEY = re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}(?![\w-])")
JWT = re.compile(r"\b(eyJ[A-Za-z0-9_-]{5,})\.ey[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}(?![\w-])")

# key = value assignments in config, code, logs and URLs: the value is the secret, not the key.
ASSIGNMENT = re.compile(
    r"(?i)(?P<key>[a-z0-9_.-]*(?:api[_.-]?key|apikey|secret|token|passw(?:or)?d|pwd|pass|"
    r"access[_.-]?key|client[_.-]?secret|private[_.-]?key|credentials?|auth))"
    r"[\"']?[ \t]*(?:=|:|=>|:=)[ \t]*[\"']?"
    r"(?P<value>[A-Za-z0-9+/_\-.~!@#$%^&*=]{6,256})"
)
_PLACEHOLDER = re.compile(
    r"(?i)^(?:x+|\*+|\.+|-+|<.*>|\$\{?.*\}?|%.*%|\{\{.*\}\}|changeme|password|secret|redacted|"
    r"example|dummy|placeholder|null|none|true|false|undefined|your[_-].*|xxx.*|\[.*\])$"
)
_PASSWORD_KEYS = re.compile(r"(?i)passw(?:or)?d|pwd|pass$")
_HAS_DIGIT_OR_SYMBOL = re.compile(r"[0-9]|[^A-Za-z0-9]")


def make_assignment_validator(min_entropy: float) -> Validator:
    """Passwords are short and low-entropy by nature: any value with a digit or symbol counts.
    Other keys (api_key, token, secret) need a long, random-looking value, which keeps prose
    such as "the secret: patience" out."""

    def validate(m: re.Match[str]) -> Span | None:
        value = m.group("value").rstrip(".,;")
        if _PLACEHOLDER.match(value):
            return None
        if _PASSWORD_KEYS.search(m.group("key")):
            ok = len(value) >= 6 and bool(_HAS_DIGIT_OR_SYMBOL.search(value)) or (
                len(value) >= 12 and shannon_entropy(value) >= min_entropy
            )
        else:
            ok = len(value) >= 16 and shannon_entropy(value) >= min_entropy
        if not ok:
            return None
        start = m.start("value")
        return (start, start + len(value), "assignment")

    return validate


def _jwt(m: re.Match[str]) -> Span | None:
    return (m.start(), m.end(), "jwt") if jwt_header_valid(m.group(1)) else None


def _high_entropy(name: str, min_entropy: float = 3.0) -> Validator:
    def validate(m: re.Match[str]) -> Span | None:
        return (m.start(), m.end(), name) if shannon_entropy(m.group(0)) >= min_entropy else None

    return validate


def structured_detectors(secret_min_entropy: float) -> list[Detector]:
    """Every shape-based detector, in no particular order (overlaps are resolved by category priority)."""
    return [
        Detector("email", "email", EMAIL, _whole("email"), hint="@"),
        Detector("phone", "phone", PHONE, _phone),
        Detector("luhn", "payment_card", CARD, _card),
        Detector("iban_mod97", "iban", IBAN, _iban),
        Detector("us_ssn", "national_id", US_SSN, _ssn),
        Detector("us_ssn", "national_id", US_SSN_KEYWORD, _ssn_keyword),
        Detector("uk_nino", "national_id", UK_NINO, _nino),
        Detector("es_dni", "national_id", ES_DNI, _dni),
        Detector("ipv4", "ip_address", IPV4, _whole("ipv4"), hint="."),
        Detector("ipv6", "ip_address", IPV6, _ipv6, hint=":"),
        Detector("private_key", "secret", PRIVATE_KEY, _whole("private_key"), hint="PRIVATE KEY"),
        Detector("aws_access_key", "secret", AWS_ACCESS_KEY, _whole("aws_access_key")),
        Detector("github_token", "secret", GITHUB_TOKEN, _whole("github_token")),
        Detector("slack_token", "secret", SLACK_TOKEN, _whole("slack_token")),
        Detector("stripe_key", "secret", STRIPE_KEY, _whole("stripe_key"), hint="_"),
        Detector("google_api_key", "secret", GOOGLE_API_KEY, _whole("google_api_key"), hint="AIza"),
        Detector("openai_key", "secret", OPENAI_KEY, _high_entropy("openai_key"), hint="sk-"),
        Detector("jwt", "secret", JWT, _jwt, hint="eyJ"),
        Detector("assignment", "secret", ASSIGNMENT, make_assignment_validator(secret_min_entropy)),
    ]
