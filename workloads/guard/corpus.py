"""A labeled corpus for measuring the guard: Faker-generated text with PII, secrets, policy
and biased terms embedded at known spans, plus clean texts full of look-alikes (Luhn-invalid
digit runs, broken IBANs, never-issued SSNs, versions, times, UUIDs, commit hashes, "secret: ...").

Seeded: the same (n, seed) gives the same corpus on every machine. Used by tests/guard and
bench/guard.py. Needs Faker (the `test` extra); nothing at run time imports this module.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
from dataclasses import dataclass, field
from typing import Callable

from workloads.guard.config import DEFAULT_DENY_LIST, DEFAULT_LEXICON, load_terms
from workloads.guard.checksums import IBAN_LENGTHS, luhn_valid, uk_nino_valid

Label = tuple[str, int, int]  # (category, start, end)


@dataclass
class Sample:
    text: str
    labels: list[Label] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.labels


class _Builder:
    """Appends text pieces and records the span of each labeled value."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.labels: list[Label] = []

    def add(self, s: str, category: str | None = None) -> None:
        if category is not None:
            self.labels.append((category, self.pos, self.pos + len(s)))
        self.parts.append(s)
        self.pos += len(s)

    def sample(self) -> Sample:
        return Sample("".join(self.parts), self.labels)


class CorpusGenerator:
    """Generates samples; each labeled value comes with a template sentence around it."""

    PHONE_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "en_CA")
    IBAN_LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "de_AT", "pl_PL", "fi_FI")

    def __init__(self, seed: int = 1234) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        locales = sorted(set(self.PHONE_LOCALES) | set(self.IBAN_LOCALES) | {"es_ES"})
        self.fakers = {loc: Faker(loc) for loc in locales}
        for i, loc in enumerate(locales):
            self.fakers[loc].seed_instance(seed + i)
        self.fake = self.fakers["en_US"]
        self.deny_terms = [t for t in load_terms(DEFAULT_DENY_LIST) if t.term]
        self.lexicon_terms = [t for t in load_terms(DEFAULT_LEXICON) if t.term]
        # Faker's English lorem list holds words such as "crazy" and "master"; a clean filler
        # sentence must hold no term the lists flag, so such words leave the filler vocabulary.
        from faker.providers.lorem.en_US import Provider as Lorem

        from workloads.guard.lexicon import TermMatcher

        lists = TermMatcher(tuple(self.deny_terms + self.lexicon_terms), "x")
        self.words = [w for w in Lorem.word_list if not any(lists.find(w)) and w.lower() != "master"]
        self.inserters: dict[str, Callable[[], tuple[str, str, str]]] = {
            "email": self._email,
            "phone": self._phone,
            "payment_card": self._card,
            "iban": self._iban,
            "national_id": self._national_id,
            "ip_address": self._ip,
            "secret": self._secret,
            "policy": self._policy,
            "biased_language": self._biased,
        }

    # ------------------------------------------------------------ filler (clean text)
    def sentence(self) -> str:
        n = self.rng.randint(6, 16)
        words = [self.rng.choice(self.words) for _ in range(n)]
        return " ".join(words).capitalize() + "."

    def benign(self) -> str:
        """Realistic clean sentences, many with numbers that look like, but are not, PII."""
        f, r = self.fake, self.rng
        choices = [
            lambda: self.sentence(),
            lambda: self.sentence(),
            lambda: f"{f.name()} from {f.company()} joined the {f.job().lower()} team.",
            lambda: f"Ship it to {f.street_address()}, {f.city()}.",
            lambda: f"Order {r.randint(10000, 99999999)} shipped on {self._date()} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}.",
            lambda: f"Version {r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)} fixed {r.randint(2, 40)} bugs.",
            lambda: f"The total was ${r.randint(1, 9999)}.{r.randint(0, 99):02d} for {r.randint(1, 12)} seats.",
            lambda: f"The meeting starts at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} UTC.",
            lambda: f"Request id {f.uuid4()} finished in {r.randint(1, 900)} ms.",
            lambda: f"Fixed in commit {f.sha1()}.",
            lambda: f"ISBN 978-{r.randint(0, 9)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}.",
            lambda: f"Reference {self._invalid_luhn()} is not a card.",
            lambda: f"Ticket {self._invalid_iban()} was closed.",
            lambda: f"The form said {self._invalid_ssn()}, which was never issued.",
            lambda: f"Build {r.randint(256, 999)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(0, 255)} is out of range.",
            lambda: f"The secret: {self.rng.choice(['patience', 'practice', 'good sleep'])}.",
            lambda: f"The token: {self.rng.choice(['expired', 'revoked', 'missing'])}.",
            lambda: "password: ********",
            lambda: "api_key = ${API_KEY}",
            lambda: f"Population {r.randint(1000, 99999)} in {r.randint(1900, 2030)}; area {r.randint(10, 999)} km2.",
            lambda: f"Call the front desk on extension {r.randint(100, 999)}.",
            lambda: f"The ratio was {r.randint(1, 9)}:{r.randint(1, 9)} and the score {r.randint(0, 100)}/100.",
            lambda: f"Use std::vector and {f.word()}::{f.word()} here.",
            lambda: f"Dated {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1990, 2030)} in {f.country()}.",
            # Realistic look-alikes the guard is known to flag sometimes (kept to measure it
            # honestly): a bare 10-digit invoice number is a valid NANP phone number ~64% of
            # the time; a 16-digit tracking number passes the issuer digit and Luhn ~5%.
            lambda: f"Invoice {r.randint(10**9, 10**10 - 1)} is due.",
            lambda: f"Tracking number {r.randint(10**15, 10**16 - 1)} is in transit.",
        ]
        return r.choice(choices)()

    def _date(self) -> str:
        # not Faker's date(): its range ends "now", so the corpus would change from run to run
        return f"{self.rng.randint(1990, 2030)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def _invalid_luhn(self) -> str:
        while True:
            digits = str(self.rng.choice([4, 5])) + "".join(self.rng.choice(string.digits) for _ in range(15))
            if not luhn_valid(digits):
                return " ".join(digits[i : i + 4] for i in range(0, 16, 4))

    def _invalid_iban(self) -> str:
        iban = self.fakers["de_DE"].iban()
        check = int(iban[2:4])
        return iban[:2] + f"{(check + 1) % 100:02d}" + iban[4:]

    def _invalid_ssn(self) -> str:
        r = self.rng
        area = r.choice(["000", "666", str(r.randint(900, 999))])
        return f"{area}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"

    # ------------------------------------------------------------ labeled values
    def _email(self) -> tuple[str, str, str]:
        v = self.rng.choice([self.fake.email, self.fake.free_email, self.fake.company_email, self.fakers["de_DE"].email])()
        return self.rng.choice([("Contact ", v, " for details."), ("Send it to ", v, "."), ("Mail: ", v, " (work)")])

    def _phone(self) -> tuple[str, str, str]:
        loc = self.rng.choice(self.PHONE_LOCALES)
        v = self.fakers[loc].phone_number()
        # The last template has no phone word: bare digit runs there are (by design) missed.
        return self.rng.choice(
            [("Call me at ", v, " tomorrow."), ("Phone: ", v, "."), ("Reach ", v, " after 5pm."), ("Details: ", v, "."),
             ("Phone ", v, f" {self.rng.randint(7, 10)}am-{self.rng.randint(4, 7)}pm.")]
        )

    def _card(self) -> tuple[str, str, str]:
        digits = self.fake.credit_card_number()
        style = self.rng.random()
        if style < 0.3 and len(digits) == 16:
            v = " ".join(digits[i : i + 4] for i in range(0, 16, 4))
        elif style < 0.5 and len(digits) == 16:
            v = "-".join(digits[i : i + 4] for i in range(0, 16, 4))
        else:
            v = digits
        return self.rng.choice(
            [("Card number ", v, " expires soon."), ("Charge ", v, " please."), ("Pay with ", v, "."),
             ("Card ", v, f" {self.rng.randint(1, 12):02d}/{self.rng.randint(25, 35)} CVV {self.rng.randint(100, 999)}.")]
        )

    def _iban(self) -> tuple[str, str, str]:
        v = self.fakers[self.rng.choice(self.IBAN_LOCALES)].iban()
        assert len(v) == IBAN_LENGTHS[v[:2]], v
        if self.rng.random() < 0.4:
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return self.rng.choice([("Transfer to ", v, " today."), ("IBAN: ", v, "."), ("Account ", v, " (savings)")])

    def _nino(self) -> str:
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            v = self.rng.choice(first) + self.rng.choice(second) + "".join(self.rng.choice(string.digits) for _ in range(6)) + self.rng.choice("ABCD")
            if uk_nino_valid(v):
                return v if self.rng.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"

    def _national_id(self) -> tuple[str, str, str]:
        kind = self.rng.random()
        if kind < 0.6:
            v = self.fake.ssn()
            if self.rng.random() < 0.2:
                v = v.replace("-", " ")
            return self.rng.choice([("My SSN is ", v, "."), ("Social security number ", v, " on file."), ("ID ", v, " verified.")])
        if kind < 0.8:
            return ("National Insurance number ", self._nino(), " on the payslip.")
        es = self.fakers["es_ES"]
        v = es.nif() if self.rng.random() < 0.5 else es.nie()
        return ("DNI ", v, " en el formulario.")

    def _ip(self) -> tuple[str, str, str]:
        f = self.fake
        while True:  # loopback, unspecified, multicast, reserved addresses identify no host: not labeled
            v = self.rng.choice([f.ipv4, f.ipv4_private, f.ipv4_public, f.ipv6])()
            ip = ipaddress.ip_address(v)
            if not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or (ip.version == 4 and ip.is_reserved)):
                break
        return self.rng.choice([("Login from ", v, " was blocked."), ("Server ", v, " is down."), ("Client IP: ", v, ".")])

    def _rand(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _secret(self) -> tuple[str, str, str]:
        alnum = string.ascii_letters + string.digits
        r = self.rng
        kind = r.randrange(10)
        if kind == 0:
            return ("aws_access_key_id ", "AKIA" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), " was leaked.")
        if kind == 1:
            return ("Use token ", r.choice(["ghp_", "gho_", "ghs_"]) + self._rand(alnum, 36), " for the API.")
        if kind == 2:
            v = f"xoxb-{self._rand(string.digits, 11)}-{self._rand(string.digits, 12)}-{self._rand(alnum, 24)}"
            return ("Slack bot token ", v, " in the log.")
        if kind == 3:
            return ("Stripe key ", r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self._rand(alnum, 24), " in the config.")
        if kind == 4:
            header = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).rstrip(b"=").decode()
            payload = base64.urlsafe_b64encode(json.dumps({"sub": self.fake.user_name(), "iat": r.randint(10**9, 2 * 10**9)}).encode()).rstrip(b"=").decode()
            sig = self._rand(alnum + "-_", 43)
            return ("Authorization: Bearer ", f"{header}.{payload}.{sig}", "")
        if kind == 5:
            body = "\n".join(self._rand(alnum + "+/", 64) for _ in range(r.randint(2, 5)))
            kt = r.choice(["RSA ", "EC ", "OPENSSH ", ""])
            return ("Key:\n", f"-----BEGIN {kt}PRIVATE KEY-----\n{body}\n-----END {kt}PRIVATE KEY-----", "\n")
        if kind == 6:
            return ("api_key = \"", self._rand(alnum, 32), "\"")
        if kind == 7:
            return ("DB_PASSWORD=", self.fake.password(length=r.randint(10, 16)), " in .env")
        if kind == 8:
            return ("Google key ", "AIza" + self._rand(alnum + "-_", 35), " restricted.")
        return ("client_secret: ", self._rand(alnum, 40), "")

    def _vary(self, term: str) -> str:
        r = self.rng.random()
        if r < 0.2:
            return term.upper()
        if r < 0.4:
            return term.capitalize()
        return term

    def _policy(self) -> tuple[str, str, str]:
        v = self._vary(self.rng.choice(self.deny_terms).term or "")
        return self.rng.choice([("This memo is ", v, "."), ("Note: ", v, " - thanks."), ("Marked ", v, " by legal.")])

    def _biased(self) -> tuple[str, str, str]:
        v = self._vary(self.rng.choice(self.lexicon_terms).term or "")
        return self.rng.choice([("We should ", v, " that first."), ("The ", v, " came up in review."), ("Honestly, ", v, " again.")])

    # ------------------------------------------------------------ samples
    def sample(self, clean: bool) -> Sample:
        b = _Builder()
        n_filler = self.rng.randint(1, 4)
        n_items = 0 if clean else self.rng.randint(1, 3)
        slots = ["f"] * n_filler + ["i"] * n_items
        self.rng.shuffle(slots)
        for i, slot in enumerate(slots):
            if i:
                b.add(" ")
            if slot == "f":
                b.add(self.benign())
            else:
                category = self.rng.choice(list(self.inserters))
                before, value, after = self.inserters[category]()
                b.add(before)
                b.add(value, category)
                b.add(after)
        return b.sample()

    def corpus(self, n: int, clean_fraction: float = 0.4) -> list[Sample]:
        return [self.sample(clean=self.rng.random() < clean_fraction) for _ in range(n)]


def generate(n: int = 2000, seed: int = 1234, clean_fraction: float = 0.4) -> list[Sample]:
    """`n` samples, about `clean_fraction` of them clean (no labeled value)."""
    return CorpusGenerator(seed).corpus(n, clean_fraction)


@dataclass
class Score:
    """Counts for one category. A prediction is a true positive when category, start and end
    all equal a label's (strict) or when it overlaps a label of the same category (overlap)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(
    samples: list[Sample], predictions: list[list[Label]], *, strict: bool = True
) -> tuple[dict[str, Score], float]:
    """Per-category scores, and the share of clean samples with at least one prediction."""
    scores: dict[str, Score] = {}
    clean = clean_flagged = 0
    for sample, predicted in zip(samples, predictions, strict=True):
        if sample.clean:
            clean += 1
            clean_flagged += bool(predicted)
        matched: set[int] = set()
        for cat, start, end in predicted:
            s = scores.setdefault(cat, Score())
            hit = next(
                (
                    i
                    for i, (lc, ls, le) in enumerate(sample.labels)
                    if i not in matched and lc == cat and ((ls, le) == (start, end) if strict else ls < end and start < le)
                ),
                None,
            )
            if hit is None:
                s.fp += 1
            else:
                matched.add(hit)
                s.tp += 1
        for i, (cat, _, _) in enumerate(sample.labels):
            if i not in matched:
                scores.setdefault(cat, Score()).fn += 1
    return scores, (clean_flagged / clean if clean else 0.0)


def markdown_table(n: int = 1500, seed: int = 20261125) -> str:
    """The per-category precision/recall table of docs/guard.md (strict span matching)."""
    from workloads.guard import CATEGORIES, Scanner

    samples = generate(n, seed=seed)
    scanner = Scanner()
    predictions = [[(f.category, f.start, f.end) for f in scanner.scan(s.text).findings] for s in samples]
    scores, clean_flagged = score(samples, predictions)
    rows = ["| category | labeled | precision | recall | FP | FN |", "|---|---:|---:|---:|---:|---:|"]
    for c in CATEGORIES:
        s = scores.get(c, Score())
        rows.append(f"| {c} | {s.tp + s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.fp} | {s.fn} |")
    clean = sum(x.clean for x in samples)
    rows.append("")
    rows.append(f"{n} samples (seed {seed}), {clean} clean; clean samples with any finding: {clean_flagged:.1%}.")
    return "\n".join(rows)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print the guard's precision/recall table on the Faker corpus.")
    parser.add_argument("--samples", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=20261125)
    a = parser.parse_args()
    print(markdown_table(a.samples, a.seed))
