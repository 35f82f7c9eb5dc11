"""Each category on hand-picked positives and look-alike negatives, overlaps, redaction, config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workloads.guard import (
    CATEGORIES,
    GuardConfig,
    GuardConfigError,
    GuardInputError,
    Scanner,
    Term,
    default_config,
    load_config,
    load_terms,
    scan,
)
from workloads.guard.config import DEFAULT_DENY_LIST, DEFAULT_LEXICON

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yD8uSmPa\n-----END RSA PRIVATE KEY-----"

POSITIVES = [
    ("email", "Write to ada.lovelace+ml@example.co.uk today.", "ada.lovelace+ml@example.co.uk"),
    ("email", "(bob@example.org)", "bob@example.org"),
    ("phone", "Call (415) 555-2671 now", "(415) 555-2671"),
    ("phone", "Call 415-555-2671x204 now", "415-555-2671x204"),
    ("phone", "Ring +44 20 7946 0958.", "+44 20 7946 0958"),
    ("phone", "Tel +49 (0) 30 12345678 bitte", "+49 (0) 30 12345678"),
    ("phone", "Appelez le 01 23 45 67 89 demain", "01 23 45 67 89"),
    ("phone", "UK: 0113 496 0000 office", "0113 496 0000"),
    ("phone", "US 001-415-555-2671", "001-415-555-2671"),
    ("phone", "mobile: 4155552671 works", "4155552671"),
    ("payment_card", "Card 4111 1111 1111 1111 exp 09/29", "4111 1111 1111 1111"),
    ("payment_card", "Amex 378282246310005.", "378282246310005"),
    ("payment_card", "MC 5555-5555-5555-4444", "5555-5555-5555-4444"),
    ("payment_card", "card 4111 1111 1111 1111 12/29", "4111 1111 1111 1111"),
    ("payment_card", "card 4111111111111111 12/29", "4111111111111111"),
    ("payment_card", "order 55 4111 1111 1111 1111 ok", "4111 1111 1111 1111"),
    ("payment_card", "two: 4111 1111 1111 1111 5555 5555 5555 4444", "5555 5555 5555 4444"),
    ("phone", "Phone: 415-555-2671 9am-5pm", "415-555-2671"),
    ("phone", "UK 0113 496 0000 12 times", "0113 496 0000"),
    ("iban", "IBANs BE68 5390 0754 7034 DE89 3704 0044 0532 0130 00 end", "DE89 3704 0044 0532 0130 00"),
    ("iban", "Pay GB82 WEST 1234 5698 7654 32 now", "GB82 WEST 1234 5698 7654 32"),
    ("iban", "IBAN DE89370400440532013000.", "DE89370400440532013000"),
    ("national_id", "SSN 536-90-1234 on file", "536-90-1234"),
    ("national_id", "SSN 536 90 1234 on file", "536 90 1234"),
    ("national_id", "my ssn: 536901234", "536901234"),
    ("national_id", "NI number AB 12 34 56 C.", "AB 12 34 56 C"),
    ("national_id", "DNI 12345678Z vigente", "12345678Z"),
    ("ip_address", "from 203.0.113.7:443", "203.0.113.7"),
    ("ip_address", "host 2001:db8:85a3::8a2e:370:7334 up", "2001:db8:85a3::8a2e:370:7334"),
    ("ip_address", "link fe80::1%eth0 down", "fe80::1%eth0"),
    ("ip_address", "mapped ::ffff:192.0.2.128 ok", "::ffff:192.0.2.128"),
    ("secret", "AKIAIOSFODNN7EXAMPLE leaked", "AKIAIOSFODNN7EXAMPLE"),
    ("secret", "token ghp_1234567890abcdefghijABCDEFGHIJ123456 here", "ghp_1234567890abcdefghijABCDEFGHIJ123456"),
    ("secret", "slack xoxb-12345678901-123456789012-AbCdEfGhIjKlMnOpQrStUvWx ok", "xoxb-12345678901-123456789012-AbCdEfGhIjKlMnOpQrStUvWx"),
    ("secret", "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc ok", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("secret", "google AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY ok", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"),
    ("secret", f"Bearer {JWT}", JWT),
    ("secret", f"key:\n{PEM}\n", PEM),
    ("secret", 'api_key = "a8Fz3kQ9pL2mX7vB4nR6tY1w"', "a8Fz3kQ9pL2mX7vB4nR6tY1w"),
    ("secret", "DB_PASSWORD=hunter22!", "hunter22!"),
    ("secret", "login(password=s3cr3tPass)", "s3cr3tPass"),
    ("secret", "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("policy", "This deck is Strictly-Confidential, sorry", "Strictly-Confidential"),
    ("policy", "Marked TOP SECRET by the agency", "TOP SECRET"),
    ("biased_language", "Add the host to the whitelist.", "whitelist"),
    ("biased_language", "Hosts were blacklisted yesterday", "blacklisted"),
    ("biased_language", "The master/slave setup", "master/slave"),
    ("biased_language", "Hey guys, welcome", "guys"),
    ("biased_language", "We lack the manpower", "manpower"),
    ("biased_language", "Run a sanity-check first", "sanity-check"),
    # issue 14: people, places, dates of birth, national identifiers in five languages
    ("person", "Hi Margaret,\nthe report is attached.", "Margaret"),
    ("person", "See you Monday.\n\nThanks, Joost", "Joost"),
    ("person", "Please call Mr. Whitfield back.", "Whitfield"),
    ("person", "Termin bei Frau Dr. Schneider am Dienstag", "Schneider"),
    ("person", "Rendez-vous avec Mme Lefèvre mardi", "Lefèvre"),
    ("person", "Cita con la Sra. Jiménez el martes", "Jiménez"),
    ("person", "Afspraak met Dhr. de Vries morgen", "de Vries"),
    ("person", "The account of Anna Kowalczyk was closed.", "Anna Kowalczyk"),
    ("person", "Según el expediente, María García López vive allí.", "María García López"),
    ("person", "Volgens het dossier woont Jan van der Meer daar.", "Jan van der Meer"),
    ("street_address", "Ship to 221B Baker Street, London NW1 6XE today.", "221B Baker Street, London NW1 6XE"),
    ("street_address", "He lives at 1600 Pennsylvania Ave NW, Washington, DC 20500.", "1600 Pennsylvania Ave NW, Washington, DC 20500"),
    ("street_address", "Wohnhaft Hauptstraße 5, 10115 Berlin, seit 2019", "Hauptstraße 5, 10115 Berlin"),
    ("street_address", "domicilié au 12, rue de la Paix, 75002 Paris.", "12, rue de la Paix, 75002 Paris"),
    ("street_address", "vive en Calle Mayor 10, 28013 Madrid.", "Calle Mayor 10, 28013 Madrid"),
    ("street_address", "woont op Damstraat 12, 1012 JM Amsterdam.", "Damstraat 12, 1012 JM Amsterdam"),
    ("date_of_birth", "Patient DOB: 03/14/1985, seen today", "03/14/1985"),
    ("date_of_birth", "geboren am 12. März 1985 in Köln", "12. März 1985"),
    ("date_of_birth", "née le 1er janvier 1990 à Lyon", "1er janvier 1990"),
    ("date_of_birth", "fecha de nacimiento 12 de mayo de 1984.", "12 de mayo de 1984"),
    ("date_of_birth", "geboortedatum 12-05-1984.", "12-05-1984"),
    ("national_id", "BSN: 111222333 graag", "111222333"),
    ("national_id", "NIR 2 55 08 14 168 025 38 sur la carte", "2 55 08 14 168 025 38"),
    ("national_id", "AHV-Nummer 756.1234.5678.97 bitte", "756.1234.5678.97"),
    ("national_id", "Steuer-ID 86095742719 liegt vor", "86095742719"),
    ("national_id", "SIN 513 383 547 on file", "513 383 547"),
    ("national_id", "Aadhaar 2345 6789 0124 linked", "2345 6789 0124"),
    ("passport", "passport number X12345678 expires", "X12345678"),
    ("passport", "Reisepassnummer C01X00T47 liegt vor", "C01X00T47"),
    ("medical_record", "NHS number 943 476 5919 at check-in", "943 476 5919"),
    ("medical_record", "MRN 00482391, ward 4", "00482391"),
    ("phone", "Llámame al 612 34 56 78 mañana", "612 34 56 78"),
    ("phone", "Tel. 030/1234567 bitte", "030/1234567"),
    ("secret", "postgresql://app:S3cr3t!pass@db.internal:5432/app", "S3cr3t!pass"),
    ("secret", "mysql -u root -p'Tr0ub4dor&3' shop", "Tr0ub4dor&3"),
    ("secret", "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + "A1b2C3d4" * 11 + "==;EndpointSuffix=core.windows.net",
     "A1b2C3d4" * 11 + "=="),
    ("secret", "AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
]


@pytest.mark.parametrize("category,text,value", POSITIVES, ids=[f"{c}:{v[:20]}" for c, _, v in POSITIVES])
def test_finds_value_with_exact_span(category: str, text: str, value: str) -> None:
    result = scan(text)
    spans = [(f.category, text[f.start : f.end]) for f in result.findings]
    assert (category, value) in spans, spans
    assert value not in result.redacted
    assert f"[{category.upper()}]" in result.redacted


NEGATIVES = [
    "Order 12345678 shipped on 2024-03-15 at 10:30:45.",
    "Version 2.10.3 fixed 12 bugs; see RFC 3339.",
    "Reference 4111 1111 1111 1112 is not a card.",  # Luhn fails
    "Reference 5478 5003 9077 0310 is not a card.",  # Luhn fails; its 12-digit parts are not cards either
    "Serial 41111111111111111111 is twenty digits.",  # a long compact run is one number
    "Ticket DE88370400440532013000 closed.",  # IBAN checksum fails
    "The form said 666-12-3456 and 000-12-3456 and 912-34-5678.",  # never-issued SSNs
    "Build 999.12.3.4 and 1.2.3 and 10.0.0 shipped.",  # not IPv4
    "Use std::vector and Foo::Bar here at 12:30:45.",  # not IPv6
    "Request id 123e4567-e89b-12d3-a456-426614174000 in commit 9fceb02d0ae598e95dc970b74767f19372d61af8.",
    "The secret: patience. The token: expired. password: ********. api_key = ${API_KEY}",
    "The compass: 12345678 points north.",
    "The master bedroom and the mastermind; a chairwoman spoke.",
    "ISBN 978-3-16-148410-0 and price $1,299.99 on 12/05/2024.",
    "Email me at name at example dot com.",
    "MAC 00:1A:2B:3C:4D:5E is a device, not an IP.",
    "The ratio was 3:2 and the score 45/100 for 1,234 people.",
    "Invoice 4155552671 is due. Call us.",  # a bare 10-digit run with no phone word before it
    # seen in this repository's own docs and model cards:
    'tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/all-MiniLM-L6-v2")',
    "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/loom/sts/token and api_key = os.environ.get",
    "Bind 0.0.0.0, talk to 127.0.0.1 or ::1 and listen on ::.",
    "password = pulumi.Output.secret(spec.password); root_password = random.RandomPassword(f\"{name}-db\")",
    '"password_encryption": "scram-sha-256", "random:index/randomPassword:RandomPassword": _r,',
    'ClusterUserCredentials": _azure_kubeconfig, token_vols, token_mounts = wi.token_volumes(identity.env)',
    "vpc_cidr = 10.40.0.0/16 and abfss://lake@account.dfs.core.windows.net",
    "kesKmsSecret: minio-kes-config; token = __import__(type(component).__module__)",
    'if endIpAddress == "255.255.255.255" or mask == "255.255.255.0" or group == "239.1.2.3":',
    # issue 14: no new false positives
    "Allow 2001:db8:abcd::/48 and fd00::/8 through the firewall.",
    "Tracking number 4111111111111111 is in transit; order 4155552671 shipped.",
    "EAN 4006381333931 and ISBN 978-3-16-148410-0 on the label.",
    "Upgrade to version 10.2.0.1 tonight.",
    "password_hash = sha512_crypt\nhash_algorithm: argon2id\ntoken_alg = HS256",
    "Our Florence office and the Victoria Station depot are closed.",
    "Mercedes-Benz and Morgan Stanley signed with Müller GmbH in Paris.",
    "The delivery date is 12.03.2025 and the meeting is on 1 May 2026.",
    "Hi team, thanks everyone. Regards, Facilities",
    "The 75002 Paris store moved; see our Berlin office.",
    # seen in this repository's own docs and code (an outside-world check of the person rules)
    "Store it in Key Vault; Pod Identity, the Pod Security Standard and No Pulumi CLI here.",
    "The street is Calle Mayor or Am Markt, no number given.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    result = scan(text)
    assert not result.flagged, [(f.category, text[f.start : f.end], f.detector) for f in result.findings]
    assert result.redacted == text


def test_result_contract_and_json_shape() -> None:
    result = scan("mail ada@example.org and call 415-555-2671")
    d = result.to_dict()
    assert set(d) == {"flagged", "findings", "redacted"}
    assert d["flagged"] is True
    assert d["findings"] == [
        {"category": "email", "start": 5, "end": 20},
        {"category": "phone", "start": 30, "end": 42},
    ]
    assert d["redacted"] == "mail [EMAIL] and call [PHONE]"
    json.dumps(d)  # serialisable as is


def test_clean_text_is_returned_unchanged() -> None:
    result = scan("Nothing to see here.")
    assert not result.flagged and result.findings == [] and result.redacted == "Nothing to see here."
    assert scan("").to_dict() == {"flagged": False, "findings": [], "redacted": ""}


def test_overlaps_keep_the_longer_more_specific_span(scanner: Scanner) -> None:
    # The IBAN's last 14 digits pass Luhn (a card candidate) and the key block holds
    # phone-shaped digits: each stretch is reported once, as the longer finding.
    text = f"IBAN GB83 GXXE 3902 9031 1939 01 and\n{PEM}"
    candidates = {f.category for f in scanner.candidates(text)}
    assert {"iban", "payment_card", "secret"} <= candidates
    result = scanner.scan(text)
    assert [(f.category, text[f.start : f.end]) for f in result.findings] == [
        ("iban", "GB83 GXXE 3902 9031 1939 01"),
        ("secret", PEM),
    ]
    assert result.redacted == "IBAN [IBAN] and\n[SECRET]"


def test_offsets_are_code_points_even_when_lower_changes_length() -> None:
    # "İ".lower() is two code points: the keyword pass must fall back without shifting spans.
    text = "İstanbul team: the whitelist and ssn 536901234 and ada@example.org, DB_PASSWORD=abc123!"
    result = scan(text)
    found = {(f.category, text[f.start : f.end]) for f in result.findings}
    assert ("secret", "abc123!") in found
    assert ("biased_language", "whitelist") in found
    assert ("national_id", "536901234") in found
    assert ("email", "ada@example.org") in found


def test_unicode_digits_do_not_form_numbers() -> None:
    assert not scan("٤١١١ ١١١١ ١١١١ ١١١١").flagged


def test_oversized_text_and_wrong_type_are_rejected() -> None:
    small = Scanner(GuardConfig(max_chars=10))
    with pytest.raises(GuardInputError, match="limit is 10"):
        small.scan("x" * 11)
    with pytest.raises(GuardInputError, match="must be a string"):
        small.scan(b"bytes")  # type: ignore[arg-type]


def test_categories_can_be_switched_off() -> None:
    only_email = Scanner(GuardConfig(categories=("email",)))
    result = only_email.scan("ada@example.org 415-555-2671 whitelist")
    assert [f.category for f in result.findings] == ["email"]


def test_unknown_category_is_a_config_error() -> None:
    with pytest.raises(GuardConfigError, match="unknown"):
        GuardConfig(categories=("email", "emails"))


def test_packaged_term_files_are_valid_and_used_by_default() -> None:
    assert load_terms(DEFAULT_DENY_LIST) and load_terms(DEFAULT_LEXICON)
    cfg = default_config()
    assert cfg.categories == CATEGORIES and cfg.deny_list and cfg.lexicon


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_env_overrides_replace_the_term_files(tmp_path: Path) -> None:
    deny = _write(tmp_path / "deny.yaml", "version: 1\nterms:\n  - term: project nightingale\n    reason: codename\n")
    lex = _write(tmp_path / "lex.yaml", "version: 1\nterms:\n  - {term: foobar, suggestion: baz}\n")
    cfg = load_config(env={"LOOM_GUARD_DENY_LIST": str(deny), "LOOM_GUARD_LEXICON": str(lex)})
    result = Scanner(cfg).scan("Project-Nightingale ships; foobars and whitelist")
    assert [(f.category, f.detector) for f in result.findings] == [
        ("policy", "deny:project nightingale"),
        ("biased_language", "lexicon:foobar"),
    ]  # the packaged lexicon (whitelist) is replaced, not merged


def test_config_file_with_inline_terms_and_relative_paths(tmp_path: Path) -> None:
    _write(tmp_path / "lex.yaml", "version: 1\nterms:\n  - {term: foobar}\n")
    cfg_file = _write(
        tmp_path / "guard.yaml",
        "version: 1\ncategories: [policy, biased_language]\nmax_chars: 100\n"
        "deny_list:\n  - pattern: 'ACME-[0-9]{4}'\n    case_sensitive: true\nlexicon: lex.yaml\n",
    )
    cfg = load_config(env={"LOOM_GUARD_CONFIG": str(cfg_file)})
    assert cfg.max_chars == 100 and cfg.categories == ("policy", "biased_language")
    result = Scanner(cfg).scan("ticket ACME-1234 acme-1234 foobar ada@example.org")
    assert [(f.category, f.start, f.end) for f in result.findings] == [("policy", 7, 16), ("biased_language", 27, 33)]


@pytest.mark.parametrize(
    "body,message",
    [
        ("version: 2\nterms: []\n", "version"),
        ("version: 1\nterms:\n  - {reason: no term}\n", "terms[0]"),
        ("version: 1\nterms:\n  - {term: a, pattern: b}\n", "terms[0]"),
        ("version: 1\nterms:\n  - {term: a, colour: red}\n", "colour"),
        ("version: 1\nterms:\n  - {pattern: '(unclosed'}\n", "not a valid regular expression"),
        ("version: 1\nterms: [\n", "not valid YAML"),
    ],
)
def test_invalid_term_files_fail_with_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path / "bad.yaml", body)
    with pytest.raises(GuardConfigError) as exc:
        load_terms(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_invalid_config_file_names_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path / "guard.yaml", "version: 1\ncategories: [email, telepathy]\n")
    with pytest.raises(GuardConfigError, match=r"categories\[1\]"):
        load_config(path)
    with pytest.raises(GuardConfigError, match="file not found"):
        load_config(tmp_path / "missing.yaml")


def test_leading_word_boundary_in_patterns_is_kept() -> None:
    cfg = GuardConfig(deny_list=(Term(pattern=r"\bTOP[ -]SECRET\b", case_sensitive=True),), lexicon=())
    result = Scanner(cfg).scan("TOP SECRET, STOP SECRET, top secret")
    assert [(f.start, f.end) for f in result.findings] == [(0, 10)]


ADVERSARIAL = [
    "eyJ", "eyJa.", "a", "1", "1 ", "1-", "@", "a@", "a@a.", ":", "1:", "1.", "A1", "AB12 ", "+1", "(0", "00",
    "-----BEGIN PRIVATE KEY-----\n", "xoxb-", "password=", "api_key:", "f(password=", "ghp_", "sk-", "AKIA",
    "ssn ", "whitelist ", "master/", "(", "key=a1",
]


@pytest.mark.timeout(120)
def test_no_quadratic_blowup_on_adversarial_text(scanner: Scanner) -> None:
    # Each text is 200,000 characters of one repeated piece. A rule that restarts an O(n) match
    # at every repetition (catastrophic backtracking) takes minutes here and hits the timeout;
    # linear rules take well under a second each. This guards the Triton model against a DoS.
    for piece in ADVERSARIAL:
        text = (piece * (200_000 // len(piece) + 1))[:200_000]
        result = scanner.scan(text)
        assert all(0 <= f.start < f.end <= len(text) for f in result.findings)


def test_trie_regex_matches_the_same_as_a_plain_alternation() -> None:
    import re

    from workloads.guard.lexicon import term_regex, trie_regex

    terms = [Term(term=t, inflect=i) for t, i in [("black list", True), ("blacklist", True), ("blackhat", False),
                                                   ("man-hour", True), ("man-hours", False), ("master/slave", True),
                                                   ("slave", True), ("a b c", False), ("ab", False)]]
    trie = re.compile(rf"(?:{trie_regex(terms)})\Z")
    flat = re.compile("(?:" + "|".join(term_regex(t) for t in terms) + r")\Z")
    probes = ["blacklist", "black list", "black-listing", "blacklisted", "blackhat", "blackhats", "man hours",
              "manhour", "man-hourss", "master/slaves", "slaved", "a b c", "abc", "a-bc", "ab", "abs", "blac", ""]
    for p in probes:
        assert bool(trie.match(p)) == bool(flat.match(p)), p


def test_language_hint_narrows_context_words_and_rejects_unknown() -> None:
    text = "Liebe Anke, bis morgen."
    assert [f.category for f in scan(text).findings] == ["person"]
    assert [f.category for f in scan(text, language="de").findings] == ["person"]
    assert scan(text, language="fr").findings == []  # "Liebe" greets only in German
    with pytest.raises(GuardInputError, match="language 'xx' is unknown"):
        scan(text, language="xx")


def test_language_and_categories_in_a_config_file(tmp_path: Path) -> None:
    cfg = _write(tmp_path / "guard.yaml", "version: 1\ncategories: [person, email]\nlanguage: de\n")
    config = load_config(cfg)
    assert config.language == "de" and config.categories == ("person", "email")
    result = Scanner(config).scan("Liebe Anke, ada@example.org, 415-555-2671")
    assert [f.category for f in result.findings] == ["person", "email"]
    bad = _write(tmp_path / "bad.yaml", "version: 1\nlanguage: klingon\n")
    with pytest.raises(GuardConfigError, match="language"):
        load_config(bad)


PUBLIC_FIGURES = [
    ("Mark Rutte was van 2010 tot 2024 minister-president.", "Mark Rutte"),
    ("„Phantasie ist wichtiger als Wissen.“ – Albert Einstein", "Albert Einstein"),
    ("Microsoft's chief executive Satya Nadella credited Azure.", "Satya Nadella"),
    # listed in data/public_figures.txt: no cue in the text, the list alone
    ("Antoine Griezmann était titulaire au Parc des Princes.", "Antoine Griezmann"),
    ("Harry Potter and the Goblet of Fire, hardback, shelf 4", "Harry Potter"),
]


@pytest.mark.parametrize("text,name", PUBLIC_FIGURES)
def test_public_figures_are_kept_unless_the_config_redacts_them(tmp_path: Path, text: str, name: str) -> None:
    """The default leaves a name the text marks as a public figure's; public_figures: redact
    reports it like any other name."""
    def people(config: GuardConfig) -> list[str]:
        return [text[f.start:f.end] for f in Scanner(config).scan(text).findings if f.category == "person"]

    assert people(GuardConfig()) == []
    cfg = _write(tmp_path / "guard.yaml", "version: 1\npublic_figures: redact\n")
    assert load_config(cfg).public_figures == "redact"
    assert people(load_config(cfg)) == [name]


def test_public_figures_setting_is_validated(tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.yaml", "version: 1\npublic_figures: hide\n")
    with pytest.raises(GuardConfigError, match="public_figures"):
        load_config(bad)
    with pytest.raises(GuardConfigError, match="public_figures 'hide' is unknown; allowed: keep, redact"):
        GuardConfig(public_figures="hide")


def test_people_categories_switch_off_without_the_gazetteer() -> None:
    only_structured = Scanner(GuardConfig(categories=("email", "phone")))
    assert only_structured._people == {}
    assert [f.category for f in only_structured.scan("Hi Margaret, ada@example.org").findings] == ["email"]
