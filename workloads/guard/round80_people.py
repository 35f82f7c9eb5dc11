"""Round 80 (ghyll's and beck's false and missed persons, by a helper): vetoes of capitalised words that name a flower's
variety, a team in a league's standings, a stud farm or a firm of partners, not a person (`round80_not_person`, called
from PersonDetector.find's first loop), and frames that make first and full names people (`round80_people`, a pass
after round 79's): a draft's author, a session note's patient, a childminder's diary's child, a yacht's crew member and
a letter's writer who gives where they live.

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, unclaimed_people
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

if TYPE_CHECKING:
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 80: a cut flower's variety on an invoice's or an order's line, after its quantity and the flower's plural:
# "50 Rosen Red Naomi" on a wholesaler's invoice, "25 Tulpen Queen of Night", "50 rozen Avalanche", "20 x roses Red
# Naomi", "100 rosas Freedom", "10 Stk. Lilien Stargazer" (not "50 Gäste, Rosen Anna"; a person's "Anna Rosen" stays).
_R80P_FLOWERS = frozenset("""
rosen tulpen lilien nelken gerbera gerberas orchideen pfingstrosen chrysanthemen sonnenblumen freesien ranunkeln
roses tulips lilies carnations orchids peonies chrysanthemums sunflowers freesias ranunculus
tulipes lys œillets oeillets orchidées pivoines chrysanthèmes tournesols
rosas tulipanes lirios claveles orquídeas peonías crisantemos girasoles fresias
rozen tulpen lelies anjers orchideeën pioenrozen chrysanten zonnebloemen fresia's ranonkels
""".split())
_R80P_QUANTITY_LINE = re.compile(
    r"(?:^|\n)[ \t]*\d{1,5}[ ]?(?:(?i:x|×|stk\.?|stück|st\.?|pcs\.?|pieces|pièces|uds\.?|unidades|stuks)[ ])?"
    r"(?P<flower>[\w’'-]+[ ])?$")


def _r80p_flower_variety(text: str, start: int, end: int, words: list[str]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 24 or not text[line_start:start].lstrip()[:1].isdigit():
        return False  # most spans: far into their line, or a line that opens with no quantity
    m = _R80P_QUANTITY_LINE.search(text, max(0, line_start - 1), start)
    if m is None:
        return False
    flower = m.group("flower")
    if flower is None:
        return len(words) >= 2 and words[0].lower() in _R80P_FLOWERS
    return flower.strip().lower() in _R80P_FLOWERS


# Round 80: a team's name cut by the name's reading, in a league's standings: a rank, the team's words, its points:
# "3. Quiz Pro Quo 270" in "Clasificación liga de trivia", "2. Anna Karenina Quizzers 288" under "Stand nach 7
# Runden", "4. Pierre Qui Roule 190" in a "classement", "1. Team Jan Steen Quiz 301" in a "standings" (the team's last
# word is capitalised and not the span's; "3. Anna Weber 270" in a chess standings is a person whole).
_R80P_STANDINGS_TEXT = re.compile(
    r"(?i:clasificación|clasificacion|classement|standings|league[ ]table|leaderboard|tabelle|tabellenstand|rangliste|"
    r"zwischenstand|stand[ ]nach|klassement|ranglijst|tussenstand|stand[ ]na)")
_R80P_STANDINGS_CUES = ("clasific", "classement", "standings", "league table", "leaderboard", "tabelle", "rangliste",
                        "zwischenstand", "stand nach", "klassement", "ranglijst", "tussenstand", "stand na")
_R80P_RANK_BEFORE = re.compile(r"(?:^|[,;:][ ]|\n[ \t]*)\d{1,2}[.)][ ]$")
_R80P_TEAM_TAIL = re.compile(r"[ ][A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*)?[ ]\d{1,5}(?:[ ]?(?i:pts|pkt|pt|points|puntos|punkte|punten))?\b")


def _r80p_team_in_standings(text: str, start: int, end: int, lower: str) -> bool:
    if _R80P_RANK_BEFORE.search(text[max(0, start - 6) : start]) is None or _R80P_TEAM_TAIL.match(text, end) is None:
        return False
    return any(cue in lower for cue in _R80P_STANDINGS_CUES) and _R80P_STANDINGS_TEXT.search(text) is not None


# Round 80: a stud farm, a riding stable or a breeder's farm, its word first: "Yeguada El Olivar: 4 caballos
# recortados" in a farrier's book, "Ganadería Los Álamos", "Gestüt Birkenhof", "Haras de la Touques", "Écurie Martin",
# "Stoeterij De Hoeve", "Manege Jansen" (a firm or a place, not a person).
_R80P_FARM_FIRST = frozenset("""
yeguada ganadería ganaderia hacienda cuadra cuadras caballeriza caballerizas picadero criadero
gestüt gestuet reitstall reiterhof pferdehof pferdezucht zuchtstall
haras écurie écuries ecurie elevage élevage
stoeterij manege fokkerij paardenhouderij
stud stables
""".split())
# Round 80: a list of surnames that names a firm of partners, after the label of a fund, a law firm or an insurer:
# "Super fund: James, Jones and Campbell", "Pensionskasse: Koch, Braun & Frey", "Cabinet : Martin, Roux et Petit",
# "Bufete: Pérez, Gil y Ruiz", "Pensioenfonds: Smit, Bos en Kok" (round 79's list after a contractor's label, other
# labels).
_R80P_FIRM_LIST = re.compile(
    r"(?:^|\n)[ \t]*(?i:super[ ]?fund|superannuation[ ]fund|pension[ ]fund|fund[ ]manager|law[ ]firm|solicitors|"
    r"accountants|auditors?|insurers?|brokers?|pensionskasse|pensionsfonds|kanzlei|steuerberater|steuerkanzlei|"
    r"wirtschaftsprüfer|versicherer|makler|cabinet|caisse[ ]de[ ]retraite|mutuelle|notaires|avocats|assureur|courtier|"
    r"experts-comptables|bufete|despacho|gestoría|gestoria|asesoría|asesoria|fondo[ ]de[ ]pensiones|aseguradora|"
    r"notaría|pensioenfonds|advocatenkantoor|accountantskantoor|notariskantoor|verzekeraar|makelaar)[ \t]*:[ \t]*"
    r"(?P<list>[A-ZÀ-Þ][\w'’-]+(?:,[ ][A-ZÀ-Þ][\w'’-]+)*,?[ ](?:and|&|und|et|y|en)[ ][A-ZÀ-Þ][\w'’-]+)"
    r"(?=[ \t]*(?:$|\n|[.,;(]))")


def round80_not_person(text: str, start: int, end: int, lower: str) -> bool:
    """Round 80: whether the capitalised words at text[start:end] name a flower's variety, a team in standings, a stud
    farm or a firm of partners (see the constants above), not a person. `lower` is the text lower-cased (for the standings' cue words)."""
    words = text[start:end].split()
    if not words:
        return False
    if start and text[start - 1] == " " and _r80p_flower_variety(text, start, end, words):
        return True
    if len(words) >= 2 and words[0].lower() in _R80P_FARM_FIRST:
        return True
    if start >= 3 and text[start - 2] in ".)" and _r80p_team_in_standings(text, start, end, lower):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if ":" in text[line_start:start]:
        m = _R80P_FIRM_LIST.match(text, max(0, line_start - 1))
        if m is not None and m.start("list") <= start and end <= m.end("list"):
            return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R80P_NAME = NAME_WITH_PARTICLES
# Round 80: a draft's author, after the draft's word and "of": "im Newsletter-Entwurf von Grzegorz steht „...“", "in
# het conceptbericht aan de huurders van Roger staat", "the draft by Imogen says", "le brouillon de Solène contient",
# "el borrador de Remedios dice"; after a verb of writing: "le courrier rédigé par Claire contient", "el borrador del
# comunicado que escribió Angelita aparece", "written by Imogen", "verfasst von Ottilie", "opgesteld door Fenna".
_R80P_DRAFT_OF = re.compile(
    r"(?i:[\w-]*entwurf|draft|drafts|brouillon|borrador|concept[\w-]*|ontwerp[\w-]*)(?:[ ][\w-]+){0,5}?[ ]"
    r"(?i:von|by|de|van)[ ]" + _R80P_NAME
    + r"(?=[ \t]*(?:[,.;:!?)]|$)|[ ](?P<verb>(?i:steht|stand|enthält|enthielt|hat|says|contains|has|reads|contient|dit|"
      r"contiene|dice|tiene|aparece|staat|stond|bevat|heeft|zegt)\b))", re.MULTILINE)
_R80P_WRITTEN_BY = gated(re.compile(
    r"(?:(?i:geschrieben|verfasst|written|drafted|authored|rédigée?s?|écrite?s?|redactad[oa]s?|escrit[oa]s?|geschreven|"
    r"opgesteld)[ ](?i:von|by|par|por|door)|(?i:que[ ]escribió|que[ ]redactó|qu['’]a[ ]écrit|qu['’]a[ ]rédigé))[ ]"
    + _R80P_NAME + r"(?=[ \t]*(?:[,.;:!?)]|$)|[ ](?P<verb>[a-zà-ÿ]+)\b)", re.MULTILINE))
_R80P_DRAFT_CUES = ("entwurf", "draft", "brouillon", "borrador", "concept", "ontwerp", "geschrieben", "verfasst", "written",
                    "authored", "rédig", "écrit", "redact", "escrit", "escribió", "geschreven", "opgesteld")
# Round 80: a session note's patient, the first name opening a sentence after the session's header, then what they
# report: "Akupunktur, 4. Sitzung\nClaudio berichtet: Migräne seltener", "session 3 of 6\nAllen reports better sleep",
# "Acupuntura, sesión 2. Elpidio refiere menos dolor", "Séance d'acupuncture n°3 - Zacharie dort mieux", "Acupunctuur
# sessie 5 - Aaliyah slaapt beter".
_R80P_SESSION_TEXT = re.compile(r"(?i:sitzung|session|sesión|sesion|séance|seance|sessie|consulta|behandlung|behandeling)")
_R80P_SESSION_CUES = ("sitzung", "session", "sesión", "sesion", "séance", "seance", "sessie", "consulta", "behand")
_R80P_SESSION_PATIENT = re.compile(  # its first name listed: not "Sitzung 2. Patient berichtet", "Session 3 - Client reports"
    r"(?:^|(?<=[.:][ ])|(?<=[ ][-–—][ ]))" + _R80P_NAME
    + r"[ ](?i:berichtet|erzählt|klagt|schläft|fühlt[ ]sich|gibt[ ]an|reports|says|feels|sleeps|complains|notes|"
      r"refiere|comenta|cuenta|duerme|se[ ]siente|se[ ]queja|rapporte|signale|raconte|dort|se[ ]sent|se[ ]plaint|"
      r"meldt|vertelt|zegt|slaapt|voelt[ ]zich|klaagt|geeft[ ]aan)\b", re.MULTILINE)
# Round 80: the child in a childminder's or a nursery's diary, after the diary's label and its date: "Tagebuch
# Tagesmutter, 2025-05-09: Bruni hat heute toll mitgemacht", "Schriftje 09.03.2020: Joppe heeft lekker gespeeld",
# "Cahier de liaison du 07/03/2026 : Claire a bien mangé", "Diario de hoy (6 de noviembre): Aureliano ha comido",
# "Daily diary 12/03: Oliver has eaten well".
_R80P_DIARY = gated(re.compile(
    r"(?i:tagebuch|übergabebuch|übergabeheft|schriftje|overdrachtsschrift|heen-en-weerschrift|dagboek|cahier[ ]de[ ]liaison|"
    r"cahier[ ]de[ ]vie|carnet[ ]de[ ]liaison|diario|cuaderno|agenda[ ]escolar|diary|daily[ ]report|day[ ]sheet)"
    r"[^:\n]{0,60}?[ ]?:[ ]" + _R80P_NAME
    + r"(?=[ ](?i:hat|ist|war|hatte|heeft|is|was|had|ha|está|estuvo|a|est|était|has)\b)"))
_R80P_NOT_A_CHILD = frozenset("""
bébé bebé baby babe kind kindje kleine kleiner enfant petit petite niño niña nene nena peque bambino
""".split())
"""Round 80: words for a child that the first names' list also holds ("Cahier de liaison : Bébé a bien mangé")."""
_R80P_DIARY_CUES = ("tagebuch", "übergabe", "schriftje", "overdracht", "heen-en-weer", "dagboek", "cahier", "carnet",
                    "diario", "cuaderno", "agenda", "diary", "daily report", "day sheet")
# Round 80: a yacht's or a boat's crew member in a rescue's or a skipper's log: "Mitsegler Josefine leicht unterkühlt",
# "Mitseglerin Ottilie an Land gebracht", "crew member Imogen hypothermic", "équipière Solène blessée", "tripulante
# Remedios con hipotermia", "bemanningslid Fenna onderkoeld".
_R80P_CREW = re.compile(
    r"(?:\b(?:Mitsegler|Mitseglerin|Mitfahrer|Mitfahrerin|Besatzungsmitglied|Crewmitglied|Vorschoter|Vorschoterin)|"
    r"(?<![\w-])(?i:crew[ ]?member|crewmate|deckhand|équipière?|coéquipière?|tripulante|bemanningslid|opstapper|"
    r"fokkenmaat))[ ]" + _R80P_NAME + r"(?=[ \t]*(?:[,.;:!?)(]|$)|[ ][a-zà-ÿ])", re.MULTILINE)
_R80P_CREW_CUES = ("mitsegler", "mitfahrer", "besatzung", "crew", "vorschoter", "deckhand", "équipi", "tripulante",
                   "bemanning", "opstapper", "fokkenmaat")
# Round 80: a letter's writer who gives their name, then where they live: "Ich bin Constanze Ladeck, wohnhaft
# Stutzstrasse 61", "Ik ben Vajèn Marchand, woonachtig Simonhof 356", "I am Imogen Hale, residing at 4 Mill Lane",
# "Je suis Solène Marchal, domiciliée 3 rue ...", "Soy Remedios Gil, con domicilio en ...".
_R80P_I_AM_RESIDING = gated(re.compile(
    r"(?:\b(?i:ich[ ]bin|mein[ ]name[ ]ist|ik[ ]ben|mijn[ ]naam[ ]is|i[ ]am|i['’]m|my[ ]name[ ]is|je[ ]suis|"
    r"je[ ]m['’]appelle|soy|me[ ]llamo|mi[ ]nombre[ ]es))[ ]" + _R80P_NAME
    + r"(?=,[ ](?i:wohnhaft|wohnend|woonachtig|wonende|wonend|residing|resident|living[ ]at|domiciliée?|demeurant|"
      r"résidant|domiciliad[oa]|residente|con[ ]domicilio|vecin[oa][ ]de)\b)"))
_R80P_I_AM_CUES = ("wohn", "woon", "wonend", "resid", "living at", "domicil", "demeurant", "résidant", "vecin")

# Round 80: who leads, on a role's label that ends a line with their full name: "Incident Manager: Cosima Kade" on a
# wiki's incident page, "Incident Commander: Imogen Hale", "Projektleiter: Ottilie Brandt", "Responsable incident :
# Solène Marchal", "Coordinadora: Remedios Gil", "Incidentmanager: Fenna de Vries" (a full name whose first name the
# lists hold; not "Release Manager: Jenkins Pipeline").
_R80P_ROLE_LABEL = re.compile(
    r"^[ \t]*(?:(?i:incident|release|change|problem|crisis|krisen|störungs|projekt|project|team|schicht|shift)[ -]?"
    r"(?i:manager|managerin|commander|lead|leiter|leiterin|verantwortliche[r]?|coordinator|koordinator|koordinatorin)|"
    r"(?i:responsable|coordinateur|coordinatrice|chef)[ ](?i:incident|de[ ]l['’]incident|de[ ]crise|de[ ]projet|d['’]équipe)|"
    r"(?i:responsable|coordinador|coordinadora|jefe|jefa)[ ](?i:del[ ]incidente|de[ ]incidencias|de[ ]crisis|de[ ]proyecto|"
    r"de[ ]equipo|de[ ]turno)|(?i:incidentmanager|incidentverantwoordelijke|projectleider|teamleider|crisismanager|"
    r"ploegleider))[ \t]*:[ \t]*" + _R80P_NAME + r"(?=[ \t]*(?:$|,|\())", re.MULTILINE)
_R80P_ROLE_LABEL_CUES = ("manager", "commander", "lead", "leiter", "verantwortlich", "coordina", "koordinator", "responsable",
                         "chef", "jefe", "jefa", "incident", "projectleider", "teamleider", "ploegleider")

# Round 80: a letter's or a message's greeting that opens the text, then a first name that is also a weekday's or a
# month's, alone on its line before a colon or a comma: "Hola Domingo:\n\nTu inscripción ...", "Hi June,\nthanks for
# ...", "Dear April:\n", "Hallo August,\n", "Querida Abril,\n" (names.CALENDAR_FIRST_NAMES; "Hola domingo" in a
# sentence, "Happy Sunday," stay no one).
_R80P_GREETING_CALENDAR = re.compile(
    r"[ \t]*(?:Hola|Hallo|Hi|Hello|Hey|Dear|Liebe|Lieber|Querido|Querida|Estimado|Estimada|Beste|Bonjour|Salut|Cher|"
    r"Chère)[ ](?P<name>[A-Z][a-z]+)[ \t]*[,:](?=[ \t]*\n)")


def round80_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 80 (ghyll's and beck's missed persons, by a helper): first and full names in frames that make them people
    (see the constants above): a draft's author, a session note's patient, a diary's child, a crew member, a role's
    label's full name, a letter's writer who gives where they live and a greeted weekday's or month's first name. `lower` is the text lower-cased: each frame's pattern scans the text only where it
    holds the frame's cue words (the _CUES constants), as most texts hold none."""
    spans: list[tuple[int, int]] = []
    if any(cue in lower for cue in _R80P_DRAFT_CUES):
        for pattern in (_R80P_DRAFT_OF, _R80P_WRITTEN_BY):
            for m in pattern.finditer(text):
                verb = m.group("verb") is not None and pattern is _R80P_DRAFT_OF  # "draft by June." is a deadline
                verb = verb or m.group(0)[:3].lower() in ("que", "qu'", "qu’")  # "que escribió Domingo": its subject
                if person._r79p_name(m.group("name"), unlisted=False, words=True, calendar=verb):
                    spans.append(m.span("name"))
    if any(cue in lower for cue in _R80P_SESSION_CUES) and _R80P_SESSION_TEXT.search(text):
        spans.extend(m.span("name") for m in _R80P_SESSION_PATIENT.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R80P_DIARY_CUES):
        spans.extend(m.span("name") for m in _R80P_DIARY.finditer(text)
                     if m.group("name").split()[0].lower() not in _R80P_NOT_A_CHILD
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R80P_CREW_CUES):
        spans.extend(m.span("name") for m in _R80P_CREW.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False)
                     or person.g.is_common_first_name(m.group("name").split()[0])  # "Mitsegler Cheyenne", not "... Amsterdam"
                     and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ":" in text and any(cue in lower for cue in _R80P_ROLE_LABEL_CUES):
        spans.extend(m.span("name") for m in _R80P_ROLE_LABEL.finditer(text)
                     if " " in m.group("name") and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if ", " in text and any(cue in lower for cue in _R80P_I_AM_CUES):
        spans.extend(m.span("name") for m in _R80P_I_AM_RESIDING.finditer(text)
                     if " " in m.group("name") and person._r79p_name(m.group("name"), unlisted=False, words=True))
    if text[:1] in " \tHDLQEBSC" and (greeting := _R80P_GREETING_CALENDAR.match(text)) is not None:
        from workloads.guard.names import CALENDAR_FIRST_NAMES  # here: names imports this module
        if greeting.group("name").lower() in CALENDAR_FIRST_NAMES:
            spans.append(greeting.span("name"))
    if not spans:
        return
    from workloads.guard.names import _R79P_NOT_A_CHILD  # here: names imports this module
    yield from unclaimed_people(found, spans, lambda start, end: (
        round80_not_person(text, start, end, lower)
        # a kin's or a role's word the first names' list holds: "Mum reports Nicole is using ..."
        or text[start:end].split()[0].lower() in _R79P_NOT_A_CHILD))
