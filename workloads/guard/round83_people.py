"""Round 83 (dene's false and missed persons, by a helper): vetoes of capitalised words that name a team on a league
table's row, a rental unit on an availability list or a booking, a trade mark in its quotes before its class, a car's
model after its year, a sole proprietor's adjective, or a guest's label before a title, not a person
(`round83_not_person`, called from PersonDetector.find's first loop beside round 82's veto), and frames that make first
names people (`round83_people`, a pass after round 82's): a log's user name (sshd, sudo), a comment's note signed with a
name or opened by its author, a guard's, a technician's or a caller's first name after the role's label, a person's
label that the rules did not know (a power of attorney's parties, a worker, an inventor, a mark's applicant, a full
name's label) and a curling team's positions.

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few characters either side), never the whole text; every frame scans a
text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, unclaimed_people, without_particles

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 83: a team on a league table's row, the row's name then two numbers or more to the line's end, under a header
# whose first column is the team's: "Rock Bottom   5  2  10" under "Team  W  L  Pts", "Stone Roses 3 4 6" under
# "Mannschaft  S  N  Pkt", "Les Rapides  4  1  9" under "Équipe  V  D  Pts", "Los Pinos  3  2  7" under "Equipo  G  P
# Pts", "De Bokken  2  3  5" under "Ploeg  W  V  Ptn", "Marie Galante 2  3  5" (one space before the numbers too; a
# table of players, "Anna Weber  5  2  10" under "Player  W  L  Pts", stays people).
_R83P_STANDINGS_ROW_AFTER = re.compile(r"[ \t]+-?\d{1,4}(?:[ \t]+-?\d{1,4}){1,10}[ \t]*(?:\n|$)")
_R83P_TEAM_HEADER = re.compile(
    r"^[ \t]*(?i:team|teams|équipe|equipe|mannschaft|verein|equipo|club|ploeg|elftal)[ \t]{2,}"
    r"(?:[A-Za-zÀ-ÿ.+/-]{1,4}[ \t]+){1,10}[A-Za-zÀ-ÿ.+/-]{1,4}[ \t]*$", re.MULTILINE)


def _r83p_standings_team(text: str, start: int, end: int) -> bool:
    """A league table's "[Rock Bottom]   5  2  10" under "Team  W  L  Pts"."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t") not in ("", "The", "the", "Les", "Los", "Las", "Die", "De", "Le", "La", "El"):
        return False
    if _R83P_STANDINGS_ROW_AFTER.match(text, end) is None:
        return False
    return _R83P_TEAM_HEADER.search(text, max(0, line_start - 400), line_start) is not None


# Round 83: a rental unit named like a person, its kind's word first or last, on an availability list before its status
# or in a booking before its nights: "Bell Tent 1: booked", "Willow Yurt: free", "Booking confirmed: Willow Yurt, 3
# nights", "Yourte Saule : libre", "Cabaña Roble: ocupada", "Jurte Weide: belegt", "Boomhut Eik: vrij", "Chalet Edelweiss,
# 2 Nächte" (a person's "Anna Weber: free" has no unit's word; "Tom Hut" with no status or nights after, and a guest's
# "Sarah Cottage, 3 nights", stay people).
_R83P_UNIT_WORDS = frozenset("""
yurt yurts tent tents tipi teepee pod pods cabin cabins hut huts lodge chalet cottage bungalow caravan treehouse shepherd's
jurte zelt hütte baumhaus tiny-house schäferwagen bauwagen yourte tente cabane roulotte bulle yurta tienda cabaña carpa
bungaló joert boomhut pipowagen huisje safaritent
""".split())
_R83P_UNIT_AFTER = re.compile(
    r"(?:[ ]\d{1,3})?[ \t]*:[ \t]*(?i:booked|free|available|occupied|maintenance|closed|full|reserved|sold[ ]out|frei|"
    r"belegt|gebucht|reserviert|wartung|geschlossen|ausgebucht|libre|réservée?|complet|occupée?|disponible|fermée?|"
    r"entretien|reservad[oa]|ocupad[oa]|completo|mantenimiento|cerrad[oa]|vrij|bezet|geboekt|gereserveerd|beschikbaar|"
    r"onderhoud|gesloten|vol)\b")
_R83P_UNIT_NIGHTS_AFTER = re.compile(r"(?:[ ]\d{1,3})?,[ ]\d{1,2}[ ](?i:nights?|nächte|nacht|nuits?|noches?|nachten)\b")
_R83P_GUEST_SURNAME_UNITS = frozenset("lodge cottage chalet hut huts shepherd's".split())
"""Unit words that are also common surnames: a booking's "Sarah Cottage, 3 nights" is a guest, no unit (an availability
list's status after them still vetoes)."""


def _r83p_rental_unit(text: str, end: int, words: list[str]) -> bool:
    """An availability list's "[Bell Tent] 1: booked", a booking's "[Willow Yurt], 3 nights"."""
    first, last = words[0].lower(), words[-1].lower()
    if len(words) < 2 or (first not in _R83P_UNIT_WORDS and last not in _R83P_UNIT_WORDS):
        return False
    if _R83P_UNIT_AFTER.match(text, end) is not None:
        return True
    unit = first if first in _R83P_UNIT_WORDS else last
    return unit not in _R83P_GUEST_SURNAME_UNITS and _R83P_UNIT_NIGHTS_AFTER.match(text, end) is not None


# Round 83: a trade mark in its quotes after the mark's word, its class after the closing quote: "Opposition against mark
# 'Ferrari Sport' (class 25)", "gegen die Marke „Chanel Sport“ (Klasse 25)", "contra la marca «Dell Kids» (clase 25)",
# "contre la marque « Citroën Parfums » (classe 3)", "tegen het merk 'Philips Junior' (klasse 9)" (a person in quotes
# with no mark's word before, or "mark 'John Smith' absent", stays a person).
_R83P_MARK_BEFORE = re.compile(r"\b(?i:mark|trademark|trade[ ]mark|marke|wortmarke|bildmarke|marque|marca|merk)[ \t]*"
                               r"[«„\"“‘'][ \u00a0]?$")
_R83P_MARK_CLASS_AFTER = re.compile(r"[ \u00a0]?[»“”\"’'][ \t]*\((?i:class|klasse|classe|clase|kl\.|cl\.)[ ]?\d")


def _r83p_trade_mark(text: str, start: int, end: int) -> bool:
    """A mark's "mark '[Ferrari Sport]' (class 25)", "Marke „[Chanel Sport]“ (Klasse 25)"."""
    return (_R83P_MARK_CLASS_AFTER.match(text, end) is not None
            and _R83P_MARK_BEFORE.search(text, max(0, start - 24), start) is not None)


# Round 83: a car's model after a vehicle's label and its year: "Vehicle: 1963 Rolls-Royce Silver Cloud", "Fahrzeug: 1965
# Mercedes Benz Pagode", "Véhicule : 1959 Citroën Déesse", "Vehículo: 1972 Seat Seiscientos", "Voertuig: 1968 Volvo
# Amazon", "Car: 1957 Chevrolet Bel Air" (a year in prose, "In 1963 John Smith founded", has no vehicle's label).
_R83P_VEHICLE_YEAR_BEFORE = re.compile(
    r"^[ \t]*(?i:vehicle|car|model|fahrzeug|wagen|auto|modell|véhicule|voiture|modèle|vehículo|coche|modelo|voertuig)"
    r"[ \t]*:[ \t]*(?:19|20)\d\d[ ]$")


def _r83p_vehicle_model(text: str, start: int) -> bool:
    """A vehicle's "Vehicle: 1963 [Rolls-Royce Silver Cloud]"."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 40 and _R83P_VEHICLE_YEAR_BEFORE.match(text[line_start:start]) is not None


# Round 83: an adjective read as a first name before a business's form: "Sole proprietor SIN", "Sole trader UTR",
# "sole proprietorship" (one word, the form's word after it).
_R83P_FORM_AFTER = re.compile(r"[ ](?i:proprietor|proprietorship|proprietress|trader)\b")


# Round 83: a label's word read as a name, alone before its colon and a title: "Gast: mevrouw de Groot", "Guest: Mrs
# Hale", "Fahrgast: Herr Roth", "Invitée : Mme Roy", "Pasajero: Sr. Gil", "Passagier: dhr. Smit" (the label's word;
# "Anna: Mr Smith called" stays a person).
_R83P_GUEST_LABELS = frozenset("""
gast gasten guest guests gäste fahrgast invité invitée invités huésped invitado invitada passenger passagier passager
passagère pasajero pasajera client cliente klant kunde kundin customer
""".split())
_R83P_TITLE_AFTER = re.compile(
    r"[ \t]*:[ \t]*(?i:mevrouw|mevr|meneer|dhr|heer|frau|herr|mme|mlle|madame|monsieur|mr|mrs|ms|miss|sr|sra|srta|señor|"
    r"señora|doña|don)\b")


def _r83p_label_before_title(text: str, start: int, end: int, words: list[str]) -> bool:
    """A label's "[Gast]: mevrouw de Groot"."""
    return (len(words) == 1 and words[0].lower() in _R83P_GUEST_LABELS
            and _R83P_TITLE_AFTER.match(text, end) is not None)


# Round 83 (at the merge): a product's name counted as a list's item, between its count and a lower-case item word, with
# a second count and item later on its line: "Order: 16 Ailsa Craig Common Green stones (set 3) re-handled, 2 brooms",
# "4 Jack Daniel Tennessee bottles, 2 glasses", "Lieferung: 3 Peter Kaiser pumps, 2 sandalen" (the count opens the
# item, after a colon, a comma or the line's start; "for 2 adults, Anna Weber and ..." has no count before the name)
_R83P_COUNT_BEFORE = re.compile(r"(?:^|[:;,][ ])\d{1,3}[ ]$")
_R83P_ITEM_AFTER = re.compile(r"(?:[ ][A-ZÀ-Þ][\w'’-]*)*[ ](?-i:[a-zß-ÿ]{3,})(?=[ ,;(]|$)")
_R83P_SECOND_COUNT = re.compile(r"[,;][ ]\d{1,3}[ ](?-i:[a-zß-ÿ]{3,})(?!\w)")


def _r83p_counted_product(text: str, start: int, end: int) -> bool:
    """An order's "16 [Ailsa Craig] Common Green stones ..., 2 brooms"."""
    line_start = text.rfind("\n", 0, start) + 1
    if _R83P_COUNT_BEFORE.search(text[max(line_start, start - 8):start]) is None:
        return False
    item = _R83P_ITEM_AFTER.match(text, end)
    if item is None:
        return False
    stop = text.find("\n", item.end())
    return _R83P_SECOND_COUNT.search(text, item.end(), stop if stop >= 0 else len(text)) is not None


def round83_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 83: whether the capitalised words at text[start:end] name a team on a league table's row, a rental unit
    before its status or nights, a trade mark before its class, a car's model after its year, a business's form's
    adjective, a guest's label before a title or a product counted as an order's item (see the constants above), not
    a person. `g` is the detector's
    gazetteer (unused for now, kept for the vetoes' shared signature)."""
    words = text[start:end].split()
    if not words:
        return False
    if _r83p_standings_team(text, start, end):
        return True
    if _r83p_rental_unit(text, end, words):
        return True
    if _r83p_trade_mark(text, start, end):
        return True
    if _r83p_vehicle_model(text, start):
        return True
    if len(words) == 1 and _R83P_FORM_AFTER.match(text, end) is not None:
        return True
    if _r83p_label_before_title(text, start, end, words):
        return True
    if _r83p_counted_product(text, start, end):
        return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R83P_NAME = NAME_WITH_PARTICLES
_R83P_ONE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 83: a log's user name, capitalised, where sshd accepts or refuses a login or sudo runs a command: "sshd[30117]:
# Accepted password for Margaret from 174.62.221.10", "Failed password for invalid user Brett from ...", "Accepted
# publickey for Douglas from", "sudo: Sian : TTY=pts/0 ; PWD=/home", "session opened for user Gregory by" (a listed first
# name: "Failed password for Oracle from" and "sudo: root" are no one).
_R83P_LOG_USER = re.compile(
    r"(?:(?:Accepted|Failed)[ ](?:password|publickey|keyboard-interactive/pam|none)[ ]for[ ](?:invalid[ ]user[ ])?"
    r"|\bsudo:[ ]+|session[ ](?:opened|closed)[ ]for[ ]user[ ])" + _R83P_ONE_NAME
    + r"(?=[ ]from[ ]|[ ]+:[ ]TTY=|\(uid=|[ ]by\b)")
_R83P_LOG_USER_CUES = ("password for", "publickey for", "sudo:", "for user", "keyboard-interactive/pam for", "none for")
# Round 83: a comment's note in a log or a config, signed with a first name after its last comma: "-- note : IP à laisser
# en liste noire (ticket OPS-5180), Manon", "# Note: keep this host blocked (SEC-12), Harriet", "// Notiz: nicht
# entsperren, siehe OPS-9, Jana", "# opmerking: niet deblokkeren, Fenna." (a listed first name at the line's end: "#
# note: allowed GET, POST, Head" is no one).
_R83P_NOTE_SIGNED = re.compile(
    r"^[ \t]*(?:--|#|//|;)[ \t]*(?i:note|nota|notiz|anmerkung|hinweis|remarque|opmerking|notitie|comentario|memo|nb)"
    r"[ \t]*:[^\n]*,[ \t]*" + _R83P_ONE_NAME + r"[ \t]*\.?[ \t]*$", re.MULTILINE)
_R83P_NOTE_CUES = ("note", "nota", "notiz", "anmerkung", "hinweis", "remarque", "opmerking", "notitie", "comentario",
                   "memo", "nb")
# Round 83: a comment opened by its author's first name and a colon, a negated instruction after it: "# Yana: niet
# deblokkeren, zie OPS-5378", "# Job: niet deblokkeren", "# nota de Dolores: no desbanear", "-- Manon : ne pas
# débloquer", "// Jana: nicht entsperren", "# note from Harriet: do not unban" (a listed first name, one that lists of
# words or places hold too, "Job", "Charlotte"; "# Job: runs nightly" and "# Setup: do not run" are no one).
_R83P_COMMENT_AUTHOR = re.compile(
    r"^[ \t]*(?:#|--|//)[ \t]*(?P<note>(?i:nota|note|notiz|notitie|opmerking|remarque|comentario|memo)[ ]"
    r"(?i:de|van|von|of|from|by|par)[ ])?" + _R83P_ONE_NAME
    + r"[ \t]*:[ \t]*(?=(?:niet|nooit|geen|no|nunca|nicht|nie|kein|keine|ne|n'|pas|jamais|do[ ]not|don't|never)\b)",
    re.MULTILINE)
_R83P_COMMENT_CUES = ("#", "--", "//")
# Round 83: a person after a role's or a party's label that the rules did not know, the name ending its line or before a
# comma or a bracket: a guard's, a technician's, a caller's first name alone ("Wachmann: Editha", "Vigilante: Miguela",
# "Tech: Elizabeth", "Monteur: Max", "Engineer dispatched: Zara (van 14)", "Agent de sécurité : Manon", "Bewaker: Fenna"),
# a power of attorney's parties, a worker, an inventor, a mark's applicant, a full name's label, unlisted first names
# before a surname too ("Trabajador/a: Maricela Company", "Vollmachtgeber/in: Kasimir Boucsein", "Vertrauensperson:
# Vreneli Herzog, dradl@...", "Apoderado/a: Micaela Morante Plaza", "Inventor: Azeneth Flor", "Uitvinder: Ninthe van
# Tuijl", "Markenanmelder: Magret Rädel, Einzelunternehmen", "Name: Kunigunda Scholtz", "Nombre y apellidos: Carlito Sala
# Tormo", "Llama: Poncio Juan, conserje", "Personne de confiance : Aurélie Vidal") (a listed first name alone; an
# organisation's word or an unlisted word alone, "Vigilante: Securitas", "Tech: Support", stays clean).
_R83P_PARTY_LABEL = re.compile(
    r"^[ \t]*(?i:wachmann|wachfrau|wachperson|wachhabende[r]?|sicherheitsmitarbeiter(?:/in|in)?|vigilante|vigilant|"
    r"agent[ ]de[ ]sécurité|agente[ ]de[ ]seguridad|bewaker|beveiliger|security[ ]guard|security[ ]officer|guard|"
    r"tech|technician|techniker(?:/in|in)?|técnico|técnica|technicien(?:ne)?|monteur(?:in)?|servicemonteur|"
    r"engineer(?:[ ](?:dispatched|on[ ]site|assigned))?|instalador(?:a)?|installateur|mécanicien(?:ne)?|mecánico|"
    r"llama|caller|anrufer(?:/in|in)?|appelant(?:e)?|beller|melder|"
    r"vollmachtgeber(?:/in|in)?|bevollmächtigte[r]?(?:/r)?|vertrauensperson|poderdante|apoderad[oa](?:/a)?|"
    r"mandant(?:e)?|mandataire|gevolmachtigde|volmachtgever|personne[ ]de[ ]confiance|persona[ ]de[ ]confianza|"
    r"vertrouwenspersoon|trabajador(?:/a|a)?|arbeitnehmer(?:/in|in)?|salarié(?:/e|e)?|werknemer|employee|"
    r"empleado(?:/a)?|empleada|inventor(?:/a|a)?|erfinder(?:/in|in)?|uitvinder|inventeur|inventrice|"
    r"markenanmelder(?:/in|in)?|markeninhaber(?:/in|in)?|trademark[ ]owner|déposant(?:e)?|merkhouder|"
    r"(?P<generic>name|full[ ]name|nombre[ ]y[ ]apellidos|nombre[ ]completo|apellidos[ ]y[ ]nombre|nom[ ]et[ ]prénom|"
    r"prénom[ ]et[ ]nom|nom[ ]complet|vor-[ ]und[ ]nachname|vollständiger[ ]name|naam|volledige[ ]naam|"
    r"voor-[ ]en[ ]achternaam))[ \t]*:[ \t]*" + _R83P_NAME + r"(?=[ \t]*(?:$|[,;(]))", re.MULTILINE)
# Round 83: what the next line's label asks of a person, after a generic name's label whose first word no list holds:
# "Name: Kunigunda Scholtz" over "Anschrift: ...", "Naam: Ninthe Schenk" over "Rijksregisternummer: ...", "Name: Malea
# Sigrist" over "AHV-Nr.: ...", "Nom et prénom : Alexandrie Seguin" over "Né le ..." (a product's "Name: Kubernetes
# Gold" over "Version: 3.2" is no one).
_R83P_PERSONAL_NEXT = re.compile(
    r"\n[ \t]*(?i:anschrift|adresse?|address|domicilio|direcci[oó]n|wohnort|woonplaats|geburtsdatum|geboren|geb\.|"
    r"date[ ]of[ ]birth|dob|born|n[ée]e?[ ]le|date[ ]de[ ]naissance|fecha[ ]de[ ]nacimiento|nacid[oa]|geboortedatum|"
    r"ahv|sozialversicherung|svnr|rijksregister|bsn|dni|nie|nif|nss|n°[ ]de[ ]s[ée]curit[ée]|ssn|sin|nino|"
    r"national[ ]insurance|nationalit|nacionalidad|nationaliteit|staatsangeh|pass|reisepass|paspoort|passeport|"
    r"pasaporte|tel|phone|t[ée]l[ée]phone|tel[ée]fono|telefoon|e-?mail|correo)")
_R83P_PARTY_CUES = ("wach", "sicherheitsmitarbeiter", "vigilant", "sécurité", "seguridad", "bewaker", "beveiliger",
                    "guard", "security", "tech", "técnic", "monteur", "engineer", "instalador", "installateur",
                    "mécanicien", "mecánico", "llama", "caller", "anrufer", "appelant", "beller", "melder", "vollmacht",
                    "bevollmächtig", "vertrauensperson", "poderdante", "apoderad", "mandant", "mandataire", "volmacht",
                    "confiance", "confianza", "vertrouwenspersoon", "trabajador", "arbeitnehmer", "salarié", "werknemer",
                    "employee", "emplead", "invent", "erfinder", "uitvinder", "markenanmelder", "markeninhaber",
                    "trademark", "déposant", "merkhouder", "name", "nombre", "nom ", "prénom", "naam")
# Round 83: a curling team's line-up, a player after each position's label, three positions at least in the text:
# "Third: Sigurd Flantz" under "Skip: John Hummer" over "Second: ..." and "Lead: ...", "Troisième : Margaud Schmitt",
# "Tercero: Teodosio Reina", "Derde: Fenna de Vries", "Vice: Ana Gil" (unlisted first names before a surname too; the
# text holds a skip's, a third's or a vice's word; a lone "Lead: Anna" in a sales list with no other position stays as
# it was).
_R83P_POSITION = re.compile(
    r"^[ \t]*(?i:skip|third|vice|vice-skip|second|lead|alternate|ersatz|troisième|deuxième|premier|remplaçant|"
    r"tercero|tercera|segundo|segunda|primero|primera|reserva|derde|tweede|reserve)[ \t]*:[ \t]*" + _R83P_NAME
    + r"(?=[ \t]*(?:$|[,;(]))", re.MULTILINE)
_R83P_POSITION_CUES = ("skip", "third", "troisième", "tercer", "derde", "vice")


# Round 83: a team's line-up in a message, a comma list of people that ends with the writer ("and me"), an item between
# a person found and the next person or the writer: "l'équipe c'est Élodie Le Gall (skip), Olivie Roger, Camille Dufour
# et moi", "somos Sergio Arnal Sanz, Teodosio Reina Hidalgo y yo", "we are Tom Hale, Azeneth Flor and me", "wir sind Jana
# Roth, Kasimir Boucsein und ich", "we zijn Fenna de Vries, Ninthe van Tuijl en ik" (unlisted first names before a
# surname too; an item after a person and before a town, "Anna Weber, Bad Tölz", is no list that ends with the writer).
_R83P_LIST_ITEM_AFTER = re.compile(r"(?:[ ]\([^()\n]{1,20}\))?,[ ]" + _R83P_NAME + r"(?P<tail>,[ ]|[ ](?:y|et|and|und|en|e)[ ])")
_R83P_ME_AFTER = re.compile(r"(?i:yo|moi|me|myself|ich|ik|mij)\b")
_R83P_ME_CUES = (" yo", " moi", " me", " myself", " ich", " ik", " mij")


def _r83p_listed_between(person: PersonDetector, text: str, found: list[Span]) -> Iterator[tuple[int, int]]:
    """A line-up's "Élodie Le Gall (skip), [Olivie Roger], Camille Dufour et moi"."""
    starts = {start for start, _, category in found if category == "person"}
    for start, end, category in found:
        if category != "person":
            continue
        m = _R83P_LIST_ITEM_AFTER.match(text, end)
        if m is None or len(m.group("name").split()) < 2:
            continue
        after = m.end()
        if after not in starts:
            if _R83P_ME_AFTER.match(text, after) is None:
                continue
        elif _R83P_ME_AFTER.search(text, after, min(len(text), after + 60)) is None:
            continue  # a person next: the list still ends with the writer
        if person._r79p_name(without_particles(m.group("name")), unlisted=True, words=False):
            yield m.span("name")


# Round 83: whom to ask, the name before the way to reach them: "Vragen naar Ayden Zuidweg via facturen@...", "Fragen an
# Jana Roth über", "Questions à Solène Martin par mail", "Preguntas a Ana Gil por correo", "Questions to Tom Hale via
# Slack" (a listed first name, or an unlisted one before a surname; "questions to HR via" is no one).
_R83P_ASK_VIA = re.compile(
    r"(?i:vragen[ ]naar|vragen[ ]aan|fragen[ ]an|questions[ ]à|preguntas[ ]a|questions[ ]to)[ ]" + _R83P_NAME
    + r"(?=[ ](?i:via|über|par|por|by|at|op|per)\b)")
_R83P_ASK_CUES = ("vragen naar", "vragen aan", "fragen an", "questions à", "preguntas a", "questions to")


def round83_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 83 (dene's missed persons, by a helper): first names in frames that make them people (see the constants
    above): a log's user name, a comment's note's signature or author, a person after a role's or a party's label and a
    curling team's positions. `lower` is the text lower-cased: each frame's pattern scans the text only where it holds
    the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if any(cue in lower for cue in _R83P_LOG_USER_CUES):
        spans.extend(m.span("name") for m in _R83P_LOG_USER.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    if ":" in text and "," in text and any(cue in lower for cue in _R83P_NOTE_CUES):
        spans.extend(m.span("name") for m in _R83P_NOTE_SIGNED.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    if ":" in text and any(cue in text for cue in _R83P_COMMENT_CUES):
        spans.extend(m.span("name") for m in _R83P_COMMENT_AUTHOR.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R83P_PARTY_CUES):
        for m in _R83P_PARTY_LABEL.finditer(text):
            name = m.group("name")
            several = len(name.split()) >= 2
            if not several and name.lower() in REPLY_WORDS:  # "Anrufer: Ja, genau." (added at the merge)
                continue
            plain = without_particles(name)
            if person._r79p_name(plain, unlisted=False, words=True) or (
                    several and person._r79p_name(plain, unlisted=True, words=True)
                    and (m.group("generic") is None or _R83P_PERSONAL_NEXT.match(text, m.end()) is not None)):
                spans.append(m.span("name"))
    if ":" in text and any(cue in lower for cue in _R83P_POSITION_CUES):
        positions = list(_R83P_POSITION.finditer(text))
        if len(positions) >= 3:
            spans.extend(m.span("name") for m in positions
                         if person._r79p_name(without_particles(m.group("name")), unlisted=len(m.group("name").split()) >= 2,
                                              words=True))
    if "," in text and found and any(cue in lower for cue in _R83P_ME_CUES):
        spans.extend(_r83p_listed_between(person, text, found))
    if any(cue in lower for cue in _R83P_ASK_CUES):
        spans.extend(m.span("name") for m in _R83P_ASK_VIA.finditer(text)
                     if person._r79p_name(without_particles(m.group("name")), unlisted=len(m.group("name").split()) >= 2,
                                          words=False))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round83_not_person(text, start, end, person.g))
