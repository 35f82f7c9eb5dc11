"""Round 87 (cwm's false persons, by a helper): vetoes of capitalised words that name a product, a variety, a title or a
firm named after a person, each anchored on its line's shape, not on a list of the names (`round87_not_person`, called
from PersonDetector.find's first loop beside round 86's veto): an order's or a delivery's item after its count ("10 x
Romeo y Julieta Churchill (box 25)", "10 boîtes Romeo y Julieta n° 2, 5 Montecristo Edmundo", "3 x Dr. Eureka"), a
returns note's title before its count ("Donald Duck Extra ISBN ... x 4", "Radio Times Christmas x 11"), a price list's
item before its dotted leader ("Douglas balk 75x200 ...... € 66,80/m", "Nr. 230 Napoleon Mantel + Zweispitz ......")
and its delivery terms ("Frei Bau im Umkreis von 30 km", "Franco chantier ... dans un rayon de 30 km"), a list of
varieties after its label or its fruit ("Sorten: Goldparmäne, Jakob Fischer, Kaiser Wilhelm", "pommes à cidre
(Kermerrien, Douce Moen)"), a blend's share ("Dabinett 60 / Kingston Black 15"), a batch's word before its number
("Pasteur Charge 163655976"), a street named after a friar or a saint ("calle Fray Ceferino González"), a costume's
size ("Piet Piraat mt. 152"), a monarch's numeral ("le costume de Louis XIV"), a shop's team ("l'équipe du Dé Pipé") and
a tobacconist's or a shop's word before its owner ("Trafik Hofer - Anmeldung", "Groetjes, Spellenhuis De Pion").

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few hundred characters either side), never the whole text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, function_words, unclaimed_people
from workloads.guard.round84_people import _r84p_full_or_listed

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# Round 87: an order's, a delivery's or a stock list's item after its count, the count opening the item (a line's start,
# a colon, a comma or a semicolon), an "x", a pack's unit word, a size ("20L") or a title's abbreviation between:
# "10 x Romeo y Julieta Churchill (box 25)", "10x Romeo y Julieta Churchill (Kiste 25) EAN ...", "10 boîtes Romeo y
# Julieta n° 2, 5 Montecristo Edmundo", "3 x Dr. Eureka", "2x Dr. Eureka.", "1 x 20L Ellis Bitter single variety",
# "4 cajas Romeo y Julieta, 2 Partagás", "5 dozen Cohiba Robusto; 2 Davidoff" (two count items at least in the window,
# and the text is an order's, a delivery's, an invoice's or a stock list's: "Zimmer: 12 Anna Roth, 14 Tom Hale" and
# "Tickets: 2 x Anna Roth" stay people).
_R87P_PACK = r"(?:\d{1,3}[ ]?(?i:l|ml|cl|kg|g|oz)[ ])?(?:[A-Z][a-z]{0,3}\.[ ])?"
_R87P_COUNT_ITEM_BEFORE = re.compile(
    r"(?:(?:^[ \t]*|[,;:][ \t]+)\d{1,4}[ ]?[x×][ ]?|[,;:][ \t]+\d{1,4}[ ](?:[a-zà-ÿ]{3,12}[ ])?"
    r"|^[ \t]*\d{1,4}[ ][a-zà-ÿ]{3,12}[ ])" + _R87P_PACK + r"$", re.MULTILINE)
_R87P_COUNT_ITEM = re.compile(r"(?:^[ \t]*|[,;:][ \t]+)\d{1,4}[ ]?(?:[x×][ ]?)?(?=[A-Za-zÀ-ÿ])", re.MULTILINE)
_R87P_ORDER_WORDS = re.compile(
    r"\b(?i:invoice|order|delivery|delivered|shipped|stock|wholesale|ean|isbn|rechnung|bestellung|lieferung|geliefert|"
    r"großhandel|lager|factuur|bestelling|levering|geleverd|verzonden|voorraad|facture|commande|livraison|livré|bl|"
    r"factura|pedido|entrega|albarán|enviado|total|summe|totaal)\b")
# Round 87: a returns note's or a stock list's title before its count "x 4", its code (an ISBN, an EAN) or a word or two
# between, two counts at least in the window and a returns', credit's, code's or stock's word in the text: "Donald Duck
# Extra ISBN 978-6-295-39146-7 x 4, Libelle x 10", "Radio Times Christmas x 11" under "Beano Annual ISBN ... x 3",
# "Micky Maus Magazin x 5, Bravo x 3 (Remission)", "Paris Match x 4; Le Monde x 10 — retour", "Hola! x 6, Pronto x 4
# (devolución)" ("Tickets: Anna Roth x 2, Tom Hale x 3" holds no such word and stays people).
_R87P_TITLE_COUNT_AFTER = re.compile(
    r"(?:[ ][\w'’!-]+){0,2}(?:[ ](?:ISBN|EAN|ISSN)(?:-1[03])?:?[ ]?[\dX-]{8,17})?[ ][x×][ ]?\d{1,4}\b")
_R87P_TITLE_COUNT = re.compile(r"[ ][x×][ ]?\d{1,4}(?=[,;.]|[ \t]*(?:\n|$))")
_R87P_RETURNS_WORDS = re.compile(
    r"(?i:return|retour|remission|remittende|gutschrift|credit|crédit|abono|devoluci[oó]n|isbn|issn|ean|stock|"
    r"inventar|voorraad|creditnota)")
# Round 87: a price list's item at its line's start (an item's number before it, "Nr. 230", "No 12", "#4", "12."),
# the line holding a dotted leader and a price, and a product's lower-case word, a dimension or a "+" between the item
# and the dots: "Douglas balk 75x200 ...... € 66.638,80/m", "Douglas fir beam 75x200 ............ £1,234.56/m", "Nr. 230
# Napoleon Mantel + Zweispitz ...... 95378,11 €", "Pino Douglas viga 200x200 ...... 42,00 €", "Poutre Douglas 200x200
# ..... 42 €" (a staff list's "Anna Weber ........ ext. 204" has no price, a bar tab's "Anna Weber ...... 12,50 €" no
# product's word, and both stay people).
_R87P_ITEM_NUMBER_BEFORE = re.compile(r"^[ \t]*(?:(?i:nr|no|n°|nº|art)\.?[ ]?\d{1,5}|#\d{1,5}|\d{1,4}[.)])[ ]+$")
_R87P_PRODUCT_BEFORE_DOTS = re.compile(
    r"(?:[ ][a-zà-ÿ][\w'’-]*|[ ]\d{1,4}(?:[x×/]\d{1,4})+(?:[ ]?mm)?|[ ]\+[ ][\w'’-]+){1,5}[ ]?\.{3,}[ ]?"
    r"(?:[€£$][ ]?\d|\d[\d., \u00a0\u202f]*[ \u00a0]?(?:€|£|EUR|CHF|Fr\.))")
_R87P_DOTS_PRICE = re.compile(r"\.{3,}[ ]?(?:[€£$][ ]?\d|\d[\d., \u00a0\u202f]*[ \u00a0]?(?:€|£|EUR|CHF|Fr\.))")
# Round 87: a price list's delivery terms at a line's start, a distance in km on the line, two price lines with dotted
# leaders in the window: "Frei Bau im Umkreis von 30 km ab 800 €", "Franco chantier au-delà de 600 € dans un rayon de
# 30 km", "Free delivery within 30 km over £500", "Portes Pagados en un radio de 30 km", "Franco werf binnen 30 km".
_R87P_KM_ON_LINE = re.compile(r"\d[ ]?km\b")
# Round 87: a list of varieties after its label, commas between its items and nothing else: "Sorten: Goldparmäne,
# Gravensteiner, Jakob Fischer, Kaiser Wilhelm.", "Varieties: Dabinett, Kingston Black, Tom Putt", "Variétés : Kermerrien,
# Douce Moen", "Variedades: Raxao, Regona, Ceferino", "Rassen: Goudreinet, Jacques Lebel", "Cépages : Merlot, Cabernet"
# ("Pflücker: Anna Roth, Tom Hale" is a list of people); and the list in brackets after a fruit's word: "pommes à cidre
# (Kermerrien, Douce Moen)", "Mostäpfel (Bohnapfel, Jakob Fischer)", "cider apples (Dabinett, Kingston Black)",
# "manzanas de sidra (Raxao, Regona)", "cider­appels (Goudreinet, Jacques Lebel)".
_R87P_VARIETY_LIST_BEFORE = re.compile(
    r"\b(?i:sorten|apfelsorten|obstsorten|rebsorten|varieties|variety|cultivars|variétés|cépages|variedades|"
    r"variedad|rassen|appelrassen|fruitrassen|soorten|appelsoorten)[ \t]?:[ \t]*(?:[^\n:;.,()]+,[ ]?){0,8}$"
    r"|\b(?i:pommes|apples|äpfel|mostäpfel|appels|ciderappels|manzanas|poires|pears|birnen|peren|peras|raisins|grapes|"
    r"trauben|druiven|uvas)(?:[ ][\w'’-]+){0,3}[ ]?\((?:[^\n:;.,()]+,[ ]?){0,8}$")
# Round 87: a blend's share after each variety, slashes between the shares: "Dabinett 60 / Yarlington Mill 25 /
# Kingston Black 15", "Harry Masters Jersey 70 / Tom Putt 30", "Bramley 50 % / Jakob Fischer 50 %" (the text holds a
# blend's word or a percent sign; "Anna 3 / Tom 5" on a score sheet stays people).
_R87P_SHARE_AFTER = re.compile(r"[ ]\d{1,3}(?:[ ]?%)?(?=[ ]/[ ]|[,;\n]|$)")
_R87P_SHARE_BEFORE = re.compile(r"[ ]\d{1,3}(?:[ ]?%)?[ ]/[ ]$")
_R87P_SHARE_NEXT = re.compile(r"[ ]\d{1,3}(?:[ ]?%)?[ ]/[ ]")
_R87P_BLEND_WORDS = re.compile(r"(?i:blend|assemblage|mezcla|verschnitt|cuvée|coupage|mélange|melange|%)")
# Round 87: a batch's word last in the span before its number: "Pasteur Charge 163655976", "Bottling Batch 2231",
# "Pasteurisation Lot 44", "Partij 12", "Lote 3728" (a person's "Anna Lot" has no number after).
_R87P_BATCH_WORDS = frozenset("charge batch lot los lote partij partie".split())
_R87P_NUMBER_AFTER = re.compile(r"[ ](?:(?i:nr|no|n°|nº)\.?[ ]?)?#?\d{3,}")
# Round 87: a street named after a friar, a saint or a title, the street's word and the title before: "calle Fray
# Ceferino González", "Avenida Padre Jesús Ordóñez", "rue Abbé Pierre Grégoire", "Pater Rupert Mayer Straße" is
# German; "Sankt Anna Weg"; "straat Pater Damiaan"; "Plaza Doctor Fleming", "Paseo General Martínez Campos".
_R87P_TITLED_STREET_BEFORE = re.compile(
    r"\b(?i:calle|c/|avenida|avda\.?|plaza|paseo|camino|ronda|rue|avenue|boulevard|bd|place|allée|impasse|straße|strasse|"
    r"gasse|weg|platz|street|road|lane|avenue|straat|laan|plein|weg)[ ](?:Fray|Sor|Padre|Madre|San|Santa|Santo|"
    r"Doctor|Dr\.|General|Capitán|Abbé|Père|Saint|Sainte|St\.|Ste\.|Pater|Sankt|Professor|Prof\.|Father|Brother)[ ]$")
# Round 87: a costume's or a garment's size right after the name: "Piet Piraat mt. 152", "Heks maat 140", "Pippi
# Langstrumpf Gr. 128", "Zorro taille 10 ans", "Zorro talla 8", "Peter Pan size 10" (a size's word and its number).
_R87P_SIZE_AFTER = re.compile(r"[ ](?i:mt\.?|maat|gr\.|größe|groesse|size|taille|talla|t\.)[ ]?\d{1,3}\b")
# Round 87: a lone first name before a monarch's numeral: "le costume de Louis XIV", "Henry VIII costume", "disfraz de
# Felipe II", "Kostüm Ludwig II." ("I" alone is the pronoun: "Louis I think" stays).
_R87P_REGNAL_AFTER = re.compile(r"[ ](?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})\b(?![’'-])")
# Round 87: a shop's team after its words, the article or the preposition of a place before the name: "l'équipe du Dé
# Pipé", "l'équipe de la Boutique", "das Team vom Spielkaffee", "het team van De Pion", "el equipo del Dado Loco", "the
# team at Dice Tower" ("l'équipe de Marie" takes no article and stays a person).
_R87P_TEAM_BEFORE = re.compile(
    r"(?i:l['’]équipe[ ](?:du|de[ ]la|des|de[ ]l['’])|das[ ]team[ ](?:vom|der|des|im)|het[ ]team[ ]van[ ](?:de|het)|"
    r"el[ ]equipo[ ](?:del|de[ ]la)|the[ ]team[ ](?:at|from))[ ]$")
# Round 87: a shop's word that is a shop's kind, first in a two-word name: "Trafik Hofer - Anmeldung", "Groetjes,
# Spellenhuis De Pion", "Kiosk & Co", "Tabac Dupont", "Estanco Pérez", "Spielecafé Würfel", "Spellenwinkel Dobbel".
_R87P_SHOP_WORDS = frozenset("trafik tabaktrafik kiosk kiosque tabac estanco tabakszaak sigarenwinkel spellenhuis "
                             "spellenwinkel spielecafé spielcafé spieleladen ludothèque juguetería".split())

# Round 87: a game or a show a party wants set up for its table, between the wish's verb and the ready's word on the line,
# another title joined to it, in a booking's text: "Hinweis: Junggesellinnenabschied, wollen Just One und Codenames
# vorbereitet", "Rem : anniv, ils veulent Dixit et Les Loups-Garous prêts", "they want Dixit and Codenames ready",
# "quieren Dixit y Catan preparados", "ze willen Dixit en Codenames klaarleggen" ("we want Anna ready by 9" has no
# title joined to it, and no booking's word).
_R87P_WISH_BEFORE = re.compile(r"\b(?i:wollen|möchten|hätten[ ]gern|veulent|voudraient|want|wants|would[ ]like|"
                               r"quieren|querrían|willen|wil|zouden[ ]graag)[ ]$")
_R87P_JOINED_READY_AFTER = re.compile(
    r"[ ](?:und|et|and|y|en|&)[ ](?P<other>[A-ZÀ-Þ][\w'’-]*)[^\n]{0,60}?[ ](?i:vorbereitet|bereit|aufgebaut|prêts?|préparés?|ready|set[ ]up|"
    r"preparad[oa]s?|listos?|klaar(?:gezet|leggen|zetten)?)\b")
_R87P_BOOKING_WORDS = re.compile(r"(?i:reserv|résa|booking|buchung|table|tisch|tafel|mesa)")


def _r87p_window_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line that holds text[start:end]."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


_R87P_BARE_COUNT = re.compile(r"(?:^[ \t]*|[,;:][ \t]+)(\d{1,4})[ ](?![x×])", re.MULTILINE)


def _r87p_numbered_or_dated(text: str, count: re.Match[str], line_start: int, line_end: int) -> bool:
    """Whether the number before a name is no order's count (the merge's dump of every split): a year or a day before a
    function word ("August 13, 2016 for Max Brown. Orders placed ..."), or a place in a numbered list, its line's bare
    numbers 1, 2, 3 in turn ("board order: 1 Toby Jones, 2 Monica Newman, 3 Alan"; "10 boîtes ..., 5 Montecristo" are
    counts)."""
    words = count.group(0).split()
    if len(words) >= 2 and words[-1].lower() in function_words():
        return True
    if "x" in count.group(0) or "×" in count.group(0):
        return False
    numbers = [int(n) for n in _R87P_BARE_COUNT.findall(text, line_start, line_end)]
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def round87_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 87: whether the capitalised words at text[start:end] name an order's item after its count, a returns note's
    title before its count, a price list's item or its delivery terms, a variety in a list, a blend's share, a batch,
    a titled street, a costume's size, a monarch, a shop's team or a shop (see the constants above), not a person. `g`
    is the detector's gazetteer."""
    words = text[start:end].split()
    if not words:
        return False
    lo, hi = max(0, start - 300), min(len(text), end + 300)
    line_start, line_end = _r87p_window_line(text, start, end)
    count = _R87P_COUNT_ITEM_BEFORE.search(text, max(line_start, start - 40), start)
    if count is not None and not _r87p_numbered_or_dated(text, count, line_start, line_end):
        if (len(_R87P_COUNT_ITEM.findall(text, lo, hi)) >= 2
                and _R87P_ORDER_WORDS.search(text, lo, hi) is not None):
            return True
    if _R87P_TITLE_COUNT_AFTER.match(text, end) is not None:
        if (len(_R87P_TITLE_COUNT.findall(text, lo, hi)) >= 2
                and _R87P_RETURNS_WORDS.search(text, lo, hi) is not None):
            return True
    before = text[line_start:start]
    if not before.strip() or _R87P_ITEM_NUMBER_BEFORE.match(before) is not None:
        if _R87P_PRODUCT_BEFORE_DOTS.match(text, end, line_end) is not None:
            return True
        if (not before.strip() and _R87P_KM_ON_LINE.search(text, end, line_end) is not None
                and len(_R87P_DOTS_PRICE.findall(text, lo, hi)) >= 2):
            return True
    if (text[end:end + 1] in (",", ".", ")") or text[end:end + 1] == "\n" or end == len(text)) and \
            _R87P_VARIETY_LIST_BEFORE.search(text, max(line_start, start - 160), start) is not None:
        return True
    if _R87P_SHARE_AFTER.match(text, end) is not None and _R87P_BLEND_WORDS.search(text, lo, hi) is not None:
        if (_R87P_SHARE_BEFORE.search(text, max(line_start, start - 12), start) is not None
                or _R87P_SHARE_NEXT.match(text, end) is not None):
            return True
    if len(words) >= 2 and words[-1].lower() in _R87P_BATCH_WORDS and _R87P_NUMBER_AFTER.match(text, end) is not None:
        return True
    if _R87P_TITLED_STREET_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    if _R87P_SIZE_AFTER.match(text, end) is not None:
        return True
    if len(words) == 1 and g.is_first_name(words[0]) and _R87P_REGNAL_AFTER.match(text, end) is not None:
        from workloads.guard.names import _R79P_TITLE_WORDS  # names.py imports this module: read here, not per span

        previous = text[max(0, start - 12):start].split()[-1:]
        if not (previous and previous[0].rstrip(".").lower() in _R79P_TITLE_WORDS):
            return True  # "Frau Koch II" is a practice's second doctor, a person
    if _R87P_TEAM_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    if words[0].lower() in _R87P_SHOP_WORDS:
        return True
    if _R87P_WISH_BEFORE.search(text, max(0, start - 16), start) is not None:
        joined = _R87P_JOINED_READY_AFTER.match(text, end, line_end)
        if (joined is not None and (not g.is_first_name(joined.group("other"))
                                       or joined.group("other").lower() in function_words())
                and _R87P_BOOKING_WORDS.search(text, lo, hi) is not None):
            return True  # "wollen [Just One] und Codenames vorbereitet"; "want Emma and Tom ready" joins two people
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R87P_ONE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 87: the staff member or the first aider named after a label that follows the log line's sentence (not at a line's
# start, where round 83's party labels read), the name ending the text, the line or the sentence, or before a bracket:
# "venta denegada (tabaco), sin documento. Dependiente: Perlita", "refused 20 x Marlboro Gold, no ID shown. Staff:
# Andrew", "Verkauf verweigert (Zigaretten), kein Ausweis. MA: Gottlob", "verkoop geweigerd (shag), geen ID. Medewerker:
# Jaylinn", "vente refusée, pas de pièce. Vendeuse : Manon", "snijwond aan de linkerhand. EHBO: Edwin (BHV).",
# "coupure à l'avant-bras. Premiers secours : André (SST).", "se cortó la mano. Primeros auxilios: Bárbara.", "cut to
# the palm. First aider: Tom.", "Schnitt am Daumen. Ersthelfer: Jana." (a listed first name alone, a word or a place too:
# "Dependiente: América"; or one that no list holds, "MA: Gottlob", "Dependiente: Perlita"; "Staff: none", "EHBO: ja"
# stay clean).
_R87P_STAFF_AFTER_SENTENCE = re.compile(
    r"[.!?)][ \t]+(?:(?i:dependient[ea]|cajer[oa]|vendedor[a]?|staff|cashier|clerk|served[ ]by|mitarbeiter(?:/in|in)?|"
    r"verkäufer(?:/in|in)?|kassierer(?:/in|in)?|bedient[ ](?:von|door)|medewerk(?:er|ster)|verkoper|verkoopster|"
    r"caissi(?:er|ère)|vendeur|vendeuse|employée?|servi[e]?[ ]par|atendid[oa][ ]por|first[ ]aid(?:er)?|first[ ]aid[ ]by|"
    r"ersthelfer(?:/in|in)?|erste[ ]hilfe|ehbo(?:['’]er)?|bhv(?:['’]er)?|premiers[ ]secours|secouriste|"
    r"primeros[ ]auxilios|socorrista)|(?-i:MA))[ \t]*:[ \t]*" + _R87P_ONE_NAME + r"(?=[ \t]*(?:$|[.,;(]))", re.MULTILINE)
_R87P_STAFF_CUES = ("dependient", "cajer", "vendedor", "staff", "cashier", "clerk", "served by", "mitarbeiter", "verkäufer",
                    "kassierer", "bedient", "medewerk", "verkoper", "verkoopster", "caissi", "vendeu", "employé", "servi par",
                    "servie par", "atendid", "first aid", "ersthelfer", "erste hilfe", "ehbo", "bhv", "premiers secours",
                    "secouriste", "primeros auxilios", "socorrista", "ma:", "ma :")
# Round 87: a small child's first name before its age in brackets, years and months: "Brian (2y 4m) bumped head on the
# climbing frame", "Mia (3 J. 2 M.) ist gestolpert", "Léo (2 ans) a mordu", "Lucía (2 años y 3 meses) se cayó", "Noor
# (3 jaar) viel", "Ava (18 months) napped" (a listed first name, a word too: "Mia", "Noor"; opening its line or its
# sentence: a puppy's "pup Sammie (4 maanden)" and a wine's "Bordeaux (2 ans)" stay clean).
_R87P_CHILD_AGE = re.compile(
    r"(?:^[ \t]*|(?<=[.!?][ ]))" + _R87P_ONE_NAME + r"[ ]\((?:\d{1,2}(?:[.,]\d)?[ ]?(?i:y|yr|yrs|years?|j|jr|jahre?|ans?|años?|"
    r"jaar|m|mo|mos|months?|mths?|mon|monate?|mois|meses|maanden|mnd)\.?(?:[ ]?(?:,|y|und|et|en|and)?[ ]?)){1,2}\)", re.MULTILINE)
_R87P_AGE_CUES = tuple(f" ({digit}" for digit in "0123456789")
# Round 87: the one whose emergency contacts a crèche's or a club's form lists, before the colon: "Emergency contacts for
# Charles:", "Notfallkontakte für Lena:", "Contacts d'urgence pour Manon :", "Contactos de emergencia de Lucía:",
# "Noodcontacten voor Noor:", "Emergency contact for Tom Hale:".
_R87P_CONTACTS_FOR = re.compile(
    r"(?i:emergency[ ]contacts?|notfallkontakte?|notfall-kontakte?|contacts?[ ]d['’]urgence|contactos?[ ]de[ ]emergencia|"
    r"noodcontact(?:en)?|contactperso(?:on|nen)[ ]bij[ ]nood)[ ](?i:for|für|von|de|pour|para|voor|van)[ ]"
    + NAME_WITH_PARTICLES + r"(?=[ ]?:)")
_R87P_CONTACTS_CUES = ("emergency contact", "notfallkontakt", "notfall-kontakt", "contacts d'urgence", "contact d'urgence",
                       "contacts d’urgence", "contact d’urgence", "contactos de emergencia", "contacto de emergencia",
                       "noodcontact", "bij nood")


def round87_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 87 (cwm's missed persons, by a helper): first names in frames that make them people (see the constants
    above). `lower` is the text lower-cased: each frame's pattern scans the text only where it holds the frame's cue
    words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(cue in lower for cue in _R87P_STAFF_CUES):
        spans.extend(m.span("name") for m in _R87P_STAFF_AFTER_SENTENCE.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS and m.group("name").lower() not in function_words()
                     and person._r79p_name(m.group("name"), unlisted=True, words=True))
    if any(cue in text for cue in _R87P_AGE_CUES):
        spans.extend(m.span("name") for m in _R87P_CHILD_AGE.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R87P_CONTACTS_CUES):
        spans.extend(m.span("name") for m in _R87P_CONTACTS_FOR.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=True))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round87_not_person(text, start, end, person.g))
