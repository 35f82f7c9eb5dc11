"""Round 81 (holm's and sike's false and missed persons, by a helper): vetoes of capitalised words that name a product
after its brand in a catalogue's or a price list's item, a rota's weekday slot, a street, a model named after its maker
or a Spanish status line's noun, not a person (`round81_not_person`, called from PersonDetector.find's first loop beside
round 80's veto), and frames that make first names people (`round81_people`, a pass after round 80's): an emergency
contact's, a log's user key's value, a note's addressee after an arrow, children listed with their birth dates,
who commented on a draft and who takes an alert on.

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few words either side), never the whole text; every frame scans a text
only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, function_words, unclaimed_people

if TYPE_CHECKING:
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 81: a maker's brand whose models carry people's names or name-like words: watches ("Junghans Max Bill", "Patek
# Philippe Calatrava", "Omega Seamaster"), cars and campers ("Knaus Sky TI", "Hymer B-Klasse", "Renault Clio"), tyres
# ("Michelin Pilot Sport 5", "Continental PremiumContact 6"), bicycles ("Gazelle Orange C8"). The words that the first
# names' list holds as names ("Mercedes") are left out: their brand alone does not make a product.
_R81P_BRANDS = frozenset("""
omega rolex tudor cartier patek junghans breitling longines tissot seiko citizen casio hublot iwc glashütte nomos heuer
zenith panerai audemars breguet chopard oris sinn stowa mido certina swatch bulova fossil
audi bmw volkswagen vw opel ford renault peugeot citroën citroen seat skoda škoda fiat toyota honda nissan mazda kia
hyundai volvo dacia suzuki mitsubishi subaru tesla lexus jaguar porsche ferrari lamborghini maserati lancia cupra
knaus hymer dethleffs bürstner buerstner carado weinsberg fendt lmc pössl poessl westfalia carthago niesmann laika
michelin continental bridgestone pirelli goodyear dunlop hankook nokian vredestein falken yokohama firestone kumho
gazelle batavus sparta cortina trek canyon bosch miele siemens
""".split())
# Round 81: what follows a catalogue's or a price list's item after its model's name: its price (a currency and an
# amount with its decimals) or a price "on request": "Junghans Max Bill 21.994,64 €", "Patek Philippe Calatrava - on
# request", "Patek Philippe Calatrava consultar", "Breitling Navitimer auf Anfrage", "Cartier Tank sur demande", "Omega
# Constellation op aanvraag", "Rolex Daytona POA", "Tudor Ranger - GBP 2,150.00"; after a brand and its model, also a
# model's number, size or trim code: "Michelin Pilot Sport 5,225/45 R17", "WM-11 Knaus Sky TI Inspektion" (not a
# phone's number after a colon, "Bosch Anna Weber: 0171 ...", nor a date).
_R81P_PRICE_TAIL = re.compile(
    r"[ \t]*(?:[-–—|][ \t]*)?(?:(?:[€$£]|(?:EUR|GBP|CHF|USD)[ ]?)\d|\d{1,3}(?:[.,' ]?\d{3})*[.,]\d\d[ ]?(?:€|EUR|GBP|CHF|USD|\$|£)|"
    r"(?i:auf[ ]anfrage|preis[ ]auf[ ]anfrage|on[ ]request|price[ ]on[ ](?:request|application)|poa\b|sur[ ]demande|"
    r"prix[ ]sur[ ]demande|consultar|a[ ]consultar|bajo[ ]pedido|precio[ ]a[ ]consultar|op[ ]aanvraag|"
    r"prijs[ ]op[ ]aanvraag))")
_R81P_MODEL_TAIL = re.compile(r"[ ](?:\d{1,3}(?=[ ,;/)]|$)|[A-Z]{1,4}(?=[ \t,;.)]|$))", re.MULTILINE)


def _r81p_brand_product(text: str, start: int, end: int, words: list[str]) -> bool:
    """A model's name after its brand, then its price ("Junghans [Max Bill] 21.994,64 €", "Patek [Philippe Calatrava]
    consultar"), or a brand and its model, then the model's number or code ("[Michelin Pilot Sport] 5", "WM-11 [Knaus
    Sky] TI")."""
    if len(words) >= 2 and words[0].lower() in _R81P_BRANDS:
        if _R81P_MODEL_TAIL.match(text, end) is not None or _R81P_PRICE_TAIL.match(text, end) is not None:
            return True
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 24) : start - 1].rsplit(None, 1)[-1:]  # the word before, if any, cut at a space or a line
    return bool(before) and before[0].lower() in _R81P_BRANDS and _R81P_PRICE_TAIL.match(text, end) is not None


# Round 81: a rota's slot that opens its line with a weekday's short name, then the slot's task and a colon, the
# people after it: "Mo Riesling Steillage: Margit Hoffmann, Dimitrios Bolander" over "Di Spätburgunder: Ortrun" and
# "Mi: Regen", "Mon Bottling: Tom Hale" over "Tue: ...", "Lun Vendanges : Léa" over "Mar : ...", "Lu Vendimia: Ana"
# over "Ma: ...", "Ma Oogst: Jan" over "Di: ..." (another line of the rota opens with a bare weekday's slot, and the
# weekday's next word is no surname; "Mo Farah: 5000 m" over "Di Resta: 4th" in a results list, "Mar Gómez: turno" over
# "Jue: libre" stay persons).
_R81P_WEEKDAYS = frozenset("""
mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag
mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche
lu ju vi sá mié jue vie sáb dom lunes martes miércoles jueves viernes sábado domingo
ma wo vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
""".split())
_R81P_SLOT_LINE = re.compile(r"^[ \t]*([A-Za-zÀ-ÿ]+)\.?(?=[ \t]*:|[ ]\d{1,2}[.:/])", re.MULTILINE)
"""A rota's bare slot, its weekday alone or with its date or hour before a colon: "Mi: Regen", "Tue: off", "Mar. :
", "Di 12.9.: Lese", "Sat 9:00"."""


def _r81p_weekday_slot(text: str, start: int, end: int, words: list[str], is_surname: Callable[[str], bool]) -> bool:
    """A rota's slot "Mo Riesling Steillage:" whose first word is a weekday's name, near another weekday's bare slot."""
    if words[0].rstrip(".").lower() not in _R81P_WEEKDAYS or text[end : end + 2].strip()[:1] != ":":
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # not the line's opening words
    if is_surname(words[1]):
        return False  # a first name that is a weekday's, then a surname: "Mar Gómez: turno de mañana" over "Jue: libre"
    first = words[0].rstrip(".").lower()
    return any(m.group(1).lower() in _R81P_WEEKDAYS and m.group(1).lower() != first and m.start(1) != start
               for m in _R81P_SLOT_LINE.finditer(text, max(0, start - 400), min(len(text), end + 400)))


# Round 81: a street on the seafront or a town's parade, its type word last, which the surnames' list holds: "(hut 9,
# Marine Parade)", "the kiosk on Queen Victoria Parade", "Royal Esplanade", "Marine Promenade", "Albert Embankment"
# (the types of round 43's street list that are rarely a person's surname; "Anna Lane", "Tom Street" stay persons).
_R81P_STREET_LAST = frozenset("parade esplanade promenade embankment boulevard".split())
# Round 81: a street after a unit's number and a comma, the street's type word last: "hut 61, Lincoln Row" on a
# council's penalty notice, "(hut 9, Marine Parade)", "unit 4, Albert Close", "flat 2, Victoria Terrace", "stall 12,
# Market Walk", "plot 7, Kingsley Grove" (names.STREET_TYPES; a name after a number's comma with another last word,
# "room 4, Anna Lane's ward" aside, stays a person: "Seat 4, Anna Weber").
_R81P_UNIT_BEFORE = re.compile(
    r"(?i:hut|unit|flat|apt|apartment|suite|stall|plot|berth|pitch|kiosk|shop|garage|bay|cabin|chalet|lodge|caravan)"
    r"\.?[ ]\d{1,4}[a-zA-Z]?,[ ]$")
# Round 81: a street whose name is one word, a person's name and the street's suffix, after a title: "ingang Dr.
# Zamenhofstraat" on an order's delivery line, "Dr.-Schweitzer-Straße", "Prof. Kochstraße 4", "Burg. Hoogenboomplein",
# "Dr. Kuyperplein", "Pfarrer-Kneipp-Gasse", "Dr. Lugerallee" (the suffix after four letters or more, and not "laan":
# "Dr. Versteeg" and "Vanderlaan" stay persons).
_R81P_STREET_SUFFIX = re.compile(
    r"[A-Za-zÀ-ÿ-]{4,}(?:straat|straße|strasse|gasse|allee|plein|gracht|dreef|singel)", re.IGNORECASE)
_R81P_STREET_ENDINGS = ("straat", "straße", "strasse", "gasse", "allee", "plein", "gracht", "dreef", "singel")
# Round 81: a model named after its maker, a luthier's or a designer's name after the model's word and another model,
# then the price: "modelo Torres 1888 o Santos Hernández, 21.426,80 €" on a guitar-making course, "Modell Torres oder
# Hauser, 2.400 €", "modèle Torres ou Santos Hernández : 2 400,00 €", "model Torres or Hauser - EUR 2,400.00",
# "model Torres of Santos Hernández, € 2.400" (the model's word in the window before; a person's fee with no model's
# word stays a person).
_R81P_MODEL_WORD = re.compile(r"(?i:\bmodel(?:o|e|l|lo|èle)?s?\b|\bmodèle|\bdiseño\b|\bbauform\b)")
_R81P_PRICE_AFTER = re.compile(
    r"[ \t]*[,:–—-]?[ \t]*(?:(?:[€$£]|(?:EUR|GBP|CHF|USD)[ ]?)[ ]?\d|\d{1,3}(?:[.,' \u202f]?\d{3})*[.,]\d\d[ ]?(?:€|EUR|GBP|CHF|USD|\$|£))")
# Round 81: a Spanish status line that opens with a noun the first names' list also holds, then the noun's participle or
# its frequency: "Seña pagada" on a luthier's work order, "Tomas cada 2-3 h" on a lactation visit's note, "Señal
# abonada", "Tomas cada 3 horas" (a payment's participles only: a line's first name then a verb, "Tomás come bien", or a
# patient's state, "Lucía orientada, colaboradora", stays a person).
_R81P_STATUS_AFTER = re.compile(
    r"[ ](?:(?:pag|abon|cobr|liquid|sald|reembols|factur|confirm)ad[ao]s?(?=[ \t]*(?:[.,;]|$))|cada[ ]\d{1,2}(?:[-–][ ]?\d{1,2})?[ ]?(?:h\b|horas?\b|min))",
    re.MULTILINE)


def round81_not_person(text: str, start: int, end: int, is_surname: Callable[[str], bool]) -> bool:
    """Round 81: whether the capitalised words at text[start:end] name a brand's product in a catalogue's item, a rota's
    weekday slot, a street (its type last after a unit's number, or a one-word street after a title), a model named after
    its maker before its price, or a Spanish status line's noun (see the constants above), not a person. `is_surname` is
    the gazetteer's (a weekday's first name before a surname stays a person)."""
    words = text[start:end].split()
    if not words:
        return False
    if _r81p_brand_product(text, start, end, words):
        return True
    if len(words) >= 2 and _r81p_weekday_slot(text, start, end, words, is_surname):
        return True
    if len(words) >= 2 and words[-1].lower() in _R81P_STREET_LAST:
        return True
    if len(words) >= 2 and start >= 8 and text[start - 2] == ",":
        from workloads.guard.names import STREET_TYPES  # here: names imports this module
        if words[-1].lower() in STREET_TYPES and _R81P_UNIT_BEFORE.search(text, max(0, start - 24), start) is not None:
            return True
    if words[-1].lower().endswith(_R81P_STREET_ENDINGS) and _R81P_STREET_SUFFIX.fullmatch(words[-1]) is not None:
        return True
    if _R81P_PRICE_AFTER.match(text, end) is not None and _R81P_MODEL_WORD.search(text, max(0, start - 40), start):
        return True
    if len(words) == 1 and (start == 0 or text[start - 1] == "\n") and _R81P_STATUS_AFTER.match(text, end) is not None:
        return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R81P_NAME = NAME_WITH_PARTICLES
# Round 81: an emergency contact's first name, after the contact's label and before their number, on a sign-up list's
# line: "Kelly Carter - emergency contact Joanna 1-187-185-2883", "urgence : Jean +41 73 086 96 40", "contacto
# urgencias: Roberto +34 973 965 074", "noodnummer Michelle +31 6 42918618", "Notfallkontakt: Anna 0171 2345678", "ICE
# contact Sam (07700 900123)" (a service's name, "en cas d'urgence : Samu 15", stays no one).
_R81P_EMERGENCY = re.compile(
    r"(?i:emergency[ ]contact|emergency[ ](?:no\.?|number|phone|tel\.?)|in[ ]case[ ]of[ ]emergency|ice[ ]contact|"
    r"notfallkontakt|notfallnummer|notfalltelefon|notfall|im[ ]notfall|contact[ ]d['’]urgence|urgence|"
    r"en[ ]cas[ ]d['’]urgence|personne[ ]à[ ]prévenir|contacto[ ](?:de[ ])?(?:urgencias?|emergencias?)|urgencias?|"
    r"en[ ]caso[ ]de[ ](?:urgencia|emergencia)|noodnummer|noodcontact|contactpersoon[ ]bij[ ]nood|in[ ]geval[ ]van[ ]nood|"
    r"bij[ ]nood)[ \t]*[:\-–—]?[ \t]*" + _R81P_NAME + r"(?=[ \t]*[,:(\-–—]?[ \t]*(?:\+|\(?\d))")
_R81P_EMERGENCY_CUES = ("emergenc", "ice contact", "notfall", "urgenc", "prévenir", "noodnummer", "noodcontact", "nood")
_R81P_NOT_A_CONTACT = frozenset("samu sos ambulance ambulancia police polizei policía politie notarzt feuerwehr bomberos".split())
# Round 81: a log's or a tracker's key whose value is the user's first name, lower-case keys written key=value: "Person:
# id=88127 username=Zachary email=...", "state=DOWN ... ack_by=Simone", "assignee=Laura", "acked_by='Jeanne'",
# "reporter=Noor", a full name in quotes, 'user="Paul Keating"' (round 78 reads the upper-case env variables; a service's account, "user=Admin", is no name).
_R81P_KEY_VALUE_USER = re.compile(
    r"(?<![\w.-])(?:username|user_name|user|login|ack_by|acked_by|acknowledged_by|assignee|assigned_to|owner|author|"
    r"reporter|requester|requested_by|created_by|updated_by|closed_by|resolved_by|approved_by)=(?P<q>[\"'])?"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?(q)(?:[ ][A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2}))(?(q)(?P=q)|(?=[ \t,;&|]|$))", re.MULTILINE)
_R81P_KEY_VALUE_CUES = ("user=", "username=", "user_name=", "login=", "_by=", "assignee=", "assigned_to=", "owner=",
                        "author=", "reporter=", "requester=")
# Round 81: a note passed on to someone, a desk's or a sender's word, an arrow and the first name before a colon: "ILL
# desk -> Paige: the microfilm has arrived", "Empfang -> Jana: Paket ist da", "accueil → Solène : colis arrivé",
# "recepción -> Remedios: ha llegado", "balie → Fenna: pakket is er" (a place's word, "Paris -> London:", is no one).
_R81P_ARROW_TO = re.compile(r"(?:->|→|=>)[ \t]*" + _R81P_NAME + r"[ \t]*:(?![/\d])")
# Round 81: children listed after their label, each first name before its birth date in brackets: "Menores: Evelia
# (24/04/2009), Ágata (6 de agosto de 2012)", "Enfants : Arnaude (né le 23 juillet 2017), Corinne (née le 05/02/2016)",
# "Kinder: Mia (geb. 3. Mai 2015), Ben (12.03.2018)", "Children: Lily (12/03/2015) and Tom (2017-01-04)", "Kinderen:
# Fenna (12-03-2015) en Joep (3 mei 2018)".
_R81P_CHILDREN_LINE = re.compile(
    r"^[ \t]*(?i:menores|niños|niñas|hijos|hijas|enfants|mineurs|kinder|children|kids|minors|kinderen)[ \t]*:[^\n]*\(",
    re.MULTILINE)
_R81P_CHILD_ITEM = re.compile(
    r"(?:[:,;][ \t]*|[ ](?:y|e|et|und|and|en|&)[ ])" + _R81P_NAME
    + r"[ ]\((?=\d|(?i:né|née|nacid[oa]|nac\.|geb\.|geboren|born|b\.|°))")
_R81P_CHILDREN_CUES = ("menores", "niños", "niñas", "hijos", "hijas", "enfants", "mineurs", "kinder", "children", "kids",
                       "minors")

# Round 81: the first name of who commented on a draft, after the comments' word and "from", before a colon and the
# comments: "harvest crew ad - draft 3, comments from Jade:", "Entwurf 2 - Anmerkung von Ignatz:", "Feedback von Jana:",
# "remarques de Solène :", "retours d'Anne :", "comentarios de Remedios:", "opmerkingen van Fenna:" (a listed first
# name only: a team's word, "comments from Marketing:", is no one, and so far an unlisted "Ignatz" too).
_R81P_COMMENTS_FROM = re.compile(
    r"(?i:comments?|feedback|notes|remarks|anmerkung(?:en)?|kommentare?|rückmeldung(?:en)?|remarques?|commentaires?|"
    r"retours?|comentarios?|observaciones|notas|opmerkingen?|commentaar)[ ](?:(?i:from|by|von|de|del|van)[ ]|(?i:d['’]))"
    + _R81P_NAME + r"[ \t]*:(?![/\d])")
_R81P_COMMENTS_CUES = ("comment", "feedback", "notes", "remark", "anmerkung", "kommentar", "rückmeldung", "remarque",
                       "retour", "comentario", "observaciones", "notas", "opmerking", "commentaar")

# Round 81: who takes an alert or a ticket on, the first name opening a sentence before the taking's words: "webshop-01
# is DOWN sinds 08:25. Jelte pakt het op, updates in deze thread.", "Roos neemt het over", "Harriet is on it", "Dean is
# picking it up", "Jana übernimmt.", "Lea kümmert sich darum", "Solène s'en occupe", "Remedios se encarga" (a listed
# first name that is no function word: "Monitoring is on it", "Ella se encarga", "Elle s'en occupe" are no one).
_R81P_TAKES_IT_ON = re.compile(
    r"(?:^|(?<=[.!?:][ ])|(?<=[-–—][ ]))" + _R81P_NAME
    + r"[ ](?:pakt[ ](?:het|dit|dat)[ ]op|neemt[ ](?:het|dit|dat)[ ]over|is[ ]on[ ]it|is[ ]picking[ ](?:it|this)[ ]up|"
      r"picks[ ](?:it|this)[ ]up|is[ ]looking[ ]into[ ](?:it|this)|übernimmt\b|kümmert[ ]sich[ ]darum|ist[ ]dran\b|"
      r"s['’]en[ ]occupe|prend[ ]le[ ]relais|se[ ](?:lo[ ])?encarga|está[ ]con[ ]ello)", re.MULTILINE)
_R81P_TAKES_IT_ON_CUES = ("pakt het op", "pakt dit op", "pakt dat op", "neemt het over", "neemt dit over", "neemt dat over",
                          "is on it", "picking it up", "picking this up", "picks it up", "picks this up", "looking into",
                          "übernimmt", "kümmert sich darum", "ist dran", "en occupe", "prend le relais", "encarga",
                          "está con ello")


def round81_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 81 (holm's and sike's missed persons, by a helper): first names in frames that make them people (see the
    constants above): an emergency contact's, a log's user key's value, a note's addressee after an arrow, children
    listed with their birth dates, who commented on a draft and who takes an alert on. `lower` is the text
    lower-cased: each frame's pattern scans the text only where it holds the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if any(cue in lower for cue in _R81P_EMERGENCY_CUES):
        spans.extend(m.span("name") for m in _R81P_EMERGENCY.finditer(text)
                     if m.group("name").split()[0].lower() not in _R81P_NOT_A_CONTACT
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if "=" in text and any(cue in lower for cue in _R81P_KEY_VALUE_CUES):
        spans.extend(m.span("name") for m in _R81P_KEY_VALUE_USER.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))  # "username=Elizabeth"
    if ("->" in text or "→" in text or "=>" in text) and ":" in text:
        spans.extend(m.span("name") for m in _R81P_ARROW_TO.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    if ":" in text and any(cue in lower for cue in _R81P_COMMENTS_CUES):
        spans.extend(m.span("name") for m in _R81P_COMMENTS_FROM.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R81P_TAKES_IT_ON_CUES):
        spans.extend(m.span("name") for m in _R81P_TAKES_IT_ON.finditer(text)
                     if m.group("name").split()[0].lower() not in function_words()  # "Ella se encarga", "Elle s'en occupe"
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if "(" in text and any(cue in lower for cue in _R81P_CHILDREN_CUES):
        for line in _R81P_CHILDREN_LINE.finditer(text):
            line_end = text.find("\n", line.end())
            spans.extend(m.span("name") for m in _R81P_CHILD_ITEM.finditer(text, line.start(), len(text) if line_end < 0 else line_end)
                         if person._r79p_name(m.group("name"), unlisted=True, words=True))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round81_not_person(text, start, end, person.g.is_surname))
