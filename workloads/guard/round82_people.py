"""Round 82 (wold's and scar's false and missed persons, by a helper): vetoes of capitalised words that name a product
in a delivery note's or an order's quantity list, a wine in a tasting list, a class on a timetable's weekday slot, a
venue named after a person, a relative's kinship word, a discipline after a class's noun, a trade's shop or a product
line on a price list's dot leaders, not a person (`round82_not_person`, called from PersonDetector.find's first loop
beside round 81's veto), and frames that make first names people (`round82_people`, a pass after round 81's): a
directory entry's uid or cn, who a role's noun names (a planner, a dispatcher, a marshal), who a ticket's key opens, a
name in an inscription's quotes, a draft's author after its label and a card holder's key.

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line or list item, a few words either side), never the whole text; every frame
scans a text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, function_words, unclaimed_people

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 82: a list item of a delivery note or an order that opens with its quantity, then the product, its brand or its
# maker's name: "3x Albion Legend dressage 17.5 MW", "4x Carr & Day & Martin leather balm", "2 x Hermès Sellier graisse",
# "10× Frank Thomas Stiefel", "6x Dr. Martens 1460 boots" (a quantity with its "x"), and one whose quantity has its
# product's word before the name: "3 graisses Hermès Sellier", "2 Flaschen Dom Perignon", "6 botellas Marqués de Riscal",
# "4 pots Jimmy Choo" (a list of two quantity items at least, so that "2 tickets, Anna Weber" and "3 Kinder: Anna" stay
# people; the quantity has three digits at most, and its unit's word is no function word: "August 13, 2016 for Max Brown"
# stays a person). The item runs from its comma, semicolon, colon or line start to the span; what lies between the quantity and
# the span is capitalised words and "&" only (the "x" shape) or one lower-case word (the unit's shape).
_R82P_ITEM_X = re.compile(r"[,;:\n][ \t]*\d{1,3}[ ]?[x×][ ]+(?:[A-ZÀ-Þ][\w'’.-]*[ ]+|&[ ]+)*$")
_R82P_ITEM_UNIT = re.compile(r"[,;:\n][ \t]*\d{1,3}[ ]+(?P<unit>[a-zà-ÿ]{3,})[ ]+$")
_R82P_ITEM_X_TAIL = re.compile(r"(?:[ ]&[ ][A-ZÀ-Þ][\w'’-]*)*[ ](?:[a-zà-ÿ]|\d)")
"""What follows the "x" item's name: the product's lower-case word or its size ("dressage 17.5 MW", "& Martin leather")."""
_R82P_QTY_ITEM = re.compile(r"(?:^|[,;:])[ \t]*\d{1,3}[ ]?(?:[x×][ ]|[ ](?P<unit>[a-zà-ÿ]{3,})[ ])", re.MULTILINE)


def _r82p_quantity_item(text: str, start: int, end: int) -> bool:
    """A delivery note's item "3x [Albion Legend] dressage", "4x Carr & [Day] & Martin", "3 graisses [Hermès Sellier]"."""
    lo = max(0, start - 60)
    head = ("\n" if lo == 0 else "") + text[lo:start]  # the text's start opens an item too
    if _R82P_ITEM_X.search(head) is not None:
        return _R82P_ITEM_X_TAIL.match(text, end) is not None
    unit = _R82P_ITEM_UNIT.search(head)
    if unit is None or unit.group("unit") in function_words():
        return False  # a year's or a day's number, then a function word: "August 13, 2016 for Max Brown"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return sum(not m.group("unit") or m.group("unit") not in function_words() for m in _R82P_QTY_ITEM.finditer(line)) >= 2


# Round 82: a wine in a tasting list's numbered line, the wine's name before its vintage or its producer after the
# vintage and a comma: "3. Marqués de Murrieta Reserva 2017", "4. Dom Perignon 2013 (palate cleanser!)", "1. Viña
# Tondonia Reserva 2010, R. López de Heredia", "2) Château Léoville Barton 2015", "5. Weingut Robert Weil 2019",
# "3 - Bodegas Vega Sicilia Único 2009" (the text holds a tasting's word; a numbered list of people with their birth
# years, "1. Anna Weber 1985", holds none).
_R82P_TASTING_CUES = ("tasting", "cata", "degustaci", "dégustation", "degustation", "verkostung", "weinprobe", "proeverij",
                      "wijnproef", "wine flight", "flight")
_R82P_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*|[ \t]*\d{1,2}[ ][-–—][ ]")
_R82P_VINTAGE_AFTER = re.compile(r"[ ](?:19[5-9]\d|20[0-4]\d)\b")
_R82P_VINTAGE_COMMA_BEFORE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d),[ ](?:[A-ZÀ-Þ]\.[ ]?)?$")


def _r82p_tasting_wine(text: str, start: int, end: int) -> bool:
    """A tasting list's "3. [Marqués de Murrieta Reserva] 2017", "1. Viña Tondonia Reserva 2010, R. [López de Heredia]"."""
    line_start = text.rfind("\n", 0, start) + 1
    if _R82P_NUMBERED_LINE.match(text, line_start) is None:
        return False
    if not (_R82P_VINTAGE_AFTER.match(text, end) is not None
            or _R82P_VINTAGE_COMMA_BEFORE.search(text, max(line_start, start - 12), start) is not None):
        return False
    lower = text[: min(len(text), 600)].lower()  # the list's heading, on its first lines
    return any(cue in lower for cue in _R82P_TASTING_CUES)


# Round 82: a class on a studio's timetable, its line a weekday's slot with its hour: "Wed 18:30 Mat Flow" over "Mon
# 07:00 Reformer Foundations" and "Sat 09:00 Barre", "Mi 18:30 Rücken Fit" over "Mo 07:00 Pilates", "Mer 18h30 Yoga
# Doux" over "Lun 7h00 Renforcement", "Mié 18:30 Body Pump" over "Lun 07:00 Zumba", "Wo 18:30 Power Yoga" over "Ma
# 07:00 Spinning" (two other slots at least whose first word is no first name: a rota of people, "Mon 07:00 Anna Weber"
# over "Tue 08:00 Tom Hale", stays people).
_R82P_WEEKDAY_HOUR = re.compile(
    r"^[ \t]*(?i:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|lu|ju|vi|"
    r"mié|jue|vie|sáb|dom|ma|wo|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?[ \t]+"
    r"\d{1,2}(?:[:.h]\d\d)?(?:[ ]?(?:am|pm|uhr|h))?[ \t]*[-–—]?[ \t]*(?P<slot>[A-ZÀ-Þ][\w'’-]*)", re.MULTILINE)


def _r82p_timetable_class(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """A timetable's "Wed 18:30 [Mat Flow]" over two other slots that hold no first name ("Mon 07:00 Reformer ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _R82P_WEEKDAY_HOUR.match(text, line_start)
    if m is None or m.start("slot") != start:
        return False
    others = 0
    for other in _R82P_WEEKDAY_HOUR.finditer(text, max(0, start - 300), min(len(text), end + 300)):
        if other.start("slot") != start and not g.is_first_name(other.group("slot")):
            others += 1
    return others >= 2


# Round 82: a venue named after a person, its type's word just before the name: "Sortie club au circuit Jean-Pierre
# Beltoise", "Circuit Paul Ricard", "Stade Pierre Mauroy", "Estadio Santiago Bernabéu", "aeropuerto Adolfo Suárez",
# "Aéroport Charles de Gaulle", "Flughafen Franz Josef Strauß", "luchthaven Eelde", "lycée Victor Hugo", "collège Jean
# Moulin", "Gymnase Jean Jaurès", "piscine Georges Vallerey", "instituto Isabel la Católica", "polideportivo Fernando
# Martín" (the type word, in either case, right before the span and after a space, a preposition or a line's start; "the
# stadium's manager Anna Weber" has no type word right before).
_R82P_VENUE_WORDS = frozenset("""
circuit circuito stade stadium estadio stadion aéroport aeroport airport aeropuerto flughafen luchthaven lycée collège
gymnase piscine polideportivo pabellón velódromo vélodrome velodrome hipódromo hippodrome autódromo autodromo
""".split())


def _r82p_venue(text: str, start: int) -> bool:
    """A venue's type word before its namesake: "au circuit [Jean-Pierre Beltoise]", "Stade [Pierre Mauroy]"."""
    if start < 3 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 16) : start - 1].rsplit(None, 1)[-1:]
    return bool(before) and before[0].lower() in _R82P_VENUE_WORDS


# Round 82: a relative's kinship word that the names' lists hold, alone, in a family history: "(Vater, Onkel
# väterlicherseits)", "Tante mütterlicherseits", "Oncle paternel", "Tío materno", "Oom van vaderskant", "Uncle (paternal)"
# (the word alone as the span, before its side of the family or in a list of relatives; "Onkel Heinz" is a longer span).
_R82P_KIN_WORDS = frozenset("onkel tante oncle tío tio tía tia oom uncle aunt cousin cousine vetter base neffe nichte".split())
_R82P_KIN_SIDE = re.compile(
    r"[ ]?\(?(?i:väterlicher|mütterlicher|väterlicherseits|mütterlicherseits|paternel(?:le)?|maternel(?:le)?|"
    r"paterno|paterna|materno|materna|paternal|maternal|van[ ](?:vaders|moeders)kant|aan[ ](?:vaders|moeders)kant|"
    r"du[ ]côté)")
_R82P_KIN_LIST_BEFORE = re.compile(
    r"(?i:vater|mutter|bruder|schwester|père|mère|frère|sœur|soeur|padre|madre|hermano|hermana|vader|moeder|broer|zus|"
    r"father|mother|brother|sister|großvater|grossvater|großmutter|grossmutter|abuelo|abuela|grand-père|grand-mère|"
    r"opa|oma)[ ]?[,/;+][ ]?$")


def _r82p_kinship(text: str, start: int, end: int, words: list[str]) -> bool:
    """A family history's "(Vater, [Onkel] väterlicherseits)", "[Tío] materno"."""
    if len(words) != 1 or words[0].lower() not in _R82P_KIN_WORDS:
        return False
    return (_R82P_KIN_SIDE.match(text, end) is not None
            or _R82P_KIN_LIST_BEFORE.search(text, max(0, start - 16), start) is not None)


# Round 82: a discipline named after its founder after a class's or a teacher's noun and "de": "Annonce prof de Pilates",
# "cours de Pilates", "clase de Pilates", "profesora de Pilates", "séance de Feldenkrais", "taller de Montessori" (the
# span's name is no first name: "le prof de Martin" is Martin's teacher, a person).
_R82P_CLASS_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:prof|profs|professeure?|cours|classe|séance|stage|atelier|leçons?|méthode|clases?|profesora?|monitora?|"
    r"instructora?|taller|sesión|método|kursus|les|lessen|docent))[ ]$")


def _r82p_class_discipline(text: str, start: int, words: list[str], g: Gazetteer) -> bool:
    """A class's discipline "prof [de Pilates]", "clase [de Pilates]"."""
    if len(words) != 2 or words[0] not in ("de", "d'", "van"):
        return False
    if g.is_first_name(words[1]):
        return False
    return _R82P_CLASS_NOUN_BEFORE.search(text, max(0, start - 16), start) is not None


# Round 82: a trade's shop as a ticket's or a receipt's heading, the trade's word alone opening the line: "Cordonnerie -
# ticket n° 7526288333", "Boulangerie : ticket", "Bäckerei - Beleg Nr. 12", "Zapatería – ticket", "Slagerij - bon 12",
# "Metzgerei" (one word ending as a trade's shop does, -erie, -ería, -erei, -erij, that is no common first name (the
# long first names' list holds "Cordonnerie"): "Valérie - ticket"
# stays a person).
_R82P_TRADE_ENDINGS = ("erie", "ería", "eria", "erei", "erij")


def _r82p_trade_shop(text: str, start: int, end: int, words: list[str], g: Gazetteer) -> bool:
    """A shop's heading "[Cordonnerie] - ticket n° ...", "[Bäckerei] - Beleg"."""
    if len(words) != 1 or len(words[0]) < 8 or not words[0].lower().endswith(_R82P_TRADE_ENDINGS):
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # not the line's opening word
    return not g.is_common_first_name(words[0])


# Round 82: a product line on a price list's line with dot leaders, the maker's name then the service's lower-case words
# before the dots: "Jimmy Choo heel tips ............. while you wait", "Dr. Martens resole ....... ask in store",
# "Paul Smith Absätze ......... 12 €", "Christian Louboutin talons ..... 25 €", "Manolo Blahnik tapas ..... 15 €" (a
# staff list's "Anna Weber ........ ext. 204" has no lower-case words before its dots, and stays a person).
_R82P_DOT_LEADER_AFTER = re.compile(r"(?:[ ][a-zà-ÿ][\w'’-]*){1,4}[ ]?\.{4,}")


def _r82p_price_list_item(text: str, start: int, end: int) -> bool:
    """A price list's "[Jimmy Choo] heel tips ............. while you wait"."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    return _R82P_DOT_LEADER_AFTER.match(text, end) is not None


def round82_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 82: whether the capitalised words at text[start:end] name a product in a quantity list, a wine in a tasting
    list, a class on a timetable, a venue after its type's word, a relative's kinship word, a discipline after a class's
    noun, a trade's shop heading a ticket or a product line on a price list's dots (see the constants above), not a
    person. `g` is the detector's gazetteer (a first name keeps some spans people)."""
    words = text[start:end].split()
    if not words:
        return False
    if _r82p_quantity_item(text, start, end):
        return True
    if _r82p_tasting_wine(text, start, end):
        return True
    if _r82p_timetable_class(text, start, end, g):
        return True
    if _r82p_venue(text, start):
        return True
    if _r82p_kinship(text, start, end, words):
        return True
    if _r82p_class_discipline(text, start, words, g):
        return True
    if _r82p_trade_shop(text, start, end, words, g):
        return True
    if _r82p_price_list_item(text, start, end):
        return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R82P_NAME = NAME_WITH_PARTICLES
# Round 82: a directory entry's user, its uid's or its cn's value before the entry's next key: "dn:
# uid=Teodosio,ou=personas,dc=empresa,dc=example", 'BIND dn="uid=Christian,ou=personnes,dc=societe"',
# "uid=Willem,ou=medewerkers", "cn=Anna Weber,ou=Mitarbeiter,dc=firma", "CN=Tom Hale,OU=Users" (a listed first name: a
# service's account, "uid=Backup,ou=services", "cn=Admin", is no one).
_R82P_DIRECTORY = re.compile(r"(?<![\w-])(?i:uid|cn)=" + _R82P_NAME + r"(?=,(?i:ou|dc|o|cn|uid)=)")
_R82P_DIRECTORY_CUES = ("uid=", "cn=")
# Round 82: the first name after a role's noun that names a person's job, before a date's word, a colon's end or the
# sentence's end: "Gesprek met planner Gijs op 21-09-2027", "Belehrung durch Disponent Victor am 2030-04-10", "Marshal on
# post: Gary.", "entretien avec le répartiteur Marc le 3 mai", "charla con la planificadora Lucía el 3 de mayo", "talk
# with dispatcher Ann on Monday", "Streckenposten: Jana." (a listed first name).
_R82P_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:planner|planster|planer|planerin|disponent|disponentin|dispatcher|répartiteur|répartitrice|planificador|"
    r"planificadora|despachador|despachadora|verkeersleider|marshal(?:[ ]on[ ]post)?|streckenposten|"
    r"commissaire[ ]de[ ]piste|comisario[ ]de[ ]pista|baancommissaris))[ ]?:?[ ]" + _R82P_NAME
    + r"(?=[ ](?i:op|am|on|le|el|at|um|om|à|a)[ ]|[ \t]*[.,;)]|[ \t]*$)", re.MULTILINE)
_R82P_ROLE_CUES = ("planner", "planster", "planer", "disponent", "dispatcher", "répartit", "planificador", "despachador",
                   "verkeersleider", "marshal", "streckenposten", "commissaire de piste", "comisario de pista",
                   "baancommissaris")
# Round 82: who a ticket's or an incident's key opens, a first name then the verb of what they did: "Ticket SEC-2695: Joppe
# heeft de Celery-config in #ops geplakt", "Incidencia OPS-4820: Edelmira pegó en el canal", "SEC-incident: Mark pasted
# the worker env", "Vorfall IT-12: Jana hat ...", "Incident OPS-7 : Solène a collé" (a listed first name, a lower-case
# word after it, no function word: "Ticket SEC-12: Backup failed" and "Ticket SEC-9: Beim Deployment hat ..." are no
# one).
_R82P_TICKET_KEY = re.compile(
    r"(?:(?i:ticket|incidencia|incidente|incident|vorfall|störung|melding|issue)[ ][A-Z]{2,6}-\d{1,6}|"
    r"[A-Z]{2,6}-(?i:incident|incidente|incidencia|vorfall|melding))[ ]?:[ ]" + _R82P_NAME + r"(?=[ ][a-zà-ÿ])")
_R82P_TICKET_CUES = ("ticket", "incid", "vorfall", "störung", "melding", "issue")
# Round 82: a name engraved or inscribed, in quotes after the inscription's label, before the quote's end or the years
# (a public figure's name too, which the first loop leaves: a plaque's or a stone's is a private order's):
# 'Gravure : « Jean Monnet 1948 – 2024 »', "Inschrift: „Gotthilf Boucsein“ * 10.10.1970", 'Engraving: "Mary Ellen
# Smith 1931-2020"', "Inscripción: «Ana Pérez Gil»", "Opschrift: 'Jan de Vries 1950 - 2024'" (unlisted names too, a
# name's shape in the quotes; a motto, "Gravure : « Pour toujours »", has no name's shape).
_R82P_INSCRIPTION = re.compile(
    r"(?i:gravure|inscription|inschrift|grabinschrift|gravur|engraving|inscripción|grabado|opschrift|inscriptie|"
    r"gravering|epitaph|épitaphe|epitafio)[ \t]*:[ \t]*[«„\"“‘'][ \u00a0]?" + _R82P_NAME
    + r"(?=[ \u00a0]?[»“”\"’']|[ ]\d{4}|[ ]?[*†])")
_R82P_INSCRIPTION_CUES = ("gravure", "inscription", "inschrift", "gravur", "engraving", "inscripción", "grabado",
                          "opschrift", "inscriptie", "gravering", "epitaph", "épitaphe", "epitafio")
# Round 82: a draft's author after the draft's or the writer's label at the line's end: "Entwurf: Constance Kriemhild
# Hoffmann", "Opsteller: Lieve Wipstrik.", "Verfasserin: Jana Kühn", "Rédaction : Solène Martin", "Redactado por: Ana
# Gil", "Drafted by: Tom Hale", "Opgesteld door: Fenna de Vries" (a listed first name, or an unlisted one before a
# surname, the name ending the line: "Entwurf: Version 2" and "Entwurf: Anna prüft noch" are no author).
_R82P_DRAFT_AUTHOR = re.compile(
    r"(?i:\b(?:entwurf|verfasser|verfasserin|opsteller|opgesteld[ ]door|rédaction|rédigé[ ]par|rédacteur|rédactrice|"
    r"redactado[ ]por|redactor|redactora|drafted[ ]by|draft[ ]by|written[ ]by))[ \t]*:[ \t]*" + _R82P_NAME
    + r"(?=[ \t]*\.?[ \t]*(?:\n|$))", re.MULTILINE)
_R82P_DRAFT_CUES = ("entwurf", "verfasser", "opsteller", "opgesteld door", "rédaction", "rédigé par", "rédact", "redact",
                    "drafted by", "draft by", "written by")
# Round 82: a card holder's name in a log's key, its value quoted: 'driver_login card_holder="Elizabeth Hilary Barry"',
# "cardholder='Tom Hale'", 'holder_name="Ana Pérez"', 'full_name="Jana Kühn"', 'display_name="Fenna de Vries"' (a listed
# first name).
_R82P_HOLDER_KEY = re.compile(
    r"(?<![\w.-])(?i:card_holder|cardholder|holder_name|card_name|full_name|fullname|display_name|displayname)=(?P<q>[\"'])"
    + _R82P_NAME + r"(?P=q)")
_R82P_HOLDER_CUES = ("holder=", "holder_name=", "card_name=", "full_name=", "fullname=", "display_name=", "displayname=")


def round82_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 82 (wold's and scar's missed persons, by a helper): first names in frames that make them people (see the
    constants above): a directory entry's uid or cn, who a role's noun names, who a ticket's key opens, a name in an
    inscription's quotes, a draft's author after its label and a card holder's key. `lower` is the text lower-cased:
    each frame's pattern scans the text only where it holds the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if "=" in text and any(cue in lower for cue in _R82P_DIRECTORY_CUES):
        spans.extend(m.span("name") for m in _R82P_DIRECTORY.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R82P_ROLE_CUES):
        spans.extend(m.span("name") for m in _R82P_ROLE_BEFORE.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if "-" in text and ":" in text and any(cue in lower for cue in _R82P_TICKET_CUES):
        spans.extend(m.span("name") for m in _R82P_TICKET_KEY.finditer(text)
                     if m.group("name").split()[0].lower() not in function_words()  # "Ticket SEC-9: Beim Deployment hat"
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R82P_INSCRIPTION_CUES):
        spans.extend(m.span("name") for m in _R82P_INSCRIPTION.finditer(text)
                     if len(m.group("name").split()) >= 2 and person._r79p_name(m.group("name"), unlisted=True, words=True))
    if ":" in text and any(cue in lower for cue in _R82P_DRAFT_CUES):
        spans.extend(m.span("name") for m in _R82P_DRAFT_AUTHOR.finditer(text)  # "Entwurf: Elisabetha Hafner", unlisted
                     if person._r79p_name(m.group("name"), unlisted=len(m.group("name").split()) >= 2, words=True))
    if "=" in text and any(cue in lower for cue in _R82P_HOLDER_CUES):
        spans.extend(m.span("name") for m in _R82P_HOLDER_KEY.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round82_not_person(text, start, end, person.g))
