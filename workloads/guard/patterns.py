"""Structured detectors: a regular expression finds candidates, a validator (checksum, range
rule, parser) keeps only real values. Regexes use [0-9] rather than \\d so other scripts' digits
never form a number, and guard their edges so a value is never cut out of a longer token.

Speed: CPython's regex engine skips ahead fast only when a pattern starts with a literal or a
character class. So every pattern starts with one, and the "not preceded by a word character"
guard comes right after the first character as a two-character lookbehind, `X(?<!\\w[\\s\\S])`,
instead of a leading \\b or lookbehind (which makes the engine try every position: 20-50x slower
on prose). Case-insensitive keyword rules run on a lower-cased copy of the text (see Scanner).

Each detector yields (start, end, detector_name) spans; `Scanner` turns them into findings.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Callable, Iterator

from workloads.guard.checksums import (
    IBAN_LENGTHS,
    ean13_valid,
    es_dni_valid,
    iban_valid,
    jwt_header_valid,
    luhn_valid,
    shannon_entropy,
    uk_nino_valid,
    us_ssn_valid,
)
from workloads.guard.contextual import (
    DATE,
    LOTTERY_WORDS,
    answered_question,
    line_answered,
    FR_NIR,
    context_rules,
    find_austrian_insurance_numbers,
    find_bed_records,
    find_care_records,
    find_donor_records,
    find_stay_records,
    find_pharmacy_customer_records,
    find_gedcom_births,
    find_traveller_list_births,
    find_clinic_list_records,
    find_labelled_fields,
    find_context_rule,
    find_dates_of_birth,
    find_other_passports,
    find_resent_passports,
    find_paired_values,
    find_passports_by_shape,
    find_record_rows,
    find_strong_ids,
    find_typed_identifiers,
    sentence_start,
)
from workloads.guard.tables import (CAMEL_BOUNDARY, LOGFMT_KEY, cell_column, column_of_cell_ending, sql_values, table_dates_of_birth,
                                    table_medical_records, table_passports, table_phones)
from workloads.guard.literals import Searchable, gated  # throughput: whole-text searches skip texts without their words

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer

Span = tuple[int, int, str]
Validator = Callable[[re.Match[str], str], "Span | None"]
"""(match, original text) -> span or None. The match may be over the lower-cased copy."""

_NOT_AFTER_WORD = r"(?<!\w[\s\S])"  # placed after the first character: it was not preceded by \w


@dataclass(frozen=True)
class Detector:
    """One rule. `hint`: a substring the text must contain for the regex to be worth running.
    `lower`: the regex is written in lower case and runs on the lower-cased text."""

    name: str
    category: str
    regex: Searchable
    validate: Validator
    hint: str | None = None
    lower: bool = False
    finder: Callable[[str], Iterator[Span]] | None = None
    """Replaces regex + validate for rules that need a custom scan (IPv6, cards)."""
    lowered_finder: Callable[[str, str], Iterator[Span]] | None = None
    """Like `finder`, for rules that read context words in the lower-cased text: (text, lowered)."""
    rescan: bool = False
    """Search again right after each validated span (or one past a rejected start) instead of
    after the whole match: for greedy patterns whose validator trims the match (IBAN)."""

    def find(self, text: str, lowered: str | None = None) -> Iterator[Span]:
        if self.lowered_finder is not None:
            yield from self.lowered_finder(text, lowered if lowered is not None else _lower_same_length(text))
            return
        if self.finder is not None:
            if self.hint is None or self.hint in text:
                yield from self.finder(text)
            return
        regex: Searchable
        if self.lower:
            if lowered is None:  # lower() changed the length (rare Unicode): fall back to IGNORECASE
                regex, haystack = _ignorecase(self.regex.pattern), text
            else:
                regex, haystack = self.regex, lowered
        else:
            regex, haystack = self.regex, text
        if self.hint is not None and self.hint not in haystack:
            return
        if self.rescan:
            pos = 0
            while (m := regex.search(haystack, pos)) is not None:
                span = self.validate(m, text)
                if span is not None:
                    yield span
                pos = span[1] if span is not None else m.start() + 1
            return
        for m in regex.finditer(haystack):
            span = self.validate(m, text)
            if span is not None:
                yield span


def _lower_same_length(text: str) -> str:
    """A lower-cased copy whose offsets match the text's (characters whose lower case is longer,
    like "İ", are kept as they are)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=None)
def _ignorecase(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _finder_only(m: re.Match[str], text: str) -> Span | None:  # pragma: no cover
    """Placeholder validator for detectors whose `finder` does the whole scan."""
    return None


def _whole(name: str) -> Validator:
    def validate(m: re.Match[str], text: str) -> Span:
        return (m.start(), m.end(), name)

    return validate


def _word_start(name: str) -> Validator:
    """For literal-prefix patterns (AKIA..., ghp_...): the token must not continue a word."""

    def validate(m: re.Match[str], text: str) -> Span | None:
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] == "_"):
            return None
        return (i, m.end(), name)

    return validate


_NON_DIGITS = re.compile(r"[^0-9]")


def _digits(s: str) -> str:
    return _NON_DIGITS.sub("", s)


# ---------------------------------------------------------------- email
# Anchored on "@" (rare in prose), then the local part is found by walking left.
EMAIL_DOMAIN = re.compile(
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![\w-]|\.[A-Za-z0-9])"
)
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


# Round 85: a mail log's own addresses in angle brackets: a message's id ("msgid=<1c590111-...@mail.example.net>",
# postfix's "message-id=<20260312.4417@mx.example.de>", a header's "Message-ID: <CAF3x+9q@mail.example.fr>") and the
# mail system's own mailboxes as a delivery's recipient or sender (RFC 2142's "to=<postmaster@example.nl>",
# "from=<MAILER-DAEMON@mx.example.es>", "to=<abuse@example.com>", "orig_to=<hostmaster@example.de>"). The log's format
# is the same whatever language the server speaks. A person's "from=<edwardreed@yahoo.com>", "to=<j.smit@example.nl>"
# and a department's "to=<billing@example.com>" stay.
_R85S_MESSAGE_ID_BEFORE = re.compile(r"(?i)(?:msgid|message-id|message_id|msg-id)[ \t]?[=:][ \t]?<$")
_R85S_MAIL_LOG_FIELD_BEFORE = re.compile(r"(?<![\w-])(?:to|from|orig_to)=<$")
_R85S_MAIL_SYSTEM_BOXES = frozenset({"postmaster", "mailer-daemon", "hostmaster", "abuse", "root", "double-bounce"})
"""Round 85: the mail system's own mailboxes (RFC 2142; sendmail's and postfix's), no one's."""


def _r85s_mail_log_own(text: str, start: int, at: int) -> bool:
    """Round 85: whether the address at start (its "@" at `at`), opened by "<", is a message's id or the mail
    system's own mailbox in a mail log's field (_R85S_MESSAGE_ID_BEFORE, _R85S_MAIL_LOG_FIELD_BEFORE)."""
    if _R85S_MESSAGE_ID_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    return (text[start:at].lower() in _R85S_MAIL_SYSTEM_BOXES
            and _R85S_MAIL_LOG_FIELD_BEFORE.search(text, max(0, start - 12), start) is not None)


def _email(m: re.Match[str], text: str) -> Span | None:
    at = m.start()
    i = at
    while i > 0 and at - i < 64 and text[i - 1] in _LOCAL_CHARS:
        i -= 1
    while i < at and not text[i].isalnum():  # the local part starts with a letter or digit
        i += 1
    if i == at or (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
        return None
    if text.endswith("://", max(0, i - 3), i):  # abfss://container@account...: a URL's user part
        return None
    token = text[max(0, i - 200) : i]
    token = token[max(token.rfind(" "), token.rfind("\n"), token.rfind("\t")) + 1 :]
    if "://" in token and token.count(":") >= 2:
        return None  # postgresql://user:pa!ss@host: the password is a secret, not an e-mail
    if i > 0 and text[i - 1] == "<" and _r85s_mail_log_own(text, i, at):
        return None  # "msgid=<1c59...@mail.example.net>", "to=<postmaster@example.com>": the mail system's own
    return (i, m.end(), "email")


# ---------------------------------------------------------------- phone
# Three shapes, each validated by digit count: international (+CC / 00CC), North American
# (3-3-4), and national numbers with a trunk 0 (UK, DE, FR, ...).
_EXT = r"(?:[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,6})?"
PHONE = re.compile(
    # an opening bracket may stand before the number ("Anny ((016)-1352939)", "Knox (318.530.3665)"),
    # not one that opens a call's arguments ("f(0151234567)"); digits right after a digit and a
    # colon are a clock's seconds ("08:41:07.331 2026" in a log's timestamp), not a number's start
    r"(?=[+0-9(])(?<![\w+./-])(?<![\w+.(/-]\()(?<![0-9][ .-])(?<![0-9]:)(?:"
    # an international number: its groups; a bracket opened after it must close after digits ("+43
    # 5410 83982 700 (15:03)": the time in brackets is no area code); the subscriber's part may be
    # written compact, up to twelve digits, as Austria's and Germany's long numbers are ("+43 (0)
    # 7566 42370480", "+43 366840716227")
    r"(?P<intl>(?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(0\))?(?:[ ](?:[0-9]{2,5}[ ])?[0-9]{7,12}(?![0-9])|"
    r"(?:[ .-]?(?:\([0-9]{1,6}\)|[0-9]{1,6}\)?)){1,6}))"
    r"|(?P<nanp>(?:1[ .-]?)?(?:\([0-9]{3}\)[ ]?|[0-9]{3}[ .-]?)[0-9]{3}[ .-]?[0-9]{4})"
    r"|(?P<trunk>(?:\(0[0-9]{1,4}\)(?:[ .]?|[ ]?-[ ]?)|0[1-9][0-9]{0,4}[ ]?[./-]?[ ]?)[0-9]{2,8}(?:[ .-][0-9]{2,4}){0,4})"
    r"|(?P<es>[6789][0-9]{2}(?:[ .][0-9]{3}[ .][0-9]{3}|[ .][0-9]{2}[ .][0-9]{2}[ .][0-9]{2}|[0-9]{6}))"
    # (a count of minutes or hours after it is no group of it: "ring 87907935 30 minutes before")
    r"|(?P<local>[1-9][0-9]{3}[ .-]?[0-9]{4}(?![ ][0-9](?![0-9]{0,2}[ ](?i:mins?|minutes?|minuten|minutos?|hrs?|hours?|uur|"
    r"heures?|horas?|stunden?)(?![^\W\d_]))))"
    # a national number written with two zeros first and no country code after them, in groups
    # ("Bel 00 637 55 43", "bereikbaar op 00/ 230 71 14", "Over te zetten nummer: 0007 121706", "tel.
    # 0002-003141", "melden bei Ursula: 00089 249606"):
    # only with a phone word right before it
    r"|(?P<zeros>00[0-9]{0,3}(?:[ ]?/[ ]?|[ ]|-)[0-9]{2,6}(?:[ ][0-9]{2,4}){0,3})"
    r")" + _EXT + r"(?![\w])(?![.-]?[0-9])"
)
_DATE_LIKE = re.compile(r"[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{2,4}")
# a full date as a number's last groups, after a blank: "0117 2026-11-18", "0117 18.11.2026"
_DATE_TAIL = re.compile(r"[ ](?:(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[.-][0-9]{1,2}[.-](?:19|20)[0-9]{2})$")
_EXT_SPLIT = re.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?[0-9]+$")


_PHONE_CONTEXT = re.compile(
    r"\b(?:phone|tel|telephone|call|callback|call back|mobile|cell|fax|contact|contactable|reach|reachable|dial|ring|sms|whatsapp|"
    # Swiss German's word for a mobile: "Natel: 079 ...", "Natelnummer"
    r"natel|natelnummer|"
    # a German or a Dutch compound on a phone: "Probentelefon", "Bereitschaftstelefon", "Diensttelefoon"
    r"[a-zäöüß]{3,}telefon|[a-zë]{3,}telefoon|"
    # ... and on a mobile: "Diensthandy", "Firmenhandy", "Privathandy", "werkgsm", "bedrijfsgsm"
    r"[a-zäöüß]{3,}handy|[a-zé]{3,}gsm|"
    r"telefon|telefonnummer|handy|mobil|mobilnummer|rufnummer|anrufen|rufen|zurückrufen|erreichbar|rückruf|rückfragen|"
    r"téléphone|tél|portable|appelez|appeler|rappeler|rappelez|joindre|joignable|contacter|contactez|contactera|"
    r"contacteront|appellera|rappellera|bizum|ligne fixe|festnetz|vaste lijn|fijo|portabilidad|nummerbehoud|"
    r"teléfono|telefono|móvil|movil|llamar|llama|llámame|llamadme|llámenos|llamenos|llámanos|llame|llámeme|localizable|contactar|"
    r"telefoon|telefoonnummer|mobiel|bellen|bel|gsm|bereikbaar|direct line|direct dial|durchwahl|ligne directe|"
    r"línea directa|linea directa|doorkiesnummer|doorkies|text me|text us|mob|mobile no|"
    # who calls, and the call verbs' other persons: "Caller: 1831-7383", "pide que le llamen al ...",
    # "ruf mich an", "appelle-moi au", "Kontakt 1: ..."
    r"caller|callers|anrufer|anruferin|appelant|llamante|beller|kontakt|contacto|"
    # the caller's feminine and plural forms: "Appelante : Léa Roux, voisine, 02...", "Llamantes", "Anruferinnen"
    r"appelante|appelants|appelantes|llamantes|anruferinnen|bellers|"
    # the line that answers out of office hours: "Out-of-hours bailiff number for the record: 08...",
    # "Notdienst:", "numéro d'astreinte", "teléfono de guardia" (its word), "buiten kantooruren"
    r"out-of-hours|out of hours|after-hours|notdienst|notdienstnummer|bereitschaftsnummer|astreinte|"
    r"fuera de horario|buiten kantooruren|"
    # the phone's word as a compound's head or in its other spellings: "Rückrufnummer", "Notfallnummer",
    # "terugbellen", "terugbelnummer", "celular", "numéro de rappel"
    r"rückrufnummer|rückruf-nr|notfallnummer|notrufnummer|festnetznummer|faxnummer|kontaktnummer|"
    r"terugbellen|terugbelnummer|terugbelverzoek|gsm-nummer|celular|cel|numéro de rappel|"
    # Round 71: the mobile's compound and a messenger's verb with its person: "Neue Handynummer: 0200...", "Handy-Nr.",
    # "App me op 0009-218552", "app mij even op ...", "whatsapp me on ...", "schreib mir auf WhatsApp unter ...",
    # "écris-moi au ...", "escríbeme al ...", "stuur me een appje op ..."
    r"handynummer|handy-nummer|handy-nr|handynr|app me|app mij|appen|whatsapp me|whatsapp mij|message me|"
    r"schreib mir|écris-moi|écrivez-moi|escríbeme|escríbenos|stuur me een appje|stuur me een bericht|"
    r"llamen|llámenle|llamarme|llamarle|llamarnos|llámale|llámele|llamad|ruf mich|ruf uns|rufe|"
    # Spanish's reaching verbs with their pronoun joined: "Pueden localizarme en el ...", "puede contactarnos en el ..."
    r"localizarme|localizarnos|localizarle|localizarla|localizarlo|localizar|contactarme|contactarnos|contactarle|"
    r"contáctame|contáctenos|contáctanos|contácteme|"
    # the German verb with its particle at the clause's end: "Ruf mal an:", "ruft mich bitte an unter"
    r"ruf(?:t|e|en)?(?:[ ](?:mal|bitte|doch|gern|gerne|einfach|kurz|schnell|mich|uns|ihn|sie|ihr|euch|jederzeit)){1,3}[ ]an|"
    r"appelle-moi|appelle-nous|rappelle-moi|rappelle-nous|belt u|bel mij|bel ons|"
    # getting in touch, and "for anything": "bei Silvano melden:", "Para cualquier cosa, 844944972."
    # the number to reach someone on, by its adjective: "wants a call back, best number 0272921620",
    # "beste Nummer: ...", "meilleur numéro : ...", "mejor número: ...", "beste nummer: ..."
    r"best (?:contact )?number|beste (?:kontakt)?nummer|meilleur numéro|mejor número|beste (?:contact)?nummer|"
    r"melden|meldet euch|melde dich|meldet sich|get in touch|in touch|prendre contact|ponerse en contacto|contact opnemen|"
    r"for anything|if you need anything|any questions|bei fragen|wenn was ist|pour toute question|en cas de besoin|"
    r"para cualquier cosa|para cualquier duda|para lo que necesites|si necesitas algo|voor vragen|bij vragen|als er iets is|"
    # a pager is reached on a number too: "Pager escalations go to 0808...", "Pieper", "bip", "semafoon"
    r"pager|pagers|bleep|pieper|piepser|funkrufempfänger|bip|bipeur|buscapersonas|semafoon|"
    # moving a number to another operator: "Rufnummernmitnahme: Die Nummer 0375...", "number porting"
    r"rufnummernmitnahme|rufnummernportierung|number porting|port your number|portabilité|nummerportering|"
    # a call's verb in the past and Spanish's short forms of "teléfono": "can be reached on ...", "called
    # from ...", "llamó desde el ...", "a appelé du ...", "belde vanaf ...", "Tfno.: ...", "Tlf: ..."
    r"reached|called|phoned|rang|llamó|llamaba|appelé|belde|tfno|tlf|tlfno|telf|"
    # moving a number out or in, as operators write it: "port-out request for 68045805", "Número a
    # portar: 947012556", "Over te zetten nummer: ...", "numéro à porter", "zu portierende Rufnummer"
    r"port-?(?:out|in)(?:[ ](?:request|requested|order))?(?:[ ](?:for|of))?|número a portar|numero a portar|portar|"
    r"numéro à porter|porter (?:le|votre|mon|son) numéro|portierende|portieren|over te zetten nummer|nummer overzetten|"
    # the number a porting form keeps, and an operator's MSISDN (a SIM's phone number): "Numéro à conserver :",
    # "Rufnummer zur Mitnahme", "número a conservar", "te porteren nummer", "number to port", "msisdn":"..."
    r"numéro à conserver|rufnummer zur mitnahme|mitzunehmende rufnummer|número a conservar|número a mantener|"
    r"te porteren nummer|te behouden nummer|number to (?:port|keep)|msisdn|"
    # a messenger reached on the number: "Contact only via Signal on 58820625", "über Threema", "per Telegram"
    r"(?:via|on|over|über|per|par|por|sur|op|en) signal|telegram|threema|viber|imessage|facetime|wechat|"
    # a text message sent to it: "We've texted a reminder to ...", "ge-sms't naar", "envoyé un texto au"
    r"texted|texting|text message|sms'd|simste|gesimst|ge-sms't|smsje|sms'je|texto|textos|mensaje de texto|"
    # a thing sent to it by text: "Gate code sent by text to ...", "per SMS an ...", "par SMS au ...",
    # "por SMS al ...", "per sms naar ..."
    r"by text to|by sms to|per sms an|par sms au|par texto au|por sms al|per sms naar|"
    r"textnachricht|kurznachricht|"
    # an emergency contact: "Personne à prévenir en cas d'accident : Emma, 0481812902", "Notfallkontakt",
    # "contacto de emergencia", "in geval van nood"
    r"emergency contact|in case of emergency|in an emergency|in case of an accident|next of kin|"
    r"notfallkontakt|im notfall|bei einem unfall|im falle eines unfalls|"
    r"personne à prévenir|personne à contacter|en cas d['’]urgence|en cas d['’]accident|"
    r"contacto de emergencia|en caso de emergencia|en caso de urgencia|en caso de accidente|"
    r"noodcontact|contactpersoon bij nood|in geval van nood|in noodgevallen|bij nood|bij een ongeval|in geval van een ongeval|"
    # a plan's hitch the number is for: "En cas d'empêchement : 01...", "If you can't make it: ...",
    # "Bei Verhinderung:", "En caso de imprevisto:", "Bij verhindering:"
    r"if you can['’]t make it|if you cannot make it|if you['’]re running late|if you are running late|in case of delay|"
    r"bei verhinderung|im verhinderungsfall|bei verspätung|falls (?:du|sie|ihr) verhindert|"
    r"en cas d['’]empêchement|en cas d['’]absence|en cas de retard|en cas d['’]annulation|"
    r"en caso de imprevisto|en caso de retraso|si no puedes venir|si no puede venir|"
    r"bij verhindering|bij vertraging|als je verhinderd bent|als u verhinderd bent|"
    # trouble the number is for, a notice's last line: "Bei Problemen: 0617...", "In case of problems:",
    # "En cas de problème :", "En caso de problemas:", "Bij problemen:"
    r"bei problemen|bei störungen|in case of (?:problems|trouble|issues)|if there are (?:any )?problems|"
    r"en cas de (?:problème|problèmes|souci)|en caso de (?:problemas|problema|incidencia)|bij problemen|bij storingen|"
    # a voicemail's or a missed call's header, its caller's number after "from": "Voicemail, 47 sec, from
    # 0163...", "Sprachnachricht von", "message vocal de", "Mensaje de voz 00:14 del ...", "voicemail van"
    r"voicemail|voice mail|voice message|missed call|sprachnachricht|mailbox-nachricht|verpasster anruf|"
    r"message vocal|messagerie vocale|appel manqué|mensaje de voz|buzón de voz|llamada perdida|"
    r"ingesproken bericht|gemiste oproep)\b"
    r"|\btel\.|\bph\.|\btél\.|\bmob\."
    # French's "Port." for "portable" as a field's label ("Port. : 06..."); "port" alone is a network's
    r"|\bport\.(?=[ ]?:)"
)
# A phone word right before the number, with at most a few small words between: "ring me back
# on 68685271", "Caller: 1831-7383", "bel me op ...". A bare 8-digit run needs this much.
_PHONE_WORD_RIGHT_BEFORE = re.compile(
    # or the messages themselves, right before it ("Pt prefers texts: 0423.5400"): see _TEXTS_RIGHT_BEFORE
    # and a question that invites questions, the number its answer ("Questions? 0612...", see _ASKED_RIGHT_BEFORE)
    r"(?:" + _PHONE_CONTEXT.pattern + r"|\b(?:texts(?:[ ]only)?|textnachrichten|kurznachrichten)\b"
    r"|\b(?:questions|queries|question|fragen|frage|dudas|duda|preguntas|vragen|vraag)[ ]?\?)"
    # and the speaker being on the number: "if you need to reach me, I'm on 84774494"; the number's
    # word and the link verb that gives it: "My contact number is 66853469", "Telefonnummer ist ...",
    # "numéro de téléphone est le ...", "número de teléfono es el ...", "telefoonnummer is ..."
    r"(?:,?[ ](?:me|us|him|her|them|back|on|at|op|naar|au|al|unter|an|sur|mich|uns|moi|nous|nos|le|la|mij|ons|"
    r"number|no\.|nummer|is|ist|lautet|est|es|el|"
    # a softening particle between the call's verb and its "on": "bel me even op ...", "bel gerust op ...",
    # "ruf mich einfach unter ... an", "ruf doch mal an unter ...", "just call me on ...", "give me a ring anytime on"
    r"even|gerust|gewoon|eens|mal|doch|einfach|kurz|just|anytime|"
    r"i['’]m|i am|we['’]re|we are|ich bin|wir sind|je suis|nous sommes|estoy|estamos|ik ben|wij zijn|we zijn|"
    # who gave the number, between its word and the number: "Callback number she gave: ...", "Rückrufnummer,
    # die sie angab: ...", "numéro de rappel qu'elle a laissé : ...", "teléfono que dejó: ...", "terugbelnummer
    # dat hij doorgaf: ..."
    r"(?:she|he|they|you|we|i)[ ](?:gave|left|provided)(?:[ ](?:us|me))?|"
    r"(?:die|den|das)[ ](?:sie|er)[ ](?:angab|angegeben[ ]hat|hinterließ|hinterlassen[ ]hat)|"
    r"qu['’](?:elle|il|ils|elles)[ ](?:a|ont)[ ](?:donné|laissé|indiqué)|"
    r"que[ ](?:nos[ ]|me[ ])?(?:dio|dejó|indicó)|dat[ ](?:ze|zij|hij)[ ](?:gaf|opgaf|achterliet|doorgaf))){0,3}"
    r"[ ]?[:.]?[ ]*$"
)
# Round 79: the calls someone asks for or prefers, the number right after "on" or "unter": "daughter asks for calls on
# 3600 5338", "son prefers calls on 68002559", "Tochter bittet um Anrufe unter 3600 5338"; the French, Spanish and Dutch
# ("préfère les appels au", "pide llamadas al", "wil gebeld worden op") were read already; "12 calls on the budget"
# asks for none
_CALLS_ASKED_BEFORE = gated(re.compile(
    r"(?:\b(?:asks?|asking|asked)[ ]for|\b(?:prefers?|preferred|wants?|requests?|requested))[ ](?:phone[ ])?calls[ ](?:on|at)"
    r"[ ]?:?[ ]*$|\b(?:bittet|bitten|bat|wünscht|wünschen)[ ]um[ ](?:telefonische[ ])?anrufe[ ](?:unter|auf)[ ]?:?[ ]*$"))
_CALL_NUMBER = re.compile(r"\bcall[ ]number\b")
"""A library's "call number" (a shelf mark) is no phone's number: not read as "call" and "number"."""


# Round 84: the on-call duty's label opening a report's line, the number right after its colon: the standby crew's or
# the engineer on call's phone ("Retén: 828902468", "Guardia: 612 345 678", "On call: 07700 900123", "Rufbereitschaft:
# 0171 2345678", "Astreinte : 06 12 34 56 78", "Storingsdienst: 06-12345678"); the label in a sentence ("the on call
# rota: 3 nights") or a count after it is no phone's shape, and only the label alone on its line before the number counts
_R84S_ON_CALL_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?i:ret[ée]n(?:[ ]de[ ]guardia)?|guardia|de[ ]guardia|on[ -]call(?:[ ]engineer|[ ]technician)?|"
    r"standby(?:[ ]engineer)?|rufbereitschaft|bereitschaft(?:sdienst)?|bereitschaftstelefon|astreinte|"
    r"technicien[ ]d['’]astreinte|piket(?:dienst)?|storingsdienst|wachtdienst)[ \t]*:[ \t]*$")


def _phone_word_right_before(before: str) -> bool:
    """A phone's word right before the number (_PHONE_WORD_RIGHT_BEFORE), a call made to it
    (_CONTACTED_RIGHT_BEFORE) or one to cancel on it (_CANCEL_RIGHT_BEFORE), not a library's "call number"."""
    if _reached_right_before(before):
        return True  # "Finder contacted on: 68685271", "Pour annuler : 0365156230"
    if _R84S_ON_CALL_LABEL.search(before) is not None:
        return True  # round 84: "Retén: 828902468"
    m = _PHONE_WORD_RIGHT_BEFORE.search(before)
    return m is not None and _CALL_NUMBER.search(before, m.start()) is None

# The messages themselves as the way to reach someone, right before the number: "Pt prefers texts:
# 0423.5400", "texts only, 0412.3456", "Textnachrichten bitte an ...", "Kurznachrichten an: ..."
# (in a sentence's window, "texts" is too often a book's)
_TEXTS_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:texts|textnachrichten|kurznachrichten)(?:[ ](?:only|to|please|bitte|nur))?(?:[ ](?:an|to))?[ ]?[:,]?[ ]*$"
    # the verb "text" with who will send, the number its object: "we'll text 0118...", "I will
    # text 07700 ...", "they can text 0412 ..."
    r"|(?<!\w)(?:we|i|they|you|he|she|someone|the driver|the team|(?:the|our|your)[ ][a-z]{3,15})"
    r"(?:['’]ll|[ ]will|[ ]can|[ ]could|[ ]would|[ ]may)"
    r"[ ](?:just[ ]|also[ ])?(?:text|sms|txt)(?:[ ](?:you|me|us|them|him|her)[ ](?:on|at))?[ ]$"
    # the imperative that opens a clause, the number its object: "Cover still needed Wed cafe, text
    # 1732.6311", "Questions? Txt 5123-4411", Dutch's "Invaller gezocht, app 0612345678" ("the text
    # 4412 5567", a noun's, opens no clause)
    r"|(?:^|(?<=[,;!?.\n]))[ \t]*(?:(?:or|please|pls|just|dan|of)[ ])?(?:text|txt|app)[ ]$"
    # where the messages or the calls go, the number the place: "Texts go to 1352-7447", "calls to
    # 0412...", "SMS gehen an ...", "Anrufe bitte an ...", "les SMS vont au ...", "appels au ...", "los
    # SMS van al ...", "llamadas al ...", "sms'jes gaan naar ...", "oproepen naar ..."
    r"|(?<!\w)(?:texts|text messages|calls|phone calls|sms|smses|anrufe|textnachrichten|appels|textos|mensajes|llamadas|"
    r"sms['’]jes|oproepen)(?:[ ](?:go|are sent|get sent|are forwarded|come|gehen|kommen|werden weitergeleitet|vont|arrivent|"
    r"sont envoyés|sont transférés|van|llegan|se envían|se desvían|gaan|komen|worden doorgeschakeld))?(?:[ ](?:bitte|svp|please))?"
    r"[ ](?:to|an|au|à|al|a|naar)[ ]?:?[ ]*$"
    # a message that came from the number, by its channel: "asked via text from 0141...", "per SMS von
    # 0171...", "par SMS depuis le 06...", "por WhatsApp desde el 612...", "via sms vanaf 06..."
    r"|(?<!\w)(?:via|by|per|par|por|über|through|en)[ ](?:a[ ]|un[ ]|une[ ]|een[ ])?(?:text|sms|txt|whatsapp|signal|"
    r"telegram|texto|mensaje|message|nachricht|app|appje|bericht)"
    r"[ ](?:from|von|de|du|depuis|desde|del|van|vanaf)(?:[ ](?:the|der|dem|le|el|het))?[ ]?:?[ ]*$")
# A question that invites questions, the number right after it as its answer: "Any questions?
# 07700 900123", "Noch Fragen? 0171...", "Des questions ? 06...", "¿Dudas? 912...", "Vragen? 00/ 552 68 14"
_ASKED_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:questions|queries|question|fragen|frage|dudas|duda|preguntas|vragen|vraag)[ ]?\?[ ]*$")
# Someone's own number: "my new number", "mi número nuevo", "mon nouveau numéro", "mijn nieuwe nummer"
# Another thing's word before "number", so "your claim number" is the claim's, no phone's: a claim, a
# case, an order, an account, a policy, a customer's or a member's file ("Your claim number looks like ...")
_OTHER_THINGS_NUMBER = (r"(?:claim|case|order|account|policy|invoice|booking|reference|tracking|customer|member|"
                        r"membership|ticket|file|patient|reservation|serial|card|claims|klant|dossier|polis)[ ]")
_OWN_NUMBER = re.compile(
    r"\b(?:my|your|his|her|their|mein|meine|meinen|dein|deine|seine|ihre|mon|ton|son|"
    r"mi|tu|su|mijn|jouw|zijn|haar)[ ](?:(?!" + _OTHER_THINGS_NUMBER + r")[\w']+[ ])?"
    r"(?:number|nummer|numéro|número|num|no\.|nr\.?)(?![\w])"
    # "new" says whose number only right before it ("new number", "neue Nummer", "nouveau numéro", "nieuwe
    # nummer"): with a thing between, the number is the new thing's ("new dumbbells no. ...", "nieuwe
    # stoelen nr. ...", "neue Hanteln Nr. ...", "nouvelles chaises n° ...", "nuevas sillas n.º ...")
    r"|\b(?:new|neue|neuen|nouveau|nouvel|nuevo|nieuwe)[ ](?:number|nummer|numéro|número|num|no\.|nr\.?)(?![\w])"
    # a relative clause about a person, the number theirs: "a visitor whose number is ...", "dessen
    # Nummer ...", "dont le numéro est ...", "cuyo número es ...", "wiens nummer ..." (only a phone's word
    # between: "whose part number" is a part's)
    r"|\b(?:whose|deren|dessen|dont le|cuyo|cuya|wiens|wier)[ ](?:(?:phone|mobile|cell|telefon|handy|téléphone|portable|"
    r"teléfono|móvil|telefoon|mobiele)[ ])?(?:number|nummer|numéro|número)(?![\w])"
    r"|\bnúmero nuevo\b|\bnuméro perso\b|\bchangé de numéro\b|\bnieuw nummer\b|\bcambiado de número\b"
)
# Someone's number given as theirs right before it, with a colon or a verb, or after a short
# clause that asks to keep it: "got a new number, save this one: 59272807", "mi número nuevo es
# ...", "neue Nummer, bitte speichern: ...", "mon nouveau numéro, note-le : ...". A bare
# eight-digit run needs this much (not "your booking number: ...", where the number is a booking's,
# nor "the new number is ...", a number that is no one's)
_OWN_NUMBER_RIGHT_BEFORE = gated(re.compile(
    r"(?<!\w)(?<!the )(?<!die )(?<!der )(?<!le )(?<!el )(?<!de )(?<!het )"
    r"(?:(?:my|our|a|mein|meine|unsere|eine|mon|notre|un|mi|nuestro|mijn|ons|onze|een)[ ])?"
    r"(?:(?:new|neue|neuen|nouveau|nouvel|nuevo|nieuw|nieuwe)[ ])?"
    r"(?:number|nummer|handynummer|numéro|número|telefoonnummer)(?:[ ](?:nuevo|nueva))?"
    r"(?:[ ](?:is|ist|lautet|est|c['’]est|es)|[ ]?,[ ]?[^\W\d][^\n\d.!?;:,]{0,25})?[ ]?:?[ ]*$"
))
_OWN_WORD = re.compile(r"(?<!\w)(?:my|our|mein|meine|unsere|mon|notre|mi|nuestro|mijn|ons|onze)[ ]|"
                       r"(?<!\w)(?:new|neue|neuen|nouveau|nouvel|nuevo|nieuw|nieuwe)[ ]|[ ](?:nuevo|nueva)(?!\w)")


def _own_number_right_before(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start].lower()
    m = _OWN_NUMBER_RIGHT_BEFORE.search(before)
    return (m is not None and _OWN_WORD.search(m.group(0)) is not None) or _KIN_NUMBER_RIGHT_BEFORE.search(before) is not None


# Round 78: ... or a relative's, named by the relation, the number right after ("Daughter's number is 77814867",
# "her son's mobile number: ...", "Nummer der Tochter: ...", "le numéro de sa fille : ...", "el número de su hija es
# ...", "het nummer van haar dochter is ..."); "his number is 23" on a shirt is no eight-digit run
_NUMBER_OWNER = (r"(?:daughter|son|wife|husband|mother|father|mum|mom|dad|sister|brother|partner|niece|nephew|grandson|"
                 r"granddaughter|neighbou?r|carer)")
_KIN_NUMBER_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:" + _NUMBER_OWNER + r"(?:['’]s|s['’])[ ](?:(?:mobile|cell|phone|contact)[ ])?number(?:[ ](?:is|was))?|"
    r"(?:nummer|handynummer|telefonnummer)[ ](?:der|des|von[ ](?:der|dem)|seiner|ihrer)[ ](?:tochter|sohnes|sohns|frau|"
    r"mannes|mutter|vaters|schwester|bruders|nachbarin)(?:[ ](?:ist|lautet))?|"
    r"(?:le[ ])?numéro[ ](?:de[ ](?:sa|son|la|leur)|du)[ ](?:fille|fils|femme|mari|mère|père|sœur|soeur|frère|voisine?)"
    r"(?:[ ](?:est|c['’]est))?|"
    r"(?:el[ ])?número[ ]de[ ](?:su|la|el)[ ](?:hija|hijo|mujer|esposa|esposo|marido|madre|padre|hermana|hermano|vecina|"
    r"vecino)(?:[ ]es)?|"
    r"(?:het[ ])?nummer[ ]van[ ](?:de|zijn|haar|hun)[ ](?:dochter|zoon|vrouw|man|moeder|vader|zus|broer|buurvrouw|buurman)"
    r"(?:[ ]is)?)[ ]?:?[ ]*$")


# A signature's one-letter field at the start of its line: "M: 06...", "T: +44 ...", "P: ..."
_LINE_FIELD = re.compile(r"(?:^|\n)[ \t]*(?:m|t|p|mob|ph|f|tf|tlf)[ \t]*[:.][ \t]*$", re.IGNORECASE)
# A field that says where to ask or whom to reach, as a line's or a sentence's label: "Queries:
# 6200-7698" under a letter, "Direct: 0292018323" in a signature, "Rückfragen an:", "Renseignements :",
# "Consultas:", "Vragen:", "Inlichtingen:"; a colon after it, nothing between it and the number
_CONTACT_FIELD = re.compile(
    r"(?:^|\n|[.!?][ ]+)[ \t]*(?i:queries|enquiries|inquiries|questions|direct|direct line|switchboard|"
    r"rückfragen(?: an)?|fragen|auskunft|auskünfte|direkt|zentrale|"
    r"renseignements|questions|ligne directe|standard|accueil|"
    r"consultas|dudas|información|informacion|centralita|"
    r"vragen|inlichtingen|informatie|direct nummer|receptie)[ \t]*:[ \t]*$")
# A form's field for the number to call in an emergency, or one field for the phone and the e-mail
# together, as a line's label with its colon: "Urgence : 06...", "Notfall: 07...", "Emergency: ...",
# "Urgencias: ...", "Noodgeval: ...", "Phone / email: 2273 ... / x@...", "Tel./E-Mail:", "Tél. / courriel :"
_EMERGENCY_OR_SHARED_FIELD = re.compile(
    r"(?:^|\n|[.!?;][ ]+)[ \t]*(?:[-*•][ \t]*)?(?i:emergency|emergencies|in emergencies|notfall|notfälle|im notfall|urgence|urgences|"
    r"en cas d['’]urgence|urgencia|urgencias|emergencia|en caso de emergencia|noodgeval|noodgevallen|nood|spoed|"
    # the field's number named after the word: "Emergency no.:", "Notfall-Nr.:", "Urgence n° :"
    r"(?:emergency|notfall|urgence|urgencia|emergencia|noodgeval|nood)[ -]?(?:no\.?|nr\.?|n[°º]\.?|#)|"
    r"(?:n[°º]|n\.[°º]|no\.?|nr\.?)[ ]d['’]urgence|n\.?[°º]\.?[ ]de[ ](?:emergencia|urgencia)|"
    r"(?:phone|tel|telephone|mobile|telefon|handy|tél|téléphone|portable|teléfono|tlf|tfno|móvil|telefoon|mobiel|gsm)\.?"
    r"[ ]?(?:/|&|and|und|ou|et|o|y|of|en)[ ]?(?:e-?mail|mail|courriel|correo|correo electrónico))[ \t]*:[ \t]*$")


def _emergency_or_shared_field(text: str, start: int) -> bool:
    """Whether the number opens the value of an emergency field or of a phone-and-e-mail field
    (_EMERGENCY_OR_SHARED_FIELD): a form asks for a phone there."""
    return ":" in text[max(0, start - 3) : start] and _EMERGENCY_OR_SHARED_FIELD.search(
        text, max(0, start - 40), start) is not None


# A message's header whose sender or recipient is a number: an SMS's "From: 0137-3707", "Von:",
# "De :", "Van:", "Para:"; a mail's sender is an address, so a number there is the phone's
_MESSAGE_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?:from|to|sender|von|an|absender|de|à|expéditeur|destinataire|para|remitente|van|aan|afzender)"
    r"[ \t]*:[ \t]*$", re.IGNORECASE)
# A contact verb, a person, "on"/"at": "text Stephen Gibson on", "call Anna at", "bel Sanne op"; the
# person maybe named after their role, set off by commas, and the verb maybe "contact": "contact your
# Income Officer, Ashley Holder, on ...", "kontaktieren Sie Ihre Betreuerin, Jana Roth, unter ...",
# "contactez votre conseillère, Léa Roy, au ...", "contacte con su gestora, Ana Gil, al ...", "neem contact
# op met je coach, Sanne Bos, op ..." / "bel je coach, Sanne Bos, op ..." (the role's words in lower case,
# a possessive or an article first, so a list's "call Tom, Ann, Joe at" names no role)
_CONTACT_ROLE = (r"(?:(?i:your|the|our|his|her|their|ihre[nm]?|ihr|deine[nm]?|dein|unsere[nm]?|den|die|votre|vos|ton|ta|"
                 r"le|la|notre|su|sus|tu|el|nuestr[oa]|uw|je|jouw|de|het|onze)[ ](?:[^\W\d_][\w'’-]*[ ]){0,3}?"
                 r"[^\W\d_][\w'’-]*,[ ])?")
_CONTACT_PERSON = re.compile(
    r"(?i:\b(?:text|call|ring|phone|contact|bel|appelle|appelez|contactez|contacter|llama|llame|contacte|contacta|"
    r"ruf|rufen|kontaktieren(?:[ ]sie)?|kontaktiere|neem[ ]contact[ ]op[ ]met|contacteer)[ ]+(?:(?:a|con|met)[ ]+)?)"
    + _CONTACT_ROLE + r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2}"
    r"(?:,[ ](?=[^\W\d_]+[ ]*$))?[ ]*(?i:on|at|au|al|op|unter|an)[ ]*$")
# Contact words after the number: "ist unter 0268526315 erreichbar", "op 0612345678 bereikbaar"
_PHONE_CONTEXT_AFTER = re.compile(
    r"[ ]{0,2}(?:erreichbar|zu erreichen|bereikbaar|te bereiken|anrufen|bellen)\b"
    # a contact line: the number, a separator and an e-mail address ("0556461264 – anna@x.fr",
    # "8383 4314 | al@example.org", "+41 ... · name@...")
    r"|[ ]*[|–—·•/][ ]*[\w.+-]+@[\w-]+\."
    # the number named as a phone number after it: "le 0322703729 comme numéro de rappel",
    # "0322703729 as your callback number", "0322703729 als Rückrufnummer"
    r"|[ ](?:comme|as|als|como)[ ](?:(?:your|the|votre|le|ihre|die|su|el|uw|je|de)[ ])?"
    r"(?:numéro de (?:rappel|téléphone|portable|mobile)|(?:callback|phone|telephone|contact|mobile) number|"
    r"(?:rückruf|telefon|handy|mobil|kontakt)nummer|número de (?:teléfono|contacto|móvil)|(?:telefoon|terugbel|mobiel)nummer)"
    # what came of calling it: "as 8828.8702 went to voicemail", "0171... ging direkt auf die Mailbox",
    # "le 06... est tombé sur la messagerie", "el 612... saltó al buzón", "06... ging naar de voicemail",
    # "... rang out", "... war besetzt", "... ne répond pas", "... no contesta", "... nam niet op"
    r"|[ ](?:went|goes|keeps going)[ ](?:(?:straight|directly|right)[ ])?to[ ](?:voicemail|voice mail|answerphone|the answering machine)"
    r"|[ ](?:rang out|rings out|was engaged|is engaged|is unreachable|was unreachable|(?:is|was)(?:n['’]t| not) answering)"
    r"|[ ](?:ging|geht)[ ](?:(?:direkt|sofort|nur|immer)[ ])?(?:auf|an)[ ](?:die[ ]|den[ ])?(?:mailbox|sprachbox|anrufbeantworter)"
    r"|[ ](?:war|ist)[ ](?:besetzt|nicht erreichbar)|[ ](?:nimmt|nahm)[ ]nicht[ ]ab"
    r"|[ ](?:est|était)[ ](?:tombé|basculé)[ ](?:directement[ ])?sur[ ](?:la[ ]|le[ ])?(?:messagerie|répondeur)"
    r"|[ ](?:ne répond pas|n['’]a pas répondu|sonne dans le vide|sonnait occupé|était occupé)"
    r"|[ ](?:saltó|salta|salió|sale)[ ](?:directamente[ ])?(?:al|el)[ ]buzón|[ ](?:no contesta|no contestó|daba comunicando)"
    r"|[ ](?:ging|gaat|sprong)[ ](?:(?:meteen|direct|steeds)[ ])?(?:naar|op)[ ](?:de[ ])?voicemail"
    r"|[ ](?:neemt|nam)[ ]niet[ ]op|[ ](?:was|is)[ ]in[ ]gesprek"
)
# A call made to it, right before the number: "Owner contacted on: 3132-9390", "Eigentümer kontaktiert
# unter: ...", "Propriétaire contacté au : ...", "Propietario contactado en el: ...", "Eigenaar
# gecontacteerd op: ..." (a bare "contacted" in the sentence names a date or an order as often)
_CONTACTED_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:contacted|kontaktiert|contacté|contactée|contactad[oa]|gecontacteerd|"
    # the passive of the call itself, wished or done: "would like to be called on 0...", "möchte unter 0...
    # angerufen werden" (its number before), "souhaite être appelée au 0...", "quiere ser llamada al 6...",
    # "wil graag gebeld worden op 0..."
    r"(?:be|être|ser)[ ](?:called|appelée?s?|llamad[oa]s?)|gebeld[ ]worden|"
    # round 63: the call made, its participle right before the number with the preposition that gives it: a
    # call log's or an alert's "Martha Timmermans gebeld op 00/ 111 22 65", "rung on 0412...", "unter 0171...
    # angerufen" is the verb's other order (its number before), "appelée au 06...", "llamado al 612...": the
    # preposition ties the number to the call, as "called on Monday" has no number after it
    r"called|phoned|rung|appelée?s?|llamad[oa]s?|gebeld|opgebeld)[ ]"
    r"(?:on|at|via|unter|über|au|sur|en[ ]el|al|op)[ ]?:?[ ]*$")


# A call to cancel, right before the number: an appointment's or a booking's last line ("Pour annuler :
# 0365156230", "To cancel, call 0365156230", "Zum Absagen: 0171...", "Para anular: 612345678",
# "Afmelden via 0612345678", "Annulation : ...", "Cancellations: ...", "Absagen bitte unter ...")
_CANCEL_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:pour|en cas d['’])[ ](?:annuler|annulation|vous désister)|annulations?|"
    r"to cancel|cancellations?|to rearrange|"
    r"(?:zum|zur)[ ](?:absagen|absage|stornieren|abmelden)|absagen|absage|abmeldungen?|"
    r"para (?:anular|cancelar)|anulaciones|cancelaciones|"
    r"afmelden|afmeldingen|om af te (?:melden|zeggen)|afzeggen)"
    # a modal between, as a notice words its last line: "Afzeggen kan via 0...", "Absagen können Sie unter
    # 0...", "Cancelling can be done on ..."
    r"(?:[ ](?:kan|kunt[ ]u|können[ ]sie|kann[ ]man|can[ ]be[ ]done))?"
    r"(?:[ ](?:(?:please|bitte|svp|s['’]il vous plaît|por favor|graag|a\.u\.b\.)[ ]?)?"
    r"(?:call|ring|text|phone|appelez(?:[ ]le)?|téléphonez(?:[ ]au)?|rufen sie|anrufen|unter|via|op|bij|au|al|llame al|"
    r"llama al|bel|sms))?[ ]?[:,]?[ ]*$")


# The speaker being at the number, the number right after the verb and the preposition joined with its article:
# "si alguien pregunta, estoy en el 612345678", "estamos en el 911...", "estoy al 6...", "je suis au 06...",
# "nous sommes au 01...": the article makes the number a thing one is at, as "al 612345678" reaches one (round
# 13), and a person is at a number only by phone ("estoy en el aula 212" has no phone's shape after it). English's,
# German's and Dutch's bare "I'm on", "ich bin unter", "ik ben op" take no article and stay unread alone (round 13:
# "I'm on 84774494" needs a phone's word before it)
_SPEAKER_AT_NUMBER = re.compile(
    r"(?<!\w)(?:estoy|estamos|je[ ]suis|nous[ ]sommes|on[ ]est)"
    r"(?:[ ](?:siempre|también|toujours|aussi))?"
    r"[ ](?:en[ ]el|al|au)[ ]?:?[ ]*$")


# Someone told of an event by phone, the number right after the verb: in brackets, after its colon, or after ",
# number" ("daughter Kate informed (01184 960284)", "son notified: 07700 900 123", "parent prévenu (06 12 34 56
# 78)", "Tochter verständigt (0171 2345678)", "Hat vorhin angerufen, Nummer 0503 1570164", "madre avisada
# (612 345 678)", "ha llamado, número 612345678", "Zoon gebeld: 06-12345678"): the call reached the person on it.
# A date or a time after the verb ("informed on 3 May") has no bracket or colon before it and stays unread
_NOTIFIED_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:informed|notified|called|phoned|rang|prévenue?s?|appelée?s?|averti(?:e|s|es)?|informée?s?|"
    r"angerufen|informiert|benachrichtigt|verständigt|avisad[oa]s?|informad[oa]s?|llamad[oa]s?|llamó|"
    r"gebeld|geïnformeerd|verwittigd|ingelicht)(?:\(e\))?"
    r"[ ]?(?:\(|:[ ]*|,[ ](?:number|nummer|numéro|número)[ ]?:?[ ]*)$")


# Round 83: someone told of an event, then "on"/"unter"/"au" and the number they were told on: a report's or a log's
# "Vehicle owner Ms. Martinez informed on 9155844007", "Halterin unter 0171 2345678 informiert" has its number before,
# "Eigentümer verständigt unter 0171 2345678", "propriétaire prévenu au 06 12 34 56 78", "dueña avisada al 612 345
# 678", "eigenaar ingelicht op 06-12345678"; a date after the verb ("informed on 3 May") is no phone's shape and the
# phone rules never read it
_R83S_INFORMED_ON = re.compile(
    r"(?<!\w)(?:informed|notified|advised|alerted|told|informiert|benachrichtigt|verständigt|prévenue?s?|informée?s?|"
    r"averti(?:e|s|es)?|avisad[oa]s?|informad[oa]s?|notificad[oa]s?|geïnformeerd|ingelicht|verwittigd|gewaarschuwd)"
    r"(?:\(e\))?[ ](?:on|at|via|unter|über|au|sur[ ]le|al|en[ ]el|op)[ ]?:?[ ]*$")


def _reached_right_before(before: str) -> bool:
    """A call made to the number (_CONTACTED_RIGHT_BEFORE), one to cancel on it (_CANCEL_RIGHT_BEFORE) or the
    speaker being at it (_SPEAKER_AT_NUMBER), right before it: both phone-word checks ask the same of the text
    before the number."""
    return (_CONTACTED_RIGHT_BEFORE.search(before) is not None or _CANCEL_RIGHT_BEFORE.search(before) is not None
            or _SPEAKER_AT_NUMBER.search(before) is not None or _NOTIFIED_RIGHT_BEFORE.search(before) is not None
            or _R83S_INFORMED_ON.search(before) is not None)  # round 83: "owner informed on 9155844007"


# Round 81: a call asked for, then when, then the number after a colon or the preposition that gives it: a job
# sheet's or a booking's request ("Kunde bittet um Anruf 30 min vorher: 0226083933", "Anruf erbeten unter 0171...",
# "customer asks for a call 30 min before: 0412...", "le client demande un appel 30 min avant : 06...", "pide una
# llamada media hora antes: 612...", "vraagt om een telefoontje een half uur vooraf: 06..."); German's noun "Anruf"
# is no phone word of _PHONE_CONTEXT alone ("Anruf vom 12.03." dates a call), the request makes it one
_R81S_CALL_ASKED_BEFORE = gated(re.compile(
    r"(?<!\w)(?:(?:bitte|bittet|bitten|bat|erbittet|wünscht|wünschen)[ ]um[ ](?:einen[ ])?(?:kurzen[ ]|telefonischen[ ]|"
    r"vorherigen[ ])?anruf|anruf[ ](?:erbeten|erwünscht|gewünscht)|"
    r"(?:asks?|asked|requests?|requested|wants?|would[ ]like|prefers?)[ ](?:for[ ])?a[ ](?:quick[ ]|phone[ ])?call|"
    r"(?:demande|souhaite|voudrait|aimerait)[ ]un[ ](?:petit[ ])?appel|"
    r"(?:pide|solicita|quiere|prefiere)[ ](?:una[ ])?llamada|"
    r"(?:vraagt|wil|wenst)[ ](?:om[ ])?(?:een[ ])?(?:telefoontje|belletje))"
    r"(?:[ ][^\n:!?]{1,30}?)?(?:[ ]?:|[ ](?:unter|on|at|au|al|op))[ \t]*$"))
# Round 81: a booking's or an appointment's last line for a change, the number right after it, as _CANCEL_RIGHT_BEFORE
# reads a cancellation's ("Pour toute modification : 0498369096.", "For any changes: 0412...", "Bei Änderungen: 0171...",
# "Para cualquier cambio: 612...", "Voor wijzigingen: 06..."); "Pour toute modification de la commande 0498..." has the
# order's words between and stays unread
_R81S_CHANGE_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:pour[ ]toute[ ]modification|pour[ ](?:modifier|changer)(?:[ ]ou[ ]annuler)?|"
    r"en[ ]cas[ ]de[ ](?:modification|changement)|"
    r"for[ ](?:any[ ])?(?:changes|amendments)|to[ ](?:change|amend|reschedule)(?:[ ]or[ ]cancel)?|"
    r"(?:für|bei)[ ](?:änderungen|terminänderungen|umbuchungen)|(?:zum|zur)[ ](?:ändern|umbuchen|umbuchung)|"
    r"para[ ](?:cualquier[ ])?(?:cambio|modificación|modificar|cambiar)(?:[ ]o[ ](?:anular|cancelar))?|"
    r"en[ ]caso[ ]de[ ](?:cambio|modificación)|"
    r"voor[ ](?:wijzigingen|wijzigen|omboeken)|bij[ ]wijzigingen|om[ ]te[ ](?:wijzigen|verzetten))"
    r"(?:[ ](?:(?:please|bitte|svp|por[ ]favor|graag)[ ])?(?:call|ring|phone|text|appelez(?:[ ]le)?|téléphonez(?:[ ]au)?|"
    r"rufen[ ]sie|anrufen|unter|via|op|au|al|llame[ ]al|llama[ ]al|bel))?[ ]?[:,]?[ \t]*$")
# Round 81: a clause that someone cannot come, then the message's or the call's verb right before the number, with no
# comma between them ("If you can't make your shift text 17375755 before 7am", "if you cannot attend please call
# 0412...", "Wenn du deine Schicht nicht schaffst schreib an 0171...", "si tu ne peux pas venir envoie un sms au
# 06...", "si no puedes venir escribe al 612...", "als je niet kunt komen app 06..."): the absence's clause makes the
# verb a plan's hitch (as _PHONE_CONTEXT's "if you can't make it"); "the text 4412 5567" opens no such clause
_R81S_ABSENCE_THEN_MESSAGE = re.compile(
    r"(?<!\w)(?:if[ ](?:you|u)[ ](?:can['’]t|cannot|can[ ]not|are[ ]unable[ ]to|won['’]t[ ]be[ ]able[ ]to)[ ]"
    r"(?:make|come|attend|do|work)|(?:wenn|falls)[ ](?:du|ihr|sie)[ ][^\n.!?:]{0,30}?nicht[ ](?:kannst|könnt|können|"
    r"schaffst|schafft|schaffen)|si[ ](?:tu|vous)[ ]ne[ ](?:peux|pouvez)[ ]pas[ ](?:venir|assurer|faire)|"
    r"si[ ]no[ ](?:puedes|puede|podéis|pueden)[ ](?:venir|ir|hacer)|als[ ](?:je|u|jij)[ ](?:niet[ ](?:kunt|kan)|"
    r"verhinderd[ ]bent))"
    r"[^\n.!?:]{0,30}?[ ,][ ]?(?:(?:please|pls|just|bitte|merci[ ]d['’])[ ])?"
    r"(?:text|txt|sms|call|ring|phone|whatsapp|schreib(?:t)?[ ]an|simse|envoie[ ]un[ ]sms[ ]au|envoyez[ ]un[ ]sms[ ]au|"
    r"écris[ ]au|écrivez[ ]au|escribe[ ]al|manda[ ]un[ ](?:sms|whatsapp|mensaje)[ ]al|app|sms[ ]naar)[ ]?:?[ \t]*$")


# Round 83: the writer asks to be called, then when or how (a date, a time, "briefly") before the number's colon or
# preposition, longer than the phone words' window reads: "Ruf mich bitte vor dem 25.03.2022 kurz an: 09130339530",
# "Rufen Sie mich bis Freitag zurück unter 36326789", "Please call me before 3 May on 36326789", "Appelle-moi avant le
# 25/03 au 36326789", "Llámame antes del 25/03 al 612345678", "Bel me voor 25-03 even op 36326789"; the ask's own words
# (the imperative with "me"/"mich"/"moi"), then a time's preposition ("before", "vor", "avant", "antes", "voor") and a
# short gap on its line with no colon, question or exclamation; "Call me when the boxes arrive: 36326789 is the
# order" names no time and stays as it was
_R83S_CALL_ME_THEN = re.compile(
    r"(?<!\w)(?:(?:call|ring|phone)[ ]me(?:[ ]back)?|ruf(?:t)?[ ]mich|rufen[ ]sie[ ]mich|(?:r?appel(?:le|ez))[ -]moi|"
    r"llámame|llámeme|llamadme|bel[ ](?:me|mij))"
    r"(?:[ ](?:bitte|please|pls|svp|por[ ]favor|even|graag|kurz|briefly|quickly))*"
    r"[ ](?:before|after|by|until|till|vor|nach|bis|ab|avant|après|d['’]ici|antes|después|hasta|voor|vóór|na|tot)[ ]"
    r"[^\n:!?]{1,30}?(?:[ ](?:bitte|please|kurz|briefly|quickly|even|nochmal|noch[ ]mal))?"
    r"(?:[ ](?:an|zurück|back|terug))?(?:[ ]?:|[ ](?:on|at|unter|au|al|op))[ ]*$")


def _r81s_number_asked_for(text: str, start: int) -> bool:
    """Round 81: a call asked for before the number (_R81S_CALL_ASKED_BEFORE), a change's line right before it
    (_R81S_CHANGE_RIGHT_BEFORE), or an absence's clause and a message's verb (_R81S_ABSENCE_THEN_MESSAGE); the
    line's last 90 characters before the number, lower-cased."""
    before = text[max(0, text.rfind("\n", 0, start) + 1, start - 90) : start].lower()
    return (_R81S_CALL_ASKED_BEFORE.search(before) is not None or _R81S_CHANGE_RIGHT_BEFORE.search(before) is not None
            or _R81S_ABSENCE_THEN_MESSAGE.search(before) is not None
            or _R83S_CALL_ME_THEN.search(before) is not None)  # round 83: "Ruf mich bitte vor dem 25.03.2022 kurz an: "


_FIRST_NAME = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
_TITLE = r"(?:(?i:sr|sra|srta|herr|frau|mr|mrs|ms|m|mme|dhr|mevr)\.?[ ])?"
# Who the number reaches, named right before it: a contact's label and a first name ("Emergency: James
# 5892183190", "Contact on site: Patrick ...", "Notfall: Jonas ...", "Urgence : Paul ...", "Contacto en
# obra: Luis ...", "Contactpersoon ter plaatse: Bram ..."); to whom notices or cancellations go, a first
# name and a colon ("Avisos a Martirio: ...", "Absagen bitte an Finn: ...", "Cancellations to Sam: ...",
# "Annulations à Léa : ...", "Afmeldingen naar Bram: ..."); a number's extension word before a full
# number ("Dudas a Sr. Lucas, ext. 886928398": nine digits or more are no extension); and a call to
# contact someone "at" it ("contacte con la junta en el 800519588", "contactez le syndic au ...")
_NAMED_CONTACT_BEFORE = re.compile(
    r"(?<!\w)(?i:emergency(?:[ ]contact)?|in[ ]an[ ]emergency|contact(?:[ ]on[ ]site|[ ]person)?|on-site[ ]contact|"
    r"notfall(?:kontakt)?|im[ ]notfall|ansprechpartner(?:in)?(?:[ ]vor[ ]ort)?|kontakt[ ]vor[ ]ort|"
    r"urgence|en[ ]cas[ ]d['’]urgence|contact[ ]sur[ ]place|urgencias?|en[ ]caso[ ]de[ ]emergencia|"
    r"contacto(?:[ ]en[ ](?:el[ ]lugar|obra|sitio))?|noodgeval|noodcontact|bij[ ]nood|"
    r"contactpersoon(?:[ ]ter[ ]plaatse)?|contact[ ]ter[ ]plaatse|"
    # who is on duty: "on call: Michael Morales (...)", "Bereitschaft: ...", "d'astreinte :", "de guardia:", "piket:"
    r"on[ -]call|on[ ]duty|duty[ ]officer|(?:ruf)?bereitschaft|notdienst|astreinte|d['’]astreinte|de[ ]garde|"
    r"de[ ]guardia|guardia|piket|piketdienst|dienstdoende|bereikbaarheidsdienst)"
    rf"[ ]?:[ ]?{_TITLE}{_FIRST_NAME}(?:[ ](?:(?:van|von|de|der|den|del|la|le)[ ]){{0,2}}{_FIRST_NAME}){{0,2}}(?:[ ]|[ ]?\()$"
    # whom to report to, a first name and a colon: "Bitte melden bei Ursula: ...", "report to Sam: ...",
    # "s'adresser à Léa : ...", "preguntar por Luis: ...", "melden bij Bram: ..."
    r"|(?<!\w)(?i:melden|meldet[ ]euch|melde[ ]dich|report|ask|s['’]adresser|adressez-vous|preguntar|pregunta|preguntad|"
    r"meld[ ]je|vraag|vragen)[ ](?i:bei|to|for|à|a|por|bij|naar)[ ]"
    rf"{_TITLE}{_FIRST_NAME}[ ]?:[ ]*$"
    r"|(?<!\w)(?i:avisos|notificaciones|cancelaciones|anulaciones|bajas|absagen|abmeldungen|meldungen|notices|"
    r"cancellations|absences|annulations|désistements|avis|afmeldingen|meldingen)"
    r"(?:[ ](?i:bitte|please|svp|por[ ]favor|graag))?[ ](?i:a|an|to|à|aan|naar|bei)[ ]"
    rf"{_TITLE}{_FIRST_NAME}[ ]?:[ ]*$"
    r"|(?<!\w)(?i:contacte|contacta|contactad|contacten|contactar|llame|llamen)[ ]con[ ](?:[\w.'’-]+[ ]){1,5}?"
    r"(?i:en[ ]el|al)[ ]$"
    r"|(?<!\w)(?i:contactez|contacter)[ ](?:[\w.'’-]+[ ]){1,4}?au[ ]$"
)
_EXTENSION_BEFORE = re.compile(r"(?<!\w)(?i:ext|extensi[óo]n|extension|durchwahl|poste|toestel)\.?[ ]?:?[ ]*$")


def _named_contact_before(text: str, start: int, end: int) -> bool:
    """Whether who the number reaches is named right before it (_NAMED_CONTACT_BEFORE), or an
    extension's word stands before a number too long for an extension (nine digits or more)."""
    if _NAMED_CONTACT_BEFORE.search(text, max(0, start - 70), start) is not None:
        return True
    digits = sum(c.isdigit() for c in text[start:end])
    return digits >= 9 and _EXTENSION_BEFORE.search(text, max(0, start - 16), start) is not None


# A person's title and surname, then a comma right before the number: the contact's line in a
# message ("te paso los datos del casero: Sra. Otero, 978681332", "Ansprechpartner Herr Roth, 0301234567")
_TITLED_NAME_COMMA = re.compile(
    r"(?<![\w.])(?i:sr|sra|srta|don|doña|dña|mr|mrs|ms|miss|dr|herr|frau|mme|mlle|dhr|mevr|mw)\.?"
    r"[ ](?:(?:van|de|der|den|von|del|la|le|da)[ ]){0,2}[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?,[ ]$"
)
# Round 72: ... or a dash between the titled name and the number, the number ending the clause: the person's
# phone ("Coach: Mrs Hale – 07700900123", "Trainer: Herr Roth – 01712345678", "Éducateur : Monsieur Joseph –
# 0596714177", "Monitor: Sr. Gil – 612345678", "Begeleider: Dhr. Bos – 0612345678"); the title's words written
# out too ("Monsieur", "Madame", "Señora", "Meneer", "Mevrouw"), French's "M." with its full stop
_TITLED_NAME_DASH = re.compile(
    r"(?<![\w.])(?:(?i:sr|sra|srta|don|doña|dña|mr|mrs|ms|miss|dr|herr|frau|mme|mlle|dhr|mevr|mw)\.?|M\.|"
    r"(?i:monsieur|madame|mademoiselle|señor|señora|señorita|meneer|mevrouw))"
    r"[ ](?:(?:van|de|der|den|von|del|la|le|da)[ ]){0,2}[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?[ ][–—-][ ]$"
)
# A preposition that puts a national number with its trunk 0 in reach: "Termine online oder unter
# 05073799886", "joignable au 0612345678", "bereikbaar op 0612345678", "happy to talk further on
# 01134960960"; and the Spanish "al" before a Spanish number (nine digits from 6 to 9, which has no
# trunk 0): "escribid a Brunilda (AMPA) al 976379429", not a range's end ("del 600000000 al 699999999")
_REACH_PREPOSITION = re.compile(r"(?<!\w)(?:unter|au|op|on)[ ]$")
# ... or the preposition and the number's word, maybe with one word that says which number: "unter
# der angegebenen Nummer 08228892181", "on the number 01134960960", "au numéro habituel 0612345678",
# "al número 0912345678", "op het nummer 0612345678"
_REACH_NUMBER_WORD = re.compile(
    r"(?<!\w)(?:unter[ ](?:der|dieser|seiner|ihrer|meiner|unserer)|(?:on|at)[ ](?:the|this|that|his|her|my|our)|"
    r"au|à[ ]ce|al|en[ ]el|op[ ](?:het|dit|dat|zijn|haar|mijn|ons))[ ]"
    r"(?:[^\W\d_][\w-]{2,20}[ ])?(?:nummer|number|numéro|número|telefonnummer|rufnummer|telefoonnummer|mobilnummer)"
    r"(?:[ ][^\W\d_][\w-]{2,20})?[ ]?:?[ ]$",
    re.IGNORECASE,
)
# ... in a sentence that reaches someone by it (an order or an invoice "unter der Nummer 0482736451
# gespeichert" is none): "meldet sich", "erreichbar", "anrufen", "call", "reach", "ring", "joignable",
# "rappeler", "appeler", "llamar", "localizar", "bellen", "bereikbaar"
_REACH_VERB = re.compile(
    r"(?<!\w)(?:erreich\w*|meldet|melden|melde?|an(?:ge)?ruf\w*|ruf\w*|call\w*|reach\w*|ring\w*|phone|text|"
    r"joign\w*|rappel\w*|appel\w*|llam\w*|localiz\w*|bel|bellen|belt|bereikbaar|contact\w*|kontakt\w*|contáct\w*)(?!\w)",
    re.IGNORECASE,
)
# Someone's line or connection named right before a national number: "Votre ligne 0250631666 sera
# suspendue", "your line 0201234567", "Ihr Anschluss 0301234567", "su línea 0912345678", "uw
# aansluiting 0201234567"
_LINE_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:votre|ta|sa|your|my|his|her|their|ihr|ihre|dein|deine|mein|meine|su|tu|mi|uw|je|jouw|mijn)[ ]"
    r"(?:ligne|line|phone line|leitung|anschluss|telefonanschluss|festnetzanschluss|línea|linea|lijn|aansluiting)"
    r"(?:[ ](?:mobile|fixe|móvil|movil|fija|mobiel|vaste))?[ ]?:?[ ]$",
    re.IGNORECASE,
)
# ... or a sending verb's clause closing on its "to" before the number: a photo, a message sent to it
# ("schick mir bitte ein Foto an 0...", "send me a picture to 0...", "stuur een foto naar 0...", "envoie-moi
# une photo au 0...", "mándame una foto al 6..." (French's and Spanish's prepositions above))
_SEND_TO_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:schick\w*|send|sende|sendet|senden|stuur|stuurt|sturen|envoie\w*|envoy\w*|mand[ae]\w*|mánd\w*)"
    r"(?:[ ][^\W\d_]+){0,6}[ ](?:an|to|naar|au|al)[ ]$", re.IGNORECASE)
_ES_REACH_PREPOSITION = re.compile(r"(?<![\w.])al[ ]$")
# Spanish's "en el" after a reaching verb in the clause: "contactado ... en el", "localizada en el"
_ES_REACHED_AT = re.compile(r"(?<![\w.])en[ ]el[ ]$")
# Spanish's asking and telling verbs for the number "en el" after them: "Pide cita en el ...",
# "avísanos en tienda o en el ...", "solicite cita en el ...", "escríbenos en el ..."
_ES_ASK_VERB = re.compile(r"(?<!\w)(?:pid[ea]n?[ ]cita|pedir[ ]cita|solicit[ae]n?[ ]cita|cita[ ]previa|avís\w*|avis[ae]n?|"
                          r"avisar\w*|escríb\w*|escrib[ae]n?os)(?!\w)", re.IGNORECASE)
# ... the clause ending there or going on with its next verb after "y"/"e"/"o": "pide cita con Eugenio en
# el 987552947 y trae el DNI", "avísanos en el 612345678 o escríbenos" (a number's own words after it,
# "en el 912345678 de la lista", leave it a figure: only the asking or reaching verb before and a
# conjunction's next word after it make the clause go on)
_ES_NEXT_VERB = re.compile(r"[ ](?:y|e|o|u)[ ](?:(?:me|te|se|nos|os|le|les|lo|la|luego|después|no)[ ])?"
                           r"[a-záéíóúñ]{3,}(?![\w])"
                           # ... or with a purpose's clause, its verb next: "avisar a su hija en el 612345678 para
                           # que recoja las plumas", "llame en el 612345678 para confirmar"
                           r"|[ ]para[ ](?:que[ ](?:(?:me|te|se|nos|os|le|les|lo|la|no)[ ])?[a-záéíóúñ]{3,}|"
                           r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:l[oa]s?|le|les|me|nos|se)?)(?![\w])")
# A callback's word as the number's label in a log ("requérant ..., rappel 0245950077")
_CALLBACK_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?i:rappel)[ ]?:?[ ]*$")
# A person one is told to tell or ask, the number in brackets after the name: "pls tell Sian (2188
# 5936)", "sag Jonas (0151 ...)", "dis à Léa (06 ...)", "dile a Ana (612 ...)", "zeg tegen Sanne (06 ...)"
_TOLD_NAME_BRACKET = re.compile(
    r"(?<!\w)(?i:tell|ask|let|message|sag|sagt|frag|fragt|dis[ ]à|dites[ ]à|demande[ ]à|demandez[ ]à|"
    r"dile[ ]a|dígale[ ]a|pregúntale[ ]a|avisa[ ]a|zeg[ ](?:het[ ])?(?:tegen[ ])?|vraag|laat)[ ]+"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2}[ ]?\($")
_ES_RANGE = re.compile(r"(?<!\w)(?:del|de|desde|entre)[ ][0-9][0-9 .]*[ ](?:al|y|hasta)[ ]$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:$|\n|[.,;!)])")
# Round 80: a national number with two zeros first (PHONE's "zeros"), right after a titled name and its comma and ending
# the clause ("Wijzigingen doorgeven aan de competitieleider mevrouw Thijs, 00 607 45 41", "Fragen an Herrn Roth, 00 607
# 45 41.", "s'adresser à Madame Roy, 00 607 45 41", "preguntar por la señora Gil, 00 607 45 41", "ask Mrs Hale, 00 607
# 45 41"), the title written out too ("mevrouw", "meneer", "de heer", "Herrn", "Madame", "Monsieur", "señora", "señor");
# or the writer's own number said right before it ("Mijn nummer is 00/ 458 89 54", "My number is 00 458 89 54", "Meine
# Nummer ist ...", "Mon numéro est ...", "Mi número es ..."); a count after a name ("Mrs Hale, 00 12 pupils") has too
# few digits for the zeros' nine to eleven
_R80S_TITLED_NAME_COMMA = re.compile(
    r"(?<![\w.])(?i:mevrouw|meneer|de[ ]heer|herrn|madame|monsieur|mademoiselle|señora|señor|señorita)"
    r"[ ](?:(?:van|de|der|den|von|del|la|le|da)[ ]){0,2}[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?,[ ]$")


def _r80s_zeros_after_name_or_own(text: str, start: int, end: int) -> bool:
    """Round 80: a zeros number after a titled name's comma, ending its clause, or after the writer's
    own number's words (_R80S_TITLED_NAME_COMMA, _own_number_right_before)."""
    lo = max(0, start - 50)
    if (_TITLED_NAME_COMMA.search(text, lo, start) is not None or _R80S_TITLED_NAME_COMMA.search(
            text, lo, start) is not None) and _CLAUSE_END.match(text, end) is not None:
        return True
    return _own_number_right_before(text, start)


# A letter's closing on its own line: the signature under it gives the sender's number
_CLOSING_LINE = re.compile(
    r"[ \t]*(?:"
    r"yours faithfully|yours sincerely|yours truly|sincerely|kind regards|best regards|warm regards|regards|best wishes|"
    r"many thanks|thanks|thank you|with thanks|cheers|respectfully|"
    r"mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|"
    r"liebe gr(?:ü|ue)(?:ß|ss)e|herzliche gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|vielen dank|danke|hochachtungsvoll|"
    r"cordialement|bien cordialement|bien à vous|salutations|sincères salutations|meilleures salutations|amicalement|merci|"
    # the formal closing in its forms: "Veuillez agréer, ...", "Je vous prie d'agréer, Madame, Monsieur,
    # l'expression de mes salutations distinguées.", "Nous vous prions d'agréer ...", "Recevez, ..."
    r"(?:veuillez |je vous prie d['’]|nous vous prions d['’]|en vous priant d['’]|recevez|veuillez recevoir)"
    r"(?:agréer)?[^\n]{0,120}?(?:salutations distinguées|sentiments distingués|salutations les meilleures|"
    r"considération distinguée|meilleures salutations|sincères salutations)|"
    r"atentamente|saludos|saludos cordiales|un saludo|un cordial saludo|cordialmente|muchas gracias|gracias|un abrazo|"
    r"le saluda atentamente|les saluda atentamente|reciba un (?:cordial )?saludo|reciban un (?:cordial )?saludo|"
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|met hartelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|"
    r"met de meeste hoogachting|met collegiale groet(?:en)?|"
    r"mit besten gr(?:ü|ue)(?:ß|ss)en|mit herzlichen gr(?:ü|ue)(?:ß|ss)en|all the best|best|yours ever|"
    r"mvg|hoogachtend|bedankt|dank je wel|dank u wel"
    r")[ \t]*[,.!]?[ \t]*",
    re.IGNORECASE,
)
# the closing's words alone, before its comma (see _closing_name_number)
_CLOSING_NAME_WORDS = re.compile(_CLOSING_LINE.pattern.rsplit(")", 1)[0] + ")", re.IGNORECASE)
_SIGNATURE_LINES = 3  # name, title, company between the closing and the number
_SIGNATURE_LINE_CHARS = 60


def _signature_number(text: str, start: int, end: int) -> bool:
    """The number alone on its line, under a letter's closing with at most a few short lines
    between (name, title, company; no digits): "Yours faithfully,\nKiera McDonagh\n2205 9044"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start:start].strip(" \t") or text[end : len(text) if line_end < 0 else line_end].strip(" \t"):
        return False
    lines = text[max(0, line_start - 400) : max(0, line_start - 1)].split("\n")
    between = 0
    for line in reversed(lines):
        if _CLOSING_LINE.fullmatch(line):
            return True
        if not line.strip():
            continue
        between += 1
        if (between > _SIGNATURE_LINES or len(line) > _SIGNATURE_LINE_CHARS or any(c.isdigit() for c in line)
                or line.rstrip().endswith(":")):
            return False  # a long or numbered line is no signature's; "Invoice total:" labels the number
    return False


# A contact's line: its label names a phone or a contact ("Next of kin:", "Emergency contact:",
# "Notfallkontakt:", "Personne à prévenir :", "Contacto:", "Contactpersoon:"), then the person's
# name and maybe their relation in brackets, then the number: "Next of kin: Dervla Gilsenan
# (daughter), 9142-1759", "Notfallkontakt: Jonas Roth (Bruder) – 0171 2345678"
_CONTACT_LINE = re.compile(
    r"[ \t]*(?:[-•*][ \t]+)?(?P<label>[^\W\d_][^\n\d:]{1,70}?)(?:[ ]?[1-9])?[ \t]*:[ \t]*[^\W\d_][^\n\d:;()]{1,60}?"
    r"(?:[ ]?\([^\n\d()]{1,30}\))?[ ]?(?:,|[ ][-–—]|(?P<bracket>[ ]\())[ ]*"
    # the person's e-mail address between the name and the number, as a contact's line lists the ways to
    # reach them in turn: "Allocated social worker: Tom Hale, tom.hale@example.org, 0412..." (any language)
    r"(?:(?<=,)[ ]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ]?,[ ]*|(?<=,[ ])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ]?,[ ]*)?"
)
# ... or the person's name (two to four capitalised words, maybe a particle) and a blank only before
# the number: "emergency contact: Christina Bell 70243254", "Notfallkontakt: Jonas Roth 0171 2345678",
# "Personne à prévenir : Léa Roy 06 12 34 56 78", "Contacto de emergencia: Ana Gil 612345678"
_CONTACT_NAME_SPACE = re.compile(
    r"[ \t]*(?P<label>[^\W\d_][^\n\d:]{1,70}?)[ \t]*:[ \t]*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}[ ]"
    # Round 78: ... or the name (maybe the first name alone) and who the person is in brackets: "Key holder: Erica (son)
    # 8893139172", "Notfallkontakt: Jonas (Sohn) 0171 2345678", "Personne à prévenir : Léa (fille) 06 ..."
    r"|[ \t]*(?P<label2>[^\W\d_][^\n\d:]{1,70}?)[ \t]*:[ \t]*[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
    r"[ ]\([^\W\d_][^\n\d()]{1,20}\)[ ]")
# a contact's label, then a clause that says when: "while", "during", "when", "if", "until"
_CONTACT_CLAUSE_LABEL = re.compile(
    r"(?P<head>[^\W\d_][\w'’ -]{1,30}?)[ ](?:while|whilst|during|when|whenever|if|until|in case|"
    r"während|wenn|falls|solange|bis|bei|"
    r"pendant|lorsque|quand|si|tant que|jusqu['’]à|durant|"
    r"mientras|durante|cuando|si|hasta|"
    r"tijdens|terwijl|wanneer|als|indien|zolang|tot)[ ][^\n]{1,50}")
# a contact person's label in its compounds: "Contactpersoon", "Ansprechpartnerin", "Kontaktperson"
_CONTACT_PERSON_LABEL = re.compile(
    r"contact person|contactpersoon|kontaktperson|ansprechpartner|personne de contact|persona de contacto|"
    # the person a patient trusts to speak for them, on a care form: "Personne de confiance :",
    # "Vertrauensperson:", "Persona de confianza:", "Vertrouwenspersoon:", "Trusted person:"
    r"personne de confiance|vertrauensperson|persona de confianza|vertrouwenspersoon|trusted person|"
    # the person to tell after an accident, on an accident report or a registration form: "Notify:",
    # "Person to notify:", "Avisar a:", "Im Notfall benachrichtigen:", "Zu verständigen:", "Prévenir :",
    # "Waarschuwen:", "Te verwittigen:"
    r"(?<!\w)(?:notify|to notify|avisar(?: a)?|benachrichtigen|verständigen|prévenir|waarschuwen|verwittigen|"
    # ... and the one told already, on the report's last line: "Next of kin informed:", "Avisado/a:",
    # "Famille prévenue :", "Angehörige verständigt:", "Familie ingelicht:"
    r"notified|informed|avisad[oa](?:/[ao])?|prévenue?s?|verständigt|benachrichtigt|informiert|"
    r"gewaarschuwd|verwittigd|ingelicht)(?!\w)")
# the person in charge of a group, a booking or a trip, named with the number to reach them:
# "Responsible teacher: Ann Hale, 07700...", "Verantwortliche Lehrkraft: ...", "Responsable : ...",
# "Profesora responsable: ...", "Verantwoordelijke begeleider: ...", "Group leader:", "Accompagnateur :"
_IN_CHARGE_LABEL = re.compile(
    r"(?<!\w)(?:responsible|in charge|group leader|trip leader|lead teacher|accompanying (?:teacher|adult)|"
    r"verantwortlich\w*|gruppenleit\w*|begleitperson|begleitende lehrkraft|reiseleit\w*|"
    r"responsable|accompagnat\w*|chef de groupe|encargad[oa]|jefe de grupo|acompañante|"
    r"verantwoordelijke|begeleider|groepsleider|reisleider|"
    # the one in charge of a shift or of a stage: "Shift leader: ...", "Schichtleiter:", "Chef de poste :",
    # "Jefe de turno:", "Ploegleider:"; "Stage manager:", "Inspizientin:", "Régisseuse :", "Regidora:", "Inspiciënt:"
    r"shift (?:leader|lead|supervisor|manager)|schichtleit\w*|schichtführer\w*|chef de poste|chef d['’]équipe|"
    r"jef[ea] de turno|jef[ea] de equipo|ploegleider|teamleider|stage manager|inspizient\w*|régie|régisseur|régisseuse|"
    r"regidor(?:a)?|inspiciënt\w*|"
    # the one on call: "On call this weekend: ...", "Bereitschaft:", "De garde :", "Guardia fin de semana:",
    # "Piketdienst:", "Dienstdoend:"
    r"on[ -]call|bereitschaft\w*|de garde|guardia|de guardia|piket\w*|dienstdoend\w*|"
    # the worker assigned to a person's case, who answers for it: "Allocated social worker: ...", "Key
    # worker:", "Caseworker:", "Sozialarbeiterin:", "Fallverantwortliche:", "Référente ASE :", "Travailleur
    # social :", "Trabajadora social:", "Gestor de caso:", "Maatschappelijk werker:", "Casemanager:", "Jeugdzorgwerker:"
    r"social worker|key ?worker|case ?worker|case manager|sozialarbeiter\w*|fallverantwortlich\w*|fallmanager\w*|"
    r"référente?s?|travailleuse social\w*|travailleur social|assistante? sociale?|"
    r"trabajador(?:a)? social|gestor(?:a)? de caso|"
    r"maatschappelijk werker|casemanager|jeugdzorgwerker|gezinsvoogd|"
    # the one who leads an outing, a ride, a walk or a hike: "Ride leader: ...", "Walk leader:",
    # "Tourenleiter:", "Wanderführerin:", "Chef de sortie :", "Guía de la ruta:", "Ritleider:", "Wandelleider:"
    r"(?:ride|walk|hike|run|tour|outing|trek|cycle|paddle)[ ]lead(?:er)?|tourenleit\w*|wanderleit\w*|wanderführer\w*|"
    r"ausfahrtsleit\w*|fahrtenleit\w*|chef de (?:sortie|randonnée|course)|responsable de (?:la )?(?:sortie|randonnée)|"
    r"guía de (?:la )?(?:ruta|salida|marcha)|jef[ea] de (?:ruta|salida|marcha)|ritleider\w*|tochtleider\w*|"
    r"wandelleider\w*|toerleider\w*|"
    # the one who acts or speaks for another, a proxy or a delegate: "Proxy: ...", "Bevollmächtigter:",
    # "Mandataire :", "Delegado:", "Gemachtigde:", "Vertreterin:", "Représentant :", "Apoderada:"
    r"proxy|delegate|authori[sz]ed representative|bevollmächtigte\w*|vertreter(?:in)?|delegierte\w*|"
    r"mandataire|représentant(?:e)?|délégué(?:e)?|apoderad[oa]|delegad[oa]|representante|"
    r"gemachtigde|gevolmachtigde|vertegenwoordiger|afgevaardigde|"
    # the one on hand for first aid at an outing or an event: "First aider on the bank: ...", "Ersthelferin:",
    # "Secouriste de la sortie :", "Socorrista:", "EHBO'er:", "BHV'er:"
    r"first[ -]aiders?|ersthelfer\w*|secouristes?|socorristas?|ehbo['’]?ers?|bhv['’]?ers?|eerstehulpverlene\w*|"
    # the caller on a call-out's or an intervention's report, the one to call back: "Caller: ...",
    # "Anruferin:", "Requérant :", "Appelant :", "Alertante:", "Llamante:", "Melder:"
    r"caller|anrufer(?:in)?|requérante?|appelante?|alertante|llamante|melder|"
    # round 63: the one on site, named by their trade or role, reached there by phone: "Builder on site: Tony
    # (0412...)", "Bauleiter vor Ort: ...", "Chef de chantier sur place : ...", "Encargado en obra: ...",
    # "Uitvoerder ter plaatse: ..."
    r"[a-zà-ÿ]+[ ](?:on[ ]site|on-site|vor[ ]ort|sur[ ]place|sur[ ]site|en[ ]obra|en[ ]el[ ]lugar|ter[ ]plaatse|op[ ]locatie))(?!\w)")
# a relative named as the contact on a care or a school form: "NOK: Francesca (daughter) - 7414 929610"
# (next of kin), "Angehörige: Jonas Roth (Sohn), 0171 2345678", "Proche : Léa (fille) - 06 ...",
# "Familiar: Ana (hija), 612 345 678", "Naaste: Sanne (dochter), 06 ..."; the whole label only
_RELATIVE_LABEL = re.compile(
    r"(?:nok|n\.o\.k\.?|kin|relative|family contact|parent|parents|guardian|angehörige[rn]?|nächste[rn]? angehörige[rn]?|"
    # the parents in German and Spanish: "Eltern: Carsten Roth, 0449624270", "Elternteil:", "Padres:"
    r"eltern|elternteil|padres|"
    r"bezugsperson|erziehungsberechtigte[rn]?|proche|proches|proche aidant|famille|responsable légal|"
    r"familiar|familiares|pariente|tutor|tutora|tutor legal|naaste|naasten|familie|ouder|ouders|voogd|"
    # a spouse or a life partner ("Birth partner: Jacqueline (husband), 52700100", "Ehepartner:",
    # "Conjoint :", "Cónyuge:", "Echtgenoot:"); a bare "Partner" may be a firm's
    r"carer|caregiver|betreuer(?:in)?|aidant|aidante|cuidador(?:a)?|verzorger|"
    # Round 79: the informal carer, a relative or a friend who cares unpaid, on a care assessment ("Mantelzorger:
    # Kayleigh Mulder, 00/ 928 90 05", "Informal carer:", "Pflegeperson:", "Aidant familial :", "Cuidadora informal:")
    r"mantelzorger|mantelzorgster|informal[ ]carer|unpaid[ ]carer|pflegeperson|aidante?[ ]familiale?|"
    r"cuidador(?:a)?[ ]informal|"
    r"birth partner|life partner|spouse|husband|wife|ehepartner(?:in)?|lebenspartner(?:in)?|ehemann|ehefrau|"
    r"conjoint|conjointe|époux|épouse|cónyuge|pareja|esposo|esposa|echtgenoot|echtgenote|levenspartner|"
    # Round 78: the one who holds the keys of a person's home on a care plan ("Key holder: Erica (son) 8893139172",
    # "Schlüsselinhaber:", "Détenteur des clés :", "Tiene las llaves:", "Sleutelhouder:")
    r"key[ -]?holders?|keyholders?|schlüsselinhaber(?:in)?|schlüsselhalter(?:in)?|schlüsselbesitzer(?:in)?|"
    r"détenteur[ ]des[ ]clés|détentrice[ ]des[ ]clés|personne[ ]qui[ ]a[ ]les[ ]clés|"
    r"tiene[ ]las[ ]llaves|custodio[ ]de[ ](?:las[ ])?llaves|sleutelhouder|sleutelbeheerder)")
# A relative's word as a field's own label, the number right after it, on a care round's or a
# school's list: "hija: 923628705", "daughter: 07700 900123", "Tochter: 0171 2345678", "fille :
# 06 12 34 56 78", "dochter: 0612345678" (the field starts the line or a cell)
_FAMILY_WORD = (r"son|daughter|mother|father|mum|mom|dad|sister|brother|sohn|tochter|mutter|vater|bruder|schwester|"
                r"fils|fille|mère|père|frère|sœur|hijo|hija|madre|padre|hermano|hermana|"
                r"zoon|dochter|moeder|vader|broer|zus")
_RELATIVE_FIELD = re.compile(
    # (or opening a sentence, after a word's full stop: "..., leicht unterkühlt. Eltern informiert: 0...")
    r"(?:^|(?<=[\n|;(\t])|(?<=[|,][ ])|(?<=[^\W\d_][.!][ ]))[ \t]*(?i:" + _RELATIVE_LABEL.pattern + r"|" + _FAMILY_WORD + r")"
    # the relatives told already, the number they were told on after the colon: an incident report's "Eltern
    # informiert: 0...", "Parents informed:", "Parents prévenus :", "Padres avisados:", "Ouders ingelicht:"
    r"(?:[ ](?i:informed|notified|told|called|rung|informiert|verständigt|benachrichtigt|angerufen|"
    r"prévenue?s?|informée?s?|appelée?s?|avisad[oa]s?|informad[oa]s?|llamad[oa]s?|"
    r"ingelicht|geïnformeerd|gebeld|gewaarschuwd|verwittigd))?[ \t]*:[ \t]*$")
# A relative's word, then the number alone in brackets: the relative's number, told or reached ("Vater
# (01376244718) informiert", "Father (07700900123) informed", "mère (0612345678) prévenue", "la madre
# (612345678)", "Moeder (0612345678) ingelicht")
_RELATIVE_BRACKET = re.compile(r"(?<!\w)(?i:" + _RELATIVE_LABEL.pattern + r"|" + _FAMILY_WORD + r")[ ]?\($")
# German's call verb split around its object, the number between: "Bei Verspätung ruft der Fahrer
# 08208175209 an.", "Rufen Sie morgen 0301234567 an, ..."; the particle ends the clause
_CALL_STEM = re.compile(r"(?<!\w)(?:ruf|rufe|rufst|ruft|rufen|rief|riefst|rieft|riefen)(?!\w)")
_SPLIT_CALL_PARTICLE = re.compile(r"[ ]an(?=[ \t]*(?:$|\n|[.,;!?)])|[ ](?:und|oder|aber|wenn|falls|sobald)[ ])")
# A call verb whose clause ends with the caller's number alone in brackets, a time or a condition
# between: "Bezugsperson Jana ruft ab 17 Uhr an (0171 2345678).", "His daughter calls after 5 pm (07700
# 900123).", "Sa fille appelle après 17 h (06 12 34 56 78).", "Su hija llama por la tarde (612 345 678).",
# "Zijn dochter belt na 17 uur (06 12345678)."; the bracket holds the number and nothing else
_CALL_CLAUSE_BRACKET = re.compile(
    r"(?<!\w)(?:calls|rings|phones|(?:will|'ll|’ll|to)[ ](?:call|ring|phone)|"
    # Round 74: the imperative too ("ruf bitte die Praxis an (0117686610)")
    r"(?:ruf|ruft|rufe|rufen|rief|riefen)(?:[ ][^\n.;!?()]{1,30}?)?[ ](?:an|zurück)|"
    r"appelle(?:ra)?|rappelle(?:ra)?|téléphonera|llama(?:rá)?|telefonea(?:rá)?|belt(?:[ ]terug)?|zal[ ](?:terug)?bellen)"
    r"(?:[ ][^\n.;!?()]{1,30}?)?[ ]\($")
# A number offered as the other way to reach the writer, after an e-mail address and "or": "mail me:
# ann@example.com or 07700900123", "Schreibt mir: jw@example.de oder 0634405857", "écrivez-moi à
# lea@example.fr ou au 0612345678", "escríbeme a ana@example.es o al 612345678", "mail sanne@example.nl
# of 0612345678"
_EMAIL_OR_BEFORE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ](?:or|oder|ou|o|of)(?:[ ](?:on|at|unter|au|al|op))?[ ]$")
# A contact line's number before an e-mail address, the line's first field: a CV's or a
# signature's "85527603 | name@example.com", "8552 7603 · name@..."
_NUMBER_BEFORE_EMAIL = re.compile(r"[ ]*[|–—·•/][ ]*[\w.+-]+@[\w-]+\.")


# A closing, the sender's name and the number on one line, maybe in a quoted reply ("> Saludos,
# Jorge Santos, 881292610", "Groetjes, Sanne - 0612345678", "Cheers, Tom Hale, 0412 345 678"): the
# closing with its comma, a name (a capital, no digit, no comma), a comma or a dash, the number
# ending the line
_CLOSING_NAME_REST = re.compile(r",[ ]*[A-ZÀ-ÖØ-Þ][^\n\d,:;!?]{0,50}?(?:,|[ ][-–—])[ ]*$|"
                                # round 71: a first and a last name, then the number after a blank alone
                                r",[ ]*[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:van|de|der|von|del|la|le)){0,2}[ ][A-ZÀ-ÖØ-Þ][\w'’-]+[ ]$")
_LAST_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})[.!?][ ]+")
_CLOSING_NAME_BRACKET = re.compile(r",[ ]*[A-ZÀ-ÖØ-Þ][^\n\d,:;!?()]{0,50}?[ ]\($")


# A party's line in a report or a booking: the party's label, the person's name (two or more
# capitalised words), then the number alone in brackets ("Usuario: Aitana Quevedo (827130633)",
# "Rider: Tom Hale (07700900123)", "Mieter: Jonas Roth (01712345678)", "Locataire : Léa Morel
# (0612345678)", "Huurder: Sanne de Vries (0612345678)"): the person's number to reach them; an
# ID's word in the bracket ("(ID 827130633)") or another word after the number keeps it out
_PARTY_NAME_BRACKET = re.compile(
    r"[ \t]*(?i:user|customer|client|rider|passenger|driver|tenant|guest|buyer|seller|caller|member|"
    r"nutzer(?:in)?|benutzer(?:in)?|kunde|kundin|fahrer(?:in)?|fahrgast|mieter(?:in)?|gast|käufer(?:in)?|verkäufer(?:in)?|"
    r"utilisateur|utilisatrice|cliente?|passager|passagère|conducteur|conductrice|locataire|acheteur|acheteuse|vendeur|vendeuse|"
    r"usuari[oa]|pasajer[oa]|conductor(?:a)?|inquilin[oa]|huésped|comprador(?:a)?|vendedor(?:a)?|soci[oa]|"
    r"gebruiker|klant|passagier|bestuurder|chauffeur|huurder|koper|verkoper|lid)[ \t]*:[ \t]*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}[ ]\($"
)


def _party_name_bracket(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (start - line_start <= 100 and text[end : end + 1] == ")" and _CLAUSE_END.match(text, end + 1) is not None
            and _PARTY_NAME_BRACKET.fullmatch(text, line_start, start) is not None)


def _told_or_callback(text: str, start: int, end: int) -> bool:
    """A person one is told to tell or ask, the number in brackets after the name
    (_TOLD_NAME_BRACKET), or a national number right after a callback's word (_CALLBACK_RIGHT_BEFORE):
    why: the sentence says whom the number reaches, as a phone's word would."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and _TOLD_NAME_BRACKET.search(
            text, max(0, start - 50), start):
        return True
    return (text[start] == "0" and 10 <= end - start <= 14 and _CALLBACK_RIGHT_BEFORE.search(
        text, max(0, start - 10), start) is not None)


# Round 71: a person's two ways to reach them in one bracket after the name, the e-mail address first, then the
# number closing the bracket: "to Timothy Jennings (ecarpenter@example.org, 2595366309) by Wednesday", "an Jana Roth
# (jana@example.de, 01712345678)", "à Léa Roy (lea@example.fr, 0612345678)", "a Ana Gil (ana@example.es, 612345678)",
# "aan Saar Bos (saar@example.nl, 0612345678)"; a bracket with more after the number ("(x@y.org, 2595366309, room
# 4)") stays unread
_EMAIL_THEN_NUMBER_BRACKET = re.compile(r"\([^()\n@ ]+@[^()\n@ ,]+\.[a-z]{2,}[ ]?[,;/][ ]?$")


# Round 71: an order's or a booking's field for who placed it, the person's full name, a comma, then the number
# alone: the customer's phone, as the shop takes it down ("Ordered by: Emer Duggan, 6724223785", "Bestellt von: Jana
# Roth, 01712345678", "Commandé par : Léa Roy, 0612345678", "Pedido por: Ana Gil, 612345678", "Besteld door: Saar
# de Vries, 0612345678"); a firm's name or a word after the comma ("Ordered by: Emer Duggan, order 672...") stays
_ORDERED_BY_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?i:ordered[ ]by|order[ ]placed[ ]by|booked[ ]by|reserved[ ]by|bestellt[ ]von|gebucht[ ]von|"
    r"commandée?[ ]par|réservée?[ ]par|pedido[ ]por|encargado[ ]por|reservado[ ]por|besteld[ ]door|geboekt[ ]door|"
    r"gereserveerd[ ]door)[ \t]*:[ \t]*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:van|de|der|den|von|del|la|le)){0,2}(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}[ ]?,[ ]?$")


# Round 73: a bare number whose sentence or whose neighbour says it reaches someone, with no phone word
# right before it:
# - the number named in the sentence before, then given ("the school didn't have our number on file. It's
#   6098-5219", "school had ons nummer niet. Het is 0005 884118", "l'école n'avait pas notre numéro. C'est le
#   0612345678", "die Schule hatte unsere Nummer nicht. Sie lautet 0171 2345678", "el colegio no tenía
#   nuestro número. Es el 612345678");
# - a relative's name and the number together in brackets after the relative's word ("daughter (Alex
#   Parker, 8609.6244)", "su hijo (Epifanio, 845181388)", "Tochter (Anna, 0171 2345678)", "sa fille (Léa,
#   0612345678)", "zoon (Bram, 0612345678)");
# - a relative's number named, then the number after a colon ("her mum's number in case she needs
#   collecting: 9958040415", "dad's number: ...");
# - a call back asked for at the sentence's start, the number ending it ("Devolver llamada a Dr. Quintero
#   ..., solo le viene bien por la tarde: 976660026", "Call back Mr Hale, only free after 5: 0612345678",
#   "Rückruf an Frau Roth, nur nachmittags: 0171 2345678", "Rappeler M. Roux, dispo l'après-midi :
#   0612345678", "Terugbellen mevrouw Smit, alleen 's middags: 0612345678");
# - the number alone ending a message right after its thanks ("... on peut rattraper samedi ? merci.
#   0535508100", "thanks! 0612345678"), with a trunk 0 as a phone number's; an order's "thanks, order
#   4471209" names the thing
_KIN = (r"son|daughter|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|hijo|hija|madre|padre|esposa|"
        r"esposo|marido|mujer|hermano|hermana|sohn|tochter|mutter|vater|frau|mann|bruder|schwester|fils|fille|mère|"
        r"père|femme|mari|frère|sœur|zoon|dochter|moeder|vader|vrouw|broer|zus")
_NUMBER_GIVEN_AFTER = gated(re.compile(
    r"(?i:number|nummer|numéro|número|telefoonnummer|telefonnummer|handynummer)[^.!?\n]{0,40}[.!?][ ]+"
    r"(?i:it['’]s|it[ ]is|that['’]s|het[ ]is|dat[ ]is|c['’]est(?:[ ]le)?|es[ ]ist|das[ ]ist|sie[ ]lautet|es[ ]el|es)[ ]$"))
_KIN_BRACKET_BEFORE = re.compile(
    r"(?<!\w)(?i:" + _KIN + r")[ ]\([^\W\d_][^\n(),\d]{0,40},[ ]$")
_KIN_NUMBER_COLON = gated(re.compile(
    r"(?<!\w)(?i:" + _KIN + r")['’]s[ ](?i:number|phone|mobile|cell)[^\n:.!?]{0,50}:[ ]*$"))
_CALL_BACK_OPENS = gated(re.compile(
    r"(?:^|(?<=[\n.!?]))[ \t]*(?i:devolver[ ](?:la[ ])?llamada|call[ ]back|ring[ ]back|return[ ](?:the[ ])?call|"
    r"rückruf|zurückrufen|rappeler|terugbellen)[ ][^\n!?]{0,120}?:[ ]*$"))  # dots: "Dr.", "M.", "Mr."
_THANKS_BEFORE = gated(re.compile(r"(?<!\w)(?i:merci|thanks|thank[ ]you|cheers|danke|gracias|bedankt|dank[ ]je(?:wel)?)[.!][ ]+$"))
# Round 74: a call to a named person logged, the number in brackets right after the name ("Paso 1: llamada a Heriberto
# Llanos (842061402) sin respuesta", "Step 1: call to Tom Hale (0412345678) not answered", "Schritt 1: Anruf bei Jonas
# Roth (01712345678)", "Étape 1 : appel à Léa Roy (0612345678)", "Stap 1: gebeld naar Saar Bos (0612345678)")
_CALL_TO_NAME_BRACKET = gated(re.compile(
    r"(?<!\w)(?i:llamada[ ]a|llamé[ ]a|llamamos[ ]a|call(?:ed)?[ ]to|call(?:ed)?|phoned|rang|anruf[ ](?:bei|an)|"
    r"angerufen:?|appel[ ](?:à|a)|appelé|appelée|gebeld[ ](?:naar|met)?|belletje[ ]naar)[ ]"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}[ ]\($"))
# Round 74: a form's question whether one may call, answered yes, the number after it ("Darf man Sie anrufen? ja,
# 0008773269", "May we call you? yes, 0412345678", "Peut-on vous appeler ? oui, 0612345678", "¿Podemos llamarle? sí,
# 612345678", "Mogen we u bellen? ja, 0612345678")
_CALL_ASKED_YES = re.compile(
    r"(?i:anrufen|zurückrufen|call[ ]you|ring[ ]you|phone[ ]you|contact[ ]you|vous[ ](?:appeler|rappeler|contacter)|"
    r"t['’](?:appeler|rappeler)|llamar(?:le|te|lo|la)|contactar(?:le|te)|u[ ](?:bellen|opbellen|terugbellen)|"
    r"je[ ](?:bellen|opbellen)|bellen|opbellen)[ ]?\?[ \t]*(?i:ja|yes|oui|sí|si|jawel)[ ]?[,:–-]?[ ]*$")
# Round 74: a quick answer asked for, the number alone ending the message after it ("... il s'est fait une entorse.
# dis moi vite, 0329501018", "let me know asap, 0412345678", "sag mir schnell Bescheid, 01712345678", "dime algo,
# 612345678", "laat het snel weten, 0612345678"), with a trunk 0 as a phone number's
_REPLY_ASKED_BEFORE = gated(re.compile(
    r"(?<!\w)(?i:dis[- ]moi|dites[- ]moi|tiens[- ]moi[ ]au[ ]courant|tell[ ]me|let[ ]me[ ]know|lmk|sag[ ]mir|"
    r"sag[ ]bescheid|gib[ ]bescheid|dime|dígame|avísame|avisame|laat[ ](?:(?:me|het|even|snel|maar)[ ]){0,2}weten)"
    r"(?:[ ][^\W\d_]+){0,2}[ ]?[,:][ ]*$"))

# Round 74: a bulleted list of people, each a full name, a comma and the one way to reach them: a row's bare number
# with a trunk 0 is the person's phone where another row of the list gives a number written as a phone's, in groups
# or with its country code, or an e-mail address ("Inscrits :\n- Madeleine Sansonnens, +41 (0)21 318 86 40\n-
# Joséphine Riou, 0269576284", "Signed up:\n- Ann Cole, 07700 900 123\n- Tom Hale, 07700900456", "Angemeldet:\n-
# Jonas Roth, +49 171 2345678\n- Lea Berg, 01712345678", "Inscritos:\n- Ana Gil, ana@example.es\n- Pía Ruiz,
# 0612345678"); a list of bare numbers alone (order numbers, member numbers) stays unread
_COMMA_CONTACT_ROW = re.compile(
    r"[ \t]*[-•*][ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
    r",[ ]+(?P<value>[^\n,]+?)[ \t]*$")
_WRITTEN_AS_PHONE = re.compile(r"(?:\+|00)[1-9][0-9 ()./-]{7,22}[0-9]|0[0-9]{1,4}(?:[ ./-][0-9]{2,4}){2,5}|"
                               r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Round 76: three more neighbours that say a bare number reaches someone:
# - a relative's word after a name and a dash, the number right after it, as a timetable or a list gives the
#   parent to ring ("Leocadio Mármol - madre 976012988", "Tom Hale - mum 07700900123", "Anna Roth – Mutter
#   01712345678", "Léa Roy - mère 0612345678", "Saar Bos - moeder 0612345678");
# - the number left as asked, after the request and an arrow or a colon ("Gewinnspiel: Nummer hinterlassen →
#   0238285862", "leave your number: 07700900123", "laissez votre numéro → 0612345678", "deja tu número: 612345678",
#   "laat je nummer achter → 0612345678");
# - a message or a call to someone "on" the number ("text her on 8236-2093", "ring him on 0412 345 678", "call me
#   on 07700900123", "app haar op 0612345678", "bel me op 0612345678")
_KIN_DASH_BEFORE = gated(re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}[ ][-–—][ ]"
    r"(?i:" + _KIN + r")[ ]?:?[ ]$"))
_LEAVE_NUMBER_BEFORE = gated(re.compile(
    r"(?<!\w)(?i:leave[ ](?:your|a|us[ ]your|me[ ]your)[ ](?:phone[ ]|mobile[ ])?number|"
    r"(?:(?:deine|ihre|eure|eine|die)[ ])?(?:telefon|handy)?nummer[ ]hinterlassen|"
    r"laisse[zr]?[ ](?:votre|ton|un)[ ]numéro|deja(?:d|r)?[ ](?:tu|su|vuestro|un)[ ](?:número|teléfono|móvil)|"
    r"laat[ ](?:je|uw|jouw|een)[ ](?:telefoon)?nummer[ ]achter)[ ]?(?:→|->|=>|:|[-–])?[ ]*$"))
_MESSAGE_ON_BEFORE = gated(re.compile(
    r"(?<!\w)(?i:text|txt|ring|call|phone|whatsapp|message|sms|reach|bel|app|sms['’]?en)[ ]"
    r"(?i:her|him|me|them|us|haar|hem|mij|me|ons)[ ](?i:on|op)[ ]$"))


def _rows_around(text: str, line_start: int) -> list[str]:
    """The three lines above and the three below the line that starts at `line_start`: a contact list's other rows."""
    lines = text.split("\n")
    at = text.count("\n", 0, line_start)
    return lines[max(0, at - 3) : at] + lines[at + 1 : at + 4]


def _comma_contact_list_number(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    row = _COMMA_CONTACT_ROW.fullmatch(text, line_start, line_end)
    if row is None or row.start("value") != start or row.end("value") != end:
        return False
    for other in _rows_around(text, line_start):
        m = _COMMA_CONTACT_ROW.fullmatch(other)
        if m is not None and _WRITTEN_AS_PHONE.fullmatch(m.group("value")) is not None:
            return True
    return False


_TEXT_ENDS = re.compile(r"\s*\Z")
_SENTENCE_OR_TEXT_ENDS = re.compile(r"\s*(?:[.!]|\Z)")


def _said_to_reach_someone(text: str, start: int, end: int) -> bool:
    """Round 73: the cues above, read around a bare number (the text after it matched in place, not copied)."""
    before = text[max(0, start - 160) : start]
    if _NUMBER_GIVEN_AFTER.search(before) is not None or _KIN_NUMBER_COLON.search(before) is not None:
        return True
    if text[end : end + 1] == ")" and _KIN_BRACKET_BEFORE.search(before) is not None:
        return True
    if _CALL_BACK_OPENS.search(before) is not None and _SENTENCE_OR_TEXT_ENDS.match(text, end) is not None:
        return True
    if text[end : end + 1] == ")" and _CALL_TO_NAME_BRACKET.search(before) is not None:
        return True
    if _CALL_ASKED_YES.search(before) is not None and _SENTENCE_OR_TEXT_ENDS.match(text, end) is not None:
        return True
    if text[start] == "0" and "\n" in before and _comma_contact_list_number(text, start, end):
        return True
    if _KIN_DASH_BEFORE.search(before) is not None or _LEAVE_NUMBER_BEFORE.search(before) is not None or (
            _MESSAGE_ON_BEFORE.search(before) is not None):
        return True
    return text[start] == "0" and _TEXT_ENDS.match(text, end) is not None and (
        _THANKS_BEFORE.search(before) is not None or _REPLY_ASKED_BEFORE.search(before) is not None)


def _after_email_in_bracket(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] == ")" and _EMAIL_THEN_NUMBER_BRACKET.search(text, max(0, start - 80), start) is not None


def _closing_name_number(text: str, start: int, end: int) -> bool:
    # the number alone in brackets after the sender's name, ending the message: "Thanks, Tom (0412 345
    # 678)", "Danke, Jana (0171 2345678)", "Merci, Léa (06 12 34 56 78)", "Gracias, Paola (612 345 678)",
    # "Groetjes, Sanne (06-12345678)"; the closing may open the line's last sentence ("... Le hará mucha
    # ilusión. Gracias, Paola (...)")
    bracket = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    after = end + bracket
    line_start = text.rfind("\n", 0, start) + 1
    if not _CLAUSE_END.match(text, after) or text[after : after + 1] not in ("", "\n", " ", "\r"):
        return False
    quoted = re.match(r"[ \t]*(?:>[ \t]*)*", text[line_start:start])
    firsts = [line_start + (quoted.end() if quoted else 0)]
    # Round 71: the number after the name without brackets too, when it ends the message after its last sentence
    # ("... mobility problems. thanks, Heather Jones 0215754093", "... Danke, Jana Roth 01712345678", "... Merci,
    # Léa Roy 0612345678", "... Gracias, Paola Gil 612345678", "... Groetjes, Sanne de Vries 0612345678")
    if not text[after:].strip():
        firsts += [b.end() for b in _LAST_SENTENCE_BREAK.finditer(text, max(line_start, start - 400), start)][-1:]
    rest = _CLOSING_NAME_BRACKET if bracket else _CLOSING_NAME_REST
    for first in firsts:
        if start - first > 120:
            continue
        closing = _CLOSING_NAME_WORDS.match(text, first, start)
        if closing is not None and rest.fullmatch(text, closing.end(), start) is not None:
            return True
    return False


_RANK_QUALIFIER = re.compile(r"^(?:main|primary|secondary|first|second|usual|principal)[ ](?=[^\W\d_])|"
                             r"(?<=[^\W\d_])[ ](?:principale?|principal|principales)$")
_LINE_CLOCK = re.compile(r"[ \t]*[\[(]?[0-2]?[0-9][:.h][0-5][0-9](?::[0-5][0-9])?[\])]?[ \t]+(?=[^\W\d_])")
# Round 79: ... or after a full date's year ("..., geboren 28 december 1967. Mantelzorger: Kayleigh Mulder, 00/ 928 90 05")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[ ./-](?:19|20)[0-9]{2}))[.!?][ ]+(?=[A-ZÀ-ÖØ-Þ])")


def _contact_line(text: str, start: int, end: int | None = None) -> bool:
    """A contact's line before the number at start: its label, the person's name, then a comma or a
    dash; or the number alone in brackets after the name, when its end is given and the bracket
    closes right after it ("Eltern: Jonas Roth (01712345678)", "Chef de poste : Léa Morel (06...)")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[start - 1 : start] == "(" and (end is None or text[end : end + 1] != ")"):
        return False
    # the label may open the line's last sentence: "Badegast ..., geb. 03.05.2015, geborgen. Eltern:
    # Carsten Roth, 0449624270."
    ends = [e.end() for e in _SENTENCE_BREAK.finditer(text, max(line_start, start - 400), start)]
    firsts = [line_start] + ends[-1:]
    # round 63: or after a log's clock time opening the line, the label after it ("05:25 sin respuesta: Pía,
    # 6...", "14:02 Emergency contact: Tom Hale, 0412...", "[09:10] Notfallkontakt: ..."): the time stamps the
    # entry and is no part of its label
    stamp = _LINE_CLOCK.match(text, line_start)
    if stamp is not None:
        firsts.append(stamp.end())
    return any(_contact_label(_CONTACT_LINE.fullmatch(text, first, start))
               or _contact_label(_CONTACT_NAME_SPACE.fullmatch(text, first, start)) for first in firsts if start - first <= 120)


def _contact_label(m: re.Match[str] | None) -> bool:
    if m is None:
        return False
    label = (m.group("label") or m.group("label2")).lower() if "label2" in m.re.groupindex else m.group("label").lower()
    if len(label) > 41:
        # a long label is a contact's with a clause that says when to use it: "Emergency contact while the
        # Owner is abroad:", "Notfallkontakt während meiner Abwesenheit:", "Personne à prévenir pendant
        # le séjour :", "Contacto de emergencia durante el viaje:", "Noodcontact tijdens de vakantie:"
        head = _CONTACT_CLAUSE_LABEL.match(label)
        return head is not None and (_PHONE_CONTEXT.fullmatch(head.group("head")) is not None
                                     or _RELATIVE_LABEL.fullmatch(head.group("head")) is not None)
    # the label's parts split by a slash or "or" each a relative's ("Parent/carer", "Mutter/Vater",
    # "parent ou tuteur", "padre/madre", "ouder/verzorger")
    # (round 63: a qualifier that ranks the relative or the carer leaves the label theirs: "Main carer", "Primary
    # guardian", "Second parent", "aidant principal", "cuidadora principal", "tutor principal")
    parts = [p.strip() for p in re.split(r"/|[ ](?:or|oder|ou|o|of)[ ]", _RANK_QUALIFIER.sub("", label.strip()))]
    return (_PHONE_CONTEXT.search(label) is not None or _CONTACT_PERSON_LABEL.search(label) is not None
            or _CALL_OUTCOME_LABEL.fullmatch(label.strip()) is not None
            or all(_RELATIVE_LABEL.fullmatch(p) is not None for p in parts)
            or _IN_CHARGE_LABEL.search(label) is not None)


# round 63: a call's outcome as a call log's label, the one called and their number after it: "No answer:
# Ruth, 0412 345 678", "Keine Antwort: Jonas, 0171 2345678", "Pas de réponse : Odette, 06 ...", "Sin
# respuesta: Pía, 612 345 678", "Geen gehoor: Bram, 06-..."; the outcome says a call went to the number,
# as a phone's word would (the whole label only: "no answer yet on the invoice" is no call's)
_CALL_OUTCOME_LABEL = re.compile(
    r"(?:no answer|no reply|not answered|unanswered|no response|not reached|unreachable|voicemail|engaged|line busy|"
    r"keine antwort|nicht erreicht|nicht erreichbar|nicht abgenommen|mailbox|anrufbeantworter|besetzt|"
    r"pas de réponse|sans réponse|ne répond pas|injoignable|non joint|répondeur|messagerie|occupé|"
    r"sin respuesta|no contesta|no responde|no localizad[oa]|buzón(?: de voz)?|comunicando|"
    r"geen antwoord|geen gehoor|niet opgenomen|niet bereikt|onbereikbaar|in gesprek|bezet)")


# The number a mobile operator gives a new line, named as such ("Assigned number: 0612345678",
# "Zugewiesene Rufnummer", "Numéro attribué : ...", "Número asignado: 612345678", "Toegewezen
# nummer: ..."), in a text about the line: a SIM, a prepaid card, a plan or its contract; a queue's,
# a case's or a seat's assigned number stays clean
_ASSIGNED_NUMBER = re.compile(
    r"(?<!\w)(?:assigned|allocated|new)[ ](?:phone[ ]|mobile[ ])?number|zugewiesene[ ](?:ruf|telefon|handy)?nummer|"
    r"zugeteilte[ ](?:ruf|telefon|handy)?nummer|neue[ ]rufnummer|num[ée]ro[ ](?:de[ ]ligne[ ]|de[ ]téléphone[ ]|mobile[ ])?attribu[ée]|"
    r"n[úu]mero[ ](?:de[ ]línea[ ]|de[ ]teléfono[ ]|móvil[ ])?asignado|toegewezen[ ](?:telefoon|mobiel|gsm-?)?nummer|"
    r"toegekend[ ](?:telefoon|mobiel|gsm-?)?nummer")
_ASSIGNED_LABEL_END = re.compile(r"[ \t]*[:=][ \t]*$|[ ](?:is|ist|lautet|est|es|is)[ ]$")
_MOBILE_LINE = re.compile(
    r"(?<!\w)(?:sim|e-?sim|sim[ -]?card|prepaid|pay[ -]as[ -]you[ -]go|mobile plan|phone plan|tariff|"
    r"mobilfunk\w*|handyvertrag|tarif|prepaidkarte|"
    r"forfait|carte prépayée|abonnement mobile|ligne mobile|opérateur|"
    r"prepago|tarjeta prepago|tarifa|línea móvil|operador|"
    r"prepaidkaart|bundel|abonnement|provider|simkaart)(?!\w)")


def _assigned_line_number(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].lower()
    end = _ASSIGNED_LABEL_END.search(before)
    if end is None:
        return False
    label = _ASSIGNED_NUMBER.search(before, 0, end.start())
    return (label is not None and label.end() == end.start()
            and _MOBILE_LINE.search(text[max(0, start - 400) : start + 200].lower()) is not None)


# A phone asked for in a dialogue, the number the next line's answer: "Agente: ¿Y un teléfono de
# contacto?\nCliente: 824749855", "Operator: And a number we can call you back on?\nCustomer:
# 0161...", "Mitarbeiter: Unter welcher Nummer erreiche ich Sie?\nKundin: ...", "Et votre portable ?\n—
# 06...", "Op welk nummer bent u bereikbaar?\nBeller: ..." (the answer holds only a speaker, assent and
# the number); a phone's other number asked for stays out ("the phone's serial number?", "el número de
# pedido del móvil?")
_PHONE_QUESTION_OTHER = re.compile(
    r"(?<!\w)(?:serial|model|imei|order|invoice|bill|contract|account|customer|reference|tracking|"
    r"serie|seriennummer|modell|bestell\w*|rechnung\w*|vertrag\w*|kunden\w*|"
    r"série|modèle|commande|facture|contrat|client|"
    r"modelo|pedido|factura|contrato|cliente|"
    r"serienummer|bestelling|factuur|klant\w*)(?!\w)")


# someone's "number" alone in a question, in speech their phone's: "Can I give the adopter your
# number?", "Darf ich ihr deine Nummer geben?", "Je peux lui donner ton numéro ?", "¿Le paso tu
# número?", "Mag ik je nummer doorgeven?"; a number of something ("your number of guests", "tu
# número de pedido") is another's
_YOUR_NUMBER = re.compile(
    r"(?<!\w)(?:your|his|her|their|deine|deinen|ihre|ihren|seine|seinen|eure|ton|votre|son|leur|tu|su|vuestro|je|jouw|uw|"
    r"zijn|haar)[ ](?:phone[ ])?(?:number|nummer|numéro|número)(?![ ](?:of|de|d['’]|van)\b|[ -]?(?:plate|schild))(?!\w)")


# Round 72: a question whether the reader's number is still the one given, the number right before the question
# mark: the reader's phone as the sender has it ("Votre numéro c'est toujours le 0564959950 ?", "Is your number
# still 07700900123?", "Ist deine Nummer noch 01712345678?", "¿Tu número sigue siendo el 612345678?", "Is je
# nummer nog steeds 0612345678?"); the number's word alone, no other thing's ("your customer number")
_YOUR_NUMBER_STILL = gated(re.compile(
    r"(?:" + _YOUR_NUMBER.pattern + r")[ ,]*(?i:c['’]est[ ]toujours(?:[ ]le)?|est[ ]toujours(?:[ ]le)?|toujours[ ]le|"
    r"is[ ]still|still[ ]is|ist[ ](?:immer[ ])?noch|lautet[ ](?:immer[ ])?noch|sigue[ ]siendo(?:[ ]el)?|es[ ]todavía(?:[ ]el)?|"
    r"is[ ](?:nog[ ](?:steeds|altijd)|nog))[ ]?:?[ ]$|"
    r"(?<!\w)(?i:is|ist)[ ](?:your|deine|ihre|je|jouw|uw)[ ](?:phone[ ])?(?:number|nummer)[ ]"
    r"(?i:still|noch|immer[ ]noch|nog[ ](?:steeds|altijd)|nog)[ ]$"))
_QUESTION_AFTER = re.compile(r"[ ]?\?")


def _message_above(text: str, start: int) -> int | None:
    """Where the line above the number's starts, when the number stands near its own line's start (a
    message) and the line above is a message too, not a page of text; None otherwise."""
    line = text.rfind("\n", 0, start)
    if line <= 0 or start - line > 60:
        return None
    first = text.rfind("\n", 0, line) + 1
    return None if line - first > 300 else first


# A chat's question for a phone, then on its line a short afterthought that says whom it means: "anyone got
# Tom's number? the guy with the red van", "hat jemand die Nummer von Jana? die mit dem Hund", "quelqu'un a le
# numéro de Léa ? celle de la 2CV", "¿alguien tiene el teléfono de Ana? la del coche rojo", "heeft iemand het
# nummer van Sanne? die van de bakkerij": the next line's answer is still the number asked for
_AFTERTHOUGHT = re.compile(r"[^\n?\d]{1,50}")


def _question_with_afterthought(line: str | None) -> str | None:
    """The question up to its "?", when a short afterthought without digits follows it on its line."""
    mark = -1 if line is None else line.rfind("?")
    if line is None or mark < 0 or _AFTERTHOUGHT.fullmatch(line, mark + 1) is None:
        return None
    return line[: mark + 1]


def _answers_phone_question(text: str, start: int, end: int) -> bool:
    first = _message_above(text, start)
    if first is None:
        return False
    stop = text.find("\n", end)
    piece = text[first : len(text) if stop < 0 else stop]
    question = answered_question(piece, _lower_same_length(piece), start - first, end - first)
    if question is None:
        question = _question_with_afterthought(line_answered(piece, _lower_same_length(piece), start - first, end - first))
    return (question is not None and (_PHONE_CONTEXT.search(question) is not None or _YOUR_NUMBER.search(question) is not None)
            and _PHONE_QUESTION_OTHER.search(question) is None)


# A chat's request for someone's number, the next message the number alone: "schick mir kurz ihre
# handynr", "send me your number", "envoie-moi ton numéro", "pásame su móvil", "stuur me je nummer"
_NUMBER_REQUEST = re.compile(
    r"(?<!\w)(?:send|give|text|share|drop|schick|schicke|schickt|gib|gebt|sende|schreib|envoie|envoyez|donne|donnez|"
    r"passe|manda|mándame|mandame|pasa|pásame|pasame|dame|envíame|enviame|stuur|geef|app)(?!\w)")
_REQUESTED_NUMBER = re.compile(
    r"(?<!\w)(?:handy|tel|telefon|mobil|gsm|mobiel|telefoon)?[-.]?(?:nr|nummer|number|numéro|número|numero)\.?(?!\w)")


def _answers_number_request(text: str, start: int, end: int) -> bool:
    """Whether the number alone on its message's line answers a request for a number on the line
    above (_NUMBER_REQUEST with a phone's or a number's word), as an asked question's answer does."""
    first = _message_above(text, start)
    if first is None:
        return False
    piece = text[first:end + 2]
    request = line_answered(piece, _lower_same_length(piece), start - first, end - first)
    return (request is not None and _NUMBER_REQUEST.search(request) is not None
            and (_PHONE_CONTEXT.search(request) is not None or _REQUESTED_NUMBER.search(request) is not None)
            and _PHONE_QUESTION_OTHER.search(request) is None)


def _number_opens_contact_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (not text[line_start:start].strip(" \t") and _NUMBER_BEFORE_EMAIL.match(text, end) is not None) or (
        _number_closes_contact_line(text, start, end))


# ... or the contact line's last field, after the e-mail address: a signature's "Oakline Tree Care |
# tom@example.org | 8552 7603", "Praxis Roth · info@example.de · 0171 2345678", "Cabinet Morel | lea@... |
# 06...", "Asesoría Gil | ana@... | 612...", "Bakkerij Smit | info@... | 06-..." (the fields between bars
# or dots are the sender's ways to be reached; the number ends the line)
_EMAIL_FIELD_BEFORE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ]*[|·•][ ]*$")


# Round 69: a list's row for a person, the name first (after the row's number maybe), then the address with its
# postcode, then the number after the last dash, closing the row: the person's phone ("2 – Jean Roy – 48, rue de la
# Paix, 75002 Paris – 0638003180", "1. Ana Gil – Calle Mayor 2, 41609 Teruel – 841289975", "Tom Hale – 12 High St,
# Leeds LS1 4AB – 07700900123", "Jonas Roth – Hauptstraße 5, 10115 Berlin – 01712345678", "Saar Bos – Dorpsstraat
# 3, 1234 AB Ede – 0612345678"); a row without an address ("Team A – 2024 – 4711123456") stays unread
_NAME_ADDRESS_ROW = re.compile(
    r"[ \t]*(?:[0-9]{1,3}[.)]?[ \t]*(?:[–—-][ \t]*)?)?(?:[-•*][ \t]*)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
    r"[ ][–—-][ ][^\n–—]*?(?:[0-9]{4,5}|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2})(?:[ ][A-Z]{2})?(?![0-9])[^\n–—]*[ ][–—-][ ]")


def _number_closes_contact_line(text: str, start: int, end: int) -> bool:
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(" \t"):
        return False
    return (_EMAIL_FIELD_BEFORE.search(text, max(0, start - 80), start) is not None
            or _NAME_ADDRESS_ROW.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None)


# A contact cell's person before the number: a name (one to three capitalised words) and a comma
# ("| Clotilde, 953863187 |", "; Jonas Roth, 0171 2345678")
_CELL_NAME_COMMA = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2},[ ]")


def _named_contact_cell(text: str, start: int, end: int) -> str | None:
    """The column of the table cell that holds a person's name, a comma and then the number at
    start:end, ending the cell (_CELL_NAME_COMMA): read as the number's own column below."""
    if ", " not in text[max(0, start - 40) : start]:
        return None
    found = column_of_cell_ending(text, start, end)
    if found is None or _CELL_NAME_COMMA.fullmatch(text, found[1], start) is None:
        return None
    return found[0]


# Telling a person by a deadline, then where: "let Kenneth know by Thursday on ...", "gib Jonas bis
# Freitag Bescheid unter ...", "prévenez Léa avant jeudi au ...", "avisa a Pilar antes del jueves al
# ...", "laat Sanne voor donderdag weten op ..."; a few words may stand between the person and "on"
_NAMED = r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2}"
_WORDS = r"(?:[ ][^\W\d_][\w'’.]*){0,5}"
_LET_KNOW_RIGHT_BEFORE = re.compile(
    rf"(?:(?i:\blet)[ ]{_NAMED}[ ](?i:know)|"
    rf"(?i:\b(?:gib|gibt|gebt|geben[ ]sie|sag|sagt|sagen[ ]sie)(?:[ ](?:bitte|mal|kurz|doch|einfach))*)[ ]{_NAMED}{_WORDS}[ ](?i:bescheid)|"
    rf"(?i:\b(?:prévenez|préviens|prévenir|avertissez|avertis))[ ]{_NAMED}|"
    rf"(?i:\b(?:avisa|avisad|avise|avisen|avisar))[ ]a[ ]{_NAMED}|"
    rf"(?i:\blaat(?:[ ]het)?(?:[ ]even)?(?:[ ]aan)?)[ ]{_NAMED}{_WORDS}[ ](?i:weten))"
    rf"{_WORDS}[ ](?i:on|at|via|unter|über|au|sur|al|en[ ]el|op)[ ]$")
# A line's label that names who is in charge, then the number alone ending the line: "Responsable en
# ruta: 902675563", "Verantwortlich vor Ort: 0171...", "Responsable sur place : 06...", "Person in
# charge on the day: 07700...", "Verantwoordelijke onderweg: 06..."
_IN_CHARGE_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?i:responsable|encargad[oa]|coordinador[a]?|jefe|jefa|"
    r"verantwortliche[rn]?|verantwortlich|leiter(?:in)?|betreuer(?:in)?|begleitperson|"
    r"responsables|accompagnat(?:eur|rice)|coordinat(?:eur|rice)|"
    r"person in charge|trip leader|group leader|coordinator|organi[sz]er|"
    r"verantwoordelijke|begeleider|coördinator|leiding)"
    r"(?:[ ][^\W\d_][\w'’.]*){0,3}[ \t]*:[ \t]*$")
# An SMS receiver's key in a configuration (Alertmanager's "sms_configs: - to: '...'", a Twilio
# block's "to:"/"number:"): the number the messages go to
_SMS_BLOCK = re.compile(r"(?i:sms|twilio|whatsapp|pager)[\w-]*[\"']?[ \t]*:[ \t]*(?:\n|$)")
_TO_KEY = re.compile(r"(?:^|\n)[ \t]*(?:-[ \t]+)?[\"']?(?:to|number|recipient|phone)[\"']?[ \t]*:[ \t]*[\"']?$")
# A fixed-width table's header whose last column is a phone's ("#  destinataire   adresse   tél")
_WIDE_GAP = re.compile(r"[ \t]{2,}")
_PHONE_HEAD = re.compile(r"(?i:tel|tél|tel\.|tél\.|phone|telephone|téléphone|telefon|teléfono|telefono|telefoon|"
                         r"mobile|mobil|handy|portable|móvil|movil|mobiel|gsm|contact|kontakt|contacto)")


def _in_charge_number(text: str, start: int, end: int) -> bool:
    """A number alone after a label that names who is in charge (_IN_CHARGE_FIELD), ending its line:
    the person's phone, as under a contact's label."""
    return _IN_CHARGE_FIELD.search(text, max(0, start - 50), start) is not None and _CLAUSE_END.match(text, end) is not None


def _sms_receiver(text: str, start: int) -> bool:
    """A number that is an SMS receiver's key's value, the SMS block a few lines above it (_SMS_BLOCK)."""
    key = _TO_KEY.search(text, max(0, start - 30), start)
    return key is not None and _SMS_BLOCK.search(text, max(0, key.start() - 120), key.start() + 1) is not None


def _fixed_width_phone_column(text: str, start: int, end: int) -> bool:
    """A number that is the last column of a fixed-width row (columns two blanks apart) under a header
    of as many columns whose last is a phone's word (_PHONE_HEAD): a courier's route sheet."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    row = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    if line_start + len(row) != end or not _WIDE_GAP.search(text, start - 2, start):
        return False
    cells = len(_WIDE_GAP.split(row.strip()))
    if cells < 3:
        return False
    for header in reversed(text[max(0, line_start - 600) : line_start].split("\n")[-8:]):
        heads = _WIDE_GAP.split(header.strip())
        if len(heads) == cells:
            return _PHONE_HEAD.fullmatch(heads[-1]) is not None
    return False


# A building's or a service's contact by their role, as a line's label with its colon, the number
# right after it: "Conserje: 878869353" under an intercom's list, "Gardienne : 02...", "Hausmeister:
# 02...", "Concierge desk: 8467.4436", "Beheerder: 06..." (the role's desk, lodge or office too)
_CONTACT_ROLE_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?i:caretaker|janitor|porter|doorman|superintendent|site manager|"
    r"hausmeister(?:in)?|hauswart(?:in)?|pförtner(?:in)?|portier|"
    r"gardien(?:ne)?|loge|"
    r"conserje|porter[oa]|"
    r"conci[eë]rge|beheerder|huismeester)"
    r"(?:[ '’s]{0,3}(?i:desk|lodge|office|loge|büro|bureau|oficina|kantoor|porteria|portería))?[ \t]*:[ \t]*$")
# A message's closing line that says where to ask, the number ending the message: "Votre auto-école
# vous recontactera. Infos : 04...", "Your instructor has been told. Questions: 0894 2187", "Fragen:",
# "Dudas:", "Vragen:" (in a message's middle, "Info: 20240315" may be anything's)
_CLOSING_CONTACT_FIELD = re.compile(
    r"(?:^|\n|[.!?][ ]+)[ \t]*(?i:infos?|informations?|renseignements|questions|queries|enquiries|inquiries|"
    r"fragen|rückfragen|auskunft|auskünfte|información|informacion|informaciones|preguntas|dudas|consultas|"
    r"vragen|inlichtingen|informatie|"
    # where to book the next visit, the same closing field: "To book an appointment:", "Pour prendre
    # rendez-vous :", "Terminvereinbarung:", "Para pedir cita:", "Afspraak maken:"
    r"to[ ]book(?:[ ]an?[ ]appointment)?|appointments|to[ ]make[ ]an[ ]appointment|pour[ ]prendre[ ]rendez-vous|"
    r"prise[ ]de[ ]rendez-vous|terminvereinbarung|termine|para[ ]pedir[ ]cita|cita[ ]previa|citas|"
    r"afspraak[ ]maken|afspraken|voor[ ]afspraken)[ \t]*:[ \t]*"
    # the desk or the person's role that answers there, one word ("Dudas: coordinación 9...", "Questions:
    # reception 0...", "Fragen: Sekretariat 0...", "Renseignements : accueil 0...", "Vragen: receptie 0...");
    # no reference's word (the order's or the file's number is quoted back, not called)
    r"(?:(?!(?:ref|order|invoice|ticket|booking|case|file|dossier|pedido|factura|referencia|expediente|commande|facture|"
    r"bestell|rechnung|auftrag|bestelling|factuur|kunde|client|klant|cliente|n[°º]|nr|no|number|nummer|numéro|número)"
    r"(?![^\W\d_]))[^\W\d_]{3,20}[ ])?$")
# What may close a message after a closing field's number: its full stop, the sender's name or team on
# the lines below ("\n\nClinique vétérinaire des Quatre Vents"), a text message's opt-out ("STOP au 36180",
# "Reply STOP to 60055", "STOP an 12345", "Baja: STOP al 1234", "STOP naar 3010")
_MESSAGE_CLOSE = re.compile(
    r"[.!]?[ \t]*(?:(?:\n[ \t]*)+[^\d\n:]{1,60}[ \t]*){0,2}"
    r"(?:[ \t\n]*(?:(?:reply|répondez|antworte|responde|antwoord)[ ])?stop[ ](?:au|to|an|al|naar|à)[ ]"
    r"[0-9]{3,6}[.]?)?\s*$",
    re.IGNORECASE)
# A person, then the pronoun that says they are on the number: "Kerri Atkins!! she's on 6282-1447",
# "ask Tom, he's on 0412 ...", "they're on ..."
# the same in the other languages, the pronoun left out where the verb says it: "Su trabajadora social
# ... está en el 612 ...", "elle est au 06 ...", "sie ist unter 0171 ...", "ze zit op 06 ..."
_PERSON_ON_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:she|he|they)(?:['’]s|['’]re|[ ]is|[ ]are)[ ](?:(?i:also|still|now|usually)[ ])?(?i:on)|"
    r"(?i:está|están|estará)[ ](?:(?i:siempre|ahora|también)[ ])?(?i:en[ ]el)|"
    r"(?i:elle|il|ils|elles)[ ](?i:est|sont)[ ](?:(?i:aussi|toujours|joignable|joignables)[ ])?(?i:au)|"
    r"(?i:sie|er)[ ](?i:ist|sind)[ ](?:(?i:auch|immer|jetzt)[ ])?(?i:unter)|"
    r"(?i:zij|ze|hij)[ ](?i:zit|zitten|is)[ ](?:(?i:ook|nu|altijd)[ ])?(?i:op))[ ]$")


def _role_or_closing_field(text: str, start: int, end: int) -> bool:
    """A contact's role as the number's label, a closing field that says where to ask (the number
    ends the message), or a person said to be on the number (why: the label or the sentence says
    whom the number reaches, as a phone's word would)."""
    before = max(0, start - 60)
    if _CONTACT_ROLE_FIELD.search(text, before, start) or _PERSON_ON_RIGHT_BEFORE.search(text, before, start):
        return True
    if _FIRM_DASH_BEFORE.search(text, max(0, text.rfind("\n", 0, start) + 1, start - 80), start) is not None and \
            _LINE_ENDS.match(text, end) is not None:
        return True
    return (_CLOSING_CONTACT_FIELD.search(text, before, start) is not None or _ANYTHING_CLOSING.search(
        text, before, start) is not None) and _MESSAGE_CLOSE.match(text, end) is not None


# Round 78: a firm's name with its legal form on a line of its own, a dash, then the number ending the line: the
# firm's phone under a certificate or a quote ("Entreprise Bavaud Carraud SA – 0238612441", "Elektro Roth GmbH -
# 0301234567", "Plomberie Roy SARL – 0612345678", "Reformas Gil S.L. – 912345678", "Installatiebedrijf Bos B.V. –
# 0201234567", "Hale & Sons Ltd - 01632960123"); a label before the firm ("Invoice: ... GmbH - 4471209") is no such
# line, and a number with more after it on the line stays unread
_FIRM_DASH_BEFORE = re.compile(
    r"^[ \t]*[A-ZÀ-ÖØ-Þ][\w'’.&-]*[ ](?:(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|&|de|des|du|la|le|les|van|von|der|den|y|del|and|und|et|en|"
    r"of|the)[ ]){0,5}(?:SA|SARL|Sàrl|SàRL|SAS|SNC|EURL|GmbH|AG|KG|OHG|e\.K\.|S\.L\.|SL|S\.A\.|"
    r"SLU|S\.L\.U\.|B\.V\.|BV|N\.V\.|NV|VOF|Ltd\.?|LLC|Inc\.?|plc|LLP)[ ]+[–—-][ ]+$", re.MULTILINE)
_LINE_ENDS = re.compile(r"[ \t]*(?:$|\n)")


# Round 78: a message's last sentence that offers the number for anything that comes up, with a comma or a colon, the
# number ending the message: "Llegad 15 minutos antes. Cualquier cosa, 974196816.", "Cualquier duda, ...", "Anything
# else, 07700 900123.", "Any problems, ...", "Bei Problemen, ...", "Au besoin, ...", "En cas de souci, ...", "Mocht er
# iets zijn, ..."; in a message's middle the number may be anything's
_ANYTHING_CLOSING = re.compile(
    r"(?:^|\n|[.!?][ ]+)[ \t]*(?i:(?:para[ ])?cualquier[ ](?:cosa|duda|problema|imprevisto)|lo[ ]que[ ](?:sea|necesites|necesitéis)|"
    r"anything(?:[ ]else)?|any[ ](?:problems?|issues?|worries)|if[ ]anything[ ]comes[ ]up|"
    r"bei[ ](?:problemen|fragen)|falls[ ]etwas[ ]ist|wenn[ ]was[ ]ist|"
    r"au[ ]besoin|si[ ]besoin|en[ ]cas[ ]de[ ](?:besoin|souci|problème)|pour[ ]tout[ ]souci|"
    r"mocht[ ]er[ ]iets[ ]zijn|bij[ ](?:problemen|vragen)|als[ ]er[ ]iets[ ]is)[ \t]*[:,][ \t]*$")


_PAIR_KEY_BEFORE = re.compile(r"(?<![\w.-])(" + LOGFMT_KEY + r")=[\"']?$")
"""A log's key=value pair's key right before the value ("rit=3376283685", "order_id=..."): the key says what the
value is."""


_ADDRESSEE_KEY_PARTS = frozenset("to from recipient sender dest destination msisdn caller callee number num nr no nummer "
                                 "numero número numéro originator".split())
"""Keys that name who a message or a call went to or came from, or a number: a phone's in an SMS or a call log."""


# A key that says only who a text message or a call went to or came from ("to", "recipient", "SENDER_NUMBER",
# "msisdn", "caller_id" less its "id"), holding the number in a log's key=value pair or in a validation
# error that quotes the field's value (Kubernetes' 'data.SENDER_NUMBER: Invalid value: "..."'), where the
# line or the error speaks of a text message or a call: 'msg="sms delivery failed" ... to=0347-4851',
# 'event=call.missed caller=...', ConfigMap "notify-sms" ... (the same in every language's logs; a
# "booking=" or "order_no=" key names its own number)
_ADDRESSEE_VALUE = re.compile(r"(?<![\w.-])(?:[A-Za-z_][\w-]{0,30}\.)*(?P<key>[A-Za-z_][\w-]{0,30})"
                              r"(?:=|:[ ]Invalid[ ]value:[ ])[\"']?$")
_MESSAGE_OR_CALL = re.compile(
    r"(?<![^\W\d_])(?:sms|mms|text[ ]message|whatsapp|call|calls|voice|anruf|appel|llamada|oproep)(?![^\W\d_])",
    re.IGNORECASE)


def _message_addressee(text: str, start: int) -> bool:
    key = _ADDRESSEE_VALUE.search(text, max(0, start - 80), start)
    if key is None:
        return False
    parts = [p.lower() for p in _KEY_PARTS.findall(key.group("key"))]
    if not parts or not all(p in _ADDRESSEE_KEY_PARTS or p in _PHONE_KEY_PARTS for p in parts):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if "=" in key.group(0):
        line_end = text.find("\n", start)
        return _MESSAGE_OR_CALL.search(text, line_start, len(text) if line_end < 0 else line_end) is not None
    return _MESSAGE_OR_CALL.search(text, max(0, start - 300), start) is not None


def _other_pair_key(text: str, start: int) -> bool:
    """The number is the value of a key=value pair whose key names no phone ("rit=", "order_id="): a phone word
    elsewhere on the log line ("tel=+31 ...") is the other pair's."""
    key = _PAIR_KEY_BEFORE.search(text, max(0, start - 34), start)
    if key is None:
        return False
    parts = [p.lower() for p in _KEY_PARTS.findall(key.group(1))]
    return not any(p in _PHONE_KEY_PARTS or p in _ADDRESSEE_KEY_PARTS or _PHONE_CONTEXT.fullmatch(p) for p in parts)


# The word of a person's on-call duty right before a compact national number: the number the one on call
# answers ("Hebamme: Frau Aumann, Rufbereitschaft 04521234567", "midwife on call 07700900123", "sage-femme
# d'astreinte 0612345678", "matrona de guardia 612345678", "verloskundige piketdienst 0612345678"); a
# number with a trunk 0 of 10 to 12 digits, or Spain's nine digits from 6 to 9, so a duty roster's shift
# number or a ticket's id stays clean
_ON_CALL_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?i:rufbereitschaft|bereitschaftsdienst|bereitschaft|on[- ]call|on[ ]duty|d['’]astreinte|astreinte|"
    r"de[ ]garde|de[ ]guardia|guardia|piketdienst|piket|dienstdoende|bereikbaarheidsdienst)"
    r"[ \t]*(?:[:–—-][ \t]*)?$")


# Round 69: a line whose label says whom to tell, maybe on a condition, the number after its colon: the number to
# call them on ("Avisar a la familia si no baja: 850385744", "Notify his wife if he is late: 0412345678",
# "Familie benachrichtigen, falls er nicht kommt: 01712345678", "Prévenir la famille en cas d'absence : 0612345678",
# "Familie verwittigen bij afwezigheid: 0612345678")
_NOTIFY_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?[^\n:\d]{0,40}(?<!\w)(?i:notify|avisar|avisad|benachrichtigen|verständigen|prévenir|"
    r"waarschuwen|verwittigen)(?!\w)[^\n:\d]{0,50}:[ \t]*$")


# Round 70: a call to a person named by their role, not their name, maybe with when to call, then "on"/"at"
# right before the number: "call client first on 0893 1003", "ring the tenant beforehand on ...", "appeler le
# client avant au 06 ...", "llamar al cliente antes al 612 ...", "bel de klant eerst op 06-...", "ruf den Kunden
# vorher unter 0171 ... an" (a call to a role's person: the number reaches them, as a name's would)
_CALL_ROLE_ON = re.compile(
    r"(?i:\b(?:call|ring|phone|text|bel|bellen|appelle[rz]?|llama[r]?|llame|ruf|rufen[ ]sie)[ ]+"
    r"(?:(?:the|a|le|la|l['’]|al|a[ ]la|de|het|den|die)[ ]?)?"
    r"(?:client|customer|tenant|patient|resident|recipient|owner|driver|family|"
    r"kunden?|kundin|mieter(?:in)?|empfänger(?:in)?|patient(?:in|en)?|fahrer(?:in)?|familie|"
    r"locataire|destinataire|famille|chauffeur|propriétaire|"
    r"cliente|inquilin[oa]|destinatari[oa]|familia|conductor(?:a)?|"
    r"klant|huurder|ontvanger|bewoner|eigenaar)[ ]+"
    r"(?:(?:first|beforehand|ahead|back|in[ ]advance|vorher|zuerst|vorab|d['’]abord|avant|antes|primero|eerst|vooraf)[ ]+)?"
    r"(?:on|at|au|al|op|unter)[ ]*$)")
# Round 70: the writer's own number after another person's in the same sentence, by the possessive pronoun:
# "Her mobile is 08-7117-3855 and mine is 3339.2122", "Sein Handy ist ... und meins ist ...", "son portable
# est le ..., le mien est le ...", "su móvil es el ... y el mío es el ...", "zijn gsm is ..., de mijne is ..."
# (the phone's word earlier in the sentence, at most 120 characters back)
_MINE_RIGHT_BEFORE = re.compile(
    r"(?i:\b(?:mine|ours|meine|meins|unsere|le[ ]mien|la[ ]mienne|le[ ]nôtre|el[ ]mío|la[ ]mía|el[ ]nuestro|"
    r"de[ ]mijne|het[ ]mijne|die[ ]van[ ]mij)[ ](?:is|ist|lautet|est(?:[ ]le)?|es(?:[ ]el)?)[ ]*:?[ ]*$)")
# Round 70: a numbered or bulleted list of people, each a name, a separator and the one way to reach them: a
# row's bare number is the person's phone where another row of the list gives an e-mail address after the same
# separator ("Waiting list\n1. Tom Hale · tom@example.org\n2. Amy Cole · 07700900123", "Warteliste\n1. Jonas Roth
# – jonas@example.de\n2. Lea Berg – 01712345678", "Liste d'attente", "Lista de espera\n1. Ana Gil ·
# ana@example.es\n2. Pía Ruiz · 806593711", "Wachtlijst"); a list without an e-mail's row stays unread
# Round 79: ... the number maybe in groups, and a row's own short note after it, in brackets or after the same separator
# ("Allotment waiting list\n1. Ann Cole - ann@example.org - on list since 2023\n2. Tom Hale - 0774 1342 - since 2023
# (half plot only)", "Lista de espera huertos\n2. Pía Ruiz – pia@example.es\n3. Ana Gil – 885182607 (prefiere parcela
# adaptada)", "Warteliste\n2. Lea Berg – 0171 2345678 (nur Halbbeet)", "Liste d'attente ... – 06 12 34 56 78 (depuis
# 2023)", "Wachtlijst ... – 06 1234 5678 - sinds 2023"); an e-mail's row of the list is still needed
_CONTACT_LIST_ROW = re.compile(
    r"[ \t]*(?:[0-9]{1,2}[.)]|[-•*])[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][\w'’-]+){0,4}?[ \t]+(?P<sep>[·|–—-])[ \t]+"
    r"(?P<value>\+?[0-9][0-9 ./-]{5,16}[0-9](?=[ \t]+(?:\(|(?P=sep)[ ]))|[^\s]+)"
    r"(?:[ \t]+(?:\([^\n()]{1,60}\)|(?P=sep)[ \t]+[^\n]{1,60}?))?[ \t]*$")
_EMAIL_VALUE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Round 72: ... and a list of people one a line without bullets, each a full name, the same separator, a short field
# of their own (a plot, a flat, a role) and the one way to reach them, where another row gives an e-mail address in
# the same place ("Key holders\nAnn Cole – plot 3 – 07700900123\nTom Hale – plot 9 – tom@example.org",
# "Schlüsselliste\nJonas Roth – Beet 2 – 01712345678", "Stéphanie Boyer – parcelle 3 – 0638001204", "Jacinto
# Fiol – parcela 2 – 975970300", "Saar Peeters – tuin 4 – 0612345678"); the name's words are capitalised, the
# field holds no separator, a list without an e-mail's row stays unread
_CONTACT_FIELD_ROW = re.compile(
    r"[ \t]*[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
    r"[ \t]+(?P<sep>[·|–—])[ \t]+[^\n·|–—]{1,30}?[ \t]+(?P=sep)[ \t]+(?P<value>[^\s]+)[ \t]*$")


def _call_role_or_mine(text: str, start: int) -> bool:
    """A call to a role's person right before the number (_CALL_ROLE_ON), or the writer's own number after
    another's phone in the sentence (_MINE_RIGHT_BEFORE)."""
    if _CALL_ROLE_ON.search(text, max(0, start - 70), start) is not None:
        return True
    mine = _MINE_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    if mine is None:
        return False
    begin = max(0, mine.start() - 120, text.rfind("\n", 0, mine.start()) + 1)
    return _PHONE_CONTEXT.search(text[begin : mine.start()].lower()) is not None


def _contact_list_number(text: str, start: int, end: int) -> bool:
    """A bare number that is a person's one contact on a list whose other row gives an e-mail address
    (_CONTACT_LIST_ROW): the next three rows up and down."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    shape = _CONTACT_LIST_ROW
    row = shape.fullmatch(text, line_start, line_end)
    if row is None:
        shape = _CONTACT_FIELD_ROW
        row = shape.fullmatch(text, line_start, line_end)
    if row is None or row.start("value") != start or row.end("value") != end:
        return False
    for other in _rows_around(text, line_start):
        m = shape.fullmatch(other)
        if m is not None and m.group("sep") == row.group("sep") and _EMAIL_VALUE.fullmatch(m.group("value")):
            return True
    return False


def _phone_word_near(text: str, start: int, end: int) -> bool:
    """A phone word earlier in the same sentence (or right before: "Tel. 0155249997", where the
    abbreviation's full stop ends no sentence), or a contact word right after the number; or
    the number alone on its line in a letter's signature; never as another key's value in a log
    line ("tel=... ip=... rit=3376283685")."""
    if text[start - 1 : start] in ("=", '"', "'") and _other_pair_key(text, start):
        return False
    if text[start - 1 : start] in ("=", '"', "'") and _message_addressee(text, start):
        return True
    if _KNOWN_NUMBER_FIELD.search(text, max(0, start - 50), start):
        return True  # "Numéro connu : 0442836365", "Hinterlegte Nummer: 01165083469"
    if _r81s_number_asked_for(text, start):
        return True  # round 81: "Kunde bittet um Anruf 30 min vorher: 0226083933", "Pour toute modification : 04..."
    if _R84S_ON_CALL_LABEL.search(text, max(0, text.rfind("\n", 0, start)), start) is not None:
        return True  # round 84: "Retén: 828902468", "Rufbereitschaft: 0171 2345678"
    window = text[max(0, start - 40) : start].lower()
    # the last 8 characters, searched with the word before them in sight: "aanmelden: " holds no "melden"
    right_before = (_PHONE_CONTEXT.search(window, max(0, len(window) - 8)) is not None
                    or _TEXTS_RIGHT_BEFORE.search(window) is not None or _ASKED_RIGHT_BEFORE.search(window) is not None
                    or _reached_right_before(window))
    # the sentence the number is in: the context words' rule (an abbreviation's full stop, "Tél. du
    # destinataire :", ends none), and a line break ends one too
    window = window[max(sentence_start(window), window.rfind("\n") + 1) :]
    if _CONTACT_PERSON.search(text, max(0, start - 90), start):
        return True  # "text Stephen Gibson on 0437 931 116", "appelle Marie au 06 ..."
    if _QUESTION_AFTER.match(text, end) and _YOUR_NUMBER_STILL.search(text[max(0, start - 60) : start].lower()):
        return True
    if (_TITLED_NAME_COMMA.search(text, max(0, start - 50), start) or _TITLED_NAME_DASH.search(
            text, max(0, start - 50), start)) and _CLAUSE_END.match(text, end):
        return True
    if _named_contact_before(text, start, end):
        return True  # "Emergency: James 5892183190", "Avisos a Martirio: 880331574", "ext. 886928398"
    if _role_or_closing_field(text, start, end):
        return True  # "Conserje: 878869353", "... Infos : 0422826024" closing a message, "she's on 6282-1447"
    if _number_closes_contact_line(text, start, end):
        return True  # "Oakline Tree Care | tom@example.org | 0412345678"
    if _call_role_or_mine(text, start) or _contact_list_number(text, start, end):
        return True  # "call client first on 0893 1003", "... and mine is 3339.2122", "2. Pía Ruiz · 806593711"
    if _NOTIFY_LABEL_BEFORE.search(text, max(0, start - 100), start) is not None:
        return True  # "Avisar a la familia si no baja: 850385744"
    if ":" in text[max(0, start - 120) : start] and _contact_line(text, start, end) and _CLAUSE_END.match(
            text, end + (text[end : end + 1] == ")")):
        return True
    if _assigned_line_number(text, start):
        return True
    if ":" in text[max(0, start - 3) : start] and _RELATIVE_FIELD.search(text, max(0, start - 40), start):
        return True  # "| llave en casa de la vecina | hija: 923628705"
    if _closing_name_number(text, start, end):
        return True  # "> Saludos, Jorge Santos Zapata, 881292610"
    if text[start - 1 : start] == "(" and _party_name_bracket(text, start, end):
        return True  # "Usuario: Aitana Quevedo (827130633)"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and _RELATIVE_BRACKET.search(
            text, max(0, start - 40), start):
        return True  # "Vater (01376244718) informiert"
    if _SPLIT_CALL_PARTICLE.match(text, end) and _CALL_STEM.search(window):
        return True  # "ruft der Fahrer 08208175209 an"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and _CLAUSE_END.match(text, end + 1) and \
            _CALL_CLAUSE_BRACKET.search(window):
        return True  # "Bezugsperson Jana ruft ab 17 Uhr an (0620219425)."
    if _answers_phone_question(text, start, end):
        return True  # "Agente: ¿Y un teléfono de contacto?\nCliente: 824749855"
    if _answers_number_request(text, start, end):
        return True  # "Orga: schick mir kurz ihre handynr\nZsolt: 0920289399"
    if _LET_KNOW_RIGHT_BEFORE.search(text, max(0, start - 90), start):
        return True  # "let Kenneth know by Thursday on 8804600333"
    if _in_charge_number(text, start, end) or _sms_receiver(text, start) or _fixed_width_phone_column(text, start, end):
        return True  # "Responsable en ruta: 902675563", "sms_configs: - to: '...'", a route sheet's "tél" column
    if _phone_key_before(text, start):
        return True  # '"tel_responsable": "0472644089"', 'TELF1="949738720"', "mobile_home=0612345678"
    column = cell_column(text, start, end) or _named_contact_cell(text, start, end)
    if column:
        # the column's own name, not a qualifier in brackets ("Notes (phone)" holds notes), and the
        # phone's or the contact's word as its head ("phone_model" names a model)
        name = CAMEL_BOUNDARY.sub("_", re.sub(r"\([^()]*\)", "", column)).lower()
        head = re.sub(r"[ ](?:number|nummer|numéro|número|numero|no|nr)$", "", " ".join(name.replace("_", " ").split()))
        if any(c.end() == len(head) for c in _PHONE_CONTEXT.finditer(head)) and _KEY_COLUMN.search(name) is None:
            # a table's "Contact" or "Telefon" column: "| Manon Conrad | Magasinier | Refus | 0478323283 |";
            # a contact's key ("contact_id") numbers the row
            return True
        if (_RELATIVE_LABEL.fullmatch(head) is not None or _IN_CHARGE_LABEL.fullmatch(head) is not None) and \
                _KEY_COLUMN.search(name) is None:
            # a column named by the one to reach for the row's person, a relative or the one in charge, holding
            # a phone's shape: "Élève | Né(e) le | Responsable", "Pupil | DOB | Parent/guardian", "Kind |
            # Geburtsdatum | Erziehungsberechtigte", "Alumno | Fecha | Tutor", "Leerling | Geboren | Ouder"
            return True
    if _EMAIL_OR_BEFORE.search(text, max(0, start - 90), start):
        return True  # "Schreibt mir: jw@example.de oder 0634405857"
    if (text[start] == "0" and (text[start + 1 : start + 2] != "0" or (
            # or in its international form after "00": "Angehörige unter 0039504615 informiert"
            text[start + 2 : start + 3] in "123456789" and end - start <= 15))
            and 10 <= end - start and (end - start <= 12 or text[start + 1] == "0")
            and text[start:end].isdigit() and (_REACH_PREPOSITION.search(text, max(0, start - 8), start)
                                               or _SEND_TO_RIGHT_BEFORE.search(text, max(0, start - 80), start)
                                               or (_REACH_NUMBER_WORD.search(text, max(0, start - 60), start)
                                                   and _REACH_VERB.search(text, max(0, start - 80), start))
                                               or _LINE_RIGHT_BEFORE.search(text, max(0, start - 40), start))):
        return True
    if text[start:end].isdigit() and _ON_CALL_RIGHT_BEFORE.search(text, max(0, start - 30), start) and (
            (text[start] == "0" and text[start + 1 : start + 2] != "0" and 10 <= end - start <= 12)
            or (text[start] in "6789" and end - start == 9)):
        return True  # "Hebamme: Frau Aumann, Rufbereitschaft 04521234567", "Matrona: Sra. Gil, de guardia 612345678"
    if (text[start] in "6789" and end - start == 9 and text[start:end].isdigit()
            and _ES_REACH_PREPOSITION.search(text, max(0, start - 8), start)
            and not _ES_RANGE.search(text, max(0, start - 40), start)):
        return True
    if _told_or_callback(text, start, end):
        return True  # "pls tell Sian (2188 5936)", "requérant ..., rappel 0245950077"
    if _ES_REACHED_AT.search(text, max(0, start - 60), start) and (_REACH_VERB.search(
            text, max(0, start - 60), start) or _ES_ASK_VERB.search(text, max(0, start - 60), start)) and (
            _CLAUSE_END.match(text, end) or _ES_NEXT_VERB.match(text, end)):
        return True  # "Se ha contactado al propietario en el 736130391", "localizada en el 873985960"
    return (_PHONE_CONTEXT.search(window) is not None or right_before
            or _OWN_NUMBER.search(window) is not None
            or _LINE_FIELD.search(text, max(0, start - 12), start) is not None
            or _MESSAGE_HEADER.search(text, max(0, start - 16), start) is not None
            or (":" in text[max(0, start - 3) : start] and _CONTACT_FIELD.search(text, max(0, start - 30), start) is not None)
            or _emergency_or_shared_field(text, start)
            or _PHONE_CONTEXT_AFTER.match(text[end : end + 40].lower()) is not None
            # last: it splits the lines above the number, and the cheaper tests decide most numbers
            or _signature_number(text, start, end))
# A record's key whose name is a phone's word with a qualifier joined by an underscore, a dash, a dot,
# camelCase or a digit: a JSON's "tel_responsable", "phone_home", "telefono_contacto", "mobielNummer",
# SAP's "TELF1"/"TELF2" (its customer and address records' telephone fields), "TELFX" (fax); the key's
# value right after its ":" or "=", quoted or not. Not a phone's other attributes ("phone_model",
# "tel_type", "mobile_id", "phone_count") nor a key that is only the word (the phone word's own rules)
_PHONE_KEY = re.compile(r"(?<![\w.-])[\"']?(?P<key>[A-Za-z][A-Za-z0-9_.-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")
_PHONE_KEY_PARTS = frozenset(
    "phone telephone tel tele telf telfx telno mobile mob cell cellphone fax mobil handy telefon telefonnummer rufnummer "
    "mobilnummer handynummer festnetz téléphone telephone portable fixe teléfono telefono móvil movil celular fijo "
    "telefoon telefoonnummer mobiel gsm whatsapp sms "
    # a call back's key, the number to ring back ("rueckruf_an=", "rueckrufNr", "terugbel_nummer="): German's
    # "Rückruf" and Dutch's "terugbellen" are a telephone's call, whatever else the key says
    "rueckruf rückruf terugbel terugbellen".split())
_PHONE_KEY_OTHER = frozenset(
    "id model type brand make count verified valid validated prefix country code ext extension os version serial imei "
    "plan contract tarif tariff provider carrier operator status flag enabled opt optin consent format mask pin puk".split())
_KEY_PARTS = re.compile(r"[A-Z]?[a-zà-ÿ]+|[A-Z]+(?![a-z])|[0-9]+")


def _phone_key_before(text: str, start: int) -> bool:
    key = _PHONE_KEY.search(text, max(0, start - 46), start)
    if key is None:
        return False
    parts = [p.lower() for p in _KEY_PARTS.findall(key.group("key"))]
    if len(parts) < 2 and not (parts and re.fullmatch(r"telf[0-9x]|telfx", key.group("key").lower())):
        return False
    if parts[-1].isdigit() and len(parts) == 2 and parts[0] == "telf":
        return True  # SAP's TELF1
    return any(p in _PHONE_KEY_PARTS for p in parts) and not any(p in _PHONE_KEY_OTHER for p in parts)


# Labels that make the digits after them an order, invoice, tracking or article number.
_NOT_PHONE_OR_CARD = re.compile(
    r"(?:order|invoice|tracking|reference|ref|ticket|sku|ean|gtin|isbn|article|item|po|case|barcode|upc|"
    r"bestellung|rechnung|sendungsnummer|sendung|artikel|referenz|auftrag|strichcode|"
    r"commande|facture|suivi|référence|article|code-barres|code barre|code-barre|"
    r"pedido|factura|seguimiento|referencia|artículo|código de barras|"
    r"bestelling|factuur|trackingnummer|referentie|artikel|order|streepjescode|"
    r"parcel|package|paket|colis|paquete|pakket|batch|lot|lote|partij|chargennummer|serial|seriennummer|serienummer|"
    # a product's or its supplier's code or number, the goods' barcode as a stock list or an order gives it ("supplier
    # code 0018188181909", "Produktcode 4006...", "Lieferantennr. ...", "code produit ...", "código de producto ...",
    # "productcode ...", "leverancierscode ..."): a code names no one to call
    r"(?:supplier|vendor|product|produkt|lieferanten|leveranciers?)(?=[ _-]?(?:s?code|no\b|nr\b|number|nummer|#))|"
    r"code[ ](?:produit|fournisseur|article)|c[óo]digo[ ](?:de(?:l)?[ ])?(?:producto|proveedor|art[íi]culo)|"
    # a product's batch in a recall ("Rückruf ...: Brackets Charge 7924261240, GTIN ...", "Ch.-B. ...", "Los-Nr.
    # ...", "numéro de lot ..."): German's "Charge" is a batch, not someone "in charge" of a number
    r"(?<![\w])(?<!in[ ])(?<!of[ ])charge|chargen-?nr|ch\.-?b\.|los-?nr|losnummer|lotnummer|partijnummer|"
    # ... and as a German compound's head, the batch of what the compound names ("Impfstoffcharge",
    # "Produktcharge", "Futtermittelcharge"), as the other languages' batch words already stand inside
    # theirs ("vaccine lot", "vaccinpartij"); not French's or English's "recharge", "surcharge", "décharge",
    # "discharge", "overcharge" (a top-up's or a fee's word)
    r"(?<=[a-zäöüß]{4})(?<!re)(?<!sur)(?<!dé)(?<!dis)(?<!over)(?<!under)charge|"
    r"envío|envio|shipment|expédition|zending|verzending|"
    # round 62: an incident's or a crime's number that the police or a service gave the reader, right after
    # its word without a colon, as a message asks to quote it ("ring 101 quoting incident 5879...", "crime
    # number 4405...", "Vorfall-Nr. ...", "Einsatznummer ...", "incident n° ...", "incidencia 5879...",
    # "incidentnummer ..."): a report's number, not one to call (with a colon a field may be a hotline's)
    r"(?<![^\W\d_])(?:incident|crime|vorfall|einsatz|incidencia|incidente|incidentnummer|meldingnummer)"
    r"(?=[ _-]?(?:(?:no\.?|nr\.?|n[°º]\.?|n\.[°º]|#|number|nummer|numéro|número|ref\.?|reference)[ ]?)?$)|"
    # a delivery's own number right after its word, only a number's word between ("Ersatzteil bestellt,
    # Lieferung 4760...", "delivery no. 4760...", "livraison n° ...", "entrega 4760...", "levering nr. ...");
    # with a colon the field may be the driver's contact ("Delivery: 07700 900123"), and stays unread
    r"(?<![^\W\d_])(?:lieferung|delivery|livraison|entrega|levering|bezorging)"
    r"(?=[ ](?:(?:no\.?|nr\.?|n[°º]\.?|n\.[°º]|#|number|nummer|numéro|número)[ ]?)?$)|"
    # a spare part's number: "pump replaced (part 0075265550911)", "Ersatzteil 4405...", "pièce n° ...",
    # "pieza 0075...", "onderdeel 0075..."
    r"(?<![^\W\d_])(?:part|parts|spare[ ]part|teil|teile|ersatzteil|teilenummer|pièce|pièce[ ]détachée|pieza|repuesto|"
    r"recambio|onderdeel|onderdeelnummer|reserveonderdeel)(?=[ _-]?(?:no\b|nr\b|n[°º]|number|nummer|#|[ :]))|"
    # a parcel's trace: "Track & trace: 5948...", "track and trace", "Sendungsverfolgung"
    r"track[ ]?(?:&|and|en|-and-)[ ]?trace|sendungsverfolgung|"
    # a customer's, member's, contract's or bank account's number, also as a record's key
    # ("Kundennr. 7322953691", "\"kundennr\": 7322953691", "customer_id=...", "n° client ...")
    r"(?:customer|client|account|member|membership|contract|policy|subscriber)(?=[ _-]?(?:no\b|nr\b|number|#|id\b))|"
    # Round 69: ... and a person's number in a body's register, as a referee, a player, a student or an employee
    # ("My referee number is 986269071", "Spielerpassnummer ...", "n° de licence ...", "número de árbitro ...",
    # "bondsnummer ...")
    r"(?:referee|umpire|player|licen[cs]e|student|employee|staff|badge)(?=[ _-]?(?:no\b|nr\b|number|#|id\b))|"
    r"schiedsrichternummer|spielerpassnummer|lizenznummer|matrikelnummer|personalnummer|mitarbeiternummer|"
    r"(?:numéro|n[°º]) (?:d['’]arbitre|de licence|de licencié|d['’]étudiant|étudiant|de joueur|d['’]employé|de matricule)|"
    r"(?:número|n\.?[°º]) de (?:árbitro|licencia|estudiante|alumno|empleado|jugador|ficha federativa)|"
    r"scheidsrechtersnummer|licentienummer|studentnummer|personeelsnummer|spelersnummer|bondsnummer|"
    # a request's own number after its "#" or "no.": "Port-in request #2738234815", "Anfrage Nr.
    # 4711...", "demande n° ...", "solicitud n.º ...", "aanvraag nr. ..."
    r"(?:request|requests|anfrage|antrag|demande|solicitud|petición|aanvraag|verzoek)(?=[ ]?(?:#|no\.|nr\.|n[°º]|n\.[°º]))|"
    # Round 85: a batch's serial numbers, a range from one to the other ("Bingo book batch ...: serials 004100-004600",
    # "Seriennummern 004100-004600", "numéros de série 004100-004600", "números de serie ...", "serienummers ..."); a
    # farm's holding number in the animal register ("Betriebsnummer 09 123 456 7890", "Betriebs-Nr. 276 09 ...",
    # "n° de cheptel ...", "n° EDE ...", "código REGA ES...", "UBN 1234567", "CPH number ...", "herd number ..."); a
    # tender's or a procurement's own number ("Contact Casey Inc, tender 8809770106", "Ausschreibung 4711...",
    # "Vergabenummer ...", "appel d'offres n° ...", "licitación ...", "aanbesteding ..."): none is a number to call
    r"(?<![^\W\d_])(?:serials|serial[ ]numbers|seriennummern|num[ée]ros[ ]de[ ]s[ée]rie|serienummers|"
    r"betriebsnummer|betriebs-?nr|n[°º][ ]?(?:de[ ]cheptel|d['’]exploitation|ede)|num[ée]ro[ ](?:de[ ]cheptel|"
    r"d['’]exploitation|ede)|c[óo]digo[ ]rega|ubn(?:-?nummer)?|cph(?:[ ]number)?|herd[ ](?:number|no\.?)|"
    r"holding[ ]number|tender|ausschreibung|vergabenummer|appel[ ]d['’]offres|licitaci[óo]n|aanbesteding)(?![^\W\d_])|"
    r"kundennummer|kundennr|kunden-nr|kunden-?id|vertragsnummer|vertragsnr|mitgliedsnummer|mitglieds-?nr|kontonummer|"
    r"policennummer|versicherungsscheinnummer|"
    r"numéro (?:de )?client|n[°º] (?:de )?client|numéro d['’]adhérent|numéro de contrat|n[°º] de contrat|numéro de compte|"
    r"numéro de police|"
    r"número de (?:cliente|socio|contrato|cuenta|póliza)|n\.?[°º] de (?:cliente|socio|contrato|cuenta|póliza)|"
    r"klantnummer|klantnr|klant-?id|lidnummer|lidmaatschapsnummer|contractnummer|polisnummer|rekeningnummer|"
    # an office's number for the reader's case or claim: "case number", "Vorgangsnummer", "Schadennummer",
    # "numéro de sinistre", "número de siniestro", "zaaknummer", "schadenummer"
    r"case[ ]number|vorgangsnummer|vorgangs-?nr|schadennummer|schadensnummer|schaden-?nr|"
    r"(?:numéro|n[°º]) de sinistre|(?:número|n\.?[°º]) de siniestro|zaaknummer|schadenummer)"
    # what to do with it, between the label and the number: "Référence à rappeler : ...", "reference to
    # quote: ...", "Referenz (bitte angeben): ...", "referencia a indicar: ...", "referentie te vermelden:
    # ..." (quoted back to the office, not a number to call back)
    r"(?:[ ](?:à[ ](?:rappeler|indiquer|mentionner|citer)|to[ ]quote|\(?bitte[ ](?:angeben|nennen)\)?|"
    r"a[ ](?:indicar|mencionar|citar)|te[ ]vermelden)"
    # Round 67: ... or the part's (the thing's) state, its number in brackets after it: "Part ordered
    # (0071351677647)", "Ersatzteil bestellt (0071...)", "pièce commandée (...)", "pieza pedida (...)", "onderdeel
    # besteld (...)"
    r"|[ ](?:ordered|on[ ]order|requested|back-?ordered|"
    r"bestellt|angefordert|nachbestellt|commandée?s?|en[ ]commande|pedid[oa]s?|encargad[oa]s?|solicitad[oa]s?|"
    r"besteld|aangevraagd)[ ]?\()?"
    # its label then the number, or a sentence that says what the number is ("My membership number is
    # 5202678034", "mi número de socio es ...", "mijn klantnummer is ...", "Kundennummer lautet ...")
    # or its "code" joined or after it: "trackingcode", "tracking code", "Sendungscode", "ordercode",
    # "referentiecode" (a card has a number, not a code)
    r"(?:[ _-]?(?:no\.?|nr\.?|n[°º]|number|nummer|#|id|s?code))?[\"']?(?:[ :#.=-]*|[ ](?:is|was|ist|lautet|war|est|c['’]est|es|era)[ ])$"
)


# Round 81: a goods code's short word read at the end of a capitalised word is no label: a first name or a town ending
# like the barcode's "EAN" or a purchase order's "PO" ("urgence : Jean +41 (0)73 086 96 40", "Notfall: Sean 0171
# 2345678", "contact Dean 0412 345 678", "8483 Grosjean   0632176861"); "EAN 4006381333931", "Artikel-EAN: ..." and a
# lower-case word's end ("código de grupo 2259743714", the group's code) stay as they were
_R81S_CODE_WORD_INSIDE = re.compile(r"(?<=[^\W\d_])(?:ean|upc|sku|po)(?![^\W\d_])")
_R81S_CAPITALISED_WORD_END = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+$")


def _r81s_code_inside_name(window: str, lowered: str, at: int) -> bool:
    """Round 81: whether the goods code's word at `at` in the lower-cased window ends a capitalised word of the
    window as written (_R81S_CODE_WORD_INSIDE, _R81S_CAPITALISED_WORD_END)."""
    code = _R81S_CODE_WORD_INSIDE.match(lowered, at)
    return code is not None and _R81S_CAPITALISED_WORD_END.search(window, 0, code.end()) is not None


# Round 86: a file's or a case's own number right after its word, only a number's word between ("belde voor de
# uitslag van dossier 4227045504", "called about case file 4227045504", "rief wegen Akte Nr. 4227045504 an", "a appelé
# pour le dossier n° 4227045504", "llamó por el expediente 4227045504"): the file's number, none to call; a phone "on
# file" ("Mobile on file 07700 900123") stays a phone, as does a file's field with a colon (a hotline's may stand there)
_R86S_FILE_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:dossier|(?<!on[ ])(?<!in[ ])file|case[ ]file|akte|expediente|dossiernummer|dossiernr\.?)"
    r"(?:[ ](?:no\.?|nr\.?|n[°º]\.?|n\.[°º]|\#|number|nummer|numéro|número))?[ ]$")


def _labelled_as_not_pii(text: str, start: int) -> bool:
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 50) : start].lower()
    written = text[max(0, start - 24) : start]
    window = written.lower()
    label = _NOT_PHONE_OR_CARD.search(window)
    if label is not None and len(window) == len(written) and _r81s_code_inside_name(written, window, label.start()):
        label = _NOT_PHONE_OR_CARD.search(window, label.end())  # round 81: "Jean +41 ...", a name's "ean"
    return label is not None or _JOB_HEADER.search(
        line) is not None or _CLAIM_HEADER.search(line) is not None or _VAT_ID_BEFORE.search(line) is not None or (
        _R86S_FILE_WORD_BEFORE.search(window) is not None)  # round 86: "belde voor de uitslag van dossier 4227045504"


# A firm's VAT number, its label then the country's two letters apart from the digits: the digits are the tax
# office's number for the seller, no one's phone ("USt-IdNr. DE 813 442 907", "UID-Nr. ATU 12345678", "VAT reg.
# no. GB 813 442 907", "N° TVA : FR 81 344 290 712", "NIF-IVA: ES B12345678", "BTW-nr. NL 813 442 907B01"); the
# label and the country code together, so an "NL" or "DE" alone before a number (a country's prefix for a
# phone written "DE 0171 ...") stays unread by this rule
_VAT_ID_BEFORE = re.compile(
    r"(?<!\w)(?:ust[-. ]?id(?:[-. ]?nr)?|umsatzsteuer[-. ]?(?:id\w*|identifikationsnummer)|mwst[-. ]?nr|uid[-. ]?nr|"
    r"vat(?:[ ]reg(?:istration)?\.?)?(?:[ ](?:no|number|id|nr))?|(?:n[°º][ ]?|numéro[ ]de[ ])?tva(?:[ ]intracommunautaire)?|"
    r"nif(?:-iva)?|(?:n[.º°]*[ ]?)?iva|btw(?:[-. ]?(?:nr|nummer|id))?)\.?[ \t]*[:#]?[ \t]*[a-z]{2}u?[ ]$")


# An insurer's claim or policy named in the header line that opens its record, its number right after
# the word: "CALL NOTE - Claim 8749114017", "Medical screening call - policy 7716126943", "Telefonnotiz –
# Schaden 4471209931", "Note d'appel – sinistre 0471209931", "Nota de llamada - siniestro 947120993",
# "Belnotitie - schadeclaim 0471209931": the call is the note's kind, the number the claim's (the
# caller's number in its own field below stays a phone); "police" and "Polizze" only with their number's
# word, French's "police" being the police too
_CLAIM_HEADER = re.compile(
    r"^[ \t]*(?:(?:[^\W\d_][\w'’.-]*|[-–—:|])[ ]){0,6}"
    r"(?:(?:claim|policy|schaden|schadenfall|sinistre|siniestro|póliza|poliza|polis|schadeclaim|schadedossier)"
    r"(?:[ ]?(?:no\.?|nr\.?|n[°º]\.?|#|number|nummer|numéro|número))?|"
    r"(?:police|polizze)[ ]?(?:no\.?|nr\.?|n[°º]\.?|#|nummer|numéro))[ ]?:?[ ]?$")
# A callback script's field that gives the number the bank or the firm holds for the customer: "Numéro
# connu : 04...", "Hinterlegte Nummer: 0116...", "Known number: ...", "Number on file: ...", "Número
# conocido: ...", "Bekend nummer: ..." (the number to call the customer back on, as a phone field is); a
# "registered number" is a company's too and stays unread
_KNOWN_NUMBER_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?i:known[ ](?:phone[ ]|mobile[ ])?number|(?:phone[ ])?number[ ]on[ ](?:file|record)|"
    r"hinterlegte[ ](?:telefon|handy|rufnummer|nummer)\w*|bekannte[ ](?:telefon)?nummer|"
    r"numéro[ ](?:de[ ]téléphone[ ])?connu|n[úu]mero[ ](?:de[ ]teléfono[ ])?conocido|bekend[ ](?:telefoon)?nummer)"
    r"[ \t]*:[ \t]*$")


# A job's or a call-out's own number in the header line that opens its record, right after the job's
# word or its "#": "NOTDIENST-EINSATZ 6983404304 – 23:48 Uhr", "EMERGENCY CALL-OUT #6684539134 - 02:14",
# "DÉPANNAGE URGENT #...", "AVISO DE URGENCIA #...", "STORINGSMELDING #..." (the callback number in
# its own field below stays a phone)
_JOB_HEADER = re.compile(
    r"^[ \t]*(?:[^\W\d_][\w'’.-]*[ ]){0,3}"
    r"(?:(?:call[ -]?out|job|work[ ]order|dispatch|[\w-]*einsatz|auftrag|intervention|dépannage|aviso|incidencia|"
    r"avería|servicio|storing|storingsmelding|melding|opdracht|spoedopdracht)[ ]?#?[ ]?|"
    r"(?:emergency|urgent|notdienst|notfall|urgence|urgente|urgencia|spoed)[ ]?#[ ]?)$")


def _under_other_sql_column(text: str, start: int, end: int) -> bool:
    """Whether start:end is a value of an SQL INSERT under a column that names no phone: the
    column list's "phone" stands before the first values, but the row's "id" is no number to call."""
    if "nsert" not in text and "NSERT" not in text:
        return False
    for s, e, column in sql_values(text):
        if s == start and e == end:
            return _PHONE_CONTEXT.search(column.lower().replace("_", " ")) is None
    return False


# A row's key: a column or an SQL condition named by an identifier's word ("id_cliente",
# "klantnr", "customer_no", "WHERE id = 2085598670"); the number under it is no number to call,
# whatever other column of the row holds the phone. A column named by the customer's word alone
# ("client;nom;...;tel", "cliente;nombre;...;movil", "klant", "Kunde", "customer") holds the
# customer's number too: the name has its own column and the phone its own; a member's word alone
# ("adherent", "member", "Mitglied", "socio", "lid") the same way.
_KEY_COLUMN = re.compile(r"(?:^|[^a-z])(?:id|nr|no|num|number|nummer|numero|número|numéro|key|code|ref)(?:$|[^a-z])|"
                         r"(?<=[a-z])(?:id|nr|nummer)$|^id(?=[a-z])|^(?:client|cliente|customer|klant|kunde)$|"
                         # a member's column alone: "adherent;nom;...;tel", "member,name,...,phone", "Mitglied",
                         # "socio", "lid" (the member's number, the phone in its own column)
                         r"^(?:adherent|adhérent|adherente|member|membre|mitglied|socio|socia|miembro|lid)$")
_SQL_CONDITION = re.compile(r"(?i:where|and|or|set|,)[ \t]+[`\"\[]?([A-Za-z_][\w.]{0,30})[`\"\]]?[ \t]*=[ \t]*'?$")


def _a_rows_key(text: str, start: int, end: int) -> bool:
    """Whether the bare number at start:end is a table row's or an SQL condition's key."""
    column = cell_column(text, start, end)
    if column is None:
        condition = _SQL_CONDITION.search(text, max(0, start - 40), start)
        if condition is None or not _SQL_STATEMENT.search(text):
            return False
        column = condition.group(1).rsplit(".", 1)[-1]
    name = CAMEL_BOUNDARY.sub("_", column).lower()
    return _KEY_COLUMN.search(name) is not None and _PHONE_CONTEXT.search(name.replace("_", " ")) is None


_SQL_STATEMENT = re.compile(r"(?i)\b(?:update|select|delete)\b")


_AREA_CODE_5 = re.compile(r"\(?0[1-9][0-9]{3}\)?[ ][0-9]")


# A count of minutes or hours right after the number is no group of it: "le chauffeur appellera le
# 05 46 53 89 27 30 min avant", "Driver will ring 01214960252 30 minutes before", "Ich rufe unter
# 0171 2345678 15 Minuten vorher an", "llamará al 612 345 678 20 minutos antes", "belt 0612345678
# 30 minuten van tevoren": the number ends before the count
_COUNT_AFTER = re.compile(r"[ ][0-9]{1,3}$")
_DURATION_AFTER = re.compile(
    r"[ ]?(?:mins?|minutes?|minuten|minutos?|mn|hrs?|hours?|std|stunden?|heures?|horas?|uur|"
    r"secs?|seconds?|sek|sekunden|segundos?|seconden)(?![^\W\d_])", re.IGNORECASE)


# A lottery's drawn numbers: a draw's word on the line ("Draw results ...", "Ziehung vom ...", "Tirage du
# ...", "Sorteo del ...", "Trekking van ..."), then the numbers' word right before a row of one- or two-digit
# balls ("main numbers 03 14 22 31 49", "Gewinnzahlen 03 14 22 31 49", "numéros gagnants 03 14 22 31 49",
# "combinación ganadora 03 14 22 31 49", "winnende getallen 03 14 22 31 49"): five balls written in pairs
# have a French phone's shape, but they reach no one; the number right after a phone's word stays one, and
# "numéros"/"números" alone name a raffle's numbers to call as well ("Tirage au sort : numéros 06 ...")
_DRAW_WORD = re.compile(rf"(?<!\w)(?:{LOTTERY_WORDS})(?!\w)")
_DRAWN_NUMBERS_BEFORE = re.compile(
    r"(?<!\w)(?:(?:main|winning|drawn|lucky|bonus)[ ]numbers|numbers[ ]drawn|balls|"
    r"(?:gewinn|lotto|glücks|gezogene[ ])zahlen|"
    r"numéros[ ](?:gagnants|tirés|du[ ]tirage)|boules|"
    r"combinaci[oó]n(?:[ ]ganadora)?|n[uú]meros[ ](?:ganadores|premiados|del[ ]sorteo)|bolas|"
    r"(?:winnende|getrokken)[ ](?:nummers|getallen))[ ]?:?[ ]?$")
_BALLS = re.compile(r"[0-9]{1,2}(?:[ ][0-9]{1,2}){3,}")


def _drawn_numbers(text: str, start: int, end: int) -> bool:
    """Whether start:end is a row of a lottery's drawn numbers (_DRAWN_NUMBERS_BEFORE, _DRAW_WORD)."""
    if _BALLS.fullmatch(text, start, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 160) : start].lower()
    return _DRAWN_NUMBERS_BEFORE.search(before) is not None and _DRAW_WORD.search(before) is not None


_JOINED_WORD_END = re.compile(r"\w[-_]\w+[ ]?$")


def _phone(m: re.Match[str], text: str) -> Span | None:
    if _labelled_as_not_pii(text, m.start()):
        return None
    if _drawn_numbers(text, m.start(), m.end()):
        return None
    # Round 69: a "#" right before the digits numbers a build, an issue or a ticket ("mobile-app #4239138894",
    # "Ticket#0612345678", "Vorgang #0171234567", "demande #0612345678", "incidencia #612345678", "melding
    # #0612345678"), unless a phone's word stands right before the "#" ("Tel #0612345678"), not one joined to a
    # name's part by a hyphen ("app-movil #9274185048", "mobile-app" is the project's name)
    if text[m.start() - 1 : m.start()] == "#":
        hashed = text[max(0, m.start() - 41) : m.start() - 1].lower()
        if not _phone_word_right_before(hashed) or _JOINED_WORD_END.search(hashed) is not None:
            return None
    count = _COUNT_AFTER.search(m.group(0))
    if count is not None and _DURATION_AFTER.match(text, m.end()):
        shorter = m.re.match(text, m.start(), m.start() + count.start())
        return _phone(shorter, text) if shorter is not None and shorter.end() == m.start() + count.start() else None
    if m.group(0).isdigit() and (_under_other_sql_column(text, m.start(), m.end()) or _a_rows_key(text, m.start(), m.end())):
        return None
    date = _DATE_TAIL.search(m.group(0))
    if date is not None:
        # "Flight: BA 0117 2026-11-18": a flight's number, then its date, are no one number; what stands
        # before the date is read alone
        shorter = m.re.match(text, m.start(), m.start() + date.start())
        return _phone(shorter, text) if shorter is not None and shorter.end() == m.start() + date.start() else None
    body = _EXT_SPLIT.sub("", m.group(0))
    digits = _digits(body.replace("(0)", ""))
    if m.group("intl") is not None:
        ok = 8 <= len(digits) <= 15 + (2 if body.startswith("00") else 0)
        raw = m.group(0)
        if ok and raw.endswith(")") and raw.count(")") > raw.count("("):
            return (m.start(), m.end() - 1, "phone")  # "(+3108 7135275)": the bracket closes around the number
    elif m.group("zeros") is not None:
        # a phone's word right before, or an inquiries field ("Vragen: 00 707 43 61", "Inlichtingen: ...")
        ok = 9 <= len(digits) <= 11 and (
            _phone_word_right_before(text[max(0, m.start() - 40) : m.start()].lower())
            or (":" in text[max(0, m.start() - 3) : m.start()]
                and _CONTACT_FIELD.search(text, max(0, m.start() - 30), m.start()) is not None)
            or _named_contact_before(text, m.start(), m.end()) or _said_to_reach_someone(text, m.start(), m.end())
            # Round 79: a contact's line, as for the trunk 0's eight digits below ("Mantelzorger: Kayleigh Mulder, 00/
            # 928 90 05.", "Notfallkontakt: Jonas Roth, 00 928 90 05")
            or (":" in text[max(0, m.start() - 120) : m.start()] and _contact_line(text, m.start(), m.end())
                and _CLAUSE_END.match(text, m.end() + (text[m.end() : m.end() + 1] == ")")) is not None)
            or _r80s_zeros_after_name_or_own(text, m.start(), m.end()))  # round 80: "mevrouw Thijs, 00 607 45 41"
        return (m.start(), m.end(), "phone") if ok else None
    elif m.group("es") is not None:
        ok = True  # grouped: a Spanish number; bare: only with a phone word (below)
    elif m.group("local") is not None:
        # 8 digits in two groups of four, a local number without its area code (Australia,
        # Ireland, Belgium's mobiles are longer): only with a phone word, and not two years;
        # written compact ("ring me back on 68685271") only with the phone word right before it
        if body[:2] in ("19", "20") and (body.isdigit() or body[-4:-2] in ("19", "20")):
            return None  # a year range ("2019-2020") or a compact date; "2043-6014" is a number
        if body.isdigit():
            before = text[max(0, m.start() - 40) : m.start()].lower()
            ok = (_phone_word_right_before(before) or _TEXTS_RIGHT_BEFORE.search(before) is not None
                  or _CALLS_ASKED_BEFORE.search(before) is not None
                  or _signature_number(text, m.start(), m.end()) or _own_number_right_before(text, m.start())
                  or _number_opens_contact_line(text, m.start(), m.end())
                  or _closing_name_number(text, m.start(), m.end())
                  # round 71: a text message's recipient or sender in its header line ("To: 10491563\nHi Katy!",
                  # "Von: 10491563", "De : ...", "Para: ...", "Aan: ..."), as for the trunk 0's numbers
                  or _MESSAGE_HEADER.search(text, max(0, m.start() - 16), m.start()) is not None
                  or _answers_phone_question(text, m.start(), m.end())
                  or _emergency_or_shared_field(text, m.start())
                  or _named_contact_before(text, m.start(), m.end())  # "Contact on site: Patrick 12464324"
                  # a call to a person on it: "call Ashley Holder on 43138502", "contact your officer, Ann Lee, on ..."
                  or _CONTACT_PERSON.search(text, max(0, m.start() - 90), m.start()) is not None
                  or _said_to_reach_someone(text, m.start(), m.end())
                  or _call_role_or_mine(text, m.start()) or _contact_list_number(text, m.start(), m.end())
                  or _r81s_number_asked_for(text, m.start())  # round 81: "If you can't make your shift text 17375755"
                  # a contact's line: "Parent contact: Jason Johnson, 79717213"; round 70: the number alone in
                  # brackets after the name, as for the numbers with the trunk 0 below ("On-call this week:
                  # Michael (36326789)", "Bereitschaft: Jonas (36326789)", "Astreinte : Paul (36326789)")
                  or (":" in text[max(0, m.start() - 120) : m.start()] and _contact_line(text, m.start(), m.end())
                      and _CLAUSE_END.match(text, m.end() + (text[m.end() : m.end() + 1] == ")")) is not None))
        else:
            ok = (_phone_word_near(text, m.start(), m.end()) or _said_to_reach_someone(text, m.start(), m.end())
                  or _CALLS_ASKED_BEFORE.search(text[max(0, m.start() - 40) : m.start()].lower()) is not None)
        return (m.start(), m.end(), "phone") if ok else None
    elif m.group("nanp") is not None:
        # Written with separators, 3-3-4 is a phone number; a bare 10-digit run only when it is
        # a valid NANP number (area code and exchange start 2-9) or has a national trunk 0.
        ok = not body.isdigit() or (body[-10] in "23456789" and body[-7] in "23456789") or body[0] == "0"
    else:
        end = m.end()
        # 13 digits in groups only after a five-digit area code and with a last group of three or
        # more: Germany's "04233 36515 974", "(07901) 99911 698" (area code and subscriber number
        # up to 13 digits with the trunk 0); "0113 496 0000 12 times" ends before its count
        grouped_most = 13 if _AREA_CODE_5.match(body) and len(body) - body.rfind(" ") > 3 else 12
        while len(digits) > grouped_most and " " in body:  # "0113 496 0000 12 times": the " 12" is not the number's
            cut = body.rfind(" ")
            end -= len(body) - cut
            body = body[:cut]
            digits = _digits(body.replace("(0)", ""))
        # up to 13 digits written compact or with a slash (German/Austrian "02671/42430820"),
        # 12 when grouped with spaces (a trailing group is more often a count: "... 0000 12 times")
        date = _DATE_LIKE.match(body)
        ok = (9 <= len(digits) <= (grouped_most if " " in body else 13)
              and not (date is not None and body[date.end() : date.end() + 1] in ("", " ")))  # "05.07.2027 18": a date, an hour
        if not ok and len(digits) == 8 and date is None and (
                _phone_word_right_before(text[max(0, m.start() - 40) : m.start()].lower())
                or _CALLS_ASKED_BEFORE.search(text[max(0, m.start() - 40) : m.start()].lower()) is not None
                or _contact_list_number(text, m.start(), end)  # round 79: "2. Tom Hale - 0774 1342 - since 2023"
                or _call_role_or_mine(text, m.start())  # round 70: "call client first on 0893 1003"
                or _r81s_number_asked_for(text, m.start())  # round 81: "Bei Änderungen: 0893 1003"
                or _role_or_closing_field(text, m.start(), end)
                # round 63: a contact's line, as for the eight-digit local numbers above: "Emergency contact: Curtis
                # Nolty (0147 1776)", "Notfallkontakt: Jonas Roth, 0171 2345"
                or (":" in text[max(0, m.start() - 120) : m.start()] and _contact_line(text, m.start(), end)
                    and _CLAUSE_END.match(text, end + (text[end : end + 1] == ")")) is not None)
                or (text[m.start() - 1 : m.start()] in ("=", '"', "'") and _message_addressee(text, m.start()))):
            # eight digits with the trunk 0, as the local numbers above: only with the phone word right
            # before ("via Signal on 04598195", "From: 0137-3707") or a field that says whom it reaches
            # ("Questions: 0894 2187" closing a message)
            return (m.start(), end, "phone")
        if ok and not body.isdigit():
            return (m.start(), end, "phone")
    if ok and body.isdigit():
        # A bare digit run is as often an invoice, order or account number: only a phone
        # word shortly before it ("call", "tel", "mobile", ...) makes it a phone number;
        # round 71: or the sender's name after the closing right before it, ending the message
        # ("thanks, Heather Jones 0215754093", see _closing_name_number)
        ok = (_phone_word_near(text, m.start(), m.end()) or _closing_name_number(text, m.start(), m.end())
              or _after_email_in_bracket(text, m.start(), m.end())
              or _said_to_reach_someone(text, m.start(), m.end())
              or _ORDERED_BY_LINE.search(text, max(0, m.start() - 90), m.start()) is not None)
    return (m.start(), m.end(), "phone") if ok else None


# ---------------------------------------------------------------- payment card
# Runs of digit groups (single spaces or hyphens between groups) are found first; a card is a
# window of whole groups holding 12-19 digits whose first digit is a card issuer's (2-6, plus
# JCB's 1800 and Maestro's 0604) and whose Luhn check passes. Windows, not the whole run, so
# "4111 1111 1111 1111 12/29" and "order 55 4111 1111 1111 1111" still yield the card; a compact
# run of more than 19 digits is one long number, never a card.
DIGIT_RUN = re.compile(r"[0-9](?<![\w+.-][0-9])(?:[ -]?[0-9])*(?![\w])")
_GROUP = re.compile(r"[0-9]+")


_CARD_GROUPINGS = frozenset({(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 3), (4, 4, 4, 2)})


def _stands_apart(groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether groups i..j can be a card on their own: the whole run, a complete card layout
    (4-4-4-4, Amex 4-6-5, ...), or next to groups that do not continue a 4-digit grouping.
    Otherwise 12 digits inside a 16-digit reference would pass Luhn one time in ten. A part of a
    run that holds a group of one or two digits is a longer identifier's piece (a court file's
    "24-6213739975-0-4"), no card."""
    if i == 0 and j == len(groups) - 1:
        return True
    if tuple(e - s for s, e in groups[i : j + 1]) in _CARD_GROUPINGS:
        return True
    if j > i and any(e - s < 3 for s, e in groups[i : j + 1]):
        return False  # "24-6213739975-0-4": a file number's groups of one digit, cut out of its run, no card
    if j > i:
        # round 64: several groups cut out of a longer run that are no card's layout ("GC number 47-406-8026440977":
        # 3 + 10 digits after the run's first group; "Teile-Nr. 12-345-6789012345", "réf. 07-512-4417302281"): a
        # longer code's piece, as a card written in groups keeps a card's grouping (4-4-4-4, 4-6-5)
        return False
    neighbours = [groups[k] for k in (i - 1, j + 1) if 0 <= k < len(groups)]
    return all(e - s != 4 for s, e in neighbours)


def _issuer_length(digits: str) -> bool:
    """Whether an issuer's cards are this long (ISO/IEC 7812 ranges of the networks): 16-19
    digits for Visa, Mastercard, Discover, JCB, UnionPay, Mir, Diners (first digit 2-6); 15 for
    Amex (34, 37) and the old JCB (1800, 2131); 14 for Diners (30, 36, 38, 39); 13 for the old
    Visa (4); 12-19 for Maestro (5, 6, 0604). A 13-digit barcode starting 2 or 3 is no card."""
    n, first = len(digits), digits[0]
    if digits.startswith("0604") or (first in "56" and n <= 15):
        return True  # Maestro
    if n >= 16:
        return first in "23456"
    if n == 15:
        return digits.startswith(("34", "37", "1800", "2131"))
    if n == 14:
        return digits.startswith(("30", "36", "38", "39"))
    return n == 13 and first == "4"


def _issuer_prefix(digits: str) -> bool:
    """Whether a run of 16 or more digits that starts with 2 or 3 begins as an issuer's card does:
    Mastercard's 2221-2720; JCB's 35, Diners Club's 300-305, 3095, 36, 38 and 39 (a 16-digit run
    from 31, 32, 33, 34 or 37 is no card's)."""
    if len(digits) < 16 or digits[0] not in "23":
        return True
    if digits[0] == "2":
        return 2221 <= int(digits[:4]) <= 2720
    return digits.startswith(("35", "36", "38", "39", "300", "301", "302", "303", "304", "305", "3095"))


# A shipment's word in the sentence before the number, no card named between: "Los velos se envían por
# mensajería (3922471475377786)", "Versand per Kurier, Sendung 4035...", "envoi en colis suivi
# 4035...", "parcel 4035... with the courier", "verzonden per koerier (4035...)": a courier's or a
# parcel's number that passes the Luhn check is no card
_SHIPPING_WORD = re.compile(
    r"(?<!\w)(?:courier|parcel|package|shipment|shipping|shipped|dispatched|tracking|consignment|"
    r"kurier\w*|paket\w*|päckchen|sendung\w*|versand\w*|versendet|verschickt|zustell\w*|"
    r"coursier|colis|envoi|envoyée?s?|expédi\w*|suivi|"
    r"mensajer\w*|paquete\w*|paquetería|envío|envio|envían|enviamos|enviado|seguimiento|"
    r"koerier\w*|pakket\w*|zending\w*|verzend\w*|verzonden|track[ ]?(?:&|and|en)[ ]?trace|"
    # Round 72: English's "sent" with the carrier's preposition, as the other languages' "verschickt", "envoyé",
    # "enviado", "verzonden" above: "Banners sent via 5780442266910198", "samples sent by 4539...", "posted
    # with ..." (a card's word in the sentence still keeps it a card: "card details sent via ...")
    r"(?:sent|posted|mailed)[ ](?:via|by|with|through|using))(?!\w)")
_CARD_WORD = re.compile(
    r"(?<!\w)(?:card|cards|visa|mastercard|amex|kreditkarte\w*|karte|carte|cb|tarjeta|kaart|creditcard|pinpas|"
    r"paid|pay|payment|bezahlt|zahlung|payé|paiement|pagado|pago|betaald|betaling)(?!\w)")


def _shipped_number(text: str, start: int) -> bool:
    """A shipment's word and no card's word in the number's own sentence, on its own line
    ("Payé par carte 4955...\nSuivi Colissimo : 5989..." is a parcel's number on the second line)."""
    lowered = text[max(0, start - 80) : start].lower()
    lowered = lowered[max(sentence_start(lowered), lowered.rfind("\n") + 1) :]
    return _SHIPPING_WORD.search(lowered) is not None and _CARD_WORD.search(lowered) is None


# A card named right before its number: "Ihre Kreditkarte 4610340691460", "card no. ...", "carte bancaire n° ..."
_NOT_OTHER_CARD = (r"(?<![\w])(?<!gift )(?<!loyalty )(?<!member )(?<!membership )(?<!library )(?<!customer )(?<!club )"
                   r"(?<!reward )(?<!rewards )(?<!sim )(?<!id )(?<!key )(?<!store )")
"""Not another card's word: a gift or loyalty card's number is often an EAN."""
_CARD_WORD_BEFORE = re.compile(
    _NOT_OTHER_CARD +
    r"(?:card|visa|kreditkarte|karte|bankkarte|debitkarte|carte|carte bancaire|carte de crédit|"
    r"carte bleue|cb|tarjeta|tarjeta de crédito|tarjeta de débito|kaart|creditcard|bankkaart|betaalkaart|pinpas|"
    # Dutch's everyday word for the bank's card, alone or as the head of its compound: "Verdachte betaling
    # ..., pas 1800...", "bankpas", "betaalpas", "debitpas" (a bus's "ov-pas" after its hyphen, a library's
    # "bibliotheekpas" or a member's "ledenpas" inside their words, are no bank's)
    r"(?<![\w-])(?:bank|betaal|debit|credit)?pas|"
    # the card's word and its number's in one compound: "Kartennummer", "Kreditkarten-Nr.", "kaartnummer", "cardnumber"
    r"(?:kredit|bank|debit)?karten-?(?:nummer|nr\.?)|(?:credit|bank|betaal)?kaart-?(?:nummer|nr\.?)|creditcardnummer|cardnumber|"
    # what was paid with, as a booking's key or label: "bezahlt_mit", "paid with", "payment method",
    # "Zahlungsmittel", "payé avec", "moyen de paiement", "pagado con", "método de pago", "betaald met", "betaalmethode"
    r"paid[ _]with|payment[ _]method|bezahlt[ _]mit|zahlungsmittel|zahlungsart|payé[ _]avec|moyen[ _]de[ _]paiement|"
    r"pagado[ _]con|método[ _]de[ _]pago|metodo[ _]de[ _]pago|betaald[ _]met|betaalmethode|"
    # a receipt's or an order's "paid" field, its colon right after: "Paid: 4920...", "Bezahlt:", "Payé :",
    # "Réglé :", "Pagado:", "Betaald:" (the card paid with is its value)
    r"(?:paid|bezahlt|payé|payée|réglé|réglée|pagado|pagada|abonado|betaald)(?=[ ]?:)|"
    # round 62: the card's number by the payment industry's own name for it, the PAN (primary account number),
    # as a log's or a record's key ("pan=4946...", '"pan": "4946..."', "masked_pan=", "card_pan:"); the key
    # only (Spanish "pan" is bread), its "=" or ":" right after
    r"(?<![^\W_])(?:masked[_-]?|card[_-]?)?pan(?=[\"']?[ ]?[:=])|primary[ ]account[ ]number)"
    # a key's quotes around it and the value's opening one: "creditcard": "4035...", creditcard: '4035...'
    r"(?:[ _](?:number|no\.?|nr\.?|nummer|numéro|número|n[°º]))?"
    # Round 66: or where the card is kept, before the link verb: "Card on account is 4537...", "card on file is",
    # "Karte im Konto ist", "carte enregistrée est", "tarjeta registrada es", "kaart op het account is"
    r"(?:[ ](?:on[ ](?:account|file|record)|im[ ]konto|hinterlegt|enregistrée|registrada|guardada|"
    r"op[ ](?:het[ ]|mijn[ ])?account|gekoppeld))?"
    # or the link verb that gives it: "card is 4658...", "Kartennummer ist ...", "ma carte, c'est le ...",
    # "el número de la tarjeta es el ...", "kaartnummer is ..."
    r"(?:,?[ ](?:is|ist|lautet|est|c['’]est|es|is de)(?:[ ](?:le|el|la))?)?"
    # or a log's key=value pair: "tarjeta=4959...", "card_no=...", "kaart=..."
    r"[\"']?[ ]?[:#=]?[ ]*[\"']?$"
)


# A shipment followed by its number: "volg hem met 3630107525086067", "track it with ...", "track
# your parcel at ...", "suivez votre colis avec ...", "sigue tu pedido con ...", "verfolgen Sie Ihr
# Paket mit ...", "return post tracked with ...": a parcel's tracking number, no card (a card is paid
# with, not followed)
_TRACKED_BEFORE = gated(re.compile(
    r"(?<!\w)(?:track(?:[ ](?:it|them|this|your[ ](?:order|parcel|package|shipment|delivery)))?"
    # or the shipment said to be tracked: "return post tracked with ...", "verfolgbar mit", "suivi avec",
    # "rastreado con", "gevolgd met", "traceerbaar via"
    r"|tracked|trackable|traceable|verfolgt|verfolgbar|nachverfolgbar|suivie?s?|traçable|rastread[oa]s?|seguid[oa]s?|"
    r"gevolgd|traceerbaar"
    r"|volg(?:[ ](?:hem|het|ze|je[ ](?:pakket|pakketje|bestelling|zending)|uw[ ](?:pakket|bestelling|zending)))?"
    r"|verfolge(?:n)?(?:[ ]sie)?(?:[ ](?:sie|es|ihr[ ]paket|ihre[ ](?:sendung|bestellung)|dein[ ]paket|deine[ ](?:sendung|bestellung)))?"
    r"|suive[zr](?:-le|-la|-les|[ ](?:votre|ton|ta)[ ](?:colis|commande|envoi))?"
    r"|(?:sigue|síguelo|síguela|rastrea|rastréalo|rastréala)(?:[ ](?:tu|su)[ ](?:pedido|paquete|envío|envio))?)"
    r"[ ](?:with|using|via|at|on|met|op|mit|über|unter|avec|sur|grâce au|con|en|mediante)[ ]?:?[ ]*$"
))


# A card's expiry right after the number, as a buyer or a form writes it: "4973933200556, exp 08/28",
# "(valid thru 08/28)", ", gültig bis 08/28", " expire fin 08/28", ", caduca 08/28", " geldig t/m 08/28"; a
# barcode has no month and year of expiry
_EXPIRY_AFTER = re.compile(
    r"[,;]?[ ]?[(-]?[ ]?(?i:exp\.?|expiry|expires?|expiring|valid (?:thru|through|until|to)|good thru|ablauf|läuft ab|"
    r"gültig bis|verfällt|expire(?:[ ]fin)?|valable jusqu['’]au|date d['’]expiration|caduca|caducidad|vence|válida hasta|"
    r"vervalt|vervaldatum|geldig (?:tot|t/m))[ ]?:?[ ]?(?:0[1-9]|1[0-2])[ ]?[/.-][ ]?(?:[0-9]{2}|20[0-9]{2})(?![0-9])"
)


# Another thing's number shown by an example of its shape: "tracking numbers look like
# 6932839460144653", "Sendungsnummern sehen so aus: ...", "les numéros de suivi ressemblent à ...",
# "los números de pedido son como ...", "trackingnummers zien eruit als ..."
_SHAPE_EXAMPLE = gated(re.compile(
    r"(?<!\w)(?:tracking|order|parcel|shipment|invoice|reference|sendungs\w*|bestell\w*|paket\w*|rechnungs\w*|"
    r"suivi|commande|colis|facture|référence|seguimiento|pedido|paquete|envío|factura|referencia|"
    r"track[ ]?(?:&|and|en)[ ]?trace|tracking\w*|bestelling\w*|pakket\w*|zending\w*|factuur\w*)"
    r"[^.!?\n]{0,20}?(?:look like|looks like|look something like|are like|sehen (?:so )?aus(?: wie)?|"
    r"ressemblent à|ressemble à|son como|es como|zien eruit als|ziet eruit als)[ ]?:?[ ]*$"))


# The card's number named, then a few words before the colon: "logged someone's full card number
# again: 4722...", "die Kartennummer schon wieder: ...", "le numéro de carte encore une fois : ...",
# "el número de tarjeta otra vez: ...", "het kaartnummer alweer: ..."
_CARD_NUMBER_THEN_WORDS = gated(re.compile(
    _NOT_OTHER_CARD +
    r"(?:card[ ](?:number|no\.?)|cardnumber|(?:kredit|bank|debit)?kartennummer|(?:kredit|bank|debit)?karten-nr\.?|"
    r"(?:numéro|n[°º])[ ]de[ ](?:la[ ])?carte(?:[ ]bancaire|[ ]de[ ]crédit)?|"
    r"(?:número|n\.?[°º])[ ]de[ ](?:la[ ])?tarjeta(?:[ ]de[ ]crédito|[ ]de[ ]débito)?|"
    r"(?:credit|bank|betaal)?kaartnummer|creditcardnummer)"
    r"(?:[ ][^\W\d]{2,12}){1,3}[ ]?:[ ]*$"))


def _card_word_before(text: str, start: int) -> bool:
    """Whether a card's word names the number before it: right before it, or its number's phrase a
    few words before the colon (_CARD_NUMBER_THEN_WORDS)."""
    before = text[max(0, start - 60) : start].lower()
    return _CARD_WORD_BEFORE.search(before[-30:]) is not None or _CARD_NUMBER_THEN_WORDS.search(before) is not None


# Round 66: an animal's chip right before the number: "L'animal identifié par l'insert n° 2502...", "puce
# électronique", "Mikrochip-Nr.", "Transpondernummer", "microchip 9560...", "número de microchip", "chipnummer":
# the ISO chip's 15 digits, or a registry's longer code, pass Luhn by chance; no card's word right before it
_ANIMAL_CHIP_BEFORE = re.compile(
    r"(?<!\w)(?:microchip\w*|mikrochip\w*|micropuce|puce|insert|transpond\w*|chip|chipnummer|chip-?nr\.?)(?!\w)")


# Round 82: a freight document's number right after its label, a bill of lading's or an air waybill's, which passes
# Luhn by chance: "HBL: 5945693654491363", "MBL 9816536762...", "B/L No. 4539...", "Bill of Lading 4539...", "AWB
# 4539...", "Konnossement-Nr. 4539...", "connaissement n° 4539...", "conocimiento de embarque 4539...",
# "cognossement 4539...", "vrachtbrief 4539..."; the label right before the number only (a card's word there or an
# expiry after it keeps the card: "HBL paid by card 4539..." names the card)
_R82S_FREIGHT_DOC_BEFORE = re.compile(
    r"(?:(?<![\w/])(?-i:HBL|MBL|B/L|BL|AWB|HAWB|MAWB)|(?<!\w)(?i:bill[ ]of[ ]lading|air[ ]?waybill|konnossement|"
    r"frachtbrief|luftfrachtbrief|connaissement|lettre[ ]de[ ]transport[ ]aérien|conocimiento(?:[ ]de[ ]embarque)?|"
    r"gu[íi]a[ ]aérea|cognossement|vrachtbrief|luchtvrachtbrief))"
    r"(?i:[ ]?[-.]?[ ]?(?:no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|#))?[ ]?[:#]?[ ]*$")
_R82S_FREIGHT_CUES = ("bl", "b/l", "awb", "lading", "waybill", "konnossement", "frachtbrief", "connaissement", "transport",
                      "conocimiento", "aérea", "aerea", "cognossement", "vrachtbrief")
"""Round 82: the freight document's words, lower case; the window before the number must hold one for
_R82S_FREIGHT_DOC_BEFORE."""


def _r82s_freight_document(text: str, at: int) -> bool:
    """Round 82: whether a bill of lading's or a waybill's label stands right before the number at `at`
    (_R82S_FREIGHT_DOC_BEFORE), no card's word there."""
    window = text[max(0, at - 40) : at]
    lowered = window.lower()
    return any(c in lowered for c in _R82S_FREIGHT_CUES) and _R82S_FREIGHT_DOC_BEFORE.search(window) is not None and \
        not _card_word_before(text, at)


def find_cards(text: str) -> Iterator[Span]:
    for m in DIGIT_RUN.finditer(text):
        run = m.group(0)
        if len(run) < 12:
            continue
        groups = [(g.start(), g.end()) for g in _GROUP.finditer(run)]
        if len(groups) == 1 and not 12 <= len(run) <= 19:
            continue
        windows = []  # (digit count, first group, last group) of every valid window
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += run[groups[j][0] : groups[j][1]]
                if len(digits) > 19:
                    break
                if (
                    len(digits) >= 12
                    and _issuer_length(digits)
                    and (_issuer_prefix(digits) or _card_word_before(text, m.start() + groups[i][0]))
                    # a barcode: 13-digit cards are all but gone, unless a card word names it
                    and not (len(digits) == 13 and ean13_valid(digits) and not _card_word_before(text, m.start() + groups[i][0])
                             and not _EXPIRY_AFTER.match(text, m.start() + groups[j][1]))
                    and _stands_apart(groups, i, j)
                    and luhn_valid(digits)
                ):
                    windows.append((len(digits), i, j))
        taken: set[int] = set()
        for _, i, j in sorted(windows, key=lambda w: (-w[0], w[1])):  # longest first, then leftmost
            at = m.start() + groups[i][0]
            if _labelled_as_not_pii(text, at) or _TRACKED_BEFORE.search(text[max(0, at - 40) : at].lower()) or (
                    _SHAPE_EXAMPLE.search(text[max(0, at - 60) : at].lower())) or (
                    _shipped_number(text, at) and not _EXPIRY_AFTER.match(text, m.start() + groups[j][1])) or (
                    _ANIMAL_CHIP_BEFORE.search(text[max(0, at - 40) : at].lower()) and not _card_word_before(text, at)) or (
                    _r82s_freight_document(text, at) and not _EXPIRY_AFTER.match(text, m.start() + groups[j][1])):
                continue  # "Tracking number 4111...": an order, tracking or article number
            if taken.isdisjoint(range(i, j + 1)):
                taken.update(range(i, j + 1))
                yield (m.start() + groups[i][0], m.start() + groups[j][1], "luhn")


def _strong_ids(text: str) -> Iterator[Span]:
    """The national identifiers reported on their shape and check alone, except a French NIR named
    as a card ("la tarjeta 180017920764160": 15 digits from 1800 are an old JCB card, and one in
    97 passes the NIR's key)."""
    for start, end, name in find_strong_ids(text):
        if name == "fr_nir" and _card_word_before(text, start):
            continue
        yield (start, end, name)


# ---------------------------------------------------------------- IBAN
# Compact or grouped in fours; the registry length for the country decides where it ends.
IBAN = re.compile(r"[A-Z]" + _NOT_AFTER_WORD + r"[A-Z][0-9]{2}(?:[ ]?[A-Z0-9]){11,30}\b")


def _iban(m: re.Match[str], text: str) -> Span | None:
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
US_SSN = re.compile(r"[0-9](?<![\w-][0-9])[0-9]{2}([- ])[0-9]{2}\1[0-9]{4}(?![\w-])")
# the keyword, maybe with whose number it is before the colon ("SSN of the guarantor: ", "SSN
# co-signer: "), or as a configuration's key padded to line up its "=" ('OWNER_SSN   = "'), then nine digits
US_SSN_KEYWORD = re.compile(r"(?:ssn|social security (?:number|no\.?|#))"
                            r"(?:[ ](?:(?:of|for)[ ](?:the|a|an|your|his|her|their|my|our)[ ])?[a-z][\w'’-]{2,25}(?=[ ]?:))?"
                            r"(?:[ \t]*[:=][ \t]*[\"']?|[^\w\n]{0,4})(?:is )?([0-9]{9})\b")
UK_NINO = re.compile(r"[A-Z]" + _NOT_AFTER_WORD + r"[A-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b")
ES_DNI = re.compile(r"[XYZ0-9]" + _NOT_AFTER_WORD + r"[0-9]{6,7}-?[A-Z]\b")


# An access log's counts after the quoted request and its status code: Envoy's (and Istio's) default
# format goes on '"GET /path HTTP/2" 503 UF 301 91 5002 - ...', the response flags ("-", "UF",
# "UH,URX") then the bytes received, the bytes sent, the duration and the upstream's time, so three
# runs of digits there that take an SSN's 3-2-4 shape are sizes and milliseconds, no one's number; the
# same holds for any server's line that puts its byte counts after the status (the log format is the same
# whatever language the service speaks: en, de, fr, es, nl). An SSN after its own keyword stays one.
_ACCESS_LOG_COUNTS_BEFORE = re.compile(
    r'"[A-Z]{3,7}[ ][^"\s]{1,400}[ ]HTTP/[0-9.]{1,3}"[ ][1-5][0-9]{2}[ ](?:[A-Z,-]{1,20}[ ])?(?:[0-9]+[ ])?$')


def _ssn(m: re.Match[str], text: str) -> Span | None:
    if m.group(1) == " " and _ACCESS_LOG_COUNTS_BEFORE.search(text, max(0, m.start() - 460), m.start()):
        return None  # '"POST /api HTTP/2" 503 UF 301 91 5002': the log's bytes and duration
    return (m.start(), m.end(), "us_ssn") if us_ssn_valid(_digits(m.group(0))) else None


def _ssn_keyword(m: re.Match[str], text: str) -> Span | None:
    i = m.start()
    if i and text[i - 1].isalnum():
        return None
    return (m.start(1), m.end(1), "us_ssn") if us_ssn_valid(m.group(1)) else None


def _nino(m: re.Match[str], text: str) -> Span | None:
    return (m.start(), m.end(), "uk_nino") if uk_nino_valid(m.group(0).replace(" ", "")) else None


def _dni(m: re.Match[str], text: str) -> Span | None:
    value = m.group(0).replace("-", "")
    if len(value) != 9:  # DNI: 8 digits + letter; NIE: X/Y/Z + 7 digits + letter
        return None
    return (m.start(), m.end(), "es_dni") if es_dni_valid(value) else None


# ---------------------------------------------------------------- IP addresses
# IPv4: four 1-3 digit groups; octet ranges checked in Python (cheaper than a range regex).
IPV4 = re.compile(r"[0-9](?<![\w.][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![\w]|\.[0-9])")


_CIDR_SUFFIX = re.compile(r"/[0-9]{1,3}(?![0-9])")


def _network_range(address: str, suffix: str) -> bool:
    """Whether "address/suffix" names a network: its host bits are all zero and it holds more than
    one address ("10.40.0.0/16", "2001:db8::/48"). A host's address with its prefix ("allow
    141.182.111.18/32", an interface's "inet 192.168.1.23/24") names the host."""
    try:
        interface = ipaddress.ip_interface(address + suffix)
    except ValueError:
        return True  # "1.2.3.4/99" is no prefix: not read as a host
    return interface.ip == interface.network.network_address and interface.network.num_addresses > 1


_VERSION_WORD = re.compile(r"(?<![^\W\d_])(?:version|versión|versie|build|release|v|ver\.?|firmware|driver|treiber|sdk|api)[ :]*$")


# An Envoy (or Istio) access log's UPSTREAM_HOST field: in the default format the quoted fields
# end '"%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%" "%REQ(X-REQUEST-ID)%" "%REQ(:AUTHORITY)%"
# "%UPSTREAM_HOST%"', so the "host:port" in quotes right after the request's id (a UUID) and its
# authority is the back-end server the proxy sent the request to ('... "61c9...1c1d" "api.svc"
# "10.8.1.9:8080"'), no one's address; the client's, in X-Forwarded-For, stays personal (the log
# format is the same whatever language the service speaks)
_ENVOY_UPSTREAM_BEFORE = re.compile(
    r'"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"[ ]"[^"\s]{1,255}"[ ]"$')
_PORT_AND_QUOTE = re.compile(r':[0-9]{1,5}"')
# A Traefik access log's server URL: Traefik's Common Log Format (its published access-log format) ends
# '... "<user agent>" <requests since start> "<router name>" "<server URL>" <duration>ms', so the
# address in the quoted URL between the router's name ("walkers@docker", "api@file") and the duration
# is the back-end server the proxy forwarded the request to ('38 "shop@docker" "http://10.42.0.9:8080"
# 12ms'), no one's address; the client's, first on the line, stays personal (the log format is the same
# whatever language the service speaks: en, de, fr, es, nl)
_TRAEFIK_SERVER_BEFORE = re.compile(r'[ ][0-9]+[ ]"[^"\s]{1,255}"[ ]"https?://$')
_TRAEFIK_SERVER_AFTER = re.compile(r'(?::[0-9]{1,5})?(?:/[^"\s]*)?"[ ][0-9]+(?:\.[0-9]+)?ms(?![\w])')


def _traefik_server(text: str, start: int, end: int) -> bool:
    """Whether the address at start:end is a Traefik access log's server URL (_TRAEFIK_SERVER_BEFORE)."""
    return _TRAEFIK_SERVER_AFTER.match(text, end) is not None and _TRAEFIK_SERVER_BEFORE.search(
        text, max(0, start - 270), start) is not None


# Round 85: a network's own plumbing in its configuration, the key at the line's start and the address (maybe after
# others on the line) its value: an ISC DHCP server's "subnet 10.42.0.0 netmask 255.255.255.0 {", "range 10.42.0.50
# 10.42.0.200;", "option routers 10.20.0.1;", "option domain-name-servers 10.42.0.2, 10.42.0.3;", a printer's
# "fixed-address 10.12.0.40;" (each statement closed by ";" or "{" on its line), dnsmasq's "dhcp-range=10.0.0.50,
# 10.0.0.150,12h", "dhcp-option=option:router,10.0.0.1"; a WireGuard interface's "Address = 10.5.0.1/24, fd00:66::1/64",
# its peers' "AllowedIPs = 10.7.0.18/32" and "DNS = 10.5.0.1" (with "[Interface]" or "[Peer]" in the text); OpenVPN's
# "server 10.8.0.0 255.255.255.0", "ifconfig-pool 10.8.0.4 10.8.0.250", "push "route 10.1.0.0 255.255.0.0"". The
# formats are the same whatever language the comments speak. A lease's "lease 10.42.0.77 {" (a person's device),
# a peer's "Endpoint = 128.208.55.41:51820" and a log's addresses stay personal.
_R85S_DHCP_KEY_BEFORE = re.compile(
    r"^[ \t]*(?:host[ ][\w.-]{1,40}[ ]?\{[ \t]*)?(?:subnet6?|range6?(?:[ ]dynamic-bootp)?|option[ ](?:routers|domain-name-servers|broadcast-address|"
    r"subnet-mask|ntp-servers|netbios-name-servers|dhcp-server-identifier|tftp-server-name)|fixed-address6?|next-server|"
    r"server-identifier)[ \t]+(?:[0-9A-Fa-f.:/]+(?:[ \t]*,[ \t]*|[ \t]+))*$", re.M)
_R85S_DHCP_STATEMENT_END = re.compile(r"[^\n;{}]{0,80}[;{]")
_R85S_OPENVPN_MASK_AFTER = re.compile(r"[0-9.]{7,15}[ ]255\.")
_R85S_PLUMBING_KEY_BEFORE = re.compile(
    r"^[ \t]*(?:(?P<wg>address|allowedips|dns)[ \t]*=|dhcp-range[ \t]*=(?:[\w:-]+,)?|dhcp-option[ \t]*=[\w:,-]*?"
    r"(?:option:|option6:)?(?:router|dns-server|3|6),|(?P<ovpn>server)|ifconfig-pool|push[ ]\"(?:route|dhcp-option[ ]dns))"
    r"[ \t]*(?:[0-9A-Fa-f.:/]+(?:[ \t]*,[ \t]*|[ \t]+))*$", re.M | re.I)


_R85S_ADDRESS_AT = re.compile(r"[0-9A-Fa-f:.]+")


def _r85s_internal_address(text: str, start: int) -> bool:
    """Round 85, at the merge: whether the address starting at `start` is not a global one (ipaddress's is_global)."""
    token = _R85S_ADDRESS_AT.match(text, start)
    try:
        return token is not None and not ipaddress.ip_address(token.group(0).rstrip(".:")).is_global
    except ValueError:
        return False


def _r85s_network_plumbing(text: str, start: int) -> bool:
    """Round 85: whether the address at `start` is a network's own in its configuration: an ISC DHCP statement's
    (_R85S_DHCP_KEY_BEFORE, closed on its line), a WireGuard interface's or its peers' tunnel addresses (after an
    "[Interface]" or a "[Peer]" in the 2000 characters before), a dnsmasq or an OpenVPN range, router or server (_R85S_PLUMBING_KEY_BEFORE).
    Only an address no one reaches from the internet (private, link-local, shared, documentation): a public one after
    the same keys routes to a host that may be someone's ("AllowedIPs = 125.88.95.178": a peer's own address)."""
    line = text.rfind("\n", 0, start) + 1
    if start - line > 120 or not _r85s_internal_address(text, start):
        return False
    if _R85S_DHCP_KEY_BEFORE.match(text, line, start) is not None:
        return _R85S_DHCP_STATEMENT_END.match(text, start) is not None
    m = _R85S_PLUMBING_KEY_BEFORE.match(text, line, start)
    if m is None:
        return False
    if m.group("ovpn"):  # OpenVPN's "server 10.8.0.0 255.255.255.0": the network and its mask
        return _R85S_OPENVPN_MASK_AFTER.match(text, start) is not None
    begin = max(0, start - 2000)
    return not m.group("wg") or text.rfind("[Interface]", begin, start) >= 0 or text.rfind("[Peer]", begin, start) >= 0


def _ipv4(m: re.Match[str], text: str) -> Span | None:
    if text[m.start() - 1 : m.start()] == '"' and _PORT_AND_QUOTE.match(text, m.end()) and _ENVOY_UPSTREAM_BEFORE.search(
            text, max(0, m.start() - 320), m.start()):
        return None
    if text[m.start() - 3 : m.start()] == "://" and _traefik_server(text, m.start(), m.end()):
        return None
    cidr = _CIDR_SUFFIX.match(text, m.end())
    if cidr is not None and _network_range(m.group(0), cidr.group(0)):  # 10.40.0.0/16 is a network range, not a host
        return None
    if _r85s_network_plumbing(text, m.start()):  # "range 10.42.0.50 10.42.0.200;", "AllowedIPs = 10.7.0.18/32"
        return None
    if _VERSION_WORD.search(text[max(0, m.start() - 12) : m.start()].lower()):  # "version 10.2.0.1"
        return None
    octets = m.group(0).split(".")
    for octet in octets:
        if int(octet) > 255 or (len(octet) > 1 and octet[0] == "0"):
            return None
    first = int(octets[0])
    if first in (0, 127) or first >= 224:  # unspecified, loopback, multicast, reserved/broadcast:
        return None  # they identify no host
    return (m.start(), m.end(), "ipv4")


# IPv6: anchored on a pair of colons (rare in prose, unlike hex letters), then widened to the
# surrounding address characters and parsed by the standard library.
IPV6_CORE = re.compile(r":[0-9A-Fa-f]{0,4}:")
_HEX_COLON = frozenset("0123456789abcdefABCDEF:")
_IPV6_TAIL = re.compile(r"[0-9A-Fa-f:.]*(?:%[0-9A-Za-z]{1,15})?")
_IPV6_PORT = re.compile(r":[0-9]{1,5}$")
# a group's last digit, one colon (not "::", which may end an address), then a blank or the end
_TRAILING_COLON = re.compile(r"[0-9A-Fa-f]:(?=\s|$)")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _remote_path_after(text: str, start: int, stop: int) -> bool:
    """The address's eight full groups, then a colon and a path: scp's, rsync's and git's remote "host:path"
    ("rsync -a dist/ deploy@2001:db8:1:2:3:4:5:6:/srv/app", "scp a.tgz 2001:db8:1:2:3:4:5:6:~/in/"); with eight
    full groups and no "::" the address cannot run on, so the colon before "/" or "~" is the path's, and the
    address ends before it (`stop` is after that colon)."""
    value = text[start : stop - 1]
    return (stop - start > 2 and text[stop - 1] == ":" and text.startswith(("/", "~"), stop)
            and value.count(":") == 7 and "::" not in value)


def find_ipv6(text: str) -> Iterator[Span]:
    end = 0
    for m in IPV6_CORE.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and start > m.start() - 40 and text[start - 1] in _HEX_COLON:
            start -= 1
        tail = _IPV6_TAIL.match(text, m.start())  # matches the empty string too: never None
        stop = tail.end() if tail else m.end()
        while stop > start and text[stop - 1] == ".":  # a full stop after the address
            stop -= 1
        # a colon after the address ends a log's field: "desde f09d:...:2a71: usuario 'x'"
        colon_after = stop - start > 2 and _TRAILING_COLON.match(text, stop - 2) is not None
        stop -= colon_after
        end = stop
        if start > 0 and (_is_word(text[start - 1]) or text[start - 1] in ":."):
            continue
        remote = _remote_path_after(text, start, stop)
        stop -= remote
        if stop < len(text) and (_is_word(text[stop]) or (text[stop] == ":" and not (colon_after or remote))):
            continue
        value = text[start:stop]
        cidr = _CIDR_SUFFIX.match(text, stop)
        if cidr is not None and _network_range(value.split("%", 1)[0], cidr.group(0)):  # 2001:db8::/32 is a network range
            continue
        port = _IPV6_PORT.search(value)
        if port is not None and value.count(":") == 8 and "::" not in value and int(port.group(0)[1:]) <= 65535:
            # eight full groups, then ":5060" (a SIP Via header, a log line): the ninth group is the
            # port; with "::" in it the address would be ambiguous, so only the full form
            stop -= len(port.group(0))
            value = value[: port.start()]
        address = value.split("%", 1)[0]
        if sum(c not in ":." for c in address) < 2 or len(address) > 45:  # "::", "a::" are punctuation
            continue
        try:
            parsed = ipaddress.IPv6Address(value)
        except ValueError:
            continue
        if parsed.is_loopback or parsed.is_unspecified or parsed.is_multicast:  # identify no host
            continue
        if _r85s_network_plumbing(text, start):  # a WireGuard interface's "Address = 10.66.0.1/24, fd00:66::1/64"
            continue
        yield (start, stop, "ipv6")


# ---------------------------------------------------------------- secrets
PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
    re.S,
)
AWS_ACCESS_KEY = re.compile(r"A(?:KIA|SIA|BIA|CCA|GPA|IDA|IPA|KPA|NPA|NVA|PKA|ROA|SCA)[A-Z0-9]{16}\b")
GITHUB_TOKEN = re.compile(r"g(?:h[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_[A-Za-z0-9_]{22,255})\b")
SLACK_TOKEN = re.compile(r"xox[abposre]-[A-Za-z0-9-]{10,250}|https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}")
STRIPE_KEY = re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,247}\b")
GOOGLE_API_KEY = re.compile(r"AIza[0-9A-Za-z_-]{35}(?![\w-])")
OPENAI_KEY = re.compile(r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}(?![\w-])")
# The token-start guard sits inside the regex (after the first character) for these: a text
# like "eyJeyJeyJ..." would otherwise start an O(n) match attempt at every "eyJ" (quadratic).
JWT = re.compile(r"e(?<![\w-]e)yJ[A-Za-z0-9_-]{5,}\.ey[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}(?![\w-])")

# key = value assignments in config, code, logs and URLs: the value is the secret, not the key.
# Lower case: runs on the lower-cased text; the value is read back from the original.
ASSIGNMENT = gated(re.compile(
    r"(?P<key>api[_.-]?key|apikey|secret|token|passw(?:or)?d|passphrase|pwd|access[_.-]?key|"
    r"private[_.-]?key|credentials?|auth)(?P<suffix>(?:s|key|value|hash|str|string)?(?:[_.-][a-z0-9]+){0,3})"
    r"[\"']?[ \t]*(?:=|:|=>|:=)[ \t]*[\"']?"
    r"(?P<value>[a-z0-9+/_\-.~!@#$%^&*=()]{6,256})"
))
_PLACEHOLDER = re.compile(
    r"(?i)^(?:x+|\*+|\.+|-+|<.*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|%[A-Z_]+%|\{\{.*\}\}|changeme|password|secret|"
    r"redacted|example|dummy|placeholder|null|none|true|false|undefined|your[_-].*|xxx.*|\[.*\])$"
)
_PASSWORD_KEYS = re.compile(r"passw(?:or)?d|passphrase|pwd")
# A hash or signature algorithm's name is a setting, not a secret: password_hash = sha512_crypt
_ALGORITHM = re.compile(
    r"(?i)^(?:(?:pbkdf2|scram|hmac)[_-]?)?(?:sha-?(?:1|224|256|384|512)(?:[_-]crypt)?|md5(?:[_-]crypt)?|bcrypt|scrypt|"
    r"argon2(?:id|i|d)?|blake2[bs]?|[hrep]s(?:256|384|512)|aes-?(?:128|192|256)(?:-gcm|-cbc)?|des|3des|rsa|ecdsa|ed25519|"
    r"pbkdf2(?:[_-]sha(?:1|256|512))?|crypt|plain|none)$"
)
# The value is a reference to the secret, not the secret: AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/...
_REFERENCE_SUFFIX = re.compile(
    r"[_.-](?:file|path|url|uri|dir|name|env|type|id|len|length|count|ttl|expiry|expires|size|"
    r"encryption|algorithm|algo|alg|hash|hasher|hashers|hashing|scheme|cipher|digest|kdf|"
    r"policy|mode|method|format|version|enabled|required|min|max|rotation|mounts|vols)$"
)
# Code, not a value: tokenizer = AutoTokenizer.from_pretrained(...), key = os.environ.get
_CODE_OR_PATH = re.compile(
    r"^(?:[A-Za-z_][\w.]*\($"  # a call, cut at its bracket: AutoTokenizer.from_pretrained(
    r"|[a-z_][a-z0-9_]*(?:\.[A-Za-z_]\w*)+(?:\(|$)"  # os.environ.get, pulumi.Output.secret(spec.password)
    r"|[A-Z][a-z]+(?:[A-Z][a-z]+)+\("  # a class: random.RandomPassword( cut as RandomPassword(f
    r"|__[a-z]+__\("  # a builtin: __import__(
    r"|/|\./|~/|[a-z][a-z0-9+.-]*://)"  # a path or a URL
)
# A name, not a value (only for api keys, tokens, secrets: "my-long-pass-phrase" is a password):
# _azure_kubeconfig, minio-kes-config
_NAME = re.compile(r"^_?[a-z]+(?:[_-][a-z0-9]+)+$")
_HAS_DIGIT_OR_SYMBOL = re.compile(r"[0-9]|[^A-Za-z0-9]")
_NESTED_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}=[^=]")
# A tool's note in brackets where the value would stand, words only: Terraform's "password =
# (sensitive value)", "(known after apply)", a dump's "(hidden)", "(redacted)", "(not set)"; a
# password in brackets has a digit or a symbol in it
_BRACKETED_NOTE = re.compile(r"\([ ]?[A-Za-z]+(?:[ -][A-Za-z]+){0,3}[ ]?\)")


def _is_email_value(value: str) -> bool:
    """Whether an assignment's whole value is an e-mail address: a log's or a config's user name
    under an "auth" or a "token" key ("auth.metadata.username: ann@example.org") is the user's
    address, which the email detector reports; a credential is no address."""
    at = value.find("@")
    if at <= 0:
        return False
    domain = EMAIL_DOMAIN.match(value, at)
    return domain is not None and domain.end() == len(value) and all(c in _LOCAL_CHARS for c in value[:at])


_KEY_NOT_VALUE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,60}")
_NEXT_KEY_COLON = re.compile(r"[\"']?[ \t]*:[ \t]+[\"']?\S")


# Round 82: a password's key whose value is a cloud connection string, its first setting read up to the ";", the
# string's own key later on the line: "userPassword: DefaultEndpointsProtocol=https;AccountName=jon;AccountKey=...",
# "passwort=Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=...", "mot_de_passe:
# AccountName=x;AccountKey=..."; the key inside is found by its own rule (azure_key), and a password that only looks
# like a setting ("password: Abc=123x") has no account's key after it
_R82S_CONNECTION_SETTING = re.compile(
    r"(?:DefaultEndpointsProtocol|AccountName|EndpointSuffix|BlobEndpoint|QueueEndpoint|TableEndpoint|Endpoint|"
    r"SharedAccessKeyName)=[^;\s]*")
_R82S_ACCOUNT_KEY_AFTER = re.compile(r"[^\n]{0,200}?;[ ]?(?:AccountKey|SharedAccessKey)=")


def make_assignment_validator(min_entropy: float) -> Validator:
    """Passwords are short and low-entropy by nature: any value of 6+ characters with a digit or
    symbol counts (pure-letter passphrases are missed: they read like prose and code).
    Other keys (api_key, token, secret) need a long, random-looking value, which keeps prose
    such as "the secret: patience" out."""

    def validate(m: re.Match[str], text: str) -> Span | None:
        key = m.start("key")
        if key and text[key - 1].isalpha() and not text[key].isupper():
            return None  # "compass: ..." is not a pass key; "dbPassword" and "DB_PASSWORD" are
        start = m.start("value")
        value = text[start : m.end("value")].rstrip(".,;")
        line_start = max(text.rfind("\n", max(0, key - 200), key) + 1, key - 200)  # bounded: no O(n^2)
        opened = text.count("(", line_start, key) - text.count(")", line_start, key)
        while opened > 0 and value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1]  # f(password=abc123): the bracket closes the call, it is not the secret
            opened -= 1
        # Round 72: a "$" before a name no one writes, case mixed in short runs with a digit inside, is the password's
        # first character, no variable's reference, in a pipeline's log whatever its language ("Schritt 'integration':
        # DB_PASSWORD=$e062vLaxpZF7DY1", "Étape : MYSQL_PWD=$k9TqWz2LpX", "Fallo: REDIS_PASSWORD=$Vb7xQ2mZr9",
        # "db_password: $Rt5uWq8ZnB"), as in a URL's (_not_the_password); "$DB_PASS" and "$dbPassword2" stay references
        if (_PLACEHOLDER.match(value) and _RANDOM_AFTER_DOLLAR.match(value) is None) or (_CODE_OR_PATH.match(
                value) and not (_PASSWORD_KEYS.match(m.group("key").lower()) and _RANDOM_BEFORE_BRACKET.match(value))) or (
                _REFERENCE_SUFFIX.search(m.group("suffix").lower())):
            return None
        note = _BRACKETED_NOTE.match(text, start) if value.startswith("(") else None
        if note is not None and note.end() >= start + len(value):
            # "password = (sensitive value)": the tool hides it; a note holds the whole value, and a
            # password that opens with letters in brackets goes on after them ("(mJA)*d_Q_4B")
            return None
        if _ALGORITHM.match(value):
            return None
        if _KEY_NOT_VALUE.fullmatch(value) and _NEXT_KEY_COLON.match(text, start + len(value)):
            # "KAFKA_SASL_PASSWORD: client_secret: zw0w...": the word after the label is the next key, its
            # own colon after it, and the secret is that key's value (found on the rescan); the same in
            # any file's language ("DB_PASSWORD: api_token: ...", "passwort: secret_key: ...")
            return None
        if _is_email_value(value) and not _PASSWORD_KEYS.match(m.group("key").lower()):
            return None  # "auth.metadata.username: ann@example.org": a user's address, found as an email
        if _NESTED_KEY.match(value) and not _PASSWORD_KEYS.match(m.group("key").lower()):
            # "Token: DefaultEndpointsProtocol=https;AccountKey=...": the value is a list of
            # settings, the secret is inside it (AccountKey=, found by its own rule)
            return None
        if _R82S_CONNECTION_SETTING.fullmatch(value) and _R82S_ACCOUNT_KEY_AFTER.match(text, start + len(value)):
            return None  # round 82: "userPassword: DefaultEndpointsProtocol=https;...;AccountKey=...", the key's own rule
        if _PASSWORD_KEYS.match(m.group("key").lower()):
            # letters only ("RandomPassword", "incorrect") reads as a word or a name, not a password
            ok = len(value) >= 6 and bool(_HAS_DIGIT_OR_SYMBOL.search(value))
        else:
            ok = len(value) >= 16 and shannon_entropy(value) >= min_entropy and not _NAME.match(value)
        if not ok:
            return None
        return (start, start + len(value), "assignment")

    return validate


# postgresql://user:password@host, mongodb+srv://u:p@cluster: the password is the secret
URL_CREDENTIAL = re.compile(r"[a-z][a-z0-9+.-]{1,20}://[^\s:/@'\"]{1,64}:(?P<value>[^\s@/'\"]{1,128})@[\w.-]")
# mysql -p'...', --password="...", --password ...: command-line passwords
CLI_PASSWORD = re.compile(
    r"-(?<![\w-]-)(?:p(?P<q>['\"])(?P<quoted>[^'\"\n]{3,128})(?P=q)|p(?P<bare>[^\s'\"]{6,128})"
    r"|-password(?:=|[ ]+)(?P<q2>['\"]?)(?P<long>[^\s'\"]{3,128})(?P=q2))"
)
# Azure storage and Service Bus connection strings
AZURE_KEY = re.compile(r"(?:Account|SharedAccess)Key=(?P<value>[A-Za-z0-9+/]{40,}={0,2})")
# An AWS secret access key written next to its key ID (an IAM credentials CSV, "aws configure" notes)
AWS_KEY_PAIR = re.compile(
    r"A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])[^\n]{0,40}?(?<![A-Za-z0-9/+])(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
)


def _group_value(name: str, min_entropy: float = 0.0) -> Validator:
    def validate(m: re.Match[str], text: str) -> Span | None:
        value = m.group("value")
        if min_entropy and shannon_entropy(value) < min_entropy:
            return None
        if _not_the_password(value) if name == "url_credential" else _PLACEHOLDER.match(value):
            return None  # a URL's password read from a variable ("$DB_PASS", "${PW}") is none; "$N4aUpZi7bbl" is one
        return (m.start("value"), m.end("value"), name)

    return validate


# The value read from a variable, a command or a template ("$DB_PASS", "${PASS}", "$(cat pw)",
# "$1", "{{ pw }}"): not the secret. A "$" before a symbol starts a password ("$#A&s&9d+b7K").
_VARIABLE_START = re.compile(r"\$[A-Za-z_{(0-9]|\{")
# ... unless the name after the "$" is no name anyone writes: upper and lower case mixed in runs
# of at most three, with a digit inside ("$Hd1o0FcmCRCg"); a variable's words are longer
# ("$DB_PASS", "$dbPassword", "$MYSQL_PWD2") and its digits trail ("$pass2")
_RANDOM_AFTER_DOLLAR = re.compile(r"\$(?=[A-Za-z0-9]{8,}$)(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9][A-Za-z])(?!.*(?:[a-z]{4}|[A-Z]{4}))")


# Round 73: a password's value that ends with an opening bracket, its name no one writes (upper and lower
# case mixed in runs of at most three, a digit inside before a letter), is the password, no call cut at its
# bracket: "DB_PASSWORD=_8LemiKdc9(", "MYSQL_PWD=x7QpLm2Kd(", "db_password: Rt5uWq8ZnB(" (a pipeline's log
# in any language); "password = get_secret(" and "pwd = decrypt2(" stay calls
_RANDOM_BEFORE_BRACKET = re.compile(r"_?(?=[A-Za-z0-9]{8,}\($)(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9][A-Za-z])(?!.*(?:[a-z]{4}|[A-Z]{4}))")


# ... nor is a "$" and a digit that go on with letters and symbols no shell name holds: a positional
# parameter is one digit ("$1", "$2/x"), and "$072Nv@+&)WLQy" or "$9kT!r4#pQ" is a password
_PASSWORD_AFTER_DOLLAR_DIGIT = re.compile(r"\$[0-9](?=\S{6,}$)(?=.*[A-Za-z])(?=.*[^\w$/.-])")


# ... nor a "$" and a name that go on with symbols no reference writes after it ("$zDCSbBzNIta41*^",
# "$Kt9wq!x#"): a reference ends at its name, or goes on with a path, a suffix or a default ("$HOME/x",
# "$PASS.txt", "${PW:-x}", "$USER@host")
_PASSWORD_AFTER_DOLLAR_NAME = re.compile(r"\$(?=\S{7,}$)[A-Za-z_][A-Za-z0-9_]{2,}(?=[!*^&#%+=?~]+\S*$)")


# ... nor a "$" and a name of any length closed by a bracket that nothing opened, with more after it
# ("$b)db+dn9ktZ", "$Q)7fw!a2"): a command's "$(...)" opens its bracket first, a reference ends at its name.
# Round 78: a short tail after the bracket too when the name is no one's (case mixed in runs of four at most, a
# digit inside: "postgresql://yfisher:$vElonnYTE6p)DI@db.internal", "$Hd1o0FcmC)x")
_PASSWORD_AFTER_DOLLAR_BRACKET = re.compile(
    r"\$[A-Za-z_][A-Za-z0-9_]*\)(?=[^\s()]{4,}$)"
    r"|\$(?=[A-Za-z0-9]{8,}\))(?=[^)]*[a-z])(?=[^)]*[A-Z])(?=[^)]*[0-9][A-Za-z])(?![^)]*(?:[a-z]{5}|[A-Z]{5}))"
    r"[A-Za-z0-9]+\)(?=[^\s()]+$)")


# Round 81: ... nor a "$" and a name with a bracket after it that nothing closes, more characters after it
# ("mysql://elijahgutierrez:$c(B8NjdKVq1@db.internal", "$Xy(7fw!a2Lq", "$pw(9Kd2mQ"): a command's "$(...)" has no
# name before its bracket, and a call's bracket closes ("$fn(x)"); a bracket alone at the end ("$PASS(") stays read
# as a reference
_R81S_PASSWORD_AFTER_DOLLAR_OPEN = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*\((?=[^\s()]{4,}$)")


def _not_the_password(value: str) -> bool:
    """A placeholder, or a reference to the password (a variable, a command, a template)."""
    if (_RANDOM_AFTER_DOLLAR.match(value) is not None or _PASSWORD_AFTER_DOLLAR_DIGIT.match(value) is not None
            or _PASSWORD_AFTER_DOLLAR_NAME.match(value) is not None
            or _PASSWORD_AFTER_DOLLAR_BRACKET.match(value) is not None
            or _R81S_PASSWORD_AFTER_DOLLAR_OPEN.match(value) is not None):
        return False
    return _PLACEHOLDER.match(value) is not None or _VARIABLE_START.match(value) is not None


# In single quotes the shell expands nothing: "-p'$VOntqzD2e@z)0v'" is a password with a "$" in it;
# only a value that is a reference and nothing else ("-p'$DB_PASS'", "-p'${PW}'") is still read as one
_WHOLE_REFERENCE = re.compile(r"\$(?:\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*|[0-9])")
# ... and a "$" name in single quotes is read as a reference only in a variable's shape: a constant's
# ("$DB_PASS", "$MYSQL_PWD2"), a lower-case name's ("$pass", "$db_pw"), camelCase or PascalCase words,
# maybe after an acronym ("$dbPassword", "$DbPass2", "$DBPassword"); letters in random case ("$KSBElkaH8",
# "$qWtR8uLm") form no name anyone writes and are the password itself, whatever the text's language
_VARIABLE_SHAPE = re.compile(
    r"\$(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?|_?[a-z][a-z0-9]*(?:_[a-z0-9]+)*|[a-z]+[0-9]*(?:[A-Z][a-z]+[0-9]*)+|"
    r"[A-Z]{0,4}(?:[A-Z][a-z]+[0-9]*)+|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)")


# A "-p" password needs a command line around it: another option on its line ("-u root", "-h db",
# "--user ana") or a client's name before it ("mysql", "psql wrapper:"); a hyphen inside prose is a
# word's part ("geboortedatum en -plaats: 3 mei 1979", "Geburtsdatum und -ort:")
_OTHER_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
_CLIENT_COMMAND = re.compile(
    r"(?<![\w-])(?:mysql\w*|mariadb\w*|psql|pg_\w+|mongo\w*|redis-cli|sshpass|smbclient|sqlcmd|ldapsearch|ldapadd|"
    r"curl|wget|docker|sudo|ftp|lftp|rsync|ssh|scp|clickhouse-client|influx|cqlsh|mycli|pgcli)(?![\w-])")
_COMMAND_REACH = 80


def _on_command_line(text: str, start: int, end: int) -> bool:
    line_start = max(text.rfind("\n", 0, start) + 1, start - _COMMAND_REACH)
    line_end = text.find("\n", end)
    line_end = min(len(text), end + _COMMAND_REACH) if line_end < 0 else min(line_end, end + _COMMAND_REACH)
    return (_OTHER_OPTION.search(text, line_start, start) is not None or _CLIENT_COMMAND.search(text, line_start, start) is not None
            or _OTHER_OPTION.search(text, end, line_end) is not None)


def _cli_password(m: re.Match[str], text: str) -> Span | None:
    if m.group("long") is None and not _on_command_line(text, m.start(), m.end()):
        return None
    for group in ("quoted", "long", "bare"):
        if m.group(group) is not None:
            value = m.group(group)
            single = group == "quoted" and m.group("q") == "'" and value.startswith("$")
            reference = _WHOLE_REFERENCE.fullmatch(value) is not None
            if single and ((not reference and _PLACEHOLDER.match(value) is None) or (
                    reference and value[1:2].isalpha() and _VARIABLE_SHAPE.fullmatch(value) is None)):
                pass  # a "$" inside single quotes starts no reference, nor a name in no variable's shape
            elif _not_the_password(value):
                return None
            if group == "quoted" and value != value.strip():
                return None  # 'after -p" that starts with "': prose between two quotes, not a password
            if group == "bare" and not _HAS_DIGIT_OR_SYMBOL.search(value):
                return None  # "-pedantic", "-print": a flag, not a password
            if group == "bare" and (value.isdigit() or value.startswith(("-", "/"))):
                return None  # "-p8080" is a port, "-p/path" a path
            return (m.start(group), m.end(group), "cli_password")
    return None


def _jwt(m: re.Match[str], text: str) -> Span | None:
    i = m.start()
    if i and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        return None
    return (i, m.end(), "jwt") if jwt_header_valid(m.group(0).split(".", 1)[0]) else None


def _high_entropy(name: str, min_entropy: float = 3.0) -> Validator:
    word_start = _word_start(name)

    def validate(m: re.Match[str], text: str) -> Span | None:
        if shannon_entropy(m.group(0)) < min_entropy:
            return None
        return word_start(m, text)

    return validate


def _record_row_dates(text: str, lowered: str) -> Iterator[Span]:
    return (s for s in find_record_rows(text, lowered) if s[2] == "date_of_birth_row")


def _record_row_ids(text: str, lowered: str) -> Iterator[Span]:
    return (s for s in find_record_rows(text, lowered) if s[2] != "date_of_birth_row")


# Round 78: a martial art's pass is the sport's record of its grades, no travel document: a grading form's "Passnummer:
# 1751129282" beside "Angestrebter Grad: 7. Kyu", "Judopass Nr. ...", "Budo-Pass", "Licence no: ... 6th kyu (green)",
# "licence ... ceinture jaune", "licencia ... cinturón naranja", "judopaspoort ... gele band". Where the text names a
# grade (a kyu or a dan, or a belt's word beside a martial art's), a number after a pass's or a licence's word in its
# line (or under such a column) is no passport; a passport's own word ("Reisepass", "passport", "passeport",
# "pasaporte", "paspoort") still names one, a judo club's trip abroad included; the French federation's "passeport
# sportif" and the Dutch "judopaspoort" are the sport's.
_MARTIAL_GRADE = re.compile(
    r"(?<![a-z])kyu(?![a-z])|(?<![a-z])[0-9]{1,2}(?:st|nd|rd|th|e|er|ème|eme|º|°|\.)?[ ]?dan(?![a-z])"
    r"|(?:judo|karate|aikido|ju-?jitsu|jiu-?jitsu|ju-?jutsu|taekwondo|budo|kendo|dojo|kampfsport|arts? martiaux"
    r"|artes marciales|martial arts?|vechtsport)[\s\S]*(?:gürtel|gurt(?![a-z])|belt|ceinture|cinturón|cinturon|obi(?![a-z])|band(?![a-z]))"
    r"|(?:gürtel|gurt(?![a-z])|belt|ceinture|cinturón|cinturon|obi(?![a-z])|band(?![a-z]))[\s\S]*(?:judo|karate|aikido"
    r"|ju-?jitsu|jiu-?jitsu|ju-?jutsu|taekwondo|budo|kendo|dojo)")
_SPORT_PASS_LABEL = re.compile(
    r"pass?(?![a-z])|pass?(?:nummer|nr|no|num)|pass?[ -.]*(?:nr|no|n°|nº|num)|licen[cs]|lizenz|licencia|licentie|"
    r"(?:judo|budo|sport)pas(?:poort)?|passeport[ ](?:sportif|judo|budo|fédéral)")
_TRAVEL_DOCUMENT_WORD = re.compile(
    r"reisepass|passport|passeport(?![ ](?:sportif|judo|budo|fédéral))|pasaporte|(?<!judo)(?<!budo)(?<!sport)paspoort|"
    r"travel document|reisedokument|document de voyage")


def _sport_pass(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the number at start is a martial art's pass or licence (see _MARTIAL_GRADE)."""
    column = cell_column(text, start, end)
    line = lowered.rfind("\n", 0, start) + 1
    label = column.lower() if column is not None else lowered[max(line, start - 40) : start]
    return _SPORT_PASS_LABEL.search(label) is not None and _TRAVEL_DOCUMENT_WORD.search(label) is None


def _without_sport_passes(detector: Detector) -> Detector:
    """The passport detector, less the martial art's passes (see _MARTIAL_GRADE)."""

    def find(text: str, lowered: str) -> Iterator[Span]:
        spans = detector.find(text, lowered)
        if not _names_martial_grade(lowered):
            yield from spans
            return
        for span in spans:
            if not _sport_pass(text, lowered, span[0], span[1]):
                yield span

    return replace(detector, lowered_finder=find, finder=None)


@lru_cache(maxsize=16)
def _names_martial_grade(lowered: str) -> bool:
    """Whether the text names a martial art's grade (_MARTIAL_GRADE); cached, as every passport detector asks."""
    return any(w in lowered for w in ("kyu", "dan", "dojo", "judo", "karate", "budo", "aikido", "taekwondo", "kendo",
                                      "jitsu", "jutsu", "martia", "kampfsport", "vechtsport")) and \
        _MARTIAL_GRADE.search(lowered) is not None


def structured_detectors(secret_min_entropy: float) -> list[Detector]:
    """Every shape-based detector, in no particular order (overlaps are resolved by the Scanner)."""
    detectors = [
        Detector("email", "email", EMAIL_DOMAIN, _email, hint="@"),
        Detector("phone", "phone", PHONE, _phone),
        Detector("phone_column", "phone", PHONE, _finder_only, finder=table_phones),
        Detector("medical_record_column", "medical_record", PHONE, _finder_only, finder=table_medical_records),
        Detector("date_of_birth_column", "date_of_birth", PHONE, _finder_only, finder=table_dates_of_birth),
        Detector("passport_column", "passport", PHONE, _finder_only, finder=table_passports),
        Detector("luhn", "payment_card", DIGIT_RUN, _finder_only, finder=find_cards),
        Detector("iban_mod97", "iban", IBAN, _iban, rescan=True),
        Detector("us_ssn", "national_id", US_SSN, _ssn),
        Detector("us_ssn", "national_id", US_SSN_KEYWORD, _ssn_keyword, lower=True),
        Detector("uk_nino", "national_id", UK_NINO, _nino),
        Detector("es_dni", "national_id", ES_DNI, _dni),
        Detector("ipv4", "ip_address", IPV4, _ipv4, hint="."),
        Detector("ipv6", "ip_address", IPV6_CORE, _finder_only, hint=":", finder=find_ipv6),
        Detector("private_key", "secret", PRIVATE_KEY, _whole("private_key"), hint="PRIVATE KEY"),
        Detector("aws_access_key", "secret", AWS_ACCESS_KEY, _word_start("aws_access_key")),
        Detector("github_token", "secret", GITHUB_TOKEN, _word_start("github_token")),
        Detector("slack_token", "secret", SLACK_TOKEN, _word_start("slack_token")),
        Detector("stripe_key", "secret", STRIPE_KEY, _word_start("stripe_key"), hint="k_"),
        Detector("google_api_key", "secret", GOOGLE_API_KEY, _word_start("google_api_key"), hint="AIza"),
        Detector("openai_key", "secret", OPENAI_KEY, _high_entropy("openai_key"), hint="sk-"),
        Detector("jwt", "secret", JWT, _jwt, hint="eyJ"),
        # rescan: after a rejected label, the next one may start inside it ("Token: client_secret: ...")
        Detector("assignment", "secret", ASSIGNMENT, make_assignment_validator(secret_min_entropy), lower=True, rescan=True),
        Detector("url_credential", "secret", URL_CREDENTIAL, _group_value("url_credential"), hint="://"),
        Detector("cli_password", "secret", CLI_PASSWORD, _cli_password, hint="-"),
        Detector("azure_key", "secret", AZURE_KEY, _group_value("azure_key"), hint="Key="),
        Detector("aws_secret_key", "secret", AWS_KEY_PAIR, _group_value("aws_secret_key", 3.5)),
        Detector("strong_id", "national_id", FR_NIR, _finder_only, finder=_strong_ids),
        *[
            Detector(rule.name, rule.category, rule.value, _finder_only, lower=True,
                     finder=None, lowered_finder=partial(find_context_rule, rule))
            for rule in context_rules()
        ],
        Detector("date_of_birth", "date_of_birth", DATE, _finder_only, lowered_finder=find_dates_of_birth),
        Detector("date_of_birth_gedcom", "date_of_birth", DATE, _finder_only, hint="1 BIRT", finder=find_gedcom_births),
        Detector("date_of_birth_traveller_list", "date_of_birth", DATE, _finder_only, lowered_finder=find_traveller_list_births),
        Detector("passport", "passport", DATE, _finder_only, lowered_finder=find_other_passports),
        Detector("date_of_birth_row", "date_of_birth", DATE, _finder_only, lowered_finder=_record_row_dates),
        Detector("national_id_row", "national_id", DATE, _finder_only, lowered_finder=_record_row_ids),
        Detector("at_vnr_short_label", "national_id", DATE, _finder_only, lowered_finder=find_austrian_insurance_numbers),
        Detector("passport_shape", "passport", DATE, _finder_only, lowered_finder=find_passports_by_shape),
        Detector("passport_resent", "passport", DATE, _finder_only, lowered_finder=find_resent_passports),
        Detector("medical_record_care", "medical_record", DATE, _finder_only, lowered_finder=find_care_records),
        Detector("medical_record_bed", "medical_record", DATE, _finder_only, lowered_finder=find_bed_records),
        Detector("medical_record_donor", "medical_record", DATE, _finder_only, lowered_finder=find_donor_records),
        Detector("medical_record_stay", "medical_record", DATE, _finder_only, lowered_finder=find_stay_records),
        Detector("medical_record_clinic_list", "medical_record", DATE, _finder_only, lowered_finder=find_clinic_list_records),
        Detector("medical_record_pharmacy", "medical_record", DATE, _finder_only, lowered_finder=find_pharmacy_customer_records),
        *[
            Detector(f"{kind}_field", kind, DATE, _finder_only, lowered_finder=partial(find_labelled_fields, kind))
            for kind in ("medical_record", "passport", "date_of_birth")
        ],
        Detector("medical_record_typed", "medical_record", DATE, _finder_only,
                 lowered_finder=partial(find_typed_identifiers, "medical_record")),
        Detector("passport_typed", "passport", DATE, _finder_only, lowered_finder=partial(find_typed_identifiers, "passport")),
        *[
            Detector(f"{kind}_pair", kind, DATE, _finder_only, lowered_finder=partial(find_paired_values, kind))
            for kind in ("date_of_birth", "medical_record", "passport", "national_id")
        ],
    ]
    return [_without_sport_passes(d) if d.category == "passport" else d for d in detectors]


# A signature or a contact list: a first name (and surname), a dash, a bare national number that
# ends the line: "Marguerite – 0468647882", "Kontakt 1: Roxane – 0431221767". The dash is the
# anchor (cheap to skip to); the name before it is looked up in the gazetteer.
_DASH_NUMBER = re.compile(r"[–—-](?<=[ ][–—-])[ ]+(0[1-9][0-9]{7,11})(?![\w])(?=[ \t]*(?:$|\n|[.,;)]))")
_NAME_BEFORE_DASH = re.compile(
    r"(?:^|(?<=[\n(])|(?<=[.!?:,][ ]))[ \t]*([A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|da|dos)){0,4})[ ]$"
)


# A message signed with the sender's name on one line and the number alone on the next, the
# message's last line (maybe in a quoted reply): "Je reste joignable.\nClaude Mottiez\n0299520807",
# "> Ana Gil Roca\n> 0912345678\n\n..."; the name is a first name and a surname (the gazetteer's)
_NUMBER_LINE = re.compile(r"^(?P<q>[ \t]*(?:>[ \t]*)*)(0[1-9][0-9]{7,11})[ \t]*$", re.MULTILINE)
_NAME_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*)*([A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|da|dos)){1,4})[ \t]*")
_MESSAGE_END = re.compile(r"[ \t]*(?:\r?\n[ \t]*(?:>[ \t]*)*(?:\r?\n|$)|$)")


def _is_full_name(gazetteer: "Gazetteer", name: str, least: int = 1) -> bool:
    words = [w for w in name.split() if w[0].isupper()]  # "Anna de Vries": the particle is no name
    return least <= len(words) <= 3 and gazetteer.is_first_name(words[0]) and all(
        gazetteer.is_first_name(w) or gazetteer.is_surname(w) for w in words[1:])


# A contact named in a sentence or after a label, a comma, then a bare number in a phone's shape that
# ends the clause: "Heimtrainer ist Emilian Scherer, 05404934499, bitte vorher anrufen",
# "Boekingsagent: Josephine Bollen, 00 459 24 38", "el delegado local es Maricruz España Herrero,
# 982506661", "Your host is Tom Hale, 07700 900123."; the name is a first name and a surname (the
# gazetteer's); a count or an amount after the name has no phone's shape, and a label that names an
# account, a customer or an order keeps its number
_NATIONAL_NUMBER = (r"0[1-9][0-9]{1,4}(?:[ /-]?[0-9]{2,8}){1,4}|00[ /]?[0-9]{1,4}(?:[ ][0-9]{2,4}){1,4}|"
                    r"[6789][0-9]{8}|[6789][0-9]{2}(?:[ ][0-9]{3}[ ][0-9]{3}|[ ][0-9]{2}[ ][0-9]{2}[ ][0-9]{2})")
"""A national number with its trunk 0, with two zeros first, or Spain's nine digits from 6 to 9."""
_COMMA_NUMBER = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=\))),[ ]+(?P<n>{_NATIONAL_NUMBER})(?![\w])(?![.,/-][0-9])(?=[ \t]*(?:$|\n|[.,;!)]))")
# ... the name maybe followed by the person's relation in brackets before the comma: "Familiar de
# referencia: Aitana (hija), 882849010", "Family lead: Anna (daughter), 07700 900123", "Référent : Hugo
# (fils), 06 12 34 56 78" (a relation's word only: "Acme (Lager)" is no person's)
_RELATION_BRACKET_END = re.compile(r"[ ]\((?i:" + _RELATIVE_LABEL.pattern + r"|" + _FAMILY_WORD + r"|"
                                   r"aunt|uncle|grand(?:mother|father|ma|pa)|niece|nephew|tante|onkel|oma|opa|nichte|neffe|"
                                   r"oncle|grand-mère|grand-père|nièce|neveu|tía|tío|abuela|abuelo|sobrina|sobrino|"
                                   r"oom|tante|nicht|neef)\)$")
# ... or the number alone in brackets right after the person's name, under a label or at a line's
# start, the bracket ending the clause: "Archivera: Joaquín (846339217)", "Kassenwart: Jonas
# (01712345678)", "Trésorière : Léa (0612345678)", "Treasurer: Tom (07700900123)"; the name may be a
# first name alone (the gazetteer's)
_BRACKET_NUMBER = re.compile(
    rf"(?<=[^\W\d_])[ ]\((?P<n>{_NATIONAL_NUMBER})\)(?=[ \t]*(?:$|\n|[.,;!]))")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=\n)|:[ \t]*)(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|da|dos|y)){0,3})$")
_NAME_BEFORE_COMMA = re.compile(
    r"(?:^|[\n(]|[.!?:;][ ]|(?<!\w)(?:is|ist|es|est|was|war|wird|sind|are|zijn|son|era|heißt|named|called|c['’]est)[ ])"
    r"[ \t]*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|da|dos|y)){1,4})$")
# ... or a first name alone after a line's label, the number ending the line: the person to reach
# for the field ("Véhicule de suivi : Alice, 0223502061", "Fahrdienst: Jonas, 0171 2345678", "Chase
# car: Tom, 07700 900123", "Recogida: Pilar, 612345678", "Ophalen: Sanne, 0612345678")
_LABEL_FIRST_NAME = re.compile(r"[ \t]*[^\W\d_][^\n\d:]{1,40}?[ \t]*:[ \t]*(?P<name>[A-ZÀ-Þ][\w'’-]+)")
_OTHER_NUMBER_LABEL = re.compile(
    r"(?<!\w)(?:account|iban|customer|client|order|invoice|member|policy|konto\w*|kunde\w*|bestell\w*|rechnung\w*|"
    r"mitglied\w*|compte|commande|facture|adhérent|cuenta|pedido|factura|socio|rekening\w*|klant\w*|bestelling\w*|"
    r"factuur|lid)(?!\w)", re.IGNORECASE)


def _comma_number_digits(number: str) -> bool:
    digits = sum(c.isdigit() for c in number)
    if number.startswith("00"):
        return 9 <= digits <= 11
    if number.startswith("0"):
        return 9 <= digits <= 12
    return digits == 9


def _without_relation(before: str) -> str | None:
    """The text before a comma's number less the person's relation in brackets that ends it
    (_RELATION_BRACKET_END); None when a bracket that names no relation ends it: the name, not
    the bracket, must stand before the comma."""
    if not before.endswith(")"):
        return before
    relation = _RELATION_BRACKET_END.search(before)
    return before[: relation.start()] if relation is not None else None


# A team's or a group's role, then a first name alone before the bracket: the one to reach for the
# team ("capitaine Louis (0492031096)", "captain Priya (07700900123)", "Kapitänin Mia (01712345678)",
# "capitán Luis (612345678)", "aanvoerder Bram (0612345678)", "coach Tom (...)"); the role opens the
# entry, at a line's start, after a colon, a comma or a dash, or after a column's gap (a place named
# after a captain, "stade Capitaine Ferber (...)", is none)
_ROLE_FIRST_NAME = re.compile(
    r"(?:(?<![^\n:;,(–—-])|(?<=[ \t]{2}))[ \t]*(?i:captain|capt\.|cap\.|skipper|coach|trainer|trainerin|team leader|organi[sz]er|"
    r"kapitän|kapitänin|spielführer|spielführerin|mannschaftsführer|mannschaftsführerin|betreuer|betreuerin|"
    r"capitaine|entraîneur|entraîneuse|responsable|organisateur|organisatrice|"
    r"capitán|capitana|entrenador|entrenadora|delegad[oa]|"
    r"aanvoerder|aanvoerster|kapitein|leider|leidster|begeleider|begeleidster)"
    r"[ ](?P<name>[A-ZÀ-Þ][\w'’-]+)$")


# ... or a chat's sign-off, then the first name and the number in brackets: "LG Lia (0309466893)",
# "Cheers, Tom (07700900123)", "Bises, Léa (0612345678)", "Besos, Ana (612345678)", "Groetjes Sanne
# (0612345678)"
_SIGNOFF_BEFORE_BRACKET = re.compile(
    r"(?<![^\W\d_])(?i:lg|glg|vg|liebe grüße|viele grüße|grüße|gruß|cheers|thanks|thx|bises|bisous|biz|amitiés|"
    r"besos|saludos|un abrazo|abrazos|groetjes|groeten|liefs|gr\.)[,!]?[ ]+(?P<name>[A-ZÀ-Þ][\w'’-]+)$")


def _first_name_and_surname(gazetteer: "Gazetteer", name: str, number: str) -> bool:
    """A known first name and a capitalised surname the gazetteer may lack ("Alicia Carraux"), before a
    number with its trunk 0 and ten or eleven digits: a rota's or a list's person and their phone."""
    words = name.split()
    digits = sum(c.isdigit() for c in number)
    return (2 <= len(words) <= 3 and gazetteer.is_first_name(words[0]) and all(w[0].isupper() for w in words[1:])
            and number.startswith("0") and not number.startswith("00") and 10 <= digits <= 11)


def _known_surname_trunk_number(gazetteer: "Gazetteer", name: str, number: str) -> bool:
    """A capitalised first name the gazetteer lacks and a surname it knows ("Clervie Garnier", "Eluned Visser"),
    before a number with its trunk 0 and ten or eleven digits: a list's person and their phone, as
    _first_name_and_surname reads it the other way round (the list's item and the number's full shape
    say as much as the first name would: "1. Clervie Garnier – 0612345678", "2) Brunehilde Meyer – 0171
    2345678", "1. Ysolde Navarro – 0912345678", "- Eluned Visser – 0612345678", "1. Ysolde Okafor – 01632
    960123"). A first word the gazetteer knows as a surname makes two surnames, a place's name as often
    ("1. Salle Voisin – ..."): left out."""
    words = [w for w in name.split() if w[0].isupper()]
    digits = sum(c.isdigit() for c in number)
    return (2 <= len(words) <= 3 and gazetteer.is_surname(words[-1]) and not gazetteer.is_surname(words[0])
            and number.startswith("0") and not number.startswith("00") and 10 <= digits <= 11)


def _phones_in_brackets_after_names(gazetteer: "Gazetteer", text: str) -> Iterator[Span]:
    """A number in a phone's shape alone in brackets after a person's name (_BRACKET_NUMBER), after a
    team's role and a first name (_ROLE_FIRST_NAME), or after a chat's sign-off and a first name
    (_SIGNOFF_BEFORE_BRACKET); a label that names an account, a customer or an order keeps its number."""
    for m in _BRACKET_NUMBER.finditer(text):
        if not _comma_number_digits(m.group("n")):
            continue
        line_start = max(text.rfind("\n", max(0, m.start() - 80), m.start()) + 1, m.start() - 80)
        name = _NAME_BEFORE_BRACKET.search(text, line_start, m.start())
        role = _ROLE_FIRST_NAME.search(text, line_start, m.start())
        signoff = _SIGNOFF_BEFORE_BRACKET.search(text, line_start, m.start())
        if (name is not None and _is_full_name(gazetteer, name.group("name"))) or (
                role is not None and gazetteer.is_first_name(role.group("name"))) or (
                signoff is not None and gazetteer.is_first_name(signoff.group("name"))):
            yield (m.start("n"), m.end("n"), "phone_after_name")
        elif (name is not None and _first_name_and_surname(gazetteer, name.group("name"), m.group("n"))
              and not _OTHER_NUMBER_LABEL.search(text, line_start, name.start("name"))):
            yield (m.start("n"), m.end("n"), "phone_after_name")


# A list's item that names a person in bold, a dash, where they are, and a number ending the item:
# the person's contact line ("- **Conal Gaughan** - Tower 4, 7815 0759", "* **Luz Ramis** – torre 1,
# 828537915", "- **Jonas Roth** - Turm 2, 0171 2345678"); a local number's two groups of four too
_LIST_ITEM_NUMBER = re.compile(
    r"^[ \t]*[-*•][ \t]+\*\*(?P<name>[^*\n]{3,40})\*\*[ \t]*[–—:-][ \t]*[^\n,]{0,30},[ ]*"
    rf"(?P<n>{_NATIONAL_NUMBER}|[1-9][0-9]{{3}}[ ]?[0-9]{{4}})[ \t]*$", re.MULTILINE)
# A chat's message that names a person, then a dash and a number ending the line: the number is the
# person's ("[07:20] María: pregúntale a Onofre Rius, tiene una caja entera - 816163325", "[09:12] Tom:
# ask Ann Lee, she has spares - 07700 900123")
_CHAT_DASH_NUMBER = re.compile(
    r"^[ \t]*\[[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\][ \t]*[^:\n]{1,30}:(?P<body>[^\n]*?)[ ][–—-][ ]+"
    rf"(?P<n>{_NATIONAL_NUMBER})[ \t]*$", re.MULTILINE)
# A list's item, numbered or bulleted, that is a person's full name, maybe their relation or role in
# brackets, then a dash and a number ending the line: a list of people to reach ("  1. Alexandra Antony
# Doherty (grandmother) - 5586445773", "2) Jonas Roth (Onkel) – 0171 2345678", "- Léa Roy (tante) -
# 06 12 34 56 78", "1. Ana Gil Roca (abuela) - 612345678", "• Sanne de Vries (oma) - 0612345678")
_LIST_ITEM_NAME_DASH = re.compile(
    r"^[ \t]*(?:[0-9]{1,2}[.)]|[-*•])[ \t]+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})(?:[ ]\([^()\n\d]{2,30}\))?[ ]+[–—-][ ]+"
    rf"(?P<n>{_NATIONAL_NUMBER}|[1-9][0-9]{{9}}|[1-9][0-9]{{3}}[ -]?[0-9]{{4}})[ \t]*$", re.MULTILINE)
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){1,2}")
# A rota's line, one shift a line: the weekday and the time opening it, then the same separator (a middle dot,
# a bar, a dash) before the volunteer's full name and before a bare number in a phone's shape that ends the
# line ("Monday 18:00 · Ann Cole · 07700900461", "Montag 18:00 · Anna Roth · 01761234567", "Lundi 18h00 · Luc
# Roy · 0612345678", "Lunes 18:00 · Ana Gil Roca · 823962930", "Maandag 18:00 · Daan Bos · 0612345678"): who to
# call for that shift. A name of one word ("Samuel (primera vez)") and a line whose last column is no phone's
# shape (a room, a count) stay unread; the name's words must be capitalised, two at least.
_ROTA_WEEKDAY = (
    r"(?i:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom|"
    r"ma|wo|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
"""A weekday's name or its abbreviation in the five languages, opening a rota's line (the two rota readers below)."""
_ROTA_LINE_NUMBER = re.compile(
    r"^[ \t]*" + _ROTA_WEEKDAY + r"\.?[ \t]+"
    r"[0-9]{1,2}(?:[:.h][0-9]{2}|h)[ \t]+(?P<sep>[·|–—-])[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})"
    rf"[ \t]+(?P=sep)[ \t]+(?P<n>{_NATIONAL_NUMBER})[ \t]*$", re.MULTILINE)

# Round 78: ... or a rota's line in columns, the weekday (maybe the half day) and a wide gap, the volunteer's first
# name (maybe the surname) and the number alone in brackets ending the line ("Thu     Eric (0332547888)", "Do  vorm.
# Jonas (01712345678)", "Jeu  matin  Luc (0612345678)", "Jue  Ana (612345678)", "Do  Bram (0612345678)"): two of
# the rota's lines at least open with a weekday, and the first name is one the gazetteer knows
_ROTA_BRACKET_LINE = re.compile(
    r"^[ \t]*(?P<day>" + _ROTA_WEEKDAY + r")\.?"
    r"(?:[ \t]+(?i:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|vorm\.?|nachm\.?|vormittag|nachmittag|abend|matin|"
    r"après-midi|soir|mañana|tarde|noche|ochtend|middag|avond|vm|nm))?(?:[ ]{2,}|\t)[ \t]*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})[ ]\("
    rf"(?P<n>{_NATIONAL_NUMBER})\)[ \t]*$", re.MULTILINE)
_ROTA_DAY_LINE = re.compile(
    r"^[ \t]*(?i:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom|ma|wo|"
    r"vr|za|zo)[a-zé]*\.?[ \t]", re.MULTILINE)


def _listed_or_chatted_phones(gazetteer: "Gazetteer", text: str) -> Iterator[Span]:
    """A number ending a list item whose bold name is a person's (_LIST_ITEM_NUMBER), ending a rota's line after the
    volunteer's name (_ROTA_LINE_NUMBER), or ending a chat message after a dash when the message names a person
    (_CHAT_DASH_NUMBER): the person's phone."""
    if "**" in text:
        for m in _LIST_ITEM_NUMBER.finditer(text):
            n = m.group("n")
            local = sum(c.isdigit() for c in n) == 8 and n[0] != "0" and n[:2] not in ("19", "20")  # not a year's
            if (local or _comma_number_digits(n)) and _is_full_name(gazetteer, m.group("name").strip(), least=2):
                yield (m.start("n"), m.end("n"), "phone_after_name")
    if "\n" in text:
        for m in _LIST_ITEM_NAME_DASH.finditer(text):
            n = m.group("n")
            digits = sum(c.isdigit() for c in n)
            if (_comma_number_digits(n) or digits == 10 or (digits == 8 and n[:2] not in ("19", "20"))) and (_is_full_name(
                    gazetteer, m.group("name"), least=2) or _known_surname_trunk_number(gazetteer, m.group("name"), n)):
                yield (m.start("n"), m.end("n"), "phone_after_name")
    for m in _ROTA_LINE_NUMBER.finditer(text):
        if _comma_number_digits(m.group("n")):
            yield (m.start("n"), m.end("n"), "phone_rota_line")
    if "(" in text and "\n" in text:
        bracketed = [m for m in _ROTA_BRACKET_LINE.finditer(text) if _comma_number_digits(m.group("n"))
                     and gazetteer.is_first_name(m.group("name").split()[0])]
        if bracketed and len(_ROTA_DAY_LINE.findall(text)) >= 2:
            for m in bracketed:
                yield (m.start("n"), m.end("n"), "phone_rota_line")
    if "[" in text:
        for m in _CHAT_DASH_NUMBER.finditer(text):
            if _comma_number_digits(m.group("n")) and any(
                    _is_full_name(gazetteer, r.group(0), least=2) for r in _CAPITALISED_RUN.finditer(m.group("body"))):
                yield (m.start("n"), m.end("n"), "phone_after_name")


# Round 67: a contact's bracket that holds the email, then a comma and a bare number: the contact's phone
# ("Voluntaria: Ana Gil (ana.gil@example.es, 976598795)", "Kontakt: Jonas Weber (j.weber@example.de, 0171 2345678)",
# "Bénévole : Léa Roy (lea@example.fr, 06 12 34 56 78)", "Contact: Tom Hale (tom@example.com, 07700 900123)",
# "Vrijwilliger: Saar Peeters (saar@example.nl, 0612345678)"): a national number's shape, the bracket closing
# right after it; an order's "(tom@example.com, order 5519024)" has a word before its number
_EMAIL_BRACKET_NUMBER = re.compile(
    rf"\([^()\n@ ]+@[^()\n@ ,]+\.[a-z]{{2,}},[ ]+(?P<n>{_NATIONAL_NUMBER})(?![\w])[ ]?\)")
# Round 67: a contact's role labels the line, then the person's full name and a comma, then a bare number that ends
# the line: the contact's phone, also with a name the gazetteer does not hold, with a local number's eight
# digits in two groups or a North American number's ten ("Entry secretary: Gordon Hale, 5142-0190", "Club
# secretary: Amy Stone, 8262379928", "Erziehungsberechtigte/r: Pius Naser,
# 04895254085", "Responsable légal : Léa Martin, 06 12 34 56 78", "Tutor legal: Nico Gil, 612345678",
# "Contactpersoon: Saar Peeters, 0612345678"); a member's or an account's label before the name reads no phone,
# and a year's "2024-0190" no local number
_CONTACT_ROLE_LINE = re.compile(
    r"(?im)^[ \t]*(?:[^\W\d_][\w-]*[ ]){0,2}(?:secretary|contact|guardian|parent(?:/guardian)?|carer|"
    r"erziehungsberechtigte[rn]?(?:/r)?|sorgeberechtigte[rn]?(?:/r)?|ansprechpartner(?:in)?|kontakt(?:person)?|"
    r"notfallkontakt|schriftführer(?:in)?|sekretär(?:in)?|"
    r"responsable(?:[ ]légal(?:e)?)?|tuteur|tutrice|secrétaire|contact[ ]d['’]urgence|"
    r"tutor(?:a)?(?:[ ]legal)?|contacto(?:[ ]de[ ]emergencia)?|secretari[oa]|"
    r"contactpersoon|voogd|secretaris|noodcontact)[ \t]*:[ \t]*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|da|dos|y)){1,3}),[ ]+"
    rf"(?P<n>{_NATIONAL_NUMBER}|(?!(?:19|20)[0-9]{{2}}-)[1-9][0-9]{{3}}[ -][0-9]{{4}}|[2-9][0-9]{{2}}(?P<sep>[ .-]?)[0-9]{{3}}(?P=sep)[0-9]{{4}})"
    r"(?![\w])(?![.,/-][0-9])[ \t]*$")


# Round 68: an incident's timeline escalates to a person, then their number alone in brackets: the person
# reached on call ("Escalated to secondary: Anthony Rangel (6979218717)", "eskaliert an Jonas Weber
# (01712345678)", "escalade vers Madeleine Privet (0540887174)", "escalado a Ana Belén Bolaños Segovia
# (922983683)", "geëscaleerd naar Saar Peeters (0612345678)"): a national number's shape or a North American
# number's ten digits; the escalation's verb names a person to call, so no gazetteer is asked
_PERSON_RUN = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]+){1,4}"
_BRACKET_PHONE = rf"\((?P<n>{_NATIONAL_NUMBER}|[2-9][0-9]{{2}}[2-9][0-9]{{6}})\)"
_ESCALATED_TO_NUMBER = gated(re.compile(
    r"(?<!\w)(?i:escalated[ ]to|escalating[ ]to|paged|eskaliert[ ](?:an|zu)|weitergeleitet[ ]an|escalad[ée][ ]vers|"
    r"escalade[ ]vers|escalad[oa][ ]a|escalando[ ]a|ge[ëe]scaleerd[ ]naar|escalatie[ ]naar)"
    r"(?:[ ](?i:the[ ])?[a-z-]+(?:[ ]on[- ]call)?:)?[ ]" + _PERSON_RUN + r"[ ]" + _BRACKET_PHONE + r"(?![\w])"))
# Round 68: a timetable's slots, the time then the person and their contact alone in brackets, where
# another slot's bracket holds an email: the bracket that holds a bare number holds the person's phone
# ("10:30 Amy Stone (amy@example.org)\n11:00 Tom Hale (07700900123)", "11:00 Kai Karner (07597019352)",
# "11h00 Léa Roy (0612345678)", "11:00 Carolina Roman (902897992)", "11.00 Saar Peeters (0612345678)")
# Round 68: one's contact details given as the email, "and", then a bare number: the writer's phone ("please
# update my details: tom@example.com and 07700900123", "meine Kontaktdaten: iq@example.de und 01712345678",
# "mes coordonnées : lea@example.fr et 0434685837", "mis datos: ana@example.es y 612345678", "mijn gegevens:
# saar@example.nl en 0612345678"); a word between "and" and the number ("and order 5519024") keeps it unread
_EMAIL_AND_NUMBER = gated(re.compile(
    rf"[^\s@()<>,;:]+@[^\s@()<>,;:]+\.[a-z]{{2,}}[ ](?:and|&|und|et|y|en)[ ](?P<n>{_NATIONAL_NUMBER})"
    r"(?![\w])(?![.,/-][0-9])"))
_SLOT_CONTACT = r"^[ \t]*[0-9]{1,2}(?:[:.h][0-9]{2})[ \t]+(?:[-–—][ \t]+)?" + _PERSON_RUN + r"[ ]"
_SLOT_EMAIL_LINE = re.compile(_SLOT_CONTACT + r"\([^()\s@]+@[^()\s@]+\.[a-z]{2,}\)[ \t]*$", re.MULTILINE)
_SLOT_NUMBER_LINE = re.compile(_SLOT_CONTACT + _BRACKET_PHONE + r"[ \t]*$", re.MULTILINE)


def find_phones_after_names(gazetteer: "Gazetteer", text: str) -> Iterator[Span]:
    """A bare number in a phone's shape right after a person's full name and a comma
    (_COMMA_NUMBER) or a dash (_DASH_NUMBER): the contact's phone, no phone word needed."""
    if ", " in text:
        for m in _COMMA_NUMBER.finditer(text):
            if not _comma_number_digits(m.group("n")):
                continue
            line_start = max(text.rfind("\n", max(0, m.start() - 80), m.start()) + 1, m.start() - 80)
            before = _without_relation(text[line_start : m.start()])
            if before is None:
                continue
            name = _NAME_BEFORE_COMMA.search(before)
            if name is None or not _is_full_name(gazetteer, name.group("name"), least=2):
                name = _LABEL_FIRST_NAME.fullmatch(before)
                if name is None or not gazetteer.is_common_first_name(name.group("name")):
                    continue
            if _OTHER_NUMBER_LABEL.search(text, line_start, line_start + name.start("name")):
                continue
            yield (m.start("n"), m.end("n"), "phone_after_name")
    if " (" in text:
        yield from _phones_in_brackets_after_names(gazetteer, text)
    if "@" in text:
        for m in _EMAIL_BRACKET_NUMBER.finditer(text):
            yield (m.start("n"), m.end("n"), "phone_email_bracket")
        for m in _EMAIL_AND_NUMBER.finditer(text):
            yield (m.start("n"), m.end("n"), "phone_email_bracket")
        if _SLOT_EMAIL_LINE.search(text) is not None:
            for m in _SLOT_NUMBER_LINE.finditer(text):
                yield (m.start("n"), m.end("n"), "phone_email_bracket")
    if "(" in text:
        for m in _ESCALATED_TO_NUMBER.finditer(text):
            yield (m.start("n"), m.end("n"), "phone_after_name")
    if ":" in text and ", " in text:
        for m in _CONTACT_ROLE_LINE.finditer(text):
            yield (m.start("n"), m.end("n"), "phone_contact_role")
    yield from _listed_or_chatted_phones(gazetteer, text)
    for m in _DASH_NUMBER.finditer(text):
        line_start = max(text.rfind("\n", max(0, m.start() - 60), m.start()) + 1, m.start() - 60)
        name = _NAME_BEFORE_DASH.search(text, line_start, m.start())
        if name is None:
            continue
        if _is_full_name(gazetteer, name.group(1)):
            yield (m.start(1), m.end(1), "phone_after_name")
    if "\n" not in text:
        return
    for m in _NUMBER_LINE.finditer(text):
        if m.start() < 2 or not _MESSAGE_END.match(text, m.end()):
            continue
        above = text.rfind("\n", 0, m.start() - 1) + 1
        name = _NAME_LINE.fullmatch(text, above, m.start() - 1)
        if name is not None and _is_full_name(gazetteer, name.group(1), least=2):
            yield (m.start(2), m.end(2), "phone_after_name")


def people_detectors(gazetteer: "Gazetteer", languages: tuple[str, ...] | None,
                     keep_public_figures: bool = True) -> list[Detector]:
    """The detectors that need the name gazetteer: people's names and street addresses.
    `keep_public_figures`: whether names the text marks as public figures' are left out."""
    from workloads.guard.addresses import STREET_LINE, find_addresses
    from workloads.guard.names import PersonDetector

    person = PersonDetector(gazetteer, languages, keep_public_figures=keep_public_figures)

    def looks_like_person(segment: str) -> bool:
        return any(True for _ in person.find(segment))

    return [
        Detector("person", "person", STREET_LINE, _finder_only, finder=person.find),
        Detector("street_address", "street_address", STREET_LINE, _finder_only,
                 finder=lambda text: find_addresses(text, looks_like_person)),
        Detector("phone_after_name", "phone", _DASH_NUMBER, _finder_only,
                 finder=partial(find_phones_after_names, gazetteer)),
    ]

