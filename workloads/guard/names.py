"""The `person` detector: names of people in English, German, French, Spanish and Dutch text,
from a name gazetteer (workloads/guard/gazetteer.py) and the contexts people's names stand in.

A run of capitalised words (with the particles of the five languages: van der, de la, von, del,
...) is a person when
  - it follows a title (Mr, Ms, Dr, Herr, Frau, M., Mme, Sr., Sra., Dhr., Mevr., ...): the
    surname, with any first names before it;
  - it follows a greeting ("Hi", "Dear", "Hallo", "Bonjour", "Hola", "Hoi", ...) or a sign-off
    ("Thanks,", "Viele Grüße", "Cordialement,", "Saludos,", "Groetjes,", ...) and starts with a
    known first name;
  - anywhere else, it is a known first name followed by a known surname (or more names), and
    the words around it do not make it an organisation, a street or a place ("Morgan Stanley
    Bank", "Victoria Street", "Florence office" has no surname, "Robin Samson S.A.S.").
A lone first name is reported only with a cue around it: a greeting, a sign-off, a title, or one
of the cues of person_cues.py (a chat label, a signature line, a mention, a list item, prose that
makes it a subject or an object); "Paris", "Florence", "Mercedes" and "Will" are words, cities and
brands far more often than they are people. Values under a person column or key (tables.py) are
judged as names on their own.

Language-independent: every language's titles, greetings and particles apply to every text
(a German e-mail quotes an English signature); a language hint only narrows the context words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from workloads.guard.addresses import POINTS_UNIT, STREET_LINE
from workloads.guard.cast_lists import cast_actor, cast_role
from workloads.guard.contextual import LOTTERY_WORDS, MONTH, SIRE_OR_DAM_WORDS
from workloads.guard.context_words import (ATTENDANCE_LABELS, GREETINGS, INTRODUCTIONS, NAME_LABELS, SHIFT_ENDS, SIGN_OFFS,
                                         SPOKEN_INTRODUCTIONS, TITLES)
from workloads.guard.doer_cues import _REPORTER_END, _RIDING_TEXT, _ROLE_NOUN_BEFORE, _THANKS_TO_AFTER, _THANKS_TO_BEFORE, doer_cue
from workloads.guard.doer_cues import _SIGNED_AFTER_SENTENCE_BEFORE, _SIGNED_NAME_ENDS  # round 74
from workloads.guard.doer_cues import word_name_cue  # round 76
from workloads.guard.doer_cues import round77_name_cue, voice_part_ticked  # round 77
from workloads.guard.doer_cues import PARCEL_CARRIERS, round78_word_name_cue  # round 78
from workloads.guard.gazetteer import Gazetteer
from workloads.guard.round79_people_b import round79b_not_person, round79b_people  # round 79 (a helper's module)
from workloads.guard.round80_people import round80_not_person, round80_people  # round 80 (a helper's module)
from workloads.guard.round81_people import round81_not_person, round81_people  # round 81 (a helper's module)
from workloads.guard.round82_people import round82_not_person, round82_people  # round 82 (a helper's module)
from workloads.guard.round83_people import round83_not_person, round83_people  # round 83 (a helper's module)
from workloads.guard.round84_people import round84_not_person, round84_people  # round 84 (a helper's module)
from workloads.guard.round85_people import round85_not_person, round85_people  # round 85 (a helper's module)
from workloads.guard.round86_people import round86_not_person, round86_people  # round 86 (a helper's module)
from workloads.guard.round87_people import round87_not_person, round87_people  # round 87 (a helper's module)
from workloads.guard.round87_people_b import round87b_not_person, round87b_people  # round 87 (helper B's module)
from workloads.guard.person_cues import (NAME_WITH_PARTICLES, NON_PERSON_SPEAKERS, NOT_LONE_NAMES_FILE, PERSON_DETAILS, at_sentence_start, bare_turns, belonging, bracketed_speaker, contact_after,
                                        vault_user, function_words, mention, messenger_speaker, chat_log_speakers, name_key, not_lone_names,
                                        place_names, prose_subject, public_figure_heads, public_figures, signature_line, speaker_label)
from workloads.guard.slots import DAY_PARTS, WEEKDAYS, slot_groups
from workloads.guard.tables import labelled_values, thing_column, unnamed_columns
from workloads.guard.text_facts import text_mentions
from workloads.guard.word_tries import trie_alternation
from workloads.guard.literals import gated  # throughput: whole-text searches skip texts without their words

Span = tuple[int, int, str]

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
# A capitalised word: "Anne", "O'Brien", "McDonald", "Jean-Luc", "Müller-Lüdenscheidt"; not ALLCAPS.
_WORD = rf"[{_UPPER}](?:[{_LOWER}]+(?:['’][{_UPPER}{_LOWER}][{_LOWER}]+|[{_UPPER}][{_LOWER}]+)?|['’][{_UPPER}][{_LOWER}]+)"
_NAME_WORD = rf"{_WORD}(?:-{_WORD})*"
_PARTICLE = r"(?:van der|van den|van de|van 't|van|von der|von dem|von|zu|de la|de las|de los|del|de|du|des|di|da|dos|das|le|la|ter|ten|den|der|y|i|bin|ibn|al|el|mac|st\.)"
_INITIAL = rf"[{_UPPER}]\."

# A chain of name words; particles only between words, initials only before the last word.
_CHAIN_AT = re.compile(
    rf"(?P<chain>{_NAME_WORD}(?:[ ](?:(?:{_PARTICLE})[ ])?(?:{_INITIAL}[ ])?{_NAME_WORD}){{0,4}})(?![\w]|['’](?=\w)(?!s\b))",
)
_WORD_RE = re.compile(_NAME_WORD)
_DISPLAY_ADDRESS = re.compile(r"[ ]?<([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+>")
_HEADER_FIELD = re.compile(r"(?:^|\n)[ \t>]*(?:from|to|cc|bcc|reply-to|sender|von|an|absender|de|à|a|para|van|aan|afzender)[ \t]?:[ \t]*$", re.IGNORECASE)
"""A mail header field ("From:", "Von:", "De :", "Para:", "Van:") right before a display name."""
ROLE_MAILBOXES = frozenset("""
info billing support noreply no-reply donotreply do-not-reply hello contact sales admin office team help helpdesk service
news newsletter notifications notification mailer-daemon postmaster jobs hr careers accounts invoices orders bookings
security privacy legal press marketing kontakt rechnung buchhaltung facturation factures contacto facturacion ventas
klantenservice facturen
""".split())
"""Local parts of role mailboxes: the display name before one names a function, not a person."""
_CELL_NAME = re.compile(rf"{_NAME_WORD}(?:[ ](?:(?:{_PARTICLE})[ ])?(?:{_INITIAL}[ ])?{_NAME_WORD}){{0,3}}")
"""A table cell that reads as a name: capitalised name words, particles and initials between them."""
_CASED_TITLES = frozenset("ms m me mr dr pr mx sr st".split())
"""Titles that are also units or abbreviations in lower case: they count only capitalised."""
_PARTICLES = frozenset(
    "van der|van den|van de|van|von der|von dem|von|zu|de la|de las|de los|del|de|du|des|di|da|dos|das|le|la|ter|ten|den|der".split("|")
)
_TRAILING_PARTICLE = re.compile(rf"(?<=[ ])(?:van der|van den|van de|van|von der|von|de la|del|de|du|di|da|le|la|ten|ter)[ ]$")

_ATTENDANCE_LABEL = (
    r"(?:" + "|".join(sorted({w for v in ATTENDANCE_LABELS.values() for w in v.split("|")}, key=len, reverse=True))
    + r")(?:\((?:e|s|es|in|innen)\)|s)*[ \t]*:")
_ATTENDANCE = re.compile(r"[ \t>*-]*" + _ATTENDANCE_LABEL, re.IGNORECASE)
_ATTENDANCE_IN_LINE = re.compile(r"[.!?][\"”»']?[ ]+" + _ATTENDANCE_LABEL, re.IGNORECASE)
"""The same labels after a sentence on their line: "... moved to stage 3. Interviewers: Richard, Alexandra"."""
_ABSENCE = re.compile(
    r"(?:(?m:^)|[.!?][\"”»']?[ ]+)[ \t>*-]*(?i:apologies|absent|excused|abwesend|entschuldigt|absents?|excusé(?:e)?s?|ausentes|"
    r"excusados|excusan(?: su (?:asistencia|ausencia))?|excusa su (?:asistencia|ausencia)|disculpa su (?:asistencia|ausencia)|afwezig(?: met (?:kennisgeving|bericht))?|"
    r"afwezig m\.k\.|afw\. m\.k\.|afgemeld|met bericht afwezig)(?:\((?:e|s|es|in|innen)\))*[ \t]*:")
"""The labels of those who sent apologies: nobody excuses a city, so a name there that is also a
place ("Afgemeld: Helena") is a person."""
_LIST_JOIN = re.compile(r"(?::|,|;|[ ](?:and|und|et|y|en|e|&))[ \t]*$")
_ANIMAL_AFTER = re.compile(
    r"[ ]*\((?:[^)\n]{0,30}[ ,(])?(?:dog|cat|puppy|kitten|labrador|terrier|spaniel|retriever|hund|katze|kater|rüde|hündin|"
    r"chien|chienne|chat|chatte|chaton|perro|perra|gato|gata|mestizo|mestiza|hond|kat|kater|poes|pony|horse|pferd|cheval|"
    r"caballo|paard|rabbit|kaninchen|lapin|conejo|konijn)\b", re.IGNORECASE)
"""A pet's species or breed in brackets after its name, in a vet's note."""
_COUPLE_AFTER = re.compile(
    r"(?:[ \t]*\n?[ \t]*&[ \t]*\n?[ \t]*|(?:[ \t]*\n[ \t]*|[ \t]+)(?:and|und|et|y|en|e)(?:[ \t]*\n[ \t]*|[ \t]+)|[ ]?/[ ]?|[ ][-–][ ])"
    r"([A-ZÀ-Þ][a-zß-ÿ]+)(?![\w'’-])")
_DASH_JOIN = re.compile(r"[ ][-–][ ]")
_HYPHENATED_FIRST_AND_BEFORE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]+-[A-ZÀ-Þ][a-zß-ÿ]+)[ \t]+(?:and|und|et|y|en|e|&)[ \t]+$")
"""A hyphenated first name and "and" before a second first name: "Hoi Jean-Pierre en Koen!"."""
_COUPLE_BEFORE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]+)(?:[ \t]*\n?[ \t]*&[ \t]*\n?[ \t]*|(?:[ \t]*\n[ \t]*|[ \t]+)(?:and|und|et|y|en|e)(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"|[ ]?/[ ]?|[ ][-–][ ])$")
"""Two first names joined as a pair: "André & Marc", "Corinne et Olivier", and a game's or a rota's
pair with a slash or a dash ("NS Makayla/Scott", "2. Maria - Jean 57,3%", "Edda / Edeltraut"). A
conjunction is a word of its own: the "e" that ends "Vallée" before a line break joins nothing."""
_ARROW_AFTER = re.compile(r"[ \t]*(?:→|->|=>|⇒)[ \t]*([A-ZÀ-Þ][a-zß-ÿ]+)(?![\w'’-])")
_ARROW_BEFORE = re.compile(r"(?:^|(?<=[\s]))([A-ZÀ-Þ][a-zß-ÿ]+)[ \t]*(?:→|->|=>|⇒)[ \t]*$")
_ORG_TAIL = re.compile(r"[ ]*(?:['’]s\b|[A-Z][\w.]*[ ]*(?:ltd|llc|inc|gmbh|sa|sl|bv|nv)\b|(?:ltd|llc|inc|gmbh|ag|sa|sas|sl|bv|nv|co)\b)", re.IGNORECASE)
LEGAL_FORMS = frozenset("""
gmbh ag kg ohg ug sa sas sarl sàrl sl sll slu srl spa bv nv vof cv ltd llc llp inc plc corp co scoop sau scom
slne commv bvba cvba gcv og eg ek ev gbr mbh partg sasu eurl snc sca sce ab oy aps gesbr gesmbh kgaa vzw asbl cie cía
scp selarl sprl srl
""".split())
"""Company and association forms of the five languages' countries, written without their dots
("S.A.", "e.V.", "GesbR", "B.V."): after two names they make a firm of them. Capitalised or
dotted only; not "se", "ab", "sal" (Spanish "Ana y Pablo se casan", German "Anna und Tom ab Montag")."""
_SEASON_EVENT = re.compile(r"(?i:summer|winter|spring|autumn|fall|easter|christmas|harvest)[ ]"
                           r"(?i:camp|camps|fair|fete|fête|ball|party|school|term|league|cup|tour|concert|show|sale|festival)")
"""A season's event, where the season's word is also a first name ("Summer", "Autumn"): "Summer Camp consent form",
"Autumn Fair", "Winter Ball" (round 61)."""
_ACRONYM_FORMS = frozenset("sas sasu scp snc sca sce eurl sprl".split())
"""Company forms that are acronyms of three letters or more, written in capitals ("SAS", "SCP"), never in title case
as a form: "Sas" after a first name is a surname (round 60). Not "Sàrl", "Gmbh", "Ltd" (written so as forms)."""
_NEXT_TOKEN = re.compile(r"[ ]*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.&]*)")


ANSWER_WORDS = frozenset("""
yes yeah yep no nope ok okay sure ja jawohl jep nein klar genau gern gerne doch oui non si sí vale claro bueno
nee neen jawel natuurlijk zeker prima oké
""".split())
"""Yes, no and their kin in the five languages: after a chat role's label and before a comma or a
full stop they answer, they name nobody ("Mitarbeiter: Ja, EAN ...", "Agent: Oui, c'est fait")."""
_SENTENCE_ON = re.compile(r"[ ]+[a-zß-ÿ]")
_ANSWER_END = re.compile(r"[ ]?[,.!]")


_PARTNER_BEFORE = re.compile(r"(?<![\w])([\w'’-]+)[ ]?(?:&|and|und|et|y|en)[ ]?$")
"""The first partner's name and "&" before a run: "Marks & ", "Procter & "."""
_FULL_NAME_AND_BEFORE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ'’-]+)[ ](?:(?:van der|van den|van de|van|von der|von|de la|de|der|den|ten|ter|du|del)[ ])?"
    r"([A-ZÀ-Þ][a-zß-ÿ'’-]+)[ ](?:and|und|et|y|en|e|&)[ ]$")
"""A full name, then "and": the first of two people named in a row ("Kevin Washington and Stephanie");
a second name that is also a place or a word ("Paris", "April": not_lone_names) is not taken on this cue."""
_PAIR_END = re.compile(r"(?:[ ]*[,.;:!?)\n]|[ ]*$|[ ]+[a-zß-ÿ])")
"""What follows the second of the pair: punctuation, the line's end or a lower-case word, not a third
capitalised word (a firm's "Smith Jones and Carter Solicitors")."""
_SECOND_PERSON = re.compile(
    r"\b(?:(?i:you|your|yours|du|dich|dir|dein|deine|deinen|deinem|deiner|tu|te|toi|ton|ta|tes|vous|votre|vos|tú|ti|"
    r"tus|su|sus|usted|ustedes|je|jij|jou|jouw|u|uw)|Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
"""Second-person words of the five languages, Spanish "su" with them (a shop's or a pharmacy's
formal "your"): a sentence that holds one speaks to the name at its end."""
_REQUESTS = (r"please|bitte|por favor|s'il te plaît|s'il vous plaît|graag|alsjeblieft|can you|could you|would you|"
             r"kannst du|könntest du|könnten sie|würdest du|peux-tu|pourrais-tu|pouvez-vous|merci de|puedes|podrías|"
             r"kun je|zou je|kunt u|wil je|wilt u")
_ADDRESSED_AFTER = re.compile(
    rf",[ ]+(?i:tu|ton|ta|tes|your|dein|deine|votre|vos|jouw|uw|su|sus|usted)[ ]|,[ ]+(?i:{_REQUESTS})\b")
"""A comma and a second-person word or a request after a name that opens its message: "Calixta,
tu envío", "Reinout, kunt u ...". Not "je" and "vous" (French "I" and the object "you": "Oui, je
fais ...", "Merci, vous ...")."""
_REQUEST_AFTER = re.compile(rf",[ ]+(?i:{_REQUESTS})\b")
"""A request after a name that opens its sentence: "Mark, please amend ..."."""
_SENTENCE_START = re.compile(r"[.!?][ ]+$")
_NAME_PHRASE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?i:name|nom|nombre|naam)[ ](?i:of|on|des|der|du|de|del|van|auf|sur|en|op)\b[^:\n]{1,30}[ ]?:$")
"""A label that says whose name stands after it: "Nom du débiteur :", "Name des Kontoinhabers:"."""
_NAME_WORD_LABEL = gated(re.compile(
    r"(?:^|\n)[^:\n]{0,40}\b(?i:forenames?|first names?|given names?|surnames?|vornamen?|nachname|prénoms?|"
    r"nom de famille|voornamen?|achternaam|apellidos?)(?:\([a-z]+\))?\b[^:\n]{0,30}:$"))
"""A label that holds a name word with other words: "Baby's forename(s) as chosen:", "Surname at birth:"."""
# Round 74: a field whose label names a brother or sister, alone or on a school photo order ("Sibling:",
# "Sibling photo with:", "Geschwisterfoto mit:", "Photo avec frère/sœur :", "Foto con hermano/a:", "Broer/zus foto met:").
_SIBLING = (r"siblings?|brothers?|sisters?|brother/sister|brother[ ]or[ ]sister|geschwister|geschwisterkind|bruder|"
            r"schwester|frères?|sœurs?|soeurs?|frère/sœur|frère[ ]ou[ ]sœur|hermanos?|hermanas?|hermano/a|broers?|zus|"
            r"zussen|broertje|zusje|broer/zus|broer[ ]of[ ]zus")
_SIBLING_FIELD_LABEL = re.compile(
    rf"(?:^|\n)[ \t-]*(?:[^:\n]{{0,30}}[ ])?(?i:(?:{_SIBLING})(?:foto|photo)?(?:[ ](?:foto|photo|fotos|photos))?"
    rf"(?:[ ](?:with|mit|met|con|avec))?|(?:foto|photo|fotos|photos)[ ](?:with|mit|met|con|avec)[ ](?:{_SIBLING}))[ ]?:$")
"""A label naming a sibling: what follows is that child's name."""
_BARE_NAME_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?i:name|first name|full name|nom|prénom|nombre|nombre completo|naam|voornaam|vorname|rufname)[ ]?:[ \t]*$")


def _explicit_name_label(text: str, start: int) -> bool:
    """The label before `start` is a name's own ("Prénom donné par l'appelant :", "Nombre facilitado:",
    "First name:"): what follows is a name even where the lists know the word as a place or a word."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].rstrip(" \t")
    return bool(_BARE_NAME_LABEL.search(head) or _NAME_PHRASE_LABEL.search(head) or _NAME_WORD_LABEL.search(head)
                or _NAME_PARTICIPLE_LABEL.fullmatch(head))


_NAME_PARTICIPLE_LABEL = re.compile(
    r"[ \t]*(?i:name|nom|prénom|nombre|naam|voornaam|vorname)[ ](?i:given|provided|stated|donné|indiqué|facilitado|"
    r"indicado|dado|angegeben|genannt|opgegeven|doorgegeven)\b[^:\n]{0,30}:")
"""A name's label with a participle: "Name given:", "Nombre facilitado:", "Vorname angegeben:"."""
_EMPLOYER_LABEL = re.compile(
    r"(?:^|\n)[ \t-]*(?i:employer|arbeitgeber|arbeitgeberin|employeur|employeuse|empleador|empleadora|werkgever)[ \t]*:[ \t]*$")
"""An employer's label at a line's start: a firm, or, on a household's forms, a private person."""
_THING_NAME_LABEL = re.compile(
    r"(?i:\b(?:company|firm|business|product|file|server|host|project|app|firma|unternehmen|produkt|datei|projekt|"
    r"entreprise|société|produit|fichier|projet|empresa|producto|archivo|proyecto|bedrijf|product|bestand|project|"
    r"street|straße|rue|calle|straat|city|ville|stadt|ciudad|stad|bank|banque|banco|hotel|school|schule|école|escuela|"
    r"team|équipe|equipo|mannschaft|ploeg|club|verein|band|groupe|grupo|groep|"
    # round 62: a pet's name ("Tiername:", "Pet name:", "Nom de l'animal :", "Nombre de la mascota:", "Naam huisdier:")
    r"tiername|haustiername|tieres|pet[ ]name|pet's[ ]name|animal|l'animal|mascota|huisdier|dierennaam)\b)")
"""Labels that name a thing's name: "Name of the company:", "Nom du fichier :", "Team name:", "Nombre del
equipo:"; whole words only (not the "app" of "l'appelant")."""
_TURN_START = re.compile(r"(?:^|\n)[ \t>]*(?:[\w .()\[\]-]{1,30}:[ \t]*)?$")
"""The start of a text, a line or a chat turn after its speaker's label."""
_TURN_OPENERS = frozenset("""
perfect perfecto perfecta perfekt parfait great genial génial super prima top sure claro vale bueno listo hecho
okay ok oké thanks gracias merci danke bedankt dank alright right fine bien klar gut entendido d'accord
""".split())
"""Words that open an answer in a chat before its addressee: "Perfecto, Candelaria, ..."."""
_CLAUSE_GOES_ON = re.compile(r"[ ]?(?:[,.!?:]|$)")
_REPORTED_BY = re.compile(
    r"(?i:\b(?:reported|raised|opened|logged|filed|submitted|flagged|found|spotted|noticed|requested|approved|assigned to|"
    r"gemeld|gemeldet|aangemeld|gevonden|aangemaakt|ingediend|goedgekeurd|gemeldet|erstellt|eröffnet|gefunden|"
    r"beantragt|genehmigt|signalé|signalée|ouvert|ouverte|créé|créée|trouvé|demandé|approuvé|reportado|reportada|"
    r"abierto|abierta|creado|creada|detectado|detectada|solicitado|aprobado|avisado|avisada|handled|taken|acked|paged|"
    r"prise en charge|pris en charge|übernommen|asumido|asumida|opgepakt|checked|verified|geprüft|kontrolliert|"
    r"gecontroleerd|vérifié|vérifiée|contrôlé|contrôlée|verificado|verificada|comprobado|comprobada)[ ](?:by|door|von|par|por))[ ]$")
"""Who reported, opened or approved something: a ticket's, a log's or a form's person."""
_AGENT_BEFORE = re.compile(
    r"\b(?i:[a-zà-ÿ]{2,}(?:ed|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)|[a-zäöüß]{0,5}ge[a-zäöüß]{3,}[dtn]|"
    # a Dutch participle of a verb with an unstressed prefix takes no ge-: "herstart door", "verwijderd door",
    # "bevestigd door", "ontdekt door"
    r"(?:her|ver|be|ont)[a-zë]{3,}[dt]|"
    r"(?:brought|taken|pulled|rescued|helped|signed|seen|done|given|written|sorti|sortie|sacado|sacada|gehaald|"
    # round 54: irregular English participles ("Boiler service paid personally by Douglas")
    r"paid|made|bought|sold|held|kept|sent|lent|built|caught|told|won|drawn|driven)"
    r"(?:[ ](?:in|out|off|up|uit))?)"
    r"(?:[ ]?:)?(?:[ ](?:[^\n.!?:;]|\.(?=\w)){0,48}?)?[ ](?i:by|door|par|por|durch|bij)(?:[ ]?:)?[ ]"
    r"(?:(?:the|our|their|la|el|le|l['’]|los|las|les|de|het|onze|notre|nuestr[oa])[ ]?)?"
    r"(?:[a-zà-ÿ][\w'’-]*[ ,]{1,2}){0,3}?(?:[A-ZÀ-Þ][a-zß-ÿ]{2,}[ ]\()?$"
    r"|\b(?i:von)[ ](?:[A-ZÄÖÜ][a-zäöüß]{3,}(?:erin|er|wartin|wart|aufsicht|leitung|wache|meisterin|meister)[ ])?$")
"""Who did something, after a past participle and "by" ("brought in by lifeguard Roy", "Eingewiesen durch: Wolfhard
am ...", "Toprope-cursus afgerond bij: Saar", "Enregistré le
9 juillet par Bernard", "Aprobado por la tesorera, Adora,", "uit het water gehaald door Jorn", "reset by
Ana on ..."), perhaps with their role between, or their ward's or department's name before them in brackets
("Angefordert durch: Pflege (Lara-Sophie)"); German "von" with the participle after the name, which
_AGENT_END asks for ("von Finn geborgen", "von Kassenwartin Jurij freigegeben")."""
_ABSENT_AFTER = re.compile(
    r"[ ](?i:can['’]?t[ ]make[ ]it|cannot[ ]make[ ]it|can[ ]not[ ]make[ ]it|is[ ]off[ ]sick|is[ ]ill|called[ ]in[ ]sick|"
    r"fällt[ ](?:heute?[ ](?:abend[ ])?|morgen[ ])?aus|kann[ ](?:heute?[ ](?:abend[ ])?)?nicht[ ](?:kommen|spielen)|ist[ ]krank|"
    r"ne[ ]peut[ ]pas[ ]venir|est[ ]malade|sera[ ]absente?|"
    r"no[ ]puede[ ](?:venir|ir|jugar)|está[ ](?:malo|mala|enfermo|enferma)|"
    r"kan[ ](?:vanavond[ ]|vandaag[ ]|morgen[ ])?niet(?:[ ]komen|[ ]spelen)?(?=[ ]?[(.,;!?\n]|$)|is[ ]ziek)")
"""Who cannot come, said of a name: "Paula O'Neill can't make it tonight", "Mahmoud Bauer fällt heut abend aus",
"Emigdio Vergara no puede venir hoy", "Luuk de Koning kan vanavond niet": only a person is off sick or stays away."""
_TRACKING_AFTER = re.compile(
    r",?[ ](?i:n°[ ]de[ ]suivi|numéro[ ]de[ ]suivi|suivi|tracking(?:[ ]no\.?|[ ]number|[ ]id)?|sendungsnummer|sendungsverfolgung|"
    r"número[ ]de[ ]seguimiento|seguimiento|track[ ]&[ ]trace|volgnummer|trackingcode)\b")
"""A tracking number right after who delivered: the agent is a carrier ("livrés par Robin, n° de suivi 1Z...")."""
_FUNERAL_OF = (
    r"(?i:(?:^|(?<=[^\w]))(?:funeral|burial|cremation|memorial[ ]service|beerdigung|bestattung|trauerfeier|beisetzung|einäscherung|"
    r"obsèques|funérailles|enterrement|inhumation|crémation|sepelio|funeral|entierro|incineración|uitvaart|begrafenis|"
    r"crematie|afscheidsdienst)[ ](?:of|for|von|für|de|du|van|voor)[ ](?:the[ ]late[ ]|wijlen[ ]|feu[ ]|feue[ ]|don[ ]|doña[ ])?)")
_FUNERAL_OF_BEFORE = re.compile(_FUNERAL_OF + "$")
_FUNERAL_HEAD = re.compile(_FUNERAL_OF)
"""Whose funeral it is, right before a name: "Sepelio de Sabas Ugarte", "Uitvaart van Faas Voortman", "funeral of the
late ...": only a person is buried."""
_SAINT_HYPHENED = re.compile(r"(?i:sint|saint|sainte|sankt|san|santa|st|ste)-[A-ZÀ-Þ]")
"""A saint's name joined to its title ("Sint-Jan", "Saint-Étienne", "Sankt-Peter"): a church, a parish or a town."""
_INSTITUTION_OF_BEFORE = re.compile(
    r"(?i:\b(?:université|universität|universidad|universiteit|university|hogeschool|hochschule|conservatoire|"
    r"conservatorio|conservatorium|hôpital|hospital|ziekenhuis|cathédrale|catedral|kathedrale|aéroport|aeropuerto|"
    r"flughafen|airport|luchthaven|gare|estación|bahnhof)[ ](?:de|of|von|van|d['’]|du|del)[ ]?)$")
"""An institution named by its city: "l'université de Montréal, qui demande ...", "the University of Florence, which"."""
_PET_APPOSITION_AFTER = re.compile(
    r",[ ](?i:a|an|our|un|una|une|ein|eine|een|onze|notre|unser|unsere|nuestra|nuestro)[ ][^,.\n]{0,30}?"
    r"\b(?i:dog|cat|puppy|kitten|labrador|labradoodle|terrier|spaniel|retriever|collie|poodle|beagle|dachshund|husky|"
    r"greyhound|lurcher|whippet|tabby|pony|horse|rabbit|hamster|hund|hündin|katze|kater|chien|chienne|chat|chatte|perro|"
    r"perra|gato|gata|hond|teef|kat|poes|cocker|pointer|setter|schäferhund|dackel|teckel|caniche|galgo|podenco|mastín|"
    r"kaninchen|lapin|conejo|konijn|cavia|meerschweinchen|cobaya)\b")
"""A name, then in apposition what animal it is: "Winston, a 9-year-old Labrador", "Bella, a 3-year-old spaniel
cross", "Moritz, ein zwölfjähriger Kater", "Noisette, une chatte tigrée": a pet."""
_SIGN_OFF_FROM_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?i:(?:with[ ])?love|lots[ ]of[ ]love|best[ ]wishes|warm[ ]wishes|warmest[ ]wishes|kind[ ]regards|"
    r"greetings|liebe[ ]grüße|viele[ ]grüße|herzliche[ ]grüße|schöne[ ]grüße|groetjes|hartelijke[ ]groeten|"
    r"lieve[ ]groeten|saludos|un[ ]abrazo|besos|bises|amitiés|bien[ ]amicalement)"
    r"[ ](?:from|von|vom|aus|de|d['’]|du|des|van|uit|del|desde)[ ][^\n]{2,60}?,?[ \t]*\n[ \t]*$")
"""A sign-off that says whom it is from, on its own line: "With love from all of us at the studio,", "Liebe Grüße vom
ganzen Team der Schneiderei,", "Groetjes van het hele atelier,": the first name alone on the next line signs it."""
_ALONE_ON_LINE = re.compile(r"[ \t]*(?:\n|$)")
_SIGN_IN_WITH_BEFORE = re.compile(
    r"(?i:\b(?:sign(?:ed|ing|s)?[ ](?:in|up)|log(?:ged|ging|s)?[ ]in|continue|anmelden|angemeldet|anmeldung|einloggen|"
    r"eingeloggt|registrier(?:t|en|ung)|se[ ]connecter|connecté|connectée|connexion|s['’]inscrire|inscrit|iniciar[ ]sesión|"
    r"inicio[ ]de[ ]sesión|sesión[ ]iniciada|registrarse|registrado|inloggen|ingelogd|aanmelden|aangemeld|registreren)"
    r"[ ](?:with|mit|über|avec|via|con|met))[ ]$")
"""Signing in with an identity provider: "when you signed in with Apple", "Anmeldung mit Google", "se connecter avec
Apple": the provider, not a person."""
_CHEZ_BEFORE = re.compile(r"\b(?:chez|bij|bei|from|con)[ ]$")
_ORDER_LINE_AFTER = re.compile(r"[ ]?:[ ]\d+[ ]?[a-zà-ÿ]|[ ]*\n\d+[ ]?x?[ ]?[A-Za-zÀ-ÿ]|,[ ](?:livraison|livrée?s?|à[ ]livrer|retrait|enlèvement|colis|"
                               r"zending|sendung|paket|lieferung|parcel|shipment|envío|paquete)\b")
_AND_COMPANY_AFTER = re.compile(r"[ ]?&[ ]?(?:Co|Cie|Cía|Söhne|Sons|Zonen|Zn|Fils|Hijos)\b")
"""Round 71: a firm's founder and "& Co." after: "bei Schenk & Co.", "chez Morel & Fils", "Vidal & Hijos"."""
_VEHICLE_SERVICED_AT = re.compile(
    r"(?i:\b(?:entretien|révision|vidange|réparation|wartung|inspektion|reparatur|onderhoud|reparatie|mantenimiento|"
    r"revisión|reparación|service|servicing|repair)[ ](?:(?:du|de[ ]la|des|de|del|der|van[ ]de|van[ ]het|of[ ]the|the)[ ])?"
    r"(?:véhicule|voiture|camionnette|fahrzeugs?|wagens?|autos?|busses|lieferwagens|busje|coche|furgoneta|vehículo|"
    r"van|car|vehicle|minibus)[ ](?:chez|bei|bij|en|at))[ ]$")
"""Round 70: a vehicle serviced "chez" a name: a garage named after its owner ("Entretien du véhicule chez Teixeira",
"Wartung des Fahrzeugs bei Huber", "onderhoud van de bus bij Jansen")."""
_ORDERED = re.compile(r"(?i:\b(?:commande|commandé|commandée|commandées|commandés|bon[ ]de[ ]commande|achat|besteld|"
                      r"bestellung|bestellt|ordered|pedido|pedidos|encargado|encargados)\b)")
"""An order placed "chez" a name, its quantities after the colon: the name is a supplier's ("chez Maurice : 28 vestes");
round 59: its parcel after a comma, in the other languages too ("35 aubes commandées chez Blanc, colis LX...", "38
gewaden besteld bij Kramp, zending 95...")."""
_ORDERED_AT_BEFORE = re.compile(
    r"(?i:\b(?:commandée?s?|commandé|besteld|bestellt|bestellte|ordered|pedid[oa]s?|encargad[oa]s?)[ ](?:chez|bij|bei|from|at|en))[ ]$")
_CLAUSE_END = re.compile(r"[ ]?(?:[.,;!)]|\n|$)")
"""Round 72: what was ordered "chez" a name, the name closing the clause: the supplier, named after its owner
("Mousse commandée chez Hervé.", "Schaumstoff bestellt bei Huber, Lieferung Freitag", "foam ordered from Hughes.")."""
_PARTICIPLE_VON_BEFORE = re.compile(r"\b(?i:[a-zäöüß]{3,}(?:t|en))(?:[ ]?:)?[ ](?i:von)(?:[ ]?:)?[ ]$")
"""A German participle, then "von" and who did it: "Übernommen von: Umut, 01:50", "erstellt von Ilse am ..."."""
_SPANISH_PERFECT_BEFORE = re.compile(
    r"(?:^|\n|\b(?i:lo|la|los|las|le|les|se|me|te|nos)[ ]ha[ ]|\b(?i:ha|han|he|hemos)[ ]|^(?=\w)|(?<=\n))"
    r"(?i:[a-záéíóúñ]{3,}(?:ado|ada|ido|ida))[ ]$")
"""A Spanish participle right before a name, after "ha" or opening a line: the name is who did it or who was
told ("Lo ha revisado Gregorio, ...", "avisado Bárbara, reenviado a ...")."""
_AGENT_END = re.compile(
    r"[ ]?(?:[)\].;!]|,(?![ ]?[A-ZÀ-Þ])|$|\n)|[ ]+(?:on|at|el|le|am|op|om|um|à|a[ ]las)[ ]+\d|"
    r"[ ]+(?:am|on|op|el|le)[ ]+(?:\d|[A-ZÀ-Þa-zà-ÿ]+[ ]\d)|"
    r"[ ]+(?:\w+[ ]){0,2}?(?:ge[a-zäöüß]{3,}[tn]|[a-zäöüß]+ge[a-zäöüß]{3,}[tn]|[a-zäöüß]{3,}iert)\b"
    # round 54: how it was done, after the name ("pasted in #infra by Helen by mistake")
    r"|[ ](?i:by[ ](?:mistake|accident)|par[ ]erreur|por[ ]error|per[ ]ongeluk|aus[ ]versehen)\b")
"""How an agent's name ends: at a line's or a sentence's end, before a date ("el 22/08/2027", "on 6 June"),
or, after German "von", before the participle ("von Matti zurückgesetzt")."""
_PRIVATE_ROLES = (
    r"customer|client|patient|tenant|landlord|lodger|employee|applicant|claimant|student|pupil|member|guest|passenger|"
    r"caller|driver|buyer|seller|borrower|lender|employer|policyholder|kunde|kundin|patientin|mieter|mieterin|vermieter|"
    r"vermieterin|mitarbeiter|mitarbeiterin|antragsteller|antragstellerin|schüler|schülerin|mitglied|fahrgast|käufer|"
    r"käuferin|verkäufer|verkäuferin|versicherungsnehmer|cliente|patiente|locataire|bailleur|bailleresse|employé|"
    r"employée|élève|adhérent|adhérente|passager|passagère|acheteur|acheteuse|vendeur|vendeuse|assuré|assurée|paciente|"
    r"inquilino|inquilina|arrendatario|arrendataria|arrendador|arrendadora|empleado|empleada|alumno|alumna|socio|socia|"
    r"huésped|pasajero|pasajera|comprador|compradora|vendedor|vendedora|asegurado|asegurada|klant|patiënt|huurder|"
    r"verhuurder|medewerker|medewerkster|leerling|passagier|koper|verkoper|verzekerde|werknemer|werkgever")
_PRIVATE_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_PRIVATE_ROLES}))[ ,:]+$")
"""A private role right before a name: "the customer Tom Jones", "der Mieter Thomas Müller"."""
_PRIVATE_ROLE_AFTER = re.compile(
    rf"[ ]?[(,][ ]?[\"'“‘«„]?(?:(?i:the|der|die|le|la|el|de|het|l')[ ])?(?i:{_PRIVATE_ROLES})\b")
"""A private role in brackets or apposition right after a name: 'Robin Hood ("the Tenant")'."""
_REQUEST = gated(re.compile(r"(?i:\b(?:please|pls|bitte|s'il (?:te|vous) plaît|stp|svp|por favor|porfa|alsjeblieft|alstublieft|aub|graag)\b)"))
"""A request in the sentence: it speaks to the name ("Luis Miguel, por favor, elimínalo")."""
_MEETING = re.compile(
    r"(?i:\b(?:minutes|meeting|réunion|compte rendu|protokoll|besprechung|sitzung|reunión|acta|notulen|vergadering|overleg))")
"""A meeting's minutes on the name's line: those who speak there are the meeting's members
("Compte rendu de réunion : Charles Michel propose ...")."""
_PARTICULARS = re.compile(
    r"(?i:\b(?:born|geboren|geb\.|née?|nacid[oa]|geboren op|date of birth|d\.o\.b|dob|geburtsdatum|geboortedatum|"
    r"fecha de nacimiento|date de naissance|passport|reisepass|passeport|pasaporte|paspoort|dni|nie|nif|bsn|ssn|"
    r"iban|e-?mail|correo|teléfono|téléphone|telefon|telefoon|phone|tel\.))(?![\w])")
"""Personal particulars in the sentence: a private person's record, whoever they are named after
("the customer Tom Jones was born on 22/10/1990")."""
ANIMALS = frozenset("""
dog cat puppy kitten hund hündin katze kater welpe chien chienne chat chatte chaton chiot perro perra gato gata cachorro
hond kat kater poes pup kitten pony horse pferd cheval caballo paard rabbit kaninchen lapin conejo konijn hamster
blindengeleidehund geleidehond blindenhund
""".split()) | frozenset((
    "jack russell", "labrador", "beagle", "dackel", "teckel", "chihuahua", "pudel", "caniche", "poodle", "border collie",
    "schnauzer", "terrier", "spaniel", "retriever", "dalmatiner", "husky", "bulldog", "bouledogue", "maine coon"))
"""Pets' species: before a name ("Ihr Kater Moritz", "our dog Max") they make it a pet's; round 68: dog and cat breeds
too ("Guusje, Jack Russell, 8 jr", "our beagle Max")."""
_ANIMAL_WORDS = trie_alternation(ANIMALS)
_ANIMAL_BEFORE = re.compile(r"(?i:\b(?:" + _ANIMAL_WORDS + r"))[ ]$")
_ANIMAL_TITLES = ("Frau", "Herr", "Mr", "Mrs", "Ms", "Miss", "Lady", "Sir", "Madame", "Monsieur", "Don", "Doña", "Meneer", "Mevrouw")
_ANIMAL_TITLE_BEFORE = re.compile(r"(?i:\b(?:" + _ANIMAL_WORDS + r"))[ ]"
                                  r"(?:" + "|".join(_ANIMAL_TITLES) + r")\.?[ ]$")
"""Round 64: an animal's word, then a title before its name ("und Katze Frau Holle", "our cat Mr Whiskers", "el gato
Don Pelusa"): a pet's name with a title, whatever name follows."""
_QUOTE_CHAR = re.compile(r"[\"'‘“„«]")


def _quote_within(text: str, at: int, n: int) -> bool:
    """An opening quote among the `n` characters before `at`: what the patterns that end in a quoted name's opening
    mark (_CULTIVAR_BEFORE, _THING_NAMED_BEFORE, the vessels' and boats') need, checked first because their
    alternations of nouns are slow to try at every position of a window."""
    return _QUOTE_CHAR.search(text, max(0, at - n), at) is not None


def _titled_before(text: str, at: int) -> bool:
    """One of _ANIMAL_TITLE_BEFORE's titles and a space end the text before `at`: the cheap half of that pattern."""
    return text[at - 1 : at] == " " and text[max(0, at - 11) : at - 1].rstrip(".").endswith(_ANIMAL_TITLES)
_PET_AFTER_COMMA = re.compile(
    r",[ ](?:(?:a|an|our|my|un|una|ein|eine|une|een|onze|mijn|notre|mon|ma|unser|unsere|nuestro|nuestra|mi)[ ])?"
    r"(?:[a-zà-ÿ]+[ ]){0,3}?(?i:" + _ANIMAL_WORDS + r")(?![\w'’])"
    r"(?![ ](?:walker|walking|sitter|sitting|groomer|grooming|trainer|training|owner|owners|lover|lovers|handler|minder|"
    r"allergy|allergic|person|people|friendly))")
"""Round 66: a pet's name, then a comma and its species, maybe after its description ("Tobi, perro mestizo pequeño",
"Max, Hund, 3 Jahre", "Pip, a small brown dog", "Moustache, chat tigré"): a lost or found animal's notice; "Anna, dog
walker" names a person by her trade."""
_DOM_CATHEDRAL_BEFORE = re.compile(r"(?i:\b(?:de|der|den|dem|im|am|zum|vom|het)[ ])$")
"""Round 66: "Dom" after an article is a cathedral ("in de Dom van Utrecht", "im Dom zu Speyer"), not the first name."""
_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*$")
_SALUTATION_END = re.compile(r"[ ]?[,:!][ \t]*\n")
"""A letter's salutation that is the name alone, on its own line at the text's or a paragraph's start, its comma,
colon or "!" ending the line: "Rick,\n\nPlease don't ...", "Elena:\n\nno reenvíes ...", "Jean-Claude,\n\nmerci"."""
_BIRTH_LINE_NEXT = re.compile(
    r"(?:[ ]?\([^()\n]{1,30}\))?[ \t]*\n[ \t]*(?i:date[ ]of[ ]birth|d\.?o\.?b\.?|born|geburtsdatum|geb\.|geboren|"
    r"date[ ]de[ ]naissance|né\(e\)[ ]le|née?[ ]le|fecha[ ]de[ ]nacimiento|f\.[ ]?nac\.?|nacid[oa][ ]el|geboortedatum|"
    r"geb\.[ ]?datum)(?![\w])")
"""A heading that ends with a first name (and perhaps a group in brackets), the next line a birth date's label: whose
record or diary it is ("Potty training diary - Ryan (Caterpillar Room)\nDOB: ...", "Overdrachtsschriftje van
Bianca (groep Vlinders)\nGeboortedatum: ...", "Agenda de Luisina (aula de 2 años)\nFecha de nacimiento: ...")."""
_KIN_WORDS = frozenset("oma opa omi opi mama papa mutti vati mum mom dad granny grandma grandpa nan nana mamie papy mamá papá abuela abuelo "
                       "yaya yayo tía tío tante onkel aunt uncle oom tata tatie".split())
"""Kin words that open an emergency contact's value before a first name ("Oma Carla"): the name after them is the person."""
_FIELD_COLON_BEFORE = re.compile(r":[ \t]+$")
_KIN_VALUE_END = re.compile(r"[ ]?(?:[,;(]|\n|$)")
"""Round 72: a kin word alone as a field's value, a phone or the line's end after it: "Abholung Liesa: Oma, Handy ...",
"Notfallkontakt: Opa (Handy 0171 ...)": the relation, no name."""
_LABEL_QUALIFIER = re.compile(r"[ ]\([^()\n:]{1,20}\):$")
"""A note in brackets between a label and its colon: "Owner (from ID):", "Contact (evenings):"."""
_CLOSING_LINE_BEFORE = re.compile(r"(?:[,!]|[.!?][ \t]*\n)[ \t]*\n[ \t]*$")
_ROLE_TITLE_LINE_AFTER = re.compile(
    r"[ \t]*\n[ \t]*(?:[A-ZÀ-Þ][\w'’&-]*[ ]){0,3}(?i:secretary|co-?ordinator|manager|officer|lead|leader|director|"
    r"administrator|chair|chairperson|treasurer|organi[sz]er|captain|coach|librarian|warden|clerk|assistant|advis[oe]r|"
    r"sekretär|sekretärin|leiter|leiterin|koordinator|koordinatorin|secrétaire|coordinatrice|coordinateur|responsable|"
    r"directrice|directeur|secretaria|secretario|coordinadora|coordinador|secretaris|coördinator|coördinatrice|"
    r"voorzitter|penningmeester|"
    # round 61: a team's or a desk's name as the signer's role ("Happy boating,\nCaoimhe\nHire bookings")
    r"bookings|reservations|reservierungen|réservations|reservas|reserveringen|team|office|desk|enquiries|support)"
    r"[ \t]*(?:\n|$)")
"""A closing's name alone on its line, the line before ending with a comma or "!" (round 61: or a paragraph that ends
with a sentence, "... ring me on 0151 496 0745.\n\nBryan\nBand Secretary"), the next line its role ("Happy
ringing,\nShona\nTower Secretary", "Thanks again for volunteering,\nPaul\nAdult Learning Coordinator")."""
_NUMBERED_PLACE_WORDS = frozenset("ward bay wing station unit".split())
_FIGURE_NEXT = re.compile(r"[ ]\d")
"""Words that the name lists hold and a hospital numbers ("Ward 7", "Bay 3"): a place, not a person."""


def _numbered_place(text: str, end: int, word: str) -> bool:
    """`word`, ending at `end`, is a hospital's numbered place ("Requested by: Ward 7 (Respiratory)"), round 59."""
    return word.lower() in _NUMBERED_PLACE_WORDS and _FIGURE_NEXT.match(text, end) is not None
_AD_NOUN_AFTER = re.compile(r"[ ](?:copy|copies|campaign|campaigns|spend|budget|budgets|account|blocker|break|banner|banners|"
                            r"slot|slots|revenue|space|placement|creative|creatives|text|agency|network|server)\b")
"""What an advertisement, "Ad", is said of in English: "Ad copy for volunteer drive", "Ad spend Q3"."""
_CLOCK_AFTER = re.compile(r"[ ]\d{1,2}[:.]\d{2}\b")
_DAY_PART_AFTER = re.compile(r"[ ]+(?i:" + "|".join(sorted(DAY_PARTS, key=len, reverse=True)) + r")s?(?![\w])")
"""A part of the day after a weekday's abbreviation at a line's start: "Mo vormittags", "Di nachmittags"."""
_ANIMAL_OF_BEFORE = re.compile(
    r"(?i:\b(?:" + _ANIMAL_WORDS + r")[ ](?:del?|of|von|vom|van|du|de[ ]la|des)[ ]"
    r"(?:(?:the|la|el|der|des|het|my|our|mi|nuestro|nuestra|ma|mon|notre|mijn|onze|mein|meine|unser|unsere)[ ])?[\w'’-]+,[ ])$")
"""A schedule's day and its time ("Do 16:41"); whose pet, then its name in apposition ("La perra del director, Luna,")."""
_VET_TEXT = re.compile(
    r"(?i:veterinar|\bvets?\b|tierarzt|tierärzt|tierklinik|tierpraxis|vétérinaire|véto\b|dierenarts|dierenkliniek|"
    r"dierenziekenhuis)|🐾")
"""A text from a vet's: a lone first name that only prose makes a person's is the pet's; the
owner is greeted, labelled or signs off ("Hi Amelia, ... Bella is due her annual booster")."""
_DOG_SPORT_TEXT = re.compile(
    r"(?i:\b(?:agility|jumping|flyball|obedience|hoopers|canicross|mondioring|hundeführer(?:in)?|guía|conducteur|"
    r"conductrice|geleider|handler|keurmeester|fouten|faltas|fautes|faults|flt))\b")
_WITH_ANIMAL_BEFORE = re.compile(r"[ ](?:met|con|avec|mit|with|&)[ ]$")
_RUN_RESULT_AFTER = re.compile(r"[ ]+[–—-][ ]+\d|[ ]{2,}\d|[ ]+\d+[ ]?(?:flt|faults|fouten|faltas|fautes|fehler|pts?)\b")
"""A dog-sport result: a handler "with" the dog and its faults and time ("Pascale De Smedt met Dex – 0 fouten –
30,88 s", "Mme Cornuz avec Tina – 0 pt", "Carly Taylor & Pip   0 flt"): the name after "with" is the dog's."""
_RUNNING_ORDER_LINE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t]+[^\n]{3,60}$")
"""Round 63: a dog-sport start list's line, before the run: its number, the handler, then "&" or "with" and the dog
at the line's end ("Running order ...\n4  Deborah Duncan & Ziggy", "Startliste ...\n7. Eva Roth mit Luna")."""
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_ANIMAL_LABEL = re.compile(
    r"(?:^|\n)[ \t-]*(?i:" + "|".join(sorted(ANIMALS | {"pet", "mascota", "haustier", "huisdier"}, key=len, reverse=True))
    + r")[ \t]*[:=][ \t]*(?:[A-ZÀ-Þ][\w'’-]*,[ ])?[\"'«“„]?[ ]?$")
"""An animal's field: its name is no person's ('Cheval : « Ulysse du Bois »', "Dog: Border Collie"); round 63: nor
is what follows the animal's name after a comma, its breed or another animal ("Hond: Pip, Jack Russell", "Hunde:
Rex, Bello")."""
_PEDIGREE_BEFORE = re.compile(rf"(?i:\b(?:muttervater|{SIRE_OR_DAM_WORDS}))[ ]?:?[ ]?['‘\"«“„][ ]?$")
_LIVESTOCK = re.compile(
    r"(?i:\b(?:kalbin|jungkuh|kalb|rind|stier|fleckvieh|braunvieh|vaars|pink|kalf|heifer|calf|bull|ewe|ram|"
    r"génisse|veau|taureau|novilla|ternera|toro|yegua|foal|veulen|fohlen|poulain|potro|kavel|lot|lote|los|kat\.-nr\.))\b")
"""A sire or a dam named in quotes in a livestock catalogue ("Braunvieh-Kalbin, geb. ..., Vater 'Huber Max'",
"Lakenvelder vaars, vader 'Bolwerk'"): a bull's or a cow's name, no person's."""


_CAST_TEXT = gated(re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][^\n]{0,60}[ ][-–—:][ ])?(?i:cast|cast list|casting|besetzung|besetzungsliste|distribution|"
    r"reparto|rolverdeling|bezetting|bezettingslijst|castlijst|dramatis personae|personnages|personajes|rollen|rollenliste)\b"))
_CAST_LEADER = re.compile(r"[ \t]*(?:\.{3,}|…+)[ \t]*|[ ]:[ ]|[ ]\.{1,2}[ ]")
"""A cast list, its heading opening a line ("CAST", "Besetzung", "DISTRIBUTION – « Le Dîner de cons »",
"PLAYERS - cast list"): the play's characters on the left of a dotted leader (or a French " : "), the players
on its right ("Jack Worthing ........ Justine Devine", "Pierre Brochant : Ana Bochud", "Eve, ihre Tochter
...... Anita Sager", a leader cut short to align: "Frau Marthe . Elma Pirker"). Not "NOT FOR EXTERNAL
DISTRIBUTION" in running text."""


def _cast_side(text: str, start: int) -> str:
    """Which side of a cast list's line the run at `start` stands on: "role", "player" or "". The caller
    has found the list's heading (_CAST_TEXT), once per text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    leader = _CAST_LEADER.search(line)
    if leader is None or leader.start() == 0:
        return ""
    return "role" if start - line_start < leader.start() else "player" if start - line_start >= leader.end() else ""


_SPECIES_IN_BRACKETS_AFTER = re.compile(
    r"[ ]?\((?i:" + "|".join(sorted(ANIMALS | frozenset("""
    parrot perroquet papagei papagaai papegaai loro budgie wellensittich perruche periquito parkiet tortoise schildkröte
    tortue tortuga schildpad guinea_pig meerschweinchen cobaye cobaya cavia ferret frettchen furet hurón fret
    bird vogel oiseau pájaro beagle labrador terrier spaniel collie poodle pudel caniche dackel teckel
    berner_sennen berner_sennenhund""".split()), key=lambda w: (-len(w), w))).replace("_", "[ ]") + r")(?:e?s)?[ ]?[),]")
"""Round 62: a species alone in brackets after a name (or before a comma in them): a pet, whatever its name's title
("Doña Pelusa (gata)", "Meneer Knabbel (konijn)", "Frau Holle (Kaninchen)", "Patient: Bello (Hund)", "Sir Barkley
(beagle, 3)"); not "Visited by Arthur (Puppy Development Advisor)". Two-word species are written with "_" here:
split() would cut "guinea pig" into two broken alternatives."""
_BOAT_BEFORE = re.compile(
    r"(?i:\b(?:the|het|de|le|la|el|der|die|das|our|unsere?|notre|nuestr[oa]|onze)[ ](?:narrowboat|narrow[ ]boat|boat|yacht|"
    r"barge|péniche|woonboot|hausboot|houseboat|jolle|segelboot|zeilboot|voilier|velero|ship|schiff|schip|bateau|barco))[ ]$")
"""Round 62: a boat's noun after its article, then its name without quotes: "The narrowboat Elizabeth Rose is moored
at bay 6", "het woonboot Johanna Maria"."""
_QUOTED_BOATS_BEFORE = re.compile(
    r"(?i:\b(?:boats|boote|jollen|bateaux|barcos|boten|schepen|ships|yachts|vessels|canoes|kayaks|kajaks|dinghies)\b)"
    r"(?:[ ][a-z]+)?[ ]?:?[ ](?:[\"'‘“„«][^\"'’”»\n]{1,30}[\"'’”»](?:,[ ]|[ ](?:and|und|et|y|en)[ ]))*[\"'‘“„«][ ]?$")
"""Round 62: one of a list of boats' names in quotes: "Boats going: 'Endeavour', 'Grace Darling' and 'Sir Francis'",
"Unsere Jollen 'Möwe', 'Kapitän Hook' und 'Gorch Fock II'"."""


_GROOMED_AFTER = re.compile(
    r"[^\n,!?]{0,50}?\b(?:ingepland[ ]voor[ ](?:wassen|knippen|trimmen|een[ ]wasbeurt)|pour[ ](?:la|une)[ ](?:coupe|toilette|tonte)|"
    r"zum[ ](?:waschen|scheren|trimmen)|para[ ](?:el[ ]baño|el[ ]corte|la[ ]peluquería)|booked[ ]in[ ]for[ ](?:a[ ])?"
    r"(?:groom|bath|full[ ]groom|trim))\b")
_GROOMING_TEXT = re.compile(
    r"(?i:\b(?:trimsalon|hondentrimsalon|toilettage|toiletteur|toiletteuse|hundesalon|hundefriseur|peluquería[ ]canina|"
    r"dog[ ]groom(?:er|ers|ing)|grooming[ ]salon)\b)")
"""Round 71: a pet booked at a groomer's, the groomer named in the text: "Trimsalon Snuffel: hoi Johanna, Bobbie staat op
... ingepland voor wassen en knippen", "Toilettage Chez Pompon : ... avec Câline pour la coupe + bain"."""


def _animal(text: str, start: int, end: int) -> bool:
    """The run names an animal: under an animal's field, a sire or a dam in a livestock catalogue, or the dog
    "with" its handler in a dog-sport result; round 62: a pet with its species in brackets after it, or a boat
    named after its noun or in a list of boats' names."""
    return bool(_ANIMAL_LABEL.search(text, max(0, start - 24), start)
                or _SPECIES_IN_BRACKETS_AFTER.match(text, end)
                or _BOAT_BEFORE.search(text, max(0, start - 24), start)
                or (" " not in text[start:end] and _GROOMED_AFTER.match(text, end) and text_mentions(_GROOMING_TEXT, text))
                or _quote_within(text, start, 2) and _QUOTED_BOATS_BEFORE.search(text, max(0, start - 160), start)
                or (_PEDIGREE_BEFORE.search(text, max(0, start - 16), start) and text_mentions(_LIVESTOCK, text))
                or (_WITH_ANIMAL_BEFORE.search(text, max(0, start - 6), start)
                    and (_RUN_RESULT_AFTER.match(text, end)
                         or (" " not in text[start:end] and _LINE_END_AFTER.match(text, end)
                             and _RUNNING_ORDER_LINE.search(text, max(0, start - 80), start)))
                    and text_mentions(_DOG_SPORT_TEXT, text)))


_NAMED_AFTER = re.compile(
    r"(?i:\b(?:named|naming|renamed|name)\b[^.\n]{0,40}?\bafter|\bbenannt[ ]nach|\bumbenannt[ ]nach|"
    r"\bporte(?:ra)?[ ]le[ ]nom[ ]d[e'’]|\bnommée?s?[ ]d'après|\bbaptisée?s?[ ](?:du[ ]nom[ ]de|d'après)|"
    r"\blleva(?:rá)?[ ]el[ ]nombre[ ]de|\bcon[ ]el[ ]nombre[ ]de|\bvernoemd[ ]naar|\bgenoemd[ ]naar|"
    r"\bdraagt[ ]de[ ]naam[ ]van)[ ]$")
"""A thing named after someone: "naming the new wing after Ada Lovelace", "benannt nach Lise
Meitner", "porte le nom de Simone Veil", "lleva el nombre de Clara Campoamor", "vernoemd naar
Aletta Jacobs"."""
_CHAT_LINE_START = r"(?:^|\n)[ \t>]*(?:\[[^\]\n]{1,25}\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)?"
"""A chat line's start and its optional time stamp ("[17:47:04] ", "09:12 ")."""
_TIMED_LINE_START = re.compile(r"(?:^|\n)[ \t>]*\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]+$")
"""A chat line's time before its speaker: "[00:56] ", "14:03 "."""
_ROLE_SPEAKER = re.compile(_CHAT_LINE_START + r"([\w'’-]+)[ ]$")
"""A chat line's role word before a first name: "[17:47:04] Conseillère ", "Medewerker "."""
_ROTA_TEXT = re.compile(
    r"(?i:\b(?:rota|rotas|roster|duty list|dienstplan|einteilung|plan de service|planning|roulement|turnos|turno|cuadrante|"
    r"rooster|beurtrol|dienstrooster|schema|brennplan|stookschema|stookplan|calendario[ ]de[ ]hornadas|firing[ ]schedule|"
    r"gießplan|giessplan|waterrooster|watering[ ]rota|plan[ ]d['’]arrosage|turnos[ ]de[ ]riego|"
    r"schichtplan|schichten|shift[ ]plan|shifts|diensten|planning[ ]des[ ]permanences|permanences)\b)")
"""A text that says it is a rota: the first names after its slots' labels are who is on duty."""
_ROTA_TIMED_SLOT = re.compile(r"[ \t]*[A-Za-zÀ-ÿ]{2,10}\.?[ ]+[0-9]{1,2}[:.h][0-9]{2}(?:[ ]?(?:Uhr|h))?(?:[ ]{2,}|\t)")
"""A rota's slot of a day and a time, then two spaces or a tab: "Fr 17:30  ", "Viernes 17:30\t" (round 60)."""
_WEEKDAY_WORD = "(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
"""Any day of the week, where a rota's line shape holds one: every day's line is the same slot (round 60)."""
_ROTA_SEPARATOR = re.compile(r"[ ]*(?:,|&|/|\+|\band\b|\bund\b|\bet\b|\by\b|\ben\b)[ ]*")
_FIGURES_ONLY = re.compile(r"[0-9][0-9 .,/:+-]*")
"""A value of figures only ("1", "12.5", "2/3"): a form's field, never a chat message."""
_SIBLING_TAIL = re.compile(r"[ ]*(?:[)\].;]|[ ]?\([^()\n]{1,30}\)|,[ ](?![^\n]*(?:\b(?:and|und|en|et|y)|&)[ ][A-ZÀ-Þ])[^\n]{1,40})?[ ]*")
"""What may follow a name that ends its line's slot: a bracket, a note in brackets ("(signed)", "(surname
withheld)"), or a comment after a comma ("Jo, Nachname nicht erfasst")."""
_NAME_AND_TAIL = re.compile(r"([^()\n,]+?)" + _SIBLING_TAIL.pattern)
_PLACE_KEY_WORDS = frozenset("place lieu lugar plaats ort institution surgery practice cabinet consultorio praktijk".split())
"""Words of a form's key that make its value a place or an institution ("Place of issue", "gp_surgery")."""
_PLOT_WORDS = ("tuin", "volkstuin", "kavel", "perceel", "parcela", "huerto", "parcelle", "jardin", "plot", "allotment",
               "garten", "parzelle", "beet")
"""An allotment plot's word in the five languages: a plot's key before its holder (_ROW_LEAD, _PLOT_KEY_BEFORE)."""
_ROW_LEAD = re.compile(
    r"[ \t]*(?:[-*•][ \t]+|\d{1,3}[.)][ \t]+"
    # round 74: an allotment plot's number before its holder's name ("Tuin 31 – ", "Parcela 13: ", "Plot 4 - ", "Parzelle 7:");
    # not a room's, a stand's or a gate's, which things hold as often ("Gate 12 – Lufthansa Cargo: open")
    r"|(?:" + "|".join(w.capitalize() for w in _PLOT_WORDS) + r")[ ]\d{1,4}[a-z]?[ ]?"
    r"(?::|[ ][–—-])[ \t]+)?")
_ROW_SEPARATOR = re.compile(r"[ ]?(?:[:;|\t]|,(?=[ ])|[ ][–—-](?=[ ]))")
_ROW_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿß'’]+(?:-[A-ZÀ-Þ][a-zà-ÿß'’]+)?")
_LINE_KEY = re.compile(r"[ \t]*([A-ZÀ-Þa-zß-ÿ][\w-]*[ ])[^:\n]{0,30}:")
_NEXT_ITEM = re.compile(r",[ ][A-ZÀ-Þ][\w'’-]+[ ][A-ZÀ-Þ]")
_PREVIOUS_ITEM = re.compile(r"(?:^|[:;][ \t]*|,[ ])([A-ZÀ-Þ][\w'’-]+(?:[ ][\w'’-]+){1,3}),[ ]$")
"""Round 72: a list's row: its bullet or number, a name's word, the separator after the row's first cell; a comma
list's item before the name."""
_SIBLING_KEY = re.compile(r"[ \t>]*[A-Za-zÀ-ÿ][\w'’/.-]*(?:[ ][\w'’/.-]+){0,3}[ \t]?:[ \t]*")
"""A form's field before its value: "Buddy: ", "Mise en scène : ", "> Regie: "."""
_SIBLING_FIELD = re.compile(r"(?P<key>" + _SIBLING_KEY.pattern + r")(?P<value>[^\n]+)")
"""A form's whole line: its field and the value after it."""
_OFFICE_SPEAKERS = frozenset("""
sekretariat secretariat secretary secrétariat secretaría secretariaat office büro bureau oficina kantoor reception
rezeption réception recepción receptie support agent agente helpdesk service kundenservice klantenservice
leitung lagerleitung campleitung kursleitung leiding kampleiding organisation organisatie organización orga
monitor monitora monitores animateur animatrice animation animación staff trainer trainerin entrenador entrenadora
coach teacher lehrer lehrerin profe professeur juf meester
""".split())
"""An office, a desk or a group's leaders speaking in a transcript, whose other speakers are then
people: "Sekretariat:", "Lagerleitung:", "Monitora:", "Leiding:" (and German compounds in -leitung)."""
_FORM_KEY = re.compile(r"^[ \t]*([A-Za-zÀ-ÿ][\w'’/.-]*(?:[ ][\w'’/.-]+){0,3})[ \t]?:[ \t]*\S", re.MULTILINE)
"""A line that opens with a key of up to four words and a colon, then a value."""
_CHAT_ROLES = frozenset("""
agent agente advisor adviser adviseur asesor asesora berater beraterin conseiller conseillère medewerker medewerkster
mitarbeiter mitarbeiterin employee empleado empleada employé employée support operator operador operadora opérateur
opératrice coach trainer trainerin entrenador entrenadora dispatcher disponent disponentin customer kunde kundin klant
client cliente nurse pflegekraft verpleegkundige enfermera enfermero infirmier infirmière host hôte gastheer gastvrouw
""".split())
"""Roles that name a chat's speakers before their first names: "Conseillère Yvette :", "Medewerker Sofie:"."""
_LINE_OPENS_AT = re.compile(r"(?:^|\n)[ \t]*$")
_CHAT_HEADER_AFTER = re.compile(
    r"[ \t]+\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \t]*\n|[ ]?:[ ]+\S)")
"""A chat export's message header: the sender, then the time, then the message below it or after a colon
("Ámbar  10:32\nme peta ...", "Donna 07:12: hi! is the boat ...")."""
_QUOTE_FROM = re.compile(r"(?i:\b(?:quote from|quoting|quote van|citaat van|zitat von|cito a|citando a|citation de|cité par))[ ]$")
_WROTE_AFTER = re.compile(r"[ ](?:wrote|writes|schrieb|schreibt|a écrit|écrit|escribió|escribe|schreef|schrijft)[ ]?:")
"""A forum's quote of a member: "Quote from Amanda:", "Renée a écrit :"."""
_DASH_OPENS_LINE = re.compile(r"(?:^|\n|[.!?][ ])[ \t]*[—–-]{1,2}[ ]?$")
_ROLE_COMMA_AFTER = re.compile(
    r",[ ](?:[a-zß-ÿ][\w-]*(?:[ ][\w-]+){0,3}"
    r"|(?:[A-ZÀ-Þ][a-zß-ÿ]+[ ]){0,2}"
    r"(?:Chaplain|Manager|Coordinator|Co-ordinator|Director|Supervisor|Administrator|Officer|Nurse|Secretary|Treasurer|"
    r"Chair|Volunteer|Receptionist|Warden|Steward|Organiser|Organizer|Leiter|Leiterin|Koordinator|Koordinatorin|"
    r"Responsable|Directrice|Directeur|Coordinadora|Coordinador|Directora|Encargada|Encargado|Coördinator|Teamleider))"
    r"[ \t]*(?:\n|$)")
"""A signer's role after the name and a comma, to the line's end: lower-case ("— Paul, animateur MJC") or a
capitalised job title ("- Anne-Marie, Lead Chaplain", "– Inés, Coordinadora")."""
_WHO_AFTER = re.compile(r",[ ](?:who|whom|whose|qui|quien|quienes|wer)\b")
"""A relative clause that only a person takes: "Alyssa, who has been with us", "Julien, qui vous appellera"."""
_RELATION_AFTER = re.compile(
    r",[ ](?i:mon|ma|mes|my|our|mein|meine|meinem|meiner|unser|unsere|mi|nuestra|nuestro|mijn|onze|notre)[ ]"
    r"(?i:associée?|collègue|amie?|sœur|frère|fille|fils|femme|mari|partner|partnerin|colleague|friend|sister|brother|"
    r"daughter|son|wife|husband|kollege|kollegin|freund|freundin|schwester|bruder|tochter|sohn|frau|mann|socia|socio|"
    r"compañera|compañero|amiga|amigo|hermana|hermano|hija|hijo|esposa|esposo|collega|vriend|vriendin|zus|broer|"
    r"dochter|zoon|vrouw|man)\b")
_KIN_BEFORE = re.compile(
    r"(?i:\b(?:su|tu|mi|my|your|our|his|her|sein|seine|ihr|ihre|mein|meine|unser|unsere|son|sa|mon|ma|ta|ton|zijn|haar|mijn|onze|je)"
    r"[ ](?:hijo|hija|son|daughter|sohn|tochter|fils|fille|zoon|dochter|nieto|nieta|grandson|granddaughter|enkel|enkelin|"
    # round 59: a parent named by the child ("Bisous, ta maman Josiane", "your mum Karen", "je mama Ilse")
    r"maman|papa|mère|père|mum|mom|dad|mama|mamá|papá|madre|padre|mutti|vati|mutter|vater|moeder|vader|"
    r"husband|wife|fiancé|fiancée|fiance|fiancee|verlobter|verlobte|verlobten|ehemann|ehefrau|mari|femme|marido|esposo|esposa|"
    r"prometido|prometida|novio|novia|man|vrouw|verloofde|echtgenoot|echtgenote|partner|partnerin|pareja|compañero|compañera|"
    r"partenaire|compagnon|compagne|lebensgefährte|lebensgefährtin|freund|freundin|boyfriend|girlfriend|vriend|vriendin|"
    r"familiar|madrina|padrino))[ ]$")
_BARE_KIN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:husband|wife|daughter|son|mother|father|sister|brother|"
    r"[Ee]hefrau|[Ee]hemann|[Ee]hegatte|[Ee]hegattin|[Tt]ochter|[Ss]ohn|[Mm]utter|[Vv]ater|[Ss]chwester|[Bb]ruder|"
    r"[Ll]ebensgefährte|[Ll]ebensgefährtin|"
    r"épouse|époux|mari|femme|fille|fils|mère|père|sœur|frère|conjoint|conjointe|compagne|compagnon|"
    r"esposa|esposo|marido|hija|hijo|madre|padre|hermana|hermano|pareja|"
    r"echtgenote|echtgenoot|dochter|zoon|moeder|vader|zus|broer)[ ,]{1,2}$")
"""A relative named by kinship alone, no "my" before it, in a note's shorthand: "Ehefrau Claudia informiert",
"wife Carol informed", "(frère, Philippe)", "hija Lorenza, localizada en el ...". Lower case but for German
nouns: capitalised, "Sister", "Father" and "Madre" are titles ("Sister Act"). Not "partner": a trading
partner in a log ("partner Meyer, Beltran and Brown")."""
# Round 74: whose flat a courier, a locksmith or a carer is about to ring at, by its floor ("ist das bei Ela im 3. OG?",
# "c'est bien chez Maud au 2e étage ?", "is dat bij Sanne op de 4e verdieping?", "en casa de Rocío en el 3º piso"), or
# whether the address is still theirs ("Is that still Kenneth?", "C'est toujours Maud ?", "¿Sigue siendo Rocío?")
_AT_HOME_BEFORE = re.compile(r"(?:\b(?:bei|chez|bij|at)|\ben[ ]casa[ ]de)[ ]$")
_FLOOR_AFTER = re.compile(
    r"(?:'s)?[ ](?:im|au|op[ ]de|op|on[ ]the|en[ ]el|el)[ ][0-9]{1,2}(?:\.|e|er|re|ème|º|°|ª|st|nd|rd|th)?[ ]"
    r"(?i:og|obergeschoss|stock|etage|étage|verdieping|floor|piso|planta)\b")
_STILL_THERE_BEFORE = re.compile(
    r"(?i:\b(?:is[ ]that[ ]still|is[ ]it[ ]still|is[ ]this[ ]still|ist[ ]das[ ]noch|wohnt[ ]da[ ]noch|c'est[ ]toujours|"
    r"c'est[ ]bien[ ]toujours|sigue[ ]siendo|sigue[ ]siendo[ ]de|es[ ]todavía[ ]de|is[ ]dat[ ]nog|woont[ ]daar[ ]nog|"
    r"woont[ ]hier[ ]nog))[ ]$")
_QUESTION_AFTER = re.compile(r"[ ]?\?")
# Round 75: the last item of a shift register's comma list, who did not come ("Keano van Dokkum 9-13 kassa, Johan Deprez
# 13-17 sorteren, Tim afgemeld.", "..., Hansjürg krank gemeldet.", "..., Nicole absent(e).", "..., Lucía no vino.",
# "..., Tom called in sick."): the list's people, the absence after the name
_LIST_ITEM_BEFORE_ABSENCE = re.compile(r"[^\W\d_][,;][ ]$")
_ABSENCE_AFTER = re.compile(
    r"[ ](?i:afgemeld|ziek(?:[ ]gemeld)?|niet[ ]gekomen|niet[ ]verschenen|krank(?:[ ]gemeldet)?|entschuldigt|abgemeldet|"
    r"nicht[ ](?:erschienen|gekommen)|absent(?:\(e\)|e)?|excusée?|malade|no[ ]vino|no[ ]ha[ ]venido|ausente|enferm[oa]|"
    r"did[ ]not[ ](?:come|show)|didn't[ ](?:come|show)|no-show|called[ ]in[ ]sick|off[ ]sick|absent|excused)"
    r"(?=[ ]?[.,;!]|[ ]*(?:\n|$))")
# Round 75: a child's school meals, fees or things, whose they are after the noun ("les repas de Marthe ne sont pas
# réglés", "la cantine de Lucas", "las comidas de Pablo no están pagadas", "das Mittagessen von Mia ist offen", "de
# maaltijden van Daan zijn niet betaald", "the school meals of Harriet"); and an identity number's owner before its
# acronym ("Still waiting on Kimberly's PPS number", "Tom's NI number", "Lisa's SSN")
_CHILD_ACCOUNT_OF_BEFORE = re.compile(
    r"(?i:\b(?:les?|la|l['’]|ses|las|los|el|sus|das|die|der|de|het|the)[ ]"
    r"(?:repas|cantine|goûters?|frais[ ]de[ ]garde|garderie|inscription|factures?|cotisations?|"
    r"comidas|comedor|cuotas?|recibos?|mittagessen|essen|essensgeld|beiträge?|maaltijden|overblijfgeld|ouderbijdrage|"
    r"school[ ]meals|meals|lunches|dinner[ ]money|fees)[ ](?:de|von|van|of)[ ])$")
_ID_NUMBER_POSSESSIVE_AFTER = re.compile(
    r"(?:'s|’s)[ ](?:PPSN?|SSN|SIN|TFN|NINO|NI[ ]number|BSN|DNI|NIE|NIR|AHV|NHS[ ]number|social[ ]security[ ]number)\b")
_HEADS_UP_BEFORE = re.compile(r"(?i:\b(?:just[ ]a|quick|a[ ]quick)[ ]heads[ ]up)[ ]$")
"""Round 75: a heads-up that greets its reader by the first name, a comma after it ("just a heads up Catherine, the
standpipe ... is leaking again")."""
# Round 76: a child's team kit on a group order, whose name is printed or for whom it is ordered: "name on the back just
# Dermot", "Name auf dem Rücken: Lea", "bitte für Cecilia noch ein Auswärtstrikot mitbestellen (Gr. M)", "rajouter un
# maillot pour Augustin (taille M)", "kan Maria nog mee in de bestelling van de trainingsjassen?", "me apuntáis a Melisa
# en el pedido de sudaderas? talla S": the name after the printing's words, or after "for" (or the sign-up's verb) on
# a line that names the garment and its size or the order
_PRINTED_NAME_BEFORE = re.compile(
    r"(?i:\b(?:name[ ]on[ ](?:the[ ])?(?:back|shirt|jersey|top)|(?:name|namen)[ ]auf[ ](?:dem|den)[ ](?:rücken|trikot)|"
    r"nom[ ](?:au|dans[ ]le|sur[ ]le)[ ]dos|nombre[ ](?:a|en)[ ]la[ ]espalda|naam[ ]op[ ]de[ ]rug)"
    r"(?:[ ](?:just|only|should[ ]be|is|nur|juste|seulement|solo|sólo|alleen))?)[ ]?:?[ ]$")
_KIT_FOR_BEFORE = re.compile(r"(?i:\b(?:for|für|pour|para|voor|apuntáis[ ]a|apunta[ ]a|apuntad[ ]a|kan|can))[ ]$")
_KIT_WORD = gated(re.compile(
    r"(?i:jersey|shirt|hoodie|kit\b|trikot|maillot|sweat|survêtement|sudadera|camiseta|equipación|chándal|chandal|"
    r"trainingsjas|jas\b|jassen|tenue|polo|trainingspak|veste|jacke|jacket|chaqueta)"))
_KIT_ORDER_WORD = re.compile(
    r"(?i:\b(?:size|gr\.|größe|taille|talla|maat|order|bestellung|bestellen|mitbestellen|bestelling|commande|pedido)\b)")
_NOTE_BY_BEFORE = re.compile(r"(?:^|[.;,][ ]|[ ])(?i:vermerk|notiz|aktennotiz|notitie|aantekening)[ ]$")
_NOTE_END = re.compile(r"[ ]*[.]?[ ]*(?:\n|$)")
"""Round 76: who made the note at a register's line end: "abholung durch nachbarin ist ok. vermerk Angelika"."""
_WITNESS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:witness|witnesses|zeuge|zeugin|témoin|testigo|getuige)[ ]?:[ ]$")
"""Round 76: a race protest's or an incident's witness by the first name: "Witness: Steve (committee boat)". Not a
name field's label (context_words): a field's value is read more strictly, and a full name behind "Witness:" is found
as before."""
_PAIR_WITH_BEFORE = re.compile(r"(?i:\b(?:pair|pair[ ]up|buddy[ ]up|match))[ ]$")
_WITH_A_BUDDY_AFTER = re.compile(r"[ ]with[ ](?:a|an|another|their|her|his)?[ ]?(?:buddy|mentor|peer|partner|volunteer|befriender|sponsor)\b")
"""Round 76: a support group's action to pair a member with a buddy: "Action: pair Brittany with a buddy"."""
_FEAST_NAMES = frozenset("noël noel pâques pascua navidad nochebuena weihnachten ostern kerst pasen".split())
"""Feasts that are first names too ("les repas de Noël"): a season's meals, not a child's."""
_TITLED_PARTNER_AFTER = re.compile(
    r"[ ](?:and|und|et|y|e|en)[ ](?i:mr|mrs|ms|miss|dr|prof|herr|frau|m|mme|mlle|madame|monsieur|sr|sra|srta|don|doña|"
    r"dhr|mevr|mw|meneer|mevrouw|de[ ]heer)\.?[ ]+(?:(?i:dr|prof)\.?[ ]+)?(?:(?:van|von|de|den|der|le|la|del)[ ]+)*[A-ZÀ-Þ][\w'’-]+"
    r"[ ]+[a-zß-ÿ]")
"""A first name and a titled person doing something together: "Cloe y Dr. Ferrández ya han confirmado", "Jonathan en
mevrouw Mallien hebben al ja gezegd", "Rosalba und Herr Holler haben": the first name is a person's too."""
_ENGRAVED_BEFORE = re.compile(
    r"(?i:\b(?:engrav\w*|gravure|graver|gravé|gravée|gravieren|graviert|gravur|grabado|grabar|grabada|graveren|"
    r"gravering|name|prénom|nombre|naam|vorname)\b)[^\n«“\"'‘„=()%_]{0,32}[«“\"'‘„][ ]?(?i:(?:for|pour|para|für|voor)[ ])?$")
_ENGRAVED_END = re.compile(r"[ ]?[»”“\"'’]|[ ]+[-–\d]")
"""A first name quoted after an engraving's word or a name's ('gravure intérieure « Véronique 11.08.2030 »',
"grabado interior \"Clemente 6 de agosto\"", "engrave inside band 'FOR Jamie - ALWAYS'", 'prénom « Odette »',
"naam van mijn zoontje 'Noah'"): the name of whom the piece is for; the quote closes after it, or a date or a dash
follows. Not code: "filter=\"name like 'John%'\"", 'name="Côte d\'Ivoire"'."""
_BOLD_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+\*\*$")
"""A markdown list item that opens with a bold name: "- **Oliver** (relief, weekends only) - jo@...": with a
contact on its line (an address, a phone word or a number of seven digits or more), the item is a person's."""
_NUMBER_ON_LINE = re.compile(r"\d[\d ()./-]{5,}\d")
_CHALLENGE_BEFORE = re.compile(
    r"(?i:\b(?:défi|uitdaging|forderung|herausforderung|challenge|reto|desafío)\b[^\n]{0,30}?"
    r"[ ](?:contre|tegen|gegen|against|contra))[ ]$")
_VERSUS_CELL_BEFORE = re.compile(r"(?:^|\n|\|)[ ]*(?:v|vs\.?)[ ]$")
_PENDING_AFTER = re.compile(r"[ ](?:\((?i:pending|open|offen|en attente|pendiente|pendent)\)|(?i:offen|staat open|en attente|pendiente))")
"""A ladder's open challenge against a first name: "défi en attente contre Antoine", "Forderung gegen Eckhard
offen", "uitdaging tegen Tygo staat open", "| v Denis (pending) |": the challenged player is a person."""
_CONTACT_BRACKET_BEFORE = re.compile(
    r"(?i:\b(?:contact|contacto|kontakt|familie|famille|familia|familiar|family|angehörige|proche|naaste)\b)[^\n()]{0,24}\($")
_CONTACT_BRACKET_AFTER = re.compile(r"\)[ ]?:[ ]*[+(0-9]")
"""Who to call, in brackets in a contact label before the number: "Contact famille (Hélène) : 035 ...", "Contact
familie (Jeffrey): (050) ...", "Familiar de contacto (Leopoldo): 986 ..."."""
_CARD_QUOTE_BEFORE = re.compile(
    r"(?i:\b(?:card|carte|tarjeta|karte|kaart|ribbon|ruban|cinta|schleife|trauerschleife|lint|banner|"
    r"message|mensaje|boodschap|nachricht))[ ]?:?[ ]?[«“\"'‘„][^\n»”\"“„]*$")
_CARD_NAME_AROUND = re.compile(r"(?:,[ ]|[-–][ ]|[ ](?:and|en|y|et|und|e|&)[ ])$")
_CARD_NAME_END = re.compile(r"(?:,|[ ](?:and|en|y|et|und|e|&)[ ]|[ ]?[»”\"'’])")
"""The senders of a card's or a ribbon's message, listed in it: "Card: 'Love always, Danielle, Lawrence and the
kids'", 'ruban « À notre mamie - Alice, Paul »', "Lint: '... - Kimberly en Daan'"."""
_KIN_NAME_END = re.compile(r"(?:[ ]*[,.;:!?)\n]|[ ]*$|[ ]+[a-zß-ÿ])")
_BARE_PARTNER_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:]))(?:[Pp]artner|[Pp]artnerin|[Pp]areja|[Pp]artenaire)[ ]$")
"""A partner named in a clinical or a social-work note's shorthand ("Partner Gina attended", "pareja Rosa
presente"); unlike a relative's kinship, "partner" is also a firm's, so only a common first name follows it."""
_CHILDREN_LIST_BEFORE = re.compile(
    r"(?i:\b(?:children|kids|sons|daughters|grandchildren|kinderen|zonen|dochters|kleinkinderen|kinder|söhne|töchter|"
    r"enkel|enkelkinder|enfants|fils|filles|petits-enfants|hijos|hijas|niños|niñas|nietos))[ ]*:?[ ]+"
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*)?[ ]\([^()\n]{1,30}\)(?:,[ ]+|[ ]+(?:and|und|et|y|en|e)[ ]+))*$")
_DATED_IN_BRACKETS_AFTER = re.compile(r"[ ]\([^()\n]{0,12}\d[^()\n]{0,24}\)")
"""Children listed with their birth dates or ages in brackets: "kinderen Fedde (25 juli 2012) en David (27 mei
2014)", "hijos Nico (3 de febrero de 2011) y Lola (...)", "children Joseph (2020-11-07) and Ronald (...)"."""
_ON_CALL_PREFIX = re.compile(r"(?<![\w-])(?i:bereitschaft|rufbereitschaft|astreinte|guardia|piket|oncall|on-call|pager)-$")
_ON_CALL_NAME_END = re.compile(r"(?=[\s\"',;)]|$)")
"""An alerting receiver named after who is on call: "receiver=bereitschaft-Julian", "astreinte-Odette",
"name: pager-Megan"; the first name ends the receiver's name."""
# Round 74: a travel document's number said right after the name, in brackets or after a dash ("Es fehlt noch: Ingeburg
# Barkholz – die Passnummer Q2993... ist abgelaufen", "faltan: Feliciana Domingo Garrido (el nº J907... está caducado)",
# "manque : Féline Claes (son numéro de passeport 19AB...)", "Kerry Downs – passport no. 8087..., expired")
_DOCUMENT_NUMBER_AFTER = re.compile(
    r"[ ]?(?:\(|[ ][–—-][ ])(?:(?i:el|la|le|die|der|het|de|the|his|her|sein|seine|ihr|ihre|son|sa|su|zijn|haar)[ ])?"
    r"(?i:n[º°o]\.?[ ]|nr\.[ ]|passnummer|passport[ ](?:no|number)|numéro[ ]de[ ]passeport|número[ ]de[ ]pasaporte|"
    r"paspoortnummer|n[º°][ ]de[ ]pasaporte)")
# Round 74: who an on-call escalation or a phone tree rang, with the number in brackets ("Step 2: phone call to Jayde
# McHarry ((887)863-4320x168) - not acknowledged", "Schritt 1: SMS an Herrmann Biggen (+43 ...)", "llamada a Cristina
# Ocaña (612 ...) sin respuesta", "appel à ...", "gebeld naar ...", "bel ...")
_CALLED_BEFORE = re.compile(
    r"(?i:\b(?:call(?:ed)?[ ]to|phone[ ]call[ ]to|call|sms[ ](?:to|an|à|a|naar)|text(?:ed)?[ ]to|page(?:d)?|anruf[ ](?:bei|an)|"
    r"anruf|appel[ ](?:à|a)|appelé|llamada[ ]a|llamar[ ]a|sms[ ]a|oproep[ ]naar|gebeld[ ]naar|bel|gebeld))[ ]$")
# Round 75: an allotment rota's plot before its holder's name ("Week 28: tuin 11 - Faas Keijser (+32 ...)", "KW 28:
# Parzelle 9 - Genoveva Trub ((05137) 40904)", "Semana 2: parcela 10, Isaura Jáuregui (974 ...)"), the number after it
_PLOT_KEY_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(_PLOT_WORDS) + r")[ ]"
    r"\d{1,4}[a-z]?[ ]?(?:[:,]|[–—-]))[ ]$")
_NUMBER_IN_BRACKETS_AFTER = re.compile(r"[ ]\((?=[+(0-9])[+(]?[0-9][0-9 ()./-]{5,}[0-9](?:[ ]?(?:x|ext\.?|#)[ ]?[0-9]{1,5})?\)")
# Round 74: whose draft it is, to be reworked ("Entwurf von Konstantinos Eckbauer bitte überarbeiten", "Concept van Kick
# Pieters graag aanpassen", "draft by Féline Claes needs changes", "brouillon de Jayde Morel à revoir", "borrador de ...")
_DRAFT_OF_HEAD = re.compile(
    r"(?:Entwurf|Erstentwurf|Concept|Conceptversie|Draft|Brouillon|Borrador)[ ](?:von|van|by|from|de|del)[ ](?=[A-ZÀ-Þ])")
"""The same at the head of a capitalised run that opens a sentence: "Concept van Kick Pieters van der Maes ..."."""
_DRAFT_OF_BEFORE = re.compile(
    r"(?i:\b(?:entwurf|erstentwurf|concept|conceptversie|conceptbrief|draft|brouillon|borrador)[ ](?:von|van|by|from|de|del)[ ])$")
_RECORD_IN_BRACKETS_AFTER = re.compile(
    r"[ ]\((?:(?i:pat\.?[ ]?(?:nr|no|id)\.?|patient(?:en)?(?:nummer|nr\.?|[ ]no\.?|[ ]id)?|patiëntnummer|ipp|nhc|mrn|nhs(?:[ ]no\.?)?|"
    r"n\.?[º°][ ]historia|historia|fallnr\.?|fallnummer|kv-nr\.?|dob|geb\.|né(?:e)?[ ]le)"
    r"|SIN|SSN|NINO|PPSN|TFN|BSN|NIR|DNI|NIE|AHV|SVNR|SV-Nr\.?|Steuer-ID|INSZ|RRN|Aadhaar)[ :]")
"""A patient's record key in brackets right after a name: a clinic's day list ("10:45 Felix Moensendijk
(pat.nr. 19935739)", "10h30 Alexandrie Dumont (IPP 2020-589351)", "11:00 Salomón Plaza (NHC ...)"), or a
national identifier's key ("T1 prep notes: Diana (SIN 582 887 790)")."""
_DATED_ENTRY_BEFORE = re.compile(r"(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ ]?:[ ]$")
_CODE_IN_BRACKETS_AFTER = re.compile(r"[ ]\((?=[^()\n]*\d)(?=[^()\n]*[A-Za-z])[^()\n]{1,12}\)[ ]+[a-zß-ÿ]")
"""A log's dated entry about someone: the date and a colon, the first name, a short code in brackets
(a class, a room, a group: "(7a)", "(Y9)", "(klas 2)", "(2.º ESO)") and a verb in lower case:
"Notes 2022-02-09: Ronny (7a) klagte ...", "Journal, 3 mai 2028 : Manon (4e B) est venue ..."."""
_YOU_AND_BEFORE = re.compile(
    r"(?i:\b(?:for|with|für|mit|pour|avec|para|con|voor|met)[ ](?:you|dich|euch|sie|vous|toi|ti|usted|ustedes|jou|jullie|u)"
    r"[ ](?:and|und|et|y|en))[ ]$")
"""A place booked for the reader and someone named after them ("for you and Lenn Verheuvel", "pour vous
et Margaud Gillet"): a full name there is a person, its first name or its surname listed."""
_SIGNED_ROLE_AT_END = re.compile(
    r",[ ](?:the[ ]|la[ ]|le[ ]|el[ ]|de[ ]|die[ ]|der[ ])?(?:librarian|secretary|treasurer|chair|coordinator|organiser|organizer|"
    r"bibliothécaire|secrétaire|trésorier|trésorière|bibliotecario|bibliotecaria|secretario|secretaria|tesorero|tesorera|"
    r"bibliothekar|bibliothekarin|schriftführer|schriftführerin|kassenwart|kassenwartin|bibliothecaris|secretaris|"
    r"penningmeester|(?i:key[ ]person|key[ ]worker|keyworker|room[ ]leader|class[ ]teacher|parent[ ]rep|"
    r"bezugserzieherin|bezugserzieher|klassenlehrerin|klassenlehrer|mentor|mentorin|référente?|maîtresse|tutora|tutor|"
    r"maestra|maestro|leidster|groepsleerkracht|"
    # round 73: a scout leader, a driving school's instructor ("Fraternellement, Nolan, cheftaine", "José, autoescuela",
    # "Honoré, ton moniteur")
    r"cheftaine|chef[ ]scout|akela|scoutleider|pfadfinderleiterin|pfadfinderleiter|autoescuela|auto-école|rijschool|"
    r"fahrschule|(?:ton|votre|tu|je|jouw|your|dein|deine)[ ](?:moniteur|monitrice|profesor|profesora|instructeur|"
    r"instructor|fahrlehrer|fahrlehrerin)))[ \t]*[.!]?[ \t]*$"
    # round 73: the same role in brackets ("ID niet vergeten. Morris (rijschool)", "Yours in scouting, David (Akela)")
    r"|[ ]\((?i:rijschool|autoescuela|auto-école|fahrschule|driving[ ]school|akela|cheftaine|scoutleider)\)[ \t]*[.!]?[ \t]*$")
_CLOSING_WORDS_BEFORE = re.compile(
    r"(?i:\b(?:fraternellement|cordialement|amitiés|bien[ ]à[ ]vous|yours[ ]in[ ]scouting|yours|regards|best|cheers|"
    r"saludos|un[ ]saludo|abrazos|groeten|groetjes|grüße|gruß|liebe[ ]grüße|viele[ ]grüße))[ ]?[,!]?[ \t\n]+$")
"""A text's last words: a first name, a comma and the role of who writes ("... per copy. Dawn, librarian"); round 57:
a nursery's or a school's roles, capitalised or not ("Brendan, Key Person", "Lotte, Bezugserzieherin"); round 73:
after a closing word too ("Fraternellement, Nolan, cheftaine", "Yours in scouting, David (Akela)")."""
_VACANT_CELL = re.compile(
    r"[-–—/x]{1,3}|(?i:open|offen|frei|libre|vacant|vacante|vrij|leeg|leer|vide|vacío|tbc|tbd|n/a|nobody|niemand|nadie|personne|"
    # round 71: a slot nobody has taken, or a day the place is shut ("| Tue | Lauren | NEEDS COVER |", "| Sat | Michelle | closed |")
    r"needs[ ]cover|cover[ ]needed|closed|geschlossen|fermé|cerrado|gesloten|dicht)")
"""A rota's empty slot ("–", "open", "offen", "libre"): left out when its column is judged, so that a
column of people with a free shift still reads as people."""
OFFICE_SPEAKERS = frozenset("""
office reception admin vhs secretariat secretariaat secretaría secretaria secrétariat accueil sekretariat büro
rezeption anmeldung balie administratie administración recepción inschrijving
""".split())
"""An office that answers in a chat pasted without times ("Hubert: hi, ist im Spanischkurs noch was frei?\nVHS: ja,
..."): the other speaker, rare name or not, is a person."""
_SURNAME_PARTNER_AFTER = re.compile(r"[ ]&[ ](?:(?:van[ ]der|van[ ]den|van[ ]de|van|von|de|du|del)[ ])?([A-ZÀ-Þ][\w'’-]+)(?![ ]?[\w&])")
"""A second partner's surname after "&" that ends the run ("Backer & Stettyn.", "Jansen & van Loon:"): the
pair is a firm's name."""
_AUCTION_LOT_BEFORE = re.compile(r"(?i:\blot)[ ]?(?:no\.?[ ]?|nr\.?[ ]?|#)?\d{1,4}[a-z]?[ ]?[:.–-][ ]$")
"""An auction's lot number before a capitalised run ("Lot 16: Penny Red block of 12"): the run names the item."""
_LOCATION_LINE = re.compile(
    r"(?:^|\n)[ \t-]*(?i:location|locations|lieu|emplacement|ort|standort|ubicación|ubicacion|lugar|locatie|plaats)"
    r"[ \t]*:[ \t]*(?:[^\n:]*,[ ])?$")
"""A location's line ("Location: Lock 21, Beatrix Flight"): a capitalised run right after its colon or after
a comma on it names the place ("Location: home of Anna Smith" names no place by her)."""
_DRINK_AFTER = re.compile(r"[ ]\d{1,2}(?:[.,]\d)?[ ]?%")
DRINK_STYLES = frozenset("pale stout ipa lager ale pilsner pils saison sour gose weisse weizen bock dubbel tripel cider mild".split())
"""A beer's or a cider's style closing a run before its strength ("Helena Pale 4.2%", "Cold Kettle Stout 5.8%"):
a drink on a tap list, not a person (a bare percentage after a name stays a person's: a vote's share)."""
_COURSE_WORD_AFTER = re.compile(r"[ ](?:theory|practical|course|exam|syllabus|certificate|module)\b")
"""A lower-case course word right after a capitalised run that opens with no common first name ("Day Skipper
theory runs from ..."): the run is a course's or a qualification's name."""
_SIGNATURE_KEY = re.compile(
    r"(?:^|\n|[ \t]{3,})[ \t>-]*(?:\d{1,2}[.)][ ]+)?(?i:(?P<firma>firma)|logged[ ]by|entered[ ]by|recorded[ ]by|signed|signature|signed[ ]off|"
    r"unterschrift|unterschrieben|gezeichnet|signé|signée|firmado|firmada|fdo\.?|getekend|ondertekend|handtekening|paraaf)"
    r"(?:[ ][A-Za-zÀ-ÿ]+|[ ]\([^()\n]{1,20}\))?[ \t]*:[ \t]*$")
"""A signature's key at a line's start, perhaps with its role ("Unterschrift Schichtleitung:", "Logged by:",
"Getekend:"); Spanish "Firma:" (a firm's in German) only with a role after the name (_SIGNED_END); round 58: a
qualifier in brackets ("Signed (patient):") and a form's field after three blanks ("Datum: ...   Handtekening:")."""
_SIGNED_END = re.compile(r"(?P<role>,[ ]+[a-zß-ÿ]|[ ]+\([a-zß-ÿ])|[ \t]*(?:\n|$)|[ \t]{3,}[A-ZÀ-Þ][\w/ ]{0,20}:")
_KIN_OF_BEFORE = re.compile(
    r"(?i:\b(?:husband|wife|widow|widower|mother|father|son|daughter|brother|sister)[ ]of"
    r"|\b(?:ehemann|ehefrau|witwe|witwer|mutter|vater|sohn|tochter|bruder|schwester)[ ]von"
    r"|\b(?:époux|épouse|veuve|veuf|mère|père|fils|fille|frère|sœur)[ ]d[e'’][ ]?"
    r"|\b(?:esposo|esposa|marido|madre|padre|hijo|hija|hermano|hermana)[ ]de"
    r"|\b(?:echtgenoot|echtgenote|weduwe|weduwnaar|moeder|vader|zoon|dochter|broer|zus)[ ]van"
    r"|\bfamily[ ]of|\bfamilie[ ]von|\bfamille[ ]d[e'’][ ]?|\bfamilia[ ]de|\bfamilie[ ]van"
    # round 56: a child's parents, carers or guardian, as a school writes to them ("Dear parent/carer of Sheila,", "Beste
    # ouders van Charlotte,", "soy la tutora de Pastora", "les parents de Léo", "die Eltern von Mia")
    r"|\b(?:parents?|carers?|guardians?|parent/carer|parent/guardian|parents/carers|parents/guardians)[ ]of"
    r"|\b(?:eltern|erziehungsberechtigten?)[ ]von|\b(?:parents|tuteur|tutrice)[ ]d[e'’][ ]?"
    r"|\b(?:padres|tutor|tutora|tutores)[ ]de|\b(?:ouders|ouder|voogd|verzorgers)[ ]van"
    # round 57: a parent named the child's way ("la maman de Charlotte (CP)", "the mum of Noah", "die Mama von Ben")
    r"|\b(?:mum|mom|mummy|mommy|dad|daddy)[ ]of|\b(?:mama|mutti|papa|vati)[ ]von|\b(?:maman|papa)[ ]d[e'’][ ]?"
    r"|\b(?:mamá|papá|mama|papa)[ ]de|\b(?:mama|papa)[ ]van)[ ]?$")
"""Whose spouse, parent, child or sibling someone is, as death notices and family trees write it:
"Beloved husband of Misty,", "Ehefrau von Gudrun", "fille de Rosine et de Paul"; round 56: whose parents or
guardian a school writes to ("Dear parent/carer of Sheila,")."""
_KIN_OF_END = re.compile(r"(?:[ ]*[,.;:!?)\n]|[ ]*$|[ ]+(?:and|und|et|y|en|e)[ ])")
"""What follows the relative's first name: punctuation, the end, or "and" (not "Mother of Pearl bracelet")."""
_ROLE_SPEAKER_LINE = re.compile(_CHAT_LINE_START + "$")
"""A chat line's start, after its time stamp: a name there before a colon is a speaker's."""
_SPEAKER_COLON = re.compile(r"[ ]?:[ \t]")
_SURNAME_WITHHELD_AFTER = re.compile(
    r"[ ]?[,(–-][ ]?(?i:(?:the[ ])?(?:sur)?name|last[ ]name|family[ ]name|nachname|familienname|"
    r"zuname|nom(?:[ ]de[ ]famille)?|apellidos?|achternaam|familienaam)"
    r"(?:[ ](?i:withheld|not[ ]given|not[ ]recorded|not[ ]known|unknown|redacted|nicht[ ]erfasst|nicht[ ]bekannt|unbekannt|"
    r"geschwärzt|non[ ]communiqué|non[ ]renseigné|inconnu|masqué|no[ ]registrados?|no[ ]consta|desconocidos?|reservados?|"
    r"niet[ ]vastgelegd|niet[ ]bekend|onbekend|weggelaten|afgeschermd))[)]?(?:[ \n]|[.,;:]|$)")
"""A note that a first name's surname is kept back: "Survivor: Molly (surname withheld)", "Frau: Jo,
Nachname nicht erfasst", "Mujer: Cosme, apellidos no registrados", "Cliënte: Victoria, achternaam niet
vastgelegd": the first name is a person's, the one the text does not want to name in full."""
_AGE_AFTER = re.compile(
    r",[ ]?[0-9]{1,2}(?:[ ]?(?:years?|yrs?|y/o|yo|jahre|j\.|ans|años|a\.|jaar|jr\.?)(?![\w])|,[ ]?(?:[A-Za-zß-ÿ]|$))"
    r"|[ ]?\([0-9]{1,2}[ ]?(?i:years?|yrs?|y/o|jahre|j\.|ans|años|jaar|jr\.?|mois|months|monate|meses|maanden)\)"
    r"|[ ]?\((?i:age|aged|âge|edad|alter|leeftijd)[ ]?:?[ ]?[0-9]{1,2}\)")
"""An age after a first name: "Erica, 34, known asthmatic", "Lukas, 7 Jahre", "Sophia (8 jaar)", "John (age 4)",
"Amélie (4 jr)", "Rosalba (5 J.)"."""
_BARE_INTROS = frozenset("signé firmado getekend gezeichnet".split())
"""A participle alone before a name ("signé Antonio le ..."): never across a full stop ("signé. Tu peux ...")."""
_CELL_SEPARATORS = re.compile(r"[ \t\n,;|]+")
_KNIGHTED = re.compile(r"(?:^|[^\w][ ]?)(?<!Dear )(?<!dear )(?<!Hello )(?<!Hi )(?<!To )(?:Sir|Dame)[ ]$")
"""A knight's or a dame's honour before a full name, not after a greeting: honours are public (the
London Gazette lists them), and a text that tells what "Sir Robert Peel" did speaks of a public figure."""
_NARRATED_AFTER = re.compile(
    r"(?:['’]s?)?[ ]+(?!you\b|your\b)[a-z]|[ ]?,[ ](?:the[ ]|der[ ]|die[ ]|le[ ]|la[ ]|el[ ]|de[ ])?"
    r"(?i:nobel|nobelpreisträger|nobelpreisträgerin|prix nobel|premio nobel|nobelprijswinnaar|laureate|lauréat|lauréate|"
    r"preisträger|preisträgerin|galardonad[oa]|prijswinnaar)")
"""The sentence goes on about the named person: a possessive or a lower-case word (a verb) right after
the name ("Sir John Charnley developed", "Sir Robert Peel's principles") or a great prize in apposition
("Sir Robert Edwards, Nobel laureate in 2010, ..."), not a label, a list or a sign-off."""
_BILLING = gated(re.compile(
    r"(?i:\b(?:headline|headlines|headlining|headliner|headliners|main stage|hauptbühne|tête d'affiche|têtes d'affiche|"
    r"grande scène|encabeza|encabezan|cabeza de cartel|escenario principal|hoofdpodium|hoofdact)\b)"))
"""Words of a festival's or a concert's bill: the acts named there are performers in their public role."""
_BACKSTAGE = re.compile(
    r"(?i:\b(?:crew|staff|accreditation|accredited|pass|badge|wristband|volunteer|ausweis|akkreditierung|helfer|"
    r"accréditation|bénévole|bracelet|acreditación|acreditado|pulsera|voluntario|voluntaria|accreditatie|polsbandje|"
    r"vrijwilliger|medewerker|ticket|tickets|order|bestellung|commande|pedido|bestelling)\b)")
"""Words of a festival's own records (its crew, passes, volunteers and ticket orders): private people."""


_CONTACT_ON_LINE = re.compile(r"@|\+[0-9]|(?i:\b(?:call|tel|phone|mobile|telefon|handy|téléphone|portable|teléfono|móvil|telefoon|mobiel|gsm)\b)")


_TALK_OR_SCREENING = re.compile(
    r"(?i:\b(?:talk|lecture|film[ ]night|movie[ ]night|screening|vortrag|referat|filmabend|kinoabend|conférence|"
    r"soirée[ ]ciné(?:ma)?|ciné-club|projection|charla|conferencia|ponencia|noche[ ]de[ ]cine|cinefórum|proyección|"
    r"lezing|filmavond|voorstelling)\b)")
"""Words that announce a talk or a screening: its speaker or its cast come with a topic or a film's title."""
_TOPIC_BEFORE = re.compile(rf"{_NAME_WORD}[ ]{_NAME_WORD}[ ](?i:über|on|about|sur|sobre|over)[ ]$")
"""A speaker's name and "about" right before a run: the run is the talk's topic ("Alexander Huber über Big Walls")."""
_CAST_AFTER = re.compile(rf"[ ](?i:with|mit|avec|con|met)[ ]{_NAME_WORD}[ ]{_NAME_WORD}")
""""With" and a full name right after a run: the run is the film the person is in ("Free Solo with Alex Honnold")."""


def _announced_work(text: str, start: int, end: int) -> bool:
    """A run that a talk's or a screening's announcement makes its topic or its film: after "<speaker> über/on",
    or before "with <actor>", on a line that names a talk or a screening (_TALK_OR_SCREENING)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _TALK_OR_SCREENING.search(text, line_start, start) is None:
        return False
    return _TOPIC_BEFORE.search(text, max(line_start, start - 60), start) is not None or _CAST_AFTER.match(text, end) is not None


def _billed_performer(text: str, start: int, end: int) -> bool:
    """A name on a line that bills acts ("Snelle en Suzan & Freek op het hoofdpodium", "Rosalía y
    Alejandro Sanz encabezan el cartel"), with no crew, pass or order word and no contact detail there."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (_BILLING.search(line) is not None and _BACKSTAGE.search(line) is None and not contact_after(text, end)
            and _ADDRESSING.search(line) is None and _PARTICULARS.search(line) is None and _OWN_BEFORE.search(line) is None
            and _CONTACT_ON_LINE.search(line) is None)


_PERSONAL_TITLE_BEFORE_DR = re.compile(r"\b(?:Frau|Herr|Mrs|Mr|Ms|Mme|Madame|Monsieur|Sra|Sr|Mevr|Dhr|Mw)\.?[ ]Dr\.?[ ]$")
"""A personal title before the doctor's ("Frau Dr. Scholl"): a brand named like a doctor ("Dr. Scholl",
"Dr. Oetker") never has one, so the surname after it is a person's."""
_PEER_TITLE = re.compile(r"\b(?:Lord|Lady)[ ]$")
"""A peer's title before a surname alone: judges, peers and pubs named after them; a private
person is "Mrs", "Ms" or "Mr" (and "Lady Diana Spencer", a first name after it, stays a name)."""
_PLACE_OR_FIRM_LABEL = re.compile(
    r"(?:^|\n)[ \t-]*(?i:(?:venue|location|destination|place|lieu|destination|ort|reiseziel|zielort|lugar|destino|locatie|bestemming|"
    r"plaats|company|employer|employment|firm|firma|arbeitgeber|unternehmen|entreprise(?:[ ]\w+)?|employeur|empresa|empleador|"
    r"bedrijf|werkgever|club|verein|équipe|team|equipo|ploeg|pet|pet's name|mascota|haustier|tier|huisdier|"
    r"animal|animal de compagnie|city|town|stadt|ville|ciudad|stad|country|land|pays|país|colou?r|farbe|couleur|kleur|"
    r"type|typ|tipo|soort|sorte|variety|variedad|variété|breed|rasse|race|raza|ras|model|modell|modèle|modelo|"
    r"product|produkt|produit|producto|brand|marke|marque|marca|merk|manufacturer|maker|hersteller|fabricant|fabricante|"
    r"fabrikant|fahrschule|auto-école|autoescuela|autoescola|rijschool|driving[ ]school|voyage|viaje|reise|reis|trip|"
    r"staying[ ]at|verblijf|séjour|estancia|unterkunft|accommodation|hébergement|alojamiento|accommodatie|agence|agency|"
    r"agentur|agencia|agentschap|"
    # round 70: a funeral home, named after its founder ("Pompes funèbres : Albert", "Funeraria: Hermanos Ruiz")
    r"pompes[ ]funèbres|funeral[ ]home|bestattungsinstitut|funeraria|tanatorio|uitvaartcentrum|"
    # round 71: a market stall's sign and a firm's name field ("Enseigne : Hervé", "Bedrijfsnaam: Lauwers VOF")
    r"enseigne|bedrijfsnaam|firmenname|nom[ ]commercial|nombre[ ]comercial|trading[ ]name))"
    r"(?:[ ]\([^()\n:]{1,20}\))?[\"']?[ \t]*[:=][ \t]*[\"']?(?:[A-Z]{2,4}[ ])?$")
"""A field that names a place, a firm, a club, a pet or a kind of thing: the run after it is no person's name,
an abbreviation of the club's kind before it or not ("venue: Ashton", "Club : VC Val de Loire"); round 56: a driving
school, named after its owner ("Fahrschule: Christoph", "Auto-école : Muller"); round 58: a note in brackets before
the colon ("Venue (indoor): Ashton")."""
_WORK_TITLE_LABEL = re.compile(
    r"(?:^|\n|[.;][ ])[ \t-]*(?i:(?:first|last|next|opening|closing)[ ](?:song|dance|track)|song|track|play|show|musical|"
    r"función|obra|canción|tema|pièce|spectacle|chanson|morceau|stück|theaterstück|lied|titel|voorstelling|toneelstuk|"
    r"liedje|openingsdans|eröffnungstanz|primer baile|première danse)[ \t]?:[ \t]*(?:[^\n:;.]{0,24}[ ](?:de|of|von|van|du)[ ]|(?:Mr|Mrs|Miss|Ms)\.?[ ])?$")
"""A work's field: what follows is a song's, a play's or a show's title ("last song: Mr. Brightside",
"Función: La casa de Bernarda Alba"), not a person, even where the title holds a name."""
_MUSIC_TEXT = re.compile(r"(?i:\b(?:playlist|setlist|songs?|first dance|dj|dancefloor|lieder|liedjes|chansons|canciones))\b")
_SONG_TITLE_PREFIX = re.compile(r"(?:^|[:,][ ]|[ ](?:and|und|et|y|en)[ ])(?:Mr|Mrs|Miss)\.?[ ]$")
_TITLED_PROJECT_AFTER = re.compile(
    r"(?:[ ][A-Z][a-z]+){0,4}[ ]?(?:Study|Trial|Programme|Program|Project|Survey|Registry|Cohort|Studie|Projekt|Étude|Estudio|"
    r"Proyecto|Ensayo|Onderzoek)\b")
"""The rest of a study's or a project's title in capitals ("Home Blood Pressure Monitoring Study"): the words
before it are the title's, not a person's."""
_SONG_TITLE_END = re.compile(r"[ ]?(?:[,.;]|[ ](?:and|und|et|y|en)[ ])")
"""A place's or a firm's label: what follows names a venue or an employer ("venue: Go Ape",
"Destination : Abou Dabi", "Entreprise utilisatrice : Daniel", "Arbeitgeber: Müller"), or a thing's
field ("Farbe: Rose", "Variety: Victoria", "Stadt: Florence")."""
_PRIVATE_ROLE_BRACKET = re.compile(
    rf"[ ]?\([ ]?[\"'“‘«„]?(?:(?i:the|der|die|le|la|el|de|het|l')[ ])?(?i:{_PRIVATE_ROLES})\b")
"""A private role in brackets after a name: "und Auguste Hornich (Mieter)"."""
_OBITUARY_AFTER = re.compile(
    r"[ \t]*\n[ \t]*(?:\*[ ]?[0-9]|†|✝|(?i:falleci[óo]|fallecida|décédée?|est décédée?|overleden|verstorben|"
    r"ist verstorben|died|passed away|gestorben))")
"""A death notice's line under a name: "Charlotte Mosemann\n* 07.03.1993 † ...", "Azeneth Armengol\nFalleció en ..."."""
_INSTITUTION_QUOTE_BEFORE = re.compile(
    r"(?i:\b(?:kita|kindergarten|schule|grundschule|gymnasium|school|école|collège|lycée|escuela|colegio|instituto|"
    r"hospital|klinik|clinique|ziekenhuis|hotel|restaurant|café|theater|theatre|théâtre|teatro|haus|maison|casa|huis|"
    r"residenz|résidence|residencia|saal|salle|sala|zaal|stiftung|fondation|fundación|stichting|verein|club|prize|"
    r"preis|prix|premio|prijs|award|festival))[ ]+[\"'‘“«„][ ]?$")
"""An institution, a building or a prize with its name in quotes: "Die Kita „Astrid Lindgren“"."""
_OPEN_QUOTES = "\"'‘“«„"
_CLOSE_QUOTES = {"\"": "\"", "'": "'", "‘": "’", "“": "”", "«": "»", "„": "“"}


_TITLE_ARTICLES = frozenset("the a an la le les el los las der die das ein eine de het een un une una".split())


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """`text[start:end]` ends a quoted title that opens with an article and holds words before it:
    "«La casa de Bernarda Alba»", "'The Prime of Miss Jean Brodie'" (a work named after a
    character, not the person); not quoted speech ('"I met Anna Weber"')."""
    line_start = text.rfind("\n", 0, start) + 1
    for i in range(start - 1, max(line_start, start - 50) - 1, -1):
        mark = text[i]
        if mark in _OPEN_QUOTES:
            inner = text[i + 1 : start]
            closing = _CLOSE_QUOTES[mark]
            return (len(inner.split()) >= 2 and inner.split()[0].lower() in _TITLE_ARTICLES
                    and text[end : end + 1] in (closing, "»", "”", "’")
                    and (mark not in "'\"" or i == 0 or not text[i - 1].isalnum()))
    return False


_STREET_WORD_BEFORE = re.compile(
    r"(?i:\b(?:rue|avenue|boulevard|allée|impasse|quai|chemin|place|square|cours|calle|avenida|paseo|plaza|street|road|laan|"
    r"straat|plein))[ ]$")
"""A street word right before a one-word name: the street is named after someone ("la rue Louis-Pasteur")."""
_RATING_STARS = re.compile(r"[★☆⭐]")
"""A review's stars on the line: the quote's author is a customer ("★☆☆☆☆ "Kept waiting" - Emily Jackson")."""
WORD_GIVEN_NAMES = frozenset({"An"})
_SURNAME_PARTICLES = frozenset("de van von vom der den del du des la le ten ter".split())
"""Given names written like a function word of the five languages ("An", a Flemish name; "an" is English,
German and Dutch), kept out of the name lists' lone and prose cues."""
FACILITY_AFTER = frozenset("""
ward wards wing marina harbour harbor haven port pier quay suite unit lodge hall house building centre center
""".split())
"""Words after a famous name or a place that make the run a facility named after it ("Florence Nightingale
Ward", "Denver Marina"), though the surname lists hold some of them ("Ward", "Hall", "House")."""
_FACILITY_PAPER_AFTER = re.compile(
    r"[ ](?i:price[ ]list|prices|rates|fees|tariffs?|charges|rules|regulations|opening[ ]hours|office[ ]hours|newsletter|"
    r"tarifs?|prix|règlement|horaires|tarifas|precios|normas|horarios?|tarieven|prijslijst|prijzen|reglement|"
    r"openingstijden|preisliste|preise|gebühren|tarife|öffnungszeiten|hafenordnung)\b")
"""Round 72: a facility's word that is also a first name, then the facility's own paper: "Marina price list 2027",
"Marina tarifs 2027", "Marina tarieven": the harbour's, not Marina's."""
_CUSTOMER_OF = re.compile(
    r"(?i:\b(?:customer of|customers of|client of|clients of|cliente de|clienta de|clientes de|kunde (?:bei|von)|"
    r"kundin (?:bei|von)|kunden (?:bei|von)|client de|cliente de|client chez|cliente chez|klant (?:bij|van)|klanten (?:bij|van)))[ ]$")
"""Who a customer is a customer of: a supplier, a firm, however it is named ("cliente de Luz Clara")."""
_DATED_NOTE_AFTER = re.compile(
    r"[ ]\((?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}\.?[ ](?:de[ ])?[A-Za-zÀ-ÿ]{3,10}\.?[ ](?:de[ ])?[0-9]{4})\)[ ]?:")
"""A first name, then a date in brackets and a colon: the heading of a note about that person ("Compte rendu
entretien – Sabine (22.02.2028) :", "Belnotitie Luc (6 oktober 2030):")."""
_DUTY_BEFORE = re.compile(
    r"(?i:\b(?:on-call|oncall|on call|on duty|bereitschaft|rufbereitschaft|diensthabende[rn]?|d'astreinte|astreinte|de garde|"
    r"de guardia|guardia|de turno|piket|dienstdoende|wachtdienst))[ ]\($")
"""Who is on duty, named in brackets: "on-call (Emily) rolls back 9.21.21", "Rufbereitschaft (Jonas)"."""
_ROLE_IN_BRACKETS_BEFORE = re.compile(
    r"(?i:\b(?:manager|supervisor|driver|chair|chairperson|chairman|chairwoman|presiding officer|returning officer|"
    r"teacher|coach|nurse|carer|caretaker|receptionist|technician|engineer|agent|neighbour|neighbor|"
    r"nachbar|nachbarin|voisin|voisine|vecino|vecina|buurman|buurvrouw|"
    r"wahlvorsteher|wahlvorsteherin|vorsitzende|vorsitzender|leiter|leiterin|fahrer|fahrerin|lehrer|lehrerin|"
    r"trainer|trainerin|betreuer|betreuerin|schichtleiter|schichtleiterin|hausmeister|hausmeisterin|pfleger|pflegerin|"
    r"responsable|chef|cheffe|président|présidente|conducteur|conductrice|chauffeur|animateur|animatrice|professeur|"
    r"professeure|infirmier|infirmière|gardien|gardienne|technicien|technicienne|"
    r"encargado|encargada|presidente|presidenta|conductor|conductora|profesor|profesora|monitor|monitora|"
    r"enfermero|enfermera|conserje|técnico|técnica|"
    r"voorzitter|leidinggevende|teamleider|docent|docente|begeleider|begeleidster|verpleegkundige|conciërge|monteur|"
    r"daughter|son|mother|father|wife|husband|partner|sister|brother|next of kin|relative|mum|mom|dad|mam|"
    r"tochter|sohn|mutter|vater|ehefrau|ehemann|partnerin|angehörige|angehöriger|angehörigen|schwester|bruder|mama|papa|mutti|"
    r"fille|fils|mère|père|épouse|époux|conjoint|conjointe|sœur|frère|proche|"
    r"hija|hijo|madre|padre|esposa|esposo|marido|familiar|hermana|hermano|pareja|"
    r"dochter|zoon|moeder|vader|echtgenote|echtgenoot|zus|broer|familielid))"
    r"[ ]\($")
"""A person's role or a relative, then the name in brackets: "Der Wahlvorsteher (Herrmann) wies ...
zurück", "the duty manager (Kelly) approved", "l'animatrice (Zoé)", "el encargado (Luis)", "de
voorzitter (Sanne)", "La fille (Vincent) est prévenue", "Next of kin (Michael) called"."""
_KIN_IN_BRACKETS_AFTER = re.compile(
    r"[ ]?\((?i:daughter|son|mother|father|wife|husband|sister|brother|niece|nephew|"
    r"tochter|sohn|mutter|vater|ehefrau|ehemann|schwester|bruder|nichte|neffe|"
    r"fille|fils|mère|père|épouse|époux|sœur|frère|nièce|neveu|"
    r"hija|hijo|madre|padre|esposa|esposo|marido|hermana|hermano|sobrina|sobrino|"
    r"dochter|zoon|moeder|vader|echtgenote|echtgenoot|zus|broer|nicht|neef|"
    r"mum|mom|dad|mama|papa|maman|papá|mamá|mami|papi|mama's|partner|partnerin|pareja|compagne|compagnon)\b")
"""A relative's kinship in brackets after the name: "Alice (daughter, attorney under the LPA) rang",
"| Morgan (partner) | 07700 ...", "Miranda (mum)"."""
_OFFICER_IN_BRACKETS_AFTER = re.compile(
    r"[ ]?\((?:[A-Za-zÀ-ÿ]+[ ])?(?i:treasurer|secretary|chair|chairperson|president|vice-president|"
    r"kassenwart|kassenwartin|kassierer|kassiererin|schriftführer|schriftführerin|vorsitzende|vorsitzender|"
    r"trésorier|trésorière|secrétaire|président|présidente|tesorero|tesorera|secretario|secretaria|presidente|presidenta|"
    r"penningmeester|secretaris|voorzitter|voorzitster)\)")
"""Round 61: a club's or a band's officer in brackets after a first name: "Approved: Robert (treasurer)", "Yours in
Scouting,\nKevin (Group Treasurer)", "Visa : Claire (trésorière)", "Firmado: Nuria (tesorera)"."""
_SQUAD_ROLE_AFTER = re.compile(
    r"[ ]?\((?i:sub|subs|substitute|reserve|ersatz|ersatzspieler|ersatzspielerin|auswechselspieler|auswechselspielerin|"
    r"invaller|invalster|reservespeler|remplaçant|remplaçante|suplente|reserva|captain|capt\.|kapitän|kapitänin|"
    r"capitaine|capitán|capitana|aanvoerder|aanvoerster|kapitein|trainee|intern|apprentice|prácticas|en prácticas|"
    r"becario|becaria|stagiaire|apprenti|apprentie|aspirant|aspirante|stagiair|praktikant|praktikantin|azubi|"
    r"auszubildende|auszubildender|leading hand|relief)\)")
"""A squad role in brackets after a first name, on a team sheet, a score card or a rota: "Michaela (sub)  122 131",
"Gianfranco (Ersatz);132", "Ward (invaller): 126", "Julie (remplaçant)", "Rosenda (suplente)", "Fátima
(prácticas);887...", "Maryse (stagiaire)", "Liam (aspirant)"."""
_SUBJECT_OF_STUDY_BEFORE = re.compile(
    r"(?i:\b(?:técnic[oa](?: superior)? en|grado en|licenciad[oa] en|máster en|master en|diplomad[oa] en|"
    r"ingenier[oa] en|doctorado en|ciclo formativo de|bachelor of|master of|degree in|diploma in|certificate in|"
    r"bsc in|msc in|ba in|ma in|phd in|ausbildung zum|ausbildung zur|ausbildung als|studium der|studiengang|"
    r"licence de|licence en|master en|diplôme de|diplôme d'|bts|dut|cap|bac pro|opleiding|"
    r"mbo-opleiding|hbo-opleiding))[ ]$")
"""A qualification or a course before a capitalised run: the run is its subject ("Técnico en
Instalaciones de Producción de Calor", "Bachelor of Arts", "Ausbildung zum Kaufmann für
Büromanagement", "BTS Management Commercial Opérationnel", "opleiding Zorg en Welzijn")."""
_DEED_BEFORE = re.compile(
    r"(?:^|\n|[.:;!?][ ]+)[ \t]*(?:I|Ich|Je soussignée?|Je,|Yo|Ik|Ondergetekende|Le soussigné|La soussignée|"
    r"El abajo firmante|La abajo firmante|Der Unterzeichnende|Die Unterzeichnende)[ ]?,?[ ]$")
_DEED_AFTER = re.compile(
    r"[ ]?,[ ]+(?i:of|residing|resident|born|wohnhaft|geboren|geb\.|demeurant|domicilié|domiciliée|né|née|"
    r"con domicilio|con dni|con nie|mayor de edad|vecin[oa]|nacid[oa]|wonende|wonend|geboren|hereby|do hereby)\b")
"""A deed's or a release's own formula around the name of who signs it: "I, Fainche McGruddy, of
Suite 243 ...", "Ich, ..., wohnhaft in ...", "Je soussignée, ..., demeurant ...", "Yo, ..., con
DNI ...", "Ik, ..., wonende te ...": the name is a person's, listed or not."""
_CELEBRITIES = gated(re.compile(
    r"(?i:\b(?:celebrity|celebrities|film stars|movie stars|pop stars|promis|prominente[rn]?|berühmtheiten|célébrités|"
    r"célébrité|vedettes|stars du|celebridades|famosos|famosas|beroemdheden|bekende nederlanders|bekende vlamingen)\b)"))
"""A sentence about celebrities: the names in it are theirs ("photos of celebrities (Keanu Reeves, ...)")."""
_TRIBUTE = re.compile(
    r"(?i:\b(?:homage|hommage|homenaje|eerbetoon|tribute|in the style of|im stil von|à la manière de|al estilo de|"
    r"in de stijl van|inspired by|inspiriert von|inspiré par|inspirée par|inspirés par|inspirado en|inspirada en|"
    r"inspirado por|inspirada por|geïnspireerd door|vorbild|vorbilder|role models?|idols|modèles|referentes|"
    r"names (?:such as|like)|namen wie|noms comme|noms tels que|nombres como|namen als|namen zoals)\b)")
"""A tribute, a style or an inspiration, or names given as examples: the names after it in its
sentence are famous ones ("hommage à Robert Doisneau et Henri Cartier-Bresson", "Unsere Vorbilder:
Helmut Newton und August Sander", "historical names like Emmeline Pankhurst")."""
_TRIBUTE_LIST = re.compile(
    r"(?:[\s:,&]|(?i:à|a|aan|an|to|of|von|de|by|door|par|por|en|like|as|wie|comme|como|als|zoals|y|et|und|and|e)(?=\s)"
    r"|[A-ZÀ-Þ][\w'’.-]*)*")
"""What may stand between a tribute's word and a name it lists: other names and their connectors."""
_MOURNING = re.compile(
    r"(?i:\b(?:funeral|memorial|passed away|died|obsèques|funérailles|décédée?|verstorben|trauerfeier|beerdigung|"
    r"fallecid[oa]|funeral|velatorio|overleden|uitvaart|begrafenis|colleague|collègue|kollege|kollegin|compañer[oa]|collega)\b)")
"""Mourning and workplace words: a tribute to a private person ("hommage à notre collègue ...")."""
_HONOURS = frozenset("sir dame lord lady".split())
"""Honours before a public figure's name ("Sir Robert Peel", "Dame Judi Dench")."""
_JOB_LABEL = re.compile(
    r"(?i:\b(?:job[ _-]?title|title|position|role|occupation|profession|job|grade|beruf|berufsbezeichnung|"
    r"funktion|stelle|stellenbezeichnung|tätigkeit|dienstgrad|poste|fonction|intitulé du poste|métier|emploi|"
    r"qualification|puesto|cargo|categoría profesional|profesión|ocupación|functie|functietitel|beroep|rol))"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$")
"""A job's label: what follows names a post, not its holder ("Job title: Staff Nurse", "Funktion:
Oberarzt", "Poste : Chef de projet", "Puesto: Jefe de Sala", "Functie: Senior Adviseur")."""


def _speaker_sentence(text: str, start: int, word: str, common: bool) -> bool:
    """The value after a person's label opens a sentence, not a name: a function word that is no
    common first name, then a lower-case word ("Klant: Is de Model Y nog leverbaar?", "Medewerker:
    Ik blokkeer de kaart"), or an answer word before a comma ("Mitarbeiter: Ja, ..."). "Patient:
    May van Dijk" and "Contact: Will, 0555 ..." keep their names (common first names; a phone)."""
    lowered = word.lower()
    end = start + len(word)
    if lowered in ANSWER_WORDS and (_ANSWER_END.match(text, end) or _SENTENCE_ON.match(text, end)) and not contact_after(text, end):
        return True  # "Ja hoor", "Sí, claro": "Ja" and "Si" are listed first names too; a phone after one makes it a contact's
    return not common and lowered in function_words() and _SENTENCE_ON.match(text, end) is not None


_AMPERSAND_AFTER = re.compile(r"[ ]?&[ ]?")
_AMPERSAND_BEFORE = re.compile(r"[ ]?&[ ]?$")


def _name_char(c: str) -> bool:
    """A character that continues a name (a letter, a digit, "_", an apostrophe or a hyphen)."""
    return bool(c) and (c.isalnum() or c in "_'’-")


def _twin_firm(text: str, start: int, end: int, word: str) -> bool:
    """One name on both sides of "&" ("Johnson & Johnson", "Müller & Müller", "Ruiz & Ruiz"): a family's
    firm, not two people. Plain string comparisons, not a pattern built from the name: a pattern per name
    would fill the re module's cache and push out the compiled patterns of every other rule."""
    amp = _AMPERSAND_AFTER.match(text, end, end + 3)
    if amp is not None and text.startswith(word, amp.end()) and not _name_char(text[amp.end() + len(word) : amp.end() + len(word) + 1]):
        return True
    amp = _AMPERSAND_BEFORE.search(text, max(0, start - 3), start)
    if amp is None:
        return False
    first = amp.start() - len(word)
    return first >= 0 and text.startswith(word, first) and not _name_char(text[first - 1 : first] if first else "")


_NEXT_CAPITALISED = re.compile(r"[ ][A-ZÀ-Þ][\w'’-]*(?=[ ])")
_FIRM_LIST_AFTER = re.compile(
    r"(?:,[ ][A-ZÀ-Þ][^,\n]{0,30}?){1,3}[ ](?:and|en|und|et|y|&)[ ][A-ZÀ-Þ][^,\n]{0,30}?(?=[ ][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.&]*(?:[ .,;:)\n]|$))")
"""The rest of a list of partners' names after the first ("Cornelis, Van de Velde en Segers", "Baert,
Hanssens en Verlinden"), up to the word after the last one (a legal form makes the list a firm's)."""


_HOUSE_NUMBER_AFTER = re.compile(r"[ ]?\d")
_PARTNERS_TRADE = re.compile(
    r"[ ](?i:funeral[ ]directors|solicitors|accountants|architects|opticians|surveyors|estate[ ]agents|associates|"
    r"advocaten|notarissen|architecten|rechtsanwälte|steuerberater|notare|architekten|avocats|notaires|"
    r"architectes|abogados|asesores|arquitectos|notarios|pompes[ ]funèbres|uitvaartzorg|bestattungen|"
    r"workspace|coworking)\b")  # round 71: "INVOICE ...\nArellano, Diaz and Wilson Workspace"
"""Round 70: a partnership's trade after its partners' names, where a legal form would stand ("Warren, Dunphy and
Flinn Funeral Directors", "Maes, Claes en Peeters advocaten", "Roth, Weber und Kunz Rechtsanwälte")."""


def _firm_list_after(text: str, end: int) -> bool:
    """The name opens a list of partners' names that a legal form closes ("bij Cornelis, Van de Velde
    en Segers VOF", "Aanvrager: Baert, Hanssens en Verlinden NV"): the firm, not a person."""
    m = _FIRM_LIST_AFTER.match(text, end)
    if m is None:
        return False
    at = m.end()
    for _ in range(3):  # the last partner's name may run on: "Geerts, De Bock en Van Daele CommV", round 56
        if _legal_form_at(text, at) or _PARTNERS_TRADE.match(text, at):
            return True
        word = _NEXT_CAPITALISED.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _legal_form_at(text: str, pos: int) -> bool:
    """A company form opens `text` at `pos`: "Leopold & Schmuck GesbR", "Ferrán y Pablo S.A."."""
    m = _NEXT_TOKEN.match(text, pos)
    return (m is not None and (m.group(1)[0].isupper() or "." in m.group(1))
            and m.group(1).replace(".", "").lower() in LEGAL_FORMS)
_THING_ARTICLE = re.compile(r"(?<![\w])(?:the|het|een|un|une)[ ]+[\"'‘“«]?[ ]?$", re.IGNORECASE)
"""English, Dutch and French articles: a person's full name takes none, a ship, a font, a cocktail, a
train ("the 'Isambard Kingdom Brunel' set") or a building named after one does. Not "a"/"an" (Spanish and German "to": "escribid a Régulo Jara",
"an Renata Lustenberger"), and not German or Spanish articles (spoken before people's names)."""
_DUTCH_GERMAN_PARTICLE = re.compile(r"[ ](?:van der|van den|van de|van|von der|von|ter|ten)[ ]")
"""A Dutch or German particle after a first word: a family name follows ("Amber van Enschot"),
where a place would be followed by its part or by another place ("Lyon Part-Dieu")."""
_NUMBERED_ITEM = re.compile(r"(?:^|\n)[ \t]*[0-9]{1,2}\.$")
"""An item's number and its full stop with no space, at a line's start: a booking's passenger
list ("  1.Danny Kim", "  2.Elliot Jones")."""
_QUOTE_MARKS = re.compile(r"\n[ \t]*>(?:[ \t]*>)*$")
"""The marks that open a line of a quoted e-mail reply ("> ", ">> ")."""
_TITLE_SLASH = re.compile(r"(?i:\b(?:herrn?|frau|mr|mrs|ms|mme|sr|sra|dhr|mevr)/)$")
"""Two titles joined by a slash, a form's "Herrn/Frau", "Sr./Sra.": the name after the second one."""
_ENGLISH_PRONOUNS = frozenset("her his him its our their my your me us them".split())
"""English pronouns that the name lists also hold ("Her"): in a run of capitalised words they make
it a title ("Making Her Self Up"), not a name."""
_PRONOUNS = frozenset("sie ihr ihnen ihre ihrem ihren du dich dir er es wir uns euch vous nous ils elles usted ustedes u jij jullie".split())
"""Capitalised pronouns (German "Sie" always): never a surname after a capitalised word."""
_SURNAME_LABEL = re.compile(
    r"(?i:\b(?:surname|last name|family name|nachname|familienname|zuname|nom de famille|nom d'usage|nom de naissance|"
    r"apellidos?|primer apellido|segundo apellido|achternaam|familienaam"
    r"|(?P<given>(?:surname|last name|nachname|name|nom|apellidos|naam|achternaam)(?:[ ]?,[ ]?|[ ](?:and|und|et|y|en)[ ])"
    r"(?:first name|forename|vorname|prénoms?|nombre|voornamen|voornaam))))[ \t]*:[ \t]*$")
"""A label that says the value is a surname (then, with `given`, a comma and the first names)."""
_GIVEN_AFTER = re.compile(r"[ ]?,[ ]?[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?(?=[ \t]*(?:\n|$|[,;|]))")
_GENERIC_NAME_LABEL = re.compile(r"(?i:\bname|\bnaam|\bnom|\bnombre)[\"']?[ \t]*:[ \t]*$")
"""A generic name key ("name:" in YAML, a product's or a step's as often as a person's)."""
_LAST_WORD_OF_TEXT = re.compile(r"[ \t]*[.!]?[ \t]*\n?")
_DUTCH_ARTICLE_OPENING = re.compile(r"(?:^|[;\n][ \t]*)de[ ]$")
"""Dutch "de" opening a clause before a full name: a ship, a school or a building named after
someone ("...; de Johan de Witt ligt in Den Helder"). French and Spanish "de" ("of") does not open
a clause in lower case."""
_OPENING_APOSTROPHE = re.compile(r"(?:^|(?<=[ \t\n(\[=:,]))'$")
"""A single quote that opens a string after a space, a bracket, "=", ":" or ",": "row 3: 'Edward
Mccullough,GB45...'", not the apostrophe of "O'Brien" or "l'Anna"."""
GERMAN_DETERMINERS = frozenset("""
mein meine meinen meinem meiner dein deine deinen unser unsere unseren euer eure ihr ihre ihren sein seine seinen
kein keine keinen diese dieser dieses diesen jede jeder jedes welche welcher welches
""".split())
"""German capitalises every noun, so a determiner that is also a listed first name ("Meine") opens a
noun phrase, not a name: "Meine Nummer ist ...". Listed because "Will Smith", "Per Olsen" open with
function words of other languages."""
DETERMINERS = frozenset("""
the his her their all der die das den dem sein seine seinen ihr ihre ihren alle la le les l son sa ses leur leurs
tous toute toutes el los las su sus todo toda todos todas de het zijn haar hun alle
""".split())
"""Words after "and", "und", "et", "y", "en" that begin a phrase, not a partner's name: "loved by
Michael and the whole family", "Anna und ihre Kinder"."""
_TITLE_ABBREVIATION = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mme|Mlle|Mevr|Dhr|Sr|Sra|Srta|Hr|Fr)\.")
"""Titles' full stops, which do not end a list of people ("Present: Dr. Roig, Mevr. Korsman, ...")."""
_SENTENCE_END = re.compile(r"[.!?;](?:[ \t]|$)")
_LIST_SPLIT = re.compile(r",|[ ](?:and|und|et|y|en|e|&)[ ]")
_ITEM_NOTE = re.compile(r"[ ]*(?:\([^()\n]{0,40}\)|\+[ ]?[0-9])[ ]*")
"""A note after a list item: "Noah (aanvoerder)", "Steven +1"."""
_ORDINAL_DOT = re.compile(r"\b[0-9]{1,2}\.(?=[ ][A-ZÀ-Þa-zß-ÿ])")
"""A German ordinal inside a role note: "(1. Vorsitzende)" ends no list."""
_ITEM_END = re.compile(r"[ \t]*(?:[,;(\n]|$|[ ](?:and|und|et|y|en|e)[ ])|\.[ \t]*(?:\n|$)")
"""What ends an item of a list of people: a comma, a semicolon, a role in brackets, the line's end (round 56: or a
full stop that ends it, "Zeuge: Nadine Jäntsch.")."""
_ROLE_IN_BRACKETS_AFTER = re.compile(r"[ ]\([a-zß-ÿ][a-zß-ÿ -]{2,30}\)")
"""A role in brackets after a name, in lower case: "given by: Shannon (school nurse)"."""
_NUMBER_AFTER_VALUE = re.compile(r"[ \t]+(?:[–—-][ \t]+)?(?:\+|\(0|0|[1-9][0-9])[0-9 ()/.-]{5,}(?:\n|$)")
"""A phone number after a label's value, with a dash or not, to the line's end ("Astreinte : Vincent Menthonnex –
0848 981 568", "piket: Nienke Quinten Werdes 060-2536400"): the value before it is the whole name."""
_JOINED = re.compile(r"[ ](?:y|i|e)[ ]")
"""A conjunction that Spanish and Catalan also write between two surnames ("Ortega y Gasset")."""
WEEKDAY_ABBREVIATIONS = frozenset("mon tue wed thu fri sat sun".split())
SHORT_WEEKDAYS = frozenset("mo di mi do fr sa so ma wo vr za zo lu me je ve ju vi sá".split())
"""Two-letter weekdays of a rota's first column ("| Mo |", "| Di |", "| ma |", "| lu |"): days, not the
first names "Mo" or "Di"."""
_WEEKDAY_LINE = re.compile(r"(?:^|\n)[ \t]*(" + "|".join(sorted(SHORT_WEEKDAYS, key=len, reverse=True)) + r")[ ]?:", re.IGNORECASE)
"""A line opened by a weekday's abbreviation and a colon: "Ma:", "Wo:"."""
_VESSEL_WORDS = (r"vessels?|yachts?|boats?|ships?|sailboats?|motor[ ]?yachts?|cutters?|ketch|trawlers?|barges?|ferries|ferry|"
                 r"motoryacht|yacht|kutter|schiff|schiffe|segelboot|segelyacht|boot|boote|bateaux?|voiliers?|navires?|péniches?|"
                 r"veleros?|barcos?|yates?|embarcaci[oó]n(?:es)?|pesqueros?|jachten|jacht|schepen|schip|sloepen|sloep|boten|"
                 r"botters?|tjalken?|zeilboten|zeilboot")
_VESSEL_QUOTE_OPEN = re.compile(
    rf"(?i:\b(?:{_VESSEL_WORDS}))[ ]+"
    r"(?:[„\"'‘“«][^„\"'‘“«”’»\n]{1,40}[“\"'’”»][ ]*(?:,|and|und|et|y|en|&)[ ]+"
    rf"(?:(?:der|die|das|the|le|la|el|de|het|l['’]|den|dem)[ ]+)?(?:(?i:{_VESSEL_WORDS})[ ]+)?)*"
    r"[„\"'‘“«][^„\"'‘“«”’»\n]{0,30}$")
"""A boat's or a ship's name in quotes after its kind, or after another quoted name of the same list: "the cutter „Anna
von Tharau“", "los veleros "Virgen del Carmen" y "Juan Sebastián"", "yachts 'Lady Florence' and 'Morning Star of
Hull'", "de botter 'Jan Pieter'": a vessel, whoever it is named after."""


_VESSEL_NAME_TITLE = r"(?:(?:Sir|Dame|Lady|Lord|Saint|St\.?|Nuestra[ ]Señora(?:[ ]de(?:[ ]la|[ ]las|[ ]los)?)?|Notre[ -]Dame|Onze[ ]Lieve[ ]Vrouw)[ ])?"
"""Round 63: a title that opens a vessel's name before the person it is named after ("RNLB Sir William Hillary",
"la Salvamar Nuestra Señora del Carmen")."""
_VESSEL_KIND_BEFORE = re.compile(
    r"(?i:\b(?:the|der|die|das|le|la|el|het|de|a|an|ein|eine|un|une|een)[ ])"
    r"(?i:trawler|cutter|ferry|tug|tugboat|yacht|ketch|schooner|barge|kutter|fähre|schlepper|chalutier|remorqueur|"
    r"péniche|arrastrero|remolcador|ferri|sleepboot|veerboot|kotter|botter|"
    # round 63: a lifeboat's kind; rescue services name their boats after people (donors, crews, saints)
    r"lifeboat|seenotrettungskreuzer|seenotrettungsboot|rettungskreuzer|rettungsboot|canot[ ]tous[ ]temps|"
    r"canot[ ]de[ ]sauvetage|vedette[ ]de[ ]sauvetage|salvamar|guardamar|reddingboot|reddingsboot|reddingsvlet)[ ]"
    rf"{_VESSEL_NAME_TITLE}$"
    # round 63: a ship's prefix, capitals only ("RNLB Sir William Hillary", "HMS Victoria", "MV Anna Maria")
    rf"|\b(?:RNLB|HMS|HMY|RMS|USS|HNLMS|MV)[ ]{_VESSEL_NAME_TITLE}$")
_NAMED_HALL_BEFORE = re.compile(
    r"(?i:\b(?:salón[ ]de[ ]actos|sala[ ]de[ ]actos|aula[ ]magna|auditorio|auditorium|salle[ ]des[ ]fêtes|"
    r"festsaal|lecture[ ]theatre|lecture[ ]hall|conference[ ]room|congreszaal|vergaderzaal))[ ]$")
"""A vessel's kind right before its name, no quotes ("the trawler Mary Ellen", "die Fähre Anna"), and a hall named
after someone right after its kind ("en el salón de actos Clara Campoamor", "the lecture theatre Rosalind Franklin",
"vergaderzaal Aletta Jacobs"; not a bare "sala", where someone may wait): a ship or a room, whoever it is named after."""
_JOINED_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*[ ]){1,3}(?:and|und|en|et|y|&)[ ]$")
"""Round 63: a name joined to the one before it ("De reddingboot Jan en Titia Visser", "the lifeboat Ruby and Arthur
Reed"): a vessel's two-person name when the first name is the vessel's."""


_MODEL_YEAR_BEFORE = re.compile(r"(?<![\d/.-])(?:18[89]\d|19\d\d|20[0-3]\d)[ ]$")
_CAR_TEXT = re.compile(
    r"(?i:\b(?:cars?|rally|rallye|rallyes|vehicles?|fahrzeug|oldtimer|voitures?|véhicule|coches?|vehículo|auto's|autos?|"
    r"voertuig|vintage|veteran|concours|motoring|chassis|reg(?:istration)?[ ]no)\b)")
VINTAGE_CAR_MAKES = frozenset("""
riley austin morris ford bentley rolls hillman humber singer sunbeam talbot triumph wolseley alvis lagonda morgan
lotus aston mercedes lincoln cadillac buick packard hudson ferrari bugatti delage delahaye rover standard jowett
crossley vauxhall healey armstrong daimler lanchester bristol jensen allard
""".split())
"""Car makes that are also people's names ("Riley", "Austin", "Morris"): a make only with its model year right before
it in a text about cars ("2. 1936 Riley Kestrel (car no. 22)", "Vehicle: 1934 Austin Seven Ruby")."""
STREET_TYPES = frozenset("lane road street avenue drive close way court crescent terrace grove gardens place row walk mews parade".split())
_PLACE_NOUN_AFTER = re.compile(
    r"[ ](?i:allotments?|site|estate|depot|surgery|school|station|car[ ]park|bus[ ]stop|stop|junction|entrance|gate|bridge|"
    r"playground|roundabout|market|recreation[ ]ground|garage|branch|store|campus|medical[ ]centre|health[ ]centre|"
    r"community[ ]centre|primary|library|pharmacy|post[ ]office|industrial)\b")
"""An English street's name, then what stands on it: "Ferry Lane allotments", "Plot 22, Ferry Lane site", "the Mill
Road depot": a place, though "Ferry" and "Lane" are in the name lists ("Lois Lane" has no place noun after it)."""
_CULTIVAR_AFTER = re.compile(
    r"[’'\"”»][ ](?i:roses?|rosen|rosiers?|rosales?|rozen|tulips?|tulpen|tulipes?|tulipanes?|dahlias?|dahlien|clematis|"
    r"peonies|pfingstrosen|pivoines|peonías|pioenen|apples?|äpfel|pommiers?|manzanos?|appelbomen|sweet[ ]peas|lavender|"
    r"hydrangeas?|hortensien|hortensias|fuchsias?|fuchsien|lilies|lilien|lys|lirios|lelies|trees?|shrubs?|bushes|"
    r"plants?|pflanzen|plantes?|plantas?|planten|seeds?|bulbs?|cultivars?|sorte|variété|variedad|ras)\b")
"""A name in quotes, then the plant: a cultivar named after someone ("16 x 'Gertrude Jekyll' roses", "'Kardinal
Richelieu' Rosen"), sold by the dozen, not a person."""
_OPENING_QUOTE_BEFORE = re.compile(r"[‘'\"“«„][ ]?$")
_LOTTERY_TEXT = re.compile(rf"(?i:\b(?:{LOTTERY_WORDS})\b)")
_BALL_NUMBERS_AFTER = re.compile(r"[ ]?:?[ ]\d{1,2}(?:[ ,]+\d{1,2})+\b")
"""A lottery's ball set and its drawn numbers: "Lucky Stars 02 11", "Étoiles 3, 9", "Sterne 4 7"."""
_LITTER_TEXT = gated(re.compile(
    r"(?i:\b(?:litters?|pups|puppies|kittens|camada|cachorros|gatitos|wurf|welpen|kätzchen|portée|chiots|chatons|nestje|"
    r"puppy's|nest[ ][A-Z][ ]|geleidehondenschool|perros[ ]guía|chiens[ ]guides|blindenhundeschule|guide[ ]dogs?)\b)"))
_NAME_LIST_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ]+,[ ]){2,}$")
"""A litter's names, listed: "los nombres empiezan por T: Trufa, Toby, Tango, Tina, Turrón, Tara y Timo" is pups'
names, not a woman named Tara y Timo (a Spanish double surname's "y")."""
DOCUMENT_HEADS = frozenset("plan plans report form sheet schedule checklist chart summary policy protocol leaflet".split())
"""A document's title in capitals ends with what it is: "Dialysis Diet Plan", "Falls Risk Form"; no surname does."""


_CLUB_PREFIX_BEFORE = re.compile(
    r"(?<![\w])(?:FC|SC|SV|AS|CF|CD|RC|US|AC|AFC|OGC|ASC|VfB|VfL|TSV|SpVgg|SG|KV|KRC|RSC|UD|SD|CA|FK|SK|BK|VV)[ ]$")
"""A sports club's prefix before its name: "FC Val de Loire", "SV Werder Bremen", "AS Saint-Étienne", "VV Rood Wit"."""
_BRACKETED_AFTER = re.compile(r"[ ]\(([^()\n]{3,40})\)")


def _work_by_public_figure(text: str, end: int) -> bool:
    """A title, then its maker in brackets, a public figure: "Ave Maria (Franz Schubert)", "Clair de lune (Debussy)": a
    piece of music or a book, not a person (round 55)."""
    m = _BRACKETED_AFTER.match(text, end)
    if m is None:
        return False
    maker = m.group(1).strip()
    return name_key(maker) in public_figures() or (" " not in maker and maker.lower() in public_figure_heads())


def _not_a_person_run(text: str, start: int, end: int, words: list[tuple[int, str]]) -> bool:
    """Round 54: a run of listed names that is a thing by what is around it: a vintage car by its year and make, an
    English street by what stands on it, a plant's cultivar in quotes, a lottery's ball set before its numbers, a
    document's title, pups' names listed in a litter's text; round 55's: a club's name after its prefix, a work before its
    maker in brackets."""
    first, last = words[0][1].lower(), words[-1][1].lower()
    return bool(
        (first in VINTAGE_CAR_MAKES and _MODEL_YEAR_BEFORE.search(text, max(0, start - 6), start) and text_mentions(_CAR_TEXT, text))
        or (last in STREET_TYPES and _PLACE_NOUN_AFTER.match(text, end))
        or (_OPENING_QUOTE_BEFORE.search(text, max(0, start - 2), start) and _CULTIVAR_AFTER.match(text, end))
        or (_BALL_NUMBERS_AFTER.match(text, end) and text_mentions(_LOTTERY_TEXT, text))
        or (last in DOCUMENT_HEADS and len(words) >= 3)
        or (_NAME_LIST_BEFORE.search(text, max(0, start - 80), start) and text_mentions(_LITTER_TEXT, text))
        or _CLUB_PREFIX_BEFORE.search(text, max(0, start - 8), start) is not None
        or _work_by_public_figure(text, end))


_ROWING_BOAT_QUOTE_OPEN = re.compile(
    r"(?i:\b(?:the|our|der|die|das|unser|unseren?|le|la|notre|el|nuestro|het|de|onze)[ ])"
    r"(?i:eight|four|quad|pair|double|single[ ]scull|skiff|gig|achter|vierer|doppelvierer|zweier|doppelzweier|einer|gigboot|"
    r"huit|quatre|deux|yole|ocho|cuatro|doble|acht|vier|twee|dubbelvier)[ ]+[„\"'‘“«][ ]?$")
"""A rowing club's boat, named in quotes after its crew size: "Der Achter "Graf Zeppelin"", "Le quatre « Jean
Bouin »", "the eight 'Lady Margaret'", "de acht 'Willem Barentsz'": a boat, whoever it is named after."""


_MOUNTAIN_RANGE = re.compile(r"(?:Sierra|Serra|Serranía|Cordillera|Montes|Picos|Sierras)[ ](?:de|del|d['’])[ ]?")
"""Round 63: a mountain range named "Sierra de ...", "Serra d'...", "Picos de Europa": a place, though "Sierra" is
also an English first name and "de Guadarrama" reads like a surname's particle."""


def _vessel_name(text: str, start: int, joined: bool = True) -> bool:
    """The name at `start` is inside the quotes of a vessel's name (_VESSEL_QUOTE_OPEN), or right after a vessel's
    kind or a named hall's (_VESSEL_KIND_BEFORE, _NAMED_HALL_BEFORE), or a rowing boat's (round 54), or joined by
    "and" to a name that is one of those (round 63)."""
    if (_quote_within(text, start, 31) and _VESSEL_QUOTE_OPEN.search(text, max(0, start - 160), start) is not None
            or _ROWING_BOAT_QUOTE_OPEN.search(text, max(0, start - 32), start) is not None
            or _VESSEL_KIND_BEFORE.search(text, max(0, start - 28), start) is not None
            or _NAMED_HALL_BEFORE.search(text, max(0, start - 24), start) is not None):
        return True
    if not joined:
        return False
    m = _JOINED_NAME_BEFORE.search(text, max(0, start - 48), start)
    return m is not None and _vessel_name(text, m.start(), joined=False)


def _answer_goes_on(text: str, end: int) -> bool:
    """After a label's one-word value, a number or a function word that is neither a conjunction nor a surname's
    particle: the value opens an answer ("Le 16.01.2002", "Mag ik ..."), not a name ("Ben le Matelot", "Sean and
    Cynthia")."""
    m = _WORD_AFTER_VALUE.match(text, end, end + 24)
    if m is None:
        return False
    word = m.group(1)
    return word.isdigit() or (word in function_words() and word not in CONJUNCTIONS and word not in _SURNAME_PARTICLES
                              and word not in _NAME_LINKS)


_WORD_AFTER_VALUE = re.compile(r"[ ]+([0-9]|[a-zß-ÿ]+)")
_NAME_LINKS = frozenset("and und et y e i en o or oder ou of".split())
_CI_JOB_WORDS = frozenset("job jobs build builds pipeline pipelines run".split())
_CI_SERVERS = frozenset("jenkins gitlab github travis circleci teamcity bamboo buildkite drone tekton hudson".split())
"""A CI server's job named with it ("Job Jenkins deploy-avisos #682", "Job de Jenkins", "Build GitLab"): the server,
though "Job" and "Jenkins" are a first name and a surname."""
_GERMAN_PREPOSITIONS = frozenset("bei beim mit nach seit zum zur vom ohne gegen hinter neben zwischen unter über pro".split())
"""German prepositions that open a sentence before a capitalised noun ("Bei Fieber", "Nach Rücksprache", "Mit
Schmerzen"): the name lists hold a few of them as first names ("Bei"), but there they are the sentence's first word."""


_SHORT_WEEKDAY_ITEM = re.compile(r"(?:^|[,;|/(\n]|[ ]-)[ \t]*([A-ZÁ][a-zá])[ .:]+[A-ZÀ-Þ0-9]")


def _other_short_weekday(text: str, start: int, day: str) -> bool:
    """Another two-letter weekday opens an item on the line of `start` ("..., Di Spaghetti", "; Mi 9-12"): the line
    lists days, so the word at `start` is a day too, not the first name "Mo" or "Di"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(m.group(1).lower() in SHORT_WEEKDAYS and m.group(1) != day and line_start + m.start(1) != start
               for m in _SHORT_WEEKDAY_ITEM.finditer(line))


_PLACE_OR_SONG_FIELD = re.compile(
    r"(?im)^[ \t]*(?:hotel|accommodation|lodging|unterkunft|hôtel|hébergement|alojamiento|hospedaje|accommodatie|"
    r"verblijf|overnachting|"
    # round 66: a venue's field and a song's ("Venue: Scott, Martin and Norris, Dublin", "Do NOT play: Macarena, ...")
    r"venue|veranstaltungsort|lieu|lugar|locatie|"
    r"(?:do[ ]not|don't|bitte[ ]nicht|ne[ ]pas|no)[ ]play|first[ ]dance|eröffnungstanz|première[ ]danse|primer[ ]baile|"
    r"openingsdans|songs?|playlist|setlist|lieder|chansons?|canci[oó]n(?:es)?)[ \t]*:[^\n]*")
"""Round 65: a booking's lodging field ("Hotel: 3 nights, Dakota Leeds, confirmation ...", "Unterkunft: 2 Nächte, Hotel
Adler"): its value names a hotel, which may read like a person ("Dakota Leeds"); round 66: a venue's field and a song's
(a wedding DJ's "Do NOT play: Macarena"), whose values name a place or a title."""


_COMPANION_BEFORE = re.compile(r"(?i:\b(?:with|mit|avec|con|met))[ ]$")


def _in_place_field(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` lies in the value of a lodging's, a venue's or a song's field (_PLACE_OR_SONG_FIELD), not
    after a companion's preposition ("Accommodation: twin share with Toby" names a person)."""
    if "\n" not in text or _COMPANION_BEFORE.search(text, max(0, start - 6), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1  # the field is the candidate's own line: no need to scan the text
    field = _PLACE_OR_SONG_FIELD.match(text, line_start)
    return field is not None and end <= field.end() and text.find(":", line_start) < start


_DAY_OPENS_LINE = re.compile(r"(?m)^[ \t]*(" + _WEEKDAY_WORD + r")\.?[ ]+(?=[0-9]|[a-zà-ÿ])[^\n:]{0,40}:")


# Round 76: a riding plan's horse, the cell between the lesson's and the rider's on a timed line ("10:00  Grupo 2
# Lucero     Gerardo Jurado", "12:30  Paseo      Morena     Emelina", "10:00  Groep 2     Sjors      Lieve ...",
# "09:00 Longe  Pony Max   Verena (6 J.)"): a cell follows it after two spaces or more, so it is not the rider
_HORSE_PLAN_TEXT = re.compile(
    r"(?i:\b(?:poni|pony|ponies|ponyles|ponyrijden|reitplan|reitstunde|ausritt|longe|stalldienst|equitación|hípica|"
    r"caballo|caballos|cuadra|picadero|paardrijles|manege|manège|rijles|équitation|poney|cheval|chevaux|horse|horses|"
    r"riding|hack)\b)")
_HORSE_CELL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[0-9]{1,2}[:.h][0-9]{2}[ \t]+[^\n\t]*?[^\s][ \t]+$")
_HORSE_CELL_AFTER = re.compile(r"[ \t]{2,}[A-ZÀ-Þ]")
# Round 76: a parent's role before the number on a plan's line, after the rider's name and a dash ("Judith Braun -
# Mutter 07059 36019", "- Vater +41 ...", "- Mère 06 ...", "- Moeder 06-..."): capitalised, German nouns are, no name
_KIN_ROLE_DASH_BEFORE = re.compile(r"[^\W\d_][ ][-–—][ ]$")
_KIN_ROLE_NUMBER_AFTER = re.compile(r"[ ]?:?[ ](?:\+|\(?0)[0-9]")
_KIN_ROLE_WORDS = frozenset(
    "mutter vater mama papa mutti vati mother father mum mom dad mère père maman madre padre mamá papá moeder vader".split())
# Round 76: a pet's pet-name, a language's word for a cat or a dog that the name lists hold as a first name ("je
# récupère Minette demain", "Mr Whiskers is booked in", "Mieze holen wir Freitag ab", "Poekie ophalen"): no person
_PET_WORD_NAMES = frozenset("""
minette minou minouche mistigri whiskers tiddles mittens fluffy snowball mieze mausi muschi miezi poekie poes
misifú michi
""".split())
# Round 76: a song's title after the singers and a dash on a karaoke list's or a setlist's numbered line ("4. Benny &
# Nora – Mooi man", "2. Ana – Bonita tarde", "3. Tom – Gloria in the sun"): the title goes on in lower case
_SONG_LIST_TEXT = re.compile(
    r"(?i:\b(?:karaoke|setlist|set[ ]list|playlist|afspeellijst|liedjes|canciones|chansons|lieder|songs|zangavond|"
    r"open[ ]mic|tracklist)\b)")
_SONG_TITLE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[0-9]{1,2}[.)][ \t]+[^\n]{1,60}?[ ][–—-][ ]$")
_SONG_TITLE_AFTER = re.compile(r"[ ][a-zß-ÿ]")


# Round 76: a food bank's donor before the delivery note, a firm or a shop ("Don de Evéquoz, bon de livraison ...",
# "Gift van Fujitsu, pakbon ...", "Spende von Rewe, Lieferschein ...", "Donación de Mercadona, albarán ...", "Donation
# from Tesco, delivery note ..."): a delivery note goes with goods from a business, not a person's gift
_DONATION_OF = re.compile(
    r"(?i:\b(?:don|dons|gift|giften|spende|spenden|donación|donativo|donation|donatie)[ ](?:de|d['’]|van|von|from|del))[ ]?")
_DELIVERY_NOTE_AFTER = re.compile(
    r",?[ ](?i:bon[ ]de[ ]livraison|pakbon|leverbon|lieferschein|albarán|albaran|delivery[ ]note|packing[ ]slip)\b")


def _round76_named_thing(text: str, start: int, end: int) -> bool:
    """Round 76: a span that names no person: a food bank's donor before its delivery note ("Don de Evéquoz, bon de
    livraison ...", "Gift van Fujitsu, pakbon ..."), a pet's pet-name after a title ("Mr Whiskers is booked in"), a riding
    plan's horse found beside its rider ("10:00  Grupo 2    Lucero     Gerardo Jurado")."""
    if _DELIVERY_NOTE_AFTER.match(text, end) and (
            any(m.start() <= start <= m.end() for m in _DONATION_OF.finditer(text, max(0, start - 12), end))):
        return True
    if " " in text[start:end]:
        return False
    return text[start:end].lower() in _PET_WORD_NAMES or bool(
        _HORSE_CELL_AFTER.match(text, end) and _HORSE_CELL_BEFORE.search(text, max(0, start - 60), start)
        and _HORSE_PLAN_TEXT.search(text))


def _weekday_column(text: str, start: int, word: str) -> bool:
    """Round 65: a weekday's abbreviation that opens a rota's line (the day, its hours or its duty, a colon) in a list
    whose other lines open with other days so ("Sáb 16-20 sala 2: ...\nDom visita guiada: ..."): the day, not the
    first name "Dom" or "Zo"; "Dom asked me to call" has no duty's colon and stays a name."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or word.lower() not in WEEKDAYS:
        return False
    lines = list(_DAY_OPENS_LINE.finditer(text))
    return any(m.start(1) == start for m in lines) and any(
        m.start(1) != start and m.group(1).lower() != word.lower() for m in lines)


MONTH_ABBREVIATIONS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())
"""The English abbreviations of RFC 2822 and git dates; "Mon Mar", "Sat Jun" read like a name."""
_WORK_LABEL = re.compile(
    r"(?i:\b(?:books?|novels?|films?|movies?|songs?|albums?|titles?|reading|reading list|titel|bücher|buch|romane?|lieder|lied|"
    r"lektüre|leseliste|livres?|lectures?|chansons?|titres?|libros?|novelas?|películas?|canciones|canción|lecturas?|"
    r"títulos?|boeken|boek|liedjes?|leesvoer|leeslijst))[ \t]*:[^\n]*$|"
    r"(?i:\b(?:book|novel|film|movie|song|album|title|reading|titel|buch|roman|lied|lektüre|livre|lecture|chanson|"
    r"titre|libro|novela|película|canción|lectura|título|boek|liedje|leesvoer))[ \t]*$")
"""A label of books, films or songs before a quoted title on its line ("Reading list: 'Hamlet',
'Jane Eyre'", "Leesvoer: "Max Havelaar"") or the word right before it ("the novel 'Emma'")."""
_OPENING_QUOTE = re.compile(r"[«“„\"‘'][ ]?(?:[\w.]{1,12}[ ])?$")
_CLOSING_QUOTE = re.compile(r"[ ]?[»”“\"’'](?P<isbn>[ ]?[,(]?[ ]?(?i:isbn))?")


def _quoted_work(text: str, start: int, end: int) -> bool:
    """A name that is a book's, a film's or a song's title: quoted whole ("Don Quijote" with its
    "Don"), then an ISBN, or after "Book:", "Lectura:", "Leesvoer:" ("Max Havelaar", ISBN ...)."""
    opening = _OPENING_QUOTE.search(text, max(0, start - 16), start)
    closing = _CLOSING_QUOTE.match(text, end)
    if opening is None or closing is None:
        return False
    line_start = text.rfind("\n", 0, opening.start()) + 1
    return closing.group("isbn") is not None or _WORK_LABEL.search(text, max(line_start, opening.start() - 200), opening.start()) is not None


_ROLE_OF_BEFORE = re.compile(
    r"(?i:\b(?:the[ ]role[ ]of|the[ ]part[ ]of|cast[ ]as|(?:el|un)[ ]papel[ ]de|(?:le|un)[ ]rôle[ ]d[eu]|"
    r"(?:die|eine)[ ]rolle[ ](?:der|des|von)|(?:de|een)[ ]rol[ ]van)(?:[ ](?:the|la|las|los|el|le|les|l['’]|die|der|"
    r"den|de|het))?)[ ]?$")
"""The role a player takes, named after "the role of" ("el papel de Hada de las Lilas", "cast as the Lilac Fairy"): a
character's name, not a person's."""
_THING_NAMED_BEFORE = re.compile(
    r"(?i:\b(?:printer|3d printer|impresora|drucker|3d-drucker|imprimante|machine|máquina|maschine|robot|server|"
    r"servidor|serveur|room|meeting room|sala|salle|raum|besprechungsraum|zaal|vergaderzaal|boat|barco|boot|"
    r"bateau|ship|schiff|buque|navire|schip|train|tren|zug|locomotive|locomotora|lokomotive|plane|avión|flugzeug|"
    r"avion|vliegtuig|drone|dron|lancha|bote|barca|canoa|kayak|canot|sloep|dinghy|schlauchboot|laptop|device|dispositivo|gerät|appareil|apparaat|tractor|trekker|telescope|"
    # round 56: a sailing school's boats ("Jolle „Anna Luise“", "de schouw „Johanna Maria”", "le voilier « Marie Jeanne »")
    r"jolle|segeljolle|segelboot|kutter|schouw|zeilboot|jacht|yacht|voilier|velero|ketch|cutter|catamaran|katamaran|catamarán|"
    r"narrowboat|narrow[ ]boat|barge|péniche|woonboot|hausboot|houseboat|"
    # round 61: a firm's van or bus ("Our van 'Sir Fluffington' visits ...", "le minibus « Petit Louis »")
    r"van|minibus|bus|camper|campervan|wohnmobil|lieferwagen|transporter|busje|bestelbus|camionnette|fourgon|furgoneta|"
    r"telescopio|teleskop|télescope|kiln|horno|ofen|oven|lathe|torno|drehbank|draaibank))"
    r"[ ]?[«“\"'‘„][ ]?$")
"""A thing's noun, then the name it was given in quotes: "la impresora «Isaac Peral»", "the
meeting room 'Ada Lovelace'", "der Drucker „Konrad Zuse“": the name is the thing's."""
_SCORE_BEFORE = re.compile(rf"(?:^|[ \t(])(?:\d{{1,2}}|\d{{1,3}}[ ]?(?i:{POINTS_UNIT}))(?:,[ ]|[ ]?[-–:][ ]?)$")
_SCORE_AFTER = re.compile(r"[ ]\d{1,2}(?:[,.;)]|[ ]*(?:\n|$)|[ ]?[-–:][ ]?\d{1,2}\b)"
                          rf"|[ ]\d{{1,3}}[ ]?(?i:{POINTS_UNIT})(?![\w])")
"""A team and its goals in a result: "Leeds Juniors 2, Abbey Vale 1.", "Abbey Vale 1 - 2 Leeds": a side's
score after the other's, or two scores after the run; or its points in a league table ("2.º Bolos Murcia
37 pts", "2. Bowlingclub Oud Zuilen 38 pnt")."""
_HOURS_AFTER_RANGE = re.compile(r"[ ]?(?i:h|hrs?|uhr|u|uur)\b")
"""Round 75: an hour's unit right after two numbers and a dash: a shift's hours ("16-20 h caja", "9-13 Uhr Kasse"), not
a match's score, though "clasificación" (sorting, and a league's table) is in the text."""
_MATCH_TEXT = re.compile(
    r"(?i:\b(?:match|result|results|final|cup|league|fixture|fixtures|score|spielbericht|ergebnis|pokal|liga|partido|"
    r"resultado|jornada|copa|wedstrijd|uitslag|competitie|rencontre|résultat|coupe|championnat|"
    r"standings|spieltag|tabelle|clasificación|classement|speelronde|ronden)\b)")
"""Words that make a text a match's report or a league's results, where "Abbey Vale 1" is a side's score."""
_WEEKDAY_RANGE = re.compile(
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo|Lu|Me|Je|Ve|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[-–/]"
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo|Lu|Me|Je|Ve|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
"""A range of weekdays in a rota or opening hours ("Mo-Mi Frühdienst", "Ma-Vr 9-17"): the name lists hold
"Mo" and "Mi", the range is no first name."""
DESCRIPTIVE_OPENERS = frozenset("""
red blue black green little big
rot rote roter rotes roten schwarz schwarze schwarzer schwarzes schwarzen weiße weißer weißes weisse weisser
blaue blauer blaues grüne grüner grünes gelbe gelber gelbes große großer großes grosse grosser alte alter altes
neue neuer neues kleine kleiner kleines lange langer langes hohe hoher hohes
rode zwarte witte blauwe groene gele grote kleine oude nieuwe lange lage hoge oud
golden goldene goldener goldenes silberne silberner gouden zilveren
""".split())
"""Colour and size adjectives that open the name of a place or a thing ("Red panda", "Rode Zee", "Roter Sand",
"Schwarze Hülle", "Lange Jaap", "Lage Mierde", "Oud Zuilen"; round 58: "Little Stars" parents' group); some are
surnames ("Lange", "Grote", "Little"), but a
surname stands last, after a first name, not first."""
_ARTICLE_IN_RUN = re.compile(r"[ ](?:der|den|dem|des|das|die)[ ](?=[A-ZÄÖÜ])")


def _article_in_run(chain: str, given: Callable[[str], bool]) -> int:
    """Where a run's words end before a German article that two or more words precede ("Ulrich Hofmann den Saal",
    "Anna Schmidt das Haus"), or 0: no particle there, since "van den", "von der" and "ter" come as one particle
    after the first name, "den Uyl" right after it ("Joop den Uyl") or after a second given name (`given`: "Anna
    Maria den Hartog")."""
    for m in _ARTICLE_IN_RUN.finditer(chain):
        if " " not in chain[: m.start()]:
            continue
        before = chain[: m.start()].rsplit(" ", 1)[1]
        if before.lower() not in _PARTICLES and not (m.group(0).strip() in ("den", "der") and given(before)):
            return m.start()
    return 0


_AND_A_NAME_IN_RUN = re.compile(r"[ ](?:y|i)[ ](?P<first>[A-ZÀ-Þ][a-zß-ÿ]+)[ ][A-ZÀ-Þ]")


def _second_person_in_run(chain: str, common: Callable[[str], bool]) -> int:
    """Where a run's first person ends before a Spanish or Catalan "y"/"i" that opens a second full name (`common`:
    a common first name, then a capitalised word): "Hab. 1: Régulo Santamaría Pi y Zaida Ferrando" is two guests,
    where "José Ortega y Gasset" and "Juan Pérez y Martín" are double surnames (round 60); 0 where there is none."""
    for m in _AND_A_NAME_IN_RUN.finditer(chain):
        if " " in chain[: m.start()] and common(m.group("first")):
            return m.start()
    return 0


SPECIES_EPONYMS = frozenset(
    "harris bonelli montagu eleonora audouin cooper cetti pallas steller swainson bewick sabine przewalski grévy "
    "thomson temminck leisler natterer daubenton bechstein".split())
"""Naturalists whose names birds and beasts bear ("Harris's hawk", "buse de Harris", "águila de Bonelli",
"Montagu's harrier", "cheval de Przewalski"): before or after the animal's noun, the name is the species'."""
_SPECIES_BEFORE = re.compile(
    r"(?i:\b(?:buse|aigle|faucon|busard|goéland|chouette|cheval|zèbre|murin|águila|aguililla|halcón|aguilucho|"
    r"gaviota|caballo|cebra|gacela|murciélago|buizerd|havik|valk|arend|kiekendief|meeuw|paard|zebra|gazelle|vleermuis)"
    r"[ ](?:de|d['’]|van)[ ]?)$")
_SPECIES_AFTER = re.compile(
    r"(?:['’]s)?[ ](?i:hawks?|eagles?|falcons?|harriers?|gulls?|warblers?|swans?|horses?|zebras?|gazelles?|bats?|"
    r"wüstenbussard|habichtsadler|steppenweihe|pferd)\b")


def _species_eponym(text: str, start: int, head: str) -> bool:
    """The run opens with a naturalist's name that an animal's species bears here (SPECIES_EPONYMS)."""
    return head.lower() in SPECIES_EPONYMS and (
        _SPECIES_BEFORE.search(text, max(0, start - 24), start) is not None
        or _SPECIES_AFTER.match(text, start + len(head)) is not None)


_COMPOUND_AFTER = re.compile(r"-[a-zà-ÿ]{3,}")
"""A lower-case word joined to a name by a hyphen: a Dutch or German compound noun named after
someone ("de Jaap Eden-ijsbaan", "het Anne Frank-huis", "die Max Planck-gesellschaft"), not the person."""
LANGUAGE_NAMES = frozenset("""
english german dutch french spanish italian portuguese polish turkish arabic chinese japanese russian greek swedish
danish norwegian finnish flemish catalan basque galician welsh irish
englisch deutsch niederländisch holländisch französisch spanisch italienisch portugiesisch polnisch türkisch arabisch
anglais allemand néerlandais français espagnol italien portugais polonais turc arabe chinois japonais russe grec
inglés alemán neerlandés holandés francés español italiano portugués polaco turco árabe chino japonés ruso griego
engels duits nederlands frans spaans italiaans portugees pools turks arabisch chinees japans russisch grieks vlaams
""".split())
"""Languages' names in the five languages: a table's column of them ("Leert: Duits") is no column of people,
though some are surnames ("Sarah English") or listed first names."""
PLANT_WORDS = frozenset("""
rosa rose roses rosier rosal roos rozen clematis clématite clématites clemátide clematide hosta hostas funkie tulip
tulipe tulipán tulp tulpe narcissus narcisse narciso narcis daffodil lavender lavande lavanda lavendel hydrangea hortensia
hortensie dahlia dalia peony pivoine peonía pioenroos pfingstrose magnolia camellia camélia camelia kamelie rhododendron
azalea azalée azalee fuchsia geranium géranium geranio pelargonium olive olivier olivo olijf olivenbaum buganvilla
bougainvillea bougainvillier apple pommier manzano appel apfel pear poirier peral peer birne tomato tomate tomaat potato
patata aardappel kartoffel heuchera salvia sauge iris lily lys lirio lelie lilie calamagrostis miscanthus acer maple
érable arce esdoorn ahorn cultivar cultivars variety variété variedad sorte soort ras
""".split())
"""Plants and fruit whose cultivars are named after people, in single quotes after the plant (Rosa
'Gertrude Jekyll', clématite 'Madame Julia Correvon', Hosta 'Frances Williams')."""
_CULTIVAR_BEFORE = re.compile(
    r"(?:\b(?i:" + trie_alternation(PLANT_WORDS) + r")"
    r"|\b[A-Z][a-z]{3,}(?:[ ]×)?[ ][a-z]{4,})[ ]?['‘][ ]?(?:(?i:madame|mme|mrs|miss|lady|sir|dr|herr|frau|la|le)\.?[ ])?$")
"""A cultivar's epithet in single quotes after its plant or its Latin binomial (the ICNCP's
convention): "Rosa 'Gertrude Jekyll'", "Calamagrostis × acutiflora 'Karl Foerster'"."""
_TITLE_SLASH_AUTHOR = re.compile(r"[ ]/[ ][A-ZÀ-Þ]")
_ISBN_ON_LINE = re.compile(r"(?<![0-9])97[89][- ]?(?:[0-9][- ]?){9}[0-9X](?![0-9])")


_ISBN_BRACKET_AFTER = re.compile(
    r"(?:[ ](?:stage|level|band|stufe|niveau|nivel|deel|vol\.?|volume|tome|tomo)?[ ]?[0-9A-Za-z]{1,3})?[ ]?\((?:ISBN|isbn)\b")
"""A book's title before its ISBN in brackets, with its stage or volume perhaps between them: "Oxford Reading Tree
stage 9 (ISBN ...)", "Deutsch Klick 4 (ISBN ...)"."""


def _catalogue_title(text: str, start: int, end: int) -> bool:
    """A title in a library's or a shop's catalogue line: "Title / Author" on a line with an ISBN
    ("9780227333198  Wolf Hall / Hilary Mantel  due ..."), or a title right before its ISBN in brackets in a
    book list (_ISBN_BRACKET_AFTER): the run is the work, not a person."""
    if _ISBN_BRACKET_AFTER.match(text, end) is not None:
        return True
    if _TITLE_SLASH_AUTHOR.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _ISBN_ON_LINE.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


_BARE_SPEAKER = re.compile(r"[ \t>]*([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)[ ]?:[ \t]+\S")
"""A line that opens with one capitalised word and a colon, then a message: a transcript's speaker."""
_SPANISH_ARTICLE = re.compile(r"(?<![\w])(?:del|al)[ ]$")
"""Spanish "del" and "al" (de/a + el): a written text puts no article before a person's full name."""
_AUTHOR_BEFORE = re.compile(r"[»”“\"’'][ ]?,?[ ]?(?:by|von|van|de|di|par|por)[ ]$")
_CITATION_AFTER = re.compile(r"[ ]?[,(;.]?[ ]?(?i:isbn|\(?(?:1[5-9]|20)[0-9]{2}\b)")
_LIBRARY_LINE = re.compile(
    r"[ \t]*(?i:book club|reading list|reading|library|leesclub|leeslijst|bibliotheek|lesekreis|bibliothek|leseliste|"
    r"club de lecture|bibliothèque|club de lectura|biblioteca|lectura)[ \t]*:")


def _names_an_order(text: str) -> bool:
    """A word of `text` makes a book's line an order or a payment, not a citation."""
    return not _ORDER_WORDS.isdisjoint(_ANY_WORD.findall(text.lower()))


_ANY_WORD = re.compile(r"\w+")


def _cited_author(text: str, start: int, end: int) -> bool:
    """A published author in a citation: after a quoted title ("'De avonden' van Gerard Reve,
    ISBN ...", "«Cien años de soledad» de Gabriel García Márquez (1967)"), after a book word
    ("Le roman de Kamel Daoud (ISBN ...)"), right before a quoted title and its ISBN ("Angela
    Merkels Erinnerungen „Freiheit“ (ISBN ...)"), or on a reading or library line ("Book club:
    'Emma' by Jane Austen"). A quoted report by a colleague ("«Informe Q3» de Juan Pérez") or a
    customer who orders a book ("Anna Weber bestellt „Freiheit“") is none of these."""
    after = text[end : end + 80]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    preposition = _AUTHOR_PREPOSITION.search(text, max(line_start, start - 30), start)
    if preposition is not None and _ISBN_WORD.search(line) and preposition.group(1).lower() not in _ORDER_WORDS:
        return True  # "Les Misérables de Victor Hugo, édition Folio, ISBN ...", "... of Middlemarch by George Eliot"
    isbn = _ISBN_AHEAD.match(after)
    if isbn is not None and (_WORK_BEFORE.search(text, max(0, start - 16), start) or _QUOTE.match(after.lstrip(" "))):
        return True  # "Le roman de Kamel Daoud (ISBN ...)", "Angela Merkels Erinnerungen „Freiheit“ (ISBN ...)"
    line_start = text.rfind("\n", 0, start) + 1
    if _ISBN_LEAD.fullmatch(text, line_start, start):
        return True  # "ISBN 978-...: Thomas Mann, Der Zauberberg, Fischer Taschenbuch."
    if (_CITATION_TITLE.fullmatch(text, line_start, start) and _CITATION_REST.match(text, end)
            and not _names_an_order(text[line_start:start])):
        return True  # "Les Misérables, Victor Hugo, Folio classique, ISBN ...": title, author (publisher)
    if _AUTHOR_LEAD.fullmatch(text, line_start, start) and _AUTHOR_FIRST_REST.match(text, end) and not _names_an_order(line):
        return True  # "Harry Mulisch, De aanslag, De Bezige Bij, ISBN ...", "Buchtipp: Daniel Kehlmann, „Lichtspiel“, ..."
    inner = _INNER_AUTHOR.search(text, start, end)
    if (inner is not None and _ISBN_WORD.search(line) and _TITLE_OPENING.fullmatch(text, line_start, start)
            and len(text[start : inner.start()].split()) >= 2 and not _names_an_order(line)):
        return True  # "Max Havelaar van Multatuli, ISBN ...": a title of capitalised words, then its author
    if _AUTHOR_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    if _CITATION_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _LIBRARY_LINE.match(text, line_start) is not None


PUBLIC_OFFICES = re.compile(
    r"(?i:\b(?:president of the united states|us president|prime minister|minister-president|secretary-general|senator|"
    r"white house|downing street|bundeskanzler|bundeskanzlerin|bundespräsident|bundespräsidentin|"
    r"bundestag|bundesrat|bundesminister|bundesministerin|kanzleramt|président de la république|premier ministre|"
    r"chancelier|chancelière|élysée|matignon|assemblée nationale|presidente del gobierno|canciller|"
    r"moncloa|minister-president|staatssecretaris|secretaris-generaal|tweede kamer|"
    r"european commission|europäische kommission|commission européenne|comisión europea|europese commissie|"
    r"united nations|vereinte nationen|nations unies|naciones unidas|verenigde naties|"
    r"nobel prize|nobelpreis|prix nobel|premio nobel|nobelprijs|pulitzer|prix goncourt|premio cervantes|booker prize|"
    r"ballon d'or|retrospective|retrospektive|rétrospective|retrospectiva|overzichtstentoonstelling|"
    r"world record|weltrekord|record du monde|récord mundial|récord del mundo|wereldrecord|olympic games|olympics|"
    r"olympische spiele|jeux olympiques|juegos olímpicos|olympische spelen|world champion|weltmeister|weltmeisterin|"
    r"champion du monde|championne du monde|campeón del mundo|campeona del mundo|wereldkampioen)\b)"
    r"|\b[A-ZÀ-Þ][\w]*-(?:Preis|Prize|Prijs|Prix|Premio)\b|\b(?:Prix|Premio|Prémio)[ ][A-ZÀ-Þ][\w]+"
    r"|\b[A-ZÀ-Þ][\w]+[ ](?:Prize|Preis|Prijs|Medal|Medaille)\b"
    r"|\b(?:NATO|NAVO|OTAN|Congress|Parliament|Congreso|Senado|Parlement|Parlamento|Consejo Europeo|Conseil européen)\b")
"""State offices and institutions, the great prizes, a museum's retrospective. A full name in a
sentence that names one, with no title, label, greeting or contact detail of its own and no
"you" in the sentence, is a public figure in a public role, not the personal data the guard
protects: "Mark Rutte was van 2010 tot 2024 minister-president", "Emmanuel Macron a reçu le
chancelier allemand à l'Élysée", "The 2024 Nobel Prize in Physics went to John Hopfield and
Geoffrey Hinton". Bare "president" is not on the list (a residents' association and a club have
one), nor are chairs and mayors (minutes and certificates name private people with them); a
letter to a citizen ("Brief an Anna Weber wegen Ihrer Eingabe beim Bundestag") keeps its person."""
_DU_VERBS = "bist|hast|kannst|willst|musst|sollst|darfst|wirst|warst|hattest|brauchst|bekommst"
_ADDRESSING = re.compile(
    r"\b(?:you|your|Sie|Ihr|Ihre|Ihrer|Ihren|Ihrem|dein|deine|vous|votre|vos|tu|tú|ton|ta|tes|usted|su solicitud|"
    rf"uw|u|je|jouw)\b|\b(?:[Dd]u[ ](?:{_DU_VERBS})|(?:{_DU_VERBS}|kommst|weißt|siehst)[ ]du)\b")
"""Second-person words: a sentence that addresses someone is about a private matter. German "du"
only beside its verb: alone it is French "du" as often ("la Coupe du monde", "ministre du Travail")."""
ROYALTY = frozenset("""
prince princess king queen prinz prinzessin könig königin princesse roi reine príncipe princesa rey reina infanta infante
prins prinses koning koningin
""".split())
"""Royal titles in the five languages."""
NOBILITY = ROYALTY | frozenset("duke duchess herzog herzogin duc duchesse duque duquesa hertog hertogin".split())
"""Royal and noble titles: a name after one is a royal's, or a station's, a ship's or a street's
named after one ("Príncipe Pío", "Prinz Eugen", "Koningin Wilhelmina")."""


def _unstretched(word: str) -> str:
    """A greeting's last letter (a to z, à to ÿ) typed more than once, typed once: "Holaa", "Hiii", "Heyyy". Was a
    regex substitution with a template, a costly call for each of the many words _context asks about."""
    last = word[-1:]
    if len(word) < 2 or word[-2] != last or not ("a" <= last <= "z" or "à" <= last <= "ÿ"):
        return word
    return word.rstrip(last) + last


_QUOTED_ITEM = r"[\"'‘“«„][ ]?[^\"'‘’“”«»„\n]{1,40}?[ ]?[\"'’”»“][ ]?(?:\([^)\n]{0,24}\)[ ]?)?"
_NAMED_THING_BEFORE = re.compile(
    r"(?i:(?:\b(?:room|rooms|meeting rooms?|conference rooms?|raum|räume|saal|säle|salle|salles|salles? de réunion|sala|salas|"
    r"salas? de reuniones|zaal|zalen|ship|ships|vessel|vessels|schiff|schiffe|navire|navires|barco|barcos|buque|buques|"
    r"schip|schepen|train|trains|zug|züge|tren|trenes|trein|treinen|locomotive|lok|ice|ic|ec|tgv|intercity|eurocity)"
    r"|\w{3,}(?:raum|räume|saal|säle|zaal|zalen)))[ ]*:?[ ]+"
    r"(?:" + _QUOTED_ITEM + r"(?:,|and|und|et|y|e|en|&|or|oder|ou|o|of)[ ]+){0,4}[\"'‘“«„][ ]?$")
"""A room, a ship or a train with its name in quotes, or the next names of a list of them: "Conference
room 'Ada Lovelace'", "der Zug „Albert Einstein“", "Meeting rooms 'Ada Lovelace' (8 seats) and 'Alan
Turing'", "Besprechungsräume „Konrad Zuse“ und „Hedy Lamarr“", "Vergaderzalen 'Aletta Jacobs' en 'Johan
Cruijff'"."""
_QUOTE_ATTRIBUTION = re.compile(r"[”“\"»«’][ ]?[–—-][ ]?$")
"""A closing quote and a dash before a full name that ends its line: a quotation's author."""
STATE_OFFICES = (
    r"prime minister|premier|premier ministre|première ministre|primer ministro|primera ministra|premierminister|"
    r"premierministerin|minister-president|ministerpräsident|ministerpräsidentin|chancellor|kanzler|kanzlerin|"
    r"bundeskanzler|bundeskanzlerin|chancelier|chancelière|canciller|president|presidente|presidenta|président|"
    r"présidente|präsident|präsidentin|bundespräsident|bundespräsidentin|bundesrat|bundesrätin|conseiller fédéral|"
    r"conseillère fédérale|minister|ministerin|bundesminister|bundesministerin|ministre|ministro|ministra|"
    r"secretary of state|staatssecretaris|senator|senatorin|sénateur|sénatrice|senador|senadora|governor|gouverneur|"
    r"gobernador|gobernadora|vice president|vice-president|vizepräsident|vizepräsidentin|vice-président|vicepresidente|"
    r"vicepresidenta")
"""Offices of state in the five languages: before a full name ("Le président Emmanuel Macron",
"Premier Bart De Wever", "Bundesrätin Karin Keller-Sutter") they make it a public figure's. Bare
"president" stands here only right before the name, where a club's names its president with a
colon or "of the club" ("Presidente: Aurelio", "president of the rowing club, Anna Smit")."""
_STATE_OFFICE_LEAD = re.compile(
    rf"(?i:(?:former[ ]|ehemalige[rn]?[ ]|ancien(?:ne)?[ ]|ex[ -])?(?:{STATE_OFFICES}|(?:bundes|landes|staats)?"
    rf"[a-zäöüß]{{3,}}minister(?:in)?))[ ]+")
"""An office of state opening a run of capitalised words: "Prime Minister Keir Starmer", and
German ministers' compounds ("Bundesarbeitsminister Hubertus Heil", "Finanzministerin ...")."""
ROYAL_TITLES = re.compile(r"(?i:\b(?:" + trie_alternation(ROYALTY | frozenset(
    "emperor empress pope kaiser kaiserin papst empereur impératrice pape emperador emperatriz keizer keizerin paus "
    "cardinal kardinal cardenal kardinaal archbishop erzbischof archevêque arzobispo aartsbisschop".split())) + r"))[ ]+$")
"""A royal or papal title right before a name, which then is a monarch's ("le roi Philippe",
"King Charles", "koning Willem-Alexander"), not a private person's."""
_PUBLIC_ROLE_AFTER = re.compile(
    rf"[ ]?,[ ](?:(?:the|der|die|le|la|el|de|het|l')[ ])?(?i:(?:former|ehemalige[rn]?|ancien(?:ne)?|ex)[ ])?"
    rf"(?i:{STATE_OFFICES}|mayor|lord mayor|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|maire|"
    rf"alcalde|alcaldesa|burgemeester)[ ](?:[\w-]+[ ]){{0,2}}?(?:of|von|der|des|de|du|del|van|d')[ ]?[A-ZÀ-Þ]")
"""An office in apposition after a full name, then the place or body it serves: "Sadiq Khan, the
Mayor of London, announced ...", "Anne Hidalgo, maire de Paris, ...". A mayor counts only here,
with the city after: minutes and certificates name private people beside a bare "mayor"."""
_PUBLIC_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:chief executive|ceo|founder|co-founder|cofounder|the astronomer|the physicist|the chemist|the mathematician|"
    r"the philosopher|the painter|the composer|the poet|the novelist|the playwright|the sculptor|"
    r"der astronom|der physiker|die physikerin|der chemiker|die chemikerin|der mathematiker|der philosoph|der maler|"
    r"die malerin|der komponist|die komponistin|der dichter|die dichterin|der schriftsteller|die schriftstellerin|"
    r"vorstandschef|vorstandschefin|konzernchef|konzernchefin|l'astronome|le physicien|la physicienne|le chimiste|"
    r"le mathématicien|le philosophe|le peintre|la peintre|le compositeur|la compositrice|le poète|la poétesse|"
    r"l'écrivain|l'écrivaine|le romancier|la romancière|pdg|el astrónomo|el físico|la física|el químico|"
    r"el matemático|el filósofo|el pintor|la pintora|el compositor|la compositora|el poeta|la poetisa|el escritor|"
    r"la escritora|el novelista|la novelista|consejero delegado|consejera delegada|de astronoom|de natuurkundige|"
    r"de scheikundige|de wiskundige|de filosoof|de schilder|de componist|de dichter|de schrijver|de schrijfster|topman|"
    r"topvrouw|bestuursvoorzitter|the author|the writer|the artist|"
    r"(?:der|die|den|dem)[ ](?:lyriker|lyrikerin|dichter|dichterin|schriftsteller|schriftstellerin|autor|autorin|maler|"
    r"malerin|komponist|komponistin|physiker|physikerin|philosoph|philosophin|bildhauer|bildhauerin|regisseur|regisseurin)))"
    r"[ ,]+$")
"""A public role right before a full name: a company's chief executive, the painter, the physicist
("chief executive Satya Nadella", "the astronomer Edwin Hubble", "die Malerin Paula Modersohn-Becker").
Not "the plumber" or "the architect": a trade names private people in quotes and permits."""
_OFFICE_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<owner>[\w]+[ ])?(?i:(?:(?:the|der|die|den|dem|le|la|el|de|het|l')[ ])?(?:(?:former|ehemalige[rn]?|"
    r"ancien(?:ne)?|ex)[ ])?(?:" + STATE_OFFICES + r"|home secretary|foreign secretary|attorney general))"
    r"(?:[ ](?i:of|for|für|de|du|des|del|van|voor)[ ](?:(?i:the|l['’]|la|le|les|el|la|het|de|der|des)[ ]?)?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?i:and|und|et|y|en|&)[ ])?[A-ZÀ-Þ][\w'’-]+){0,3})?[ ]+$")
"""An office of state right before a full name ("Le président Emmanuel Macron"), with the
department or the country it serves ("Chancellor of the Exchequer Rachel Reeves", "ministra de
Hacienda María Jesús Montero", "minister van Financiën Eelco Heinen"), unless a
possessive owns it ("our president John Smith": a club's) or a comma stands between (minutes:
"la presidenta, Herminia Soto, abre la sesión")."""
_CREDITED_BY = re.compile(
    r"(?i:\b(?:proved|proven|invented|composed|formulated|conjectured|bewiesen|erfunden|komponiert|formuliert|vermutet|"
    r"démontré|démontrée|inventé|inventée|composé|composée|formulé|formulée|conjecturé|demostrado|demostrada|inventado|"
    r"inventada|compuesto|compuesta|formulado|formulada|conjeturado|bewezen|uitgevonden|gecomponeerd|geformuleerd|"
    r"vermoed|founded|co-founded|gegründet|mitgegründet|fondé|fondée|cofondé|cofondée|fundado|fundada|cofundado|cofundada|"
    r"opgericht)[ ](?:in[ ]1[0-9]{3}[ ])?(?:by|von|par|por|door)[ ])$")
"""A theorem proved, a machine invented, a symphony composed by someone: the work of the sciences
and the arts credits a public figure ("Fermat's Last Theorem was proved by Andrew Wiles in 1994").
Not "found by", "discovered by" or "painted by": tickets and property reports say who found a
leak or painted a fence."""
_CREDITED_AFTER = re.compile(r"[ ](?:bewiesen|erfunden|komponiert|formuliert|bewezen|uitgevonden|gecomponeerd|geformuleerd|"
                             r"gegründet|mitgegründet|opgericht)\b")
"""The same, where German and Dutch put the participle last: "1994 von Andrew Wiles bewiesen"."""
_OWN_BEFORE = re.compile(r"(?i:\b(?:my|our|mein|meine|unser|unsere|mon|ma|notre|mi|nuestro|nuestra|mijn|onze)\b)")
"""A first-person possessive in the sentence: the writer's own firm or club, not a public institution."""
_POSSESSIVES = frozenset("our my your their unser unsere unserer unseres notre nos mon ma nuestro nuestra nuestros mi onze ons".split())
"""Possessives that make an office a club's or a firm's ("our president John Smith")."""


def _tribute_before(text: str, start: int) -> bool:
    """A tribute, a style, an inspiration or names as examples (_TRIBUTE) earlier in the name's
    sentence, with no mourning, workplace or personal particulars in that sentence."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 120) + 1
    head = text[sentence_start:start]
    tribute = None
    for tribute in _TRIBUTE.finditer(head):
        pass
    if tribute is None or not _TRIBUTE_LIST.fullmatch(head, tribute.end()):
        return False  # only the names the tribute lists: not "im Stil von Gerhard Richter, gemalt von Anna Schmidt"
    whole = head + _rest_of_sentence(text, start, start)
    return _MOURNING.search(whole) is None and _PARTICULARS.search(whole) is None and _CONTACT_ON_LINE.search(whole) is None


def _public_figure(text: str, start: int, end: int, first_word: str) -> bool:
    """A full name the text marks as a public figure's: a royal or noble title ("Príncipe Pío",
    "Prinz Eugen"), a quotation's author ("„...“ – Albert Einstein"), a public role right before it
    ("chief executive Satya Nadella", "the astronomer Edwin Hubble"), a state office, a great prize
    or a retrospective in its sentence ("Mark Rutte was ... minister-president"), or a citation
    ("« Les Misérables » de Victor Hugo, ISBN ..."). GuardConfig.public_figures = "redact" turns
    this off."""
    if first_word.lower() in NOBILITY:
        return True
    if (_QUOTE_ATTRIBUTION.search(text, max(0, start - 8), start) and _LINE_END.match(text, end)
            and not _RATING_STARS.search(text, text.rfind("\n", 0, start) + 1, start)):
        return True
    if _PUBLIC_ROLE_BEFORE.search(text, max(0, start - 40), start) or ROYAL_TITLES.search(text, max(0, start - 16), start):
        return True
    sentence = _rest_of_sentence(text, start, end)
    if ((_CREDITED_BY.search(text, max(0, start - 30), start)
         or _CREDITED_AFTER.match(text, end) and text[max(0, start - 6) : start].lower().endswith((" von ", " door ")))
            and not contact_after(text, end) and _ADDRESSING.search(sentence) is None and _OWN_BEFORE.search(sentence) is None):
        return True  # "... was proved by Andrew Wiles", "1974 von Mildred Scheel gegründet"; not "my bakery, founded by ..., tel."
    office = _OFFICE_BEFORE.search(text, max(0, start - 90), start)
    if office is not None and (office.group("owner") or "").strip().lower() not in _POSSESSIVES and not _ADDRESSING.search(
            sentence) and not contact_after(text, end):
        return True  # "Le président Emmanuel Macron a inauguré ...", "La presidenta Claudia Sheinbaum encabezó ..."
    if _PUBLIC_ROLE_AFTER.match(text, end):
        return True  # "Sadiq Khan, the Mayor of London, announced ..."
    if (_CELEBRITIES.search(sentence) and not contact_after(text, end) and not _ADDRESSING.search(sentence)
            and not _PARTICULARS.search(sentence) and not _CONTACT_ON_LINE.search(sentence)
            and not _PRIVATE_ROLE_BEFORE.search(text, max(0, start - 30), start)):
        return True  # "stolen photos of celebrities (Keanu Reeves, Jennifer Aniston)": a sentence about the famous
    if _tribute_before(text, start) and not contact_after(text, end) and not _ADDRESSING.search(sentence):
        return True  # "homenaje a Cristina García Rodero y a Robert Capa", "Vorbilder: Helmut Newton und August Sander"
    return _public_office(text, start, end) or _cited_author(text, start, end) or _historical(text, start, end)


_HISTORICAL_YEAR = re.compile(
    r"(?i:\b(?:" + MONTH + r"|in|im|en|em|à|au|year|jahr|année|año|jaar|anno|born|geboren|né|née|nacido|nacida|"
    r"died|gestorben|mort|morte|murió|overleden|c\.|ca\.))\.?[ ]+1[0-8][0-9]{2}(?![\w.,/-]|[.,/-][0-9])"
    r"|\(1[0-8][0-9]{2}[ ]?[–—-][ ]?1[0-9]{3}\)")
"""A year before 1900, written as a year ("in 1642", "25 December 1642", "(1815–1852)", not a
postcode or a number's group): a sentence that dates its person there is about a historical
figure ("Isaac Newton was born on 25 December 1642"), whom no privacy law protects."""


_FOUNDED_EARLY = gated(re.compile(
    r"(?i:\b(?:founded|established|gründete|begründete|fonda|fondé|fondée|fundó|creó|richtte|stichtte)\b)"
    r"[ ](?:(?:in|im|en|em|the|die|den|das|la|le|el|de|het)[ ])?(?:1[0-8][0-9]{2}|19[0-4][0-9])(?![0-9])"))
"""A founding dated before 1950 ("Robert Baden-Powell gründete 1907 die Pfadfinderbewegung"): the
founder of a movement, a firm or a school of that age is a historical figure."""


def _historical(text: str, start: int, end: int) -> bool:
    """`text[start:end]` stands in a sentence that names a year before 1900, or a founding before 1950."""
    sentence = _rest_of_sentence(text, start, end)
    return _HISTORICAL_YEAR.search(sentence) is not None or _FOUNDED_EARLY.search(sentence) is not None


@lru_cache(maxsize=256)  # throughput: a full name's public-figure checks each ask for its sentence
def _rest_of_sentence(text: str, start: int, end: int) -> str:
    """The sentence around `text[start:end]` (at most 200 characters each side, up to a full stop,
    "!", "?" or a line break), without the span itself."""
    left = max((m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right_edge = _SENTENCE_EDGE.search(text, end, end + 200)
    right = right_edge.start() if right_edge else min(len(text), end + 200)
    return text[left:start] + " " + text[end:right]


_SENTENCE_EDGE = re.compile(r"(?<!\b[0-9])(?<!\b[0-9]{2})[.!?]|\n")
"""A sentence's end; not the full stop of a German or Dutch day ("am 22. Februar 1790")."""


def _public_office(text: str, start: int, end: int) -> bool:
    """`text[start:end]` stands in a sentence that names a state office, an institution, a great
    prize or a retrospective, or a title won at one of the great championships, and that
    addresses nobody."""
    sentence = _rest_of_sentence(text, start, end)
    return ((PUBLIC_OFFICES.search(sentence) is not None
             or GREAT_CHAMPIONSHIPS.search(sentence) is not None and _VICTORY.search(sentence) is not None)
            and _ADDRESSING.search(sentence) is None and not contact_after(text, end))


GREAT_CHAMPIONSHIPS = re.compile(
    r"(?i:\b(?:grand slam|grand chelem|roland[ -]garros|wimbledon|us open|australian open|open era|tour de france|"
    r"giro d'italia|vuelta a españa|world cup|weltmeisterschaft|coupe du monde|copa del mundo|copa mundial|mundial|"
    r"wereldkampioenschap|champions league|ligue des champions|liga de campeones|europameisterschaft|"
    r"championnat d'europe|eurocopa|europees kampioenschap|super bowl|stanley cup|nba|formula one|formula 1|formel 1|"
    r"formule 1|fórmula 1|grand prix|gro(?:ß|ss)e[nr]? preis|gran premio)\b)")
"""The great championships of sport, whose winners are public figures."""
_VICTORY = re.compile(
    r"(?i:\b(?:won|wins|winner|champion|title|titles|gewann|gewinnt|gewonnen|sieger|siegerin|titel|remporte|remporté|"
    r"remporta|gagne|gagné|gagna|vainqueur|titre|titres|ganó|gana|ganado|ganador|ganadora|título|títulos|campeón|"
    r"campeona|wint|winnaar|winnares|kampioen|titels)\b)")
"""Words that say a championship was won: with one of GREAT_CHAMPIONSHIPS in the sentence ("Rafael
Nadal ganó Roland Garros catorce veces") the name is a champion's; a ticket holder's is not
("Marie Dupont a des billets pour Roland-Garros")."""


_AUTHOR_PREPOSITION = re.compile(r"(?:^|[ ,])([\w'’]+)[ ]?,?[ ](?:by|de|di|par|por|van|von)[ ]$")
_ISBN_WORD = gated(re.compile(r"(?i:\bisbn\b)"))
_ORDER_WORDS = frozenset("""
order ordered bestellung bestellt commande commandé pedido bestelling besteld from invoice rechnung facture factura
factuur payment zahlung paiement pago betaling customer kunde client cliente klant
""".split())
"""Words before "by"/"von"/"de" that make the name a buyer's, not an author's: "Bestellung von Anna
Weber, ISBN ...", "pedido de María Pérez: ISBN ..."."""
_ISBN_LEAD = re.compile(r"[ \t]*(?i:isbn)(?:-1[03])?[ :]*[0-9Xx-]{10,17}[ ]?[:–—-][ ](?:[^,\n]{2,60},[ ])?")
_CITATION_TITLE = re.compile(r"[ \t]*[^,\n:]{2,60},[ ]")
_CITATION_REST = re.compile(r"(?:,[ ][^,\n]{2,40})?,[ ]?(?i:isbn)\b")
_AUTHOR_LEAD = re.compile(r"[ \t]*(?:[-*•]|[0-9]{1,2}[.)])?[ \t]*(?:[^\n:]{1,30}[ ]?:[ \t]*)?")
"""What may open a line before a citation's author: a list mark, a short label ("Buchtipp:", "À lire :")."""
_AUTHOR_FIRST_REST = re.compile(r",[ ][^\n]{2,120}?,[ ]?(?:[^\n,]{0,40},[ ]?)?(?i:isbn)\b|,[ ][^\n,()]{2,80}?[ ]\((?i:isbn)\b")
"""A citation after its author: a title and a publisher, then the ISBN."""
_INNER_AUTHOR = re.compile(r"[ ](?:by|von|van|de|door|par|por)[ ](?=[A-ZÀ-Þ])")
"""The preposition that joins a book's capitalised title to its author inside one run of words."""
_TITLE_OPENING = re.compile(r"[ \t]*(?:[-*•]|[0-9]{1,2}[.)])?[ \t]*[«“„\"‘']?")
"""What may open a line before a book's title: a list mark, a quote."""
_ISBN_AHEAD = re.compile(r"[^.\n]{0,60}?(?i:\bisbn\b)")
_WORK_BEFORE = re.compile(
    r"(?i:\b(?:novel|book|memoir|biography|roman|buch|biografie|autobiographie|livre|biographie|mémoires|novela|libro|"
    r"biografía|memorias|boek|biografie))[ ]+(?:by|von|van|de|d'|del|door)[ ]?$")
_QUOTE = re.compile(r"[«»“”„\"‘’']")


_ORDINAL = re.compile(r"(?:#|no|nr|n°|nº)?[0-9]{1,2}")
_WHEN_QUALIFIERS = (("this", "term"), ("this", "week"), ("this", "month"), ("this", "year"), ("today",), ("tonight",),
                    ("diese", "woche"), ("dieses", "semester"), ("heute",), ("cette", "semaine"), ("ce", "trimestre"),
                    ("aujourd'hui",), ("ce", "soir"), ("esta", "semana"), ("este", "trimestre"), ("hoy",),
                    ("deze", "week"), ("dit", "trimester"), ("vandaag",), ("vanavond",),
                    # round 60: "On call tomorrow:", "Piketdienst morgen:", "De garde demain :", "Guardia mañana:"
                    ("tomorrow",), ("morgen",), ("demain",), ("mañana",))
"""When a role is held, between its label and the colon: "Kitchen lead this term: Angela", "Ansprechpartner
heute: Jonas", "Responsable de cocina esta semana: Lucho": the label before it names the person as ever."""
"""A number after a label and before its colon: "Contact 1:", "Gast #2:", "Kind nr3:"."""
_GENDER_ENDING = re.compile(r"(?:\((?:e|s|es|in|innen|a|as|r|o)\)|/(?:e|s|es|in|innen|a|as|r|o)|·(?:e|es|ne|nes|se|ses|rice|rices)(?:·s)?)$")
"""Inclusive endings of French, German and Spanish role and greeting words: "patient(e)", "excusé(e)s",
"Mitarbeiter(in)", "Liebe/r", "Querido/a"; round 74: the French point médian, "Apprenti·e", "Cher·e·s"."""


_WEDDING_PARTY_ROLE = (
    r"(?i:bridesmaids?|groomsm[ae]n|ushers|best[ ]m[ae]n|maids?[ ]of[ ]hono(?:u)?r|matrons?[ ]of[ ]hono(?:u)?r|page[ ]?boys?|"
    r"flower[ ]girls?|brautjungfern?|trauzeug(?:en|in(?:nen)?|e)|blumenkinder|témoins?|demoiselles?[ ]d['’]honneur|"
    r"garçons?[ ]d['’]honneur|damas?[ ]de[ ]honor|testigos?|pajes?|bruidsmeisjes?|getuigen?|bruidsjonkers?)")
_WEDDING_PARTY = re.compile(
    r"[ \t>*•-]*(?:[A-Za-zÀ-ÿ]{2,3}\.?[ ]+)?(?:\d{1,2}(?:[:.h]\d{2}|h)[ ]*(?:[:–-][ ]*)?)?" + _WEDDING_PARTY_ROLE
    + r"(?:[ ]x[ ]?\d|[ ]\(\d\))?[ ]*(?:[:–-][ ]*)?"
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*)?(?:,[ ]*|[ ](?:and|und|et|y|en|e|&)[ ]+))*$")
"""Round 67: a wedding party's line, its role then who fills it ("11:00 Bridesmaids x4 - Elaine, Sarah, Nigel",
"Damas de honor: Odalys, Ariel, Vidal", "11h30 : témoins Alain et Margaud", "bruidsmeisjes Seppe en Mark",
"Trauzeugen: Jonas und Mia"): each name of the list is a person's, first names that are also words included."""
_WEDDING_PARTY_WORD = re.compile(_WEDDING_PARTY_ROLE + r"(?![\w])")


def _in_wedding_party(text: str, start: int) -> bool:
    """`start` begins a name in a wedding party's line (_WEDDING_PARTY)."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 120 and _WEDDING_PARTY.match(text[line_start:start]) is not None


def _in_attendance_list(text: str, start: int) -> bool:
    """Whether `start` begins an item of a list of people: after "Present:", "Anwesend:", ... on
    the same line, right after the colon or a comma, semicolon or conjunction."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 300:
        return False
    head = text[line_start:start]
    m = _ATTENDANCE.match(head) or _ATTENDANCE_IN_LINE.search(head)
    if m is None or _LIST_JOIN.search(head) is None:
        return False
    # an item's role in brackets may hold a full stop ("Elisa Kern (1. Vors.), Milka (Kasse), ..."); a sentence may not
    return "." not in _ORDINAL_DOT.sub("", _TITLE_ABBREVIATION.sub("", _NOTE_IN_BRACKETS.sub("", head[m.end():])))


_NOTE_IN_BRACKETS = re.compile(r"[ ]?\([^()\n]{1,30}\)")


_INTERPRETER_LABEL = re.compile(
    r"(?i:\b(?:interpreter|interpreting|language|dolmetscher|dolmetscherin|sprache|interprète|langue|intérprete|idioma|"
    r"tolk|taal)(?:[ ]\([^()\n]{1,20}\))?[ ]?:[ ])$")
_LANGUAGE_NAMES = frozenset("""
dari farsi persian pashto urdu arabic tamil hindi bengali punjabi gujarati somali tigrinya amharic kurdish sorani kurmanji
turkish polish romanian russian ukrainian portuguese mandarin cantonese vietnamese albanian lingala swahili twi
arabisch türkisch polnisch rumänisch russisch arabe turc polonais roumain russe árabe turco polaco rumano ruso
turks pools roemeens russisch
""".split())
"""Round 60: languages an interpreter's field names, some of them first names as well ("Interpreter: Dari",
"Dolmetscher: Farsi", "Interprète : tigrinya")."""


def _interpreted_language(text: str, start: int, value: str) -> bool:
    """The value of an interpreter's or a language's field at `start` is a language, not the interpreter."""
    return value.lower() in _LANGUAGE_NAMES and _INTERPRETER_LABEL.search(text, max(0, start - 32), start) is not None


# Words that make a chain an organisation, a place or a thing when they follow or end it.
NOT_PERSON_AFTER = frozenset("""
gmbh ag kg ohg ug se sa sas sarl sàrl sl sll slu srl spa bv nv vof cv ltd llc llp inc plc corp co corporation company
group gruppe groep grupo groupe holding holdings partners partner bank banque banco capital ventures labs studio studios
stiftung foundation fondation fundación stichting verein association asociación vereniging university universität université
universidad universiteit college school schule école escuela hospital klinik clinique clínica ziekenhuis hotel
hospice hospices
society societies société sociedad genootschap
town pharmaceuticals pharma
funeral funerals undertakers undertaking funeraria funerarias tanatorio uitvaart uitvaartzorg uitvaartcentrum
safe
choir choirs chor chorale koor coro cc
street st road rd avenue ave lane drive boulevard blvd way place square court ct close crescent terrace park gardens
common commons heath downs
straße strasse str weg allee platz gasse ring rue calle avenida plaza paseo straat laan gracht plein kade
station airport flughafen aéroport aeropuerto luchthaven bahnhof gare estación centre center zentrum centro centrum
office büro bureau oficina kantoor team teams department abteilung service services services support store shop
falls valley beach bay lake river hill hills mountain island islands city county state province region
motors motor automotive airlines airways systems technologies technology software solutions consulting
books verlag éditions editions editorial uitgeverij press publishing publishers
söhne sons brothers frères hermanos zn zonen & and und et y en
weddings wedding eventos events evenementen veranstaltungen événements catering bodas bruiloften hochzeiten mariages
research platform payroll
airfield aerodrome aérodrome aeródromo flugplatz vliegveld
boys girls divers charters rentals nord süd noord zuid norte
scoop sau scom sad sal slne commv bvba cvba gcv og eg ek gbr mbh partg sasu eurl snc sca sce ab oy as aps top
gesbr gesmbh kgaa vzw asbl ev
niederlassung filiale zweigstelle vertretung vestiging filiaal succursale agence sucursal agencia branch branches
cie cía compagnie compañía kompanie associates associés asociados gebrüder gebroeders fils hijos erben nachf nachfolger
suite care dental riverside chapel church kirche kerk église iglesia cathedral abbey fc cf sc afc united rovers
wanderers athletic bowling bowlers strikers kegler keglers bolos quilles
nederland deutschland españa belgique belgië schweiz suisse österreich italia usa britain
england scotland wales ireland france spain germany holland
arena stadium stadion estadio stade institut institute instituto fonds cultuurfonds fund prize preis prijs premio prix
award syndrome syndrom disease act house hall tower museum museo musée bridge brücke brug ziekenhuis klinikum
building gebouw gebäude edificio bâtiment wing campus lab laboratory library bibliothek biblioteca bibliothèque aid
analyst engineer manager developer consultant officer assistant specialist architect designer scientist coordinator
administrator intern trainee trust kita
tax council removals plateau mc umc amc lumc clinic lecture vorlesung lezing
orthodontics orthodontie ortodoncia kieferorthopädie orthodontist dentistry flag
baan europe europa warden open invitational
rangers colts juniors harriers albion hotspur canada australia hollow
catholic protestant anglican lutheran methodist evangelical presbyterian
point cove cape reef sands cliffs headland lighthouse leuchtturm vuurtoren phare faro
furniture möbel meubles muebles meubelen meubelhuis gym fitness
theatre theater théâtre teatro playhouse schouwburg competition competitie wettbewerb concours concurso championship
championships meisterschaft championnat campeonato kampioenschap festival tournament turnier tournoi torneo toernooi
cup pokal trophy trofeo
yoga pilates taxi taxis derby noir
surgery praxis pharmacy pharmacie farmacia apotheke apotheek transport transports transportes logistics logistik logistiek
haulage spedition vervoer vets veterinary lodge
collie collies retriever terrier spaniel poodle labrador pinscher schnauzer dachshund beagle whippet
gld zld ovl
band bands orchestra orchester orkest orquesta orchestre harmonie fanfare ensemble congress jamboree swiss
""".split())
NOT_PERSON_AFTER = NOT_PERSON_AFTER | frozenset(("ballet", "jazz"))  # round 69: "Tiny Toes Ballet: Zac, Daniel, Marion"
ORG_FIRST_WORDS = frozenset("""
talleres autocars autocares car
hôtel transport transports transportes ambulances ambulancias ambulanz pfadfinder seepfadfinder toilettage hundesalon
physiotherapie fysiotherapie physiotherapy fisioterapia kinésithérapie kinesitherapie ergotherapie logopädie logopedie
liga league ligue agence agency agentur agencia bureau cabinet kanzlei praxis clinique clínica clinica kliniek klinik fondation fundación
stiftung hotel restaurant café brasserie garage boulangerie bäckerei apotheek apotheke pharmacie farmacia maison casa
haus huis domaine château schloss studio atelier galerie gallery salon institut institute instituto escuela école
óptica optica opticien opticienne optiker optiek optician estudio
schule colegio club verein peña asociación association vereniging stichting kerk église iglesia kirche church chapel
kita kindergarten crèche guardería kinderopvang
praktijk bücherei bibliotheek bibliothèque biblioteca
hort
chalet wijkcentrum buurthuis buurtcentrum gemeinschaftshaus
entreprise entreprises établissements ets empresa puerto crematorium crématorium crematorio krematorium
gîte gite camping auberge hostal albergue herberg jugendherberge hut hütte refuge refugio berghut
université universität universidad universiteit university hochschule fachhochschule
parroquia paroisse pfarrei parochie parish kirchengemeinde juzgado tribunal rechtbank amtsgericht landgericht
unidad centro servicio departamento unité centre département abteilung zentrum afdeling dienst unit pension
bodega bodegas weingut winzerhof wijnhuis wijngaard vineyard winery vignoble cellars kellerei brewery brauerei brasserie
cervecería brouwerij distillery destillerie distillerie destilería stokerij
ordination ordinationszentrum bestattungshaus bestattungen bestattungsinstitut ayuntamiento gemeente mairie rathaus salón
ayuntamiento mairie rathaus stadhuis municipio gemeente concello
cooperativa coopérative genossenschaft coöperatie cooperative
antiquariat antiquariaat librairie buchhandlung boekhandel librería bookshop bookstore buchbinderei boekbinderij
reliure encuadernación bindery
granja ferme hofladen boerderij farm finca cortijo masía quesería fromagerie käserei kaasboerderij
kaasmakerij dairy
atlético sporting racing koninklijke
bar taller friperie brocante boutique mercería zapatería tienda laden winkel
kleingartenanlage kleingartenverein schrebergarten volkstuinpark volkstuinvereniging tuinpark
""".split())
"""First words of organisations and buildings named after people: "Agence Moreau", "Clínica
Dental", "Praxis Dr. Huber", "Maison Dupont"."""
SURNAME_PLACE_WORDS = frozenset("""
hill hall lane ford wells banks fields brooks woods rivers park marsh dale green plaza
branch church chapel storm peña sala casa preis heath baan downs iglesia holland
""".split())
"""Place and organisation words that are also common surnames: after a common first name a surname
("Amanda Hill", "Sarah Branch", "Mark Church", "Juan Peña", "Lucía Sala", "Anna Preis")."""
EPONYM_WORDS = frozenset("""
storm sturm orkan tempête borrasca tormenta hurricane huracán ouragan typhoon cyclone
loi lex ley wet gesetz
hospital hôpital ziekenhuis klinikum estadio stadion stade stadium lycée collège gymnasium instituto colegio escuela
école museo musée museum aeropuerto aéroport flughafen luchthaven airport premio prix prijs preis prize fondation
fundación stiftung fonds syndrome síndrome syndroom syndrom maladie enfermedad ziekte morbus disease
aula zaal saal hörsaal salle sala salón room hall auditorium gebouw building edificio bâtiment gebäude copa cup pokal coupe
trofeo trophy beker trophée trofee troféu
sportplatz sportpark ies ceip cifp ieso
klettersteig rifugio refugio refuge hütte berghütte hut
residencia résidence residenz ehpad seniorenheim pflegeheim altenheim verzorgingshuis woonzorgcentrum
""".split())
"""Words before a name that make it the name of a thing: a storm ("Storm Eunice"), a law ("Loi
Pinel", "Lex Koller"), a building or an institution ("Estadio Santiago Bernabéu", "el Hospital
Gregorio Marañón", a Spanish state school: "IES Antonio Machado", "CEIP Gloria Fuertes"), a prize,
a disease ("syndrome de Gilles de la Tourette")."""
ORG_FIRST_WORDS = ORG_FIRST_WORDS | frozenset(
    "karosseriebau karosserie autoschade schadeherstel carrosserie carrocería carrocerías bodyshop".split())
ORG_FIRST_WORDS = ORG_FIRST_WORDS | frozenset("rijschool fahrschule autoescuela autoescola auto-école autoécole".split())
ORG_FIRST_WORDS = ORG_FIRST_WORDS | frozenset("juwelier juweliers juwelierin joyería joyeria bijouterie jeweller jewellers "
                                              "jeweler jewelers goldschmiede relojería relojeria horlogerie".split())
"""Round 85: a jeweller's word before its shop's name, signing a repair's message ("Groet, Juwelier De Kroon", "Abrimos
de 10 a 14. Joyería Sol")."""
"""Round 70: a driving school's word before its owner's name, on its price list ("Rijschool Reesink, Hulsonniaux -
open ma t/m za", "Fahrschule Brandl, Mo-Fr"); round 56 knew it only as a field's label ("Fahrschule: Christoph")."""
"""Round 69: a body shop's word before its owner's name, signing a card payment's receipt ("Mit freundlichen Grüßen\n
Karosseriebau Wendt", "Met vriendelijke groet,\nAutoschade Vermeulen", "Cordialement,\nCarrosserie du Moulin")."""
BUSINESS_FIRST_WORDS = ORG_FIRST_WORDS
"""Words that open a firm's, a club's or a practice's name ("Salon Marie", "Club Atlético"), without the eponyms."""
_LONG_NOUN_ENDINGS = ("ing", "heid", "schap", "teit", "ung", "heit", "keit", "schaft")
"""Endings of Dutch and German abstract and compound nouns: a word of eleven letters or more that ends
so is no first name, whatever the name lists say ("Thuisverpleging" is one there)."""
_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "satz", "sätze", "gerät", "geräte", "anlage", "schutz",
                        "zeug", "mittel", "maschine", "wagen", "platte", "leiter", "pumpe", "schlauch", "wort",
                        "liste", "listen", "preise", "gebühren", "tarife", "zeiten", "termine", "bericht", "berichte",
                        "formular", "übersicht", "lijst", "tarieven", "overzicht", "formulier")
"""Endings of German nouns that no surname has (a surname ending so is listed, and then read as one); round 72: a
document's or a price list's ("Marina Preisliste 2027", "Marina Öffnungszeiten", "Marina Ligplaatslijst")."""
_ORG_COMPOUND_HEADS = ("erei", "erij", "salon", "praxis", "studio", "atelier", "kanzlei", "agentur", "klinik", "apotheke", "bäckerei",
                       "werkstatt", "schneiderei", "zentrum", "kapsalon", "praktijk", "winkel", "bakkerij", "apotheek",
                       "kantoor", "bureau", "pension", "heim", "zorg")
"""German and Dutch compounds that end in a firm's word ("Friseursalon", "Zahnarztpraxis", "Kapsalon",
"Fysiotherapiepraktijk", "Hundepension"): before a name they open the house named after its founder, or a
firm's sign-off ("Groet, Boerderijwinkel De Hoeve"); round 61: homes and care services ("Studentenwohnheim Am
Weinberg", "Thuiszorg Sint Joost")."""
_ORG_BEFORE = re.compile(
    r"(?<![\w])(?i:" + trie_alternation(BUSINESS_FIRST_WORDS) + r")"
    r"(?:[ ]+(?:de|del|de la|de los|des|du|van|von|der)[ ]+[A-ZÀ-Þ][\w'’-]*)?[ ]+(?:(?i:dr|prof)\.?[ ]+)?$")
"""An organisation's first word, perhaps with what it is of, right before a name: the firm, club or
house is named after the person ("Cooperativa de Viviendas Clara Campoamor", "Weingut Dr. Loosen")."""
_PAIR_JOINERS = ("&", "+", "und", "and", "et", "y", "en")
_FIRM_PAIR_BEFORE = re.compile(
    r"(?<![\w])(?i:" + trie_alternation(BUSINESS_FIRST_WORDS) + r")"
    r"[ ]+[A-ZÀ-Þ][\w'’-]*[ ]+(?:" + "|".join(map(re.escape, _PAIR_JOINERS)) + r")[ ]+$")
"""A house's word, a word and "&" before a name: the house's name is a pair of words ("Atelier Nadel & Faden",
"Boutique Fil & Aiguille"), not a couple."""


def _joined_before(text: str, start: int) -> bool:
    """A joiner of _FIRM_PAIR_BEFORE and spaces end the text before `start`: the cheap half of that pattern, checked
    first because its alternation of a house's words is slow to try at every position of the window."""
    before = text[max(0, start - 60) : start]
    joined = before.rstrip(" ")
    return len(joined) < len(before) and joined.endswith(_PAIR_JOINERS)


ORG_FIRST_WORDS = ORG_FIRST_WORDS | EPONYM_WORDS
VENUES_AND_VESSELS = frozenset("""
piscina piscine schwimmbad hallenbad freibad zwembad polideportivo pabellón sporthal sporthalle velódromo
yacht yate jacht schiff bateau voilier navire barco velero schip vessel ship boat ferry fähre veerboot
""".split())
"""Words before a name that make it a sports venue's or a vessel's ("la piscina Mireia Belmonte", "yacht Blue
Heron"); only before the run, since some are surnames too ("Barco")."""
CAR_MAKES = frozenset("""
lotus seat skoda škoda opel volkswagen vw renault peugeot citroën fiat toyota nissan kia hyundai dacia volvo audi bmw mazda
honda suzuki mitsubishi subaru lexus jaguar porsche cupra lancia chevrolet chrysler dodge jeep
""".split())
"""Car makes that open a run before their model ("Seat León", "Skoda Octavia"); as a last word they are surnames
("Emmanuel Renault", "Louis Chevrolet")."""
_VESSEL_PREFIX = re.compile(r"(?<![\w])(?:MY|MV|MS|SS|HMS|RMS|SY|SV)[ ]$")
"""A ship's prefix in capitals before its name ("MV Adelaide Star", "MY Blue Spirit"): a vessel, not a person ("Ms" is a title)."""
PUBLIC_PLACE_WORDS = frozenset("""
biblioteca bibliothèque bibliothek bibliotheek library médiathèque mediateca mediathek ludoteca ludothèque
centro centre zentrum centrum auditorio auditori teatro théâtre polideportivo gymnase complejo complexe
puerta porte poort gate
""".split())
"""Public places named after someone, before the name ("la biblioteca Gloria Fuertes", "centro cívico Clara
Campoamor", "la médiathèque Simone Veil"): the place, not the person."""
EPONYM_QUALIFIERS = (
    "municipal", "municipales", "municipale", "municipaux", "cívico", "cívica", "cultural", "culturel", "culturelle",
    "público", "pública", "publique", "cubierta", "cubierto", "climatizada", "olímpica", "olímpico", "olympique",
    "infantil", "primaria", "secundaria", "polyvalente", "élémentaire", "primaire", "maternelle", "communale",
    "communal", "intercommunale", "comunal", "regional", "régional", "régionale", "provincial", "nacional",
    "national", "nationale", "universitario", "universitaria", "universitaire", "deportivo", "deportiva",
    "sportif", "comunitario", "comunitaria", "vecinal", "social", "juvenil", "sociocultural", "socioculturel")
"""Adjectives that Spanish and French put after a public place's noun and before the name it bears
("piscina municipal Mireia Belmonte", "centro cívico Clara Campoamor", "gymnase municipal Marcel Cerdan")."""
GROUND_PHRASES = (r"campo[ ]municipal", r"campo[ ]de[ ]f[uú]tbol", r"campo[ ]de[ ]deportes", r"terrain[ ]municipal",
                  r"terrain[ ]de[ ]football", r"terrain[ ]de[ ]sport", r"v[ií]a[ ]ferrata")
"""A sports ground named after someone ("campo municipal Alfredo Di Stéfano", "terrain municipal Jean Bouin"), or
a climbing route ("Via ferrata Ivano Dibona"); a bare "campo" or "terrain" is also someone's field ("el campo de
Juan Pérez")."""
_EPONYM_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join((*GROUND_PHRASES, trie_alternation(EPONYM_WORDS | VENUES_AND_VESSELS | PUBLIC_PLACE_WORDS))) + r")"
    r"(?:[ ]+(?:" + "|".join(EPONYM_QUALIFIERS) + r")){0,2}[ ]+(?:(?:de|du|des|de la|van|von|of|del)[ ]+)?$",
    re.IGNORECASE)
KINSHIP_WORDS = frozenset("""
tante onkel oma opa omi opi uncle aunt auntie grandma grandpa tía tío abuela abuelo oncle mamie papi mémé pépé
oom mère père
""".split())
"""Kinship words before a first name ("Tante Fanny", "Uncle Ben"): a person's, or a brand's
("Tante Fanny Blätterteig", "Uncle Ben's rice"); not part of the name either way."""
STREET_ENDINGS = ("straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "steeg", "straße", "strasse", "allee",
                  "gasse", "platz", "weg", "tunnel", "brug", "brücke", "zaal", "saal", "gebouw", "gebäude", "school", "poort")
"""A run whose last word ends like a street ("Willem de Zwijgerlaan", "Konrad-Adenauer-Straße") names the
street; one that ends like a hall or a building ("Christiaan Huygenszaal", "Lise-Meitner-Saal") names the room."""
NOT_PERSON_WORDS = frozenset("""
team all everyone everybody there folks guys support sales admin admins customer customers user users
junge mädchen garçon jongen meisje peluquería transporte lancé lancée person persoon
regla lista hilfe daño daños devis depot
dudas
shodan nidan sandan yondan godan taikyoku heian kihon kumite dojo dōjō
zusammen allemaal iedereen tous todos todas équipe equipo
monday tuesday wednesday thursday friday saturday sunday
montag dienstag mittwoch donnerstag freitag samstag sonntag
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles jueves viernes sábado domingo
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
january february march april may june july august september october november december
januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre januari februari maart mei augustus
world welt monde mundo wereld
family familia famille familie gezin children kinder kinderen enfants niños hijos
mère père enfant honey ay jumping agility christmas xmas weihnachten navidad kerstmis
loki
the a an and or of for to in on at by with from
none true false null nil
baby babys bebé bébé mädchen meisje
gato gata perro perra katze hund chien chienne hond poes kitten puppy
pensioenfonds pensionskasse pensionsfonds
mein meine mon mes my mi mis mijn
wi-fi wifi numéro numero número nummer
atención harbour harbor staff
re fw fwd aw wg tr rv sv vs ps nb pd cc bcc
papa mama mum mom dad daddy mommy mummy papá mamá maman papi mami
tue wed thu fri sat feb apr aug sep sept oct nov dec
stichting royal koninklijke vereniging firma fa bouwbedrijf hermanos grupo
tel tél tfno fax gsm mob handy mobiel móvil movil
""".split())
NOT_PERSON_WORDS = NOT_PERSON_WORDS | frozenset(("abo", "misa", "gr", "ballet", "jazz"))
"""Round 69: German "Abo" (a subscription: "Abo gekündigt"), Spanish "Misa" (a Mass: "Misa de la Coronación de
Mozart"), German "Gr." (a size, read as a surname after "Polo": "2 Polo Gr. 140"), a dance school's classes ("Tiny
Toes Ballet: Zac, Daniel", "Solo Jazz: Karin Hermighausen"), though all are listed first names or surnames."""
INSTRUMENT_WORDS = frozenset("cello horn hoorn oboe tuba fagott bassoon trombone posaune".split())
"""Round 70: an orchestra's instruments opening a travel list's rows ("Cello    | Laurie Cardenas | passport ...",
"Horn     | Tina Coleman | ..."): no column of people, though the name lists know them as surnames ("Herr
Horn", "Gisela Horn" stay people)."""
LONE_NOT_PERSON = frozenset("barra merit distinction stand nail".split())
"""Round 71: words that the name lists hold but that alone are no person: Spanish "Barra libre" (an open bar on a
wedding quote), an exam's grade ("passed Grade 3 with Merit (121)"), German "Stand:" (a stall's field on a market
booking, or "as of"), a groomer's "Nail trim £8"; with a title or a first name they stay people ("Sra. Barra", "Ana
Barra")."""
COLOUR_WORDS = frozenset("red green blue yellow orange purple white black grey gray brown rot grün blau gelb "
                         "rouge vert bleu jaune rojo verde azul amarillo rood groen blauw geel".split())
"""Round 71: colours in a table's column beside the names ("4471 | Cory Farmer | Red | passport ..."): a start wave,
a team, a group; no column of people (not "Rose", "Violet", "Amber": first names as often as colours)."""
_COLUMN_KEY_WORDS = INSTRUMENT_WORDS | COLOUR_WORDS
"""What a table's column of people leaves out, both sets read in one place (`_find`'s unnamed columns)."""
# Words before a chain that make it a place or an organisation: "in Paris Hilton"? no: "bei Müller GmbH"
# is handled by NOT_PERSON_AFTER; these are prefixes of place names.
# Organisations and brands named after people, well known enough to be read as what they are.
EPONYMOUS = frozenset(
    ("louis vuitton", "calvin klein", "hugo boss", "ralph lauren", "tommy hilfiger", "morgan stanley",
     "charles schwab", "walt disney", "marks spencer", "johnson johnson", "ernst young", "henry schein",
     "estée lauder", "giorgio armani", "christian dior", "yves saint", "karl lagerfeld", "jean paul",
     "victoria beckham", "martha stewart", "ben jerry", "dr oetker", "max factor", "paul smith",
     "jack russell", "king charles", "enza zaden")  # round 68: a dog's breed, a seed company
)
EPONYMOUS = EPONYMOUS | frozenset(
    ("albert heijn", "johnson matthey", "morgan sindall", "van lanschot", "john lewis", "ted baker", "jack wolfskin",
     "tom tailor", "yves rocher", "max mara", "taylor wimpey", "wolters kluwer", "philip morris", "procter gamble",
     "johnson controls", "goldman sachs", "wells fargo", "john deere", "harley davidson", "rolls royce", "aston martin",
     "mercedes benz", "carl zeiss", "robert bosch", "grant thornton", "baker mckenzie", "clifford chance", "allen overy",
     "roland berger", "arthur little", "georg jensen", "elizabeth arden", "helena rubinstein", "coco chanel",
     "pierre cardin", "paul bocuse", "christian louboutin", "stella mccartney", "tory burch", "michael kors",
     "kate spade", "lucas bols", "douwe egberts", "jan linders", "dirk van", "nina ricci", "jack daniel",
     "johnnie walker", "jim beam", "marie claire", "emil frey", "anne frank", "hugo boss", "ben jerry",
     "simon kucher", "jean coutu", "louis widmer", "max bahr", "peter hahn", "tom ford", "marc jacobs",
     "earl grey", "granny smith", "dom pérignon", "marqués riscal", "meister proper", "karel doorman", "charles gaulle",
     "anís mono", "tom collins", "harvey wallbanger", "gill sans", "konrad adenauer", "franklin roosevelt",
     "vivienne westwood", "alexander mcqueen", "jean patou", "claude bernard", "marie curie", "martin luther")
)
"""More firms, brands and institutions named after people; a first name and a surname in them read
as what they are ("Albert Heijn Stedum" is a supermarket branch)."""
EPONYMOUS = EPONYMOUS | frozenset(("aston villa", "roland garros"))
EPONYMOUS = EPONYMOUS | frozenset(("riese müller", "park tool", "amstel gold", "cœur joie"))
"""Round 71: a cargo bike's maker ("Riese & Müller Load 75"), a bike tool maker ("1x Park Tool TS-2.2"), a
cycling race ("Amstel Gold Race toerversie"), a choir movement ("la chorale À Cœur Joie")."""
GERMAN_ROLE_ENDINGS = ("lehrer", "lehrerin", "leiter", "leiterin", "direktor", "direktorin", "rektor", "rektorin",
                       "vorstand", "beauftragte", "beauftragter", "anwalt", "anwältin", "notar", "notarin")
"""German compound role nouns after a title: "Sehr geehrte Frau Klassenlehrerin", "Herr Schulleiter"."""
PLACES_NAMED_LIKE_PEOPLE = frozenset(("hong kong", "costa rica", "sierra leone", "san marino", "santa cruz", "santa fe",
                                      "san jose", "san josé", "santa clara", "santa monica", "costa brava", "costa blanca"))
"""Places whose two words are a listed first name and a listed surname ("'Hong Kong': 0.05")."""
_DOCTOR = frozenset("dr doctor doktor docteur".split())
EPONYMOUS_AFTER_TITLE: dict[str, frozenset[str]] = {
    **{brand: _DOCTOR for brand in "oetker martens scholl pepper hauschka".split()},
    "kipling": frozenset({"mr", "mister"}),
    **{saint: frozenset("st san saint sankt santo don".split()) for saint in ("simón", "simon")},
}
"""Brands and saints that are a title and a surname, with the title they go with: "Dr. Oetker", "Dr. Martens", "Dr.
Scholl", "Dr Pepper", "Mr Kipling", "San Simón", "Don Simón" (a juice); after another title the surname is a person's ("Guten Tag Frau
Scholl,", "Mme Simon, directrice": round 55)."""
_TITLE_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)\.?[ ]+$")


def _brand_after_its_title(text: str, start: int, word: str) -> bool:
    """A brand or a saint right after its own title ("Dr. Oetker", "Mr Kipling", "San Simón"), and no personal title
    before the doctor's ("Frau Dr. Scholl" is a person). The title is read only for the few words listed."""
    titles = EPONYMOUS_AFTER_TITLE.get(word)
    if titles is None:
        return False
    title = _TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
    return (title is not None and title.group(1).lower() in titles
            and not _PERSONAL_TITLE_BEFORE_DR.search(text, max(0, start - 16), start))
TITLE_ROLE_NOUNS = frozenset("""
kollege kollegin kollegen kolleginnen doktor direktor direktorin präsident präsidentin vorsitzende vorsitzender
bürgermeister bürgermeisterin pfarrer pfarrerin minister ministerin professorin rat rätin anwalt anwältin richter
richterin kommissar kommissarin abgeordneter abgeordnete nachbar nachbarin kunde kundin patient patientin
collègue président présidente directeur directrice maire ministre docteur professeur juge avocat avocate
colega presidente director directora alcalde alcaldesa ministro ministra doctor doctora profesor profesora juez jueza
collega voorzitter burgemeester dokter rechter advocaat
colleague president director minister judge chair chairman chairwoman
chapel church cathedral abbey kapelle kirche chapelle église capilla iglesia kapel kerk
""".split())
"""Roles that follow a title in an address to someone unnamed ("Sehr geehrte Frau Kollegin",
"Monsieur le Directeur", "Señora Presidenta"): not a surname."""
_CALL_IMPERATIVES = frozenset("bel bellen call ring phone text app mail sms whatsapp ruf anrufen appelle appelez llama llame".split())
"""A request to call or message someone, which may open a run of capitalised words before the name ("Bel Jet Brouwer:",
"Call Jan de Vries on ..."), as a sentence's first word."""
LEADING_ARTICLES = frozenset("das der die den dem des de het een le la les el los las the van von du del di da op".split())
"""Capitalised articles and particles that the name lists also hold as first names ("Das", "De",
"Les", "Van"): at the start of a run with nothing before it they begin a name of a thing or a
place ("Das Ausweich-RZ", "De Linde", "Les Tilleuls", "Van Lanschot Kempen"), not a first name."""
PLACE_PREFIX = frozenset(
    "san santa santo saint st sankt bad port fort mount mont new north south east west lake den la le los las el "
    "calle avenida paseo plaza via vía rue avenue boulevard place chemin quai am an im auf zum zur op aan en "
    "praia playa isla punta cabo plage île river rivière río rio ville ciudad gemeente stadt".split()
) | {"ruta"}  # round 69: a round named after its province, "Ruta Álava los lunes"
PLACE_PREFIX_BEFORE = PLACE_PREFIX - {"an", "aan", "en"} | {"maison", "domaine", "bodega", "bodegas", "weingut", "winery",
                                                         "wijnhuis", "cave", "brasserie", "brauerei", "brouwerij",
                                                         "parque", "parc", "park"}
"""Lower-case words before a chain that make it a place. Not "an"/"aan": capitalised they start
street names ("An der Alster 12"), lower-case they mean "to" ("die Antwort an Renata Lustenberger",
"een brief aan Jan de Vries"). Not "en": capitalised it opens a deed's place and date ("En Huelva,
a 14 de diciembre", "En Lyon, le 3 mai"), lower-case it is Dutch "and" ("Jan en Piet de Vries").
With the houses that wine and beer firms are named after: "la maison Louis Jadot", "das Weingut Fritz Haag"; round 62:
parks named after someone ("en el parque Miguel Servet", "au parc Georges Brassens")."""
_IN_THE_NAME_OF = re.compile(
    r"(?i:ausgestellt|gebucht|zugelassen|angemeldet|registriert|eingetragen|reserviert|bestellt|läuft|laufen|lautet|"
    r"lautend|versichert)(?:[ ](?:ist|sind|war|wurde|wird))?[ ]auf[ ]$|"
    r"(?i:rechnung|quittung|spendenquittung|gutschrift|bescheinigung|vertrag)(?:[ ]bitte)?[ ]auf[ ]$")
"""German "auf" after "issued", "booked", "registered": in the name of, not on a place ("Reisepass ... ausgestellt
auf Luisa Suppan", "gebucht ist auf Nils Kaindl", "das Auto ist zugelassen auf Anna Weber"); round 72: after an
invoice or a receipt ("bitte Rechnung auf Kirsten Kaiser ausstellen", "Quittung bitte auf Olga Girschner")."""
_KIN_PAREN_BEFORE = re.compile(
    r"(?i:\b(?:sohn|tochter|ehefrau|ehemann|son|daughter|wife|husband|fils|fille|épouse|époux|hijo|hija|esposa|esposo|"
    r"zoon|dochter|echtgenote|echtgenoot|mutter|vater|mother|father|mère|père|madre|padre|moeder|vader))[ ]\($")
_KIN_PAREN_END = re.compile(r"[ ]?[,)]")
"""Round 72: a relative's full name in brackets after the kinship word, a phone number perhaps after it: "Sohn (Karlfried
Henschel, 071 ...) bittet um Rückruf", "daughter (Ottoline Marsh) will collect", "hija (Azucena Robles, 6...)"."""
_IN_NAME_OF_BEFORE = re.compile(r"(?i:\b(?:op[ ]naam[ ]van|ten[ ]name[ ]van|au[ ]nom[ ]de|a[ ]nombre[ ]de|"
                                r"in[ ]the[ ]name[ ]of|made[ ]out[ ]to|auf[ ]den[ ]namen(?:[ ]von)?|"
                                r"(?:rechnung|quittung|spendenquittung|gutschrift)(?:[ ]bitte)?[ ]auf))[ ]$")
"""Round 72: in whose name a bill is made out: the name, though it ends like a street ("op naam van Jasmijn Moensendijk",
"au nom de Lucie Grandchamp") or no list knows its words ("bitte Rechnung auf Gesine Lüttke ausstellen")."""
_STREET_OF = re.compile(
    r"(?<![\w])(?i:calle|avenida|paseo|plaza|pasaje|ronda|travesía|glorieta|camino|carrer|avinguda|passeig|rue|avenue|"
    r"boulevard|allée|impasse|quai|cours|square|place|chemin)[ ]+(?:de la|de las|de los|del|de|d['’]|du|des)[ ]?$")
"""A street word and "de" before a name: the street is named after the person ("avenida de Pablo
Neruda", "calle de Federico García Lorca", "rue de Marie Curie"); "en casa de Pablo Ruiz" is his home."""
CONJUNCTIONS = frozenset("& and und et y en e".split())
"""Between two names they join two people ("Anna Schmidt and Peter Weber"); before a company
word or the last partner of a firm they make it an organisation ("Müller & Söhne")."""
_INNER_TITLE_EXCEPTIONS = frozenset("don dame lady lord sir miss me m ing ir st pr".split())
"""Titles that are also names or words ("Don", "Miss", "Lady Gaga"): they do not cut a run."""
CALENDAR_FIRST_NAMES = frozenset("domingo april abril may june august julio".split())
"""Weekday and month names that are also first names: a name only before a listed surname
("Domingo Quintanilla Bautista", "April Johnson"); "Sunday", "on Monday" stay no one."""


CONTEXT_WORDS = frozenset(
    w for table in (TITLES, GREETINGS, SIGN_OFFS) for phrases in table.values() for p in phrases.split("|")
    for w in p.split()
) - {"de", "la", "le", "me", "m", "i"} | {  # particles and initials, not context words; a one-word shift's end is
    p for phrases in SHIFT_ENDS.values() for p in phrases.split("|") if " " not in p}  # ("Dienstende Maja")


def _alternation(table: dict[str, str], languages: tuple[str, ...] | None) -> str:
    langs = languages or tuple(table)
    words = sorted({w for lang in langs for w in table[lang].split("|")}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_PARTNERS = re.compile(
    rf"(?:,[ ]+{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}){{0,3}}[ ]+(?:en|et|und|and|y|e|&)[ ]+"
    rf"(?:(?:{_PARTICLE})[ ])?{_NAME_WORD}(?:[ ](?:(?:{_PARTICLE})[ ])?{_NAME_WORD}){{0,2}}[ ]+(?P<suffix>[A-Za-zÀ-ÿ.&]+)"
)
"""The other partners' names after a name, then a company form: the name is part of a firm's."""
_LINE_END = re.compile(r"[ \t]*[.!]?[ \t]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F]?[ \t]*){0,3}(?:\n|$)")
"""Where a line ends after a name: a full stop or "!", perhaps emoji (round 57: "LG Lars 🙂"), the break or the text's end."""


def _capitalised(word: str) -> bool:
    """"Ms", "Dr": capitalised as a title is; not "ms" (a unit) nor "MS" (an acronym: "MS Windows")."""
    return word[:1].isupper() and not word[1:2].isupper()


INSTITUTION_ENDINGS = ("klinikum", "klinik", "krankenhaus", "spital", "schule", "gymnasium", "universität", "hochschule",
                       "stiftung", "institut", "zentrum", "museum", "bibliothek", "stadion", "kaserne", "ziekenhuis",
                       "hogeschool", "universiteit", "lyceum", "college")
"""Endings of German and Dutch compounds that name an institution, before the person it is named after."""
_PERSON_RECORD_KINDS = frozenset(("phone", "date_of_birth", "medical_record", "passport"))
"""What a labelled key or column holds that only a person's record has beside its name."""
_LOWER_CLITICS = frozenset(("se", "sa", "ab", "og", "eg", "ek", "ag", "co"))
"""Lower-case words after a name that the company forms SE, SA, AB, OG, EG, e.K., AG and Co. also spell:
Spanish "se", French "sa" ("Lucía se quedó"), German "ab" ("für Barbara Mair ab 23.01."), Danish and
Norwegian "og" ("Jens og Mette"). Not "as": "employed by Marshall-Shaw as a Senior Data Engineer" names
a firm more often than "Anna Smith as chair" names a person."""
_COUNT_OF_PEOPLE_AFTER = re.compile(
    r"[ ]+(?:\d{1,2}|two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|twee|drie|"
    r"vijf)[ ]+(?:young[ ]|small[ ]|kleine[ ]|kleinen[ ]|jeunes[ ]|petits[ ]|jonge[ ])?(?:kids?|children|child|sons?|"
    r"daughters?|others|adults?|guests?|kinder[n]?|söhnen?|töchter[n]?|anderen?|erwachsenen?|gästen?|enfants?|fils|filles?|"
    r"autres|adultes?|invités?|menores|niños?|niñas?|hij[oa]s|otros|otras|adultos|invitados|kinderen|zonen|dochters|"
    r"volwassenen|gasten)\b",
    re.IGNORECASE)
"""Round 67: a count of people after "and" ("Bertrand Reynaud et 2 enfants", "Rodolfo Arellano y 3 menores", "Anna
Weber und zwei Kinder", "Tom Baker and 2 others"): the name is a person's with company, not a firm's first partner."""
_WHO_AFTER_INTRO = re.compile(
    r",[ ]+(?:the|your|ur|my|die|der|deine|dein|eure|euer|meine?|la|le|ta|ton|votre|ma|mon|el|tu|vuestra|vuestro|mi|"
    r"de|je|jullie|jouw|mijn)[ ]+[^\W\d_]")
"""Round 67: who the speaker is, after a comma ("ik ben Helena, de zus van de bruid", "I'm Hunter, your fitter",
"je suis Margaux, la voisine", "soy Paz, tu vecina"): a first name that is also a place or a word is the speaker's."""
_WELCOME_WORDS = frozenset("welcome willkommen bienvenue bienvenido bienvenida bienvenidos welkom".split())
_THING_NOUN_AFTER = re.compile(
    r"[ ](?!(?:to|back|aboard|home|on|in|at|and|from|zu|zurück|bei|im|an|und|à|au|aux|et|a|al|en|de|y|con|bij|op|terug|"
    r"thanks|team)(?![\w]))[a-zß-ÿ]{3,}")
"""Round 67: a capitalised word between a welcome and a lower-case noun names a place or a service, not a guest:
"Welcome Hub rota", "Willkommen Café Programm", "Bienvenue Accueil horaires"; not "Welcome Anna to the team"."""
_SPONSOR_BEFORE = re.compile(
    r"(?i:\b(?:sponsor|sponsors|main[ ]sponsor|sponsored[ ]by|hauptsponsor|gesponsert[ ]von|präsentiert[ ]von|"
    r"sponsoring|mécène|sponsorisé[ ]par|parrainé[ ]par|patrocinador|patrocinadora|patrocinado[ ]por|"
    r"hoofdsponsor|gesponsord[ ]door))[ ]?:?[ ]$")
_PARTNER_FIRM_BEFORE = re.compile(r"(?i:\b(?:partner|partenaire|socio|partner[ ]firm))[ ]?:?[ ]$")
_LINE_WITH_AMOUNT = re.compile(r"[0-9][ \u202f.,0-9]*[ ]?(?:€|£|\$|EUR|CHF)|(?:€|£|\$)[ ]?[0-9]")
"""Round 67: one word after a sponsor's label is a firm's name ("Sponsor: Werner", "Hauptsponsor Bäckerei", "patrocinador
Ruiz"), and after a partner's on a line of prize money ("dotation totale 68 015 €, partenaire Weber"): not a person;
not "Partner Gina attended" (a patient's partner)."""
_HEAD_RACE = re.compile(r"[ ](?:Spring|Autumn|Fall|Winter|Fours|Sculls|Pairs|Eights|Veterans|Vets|Masters|Junior|Small[ ]Boats)"
                        r"[ ]Head$|^Head[ ]of[ ]the[ ]")
"""Round 67: a rowing head race, named after its place or river ("Orlando Spring Head", "Hammersmith Veterans Head",
"Head of the Charles"): an event, though "Spring" and "Head" are surnames."""
_EPONYM_DEVICE_AFTER = re.compile(
    r"[ ](?:string|chart|charts|rod|rods|prism|prisms|cards?|stereogram|manoeuvre|maneuver|manöver|reflex|reflexe|reflejo|"
    r"stockings|splint|schiene|traction|maneuvre|manœuvre|maniobra|handgriff|greep|kaart|tafel|test)(?![\w])")
"""Round 67: a capitalised word before the device or the test named after its inventor ("Brock string", "Snellen
chart", "Maddox rod", "Valsalva manoeuvre", "Heimlich-Handgriff" written apart, "Epley maniobra"): a device, not a
person; full names ("Anna Schmidt test results") are judged as before."""
_FIRST_NAMES_Y = re.compile(r"([^\W\d_][\w'’-]*)[ ][yi][ ]([^\W\d_][\w'’-]*)")
"""Round 67: two first names joined by a Spanish or Catalan "y"/"i" in a list of people ("Asistentes: Alba, Nerea y
Carmen", "Testigos: Lucía y Paz"): two people, not one name with a double surname."""
_DATE_IN_BRACKETS_AFTER = re.compile(
    r"[ ]?\([ ]?(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|"
    r"\d{1,2}\.?[ ][A-Za-zÀ-ÿ]{3,10}\.?[ ](?:19|20)\d{2})[ ]?\)")
_NUMBERED_LINE_BEFORE = re.compile(r"(?m:^)[ \t]*\d{1,2}[.)]?[ \t]+$")
"""Round 67: a numbered line of a roster, a name and a date in brackets ("3 Insa Kreusel (2011-10-13)", "2. Luzie Junken
(9. August 2018)", "4) Mila Hrubesch (03.02.2015)"): a crew member and their birth date; an unlisted surname after a
listed first name is taken there."""
_SURNAME_FIRM_LIST = gated(re.compile(
    r"(?im:^[ \t]*(?:client|klant|cliente|kunde|kundin|mandant|mandantin|super[ ]fund|pension[ ]fund|fund|firm|law[ ]firm|"
    r"kanzlei|bufete|despacho|cabinet|kantoor|advocatenkantoor|solicitors|accountants|auditors?|insurer|supplier|"
    r"leverancier|lieferant|fournisseur|proveedor|auftraggeber|opdrachtgever|donneur[ ]d['’]ordre)[ ]?:[ ])"
    r"([A-ZÀ-Þ][a-zß-ÿ]+),[ ]([A-ZÀ-Þ][a-zß-ÿ]+),?[ ](?:and|&|und|en|et|y)[ ]([A-ZÀ-Þ][a-zß-ÿ]+)(?=[ ]*(?:$|\n|[,;)]))"))
"""Round 68: "Client: Davidson, Kelly and Cross", "Super fund: Smith, Bailey and Joyce": three capitalised words, the
whole value of a client's, a fund's or a firm's label, the list of a firm's partners (PersonDetector._surname_firms);
not a trade's label ("Schoorsteenveger: Milo, Meeusen & Wever": the sweep, then his firm) nor a longer list ("Present:
..., Robert Beard, Jeremy and Teresa")."""
_ROMANCE_ARTICLE_AFTER = re.compile(r"[ ]+(?:el|la|los|las|le|les|un|una|su|sus|mi)[ ]")
_HOME_OF_BEFORE = re.compile(r"(?i:\b(?:a|en|hacia|desde|por)[ ]casa[ ]de)[ ]"
                             r"(?:(?i:don|doña|dña|sr|sra|srta)\.?[ ])?$")
"""Round 68: someone's home, not a house's name: "el técnico irá a casa de Doña Zapata", "en casa de Don Palacios"."""
_AS_PERSON_ROLE_AFTER = re.compile(
    r"[ ]as[ ](?:(?:a|an|the|our|their|his|her|joint|new|acting|interim|short-break|respite|emergency|kinship|foster|"
    r"approved|named|sole|lead|deputy|vice|co-)[ ]?){0,3}"
    r"(?:carers?|foster[ ]carers?|parents?|guardians?|adopters?|chair(?:person|man|woman)?|witness(?:es)?|executors?|"
    r"trustees?|secretary|treasurer|godparents?|godmother|godfather|next[ ]of[ ]kin|tenants?|residents?|volunteers?|"
    r"members?|governors?|directors?|representatives?|applicants?|sponsors?|referees?|mentors?|buddies|buddy)\b")
"""A full name and the role a person takes, in English: "Approval of Kevin Green and Euan Fleming as short-break foster
carers", "appoint Anna Smith as treasurer". A lower-case "as" is otherwise read as the company form AS ("employed by
Marshall-Shaw as a Senior Data Engineer")."""
_LIST_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
_LIST_JOINER = r"(?:,[ ]+(?:(?:and|und|et|y|en|e)[ ]+)?|[ ]+(?:and|und|et|y|en|e|&)[ ]+)"
_PROSE_LIST_HEAD = re.compile(rf"(?P<items>(?:{_LIST_WORD}{_LIST_JOINER})+)$")
_PROSE_LIST_TAIL = re.compile(rf"(?:{_LIST_JOINER}{_LIST_WORD}(?![\w'’-]|[ ][A-ZÀ-Þ]))+")
_LIST_SEPARATOR = re.compile(rf"{_LIST_JOINER}")
_LIST_REQUEST_AFTER = re.compile(r"[ ,]+(?i:please|pls|bitte|s'il[ ]vous[ ]plaît|svp|por[ ]favor|porfa|graag|alsjeblieft|aub)\b")
"""Round 62: a list of first names opening a sentence, then a request: "Robert, Katie and Esther please bring your own
shin pads", "Clarissa und Zara bitte eigene Schienbeinschoner mitbringen", "Lucía y Marta, por favor, traed ..."."""
_PREVIOUS_LOWER = re.compile(r"(?<![\w])(?:[a-zß-ÿ][\w'’]*|l['’]|d['’])[ ]*$")
_PERSON_DETAIL_AFTER = re.compile(PERSON_DETAILS)
"""The particulars that make an unlisted name before them a person's (person_cues.PERSON_DETAILS)."""
_BLANKS = re.compile(r"[ \t]*")
_NOUN_OF_OWNER = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][a-zäöüß]+[ ](?:von|van)[ ](?=[A-ZÀ-Þ])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:im|in|des|der|die|das|dem|den|vom|zum|zur|beim|am|ein|eine|einem|eines|einer|"
                             r"de|het|een|op|uit)[ ]$")
"""A German or Dutch noun after its article, then "von"/"van" and whose it is ("im Entwurf von Elisa Lang",
"in de Nieuwsbrief van Joy Jorlink"): the noun is no part of the name after it."""
_COMPANION_AFTER = re.compile(
    r"[ ]?\+[ ]?(?i:partner|partnerin|guest|gast|invité|invitée|acompañante|pareja|begleitung|1|one)\b"
    r"|[ ]&[ ](?:partner|guest|partenaire|pareja|acompañante|begleitung)\b"
    r"|[ ]?\+[ ](?:the[ ]|die[ ]|les[ ])?(?i:new[ ]ones|newcomers|new[ ]ringers|learners|beginners|neue|neuen|anfänger|"
    r"nieuwe[ ]\w+|nieuwkomers|débutants|nouveaux|novices)(?=[ ]*(?:[|.,;)\n]|$))|[ ]y[ ]los[ ]nuevos(?=[ ]*(?:[|.,;)\n]|$))"
    r"|[ ](?i:mit[ ](?:begleitung|partner|partnerin)|met[ ](?:partner|begeleiding|introducé)|with[ ](?:partner|guest|plus-one)"
    r"|avec[ ](?:son|sa)[ ](?:conjoint|conjointe|compagne|compagnon|partenaire)|y[ ]su[ ](?:pareja|acompañante|marido|mujer)"
    r"|et[ ](?:son|sa)[ ](?:conjoint|conjointe|compagne|compagnon)|and[ ](?:partner|guest|plus-one)|en[ ](?:partner|introducé)"
    r"|[ ]?\+[ ](?:son[ ]fils|sa[ ]fille|his[ ]son|her[ ]son|his[ ]daughter|her[ ]daughter|sohn|tochter|zoon|dochter|"
    r"su[ ]hijo|su[ ]hija))\b")
"""A guest's plus-one after a first name on a seating plan or a guest list: "- Magda + partner", "| Nina + guest |",
"| Gerald & partner |" (lower case: "Hofmann & Partner" is a firm),
"Juergen mit Begleitung", "Rosario y su pareja", "Lucie et son conjoint"; a ringer with the newcomers (a rota's
"Roos + nieuwe luiders", "Viktor + Neue", "Cristian y los nuevos")."""
_COORDINATED_JOINER = rf"(?:{_LIST_JOINER}|[ ]?;[ ]+|[ ]/[ ])"
"""A list's joiner around a person found: a comma, "and", or a semicolon ("Crew: Alan Wiesner; Ingrid Staub; Aleksander");
round 61: a slash between a room's two guests ("Zi. 15: Arnold Felber / Linnea (Flügelhorn)")."""
_COORDINATED_BEFORE = re.compile(rf"(?<![\w'’.-])({_LIST_WORD}){_COORDINATED_JOINER}$")
_COORDINATED_AFTER = re.compile(rf"{_COORDINATED_JOINER}({_LIST_WORD})(?=[ ]?[,;)\n]|\.?[ ]*$|\.[ ]*\n|[ ](?:and|und|et|y|en|e|&)[ ]"
                                rf"|[ ]\([^()\n]{{1,30}}\)[ ]*(?:\n|$)|[ ]{{2,}}|\t)")
_BRACKETED_FIRST_NAMES = re.compile(rf"\(({_LIST_WORD}(?:{_LIST_JOINER}{_LIST_WORD}){{2,5}})\)")
"""Three to six capitalised words listed in brackets: "E41 (Nicholas, Harry, Oliver)"."""
_LIST_ITEM_WORD = re.compile(_LIST_WORD)
_CELL_NOTE = re.compile(r"[ ]\([^()\n]{1,30}\)$")
_SLOT_LABEL_AFTER = re.compile(r"[ \t]*(?::|[ ][–-][ ])")
"""A label's colon or dash after the words before it."""
_SLOT_PREFIX = re.compile(r"(?:[^\W\d_][\w.'’]*[ ]){0,2}")
"""Up to two words without a digit before a person found at a slot's start: a title, a household's word."""
_HOUSEHOLD = re.compile(r"(?:fam\.|Fam\.|[Ff]amilie|[Ff]amille|[Ff]amilia|[Ff]amily|WG)[ ]+")
"""A household's word before its name on a bell or a list: "fam. Loes", "Familie Yilmaz", "famille Roux", a shared
flat's "WG Liam/Yilmaz"."""
_LINE_FIRST_WORD = re.compile(r"[ \t>]*(\w+)")
_SHIFT_BEFORE = re.compile(r"(?:AM|PM|am|pm|a\.m\.|p\.m\.|[Ff]rüh|[Ss]pät|[Mm]orning|[Aa]fternoon|[Ee]vening|[Mm]atin|[Ss]oir|"
                           r"[Mm]añana|[Tt]arde|[Oo]chtend|[Mm]iddag|[Aa]vond)[ ]+(?=[A-ZÀ-Þ])")
"""A shift's word before the name in a slot: "AM Sarah", "PM Tim" on a school run's rota."""
_SLOT_JOINER = re.compile(r"[ ]?/[ ]?|[ ](?:y|und|en|et|and|&|e)[ ]")
"""What joins two names in one slot: "WG Liam/Yilmaz", "2ºB  Clímaco y Cruz"."""
_SLOT_NAME_END = re.compile(r"[ ]?[(,/+–-]|[ ][a-zß-ÿ]|[ ]*$")
"""What may follow the name in a sibling slot: a note in brackets, a comma, a slash, a dash, a lower-case word."""
_SIGN_UP_ROW = re.compile(
    r"^[ \t]*(?P<lead>\d{1,2}[.)]|[-*•])[ \t]+(?P<cell>[A-ZÀ-Þ][^\n]{0,60}?)(?P<separator>[ ][–—-][ ]|[ ]?:[ ])[^\n]*$",
    re.MULTILINE)
"""Round 76: a sign-up list's row: its number or bullet, who signed up, a dash or a colon, then what for ("1. Guillaume
– Je veux", "2. Kealan & Luke - Islands in the Stream", "- Pastora: Resistiré")."""


def _lead_kind(lead: str) -> str:
    """A list row's lead as its kind: "1." and "12." alike, "1)" apart, each bullet its own."""
    return "9" + lead[-1] if lead[:1].isdigit() else lead


_SIGN_UP_JOINER = re.compile(r"[ ]?[&+/][ ]?|[ ](?:and|und|et|y|en|e)[ ]")
"""What joins two people on one sign-up row: "Nikolas + Bernadette", "Elodie & Émile", "Jacinta y Mercedes"."""
"""A note in brackets after the name in a name's cell: "Lorenzo (sopraan)", "Courtney (alto)"."""



_LABEL_OPENS_LINE = re.compile(r"[ \t*•-]*[^\W\d][^:;\n]{0,30}[ ]?:[ ]")


def _labelled_line(text: str, at: int) -> bool:
    """The line of `at` opens with a label and a colon ("Crew: Alan Wiesner; Ingrid Staub; Aleksander"): its
    semicolons join a list's items, not a CSV row's cells ("18 mars 2020 ; Paul Boechat ; Martin ; ...")."""
    return _LABEL_OPENS_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def _opens_item(text: str, at: int) -> bool:
    """What stands before a list's first item at `at`: the text's or a line's start, a bracket, a colon, a
    comma, a lower-case word that is no surname's particle, or a number ("con Begoña, Nilo y Noa Barroso",
    "TS 1431 (Joël, Walter, Roland Aerts)"); not a capitalised word nor "van de", which make the item part
    of a firm's or a place's name ("Muziekgebouw Berg en Dal", "van de Berg & Brandon")."""
    before = text[max(0, at - 30) : at].rstrip(" \t")
    if not before or before[-1] in "\n(:;,|":
        return True  # also a table cell's first item: "| Mark, Marie-Thérèse, Leonie Polfliet |"
    word = before.split()[-1]
    return word[:1].isdigit() or word[:1].islower() and word not in _SURNAME_PARTICLES

def _above_an_address(text: str, start: int, end: int) -> bool:
    """`text[start:end]` fills its line, and the next line opens with a street and its number:
    the addressee or the sender above a postal address."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip(" \t") or text[end:line_end].strip(" \t,"):
        return False
    following = _BLANKS.match(text, line_end + 1)
    assert following is not None
    return STREET_LINE.match(text, following.end()) is not None


def _ends_line(text: str, end: int) -> bool:
    return _LINE_END.match(text, end) is not None


_LOG_USER = re.compile(
    r"(?m)^[0-9a-fA-F.:]{3,45}[ ]\S+[ ](?P<clf>[A-Za-zÀ-ÿ][\w'’-]*)[ ]\[\d{2}/\w{3}/\d{4}:"
    r"|\"display_name\"[ ]?:[ ]?\"(?:userpass|ldap|oidc|okta|github|radius|jwt|kerberos|cert|approle)-(?P<vault>[A-Za-zÀ-ÿ][\w'’-]*)\"")
"""A log's user field: the Common Log Format's authenticated user after the client's address ("201.179.129.148 -
Amber [11/Mar/2025:09:41:07 +0000]"), Vault's audit display name after its auth method ("userpass-Chris",
"ldap-Vincent"). A first name there is the person who logged in."""
_SIGNER_ROLE_AFTER = re.compile(r"[ ]\([^()\n]{1,30}\)(?:[ ,]|$)")
"""A signer's role in brackets after the name that a sign-off opens, the line going on: "groetjes Micha (stal)
0531 ...", "LG Bayram (Stallleitung), erreichbar unter ..."."""


# Round 73: things the person rules read as names, each by what kind of thing it is (false persons of the oxbow,
# levee, combe and shoal banks). One check, _named_thing, run on every span PersonDetector.find yields.
_THING_KEY_BEFORE_PATH = re.compile(
    r"(?m:^[A-ZÀ-Ý][a-zà-ÿ]{1,15}[ ]?:[ ]+[a-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_./-]+(?=[ ]*(?:->|→|$)))")
"""Round 73: a line's key word, then a colon and a path, a repository's or a branch's ("Projekt:
intern/rechnungslauf", "Rama: renovate/nginx-1.2", "Branch: feature/login", "Projet : infra/dns", "Map:
data/export"), the path ending the line or an arrow after it, in a build's or a repository's message
(_THING_CODE_HOST_TEXT): the field's name, though "Rama" or "Projekt" is also a name; a chat's "Tom: src/app.py" has no
pipeline, commit or merge request around it."""
_THING_CODE_HOST_TEXT = re.compile(
    r"(?i:\b(?:pipeline|merge request|pull request|commit|build|deploy|deployment|job|runner|repository|repo|"
    r"workflow|fusionad[oa]|gemerged?|fusionn[ée]e?))\b")
_THING_PRICE_ROW = re.compile(
    r"(?m:^([A-ZÀ-Ý][a-zà-ÿ]{1,15})[ ][a-zà-ÿ]{3,20}[ ]+(?:€|EUR|£|\$|CHF)[ ]?[0-9][0-9., ]*$)")
"""Round 73: a price list's row, the item a capitalised noun and a lower-case word, the price in a currency ending
the line ("Wiel richten € 17,50", "Band plakken € 12,50", "Rad wechseln € 20"): on a list of at least three such
rows, under a price list's word, the first word is the service's, not a person's ("Anna betaalt € 20" rows of a
kitty's list have no such word)."""
_THING_PRICE_LIST_TEXT = re.compile(
    r"(?i:\b(?:tarieven|tarief|prijslijst|prijzen|preisliste|preise|tarife|tarifs?|prix|tarifas?|precios|lista de precios|"
    r"price list|prices|rates|charges)\b)")
_THING_TEAM_NOUNS = frozenset("""
knights lions tigers rovers rangers wanderers warriors eagles bears wolves sharks giants pirates raiders
spartans titans vikings falcons panthers jaguars cougars bulldogs dragons hornets stallions mustangs
""".split())
"""Round 73: a club's team named by a place or a first name and a plural mascot ("Round 5 vs Madison Knights",
"Austin Rovers 2-1"), the match's word before it or a score beside it: a team, not a person; a sign-off's "Petra
Knights" has neither."""
_THING_MATCH_BEFORE = re.compile(r"(?i:\b(?:vs\.?|v\.?|versus|against|gegen|contre|contra|tegen|@))[ ]$")
_THING_SCORE_BESIDE = re.compile(r"[ ][0-9]{1,3}[ ]?[-–:][ ]?[0-9]{1,3}[ ]$|^[ ][0-9]{1,3}[ ]?[-–:][ ]?[0-9]{1,3}\b")
_THING_SEASONS = frozenset("winter summer spring autumn fall sommer herbst frühling frühjahr zomer herfst lente".split())
_THING_EVENT_FORMATS = frozenset("rapid blitz open classic cup congress invitational allegro rapidplay bullet".split())
"""Round 73: a season's word and a contest's format: a club's event ("Winter Rapid - Round 4", "Summer Blitz",
"Herbst Open", "Zomer Rapid"), though "Winter" is also a surname."""
_THING_ART_STYLE = re.compile(r"(?i:art)[ -](?i:d[ée]co|nouveau|brut|povera|naïf|naif)\b")
"""Round 73: a style of art or design named with "Art" ("Art Deco lamps", "Art Nouveau", "lampe Art déco", "Art
brut", "lámpara Art Déco"), "Art" being also a first name in English."""
_THING_ROOM_ABBREV = re.compile(r"(?:Zi|Zim|Rm|Hab|Ch|Kmr|Stb|App|Apt)\.[ ]?[0-9]")
"""Round 73: a room's abbreviated word before its number ("-> Zi. 8", "Rm. 12", "Hab. 204", "Ch. 7", "Kmr. 3"):
the room, though "Zi" is a given name too."""
_THING_UNIT_REF = re.compile(r"(?:Ward|Bay|Unit)[ ](?i:ref|reference|no\.?|number|nr\.?)[ .:]*[0-9A-Z]")
"""Round 73: a hospital's ward or unit, then its reference ("Ward ref 2017-145805", "Ward no. 7", "Bay reference
A12"): the unit, though "Ward" is a surname."""
_THING_RINGING_STAGES = frozenset("doubles minor triples major caters royal cinques maximus".split())
_THING_RINGING_METHODS = frozenset("bob plain grandsire stedman surprise delight treble little double single reverse".split())
"""Round 73: a change-ringing method, its kind and its stage ("Plain Bob Doubles", "Grandsire Triples", "Stedman
Caters", "Little Bob Major"): a method rung, "Bob" and "Grandsire" no one there. A stage that is also a name ("Bob
Major", "Bob Royal") counts only after a method's word ("Plain Bob Major", "(Plain Bob Major)")."""
_THING_METHOD_BEFORE = re.compile(r"(?i:\b(?:plain|little|treble|double|single|reverse))[ ]$")
_THING_RINGING_ONLY_STAGES = frozenset("doubles triples caters cinques maximus".split())
_THING_INSTITUTION_ADJECTIVE_AFTER = re.compile(
    r"[ ](?:municipal|municipale|municipales|municipaux|communal|communale|comarcal|provincial|parroquial|paroissiale|"
    r"infantil|juvenil|polifónica|polifónico|polyphonique|universitaria|universitario|universitaire|"
    r"départementale|départemental)\b")
"""Round 73: a body's common noun that is also a first name, then an institution's adjective after it, as Spanish and
French place it ("Renovación socio – Coral municipal", "Coral infantil", "Marina municipal", "la Coral polifónica",
"Harmonie municipale", "Aurore paroissiale"): the choir, the harbour, not a person."""
_THING_HOSPITAL_SHORT = frozenset("general infirmary".split())
"""Round 73: a hospital called by its town or patron and "General" or "Infirmary" ("Transferred to Leeds General",
"moves to Beatrix General", "admitted to Bristol Royal Infirmary")."""
_THING_MOUNT_WITH = re.compile(
    r"(?:[:,;][ ]|[0-9][ ])[A-ZÀ-Ý][\w-]+(?:[ ][A-ZÀ-Ý][\w-]+)?[ ](?:con|mit|avec|sur|on|op)[ ]$")
"""Round 73: a riding school's plan, a rider "con", "mit", "avec", "on", "op" the horse ("Iniciación: Marta con
Lucero", "Anfänger: Lea mit Sternchen", "Cours : Inès sur Caramel", "Beginners: Amy on Biscuit"), the rider a
list's item: the horse; "Reitstunde mit Anna" is the lesson's teacher."""
_THING_GROOMING_AFTER = re.compile(
    r"[ ]\((?i:[^()\n]{0,30}\b(?:scheren|trimmen|krallen schneiden|toilettage|tonte|corte de uñas|pelado|plukken|"
    r"nail clip|nail trim|de-?shedding|grooming)\b[^()\n]{0,30})\)")
"""Round 73: an appointment for a name whose service in brackets is an animal's grooming ("Termin für Lotte (Scheren +
Baden)", "rendez-vous pour Filou (toilettage + tonte)", "appointment for Biscuit (bath + nail clip)", "cita para
Toby (pelado + corte de uñas)", "Guus (trimmen)"): the pet; a bath alone or a haircut ("wassen + knippen", "(Bath)",
"(groom)") says no animal."""
_THING_VENUE_AFTER = re.compile(
    r",[ ](?i:parc des expositions|palais des congr[èe]s|centre des congr[èe]s|exhibition cent(?:re|er)|"
    r"convention cent(?:re|er)|conference cent(?:re|er)|messegel[äa]nde|kongresszentrum|recinto ferial|"
    r"palacio de congresos|feria de muestras|congrescentrum|beursgebouw|jaarbeurs)\b")
"""Round 73: a hall's name between commas, an exhibition or congress centre right after it ("village du marathon,
Beatrix, parc des expositions", "Halle 3, Marlene, Messegelände", "Registration: Hall B, Victoria, Exhibition
Centre"): the hall the centre named, not a person."""


# Round 77 (loch's and rill's false persons, by a helper): things the person rules read as names, each by what kind of
# thing it is; one check, _round77_named_thing, read by _named_thing.
# Round 77: a team's, a relay's or a club's own name, the name key that opens its mapping in a YAML record, the record's
# runners or players below it ("staffel:\n  name: \"Lahme Enten\"", "equipe_relais:\n  nom: \"Les Tortues\"",
# "equipo_relevos:\n  nombre: \"Los Caracoles\"", "estafetteteam:\n  naam: \"De Slakken\"", "team:\n  name: \"The
# Snails\""): the team, not a person; a list item under the key ("team:\n  - name: Ann Lee") is a member, and so
# is a key that only starts with the team's word ("crew_member:\n  name: Jason Logan")
_R77_TEAM_NAME_KEY_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[\w-]*(?i:staffel|mannschaft|team|teams|equipe|équipe|equipo|ploeg|club|verein|band|crew|relay|relais|"
    r"relevos|estafette|squad|chorale|choir|chor|koor|coro)[ \t]*:[ \t]*\n[ \t]+(?i:name|naam|nom|nombre)[ \t]*:[ \t]*[\"']?$")
# Round 77: a garment's size "M." closing its sentence, read as French "M." before the next sentence's first word
# ("t-shirt M. Please update ...", "Größe M. Bitte ...", "taille M. Merci ...", "talla M. Gracias", "maat M. Graag ..."):
# the size, and the word after it no name
_R77_SIZE_M_BEFORE = re.compile(
    r"(?i:\b(?:t-shirt|tshirt|tee|shirt|jersey|hoodie|sweater|size|trikot|größe|grösse|groesse|taille|maillot|talla|"
    r"camiseta|maat|shirtmaat|polo)\b)[ \t]*:?[ \t]*M\.[ ]+$")
# Round 77: a match report's coin toss before its result ("Toss lost, fielded first.", "Toss won, batted.", "Toss
# verloren, ...", "Toss gewonnen"): the toss, a word the surname lists hold, not a player
_R77_TOSS_WORDS = frozenset("toss".split())
_R77_RESULT_AFTER = re.compile(r"[ ](?i:lost|won|verloren|gewonnen|perdu|gagné|perdido|ganado)\b")

# Round 77 (rill): a trade's noun after a surname, the firm's name ("Bell, Rowley and Harrison Flooring, Seattle", "Jones
# Roofing", "Müller Bodenbeläge", "Jansen Vloeren", "Martin Carrelage"): the firm, not a person
_R77_TRADE_LAST_WORDS = frozenset("""
flooring floors carpets carpeting roofing plumbing glazing joinery removals landscaping paving kitchens bathrooms
fencing scaffolding decorating tiling cladding guttering bodenbeläge fliesen parkett vloeren tegels dakwerken
carrelage revêtements toitures suelos pavimentos reformas
""".split())
# Round 77 (rill): a ferry, a coach or a flight before its booking's reference after a tour's manager ("Mr Hunter. Ferry
# booking ref 1533...", "Coach booking ref ...", "Fähre Buchungsnummer ...", "Veerboot boekingsnummer ..."): the
# transport, a word the name lists hold
_R77_TRANSPORT_WORDS = frozenset("ferry coach shuttle flight fähre ferri ferry-boat bac veerboot veer boot".split())
_R77_BOOKING_AFTER = re.compile(
    r"[ ](?i:booking|reservation|confirmation|buchung|buchungsnummer|reservierung|réservation|reserva|localizador|boeking|"
    r"boekingsnummer|reservering)\b")
# Round 77 (rill): a dog on a puppy or a dog-training class's register, after its owner and "&" ("Kelli & Ziggy - here",
# "Anke & Bello - da", "Mila & Nala - aanwezig"), or whose place is confirmed ("Confirming Luna's place on Saturday
# recall class"): the dog, the class's text saying so
_R77_DOG_CLASS_TEXT = re.compile(
    r"(?i:\b(?:puppy|puppies|recall[ ]class|obedience|gundog|welpen|welpenkurs|welpenschule|hundeschule|hundekurs|"
    r"hondenschool|puppycursus|puppytraining|chiot|chiots|éducation[ ]canine|cachorro|cachorros|adiestramiento)\b)")
_R77_DOG_PLACE_AFTER = re.compile(r"['’]s[ ](?:place|spot)\b")
_R77_OWNER_AND_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2}[ ]&[ ]$")
_R77_REGISTER_AFTER = re.compile(r"[ ][-–—][ ]")

def _round77_named_thing(text: str, start: int, end: int) -> bool:
    """Round 77: a span that names no person: a team's own name under its mapping's name key ("staffel:\n  name:
    \"Lahme Enten\""), the word after a garment's size "M." ("t-shirt M. Please ..."), a firm named by a surname and its
    trade ("Harrison Flooring"), a ferry before its booking ("Ferry booking ref"), a dog on a puppy class's register
    ("Kelli & Ziggy - here", "Luna's place"), a match's toss ("Toss lost")."""
    if _R77_TEAM_NAME_KEY_BEFORE.search(text, max(0, start - 80), start):
        return True
    if _R77_SIZE_M_BEFORE.search(text, max(0, start - 24), start):
        return True
    words = text[start:end].split()
    if len(words) >= 2 and words[-1].lower() in _R77_TRADE_LAST_WORDS:
        return True
    if len(words) != 1:
        return False
    lowered = words[0].lower()
    if lowered in _R77_TRANSPORT_WORDS and _R77_BOOKING_AFTER.match(text, end):
        return True
    if ((_R77_DOG_PLACE_AFTER.match(text, end) or (_R77_REGISTER_AFTER.match(text, end)
                                                   and _R77_OWNER_AND_BEFORE.search(text, max(0, start - 60), start)))
            and _R77_DOG_CLASS_TEXT.search(text)):
        return True
    return lowered in _R77_TOSS_WORDS and _R77_RESULT_AFTER.match(text, end) is not None


# Round 77 (loch): a table's owner or holder column, the cell under it a person's name (PersonDetector._round77_owner_cells)
_R77_OWNER_COLUMNS = frozenset(
    "owner eigenaar eigenares eigentümer eigentümerin eigentümer/in halter halterin halter/in propriétaire propriétaire/s "
    "propietario propietaria titular baas baasje dueño dueña dueño/a dueña/o besitzer besitzerin besitzer/in maître "
    "maîtresse".split())
"""Round 77: a table's column heads that name an owner or a holder: a bike register's ("Nr | Eigenaar | Framenr."), a
dog class's ("Hond | Baas | ...", "Perro | Dueño/a | ...", "Hund | Halter/in | ..."); read by _round77_owner_cells and
_round77_people (the helpers of round 77 had one list each)."""
_R77_OWNER_CELL = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+)(?:[ ](?:van|von|de|den|der|del|la|le|du|des|ter|ten|Van|De|Den|Der|Le|La|Du))*"
    r"(?:[ ][A-ZÀ-Þ][\w'’-]+){1,3}")
_R77_NUMBERED_CELL = re.compile(r"([0-9]{1,4}[.)]?)[ ]+([^ ].*)")


def _r77_cells(line: str) -> list[tuple[int, str]]:
    """Round 77: a table line's cells with their offsets: split at "|" or a tab where the line has one, else at two
    spaces or more."""
    splitter = r"\|" if "|" in line else (r"\t" if "\t" in line else r"[ ]{2,}")
    cells, at = [], 0
    for m in re.finditer(splitter, line):
        cells.append((at, line[at : m.start()]))
        at = m.end()
    cells.append((at, line[at:]))
    return [c for c in cells if c[1].strip()] if "|" not in line else cells[1:-1] if line.strip().startswith("|") else cells


def _named_thing(text: str, start: int, end: int) -> bool:
    """Round 73: the span is a thing by the classes above: a field's key before a path, a price list's item, a team
    with its mascot, a season's contest, an art style, a room's or a ward's abbreviation, a ringing method, a body with
    its institution's adjective, a hospital, a riding school's horse, a hall of an exhibition centre, a groomed pet."""
    if _round76_named_thing(text, start, end):
        return True  # round 76: "Don de Evéquoz, bon de livraison ...", "Mr Whiskers", a riding plan's horse
    words = text[start:end].split()
    if not words:
        return False
    if _round77_named_thing(text, start, end):
        return True  # round 77: "staffel:\n  name: \"Lahme Enten\"", "t-shirt M. Please ...", "Toss lost": a team, a size, a toss
    first, last = words[0].lower(), words[-1].lower()
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start:
        m = _THING_KEY_BEFORE_PATH.match(text, start)
        if (m is not None and end <= m.start() + m.group(0).index(":")
                and _THING_CODE_HOST_TEXT.search(text) is not None):
            return True
        m = _THING_PRICE_ROW.match(text, start)
        if (m is not None and end <= m.end(1) and len(_THING_PRICE_ROW.findall(text)) >= 3
                and _THING_PRICE_LIST_TEXT.search(text) is not None):
            return True
    if len(words) >= 2 and last in _THING_TEAM_NOUNS and (
            _THING_MATCH_BEFORE.search(text, max(0, start - 10), start) or _THING_SCORE_BESIDE.search(text, max(0, start - 9), start)
            or _THING_SCORE_BESIDE.match(text[end:end + 9])):
        return True
    if len(words) == 2 and first in _THING_SEASONS and last in _THING_EVENT_FORMATS:
        return True
    if first == "art" and _THING_ART_STYLE.match(text, start):
        return True
    if _THING_ROOM_ABBREV.match(text, start) or _THING_UNIT_REF.match(text, start):
        return True
    if (len(words) >= 2 and last in _THING_RINGING_STAGES and all(w.lower() in _THING_RINGING_METHODS for w in words[:-1])
            and (last in _THING_RINGING_ONLY_STAGES or first != "bob"
                 or _THING_METHOD_BEFORE.search(text, max(0, start - 10), start) is not None)):
        return True
    if len(words) == 1 and _THING_INSTITUTION_ADJECTIVE_AFTER.match(text, end):
        return True
    if len(words) >= 2 and last in _THING_HOSPITAL_SHORT:
        return True
    if (len(words) == 1 and _THING_MOUNT_WITH.search(text, max(0, start - 60), start)
            and _RIDING_TEXT.search(text) is not None):
        return True
    if len(words) == 1 and text[max(0, start - 2):start] == ", " and _THING_VENUE_AFTER.match(text, end):
        return True
    return len(words) == 1 and _THING_GROOMING_AFTER.match(text, end) is not None



# Round 74 (false persons of the spit and berm banks, by a helper): things the person rules read as names, each by
# what kind of thing it is; one check, _round74_named_thing, run where _named_thing is.
_THING74_NOTICE_HEADING = re.compile(
    r"[ ]+[–—-][ ]+(?i:horarios?|tarifas?|precios|lista[ ]de[ ]precios|aviso|opening[ ]hours|hours|prices|price[ ]list|"
    r"rates|notice|öffnungszeiten|preise|preisliste|tarife|hinweis|horaires?|tarifs?|prix|avis|openingstijden|"
    r"openingsuren|prijzen|prijslijst|tarieven|mededeling)\b")
"""Round 74: a shop's or a venue's common noun heading its notice, a dash, then the notice's word: "Cerrajería – tarifas
desde el ...", "Gimnasio – horario de festivos", "Bäckerei – Öffnungszeiten", "Laverie – horaires d'été", "Sportschool
– openingstijden", "Launderette - opening hours": the trade, a word the first-name lists hold but no common first
name ("Marta – horario de turnos" stays a person)."""
_THING74_TICKET_WITH_BEFORE = re.compile(
    r"(?i:\b(?:ticket|incident|réclamation|demande|störung|störungsmeldung|reklamation|melding|storing|klacht|"
    r"incidencia|reclamación|avería|case|claim)\b[^\n.]{0,40}?[ ](?:ouvert|ouverte|eröffnet|aufgemacht|gemeldet|"
    r"aangemaakt|geopend|ingediend|gemeld|abierto|abierta|opened|logged)[ ](?:chez|auprès[ ]de|bei|bij))[ ]$"
    r"|(?i:\b(?:ouvert|ouvre|opened|logged|raised|eröffnet|aangemaakt|geopend)[ ](?:un[ ]|une[ ]|a[ ]|an[ ]|ein[ ]|eine[ ]|"
    r"een[ ])?(?:ticket|incident|réclamation|störungsmeldung|reklamation|melding|case|claim)[ ](?:chez|auprès[ ]de|bei|bij))[ ]$")
"""Round 74: a ticket or a claim opened with a supplier or a repairer, named after its owner: "panne des laveuses,
ticket JIRA-7495 ouvert chez Georges", "Störung ... Ticket eröffnet bei Müller", "storing: melding aangemaakt bij
Janssen", or the verb first ("Georges a ouvert un ticket chez Rosselet", "opened a case with" is not read): the firm,
not a person; a ticket opened by or for someone names a person ("ticket ouvert par Georges")."""
_THING74_SCHOOL_KINDS = frozenset("primary academy infants juniors grammar".split())
"""Round 74: a school called by a name and its kind ("Hughes, Fisher and Thomas Primary", "Ashley Academy", "Ruth
Infants", "Kendrick Grammar"): the school, not a person."""


def _round74_named_thing(text: str, start: int, end: int, common_first_name: Callable[[str], bool]) -> bool:
    """Round 74: the span is a thing by the classes above: a trade's noun heading its notice, a firm a ticket was
    opened with, a school."""
    words = text[start:end].split()
    if not words:
        return False
    if (len(words) == 1 and (start == 0 or text[start - 1] == "\n") and _THING74_NOTICE_HEADING.match(text, end)
            and not common_first_name(words[0])):
        return True
    if len(words) == 1 and _THING74_TICKET_WITH_BEFORE.search(text, max(0, start - 90), start):
        return True
    return len(words) >= 2 and words[-1].lower() in _THING74_SCHOOL_KINDS


class PersonDetector:
    """Finds people's names. Build once per (gazetteer, languages); `find` is thread-safe."""

    def __init__(self, gazetteer: Gazetteer, languages: tuple[str, ...] | None = None,
                 keep_public_figures: bool = True) -> None:
        self.g = gazetteer
        self.keep_public_figures = keep_public_figures
        """False: a name the text marks as a public figure's (_public_figure) is reported like any."""
        titles = _alternation(TITLES, languages)
        greet = _alternation(GREETINGS, languages)
        sign = _alternation(SIGN_OFFS, languages)
        # The context words are looked up (as phrases of 1-4 words) at the end of the text before a chain.
        self._titles = frozenset(titles.replace("\\", "").split("|"))
        self._greetings = frozenset(greet.replace("\\", "").split("|"))
        self._sign_offs = frozenset(f"{sign}|{_alternation(SHIFT_ENDS, languages)}".replace("\\", "").split("|"))
        self._intros = frozenset(_alternation(INTRODUCTIONS, languages).replace("\\", "").split("|"))
        self._spoken = frozenset(_alternation(SPOKEN_INTRODUCTIONS, languages).replace("\\", "").split("|"))
        self._labels = frozenset(_alternation(NAME_LABELS, languages).replace("\\", "").split("|"))
        self._inner_titles = frozenset(t for t in self._titles if " " not in t and t not in _INNER_TITLE_EXCEPTIONS)
        # a line that greets someone by name: "Hola Caridad,", "Hoi Maxim,", "Dear Ana!"
        self._greeting_line = re.compile(rf"(?:^|\n)[ \t]*(?i:{greet})[ ]+[{_UPPER}][\w'’-]*[ ]?[,!]")

    # ------------------------------------------------------------------ helpers
    def _first(self, word: str) -> bool:
        if len(word) >= 11 and word.lower().endswith(_LONG_NOUN_ENDINGS):
            return False  # "Thuisverpleging", "Hausverwaltung": a compound noun the source's first-name field holds
        if self.g.is_first_name(word):
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(self.g.is_first_name(p) for p in parts)

    def _double_surname(self, word: str) -> bool:
        """Two listed surnames joined by a hyphen, not both common first names ("Williams-Morris",
        "Peters-Schmidt"; not "Hans-Peter"): standing alone, a firm's name as often as a person's."""
        parts = word.split("-")
        return (len(parts) == 2 and all(self.g.is_surname(p) for p in parts)
                and not all(self.g.is_common_first_name(p) for p in parts))

    def _surname(self, word: str) -> bool:
        if self.g.is_surname(word) or self.g.is_first_name(word):
            return True
        parts = word.replace("’", "'").split("-")
        return len(parts) > 1 and any(self.g.is_surname(p) for p in parts)

    def _rota_item(self, text: str, start: int, end: int) -> bool:
        """One of the first names after a slot's label in a rota ("Sun 1: Miriam & Fainche", "1e advent:
        Mark en Youssef", "Jueves Santo: Mar y Nayara", a kiln's firing plan: "Di 18 Uhr Schrühbrand 950 °C
        – Adriana, Erion"): the text says it is a rota or a roster, and the rest of the line after the
        label's colon or dash is first names only, one of them common."""
        if not text_mentions(_ROTA_TEXT, text):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        colon = max(line.rfind(": ", 0, start - line_start + 1), line.rfind(" – ", 0, start - line_start), line.rfind(" - ", 0, start - line_start),
                    line.rfind(" · ", 0, start - line_start))
        timed = _ROTA_TIMED_SLOT.match(line)
        if timed is not None and timed.end() <= start - line_start:
            colon = max(colon, timed.end() - 2)  # "Fr 17:30  Milan (Einarbeitung)": the slot's day and time, then the name
        if colon < 0 or colon > 60:
            return False
        rest = _NOTE_IN_BRACKETS.sub("", line[colon + 2 :]).strip(" –-·").rstrip(".")  # "Ámbar (primera vez)": a note, round 60
        items = [w for w in _ROTA_SEPARATOR.split(rest) if w]
        return (1 <= len(items) <= 4 and all(_WORD_RE.fullmatch(w) and w[:1].isupper() and w.lower() not in function_words()
                                            and w.lower() not in NOT_PERSON_WORDS and w.lower() not in place_names()
                                            and w.lower() not in CALENDAR_FIRST_NAMES for w in items)
                and any(self.g.is_common_first_name(w) for w in items))

    def _full_name_value(self, value: str, loose: bool = False) -> bool:
        """A line's value that is one person's full name and nothing else of note: a listed first
        name, perhaps a middle name or particles, a listed surname last (`loose`: any capitalised
        word), no organisation word."""
        value = re.split(r"[ ]{2,}|\t|[ ]·[ ]", value, maxsplit=1)[0]  # "Shannon Burke   Cert: AOW", "Ibán Díaz · +34 ...": the next column
        named = _NAME_AND_TAIL.fullmatch(value)
        words = (named.group(1) if named is not None else value).split()
        return (2 <= len(words) <= 4 and self._first(words[0]) and (loose or self._surname(words[-1]))
                and all(w in _SURNAME_PARTICLES or _WORD_RE.fullmatch(w) and w[:1].isupper() for w in words)
                and not any(w.lower().rstrip(".") in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS
                            or w.lower() in ORG_FIRST_WORDS or w.lower() in function_words() and w not in _SURNAME_PARTICLES
                            for w in words))

    def _name_shaped(self, words: list[tuple[int, str]]) -> bool:
        """Capitalised words (or particles) that no list of things, places, firms or function words holds, the first
        not a town's adjective that no first names' list holds ("Berliner Philharmoniker", "Wiener Symphoniker")."""
        if words[0][1].endswith("er") and not self._first(words[0][1]) or any(w.lower() in self._labels for _, w in words):
            return False  # and not a table's header ("Nom Prénom | Né(e) le | ...")
        return all(_ROW_NAME_WORD.fullmatch(w) or w in _SURNAME_PARTICLES for _, w in words) and not any(
            w.lower() in NOT_PERSON_WORDS or w.lower() in NOT_PERSON_AFTER or w.lower() in ORG_FIRST_WORDS
            or w.lower() in place_names() or w.lower() in function_words() and w not in _SURNAME_PARTICLES
            for _, w in words)

    def _row_beside_full_names(self, text: str, start: int, end: int, words: list[tuple[int, str]]) -> bool:
        """Round 72: two or three capitalised words opening a list's row, ended by the row's separator, where another
        row of the text opens the same way with a full name the lists know, then the same separator: a key holders',
        an attendance or a sign-up list, whose rare first names and surnames no list holds ("Almut Barkholz: Mo, Di"
        above "Sereina Steinmann: Di", "Emigdio Mendez;sí;no" under "Patricia Balaguer;sí;sí", "- Cato Opmans, tuin 5"
        above "- Veerle Diallo, tuin 12"), or a comma list's item after such a full name ("Gruppe Bambini: Léonie
        Hartmann, Ekkehart Rörricht")."""
        line_start = text.rfind("\n", 0, start) + 1
        lead = text[line_start:start]
        if not self._name_shaped(words):
            return False
        here = text.count("\n", 0, line_start)
        if _ROW_LEAD.fullmatch(lead) is None:
            # a comma list's next item after a full name the lists know: "Gruppe Bambini: Léonie Hartmann, Ekkehart Rörricht"
            # in a list of three or more, or on one of several lines keyed alike ("Gruppe Bambini: ...", "Gruppe Adler:
            # ..."); not one name and its orchestra or firm ("Dirigent: Thomas Müller, Wiener Symphoniker")
            previous = _PREVIOUS_ITEM.search(lead)
            if (previous is None or _ITEM_END.match(text, end) is None or not self._full_name_value(previous.group(1))
                    or self._judge(text, line_start + previous.start(1), previous.group(1), nested=True) is None):
                return False  # the item before must be a person's name where it stands: not "Cocktail list: Tom Collins, ..."
            key = _LINE_KEY.match(lead)
            return lead[: previous.start(1)].endswith(", ") or _NEXT_ITEM.match(text, end) is not None or (key is not None and any(
                other.startswith(key.group(1)) and ":" in other for i, other in enumerate(text.split("\n")) if i != here))
        separator = _ROW_SEPARATOR.match(text, end)
        if separator is None:
            return False
        mark = separator.group(0).strip() or separator.group(0)
        bullet = lead.strip(" \t")[:1]
        if mark == "," and not bullet:
            return False  # "People Ops, Bell-Riley" under "Aaron Moore, born ...": prose lines, not a list's rows
        # the text's lines and where each starts, read only once a row and its separator stand here
        lines = text.split("\n")
        offsets = [0]
        for line in lines[:-1]:
            offsets.append(offsets[-1] + len(line) + 1)
        block = []  # the list: the lines next to this one, up to a blank line either side
        for step in (-1, 1):
            i = here + step
            while 0 <= i < len(lines) and lines[i].strip():
                block.append(i)
                i += step
        for i in block:
            line = lines[i]
            other_lead = _ROW_LEAD.match(line)
            assert other_lead is not None
            if other_lead.group(0).strip(" \t")[:1] != bullet:
                continue
            cut = line.find(mark, other_lead.end())
            value = line[other_lead.end() : cut].rstrip() if cut > other_lead.end() else ""
            if (value and self._full_name_value(value, loose=self.g.is_common_first_name(value.split()[0]))
                    and self._judge(text, offsets[i] + other_lead.end(), value, nested=True) is not None):
                return True  # a known first name and a surname, a common first name and any capitalised word, a person's
                # name where it stands (not "Tom Collins;3" on a bar's order)
        return False

    def _sibling_line(self, text: str, start: int, end: int) -> bool:
        """A first name alone in its line's slot where another line of the text holds a full name in
        the same slot: a rota whose lines repeat up to their numbers ("Week 1: plots 1-6 (Stacy)" beside
        "Week 2: plots 7-12 (Courtney Jacobson)", "Woche 1: Beete 1–5 – Irmi"), or a form's field
        beside another field that holds a full name ("Taucher: Lisette Probst" and "Buddy: Stefanie",
        "Mise en scène : Daniel" under a cast). The name ends its line but for a note."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        prefix = text[line_start:start]
        if not prefix.strip(" \t>") or len(prefix) > 60 or not _SIBLING_TAIL.fullmatch(text, end, line_end):
            return False
        keyed = _SIBLING_KEY.fullmatch(prefix) is not None
        if keyed:
            word = text[start:end]
            key_words = [w for w in re.findall(r"[a-zà-ÿ]+", prefix.lower()) if w not in function_words()]
            if (not self.g.is_common_first_name(word) or word.lower() in place_names() or word.lower() in not_lone_names()
                    or any(w in NOT_PERSON_AFTER or w in ORG_FIRST_WORDS or w in _PLACE_KEY_WORDS or w.endswith("ort")
                           for w in key_words)):
                return False  # "Place of issue: Dublin", "Test centre: Boston", "Geburtsort: Regina": a place's field
            if _THING_NAME_LABEL.search(prefix):
                return False  # "Tiername: Frieda" beside "Tierhalter/in: ...": a pet's name field, round 62
            other = _SIBLING_FIELD
        else:
            shape = "".join(r"\d+" if part.isdigit() else _WEEKDAY_WORD if part.lower() in WEEKDAYS else re.escape(part)
                            for part in re.split(r"(\d+|[^\W\d_]+)", prefix))  # round 60: "Lunes 18:00 · " beside "Viernes 17:30 · "
            other = re.compile(r"[ \t>]*" + shape.lstrip(" \t>") + r"(?P<value>[^\n]+)")
        pos = 0
        for line in text.split("\n"):
            here = pos == line_start
            pos += len(line) + 1
            if here:
                continue
            m = other.fullmatch(line)
            if (m is not None and self._full_name_value(m.group("value").strip(), loose=not keyed)
                    and (not keyed or m.group("key").strip(" \t>:").lower() not in self._labels)):
                return True  # not "Name: Anna Schmidt" beside "Farbe: Rose": a record's name, then its fields
        return False

    def _surname_like_form(self, text: str, start: int, word: str) -> bool:
        """A surname spelled like a company form that is an acronym (written in capitals as a form: "SAS", "SCP"),
        written as a name (a capital, then lower case) right after a listed first name: "Pleegouders: Ayoub
        Bierstraten en Bo Sas" is two people, where "Dupont et Martin SAS", "Müller Sàrl" and "Weber und Co." are
        firms (round 60)."""
        before = re.search(r"([A-ZÀ-Þ][a-zß-ÿ]+)[ ]$", text[max(0, start - 24) : start])
        return (word.lower() in _ACRONYM_FORMS and word[0].isupper() and word[1:].islower() and self._surname(word)
                and before is not None and self._first(before.group(1)))

    def _household_employer(self, words: list[tuple[int, str]]) -> bool:
        """A private person's full name, as a household's employer writes it on a domestic worker's
        form ("Employeur : Philippe Gillièron", "Arbeitgeber: Andrea Riedmann"): a listed first name
        and one or two listed surnames, no firm's word; a surname alone ("Arbeitgeber: Müller") stays a firm."""
        return (2 <= len(words) <= 3 and self._first(words[0][1]) and words[0][1].lower() not in not_lone_names()
                and all(self._surname(w) for _, w in words[1:])
                and not any(w.lower().rstrip(".") in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS
                            or w.lower() in ORG_FIRST_WORDS for _, w in words))

    def _word_given_name(self, first: str, rest: list[tuple[int, str]]) -> bool:
        """A given name that is also a function word ("An", Flemish), followed by one or two listed
        surnames and nothing else ("An Vinck", "An Van Lierde"): only where a label, a sign-off, a
        greeting or a person's column already expects a name."""
        return (first in WORD_GIVEN_NAMES and 1 <= len(rest) <= 2 and self.g.is_surname(rest[-1][1])
                and all(w[:1].isupper() and w.lower() not in NOT_PERSON_WORDS and w.lower() not in function_words()
                        or w.lower() in _SURNAME_PARTICLES for _, w in rest[:-1]) and rest[-1][1].lower() not in NOT_PERSON_WORDS
                and rest[-1][1].lower() not in function_words())

    @lru_cache(maxsize=1024)  # the detector lives as long as its Scanner; the cache holds a few texts
    def _words_before(self, text: str, start: int) -> str | None | tuple[str, str, bool, tuple[str, ...]]:
        """The half of _context that reads only the text before `start` (cached: the run loop asks it once with and
        once without the name's end): a label's verdict already ("label", or None for a label that is no name's),
        or the words before the name as _context's loop reads them, with the punctuation and line break after them."""
        before = text[max(0, start - 40) : start]
        if not before or before[-1] not in " \n\t,:":
            return None
        tail = before.rstrip(" \t")
        quoted = _QUOTE_MARKS.search(tail)
        if quoted is not None:
            tail = tail[: quoted.start() + 1]  # "> Best,\n> Steven": a quoted reply's lines are read without their marks
        newline = tail.endswith("\n")
        tail = tail.rstrip(" \t\n")
        punct = tail[-1:] if tail[-1:] in (",", "!", ".", ":") else ""
        if punct == ":" and not newline and tail.endswith("):"):
            tail = _LABEL_QUALIFIER.sub(":", tail)  # "Owner (from ID):", "Signed (patient):": the label without its note, round 58
        # words as written, without the brackets and quotes that open them: "(Dr. Roig)", "«Mme Roux»"
        words = tuple(_GENDER_ENDING.sub("", w.rstrip(".").lstrip("([{\"'«“¿¡")).rsplit("/", 1)[-1]
                 for w in _CELL_SEPARATORS.split(tail.rstrip(",!.:").lower().replace("’", "'")) if w)
        # "Herrn/Frau Trinkl": the last title; "7;Dr. Pintor;", "4,Dr. Davidson,": a CSV cell's title
        if _in_attendance_list(text, start) or _in_wedding_party(text, start):
            return "label"  # "Present: Nicholas Rivera (chair), Jemma Burton, Steven from flat 9"
        if (punct == ":" and not newline and (_NAME_PHRASE_LABEL.search(tail) or _NAME_WORD_LABEL.search(tail)
                                               or _NAME_PARTICIPLE_LABEL.fullmatch(tail, tail.rfind("\n") + 1))
                and not _THING_NAME_LABEL.search(tail, tail.rfind("\n") + 1)):
            return "label"  # "Nom du débiteur :", "Name des Kontoinhabers:", "Nombre del titular:"
        if punct == ":" and not newline and _SIBLING_FIELD_LABEL.search(tail):
            return "label"  # "Geschwisterfoto mit: Annabell", "Foto con hermano/a: Santiago" (round 74)
        qualifier = next((q for q in _WHEN_QUALIFIERS if len(words) > len(q) and tuple(words[-len(q):]) == q), None) if (
            punct == ":" and not newline) else None  # throughput: only a label's key is read for it
        if qualifier is not None:
            words = words[: -len(qualifier)]  # "Kitchen lead this term:": the label before when it is held
            if " ".join(words[-2:]) not in self._labels and words[-1] not in self._labels:
                return None
        if punct == ":" and not newline and len(words) >= 2 and _ORDINAL.fullmatch(words[-1]):
            words = words[:-1]  # "Contact 1: Nancy", "Kontakt 2: Volkmar", "Passenger #3: Ian": the label before the number
            if " ".join(words[-2:]) not in self._labels and words[-1] not in self._labels:
                return None
        return tail, punct, newline, words

    def _context(self, text: str, start: int, end: int | None = None) -> str | None:
        """What the words right before `start` make of a name: "title", "greeting", "sign_off".
        A sign-off needs punctuation or a line break after it ("Thanks, Joost", "Viele Grüße\n
        Anna"), or, when `end` (the end of the name) is given, the name to end its line: a
        signature ("LG Elisa", "Cheers Tom" as the last words)."""
        parsed = self._words_before(text, start)
        if isinstance(parsed, str) or parsed is None:
            return parsed
        tail, punct, newline, words = parsed
        particle = ""
        if words and " ".join(words[-2:]) in _PARTICLES or (words and words[-1] in _PARTICLES):
            particle = " ".join(words[-2:]) if " ".join(words[-2:]) in _PARTICLES else words[-1]
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            phrase = " ".join(words[-n:])
            if punct in ("", ".") and not newline and phrase in self._titles:
                if n == 1 and phrase in _CASED_TITLES and not _capitalised(_CELL_SEPARATORS.split(tail.rstrip(",!.:"))[-1].lstrip("([{\"'«“¿¡")):
                    continue  # "0.9 ms. Chunk": a unit, not "Ms."
                return "title"
            if particle and n < len(words):
                shifted = " ".join(words[-n - len(particle.split()) : -len(particle.split())])
                if punct == "" and shifted in self._titles:
                    written = [w for w in _CELL_SEPARATORS.split(tail.rstrip(",!.:")) if w]
                    k = len(particle.split())
                    after_number = len(written) > k + 1 and written[-2 - k][-1:].isdigit()
                    if not (shifted in _CASED_TITLES and after_number and not _capitalised(written[-1 - k])):
                        return "title"  # "M. de Vries", "mr. de Wit"; not "2.720 m; der Normalweg" (a unit after a number)
            if punct in ("", ",", ":") and not newline and (
                    phrase in self._greetings or _unstretched(phrase) in self._greetings):  # "Holaa", "Hiii"
                return "greeting"
            if phrase in self._sign_offs and (punct or newline or (end is not None and (
                    _ends_line(text, end) or _SIGNER_ROLE_AFTER.match(text, end)))):
                return "sign_off"
            if not newline and punct == "" and phrase in self._spoken:
                return "spoken"  # "this is Anna Schmidt", "ich bin Corinna": judged like a greeting (a listed first name)
            if not newline and punct in ("", ".") and phrase in self._intros and not (punct and phrase in _BARE_INTROS):
                return "intro"
            if not newline and punct == ":" and phrase in self._labels:
                if _THING_NAME_LABEL.search(tail, tail.rfind("\n") + 1):
                    return None  # "Team name: Agatha Quiztie", "Nombre del equipo:": a thing's name, not a person's
                return "label"
        return None

    @staticmethod
    def _excused(text: str, start: int) -> bool:
        """`start` begins an item of the list of those who sent apologies."""
        line_start = text.rfind("\n", 0, start) + 1
        return _in_attendance_list(text, start) and _ABSENCE.search(text, line_start, start) is not None

    def _vocative(self, text: str, start: int, end: int, word: str) -> bool:
        """A first name addressed: a common one at the end of a clause ("Found your account,
        Karen.", "Thanks again, Tom!", "Claro que sí, Lucía, ..."), where the comma follows a
        lower-case word (a list of places, "Berlin, Paris, Florence.", does not) and the clause
        ends right after the name; a rarer one there when the sentence speaks to someone ("su
        medicación está preparada, Brunilda."); any listed one opening a message before a
        second-person word or a request ("Calixta, tu envío ...", "Mark, please amend ..."), or
        after a chat answer's first word ("Agente: Perfecto, Candelaria, el pedido ...")."""
        lowered = word.lower()
        if (lowered in CONTEXT_WORDS or lowered in NOT_PERSON_WORDS or lowered in function_words()
                or lowered in ANSWER_WORDS or lowered in _TURN_OPENERS):
            return False
        if (lowered in not_lone_names() and lowered not in place_names() and _REQUEST_AFTER.match(text, end)
                and (_TURN_START.search(text, max(0, start - 60), start) or _SENTENCE_START.search(text, max(0, start - 3), start))
                and self._first(word)):
            return True  # "Mark, please amend stock ...": a word-like first name, asked to do something
        if lowered in not_lone_names():
            return False
        if _ADDRESSED_AFTER.match(text, end) and _TURN_START.search(text, max(0, start - 60), start) and self._first(word):
            return True  # "Calixta, tu envío ...", "Brunilda, your prescription ...": the message opens with its addressee
        if _REQUEST_AFTER.match(text, end) and _SENTENCE_START.search(text, max(0, start - 3), start) and self._first(word):
            return True  # "... no debía salir. Ruperto, por favor, recupera ...": a sentence that asks its addressee
        if not (start >= 3 and text[start - 2 : start] == ", "):
            return False
        previous = re.search(r"(\w+)\W*$", text[max(0, start - 30) : start - 2])
        if previous is not None and previous.group(1).lower() in _TURN_OPENERS and _TURN_START.search(
                text, max(0, start - 60), previous.start(1) + max(0, start - 30)) and _CLAUSE_GOES_ON.match(text, end):
            return self._first(word)  # "Agente: Perfecto, Candelaria, el pedido ...": an answer, then its addressee
        if previous is None or not (previous.group(1)[:1].islower() or previous.group(1).isdigit()):
            return False  # after a lower-case word or a number ("Bizum al 880 008 903, Silvio, ..."), not a list of places
        if previous.group(1).isdigit() and re.match(r",[ ]+[a-zß-ÿ¿¡]", text[end : end + 4]) is None:
            return False  # after a number, only with the sentence going on: not "Ticket 9713644506, Thierry, 38,03 EUR"
        after = text[end : end + 1]
        if after in (" ", "\u00a0", "\u202f") and text[end + 1 : end + 2] in ("!", "?"):
            after = text[end + 1 : end + 2]  # "Votre course est terminée, Gilles !": French puts a space before "!"
        if after not in ("", ".", "!", "?", ",", "\n", ":"):
            return False
        if after == "." and text[end + 1 : end + 2].isalnum():
            return False  # "Karen.io", a domain or a version
        if self.g.is_common_first_name(word):
            return True
        # a rarer first name, where the sentence speaks to someone: "su medicación está preparada,
        # Brunilda.", "¿Lo quitas tú, Heliodoro?"
        return self._first(word) and _SECOND_PERSON.search(
            _rest_of_sentence(text, start, end)) is not None

    def _lone(self, text: str, start: int, end: int, word: str) -> bool:
        """A first name standing alone that a cue makes a person: a chat speaker label (person_cues.py;
        a chat export's "Name  10:32" header; a role and a name, "Conseillère Yvette :"), a
        signature line (with its role: "— Paul, animateur MJC"), a forum's quoted writer, a
        relative ("su hijo Domingo"), a relation or an age after it ("Noémi, mon associée,",
        "Erica, 34,"), who reported a ticket, a couple or a list of first names, or prose that
        makes it a subject or object. Not a pet at a vet's, nor an answer word ("Vale, ...")."""
        lowered = word.lower()
        if not self._first(word) and not self._unlisted_lone_cue(text, start, end, word):
            return False  # throughput: the chain below makes no unlisted word a person but by these cues
        if cast_role(text, start, end):
            return False  # round 65: "Friederike – Tara Pfister" on a play's cast list: a character
        if (_HORSE_CELL_AFTER.match(text, end) and _HORSE_CELL_BEFORE.search(text, max(0, start - 60), start)
                and _HORSE_PLAN_TEXT.search(text)):
            return False  # round 76: "10:00  Grupo 2    Lucero     Gerardo Jurado": a riding plan's horse, the rider after it
        if (lowered in _KIN_ROLE_WORDS and _KIN_ROLE_DASH_BEFORE.search(text, max(0, start - 4), start)
                and _KIN_ROLE_NUMBER_AFTER.match(text, end)):
            return False  # round 76: "Judith Braun - Mutter 07059 36019": the parent's role before the number
        if lowered in _PET_WORD_NAMES:
            return False  # round 76: "je récupère Minette demain": a cat's pet-name
        if (_SONG_TITLE_AFTER.match(text, end) and _SONG_TITLE_BEFORE.search(text, max(0, start - 80), start)
                and _SONG_LIST_TEXT.search(text)):
            return False  # round 76: "4. Benny & Nora – Mooi man": a song's title after its singers
        if lowered in LONE_NOT_PERSON:
            return False  # round 71: "Barra libre 3 h", "with Merit (121)", "Stand: Halle 2": a bar, a grade, a field
        if _AND_COMPANY_AFTER.match(text, end) or (text[start - 2 : start] == "& " and lowered in ("co", "cie", "cía")):
            return False  # round 71: "Bestellung ... bei Schenk & Co.": a firm, its founder's name and "& Co."
        if _weekday_column(text, start, word):
            return False  # round 65: "Dom visita guiada: Gala" under "Sáb 16-20 ...": a rota's day
        if _PET_AFTER_COMMA.match(text, end):
            return False  # round 66: "Tobi, perro mestizo pequeño": a lost dog's notice
        if _in_place_field(text, start, end):
            return False  # round 66: "Venue: Scott, Martin and Norris, Dublin", "Do NOT play: Macarena": a place, a song
        if cast_actor(text, start, end) and (self._first(word) or _DATED_IN_BRACKETS_AFTER.match(text, end)):
            return True  # round 65: "Rosa – Carmelo" on a play's cast list: who plays the role; round 70: a name no list
            # knows with a birth date after it ("Pippi: Vajèn (geb. 8 februari 2018)")
        if lowered in NON_PERSON_SPEAKERS and _SPEAKER_COLON.match(text, end):
            return False  # "[09:05] Sweep: yep 8am", "Salon: Hi Dana!": a trade's or a shop's own line in a chat
        if _numbered_place(text, end, word):
            return False  # "Requested by: Ward 7 (Respiratory)": a hospital's numbered ward
        species = _ANIMAL_BEFORE.search(text, max(0, start - 16), start)
        if species is not None and species.group(0).islower():
            return False  # "pup Bink (5 maanden)", "chiot Ulysse (8 mois)": a species in lower case names a pet, round 59
        if (_CHEZ_BEFORE.search(text, max(0, start - 8), start) and _ORDER_LINE_AFTER.match(text, end)
                and _ORDERED.search(text, max(0, start - 80), start)):
            return False  # "commande ... chez Maurice : 28 vestes, ...": a supplier and the order placed with it
        if _ORDERED_AT_BEFORE.search(text, max(0, start - 24), start) and _CLAUSE_END.match(text, end):
            return False  # round 72: "Mousse commandée chez Hervé.": a supplier named after its owner
        if _VEHICLE_SERVICED_AT.search(text, max(0, start - 60), start):
            return False  # round 70: "Entretien du véhicule chez Teixeira": a garage, named after its owner
        if lowered in CALENDAR_FIRST_NAMES and self._first(word) and (bracketed_speaker(text, start, end) or (
                _TIMED_LINE_START.search(text, max(0, start - 16), start) and _SPEAKER_COLON.match(text, end))):
            return True  # "Agente (Domingo): ...", "[00:56] June: can someone ...": a speaker, not a day or a month
        if _KIN_BEFORE.search(text, max(0, start - 16), start) and self._first(word) and lowered not in function_words():
            return True  # "su hijo Domingo al 922 ...": a relative's first name, a weekday's or not
        if (self._first(word) and lowered not in function_words() and lowered not in place_names()
                and word_name_cue(text, start, end)):
            return True  # round 76: "Manda la versión nueva a Domingo.", "Holly left it in his PE bag": a word's name or not
        if ((self._first(word) or word[:1].isupper() and _WORD_RE.fullmatch(word) and lowered not in function_words()
             and lowered not in NOT_PERSON_WORDS and lowered not in place_names() and voice_part_ticked(text, start, end)
             and any(m.start() != start and self._first(m.group(1)) for m in _R77_TICKED_WORD.finditer(text)))
                and round77_name_cue(text, start, end)):
            return True  # round 77: "alten: Lily ✓", "Alt: Ben ✓", "Sean Davies,Dawn,08/10/2018": a singer, a child, a word's name or not
        if (self._first(word) and lowered not in function_words() and lowered not in CALENDAR_FIRST_NAMES
                and lowered not in CONTEXT_WORDS and lowered not in NOT_PERSON_WORDS and lowered not in NOT_PERSON_AFTER
                and lowered not in BUSINESS_FIRST_WORDS and round78_word_name_cue(text, start, end)):
            return True  # round 78: "Lo recoge Carolina esta tarde", "→ Carolina, bitte sofort rotieren": a place's name or not
        if (_BARE_KIN_BEFORE.search(text, max(0, start - 20), start) and self._first(word) and lowered not in function_words()
                and lowered not in not_lone_names() and _KIN_NAME_END.match(text, end)):
            return True  # "Ehefrau Claudia informiert", "wife Carol informed": a relative, by kinship alone
        if (_BARE_PARTNER_BEFORE.search(text, max(0, start - 12), start) and self.g.is_common_first_name(word)
                and lowered not in function_words() and lowered not in not_lone_names() and _KIN_NAME_END.match(text, end)):
            return True  # "Partner Gina attended.": a patient's partner, by a common first name
        if (_KIN_OF_END.match(text, end) and _KIN_OF_BEFORE.search(text, max(0, start - 16), start) and self._first(word)
                and lowered not in function_words() and lowered not in not_lone_names()):
            return True  # "Beloved husband of Misty, devoted father", "Moeder van Anouk.": a relative, named
        if (_SIGN_OFF_FROM_LINE.search(text, max(0, start - 90), start) and _ALONE_ON_LINE.match(text, end)
                and lowered not in function_words() and lowered not in not_lone_names() and self._first(word)):
            return True  # "With love from all of us at the studio,\nScott\nBridal Alterations Team", round 54
        if text[start - 1 : start] == "(" and lowered in self._labels and text[end : end + 1] in (",", ")"):
            return False  # "Gerda Ortmann (Schüler, geb. 2013-11-12)": a role in brackets after the name, round 56
        if lowered in FACILITY_AFTER and _FACILITY_PAPER_AFTER.match(text, end):
            return False  # round 72: "Marina price list 2027": the harbour's paper
        if lowered == "ad" and _AD_NOUN_AFTER.match(text, end):
            return False  # "Ad copy for volunteer drive": an advertisement's, round 56
        if (_PARAGRAPH_START.search(text, max(0, start - 8), start) and _SALUTATION_END.match(text, end)
                and lowered not in function_words() and lowered not in not_lone_names() and lowered not in CONTEXT_WORDS
                and lowered not in CALENDAR_FIRST_NAMES and lowered not in self._greetings and lowered not in self._sign_offs
                and (self.g.is_common_first_name(word) or "-" in word and self._first(word))):
            # not "Maître,\n\n" (a lawyer's form of address) nor "Proost!" (a toast): listed, but no common first names
            return True  # "Subject: ...\n\nRick,\n\nPlease don't circulate ...": a letter's salutation, the name alone, round 57
        if (_BIRTH_LINE_NEXT.match(text, end) and ":" not in text[text.rfind("\n", 0, start) + 1 : start]
                and lowered not in function_words() and lowered not in not_lone_names()
                and lowered not in CALENDAR_FIRST_NAMES and self._first(word)):
            return True  # "Cahier de transmission - Gilbert\nNé(e) le ...": whose record a heading names, round 57
        if (_THANKS_TO_BEFORE.search(text, max(0, start - 24), start) and _THANKS_TO_AFTER.match(text, end)
                and self.g.is_common_first_name(word) and lowered not in function_words() and lowered not in not_lone_names()):
            return True  # "Merci à Suzanne pour la couture !": whom a note thanks, a common first name, round 59
        if (_CLOSING_LINE_BEFORE.search(text, max(0, start - 6), start) and _ROLE_TITLE_LINE_AFTER.match(text, end)
                and lowered not in function_words() and lowered not in not_lone_names() and self._first(word)):
            return True  # "Happy ringing,\nShona\nTower Secretary": a closing's name above its role's line, round 59
        line_head = text[text.rfind("\n", 0, start) + 1 : start]
        if ":" in line_head and _LITTER_TEXT.search(line_head):
            return False  # "Camada «L» de perros guía: Lola, Lucas, Luna": a litter's names after its colon, round 59
        if text[start - 1 : start] == " " and _SIGN_IN_WITH_BEFORE.search(text, max(0, start - 40), start):
            return False  # "signed in with Apple", "Anmeldung mit Google": an identity provider, round 54
        if (lowered in SHORT_WEEKDAYS and (_CLOCK_AFTER.match(text, end) or _DAY_PART_AFTER.match(text, end))
                and _LINE_OPENS_AT.search(text, max(0, start - 4), start)):
            return False  # "Do 16:41: Anspielprobe" (round 55), "Mo vormittags – Empfang" (round 56): a schedule's day
        if (lowered in SHORT_WEEKDAYS and text[end : end + 1] == ":" and _LINE_OPENS_AT.search(text, max(0, start - 4), start)
                and any(m.group(1).lower() != lowered for m in _WEEKDAY_LINE.finditer(text))):
            return False  # "Ma: sleuven gefreesd\nDi: school (BBL)\nWo: ...": a week's lines, each opened by its day, round 57
        if text[max(0, start - 2) : start] == ", " and _ANIMAL_OF_BEFORE.search(text, max(0, start - 40), start):
            return False  # "La perra del director, Luna, va en la bodega": whose pet, then its name, round 55
        if _PET_APPOSITION_AFTER.match(text, end):
            return False  # "Dog of the month: Winston, a 9-year-old Labrador": a pet, round 55
        if _joined_before(text, start) and _FIRM_PAIR_BEFORE.search(text, max(0, start - 60), start):
            return False  # "Atelier Nadel & Faden": the second word of a house's name
        signature = _SIGNATURE_KEY.search(text, max(0, start - 40), start)
        if signature is not None and lowered not in function_words() and self._first(word):
            signed = _SIGNED_END.match(text, end)
            if signed is not None and (signed.group("role") or not signature.group("firma")):
                return True  # "Logged by: Donald (duty manager)", "Getekend: Iris, leidinggevende", "Firma: Curro, encargado"
        if (_SIGNED_AFTER_SENTENCE_BEFORE.search(text, max(0, start - 24), start) and _SIGNED_NAME_ENDS.match(text, end)
                and lowered not in function_words() and lowered not in place_names() and self._first(word)):
            return True  # round 74: "... contant voldaan. Handtekening: Rosa", "... conditions. Signed: Shannon"
        if (lowered in CONTEXT_WORDS or lowered in NOT_PERSON_WORDS or lowered in CALENDAR_FIRST_NAMES or lowered in NOT_PERSON_AFTER
                or lowered in BUSINESS_FIRST_WORDS):
            return False  # "Book at Hillside Garage on 01632 ...": a firm's word, not a first name
        if (_DATED_IN_BRACKETS_AFTER.match(text, end) and _CHILDREN_LIST_BEFORE.search(text, max(0, start - 160), start)
                and (self._first(word) or self.g.is_surname(word)) and lowered not in function_words()):
            return True  # "kinderen Fedde (25 juli 2012) en David (27 mei 2014)": children and their birth dates
        if (lowered not in function_words() and lowered not in not_lone_names() and self._first(word)
                and _COMPANION_AFTER.match(text, end)):
            return True  # "- Magda + partner", "Juergen mit Begleitung", "Rosario y su pareja": a guest and their plus-one
        if (lowered not in function_words() and lowered not in not_lone_names() and self._first(word)
                and lowered not in place_names() and _RECORD_IN_BRACKETS_AFTER.match(text, end)):
            return True  # "T1 prep notes: Diana (SIN 582 887 790)", "Lukas (Pat.-Nr. 4471)": a record's key in brackets
        if (lowered not in function_words() and lowered not in not_lone_names() and self._first(word)
                and doer_cue(text, start, end) and not _firm_list_after(text, end)):
            return True
        if (lowered not in function_words() and self._first(word) and _DATED_ENTRY_BEFORE.search(text, max(0, start - 16), start)
                and _CODE_IN_BRACKETS_AFTER.match(text, end)):
            return True  # "log 02/19/2029: Madison (Y9) came in ...": a dated entry about a pupil, a place's name or not
        if (lowered not in function_words() and self._first(word)
                and _SIGNED_ROLE_AT_END.match(text, end) and (at_sentence_start(text[max(0, start - 40) : start])
                                                               or _CLOSING_WORDS_BEFORE.search(text, max(0, start - 30), start))):
            return True  # "... a late fee of £2 per copy. Dawn, librarian": the text signed with a role, a word's name or not
        if lowered in ANSWER_WORDS and _ANSWER_END.match(text, end) and not contact_after(text, end):
            return False  # "Interviniente 1: Vale, que conste en acta.": an answer
        if _PLACE_OR_FIRM_LABEL.search(text, max(0, start - 40), start):
            return False  # "Mascota: Luna, gata", "venue: Ashton": a pet's, a place's or a firm's field
        if self.keep_public_figures and ROYAL_TITLES.search(text, max(0, start - 16), start):
            return False  # "le roi Philippe", "King Charles": a monarch
        if messenger_speaker(text, start, end):
            return lowered not in function_words()  # "[WhatsApp] Vajèn: ...": listed or not
        if (self.g.is_surname(word) and lowered not in function_words()
                and any(self._first(other) for other in chat_log_speakers(text, start, end))):
            return True  # "[21:55:02] Jafet: hola\n[21:56:27] Cebrián: oye ...": a speaker in a chat log among people
        if not self._first(word):
            return False
        if len(word) >= 8 and lowered.endswith(_GERMAN_NOUN_ENDINGS + STREET_ENDINGS) and not self.g.is_surname(word):
            return False  # "Passwort ist zurückgesetzt", "der Normalweg folgt ...": a German or Dutch noun the name lists hold
        common = self.g.is_common_first_name(word)
        pair = _FULL_NAME_AND_BEFORE.search(text, max(0, start - 60), start)
        if (pair is not None and self._first(pair.group(1)) and self.g.is_surname(pair.group(2))
                and pair.group(1).lower() not in function_words() and pair.group(2).lower() not in NOT_PERSON_AFTER
                and lowered not in function_words() and lowered not in not_lone_names() and _PAIR_END.match(text, end)
                and _ORG_TAIL.match(text, end) is None and not _legal_form_at(text, end)
                and not (self.keep_public_figures and name_key(f"{pair.group(1)} {pair.group(2)}") in public_figures())):
            # "Overdue: Kevin Washington and Stephanie,", "Marthe Bigot et Léa": a named person's companion;
            # not a public figure's ("famosos como Rafa Nadal y Shakira")
            return True
        if (speaker_label(text, start, end, common) and not self._form_key(text, start, end)
                or signature_line(text, start, end)
                or self._transcript_speaker(text, start, end) and not self._form_key(text, start, end)):
            return True
        if (lowered not in not_lone_names() and lowered not in function_words() and lowered not in NON_PERSON_SPEAKERS
                and _SPEAKER_COLON.match(text, end) and not self._form_key(text, start, end)):
            turns = bare_turns(text)
            if any(at == start for at, _ in turns) and any(
                    at != start and (self.g.is_common_first_name(other.split()[0]) or other.lower() in OFFICE_SPEAKERS)
                    for at, other in turns):
                return True  # "Rita: ik! ...\nElke: top, ik meld ons aan": a rarer name among a chat's speakers, or before an office's answer ("VHS: ja, ...")
        if lowered not in not_lone_names() and lowered not in function_words() and (
                _DATED_NOTE_AFTER.match(text, end) or _DUTY_BEFORE.search(text, max(0, start - 24), start) and text[end : end + 1] == ")"):
            return True  # "Belnotitie Ann (15-08-2027):", "Notas entrevista Dafne (10-07-2023):"; "on-call (Emily) rolls back"
        if (lowered not in not_lone_names() and lowered not in function_words()
                and (_KIN_IN_BRACKETS_AFTER.match(text, end) or _SQUAD_ROLE_AFTER.match(text, end)
                     or _OFFICER_IN_BRACKETS_AFTER.match(text, end))):
            return True  # "Alice (daughter, attorney under the LPA) rang": a relative, named
        if (lowered not in not_lone_names() and lowered not in function_words() and text[end : end + 1] == ")"
                and _ROLE_IN_BRACKETS_BEFORE.search(text, max(0, start - 40), start)):
            return True  # "Der Wahlvorsteher (Herrmann) wies ... zurück", "the duty manager (Kelly) approved"
        if (_LINE_OPENS_AT.search(text, max(0, start - 4), start) and _CHAT_HEADER_AFTER.match(text, end)
                and lowered not in not_lone_names()):
            return True  # "Ámbar  10:32\nme peta el deploy": a chat export's header, the name and the time
        if (_QUOTE_FROM.search(text, max(0, start - 24), start) and _SPEAKER_COLON.match(text, end)) or _WROTE_AFTER.match(text, end):
            return True  # "> Quote from Amanda:", "Zitat von Telse:", "> Renée a écrit :": a forum's quoted writer
        if _DASH_OPENS_LINE.search(text, max(0, start - 6), start) and _ROLE_COMMA_AFTER.match(text, end):
            return True  # "— Paul, animateur MJC": a signature with its role
        if self._rota_item(text, start, end) or self._sibling_line(text, start, end):
            return True  # "Dienstplan ...\n24.12. Christmette - Noten austeilen: Anisa, Silvano": who is on the rota
        if (_WHO_AFTER.match(text, end) and lowered not in not_lone_names() and lowered not in function_words()
                and not _INSTITUTION_OF_BEFORE.search(text, max(0, start - 24), start)):  # not "l'université de Montréal, qui"
            return True  # "Your cleaner will be Alyssa, who has been with us": a relative clause about a person
        if _RELATION_AFTER.match(text, end):
            return True  # "Noémi, mon associée, m'a dit ...": a name and who they are to the speaker
        role = _ROLE_SPEAKER.search(text, max(0, start - 50), start)
        if role is not None and role.group(1).lower() in _CHAT_ROLES and _SPEAKER_COLON.match(text, end):
            return True  # "[17:47:04] Conseillère Yvette : Bonjour", "Medewerker Sofie: Vervelend!": a role and its name speak
        if _SURNAME_WITHHELD_AFTER.match(text, end) and lowered not in not_lone_names() and lowered not in function_words():
            return True  # "Survivor: Molly (surname withheld)", "Mujer: Cosme, apellidos no registrados"
        if (self._first(word) and lowered not in not_lone_names() and lowered not in CALENDAR_FIRST_NAMES
                and (_AT_HOME_BEFORE.search(text, max(0, start - 14), start) and _FLOOR_AFTER.match(text, end)
                     and (self.g.is_common_first_name(word) or text[end : end + 2] == "'s"
                          or "-" in word and all(self.g.is_common_first_name(p) for p in word.split("-")))  # not "bei Aldi im 1. OG"
                     or _STILL_THERE_BEFORE.search(text, max(0, start - 24), start) and _QUESTION_AFTER.match(text, end))):
            return True  # round 74: "ist das bei Ela im 3. OG?", "Is that still Kenneth?": whose door is rung
        if (_ABSENCE_AFTER.match(text, end) and _LIST_ITEM_BEFORE_ABSENCE.search(text, max(0, start - 4), start)
                and self._first(word) and lowered not in not_lone_names() and lowered not in function_words()):
            return True  # round 75: "..., Johan Deprez 13-17 sorteren, Tim afgemeld.": who did not come
        if ((_CHILD_ACCOUNT_OF_BEFORE.search(text, max(0, start - 32), start) or _ID_NUMBER_POSSESSIVE_AFTER.match(text, end))
                and self._first(word) and lowered not in not_lone_names() and lowered not in function_words()
                and lowered not in _FEAST_NAMES):
            return True  # round 75: "les repas de Marthe ne sont pas réglés", "waiting on Kimberly's PPS number"
        if (_HEADS_UP_BEFORE.search(text, max(0, start - 20), start) and text[end : end + 1] == ","
                and self._first(word) and lowered not in not_lone_names() and lowered not in function_words()):
            return True  # round 75: "just a heads up Catherine, the standpipe ...": the reader, greeted
        if (self._first(word) and lowered not in not_lone_names() and lowered not in function_words()
                and lowered not in place_names() and lowered not in CALENDAR_FIRST_NAMES
                and (_PRINTED_NAME_BEFORE.search(text, max(0, start - 40), start) is not None
                     or _KIT_FOR_BEFORE.search(text, max(0, start - 16), start) is not None and self._kit_order_line(text, start))):
            return True  # round 76: "name on the back just Dermot", "un maillot pour Augustin (taille M)": a child's kit
        if (self._first(word) and lowered not in not_lone_names() and lowered not in function_words()
                and (_NOTE_BY_BEFORE.search(text, max(0, start - 16), start) and _NOTE_END.match(text, end)
                     or _PAIR_WITH_BEFORE.search(text, max(0, start - 12), start) and _WITH_A_BUDDY_AFTER.match(text, end)
                     or _WITNESS_BEFORE.search(text, max(0, start - 16), start))):
            return True  # round 76: "... ist ok. vermerk Angelika", "pair Brittany with a buddy", "Witness: Steve (committee boat)"
        if _AGE_AFTER.match(text, end) and lowered not in not_lone_names():
            return True  # "your patient is Erica, 34, known asthmatic": a person's age follows
        if _EPONYM_BEFORE.search(text, max(0, start - 48), start) or _STREET_WORD_BEFORE.search(text, max(0, start - 12), start):
            return False  # "le lycée Victor-Hugo", "Storm Ciarán", "la rue Louis-Pasteur"
        if _firm_list_after(text, end):
            return False  # "besteld bij Cornelis, Van de Velde en Segers VOF": the first partner of a firm's name
        if _twin_firm(text, start, end, word):
            return False  # "the Harrison & Harrison organ": one name on both sides of "&", a family's firm
        if lowered not in function_words() and self._quoted_or_listed_cue(text, start, end, lowered):
            return True
        if (_TITLED_PARTNER_AFTER.match(text, end) and lowered not in not_lone_names() and lowered not in function_words()
                and not _ORG_TAIL.match(text, end)):
            return True  # "Martin et Mme Crivelli sont déjà partants": with a titled person, a person too
        if self._couple(text, start, end, lowered, common) or self._arrow_pair(text, start, end):
            return True
        if self._greeted_pair(text, start, end, lowered):
            return True
        if self._in_list_of_first_names(text, start, end) or self._list_in_prose(text, start, end):
            return True
        if (_REPORTER_END.match(text, end) and _REPORTED_BY.search(text, max(0, start - 40), start)
                and lowered not in not_lone_names() and lowered not in function_words()):
            return True  # "(gemeld door Boaz)", "reported by Kim.", "# signalé par Anaïs": who raised a ticket
        agent_end = _AGENT_END.match(text, end) if not _TRACKING_AFTER.match(text, end) else None
        if (agent_end is not None and (_AGENT_BEFORE.search(text, max(0, start - 80), start)
                                       or _PARTICIPLE_VON_BEFORE.search(text, max(0, start - 24), start))
                and lowered not in not_lone_names() and lowered not in function_words()
                and (common or not self.g.is_surname(word)) and not self._double_surname(word)
                and not _firm_list_after(text, end)  # "geschonken door Geerts, De Bock en Van Daele CommV", round 56
                # right after German "von" only with the participle after the name ("von Finn geborgen"), not "von Kleist)"
                and (text[max(0, start - 4) : start] != "von " or agent_end.group(0).strip(" .,;!)]\n") != ""
                     or _PARTICIPLE_VON_BEFORE.search(text, max(0, start - 24), start) is not None)):
            return True  # "brought in by lifeguard Roy.", "Réinitialisés par Gabrielle le 14 ...", "von Finn geborgen": who did it
        if (_SPANISH_PERFECT_BEFORE.search(text, max(0, start - 30), start) and re.match(r"[ ]?(?:[,.;]|$|\n)", text[end : end + 2])
                and lowered not in not_lone_names() and lowered not in function_words()):
            return True  # "Lo ha revisado Gregorio, el club ...", "avisado Bárbara, reenviado a ...": who did it, who was told
        following = re.match(r"[ ]+([A-Za-zÀ-ÿ]+)(?:[ ]+([a-zß-ÿ]+))?", text[end : end + 30])
        if (following is not None and following.group(1).lower() in NOT_PERSON_AFTER and following.group(1) not in _LOWER_CLITICS
                and not (following.group(1).lower() in CONJUNCTIONS and following.group(2) in DETERMINERS)):
            return False  # "Florence office is closed"; not "loved by Michael and the whole family"
        if (_LAST_WORD_OF_TEXT.fullmatch(text, end) and lowered not in not_lone_names()
                and at_sentence_start(text[max(0, start - 40) : start]) and self._greeting_line.search(text, 0, start)):
            return True  # "Hola Caridad, no lo reenvíes ... porfa. Benigno": signing a text that greets someone
        partner = _SURNAME_PARTNER_AFTER.match(text, end)
        if self._double_surname(word) or (partner is not None and not self._first(partner.group(1))):
            return False  # "sponsored by Williams-Morris", "op naam van Backer & Stettyn": a firm of partners' surnames
        if lowered in _KIN_WORDS and _FIELD_COLON_BEFORE.search(text, max(0, start - 3), start) and _KIN_VALUE_END.match(text, end):
            return False  # round 72: "Abholung Liesa Nette: Oma, Handy ...": who collects, by kinship, not named
        # rarer first names that are surnames, words or brands too ("Apple", "Dell", "Hola") need a strong cue
        if _ANIMAL_BEFORE.search(text, max(0, start - 16), start) or text_mentions(_VET_TEXT, text):
            return False  # "our dog Max is ...", "Lola tiene cita para la vacuna" at a vet's: a pet, in prose
        return prose_subject(text, start, end, word, common, weak_cues=common or not self.g.is_surname(word))

    def _unlisted_lone_cue(self, text: str, start: int, end: int, word: str) -> bool:
        """Whether a word the first-name lists do not hold could still be a person in _lone: only through
        these cues (a surname, a common first name the main list spells otherwise, a birth date in brackets
        after it, a ticked voice part, a messenger's speaker tag). Every other cue of _lone asks for a listed
        first name, so most capitalised words ("Reported", "Action") skip its chain of a hundred checks:
        about 8 in 10 words reach _lone unlisted. tests/guard/test_lone_fast_path.py holds _lone to that."""
        return bool(self.g.is_surname(word) or self.g.is_common_first_name(word) or _DATED_IN_BRACKETS_AFTER.match(text, end)
                    or voice_part_ticked(text, start, end) or messenger_speaker(text, start, end))

    def _quoted_or_listed_cue(self, text: str, start: int, end: int, lowered: str) -> bool:
        """Round 40's cues around a listed first name: a piece engraved for it, a bold list item with a contact,
        a ladder's open challenge against it, a contact label's bracket before the number, a card's senders."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        wordlike = lowered in not_lone_names()
        return bool(
            (_ENGRAVED_BEFORE.search(text, max(line_start, start - 48), start) and _ENGRAVED_END.match(text, end)
             and not wordlike)
            or (_BOLD_ITEM_BEFORE.search(text, max(0, start - 12), start) and text[end : end + 2] == "**"
                and (_CONTACT_ON_LINE.search(line) or _NUMBER_ON_LINE.search(line)))
            or (_CHALLENGE_BEFORE.search(text, max(line_start, start - 48), start) and _KIN_NAME_END.match(text, end)
                and not wordlike)
            or (_VERSUS_CELL_BEFORE.search(text, max(0, start - 8), start) and _PENDING_AFTER.match(text, end) and not wordlike)
            or (_CONTACT_BRACKET_BEFORE.search(text, max(line_start, start - 48), start) and _CONTACT_BRACKET_AFTER.match(text, end))
            or (_CARD_QUOTE_BEFORE.search(text, line_start, start) and _CARD_NAME_AROUND.search(text, max(0, start - 5), start)
                and _CARD_NAME_END.match(text, end) and not wordlike))

    def _form_key(self, text: str, start: int, end: int) -> bool:
        """A word opening its line before a colon, bare, in a form: two other lines' keys are fields
        with no name in them and no chat role ("Adres: ...\nGraf: vak D, nr. 118\nGrafrecht verloopt
        op: ..."), so the word is the form's key too, not a speaker in a chat."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip(" \t>") or text[end : end + 1] not in (":", " "):
            return False
        fields = labelled = 0
        for key in _FORM_KEY.finditer(text):
            if key.start(1) == start:
                continue
            lowered = key.group(1).lower()
            if lowered in _CHAT_ROLES or lowered in _OFFICE_SPEAKERS:
                continue
            if lowered in self._labels:
                labelled += 1  # a person's field: "Enfant", "Responsable légal"
            elif not any(self._first(w) or self._surname(w) for w in _WORD_RE.findall(key.group(1))):
                fields += 1  # a field's key, no name in it: "Adres", "Grafrecht verloopt op"; not "Reply from Jay Sutton"
        # one unlisted word may be a speaker: "Arnaude : d'accord"; a field beside a person's fields makes a form
        # ("Enfant : ...", "Responsable légal : ...", "Adresse : ...", then "Santé : asthme")
        return fields >= 2 or (fields >= 1 and labelled >= 2)

    def _field_value(self, text: str, key_end: int) -> bool:
        """What follows a line's opening word and its colon is a full name alone or figures only: a
        cast list's or a form's field ("Eve: Veronika Ott", "Enfants : 1"), never a chat message."""
        line_end = text.find("\n", key_end)
        value = text[key_end : len(text) if line_end < 0 else line_end].lstrip(" :\t")
        return self._full_name_value(value) or _FIGURES_ONLY.fullmatch(value) is not None

    def _transcript_speaker(self, text: str, start: int, end: int) -> bool:
        """A first name opening its line before a colon, with the line before or after it opened
        the same way by another listed first name (not a log's "Chunk: ...\nChunk: ..."): a transcript ("Amy: I'm blocked.\nKelly: OK,
        can ..."), whatever its message starts with."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip(" \t>") or _BARE_SPEAKER.match(text, line_start) is None:
            return False
        if (text[start:end].lower() in not_lone_names() or text[start:end].lower() in function_words()
                or text[start:end].lower() in NON_PERSON_SPEAKERS):
            return False  # "Paris: 12 stores", "De: ...\nPara: ...", "Fahrschule: geht klar": places, header fields, a firm's line
        if text[start:end].lower() in WEEKDAYS and any(
                (m := _LINE_FIRST_WORD.match(text, other)) is not None and m.group(1).lower() in WEEKDAYS
                for other in (text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1, text.find("\n", end) + 1 or -1)
                if other >= 0 and other != line_start):
            return False  # "Mo: Susan Pergande\nDi: Herr Dr. Koppensteiner": a rota's days, not two speakers
        if self._field_value(text, end):
            return False  # "Adela: Pía Fuentes Gual\nPoncia: ...": a cast list's part and who plays it; "Enfants : 1": a field
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
        next_start = text.find("\n", end) + 1
        for other in (previous_start, next_start if next_start else -1):
            m = _BARE_SPEAKER.match(text, other) if other >= 0 and other != line_start else None
            if m is not None and self._field_value(text, m.end(1)):
                m = None  # "Eve: Veronika Ott": a cast list's line; "Enfants : 1": a form's field; not a speaker's
            if (m is not None and self._first(m.group(1)) and m.group(1) != text[start:end]
                    and m.group(1).lower() not in not_lone_names()
                    and m.group(1).lower() not in function_words() and m.group(1).lower() not in CONTEXT_WORDS
                    and not self._form_of_things(text, text[start:end], m.group(1))):
                return True
            if (m is not None and (m.group(1).lower() in _OFFICE_SPEAKERS or m.group(1).lower().endswith("leitung"))
                    and self.g.is_common_first_name(text[start:end])):
                return True  # "Sekretariat: Schicken Sie uns ...\nSophia: Markring 41": an office and its caller
        return False

    def _form_of_things(self, text: str, word: str, other: str) -> bool:
        """Two rarer names opening two lines, in a text with a person's field ("Cliente : ..."): a form's keys that
        the name lists also hold ("Robe : modèle Opaline\nRetouches : ourlet", round 54), not two speakers; a
        transcript between people has a common first name among its speakers."""
        if self.g.is_common_first_name(word) or self.g.is_common_first_name(other):
            return False
        return any(key.group(1).lower() in self._labels for key in _FORM_KEY.finditer(text))

    def _in_list_of_first_names(self, text: str, start: int, end: int) -> bool:
        """One item of a list of first names after a colon ("Opstelling zaterdag: Tamara, Maurice,
        Fleur, Noah (aanvoerder), Victoria.", "Gardiens : Agathe, Alexandre", "RSVPs so far: Steven
        +1, Carly, Shannon Martin (vegetarian)"): at least three items, or two after a line's
        label, every one opening with a listed first name, and at least two of them common first
        names that no list knows as a place or a word. "Cities: Paris, Lyon, Nice" fails."""
        line_start = text.rfind("\n", 0, start) + 1
        colon = text.rfind(":", line_start, start)
        if colon < 0:
            return False
        line_end = text.find("\n", end)
        segment = text[colon + 1 : len(text) if line_end < 0 else line_end]
        segment = _SENTENCE_END.split(_TITLE_ABBREVIATION.sub(lambda m: m.group(0)[:-1] + " ", segment), 1)[0]
        items = [_ITEM_NOTE.sub("", item).strip() for item in _LIST_SPLIT.split(segment)]
        items = [item for item in items if item and item.split()[0].lower() not in self._titles]  # "Dr Harris (maybe)"
        if len(items) < 2 or (len(items) < 3 and colon - line_start > 30):
            return False
        # not "Receiving scheme: Lee, Taylor and Bowen Master Trust"
        return self._names_of_people(items) and text[start:end] in [item.split()[0] for item in items]

    def _list_in_prose(self, text: str, start: int, end: int) -> bool:
        """One of a list of first names in running text, after a lower-case word: "reply slips for
        David, Fionntan and Kathy", "las autorizaciones de Lucía y Clementina". Every item is one
        listed first name that no list knows as a place or a word, and two of them (one, in a pair)
        are common; a firm's partners ("Gill, Foster and Turner") and places ("Paris, Lyon and
        Nice") fail, and so does a list that runs on into a company word."""
        head = _PROSE_LIST_HEAD.search(text, max(0, start - 120), start)
        left = head.start("items") if head else start
        tail = _PROSE_LIST_TAIL.match(text, end)
        right = tail.end() if tail else end
        if left == start and right == end:
            return False
        before = _PREVIOUS_LOWER.search(text, max(0, left - 30), left)
        if before is None and not (at_sentence_start(text[max(0, left - 40) : left]) and _LIST_REQUEST_AFTER.match(text, right)):
            return False  # the list must follow a lower-case word ("for", "de", "need") or be asked something, round 62
        items = [w for w in _LIST_SEPARATOR.split(text[left:right]) if w]
        if len(items) < 2 or not all(self._item_first_name(w) for w in items):
            return False
        after = re.match(r"[ ]+([A-Za-zÀ-ÿ]+)", text[right : right + 20])
        partners = _PARTNERS.match(text, end)
        if partners is not None and any(w.lower().replace(".", "") in NOT_PERSON_AFTER - CONJUNCTIONS
                                        for w in partners.group(0).replace(",", " ").split()):
            return False  # "at Russell, Haley and Tucker Dental": a firm's partners
        if after is not None and after.group(1).lower() in NOT_PERSON_AFTER - CONJUNCTIONS or _legal_form_at(text, right):
            return False  # "contra Ferrán y Pablo S.A.": a firm
        return sum(self.g.is_common_first_name(w) for w in items) >= (2 if len(items) >= 3 else 1)

    def _arrow_pair(self, text: str, start: int, end: int) -> bool:
        """"Els → Guy", "Anna -> Tom": a draw or an assignment between two listed first names."""
        after = _ARROW_AFTER.match(text, end)
        before = _ARROW_BEFORE.search(text, max(0, start - 30), start)
        other = after.group(1) if after else (before.group(1) if before else None)
        return (other is not None and self._first(other) and other.lower() not in function_words()
                and other.lower() not in not_lone_names() and text[start:end].lower() not in not_lone_names())  # not "Madrid → Valencia"

    def _couple(self, text: str, start: int, end: int, lowered: str, common: bool) -> bool:
        """Two listed first names, one of them common, joined by "&", "and", "et", "y", "und", "en": a
        couple ("André & Marc", "Corinne et Olivier", "Roan en Rik"), where a firm joins surnames."""
        if lowered in not_lone_names():
            return False
        after = _COUPLE_AFTER.match(text, end)
        before = _COUPLE_BEFORE.search(text, max(0, start - 30), start)
        other = after.group(1) if after else (before.group(1) if before else None)
        if other is None or other.lower() in not_lone_names() or other.lower() in NOT_PERSON_AFTER:
            return False
        pair = after if after is not None else before
        if pair is not None and _DASH_JOIN.search(pair.group(0)) and (lowered in function_words() or other.lower() in function_words()):
            return False  # "St. Martin – Wir gratulieren": a heading's dash before "we"; "Pero & Katarina" stay a couple
        if other == text[start:end]:
            return False  # "Harrison & Harrison organ": one name on both sides, a family's firm
        if len(other) < 3 or end - start < 3:
            return False  # "Mo/Di", "Do & Fr": weekdays' abbreviations, not a pair of people
        if not (common or self.g.is_common_first_name(other)):
            return False  # one of the two must be a common first name: "Roan en Rik", "Niklas und Evamaria"
        if not self._first(other) or re.search(r"[A-ZÀ-Þ][\w'’-]*[ ]$", text[max(0, start - 30) : start]):
            return False  # "Anna Weber und Co.": the surname of a full name, not one of a couple
        pair_start = start if after else (before.start(1) if before else start)
        if re.search(r"[A-ZÀ-Þ][\w'’-]*,[ ]*$", text[max(0, pair_start - 30) : pair_start]):
            return False  # "Montgomery, Gill and Shea": the last partners of a list, a firm's as often
        tail = text[(after.end() if after else end) :][:20]
        # not "Ben & Jerry's Ltd", "Leopold & Schmuck GesbR", "Ferrán y Pablo S.A.": a firm
        return _ORG_TAIL.match(tail) is None and not _legal_form_at(text, after.end() if after else end)

    def _greeted_pair(self, text: str, start: int, end: int, lowered: str) -> bool:
        """The second of two first names that a greeting opens ("Hi Crystal and Hayley,", "Hallo Jan
        und Klara,"): greeted like the first, whatever word the first also is; the greeting's line
        ends at the comma after it."""
        before = _COUPLE_BEFORE.search(text, max(0, start - 30), start) or _HYPHENATED_FIRST_AND_BEFORE.search(
            text, max(0, start - 40), start)  # "Hoi Jean-Pierre en Koen!", round 56
        if (before is None or lowered in not_lone_names() or lowered in function_words() or not self._first(text[start:end])
                or not re.match(r"[ ]?[,!]", text[end : end + 2])):
            return False
        return self._context(text, before.start(1)) == "greeting"

    def _display_name(self, text: str, start: int, chain: str) -> Span | None:
        """The display name before an address in a mail header or a signature ("From: Nacio
        Nogueira <ssaavedra@yahoo.com>"): a person's unless it is a role mailbox's or an
        organisation's ("Billing <billing@acme.com>", "Acme Support <help@acme.com>")."""
        after = _DISPLAY_ADDRESS.match(text, start + len(chain))
        if after is None or not ROLE_MAILBOXES.isdisjoint(re.split(r"[-._+]", after.group(1).lower())):
            return None
        words = chain.split(" ")
        if len(words) > 4 or any(w.lower().rstrip(".") in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for w in words):
            return None
        if words[0].lower() in function_words() or words[0].lower() in CONTEXT_WORDS:
            return None
        if self._first(words[0]) or (len(words) >= 2 and self.g.is_surname(words[-1])):
            return (start, start + len(chain), "person")
        if len(words) >= 2 and _HEADER_FIELD.search(text, max(0, start - 16), start):
            return (start, start + len(chain), "person")  # "Van: Ninthe Loep <hans13@...>": unlisted, in a header
        return None

    @staticmethod
    def _name_shaped_cell(cell: str) -> bool:
        """One to three capitalised words and no organisation or thing word: "Jeanette",
        "Danielle Mason"."""
        words = cell.split()
        return 1 <= len(words) <= 3 and all(_WORD_RE.fullmatch(w) for w in words) and not any(
            w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for w in words)

    def _names_of_people(self, values: list[str]) -> bool:
        """Values that together read as people's names, a column's cells or a list's items: each
        one to three name words opening with a listed first name, and two of them common first
        names that no list knows as a place or a word ("Madison", "Steven"; not "Paris", "Lyon")."""
        if not all(self._name_shaped_cell(v) for v in values):
            return False
        heads = [v.split()[0] for v in values]
        return (all(self._first_name_cell(h, strict=False) for h in heads)
                and sum(self._first_name_cell(h) for h in heads) >= 2)

    def _mostly_names(self, cells: list[tuple[int, int, str]]) -> bool:
        """A column whose every cell is name-shaped and at least half of them open with a listed first name;
        not a column of abbreviations ("Lun", "Mar": days) nor of languages ("Duits", "Dutch")."""
        if any(v.lower() in LANGUAGE_NAMES for _, _, v in cells):
            return False  # "| Leert |": a column of languages
        return (any(len(v) > 3 for _, _, v in cells) and all(_CELL_NAME.fullmatch(v) and len(v.split()) <= 4 and not any(
                        w.lower() not in _SURNAME_PARTICLES and (w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS)
                        for w in v.split()) for _, _, v in cells)
                and 2 * sum(self._first_name_cell(v.split()[0], strict=False) for _, _, v in cells) >= len(cells))

    def _table_of_people(self, columns: list[list[tuple[int, int, str]]]) -> bool:
        """Columns that, read together, hold people: two common first names among their cells and
        one full name (a listed first name and a listed surname), as a rota's towers or posts do
        ("| Turm 1 | Turm 2 |" with "Mark", "Damiano Egli", "Ajna"); a column alone may be too short to tell."""
        values = [v for cells in columns for _, _, v in cells]
        return (sum(self._first_name_cell(v.split()[0]) for v in values) >= 2
                and any(self._full_name_value(v) for v in values if " " in v))

    def _first_name_cell(self, cell: str, strict: bool = True) -> bool:
        """A table cell that is one first name and no function, calendar or context word; `strict`:
        a common first name that no list knows as a place or a word either. A column of first
        names, two of them strict, is a column of people ("Primary", "Secondary" in an on-call
        rota: "Madison", "Steven"), where a column of days ("Mon", "Tue") or of places fails."""
        lowered = cell.lower()
        if (_WORD_RE.fullmatch(cell) is None or not self._first(cell) or lowered in function_words()
                or lowered in CONTEXT_WORDS or lowered in NOT_PERSON_WORDS or lowered in NOT_PERSON_AFTER
                or lowered in CALENDAR_FIRST_NAMES or lowered in SHORT_WEEKDAYS):
            return False
        return not strict or (self.g.is_common_first_name(cell) and lowered not in not_lone_names())

    def _record_name(self, cell: str) -> bool:
        """Two to four capitalised words and no organisation, place or thing word: the name in a
        person's record ("name": "Friedhold Hauffer" beside "geburtsdatum")."""
        words = cell.split()
        return 2 <= len(words) <= 4 and not any(
            w.lower().rstrip(".") in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS or w.lower() in ORG_FIRST_WORDS
            or w.lower() in not_lone_names() for w in words)

    def _contact_name_cell(self, value: str) -> bool:
        """Round 57: a phone column's cell that holds a name, no digit in it: an emergency contact's column (a phone's
        kind, "Notfallkontakt;Telefon\n...;Sybille;056 630 59 28") whose number stands in the next one. Not a title's
        or a kin word's value ("Frau Kiss", "Oma Carla"), which the name after them gives on its own."""
        if any(c.isdigit() for c in value) or not _CELL_NAME.fullmatch(value):
            return False
        lowered, first = value.lower(), value.split()[0]
        return (lowered not in self._greetings and lowered not in not_lone_names() and self._first(first)
                and first.lower().rstrip(".") not in self._titles and not _BARE_KIN_BEFORE.match(first + " ")
                and first.lower() not in _KIN_WORDS and self._name_cell(value, strict=True))

    def _name_cell(self, cell: str, strict: bool = False) -> bool:
        """A table cell under a person column that reads as a name: a listed first name first,
        or two or more words one of which is a listed name, and no organisation word."""
        words = cell.split()
        if self._word_given_name(words[0], [(0, w) for w in words[1:]]):
            return True  # "An Verhaeghe" under "klant"
        if len(words) == 1 and words[0].lower() in CONTEXT_WORDS:
            return False  # "Kunde: Hallo, meine Karte ...": a greeting after the key
        if len(words) == 1 and (words[0].lower() in ORG_FIRST_WORDS or words[0].lower() in ANIMALS):
            return False  # "Cliente: Ayuntamiento, a la atención de ...", "Patient: Kater „Moritz“": an institution, a pet
        if any((w.lower().rstrip(".") in NOT_PERSON_AFTER and not (i == len(words) - 1 and w.lower() in SURNAME_PLACE_WORDS))
               or (w.lower() in NOT_PERSON_WORDS and not (i and w.lower() in CALENDAR_FIRST_NAMES))
               for i, w in enumerate(words)):
            return False  # an organisation or a thing; not "Rhonda Hall", "Gemma June Warren"
        if len(words) >= 2 and words[0].lower() in BUSINESS_FIRST_WORDS:
            return False  # "Club Atlético", "Salon Marie", "Praxis Weber": a club's, a shop's or a practice's name
        if strict and (cell.lower() in not_lone_names() or words[0].lower() in PLACE_PREFIX):
            return False  # name='France', name='New York': a place's name
        if self._first(words[0]) and words[0].lower() not in LEADING_ARTICLES:
            return True  # a generic "name" column needs this: "Kubernetes Gold" is a product's name
        return not strict and len(words) >= 2 and any(self._surname(w) for w in words)

    # ------------------------------------------------------------------ the scan
    def find(self, text: str, lowered: str | None = None) -> Iterator[Span]:
        """People's names in `text`; not a table's cells under a column that names a thing
        (tables.thing_column: rooms named "Elvis", a cargo bike's model "Long John")."""
        tabled = "\n" in text and ("|" in text or "," in text or ";" in text or "\t" in text)
        firms = self._surname_firms(text) if ", " in text else ()
        lower = lowered if lowered is not None else text.lower()  # for cue words (presence only, no offsets)
        found = []
        for span in self._find(text, lowered):
            if firms and any(a <= span[0] and span[1] <= b for a, b in firms):
                continue
            if _named_thing(text, span[0], span[1]):  # round 73: "Projekt: intern/x", "Madison Knights"
                continue
            if _round74_named_thing(text, span[0], span[1], self.g.is_common_first_name):
                continue  # round 74: "Cerrajería – tarifas", "ticket ... ouvert chez Georges", "Thomas Primary"
            if _r78b_firm_name(text, span[0], span[1]):
                continue  # round 78: "naviera Agustín y Pérez S.A.T.", "Royal Pieters van der Maes": a firm named after people
            if round79b_not_person(text, span[0], span[1]):
                continue  # round 79: "Fête de Noël le ...", "Beatrix Rowing", "Rahmenvertrag 1632 mit Putz", "Reisepass Nr."
            if round80_not_person(text, span[0], span[1], lower):
                continue  # round 80: "50 Rosen Red Naomi", "3. Quiz Pro Quo 270", "Yeguada El Olivar", "Super fund: James, Jones and Campbell"
            if round81_not_person(text, span[0], span[1], self.g.is_surname):
                continue  # round 81: "Junghans Max Bill 21.994,64 €", "Mo Riesling Steillage:", "(hut 9, Marine Parade)", "Seña pagada"
            if round82_not_person(text, span[0], span[1], self.g):
                continue  # round 82: "3x Albion Legend dressage", "3. Marqués de Murrieta Reserva 2017", "au circuit Jean-Pierre Beltoise"
            if round83_not_person(text, span[0], span[1], self.g):
                continue  # round 83: "Rock Bottom   5  2  10" under "Team  W  L  Pts", "Bell Tent 1: booked", "Vehicle: 1963 Rolls-Royce"
            if round84_not_person(text, span[0], span[1], self.g):
                continue  # round 84: "Office: Nelson Quay, Manchester", "Trajes de Adolfo Domínguez" in a price list, "– Hub Zaragoza"
            if round85_not_person(text, span[0], span[1], self.g):
                continue  # round 85: "Mr. Whippy soft-serve mix, 12 x 1L", "Bingo Gran Vía: sesión", "5 Mark Kaiser Wilhelm II. 1913"
            if round86_not_person(text, span[0], span[1], self.g):
                continue  # round 86: "ASK 21 (Alexander Schleicher)", "met de Frederique Constant", "Fleurs de Bach Rescue x6,"
            if round87_not_person(text, span[0], span[1], self.g):
                continue  # round 87: "10 x Romeo y Julieta Churchill (box 25)", "Sorten: Goldparmäne, Jakob Fischer", "Douglas balk 75x200 ......"
            if round87b_not_person(text, span[0], span[1], self.g):
                continue  # round 87: "gellak 'Máxima Oranje' x6", "Old Bird Nat, liberation Leeds", "Vereinslokal Zur Post"
            if not (tabled and thing_column(text, span[0], span[1])) and not _vessel_name(text, span[0]):
                found.append(span)
                yield span
        if found or "(" in text:
            for span in self._coordinated(text, found):
                if _named_thing(text, span[0], span[1]):  # round 73: "Cipriano con Lucero" at a riding school
                    continue
                found.append(span)
                if not (firms and any(a <= span[0] and span[1] <= b for a, b in firms)):
                    yield span
        if found and "\n" in text:
            yield from (s for s in self._same_slot(text, found)
                        if not _named_thing(text, s[0], s[1]) and not round84_not_person(text, s[0], s[1], self.g))
            yield from self._sign_up_rows(text, found)  # round 76: "1. Adalbert – Atemlos" above "3. Ajna Luttenberger – Ein Stern"
            yield from self._round77_owner_cells(text, found)  # round 77: "11 | Phileine Oosterhek | WGZ40012K" under "Eigenaar"
        yield from self._round77_people(text, found)  # round 77: "Mo: Umut Hofer + Friedhold Hermighausen", a pipe table's column
        yield from self._round78b_people(text, found, lower)  # round 78: "Bestätigt von Friedemann Kade:", "CIRCLE_USERNAME=Keith"
        yield from self._round79p_people(text, found, lower)  # round 79: "Hochzeit Déborah & Vera - Zusagen", "Auxiliar: Espiridión"
        yield from round79b_people(self, text, found, lower)  # round 79: "neuer Schlüsselverantwortlicher ist Natacha", "AR Leon"
        yield from round80_people(self, text, found, lower)  # round 80: "im Newsletter-Entwurf von Grzegorz steht", "Mitsegler Vitus"
        yield from round81_people(self, text, found, lower)  # round 81: "emergency contact Joanna 1-187-...", "username=Zachary", "ILL desk -> Paige:"
        yield from round82_people(self, text, found, lower)  # round 82: "dn: uid=Teodosio,ou=...", "Belehrung durch Disponent Victor am", "Ticket SEC-2695: Joppe heeft"
        yield from round83_people(self, text, found, lower)  # round 83: "sudo: Sian : TTY=", "# Yana: niet deblokkeren", "Wachmann: Editha"
        yield from round84_people(self, text, found, lower)  # round 84: "Berth holder: Fainche Holland", "Techs Ann Lee + Gary", "Herr Dr. Gut"
        yield from round85_people(self, text, found, lower)  # round 85: "Gemeldet: Dora", "Bewohner/in Emanuel (Zi. 2.07)", "client-hostname \"laptop-Hanna\""
        yield from round86_people(self, text, found, lower)  # round 86: "Voor: Anny" on a voucher, "(posted by Angela, deleted", "Ahmet die Dame mit der"
        yield from round87_people(self, text, found, lower)  # round 87: "sin documento. Dependiente: Perlita", "Brian (2y 4m) bumped", "Emergency contacts for Charles:"
        yield from round87b_people(self, text, found, lower)  # round 87: "3 Gertrudis AFF nivel 5" on a load, "(livreur Christine)", "ich bin's Linnea"

    def _round77_people(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Round 77: full names that no list holds in frames that make them people: a pair's partner on a rota's or a
        case's line, joined to a person found by "+", "/", "&" or "and" ("Mo: Umut Hofer + Friedhold Hermighausen",
        "Lundi matin : Alexandrie Guillet / Nolan Barillon", "Dossier : Arnaude Guillon et Maria Gillièron"); a pipe
        table's cell in the column where another row holds a person found ("Saar (kooiker) | Noor Moonen | 099 ..."
        under "Boris (golden) | Willy Bruggeman | ..."); a choir's absentee on a voice part's line ("Tenor: Woldemar
        Fiebig fehlt"); a case's file named by the child's full name ("The Arron McCarthy matching report", "le passage
        du dossier Alexandrie Leblanc à la séance"). The name must be name-shaped (no word, place or firm word) and
        two to four words long."""
        people = [(start, end) for start, end, category in found if category == "person"]
        taken = [(start, end) for start, end, _ in found]
        spans: list[tuple[int, int]] = []
        if people and _R77_PAIR_LINE.search(text):
            for start, end in people:
                if " " not in text[start:end]:
                    continue
                line_start = text.rfind("\n", 0, start) + 1
                label = _R77_LINE_LABEL.match(text, line_start)
                if label is None or label.end() > end:
                    continue
                after = _R77_PARTNER_AFTER.match(text, end)
                if after is not None:
                    spans.append(after.span("name"))
                before = _R77_PARTNER_BEFORE.search(text, line_start, start)
                if before is not None and before.start("name") >= label.end():
                    spans.append(before.span("name"))
        if people and " | " in text:
            rows = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).count(" | ") >= 2]
            columns = set()
            cells_by_row = []
            for row_start, row in rows:
                cells, at = [], row_start
                for cell in row.split(" | "):
                    lead = len(cell) - len(cell.lstrip())
                    cells.append((at + lead, at + len(cell.rstrip())))
                    at += len(cell) + 3
                cells_by_row.append(cells)
                for k, (a, b) in enumerate(cells):
                    if (a, b) in people:
                        columns.add(k)
            head = cells_by_row[0] if cells_by_row else []
            for k in columns:
                if k >= len(head) or (text[head[k][0] : head[k][1]].lower() not in self._labels
                                      and text[head[k][0] : head[k][1]].lower() not in _R77_OWNER_COLUMNS):
                    continue  # the column's head must name a person: "Baas", "Dueño/a", "Halter/in", "Eigenaar"
                for cells in cells_by_row[1:]:
                    if k < len(cells):
                        spans.append(cells[k])
        if ":" in text:  # a voice part's line and a customer's line both hold their label's colon
            spans.extend(m.span("name") for m in _R77_VOICE_PART_ABSENTEE.finditer(text))
            spans.extend(m.span("name") for m in _R77_CUSTOMER_LINE.finditer(text))
        spans.extend(m.span("name") if m.group("name") else m.span("name2") for m in _R77_CASE_FILE_NAME.finditer(text))
        for start, end in spans:
            words = [(m.start(), m.group(0)[0] + m.group(0)[1:].lower() if _R77_GAELIC_SURNAME.fullmatch(m.group(0))
                      else m.group(0)) for m in re.finditer(r"\S+", text[start:end])]  # "McCarthy", "O'Kearney"
            if (not 2 <= len(words) <= 4 or (start, end) in taken or any(a < end and start < b for a, b in taken)
                    or not self._name_shaped(words) or not words[0][1][:1].isupper()
                    or words[0][1].lower() in self._labels):
                continue
            taken.append((start, end))
            yield (start, end, "person")

    def _surname_firms(self, text: str) -> list[tuple[int, int]]:
        """Round 68: three surnames listed as a firm's partners after a client's, a fund's or a firm's label
        (_SURNAME_FIRM_LIST), the first no common first name ("Client: Davidson, Kelly and Cross", "Super fund: Smith,
        Bailey and Joyce", "Kanzlei: Hofmann, Hartmann und Roth"): the firm, not three people."""
        return [(m.start(1), m.end()) for m in _SURNAME_FIRM_LIST.finditer(text)
                if not self.g.is_common_first_name(m.group(1)) and all(self.g.is_surname(m.group(i)) for i in (1, 2, 3))]

    def _item_first_name(self, word: str) -> bool:
        """A word that, as one item of a list of first names, is a first name: listed, no list knows it
        as a word or a month, nor the source as a surname more than a first name ("Gallagher, Harrison
        and Murray" are a firm's partners)."""
        lowered = word.lower()
        return (self._first(word) and lowered not in not_lone_names() and lowered not in function_words()
                and not (self.g.is_surname(word) and not self.g.is_common_first_name(word))
                and lowered not in NOT_PERSON_WORDS and lowered not in CALENDAR_FIRST_NAMES)

    def _list_first_name(self, word: str) -> bool:
        """A list item's first name (_item_first_name) beside a person found: no title, nor a place
        either, since the list around it is not known to hold only first names."""
        lowered = word.lower()
        return self._item_first_name(word) and lowered not in self._titles and lowered not in place_names()

    def _coordinated(self, text: str, found: list[Span]) -> Iterator[Span]:
        """First names listed with people already found: a crew or a rota written as first names and one
        full name ("Uitgerukt: TS 1431 (Joël, Walter, Roland Aerts)", "SPV : Louis, Michael, Noël Le Goff",
        "Salen: BRP-1 con Begoña, Nilo y Noa Barroso"), read outward from the person found; and three or
        more first names alone in brackets ("Responding: E41 (Nicholas, Harry, Oliver)")."""
        taken = {(start, end) for start, end, _ in found}
        people = [(start, end) for start, end, category in found if category == "person"]
        for start, end in people:
            left = start
            while (m := _COORDINATED_BEFORE.search(text, max(0, left - 40), left)) is not None:
                if not (_opens_item(text, m.start()) and self._list_first_name(m.group(1))) or (
                        ";" in text[m.end(1) : m.end()] and not _labelled_line(text, m.start())):
                    break
                left = m.start()
                if (left, m.end(1)) not in taken:
                    taken.add((left, m.end(1)))
                    yield (left, m.end(1), "person")
            right = end
            while ((m := _COORDINATED_AFTER.match(text, right)) is not None and self._list_first_name(m.group(1))
                   and (";" not in text[right : m.start(1)] or _labelled_line(text, right))
                   and not _animal(text, m.start(1), m.end(1))  # round 63: "4  Jamie Cole & Ziggy" at a dog show
                   and not _firm_list_after(text, m.end(1))):  # round 71: "Monteur: Petra Peeters, Dupont, Cornelis en Bauwens NV"
                right = m.end(1)
                if (m.start(1), right) not in taken:
                    taken.add((m.start(1), right))
                    yield (m.start(1), right, "person")
        for group in _BRACKETED_FIRST_NAMES.finditer(text):
            words = [(group.start(1) + m.start(), group.start(1) + m.end()) for m in _LIST_ITEM_WORD.finditer(group.group(1))]
            if (all(self._list_first_name(text[a:b]) for a, b in words)
                    and sum(self.g.is_common_first_name(text[a:b]) for a, b in words) >= 2):
                yield from ((a, b, "person") for a, b in words if (a, b) not in taken)

    def _same_slot(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Names in the slots beside a person found, line after line of one shape (slots.py): a rota's day
        ("Di Früh: Frau Schandl" ... "Di Spät: Erik Sturm", "Lun tarde: Atilio"), a prize list's place ("2. Preis:
        Dr. Nohlmans" ... "3. Preis: Siegrun vom Sportverein"), a flat's bell ("04  fam. Loes"), a score sheet's
        rows ("Ute Pfeiffer      156  171  149"). The slot must open with the person found (a title or a household's
        word before it at most), the sibling with a name and nothing capitalised after it."""
        people = [(start, end) for start, end, category in found if category == "person"]
        taken = {(start, end) for start, end, _ in found}
        for values in slot_groups(text):
            if not any(self._opens_slot(text, slot, people) for slot in values):
                continue
            for start, end in values:
                if any(start <= a < end for a, _ in people):
                    continue
                for span in self._slot_names(text, start, end):
                    if span not in taken:
                        taken.add(span)
                        yield (*span, "person")

    @staticmethod
    def _kit_order_line(text: str, start: int) -> bool:
        """Round 76: the line around a name names a team's garment and its size or the order it joins."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return _KIT_WORD.search(line) is not None and _KIT_ORDER_WORD.search(line) is not None

    def _round77_owner_cells(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Round 77: the cells under a table's owner or holder column, a listed first name and capitalised words,
        beside a person found in the same table ("Nr | Eigenaar | Framenr." above "11 | Phileine Oosterhek | WGZ40012K",
        "N° | Propriétaire | N° cadre" above "9 | Olivie Perrot | X17PL0092", "#  owner  frame no." above "14 Megan
        Higgins  WTU204C1187F", "Nº | Propietario" above "4 | Ruperto Sales Urrutia")."""
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
        for i, (_, header) in enumerate(lines):
            cells = _r77_cells(header)
            column = next((k for k, c in enumerate(cells) if c[1].strip().lower() in _R77_OWNER_COLUMNS), None)
            if column is None or len(cells) < 3:
                continue
            for at, row in lines[i + 1 :]:
                row_cells = _r77_cells(row)
                if len(row_cells) != len(cells):
                    if "|" in header:
                        break
                    numbered = _R77_NUMBERED_CELL.match(row_cells[0][1]) if row_cells else None
                    if numbered is None or len(row_cells) + 1 < len(cells) or column == 0:
                        break
                    row_cells = [(row_cells[0][0], numbered.group(1)),
                                 (row_cells[0][0] + numbered.start(2), numbered.group(2))] + row_cells[1:]
                offset, cell = row_cells[column]
                m = _R77_OWNER_CELL.fullmatch(cell.strip())
                if (m is None or m.group(1).lower() in function_words() or m.group(1).lower() in ORG_FIRST_WORDS
                        or not (self._first(m.group(1)) or self.g.is_surname(cell.split()[-1]))):
                    continue
                a = at + offset + (len(cell) - len(cell.lstrip()))
                b = a + len(cell.strip())
                if not any(s < b and a < e for s, e, _ in found) and not _named_thing(text, a, b):
                    yield (a, b, "person")

    def _sign_up_rows(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Round 76: the first names on a numbered or bulleted sign-up list's rows (_SIGN_UP_ROW) where one row of
        three or more, set out alike, opens with a person found: a karaoke night's singers and their songs ("1.
        Adalbert – Atemlos", "4. Nikolas + Bernadette – Über den Wolken" beside "3. Ajna Simon Luttenberger – Ein
        Stern"), a relay's or a raffle's entrants. Each name on a row must be one _slot_name takes (a listed first
        name that is no word, place or month, or a full name that opens with one); a row with any other word is
        left alone ("2. Welcome – Chair")."""
        people = {start for start, end, category in found if category == "person"}
        taken = {(start, end) for start, end, _ in found}
        rows = list(_SIGN_UP_ROW.finditer(text))
        blocks: list[list[re.Match[str]]] = []
        for row in rows:
            previous = blocks[-1][-1] if blocks else None
            if (previous is not None and text.count("\n", previous.end(), row.start()) == 1
                    and _lead_kind(previous.group("lead")) == _lead_kind(row.group("lead"))
                    and previous.group("separator").strip() == row.group("separator").strip()):
                blocks[-1].append(row)
            else:
                blocks.append([row])
        for block in blocks:
            if len(block) < 3 or not any(row.start("cell") in people for row in block):
                continue
            for row in block:
                cell_start, cell_end = row.span("cell")
                parts, at = [], cell_start
                for joiner in [*_SIGN_UP_JOINER.finditer(text, cell_start, cell_end), None]:
                    parts.append((at, cell_end if joiner is None else joiner.start()))
                    if joiner is not None:
                        at = joiner.end()
                if len(parts) > 2:
                    continue
                names = [self._slot_name(text, a, b, False) for a, b in parts]
                if any(name is None or name[1] != b for name, (_, b) in zip(names, parts)):
                    continue  # a word that is no name on the row: "2. Welcome – Chair"
                for name in names:
                    assert name is not None
                    if name not in taken and not any(a <= name[0] < b for a, b in taken):
                        taken.add(name)
                        yield (*name, "person")

    @staticmethod
    def _opens_slot(text: str, slot: tuple[int, int], people: list[tuple[int, int]]) -> bool:
        """A person found at the start of the slot's value, after two words at most that hold no digit ("Frau
        Schandl", "Mevr. Kremer", "fam. Loes")."""
        start, end = slot
        return any(start <= a < end and _SLOT_PREFIX.fullmatch(text, start, a) for a, _ in people)

    def _slot_names(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The names a sibling slot opens with: one, or two joined by a slash or "and" ("WG Liam/Yilmaz", "Clímaco y
        Cruz"), each a name _slot_name takes; a household's word ("fam.", "Familie", "WG") may stand first."""
        shift = _SHIFT_BEFORE.match(text, start, end)
        start = shift.end() if shift else start
        household = _HOUSEHOLD.match(text, start, end)
        at = household.end() if household else start
        first = self._slot_name(text, at, end, household is not None)
        if first is None:
            return []
        joiner = _SLOT_JOINER.match(text, first[1], end)
        second = self._slot_name(text, joiner.end(), end, household is not None) if joiner else None
        return [first] if second is None else [first, second]

    def _slot_name(self, text: str, at: int, end: int, household: bool) -> tuple[int, int] | None:
        """The name at `at` in a sibling slot: a first name that no list knows as a word, a place or a month,
        or (after a household's word) a surname; or two to four name words, the first a listed first name (or
        after a household's word), that no list knows as a thing; then the value's end, a bracket, a comma, a
        slash or a lower-case word ("Siegrun vom Sportverein", "Nathalie de la boulangerie")."""
        run = _CELL_NAME.match(text, at, end)
        if run is None:
            return None
        joined = _SLOT_JOINER.search(text, run.start(), run.end())
        stop = joined.start() if joined else run.end()  # "Clímaco y Cruz": two names, not one with a particle
        if stop < end and not _SLOT_NAME_END.match(text, stop, end):
            return None
        name = text[at:stop]
        words = name.split()
        lowered = name.lower()
        if lowered in self._titles or lowered in CONTEXT_WORDS or lowered in SHORT_WEEKDAYS or lowered in NOT_PERSON_WORDS:
            return None
        if len(words) == 1:
            single = (self._first(name) and lowered not in not_lone_names() and lowered not in function_words()
                      and lowered not in place_names() and lowered not in CALENDAR_FIRST_NAMES)
            return (at, stop) if single or (household and self._surname(name)) else None
        if not self._name_shaped_cell(" ".join(w for w in words if w.lower() not in _SURNAME_PARTICLES)):
            return None
        return (at, stop) if lowered not in not_lone_names() and (self._first(words[0]) or household) and not (
            words[0].lower().rstrip(".") in self._titles) else None

    def _find(self, text: str, lowered: str | None = None) -> Iterator[Span]:
        labelled = list(labelled_values(text))
        # a record that also holds a phone, a birth date, a record or a passport number is a person's:
        # its generic "name" key or column is a person's name, listed or not
        record = any(kind in _PERSON_RECORD_KINDS for _, _, _, kind in labelled)
        for start, end, value, kind in labelled:
            note = _CELL_NOTE.search(value) if kind in ("person", "name") else None
            if note is not None and _SPECIES_IN_BRACKETS_AFTER.match(value, note.start()):
                continue  # "Patient: Bello (Hund)": a vet's patient, round 62
            if kind in ("person", "name") and _PET_AFTER_COMMA.match(text, end + (text[end : end + 1] in ("'", '"', "’"))):
                continue  # "Patiënt: 'Guusje', Jack Russell, 8 jr": a vet's patient and its breed, round 68
            key = text[text.rfind("\n", 0, start) + 1 : start]
            if kind in ("person", "name") and len(key) <= 40 and _THING_NAME_LABEL.search(key):
                continue  # "Tiername: Frieda", "Team name: Quizzly Bears": a pet's or a thing's name on its line, round 62
            if note is not None:
                end, value = end - (len(value) - note.start()), value[: note.start()]
            greeting, _, rest = value.partition(" ")
            if rest and greeting.lower() in self._greetings and (
                    not self.g.is_common_first_name(greeting)
                    or self._first(rest.split(" ", 1)[0]) and rest.split(" ", 1)[0].lower() not in function_words()):
                # "Kunde: Hallo Anna, ...", "Klant: Lieve Anna": a greeting, then the name; not "Naam: Lieve
                # De Wolf", where a common first name that is also a greeting word opens the name
                start, value = start + len(greeting) + 1, rest
            if (kind in ("person", "name") and _CELL_NAME.fullmatch(value) and value.lower() not in self._greetings
                    and not _interpreted_language(text, start, value)
                    and not (" " not in value and _speaker_sentence(text, start, value, self.g.is_common_first_name(value)))
                    and (self._name_cell(value, strict=kind == "name" and not record)
                         or record and self._record_name(value))):
                yield (start, end, "person")
            elif kind == "phone" and self._contact_name_cell(value):
                yield (start, end, "person")
        for user in (_LOG_USER.finditer(text) if " [" in text or "display_name" in text else ()):
            group = "clf" if user.group("clf") else "vault"
            if self._first(user.group(group)) and user.group(group).lower() not in function_words():
                yield (user.start(group), user.end(group), "person")
        pooled = []
        for cells in unnamed_columns(text):
            # round 70: an orchestra's instruments open a travel list's rows ("Cello    | Laurie Cardenas | ...")
            # round 71: and colours name a start wave or a team ("4471 | Cory Farmer | Red | ...")
            cells = [cell for cell in cells
                     if not _VACANT_CELL.fullmatch(cell[2]) and cell[2].lower() not in _COLUMN_KEY_WORDS]
            if len(cells) >= 2 and self._names_of_people([value for _, _, value in cells]):
                yield from ((start, end, "person") for start, end, _ in cells)  # "| Mon | Madison | Steven |": a rota
            if cells and self._mostly_names(cells):
                pooled.append(cells)
        if len(pooled) >= 2 and self._table_of_people(pooled):
            # "| Sa | Mark | Damiano Egli |\n| So | Steven Ender | Ajna |": a rota's columns, people read together
            yield from ((start, end, "person") for cells in pooled for start, end, _ in cells)
        pos = 0
        n = len(text)
        search = _CHAIN_AT.search
        billed = self.keep_public_figures and _BILLING.search(text) is not None  # once per text, not once per run
        cast = _CAST_TEXT.search(text) is not None
        while pos < n:
            m = search(text, pos)
            if m is None:
                return
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-@./\\" or (
                    text[start - 1] == "–" and text[start - 2 : start - 1].isalpha())) and not _TITLE_SLASH.search(
                    text, max(0, start - 8), start) and not _OPENING_APOSTROPHE.search(text, max(0, start - 2), start) and not (
                    text[start - 1] == "." and _NUMBERED_ITEM.search(text, max(0, start - 8), start)):
                pos = m.end()
                first = _WORD_RE.match(text, start)
                if (text[start - 1] == "@" and first is not None and mention(text, start, first.end())
                        and self._first(first.group(0)) and first.group(0).lower() not in function_words()):
                    yield (start, first.end(), "person")  # "@Stacie can you ...": a chat mention
                elif (text[start - 1] == "-" and first is not None and _ON_CALL_PREFIX.search(text, max(0, start - 16), start)
                        and _ON_CALL_NAME_END.match(text, first.end()) and self._list_first_name(first.group(0))):
                    yield (start, first.end(), "person")  # "receiver=bereitschaft-Julian", "pager-Megan": who is paged
                elif (text[start - 1] in "-/" and first is not None and vault_user(text, start, first.end())
                        and self._list_first_name(first.group(0))):
                    yield (start, first.end(), "person")  # "display_name=ldap-Ruth", "auth/userpass/login/Robert": round 55
                continue
            chain = m.group("chain")
            pos = m.end()
            if (" " not in chain and not self._first(chain) and chain.lower() not in CONTEXT_WORDS
                    and not self._unlisted_lone_cue(text, start, pos, chain) and _WEDDING_PARTY_WORD.match(text, start) is None
                    and self._context(text, start, pos) is None):
                continue  # throughput: one unlisted word with no cue; the checks below could only dismiss it
            if billed and _billed_performer(text, start, start + len(chain)) and self._context(text, start) is None:
                continue  # "Rosalía y Alejandro Sanz encabezan el cartel", "Suzan & Freek op het hoofdpodium": acts on a bill
            known = self._listed_public_figure(text, start, chain) if self.keep_public_figures else 0
            if known:
                pos = start + known  # the rest of the run is read again: "Rafa Nadal y Carlos Alcaraz", "... y Ana Ruiz"
                continue
            display = self._display_name(text, start, chain)
            if display is not None:
                yield display
                continue
            if (_quoted_work(text, start, start + len(chain)) or _catalogue_title(text, start, start + len(chain))
                    or _quote_within(text, start, 2) and _THING_NAMED_BEFORE.search(text, max(0, start - 30), start)
                    or _ROLE_OF_BEFORE.search(text, max(0, start - 24), start)
                    or _quote_within(text, start, 10) and _CULTIVAR_BEFORE.search(text, max(0, start - 48), start)
                    or _COMPOUND_AFTER.match(text, start + len(chain))
                    or self._team_score(text, start, start + len(chain)) or _animal(text, start, start + len(chain))
                    or _MOUNTAIN_RANGE.match(text, start)
                    or cast and _cast_side(text, start) == "role"):
                continue  # «Don Quijote de la Mancha», ISBN ...; "9780227333198  Wolf Hall / Hilary Mantel": a book
            # a title inside the run starts a new one: "Kunde Herr Dr. Wüthrich" is the customer
            # "Herr Dr. Wüthrich", not a person "Kunde Herr Dr"
            for inner in _WORD_RE.finditer(chain, 1):
                if inner.group(0).lower() in self._inner_titles:
                    chain = chain[: inner.start()].rstrip()
                    pos = start + inner.start()
                    break
            head_word = chain.split(" ", 1)[0]
            if chain.lower() in ANIMALS:
                continue  # "Jack Russell", "Border Collie": a breed, round 68
            if (role := _WEDDING_PARTY_WORD.match(text, start)) is not None:
                pos = role.end()  # "Damas de honor: ...", "Groomsmen Oliver, Harry": the role, then who fills it
                continue
            if " " in chain and _HEAD_RACE.search(chain):
                continue  # "Orlando Spring Head", "Kingston Small Boats Head": a rowing head race, named after its place
            if " " not in chain and _EPONYM_DEVICE_AFTER.match(text, start + len(chain)):
                continue  # "2. Brock string (bead at 3 distances)", "Snellen chart", "Maddox rod": a device named after someone
            if " " not in chain and (_SPONSOR_BEFORE.search(text, max(0, start - 28), start) or (
                    _PARTNER_FIRM_BEFORE.search(text, max(0, start - 16), start) and _LINE_WITH_AMOUNT.search(
                        text, text.rfind("\n", 0, start) + 1, start))):
                continue  # "Sponsor: Werner", "dotation totale 68 015 €, partenaire Weber": a sponsoring firm
            if (head_word.lower() in _WELCOME_WORDS and chain.count(" ") == 1
                    and _THING_NOUN_AFTER.match(text, start + len(chain))):
                continue  # "Welcome Hub rota", "Welkom Huis openingstijden": a service's name, not a guest
            if _species_eponym(text, start, head_word):
                pos = start + len(head_word)  # "la buse de Harris Orlando": a hawk's species, then its name
                continue
            if _WEEKDAY_RANGE.match(head_word) or (
                    " " in chain and len(head_word) >= 11 and head_word.lower().endswith(_LONG_NOUN_ENDINGS)
                    and not self.g.is_surname(head_word)):
                # "Mo-Mi Frühdienst: Antonius Marte": a rota's days; "Leuchtturmführung Roter Sand": a compound
                # noun, no name; the rest of the run is read again
                pos = start + len(head_word)
                continue
            described = self._described_thing(chain) if self._context(text, start) is None else 0
            if described:
                # "Rode Zee", "Roter Sand", "Red panda", "Inselrundfahrt Lange Anna": a place's or a thing's name;
                # what follows is read again ("Neue Mitarbeiterin Roger Rudolph")
                pos = start + described
                continue
            if " " not in chain and chain.lower() not in CONTEXT_WORDS and self._context(text, start, m.end()) is None:
                if (self._vocative(text, start, start + len(chain), chain) or self._lone(text, start, start + len(chain), chain)
                        or cast and _cast_side(text, start) == "player" and self._first(chain)
                        and chain.lower() not in function_words()):  # "Elvira ..... Jennifer (tbc)": a player's first name
                    yield (start, start + len(chain), "person")
                continue  # one capitalised word with no title, greeting, sign-off or other cue: not a name
            if " " in chain and _legal_form_at(text, start + len(chain)):
                continue  # "Lucía Carmona Camacho S.C.P", "Hans Vogt GmbH": a firm named after its owner
            if second := _second_person_in_run(chain, self.g.is_common_first_name):
                chain, pos = chain[:second], start + second  # the second person's name is read again
            elif ((pair := _FIRST_NAMES_Y.fullmatch(chain)) is not None and self._first(pair.group(1))
                  and self._first(pair.group(2)) and (_in_attendance_list(text, start) or _in_wedding_party(text, start))):
                chain, pos = pair.group(1), start + pair.start(2)  # "Testigos: Alba, Nerea y Paz": two people, round 67
            span = self._judge(text, start, chain)
            if (span is None and " " in chain and self._first(chain.split(" ", 1)[0]) and cast and _cast_side(text, start) == "player"
                    and "..." in text[text.rfind("\n", 0, start) + 1 : start]):
                span = (start, start + len(chain), "person")  # "Kniertje ........ Vigo Fechant": the player, listed or not
            holder = self._role_holder(text, start, chain)
            if holder is not None and (span is None or holder[0] > start or span[1] - span[0] < holder[1] - holder[0]):
                span = holder  # "Schuldner Helene Frisch bestreitet ...", "Gestor Ramón": the role's holder, not the role
            if (cut := _article_in_run(chain, self.g.is_common_first_name)) and (span is None or span[1] > start + cut):
                # "berichtet, dass Ulrich Hofmann den Saal ... hinterlassen hat": a German article is no particle
                # after a full name; the name is judged alone and what follows it is read again
                span = self._judge(text, start, chain[:cut])
                pos = start + cut
            if span is not None:
                yield span
            elif ((owner := _NOUN_OF_OWNER.search(chain)) is not None and " " in chain[owner.end() :]
                  and _ARTICLE_BEFORE.search(text, max(0, start + owner.start() - 8), start + owner.start())):
                # "Im Entwurf von Elisa Lang steht ...", "in de nieuwsbrief van Joy Jorlink": a noun after its article,
                # then whose it is; the owner is judged alone
                span = self._judge(text, start + owner.end(), chain[owner.end() :], nested=True)
                if span is not None:
                    yield span
            elif " " in chain:
                # the chain is no name, but its last word may be one standing alone after a
                # capitalised word: "Hab Elena gerade getroffen", "Termin mit ... Neue Kollegin Lisa hat"
                last = chain.rsplit(" ", 1)[1]
                last_start = start + len(chain) - len(last)
                head = chain.split(" ", 1)[0].lower().rstrip(".")
                if (head not in PLACE_PREFIX and head not in ORG_FIRST_WORDS
                        and not (_titled_before(text, last_start)  # "Katze Frau Mimi"
                                 and _ANIMAL_TITLE_BEFORE.search(text, max(0, last_start - 40), last_start))
                        and self._lone(text, last_start, last_start + len(last), last)):
                    yield (last_start, last_start + len(last), "person")

    def _role_holder(self, text: str, start: int, chain: str) -> Span | None:
        """Two or three words after a role only a person holds (_ROLE_NOUN_BEFORE; a German role noun opens the run
        itself) are its holder's name when none of them is a place's, a firm's or a common word, and they open with
        a listed first name that is common or before a surname ("debiteur Loïs Noordijk", "Schuldner Helene
        Frisch"), rare as the surname may be; not "Kunde Deutsche Bahn"."""
        head = chain.split(" ", 1)[0]
        if " " in chain and _ROLE_NOUN_BEFORE.fullmatch(head + " "):
            start, chain = start + len(head) + 1, chain[len(head) + 1 :]
            if " " not in chain:  # "Gestor Ramón": the role opens the run, a first name alone follows
                lowered = chain.lower()
                return (start, start + len(chain), "person") if (
                    self._first(chain) and lowered not in not_lone_names() and lowered not in function_words()
                    and lowered not in place_names() and _KIN_NAME_END.match(text, start + len(chain))) else None
        elif _ROLE_NOUN_BEFORE.search(text, max(0, start - 32), start) is None:
            return None
        words = chain.split(" ")
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not self._no_name_word(w.lower()) for w in words):
            return None
        if self._first(words[0]) and (self.g.is_common_first_name(words[0]) or self.g.is_surname(words[-1])):
            return (start, start + len(chain), "person")
        return None

    def _no_name_word(self, lowered: str) -> bool:
        """A word no role's holder's name holds (_role_holder): a title, a greeting or another context word, a
        function word, a common word, a firm's or a place's word."""
        return (lowered.rstrip(".") in self._titles or lowered in self._greetings or lowered in CONTEXT_WORDS
                or lowered in function_words() or lowered in NOT_PERSON_WORDS or lowered in NOT_PERSON_AFTER
                or lowered in ORG_FIRST_WORDS or lowered in place_names())

    def _described_thing(self, chain: str) -> int:
        """Where an adjective of colour or size and the noun it describes end in `chain`, or 0: the adjective
        opens the run, follows its article ("De Gouden Leeuw", a pub's darts team) or a word that is no first
        name ("Inselrundfahrt Lange Anna")."""
        words = chain.split(" ")
        for i, word in enumerate(words[:-1] if len(words) > 1 else words):
            if word.lower() in DESCRIPTIVE_OPENERS and (
                    i == 0 or not self._first(words[i - 1]) or i == 1 and words[0].lower() in LEADING_ARTICLES):
                return len(" ".join(words[: i + 2]))
        return 0

    @staticmethod
    def _team_score(text: str, start: int, end: int) -> bool:
        """The run is a side in a match result: its goals follow it, and the other side's come
        right before it ("Leeds Juniors 2, Abbey Vale 1.") or after its own ("Abbey Vale 1-2")."""
        after = _SCORE_AFTER.match(text, end)
        if after is None or not text_mentions(_MATCH_TEXT, text):
            return False
        if _HOURS_AFTER_RANGE.match(text, after.end()):
            return False  # round 75: "Pablo Ávila 16-20 h clasificación": a volunteer's shift hours, the sorting's word
        score = after.group(0).strip()
        if score[-1:].isalpha():
            return True  # "2.º Bolos Murcia 37 pts": its points in a league table
        # the other side's goals or points right before it: "Leeds Juniors 2, Abbey Vale 1.", "Los Chuzas 38 pts, Bolo Loco 35,"
        return score[-1:].isdigit() or _SCORE_BEFORE.search(text, max(0, start - 12), start) is not None

    def _listed_public_figure(self, text: str, start: int, chain: str) -> int:
        """Where a listed public figure's name ends in `chain` (data/public_figures.txt: "Kylian
        Mbappé", "Thomas Mann", "Sir Robert Peel", "Harry Potter"), or 0. The name opens the run,
        or follows capitalised words that are no first names ("Wimbledon-Sieger Carlos Alcaraz",
        "Flughafen München Franz Josef Strauß"). Nothing in the text may make it a private
        person's: no label, greeting, title (but "Sir", "Dame") or sign-off before it; no surname
        after it ("Luis Miguel Buendía"); no contact detail, address or private role after it
        ('Robin Hood ("the Tenant")'); no private role, order or invoice word before it ("the
        customer Tom Jones", "Invoice for Michael Owen"); no meeting on its line; no "you", request
        or personal particulars in its sentence ("Thomas Müller, Ihr Paket ...", "... was born on")."""
        tokens = chain.split(" ")
        heads = public_figure_heads()
        if not any(name_key(t) in heads for t in tokens):
            return 0
        figures = public_figures()
        for i in range(len(tokens)):
            if name_key(tokens[i]) not in heads:
                continue  # a word before a particle is judged at the head: "Sagrada Familia de Antoni Gaudí"
            if (i and tokens[i - 1][:1].isupper() and self._first(tokens[i - 1]) and tokens[i - 1].lower() not in _HONOURS
                    and tokens[i - 1].lower() not in place_names()):
                return 0  # a first name before: the run is someone else's name ("Amber Morgan Freeman"; not "von", "Ireland")
            if (i >= 2 and tokens[i - 1].islower() and self._first(tokens[i - 2]) and tokens[i - 2].lower() not in place_names()
                    and all(self._first(t) or self._surname(t) for t in tokens[: i - 2])):
                return 0  # "Lucía de Antoni Gaudí": a first name, a particle, then the famous name; not "Sagrada Familia de ..."
            for k in range(min(len(tokens), i + 6), i, -1):
                if name_key(" ".join(tokens[i:k])) not in figures or k == i + 1 and self._first(tokens[i]):
                    continue  # one word only where it is no first name: "Multatuli", "Pelé"; not "Enya", "Heino"
                head = len(" ".join(tokens[:i])) + (1 if i else 0)
                end = start + len(" ".join(tokens[:k]))
                if (k < len(tokens) and tokens[k][:1].isupper() and self._surname(tokens[k])
                        and tokens[k].lower() not in FACILITY_AFTER):
                    return 0  # "Luis Miguel Buendía Ricart": the famous name is this person's first names
                context = self._context(text, start) if not i or tokens[i - 1].lower() in _HONOURS else None
                sentence = _rest_of_sentence(text, start + head, end)
                if (context is None and not contact_after(text, end) and _ADDRESSING.search(sentence) is None
                        and _PARTICULARS.search(sentence) is None and _REQUEST.search(sentence) is None
                        and _PRIVATE_ROLE_BEFORE.search(text, max(0, start + head - 30), start + head) is None
                        and _PRIVATE_ROLE_AFTER.match(text, end) is None
                        and not (_SPEAKER_COLON.match(text, end)
                                 and _ROLE_SPEAKER_LINE.search(text, max(0, start + head - 30), start + head))
                        and _MEETING.search(text, text.rfind("\n", 0, start) + 1, start) is None
                        and not _ORDER_WORDS.intersection(text[max(0, start + head - 30) : start + head].lower().split())
                        and not (text[end : end + 2] == ", " and STREET_LINE.match(text, end + 2))):
                    return end - start
                return 0
        return 0

    def _judge(self, text: str, start: int, chain: str, nested: bool = False) -> Span | None:
        words = [(w.start(), w.group(0)) for w in _WORD_RE.finditer(chain)]
        if cast_role(text, start, start + len(chain)):
            return None  # round 65: "Professor Gollwitz – Jennifer Hoffmann" on a play's cast list: a character
        if _in_place_field(text, start, start + len(chain)):
            return None  # round 65: "Hotel: 3 nights, Dakota Leeds, ...": a booking's hotel
        if words and words[0][1] == "Dom" and _DOM_CATHEDRAL_BEFORE.search(text, max(0, start - 8), start):
            return None  # round 66: "in de Dom van Bad Nieuweschans": a cathedral
        if len(words) == 1 and _weekday_column(text, start, chain):
            return None  # round 65: "Dom visita guiada: Gala" under "Sáb 16-20 ...": a rota's day
        if len(words) == 1 and _twin_firm(text, start, start + len(chain), words[0][1]):
            return None  # "Partenaire : Johnson & Johnson": a family's firm
        if words and any(_VESSEL_KIND_BEFORE.search(text, max(0, start + offset - 40), start + offset)
                         for offset in (0, words[-1][0])):
            return None  # round 63: "la Salvamar Nuestra Señora de las Nieves": a vessel's name, its title read as a person's
        if words and any(_titled_before(text, start + offset)
                         and _ANIMAL_TITLE_BEFORE.search(text, max(0, start + offset - 40), start + offset)
                         for offset in (0, words[-1][0])):
            return None  # round 64: "und Katze Frau Holle": a pet's name with a title
        # "Hi Margaret", "Dear Mr Smith", "Viele Grüße": drop the context words, judge the rest
        kinship = False
        dropped = 0
        # "mevrouw van Wel", "Dr. van Wel": after a title and a particle a surname, whatever else it is
        surname_after_particle = (words and words[0][1].lower() in CONTEXT_WORDS
                                  and _TRAILING_PARTICLE.search(text, max(0, start - 12), start) is not None
                                  and self._context(text, start) == "title")
        while not surname_after_particle and dropped < len(words) and (words[dropped][1].lower() in CONTEXT_WORDS or words[dropped][1].lower() in KINSHIP_WORDS
                                        or (dropped == 0 and _unstretched(words[0][1].lower()) in CONTEXT_WORDS)):
            dropped += 1
        if dropped:
            if dropped == len(words):
                # a first name that is also a greeting word, signing off: "Groeten,\nLieve"
                only = words[0][1]
                if (len(words) == 1 and self._first(only) and _ends_line(text, start + len(chain))
                        and self._context(text, start) == "sign_off"):
                    return (start, start + len(only), "person")
                return None
            kinship = any(w.lower() in KINSHIP_WORDS for _, w in words[:dropped])
            offset = words[dropped][0]
            start += offset
            chain = chain[offset:]
            words = [(o - offset, w) for o, w in words[dropped:]]
        if (not nested and len(words) >= 2 and words[0][1].lower() in _GERMAN_PREPOSITIONS
                and at_sentence_start(text[max(0, start - 40) : start])):
            # "Bei Fieber über 38 °C bitte anrufen": a preposition and a noun open the sentence; the rest is judged alone
            # ("Zwischen Kevin Wirth, ... (Vermieter)" is still Kevin Wirth)
            offset = words[1][0]
            return self._judge(text, start + offset, chain[offset:], nested=True)
        if _SUBJECT_OF_STUDY_BEFORE.search(text, max(0, start - 30), start):
            return None  # "Ciclo: Técnico en Instalaciones de Producción de Calor": a course's subject
        if (len(words) >= 2 and words[0][1].lower() in _CI_JOB_WORDS
                and any(w.lower() in _CI_SERVERS for _, w in words[1:])):
            return None  # "Job Jenkins deploy-relances #6630", "Job de Jenkins": a CI server's job, not Job Jenkins
        if words and _SAINT_HYPHENED.match(words[0][1]):
            return None  # "in de Sint-Jan van Denderbelle", "l'église Saint-Jean": a church or a place named after a saint
        funeral = _FUNERAL_HEAD.match(chain) if not nested else None
        if funeral is not None and funeral.end() < len(chain):
            # "Sepelio de Sabas Ugarte", "Uitvaart van Faas Voortman": the funeral's word opens the run; whose it is follows
            whose = chain[funeral.end() :].split()
            if (2 <= len(whose) <= 3 and whose[0][:1].isupper() and self._surname(whose[-1])
                    and not any(w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for w in whose)):
                return (start + funeral.end(), start + len(chain), "person")
            return self._judge(text, start + funeral.end(), chain[funeral.end() :], nested=True)
        if words and not self.g.is_common_first_name(words[0][1]) and _announced_work(text, start, start + len(chain)):
            # "Vortrag: Alexander Huber über Big Walls", "Film night: Free Solo with Alex Honnold": a talk's or a film's
            # title; not "Talk: Jane Smith on Kevin Brown", a person the talk is about
            return None
        if (words and words[0][1].lower() in WEEKDAYS and _SLOT_LABEL_AFTER.match(text, start + len(chain))
                and all(w.lower() in DAY_PARTS for _, w in words[1:])
                and text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*•") == ""):
            return None  # "Do Früh: Jens Ohlsen", "Mar tarde: ...": a rota's day and shift opening a line; not "Hola Mar:"
        if (words and words[0][1].lower() in SHORT_WEEKDAYS and _other_short_weekday(text, start, words[0][1])
                and not any(self._first(w) or self._surname(w) for _, w in words[1:])):
            # "Mo Kartoffelsuppe (Sellerie), Di Spaghetti": a menu's or a plan's days, each with its item; not "Mo Khan,
            # Di Maria", people named so
            return None
        if (2 <= len(words) <= 3 and _YOU_AND_BEFORE.search(text, max(0, start - 24), start)
                and _CLAUSE_GOES_ON.match(text, start + len(chain))
                and (self._first(words[0][1]) or self._surname(words[-1][1]))
                and not any(w.lower() in NOT_PERSON_WORDS or w.lower() in NOT_PERSON_AFTER or w.lower() in ORG_FIRST_WORDS
                            or (w.lower() in function_words() and w not in _SURNAME_PARTICLES) for _, w in words)):
            return (start, start + len(chain), "person")  # "for you and Margaud Gillet,": the one booked with the reader
        if (2 <= len(words) <= 4 and _DEED_BEFORE.search(text, max(0, start - 40), start)
                and _DEED_AFTER.match(text, start + len(chain))
                and not any(w.lower() in NOT_PERSON_WORDS or w.lower() in NOT_PERSON_AFTER for _, w in words)):
            return (start, start + len(chain), "person")  # "I, Fainche McGruddy, of Suite 243 ...": who signs a deed
        if (2 <= len(words) <= 4 and _RECORD_IN_BRACKETS_AFTER.match(text, start + len(chain)) and self._first(words[0][1])
                and not any(w.lower() in function_words() and w not in _SURNAME_PARTICLES or w.lower() in ORG_FIRST_WORDS
                            for _, w in words)):
            return (start, start + len(chain), "person")  # "10:45 Felix Moensendijk (pat.nr. 19935739)": a patient, listed
        draft = _DRAFT_OF_HEAD.match(chain) if not nested else None
        if draft is not None:
            return self._judge(text, start + draft.end(), chain[draft.end() :], nested=True)  # round 74: "Concept van Kick ..."
        if (2 <= len(words) <= 6 and self._first(words[0][1])
                and (_DOCUMENT_NUMBER_AFTER.match(text, start + len(chain)) or _DRAFT_OF_BEFORE.search(text, max(0, start - 20), start)
                     or (_CALLED_BEFORE.search(text, max(0, start - 20), start) or _PLOT_KEY_BEFORE.search(text, max(0, start - 24), start))
                     and _NUMBER_IN_BRACKETS_AFTER.match(text, start + len(chain)))
                and sum(1 for _, w in words if w not in _SURNAME_PARTICLES) <= 4
                and not any(w.lower() in function_words() and w not in _SURNAME_PARTICLES or w.lower() in ORG_FIRST_WORDS
                            or w.lower() in NOT_PERSON_WORDS and not (i and self._first(w)) or w.lower() in NOT_PERSON_AFTER
                            for i, (_, w) in enumerate(words))):
            return (start, start + len(chain), "person")  # round 74: "Ingeburg Barkholz – die Passnummer ...", "Entwurf von ..."
        lead = _STATE_OFFICE_LEAD.match(chain) if self.keep_public_figures else None
        if (lead is not None and len(chain[lead.end():].split()) >= 2 and self._context(text, start) is None
                and not _ADDRESSING.search(_rest_of_sentence(text, start, start + len(chain)))
                and not contact_after(text, start + len(chain))
                and text[max(0, start - 8) : start].strip().split(" ")[-1].lower() not in _POSSESSIVES):
            return None  # "Prime Minister Keir Starmer", "Bundesrätin Karin Keller-Sutter": an office of state, a public figure
        if _LOCATION_LINE.search(text, max(0, start - 60), start) and self._context(text, start) is None:
            return None  # "Location: Lock 21, Beatrix Flight": a place on a location's line
        if _AUCTION_LOT_BEFORE.search(text, max(0, start - 12), start):
            return None  # "Lot 16: Penny Red block of 12": an auction's item
        if words and words[-1][1].lower() in DRINK_STYLES and _DRINK_AFTER.match(text, start + len(chain)):
            return None  # "1. Helena Pale 4.2%": a beer on tap
        if len(words) == 2 and words[1][1] == "General" and words[0][1].lower() in place_names():
            return None  # "outpatients, London General": a city's general hospital
        if (_COURSE_WORD_AFTER.match(text, start + len(chain)) and self._context(text, start) is None
                and not self.g.is_common_first_name(words[0][1])):
            return None  # "Course calendar: Day Skipper theory runs ...": a qualification's name
        if len(words) >= 3 and _TITLED_PROJECT_AFTER.fullmatch(chain, words[2][0] - 1):
            return None  # "SIGN-UP: Home Blood Pressure Monitoring Study": a study's title
        if _WORK_TITLE_LABEL.search(text, max(0, start - 48), start):
            return None  # "Función: La casa de Bernarda Alba", "last song: Mr. Brightside": a work's title
        if (len(words) == 1 and _SONG_TITLE_PREFIX.search(text, max(0, start - 8), start) and not self._surname(words[0][1])
                and _SONG_TITLE_END.match(text, start + len(chain)) and text_mentions(_MUSIC_TEXT, text)):
            return None  # "requests this season: Mr. Brightside, September, ...": a song in a text about music
        if _JOB_LABEL.search(text, max(0, start - 40), start) or (
                _PLACE_OR_FIRM_LABEL.search(text, max(0, start - 40), start)
                and not (_EMPLOYER_LABEL.search(text, max(0, start - 40), start) and self._household_employer(words))):
            return None  # "Job title: Staff Nurse": a post, not its holder; "venue: Go Ape", "Entreprise utilisatrice : Daniel"
        partner = _PARTNER_BEFORE.search(text, max(0, start - 24), start)
        if partner is not None and f"{partner.group(1).lower()} {words[0][1].lower()}" in EPONYMOUS:
            return None  # "Marks & Spencer Geschirrspüler", "Procter & Gamble Service": a listed firm
        if " ".join(w.lower().split("-")[0] if i else w.lower() for i, (_, w) in enumerate(words[:2])) in (
                EPONYMOUS | PLACES_NAMED_LIKE_PEOPLE):
            return None  # "Louis Vuitton", "Louis Vuitton-Showroom", "Hong Kong"
        # trim organisation / place words from the end ("Morgan Stanley Bank", "Victoria Street")
        end_text = text[start + len(chain) : start + len(chain) + 12]
        following = re.match(r"[ ]?(?:&|\+|[A-Za-zÀ-ÿ.]+)", end_text)  # one space: not a form's next column
        if (following and (following.group(0).strip(" ").lower().replace(".", "") in NOT_PERSON_AFTER
                           or following.group(0).strip(" ").rstrip(".") == "S.A.T")
                and following.group(0).strip(" ") not in _LOWER_CLITICS  # "S.A.T.": a Spanish farmers' company
                and not _AS_PERSON_ROLE_AFTER.match(text, start + len(chain))):  # "Kevin Green as foster carer", round 56
            word = following.group(0).strip(" ").lower()
            if word not in CONJUNCTIONS:
                return None
            # "Anna Schmidt and Peter Weber": two people; "Müller & Söhne", "Smith and Partners",
            # "Weber und Co.": a firm (the partners-then-company-form case is checked below)
            after = re.match(r"[ ]+(?:(?:" + _PARTICLE + r")[ ])?([A-Za-zÀ-ÿ.&]+)", text[start + len(chain) + following.end():])
            if ((after is None or after.group(1).lower().rstrip(".") in NOT_PERSON_AFTER) and not _COUNT_OF_PEOPLE_AFTER.match(
                    text, start + len(chain) + following.end())
                    and not (word == "en" and _ROMANCE_ARTICLE_AFTER.match(text, start + len(chain) + following.end()))):
                return None  # round 68: not "... de Flavio Falcón Cuevas en el grupo": Spanish "en", then an article
        partners = _PARTNERS.match(text, start + len(chain))
        if (partners is not None and partners.group("suffix").lower().replace(".", "") in NOT_PERSON_AFTER
                and not _AS_PERSON_ROLE_AFTER.match(text, partners.start("suffix") - 1)
                and not self._surname_like_form(text, partners.start("suffix"), partners.group("suffix"))):
            return None  # a firm named after its partners: "Van Assche, Bruyninckx en De Keyser CommV"
        context = self._context(text, start, start + len(chain))
        if (context is None and len(words) >= 2 and words[0][1].lower() in function_words()
                and not self.g.is_common_first_name(words[0][1]) and chain[words[0][0] + len(words[0][1]):].split()[0].islower()):
            return None  # "Für den Kläger wird ...": a preposition and an article, not a first name and a particle
        head = words[0][1].lower() if words else ""
        if (context in (None, "sign_off") and len(words) >= 2 and (head in ("salons", "ateliers", "studios", "bodegas") or any(
                head.endswith(suffix) and len(head) > len(suffix) + 2 for suffix in _ORG_COMPOUND_HEADS))
                and not contact_after(text, start + len(chain))):
            return None  # "Friseursalon Udo Walz", "Kapsalon Rob Peetoom", "Salons Jean Louis David": a house's name
        if context in (None, "title") and _ORG_BEFORE.search(text, max(0, start - 60), start) and not contact_after(
                text, start + len(chain)) and not _HOME_OF_BEFORE.search(text, max(0, start - 24), start):
            return None  # "Cooperativa de Viviendas Clara Campoamor", "Weingut Dr. Loosen": named after someone
        last = words[-1][1].lower().rstrip(".") if words else ""
        if last in NOT_PERSON_AFTER and not (context == "title" and len(words) == 1) and not (
                len(words) == 2 and self._surname_like_form(text, start + words[-1][0], words[-1][1])) and not (
                last in SURNAME_PLACE_WORDS and (len(words) == 2 or context == "label" and len(words) == 3) and self.g.is_common_first_name(words[0][1])
                and (words[0][1].lower() not in not_lone_names() or context == "label")
                and all(self._surname(w) for _, w in words[1:-1])) and not (
                last in SURNAME_PLACE_WORDS and len(words) == 3 and context is None
                and all(self.g.is_common_first_name(w) and w.lower() not in not_lone_names() and w.lower() not in place_names()
                        for _, w in words[:2])):
            # "Morgan Stanley Bank", "Victoria Street"; after a title a lone word is a surname: "Ms. Hill";
            # a common first name (after a label, and a middle name) before a place word that is a
            # common surname: "Amanda Hill", "Leslie Lane", "Patient: Andrea Diane Hill"; round 69: two common first names
            # before it, the second a middle name, with no label ("Draft by Lydia Margaret Hill, please resend")
            return None
        lowered_words = [w.lower() for _, w in words]
        if context is None and len(words) >= 2 and belonging(lowered_words[0]) and self._particle_before(chain, words[1][0]):
            # "die Mutter von Lisa", "Tasche von Jonas Weber": a capitalised noun and "von", then the person
            offset, rest = words[1]
            if len(words) == 2:
                return (start + offset, start + offset + len(rest), "person") if self._lone(
                    text, start + offset, start + offset + len(rest), rest) else None
            return self._judge(text, start + offset, chain[offset:], nested=True)

        def calendar_name(i: int) -> bool:  # "Domingo Quintanilla", "Viaje de Abril Pereira"
            return (lowered_words[i] in CALENDAR_FIRST_NAMES and i + 1 < len(words)
                    and self.g.is_surname(words[i + 1][1]) and lowered_words[i + 1] not in NOT_PERSON_WORDS)

        def word_given_name(i: int) -> bool:  # "Met vriendelijke groet,\nAn Vinck", "Aanwezig: ..., An Van Lierde"
            return (i == 0 and context in ("sign_off", "label", "greeting") and self._word_given_name(words[0][1], words[1:]))

        blocked = [i for i, w in enumerate(lowered_words) if w in NOT_PERSON_WORDS and not calendar_name(i) and not word_given_name(i)]
        if context != "title" and blocked:
            # "Hi Team", "Dear Customer", "Monday": cut the chain before the first such word
            cut = blocked[0]
            if cut == 0 and len(words) >= 3 and not nested and self._first(words[1][1]) and words[1][1].lower() not in NOT_PERSON_WORDS:
                # "To Laura Harris, of ...": a capitalised word that is no name opens the run; judge the rest
                return self._judge(text, start + words[1][0], chain[words[1][0]:], nested=True)
            words = words[:cut]
            if not words:
                return None
        opener = words[0][1].lower()
        if (context is None and not nested and len(words) >= 3 and opener in function_words()
                and opener not in self._spoken and opener not in self._intros and opener not in self._greetings
                and not self.g.is_common_first_name(words[0][1])
                and self.g.is_common_first_name(words[1][1]) and words[1][1].lower() not in function_words()):
            # "Für Anna Schmidt wird ...", "Sobre Marta Ruiz dice ...": a preposition that the name lists
            # also hold opens the run; the name is the rest
            return self._judge(text, start + words[1][0], chain[words[1][0]:], nested=True)
        if (not nested and len(words) >= 2 and opener in _CALL_IMPERATIVES and at_sentence_start(text[max(0, start - 40) : start])
                and self._first(words[1][1]) and words[1][1].lower() not in function_words()):
            # "Ruilen? Bel Sigrid Deckers: +32 ...", round 56: a request to call someone opens the run (Dutch "Bel" is
            # a first name too); the name is the rest
            return self._judge(text, start + words[1][0], chain[words[1][0]:], nested=True)
        first_is_name = self._first(words[0][1]) and not (context is None and opener in LEADING_ARTICLES)
        if context != "title" and (any(w.lower() in ORG_FIRST_WORDS and not (
                context == "label" and i == 0 and self._first(w) and w.lower() in EPONYM_WORDS) and not (
                i >= 1 and len(words) <= 4 and w.lower() in SURNAME_PLACE_WORDS
                and self.g.is_common_first_name(words[0][1]) and words[0][1].lower() not in not_lone_names()
                and all(self._first(m) or self._surname(m) for j, (_, m) in enumerate(words) if j not in (0, i)))
                for i, (_, w) in enumerate(words))
                                   or words[-1][1].lower().endswith(STREET_ENDINGS) and len(words) > 1
                                   and words[-1][1].lower() not in STREET_ENDINGS  # "Henning Kade", "Ute Dijk": surnames
                                   # round 72: in whose name an invoice is made out ("Factuur op naam van Jasmijn
                                   # Moensendijk, kopie naar ...")
                                   and not (self.g.is_common_first_name(words[0][1])
                                            and _IN_NAME_OF_BEFORE.search(text, max(0, start - 16), start)
                                            and not _HOUSE_NUMBER_AFTER.match(text, start + len(chain)))
                                   # round 70: a listed surname after a common first name, no house number after it
                                   # ("Bevestigd door Mohammed Overdijk om 07:31", "begeleidt Nina Oversteeg de ...")
                                   and not (len(words) == 2 and self.g.is_surname(words[1][1])
                                            and self.g.is_common_first_name(words[0][1])
                                            and not _HOUSE_NUMBER_AFTER.match(text, start + len(chain)))
                                   or any(p.lower() in NOT_PERSON_AFTER for p in words[-1][1].split("-")[1:])
                                   or any(p.lower().endswith(INSTITUTION_ENDINGS) for _, w in words for p in w.split("-")[1:])):
            return None  # "Agence Moreau", "Storm Eunice"; "Willem de Zwijgerlaan"; "Robert Koch-Institut"
        if words[0][1].lower() in ANIMALS and len(words) == 2:
            return None  # "Ihr Kater Moritz", "Hund Bello": a pet
        if len(words) >= 2 and _SEASON_EVENT.fullmatch(f"{words[0][1]} {words[1][1]}"):
            return None  # "Summer Camp", "Winter Fair": a season's event, round 61 (not "Irène Van Camp")
        if context is None and len(words) >= 2 and words[0][1].lower() in CAR_MAKES:
            return None  # "Seat León blanco", "Vehicle: Skoda Octavia estate": a car
        if context is None and not nested and len(words) >= 2 and _not_a_person_run(text, start, start + len(chain), words):
            return None  # round 54: "1936 Riley Kestrel", "Ferry Lane allotments", "'Gertrude Jekyll' roses", ...
        if context != "title" and len(words) >= 2 and len(words[-1][1]) > 6 and words[-1][1].lower().endswith(("team", "teams")):
            return None  # "Viele Grüße\nDas Klassenteam", "Het Zorgteam": a team's German or Dutch compound
        if (context is None and len(words) >= 2 and words[0][1].lower() in not_lone_names()
                and (not self.g.is_surname(words[1][1].split("-")[0]) or _JOINED.match(chain, len(words[0][1])))
                and not (self.g.is_common_first_name(words[0][1]) and _DUTCH_GERMAN_PARTICLE.match(chain, len(words[0][1])))
                and not contact_after(text, start + len(chain))):
            return None  # "Lyon Part-Dieu", "Dublin Tesco": a place and a thing in it; "Madrid y Toledo": two places
        if (context is None and len(words) == 2 and words[0][1].lower() in place_names()
                and words[1][1].lower() in FACILITY_AFTER and not contact_after(text, start + len(chain))):
            return None  # "Denver Marina", "Florence Ward": a place's marina, a hospital's ward named after a city
        if (context is None and len(words) == 2 and words[0][1].lower() in not_lone_names()
                and not self.g.is_common_first_name(words[0][1])
                and words[1][1].lower() in not_lone_names() and not contact_after(text, start + len(chain))):
            return None  # "London Victoria", "Paris Nord": a station named by two places
        if context is None and len(words) == 2 and words[0][1].lower() in GERMAN_DETERMINERS:
            return None  # "Meine Nummer ist ...", "Keine Angabe": a German determiner, then a noun
        if (context is None and len(words) >= 2 and words[0][1].lower() in WEEKDAY_ABBREVIATIONS
                and words[1][1].lower() in MONTH_ABBREVIATIONS):
            return None  # "Date: Mon Mar 2 09:14:07 2026": a date stamp
        if context is None and len(words) >= 2 and not (
                not first_is_name and any(self.g.is_common_first_name(w) for _, w in words[1:-1])) and (
                _THING_ARTICLE.search(text, max(0, start - 8), start) or _DUTCH_ARTICLE_OPENING.search(text, max(0, start - 8), start)):
            # "the Charles Darwin", "a Tom Collins", "het Christiaan Huygens": a thing named after someone;
            # not "un Bizum de Estela Barroso", where the article is the noun's before the name
            return None
        if context is None and len(words) >= 2 and _SPANISH_ARTICLE.search(text, max(0, start - 5), start):
            return None  # "a la altura del Santiago Bernabéu", "llegada al Adolfo Suárez": a stadium, an airport
        if context is None and _NAMED_AFTER.search(text, max(0, start - 60), start):
            return None  # "naming the new wing after Ada Lovelace", "benannt nach Lise Meitner": a thing named after someone
        if context is None and len(words) >= 2 and (_INSTITUTION_QUOTE_BEFORE.search(text, max(0, start - 30), start)
                                                     or _in_quoted_title(text, start, start + len(chain))):
            return None  # "Die Kita „Astrid Lindgren“", "«La casa de Bernarda Alba»", "'The Prime of Miss Jean Brodie'"
        if (context is None and len(words) >= 2 and _quote_within(text, start, 2)
                and _NAMED_THING_BEFORE.search(text, max(0, start - 160), start)):
            return None  # "Conference room 'Ada Lovelace'", "der Zug „Albert Einstein“": a thing named after someone
        if context is None and len(words) >= 2 and self.keep_public_figures and _public_figure(
                text, start, start + len(chain), words[0][1]):
            return None  # "Mark Rutte was ... minister-president", "– Albert Einstein", "Príncipe Pío"
        if (context is None and _CUSTOMER_OF.search(text, max(0, start - 24), start) and words
                and words[0][1].lower() in not_lone_names() and not contact_after(text, start + len(chain))):
            return None  # "Ya eres cliente de Luz Clara": a supplier named with a word ("Luz"), not "cliente de Ana Torres"
        if _VESSEL_PREFIX.search(text, max(0, start - 5), start):
            return None  # "on the MV Victoria Star", "Bootsliste - MY Blue Spirit"
        if context is None and _EPONYM_BEFORE.search(text, max(0, start - 48), start):
            return None  # "el hospital Gregorio Marañón", "le lycée Victor-Hugo", "syndrome de Gilles de la Tourette"
        if context in ("label", "greeting", "spoken") and _ANIMAL_AFTER.match(text, start + len(chain)):
            return None  # "Paciente: Luna (mestiza, 6 años)": a pet
        if context == "title":
            if (self.keep_public_figures and len(words) == 1 and _PEER_TITLE.search(text, max(0, start - 8), start)
                    and not contact_after(text, start + len(chain))
                    and _ADDRESSING.search(_rest_of_sentence(text, start, start + len(chain))) is None):
                return None  # "Lord Neuberger and Lady Hale (dissenting)": peers and judges; "the Lord Nelson": a pub
            if (self.keep_public_figures and len(words) >= 2 and _KNIGHTED.search(text, max(0, start - 30), start)
                    and _NARRATED_AFTER.match(text, start + len(chain)) and not contact_after(text, start + len(chain))):
                sentence = _rest_of_sentence(text, start, start + len(chain))
                if _ADDRESSING.search(sentence) is None and _PARTICULARS.search(sentence) is None:
                    return None  # "Sir John Charnley developed ...", "Sir Robert Peel's nine principles": a knight in a narrative
            if (self.keep_public_figures and len(words) >= 2 and words[-1][1].lower() in FACILITY_AFTER
                    and _PEER_TITLE.search(text, max(0, start - 8), start)):
                return None  # "Lord Nelson Hall", "Lady Astor House": a building named after a peer
            if (words[0][1].lower() in TITLE_ROLE_NOUNS or _brand_after_its_title(text, start, words[0][1].lower())
                    or words[0][1].lower().endswith(GERMAN_ROLE_ENDINGS)):
                return None  # "Frau Kollegin", "Herr Kollege", "Monsieur le Président"; "Dr. Oetker", "Dr. Martens"
            # the surname (and first names) after a title: at most 3 words, the later ones names;
            # a particle between the title and the name belongs to the name ("Dhr. de Vries")
            particle = _TRAILING_PARTICLE.search(text, max(0, start - 12), start)
            if particle is not None:
                kept = [words[0]] + [w for w in words[1:3] if self._surname(w[1])][:2]
                span = self._span(start, chain, kept)
                assert span is not None  # kept holds words[0]
                return (particle.start(), span[1], "person")
            kept = [words[0]]
            for w in words[1:3]:
                if self._surname(w[1]):
                    kept.append(w)
                else:
                    break
            span = self._span(start, chain, kept)
            given = _GIVEN_AFTER.match(text, span[1]) if span is not None and len(kept) == 1 else None
            given_name = given.group(0).strip(" ,") if given is not None else ""
            if (span is not None and given is not None and " " not in given_name and self._first(given_name)
                    and not _in_attendance_list(text, start)):
                # "Name, Vorname: Dr. Gassner, Jakub", "Betreft: de heer Mestdagh, Sabrina": the surname,
                # then the given name that ends the field
                return (span[0], given.end(), "person")
            return span
        if context == "intro":
            # "my name is ...": the run is a name even when its first word is not a listed first
            # name ("me llamo Xiomara Ponce"), up to four words, until a word that names a thing
            kept = []
            for w in words[:4]:
                if w[1].lower() in NOT_PERSON_AFTER or w[1].lower() in NOT_PERSON_WORDS:
                    break
                kept.append(w)
            if not kept or not (first_is_name or len(kept) >= 2):
                return None
            return self._span(start, chain, kept)
        if (context == "spoken" and len(words) == 1 and words[0][1].lower() in not_lone_names()
                and not _WHO_AFTER_INTRO.match(text, start + len(chain))):
            return None  # "I'm Happy", "je suis France": a word or a place
        if (context == "sign_off" and len(words) == 1 and words[0][1].lower() in function_words()
                and re.match(r"[ ]+[a-zß-ÿ]", text[start + len(chain) : start + len(chain) + 3])):
            return None  # "Cordialement,\nLe secrétariat", "Saludos,\nEl equipo": an article, not a name
        if context == "sign_off" and len(words) == 1 and _firm_list_after(text, start + len(chain)):
            return None  # round 70: "With kind regards,\nWarren, Dunphy and Flinn Funeral Directors": a firm signs
        if context == "label" and len(words) <= 2 and not any(
                w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for _, w in words):
            surname_label = _SURNAME_LABEL.search(text, max(0, start - 40), start)
            if surname_label is not None:
                # "Nachname: Rogner", "Apellidos: Palacios Criado", "Name, Vorname: Rogner, Ingetraud":
                # the label says a surname stands there, listed or not
                span = self._span(start, chain, words)
                assert span is not None
                given = _GIVEN_AFTER.match(text, span[1]) if surname_label.group("given") else None
                return (span[0], given.end() if given else span[1], "person")
        if context == "label" and _speaker_sentence(text, start, words[0][1], self.g.is_common_first_name(words[0][1])):
            return None  # "Klant: Is de Model Y nog leverbaar?", "Mitarbeiter: Ja, EAN ...": the speaker's sentence
        if (context == "label" and len(words) == 1 and (words[0][1].lower() in _POSSESSIVES or words[0][1].lower() in (
                "meine", "mein", "mijn", "sa", "son", "su", "sus", "his", "her")) and re.match(r"[ ]+[a-zß-ÿ]", text[start + len(chain):])):
            return None  # "Appelante : Ma mère, Mme Toussaint", "Anruferin: Meine Tochter ...": a possessive and a noun
        if (context == "label" and len(words) == 1 and words[0][1].lower() in (ANSWER_WORDS | _TURN_OPENERS)
                and _ANSWER_END.match(text, start + len(chain)) and not contact_after(text, start + len(chain))):
            return None  # "Compradora: Perfecto, mándala a ...", "Klant: Prima, dan ...": the speaker's answer
        if (context == "label" and words[0][1].lower() in function_words() and words[0][1] not in WORD_GIVEN_NAMES
                and _answer_goes_on(text, start + len(words[0][1]))):
            return None  # "Appelant : Le 16.01.2002.", "Medewerker: Mag ik uw geboortedatum ...": a transcript's answer
        if context == "label" and len(words) == 1 and (words[0][1].lower() in ORG_FIRST_WORDS or words[0][1].lower() in ANIMALS):
            return None  # "Cliente: Ayuntamiento, a la atención de ...": an institution, whatever the name lists hold
        if len(words) == 1 and _numbered_place(text, start + len(chain), words[0][1]):
            return None  # "Requested by: Ward 7 (Respiratory)": a hospital's numbered ward
        if context == "label" and (words[0][1].lower() in self._greetings or " ".join(
                w.lower() for _, w in words[:2]) in self._greetings):
            return None  # "Kunde: Hallo, meine Karte ...", "Kunde: Guten Tag, ...": the customer greets
        if not nested and 2 <= len(words) <= 3 and self._row_beside_full_names(text, start, start + len(chain), words):
            return self._span(start, chain, words)  # round 72: "Almut Barkholz: Mo, Di" above "Sereina Steinmann: Di"
        if context in ("greeting", "sign_off", "label", "spoken"):
            if not first_is_name:
                only = words[0][1].lower()
                if (len(words) == 1 and only not in NOT_PERSON_WORDS and only not in function_words()
                        and only not in not_lone_names() and only not in CONTEXT_WORDS
                        and context == "label" and contact_after(text, start + len(chain))):
                    return (start, start + len(chain), "person")  # "Contact : Margaud, 0223139566": a contact's name
                if (context == "label" and 2 <= len(words) <= 4 and self.g.is_surname(words[1][1])
                        and (not _GENERIC_NAME_LABEL.search(text, max(0, start - 16), start)
                             or _SURNAME_LABEL.search(text, max(0, start - 40), start))
                        and not any(w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for _, w in words)):
                    # "Tomador: Clímaco Torrents", "Patient(e) : Arnaude Leroux": an unlisted first
                    # name before a listed surname, where the label says a person stands
                    return self._span(start, chain, words[:3] if len(words) >= 3 and self.g.is_surname(words[2][1]) else words[:2])
                if (context == "label" and len(words) == 3 and _GENERIC_NAME_LABEL.search(text, max(0, start - 16), start)
                        and _ITEM_END.match(text, start + len(chain)) and all(self.g.is_surname(w) for _, w in words[1:])
                        and words[0][1].lower() not in function_words() and words[0][1].lower() not in ORG_FIRST_WORDS
                        and words[0][1].lower() not in BUSINESS_FIRST_WORDS and words[0][1].lower() not in not_lone_names()
                        and not any(w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS for _, w in words)):
                    # "Nombre: Teobaldo Gonzalez Leon": under a generic name key, an unlisted first name
                    # before two listed surnames (a Spanish name's two) that are the line's whole value; not
                    # "Name: Kubernetes Gold", a product and one surname-like word
                    return self._span(start, chain, words)
                if (context == "sign_off" and len(words) in (2, 3) and all(self.g.is_surname(w) for _, w in words[1:])
                        and _ends_line(text, start + len(chain)) and words[0][1].lower() not in function_words()
                        and not any(w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS
                                    or w.lower() in ORG_FIRST_WORDS for _, w in words)):
                    return self._span(start, chain, words)  # "Un saludo,\n\nCalixta Zamorano\nResponsable de Compras"
                return None
            if (context == "label" and len(words) == 1 and words[0][1].lower() in not_lone_names()
                    and not contact_after(text, start + len(chain)) and not _explicit_name_label(text, start)
                    and not _ROLE_IN_BRACKETS_AFTER.match(text, start + len(chain))  # "given by: Amber (school nurse)"
                    and not self._in_list_of_first_names(text, start, start + len(chain))
                    and not self._excused(text, start) and not _in_wedding_party(text, start)):
                return None  # "Present: Berlin office, Paris": a place in a list; not "Contact 1: Max, (0590)-671852"
            if context == "label" and len(words) == 1 and _interpreted_language(text, start, words[0][1]):
                return None  # "Interpreter: Dari, booked via the agency": the language interpreted, round 60
            kept = [words[0]]
            for w in words[1:4]:
                if self._surname(w[1]):
                    kept.append(w)
                else:
                    break
            if (context == "label" and len(kept) < len(words) and 2 <= len(words) <= 4
                    and (_ITEM_END.match(text, start + len(chain)) or _NUMBER_AFTER_VALUE.match(text, start + len(chain)))
                    and " y " not in chain and " i " not in chain and not any(
                        w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS or w.lower() in function_words()
                        for _, w in words[len(kept):])):
                # "Aanwezig: ..., Mirte Kleibrink (beheerder)", "Versicherte Person: Gerdi Oestrovsky", "Reiziger:
                # Floris Jaylinn van Haeften": the whole value of a person's label or list item, with an unlisted
                # surname or middle name; not two people joined by "y" ("Herederos: Hugo Barros y Emigdio Zapata")
                kept = list(words)
            if (len(kept) == 1 < len(words) and context in ("sign_off", "greeting")
                    and words[0][1].lower() in function_words()):
                return None  # "Un saludo,\nEl Consejo Rector", "Met vriendelijke groet,\nDe Raad van Bestuur": an article
            if len(kept) == 1 < len(words) and context == "sign_off" and _legal_form_at(text, start + words[1][0] - 1):
                return None  # round 70: "With kind regards,\nLittle Ltd Funeral Directors": a firm signs
            return self._span(start, chain, kept)
        if (len(words) >= 3 and not first_is_name and words[0][1].lower() not in PLACE_PREFIX
                and words[0][1].lower() not in function_words()  # "Ihr Kind Jonas": a pronoun, not a first name
                and words[0][1].lower() not in not_lone_names()  # "Bristol Temple Meads": a place and its station
                and not any(w.lower() in _ENGLISH_PRONOUNS for _, w in words[1:3])  # "Making Her Self Up": a title
                and self.g.is_surname(words[1][1]) and self.g.is_surname(words[2][1])
                and not (context is None and self.g.is_common_first_name(words[1][1]))  # "Termin Anna Schmidt": see below
                and not any(w.lower() in NOT_PERSON_AFTER for _, w in words[:3])  # "Brass Band Bern", round 61
                and not self._particle_before(chain, words[1][0]) and not self._particle_before(chain, words[2][0])):
            # a rare first name and two surnames: "Sigfrido Criado Montserrat"; not a product and its
            # maker, "Kubernetes Gold von Bosch", "Jira Cloud von Miele"
            return self._span(start, chain, words[:3])
        if not first_is_name and context is None and not nested and words[0][1].lower() not in PLACE_PREFIX:
            # German capitalises every noun, and a role word often stands right before a name:
            # "Neue Mitarbeiterin Nikolai Geisler", "Termin Anna Schmidt", "Patient Enya Derrig".
            # Judge the chain again from its first known first name, as if the words before it
            # were lower-case; the rest of the rules (a surname must follow, no organisation or
            # place words) apply unchanged.
            if words[0][1].lower().endswith(INSTITUTION_ENDINGS):
                return None  # "Universitätsklinikum Carl Gustav Carus Dresden": an institution named after someone
            for offset, inner in words[1:-1]:
                if inner.lower() in PLACE_PREFIX or inner.lower() in NOT_PERSON_AFTER or inner.lower().endswith(INSTITUTION_ENDINGS):
                    break  # "Das Universitätsklinikum Carl Gustav Carus": an institution named after someone
                if self._first(inner) and inner.lower() not in _ENGLISH_PRONOUNS:  # "Making Her Self Up": a title
                    if (not self.g.is_common_first_name(inner) and self._particle_before(chain, words[-1][0])
                            and chain[:offset].split()[-1].lower() not in self._labels):
                        break  # "Kubernetes Gold von Bosch": a product and its maker, not "Gold von Bosch"
                    return self._judge(text, start + offset, chain[offset:], nested=True)
        if (not first_is_name and context is None and len(words) in (2, 3)
                and (_PERSON_DETAIL_AFTER.match(text, start + len(chain)) or _ABSENT_AFTER.match(text, start + len(chain))
                     or _FUNERAL_OF_BEFORE.search(text, max(0, start - 32), start)
                     or _KIN_PAREN_BEFORE.search(text, max(0, start - 16), start) and _KIN_PAREN_END.match(text, start + len(chain)))
                and all(self.g.is_surname(w) for _, w in words[1:]) and words[0][1].lower() not in function_words()
                and words[0][1].lower() not in PLACE_PREFIX and not any(
                    w.lower() in NOT_PERSON_AFTER or w.lower() in NOT_PERSON_WORDS or w.lower() in ORG_FIRST_WORDS for _, w in words)):
            # an unlisted first name and listed surnames, then a birth date, an identity document or the
            # legal age, or who cannot come: "De una parte, Azeneth Espinosa, mayor de edad, con NIE ...", "Xiomar
            # Pérez (geb. ...)", "Mahmoud Bauer fällt heut abend aus", "Emigdio Vergara no puede venir hoy"; whose funeral it
            # is ("Sepelio de Sabas Ugarte", "Uitvaart van Faas Voortman")
            return self._span(start, chain, words)
        if len(words) < 2 or not first_is_name or words[0][1].lower() in PLACE_PREFIX:
            return None
        before = text[max(0, start - 12) : start].rstrip().lower()
        if ((before.endswith(tuple(f" {p}" for p in PLACE_PREFIX_BEFORE)) or before in PLACE_PREFIX_BEFORE)
                and not _IN_THE_NAME_OF.search(text, max(0, start - 40), start)):
            return None
        if _STREET_OF.search(text, max(0, start - 24), start):
            return None  # "la avenida de Pablo Neruda", "calle de Federico García Lorca": a street named after someone
        kept = [words[0]]
        common = self.g.is_common_first_name(words[0][1]) or all(
            self.g.is_common_first_name(p) for p in words[0][1].split("-"))
        for w in words[1:5]:
            # after a common first name, any capitalised word is taken for a surname (most surnames
            # are rare: the gazetteer lists only the common ones), unless it names a thing; after
            # a rarer one ("Key Vault", "Pod Identity") only a known surname or a particle's word
            lowered_word = w[1].lower()
            if lowered_word in NOT_PERSON_WORDS or (lowered_word in NOT_PERSON_AFTER and not (
                    lowered_word in SURNAME_PLACE_WORDS and common and w is words[-1]) and not (
                    len(words) == 2 and self._surname_like_form(text, start + w[0], w[1]))):
                break  # "Victoria Street", "Morgan Stanley Bank"; but "Amanda Hill"
            if lowered_word in _PRONOUNS:
                break  # "Waren Sie": a pronoun, not a surname
            if (len(lowered_word) >= 8 and lowered_word.endswith(_GERMAN_NOUN_ENDINGS) and not self.g.is_surname(w[1])
                    and not self._particle_before(chain, w[0])):
                break  # "Weber Rettungssatz", "Bosch Bohrmaschine": a maker and a German noun, not a surname
            after_article = re.search(r"(?:^|[ ])(?<!van )(?<!von )(?:das|des|der|den|dem)[ ]$", chain[: w[0]].lower()) is not None
            if after_article and not self.g.is_surname(w[1]):
                break  # "Alex Schenk das Amt des Kassenwarts": a German article, then a noun
            if (common and not kinship) or self._surname(w[1]) or self._particle_before(chain, w[0]):
                kept.append(w)  # after "Tante", "Mère" only a listed surname: "Tante Fanny Blätterteig" is dough
            else:
                break
        if len(kept) == 1 and len(words) == 2 and context is None and (
                _above_an_address(text, start, start + len(chain)) or _PERSON_DETAIL_AFTER.match(text, start + len(chain))
                or _OBITUARY_AFTER.match(text, start + len(chain)) or _PRIVATE_ROLE_BRACKET.match(text, start + len(chain))
                or _DATE_IN_BRACKETS_AFTER.match(text, start + len(chain)) and _NUMBERED_LINE_BEFORE.search(
                    text, text.rfind("\n", 0, start) + 1, start)):
            # "Korinna Losekann\nVoglerplatz 341, ...": a letter's or a label's addressee;
            # "Rouven Höfig (geb. 1. November 2005)": a person's particulars follow
            kept.append(words[1])
        elif len(kept) == 1 and len(words) == 2 and _IN_NAME_OF_BEFORE.search(text, max(0, start - 24), start):
            kept.append(words[1])  # round 72: "Rechnung auf Gesine Lüttke ausstellen": whose name the bill bears
        if len(kept) < 2:
            return None
        return self._span(start, chain, kept)

    @staticmethod
    def _particle_before(chain: str, offset: int) -> bool:
        """A word after a particle ("van der Meer", "del Río") is a surname whatever it is."""
        head = chain[:offset].rstrip().lower()
        return bool(re.search(rf"(?:^|[ ]){_PARTICLE}$", head))

    @staticmethod
    def _span(start: int, chain: str, kept: list[tuple[int, str]]) -> Span | None:
        if not kept:
            return None
        first_off, _ = kept[0]
        last_off, last = kept[-1]
        return (start + first_off, start + last_off + len(last), "person")

    def _round78b_people(self, text: str, found: list[Span], lower: str) -> Iterator[Span]:
        """Round 78 (marsh's missed persons, part two, by a helper): first and full names, listed or not, in frames that
        make them people: who acknowledged an alert ("Acknowledged by Gemma Hartley: ...", "Bestätigt von Friedhelm
        Kadow:", "Acquitté par Rosine Vautrin :", "Reconocido por Macaria Río:", "Bevestigd door Marie-Thérèse
        D'hondt:"); a CI's or an env's user-name variable holding a name, not a handle ("CIRCLE_USERNAME=Keith",
        "GITLAB_USER_NAME=Keith Morgan", "BUILD_REQUESTEDFOR=Ana Ruiz"); a caller introducing herself ("Hi, it's Dawn
        from the clinic", "Bonjour, c'est Margaud de la pharmacie", "Hallo, hier ist Jana von der Praxis", "Hola, soy
        Emigdio de la gestoría", "Goedemiddag, met Sanne van de tandarts"); a note for someone ("Notitie voor Milan:",
        "notiz für Ehrhard:", "Note pour Solène :", "Nota para Emigdio:"); a message's greeting, the addressee's first
        name after it, then the sender's introduction or a second-person word ("Bonjour Margaud, c'est ...", "buenas
        Emigdio, soy ...", "Hola Julio! Te recuerdo ..."); a relative's or a patient's full name that no list holds ("zoon
        Vigo van Ginneke ingelicht", "Uw patiënt Ninthe Waardeloo, geboren ..."); a rota's weekday rows ("Di Lilia", "ma:
        Rosa ((0329) ...)") beside two other rows whose persons were found; a person's label, then a full name whose first
        name is also a word ("Melder: Sep van de Velden, tel."); an addressee after a dash mid-message with a
        second-person word after ("... – Erina, bei dir steht noch ...").

        `lower` is the text lower-cased: the caller's introduction is scanned for only where the text holds one of its cue
        words (_R78B_CALLER_INTRO_CUES), as most texts hold none and a scan of every text costs."""
        taken = [(start, end) for start, end, _ in found]
        spans: list[tuple[int, int, bool]] = []  # (start, end, whether a name that no list holds will do)
        if "by " in text or "von " in text or "par " in text or "por " in text or "door " in text:
            spans.extend((*m.span("name"), False) for m in _R78B_ACKNOWLEDGED_BY.finditer(text))  # not "Acknowledged by Ops:"
        if "=" in text or ":" in text:
            spans.extend((*m.span("name"), False) for m in _R78B_CI_USER_NAME.finditer(text))
        callers = _R78B_CALLER_INTRO.finditer(text) if any(cue in lower for cue in _R78B_CALLER_INTRO_CUES) else ()
        spans.extend((*m.span("name"), False) for m in callers
                     if m.group("name").lower() not in place_names()  # not "This is Paris from the air"
                     and not (m.group("name").rpartition(" ")[2].lower() in NOT_PERSON_AFTER  # nor "this is Greenway
                              and not self.g.is_common_first_name(m.group("name").partition(" ")[0])))  # School of Motoring"
        spans.extend((*m.span("name"), True) for m in _R78B_NOTE_FOR.finditer(text)
                     if m.group("name").lower() not in CALENDAR_FIRST_NAMES and (
                         " " in m.group("name") or self._first(m.group("name")) or self.g.is_surname(m.group("name"))))
        for m in _R78B_GREETING_NAME.finditer(text):
            intro = _R78B_INTRO_OR_YOU.match(text, m.end())
            lowered = m.group("name").lower()
            if intro is None or lowered in self._greetings:
                continue
            if lowered in _R78B_GROUP_ADDRESSES or not self._first(m.group("name")) and (
                    lowered.endswith("s") or _R78B_GERMAN_AFTER.match(intro.group(0))):
                continue  # "Hola Chicos! Os ...", "Bonjour Messieurs, je ...", "Hallo Nachbarn, hier ist ...": a group, a noun
            spans.append((*m.span("name"), True))
        for m in _R78B_KIN_OR_PATIENT_FULL_NAME.finditer(text):
            if " " in m.group("name"):
                spans.append((*m.span("name"), True))
        if ":" in text:
            for m in _R78B_LABELLED_FULL_NAME.finditer(text):
                if (m.group("label").lower() in self._labels and " " in m.group("name")
                        and self._first(m.group("name").split()[0])):
                    spans.append((*m.span("name"), False))
        for m in _R78B_DASH_ADDRESSEE.finditer(text):
            if _SECOND_PERSON.search(re.split(r"[.!?\n]", text[m.end("name") : m.end("name") + 40])[0]):
                spans.append((*m.span("name"), False))
        if found and "\n" in text:
            rows = list(_R78B_WEEKDAY_ROW.finditer(text))
            if len(rows) >= 3:
                people = [(start, end) for start, end, category in found if category == "person"]
                for m in rows:
                    line_end = text.find("\n", m.start("name"))
                    if any(a < (len(text) if line_end < 0 else line_end) and m.start("name") < b for a, b in people):
                        continue
                    if sum(o is not m and any(o.start() <= a < o.end() + 40 and text.find("\n", o.start(), a) < 0
                                              for a, _ in people) for o in rows) >= 2:
                        spans.append((*m.span("name"), False))
        for start, end, unlisted in spans:
            words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
            if (start, end) in taken or any(a < end and start < b for a, b in taken) or not self._r78b_name(words, unlisted):
                continue
            taken.append((start, end))
            yield (start, end, "person")

    def _r78b_name(self, words: list[tuple[int, str]], unlisted: bool) -> bool:
        """Round 78: whether capitalised words in a frame that makes them a person are a name: each word name-shaped, no
        function word (but a particle), no firm's or organisation's word, no label; a word that a list of things, places or
        months holds only where the lists know it as a first name or a surname ("Julio", "Sep", "Kade", "Milan"); one word
        alone a listed first name, or (`unlisted`) any such word ("Margaud", "Emigdio")."""
        if not 1 <= len(words) <= 4 or words[0][1] in _SURNAME_PARTICLES:
            return False
        for _, word in words:
            lowered = word.lower()
            if word in _SURNAME_PARTICLES:
                continue
            if (not _ROW_NAME_WORD.fullmatch(word) or lowered in function_words() or lowered in ORG_FIRST_WORDS
                    or lowered in BUSINESS_FIRST_WORDS or lowered in self._greetings or lowered in self._sign_offs
                    or lowered in self._labels and not self._first(word)):
                return False
            if ((lowered in NOT_PERSON_WORDS or lowered in NOT_PERSON_AFTER or lowered in place_names() or lowered in CONTEXT_WORDS)
                    and not (self._first(word) or len(words) > 1 and self._surname(word))):
                return False
        return len(words) > 1 or unlisted or self._first(words[0][1])

    def _round79p_people(self, text: str, found: list[Span], lower: str) -> Iterator[Span]:
        """Round 79 (carr's missed persons, by a helper): first and full names, listed or not, in frames that make them
        people: a wedding's title, the couple's first names joined ("Hochzeit Déborah & Vera - Zusagen", "Wedding of Amy &
        Tom – RSVPs", "Boda de Ana y Luis"); a child away from Sunday school or children's church ("Cindy won't be at
        sunday club", "Ella komt zondag niet naar de kindernevendienst", "Domingo no viene a la catequesis"); a carer's or
        an on-site trainer's label, then the first name ("Auxiliar: Espiridión", "Aide à domicile : Honoré", "Trainer vor
        Ort: Lily, Handy ..."); to whom things are handed or replies sent, and who reviews ("Inleveren bij Lutgardis voor
        ...", "bis Freitag bei Mercedes abgeben", "Rückmeldung bis ... an Lana.", "Revisa Maricela."); a kisses sign-off at
        the text's end ("... pls) xx Vanessa", "Karen xx"); a Dutch surname after "'s" or "'t" ("Iris 's Gravensande",
        "Jan 't Hart"); a crew's seat above the stroke's or the cox's line ("Bow: Sheree Holland\nStroke: ..."); a patient
        after "Pat." or "pac." ("Pat. Cecilia Freitag, diab. ...", "pac. Azeneth Ordóñez, ..."); whose message a
        moderator deleted ("eliminado el mensaje de Sosimo Barba").

        `lower` is the text lower-cased: most frames' patterns scan the text only where it holds one of the frame's cue
        words (the _CUES constants beside them), as most texts hold none and a scan of every text costs."""
        taken = [(start, end) for start, end, _ in found]
        people = any(category == "person" for _, _, category in found)
        spans: list[tuple[int, int]] = []
        if "&" in text or " and " in text or " und " in text or " et " in text or " y " in text or " en " in text or "+" in text:
            for m in _R79P_WEDDING_TITLE.finditer(text):
                pair = [m.span("name"), m.span("name2")]
                checks = [self._r79p_name(text[a:b], unlisted=False, words=True) for a, b in pair]
                plain = [text[a:b].split()[0].lower() not in not_lone_names() for a, b in pair]
                if all(checks) and any(plain):
                    spans.extend(pair)
        if any(cue in lower for cue in _R79P_CHILDREN_CHURCH_CUES) and _R79P_CHILDREN_CHURCH.search(text):
            for m in _R79P_CHILD_ABSENT.finditer(text):
                rest = m.group("rest")
                if (_R79P_CHILDREN_CHURCH.search(rest) and (m.group("away") or _R79P_NEGATION.search(rest))
                        and m.group("name").split()[0].lower() not in _R79P_NOT_A_CHILD
                        and self._r79p_name(m.group("name"), unlisted=True, words=True, calendar=True)):
                    spans.append(m.span("name"))
        if ":" in text:
            spans.extend(m.span("name") for m in _R79P_CARER_LABEL.finditer(text)
                         if m.group("name").lower() not in _R79P_NOT_A_CHILD
                         and self._r79p_name(m.group("name"), unlisted=people, words=True))  # not "Carer: Mother"
            for m in _R79P_CREW_SEAT.finditer(text):
                crew = _R79P_CREW_ANCHOR_LINE.search(text, m.end(), m.end() + 400)
                if crew is not None and self._r79p_name(m.group("name"), unlisted=False, words=True):
                    spans.append(m.span("name"))
        handed = _R79P_HANDED_TO if any(cue in lower for cue in _R79P_HANDED_TO_CUES) else ()
        replies = (_R79P_REPLIES_TO,) if any(cue in lower for cue in _R79P_REPLIES_TO_CUES) else ()
        for pattern in (*handed, *replies):
            for m in pattern.finditer(text):
                name = m.group("name")
                lowered = name.split()[0].lower()
                if lowered in place_names() or lowered in _R79P_CARRIERS:
                    continue  # "bis Freitag in Paris abgeben", "Retoure bei Hermes abgeben": a place, a parcel carrier
                strong = people and m.group("deadline") is not None
                if lowered in _r79p_brands() and not strong:
                    continue  # "Leasingwagen bei Mercedes abgeben": a brand, unless a deadline and others' data say who
                german_or_english = pattern in (_R79P_HANDED_TO[1], _R79P_HANDED_TO[4]) or pattern is _R79P_REPLIES_TO and (
                    text[max(0, m.start("name") - 3) : m.start("name")] in ("an ", "to "))
                if self._r79p_name(name, unlisted=strong and not german_or_english, words=True):
                    spans.append(m.span("name"))  # a name no list holds not where a noun is capitalised or a firm likely
        for m in _R79P_REVIEWS.finditer(text) if any(cue in lower for cue in _R79P_REVIEWS_CUES) else ():
            if m.group("name").lower() not in place_names() and self._r79p_name(m.group("name"), unlisted=False, words=True):
                spans.append(m.span("name"))
        for m in _R79P_KISSES_SIGN_OFF.finditer(text) if _r79p_kisses_cued(text, lower) else ():
            name = m.group("name") or m.group("name2")
            if self._r79p_name(name, unlisted=False, words=False):
                spans.append(m.span("name") if m.group("name") else m.span("name2"))
        if "'" in text or "’" in text:
            for m in _R79P_APOSTROPHE_SURNAME.finditer(text):
                if (self._first(m.group("first")) and m.group("first").lower() not in function_words()
                        and not m.group("first").isupper()  # not "Bezoektijden PI 't Harde": a prison's initials
                        and m.group("last").lower() not in _R79P_DUTCH_TIME_WORDS):
                    start, end = m.span("name")
                    taken = [(a, b) for a, b in taken if not start <= a < b <= end]  # "Kees" found: the whole name outgrows it
                    spans.append((start, end))
        if "." in text or ":" in text:
            spans.extend(m.span("name") for m in _R79P_PATIENT_ABBREVIATION.finditer(text)
                         if self._r79p_name(m.group("name"), unlisted=True, words=True))
        for pattern in (_R79P_MESSAGE_DELETED, _R79P_MESSAGE_OF_DELETED) if any(cue in lower for cue in _R79P_MESSAGE_CUES) else ():
            spans.extend(m.span("name") for m in pattern.finditer(text)
                         if self._r79p_name(m.group("name"), unlisted=" " in m.group("name"), words=False))
        for start, end in spans:
            if (start, end) in taken or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            yield (start, end, "person")

    def _r79p_name(self, name: str, unlisted: bool, words: bool, calendar: bool = False) -> bool:
        """Round 79: whether capitalised words in one of _round79p_people's frames are a name: one to three name-shaped
        words, no firm's or organisation's word, no greeting or label; the first a listed first name (one that is also
        a function word, "Ella", "Pero", in these frames too), with `words` one that a list of words, places or brands
        holds, with `calendar` a weekday's or a month's ("Domingo"); with `unlisted` a word no list holds at all
        ("Espiridión", "Alexandrie"), alone or before surnames ("Azeneth Ordóñez", "Sosimo Barba"); the words after the
        first listed surnames or first names, or name-shaped when the first is listed."""
        parts = name.split()
        if not 1 <= len(parts) <= 3:
            return False
        for word in parts:
            lowered = word.lower()
            if (not _ROW_NAME_WORD.fullmatch(word) or lowered in ORG_FIRST_WORDS or lowered in BUSINESS_FIRST_WORDS
                    or lowered in self._greetings or lowered in self._sign_offs or lowered in self._labels and not self._first(word)):
                return False
        first, lowered = parts[0], parts[0].lower()
        if len(first) >= 11 and lowered.endswith(_LONG_NOUN_ENDINGS) or lowered in _R79P_TITLE_WORDS:
            return False  # "Vereinsgeschäftsstelle"; "Afmelden bij Mevr. Vermeulen": a title, its surname after
        if lowered in CALENDAR_FIRST_NAMES or lowered in _R79P_CALENDAR_WORDS:
            if not (calendar and lowered in CALENDAR_FIRST_NAMES):
                return False  # "Domingo no viene a la catequesis", not "Sunday School won't be ..."
        elif not words and (lowered in not_lone_names() or lowered in NOT_PERSON_WORDS or lowered in NOT_PERSON_AFTER
                            or lowered in CONTEXT_WORDS):
            return False
        if self._first(first):
            listed = True
        elif (unlisted and lowered not in function_words() and not self.g.is_surname(first) and lowered not in not_lone_names()
              and lowered not in NOT_PERSON_WORDS and lowered not in NOT_PERSON_AFTER and lowered not in CONTEXT_WORDS
              and lowered not in _R79P_CALENDAR_WORDS):
            listed = False
        else:
            return False
        rest = parts[1:]
        if not listed and any(not self._surname(word) for word in rest):
            return False  # an unlisted first word, then only listed surnames: "Azeneth Ordóñez", "Sosimo Barba"
        return all(self._surname(word) or word.lower() not in function_words() and word.lower() not in NOT_PERSON_WORDS
                   for word in rest)


# Round 77 (rill's missed persons, by a helper): full names that no list holds, in frames that make them people (see
# PersonDetector._round77_people). A rota's or a case's line, its label before a colon ("Mo: ...", "Mon am: ...", "Lundi
# matin : ...", "Dossier : ..."), two people joined on it: "Mo: Umut Hofer + Friedhold Hermighausen", "Mon am: Michael
# Reed (DBS ok) / Sara House", "Lundi matin : Alexandrie Guillet / Nolan Barillon", "Dossier : Arnaude Guillon et Maria
# Gillièron", "Expediente: Ana Ruiz y Ciríaco Solís Cobos", "Team 2: Joost Aerts & Wim Verbist".
_R77_PAIR_LINE = re.compile(r"[ ](?:\+|/|&|and|und|et|y|en)[ ]")
_R77_LINE_LABEL = re.compile(
    r"[ \t]*(?i:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"mié|jue|vie|sáb|dom|ma|wo|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dossier|expediente|"
    r"case|file|akte|fall|zaak)\.?(?:[ ](?i:am|pm|morning|afternoon|evening|vormittag|nachmittag|abend|früh|spät|matin|"
    r"après-midi|soir|mañana|tarde|noche|ochtend|middag|avond))?[ ]?:[ ]")
_R77_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:de[ ]|van[ ](?:de[ ]|der[ ]|den[ ])?|von[ ]|del[ ])?[A-ZÀ-Þ][\w'’-]+){1,3})"
_R77_PARTNER_AFTER = re.compile(
    r"(?:[ ]\([^()\n]{1,30}\))?[ ](?:\+|/|&|and|und|et|y|en)[ ]" + _R77_NAME + r"(?=[ ]?(?:\(|,|/|\+|$)|\n)",
    re.MULTILINE)
_R77_PARTNER_BEFORE = re.compile(
    _R77_NAME + r"(?:[ ]\([^()\n]{1,30}\))?[ ](?:\+|/|&|and|und|et|y|en)[ ]$")
# A choir's absentee on a voice part's line: "Tenor: Woldemar Fiebig fehlt", "tenors: Kim Wolf absent", "tenores:
# Mirta Barbero falta", "tenoren: Jenny Smeets afwezig", "Ténors : Jacques Riou absent".
_R77_VOICE_PART_ABSENTEE = gated(re.compile(
    r"^[ \t]*(?i:sopranos?|soprani|sopranen|sopranes|sopran|altos?|alti|alten|alt|contraltos?|tenors?|ténors?|"
    r"tenores|tenoren|tenor|basses|bass|bässe|bassen|basse|bajos?)[ \t]*:[ \t]*(?:[^\n]{0,120}?[ ,/;][ ]?)?"
    + _R77_NAME + r"[ ](?i:fehlt|entsch\.?|entschuldigt|absent|absente|excused|apologies|missing|excusée?|falta|"
    r"excusad[oa]|afwezig|afgemeld)\b", re.MULTILINE))
# A case's file named by a person's full name: "The Arron McCarthy matching report isn't signed off", "the Dana Cole
# placement report", "le passage du dossier Alexandrie Leblanc à la séance", "el expediente Ana Ruiz Soto a la
# próxima sesión", "het dossier Joost Aerts naar de volgende zitting", "die Akte Tamara Hethur in die nächste Sitzung".
_R77_CASE_FILE_NAME = gated(re.compile(
    r"(?:\b[Tt]he[ ]" + _R77_NAME + r"[ ](?i:matching|placement|adoption|assessment|panel|case)[ ](?i:report|file|"
    r"papers|paperwork|bundle)\b|\b(?i:du|le|el|del|het|die|der)[ ](?i:dossier|expediente|Akte|Fall)[ ]"
    + _R77_NAME.replace("?P<name>", "?P<name2>") + r"[ ](?:à|au|a|al|naar|in|auf|zur|zum)[ ])"))
_R77_GAELIC_SURNAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]+")
"""Round 77: a surname with a capital inside ("McCarthy", "MacLeod", "O'Kearney"), read by _round77_people as one
capitalised word."""
# A job sheet's or an order's customer at a line's start, the full name, then two spaces or the phone's word: "Customer:
# Cherith O'Kearney  tel 8475 0608", "Kunde: Tamara Hethur  Tel. 0171 ...", "Client : Olivie Guillot  tél ...",
# "Cliente: Ana Ruiz Soto  tlf ...", "Klant: Noor Moonen  tel ...".
_R77_CUSTOMER_LINE = gated(re.compile(
    r"^[ \t]*(?i:customer|client|cliente|kunde|kundin|klant)[ ]?:[ ]" + _R77_NAME
    + r"(?=[ ]{2,}|[ ](?i:tel|tél|tlf|telf|ph|phone|mob|mobile|handy|gsm)\b)", re.MULTILINE))
_R77_TICKED_WORD = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+)[ ]?[✓✔]")
"""Round 77: a capitalised word ticked: a name no list holds is a choir's singer only where another ticked word of the
text is a listed first name ("alten: Vajèn ✓" under "sopranen: Sven ✓"), not a part's checklist ("Bass: Noten ✓")."""


# Round 78 (marsh's missed persons, part two, and false persons, by a helper): frames that make first and full names
# people, the lists knowing the names or not (PersonDetector._round78b_people), and firms named after people
# (_r78b_firm_name).
_R78B_NAME = NAME_WITH_PARTICLES
_R78B_FIRST = r"(?P<name>[A-ZÀ-Þ][\w'’-]+)"
# Round 78: who acknowledged an alert, at a line's start, the name before a colon, a bracket, a comma, the line's end
# or the time: "Acknowledged by Gemma Hartley: \"known issue\"", "Bestätigt von Friedemann Kade: „...“", "Acquitté par
# Rosine Vautrin : « ... »", "Reconocido por Macaria Río: «...»", "Bevestigd door Marie-Thérèse D'hondt: '...'".
_R78B_ACKNOWLEDGED_BY = gated(re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?i:acknowledged|acked|ack['’]d|bestätigt|quittiert|acquitté|acquittée|acquitée|"
    r"pris[ ]en[ ]compte|reconocido|reconocida|bevestigd|erkend)[ ](?i:by|von|durch|par|por|door)[ ]" + _R78B_NAME
    + r"(?=[ ]?:|[ ]?\(|,[ ]|[ \t]*$|[ ](?i:at|on|um|am|à|le|a[ ]las|el|om|op)[ ])", re.MULTILINE))
# Round 78: a CI's or an env's variable that holds the user's name, printed by an env dump, its value name-shaped (a
# handle, "kmorgan", "deploy-bot", is no name): "CIRCLE_USERNAME=Keith", "GITLAB_USER_NAME=Keith Morgan",
# "BUILD_REQUESTEDFOR: Ana Ruiz", "GIT_AUTHOR_NAME=\"Jana Roth\"", "GITHUB_ACTOR=Sanne"; not a service's account
# ("DB_USERNAME=Admin", "SMTP_USER_NAME=...").
_R78B_CI_USER_NAME = gated(re.compile(
    r"^[ \t]*(?:export[ ]+|-[ ]+)?(?![A-Z0-9_]*(?:DB|SQL|POSTGRES|MONGO|REDIS|SMTP|MAIL|FTP|LDAP|PROXY|AMQP|RABBIT|KAFKA|"
    r"ADMIN|SERVICE|BOT|REGISTRY|DOCKER|NPM|PYPI|NEXUS|ARTIFACTORY))(?:[A-Z][A-Z0-9]*_)*?(?:USERNAME|USER_NAME|ACTOR|"
    r"TRIGGERING_ACTOR|AUTHOR|AUTHOR_NAME|COMMITTER|COMMITTER_NAME|REQUESTEDFOR|REQUESTED_FOR|CREATOR|CREATOR_NAME|"
    r"TRIGGERED_BY|BUILD_USER|DISPLAY_NAME|DISPLAYNAME|FULL_NAME|FULLNAME)[ ]?[=:][ ]?[\"']?" + _R78B_NAME
    + r"[\"']?[ \t]*$", re.MULTILINE))
# Round 78: a caller introducing herself at a sentence's start or after a greeting, her first name before where she
# calls from: "Hi, it's Dawn from the travel clinic", "This is Dean from ...", "Bonjour, c'est Margaud de la pharmacie",
# "ici Solène du cabinet", "Hallo, hier ist Jana von der Praxis", "Hola, soy Emigdio de la gestoría", "Goedemiddag, met
# Sanne van de tandarts".
_R78B_CALLER_INTRO = re.compile(
    r"(?:^|[.!?,;:\n][ \t]*|(?i:\b(?:hi|hello|hey|hallo|bonjour|salut|hola|buenas|hoi|dag|moin|servus)[ ]))"
    r"(?i:it['’]s|it[ ]is|this[ ]is|here['’]s|c['’]est|ici|hier[ ]ist|hier[ ]spricht|hier[ ]is|soy|te[ ]habla|"
    r"le[ ]habla|met)[ ]" + _R78B_NAME + r",?[ ](?i:from|at|with|of|de|du|des|d['’]|von|vom|aus|bei|van|bij|del)\b")
_R78B_CALLER_INTRO_CUES = ("it'", "it’", "it is", "this is", "here", "c'est", "c’est", "ici ", "hier ", "soy ", "habla ", "met ")
"""Round 78: cue words, lower-cased, one of which every caller's introduction holds (its words before the name)."""
# Round 78: a note for someone, the first name before the colon at a line's start: "Notitie voor Milan: ...", "notiz für
# Ehrhard: ...", "Note for Keith: ...", "Note pour Solène : ...", "Nota para Emigdio: ...", "Nachricht an Jana: ...".
_R78B_NOTE_FOR = gated(re.compile(
    r"^[ \t]*(?i:note|memo|message|reminder|notiz|nachricht|mot|nota|recado|mensaje|notitie|briefje|bericht)"
    r"[ ](?i:for|für|an|pour|à|para|voor|aan)[ ]" + _R78B_NAME + r"[ ]?:", re.MULTILINE))
# Round 78: a message's greeting, then the addressee's first name, then the sender's introduction or a second-person
# word: "Bonjour Margaud, c'est l'apiculteur ...", "buenas Emigdio, soy el deshollinador", "Hola Julio! Te recuerdo ...",
# "Hallo Hiltrud, hier ist ...", "Hoi Vajèn, met ...", "Hi Dawn, it's ..." (a month's name or a word's too).
_R78B_GREETING_NAME = gated(re.compile(
    r"(?:^|\n)[ \t]*(?i:bonjour|bonsoir|salut|coucou|hola|buenas|buenos[ ]días|buenas[ ]tardes|hallo|hi|hey|hello|moin|"
    r"servus|guten[ ]tag|goedemorgen|goedemiddag|hoi)[ ]" + _R78B_FIRST + r"(?=[ ]?[,!])"))
_R78B_INTRO_OR_YOU = re.compile(
    r"[ ]?[,!][ \t]*\n?[ \t]*(?i:c['’]est|je[ ]suis|ici|soy|te|le|os|les|tu|vous|votre|ton|ta|it['’]s|this[ ]is|i['’]m|"
    r"here['’]s|your|you|hier[ ]ist|ich[ ]bin|hier[ ]spricht|du|dein|deine|met|ik[ ]ben|je|jouw|jij|u|uw|tus|su|usted)\b")
_R78B_GROUP_ADDRESSES = frozenset("""
team equipo équipe equipe ploeg familia famille familie family folks guys all everyone everybody leute kollegen kolleginnen
zusammen allemaal iedereen buren vecinos voisins nachbarn soporte support chicos chicas amigos amigas amis copains
collègues compañeros compañeras collega's jongens meiden mädels jungs vrienden freunde friends neighbours
neighbors madame monsieur mesdames messieurs señora señor señoras señores mevrouw meneer dames heren damen herren
""".split())
"""Round 78: a group or a form of address after a greeting, no one's first name: "Hola Familia! Te cuento ...", "Hi
Folks, your ...", "Hallo Nachbarn, hier ist ..." (beside the plural's "s": "Bonjour Messieurs", "Hola Chicos")."""
_R78B_GERMAN_AFTER = re.compile(r"[ ]?[,!][ \t]*\n?[ \t]*(?i:hier[ ]ist|ich[ ]bin|hier[ ]spricht|du|dein|deine)\b")
"""Round 78: a German sender's introduction or second person after the greeting: every German noun is capitalised, so
only a listed first name is taken there ("Hallo Hiltrud, hier ist ...", not "Hallo Leute, ich bin ...")."""
# Round 78: a relative's or a patient's full name that no list holds, a kin word or "your patient" before it, the name
# informed, called or born after it: "zoon Vigo van Ginneke ingelicht", "Tochter Ilka Brennecke informiert", "daughter
# Keelan Hale informed", "Uw patiënt Ninthe Waardeloo, geboren ...", "Ihre Patientin Ilka Brennecke, geb. ...", "votre
# patiente Aurélienne Pittet, née le ...", "su paciente Macaria Río, nacida el ...".
_R78B_KIN_OR_PATIENT_FULL_NAME = re.compile(
    r"(?:(?<=[\s(,;:])|^)(?:zoon|dochter|broer|zus|moeder|vader|echtgenote|echtgenoot|[Ss]ohn|[Tt]ochter|[Bb]ruder|"
    r"[Ss]chwester|[Mm]utter|[Vv]ater|[Ee]hefrau|[Ee]hemann|son|daughter|brother|sister|mother|father|wife|husband|fils|"
    r"fille|frère|sœur|mère|père|épouse|époux|mari|hijo|hija|hermano|hermana|madre|padre|esposa|esposo|marido|"
    r"(?i:uw|ihr|ihre|your|votre|su|unser|unsere|onze|notre|nuestro|nuestra)[ ](?i:patiënt|patiënte|patient|patientin|"
    r"patiente|paciente|cliënt|cliënte|klient|klientin|bewoner|bewoonster|resident|résident|résidente|bewohner|bewohnerin|"
    r"residente))[ ]" + _R78B_NAME + r"(?=[ ]?(?:,|\(|[ ](?:ingelicht|informiert|informed|prévenue?|informée?|avisad[oa]|"
    r"informad[oa]|gebeld|angerufen|called|appelée?|llamad[oa]|geboren|born|geb\.|née?|nacid[oa])(?!\w)))")
# Round 78: a person's label at a line's start, then a full name whose first name the lists know though it is also a word
# or a month's short name: "Melder: Sep van de Velden, tel. ...", "Contact: Mai Nguyen (...)", "Aanvrager: Mei Jansen".
_R78B_LABELLED_FULL_NAME = re.compile(
    r"^[ \t]*(?P<label>[^\W\d_][^\W\d_]{1,24})[ ]?:[ ]" + _R78B_NAME + r"(?=,[ ]|[ ]?\(|[ \t]*$)", re.MULTILINE)
# Round 78: an addressee after a dash in a message's middle, a listed first name, then a comma and a sentence with a
# second-person word: "... überweisen – Erina, bei dir steht noch ...", "... by Friday — Shona, your cheque ...", "...
# – Solène, tu as encore ...", "... – Vajèn, bij jou staat ...".
_R78B_DASH_ADDRESSEE = re.compile(r"(?:^|[ ])[–—][ ]" + _R78B_FIRST + r"(?=,[ ][a-zß-ÿ])")
# Round 78: a rota's rows, each opened by a weekday's short name, one listed first name alone after it or before a
# bracket ("Di Lilia" under "Mo Julius (+41 ...)", "ma: Rosa ((0329) 715100)" above "di: Kim"), where two other such rows
# hold persons found (a menu's "Mo Pasta (vegetarisch)" found wrongly makes no rota of "Di Reis").
_R78B_WEEKDAY_ROW = re.compile(
    r"^[ \t]*(?i:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lu|ju|vi|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|"
    r"mié|jue|vie|sáb|dom)\.?:?[ \t]+" + _R78B_FIRST + r"(?=[ \t]*(?:\(|$))", re.MULTILINE)
# Round 78: firms named after people: a Dutch firm's royal prefix ("Royal Pieters van der Maes", "Koninklijke Jansen"),
# company forms that LEGAL_FORMS lacks after one name or two joined ("naviera Agustín y Pérez S.A.T.", "Pérez e Hijos
# S.A.D.", "Martin et Dubois SCI", "Harris and Cole LP", "Müller & Schmidt PartGmbB").
_R78B_FIRM_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:Royal|Koninklijke)[ ]$")
_R78B_PARTNER = r"[ ](?:y|e|&|and|und|et|en)[ ][A-ZÀ-Þ][\w'’-]+(?:[ ](?:de[ ]|van[ ]|del[ ])?[A-ZÀ-Þ][\w'’-]+){0,2}"
_R78B_FIRM_FORM_AFTER = re.compile(
    r"(?:" + _R78B_PARTNER + r")?[ ](?:S\.A\.T\.|S\.A\.D\.?|S\.C\.|C\.B\.|S\.L\.P\.|A\.I\.E\.|S\.C\.I\.|SCI|SELAS|SCRL|"
    r"L\.P\.|PLLC|PartGmbB)(?!\w)"
    # the forms written as bare capitals that are words or codes too only after a partner's name: "Harris and Cole LP",
    # not "CALLER Mark Adams CB 864-774-9519" (a dispatch page's call-back number)
    r"|" + _R78B_PARTNER + r"[ ](?:SAT|SAD|SC|CB|SLP|AIE|SCM|SCS|LP)(?!\w)")


def _r78b_firm_name(text: str, start: int, end: int) -> bool:
    """Round 78: whether the name at text[start:end] names a firm: after a Dutch firm's royal prefix, or before a company
    form that LEGAL_FORMS lacks (alone or after a partner's name)."""
    if _R78B_FIRM_PREFIX_BEFORE.search(text, max(0, start - 14), start):
        return True
    return _R78B_FIRM_FORM_AFTER.match(text, end) is not None


# Round 79 (carr's missed persons, by a helper): first and full names, listed or not, in frames that make them people
# (PersonDetector._round79p_people).
_R79P_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
_R79P_FIRST_OR_FULL = r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?"
# Round 79: a wedding's title at a line's start (a subject's label or a bullet first), the couple's first names (or
# full names) joined, then a dash, a colon, a bracket or the line's end: "Hochzeit Déborah & Vera - Zusagen (Stand
# ...)", "Wedding of Amy & Tom – RSVPs", "Mariage d'Emma et Hugo : réponses", "Boda de Ana y Luis - confirmaciones",
# "Bruiloft Sanne & Joris - aanmeldingen", "Hochzeit von Anna Weber und Ben Krause".
_R79P_WEDDING_TITLE = gated(re.compile(
    r"^[ \t]*(?:(?i:re|aw|fwd?|wg|tr|betreff|subject|objet|asunto|onderwerp)[ ]?:[ ]*)?(?:[^\w\s]{1,3}[ ]?)?"
    r"(?i:(?:the[ ])?wedding(?:[ ]of)?|hochzeit(?:[ ]von)?|trauung(?:[ ]von)?|mariage(?:[ ]de)?|noces(?:[ ]de)?|"
    r"boda(?:[ ]de)?|enlace(?:[ ]de)?|bruiloft(?:[ ]van)?|huwelijk(?:[ ]van)?|trouwerij(?:[ ]van)?)(?:[ ]|[ ](?i:d)['’])"
    r"(?P<name>" + _R79P_FIRST_OR_FULL + r")[ ](?:&|\+|and|und|et|y|e|en)[ ](?P<name2>" + _R79P_FIRST_OR_FULL + r")"
    r"(?=[ ]?[-–—:|(]|[ \t]*$|[ ][0-9])", re.MULTILINE))
# Round 79: a child away from Sunday school or children's church: the child's first name, then in the same clause a
# verb of coming or missing, a negation (or a verb that is one) and the group's word: "Cindy won't be at sunday club",
# "Leo will miss Sunday school", "Ella komt zondag niet naar de kindernevendienst", "Jonas kommt am Sonntag nicht zum
# Kindergottesdienst", "Alexandrie sera absent à l'éveil à la foi", "Domingo no viene a la catequesis", a weekday's
# name, a place's or a word's too.
_R79P_CHILDREN_CHURCH = re.compile(
    r"(?i:\b(?:sunday[ ]?(?:club|school)|kids['’]?[ ]church|children['’]s[ ]church|junior[ ]church|messy[ ]church|"
    r"kindergottesdienst|kigo|kinderkirche|sonntagsschule|christenlehre|kommunionunterricht|erstkommunionunterricht|"
    r"kommunionvorbereitung|firmunterricht|firmvorbereitung|konfirmandenunterricht|konfiunterricht|éveil[ ]à[ ]la[ ]foi|"
    r"catéchisme|caté|école[ ]du[ ]dimanche|aumônerie|catequesis|catecismo|escuela[ ]dominical|misa[ ]de[ ]niños|"
    r"kindernevendienst|nevendienst|zondagsschool|kinderkerk|kinderdienst|catechese|catechisatie|kindercatechese|"
    r"tienerdienst)\b)")
_R79P_CHILDREN_CHURCH_CUES = (
    "sunday", "kids", "children", "junior", "messy", "kind", "kigo", "sonntagsschule", "christenlehre", "kommunion", "firm",
    "konfi", "éveil", "caté", "dimanche", "aumônerie", "catec", "catequ", "dominical", "misa de", "nevendienst",
    "zondagsschool", "catech", "tienerdienst")
"""Round 79: cue words, lower-cased, one of which every name of Sunday school or children's church holds."""
_R79P_CHILD_ABSENT = re.compile(
    r"(?<![\w'’-])(?P<name>" + _R79P_FIRST_OR_FULL + r")[ ](?P<rest>(?i:(?P<away>will[ ]miss|is[ ]missing|will[ ]be[ ]missing|"
    r"is[ ]absent|will[ ]be[ ]absent|fehlt|wird[ ](?:\w+[ ]){0,3}?fehlen|sera[ ]absente?|est[ ]absente?|manquera|"
    r"falta|faltará|estará[ ]ausente|mist|zal[ ](?:\w+[ ]){0,3}?missen|is[ ](?:\w+[ ]){0,3}?afwezig)|won['’]t|will[ ]not|"
    r"can['’]t|cannot|isn['’]t|is[ ]not|kommt|kann|ist|wird|ne[ ]viendra|ne[ ]vient|ne[ ]sera|ne[ ]pourra|ne[ ]peut|"
    r"no[ ]viene|no[ ]vendrá|no[ ]va|no[ ]irá|no[ ]podrá|no[ ]puede|komt|kan|zal|is)\b[^.!?\n]{0,60})")
_R79P_NEGATION = re.compile(r"(?i:\b(?:not|nicht|niet|pas|no|absent|absente|ausente|afwezig)\b|n['’]t\b)")
_R79P_NOT_A_CHILD = frozenset("""
mama mamá maman mum mom mummy mommy papa papá dad daddy oma opa mutti vati mami papi abuela abuelo mamie papy tante
oncle tía tío pastor padre pfarrer pfarrerin dominee pasteur curé father mother vader moeder mutter vater mère père
daughter son wife husband sister brother hija hijo esposa esposo marido hermana hermano fille fils épouse mari sœur
frère tochter sohn ehefrau ehemann schwester bruder dochter zoon vrouw man zus broer neighbour neighbor nachbarin
nachbar vecina vecino voisine voisin buurvrouw buurman self family familie familia famille none keine ninguna ninguno
""".split())
"""Round 79: kin and clergy, no child away from Sunday school ("Papa kommt nicht zum Kindergottesdienst"), no carer
after a carer's label ("Carer: Mother")."""
# Round 79: a carer's or an on-site trainer's label (at a line's start or after a sentence), then the first name
# alone, at the line's end or before a comma, a bracket or a dash: "Auxiliar: Espiridión", "Aide à domicile : Honoré",
# "Trainer vor Ort: Lily, Handy ...", "Pflegekraft: Małgorzata", "Verzorgende: Joke (avonddienst)", "Carer: Imogen",
# "Coach on site: Harriet, mobile ...".
_R79P_CARER_LABEL = re.compile(
    r"(?:^|[.!?][ \t]+)[ \t]*(?i:auxiliar(?:[ ]de[ ](?:ayuda[ ]a[ ]domicilio|hogar|geriatría|enfermería))?|cuidador|"
    r"cuidadora|gerocultor|gerocultora|trabajador[ ]familiar|trabajadora[ ]familiar|aide[ ]à[ ]domicile|aide[ ]ménagère|"
    r"auxiliaire[ ]de[ ]vie|aide-soignante?|aide[ ]soignante?|intervenante?|accompagnante?|pflegekraft|pflegerin|pfleger|"
    r"betreuungskraft|alltagsbegleiterin|alltagsbegleiter|haushaltshilfe|pflegehelferin|pflegehelfer|verzorgende|"
    r"verzorgster|thuiszorgmedewerker|thuiszorgmedewerkster|thuishulp|helpende|wijkverpleegkundige|carer|care[ ]worker|"
    r"care[ ]assistant|home[ ]help|home[ ]carer|healthcare[ ]assistant|"
    r"trainer(?:in)?[ ]vor[ ]ort|betreuer(?:in)?[ ]vor[ ]ort|coach[ ]vor[ ]ort|coach[ ]on[ ](?:site|the[ ]day)|"
    r"coach[ ]sur[ ]place|entraîneur[ ]sur[ ]place|entraîneuse[ ]sur[ ]place|entrenador(?:a)?[ ]en[ ](?:el[ ])?(?:sitio|lugar)|"
    r"coach[ ]ter[ ]plaatse|trainer[ ]ter[ ]plaatse|begeleider[ ]ter[ ]plaatse)[ ]?:[ ]?(?P<name>" + _R79P_NAME_WORD + r")"
    r"(?=[ \t]*$|[ \t]*\.[ \t]*$|,[ ]|[ ]?\(|[ ][-–][ ])", re.MULTILINE)
# Round 79: a crew's seat above the stroke's or the cox's line (round 74 reads it below them): "Bow: Sheree
# Holland\nStroke: Danny\nCox: ...", "Bug: Gesche Eberth\nSchlag: ...", "Boeg: Iris Claes\nSlag: ...", "Proa: Ana
# Toledo\nPopa: ...", a surname that names a place too.
_R79P_CREW_SEAT = re.compile(
    r"^[ \t]*(?:Bow|Bug|Boeg|Proa|Pointe)[ ]?:[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")(?=[ \t]*$|,[ ]|[ ]?\()",
    re.MULTILINE)
_R79P_CREW_ANCHOR_LINE = re.compile(
    r"\n[ \t]*(?i:schlag|stroke|slag|nage|chef[ ]de[ ]nage|popa|steuermann|steuerfrau|cox|coxswain|timonel|timonela|"
    r"stuur|stuurman|stuurvrouw|barreur|barreuse)[ ]?:")
# Round 79: to whom things are handed in, before a deadline or after one: "Inleveren bij Lutgardis voor 10-04-2020.",
# "Bitte bis Freitag bei Mercedes abgeben.", "à remettre à Honorine avant vendredi", "Entregad los pasaportes a Remedios
# antes del viernes.", "Please hand them in to Harriet by Friday."
_R79P_DEADLINE = r"(?P<deadline>(?i:vóór|voor|uiterlijk|bis|avant|d['’]ici|antes[ ]del?|hasta|by|before)[ ][^\n,;:]{1,24}?)"
_R79P_DEADLINE_AFTER = r"(?P<deadline>[ ](?i:vóór|voor|uiterlijk|tot|avant|d['’]ici|au[ ]plus[ ]tard|antes|hasta|by|before)[ ])"
_R79P_HANDED_TO = (
    re.compile(r"(?i:inleveren|afgeven|afleveren|terugbrengen|ingeleverd|afgegeven)[ ](?:bij|aan)[ ](?P<name>"
               + _R79P_FIRST_OR_FULL + r")(?=" + _R79P_DEADLINE_AFTER + r"|[ \t]*[.!,]|[ \t]*$)", re.MULTILINE),
    re.compile(r"(?i:\bbis)[ ](?P<deadline>[^\n,;:]{1,24}?)[ ]bei[ ](?P<name>" + _R79P_FIRST_OR_FULL
               + r")[ ](?i:abgeben|einreichen|abliefern|hinterlegen|vorbeibringen|einwerfen)\b"),
    re.compile(r"(?i:remettre|rendre|déposer|donner)[ ](?:(?i:les|le|la|vos|tes|ses|leurs?)[ ](?:\w+[ ])?)?"
               r"(?:à|auprès[ ]de|chez)[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")(?=" + _R79P_DEADLINE_AFTER
               + r"|[ \t]*[.!,]|[ \t]*$)", re.MULTILINE),
    re.compile(r"(?i:entregar|entregad|entregue|entregadlos|entregadlas|dejad|dejar)[ ](?:(?i:los|las|el|la|vuestros|"
               r"vuestras|sus)[ ](?:\w+[ ])?)?a[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")(?=" + _R79P_DEADLINE_AFTER
               + r"|[ \t]*[.!,]|[ \t]*$)", re.MULTILINE),
    re.compile(r"(?i:hand|give|return|submit)(?:[ ](?i:them|it|these|yours|(?:your|the)[ ]\w+))?(?:[ ]in)?[ ]to[ ](?P<name>"
               + _R79P_FIRST_OR_FULL + r")(?=" + _R79P_DEADLINE_AFTER + r"|[ \t]*[.!,]|[ \t]*$)", re.MULTILINE),
)
"""Round 79: to whom things are handed in, with a deadline before or after or none: "Inleveren bij Lutgardis voor
10-04-2020.", "Bitte bis Freitag bei Mercedes abgeben.", "à remettre à Honorine avant vendredi", "Entregad los
pasaportes a Remedios antes del viernes.", "Please hand them in to Harriet by Friday."; a name no list holds, or a
brand's, only with a deadline and other persons in the text."""
_R79P_HANDED_TO_CUES = (
    "inleveren", "afgeven", "afleveren", "terugbrengen", "ingeleverd", "afgegeven", " bei ", "remettre", "rendre", "déposer",
    "donner", "entreg", "dejad", "dejar", "hand", "give", "return", "submit")
"""Round 79: cue words, lower-cased, one of which every hand-in frame holds (its verb; German's "bei")."""
# Round 79: to whom replies or feedback go, a deadline between or none: "Rückmeldung bis 2022-01-01 an Lana.",
# "Zusagen bitte an Iris.", "Réponses avant le 3 mai à Honorine.", "Respuestas antes del viernes a Remedios.",
# "Reacties vóór 1 mei naar Fenna.", "Replies by Friday to Harriet.", "RSVP to Imogen by 3 May".
_R79P_REPLIES_TO = re.compile(
    r"(?i:\b(?:rückmeldung(?:en)?|antworten|zusagen|absagen|anmeldungen|anmeldung|réponses?|retours?|inscriptions?|"
    r"respuestas?|confirmaciones|confirmación|inscripciones|reacties|reactie|aanmeldingen|aanmelden|afmelden|feedback|"
    r"replies|reply|rsvps?|responses?))(?:[ ](?i:bitte|svp|please|graag|por[ ]favor))?(?:[ ]" + _R79P_DEADLINE + r")?"
    r"(?:[ ](?i:bitte|svp|please|graag|por[ ]favor))?[ ](?:an|à|a|aan|naar|bij|to)[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")"
    r"(?=[ \t]*[.!,;]|[ \t]*$|[ ](?:per|par|por|via|by|bis|avant|antes|voor|vóór)[ ])", re.MULTILINE)
_R79P_REPLIES_TO_CUES = (
    "rückmeldung", "antworten", "zusagen", "absagen", "anmeldung", "réponse", "retour", "inscri", "respuesta", "confirmaci",
    "reactie", "aanmeld", "afmelden", "feedback", "repl", "rsvp", "response")
"""Round 79: cue words, lower-cased, one of which every replies frame holds (the replies' word)."""
_R79P_CARRIERS = PARCEL_CARRIERS | frozenset("correos seur mrw postnl bpost".split())
"""Round 79: parcel carriers and posts, no one things are handed to ("Retoure bis Freitag bei Hermes abgeben")."""
# Round 79: who reviews, at a sentence's start, the first name ending it: "Revisa Maricela.", "Lo revisa Guillermo.",
# "Prüft Reinhold.", "Relit Solène.", "Kijkt na: Fenna.", "Checks: Harriet."
_R79P_REVIEWS = re.compile(
    r"(?:^|[.!?][ \t]+|\n[ \t]*)(?i:revisa|revisará|lo[ ]revisa|la[ ]revisa|lo[ ]revisará|corrige|lo[ ]corrige|supervisa|"
    r"prüft|korrigiert|liest[ ]gegen|gegenlesen|relit|relira|relecture|kijkt[ ]na|controleert|leest[ ]mee|nakijken|"
    r"proofreads|reviews|checks)[ ]?:?[ ](?P<name>" + _R79P_NAME_WORD + r")(?=[ \t]*[.!]|[ \t]*$)", re.MULTILINE)
_R79P_REVIEWS_CUES = (
    "revis", "corrige", "supervisa", "prüft", "korrigiert", "gegen", "reli", "relecture", "kijkt na", "controleert",
    "leest mee", "nakijken", "proofreads", "reviews", "checks")
"""Round 79: cue words, lower-cased, one of which every reviewer's frame holds (its verb)."""
# Round 79: a kisses sign-off at the text's end, the first name after it or before it: "(ref \"HONEYMOON\" pls) xx
# Vanessa", "see you there!\nxoxo Chloe", "tot zaterdag! kusjes Anouk", "bis Samstag! Bussi, Lea", "Thanks, Karen xx".
# Not capitals' "XX", a masked name's ("Kontoinhaber: XX Smith").
_R79P_KISSES_SIGN_OFF = re.compile(
    r"(?:(?:^|(?<=[\s).!?,\"”]))(?:xx|xxx|xxxx|Xx|xo|xoxo|XOXO|(?i:kusjes|kusje|dikke[ ]kus|kus|kuss|küsschen|"
    r"bussi|bussis|besitos|besotes))[ ]?,?[ \t]*\n?[ \t]*(?P<name>" + _R79P_NAME_WORD + r")"
    r"|(?:^|(?<=[,.!?]\s)|(?<=\n))(?P<name2>" + _R79P_NAME_WORD + r")[ ](?:x|xx|xxx|xxxx))[ \t]*[.!]?\s*\Z")
_R79P_KISSES_CUES = ("xx", "xo", "kus", "küss", "bussi", "besi", "beso")


def _r79p_kisses_cued(text: str, lower: str) -> bool:
    """Round 79: whether a kisses sign-off can end the text: its lower-cased text holds a kisses word (_R79P_KISSES_CUES)
    or ends with the "x" of "Karen xx" (before spaces and a full stop), so that the pattern scans few texts."""
    if any(cue in lower for cue in _R79P_KISSES_CUES):
        return True
    tail = text.rstrip()
    return tail[:-1].rstrip(" \t").endswith("x") if tail.endswith((".", "!")) else tail.endswith("x")


# Round 79: a Dutch surname after "'s" or "'t", after a first name: "Iris 's Gravensande", "Jennifer 's-Gravesande",
# "Jan 't Hart", "Kees 't Hooft"; not the adverbs of time ("Emma 's Avonds").
_R79P_APOSTROPHE_SURNAME = gated(re.compile(
    r"(?<![\w'’-])(?P<name>(?P<first>[A-ZÀ-Þ][\w-]+)[ ]['’][st][ -](?P<last>[A-ZÀ-Þ][a-zß-ÿ]+))(?![\w'’-])"))
_R79P_DUTCH_TIME_WORDS = frozenset("""
morgens ochtends middags avonds nachts zomers winters maandags dinsdags woensdags donderdags vrijdags zaterdags
zondags jaars anderendaags namiddags
""".split())
# Round 79: a patient after "Pat." or "pac." (a podiatrist's or a physio's note), the full name before a comma, a
# bracket, the line's end or a birth date: "Pat. Cecilia Freitag, diab. Fußsyndrom ...", "pac. Azeneth Ordóñez,
# quiropodia ...", "Pte. Ana Toledo (n. 1950)", "Pat.: Margot Brun".
_R79P_PATIENT_ABBREVIATION = gated(re.compile(
    r"(?<![\w.])(?:Pat|pat|Pac|pac|Pte|pte|Pnt|pnt)\.:?[ ](?P<name>" + _R79P_NAME_WORD + r"(?:[ ]" + _R79P_NAME_WORD
    + r"){1,2})(?=,[ ]|[ ]?\(|[ \t]*$|[ ](?:geb\.|née?|n\.|nacid[oa]|geboren|born|[0-9]))", re.MULTILINE))
# Round 79: whose message a moderator deleted or hid: "Moderación: eliminado el mensaje de Sosimo Barba en el grupo",
# "Nachricht von Reinhold gelöscht", "message de Solène supprimé", "bericht van Fenna verwijderd", "Removed a post by
# Harriet Cole".
_R79P_MESSAGE_DELETED = re.compile(
    r"(?i:\b(?:eliminado|eliminada|eliminé|borrado|borrada|borré|ocultado|ocultada|retirado|retirada|supprimé|supprimée|"
    r"masqué|masquée|retiré|retirée|effacé|effacée|gelöscht|entfernt|ausgeblendet|verwijderd|verborgen|deleted|removed|"
    r"hid|hidden)(?:[ ]\w+){0,2}?[ ](?:mensaje|mensajes|comentario|comentarios|publicación|post|posts|message|messages|"
    r"commentaire|commentaires|publication|nachricht|nachrichten|beitrag|kommentar|bericht|berichten|reactie|comment|"
    r"comments)[ ](?:de|del|von|van|from|by|of))[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")(?![\w'’-])")
_R79P_MESSAGE_OF_DELETED = re.compile(
    r"(?i:\b(?:mensaje|comentario|publicación|message|commentaire|publication|nachricht|beitrag|kommentar|bericht|"
    r"reactie|post|comment)[ ](?:de|del|von|van|from|by))[ ](?P<name>" + _R79P_FIRST_OR_FULL + r")(?=(?:[ ]\w+){0,3}?[ ]"
    r"(?i:gelöscht|entfernt|ausgeblendet|supprimée?|masquée?|effacée?|eliminad[oa]|borrad[oa]|ocultad[oa]|verwijderd|"
    r"verborgen|deleted|removed|hidden)\b)")
_R79P_MESSAGE_CUES = (
    "mensaje", "comentario", "publica", "post", "message", "nachricht", "beitrag", "kommentar", "bericht", "reactie", "comment")
"""Round 79: cue words, lower-cased, one of which both moderation frames hold (the message's word)."""
_R79P_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset("""
january february march april may june july august september october november december januar februar märz mai juni
juli oktober dezember janvier février mars avril juin juillet août septembre octobre novembre décembre enero febrero
marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre januari februari maart mei augustus
""".split())
"""Round 79: weekdays' and months' names, a first name in _round79p_people's frames only where it says so."""


@lru_cache(maxsize=1)
def _r79p_brands() -> frozenset[str]:
    """Round 79: the brands among not_lone_names (the file's "# brands" section): "bei Mercedes abgeben" may be a car
    dealer's, "an Iris" is someone's."""
    words: set[str] = set()
    section = ""
    with NOT_LONE_NAMES_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                section = line[1:].strip()
            elif section == "brands":
                words.update(line.split())
    return frozenset(words)


_R79P_TITLE_WORDS = frozenset(w for phrases in TITLES.values() for w in phrases.split("|") if " " not in w)
"""Round 79: the five languages' titles, no name in _round79p_people's frames ("Afmelden bij Mevr. Vermeulen",
"Rückmeldung an Dr. Arens")."""
