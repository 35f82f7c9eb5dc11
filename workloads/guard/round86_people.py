"""Round 86 (moss's and holt's false and missed persons, by a helper): vetoes of capitalised words that name a maker in
brackets after its model's code ("ASK 21 (Alexander Schleicher)"), a brand after a preposition and its article ("die
mevrouw met de Frederique Constant", "la señora del Longines"), a product line with its count on a stock line ("Fleurs
de Bach Rescue x6, Oscillococcinum x20"), a firm of two makers before a circa year ("Clayton & Bell c.1870"), a menu's
day ("Fr Königsberger Klopse" after "Mo ..., Di ..., Mi ..."), a role's noun before "heißt" and a title ("Gast heißt
Dr. Flückiger") or a title greeted alone ("Bonjour Maître,"), not a person (`round86_not_person`, called from
PersonDetector.find's first loop beside round 85's veto); and frames that make first names people (`round86_people`,
a pass after round 85's): a gift voucher's buyer and recipient ("Voor: Anny", "Purchased by Jennifer Ortiz as a gift
for Joseph"), a chat's poster in brackets ("(posted by Angela, deleted from chat)"), the one who pasted a secret by
mistake ("Danilo hat aus Versehen ..."), a caller named before "die Dame mit der ..." ("Ahmet die Dame mit der
Kuckucksuhr hat angerufen"), a contact in brackets before a phone number ("(Azeneth Cuenca, +34 ...)"), a customer
who does not open at a delivery's time ("13:10: Rosendo España no abre") and a note signed at its end ("... to the
buyer's solicitors. (Tracey)", "... noticeboard. -Joseph").

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few characters either side), never the whole text; every frame scans a
text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.context_words import GREETINGS, SIGN_OFFS
from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, function_words, unclaimed_people
from workloads.guard.round84_people import _r84p_full_or_listed, _r84p_not_firm_pair
from workloads.guard.round85_people import _R85P_SAINTS
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 86: a maker in brackets after its model's code (two to four capitals, then the number), the bracket closing
# after the name: "ASK 21 (Alexander Schleicher), Jahresnachprüfung", "Planeur DG 1000 (Glaser Dirks) :", "LS8 (Rolladen
# Schneider)", "ASW-28 (Alexander Schleicher)", "velero SZD 51 (Allstar PZL)"; a ward's code is no model: "ICU 3 (Anna
# Roth)" stays.
_R86P_MODEL_CODE_BEFORE = re.compile(r"(?:^|[ :(/])(?P<code>[A-Z]{2,4})[ -]?\d{1,4}[A-Za-z]?[ ]\($")
_R86P_WARD_CODES = frozenset("icu itu itc hdu ccu ed er ae op or rm iva its ips seh uci urg rea usi uti ic mc".split())
# Round 86: a brand after a preposition and its article, the one who wears it before: "die mevrouw met de Frederique
# Constant", "the lady with the Jaeger-LeCoultre", "la dame avec la Frederique Constant", "el señor con el Longines",
# "die Dame mit der Frederique Constant" (a person takes no article there); and Spanish "la señora del Longines", the
# word after "del" on no list ("la señora del Río" is Mrs del Río).
_R86P_ARTICLE_BEFORE = re.compile(r"\b(?i:met[ ](?:de|het)|mit[ ](?:der|dem)|with[ ]the|avec[ ](?:la|le)|con[ ](?:el|la))[ ]$")
_R86P_WEARER_BEFORE = re.compile(r"\b(?i:señora|señor|chica|chico|mujer|hombre|clienta|cliente)[ ]$")
# Round 86: a product line with its count on a stock line that counts another item: "Fleurs de Bach Rescue x6,
# Oscillococcinum x20", "Flores de Bach Rescue x5, Arnica x10", "Bach Blüten Notfall x4, Globuli x12", "Dr Hauschka
# Rosencreme x3; Weleda x2" (a line with one count, "Tickets: Anna Roth x2", stays).
_R86P_COUNT_AFTER = re.compile(r"(?:[ ][\w'’-]+){0,2}[ ][x×]\d{1,4}\b")
_R86P_COUNT_ON_LINE = re.compile(r"[ ][x×]\d{1,4}\b")
# Round 86: a firm of two makers before a circa year: "probably Clayton & Bell c.1870", "Heaton, Butler & Bayne c. 1885",
# "wohl Mayer & Zeiler um 1900" is no circa's c.; "Lavers and Barraud ca. 1860", "vermutlich Zettler & Co. um 1890",
# "probablement Lorin et Fils vers 1880" (a year of 1500 to 1999 after the pair).
_R86P_CIRCA = r"[ ,]*(?:c\.|ca\.|circa|um|vers|hacia|rond|omstreeks)[ ]?1[5-9]\d\d\b"
_R86P_PAIR_CIRCA_AFTER = re.compile(r"[ ](?:&|and|und|et|y|en)[ ][A-ZÀ-Þ][\w'’-]+" + _R86P_CIRCA)
_R86P_CIRCA_AFTER = re.compile(_R86P_CIRCA)
_R86P_PAIR_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]+[ ](?:&|and|und|et|y|en)[ ]$")
# Round 86: a role's noun before the verb that names its holder and a title: "Gast heißt Dr. Flückiger", "Passagier
# heißt Frau Fuchs", "Gast heet mevrouw Claus", "Passager s'appelle Mme Roy", "Pasajero se llama Sr. Gil", "Guest is
# called Mr Hale" ("Anna heißt eigentlich Johanna" has no title after).
_R86P_NAMED_AFTER = re.compile(r"[ ](?:heißt|heisst|heet|s['’]appelle|se[ ]llama|is[ ]called|is[ ]named)[ ]"
                               r"(?P<title>[A-Za-zÀ-ÿ]+)\.?[ ]")
# Round 86: a title greeted alone, the comma or the line's end after: "Bonjour Maître,", "Cher Maître,", "Dear Doctor,",
# "Liebe Frau Doktor," is a title; "Estimado Doctor,", "Geachte Notaris," (a title on its own is no name: "Maître" is
# a listed first name).
# Round 86: a pair of makers before a colon, the first maker's other word before the span: "Patek Philippe y Breguet:
# solo envío a fábrica", "Audemars Piguet und Breguet: nur Werksrevision", "Vacheron Constantin & Patek Philippe:
# factory only", "Baume Mercier et Longines :", "Jaeger Lecoultre en Breguet:" (the word before a surname on no
# first names' list, no greeting or function word: "Hola Ana y Pedro:", "Gracias Ana y Pedro:" stay people).
_R86P_PAIR_WORD = re.compile(r"[ ](?:&|and|und|et|y|en)[ ]")
_R86P_GREETING_WORDS = frozenset(w for table in (GREETINGS, SIGN_OFFS) for phrases in table.values()
                                  for w in phrases.split("|") if " " not in w)
_R86P_WORD_BEFORE = re.compile(r"(?:^|(?<=[.:;!?]\s)|(?<=\n))(?P<word>[A-ZÀ-Þ][\w'’-]+)[ ]$")
_R86P_LONE_TITLES = frozenset("maître maitre docteur professeur doctor doktor professor notaris notario notar "
                              "notaire abogado avocat advocaat".split())
_R86P_GREETING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:bonjour|bonsoir|cher|chère|dear|hello|liebe|lieber|sehr[ ]geehrte[r]?|"
                                   r"estimad[oa]|querid[oa]|hola|geachte|beste)[ ]$")


def _r86p_menu_day(text: str, start: int, first: str) -> bool:
    """A menu's day before its dish, the line listing three other days: "Mo Kohlrouladen, Di Linseneintopf, Mi Seelachs,
    Do Käsespätzle, [Fr Königsberger] Klopse" (round 80's veto spares a dish whose word is a surname)."""
    from workloads.guard.names import _SHORT_WEEKDAY_ITEM, SHORT_WEEKDAYS  # names.py imports this module: read at call

    if first.lower() not in SHORT_WEEKDAYS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    days = {m.group(1).lower() for m in _SHORT_WEEKDAY_ITEM.finditer(line)
            if m.group(1).lower() in SHORT_WEEKDAYS and line_start + m.start(1) != start}
    return len(days - {first.lower()}) >= 3


def round86_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 86: whether the capitalised words at text[start:end] name a maker after its model's code, a brand after an
    article, a product line with its count, a firm before a circa year, a menu's day, a role before "heißt" or a title
    greeted alone (see the constants above), not a person. `g` is the detector's gazetteer."""
    from workloads.guard.names import _R79P_TITLE_WORDS  # names.py imports this module: read at call

    words = text[start:end].split()
    if not words:
        return False
    first = words[0].lower()
    if len(words) >= 2 and text.startswith(")", end):
        m = _R86P_MODEL_CODE_BEFORE.search(text, max(0, start - 16), start)
        if m is not None and m.group("code").lower() not in _R86P_WARD_CODES:
            return True
    if _R86P_ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    if (len(words) == 2 and first == "del" and not g.is_surname(words[1]) and not g.is_first_name(words[1])
            and _R86P_WEARER_BEFORE.search(text, max(0, start - 10), start) is not None):
        return True
    if text.startswith(":", end) and _R86P_PAIR_WORD.search(text, start, end) is not None:
        m = _R86P_WORD_BEFORE.search(text, max(0, start - 24), start)
        word = m.group("word") if m is not None else ""
        if (m is not None and g.is_surname(word) and not g.is_first_name(word) and word.lower() not in _R86P_GREETING_WORDS
                and word.lower() not in _R79P_TITLE_WORDS and word.lower() not in function_words()):
            return True
    if _R86P_COUNT_AFTER.match(text, end) is not None:
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]
        if len(_R86P_COUNT_ON_LINE.findall(line)) >= 2:
            return True
    if _R86P_PAIR_CIRCA_AFTER.match(text, end) is not None:
        return True
    if (_R86P_CIRCA_AFTER.match(text, end) is not None
            and _R86P_PAIR_BEFORE.search(text, max(0, start - 32), start) is not None):
        return True
    if len(words) >= 2 and _r86p_menu_day(text, start, words[0]):
        return True
    if len(words) == 1:
        m = _R86P_NAMED_AFTER.match(text, end)
        if m is not None and m.group("title").lower() in _R79P_TITLE_WORDS:
            return True
        if (first in _R86P_LONE_TITLES and _R86P_GREETING_BEFORE.search(text, max(0, start - 24), start) is not None
                and (end == len(text) or text[end] in ",\n!")):
            return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R86P_NAME = NAME_WITH_PARTICLES
_R86P_ONE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 86: a gift voucher's recipient after its label at a line's start, the name ending its line: "Voor: Anny",
# "Für: Klaus-Ulrich", "Para: Delfina", "Pour : Manon", "For: Jessica", "Beschenkte: Jana Roth", "Recipient: Tom Hale"
# (the text holds a voucher's word; "Für: 2 Personen", "Para: todos" stay clean); the buyer and the recipient in words:
# "Purchased by Jennifer Ortiz as a gift for Joseph", "Gekauft von Jana Roth als Geschenk für Lea", "Comprado por Ana Gil
# como regalo para Luis", "Acheté par Solène Marchal en cadeau pour Paul", "Gekocht door Fenna de Vries als cadeau voor
# Joppe", "Comprado por: Cebrián Varela" on its line.
_R86P_VOUCHER_CUES = ("voucher", "gutschein", "cadeaubon", "waardebon", "bono regalo", "tarjeta regalo", "bon cadeau",
                      "bon d'achat", "carte cadeau", "gift card", "gift certificate", "geschenkgutschein", "vale regalo")
_R86P_RECIPIENT_LABEL = re.compile(
    r"^[ \t]*(?i:voor|für|fuer|para|pour|for|beschenkte[r]?|empfänger(?:in)?|recipient|ontvanger|bénéficiaire|"
    r"beneficiari[oa]|destinatari[oa])[ \t]*:[ \t]*" + _R86P_NAME + r"[ \t]*$", re.MULTILINE)
_R86P_GIFT_PARTIES = re.compile(
    r"\b(?i:purchased|bought|gekauft|gekocht|comprad[oa]|achetée?|offert|offered|geschenkt)[ ](?i:by|von|door|por|par)"
    r"[ \t]?:?[ \t]?" + _R86P_NAME + r"(?=[ \t]*$|[ ](?i:as[ ]a[ ]gift|als[ ](?:geschenk|cadeau)|como[ ]regalo|en[ ]cadeau|"
    r"comme[ ]cadeau)\b)"
    r"|\b(?i:gift[ ]for|geschenk[ ]für|regalo[ ]para|cadeau[ ]pour|cadeau[ ]voor)[ ]"
    + _R86P_NAME.replace("<name>", "<to>") + r"(?=[ \t]*$|[ ]?[,.;(])", re.MULTILINE)
_R86P_GIFT_CUES = ("purchased", "bought", "gekauft", "gekocht", "comprado", "comprada", "acheté", "offert", "offered",
                   "geschenkt", "gift for", "geschenk für", "regalo para", "cadeau pour", "cadeau voor")
# Round 86: a junior member's label on a licence or a membership's form, the name ending its line: "Junior: Jessica",
# "Jugendliche: Lea", "Jeune : Manon", "Menor: Remedios", "Jeugdlid: Fenna", "Minor: Tom Hale" (the text holds a
# licence's or a membership's word; "Junior: 45 €" and "Junior: ja" stay clean).
_R86P_JUNIOR_LABEL = gated(re.compile(
    r"^[ \t]*(?i:junior|jugendliche[r]?|minderjährige[r]?|jeune|mineur[e]?|menor|jeugdlid|minderjarige|minor)[ \t]*:"
    r"[ \t]*" + _R86P_NAME + r"[ \t]*$", re.MULTILINE))
_R86P_JUNIOR_CUES = ("licen", "lizenz", "carnet", "permis", "vergunning", "ausweis", "membership", "mitglied", "socio",
                     "lidmaatschap", "adhésion", "adhesion")
# Round 86: a chat's poster in brackets, a comma or the bracket after: "(posted by Angela, deleted from chat)", "(sent by
# Tom Hale)", "(gepostet von Jana, gelöscht)", "(posté par Manon, supprimé)", "(publicado por Remedios, borrado)",
# "(gepost door Fenna, verwijderd)".
_R86P_POSTED_BY = re.compile(
    r"\((?i:posted|sent|shared|pasted|gepostet|geschickt|gesendet|geteilt|posté|postée|envoyé|partagé|publicado|enviado|"
    r"compartido|pegado|gepost|gestuurd|gedeeld|geplakt)[ ](?i:by|von|par|por|door)[ ]" + _R86P_NAME + r"(?=[ ]?[,;)])")
_R86P_POSTED_CUES = ("(posted", "(sent", "(shared", "(pasted", "(gepostet", "(geschickt", "(gesendet", "(geteilt",
                     "(posté", "(envoyé", "(partagé", "(publicado", "(enviado", "(compartido", "(pegado", "(gepost",
                     "(gestuurd", "(gedeeld", "(geplakt")
# Round 86: the one who did it by mistake, after a greeting's comma or a line's start, before the verb and the mistake's
# words: "Liebe Vorstandsmitglieder, Danilo hat aus Versehen ...", "Hi all, Tom has accidentally pasted ...", "Beste
# leden, Fenna heeft per ongeluk ...", "Bonjour à tous, Manon a par erreur ...", "Hola a todos, Remedios ha por error ..."
# (a listed first name, no function word: "Jemand hat aus Versehen" is no one).
_R86P_BY_MISTAKE = re.compile(
    r"(?:^|,[ ])" + _R86P_ONE_NAME + r"[ ](?:hat|has|heeft|a|ha)[ ](?i:aus[ ]versehen|versehentlich|by[ ]mistake|"
    r"accidentally|mistakenly|per[ ]ongeluk|per[ ]abuis|par[ ]erreur|par[ ]mégarde|por[ ]error|por[ ]equivocación|"
    r"sin[ ]querer)\b", re.MULTILINE)
_R86P_MISTAKE_CUES = ("versehen", "by mistake", "accidentally", "mistakenly", "per ongeluk", "per abuis", "par erreur",
                      "par mégarde", "por error", "por equivocación", "sin querer")
# Round 86: a caller named at a note's start before the one who called, "die Dame mit ...": "Ahmet die Dame mit der
# Kuckucksuhr hat angerufen", "Johan die mevrouw met de Frederique Constant heeft gebeld", "India - the lady with the
# Reverso rang", "Manon, la dame avec la montre a rappelé", "Remedios, el señor del reloj ha llamado" (a listed first
# name at the text's or a line's start; a label's "Docent: de heer de Wit" is the teacher, no caller).
_R86P_CALLER = gated(re.compile(
    r"^" + _R86P_ONE_NAME + r"(?:[ ]?[,–—-])?[ ](?i:die|der|de|the|la|le|el)[ ](?i:dame|frau|herr|mann|kundin|kunde|mevrouw|"
    r"meneer|heer|man|vrouw|klant|lady|gentleman|woman|customer|señora|señor|mujer|hombre|clienta|cliente|"
    r"monsieur|femme)[ ](?i:mit|met|with|avec|con|del|à|who|qui|que|die)\b", re.MULTILINE))
_R86P_CALLER_CUES = ("dame ", "frau ", "herr ", "mann ", "kundin ", "kunde ", "mevrouw ", "meneer ", "heer ", "man ",
                     "vrouw ", "klant ", "lady ", "gentleman ", "woman ", "customer ", "señora ", "señor ", "mujer ",
                     "hombre ", "cliente", "monsieur ", "femme ")
# Round 86: a contact's full name in brackets before a phone number: "La vecina del bajo (Azeneth Cuenca, +34 820 449
# 952) puede abrir", "the neighbour (Tom Hale, 07700 900123) has a key", "die Nachbarin (Jana Roth, 0171 2345678)",
# "la voisine (Solène Marchal, 06 12 34 56 78)", "de buurvrouw (Fenna de Vries, 06-12345678)" (two words at least).
_R86P_BRACKET_PHONE = re.compile(r"\(" + _R86P_NAME + r",[ ](?=\+?\(?\d[\d ()./-]{6,}\))")
# Round 86: a customer who does not open at a round's time: "Incidencia repartidor 13:10: Rosendo España no abre",
# "Melding chauffeur 12:20: Phileine Slaetsdochter doet niet open", "Fahrer 11:45: Jana Roth öffnet nicht", "Livreur
# 12h10 : Solène Marchal n'ouvre pas", "Driver 13:10: Tom Hale not answering the door" (a full name, or a listed first
# name).
_R86P_NO_ANSWER = re.compile(
    r"\d{1,2}[:h.]\d{2}[ \t]?:[ \t]" + _R86P_NAME + r"[ ](?=(?i:no[ ]abre|no[ ]contesta|doet[ ]niet[ ]open|reageert[ ]niet|"
    r"öffnet[ ]nicht|macht[ ]nicht[ ]auf|n['’]ouvre[ ]pas|ne[ ]répond[ ]pas|not[ ]answering|does[ ]not[ ]answer|"
    r"doesn['’]t[ ]answer|doesn['’]t[ ]open|does[ ]not[ ]open)\b)")
_R86P_NO_ANSWER_CUES = ("no abre", "no contesta", "niet open", "reageert niet", "öffnet nicht", "nicht auf",
                        "ouvre pas", "répond pas", "not answering", "not answer", "t answer", "t open", "not open")
# Round 86: a name field's full name on no list, alone on its line after the label or in a JSON object's value: "Nombre:
# Baudelio Alcázar", "Name: Zenta Börner", "Naam: Ayden van den Henst", "Nom complet : Arnaude Guillon", "Full name:
# Espiridión Arnal", '"nombre": "Teodosio Planas"', '"name": "Alfredo España Menéndez"' (a surname that is a country
# too); two to four name-shaped words, the form asking for a person's other data within 200 characters (an IBAN, a
# birth date, an address, a phone or an e-mail): round 33's "Name: Kubernetes Gold\nVersion: 3.2" and "Nom : Dupont
# Services\nProduit : ..." are a product and a firm.
_R86P_NAME_FIELD = re.compile(
    r"^[ \t]*(?i:name|full[ ]name|vollständiger[ ]name|nombre|nombre[ ]completo|nombre[ ]y[ ]apellidos|naam|"
    r"volledige[ ]naam|nom|nom[ ]complet)[ \t]*:[ \t]*" + _R86P_NAME + r"[ \t]*$"
    r"|\"(?i:name|full_?name|nombre|nombre_completo|naam|nom|nom_complet)\"[ ]?:[ ]?\""
    + _R86P_NAME.replace("<name>", "<json>") + r"\"", re.MULTILINE)
_R86P_NAME_FIELD_CUES = ("name", "nom", "naam")
_R86P_PERSONAL_FIELD = re.compile(r"(?i:iban|dni|nif|nie|bsn|geburtsdatum|fecha[ ]de[ ]nacimiento|date[ ]of[ ]birth|"
                                  r"geboortedatum|date[ ]de[ ]naissance|e-?mail|correo|tel[eé]fono|telefon|telefoon|"
                                  r"phone|t[eé]l[eé]phone|adress?e|address|direcci[oó]n|anschrift|domicilio|adres)\b")
# Round 86: a note signed at its end, after its last sentence: "... before sending to the buyer's solicitors. (Tracey)",
# "... on the library noticeboard. -Joseph", "Cambio la contraseña esta noche. Dan", "... bitte rotieren. – Jana",
# "... avant l'envoi. (Manon)", "... voor het versturen. -Fenna" (a listed first name, no word too, at the text's end;
# a full name after a dash or a bracket, or one whose other words are listed surnames: "... deja fuera a mucha gente.
# Gisela Iglesia Ibáñez"; "... see you at the Royal Albert Hall" has no stop before).
_R86P_SIGNED_END = re.compile(r"[.!?][ ]+(?:\((?P<b>)|[-–—][ ]?)?" + _R86P_NAME + r"(?(b)\))[ \t]*\Z")


def _r86p_full_or_shaped(person: PersonDetector, name: str, words: bool = False) -> bool:
    """A listed first name alone or before other words, or two to four name-shaped words that no list of words, places
    or firms holds (in a frame strong enough for rare names on no list: "Comprado por: Cebrián Varela", "12:20: Phileine
    Slaetsdochter doet niet open"); with `words` the first name may be a word or a place too ("Purchased by Eugene
    Gorham as a gift")."""
    parts = name.split()
    return (_r84p_full_or_listed(person, name, words=words)
            or 2 <= len(parts) <= 4 and person._name_shaped([(0, word) for word in parts]))


def _r86p_no_signer(person: PersonDetector, name: str) -> bool:
    """Round 86, at the merge (the full dump's false persons on playa, hummock and polje): the words ending a text are
    an answer ("Previous chiropractic care? No") or a firm ("Total due within 30 days. Collins-Sims", "... call the
    branch. - Breen Group Lettings"), not a note's signature."""
    from workloads.guard.names import NOT_PERSON_AFTER  # names.py imports this module: read at call
    words = name.split()
    return (name.lower() in REPLY_WORDS or not _r84p_not_firm_pair(person, name)
            or any(word.lower() in NOT_PERSON_AFTER for word in words[1:]))


def round86_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 86 (moss's and holt's missed persons, by a helper): first names and full names in frames that make them
    people (see the constants above). `lower` is the text lower-cased: each frame's pattern scans the text only where
    it holds the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(cue in lower for cue in _R86P_VOUCHER_CUES):
        spans.extend(m.span("name") for m in _R86P_RECIPIENT_LABEL.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS and _r84p_full_or_listed(person, m.group("name"), words=True))
    if ":" in text and any(cue in lower for cue in _R86P_JUNIOR_CUES):
        spans.extend(m.span("name") for m in _R86P_JUNIOR_LABEL.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS and _r84p_full_or_listed(person, m.group("name"), words=False))
    if any(cue in lower for cue in _R86P_GIFT_CUES):
        for m in _R86P_GIFT_PARTIES.finditer(text):
            group = "name" if m.group("name") is not None else "to"
            if _r86p_full_or_shaped(person, m.group(group), words=True) and (
                    group == "to" or " " in m.group(group) or person.g.is_common_first_name(m.group(group))
                    and text[m.end(group) : m.end(group) + 1] == " "):
                spans.append(m.span(group))  # at the merge: a buyer named by one word, a common first name before the
                # gift's words; not a lot's sponsor ending its line ("panier garni offert par Maillet", "... par Weber")
    if "(" in text and any(cue in lower for cue in _R86P_POSTED_CUES):
        spans.extend(m.span("name") for m in _R86P_POSTED_BY.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=False))
    if any(cue in lower for cue in _R86P_MISTAKE_CUES):
        spans.extend(m.span("name") for m in _R86P_BY_MISTAKE.finditer(text)
                     if m.group("name").lower() not in function_words()  # "Jemand hat aus Versehen ..."
                     and person._r79p_name(m.group("name"), unlisted=False, words=False))
    if any(cue in lower for cue in _R86P_CALLER_CUES):
        spans.extend(m.span("name") for m in _R86P_CALLER.finditer(text)
                     if m.group("name").lower() not in function_words()
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if "(" in text and ", " in text:
        spans.extend(m.span("name") for m in _R86P_BRACKET_PHONE.finditer(text)
                     if len(m.group("name").split()) >= 2 and _r86p_full_or_shaped(person, m.group("name")))
    if ":" in text and any(cue in lower for cue in _R86P_NO_ANSWER_CUES):
        spans.extend(m.span("name") for m in _R86P_NO_ANSWER.finditer(text)
                     if _r86p_full_or_shaped(person, m.group("name")))
    if ":" in text and any(cue in lower for cue in _R86P_NAME_FIELD_CUES):
        for m in _R86P_NAME_FIELD.finditer(text):
            group = "name" if m.group("name") is not None else "json"
            if (len(m.group(group).split()) >= 2 and _r86p_full_or_shaped(person, m.group(group))
                    and _R86P_PERSONAL_FIELD.search(text, max(0, m.start() - 200), m.end() + 200) is not None):
                spans.append(m.span(group))
    signed = _R86P_SIGNED_END.search(text, max(0, len(text) - 60))
    if signed is not None and not _r86p_no_signer(person, signed.group("name")):
        name = signed.group("name")
        if (len(name.split()) == 1 or signed.group("b") is not None or text[signed.start("name") - 1] != " "
                or text[signed.start("name") - 2] in "-–—"
                or all(person.g.is_surname(word) for word in name.split()[1:])
                and person._name_shaped([(0, word) for word in name.split()])):
            before = text[max(0, signed.start() - 6):signed.start()].split()
            if (person._r79p_name(name, unlisted=False, words=False)
                    and not (before and before[-1].lower() in _R85P_SAINTS)):  # "... meet at St. Paul"
                spans.append(signed.span("name"))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round86_not_person(text, start, end, person.g))
