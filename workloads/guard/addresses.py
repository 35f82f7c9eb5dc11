"""The `street_address` detector: postal addresses in the formats of the US, the UK, Canada,
Australia, Germany, Austria, Switzerland, France, Belgium, Spain and the Netherlands, redacted
whole (street line, unit, postcode, town, state), on one line or several.

An address starts from an anchor, then grows over the address parts that follow it:
  - a street line: a house number and a street type in the order of the country
    ("221B Baker Street", "12, rue de la Paix", "Hauptstraße 5", "Calle Mayor 10", "Damstraat 12"),
    or a UK postcode with the lines above it (UK addresses often name a building, not a number);
  - then units ("Apt. 4", "Flat 2", "Piso 3", "bus 2"), postcode and town in the country's
    order ("10115 Berlin", "1012 JM Amsterdam", "Springfield, IL 62704", "Madrid, 28013",
    "SW1A 2AA", "Toronto, ON M5V 2T6").
A town or postcode on its own ("our Berlin office", "75002 Paris") is not an address.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

Span = tuple[int, int, str]

_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_L = "a-zß-öø-ÿā-ž"
_CAP = rf"[{_U}0-9][\w'’.&-]*"  # a capitalised (or numbered) word of a street or town name
_NUM = r"[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,4}[A-Za-z]?)?"
_SNAME = rf"[{_U}][{_L}][\w'’.-]*"  # a street name's word: a capital, then a lower-case letter

# USPS Publication 28 (C1) suffixes and Royal Mail's common thoroughfare words.
EN_TYPES = (
    "street st road rd avenue ave av lane ln drive dr boulevard blvd court ct place pl square sq way terrace ter tce "
    "crescent cres close gardens gdns parkway pkwy highway hwy circle cir trail trl row hill grove green mews walk "
    "park plaza plains springs ridge view heights point harbor harbour shore shores meadows meadow village crossing "
    "loop run pass path pike alley bridge brook brooks burg bypass camp canyon cape causeway center centre cliff cliffs "
    "club common corner corners course cove coves creek crest curve dale dam divide estate estates expressway extension "
    "falls ferry field fields flat flats ford fords forest forge forges fork forks fort freeway garden gateway glen glens "
    "haven hollow inlet island islands isle junction junctions key keys knoll knolls lake lakes land landing light "
    "lights lock locks lodge manor manors mill mills mission motorway mount mountain mountains neck orchard oval "
    "overpass parks port ports prairie radial ramp ranch rapid rapids rest river shoal shoals skyway spring spur "
    "station stravenue stream summit throughway trace track trafficway tunnel turnpike underpass union unions valley "
    "valleys viaduct views vista ville wall well wells wharf triangle route squares hills greens trails streets roads "
    "ways walks crossroad loaf locks fall passage "
    # the rest of USPS Publication 28 (C1): the plurals and forms above lacked ("705 Johnson Points")
    "branch burgs centers circles courts drives extensions groves harbors mall parkways pine pines plain points "
    "ridges spurs villages "
    # Australia Post's common street types
    "esplanade parade promenade circuit circus quay quays rise vale wynd brae grange concourse broadway piazza "
    "strand retreat glade outlook lookout crossway laneway walkway boardwalk arcade plateau pathway boulevarde"
).split()
FR_TYPES = (
    "rue avenue av boulevard bd bld place pl chemin ch allée impasse imp quai route rte cours square passage rond-point "
    "voie sentier faubourg fg chaussée montée résidence lieu-dit cité esplanade promenade parvis villa hameau"
).split()
ES_TYPES = (
    "calle c/ c. avenida avda av paseo plaza pza ronda camino carretera ctra travesía travesia glorieta vía via callejón "
    "pasaje vial acceso alameda cañada urbanización urb rambla carrer passeig cuesta bajada subida sector costanilla "
    "polígono poligono partida pasadizo"
).split()
NL_BE_TYPES = "rue avenue boulevard chaussée place quai chemin drève allée".split()
DE_SUFFIXES = (
    "straße strasse str weg allee platz gasse ring damm ufer steig pfad chaussee markt hof graben kamp feld tor "
    "brücke stieg zeile wall berg garten gärten anger au aue bogen"
).split()
NL_SUFFIXES = (
    "boulevard straat laan gracht plein kade singel dijk steeg dreef pad baan plantsoen burgwal wal erf veld lei dries kaai "
    "vest heide hoek rade werf hof park markt weg pad"
).split()


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# number first, English-style type last: "221B Baker Street", "083 Crosby Plaza"
_EN_WORD = rf"(?:[{_U}][\w'’.&-]*|[0-9]{{1,3}}(?:st|nd|rd|th))"  # Baker, 5th
# not an hour: "zwischen 8 und 12 Uhr. Falls du ..." ("Falls" is a thoroughfare word)
_CLOCK = r"(?!(?i:uhr|uur|h|heures?|horas?|hrs?|hours?|o['’]clock|minuten|minutes?|minutos|mins?)(?![\w]))"
# not a measure: "a battery over 160 Wh. Boarding pass ...", "20 kWh", "512 GB", "300 mAh" (a single
# letter stays a direction: "100 W Main Street")
_MEASURE = r"(?!(?:Wh|kWh|MWh|GWh|mAh|Ah|kW|MW|Hz|kHz|MHz|GHz|KB|kB|MB|GB|TB|Mbps|Gbps|mg|kg|ml|cl|km|cm|mm)(?![\w]))"
# Round 62: not a courtesy title then "Dr.", a doctor's title after a list's number ("Nr. 8   Frau Dr. Kirchner",
# "No. 4  Mrs Dr. Patel", "n° 3 Mme Dr. Roux", "n.º 5 Sra. Dr. Gil", "nr. 6 Mevr. Dr. Bos"): "Dr" there is
# the person's title, no Drive; a street's name is no courtesy title
_TITLE_DOCTOR = (r"(?!(?:Frau|Herr|Mrs|Mr|Ms|Miss|Mme|Mlle|Madame|Monsieur|M|Sra|Sr|Srta|Señora|Señor|Doña|Don|"
                 r"Mevr|Mevrouw|Dhr|Meneer|Mw|Hr|Fr)\.?[ ]+(?:Dr|Drs|Prof)\.?(?![\w]))")
_EN_LINE = rf"{_NUM}[ ]+{_CLOCK}{_MEASURE}{_TITLE_DOCTOR}(?:{_EN_WORD}[ ]+){{1,4}}(?i:{_alt(EN_TYPES)})\.?(?![\w])(?:[ ]+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
# number first, type first: "12, rue de la Paix", "406, rue Éléonore Louis"
# (a name's word ends with a full stop only as an abbreviation, "St.", "Ste.", "Mgr.": after a word of
# three lower-case letters or more the stop ends the sentence, "12, rue de la Paix. Merci", "place Jean-Jaurès. Apportez")
_SNAME_NO_STOP = rf"[{_U}][{_L}][\w'’.-]*(?<![{_L}]{{3}}\.)"
_FR_LINE = rf"{_NUM},?[ ]+(?i:{_alt(FR_TYPES)})\.?[ ]+(?:(?:[{_L}'’]{{1,3}}|{_SNAME_NO_STOP})[ ]+){{0,5}}{_SNAME_NO_STOP}"
_STREET_PARTICLE = r"(?:de|del|de la|de las|de los|des|du|la|le|les|los|las|el|d['’]|l['’]|y|i|et|van|der|den|het|'t|ter|ten|op|aan|sur|sous|en|da|do|dos|das)"
"""Lower-case words inside a street name ("Calle de la Paz", "Rue de l'Église", "Avenue du Roi"); not
"à" ("rue Victor-Hugo à Marseille, 5": a street in a town, and a count)."""
# type first, number last: "Calle Mayor 10", "Acceso de Ceferino Barragán 96", "Rue de la Loi 16"
# (a name's word ends with a full stop only as a short abbreviation, "Gral.", "Pdte.", "Sta.": after
# four lower-case letters the stop ends the sentence, "use la de la plaza de Colón. Firmware 1.20",
# "celle de la rue Jean-Jaurès. Micrologiciel 0.26"; the number is no house number when a decimal or
# a version's part follows it, "4,5:3,5" is a match's score, "1.20.51" a release)
_SNAME_ES = rf"[{_U}][{_L}][\w'’.-]*(?<![{_L}]{{4}}\.)"
_NOT_DECIMAL = r"(?![\w]|[.,][0-9])"
# Round 69: not a distance or a weight after the number: "quedamos en la plaza de Alicante, 90 km", "ab
# Marktplatz 12 km bis zum Ziel", "Dorpsstraat 3 km verderop", "rue de la Gare 5 kg": a measure counts no house
_MEASURE_UNIT = (r"[ ]?(?i:km|kms|kilómetros|kilometros|kilometers?|kilometres?|kilometern|kilomètres|mi|miles|"
                 r"millas|meilen|kg|%)(?![\w])")
_NOT_MEASURE_AFTER = rf"(?!{_MEASURE_UNIT})"
_MEASURE_AFTER = re.compile(_MEASURE_UNIT)
_ES_LINE = (
    rf"(?i:{_alt(ES_TYPES + NL_BE_TYPES + FR_TYPES)})\.?[ ]+(?:(?:{_STREET_PARTICLE}|{_SNAME_ES})[ ]+){{0,6}}?{_SNAME_ES},?[ ]+"
    rf"(?:n[º°o]\.?[ ]?)?{_NUM}{_NOT_DECIMAL}{_NOT_MEASURE_AFTER}"
)
# compound name first, number last: "Hauptstraße 5", "Jannis-Bacher-Weg 5/2", "Damstraat 12"
_DE_LINE = rf"[{_U}][\w'’.-]*?(?i:{_alt(DE_SUFFIXES + NL_SUFFIXES)})\.?[ ]+{_NUM}{_NOT_DECIMAL}{_NOT_MEASURE_AFTER}"
# two-word German/Dutch streets: "Am Markt 3", "An der Alster 12", "Op de Berg 4"
_DE_PREP_LINE = rf"(?:Am|An der|Auf der|Im|In der|Zum|Zur|Op de|Aan de|In de|Bij de)[ ]+{_CAP}[ ]+{_NUM}(?![\w]){_NOT_MEASURE_AFTER}"

STREET_LINE = re.compile(
    rf"(?<![\w/.:-])(?:{_EN_LINE}|{_FR_LINE}|{_ES_LINE}|{_DE_LINE}|{_DE_PREP_LINE})"
)
_SEP = r"(?:[ ]*,[ ]*|[ ]*\n[ ]*|[ ]+)"
# a town's word; a bilingual town gives both names with a slash ("4946 Biel/Bienne", "Fribourg/Freiburg")
_TWORD = rf"[{_U}]\w*(?:['’]\w+)*(?:-['’]?\w+(?:['’]\w+)*)*(?:/[{_U}]\w*(?:['’]\w+)*(?:-['’]?\w+(?:['’]\w+)*)*)?"
"""(An apostrophe inside a town's word, never at its end: "Bern'" closes a string in code.)"""
# a town's official name may join a region or a river with a preposition ("Gmünd in Kärnten",
# "Neumarkt in der Oberpfalz", "Rothenburg ob der Tauber", "Weil am Rhein"); a Dutch town may
# start with its old article ("'t Loo Oldebroek", "'s-Hertogenbosch"). "in" joins a region only
# where the address ends ("München in Kürze umziehen" is a sentence going on)
# a town may open with a saint's, a mount's or a fort's abbreviation ("St. Teresa, WA, 2668", "St.
# Louis, MO 63101", "Ste. Genevieve", "Mt. Pleasant", "Ft. Worth")
_TOWN = (rf"(?:['’][ts](?:[ ]|-(?=[{_U}]))|(?:St|Ste|Mt|Ft)\.[ ])?{_TWORD}(?:[ ](?:(?:am|an|an der|im|bei|ob|ob der|sur|sous|en|la|le|les|"
         rf"de|del|de la|op|aan|aan de|upon|on|the)[ ])?{_TWORD}){{0,3}}"
         rf"(?:[ ]in(?:[ ]der)?[ ]{_TWORD}(?=[ \t]*(?:$|\n|[,;)]|[.](?:\s|$))))?"
         # a Dutch town's particle before its last word, where the address ends ("Hoek van Holland",
         # "Alphen aan den Rijn", "Capelle aan den IJssel", "Wijk bij Duurstede")
         rf"(?:[ ](?:van|aan den|aan het|bij|ter)[ ]{_TWORD}(?=[ \t]*(?:$|\n|[,;)\"]|[.](?:\s|$))))?")
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}(?![\w])"
_CA_POSTCODE = r"[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9](?![\w])"
_STATE = r"[A-Z]{2,3}"
_UNIT_SRC = (
    r"(?i:apt\.?|apartment|suite|ste\.?|unit|flat|studio|floor|fl\.?|room|rm\.?|piso|puerta|planta|escalera|esc\.?|"
    r"bajo|étage|etage|bâtiment|bat\.?|app\.?|appartement|bus|boîte|bte|box|whg\.?|wohnung|stiege|top)"
    r"[ ]?(?:[0-9]{1,4}[A-Za-z]?|[A-Z])\b|[0-9]{1,2}[º°ª][ ]?[A-Z]?\b"
)
_UNIT = _UNIT_SRC
# Street lines that are addresses only when a postcode follows: a number and capitalised words
# with a thoroughfare word the lists above lack ("049 Maria Cruiseway, West Joyside, VIC, 2905"),
# or a type-first street without a number ("rue de Bourquin, 6074 Fonjallaz").
WEAK_LINE = re.compile(
    rf"(?<![\w/.-])(?:{_NUM}[ ]+(?:{_SNAME}[ ]+){{1,3}}{_SNAME}"
    rf"|(?i:{_alt(FR_TYPES + ES_TYPES)})\.?[ ]+(?:(?:[{_L}'’]{{1,4}}|{_SNAME})[ ]+){{0,4}}{_SNAME})"
    rf"(?:[ ]+(?:{_UNIT_SRC}))?"
)

# The same rules, anchored on a number (cheap to find: CPython skips ahead to a digit), so the
# letter-first patterns run only on the few dozen characters before a number, not on all text.
_DIGIT = re.compile(r"[0-9](?<![\w/.:-][0-9])")
"""A number that may start a street line: not the minutes of a time ("08:00  Herr Dr. Hoffmann")."""
_NUM_FIRST = re.compile(rf"(?:{_EN_LINE}|{_FR_LINE})")
_ES_LINE_AT = re.compile(_ES_LINE)
_DE_PREP_AT = re.compile(_DE_PREP_LINE)
_TYPE_FIRST = frozenset(w.rstrip(".") for w in ES_TYPES + NL_BE_TYPES + FR_TYPES) - {"passage", "cours"}
"""Types that start a street named before its number ("Calle Mayor 10"). Not "passage" or "cours":
as common nouns they start phrases with a number in them ("Passage de Office 365 en 3.3")."""
_DE_NL_ENDINGS = tuple(DE_SUFFIXES + NL_SUFFIXES)
# A compound whose head ends like a street but names a seat, a spot, a gate, a platform, a field of
# a form or a court: "Sitzplatz 23C", "Stellplatz 14", "Liegeplatz 7", "Bahnsteig 4", "Flugsteig
# B12", "Rolltor 3", "Eingabefeld 2", "Tennisbaan 3", "Startbaan 2", "Speelveld 4"
_PLACE_NOT_STREET = re.compile(
    r"(?:sitz|steh|stell|park|liege|arbeits|fenster|gang|camping|zelt|abstell|garagen|tiefgaragen|wohnmobil|"
    r"schreibtisch|spiel|sport|fußball|fussball|tennis|bolz|lager)platz"
    r"|(?:bahn|flug)steig|(?:hallen|roll|garagen|einfahrts|lade|sektional)tor|(?:eingabe|text|daten|formular|such|spiel)feld"
    r"|(?:start|landings|taxi|bowling|tennis|kegel|ijs|atletiek|speel|sport|voetbal|hockey)(?:baan|veld)"
    # a device or a role named by a Latin loanword whose "-tor" is its agent's ending, no town's gate ("Steintor",
    # "Ostertor"): "Inkubator 4", "Ventilator 2", "Monitor 3", "Generator 1", "Reaktor 2", "Projektor 5",
    # "incubator 4" and "monitor 3" in the other languages, numbered in a ward's or a plant's notice
    r"|[a-zäöüß]{2,}(?:ator|itor|ktor)"
    # Round 67: a show's "-schau", no meadow's "Au": "Herbstschau 2026", "Gartenschau 2027", "Leistungsschau 12",
    # "Modenschau 3" (a show and its year or its number in a club's, a fair's or a programme's title)
    r"|[a-zäöüß]{2,}schau"
)
# Round 81: an outdoor spot numbered along a lake's or a river's bank, a park's or a marina's, no street: "Baggersee
# Nord, Angelplatz 9" (a fishing warden's report), "Anglerplatz 4", "Grillplatz 3", "Picknickplatz 2", "Bootsplatz 14",
# "Anlegeplatz 7" ("Fischerplatz 3" is many towns' street and stays one)
_R81S_SPOT_NOT_STREET = re.compile(r"(?:angel|angler|grill|picknick|boots|anlege)platz")
# ... unless a postcode and its town follow, as after a home's street ("wohnhaft Angelplatz 9, 1010 Wien")
_R81S_POSTCODE_AFTER = re.compile(r"(?:[ ]*,[ ]*|[ ]*\n[ ]*)(?:[A-Z]{1,2}-)?[0-9]{4,5}[ ]+[^\W\d_]")


def _r81s_spot(lowered_last: str, text: str, end: int) -> bool:
    """Round 81: whether the compound before the number names a numbered spot (_R81S_SPOT_NOT_STREET) with no
    postcode after the number (_R81S_POSTCODE_AFTER)."""
    return _R81S_SPOT_NOT_STREET.fullmatch(lowered_last) is not None and _R81S_POSTCODE_AFTER.match(text, end) is None
# Round 81: a region's name in "-au" (no meadow's "Au" street) before a year, as a season's or a campaign's title gives
# it: "Saisonarbeitskraft Wachau 2026", "Weinlese Ortenau 2025", "Hopfenernte Hallertau 2024", "Wetterau 2023"; a
# house number is no year there ("Auf der Au 12", "Lindenau 3" keep theirs)
_R81S_REGION_ENDING = ("au", "aue")


def _r81s_region_year(lowered_last: str, text: str, start: int, end: int) -> bool:
    """Round 81: whether the number after a word in "-au" is a year (_R81S_REGION_ENDING, _YEAR)."""
    return lowered_last.endswith(_R81S_REGION_ENDING) and end - start == 4 and _YEAR.match(text, start) is not None


# Round 82: a glazing unit's or a layered build-up's spec, its panes and gaps in millimetres between slashes after
# the build-up's word, whose "-au" reads as a meadow's street: "Glasaufbau 6/16/6 ESG", "Scheibenaufbau 4/16/4",
# "Schichtaufbau 8/12/8", "Wandaufbau 15/160/15" (no street's name ends in "-aufbau"; "Neubau 4" and "Lindenau 3"
# keep theirs)
_R82S_BUILD_UP_ENDING = "aufbau"


def _r82s_build_up(lowered_last: str) -> bool:
    """Round 82: whether the word before the number names a build-up (_R82S_BUILD_UP_ENDING), a spec's, no street."""
    return lowered_last.endswith(_R82S_BUILD_UP_ENDING)


# A dental work on numbered teeth (FDI's two digits, quadrant 1-8 then tooth 1-8): "VMK-Brücke 34–36,
# Farbe A3", "Zirkonkrone 21", "bridge 34-36, shade A2", "couronne 26", "corona 11", "kroon 46": the
# work's word, then a tooth's number with a range to another tooth or a dental word on the line
_DENTAL_WORK = re.compile(r"(?:brücke|bruecke|krone|bridge|crown|couronne|pont|corona|puente|kroon|brug)$")
_TOOTH_RANGE_AFTER = re.compile(r"[ ]?[-–—/][ ]?[1-8][1-8](?![0-9])")
_DENTAL_LINE_WORD = re.compile(
    r"(?i:farbe|zahn|zähne|stumpf|vmk|zirkon|keramik|shade|tooth|teeth|ceramic|zirconia|abutment|teinte|dent|dents|"
    r"céramique|zircone|color|diente|dientes|cerámica|circonio|kleur|tand|tanden|keramiek|implant\w*)(?![^\W\d_])")


def _tooth_work(text: str, word: str, number_start: int, number_end: int) -> bool:
    """Whether a number after a bridge's or a crown's word is a tooth's (why: a dental lab's ticket
    writes "VMK-Brücke 34–36", and "-brücke" also ends a street's name)."""
    if _DENTAL_WORK.search(word.lower()) is None or re.fullmatch(r"[1-8][1-8]", text[number_start:number_end]) is None:
        return False
    line_end = text.find("\n", number_end)
    line = text[text.rfind("\n", 0, number_start) + 1 : len(text) if line_end < 0 else line_end]
    return _TOOTH_RANGE_AFTER.match(text, number_end) is not None or _DENTAL_LINE_WORD.search(line) is not None


# A field of study or of work, numbered in a curriculum or a plan: "Lernfeld 7", "Handlungsfeld 3",
# "Themenfeld 2", "Aufgabenfeld 4", "Tätigkeitsfeld 1", "Arbeitsfeld 2", "Kompetenzfeld 5", "Werkveld 3",
# also after "Im" ("Im Lernfeld 7 geht es um ...")
_FIELD_OF_STUDY = re.compile(
    r"(?:lern|handlungs|themen|aufgaben|tätigkeits|taetigkeits|arbeits|berufs|kompetenz|inhalts|"
    r"praxis|übungs|uebungs|werk|leer|beroeps|thema|oefen)(?:feld|veld)"
)
# The number after a compound is the day of a date, not a house number: "27 juni 2021", "19.05.2024",
# "15-01-2027", "12. März"
_FULL_MONTHS = (
    "january february march april may june july august september october november december "
    "januar februar märz maerz mai juni juli august september oktober november dezember jänner "
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
_DAY_OF_DATE = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])(?:[./-](?:0?[1-9]|1[0-2])[./-](?:[0-9]{4}|[0-9]{2})(?![0-9])|"
    r"\.?[ ](?:de[ ])?(?i:" + "|".join(sorted(set(_FULL_MONTHS), key=len, reverse=True)) + r")(?![\w]))"
)
# A year after its month is a date's, no house number: "fête des récoltes le 10 mai 2024, place
# Jean-Jaurès", "am 3. März 2024, Platz der Republik", "el 4 de mayo de 2024, plaza Mayor",
# "on 12 May 2024, 1 Market Street"
_MONTH_BEFORE_YEAR = re.compile(
    r"(?<!\w)(?i:" + "|".join(sorted(set(_FULL_MONTHS), key=len, reverse=True)) + r")\.?,?[ ](?:de[ ])?$")
_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}(?![\w])")
# Round 76: a year, its month and its day written the ISO way start no house number: "Hearing 2021-01-09 16:10" (a
# protest's hearing, though "-ring" ends a street's name), "Zustellung 2024-05-01", "Levering 2024-05-01", "Catering
# 2024-05-01", "Vergadering 2023-11-20" (the date's year and month read as a number and its range)
_ISO_DATE = re.compile(r"(?:1[89]|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9])")
# Dutch nouns made from verbs in "-eren" end in "-ering" (aflevering, vergadering, levering,
# verzekering, herinnering, verandering): an episode's, a meeting's or a delivery's number follows
# them; a ring named after a person keeps its ring ("Stéphaniering 1", "Sabinering 27", "Noorderring")
# A jewel's precious metal by its fineness after its word: "Damenring 585 GG", "Ehering 750 Gelbgold",
# "Siegelring 333 Gold", "Ring 925 Silber" (a pawn ticket's or a jeweller's item, no street)
_FINENESS = re.compile(r"(?:333|375|417|585|750|800|835|900|916|925|950|999)[ ]?(?i:gg|wg|rg|gelbgold|weißgold|weissgold|"
                       r"rotgold|roségold|rosegold|gold|ct|kt|karat|silber|sterling|platin)(?![\w])")


def _gold_fineness(text: str, start: int, end: int) -> bool:
    """Whether the number after a "-ring" word is a precious metal's fineness with its metal after
    it (_FINENESS): a ring's, not a street's number."""
    return _FINENESS.match(text, start) is not None and text[start:end].strip().isdigit()


# Round 70: "verandering" whole, not any word in "-andering": a ring street's "Handering 36/38, 67103 Bitterfeld",
# "Wandering 4, 6711 AB Ede" keep their ring ("Verandering 3" stays a change)
_NOMINAL_ERING = re.compile(r"(?:lev|gad|zek|rinn|reg|bet|vord|verand)ering$")
_CLOCK_AFTER = re.compile(r":[0-5][0-9](?![0-9])")
_DECIMAL_AFTER = re.compile(r"[.,][0-9]")
# A match's score after a club's name is no house number: "FC Buchs – TSV Eichenau 3:1", "VfB Lindenau
# 2-0 (Halbzeit 1-0)", "Ajax – SV Oosterrade 1 : 1"; a colon and a goal count after the number, or a
# dash and a count no greater than the first after a fixture's two sides (a house range counts up:
# "Hauptstraße 5-7")
_SCORE_AFTER = re.compile(r"[ ]?:[ ]?[0-9]{1,2}(?![0-9])")
_SCORE_DASH = re.compile(r"([0-9]{1,2})-([0-9]{1,2})")
_FIXTURE_SIDES = re.compile(r"[ ](?:[–—-]|vs\.?|v\.?|gegen|tegen|contre|contra)[ ]", re.IGNORECASE)


# ... nor a table's points after a team's town ("2. Pin-Knacker Pinkafeld 44 Pkt.", "Spittal an der
# Drau 44 Punkte", "Oosterrade 12 pnt", "Lyon 40 pts", "Getafe 38 puntos"), nor an instrument's sizes
# after its name, a slash and three digits or more ("Refraktor 150/1200", "Reflektor 200/1000"): a
# door's number after a slash has one or two
POINTS_UNIT = r"pkte?|punkte?|pts?|points?|punten|pnt|puntos?|ptos?"
"""A score's or a league table's points, in the five languages ("37 pts", "12 Pkt.", "38 pnt", "21 puntos")."""
_POINTS_OR_SIZE_AFTER = re.compile(rf"[ ](?:{POINTS_UNIT})(?![^\W\d_])|/[0-9]{{3,}}(?![0-9])", re.IGNORECASE)


# Round 64: a number then a score's points in the plural or short, before a number-first line's "street"
# ("winner 41 points. Course rating", "Nettosieger 41 Punkte. Course Rating", "38 pts. Green Lane Trophy", "41
# punten. Course", "21 puntos. Club"): a result's points, no house number; no street's first word is a plural
# points unit (the singular stays, "12 Point Pleasant Road")
_NUM_THEN_POINTS = re.compile(r"[ ](?:pkte?\.?|punkte|pts\.?|points|punten|pnt|puntos|ptos)(?![^\W\d_])", re.IGNORECASE)


# A range's first number and its word before a larger number ("stands 1 à 60 place ...", "pitches 1
# to 40 Market Square", "Stände 1 bis 30 ...", "puestos 1 a 40 plaza ...", "plaatsen 1 t/m 40 ..."):
# the number ends the range (of pitches, stands, seats) and starts no street; a house number's own
# range is written with a dash ("12-14 rue ...") and stays an address, and so does the number after
# a date's year ("on 17 February 2024 to 963 Thompson Port", "du 20 avril 2020 au 441, rue ...")
_RANGE_BEFORE = re.compile(r"(?<![\w,./-])([0-9]{1,3})[ ](?:à|a|to|till|until|through|bis|tot|t/m|tot en met|al)[ ]$",
                           re.IGNORECASE)


def _ends_range(text: str, p: int) -> bool:
    """Whether the number at `p` ends a range of smaller numbers (_RANGE_BEFORE)."""
    m = _RANGE_BEFORE.search(text, max(0, p - 16), p)
    if m is None:
        return False
    num = _NUM_AT.match(text, p)
    return num is not None and num.group(0).isdigit() and int(m.group(1)) < int(num.group(0))


# Round 77: an agenda's items numbered in one running line, the street-shaped item's number the next item's ("1.
# Kassenbericht 2. Nebenkostenabrechnung 3. Müllplatz 4. Verschiedenes", "3. Parking Lane 4. Any other business",
# "3. Place du marché 4. Divers", "3. Calle nueva 4. Ruegos y preguntas", "3. Speelplein 4. Rondvraag"): the item
# before it numbered one less, no digit between, and the number's full stop and a capital after it
_ITEM_NUMBER_BEFORE = re.compile(r"(?<![\w.])([0-9]{1,2})\.[ ][^0-9\n]{2,60}$")
_NEXT_ITEM_AFTER = re.compile(r"\.[ ][A-ZÀ-Þ]")


def _agenda_item(text: str, number_start: int, number_end: int, line_start: int) -> bool:
    """Whether the number after a word is the next item's of an agenda numbered in one line (_ITEM_NUMBER_BEFORE)."""
    number = text[number_start:number_end]
    if not number.isdigit() or _NEXT_ITEM_AFTER.match(text, number_end) is None:
        return False
    m = _ITEM_NUMBER_BEFORE.search(text, max(line_start, number_start - 64), number_start)
    return m is not None and int(m.group(1)) + 1 == int(number)


def _score(text: str, number_start: int, number_end: int, line_start: int) -> bool:
    """Whether the number after a word is a match's score or a table's points, or the number starts an
    instrument's sizes (see _SCORE_AFTER, _POINTS_OR_SIZE_AFTER): no house number."""
    if _agenda_item(text, number_start, number_end, line_start):
        return True
    slash = text.find("/", number_start, number_end)  # the number may hold its sizes' slash: "150/1200"
    if _SCORE_AFTER.match(text, number_end) or _POINTS_OR_SIZE_AFTER.match(text, number_end if slash < 0 else slash):
        return True
    dash = _SCORE_DASH.fullmatch(text, number_start, number_end)
    return dash is not None and int(dash.group(2)) <= int(dash.group(1)) and \
        _FIXTURE_SIDES.search(text, line_start, number_start) is not None
_CLUB_PREFIXES = frozenset("SV VV FC SC TSV VfB VfL RKSV RKVV SVV SSV FSV USV SpVgg SG TuS CF CD UD AFC HFC RC AS US KV SK FK AC".split())
"""A sports club's abbreviation before its name ("SV Oosterpark 2", "FC Lindenhof 3", "VV De Zwaluwen 3"):
the number after the name is the club's team, no house number."""


def _club_team(tokens: list[re.Match[str]]) -> bool:
    """Whether a club's abbreviation (_CLUB_PREFIXES) stands one or two words before the number,
    the name and its squad's number after it: no street (why: a match report names its teams so)."""
    return any(t.group(0) in _CLUB_PREFIXES for t in tokens[-3:-1])


_PREP_WORDS = frozenset("am an auf im in zum zur op aan bij".split())
_TOKEN = re.compile(r"[^\s,;|(\[{«“„\"'‘`=][^\s,;|(\[{«“„\"=]*")
"""A word before a number; an opening bracket or quote is no part of it ("(Eugen-Henschel-Allee 33"),
nor a string's quote in code ("SET anschrift = 'Gutstrasse 38, 8049 Allschwil'"), nor a delimited
row's separator with no blank after it ("22/02/1954;rue de Saudan 247, 3536 Cattin", "|chemin Le Goff, ..."),
nor a key's "=" with no blank around it in a key='value' record ("adresse='Marcel-Lederer-Weg 530, ...'")."""
# After a type-first street's name, a comma and four or five digits with a town after them are
# the postcode, not the house number: "rue de Reynaud, 24234 Samson-les-Bains" (the street has no
# number; the weak line below takes it with its town); "Calle Mayor, 10" keeps its number
_POSTCODE_AFTER_COMMA = re.compile(rf",[ ][0-9]{{4,5}}[ ]+{_TWORD}")
_NUM_AT = re.compile(rf"{_NUM}(?![\w])")
_WEAK_NUM_FIRST = re.compile(rf"{_NUM}[ ]+(?:{_SNAME}[ ]+){{1,3}}{_SNAME}(?:[ ]+(?:{_UNIT_SRC}))?")
_WEAK_TYPE_FIRST_AT = re.compile(
    rf"(?i:{_alt(FR_TYPES + ES_TYPES)})\.?[ ]+(?:(?:[{_L}'’]{{1,4}}|{_SNAME})[ ]+){{0,4}}{_SNAME}"
)

# what may follow a street line, tried in order at the current end of the address
_PARTS: list[re.Pattern[str]] = [
    re.compile(rf"{_SEP}(?:{_UNIT})"),
    re.compile(rf"{_SEP}{_TOWN},[ ]*{_STATE},?[ ]+(?:[0-9]{{4,5}}(?:-[0-9]{{4}})?|{_CA_POSTCODE})(?![\w])"),  # US/CA/AU
    # NL 1012 JM Amsterdam; a town that shares its name with another, with its province in brackets
    # ("Hengelo (Gld)", "Bergen (NH)", "Bergen (L)", "Rijswijk (ZH)")
    re.compile(rf"{_SEP}[0-9]{{4}}[ ]?[A-Z]{{2}}(?![\w])(?:{_SEP}{_TOWN}(?:[ ]\([A-Z][A-Za-z]{{0,2}}\)(?![\w]))?)?"),
    # 10115 Berlin; a Swiss canton or a province's code in brackets after the town ("4565 Rappaz (OW)")
    re.compile(rf"{_SEP}(?:[A-Z]{{1,2}}-)?[0-9]{{4,5}}(?:{_SEP}{_TOWN}(?:[ ]+(?:CEDEX|Cedex)(?:[ ][0-9]{{1,2}})?)?)(?:[ ]\([A-Z]{{2}}\))?"),
    re.compile(rf"{_SEP}{_TOWN},[ ]*[0-9]{{5}}(?![\w])"),  # ES (Faker): Madrid, 28013
    re.compile(rf"{_SEP}(?:{_TOWN}{_SEP})?{_UK_POSTCODE}"),  # UK: London SW1A 2AA
    re.compile(rf"{_SEP}[0-9]{{4}}(?=[ \t]*(?:\n|$))"),  # BE/AT/CH postcode on its own line, town next
    # a town line before its postcode: four or five digits, not a longer number's start (a next
    # field's label and its number under the address: "...\nNIF 35979583Q", "...\nNISS 78122346087");
    # no town ends in an IBAN's country and check digits, whose first group of four follows ("...
    # Lenoir\nPrélèvement SEPA sur FR57 4682 3821 ...": the line under the address is a payment's)
    re.compile(rf"{_SEP}{_TOWN}(?<![A-Z]{{2}}[0-9]{{2}})(?={_SEP}(?:[0-9]{{4,5}}(?![0-9])|{_UK_POSTCODE}))"),
]
_COUNTRY = re.compile(
    r"[ ]*,[ ]*(?:USA|United States|UK|United Kingdom|Deutschland|Germany|France|España|Spain|Nederland|"
    r"The Netherlands|Netherlands|België|Belgique|Belgium|Österreich|Austria|Schweiz|Suisse|Switzerland|Canada|Australia)\b"
)
UK_POSTCODE = re.compile(rf"[A-Z](?<![\w][A-Z])[A-Z]?[0-9][A-Z0-9]?[ ][0-9][A-Z]{{2}}(?![\w])")
_UK_LINE_BEFORE = re.compile(rf"(?:(?:{_UNIT})|{_NUM}[ ]+{_TOWN}|{_TOWN})$")
_UNIT_AT_END = re.compile(rf"(?<![\w])(?:{_UNIT})$")
BUILDING_WORDS = (
    "house court lodge mansions mansion cottage cottages hall tower towers building buildings apartments flats "
    "barn farm works wharf mill quay residence heights point gate yard"
).split()
"""Words that end a UK building's name ("Rosewood House", "Jamie Lodge", "Kings Court")."""
# USPS's "Via" (Faker's en street suffix: "Flat 7, James Via, ..., SE38 8ZD") names a line above a
# postcode only: after a number it is prose's preposition too ("2 Tickets via Ticketmaster")
_ADDRESS_LINE_WORDS = frozenset(BUILDING_WORDS + EN_TYPES + ["via"])
# A unit and/or a building line right before a street line: "Flat 2, ", "Rosewood House, ",
# "Flat 3, Rosewood House, ", "Apartment 4\nKings Court\n".
_LINE_SEP = r"(?:[ ]*,[ ]*|[ ]*\n[ ]*)"
_BUILDING = rf"{_TWORD}(?:[ ]{_TWORD}){{0,3}}[ ](?i:{_alt(BUILDING_WORDS)})"
# Australia's unit before the street number with a space only: "Flat 77 049 Frances Path",
# "Unit 91 00 Tammy Court", "Suite 247 710 Danny Villas" (Australia Post writes "77/049")
_UNIT_SPACE = r"(?i:flat|unit|suite|apt\.?|apartment|villa|shop|level)[ ][0-9]{1,4}[A-Za-z]?[ ]"
_BEFORE_STREET = re.compile(rf"(?:(?:{_UNIT}){_LINE_SEP}(?:{_BUILDING}{_LINE_SEP})?|{_BUILDING}{_LINE_SEP}|(?<![\w-]){_UNIT_SPACE})$")


_POSTCODE_PARTS = frozenset(range(1, 7))  # indexes of _PARTS that hold a postcode


def _grow(text: str, end: int, need_postcode: bool = False) -> tuple[int, int]:
    """Extend an address over the parts that follow `end`; returns (new end, parts added)."""
    added = 0
    postcode = False
    for _ in range(6):
        for index, part in enumerate(_PARTS):
            m = part.match(text, end)
            if m is not None and m.end() > end:
                end = m.end()
                added += 1
                postcode = postcode or index in _POSTCODE_PARTS
                break
        else:
            break
    if need_postcode and not postcode:
        return end, 0
    m = _COUNTRY.match(text, end)
    if m is not None and added:
        end = m.end()
    return end, added


# A form's numbered field: its label opens the line, a number of one or two digits counts the fields,
# then a colon and the field's value ("Madre/padre/tutor 1: Ana Gil", "Tutor 2: Tom Hale", "Ehefrau 1:
# Jana Roth", "Herr/Frau 2: ...", "Mentor 1: Sanne de Vries"): a role's word that ends like a German or
# a Dutch street ("-tor", "-au", "-hof") names one of several persons, no street; a house number does
# not open a field with a colon after it ("Hauptstraße 5, 10115 Berlin" keeps its comma; a clock's
# colon, "Am Markt 9:00", is the hour's)
_FIELD_COUNT_COLON = re.compile(r"[0-9]{1,2}[ \t]*:(?=[ \t]|$)", re.MULTILINE)


def _numbered_field_label(text: str, label_start: int, number_end: int) -> bool:
    """Whether the compound at `label_start` opens its line (maybe after a list's bullet) and the
    number before `number_end` is a field's count with a colon after it (_FIELD_COUNT_COLON)."""
    line_start = text.rfind("\n", 0, label_start) + 1
    if text[line_start:label_start].strip(" \t-*•") or number_end - label_start > 60:
        return False
    count = _FIELD_COUNT_COLON.match(text, text.rfind(" ", label_start, number_end) + 1)
    return count is not None and count.end() >= number_end


def _tokens_before(text: str, p: int) -> list[re.Match[str]]:
    """The words before `p` on its line; when `p` starts a line ("avenue Leconte\n11440 ..."),
    the words of the line above."""
    low = max(0, p - 70)
    line_start = max(text.rfind("\n", low, p - 1) + 1, low)  # bounded: no O(n^2) on long lines
    if line_start == p and p >= 2 and text[p - 1] == "\n":
        line_start = max(text.rfind("\n", low, p - 2) + 1, low)
    return list(_TOKEN.finditer(text, line_start, p))[-8:]


def _preposition_via(text: str, start: int) -> bool:
    """Whether the "via" at `start` is the preposition, not the street's type: written in lower case
    right after a word of the sentence ("Delivered via Office 365", "verstuurd via PostNL 24", "envoyé
    via Colissimo 48"); a street's "Via" opens its line or field ("Dirección: via Augusta 12")."""
    if text[start : start + 3] != "via":
        return False
    before = text[max(0, start - 30) : start].rstrip(" ")
    # Round 71: after an amount too, by its currency's sign: how it was paid ("Anzahlung 36.491,33 € via Kreditkarte
    # 3579-7671-...", "deposit £250 via bank transfer 12", "acompte 300 € via PayPal", "pagado 40 € via Bizum 2")
    return bool(before) and (before[-1].isalpha() or before[-1] in "€£$¥")


# A car in a dealer's stock list or an ad: a model year, its make and a body style that is also a
# thoroughfare's word ("2018 Ford estate, 61,200 mi", "2016 Volvo V70 Estate - £4,995"); the make
# named, or the body style in lower case, or the mileage or the price after it marks the car
_MODEL_YEAR = re.compile(r"(?:19[5-9][0-9]|20[0-3][0-9])(?![\w])")
_CAR_MAKES = frozenset("""
ford vauxhall opel volkswagen vw audi bmw mercedes mercedes-benz toyota honda nissan skoda škoda volvo peugeot renault
citroën citroen kia hyundai mazda seat fiat tesla jaguar rover porsche subaru suzuki mitsubishi lexus dacia cupra
romeo jeep chevrolet dodge chrysler saab lancia polestar
""".split())
_CAR_AFTER = re.compile(r"[ ]*[,;–—-][ ]*(?:[0-9][0-9,.]*[ ]?(?:mi|miles|km|k)\b|[£€$][ ]?[0-9])")


def _car_line(text: str, start: int, end: int) -> bool:
    """Whether the number-first street line at start:end is a car (_MODEL_YEAR, _CAR_MAKES): a model
    year, then a make, a lower-case body style ("estate") or the mileage or price after it."""
    if _MODEL_YEAR.match(text, start) is None:
        return False
    words = text[start:end].split()[1:]
    return (any(w.lower() in _CAR_MAKES for w in words) or words[-1].islower()
            or _CAR_AFTER.match(text, end) is not None)


# A street named after a Dutch-style name whose particle follows the surname, the particle glued to
# the street's word in lower case: "Dussen vanstr. 9-2", "Berg vanweg 4", "Veen derlaan 12"; weak
# (a postcode must follow): the capitalised word before it may be a sentence's
_PARTICLE_STREET = re.compile(r"(?:van|von|vom|de|der|den|ter|ten)-?(?:" + _alt(DE_SUFFIXES + NL_SUFFIXES) + r")\.?")


def _particle_street(tokens: list[re.Match[str]], p: int) -> int | None:
    """Where a street named "<Surname> <particle><street word>" before the number at `p` starts
    (_PARTICLE_STREET), or None."""
    if len(tokens) < 2 or tokens[-1].end() != p - 1 or tokens[-2].end() + 1 != tokens[-1].start():
        return None
    name = tokens[-2].group(0)
    if not (name[0].isupper() and name.isalpha() and len(name) > 2) or _PARTICLE_STREET.fullmatch(tokens[-1].group(0)) is None:
        return None
    return tokens[-2].start()


# A street without a house number after the writer says they live there, its postcode after a comma:
# "I live at Maple Road, 67997 Springfield", "ich wohne in der Lindenstraße, 67997 Altdorf", "ik woon
# aan de Kerkstraat, 6799 AB Delft" (French and Spanish type-first streets are read above)
_RESIDENCE_STREET = re.compile(
    r"(?i:\b(?:i|we)[ ](?:live|lived|reside)[ ](?:at|on|in)|(?:ich[ ]wohne|wir[ ]wohnen)[ ](?:in[ ]der|an[ ]der|am|im|in)|"
    r"(?:ik[ ]woon|wij[ ]wonen|we[ ]wonen)[ ](?:aan[ ]de|aan[ ]het|op[ ]de|in[ ]de|op|aan))[ ]"
    rf"(?P<street>[{_U}][\w'’.-]*?(?i:{_alt(DE_SUFFIXES + NL_SUFFIXES)})|(?:{_EN_WORD}[ ]+){{1,3}}(?i:{_alt(EN_TYPES)}))"
    r"[ ]*,[ ]*$")


def _residence_street(text: str, p: int) -> tuple[int, int] | None:
    """The street, without a number, that a residence's cue names right before the postcode at p
    (_RESIDENCE_STREET); a weak line, the postcode and its town to follow."""
    if text[p - 2 : p] != ", ":
        return None
    m = _RESIDENCE_STREET.search(text, max(0, p - 90), p)
    return (m.start("street"), m.end("street")) if m is not None else None


def _street_lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, strong) of every street line, in text order. Strong lines are addresses on
    their own; weak ones only when a postcode follows. Anchored on numbers (CPython skips ahead
    to a digit fast): the words before a number are looked up in sets, and a pattern is only
    matched where one of them is a street type."""
    for d in _DIGIT.finditer(text):
        p = d.start()
        if _YEAR.match(text, p) and _MONTH_BEFORE_YEAR.search(text, max(0, p - 16), p):
            continue
        if _ISO_DATE.match(text, p):
            continue  # "Hearing 2021-01-09": a date, no house number
        if _ends_range(text, p):
            continue  # "emplacements 1 à 60 place de la République": a range's end, no house number
        m = _NUM_FIRST.match(text, p)
        if m is not None and _car_line(text, p, m.end()):
            continue  # "2018 Ford estate, 61,200 mi": a car for sale
        if m is not None and (lead := _NUM_AT.match(text, p)) is not None and _NUM_THEN_POINTS.match(text, lead.end()):
            continue  # "Nettosieger 41 Punkte. Course Rating": a score's points, no house number
        if m is not None:
            yield (p, m.end(), True)
            continue
        num = _NUM_AT.match(text, p)
        prev = text[p - 3 : p - 1].rstrip(",")[-1:] if p >= 2 and text[p - 1] in " ,\n" else ""
        # a word just before the number; not when the number is a time's hour ("Paradas: plaza Mayor
        # 17:00, polideportivo 17:40", "Départs : place du Marché 8:15", "Abfahrt: Am Markt 9:00")
        clock = num is not None and _CLOCK_AFTER.match(text, num.end()) is not None
        tokens = _tokens_before(text, p) if (prev.isalpha() or prev == ".") and not clock else []
        found = False
        if num is not None and tokens:
            last = tokens[-1].group(0)
            lowered_last = last.lower().rstrip(".")
            if (last[0].isupper() and not last.isupper() and lowered_last.endswith(_DE_NL_ENDINGS) and tokens[-1].end() == p - 1
                    and lowered_last not in _DE_NL_ENDINGS  # "Platz 4" is a seat, "Hauptplatz 4" a street
                    # one letter before the ending is no street's name: "Grade 8" (a music exam's grade), "Trade 5"
                    and max(len(e) for e in _DE_NL_ENDINGS if lowered_last.endswith(e)) < len(lowered_last) - 1
                    and _PLACE_NOT_STREET.fullmatch(lowered_last) is None  # "Sitzplatz 23C" is a seat too
                    and _FIELD_OF_STUDY.fullmatch(lowered_last) is None  # "Lernfeld 7" is a curriculum's unit
                    and not _r81s_spot(lowered_last, text, num.end())  # round 81: "Angelplatz 9", a fishing spot
                    and not _r81s_region_year(lowered_last, text, p, num.end())  # round 81: "Wachau 2026", a season
                    and not _r82s_build_up(lowered_last)  # round 82: "Glasaufbau 6/16/6 ESG", a glazing spec
                    and text[p - 1] == " " and re.search(r"-[a-zß-ÿ]", last) is None
                    and _DAY_OF_DATE.match(text, p) is None
                    and _NOMINAL_ERING.search(lowered_last) is None
                    # a French loanword in "-eau" is no German "Au": "Stembureau 14", "Niveau 2", "Tableau 3"
                    and not lowered_last.endswith("eau")
                    and _CLOCK_AFTER.match(text, num.end()) is None
                    # a decimal or a version's part after the number: "SF Deizisau 4,5:3,5" is a score
                    and _DECIMAL_AFTER.match(text, num.end()) is None
                    and _MEASURE_AFTER.match(text, num.end()) is None  # "ab Marktplatz 12 km": a distance
                    and not _score(text, p, num.end(), text.rfind("\n", 0, p) + 1)
                    and not _club_team(tokens)
                    and not _tooth_work(text, lowered_last, p, num.end())
                    and not _gold_fineness(text, p, num.end())
                    and not _numbered_field_label(text, tokens[-1].start(), num.end())):
                # not an all-caps heading over a year ("WERKERVARING\n2020"), nor a compound whose
                # tail is a lower-case noun ("VvE-vergadering 6 maart"); "Joycering 1" is a street;
                # nor a meeting's or a market's day ("Gemeenteraadsvergadering 27 juni 2021",
                # "Weihnachtsmarkt 12.12.2024"); nor a verb's noun in "-ering" ("Aflevering 12", "Vergadering
                # 3", "Levering 2": "Noorderring" and "Kaiserring" keep their ring), nor a name before a chat's
                # clock ("Victor 09:16", "Hector 14:02")
                yield (tokens[-1].start(), num.end(), True)  # Hauptstraße 5, Damstraat 12
                continue
            particle = _particle_street(tokens, p)
            if particle is not None and _DAY_OF_DATE.match(text, p) is None:
                yield (particle, num.end(), False)  # Dussen vanstr. 9-2, then its postcode
                continue
            for t in tokens:
                word = t.group(0).lower().rstrip(".")
                if word in _TYPE_FIRST and not _preposition_via(text, t.start()):
                    m = _ES_LINE_AT.match(text, t.start())
                    # Round 71: nor when the number is a date's day, its month after it: a heading's residence then
                    # the meeting's date ("Amicale des locataires résidence Les Tilleuls, 14 septembre 2025", "...
                    # résidence Les Tilleuls, 09/08/2024", "Calle Mayor, 3 de mayo", "Rue de la Loi, 12 mars")
                    if (m is not None and m.end() == num.end() and not _POSTCODE_AFTER_COMMA.match(text, p - 2, m.end() + 40)
                            and _DAY_OF_DATE.match(text, p) is None):
                        yield (t.start(), m.end(), True)  # Calle Mayor 10, Rue de la Loi 16
                        found = True
                        break
                elif word in _PREP_WORDS:
                    m = _DE_PREP_AT.match(text, t.start())
                    if (m is not None and m.end() == num.end()
                            and _FIELD_OF_STUDY.fullmatch(tokens[-1].group(0).lower()) is None):
                        yield (t.start(), m.end(), True)  # Am Markt 3
                        found = True
                        break
        if found:
            continue
        # a type-first street without a number, then its postcode on the same line or the next
        # ("rue de Bourquin, 6074 Fonjallaz", "avenue Leconte\n11440 Sainte Dominique-les-Bains"):
        # tried before the number-first line, which would read "11440 Sainte Dominique" as a street.
        # A type's word earlier in the sentence that starts no street ("collectées rue par rue depuis
        # septembre. Je réside au avenue Labbé, 67997 ...") leaves the later ones to try
        for t in tokens:
            if t.group(0).lower().rstrip(".") in _TYPE_FIRST:
                m = _WEAK_TYPE_FIRST_AT.match(text, t.start())
                if m is not None and re.fullmatch(r"[ ]*,[ ]*|[ ]*\n[ ]*", text[m.end() : p]):
                    yield (t.start(), m.end(), False)
                    found = True
                    break
        if found:
            continue
        residence = _residence_street(text, p)
        if residence is not None:
            yield (residence[0], residence[1], False)  # "ich wohne in der Lindenstraße, 67997 Altdorf"
            continue
        m = _WEAK_NUM_FIRST.match(text, p)
        if m is not None:
            yield (p, m.end(), False)


# A public office named right before the address: the office's address, not a person's home
# ("Bürgeramt, Yorckstraße 4–11", "Town Hall, 1 Market Street", "Mairie du 5e : 21, place du
# Panthéon", "Ayuntamiento de Getafe, Plaza de la Constitución 1", "Stadhuis, Coolsingel 40")
_PUBLIC_OFFICE_BEFORE = re.compile(
    r"(?<!\w)(?:bürgeramt|bürgerbüro|bürgerservice|rathaus|standesamt|finanzamt|landratsamt|einwohnermeldeamt|"
    r"ausländerbehörde|bezirksamt|ordnungsamt|zulassungsstelle|jobcenter|agentur für arbeit|"
    r"town hall|city hall|council offices|civic centre|civic center|register office|jobcentre|passport office|"
    r"mairie|hôtel de ville|préfecture|sous-préfecture|"
    r"ayuntamiento|registro civil|oficina de empleo|comisaría|juzgado|"
    r"gemeentehuis|stadhuis|stadskantoor|gemeentekantoor|burgerzaken)"
    r"(?:[ ][\w'’.-]+){0,3}?[ \t]*[,:–—-]?[ \t]*\n?[ \t]*$"
)


# A country's mission named right before its address, with the country and the town it is in (the
# small words and capitalised names only), maybe in brackets after the name: "The Embassy of Spain in
# London (39 Chesham Place)", "Botschaft der Republik Polen, Lassenstraße 19", "le Consulat général de
# France à Genève (12, rue ...)", "el Consulado de México en Barcelona (Paseo de la Bonanova 55)",
# "de Ambassade van België in Den Haag (Kortekade 5)"; "the embassy lives at ..." is someone's
_MISSION_BEFORE = re.compile(
    r"(?<!\w)(?i:embassy|consulate(?:[ ]general)?|high commission|botschaft|generalkonsulat|konsulat|"
    r"ambassade|consulat(?:[ ]général)?|embajada|consulado(?:[ ]general)?|consulaat(?:-generaal)?)"
    r"(?:[ ](?:of|the|in|at|to|der|des|von|im|zu|de|du|la|le|les|à|au|en|del|van|het|te|"
    rf"[{_U}][\w'’.-]*)){{0,7}}[ \t]*[,:–—(-]?[ \t]*\n?[ \t]*$"
)


# A firm's premises named right before the address, with the preposition that places them: the
# firm's address, not a person's home ("The office at 1 Canada Square will be closed", "unsere
# Filiale in der Hauptstraße 5", "nos locaux au 12, rue de la Paix", "la oficina de la Calle Mayor
# 10", "het kantoor aan de Damstraat 12"); a home office is someone's home
_PREMISES_BEFORE = re.compile(
    r"(?<!\w)(?<!home )(?<!home-)(?:office|offices|head office|headquarters|branch|premises|store|shop|warehouse|depot|"
    r"factory|showroom|büro|büros|geschäftsstelle|niederlassung|filiale|firmensitz|hauptsitz|zentrale|geschäftsräume|"
    r"lager|werk|ladengeschäft|bureau|bureaux|locaux|siège|siège social|agence|succursale|usine|entrepôt|magasin|"
    r"oficina|oficinas|sede|sede social|sucursal|delegación|almacén|fábrica|tienda|nave|kantoor|kantoren|hoofdkantoor|"
    r"vestiging|filiaal|magazijn|fabriek|winkel|"
    # round 63: a funeral home's premises, as its own notice places them ("Tanatorio situado en la calle Ramón y
    # Cajal, 8", "the funeral home at 12 Mill Lane", "Bestattungshaus in der Goethestraße 12", "Funérarium situé au
    # 4 rue Pasteur", "Uitvaartcentrum aan de Dorpsstraat 4"): a firm's, where the dead lie in rest, no one's home
    r"funeral home|funeral parlou?r|funeral director'?s|bestattungshaus|bestattungsinstitut|trauerhalle|"
    r"funérarium|chambre funéraire|pompes funèbres|maison funéraire|tanatorio|funeraria|velatorio|"
    r"uitvaartcentrum|rouwcentrum|uitvaartonderneming)"
    r"(?:[ ](?:is[ ])?(?:located[ ]|situated[ ])?(?:at|on|in)|[ ](?:ist[ ]|befindet sich[ ])?(?:in der|in|an der|am|im|auf der)|"
    r"[ ](?:est[ ])?(?:situé[e]?s?[ ])?(?:au|à|aux|du|de la)|[ ](?:está[ ]|situad[oa]s?[ ]|ubicad[oa]s?[ ])?(?:en la|en el|en|de la|del|de)|"
    r"[ ](?:is[ ]|zit[ ]|ligt[ ]|gelegen[ ])?(?:aan de|aan het|aan|op de|op|in de|in))[ \t]*[,:–—-]?[ \t]*$"
)


# Round 63: a firm inviting its customers to its premises in the formal register, "you will find us" said to a
# reader it addresses as "Sie", "vous", "usted" or "u": the firm's own address in its brochure, no one's home ("Unser
# Haus finden Sie in der Goethestraße 12", "Sie finden uns in der Hauptstraße 5", "Vous nous trouverez au 12, rue de
# la Paix", "Nos encontrará en la calle Mayor 10", "Encuéntrenos en ...", "U vindt ons aan de Damstraat 12", "Ons
# kantoor vindt u aan ..."). A private host says "ihr findet uns", "tu nous trouveras", "nos encontráis", "je vindt
# ons": those stay addresses, and so does English's "you'll find us at", which has no formal register to tell a
# firm from a family (French's "vous" may be a plural, but "vous nous trouverez" is a firm's set phrase)
_FIND_US_FORMAL_BEFORE = re.compile(
    r"(?<!\w)(?:sie[ ]finden[ ]uns|finden[ ]sie[ ]uns|(?:unser(?:e[nm]?)?)[ ](?:haus|geschäft|laden|büro|praxis|kanzlei|"
    r"betrieb|hotel|restaurant|salon|atelier|studio|institut|unternehmen|filiale|ladengeschäft)[ ]finden[ ]sie|"
    r"vous[ ]nous[ ]trouverez|nos[ ]encontrar[áa]n?|encu[ée]ntrenos|"
    r"u[ ]vindt[ ]ons|vindt[ ]u[ ]ons|(?:ons|onze)[ ](?:kantoor|winkel|zaak|praktijk|bedrijf|huis|vestiging)[ ]vindt[ ]u)"
    r"(?:[ ](?:jetzt|ab[ ]sofort|auch|weiterhin|désormais|maintenant|ahora|también|nu|voortaan|ook))?"
    r"(?:[ ](?:in[ ]der|in|im|am|an[ ]der|auf[ ]der|au|à|aux|dans[ ]la|sur[ ]la|en[ ]la|en[ ]el|en|"
    r"aan[ ]de|aan[ ]het|aan|op[ ]de|op|in[ ]de|in[ ]het))?[ \t]*[,:–—-]?[ \t]*$"
)


# A public venue named right before its address, its own name's capitalised words around the venue's
# word: the venue's address, open to all, no one's home ("the Charles Dickens Museum, 48 Doughty
# Street", "Deutsches Museum, Museumsinsel 1", "le Musée Carnavalet, 23 rue de Sévigné", "el Museo del
# Prado, Calle de Ruiz de Alarcón 23", "het Rijksmuseum, Museumstraat 1", "Concertgebouw,
# Concertgebouwplein 10"); "the museum, ..." in lower case stays an address, and the words that are
# surnames too ("Hall", "Castle", "Castillo", "Palacio", "Schloss", "Dom") are left out
_VENUE_BEFORE = re.compile(
    rf"(?:[{_U}][\w'’.-]*(?:[ ](?:of|the|der|des|für|de|du|d['’]|la|le|les|del|van|het|voor|[{_U}][\w'’.-]*)){{0,4}}[ ])?"
    r"(?<!\w)(?:[A-ZÀ-Þ]\w*(?:museum|galerie|bibliothek|bibliotheek|schouwburg)|Museum|Musée|Museo|Gallery|Galería|Galerie|"
    r"Library|Bibliothèque|Biblioteca|Theatre|Theater|Théâtre|Teatro|Opera|Opéra|Ópera|Oper|Konzerthaus|Concertgebouw|"
    r"Cathedral|Cathédrale|Catedral|Kathedrale|Stadium|Stadion|Estadio|Zoo|Memorial|Mémorial|Gedenkstätte)(?!\w)"
    rf"(?:[ ](?:of|the|der|des|für|de|du|d['’]|la|le|les|del|van|het|voor|[{_U}][\w'’.-]*)){{0,5}}[ \t]*[,:–—(]?[ \t]*$"
)

# Round 82: a performing company, an orchestra or a cinema named right before the address on its own notice, no
# one's home: "Berliner Ensemble, Bertolt-Brecht-Platz 1", "Münchner Kammerspiele, Maximilianstraße 26", "London
# Philharmonic Orchestra, 89 Albert Embankment", "Orchestre de Paris, 221 avenue Jean-Jaurès", "Orquesta Nacional,
# calle Príncipe de Vergara 146", "Filmhuis Den Haag, Spui 191"; a first name is no company ("Anna Ensemble" is rare,
# and its capitalised word must end the company's name right before the comma)
_R82S_COMPANY_BEFORE = re.compile(
    rf"(?:[{_U}][\w'’.-]*(?:[ ](?:of|the|der|des|für|de|du|d['’]|la|le|les|del|van|het|voor|[{_U}][\w'’.-]*)){{0,4}}[ ])?"
    r"(?<!\w)(?:[A-ZÀ-Þ]\w*(?:ensemble|philharmonie|kammerspiele|schauspielhaus|volksbühne|filmhuis|filmhaus|bioscoop)|"
    r"Ensemble|Philharmonie|Philharmonic|Philharmonia|Kammerspiele|Schauspielhaus|Volksbühne|Orchester|Orchestra|"
    r"Orchestre|Orquesta|Orkest|Filmhaus|Filmhuis|Bioscoop|Kino|Cinema|Cinéma|Cine|Cinemateca|Cinémathèque|Auditorio|"
    r"Auditorium|Concertzaal|Konzertsaal)(?!\w)"
    rf"(?:[ ](?:of|the|der|des|für|de|du|d['’]|la|le|les|del|van|het|voor|[{_U}][\w'’.-]*)){{0,4}}[ \t]*,[ \t]*$"
)


# A public venue named right after a street and its number, before any postcode: a place in a
# schedule of events, no one's home ("- Helenastraße 4, Gemeindezentrum, 26. Februar 2028", "12 High
# Street, community centre, 3 May", "8, rue Pasteur, salle communale", "Calle Mayor 3, centro cívico",
# "Dorpsstraat 4, buurthuis")
_COMMUNITY_VENUE = (
    r"(?i:gemeindezentrum|gemeindehaus|gemeindesaal|bürgerhaus|bürgerzentrum|pfarrheim|pfarrsaal|stadthalle|mehrzweckhalle|"
    r"turnhalle|dorfgemeinschaftshaus|community[ ]cent(?:re|er)|community[ ]hall|village[ ]hall|church[ ]hall|parish[ ]hall|"
    r"town[ ]hall|civic[ ]cent(?:re|er)|salle[ ]communale|salle[ ]des[ ]fêtes|salle[ ]polyvalente|maison[ ]de[ ]quartier|"
    r"maison[ ]des[ ]associations|centre[ ]culturel|centro[ ]c[íi]vico|centro[ ]social|centro[ ]cultural|casa[ ]de[ ]cultura|"
    r"polideportivo|hogar[ ]del[ ]jubilado|buurthuis|wijkcentrum|gemeenschapshuis|dorpshuis|parochiezaal|ontmoetingscentrum|sporthal|"
    # a parish's hall in the Romance languages, as "parish hall" and "Pfarrsaal" above
    r"salle[ ]paroissiale|salón[ ]parroquial|salon[ ]parroquial|sala[ ]parroquial|centro[ ]parroquial)"
)
"""A community's venue, its hall or its centre, in the five languages (case-insensitive, its own group)."""
_VENUE_AFTER = re.compile(
    r"[ ]*[,(–—-][ ]*(?:(?:im|in[ ]der|at[ ]the|the|la|le|el|het|de)[ ])?" + _COMMUNITY_VENUE + r"(?!\w)")


# Round 64: the number after a building's or a street's name counts its dwellings, the noun of homes right after
# it: a housing estate's or a block's size in a report, no one's house number ("Résidence Simone-Veil, 96 logements",
# "Calle Rosalía de Castro, 64 viviendas", "Mill Court, 48 flats", "Lindenhof, 120 Wohnungen", "Parkflat, 36
# woningen"); a house number is never followed by a count's plural noun of homes
_DWELLING_COUNT_AFTER = re.compile(
    r"[ ](?:logements|appartements|foyers|viviendas|pisos|apartamentos|hogares|wohnungen|wohneinheiten|haushalte|"
    r"woningen|appartementen|huishoudens|flats|apartments|dwellings|homes|households|units)(?![^\W\d_])", re.IGNORECASE)


def _venue_after(text: str, line_end: int) -> bool:
    """Whether a public venue's word follows the street line ending at `line_end` (_VENUE_AFTER): a
    venue in a list of dated places, not a person's address (an ISO date after the venue,
    "Gemeindezentrum, 2023-01-11", reads as its town and postcode); or a count of dwellings
    (_DWELLING_COUNT_AFTER): the number was the building's size, no house number."""
    return _VENUE_AFTER.match(text, line_end) is not None or _DWELLING_COUNT_AFTER.match(text, line_end) is not None


# Round 64: a practice or a firm announcing its own move, its word heading the sentence and the move's word
# before the new address: the firm's new premises, no one's home ("Cabinet d'orthophonie : déménagement au 12
# rue ...", "Logopediepraktijk verhuist op 1 mei naar de Rembrandtlaan 14", "El gabinete de logopedia se
# traslada a la calle ...", "Logopädie-Praxis: ab 1. Mai neue Räume in der Goethestraße 14", "Our practice is
# moving to 4 Mill Lane", "Le cabinet s'installe au ...", "Die Kanzlei zieht in die ... um"). A family's move
# ("We are moving to 4 Mill Lane", "Wir ziehen in die Goethestraße 14") names no firm at the sentence's head
# and stays an address.
_FIRM_MOVE_HEAD = re.compile(
    r"[ \t]*(?:(?:the|our|die|unsere?|le|la|l['’]|notre|el|nuestr[oa]|de|het|onze)[ ]?)?"
    r"(?:[\w'’-]*(?:praxis|praktijk|kanzlei)|practice|surgery|clinic|office|firm|studio|salon|shop|store|"
    r"büro|geschäft|cabinet|clinique|agence|bureau|boutique|magasin|atelier|gabinete|cl[íi]nica|consulta|despacho|"
    r"oficina|tienda|kantoor|winkel|kliniek|zaak)(?![^\W\d_])", re.IGNORECASE)
_FIRM_MOVE_WORD = re.compile(
    r"(?<![^\W\d_])(?:mov(?:es|ing)|relocat\w*|new premises|umzug|zieht|neue[n]?[ ](?:räume|praxisräume|geschäftsräume)|"
    r"déménag\w*|nouveaux locaux|s['’]install\w*|se[ ]traslad\w*|traslado|nuevo local|nuevas instalaciones|"
    r"verhuist|verhuizen|verhuizing|nieuwe pand|nieuwe locatie)(?![^\W\d_])", re.IGNORECASE)


_SENTENCE_STOP = re.compile(r"(?<![0-9])[.!?][ ]+")


def _firm_move_before(text: str, start: int) -> bool:
    """Whether the sentence that holds the street at `start` opens with a practice's or a firm's word and
    moves it there (_FIRM_MOVE_HEAD, _FIRM_MOVE_WORD): the firm's new premises."""
    window = max(0, start - 120)
    newline = text.rfind("\n", window, start)
    # a full stop ends a sentence, not after a digit (an ordinal's or a date's: "ab 1. Juni", "am 3. Mai")
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, window, start)]
    head = max(newline + 1, stops[-1] if stops else 0)
    if head == 0 and window > 0:
        return False  # no sentence's start within reach
    return _FIRM_MOVE_HEAD.match(text, head) is not None and _FIRM_MOVE_WORD.search(text, head, start) is not None


# A hall of a venue where an event is held, named with its preposition right before the address: the
# venue's address, no one's home ("Auktion ... im Großen Saal, Kaiser-Wilhelm-Straße 12", "the recital
# is in the Great Hall, 12 King Street", "dans la grande salle, 4 rue Pasteur", "en el Salón de Actos,
# Calle Mayor 3", "in de grote zaal, Dorpsstraat 4"); the room's word must be a hall's (a home's rooms,
# "in the kitchen", are not)
_EVENT_HALL_BEFORE = re.compile(
    r"(?<!\w)(?:im|in[ ]der|in[ ]dem|in[ ]the|at[ ]the|dans[ ]la|dans[ ]le|à[ ]la|au|en[ ]el|en[ ]la|in[ ]de|in[ ]het)[ ]"
    r"(?:[\w'’-]+[ ]){0,2}(?:[\w-]*saal|[\w-]*halle|hall|auditorium|aula|ballroom|salle|salón|salon|sala|[\w-]*zaal)"
    r"(?:[ ](?:de|des|du|der|del|van|of)[ ][\w'’-]+(?:[ ][\w'’-]+)?)?[ \t]*[,:–—-][ \t]*$"
)


# A care practice's field on a form, its label opening the line, then the practice's address (maybe
# after the practitioner's name and a comma): the practice's address, no one's home ("Cabinet : Rue du
# Marché 4, Lausanne" under a driver's medical check, "Praxis: Hauptstraße 4, Bern", "Practice: 12 High
# Street, York", "Consultorio: Calle Mayor 3, Toledo", "Praktijk: Dorpsstraat 4, Utrecht"); the
# patient's own "Address:" or "Domicile :" field stays one
_PRACTICE_FIELD_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:cabinet(?:[ ](?:médical|dentaire|de[ ]kinésithérapie))?|praxis|arztpraxis|zahnarztpraxis|"
    r"practice|surgery|gp[ ]practice|dental[ ]practice|consultorio|consulta|clínica|praktijk|huisartsenpraktijk|"
    r"tandartspraktijk)[ \t]*:[ \t]*(?:[^\n\d,:]{1,40},[ \t]*)?$", re.IGNORECASE)


# A club's own house named right before the address, maybe after the meeting point's word: the club's
# premises, where its members meet, no one's home ("Treffpunkt Vereinsheim, Goethestraße 12", "meet at
# the clubhouse, 12 Mill Lane", "rendez-vous au club-house, 4 rue Pasteur", "quedamos en la sede del
# club, Calle Mayor 3", "verzamelen bij het clubhuis, Dorpsstraat 4"); a member's "bei mir" or a family's
# name before the street stays an address
_CLUB_HOUSE_BEFORE = re.compile(
    r"(?<!\w)(?:vereinsheim|vereinshaus|clubheim|clubhaus|klubhaus|sportheim|schützenhaus|"
    r"clubhouse|club[ -]house|pavilion|"
    r"club-house|local[ ]du[ ]club|siège[ ]du[ ]club|maison[ ]du[ ]club|"
    r"sede[ ](?:del[ ]club|social)|local[ ]social|casa[ ]del[ ]club|"
    r"clubhuis|clubgebouw|verenigingsgebouw|kantine)[ \t]*[,:–—(-][ \t]*$")


# A notice of works on a shared residence, the residence's word right before the address: the works'
# word opens the notice and the building is a hall that houses many, its address the landlord's or the
# college's to announce, no one's home ("Wartungsarbeiten im Wohnheim Albert-Schweitzer-Straße 12: ...",
# "Maintenance works at the halls of residence, 12 Mill Lane", "Travaux dans la résidence universitaire,
# 4 rue Pasteur", "Obras en la residencia de estudiantes, Calle Mayor 3", "Onderhoud in het studentenhuis,
# Dorpsstraat 4"); a resident's own "ich wohne im Wohnheim, Goethestraße 12" names no works and stays one
_WORKS_IN_RESIDENCE_BEFORE = gated(re.compile(
    r"(?<!\w)(?:\w*wartung\w*|\w*arbeiten|sanierung\w*|abschaltung\w*|sperrung\w*|störung\w*|"
    r"maintenance|works|repairs|outage|shutdown|travaux|coupure|obras|mantenimiento|corte[ ]de[ ]agua|reparaciones|"
    r"onderhoud\w*|werkzaamheden|storing|renovatie)"
    r"(?:[ ][^\n\d:,.]{0,25}?)?[ ](?:im|in[ ]der|in[ ]den|in|at|in[ ]the|at[ ]the|dans[ ]la|à[ ]la|de[ ]la|en[ ]la|en[ ]el|"
    r"in[ ]het|in[ ]de|op)[ ]"
    r"(?:\w*wohnheim|wohnanlage|halls?[ ]of[ ]residence|residence[ ]hall|student[ ]residence|"
    r"résidence(?:[ ]universitaire|[ ]étudiante)?|residencia(?:[ ]de[ ]estudiantes|[ ]universitaria)?|colegio[ ]mayor|"
    r"studentenhuis|studentenflat|studentencomplex|wooncomplex)[ \t]*[,:–—(-]?[ \t]*$"))


# A community's venue named with the preposition that places a meeting or an event there, right before its
# address: the hall's address, open to the group, no one's home ("Der Gesprächskreis trifft sich im
# Gemeindehaus, Martin-Luther-Platz 3", "the choir meets in the church hall, 12 Mill Lane", "rendez-vous à la
# salle des fêtes, 4 rue Pasteur", "nos reunimos en el centro cívico, Calle Mayor 3", "we komen samen in het
# buurthuis, Dorpsstraat 4"); a resident's "bei mir" or a family's name before the street names no venue
_COMMUNITY_VENUE_BEFORE = gated(re.compile(
    r"(?<!\w)(?:im|in[ ]der|in[ ]dem|ins|in|at|in[ ]the|at[ ]the|à[ ]la|au|dans[ ]la|dans[ ]le|en[ ]el|en[ ]la|al|"
    r"in[ ]het|in[ ]de|bij[ ]het|bij[ ]de)[ ](?:[\w'’-]+[ ]){0,2}" + _COMMUNITY_VENUE
    + r"(?:[ ](?:de|des|du|der|del|van|of|st\.?|sankt|saint|san)[ ][\w'’.-]+(?:[ ][\w'’-]+)?)?[ \t]*[,:–—(-][ \t]*$"))


# A community's venue placed on its street by the preposition that names a street's side, its word maybe in the
# genitive of a room inside it, right before the address: the venue's address, no one's home ("im Vorraum des
# Dorfgemeinschaftshauses an der Lindenstraße 3", "im Gemeindehaus am Kirchplatz 2", "in the village hall on 4 Mill
# Lane", "à la salle des fêtes, au 4 rue Pasteur", "en el centro cívico de la calle Mayor 3", "in het buurthuis aan
# de Dorpsstraat 4"); the sentence must place something in or at the venue (its preposition first), so a home
# "neben dem Gemeindehaus an der Kirchstraße 4" or "next to the village hall on Mill Lane" is no venue's
_COMMUNITY_VENUE_ON = re.compile(
    r"(?<!\w)(?:im|in[ ]der|in[ ]dem|ins|in|at|in[ ]the|at[ ]the|à[ ]la|au|dans[ ]la|dans[ ]le|en[ ]el|en[ ]la|al|"
    r"in[ ]het|in[ ]de|bij[ ]het|bij[ ]de)[ ](?:[\w'’-]+[ ]){0,2}" + _COMMUNITY_VENUE + r"(?:e?s)?"
    + r"(?:[ ](?:de|des|du|der|del|van|of|st\.?|sankt|saint|san)[ ][\w'’.-]+(?:[ ][\w'’-]+)?)?[ \t]*,?[ ]"
    r"(?:an[ ]der|an[ ]dem|am|auf[ ]der|in[ ]der|on|au|de[ ]la|del|en[ ]la|aan[ ]de|aan[ ]het|aan|op[ ]de|op)[ ]$")


# A community's venue named at the head of its own notice, the line opening with its name, then its address:
# the hall's address in its hire rates, its timetable or its rules, no one's home ("Gemeindesaal St. Johannis,
# Martin-Luther-Straße 12 – Mietpreise: ...", "St Cecilia's Church Hall, 4 Wesley Road - hire rates",
# "Salle paroissiale Sainte-Anne, 8 rue Pasteur : tarifs", "Salón parroquial de San Antonio, calle Cervantes 14:
# aforo ...", "Parochiezaal De Wijngaard, Kerkstraat 4 – huurprijzen"); a sentence that places a person by the
# hall ("Wir wohnen neben dem Gemeindehaus, Kirchweg 4") opens with no venue and stays an address
_COMMUNITY_VENUE_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?:[A-ZÀ-Þ][\w'’.-]*[ ]){0,3}" + _COMMUNITY_VENUE
    + r"(?:[ ](?i:de|des|du|der|del|van|of|st\.?|sankt|saint|san|santa|sainte)[ ][\w'’.-]+(?:[ ][\w'’-]+)?"
    r"|(?:[ ][A-ZÀ-Þ][\w'’.-]*){1,2})?[ \t]*[,:–—(-][ \t]*$")


# A care practice placed on its street by the preposition, right before the address: the practice's, the
# pharmacy's or the on-call service's address, open to every patient, no one's home ("Notdienst: Praxis in der
# Robert-Koch-Straße 14", "the surgery at 12 High Street", "pharmacie de garde au 4 rue Pasteur", "clínica de
# guardia en la calle Mayor 3", "spoedpost in de Van Goghstraat 20", "de huisartsenpraktijk aan de Dorpsstraat 4");
# a patient's home is never named by a practice's word right before its street ("Hausbesuch bei Frau Roth,
# Lindenstraße 3", "visit to Mr Hill at 4 Mill Lane" stay addresses), and the practice's word may take its
# qualifier after a small word ("clínica de guardia", "cabinet de garde", "practice of Dr Lee")
_CARE_PRACTICE_ON = gated(re.compile(
    r"(?<!\w)(?:\w*praxis|\w*apotheke|notdienst\w*|practice|surgery|clinic|health[ ]cent(?:re|er)|medical[ ]cent(?:re|er)|"
    r"pharmacy|chemist|walk-in[ ]cent(?:re|er)|cabinet(?:[ ](?:médical|dentaire|infirmier))?|clinique|pharmacie|"
    r"maison[ ]de[ ]santé|centre[ ](?:de[ ]santé|médical)|clínica|consultorio|farmacia|centro[ ](?:de[ ]salud|médico)|"
    r"ambulatorio|\w*praktijk|apotheek|spoedpost|huisartsenpost|dokterspost|gezondheidscentrum|kliniek)"
    r"(?:[ ](?:de|des|du|der|del|van|of|von)[ ][\w'’.-]+(?:[ ][\w'’-]+)?)?[ \t]*[ ]"
    r"(?:at|on|in|im|in[ ]der|in[ ]dem|am|an[ ]der|auf[ ]der|au|à|dans[ ]la|en[ ]la|en[ ]el|en|de[ ]la|del|"
    r"aan[ ]de|aan[ ]het|aan|op[ ]de|op|in[ ]de|in[ ]het)[ ]"
    # a street's own first word in lower case before the found line ("in de Van Goghstraat", "in der Sankt-...")
    r"(?:(?:van|de|den|der|ter|sint|st\.?)[ ])?$"))


# A course's or an event's place as its own field, its town then the venue's street (round 62): where the
# course is held, open to everyone who books, no one's home ("Kursort Jennersdorf, Henri-Dunant-Straße 4",
# "Veranstaltungsort: Bern, Marktgasse 12", "course venue: York, 12 Mill Lane", "lieu du cours : Sion, 4 rue
# Pasteur", "lugar del curso: Toledo, Calle Mayor 3", "cursuslocatie Utrecht, Dorpsstraat 4"); a participant's
# "Adresse:" or "domicile" field names no course and stays an address
_COURSE_VENUE_BEFORE = gated(re.compile(
    r"(?<!\w)(?:kursort|schulungsort|seminarort|veranstaltungsort|lehrgangsort|tagungsort|"
    r"(?:course|training|event|class)[ ]venue|venue|lieu[ ]du[ ](?:cours|stage|séminaire)|lieu[ ]de[ ](?:formation|la[ ]formation)|"
    r"lugar[ ]del[ ](?:curso|taller|evento)|sede[ ]del[ ]curso|cursuslocatie|cursusplaats|trainingslocatie|opleidingslocatie)"
    r"[ \t]*:?[ \t]*(?:[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2}[ \t]*,[ \t]*)?$"))


# Round 72: a residents' body named by its building, the street and the number alone right after its word and no
# postcode or town after them: the community's name, the house every member shares, no one's home address ("Protokoll
# Mieterversammlung Hausgemeinschaft Ostring 12, 23. Februar", "Eigentümergemeinschaft Lindenweg 4", "Residents'
# Association 12 Mill Lane", "copropriété 4 rue Pasteur", "Comunidad de Propietarios Calle Mayor 3", "VvE Kerkstraat
# 12"); the same body's address with its postcode and town ("Comunidad de Propietarios Calle Mayor 3, 28013 Madrid")
# stays an address, as a postal address does
_RESIDENTS_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:hausgemeinschaft|mietergemeinschaft|\w*eigentümergemeinschaft|(?-i:WEG)|mieterverein|hausverwaltung|"
    r"residents['’]?[ ]association|tenants['’]?[ ]association|residents['’]?[ ]committee|"
    r"copropriété|syndicat[ ]des[ ]copropriétaires|amicale[ ]des[ ]locataires|"
    r"comunidad[ ]de[ ](?:propietarios|vecinos)|asociación[ ]de[ ]vecinos|"
    r"vve|vereniging[ ]van[ ]eigenaren|bewonerscommissie|huurdersvereniging|bewonersvereniging)[ ]$", re.IGNORECASE)


def _public_office_before(text: str, start: int) -> bool:
    """A public office, a firm's premises, a public venue, an event's hall or a care practice's field named right
    before the street at `start`."""
    before = text[max(0, start - 60) : start].lower()
    return (_PUBLIC_OFFICE_BEFORE.search(before) is not None or _PREMISES_BEFORE.search(before) is not None
            or _EVENT_HALL_BEFORE.search(before) is not None or _CLUB_HOUSE_BEFORE.search(before) is not None
            or _WORKS_IN_RESIDENCE_BEFORE.search(before) is not None or _COMMUNITY_VENUE_BEFORE.search(before) is not None
            or _COMMUNITY_VENUE_ON.search(before) is not None or _CARE_PRACTICE_ON.search(before) is not None
            or _PRACTICE_FIELD_BEFORE.search(text, max(0, start - 80), start) is not None
            or _MISSION_BEFORE.search(text, max(0, start - 80), start) is not None
            or _VENUE_BEFORE.search(text, max(0, start - 80), start) is not None
            or _R82S_COMPANY_BEFORE.search(text, max(0, start - 80), start) is not None  # round 82: "Berliner Ensemble, "
            or _COMMUNITY_VENUE_HEADING.search(text, max(0, start - 80), start) is not None
            or _COURSE_VENUE_BEFORE.search(before) is not None or _FIND_US_FORMAL_BEFORE.search(before) is not None)


# A plot's, a bed's, a room's or a seat's number, then a person's name whose surname is a street's
# word: a list of who holds what ("Plot 14b  Edwin Green  reading 00412.6 m3", "Bed 4  Mary Hill",
# "Zimmer 7 John Park"), no street; "Lot 14 George Street, Sydney" names no person and stays one
_NUMBERED_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?i:plot|allotment|lot|bed|room|rm|seat|table|desk|pitch|stall|berth|locker|cabin|bay|"
    r"parzelle|beet|zimmer|bett|sitz|sitzplatz|platz|tisch|stellplatz|parcelle|chambre|lit|siège|emplacement|"
    r"parcela|habitación|cama|asiento|mesa|puesto|perceel|kamer|stoel|tafel|plek|standplaats|volkstuin)\.?"
    r"(?:[ ](?:no\.?|nr\.?|n[°º]\.?|#))?[ ]+$")


_STOP_NUMBER_BEFORE = re.compile(
    r"(?:^|\n)[ \t>*-]*(?i:stop|bus[ ]stop|halt|halte|haltestelle|parada|arrêt)\.?(?:[ ](?:no\.?|nr\.?|#))?[ ]+$")
"""A bus timetable's stop number, opening its line, before a street's name ("Stop 2 Lincoln Park gate 07:21",
"Halte 3 Marktplatz"): the number counts the stops, no house carries it."""


# Round 83: a motorway's or a road's exit by its number right before a number-first street, directions to a site, no
# house ("Accès au site : sortie 12, avenue Charles-de-Gaulle puis rue Victor-Hugo", "take exit 12, Station Road then
# left", "Ausfahrt 12, ...", "salida 12, avenida ...", "afrit 12, ..."); the number counts the exits
_R83S_EXIT_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?i:exit|junction|jct\.?|ausfahrt|anschlussstelle|sortie|échangeur|salida|afrit|afslag)"
    r"(?:[ ](?i:no\.?|nr\.?|n[°º]\.?|#))?[ ]+$")
# Round 83: a count's sign right after the number, an item of a list ("Fleet: 2x Tesla V-Class, 1x Bentley Flying Spur.",
# "3× Oak Lane chairs", "2x Stone Street bags"): how many, no house's number
_R83S_COUNT_SIGN = re.compile(r"[0-9]{1,3}[x×][ ]")
# Round 83: a lower-case word right after a number-first street and a second count and its lower-case item later on
# the same line, an order's list of things ("16 Ailsa Craig Common Green stones (set 3) re-handled, 2 brooms, 1 stop
# watch", "4 Royal Oak Lane chairs, 2 tables"): the street's words name a product there; an address's line goes on
# with a comma, a postcode or a town's capital, no lower-case item
_R83S_ITEM_AFTER = re.compile(r"[ ](?-i:[a-z]{3,})(?=[ ,;(]|$)")
_R83S_SECOND_COUNT = re.compile(r"[,;][ ][0-9]{1,3}[ ](?-i:[a-z]{3,})(?!\w)")


def _r83s_counted_item(text: str, start: int, line_end: int) -> bool:
    """Round 83: whether the number-first street at start:line_end counts a list's item: the count's sign after its
    number (_R83S_COUNT_SIGN), or a lower-case item word after it (_R83S_ITEM_AFTER) and a second count later on its
    line (_R83S_SECOND_COUNT)."""
    if _R83S_COUNT_SIGN.match(text, start):
        return True
    if _R83S_ITEM_AFTER.match(text, line_end) is None:
        return False
    stop = text.find("\n", line_end)
    return _R83S_SECOND_COUNT.search(text, line_end, stop if stop >= 0 else len(text)) is not None


def _holder_after_numbered_place(text: str, start: int, end: int, is_person: Callable[[str], bool] | None) -> bool:
    """Whether the number-first street line at start:end follows a plot's, a bed's or a room's word
    and its words are a person's name (_NUMBERED_PLACE_BEFORE)."""
    num = _NUM_AT.match(text, start)
    if is_person is None or num is None or not _NUMBERED_PLACE_BEFORE.search(text, max(0, start - 25), start):
        return False
    return is_person(text[num.end() : end].strip())


_LIST_NUMBER_GAP = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<n>[0-9]{1,3})\.?(?:[ ]{2,}|\t)")


def _ranked_list_holder(text: str, start: int, end: int, is_person: Callable[[str], bool] | None) -> bool:
    """Round 63: a numbered list's line, its number opening the line and set off by a column's gap (two blanks or
    a tab, where a house number has one), the line above or below numbered the same way with the next or the
    previous number, and the words after the number a person's name: a start list, a ranking or a register ("3
    Hazel King & Nell\n4  Charles Green & Ziggy", "2  Emma Brook  12.4 s", "7\tJan Berg", "1.  Jean Dumont",
    "4  Pedro Vallejo"), no street; a list of addresses has a street's word after its number and no person's name."""
    if is_person is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    m = _LIST_NUMBER_GAP.match(text, line_start)
    if m is None or m.end() > end or m.start("n") != start:
        return False
    n = int(m.group("n"))
    above_end = line_start - 1
    above = _LIST_NUMBER_GAP.match(text, text.rfind("\n", 0, above_end) + 1) if above_end > 0 else None
    below_start = text.find("\n", end)
    below = _LIST_NUMBER_GAP.match(text, below_start + 1) if below_start >= 0 else None
    if not ((above is not None and int(above.group("n")) == n - 1) or (below is not None and int(below.group("n")) == n + 1)):
        return False
    return is_person(text[m.end() : end].strip())


# Round 84: an office's or a venue's opening hours right after its address on the same line, a day's range (or
# "daily") then a time's range: the place's own address, no one's home ("Hafenbüro: Kaiser-Wilhelm-Str. 3, Mo–Fr 8–12
# Uhr", "Harbour office: 12 Quay Street, Mon–Fri 9am–5pm", "Capitainerie : 3 quai Duguay, lun.-ven. 9h-17h", "Oficina:
# Calle Mayor 3, lu-vi 9-14 h", "Havenkantoor: Kade 3, ma-vr 9-17 uur", "Kiosk: Seestr. 4, täglich 10–18 Uhr"); a
# single day or a date after a home's address ("Hauptstr. 3, Mo 12.5.", "12 Quay Street, Monday at 5") has no two ranges
_R84S_DAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|"
             r"montag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|vendredi|samedi|dimanche|lu|ma|ju|vi|sá|"
             r"lunes|viernes|sábado|domingo|wo|vr|za|zo|maandag|vrijdag|zaterdag|zondag)\.?")
_R84S_OPENING_HOURS_AFTER = re.compile(
    r"[ ]?[,;·|–—-][ ]?(?:(?:opening[ ]hours|open|geöffnet|öffnungszeiten|horaires?|ouvert|horario|abierto|geopend|"
    r"openingstijden)[ ]?:?[ ])?"
    r"(?:" + _R84S_DAY + r"[ ]?[–—-][ ]?" + _R84S_DAY + r"(?:[ ]?[,&+/][ ]?" + _R84S_DAY + r")?|daily|täglich|"
    r"tous[ ]les[ ]jours|todos[ ]los[ ]días|dagelijks)[ ,]?[ ]?(?:de[ ]|van[ ]|von[ ]|from[ ])?"
    r"[0-9]{1,2}(?:[:.h][0-9]{2})?[ ]?(?:h|am|pm|uhr)?[ ]?(?:[–—-]|bis|à|a|tot|to)[ ]?[0-9]{1,2}(?:[:.h][0-9]{2})?"
    r"(?![0-9])", re.IGNORECASE)


def _r84s_opening_hours_after(text: str, end: int) -> bool:
    """Round 84: an office's or a venue's opening hours right after its address on the line (_R84S_OPENING_HOURS_AFTER)."""
    return _R84S_OPENING_HOURS_AFTER.match(text, end) is not None


# Round 85: a notice's stretch of a street, its house numbers a range, after the places' or the works' word that opens
# the list on its line: a vendor's pitches, a road's closure or its works, no one's home ("Eiswagen-Stellplätze
# Sommer: Bismarckplatz, Goethestraße 12-20, Freibad Süd", "Street trading pitches 1-14 Nelson Square, 15-20 King
# Edward Street", "emplacements marché : place du Marché, 2-18 rue Pasteur", "puestos de feria: Calle Mayor 3-15",
# "standplaatsen kermis: Dorpsstraat 2-40", "Vollsperrung Lindenstraße 4-30", "road closure 12-40 Mill Lane",
# "afsluiting Kerkstraat 2-40"); one house's number ("Stellplatz bei Herrn Roth, Goethestraße 12") stays an address
_R85S_STRETCH_NOTICE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:pitch(?:es)?|stalls|stands|\w*stellpl(?:ätze|aetze)|\w*standpl(?:ätze|aetze)|emplacements|"
    r"puestos|standplaatsen|standplekken|closures?|\w*sperrung|fermeture|cierre|corte[ ]de[ ]calle|\w*afsluiting|"
    r"roadworks|road[ ]works|\w*bauarbeiten|travaux|obras|wegwerkzaamheden)"
    r"(?:[^\n.!?:]{0,40}:)?[ \t]*(?:[^\n.!?;:]{1,40},[ \t]*){0,3}$")
_R85S_HOUSE_RANGE = re.compile(r"(?<![\w.,-])[0-9]{1,4}[a-z]?[ ]?[-–][ ]?[0-9]{1,4}(?![\w.,-]|[.,][0-9])")
# Round 85: a building's demolition, the word and the building's kind right before its address: the works' site, no
# one's home ("Abbruch Hochhaus Adenauerallee 40: Sprengung am ...", "Abriss des Parkhauses, Lindenstraße 4",
# "Demolition of the tower block, 12 Mill Lane", "démolition de l'immeuble 4 rue Pasteur", "derribo del edificio,
# Calle Mayor 3", "Sloop flat Willem-Alexanderlaan 2-40"); "we live next to the demolition site" names no building
# before a street and a mover's "Abriss? Nein: Umzug nach Lindenstraße 4" stays
_R85S_DEMOLITION_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:abbruch|abriss|rückbau|sprengung|demolition|démolition|demolición|derribo|sloop)"
    r"(?:[ ](?:of[ ]the|of|des|der|de[ ]l['’]|de[ ]la|du|del|de|van[ ]de|van[ ]het|van))?"
    r"(?:[ ][^\W\d_][\w'’-]{1,25}){1,2}?[ \t]*[,:–—-]?[ \t]*$")


def _r85s_public_stretch(text: str, start: int, end: int) -> bool:
    """Round 85: a notice's stretch of a street (a house number's range after the pitches' or the works' word,
    _R85S_STRETCH_NOTICE_BEFORE, _R85S_HOUSE_RANGE) or a building's demolition (_R85S_DEMOLITION_BEFORE) at
    start:end."""
    line = max(0, text.rfind("\n", 0, start) + 1, start - 160)
    if _R85S_DEMOLITION_BEFORE.search(text, max(line, start - 60), start) is not None:
        return True
    return (_R85S_HOUSE_RANGE.search(text, start, end) is not None
            and _R85S_STRETCH_NOTICE_BEFORE.search(text, line, start) is not None)


# Round 86: a delivery round's route, named by its compass point or its area, then how many stops it serves, as a
# rota lists them ("Van 3 Route North 18 drops, Route East 14 drops", "route Noord 20 adressen, route Zuid 15
# adressen", "Tour Nord 18 Stopps", "tournée Sud 12 livraisons", "ruta Norte 18 paradas"): a route's name and a
# count, no one's home; "Route de Genève 18" (a street's number and no count's word after it) stays an address
_R86S_ROUTE_COUNT = re.compile(
    r"(?i)(?<!\w)(?:route|ruta|tour|tournée|ronde|rit)[ ](?:north|south|east|west|central|centre|center|nord|süd|sud|ost|"
    r"est|ouest|west|mitte|zentrum|norte|sur|este|oeste|centro|noord|zuid|oost|centrum)[ ]?[0-9]{1,3}[ ]"
    r"(?:drops|stops|deliveries|addresses|houses|calls|meals|clients|customers|stopps|adressen|lieferungen|haushalte|"
    r"kunden|arrêts|adresses|livraisons|repas|clients|paradas|entregas|direcciones|domicilios|comidas|clientes|"
    r"leveringen|maaltijden|klanten|huizen)(?!\w)")
_R86S_ROUTE_CUES = ("route", "ruta", "tour", "ronde", "rit ")
"""Round 86: the route's words, the text must hold one of these for _R86S_ROUTE_COUNT."""


def _r86s_route_count(text: str, start: int, end: int) -> bool:
    """Round 86: a delivery route's name and its count of stops (_R86S_ROUTE_COUNT) over the street found at
    start:end."""
    lowered = text[max(0, start - 12) : end + 30].lower()
    if not any(c in lowered for c in _R86S_ROUTE_CUES):
        return False
    first = max(0, start - 12)
    return any(m.start() < end and m.end() > start for m in _R86S_ROUTE_COUNT.finditer(text, first, end + 30))


def find_addresses(text: str, is_person: Callable[[str], bool] | None = None) -> Iterator[Span]:
    taken_until = 0
    taken: list[tuple[int, int]] = []
    for start, line_end, strong in _street_lines(text):
        if (start < taken_until or _holder_after_numbered_place(text, start, line_end, is_person)
                or _ranked_list_holder(text, start, line_end, is_person)
                or _STOP_NUMBER_BEFORE.search(text, max(0, start - 16), start)
                or _R83S_EXIT_NUMBER_BEFORE.search(text, max(0, start - 24), start)  # round 83: "sortie 12, avenue ..."
                or _r83s_counted_item(text, start, line_end)):  # round 83: "1x Bentley Flying Spur.", "16 ... Green stones"
            continue
        # a unit and/or a building line just before the street line ("Flat 2, 12 Baker Street",
        # "Flat 3, Rosewood House, 12 Baker Street", "Kings Court\n4 High Street")
        street_start = start
        before = _BEFORE_STREET.search(text, max(0, start - 70), start)
        if before is not None:
            start = before.start()
        end, added = _grow(text, line_end, need_postcode=not strong)
        if not strong and not added:
            continue
        taken_until = end
        taken.append((start, end))
        if not added and start == street_start and _RESIDENTS_BODY_BEFORE.search(text, max(0, start - 45), start):
            continue
        if _public_office_before(text, street_start) or _venue_after(text, line_end) or _firm_move_before(text, street_start):
            continue
        if _r84s_opening_hours_after(text, end):
            continue  # round 84: "Hafenbüro: Kaiser-Wilhelm-Str. 3, Mo–Fr 8–12 Uhr"
        if _r85s_public_stretch(text, street_start, end):
            continue  # round 85: "Eiswagen-Stellplätze Sommer: Bismarckplatz, Goethestraße 12-20", "Abbruch Hochhaus ..."
        if _r86s_route_count(text, street_start, end):
            continue  # round 86: "Van 3 Route North 18 drops, Route East 14 drops": a rota's routes
        yield (start, end, "street_address")
    # UK addresses without a house number: the postcode and the lines above it (also above a
    # numbered address found first: "Collecting from: Flat 3, Rosie Glens, ..., EX8B 7TB\nDelivering
    # to: 8350 Edward Villages ...")
    for m in UK_POSTCODE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):  # already inside a street address found above
            continue
        start = m.start()
        lines = 0
        while lines < 4:
            head = text[max(0, start - 60) : start]
            # the town may share the postcode's line without a comma ("Leeds LS1 4AB")
            sep = re.search(r"(?:[ ]*,[ ]*|[ ]*\n[ ]*|[ ]+)$" if lines == 0 else r"(?:[ ]*,[ ]*|[ ]*\n[ ]*)$", head)
            if sep is None:
                break
            seg_text = head[: len(head) - len(sep.group(0))]
            cut = max(seg_text.rfind("\n"), seg_text.rfind(","), seg_text.rfind(":"), seg_text.rfind(". "))
            segment = seg_text[cut + 1 :].strip()
            unit_only = False
            if segment and not _UK_LINE_BEFORE.fullmatch(segment):
                # the first line shares its line with the sentence: "... addressed to Megan at Flat 6"
                unit = _UNIT_AT_END.search(segment)
                if unit is None:
                    break
                segment, unit_only = unit.group(0), True
            if not segment:
                break
            if (is_person is not None and lines and not unit_only and is_person(segment)
                    and segment.split()[-1].lower() not in _ADDRESS_LINE_WORDS):
                break  # a person's name above the address, not a line of it ("Jamie Lodge" is a building)
            start -= len(sep.group(0)) + len(seg_text) - seg_text.rindex(segment)
            lines += 1
            if unit_only:
                break
        if lines >= 2:
            yield (start, m.end(), "street_address")
