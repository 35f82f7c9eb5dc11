"""A labeled corpus for measuring the guard: realistic texts (assistant outputs, tickets, emails,
HR notes, medical reminders, invoices, logs, config snippets) in English, German, French,
Spanish and Dutch, from the templates in corpus_templates.py, with values from Faker's locales
and real check digits (python-stdnum computes or checks every national identifier), embedded at
known spans. Clean texts look dangerous (companies, cities named like people, order, tracking
and invoice numbers, EAN/ISBN codes, versions, CIDR ranges, hash algorithm settings, broken
IBANs and card numbers) and hold no personal data.

Fifty-two splits, one per template bank (corpus_templates.py), each with its own seed: `dev` (the
DEV templates, seed 20261125, what the detectors were developed against), `heldout` (77), `fresh`
(1202) and `unseen` (3141), written by the person who tuned the rules; `blind` (2718), `sealed`
(5077), `audit` (6113), `verify` (7321), `exam` (8419), `final` (9103), `last` (9901), `probe`
(10477), `witness` (11213), `verdict` (12007), `oracle` (13331), `zenith` (14411), `quarry`
(16661), `harbor` (17713) and `lantern` (18839), each written blind by another engineer, measured
once, then tuned on; `meadow` (19121), `summit` (20231), `orchard` (21313), `beacon` (22409),
`canyon` (23417), `prairie` (24421), `glacier` (25523), `tundra` (26627), `estuary` (27733),
`savanna` (28843), `fjord` (29947), `mesa` (31051), `lagoon` (32159), `steppe` (33263), `delta`
(34367), `atoll` (35401), `cirque` (36469), `bayou` (37573), `tarn` (38677), `moraine` (39779),
`dune` (40883), `gorge` (41987), `karst` (43091), `scree` (44195), `butte` (45299), `caldera`
(46403), `cenote` (47507), `drumlin` (48611), `esker` (49715), `geyser` (50819), `hoodoo` (51923),
`isthmus` (53027), `kettle` (54131), `loess` (55237), `pingo` (56341), `tombolo` (57443), `sastrugi`
(59651), `kame` (60757), `yardang` (61861), `moulin` (62971), `serac` (64081), `bergschrund` (65191),
`firn` (66301), `polynya` (67411), `ogive` (68521), `cornice` (69631), `penitente` (70741), `randkluft` (71851),
`talus` (72961), `arete` (74071), `crevasse` (75181), `couloir` (76291), `graupel` (77401), `neve` (78511),
`sandur` (79621), `tafoni` (80731), `kolk` (81841), `nivation` (82951), `tephra` (84061), `lahar` (85171), `maar`
(87391), `skerry` (88401), `ventifact` (89511), `pahoehoe` (91731), `kipuka` (93951), `playa` (95061), `tuya` (96171),
`sabkha` (97281), `karren` (98311), `fulgurite` (99421), `guyot` (101641), `lapilli` (100531), `sinter` (102751), `solfatara` (103861), `horst` (104971), `varve` (106081), `cuesta` (107191), `mogote` (109411), `bornhardt` (110521), `tepui` (111631), `kopje` (113851),
`flatiron` (114961), `bajada` (116071), `flysch` (117181), `monadnock` (118291), `roche` (121621), `gnamma` (123841),
`coulee` (127171), `barchan` (128281), `polje` (133831), `sarsen` (134941), `hamada` (137161), `bolson` (138271) and
`malpais` (139381), written the same way, measured once or twice, then tuned on; `keystone`
(15511), `nunatak` (58549), `fumarole` (86281), `inselberg` (90621), `hummock` (92841), `tor` (108301), `hogback` (112741),
`pediment` (119401), `nubbin` (120511), `klippe` (122731), `zeugen` (124951), `lunette` (126061), `dolina` (129391),
`tinaja` (130501), `grike` (131611), `uvala` (132721), `tsingy` (136051), `machair` (140491) and `inlier` (141601), each
written by a different engineer who never saw the detection rules, committed alone before any detector
ran on it and never tuned on: the honest test sets.
Public figures named in a template are marked `{public:Name}` and scored neither way (Sample).
docs/guard.md tells each bank's history and first-contact figures.

Seeded: the same (n, seed, split) gives the same corpus on every machine. Used by tests/guard
and bench/guard.py. Needs Faker (the `test` extra); nothing at run time imports this module.
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import random
import re
import string
from dataclasses import dataclass, field
from typing import Callable

from workloads.guard.config import DEFAULT_DENY_LIST, DEFAULT_LEXICON, load_terms
from workloads.guard.checksums import IBAN_LENGTHS, luhn_valid, uk_nino_valid
from workloads.guard.corpus_templates import LANGUAGES

Label = tuple[str, int, int]  # (category, start, end)


@dataclass
class Sample:
    """One text, its labeled personal values and the public figures it names (`public`: spans
    written `{public:Name}` in the template). A public figure's name is personal data too (GDPR
    Art. 4(1) knows no exception), but whether the guard reports it is a deployment's choice
    (GuardConfig.public_figures, "keep" by default): so scoring counts a finding there neither
    as found nor as false, and a row whose only findings are on public figures is still clean."""

    text: str
    labels: list[Label] = field(default_factory=list)
    language: str = "en"
    template: str = ""
    public: list[tuple[int, int]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.labels

    def scored(self, predicted: list[Label]) -> list[Label]:
        """The predictions that count: person findings on a public figure's name are left out."""
        if not self.public:
            return list(predicted)
        return [p for p in predicted
                if not (p[0] == "person" and any(s < p[2] and p[1] < e for s, e in self.public))]


class _Builder:
    """Appends text pieces and records the span of each labeled value."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.labels: list[Label] = []
        self.public: list[tuple[int, int]] = []

    def add(self, s: str, category: str | None = None, public: bool = False) -> None:
        if category is not None:
            self.labels.append((category, self.pos, self.pos + len(s)))
        if public:
            self.public.append((self.pos, self.pos + len(s)))
        self.parts.append(s)
        self.pos += len(s)

    def sample(self, language: str = "en", template: str = "") -> Sample:
        return Sample("".join(self.parts), self.labels, language, template, self.public)


LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en_IE", "en_CA", "en_AU"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr_CH"),
    "es": ("es_ES",),
    "nl": ("nl_NL", "nl_BE"),
}
ADDRESS_LOCALES = {"en": ("en_US", "en_GB", "en_CA", "en_AU"), "de": ("de_DE", "de_AT", "de_CH"),
                   "fr": ("fr_FR", "fr_CH"), "es": ("es_ES",), "nl": ("nl_NL", "nl_BE")}
IBAN_LOCALES = {"en": ("en_GB", "en_IE"), "de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR",),
                "es": ("es_ES",), "nl": ("nl_NL", "nl_BE")}
PHONE_LOCALES = {"en": ("en_US", "en_GB", "en_CA", "en_AU"), "de": ("de_DE", "de_AT", "de_CH"),
                 "fr": ("fr_FR", "fr_CH"), "es": ("es_ES",), "nl": ("nl_NL", "nl_BE")}
TITLES = {
    "en": ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof."),
    "de": ("Herr", "Frau", "Dr.", "Herr Dr.", "Frau Dr."),
    "fr": ("M.", "Mme", "Mme.", "Madame", "Monsieur", "Dr"),
    "es": ("Sr.", "Sra.", "Srta.", "Don", "Doña", "Dr."),
    "nl": ("Dhr.", "Mevr.", "Mw.", "meneer", "mevrouw", "de heer", "Dr."),
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
NATIONAL_IDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    # (names the text may use, generator)
    "en": ((("SSN", "social security number", "Social Security No."), "us_ssn"),
           (("National Insurance number", "NI number", "NINO"), "uk_nino"),
           (("SIN", "social insurance number"), "ca_sin"),
           (("TFN", "tax file number"), "au_tfn"),
           (("PPSN", "PPS number"), "ie_pps"),
           (("Aadhaar", "Aadhaar number"), "in_aadhaar")),
    "de": ((("Steuer-ID", "Steueridentifikationsnummer", "IdNr"), "de_idnr"),
           (("Sozialversicherungsnummer", "SV-Nummer", "VSNR"), "at_vnr"),
           (("AHV-Nummer", "AHV-Nr.", "AHV"), "ch_ahv")),
    "fr": ((("numéro de sécurité sociale", "NIR", "n° de sécu"), "fr_nir"),
           (("numéro de registre national", "NISS", "numéro national"), "be_nn"),
           (("numéro AVS", "AVS"), "ch_ahv")),
    "es": ((("DNI", "NIF"), "es_dni"), (("NIE",), "es_nie")),
    "nl": ((("BSN", "burgerservicenummer", "sofinummer"), "nl_bsn"),
           (("rijksregisternummer", "INSZ"), "be_nn")),
}
ID_SLOTS = {"ssn": "us_ssn", "nino": "uk_nino", "sin": "ca_sin", "tfn": "au_tfn", "ppsn": "ie_pps",
            "aadhaar": "in_aadhaar", "steuer_id": "de_idnr", "svnr": "at_vnr", "ahv": "ch_ahv", "nir": "fr_nir",
            "nn_be": "be_nn", "dni": "es_dni", "nie": "es_nie", "bsn": "nl_bsn"}
"""The bare identifier slots ({ssn}, {steuer_id}, ...) and the generator of each: the value only,
labeled national_id; the template writes its own label."""
ROLE_MAILBOXES: dict[str, tuple[str, ...]] = {
    "en": ("billing", "support", "info", "accounts", "hr", "privacy", "helpdesk", "office", "sales", "careers"),
    "de": ("rechnung", "buchhaltung", "kundenservice", "info", "personal", "datenschutz", "kontakt", "support"),
    "fr": ("facturation", "comptabilite", "contact", "support", "rh", "service-client", "info", "dpo"),
    "es": ("facturacion", "contabilidad", "soporte", "info", "rrhh", "atencion.cliente", "contacto", "privacidad"),
    "nl": ("factuur", "facturen", "administratie", "klantenservice", "info", "hr", "privacy", "support"),
}
"""Role mailboxes for `{role_email}`: a department, never a person."""
ROLE_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("example.com", "example.org", "example.net", "acme.example"),
    "de": ("example.de", "musterfirma.example", "beispiel-gmbh.example"),
    "fr": ("example.fr", "entreprise.example", "societe-exemple.example"),
    "es": ("example.es", "empresa.example", "ejemplo-sl.example"),
    "nl": ("example.nl", "bedrijf.example", "voorbeeld-bv.example"),
}
"""Organisation domains for `{role_email}`: RFC 2606 names (example.com/.org/.net, the .example
top-level domain) and obviously fictitious per-language ones (example.de, ...); other languages
draw from the English ones too."""
NAME_CITIES = ("Florence", "Victoria", "Charlotte", "Austin", "Adelaide", "Regina", "Eugene", "Jackson",
               "Lincoln", "Paris", "Santiago", "Sydney", "Chelsea", "Orlando", "Madison", "Dallas", "Helena",
               "Camden", "Elizabeth", "Valencia", "Lourdes", "Denver", "Savannah", "Beatrix")
BRANDS = ("Mercedes-Benz", "Ford", "Porsche", "Tesla", "Dell", "Chanel", "Siemens", "Philips", "Heineken",
          "Nestlé", "Zara", "Renault", "Peugeot", "Citroën", "Ferrari", "Bosch", "Miele", "Hugo Boss",
          "Calvin Klein", "Louis Vuitton", "Morgan Stanley", "Johnson & Johnson", "Marks & Spencer")
PRODUCTS = ("ThinkPad X1 Carbon", "Galaxy S24", "Model Y", "Surface Pro 9", "PowerEdge R760", "Kubernetes Gold",
            "Office 365 E5", "Jira Cloud", "AirPods Pro", "Raspberry Pi 5")
HASH_ALGOS = ("sha256", "sha512", "bcrypt", "argon2id", "pbkdf2_sha256", "scram-sha-256", "sha512_crypt",
              "md5", "SHA-256", "HS256", "RS256", "blake2b", "sha1")
CLEAN_CITIES = {"en": ("London", "Manchester", "Dublin", "Boston", "Toronto", "Leeds", "Seattle"),
                "fr": ("Lyon", "Marseille", "Lille", "Bordeaux", "Nantes", "Genève", "Bruxelles")}


def _ean13(rng: random.Random, prefix: str = "") -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


class CorpusGenerator:
    """Fills the templates of one bank (`dev`, `heldout`, `fresh`, `unseen`, `blind`, `sealed`,
    `audit`, `verify`, `exam`, `final`, `last`, `probe`, `witness`, `verdict`, `oracle`, `zenith`,
    `keystone`, `quarry`, `harbor`, `lantern`, `meadow`, `summit`, `orchard`, `beacon`, `canyon`,
    `prairie`, `glacier`, `tundra`, `estuary`, `savanna`, `fjord`, `mesa`, `lagoon`, `steppe`, `delta`,
    `atoll`, `cirque`, `bayou`, `tarn`, `moraine`, `dune`, `gorge`, `karst`, `scree`, `butte`,
    `caldera`, `cenote`, `drumlin`, `esker`, `geyser`, `hoodoo`, `isthmus`, `kettle`, `loess`, `pingo`, `tombolo`, `nunatak`, `sastrugi`, `kame`,
    `yardang`, `moulin`, `serac`, `bergschrund`, `firn`, `polynya`, `ogive`, `cornice`, `penitente`, `randkluft`,
    `talus`, `arete`, `crevasse`, `couloir`, `graupel`, `neve`, `sandur`, `tafoni`, `kolk`, `nivation`, `tephra`,
    `lahar`, `fumarole`, `maar`, `skerry`, `ventifact`, `inselberg`, `pahoehoe`, `hummock`, `kipuka`, `playa`, `tuya`, `sabkha`, `karren`, `fulgurite`,
    `guyot`, `lapilli`, `sinter`, `solfatara`, `horst`, `varve`, `cuesta`, `tor`, `mogote`, `bornhardt`, `tepui`, `hogback`, `kopje`, `flatiron`, `bajada`, `flysch`,
    `monadnock`, `pediment`, `nubbin`, `roche`, `klippe`, `gnamma`, `zeugen`, `lunette`, `coulee`, `barchan`,
    `dolina`, `tinaja`, `grike`, `uvala`, `polje`, `sarsen`, `tsingy`, `hamada`, `bolson`, `malpais`, `machair` or `inlier`)
    with Faker values; each labeled value is recorded with its exact span."""

    def __init__(self, seed: int = 1234, split: str = "dev") -> None:
        from faker import Faker

        from workloads.guard.corpus_templates import BANKS

        if split not in BANKS:
            raise ValueError(f"split {split!r} is unknown; allowed: {', '.join(BANKS)}")
        self.bank = BANKS[split]
        self.rng = random.Random(f"{split}:{seed}")
        # How a look-alike is written (separators, clock forms) and which role mailbox is drawn
        # come from a stream of their own, so that the main stream, and with it every template
        # choice and every labeled value, is what it was before these forms existed.
        self.form_rng = random.Random(f"{split}:{seed}:form")
        locales = sorted({loc for group in (LOCALES, ADDRESS_LOCALES, IBAN_LOCALES, PHONE_LOCALES)
                          for locs in group.values() for loc in locs} | {"en_IN", "es_ES"})
        self.fakers = {loc: Faker(loc) for loc in locales}
        for i, loc in enumerate(locales):
            self.fakers[loc].seed_instance(f"{split}:{seed}:{i}")
        self.fake = self.fakers["en_US"]
        self.deny_terms = [t for t in load_terms(DEFAULT_DENY_LIST) if t.term]
        self.lexicon_terms = [t for t in load_terms(DEFAULT_LEXICON) if t.term]
        self.slots: dict[str, Callable[[str], list[tuple[str, str | None]]]] = {
            "person": self._person, "first": self._first, "title_name": self._title_name,
            "address": self._address, "address_line": self._address_line, "dob": self._dob,
            "child_dob": self._child_dob, "nid": self._nid, "passport": self._passport,
            "mrn": self._mrn, "nhs": self._nhs, "phone": self._phone, "email": self._email, "card": self._card,
            "iban": self._iban, "ip": self._ip, "secret": self._secret, "policy": self._policy,
            "biased": self._biased,
            # a role mailbox is still an e-mail address (the guard reports every address, by
            # design): labeled; drawn from the form stream, so it draws nothing from the main one
            "role_email": self._role_email,
            # look-alikes: never labeled
            "company": lambda lang: [(self._faker(lang).company(), None)],
            "city": lambda lang: [(self._city(lang), None)],
            "namecity": lambda lang: [(self.rng.choice(NAME_CITIES), None)],
            "brand": lambda lang: [(self.rng.choice(BRANDS), None)],
            "product": lambda lang: [(self.rng.choice(PRODUCTS), None)],
            "hashalgo": lambda lang: [(self.rng.choice(HASH_ALGOS), None)],
            "order": lambda lang: [(str(self.rng.randint(10**5, 10**10)), None)],
            "tracking": lambda lang: [(self._tracking(), None)],
            "invoice": lambda lang: [(self._invoice(), None)],
            "ean": lambda lang: [(_ean13(self.rng), None)],
            "isbn": lambda lang: [(self._isbn(), None)],
            "version": lambda lang: [(f"{self.rng.randint(0, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 99)}", None)],
            "date": lambda lang: [(self._date_text(lang, 2020, 2030), None)],
            "time": lambda lang: [(self._time(lang), None)],
            "amount": lambda lang: [(self._amount(lang), None)],
            "cidr4": lambda lang: [(f"10.{self.rng.randint(0, 255)}.0.0/{self.rng.choice([16, 20, 24])}", None)],
            "cidr6": lambda lang: [(self._cidr6(), None)],
            "uuid": lambda lang: [(self.fake.uuid4(), None)],
            "sha": lambda lang: [(self.fake.sha1(), None)],
            "ticket": lambda lang: [(f"{self.rng.choice(['OPS', 'JIRA', 'SEC', 'HR'])}-{self.rng.randint(1, 9999)}", None)],
            "port": lambda lang: [(str(self.rng.choice([443, 5432, 8080, 8443, 6379, 9092])), None)],
            "badref": lambda lang: [(self.rng.choice([self._invalid_luhn, self._invalid_iban, self._invalid_ssn])(), None)],
        }
        # one slot per identifier kind, the bare value without the name `{nid}` brings, for
        # templates that write their own label ("Steuer-ID: {steuer_id}"): labeled national_id
        for slot, kind in ID_SLOTS.items():
            self.slots[slot] = self._bare_id(kind)

    # ------------------------------------------------------------ helpers
    def _faker(self, lang: str, group: dict[str, tuple[str, ...]] = LOCALES):
        return self.fakers[self.rng.choice(group[lang])]

    def _city(self, lang: str) -> str:
        if lang in CLEAN_CITIES:
            return self.rng.choice(CLEAN_CITIES[lang])
        return self._faker(lang).city()

    def _name_part(self, value: str) -> bool:
        return len(value) > 1 and not value.isupper()

    def _given(self, lang: str, f=None) -> str:
        f = f or self._faker(lang)
        while True:
            v = f.first_name()
            if self._name_part(v):
                return v

    def _family(self, lang: str, f=None) -> str:
        f = f or self._faker(lang)
        while True:
            v = f.last_name()
            if self._name_part(v):
                return v

    def _date_text(self, lang: str, y0: int, y1: int) -> str:
        r = self.rng
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
        month = MONTHS[lang][m - 1]
        forms = {
            "en": [f"{d} {month} {y}", f"{month} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"],
            "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{y}-{m:02d}-{d:02d}"],
            "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}"],
            "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d:02d}-{m:02d}-{y}"],
            "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}"],
        }[lang]
        return r.choice(forms)

    def _tracking(self) -> str:
        r = self.rng
        return r.choice([
            lambda: str(r.randint(10**15, 10**16 - 1)),
            lambda: "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
            lambda: "JJD" + "".join(r.choice(string.digits) for _ in range(18)),
            lambda: f"{r.choice(['RR', 'CP', 'LX'])}{r.randint(10**8, 10**9 - 1)}{r.choice(['DE', 'NL', 'ES', 'FR'])}",
        ])()

    def _invoice(self) -> str:
        r = self.rng
        return r.choice([f"INV-{r.randint(2020, 2030)}-{r.randint(1, 99999):05d}", str(r.randint(10**9, 10**10 - 1)),
                         f"{r.randint(2020, 2030)}/{r.randint(1, 9999):04d}", f"RE{r.randint(10**6, 10**7 - 1)}"])

    def _isbn(self) -> str:
        v = _ean13(self.rng, "978")
        return f"{v[:3]}-{v[3]}-{v[4:7]}-{v[7:12]}-{v[12]}" if self.rng.random() < 0.5 else v

    def _cidr6(self) -> str:
        r = self.rng
        return r.choice([f"2001:db8:{r.randint(0, 65535):x}::/48", f"fd{r.randint(0, 255):02x}:{r.randint(0, 65535):x}::/64",
                         "fe80::/10", f"2a0{r.randint(0, 9)}:{r.randint(4096, 65535):x}::/32"])

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

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # ------------------------------------------------------------ labeled values
    def _person(self, lang: str) -> list[tuple[str, str | None]]:
        f = self._faker(lang)
        name = f"{self._given(lang, f)} {self._family(lang, f)}"
        r = self.rng.random()
        if lang == "es" and r < 0.4:
            name += " " + self._family(lang, f)  # two surnames
        elif r < 0.1:
            name = f"{self._given(lang, f)} {name}"  # a middle name
        return [(name, "person")]

    def _first(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._given(lang), "person")]

    def _title_name(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self.rng.choice(TITLES[lang]) + " ", None), (self._family(lang), "person")]

    def _address_lines(self, lang: str) -> list[str]:
        """A civilian postal address of the language's countries (no military ones), line by line."""
        f = self._faker(lang, ADDRESS_LOCALES)
        while True:
            v = f.address()
            if not any(w in v for w in ("FPO", "APO", "DPO", "PSC ", "USNS", "USS ", "USCGC", "USNV")):
                break
        return [line.strip() for line in v.split("\n") if line.strip()]

    def _address(self, lang: str) -> list[tuple[str, str | None]]:
        lines = self._address_lines(lang)
        sep = ", " if self.rng.random() < 0.7 else "\n"
        return [(sep.join(lines), "street_address")]

    def _address_line(self, lang: str) -> list[tuple[str, str | None]]:
        """An address on one line (", " between its parts), for a CSV row, a JSON, YAML or SQL
        string, a log line or a key=value record, where a line break would end the record. It
        draws what `_address` draws, so a template that moves to it changes no other value."""
        lines = self._address_lines(lang)
        self.rng.random()  # `_address`'s choice of separator, drawn and not used
        return [(", ".join(lines), "street_address")]

    def _dob(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._date_text(lang, 1940, 2008), "date_of_birth")]

    def _child_dob(self, lang: str) -> list[tuple[str, str | None]]:
        """A child's or newborn's birth date (2008-2024), for texts about children."""
        return [(self._date_text(lang, 2008, 2024), "date_of_birth")]

    def _bare_id(self, kind: str) -> Callable[[str], list[tuple[str, str | None]]]:
        return lambda lang: [(getattr(self, "_id_" + kind)(), "national_id")]

    def _amount(self, lang: str) -> str:
        """An amount written the language's way: en 1,234.56 or 1234.56; de, es, nl 1.234,56 or
        1234,56; fr 1 234,56 (a space or a narrow no-break space) or 1234,56."""
        units, cents = self.rng.randint(10, 99999), self.rng.randint(0, 99)
        decimal = "." if lang == "en" else ","
        group = ""
        if self.form_rng.random() < 0.6:
            group = {"en": ",", "fr": self.form_rng.choice([" ", "\u202f"])}.get(lang, ".")
        whole = f"{units:,}".replace(",", group)
        return f"{whole}{decimal}{cents:02d}"

    def _time(self, lang: str) -> str:
        """A clock time: seconds a quarter of the time; in English sometimes 12-hour (2:03 pm,
        9:15 AM); in French sometimes 14h03."""
        h, m, s = self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        f = self.form_rng
        if lang == "en" and f.random() < 0.35:
            suffix = f.choice(["am", "pm", "AM", "PM", "a.m.", "p.m."])
            suffix = suffix.replace("a", "p").replace("A", "P") if h >= 12 else suffix.replace("p", "a").replace("P", "A")
            return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"
        if lang == "fr" and f.random() < 0.3:
            return f"{h}h{m:02d}" if f.random() < 0.5 else f"{h:02d}h{m:02d}"
        return f"{h:02d}:{m:02d}:{s:02d}" if f.random() < 0.25 else f"{h:02d}:{m:02d}"

    def _role_email(self, lang: str) -> list[tuple[str, str | None]]:
        f = self.form_rng
        boxes = ROLE_MAILBOXES[lang] + (ROLE_MAILBOXES["en"] if lang != "en" and f.random() < 0.25 else ())
        domains = ROLE_DOMAINS["en"] + (ROLE_DOMAINS[lang] if lang != "en" else ())
        return [(f"{f.choice(boxes)}@{f.choice(domains)}", "email")]

    def _nid(self, lang: str) -> list[tuple[str, str | None]]:
        names, kind = self.rng.choice(NATIONAL_IDS[lang])
        value = getattr(self, "_id_" + kind)()
        sep = self.rng.choice([" ", ": ", " "])
        return [(self.rng.choice(names) + sep, None), (value, "national_id")]

    def _id_us_ssn(self) -> str:
        v = self.fakers["en_US"].ssn()
        return v.replace("-", " ") if self.rng.random() < 0.2 else v

    def _id_uk_nino(self) -> str:
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            v = self.rng.choice(first) + self.rng.choice(second) + self._digits(6) + self.rng.choice("ABCD")
            if uk_nino_valid(v):
                return v if self.rng.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"

    def _id_ca_sin(self) -> str:
        return self.fakers["en_CA"].ssn()

    def _id_au_tfn(self) -> str:
        from stdnum.au import tfn

        while True:
            v = self._digits(9)
            if v[0] != "0" and tfn.is_valid(v):
                return f"{v[:3]} {v[3:6]} {v[6:]}" if self.rng.random() < 0.5 else v

    def _id_ie_pps(self) -> str:
        from stdnum.ie import pps

        body = self._digits(7)
        suffix = self.rng.choice(["", "A", "H", "W"])
        total = sum(int(d) * (8 - i) for i, d in enumerate(body)) + (9 * (ord(suffix) - 64) if suffix else 0)
        v = body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + suffix
        assert pps.is_valid(v), v
        return v

    def _id_in_aadhaar(self) -> str:
        from stdnum import verhoeff
        from stdnum.in_ import aadhaar

        while True:
            body = str(self.rng.randint(2, 9)) + self._digits(10)
            v = body + verhoeff.calc_check_digit(body)
            if aadhaar.is_valid(v):
                return f"{v[:4]} {v[4:8]} {v[8:]}" if self.rng.random() < 0.6 else v

    def _id_de_idnr(self) -> str:
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        while True:
            body = str(self.rng.randint(1, 9)) + self._digits(9)
            v = body + mod_11_10.calc_check_digit(body)
            if idnr.is_valid(v):
                return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if self.rng.random() < 0.3 else v

    def _birth_date(self, locale: str) -> datetime.date:
        """A birth date for an identifier that encodes one, drawn from that locale's Faker stream.
        Faker's own draws it up to today, which made the corpus change by the day; the draw stays
        on the locale's stream so that the generator's main stream (every other value) is as before."""
        r = self.fakers[locale].random
        return datetime.date(r.randint(1940, 2008), r.randint(1, 12), r.randint(1, 28))

    def _id_at_vnr(self) -> str:
        v = self.fakers["de_AT"].ssn(birthdate=self._birth_date("de_AT"))  # type: ignore[call-arg]  # de_AT's takes one
        return f"{v[:4]} {v[4:]}" if self.rng.random() < 0.4 else v

    def _id_ch_ahv(self) -> str:
        return self.fakers["de_CH"].ssn()

    def _id_fr_nir(self) -> str:
        v = self.fakers["fr_FR"].ssn()
        if self.rng.random() < 0.5:
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
        return v

    def _id_be_nn(self) -> str:
        born = self._birth_date("nl_BE")
        base = f"{born:%y%m%d}{self.fakers['nl_BE'].random.randint(1, 998):03d}"
        v = f"{base}{97 - (int(base) + (2_000_000_000 if born.year >= 2000 else 0)) % 97:02d}"
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}" if self.rng.random() < 0.5 else v

    def _id_es_dni(self) -> str:
        return self.fakers["es_ES"].nif()

    def _id_es_nie(self) -> str:
        return self.fakers["es_ES"].nie()

    def _id_nl_bsn(self) -> str:
        v = self.fakers["nl_NL"].ssn()
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if self.rng.random() < 0.2 else v

    def _passport(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._faker(lang).passport_number(), "passport")]

    def _nhs_number(self) -> str:
        while True:
            body = self._digits(9)
            check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
            if check == 11:
                check = 0
            if check != 10:
                v = body + str(check)
                return f"{v[:3]} {v[3:6]} {v[6:]}" if self.rng.random() < 0.7 else v

    def _nhs(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._nhs_number(), "medical_record")]

    def _mrn(self, lang: str) -> list[tuple[str, str | None]]:
        r = self.rng
        v = r.choice([
            lambda: self._digits(r.randint(6, 10)),
            lambda: f"{r.choice(['MRN', 'P', 'PAT', 'HC', 'NHC'])}-{self._digits(r.randint(5, 8))}",
            lambda: f"{r.choice(['A', 'B', 'K', 'M'])}{self._digits(7)}",
            lambda: f"{r.randint(2015, 2026)}-{self._digits(6)}",
            lambda: self._nhs_number() if lang == "en" else self._digits(8),
        ])()
        return [(v, "medical_record")]

    def _phone(self, lang: str) -> list[tuple[str, str | None]]:
        loc = self.rng.choice(PHONE_LOCALES[lang])
        v = self.fakers[loc].phone_number()
        if loc == "es_ES" and self.rng.random() < 0.5:  # national form, no trunk 0: 612 34 56 78
            digits = "".join(c for c in v if c.isdigit())[-9:]
            v = self.rng.choice([f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", digits])
        return [(v, "phone")]

    def _email(self, lang: str) -> list[tuple[str, str | None]]:
        f = self._faker(lang)
        return [(self.rng.choice([f.email, f.free_email, f.company_email])(), "email")]

    def _card(self, lang: str) -> list[tuple[str, str | None]]:
        digits = self.fake.credit_card_number()
        style = self.rng.random()
        if style < 0.3 and len(digits) == 16:
            v = " ".join(digits[i : i + 4] for i in range(0, 16, 4))
        elif style < 0.5 and len(digits) == 16:
            v = "-".join(digits[i : i + 4] for i in range(0, 16, 4))
        else:
            v = digits
        return [(v, "payment_card")]

    def _iban(self, lang: str) -> list[tuple[str, str | None]]:
        v = self._faker(lang, IBAN_LOCALES).iban()
        assert len(v) == IBAN_LENGTHS[v[:2]], v
        if self.rng.random() < 0.4:
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return [(v, "iban")]

    def _ip(self, lang: str) -> list[tuple[str, str | None]]:
        f = self.fake
        while True:  # loopback, unspecified, multicast, reserved addresses identify no host: not labeled
            v = self.rng.choice([f.ipv4, f.ipv4_private, f.ipv4_public, f.ipv6])()
            ip = ipaddress.ip_address(v)
            if not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or (ip.version == 4 and ip.is_reserved)):
                return [(v, "ip_address")]

    def _rand(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _password(self) -> str:
        return self.fake.password(length=self.rng.randint(10, 16), special_chars=True).replace("'", "!").replace('"', "#")

    def _secret(self, lang: str) -> list[tuple[str, str | None]]:
        alnum = string.ascii_letters + string.digits
        r = self.rng
        kind = r.randrange(14)
        S = "secret"
        if kind == 0:
            return [("AKIA" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), S)]
        if kind == 1:
            return [(r.choice(["ghp_", "gho_", "ghs_"]) + self._rand(alnum, 36), S)]
        if kind == 2:
            return [(f"xoxb-{self._rand(string.digits, 11)}-{self._rand(string.digits, 12)}-{self._rand(alnum, 24)}", S)]
        if kind == 3:
            return [(r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self._rand(alnum, 24), S)]
        if kind == 4:
            header = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).rstrip(b"=").decode()
            payload = base64.urlsafe_b64encode(json.dumps({"sub": self.fake.user_name(), "iat": r.randint(10**9, 2 * 10**9)}).encode()).rstrip(b"=").decode()
            return [("Bearer ", None), (f"{header}.{payload}.{self._rand(alnum + '-_', 43)}", S)]
        if kind == 5:
            body = "\n".join(self._rand(alnum + "+/", 64) for _ in range(r.randint(2, 5)))
            kt = r.choice(["RSA ", "EC ", "OPENSSH ", ""])
            return [(f"-----BEGIN {kt}PRIVATE KEY-----\n{body}\n-----END {kt}PRIVATE KEY-----", S)]
        if kind == 6:
            return [("api_key = \"", None), (self._rand(alnum, 32), S), ("\"", None)]
        if kind == 7:
            return [("DB_PASSWORD=", None), (self._password(), S)]
        if kind == 8:
            scheme = r.choice(["postgresql", "postgres", "mysql", "mongodb", "redis", "amqp", "mssql"])
            user = self.fake.user_name()
            host = r.choice(["db.internal", "10.0.3.7", "prod-db.example.net", "cluster0.abcde.mongodb.net"])
            port = f":{r.choice([5432, 3306, 27017, 6379, 5672])}/{self.fake.word()}"
            return [(f"{scheme}://{user}:", None), (self._password().replace("@", "#").replace("/", "_"), S), ("@", None),
                    (host, "ip_address" if host[0].isdigit() else None), (port, None)]
        if kind == 9:
            q = r.choice(["'", '"'])
            return [(f"-u {self.fake.user_name()} -p{q}", None), (self._password(), S), (q, None)]
        if kind == 10:
            key = base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
            return [(f"DefaultEndpointsProtocol=https;AccountName={self.fake.user_name().replace('_', '')[:20]};AccountKey=", None),
                    (key, S), (";EndpointSuffix=core.windows.net", None)]
        if kind == 11:
            kid = "AKIA" + self._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
            secret = self._rand(alnum + "/+", 40)
            sep = r.choice([",", " ", " / ", "\t"])
            return [(kid, S), (sep, None), (secret, S)]
        if kind == 12:
            return [("AIza" + self._rand(alnum + "-_", 35), S)]
        return [("client_secret: ", None), (self._rand(alnum, 40), S)]

    def _vary(self, term: str) -> str:
        r = self.rng.random()
        if r < 0.2:
            return term.upper()
        if r < 0.4:
            return term.capitalize()
        return term

    def _policy(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._vary(self.rng.choice(self.deny_terms).term or ""), "policy")]

    def _biased(self, lang: str) -> list[tuple[str, str | None]]:
        return [(self._vary(self.rng.choice(self.lexicon_terms).term or ""), "biased_language")]

    # ------------------------------------------------------------ samples
    def sample(self, clean: bool) -> Sample:
        lang = self.rng.choice(LANGUAGES)
        kind = "clean" if clean else "pii"
        index = self.rng.randrange(len(self.bank[lang][kind]))
        template = self.bank[lang][kind][index]
        b = _Builder()
        pos = 0
        for m in _MARKUP.finditer(template):
            b.add(template[pos : m.start()])
            if m.group("public") is not None:
                b.add(m.group("public"), public=True)  # written literally: draws nothing from rng
            else:
                for text, category in self.slots[m.group("slot")](lang):
                    b.add(text, category)
            pos = m.end()
        b.add(template[pos:])
        return b.sample(lang, f"{lang}/{kind}/{index}")

    def corpus(self, n: int, clean_fraction: float = 0.4) -> list[Sample]:
        return [self.sample(clean=self.rng.random() < clean_fraction) for _ in range(n)]


_SLOT = re.compile(r"\{([a-z_0-9]+)\}")
_PUBLIC = re.compile(r"\{public:([^{}]+)\}")
"""A public figure named in a template: `{public:Reinhold Messner}` renders as the name and records
its span in Sample.public (see Sample)."""
_MARKUP = re.compile(r"\{(?P<slot>[a-z_0-9]+)\}|\{public:(?P<public>[^{}]+)\}")
SPLITS = ("dev", "heldout", "fresh", "unseen", "blind", "sealed", "audit", "verify", "exam", "final", "last",
          "probe", "witness", "verdict", "oracle", "zenith", "keystone", "quarry", "harbor",
          "lantern", "meadow", "summit", "orchard", "beacon", "canyon", "prairie", "glacier", "tundra",
          "estuary", "savanna", "fjord", "mesa", "lagoon", "steppe", "delta", "atoll", "cirque", "bayou",
          "tarn", "moraine", "dune", "gorge", "karst", "scree", "butte", "caldera", "cenote",
          "drumlin", "esker", "geyser", "hoodoo", "isthmus", "kettle", "loess", "pingo", "tombolo", "nunatak", "sastrugi", "kame", "yardang", "moulin", "serac",
          "bergschrund", "firn", "polynya", "ogive", "cornice", "penitente", "randkluft", "talus", "arete", "crevasse",
          "couloir", "graupel", "neve", "sandur", "tafoni", "kolk", "nivation", "tephra", "lahar", "fumarole", "maar", "skerry", "ventifact", "inselberg", "pahoehoe", "hummock", "kipuka", "playa", "tuya", "sabkha", "karren", "fulgurite", "guyot", "lapilli", "sinter", "solfatara", "horst", "varve", "cuesta", "tor", "mogote", "bornhardt", "tepui", "hogback", "kopje", "flatiron", "bajada", "flysch", "monadnock", "pediment", "nubbin", "roche", "klippe", "gnamma", "zeugen", "lunette", "coulee", "barchan", "dolina", "tinaja", "grike", "uvala", "polje", "sarsen", "tsingy", "hamada", "bolson", "malpais", "machair", "inlier", "tumulus", "blowout", "wadi", "ria", "swale", "bluff", "scarp", "knoll", "arroyo", "cove", "bight", "gulch", "oxbow", "levee", "combe", "shoal", "spit", "berm", "strath", "dell", "sill", "fen", "rill", "loch", "mere", "marsh", "carr", "heath", "bog", "fell", "ghyll", "beck", "holm", "sike", "scar", "wold", "dene", "lough", "clough", "knott", "pike", "gill", "moss", "holt", "corrie", "carse", "col", "cwm")
HELDOUT_SEED = 77
FRESH_SEED = 1202
UNSEEN_SEED = 3141
BLIND_SEED = 2718
SEALED_SEED = 5077
AUDIT_SEED = 6113
VERIFY_SEED = 7321
EXAM_SEED = 8419
FINAL_SEED = 9103
LAST_SEED = 9901
PROBE_SEED = 10477
WITNESS_SEED = 11213
VERDICT_SEED = 12007
ORACLE_SEED = 13331
ZENITH_SEED = 14411
KEYSTONE_SEED = 15511
QUARRY_SEED = 16661
HARBOR_SEED = 17713
LANTERN_SEED = 18839
MEADOW_SEED = 19121
SUMMIT_SEED = 20231
ORCHARD_SEED = 21313
BEACON_SEED = 22409
CANYON_SEED = 23417
PRAIRIE_SEED = 24421
GLACIER_SEED = 25523
TUNDRA_SEED = 26627
ESTUARY_SEED = 27733
SAVANNA_SEED = 28843
FJORD_SEED = 29947
MESA_SEED = 31051
LAGOON_SEED = 32159
STEPPE_SEED = 33263
DELTA_SEED = 34367
ATOLL_SEED = 35401
CIRQUE_SEED = 36469
BAYOU_SEED = 37573
TARN_SEED = 38677
MORAINE_SEED = 39779
DUNE_SEED = 40883
GORGE_SEED = 41987
KARST_SEED = 43091
SCREE_SEED = 44195
BUTTE_SEED = 45299
CALDERA_SEED = 46403
CENOTE_SEED = 47507
DRUMLIN_SEED = 48611
ESKER_SEED = 49715
GEYSER_SEED = 50819
HOODOO_SEED = 51923
ISTHMUS_SEED = 53027
KETTLE_SEED = 54131
LOESS_SEED = 55237
PINGO_SEED = 56341
TOMBOLO_SEED = 57443
NUNATAK_SEED = 58549
SASTRUGI_SEED = 59651
KAME_SEED = 60757
YARDANG_SEED = 61861
MOULIN_SEED = 62971
SERAC_SEED = 64081
BERGSCHRUND_SEED = 65191
FIRN_SEED = 66301
POLYNYA_SEED = 67411
OGIVE_SEED = 68521
CORNICE_SEED = 69631
PENITENTE_SEED = 70741
RANDKLUFT_SEED = 71851
TALUS_SEED = 72961
ARETE_SEED = 74071
CREVASSE_SEED = 75181
COULOIR_SEED = 76291
GRAUPEL_SEED = 77401
NEVE_SEED = 78511
SANDUR_SEED = 79621
TAFONI_SEED = 80731
KOLK_SEED = 81841
NIVATION_SEED = 82951
TEPHRA_SEED = 84061
LAHAR_SEED = 85171
FUMAROLE_SEED = 86281
MAAR_SEED = 87391
SKERRY_SEED = 88401
VENTIFACT_SEED = 89511
INSELBERG_SEED = 90621
PAHOEHOE_SEED = 91731
HUMMOCK_SEED = 92841
KIPUKA_SEED = 93951
PLAYA_SEED = 95061
TUYA_SEED = 96171
SABKHA_SEED = 97281
KARREN_SEED = 98311
FULGURITE_SEED = 99421
GUYOT_SEED = 101641
LAPILLI_SEED = 100531
SINTER_SEED = 102751
SOLFATARA_SEED = 103861
HORST_SEED = 104971
VARVE_SEED = 106081
CUESTA_SEED = 107191
TOR_SEED = 108301
MOGOTE_SEED = 109411
BORNHARDT_SEED = 110521
TEPUI_SEED = 111631
HOGBACK_SEED = 112741
KOPJE_SEED = 113851
FLATIRON_SEED = 114961
BAJADA_SEED = 116071
FLYSCH_SEED = 117181
MONADNOCK_SEED = 118291
PEDIMENT_SEED = 119401
NUBBIN_SEED = 120511
ROCHE_SEED = 121621
KLIPPE_SEED = 122731
GNAMMA_SEED = 123841
ZEUGEN_SEED = 124951
LUNETTE_SEED = 126061
COULEE_SEED = 127171
BARCHAN_SEED = 128281
DOLINA_SEED = 129391
TINAJA_SEED = 130501
GRIKE_SEED = 131611
UVALA_SEED = 132721
POLJE_SEED = 133831
SARSEN_SEED = 134941
TSINGY_SEED = 136051
HAMADA_SEED = 137161
BOLSON_SEED = 138271
MALPAIS_SEED = 139381
MACHAIR_SEED = 140491
INLIER_SEED = 141601
TUMULUS_SEED = 142711
BLOWOUT_SEED = 143821
WADI_SEED = 144931
RIA_SEED = 146041
SWALE_SEED = 147151
BLUFF_SEED = 148261
SCARP_SEED = 149371
KNOLL_SEED = 150481
ARROYO_SEED = 151591
COVE_SEED = 152701
BIGHT_SEED = 153811
GULCH_SEED = 154921
OXBOW_SEED = 156031
LEVEE_SEED = 157141
COMBE_SEED = 158251
SHOAL_SEED = 159361
SPIT_SEED = 160471
BERM_SEED = 161581
STRATH_SEED = 162691
DELL_SEED = 163801
SILL_SEED = 164911
FEN_SEED = 166021
RILL_SEED = 167131
LOCH_SEED = 168241
MERE_SEED = 169351
MARSH_SEED = 170461
CARR_SEED = 171571
HEATH_SEED = 172681
BOG_SEED = 173791
FELL_SEED = 174901
GHYLL_SEED = 176011
BECK_SEED = 177121
HOLM_SEED = 178231
SIKE_SEED = 179341
SCAR_SEED = 180451
WOLD_SEED = 181561
DENE_SEED = 182671
LOUGH_SEED = 183781
CLOUGH_SEED = 184891
KNOTT_SEED = 186001
PIKE_SEED = 187111
GILL_SEED = 188221
MOSS_SEED = 189331
HOLT_SEED = 190441
CORRIE_SEED = 191551
CARSE_SEED = 192661
COL_SEED = 193771
CWM_SEED = 194881
SPLIT_SEEDS = {"heldout": HELDOUT_SEED, "fresh": FRESH_SEED, "unseen": UNSEEN_SEED, "blind": BLIND_SEED,
               "sealed": SEALED_SEED, "audit": AUDIT_SEED, "verify": VERIFY_SEED, "exam": EXAM_SEED,
               "final": FINAL_SEED, "last": LAST_SEED, "probe": PROBE_SEED, "witness": WITNESS_SEED,
               "verdict": VERDICT_SEED, "oracle": ORACLE_SEED, "zenith": ZENITH_SEED,
               "keystone": KEYSTONE_SEED, "quarry": QUARRY_SEED, "harbor": HARBOR_SEED,
               "lantern": LANTERN_SEED, "meadow": MEADOW_SEED,
               "summit": SUMMIT_SEED, "orchard": ORCHARD_SEED, "beacon": BEACON_SEED,
               "canyon": CANYON_SEED, "prairie": PRAIRIE_SEED,
               "glacier": GLACIER_SEED, "tundra": TUNDRA_SEED, "estuary": ESTUARY_SEED,
               "savanna": SAVANNA_SEED, "fjord": FJORD_SEED,
               "mesa": MESA_SEED, "lagoon": LAGOON_SEED, "steppe": STEPPE_SEED,
               "delta": DELTA_SEED, "atoll": ATOLL_SEED, "cirque": CIRQUE_SEED, "bayou": BAYOU_SEED,
               "tarn": TARN_SEED, "moraine": MORAINE_SEED, "dune": DUNE_SEED,
               "gorge": GORGE_SEED, "karst": KARST_SEED,
               "scree": SCREE_SEED, "butte": BUTTE_SEED, "caldera": CALDERA_SEED,
               "cenote": CENOTE_SEED, "drumlin": DRUMLIN_SEED, "esker": ESKER_SEED, "geyser": GEYSER_SEED,
               "hoodoo": HOODOO_SEED, "isthmus": ISTHMUS_SEED, "kettle": KETTLE_SEED, "loess": LOESS_SEED,
               "pingo": PINGO_SEED, "tombolo": TOMBOLO_SEED, "nunatak": NUNATAK_SEED, "sastrugi": SASTRUGI_SEED,
               "kame": KAME_SEED, "yardang": YARDANG_SEED, "moulin": MOULIN_SEED, "serac": SERAC_SEED,
               "bergschrund": BERGSCHRUND_SEED, "firn": FIRN_SEED,
               "polynya": POLYNYA_SEED, "ogive": OGIVE_SEED,
               "cornice": CORNICE_SEED, "penitente": PENITENTE_SEED,
               "randkluft": RANDKLUFT_SEED, "talus": TALUS_SEED, "arete": ARETE_SEED, "crevasse": CREVASSE_SEED,
               "couloir": COULOIR_SEED, "graupel": GRAUPEL_SEED, "neve": NEVE_SEED, "sandur": SANDUR_SEED, "tafoni": TAFONI_SEED, "kolk": KOLK_SEED,
               "nivation": NIVATION_SEED, "tephra": TEPHRA_SEED, "lahar": LAHAR_SEED, "fumarole": FUMAROLE_SEED, "maar": MAAR_SEED, "skerry": SKERRY_SEED,
               "ventifact": VENTIFACT_SEED, "inselberg": INSELBERG_SEED, "pahoehoe": PAHOEHOE_SEED, "hummock": HUMMOCK_SEED,
               "kipuka": KIPUKA_SEED, "playa": PLAYA_SEED, "tuya": TUYA_SEED, "sabkha": SABKHA_SEED, "karren": KARREN_SEED, "fulgurite": FULGURITE_SEED, "guyot": GUYOT_SEED, "lapilli": LAPILLI_SEED, "sinter": SINTER_SEED, "solfatara": SOLFATARA_SEED, "horst": HORST_SEED, "varve": VARVE_SEED, "cuesta": CUESTA_SEED, "tor": TOR_SEED, "mogote": MOGOTE_SEED, "bornhardt": BORNHARDT_SEED, "tepui": TEPUI_SEED, "hogback": HOGBACK_SEED, "kopje": KOPJE_SEED, "flatiron": FLATIRON_SEED, "bajada": BAJADA_SEED, "flysch": FLYSCH_SEED, "monadnock": MONADNOCK_SEED, "pediment": PEDIMENT_SEED, "nubbin": NUBBIN_SEED, "roche": ROCHE_SEED, "klippe": KLIPPE_SEED, "gnamma": GNAMMA_SEED, "zeugen": ZEUGEN_SEED, "lunette": LUNETTE_SEED, "coulee": COULEE_SEED, "barchan": BARCHAN_SEED, "dolina": DOLINA_SEED, "tinaja": TINAJA_SEED, "grike": GRIKE_SEED, "uvala": UVALA_SEED, "polje": POLJE_SEED, "sarsen": SARSEN_SEED, "tsingy": TSINGY_SEED, "hamada": HAMADA_SEED, "bolson": BOLSON_SEED, "malpais": MALPAIS_SEED, "machair": MACHAIR_SEED, "inlier": INLIER_SEED, "tumulus": TUMULUS_SEED, "blowout": BLOWOUT_SEED, "wadi": WADI_SEED, "ria": RIA_SEED, "swale": SWALE_SEED, "bluff": BLUFF_SEED, "scarp": SCARP_SEED, "knoll": KNOLL_SEED, "arroyo": ARROYO_SEED, "cove": COVE_SEED, "bight": BIGHT_SEED, "gulch": GULCH_SEED, "oxbow": OXBOW_SEED, "levee": LEVEE_SEED, "combe": COMBE_SEED, "shoal": SHOAL_SEED, "spit": SPIT_SEED, "berm": BERM_SEED, "strath": STRATH_SEED, "dell": DELL_SEED, "sill": SILL_SEED, "fen": FEN_SEED, "rill": RILL_SEED, "loch": LOCH_SEED, "mere": MERE_SEED, "marsh": MARSH_SEED, "carr": CARR_SEED, "heath": HEATH_SEED, "bog": BOG_SEED, "fell": FELL_SEED, "ghyll": GHYLL_SEED, "beck": BECK_SEED, "holm": HOLM_SEED, "sike": SIKE_SEED, "scar": SCAR_SEED, "wold": WOLD_SEED, "dene": DENE_SEED, "lough": LOUGH_SEED, "clough": CLOUGH_SEED, "knott": KNOTT_SEED, "pike": PIKE_SEED, "gill": GILL_SEED, "moss": MOSS_SEED, "holt": HOLT_SEED, "corrie": CORRIE_SEED, "carse": CARSE_SEED, "col": COL_SEED, "cwm": CWM_SEED}
"""Default seeds of the splits other than dev (whose seed the caller chooses)."""


def generate(n: int = 2000, seed: int = 1234, clean_fraction: float = 0.4, split: str = "dev") -> list[Sample]:
    """`n` samples of one split, about `clean_fraction` of them clean (no labeled value)."""
    return CorpusGenerator(seed, split).corpus(n, clean_fraction)

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
    """Per-category scores, and the share of clean samples with at least one prediction
    (person findings on a sample's public figures left out: Sample.scored)."""
    scores: dict[str, Score] = {}
    clean = clean_flagged = 0
    for sample, predicted in zip(samples, predictions, strict=True):
        predicted = sample.scored(predicted)
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


def covered(samples: list[Sample], predictions: list[list[Label]]) -> dict[str, tuple[int, int]]:
    """Per category: (labels whose whole value lies inside findings of the same category,
    labels). Redaction covers the value whole when the two are equal."""
    out: dict[str, list[int]] = {}
    for sample, predicted in zip(samples, predictions, strict=True):
        for cat, start, end in sample.labels:
            spans = sorted((s, e) for c, s, e in predicted if c == cat and s < end and start < e)
            pos = start
            for s, e in spans:
                if s > pos:
                    break
                pos = max(pos, e)
            entry = out.setdefault(cat, [0, 0])
            entry[0] += pos >= end
            entry[1] += 1
    return {c: (v[0], v[1]) for c, v in out.items()}


def report(samples: list[Sample], predictions: list[list[Label]]) -> dict:
    """Recall (overlap, strict, whole value), precision and clean rows flagged: overall, per
    category and per language; and how many public-figure mentions the guard reported (what
    `public_figures: keep` leaves is not scored either way: Sample.scored)."""
    def block(subset: list[int]) -> dict:
        ss = [samples[i] for i in subset]
        ps = [predictions[i] for i in subset]
        strict, clean_flagged = score(ss, ps, strict=True)
        overlap, _ = score(ss, ps, strict=False)
        cov = covered(ss, ps)
        cats = {}
        for c in sorted(set(strict) | set(overlap)):
            o, st = overlap.get(c, Score()), strict.get(c, Score())
            labeled = o.tp + o.fn
            cats[c] = {"labeled": labeled, "recall": round(o.recall, 4), "recall_strict": round(st.recall, 4),
                       "whole_value": round(cov[c][0] / cov[c][1], 4) if c in cov else None,
                       "precision": round(o.precision, 4), "fp": o.fp, "fn": o.fn}
        tp = sum(s.tp for s in overlap.values())
        fn = sum(s.fn for s in overlap.values())
        fp = sum(s.fp for s in overlap.values())
        whole = sum(v[0] for v in cov.values())
        total = sum(v[1] for v in cov.values())
        return {"samples": len(ss), "clean": sum(x.clean for x in ss), "clean_flagged": round(clean_flagged, 4),
                "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
                "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
                "whole_value": round(whole / total, 4) if total else 1.0, "categories": cats}

    everything = list(range(len(samples)))
    out = block(everything)
    mentions = [(i, span) for i, smp in enumerate(samples) for span in smp.public]
    out["public_figures"] = {
        "mentions": len(mentions),
        "reported": sum(any(c == "person" and s < span[1] and span[0] < e for c, s, e in predictions[i])
                        for i, span in mentions)}
    out["languages"] = {lang: block([i for i, s in enumerate(samples) if s.language == lang]) for lang in LANGUAGES}
    return out


def markdown_table(n: int = 1500, seed: int = 20261125, split: str = "dev") -> str:
    """The per-category and per-language tables of docs/guard.md (recall by overlap with the
    labeled value; strict = exact span; whole = the finding covers the whole value)."""
    from workloads.guard import CATEGORIES, Scanner

    samples = generate(n, seed=seed, split=split)
    scanner = Scanner()
    predictions = [[(f.category, f.start, f.end) for f in scanner.scan(s.text).findings] for s in samples]
    r = report(samples, predictions)
    rows = [f"{split}: {n} samples (seed {seed}), {r['clean']} clean; clean rows flagged {r['clean_flagged']:.1%}; "
            f"recall {r['recall']:.3f}, precision {r['precision']:.3f}, whole value redacted {r['whole_value']:.3f}"
            + (f"; public figures named {r['public_figures']['mentions']}, reported {r['public_figures']['reported']} (not scored)"
               if r["public_figures"]["mentions"] else ""), "",
            "| category | labeled | recall | strict | whole value | precision | FP | FN |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for c in CATEGORIES:
        if c in r["categories"]:
            x = r["categories"][c]
            rows.append(f"| {c} | {x['labeled']} | {x['recall']:.3f} | {x['recall_strict']:.3f} | {x['whole_value']:.3f} | "
                        f"{x['precision']:.3f} | {x['fp']} | {x['fn']} |")
    rows += ["", "| language | samples | recall | precision | whole value | clean rows flagged |", "|---|---:|---:|---:|---:|---:|"]
    for lang, x in r["languages"].items():
        rows.append(f"| {lang} | {x['samples']} | {x['recall']:.3f} | {x['precision']:.3f} | {x['whole_value']:.3f} | {x['clean_flagged']:.1%} |")
    return "\n".join(rows)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print the guard's precision/recall table on the Faker corpus.")
    parser.add_argument("--samples", type=int, default=1500)
    seeds = ", ".join(f"{SPLIT_SEEDS.get(split, 20261125)} ({split})" for split in SPLITS)
    parser.add_argument("--seed", type=int, default=None, help=f"default: {seeds}")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--show", type=int, default=0, help="also print up to N misses and false positives")
    a = parser.parse_args()
    seed = a.seed if a.seed is not None else SPLIT_SEEDS.get(a.split, 20261125)
    print(markdown_table(a.samples, seed, a.split))
    if a.show:
        from workloads.guard import Scanner

        sc = Scanner()
        shown = 0
        for s in generate(a.samples, seed=seed, split=a.split):
            pred = {(f.category, f.start, f.end) for f in sc.scan(s.text).findings}
            misses = [(c, s.text[x:y]) for c, x, y in s.labels if not any(pc == c and px < y and x < py for pc, px, py in pred)]
            fps = [(c, s.text[x:y]) for c, x, y in s.scored(sorted(pred))
                   if not any(lc == c and lx < y and x < ly for lc, lx, ly in s.labels)]
            if misses or fps:
                print(repr(s.text[:300]), "MISS", misses, "FP", fps)
                shown += 1
                if shown >= a.show:
                    break
