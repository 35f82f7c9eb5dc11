"""Where a first name standing alone is a person: the cues besides greetings, sign-offs and titles.

A lone capitalised first name is ambiguous ("Paris", "Florence", "Will", "Mercedes"), so names.py
reports one only with a cue around it. The cues here are the layouts and phrasings people write
in chats, tickets and mail:
  - a chat speaker label at the start of a line: "[WhatsApp] Debora: bin ab Montag ...",
    "10:32 - Lisa: ok", "[12.03.26, 09:14] Joost: top";
  - a signature line: the name alone on its line after a paragraph, last in the text or above a
    device line or contact details ("...this one.\n\nLeanne\nSent from my iPhone");
  - a mention: "@Stacie can you ...";
  - prose: the name as the subject of a verb ("lol Stacie just sent me", "Elena hat angerufen"),
    as a possessive ("Stacie's flight"), after a word that takes a person ("spoke with Joost",
    "mit Elena", "avec Lisa", "con Toribio", "met Evelien"), or after a sentence-initial German
    auxiliary ("Hab Elena gerade getroffen");
and, for whole cells, a table column whose header names a person (workloads/guard/tables.py).

What these cues must never take: places and brands named like people (a place preposition or a
determiner before the name blocks the prose cue: "in Florence next week", "the Mercedes fleet"),
and sentence-initial function words that the name lists also hold ("Si puede", "Per e-mail",
"Will you"): the function words of the five languages are spaCy's stop-word lists, committed in
data/function_words.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from workloads.guard.contextual import ends_abbreviation
from workloads.guard.text_facts import text_mentions

Span = tuple[int, int, str]

# A reply's word where a frame expects a name after its label: "Anrufer: Ja, genau.", "Child: Yes", "Niño: no",
# "Keeper: none" (rounds 83 and 84's party labels; "Ja" and "Si" are listed first names)
REPLY_WORDS = frozenset("ja jawohl jep nein ne yes yeah yep no oui ouais non si sí vale nee jawel ok okay none n/a".split())
FUNCTION_WORDS_FILE = Path(__file__).resolve().parent / "data" / "function_words.txt"
NOT_LONE_NAMES_FILE = Path(__file__).resolve().parent / "data" / "not_lone_names.txt"
PUBLIC_FIGURES_FILE = Path(__file__).resolve().parent / "data" / "public_figures.txt"


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's stop words of the five languages (data/function_words.txt)."""
    with FUNCTION_WORDS_FILE.open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def name_key(name: str) -> str:
    """A name as the public-figure list is looked up: lower case, without full stops, one space
    between words ("John F. Kennedy" -> "john f kennedy")."""
    return " ".join(name.replace(".", " ").lower().split())


@lru_cache(maxsize=1)
def public_figure_heads() -> frozenset[str]:
    """The first words of the public figures' names: a run that holds none of them is looked up no further."""
    return frozenset(key.split(" ", 1)[0] for key in public_figures())


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """Well-known public figures, fictional characters and works named like people
    (data/public_figures.txt), as `name_key`s."""
    with PUBLIC_FIGURES_FILE.open(encoding="utf-8") as fh:
        return frozenset(name_key(line) for line in fh if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The places among not_lone_names (the file's "# places" section): "Paris, please ..." is no one asked."""
    words: set[str] = set()
    section = ""
    with NOT_LONE_NAMES_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# ") and len(line.split()) == 2:
                section = line[2:].strip()
            elif not line.startswith("#") and section == "places":
                words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def not_lone_names() -> frozenset[str]:
    """Famous places and common words that the name lists hold as first names (data/not_lone_names.txt)."""
    with NOT_LONE_NAMES_FILE.open(encoding="utf-8") as fh:
        return frozenset(w for line in fh if not line.startswith("#") for w in line.split())


# ------------------------------------------------------------------ speaker labels
_STAMP = r"(?:#[\w-]{1,40}|\[[^\]\n]{1,40}\]|\(?[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?(?:[ ]?[ap]\.?m\.?)?\)?|[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4},?)"
_SPEAKER_PREFIX = re.compile(rf"[ \t>]*(?:{_STAMP}[ \t]*(?:[-–][ \t]*)?)+(?:[A-Z]{{2,3}}[ ])?$")
"""What may stand before a speaker's name on its line: app tags and timestamps ("[WhatsApp] ",
"[10:32] ", "12/03/2026, 10:32 - "), and after them a role's abbreviation ("[19:40] GM Joshua: ...")."""
_SPEAKER_COLON = re.compile(r"(?:[ ]\((?:[a-zß-ÿ][\w .'’-]{0,24}|[A-ZÀ-Þ][a-zß-ÿ]{1,24}(?:[ ][A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]{1,24}){0,2})\))?[ ]?:(?:[ \t]|$)")
"""The colon after a speaker's name, with the speaker's role in brackets between them or not
("Lisa: …", "Lisa (agent): …", "Tomás (soporte): …", "Julia (Kundendienst): …")."""
_OWN_WORD = re.compile(r"[ \t]*([a-zß-ÿ]|[¿¡][a-zß-ÿ]|(?i:i|ich|je|yo|ik)\b|I['’]|J['’]|[\u2600-\u27bf\U0001f300-\U0001faff])")
"""A message after "Name:" that starts lower-case or with "I", a Spanish question or exclamation
("¿quién viene?"), or an emoji as the whole answer ("👍"): a chat line, not a heading."""


_CLOCK = r"\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?"
_CLOCK_PREFIX = re.compile(rf"[ \t>]*{_CLOCK}[ \t]*(?:[-–][ \t]*)?")
_STAMPED_SPEAKER_LINE = re.compile(rf"(?:^|\n){_CLOCK_PREFIX.pattern}([A-ZÀ-Þ][\w'’.-]*(?:[ ][A-ZÀ-Þ][\w'’.-]*)?)[ ]?:[ \t]")
"""A chat log's line: a clock time, a speaker and a colon ("[10:32:33] Jasper: ...", "09:14 - Ana: ...")."""
MESSENGERS = re.compile(
    r"\[(?:whatsapp|telegram|signal|messenger|facebook messenger|imessage|sms|slack|teams|microsoft teams|discord|"
    r"viber|wechat|threema|skype|chat|google chat|hangouts|instagram|dm)\b[^\]\n]{0,30}\]", re.IGNORECASE)
"""A messaging app's tag before a line ("[WhatsApp] ", "[Slack #billing] "): the word before the
colon after it is whoever wrote, a name or a nickname, listed or not."""


def messenger_speaker(text: str, start: int, end: int) -> bool:
    """`text[start:end]` follows a messaging app's tag at the start of its line, before a colon."""
    if _SPEAKER_COLON.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if _SPEAKER_PREFIX.fullmatch(prefix) is None:
        return False
    return MESSENGERS.search(prefix) is not None


def chat_log_speakers(text: str, start: int, end: int) -> list[str]:
    """When `text[start:end]` follows a clock time at the start of its line, before a colon, in a
    chat log whose lines open that way ("[21:55:02] Jafet: hola\n[21:56:27] Cebrián: oye ..."):
    the log's other speakers; else none. Logs look alike ("[10:00] Status: OK"): the caller asks
    for names among them."""
    if _SPEAKER_COLON.match(text, end) is None:
        return []
    line_start = text.rfind("\n", 0, start) + 1
    if _CLOCK_PREFIX.fullmatch(text, line_start, start) is None:
        return []
    word = text[start:end]
    return [m.group(1) for m in _STAMPED_SPEAKER_LINE.finditer(text) if m.group(1) != word]


_IRC_NICK = re.compile(r"[ \t>]*(?:" + _STAMP + r"[ \t]*)*<[@+]?$")
_ROLE_THEN_NAME = re.compile(r"[ \t>]*(?:" + _STAMP + r"[ \t]*)*[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]{1,20}[ ]\($")


_SELF_LABELS = frozenset("i me you ich du wir moi toi nous vous yo tú tu nosotros ik jij wij".split())
"""Pronouns some chat exports put where a name goes ("Du: klar", "Ich: ok")."""
_BRACKET_COLON = re.compile(r"\)[ ]?:")
NON_PERSON_SPEAKERS = frozenset("""
salon salón studio atelier praxis garage boutique reception rezeption réception recepción receptie desk
pharmacy pharmacie farmacia apotheke apotheek clinic klinik clinique clínica kliniek bakery bakkerij shop store
fahrschule autoescuela auto-école autoécole rijschool
sweep sweeps ramoneur deshollinador schoorsteenveger schornsteinfeger tuner
job task note status order todo step
""".split())
"""Venues that chat with their customers under their own noun ("[10:02] Salon: Hi Dana!", "Praxis:
Ihr Termin ..."), and a form's or a log's field words that open a line ("Job: marriage certificate"):
no speaker's name, though the name lists hold some of them as first names."""


def bracketed_speaker(text: str, start: int, end: int) -> bool:
    """A chat speaker written in brackets at the start of a line: an IRC nick ("[21:46:31] <Sian>
    ...") or a name after the speaker's role ("Agente (Marciano): ...", "Agent (Reinhard): ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if text[end : end + 1] == ">" and _IRC_NICK.fullmatch(prefix):
        return True
    if (text[end : end + 2] == "] " and prefix.strip(" \t") == "[" and len(_TAGGED_LINE.findall(text)) >= 2
            and text[start:end].lower() not in not_lone_names()):
        return True  # "[dispatch] you ok??\n[Thérèse] le vélo est tordu": a chat whose lines open with a tag in brackets
    return (_BRACKET_COLON.match(text, end) is not None and _ROLE_THEN_NAME.fullmatch(prefix) is not None
            and text[start:end].lower() not in not_lone_names())  # not "Products (Paris): ..."


_TAGGED_LINE = re.compile(r"(?:^|\n)[ \t]*\[[^\]\n]{1,30}\][ ]\S")
"""A chat line that opens with its speaker or channel in brackets: "[dispatch] sending ...", "[Renske] fiets is ..."."""
_SENT_BEFORE = re.compile(
    r"(?:^|\n|\]|[.!?][ ])[ ]*(?i:(?:i'?ll[ ]|i[ ]will[ ]|we'?ll[ ])?(?:send|sending)|j['’]envoie|je[ ]t['’]envoie|on[ ]envoie|"
    r"(?:te[ ])?mando[ ]a|(?:te[ ])?envío[ ]a|ik[ ]stuur|we[ ]sturen|(?:ich[ ])?schicke|wir[ ]schicken)[ ]$")
"""A dispatcher sending someone, the verb opening a clause: "sending Megan over now", "j'envoie Paul", "mando a
Melania", "ik stuur Fenna", "schicke Udo"."""
_SENT_AFTER = re.compile(r"[ ]?(?:[.!,]|$|\n)|[ ](?i:over|round|along|now|there|tout[ ]de[ ]suite|de[ ]suite|ya|ahora|nu|meteen|sofort|gleich)\b")
"""What ends the name of someone sent: the clause's end, or where and when ("over now", "de suite", "meteen")."""
_COMING_AFTER = re.compile(
    r"[ ](?i:komt[ ]eraan|komt[ ]er[ ]aan|is[ ]onderweg|fährt[ ]gleich[ ]los|fährt[ ]los|ist[ ]unterwegs|kommt[ ]gleich|"
    r"is[ ]on[ ](?:her|his|their|the)[ ]way|is[ ]heading[ ]over|arrive|part[ ]tout[ ]de[ ]suite|est[ ]en[ ]route|"
    r"va[ ]para[ ]allá|va[ ]de[ ]camino|está[ ]en[ ]camino|sale[ ]ya)\b")
"""Someone on their way, said of them by name: "Maurits komt eraan", "Udo fährt gleich los", "Ana va de camino"."""


def dispatched(text: str, start: int, end: int) -> bool:
    """A first name that a dispatcher sends out or says is on the way: "[dispatch] sending Megan over now",
    "[tráfico] mando a Melania", "[centrale] Maurits komt eraan"."""
    return bool((_SENT_BEFORE.search(text, max(0, start - 24), start) and _SENT_AFTER.match(text, end))
                or (_COMING_AFTER.match(text, end) and _CLAUSE_OPENS.search(text, max(0, start - 20), start)))


_CLAUSE_OPENS = re.compile(r"(?:^|\n|\][ ]|[.!?][ ]|,[ ])[ ]*$")
_EXPIRY_AFTER = re.compile(
    r"[ ](?i:caduca|caducó|vence|venció|expira|expiró|expire|expirera|a[ ]expiré|verloopt|vervalt|is[ ]verlopen|"
    r"expires|expired|runs[ ]out|lapses|läuft|ist[ ]abgelaufen|läuft[ ]ab)\b")
_OF_BEFORE = re.compile(r"[^\W\d_][\w'’-]*[ ](?i:de|van|of|von|d['’]|del)[ ]?$")
"""A thing and whose it is, right before a name: "el título de socorrista de Raquel", "het diploma van Johannes"."""
_EXPIRY_BEFORE = re.compile(r"(?i:läuft[ ]ab[ ]bei|abgelaufen[ ]bei|expire[ ]pour|caduca[ ]para|verloopt[ ]voor)[ ]$")
"""Whose document runs out, after the verb: "Rettungsschwimmer Silber läuft ab bei Konrad am ..."."""


def expiring_of(text: str, start: int, end: int) -> bool:
    """Whose certificate, licence or membership runs out: "le PSE1 de Robert expire le ...", "el título de
    socorrista de Raquel caduca el ...", "het Zwemmend Redden-diploma van Johannes verloopt op ...", "Kerry's first
    aid certificate expires", "läuft ab bei Konrad am ..."."""
    return bool((_OF_BEFORE.search(text, max(0, start - 40), start) and _EXPIRY_AFTER.match(text, end))
                or _EXPIRY_BEFORE.search(text, max(0, start - 24), start))


_BARE_TURN = re.compile(r"(?:^|\n)[ \t>]*([A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?)[ ]?:(?=" + _OWN_WORD.pattern + ")")


@lru_cache(maxsize=8)
def bare_turns(text: str) -> tuple[tuple[int, str], ...]:
    """The speakers of a chat pasted without times ("Rita: ik! ...\nElke: top, ..."): each line
    that opens with one or two capitalised words, a colon and a message that starts like one
    (_OWN_WORD), as (start, speaker). Cached for the last few texts: the person detector asks once
    per candidate name, and a chat holds many."""
    return tuple((m.start(1), m.group(1)) for m in _BARE_TURN.finditer(text))


def speaker_label(text: str, start: int, end: int, common: bool) -> bool:
    """`text[start:end]` is a speaker's name at the start of a chat line. With an app tag or a
    timestamp before it any listed first name counts; bare ("Lisa: ok, bis dann") only a common
    first name followed by a message that starts like one."""
    if bracketed_speaker(text, start, end):
        return True
    colon = _SPEAKER_COLON.match(text, end)
    if colon is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if text[start:end].lower() in NON_PERSON_SPEAKERS:
        return False  # "[10:02] Salon: Hi Dana!": the salon's own line
    if text[start:end].lower() in _SELF_LABELS:
        return False  # "[18:44] Du: klar", "[10:02] Ich: ok": the writer's own line, no name
    if prefix.strip(" \t>") == "":
        # bare: not a mail header's "De:", "Van:" (function words the name lists also hold)
        return common and text[start:end].lower() not in function_words() and _OWN_WORD.match(text, colon.end()) is not None
    return _SPEAKER_PREFIX.fullmatch(prefix) is not None


# ------------------------------------------------------------------ signature lines
DEVICE_LINE = re.compile(
    r"(?:sent from my|sent from outlook|get outlook for|von meinem [\w ]{1,20} gesendet|gesendet von meinem|"
    r"envoyé de mon|envoyé depuis mon|enviado desde mi|verzonden (?:vanaf|met|van) mijn|verstuurd vanaf mijn)",
    re.IGNORECASE,
)
_CONTACT_LINE = re.compile(r"[^\n]{0,40}(?:@[\w-]+\.[a-z]{2,}|\+[0-9][0-9 ()-]{6,}|\b(?:tel|phone|mob|mobile|m|t)\b\.?:?[ ]*\+?[0-9])", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"[ \t][-–—][ \t]*$")
_COMMENT_LINE = re.compile(r"[ \t]*(?:#|//|--|;|\*|/\*)")
_ROLE_AFTER = re.compile(r"^[ ]\((?:[a-zß-ÿ][\w .'’-]{0,24})\)")
"""A signer's role in brackets after the name: "- Kevin (your host)", "– Inès (accueil)"."""
_DASHES = re.compile(r"[ \t]*(?:[-–—~]{1,2}[ \t]*)?$")


_PLACE_BEFORE_DASH = re.compile(r"([A-ZÀ-Þ][\w'’-]+)[ \t]+[-–—][ \t]*$")


def _route(text: str, start: int, end: int) -> bool:
    """A place, a dash, a place: a route or a pairing ("Vuelo IB3170 Madrid – Lisboa", "Zug Berlin
    – Hamburg"), not a text signed "... - Brandon"."""
    before = _PLACE_BEFORE_DASH.search(text, max(0, start - 40), start)
    return (before is not None and before.group(1).lower() in not_lone_names()
            and text[start:end].lower() in not_lone_names())


def signature_line(text: str, start: int, end: int) -> bool:
    """The name alone on its line (after an optional dash), the paragraph before it ended, and
    nothing after it but a device line or contact details: how mail and chat are signed. Or the
    name last in the text after a dash: a classified ad's or a text message's "... - Brandon"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    last_line = line_end < 0
    line_end = len(text) if last_line else line_end
    if _ROLE_AFTER.sub("", text[end:line_end]).strip(" \t.!") == "" and _DASH_BEFORE.search(text, max(0, start - 4), start) and (
            last_line or _COMMENT_LINE.match(text, line_start)) and not _route(text, start, end):
        return True  # "... - Brandon" last in the text, "- Kevin (your host)"; "# Passwort kommt später – Emilio" closing a comment
    if line_start == 0 or _DASHES.fullmatch(text, line_start, start) is None:
        return False
    if text[end:line_end].strip(" \t.,!") != "":
        return False
    if text[line_end:].strip() == "" and text.count("\n") >= 1 and text[start:end].lower() not in not_lone_names():
        return True  # the last line of a message, alone: "-u dpierce -p'...'\nAdelina"
    before = text[:line_start].rstrip(" \t")
    if before.endswith("\n\n") or before.rstrip().endswith("--"):
        paragraph_ended = True
    else:
        previous = before.rstrip()
        paragraph_ended = previous[-1:] in (".", "!", "?", ")") or previous == ""
    if not paragraph_ended:
        return False
    rest = text[line_end:].strip()
    if not rest:
        return True
    next_line = rest.split("\n", 1)[0]
    return DEVICE_LINE.search(next_line) is not None or _CONTACT_LINE.match(next_line) is not None


# ------------------------------------------------------------------ mentions
def mention(text: str, start: int, end: int) -> bool:
    """"@Stacie": a chat mention, not the domain of an e-mail address ("x@Stacie.com")."""
    if start < 1 or text[start - 1] != "@":
        return False
    if start >= 2 and not (text[start - 2].isspace() or text[start - 2] in "(,;"):
        return False
    return not (text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum())


# ------------------------------------------------------------------ prose
SUBJECT_VERBS = frozenset("""
is was has had will would can could should must might just also still already never said says told asked asks wrote writes
sent sends called calls emailed texted mentioned confirmed agreed replied needs needed wants wanted thinks thought knows
knew left joined starts started took gave got forgot lost moved flies flew arrives arrived booked paid signed approved
reported noticed found prefers likes works worked lives lived came comes went goes did does made says is's will'll
suggests suggested proposes proposed
hat ist war sagt sagte meint meinte schreibt schrieb ruft rief kommt kam fliegt flog will wollte kann konnte muss musste
braucht fragt fragte wohnt arbeitet bekommt bekam schickt schickte meldet meldete geht ging bringt brachte hatte wird würde
hat's ist's hätte wäre
est était dit disait veut voulait peut pouvait pourra propose suggère arrive arrivera appelle appelait demande demandait cherche habite
travaille vient venait part revient sera aura doit devait envoie envoyé m'a t'a nous a vous a l'a
ha está estaba es era dice dijo propone sugiere no quiere quería puede podrá llega llegó llamó llama pregunta preguntó vive trabaja viene va
tiene tenía debe envió manda mandó se encarga pide pidió
fragt bittet bat kümmert übernimmt
demande s'occupe
vraagt neemt zorgt
heeft is was zegt zei stelt niet belt belde wil wilde kan kon komt kwam vraagt vroeg woont werkt stuurt stuurde gaat ging moet had
wechselt wechselte joins rejoint rejoindra incorpora
spoke talked shared cried sprach erzählte weinte parle raconte pleure habló contó lloró sprak vertelde huilde
""".split())
"""The word right after a lone first name that makes it a sentence's subject ("Elena hat", "Lisa
m'a", "Toribio dijo", "Evelien belde", "Stacie just sent"; a reflexive "se": "Graciana se encarga"; round 68: a
club's new player, "Heinz-Walter wechselt zu uns", "Léa rejoint les U11"; round 74: who spoke or cried in a support group's
notes, "- Mohammad spoke for the first time", "- Greet vertelde over haar zoon")."""
PERSON_BEFORE = frozenset("""
with ask asked tell told ping pinged cc thank thanks booked invited hired interviewed excuse
mit frag fragt fragte sag sagt sagte
avec demande demandé dis dit chez
con pregunta pregúntale dile dijo
met vraag vroeg zeg zei bij
call ring phone text rang phoned called texted anrufen appelle appeler llamar bel bellen belde
""".split())
"""A word right before a lone first name that takes a person ("spoke with Joost", "mit Elena",
"avec Lisa", "con Toribio", "met Evelien", "ask Stacie", "cc Debora"; "chez Suzanne", "bij Anita", at
her home: a place or a brand there is a listed word, "bij Philips" no first name); a call's verb ("please
call Harriet on Monday", "bel Daan even")."""
GERMAN_AUXILIARIES = frozenset("hab habe hast hat haben habt bin ist sind war".split())
"""Sentence-initial in spoken German, before the subject or object: "Hab Elena gerade getroffen"."""
NOT_BEFORE = frozenset("""
the a an this that these those our your their its my his her in at on to from into near via for of by
der die das den dem des ein eine einen einem einer im am zum zur nach aus in bei von vom ins über unser unsere ihr ihre
le la les l un une des du au aux à en de dans vers depuis chez pour par sur notre votre leur
el los las un una unos unas al del en a de desde hacia para por nuestro nuestra su sus
de het een in op naar uit bij van voor aan ons onze hun
company firm brand client supplier vendor partner project product app tool model hotel restaurant shop store
firma unternehmen marke kunde lieferant partner projekt produkt
société entreprise marque fournisseur partenaire projet produit
empresa compañía marca proveedor socio proyecto producto
bedrijf merk leverancier partner project product
""".split())
"""Words before a capitalised word that make it a place, a brand or a thing ("in Florence",
"the Mercedes fleet", "nach Madrid", "à Paris", "el Santander", "naar Breda")."""
_LIST_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]*,?[ ]+(?:and|und|et|y|en|e|&)[ ]+$|[A-ZÀ-Þ][\w'’-]*,[ ]+$")
"""A capitalised word and a conjunction or comma before: one of a list of names, which is as
often a firm's partners as people ("Ferguson, Davis and Kim signed")."""
_LIST_AFTER = re.compile(r",?[ ]+(?:and|und|et|y|en|e|&)[ ]+[A-ZÀ-Þ]|,[ ]*[A-ZÀ-Þ][\w'’-]*(?:,|[ ]+(?:and|und|et|y|en|e|&)[ ]+)")
FOR_A_PERSON = frozenset("for para voor aan an für pour von door by par por van of".split())
_ENDS_A_HEADING = re.compile(r"[ ]?(?::[ ]|:$|\.$|\.[ ]*\n)")
_LAST_WORD = re.compile(r"[ \t]*[.!]?[ \t]*\n?")
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.)]|[-*•–])[ \t]+$")
_LIST_ITEM_AFTER = re.compile(r",[ ]*[0-9]{1,2}\b|[ ]+\(|[ ]+[–—-][ ]+\+?[0-9(]|[ ]?:[ ]+[a-zß-ÿ]|,[ ]+[a-zß-ÿ]|[ ]to[ ][a-z]")
"""A list item that opens with a first name, then an age, a note in brackets, a phone number, a
task after a colon ("- Marcelle : caisse"), a comment after a comma ("- Mark, can only do the
ceremony") or an action ("- Jeffrey to circulate the forecast")."""
ARTICLES = frozenset("the a this our your der die das ein eine le la les un une el los las una het een".split())
"""Determiners before a name-like word that make it a thing ("the Mercedes (info@...)"). Not "an":
German "an" means "to" ("Fragen an Hubert (hubert@...)")."""
_ADDRESSED = re.compile(r",[ ]+[a-zß-ÿ¿¡]|[ ]+[-–—][ ]+[a-z]")
"""Addressed at the start: "Lucía, por favor ...", "William - the courier rang twice"."""
_PARAGRAPH_START = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*$")
"""The start of the text or of a paragraph: where a message addresses its reader by name."""
_KIN_IN_BRACKETS = re.compile(r"[ ]\((?:[a-zß-ÿ]+[ ])?([A-Za-zÀ-ÿ]+)\)")
"""A kinship or role word in brackets after a first name: "Frederic (Tochter)", "Lucas (son fils)"."""
_CAPITAL_NEXT = re.compile(r"[ ]+[A-ZÀ-Þ0-9]")
_POSSESSIVE = re.compile(r"['’]s[ ]+([a-z]+(?:-[a-z]+)*)")
EPONYM_NOUNS = frozenset("""
law laws theorem principle disease syndrome razor paradox constant equation equations lemma conjecture inequality
hypothesis criterion rule effect number numbers triangle distribution algorithm formula
""".split())
"""Nouns that a famous name's possessive makes a thing: "Murphy's law", "Parkinson's disease"."""
ANIMAL_YOUNG_NOUNS = frozenset("litter litters pups puppies kittens foal foals calf calves lambs cubs piglets".split())
"""What only an animal has: "Queenie's litter of seven", "Bella's pups"; the name is a dam's, not a person's."""
_NEXT_WORD = re.compile(r"[ ]+([\w'’]+)")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[ \t]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][ \t]+|\n[ \t]*|[\"“«(¿¡][ \t]*|(?:[ ]|(?:^|\n)[ \t]*)[–—-][ \t]+)$")
_GREETED_GROUP = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:liebe|lieber|dear|hi|hello|hey|hallo|moin|chers|chères|bonjour|salut|queridos|queridas|estimados|"
    r"estimadas|hola|buenas|beste|lieve|geachte|hoi)[ ]+)?(?i:eltern|kollegen|kolleginnen|zusammen|allerseits|parents|colleagues|"
    r"all|everyone|everybody|folks|team|families|familles|collègues|à[ ]tous|à[ ]toutes|tout[ ]le[ ]monde|padres|familias|"
    r"compañeros|a[ ]todos|a[ ]todas|equipo|ouders|collega's|allemaal|iedereen)[ ]?,[ ]+$")
"""A greeting to a group (round 68: or the group's word alone, "Familias, Perla se incorpora ..."), then a comma, on
the line before a name: the sentence about someone opens there ("Liebe Eltern, Gregor hatte heute ...", "Dear parents,
Maya was ...", round 60: "Hoi allemaal, Astrid kreeg
een tik", "Hallo zusammen, Jonas hat ...", "Hola a todos, Lucía se ha ...")."""
_STILL_WORDS = frozenset("still todavía aún toujours n hat heeft ha nog noch immer sigue".split())
"""The word after a list item's subject in a chase list: "- June still hasn't returned the tunic", "- Heriberto
todavía no ha devuelto ...", "- Denise n'a toujours pas rendu ...", "- Dolores hat die alte Jacke ...", "- Job heeft de
oude jas nog steeds niet ingeleverd"."""
_BULLET_START = re.compile(r"(?:^|\n)[ \t]*[-*•–][ \t]+$")
"""A bullet's mark before a word: a summary's item ("- Aicha vraagt om een creditnota")."""


FORMS_OF_ADDRESS = frozenset(
    "doktor doktorin professor professorin pfarrer pfarrerin direktor direktorin magister kollege kollegin "
    "doctor doctora profesor profesora director directora licenciado licenciada "
    "docteur professeur directeur directrice maître "
    "dokter professor pastoor pastor dominee meester juffrouw voorzitter "
    "chair chairman chairwoman speaker president mayor reverend vicar".split())
"""Round 63: a rank or an office that a title addresses in place of a surname ("Hallo Frau Doktor", "Sehr geehrter
Herr Professor", "Señor Director", "Monsieur le Directeur", "Beste meneer pastoor", "Madam Chair"): not a name."""


_OF = frozenset("of de du des del von vom van au aux".split())
"""A preposition right after a capitalised word makes it a noun's head, not a subject: "Cas de
test", "Rosa de los vientos", "Santé au travail" (round 60)."""


_SAYS = frozenset("""
says said writes wrote asks asked answers replied sagt schreibt schrieb fragt antwortet dit écrit demande répond
dice escribe pregunta responde zegt schrijft vraagt antwoordt
""".split())
"""Verbs that introduce what a person says: "Anna writes: ..." is still a person's line."""
_CLITIC_VERB = re.compile(r"[ ]+(?:la|le|les|lo|los|las|lui|leur|l['’]|se|s['’])[ ]?[a-zà-ÿ]{3,}[ ,.;]")
"""French and Spanish object pronouns before a verb ("la corrige", "lo corregirá", "l'envoie"): after a
clause-opening first name, its subject, though "la"/"le" read as articles elsewhere."""
_BARE_PARTICIPLES = ("é", "és", "ado", "ados", "ido", "idos")
"""French and Spanish past participles: after a first name without "a"/"est"/"ha" they make no verb."""


_CONTRACTIONS_UNMARKED = frozenset("im ive ill".split())
"""Round 67: "I'm" written without its apostrophe before a number ("... ACT, 0968, Im on 150.039.0927"): the writer,
not a first name "Im"."""


def prose_subject(text: str, start: int, end: int, word: str, common: bool = True, weak_cues: bool = True) -> bool:
    """A lone first name in running text that the words around it make a person. `common`: the
    name ranks among the most common first names (only those open a sentence as its subject
    without a verb the lists know). `weak_cues`: whether more than the strong cues (a word that
    takes a person before it, contact details after it) may decide."""
    lowered = word.lower()
    before = text[max(0, start - 40) : start]
    previous = _PREVIOUS_WORD.search(before)
    previous_word = previous.group(1) if previous else ""
    greeted = _GREETED_GROUP.search(before) is not None
    sentence_start = greeted or at_sentence_start(before)
    if (common and lowered not in not_lone_names() and _LIST_ITEM_BEFORE.search(before)
            and _LIST_ITEM_AFTER.match(text, end)):
        return True  # "1. Alexander, 22, studeert bouwkunde – ...", "3. Mia (Elternteil von ...) – 0..."
    if sentence_start and lowered in function_words():
        return False  # "Si puede", "Will you", "Per e-mail": a capitalised function word
    if lowered in FORMS_OF_ADDRESS:
        return False  # "Hallo Frau Doktor,", "Dear Madam Chair", "Beste meneer Pastoor": a rank as a form of address
    if (not greeted and _LIST_BEFORE.search(before)) or _LIST_AFTER.match(text, end):
        return False  # "Meeting with Gill, Foster and Turner", "Davis and Kim signed": partners of a firm as often
    # strong cues first: they make even a place-like or word-like name a person
    # ("votre enfant Claire", "Telefonat mit Santiago", "bij Wendy (wendy@...)", "spoke to Martin")
    if previous_word and not sentence_start and _takes_a_person(before, previous_word, word):
        # the name ends there: "with Joost yesterday", not "by Travis CI" or "with Shannon Entropy"
        return text[end : end + 1] in ("", " ", ",", ".", "!", "?", "\n", ")", ";", ":") and not _CAPITAL_NEXT.match(text, end)
    if (contact_after(text, end, loose=lowered not in not_lone_names()) and previous_word.lower() not in ARTICLES - {"a"}
            and lowered not in _CONTRACTIONS_UNMARKED):
        return True  # "contact Adélaïde (brigitte65@...)", "contact James on +61 ...": contact details follow
    kin = _KIN_IN_BRACKETS.match(text, end)
    if kin is not None and kin.group(1).lower() in PERSON_ROLE_BEFORE:
        return True  # "mitversichert: Frederic (Tochter)", "Lucas (son fils)", "3. Mark (grandmother) - +44 ..."
    verb = _NEXT_WORD.match(text, end) if greeted else None
    if verb is not None and verb.group(1).lower() in SUBJECT_VERBS and lowered not in not_lone_names():
        return True  # "Liebe Eltern, Mathilda hat heute ...": the sentence about a child after a group's greeting
    if lowered in not_lone_names() or not weak_cues:
        return False  # "Paris is", "Hope this helps", "Grace period": a place or a word far more often
    possessive = _POSSESSIVE.match(text, end)
    if possessive:
        # "Stacie's flight", "to Steven's own inbox"; not "Murphy's law", "Occam's razor"
        return possessive.group(1) not in EPONYM_NOUNS and possessive.group(1) not in ANIMAL_YOUNG_NOUNS
    if previous_word.lower() in FOR_A_PERSON and _ENDS_A_HEADING.match(text, end):
        return True  # "Sugerencia de estilo para Emilia:", "Actiepunt voor Mathijs:", "gecontroleerd door Nina."
    if _LAST_WORD.fullmatch(text, end) and sentence_start and common:
        return True  # "Mon numéro : 01 53 72 55 40. Thérèse": a name signing the text
    if previous_word.lower() in NOT_BEFORE and not sentence_start:
        return False
    if german_auxiliary_object(text, start, end):
        return True
    if (sentence_start and (common or _PARAGRAPH_START.search(before) is not None) and _ADDRESSED.match(text, end)
            and " " in text[end:].split("\n", 1)[0].strip(" ,")):  # not a heading: "Farmacia, dispensación"
        return True  # "Dulce, por favor no reenvíes ...", "\n\nNélida, te paso el borrador": addressed at the start
    if common and sentence_start and _CLITIC_VERB.match(text, end):
        # "...encore « confidentiel » ; Clémence la corrige", "; Ramón lo corregirá", "... su padre. Pastora la
        # cubre.": the clause's subject
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    following = nxt.group(1)
    if not following[:1].islower():
        return False
    if sentence_start and common and following.lower() not in ARTICLES and following.lower() not in _OF and not (
            text[nxt.end(1) : nxt.end(1) + 1] == ":" and following.lower() not in _SAYS) and not (
            len(following) > 3 and following.lower().endswith(_BARE_PARTICIPLES)):
        # a common first name opening a sentence or a clause, then a lower-case word: its subject
        # ("Ligia pedirá tres presupuestos", "Armin holt drei Angebote ein", "Liz doet mee"); not a
        # field's key ("Red flags: three previous claims") nor a noun before a bare participle, which
        # a subject does not take without its auxiliary ("Manuel conseillé : ISBN ...")
        return True
    if _BULLET_START.search(before) and len(following) > 1 and (following.lower() in SUBJECT_VERBS
                                                               or following.lower() in _STILL_WORDS):
        return True  # "• Roberta pide que ...", "- Aicha vraagt om ...": a summary's item opens with who did what
    if ("-" in word or not common) and _ITS_IN_CLAUSE.match(text, end):
        return False  # "Stewart-Howard has issued firmware 1.2 for its monitor": a firm, which English calls "it"
    return following.lower() in SUBJECT_VERBS and (sentence_start or (previous_word[:1].islower() and previous_word.isalpha())
                                                    or before.rstrip(" ").endswith(","))  # "section 4, Gabriel propose"


_ITS_IN_CLAUSE = re.compile(r"(?:[^.!?;\n]|\.(?=\w)){0,60}[ ]its[ ]")
"""Round 63: "its" in the clause that a double-barrelled or surname-like subject opens: a firm's clause ("Stewart-Howard has recalled
its kettles"); a person's takes "his", "her" or "their"."""


PERSON_DETAILS = (
    r"[ ]?[(,][ ]?(?i:nhs|mrn|dob|d\.o\.b|born|geb|geboren|né|née|nacid[oa]|passport|passeport|pasaporte|reisepass|"
    r"demeurant|domicilié|domiciliée|wohnhaft|residing|domiciliad[oa]|vecin[oa] de|wonende|"
    r"(?:con|with|mit|avec|met)[ ](?:el[ ]|le[ ]|dem[ ]|het[ ]|su[ ]|son[ ]|seinem[ ]|ihrem[ ]|zijn[ ]|haar[ ])?"
    r"(?:pasaporte|passport|reisepass|pass|passeport|paspoort|dni|nie|nif|bsn)|"
    r"paspoort|ssn|bsn|dni|nie|nif|(?:con[ ])?fecha de nacimiento|f\.[ ]?nac|date of birth|date de naissance|"
    r"geburtsdatum|geboortedatum|mayor de edad|majeure?|volljährig|meerderjarig|of full age|pat\.?[ -]?nr|pat\.?[ ]?no|"
    r"patient(?:en)?-?(?:nummer|nr)|patiënt(?:en)?(?:nummer|nr)|hosp(?:ital)?\.?[ ]no|unit[ ]no|fall-?nr|nhc|"
    r"n[°º][ ]?(?:patient|dossier|historia)|\*[ ]?[0-9]{1,2}[./])\b"
    # round 56: a child's age in brackets, "Reiterin: Carolina (10 Jahre)", "Jinete: Esperanza (12 años)"
    r"|[ ]?\([ ]?[0-9]{1,2}[ ](?i:years?(?:[ ]old)?|yrs|y/o|jahre(?:[ ]alt)?|ans|años|jaar)[ ]?\)")
"""A person's particulars after a comma or in brackets right after a name: a birth date, the legal
age, an identity document or a record ("Epifanio, con fecha de nacimiento ...", "Azeneth Espinosa,
mayor de edad, con NIE ...", "Rouven Höfig (geb. ...)", "Hildburg Klemt (Pat.-Nr. ..., * 04.04.1956)"); round 56: a child's age in
brackets ("Ruiter: Vigo (8 jaar)")."""
_CONTACT_AFTER = re.compile(
    r"[ ]?[(<][ ]?[\w.+-]+@[\w-]+\.|[ ]+(?:at|on|via|an|à|a|op|unter)[ ]+[\w.+-]+@[\w-]+\.|(?:(?:[ ]\([^()\n]{1,30}\))?[ ]+(?:on|at|au|op|unter|al|en|via|:)[ ]+(?=[+(0-9])|(?P<loose>[ ]?,[ ]*(?:(?i:mob|mobile|cell|tel|tél|phone|handy|mobil|móvil|movil|tfno|portable|gsm|mobiel)\.?:?[ ]+)?|[ ]+[–—-][ ]+|[ ]?\((?=[+(0-9])))(?P<number>[+(0-9][0-9 ()./-]{6,}[0-9])"
    r"|" + PERSON_DETAILS)
"""Contact details right after a name: an address in brackets, or a phone number after "on", a
colon, a comma, a dash or an opening bracket ("Nancy, 0553-581406", "Marguerite – 0468647882",
"Anny ((016)-1352939)"), also with the phone's label after the comma ("Trevor, mob +44 ...",
"Leonardo, Handy 0555 ...", "Inés, móvil 612 ...")."""
_DATE_START = re.compile(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}")


def contact_after(text: str, end: int, loose: bool = True) -> bool:
    """An e-mail address in brackets or a phone number (8+ digits, not a date) right after `end`.
    `loose`: whether a comma, a dash or a bracket may stand before the number (a name that is a
    place, "Paris, 01 44 55 66 77", takes only "on", "at" or a colon)."""
    m = _CONTACT_AFTER.match(text, end)
    if m is None or (not loose and m.group("loose") is not None):
        return False
    number = m.group("number")
    return number is None or (sum(c.isdigit() for c in number) >= 8 and _DATE_START.match(number) is None)
PERSON_ROLE_BEFORE = frozenset("""
child son daughter wife husband mother father brother sister colleague kid boy girl cousin nephew niece grandson granddaughter
grandmother grandfather grandma grandpa grandad großmutter großvater grand-mère grand-père abuela abuelo
grootmoeder grootvader
birthday geburtstag anniversaire cumple cumpleaños verjaardag
kind sohn tochter frau mann mutter vater bruder schwester kollege kollegin enkel enkelin neffe nichte
enfant fils fille femme mari mère père frère sœur collègue neveu nièce
hijo hija esposa esposo marido madre padre hermano hermana colega nieto nieta sobrino sobrina
zoon dochter vrouw moeder vader broer zus collega kleinzoon kleindochter neef nicht
tante onkel oma opa uncle aunt tía tío oncle oom
agent agente operator operador opérateur opératrice webshopbeheerder beheerder
nurse midwife paramedic carer complainant witness krankenschwester pflegerin pfleger hebamme zeugin zeuge
infirmière infirmier sage-femme témoin plaignante plaignant enfermera enfermero matrona testigo denunciante
verpleegkundige verloskundige getuige melder
hygienist dentist physio physiotherapist dh dentalhygienikerin dentalhygieniker zahnärztin zahnarzt physiotherapeutin physiotherapeut
hygiéniste dentiste kiné kinésithérapeute higienista dentista fisioterapeuta mondhygiënist mondhygiëniste tandarts fysiotherapeut
patient patientin patiente patiënt patiënte paciente assistent assistentin linienrichter linienrichterin pt pat pac
""".split())
"""Kinship and role nouns before a first name ("your child Anne", "Kollegin Lisa", "votre enfant
Anne", "su hija Lucía", "onze zoon Daan", a practice's staff: "bei DH Jaroslav", "bij mondhygiënist
Younes", "con la higienista Jenny"); German capitalises them. A birthday's too: "cena cumple
Pascuala", "Geburtstag Lena"."""
MESSAGE_NOUNS = frozenset("""
comment comments note message mail email e-mail letter call visit reply review request question
kommentar notiz nachricht brief anruf rückruf besuch antwort frage anfrage
commentaire note message courriel lettre appel visite réponse question demande
comentario nota mensaje correo carta llamada visita respuesta pregunta solicitud
opmerking reactie notitie bericht brief telefoontje bezoek antwoord vraag verzoek
number nummer handynummer telefonnummer rufnummer numéro número telefoonnummer address adresse dirección adres
thanks regards greetings grüße compte account konto cuenta handover übergabe relevo passation overdracht
comments kommentare commentaires comentarios opmerkingen
reminder erinnerung rappel recordatorio herinnering
relecture revisión revisie korrektur corrección correction proofreading nakijkronde
tikkie betaalverzoek bizum
birthday geburtstag anniversaire cumple cumpleaños verjaardag
""".split())
"""Messages, questions, reviews, payment requests and birthdays whose person follows "from",
"von", "de", "van", "by": "Kommentar von Emmanuel", "comentario de Desiderio", "Opmerking van
Jolien", "Relecture de Marcelle :", "Tikkie van Wout", "verjaardag van Daan"."""
APPOINTMENT_NOUNS = frozenset("""
appointment check-up checkup termin kontrolltermin untersuchung rdv rendez-vous contrôle cita consulta revisión
afspraak controle beugel beugelcontrole
""".split())
"""Someone's appointment, before "of", "for", "für", "de", "para", "van", "voor": "Kontrolltermin für Alfredo
am ...", "rdv de contrôle de Sophie le ...", "controle beugel van Stefan op ..."."""
HOME_NOUNS = frozenset("""
home house flat apartment haus wohnung domicile appartement maison casa piso vivienda domicilio huis woning
""".split())
"""Where someone lives, before "of", "von", "de", "van": "la vivienda de Vidal", "de woning van Anita"."""
BELONGING_NOUNS = frozenset("""
mother father mum mom dad parents sister brother wife husband son daughter grandmother grandfather
birthday trip bag backpack coat jacket lunchbox homework report appointment vaccination
mutter vater mama papa eltern schwester bruder frau mann sohn tochter oma opa
geburtstag ausflug tasche rucksack jacke brotdose hausaufgaben zeugnis termin impfung
mère père maman papa parents sœur soeur frère femme mari fils fille grand-mère grand-père
anniversaire sortie excursion sac cartable veste manteau devoirs bulletin rendez-vous vaccin
madre padre mamá papá padres hermana hermano mujer marido esposa esposo hijo hija abuela abuelo
cumpleaños excursión salida mochila chaqueta abrigo deberes notas cita vacuna
authorisation authorization permission consent autorisation inscription autorización autorizaciones inscripción
einverständniserklärung anmeldung toestemming toestemmingsformulier inschrijving
moeder vader mama papa ouders zus broer vrouw man zoon dochter oma opa
verjaardag uitstapje schoolreisje tas rugzak jas broodtrommel huiswerk rapport afspraak vaccinatie
""".split())
"""A person's kin, belongings and occasions before "of", "von", "de", "van": what follows is a
person ("la excursión de Gaspar", "de gymtas van Sarah", "die Mutter von Lisa")."""
_BELONGING_ENDINGS = ("tas", "tasche", "jas", "jacke", "rucksack", "rugzak", "mochila")
"""German and Dutch compounds of those nouns: "gymtas", "Sporttasche", "regenjas"."""


def belonging(noun: str) -> bool:
    """`noun` (lower-case) names a person's kin, belonging or occasion."""
    noun = noun.replace("’", "'").rsplit("'", 1)[-1]  # "l'autorisation"
    return noun in BELONGING_NOUNS or any(noun.endswith(e) and len(noun) >= len(e) + 3 for e in _BELONGING_ENDINGS)


_ASKING_FOR = frozenset("calling asking looking waiting called asked".split())
"""Before "for": whoever a call or a visit is for ("calling for Kenneth", "asked for Priya")."""
_TELLING = frozenset("""
spoke talked speak talk wrote write sent send reply replied handed forwarded assigned gave give passed explained
mentioned introduced
""".split())


_TO_A_PERSON = frozenset("to à a an aan naar".split())
QUESTION_NOUNS = frozenset("question questions frage fragen duda dudas pregunta preguntas vraag vragen".split())
"""Questions go to a person: "Questions à Charlotte.", "Fragen an Hubert", "Dudas a Elisabet."."""


def _prior_word(before: str, previous_word: str) -> str:
    """The word before `previous_word`, which ends `before`, lower-cased ("" when none)."""
    earlier = _PREVIOUS_WORD.search(before[: len(before.rstrip()) - len(previous_word)])
    return earlier.group(1).lower() if earlier else ""


_MADE_BY_A_FIRM = frozenset("""
printed imprimé imprimée imprimés imprimées impreso impresa impresos impresas gedruckt gedrukt manufactured fabriqué
fabriquée fabriqués fabriquées fabricado fabricada fabricados hergestellt vervaardigd supplied fourni fournie fournis
suministrado suministrada geliefert geleverd
""".split())
"""Round 60: participles of what a firm does for a customer (print, make, supply): the name after "by" is a firm's,
as often as not a family name ("Affiche réf. ... imprimée par Moreau", "Gedruckt bei/von Zimmer")."""


def _takes_a_person(before: str, previous_word: str, word: str = "") -> bool:
    """The word before a lone first name takes a person: "with", "mit", "avec", "con", "met",
    "ask", "cc"; "spoke to", "sent to"; "added by", "signed by"; a kinship or role noun."""
    lowered = previous_word.lower()
    if lowered in PERSON_ROLE_BEFORE:
        return True
    if lowered in _TO_A_PERSON and _prior_word(before, previous_word) in QUESTION_NOUNS:
        return True  # "Questions à Charlotte.", "Vragen naar Alex.": whoever answers, even a place-like name
    if not previous_word[:1].islower() or word.lower() in not_lone_names():
        return False  # "with Shannon entropy", "by Travis CI": a word or a place, not a person
    if lowered in PERSON_BEFORE:
        return True
    if lowered == "for" and _prior_word(before, previous_word) in _ASKING_FOR:
        return True  # "calling for Kenneth", "asked for Priya"
    if lowered in ("of", "for", "für", "de", "para", "van", "voor") and _prior_word(before, previous_word) in APPOINTMENT_NOUNS:
        return True  # "Kontrolltermin für Alfredo am ...", "rdv de contrôle de Sophie le ...": whose appointment
    if lowered in ("to", "by", "von", "de", "par", "por", "door", "van", "from", "of"):
        prior = _prior_word(before, previous_word)
        if prior in MESSAGE_NOUNS:
            return True  # "Kommentar von Emmanuel", "commentaire de Étienne", "Tikkie van Wout"
        if lowered in ("de", "von", "van", "of") and (prior in HOME_NOUNS or belonging(prior)):
            return True  # "la vivienda de Vidal", "de woning van Anita", "la excursión de Gaspar", "de gymtas van Sarah"
        if lowered == "to":
            return prior in _TELLING
        if lowered in ("by", "von", "par", "por", "door", "from"):
            if prior in _MADE_BY_A_FIRM:
                return False  # "Affiche imprimée par Moreau", "geliefert von Zimmer": a printer's or a supplier's firm
            # "added by Kate", "Gemeldet von Rebecca", "partagé par Robert", "gevonden door Daan"
            return prior.endswith(("ed", "en", "ne", "et", "é", "ée", "do", "da", "kt", "pt", "st", "ta", "to"))
    return False


def at_sentence_start(before: str) -> bool:
    """Whether a word right after `before` opens a sentence or a clause: at the start, after a
    line break, after ".", "!", "?", ":" or ";" (not the full stop of an abbreviation: "St.
    Martin", "Dr. Roig"), after an opening quote or bracket, or after a dash."""
    m = _SENTENCE_START.search(before)
    if m is None:
        return False
    return not (before[m.start() : m.start() + 1] == "." and ends_abbreviation(before, m.start()))


def german_auxiliary_object(text: str, start: int, end: int) -> bool:
    """"Hab Elena gerade getroffen": a sentence-initial auxiliary, then the name, then a lower-case
    word (the participle or an adverb)."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if previous is None or previous.group(1).lower() not in GERMAN_AUXILIARIES:
        return False
    if _SENTENCE_START.search(text[max(0, previous.start() - 4) : previous.start()]) is None and previous.start() != 0:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1)[:1].islower()


def build_function_words(path: Path = FUNCTION_WORDS_FILE) -> int:
    """(Re)write data/function_words.txt from spaCy's stop-word lists of the five languages."""
    import importlib

    import spacy

    words: set[str] = set()
    for lang in ("en", "de", "fr", "es", "nl"):
        words |= {w.lower() for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}
    kept = sorted(w for w in words if " " not in w)
    header = (
        f"# Function words (stop words) of English, German, French, Spanish and Dutch: spaCy {spacy.__version__}'s\n"
        "# spacy/lang/{en,de,fr,es,nl}/stop_words.py (MIT), lower-cased, one per line. The person detector\n"
        "# uses them so that a sentence-initial capitalised function word that is also a listed first name\n"
        '# ("Si", "Per", "Will", "Ja") is not read as a lone first name. Regenerate with\n'
        "# `python -m workloads.guard.person_cues build` (needs spaCy; the guard itself does not).\n"
    )
    path.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    return len(kept)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["build"]:
        print("usage: python -m workloads.guard.person_cues build", file=sys.stderr)
        sys.exit(2)
    print(f"{build_function_words()} words written to {FUNCTION_WORDS_FILE}")


_ESCORT_BEFORE = re.compile(
    r"(?i:\b(?:(?:llevar|llevo|lleva|llevas|llevamos|llevan|recoger|recojo|recoges|recoge|recogemos|traer|traigo|trae|"
    r"acompañar|acompaño|acompaña|buscar|busco|busca)[ ]a|"
    r"(?:take|taking|drive|driving|drop|dropping|pick[ ]up|picking[ ]up|collect|collecting)|"
    r"(?:emmener|emmène|emmènes|déposer|dépose|déposes|récupérer|récupère|récupères))[ ])$")
_ESCORT_AFTER = re.compile(
    r"[ ](?:a|al|a[ ]la|to|from|at|off|à|au|aux|chez|à[ ]la)[ ]"
    r"|[ ](?:zum|zur|vom|von[ ]der|naar|van)[ ][\w-]+[ ](?:bringen|fahren|abholen|holen|brengen|rijden|halen|ophalen)\b")
"""Someone taken somewhere or picked up: "no puedo llevar a María a piano", "can't take Emma to swimming", "je
dépose Julie à l'école", "Lena zum Klavier bringen", "Daan naar hockey brengen"."""


def escorted(text: str, start: int, end: int) -> bool:
    """A first name that a parent or a driver takes somewhere or picks up: the verb before it (Spanish with
    its personal "a") and where to after it; German and Dutch say only where, then the verb."""
    after = _ESCORT_AFTER.match(text, end)
    if after is None:
        return False
    return _ESCORT_BEFORE.search(text, max(0, start - 24), start) is not None or after.group(0).split()[0] in (
        "zum", "zur", "vom", "von", "naar", "van")


_PAYMENT_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:verwendungszweck|zahlungsreferenz|betreff|reference|payment[ ]reference|ref|communication|libellé|motif|"
    r"concepto|referencia|mededeling|omschrijving|kenmerk)[ ]?:[ ]*)(?:[\w.-]+[ ]){1,3}$")
"""A payment's reference and the words that say what for, right before a name: "Verwendungszweck: Unterricht
Barbara", "Concepto: clases de piano Lucía", "Mededeling: les Emma"."""


def paid_for(text: str, start: int, end: int) -> bool:
    """A first name that ends a payment's reference: whom the payment is for ("Verwendungszweck: Unterricht
    Barbara", "reference: piano lessons Tom.")."""
    return (_PAYMENT_REFERENCE_BEFORE.search(text, max(0, start - 60), start) is not None
            and re.match(r"[ ]?(?:[.,;)]|$|\n)", text[end : end + 2]) is not None)


_TODO_BEFORE = re.compile(r"\b(?:TODO|FIXME|XXX|HACK)[ ]?(?:\(|@|[ ])$")
_TODO_AFTER = re.compile(r"\)?[ ]?:")
"""A code comment's task and whom it is for: "# TODO Liam: move this", "// FIXME(peter): ...", "TODO @Suzanne:"."""
_SIGNER_BEFORE = re.compile(
    r"(?i:\b(?:sign(?:ed)?(?:[ ]it)?[ ](?:from|as|by)|firma(?:do|da)?[ ](?:como|por)|firmarlo[ ]como|onderteken(?:d)?[ ](?:met|als|door)|"
    r"signe[ ](?:par|comme|avec)|signé[ ]par|signer[ ](?:par|comme|avec)|unterschreib(?:e|en|t)?[ ](?:als|mit)|unterzeichnet[ ]von)[ ])$")
"""Whom a text is to be signed as or from: "Sign it from Keith rather than ...", "Firma como Tatiana, secretaria",
"Onderteken met Roos namens het bestuur", "unterschreib mit Jana"."""


def task_or_signer(text: str, start: int, end: int) -> bool:
    """A first name that a code comment's task is for ("# TODO Liam: ...") or that a text is to be signed as
    ("Sign it from Keith", "Firma como Tatiana,")."""
    return bool((_TODO_BEFORE.search(text, max(0, start - 8), start) and _TODO_AFTER.match(text, end))
                or (_SIGNER_BEFORE.search(text, max(0, start - 24), start)
                    and re.match(r"[ ]?(?:[.,;:)]|$|\n)|[ ](?:rather|instead|namens|im[ ]namen|au[ ]nom|en[ ]nombre|on[ ]behalf)\b",
                                 text[end : end + 12])))


_ACCOUNT_BEFORE = re.compile(
    r"(?i:\b(?:account|compte|cuenta|konto|benutzerkonto|benutzer|user|gebruiker|utilisateur|usuario|useradd|adduser)\b"
    r"[^'\"\n]{0,24})['\"]$")
"""A user account's name in quotes after the account's word: "création du compte 'Corinne' impossible", "useradd
failed for 'Alberto'", "no se pudo crear la cuenta 'Etelvina'", "account 'Sandra' aanmaken mislukt"."""


def account_name(text: str, start: int, end: int) -> bool:
    """A first name that is a user account's name, in quotes after the account's word: a person's login."""
    return text[end : end + 1] in ("'", '"') and _ACCOUNT_BEFORE.search(text, max(0, start - 40), start) is not None


_CARD_SIGNER_BEFORE = re.compile(
    r"(?:[ ][-–—][ ]|(?i:\b(?:love[ ]from|with[ ]love[ ]from|all[ ]our[ ]love,|liebe[ ]grüße[ ]von|in[ ]liebe,?|deine[ ]|dein[ ]|"
    r"de[ ]la[ ]part[ ]de|avec[ ]tout[ ]notre[ ]amour,?|con[ ]cariño[ ]de|tus[ ]|liefs[ ]van|veel[ ]liefs,?|je[ ])[ ]?))$")
_CARD_SIGNER_AFTER = re.compile(
    r"(?:[ ](?:und|and|et|y|en|&)[ ](?i:familie|family|famille|familia|the[ ]kids|die[ ]kinder|les[ ]enfants|los[ ]niños|"
    r"de[ ]kinderen|kinder|kids|enfants|hijos|kinderen))?[ ]?[\"'’”“»«]")
"""A card's, a wreath's or a ribbon's text signed at its end, inside its quotes: "„In stiller Trauer - Natalie und
Familie“", "'Rust zacht, lieve buurman - Luca'", "'Rest easy Grandad, love from Howard and the kids'"."""
_OPENING_QUOTE = re.compile(r"[\"'‘“„«][^\"'’”“»\n]{3,120}$")


def card_signer(text: str, start: int, end: int) -> bool:
    """A first name that signs a card's or a ribbon's quoted text, at its end: after a dash or "love from", before
    the closing quote (and the family with them)."""
    return (_CARD_SIGNER_AFTER.match(text, end) is not None and _CARD_SIGNER_BEFORE.search(text, max(0, start - 30), start) is not None
            and _OPENING_QUOTE.search(text, max(0, start - 140), start) is not None and text_mentions(_CARD_TEXT, text))


_CARD_TEXT = re.compile(
    r"(?i:\b(?:card|cards|ribbon|wreath|inscription|dedication|karte|kärtchen|schleife|schleifentext|kranz|widmung|carte|"
    r"ruban|couronne|dédicace|tarjeta|cinta|corona|dedicatoria|kaart|kaartje|lint|linttekst|krans|opdracht)\b)")
"""Words of a card's, a wreath's or a ribbon's order: a quoted text signed at its end is the sender's message there."""


_ASKED_BEFORE = re.compile(
    r"(?i:\b(?:bitte|bitten[ ]sie)|\b(?:demander|demandez|demande)[ ]à|\b(?:pedir|pide|pídele|pedidle)[ ]a|\b(?:vraag|vragen))[ ]$")
_ASKED_AFTER = re.compile(r"[ ](?:um[ ]|de[ ]|d['’]|que[ ]|om[ ])")
"""Whom a note asks to do something: "bitte Margrit um Änderung bitten", "demander à Lisa de reformuler", "pedir a
Jon que lo cambie", "vraag Sanne om een nieuwe tekst"."""
_STILL_HAS_IT = re.compile(
    r"[ ](?:still[ ]has[ ](?:it|them)|hat[ ](?:sie|ihn|es)[ ]noch|heeft[ ](?:hem|het|ze)[ ]nog|l['’]a[ ]encore|les[ ]a[ ]encore)\b")
_HAS_IT_BEFORE = re.compile(r"(?i:\b(?:la|lo|los|las)[ ]tiene)[ ]$")
"""Who still has a borrowed thing: "NEIN, Hans-Peter hat sie noch", "NON, Alice l'a encore", "NEE, Daniël heeft hem
nog", "NO, la tiene Cirino", "Jack still has it"."""


_REPORT_TO_BEFORE = re.compile(r"(?i:\b(?:rechtzeitig[ ]|bitte[ ]|vorher[ ])?bei)[ ]$")
_REPORT_TO_AFTER = re.compile(r"[ ](?:melden|abmelden|Bescheid[ ]geben|absagen)\b")
"""Whom to report to, in German word order: "bitte rechtzeitig bei Sabine melden (0977 ...)"."""


def asked_or_holding(text: str, start: int, end: int) -> bool:
    """A first name that a note asks to do something or to report to, or who still has a borrowed thing."""
    return bool((_ASKED_BEFORE.search(text, max(0, start - 16), start) and _ASKED_AFTER.match(text, end))
                or _STILL_HAS_IT.match(text, end) or _HAS_IT_BEFORE.search(text, max(0, start - 12), start)
                or (_REPORT_TO_BEFORE.search(text, max(0, start - 24), start) and _REPORT_TO_AFTER.match(text, end)))



_DIED_AFTER = re.compile(
    r"[ ](?:died|has[ ]died|passed[ ]away|passed|gestorben[ ]ist|verstorben[ ]ist|von[ ]uns[ ]gegangen[ ]ist|starb|"
    r"nos[ ]dejó|falleció|murió|se[ ]fue|overleed|is[ ]overleden|overleden[ ]is|est[ ]décédée?|nous[ ]a[ ]quittés|"
    r"est[ ]partie?)\b")
_SINCE_BEFORE = re.compile(
    r"(?i:\b(?:since|after|when|dass|seit|als|nachdem|que|desde[ ]que|cuando|dat|sinds|toen|nadat|depuis[ ]que))[ ]$")
_DEATH_OF_BEFORE = re.compile(
    r"(?i:\b(?:the[ ](?:death|passing)[ ]of|dem[ ]tod[ ]von|dem[ ]tode[ ]von|tod[ ]von|"
    r"le[ ]départ[ ]de|départ[ ]de|le[ ]décès[ ]de|décès[ ]de|la[ ]mort[ ]de|"
    r"el[ ]fallecimiento[ ]de|fallecimiento[ ]de|la[ ]muerte[ ]de|la[ ]partida[ ]de|"
    r"het[ ]overlijden[ ]van|overlijden[ ]van|de[ ]dood[ ]van))[ ]$")
_PET_TEXT = re.compile(
    r"(?i:\b(?:pets?|haustier\w*|tier\w*|mascotas?|animal\w*|huisdier\w*|dieren\w*|vets?|veterinar\w*|vétérinaire|"
    r"tierarzt\w*|dierenarts\w*|cat|dog|katze|hund|chat|chien|gato|perro|kat|hond)\b)")
"""Someone who died, named in a bereavement letter: "It is now a few months since Phillip died", "dass Ramona gestorben
ist", "desde que Eustaquio nos dejó", "dat Maria overleed", "depuis le départ de Sabine", "the death of Tom": only a
person dies and is mourned so; not in a text about a pet (a pet's death reads the same: "la pérdida de Luna" at a pet
crematorium), and "the loss of" is left out (a pet's, a team's, a match's)."""


def mourned(text: str, start: int, end: int) -> bool:
    """A first name that a condolence or remembrance text says died (_DIED_AFTER after a clause's opening word) or
    mourns (_DEATH_OF_BEFORE)."""
    return bool(((_DIED_AFTER.match(text, end) and _SINCE_BEFORE.search(text, max(0, start - 16), start))
                 or _DEATH_OF_BEFORE.search(text, max(0, start - 28), start)) and not text_mentions(_PET_TEXT, text))


_GROUP_WORDS = (r"group|choir|chorus|team|club|band|class|congregation|guild|society|chor|gruppe|verein|mannschaft|team|"
                r"kreis|gemeinde|chorale|chœur|choeur|groupe|équipe|paroisse|association|amicale|coro|coral|grupo|equipo|"
                r"club|parroquia|cofradía|koor|groep|ploeg|vereniging|parochie|kring")
_GROUP_MEMBER_AFTER = re.compile(
    r"(?:,[ ]|[ ])(?:from|of|in)[ ]the[ ](?:[a-zA-Z'’-]+[ ]){0,2}(?:" + _GROUP_WORDS + r")\b"
    r"|,[ ](?:fidèle|membre|pilier|figure)[ ](?:de[ ]la|du|de[ ]l['’]|des|de)[ ]?(?:[a-zà-ÿ'’-]+[ ]){0,2}(?:" + _GROUP_WORDS + r")\b"
    r"|,[ ](?:del|de[ ]la|miembro[ ]del|miembro[ ]de[ ]la)[ ](?:[a-zà-ÿ]+[ ]){0,2}(?:" + _GROUP_WORDS + r")\b"
    r"|[ ](?:van|uit)[ ](?:het|de|ons)[ ](?:[a-zë]+[ ])?(?:[a-zë]*koor|" + _GROUP_WORDS + r")\b"
    r"|[ ](?:aus|vom|von)[ ](?:dem|der|unserem|unserer)[ ](?:[a-zäöüß]+[ ])?(?:[a-zäöüß]*chor|" + _GROUP_WORDS + r")\b",
    re.IGNORECASE)
"""A first name and the group it belongs to, right after it: "Happy birthday too to Debbie from the music group",
"ainsi qu'à Alice, fidèle de la chorale", "y Javier, del coro de los domingos", "met Olaf van het dameskoor", "an
Paula aus dem Kirchenchor": a member of a choir, a team or a parish is a person."""


def group_member(text: str, start: int, end: int) -> bool:
    """A first name that a notice names as a member of a group (_GROUP_MEMBER_AFTER)."""
    return _GROUP_MEMBER_AFTER.match(text, end) is not None


_REFERRER_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?i:referrer|referred[ ]by|referral[ ]from|referring[ ]agency|zuweisung[ ]durch|zugewiesen[ ]von|"
    r"vermittelt[ ]durch|überwiesen[ ]von|orienté\(?e?\)?[ ]par|orienté\(e\)[ ]par|adressé\(?e?\)?[ ]par|entidad|"
    r"entidad[ ]derivante|derivado[ ]por|derivada[ ]por|verwijzer|doorverwezen[ ]door|verwezen[ ]door)"
    r"[ \t]*:[ \t]*[^\n,:]{2,48},[ ](?:(?i:social[ ]worker|caseworker|adviser|advisor|trabajadora[ ]social|"
    r"trabajador[ ]social|educadora[ ]social|educador[ ]social|assistante[ ]sociale|assistant[ ]social|conseillère|"
    r"conseiller|sozialarbeiterin|sozialarbeiter|beraterin|berater|maatschappelijk[ ]werker|consulent)[ ])?$")
"""A referral form's referrer: the agency, a comma, then who referred ("Referrer: Citizens Advice, Victoria",
"Orienté(e) par : CCAS, Nelly", "Entidad: Servicios Sociales, trabajadora social Amelia", "Verwijzer: Wijkteam,
Fenna"): the name after the agency, to the line's end, is the worker's."""


def referred_by(text: str, start: int, end: int) -> bool:
    """A first name closing a referral form's referrer line, after the agency (_REFERRER_LINE)."""
    line_end = text.find("\n", end)
    return (_REFERRER_LINE.search(text, max(0, start - 120), start) is not None
            and text[end : line_end if line_end >= 0 else len(text)].strip(" \t.") == "")


_NOTE_TO_BEFORE = re.compile(
    r"(?:^|\n|[.!?][ ])[ \t]*(?i:note|notice|memo|message|reminder|hinweis|notiz|nachricht|erinnerung|mitteilung|"
    r"note|message|rappel|avis|aviso|nota|mensaje|recordatorio|opmerking|bericht|notitie|herinnering|mededeling)"
    r"(?:[ ](?:de[ ]la|de[ ]l['’]|du|des|de|del|der|des|van[ ]de|van[ ]het|from[ ]the|from|of)?[ ]?[A-Za-zÀ-ÿ-]{2,20}){0,2}"
    r"[ ](?i:to|for|an|für|à|pour|a|para|aan|voor)[ ]$")
_NOTE_TO_AFTER = re.compile(r"[ ]?:[ ]")
"""Whom a note is addressed to, before its colon: "Hinweis Compliance an Luise:", "Note de la communication à Anastasie :",
"Aviso de comunicación para Dimas:", "Memo to Kate:", "Opmerking communicatie voor Sanne:"."""


def note_addressee(text: str, start: int, end: int) -> bool:
    """A first name that a note's heading addresses, before the colon (_NOTE_TO_BEFORE, _NOTE_TO_AFTER)."""
    return _NOTE_TO_AFTER.match(text, end) is not None and _NOTE_TO_BEFORE.search(text, max(0, start - 60), start) is not None


_SIGNUP_MARK = r"(?:✅|✔️|✔|✓|☑️|☑|❓|❔|❌|✗|✘|❎|👍|👎)"
_SIGNUP_MARK_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?" + _SIGNUP_MARK + r"[ \t]*$")
_SIGNUP_END = re.compile(r"[ \t]*(?:\n|$|\(|:|,|[–—-][ ])")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]+$")
_SIGNUP_MARK_AFTER = re.compile(r"[ \t]*(?:[:–—-][ \t]*)?" + _SIGNUP_MARK)
"""A sign-up list's item, its name ticked, crossed or questioned: "✅ Dion", "❓ Fleur (als het droog blijft)",
"✔️ Cebrián", "- Christian ✔", "- Timm ✓": a ride's, a rota's or an event's list of who comes."""


def signed_up(text: str, start: int, end: int) -> bool:
    """A first name marked as an item of a sign-up list (_SIGNUP_MARK before it at the line's start, or after it
    in a bulleted item)."""
    return bool((_SIGNUP_MARK_BEFORE.search(text, max(0, start - 8), start) and _SIGNUP_END.match(text, end))
                or (_BULLET_BEFORE.search(text, max(0, start - 6), start) and _SIGNUP_MARK_AFTER.match(text, end)))


_NAME_TAG_AFTER = re.compile(
    r"[ ]?[“”\"'’»]?[ ]?(?:eingestickt|aufgestickt|draufgeschrieben|drauf|brodé|brodée|inscrit|écrit|marqué|geborduurd|"
    r"erop|geschreven|bordado|escrito|grabado|marcado|embroidered|written[ ]on[ ]it|sewn[ ]in|on[ ]the[ ]label)\b")
_NAME_TAG_OPEN = re.compile(r"[„“\"'‘«][ ]?$")
_LABELLED_WITH_BEFORE = re.compile(
    r"(?i:\b(?:labelled|labeled|marked|named|tagged)[ ]with|mit[ ]dem[ ]namen|au[ ]nom[ ]de|con[ ]el[ ]nombre[ ]de|"
    r"met[ ]de[ ]naam)[ ]$")
_POSSESSIVE_NAME_AFTER = re.compile(r"['’]s[ ]name\b")
"""A child's name on a lost thing: in quotes and embroidered or written on it ("Mütze, „Ludger“ eingestickt", "bonnet,
« Eugène » brodé", "muts, ‘Sami’ geborduurd"), or the thing labelled with it ("A PE bag labelled with Michael's
name"): only a person's name is sewn into a hat or written on a bag."""


def name_tag(text: str, start: int, end: int) -> bool:
    """A first name written on a thing: quoted and then embroidered or written (_NAME_TAG_AFTER), or after
    "labelled with" and before "'s name"."""
    return bool((_NAME_TAG_OPEN.search(text, max(0, start - 3), start) and _NAME_TAG_AFTER.match(text, end))
                or (_LABELLED_WITH_BEFORE.search(text, max(0, start - 24), start)
                    and (_POSSESSIVE_NAME_AFTER.match(text, end) or text[end : end + 1] in (".", ",", "", "\n"))))


_VAULT_USER_BEFORE = re.compile(
    r"(?:\bdisplay_name=[\"']?(?:ldap|userpass|oidc|okta|github|radius|jwt|cert|kerberos)-|\bauth/[\w.-]+/login/)$")
"""A Vault audit log's user: Vault names a token after its auth mount and the user ("display_name=ldap-mitchellh"), and
a login's path ends with the user (POST /v1/auth/ldap/login/:username, Vault's LDAP and userpass API docs)."""

_VAULT_USER_END = re.compile(r"(?=[\s\"',;}]|$)")


def vault_user(text: str, start: int, end: int) -> bool:
    """A first name glued to a Vault audit log's auth mount or login path ("display_name=ldap-Ruth",
    "auth/userpass/login/Robert"): the user who logged in (_VAULT_USER_BEFORE)."""
    return _VAULT_USER_BEFORE.search(text, max(0, start - 40), start) is not None and _VAULT_USER_END.match(text, end) is not None


NAME_WITH_PARTICLES = (r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?:de|van|von|del|du|des|ter|ten)[ ](?:(?:de|der|den|la|los|las)[ ])?)?"
                       r"[A-ZÀ-Þ][\w'’-]+){0,3})")
"""A name of one to four capitalised words, a particle or two allowed before a word ("Marie-Thérèse D'hondt", "Vigo
van Ginneke", "Ana de la Fuente"), as group `name`: what rounds 78's and 79's frames (names.py, round79_people_b.py)
take after their cue words."""
NAME_PARTICLES = frozenset("de van von del du des ter ten der den la los las".split())
"""The particles NAME_WITH_PARTICLES lets stand between a name's words."""


def without_particles(name: str) -> str:
    """A name without its particles, for a check of its words: "Ninthe van Tuijl" -> "Ninthe Tuijl"."""
    return " ".join(word for word in name.split() if word not in NAME_PARTICLES)


def unclaimed_people(found: list[Span], spans: Iterable[tuple[int, int]],
                     vetoed: Callable[[int, int], bool]) -> Iterator[Span]:
    """A late pass's new persons (round80_people.py and after): each frame's span that overlaps no finding made before
    it nor a new person already taken, and that the round's own veto spares."""
    taken = [(start, end) for start, end, _ in found]
    for start, end in spans:
        if any(a < end and start < b for a, b in taken) or vetoed(start, end):
            continue
        taken.append((start, end))
        yield (start, end, "person")
