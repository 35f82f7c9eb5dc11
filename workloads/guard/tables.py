"""Values whose column or key says what they hold: cells of delimited tables (CSV, TSV, ';' or '|'
separated, markdown), the values of SQL INSERT statements, and key-value pairs of JSON, YAML, INI
and .env files.

Exports, tickets, logs and code carry personal data this way: "ticket_id,requester,phone" over
"10223,Elenore Reuter,01214960565", or "INSERT INTO pacientes (nombre, nhc, telefono) VALUES
('Matías Carretero', '34513680', '988602875')". Inside a row neither an unlisted first name nor a
bare digit run has the words around it that the other detectors need; the column names them.
Each detector takes the values of its kind of column and judges each value on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from workloads.guard.checksums import es_dni_valid
from workloads.guard.contextual import (_CARE_OR_INSURANCE, _PASSPORT_LIST_TITLE, DATE, MONTH, _about_care,
                                       client_column, donor_column, label_kind, r86s_building_pass,
                                       r86s_kinship_case)
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

Value = tuple[int, int, str, str]
"""(start, end, value without blanks and quotes, kind): kind is one of KINDS."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COLUMNS: dict[str, frozenset[str]] = {
    "name": _words("name names display_name nom nombre naam"),
    "person": _words("""
full_name fullname customer customer_name client client_name requester reporter assignee employee employee_name
patient patient_name contact contact_name applicant tenant guest passenger cardholder account_holder holder recipient
sender owner traveller traveler member student display_name displayname first_name given_name visitor player
host_name guest_name user_full_name cn fn gecos
mitglied membre adhérent adherent miembro socio socia lid
hygienist dentist nurse doctor physician clinician therapist midwife carer caregiver driver chauffeur stylist hairdresser
seamstress dressmaker tailor naaister schneiderin couturière costurera modista
primary secondary backup oncall on_call primair secundair primär sekundär primaire secondaire primario secundario
arzt ärztin pfleger pflegerin hebamme fahrer fahrerin friseur friseurin infirmier infirmière médecin dentiste
médico médica enfermero enfermera conductor higienista arts verpleegkundige tandarts kapper
interpreter dolmetscher dolmetscherin interprète interprete intérprete tolk
birth_partner partner partnerin partenaire companion escort chaperone begleitperson begleiter begleiterin accompagnant accompagnante
acompañante acompanante begeleider begeleidster
navigator co-driver codriver copilot co-pilot beifahrer beifahrerin copilote copiloto navegante bijrijder
singer chorister sänger sängerin chorsänger chorsängerin choriste chanteur chanteuse corista cantante zanger zangeres koorlid
created_by run_created_by triggered_by approved_by override_by requested_by officer beneficiary bénéficiaire beneficiaire beneficiario beneficiaria begunstigde
porter celador celadora brancardier transporteur rider courier koerier
conducteur conductrice chauffeuse rijder rijdster bestuurder chauffeur_du_jour carpool_driver
pilot remote_pilot pilote télépilote telepilote piloto piloot fernpilot drohnenpilot
kunde kundin kundenname mitarbeiter mitarbeiterin patientin ansprechpartner ansprechpartnerin antragsteller mieter gast
empfänger absender inhaber kontoinhaber versicherter vorname besucher besucherin spieler spielerin
nom_complet prénom prenom visiteur joueur joueuse client cliente employé employée demandeur locataire titulaire passager destinataire expéditeur
nombre_completo visitante jugador jugadora paciente empleado empleada solicitante inquilino titular pasajero destinatario remitente
volledige_naam bezoeker speler klant patiënt patient medewerker aanvrager huurder ontvanger afzender houder voornaam
"""),
    # Round 71: the emergency's word alone heads the emergency contact's column too, as a race's or a club's entry
    # list writes it ("dossard;nom;date_naissance;club;circuit;urgence" over "214;Jessica Matile;...;0344095318",
    # "Emergency", "Notfall", "Urgencia", "Emergencia", "Noodgeval"); the values' phone shape still decides
    "phone": _words("""
phone phone_number telephone tel mobile mobile_number cell contact_phone phonenumber msisdn
telefon telefonnummer handy mobil mobilnummer rufnummer
téléphone telephone tél portable numéro_de_téléphone
teléfono telefono móvil movil tfno tlf tlfno telf
telefoon telefoonnummer mobiel gsm
emergency_contact emergency_phone emergency_number ice_contact ice_number in_case_of_emergency next_of_kin_phone
notfallkontakt notfallnummer notfall_kontakt notfalltelefon notruf_kontakt
contact_urgence contact_d_urgence personne_à_prévenir personne_a_prevenir numéro_d_urgence
contacto_emergencia contacto_de_emergencia teléfono_de_emergencia telefono_emergencia
noodcontact noodnummer noodtelefoon contactpersoon_nood nood_contact
emergency notfall urgence urgencia emergencia noodgeval nood
"""),
    "date_of_birth": _words("""
date_of_birth dob birth_date birthdate birthday
geburtsdatum geb_datum geboren geburtstag
date_naissance date_de_naissance naissance né_le née_le ne_le nee_le né(e)_le ne(e)_le
fecha_nacimiento fecha_de_nacimiento nacimiento
geboortedatum geb_datum
"""),
    "birthday": _words("""
anniversaire cumpleaños cumpleanos verjaardag jarig
"""),
    "passport": _words("""
passport passport_no passport_number passport_nr passport_# reisepass reisepassnummer pass_nr pass_nr. passnummer
passeport n°_passeport no_passeport numéro_de_passeport pasaporte n.º_pasaporte nº_pasaporte número_de_pasaporte
paspoort paspoortnummer paspoort_nr
ausweis personalausweis personalausweisnummer personalausweis_nr
"""),
    "medical_record": _words("""
mrn medical_record medical_record_number nhs_number nhsnumber nhs_no hospital_number chi_number patient_id patientid
fallnummer patientennummer patienten_nr
numero_dossier n_dossier dossier_medical num_dossier
nhc historia_clinica historia_clínica numero_historia
patiëntnummer patientnummer dossiernummer
"""),
}
"""Column and key names per kind, in the five languages, lower-cased, blanks as underscores.
"name" is the generic column (a product, a host or a person has one); "person" columns hold people."""
_KIND_OF = {name: kind for kind, names in COLUMNS.items() for name in names}
# Whose phone a column holds, after the phone's word: "Tél. parent", "Telefon Eltern", "Phone
# (home)" is a bracket's qualifier already; "Teléfono padres", "Telefoon ouders", "Mobile work"; a
# pet's or a thing's owner ("Tél. propriétaire" in a dog walkers' rota, "Telefon Halter")
_PHONE_OWNERS = _words("""
parent parents guardian home work office private emergency mother father owner owners family
eltern mutter vater privat dienstlich geschäftlich notfall erziehungsberechtigte besitzer besitzerin halter halterin familie
parents tuteur domicile travail bureau urgence mère père perso propriétaire propriétaires maître maîtresse famille
padres padre madre tutor casa trabajo oficina emergencia propietario propietaria dueño dueña familia
ouders ouder voogd thuis werk privé nood moeder vader eigenaar eigenaren baasje
""")
# A file's number names a care record only in a text about care: "Dossiernummer: 2028/6763" in a
# bailiff's letter is the bailiff's file, "numero_dossier" a court's or an insurer's
_WEAK_RECORD_KEYS = frozenset("dossiernummer numero_dossier n_dossier num_dossier".split())
KINDS = tuple(COLUMNS)

# Round 66: a blank-padded slash between cells, as a ward's typed waiting list writes its header and rows
# ("#  Name / DOB / Hosp no. / Notes" over "1  Leigh Gavin / 07/07/1971 / HC-12098 / ..."; "Nom / Date de
# naissance / IPP", "Naam / Geb. datum / Patiëntnummer"); tried last, and a date's own slashes ("07/07/1971")
# have no blanks around them
_DELIMITERS = (";", "\t", "|", ",", " / ")
_ONE_CHARACTER_DELIMITERS = tuple(d for d in _DELIMITERS if len(d) == 1)
_RULE_LINE = re.compile(r"[ \t]*[-+|:= ]{3,}[ \t]*")


CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""Where a camelCase name's words meet ("fechaNac", "mobilePhone")."""


# A qualifier in brackets after the column's name: "Mobile (primary)", "Telefon (privat)",
# "Date of birth (dd/mm/yyyy)", "Pasaporte [nº]"
_QUALIFIER = re.compile(r"[ ]*[(\[][^()\[\]]{1,30}[)\]][ ]*$")


# A machine key that glues the birth and the date into one token, maybe after whose they are, all
# in lower case: XML's "<patientbirthdate>", "<dateofbirth>", "mother_dateofbirth",
# "clientdatenaissance", "pacientefechanacimiento", "kindgeburtsdatum", "patientgeboortedatum" (a
# camelCase or snake_case key is read by its words); an expected or a computed birth date is a
# due date, no one's birth
_GLUED_BIRTH_DATE = re.compile(
    r"(?![a-z]*(?:expected|estimated|due|calc|prevue?|prevista|errechnet|verwacht))"
    r"[a-zäöüéèíñ]{0,20}(?:birthdate|dateofbirth|geburtsdatum|geboortedatum|datedenaissance|datenaissance|"
    r"fechadenacimiento|fechanacimiento)")


# Owners joined by a slash or a conjunction after the phone's word: "tlf. madre/padre", "Tel.
# Mutter/Vater", "tél. mère ou père", "teléfono madre y padre", "telefoon moeder of vader"
_OWNER_JOIN = re.compile(r"[_/]+(?:(?:or|and|oder|und|ou|et|o|y|of|en)_)?")


def _owners_only(rest: str) -> bool:
    """Whether a phone column's qualifier names only whose phone it is (_PHONE_OWNERS), one owner
    or several joined (_OWNER_JOIN): a parents' shared column is a phone column too."""
    words = [w for w in _OWNER_JOIN.split(rest.strip("_.")) if w]
    return bool(words) and all(w in _PHONE_OWNERS for w in words)


_NUMBER_ABBREVIATIONS = frozenset("no nr num núm nº".split())
"""A number's word as a column's head abbreviates it, its full stop after it: "no.", "nr.", "num.", "núm."."""


_INCLUSIVE_ENDING = re.compile(r"(?:/in(?:nen)?|\(in\)|\*in|:in|/a|\(a\)|/e|\(e\)|·e|·rice|/rice|/ster)$")
"""A role's inclusive ending on a column's head ("Fahrer/in", "Fahrer*in", "conducteur·rice", "Trabajador/a",
"rijder/ster"): the column is the role's."""


@lru_cache(maxsize=4096)
def _kind(column: str) -> str | None:
    """The kind of a column or key: "displayName" and "Display Name" read as display_name; a
    qualifier in brackets after the name is left out ("Mobile (primary)" is a mobile column)."""
    raw = column.strip().strip("\"'`")
    bare = _QUALIFIER.sub("", raw)
    if bare and bare != raw:
        raw = bare
    raw = raw.strip("[]")
    if raw.endswith(".") and raw[:-1].isalpha():
        raw = raw[:-1]  # an abbreviation's full stop: "Tél.", "Tel.", "Tfno."
    elif raw.endswith(".") and raw[:-1].rpartition(" ")[2].lower() in _NUMBER_ABBREVIATIONS:
        # a number's abbreviated word last, after the thing's ("NHS no.", "Patient nr.", "Pass no.", "Historia núm."):
        # the full stop abbreviates the word, the column is the thing's number as "NHS no" reads
        raw = raw[:-1]
    name = CAMEL_BOUNDARY.sub("_", raw).lower().replace(" ", "_").replace("-", "_")
    kind = _KIND_OF.get(name) or _KIND_OF.get(raw.lower().replace(" ", "_").replace("-", "_"))
    if kind is None and _INCLUSIVE_ENDING.search(name):
        kind = _KIND_OF.get(_INCLUSIVE_ENDING.sub("", name))  # "Fahrer/in", "conducteur·rice", "Trabajador/a"
    if kind is None and "_" in name and _KIND_OF.get(name.rsplit("_", 1)[1]) == "phone":
        kind = "phone"  # a phone's word as the key's last part: "contact_tel", "home_phone", "notfall_telefon"
    if kind is None and "_" in name:
        first, _, rest = name.partition("_")
        if _KIND_OF.get(first.rstrip(".")) == "phone" and _owners_only(rest):
            kind = "phone"  # the phone's word, then whose: "Tél. parent", "Telefon Eltern", "mobile_work"
    if kind is None:
        # a name no list holds, read from its words: "f_nac", "fechaNac", "Geb.-Dat.", "patient_no",
        # "hospital_nr", "passport_id" (a file's, a member's or a document's key needs its context)
        named = label_kind(raw)
        if named in ("date_of_birth", "passport", "medical_record"):
            kind = named
    if kind is None and _GLUED_BIRTH_DATE.fullmatch(name.replace("_", "")):
        kind = "date_of_birth"
    if kind is None and " " not in raw and _AGENT_KEY.fullmatch(name) and name.partition("_")[0] not in _THING_AGENT_PARTICIPLES:
        kind = "person"  # who did it: "added_by", "erstellt_von", "ajouté_par", "subido_por", "toegevoegd_door"
    return kind


_AGENT_KEY = re.compile(r"[a-zà-ÿ]{3,}(?:ed|en|t|é|ée|ado|ada|ido|ida|d)_(?:by|von|durch|par|por|door)")
"""A key that names who did something: a past participle and the agent's preposition, in the five languages, written
as one word as logs and configs write keys ("added_by", "subido_por"); a label in words ("Checked by:") is the person
detector's to read."""
_THING_AGENT_PARTICIPLES = frozenset("""
caused powered sponsored generated hosted provided supported followed replaced built developed published produced
distributed funded operated managed driven sorted grouped ordered partitioned indexed keyed filtered signed sold
verursacht bereitgestellt gesponsert generiert erzeugt sortiert gruppiert
causé généré fourni propulsé sponsorisé trié groupé
causado generado proporcionado patrocinado ordenado agrupado
veroorzaakt gegenereerd gesponsord gesorteerd gegroepeerd
""".split())
"""Participles whose agent is a thing or a field, not a person: "caused_by", "sorted_by", "generiert_von"."""


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without blanks and one pair of quotes around it."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    if end - start >= 2 and text[start] == text[end - 1] and text[start] in "\"'`":
        start, end = start + 1, end - 1
    return start, end


Table = tuple[tuple[str, ...], tuple[tuple[tuple[int, int], ...], ...]]
"""A table's header columns and, per row, each cell's (start, end)."""


@lru_cache(maxsize=16)
def _first_table(text: str) -> Table | None:
    """The first delimited table: its header's columns and, per row, each cell's span (blanks
    and one pair of quotes stripped). The header is the first record whose delimiter count the
    next record repeats; rows follow while they keep that count. A record is a line, or a few
    lines when a quoted cell holds line breaks (RFC 4180: '"07 Jenkins Trail\nTatetown"').
    Cached for the last few texts: the column readers and the person detector's unnamed columns
    read the same table in one scan."""
    if "\n" not in text:
        return None  # one line holds a header at most, no rows
    records = _records(text)
    for h, (_, header) in enumerate(records[:-1]):
        following = records[h + 2][1] if _RULE_LINE.fullmatch(records[h + 1][1]) and h + 2 < len(records) else records[h + 1][1]
        delimiter = next((d for d in _DELIMITERS
                          if d in header and len(_row_cells(following, d, len(_cells(header, d)), _address_column(
                              _cells(header, d)))) == len(_cells(header, d))), None)
        if delimiter is None:
            continue
        columns = _cells(header, delimiter)
        address = _address_column(columns)
        rows: list[tuple[tuple[int, int], ...]] = []
        for pos, row in records[h + 1 :]:
            if _RULE_LINE.fullmatch(row):
                continue  # a markdown or psql rule under the header: "|---|---|", "-----+-----"
            cells = _row_cells(row, delimiter, len(columns), address)
            if len(cells) != len(columns):
                break
            spans = []
            for cell in cells:
                spans.append(_strip(text, pos, pos + len(cell)))
                pos += len(cell) + len(delimiter)
            rows.append(tuple(spans))
        return tuple(columns), tuple(rows)
    return None


def _delimited(text: str) -> Iterator[Value]:
    """Cells of the first delimited table under a column whose header names a kind."""
    table = _first_table(text)
    if table is None:
        return
    columns, rows = table
    kinds = {i: k for i, c in enumerate(columns) if (k := _kind(c)) is not None}
    # a file's or a case's number beside the people's birth dates, or in a text about care, is their
    # record ("naam;geboortedatum;dossiernr", "Name;Geb.-Datum;Fall-Nr.;Station"); an insured
    # member's in a text about health insurance or care
    for i, c in enumerate(columns):
        named = label_kind(c.strip().strip("\"'`[]")) if i not in kinds else None
        if named is None and i not in kinds and client_column(c.strip().strip("\"'`[]")):
            named = "record"  # a care service's client: "client_no", "Klienten-Nr.", "n° d'usager"
        if named in ("record", "member"):
            lowered = text.lower()
            if (named == "record" and ("date_of_birth" in kinds.values() or _about_care(lowered, 0, len(text)))) or (
                    named == "member" and (_about_care(lowered, 0, len(text)) or _CARE_OR_INSURANCE.search(lowered))):
                kinds[i] = "medical_record"
    for i in _birth_year_columns(text, columns, rows, kinds):
        kinds[i] = "date_of_birth"
    # Round 77: a file's word alone heads the record's column of a care practice's list of its patients, beside the
    # patient's and the birth date's columns: a dentist's recall table ("Dossier | Patient | Né(e) le | Portable",
    # "Historia | Paciente | F. nac. | Teléfono", "Akte | Patient | Geb.-Datum | Telefon", "Chart | Patient | DOB |
    # Phone"); a file's column beside no patient's or no birth date's (a court's, an insurer's) stays unread
    if "date_of_birth" in kinds.values() and any(c.strip().strip("\"'`[]").lower() in _PATIENT_COLUMNS for c in columns):
        for i, c in enumerate(columns):
            if i not in kinds and c.strip().strip("\"'`[]").rstrip(".").lower() in _FILE_KEYS:
                kinds[i] = "medical_record"
    births = "date_of_birth" in kinds.values()
    documents = _document_columns(columns, kinds) if births else ()
    for i in documents:
        kinds[i] = "passport"
    for i, c in enumerate(columns):
        if i not in kinds and donor_column(c, text, lambda: births):
            kinds[i] = "medical_record"  # a donor registry's id: "id_donneur,nom,date_naissance,...,hla"
    for spans in rows:
        for i, (s, e) in enumerate(spans):
            if i in kinds and e > s and not (i in documents and (
                    _DOCUMENT_NUMBER.fullmatch(text[s:e]) is None or es_dni_valid(text[s:e]))):
                yield (s, e, text[s:e], kinds[i])


# Round 78: an identity document's word alone heads the document's column of a list of people with their birth dates,
# as a group booking's or a trip's passenger list writes it ("NOM PRENOM;NE(E) LE;PIECE" over "Diane Descamps;
# 28.10.1976;A55232081", "Name | DOB | ID", "Nombre;F. nac.;Documento", "Naam;Geboortedatum;Identiteitsbewijs",
# "Teilnehmer;Geb.-Datum;Dokument"): a passport's shape under it is the passport; a Spanish DNI or NIE whose check
# letter holds stays the national identifier, and a table of things ("PIECE;QTE;PRIX" of spare parts) has no person's
# and no birth date's column. A person's column may be headed by the name's two words ("NOM PRENOM", "Name, Vorname",
# "Apellidos y nombre", "Naam en voornaam", "Surname forename"); a record's own "ID" leading its row is no document's,
# nor a card's number ("ausweisnr" over a school bus list's pass numbers: "Ausweis" is any card, a bus pass, a library's).
_NAME_HEAD = re.compile(
    r"(?:(?:sur|family[ _]|last[ _])?name|nom|nachname|familienname|apellidos?|achternaam|naam)[ _,/&+-]*(?:(?:and|und|et|y|"
    r"en)[ _])?(?:first[ _]?name|forenames?|given[ _]names?|pr[ée]noms?|vornamen?|nombres?|voorna(?:am|men))"
    r"|(?:first[ _]?name|pr[ée]nom|vorname|nombre|voornaam)[ _,/&+-]*(?:(?:and|und|et|y|en)[ _])?"
    r"(?:(?:sur|family[ _]|last[ _])?name|nom|nachname|familienname|apellidos?|achternaam|naam)", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(r"(?=(?:[A-Z]*[0-9]){5})[A-Z0-9]{8,10}")
"""A passport's number as passenger lists write it: eight to ten capitals and digits, five digits at least (nine digits,
"A55232081", "ZE4825140", a French passport's "12AB34567", a German "C01X00T47"); a Spanish DNI or NIE is checked
after."""


def _document_columns(columns: tuple[str, ...], kinds: dict[int, str]) -> tuple[int, ...]:
    """The identity document's columns of a list of people with their birth dates (see _DOCUMENT_HEADS)."""
    heads = [c.strip().strip("\"'`[]").rstrip(".:").lower() for c in columns]
    if not any(kinds.get(i) in ("person", "name") or _NAME_HEAD.fullmatch(h) or h in _ROSTER_PERSON_COLUMN
               for i, h in enumerate(heads)):
        return ()
    return tuple(i for i, h in enumerate(heads) if i not in kinds and h.replace(" ", "_").replace("-", "_")
                 in _DOCUMENT_HEADS and not (h == "id" and i == 0))


# A year's column in a roster of people: a sports entry list's, a team sheet's or a class list's "year" is the
# birth year, the age group's key ("Name;Jg.;Strecke;Meldezeit" on a swimming gala's entries, "Swimmer,YOB,Event",
# "Nageur;Année;Épreuve", "Nadador;Año;Prueba", "Zwemmer;Jaar;Afstand"); a full date written under it (a day and a
# month with the year) is that person's birth date. Only where another column holds the people (a person's or a
# name's column, or an athlete's word) and every cell of the year's column is a full date: a bare year stays a
# year, and a table of things ("Model;Year;Price") or of events ("Edition;Year;Venue") holds no one.
_YEAR_COLUMN = frozenset("""
year yr yob jahr jg jahrgang année annee an año ano jaar jaargang geb_jaar
""".split())
_ROSTER_PERSON_COLUMN = frozenset("""
athlete athletes swimmer swimmers runner runners competitor competitors entrant entrants participant participants rider
athlet athletin schwimmer schwimmerin läufer läuferin teilnehmer teilnehmerin sportler sportlerin
athlète nageur nageuse coureur coureuse concurrent concurrente participant participante
atleta nadador nadadora corredor corredora competidor competidora participante
atleet zwemmer zwemster loper loopster deelnemer deelneemster sporter
""".split())


def _birth_year_columns(text: str, columns: tuple[str, ...], rows: tuple[tuple[tuple[int, int], ...], ...],
                        kinds: dict[int, str]) -> Iterator[int]:
    """The columns headed by a year's word whose cells are all full dates, in a table whose other column holds
    people (see _YEAR_COLUMN)."""
    if not rows:
        return
    heads = [c.strip().strip("\"'`[]").rstrip(".").lower().replace(" ", "_") for c in columns]
    people = any(kinds.get(i) in ("person", "name") or h in _ROSTER_PERSON_COLUMN for i, h in enumerate(heads))
    if not people:
        return
    for i, head in enumerate(heads):
        if i in kinds or head not in _YEAR_COLUMN:
            continue
        cells = [text[s:e] for s, e in (spans[i] for spans in rows) if e > s]
        if cells and all(DATE.fullmatch(cell) is not None for cell in cells):
            yield i


def cell_column(text: str, start: int, end: int) -> str | None:
    """The column of the first delimited table's cell at exactly start:end, or None."""
    table = _first_table(text)
    if table is None:
        return None
    columns, rows = table
    for spans in rows:
        for i, span in enumerate(spans):
            if span == (start, end):
                return columns[i].strip().strip("\"'`[]")
    return None


def column_of_cell_ending(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The column and the cell's start of the first delimited table's cell that holds start:end and
    ends with it ("| Clotilde, 953863187 |": a name before the number in the contact's cell), or None."""
    table = _first_table(text)
    if table is None:
        return None
    columns, rows = table
    for spans in rows:
        for i, (s, e) in enumerate(spans):
            if e == end and s <= start:
                return columns[i].strip().strip("\"'`[]"), s
    return None


def unnamed_columns(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """The cells of each column of the first delimited table whose header names no kind ("|
    Primary | Secondary |" in an on-call rota): the person detector reads a column of first names
    as people whatever its header says."""
    table = _first_table(text)
    if table is None:
        return
    columns, rows = table
    for i, column in enumerate(columns):
        if _kind(column) is None and column.strip():
            yield [(s, e, text[s:e]) for s, e in (spans[i] for spans in rows) if e > s]


THING_COLUMN_WORDS = frozenset("""
room rooms sala salas salle salles box boxen raum räume zimmer kamer kamers zaal zalen ruimte
model models modell modelle modèle modèles modele modelo modelos product products produkt produkte produit produits
producto productos item items artikel article articles artículo artículos bike bikes fahrrad rad vélo vélos bicicleta
fiets fietsen vehicle fahrzeug véhicule vehículo voertuig car auto voiture coche boat boot bateau barco ship schiff
vessel vessels yacht yachts jacht jachten velero veleros voilier voiliers embarcación segelboot kutter sloep
navire buque schip horse horses pferd cheval caballo paard pony dog hund chien perro hond cat katze chat gato kat
team teams équipe equipo mannschaft ploeg club verein venue lieu lugar locatie hall halle court pitch platz
location locations ubicación ubicacion emplacement standort einsatzort site sitio locatie
variety sorte variété variedad ras breed rasse race raza cocktail dish gericht plat plato gerecht song lied chanson
canción brand marke marque marca merk tool werkzeug outil herramienta gereedschap
""".split())
"""A column's last word that names a thing, not a person: a karaoke bar's "| Room |" of rooms named "Elvis",
"Dolly", a fleet's "model" column of cargo bikes ("Long John", "Urban Arrow")."""


def thing_column(text: str, start: int, end: int) -> bool:
    """The span is a cell of the first delimited table under a column that names a thing
    (THING_COLUMN_WORDS: "Room", "Sala", "model", "Modell"): whatever it reads like, not a person."""
    column = cell_column(text, start, end)
    if not column:
        return False
    words = CAMEL_BOUNDARY.sub("_", _QUALIFIER.sub("", column)).lower().replace("-", "_").replace(" ", "_").split("_")
    words = [w for w in words if w]
    return bool(words) and words[-1] in THING_COLUMN_WORDS


_MAX_RECORD_LINES = 3


def _records(text: str) -> list[tuple[int, str]]:
    """(offset, record) for each line; a line whose double quotes do not pair up is joined with
    the next one or two lines when that closes the quote (a cell with a line break inside)."""
    lines = text.split("\n")
    records: list[tuple[int, str]] = []
    offset, i = 0, 0
    while i < len(lines):
        record, used = lines[i], 1
        if record.count('"') % 2:
            joined = record
            for k in range(i + 1, min(len(lines), i + _MAX_RECORD_LINES)):
                joined += "\n" + lines[k]
                if joined.count('"') % 2 == 0:
                    record, used = joined, k - i + 1
                    break
        records.append((offset, record))
        offset += len(record) + 1
        i += used
    return records


# A date whose comma is no delimiter, in a row that does not quote it: ',March 12, 1955,'
# Round 68: ... maybe with its clock time after the year, a slot's or a timestamp's cell ("...,Seattle,June 27,
# 2029 5:25 AM", "...,Leeds,March 3, 2027 14:30", "...,12 May, 2026 09:15:00"): one cell still
_CELL_CLOCK = r"(?:[ ][0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:[ ]?(?:am|pm|a\.m\.|p\.m\.))?)?"
_COMMA_DATE = re.compile(
    r"(?<![^,])[ ]*(?:" + MONTH + r")\.?[ ][0-9]{1,2}(?:st|nd|rd|th)?,[ ][0-9]{4}" + _CELL_CLOCK + r"[ ]*(?![^,])"
    r"|(?<![^,])[ ]*[0-9]{1,2}\.?[ ](?:" + MONTH + r")\.?,[ ][0-9]{4}" + _CELL_CLOCK + r"[ ]*(?![^,])",
    re.IGNORECASE,
)
# An unquoted amount with a thousands' comma and its decimals, a cell of its own: "...,Pack C,75,861.68"
# (a price or a total in an export); its comma splits no cells
_COMMA_AMOUNT = re.compile(r"(?<![^,])[ ]*[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{2}[ ]*(?![^,])")


# An address's column by its header: "adresse", "address", "Anschrift", "dirección", "adres"
# Round 77: ... or where a swap's or an order's things are picked up, the last column of a school uniform exchange's
# or a group order's sheet ("Parent,Child,Child DOB,Items,Collect from" over "...,PE hoodie 9-10,20276 Martin Curve,
# Lake Anna, MD 48990", "Retrait" over "...,avenue Jacob, 45330 Philippe", "Recogida", "Abholung", "Ophalen"): the
# address's own commas split no cells there either
_ADDRESS_HEADER = re.compile(
    r"(?:(?:home|postal|street|billing|delivery|owner)[ _-]?)?(?:address|adresse|anschrift|wohnadresse|"
    r"direcci[oó]n|domicilio|adres|woonadres)"
    r"|collect(?:ion)?[ _-](?:from|at|point|address)|pick[ _-]?up(?:[ _-](?:from|at|point|address))?|"
    r"retrait|lieu[ _-]de[ _-]retrait|recogida|lugar[ _-]de[ _-]recogida|abholung|abholort|abholadresse|"
    r"ophalen|ophaaladres|afhalen|afhaaladres", re.IGNORECASE)


# A firm's column, whose unquoted name may hold its own commas ("employer" with "McNeely, Hasty and McNeely",
# "Arbeitgeber" with "Meier, Roth und Partner", "employeur" with "Dupont, Martin et Fils", "empresa" with "Gil,
# Ruiz y Asociados", "werkgever" with "De Vries, Bos en Zonen"): a firm named by its partners (round 62)
_FIRM_HEADER = re.compile(
    r"(?i:employer|company|firm|organi[sz]ation|arbeitgeber|firma|unternehmen|employeur|entreprise|société|"
    r"empresa|empleador|werkgever|bedrijf|organisatie)(?:[ _-]?(?:name|naam|nom|nombre))?")


def _address_column(columns: list[str]) -> tuple[int, bool] | None:
    """The index of the header's one address column (with True), else of its one firm's column (with
    False), or None."""
    found = [i for i, c in enumerate(columns) if _ADDRESS_HEADER.fullmatch(c.strip().strip("\"'`[]"))]
    if len(found) == 1:
        return found[0], True
    firms = [i for i, c in enumerate(columns) if _FIRM_HEADER.fullmatch(c.strip().strip("\"'`[]"))]
    return (firms[0], False) if len(firms) == 1 else None


def _row_cells(row: str, delimiter: str, want: int, address: tuple[int, bool] | None = None) -> list[str]:
    """A row's cells; when a comma-separated row has too many, the commas inside unquoted dates
    ("March 12, 1955") and amounts ("75,861.68") are read as no delimiters if that gives the header's count; failing that,
    under a header with one address column, the extra cells are that address's own parts, unquoted
    ("...,Nicole Mottiez,2, chemin Rey, 09979 Germain-sur-Marie,0327014557": the cells after it
    keep their columns); under a header with one firm's column and none for an address, its name's
    own commas, each before a blank ("...,McNeely, Hasty and McNeely,PASS", round 62)."""
    cells = _cells(row, delimiter)
    if len(cells) <= want or delimiter != "," or "," not in row:
        return cells
    dates = [(m.start(), m.end()) for pattern in (_COMMA_DATE, _COMMA_AMOUNT) for m in pattern.finditer(row)]
    if not dates:
        return _address_cells(cells, want, address)
    protected = list(row)
    for s, e in dates:
        for k in range(s, e):
            if protected[k] == ",":
                protected[k] = "\x00"
    fixed = [c.replace("\x00", ",") for c in _cells("".join(protected), delimiter)]
    if len(fixed) == want:
        return fixed
    # a date's comma and a firm's or an address's own in one row: merge what the dates left over
    merged = _address_cells(fixed, want, address) if len(fixed) > want else fixed
    return merged if len(merged) == want else _address_cells(cells, want, address)


def _address_cells(cells: list[str], want: int, merge: tuple[int, bool] | None) -> list[str]:
    extra = len(cells) - want
    if merge is None or not 0 < extra <= 3:
        return cells
    address, is_address = merge
    parts = cells[address : address + extra + 1]
    merged = ",".join(parts)
    if '"' in merged:
        return cells  # a quoted cell was split already
    if is_address and not any(c.isdigit() for c in merged):
        return cells  # an address has its number or its postcode
    if not is_address and (any(c.isdigit() or c == "@" for c in merged) or not all(
            p.startswith(" ") and p.strip() for p in parts[1:])):
        return cells  # a firm's name: words only, each comma before a blank ("Hasty, Dixon and Roe")
    return cells[:address] + [merged] + cells[address + extra + 1 :]


def _cells(row: str, delimiter: str) -> list[str]:
    """A row's cells as written (quotes kept), a delimiter inside double quotes not splitting:
    '7,"Bell, Annette","October 8, 1949"' has three cells."""
    if '"' not in row or len(delimiter) > 1:
        return row.split(delimiter)  # a blank-padded slash: quotes are read by the one-character delimiters only
    return _split_quoted(row, delimiter)


def _split_quoted(row: str, delimiter: str) -> list[str]:
    cells: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in row:
        if ch == '"':
            quoted = not quoted
        if ch == delimiter and not quoted:
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
    cells.append("".join(current))
    return cells


_INSERT = re.compile(r"insert[ \t]+into[ \t]+[\w.\"`\[\]]+[ \t]*\(([^()]*)\)[ \t\n]*values[ \t\n]*", re.IGNORECASE)
_SQL_VALUE = re.compile(r"[ \t\n]*('(?:[^']|'')*'|\"[^\"]*\"|[^,()]*?)[ \t\n]*(?=[,)])")


def _sql(text: str) -> Iterator[Value]:
    """Values of INSERT INTO t (c1, c2) VALUES (v1, v2), (v1, v2): each under its column."""
    for s, e, column in sql_values(text):
        kind = _kind(column)
        if kind is not None:
            yield (s, e, text[s:e], kind)


# A query's condition on a column, the value quoted: "WHERE m.date_of_birth = 'June 23, 1940'", "AND
# date_naissance = '05/01/1987'", "SET fecha_nac = '...'" (a table's alias before the column dropped)
_SQL_COMPARISON = re.compile(
    r"(?i:where|and|or|set)[ \t]+(?:[A-Za-z_]\w{0,30}\.)?[`\"\[]?(?P<key>[A-Za-z_]\w{0,40})[`\"\]]?[ \t]*=[ \t]*"
    r"'(?P<value>[^'\n]{1,80})'")
_SQL_QUERY = gated(re.compile(r"(?i)\b(?:select|update|delete)\b"))


def _sql_comparisons(text: str) -> Iterator[Value]:
    """Values a query compares a named column with: each under its column, as an INSERT's are."""
    if not _SQL_QUERY.search(text):
        return
    for m in _SQL_COMPARISON.finditer(text):
        kind = _kind(m.group("key"))
        if kind is not None:
            yield (m.start("value"), m.end("value"), m.group("value"), kind)


# A prepared statement's bound values as a database log writes them after the statement: "DETAIL:
# parameters: $1 = 'Bradley Gilroy', $2 = '465 266 5342'" under "INSERT INTO t (name, nhs_number)
# VALUES ($1, $2)": each value is read under its placeholder's column
_BOUND_PARAMETER = re.compile(r"(?<![\w$])\$(?P<n>[1-9][0-9]?)[ \t]*=[ \t]*'(?P<value>(?:[^'\n]|'')*)'")


def _bound_parameters(text: str) -> Iterator[Value]:
    """Values bound to an INSERT's placeholders, each under the placeholder's column."""
    columns = {text[s:e]: column for s, e, column in sql_values(text) if text[s:e].startswith("$")}
    if not columns:
        return
    for m in _BOUND_PARAMETER.finditer(text):
        kind = _kind(columns.get("$" + m.group("n"), ""))
        if kind is not None and m.group("value").strip():
            s, e = _strip(text, m.start("value"), m.end("value"))
            yield (s, e, text[s:e], kind)


def insert_columns(text: str, start: int) -> tuple[str, ...]:
    """The column list of the INSERT INTO t (c1, c2) VALUES ... whose values hold `start` (the
    last statement that opens before it), or () when none does."""
    columns: tuple[str, ...] = ()
    for m in _INSERT.finditer(text, 0, start):
        columns = tuple(c.strip().strip("\"'`[]") for c in m.group(1).split(","))
    return columns


@lru_cache(maxsize=16)
def sql_values(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, column) of every value of INSERT INTO t (c1, c2) VALUES (v1, v2), (v1, v2),
    blanks and quotes stripped. The phone finder asks too: a bare number under an "id" column is
    the row's key, whatever the column list after it names ("(id, phone) VALUES (688893088, ...")."""
    found: list[tuple[int, int, str]] = []
    for m in _INSERT.finditer(text):
        columns = [c.strip().strip("\"'`[]") for c in m.group(1).split(",")]
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            pos += 1
            for column in columns:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                s, e = _strip(text, v.start(1), v.end(1))
                if e > s:
                    found.append((s, e, column))
                pos = v.end()
                if pos < len(text) and text[pos] == ",":
                    pos += 1
            close = text.find(")", pos)
            if close < 0:
                break
            nxt = re.match(r"\)[ \t\n]*,[ \t\n]*", text[close:])
            pos = close + (nxt.end() if nxt else 1)
            if nxt is None:
                break
    return tuple(found)


_KEY_VALUE = re.compile(
    r"(?:^|(?<=[\s{,]))[\"']?(?P<key>[A-Za-zÀ-ÿ_][\w .-]{0,30}?)[\"']?[ \t]*(?::|=)[ \t]*"
    r"(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^,;\n{}\[\]#]+)",
    re.MULTILINE,
)


_QUERY_PAIR = re.compile(r"(?<=[?&])(?P<key>[A-Za-z_]{2,30})=(?P<value>[A-Za-zÀ-ÿ'’.-]{2,60})(?=[&#\s\"]|$)")
"""A URL query's pair ("/confirm?email=...&name=Nicola HTTP/1.1"): read only for keys that name a person."""


_LOG_PERSON_KEYS = frozenset("""
reviewer reviewed_by approver approved_by moderator handler agent seller buyer operator revisor revisora moderador agente
vendedor comprador bearbeiter bearbeiterin sachbearbeiter verkäufer käufer prüfer modérateur vendeur acheteur behandelaar
verkoper koper beoordelaar
fahrgast passenger rider passager passagère pasajero pasajera reiziger
""".split())
"""Keys of a log line's pairs that hold who did something (moderation and review logs:
"reviewer=Abigail", "bearbeiter=Rudolf"); only in key=value pairs, not as a chat's "Agent:"."""
LOGFMT_KEY = r"[A-Za-z_][\w.-]{0,30}"
"""A logfmt pair's key (a letter or "_", then up to 30 word characters, dots or hyphens): the key every log-line
pattern here and patterns.py's pair check read."""
_LOGFMT = re.compile(r"(?:^|(?<=[ \t]))(?P<key>" + LOGFMT_KEY + r")=(?P<value>\"[^\"\n]*\"|[^\s\"]+)")
"""A log line's pairs, one space between them (logfmt): reviewer=Abigail name="Michael Collins"."""


# A record that names a hospital, by a key or a value: "hopital":"CHU", "krankenhaus": "Klinikum
# Nord", hospital=St Mary's, "ziekenhuis":"UMC"; a care record's file number then needs no other care word
_NAMES_HOSPITAL = re.compile(
    r"(?<![\w-])[\"']?(?i:hospital|hopital|hôpital|krankenhaus|klinik(?:um)?|clinique|cl[ií]nica|ziekenhuis|kliniek)"
    r"[\"']?[ \t]*[:=]|[\"'=:][ \t]*(?:CHU|CHRU|CHR|AP-HP|HUG|CHUV|UMC|UKE|Charité)(?![\w-])")


def _file_of_care(text: str, start: int, end: int, skip: tuple[int, int] | None = None) -> bool:
    """Whether a file number's value at start:end is a care record's: a care word around it (not
    counting `skip`), or a hospital named in its record (French JSON writes "hopital" unaccented,
    "CHU" alone as its value)."""
    if _about_care(text.lower(), start, end, skip=skip):
        return True
    line_start, line_end = text.rfind("\n", 0, max(0, start - 300)) + 1, text.find("\n", end, end + 300)
    return _NAMES_HOSPITAL.search(text, line_start, line_end if line_end >= 0 else min(len(text), end + 300)) is not None


def _key_name(key: str) -> str:
    """A record's key as the key lists write it: unquoted, lower case, snake case ("Pièce d'identité" ->
    "pièce_d'identité", "pat-nr" -> "pat_nr")."""
    return key.strip().strip("\"'`").lower().replace(" ", "_").replace("-", "_")


# An identity document's key alone ("documento", "Ausweis", "pièce d'identité", "identiteitsbewijs"):
# in a record about a person (a person's key beside it: a visitor log, a guest list) it holds the
# document's number; a passport's shape there is read as the passport
_DOCUMENT_KEYS = frozenset("""
document documento documento_identidad doc_identidad dokument ausweis ausweisdokument lichtbildausweis
pièce_d'identité pièce_identité piece_identite pièce_d’identité identiteitsbewijs legitimatie legitimatiebewijs id_document
""".split())
# Round 78: a table's column heads for the same documents (_document_columns): the keys above and the words a column's
# head writes alone ("PIECE", "ID", "Documents", "Reisedokument")
_DOCUMENT_HEADS = _DOCUMENT_KEYS | frozenset("""
piece pièce pieces pièces piece_d'identite documents document_id doc id identity_document travel_document
reisedokument documento_de_identidad identiteitsdocument reisdocument
""".split())


def _document_in_person_record(text: str, key: str, start: int, end: int) -> bool:
    """Whether `key` is an identity document's and its record names a person by a key within a
    few lines (_DOCUMENT_KEYS); a Spanish DNI or NIE whose check letter holds is the national
    identifier, no passport."""
    if _key_name(key) not in _DOCUMENT_KEYS:
        return False
    if es_dni_valid(text[start:end].strip("\"' ")):
        return False
    window = text[max(0, start - 200) : end + 200]
    return any(_kind(m.group("key")) in ("person", "name") for m in _KEY_VALUE.finditer(window))


# A patient's short id as a key ("pid=B6019523", "pnr=53388699", "patid", "pat_nr", "ipp", "nhc"):
# a process's or a personnel number's key elsewhere, a care record's only in a record that also
# names its patient by a key ("patient=", "paciente:", "patiënt=")
_PATIENT_ID_KEYS = frozenset("pid pnr patid pat_id patnr pat_nr pat_no patno ipp nhc pat".split())
_PATIENT_KEYS = frozenset("""
patient patient_name patientname patient_naam patiënt patient_nom nom_patient paciente nombre_paciente
patientin pat_name patiente
""".split())


def _patient_id_in_patient_record(text: str, key: str, start: int, end: int) -> bool:
    """Whether `key` is a patient's short id (_PATIENT_ID_KEYS) and a patient's key names the
    patient in the same record, a few lines around; "pid=4711" in a process log stays clean."""
    if _key_name(key).replace(".", "") not in _PATIENT_ID_KEYS:
        return False
    window = text[max(0, start - 200) : end + 200]
    return any(m.group("key").strip().strip("\"'`").lower().replace(" ", "_") in _PATIENT_KEYS
               for pattern in (_KEY_VALUE, _LOGFMT) for m in pattern.finditer(window))


def _weak_record_key(key: str) -> bool:
    return _key_name(key).replace("°", "").replace(".", "") in _WEAK_RECORD_KEYS


# A file's own word as a key, alone ("dossier=HC-88238337", "chart: 4471209", "historia=...",
# "akte=..."): a care record's key only in a text about care (a patient's key beside it); elsewhere
# a file is any office's
_FILE_KEYS = frozenset("dossier historia expediente akte kartei chart".split())
_PATIENT_COLUMNS = frozenset("patient patients patiente patientin paciente pacientes patiënt patiënte patient_name".split())
"""Round 77: a patient's column's head, beside which a file's word alone heads the record's column (see _delimited)."""
# A log line's unquoted value written in groups: a number's digit groups ("hosp_no=756 269 7825",
# "tel=06 12 34 56 78") and a date's words ("geb=2 mei 2002"), up to the next pair
_DIGIT_GROUPS = re.compile(r"(?:[ ][0-9]{1,7})+(?=[ \t]+" + LOGFMT_KEY + r"=|[ \t]*$)", re.MULTILINE)

_NEXT_PAIR = re.compile(r"[ \t]+" + LOGFMT_KEY + r"=|[ \t]*$|\"(?=[ \t]|$)", re.MULTILINE)


def _logfmt_groups(text: str, start: int, end: int, kind: str) -> int:
    """Where a log line's unquoted value of `kind` ends, its later groups taken in (see _DIGIT_GROUPS)."""
    if kind in ("phone", "medical_record") and text[end - 1 : end].isdigit():
        g = _DIGIT_GROUPS.match(text, end)
        if g is not None:
            return g.end()
    elif kind in ("date_of_birth", "birthday") and not DATE.fullmatch(text, start, end):
        d = DATE.match(text, start)
        if d is not None and d.end() > end and _NEXT_PAIR.match(text, d.end()) is not None:
            return d.end()
    return end


# A log line that quotes another one, its pairs inside the quotes: 'msg="parse error" line="nom=Michel
# Cattin ne_le=17.02.1948 iban=FR55..."' (the first pair right after the opening quote)
_QUOTED_LOGFMT = re.compile(r"(?:(?<=[ \t])|(?<=\"))(?P<key>" + LOGFMT_KEY + r")=(?P<value>[^\s\"]+)")


def _logfmt_matches(text: str) -> Iterator[re.Match[str]]:
    """A log line's pairs (_LOGFMT), and the pairs of another log line quoted as one's value (why:
    a parser's error log quotes the whole line it failed on, and its birth date or IBAN is as
    personal there)."""
    for m in _LOGFMT.finditer(text):
        yield m
        value = m.group("value")
        if value.startswith('"') and "=" in value:
            yield from _QUOTED_LOGFMT.finditer(text, m.start("value") + 1, m.end("value") - 1)


def _machine_key(text: str, start: int, key: str) -> bool:
    """A key a program wrote: quoted, snake_case or camelCase ("donor_id", "donorId"); a form's
    "Donornummer:" or "Spendercode:" is a label, which the label rules read with their context (a
    fertility register's donor code beside its donors' birth dates is no care record)."""
    return text[start - 1 : start] in ("\"", "'") or "_" in key or CAMEL_BOUNDARY.search(key) is not None


def _birth_date_key(text: str) -> bool:
    """Whether a key of the text names a birth date ("dob", "fecha_nac"): the record is a person's."""
    return any(_kind(m.group("key")) == "date_of_birth" for m in _KEY_VALUE.finditer(text))


def _key_values(text: str) -> Iterator[Value]:
    """JSON, YAML, INI and .env pairs: "full_name": "Joshua Strickland", telefono = 988602875;
    a log line's space-separated pairs: seller_ip=208.104.83.140 reviewer=Abigail, and those of a
    line it quotes; a URL query's person: "GET /confirm?email=...&name=Nicola"."""
    for pattern in (_KEY_VALUE, _LOGFMT) if "=" in text else (_KEY_VALUE,):
        for m in _logfmt_matches(text) if pattern is _LOGFMT else pattern.finditer(text):
            kind = _kind(m.group("key"))
            if kind is None and m.group("key").strip().strip("\"'`").lower() in _FILE_KEYS and _file_of_care(
                    text, m.start("value"), m.end("value"), skip=(m.start("value"), m.end("value"))):
                kind = "medical_record"
            if kind == "medical_record" and _weak_record_key(m.group("key")) and not _file_of_care(
                    text, m.start("value"), m.end("value")):
                continue
            if kind is None and _patient_id_in_patient_record(text, m.group("key"), m.start("value"), m.end("value")):
                kind = "medical_record"
            if kind is None and _machine_key(text, m.start("key"), m.group("key")) and donor_column(
                    m.group("key"), text, lambda: _birth_date_key(text)):
                kind = "medical_record"  # a donor registry's id: {"donor_id": "53639657", ..., "hla_typed": true}
            if kind is None and _document_in_person_record(text, m.group("key"), m.start("value"), m.end("value")):
                kind = "passport"
            if kind == "medical_record" and r86s_kinship_case(text, m.group("key"), m.start("value")):
                continue  # round 86: "Vaterschaftstest\nFallnummer: 4471209556": the test's case, no patient's
            if kind == "passport" and r86s_building_pass(text, m.group("key"), m.start("value")):
                continue  # round 86: "Lost keycard report\nName: ...\nPass no: 5379661816": the card's number
            if kind is None and pattern is _LOGFMT and m.group("key").lower() in _LOG_PERSON_KEYS:
                kind = "person"
            if kind is None:
                continue
            end = m.end("value")
            if pattern is _LOGFMT and not m.group("value").startswith('"'):
                end = _logfmt_groups(text, m.start("value"), end, kind)
            s, e = _strip(text, m.start("value"), end)
            if e > s:
                yield (s, e, text[s:e], kind)
    if "?" in text and "=" in text:
        for m in _QUERY_PAIR.finditer(text):
            kind = _kind(m.group("key"))
            if kind in ("person", "name"):
                yield (m.start("value"), m.end("value"), m.group("value"), kind)


@lru_cache(maxsize=16)
def labelled_values(text: str) -> tuple[Value, ...]:
    """Every value that a column or key names, from all four forms (a value may come twice).
    Cached for the last few texts: five detectors ask for the same text in one scan."""
    found: list[Value] = []
    if "\n" in text:
        found.extend(_delimited(text))
    if "nsert" in text or "NSERT" in text:
        found.extend(_sql(text))
        if "$" in text:
            found.extend(_bound_parameters(text))
    if "'" in text and "=" in text:
        found.extend(_sql_comparisons(text))
    if ":" in text or "=" in text:
        found.extend(_key_values(text))
    if "</" in text:
        found.extend(_xml(text))
    return tuple(found)


_XML_ELEMENT = re.compile(r"<([A-Za-z][\w:-]{0,40})>([^<>\n]{1,80})</\1>")


def _xml(text: str) -> Iterator[Value]:
    """XML elements: <NHSNumber>172 526 5184</NHSNumber>, <BirthDate>17 July 1978</BirthDate>."""
    for m in _XML_ELEMENT.finditer(text):
        kind = _kind(m.group(1).rsplit(":", 1)[-1])
        if kind is not None:
            s, e = _strip(text, m.start(2), m.end(2))
            if e > s:
                yield (s, e, text[s:e], kind)


_PHONE_VALUE = re.compile(r"\+?[0-9(][0-9 ()./-]{5,22}[0-9]")
_MRN_VALUE = re.compile(r"[A-Z]{0,4}[-/ ]?[0-9][0-9 /-]{3,14}[0-9]")


def _column_finder(kind: str, accept: Callable[[str], bool]) -> Callable[[str], Iterator[tuple[int, int, str]]]:
    """A detector's finder: the values under `kind`'s columns and keys that `accept` takes."""

    def find(text: str) -> Iterator[tuple[int, int, str]]:
        for start, end, value, value_kind in labelled_values(text):
            if value_kind == kind and accept(value):
                yield (start, end, "labelled_column")

    return find


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


_PASSPORT_VALUE = re.compile(r"[A-Z0-9]{6,10}")

table_phones = _column_finder("phone", lambda v: _PHONE_VALUE.fullmatch(v) is not None and 7 <= _digits(v) <= 15)
"""Values under a phone column or key with 7-15 digits in a phone's characters."""
table_medical_records = _column_finder("medical_record", lambda v: _MRN_VALUE.fullmatch(v) is not None and _digits(v) >= 5
                                       and DATE.fullmatch(v) is None)
"""Values under a medical record column or key: digits, with a short prefix ("MRN-4427241"); a date
under it ("Session 6 of 8, 2030-11-01" below a "Hosp no." header's column) is the visit's, no record."""
_passport_columns = _column_finder("passport", lambda v: _PASSPORT_VALUE.fullmatch(v) is not None and _digits(v) >= 5)


# Round 66: a list of passports without a header, under a title that names it ("Klassenfahrt London – Passliste"
# over "Blerina Schürch;26.09.2009;610973278", "Passport list – choir tour" over "Tom Hale, 12/03/2011, 502233105",
# "Liste des passeports", "Lista de pasaportes", "Paspoortlijst"): each row a name, a date and a passport's
# number, in any order; the date beside the name is the traveller's birth date. Two rows or more, each of exactly
# those three cells; a list of passports' numbers without a name and a date, or a title that names no passport,
# reads nothing.
_LIST_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:[ ][\w'’.-]+){1,3}")


# Round 79: ... and a crew's or a team's list whose rows give each traveller's name, a colon, the passport's number,
# then the birth date after its word ("Regatta Amsterdam - Reisepässe für die Mannschaft" over "Anna Roth: K83972514,
# geb. 19. März 1942", "Régate internationale - passeports" over "Léa Roy : U16025973 (né le 13 septembre 1953)",
# "Regata internacional - datos de pasaporte" over "Ana Gil: R75048480, nac. 20-09-2006", "Internationale regatta -
# paspoortgegevens" over "Jan Mol: 286081064, geb. 05.04.1954", "Crew passport details" over "Tom Hale: 502233105,
# born 12/03/2001"): the title names the passports ("paspoortgegevens", "datos de pasaporte", "passport numbers" too),
# two rows or more of exactly that shape, every row read; a card's or a pass's list ("Ausweisnummern", "season
# tickets") names no passport, and a row without the birth's word is no such row
_PASSPORT_ROLL_TITLE = gated(re.compile(
    r"(?i)(?<!\w)(?:passport[ ](?:numbers|data|details|nos\.?)|reisepässe|reisepassnummern|passdaten|passeports|"
    r"numéros[ ]de[ ]passeport|datos[ ]de[ ](?:los[ ])?pasaportes?|pasaportes|números[ ]de[ ]pasaporte|"
    r"paspoortgegevens|paspoortnummers|paspoorten)(?!\w)"))
_PASSPORT_ROLL_ROW = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?P<name>[^:\n]{3,60}?)[ \t]*:[ \t]*(?P<number>[A-Z0-9]{6,10})[ \t]*(?:,[ \t]*|\([ \t]*)"
    r"(?i:geb\.|geboren(?:[ ]am|[ ]op)?|born(?:[ ]on)?|b\.|dob:?|d\.o\.b\.:?|née?(?:\(e\))?[ ]le|né\(e\)[ ]le|"
    r"nac\.|nacid[oa][ ]el|nacid[oa]|°)[ \t]*(?P<date>[^()\n]{6,30}?)[ \t]*\)?[ \t]*[.;]?[ \t]*")


def _passport_roll_row(text: str, pos: int, row: str) -> list[tuple[int, int, str, str]] | None:
    """A crew list's row (see _PASSPORT_ROLL_TITLE): the name's, the passport's and the birth date's cells."""
    m = _PASSPORT_ROLL_ROW.fullmatch(row)
    if m is None or _LIST_NAME.fullmatch(m.group("name")) is None or DATE.fullmatch(m.group("date")) is None \
            or _digits(m.group("number")) < 5:
        return None
    return [(pos + m.start(g), pos + m.end(g), m.group(g), kind)
            for g, kind in (("name", "name"), ("number", "passport"), ("date", "date_of_birth"))]


@lru_cache(maxsize=16)
def _passport_list(text: str) -> tuple[tuple[int, int, str, str], ...]:
    found: list[tuple[int, int, str, str]] = []
    records = _records(text)
    for h, (_, title) in enumerate(records):
        if _PASSPORT_ROLL_TITLE.search(title):
            roll = [_passport_roll_row(text, pos, row) for pos, row in records[h + 1 : h + 60]]
            count = next((i for i, cells in enumerate(roll) if cells is None), len(roll))
            if count >= 2:
                found.extend(c for cells in roll[:count] if cells is not None for c in cells if c[3] != "name")
                continue
        if not _PASSPORT_LIST_TITLE.search(title):
            continue
        rows: list[list[tuple[int, int, str, str]]] = []
        for pos, row in records[h + 1 :]:
            delimiter = next((d for d in _ONE_CHARACTER_DELIMITERS if len(row.split(d)) == 3), None)
            if delimiter is None:
                break
            cells: list[tuple[int, int, str, str]] = []
            at = pos
            for cell in row.split(delimiter):
                s, e = _strip(text, at, at + len(cell))
                at += len(cell) + 1
                value = text[s:e]
                kind = ("date_of_birth" if DATE.fullmatch(value) else "passport" if _PASSPORT_VALUE.fullmatch(value)
                        and _digits(value) >= 5 else "name" if _LIST_NAME.fullmatch(value) else "")
                cells.append((s, e, value, kind))
            if sorted(c[3] for c in cells) != ["date_of_birth", "name", "passport"]:
                break
            rows.append(cells)
        if len(rows) >= 2:
            found.extend(c for cells in rows for c in cells if c[3] != "name")
    return tuple(found)


def table_passports(text: str) -> Iterator[tuple[int, int, str]]:
    """Values under a passport column or key: 6-10 letters and digits, five or more digits; and the
    numbers of a headerless passport list under its title."""
    yield from _passport_columns(text)
    for s, e, _, kind in _passport_list(text):
        if kind == "passport":
            yield (s, e, "passport_list")
_FULL_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
_dob_columns = _column_finder("date_of_birth", lambda v: DATE.fullmatch(v) is not None)
_birthday_columns = _column_finder("birthday", lambda v: DATE.fullmatch(v) is not None and _FULL_YEAR.search(v) is not None)


# Round 72: a fixed-width print-out (columns two blanks apart) whose header's last column is a date of birth's,
# each row under it ending in a date after a wide gap: a team sheet's or a class list's birth dates ("#  Player
# DOB\n3  Amy Cole    2012-03-04\n11 Tom Hale    July 1, 2010", "Nr  Spieler  Geburtsdatum\n4  Jonas Roth
# 12.05.2013", "N°  Joueur  Né le\n4  Léa Roy    2 octobre 2014", "Dorsal  Jugador  Fecha de nacimiento",
# "Nr  Speler  Geboortedatum"); a row's number may stand one blank from its name ("11 Tom Hale"), so only the
# last cell is read; the rows run on from the header up to the first line that does not end in a date
_WIDE_GAP = re.compile(r"[ \t]{2,}")
_LAST_WIDE_CELL = re.compile(r"(?<=\S)[ \t]{2,}(?P<value>(?:\S|[ ](?=\S))+)[ \t]*$")


def _fixed_width_birth_dates(text: str) -> Iterator[tuple[int, int, str]]:
    lines = text.split("\n")
    position = 0
    header = False
    for line in lines:
        heads = _WIDE_GAP.split(line.strip())
        last = _LAST_WIDE_CELL.search(line)
        if header and last is not None and DATE.fullmatch(last.group("value")) is not None:
            yield (position + last.start("value"), position + last.end("value"), "fixed_width_column")
        else:
            header = len(heads) >= 2 and "|" not in line and ";" not in line and _kind(heads[-1]) == "date_of_birth"
        position += len(line) + 1


def table_dates_of_birth(text: str) -> Iterator[tuple[int, int, str]]:
    """Dates under a date-of-birth column or key; and under a birthday column of the other
    languages ("verjaardag", "anniversaire", "cumpleaños"), where a birthday may be a day and a
    month or an anniversary's date, full dates with a four-digit year."""
    yield from _dob_columns(text)
    yield from _birthday_columns(text)
    if "  " in text:
        yield from _fixed_width_birth_dates(text)
    for s, e, _, kind in _passport_list(text):
        if kind == "date_of_birth":
            yield (s, e, "passport_list")
