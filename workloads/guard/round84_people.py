"""Round 84 (clough's and knott's false and missed persons, by a helper): vetoes of capitalised words that name a place
after a person (its place word last: "Nelson Quay"), a fashion house in a price list ("Trajes de Adolfo Domínguez"),
a logistics site after a title's dash ("– Hub Zaragoza"), a machine's part ("Yaw brake pads") or the first partner of
a firm before its legal form ("Gielen, Moens en Van Assche CommV"), not a person (`round84_not_person`, called from
PersonDetector.find's first loop beside round 83's veto), and frames that make first names people (`round84_people`, a
pass after round 83's): a party's label the rules did not know (a keeper, a berth holder, an addressee, a child, the
parents), a holder between a table's pipes, a passenger's JSON key, a partner joined by "+" or "/" to a person found, a
customer before the verb, a caller's "its ... from", a receiver after "signed for by", a neighbour before the flat's
number, a message's lone first name at its end, a surname after two titles ("Herr Dr. Gut") and a full name before a
national number's label.

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few characters either side), never the whole text; every frame scans a
text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, unclaimed_people, without_particles
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 84: a place named after a person, a waterside place's word last: "Office: Nelson Quay, Manchester", "Victoria
# Wharf", "Kaiser-Wilhelm Kai", "Quai Jean Moulin" (first: "Quai" opens it in French), "Muelle Reina Victoria", "Willem
# Kade" (a person's surname "Dock" or "Pier" is too rare to keep; a first word "Pier", "Pier Paolo", stays a name).
_R84P_PLACE_LAST_WORDS = frozenset("quay quays wharf wharfs wharves pier dock docks marina embankment kai kaje quai muelle "
                                   "kade kaai".split())
_R84P_PLACE_FIRST_WORDS = frozenset("quai muelle kaai".split())


# Round 84: a fashion house named after its designer in a shop's price list, after a garment's plural and "de"/"by"/
# "von"/"van", a price on the line: "Trajes de Adolfo Domínguez y Purificación García solo con cita" after "bajo de
# pantalón 9 €", "suits by Paul Smith from £40", "Anzüge von Hugo Boss ab 30 €", "costumes de Pierre Cardin : 25 €",
# "pakken van Scotch Soda 20 €" (a customer's "Los trajes de Juan Pérez están listos" has no price on its line).
_R84P_GARMENTS_BEFORE = re.compile(
    r"\b(?i:trajes|vestidos|abrigos|chaquetas|camisas|suits|dresses|coats|jackets|shirts|gowns|anzüge|kleider|mäntel|"
    r"jacken|hemden|sakkos|costumes|robes|manteaux|vestes|chemises|tailleurs|pakken|jurken|jassen|colberts|overhemden)"
    r"[ ](?i:de|by|from|von|van|of)[ ](?:[A-ZÀ-Þ][\w'’-]+[ ]){0,3}(?:(?:y|e|and|&|und|et|en|,)[ ](?:[A-ZÀ-Þ][\w'’-]+[ ]){0,3})?$")
_R84P_PRICE = re.compile(r"\d[ ]?(?:€|EUR|eur)|[€£$][ ]?\d|\d[ ]?(?:£|CHF|Fr\.)")


def _r84p_fashion_house(text: str, start: int, end: int) -> bool:
    """A price list's "Trajes de [Adolfo Domínguez] y [Purificación García] solo con cita"."""
    if _R84P_GARMENTS_BEFORE.search(text, max(0, start - 80), start) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _R84P_PRICE.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


# Round 84: a logistics site's name after a title's dash, its site word first and a town after: "Red de paletería – Hub
# Zaragoza", "Pallet network - Depot Leeds", "Netzwerk – Terminal Kassel" ("Hub" is a Dutch first name: "Hub Janssen"
# after a label, with no dash before, stays a person).
_R84P_SITE_WORDS = frozenset("hub depot terminal".split())
_R84P_DASH_BEFORE = re.compile(r"\S[ ][–—-][ ]$")


# Round 84: a machine's part named like a first name before a lower-case part's word: a wind turbine's "Yaw brake pads
# at 60% wear", "Yaw drive motor replaced", "Yaw bearing greased" ("Yaw" is a listed first name; "Yaw called" stays one).
_R84P_MACHINE_WORDS = frozenset("yaw".split())
_R84P_PART_AFTER = re.compile(r"[ ](?:brakes?|drives?|motors?|bearings?|gears?|gearbox|system|sensors?|pads|angle|"
                              r"control|ring|calipers?|encoder|error|fault|alarm)\b")


# Round 84: a firm named after its partners, the first partner's surname before the others and the firm's legal form:
# "Afzender: Gielen, Moens en Van Assche CommV", "Müller, Roth & Weber GmbH", "Martin, Roy et Fils SARL", "Smith, Jones
# and Brown LLP", "García, Pérez y Gil S.L." (a person's "Anna Weber, Jan Roth en ik" has no form after).
_R84P_PARTNERS_FORM_AFTER = re.compile(
    r"(?:,[ ](?:[Vv]an[ ]|[Dd]e[ ]|[Vv]on[ ])?[A-ZÀ-Þ][\w'’-]+){0,3},?[ ](?:en|and|&|und|et|y|e)[ ]"
    r"(?:[Vv]an[ ](?:[Dd]er[ ]|[Dd]en[ ])?|[Dd]e[ ]|[Vv]on[ ])?[A-ZÀ-Þ][\w'’-]+[ ]"
    r"(?:CommV|Comm\.V\.|BV|B\.V\.|NV|N\.V\.|VOF|V\.O\.F\.|GmbH|KG|OHG|AG|SARL|SAS|SA|S\.A\.|SL|S\.L\.|SC|SCS|SNC|LLP|"
    r"LLC|Ltd|Inc|CV|Fils|Söhne|Zonen|Hijos|Sons)(?![\w])")


def round84_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 84: whether the capitalised words at text[start:end] name a place after a person, a fashion house in a
    price list, a logistics site after a title's dash, a machine's part or a firm's first partner before its form (see
    the constants above), not a person. `g` is the detector's gazetteer (unused for now, the vetoes' shared
    signature)."""
    words = text[start:end].split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if len(words) >= 2 and (last in _R84P_PLACE_LAST_WORDS or first in _R84P_PLACE_FIRST_WORDS):
        return True
    if _r84p_fashion_house(text, start, end):
        return True
    if (len(words) == 2 and first in _R84P_SITE_WORDS
            and _R84P_DASH_BEFORE.search(text, max(0, start - 4), start) is not None):
        return True
    if len(words) == 1 and first in _R84P_MACHINE_WORDS and _R84P_PART_AFTER.match(text, end) is not None:
        return True
    if _R84P_PARTNERS_FORM_AFTER.match(text, end) is not None:
        return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R84P_NAME = NAME_WITH_PARTICLES
_R84P_ONE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 84: a person after a party's label the rules did not know, the name ending its line, or before a comma, a
# slash, a bracket or a wide gap: "Registered keeper: Lori Hall", "Berth holder: Fainche Holland", "Liegeplatzinhaber:
# Jana Roth", "Geadresseerde: Annemijn Weylant", "Gericht aan: Ninthe Oversteeg", "Destinataire : Solène Marchal",
# "Empfänger: Kasimir Boucsein", "Child: Elizabeth   DOB 22 January 2009", "Enfant : Manon", "Niño: Teodosio",
# "Eltern: Silvester Röhrdanz / Enno", "Ouders: Fenna de Vries", "Padres: Ana Gil" (a listed first name alone, or an
# unlisted one before a surname; "Child: Yes", "Kind: Standard", "Addressee: Accounts" stay clean, and so does a firm
# of partners, "Geadresseerde: Heylen, De Coster en Maertens"; a shipment's consignee is mostly a firm, "Consignee:
# Simon, Hughes and Wilkinson", "Consignee: Whitehead-Duncan, Leeds", and its label is left out).
_R84P_PARTY_LABEL = re.compile(
    r"^[ \t]*(?i:registered[ ]keeper|keeper|berth[ ]holder|mooring[ ]holder|liegeplatzinhaber(?:/in|in)?|"
    r"titulaire[ ]de[ ]l['’]anneau|titular[ ]del[ ]amarre|ligplaatshouder|geadresseerde|gericht[ ]aan|addressee|"
    r"destinataire|empfänger(?:/in|in)?|(?-i:Child|Kind|Enfant|Niño|Niña|Hijo|Hija)|"
    r"(?-i:CHILD|KIND|ENFANT|NIÑO|NIÑA|HIJO|HIJA)|eltern|parents|ouders|padres|"
    r"erziehungsberechtigte[r]?)[ \t]*:[ \t]*" + _R84P_NAME + r"(?=[ \t]*(?:$|[,;(/])|[ \t]{2,})", re.MULTILINE)
_R84P_PARTNERS_AFTER = re.compile(r"(?:,[ ][A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?){1,3},?[ ](?:en|and|&|und|et|y|e)[ ]"
                                  r"[A-ZÀ-Þ]")
"""A firm of partners after the first partner's name: "Heylen[, De Coster en Maertens]", "Simon[, Hughes and Wilkinson]"."""
_R84P_PARTY_CUES = ("keeper", "holder", "inhaber", "titulaire", "titular", "ligplaats", "geadresseerde", "gericht aan",
                    "addressee", "destinataire", "empfänger", "child", "kind", "enfant", "niño", "niña",
                    "hijo", "hija", "eltern", "parents", "ouders", "padres", "erziehungsberechtigt")
# Round 84: an account's holder between a record's pipes: "uitbetaling 796 | houder Victoria Scuylenborchs | IBAN BE29
# ...", "payout 12 | holder Tom Hale | IBAN", "Auszahlung | Inhaber Jana Roth | IBAN", "virement | titulaire Solène
# Marchal |", "pago | titular Ana Gil |" (a listed first name alone, or an unlisted one before a surname).
_R84P_HOLDER_CELL = re.compile(
    r"\|[ \t]*(?i:houder|rekeninghouder|holder|account[ ]holder|inhaber(?:/in|in)?|kontoinhaber(?:/in|in)?|"
    r"titulaire|titular)[ \t]+" + _R84P_NAME + r"(?=[ \t]*\|)")
_R84P_HOLDER_CUES = ("houder", "holder", "inhaber", "titulaire", "titular")
# Round 84: a passenger's or a customer's full name as a JSON record's value: "pasajero": "Victor España Tomás",
# "passenger": "Tom Hale", "Fahrgast": "Jana Roth", "passager": "Solène Marchal", "passagier": "Fenna de Vries",
# "cliente": "Ana Gil" (two words at least; "passenger": "Business Class" holds no first name).
_R84P_JSON_PERSON = re.compile(
    r"\"(?i:pasajero|pasajera|passenger|passagier|passager|passagère|fahrgast|reisende[r]?|viajero|viajera|titular|"
    r"holder|houder|inhaber|titulaire|cliente|customer|klant|kunde|client|guest|huésped|gast|invité[e]?)\"[ ]?:[ ]?\""
    + _R84P_NAME + r"\"")
_R84P_JSON_CUES = ("\"pasaj", "\"pass", "\"fahrgast", "\"reisende", "\"viajer", "\"titula", "\"holder", "\"houder",
                   "\"inhaber", "\"client", "\"customer", "\"klant", "\"kunde", "\"guest", "\"huésped", "\"gast",
                   "\"invité")
# Round 84: a partner joined to a person found by "+" or "/", a listed first name: "Techs Francis Stephenson + Gary
# climbed", "Eltern: Silvester Röhrdanz / Enno", "Monteure Jana Roth + Kasimir", "Équipe : Solène Marchal / Manon",
# "Técnicos Ana Gil + Luis" ("Anna Weber / Marketing" and "Tom Hale + Support" hold no first name; a dog class's
# "Nicholas Riley + Luna (lab x)", a pet's kind in brackets after it, stays as it was). After "&" a surname must follow
# the first name, the span both words: a couple's "Eduard Reynders & Dylano Verkade", "Benno Medina & Diether Keudel"
# (an agility list's handler and dog, "2  Tom Reed & Juno", stays as it was).
_R84P_JOINED_AFTER = re.compile(r"[ ]?(?P<join>[+/&])[ ]?" + _R84P_ONE_NAME + r"(?P<surname>[ ][A-ZÀ-Þ][\w'’-]+)?"
                                r"(?![\w'’-]|[ ]?\()")
# Round 84: a customer's first name between the customer's word and a lower-case verb: "el cliente Porfirio dice que",
# "le client Gabriel conteste un ticket", "the customer Dawn says", "der Kunde Jonas sagt", "de klant Fenna zegt",
# "la clienta Remedios pide" (a listed first name, one that a list of words holds too, "Dawn"; "the client Portal
# says" is no one).
_R84P_CUSTOMER = gated(re.compile(
    r"\b(?i:el|la|le|la|der|die|the|de|our|notre|nuestr[oa]|unser(?:e)?|onze|un|una|une|a|ein(?:e)?|een)[ ]"
    r"(?i:cliente|clienta|client|cliente|kunde|kundin|customer|klant|cliënt|clientèle)[ ]" + _R84P_ONE_NAME
    + r"(?=[ ][a-zà-ÿ])"))
_R84P_CUSTOMER_CUES = ("client", "kunde", "kundin", "customer", "klant", "cliënt")
# Round 84: a caller's introduction typed with no apostrophe, its first name before "from": "hi its Crystal from flat
# 4", "hey its Dawn from no. 12", "hello im Tom from the garage", "Hi Im Jana from accounts" (a listed first name).
_R84P_ITS_FROM = re.compile(r"\b(?i:hi|hey|hello|hiya)[ ,]+(?i:its|im|i[ ]am)[ ]" + _R84P_ONE_NAME
                            + r"(?=,?[ ](?i:from|at|in|of)\b)")
_R84P_ITS_CUES = ("its ", "im ", "i am ")
# Round 84: a receiver's name after "signed for by": "Signed for by Dawn (pax's daughter) at the door", "Received by
# Tom Hale, 21:40", "unterschrieben von Jana (Tochter)", "quittiert von Jonas", "signé par Manon (sa fille)", "reçu par
# Solène", "firmado por Remedios (su hija)", "recibido por Ana Gil", "getekend door Fenna (dochter)", "ontvangen door
# Joppe" (a listed first name, or an unlisted one before a surname; "signed by DHL." is no one).
_R84P_SIGNED_BY = re.compile(
    r"\b(?i:signed[ ](?:for[ ])?by|received[ ]by|unterschrieben[ ]von|quittiert[ ]von|entgegengenommen[ ]von|"
    r"signé[ ]par|reçu[ ]par|réceptionné[ ]par|firmado[ ]por|recibido[ ]por|getekend[ ]door|ontvangen[ ]door|"
    r"afgetekend[ ]door)[ ]" + _R84P_NAME + r"(?=[ ]?[(,.;:]|[ ](?:at|am|um|à|le|el|a[ ]las|op|on|om)\b|[ \t]*$)",
    re.MULTILINE)
_R84P_SIGNED_CUES = ("signed", "received by", "unterschrieben", "quittiert", "entgegengenommen", "signé", "reçu par",
                     "réceptionné", "firmado", "recibido", "getekend", "ontvangen door")
# Round 84: a neighbour's first name before the flat's number: "knocked 18:20, Patrick at flat 2 says", "Dawn at flat
# 4B", "Jana in Wohnung 3", "Manon de l'appartement 12", "Remedios del piso 3", "Fenna op nummer 4" (a listed first name
# after a comma, a colon or the line's start; "London at flat 2" is no one).
_R84P_AT_FLAT = re.compile(
    r"(?:^|[,;:][ ])" + _R84P_ONE_NAME + r"(?=[ ](?i:at[ ]flat|at[ ]apartment|at[ ]apt\.?|at[ ]no\.?|at[ ]number|"
    r"in[ ]flat|from[ ]flat|in[ ]wohnung|aus[ ]wohnung|de[ ]l['’]appartement|de[ ]l['’]appart|del[ ]piso|"
    r"op[ ]nummer|van[ ]nummer)[ ]?\d)", re.MULTILINE)
_R84P_AT_FLAT_CUES = ("flat", "apartment", "apt", "at no", "number", "wohnung", "appart", "piso", "nummer")
# Round 84: a message signed with a lone first name at its end, after a sentence's end: "... espero 10 min. Virginia",
# "... ring me back. Harriet", "... bis gleich! Jana", "... merci. Solène", "... tot zo. Fenna" (a listed first name; a
# word that lists of words or places hold too; a text ending "... Status: closed. Madison" needs a first-person word).
_R84P_END_SIGNED = re.compile(r"[.!?][ ]+" + _R84P_ONE_NAME + r"[ \t]*[.!]?[ \t\n]*\Z")
_R84P_FIRST_PERSON = re.compile(r"\b(?i:i|i'm|me|my|we|ich|mich|mir|wir|je|j['’]|moi|nous|yo|me|estoy|espero|soy|"
                                r"ik|mij|wij|we)\b")
# Round 84: a surname after two titles, the second academic: "Kunde: Herr Dr. Gut", "Frau Prof. Klein", "Mr Dr. Long",
# "Mme Dr Petit", "Sr. Dr. Blanco", "dhr. dr. De Wit", "mevrouw prof. Groen" (any capitalised word: the titles make it a
# name; "Herr Dr. med." has no capital after).
_R84P_TWO_TITLES = re.compile(
    r"\b(?:Herr|Frau|Herrn|Mr\.?|Mrs\.?|Ms\.?|Mme|Madame|Monsieur|M\.|Sr\.|Sra\.|Señor|Señora|[Dd]hr\.|[Mm]evr\.|"
    r"[Mm]evrouw|[Mm]eneer)[ ](?:Dr\.?|Prof\.?|dr\.|prof\.)(?:[ ](?:Dr\.?|dr\.))?[ ](?P<name>[A-ZÀ-Þ][\w'’-]+)(?![\w'’-])")
_R84P_TWO_TITLES_CUES = ("dr.", "dr ", "prof")
_R84P_NOT_AFTER_TITLES = frozenset("med med. rer nat phil jur iur h.c. hc mult".split())
# Round 84: a full name before a national number's label, after a dash, a colon or the line's start: "Dossier
# gezinshereniging (DVZ) – Esila Sestig, rijksregisternummer 62.10.08-001.64", "Antrag – Kasimir Boucsein,
# Sozialversicherungsnummer", "Dossier – Solène Marchal, n° de sécurité sociale", "Expediente – Teodosio Reina, DNI
# 1234", "Case – Tom Hale, NI number" (two words at least, an unlisted first name allowed before a surname).
_R84P_ID_AFTER = re.compile(
    r"(?:^|[–—:-][ ])" + _R84P_NAME + r"(?=,[ ](?i:rijksregisternummer|rijksregisternr|bsn|burgerservicenummer|"
    r"sozialversicherungsnummer|steuer-id|ahv-nr|ahv|n°[ ]de[ ]sécurité[ ]sociale|nir|dni|nie|nif|nss|"
    r"ni[ ]number|national[ ]insurance|ssn|social[ ]security)\b)", re.MULTILINE)
_R84P_ID_CUES = (", rijksregister", ", bsn", ", burgerservice", ", sozialversicherung", ", steuer-id", ", ahv",
                 ", n°", ", nir", ", dni", ", nie", ", nif", ", nss", ", ni number", ", national insurance", ", ssn",
                 ", social security")
"""The national number's label after the name's comma, lower-cased: one of these opens every match."""


def _r84p_full_or_listed(person: PersonDetector, name: str, words: bool) -> bool:
    """A listed first name alone, or two words or more whose first no list needs to hold."""
    plain = without_particles(name)
    if person._r79p_name(plain, unlisted=False, words=words):
        return True
    return len(plain.split()) >= 2 and person._r79p_name(plain, unlisted=True, words=words)


def _r84p_not_firm_pair(person: PersonDetector, name: str) -> bool:
    """Whether a party's lone hyphened word may be a compound first name ("Child: Katie-Louise", "Enfant :
    Jean-Pierre", "Kind: Hans-Peter"): each part a common first name; a firm named for two surnames, "Addressee:
    May-Tran, Boston", "Keeper: Smith-Jones", "Whitehead-Duncan", is no one ("Tran", "Jones" and "Whitehead" are listed
    first names too, but no common ones; added at the merge: the full dump found one on gorge)."""
    return " " in name or "-" not in name or not firm_pair(person.g, name)


def firm_pair(g: Gazetteer, word: str) -> bool:
    """Whether a lone hyphened word is a firm named for two surnames ("May-Tran", "Brooks-Madden"): some part no
    common first name (round 85's veto on a customer's line reads it too)."""
    return "-" in word and not all(g.is_common_first_name(part) for part in word.split("-") if part)


def round84_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 84 (clough's and knott's missed persons, by a helper): first names and full names in frames that make them
    people (see the constants above). `lower` is the text lower-cased: each frame's pattern scans the text only where
    it holds the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(cue in lower for cue in _R84P_PARTY_CUES):
        spans.extend(m.span("name") for m in _R84P_PARTY_LABEL.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS
                     and _R84P_PARTNERS_AFTER.match(text, m.end()) is None
                     and _r84p_not_firm_pair(person, m.group("name"))
                     and _r84p_full_or_listed(person, m.group("name"), words=True))
    if "|" in text and any(cue in lower for cue in _R84P_HOLDER_CUES):
        spans.extend(m.span("name") for m in _R84P_HOLDER_CELL.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=True))
    if "\":" in text or "\" :" in text:
        if any(cue in lower for cue in _R84P_JSON_CUES):
            spans.extend(m.span("name") for m in _R84P_JSON_PERSON.finditer(text)
                         if len(m.group("name").split()) >= 2
                         and _r84p_full_or_listed(person, m.group("name"), words=True))
    if (found or spans) and ("+" in text or "/" in text or "&" in text):
        people = [(start, end) for start, end, category in found if category == "person"] + spans
        for _, end in people:
            m = _R84P_JOINED_AFTER.match(text, end)
            if m is None or not person._r79p_name(m.group("name"), unlisted=False, words=False):
                continue
            if m.group("join") != "&":
                spans.append(m.span("name"))
            elif m.group("surname") is not None:
                spans.append((m.start("name"), m.end("surname")))
    if any(cue in lower for cue in _R84P_CUSTOMER_CUES):
        spans.extend(m.span("name") for m in _R84P_CUSTOMER.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R84P_ITS_CUES):
        spans.extend(m.span("name") for m in _R84P_ITS_FROM.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R84P_SIGNED_CUES):
        spans.extend(m.span("name") for m in _R84P_SIGNED_BY.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=True))
    if any(cue in lower for cue in _R84P_AT_FLAT_CUES):
        spans.extend(m.span("name") for m in _R84P_AT_FLAT.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    tail = text[-40:]
    if any(c in tail for c in ".!?"):
        m = _R84P_END_SIGNED.search(text, max(0, len(text) - 40))
        if (m is not None and person._r79p_name(m.group("name"), unlisted=False, words=True)
                and _R84P_FIRST_PERSON.search(text, max(0, m.start() - 300), m.start()) is not None):
            spans.append(m.span("name"))
    if any(cue in lower for cue in _R84P_TWO_TITLES_CUES):
        spans.extend(m.span("name") for m in _R84P_TWO_TITLES.finditer(text)
                     if m.group("name").lower() not in _R84P_NOT_AFTER_TITLES)
    if "," in text and any(cue in lower for cue in _R84P_ID_CUES):
        spans.extend(m.span("name") for m in _R84P_ID_AFTER.finditer(text)
                     if len(m.group("name").split()) >= 2 and _r84p_full_or_listed(person, m.group("name"), words=False))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round84_not_person(text, start, end, person.g))
