"""Round 79 (carr's false persons, heath's false and missed persons, by a helper): vetoes of capitalised words that
name a feast, a club, a firm or a thing, not a person (`round79b_not_person`, called from PersonDetector.find's first
loop), and frames that make first and full names people (`round79b_people`, a pass after round 78's).

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, place_names
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

if TYPE_CHECKING:
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 79: a feast's name after the event it names, in the span or just before it: "Fête de Noël le 07/06" on a
# catechism's planning, "Fiesta de Navidad", "Kerstfeest"'s "Viering van Pasen", "Feier zu Ostern", "Christmas party"'s
# "Concert de Pâques"; a bare "Noël" in a rota ("plateau U9 → Noël") stays a person.
_R79B_FEASTS = frozenset("""
noël noel pâques paques pentecôte toussaint épiphanie epiphanie chandeleur navidad pascua pascuas nochebuena nochevieja
reyes epifanía kerstmis kerst pasen pinksteren sinterklaas hemelvaart weihnachten ostern pfingsten nikolaus advent
christmas easter pentecost whitsun hanukkah halloween carnaval karneval fasching
""".split())
_R79B_FEAST_EVENT = gated(re.compile(
    r"(?i:fête|fete|fêtes|repas|goûter|gouter|veillée|messe|marché|concert|spectacle|kermesse|célébration|vacances|"
    r"fiesta|fiestas|misa|cena|comida|concierto|mercado|celebración|vacaciones|belén|"
    r"feest|viering|markt|diner|vakantie|"
    r"fest|feier|konzert|gottesdienst|ferien|"
    r"party|service|fair|market|dinner|lunch|holidays|break|carol|carols)"
    r"[ ](?i:de|de[ ]la|del|des|du|d['’]|van|zu|zum|of|for)[ ]?$"))


def _r79b_feast(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    if words[-1].lower() not in _R79B_FEASTS:
        return False
    head = " ".join(words[:-1]) + " " if len(words) > 1 else text[max(0, start - 30) : start]
    return _R79B_FEAST_EVENT.search(head) is not None


# Round 79: an event or a club named from a word that is also a first name, the sport's word last: "Junior Golf Camp
# (Florida) registration", "3. Beatrix Rowing  20:14" in a regatta's results, "Thuisclub: Haack & Klomp Jan Golf",
# "Otto Tennis", "Jade Hockey"; a camp only after its sport ("Tennis Camp", not the surname "Emily Camp").
_R79B_SPORT_WORDS = frozenset("""
golf rowing tennis hockey rugby cricket sailing cycling athletics swimming boxing football soccer basketball volleyball
racing judo karate fencing archery squash badminton lacrosse netball handball triathlon aviron voile rudern segeln roeien
zeilen golfclub tennisclub ruderclub roeivereniging
""".split())


def _r79b_sport_name(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    if last == "camp":
        return words[-2].lower() in _R79B_SPORT_WORDS
    return last in _R79B_SPORT_WORDS


# Round 79: a player's home club on a junior's handicap card, the name on the label's line: "Golf de rattachement :
# Becker", "Thuisclub: Haack & Klomp Jan Golf", "Home club: Fraser", "Heimatclub: Weber", "Club de origen: Pérez".
_R79B_CLUB_LABEL = re.compile(
    r"(?i:golf[ ]de[ ]rattachement|club[ ]de[ ]rattachement|club[ ]d['’]origine|thuisclub|thuisbaan|home[ ]club|"
    r"home[ ]course|heimatclub|heimatverein|heimclub|stammverein|club[ ]de[ ]origen|club[ ]de[ ]procedencia)"
    r"[ \t]*:[ \t]*[^\n]*$")
# Round 79: company forms that LEGAL_FORMS lacks, right after the name (a package's name glued to the form in a build
# log included): "paquete Pascuala Barberá Cantero S.L.N.E.Core 2.8.62", "Aurora Bonilla Santos S.Com.", "Pérez Gil
# S.L.L.", "Ruiz Mora S.A.L.", "Gómez y Cía. S. en C.".
_R79B_FIRM_FORM_AFTER = re.compile(
    r"[ ](?:S\.L\.N\.E\.|S\.Com\.|S\.COM\.|S\.L\.L\.|S\.A\.L\.|S\.R\.C\.|S\.[ ]?en[ ]C\.|"
    r"(?:SLNE|S\.L\.N\.E|S\.Com|SCOM|SLL|S\.L\.L|SAL|S\.A\.L|SRC|S\.R\.C)(?![\w.]))")
# Round 79: a contract's partner, one word after the contract's number: "Rahmenvertrag 1632498036 mit Putz verlängert",
# "Marché 518469167 avec Boulanger.", "Contrato marco 2231 con Ferrer", "framework contract 88-12 with Walsh",
# "raamcontract 4411 met Bakker" (a firm of one surname; not "Mietvertrag mit Anna Schmidt").
_R79B_CONTRACT_BEFORE = gated(re.compile(
    r"(?:(?i:rahmenvertrag|wartungsvertrag|liefervertrag|servicevertrag|dienstleistungsvertrag|marché|contrat-cadre|"
    r"contrat[ ]cadre|contrato[ ]marco|contrato[ ]de[ ]servicio|framework[ ]contract|framework[ ]agreement|"
    r"service[ ]contract|raamcontract|raamovereenkomst|onderhoudscontract)[ ](?:(?i:nr\.?|n[°º]|no\.?|núm\.?)[ ]?)?"
    r"[A-Z]{0,4}[-/]?\d[\w/-]*[ ](?i:mit|avec|con|with|met)[ ])$"))
# Round 79: who shipped a parcel, one word before its tracking number: "Commande vélo 9539416205 expédiée par Evrard,
# suivi 8493563989290166", "versandt durch Kraus, Sendungsnummer ...", "enviado por Seur, seguimiento ...", "shipped by
# Fowler, tracking ...", "verzonden door Bakker, track & trace ..." (a carrier; a person sends, not ships with tracking).
_R79B_SHIPPED_BEFORE = gated(re.compile(
    r"(?i:expédiée?s?|envoyée?s?|livrée?s?|versandt|verschickt|geliefert|shipped|dispatched|delivered|enviad[oa]s?|"
    r"despachad[oa]s?|entregad[oa]s?|verzonden|verstuurd|geleverd)[ ](?i:par|durch|von|mit|by|via|por|con|door|met)[ ]$"))
_R79B_TRACKING_AFTER = re.compile(
    r",?[ ](?i:suivi|n[°º][ ]de[ ]suivi|tracking|track|sendungsnummer|sendungsnr|seguimiento|n[°º][ ]de[ ]seguimiento|"
    r"track[ ]&[ ]trace|trackingcode|volgcode)\b")
# Round 79: a list of surnames that names a firm of partners, after a contractor's or a supplier's label: "Top
# contractor: Smith, Weber and Wilson", "Lieferant: Koch, Braun & Frey", "Prestataire : Martin, Roux et Petit",
# "Proveedor: Pérez, Gil y Ruiz", "Aannemer: Smit, Bos en Kok".
_R79B_FIRM_LIST = re.compile(
    r"(?:^|\n)[ \t]*(?i:(?:top|main|preferred|lead|approved|principal)[ ])?(?i:contractors?|suppliers?|vendors?|"
    r"subcontractors?|auftragnehmer|lieferanten?|dienstleister|subunternehmer|prestataires?|fournisseurs?|"
    r"proveedor(?:es)?|contratistas?|leveranciers?|aannemers?|onderaannemers?)(?i:[ ]\w+)?[ \t]*:[ \t]*"
    r"(?P<list>[A-ZÀ-Þ][\w'’-]+(?:,[ ][A-ZÀ-Þ][\w'’-]+)*,?[ ](?:and|&|und|et|y|en)[ ][A-ZÀ-Þ][\w'’-]+)(?=[ \t]*(?:$|\n|[.,;(]))")
# Round 79: an identity document's number read as a name: "Reisepass Nr. 895506908", "Passport No. 5521", "Pasaporte
# Núm. 1234", "Paspoort nr. NX12".
_R79B_DOCUMENTS = frozenset("""
reisepass pass personalausweis ausweis führerschein passport passeport pasaporte paspoort rijbewijs identiteitskaart
licence license permis carte karte tarjeta dni nie
""".split())
_R79B_NUMBER_WORDS = frozenset("nr nr. no no. nº n° núm núm. num num. nummer number numéro número".split())
# Round 79: a lost property's things in a lost-and-found book: a key ring's tag ("Schlüsselbund mit Chip", "keys with
# Fob", "trousseau de clés avec Badge", "llavero con Chip", "sleutelbos met Pasje"); where it is kept, alone after a
# dash at the line's end ("Geldbörse (...) – Tresor", "wallet – Safe", "portefeuille – Coffre", "cartera – Taquilla",
# "portemonnee – Kluis").
_R79B_KEYS_WITH_BEFORE = gated(re.compile(
    r"(?i:schlüsselbund|schlüssel|schlüsselanhänger|keys|key|keyring|key[ ]ring|trousseau|trousseau[ ]de[ ]clés|clés|"
    r"clefs|llavero|llaves|sleutelbos|sleutels|sleutel)[ ](?i:mit|with|avec|con|met)[ ]$"))
_R79B_STORAGE = frozenset("""
tresor safe kasse rezeption fundbüro theke tresen empfang büro spind schließfach kluis balie receptie kantoor coffre
coffre-fort accueil caisse casier recepción taquilla conserjería caja reception office desk locker
""".split())
_R79B_STORAGE_DASH_BEFORE = re.compile(r"[)\w][ ][–—-][ ]$")
_R79B_LOST_PROPERTY_TEXT = re.compile(
    r"(?i:fundbuch|fundsache|fundbüro|fundliste|fundstück|lost[ ]property|lost[ ]and[ ]found|objets?[ ]trouvés|"
    r"objetos[ ]perdidos|objetos[ ]olvidados|gevonden[ ]voorwerpen|verloren[ ]voorwerpen)")
"""Round 79: a lost-and-found book or list: only there is "keys with Chip" a key's tag ("I left the keys with Anna" is
a person) and "– Tresor" at a line's end where a thing is kept."""


def round79b_not_person(text: str, start: int, end: int) -> bool:
    """Round 79: whether the capitalised words at text[start:end] name a feast, a club, a firm, a document or a thing
    (see the constants above), not a person."""
    span = text[start:end]
    words = span.split()
    if not words:
        return False
    if _r79b_feast(text, start, end) or _r79b_sport_name(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if ":" in text[line_start:start] and _R79B_CLUB_LABEL.match(text, line_start, _line_end(text, start)) is not None:
        return True
    if _R79B_FIRM_FORM_AFTER.match(text, end):
        return True
    if len(words) == 2 and words[0].lower() in _R79B_DOCUMENTS and words[1].lower() in _R79B_NUMBER_WORDS:
        return True
    if "," in text[line_start:start] or " " in text[line_start:start]:
        for m in _R79B_FIRM_LIST.finditer(text, max(0, line_start - 1)):
            if m.start("list") <= start and end <= m.end("list"):
                return True
            break
    if len(words) != 1:
        return False
    before = text[max(0, start - 80) : start]
    if _R79B_CONTRACT_BEFORE.search(before):
        return True
    if _R79B_KEYS_WITH_BEFORE.search(before) and _R79B_LOST_PROPERTY_TEXT.search(text):
        return True  # the lost-property word is searched in the whole text last: most spans have no keys before them
    if _R79B_SHIPPED_BEFORE.search(before) and _R79B_TRACKING_AFTER.match(text, end):
        return True
    return (span.lower() in _R79B_STORAGE and _R79B_STORAGE_DASH_BEFORE.search(before) is not None
            and text[end : _line_end(text, end)].strip() in ("", ".") and _R79B_LOST_PROPERTY_TEXT.search(text) is not None)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# ------------------------------------------------------------------------------------------------------ the new people
_R79B_NAME = NAME_WITH_PARTICLES
# Round 79: who a role passes to, a minute's item: "TOP 4: neuer Schlüsselverantwortlicher ist Natacha.", "4. AOB - new
# shed key holder June (245-...)", "nouvelle responsable des clés : Solène", "nueva encargada de llaves es Remedios",
# "nieuwe sleutelbeheerder is Fenna", "neue Kassenwartin ist Ottilie Brandt".
_R79B_NEW_ROLE_HOLDER = gated(re.compile(
    r"(?i:neue[rn]?|new|nouvel|nouvelle|nouveau|nuevo|nueva|nieuwe|nieuw)[ ](?:[\w-]+[ ]){0,3}?"
    r"[\w-]*(?i:verantwortliche|verantwortlicher|beauftragte|beauftragter|wart|wartin|leiter|leiterin|holder|keeper|"
    r"responsable|encargado|encargada|verantwoordelijke|beheerder|beheerster)"
    r"(?:[ ](?:(?i:des|de|du|de[ ]la|del|de[ ]los|van[ ]de|van[ ]het)[ ])?[\w-]+)?"
    r"(?:[ ](?i:ist|is|est|es|wird|sera|será|wordt|will[ ]be)|[ ]?:|[ ][–-])?[ ]" + _R79B_NAME
    + r"(?=[ \t]*(?:[.,;(]|$))", re.MULTILINE))
# Round 79: who something is handed to: "can u give it to Alexander before sat", "please hand the keys to Imogen by
# Friday", "donne-la à Solène avant samedi", "dáselo a Remedios mañana", "geef hem aan Fenna voor zaterdag", "gib ihn
# bitte an Ottilie weiter".
_R79B_HAND_TO = re.compile(
    r"(?:(?i:give|hand|pass|bring|return|leave)[ ](?i:it|them|this|that|(?:the|your|my|our)[ ][\w-]+)[ ](?i:to)|"
    r"(?i:donne|donnez|remets|remettez|passe|passez|rends|rendez)[- ](?i:la|le|les)[ ]à|"
    r"(?i:dáselo|dásela|dáselos|dáselas|entrégaselo|entrégasela|pásaselo|pásasela|déjaselo|déjasela)[ ]a|"
    r"(?i:geef|geeft|breng|brengt)[ ](?i:hem|het|ze|de[ ][\w-]+)[ ](?i:aan)|"
    r"(?i:gib|gebt|bring|bringt)[ ](?i:ihn|sie|es)[ ](?:(?i:bitte)[ ])?(?i:an))[ ]"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+)(?=[ ](?i:before|by|on|at|tomorrow|today|tonight|after|when|asap|avant|demain|ce|"
    r"antes|mañana|hoy|voor|vóór|morgen|vandaag|vor|heute|weiter|zurück)\b|[ \t]*[.,!?]|[ \t]*$)", re.MULTILINE)


def _r79b_hand_to_cued(lowered: str) -> bool:
    """Whether the lower-cased text holds what a hand-in needs (so that _R79B_HAND_TO scans few texts): English's verb
    and " to ", or French's " à ", Spanish's enclitic "-selo"/"-sela", Dutch's or German's verb."""
    if " to " in lowered and ("give" in lowered or "hand" in lowered or "pass" in lowered or "bring" in lowered
                              or "return" in lowered or "leave" in lowered):
        return True
    return (" à " in lowered or "selo" in lowered or "sela" in lowered or "geef" in lowered or "breng" in lowered
            or "gib" in lowered or "gebt" in lowered or "bring" in lowered)
# Round 79: a visitor's or a guest's first name on a wifi log's or a visitors' book's line, before a dash or a bracket:
# "WLAN-Gastzugang: Besucher Wolf-Dietrich – 172.26.116.216", "Visitor Imogen - 10.0.0.4", "Visiteur Baptiste (...)",
# "Visitante Remedios – ...", "Bezoeker Fenna – ...".
_R79B_VISITOR = gated(re.compile(
    r"\b(?:Besucher|Besucherin|Visitor|Guest|Visiteur|Visiteuse|Visitante|Invitado|Invitada|Bezoeker|Bezoekster)[ ]"
    + _R79B_NAME + r"(?=[ ]?[–—(]|[ ]-[ ])"))
# Round 79: a referee's or an assistant's name on a match's line of a referees' list: "- Ref Sarah Simmons, AR
# Patricia", "Ref Alexander May, AR Leon", "AR1 Imogen", "4th official Harriet".
_R79B_REFEREE = re.compile(
    r"(?:^|(?<=[ ,;(/-]))(?:Ref|Referee|AR|AR1|AR2|4th[ ]official)[.:]?[ ]" + _R79B_NAME + r"(?=[ \t]*(?:[,;(/]|$))",
    re.MULTILINE)
_R79B_REFEREE_TEXT = re.compile(r"(?i:referee|referees|assistant[ ]ref|fixtures)")
_R79B_REFEREE_CUES = ("referee", "assistant ref", "fixtures")
"""Round 79: _R79B_REFEREE_TEXT's words lower-cased, looked for before the pattern scans the text."""
# Round 79: an identity card or a bank card in someone's name, German's "auf": "Geldbörse (Ausweis auf Wolf Rogner,
# Kreditkarte ...)", "Führerschein auf Ottilie Brandt", "Monatskarte auf den Namen Jonas Keller".
_R79B_DOCUMENT_ON = gated(re.compile(
    r"(?:Ausweis|Personalausweis|Reisepass|Pass|Führerschein|Karte|Bankkarte|Kreditkarte|Mitgliedsausweis|Ticket|"
    r"Fahrkarte|Monatskarte|Abo|Schülerausweis|Studentenausweis)[ ]auf[ ](?:den[ ]Namen[ ])?" + _R79B_NAME
    + r"(?=[ ]?[,;)]|[ \t]*$)", re.MULTILINE))
# Round 79: rows of an assignment list whose other rows hold persons found: a cast list's role, a colon, then the actor
# ("Adam (Dorfrichter): Walentina Gumprich", "Adela: Emigdio Sabater", "Ruprecht: Viktoria (Zweitbesetzung: ...)");
# a referees' list's match, then the referee ("Sáb 10:00 CD Arenal – UD Norte: Luisina Barbero", "Dim. 9h30 : plateau
# U9 → Eva"); the texts mention a cast or referees.
_R79B_ASSIGNMENT_TEXT = re.compile(
    r"(?i:besetzung|zweitbesetzung|reparto|\bcast\b|casting|distribution[ ]des[ ]rôles|rolverdeling|bezetting|understudy|doublure|"
    r"designaciones|désignations|árbitros|arbitres|arbitrage|referee|schiedsrichter|scheidsrechter)")
_R79B_ASSIGNMENT_CUES = (
    "besetzung", "reparto", "cast", "distribution", "rolverdeling", "bezetting", "understudy", "doublure", "designaciones",
    "désignations", "árbitros", "arbit", "referee", "schiedsrichter", "scheidsrechter")
"""Round 79: cue words, lower-cased, one of which _R79B_ASSIGNMENT_TEXT needs (searched only where one is)."""
_R79B_ASSIGNED_ROW = re.compile(
    r"^[ \t]*(?:[^\n:→]|:(?![ ]))*?(?:[ ]?:|[^\n→]*→)[ ]" + _R79B_NAME + r"(?=[ \t]*(?:$|\())", re.MULTILINE)
# Round 79: a work party's or a rota's list items, a first or a full name, a colon, then the task, where two other
# items' names were found: "- Ellinor: Kuchen", "- Claire : goûter", "- Paz: almuerzo", "- Elizabeth: tea & cake",
# "- Perlita Peláez España: compost".
_R79B_TASK_ITEM = re.compile(r"^[ \t]*[-*•–][ ]" + _R79B_NAME + r"[ ]?:[ ]\S", re.MULTILINE)


def round79b_people(person: PersonDetector, text: str, found: list[Span], lowered: str) -> Iterator[Span]:
    """Round 79 (heath's missed persons, by a helper): first and full names in frames that make them people (see the
    constants above): a new role holder in minutes, who something is handed to, a visitor on a wifi log, a referee and
    an assistant, a card in someone's name, an assignment list's row (a cast, referees) and a work party's item beside
    rows whose persons were found. `lowered` is the text lower-cased: the hand-in, the referees' and the assignment list
    are scanned for only where it holds their cue words (_r79b_hand_to_cued, _R79B_REFEREE_TEXT's words,
    _R79B_ASSIGNMENT_CUES), as most texts hold none."""
    taken = [(start, end) for start, end, _ in found]
    people = [(start, end) for start, end, category in found if category == "person"]
    spans: list[tuple[int, int, bool]] = []  # (start, end, whether a name that no list holds will do)
    if "neue" in lowered or "new" in lowered or "nouv" in lowered or "nuev" in lowered or "nieuw" in lowered:
        spans.extend((*m.span("name"), False) for m in _R79B_NEW_ROLE_HOLDER.finditer(text))
    handed = _R79B_HAND_TO.finditer(text) if _r79b_hand_to_cued(lowered) else ()
    spans.extend((*m.span("name"), False) for m in handed
                 if m.group("name").lower().rstrip(".") not in person._titles)  # not "Hand them to Ms. Morton"
    spans.extend((*m.span("name"), False) for m in _R79B_VISITOR.finditer(text))
    if any(cue in lowered for cue in _R79B_REFEREE_CUES) and _R79B_REFEREE_TEXT.search(text):
        spans.extend((*m.span("name"), False) for m in _R79B_REFEREE.finditer(text))
    if " auf " in text:
        spans.extend((*m.span("name"), True) for m in _R79B_DOCUMENT_ON.finditer(text) if " " in m.group("name"))
    if people and "\n" in text:
        if any(cue in lowered for cue in _R79B_ASSIGNMENT_CUES) and _R79B_ASSIGNMENT_TEXT.search(text):
            rows = list(_R79B_ASSIGNED_ROW.finditer(text))
            spans.extend((*m.span("name"), True) for m in _r79b_rows_beside_people(rows, people, 1 if len(rows) >= 3 else 2))
        items = list(_R79B_TASK_ITEM.finditer(text))
        spans.extend((*m.span("name"), True) for m in _r79b_rows_beside_people(items, people, 2))
    for start, end, unlisted in spans:
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
        if any(a < end and start < b for a, b in taken):
            continue
        if not person._first(words[0][1]) and (len(words) == 1 or not unlisted):
            continue  # a person's single word or a frame's full name opens with a first name the lists know
        if (unlisted and len(words) == 1 and words[0][1].lower() in place_names()
                and not person.g.is_common_first_name(words[0][1])):
            continue  # a row's single word that names a place: "Dim. 9h : finale → Lyon" (not "- Elizabeth: tea & cake")
        if unlisted and not any(person._surname(word) for _, word in words):
            continue  # a row's unlisted full name holds a listed first name or surname: not "Subject: Quarterly Report"
        if not person._r78b_name(words, unlisted) or round79b_not_person(text, start, end):
            continue
        taken.append((start, end))
        yield (start, end, "person")


def _r79b_rows_beside_people(rows: list[re.Match[str]], people: list[tuple[int, int]], needed: int) -> list[re.Match[str]]:
    """The rows whose name was not found, where `needed` other rows' names were (one will do in a cast's or a referees'
    list of three rows or more: "→ Laurent Jacquot" found above "→ Alexandrie Chauvin (tuteur ...)" and "→ René")."""
    hit = [any(a < m.end("name") and m.start("name") < b for a, b in people) for m in rows]
    if sum(hit) < needed:
        return []
    return [m for m, h in zip(rows, hit) if not h]
