"""Round 85 (pike's and gill's false and missed persons, by a helper): vetoes of capitalised words that name a product
after a title ("Mr. Whippy soft-serve mix, 12 x 1L"), a venue before its session ("Bingo Gran Vía: sesión"), a fair or
a market ("Riverside Fair"), a coin's effigy after its count and denomination ("5 Mark Kaiser Wilhelm II. 1913", "12 x
20 francs Marianne Coq or"), a firm of surnames on a customer's line ("Customer: Warren, Owens and Price", "Customer:
Brooks-Madden"), a sum's noun before its debit ("Miete wird jährlich abgebucht") or a contact's label before its colon
("Kontakt Erbe: ..."), not a person (`round85_not_person`, called from PersonDetector.find's first loop beside round
84's veto); and frames that make first names people (`round85_people`, a pass after round 84's): a moderation report's
member and moderator, a witness or an injured person after a sentence's end, a resident before the room's number in
brackets, a first aider, a rota's "= Harry", a computer's owner in its host name ("laptop-Hanna", "Carl-iPhone",
"poste de Elisa"), a job advert's contact ("Appen naar Maxim.", "Apply to Eoghan by text"), a ring's engraving ("«
Michelle & toi") and a polling station's officers ("Schriftführer Ilona, Beisitzer Reimund.").

Kept in a module of its own so that the round's parallel helpers' changes to names.py merge cleanly. Every veto looks at
a window around its span (the span's line, a few characters either side), never the whole text; every frame scans a
text only where it holds the frame's cue words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from workloads.guard.person_cues import NAME_WITH_PARTICLES, REPLY_WORDS, unclaimed_people
from workloads.guard.round84_people import _r84p_full_or_listed, firm_pair

if TYPE_CHECKING:
    from workloads.guard.gazetteer import Gazetteer
    from workloads.guard.names import PersonDetector

Span = tuple[int, int, str]

# --------------------------------------------------------------------------------------------------------- the vetoes
# Round 85: a product named after a title and a word, a counted pack after it on its line: "Mr. Whippy soft-serve mix,
# 12 x 1L, EAN ...", "Mr Muscle spray, 6 x 500 ml", "Dr. Oetker Backpulver, 20 x 15 g", "Mère Poulard galettes, 12 x
# 250 g", "Don Simón sangría, 6 x 1,5 L" (a person's "Mr. Whippy arrived at 12" has no pack on the line).
_R85P_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Dr|Mère|Don|Frau|Herr|Mme|Tante|Uncle|Oncle|Tío|Tía)\.?[ ]$")
_R85P_COUNTED_PACK_AFTER = re.compile(r"[^\n,]{0,40},[ ]\d+[ ]?[x×][ ]?\d+(?:[.,]\d+)?[ ]?(?i:ml|cl|dl|l|kg|g|oz|lb)\b")
# Round 85: a venue named by its kind's word first, its session or its opening after the colon: "Bingo Gran Vía:
# sesión de las 16:37", "Casino Barrière : session de 21h", "Kino Astoria: Vorstellung um 20:15", "Bowling Sint
# Jan: baan 4", "Cine Paz: sesión" (two words at least; "Bingo" or "Casino" alone is no one's first name).
_R85P_VENUE_FIRST_WORDS = frozenset("bingo casino kino cine cinema cinéma bowling teatro théâtre theater theatre".split())
# Round 85: a fair, a market or a festival named by its place, its event's word last: "Incident log - Riverside Fair
# 25/06/2023", "Kirmes Rosenhügel Jahrmarkt", "Foire Saint-Martin Kermesse", "Feria San Isidro", "Sint-Jan Kermis",
# "Hyde Park Festival"; a first name before the word alone is a person's surname ("Travis Fair", "Tyrone Fair").
_R85P_EVENT_LAST_WORDS = frozenset("fair fayre fete fête funfair carnival festival kermis kermesse kirmes jahrmarkt "
                                   "feria verbena braderie".split())
# Round 85: a coin's effigy or its motif after its count and its denomination, a year, a metal or a regnal number on its
# line: "Los 118: 5 Mark Kaiser Wilhelm II. 1913, vz-st", "12 x 20 francs Marianne Coq or", "1 x 100 francs Napoléon
# III", "2 x 10 Gulden Wilhelmina 1932 goud", "1 peseta Alfonso XIII 1905", "5 Schilling Maria Theresia 1780 Silber" (the
# denomination may be the span's own first word: "5 [Mark Kaiser Wilhelm]"; "5 Pfund an Mark Weber" has no coin's
# marks).
_R85P_DENOMINATIONS = frozenset("mark reichsmark pfennig pfennige gulden taler thaler kreuzer schilling schillinge "
                                "franc francs centime centimes sou sous peseta pesetas peso pesos real reales escudo "
                                "escudos duro duros shilling shillings sovereign sovereigns guinea guineas crown crowns "
                                "florin florins penny pence dollar dollars cent cents lira lire krone kronen dukat dukaten "
                                "ducat ducats ducado ducados stuiver stuivers rijksdaalder".split())
_R85P_COUNT_DENOMINATION_BEFORE = re.compile(r"\d[ ](?:[xX×][ ]\d+[ ])?(?P<unit>[A-Za-zÀ-ÿ]+)[ ]$")
_R85P_COUNT_BEFORE = re.compile(r"(?:^|[ :(])\d+(?:[ ][xX×][ ]\d+)?[ ]$")
_R85P_COIN_MARKS = re.compile(r"\b(?:1[4-9]\d\d|20[0-4]\d)\b|[ ][IVX]{1,5}\.?(?=[ ,;\n]|$)|\b(?i:or|argent|gold|silber|"
                              r"silver|oro|plata|goud|zilver|vz|ss|vf|unc|bu)\b")
# Round 85: a firm of partners on a customer's or a supplier's line, the first partner's surname before the others and
# the line's end: "Customer: Warren, Owens and Price", "Kunde: Müller, Roth und Weber", "Client : Martin, Roy et Leroux",
# "Cliente: García, Pérez y Gil", "Klant: Jansen, Bakker en Visser" (no partner's word after "and" a common first name:
# "Parents: Anna, Ben and Carl" stays); a lone surname pair, "Customer: Brooks-Madden", is round 84's firm pair.
_R85P_PARTNERS_TO_LINE_END = re.compile(r"(?P<others>(?:,[ ][A-ZÀ-Þ][\w'’-]+){1,3}),?[ ](?:and|&|und|et|y|e|en)[ ]"
                                        r"(?P<last>[A-ZÀ-Þ][\w'’-]+)[ \t]*(?=\n|$)")
_R85P_FIRM_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:customer|client|cliente|kunde|klant|supplier|lieferant|"
                                     r"fournisseur|proveedor|leverancier)[ \t]*:[ \t]*$")
# Round 85: a sum's noun at a line's start before the verb that debits it: "Miete wird jährlich abgebucht von DE65 ...",
# "Kaution wird überwiesen", "Huur wordt maandelijks afgeschreven", "Loyer est prélevé le 5", "Renta se domicilia en
# ..." (a person is not debited; "Miete" is a listed first name).
_R85P_DEBITED_AFTER = re.compile(r"[ ](?i:wird|werden|wordt|worden|est|sont|se|is|are)[ ](?:[a-zà-ÿ]+[ ]){0,2}"
                                 r"(?i:abgebucht|eingezogen|überwiesen|afgeschreven|geïncasseerd|prélevée?s?|"
                                 r"domicilia|domicilian|carga|cargan|debited|collected)\b")
# Round 85: a contact's label word before a role's noun and the colon: "Kontakt Erbe: pberger@gmx.at", "Contact
# héritier : ...", "Contacto heredero: ..." (two words, the second no first name: "Kontakt Anna: 0171" stays).
_R85P_CONTACT_FIRST_WORDS = frozenset("kontakt contact contacto".split())


def _r85p_coin(text: str, start: int, end: int, first: str) -> bool:
    """A coin's "5 [Mark Kaiser Wilhelm] II. 1913" or "12 x 20 francs [Marianne Coq] or"."""
    window = text[max(0, start - 24):start]
    if first in _R85P_DENOMINATIONS:
        counted = _R85P_COUNT_BEFORE.search(window) is not None
    else:
        m = _R85P_COUNT_DENOMINATION_BEFORE.search(window)
        counted = m is not None and m.group("unit").lower() in _R85P_DENOMINATIONS
    if not counted:
        return False
    line_end = text.find("\n", end)
    return _R85P_COIN_MARKS.search(text, end, line_end if line_end >= 0 else len(text)) is not None


def round85_not_person(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Round 85: whether the capitalised words at text[start:end] name a product after a title, a venue, a fair, a
    coin's effigy, a firm of surnames on a customer's line, a sum before its debit or a contact's label (see the
    constants above), not a person. `g` is the detector's gazetteer."""
    words = text[start:end].split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if (_R85P_COUNTED_PACK_AFTER.match(text, end) is not None
            and _R85P_TITLE_BEFORE.search(text, max(0, start - 8), start) is not None):
        return True
    if len(words) >= 2 and first in _R85P_VENUE_FIRST_WORDS and text.startswith(":", end):
        return True
    if len(words) >= 2 and last in _R85P_EVENT_LAST_WORDS and not (
            len(words) == 2 and (g.is_common_first_name(words[0]) or g.is_first_name(words[0]) and g.is_surname(words[0]))):
        return True  # not "Scot Fair", "Tyrone Fair": a first name and the surname Fair (three such on older splits);
        # "Riverside" is in the first-name list too, but no common first name and no surname
    if _r85p_coin(text, start, end, first):
        return True
    if _R85P_FIRM_LABEL_BEFORE.search(text, max(0, start - 24), start) is not None:
        m = _R85P_PARTNERS_TO_LINE_END.match(text, end)
        if m is not None and len(words) == 1 and not any(
                g.is_common_first_name(w) for w in [*m.group("others").replace(",", " ").split(), m.group("last")]):
            return True
        if len(words) == 1 and firm_pair(g, words[0]):
            return True
    if len(words) == 1 and _R85P_DEBITED_AFTER.match(text, end) is not None and (start == 0 or text[start - 1] == "\n"):
        return True
    if (len(words) == 2 and first in _R85P_CONTACT_FIRST_WORDS and text.startswith(":", end)
            and not g.is_first_name(words[1])):
        return True
    return False


# ------------------------------------------------------------------------------------------------------ the new people
_R85P_NAME = NAME_WITH_PARTICLES
_R85P_ONE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 85: a member or a moderator after a moderation report's label, at a line's start or after a sentence's end,
# the name before the line's end, a stop or a bracket: "Reported user: Jason", "Gemeldet: Dora", "Membre signalé :
# David", "Usuario reportado: Estrella", "Gemelde gebruiker: Tania", "... 7d timeout. Mod: Crystal", "Moderador:
# Teófilo", "Modératrice : Manon", "Gemeldetes Mitglied: Jana Roth"; a witness or an injured person after a sentence's
# end (the line's start is round 77's) or a line's start: "Hunsel. Getuige: Amber.", "cabina 3. Testigo: Aura.",
# "Témoin : Philippine.", "Licht gewond: Melle Mallien", "Leicht verletzt: Jana Roth", "Herido leve: Ana Gil" (a listed
# first name alone, or an unlisted one before a surname; "Mod: none", "Gemeldet: Ja" stay clean, and so does a chat's
# "Moderador: Perfecto, gracias", a comma after).
_R85P_REPORT_LABEL = re.compile(
    r"(?:^|[.;!][ ]+)[ \t]*(?i:reported[ ]user|reported[ ]member|reported[ ]account|gemeldet(?:e[rs]?)?(?:[ ](?:nutzer(?:in)?|"
    r"user|mitglied|konto))?|membre[ ]signalé|utilisat(?:eur|rice)[ ]signalée?|compte[ ]signalé|usuari[oa][ ]reportad[oa]|"
    r"miembro[ ]reportado|cuenta[ ]reportada|gemelde[ ](?:gebruiker|lid|account)|mod|moderator(?:in)?|moderador[a]?|"
    r"modérat(?:eur|rice)|witness|zeuge|zeugin|témoin|testig[oa]|getuige|licht[ ]gewond|zwaar[ ]gewond|gewonde|"
    r"leicht[ ]verletzt|schwer[ ]verletzt|verletzte[r]?|injured|injured[ ]party|casualty|blessée?(?:[ ]légère?)?|"
    r"herid[oa](?:[ ]leve)?|lesionad[oa])[ \t]*:[ \t]*" + _R85P_NAME + r"(?=[ \t]*(?:$|[.;(])|[ \t]{2,})", re.MULTILINE)
_R85P_ENDS_LINE = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")
"""A label's name that ends its line, a stop allowed: only there may it be a word too ("Mod: Crystal", "Getuige:
Amber."); a chat's "Comprador: Perfecto, envíala mañana." goes on after the word."""
_R85P_REPORT_CUES = ("report", "gemeld", "signalé", "mod", "witness", "zeug", "témoin", "testig", "getuige", "gewond",
                     "verletzt", "injured", "casualty", "blessé", "herid", "lesionad")
# Round 85: a party's label of a sale or a carriage, at a line's start, the name ending its line or before a bracket:
# "Verkäufer: Woldemar Ditschlerin", "Käuferin: Jana Roth", "Seller: Tom Hale", "Vendeur : Solène Marchal", "Vendedora:
# Ana Gil", "Verkoper: Fenna de Vries", "Transportista: Espiridión Arnal", "Vervoerder: Joppe Smit" (a listed first name
# alone, or an unlisted one before a surname: "Verkäufer: Privat", "Transportista: Transportes Gil S.L." and a chat's
# "Comprador: Perfecto, envíala mañana." stay clean); an opener after "opened by", the bracket or the comma after: "box
# 0231 opened by Grant Neelan (ID: passport ...)", "Schließfach geöffnet von Jana Roth (Ausweis", "coffre ouvert par
# Solène Marchal (CNI", "caja abierta por Ana Gil (DNI", "kluis geopend door Fenna de Vries (paspoort"; and an estate's
# deceased: "Taxatie muntenverzameling – nalatenschap Thijn Unruoch Hunerik", "Nachlass Kasimir Boucsein", "Estate of
# Tom Hale", "succession Solène Marchal", "herencia de Ana Gil" (the line's end after).
_R85P_PARTY_LABEL = re.compile(
    r"^[ \t]*(?i:verkäufer(?:/in|in)?|käufer(?:/in|in)?|seller|buyer|vendeur|vendeuse|acheteur|acheteuse|vendedor[a]?|"
    r"comprador[a]?|verkoper|koper|transportista|vervoerder|haulier|spediteur)[ \t]*:[ \t]*" + _R85P_NAME
    + r"(?=[ \t]*(?:$|[;(]))", re.MULTILINE)
_R85P_PARTY_CUES = ("käufer", "seller", "buyer", "vendeu", "acheteu", "vended", "comprador", "verkoper", "koper",
                    "transportista", "vervoerder", "haulier", "spediteur")
_R85P_OPENED_BY = re.compile(
    r"\b(?i:opened[ ]by|accessed[ ]by|geöffnet[ ]von|ouvert[e]?[ ]par|abiert[oa][ ]por|geopend[ ]door)[ ]" + _R85P_NAME
    + r"(?=[ ]?[(,])")
_R85P_OPENED_CUES = ("opened by", "accessed by", "geöffnet von", "ouvert par", "ouverte par", "abierto por",
                     "abierta por", "geopend door")
_R85P_ESTATE = re.compile(r"\b(?i:nalatenschap|nachlass|estate[ ]of(?:[ ]the[ ]late)?|succession|herencia[ ]de)[ ]"
                          + _R85P_NAME + r"[ \t]*$", re.MULTILINE)
_R85P_ESTATE_CUES = ("nalatenschap", "nachlass", "estate of", "succession", "herencia de")
# Round 85: a resident's first name before the room's number in brackets, at a line's start, after a colon or a
# resident's word: "Bewohner/in Emanuel (Zi. 2.07) hatte einen Krampfanfall", "Nota del conserje: Pacífica (hab. 2-05)
# se desmayó", "Notitie huismeester: Elke (kamer 3.11) flauwgevallen", "Resident Tom (room 12) fell", "Résidente Manon
# (ch. 14)" (a listed first name, one that a list of words holds too; after a resident's word one on no list:
# "Bewohnerin Pacífica (Zi. 3)"; "Lagerliste: Küche (Zi. 2)", a noun on no list, is no one).
_R85P_ROOM_AFTER = re.compile(
    r"(?:^|[:;][ ]|\b(?P<resident>(?i:bewohner(?:/in|in)?|resident|résidente?|residente|bewoner|bewoonster|"
    r"student(?:in)?|étudiante?|estudiante))[ ])" + _R85P_ONE_NAME
    + r"(?=[ ]\((?i:zi\.|zimmer|room|rm\.?|hab\.|habitación|chambre|ch\.|kamer|k\.|appt?\.|apt\.|flat|wohnung)[ ]?\d)",
    re.MULTILINE)
_R85P_ROOM_CUES = ("(zi", "(room", "(rm", "(hab", "(chambre", "(ch.", "(kamer", "(k.", "(app", "(apt", "(flat",
                   "(wohnung")
# Round 85: a first aider after the first aid's words: "Erste Hilfe durch Isa.", "first aid by Tom Hale,", "premiers
# secours par Manon.", "primeros auxilios por Remedios.", "EHBO door Fenna.", "eerste hulp door Joppe" (a listed first
# name alone, or an unlisted one before a surname, before a stop, a comma or the line's end).
_R85P_FIRST_AID = re.compile(
    r"\b(?i:erste[ ]hilfe[ ](?:durch|von)|first[ ]aid[ ](?:by|from|given[ ]by)|premiers[ ](?:secours|soins)[ ]par|"
    r"primeros[ ]auxilios[ ](?:por|de)|ehbo[ ]door|eerste[ ]hulp[ ]door)[ ]" + _R85P_NAME
    + r"(?=[ ]?[(,.;]|[ \t]*$)", re.MULTILINE)
_R85P_SAINTS = frozenset("st ste saint sainte sankt san santa sint".split())
"""A first aid body named after a saint: "first aid given by St John, no hospital" (St John Ambulance)."""
_R85P_FIRST_AID_CUES = ("erste hilfe", "first aid", "premiers s", "primeros aux", "ehbo", "eerste hulp")
# Round 85: a post on a rota after its task and "=", a listed first name before a comma, a stop or the line's end:
# "Drover rota - pens 30-48 = Harry, weighbridge = Chantel", "Dienstplan: Kasse = Jana, Lager = Jonas", "Planning :
# accueil = Manon", "Turnos: barra = Remedios", "Rooster: kassa = Fenna" (the text holds a rota's word; "x = Max," in
# code is no rota, "total = Summe" no first name).
_R85P_ROTA_POST = re.compile(r"[ ]=[ ]" + _R85P_ONE_NAME + r"(?=[ ]?[,.;]|[ \t]*$)", re.MULTILINE)
_R85P_ROTA_CUES = ("rota", "roster", "dienstplan", "schichtplan", "einteilung", "planning", "rooster", "turnos",
                   "cuadrante", "roulement")
# Round 85: a computer's owner in its host's name, its device's word before or after a hyphen, inside quotes: DHCP's
# 'client-hostname "laptop-Hanna";', '"Carl-iPhone"', '"PC-Jana"', '"Manon-MacBook"', '"portatil-Remedios"'; and in
# words: "poste de Elisa au guichet", "PC von Jana", "laptop van Fenna", "portátil de Remedios", "# laptop Phileine van
# Duyvenvoorde" (a listed first name, or a full name after "#"; "laptop-Standard" and "poste de Paris" are no one).
_R85P_DEVICE_WORDS = (r"(?i:laptop|notebook|desktop|pc|mac|macbook|imac|iphone|ipad|android|galaxy|pixel|phone|tablet|"
                      r"portatil|portátil|ordenador|ordi|rechner|handy|telefoon|tel)")
_R85P_HOST_NAME = re.compile(
    r"(?i:hostname|host-name|host_name)[ \t]*[=:]?[ \t]*\"(?:" + _R85P_DEVICE_WORDS + r"-"
    + _R85P_ONE_NAME.replace("name", "owner") + r"|(?P<name>[A-ZÀ-Þ]\w+)(?:['’]s)?-" + _R85P_DEVICE_WORDS + r")\"")
_R85P_HOST_CUES = ("hostname", "host-name", "host_name")
_R85P_DEVICE_OF = re.compile(
    r"\b(?i:poste|ordinateur|ordi|pc|laptop|notebook|rechner|ordenador|portátil|portatil|equipo|computer|tablet)"
    r"[ ](?i:de|von|van|of|d['’])[ ]?" + _R85P_ONE_NAME + r"(?=[ ]|[,.;:]|$)", re.MULTILINE)
_R85P_DEVICE_OF_CUES = ("poste ", "ordinateur ", "ordi ", "pc ", "laptop ", "notebook ", "rechner ", "ordenador ",
                        "portátil ", "portatil ", "equipo ", "computer ", "tablet ")
_R85P_DEVICE_COMMENT = re.compile(r"^#[ ]?(?i:laptop|notebook|desktop|pc|phone|tablet|handy|portátil|ordi|telefoon)[ ]"
                                  + _R85P_NAME + r"[ \t]*$", re.MULTILINE)
_R85P_DEVICE_COMMENT_CUES = ("laptop ", "notebook ", "desktop ", "pc ", "phone ", "tablet ", "handy ", "portátil ",
                             "ordi ", "telefoon ")
# Round 85: a job advert's contact after the verb and its channel, before a stop or the channel: "Appen naar Maxim.",
# "Escribir por WhatsApp a Abilio.", "Apply to Eoghan by text.", "Contact André par SMS.", "Bewerbung per WhatsApp an
# Gerhart.", "Text Harriet on 07...", "Bellen naar Fenna.", "Écrire à Solène par mail" (a listed first name; "Apply to
# HR by text" and "Contact Support by email" are no one).
_R85P_CONTACT_VERB = re.compile(
    r"\b(?i:appen|app|whatsappen|bellen|mailen|sms(?:en)?)[ ](?i:naar)[ ]" + _R85P_ONE_NAME + r"(?=[ ]?[.!]|[ \t]*$)"
    r"|\b(?i:escribir|escribid|escribe|escríbele|llamar|llamad|llama|mensaje)[ ](?i:(?:por|via|vía)[ ](?:whatsapp|sms|"
    r"mensaje|teléfono)[ ])?a[ ]" + _R85P_ONE_NAME.replace("name", "es") + r"(?=[ ]?[.!]|[ \t]*$|[ ](?:por|al)\b)"
    r"|\b(?i:apply[ ]to|text|message|whatsapp|contact|call|ring)[ ]" + _R85P_ONE_NAME.replace("name", "en")
    + r"(?=[ ](?i:by|on|via|at)[ ](?i:text|sms|whatsapp|phone|email|mail|\d)|[ ]?[.!])"
    r"|\b(?i:contact(?:ez|er)?|écrire[ ]à|écrivez[ ]à|appelez|appeler|sms[ ]à)[ ]" + _R85P_ONE_NAME.replace("name", "fr")
    + r"(?=[ ](?i:par|au|sur|via)[ ](?i:sms|texto|whatsapp|téléphone|mail|e-mail|\d)|[ ]?[.!])"
    r"|\b(?i:bewerbung(?:en)?|anfragen|meldung|melden)[ ](?i:(?:per|über|via)[ ](?:whatsapp|sms|mail|e-mail|telefon)[ ])?"
    r"(?i:an|bei)[ ]" + _R85P_ONE_NAME.replace("name", "de") + r"(?=[ ]?[.!]|[ \t]*$)", re.MULTILINE)
_R85P_CHANNEL = re.compile(r"(?i:whatsapp|sms|texto|by[ ]text|e-?mail|téléphone|telefon|teléfono)")
"""A message's channel in or beside a contact's frame: with it the name may be a word too ("Apply to Heather by text",
"Escribir por WhatsApp a Santiago.") or on no list ("Contact Arnaude par SMS.")."""
_R85P_CONTACT_CUES = ("naar ", "escrib", "escríb", "llam", "mensaje", "apply to", "text ", "message ", "whatsapp", "contact",
                      "call ", "ring ", "écri", "appel", "sms", "bewerbung", "anfrage", "meld")
# Round 85: a ring's engraving, a listed first name first in its quotes or after a word and a comma there: 'Gravure
# intérieure : « Michelle & toi, 22 janvier 2024 »', 'Engrave inside shank: "always, Brandon"', 'Gravur innen: "Ante
# 2022-11-08"', 'Grabado: "Remedios y yo"', 'Gravering: "Fenna 12-05-2024"' ('Engraving: "Forever"' holds none).
_R85P_ENGRAVING = re.compile(
    r"\b(?i:engrav(?:e|ed|ing)(?:[ ][a-z]+){0,2}|gravure(?:[ ][a-zé]+)?|gravur(?:[ ][a-z]+)?|grabado(?:[ ][a-z]+)?|"
    r"gravering|gravure|inscription|inschrift)[ ]?:[ ]?[\"«“„'‘][ \u00a0\u202f]?(?:[a-zà-ÿ]+(?:[ ][a-zà-ÿ]+){0,2},[ ])?"
    + _R85P_ONE_NAME + r"(?=[ \u00a0\u202f]?[&,+]|[ ](?:y|und|en|et|and|\d)|[ \u00a0\u202f]?[\"»”“'’])")
_R85P_ENGRAVING_CUES = ("engrav", "gravur", "grabado", "gravering", "inscription", "inschrift")
# Round 85: a polling station's officers, their role's word before a listed first name, a comma or a stop after:
# "Schriftführer Ilona, Beisitzer Reimund.", "Wahlvorsteherin: Jana", "secrétaire Manon, assesseur Paul.",
# "secretario Luis, vocal Remedios.", "voorzitter Fenna, bijzitter Joppe.", "poll clerk Harriet, teller Tom." (a listed
# first name; "Beisitzer Mustermann" is round 77's, "vocal Amor," no role here).
_R85P_POLL_OFFICER = re.compile(
    r"\b(?i:schriftführer(?:in)?|beisitzer(?:in)?|wahlvorsteher(?:in)?|vorsteher(?:in)?|stellvertreter(?:in)?|"
    r"secrétaire|assesseur|assesseure|scrutateur|scrutatrice|secretari[oa]|vocal|presidente[ ]de[ ]mesa|interventor[a]?|"
    r"poll[ ]clerk|presiding[ ]officer|teller|voorzitter|secretaris|bijzitter|stemopnemer)[ ]?:?[ ]" + _R85P_ONE_NAME
    + r"(?=[ ]?[,.;(]|[ \t]*$)", re.MULTILINE)
_R85P_POLL_CUES = ("schriftführer", "beisitzer", "vorsteher", "secrétaire", "assesseur", "scrutat", "secretari", "vocal",
                   "presidente de mesa", "interventor", "stellvertreter", "poll clerk", "presiding officer", "teller", "voorzitter",
                   "bijzitter", "stemopnemer")
_R85P_POLL_TEXT_CUES = ("wahl", "stimm", "scrutin", "vote", "élect", "elecci", "mesa electoral", "poll", "election",
                        "verkiezing", "stembureau")
"""A polling station's words: the officers' frame reads only texts about an election."""


def round85_people(person: PersonDetector, text: str, found: list[Span], lower: str) -> Iterator[Span]:
    """Round 85 (pike's and gill's missed persons, by a helper): first names and full names in frames that make them
    people (see the constants above). `lower` is the text lower-cased: each frame's pattern scans the text only where
    it holds the frame's cue words (the _CUES constants)."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(cue in lower for cue in _R85P_REPORT_CUES):
        spans.extend(m.span("name") for m in _R85P_REPORT_LABEL.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS
                     and _r84p_full_or_listed(person, m.group("name"), words=_R85P_ENDS_LINE.match(text, m.end()) is not None))
    if ":" in text and any(cue in lower for cue in _R85P_PARTY_CUES):
        spans.extend(m.span("name") for m in _R85P_PARTY_LABEL.finditer(text)
                     if m.group("name").lower() not in REPLY_WORDS
                     and _r84p_full_or_listed(person, m.group("name"), words=_R85P_ENDS_LINE.match(text, m.end()) is not None))
    if any(cue in lower for cue in _R85P_OPENED_CUES):
        spans.extend(m.span("name") for m in _R85P_OPENED_BY.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=True))
    if any(cue in lower for cue in _R85P_ESTATE_CUES):
        spans.extend(m.span("name") for m in _R85P_ESTATE.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=False))
    if "(" in text and any(cue in lower for cue in _R85P_ROOM_CUES):
        spans.extend(m.span("name") for m in _R85P_ROOM_AFTER.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True)
                     or m.group("resident") is not None and person._r79p_name(m.group("name"), unlisted=True, words=False))
    if any(cue in lower for cue in _R85P_FIRST_AID_CUES):
        spans.extend(m.span("name") for m in _R85P_FIRST_AID.finditer(text)
                     if m.group("name").split()[0].rstrip(".").lower() not in _R85P_SAINTS
                     and _r84p_full_or_listed(person, m.group("name"), words=True))
    if " = " in text and any(cue in lower for cue in _R85P_ROTA_CUES):
        spans.extend(m.span("name") for m in _R85P_ROTA_POST.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if "\"" in text and any(cue in lower for cue in _R85P_HOST_CUES):
        for m in _R85P_HOST_NAME.finditer(text):
            group = "owner" if m.group("owner") is not None else "name"
            if person._r79p_name(m.group(group), unlisted=False, words=True):
                spans.append(m.span(group))
    if any(cue in lower for cue in _R85P_DEVICE_OF_CUES):
        spans.extend(m.span("name") for m in _R85P_DEVICE_OF.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    if "#" in text and any(cue in lower for cue in _R85P_DEVICE_COMMENT_CUES):
        spans.extend(m.span("name") for m in _R85P_DEVICE_COMMENT.finditer(text)
                     if _r84p_full_or_listed(person, m.group("name"), words=False))
    if any(cue in lower for cue in _R85P_CONTACT_CUES):
        for m in _R85P_CONTACT_VERB.finditer(text):
            group = next(g for g in ("name", "es", "en", "fr", "de") if m.group(g) is not None)
            channel = _R85P_CHANNEL.search(text, max(0, m.start() - 4), min(len(text), m.end() + 16)) is not None
            if (person._r79p_name(m.group(group), unlisted=False, words=channel)
                    or channel and person._r79p_name(m.group(group), unlisted=True, words=False)):
                spans.append(m.span(group))
    if any(cue in lower for cue in _R85P_ENGRAVING_CUES):
        spans.extend(m.span("name") for m in _R85P_ENGRAVING.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=True))
    if any(cue in lower for cue in _R85P_POLL_CUES) and any(cue in lower for cue in _R85P_POLL_TEXT_CUES):
        spans.extend(m.span("name") for m in _R85P_POLL_OFFICER.finditer(text)
                     if person._r79p_name(m.group("name"), unlisted=False, words=False))
    if spans:
        yield from unclaimed_people(found, spans, lambda start, end: round85_not_person(text, start, end, person.g))
