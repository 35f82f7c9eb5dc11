"""Round 87 (col's false and missed persons, by helper B): vetoes of capitalised words that name a nail polish's shade
in quotes before its count ("gellak 'Máxima Oranje' x6"), a pigeon race's name before its liberation ("RESULT - Old Bird
Nat, liberation Leeds"), a pub before its landlord's words ("ab Vereinslokal Zur Post"), a voucher's kind ("Voucher:
Gift - Red Letter"), a degree's year ("Master 2 Droit") and a lost pigeon with its ring ("Paloma extraviada con
anilla"), not a person (`round87b_not_person`, called from PersonDetector.find's first loop beside round 86's veto);
and frames that make first names people (`round87b_people`, a pass after round 86's): a skydiving load's numbered line
with its jumper's role ("3 Gertrudis AFF nivel 5", "4 Kevin camera"), a round's driver in its heading ("Tournée du jeudi
(livreur Christine)", "ROUND 7 - driver Daisy", "My milkman is Steven"), a printed keepsake's child ("Recuerdo de mi
Primera Comunión - Calisto", "Hoera! Fleur is geboren"), a chat's writer naming herself ("ich bin's Linnea"), a
neighbour at a house number ("Jack at no. 22 wants ..."), a relative who is called so ("der Sohn heißt Nicola"), an
incident report's casualty ("Parte de incidente: Cebrián Miralles aterriza") and the one to call on a number ("Llamar a
Baudelio al 843 ...").

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few characters either side), never the whole text; every frame scans a
text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, function_words, unclaimed_people
from workloads.guard.round86_people import _r86p_full_or_shaped

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 87: a product's shade in quotes, its count after the closing quote: "gellak 'Máxima Oranje' x6", "esmalte gel
# «Frida Coral» x4", "vernis gel « Joséphine Rose » x6", "Gel-Lack 'Sissi Rosé' x5", 'nail polish "Audrey Red" x2' (a
# person in quotes takes no count: "Ticket for 'Anna Roth'" stays).
_R87B_QUOTE_BEFORE = re.compile(r"['‘\"“„«‹][ \u00a0]?$")
_R87B_QUOTED_COUNT_AFTER = re.compile(r"[ \u00a0]?['’‘\"”“»›‹][ ]?[x×]\d{1,4}\b")
# Round 87: a pigeon race's name before the liberation's place, a word or two of it after the span: "RESULT - Old Bird
# Nat, liberation Leeds 06:39", "RESULTS - Young Bird National, liberation Lerwick", "Uitslag - Jonge Duiven Nationaal,
# lossing Orléans", "Ergebnis - Alttiere Regional, Auflass Hannover", "Résultat - Grand National, lâcher Bourges",
# "Resultado - Gran Nacional, suelta Zaragoza".
_R87B_LIBERATION_AFTER = re.compile(r"(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2},?[ ](?i:liberation|libération|lâcher|lâché|lossing|"
                                    r"gelost|auflass(?:ort|ung)?|suelta|soltada)\b")
# Round 87: a German inn's name, "Zur"/"Zum" inside it: "ab Vereinslokal Zur Post", "im Gasthaus Zum Löwen",
# "Treffpunkt Gasthof Zur Sonne" (a person's particle is written small: "Anna zur Mühlen" stays).
_R87B_INN_WORDS = frozenset(("Zur", "Zum"))
# Round 87: a voucher's kind after its label: "Voucher: Gift - Red Letter", "Gutschein: Geschenk", "Bon : Cadeau",
# "Vale: Regalo", "Bon: Cadeau - Smartbox" (a recipient's name stays: "Voor: Anny").
_R87B_VOUCHER_KINDS = frozenset("gift present geschenk cadeau regalo".split())
_R87B_VOUCHER_LABEL_BEFORE = re.compile(r"(?i:voucher|gutschein|bon|vale|cadeaubon|tegoedbon|waardebon)[ \t]*:[ \t]*$")
# Round 87: a degree and its year: "Adrien Noël - Master 2 Droit des affaires", "Máster 1 en Derecho", "Bachelor 3
# Informatique" ("Master Chef" and "Master Yoda" have no year).
_R87B_DEGREES = frozenset("master máster bachelor".split())
_R87B_YEAR_AFTER = re.compile(r"[ ][1-5]\b")
# Round 87: a pigeon or a bird lost or found with its ring: "Paloma extraviada con anilla ESP-24-123456", "Taube
# zugeflogen mit Ring DV-0123", "Pigeon perdu avec bague FR-...", "Duif gevonden met ring NL-...", "Pigeon found with
# ring GB25N..." (a person lost with a ring is no bird: "Paloma perdió su anillo" stays).
_R87B_RINGED_AFTER = re.compile(r"[ ](?i:extraviad[oa]|perdid[oa]|encontrad[oa]|zugeflogen|entflogen|vermisst|gefunden|"
                                r"perdue?|égarée?|trouvée?|vermist|gevonden|lost|found|stray)[ ,]+(?i:con|mit|avec|met|"
                                r"with)[ ](?i:anilla|ring|ringnummer|bague)\b")

# Round 87: a vendor named by its surname after a purchase's noun and the preposition of a shop: "achat d'un camion de
# convoyage chez Diaz", "purchase of a van from Joly", "Kauf eines Transporters bei Weber", "aankoop van een
# bestelwagen bij Peeters", "compra de una furgoneta en Díaz" (one word, no common first name: "achat chez Georges"
# and "bought from Anna" stay people).
_R87B_PURCHASE_BEFORE = re.compile(r"\b(?i:achat|purchase|kauf|ankauf|aankoop|compra)[ ](?i:d['’]|of|eines|einer|van|de)"
                                   r"[^.;:\n]{0,40}[ ](?i:chez|from|bei|bij|en|a)[ ]$")


def round87b_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 87 (helper B): whether the capitalised words at text[start:end] name a shade in quotes with its count, a
    pigeon race before its liberation, an inn, a voucher's kind, a degree's year, a ringed bird or a vendor after a
    purchase (see the constants above), not a person. `g` is the detector's gazetteer."""
    words = text[start:end].split()
    if not words:
        return False
    if (_R87B_QUOTED_COUNT_AFTER.match(text, end) is not None
            and _R87B_QUOTE_BEFORE.search(text, max(0, start - 2), start) is not None):
        return True
    if _R87B_LIBERATION_AFTER.match(text, end) is not None:
        return True
    if any(word in _R87B_INN_WORDS for word in words):
        return True
    if len(words) == 1:
        first = words[0].lower()
        if first in _R87B_VOUCHER_KINDS and _R87B_VOUCHER_LABEL_BEFORE.search(text, max(0, start - 16), start) is not None:
            return True
        if first in _R87B_DEGREES and _R87B_YEAR_AFTER.match(text, end) is not None:
            return True
        if _R87B_RINGED_AFTER.match(text, end) is not None:
            return True
        if (not g.is_common_first_name(words[0])
                and _R87B_PURCHASE_BEFORE.search(text, max(0, start - 72), start) is not None):
            return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R87B_NAME = NAME_WITH_PARTICLES
# Round 87: a skydiving load's numbered line, the jumper's role after the name: "3 Gertrudis AFF nivel 5", "4 Kevin
# camera", "4 Ulrike Kamera", "4 Eugène vidéoman", "2 Liv Kuijpers PAX", "1 Maurice Carron TAN", "2 Ana PASAJERO" (the
# text holds a load's word; "2 Cessna 182 TI" and "3 Reserve AFF" are no jumpers: a listed first name, a word too,
# or a full name).
_R87B_LOAD_CUES = ("load", "carga", "rotation", "absprung", "sprungliste", "manifest", "lading")
_R87B_LOAD_LINE = re.compile(
    r"^[ \t]*\d{1,2}[.)]?[ \t]+" + _R87B_NAME + r"[ \t]+(?:TI|TM|TAN|TANDEM|PAX|PASAJER[OA]|PASSAG(?:ER|ÈRE|IER)|AFF|PAC|"
    r"FJ|(?i:camera|cámara|caméra|kamera|vidéoman|videoman|video|vidéo|coach|solo))\b", re.MULTILINE)
# Round 87: a round's driver named in its heading after the role's word, the bracket or the line closing after: "Tournée
# du jeudi (livreur Christine)", "ROUND 7 (Tue/Fri) - driver Daisy", "Tour 3 (Fahrer Jonas)", "Ruta 2 - repartidor
# Luis", "Ronde 4 (bezorger Fenna)"; or the writer's own driver: "My milkman is Steven if that helps", "Mein
# Milchmann ist Jonas", "Mon livreur est Paul", "Mi repartidor es Luis", "Mijn melkboer is Fenna".
_R87B_DRIVER_WORDS = (r"(?i:driver|milkman|milk[ ]man|roundsman|livreur|livreuse|laitier|fahrer(?:in)?|milchmann|"
                      r"auslieferer|repartidor(?:a)?|lechero|bezorger|melkboer|chauffeur)")
_R87B_DRIVER = re.compile(
    r"(?:\(|[-–—|][ ])" + _R87B_DRIVER_WORDS + r"[ ]" + _R87B_NAME + r"(?=\)|[ \t]*$)"
    r"|\b(?i:my|mein(?:e)?|mon|ma|mi|mijn)[ ]" + _R87B_DRIVER_WORDS + r"[ ](?:is|ist|est|es)[ ]"
    + _R87B_NAME.replace("<name>", "<mine>") + r"(?=[ ,.;!?)]|$)", re.MULTILINE)
_R87B_DRIVER_CUES = ("driver", "milkman", "milk man", "roundsman", "livreu", "laitier", "fahrer", "milchmann",
                     "auslieferer", "repartidor", "lechero", "bezorger", "melkboer", "chauffeur")
# Round 87: a printed keepsake's child: "«Recuerdo de mi Primera Comunión - Calisto»", "Erinnerung an meine
# Erstkommunion - Jonas", "Souvenir de ma Première Communion - Manon", "My First Holy Communion - Tom", "Mijn Eerste
# Communie - Fenna" (the quote or the line closing after); a birth card's first name after a cheer, a quote or at a
# line's start: "Hoera! Fleur is geboren op 15 april", "Hurra! Lea ist geboren", "« Manon est née le 3 mai »", "¡Qué
# alegría! Lucía ha nacido", "Hooray! Tom has arrived" (a life's story, "Johann Sebastian Bach was born in Eisenach" or
# "... Mozart est né à Salzbourg", has no cheer and no lone first name). "Confirmation" and "confirmación" name the
# sacrament only after a possessive ("My Confirmation - Tom", "Souvenir de ma confirmation - Manon"): a booking's
# confirmation is no keepsake (the merge's dump: "Entry confirmation - Orlando Spring Head", a rowing head race).
_R87B_KEEPSAKE = re.compile(
    r"(?i:comuni[oó]n|communion|kommunion|communie|konfirmation|bautizo|taufe|baptême|doop"
    r"|(?:my|ma|mi|mijn)[ ](?:holy[ ]|first[ ])?(?:confirmation|confirmación))"
    r"[ ]?[-–—:][ ]?" + _R87B_NAME + r"(?=[ ]?[»\"”'’]|[ \t]*$)"
    r"|(?:^|![ ]|[\"“„«][ ]?)(?P<born>[A-ZÀ-Þ][\w'’-]+)"
    r"[ ](?:is[ ]geboren|ist[ ]geboren|ist[ ]da|est[ ]née?|ha[ ]nacido|is[ ]born|has[ ]arrived)\b", re.MULTILINE)
_R87B_KEEPSAKE_CUES = ("comunión", "comunion", "communion", "kommunion", "communie", "konfirmation", "confirmation",
                       "confirmación", "bautizo", "taufe", "baptême", "doop", "geboren", "ist da", "est né", "nacido",
                       "is born", "has arrived")
# Round 87: a chat's writer naming herself: "hey, ich bin's Linnea 💅 kann ich ...", "hi it's me Jade, can I ...",
# "coucou c'est moi Manon", "hola soy yo Lucía", "hoi ik ben het Fenna" (a listed first name).
_R87B_ITS_ME = re.compile(r"\b(?i:ich[ ]bin['’]?s|ich[ ]bin[ ]es|it['’]s[ ]me|c['’]est[ ]moi|soy[ ]yo|ik[ ]ben[ ]het)"
                          r"[ ,]+(?P<name>[A-ZÀ-Þ][\w'’-]+)(?=[ ,.!?]|$)")
_R87B_ITS_ME_CUES = ("ich bin", "it's me", "it’s me", "c'est moi", "c’est moi", "soy yo", "ben het")
# Round 87: a neighbour named at a house's number: "-> Jack at no. 22 wants milk left", "Jonas in Nr. 22 möchte",
# "Manon au n° 22 veut", "Lucía en el nº 22 quiere", "Fenna op nr. 22 wil" (a listed first name).
_R87B_AT_NUMBER = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]+)[ ](?i:at[ ]no\.?|at[ ]number|in[ ]nr\.?|in[ ]nummer|"
                             r"au[ ]n[°º]|au[ ]numéro|en[ ]el[ ]n[°º]|op[ ]nr\.?|op[ ]nummer)[ ]?\d")
_R87B_AT_NUMBER_CUES = ("at no", "at number", "in nr", "in nummer", "au n°", "au nº", "au numéro", "el n°", "el nº",
                        "op nr", "op nummer")
# Round 87: a relative named by the verb that names: "der Sohn heißt Nicola und hat", "her son is called Tom and",
# "le fils s'appelle Paul", "el hijo se llama Luis", "de zoon heet Joppe", "die Tochter heisst Lea" (a listed first
# name; round 86's veto keeps "Gast heißt Dr. Flückiger" a title).
_R87B_RELATIVE_NAMED = re.compile(
    r"\b(?i:sohn|tochter|enkel(?:in)?|son|daughter|grandson|granddaughter|fils|fille|petit-fils|petite-fille|hijo|hija|"
    r"nieto|nieta|zoon|dochter|kleinzoon|kleindochter)[ ](?:heißt|heisst|is[ ]called|is[ ]named|s['’]appelle|"
    r"se[ ]llama|heet)[ ](?P<name>[A-ZÀ-Þ][\w'’-]+)(?=[ ,.;!?]|$)")
_R87B_RELATIVE_CUES = ("heißt", "heisst", "is called", "is named", "s'appelle", "s’appelle", "se llama", "heet")
# Round 87: an incident report's casualty after its label, a verb or a comma after: "Parte de incidente: Cebrián
# Miralles aterriza fuera", "Unfallmeldung Sprungplatz: Erdmute Förster Landung außerhalb", "Incident report: Tom Hale
# landed off", "Rapport d'incident : Manon Roy atterrit", "Ongevalsmelding: Fenna de Vries landt" (a full name).
_R87B_INCIDENT = re.compile(
    r"(?i:parte[ ]de[ ]incidente|parte[ ]de[ ]accidente|unfallmeldung|unfallbericht|incident[ ]report|accident[ ]report|"
    r"rapport[ ]d['’]incident|rapport[ ]d['’]accident|déclaration[ ]d['’]accident|ongevalsmelding|incidentmelding)"
    r"[^:\n]{0,30}[ \t]?:[ \t]*" + _R87B_NAME + r"(?=[ ,])")
_R87B_INCIDENT_CUES = ("incidente", "accidente", "unfall", "incident", "accident", "ongeval")
# Round 87: the one to call on a number: "Llamar a Remedios al 843 14 93 14", "Call Jonas on 07700 900123", "Appeler
# Manon au 06 12 34 56 78", "Bel Fenna op 06-12345678", "Jonas anrufen unter 0171 ..." (a listed first name or a full
# name, the number's digits after; "Call Reception on 0161 ..." is no one).
_R87B_CALL_ON = re.compile(
    r"\b(?i:llamar[ ]a|llame[ ]a|llama[ ]a|call|ring|appeler|appelez|bel|belt)[ ]" + _R87B_NAME
    + r"[ ](?i:al|on|au|op)[ ]\+?\(?\d"
    r"|\b" + _R87B_NAME.replace("<name>", "<call>") + r"[ ](?i:anrufen|zurückrufen)[ ](?i:unter)[ ]\+?\(?\d")
_R87B_CALL_ON_CUES = ("llamar a", "llame a", "llama a", "call ", "ring ", "appeler", "appelez", "bel ", "belt ",
                      "anrufen", "zurückrufen")

# Round 87: a birth card's proud parents after their label, joined by "&" or "and": "Trotse ouders: Jozef Broeckx &
# Amber Broeshart", "Proud parents: Tom Hale & Jade Cole", "Stolze Eltern: Jana Roth und Paul Roth", "Les heureux
# parents : Manon Roy et Paul Roy", "Los orgullosos padres: Ana Gil y Luis Sanz" (each a full name).
_R87B_PARENTS = re.compile(
    r"(?i:trotse[ ]ouders|proud[ ]parents|stolze[ ]eltern|glückliche[ ]eltern|heureux[ ]parents|fiers[ ]parents|"
    r"orgullosos[ ]padres|felices[ ]padres)[ \t]?:[ \t]*" + _R87B_NAME + r"[ ](?:&|and|und|et|y|en)[ ]"
    + _R87B_NAME.replace("<name>", "<other>") + r"(?=[ \t]*$|[ ]?[,.;(])", re.MULTILINE)
_R87B_PARENTS_CUES = ("ouders", "parents", "eltern", "padres")


def _r87b_named_or_unlisted(person: PersonDetector, name: str) -> bool:
    """A keepsake's child: a listed first name (a word too: "Hoera! Fleur is geboren"), a full name, or one word that
    no list holds at all ("Hoera! Phileine is geboren", "Primera Comunión - Calisto"): no one but a child is born or
    takes a communion. Not on a load's line nor before a number to call, where a word no list holds may be a thing
    ("3 Reserve AFF", "Call Reception on 0161 ...")."""
    return _r86p_full_or_shaped(person, name, words=True) or person._r79p_name(name, unlisted=True, words=False)


def round87b_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 87 (col's missed persons, by helper B): first names and full names in frames that make them people (see
    the constants above). `lower` is the text lower-cased: each frame's pattern scans the text only where it holds the
    frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if "\n" in text and any(cue in lower for cue in _R87B_LOAD_CUES):
        spans.extend(m.span("name") for m in _R87B_LOAD_LINE.finditer(text)
                     if m.group("name").lower() not in function_words()
                     and _r86p_full_or_shaped(person, m.group("name"), words=True))
    if any(cue in lower for cue in _R87B_DRIVER_CUES):
        for m in _R87B_DRIVER.finditer(text):
            group = "name" if m.group("name") is not None else "mine"
            if m.group(group).lower() not in function_words() and _r86p_full_or_shaped(person, m.group(group), words=True):
                spans.append(m.span(group))
    if any(cue in lower for cue in _R87B_KEEPSAKE_CUES):
        for m in _R87B_KEEPSAKE.finditer(text):
            group = "name" if m.group("name") is not None else "born"
            if m.group(group).lower() not in function_words() and _r87b_named_or_unlisted(person, m.group(group)):
                spans.append(m.span(group))
    if any(cue in lower for cue in _R87B_ITS_ME_CUES):
        spans.extend(m.span("name") for m in _R87B_ITS_ME.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R87B_AT_NUMBER_CUES):
        spans.extend(m.span("name") for m in _R87B_AT_NUMBER.finditer(text)
                     if m.group("name").lower() not in function_words()
                     and person._r79p_name(m.group("name"), unlisted=False, words=False))
    if any(cue in lower for cue in _R87B_RELATIVE_CUES):
        spans.extend(m.span("name") for m in _R87B_RELATIVE_NAMED.finditer(text)
                     if m.group("name").lower() not in function_words()
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R87B_INCIDENT_CUES):
        spans.extend(m.span("name") for m in _R87B_INCIDENT.finditer(text)
                     if len(m.group("name").split()) >= 2 and _r86p_full_or_shaped(person, m.group("name")))
    if any(cue in lower for cue in _R87B_CALL_ON_CUES):
        for m in _R87B_CALL_ON.finditer(text):
            group = "name" if m.group("name") is not None else "call"
            if m.group(group).lower() not in function_words() and _r86p_full_or_shaped(person, m.group(group)):
                spans.append(m.span(group))
    if ":" in text and any(cue in lower for cue in _R87B_PARENTS_CUES):
        for m in _R87B_PARENTS.finditer(text):
            spans.extend(m.span(group) for group in ("name", "other")
                         if len(m.group(group).split()) >= 2 and _r86p_full_or_shaped(person, m.group(group)))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round87b_not_person(text, start, end, person.g))
