"""Detectors that need the words around a value: dates of birth, passport numbers, medical
record numbers, and the national identifiers whose shape alone is too common to report
(a 9-digit run passes the Dutch 11-test one time in eleven).

Each rule is (context words, value pattern, validator). The context words must stand shortly
before the value in the same sentence ("born 12 May 1984", "BSN: 123456782", "passport no.
X1234567"); they are searched in the lower-cased text first, so a text without any of them
costs one substring scan per rule. Check digits come from python-stdnum, the maintained
library of the field for national identifiers (NHS mod 11, BSN 11-test, NIR key, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator
from workloads.guard.literals import Searchable, gated  # throughput: whole-text searches skip texts without their words

Span = tuple[int, int, str]

# ------------------------------------------------------------------ dates of birth
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar februar märz maerz mai juni juli oktober dezember jän mär okt dez "
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre "
    "janv févr fév avr juil déc "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "ene abr ago dic "
    "januari februari maart mei augustus mrt"
).split()
MONTH = "|".join(sorted(set(_MONTHS), key=len, reverse=True))
LOTTERY_WORDS = (r"draws?|drawn|draw[ ]results|lottery|lotto|jackpot|syndicate|euromillions?|euromillones|euromillionen|"
                 r"ziehung|lotterie|tippgemeinschaft|tirage|loterie|loto|sorteo|lotería|primitiva|bonoloto|bote|"
                 r"trekking|loterij")
"""A lottery's words in the five languages, lower case: a draw's line makes its balls no phone (patterns.py), and a
lottery's text makes a ball set's name ("Lucky Stars 02 11") no person (names.py)."""
DATE = re.compile(
    r"(?:"
    # ISO, with a time after it as databases and FHIR write it ("1985-03-12T00:00:00Z"); year first
    # with slashes or dots too ("1985/03/12")
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
    r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}"
    r"|[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})"  # 12.03.1985, 03/12/1985, 12-03-85
    # the month's name between dashes or slashes, as clinical forms write it: "12-Mar-1985", "12/MAR/85"
    rf"|[0-9]{{1,2}}(?:-(?:{MONTH})\.?-|/(?:{MONTH})\.?/)(?:[0-9]{{4}}|[0-9]{{2}})"
    rf"|[0-9]{{1,2}}(?:er|st|nd|rd|th|º)?\.?[ ](?:de[ ])?(?:{MONTH})\.?,?[ ](?:de[ ])?[0-9]{{4}}"  # 12 May 1985, 12. März 1985, 12 de mayo de 1985
    rf"|(?:{MONTH})\.?[ ][0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ][0-9]{{4}}"  # May 12, 1985
    r")(?![\w])",
    re.IGNORECASE,
)
# A relative or a dependant named as the number's owner after the number's name (see kw below)
_RELATIVE_OWNER = (r"(?:child|son|daughter|partner|spouse|husband|wife|mother|father|baby|minor|"
                   r"kind|kindes|tochter|sohn|sohnes|partners|partnerin|ehefrau|ehemann|ehemannes|ehegatten|mutter|vaters?|"
                   r"enfant|fille|fils|conjointe?|époux|épouse|partenaire|mère|père|"
                   r"hij[oa]|niñ[oa]|menor|cónyuge|espos[oa]|pareja|madre|padre|"
                   r"zoon|dochter|echtgeno(?:ot|te)|moeder|vader)(?!\w)")


DOB_CONTEXT = re.compile(
    # the abbreviation as a word of its own, "DOB" or "DOBs", not a name's start ("Herr Dr. Dobes am ...")
    r"(?:date of birth|birth date|birthdate|birthday|born(?: on)?|(?<!\w)d\.?o\.?b\.?(?=s?(?![^\W\d_]))|"
    # a birth, then the day it happened: "live birth on", "delivery: birth on", "Geburt am", "geboorte op"
    r"birth on|geburt am|geboorte op|"
    r"geburtsdatum|geburtstag|geboren(?: am)?|geb\.(?: am)?|"
    # the plural too, for two children or twins: "nés le", "nées le", "nacidos el", "nacidas el"
    r"date de naissance|né(?:e|\(e\))?s? le|né(?:e|\(e\))?s?|naissance|naiss\.|ddn|"
    r"fecha de nacimiento|f\. ?nac\.|fecha nac\.?|nacid[oa]s?(?:/[ao])?(?: el)?|nacimiento|"
    # the verb's other persons: "nací el 27/05/2000", "nació el", "naciste el"
    r"(?<!\w)nac(?:í|i|ió|io|iste|imos)(?: el)?|"
    r"geboortedatum|geboren op|geb\. ?datum|geb\.-datum|(?<![\w.])b\.|(?<![\w*])\*[ ]?|(?<![\w°])°[ ]?|"
    # SAP HR's field for the birth date (infotype 0002), in an IDoc's segment or a report: 'GBDAT="1955-05-27"'
    r"(?<![\w])gbdat)"
    # whose birth it is after the label: "the date of birth of your son is", "Geburtsdatum Ihres
    # Sohnes:", "date de naissance de votre fille :", "fecha de nacimiento de su hija es", "geboortedatum
    # van uw zoon is"
    r"(?:[ ](?:(?:of|for)[ ](?:your|his|her|their|the|my|our)|des|der|ihres|ihrer|seines|seiner|deines|deiner|meines|meiner|"
    r"de[ ](?:votre|ton|ta|son|sa|mon|ma|la|le)|de[ ]l['’]|du|de[ ](?:tu|su|mi|la)|del|"
    r"van[ ](?:je|jouw|uw|zijn|haar|mijn|de|het))[ ]?" + _RELATIVE_OWNER + ")?"
    # a key's "=" as a separator too: a log's "dob=06/24/1992", "birthdate = 1971-04-03", its value quoted;
    # a note in brackets after the label, up to 60 characters in words ("Geb.-Datum (nur für die
    # Jugendwertung):", "Date of birth (needed for the junior section):")
    r"(?:[ ]?\((?:[^()\n]{1,25}|[^\W\d_][^()\n\d]{25,60})\))?[\s:.,()=\"'-]{0,4}"
    # a short link between the cue and the date: "born on the", "date of birth as", "is", "als", "comme"
    # or a pronoun's copula after a comma: "the named driver's DOB, it's ...", "Geburtsdatum? Das ist
    # der ...", "date de naissance, c'est le ...", "fecha de nacimiento, es el ...", "geboortedatum, dat is ..."
    r"(?:(?:on|am|le|el|op|the|den|der|en|as|als|comme|como|is|ist|est|es|era|was|war|de|of|"
    r"it['’]s|it is|that['’]s|das ist|c['’]est|dat is|het is|"
    # or a question's tag after a comma: "your husband's date of birth, is it ...?", "Geburtsdatum, ist
    # das der ...?", "date de naissance, est-ce le ...?", "fecha de nacimiento, ¿es el ...?",
    # "geboortedatum, is dat ...?"
    r"is it|is that|was it|ist es|ist das|war es|war das|est-ce|¿es|¿era|is dat|was dat|was het)[ ]){0,2}"
    # where it is kept, then the link: "date of birth on file is", "on record as", "date de naissance
    # au", "fecha de nacimiento registrada es la", "Geburtsdatum hinterlegt als", "geboortedatum in
    # ons systeem is"
    # the system named with either preposition: "on our system", "in unserem System", "dans notre
    # système", "en nuestro sistema", "in ons systeem"
    r"(?:(?:on file|on record|in our records|(?:in|on) (?:the|our) system|im system|in unserem system|"
    r"dans (?:notre|le) système|en (?:nuestro|el) sistema|recorded|registered|hinterlegt|gespeichert|"
    r"au|enregistrée?|registrad[ao]|que consta|geregistreerd|in ons systeem|bekend)[ ,:]*"
    r"(?:(?:is|as|als|ist|est|es|la|el|de|op|am|le|der|:)[ ]){0,2})?$"
)


# A clause between a birth date's label and its colon that says where the date was read:
# "Fecha de nacimiento que consta en la inscripción:", "Geburtsdatum laut Anmeldung:", "date de
# naissance figurant au dossier :", "geboortedatum volgens de inschrijving:", "date of birth as shown
# on the form:" (a clause opener first, then a few words, no other date's word)
_DOB_LABEL_CLAUSE = re.compile(
    r"[ ](?:que|según|laut|gemäß|wie|aus|figurant|qui|tel(?:le)?[ ]qu['’]|selon|d['’]après|volgens|zoals|uit|dat|die|"
    r"as|according|from|that|stated|shown|given|recorded|on)(?:[ ][^\W\d][\w'’.-]*){0,6}[ \t]*:[ \t]*$")
# ... or, without a colon, a clause after the label (and whose date it is) that reads the date off a
# form or a document, its verb of showing right before the date: "your son's date of birth (the form
# says 24/04/2010, is that right?)", "das Geburtsdatum deiner Tochter, im Formular steht 28.09.2021",
# "la date de naissance indiquée est le 11/08/2022", "la fecha de nacimiento de su hija, en la ficha
# pone ...", "de geboortedatum van je zoon: op het formulier staat ..." (_DOB_SOURCE_WORD in the clause)
_DOB_READ_CLAUSE = re.compile(
    r"(?:[ ](?:of|for|des|der|ihres|ihrer|seines|seiner|deines|deiner|de|del|du|van)(?:[ ][^\W\d][\w'’]*){1,2})?"
    r"[ ]?[(,:–-]?[ ]?(?:[^\W\d][\w'’]*[ ]){0,6}"
    r"(?:says|reads|shows|states|lists|steht|stand|zeigt|lautet|nennt|est|indique|porte|mentionne|"
    r"pone|figura|dice|indica|consta|aparece|es|staat|stond|vermeldt|zegt|toont|is)"
    r"(?:[ ](?:the|der|den|am|le|la|el|de|het|als|as))?[ ]?:?[ ]?$")
# ... or, without a colon, a few words after the label that say which record or document the date
# was checked against: "DOB on booking 4 July 2008", "DOB as per ID", "Geburtsdatum laut Ausweis",
# "date de naissance déclarée", "fecha de nacimiento según DNI", "geboortedatum volgens paspoort"
_DOB_SOURCE_PHRASE = re.compile(
    r"[ ](?:(?:on|as[ ]per|per|according[ ]to|from|laut|gemäß|gem\.|nach|selon|d['’]après|suivant|sur|según|"
    r"conforme[ ]a|en|volgens|op|uit)(?:[ ](?:the|his|her|their|dem|der|den|la|le|l['’]|el|su|de|het|zijn|haar)(?=[ ]))?"
    r"(?![ ](?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|vie|sáb|dom|"
    r"ma|wo|vr|za|zo)[^\W\d]*[ ])(?:[ ][^\W\d][\w'’.-]*){1,2}|declared|stated|given|angegeben|erklärt|déclarée?|indiquée?|declarad[ao]|indicad[ao]|"
    r"opgegeven|verklaard|"
    # Round 74: the date checked and said again after "as" ("Done, DOB confirmed as 1952-12-16", "DOB verified as ...",
    # "Geburtsdatum bestätigt als ...", "date de naissance confirmée comme ...", "fecha de nacimiento confirmada como
    # ...", "geboortedatum bevestigd als ...")
    r"(?:confirmed|verified|checked|bestätigt|geprüft|confirmée?|vérifiée?|confirmad[ao]|verificad[ao]|comprobad[ao]|"
    r"bevestigd|gecontroleerd)[ ](?:as|als|comme|como)|"
    # Round 78: ... or the date as the writer has it written down ("I've got his date of birth down as 2011-11-09",
    # "DOB noted as ...", "date of birth on file as ...", "Geburtsdatum notiert als ...", "date de naissance notée
    # comme ...", "fecha de nacimiento apuntada como ...", "geboortedatum genoteerd als ...")
    r"(?:(?:written[ ])?down|noted|on[ ]file|recorded|listed|entered|logged|registered|notiert|eingetragen|vermerkt|"
    r"hinterlegt|erfasst|notée?|enregistrée?|inscrite?|saisie?|apuntad[ao]|anotad[ao]|registrad[ao]|genoteerd|"
    r"ingevoerd|geregistreerd|ingeschreven)[ ](?:as|als|comme|como))[ \t]*[:|–-]?[ \t]*$")
# ... or, without a colon, a participle that says the date was checked, the date in brackets after
# it: "DOB verified (03/04/1987)", "Geburtsdatum geprüft (12.03.1985)", "date de naissance vérifiée
# (09/07/1951)", "fecha de nacimiento comprobada (...)", "geboortedatum gecontroleerd (...)"
_DOB_CHECKED_BRACKET = re.compile(
    r",?[ ](?:verified|confirmed|checked|validated|geprüft|bestätigt|überprüft|kontrolliert|verifiziert|"
    r"vérifiée?|confirmée?|contrôlée?|validée?|comprobad[ao]|verificad[ao]|confirmad[ao]|validad[ao]|"
    r"gecontroleerd|bevestigd|geverifieerd|nagekeken|"
    # Round 71: ... or the date the writer holds for the person, asked to be checked: "the date of birth we have for
    # him (05/17/2017)?", "das Geburtsdatum, das wir für ihn haben (17.05.2017)", "la date de naissance que nous avons
    # pour lui (17/05/2017)", "la fecha de nacimiento que tenemos de él (17/05/2017)", "de geboortedatum die we van hem
    # hebben (17-05-2017)"
    r"(?:we|i)[ ](?:have|hold|got)(?:[ ]on[ ]file)?(?:[ ]for[ ](?:him|her|them|you|your[ ]\w+))?|"
    r"(?:das|die)[ ](?:wir|ich)(?:[ ]für[ ](?:ihn|sie|dich|euch|\w+))?[ ](?:haben|habe|gespeichert[ ]haben)|"
    r"que[ ](?:nous[ ]avons|j['’]ai)(?:[ ]pour[ ](?:lui|elle|vous|toi))?|"
    r"que[ ](?:tenemos|tengo)(?:[ ](?:de|para)[ ](?:él|ella|usted|ti))?|"
    r"die[ ](?:we|wij|ik)(?:[ ](?:van|voor)[ ](?:hem|haar|u|jou))?[ ](?:hebben|heb))[ ]?\($")
# Round 70: ... or a check of the date that failed or found it wrong, then what the records hold: "DOB check
# failed: our records say 04/06/2008", "Geburtsdatum stimmt nicht: in unseren Unterlagen steht 12.03.1980", "date de
# naissance incorrecte : nos dossiers indiquent 12/03/1980", "fecha de nacimiento no coincide: en nuestros registros
# figura 12/03/1980", "geboortedatum klopt niet: in onze gegevens staat 12-03-1980"
_DOB_RECORDS_CLAUSE = re.compile(
    r"[ ](?:(?:check|verification|match|abgleich|prüfung|vérification|contrôle|comprobación|verificación|controle)[ ])?"
    r"(?:failed|mismatch|does[ ]not[ ]match|doesn['’]t[ ]match|is[ ]wrong|incorrect|fehlgeschlagen|stimmt[ ]nicht"
    r"(?:[ ]überein)?|falsch|échouée?|incorrecte|ne[ ]correspond[ ]pas|erronée?|no[ ]coincide|incorrect[ao]|"
    r"err[óo]ne[ao]|fallid[ao]|klopt[ ]niet|onjuist|mislukt|komt[ ]niet[ ]overeen)[ ]?[:,;.–-][ ]?"
    r"(?:[^\W\d][\w'’]*[ ]){0,3}(?:records?|files?|system|unterlagen|daten|akten?|dossiers?|fichiers?|"
    r"registros?|datos|sistema|expedientes?|gegevens|systeem|administratie|bestand)[ ]"
    r"(?:say|says|show|shows|state|states|have|has|list|steht|stehen|zeigen|haben|indiquent|indique|mentionnent|"
    r"figura|figuran|consta|pone|dice|dicen|indican|staat|staan|zeggen|tonen)[ ]?:?[ ]?$")
# Round 67: ... or, without a colon, what it is needed for, then an arrow that points at the date on the line ("need
# the sub's date of birth for the BR licence check btw -> 2024-03-10", "Geburtsdatum für den Pass → 03.05.2012",
# "date de naissance pour la licence => 3 mai 2012", "fecha de nacimiento para la ficha -> ...", "geboortedatum voor
# de licentie -> ..."): no sentence's end, no colon and no other date's word in between, nor a time limit's or a
# change's ("date of birth update deadline -> ...", "Frist", "échéance", "plazo", "uiterlijk")
_DOB_ARROW_CLAUSE = re.compile(
    r"(?:(?!(?<!\w)(?:deadline|due|until|update|updated|changed|frist|bis|fällig|änderung|échéance|avant|jusqu|"
    r"modifi\w*|plazo|hasta|antes|cambi\w*|uiterlijk|tot|gewijzigd|wijziging)(?!\w))[^\n.?!:;]){0,60}?"
    r"[ \t]?(?:->|-->|=>|→|⇒|⟶)[ \t]*$")
_DOB_SOURCE_WORD = re.compile(
    r"(?<!\w)(?:[\w-]*(?:form|formular|formulaire|formulario|formulier|bogen)\w*|fiche|ficha|certificat\w*|certificate|"
    r"application|registration|enrol(?:l)?ment|document\w*|dokument\w*|unterlagen|papers|dossier|expediente|"
    r"inschrijving|aanmelding|stated|given|listed|angegeben\w*|indiquée?|mentionnée?|renseignée?|"
    r"indicad[ao]|vermeld\w*|opgegeven)(?!\w)")
_DOB_HINTS = ("birth", "born", "dob", "d.o.b", "geb", "naissance", "naiss.", "fecha nac", "ddn", "né", "nacimiento", "nacid", "nac.", "nací",
              "nació", "naci", "geboorte", "b. ", "*", "°", "gbdat")
_DOB_KEYWORD = re.compile(
    r"(?<!\w)(?:date of birth|birth date|birthdate|birthday|born|d\.?o\.?b\.?(?=s?(?![^\W\d_]))|geburtsdatum|geburtstag|geboren|geb\.|"
    r"birth(?=[ ]on[ ])|geburt(?=[ ]am[ ])|geboorte(?=[ ]op[ ])|"
    r"date de naissance|né(?:e|\(e\))?s?|naissance|naiss\.|ddn|fecha de nacimiento|f\. ?nac\.|fecha nac\.?|nacid[oa]s?|nacimiento|"
    r"nac(?:í|ió|iste|imos|i|io)(?=[ ]el[ ])|"
    r"geboortedatum|geb\. ?datum|geb\.-datum|b\.(?= )|(?<![\w*])\*(?=[ ]?[0-9])|gbdat|"
    # Belgium's degree sign for "born": "Jan Peeters (° 12 maart 1961)", "°12/03/1961"
    r"(?<![\w°])°(?=[ ]?[0-9]))"
)
"""Birth keywords; "b." is the genealogist's "born" ("James Clark, b. September 5, 1963"), a date
must follow it."""


# The answer on the line after a question that asks for the date of birth, under a speaker's
# label: "¿me indica su fecha de nacimiento?\nCliente: 06/01/1944", "What's your DOB?\nCaller: yes,
# it's 12/03/1985"; or under a dialogue's dash in the speaker's place (round 63), as Spanish and French
# write a dialogue and a transcript of any language may ("—¿Su fecha de nacimiento?\n—3 de mayo de
# 1950.", "– Votre date de naissance ?\n– Le 3 mai 1950.", "- And your date of birth?\n- 03/05/1950",
# "– Ihr Geburtsdatum?\n– 03.05.1950", "– Uw geboortedatum?\n– 03-05-1950"): the dash opens the answer
# as a label would; a request without a question mark keeps its speaker's label
_DOB_QUESTION_ANSWER = re.compile(
    r"[^\n?]{0,60}\?[ \t]*\n[ \t]*(?:[\[(]?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?[\])]?[ \t]*)?(?:[^\W\d][^\n:]{0,30}:[ \t]*|[—–―-][ \t]*)?"
    r"(?:(?:yes|yeah|sure|ja|oui|sí|si|it['’]s|it is|es el|es|el|c['’]est le|c['’]est|le|der|am|is|op)[ ,]*){0,3}$"
)
# ... or after a request that ends its line without a question mark: "Nennen Sie mir bitte zur
# Verifizierung Ihr Geburtsdatum.\nKunde: 22.11.1973", "Please confirm your date of birth.\nCaller:
# ...", "Indiquez-moi votre date de naissance, s'il vous plaît.\nClient : ..."; the request's line
# holds a word that asks
_DOB_REQUEST_ANSWER = re.compile(
    r"[^\n?]{0,40}[.!:]?[ \t]*\n[ \t]*(?:[\[(]?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?[\])]?[ \t]*)?(?:[^\W\d][^\n:]{0,30}:[ \t]*)?"
    r"(?:(?:yes|yeah|sure|ja|oui|sí|si|it['’]s|it is|es el|es|el|c['’]est le|c['’]est|le|der|am|is|op)[ ,]*){0,3}$"
)
_REQUEST_WORD = re.compile(
    r"(?<!\w)(?:please|could you|can you|tell me|give me|confirm|bitte|nennen|geben sie|sagen sie|bestätigen|"
    r"s['’]il vous plaît|pourriez|pouvez-vous|indiquez|donnez|confirmez|por favor|indíque|dígame|dime|confirme|"
    r"alstublieft|graag|geef|noem|kunt u|bevestig|"
    # a chat's short asks: "dob pls", "date de naissance svp", "fecha de nacimiento porfa"
    r"pls|plz|svp|stp|porfa|alsjeblieft|aub)(?!\w)"
)
_DATE_LABEL_WORD = re.compile(r"(?<!\w)(?:date|datum|fecha|due|deadline|frist|fällig|échéance|vencimiento|when|wann|quand|cuándo|wanneer)")
_DOB_NOTE = re.compile(r"[\w.-]{0,10}[ ]?\([^()\n]{1,60}\)")
_ENDS_ANSWER = re.compile(r"[ \t]*(?:$|\n|[.,;!)])")
# ... and when the question asks for the name first ("the planholder's full name and date of
# birth?", "Namen und Geburtsdatum?", "nom et date de naissance ?", "nombre y fecha de nacimiento?",
# "naam en geboortedatum?"), the answer gives the name, a comma, then the date ("Caller: Michael
# Wells, 03/03/1968"): the name's words hold no digit, no colon and no question
_NAME_ASKED_BEFORE = re.compile(r"(?<!\w)(?:name|namen|nom|nombre|naam)(?:[ ](?:completo|complet|complète|volledige))?[ ]"
                                r"(?:and|und|et|y|en|&|\+)[ ](?:(?:the|your|his|her|their|ihr|sein|das|le|la|sa|son|votre|su|el|"
                                r"uw|zijn|haar|de|het)[ ])?$")
# ... the same asked without a question mark, a chat's request on its own line ("Bitte Name und
# Geb.-Datum", "full name + dob pls", "nom et date de naissance svp"), the next line's answer the
# name, a comma, then the date ("Florian : Alice Rémy, 15.11.1963")
_DOB_REQUEST_NAMED_ANSWER = re.compile(
    r"[^\n?]{0,40}[.!:]?[ \t]*\n[ \t]*(?:[\[(]?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?[\])]?[ \t]*)?(?:[^\W\d][^\n:]{0,30}:[ \t]*)?"
    r"[^\W\d_][^\n\d,:;?!]{1,40},[ ]*$"
)
_DOB_QUESTION_NAMED_ANSWER = re.compile(
    r"[^\n?]{0,60}\?[ \t]*\n[ \t]*(?:[\[(]?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?[\])]?[ \t]*)?(?:[^\W\d][^\n:]{0,30}:[ \t]*|[—–―-][ \t]*)?"
    r"(?:(?:yes|yeah|sure|ja|oui|sí|si|it['’]s|it is)[ ,]*){0,2}[^\W\d_][^\n\d,:;?!]{1,40},[ ]*$"
)
# A patient's label, the patient's name (a title and words without digits), then a date: the
# header of a referral or a report gives the date of birth there ("Patiënt: Mevr. Brandt,
# 07-05-1956", "Patient: Mr J. Smith (12/03/1956)", "Paciente: Sr. García - 12/03/1956")
_PATIENT = r"[ \t]*(?:patient(?:in|e)?|patiënt(?:e)?|paciente|pat\.)[ \t]*:"
_PATIENT_LABEL = re.compile("^" + _PATIENT, re.MULTILINE)
_PATIENT_NAME_DATE = re.compile(_PATIENT + r"[ \t]*[^\W\d_][^\n\d,;:()]{1,50}?[ ]?(?:,|\(|[ ][-–—])[ ]*$")
# The subject of a social-care or safeguarding record, the same way: "Adult at risk: Courtney Taylor,
# 6 June 1981", "Service user: Mr Hill (03/04/1948)", "Betroffene Person: ...", "Usager : ...",
# "Persona usuaria: ...", "Zorgvrager: ..."; a date some years past only (a visit's date is recent)
_CARE_SUBJECT = (r"[ \t]*(?:adult at risk|child at risk|person at risk|vulnerable adult|service user|care recipient|"
                 r"betroffene person|pflegebedürftige[r]?|schutzbedürftige[r]?|"
                 r"usager|usagère|personne vulnérable|personne concernée|personne accompagnée|"
                 r"persona usuaria|persona en riesgo|persona afectada|persona atendida|"
                 r"zorgvrager|kwetsbare volwassene|betrokkene|zorgontvanger)[ \t]*:")
_CARE_SUBJECT_LABEL = gated(re.compile("^" + _CARE_SUBJECT, re.MULTILINE))
_CARE_SUBJECT_NAME_DATE = re.compile(_CARE_SUBJECT + r"[ \t]*[^\W\d_][^\n\d,;:()]{1,50}?[ ]?(?:,|\(|[ ][-–—])[ ]*$")
# A birthday greeting: a full date with a year, some years past, in the same paragraph is the
# birth date ("Joyeux anniversaire Sylvie ! (d'après le fichier RH : 24 juillet 1980, ...)")
_BIRTHDAY_GREETING = gated(re.compile(
    r"(?<!\w)(?:happy (?:\d{1,3}(?:st|nd|rd|th) )?birthday|many happy returns|"
    r"alles gute zum (?:\d{1,3}\. )?geburtstag|herzlichen glückwunsch zum (?:\d{1,3}\. )?geburtstag|"
    r"alles liebe zum (?:\d{1,3}\. )?geburtstag|"
    r"joyeux anniversaire|bon anniversaire|"
    r"feliz cumpleaños|feliz cumple|"
    r"gefeliciteerd met je verjaardag|gefeliciteerd met uw verjaardag|fijne verjaardag|hartelijk gefeliciteerd)(?!\w)"
))
_GREETING_WINDOW = 150
_BIRTH_YEARS_AGO = 10


def _year(date: str) -> int | None:
    m = re.search(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])", date)
    return int(m.group(0)) if m else None


def _this_year() -> int:
    import datetime

    return datetime.date.today().year


# A patient's identification line: the patient's name, then the date, and the patient's record
# number on the same line ("Triaje 08:42 – Doña Montes, 2 de enero de 1986, NHC 56698845.",
# "Labaanvraag – pat.nr. K1677055 – Kiki Beijring (08.06.1969) – aanvrager Dr. Lenaerts"). The
# name is a title and a surname (not a doctor's: "Dr. Stas, 12-03-2024" dates a request) before
# a comma, a bracket or a dash; or two or three capitalised words with the date in brackets.
_RECORD_CUE = re.compile(
    r"(?<!\w)(?:nhc|mrn|ipp|nhs(?: number| no\.?)?|pat\.?[ -]?(?:nr|id)\.?|patient(?:en)?[ -]?(?:id|nr\.?|nummer|number|no\.?)|"
    r"patiëntnummer|patientnummer|numéro de dossier|n[°º]\.? ?(?:de )?dossier|dossier (?:patient|médical)|"
    r"historia clínica|n\.?[°º]\.? ?(?:de )?historia|número de historia|fallnummer|hospital (?:number|no\.?)|"
    r"medical record(?: number| no\.?)?)[^\w\n]{0,4}(?:[a-z]{1,4}-?)?[0-9]{3}"
)
_ENDS_ITEM = re.compile(r"[ \t]*(?:$|\n|[.,;!)]|[-–—][ ])")
_RECORD_HINTS = ("nhc", "mrn", "ipp", "nhs", "pat", "dossier", "historia", "fall", "hospital", "medical record")
_NAME_PARTICLE = r"(?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y|'t|’t)[ ]){0,2}"  # "van 't Hof"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_TITLED_NAME_BEFORE_DATE = re.compile(
    r"(?<![\w.])(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|monsieur|madame|sr|sra|srta|don|doña|dña|señor|señora|"
    r"dhr|mevr|mw|mevrouw|meneer|de heer)\.?[ ]"
    + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r")?[ ]?(?:,|\(|[ ][-–—])[ ]*$"
)
_NAME_BEFORE_BRACKETED_DATE = re.compile(
    r"(?<![\w.])(?!(?i:dr|dra|prof|doctor|docteur|doktor)\b)" + _NAME_WORD
    + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,2}[ ]?\([ ]*$"
)


def _patient_line_dates(text: str, lowered: str) -> Iterator[Span]:
    if not any(h in lowered for h in _RECORD_HINTS):
        return
    done = -1
    for cue in _RECORD_CUE.finditer(lowered):
        line_start = max(text.rfind("\n", max(0, cue.start() - 200), cue.start()) + 1, cue.start() - 200)
        line_end = text.find("\n", cue.end(), cue.end() + 200)
        line_end = min(len(text), cue.end() + 200) if line_end < 0 else line_end
        if line_end <= done:
            continue
        done = line_end
        for m in DATE.finditer(text, line_start, line_end):
            if _year(m.group(0)) is None and not re.search(r"[./-][0-9]{2}$", m.group(0)):
                continue
            if not _ENDS_ITEM.match(text, m.end()):
                continue
            lo = max(line_start, m.start() - 60)
            if (_TITLED_NAME_BEFORE_DATE.search(text, lo, m.start())
                    or (_NAME_BEFORE_BRACKETED_DATE.search(text, lo, m.start()) and text[m.end() : m.end() + 1] == ")")):
                yield (m.start(), m.end(), "date_of_birth")


# A case note's subject brought in by the role a service gives them, without a colon, then their name and
# a date in brackets some years past: the birth date that identifies them in the note ("Client Catriona
# Taylor (11/13/1952) came in about ...", "Klientin Maria Roth (03.04.1961) kam wegen ...", "Usager Paul
# Roy (12/03/1958) reçu pour ...", "Usuaria Ana Gil Pardo (12-03-1958) acude por ...", "Cliënt Joop de
# Vries (12-03-1958) kwam langs over ..."); a recent date in brackets is the visit's or the letter's
# ("Client Ann Lee (12/03/2025) ..." stays clean)
_ROLE_NAME_BRACKETED_DATE = re.compile(
    r"(?<![\w.])(?i:client|service user|patient|resident|claimant|klient|klientin|patientin|bewohner|bewohnerin|"
    r"cliente|patiente|usager|usagère|résident|résidente|bénéficiaire|paciente|usuario|usuaria|residente|"
    r"cliënt|patiënt|patiënte|bewoner|bewoonster)[ ]"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3}[ ]?\([ ]?(?P<date>[^()\n]{6,24}?)[ ]?\)")


def _role_name_bracketed_dates(text: str) -> Iterator[Span]:
    """The date in brackets after a case note's subject's role and name (_ROLE_NAME_BRACKETED_DATE)."""
    for m in _ROLE_NAME_BRACKETED_DATE.finditer(text):
        date = m.group("date")
        year = _year(date)
        if DATE.fullmatch(date) and year is not None and year <= _this_year() - _BIRTH_YEARS_AGO:
            yield (m.start("date"), m.end("date"), "date_of_birth")


# A care service's log of the people it saw, one a line: the time the line opens with, the person's full name
# and a date in brackets some years past, the birth date that tells two namesakes apart, then what was done
# ("10:05 Mary Hill (12/03/1950) flu", "09:40 Anna Roth (12.03.1950) Grippe", "11:20 Paul Roy (04/02/1949)
# grippe", "08:38 Ana Gil Pardo (12 de marzo de 1950) gripe", "14:10 Joop de Vries (12-03-1950) griep"), in a
# text about care (a clinic, a doctor, a vaccine or the illness it is given against). A recent date in
# brackets is the visit's or an appointment's ("10:05 Mary Hill (12/03/2026) flu" stays clean), a line with no
# time opening it is no log's, and a text about no care (a TV guide's "20:15 Der Pate (24.03.1972)") holds none
_TIMED_NAME_BRACKETED_DATE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?[0-2]?[0-9][:.h][0-5][0-9](?:[:.][0-5][0-9])?(?:[ ]?(?i:am|pm|a\.m\.|p\.m\.|uhr|h))?"
    r"[ \t]*(?:[-–—|,][ \t]*)?"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_WORD + r"(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y|'t|’t|'s|’s)[ ]){0,2}" + _NAME_WORD + r"){1,3}"
    r"[ ]?\([ ]?(?P<date>[^()\n]{6,24}?)[ ]?\)", re.MULTILINE)
# the care the log is kept for: _CARE_WORD's, and a vaccine's or its illness's word inside a compound
# ("Inloopvaccinatie", "Grippeimpfung"), a Dutch doctor's short label ("Arts:")
_CARE_LOG_WORD = gated(re.compile(r"vaccin|vacun|impf|inent|griep|grippe|gripe|influenza|covid|corona|(?<!\w)flu(?!\w)|"
                                  r"(?<!\w)arts[ \t]*:"))


def _care_log_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    """The dates in brackets on a care log's timed lines (_TIMED_NAME_BRACKETED_DATE): births some years past."""
    if _CARE_LOG_WORD.search(lowered) is None and _CARE_WORD.search(lowered) is None:
        return
    for m in _TIMED_NAME_BRACKETED_DATE.finditer(text):
        date = m.group("date")
        year = _year(date)
        if DATE.fullmatch(date) and year is not None and year <= _this_year() - _BIRTH_YEARS_AGO:
            yield (m.start("date"), m.end("date"), "date_of_birth")


def _patient_and_greeting_dates(text: str, lowered: str) -> Iterator[Span]:
    yield from _patient_line_dates(text, lowered)
    if "(" in text:
        yield from _role_name_bracketed_dates(text)
        yield from _care_log_birth_dates(text, lowered)
    for label in _PATIENT_LABEL.finditer(lowered):
        line_end = text.find("\n", label.end())
        for m in DATE.finditer(text, label.end(), len(text) if line_end < 0 else line_end):
            year = _year(m.group(0))
            if (year is not None and year < _this_year() and _ENDS_ANSWER.match(text, m.end())
                    and _PATIENT_NAME_DATE.match(lowered, label.start(), m.start())):
                yield (m.start(), m.end(), "date_of_birth")
            break
    # the label's regex at the lines' starts is cheaper than a gate of its words (~0.6 us a text)
    for label in _CARE_SUBJECT_LABEL.finditer(lowered):
        line_end = text.find("\n", label.end())
        for m in DATE.finditer(text, label.end(), len(text) if line_end < 0 else line_end):
            year = _year(m.group(0))
            if (year is not None and year <= _this_year() - _BIRTH_YEARS_AGO and _ENDS_ANSWER.match(text, m.end())
                    and _CARE_SUBJECT_NAME_DATE.match(lowered, label.start(), m.start())):
                yield (m.start(), m.end(), "date_of_birth")
            break
    for g in _BIRTHDAY_GREETING.finditer(lowered):
        end = min(len(text), g.end() + _GREETING_WINDOW)
        paragraph = text.find("\n\n", g.end(), end)
        for m in DATE.finditer(text, g.end(), end if paragraph < 0 else paragraph):
            year = _year(m.group(0))
            if year is not None and year <= _this_year() - _BIRTH_YEARS_AGO:
                yield (m.start(), m.end(), "date_of_birth")
                break


# A birth date asked about, then the date on file in the next sentence (or later in the same one):
# "... one query: the date of birth of the second named insured. We have 28/02/1964 on file but the
# form says otherwise", "Ihr Geburtsdatum weicht ab: bei uns ist der 03.04.1971 hinterlegt", "votre
# date de naissance ... Nous avons le 12/05/1980 dans nos dossiers", "tenemos registrado el ...",
# "Bij ons staat 12-03-1975 geregistreerd". The date is ten years past at least, the sentence holds
# a word that keeps it on record and no other date's word (a visit, a start, an issue, a payment).
_BIRTH_DATE_NAMES = frozenset(("date of birth", "birth date", "birthdate", "dob", "d.o.b.", "geburtsdatum", "date de naissance",
                               "fecha de nacimiento", "geboortedatum"))
_HELD = re.compile(
    r"(?<!\w)(?:on file|on record|in our records|our records show|"
    # who keeps it, maybe with an adverb: "we currently hold", "I have ... for you already", "ich habe",
    # "j'ai", "tengo", "ik heb"
    r"(?:we|i)(?:[ ](?:currently|still|already|also|now))?[ ](?:have|hold)|i['’]ve got|ich habe|j['’]ai|tengo|ik heb|"
    r"registered|recorded|"
    r"hinterlegt|gespeichert|vermerkt|eingetragen|bei uns|in unseren unterlagen|"
    r"nous avons|dans nos dossiers|dans notre dossier|enregistrée?|figure|"
    r"tenemos|consta|registrad[ao]|en nuestros registros|en nuestro sistema|"
    r"hebben wij|hebben we|bij ons|geregistreerd|in ons systeem|staat genoteerd)(?!\w)")
_OTHER_DATE_WORD = re.compile(
    r"(?<!\w)(?:appointment|visit|start|started|starts|issued|expir\w*|paid|payment|renewal|inception|effective|since|"
    r"termin|beginn|seit|ausgestellt|zahlung|rendez-vous|début|depuis|délivr\w*|paiement|cita|inicio|desde|pago|"
    r"afspraak|begin|sinds|betaling|afgegeven)(?!\w)")


# A child's birth date named as the child's: "your child's surname and date of birth", "Geburtsdatum
# Ihres Kindes", "la date de naissance de votre enfant", "la fecha de nacimiento de su hijo", "geboortedatum
# van uw kind" (the child's word before the name, in the same clause): a recent year is a child's
_CHILD_BEFORE = re.compile(
    r"(?<!\w)(?:child|son|daughter|baby|pupil|kind|kindes|sohn|sohnes|tochter|enfant|fils|fille|bébé|"
    r"hij[oa]|niñ[oa]|bebé|zoon|dochter|baby)(?:['’]s)?(?!\w)[^.;!?\n]{0,40}$")


def _held_birth_date(text: str, lowered: str, named: int) -> Iterator[Span]:
    """The first full date some years past after a birth date's name at `named`, in its sentence
    or the next, when that sentence keeps it on record and names no other date."""
    end = min(len(text), named + 250)
    if _HELD.search(lowered, named, min(len(text), end + 150)) is None:
        return  # cheapest first: no word that keeps a date on record after the birth's name
    latest = _this_year() if _CHILD_BEFORE.search(lowered, max(0, named - 60), named) else _this_year() - _BIRTH_YEARS_AGO
    for m in DATE.finditer(text, named, end):
        year = _year(m.group(0))
        if year is None or year > latest or _long_past(m.group(0)):
            continue
        lo = max(named, m.start() - 150)
        first = lo + sentence_start(lowered[lo : m.start()])
        # the birth date named in this sentence or the one before it, not further back
        if first > named and lowered.count(". ", named, first) + lowered.count("? ", named, first) > 1:
            return
        stop = _SENTENCE_END.search(lowered, m.end(), m.end() + 150)
        last = stop.start() if stop else min(len(lowered), m.end() + 150)
        if _HELD.search(lowered, first, last) and not _OTHER_DATE_WORD.search(lowered, first, last):
            yield (m.start(), m.end(), "date_of_birth")
        return


# A year before 1850 is no living person's birth: a date of history ("Isaac Newton was born on 25
# December 1642"). A fixed year, not today's: the rule stays the same whenever it runs.
_OLD_YEAR = re.compile(r"(?<![0-9])1(?:[0-7][0-9]{2}|8[0-4][0-9])(?![0-9])")


def _long_past(date: str) -> bool:
    return _OLD_YEAR.search(date) is not None


# A person's age in brackets right after a full date: the date is the birth the age is counted
# from ("Frau Keller, 12.03.1958 (67 J.)", "né le ... (63 ans)", "Joe Bloggs, 1960-03-12 (age
# 64)", "12-03-1961 (63 jaar)"); an age word or a year's unit must be there, "(2)" is a footnote.
_AGE_BRACKET = re.compile(
    r"[ ]?[(\[][ ]?(?:(?:age[d]?|âge|edad|alter|leeftijd)[ :]*[0-9]{1,3}|"
    r"[0-9]{1,3}[ ]?(?:j\.|j(?=[ )\]])|jahre|jr\.?|jaar|ans|años|a\.|y/o|yo|yrs?\.?|years(?: old)?|y\.|y(?=[)\]])))"
    r"[ ]?[)\]]"
)


# A newborn's birth in a maternity or a discharge record: a delivery's word, the date, then the baby's
# sex and its weight ("Spontaneous delivery on 03/05/2019, a boy, 3.4 kg", "Sectio am 12.03.2016,
# Junge, 3520 g", "Accouchement le 22.12.2016, fille, 3 250 g", "Cesárea el 4 de mayo de 2021, niño,
# 3.400 g", "Bevalling op 14-01-2011, meisje, 3410 gram"); a parcel's "delivered on ..." gives no sex
# and no weight
_DELIVERY_WORD = re.compile(
    r"(?<!\w)(?:deliver(?:y|ed)|birth|born|labou?r|c-section|caesarean|cesarean|"
    r"\w*geburt|entbindung|entbunden|sectio|kaiserschnitt|geboren|"
    r"accouchement|accouchée|née?|césarienne|naissance|"
    r"parto|cesárea|nacid[oa]|nacimiento|"
    r"bevalling|bevallen|partus|keizersnede)(?!\w)")
_NEWBORN_AFTER_DATE = re.compile(
    r",?[ ](?:(?:a|an|ein|eine|un|une|una|een)[ ])?(?:healthy[ ])?"
    r"(?:boy|girl|male|female|son|daughter|junge|mädchen|knabe|sohn|tochter|garçon|fille|fils|niño|niña|varón|"
    r"jongen|meisje|zoon|dochter)(?:[ ]\w+)?,?[ ](?:(?:weighing|gewicht|poids|peso|of|von|de|van)[ ]:?)?"
    r"[0-9][0-9 .,]{0,5}[ ]?(?:g|gr|gram|gramm|grammes?|gramos|kg|lb|lbs)(?!\w)")
_NEWBORN_HINTS = ("boy", "girl", "male", "son", "daughter", "junge", "mädchen", "knabe", "sohn", "tochter", "garçon", "fille",
                  "fils", "niñ", "varón", "jongen", "meisje", "zoon", "dochter")


def _newborn_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    """A date after a delivery's word, with the baby's sex and weight right after it (_DELIVERY_WORD,
    _NEWBORN_AFTER_DATE): a maternity record's birth date of the child."""
    if not any(h in lowered for h in _NEWBORN_HINTS):
        return
    for k in _DELIVERY_WORD.finditer(lowered):
        for m in DATE.finditer(text, k.end(), min(len(text), k.end() + 60)):
            if "\n" not in text[k.end() : m.start()] and _NEWBORN_AFTER_DATE.match(lowered, m.end()):
                yield (m.start(), m.end(), "date_of_birth_newborn")
            break


def _dates_before_ages(text: str, lowered: str) -> Iterator[Span]:
    if "(" not in text and "[" not in text:
        return
    for a in _AGE_BRACKET.finditer(lowered):
        for m in DATE.finditer(text, max(0, a.start() - 30), a.start()):
            if m.end() == a.start() and _year(m.group(0)) is not None and not _long_past(m.group(0)):
                yield (m.start(), m.end(), "date_of_birth")


# An airline's passport record (SSR DOCS): document type, issuing country, number, nationality,
# then the holder's birth date, as IATA writes it ("12JUL76") or as a date ("1976-07-12"), and the
# gender: "SSR DOCS BA HK1/P/GBR/S72985443/GBR/12JUL76/M/23OCT29/SMITH/JOHN"
_DOCS_BIRTH = re.compile(
    r"(?<![\w/])S?S?R?[ ]?DOCS(?:[ ]+[A-Z0-9]{2}[ ]+HK1)?[ ]?[ /][A-Z]{1,2}/[A-Z]{0,3}/[A-Z0-9]{5,15}/[A-Z]{0,3}/"
    r"(?P<dob>[0-9]{2}[A-Z]{3}[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}[./-][0-9]{2}[./-][0-9]{4})/[MFXU]I?(?![\w])"
)


# HL7 v2's patient segment: its seventh field is the date of birth ("PID|1||M5851046^^^LAB^MR||
# Paul MacGroarty||19500703|F"), written as HL7's timestamp (YYYYMMDD, a time may follow) or, by
# some senders, as a date in words or digits
_HL7_PID = re.compile(r"(?:^|(?<=[\r\n]))PID\|")
_HL7_DATE = re.compile(
    r"(?:1[89]|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:\.[0-9]{1,4})?)?)?)?"
    r"(?:[+-][0-9]{4})?"
)
_HL7_PID_DOB = 7


def _hl7_pid_fields(text: str, last: int) -> Iterator[tuple[int, int, str]]:
    """(index, start, text) of each field of each PID segment, up to field `last`."""
    for pid in _HL7_PID.finditer(text):
        line_end = len(text)
        for stop in ("\r", "\n"):
            at = text.find(stop, pid.end())
            if 0 <= at < line_end:
                line_end = at
        at = pid.start()
        for index, field in enumerate(text[at:line_end].split("|")[: last + 1]):
            yield index, at, field
            at += len(field) + 1


def _hl7_birth_dates(text: str) -> Iterator[Span]:
    for index, at, field in _hl7_pid_fields(text, _HL7_PID_DOB):
        if index == _HL7_PID_DOB:
            value = field.split("^", 1)[0]
            if value and (_HL7_DATE.fullmatch(value) or DATE.fullmatch(value)) and not _long_past(value):
                yield (at, at + len(value), "date_of_birth_hl7")


# German's and Dutch's verb after the date: "Ich wurde am 12. März 1985 in Köln geboren", "ik ben
# op 3 mei 1980 geboren", "Sie ist am 04.07.1990 geboren"
_BORN_AFTER = re.compile(r"[ ](?:(?:in|te)[ ][A-ZÀ-Þ][\w'’-]+(?:[ ](?:am|an der|bei|aan de|aan den)?[ ]?[A-ZÀ-Þ][\w'’-]+)?[ ])?geboren(?!\w)")
_ON_BEFORE = re.compile(r"(?<!\w)(?:am|op|den)[ ]$")


def _dates_before_born(text: str, lowered: str) -> Iterator[Span]:
    for g in re.finditer(r"(?<=[ ])geboren(?!\w)", lowered):
        for m in DATE.finditer(text, max(0, g.start() - 60), g.start()):
            verb = _BORN_AFTER.match(text, m.end())
            if (verb is not None and verb.end() == g.end()
                    and _ON_BEFORE.search(lowered, max(0, m.start() - 6), m.start()) and not _long_past(m.group(0))):
                yield (m.start(), m.end(), "date_of_birth")


# Round 74: one of the dates given as an example in brackets after the plural, the list itself shared ("klassenlijst
# met geboortedata (bv. 01.10.2023) per abuis gedeeld", "dates de naissance des élèves (ex. 05/01/2009)", "fechas de
# nacimiento (p. ej. 18-09-2021)", "dates of birth (e.g. 12/03/2015)", "Geburtsdaten der Kinder (z. B. 12.03.2015)"):
# the example is one of the people's own dates
_EXAMPLE_WORD = (r"e\.[ ]?g\.,?|eg,?|for[ ]example,?|for[ ]instance,?|z\.[ ]?b\.|zb\.?|zum[ ]beispiel|bspw\.|ex\.|"
                 r"par[ ]ex(?:\.|emple)|p\.[ ]?ej\.|por[ ]ej(?:\.|emplo)|bv\.|bijv\.|bijvoorbeeld")
# Several people's dates of birth named together, then listed: "Both DOBs confirmed (1979-10-18 /
# 1977-06-22)", "Geburtsdaten der Kinder: 12.03.2010, 14.07.2013", "dates de naissance des époux :
# ... et ...", "fechas de nacimiento: ... y ...", "geboortedata: ... en ...": the plural's word, a
# few words (no range's: "between", "from", "bis"), then the dates one after another
_DOB_PLURAL = gated(re.compile(
    r"(?<!\w)(?:dobs|d\.o\.b\.s|dates of birth|birth ?dates|geburtsdaten|dates de naissance|fechas de nacimiento|"
    r"geboortedata|geboortedatums|"
    # Round 71: the birth's verb in the plural, as a couple's or siblings' file says it, then the dates one after
    # another ("Nés le 14/05/2002 / 20/11/1986", "nées le 3 mai 1980 et 4 juin 1982", "nacidos el 12/03/1980 y
    # 04/06/1982", "both born 12.03.1980 / 04.06.1982", "beide geboren am ... und ...", "allebei geboren op ... en
    # ..."): every date of the list is one of theirs (a singular "né le" reads its one date as before)
    r"nés|nées|né\(e\)s|nacidos|nacidas|both[ ]born|beide[ ]geboren|allebei[ ]geboren|beiden[ ]geboren)(?!\w)"))
_DOB_PLURAL_GAP = re.compile(
    r"(?:[ ](?!(?:between|from|after|before|since|until|to|zwischen|von|vor|nach|seit|bis|ab|entre|du|avant|après|depuis|"
    r"jusqu['’]au|desde|hasta|antes|después|tussen|van|voor|na|sinds|tot|vanaf)(?!\w))[^\W\d_][\w'’.-]*){0,4}"
    r"[ \t]*(?::|\((?:" + _EXAMPLE_WORD + r")?)?[ \t]*")
_DOB_LIST_SEPARATOR = re.compile(r"[ \t]*(?:/|,|;|&|and|und|et|y|en)[ \t]*")


# Round 74: a rooming list's line, the room's word and number, then two sharers joined by "+", "and", "et", "und",
# "y", "en", the first with a date in brackets: that sharer's birth date, the one date a hotel or a tour's leader
# lists a young guest by ("Ch. 12 : Mathilde Vincent (01/07/2014) + Michelle Perret", "Kamer 8: Thomas De Waele
# (8 april 2012) en Khadija De Bruyn", "Hab. 105: Rosa Casal (18-03-2012) y Rogelio Báez", "Room 4: Tom Hale
# (03/05/2012) and Ben Cole", "Zimmer 3: Anna Roth (12.03.2012) und Lea Kurz"); a line with no room's word (a
# meeting's "Anna Roth (12.03.2026) und Lea Kurz") or a date in the future stays unread
_ROOMING_LINE = gated(re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?i:ch\.|chambre|kamer|kmr\.|hab\.|habitaci[óo]n|room|rm\.?|zimmer|zi\.|cabin|cabine|"
    r"camarote|kajüte|hut)[ ]?[0-9]{1,4}[a-zA-Z]?[ \t]*:[ \t]*"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}[ ]\((?P<date>[^()\n]{6,24})\)[ ]"
    r"(?:\+|&|and|und|et|y|en)[ ]" + _NAME_WORD, re.MULTILINE))


def _rooming_line_birth_dates(text: str) -> Iterator[Span]:
    for m in _ROOMING_LINE.finditer(text):
        year = _year(m.group("date"))
        if DATE.fullmatch(m.group("date")) and year is not None and year <= _this_year():
            yield (m.start("date"), m.end("date"), "date_of_birth_rooming_list")


# Round 76: a person's row, comma-separated: the full name, a date, then the address, its house number and its
# street (either way round): the date between a name and a home is the person's birth date, as a record's row or
# a data dump's line gives it ("Fixture row came from prod dump: Holly Williams, 09/25/1950, 8621 Steven Point,
# ...", "Testdatensatz: Anna Roth, 12.03.1961, Hauptstraße 12, 10115 Berlin", "ligne importée : Léa Roy,
# 12/03/1961, 4 rue des Lilas, Lyon", "fila del CSV: Ana Gil Pardo, 12-03-1961, Calle Mayor 5, Madrid", "rij uit
# de export: Saar de Vries, 12-03-1961, Dorpsstraat 7, Utrecht"); a date under sixteen years past (an order's, a
# visit's) or a row with no house number after it stays unread
_NAME_DATE_ROW = re.compile(
    r"(?:^|(?<=[:;|\n])[ \t]*|(?<=:[ ]))" + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3},[ ]")
_ADDRESS_AFTER_DATE = re.compile(
    r",[ ](?:[0-9]{1,6}[a-zA-Z]?,?[ ][^\W\d_][\w'’.-]+|"
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ ][^\W\d_][\w'’.-]*){0,3}[ ][0-9]{1,5}[a-zA-Z]?(?=,|[ \t]*$|[ \t]*\n))", re.M)


def _name_date_address_rows(text: str) -> Iterator[Span]:
    for m in _NAME_DATE_ROW.finditer(text):
        d = DATE.match(text, m.end())
        year = _year(d.group(0)) if d is not None else None
        if d is None or year is None or year > _this_year() - 16 or not _ADDRESS_AFTER_DATE.match(text, d.end()):
            continue
        yield (d.start(), d.end(), "date_of_birth_row")


# Round 77: ... or the row the other way round, the full name, the address with its house number, its town and its
# postcode, then the date last, the row's end ("seeding the db with a real customer row: Nathan Bailey, 95977 Tyler
# Walks Suite 531, West Jacqueline, AB S1H1S9, 12 July 2001. who added that??", "Datensatz: Anna Roth, Hauptstraße
# 12, 10115 Berlin, 12.03.1961", "ligne : Léa Roy, 4 rue des Lilas, 69003 Lyon, 12/03/1961.", "fila: Ana Gil,
# Calle Mayor 5, 28013 Madrid, 12-03-1961"); a date under sixteen years past, or one with more of the row after it,
# stays unread
_ROW_ADDRESS = re.compile(
    r"(?:[0-9]{1,6}(?:/[0-9]{1,4})?[a-zA-Z]?,?[ ][^\W\d_][\w'’.-]+|"
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ ][^\W\d_][\w'’.-]*){0,3}[ ][0-9]{1,5}[a-zA-Z]?(?=,))")
_ROW_END = re.compile(r"\.?[ \t]*(?:$|\n|(?<=\.)[ ])", re.M)


def _name_address_date_rows(text: str) -> Iterator[Span]:
    for m in _NAME_DATE_ROW.finditer(text):
        a = _ROW_ADDRESS.match(text, m.end())
        if a is None:
            continue
        line_end = text.find("\n", a.end())
        line_end = len(text) if line_end < 0 else line_end
        for c in re.finditer(r",[ ]", text[a.end() : min(line_end, a.end() + 120)]):
            d = DATE.match(text, a.end() + c.end())
            if d is None:
                continue
            year = _year(d.group(0))
            if year is not None and year <= _this_year() - 16 and _ROW_END.match(text, d.end()):
                yield (d.start(), d.end(), "date_of_birth_row")
            break


# Round 77: a swimming gala's heat sheet, one swimmer a line: the lane's word and number, the swimmer's name, then a
# date alone in brackets, the swimmer's birth date by which the age group is set, then the club or the time ("Lane 1
# Gordon Williamson  (05/14/2014)  Otters SC   38.44", "Bahn 2 Danny Mentzel (17. September 2012) SG Neptun 1:44,87",
# "Ligne 1 Michelle Teixeira (24 août 2015) CN Marseille", "Calle 3 Florencio Estévez (24-06-2015) CN Madrid",
# "Baan 4 Saar Peeters (09-06-2014) ZV De Vliet"): two such lines at least, one date some years past; a date to come
# stays unread
_HEAT_ROW = gated(re.compile(
    r"(?m)^[ \t]*(?i:lane|bahn|ligne|couloir|calle|carril|baan)[ ]?[0-9]{1,2}[:.]?[ \t]+" + _NAME_WORD
    + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3}[ \t]*\([ ]?(?P<date>(?i:" + DATE.pattern + r"))[ ]?\)"))


def _heat_sheet_birth_dates(text: str) -> Iterator[Span]:
    yield from _line_up_row_dates(list(_HEAT_ROW.finditer(text)))


# Round 77: a list asked for with each person's birth date, the sentence ending on the birth date's word, then the
# people named one after another, each with a date alone in brackets ("the hotel has asked for a rooming list with
# each player's date of birth. Anna Webb (27/04/2015) and Tom Hale (2013-11-08) are sharing room 212", "mit dem
# Geburtsdatum jedes Kindes: Lea Roth (12.03.2014) und Tim Kurz (...)", "avec la date de naissance de chacun : Léa
# Roy (...) et ...", "con la fecha de nacimiento de cada jugador. Nico Gil (...) y ...", "met ieders geboortedatum:
# Saar Peeters (...) en ..."); a date to come stays unread, a name with a date after no such sentence too
_DOB_ASKED = gated(re.compile(
    r"(?<!\w)(?:date[ ]of[ ]birth|birth[ ]?date|dob|geburtsdatum|date[ ]de[ ]naissance|fecha[ ]de[ ]nacimiento|"
    r"geboortedatum)(?:[ ][^\W\d_][\w'’-]*){0,3}[ \t]*[.:][ \t\n]+"))
_DOB_ASKED_ITEM = re.compile(
    _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}[ ]?\([ ]?(?P<date>(?i:" + DATE.pattern + r"))[ ]?\)")
_DOB_ASKED_SEPARATOR = re.compile(r"(?:,[ ]|[ ](?:and|und|et|y|en|&)[ ]|,[ ](?:and|und|et|y|en)[ ])")


def _asked_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _DOB_ASKED.finditer(lowered):
        m = _DOB_ASKED_ITEM.match(text, k.end())
        while m is not None:
            if _past_birth_date(m.group("date")):
                yield (m.start("date"), m.end("date"), "date_of_birth_list")
            sep = _DOB_ASKED_SEPARATOR.match(text, m.end())
            m = _DOB_ASKED_ITEM.match(text, sep.end()) if sep is not None else None


# Round 77: what a birth certificate shows, its word, a verb of showing or saying, then the date ("the birth cert
# shows 10/13/2017 but the CPR says something else", "die Geburtsurkunde nennt den 12.03.2015", "l'acte de naissance indique le 12/03/2015", "el acta de nacimiento dice
# 12-03-2015", "de geboorteakte vermeldt 12-03-2015"): the person's birth date; a date to come stays unread
_BIRTH_CERTIFICATE_SHOWS = gated(re.compile(
    r"(?<!\w)(?:birth[ ]cert(?:ificate)?|geburtsurkunde|acte[ ]de[ ]naissance|extrait[ ]de[ ]naissance|"
    r"(?:acta|partida|certificado)[ ]de[ ]nacimiento|geboorteakte)[ ]"
    r"(?:shows|says|states|gives|lists|reads|has|zeigt|nennt|sagt|enthält|indique|mentionne|dit|porte|"
    r"dice|indica|pone|muestra|vermeldt|zegt|toont|noemt)[ ](?:(?:the|den|le|el|de)[ ])?"))


def _birth_certificate_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _BIRTH_CERTIFICATE_SHOWS.finditer(lowered):
        d = DATE.match(text, k.end())
        if d is not None and _past_birth_date(d.group(0)):
            yield (d.start(), d.end(), "date_of_birth")


# Round 77: a care record's line, the hospital's or the patient's number after its label, the patient's full name,
# then a date alone, each in its own cell of a pipe-separated line ("Hosp no 2016-474547 | Ana Ruiz | January 2,
# 1957", "Pat.-Nr. 4471209 | Anna Roth | 12.03.1961", "IPP 4471209 | Léa Roy | 12/03/1961", "NHC 4471209 | Ana Gil
# | 12-03-1961", "Patiëntnr. 4471209 | Saar Bos | 12-03-1961"): the patient's birth date; a date with more after it
# in its cell (a visit's time) stays unread
_RECORD_NAME_DATE_LINE = gated(re.compile(
    r"(?m)^[ \t]*(?i:hosp(?:ital)?[ ]no\.?|hosp[ ]num(?:ber)?|mrn|nhs[ ]no\.?|pat(?:ient)?[ .-]*(?:nr|no|id)\.?|ipp|nhc|"
    r"patiëntnr\.?|patientennummer|fall-?nr\.?)[ :]*[A-Z]{0,4}-?[0-9][0-9/-]{3,14}[ \t]*\|[ \t]*"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3}[ \t]*\|[ \t]*"
    r"(?P<date>(?i:" + DATE.pattern + r"))[ \t]*(?=\||$)"))


def _record_name_date_lines(text: str) -> Iterator[Span]:
    for m in _RECORD_NAME_DATE_LINE.finditer(text):
        if _past_birth_date(m.group("date")):
            yield (m.start("date"), m.end("date"), "date_of_birth_row")


def _plural_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _DOB_PLURAL.finditer(lowered):
        m = DATE.search(text, k.end(), min(len(text), k.end() + 60))
        if m is None or not _DOB_PLURAL_GAP.fullmatch(lowered, k.end(), m.start()):
            continue
        while m is not None:
            if not _long_past(m.group(0)):
                yield (m.start(), m.end(), "date_of_birth_list")
            sep = _DOB_LIST_SEPARATOR.match(text, m.end())
            m = DATE.match(text, sep.end()) if sep is not None else None


# The birth's verb, the place, then the date, as a deed, a certificate or a CV writes it: "born in
# Leeds on 12 March 1961", "geboren in Frankfurt am Main am 03.04.1958", "née à Saint-Étienne le
# 12/03/1961", "nacida en San Sebastián el 4 de mayo de 1990", "geboren te Den Haag op 1 mei
# 1970"; the place is one to four capitalised words (with a river's or a region's link word), a
# country in brackets may follow it
_BORN_AT_PLACE = re.compile(
    r"(?<!\w)(?i:born|geboren|né|née|né\(e\)|nacid[oa]|nació|nací)[ ](?i:in|at|te|à|a|en)[ ]"
    r"[A-ZÀ-Þ][\w'’.-]*(?:[ ](?:(?:am|an der|bei|im|ob der|sur|sous|lès|en|de|del|de la|de los|aan de|aan den|upon|"
    r"op|bij)[ ])?[A-ZÀ-Þ][\w'’.-]*){0,3}(?:[ ]\([^()\n\d]{1,30}\))?,?[ ](?i:on(?:[ ]the)?|am|op|le|el|den)[ ]"
)


def _dates_right_after(cue: Searchable, text: str, haystack: str) -> Iterator[Span]:
    """A past date right where each match of `cue` in `haystack` (the text, or its lower-cased twin)
    ends: the birth date that a birthplace or a joined place-and-date key announces."""
    for k in cue.finditer(haystack):
        m = DATE.match(text, k.end())
        if m is not None and not _long_past(m.group(0)):
            yield (m.start(), m.end(), "date_of_birth_place")


# A key that joins the birth's place and date, in either order, then the date, maybe after the
# place and a comma: "Place and date of birth: Leeds, 3 May 1979", "Geburtsdatum und -ort: 03.05.1979,
# Ulm", "Ort, Datum der Geburt: Ulm, 03.05.1979", "lieu et date de naissance : Lyon, le 3 mai 1979",
# "lugar y fecha de nacimiento: Sevilla, 3 de mayo de 1979", "geboortedatum en -plaats: 3 mei 1979, Gent"
_PLACE_AND_BIRTH_DATE = gated(re.compile(
    r"(?<!\w)(?:(?:place|date)[ ]?(?:and|&|/)[ ]?(?:place|date)[ ]of[ ]birth|birth[ ]?(?:place|date)[ ]?(?:and|&|/)[ ]?(?:place|date)|"
    r"geburts(?:datum|ort)[ ]?(?:und|/|,)[ ]?-?(?:geburts)?(?:datum|ort)|(?:ort|datum)[ ]?(?:und|/|,)[ ]?(?:ort|datum)[ ]der[ ]geburt|"
    r"(?:lieu|date)[ ]?(?:et|/|&)[ ]?(?:lieu|date)[ ]de[ ]naissance|"
    r"(?:lugar|fecha)[ ]?(?:y|/|&)[ ]?(?:lugar|fecha)[ ]de[ ]nacimiento|"
    r"geboorte(?:datum|plaats)[ ]?(?:en|/|&)[ ]?-?(?:geboorte)?(?:datum|plaats)|(?:plaats|datum)[ ]?(?:en|/|&)[ ]?(?:plaats|datum)[ ]van[ ]geboorte)"
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[:=]?[ \t]*"
    r"(?:[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.()-]*){0,3},?[ ])?(?:(?:le|am|el|op|on|the|den)[ ]){0,2}"))


# A family's list under a word for the children: each child's first name, then the date in brackets
# ("children Pauric (November 15, 2011) and Rachel (March 3, 2024)", "Kinder: Lea (03.05.2015), Tim
# (2018-01-02)", "enfants Léa (3 mai 2015) et Tom (...)", "hijos Nico (3 de febrero de 2011) y Lola
# (...)", "kinderen Vigo (14.10.2021) en Saar (09-06-2016)"); a date not yet past stays clean
_CHILDREN_WORD = re.compile(
    r"(?<!\w)(?:children|kids|sons|daughters|child|son|daughter|twins|kinder|kind|söhne|sohn|töchter|tochter|zwillinge|"
    r"enfants|enfant|fils|filles|fille|jumeaux|jumelles|hij[oa]s?|niñ[oa]s|gemel[oa]s|kinderen|zoon|zonen|dochters?|tweeling)"
    r"(?:[ ]?:)?[ ]")
_CHILD_ITEM = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}[ ]?\([ ]?")
_CHILD_SEPARATOR = re.compile(r"[ ]?\)(?:,?[ ](?:and|und|et|y|en|&)[ ]|[,;][ ])")


# Round 70: a parent's child, the copula and the date it is "of", the spoken way to give a child's birth date
# ("mijn zoontje is van 21 augustus 2013", "onze dochter is van 12-03-2019", "ma fille est du 12 mars 2015", "mi
# hijo es del 12 de marzo de 2015", "mein Sohn ist vom 12.03.2015"): a possessive before the child's word, then a
# full date with its year, not yet to come; a thing's date ("de brief is van 12-03-2019") names no child, a year
# alone ("mijn zoon is van 2013") no day
_CHILD_IS_OF = re.compile(
    r"(?<!\w)(?:my|our|mijn|onze|ons|ma|mon|notre|mi|nuestr[oa]|mein|meine|unser|unsere)[ ]"
    r"(?:kleine[ ]|jongste[ ]|oudste[ ]|petite?[ ]|pequeñ[oa][ ]|kleiner[ ]|jüngster?[ ]|älteste[r]?[ ])?"
    r"(?:zoon(?:tje)?|dochter(?:tje)?|kind(?:je)?|meisje|jongetje|baby|fils|fille|enfant|bébé|hij[oa]|niñ[oa]|bebé|"
    r"sohn|tochter|kleiner|kleine)[ ]"
    r"(?:is[ ]van|est[ ]du|est[ ]de|es[ ]del|es[ ]de|ist[ ]vom|ist[ ]von)[ ]")


def _child_is_of_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for m in _CHILD_IS_OF.finditer(lowered):
        d = DATE.match(text, m.end())
        if d is not None and _year(d.group(0)) is not None and _past_birth_date(d.group(0)):
            yield (d.start(), d.end(), "date_of_birth_child_is_of")


# Round 71: a couple named by its word, then each partner's full name with a date alone in brackets, as a
# fertility clinic's or a registrar's file writes them ("Couple Ann Cole (12/03/1980) and Tom Hale (4 May 1978)",
# "Ehepaar Jana Roth (12.03.1980) und Jan Roth (04.06.1978)", "couple Léa Roy (3 mai 1980) et Paul Roy (...)",
# "Pareja Ana Gil (12 de marzo de 1980) y Nico Gil (...)", "Paar Saar Peeters (14 maart 1980) en Bart Mol (...)"):
# two names with their dates at least, one some years past, the brackets opening with the date; one name with a
# date ("couple Ann Cole (12/03/2026)") or a bracket with a word first ("(married 12/03/2001)") stays clean
_COUPLE_WORD = gated(re.compile(
    r"(?<!\w)(?:couple|married[ ]couple|partners|ehepaar|paar|pärchen|pareja|matrimonio|echtpaar|stel)(?:[ ]?:)?[ ]"))


def _couple_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _COUPLE_WORD.finditer(lowered):
        found = list(_names_with_dates(text, k.end(), _ENROLLED_ITEM, _this_year() - _BIRTH_YEARS_AGO,
                                       _CHILD_SEPARATOR, one_field=True))
        if len(found) >= 2:
            yield from found


# Round 71: a youth group's member under the member's label, the full name, then a date alone in brackets: the
# young member's birth date, maybe a recent one ("Cub: Tom Hale (14/06/2016)", "Jeune : Noah Beuchat (25 août
# 2016)", "Wölfling: Leon Bauer (03.02.2017)", "Joven: Nico Gil (3 de febrero de 2015)", "Jeugdlid: Saar Peeters
# (09-06-2016)"); a date to come stays clean, and so does a bracket with a word first ("(badge 12/03/2026)")
_YOUTH_MEMBER_LABEL = gated(re.compile(
    r"(?<![\w/-])(?:youth[ ]member|young[ ]person|scout|cub|brownie|beaver|jeune|louveteau|louvette|éclaireur|"
    r"jugendliche[rn]?|pfadfinder(?:in)?|wölfling|joven|lobato|jongere|welp|jeugdlid|kabouter)"
    r"[ \t]*:[ \t]*"))


def _youth_member_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for label in _YOUTH_MEMBER_LABEL.finditer(lowered):
        for start, end, _ in _names_with_dates(text, label.end(), _ENROLLED_ITEM, _this_year()):
            if _past_birth_date(text[start:end]):
                yield (start, end, "date_of_birth_youth_member")


# Round 81: the minors under their label, each first name then the date alone in brackets, as a waiver or a consent
# form lists the children a guardian signs for ("Menores: Gisela (21/03/2014), Aristides (02-02-2008)", "Minors: Tom
# (12/03/2015), Mia (4 May 2018)", "Minderjährige: Lea (03.05.2015), Tim (2018-01-02)", "Mineurs : Léa (3 mai 2015)
# et Tom (...)", "Minderjarigen: Saar (09-06-2016), Daan (...)"): the minors' birth dates, maybe recent ones; a count
# ("Menores: 2 (12/03/2026)") or a word first in the bracket ("Minors: Tom (arrived 12/03/2026)") stays clean
_R81S_MINORS_WORD = re.compile(r"(?<!\w)(?:minors|minderjährige[n]?|mineur(?:e|s|es)|menores(?:[ ]de[ ]edad)?|"
                               r"minderjarigen?)[ \t]*:?[ \t]*")
_R81S_MINORS_CUES = ("minor", "minderj", "mineur", "menores")
"""Round 81: the minors' words, the text must hold one of these for _R81S_MINORS_WORD."""


def _r81s_minors_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    """Round 81: each date in brackets after a minor's name along the list under the minors' word (_R81S_MINORS_WORD)."""
    if any(c in lowered for c in _R81S_MINORS_CUES):
        for k in _R81S_MINORS_WORD.finditer(lowered):
            for start, end, _ in _names_with_dates(text, k.end(), _CHILD_ITEM, _this_year()):
                yield (start, end, "date_of_birth_minors")


# Round 82: a birth's label with its colon, the newborn's name, then the date after its preposition, as a birth's
# register entry writes it: "Nacido/a: Lina Reyes Mesa, el 19-06-2013", "Born: Lina Reyes, on 19 June 2013",
# "Geboren: Lena Maier, am 19.06.2013", "Né(e) : Léa Martin, le 19/06/2013", "Geboren: Lina de Vries, op 19-06-2013";
# the label opens its line and a capitalised name stands between the colon and the date ("Born: 2 calves, on
# 19-06-2013" has none; "Vorlesung im Hörsaal Max Born: Fourier-Transformation und Gauß-Verteilung, am 08.11.2026" is a
# hall's name, no label opening its line)
_R82S_BORN_NAME_DATE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:born|geboren|né(?:e|\(e\))?|nacid[oa](?:/[ao]|\([ao]\))?)[ \t]*:[ \t]*"
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-ÖØ-Þ][\w'’-]+|van|von|de|der|den|del|la|le|ter|ten|y)){0,4}),?[ ]"
    r"(?i:on|am|le|el|op)[ ](?P<date>" + DATE.pattern + r")", re.IGNORECASE)
_R82S_BORN_CUES = ("born", "geboren", "né", "nacid")
"""Round 82: the birth's labels, the text must hold one of these for _R82S_BORN_NAME_DATE."""
# Round 82: a lifespan on a headstone's or a memorial's inscription, the name then its birth and its death dates
# joined by a dash: "Tekst: ‘Hugo Paillet 10.09.1989 – 18.06.2027’", "Inscripción: «Iker Godoy, 5 de abril de 1958 –
# 02/09/2026»", "Inschrift: Anna Weber 3. März 1941 – 2. Mai 2020", "Inscription : Jean Roy, 12/03/1940 - 04/05/2021",
# "Inscription: Mary Hill 2 May 1931 – 4 June 2019": the first date is the dead person's birth; a date range with no
# memorial's word in the text ("Vertrag 01.01.2024 – 31.12.2025") or no two-word name before it ("Grabstein:
# Laufzeit 01.01.2024 – 31.12.2025", a grave's lease) stays clean
_R82S_LIFESPAN = re.compile(
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:de|van|der|den|von|del|la|le|ter|ten))*[ ][A-ZÀ-ÖØ-Þ][\w'’-]+),?[ ]"
    r"(?P<birth>" + DATE.pattern + r")[ ]?[–—-][ ]?(?:" + DATE.pattern + r")",
    re.IGNORECASE)
_R82S_MEMORIAL_CUES = ("grafmonument", "grafsteen", "gedenksteen", "grafschrift", "lápida", "lapida", "epitafio",
                       "headstone", "gravestone", "tombstone", "epitaph", "grabstein", "grabmal", "grabplatte",
                       "grabinschrift", "pierre tombale", "épitaphe", "stèle funéraire", "plaque funéraire")
"""Round 82: a memorial's words, the text must hold one of these for _R82S_LIFESPAN."""


def _r82s_born_and_lifespan_dates(text: str, lowered: str) -> Iterator[Span]:
    """Round 82: the date after a newborn's name under a birth's label (_R82S_BORN_NAME_DATE), and the birth's date
    of a lifespan on a memorial's inscription (_R82S_LIFESPAN, _R82S_MEMORIAL_CUES)."""
    if any(c in lowered for c in _R82S_BORN_CUES):
        for m in _R82S_BORN_NAME_DATE.finditer(text):
            yield (m.start("date"), m.end("date"), "date_of_birth_born_label")
    if any(c in lowered for c in _R82S_MEMORIAL_CUES):
        for m in _R82S_LIFESPAN.finditer(text):
            yield (m.start("birth"), m.end("birth"), "date_of_birth_lifespan")


# Round 83: the birth date's label, then in the same sentence a list's or a form's word and its verb ("says", "laut")
# right before the date: the date the writer read for that label elsewhere ("the parents form is still missing her DOB,
# school list says 2012-09-28", "ihr Geburtsdatum fehlt noch, laut Schulliste 28.09.2012", "il manque sa date de
# naissance, la liste de l'école indique 28/09/2012", "falta su fecha de nacimiento, la lista del colegio dice
# 28/09/2012", "haar geboortedatum ontbreekt nog, volgens de schoollijst 28-09-2012"); the label is the birth's own
# (no bare "b." or "*"), the gap holds no digit and no sentence's end, and the date lies before this year ("DOB still
# missing, the invoice says 2030-05-01" names a later date and stays clean)
_R83S_DOB_SOURCE_SAYS = re.compile(
    r"(?<!\w)(?:d\.?o\.?b\.?(?![^\W\d_])|date[ ]of[ ]birth|birth[ ]?date|geburtsdatum|date[ ]de[ ]naissance|"
    r"fecha[ ]de[ ]nacimiento|geboortedatum)"
    r"[^\n.!?\d]{0,50}?(?:[ ](?:says|said|shows|lists|reads|gives|has|sagt|zeigt|nennt|dit|indique|donne|mentionne|"
    r"dice|indica|pone|muestra|zegt|geeft|vermeldt|toont)|"
    r"(?<!\w)(?:according[ ]to|as[ ]per|laut|lt\.|gemäß|selon|d['’]après|según|volgens)[ ][^\n.!?:\d]{1,30}?)"
    r"[ ]?:?[ ](?P<date>" + DATE.pattern + r")", re.IGNORECASE)
_R83S_DOB_SOURCE_CUES = ("dob", "d.o.b", "birth", "geburtsdatum", "naissance", "nacimiento", "geboortedatum")
"""Round 83: the birth's labels, the text must hold one of these for _R83S_DOB_SOURCE_SAYS."""


def _r83s_dob_source_says(text: str, lowered: str) -> Iterator[Span]:
    """Round 83: the date a list or a form gives for the birth's label earlier in the sentence (_R83S_DOB_SOURCE_SAYS),
    a date before this year."""
    if not any(c in lowered for c in _R83S_DOB_SOURCE_CUES):
        return
    for m in _R83S_DOB_SOURCE_SAYS.finditer(text):
        year = re.search(r"[0-9]{4}", m.group("date"))
        if year is not None and int(year.group(0)) < _this_year():
            yield (m.start("date"), m.end("date"), "date_of_birth_source_says")


# Round 84: a form's child's line, the child's label and colon, the child's name, then after a comma the date that
# closes the line ("Kind: Daniela, 22.11.2023", "Child: Emma Wood, 14 March 2016", "Enfant : Léa, 03/02/2019",
# "Hijo: Mateo Gil, 12-05-2017", "Dochter: Sanne, 2016-12-02"): the child's birth, a year no later than this one; a
# date that more words follow on the line ("Kind: Daniela, 22.11.2023 abgeholt um 16 Uhr", "Child: Emma, 14 March
# 2016 - 20 March 2016") is an event's, and a line with no child's label ("Termin: Daniela, 22.11.2023") stays clean
_R84S_CHILD_LINE_DATE = re.compile(
    r"^[ \t]*(?i:kind|child|enfant|niñ[oa]|hij[oa]|sohn|tochter|son|daughter|fils|fille|zoon|dochter)(?:[ ]?[1-9])?"
    r"[ \t]*:[ \t]*" + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,2}"
    r",[ ](?P<date>(?i:" + DATE.pattern + r"))[ \t]*$", re.M)
_R84S_CHILD_LINE_CUES = ("kind", "child", "enfant", "niñ", "hij", "sohn", "tochter", "son", "daughter", "fils", "fille",
                         "zoon", "dochter")
"""Round 84: the child's labels, the text must hold one of these for _R84S_CHILD_LINE_DATE."""


def _r84s_child_line_dates(text: str, lowered: str) -> Iterator[Span]:
    """Round 84: the date closing a form's child's line after the name (_R84S_CHILD_LINE_DATE), no later than this
    year."""
    if ":" not in text or not any(c in lowered for c in _R84S_CHILD_LINE_CUES):
        return
    for m in _R84S_CHILD_LINE_DATE.finditer(text):
        year = _year(m.group("date"))
        if year is not None and year <= _this_year():
            yield (m.start("date"), m.end("date"), "date_of_birth_child_line")


# Round 86: the birth date named, a clause that says who gave it or when, then the date in brackets ("log in with your
# case number and the date of birth given at sampling (1995-05-04)", "the date of birth you gave us (04/05/1995)",
# "Geburtsdatum, das Sie bei der Entnahme angegeben haben (04.05.1995)", "la date de naissance indiquée lors du
# prélèvement (04/05/1995)", "la fecha de nacimiento que nos dio (04/05/1995)", "de geboortedatum die u bij de afname
# opgaf (04-05-1995)"); a date in brackets after another noun ("the results of sampling (1995-05-04)") stays unread
_R86S_BIRTH_GIVEN_BRACKET = re.compile(
    r"(?<!\w)(?:date[ ]of[ ]birth|birth[ ]?date|dob|geburtsdatum|date[ ]de[ ]naissance|fecha[ ]de[ ]nacimiento|"
    r"geboortedatum),?[ ](?:given|provided|entered|stated|supplied|recorded|you|we|that|which|das|den|indiquée|fournie|"
    r"donnée|communiquée|que|indicada|facilitada|proporcionada|dada|die|dat|opgegeven)"
    r"(?:[ ][^\W\d_][\w'’.-]*){0,6}?[ ]\((?P<date>[^()\n]{6,24})\)")
_R86S_BIRTH_GIVEN_CUES = ("birth", "dob", "geburtsdatum", "naissance", "nacimiento", "geboortedatum")
"""Round 86: the birth date's words, the text must hold one of these (and "(") for _R86S_BIRTH_GIVEN_BRACKET."""


def _r86s_birth_given_brackets(text: str, lowered: str) -> Iterator[Span]:
    """Round 86: the birth date in brackets after its name and the clause that says who gave it
    (_R86S_BIRTH_GIVEN_BRACKET)."""
    if "(" not in text or not any(c in lowered for c in _R86S_BIRTH_GIVEN_CUES):
        return
    for m in _R86S_BIRTH_GIVEN_BRACKET.finditer(lowered):
        if DATE.fullmatch(text, m.start("date"), m.end("date")):
            yield (m.start("date"), m.end("date"), "date_of_birth")


def _children_with_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _CHILDREN_WORD.finditer(lowered):
        yield from _names_with_dates(text, k.end(), _CHILD_ITEM, _this_year())


def _names_with_dates(text: str, pos: int, item_pattern: re.Pattern[str], latest: int,
                      separator: re.Pattern[str] = _CHILD_SEPARATOR, one_field: bool = False) -> Iterator[Span]:
    """Each date in brackets after a name along a list that starts at `pos` ("Lea (14.06.2016),
    Tim (03.02.2019)"): a list's dates of birth, from a year no later than `latest` and no date of
    history. The list ends where a name has no date in its bracket. With `one_field`, the list's
    brackets hold one field for every name: one birth some years past (no later than `latest`) makes
    them all births, up to this year's."""
    found: list[tuple[re.Match[str], int | None]] = []
    while (item := item_pattern.match(text, pos)) is not None:
        m = DATE.match(text, item.end())
        if m is None or text[m.end() : m.end() + 1] not in (")", " "):
            break
        found.append((m, _year(m.group(0))))
        sep = separator.match(text, m.end())
        if sep is None:
            break
        pos = sep.end()
    if one_field and any(year is not None and year <= latest for _, year in found):
        latest = _this_year()
    for m, year in found:
        if year is not None and year <= latest and not _long_past(m.group(0)):
            yield (m.start(), m.end(), "date_of_birth")


# Round 67: the children's count, then their dates alone in brackets or after a colon, as a family's line on a
# form writes them ("Familie: Ana Roth, 2 Kinder (1. Januar 2021, 2019-10-23)", "Family: Tom Hale, 2 children
# (3 May 2015, 14/06/2018)", "Famille : 2 enfants (3 mai 2015 et 08/06/2018)", "Familia: 3 menores (...)", "Gezin:
# 2 kinderen: 3 mei 2015, 09-06-2018"): every date past; "2 Kinder (ab 12.03.2021)" has a word before its date,
# and a count of anything else ("2 Termine (...)") names no birth
_CHILDREN_COUNT_DATES = re.compile(
    r"(?<![\w.,])(?:[1-9]|two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|twee|"
    r"drie|vijf)[ ](?:children|kids|kinder|enfants|hij[oa]s|niñ[oa]s|menores|kinderen)[ ]?(?P<open>\(|:)[ ]?")
_CHILDREN_COUNT_SEPARATOR = re.compile(r"[ ]?(?:,|;|/|&|and|und|et|y|en)[ ]?")


def _children_count_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    for k in _CHILDREN_COUNT_DATES.finditer(lowered):
        found: list[re.Match[str]] = []
        m = DATE.match(text, k.end())
        while m is not None:
            found.append(m)
            sep = _CHILDREN_COUNT_SEPARATOR.match(text, m.end())
            m = DATE.match(text, sep.end()) if sep is not None else None
        if not found:
            continue
        after = text[found[-1].end() : found[-1].end() + 2].lstrip(" ")
        closed = after[:1] == ")" if k.group("open") == "(" else after[:1] in ("", "\n", ".", ",", ";")
        if not closed:
            continue
        for m in found:
            if _past_birth_date(m.group(0)):
                yield (m.start(), m.end(), "date_of_birth_children_count")


# Round 67: a team's line-up, one member a line: the seat's or the place's number (or a bullet), the name, then a
# date alone in brackets ("Rennen 17: Juniorinnen B Doppelvierer\n1 Lea Roth (09.06.2011)\n2 Mia Gerber (3. Mai
# 2012)", "Crew:\n1 Tom Hale (14/06/2009)", "Équipage\n1 Léa Martin (3 mai 2010)", "Tripulación\n1 Nico Gil (3 de
# febrero de 2010)", "Bemanning:\n1 Saar Peeters (09-06-2010)"): two lines at least, under a word for a team, an
# entry or a race, and one date some years past; a programme's numbered events ("1 Sommerfest Berlin (12.06.2026)"),
# a line-up's single line or a list under no team's word stay clean
_LINE_UP_WORD = re.compile(
    r"(?<!\w)(?:crew|crews|team|squad|roster|line-?up|entry|entries|race|boat|regatta|rowing|relay|"
    r"rennen|meldung|mannschaft|kader|aufstellung|besetzung|boot|staffel|riege|"
    r"équipe|équipage|engagement|inscription|course|relais|aviron|"
    r"equipo|tripulación|inscripción|regata|carrera|relevos|remo|"
    r"ploeg|bemanning|inschrijving|roeien|estafette|wedstrijd)(?!\w)")
_LINE_UP_ROW = re.compile(
    r"(?m)^[ \t]*(?:[0-9]{1,2}[.)]?|[-•*])[ \t]+" + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3}"
    r"[ ]?\([ ]?(?P<date>(?i:" + DATE.pattern + r"))[ ]?\)[ \t]*$")


def _line_up_row_dates(rows: list[re.Match[str]]) -> Iterator[Span]:
    """The dates of a line-up's rows, two rows or more with one date some years back (a child's, not a match's):
    each date not to come nor long past is its person's birth date; shared by round 77's heat sheets and the
    line-ups above."""
    if len(rows) < 2:
        return
    latest = _this_year()
    years = [_year(m.group("date")) for m in rows]
    if not any(year is not None and year <= latest - 3 for year in years):
        return
    for m, year in zip(rows, years):
        if year is not None and year <= latest and not _long_past(m.group("date")):
            yield (m.start("date"), m.end("date"), "date_of_birth_line_up")


def _line_up_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    if _LINE_UP_WORD.search(lowered) is None:
        return
    yield from _line_up_row_dates(list(_LINE_UP_ROW.finditer(text)))


# Round 64: a childcare setting's list of its children, one child a line: the child's name, then a date alone in
# brackets or between dashes, then what the list records of the child (an allergy, a note): the child's birth date
# ("Nursery Little Oaks - allergy list\nMia Carter (14.06.2021): peanuts", "Kita Sonnenschein\nLeon Bauer –
# 03.02.2022 – Milch", "Crèche Les Lutins\nLéa Martin (3 mai 2021) : arachide", "Escuela infantil ...\nNico Gil –
# 3 de febrero de 2022 – huevo", "Kinderdagverblijf ...\nSaar Peeters (09-06-2021): pinda"). A name and a date
# under no childcare word ("Meeting with Anna Smith (12/03/2026)") stay clean, and a date not yet past too.
_CHILDCARE_WORD = re.compile(
    r"(?<!\w)(?:nursery|daycare|day[ ]care|pre-?school|childcare|child[ ]care|kita|kindertagesstätte|kinderkrippe|krippe|"
    r"kindergarten|crèche|creche|halte-garderie|micro-crèche|école maternelle|escuela infantil|guardería|"
    r"jardín de infancia|kinderdagverblijf|kinderopvang|peuterspeelzaal|peutergroep|kdv|bso)(?!\w)")
_CHILDCARE_ROW = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ ])?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|le|la|del|op)[ ])*[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
    r"(?:[ ]?\([ ]?(?P<bracketed>(?i:" + DATE.pattern + r"))[ ]?\)[ ]?[:–—-][ ]|[ ][–—-][ ](?P<dashed>(?i:" + DATE.pattern +
    r"))[ ][–—-][ ])")


def _childcare_roster_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    if _CHILDCARE_WORD.search(lowered) is None:
        return
    for m in _CHILDCARE_ROW.finditer(text):
        group = "bracketed" if m.group("bracketed") is not None else "dashed"
        if _past_birth_date(m.group(group)):
            yield (m.start(group), m.end(group), "date_of_birth_childcare_roster")


# Round 69: a youth competition's entry list, under its age class's word in the heading ("U12 chess
# championship – entries\nTom Hale (14/06/2015) – Riverside CC – rating 980", "Jugendturnier U12 – Meldeliste\nLeon
# Bauer – 03.02.2016 – SV Nord", "Inscriptions championnat jeunes\nLéa Martin (3 mai 2017) – club de Lyon",
# "Torneo infantil – inscritos\nNico Gil – 3 de febrero de 2016 – CD Sur", "Inschrijvingen jeugdtoernooi (t/m 12
# jaar)\nSaar Peeters – 09-06-2015 – SC Noord"): each line a player's name, then a date alone in brackets or between dashes, then the
# club; the heading names the entries too, two such lines at least, each date three to twenty-five years past:
# the players' birth dates. A fixture list's dates ("Jugendturnier U12 – Spielplan\nFC Nord – 12.05.2019 –
# Platz 1"), and a name and a date under no youth word, stay clean.
_YOUTH_ENTRY_WORD = re.compile(
    r"(?<!\w)(?:youth|juniors?|under[- ]?1[0-9]s?|u-?1[0-9]|minis|"
    r"jugend\w*|junioren|[a-f]-jugend|bis[ ]1[0-9][ ]jahre|"
    r"jeunes|poussins?|pupilles|benjamins?|minimes|cadets|moins[ ]de[ ]1[0-9][ ]ans|"
    r"infantil(?:es)?|alev[ií]n(?:es)?|benjam[ií]n(?:es)?|sub-?1[0-9]|"
    r"jeugd\w*|pupillen|miniemen|welpen|t/m[ ]1[0-9][ ]jaar|onder[ ]1[0-9])(?!\w)")
_ENTRY_LIST_WORD = re.compile(
    r"(?<!\w)(?:entries|entry list|registrations?|registered|players|"
    r"meldeliste|meldungen|anmeldungen|teilnehmer(?:liste)?|spieler(?:liste)?|"
    r"inscriptions?|inscrits|engagés|joueurs|"
    r"inscripciones|inscritos|jugadores|participantes|"
    r"inschrijvingen|ingeschreven|deelnemers|spelers)(?!\w)")


def _youth_entry_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    heading_end = lowered.find("\n")
    if heading_end < 0 or _YOUTH_ENTRY_WORD.search(lowered, 0, heading_end) is None \
            or _ENTRY_LIST_WORD.search(lowered, 0, heading_end) is None:
        return
    rows = [(m, "bracketed" if m.group("bracketed") is not None else "dashed") for m in _CHILDCARE_ROW.finditer(text)]
    latest = _this_year()
    years = [_year(m.group(group)) for m, group in rows]
    if len(rows) < 2 or not all(year is not None and latest - 25 <= year <= latest - 3 for year in years):
        return
    for m, group in rows:
        yield (m.start(group), m.end(group), "date_of_birth_youth_entry")


# Round 70: a day's list of appointments, one patient a line: the time, the patient's name, a date alone between
# two separators, then the patient's identifier under its label ("Flu clinic – Tue\n09:10 Ann Cole – 12/03/1961 –
# MRN 4471209", "Impfsprechstunde Mo\n08:30 Lukas Penz, 1973-02-10, Pat.-Nr. 38680313", "Vaccination – liste du
# matin\n13h31 Zoé Labbé – 02.01.2000 – NISS 77.11.07-587.24", "Agenda vacunación\n10:39 Ana Gil · 13/05/1988 ·
# NHC K7507052", "Vaccinatiespreekuur di\n09:24 Jelte le Briel – 11-02-1975 – INSZ 80100532910"): a clinic's
# list names each patient by the name, the birth date and the file's or the register's number, so the date is
# the patient's birth date. A past date only (an appointment's own date is today's or a coming one), and a row
# without the identifier's label ("09:10 Ann Cole – 12/03/2025 – room 4", a rota's day) stays unread.
_DAY_LIST_ID_LABEL = (
    r"(?i:mrn|nhs(?:[ ]?(?:no\.?|number))?|hosp(?:ital)?\.?[ ]no\.?|patient[ ]no\.?|pt[ ]no\.?|chi|"
    r"pat\.?-?nr\.?|patienten-?nr\.?|patientennummer|fall-?nr\.?|sv-?nr\.?|versicherten-?nr\.?|"
    r"niss|ipp|nir|n[°º][ ]?(?:patient|dossier)|dossier|"
    r"nhc|nuhsa|cip|n\.?[°º][ ]?(?:historia|hc)|"
    r"insz|bsn|rrn|pati[eë]ntn(?:umme)?r\.?|dossiernr\.?)")
_DAY_LIST_ROW = re.compile(
    r"(?m)^[ \t]*[0-9]{1,2}[:h.][0-5][0-9](?::[0-5][0-9])?[ \t]+" + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD +
    r"){1,4}[ \t]*(?P<sep>[,;|·]|(?<=[ \t])[–—-])[ \t]*(?P<date>[^\n]{6,30}?)[ \t]*(?P=sep)[ \t]*"
    + _DAY_LIST_ID_LABEL + r"[ \t]*[:#]?[ \t]*[A-Z0-9]")


def _day_list_birth_dates(text: str) -> Iterator[Span]:
    for m in _DAY_LIST_ROW.finditer(text):
        year = _year(m.group("date"))
        # the year before this one at the latest: this year's date may be the appointment's own
        if DATE.fullmatch(m.group("date")) and year is not None and year < _this_year() and not _long_past(m.group("date")):
            yield (m.start("date"), m.end("date"), "date_of_birth_day_list")


# A participant's, a student's or a trainee's label, the person's name, then a date alone in
# brackets: a booking or a register gives the birth date there ("Teilnehmer: Nino Jenni (8. August
# 1968)", "Stagiaire : Théodore Dubois (11/07/1948)", "Alumno: Albino Soto (26-11-2007)", "Cursist:
# Lily van Oosten (14 augustus 1957)"), each name's of a list under the label too. The date is some
# years past (a session's date is recent), and the bracket opens with it ("(intake 12-03-2019)" dates
# an intake); a name under no label ("Meeting with Anna Smith (12/03/2026)") stays clean
_ENROLLED_LABEL = re.compile(
    r"(?<![\w/-])(?:participants?|attendees?|students?|pupils?|trainees?|learners?|delegates?|enrol?lees?|"
    r"(?:kurs)?teilnehmer(?:in(?:nen)?|/in|\*in)?|teilnehmende[rn]?|schüler(?:in(?:nen)?|/in|\*in)?|"
    r"auszubildende[r]?|azubis?|lernende[r]?|student(?:in(?:nen)?|en|/in)|"
    r"stagiaires?|participante?s?|participant\(e\)s?|élèves?|étudiante?s?|étudiant\(e\)|apprenante?s?|inscrite?s?|"
    r"alumn[oa]s?|alumno/a|estudiantes?|cursillistas?|aprendiz|inscrit[oa]s?|"
    r"cursist(?:e|en)?|deelnemers?|deelneemster|leerlingen|leerling|scholieren|scholier|stagiaire?s?)"
    # the label after its colon, or a heading's last word over the list, one name a line ("Cycling
    # proficiency – participants\nAnna Roth (...)\n...", "Kurs B – Teilnehmende\n...", "Groupe 2 –
    # élèves\n...", "Grupo A – alumnos\n...", "Groep 7 – deelnemers\n...")
    r"(?:[ \t]*:[ \t]*|[ \t]*:?[ \t]*\n[ \t]*(?:[-•*][ \t]*)?)")
# the next name: after a comma or "and" on the line, or on the next line of a list, after its bullet
_ENROLLED_SEPARATOR = re.compile(r"[ ]?\)(?:,?[ ](?:and|und|et|y|en|&)[ ]|[,;][ ]|[ \t]*\n[ \t]*(?:[-•*][ \t]*)?)")
_ENROLLED_HINTS = ("partic", "attendee", "student", "pupil", "trainee", "learner", "delegate", "enrol", "teilnehm",
                   "schüler", "auszubild", "azubi", "lernend", "stagiai", "élève", "étudiant", "apprenant", "inscrit",
                   "alumn", "estudiant", "cursillist", "aprendiz", "cursist", "deelne", "leerling", "scholier")
_ENROLLED_ITEM = re.compile(  # a full name: a title and a name, or two names at least ("Teilnehmer: Kurs A (...)" is none)
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|m|mme|mlle|monsieur|madame|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ]"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}|"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3})[ ]?\([ ]?")


def _enrolled_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    """The dates in brackets after the names under a participant's or a student's label (see
    _ENROLLED_LABEL): births some years past."""
    if "(" not in text or not any(h in lowered for h in _ENROLLED_HINTS):
        return
    for label in _ENROLLED_LABEL.finditer(lowered):
        # one list's brackets hold one field: one birth some years past makes the list's dates births
        yield from _names_with_dates(text, label.end(), _ENROLLED_ITEM, _this_year() - _BIRTH_YEARS_AGO,
                                     _ENROLLED_SEPARATOR, one_field=True)


# Two lines of one form, each a person's field by its label, the first giving its person's birth date
# after the name by a birth word, the second only the name and a date alone in brackets: the second
# person's birth date in the same field ("Lead visitor: Ann Cole, DOB 4 May 1980\nChild visitor: Tom
# (12/03/2019)", "Hauptmieter: Jan Roth, geb. 3.5.1970\nMitmieter: Lea Roth (12.03.1999)", "Visiteur
# principal : Paul Roy, né le 3 mai 1970\nVisiteur enfant : Léo (12/03/2019)", "Visitante principal: Ana
# Gil, nacida el 3 de mayo de 1970\nVisitante menor: Leo (12-03-2019)", "Hoofdbezoeker: Els Mol, geboren
# 3 mei 1970\nKindbezoeker: Bo (12-03-2019)"). The two labels share their word, or a German or Dutch
# compound's head (one form's fields for two persons of one kind); a date under another field's label
# ("Date:", "Visit: Morgan (...)") shares none. No years-past test: the child may be a baby.
_FIELD_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?P<label>[^\W\d_][^\W\d_ '’-]*(?:[ ][^\W\d_]+){0,2})[ \t]*:[ \t]*",
                         re.MULTILINE)
_BIRTH_AFTER_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ]" + _NAME_PARTICLE + r"[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3},?[ ]"
    r"(?i:dob|d\.o\.b\.|born(?:[ ]on)?|geb\.(?:[ ]am)?|geboren(?:[ ](?:am|op))?|n[ée]e?[ ]le|nacid[oa][ ]el|"
    r"fecha[ ]de[ ]nacimiento)[ ]?:?[ ]")
_NAME_AND_BRACKETED_DATE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ]" + _NAME_PARTICLE + r"[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}[ ]?\((?P<date>[^()\n]{6,20})\)[ \t]*$",
    re.MULTILINE)


def _shared_field_word(first: str, second: str) -> bool:
    """Whether two labels share a word, or the head of a compound (5 letters at least)."""
    a, b = first.lower().split(), second.lower().split()
    if set(a) & set(b) - {"of", "de", "du", "del", "van", "der"}:
        return True
    for x in a:
        for y in b:
            n = 0
            while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
                n += 1
            if n >= 5:
                return True
    return False


def _sibling_field_birth_dates(text: str, lowered: str) -> Iterator[Span]:
    """The date in brackets after the name on a person's field below the same kind of field that gave
    its person's birth date by a birth word (see _FIELD_LINE)."""
    previous: tuple[str, bool] | None = None
    for line in _FIELD_LINE.finditer(text):
        end = text.find("\n", line.end())
        rest = text[line.end() : end if end >= 0 else len(text)]
        birth = _BIRTH_AFTER_NAME.match(rest) is not None
        if previous is not None and previous[1] and _shared_field_word(previous[0], line.group("label")):
            m = _NAME_AND_BRACKETED_DATE.fullmatch(rest.rstrip())
            if m is not None and DATE.fullmatch(m.group("date").strip()):
                start = line.end() + m.start("date") + (len(m.group("date")) - len(m.group("date").lstrip()))
                yield (start, start + len(m.group("date").strip()), "date_of_birth")
        # the fields must stand on consecutive lines
        previous = (line.group("label"), birth) if end >= 0 and _FIELD_LINE.match(text, end + 1) else None


# A birthday asked for an engraving, a card or a cake, then in quotes the person's name and the date
# ("my mum's name and birthday - 'Brett Andrews 1951-06-27'", "Name und Geburtsdatum: „Jana Roth
# 12.03.1951“", "nom et date de naissance : « Léa Roy 12/03/1951 »", "nombre y cumpleaños: 'Ana Gil
# 12-03-1951'", "naam en geboortedatum: 'Sanne Bakker 12-03-1951'")
_QUOTED_NAME_AND_DATE = gated(re.compile(
    r"(?i:birthday|birth date|date of birth|geburtstag|geburtsdatum|anniversaire|date de naissance|cumpleaños|"
    r"fecha de nacimiento|verjaardag|geboortedatum)[^\n'\"‘“„«]{0,24}?[ ]?[–—:-]?[ ]*['\"‘“„«][ ]?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ ](?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|del|la|le)){1,3},?[ ](?P<date>[^'\"’”“»\n]{6,20}?)[ ]?['\"’”“»]"))


def _quoted_name_birth_dates(text: str) -> Iterator[Span]:
    """The date after a person's name in quotes right after a birthday's word (_QUOTED_NAME_AND_DATE)."""
    for m in _QUOTED_NAME_AND_DATE.finditer(text):
        if DATE.fullmatch(m.group("date")):
            yield (m.start("date"), m.end("date"), "date_of_birth")


def _read_off_a_form(lowered: str, start: int, end: int) -> bool:
    """Whether the words between a birth date's label and the date read it off a form or a
    document, a verb of showing last (_DOB_READ_CLAUSE, _DOB_SOURCE_WORD)."""
    return _DOB_READ_CLAUSE.fullmatch(lowered, start, end) is not None and _DOB_SOURCE_WORD.search(
        lowered, start, end) is not None


# An animal's birth in a sale's or a breeder's catalogue: the line opens with a lot's number or
# names the beast, its sire or its dam ("Kavel 31 - Blaarkop pink, geboren ...", "Lot 12 - Hereford
# heifer, born ...", "Los 4 - Fleckvieh Kalbin, geb. ...", "Lot 7 - génisse charolaise, née le ...",
# "Lote 3 - novilla, nacida el ..."): no person's birth date. A litter, or its dam named by the female
# animal's word, before the date is a breeder's news of the young's birth the same way ("Bella's litter of
# five was born on ...", "Wurf unserer Hündin Kira, geboren am ...", "Portée de la chienne Vanille née le
# ...", "Camada de la perra Luna nacida el ...", "Nestje van teef Pip geboren op ..."): an animal's birth
# date is no person's
_LOT_OPENS = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:kavel|lot|los|lote)[ ]?(?:nr\.?|no\.?|n[°º])?[ ]?[0-9]+[a-z]?[ ]?[-–—:]")
_ANIMAL_WORD = re.compile(
    r"(?<!\w)(?:heifers?|calf|calves|foals?|pupp(?:y|ies)|kittens?|fillies|filly|colts?|steers?|"
    r"kalbin|kalbinnen|färsen?|kälber|kalb|fohlen|welpen?|jungrind|"
    r"génisses?|veaux?|poulains?|pouliches?|chiots?|chatons?|taurillons?|"
    r"novillas?|terneras?|terneros?|potr[oa]s?|cachorros?|"
    r"vaarzen|vaars|pinken?|kalveren|kalf|veulens?|pups|puppy's|"
    # the litter, and its dam by the female animal's word
    # (not "mare" nor "merrie": "Mare" and "Merrie" are first names, "Mare Zaal, geboren ...")
    r"litters?|bitch(?:es)?|ewes?|whelp(?:s|ed)?|wurf|würfe|hündin(?:nen)?|stuten?|"
    r"portées?|chiennes?|juments?|chattes?|brebis|camadas?|perras?|yeguas?|gatas?|"
    r"nestjes?|worp(?:en)?|teven?|teef)(?!\w)")
SIRE_OR_DAM_WORDS = "sire|dam|vater|mutter|père|mère|padre|madre|vader|moeder"
"""A beast's sire or dam in a breeder's or an auction's catalogue, in the five languages (the birth-date
filter here and the person detector's pedigree check read the same words)."""
_SIRE_OR_DAM = re.compile(rf"(?<!\w)(?:{SIRE_OR_DAM_WORDS})(?!\w)")


def _animal_birth(lowered: str, start: int) -> bool:
    """The date's line is an animal's entry in a catalogue: a calf's, a heifer's, a foal's, a
    puppy's word before the date, or a lot's number opening the line with a sire or a dam named on
    it (why: a breeder's or an auction's list gives every beast's birth, and no person's)."""
    line_start = lowered.rfind("\n", 0, start) + 1
    line_end = lowered.find("\n", start)
    if _ANIMAL_WORD.search(lowered, line_start, start) is not None:
        return True
    line = lowered[line_start : line_end if line_end >= 0 else len(lowered)]
    return _LOT_OPENS.match(line) is not None and _SIRE_OR_DAM.search(line) is not None


def find_dates_of_birth(text: str, lowered: str) -> Iterator[Span]:
    """Every birth date the finders below read, less an animal's in a catalogue's line."""
    for span in _find_dates_of_birth(text, lowered):
        if not _animal_birth(lowered, span[0]):
            yield span


def _find_dates_of_birth(text: str, lowered: str) -> Iterator[Span]:
    """A date right after a birth keyword, or on the answer line after a question that asks for
    it; a date after a patient's name in a report's header; a date some years past in a birthday
    greeting; the birth date of an airline's passport record. Keywords are looked for first (most
    texts have none, and the date regex with its month names is the costly part)."""
    yield from _patient_and_greeting_dates(text, lowered)
    if "DOCS" in text:
        for d in _DOCS_BIRTH.finditer(text):
            yield (d.start("dob"), d.end("dob"), "date_of_birth_docs")
    yield from _dates_before_ages(text, lowered)
    yield from _newborn_birth_dates(text, lowered)
    if "PID|" in text:
        yield from _hl7_birth_dates(text)
    if any(h in lowered for h in ("child", "kid", "son", "daughter", "twin", "kind", "söhne", "sohn", "tochter", "töchter",
                                  "zwilling", "enfant", "fils", "fille", "jume", "hij", "niñ", "gemel", "zoon", "zonen",
                                  "dochter", "tweeling")):
        yield from _children_with_dates(text, lowered)
    yield from _r81s_minors_birth_dates(text, lowered)  # round 81: "Menores: Gisela (21/03/2014), Aristides (...)"
    yield from _r82s_born_and_lifespan_dates(text, lowered)  # round 82: "Nacido/a: Lina Reyes, el 19-06-2013"
    yield from _r83s_dob_source_says(text, lowered)  # round 83: "missing her DOB, school list says 2012-09-28"
    yield from _r84s_child_line_dates(text, lowered)  # round 84: "Kind: Daniela, 22.11.2023"
    yield from _r86s_birth_given_brackets(text, lowered)  # round 86: "the date of birth given at sampling (1995-05-04)"
    if any(v in lowered for v in (" is van ", " est du ", " est de ", " es del ", " es de ", " ist vom ", " ist von ")):
        yield from _child_is_of_birth_dates(text, lowered)
    yield from _enrolled_birth_dates(text, lowered)
    if "(" in text:
        yield from _couple_birth_dates(text, lowered)
        if ":" in text:
            yield from _youth_member_birth_dates(text, lowered)
    if "(" in text and "\n" in text:
        yield from _line_up_birth_dates(text, lowered)
        yield from _rooming_line_birth_dates(text)
    if any(h in lowered for h in ("child", "kids", "kinder", "enfants", "hijo", "hija", "niño", "niña", "menores")):
        yield from _children_count_birth_dates(text, lowered)
    yield from _childcare_roster_birth_dates(text, lowered)
    yield from _youth_entry_birth_dates(text, lowered)
    if "," in text:
        yield from _name_date_address_rows(text)
        yield from _name_address_date_rows(text)
    if "(" in text and "\n" in text:
        yield from _heat_sheet_birth_dates(text)
    if "(" in text:
        yield from _asked_birth_dates(text, lowered)
    if any(w in lowered for w in ("birth cert", "geburtsurkunde", "de naissance", "de nacimiento", "geboorteakte")):
        yield from _birth_certificate_dates(text, lowered)
    if "|" in text:
        yield from _record_name_date_lines(text)
    if "\n" in text:
        yield from _day_list_birth_dates(text)
        for row in clinic_visit_rows(text, lowered):
            yield (row.start("date"), row.end("date"), "date_of_birth_clinic_visit")
    if "(" in text and any(h in lowered for h in _DOB_HINTS):
        yield from _sibling_field_birth_dates(text, lowered)
    if any(q in text for q in "'\"‘“„«"):
        yield from _quoted_name_birth_dates(text)
    if not any(h in lowered for h in _DOB_HINTS) and not any(h in lowered for h in ("date", "datum", "fecha")):
        return
    if any(h in lowered for h in ("place", "ort", "lieu", "lugar", "plaats")):
        yield from _dates_right_after(_PLACE_AND_BIRTH_DATE, text, lowered)
    if not any(h in lowered for h in _DOB_HINTS):
        return
    if "geboren" in lowered:
        yield from _dates_before_born(text, lowered)
    if any(h in lowered for h in ("born", "geboren", "né", "nacid", "nació", "nací")):
        yield from _dates_right_after(_BORN_AT_PLACE, text, text)
    if any(h in lowered for h in ("dobs", "d.o.b.s", "dates", "daten", "fechas", "geboortedat", "nés", "nées", "né(e)s",
                                  "nacidos", "nacidas", "both born", "beide geboren", "allebei geboren", "beiden geboren")):
        yield from _plural_birth_dates(text, lowered)
    last = -1
    for k in _DOB_KEYWORD.finditer(lowered):
        if _r81s_expected_birth(lowered, k.start(), k.end()):
            continue  # round 81: "Expected date of birth: ...", "fecha prevista de nacimiento": a due date
        if k.group(0) in _BIRTH_DATE_NAMES:
            yield from _held_birth_date(text, lowered, k.end())
        # a note in brackets after the label moves the window on by its length
        note = _DOB_NOTE.match(text, k.end())
        window_end = min(len(text), k.end() + 40 + (note.end() - note.start() if note else 0))
        # a question that asks for it: the answer under a speaker's label on the next line may
        # stand further on ("... your date of birth and the email on the account?\nCustomer: 16/01/1972"),
        # after another thing asked with it ("her date of birth and the hospital number from her
        # yellow book?\nCustomer: June 1, 2005, hospital no ...")
        asked = text.find("?", k.end(), k.end() + 61) >= 0
        line_start = lowered.rfind("\n", 0, k.start()) + 1
        line_end = lowered.find("\n", k.end())
        requested = not asked and 0 <= line_end - k.end() <= 40 and \
            _REQUEST_WORD.search(lowered, line_start, line_end) is not None
        for m in DATE.finditer(text, k.end(), min(len(text), k.end() + 120) if asked or requested else window_end + 30):
            if m.start() <= last:
                break
            answer = asked and (_DOB_QUESTION_ANSWER.fullmatch(lowered, k.end(), m.start()) is not None or (
                _DOB_QUESTION_NAMED_ANSWER.fullmatch(lowered, k.end(), m.start()) is not None
                and _NAME_ASKED_BEFORE.search(lowered, max(0, k.start() - 40), k.start()) is not None)) and \
                _ENDS_ANSWER.match(text, m.end()) is not None
            # a label of another date on the next line ("Termin: ...", "Date: ...") answers no request
            answer = answer or (requested and _DOB_REQUEST_NAMED_ANSWER.fullmatch(lowered, k.end(), m.start()) is not None
                                and _NAME_ASKED_BEFORE.search(lowered, max(0, k.start() - 40), k.start()) is not None
                                and _ENDS_ANSWER.match(text, m.end()) is not None)
            answer = answer or (requested and _DOB_REQUEST_ANSWER.fullmatch(lowered, k.end(), m.start()) is not None
                                and _ENDS_ANSWER.match(text, m.end()) is not None
                                and not _OTHER_DATE_WORD.search(lowered, line_end, m.start())
                                and not _DATE_LABEL_WORD.search(lowered, line_end, m.start()))
            clause = k.group(0) in _BIRTH_DATE_NAMES and (
                _DOB_LABEL_CLAUSE.match(lowered, k.end(), m.start()) is not None or _read_off_a_form(lowered, k.end(), m.start())
                or _DOB_SOURCE_PHRASE.fullmatch(lowered, k.end(), m.start()) is not None
                or _DOB_ARROW_CLAUSE.fullmatch(lowered, k.end(), m.start()) is not None
                or _DOB_RECORDS_CLAUSE.fullmatch(lowered, k.end(), m.start()) is not None
                or (_DOB_CHECKED_BRACKET.fullmatch(lowered, k.end(), m.start()) is not None and text[m.end() : m.end() + 1] == ")")) \
                and not _OTHER_DATE_WORD.search(lowered, k.end(), m.start())
            if m.start() > window_end and not (answer or clause):
                break
            if DOB_CONTEXT.search(lowered, max(0, m.start() - (36 + (note.end() - note.start() if note else 0))),
                                  m.start()) or answer or clause:
                star = lowered.rfind("*", max(0, m.start() - 2), m.start())
                if star >= 0 and (text[m.end() : m.end() + 1] == "*" or (
                        text[star + 1 : m.start()] == " " and "†" not in text[m.end() : m.end() + 20]
                        and text[text.rfind("\n", 0, star) + 1 : star].strip(" \t-") == ""
                        and not _r80s_star_birth_line(text, star, m.end()))):
                    # "*12.03.2024*" is emphasis, "* 2024-01-01" at a line's start a bullet; "* 20-05-1982 †"
                    # and a star after a name ("Anna Roth, * 12.03.1980", "(Pat.-Nr. ..., * 09.04.1972)") a birth
                    break
                if _long_past(m.group(0)):
                    break  # "born on 25 December 1642": a figure of history, no one living
                last = m.start()
                yield (m.start(), m.end(), "date_of_birth")
                # two births under one word, the dates joined by "and" ("Children: 2 (born 3 May
                # 2008 and 2019-08-02)", "Zwillinge, geboren am 12.03.2015 und 12.03.2015")
                link = _BIRTHS_AND.match(lowered, m.end())
                second = DATE.match(text, link.end()) if link else None
                if second is not None and link is not None and link.group(0) == ", " and text[second.end() : second.end() + 1] != ")":
                    second = None  # a comma alone joins two births only in a bracket's list: "(DOB 02/01/2024, 2017-02-01)"
                if second is not None and not _long_past(second.group(0)):
                    last = second.start()
                    yield (second.start(), second.end(), "date_of_birth")
            break


# Round 80: a label's or a wristband's birth line, the star and the date alone on the line right under a line that holds
# only the person's full name, and over a line that gives a number under its label or names care ("Probenetikett\nMalena
# Leoni Bachmann\n* 28.11.2002\nFall-Nr. 03962532", "Anna Roth\n* 12. März 1961\nStation 4B", "Jan de Vries\n*
# 12-03-1961\nPatiëntnr. 4471209", "Tom Hale\n* 1961-03-12\nMRN: K4471209", "Léa Roy\n* 03/05/1958\nIPP 4471209"):
# the star is "born" there, as after a name on its line; a list's bullet ("Version History\n* 2023-05-01\n- fixed",
# "Termine\n* 12.03.2024\n* 19.03.2024", "Release Notes\n* 2021-05-01\nSee below.") has a bullet beside it, no name
# above it, or no number's or care's line under it
_R80S_STAR_NAME_LINE = re.compile(
    r"[ \t]*" + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3}[ \t]*")
_R80S_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_R80S_BULLET_LINE = re.compile(r"[ \t]*[-*•]")
_R80S_NUMBER_LINE = re.compile(r"[ \t]*[^\W\d_][^\n:0-9]{0,20}?[ \t]*[:#]?[ \t]*(?:[A-Z]{1,4}-?)?[0-9]{4,}")


def _r80s_star_birth_line(text: str, star: int, end: int) -> bool:
    """Round 80: a star and a date alone on their line (star..end) under a name's own line and over a
    number's or a care word's line, no bullet on the lines before or after (_R80S_STAR_NAME_LINE): the star
    is a birth's sign, no list's bullet."""
    if _R80S_LINE_ENDS.match(text, end) is None:
        return False
    after = text.find("\n", end)
    if after < 0:
        return False
    below = text.find("\n", after + 1)
    below = below if below >= 0 else len(text)
    if _R80S_NUMBER_LINE.match(text, after + 1, below) is None and _CARE_WORD.search(
            text[after + 1 : below].lower()) is None:
        return False
    name_end = text.rfind("\n", 0, star)
    if name_end <= 0:
        return False
    name_start = text.rfind("\n", 0, name_end) + 1
    if _R80S_STAR_NAME_LINE.fullmatch(text, name_start, name_end) is None:
        return False
    if name_start > 0 and _R80S_BULLET_LINE.match(text, text.rfind("\n", 0, name_start - 1) + 1) is not None:
        return False
    return _R80S_BULLET_LINE.match(text, after + 1) is None


_BIRTHS_AND = re.compile(r",?[ ](?:and|und|et|y|en|&)[ ](?:(?:on|am|le|el|op)[ ](?:the[ ])?)?|,[ ]")


# ------------------------------------------------------------------ rules with context words
@dataclass(frozen=True)
class ContextRule:
    """A value the text names: `context` (lower-case regex) must end within `window` characters
    before the value, in the same sentence; `validate` gets the value without separators."""

    name: str
    category: str
    hint: tuple[str, ...]
    context: re.Pattern[str]
    value: re.Pattern[str]
    validate: Callable[[str], bool]
    window: int = 96
    after: re.Pattern[str] | None = None
    label: re.Pattern[str] | None = None
    """The name alone, for a value taken down later in its paragraph (see _NOTED_VALUE)."""
    """The name right after the value (lower-case, matched at the value's end), for the identifiers
    without a self-evident shape: "294 675 368 (SIN)", "405594200, i.e. the TFN"."""


def _compact(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value)


def _stdnum(module: str) -> Callable[[str], bool]:
    import importlib

    is_valid = importlib.import_module(f"stdnum.{module}").is_valid
    return lambda v: bool(is_valid(v))


def _has_digits(n: int) -> Callable[[str], bool]:
    return lambda v: sum(c.isdigit() for c in v) >= n




def _abbreviated_number(label: str) -> str:
    """A compound's "nummer" also written short, as a form or a register writes it: "Rijksregisternr.:",
    "Burgerservicenr:", "Identifikationsnr.", "Sozialversicherungs-Nr." (the check digit still decides)."""
    return label.replace("nummer", r"(?:nummer|-?nr\.?)")


def _national_rule(name: str, hint: tuple[str, ...], label: str, value: re.Pattern[str], check: Callable[[str], bool],
                   qualified: Callable[[str], re.Pattern[str]], after: Callable[[str], re.Pattern[str]]) -> ContextRule:
    """A national identifier's rule: its name before the value (qualified, see _context_rules), after it,
    or alone as a label."""
    return ContextRule(name, "national_id", hint, qualified(label), value, check, after=after(label),
                       label=re.compile(rf"(?<![\w])(?:{label})(?![\w])"))


def _length(n: int, check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda v: len(v) == n and check(v)


_SENTENCE_END = re.compile(r"[.!?][ \n]|\n\n")
ABBREVIATIONS = frozenset(
    "no nr nro núm num n nº n° tel tél tfno tlf fax mob ext ref art geb dr dra mr mrs ms st str sr sra srta dhr mevr mw "
    "mme mlle prof ca bzw vs approx dept pers reg id fallnr lt gem".split()
)
"""Words whose period abbreviates them and ends no sentence: "passport no. X1234567", "Reisepass
Nr. C01X00T47", "pasaporte núm. 123456789", "Tel. 030 ..."; a single letter too ("M. Dupont")."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+|[nN][º°])$")


def ends_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial ("no.", "Tel.", "M."),
    not a sentence."""
    word = _WORD_BEFORE.search(text, 0, dot)
    # a compound that ends in its number's short word: "paspoortnr.", "Kundennr.", "klantnr."
    return word is not None and (len(word.group(1)) == 1 or word.group(1).lower() in ABBREVIATIONS
                                 or word.group(1).lower().endswith("nr"))


def sentence_start(before: str) -> int:
    """Where the last sentence in `before` starts: after the last ".", "!" or "?" followed by a
    space or line break, or a blank line, that does not end an abbreviation."""
    start = 0
    for m in _SENTENCE_END.finditer(before):
        if before[m.start()] == "." and ends_abbreviation(before, m.start()):
            continue
        start = m.end()
    return start

_KEY_ORDINAL = r"(?:[ ]#?[1-9][0-9]?)?"
"""A form's ordinal number that closes a key: "BSN aanvrager 1:", "Steuer-ID Kind 2:"."""

_KEY_END = (r"[ ]?:|[ ]?\([^()\n]{1,60}\)[ ]?:|"
            r"[ ](?:lt\.|laut|gemäß|according to|as per|per|selon|d['’]après|según|volgens)[ ]")
"""Where a national identifier's qualified key ends: its colon, a bracketed aside before it ("BSN
klant (gemeentelijke regeling): ") or the source the number was taken from ("... lt. Formular: ")."""

_PASSPORT_SHAPE = re.compile(r"[A-Z0-9](?<![\w-][A-Z0-9])[A-Z0-9]{5,9}(?![\w-])")
"""A passport number's shape, 6 to 10 capitals and digits: the context rule's and the other finders'."""


def _passport_like(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5 and not value.isalpha()


# Round 87: a hedge that the form's label asks for its number only where the filler knows it, between the label and
# the number: "NHS number if known: 061 937 1838", "NHS number (if known): ...", "SIN if available: ...",
# "Steuer-ID falls bekannt: ...", "Sozialversicherungsnummer wenn vorhanden: ...", "NIR si connu : ...", "NISS si
# disponible : ...", "DNI si se conoce: ...", "NIE si lo tiene: ...", "BSN indien bekend: ...", "BSN (zo bekend): ..."
# (the check digit still decides).
_R87S_IF_KNOWN = (
    r"(?:[ ]\(?(?:if[ ](?:known|available|any|applicable)|falls[ ](?:bekannt|vorhanden)|wenn[ ](?:bekannt|vorhanden)|"
    r"sofern[ ](?:bekannt|vorhanden)|si[ ](?:connu|disponible|vous[ ]l['’]avez)|si[ ]se[ ]conoce|si[ ]lo[ ]tiene|"
    r"si[ ]la[ ]tiene|si[ ](?:la|lo)[ ]conoce|indien[ ](?:bekend|beschikbaar)|zo[ ]bekend|voor[ ]zover[ ]bekend)\)?)"
)
_KEPT_IN = (
    # the same place in a short clause after a comma, saying that the writer holds the number there:
    # "NHS number, we had it on file: ", "SIN, we have it in our system: ", "Steuer-ID, haben wir in der
    # Akte: ", "NISS, nous l'avons dans le dossier : ", "NIE, lo tenemos en el expediente: ", "BSN, hebben
    # we in het dossier: " (the place's words below; the check digit still decides)
    r"(?:,[ ](?:(?:we|i|they)[ ](?:had|have|has|keep|kept|hold|held|got|['’]ve[ ]got)[ ]it|"
    r"(?:wir[ ])?(?:haben|hatten)(?:[ ](?:wir|es|sie))?|(?:on|nous)[ ]l['’](?:a|avait|avons|avions)|"
    r"(?:lo|la)[ ](?:tenemos|teníamos|tenía|tiene)|(?:hebben|hadden)[ ](?:we|wij)))?"
    r"(?:[ ](?:on|in)[ ](?:(?:the|our|his|her|their|my|your|its)[ ])?(?:[^\W\d_][\w'’-]{1,20}[ ])?"
    r"(?:file|files|record|records|system|register)|"
    r"[ ](?:in|aus)[ ](?:der|dem|unserer|ihrer|seiner|unserem|ihrem|seinem)[ ](?:[^\W\d_][\w-]{1,20}[ ])?"
    r"(?:[\w-]*akte|[\w-]*kartei|unterlagen|system|datei|[\w-]*register)|[ ]im[ ](?:system|[\w-]*register)|"
    r"[ ](?:au|dans[ ]le|dans[ ]notre|dans[ ]son|sur[ ]le)[ ](?:dossier|fichier|registre|système)"
    r"(?:[ ](?:de|du|d['’])[ ]?[^\W\d_][\w'’-]{1,20})?|"
    r"[ ](?:en|del)[ ](?:el|la|nuestro|nuestra|su)[ ](?:expediente|ficha|archivo|registro|sistema)"
    r"(?:[ ](?:de|del)[ ][^\W\d_][\w'’-]{1,20})?|"
    r"[ ](?:in|uit)[ ](?:het|ons|onze|zijn|haar|de)[ ](?:[\w-]*dossier|bestand|systeem|administratie|[\w-]*register))"
)
"""Where the number is kept, between its name and the value: "SIN on honorarium file ...", "BSN in
ons dossier ...", "Steuer-ID in der Personalakte ...", "NAS au dossier de paie ...", "NISS en el
expediente ..." (the check digit still decides)."""

_ID_GROUPS = r"[0-9](?<![\w.-][0-9])[0-9]{0,3}(?:[ .\-/]?[0-9]{1,4}){1,5}(?![\w]|[.-][0-9])"


def _typed_key(name: str) -> str:
    """A record whose type key names the identifier and whose next key holds it, the value right
    after its "=" or ":": a log's "id_type=AADHAAR id_no=...", "doc_type: PASSPORT doc_number: ...",
    "tipo_documento=DNI numero=...", "ausweis_typ=REISEPASS nummer=...", "type_piece=PASSEPORT
    numero=...", "soort_id=BSN nummer=..." (lower-cased; a snake case key's "_" may read as a blank)."""
    return (rf"(?<![a-z])(?:type|typ|tipo|soort|kind)(?:[_ .-]?(?:de[_ ])?[a-z]{{2,12}})?[\"']?[ ]?[:=][ ]?[\"']?(?:{name})[\"']?[,;]?[ ]+"
            rf"(?:{_DOC_WORD}[_ .-]?)?(?:no|nr|num|number|nummer|numero|número|numéro|value|val|id)(?:[_ .-]?{_DOC_WORD})?"
            rf"[\"']?[ ]?[:=][ ]?[\"']?$")


_DOC_WORD = r"(?:id|doc|document|documento|dokument|ausweis|piece|pièce|identity|ident|identificatie|identificación)"
"""The identity document's word in a record's key, before or after its number's ("id_no", "numero_documento")."""


# Round 76: one or two words after the name, then the number alone in brackets: "rijksregisternummer nodig
# (85040964030)", "Steuer-ID fehlt noch (12345678911)", "NISS manquant (85073003328)", "BSN nog nodig
# (123456782)"; or the number said again as "the number" a few words on in the same sentence: "your TFN
# declaration ... - the number you gave on the form (587552585) has a typo", "deine Steuer-ID ... die
# Nummer auf dem Formular (...)", "le NISS ... le numéro indiqué sur le formulaire (...)", "el DNI ... el
# número del formulario (...)", "je BSN ... het nummer op het formulier (...)" (the check digit decides)
# (not for a name that is a common word too, as "sin" is Spanish: "sin cambios (...)")
_NAMED_THEN_BRACKET = (r"|[ ][^\W\d_][\w'’-]{1,25}(?:[ ][^\W\d_][\w'’-]{1,25})?(?=[ ]\($)|"
                       r"[^\n\d.!?()]{0,60}?(?<![\w])(?:the|die|le|el|het)[ ](?:number|nummer|numéro|número)"
                       r"(?:[ ][^\W\d_][\w'’-]{0,25}){0,6}(?=[ ]\($)")


def context_rules() -> list[ContextRule]:
    # the name, then at most a short link before the value: "NHS number: ", "BSN is ", "NHS number,
    # it's ", "numéro de dossier, c'est le ", "Patientennummer, das ist "
    # A qualifier in brackets may follow the name: "Passport number (for ID at collection): ",
    # "Reisepass (gültig bis 2031): ", "NHS number (hospital copy): "; a longer one (up to 60
    # characters, words only, hence the rules' wider window) says where the number is found or what
    # it is wanted for: "NHS number (you will find it on any letter from your surgery): ",
    # "Burgerservicenummer (nodig voor de inschrijving bij de nieuwe huisarts): ", "Passport number
    # (required for the local police register): "
    # The source the number was taken from may follow the name: "Steuer-ID lt. Auftraggeber: ",
    # "BSN volgens de gemeente: ", "NHS number as per the referral: ", "NIR selon la CPAM : ",
    # "DNI según el contrato: " (one or two words after "according to" in the five languages)
    # Whose number it is may follow the name, a relative or a dependant's word: "passport number for
    # your daughter: ", "BSN kind: ", "Sozialversicherungsnummer des Kindes: ", "Passnummer deiner
    # Tochter: ", "numéro de passeport pour votre fille : ", "pasaporte de tu hija: ", "paspoortnummer
    # van je dochter: ", "NIR du conjoint : "
    kw = lambda s: re.compile(
        rf"{_typed_key(s)}|"
        rf"(?<!\w)(?:{s})"
        rf"(?:[ ](?:(?:for|of)[ ](?:your|his|her|their|the|my|our)[ ]|"
        rf"(?:des|der|deiner|deines|ihrer|ihres|seiner|seines|meiner|meines|unserer|unseres)[ ]|"
        rf"(?:de|pour|du)[ ](?:votre|ton|ta|son|sa|mon|ma|notre|l['’]|la|le)[ ]?|du[ ]|"
        rf"(?:de|del|para)[ ](?:tu|su|mi|nuestr[oa]|la|el)[ ]|del[ ]|"
        rf"(?:van|voor)[ ](?:je|jouw|uw|zijn|haar|mijn|ons|onze|het|de)[ ])?"
        rf"{_RELATIVE_OWNER})?"
        rf"(?:[ ](?:lt\.|laut|gemäß|according to|as per|per|selon|d['’]après|según|volgens|zoals bekend bij)"
        rf"(?:[ ](?:the|der|die|dem|des|le|la|l['’]|el|la|de|het))?[ ]?[^\W\d_][\w.'’-]{{1,25}}"
        rf"(?:[ ][^\W\d_][\w.'’-]{{1,25}})?(?=[ ]?[:=]))?"
        rf"{_KEPT_IN}?"
        rf"{_R87S_IF_KNOWN}?"  # round 87: "NHS number if known: ", "Steuer-ID falls bekannt: ", "BSN indien bekend: "
        # a configuration's key padded to line up its "=" or ":": 'OWNER_TFN   = "', 'CLIENT_BSN:    "'
        rf"(?:[ ]?\((?:[^()\n]{{1,30}}|[^\W\d_][^()\n\d]{{30,60}})\))?(?:[ \t]*[:=][ \t]*[\"']?|[^\w\n]{{0,4}})"
        # the past tense's copula too: "your dad's SIN was ...", "Steuer-ID war ...", "NISS était ...", "era"
        # (French with its article, as Spanish: "mon numéro ... est le ...", "c'est le ...", "es el ...")
        rf"(?:(?:it['’]s|it is|that['’]s|c['’]est[ ]le|c['’]est|das ist|dat is|het is|es el|is|ist|lautet|est[ ]le|est|es|(?<=['’])s|"
        rf"was|war|lautete|était|c['’]était|era|"
        # the number a document gives for it, "as" before the value: "the referral lists your NHS number as
        # ...", "hat Ihre Steuer-ID als ... angegeben", "indique votre NIR comme ...", "figura su DNI como
        # ...", "vermeldt uw BSN als ..." (the number's shape and check digit still decide)
        rf"as|als|comme|como|"
        rf"nr|nro|no|n°|nº|n\.[°ºo]|núm|num|number|nummer|numéro|número)[^\w\n]{{0,3}}"
        # an aside after the link: "Meine Steuer-ID ist übrigens ...", "my NHS number is by the way ..."
        rf"(?:(?:by the way|btw|übrigens|nebenbei|d['’]ailleurs|au fait|por cierto|trouwens|overigens)[^\w\n]{{0,3}})?)?$")
    # a national identifier's name with a qualifier that says whose it is, between the name and the
    # colon: "Rijksregisternummer contactpersoon: ", "Steuer-ID des Bürgen: ", "BSN van de aanvrager: ",
    # "NIR de l'assuré : ", "AHV-Nummer Mitarbeiterin: " (one word, after a small link word); a form's
    # ordinal number may close the key, after the qualifier or right after the name ("BSN aanvrager 1:",
    # "Steuer-ID Kind 2:", "NISS enfant 2 :", "SIN applicant 1:", "BSN 2:"); the check digit still decides
    # A key that joins the name with another thing's, by a slash or "or"/"and", before the colon:
    # "SIN/Tax ID:", "BSN / sofinummer:", "Steuer-ID oder IdNr.:", "NISS ou n° national :", "PPSN and
    # DOB:" (one to three words after the link); the check digit still decides
    # The qualifier may run to a few more words (seven in all; two for a name that is a common word too,
    # as "sin" is Spanish), then a bracketed aside or the source before the colon: "BSN ter controle: ",
    # "NISS du client (site belge) : ", "BSN klant (gemeentelijke regeling): ", "Steuer-IdNr. des
    # Kunden lt. Formular: ", "Aadhaar copy on file for the overseas volunteer: "; the check digit
    # still decides
    qualified = lambda s, few: kw(
        rf"(?:{s})(?:[ ](?:(?:of|for)[ ](?:the|a|an)[ ]|(?:des|der|dem|vom)[ ]|(?:du|de[ ]la|de[ ]l['’]|de)[ ]?|"
        rf"(?:del|de[ ]la)[ ]|(?:van|voor)[ ](?:de|het)[ ])?[^\W\d_][\w'’-]{{2,25}}(?:[ ][^\W\d_][\w'’-]{{1,25}}){{0,{few}}}"
        rf"{_KEY_ORDINAL}(?={_KEY_END})|"
        rf"[ ]#?[1-9][0-9]?(?=[ ]?:)|"
        # Round 70: where the number comes from, a possessive and a few words right before it: "SIN from her
        # Canadian exchange year 206 384 752", "Steuer-ID aus seiner Zeit in Köln 12345678911", "NISS de son séjour
        # à Liège 85073003328", "BSN uit haar studietijd in Utrecht 123456782"
        rf"[ ](?:from|aus|de|uit)[ ](?:her|his|my|their|our|your|ihrer|ihrem|seiner|seinem|meiner|meinem|"
        rf"son|sa|mon|ma|haar|zijn|mijn)[ ][^\W\d_][\w'’-]{{1,25}}(?:[ ][^\W\d_][\w'’-]{{0,25}}){{0,4}}(?=[ ]?$)|"
        # what the number is given for, right before it: "Sozialversicherungsnummer für den Arbeitgeberanteil
        # 6853170957", "BSN voor de aangifte 123456782", "NIR pour la mutuelle 1 84 ..."
        rf"[ ](?:für|for|pour|para|voor)[ ](?:(?:den|die|das|dem|the|le|la|les|l['’]|el|los|las|de|het)[ ]?)?"
        # Round 71: ... in two words too, and the copula after them: "Our SIN for the customs form is 698 371 929",
        # "Steuer-ID für die Nebenkostenabrechnung ist ...", "NISS pour la mutuelle est ...", "DNI para el contrato
        # es ...", "BSN voor de huurtoeslag is ..." (the check digit still decides)
        rf"[^\W\d_][\w'’-]{{2,25}}(?:[ ][^\W\d_][\w'’-]{{2,25}})?(?=[ ]?$|[ ](?:is|ist|lautet|est|es|was|war|era)[ ]?$)|"
        rf"[ ]?(?:/|&|[ ](?:or|oder|ou|o|of|and|und|et|y|en)[ ])[ ]?[^\W_][\w.°º'’-]{{0,25}}"
        rf"(?:[ ][^\W_][\w.°º'’-]{{0,25}}){{0,2}}(?=[ ]?:)" + (_NAMED_THEN_BRACKET if few > 1 else "") + ")?")
    # The name after the value: in brackets ("294 675 368 (SIN)", "625103786 (BSN van de klant)"), or
    # after a comma and "that is" ("405594200, i.e. the TFN", "12345678911, d. h. die Steuer-ID",
    # "..., c'est-à-dire son NISS", "..., es decir, el ...", "..., oftewel het BSN"), or after a
    # dash ("... – my SIN"); the check digit still decides
    after = lambda s: re.compile(
        rf"[ ]?(?:\((?:(?:the|my|your|his|her|their|mein|meine|ihre?|seine?|die|der|son|sa|votre|mon|ma|le|la|l['’]|"
        rf"su|mi|tu|el|het|de|mijn|je|uw|zijn|haar)[ ])?(?:{s})(?![\w])(?:[ ](?:of|for|van|voor|de|du|des|der|del|von|vom)[ ][^()\n]{{1,25}})?\)|"
        rf",?[ ]?(?:[–—-][ ]|(?:i\.[ ]?e\.|ie|that is|namely|which is|d\.[ ]?h\.|das heißt|also|nämlich|"
        rf"c['’]est-à-dire|soit|à savoir|es decir|o sea|dus|oftewel|ofwel|namelijk|dat is|i\.e)[,]?[ ])"
        rf"(?:(?:the|my|your|his|her|their|mein|meine|ihre?|seine?|die|der|son|sa|votre|mon|ma|le|la|l['’]|"
        rf"su|mi|tu|el|het|de|mijn|je|uw|zijn|haar)[ ])?(?:{s})(?![\w]))")
    national = lambda name, hint, label, value, check, few=6: _national_rule(
        name, hint, _abbreviated_number(label), value, check, lambda s: qualified(s, few), after)
    digits = re.compile(_ID_GROUPS)
    return [
        ContextRule("passport", "passport", ("pass", "pasaporte", "paspoort", "/pp", "pp/", "ausweis"),
                    kw(r"(?:passport(?: number| no\.?| nr\.?| #)?|"
                       # Round 72: the passport's copy, what it was received or kept for, then the colon: "passport
                       # copy received for visitor mooring: ", "Passkopie liegt vor für den Gastliegeplatz: ", "copie du
                       # passeport reçue pour le mouillage : ", "copia del pasaporte recibida para el amarre: ",
                       # "kopie paspoort ontvangen voor de passantenplaats: " (a few words, none another thing's
                       # number; the passport's shape decides)
                       r"(?:passport[ ](?:copy|scan|photocopy)|(?:photo)?copy[ ]of[ ](?:the[ ]|his[ ]|her[ ]|their[ ]|your[ ])?"
                       r"passport|(?:reise)?pass(?:kopie|scan)|kopie[ ]des[ ](?:reise)?passes|"
                       r"(?:copie|photocopie|scan)[ ](?:du|de[ ]son|de[ ]sa|de[ ]votre)[ ]passeport|passeport[ ]scanné|"
                       r"(?:copia|fotocopia)[ ](?:del|de[ ]su)[ ]pasaporte|pasaporte[ ]escaneado|"
                       r"kopie[ ](?:van[ ](?:het|zijn|haar|uw|je)[ ])?paspoort|paspoortkopie)"
                       r"(?:[ ](?!(?:ref|reference|booking|order|invoice|ticket|account|file|case|referenz|buchung|"
                       r"bestellung|rechnung|konto|akte|référence|réservation|commande|facture|compte|dossier|"
                       r"referencia|reserva|pedido|factura|cuenta|expediente|referentie|boeking|bestelling|factuur|"
                       r"rekening|nummer|number|numéro|número)(?![\w]))[^\W\d_][\w'’-]{0,25}){1,7}(?=[ ]?:)|"
                       # Round 76: the short German word after a copy's or a scan's word and "vom" or a possessive
                       # ("eine Kopie vom Pass, Nr. F6335237", "Scan von Ihrem Pass", "Kopie deines Passes"), the
                       # number after a comma and its "Nr." as the other languages' ("a copy of your passport, no.
                       # ...", "une copie du passeport, n° ..."); "Skipass", "Bergpass" stay another thing's
                       r"(?:kopie|fotokopie|scan|foto)[ ](?:vom|von[ ](?:ihrem|deinem|seinem|meinem|eurem|dem)|ihres|deines|"
                       r"seines|meines|eures|des)[ ](?:reise)?pass(?:es)?,?[ ](?:nr\.?|nummer)(?=[ ])|"
                       # a register's one column for a driving licence or a passport: "DL/pp", "ID/PP", "pp/DL"
                       # (the passport's shape decides)
                       r"(?:dl|id|cni|dni|ausweis|rijbewijs)/(?:pp|ppt)|pp/(?:dl|id)|"
                       # the German compounds, also in the genitive: "Kopie des Nationalpasses Nr.", "Dienstpass",
                       # "Kinderreisepass", "des Reisepasses"
                       r"(?:reise|national|dienst|diplomaten|kinderreise|fremden|not|ersatz)pass(?:es)?(?:nummer|-nr\.?| nr\.?)?|"
                       r"passnummer|pass-nr\.?|"
                       # round 75: the identity card's German word, the card's number in the passport's shape: "Ausweis:
                       # 180683659", "Personalausweis-Nr. L01X00T47" (not "Leserausweis", "Mitgliedsausweis": a compound
                       # with another word before it is another card; nor a bare "Ausweisnummer", a season ticket's
                       # or "Ausweis Nr." as often, round 17: "Monatskarte, Ausweisnummer 40918822")
                       r"personalausweis(?:nummer|-nr\.?|[ ]nr\.?)?|ausweis(?:dokument)?(?![\w-]|[ ]nr)|"
                       r"passeport(?: n[°º]| no)?|numéro de passeport|n[°º] de passeport|pasaporte(?: n\.?[ºo°]\.?)?|"
                       r"número de pasaporte|paspoort(?:nummer|nr\.?)?|"
                       # the short German word with an adjective before it: "Bisheriger Pass:", "alter Pass"
                       r"(?:bisherige|alte|neue|abgelaufene|aktuelle|vorherige|frühere|gültige|jetzige|letzte|ehemalige|"
                       r"deutsche|österreichische|schweizer(?:ische)?)[rnms]?[ ]pass(?:es)?)"
                       # a qualifier written after the word: "el pasaporte anterior (640670716)", "passeport périmé"
                       r"(?:[ ](?:anterior|antiguo|viejo|nuevo|actual|caducado|vencido|"
                       r"ancien|nouveau|actuel|précédent|périmé|expiré))?"
                       # round 62: whose passport, a relative of the writer's, maybe by the first name, before the
                       # colon: "the passport of our son Tom:", "der Pass unserer Tochter Mia:" is rare in German
                       # (the genitive needs no "von"), "le passeport de notre fils Hugo :", "el pasaporte de
                       # nuestra hija Inés:", "het paspoort van onze zoon Daan:" (the passport's shape decides)
                       rf"(?:[ ](?:of|von|de|del|van)[ ](?:my|our|mon|ma|notre|mi|nuestr[oa]|mijn|onze|ons|"
                       rf"meine[rms]?|unsere[rms]?)[ ]{_RELATIVE_OWNER}(?:[ ][^\W\d_][\w'’-]{{1,25}})?(?=[ ]?:))?"
                       # or in brackets, right before the number: "renovación de pasaporte (actual:
                       # 569186976)", "passport renewal (current: ...)", "Reisepass-Verlängerung (bisher: ...)"
                       r"(?:(?:[ -]?(?:renewal|application|replacement|verlängerung|erneuerung|antrag|"
                       r"verlenging|vernieuwing|aanvraag))?[ ]?\((?:current|old|new|previous|former|expired|existing|"
                       r"aktuell|bisher|alt|neu|abgelaufen|derzeit|"
                       r"actuel|ancien|nouveau|précédent|périmé|expiré|"
                       r"actual|anterior|antiguo|nuevo|caducado|vencido|vigente|"
                       r"huidig|huidige|oud|oude|nieuw|nieuwe|vorig|vorige|verlopen))?"
                       # the passport or an identity card, one field for either: "Passport / ID no.:",
                       # "Reisepass-/Ausweisnummer", "passeport ou CNI n°", "pasaporte / DNI", "paspoort- of ID-nummer"
                       r"(?:[ ]?(?:/|-/|or|oder|ou|o|of|-[ ]of)[ ]?(?:national[ ]id(?:[ ]card)?|identity[ ]card|id[ ]card|id|"
                       r"personalausweis|ausweis|id-karte|carte[ ]d['’]identité|carte[ ]nationale[ ]d['’]identité|cni|"
                       r"pièce[ ]d['’]identité|dni|nie|documento[ ]de[ ]identidad|identiteitskaart|id-kaart|id-bewijs|"
                       r"identiteitsbewijs)(?:[ -]?(?:no\.?|nr\.?|number|nummer|numéro|número|n[°º]\.?|#))?)?"
                       # a clause that says which passport, the reader's, then its number in brackets: "the
                       # passport you gave when booking (...)", "den Pass, den Sie bei der Buchung angegeben
                       # haben (...)", "le passeport que vous avez indiqué (...)", "el pasaporte que nos dio al
                       # reservar (...)", "het paspoort dat u bij de boeking opgaf (...)" (the shape decides)
                       r"(?:,?[ ](?:(?:that|which)[ ])?(?:you|den[ ](?:sie|du)|die[ ](?:sie|du)|"
                       r"que[ ](?:vous|tu|usted|nos|me)|dat[ ](?:u|je|jij)|die[ ](?:u|je|jij))[ ]"
                       r"[^\W\d_][^\n\d()]{1,40}?(?=[ ]?\())?"),
                    _PASSPORT_SHAPE, _passport_like),
        ContextRule("nhs_number", "medical_record", ("nhs",), kw(r"nhs(?: number| no\.?)?"),
                    re.compile(r"[0-9](?<![\w-][0-9])[0-9]{2}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![\w-])"), _stdnum("gb.nhs")),
        ContextRule("medical_record", "medical_record",
                    ("mrn", "medical", "patient", "patiënt", "pacient", "hospital", "fall", "dossier", "historia", "nhc", "ziekenhuis", "ipp",
                     "krankenhausakte",
                     "chi number", "pat", "hosp", "a&e", "emergency", "notaufnahme", "urgences", "urgencias", "seh"),
                    kw(r"(?:mrn|medical record(?: number| no\.?)?|patient(?:en)?[ -]?(?:id|number|no\.?|nummer|nr\.?)|"
                       # a patient's account at a clinic or a hearing centre: "Patient acct", "Patientenkonto",
                       # "compte patient", "cuenta del paciente", "patiëntaccount"
                       r"patient (?:account|acct\.?)(?: (?:number|no\.?|#))?|patientenkonto(?:-?nr\.?|nummer)?|"
                       r"(?:numéro de |n[°º] de )?compte patient|(?:número de )?cuenta (?:del|de) paciente|"
                       r"patiënt(?:en)?account(?:nummer)?|"
                       # a hospice's number, as a hospital's: "hospice no.", "Hospiz-Nr.", "n° hospice",
                       # "número de hospicio", "hospicenummer"
                       r"(?:hospital|hospice) (?:number|no\.?)|hospiz-?(?:nummer|nr\.?)|hospiz nr\.?|"
                       r"(?:numéro|n[°º]) (?:d['’])?hospice|número de hospicio|n\.?[°º]\.? de hospicio|hospicenummer|hospice-?nr\.?|"
                       r"chi number|fallnummer|fall-nr\.?|fall nr\.?|fallnr\.?|"
                       r"patientennummer|patienten-nr\.?|numéro de dossier(?: patient| médical)?|dossier (?:médical|patient)|"
                       r"numéro (?:de )?patient|ipp|número de (?:la )?historia(?: clínica)?|historia clínica|nhc|número de paciente|"
                       r"patiëntnummer|patientnummer|dossiernummer|ziekenhuisnummer|pat\.?-?[ ]?(?:nr|id)\.?|hosp\.? no\.?|"
                       # Round 85: the Dutch patient's number written short, and the hospital's file named by its
                       # institution: "patiëntnr. P-7404726", "Patiënten-nr.: 75377306", "dossier hôpital HC-656594",
                       # "dossier de l'hôpital : 0251126", "Krankenhausakte: 4471209", "ziekenhuisdossier 4471209"
                       r"patiënt(?:en)?[ -]?(?:nr\.?|id)|dossier (?:hôpital|de l['’]hôpital)|krankenhausakte|"
                       r"ziekenhuisdossier|"
                       # an emergency department's attendance number: "A&E number", "Notaufnahme-Nr.",
                       # "n° de passage aux urgences", "número de urgencias", "SEH-nummer"
                       r"(?:a&e|emergency department|emergency room)(?: attendance)? (?:number|no\.?)|"
                       r"notaufnahme-?(?:nummer|nr\.?)|notaufnahme nr\.?|"
                       r"(?:numéro|n[°º]) (?:de )?passage aux urgences|"
                       r"(?:número|n\.?[°º]\.?) (?:de )?(?:episodio de )?urgencias|"
                       r"seh-?(?:nummer|nr\.?)|seh nr\.?|"
                       r"n\.?[°º]\.? de paciente|"
                       r"n[°º]\.? ?(?:de )?dossier(?: patient| médical)?|no\.? ?(?:de )?dossier|"
                       r"n\.?[°º]\.? ?(?:de )?historia(?: clínica)?|patient(?:en)?[ -]?nr\.?)"
                       # the institution that gave it: "Patiëntnummer ziekenhuis:", "Patientennummer (Klinik):",
                       # "patient number at the hospital", "numéro de dossier de l'hôpital", "NHC del hospital"
                       # the institution's word may be a compound or carry its kind ("Patientennummer
                       # Kinderklinik:", "Fallnummer Universitätsklinikum", "n° de dossier à l'hôpital",
                       # "número de historia del hospital infantil", "patiëntnummer kinderziekenhuis",
                       # "patient number (children's hospital)"); a qualifier in brackets may follow it
                       r"(?:[ ]\(?(?:(?:of the|at the|of|at|van het|van de|bij het|in het|im|in der|am|beim|der|des|"
                       r"del|de la|de l['’]|du|de|en el|en la|à l['’]|à la|au)[ ]?)?"
                       r"(?:(?:children['’]s|university|general|county|district|community|teaching|royal|regional)[ ])?"
                       # Round 85: a health or medical centre, a university's or a student's too: "medical record
                       # no. at the uni health centre is PAT-95851", "numéro de dossier au centre de santé :",
                       # "patient number at the student medical center:", "Patientennr. im Gesundheitszentrum:"
                       r"(?:(?:(?:uni|student|campus)[ ])?(?:health|medical)[ ]cent(?:re|er)|centre[ ]de[ ]santé|"
                       r"centre[ ]médical|gesundheitszentrum|gezondheidscentrum|"
                       r"hospital|clinic|practice|[a-zäöüß]*ziekenhuis|[a-zäöüß]*kliniek|praktijk|[a-zäöüß]*klinik(?:um)?|"
                       r"[a-zäöüß]*krankenhaus(?:es)?|[a-zäöüß]*spital|praxis|"
                       r"hôpital|clinique|cabinet|chu|clínica|centro de salud)"
                       r"(?:[ ](?:infantil|universitario|general|pediátrico|pédiatrique|universitaire|régional|"
                       r"pour enfants|de niños))?\)?)?"),
                    re.compile(r"(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2}(?![\w-])"),
                    lambda v: sum(c.isdigit() for c in v) >= 5),
        # national identifiers whose shape is too common to report without their name
        # Round 79: a machine key that names the BSN with whose it is, joined by an underscore: "bsn_huurder",
        # "huurder_bsn", "bsn_client", "patient_bsn", "burgerservicenummer_kind" (the 11-test still decides)
        national("nl_bsn", ("bsn", "burgerservice", "sofi", "citizen service"),
                    r"(?:[a-z]{2,20}_)?(?:bsn|burgerservicenummer)_[a-z]{2,20}|[a-z]{2,20}_(?:bsn|burgerservicenummer)|"
                    r"bsn|burgerservicenummer|sofinummer|sofi-nummer|citizen service number",
                    digits, _length(9, _stdnum("nl.bsn"))),
        national("de_idnr", ("steuer", "idnr", "identifikations", "tax id"),
                    r"steuer-?id(?:-?nr\.?)?|steueridentifikationsnummer|steuerliche identifikationsnummer|id-?nr\.?|"
                       r"identifikationsnummer|tax id",
                    digits, _length(11, _stdnum("de.idnr"))),
        national("at_vnr", ("versicherungs", "sv-", "svnr", "vsnr", "sv nr"),
                    r"sozialversicherungsnummer|versicherungsnummer|sv-nummer|sv-nr\.?|svnr|vsnr|sv nr\.?",
                    digits, _length(10, _stdnum("at.vnr"))),
        national("ch_ahv", ("ahv", "avs", "sozialversicherungs"),
                    r"ahv(?:-nummer|-nr\.?)?|avs|numéro avs|sozialversicherungsnummer",
                    digits, _length(13, _stdnum("ch.ssn"))),
        # the short "N° national :" of a Belgian form, "Rijksregisternr."
        national("be_nn", ("rijksregister", "insz", "registre national", "niss", "national register", "numéro national",
                           "° national", "º national", "no national", "no. national"),
                    # round 62: the register named with its country, as a resident abroad writes it: "numéro de
                    # registre national belge", "Belgian national register number", "belgisch rijksregisternummer"
                    r"rijksregisternummer|rijksregisternr\.?|insz|numéro de registre national(?: belge)?|"
                    r"registre national(?: belge)?|niss|"
                    r"(?:belgian )?national register number|numéro national(?: belge)?|n[°º][ ]national|no\.?[ ]national",
                    digits, _length(11, _stdnum("be.nn"))),
        national("ca_sin", ("sin", "social insurance", "assurance sociale", "nas"),
                    r"sin|social insurance number|numéro d'assurance sociale|nas",
                    digits, _length(9, _stdnum("ca.sin")), 1),
        national("au_tfn", ("tfn", "tax file"),
                    r"tfn|tax file number", digits, _length(9, _stdnum("au.tfn"))),
        # Round 69: also Revenue's "tax reference", which is the PPSN in Ireland ("Tax ref: 1190943KH", "tax
        # reference number 8365185IA"); the checksum holds the value to a PPSN's
        national("ie_pps", ("pps", "personal public service", "tax ref"),
                    r"ppsn?(?: number| no\.?)?|personal public service number|tax ref(?:erence)?\.?(?: number| no\.?)?",
                    re.compile(r"[0-9](?<![\w-][0-9])[0-9]{6}[A-W][A-IW]?(?![\w-])"), _stdnum("ie.pps")),
        national("in_aadhaar", ("aadhaar", "aadhar", "uid"),
                    r"aadhaar(?: number| no\.?)?|aadhar|uid(?:ai)?(?: number)?",
                    digits, _length(12, _stdnum("in_.aadhaar"))),
        national("fr_nir", ("sécu", "secu", "sécurité sociale", "securite sociale", "nir", "insee"),
                    r"numéro de sécurité sociale|numero de securite sociale|n° de sécu|sécurité sociale|nir|numéro insee",
                    re.compile(r"[12](?<![\w-][12])(?:[ ]?[0-9]{2}){2}[ ]?(?:[0-9]{2}|2A|2B)[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{2}(?![\w-])"),
                    _stdnum("fr.nir")),
    ]


# The start of an answer line, up to its value: a speaker's label or a dialogue dash, then a few
# words of assent ("Cliente: sí, es el ", "— Sí, es el ", "Caller: yes, it's ", "Kunde: ja, das ist ")
_ANSWER_START = re.compile(
    # a transcript's time stamp before its speaker: "[00:11:34] Maria: Ja, dat is ..."
    r"[ \t]*(?:\[[0-9:.,]{4,12}\][ \t]*)?(?:[^\W\d][^\n:?]{0,30}:[ \t]*|[—–-][ \t]*)?"
    r"(?:(?:yes|yeah|sure|of course|it['’]s|it is|that['’]s|ja|klar|das ist|es ist|sie lautet|er lautet|die|der|"
    r"oui|bien sûr|c['’]est le|c['’]est|le|sí|si|claro|vale|es el|es|el|ja hoor|natuurlijk|dat is|het is|is|ist)[ ,.:]*){0,3}"
)
_WORD_ENDS = re.compile(r"\w(?!\w)")


def answered_question(text: str, lowered: str, start: int, end: int) -> str | None:
    """The question (lowered) whose answer is the value at start:end on the next line, or None:
    "¿Me da su número de historia, por favor?\n— Sí, es el 049274.", "What's your passport
    number?\nCaller: 584739140". The answer holds only a speaker, assent and the value."""
    question = line_answered(text, lowered, start, end)
    return question if question is not None and question.endswith("?") else None


def line_answered(text: str, lowered: str, start: int, end: int) -> str | None:
    """The line (lowered) above the value at start:end when the value's line holds only a speaker,
    assent and the value: a question's or a request's answer ("schick mir deine Nummer\nZsolt: ...")."""
    line = text.rfind("\n", 0, start)
    if line <= 0 or not _ANSWER_START.fullmatch(lowered, line + 1, start) or not _ENDS_ANSWER.match(text, end):
        return None
    return lowered[text.rfind("\n", 0, line) + 1 : line].rstrip()


def _answers_question(rule: ContextRule, text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the value at start:end is the answer on the line after a question that names it."""
    question = answered_question(text, lowered, start, end)
    if question is None:
        return False
    # the rule's name anywhere in the question: its context pattern ends where a word ends
    if any(rule.context.search(question, 0, w.end()) for w in _WORD_ENDS.finditer(question)):
        return True
    # a question that asks for "the number" back, named on the dialogue's turn before it: "Klant:
    # waarom moet ik mijn BSN nog een keer doorgeven?\nMedewerker: Wilt u het nummer bevestigen?\nKlant:
    # 174268592", "... my passport number?\nAgent: Could you read me the number?\nCaller: ..."
    if _NUMBER_ASKED_BACK.search(question) is None:
        return False
    line = text.rfind("\n", 0, start)
    above = text.rfind("\n", 0, line)
    if above <= 0:
        return False
    earlier = lowered[text.rfind("\n", 0, above) + 1 : above]
    return any(rule.context.search(earlier, 0, w.end()) for w in _WORD_ENDS.finditer(earlier))


_NUMBER_ASKED_BACK = re.compile(
    r"(?<!\w)(?:the number|that number|this number|die nummer|diese nummer|le numéro|ce numéro|el número|ese número|"
    r"este número|het nummer|dat nummer|dit nummer)(?!\w)")


def find_context_rule(rule: ContextRule, text: str, lowered: str) -> Iterator[Span]:
    if not any(h in lowered for h in rule.hint) and not (
            # the label as a key in snake case names the rule by its hyphenated or spaced word:
            # "sv_nummer", "sv_nr", "nhs_no"
            "_" in lowered and any(h in lowered.replace("_", "-") or h in lowered.replace("_", " ") for h in rule.hint)):
        return
    for m in rule.value.finditer(text):
        before = lowered[max(0, m.start() - rule.window) : m.start()]
        before = before[sentence_start(before) :]
        named = rule.context.search(before)
        if named is None and "_" in before:
            # the label as a key in snake case: "steuer_id": "...", tax_id=..., "nhs_number": "..."
            named = rule.context.search(before.replace("_", "-")) or rule.context.search(before.replace("_", " "))
        if named is None and not _answers_question(rule, text, lowered, m.start(), m.end()) and not (
                rule.after is not None and rule.after.match(lowered, m.end())) and not _named_by_column(
                rule, text, m.start(), m.end()) and not _noted_after_name(rule, lowered, m.start(), m.end()) and not (
                _referred_back(rule, before)) and not _named_sentence_before(rule, lowered, m.start() - len(before), before):
            continue
        if rule.validate(_compact(m.group(0))):
            if rule.name == "medical_record" and "dossier" in before and _legal_file(lowered, m.start(), m.end()):
                continue
            if rule.name == "medical_record" and named is not None and r86s_kinship_case(text, named.group(0), m.start()):
                continue  # round 86: "Probenentnahme Abstammungsgutachten\nFall-Nr.: 2305872570": the test's case
            # round 62: a number the writer says they are reached on, right before it, when the identifier was
            # named only earlier ("Le envío el número del pasaporte ... Para cualquier cosa estoy en el
            # 613302674", "I'm on 07700 900123", "je suis joignable au ...", "ich bin unter ... erreichbar",
            # "ik ben bereikbaar op ..."): the writer's phone, no document's number
            if named is None and _REACHED_ON_BEFORE.search(lowered, max(0, m.start() - 60), m.start()):
                continue
            # a file's number named by the file's word alone ("N° de dossier :", "Dossiernummer:",
            # "numéro de dossier") on a lost-property or a travel report (an airport's desk, the
            # traveller's passport beside it) is that office's file, unless the text speaks of care
            # or the label names the patient or the care
            # (round 62: and on a public grant's or subsidy's notice, the funding office's application file:
            # "Isolatiesubsidie: ... Vermeld altijd dossiernummer ...", "Förderprogramm ... Dossiernummer",
            # "subvention ... n° de dossier", "Grant scheme ... dossier no.")
            if named is not None and "dossier" in named.group(0) and not _CARE_DOSSIER.search(
                    named.group(0)) and not _about_care(lowered, m.start(), m.end()) and (_LOST_OR_TRAVEL.search(
                    lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW) or _GRANT_WORD.search(
                    lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW)):
                continue
            # the file's word as a sub-field after an insurer's own name ("Verzekering, dossiernr.:",
            # "Versicherung, Dossier-Nr.:", "Assurance, n° de dossier :", "Seguro, n.º de dossier:",
            # "Insurance, dossier no.:") is the insurer's claim file, no patient's (a health insurer's
            # member number is read by find_care_records)
            if named is not None and "dossier" in named.group(0) and _INSURER_BEFORE.search(
                    lowered, max(0, m.start() - len(before) + named.start() - 40),
                    m.start() - len(before) + named.start()):
                continue
            yield (m.start(), m.end(), rule.name)


# Round 86: a paternity or a kinship test by DNA, its case's number named by a case's or a file's word alone ("Probenentnahme
# Abstammungsgutachten\nFall-Nr.: 2305872570\nMutmaßlicher Vater: ...", "Vaterschaftstest, Fallnummer 4471209", "test de
# paternité, n° de dossier 4471209", "prueba de paternidad, n.º de historia ...", "vaderschapstest, dossiernummer
# 4471209", "paternity test case ..."): a legal or a private test's case, no patient's record; a label that names the
# patient or the hospital (_CARE_DOSSIER) stays one, and so does a lab's number on the test's sample
_R86S_KINSHIP_TEST = re.compile(
    r"(?<!\w)(?:abstammung\w*|vaterschaft\w*|mutterschaftstest\w*|paternity|maternity[ ]test|kinship[ ]test\w*|"
    r"paternité|maternité[ ]biologique|filiation|paternidad|filiación|vaderschap\w*|afstamming\w*)(?!\w)")
_R86S_KINSHIP_CUES = ("abstammung", "vaterschaft", "mutterschaftstest", "paternit", "maternity test", "kinship", "maternité biologique",
                      "filiation", "paternidad", "filiación", "vaderschap", "afstamming")
"""Round 86: the kinship test's words, the text must hold one of these for _R86S_KINSHIP_TEST."""
_R86S_CASE_WORD = re.compile(r"fall|dossier")


def r86s_kinship_case(text: str, label: str, start: int) -> bool:
    """Round 86: a case's or a file's number at start (its label a case's or a file's word, no patient's or hospital's)
    in a paternity or kinship test's text, its word in the 300 characters before (_R86S_KINSHIP_TEST)."""
    window = text[max(0, start - _CARE_WINDOW) : start].lower()
    if not any(c in window for c in _R86S_KINSHIP_CUES):
        return False
    label = label.lower()
    if _R86S_CASE_WORD.search(label) is None or _CARE_DOSSIER.search(label) is not None:
        return False
    return _R86S_KINSHIP_TEST.search(window) is not None


# A public grant or subsidy, its scheme or its applications (round 62): "grant scheme", "subsidy",
# "Förderprogramm", "Zuschuss", "subvention", "subvención", "ayudas de ...", "subsidie" (also as a
# compound's head: "Isolatiesubsidie", "Energieförderung"): a file there is the funding office's
_GRANT_WORD = gated(re.compile(
    r"(?:grant[ ](?:scheme|programme|program|application)s?|subsid(?:y|ies)|\w*förder(?:ung|programm|antrag)\w*|"
    r"\w*zuschuss\w*|subventions?|subvenci(?:ón|ones)|(?<!\w)ayudas[ ]de|\w*subsidie\w*|"
    r"(?<!\w)(?:aanvragen|solicitudes|anträge|demandes|applications)[ ](?:ingediend|recibidas|eingegangen|reçues|received))"))


_REACHED_ON_BEFORE = re.compile(
    r"(?<!\w)(?:(?:i['’]m|i[ ]am|you[ ]can[ ]reach[ ]me|reach[ ]me|call[ ]me|ring[ ]me|text[ ]me)(?:[ ](?:always|best|usually))?"
    r"[ ](?:on|at)|"
    r"(?:ich[ ]bin|bin[ ]ich|erreichen[ ]sie[ ]mich|ruf[ ]mich|rufen[ ]sie[ ]mich)(?:[ ](?:immer|am[ ]besten|gut))?[ ](?:unter|an)|"
    r"(?:je[ ]suis|suis)(?:[ ](?:joignable|disponible|toujours))?[ ](?:au|sur[ ]le)|joignable[ ](?:au|sur[ ]le)|"
    r"(?:estoy|me[ ]encuentras|localizable|llámame|llamadme|llámeme)(?:[ ](?:siempre|disponible))?[ ](?:en[ ]el|al)|"
    r"(?:ik[ ]ben|ben[ ]ik|bel[ ]me|bel[ ]mij)(?:[ ](?:altijd|bereikbaar|te[ ]bereiken))*[ ](?:op|via|onder))[ ]$")


# The identifier named earlier in the sentence and referred back to right before the value, as
# the writer's or the reader's own: "het BSN van je partner nodig, die van jou heb ik (...)", "your
# partner's SIN, yours I have (...)", "die Steuer-ID deiner Frau, deine habe ich: ...", "le NISS de
# ton conjoint, le tien j'ai : ...", "el DNI de tu pareja, el tuyo ya lo tengo (...)"
_POSSESSIVE_BACK = re.compile(
    r"(?<!\w)(?:(?:die|dat|het)[ ]van[ ](?:jou|u|jullie|mij)|yours|mine|deine[nrs]?|ihre[nrs]?|meine[nrs]?|"
    r"(?:le|la)[ ](?:tien|tienne|vôtre|mien|mienne)|(?:el|la)[ ](?:tuyo|tuya|suyo|suya|mío|mía))(?!\w)"
    r"[^.!?\n\d]{0,30}[(:][ ]?$")


# The identifier named in one sentence and given in the next, a pronoun and a verb of being right
# before the value: "... your Steuer-ID. Our records say it is 78301249678", "Laut unseren Unterlagen
# lautet sie ...", "Il s'agit du ...", "Según nuestros datos es el ...", "Volgens ons is het ..."
_VALUE_REFERS_BACK = re.compile(
    r"(?<!\w)(?:it[ ]is|it['’]s|it[ ]reads|lautet[ ](?:sie|er|es)|(?:sie|er|es)[ ]lautet|ist[ ](?:sie|er|es)|"
    r"il[ ]s['’]agit[ ](?:du|de[ ]la|de)|c['’]est[ ](?:le|la)|il[ ]est|elle[ ]est|es[ ](?:el|la)|"
    r"het[ ]is|is[ ]het|deze[ ]is|die[ ]is|luidt[ ](?:het|deze|die))[ ]?:?[ ]?$")
_SENTENCE_BEFORE = 160
# A passport named in one sentence, its number asked for or given in the next as "the number", right
# before the value: "Anna's passport is still missing. Could you confirm the number 512345678 and its
# expiry?", "Es fehlt noch der Reisepass von Jonas. Können Sie die Nummer C01X00T47 bestätigen?", "il
# nous manque le passeport de Léa. Pouvez-vous confirmer le numéro 18AB12345 ?", "falta el pasaporte
# de Hugo. ¿Puede confirmar el número PAA123456?", "het paspoort van Daan ontbreekt. Kunt u het
# nummer NP1234567 bevestigen?"; the passport's shape still decides (a booking's number is no passport's)
_PASSPORT_NUMBER_BACK = gated(re.compile(
    r"(?<!\w)(?:the|its|her|his|die|seine|ihre|deren|dessen|le|son|el|su|het|zijn|haar)[ ]"
    r"(?:number|nummer|numéro|número)[ ]?:?[ ]?$"))
_PASSPORT_NAMED = re.compile(r"(?<!\w)(?:passports?|\w*reisepass\w*|pass(?:es)?|passeports?|pasaportes?|paspoort\w*)(?!\w)")
_OTHER_NUMBERED_THING = re.compile(
    r"(?<!\w)(?:orders?|bookings?|reservations?|tickets?|invoices?|accounts?|flights?|bestellung\w*|buchung\w*|"
    r"reservierung\w*|rechnung\w*|kunden\w*|flug\w*|commandes?|réservations?|factures?|billets?|dossiers?|vols?|"
    r"pedidos?|reservas?|facturas?|billetes?|vuelos?|bestelling\w*|boeking\w*|reservering\w*|factu(?:u)?r\w*|vlucht\w*|"
    r"telefoon\w*|phone|telefon\w*|téléphone|teléfono)(?!\w)")


def _named_sentence_before(rule: ContextRule, lowered: str, sentence: int, before: str) -> bool:
    """A national identifier's name in the sentence before the value's, the value's own sentence
    referring back to it right before the value (why: "... benötigen wir Ihre Steuer-ID. Laut unseren
    Unterlagen lautet sie ..." names it once; the check digit still decides)."""
    if not ((rule.category == "national_id" and _VALUE_REFERS_BACK.search(before) is not None) or (
            rule.category == "passport" and _PASSPORT_NUMBER_BACK.search(before) is not None)):
        return False
    value = sentence + len(before)  # the name may end a sentence that an abbreviation hides ("Steuer-ID. Laut ...")
    first = max(0, sentence - _SENTENCE_BEFORE)
    blank = lowered.rfind("\n\n", first, value)
    if rule.category == "passport":
        # the last passport named before the value, and no other thing's number named after it
        ends = [p.end() for p in _PASSPORT_NAMED.finditer(lowered, blank + 2 if blank >= 0 else first, value)]
        return bool(ends) and _OTHER_NUMBERED_THING.search(lowered, ends[-1], value) is None
    name = rule.label if rule.label is not None else rule.context
    return name.search(lowered, blank + 2 if blank >= 0 else first, value) is not None


def _referred_back(rule: ContextRule, before: str) -> bool:
    """A national identifier's name earlier in the value's sentence, and a possessive that refers
    back to it right before the value (see _POSSESSIVE_BACK): the value is that identifier."""
    return rule.category == "national_id" and rule.label is not None and rule.label.search(before) is not None and \
        _POSSESSIVE_BACK.search(before) is not None


def _named_by_column(rule: ContextRule, text: str, start: int, end: int) -> bool:
    """Whether the value is a table's cell under a column the identifier's name heads ("| BSN |\n|---|\n|
    625103786 |", "Name;SIN\nJan;046 454 286"), a table of one column too; or an SQL INSERT's value
    under the column its position names ("INSERT INTO leden (naam, bsn) VALUES ('Jan', '513408678')",
    a snake-case "steuer_id" read as "steuer-id")."""
    if rule.label is None:
        return False
    from workloads.guard.tables import cell_column

    column = cell_column(text, start, end) if "\n" in text else None
    if column is None:
        column = _sql_column(text, start, end)
    if column is None:
        return False
    name = column.lower()
    return any(rule.context.search(n) is not None for n in {name, name.replace("_", "-"), name.replace("_", " ")})


# A value taken down in the clause after the one that asks for the identifier by its name, in the
# same paragraph: "... I need your BSN; I have 184326072 noted, is that right?", "... le numéro de
# registre national de chaque héritier. Pour X, nous avons noté 46092007662.", "... das
# Rijksregister... Für Ihre Schwester haben wir 58090883908 notiert", "Para su hermana anotamos
# ..."; the value's clause holds a verb of taking down, the check digit still decides
_NOTED_VALUE = re.compile(
    r"(?<!\w)(?:noted|note[ ]down|noted[ ]down|written[ ]down|recorded|on[ ]file|on[ ]record|"
    r"notiert|vermerkt|erfasst|eingetragen|hinterlegt|aufgenommen|"
    r"noté|notée|relevé|enregistré|inscrit|"
    r"anotad[oa]|anotamos|anoté|apuntad[oa]|apuntamos|registrad[oa]|"
    r"genoteerd|noteerden|noteerde|noteren|geregistreerd|opgeschreven)(?!\w)")
_NOTED_WINDOW = 250
_CLAUSE_END = re.compile(r"[.;:!?](?:[ \n]|$)|\n")


# ... or read back to the reader right before the value, as what a form or a file shows: "... we need
# your BSN. Op het formulier staat 519726303; klopt dat?", "... deine Steuer-ID. Laut Fragebogen ist
# es 29402236713", "... your TFN. On the form it is 876543202", "... ton NISS. Sur la fiche, c'est
# 85073003328", "... su NISS. En el formulario pone 85073003328": a pronoun's copula or a verb of
# showing (a bare "is" names any number: "the total is ...")
_CONFIRMED_LINK = re.compile(
    r"(?<!\w)(?:it is|it['’]s|that is|that['’]s|this is|says|reads|shows|states|"
    r"ist es|es ist|das ist|steht(?:[ ](?:da|dort|hier))?|"
    r"c['’]est|ce serait|on lit|je lis|figure|indique|"
    r"es|pone|figura|aparece|consta|"
    r"staat(?:[ ](?:er|hier|daar))?|stond(?:[ ]er)?|is het|het is|dat is|"
    # ... or what the reader gave, as the reader's own answer: "... we need your BSN. U gaf op:
    # 519726303", "... your NHS number. You gave us: ...", "... Ihre Steuer-ID. Sie gaben an: ...",
    # "... votre NISS. Vous avez indiqué : ...", "... su NIE. Usted nos indicó: ..."
    r"(?:you|u|je|jij)[ ](?:gave|gaf[ ]op|gaf[ ]door|vulde[ ]in|heeft[ ]opgegeven|hebt[ ]opgegeven|stated|provided|"
    r"entered|wrote|told[ ]us|gave[ ]us|"
    # Round 69: ... or sent: "... your TFN - you sent 980776749 but it didn't validate", "Sie schickten
    # ...", "vous avez envoyé ...", "nos enviaste ...", "je stuurde ..."
    r"sent|sent[ ]us|sent[ ]in|submitted|stuurde|stuurden|hebt[ ]gestuurd|heeft[ ]gestuurd)|"
    r"(?:sie|du)[ ](?:gaben[ ]an|gabst[ ]an|haben[ ]angegeben|hast[ ]angegeben|nannten|nanntest|schickten|schicktest|"
    r"haben[ ]geschickt|hast[ ]geschickt)|"
    r"(?:vous|tu)[ ](?:avez|aviez|as|avais)[ ](?:indiqué|donné|communiqué|renseigné|fourni|envoyé|transmis)|"
    r"(?:usted[ ])?(?:nos[ ])?(?:indicó|facilitó|dio|proporcionó|ha[ ]indicado|ha[ ]facilitado|envió|enviaste|mandó|mandaste)|"
    # Round 71: ... or a member's own, by the possessive pronoun that stands for the number just asked for, as a
    # group chat answers: "... everyone's BSN\nLien: die van mij is 514039760", "... eure Steuer-ID\nMargrit: meine
    # ist 37 983 613 021", "... your PPS numbers\nTom: mine is ...", "... vos NISS\nLéa : le mien est ...", "...
    # vuestro DNI\nAna: el mío es ..."
    r"mine[ ]is|mine['’]s|meine[ ]ist|meins[ ]ist|meiner[ ]ist|le[ ]mien[ ](?:est|c['’]est)|la[ ]mienne[ ]est|"
    r"el[ ]mío[ ]es|la[ ]mía[ ]es|(?:die|dat)[ ]van[ ]mij[ ]is|de[ ]mijne[ ]is|het[ ]mijne[ ]is|"
    # ... or read back with the check question right before it: "... your BSN, klopt dit: 824173958?", "... deine
    # Steuer-ID - ist das hier richtig: 26858378494?", "... your TFN, is this right: ...", "... ton NISS, c'est bien
    # celui-ci : ...", "... tu DNI, ¿es correcto este: ...?"
    r"is[ ]this[ ](?:right|correct)|is[ ]that[ ](?:right|correct)|ist[ ](?:das|dies)(?:[ ]hier)?[ ](?:richtig|korrekt)|"
    r"stimmt[ ](?:das|diese)|c['’]est[ ]bien[ ](?:celui-ci|ça|le[ ]bon)|est-ce[ ](?:bien[ ])?(?:le[ ]bon|correct)|"
    r"¿?es[ ](?:correcto[ ]este|este)|¿?está[ ]bien[ ]este|klopt[ ](?:dit|dat|deze)|is[ ](?:dit|dat)[ ](?:juist|correct|goed))"
    r"(?:[ ](?:the|le|la|el|de|het|die|der|number|nummer|numéro|número)){0,2}[ ]?:?[ ]$")


# ... or referred back to right before the value, as the number just named: a determiner with the
# number's word or a participle of giving ("... Steuer-Identifikationsnummer. Die angegebene
# 76459877013 passt nicht", "Die Nummer 80 600 429 731 aus dem Bescheid", "The number you gave,
# ...", "le numéro indiqué, ...", "el número facilitado", "het opgegeven nummer"), or what the
# writer already has ("Dat van jou hebben we al: ...", "pour vous, nous avons bien le ...", "we
# already have: ...", "wir haben bereits die ...", "ya tenemos el ...")
_REFERRED_BACK = re.compile(
    r"(?<!\w)(?:"
    r"(?:the|this|that)[ ](?:(?:given|stated|provided|supplied|quoted|entered)[ ])?number(?:[ ](?:you|we)[ ](?:gave|sent|entered|have))?|"
    r"(?:the|this|that)[ ](?:one[ ])?you[ ](?:gave|sent|entered)|"
    r"(?:die|diese)[ ](?:(?:angegebene|genannte|übermittelte|mitgeteilte|eingetragene|hinterlegte|vorliegende)(?:[ ]nummer)?|nummer)|"
    r"(?:le|ce)[ ]numéro(?:[ ](?:indiqué|fourni|communiqué|renseigné|transmis))?|"
    r"(?:el|este|ese)[ ]número(?:[ ](?:indicado|facilitado|proporcionado|comunicado))?|"
    r"(?:het|dit|dat)[ ](?:(?:opgegeven|vermelde|doorgegeven|ingevulde)[ ])?nummer|"
    r"(?:we|i)(?:[ ](?:already|also))?[ ](?:have|hold)(?:[ ](?:already|on file))?|"
    r"(?:wir|ich)[ ](?:haben|habe)(?:[ ](?:bereits|schon))?|haben[ ]wir(?:[ ](?:bereits|schon))?|"
    r"(?:nous[ ]avons|j['’]ai)(?:[ ](?:bien|déjà))?|"
    r"(?:ya[ ])?(?:tenemos|tengo)(?:[ ]ya)?|"
    r"(?:hebben[ ](?:we|wij)|we[ ]hebben|wij[ ]hebben|ik[ ]heb|heb[ ]ik)(?:[ ](?:al|wel|reeds))?"
    r")(?:[ ](?:the|die|der|le|la|el|de|het))?[ ]?[:,]?[ ]?$")


_LETTER_CHECKED = frozenset({"ie_pps"})
"""The identifiers whose shape ends in a check letter (an Irish PPSN's seven digits and its letter):
named earlier in the paragraph, a value of that shape later in it is the identifier, the letter
still deciding; a bare digit run needs its name right before it or a note that takes it down."""


def _noted_after_name(rule: ContextRule, lowered: str, start: int, end: int) -> bool:
    """Whether the value is taken down, read back or referred back to in a clause after one that
    asks for the identifier by its name, in the same paragraph (_NOTED_VALUE, _CONFIRMED_LINK,
    _REFERRED_BACK)."""
    if rule.label is None:
        return False
    lo = max(0, start - _NOTED_WINDOW, lowered.rfind("\n\n", 0, start) + 2)
    if rule.label.search(lowered, lo, start) is None:
        return False
    if rule.name in _LETTER_CHECKED:
        return True  # "needs a PPS number ... - his number came through today, 9159451FH"
    # the link's own colon right before the value ends no clause ("U gaf op: 519726303")
    clause = max((c.end() for c in _CLAUSE_END.finditer(lowered, max(lo, start - 80), start)
                  if c.end() < start or lowered[c.start()] != ":"), default=max(lo, start - 80))
    if _CONFIRMED_LINK.search(lowered, clause, start) is not None:
        return True
    if _REFERRED_BACK.search(lowered, max(lo, start - 60), start) is not None:
        return True  # "... Steuer-ID. Die angegebene 76459877013 ...": the number just named
    stop = _CLAUSE_END.search(lowered, end, end + 40)
    return _NOTED_VALUE.search(lowered, clause, stop.start() if stop else min(len(lowered), end + 40)) is not None


# ------------------------------------------------------------------ two things named, two values
# A key that names two things joined by "and" or a slash, then, in the same sentence after a short
# link without digits, two values joined by a slash: the values are the things, in order ("... is
# missing a date of birth and his NHS number - it should read 27 June 2020 / 270 219 1436",
# "Geburtsdatum und Steuer-ID: 12.03.2018 / 86095742719", "le NISS et la date de naissance :
# 85073003328 / 14/03/2019"). Each value still needs its own check (a check digit, a past date).
@dataclass(frozen=True)
class _Thing:
    category: str
    name: re.Pattern[str]
    """The thing's name, matched whole on the lower-cased key."""
    value: re.Pattern[str]
    accept: Callable[[str], bool]


def _past_birth_date(value: str) -> bool:
    year = _year(value)
    return year is not None and year <= _this_year() and not _long_past(value)


@lru_cache(maxsize=1)
def _paired_things() -> tuple[_Thing, ...]:
    """The things a paired key may name: a date of birth, an NHS number, a passport, and the
    national identifiers whose context rule knows their name alone (ContextRule.label)."""
    things = [
        _Thing("date_of_birth", re.compile(r"date of birth|birth date|dob|d\.o\.b\.?|geburtsdatum|date de naissance|"
                                           r"fecha de nacimiento|geboortedatum"), DATE, _past_birth_date),
        _Thing("medical_record", re.compile(r"nhs(?: number| no\.?)?"),
               re.compile(r"[0-9](?<![\w-][0-9])[0-9]{2}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![\w-])"),
               lambda v: _stdnum("gb.nhs")(_compact(v))),
        _Thing("passport", re.compile(r"passport(?: number| no\.?)?|reisepass(?:nummer)?|passnummer|(?:numéro de )?passeport|"
                                      r"(?:número de )?pasaporte|paspoort(?:nummer)?"), _PASSPORT_SHAPE, _passport_like),
    ]
    for rule in context_rules():
        if rule.label is not None:
            things.append(_Thing(rule.category, rule.label, rule.value, _validates(rule)))
    return tuple(things)


def _validates(rule: ContextRule) -> Callable[[str], bool]:
    """A paired value's check: the rule's own, on the value without its blanks and dots."""
    return lambda value: bool(rule.validate(_compact(value)))


_PAIR_ARTICLE = (r"(?:(?:a|an|the|his|her|their|your|its|der|die|das|ihr|ihre|sein|seine|dein|deine|le|la|son|sa|"
                 r"votre|ton|el|su|tu|het|de|zijn|haar|je|uw|jouw)[ ]|l['’][ ]?)?")


@lru_cache(maxsize=1)
def _pair_key() -> re.Pattern[str]:
    names = "|".join(t.name.pattern for t in _paired_things())
    return re.compile(rf"(?<!\w){_PAIR_ARTICLE}(?P<a>{names})(?!\w)[ ]?(?:/|&|[ ](?:and|und|et|y|en)[ ])[ ]?"
                      rf"{_PAIR_ARTICLE}(?P<b>{names})(?!\w)")


_PAIR_GAP = re.compile(r"[^\d\n.!?]{0,60}")
_PAIR_SEPARATOR = re.compile(r"[ ]?/[ ]?")


def _thing(name: str) -> _Thing | None:
    return next((t for t in _paired_things() if t.name.fullmatch(name)), None)


@lru_cache(maxsize=16)
def _paired_values(text: str, lowered: str) -> tuple[Span, ...]:
    """Every value a paired key assigns, as (start, end, category)."""
    found: list[Span] = []
    for key in _pair_key().finditer(lowered):
        a, b = _thing(key.group("a")), _thing(key.group("b"))
        if a is None or b is None or a is b:
            continue
        first = a.value.search(text, key.end(), min(len(text), key.end() + 90))
        if first is None or not _PAIR_GAP.fullmatch(text, key.end(), first.start()):
            continue
        sep = _PAIR_SEPARATOR.match(text, first.end())
        second = b.value.match(text, sep.end()) if sep is not None else None
        if second is None:
            continue
        found += [(m.start(), m.end(), t.category) for t, m in ((a, first), (b, second)) if t.accept(m.group(0))]
    return tuple(found)


def find_paired_values(category: str, text: str, lowered: str) -> Iterator[Span]:
    """The values of `category` that a key naming two things assigns in order (_paired_values)."""
    if "/" not in text:
        return
    for start, end, kind in _paired_values(text, lowered):
        if kind == category:
            yield (start, end, f"{category}_pair")


_INSURER_BEFORE = re.compile(
    r"(?<!\w)(?:insurance|insurer|verzekering|verzekeraar|versicherung|assurance|assureur|seguro|aseguradora)"
    r"[ ]?[,:–-][ ]?$")


_LOST_OR_TRAVEL = re.compile(
    r"(?<!\w)(?:lost property|lost and found|lost item|fundbüro|fundsache\w*|verlustmeldung|verlustanzeige|"
    r"objets? trouvés?|déclaration de perte|objetos perdidos|objeto perdido|declaración de pérdida|"
    r"gevonden voorwerp\w*|verloren voorwerp\w*|"
    r"passport\w*|reisepass\w*|passeport\w*|pasaporte\w*|paspoort\w*|"
    r"airport|flughafen|aéroport|aérogare|aeropuerto|luchthaven|terminal|flight|flug|vol|vuelo|vlucht|"
    r"baggage|luggage|gepäck|bagage|bagages|equipaje)(?!\w)")
_CARE_DOSSIER = re.compile(r"patient|patiënt|médical|medisch|hôpital|hospital|ziekenhuis|clinique|kliniek|klinik|praktijk|cabinet")


# A file number in a bailiff's, a debt collector's or a court's letter is their file's, not a
# patient's ("Gerechtsdeurwaarder – Laatste sommatie\nDossiernummer: 2028/6763", "Huissier de
# justice ... n° de dossier", "Inkasso ... Dossiernummer"), unless the letter speaks of care
_LEGAL_WORD = re.compile(
    r"(?<!\w)(?:bailiff|enforcement agent|debt collect\w*|final demand|county court|court order|solicitor|"
    r"gerichtsvollzieher\w*|inkasso\w*|mahnung|mahnbescheid|pfändung|amtsgericht|rechtsanwalt\w*|"
    r"huissier|recouvrement|mise en demeure|tribunal|saisie|avocat|"
    r"procurador|juzgado|embargo|requerimiento de pago|recobro|abogad[oa]|"
    r"\w*deurwaarder\w*|incasso\w*|sommatie|aanmaning|dagvaarding|rechtbank|vonnis|beslag|advocaat|"
    # the creditor a collector writes for: "Oorspronkelijke schuldeiser:", "original creditor",
    # "ursprünglicher Gläubiger", "créancier initial", "acreedor original"
    r"schuldeiser|creditor|gläubiger|créancier|acreedor)(?!\w)")


def _legal_file(lowered: str, start: int, end: int) -> bool:
    """Whether the file's number is in a legal or a debt collector's letter: its word in the number's
    record or in the letter's heading, its first line ("AANMANING - LAATSTE KANS ...\n\n...\n\n
    Dossiernummer: ..."), and no care around the number."""
    first, last = _record_bounds(lowered, start, end)
    heading = lowered.find("\n")
    return (_LEGAL_WORD.search(lowered, first, last) is not None or _LEGAL_WORD.search(
        lowered, 0, heading if heading >= 0 else len(lowered)) is not None) and not _about_care(lowered, start, end)


# ------------------------------------------------------------------ a file's number in a care setting
# A file or chart named with its number sign, "dossier n° K1634812", "historia nº 1234567", "Akte
# Nr. 2019-508178", "chart no. 12345678": in a text about care (a nurse's handover, a ward, an
# admission) it is the patient's record; elsewhere a "dossier n°" is any office's file.
_FILE_NUMBER = re.compile(
    r"(?<!\w)(?i:dossier|historia|expediente|akte|krankenakte|patientenakte|kartei|chart|file|record)"
    r"(?:[ -]?(?i:n[°º]|n\.[°º]|no\.|nr\.?|núm\.?|#)[ ]?:?|[ ]?:)[ ]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|\.\w)"
)
# A doctor's account of a patient seen in the consulting room, earlier in the paragraph: "I saw Mr Lee in
# clinic", "reviewed in the outpatient clinic", "stellte sich in meiner Sprechstunde vor", "in der Sprechstunde
# gesehen", "J'ai revu en consultation Mme Roy", "vue en consultation", "visto en consulta", "valorada en la
# consulta", "gezien op het spreekuur", "op de polikliniek gezien": the file's number after it ("Dossier n°
# ...") is the patient's record, as a care word would make it; a lawyer's or an office's consultation is
# "reçu"/"received", no doctor's seeing
_SEEN_IN_CONSULTATION = re.compile(
    r"(?<!\w)(?:(?:seen|saw|reviewed|examined)[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?in[ ](?:(?:the|my|our|outpatient)[ ]){0,2}"
    r"(?:clinic|consultation|outpatients)|"
    r"(?:in|zur)[ ](?:meiner|unserer|der|die)[ ](?:\w+)?sprechstunde[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?"
    r"(?:gesehen|vorgestellt|untersucht|wiedergesehen|wiedervorgestellt)|"
    r"(?:sprechstunde[ ])?(?:gesehen|vorgestellt|untersucht)[ ]in[ ](?:meiner|unserer|der)[ ]\w*sprechstunde|"
    r"stellte?[ ]sich[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?in[ ](?:meiner|unserer|der)[ ]\w*sprechstunde[ ](?:\w+[ ])?vor|"
    r"(?:re)?vue?s?[ ]en[ ]consultation|examinée?s?[ ]en[ ]consultation|"
    r"(?:vist[oa]s?|valorad[oa]s?|explorad[oa]s?|revisad[oa]s?)[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?en[ ](?:la[ ])?consulta|"
    r"gezien[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?op[ ](?:het|de|mijn|ons)[ ](?:spreekuur|polikliniek|poli)|"
    r"op[ ](?:het|de|mijn|ons)[ ](?:spreekuur|polikliniek|poli)[ ](?:[^\W\d_][\w'’.-]*[ ]){0,4}?gezien)(?!\w)")


def _seen_in_consultation(lowered: str, start: int) -> bool:
    """A patient seen in a doctor's consultation earlier in the paragraph (_SEEN_IN_CONSULTATION)."""
    begin = max(0, start - _CARE_WINDOW)
    blank = lowered.rfind("\n\n", begin, start)
    return _SEEN_IN_CONSULTATION.search(lowered, blank + 2 if blank >= 0 else begin, start) is not None


# The file's word alone before its number, as a field with no colon: at a line's start or as a
# note in brackets beside the patient's name, the number ending the line or the bracket ("Nouveau-né :
# fille, 3 280 g\nDossier B9814468", "Patient: Zoe Ellis (chart B0836852)", "Akte 2019-508178",
# "(historia 1234567)", "Kartei P-4471209"); or as a sentence's label, the number ending the
# sentence ("... medication unchanged. File 2019-508178.", "Próxima cita el martes. Historia
# NHC-4471209."); in a text about care, as above
_FILE_BARE = gated(re.compile(
    r"(?:^|(?<=[\n(\[])|(?<=[.!?][ ]))[ \t]*(?i:dossier|historia|expediente|akte|krankenakte|patientenakte|kartei|chart|file|record)[ ]"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?=[ \t]*(?:$|\n|[)\],;]|[.!](?:\s|$)))"
))
# Round 79: the file's word and its number as a note's heading line, the patient's name after a dash and nothing else
# on the line ("Dossier M3468698 – Julie Brahier\nTympanométrie normale ...", "Chart 4471209 - Tom Hale", "Akte
# 2016-700320 – Anna Roth", "Historia HC-06480 – Ana Gil", "Dossier 4471209 – Jan de Vries"); in a text about care,
# as above (an office's "Dossier 2024-118 – Renovation Smith" names no care); a note that speaks of a bill, a claim, an
# insurer or a lawyer ("Dossier 2024-11832 – Tom Hale\nFacture de l'hospitalisation", "Akte ... – Anna Roth\nSchadensfall
# Krankenhaus") is the office's file of the person, no patient's
_HEADING_NAME = (
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ ](?:(?:van|von|de|der|den|del|la|le|da|du|dos|ter|ten|y|d['’])[ ]?)*"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)*){1,3}")
"""Round 79: a patient's full name on a care note's heading line, particles between its words (the two headings
below)."""
_FILE_HEADING = gated(re.compile(
    r"^[ \t]*(?i:dossier|historia|expediente|akte|krankenakte|patientenakte|kartei|chart|file|record)[ ]"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})[ \t]+[–—-][ \t]+"
    + _HEADING_NAME + r"[ \t]*$", re.M))
# Round 79: a care visit's heading line, the visit's kind, a dash, the patient's name, then the service's number for the
# patient in brackets, bare or after a reference's word ("Travel consult - Tom Hale (HC-0769811), to Ghana ...", "Care
# plan review - Dylan Owens (client ref M1599725)", "Reiseberatung – Anna Roth (2016-690415)", "Pflegeplanung - Anna
# Roth (Klienten-Nr. 4471209)", "Consultation voyage – Léa Roy (réf. 4471209)", "Révision du plan de soins - Léa Roy
# (4471209)", "Consulta del viajero - Ana Gil (nº 4471209)", "Revisión del plan de cuidados - Ana Gil (4471209)",
# "Reizigersconsult - Jan Mol (4471209)", "Zorgplanbespreking - Jan Mol (cliëntnr. 4471209)"): the visit is care, the
# number its file of the patient; the heading opens the line (a travel agent's "Travel booking - Tom Hale (4471209)"
# names no care visit)
_CARE_VISIT_HEADING = gated(re.compile(
    r"^[ \t]*(?i:travel[ ](?:health[ ])?consult(?:ation)?|travel[ ]clinic(?:[ ](?:visit|appointment))?|"
    r"pre-?travel[ ](?:consult(?:ation)?|assessment)|care[ ]plan[ ](?:review|meeting|assessment)|"
    r"reise(?:medizinische[ ])?beratung|reisemedizin(?:ische[ ]sprechstunde)?|pflegeplan(?:ung|besprechung|gespräch|-review)?|"
    r"consultation[ ](?:voyage|du[ ]voyageur|de[ ]médecine[ ]des[ ]voyages)|révision[ ]du[ ]plan[ ]de[ ]soins|"
    r"bilan[ ]du[ ]plan[ ]de[ ]soins|consulta[ ](?:del[ ]viajero|de[ ]viajes?|pre-?viaje)|"
    r"revisión[ ]del[ ]plan[ ]de[ ]cuidados|reizigersconsult|reisconsult|reizigersspreekuur|zorgplanbespreking|"
    r"evaluatie[ ](?:van[ ]het[ ])?zorgplan)[ \t]*[-–—:][ \t]*"
    + _HEADING_NAME + r"[ ]\("
    r"(?:(?i:client[ ]ref(?:erence)?|ref(?:erence)?|klienten-?nr|klientennummer|réf(?:érence)?|n[°º]|nr|no|"
    r"cliëntnr|cliëntnummer|client[ ]no)\.?:?[ ]?)?"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:-[0-9]{3,7})?)\)", re.M))
_OFFICE_FILE_WORD = re.compile(
    r"(?<!\w)(?:invoice|receipt|bill|rechnung|quittung|facture|factura|recibo|factuur|claim|sinistre|siniestro|"
    r"schaden\w*|schade|insurer|insurance|assureur|assurance|versicherung\w*|aseguradora|seguro|verzekeraar|verzekering|"
    r"lawyer|solicitor|avocat|anwalt|anwältin|abogad[oa]|advocaat|notary|notaire|notar|notario|notaris)(?!\w)")
# Round 73: a course's or a school's line of its learner, the name then the file's number in brackets
# ("Apprenant : Julien (dossier 510527943)", "Learner: Tom (file 4471209)", "Teilnehmerin: Anna (Akte
# 4471209)", "Alumno: Pedro (expediente 4471209)", "Cursist: Jan (dossier 4471209)"): the course's file,
# no patient's, though the lesson reads a prescription ("lire une ordonnance"); a patient's line
# ("Patient: Zoe Ellis (chart B0836852)") stays read
_LEARNER_LINE = re.compile(
    r"[ \t]*(?:apprenante?|élève|stagiaire|learner|student|pupil|trainee|teilnehmer(?:in)?|kursteilnehmer(?:in)?|"
    r"lernende[r]?|schüler(?:in)?|alumn[oa]|estudiante|participante|cursista|cursist|leerling|deelnemer|student[e]?)"
    r"[ \t]*:[^\n]{1,60}?\($")
# A report, a declaration or a complaint, then its file's number in brackets: "votre déclaration
# (dossier 3456275202)", "your report (file 4471209)", "Ihre Meldung (Akte 4471209)", "su notificación
# (expediente 4471209)", "uw melding (dossier 4471209)": the office's file of the report, no patient's
_REPORT_BEFORE_BRACKET = re.compile(
    r"(?<!\w)(?:declaration|déclaration|signalement|notification|notificación|report|meldung|melding|complaint|plainte|"
    r"réclamation|reclamación|queja|denuncia|beschwerde|klacht|claim|sinistre|siniestro|schadenmeldung|schadensmeldung)"
    r"[ ]?\($")
# The same file spoken of in a sentence: its possessive or article, the file's word, then the number
# (after "is", "c'est", "es", "ist" or "lautet"): "la paciente ... tiene la historia M8553365",
# "son dossier c'est le 13945932", "her chart is 20418833", "seine Akte hat die Nummer 4471882",
# "haar dossier is 5531907"; in a text about care, as above
_FILE_SPOKEN = re.compile(
    r"(?<!\w)(?i:her|his|their|the|its|ihre|seine|die|der|son|sa|le|la|leur|su|el|haar|zijn|het|hun|"
    # the reader's or the writer's own: "linked to your record (879827)", "Ihre Akte 4471209",
    # "votre dossier 4471209", "tu historia 4471209", "uw dossier 4471209", "my file is ..."
    r"your|my|our|ihr|deine|meine|unsere|votre|ton|mon|notre|tu|mi|uw|je|jouw|mijn|onze)[ ]"
    r"(?i:dossier|historia|expediente|akte|krankenakte|patientenakte|kartei|chart|file|record|medical record|"
    r"historia clínica|dossier médical|dossier patient|patiëntendossier|medisch dossier)"
    r"(?:[ ](?i:number|nummer|numéro|número))?"
    r"(?:,?[ ](?i:is|was|ist|lautet|war|hat die nummer|est|c['’]est|était|es|era|tiene el número|heeft nummer)"
    r"(?:[ ](?i:the|le|la|el|de|het|die|nummer|numéro|número|n[°º]|no\.|nr\.)){0,2})?[ ]"
    # the number alone in brackets after the file: "your record (879827)"
    r"(?P<bracket>\()?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])(?(bracket)\))"
)
# The file's word inside a sentence, its number right after it: after a comma, or after a
# preposition and maybe a service's initials ("Clinical details stay on OH record 545714 and are not
# shared", "Medische gegevens blijven bij de arbodienst, dossier K1989676.", "in Akte 4471209
# vermerkt", "consigné au dossier 4471209", "anotado en historia 4471209", "vastgelegd in dossier
# 4471209"); in a text about care, as above
_FILE_IN_CLAUSE = gated(re.compile(
    r"(?:(?<=,[ ])|(?<!\w)(?i:on|in|under|onto|into|to|im|in|unter|zur|au|dans|sous|en|bajo|op|onder|naar)[ ]"
    r"(?:(?i:the|der|dem|die|le|la|l['’]|el|de|het)[ ])?(?:[A-Z]{2,4}[ ])?)"
    r"(?i:dossier|historia|expediente|akte|krankenakte|patientenakte|kartei|chart|file|record)[ ]"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])"
))
_CARE_WORD = re.compile(
    # Round 67: not a part of an email's or a web domain's name, joined to another part by a hyphen, a dot or the
    # "@" ("charlie@martinez-ward.net", "tom.ward@example.com", "info@smith-clinic.com", "noreply@labor-weber.de"):
    # a firm's or a person's name there, no care
    r"(?<!\w)(?!(?<=[a-z0-9][-.@_])\w+(?:(?:[-.]\w+)*\.(?:com|net|org|info|biz|io|co|uk|de|fr|es|nl|be|ch|at)(?![\w-])|"
    r"[\w.+-]*@))(?:nurse|nurses|nursing|ward|patient|patients|admitted|admission|hospital|clinic|handover|doctor|physician|"
    r"pflege|pflegekraft|pflegeübergabe|krankenhaus|klinik|klinikum|"
    # German's ward by its own word, with its number, its colon or its article ("Station 4B", "Station:", "auf
    # Station", "die Station"); English's "Amber Station" (a street's, a railway's) is no ward
    r"station(?=[ ]?[0-9]|[ \t]*:)|(?<=auf[ ])station|(?<=der[ ])station|(?<=die[ ])station|(?<=zur[ ])station|"
    r"(?<=von[ ])station|(?<=unsere[ ])station|(?<=unserer[ ])station|"
    # a hospital ward named by its patients, German's compound and the others' words ("Wochenstation 4",
    # "Intensivstation", "maternity unit", "service de maternité", "planta de maternidad", "kraamafdeling");
    # a weather station, a petrol station or a railway's is no ward
    r"(?:wochen|intensiv|kinder|neugeborenen|entbindungs|geburts|normal|aufnahme)station|maternity unit|"
    r"service de maternité|planta de maternidad|kraamafdeling|kinderafdeling|"
    r"patientin|aufgenommen|arzt|ärztin|krankenschwester|"
    r"infirmier|infirmière|infirmiers|infirmières|patiente|hospitalisé|hospitalisée|hôpital|clinique|médecin|soins|"
    r"enfermera|enfermero|enfermería|paciente|ingresado|ingresada|ingreso|clínica|médico|médica|urgencias|"
    r"verpleegkundige|verpleging|verpleegafdeling|patiënt|patiënte|opgenomen|opname|ziekenhuis|kliniek|huisarts|"
    # vaccination, also as the head of a compound: "Vaccinatieoverzicht", "Impfpass", "vacunación"
    r"vaccin\w*|vacun\w*|impf\w*|inenting\w*|immuni[sz]ation\w*|"
    # a laboratory's report and a medical text: "Laboratoire d'analyses médicales", "Labor-Befund"
    r"laborator\w*|laboratoire|labor|labo|lab report|befund|analyses médicales|medical|médical|médicale|medizinisch\w*|"
    r"clinical|klinisch\w*|clínic[oa]|huisartsenpraktijk|praxis|"
    # an imaging report ("CT chest with contrast", "Röntgen Thorax", "échographie") and a patient's short
    # label ("Pt: ...", "Pat.: ...")
    r"radiolog\w*|röntgen\w*|x-ray|ultrasound|sonograph\w*|sonografie|echograph\w*|échograph\w*|ecograf\w*|echografie|"
    r"mri|irm|rmn|mrt|tomograph\w*|tomograf\w*|tomodensitom\w*|scanner|with contrast|mit kontrastmittel|"
    r"avec injection|con contraste|met contrast|pt(?=[ \t]*:)|pat\.(?=[ \t]*:)|"
    # a pharmacy and a prescription ("Repeat prescription ready to collect", "votre ordonnance est prête")
    r"pharmacy|pharmacist|apotheke|apotheker|pharmacie|pharmacien|pharmacienne|farmacia|farmacéutic[oa]|apotheek|"
    r"prescription|prescriptions|ordonnance|e-rezept|herhaalrecept|receta médica|receta electrónica|"
    # a drug or a line given at the bedside ("morfinepomp loopt", "Insulin nach Schema", "perfusion
    # en place", "Katheter gelegt"); a bare "infusion" is as often tea's or capital's
    r"morphin\w*|morfin\w*|insulin\w*|infuus|perfusion|perfusie|perfusión|"
    r"catheter|katheter|cathéter|catéter|"
    # a kidney's care, a session's word in every language: "attends renal dialysis", "Dialyse dienstags",
    # "séance de dialyse", "diálisis", "hemodialyse"
    r"dialys\w*|diálisis|h(?:a)?emodialys\w*|hämodialyse|hemodiálisis|"
    # a counsellor's or a therapist's session note: suicidal thoughts and self-harm asked about
    # ("no suicidal ideation", "keine Suizidgedanken", "pas d'idées suicidaires", "sin ideación
    # autolítica", "geen suïcidale gedachten"), the therapist and the therapy named
    r"suicid\w*|suizid\w*|suïcid\w*|self[- ]harm\w*|selbstverletz\w*|automutilation\w*|autolesi\w*|autolític\w*|"
    r"zelfbeschadig\w*|zelfverwond\w*|psychotherap\w*|psychothérap\w*|psicoterap\w*|psychiatr\w*|psiquiatr\w*|"
    # and the English notes' abbreviations, self-harm's and suicidal ideation's ("no SH thoughts",
    # "denies SI/SH")
    r"therapist|therapeut\w*|thérapeute|terapeuta|counselling|counseling|"
    # occupational health, its doctor and service ("OH record", "Betriebsarzt", "médecine du travail",
    # "salud laboral", "bedrijfsarts", "arbodienst"), the Dutch and German medical adjective, and
    # blood pressure's care ("home blood pressure monitoring", "Blutdruck", "hypertension")
    r"occupational health|betriebsarzt\w*|betriebsärzt\w*|arbeitsmedizin\w*|médecine du travail|médecin du travail|"
    r"medicina del trabajo|salud laboral|bedrijfsarts\w*|arbodienst\w*|arbo-arts|medisch\w*|"
    r"blood pressure|blutdruck\w*|tension artérielle|presión arterial|bloeddruk\w*|"
    r"hypertensi\w*|hypertonie|hipertensi\w*|"
    r"(?:sh|si)[ ](?:thoughts|urges|ideation)|thoughts[ ]of[ ](?:sh|si)|si/sh|sh/si|"
    # a dentist's and an orthodontist's care, and a patient's card as a compound's head
    # ("Orthodontiepraktijk – patiëntkaart", "Zahnarztpraxis", "cabinet dentaire", "clínica dental")
    r"dentist\w*|dental|dentaire|dentiste|zahnarzt\w*|zahnärzt\w*|kieferorthopäd\w*|tandarts\w*|"
    r"orthodont\w*|ortodon\w*|odont[oó]log\w*|"
    r"patient card|patientenkarte|fiche patient|ficha del paciente|patiëntkaart|patiëntenkaart|"
    # a hospital's department by its specialty ("au service de neurologie", "Kardiologie",
    # "servicio de oncología", "afdeling kindergeneeskunde") and a therapist's care ("speech
    # therapy", "Logopädie", "rééducation", "fisioterapia", "logopedist")
    r"neurolog\w*|cardiolog\w*|kardiolog\w*|oncolog\w*|onkolog\w*|pneumolog\w*|gastroenterolog\w*|"
    r"nephrolog\w*|néphrolog\w*|nefrolog\w*|geriatr\w*|gériatr\w*|pediatr\w*|pédiatr\w*|pädiatr\w*|"
    r"kindergeneeskunde|kinderarzt\w*|kinderärzt\w*|"
    # a speech and language therapist's ("Specialist SLT", "SLT assessment", "speech and language therapy")
    r"speech and language|specialist slt|slt (?:assessment|service|session|team|clinic)|"
    r"speech therap\w*|physiotherap\w*|sprachtherap\w*|logopäd\w*|logopéd\w*|logoped\w*|orthophon\w*|"
    # (round 62: not a building's "rehabilitación energética", "rehabilitación de viviendas", a retrofit's)
    r"kinésithérap\w*|rééducation|fisioterap\w*|rehabilitación(?![ ](?:energética|de[ ](?:viviendas?|edificios?|fachadas?)))|fysiotherap\w*|"
    # a podiatrist's care, named by the profession or its practice ("chiropodist", "podiatry clinic",
    # "Podologe", "podologische Praxis", "pédicure-podologue", "podólogo", "podotherapeut"): a foot's
    # treatment, its visit's file a patient's ("Dossier n° ..." at the pédicure-podologue's as at the doctor's)
    r"podiatr\w*|chiropod\w*|podolog\w*|podólog\w*|podotherap\w*|"
    # Round 69: an orthopaedist's and an orthotist's care, the specialty or the insoles it fits ("orthotic insoles
    # fitted", "orthopädische Einlagen", "semelles orthopédiques", "plantillas ortopédicas", "steunzolen", "zolen
    # aangemeten"): a foot's treatment as the podiatrist's, its client's file a patient's
    r"orthopaedic\w*|orthopedic\w*|orthotic\w*|orthopäd\w*|orthopéd\w*|ortopédic[oa]s?|orthopedisch\w*|"
    r"steunzolen|zolen[ ]aangemeten|"
    # Round 72: an occupational therapist's home visit and the care aids it fits or applies for: the therapy
    # ("occupational therapy", "Ergotherapie", "ergothérapie", a French note's short "visite ergo", "terapia
    # ocupacional", "ergotherapie"), a care bed ("hospital bed", "Pflegebett", "lit médicalisé", "cama
    # articulada", "hoog-laagbed"), a patient's transfer from bed to wheelchair ("from bed to wheelchair", "vom
    # Bett in den Rollstuhl", "du lit au fauteuil roulant", "de la cama a la silla de ruedas", "van bed naar
    # rolstoel") and the Dutch social-care act's application ("Wmo-aanvraag", "bij de Wmo"): a care note, its
    # bare "Dossier 380526." the patient's file (a wheelchair's hire or a travel assistance alone stays no care)
    r"occupational therap\w*|ergotherap\w*|ergothérap\w*|(?<=visite[ ])ergo|(?<=séance[ ]d['’])ergo|"
    r"terapia[ ]ocupacional|terapeuta[ ]ocupacional|pflegebett\w*|lit[ ]médicalisé|lits[ ]médicalisés|"
    r"cama[ ]articulada|camas[ ]articuladas|hoog-?laagbed\w*|"
    r"(?:from|out[ ]of)[ ](?:the[ ])?bed[ ](?:in)?to[ ](?:the[ ]|a[ ]|her[ ]|his[ ])?wheelchair|"
    r"vom[ ]bett[ ]in[ ]den[ ]rollstuhl|du[ ]lit[ ]au[ ]fauteuil(?:[ ]roulant)?|"
    r"de[ ]la[ ]cama[ ]a[ ]la[ ]silla(?:[ ]de[ ]ruedas)?|van[ ](?:het[ ])?bed[ ]naar[ ](?:de[ ])?rolstoel|"
    r"wmo(?=[ -]?(?:aanvraag|indicatie|consulent|loket|voorziening))|(?<=bij[ ]de[ ])wmo|"
    # travel medicine and its vaccines ("travel clinic", "Reisemedizin", "médecine des voyages",
    # "consulta del viajero", "reizigerszorg", yellow fever's)
    r"travel (?:clinic|health|medicine)|reisemedizin\w*|médecine des voyages|centre de vaccinations? internationale?s?|"
    r"medicina del viajero|consulta del viajero|vacunación internacional|reizigerszorg|reizigersgeneeskunde|"
    r"reizigersadvisering|yellow fever|gelbfieber\w*|fièvre jaune|fiebre amarilla|gele koorts|"
    # obstetrics, a midwife and a birth's ward ("ENTLASSUNGSBRIEF GEBURTSHILFE", "Nachsorgehebamme",
    # "maternity ward", "sage-femme", "paritorio", "verloskunde"), and a hospital's discharge letter
    r"geburtshilf\w*|\w*hebamme\w*|kreißsaal\w*|kreisssaal\w*|wochenbett\w*|entbindung\w*|maternity|midwi[fv]\w*|"
    r"obstetric\w*|labour ward|delivery suite|maternité|sage-femme|sages-femmes|obstétri\w*|accouchement|"
    r"obstetricia|obstétric[oa]|matrona|paritorio|verloskund\w*|verloskamer|kraamafdeling|kraamzorg|"
    r"discharge summary|discharge letter|entlassungsbrief|entlassbrief|lettre de sortie|informe de alta|ontslagbrief|"
    # prenatal diagnosis and screening, by the pregnancy's word or the condition screened for, words of a
    # pregnant patient's care only ("antenatal clinic", "prenatal screening", "Pränataldiagnostik", "centre de
    # diagnostic prénatal", "diagnóstico prenatal", "prenatale screening", "trisomy 21", "Trisomie 21",
    # "nuchal translucency", "Nackentransparenz", "clarté nucale", "translucencia nucal", "nekplooimeting");
    # a birth class's "cours de préparation à la naissance" names neither
    r"prenatal\w*|antenatal\w*|pränatal\w*|prénatal\w*|trisom\w*|nuchal|nackentransparenz|clarté nucale|"
    r"translucencia nucal|nekplooi\w*|"
    # a blood group, as a donor's match or a transfusion's record gives it ("Bloedgroep B+, CMV negatief",
    # "blood group O+", "Blutgruppe A", "groupe sanguin A+", "grupo sanguíneo 0+")
    r"blood group|blood type|blutgruppe|groupe sanguin|grupo sangu[ií]neo|bloedgroep)(?!\w)"
)
# A doctor as a chat's or a transcript's speaker, the line's label (maybe after its time stamp),
# naming the patient's file by a word that is care's own ("[14:05] Dr K: see him at 08:40, chart
# 4961991", "Dr. Roth: Krankenakte 4471209", "Dra. Gil: historia 4471209"): the line speaks of care
_DOCTOR_SPEAKER = re.compile(r"[ \t]*(?:\[[0-9:.]{4,12}\][ \t]*)?(?:dr|dra|drs|doctor|dokter)\.?[ ][^\W\d_][\w'’-]{0,20}[ \t]*:[ \t]")
_CARE_FILE_WORD = re.compile(r"chart|historia|krankenakte|patientenakte|kartei|patiëntendossier")


# Round 78: a consultation report's patient line, the name, the birth date, then the file's word and its number
# ("Compte rendu de consultation\nMarcelle Aebi, né(e) le 01/05/1998, dossier 2024-918682", "Befundbericht\nAnna Roth,
# geb. 12.03.1961, Akte 4471209", "Clinic letter\nTom Hale, DOB 12/03/1961, file 4471209", "Informe de consulta\nAna
# Gil, nacida el 12-03-1961, historia 4471209", "Consultverslag\nSaar Peeters, geboren 12-03-1961, dossier 4471209"):
# the patient's record, though no care word names the visit; a file's number after a birth date in a letter that is no
# consultation's report (an insurer's, a notary's, a lawyer's "compte rendu de consultation juridique") stays unread
_CONSULTATION_REPORT = re.compile(
    r"(?<!\w)(?<!public[ ])(?:compte[ -]rendu(?:[ ]de)?[ ]consultation|lettre[ ]de[ ]consultation|courrier[ ]de[ ]consultation|"
    r"(?:consultation|clinic|outpatient|consultant['’]?s?)[ ](?:report|letter|note)|clinic[ ]letter|"
    r"befundbericht|ambulanzbrief|arztbrief|sprechstundenbericht|konsil(?:iar)?bericht|untersuchungsbericht|"
    r"informe[ ]de[ ](?:la[ ])?consulta|informe[ ]clínico|informe[ ]de[ ]alta|"
    r"consultverslag|poliverslag|polibrief|specialistenbrief|verslag[ ]van[ ](?:het[ ])?consult)(?!\w)"
    # a lawyer's, a notary's or a tax adviser's consultation is none
    r"(?![ ](?:juridique|fiscale|notariale|d['’]avocat|legal|tax|juridica|jurídica|fiscal|rechtlich|juridisch))")
_BIRTH_BEFORE_FILE = re.compile(
    r"(?:né\(e\)|née?|geb\.|geboren(?:[ ]am|[ ]op)?|born(?:[ ]on)?|dob:?|d\.o\.b\.:?|nacid[oa](?:/a)?(?:[ ]el)?|nac\.|°)"
    r"[ ]?(?:le[ ]|am[ ]|el[ ]|on[ ]|op[ ])?(?P<date>[^,\n]{6,24}),[ ]$")


def _file_after_birth_in_report(lowered: str, start: int) -> bool:
    """Whether the file's word at start follows the patient's birth date in a consultation's report (see
    _CONSULTATION_REPORT)."""
    line = lowered.rfind("\n", 0, start) + 1
    birth = _BIRTH_BEFORE_FILE.search(lowered, max(line, start - 60), start)
    return (birth is not None and DATE.fullmatch(birth.group("date")) is not None
            and _CONSULTATION_REPORT.search(lowered) is not None)


def _doctor_speaks_of_file(lowered: str, start: int, word: str) -> bool:
    line_start = lowered.rfind("\n", 0, start) + 1
    return _CARE_FILE_WORD.fullmatch(word) is not None and _DOCTOR_SPEAKER.match(lowered, line_start) is not None
_CARE_WINDOW = 300
# A reference to quote when calling or writing to a care provider: "call the pharmacy quoting ref
# 2022-902393", "unter Angabe der Referenz ...", "en indiquant la référence ...", "indicando la
# referencia ...", "onder vermelding van referentie ..."; in a text about care it is the patient's
_QUOTE_VERBS = ("quot", "citing", "mentioning", "angabe", "indiquant", "rappelant", "précisant", "mentionnant", "citant",
                "indicando", "citando", "mencionando", "vermelding")
_QUOTED_REFERENCE = re.compile(
    r"(?<!\w)(?i:quot(?:e|ing)|citing|mentioning|unter[ ]angabe[ ](?:der|des|ihrer|ihres|von)|mit[ ]angabe[ ](?:der|des)|"
    r"en[ ](?:indiquant|rappelant|précisant|mentionnant|citant)|indicando|citando|mencionando|"
    r"onder[ ]vermelding[ ]van|met[ ]vermelding[ ]van)"
    r"[ ](?i:(?:your|the|this|ihre[rn]?|votre|la|le|su|la|el|uw|je|het|de)[ ])?"
    r"(?i:(?:patient[ ])?ref(?:erence)?\.?(?:[ ](?:no\.?|number|#))?|referenz(?:nummer)?|aktenzeichen|référence|réf\.?|"
    r"referencia|ref\.|referentie(?:nummer)?|kenmerk)[ \t]*:?[ \t]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|\.\w)"
)
# A reference alone at the end of a care provider's message, after its last sentence or on a line of
# its own, maybe in groups: "Please bring your home BP diary. Ref K2067497", "... Ref 182 611 2189",
# "Bitte bringen Sie die Versichertenkarte mit. Ref. M4471209", "Merci d'apporter votre carnet. Réf.
# M4471209", "Traiga su tarjeta. Ref. M4471209", "Neem uw meetlijst mee.\nKenmerk: M4471209"; in a
# text about care it is the patient's;
# an order's, a booking's or a ticket's message names its own thing (see _NOT_CARE_REFERENCE)
_CARE_MESSAGE_REF = gated(re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))[ \t]*(?i:ref\.?|reference|referenz|réf\.?|référence|referencia|kenmerk|referentie)"
    r"[ ]?(?i:no\.?|nr\.?|n[°º]\.?|#)?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?=[ \t]*(?:$|\n|[.!](?:\s|$)))"
))
_NOT_CARE_REFERENCE = re.compile(
    r"(?<!\w)(?:order|booking|reservation|ticket|delivery|parcel|shipment|invoice|payment|"
    r"bestellung|buchung|reservierung|lieferung|paket|sendung|rechnung|zahlung|"
    r"commande|réservation|billet|livraison|colis|facture|paiement|"
    r"pedido|reserva|billete|entrega|paquete|envío|factura|pago|"
    r"bestelling|boeking|reservering|levering|pakket|zending|factuur|betaling|"
    # an offered appointment's slot is the booking system's: "Reply YES to take it or NO to keep your
    # current slot. Ref ...", "Zeitfenster", "créneau", "hueco", "tijdslot"
    r"slots?|zeitfenster|créneaux?|huecos?|tijdslots?)(?!\w)")


# A record's key that care gives its own name: Australia's and New Zealand's unit record ("UR
# 6796782194", "URN: 2019-306121", "unit record no."), and the client of a care service
# ("cliëntnummer P-47671584", "Klientennummer", "client ID", "numéro d'usager", "número de
# usuario"): in a text about care it is the patient's record; elsewhere a client's number is a shop's
_CARE_KEY = re.compile(
    r"(?<![\w-])(?:URN?|UR[ ]?(?i:no\.?|nr\.?|number|#)|(?i:unit record(?: number| no\.?)?|unit (?:number|no\.?|nr\.?)|"
    r"client(?:['’]s)?[ ](?:number|no\.?|nr\.?|id)|klient(?:en)?(?:nummer|-?nr\.?|-id|[ ]nr\.?)|"
    r"numéro d['’]usager|n[°º] d['’]usager|numéro de bénéficiaire|n[°º] de bénéficiaire|"
    r"número de usuario|n\.?[°º]\.? de usuario|"
    r"cli[eë]ntnummer|cli[eë]nt-?nr\.?|cli[eë]nt-?id|"
    # an admission's number ("Aufnahme-Nr. 83855360", "admission no.", "numéro d'admission",
    # "número de ingreso", "opnamenummer") and a health card's ("CIP / tarjeta sanitaria: ...",
    # "health card number", "Gesundheitskarte Nr.", "zorgpas")
    r"admission[ ](?:number|no\.?|nr\.?|id)|aufnahme(?:nummer|-nr\.?|[ ]nr\.?)|"
    r"num[ée]ro d['’]admission|n[°º] d['’]admission|número de ingreso|n\.?[°º]\.? de ingreso|"
    r"opnamenummer|opname-?nr\.?|"
    r"tarjeta sanitaria(?:[ ]individual)?|health card(?:[ ](?:number|no\.?))?|"
    r"gesundheitskarte(?:[ ]nr\.?|nummer)?|zorgpasnummer|"
    # a case's, an episode's or a stay's number ("case no.", "episode number", "encounter ID",
    # "Fall-ID", "numéro de séjour", "n° de venue", "número de episodio"), a care record's key;
    # elsewhere a case is a court's or a support desk's
    r"(?:case|episode|encounter)[ ](?:number|no\.?|nr\.?|id)|fall-?id|behandlungsfall(?:nummer|-nr\.?)|"
    r"num[ée]ro de (?:séjour|sejour|venue)|n[°º] de (?:séjour|sejour|venue)|"
    r"número de (?:episodio|caso)|n\.?[°º]\.? de (?:episodio|caso)|episodenummer|episode-?nr\.?)"
    # the patient's identifier in its German and English abbreviation, in capitals: "PID: 754692510"
    # (elsewhere a process's)
    r"|PID)"
    # round 62: or the key then its verb, as a sentence gives the number ("La tarjeta sanitaria es HC-...",
    # "my health card number is ...", "die Gesundheitskarte ist ...", "mijn zorgpasnummer is ...")
    r"(?P<copula>[ ](?i:is|es|ist|lautet|est))?"
    r"[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|\.\w)"
)
_HEALTH_CARD = re.compile(r"tarjeta sanitaria|health card|gesundheitskarte|zorgpas")
# A patient named, then after a comma the case's, the episode's or the stay's number under its bare word:
# the patient's case at the hospital or the transport service ("Patientin Lea Roth, Fall 2022-093505",
# "patient Tom Hale, case 4471209", "patiente Léa Roy, séjour 4471209", "paciente Ana Gil, episodio
# 4471209", "patiënt Daan Bos, casus 4471209"); a court's or a support desk's case names no patient (round 62)
_PATIENT_THEN_CASE = gated(re.compile(
    r"(?<!\w)(?i:patient|patientin|patiente|paciente|patiënt|patiënte|pat\.)[ ]"
    r"(?:(?:Frau|Herr|Mr|Mrs|Ms|Mme|M\.|Sra\.?|Sr\.?|Dhr\.?|Mevr\.?)[ ])?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|du|ter)[ ])?[A-ZÀ-Þ][\w'’-]+){0,3}[,;][ ]"
    r"(?i:fall|case|cas|caso|casus|episode|episodio|épisode|séjour|sejour|ingreso|opname)(?:[ ]?(?i:nr\.?|no\.?|n[°º]\.?|#))?"
    r"[ ]?:?[ ]?(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})(?![\w-]|[.,/][0-9A-Za-z])"))
# The patient's own word as a key, the value written against it in a log line, a query string or a
# JSON object: "WARN upload patient=4471209 device=...", "paciente=NHC-4471209", "?patient=B0168199&",
# '"patiënt": "2019-508178"': the patient's identifier (a name would not have a record's shape)
_PATIENT_KEY = re.compile(
    r"(?<![\w.-])(?i:patient|patiente|patientin|patiënt|patiënte|paciente)(?:=|\"[ \t]*:)[ \t]*\"?"
    # round 62: or in the NHS number's three written groups, unquoted in a log's key=value line
    # ("patient=943 476 5919 device=..."): the groups of 3, 3 and 4 digits are that number's own
    r"(?P<value>(?<![\w-])(?:[0-9]{3}[ ][0-9]{3}[ ][0-9]{4}|(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:-[0-9]{3,7}){0,2}))(?![\w-]|\.\w)"
)
# A sentence that says the patient is registered or on file under a number: "le patient figure chez
# nous sous le n° M9125761", "en nuestro registro el paciente consta con el n.º 2018-598791", "de
# patiënt staat bij ons geregistreerd onder nummer HC-91053766", "the patient is on file with us
# under no. 4471209", "Die Patientin ist bei uns unter der Nummer 4471209 geführt" (German and Dutch
# may put the verb after the number); the patient's own word, not a possessive ("the patient's
# complaint is registered under ..." is the complaint's), and a verb that files the patient
_PATIENT_FILED = re.compile(
    r"(?<!\w)(?i:patient|patientin|patiente|paciente|patiënt|patiënte)(?![\w'’])"
    r"(?P<mid>[^\n.;:!?]{0,50}?)[ ]"
    r"(?i:under|as|with|sous|avec|con|bajo|onder|met|als|unter|mit)[ ]"
    r"(?:(?i:the|le|la|l['’]|el|der|die|dem|de|het)[ ]?)?"
    r"(?:(?i:number|no\.?|nr\.?|n[°º]\.?|n\.[°º]\.?|num\.?|núm\.?|nummer|numéro|número|ref\.?|reference|référence|"
    r"referencia|referentie|kenmerk|id)[ ]?:?[ ]?)?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[-/][0-9]{3,7}){0,2})(?![\w-]|[.,/][0-9A-Za-z])"
    r"(?P<after>[ ](?i:(?:bei[ ]uns|bij[ ]ons|in[ ]ons[ ]systeem)[ ])?(?i:registriert|geführt|erfasst|gespeichert|verzeichnet|"
    r"angelegt|gelistet|bekannt|bekend|geregistreerd|ingeschreven|opgenomen)(?!\w))?"
)
# A patient's number named in a sentence, then "is" and the value: "patient ref is B3122674", "die
# Patientennummer ist 4471209", "la référence patient est 2019-808962", "el número de paciente es
# NHC-85350249", "het patiëntnummer is 551981"; the label's last words must name a patient's record
# (label_kind), not an order's or a ticket's
_NUMBER_SPOKEN = re.compile(
    r"(?<![\w-])(?P<label>[^\W\d_][\w.'’°º-]*(?:[ ][^\W\d_][\w.'’°º-]*){0,3})[ ]"
    r"(?i:is|ist|lautet|est|c['’]est|es|era|was|war|"
    # or that it stays the same: "Your patient reference remains ...", "Ihre Patientennummer bleibt ...",
    # "Votre numéro de dossier reste ...", "Su número de historia sigue siendo ...", "Uw patiëntnummer blijft ..."
    r"remains|stays|bleibt|reste|demeure|sigue[ ]siendo|continúa[ ]siendo|sigue[ ]igual:?|blijft)[ ]"
    r"(?:(?i:the|le|la|el|het|die|de)[ ])?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])")


_FERTILITY_CARE = re.compile(
    r"(?<!\w)(?:embryo\w*|embryon\w*|embrion\w*|kryokonserv\w*|cryoconserv\w*|criopreserv\w*|cryopreserv\w*|"
    r"vitrificaci\w*|ovocit\w*|ovocyt\w*|eizell\w*|eicel\w*|ivf|fiv|icsi|fertility|fertilité|fertilidad|kinderwunsch\w*|"
    r"vruchtbaarheid\w*|reproduktionsmedizin|reproducción asistida|procréation médicalement assistée)(?!\w)")
"""A fertility clinic's treatment and its stored embryos or eggs ("embryo storage fee", "Kryokonservierung",
"conservation des embryons", "vitrificación de ovocitos", "IVF-behandeling"): care for a file's number named in a
sentence (_spoken_patient_numbers) only; a clinic's invoice reference beside it stays an invoice's."""
_SPOKEN_NUMBER_HINTS = ("patient", "paciente", "patiënt", "historia", "dossier")
"""Words one of which a sentence naming a patient's number holds (_spoken_patient_numbers' gate)."""


def _spoken_patient_numbers(text: str, lowered: str) -> Iterator[Span]:
    """A patient's number named in a sentence and given after "is" or "remains" (_NUMBER_SPOKEN): the
    label's last one to four words name a patient's record, or a file's ("numéro de dossier") with
    care around it (why: a message to a lab, a ward or a clinic's patients writes the field as a
    sentence, "patient ref is ...", and the label's own words decide as a form's would)."""
    for m in _NUMBER_SPOKEN.finditer(text):
        words = m.group("label").split()
        if sum(c.isdigit() for c in m.group("value")) < 5 or DATE.fullmatch(m.group("value")):
            continue
        kinds = {label_kind(" ".join(words[i:])) for i in range(len(words))}
        if "medical_record" in kinds or ("record" in kinds and (_about_care(lowered, m.start(), m.end()) or _FERTILITY_CARE.search(
                lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW) is not None)):
            yield (m.start("value"), m.end("value"), "medical_record_care")


_FILING_VERB = re.compile(
    r"(?<!\w)(?:registered|on file|on record|listed|recorded|filed|known|appears|on our books|in our (?:records|system|files)|"
    r"registriert|geführt|erfasst|gespeichert|verzeichnet|angelegt|gelistet|bekannt|"
    r"figure|enregistrée?|inscrite?|répertoriée?|connue?|référencée?|"
    r"consta|figura|registrad[oa]|inscrit[oa]|fichad[oa]|archivad[oa]|"
    r"geregistreerd|ingeschreven|bekend|opgenomen|staat)(?!\w)")
_PATIENT_FILED_HINTS = ("patient", "paciente", "patiënt")
_CARE_KEY_HINTS = ("ur", "unit", "client", "cliënt", "klient", "usager", "bénéficiaire", "usuario",
                   "admission", "aufnahme", "ingreso", "opname", "sanitaria", "health card", "gesundheitskarte", "zorgpas",
                   "case", "episode", "encounter", "fall", "séjour", "sejour", "venue", "episodio", "caso", "pid")


def _about_care(lowered: str, start: int, end: int, skip: tuple[int, int] | None = None) -> bool:
    """A care word in the paragraph around start:end (back to a blank line, at most a window),
    not counting the words in `skip`."""
    begin = max(0, start - _CARE_WINDOW)
    blank = lowered.rfind("\n\n", begin, start)
    stop = lowered.find("\n\n", end, end + _CARE_WINDOW)
    first, last = blank + 2 if blank >= 0 else begin, stop if stop >= 0 else min(len(lowered), end + _CARE_WINDOW)
    if skip is None:
        return _CARE_WORD.search(lowered, first, last) is not None
    return _CARE_WORD.search(lowered, first, skip[0]) is not None or _CARE_WORD.search(lowered, skip[1], last) is not None


# A letter whose sender, its first line, is a care service, the file's number in the letter's own subject block
# (the paragraph that opens with "Objet"/"Subject"/"Betreff"/"Asunto"/"Betreft"): the patient's file at that
# service, as the letter's care words would make it when they stand in another paragraph ("Centre de
# diagnostic prénatal\n\n...\n\nObjet : résultat du dépistage\nDossier n° 2025-133318", "Antenatal Clinic,
# St Mary's Hospital\n\n...\n\nRe: your screening result\nFile no. 4471209", "Pränataldiagnostik
# Klinikum Nord\n\n...\n\nBetreff: Ihr Befund\nAkte Nr. 4471209", "Unidad de diagnóstico prenatal\n\n...
# \n\nAsunto: resultado\nExpediente n.º 4471209", "Prenataal centrum, ziekenhuis Rijnstate\n\n...\n\nBetreft:
# uitslag\nDossier nr. 4471209"); a firm's or an office's letter names no care in its first line, and a file
# number outside the subject block (a later paragraph's "dossier n°" of another office) stays unread.
_SUBJECT_LINE = re.compile(r"(?:objet|subject|re|betreff|asunto|betreft|onderwerp)[ \t]*:")


def _care_letterhead(lowered: str, start: int) -> bool:
    heading = lowered.find("\n")
    if heading < 0 or _CARE_WORD.search(lowered, 0, heading) is None:
        return False
    blank = lowered.rfind("\n\n", 0, start)
    return blank >= 0 and _SUBJECT_LINE.match(lowered, blank + 2) is not None


# A genealogy file's (GEDCOM) birth event: the level-1 BIRT line, then its level-2 DATE, maybe after
# its place or source ("1 BIRT\n2 PLAC Leeds\n2 DATE 12 MAY 1988"); a death's, a burial's or a
# marriage's date (DEAT, BURI, MARR) and an approximate one ("ABT 1950") stay clean
_GEDCOM_BIRTH = re.compile(r"^[ \t]*1[ ]BIRT[ \t]*\r?\n(?:[ \t]*[2-9][ ](?!DATE)[^\n]*\n){0,4}[ \t]*2[ ]DATE[ ](?P<value>[^\n]{6,30}?)[ \t]*\r?$",
                           re.M)


# A clinic's list of the day's patients, headed by the list's name ("PODIATRY - clinic list, Room 4",
# "Sprechstundenliste Dr. Roth", "Liste des consultations", "Agenda de consulta", "Spreekuurlijst"), then
# one visit a line in columns two blanks or a tab apart: the time, the patient's name, a number, what is
# done ("09:00  Ann Cole   K4115975   diabetic foot check"): the number beside the patient's name on a
# clinic's own list is the patient's record there. The list's heading and care near are both needed
# (a restaurant's "09:00  Ann Cole  4471209  table 4" has neither), and two such lines at least.
_CLINIC_LIST_HEAD = re.compile(
    r"(?<!\w)(?:clinic[ ](?:list|schedule|sheet)|appointment[ ]list|patient[ ]list|theatre[ ]list|day[ ]list|"
    r"sprechstundenliste|terminliste|patientenliste|tagesliste|op-plan|"
    r"liste[ ]des[ ](?:consultations|rendez-vous|patients)|planning[ ]des[ ]consultations|"
    r"(?:agenda|lista)[ ]de[ ](?:consulta|citas|pacientes)|"
    r"spreekuurlijst|afsprakenlijst|patiëntenlijst|dagprogramma)(?!\w)")
_CLINIC_LIST_LINE = re.compile(
    r"^[ \t]*(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9](?:[ ]?(?:am|pm))?(?:[ ]{2,}|\t+)"
    r"[A-ZÀ-Þ][\w'’.-]*(?:[ ][\w'’.-]+){0,4}(?:[ ]{2,}|\t+)"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{2,10}(?:[ -][0-9]{2,7}){0,3})(?:[ ]{2,}|\t+)[^\W\d_][^\n]{2,60}$",
    re.MULTILINE)


# Round 62: a care service's recall list with its discretion asked for in its heading ("Recall list
# 12/03 - discreet contact only", "Rückrufliste 12.03. – nur diskreter Kontakt", "Liste de rappel du
# 12/03 – contact discret uniquement", "Rellamadas 12-03 – solo contacto discreto", "Terugbellijst
# 12-03 – alleen discreet contact"), then one patient a line: the number first, the name, how to reach
# them ("4471209 | Ann Cole | SMS ... | no voicemail"). A list of people to call back only discreetly
# (no voicemail, no letter, a neutral subject line) is a sensitive clinic's (a sexual-health or a
# mental-health service's), and the number that opens each line is the patient's file there; a
# sales team's or a shop's call-back list asks no discretion and stays unread, as a list whose lines
# open with no number (a name, a time) does.
_RECALL_LIST_HEAD = re.compile(
    r"^[ \t]*(?:recall[ ]list|call-?back[ ]list|rückrufliste|wiedereinbestellliste|liste[ ]de[ ]rappels?|"
    r"(?:lista[ ]de[ ])?rellamadas|lista[ ]de[ ](?:llamadas|rellamada|recitación)|terugbel(?:l)?ijst|oproeplijst)"
    r"[^\n]{0,60}?(?<!\w)(?:discreet|discrete|discret|discrète|discreto|discreta|diskret\w*)(?!\w)[^\n]*$",
    re.MULTILINE)
_RECALL_LIST_LINE = re.compile(
    r"^[ \t]*(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})[ \t]*[|;\t][ \t]*"
    r"[A-ZÀ-Þ][\w'’.-]*(?:[ ][\w'’.-]+){0,4}[ \t]*[|;\t][^\n]{3,}$", re.MULTILINE)


def find_recall_list_records(text: str, lowered: str) -> Iterator[Span]:
    """The number opening each patient's line on a recall list that asks for discreet contact
    (see _RECALL_LIST_HEAD)."""
    head = _RECALL_LIST_HEAD.search(lowered)
    if head is None:
        return
    for m in _RECALL_LIST_LINE.finditer(text, head.end()):
        if not DATE.fullmatch(m.group("value")):
            yield (m.start("value"), m.end("value"), "medical_record_clinic_list")


# Round 68: a fertility lab's list of embryos or eggs (a thaw, transfer or freeze list), one patient a line: the
# number first, the name, then what is stored for her ("Embryology lab - thaw list\n2983848 | Mary Tanner | 2 x
# day-5 blastocysts | straw 3A", "Auftauliste IVF-Labor\n4471203 | Anna Roth | 2 Blastozysten | Paillette 3",
# "Liste de décongélation\n5519024 ; Léa Roy ; 1 blastocyste J5 ; paillette 2", "Lista de desvitrificación\n
# 2019-447120 | Ana Gil | 2 blastocistos | pajuela 1C", "Ontdooilijst embryolab\nMRN-5519024 | Saar Peeters | 1
# blastocyst | rietje 2"): the number is the patient's file at the clinic. An embryo's or a gamete's own word
# must stand on a line of the list itself; a lab's sample list of things (no name after the number) stays clean.
_EMBRYO_WORD = re.compile(
    r"(?<!\w)(?:blastocysts?|blastozyst\w*|blastocystes?|blastocistos?|blastocysten|embryos?|embryonen|embryons?|"
    r"embriones|embriones?|oocytes?|oozyten|ovocitos?|eicellen|zygotes?|zygoten|cigotos?|"
    r"day-?[3-6]|tag[ ]?[3-6]|j[3-6]|d[ií]a[ ]?[3-6]|dag[ ]?[3-6])(?!\w)")
_EMBRYO_LIST_HEAD = gated(re.compile(
    r"(?<!\w)(?:embryolog\w*|embryo[ ]?lab\w*|ivf|icsi|fertility|fertilit[ée]|fertilidad|fruchtbarkeit\w*|"
    r"kinderwunsch\w*|vruchtbaarheid\w*|thaw[ ]list|transfer[ ]list|auftauliste|décongélation|desvitrificaci[óo]n|"
    r"descongelaci[óo]n|ontdooi\w*|vitrific\w*|vitrifikation|kryo\w*|cryo\w*)(?!\w)"))
_EMBRYO_LIST_LINE = re.compile(
    r"^[ \t]*(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})[ \t]*(?P<sep>[|;\t])[ \t]*"
    r"[A-ZÀ-Þ][\w'’.-]*(?:[ ][\w'’.-]+){1,4}[ \t]*(?P=sep)(?P<rest>[^\n]{3,})$", re.MULTILINE)


def _embryo_list_records(text: str, lowered: str) -> Iterator[Span]:
    if _EMBRYO_LIST_HEAD.search(lowered) is None:
        return
    for m in _EMBRYO_LIST_LINE.finditer(text):
        if not DATE.fullmatch(m.group("value")) and _EMBRYO_WORD.search(lowered, m.start("rest"), m.end("rest")):
            yield (m.start("value"), m.end("value"), "medical_record_clinic_list")


def find_clinic_list_records(text: str, lowered: str) -> Iterator[Span]:
    """The number beside each patient's name on a clinic's day list (see _CLINIC_LIST_HEAD), on
    a recall list asking for discreet contact (see _RECALL_LIST_HEAD), and on a fertility lab's
    list of embryos (see _EMBRYO_LIST_LINE)."""
    if "discre" in lowered or "diskret" in lowered:
        yield from find_recall_list_records(text, lowered)
    if "|" in text or ";" in text or "\t" in text:
        yield from _embryo_list_records(text, lowered)
    if "\n" in text:
        for row in clinic_visit_rows(text, lowered):
            yield (row.start("value"), row.end("value"), "medical_record_clinic_visit")
    head = _CLINIC_LIST_HEAD.search(lowered)
    if head is None or not _about_care(lowered, head.start(), head.end()):
        return
    lines = [m for m in _CLINIC_LIST_LINE.finditer(text, head.end())
             if sum(c.isdigit() for c in m.group("value")) >= 5 and not DATE.fullmatch(m.group("value"))]
    if len(lines) < 2:
        return
    for m in lines:
        yield (m.start("value"), m.end("value"), "medical_record_clinic_list")


# Round 74: a clinic visit's note, its heading line a clinic's or a consultation's (maybe with the visit's date),
# then on the line right under it the patient's header row: the full name, the birth date and the record's number,
# the cells split by bars or dashes ("BP CLINIC 2021-04-24\nWendy Lee | 1986-11-17 | A5789251",
# "Bloeddrukspreekuur 24.05.2021\nIsabel Vercruysse | 19-01-1985 | MRN-55466", "Consultation HTA – 04.09.2021\n
# Jean-Pierre Cosendey – 9 décembre 1963 – dossier NHC-72518", "Consulta de hipertensión 16-11-2025\nJuan Aguado |
# 2 de julio de 1950 | NHC 495728638", "Diabetes-Sprechstunde 03.05.2026\nAnna Roth | 12.03.1961 | Akte 4471209"):
# the date some years past is the patient's birth date, the last cell the clinic's file. A row under another
# heading (a club's "Training 03.05.2026\nAnna Roth | 12.03.1961 | 4471209"), a recent date, or a row with more
# cells stays unread.
_CLINIC_VISIT_HEAD = re.compile(
    r"(?:^|\n)[^\n]{0,40}(?<![\w@.])(?i:clinic|clinique|cl[ií]nica|klinik|kliniek|polikliniek|poli|ambulanz|"
    r"\w*spreekuur|\w*sprechstunde|consultation|consulta|consultorio|consult)(?![\w@-])[^\n]{0,40}\n")
_CLINIC_VISIT_ROW = re.compile(
    r"[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ ](?:(?:van|de|der|den|von|del|la|le|da|du|ter|ten|y)[ ]){0,2}"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,4})[ \t]*(?P<sep>[|–—]|[ ]-[ ])[ \t]*(?P<date>[^|–—\n]{6,24}?)[ \t]*(?P=sep)[ \t]*"
    r"(?:(?i:dossier|dossiernr\.?|nhc|mrn|file|file[ ]no\.?|akte|akten-?nr\.?|pat\.?-?nr\.?|expediente|hc|n[°º]|nr\.?|"
    r"no\.?)[ ]?:?[ ]?)?"
    r"(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})[ \t]*(?=\n|\Z)")

# the heading's words, looked for before its costly pattern
_CLINIC_VISIT_HINTS = ("clinic", "clínica", "clinique", "klinik", "kliniek", "poli", "ambulanz", "spreekuur",
                       "sprechstunde", "consult")


def clinic_visit_rows(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """Round 74: the patient's header row right under a clinic visit's heading (_CLINIC_VISIT_ROW), its date
    a birth some years past."""
    if not any(w in lowered for w in _CLINIC_VISIT_HINTS):
        return
    for head in _CLINIC_VISIT_HEAD.finditer(text):
        row = _CLINIC_VISIT_ROW.match(text, head.end())
        if row is None or not DATE.fullmatch(row.group("date")):
            continue
        year = _year(row.group("date"))
        if year is not None and year <= _this_year() - _BIRTH_YEARS_AGO and not _long_past(row.group("date")):
            yield row


# A travel company's or a school trip's list of its travellers, headed by the list's name (a passenger
# list, a bus list, a manifest: "Passenger list – school trip", "Busliste Klassenfahrt", "Liste des
# passagers", "Listado de viajeros", "Buslijst schoolreis"), then one traveller a numbered line: the
# number, the name, a dash and a date alone ("1. Lena Vos – 12.03.2011"). A carrier lists each
# traveller with the date of birth (the one date a traveller is checked by), so each such date is one.
# A list without that heading (a rota's "1. Anna – 12.03.2026", a league's results) stays unread, as
# does a line with more than a name and a date ("1. Bus – 12.03.2026, 8 Uhr ab Schule").
_TRAVELLER_LIST_HEAD = gated(re.compile(
    r"(?<!\w)(?:passenger[ ]list|passenger[ ]manifest|travell?ers?['’]?[ ]list|list[ ]of[ ](?:passengers|travell?ers)|"
    r"bus[ ]list|coach[ ]list|busliste|passagierliste|reiseteilnehmerliste|fahrgastliste|"
    r"liste[ ]des[ ](?:passagers|voyageurs)|liste[ ]du[ ]car|"
    r"(?:listado|lista|relación)[ ]de[ ](?:viajeros|pasajeros)|"
    r"buslijst|passagierslijst|reizigerslijst)(?!\w)"))
_TRAVELLER_LINE = re.compile(
    # the name's words, its particles and an elided article too ("Noud van der Stael de Jonge", "Kyan 's Gravensande")
    r"^[ \t]*[0-9]{1,3}[.)][ \t]+[^\W\d_][^\W\d]*(?:[ ]['’]?[^\W\d]+|['’-][^\W\d]+){0,6}[ \t]+[–—-][ \t]+"
    r"(?P<value>[^\n]{6,24}?)[ \t]*$",
    re.MULTILINE)


def find_traveller_list_births(text: str, lowered: str) -> Iterator[Span]:
    """The date alone after each traveller's name on a numbered list that a passenger list's heading
    opens, two such lines at least; and the date closing each row of a roster of passports (passport_roster_rows)."""
    if "pas" in lowered or "päss" in lowered:
        for row in passport_roster_rows(text, lowered):
            yield (row.start("date"), row.end("date"), "date_of_birth_passport_roster")
    head = _TRAVELLER_LIST_HEAD.search(lowered)
    if head is None:
        return
    lines = [m for m in _TRAVELLER_LINE.finditer(text, head.end()) if DATE.fullmatch(m.group("value"))]
    if len(lines) < 2:
        return
    for m in lines:
        yield (m.start("value"), m.end("value"), "date_of_birth_traveller_list")


def find_gedcom_births(text: str) -> Iterator[Span]:
    """A person's birth date in a GEDCOM file's individual record."""
    for m in _GEDCOM_BIRTH.finditer(text):
        if DATE.fullmatch(m.group("value")):
            yield (m.start("value"), m.end("value"), "date_of_birth_gedcom")


# A donor's number at a blood, plasma, marrow or organ donation service (a health record: the donor's
# file holds their screening and blood group), after its label or spoken ("N° donneur : K8284954",
# "Spendernummer: ...", "Your donor number is 2023-257334", "tu número de donante es ...",
# "Donornummer: P-9858390", a table's "donor_id" column); a donation word must be near (blood,
# plasma, marrow, an organ, or the wait before the next donation), so a charity's donor ID stays clean
_DONOR_LABEL = (
    r"(?:(?:blood|plasma|platelet|organ|marrow|stem[ ]cell)[ ])?donor(?:['’]s)?[ _-]?(?:number|no\.?|nr\.?|id|code|#)|"
    r"(?:blut|plasma|organ)?spender(?:in)?(?:nummer|-nr\.?|-id|-nummer|[ ]nr\.?|[ ]id)|"
    r"(?:num[ée]ro|n[°º]\.?|identifiant|code)[ ](?:de[ ]|du[ ])?donneur|"
    r"(?:n[úu]mero|n\.?[°º]\.?|c[óo]digo|id)[ ]de[ ](?:donante|donador)|"
    r"(?:bloed|plasma)?donor(?:nummer|-?nr\.?|code)|"
    # Round 73: the donor's word first, then the number's sign ("Donante nº 90947610", "donador núm.
    # 4471209", "donneur n° 4471209", "Spender Nr. 4471209", "donor nr. 4471209")
    r"(?:donante|donador|donneur|donneuse|spender(?:in)?|donor)[ ](?:n[úu]m(?:ero)?\.?|n\.?[°º]\.?|nr\.?|no\.)")
_DONOR_NUMBER = re.compile(
    r"(?<![\w-])(?i:" + _DONOR_LABEL + r")"
    r"(?:[ \t]*[:=#][ \t]*|,?[ ](?i:is|was|es|est|ist|lautet|c['’]est|is[ ]het)[ ](?:(?i:the|le|la|el|die|het|de)[ ])?|[ ])"
    # the number, maybe in groups of three and four ("Donor ID: 080 132 0291", "080.132.0291")
    r"[\"'«„]?(?P<value>(?:[A-Z]{1,3}-?)?(?:[0-9]{4,10}(?:[-/ ][0-9]{3,7}){0,2}|[0-9]{3}(?:[-/ .][0-9]{3,4}){1,2}))"
    r"(?![\w-]|[.,/][0-9A-Za-z])")
# Round 68: the donor's word alone before the number, on a session's or a deferral's line ("Afgekeurd: Kaat
# Mees (donor 632728), Hb te laag", "- Marta Campo, donante B3778165, tensión baja", "Rückstellung Spender
# 4821007 (...)", "Deferred: Tom Hale (donor 4471203)", "donneur 2023-217989 ajourné"), or the number's sign
# alone in brackets after the name a deferral's word opens the line with ("Ajournement : Léon Bousquet (n°
# 2023-217989)", "Afgekeurd: Kaat Mees (nr. 632728)", "Deferred: Tom Hale (no. 4471203)"); read only with a
# donation word in the text, as above, so a charity's "Spender 4821007" stays clean
_DONOR_BARE = re.compile(
    r"(?<![\w-])(?i:donor|donante|donador|donneur|donneuse|spender(?:in)?)[ ]"
    r"(?P<value>(?:[A-Z]{1,3}-?)?[0-9]{4,10}(?:-[0-9]{3,7})?)(?![\w-]|[.,/][0-9A-Za-z])")
_DEFERRAL_SIGN_NUMBER = re.compile(
    r"(?m)^[ \t]*(?i:ajournement|ajourn[ée]e?s?|afgekeurd|uitgesteld|uitstel|r[üu]ckstellung|zur[üu]ckgestellt|"
    r"deferred|deferral|exclusi[óo]n(?:[ ]temporal)?|aplazad[oa]s?)[ \t]*:?[ \t]*"
    r"[^\W\d_][^\n():]{2,60}?[ ]?\((?i:n[°º]\.?|no\.|nr\.?|n\.?[°º]|núm\.?|num\.?)[ ]?"
    r"(?P<value>(?:[A-Z]{1,3}-?)?[0-9]{4,10}(?:-[0-9]{3,7})?)\)")
_DONOR_COLUMN = re.compile(
    r"(?i:(?:id|no|nr|num|n[°º]?)[_ -](?:de[_ ]|du[_ ])?)?(?i:donor|donneur|donante|spender|donador)"
    r"[_ -]?(?i:id|no|nr|number|num|nummer|numero|número|code)?$")
_DONATION_WORD = re.compile(
    r"(?<!\w)(?:blood|sang|sanguin\w*|blut\w*|sangre|sangu[ií]nea|bloed\w*|plasma\w*|platelets?|plaquettes|thrombozyt\w*|"
    r"plaquetas|bloedplaatjes|marrow|moelle|knochenmark\w*|médula|beenmerg|stem cells?|stammzell\w*|cellules souches|"
    r"células madre|stamcel\w*|organ|organs|organe|organes|órganos?|orgaan\w*|organspende\w*|transfus\w*|h[aeé]+moglobin\w*|"
    r"hémoglobine|apher\w*|aphér\w*|blood_group|blood_type|groupe sanguin|blutgruppe|grupo sanguíneo|bloedgroep|"
    # a marrow or stem cell registry's tissue typing ("HLA-Typisierung", "typage HLA", "hla_typed", a
    # table's "hla" column)
    r"hla\w*|"
    # an appointment to donate at a clock time, at a session's venue: "welcome to donate on 3 May at 14:20",
    # "Termin zum Spenden am 3. Mai um 14:20", "donner le 3 mai à 14h20", "donar el 3 de mayo a las 14:20",
    # "om te doneren op 3 mei om 14:20" (a donor number beside it; a charity's appeal names no clock time)
    r"(?:donate|donating|spenden|donner|donar|doneren)[ ][^\n]{0,40}?[ ](?:at|um|à|a[ ]las|om)[ ][0-9]{1,2}[:h.][0-9]{2}|"
    # the wait before the next donation
    r"donate again|give again|next donation|prochain don|redonner|nächste spende|nächsten spende|wieder spenden|"
    r"erneut spenden|volver a donar|próxima donación|proxima donacion|volgende donatie|opnieuw doneren|weer doneren|"
    # the last donation, the screening before it, a deferral after it: "Dernier don :", "Questionnaire
    # prédon", "Last donation:", "letzte Spende", "última donación", "laatste donatie", "Tattoo in the
    # last 3 months? Y -> deferred", "Donor Health History Questionnaire"
    r"dernier don|derni[eè]re donation|pr[ée]-?don|last donation|previous donation|letzten? spende|"
    r"[úu]ltima donaci[óo]n|laatste donatie|vorige donatie|deferral|deferred|donor health|"
    r"r[üu]ckstellung|zur[üu]ckgestellt|ajournement|ajourn[ée]e?|exclusi[óo]n temporal|uitstel|"
    # Round 68: a session's deferrals in the plural and its low haemoglobin in words, a drive's or a
    # session's own name and the draw before it ("Exclusiones temporales:", "Hb te laag", "Hb too low",
    # "Hb zu niedrig", "inscription à la collecte ... avant le don", "donatiesessie", "blood drive")
    r"exclusiones[ ]temporales|hb[ ](?:te[ ]laag|too[ ]low|zu[ ]niedrig|trop[ ]bas(?:se)?|baja|bajo)|"
    r"collecte[ ](?:de[ ]sang|mobile|du[ ][0-9])|(?:avant|après)[ ]le[ ]don|donatiesessie\w*|blood[ ]drive|"
    # the draw itself and the screening before it: whole blood ("Afname: 500 ml volbloed", "whole blood
    # 470 ml", "Vollblutspende", "sang total", "sangre total") and the haemoglobin read in its unit ("Hb
    # 8,9 mmol/l", "Hb 14.2 g/dl", "Hb: 135 g/l"): a donor registry's session, no charity's gift
    r"whole[ ]blood|vollblut\w*|sang[ ]total|sangre[ ](?:total|completa)|volbloed\w*|"
    r"hb[ ]?:?[ ]?[0-9]{1,3}(?:[.,][0-9])?[ ]?(?:g/dl|mmol/l|g/l)|"
    # Round 73: the donation's venue, where the donor is asked to come ("en la unidad móvil de donación",
    # "centro de donación", "in donorcentrum Pepinster", "at the donor centre", "donation session",
    # "Spendezentrum", "Spendelokal", "site de collecte", "maison du don"): a charity's appeal names no venue
    r"unidad(?:es)?[ ]m[óo]vil(?:es)?[ ]de[ ]donaci[óo]n|(?:centro|punto|sala)[ ]de[ ]donaci[óo]n|"
    r"donorcentrum|donorcentra|donor[ ]cent(?:re|er)s?|donation[ ](?:centre|center|session|clinic)s?|"
    r"\w*spendezentrum|spendelokal|spendetermin|site[ ]de[ ]collecte|maison[ ]du[ ]don|centre[ ]de[ ]don)(?!\w)")
_DONOR_HINTS = ("donor", "donneur", "donante", "spender", "donador")


def donor_column(column: str, text: str, birth_dates: Callable[[], bool]) -> bool:
    """Whether a table's column or a key ("donor_id", "id_donneur", "id_donante", "Spender-ID")
    holds donors' records: where the text speaks of a donation or a tissue typing, or where the table
    gives the donors' birth dates (a donor registry, no charity's list of gifts)."""
    if not _DONOR_COLUMN.match(column.strip().strip("\"'`[]")):
        return False
    return _DONATION_WORD.search(text.lower()) is not None or birth_dates()


def find_donor_records(text: str, lowered: str) -> Iterator[Span]:
    """A blood, plasma, marrow or organ donor's number after its label or in a table's donor
    column, with a donation word in the text."""
    if not any(h in lowered for h in _DONOR_HINTS) or not _DONATION_WORD.search(lowered):
        return
    for m in _DONOR_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group("value")) >= 5:
            yield (m.start("value"), m.end("value"), "medical_record_donor")
    for pattern in (_DONOR_BARE, _DEFERRAL_SIGN_NUMBER):
        for m in pattern.finditer(text):
            value = m.group("value")
            if _record_number(value):
                yield (m.start("value"), m.end("value"), "medical_record_donor")
    if "insert" in lowered:
        from workloads.guard.tables import sql_values
        for s, e, column in sql_values(text):
            value = text[s:e]
            if _DONOR_COLUMN.match(column) and re.fullmatch(r"(?:[A-Z]{1,3}-?)?[0-9][0-9/-]{3,14}", value) and sum(
                    c.isdigit() for c in value) >= 5:
                yield (s, e, "medical_record_donor")


# A pharmacy's customer number in a text about a prescription: the pharmacy files the patient's
# medication record under it ("I'd like to collect my mother's prescription, her customer number is
# 4471209", "Ihr E-Rezept liegt unter der Kundennummer 2023-860847 bereit", "numéro client 7712093
# pour l'ordonnance", "número de cliente 5531907, receta electrónica", "klantnummer 727418 bij de
# apotheek"); a shop's, a web shop's or a cooking box's customer number (a "recipe" is no
# prescription) and an optician's ("prescription glasses") stay clean
_PHARMACY_CUSTOMER = re.compile(
    r"(?<![\w-])(?i:customer[ ](?:number|no\.?|id|#)|client[ ](?:number|no\.?)|kunden(?:nummer|-nr\.?|[ ]nr\.?)|"
    r"kunden-nummer|num[ée]ro[ ](?:de[ ])?client|n[°º][ ]?(?:de[ ])?client|code[ ]client|"
    r"n[úu]mero[ ]de[ ]cliente|n\.?[°º][ ]de[ ]cliente|c[óo]digo[ ]de[ ]cliente|klantnummer|klantnr\.?|klant-nummer|"
    # the short forms of a fitting record's header: "Kd.-Nr.", "Kd-Nr", "KdNr", "Dossiernr.:", "cliëntnummer",
    # "n° de dossier client", "n.º de ficha" (read only where the provider's care words are near, as above)
    r"kd\.?-?[ ]?nr\.?|dossiernr\.?|dossiernummer|cli[ëe]ntnummer|cli[ëe]ntnr\.?|n[°º][ ]de[ ]dossier|"
    r"num[ée]ro[ ]de[ ]dossier|n\.?[°º][ ]de[ ]ficha|n[úu]mero[ ]de[ ]ficha|"
    # Round 68: the customer number's word shortened in one compound or two short words ("Kundennr.:",
    # "Cust. no.:", "N° cli. :", "Núm. cliente:", "Klantnr:"), read where the provider's care words are near
    r"kundennr\.?|cust\.?[ ](?:no|nr|#)\.?|n[°º][ ]?cli\.|n[úu]m\.?[ ]cliente|n\.?[°º][ ]?cliente)"
    # the provider named after the label, before its colon: "Kundennummer Apotheke:", "Klantnummer
    # audicien:", "numéro client pharmacie :", "Customer no. hearing centre:"
    r"(?:[ ](?:(?i:at|bei|beim|chez|en|bij)[ ])?[^\W\d_][\w'’-]{2,20}(?:[ ][^\W\d_][\w'’-]{2,20})?(?=[ \t]*[:=#]))?"
    r"(?:[ \t]*[:=#][ \t]*|,?[ ](?i:is|es|est|ist|lautet|c['’]est|is[ ]het)[ ](?:(?i:the|le|la|el|die|het|de)[ ])?|[ ])"
    r"[\"'«„]?(?P<value>(?:[A-Z]{1,3}-?)?[0-9]{4,10}(?:[-/ ][0-9]{3,7}){0,2})(?![\w-]|[.,/][0-9A-Za-z])")
_PRESCRIPTION_WORD = re.compile(
    r"(?<!\w)(?:prescriptions?(?![ ](?:glasses|lenses|sunglasses|spectacles|eyewear|goggles))|repeat[ ]prescription|"
    r"pharmacy|pharmacist|chemist['’]s|dispensary|dispensing|"
    r"e-rezept\w*|kassenrezept\w*|privatrezept\w*|folgerezept\w*|dauerrezept\w*|rezept(?:e)?[ ](?:einlösen|eingelöst|abholen|"
    r"abgeholt|liegt|liegen)|apotheke\w*|"
    r"ordonnances?(?![ ](?:du|de)[ ](?:juge|tribunal|président|référé))|pharmacie\w*|pharmacien\w*|"
    r"recetas?[ ](?:médicas?|electrónicas?|electronicas?)|farmacias?|farmacéutic\w*|"
    r"herhaalrecept\w*|e-recept\w*|apotheek\w*|apotheker\w*|"
    # a hearing-care provider, the same way: its customer is its patient ("Klantnummer audicien:",
    # "Kundennummer beim Hörakustiker", "client de l'audioprothésiste", "cliente del audioprotesista")
    r"hearing[ ]aids?|hearing[ ]care|audiolog\w*|hörgerät\w*|hörakusti\w*|hörsystem\w*|audioproth\w*|"
    r"appareils?[ ]auditifs?|aides?[ ]auditives?|audífono\w*|audioprotesis\w*|hoortoestel\w*|audicien\w*|audiolo\w*|"
    # a hearing aid's fitting named by its parts: the receiver in the canal or behind the ear, its domes,
    # the audiogram ("Versorgung beidseitig, RIC, geschlossene Schirmchen", "Binaurale RIC, gesloten domes",
    # "contour d'oreille", "audífono retroauricular")
    # (not "BTE", a Belgian address's "bte" (boîte), nor "IdO", Spanish's "ido")
    r"ric|hdo|domes|dômes|schirmchen|otoplastik\w*|audiogram\w*|tonaudiogramm\w*|"
    r"contours?[ ]d['’]oreille|retroauricular\w*|achter[ ]het[ ]oor|hinter[ ]dem[ ]ohr|behind[ ]the[ ]ear)(?!\w)")
_PHARMACY_CUSTOMER_HINTS = ("custom", "client", "kunde", "klant", "kd", "dossier", "cliënt", "ficha")
_CARE_WORD_WINDOW = 200
"""How far from a care provider's client number its care word may stand (a few lines either side)."""


def _numbers_near(text: str, lowered: str, pattern: Searchable, cue: Searchable,
                  accept: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The value of each `pattern` match that `accept` takes, with `cue` within _CARE_WORD_WINDOW characters:
    a care provider's client number is the client's record only beside what the provider does (a
    prescription, a birth date, an eye test); pharmacies, hearing-care providers and opticians alike."""
    for m in pattern.finditer(text):
        if accept(m.group("value")) and cue.search(
                lowered, max(0, m.start() - _CARE_WORD_WINDOW), m.end() + _CARE_WORD_WINDOW):
            yield m.span("value")


def find_pharmacy_customer_records(text: str, lowered: str) -> Iterator[Span]:
    """A pharmacy's customer number, after its label or spoken, with a prescription's or a
    pharmacy's word within a few lines of it."""
    if "insert" in lowered:
        yield from _care_table_customers(text, lowered)
    if not any(h in lowered for h in _PHARMACY_CUSTOMER_HINTS) or not _PRESCRIPTION_WORD.search(lowered):
        return
    for start, end in _numbers_near(text, lowered, _PHARMACY_CUSTOMER, _PRESCRIPTION_WORD, _has_digits(5)):
        lo, hi = max(0, start - _CARE_WORD_WINDOW), end + _CARE_WORD_WINDOW
        line = lowered[lowered.rfind("\n", 0, start) + 1 : start]
        if all(_HEARING_FITTING_WORD.fullmatch(w.group(0)) for w in _PRESCRIPTION_WORD.finditer(lowered, lo, hi)) and (
                _DOB_KEYWORD.search(lowered, lo, hi) is None) and _HEARING_PROVIDER_IN_LABEL.search(line) is None:
            continue  # "Hörgeräteanpassung\nKunde: ... (Kd.-Nr. ...)" with no birth date: the shop's customer
        yield (start, end, "medical_record_pharmacy")


# A hearing-care provider's or a hearing aid fitting's words among _PRESCRIPTION_WORD's: where they are
# the only care near a customer's number, the number is the client's record only with the client's birth
# date near too, as a fitting record identifies its patient ("Kunde: ..., geb. ...\nKd.-Nr. ...",
# "Cliënt: ..., geboren ...\nDossiernr.: ...", "Patient : ..., né le ...\nN° dossier : ..."), the same
# test as a hearing-care reference's (_hearing_care_references); "Hörgeräteanpassung\nKunde: Anna Roth
# (Kd.-Nr. ...)" without one is the acoustician's shop's customer number, as at an optician's or any shop
# (en, de, fr, es, nl alike); a pharmacy's prescription word needs no birth date
_HEARING_PROVIDER_IN_LABEL = re.compile(r"hearing|hoor|hör|audio|audic")
"""The provider named in the number's own label ("Customer number hearing centre:", "Kundennummer
Hörakustik:", "Numéro client audioprothésiste :", "Klantnummer hoorcentrum:"): the provider's own record
of its client, birth date or none (round 28)."""
_HEARING_FITTING_WORD = re.compile(
    r"hearing[ ]aids?|hearing[ ]care|audiolog\w*|hörgerät\w*|hörakusti\w*|hörsystem\w*|audioproth\w*|"
    r"appareils?[ ]auditifs?|aides?[ ]auditives?|audífono\w*|audioprotesis\w*|hoortoestel\w*|audicien\w*|audiolo\w*|"
    r"ric|hdo|domes|dômes|schirmchen|otoplastik\w*|audiogram\w*|tonaudiogramm\w*|"
    r"contours?[ ]d['’]oreille|retroauricular\w*|achter[ ]het[ ]oor|hinter[ ]dem[ ]ohr|behind[ ]the[ ]ear")


# A care provider's customer table: a hearing-aid acoustician's ("hg_kunden", "hoergeraete_kunden",
# "hearing_clients"), an audiologist's or a pharmacy's, named by the table; its customer number is the
# client's care record where a birth date's column stands beside it (a shop's "kunden" table stays clean)
_CARE_TABLE = re.compile(
    r"insert[ ]+into[ ]+[`\"']?(?:\w+\.)?(?:hg|hoerger\w*|hörger\w*|hoergeraet\w*|hearing\w*|audio\w*|akustik\w*|"
    r"hoortoestel\w*|audicien\w*|apothe\w*|pharma\w*|farmacia\w*)_\w*(?:kunde|klant|client|customer|patient)\w*")
_CUSTOMER_COLUMN = re.compile(r"(?:kd|kunden?|klant|client|customer|cliente)[_-]?(?:nr|no|num|nummer|number|numero|id)?")


def _care_table_customers(text: str, lowered: str) -> Iterator[Span]:
    """The customer numbers of an INSERT into a care provider's customer table that also holds a
    birth date's column ("INSERT INTO hg_kunden (kdnr, name, geburtsdatum, ...)")."""
    if _CARE_TABLE.search(lowered) is None:
        return
    from workloads.guard.tables import sql_values
    values = sql_values(text)
    if not any(label_kind(c) == "date_of_birth" for _, _, c in values):
        return
    for s, e, column in values:
        value = text[s:e]
        if _CUSTOMER_COLUMN.fullmatch(column.lower()) and re.fullmatch(r"(?:[A-Z]{1,3}-?)?[0-9][0-9/-]{3,14}", value) \
                and sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value):
            yield (s, e, "medical_record_pharmacy")


def _sql_record_columns(text: str, lowered: str) -> Iterator[Span]:
    """An INSERT's values under a file's, a case's or a clinical system's key ("pmr_id",
    "case_no", "dossier_nr"): a record's beside a birth date's column or in a text about care, as
    a delimited table's (see tables._delimited)."""
    from workloads.guard.tables import sql_values
    values = sql_values(text)
    columns = {column for _, _, column in values}
    named = {c for c in columns if label_kind(c) == "record"}
    if not named or not (any(label_kind(c) == "date_of_birth" for c in columns) or _about_care(lowered, 0, len(text))):
        return
    for s, e, column in values:
        value = text[s:e]
        if column in named and re.fullmatch(r"(?:[A-Z]{1,4}[-/]?)?[0-9][0-9/-]{3,14}", value) and sum(
                c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value):
            yield (s, e, "medical_record_care")


# A care institution, then its own reference for the patient in brackets or after a comma: "his plan
# from the allergy clinic (their ref 8349879)", "Bericht der Allergieambulanz (deren Zeichen
# 2019-508178)", "le compte rendu de la clinique d'allergologie (leur réf. 8349879)", "el informe de la
# clínica de alergias (su ref. 8349879)", "de brief van de allergiepolikliniek (hun kenmerk 8349879)"
_INSTITUTION_REFERENCE = re.compile(
    r"(?<!\w)(?:[a-zäöüß]*(?:hospital|clinic|klinik|klinikum|krankenhaus|ambulanz|praxis|ziekenhuis|kliniek|polikliniek|"
    r"praktijk)|surgery|practice|hôpital|clinique|cabinet|centre hospitalier|clínica|centro de salud|consultorio)"
    r"(?:[ ](?:d['’]|de[ ]|del[ ]|für[ ]|voor[ ])?[\w'’-]+){0,2}[ ]?(?P<link>\(|,[ ])"
    r"(?:(?:their|its|deren|dessen|ihr|ihre|leur|sa|son|su|hun|haar|zijn)[ ])"
    r"(?:ref\.?|reference|referenz|zeichen|aktenzeichen|az\.|réf\.?|référence|referencia|kenmerk|referentie)"
    r"[ ]?(?:no\.?|nr\.?|n[°º]\.?)?[ ]?:?[ ]?(?P<value>(?:[A-Z]{1,4}-?)?[0-9][0-9/-]{4,14})(?![\w-])"
)
# Round 71: a doctor's practice's own reference for the patient, named by the practice, then the number: "GP
# practice ref K8255405", "surgery reference 460 649 9451", "Hausarztpraxis Ref. 4471209", "Praxis-Nr. des
# Patienten ...", "réf. cabinet médical 4471209", "ref. del consultorio 4471209", "praktijkkenmerk 4471209"; a
# practice's order or invoice ("practice invoice ref ...") names the thing first, and the value is a record's
# number (five digits at least, no date)
_PRACTICE_REFERENCE = gated(re.compile(
    r"(?<!\w)(?i:(?:gp|doctor['’]?s|family[ ]doctor['’]?s|dental|dentist['’]?s|medical)[ ](?:practice|surgery)[ ]ref(?:erence)?\.?|"
    r"(?:gp[ ]|doctor['’]?s[ ])?surgery[ ]ref(?:erence)?\.?|"
    r"(?:hausarzt|arzt|zahnarzt)?praxis[- ]?(?:ref\.|referenz|zeichen)|"
    r"réf(?:érence)?\.?[ ](?:du[ ])?cabinet(?:[ ]médical)?|"
    r"ref(?:erencia)?\.?[ ](?:del[ ])?(?:consultorio|centro[ ]de[ ]salud)|"
    r"(?:huisarts|huisartsen)?praktijk(?:kenmerk|referentie))"
    r"(?:[ ](?i:no\.?|nr\.?|n[°º]\.?))?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{3,10}(?:[ ][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])"
))
# Round 71: a patient named by the word and the name, then the patient's reference in brackets: "case for
# patient Conal (ref 797 611 8420)", "Patientin Lea Roth (Ref. 4471209)", "patiente Léa Roy (réf. 4471209)",
# "paciente Ana Gil (ref. 4471209)", "patiënt Saar Mol (kenmerk 4471209)"; a name in brackets after no patient's
# word ("order for Conal (ref ...)") stays clean
_PATIENT_NAMED_REFERENCE = re.compile(
    r"(?<!\w)(?i:patient(?:in)?|patiente|paciente|patiënt(?:e)?)[ ]"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le)[ ])*[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}[ ]?\("
    r"(?i:ref(?:erence)?\.?|réf\.?|referenz|referencia|kenmerk|referentie)[ ]?(?:no\.?|nr\.?|n[°º]\.?)?[ ]?:?[ ]?"
    r"(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{3,10}(?:[ ][0-9]{3,7}){0,2})\)"
)
# Round 71: a fertility clinic's file on the couple, named by the couple, then its number, in a text that names the
# treatment: "Couple file 2020-895506: ... Plan: IVF", "Paarakte 4471209 ... Kinderwunschbehandlung", "dossier couple
# n° 4471209 ... FIV", "expediente de pareja 4471209 ... FIV", "paardossier 4471209 ... IVF-poging"; a couple's
# file with no fertility treatment named (a wedding planner's, a lawyer's) stays clean
_COUPLE_FILE = re.compile(
    r"(?<![\w-])(?i:couple(?:['’]s)?[ ](?:file|record|chart)|paar-?akte|dossier[ ](?:du[ ])?couple|"
    r"expediente[ ]de[ ](?:la[ ])?pareja|historia[ ]de[ ](?:la[ ])?pareja|paardossier)"
    r"(?:[ ]?(?i:number|no\.?|nr\.?|nummer|n[°º]\.?|núm\.?|\#))?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{3,10})(?![\w-]|[.,][0-9A-Za-z])")
_FERTILITY_WORD = re.compile(
    r"(?<!\w)(?:ivf|icsi|iui|fiv|pma|fertility|fertilität|kinderwunsch\w*|fertilité|fertilidad|reproducción[ ]asistida|"
    r"vruchtbaarheid\w*|ivf-\w+|fiv-\w+)(?!\w)")
# A care provider's records, then their number alone in brackets: "GP records (157 895 6552) show no
# prior complaint", "hospital notes (4471209)", "Hausarztakte (4471209)", "Krankenunterlagen (...)",
# "le dossier du médecin traitant (4471209)", "historial médico (4471209)", "expediente clínico
# (...)", "huisartsdossier (4471209)", "medisch dossier (...)"; the provider's word says whose
# records they are (a label's "records (12345)" is a music label's), and a year or a range of
# years in the bracket is the records' period
_PROVIDER_RECORDS = re.compile(
    r"(?<!\w)(?i:(?:gp|gp['’]s|doctor['’]s|hospital|clinic|practice|surgery|medical|patient|health|dental|dentist['’]s|"
    r"nursing|clinical|care)[ ](?:records?|notes|file|chart)|"
    r"(?:kranken|patienten|hausarzt|arzt|klinik|krankenhaus|pflege|praxis)(?:akte|kartei|unterlagen)|"
    r"dossier[ ](?:du|de[ ]l['’]|de[ ]la)[ ]?(?:médecin(?:[ ]traitant)?|hôpital|clinique|patient|patiente)|"
    r"(?:historial|expediente)[ ](?:médico|clínico)|"
    r"(?:huisarts|ziekenhuis|patiënten|patiënt|zorg|medisch)[ ]?dossier)"
    r"[ ]\((?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})\)"
)
_YEAR_RANGE = re.compile(r"(?:19|20)[0-9]{2}(?:[ -](?:19|20)?[0-9]{2})?")


def _record_number(value: str) -> bool:
    """A record's number: five digits or more, neither a date nor a year or a range of years ("2019-2021")."""
    return sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value) and not _YEAR_RANGE.fullmatch(value)


# A care specialty's own file, named by the specialty, then its number: the file's words say it holds a
# person's care, so no other care word is needed ("Account email ..., audiology record 2015-450526",
# "dental record 4471209", "physio file P-4471209", "Hörakustik-Akte 4471209", "Zahnarztkartei Nr.
# 4471209", "dossier d'audiologie n° 4471209", "dossier dentaire 4471209", "historia de audiología
# 4471209", "ficha de fisioterapia 4471209", "audiologiedossier 4471209", "tandartsdossier 4471209"); a
# shop's or a firm's file ("order file 4471209", "Kundenakte", "dossier client") names no specialty, nor
# does a court's "hearing record"
_SPECIALTY = (r"audiolog\w*|hearing[ ](?:care|aid|test)|dental|dentist['’]s|orthodontic|physio(?:therapy)?|podiatry|chiropody|optometry|"
              r"speech[ ]therapy|psychology|psychiatric|mental[ ]health|counselling|counseling|dermatology|maternity|antenatal")
_SPECIALTY_RECORD = re.compile(
    r"(?<![\w-])(?i:(?:" + _SPECIALTY + r")[ ](?:record|file|chart|notes)|"
    r"(?:hörakustik|audiologie|zahnarzt|zahn|kieferorthopädie|physiotherapie|physio|logopädie|psychotherapie|augenarzt)"
    r"[-]?(?:akte|kartei)|"
    r"dossier[ ](?:d['’]audiologie|audiologique|dentaire|d['’]orthodontie|de[ ]kiné(?:sithérapie)?|d['’]orthophonie|"
    r"de[ ]psychothérapie|ophtalmologique)|"
    r"(?:historia|expediente|ficha|historial)[ ](?:de[ ])?(?:audiología|audiológic[oa]|dental|odontológic[oa]|ortodoncia|"
    r"fisioterapia|logopedia|psicología|oftalmológic[oa])|"
    r"(?:audiologie|tandarts|orthodontie|fysio(?:therapie)?|logopedie|psycholoog)[-]?dossier)"
    r"(?:[ ]?(?i:number|no\.?|nr\.?|nummer|n[°º]\.?|núm\.?|\#))?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])"
)
_INSTITUTION_HINTS = ("hospital", "clinic", "klinik", "krankenhaus", "ambulanz", "praxis", "ziekenhuis", "kliniek", "praktijk",
                      "surgery", "practice", "hôpital", "clinique", "cabinet", "centre hospitalier", "clínica", "centro de salud",
                      "consultorio")


# A patient's name, then in brackets a hospital's three-letter code and its local number for the
# patient, as an NHS trust writes it ("Mrs Evans (RXH 071984)", "Herr Roth (UKE 4471209)", "Mme Roy
# (HEG 4471209)", "Sra. Gil (HUP 4471209)", "dhr. Bakker (AMC 4471209)")
_HOSPITAL_CODED_NUMBER = re.compile(
    r"(?<![\w.])(?:(?i:mr|mrs|ms|miss|mx|dr|herr|frau|mme|mlle|m|sr|sra|srta|dhr|mevr|mw)\.?[ ])?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){0,2}[ ]\((?P<code>[A-Z]{3})[ ](?P<value>[0-9]{5,8})\)")


def _hospital_coded_numbers(text: str, lowered: str) -> Iterator[Span]:
    """A hospital's code and its local number in brackets after a patient's name, in a paragraph
    about care (_HOSPITAL_CODED_NUMBER): the hospital's record number of the patient."""
    for m in _HOSPITAL_CODED_NUMBER.finditer(text):
        if _about_care(lowered, m.start(), m.end(), skip=(m.start("code"), m.end("code"))):
            yield (m.start("value"), m.end("value"), "medical_record_care")


# A treatment note's patient line: the patient's label at a line's start, the patient's title and
# name, then the number of the patient's file after a short file word, in brackets or after a dash
# or a comma ("Pat. Frau Römer (Nr. 4471209)", "Patient: Mr Hale – file 4471209", "Patiente : Mme Roy,
# dossier 4471209", "Paciente: Sra. Gil (HC 4471209)", "Patiënt dhr. Bakker (dossier 4471209)"). A
# care client's label names a patient only in a treatment's report ("Cliënt mevr. Smit (dossier ...)"
# under "Behandelverslag", "Klientin Frau Roth (Nr. ...)" under "Behandlungsnotiz", "Client: Mr Hale
# (file ...)" under "Treatment note"); a lawyer's or a bank's client is no patient.
# A titled name with "HC" or "NHC" in brackets (the Spanish abbreviation of "historia clínica"),
# "MRN", "IPP" or "Pat.-Nr." is the same number without the label: "Evolución – Sr. Polo (HC 4471209)"
_PATIENT_LINE_NUMBER = re.compile(
    r"^[ \t]*(?:(?P<label>(?i:pat\.|patient(?:in|e)?|patiënt(?:e)?|paciente))|"
    r"(?P<client>(?i:cli[eë]nt(?:e)?|klient(?:in)?|cliente)))[ \t]*:?[ \t]*"
    r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,5}"
    r"(?:[ ]?\(|,[ ]|[ ][-–—][ ])"
    r"(?i:nr\.?|no\.?|n[°º]\.?|\#|dossier|file|record|akte|kartei|historia|hc|nhc|expediente|mrn|ipp)[ ]?:?[ ]?"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?=[)]|[ \t]*(?:$|\n|[,;]|[.](?:\s|$)))",
    re.M)
_RECORD_ABBREVIATION_BRACKET = re.compile(
    r"(?<![\w.])(?i:mr|mrs|ms|miss|mx|dr|herr|frau|hr|fr|m|mme|mlle|monsieur|madame|sr|sra|srta|don|doña|dña|señor|señora|"
    r"dhr|mevr|mw|mevrouw|meneer|de[ ]heer)\.?[ ]" + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD
    + r")?[ ]\((?:HC|NHC|MRN|IPP|Pat\.?-?[ ]?Nr\.?)[ ]?:?[ ]?(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})\)")
# Round 69: the patient's word inside a sentence, the patient's name, then a number alone in brackets: the
# patient's file number ("Visit cancelled - pt Ann Cole (974091246) phoned", "Patientin Frau Roth (4471209) hat
# abgesagt", "la patiente Mme Roy (B4471209) a appelé", "el paciente Juan Gil (4471209) llamó", "patiënt Jan Bakker
# (4471209) belde af"); five digits or more, not with a phone's trunk 0 ("pt Ann Cole (0612345678)") and no date
_PATIENT_NAME_BRACKET = re.compile(
    r"(?<![\w.])(?i:pt|pat\.|patient(?:in|e)?|patiënt(?:e)?|paciente)[ ]"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}"
    r"[ ]\((?P<value>(?:[A-Z]{1,4}-?)?[1-9][0-9]{4,9})\)")
_TREATMENT_REPORT = re.compile(
    r"(?<!\w)(?:treatment|session|therapy|behandlung|behandlungs\w*|therapie\w*|sitzung|traitement|séance|thérapie|"
    r"tratamiento|sesión|terapia|evolución|behandel\w*|sessie|consult)(?!\w)")

# Round 80: a patient's line in a note: the patient's abbreviation or word, the name, the birth date after its word,
# then after a comma the patient's number under a short label ("Pt Kelly Villa, DOB May 16, 2001, ref 2024-498318",
# "Pat. Anna Roth, geb. 18. Januar 1971, PID 2018-222976", "Patiente Léa Roy, née le 3 mai 1958, IPP 4471209",
# "Paciente Ana Gil, nac. 12/03/1961, NHC 4471209", "Pt. Jan de Vries, geb. 12-03-1960, nr. K4471209"): the patient,
# the birth and the number together make it the patient's file, no other care word needed; a number with no label
# after the date ("..., geb. 12.03.1961, 80331 München"), or a name with no patient's word before it, stays as it was
_R80S_PATIENT_NAME = (r"(?<![\w.])(?i:pt|pat|pac|patient(?:in|e)?|patiënt(?:e)?|paciente)\.?[ \t]*:?[ ]"
                      r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
                      + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}")
_R80S_PATIENT_BORN_NUMBER = re.compile(
    _R80S_PATIENT_NAME + r",[ ](?i:dob|d\.o\.b\.?|geb\.?|geboren|born|b\.|née?|nac\.|nacid[oa]|°|\*)"
    r"[ ]?:?[ ]?(?:(?i:am|on|le|el|op)[ ])?(?P<date>[^\n,;()]{6,20}(?:,[ ][0-9]{4})?)[,;][ ]"
    r"(?i:ref\.?|réf\.?|pid|id|mrn|urn|ipp|nhc|hc|nr\.?|no\.?|n\.?[°º]\.?|\#|pat\.?-?(?:nr|id)\.?|patienten-?(?:nr|id)\.?|"
    r"fall-?(?:nr|id)\.?|hosp(?:ital)?[ ]no\.?|dossier|file|chart|akte|historia|expediente|record)[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})(?![\w-]|[.,/][0-9A-Za-z])")
# Round 80: ... or the patient's number bare right after the name and its comma, the note going on after it ("pt Aya
# Garret, NHC-6816876, kan niet plat liggen ivm rugklachten – MRI onder sedatie?", "Pat. Anna Roth, 2019-447120,
# Kontrastmittelallergie, MRT in Sedierung", "patiente Léa Roy, K4471209, IRM sous sédation", "pac. Ana Gil, 4471209;
# claustrofobia, RM con sedación", "Pt Tom Hale, 4471209 - needs sedation for MRI"): in a text about care, a letter
# code, a year's prefix or six digits or more, no trunk 0 (a phone's "pt Ann Cole, 0612345678")
_R80S_PATIENT_NAME_NUMBER = re.compile(
    _R80S_PATIENT_NAME + r",[ ]"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?[0-9]{5,10}|(?:19|20)[0-9]{2}-[0-9]{5,8}|[1-9][0-9]{5,9}))"
    r"(?=[ \t]*(?:[,;:)]|[.](?:\s|$)|[ ][–—-][ ]|$))", re.M)
# Round 80: a care event opens the line, then a dash, the patient's full name and after its comma the patient's number,
# bare ("DNA x2 for MRI knee - Jason Ramirez, K6775605. Discharged back to GP", "Nicht erschienen zum MRT Knie – Anna
# Roth, 2019-447120.", "Absent au rendez-vous d'IRM du genou – Léa Roy, 4471209.", "No acudió a la IRM de rodilla – Ana
# Gil, NHC-447120.", "Niet verschenen voor de MRI knie – Jan de Vries, 4471209."): a care word (_CARE_WORD) on that line
# before the dash; a firm's "Sales call - Tom Hale, 4471209." names none and stays clean
_R80S_DASH_NAME_NUMBER = re.compile(
    r"[ ][–—-][ ]" + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3},[ ]"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?[0-9]{5,10}|(?:19|20)[0-9]{2}-[0-9]{5,8}|[1-9][0-9]{5,9}))"
    r"(?=[ \t]*(?:[,;:)]|[.](?:\s|$)|$))", re.M)
_R80S_PATIENT_CUES = ("pt", "pat", "pac")
"""Round 80: the patient's word or abbreviation, the text must hold one of these for the two patient frames above."""


def _r80s_patient_numbers(text: str, lowered: str) -> Iterator[Span]:
    """Round 80: the patient's number on a patient's line after the birth date and a short label
    (_R80S_PATIENT_BORN_NUMBER), bare after the patient's name in a text about care
    (_R80S_PATIENT_NAME_NUMBER), or bare after a care event's dash and the name (_R80S_DASH_NAME_NUMBER)."""
    if any(w in lowered for w in _R80S_PATIENT_CUES):
        if any(h in lowered for h in _DOB_HINTS):
            for m in _R80S_PATIENT_BORN_NUMBER.finditer(text):
                if DATE.fullmatch(m.group("date").strip()) and not DATE.fullmatch(m.group("value")):
                    yield (m.start("value"), m.end("value"), "medical_record_care")
        for m in _R80S_PATIENT_NAME_NUMBER.finditer(text):
            if not DATE.fullmatch(m.group("value")) and _about_care(lowered, m.start(), m.end()):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if " - " in text or " – " in text or " — " in text:
        for m in _R80S_DASH_NAME_NUMBER.finditer(text):
            line = lowered.rfind("\n", 0, m.start()) + 1
            if not DATE.fullmatch(m.group("value")) and _CARE_WORD.search(lowered, line, m.start()) is not None:
                yield (m.start("value"), m.end("value"), "medical_record_care")


# Round 83: a patient's or a hospital file's number told in a sentence about a stay in hospital, with a short "given by /
# according to" and who told it between the number's word and the number ("n° de dossier donné par le fils :
# NHC-2497986", "Patientennummer laut Tochter 2024-118506", "patient number given by her son: 2024-118506", "número de
# historia según la hija: 4471209", "patiëntnummer volgens de dochter 4471209"): the word, the link and one or two words
# of who (no digit, no other sentence), then the number as the patient rule reads it (a letter code or five digits or
# more); a hospital's or an admission's word (_R83S_HOSPITAL_WORD) must stand in the window around it. An order's, a
# ticket's or a case's number ("order number given by the customer: 4471209") has no patient's or file's word here, and
# a file number with no hospital near it ("n° de dossier donné par l'assureur : 4471209") stays clean
_R83S_RECORD_GIVEN_BY = re.compile(
    r"(?<!\w)(?:patient(?:en)?[ -]?(?:number|no\.?|id|nummer|nr\.?)|patientennr\.?|(?:hospital|medical[ ]record|record)"
    r"[ ](?:number|no\.?)|mrn|fallnummer|fall-nr\.?|aktennummer|akten-nr\.?|"
    r"(?:numéro|n[°º]\.?)[ ](?:de[ ])?(?:dossier|patient)(?:[ ](?:patient|médical))?|numéro[ ]d['’]hospitalisation|"
    r"(?:número|n\.?[°º]\.?)[ ]de[ ](?:(?:la[ ])?historia(?:[ ]clínica)?|paciente|expediente)|historia[ ]clínica|nhc|"
    r"pati[eë]ntnummer|dossiernummer|ziekenhuisnummer)"
    r"[ ](?:(?:as[ ])?(?:given|provided|supplied|passed[ ]on)[ ]by|according[ ]to|as[ ]per|from|"
    r"laut|lt\.|gemäß|von|vom|(?:angegeben|genannt|durchgegeben|mitgeteilt)[ ](?:von|durch)|"
    r"(?:donné|fourni|communiqué|transmis|indiqué|dicté)e?[ ]par|selon|d['’]après|de[ ]la[ ]part[ ]d(?:e[ ]|u[ ]|['’])|"
    r"(?:dado|facilitado|proporcionado|indicado|dictado|comunicado)[ ]por|según|de[ ]parte[ ]de|"
    r"volgens|(?:gegeven|doorgegeven|verstrekt|opgegeven)[ ]door)"
    r"(?:[ ](?:the|her|his|their|my|our|der|die|dem|den|des|ihrer|ihrem|seiner|seinem|le|la|les|l['’]|sa|son|ses|"
    r"el|la|su|sus|de|het|haar|zijn))?[ ]?(?P<who>[^\W\d_][\w'’-]{1,20}(?:[ ][^\W\d_][\w'’-]{1,20})?)"
    r"[ ]?[:,]?[ ]?(?P<value>(?<![\w-])(?-i:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,/][0-9])",
    re.IGNORECASE)
_R83S_RECORD_CUES = ("patient", "patiënt", "record", "mrn", "fall", "akten", "dossier", "historia", "paciente", "expediente",
                     "nhc", "hospitalisation", "ziekenhuis")
"""Round 83: the number's words, the text must hold one of these for _R83S_RECORD_GIVEN_BY."""
# Round 83: a hospital's or an admission's word around the number of _R83S_RECORD_GIVEN_BY: "hospitalisée depuis lundi",
# "liegt im Klinikum", "admitted to St Mary's Hospital", "ingresada en el hospital", "opgenomen in het ziekenhuis"
_R83S_HOSPITAL_WORD = re.compile(
    r"(?<!\w)(?:hospital\w*|hôpital|hôpitaux|hospitalis\w*|hospitaliz\w*|[a-zäöüß]*klinik(?:um)?|[a-zäöüß]*krankenhaus\w*|"
    r"[a-zäöüß]*spital|clinic|clinique|clínica|[a-z]*kliniek|[a-z]*ziekenhuis|infirmary|admitted|admission|eingeliefert|"
    r"stationär|ingresad[oa]|ingreso|opgenomen|opname|notaufnahme|urgences|urgencias|a&e)(?!\w)")
_R83S_HOSPITAL_CUES = ("hospi", "hôpita", "klinik", "krankenhaus", "spital", "clinic", "clinique", "clínica", "kliniek",
                       "ziekenhuis", "infirmary", "admitted", "admission", "eingeliefert", "stationär", "ingres", "opgenomen",
                       "opname", "notaufnahme", "urgences", "urgencias", "a&e")
"""Round 83: the hospital's words, the text must hold one of these for _R83S_HOSPITAL_WORD."""


def _r83s_record_given_by(text: str, lowered: str) -> Iterator[Span]:
    """Round 83: a patient's or a hospital file's number after its word and who gave it (_R83S_RECORD_GIVEN_BY), a
    hospital's word (_R83S_HOSPITAL_WORD) in the 200 characters before it or the 100 after it."""
    if not any(c in lowered for c in _R83S_RECORD_CUES) or not any(c in lowered for c in _R83S_HOSPITAL_CUES):
        return
    for m in _R83S_RECORD_GIVEN_BY.finditer(text):
        if sum(c.isdigit() for c in m.group("value")) < 5 or DATE.fullmatch(m.group("value")):
            continue
        if (_R83S_HOSPITAL_WORD.search(lowered, max(0, m.start() - 200), m.start()) is not None
                or _R83S_HOSPITAL_WORD.search(lowered, m.end(), m.end() + 100) is not None):
            yield (m.start("value"), m.end("value"), "medical_record_care")


# Round 84: a foot-care or chiropody practice and the foot's complaints it treats, words that make a client's file a
# patient's where no other care word stands ("Pedicurepraktijk", "medizinische Fußpflege", "cabinet de pédicurie-
# podologie", "podóloga", "chiropodist", "ingegroeide nagel", "ongle incarné", "uña encarnada", "diabetic foot"); a
# nail salon's "manicure" or a shoe shop's "foot" alone is no care
_R84S_FOOT_CARE = re.compile(
    r"(?<!\w)(?:pedicure\w*|pédicur\w*|pedicur\w*|podolog\w*|podólog\w*|podiatr\w*|chiropod\w*|fu(?:ß|ss)pfleg\w*|"
    r"fu(?:ß|ss)praxis|voetzorg\w*|voetverzorg\w*|ingegroeide[ ](?:teen)?nagel|eingewachsene[rn]?[ ](?:zehen)?nagel|"
    r"ongle[ ]incarné|uña[ ]encarnada|ingrown[ ](?:toe)?nail|diabetische[rn]?[ ](?:voet|fuß|fuss)|pied[ ]diabétique|"
    r"pie[ ]diabético|diabetic[ ]foot|hallux)(?!\w)")
_R84S_FOOT_CARE_CUES = ("pedicur", "pédicur", "podolog", "podólog", "podiatr", "chiropod", "fußpfleg", "fusspfleg",
                        "fußpraxis", "fusspraxis", "voetzorg", "voetverzorg", "nagel", "ongle", "uña", "ingrown",
                        "diabeti", "hallux")
"""Round 84: the foot care's words, the text must hold one of these for _R84S_FOOT_CARE."""
# Round 84: a treatment note's line that opens with the patient's or the client's abbreviation and name, then the
# file's word and number, the note after a colon ("Pt Christophe Bochud dossier K5958627 : ongle incarné hallux G",
# "Cl. Amina Meeusen, dossier 2017-861750: ingegroeide nagel D1 links", "Pat. Frau Roth, Akte Nr. 4471209: Kontrolle",
# "Pte. Juan Gil Pardo historia 2019-447120: uña encarnada", "Pt Mary Cole file no. MRN-80378: ingrown nail L"); five
# digits or more, maybe after a letter code or a year. A client's line ("Cl.", "Client", "Klient") is a patient's
# only with a care or a foot care word in its paragraph: a lawyer's "Cl. Jan Bakker, dossier 2017-861750: huurgeschil"
# stays clean, as does a shop's "Order Jan Bakker dossier 2017-861750"
_R84S_PATIENT_ABBREVIATION_FILE = re.compile(
    r"(?:^|(?<=[.;!?][ ]))[ \t]*(?:(?P<patient>(?i:pt\.?|pat\.|pte\.|pac\.|patient(?:in|e)?|patiënt(?:e)?|paciente))|"
    r"(?P<client>(?i:cl\.|clt\.?|cli[eë]nt(?:e|in)?|klient(?:in)?|kl\.)))[ ]"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}"
    r",?[ ](?i:dossier|file|chart|record|akte|kartei|historia|expediente|hc|nhc|mrn|dossiernr\.?)"
    r"(?:[ ]?(?i:no\.?|nr\.?|n[°º]\.?|n\.[°º]|\#))?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})(?![\w-])(?=[ ]?[:;,)]|[ \t]*$|[.](?:\s|$))",
    re.M)
_R84S_PATIENT_ABBREVIATION_CUES = ("pt", "pat", "pte", "pac", "cl", "klient")
"""Round 84: the line's abbreviations, the text must hold one of these (and a file's word) for
_R84S_PATIENT_ABBREVIATION_FILE."""
_R84S_FILE_WORD_CUES = ("dossier", "file", "chart", "record", "akte", "kartei", "historia", "expediente", "hc", "mrn")
"""Round 84: the file's words, the text must hold one of these for _R84S_PATIENT_ABBREVIATION_FILE."""


def _r84s_foot_care_near(lowered: str, start: int, end: int) -> bool:
    """Round 84: a foot care's word (_R84S_FOOT_CARE) in the paragraph around start:end (back to a blank line, at most
    200 characters each side)."""
    if not any(c in lowered for c in _R84S_FOOT_CARE_CUES):
        return False
    begin = max(0, start - 200)
    blank = lowered.rfind("\n\n", begin, start)
    stop = lowered.find("\n\n", end, end + 200)
    first, last = blank + 2 if blank >= 0 else begin, stop if stop >= 0 else min(len(lowered), end + 200)
    return _R84S_FOOT_CARE.search(lowered, first, last) is not None


def _r84s_patient_abbreviation_files(text: str, lowered: str) -> Iterator[Span]:
    """Round 84: the file's number on a note's line after the patient's or the client's abbreviation and name
    (_R84S_PATIENT_ABBREVIATION_FILE); a client's only with a care or a foot care word near."""
    if not any(c in lowered for c in _R84S_FILE_WORD_CUES) or not any(c in lowered for c in _R84S_PATIENT_ABBREVIATION_CUES):
        return
    for m in _R84S_PATIENT_ABBREVIATION_FILE.finditer(text):
        if not _record_number(m.group("value")):
            continue
        if m.group("client") and not (_about_care(lowered, m.start(), m.end())
                                      or _r84s_foot_care_near(lowered, m.start(), m.end())):
            continue
        yield (m.start("value"), m.end("value"), "medical_record_care")


# Round 86: a lab's sample label, the lab's number on its own line after its label, the sampled person's birth date
# as a field of the same label ("Laboretikett\nLabor-Nr.: HC-53098131\nName: ...\nGeb.: 06.01.1944", "Sample label\nLab
# no.: A4292220\nName: ...\nDOB: ...", "N° labo : 2020-705675\nNom : ...\nNé(e) le : ...", "N.º de laboratorio:
# 2016-548635\nNombre: ...\nFecha de nacimiento: ...", "Labnummer: K0666644\nNaam: ...\nGeboortedatum: ..."): the
# sample's number at the lab, a patient's record; a soil's or a water's lab number has no birth date beside it
_R86S_LAB_NUMBER_LINE = re.compile(
    r"^[ \t]*(?i:lab(?:oratory)?[ ]?(?:no\.?|nr\.?|number|num\.?|\#|id|ref\.?)|lab(?:oratorium)?[ ]?-?(?:nummer|nr\.?)|"
    r"labor[ ]?-?(?:nr\.?|nummer)|labornummer|n[°º][ ]?(?:de[ ])?labo(?:ratoire)?|num[ée]ro[ ](?:de[ ])?labo(?:ratoire)?|"
    r"n\.?[°º]\.?[ ]?(?:de[ ])?laboratorio|n[úu]mero[ ]de[ ]laboratorio)[ \t]*:[ \t]*"
    r"(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})[ \t]*$", re.M)
_R86S_LAB_NUMBER_CUES = ("labo", "lab ", "lab-", "labn", "lab#")
"""Round 86: the lab's word, the text must hold it for _R86S_LAB_NUMBER_LINE."""
_R86S_FIELD_LABEL = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^\n:]{0,30}?)[ \t]*:", re.M)


def _r86s_lab_label_numbers(text: str, lowered: str) -> Iterator[Span]:
    """Round 86: a lab's number on a sample's label (_R86S_LAB_NUMBER_LINE), a field whose label names a birth date
    (label_kind) on the four lines before or after it."""
    if not any(c in lowered for c in _R86S_LAB_NUMBER_CUES) or ":" not in text:
        return
    for m in _R86S_LAB_NUMBER_LINE.finditer(text):
        if not _record_number(m.group("value")):
            continue
        first, last = m.start(), m.end()
        for _ in range(4):
            first = max(0, text.rfind("\n", 0, max(0, first - 1)))
            found = text.find("\n", last + 1)
            last = found if found >= 0 else len(text)
        if any(label_kind(f.group("label")) == "date_of_birth" for f in _R86S_FIELD_LABEL.finditer(text, first, last)):
            yield (m.start("value"), m.end("value"), "medical_record_care")


# Round 86: a homeopath's, a naturopath's or a doctor's visit note, its line opening with the visit's word and the
# patient's name, the file's word and number in brackets, then the note after a colon ("Suivi Alain Lejeune (dossier
# 5562232) : eczéma en nette amélioration", "Consult Lina Arnold (dossiernr. 65438396): eczeem duidelijk minder",
# "Evolución Custodia Valera (historia B3174312): mejoría de la rinitis", "Follow-up Tom Hale (file 4471209): eczema
# better", "Verlaufskontrolle Anna Roth (Akte 4471209): Migräne seltener"); the note must speak of care, a complaint
# or a remedy (_R86S_COMPLAINT_OR_REMEDY) and of no office (an insurer's "Suivi Alain Lejeune (dossier 5562232) :
# sinistre clos" stays clean)
_R86S_VISIT_NOTE_FILE = re.compile(
    r"^[ \t]*(?i:consult(?:ation)?|follow-?up(?:[ ]visit)?|check-?up|suivi|contrôle|évolution|"
    r"konsultation|verlaufskontrolle|verlauf|kontrolle|wiedervorstellung|"
    r"evolución|seguimiento|consulta|revisión|vervolgconsult|controle|evolutie)[ ]"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}"
    r"[ ]\((?i:dossier|file|chart|record|akte|kartei|historia|expediente|dossiernr\.?|dossier-nr\.?)"
    r"(?:[ ]?(?i:no\.?|nr\.?|n[°º]\.?|n\.[°º]|\#))?[ ]?:?[ ]?"
    r"(?P<value>(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})\)[ \t]*:", re.M)
_R86S_VISIT_NOTE_CUES = ("consult", "follow", "check", "suivi", "contrôle", "évolution", "konsultation", "verlauf",
                         "kontrolle", "wiedervorstellung", "evolución", "seguimiento", "consulta", "revisión", "controle",
                         "evolutie")
"""Round 86: the visit's words, the text must hold one of these (and "(") for _R86S_VISIT_NOTE_FILE."""
# Round 86: a patient's complaint or a homeopath's or a naturopath's remedy, words a care note holds where no other
# care word stands ("eczéma en nette amélioration", "Sulfur 15CH", "Allium cepa 9CH", "Sulfur C30", "migraines
# cataméniales", "Heuschnupfen", "rinitis", "Globuli", "homéopathe", "Heilpraktikerin"); an insurer's, a lawyer's or a
# shop's note names none
_R86S_COMPLAINT_OR_REMEDY = re.compile(
    r"(?<!\w)(?:[0-9]{1,4}[ ]?(?:ch|dh|lm)|[cdk][ ]?[0-9]{1,4}|lm[ ]?[0-9]{1,3}|"
    r"ec?zema\w*|eczéma\w*|ekzem\w*|eczeem|eccema\w*|neurodermitis|migrain\w*|migräne\w*|migraña\w*|"
    r"rhinit\w*|rinitis|hay[ ]fever|heuschnupfen|rhume[ ]des[ ]foins|fiebre[ ]del[ ]heno|hooikoorts|"
    r"asthma\w*|asthme|asma|astma|insomni\w*|schlafstörung\w*|slapeloosheid|"
    r"symptom\w*|symptôme\w*|síntoma\w*|beschwerden|klachten|"
    r"globuli|granules|gránulos|korrels|teinture[ ]mère|urtinktur|"
    r"hom(?:o|ö|é)opath\w*|homeopat\w*|naturopath\w*|naturópat\w*|heilpraktiker\w*|naturheil\w*|natuurgenees\w*)(?!\w)")
# Round 86: a doctor's referral letter to a colleague, the patient sent or who consulted ("Je vous adresse Madame
# Thomas, née le 05/01/1966, dossier n° 53763115, qui me consulte pour des migraines", "I am referring Mrs Hale,
# born 12/03/1961, file no. 4471209, who has been seeing me for migraines", "ich überweise Ihnen Frau Roth, geb.
# 12.03.1961, Akte Nr. 4471209", "le remito a la Sra. Gil, nacida el 12/03/1961, historia n.º 4471209", "ik verwijs
# mevrouw Peeters, geboren 12-03-1961, dossier nr. 4471209"): the file's number after the birth date is the
# patient's, the letter speaking of a complaint or care; a lawyer's "Cher confrère, je vous adresse ..." of a case
# names none
_R86S_REFERRAL = re.compile(
    r"(?<!\w)(?:je[ ]vous[ ](?:adresse|envoie|réadresse)|i[ ](?:am[ ])?referr?(?:ing)?|(?:i|we)[ ]refer|"
    r"ich[ ]überweise|überweise[ ]ich|wir[ ]überweisen|le[ ](?:remito|derivo)|les[ ](?:remito|derivo)|"
    r"ik[ ]verwijs|verwijs[ ]ik|wij[ ]verwijzen|qui[ ]me[ ]consulte|who[ ](?:has[ ]been[ ])?(?:consult(?:s|ed|ing)|seeing|sees)[ ]me|"
    r"que[ ]me[ ]consulta|die[ ]mij[ ]consulteert)(?!\w)")
_R86S_REFERRAL_CUES = ("adresse", "envoie", "refer", "überweise", "remito", "derivo", "verwijs", "verwijz", "consult",
                       "seeing me", "sees me")
"""Round 86: the referral's words, the text must hold one of these for _R86S_REFERRAL."""


def _r86s_note_of_care(lowered: str, start: int, end: int) -> bool:
    """Round 86: a care word (_about_care) or a complaint's or a remedy's (_R86S_COMPLAINT_OR_REMEDY) in the paragraph
    around start:end, and no office's (_OFFICE_FILE_WORD) nor a legal one (_LEGAL_WORD)."""
    begin = max(0, start - _CARE_WINDOW)
    blank = lowered.rfind("\n\n", begin, start)
    stop = lowered.find("\n\n", end, end + _CARE_WINDOW)
    first, last = blank + 2 if blank >= 0 else begin, stop if stop >= 0 else min(len(lowered), end + _CARE_WINDOW)
    if _OFFICE_FILE_WORD.search(lowered, first, last) is not None or _LEGAL_WORD.search(lowered, first, last) is not None:
        return False
    return _R86S_COMPLAINT_OR_REMEDY.search(lowered, first, last) is not None or _about_care(lowered, start, end)


def _r86s_visit_note_files(text: str, lowered: str) -> Iterator[Span]:
    """Round 86: the file's number in brackets on a visit note's line after the patient's name
    (_R86S_VISIT_NOTE_FILE), the note speaking of care (_r86s_note_of_care)."""
    if "(" not in text or not any(c in lowered for c in _R86S_VISIT_NOTE_CUES):
        return
    for m in _R86S_VISIT_NOTE_FILE.finditer(text):
        if _record_number(m.group("value")) and _r86s_note_of_care(lowered, m.start(), m.end()):
            yield (m.start("value"), m.end("value"), "medical_record_care")


def _r86s_referral_after_birth(lowered: str, start: int, end: int) -> bool:
    """Round 86: the file's word at start right after the patient's birth date (_BIRTH_BEFORE_FILE) in a referral's
    paragraph (_R86S_REFERRAL) that speaks of care (_r86s_note_of_care)."""
    if not any(c in lowered for c in _R86S_REFERRAL_CUES):
        return False
    birth = _BIRTH_BEFORE_FILE.search(lowered, max(lowered.rfind("\n", 0, start) + 1, start - 60), start)
    if birth is None or DATE.fullmatch(birth.group("date")) is None:
        return False
    blank = lowered.rfind("\n\n", max(0, start - _CARE_WINDOW), start)
    stop = lowered.find("\n\n", end, end + _CARE_WINDOW)
    return _R86S_REFERRAL.search(lowered, blank + 2 if blank >= 0 else max(0, start - _CARE_WINDOW),
                                 stop if stop >= 0 else min(len(lowered), end + _CARE_WINDOW)) is not None and (
        _r86s_note_of_care(lowered, start, end))


# A ward's bed line in a handover or a round: the bed's word and number open the line, the patient's name
# (maybe titled), then right after its comma the patient's number, coded or bare ("Bed 14: Brian Hale,
# NHC-95120, day 9 post ...", "Bett 4: Frau Roth, KH-4471209, 2. Tag post-OP", "Lit 7 : Mme Roy, 4471209,
# J2 ...", "Cama 3: Sr. Gil Pardo, HC4471209, ...", "Bed 5: dhr. Bakker, 4471209, ..."). In a text about care
# only; a number with a trunk 0 or a country's "+" is a phone's, and a date the admission's.
_BED_LINE_NUMBER = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?i:bed|bett|lit|cama)[ ]?(?i:no\.?[ ]?|nr\.?[ ]?|n[°º]\.?[ ]?)?[0-9]{1,3}[A-Za-z]?[ \t]*[:–—-][ \t]*"
    r"(?:(?i:mr|mrs|ms|miss|mx|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|mw)\.?[ ])?"
    + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3},[ ]"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[1-9][0-9]{2,9}(?:[ -][0-9]{3,7}){0,2})(?=[ \t]*(?:$|,|;|[.](?:\s|$)))",
    re.M)


def _bed_line_numbers(text: str, lowered: str) -> Iterator[Span]:
    """A patient's number after the name on a ward's bed line, in a text about care (_BED_LINE_NUMBER)."""
    for m in _BED_LINE_NUMBER.finditer(text):
        value = m.group("value")
        if _record_number(value) and _about_care(lowered, m.start(), m.end()):
            yield (m.start("value"), m.end("value"), "medical_record_care")


def _record_values(pattern: Searchable, text: str) -> Iterator[Span]:
    """Each match's "value" group of `pattern` in `text` that reads as a record's number (_record_number)."""
    for m in pattern.finditer(text):
        if _record_number(m.group("value")):
            yield (m.start("value"), m.end("value"), "medical_record_care")


def _patient_line_numbers(text: str, lowered: str) -> Iterator[Span]:
    """A patient's file number on a treatment note's patient line (_PATIENT_LINE_NUMBER), after a
    titled name in brackets with a record's abbreviation (_RECORD_ABBREVIATION_BRACKET), or alone in
    brackets after the patient's word and name (_PATIENT_NAME_BRACKET, round 69)."""
    for m in _PATIENT_LINE_NUMBER.finditer(text):
        value = m.group("value")
        if not _record_number(value):
            continue
        if m.group("client") and not _TREATMENT_REPORT.search(lowered):
            continue
        yield (m.start("value"), m.end("value"), "medical_record_care")
    yield from _record_values(_RECORD_ABBREVIATION_BRACKET, text)
    yield from _record_values(_PATIENT_NAME_BRACKET, text)


# Round 66: the patient's number in brackets right after a bed's in a ward's message ("the d/c summary for bed 14
# (K2959725)", "la familia de la cama 7 (M6997393)", "le patient du lit 12 (IPP 4471203)" is the label's, "Bett 3
# (4471203)", "bed 5 (MRN-4471203)" in Dutch too): five digits or more, no date, in a paragraph about care; a hostel's
# "bed 4 (booking 55190245)" names no care and a bed's count in brackets no record. Besides the care words, a
# ward's own: a discharge ("d/c", "Entlassung", "de alta", "lettre de sortie", "ontslag"), the GP, a unit
# ("unidad de ictus", "stroke unit"), a health card ("tarjeta sanitaria", "carte Vitale")
_BED_RECORD = gated(re.compile(
    r"(?<!\w)(?:bed|bay|cubicle|bett|lit|cama|box)[ ]?(?:n[°º]|nr\.?|no\.?)?[ ]?[0-9]{1,3}[a-z]?[ ]?"
    r"\((?P<value>[a-z]{0,4}[-/ ]?[0-9][0-9 /-]{3,14}[0-9])\)"))


_WARD_WORD = re.compile(
    r"(?<!\w)(?:d/c|discharge|discharged|gp|ward|stroke unit|entlassung|entlassbrief|unidad de \w+|ictus|"
    r"de alta|tarjeta sanitaria|lettre de sortie|carte vitale|ontslag|ontslagbrief|afdeling)(?!\w)")


# Round 66: a monitor lent to a patient, the patient's number in brackets after the name ("holter 07 went out today
# with Owen Williams (7087086201)", "Langzeit-EKG an Jonas Weber (K4471203) ausgegeben", "holter posé à Léa Roy
# (IPP 4471203)" is the label's, "el holter se lo llevó Nico Gil (4471203)", "holter meegegeven aan Saar Peeters
# (4471203)"): within the sentence after the monitor's word; a shop's "monitor sent with Tom Hale (order 5519)"
# has no five digits bare in the brackets.
_LENT_MONITOR_RECORD = gated(re.compile(
    r"(?i)(?<!\w)(?:holter|langzeit-ekg|langzeit-rr|event recorder|loop recorder|abpm|mapa|ambulatory (?:ecg|bp))"
    r"[^.\n()]{0,60}?(?<!\w)(?:with|to|mit|an|avec|à|con|llevó|a|met|aan)[ ]"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ ][A-ZÀ-Ý][\w'’-]+){1,2}[ ]?"
    r"\((?P<value>[A-Z]{0,4}[-/ ]?[0-9][0-9 /-]{3,14}[0-9])\)"))


# Round 67: a report's label or the patient's abbreviation opens the text or the line, then the patient's name, then
# the patient's number alone in brackets ("Verslag: Saar Peeters (B1577183), OSAS matig", "Informe: Nico Gil Pardo
# (2017-987842), SAHS grave", "CR : Léa Martin (976484) – SAOS sévère", "Befund: Jonas Weber (K4471203), OSAS
# mittelgradig", "Pt Tom Hale (2024-941299) rescheduled MSLT"): five digits or more, no date, in a text about care
# or about a sleep study (its own words: "OSAS", "AHI", "CPAP", "PPC", "MSLT"); a report's label on a firm's
# paper ("Report: Tom Hale (4471203) sales Q3") names no care and stays clean
_REPORT_OPENER_RECORD = re.compile(
    r"(?m)^[ \t]*(?:(?i:verslag|informe|cr|compte[ -]rendu|bericht|befund|arztbrief|report|summary|letter|"
    r"pt|pat|patient|patientin|patiente|paciente|patiënt)\.?[ \t]*:?[ \t]*)"
    r"(?:(?i:mr|mrs|ms|miss|herr|frau|m|mme|sr|sra|dhr|mevr)\.?[ ])?"
    + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}"
    r"[ ]?\((?P<value>(?:[A-Z]{1,3}-?)?[0-9][0-9-]{3,12}[0-9])\)(?=[ \t]*(?:[,;:–—-]|[ \t][a-z]|$))")
# Round 76: a cardiac monitor's call log, the patient who rang named, then the patient's record number alone in
# brackets right after the name ("pt rang re holter - Ms Hobbs (5706022755) says the strap came off", "Pat. Javier
# Kessler (2016-985579) ruft an: Elektrode hat sich gelöst", "Mme Roy (K4471209) a appelé : l'électrode s'est
# décollée", "llamó Samu Montesinos (76309906): se le despegó un electrodo"), or the name and the number together
# in the brackets after the verb ("mevr. belde (Nadia Boer, K2933282): elektrode losgeraakt", "rang in (Tom Hale,
# 4471209): event button pressed"): a titled name or a full one, five digits or more (maybe after a letter code or
# a year), no date, with the monitor's own word (a Holter, an event recorder or its button, an electrode) in the
# paragraph; a name and its number in brackets in a text about no monitor stay as they were
_MONITOR_WORD = re.compile(
    r"(?<!\w)(?:holter\w*|langzeit-ekg|event[ ]?(?:recorder|monitor|button)|loop[ ]?recorder|ereignis(?:taste|rekorder|"
    r"recorder)|eventknop\w*|eventrecorder|botón[ ]de[ ]evento|bouton[ ]d['’]événement|electrodes?|elektroden?|électrodes?|"
    r"electrodos?|ecg[ ]patch|ekg-pflaster|cardiac[ ]monitor|herzmonitor|moniteur[ ]cardiaque|monitor[ ]cardíaco|"
    r"hartmonitor)(?!\w)")
_MONITOR_NAME = (r"(?:(?:(?i:mr|mrs|ms|miss|mx|dr|prof|pt|pat|herr|frau|hr|fr|m|mme|mlle|sr|sra|srta|don|doña|dhr|mevr|"
                 r"mw)\.?[ ])" + _NAME_PARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){0,3}|"
                 + _NAME_WORD + r"(?:[ ]" + _NAME_PARTICLE + _NAME_WORD + r"){1,3})")
_MONITOR_CALLER_RECORD = re.compile(
    r"(?:(?<![\w.])" + _MONITOR_NAME + r"[ ]\(|\(" + _MONITOR_NAME + r",[ ])"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{5,10}|(?:19|20)[0-9]{2}-[0-9]{5,8})\)")
_MONITOR_WINDOW = 250
"""How far a monitor's word may stand from the caller's bracket (the call's note, a few lines)."""


def _monitor_caller_records(text: str, lowered: str) -> Iterator[Span]:
    """Round 76: the caller's record number in a cardiac monitor's call log (_MONITOR_CALLER_RECORD), with the
    monitor's word (_MONITOR_WORD) in the paragraph around it."""
    for m in _MONITOR_CALLER_RECORD.finditer(text):
        if not _record_number(m.group("value")):
            continue
        first, last = max(0, m.start() - _MONITOR_WINDOW), min(len(lowered), m.end() + _MONITOR_WINDOW)
        blank = lowered.rfind("\n\n", first, m.start())
        stop = lowered.find("\n\n", m.end(), last)
        if _MONITOR_WORD.search(lowered, blank + 2 if blank >= 0 else first, stop if stop >= 0 else last):
            yield (m.start("value"), m.end("value"), "medical_record_bed")


_SLEEP_STUDY_WORD = re.compile(
    r"(?<!\w)(?:osas|saos|sahs|apnoea|apnea|apnoe|apnée|ahi|iah|cpap|ppc|mslt|polysomno\w*|polygraph\w*|"
    r"schlaflabor|sleep (?:study|clinic|lab))(?!\w)")


def find_bed_records(text: str, lowered: str) -> Iterator[Span]:
    if "(" not in text:
        return
    for m in _REPORT_OPENER_RECORD.finditer(text):
        value = m.group("value")
        if _record_number(value) and (
                _about_care(lowered, m.start(), m.end()) or _SLEEP_STUDY_WORD.search(lowered) is not None):
            yield (m.start("value"), m.end("value"), "medical_record_report")
    yield from _monitor_caller_records(text, lowered)
    for m in _LENT_MONITOR_RECORD.finditer(text):
        value = m.group("value")
        if sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value):
            yield (m.start("value"), m.end("value"), "medical_record_bed")
    for m in _BED_RECORD.finditer(lowered):
        value = text[m.start("value") : m.end("value")]
        if sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value) and (_about_care(
                lowered, m.start(), m.end()) or _WARD_WORD.search(lowered) is not None):
            yield (m.start("value"), m.end("value"), "medical_record_bed")


# Round 73: a hospital stay's, a ward's or a clinic's own number for the patient, in a text about care
# (another care word than the label's own): "hosp number is 0004325751", "Ward ref 2017-145805", "Your clinic
# number is B6178524", "admission no. 4471209", "n° de séjour 627362910", "numéro d'admission", "Aufnahmenummer
# 4471209", "número de ingreso 4471209", "número de episodio", "opnamenummer 4471209"; a hotel's "n° de séjour"
# or a council's "ward ref" names no care and stays clean
_STAY_RECORD = gated(re.compile(
    r"(?<![\w-])(?i:hosp(?:ital)?\.?[ ](?:number|no\.?|ref(?:erence)?\.?)|ward[ ]ref(?:erence)?\.?|"
    # Round 74: a hospice's own number for its patient ("Hospice ref HC-74171222", "Hospiz-Nr. 4471209", "hospice number
    # 2019-447120"), as the hospital's
    r"(?:hospice|hospiz)-?[ ]?(?:number|no\.?|ref(?:erence)?\.?|nr\.?|nummer)|"
    r"clinic[ ](?:number|no\.?|ref(?:erence)?\.?)|admission[ ](?:number|no\.?)|"
    r"(?:n[°º]\.?|num[ée]ro)[ ]d[e']?[ ]?(?:séjour|admission|hospitalisation)|"
    r"aufnahme-?(?:nummer|nr\.?)|aufenthalts-?(?:nummer|nr\.?)|"
    r"(?:n[úu]mero|n\.?[°º]\.?|núm\.?)[ ]de[ ](?:ingreso|episodio)|"
    r"opname-?(?:nummer|nr\.?)|opnamenr\.?)"
    r"(?:[ \t]*:[ \t]*|[ ](?i:is|ist|est|es|lautet)[ ]|[ ])"
    # the number maybe in groups of three and four ("Ward ref 496 413 4539")
    r"(?:(?P<grouped>[0-9]{3}(?:[ ][0-9]{3,4}){1,2})(?![\w-]|[.,/][0-9A-Za-z])|"
    r"(?P<value>(?:[A-Z]{1,4}-?)?[0-9]{4,10}(?:-[0-9]{3,8})?)(?![\w-]|[.,/][0-9A-Za-z]))"))
# the care words a stay's text may name besides those of _CARE_WORD: the family doctor, a care home, a
# university hospital's short name, an evacuation, a fertility unit ("GP has seen him", "care home",
# "évacué vers le CHU", "Pflegeheim", "residencia de mayores", "verpleeghuis", "fertility unit")
_STAY_CARE_WORD = re.compile(
    r"(?<!\w)(?:gp|gp['’]s|care[ ]home|nursing[ ]home|chu|chru|évacuée?s?|evacuated|fertility|pflegeheim\w*|"
    r"ehpad|maison[ ]de[ ]retraite|residencia[ ]de[ ]mayores|verpleeghuis\w*|verzorgingshuis\w*|ambulance|ambulancia|"
    r"rettungsdienst|notarzt|samu)(?!\w)")


def find_stay_records(text: str, lowered: str) -> Iterator[Span]:
    for m in _STAY_RECORD.finditer(text):
        key = "grouped" if m.group("grouped") else "value"
        # the hospital's own number needs no other care word, as "hosp. no." does not in the context rule
        if _record_number(m.group(key)) and (lowered.startswith("hosp", m.start()) or _about_care(
                lowered, m.start(), m.end(), skip=(m.start(), m.start(key))) or _STAY_CARE_WORD.search(
                lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW)):
            yield (m.start(key), m.end(key), "medical_record_stay")


# Round 77: where one is insured for health, the insurer's name, then the number's word and the member's number, as a
# camp's or a club's health form asks it ("Krankenversichert bei: AOK, Nr. 073315346", "Krankenkasse: TK, Nr.
# A6208473", "Health insurer: Bupa, no. 88412093", "Mutuelle : MGEN, n° 4471209", "Mutualidad: Adeslas, nº
# 4471209", "Zorgverzekeraar: VGZ, nr. 4471209"): the insured member's own number; a number after no such word
# stays unread
_INSURED_WITH = gated(re.compile(
    r"(?<!\w)(?i:krankenversichert[ ]bei|versichert[ ]bei|krankenkasse|krankenversicherung|health[ ]insurer|"
    r"health[ ]insurance|medical[ ]insurance|insured[ ]with|mutuelle|assuré(?:e)?[ ]auprès[ ]de|caisse[ ]d['’]assurance[ ]maladie|"
    r"mutua|mutualidad|aseguradora|seguro[ ]médico|zorgverzekeraar|zorgverzekering|verzekerd[ ]bij)[ \t]*:?[ \t]*"
    r"[^\W\d_][\w&.'’-]*(?:[ ][^\W\d_][\w&.'’-]*){0,3},?[ ]"
    r"(?i:nr|no|n°|nº|núm|num|number|nummer|numéro|número)\.?[ ]?:?[ ]?"
    r"(?P<value>[A-Z]{0,4}-?[0-9][0-9-]{4,14}[0-9])(?![\w-])"))


def find_care_records(text: str, lowered: str) -> Iterator[Span]:
    """A file's number after its number sign, and a record's key that care names its own way,
    in a paragraph about care; an INSERT's record column beside a birth date or in care; a care
    institution's own reference for the patient right after its name."""
    if any(w in lowered for w in ("versichert", "krankenkasse", "krankenversicherung", "insur", "mutuelle", "assur",
                                  "mutua", "asegura", "seguro", "zorgverzeker", "verzekerd")):
        for m in _INSURED_WITH.finditer(text):
            yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(h in lowered for h in _INSTITUTION_HINTS) and any(
            w in lowered for w in ("ref", "réf", "zeichen", "az.", "kenmerk")):
        for m in _INSTITUTION_REFERENCE.finditer(lowered):
            value = text[m.start("value") : m.end("value")]
            lo = max(0, m.start() - 150)
            first = lo + sentence_start(lowered[lo : m.start()])
            # a bill's, an order's or a booking's reference in the sentence is no patient's ("Invoice from
            # the hospital car park (their ref ...)")
            if sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value) and not _BILLING_WORD.search(
                    lowered, first, m.start("value")) and not any(
                    _OTHER_THING.match(w) for w in re.findall(r"[^\W\d_]+", lowered[first : m.start("link")].replace(
                        "compte rendu", "rendu"))):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if "(" in text and any(w in lowered for w in ("record", "notes", "file", "chart", "akte", "kartei", "unterlagen",
                                                   "dossier", "historial", "expediente")):
        yield from _record_values(_PROVIDER_RECORDS, text)
    if any(w in lowered for w in ("record", "file", "chart", "notes", "akte", "kartei", "dossier", "historia", "expediente",
                                  "ficha", "historial")):
        yield from _record_values(_SPECIALTY_RECORD, text)
    if any(w in lowered for w in ("practice", "surgery", "praxis", "cabinet", "consultorio", "centro de salud", "praktijk")):
        yield from _record_values(_PRACTICE_REFERENCE, text)
    if "(" in text and any(w in lowered for w in ("patient", "pacient", "patiënt")):
        yield from _record_values(_PATIENT_NAMED_REFERENCE, text)
    if "(" in text and any(w in lowered for w in ("travel", "care plan", "reise", "pflegeplan", "voyage", "plan de soins",
                                                  "viaje", "plan de cuidados", "reizigers", "reisconsult", "zorgplan")):
        for m in _CARE_VISIT_HEADING.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 5 and not DATE.fullmatch(m.group("value")):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in ("couple", "paar", "pareja")) and _FERTILITY_WORD.search(lowered) is not None:
        yield from _record_values(_COUPLE_FILE, text)
    if "insert" in lowered and "values" in lowered:
        yield from _sql_record_columns(text, lowered)
    if "(" in text:
        yield from _hospital_coded_numbers(text, lowered)
    if any(w in lowered for w in ("pat", "pt ", "pacient", "cli", "klient", "(hc", "(nhc", "(mrn", "(ipp")):
        yield from _patient_line_numbers(text, lowered)
    yield from _r80s_patient_numbers(text, lowered)  # round 80: "Pt Kelly Villa, DOB May 16, 2001, ref 2024-498318"
    yield from _r83s_record_given_by(text, lowered)  # round 83: "Patientennummer laut Tochter 2024-118506"
    yield from _r84s_patient_abbreviation_files(text, lowered)  # round 84: "Pt Ana Roy dossier K5958627 : ongle incarné"
    yield from _r86s_lab_label_numbers(text, lowered)  # round 86: "Laboretikett\nLabor-Nr.: HC-53098131\n...\nGeb.: ..."
    yield from _r86s_visit_note_files(text, lowered)  # round 86: "Suivi Alain Lejeune (dossier 5562232) : eczéma ..."
    if any(w in lowered for w in ("bed", "bett", "lit", "cama")):
        yield from _bed_line_numbers(text, lowered)
    if any(w in lowered for w in ("dossier", "historia", "expediente", "akte", "kartei", "chart", "file", "record")):
        for m in _FILE_NUMBER.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 5 and (_about_care(lowered, m.start(), m.end())
                                                                    or _seen_in_consultation(lowered, m.start())
                                                                    or _care_letterhead(lowered, m.start())
                                                                    # round 86: "Je vous adresse Mme Roy, née le ..., dossier n° ..."
                                                                    or _r86s_referral_after_birth(lowered, m.start(), m.end())):
                yield (m.start("value"), m.end("value"), "medical_record_care")
        for m in _FILE_BARE.finditer(text):
            if _REPORT_BEFORE_BRACKET.search(lowered, max(0, m.start() - 30), m.start()):
                continue  # "Nous accusons réception de votre déclaration (dossier 3456275202)": the report's own file
            if _LEARNER_LINE.match(lowered, lowered.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # "Apprenant : Julien (dossier 510527943)": a course's file of its learner
            if sum(c.isdigit() for c in m.group("value")) >= 5 and _about_care(lowered, m.start(), m.end()):
                yield (m.start("value"), m.end("value"), "medical_record_care")
        for m in _FILE_HEADING.finditer(text):
            blank = lowered.find("\n\n", m.end())
            note = (m.start(), blank if blank >= 0 else len(lowered))
            if _OFFICE_FILE_WORD.search(lowered, *note) is not None:
                continue  # an office's file of the person (see _FILE_HEADING)
            if sum(c.isdigit() for c in m.group("value")) >= 5 and _about_care(lowered, m.start(), m.end()):
                yield (m.start("value"), m.end("value"), "medical_record_care")
        for m in _FILE_SPOKEN.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 5 and _about_care(lowered, m.start(), m.end()):
                yield (m.start("value"), m.end("value"), "medical_record_care")
        for m in _FILE_IN_CLAUSE.finditer(text):
            if _firm_or_tender_file(lowered, m.start()):
                continue
            if sum(c.isdigit() for c in m.group("value")) >= 5 and not DATE.fullmatch(m.group("value")) and (_about_care(
                    lowered, m.start(), m.end()) or _doctor_speaks_of_file(
                    lowered, m.start(), lowered[max(0, m.start() - 30) : m.start("value")].split()[-1])
                    or _file_after_birth_in_report(lowered, m.start())):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if ("ref" in lowered or "réf" in lowered or "kenmerk" in lowered or "aktenzeichen" in lowered) and any(
            w in lowered for w in _QUOTE_VERBS):
        for m in _QUOTED_REFERENCE.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 5 and _about_care(lowered, m.start(), m.end()):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in ("ref", "réf", "kenmerk", "chart", "akte", "dossier", "historia", "expediente")):
        yield from _care_message_references(text, lowered)
    if any(w in lowered for w in ("audio", "hearing", "hörakust", "hörgerät", "audicien", "hoor")):
        yield from _hearing_care_references(text, lowered)
    yield from find_optician_records(text, lowered)
    if ("=" in text or '":' in text) and any(w in lowered for w in ("patient", "patiënt", "paciente")):
        for m in _PATIENT_KEY.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 5 and not DATE.fullmatch(m.group("value")):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in _SPOKEN_NUMBER_HINTS):
        yield from _spoken_patient_numbers(text, lowered)
    if any(w in lowered for w in _PATIENT_FILED_HINTS):
        for m in _PATIENT_FILED.finditer(text):
            value = m.group("value")
            if sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value) and (
                    m.group("after") or _FILING_VERB.search(lowered, m.start("mid"), m.end("mid"))):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in _CARE_KEY_HINTS):
        for m in _CARE_KEY.finditer(text):
            # the key's own words do not count as care ("admission no." names a museum's ticket too)
            # a form's field for a health card names care itself ("Tarjeta sanitaria: ...", "Gesundheitskarte
            # Nr. ...", "Health card number:", "Zorgpasnummer:" at a line's start): no other care word is
            # needed; in a sentence ("Transport: health card number ... is not required") it still is
            line_start = lowered.rfind("\n", 0, m.start()) + 1
            field = _HEALTH_CARD.match(lowered, m.start()) is not None and (
                lowered[line_start : m.start()].strip() == "" or m.group("copula") is not None)
            if sum(c.isdigit() for c in m.group("value")) >= 5 and (field or _about_care(
                    lowered, m.start(), m.end(), skip=(m.start(), m.start("value")))
                    or _r84s_foot_care_near(lowered, m.start(), m.end())):  # round 84: "Pedicurepraktijk ... Cliëntnr.:"
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in ("patient", "patiënt", "paciente", "pat.")):
        for m in _PATIENT_THEN_CASE.finditer(text):
            if not DATE.fullmatch(m.group("value")):
                yield (m.start("value"), m.end("value"), "medical_record_care")
    if any(w in lowered for w in ("rtw", "ktw", "wagen", "rettung", "notarzt", "ambulan", "samu", "smur", "zieken",
                                  "traslad", "hospital", "krankenhaus", "hôpital", "ziekenhuis", "clinic", "klinik",
                                  "clínica", "kliniek", "our", "unser", "notre", "nuestr", "ons")):
        yield from _care_run_and_letter_numbers(text, lowered)


# A firm named by its legal form, or a tender or a contract, in the sentence before a file's number:
# "Empresa adjudicataria: Transportes Ruiz S.L., expediente 4471209", "Auftragnehmer: Roth GmbH, Akte
# 4471209", "attributaire : Ambulances Roy SAS, dossier ...", "gunning aan Taxi Bos BV, dossier ..."
_FIRM_OR_TENDER = re.compile(
    r"(?<!\w)(?:s\.?l\.?u?|s\.?a\.?u?|s\.?com|s\.?c\.?p|s\.?l\.?l|gmbh|ag|gmbh[ ]&[ ]co\.?[ ]kg|ug|sas|sarl|sàrl|bv|b\.v|nv|n\.v|ltd|llc|inc|plc|"
    r"adjudicatari[oa]|adjudicación|licitación|contrato|concurso|pliego|ausschreibung|vergabe|auftragnehmer\w*|zuschlag|"
    r"appel[ ]d['’]offres|marché[ ]public|attributaire|titulaire[ ]du[ ]marché|tender\w*|contractor|awarded|procurement|"
    r"aanbesteding|gegund|gunning|opdrachtnemer)(?!\w)")


def _firm_or_tender_file(lowered: str, start: int) -> bool:
    """A firm's legal form or a tender's word in the sentence before a file's number (why: a
    contractor's file in a public tender is the contract's, no patient's, even beside a care word)."""
    first = max(0, start - 120, lowered.rfind("\n", 0, start) + 1)  # a weight's "kg" on the line above is no KG
    first += sentence_start(lowered[first:start])
    return _FIRM_OR_TENDER.search(lowered, first, start) is not None


# A hearing-care provider's reference for its client, beside the client's birth date: a repair
# ticket's "Audiology ref: P-78394", "Hörakustiker-Ref.: ...", "Réf. audioprothésiste : ...",
# "Ref. audiología: ...", "Audicien kenmerk: ..." (the provider's file on the client's hearing)
_HEARING_CARE = (r"(?:audiolog\w*|hearing[ ](?:care|aid|aids|centre|center|clinic)|hörakusti\w*|hörgeräte\w*|"
                 r"audioproth\w*|audicien\w*|audioprotesis\w*|audiología|hoorzorg|hoortoestel\w*)")
_HEARING_REF_WORD = (r"(?:ref\.?|reference|referenz|réf\.?|référence|referencia|referentie|kenmerk|no\.?|nr\.?|number|"
                     r"nummer|numéro|número|n[°º])")
_HEARING_CARE_REF = gated(re.compile(
    r"(?<!\w)(?i:" + _HEARING_CARE + r"[ -]?" + _HEARING_REF_WORD + "|" + _HEARING_REF_WORD + r"[ ](?:d['’]|de[ ]l['’])?"
    + _HEARING_CARE + r")[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])"))


def _hearing_care_references(text: str, lowered: str) -> Iterator[Span]:
    """A hearing-care provider's reference with the client's birth date's word near (_HEARING_CARE_REF):
    the provider's record of the client (a shop's repair ticket without a birth date stays clean)."""
    for start, end in _numbers_near(text, lowered, _HEARING_CARE_REF, _DOB_KEYWORD, _has_digits(5)):
        yield (start, end, "medical_record_care")


# An optician's recall: an eye test or a contact-lens check is due, and the client's file number in
# it ("Your contact lens aftercare is due ... Ref NHC-20558722", "Sehstärkenbestimmung ... (Kunden-Nr.
# 8364730554)", "examen de vue ... (dossier P-91557257)", "revisión de tus lentillas ... Ficha M4583496",
# "oogmeting ... (klantnr. B4271459)"): the optician's care record of the client's eyes, as a
# hearing-care provider's is (an eyewear shop's order or delivery stays its own, _NOT_CARE_REFERENCE)
_EYE_CARE = re.compile(
    r"(?<!\w)(?:eye[ ](?:test|exam\w*|check\w*)|sight[ ]test|contact[ ]lens\w*|lens[ ](?:check|aftercare)|optici[ae]n\w*|"
    r"optometrist\w*|sehtest\w*|sehstärke\w*|augenprüfung\w*|augenuntersuchung\w*|kontaktlinse\w*|augenoptik\w*|"
    r"optiker\w*|examen[ ]de[ ](?:la[ ])?vue|contrôle[ ]de[ ](?:la[ ])?vue|lentilles[ ]de[ ]contact|contrôle[ ]de[ ](?:vos[ ])?lentilles|"
    r"optom[ée]tris\w*|revisi[óo]n[ ]visual|revisi[óo]n[ ]de[ ](?:la[ ]vista|tus[ ]lentillas|sus[ ]lentillas|lentillas)|examen[ ]visual|"
    r"lentillas|lentes[ ]de[ ]contacto|[óo]ptica|oogmeting\w*|oogtest\w*|ogentest\w*|oogonderzoek\w*|contactlens\w*|"
    r"lenzencontrole|oogzorg|"
    # the lenses named by how long each is worn or by their fitting: "monthly lenses", "Monatslinsen",
    # "lentilles mensuelles", "lentillas diarias", "maandlenzen", "contact lens fitting", "contrôle
    # d'adaptation de lentilles", "Anpassung Ihrer Kontaktlinsen" (not "lentilles" alone: French lentils)
    r"(?:monthly|daily|two-weekly|fortnightly)[ ]lenses|monatslinsen|tageslinsen|lentilles[ ](?:mensuelles|"
    r"journalières|souples|rigides|de[ ]nuit)|adaptation[ ]de[ ](?:vos[ ]|ses[ ]|la[ ])?lentilles|"
    r"lentillas[ ](?:mensuales|diarias)|maandlenzen|daglenzen|lens[ ]fitting|"
    # Round 71: the lenses by a year's or a week's wear too ("yearly lenses", "Jahreslinsen", "Wochenlinsen",
    # "lentilles annuelles", "lentillas anuales", "jaarlenzen"), and the client's own lenses by the possessive,
    # which lentils to cook are not in a shop's message ("your lenses are ready", "Ihre Kontaktlinsen", "vos
    # lentilles sont disponibles en magasin", "tus lentillas", "uw lenzen liggen klaar")
    r"(?:yearly|annual|weekly)[ ]lenses|(?:jahres|halbjahres|wochen|2-wochen|zweiwochen|quartals)linsen|"
    r"lentilles[ ](?:annuelles|trimestrielles|bimensuelles)|lentillas[ ](?:anuales|quincenales|trimestrales)|"
    r"(?:jaar|week|tweeweekse[ ]|kwartaal)lenzen|(?:your|his|her)[ ](?:contact[ ])?lenses|"
    r"(?:vos|tes|votre|ta)[ ]lentilles|(?:tus|sus)[ ]lentes|(?:uw|je|jouw)[ ](?:contact)?lenzen)(?!\w)")
_EYE_CARE_FILE = re.compile(
    r"(?<![\w-])(?i:ficha|n\.?[°º][ ]de[ ]ficha|kd\.?-?[ ]?nr\.?|kunden-?nr\.?|kundennummer|dossier|n[°º][ ]de[ ]dossier|"
    r"klantnr\.?|klantnummer|dossiernr\.?|ref\.?|reference|réf\.?|referencia|kenmerk|customer[ ](?:no\.?|number)|"
    r"client[ ](?:no\.?|number)|num[ée]ro[ ](?:de[ ])?client|n[°º][ ]?(?:de[ ])?client|n[úu]mero[ ]de[ ]cliente|"
    # round 62: the client's file or reference named as such ("customer ref", "Kundenreferenz", "dossier
    # client n°", "referencia de cliente", "klantreferentie"), and the label then its verb, as a message
    # says it ("Your customer ref is ...", "Ihre Kundennummer lautet ...", "votre numéro client est ...",
    # "su número de cliente es ...", "Uw klantnummer is ..."): the same label, the same client's file
    r"customer[ ]ref(?:erence)?|kundenreferenz|dossier[ ]client(?:[ ]n[°º])?|referencia[ ]de[ ]cliente|klantreferentie|"
    # Round 71: the file with its number sign ("Dossier n° 32565802", "file no. ...", "Akte Nr. ...", "ficha n.º
    # ...", "dossier nr. ..."), the same client's file
    r"(?:dossier|file|akte|ficha)[ ](?:n[°º]\.?|no\.|nr\.|n\.[°º]))"
    r"(?:[ ](?:is|ist|lautet|est|es))?"
    r"[ \t]*[:#]?[ \t]*"
    # the number maybe after a letter prefix or its year ("ficha 2020-024354", "Ref 2016-465094")
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})(?![\w-]|[.,/][0-9A-Za-z])")

# Round 80: the client's number under the shorter labels _EYE_CARE_FILE leaves: the number sign with its dot or the
# client's word in full, the client's identifier ("N.º de cliente: 72767314", "Nº cliente: M0473492", "Núm. de cliente
# 2022-803759", "N.° client : 4471209", "ID client : 4471209", "Customer ID: 4471209", "Kunden-ID 4471209", "Klant-nr.:
# 4471209", "klant nr. 4471209"); read as those labels are, with the eye test's word near and no order in the text
_R80S_EYE_CARE_FILE = re.compile(
    r"(?<![\w-])(?i:n\.?[°º]\.?[ ]?(?:de[ ])?cliente?|n[úu]m\.?[ ](?:de[ ])?cliente?|(?:customer|client)[ ]id|"
    r"kunden-?id|klant-?id|klant-?nr\.?|klant[ ]nr\.?|id[ ]client|identifiant[ ]client|id[ ]de[ ]cliente)"
    r"[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?|(?:19|20)[0-9]{2}-)?[0-9]{5,10})(?![\w-]|[.,/][0-9A-Za-z])")


def find_optician_records(text: str, lowered: str) -> Iterator[Span]:
    """A client's file number after its label (_EYE_CARE_FILE) with an eye test's or a contact
    lens's word (_EYE_CARE) within a few lines, in a text that names no order, booking or delivery:
    the optician's record of the client's eyes (why: round 50's recall messages, read as the
    hearing-care numbers of rounds 47 and 48 are)."""
    if _EYE_CARE.search(lowered) is None or _NOT_CARE_REFERENCE.search(lowered) is not None:
        return
    for start, end in _numbers_near(text, lowered, _EYE_CARE_FILE, _EYE_CARE, lambda value: not DATE.fullmatch(value)):
        yield (start, end, "medical_record_care")
    for start, end in _numbers_near(text, lowered, _R80S_EYE_CARE_FILE, _EYE_CARE, lambda value: not DATE.fullmatch(value)):
        yield (start, end, "medical_record_care")  # round 80: "N.º de cliente: 72767314"


# Round 62: a care service named by its place or by the examination it books, words a patient's
# message from it uses where it names no doctor, ward or clinic: a health centre and an outpatient
# department ("your health centre", "Gesundheitszentrum", "centre de santé", "centro de salud",
# "gezondheidscentrum"; "outpatients", "Poliklinik", "polyclinique", "policlínica", "polikliniek"),
# and a lung function test ("spirometry", "Lungenfunktion", "spirométrie", "EFR", "espirometría",
# "función pulmonar", "longfunctieonderzoek"). Kept apart from _CARE_WORD, which many other rules read:
# only a reference or a file's number closing such a message is read by it.
_CARE_SERVICE_PLACE = gated(re.compile(
    r"(?<!\w)(?:health[ ]cent(?:re|er)|gesundheitszentrum|centre[ ]de[ ]santé|centro[ ]de[ ]salud|gezondheidscentrum|"
    r"outpatients?|poliklinik\w*|polyclinique|policlínica|polikliniek|"
    r"spirometr\w*|espirometr\w*|spirométr\w*|lung[ ]function|lungenfunktion\w*|exploration[ ]fonctionnelle[ ]respiratoire|"
    r"efr|función[ ]pulmonar|longfunctie\w*)(?!\w)"))
# A file's number closing such a message, after the file's own word where the message names no
# reference ("... Lung Function Lab, Level 2. Chart 4471209", "Akte 4471209.", "Dossier M4471209.",
# "Historia 4471209. Responda SI", "Dossier 4471209."): at a care service the file is the patient's.
_CARE_MESSAGE_FILE = re.compile(
    r"(?:(?<=\n)|(?<=[.!?][ ]))[ \t]*(?i:chart|akte|dossier|historia|expediente|dossiernr\.?)"
    r"[ ]?(?i:no\.?|nr\.?|n[°º]\.?|#)?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?=[ \t]*(?:$|\n|[.!](?:\s|$)))"
)


def _care_message_references(text: str, lowered: str) -> Iterator[Span]:
    """A reference closing a message about care, in a text that names no order, booking, bill or slot
    and no lost property or travel: a care provider's reference for the patient (a shop's, a travel
    agent's and a lost-property office's stay theirs; a station is a ward in German, a train's in Dutch).
    Round 62: a message from a care service named by its place or its examination (_CARE_SERVICE_PLACE)
    is about care too, and there a file's number after its word closes it as a reference does."""
    if _NOT_CARE_REFERENCE.search(lowered) is not None or _LOST_OR_TRAVEL.search(lowered) is not None:
        return
    for m in _CARE_MESSAGE_REF.finditer(text):
        # a health screening's invitation is care's message too ("your breast screening appointment ... Ref ...")
        if sum(c.isdigit() for c in m.group("value")) >= 5 and (_about_care(lowered, m.start(), m.end()) or (
                _SCREENING_WORD.search(lowered) is not None) or _care_service_near(lowered, m.start(), m.end())):
            yield (m.start("value"), m.end("value"), "medical_record_care")
    for m in _CARE_MESSAGE_FILE.finditer(text):
        if sum(c.isdigit() for c in m.group("value")) >= 5 and not DATE.fullmatch(m.group("value")) and (
                _care_service_near(lowered, m.start(), m.end())):
            yield (m.start("value"), m.end("value"), "medical_record_care")


def _care_service_near(lowered: str, start: int, end: int) -> bool:
    """A care service's place or examination (_CARE_SERVICE_PLACE) in the paragraph around start:end."""
    begin = max(0, start - _CARE_WINDOW)
    blank = lowered.rfind("\n\n", begin, start)
    stop = lowered.find("\n\n", end, end + _CARE_WINDOW)
    first, last = blank + 2 if blank >= 0 else begin, stop if stop >= 0 else min(len(lowered), end + _CARE_WINDOW)
    return _CARE_SERVICE_PLACE.search(lowered, first, last) is not None



# ------------------------------------------------------------------ round 57: care's numbers in a log or a letter
# An ambulance called or a patient taken to hospital, then in the same clause the number the run or the
# stay was given under its key word: a first-aid post's or a medical tent's log, the crew's run or the
# hospital's episode for the patient ("RTW angefordert, Einsatz-Nr. 4471209", "Rettungswagen bestellt,
# Einsatznummer 2019-508178", "ambulance called, incident no. 4471209", "SAMU appelé, n° d'intervention
# 4471209", "traslado al hospital, episodio 2019-508178", "ambulance, ritnr 4471209", "naar het
# ziekenhuis, ritnummer ..."); the transport is care's, its number the patient's. A fire brigade's or a
# removal firm's job number names no ambulance and stays clean, and a bare number without its key word
# is not read.
_DISPATCH_NUMBER = gated(re.compile(
    r"(?<!\w)(?i:rtw|ktw|rettungswagen|krankenwagen|rettungsdienst|notarzt(?:wagen)?|"
    r"ambulances?|ambulancias?|samu|smur|ziekenwagen|ziekenauto|"
    r"traslad(?:o|ada|ado)[ ]al[ ]hospital|traslad(?:o|ada|ado)[ ]a[ ]urgencias|"
    r"(?:taken|transferred|conveyed)[ ]to[ ](?:the[ ])?hospital|ins[ ]krankenhaus|"
    r"transférée?[ ](?:à|vers)[ ]l['’]hôpital|naar[ ]het[ ]ziekenhuis)"
    r"(?P<gap>[^\n.;!?]{0,40}?)(?<![\w-])"
    r"(?i:einsatz(?:nummer|-?nr\.?|[ ]nr\.?)|rit(?:nummer|-?nr\.?|[ ]nr\.?)|run[ ](?:no\.?|number)|"
    r"incident[ ](?:no\.?|number)|job[ ](?:no\.?|number)|n[°º][ ]d['’]intervention|num[ée]ro[ ]d['’]intervention|"
    r"episodio|n[úu]mero[ ]de[ ](?:servicio|incidente|episodio)|episode(?:[ ](?:no\.?|number))?|épisode)"
    r"[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})(?![\w-]|[.,][0-9A-Za-z])"
))
# A care institution that gave the writer its own number for the patient, the number coded with a
# letter or a year so that it cannot be the institution's phone: "The hospital later gave us their
# number K8143626 for the form", "Das Krankenhaus gab uns seine Nummer PAT-4471209", "l'hôpital nous a
# donné son numéro K4471209", "el hospital nos dio su número 2019-508178", "het ziekenhuis gaf ons hun
# nummer K4471209"; a bare digit run there ("gave us their number 02079460000") is read as a phone is
_GIVEN_BY_INSTITUTION = gated(re.compile(
    r"(?<!\w)(?:(?i:hospital|clinic|klinik|klinikum|krankenhaus|spital|hôpital|clinique|clínica|ziekenhuis|kliniek)"
    r"(?:[ ][\w'’-]+){0,2}[ ]"
    r"(?i:(?:later[ ]|then[ ]|also[ ])?(?:gave|sent|issued)[ ](?:us|me|him|her|them)|"
    r"(?:gab|schickte|nannte)[ ](?:uns|mir|ihm|ihr)|nous[ ]a[ ](?:donné|communiqué)|m['’]a[ ](?:donné|communiqué)|"
    r"(?:nos|me)[ ](?:dio|dieron|facilitó)|gaf[ ](?:ons|mij|me)|heeft[ ](?:ons|mij)[ ])|"
    # German and Dutch put the verb before the institution after a fronted phrase: "Nach dem Sturz gab uns
    # das Krankenhaus seine Nummer ...", "Na de val gaf het ziekenhuis ons hun nummer ..."
    r"(?i:(?:gab|schickte|nannte)[ ](?:uns|mir)[ ](?:das|die|der)|gaf[ ]het)[ ](?:\w+[ ])?"
    r"(?i:klinik|klinikum|krankenhaus|spital|ziekenhuis|kliniek)(?:[ ](?:ons|mij))?)"
    r"(?:[ ](?:later|dann|ensuite|luego|later))?[ ]"
    r"(?i:their|its|a|seine|ihre|die|leur|son|un|su|un|hun|zijn|het|een)[ ]"
    r"(?i:number|reference|nummer|referenz|numéro|référence|número|referencia|kenmerk)[ ]?:?[ ]"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?[0-9]{5,10}|(?:19|20)[0-9]{2}-[0-9]{4,8}))(?![\w-]|[.,][0-9A-Za-z])"
))
# A care provider's own reference in brackets in its letter about a patient: "the report from your son's
# annual review (our ref A0697144)", "der Bericht zur Kontrolle (unser Zeichen 2019-508178)", "le compte
# rendu du bilan (notre réf. K4471209)", "el informe de la revisión (nuestra ref. 4471209)", "het verslag
# van de controle (ons kenmerk 4471209)"; in a text about care and with no bill's, order's or booking's
# word in its sentence (a clinic's invoice "(our ref ...)" is the invoice's)
_OUR_REFERENCE_BRACKET = re.compile(
    r"\((?i:our|unser(?:e|em)?|notre|nuestra|nuestro|ons|onze)[ ]"
    r"(?i:ref\.?|reference|referenz|zeichen|aktenzeichen|réf\.?|référence|referencia|kenmerk|referentie)"
    r"[ ]?(?i:no\.?|nr\.?|n[°º]\.?)?[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])(?:[A-Z]{1,4}-?)?[0-9]{3,10}(?:[ -][0-9]{3,7}){0,2})\)"
)


_LETTER_WINDOW = 600
"""How far a care letter's own reference may stand from care's word (its signature's, a short letter's length)."""


def _care_run_and_letter_numbers(text: str, lowered: str) -> Iterator[Span]:
    """An ambulance's run or a hospital's episode after the transport is named (_DISPATCH_NUMBER), a care
    institution's own number that it gave (_GIVEN_BY_INSTITUTION), and a care letter's own bracketed
    reference (_OUR_REFERENCE_BRACKET)."""
    for m in _DISPATCH_NUMBER.finditer(text):
        value = m.group("value")
        if sum(c.isdigit() for c in value) >= 5 and not DATE.fullmatch(value):
            yield (m.start("value"), m.end("value"), "medical_record_care")
    for m in _GIVEN_BY_INSTITUTION.finditer(text):
        yield (m.start("value"), m.end("value"), "medical_record_care")
    for m in _OUR_REFERENCE_BRACKET.finditer(text):
        value = m.group("value")
        # the letter as a whole says who writes: its signature names the provider ("Speech and Language
        # Therapist" under the paragraph), so care's word is looked for across the letter, not its paragraph
        if sum(c.isdigit() for c in value) < 5 or DATE.fullmatch(value) or _CARE_WORD.search(
                lowered, max(0, m.start() - _LETTER_WINDOW), m.end() + _LETTER_WINDOW) is None:
            continue
        first = max(0, m.start() - 150)
        first += sentence_start(lowered[first : m.start()])
        if _BILLING_WORD.search(lowered, first, m.start()) or _NOT_CARE_REFERENCE.search(lowered, first, m.start()):
            continue
        yield (m.start("value"), m.end("value"), "medical_record_care")

# ------------------------------------------------------------------ passports the context rule misses
# An airline's record (PNR, APIS, SSR DOCS), in its capitals: "PPT S72985443", "PSPT: 435758823",
# "SSR DOCS BA HK1/P/GBR/S72985443/GBR/12JUL76/M/..."
_AIRLINE_PASSPORT = re.compile(
    r"(?<![\w/])(?:(?:PPT|PSPT)[ ]*[:#]?[ ]*|S?S?R?[ ]?DOCS(?:[ ]+[A-Z0-9]{2}[ ]+HK1)?[ ]?[ /]P/(?:[A-Z]{3})?/)"
    r"(?P<value>[A-Z0-9]{6,10})(?![\w-])"
)
# A document's number in a passport's section: "Gegevens reiziger (zoals in paspoort)\n...
# Documentnummer: Q54185665", "Type: Passport\nDocument number: ..."
_DOCUMENT_NUMBER = re.compile(
    r"(?<!\w)(?:document (?:number|no\.?|nr\.?|#)|doc\.? no\.?|dokumentennummer|dokumentnummer|dokument-nr\.?|"
    r"numéro (?:de |du )?document|n[°º] (?:de |du )?document|número de documento|n\.?[°º]\.? de documento|"
    r"nº documento|documentnummer|documentnr\.?)[ \t]*[:#]?[ \t]*$"
)
_PASSPORT_WORD = gated(re.compile(r"(?<!\w)(?:passport|reisepass|pass(?=[ \t]*[:)\n])|passeport|pasaporte|paspoort)"))
_OTHER_DOCUMENT = re.compile(
    r"(?<!\w)(?:id card|identity card|driving licen[cs]e|driver'?s licen[cs]e|personalausweis|ausweis|führerschein|"
    r"carte d['’]identité|carte nationale|permis de conduire|titre de séjour|dni|nie|documento nacional|carnet|"
    r"identiteitskaart|id-kaart|rijbewijs|verblijfsvergunning|residence permit|aufenthaltstitel|"
    # Round 69: a benefit's, a club's or a library's card, its number the card's own ("BERECHTIGUNGSSCHEIN TAFEL\nNr.
    # 366437649 ... gültig bis", "Membership card no. 366437649, valid until", "Carte d'adhérent n° ...", "Tarjeta de
    # socio ...", "Ledenpas nr. ... geldig tot"): a validity date names no passport there
    r"berechtigungsschein\w*|mitgliedsausweis|tafelausweis|bibliotheksausweis|leserausweis|schülerausweis|"
    r"studierendenausweis|studentenausweis|membership card|member card|library card|food bank card|student card|"
    r"carte de membre|carte d['’]adhérent|carte de bibliothèque|carte d['’]étudiant|carte de lecteur|"
    r"tarjeta de socio|carné de socio|carnet de socio|tarjeta de biblioteca|carné de biblioteca|tarjeta de estudiante|"
    r"ledenpas|lidmaatschapskaart|bibliotheekpas|studentenkaart|voedselbankpas)(?!\w)"
)
_DOCUMENT_SECTION = 300
# The old and the new passport, named back: "I renewed my passport ... Old one was 584739140, new
# one is 322170988", "der alte war ..., der neue ist ...", "l'ancien était ..., le nouveau est ..."
_PASSPORT_BACK = re.compile(
    r"(?<!\w)(?:(?:the |my )?(?:old|new|previous|former|current|expired|first|second) one|"
    r"der alte|der neue|der bisherige|der abgelaufene|mein alter|mein neuer|"
    r"l['’]ancien|le nouveau|l['’]actuel|"
    r"el anterior|el antiguo|el nuevo|el viejo|el actual|"
    r"de oude|de nieuwe|het oude|het nieuwe|mijn oude|mijn nieuwe)"
    r"(?:[ ](?:was|is|era|es|était|est|war|ist|had|has|hat|tenía|tiene|avait|a))?(?:[ ](?:number|nummer|numéro|número))?[ ]?[:,]?[ ]*$"
)


# The passport named, then its number in brackets later in the same sentence, the bracket saying
# it is the number: "bring your passport to the check-in desk (the number on your booking is
# ...)", "Reisepass bitte mitbringen (Nummer laut Antrag: ...)", "votre passeport le jour J (numéro
# indiqué : ...)", "trae tu pasaporte (n.º ...)", "neem je paspoort mee (nummer op het formulier:
# ...)"; no other document, no "and" between them (the ticket's, the booking's number is theirs)
_NUMBER_IN_BRACKET = re.compile(
    r"\((?:(?:the|its|your|his|her|die|der|la|le|el|su|het|de|uw|je)[ ])?"
    r"(?:number|no\.?|nr\.?|nummer|numéro|número|n\.?[°º]\.?)(?:[ ][^()\n\d:]{1,40}?)?"
    r"(?:[ ](?:is|ist|est|es|lautet|luidt|was|war))?[ ]?:?[ ]*$"
)
_BRACKET_GAP = re.compile(r"[^()\n.!?;]{0,50}")
_OTHER_THING_BEFORE = re.compile(r"(?<!\w)(?:and|und|et|y|en|or|oder|ou|o|of|ticket|booking|order|reservation|invoice|"
                                 r"buchung|bestellung|rechnung|billet|réservation|commande|facture|billete|reserva|pedido|"
                                 r"factura|boeking|bestelling|reservering|factuur)(?!\w)")


def _passport_number_in_bracket(lowered: str, start: int) -> bool:
    bracket = _NUMBER_IN_BRACKET.search(lowered, max(0, start - 60), start)
    if bracket is None:
        return False
    for word in _PASSPORT_WORD.finditer(lowered, max(0, bracket.start() - 50), bracket.start()):
        gap = lowered[word.end() : bracket.start()]
        if _BRACKET_GAP.fullmatch(gap) and not _OTHER_DOCUMENT.search(gap) and not _OTHER_THING_BEFORE.search(gap):
            return True
    return False


# Round 82: the passport named, then a dash's aside saying the number is the value: "a copy of your passport - the
# number on your form is C03812042, please confirm", "Ihres Reisepasses – die Nummer im Antrag lautet C01X00T47",
# "votre passeport – le numéro indiqué est 18AB12345", "su pasaporte – el número del formulario es PAA123456", "uw
# paspoort nodig – het nummer op het formulier is NP1234567"; at most two words between the passport's word and the
# dash, no other thing nor "and" there or after it ("passport and ticket - the number is ..." names the ticket's)
_R82S_NUMBER_IN_DASH = re.compile(
    r"(?<!\w)(?:passports?|\w*reisepass\w*|passeports?|pasaportes?|paspoort\w*)(?P<gap>(?:[ ][^\W\d_]+){0,2})[ ]?[–—-][ ]"
    r"(?:(?:the|its|your|die|der|le|la|el|su|het|de|uw)[ ])?(?:number|nummer|numéro|número)(?:[ ][^()\n\d:.,;]{1,40}?)?"
    r"(?:[ ](?:is|ist|est|es|lautet|luidt))[ ]?:?[ ]*$")


def _r82s_number_in_dash(lowered: str, start: int) -> bool:
    """Round 82: the passport's dash aside right before the value (_R82S_NUMBER_IN_DASH), at most two words between
    the passport's word and the dash and none of them another thing or "and" (_OTHER_THING_BEFORE, _OTHER_NUMBERED_THING:
    "passport and ticket – the number is ...")."""
    m = _R82S_NUMBER_IN_DASH.search(lowered, max(0, start - 100), start)
    return m is not None and _OTHER_THING_BEFORE.search(m.group("gap")) is None and \
        _OTHER_NUMBERED_THING.search(m.group(0)) is None


# A list of passports under the line that asks for them or names them, one traveller a line: the
# line names the passports (or their numbers) and closes on its colon or full stop, then each line a
# name, its colon or dash and the number alone ("Passport numbers for the ferry booking:\nLena - X1234567",
# "Passnummern für die Anmeldung:\nJonas: C01X00T47", "merci de nous envoyer le numéro de passeport de
# chaque participant.\nInès : 18AB12345", "Pasaportes de los alumnos:\nNuria: PAA123456", "Paspoortnummers
# voor de camping:\nDaan: NP1234567"); the list ends at the first line of another shape. The passport's
# photo, cover, office or check names no number, another document's word in the line names that one.
_PASSPORT_LIST_HEAD = re.compile(
    r"^[^\n]*?(?<!\w)(?:passports?|passnummer\w*|reisepässe|reisepass\w*|passeports?|pasaportes?|paspoort\w*)"
    r"(?![ ](?:photos?|fotos?|covers?|holders?|office|control|check)\b)"
    r"[^\n]*?[:.][ \t]*\n", re.MULTILINE)
# A list's bullet: a hyphen, a dot, a star, or the middle dot, the small square and the white bullet that a phone's or
# a mail client's list puts there ("· Lena Wolf: C01X00T47", "▪ Inès Roy : 18AB12345", "◦ Daan Bos: NP1234567"), in
# every language alike
_LIST_BULLET = r"[-•*·▪◦‣]"
# Round 68: ... or the row's number as its bullet, and a remark in brackets after the passport's number
# ("1. Tom Hale - 512345678\n2. Amy Stone - X1234567 (expires in May!)", "1) Jonas Roth: C01X00T47 (abgelaufen)",
# "2. Inès Roy - 18AB12345 (expire bientôt)", "1. Nuria Gil - PAA123456 (caduca pronto)", "1. Daan Bos -
# NP1234567 (verlopen)")
_PASSPORT_LIST_ROW = re.compile(
    r"[ \t]*(?:" + _LIST_BULLET + r"[ \t]*|[0-9]{1,2}[.)][ \t]+)?"
    r"(?P<key>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3})[ \t]*(?::|[-–—])[ \t]*"
    r"(?P<value>[A-Z0-9]{6,10})[ \t]*(?:\([^\n()]{1,60}\)[ \t]*)?(?:\n|$)")
_PASSPORT_LIST_NOT = re.compile(
    r"(?<!\w)(?:photo|foto|cover|hülle|étui|funda|hoes|amt|bureau|oficina|kontrolle|contrôle)")


def passport_list_rows(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The rows of each list of passports (above): a row's "key" is the traveller's name, its "value" the number. The
    passport finder reads the values; the person detector reads the keys (doer_cues.keyed_passport_row)."""
    for head in _PASSPORT_LIST_HEAD.finditer(lowered):
        line = lowered[head.start() : head.end()]
        if _OTHER_DOCUMENT.search(line) or _PASSPORT_LIST_NOT.search(line):
            continue
        pos = head.end()
        while (row := _PASSPORT_LIST_ROW.match(text, pos)) is not None and _passport_like(row.group("value")):
            yield row
            pos = row.end()


# A roster of passports under a heading that names them (no colon needed: "Jeugdtoernooi O16 in Cardiff –
# paspoortlijst", "Torneo sub-16 en Toulouse – pasaportes", "U16 tour to Lyon - passport list", "Passliste
# Jugendfreizeit", "Liste des passeports – séjour à Gand"), one traveller a line in three columns, the same
# separator twice (a dash, a middle dot, a bar, a semicolon): the name, the passport's number and a date
# ("Ruth Mayer – C4X7K2L9M – 14.06.2011", "Tom Hale · 512345678 · 3 March 2010", "Inès Roy | 18AB12345 |
# 02/05/2012", "Nuria Gil · PAA123456 · 9 de mayo de 2010", "Daan Bos – NP1234567 – 7 mei 2012"). A carrier,
# a hotel or an organiser asks each traveller's name, passport number and date of birth together, the one
# date such a list gives without its label (an expiry date is named: "geldig tot", "valid until"), so the
# number is a passport's and the date its holder's birth date. Only the rows right under the heading count,
# each of the three columns in its shape (the number a passport's, the date a date); a team sheet's "Name –
# 12 – 03.05.2011" (a shirt number), a heading that names another document or the passports' photos, and a
# line in another shape (the leader's "Begeleider: Name, phone") end or skip the roster.
_PASSPORT_ROSTER_HEAD = re.compile(
    r"^[^\n]*?(?<!\w)(?:passports?|passliste\w*|reisepässe|reisepass\w*|passeports?|pasaportes?|paspoort\w*)(?!\w)"
    r"(?![ ](?:photos?|fotos?|covers?|holders?|office|control|check)\b)[^\n]*\n", re.MULTILINE)
# Round 70: ... and the traveller's part in the group between the name and the number, in brackets or as a column of
# its own, the date after its birth word ("Tom Hale (violin) - 512345678 - b. 3 March 2010", "Leon Bauer; Bratsche;
# C4J7K2L91; geb. 14.06.2011", "Marcel Caron (flûte) - J98624286 - née le 19.06.2010", "Ana Gil | violonchelo |
# X21864652 | nac. 12/06/2011", "Nora de Vos; hoorn; 751146267; geb. 28-02-2008"); a semicolon or a bar needs no
# space before it
_ROSTER_BIRTH_WORD = r"(?i:geb\.|geboren(?:[ ](?:am|op))?|n[ée]e?[ ]le|n[ée]e?|nac\.|nacid[oa][ ]el|b\.|born|dob:?)"
_PASSPORT_ROSTER_ROW = re.compile(
    r"[ \t]*(?:" + _LIST_BULLET + r"[ \t]*|[0-9]{1,2}[.)][ \t]+)?"
    r"(?P<key>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ ](?:(?:[a-z]{1,3}|'s)[ ]){0,2}[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,4})"
    r"(?:[ \t]+\([^\n()]{1,24}\))?"
    r"[ \t]*(?P<sep>[|;]|(?<=[ \t])[–—·-])[ \t]+"
    r"(?:[^\W\d_][^\W\d]*(?:[ ][^\W\d]+){0,2}[ \t]*(?P=sep)[ \t]+)?"
    r"(?P<value>[A-Z0-9]{6,10})[ \t]*(?P=sep)[ \t]+(?:" + _ROSTER_BIRTH_WORD + r"[ \t]*)?"
    r"(?P<date>[^\n]{6,30}?)[ \t]*(?:\n|$)")


def passport_roster_rows(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The rows of each roster of passports (above), right under its heading: "value" the passport's number,
    "date" its holder's birth date."""
    for head in _PASSPORT_ROSTER_HEAD.finditer(lowered):
        line = lowered[head.start() : head.end()]
        if _OTHER_DOCUMENT.search(line) or _PASSPORT_LIST_NOT.search(line):
            continue
        pos = head.end()
        while (row := _PASSPORT_ROSTER_ROW.match(text, pos)) is not None and _passport_like(
                row.group("value")) and DATE.fullmatch(row.group("date")) is not None:
            yield row
            pos = row.end()


def _passport_list(text: str, lowered: str) -> Iterator[Span]:
    for row in passport_list_rows(text, lowered):
        yield (row.start("value"), row.end("value"), "passport_list")
    for row in passport_roster_rows(text, lowered):
        yield (row.start("value"), row.end("value"), "passport_roster")


# Round 71: an identity document shown at a counter, then its number under a short label in the next words: the
# holder's document number ("ID shown, no. P0863739", "Ausweis vorgelegt. Nr. 407877080", "pièce d'identité
# présentée, n° 18AB12345", "DNI presentado, n.º X1234567", "legitimatie getoond, nr. NX1234567"); a document
# shown with no number ("Ausweis vorgelegt.") and a number under another word ("Ausweis vorgelegt. Paket-Nr.
# ...") stay clean
_SHOWN_DOCUMENT_NUMBER = re.compile(
    r"(?<!\w)(?i:(?:photo[ ])?id|identification|passport|id[ ]card|ausweis|personalausweis|reisepass|pass|"
    r"pi[èe]ce[ ]d['’]identit[ée]|passeport|carte[ ]d['’]identit[ée]|dni|pasaporte|documento[ ]de[ ]identidad|"
    r"legitimatie|paspoort|identiteitskaart|id-kaart|id-bewijs)[ ]"
    r"(?i:shown|presented|checked|seen|produced|vorgelegt|vorgezeigt|gezeigt|geprüft|kontrolliert|"
    r"pr[ée]sent[ée]e?|montr[ée]e?|v[ée]rifi[ée]e?|presentad[oa]|mostrad[oa]|verificad[oa]|comprobad[oa]|"
    r"getoond|gecontroleerd|ingezien|gezien)[.,;]?[ ](?i:no\.?|nr\.?|number|nummer|n[°º]\.?|num[ée]ro|"
    r"n\.?[°º]|núm\.?|número)[ ]?:?[ ]?"
    r"(?P<value>(?<![\w-])[A-Z0-9]{6,10})(?![\w-])")


# Round 73: the passport's number named, then a clause that says it was sent before, then the number
# again after a colon ("Reisepassnummer hatte ich schon geschickt, aber nochmal: Q40595063", "passport
# number I already sent you, but again: X1234567", "le numéro de passeport, je te l'ai déjà envoyé, mais
# encore une fois : 12AB34567", "el número de pasaporte ya te lo mandé, pero otra vez: PAA123456",
# "paspoortnummer had ik al gestuurd, maar nog een keer: NX12345P6"); the words of sending, then of doing
# it again, decide, so a passport photo shop's "order again: 44712093" and a passport's word with a later
# colon in another sentence stay clean
_PASSPORT_RESENT = gated(re.compile(
    r"(?<!\w)(?i:passport(?:[ ](?:number|no\.?|nr\.?|#))?|reisepass(?:-?nummer|-?nr\.?)?|pass(?:-?nummer|-?nr\.?)|"
    r"(?:num[ée]ro[ ]de[ ])?passeport|(?:n[úu]mero[ ]del?[ ])?pasaporte|paspoort(?:-?nummer|-?nr\.?)?)"
    r"[^\n\d:.!?]{0,40}?(?i:sent|send|gave|given|mailed|emailed|geschickt|gesendet|geschrieben|mitgeteilt|"
    r"envoy[ée]e?|donn[ée]e?|transmis|mand[ée]|enviad[oa]|dado|gestuurd|doorgegeven|gegeven|gemaild)"
    r"[^\n\d:.!?]{0,40}?(?i:again|once[ ]more|nochmal|noch[ ]einmal|nochmals|erneut|encore[ ]une[ ]fois|de[ ]nouveau|"
    r"à[ ]nouveau|otra[ ]vez|de[ ]nuevo|nogmaals|nog[ ]een[ ]keer|nog[ ]eens|opnieuw)[ \t]*:[ \t]*"
    r"(?P<value>[A-Z0-9]{6,10})(?![\w-])"))


def find_resent_passports(text: str, lowered: str) -> Iterator[Span]:
    if "pas" not in lowered:
        return
    for m in _PASSPORT_RESENT.finditer(text):
        if _passport_like(m.group("value")):
            yield (m.start("value"), m.end("value"), "passport_resent")


# Round 81: German's short "Pass" alone as the label, the number right after it, at a line's start (after a reply's
# quote mark), after a comma or a colon, or after a possessive ("> Pass 096632060, geb. 8. August 1956.", "Pass
# T18260059, geb. 12.02.1963", "Für das Visum: mein Pass C01X00T47", "Name: Jana Roth, Pass G8670296"): the
# passport's when a birth's word follows on its line or a passport's or a visa's word stands in the lines before
# (_R81S_PASS_TRAVEL_BEFORE: "bräuchten wir noch Passnummer + Geburtsdatum", "Visum"); a ski, a boarding or a
# mountain pass has its word before "Pass" ("Ski Pass 12345678", "Boarding Pass 123456789"), "Skipass" is one word,
# "pass 3 of 5" has no passport's shape, and "Passwort" is another word
_R81S_BARE_PASS = re.compile(r"(?<![\w-])(?i:pass)[ ]?[:#]?[ ]?(?P<value>(?<![\w-])[A-Z0-9]{6,10})(?![\w-])")
_R81S_PASS_OPENS = re.compile(
    r"(?:^|[:;,(]|(?<!\w)(?i:mein|meinen|dein|deinen|sein|seinen|ihr|ihren|unser|unseren|der|den|dem|vom)[ ])"
    r"[ \t]*(?:>[ \t]*)*$", re.M)
_R81S_PASS_BIRTH_AFTER = re.compile(
    r"[ ]?[,;/|][ ]?(?i:geb\.|geb[ ]|geboren|geburtsdatum|geb\.-?dat|\*|dob|d\.o\.b\.|born)")
_R81S_PASS_TRAVEL_BEFORE = re.compile(
    r"passnummer|pass-nr|passdaten|passkopie|reisepass|visum|einreise|einladungsschreiben|passport")
_R81S_PASS_CUES = ("pass",)
"""Round 81: the text must hold the short German word for _R81S_BARE_PASS."""


# Round 84: German's short "Pass" after a possessive, its number alone in brackets right after it ("bringen Sie Ihren
# Pass (R77862087) mit", "deinen Pass (C01X00T47) nicht vergessen", "sein gültiger Pass (274993309) lag vor", "mit
# Ihrem Pass (G8670296)"): the holder's passport; a ski or a boarding pass has its word before "Pass" or is one word
# ("Ihren Skipass (12345678)", "Ihr Boarding Pass (123456789)"), and a bracket holding words ("Ihren Pass (gültig bis
# 2030)") or no passport's shape stays clean
_R84S_POSSESSED_PASS_BRACKET = re.compile(
    r"(?<![\w-])(?i:mein|meinen|meinem|dein|deinen|deinem|sein|seinen|seinem|ihr|ihren|ihrem|unser|unseren|unserem)"
    r"(?:[ ](?i:gültige[nr]?|aktuelle[nr]?|neue[nr]?))?[ ](?i:pass)[ ]\((?i:nr\.[ ]?)?"
    r"(?P<value>(?<![\w-])[A-Z0-9]{6,10})\)")
_R84S_PASS_BRACKET_CUES = ("pass (",)
"""Round 84: the text must hold the word and its bracket for _R84S_POSSESSED_PASS_BRACKET."""


def _r84s_possessed_pass_brackets(text: str, lowered: str) -> Iterator[Span]:
    """Round 84: a passport's number alone in brackets after a possessive's "Pass" (_R84S_POSSESSED_PASS_BRACKET)."""
    if not any(c in lowered for c in _R84S_PASS_BRACKET_CUES):
        return
    for m in _R84S_POSSESSED_PASS_BRACKET.finditer(text):
        if _passport_like(m.group("value")):
            yield (m.start("value"), m.end("value"), "passport_number_in_bracket")


def _r81s_bare_passes(text: str, lowered: str) -> Iterator[Span]:
    """Round 81: a passport's number after German's bare "Pass" (_R81S_BARE_PASS), a birth's word after it on its line
    (_R81S_PASS_BIRTH_AFTER) or a passport's or a visa's word in the 300 characters before (_R81S_PASS_TRAVEL_BEFORE)."""
    if not any(c in lowered for c in _R81S_PASS_CUES):
        return
    at = lowered.find("pass")
    while at >= 0:
        m = _R81S_BARE_PASS.match(text, at)
        at = lowered.find("pass", at + 4)
        if m is None or _R81S_PASS_OPENS.search(text, max(0, m.start() - 12), m.start()) is None:
            continue
        if _passport_like(m.group("value")) and (
                _R81S_PASS_BIRTH_AFTER.match(text, m.end()) is not None
                or _R81S_PASS_TRAVEL_BEFORE.search(lowered, max(0, m.start() - 300), m.start()) is not None):
            yield (m.start("value"), m.end("value"), "passport_bare_pass")


def find_other_passports(text: str, lowered: str) -> Iterator[Span]:
    """Passport numbers whose name the context rule does not see before them: an airline's
    record, a document number in a passport's section, the old and the new one named back, a
    list of passports under the line that names them, a document's number shown at a counter."""
    for m in _SHOWN_DOCUMENT_NUMBER.finditer(text):
        if _passport_like(m.group("value")):
            yield (m.start("value"), m.end("value"), "passport_shown")
    yield from _r81s_bare_passes(text, lowered)  # round 81: "> Pass 096632060, geb. 8. August 1956."
    yield from _r84s_possessed_pass_brackets(text, lowered)  # round 84: "bringen Sie Ihren Pass (R77862087) mit"
    if "PPT" in text or "PSPT" in text or "DOCS" in text:
        for m in _AIRLINE_PASSPORT.finditer(text):
            if _passport_like(m.group("value")):
                yield (m.start("value"), m.end("value"), "passport_airline")
    if not _PASSPORT_WORD.search(lowered) and "pass" not in lowered:
        return
    yield from _passport_list(text, lowered)
    if not _PASSPORT_WORD.search(lowered):
        return
    for m in _PASSPORT_SHAPE.finditer(text):
        if not _passport_like(m.group(0)):
            continue
        if _DOCUMENT_NUMBER.search(lowered, max(0, m.start() - 30), m.start()):
            # the section: back to a blank line, at most a few lines; a passport's word in it and
            # no other document's word after that
            begin = max(0, m.start() - _DOCUMENT_SECTION)
            blank = lowered.rfind("\n\n", begin, m.start())
            section = lowered[blank + 2 if blank >= 0 else begin : m.start()]
            words = list(_PASSPORT_WORD.finditer(section))
            if words and not _OTHER_DOCUMENT.search(section, words[-1].end()):
                yield (m.start(), m.end(), "passport_document")
            continue
        if _passport_number_in_bracket(lowered, m.start()):
            yield (m.start(), m.end(), "passport_number_in_bracket")
            continue
        if _r82s_number_in_dash(lowered, m.start()):
            yield (m.start(), m.end(), "passport_number_in_dash")  # round 82: "passport - the number ... is C03812042"
            continue
        back = _PASSPORT_BACK.search(lowered, max(0, m.start() - 40), m.start())
        if back is not None:
            # the passport named in the same sentence or the one before it
            before = lowered[max(0, back.start() - 200) : back.start()]
            first = sentence_start(before[: sentence_start(before)].rstrip())
            if _PASSPORT_WORD.search(before, first):
                yield (m.start(), m.end(), "passport_named_back")


# Austria's social-security number under its forms' short label, "Vers.-Nr." (Versicherungsnummer):
# the same short label names a German health insurer's or any insurer's policy, so the form must say
# it is Austrian ("Steuerberatung (AT)", "Österreich", the e-card, the ÖGK, but not "Gesundheitskasse",
# which the AOK says too; a "Dienstgeber" or an "Arbeitnehmerveranlagung", Austria's words for an
# employer and a tax return; a "Pensionsantrag", Austria's pension application), and the check digit decides; the ten digits maybe split after the
# serial and check digit ("6662 270170")
_AT_SHORT_LABEL = re.compile(
    r"(?<![\w-])(?:vers\.[ ]?-?[ ]?nr\.?|versicherungs-?nr\.?|vers\.[ ]?nummer)[ \t]*:?[ \t]*"
    r"(?P<value>[0-9]{4}[ ]?[0-9]{6})(?![\w-]|[.,/][0-9])")
_AUSTRIAN = gated(re.compile(
    r"\(at\)|österreich\w*|oesterreich\w*|austria\w*|e-card|(?<!\w)ögk(?!\w)|"
    r"(?<!\w)bvaeb(?!\w)|dienstgeber\w*|arbeitnehmerveranlagung|"
    # Austria's pension insurance and its application ("Pensionsantrag", "Pensionsversicherungsanstalt");
    # Germany says "Rente", and a "Pensionskasse" is any country's pension fund
    r"pensionsantrag\w*|pensionsversicherung\w*|(?<!\w)pva(?!\w)"))
_AT_VNR_VALID = _stdnum("at.vnr")


def find_austrian_insurance_numbers(text: str, lowered: str) -> Iterator[Span]:
    """An Austrian social-security number after "Vers.-Nr." in a form that says it is Austrian,
    its check digit valid (the long labels are the at_vnr context rule's)."""
    if "vers" not in lowered or not _AUSTRIAN.search(lowered):
        return
    for m in _AT_SHORT_LABEL.finditer(lowered):
        if _AT_VNR_VALID(m.group("value").replace(" ", "")):
            yield (m.start("value"), m.end("value"), "at_vnr_short_label")


# ------------------------------------------------------------------ strong national identifiers
# Shapes distinctive enough (with their check) to report without context words.
AHV_DOTTED = re.compile(r"7(?<![\w.]7)56\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}(?![\w]|\.[0-9])")
BE_NN_FORMATTED = re.compile(r"[0-9](?<![\w.-][0-9])[0-9]\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}(?![\w]|[.-][0-9])")
FR_NIR = re.compile(r"[12](?<![\w-][12])[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?(?:[0-9]{2}|2A|2B)[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{2}(?![\w-])")


def find_strong_ids(text: str) -> Iterator[Span]:
    from stdnum.be import nn
    from stdnum.ch import ssn
    from stdnum.fr import nir

    for m in AHV_DOTTED.finditer(text):
        if ssn.is_valid(m.group(0)):
            yield (m.start(), m.end(), "ch_ahv")
    for m in BE_NN_FORMATTED.finditer(text):
        if nn.is_valid(m.group(0)):
            yield (m.start(), m.end(), "be_nn")
    for m in FR_NIR.finditer(text):
        if nir.is_valid(m.group(0).replace(" ", "")):
            yield (m.start(), m.end(), "fr_nir")


# ------------------------------------------------------------------ identifiers that name their type
# A health record's identifier with its type beside the value, in HL7's two formats: FHIR
# (JSON and XML: `"identifier": [{"type": {"text": "MR"}, "value": "2024-096214"}]`, `<type><coding>
# <code value="MR"/></coding></type><value value="..."/>`) and v2's CX field (`PID|1||2024-096214^^^
# HOSP^MR`). The type is HL7's code (table 0203: MR medical record number, PI and PT the patient's
# internal and external identifier, PPN passport) or its name in words in the five languages
# ("Medical record number", "Patientennummer", "numéro de dossier", "Passport").
_TYPE_CODES = {"MR": "medical_record", "MRN": "medical_record", "PI": "medical_record", "PT": "medical_record",
               "PPN": "passport"}
_FHIR_JSON_ID = re.compile(
    r'"type"[ \t]*:[ \t]*\{(?P<type>(?:[^{}\[\]]|\[(?:[^\[\]{}]|\{[^{}]{0,300}\}){0,600}\]){0,600})\}'
    r'(?:[ \t\n]*,[ \t\n]*"[A-Za-z]+"[ \t]*:[ \t]*(?:"[^"\n]{0,200}"|\{[^{}]{0,300}\}))*'
    r'[ \t\n]*,[ \t\n]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{3,40})"'
)
_FHIR_XML_ID = re.compile(
    r"<type>(?P<type>(?:(?!</?type>)[\s\S]){0,600})</type>[ \t\r\n]*"
    r"(?:<(?:system|use)[ \t][^<>]{0,200}/>[ \t\r\n]*)*"
    r'<value[ \t]+value="(?P<value>[^"\n]{3,40})"[ \t]*/>'
)
_TYPE_STRING = re.compile(r'"(?:code|text|display)"[ \t]*:[ \t]*"([^"\n]{1,60})"|<(?:code|text|display)[ \t]+value="([^"\n]{1,60})"')
_HL7_CX = re.compile(
    r"(?<=[|~])(?P<value>[A-Za-z0-9][A-Za-z0-9-]{2,19})(?:\^[^|^~\r\n]*){3}\^(?P<code>MRN?|PI|PT|PPN)(?=[|^~&\r\n]|$)"
)
@lru_cache(maxsize=1)
def _type_words() -> dict[str, re.Pattern[str]]:
    """The context rules' words for a record and a passport, which also name an identifier's type."""
    return {r.name: r.context for r in context_rules() if r.name in ("medical_record", "passport")}


def _type_kind(type_body: str) -> str | None:
    for m in _TYPE_STRING.finditer(type_body):
        name = (m.group(1) or m.group(2)).strip()
        if name.upper() in _TYPE_CODES:
            return _TYPE_CODES[name.upper()]
        for kind, words in _type_words().items():
            if words.search(name.lower()):
                return kind
    return None


# An identifier whose namespace names its type: FHIR's "system" URI ("urn:example:mrn",
# "https://hospital.example.org/ids/patient-number", "http://hl7.org/fhir/sid/passport-GBR") beside
# its "value", in JSON (either order, in one object) or XML (<system value="..."/><value value="..."/>)
_FHIR_JSON_OBJECT = re.compile(r'\{(?P<body>[^{}\[\]]{0,400}"system"[^{}\[\]]{0,400})\}')
_JSON_SYSTEM = re.compile(r'"system"[ \t]*:[ \t]*"(?P<uri>[^"\n]{1,200})"')
_JSON_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{3,40})"')
_FHIR_XML_SYSTEM = re.compile(
    r'<system[ \t]+value="(?P<uri>[^"\n]{1,200})"[ \t]*/>[ \t\r\n]*(?:<use[ \t][^<>]{0,200}/>[ \t\r\n]*)?'
    r'<value[ \t]+value="(?P<value>[^"\n]{3,40})"[ \t]*/>'
)
_URI_PART = re.compile(r"[^:/#?=&.]+")


def _system_kind(uri: str) -> str | None:
    """The kind an identifier's namespace names in its last part: "mrn", "patient-id",
    "medical_record_number", "passport-GBR"; an OID's digits name nothing."""
    parts = _URI_PART.findall(uri.lower())
    if not parts:
        return None
    name = parts[-1].replace("-", " ").replace("_", " ").strip()
    if name.upper() in _TYPE_CODES:
        return _TYPE_CODES[name.upper()]
    if name.startswith("nhs number"):
        return "medical_record"  # "https://fhir.nhs.uk/Id/nhs-number"
    # the type's words at the start of the part, up to a word's end: "passport gbr", "mrn system"
    for w in _WORD_ENDS.finditer(name):
        for kind, words in _type_words().items():
            if words.match(name, 0, w.end()):
                return kind
    return None


def _system_identifiers(kind: str, text: str) -> Iterator[tuple[int, int]]:
    if '"system"' in text:
        for m in _FHIR_JSON_OBJECT.finditer(text):
            system = _JSON_SYSTEM.search(m.group("body"))
            value = _JSON_VALUE.search(m.group("body"))
            if system is not None and value is not None and _system_kind(system.group("uri")) == kind:
                at = m.start("body")
                yield (at + value.start("value"), at + value.end("value"))
    if "<system" in text:
        for m in _FHIR_XML_SYSTEM.finditer(text):
            if _system_kind(m.group("uri")) == kind:
                yield (m.start("value"), m.end("value"))


def _typed_value_ok(kind: str, value: str) -> bool:
    compact = _compact(value)
    if kind == "passport":
        return _passport_like(compact)
    return sum(c.isdigit() for c in compact) >= 5


def find_typed_identifiers(kind: str, text: str, lowered: str) -> Iterator[Span]:
    """An identifier whose record names its type: FHIR's identifier (JSON, XML), HL7 v2's CX."""
    if '"type"' in text:
        for m in _FHIR_JSON_ID.finditer(text):
            if _type_kind(m.group("type")) == kind and _typed_value_ok(kind, m.group("value")):
                yield (m.start("value"), m.end("value"), f"{kind}_typed")
    if "<type>" in text:
        for m in _FHIR_XML_ID.finditer(text):
            if _type_kind(m.group("type")) == kind and _typed_value_ok(kind, m.group("value")):
                yield (m.start("value"), m.end("value"), f"{kind}_typed")
    if "^" in text:
        for m in _HL7_CX.finditer(text):
            if _TYPE_CODES[m.group("code")] == kind and _typed_value_ok(kind, m.group("value")):
                yield (m.start("value"), m.end("value"), f"{kind}_typed")
    for start, end in _system_identifiers(kind, text):
        if _typed_value_ok(kind, text[start:end]):
            yield (start, end, f"{kind}_typed")
    if kind == "medical_record" and "PID|" in text:
        yield from _hl7_untyped_patient_ids(text)
    if kind == "medical_record" and '"identifier"' in text and _FHIR_PATIENT.search(text):
        for m in _FHIR_UNTYPED_ID.finditer(text):
            if _typed_value_ok(kind, m.group("value")):
                yield (m.start("value"), m.end("value"), "medical_record_typed")


# HL7 v2's patient segment names its identifier fields' owner: PID-2 (the external ID), PID-3 (the
# identifier list) and PID-4 (the alternate ID) are the patient's; a CX there with no type code
# ("PID|1||2020-534373^^^GENHOSP||Roth^Anna", "PID|||4471209||") is the patient's own identifier, as
# the Patient resource's untyped identifier below; a typed one keeps its type ("^DL" a licence)
_HL7_PID_ID_FIELDS = (2, 3, 4)
_HL7_ID_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{2,19}")


def _hl7_untyped_patient_ids(text: str) -> Iterator[Span]:
    for index, at, field in _hl7_pid_fields(text, max(_HL7_PID_ID_FIELDS)):
        if index in _HL7_PID_ID_FIELDS:
            for rep in field.split("~"):
                parts = rep.split("^")
                code = parts[4] if len(parts) > 4 else ""
                if not code and _HL7_ID_VALUE.fullmatch(parts[0]) and _typed_value_ok("medical_record", parts[0]):
                    yield (at, at + len(parts[0]), "medical_record_typed")
                at += len(rep) + 1


# A Patient resource's identifier with neither type nor namespace: the patient's own identifier,
# the record's number ('"resourceType": "Patient", ..., "identifier": [{"value": "B1502908"}]', also
# with its "use"); a Practitioner's, an Organization's or a Device's identifier stays theirs
_FHIR_PATIENT = re.compile(r'"resourceType"[ \t]*:[ \t]*"Patient"')
_FHIR_UNTYPED_ID = re.compile(
    r'"identifier"[ \t]*:[ \t\n]*\[[ \t\n]*\{[ \t\n]*(?:"use"[ \t]*:[ \t]*"[a-z]{1,12}"[ \t\n]*,[ \t\n]*)?'
    r'"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{3,40})"[ \t\n]*(?:,[ \t\n]*"use"[ \t]*:[ \t]*"[a-z]{1,12}"[ \t\n]*)?\}')


# ------------------------------------------------------------------ a field read from its label's words
# A form's field is a label, a separator and a value: "Date of birth ........ 27 July 2001",
# "Fecha de nac.: 21-07-1987", "Hospital no. .... 265 153 5184", "N° de passeport  B23471968",
# "patiëntnr. 727418", "Geb.-Dat.: 1981-05-22". Writers name a field in endless ways, so the label
# is not looked up whole: it is cut into its words (compounds split before their number word:
# "patiëntnr" is "patiënt" + "nr", "Versichertennummer" "versicherten" + "nummer") and read by
# what those words mean: a birth's word (born, birth, geboren, naissance, nacimiento, geboorte and
# their short forms: DOB, geb., nac., naiss., DDN); a passport's; a record's, a file's, a case's or
# a patient's word with a number's word (no., nr., n°, #, ID, Nummer, numéro, número); an insured
# member's number (member ID, n° d'adhérent, Versichertennummer, aansluitingsnummer, n.º de
# afiliado); an identity or travel document's number. A word that names another thing's number
# (an order, an invoice, a ticket, a room, a phone, a booking) makes the label no record's.
_LABEL_TOKEN = re.compile(r"[^\W\d_]+|[#°º]")
_NUMBER_WORDS = frozenset("number no nr nro nº n° num núm numero número numéro nummer id # ° º".split())
_NUMBER_SUFFIX = re.compile(r"(?<=[^\W\d_]{3})(nummer|nr|number|id|no)$")
_STOP_WORDS = frozenset("de d l la le du des del of the van het der den y e et and und en".split())
_BIRTH_STEMS = ("birth", "born", "geburt", "geboren", "naissance", "nacimiento", "nacid", "geboorte")
_BIRTH_WORDS = frozenset("dob nac nacim naiss geb gebdat gebdatum ddn fnac né née".split())
_PASSPORT_STEMS = ("passport", "reisepass", "passeport", "pasaporte", "paspoort")
_DOCUMENT_STEMS = ("document", "dokument", "ausweis", "identit", "identiteit", "reisedokument", "titre", "pièce", "piece",
                   # Dutch's proof of identity: "Legitimatie:", "legitimatiebewijs"
                   "legitimatie")
# a patient's or a hospital's word names the care record by itself; a file's, a case's or a
# chart's word only in a text about care; a member's only in a text about health insurance or care
_STRONG_RECORD_STEMS = ("patient", "patiënt", "pacient", "hospital", "ziekenhuis", "krankenhaus", "hôpital", "klinik",
                        "clinic", "medical", "médical", "historia", "krankenakte", "patientenakte")
_STRONG_RECORD_WORDS = frozenset("mrn nhc ipp kvnr".split())
# a patient's and a hospital's short forms, with a number's word: "Pt. ID", "Pat.-Nr.", "Hosp. No."
_SHORT_RECORD_WORDS = frozenset("pt pat hosp".split())
# a care record named by its noun and whose it is, without a number's word: "Hospital record",
# "medical file", "dossier médical", "historia clínica", "medisch dossier", "Patientenakte" is a compound
_CARE_RECORD_NOUNS = frozenset("record records file chart dossier historia expediente akte kartei".split())
_CARE_RECORD_ADJECTIVES = frozenset("""medical hospital patient clinical health médical médicale hospitalier patient
clínica clínico médica médico hospitalaria medisch medische ziekenhuis patiënt klinische""".split())
# "Fall-Nr.", not "Fallback"; an admission's short word ("Aufn.-Nr.", "Adm. no.", "opn.nr."), whole
_WEAK_RECORD_WORDS = frozenset(("fall", "aufn", "adm", "opn"))
# a care record named by the clinical system that keeps it, with a number's word: an electronic
# health or patient record (EHR, EMR, EPR, PMR: a pharmacy's patient medication record), the Dutch
# "EPD" and a GP's "HIS" (huisartsinformatiesysteem), the German "KIS" and "PVS", the French "DPI"
# (dossier patient informatisé), the Spanish "HCE" (historia clínica electrónica): a record's in a
# text about care ("HIS-nr.: 7274181", "EPD-nummer", "pmr_id"), the system's name and the number's
# word and nothing else; "HIS" in capitals only, as "his no." is a man's number
_SYSTEM_RECORD_WORDS = frozenset("ehr emr epr pmr epd his kis pvs dpi hce".split())
# Spain's health card codes, the patient's number in the regional health services (CIP, CIP-SNS,
# CIPA, TIS, TSI, SIP): a record's in a text about care, since "CIP" is also a medicine's code
_HEALTH_CARD_CODES = frozenset("cip cipa tis tsi sip".split())
# the health card's own words beside its code ("CIP / tarjeta sanitaria", "n° TIS"); any other word
# makes the code another thing's: "Code CIP" is a medicine's, "sip_gateway" a telephone's (SIP)
_HEALTH_CARD_WORDS = frozenset("n tarjeta sanitaria individual card carte health salud paciente patient".split())
_WEAK_RECORD_STEMS = ("dossier", "file", "record", "case", "chart", "akte", "expediente", "episod", "kartei",
                      "séjour", "sejour", "opname", "aufnahme", "ingreso", "admission")
# a care service's client, as _CARE_KEY reads it in a sentence: a table's column only ("client_no",
# "Klienten-Nr.", "n° d'usager", "usuario nº", "cliëntnr"), in a table about care (tables.py)
CLIENT_STEMS = ("client", "cliënt", "klient", "usager", "usuario")


def client_column(label: str) -> bool:
    """Whether a table's column names a client's number: a client's word and a number's word."""
    words = _label_words(label)
    return 0 < len(words) <= 4 and any(w.startswith(CLIENT_STEMS) for w in words) and any(
        w in _NUMBER_WORDS for w in words) and not any(_OTHER_THING.match(w) for w in words)
# an insured member's number written short in German: "Vers.-Nr." (Versichertennummer), as a
# form writes it after the health insurer's name; a member's only near health insurance or care
# and German's "KV-Nr." (Krankenversichertennummer, "KV" the Krankenversicherung), a letter's subject line
# giving the patient's: the insured's number, a member's only near health insurance or care as the others
_MEMBER_WORDS = frozenset(("vers", "versich", "kv"))
# an insured member's affiliation by its noun too, as a French form words it ("Mutuelle, n° d'affiliation",
# English's "affiliation no." of a health fund): numbered, and only near health insurance or care (an academic
# "Affiliation:" names no number; Spain's "n.º de afiliación" is the social security's, no insurer's member's)
_MEMBER_STEMS = ("member", "adhérent", "adherent", "affilié", "affilie", "affiliation", "afiliad", "versicherte", "aansluiting",
                 "mitglied", "assuré", "assure", "asegurad", "verzekerde", "lidnummer", "lid")
_OTHER_THING = re.compile(
    r"^(?:order|invoice|ticket|room|phone|tel|telephone|fax|mobile|booking|reference|ref|tracking|account|contract|"
    # French's reference with its accent ("et de la référence 223062643", "réf."); "ref" above reads
    # the others' ("referencia", "Referenz", "referentie")
    r"réf(?:érence)?s?(?!\w)|"
    r"policy|transaction|receipt|bestell|auftrag|rechnung|zimmer|telefon|buchung|vertrag|konto|kunden|"
    # a reservation's number by its short column name ("resnr;aankomst;nachten;...", "res_no", "resid")
    r"res(?:nr|no|id|num|ref)?(?!\w)|"
    r"commande|facture|chambre|téléphone|réservation|contrat|compte|pedido|factura|habitación|teléfono|reserva|"
    r"contrato|cuenta|bestelling|factuur|kamer|telefoon|boeking|rekening|klant|bed|bett|lit|cama|sample|probe|"
    r"échantillon|muestra|monster|lot|batch|serial|seriennummer|série|serie|iban|card|karte|carte|tarjeta|kaart|"
    r"versicherungsschein|police|póliza|polis|claim|schaden|sinistre|siniestro|schade|"
    # a study's or a trial's number ("Clinical trial no.", "Studiennummer") names no patient
    r"trial|study|studie|étude|estudio|ensayo|onderzoek|"
    # a quote's, an offer's or a voucher's number ("Offerte RE6818386 ..., geldig tot ...", "Angebot
    # Nr.", "devis n°", "presupuesto", "Quote ref.", "Gutschein"): valid until a date, and no passport
    r"quot(?:e|ation)|offer|estimate|angebot|kostenvoranschlag|devis|presupuesto|cotizaci|offerte|"
    r"voucher|gutschein|coupon|cupón|cupon|waardebon|cadeaubon|bon[ ]?de[ ]?réduction)")
_CARE_OR_INSURANCE = re.compile(
    r"(?<!\w)(?:insur\w*|policyholder|insured|claim form|health plan|health fund|dental|"
    r"krankenkasse|krankenversicherung|\w*versicherte\w*|erstattung|"
    r"mutuelle|mutualité|assuré\w*|assurance maladie|remboursement|"
    r"asegurad\w*|mutua\w*|reembolso|seguro médico|"
    r"ziekenfonds|zorgverzeker\w*|zorgpolis\w*|verzekerde\w*|terugbetaling|mutualiteit)(?!\w)"
)
_TRAVEL_WORD = re.compile(
    r"(?<!\w)(?:flight|flights|flug|flüge|vol|vols|vuelo|vuelos|vlucht|booking|buchung\w*|réservation|reserva|boeking\w*|"
    r"passenger|traveller|traveler|reisende\w*|voyageur\w*|pasajer[oa]s?|reiziger\w*|hotel|check-in|boarding|embarque|"
    r"border|grenze|frontière|frontera|grens|visa|visum|airline|departure|abflug|vertrek|salida|départ|itinerary|"
    r"travel|reise|voyage|viaje|reis|airport|flughafen|aéroport|aeropuerto|luchthaven|schiphol|"
    # a stay's registration: a hotel's guest, arrival and departure ("Meldeschein", "fiche de police")
    r"guest|guests|arrival|accommodation|anreise|abreise|übernachtung\w*|meldeschein|unterkunft|"
    r"arrivée|hébergement|fiche de police|huésped\w*|llegada|alojamiento|hospedaje|registro de viajeros|"
    r"aankomst|overnachting\w*|accommodatie|gastenregist\w*)(?!\w)"
)


# a bill's document: its number is the invoice's, whatever travel it bills ("Rechnung ...
# Dokumentnummer RE2024001 ... Anreise")
_BILLING_WORD = re.compile(r"(?<!\w)(?:invoice|receipt|bill|rechnung|quittung|beleg|facture|reçu|factura|recibo|"
                           r"factuur|kwitantie)(?!\w)")


_PASSPORT_OTHER_FIELDS = ("expir", "valid", "gültig", "ablauf", "issu", "ausgestellt", "ausstell", "délivr", "caduc",
                          "vencim", "emisi", "expedic", "geldig", "afgifte", "verval", "country", "land", "pays", "país",
                          "nationalit", "staatsangeh", "photo", "foto", "copy", "kopie", "copie", "copia", "date", "datum",
                          "fecha")


_REFERENCE_WORDS = ("ref", "reference", "référence", "referencia", "referenz", "referentie", "réf")
_REFERENCE_SUFFIX = re.compile(r"(?<=[^\W\d_]{3})(referenz|referentie|reference|referencia)$")


def _label_words(label: str) -> list[str]:
    words: list[str] = []
    for w in _LABEL_TOKEN.findall(re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z])", " ", label).lower()):
        split = _NUMBER_SUFFIX.search(w) if w not in _NUMBER_WORDS else None
        if split is None and w.startswith(_STRONG_RECORD_STEMS):
            split = _REFERENCE_SUFFIX.search(w)  # "Patientenreferenz", "patiëntreferentie"
        if split and not w.startswith(_PASSPORT_STEMS + _BIRTH_STEMS):
            stem = w[: split.start()].rstrip("s") if w.endswith("nummer") and w[: split.start()].endswith("gs") else w[: split.start()]
            words.extend((stem, split.group(1)))
        else:
            words.append(w)
    return [w for w in words if w not in _STOP_WORDS]


# A pregnancy's record (the midwife's file, the mother's booklet) and a care file named by its
# compound's head: "Zwangerschapsdossier", "Mutterpass", "dossier de grossesse", "historia de
# embarazo", "pregnancy record", "zorgdossier", "verpleegdossier", "cliëntdossier"
_PREGNANCY_STEMS = ("zwangerschap", "schwangerschaft", "mutterpass", "grossesse", "embarazo", "pregnan",
                    "antenatal", "prenatal", "prénatal", "verloskund", "geburtshilf")
_FILE_HEADS = ("dossier", "file", "record", "records", "notes", "akte", "pass", "carnet", "historia", "expediente", "kaart")
_CARE_FILE_PREFIXES = ("zorg", "cliënt", "cliënten", "verpleeg", "behandel", "revalidatie", "pflege")


def _pregnancy_or_care_file(words: list[str]) -> bool:
    """A label that names a pregnancy's file or a care file by its compound (see _PREGNANCY_STEMS):
    the file of a care, whose number is a medical record's (why: the head "dossier" alone is anyone's)."""
    if any(w.startswith(_PREGNANCY_STEMS) for w in words) and (
            "mutterpass" in words or any(w.endswith(_FILE_HEADS) for w in words)):
        return True
    return any(w.endswith("dossier") and w[: -len("dossier")].rstrip("s") in _CARE_FILE_PREFIXES for w in words)


# A health insurer's policy, named with the insurer in the label: "Polisnummer zorgverzekeraar",
# "zorgpolisnummer", "health insurance policy no.", "Krankenversicherung Police-Nr.", "n° de police
# mutuelle", "póliza seguro médico"
_HEALTH_INSURER = re.compile(r"zorgverzeker|zorgpolis|ziektekosten|ziekenfonds|krankenkasse|krankenversicher|mutuelle|"
                             r"mutualit|mutua|assurance maladie|health (?:insur|plan|fund)|seguro (?:médico|de salud)")
_POLICY_WORDS = ("polis", "policy", "police", "póliza", "poliza", "zorgpolis")


def _health_policy(words: list[str]) -> bool:
    """A health insurer's policy number: a policy's word and the health insurer's in one label (why:
    a health insurer numbers its insured by their policy, the member's number by another name; a
    car's or a home's policy names no health insurer)."""
    return any(w.startswith(_POLICY_WORDS) for w in words) and _HEALTH_INSURER.search(" ".join(words)) is not None


# Round 81: a birth still expected, its label the planned date's ("Geburtstermin: 23. Oktober 2021" on a breastfeeding
# course's sign-up, "errechneter Geburtstermin", "Expected date of birth", "Date de naissance prévue", "Fecha prevista de
# nacimiento", "Verwachte geboortedatum"): a due date, no one's birth date yet; "Geboortedatum baby" stays a birth's
_R81S_EXPECTED_BIRTH_WORDS = frozenset("""
expected estimated anticipated projected due edd geburtstermin entbindungstermin errechnet errechnete errechneter
errechneten voraussichtlich voraussichtliche voraussichtlicher voraussichtlichen erwartet erwartete erwarteter
erwarteten geplant geplante geplanter prévue prévu présumée présumé probable prevista previsto estimada esperada
verwachte uitgerekende vermoedelijke
""".split())

_R81S_LABEL_WORD = re.compile(r"[^\W\d_]+")
_R81S_LABEL_BREAK = re.compile(r"[\n,.;:!?()]")


def _r81s_expected_birth(lowered: str, start: int, end: int) -> bool:
    """Round 81: whether the birth's keyword at start:end is a due date's (_R81S_EXPECTED_BIRTH_WORDS): among the three
    words before it in its label (no punctuation between) or the one word right after it ("date de naissance prévue")."""
    lo = max(0, start - 30)
    cut = max((m.end() for m in _R81S_LABEL_BREAK.finditer(lowered, lo, start)), default=lo)
    before = _R81S_LABEL_WORD.findall(lowered, cut, start)[-3:]
    after = _R81S_LABEL_WORD.match(lowered, end + 1) if lowered[end : end + 1] == " " else None
    return any(w in _R81S_EXPECTED_BIRTH_WORDS for w in before) or (
        after is not None and after.group(0) in _R81S_EXPECTED_BIRTH_WORDS)


@lru_cache(maxsize=1024)
def label_kind(label: str) -> str | None:
    """What a field's label names, from its words: "date_of_birth", "passport", "medical_record";
    "record" (a file's or a case's number: care must be near), "member" (an insured member's:
    health insurance or care must be near), "document" (an identity or travel document's: travel
    must be near); None for anything else."""
    words = _label_words(label)
    if not words or len(words) > 5:
        return None
    if any(w.startswith(_BIRTH_STEMS) or w in _BIRTH_WORDS for w in words):
        # "place of birth", "Geburtsort", "lieu de naissance": a place, no date
        if any(w in ("place", "ort", "geburtsort", "lieu", "lugar", "plaats", "geboorteplaats", "land", "country", "pays",
                     "país", "weight", "gewicht", "poids", "peso", "name", "certificate", "urkunde", "acte", "akte", "acta")
               for w in words):
            return None
        if any(w in _R81S_EXPECTED_BIRTH_WORDS for w in words):
            return None  # round 81: "Geburtstermin", "Expected date of birth": a due date
        return "date_of_birth"
    # a patient's reference is the patient's number: "Pharmacy patient ref", "Référence patient",
    # "Ref. paciente", "Patientenreferenz", "patiëntreferentie"; an order's reference stays an order's
    patient_reference = any(w.startswith(_STRONG_RECORD_STEMS) or w in _SHORT_RECORD_WORDS for w in words) and any(
        w.startswith(_REFERENCE_WORDS) for w in words)
    if _health_policy(words):
        return "member"  # "Polisnummer zorgverzekeraar", "health insurance policy no.": the insured's own number
    if any(_OTHER_THING.match(w) and not (patient_reference and w.startswith(_REFERENCE_WORDS)) for w in words):
        return None
    numbered = any(w in _NUMBER_WORDS for w in words) or patient_reference
    # German's short "Pass-Nr." is the passport's; a pass's id ("pass_id", "Pass ID") is a season,
    # family or museum pass's, a ticket's
    pass_numbered = words[0] == "pass" and any(w in _NUMBER_WORDS and w != "id" for w in words[1:])
    if any(w.startswith(_PASSPORT_STEMS) for w in words) or pass_numbered:
        # the passport's other fields: its dates, its country, its photo ("Passport expiry", "Pays du passeport")
        if any(w.startswith(_PASSPORT_OTHER_FIELDS) for w in words):
            return None
        return "passport"
    if any(w in _STRONG_RECORD_WORDS for w in words):
        return "medical_record"
    if any(w in _HEALTH_CARD_CODES for w in words) and all(w in _HEALTH_CARD_CODES or w in _NUMBER_WORDS or w in _HEALTH_CARD_WORDS
                                                          for w in words):
        return "record"  # "CIP: 19106703" on a prescription; "Code CIP" is a medicine's
    if any(w in _CARE_RECORD_NOUNS for w in words) and any(w in _CARE_RECORD_ADJECTIVES for w in words):
        return "medical_record"  # "Hospital record checked:", "Patient file (clinic):", "historia clínica consultada:"
    if _pregnancy_or_care_file(words):
        return "medical_record"  # "Zwangerschapsdossier nr.", "Mutterpass-Nr.", "dossier de grossesse n°"
    if not numbered and _document_checked(label):
        return "document"  # Round 77: "Ausweis geprüft:", "pièce d'identité vérifiée :" (see _document_checked)
    if not numbered:
        return None
    if any(w.startswith(_STRONG_RECORD_STEMS) or w in _SHORT_RECORD_WORDS for w in words):
        return "medical_record"
    if any(w.startswith(_WEAK_RECORD_STEMS) or w in _WEAK_RECORD_WORDS for w in words):
        return "record"
    if any(w in _SYSTEM_RECORD_WORDS for w in words) and all(w in _SYSTEM_RECORD_WORDS or w in _NUMBER_WORDS or w == "n" for w in words) and (
            "his" not in words or re.search(r"(?<![^\W\d_])HIS(?![^\W\d_])", label)):
        return "record"  # the system's name and a number's word only: "EHR no.", "HIS-nr.", "pmr_id"
    if any(w.startswith(_MEMBER_STEMS) or "versicherte" in w or w in _MEMBER_WORDS for w in words):  # "Krankenversichertennummer"
        return "member"
    if any(w.startswith(_DOCUMENT_STEMS) or w == "doc" for w in words) or (words[0] in ("travel", "id") and len(words) > 1):
        return "document"
    return None


# Round 77: an identity document's word alone, then that it was checked, the label a register's foot gives the
# document's number under ("Ausweis geprüft: 902831303" under a bike coding list, "ID checked: K1971314", "Pièce
# d'identité vérifiée : 12AB34567", "Documento comprobado: PAA123456", "Legitimatie gecontroleerd: NW1234567"): the
# passport's number, as the passport's column "Ausweis" reads it; the document's word with any other word still
# needs travel near
_CHECKED_WORDS = frozenset("""
geprüft kontrolliert gesehen checked verified seen vérifié vérifiée contrôlé contrôlée vue comprobado comprobada
verificado verificada revisado visto gecontroleerd geverifieerd gezien
""".split())


def _document_checked(label: str) -> bool:
    words = _label_words(label)
    return 2 <= len(words) <= 4 and words[-1] in _CHECKED_WORDS and all(
        w.startswith(_DOCUMENT_STEMS) or w in ("id", "d", "de", "of", "identité", "identidad", "identity")
        for w in words[:-1])


# A label at the start of a line (after a list's bullet too) or of a field in it (after "|", ";",
# ",", a bracket, a tab, a dash, two blanks), then a separator: a colon or "=", leaders (dots, an ellipsis, underscores),
# two blanks or a tab (a table's columns), or one blank after a label that ends with its number's
# word or an abbreviation's full stop ("Dossier n° 835220326", "Fecha de nac. 21-07-1987").
_FIELD_LABEL = re.compile(
    r"(?:^(?:[-•+][ ])?|(?<=[\n|;,(\[{\t*])|(?<=\n[-•+][ ])|(?<=[ ][–—-][ ])|(?<=[ ]{2})|(?<=[!?][ ])|(?<=[\w)][.][ ]))[ \t]*[\"']?"
    r"(?P<label>[^\W\d_](?:[^\W\d]|[.'’/°º#-]|[ ](?![ ])){0,44}?)[\"']?"
    # markdown's bold around the label or after its colon ("**Date of birth:** ", "**DOB**: "), a
    # table's cell border ("| Date de naissance | 03/04/1971 |"), a dash between label and value
    r"(?P<sep>[ \t]*[:=][ \t]*(?:[*_]{1,2}[ \t]*)?[\"']?|[*_]{1,2}[ \t]*[:=][ \t]*|[ \t]*[*_]{0,2}[ \t]*\|[ \t]*(?:[*_]{1,2})?|"
    r"[ ]+[-–—][ ]+|[ \t]*(?:\.{2,}|…+|_{2,}|·{2,})[ \t]*|[ ]{2,}|\t+|(?<=[.°º#])[ ]|"
    # or nothing after a number sign written against its number: "Pt #8954085903", "Patient #44712093"
    r"[ ]|(?<=[#]))$"
)
# a record's number: digits in groups, a short prefix in capitals ("RX-4471209", "2024/118832",
# "HC/2024/1182", "123-45-678"); five digits or more, and no date ("12.03.2024" is a visit's); a
# group after a blank has three digits or more ("44712093 45 years" ends at the record's end)
_FIELD_RECORD = re.compile(r"(?:[A-Z]{1,4}[-/]?)?[0-9]{2,10}(?:[ ][0-9]{3,7}|(?:-|[./](?=[0-9]))[0-9]{2,7}){0,3}(?![\w-]|[./]\w)")
_IPV4_SHAPE = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])")
# Cheap gates before a label is read: a birth's, a passport's or a document's, a record's or a
# member's word in the characters before the value
_BIRTH_WORD = re.compile(r"(?:birth|born|geburt|geboren|naissance|nacimiento|nacid|geboorte|dob|nac|naiss|geb|ddn|né)")
# (at a word's start: "pat" in "path" or "lid" in "valid" names nothing; a German compound's
# insured member, "Krankenversichertennummer", anywhere)
_PASSPORT_OR_DOCUMENT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_PASSPORT_STEMS + _DOCUMENT_STEMS) + r"|pass|id(?![^\W\d_])|travel|doc)")
_RECORD_OR_MEMBER = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
    _STRONG_RECORD_STEMS + tuple(_STRONG_RECORD_WORDS) + tuple(_SHORT_RECORD_WORDS) + _WEAK_RECORD_STEMS
    + tuple(_WEAK_RECORD_WORDS) + _MEMBER_STEMS + tuple(_MEMBER_WORDS) + tuple(_HEALTH_CARD_CODES) + tuple(_SYSTEM_RECORD_WORDS)
    + _PREGNANCY_STEMS + _POLICY_WORDS) + r")|versicherte|(?<=[^\W\d_])dossier")
_BIRTH_HINTS = ("birth", "born", "geb", "naiss", "nac", "dob", "ddn", "geboorte", "né")
_FIELD_HINTS = ("pass", "pasaporte", "paspoort", "nr", "no", "n°", "nº", "n.", "#", "id", "num", "mrn", "nhc", "ipp", "ref", "réf",
                "cip", "tis", "tsi", "sip")


# An insured member's number as a sub-field after the insurer's own label, within one sentence:
# "Ziekenfonds: lidnummer 18832696", "Mutualité : affilié n° 89610606", "Krankenkasse:
# Versichertennr. ...", "Mutua: n.º de afiliado ...", "Health fund: member no. ..." (a member's only:
# "Museum ticket: admission no. ...", "Scanner settings: DPI no. ..." stay unread)
_SUB_FIELD_LABEL = re.compile(
    r"(?:(?<=\w:[ ])|(?<=\w[ ]:[ ]))(?P<label>[^\W\d_](?:[^\W\d]|[.'’/°º#-]|[ ](?![ ])){0,44}?)[ ]$")


def _member_sub_field(text: str, line: int, start: int) -> str | None:
    m = _SUB_FIELD_LABEL.search(text, max(line, start - 60), start)
    if m is None or sentence_start(m.group("label")) > 0 or not _numbered_label(m.group("label")):
        return None
    return m.group("label") if label_kind(m.group("label")) == "member" else None


def _field_label(text: str, start: int) -> str | None:
    line = text.rfind("\n", 0, start) + 1
    m = _FIELD_LABEL.search(text, max(line, start - 60), start)
    if m is None:
        return _member_sub_field(text, line, start)
    label = m.group("label")
    # one blank only after a label that ends with its number's word or starts with it (the
    # Romance order), or a birth's abbreviation: "Dossier n° 835220326", "patiëntnr. 727418",
    # "votre n° d'affilié 1044332201", "Fecha de nac. 21-07-1987"; not after a sentence ("The
    # passport is fine. X11053418") or a phrase ("Patient number of 12345678 people")
    if m.group("sep") in (" ", "") and not _numbered_label(label):
        # the label found first may run over a sentence's end ("Brunilda. Ref. paciente 20420823"):
        # the last sentence's words are the label then
        first = sentence_start(label)
        if first == 0:
            return None
        m = _FIELD_LABEL.search(text, m.start("label") + first, start)
        if m is None or (m.group("sep") in (" ", "") and not _numbered_label(m.group("label"))):
            return None
        return m.group("label")
    return label


# A line that opens with the patient's label and the name, then a field that only numbers or
# references ("Pt: Charles Green   Ref: PAT-26945115", "Patient: Anna Berg, ID 2016-395375",
# "Paciente: Ana Gil | Ref. 20420823", "Patiënt: J. de Vries - nr. 727418")
# ... maybe with the patient's own particulars as fields between the name and the reference: the birth
# date, the age, the sex ("Patient: Martha Doyle    DOB: 10 December 2021    Ref: MRN-70332970",
# "Patientin: Eva Roth | Geb.: 03.04.2011 | Ref.: 2019-338070", "Patiente : Léa Roy – née le 03/04/2011
# – Réf. : PAT-110978", "Paciente: Ana Gil   F. nac.: 03/04/2011   Ref.: NHC-2866702", "Patiënt: J. de
# Vries | Geb.datum: 03-04-2011 | nr. 727418"); a field of another kind between (an insurer, an
# invoice) leaves the reference to it
_PATIENT_PARTICULAR = (
    r"(?:(?:[ ]{2,}|\t|[ ]?[,;|][ ]?|[ ][-–—][ ])[ ]*"
    r"(?i:dob|d\.o\.b\.?|date[ ]of[ ]birth|born|age|sex|gender|geb\.?|geburtsdatum|geb\.-?datum|geboren|alter|"
    r"geschlecht|ddn|date[ ]de[ ]naissance|née?(?:[ ]le)?|âge|sexe|f\.?[ ]?nac\.?|fecha[ ]de[ ]nacimiento|fecha[ ]nac\.?|"
    r"edad|sexo|geboortedatum|geb\.?[ ]?datum|leeftijd|geslacht)[ \t]*:?[ \t]*[^\n:]{1,30}?)")
_PATIENT_LINE = re.compile(
    r"[ \t]*(?i:pt|pat|patient|patientin|patiente|paciente|patiënt|patiënte)\.?[ \t]*:[ \t]*[^\W\d_][^\n:]{1,50}?"
    + _PATIENT_PARTICULAR + r"{0,3}"
    r"(?:[ ]{2,}|\t|[ ]?[,;|][ ]?|[ ][-–—][ ])[ ]*(?i:ref|réf|reference|référence|referencia|referenz|referentie|id|no|nr|n°|nº|#)"
    r"\.?[ \t]*[:#]?[ \t]*$")


_POSSESSIVES = frozenset("your my his her their the votre mon ma son sa le la su mi tu el ihr ihre sein seine die der "
                         "uw mijn zijn haar de het".split())


def _numbered_label(label: str) -> bool:
    words = _LABEL_TOKEN.findall(label.lower())
    split = _label_words(label)
    while words and words[0] in _POSSESSIVES:
        words.pop(0)
    if not words or not split:
        return False
    if split[-1] in _NUMBER_WORDS and (words[-1] in _NUMBER_WORDS or words[-1].endswith(split[-1])):
        return True  # "Hospital no.", "patiëntnr.", "Dossier n°"
    if words[0] in _NUMBER_WORDS or (words[0] == "n" and len(words) > 1 and words[1] in ("°", "º")):
        return True  # "n° d'affilié", "número de paciente"
    if (words[0] in _REFERENCE_WORDS or split[-1] in _REFERENCE_WORDS) and label_kind(label) == "medical_record":
        return True  # "Ref. paciente 20420823", "Patient ref 2025-546327"
    return label.endswith(".") and (words[-1] in _BIRTH_WORDS or words[-1].startswith(_BIRTH_STEMS) or words[-1] == "dat")


# Two fields under one label, their values in the same order after a comma or a slash as the label's:
# "Krankenkasse / Versichertennummer: AOK, B9715095", "Krankenkasse / Vers.-Nr.: AOK / A4111664",
# "Mutuelle / n° d'adhérent : MGEN, 1044332201", "Health fund / member no.: Bupa, 2019-508178": the
# label's second part names the second value
_PAIRED_FIELD = re.compile(
    r"[ \t]*[^\W\d_][^\n\d/:,]{0,30}?[ ]?/[ ]?(?P<label>[^\W\d_][^\n\d/:,]{0,40}?)[ \t]*:[ \t]*"
    r"[^\W\d_][^\n\d,:/]{0,30}?(?:,[ ]?|[ ]?/[ ]?)$")


# A record's or an insured member's label inside a sentence, its number right after it in brackets:
# "wir brauchen die Versichertennummer (...) für die Abrechnung", "we need your patient number (...)
# for the claim", "indiquez votre numéro de dossier (...) au secrétariat", "su número de historia
# (...) en la recepción", "uw patiëntnummer (...) bij de balie". The label is the last one to four
# words before the bracket, read by label_kind as a field's (a member's still needs health insurance
# or care near, a file's care); "the order (...)", "die Rechnung (...)" name no record.
_BRACKETED_AFTER_LABEL = re.compile(
    r"(?<![^\W\d_])(?P<label>[^\W\d_][\w.'’°º#-]*(?:[ ][\w.'’°º#-]+){0,3})[ ]\($")


def _bracketed_label(text: str, start: int, end: int) -> str | None:
    """The shortest run of words before the value's opening bracket that label_kind reads as a
    record's, a file's or a member's label, when the bracket closes right after the value."""
    if not text.startswith(")", end):
        return None
    line = max(text.rfind("\n", 0, start) + 1, start - 60)
    m = _BRACKETED_AFTER_LABEL.search(text, line, start)
    if m is None:
        return None
    words = m.group("label").split(" ")
    for k in range(1, len(words) + 1):
        # Round 71: the label ends at the sentence before it: "patiëntnummer 0176089. Noodcontact (0020-671124)
        # gebeld", "patient no. 4471209. Emergency contact (...)", "Patientennummer 4471209. Notfallkontakt (...)"
        # read only "Noodcontact" (a phone's), never the record's label of the sentence before (an abbreviation's
        # period, "Pat. Nr. (...)", ends no sentence)
        if k > 1 and words[-k][-1:] in ".!?;" and len(words[-k]) > 2 and words[-k][:-1].lower() not in ABBREVIATIONS \
                and not words[-k][:-1].lower().endswith("nr"):
            break
        label = " ".join(words[-k:])
        if label_kind(label) in ("medical_record", "record", "member"):
            return label
    return None


def _paired_field_label(text: str, start: int) -> str | None:
    m = _PAIRED_FIELD.match(text, text.rfind("\n", 0, start) + 1, start)
    return m.group("label") if m is not None else None


# A care practice's record of a visit: the complaint, the treatment, the diagnosis (a podiatrist's, a
# physiotherapist's, a dietitian's), in the five languages
_TREATMENT_WORD = gated(re.compile(
    r"(?<!\w)(?:klacht|klachten|behandeling|behandelplan|diagnose|complaint|presenting complaint|treatment|diagnosis|"
    r"beschwerden|behandlung|befund|motif de consultation|plainte|traitement|diagnostic|"
    r"motivo de consulta|queja|tratamiento|diagnóstico)(?!\w)"))


def _client_in_treatment(label: str, lowered: str, start: int, end: int) -> bool:
    """A client's number ("cliëntnr.", "Klienten-Nr.", "n° d'usager", "client no.") in a record that
    names the complaint, the treatment or the diagnosis as its own fields: a care practice's
    client, whose number is a medical record's (a shop's or a lawyer's client has no treatment)."""
    words = _label_words(label)
    if not (any(w.startswith(CLIENT_STEMS) for w in words) and any(w in _NUMBER_WORDS for w in words)):
        return False
    first, last = _record_bounds(lowered, start, end)
    return any(re.match(r"[ \t]*:", lowered[t.end() : t.end() + 3]) for t in _TREATMENT_WORD.finditer(lowered, first, last))


# A home care visit's record, a care worker's own field in it: "Carer: Amy Wilson | Client ref: ...", "Pflegekraft:
# ...", "Auxiliaire de vie : ...", "Cuidadora: ...", "Verzorgende: ..." (the one who does the visit, before or after
# the client's field); the client's number or reference there is the care service's file on the client, a medical
# record's, as a practice's client under a treatment's field is (_client_in_treatment). A shop's, a bank's or a
# lawyer's client has no carer's field
_CARE_WORKER_FIELD = gated(re.compile(
    r"(?:^|\n|[|;])[ \t]*(?:carer|care[ ]worker|support[ ]worker|home[ ]carer|pflegekraft|pflegerin|pfleger|"
    r"betreuungskraft|alltagsbegleiter(?:in)?|auxiliaire[ ]de[ ]vie|aide[ ]à[ ]domicile|aide-soignante?|"
    r"cuidador(?:a)?|auxiliar[ ]de[ ]ayuda[ ]a[ ]domicilio|gerocultor(?:a)?|verzorgende|thuiszorgmedewerker|"
    r"wijkverpleegkundige|zorgverlener)[ \t]*:"))
_CLIENT_REFERENCE_WORDS = frozenset("ref reference réf référence referencia referentie referenz".split())


def _client_of_care_worker(label: str, lowered: str, start: int, end: int) -> bool:
    """A client's number or reference ("Client ref", "Klienten-Nr.", "réf. usager", "n.º de usuario",
    "cliëntnummer") in a record with a care worker's own field (_CARE_WORKER_FIELD): a home care
    service's client, whose number is its care file's."""
    words = _label_words(label)
    if not (any(w.startswith(CLIENT_STEMS) for w in words)
            and any(w in _NUMBER_WORDS or w in _CLIENT_REFERENCE_WORDS for w in words)) or len(words) > 4:
        return False
    first, last = _record_bounds(lowered, start, end)
    return _CARE_WORKER_FIELD.search(lowered, first, last) is not None


# An examination's number: a label of an examination's word and a number's word ("Exam no.",
# "Untersuchungs-Nr.", "Untersuchungsnummer", "N° d'examen", "número de examen", "n.º de exploración",
# "Onderzoeksnummer"), in a text about care or about a screening programme or its result (a
# mammography's, a bowel or a cervical screening: "breast screening", "Mammographie-Screening",
# "Früherkennung", "dépistage", "cribado", "bevolkingsonderzoek"): the examined person's record. A
# school's exam ("numéro d'examen" of a candidate), a car's inspection ("Hauptuntersuchung") or a
# study's number ("onderzoeksnummer" of a survey) name no care and no screening, and stay unread.
_EXAM_STEMS = ("exam", "untersuchung", "exploraci", "onderzoek")
_EXAM_HINTS = ("exam", "untersuch", "exploraci", "onderzoek")
_SCREENING_WORD = re.compile(
    # English's and German's "screening" only with the body's or the illness's word (a film's, an
    # airport's or a tenant's screening is none)
    r"(?<!\w)(?:(?:breast|bowel|cervical|cancer|lung|prostate|colorectal|aaa|newborn|hearing|diabetic[ ]eye|health)[ ]screening|"
    r"[\w-]*(?:mammographie|mammografie|krebs|brustkrebs|darmkrebs)-?screening|screening-?mammographie|"
    r"früherkennung\w*|krebsfrüherkennung\w*|dépistage\w*|cribado\w*|"
    r"bevolkingsonderzoek\w*|mammogra\w*|mamogra\w*|mammografie\w*)(?!\w)")


def _examination_number(label: str, lowered: str, start: int, end: int) -> bool:
    """Whether the label names an examination's number (see _EXAM_STEMS) in a text about care or
    screening (why: an examination numbered by the one who examines the person is that person's
    record there; the word alone is a school's or a garage's too)."""
    words = _label_words(label)
    if not (any(w.startswith(_EXAM_STEMS) for w in words) and any(w in _NUMBER_WORDS for w in words)) or len(words) > 4:
        return False
    first, last = max(0, start - _CARE_WINDOW), min(len(lowered), end + _CARE_WINDOW)
    return _about_care(lowered, start, end) or _SCREENING_WORD.search(lowered, first, last) is not None


def find_labelled_fields(kind: str, text: str, lowered: str) -> Iterator[Span]:
    """A date of birth, a passport's number or a care record's number (`kind`) read from its
    field's label (see label_kind): the date right after a birth's label, a passport's shape after
    a passport's (or, near travel, an identity document's), a record's number after a record's
    label (a file's or a case's near care, an insured member's near health insurance or care)."""
    if not any(h in lowered for h in (_BIRTH_HINTS if kind == "date_of_birth" else _FIELD_HINTS)):
        return
    if kind == "date_of_birth":
        last = -1
        for w in _BIRTH_WORD.finditer(lowered):
            # the date after the birth's word, within a label's length and a separator
            m = DATE.search(text, max(w.end(), last), min(len(text), w.end() + 60))
            if m is None:
                continue
            last = m.end()
            label = _field_label(text, m.start())
            if label and label_kind(label) == "date_of_birth" and not _long_past(m.group(0)) and not _animal_birth(
                    lowered, m.start()):
                yield (m.start(), m.end(), "date_of_birth_field")
    elif kind == "passport":
        if not _PASSPORT_OR_DOCUMENT.search(lowered):
            return
        for m in _PASSPORT_SHAPE.finditer(text):
            if not _passport_like(m.group(0)) or not _PASSPORT_OR_DOCUMENT.search(
                    lowered, max(0, m.start() - 60), m.start()):
                continue
            label = _field_label(text, m.start())
            named = label_kind(label) if label else None
            if named == "passport" and label and r86s_building_pass(text, label, m.start()):
                continue  # round 86: "Lost keycard report\nName: ...\nPass no: 5379661816": the card's number
            if named == "passport" or (named == "document" and _document_checked(label or "")) or (
                    named == "document" and _TRAVEL_WORD.search(
                    lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW) and not _BILLING_WORD.search(
                    lowered, max(0, m.start() - 150), m.end() + 150)):
                yield (m.start(), m.end(), "passport_field")
    elif kind == "medical_record":
        client = any(c in lowered for c in CLIENT_STEMS) and (
            _TREATMENT_WORD.search(lowered) is not None or _CARE_WORKER_FIELD.search(lowered) is not None)
        exam = any(h in lowered for h in _EXAM_HINTS)
        if not client and not exam and not _RECORD_OR_MEMBER.search(lowered):
            return
        for m in _FIELD_RECORD.finditer(text):
            if _IPV4_SHAPE.fullmatch(m.group(0)):
                continue  # "sip_gateway: 192.168.233.167": a host's address, never a record's number
            if (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-+./")) or \
                    sum(c.isdigit() for c in m.group(0)) < 5 or DATE.fullmatch(m.group(0)) or not (_RECORD_OR_MEMBER.search(
                        lowered, max(0, m.start() - 60), m.start()) or client or (
                        exam and any(h in lowered[max(0, m.start() - 60) : m.start()] for h in _EXAM_HINTS))):
                continue
            label = _field_label(text, m.start()) or _paired_field_label(text, m.start()) or _bracketed_label(
                text, m.start(), m.end())
            named = label_kind(label) if label else None
            if named is None and label and _client_in_treatment(label, lowered, m.start(), m.end()):
                named = "medical_record"  # "cliëntnr. ...\nKlacht: ...\nBehandeling: ...": a practice's client
            if named is None and label and _client_of_care_worker(label, lowered, m.start(), m.end()):
                named = "medical_record"  # "Carer: Amy Wilson | Client ref: ...": a home care service's client
            if named is None and label and _examination_number(label, lowered, m.start(), m.end()):
                named = "medical_record"  # "Untersuchungs-Nr.: ..." under a screening's result
            if named is None and _PATIENT_LINE.match(
                    text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                named = "medical_record"  # "Pt: Charles Green   Ref: PAT-26945115": the patient's line, then its reference
            if named == "member" and _CLUB_LINE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # a sports club's member, its club named on the line
            if named == "medical_record" or (named == "record" and _about_care(lowered, m.start(), m.end())) or (
                    named == "member" and (_about_care(lowered, m.start(), m.end()) or _CARE_OR_INSURANCE.search(
                        lowered, max(0, m.start() - _CARE_WINDOW), m.end() + _CARE_WINDOW))):
                yield (m.start(), m.end(), "medical_record_field")


# Round 66: a member's number on the line that names the sports club ("Club: Castle Climbing Club    Membership
# no.: 7365446371", "Verein: TSV Nord, Mitgliedsnr. 4471203", "Club : AS Lyon, n° d'adhérent ...", "Club: CD
# Oviedo, n.º de socio ...", "Vereniging: HV Delta, lidnummer ...") is the club's, even where the form asks for
# medical information below; an insurer's member on a line of its own stays one
_CLUB_LINE = re.compile(
    r"(?i)(?<!\w)(?:club|verein|sportverein|vereniging|sportclub|equipo|équipe|mannschaft|team)[ \t]*:")


# Round 86: a building's or a site's pass, its card a keycard, a badge or an access card, the form's "Pass no:" its
# number ("Lost keycard report\nName: ...\nPass no: 5379661816", "Verlust Schlüsselkarte\nPass-Nr.: 4471209",
# "Badge perdu\nPass n° : 4471209", "Tarjeta de acceso extraviada\nPase n.º: 4471209", "Toegangspas kwijt\nPas nr.:
# 4471209"): the card's number, no passport; the key "Passport" or "Ausweis (Reisepass)" on the same report stays one
_R86S_BUILDING_PASS = re.compile(
    r"(?i)(?<!\w)(?:key[ -]?cards?|access[ ](?:cards?|pass(?:es)?|badges?)|building[ ]pass(?:es)?|site[ ]pass(?:es)?|"
    r"staff[ ]pass(?:es)?|swipe[ ]cards?|door[ ]cards?|badges?|schlüsselkarte\w*|zutrittskarte\w*|zugangskarte\w*|"
    r"zutrittsausweis\w*|hausausweis\w*|werksausweis\w*|mitarbeiterausweis\w*|carte[ ]d['’]accès|cartes[ ]d['’]accès|"
    r"carte[ ]magnétique|tarjetas?[ ]de[ ]acceso|tarjetas?[ ]magnéticas?|toegangspas\w*|toegangskaart\w*|sleutelkaart\w*|"
    r"sleutelpas\w*|personeelspas\w*)(?!\w)")
_R86S_SHORT_PASS_KEY = re.compile(r"(?i)(?:pass|pas|pase)(?:[ .-]*(?:no|nr|n[°º]|number|nummer|id|\#)\.?)?[ .]*")


def r86s_building_pass(text: str, key: str, start: int) -> bool:
    """Round 86: a short "Pass no" key (_R86S_SHORT_PASS_KEY) in a text about a building's or a site's pass
    (_R86S_BUILDING_PASS, in the 300 characters around its value at start)."""
    return _R86S_SHORT_PASS_KEY.fullmatch(key.strip().strip("\"'`")) is not None and _R86S_BUILDING_PASS.search(
        text, max(0, start - 300), start + 300) is not None


# ------------------------------------------------------------------ a passport read from its shape and its record
# A passport's number whose own label names no passport ("Number", "N° document", "doc_no", a
# table's cell, a line under a heading) in a record or a sentence about travel or identity: "TRAVEL
# DOCUMENT\nNumber\nO88454463\nNationality ...", "doc_type=PASSPORT doc_no=233574970", "Passager |
# N° document | Né(e) le\n... | 103206695 | ...". The value must have a passport's shape in the
# formats countries issue (ICAO 9303 document numbers): nine digits (US, UK), one or two letters
# and six to eight digits (US, CH, AT, AU, IE, BE, CA), Germany's C and eight characters without
# vowels, France's two digits, two letters and five digits, Spain's three letters and six digits,
# the Netherlands' two letters, six letters or digits and a digit.
_PASSPORT_FORMATS = re.compile(
    r"(?=[0-9A-Z])(?<![\w./+#-])(?:[0-9]{9}|[A-Z]{1,2}[0-9]{6,8}|C[0-9CFGHJKLMNPRTVWXYZ]{8}|[0-9]{2}[A-Z]{2}[0-9]{5}|[A-Z]{3}[0-9]{6}|"
    r"[A-Z]{2}[A-Z0-9]{6}[0-9])(?![\w-]|[./][\w])"
)
# the record's or the sentence's words for travel, for an identity document and its check
_PASSPORT_CONTEXT = re.compile(
    r"(?<!\w)(?:passport\w*|reisepass\w*|passeport\w*|pasaporte\w*|paspoort\w*|"
    # travel: a journey, a flight, a booking's record, a border, a stay's registration
    r"flights?|flug|flüge|vols?|vuelos?|vlucht\w*|check-in|boarding|embarque|pnr|itinerary|itinéraire|itinerario|reiseplan|"
    r"passenger\w*|pax|travell?er\w*|reisende\w*|passag(?:er|ère)s?|voyageur\w*|pasajer[oa]s?|viajer[oa]s?|reiziger\w*|"
    r"border|grenz\w*|frontière|frontera|grens\w*|visas?|visum|airline\w*|airport|flughafen|aéroport|aeropuerto|luchthaven|"
    r"departure|abflug|départ|salida|vertrek|arrival|anreise|arrivée|llegada|aankomst|"
    r"hotel\w*|guest|gast|huésped\w*|hôte|meldeschein|fiche de police|parte de entrada|"
    # an identity document, its holder, its issue, its expiry, its holder's nationality (in a
    # sentence, only these and a passport's word count: "flight" does not make a build number a passport)
    r"(?P<identity>travel document|reisedokument|titre de voyage|documento de viaje|reisdocument|"
    r"identity document|id document|ausweisdokument|pièce d['’]identité|documento de identidad|identiteitsdocument|"
    r"identiteitsbewijs|nationality|nationalität|staatsangehörigkeit|nationalité|nacionalidad|nationaliteit|"
    r"place of issue|date of issue|issuing (?:country|state|authority)|ausstellungsort|ausstellungsdatum|ausstellende behörde|"
    r"lieu de délivrance|date de délivrance|pays de délivrance|lugar de expedición|fecha de expedición|país de expedición|"
    r"plaats van afgifte|datum van afgifte|land van afgifte|date of expiry|expiry date|ablaufdatum|gültig bis|"
    r"date d['’]expiration|fecha de caducidad|vervaldatum|geldig tot|mrz|kyc|know your customer|"
    r"identity (?:check|verification)|identitätsprüfung|vérification d['’]identité|verificación de identidad|"
    r"identiteitscontrole|identiteitsverificatie|id check|identitätskontrolle|ausweiskontrolle|contrôle d['’]identité|"
    r"control de identidad|verificación de identidad))(?!\w)"
)
_PASSPORT_CONTEXT_HINTS = ("pass", "pasaporte", "paspoort", "flight", "flug", "vol", "vuelo", "vlucht", "check-in", "boarding",
                           "embarque", "pnr", "itiner", "reise", "passag", "pax", "travel", "voyag", "pasajer", "viajer",
                           "reiziger", "border", "grenz", "fronti", "grens", "visa", "visum", "airline", "airport", "flughafen",
                           "aéroport", "aeropuerto", "luchthaven", "depart", "abflug", "départ", "salida", "vertrek",
                           "arriv", "anreise", "llegada", "aankomst", "hotel", "guest", "gast", "huésped", "hôte",
                           "meldeschein", "fiche de police", "parte de entrada", "document", "dokument", "ausweis", "doc", "pièce", "identi",
                           "legitimatie",
                           "nationalit", "staatsangeh", "nacionalidad", "issu", "ausstell", "délivrance", "expedición",
                           "afgifte", "expir", "ablauf", "gültig", "caducidad", "verval", "geldig", "mrz", "kyc")
# a key's name right before its value in a log or a query string: "doc_no=233574970", "docNumber: "
_KEY_BEFORE = re.compile(r"(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,30})[ \t]*[:=][ \t]*[\"']?$")
# a label alone on the line before its value: "Number\nO88454463", "Documentnummer\n..."
_LABEL_LINE = re.compile(r"[ \t]*[*_]{0,2}(?P<label>[^\W\d_][^\W\d]*(?:[ ./°º#'’-]{1,2}[^\W\d_][^\W\d]*){0,4}[.°º#]?)[*_]{0,2}[ \t]*:?[ \t]*\n[ \t]*$")
_XML_ELEMENT_BEFORE = re.compile(r"<(?P<element>[A-Za-z_][\w.-]{0,30})(?:[ \t]+[\w.:-]+[ \t]*=[ \t]*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))*[ \t]+$")
_RECORD_WINDOW = 300
# a person's home address as a record's field, at a line's start
_HOLDER_ADDRESS_FIELD = re.compile(
    r"^[ \t]*(?:(?:home|postal|residential)[ ]address|address|anschrift|wohnanschrift|wohnadresse|adresse|"
    r"adresse postale|domicile|dirección|domicilio|adres|woonadres)[ \t]*:", re.MULTILINE)
_IDENTITY_WORDS = ("id", "ident", "identity", "identität", "identité", "identidad", "identiteit")


def _number_only(label: str) -> bool:
    """A label that names a number or a document and nothing else ("Number", "No.", "N°", "ID",
    "Document")."""
    words = _label_words(label)
    return bool(words) and all(w in _NUMBER_WORDS or w in _IDENTITY_WORDS or w == "doc" or w.startswith(_DOCUMENT_STEMS)
                               for w in words)


def _sql_column(text: str, start: int, end: int) -> str | None:
    """The column an SQL INSERT's value stands under, by its position in the column list (the
    value is a field of the row, named by its column), or None outside an INSERT."""
    if "nsert" not in text and "NSERT" not in text:
        return None
    from workloads.guard.tables import sql_values

    return next((c for s, e, c in sql_values(text) if s == start and e == end), None)


# a holder's column in an INSERT's column list: the holder's address or birth date ("seller_address",
# "anschrift", "direccion_cliente", "date_of_birth", "geburtsdatum")
_HOLDER_COLUMN = re.compile(
    r"(?<![^\W\d_])(?:address|adresse|anschrift|direcci[oó]n|domicilio|adres|woonadres)(?![^\W\d_])")


def _sql_holder_row(text: str, start: int) -> bool:
    """Whether the INSERT that holds the value also has a column for its holder's address or birth
    date: an identity document's number in a record of its holder, as a pawnbroker's or a
    notary's table keeps it ("(seller_name, seller_address, id_doc, paid)")."""
    from workloads.guard.tables import insert_columns

    names = " ".join(insert_columns(text, start)).lower().replace("_", " ")
    return bool(_HOLDER_COLUMN.search(names) or _DOB_KEYWORD.search(names))


def _value_label(text: str, start: int, end: int) -> tuple[str, str | None]:
    """Where the value stands and the label that names it: ("field", label) after a form's label,
    a key or a column's header, or on the line under its label; ("cell", None) in a table's cell
    or a line of its own; ("prose", None) inside a sentence."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    if not before.strip(" \t\"'*_"):
        above = _LABEL_LINE.search(text, max(0, line - 50), line) if line else None
        if above is not None and above.start() == (text.rfind("\n", 0, max(0, line - 1)) + 1 if line > 1 else 0):
            return "field", above.group("label")
        return "cell", None
    if before.rstrip(" \t\"'").endswith(("|", "\t", ";")) or before.endswith(("  ", "\t")):
        from workloads.guard.tables import cell_column

        column = cell_column(text, start, end)
        if column:
            return "field", column
    column = _sql_column(text, start, end)
    if column is not None:
        return "field", column
    label = _field_label(text, start)
    if label is not None:
        return "field", label
    key = _KEY_BEFORE.search(text, max(line, start - 40), start)
    if key is not None:
        # an XML attribute is named by its element too: '<Reservation id="657801314">' is a booking's
        element = _XML_ELEMENT_BEFORE.search(text, max(line, key.start() - 60), key.start())
        if element is not None:
            return "field", f"{element.group('element')} {key.group('key')}"
        return "field", key.group("key")
    if before.rstrip(" \t\"'").endswith(("|", "\t", ";")) or before.endswith(("  ", "\t")):
        return "cell", None
    return "prose", None


def _record_bounds(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The record around start:end: back to a blank line and on to the next, a window at most."""
    begin = max(0, start - _RECORD_WINDOW)
    blank = lowered.rfind("\n\n", begin, start)
    stop = lowered.find("\n\n", end, end + _RECORD_WINDOW)
    return (blank + 2 if blank >= 0 else begin), (stop if stop >= 0 else min(len(lowered), end + _RECORD_WINDOW))


_PHONE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:phone|tel|tél|telephone|téléphone|mobile|mob|cell|móvil|movil|teléfono|telefono|tfno|tlf|handy|telefon|"
    r"mobil|mobilnummer|telefonnummer|portable|mobiel|telefoon|gsm|whatsapp)\.?[ ]?:?[ ]*$")


_PASS_RIGHT_BEFORE = re.compile(
    r"(?:^|[\n,;:(–—])[ \t]*(?:(?:sein|ihr|mein|dein|unser)(?:e[rmns]?)?[ ])?Pass(?:[ ]Nr\.?|-Nr\.?)?[ ]?:?[ ]$")
"""German's short word for the passport, capitalised as its noun, opening a list's item or a field
right before the value ("Yvonne Lanz, Pass 033453233;", "(Pass C01X00T47)"); a pass's compound
("Boarding Pass", "Day Pass") has its own word before it and is no passport."""
_GERMAN_WORD = re.compile(r"(?<!\w)(?:der|die|das|den|dem|des|und|für|mit|von|vom|zum|zur|bis|ist|nicht|ein|eine|bitte)(?!\w)",
                          re.IGNORECASE)
"""A German function word near the short "Pass": the text is German, where the word is the passport's
(an English "Visitor: Tom Hale, Pass 123456789" is a building's pass)."""


_BORN_BEFORE_PASS = re.compile(r"(?<!\w)(?:geb\.|geboren(?:[ ]am)?)[ ]?(?P<date>[^,;\n]{6,20}),[ ]?$")


def _pass_after_birth(text: str, start: int) -> bool:
    """The short "Pass" opens the item right after its holder's birth date ("Skipper: Martine Sidler,
    geb. 18.03.1973, Pass F27819296"): a crew list's or a register's passport, though no function
    word marks the text German; the "geb." says it is German, the birth date that it is a person's."""
    word = _PASS_RIGHT_BEFORE.search(text, max(0, start - 24), start)
    if word is None:
        return False
    before = text[max(0, text.rfind("\n", 0, word.start()) + 1, word.start() - 40) : word.start() + 1].rstrip(" \t:")
    born = _BORN_BEFORE_PASS.search(before + " ")
    return born is not None and DATE.fullmatch(born.group("date").strip()) is not None


def _other_things_column(text: str, start: int, end: int) -> bool:
    """The value is a delimited table's cell under a column that another thing's word opens
    ("quote_id", "invoice_no", "order", "booking ref"): that thing's number (why: a row's first cell
    has no label before it, so its column is asked for here)."""
    from workloads.guard.tables import cell_column

    column = cell_column(text, start, end)
    words = re.findall(r"[^\W\d_]+", (column or "").lower())
    return bool(words) and _OTHER_THING.match(words[0]) is not None and label_kind(column or "") is None


# Round 82: an appointment's own number, a row's first cell under the appointment's column, no passport though the
# table has a passport's column beside it: "appt_id,applicant,dob,passport_no" then "414808096,Jo Gutierrez,...",
# "Termin-Nr;Name;Geburtsdatum;Pass", "rdv_id;nom;passeport", "cita;solicitante;pasaporte", "afspraak_id,naam,paspoort"
_R82S_APPOINTMENT_COLUMN_WORDS = frozenset({"appt", "appointment", "appointments", "termin", "termine", "terminnr", "rdv",
                                            "rendez", "cita", "citas", "afspraak", "afspraken"})


def _r82s_appointment_column(text: str, start: int, end: int) -> bool:
    """Round 82: whether the cell at start:end stands under a column an appointment's word opens
    (_R82S_APPOINTMENT_COLUMN_WORDS) and no document's label names."""
    from workloads.guard.tables import cell_column

    column = cell_column(text, start, end)
    words = re.findall(r"[^\W\d_]+", (column or "").lower())
    return bool(words) and words[0] in _R82S_APPOINTMENT_COLUMN_WORDS and label_kind(column or "") is None


# The group's leader in a field of their own, the line opening with the role's label, then the name and a
# comma before the number: the leader's contact, their phone, though the heading above names the travellers'
# passports ("Responsable: Victoria Puente, 922751496", "Begeleider: Rudi Jacobs, 612345678", "Group leader:
# Tom Hale, 712345678", "Betreuerin: Anna Roth, 017612345", "Accompagnateur : Luc Roy, 612345678"); the
# passport named on the line itself ("Responsable: Victoria Puente, pasaporte 922751496") keeps it a passport.
_LEADER_FIELD_LINE = re.compile(
    r"[ \t]*(?:[\w-]+[ ])?(?:responsables?|encargad[oa]s?|monitor(?:a|es)?|entrenador(?:a|es)?|delegad[oa]|"
    r"begeleid(?:er|ster|ers)|leiding|trainer(?:in)?|coach|betreuer(?:in)?|begleit(?:er|erin|ung|person)|"
    r"(?:gruppen|reise|team)?leiter(?:in)?|leader|chaperones?|accompagnat(?:eur|rice|eurs)|encadrant(?:e|s)?|"
    # round 62: the host family of an exchange pupil, in its own field, as its leader's: "Familia anfitriona:
    # Ana Gil, 885008331", "Host family: Tom Hale, 07700 900123", "Gastfamilie: Lea Roth, 0171 ...",
    # "Famille d'accueil : Léa Roy, 06 ...", "Gastgezin: Daan Bos, 06 ..."
    r"familia[ ](?:anfitriona|de[ ]acogida)|host[ ](?:family|parents?|mother|father)|gastfamilie|gasteltern|"
    r"famille[ ]d['’]accueil|gastgezin|gastouders?)"
    r"[ \t]*:[ \t]*[^\W\d_][^\n\d,:;]{1,50},[ ]*$")


# round 63: a file's or a case's word right before the value, maybe with a number's word: the value is that
# file's number, as an office (a funeral home's, a lawyer's, an agency's) heads its letter with it, even where the
# letter asks for a passport further down ("Pompes funèbres – dossier RE6655440", "our file AB1234567",
# "Case no. K12345678", "Akte / Aktenzeichen AZ1234567", "Vorgang V12345678", "expediente EX1234567", "zaak
# Z12345678", "dossiernummer D1234567"); a passport's or a document's label of its own keeps the value
_FILE_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?:(?:visa|immigration|asylum|naturali[sz]ation|residence)[ ](?:file|case|application)|"
    r"(?:visums?|einbürgerungs|asyl|aufenthalts)(?:akte|antrag|verfahren)|"
    r"dossier|file|case|akte|aktenzeichen|vorgang|vorgangsnummer|expediente|zaak|zaaknummer|dossiernummer)"
    # Round 71: the file named by what it is for after its word, a visa's or an immigration's application ("le
    # dossier visa 106284822 de ma mère", "dossier de naturalisation 4471209", "expediente de visado 4471209",
    # "visumdossier 4471209", "Visumsakte 4471209", "visa file 4471209"), that office's own number (the passport
    # named after it keeps its own)
    r"(?:[ ](?:visa|de[ ]visa|d['’]immigration|de[ ]naturalisation|d['’]asile|de[ ]visado|de[ ]extranjería|de[ ]asilo|"
    r"visum|asiel|naturalisatie))?"
    r"(?:[ ](?:no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|#))?[ ]?[:#]?[ ]*$")


# round 64: a booking's word right before the value: the hotel's or the airline's own number for the stay or the
# flight, in a travel booking that gives the traveller's passport in its own field above ("Hotel: 3 nights,
# confirmation 291741251", "Buchungsbestätigung 482913374", "Hôtel : 2 nuits, n° de réservation 591204883",
# "Hotel: 2 noches, localizador 592263039", "Hotel: 2 nachten, reserveringsnummer 592263039"); a passport's or
# a document's label of its own keeps the value
_BOOKING_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?:confirmation|booking|reservation|buchung|buchungsnummer|buchungsbestätigung|bestätigung|"
    r"réservation|localizador|localizador de (?:la )?reserva|reserva|confirmación|boeking|boekingsnummer|reservering|"
    r"reserveringsnummer|bevestiging|bevestigingsnummer)"
    r"(?:[ ](?:code|ref\.?|reference|no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|#))?[ ]?[:#]?[ ]*$")


# Round 71: a payment's reference right before the value, as an invoice closes with it after its due date (which
# reads like a document's expiry): "Due date 17 June 2025, payment reference 198385008", "Fällig am 17.06.2025,
# Verwendungszweck 198385008", "Échéance le 17 juin 2025, référence de paiement 198385008", "Vencimiento 17 de junio
# de 2025, referencia de pago 198385008", "Vervaldatum 17 juni 2025, betalingskenmerk 198385008"
_PAYMENT_REFERENCE_BEFORE = re.compile(
    r"(?<!\w)(?:payment[ ]ref(?:erence)?|remittance[ ]ref(?:erence)?|verwendungszweck|zahlungsreferenz|"
    r"référence[ ](?:de[ ])?(?:paiement|virement)|réf\.?[ ](?:de[ ])?(?:paiement|virement)|"
    r"referencia[ ](?:de[ ])?(?:pago|transferencia)|concepto[ ](?:de[ ])?pago|"
    r"betalingskenmerk|betalingsreferentie|(?:betalings)?kenmerk[ ](?:van[ ]de[ ])?betaling)"
    r"(?:[ ](?:no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|#))?[ ]?[:#]?[ ]*$")


def _under_title(text: str, lowered: str, start: int) -> bool:
    """Round 73: the value's line, only its number's label before it, stands right under the text's
    first line, a title with no field's colon, no digit and no document's word: the title's own number
    ("VERWIJSBRIEF VOEDSELBANK\nNr. 283929128\n...Geldig tot:", "FOOD BANK REFERRAL VOUCHER\nNo. 4471209",
    "Gutschein Tafel\nNr. 4471209", "BON D'AIDE ALIMENTAIRE\nN° 4471209", "VALE BANCO DE ALIMENTOS\nN.º
    4471209"); a passport's own title ("PASSPORT DETAILS\nNo. ...") keeps its number"""
    line = text.rfind("\n", 0, start) + 1
    if line == 0 or text.rfind("\n", 0, line - 1) != -1:
        return False
    title = lowered[: line - 1]
    return bool(title.strip()) and ":" not in title and not any(c.isdigit() for c in title) and not _PASSPORT_WORD.search(
        title) and not _OTHER_DOCUMENT.search(title) and "pass" not in title and "id" not in title.split()


def find_passports_by_shape(text: str, lowered: str) -> Iterator[Span]:
    """A passport-shaped value whose label names a passport, an identity or travel document or
    only a number (or that stands in a cell or on its own line), in a record that speaks of
    travel or identity; in a sentence, a passport's or a travel document's word in it."""
    # cheapest first: a passport's shape, then a travel or identity word
    shape = _PASSPORT_FORMATS.search(text)
    if shape is None or not any(h in lowered for h in _PASSPORT_CONTEXT_HINTS):
        return
    for m in _PASSPORT_FORMATS.finditer(text, shape.start()):
        value = m.group(0)
        if sum(c.isdigit() for c in value) < 5:
            continue
        where, label = _value_label(text, m.start(), m.end())
        named = label_kind(label) if label else None
        if named is None and label and _label_words(label) == ["pass"]:
            named = "passport"  # German's short word: "Pass: 353641925"
        if named is None and _PASS_RIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _GERMAN_WORD.search(
                text, max(0, m.start() - 150), m.end() + 150):
            named = "passport"  # German's short word in a German list: "Yvonne Lanz, Pass 033453233; ..."
        if named is None and _pass_after_birth(text, m.start()):
            named = "passport"  # after its holder's birth date: "Martine Sidler, geb. 18.03.1973, Pass F27819296"
        if named is None and _listed_for_passports(text, lowered, m.start()):
            named = "passport"  # a name listed under a request for passport numbers: "Bisher: Emil Wagner (...)"
        if where == "field" and named not in ("passport", "document") and not _number_only(label or ""):
            continue  # another thing's number: "Booking ref: ...", "Ticket: ...", "Tel: ..."
        if where == "cell" and _other_things_column(text, m.start(), m.end()):
            continue  # a row's first cell under "quote_id", "invoice_no", "order": that thing's number
        if where == "cell" and _r82s_appointment_column(text, m.start(), m.end()):
            continue  # round 82: a row's first cell under "appt_id": the appointment's number
        head = lowered[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        first_word = re.match(r"[^\w]*([^\W\d_]+)", head)
        if named not in ("passport", "document") and first_word is not None and not any(c in head for c in ':="|;\t') and (
                _OTHER_THING.match(first_word.group(1)) or _contract(first_word.group(1))) and not _PASSPORT_WORD.search(
                    head) and not _OTHER_DOCUMENT.search(head):
            # the line opens with another thing's title (no field's or key's separator on it) and names
            # no document before the number:
            # the title's own number ("CONTRATO DE PRÉSTAMO CON GARANTÍA PRENDARIA n.º 374136551",
            # "Pfandvertrag Nr. ...", "Rental agreement no. ...", "Contrat de prêt sur gage n° ...")
            continue
        if named not in ("passport", "document") and where == "field" and _number_only(label or "") and _under_title(
                text, lowered, m.start()):
            continue  # the title's own number on the line under it: "VERWIJSBRIEF VOEDSELBANK\nNr. 283929128"
        if where == "prose" and named != "passport" and _LEADER_FIELD_LINE.fullmatch(
                lowered, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # the leader's phone in their own field: "Responsable: Victoria Puente, 922751496"
        if where == "prose":
            lo = max(0, m.start() - 150)
            first = lo + sentence_start(lowered[lo : m.start()])
            stop = _SENTENCE_END.search(lowered, m.end(), m.end() + 150)
            last = stop.start() if stop else min(len(lowered), m.end() + 150)
        else:
            first, last = _record_bounds(lowered, m.start(), m.end())
        if where == "prose":
            # in a sentence, a passport's or an identity document's word, and no other thing named
            # right before the value
            context = named == "passport" or (any(c.group("identity") or c.group(0).startswith(_PASSPORT_STEMS)
                           for c in _PASSPORT_CONTEXT.finditer(lowered, first, last))
                       or _passport_number_asked_before(lowered, first, last)) and _words_before_name_it(
                lowered, first, m.start())
        else:
            document = named == "document" or (label is not None and any(
                w == "doc" or w.startswith(_DOCUMENT_STEMS) for w in _label_words(label)))
            context = bool(_PASSPORT_CONTEXT.search(lowered, first, last) or (
                # an identity document's number in a record of its holder: a birth date's label beside it
                # (also a key's: "fecha_nacimiento", "date_of_birth"), or the holder's home address in
                # its own field, as a pawnbroker's ticket, a notary's deed or a register writes the
                # person whose document was checked ("Anschrift: ...\nAusweis: 851782251")
                document and (_DOB_KEYWORD.search(lowered[first:last].replace("_", " "))
                              or _HOLDER_ADDRESS_FIELD.search(lowered, first, last)
                              or _sql_holder_row(text, m.start()))))
        if not context or _BILLING_WORD.search(lowered, first, last):
            continue
        if named != "passport" and _PHONE_WORD_BEFORE.search(lowered, max(0, m.start() - 20), m.start()):
            continue  # a phone's word right before the value names it: "Madre de acogida: Sara, móvil 826922126"
        if named != "passport" and _EMAIL_IN_BRACKET_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # round 67: a contact's phone after the email in one bracket: "Ana Gil (ana@example.es, 976598795)"
        if named != "passport" and _REACHED_ON_BEFORE.search(lowered, max(0, m.start() - 60), m.start()):
            continue  # round 62: where the writer is reached: "Para cualquier cosa estoy en el 613302674"
        if named not in ("passport", "document") and _FILE_NUMBER_BEFORE.search(lowered, max(0, m.start() - 30), m.start()):
            continue  # round 63: a file's own number: "Pompes funèbres – dossier RE6655440"
        if named not in ("passport", "document") and _BOOKING_NUMBER_BEFORE.search(lowered, max(0, m.start() - 40), m.start()):
            continue  # round 64: a booking's own number: "Hotel: 2 noches, localizador 592263039"
        if named not in ("passport", "document") and _PAYMENT_REFERENCE_BEFORE.search(lowered, max(0, m.start() - 40), m.start()):
            continue  # round 71: a payment's reference: "Vervaldatum 17 juni 2025, betalingskenmerk 198385008"
        own = label.lower() if label else ""
        if named != "passport" and any(o.group(0) not in own for o in _OTHER_DOCUMENT.finditer(lowered, first, last)):
            continue  # an ID card's, a driving licence's or a residence permit's number: "Personalausweis\nDokumentnummer: ..."
        yield (m.start(), m.end(), "passport_shape")


_EMAIL_IN_BRACKET_BEFORE = re.compile(r"\([^()\n@ ]+@[^()\n@ ,]+,[ ]+$")


# The sentence before names the passport's number, and the value's own sentence reads it out and
# names no other thing: "Voor je ESTA heb ik nog je paspoortnummer nodig. Op de scan lees ik
# X09109912, klopt dat?", "I still need your passport number. The scan shows 123456789."
_PASSPORT_NUMBER_NAMED = re.compile(
    r"(?<!\w)(?:passport[ -]?(?:numbers?|nos?\.?|nrs?\.?|#|details)|(?:reise)?passnummern?|(?:reise)?pass-nr\.?|"
    r"numéros? de passeports?|n[°º]s? de passeports?|números? de(?:l)? pasaportes?|n\.?[°º]s?\.? de pasaportes?|"
    r"paspoortnummers?|paspoortnr\.?)(?!\w)"
)
_OTHER_IN_SENTENCE = ("flight", "flug", "vuelo", "vlucht", "seat", "sitz", "siège", "asiento", "stoel", "gate", "zug", "train",
                      "tren", "trein", "version", "release", "build", "versie", "versión")


# The value's own sentence speaks of a document named before: its copy, its scan, its expiry or
# validity, its issue, its renewal ("Wil je nog een kopie van je paspoort sturen? Het exemplaar dat
# wij hebben (...) is inmiddels verlopen.", "Send me your passport. The copy on file (...) expired.")
_DOCUMENT_REFERRED = re.compile(
    r"(?<!\w)(?:cop(?:y|ies)|scan(?:ned)?|expired?|expires|valid|issued|renew(?:ed|al)?|"
    r"kopie|exemplar|abgelaufen|läuft|gültig|ausgestellt|verlängert|"
    r"copie|exemplaire|expiré|expirée|valable|délivré|renouvel\w*|"
    r"copia|ejemplar|caducad[oa]|caduca|caducó|vencid[oa]|válid[oa]|expedid[oa]|renovad[oa]|"
    r"exemplaar|verlopen|vervalt|geldig|afgegeven|verlengd)(?!\w)"
)
_PASSPORT_IN_SENTENCE = re.compile(r"(?<!\w)(?:passport|reisepass|passeport|pasaporte|paspoort)")
"""The passport named in the sentence before a number (round 56). Until round 68 it was also called _PASSPORT_NAMED,
so it replaced round 20's pattern of that name in round 20's rule (a passport named, its number in the next
sentence), which reads its own pattern again since."""


# A person's name right before the value, in brackets or before a colon, as a list's item or one of
# a sentence's run ("Bisher: Emil Wagner (JD3567488), Safet Fischer (...)", "- Tina Singh: U81158047",
# "Tengo: Pastora Aranda Villaverde (559795215) y ..."): the name whose number the text asked for.
_NAME_BEFORE_VALUE = re.compile(
    r"(?:^|[\n,;:]|(?<!\w)(?:and|und|et|y|en))[ \t]*(?:[-•*][ \t]*)?[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*"
    r"(?:[ ](?:(?:van|von|de|der|den|del|la|le|da|du|dos|ter|ten|y|d['’])[ ]?)*[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*){1,3}"
    r"[ ]?(?:\(|:[ ]?)$")


# Round 75: the passports asked for in the plural, then each traveller's number after the name and a colon, one
# sentence each ("Ireland paddling trip - passports please by Friday. Courtney Murray: B35859997. David Nguyen:
# 028503392.", "Reisepässe bitte bis Freitag. Jonas Roth: C01X00T47. Lea Berg: ...", "passeports svp avant
# vendredi. Léa Roy : 18AB12345.", "pasaportes por favor antes del viernes. Ana Gil: PAA123456.", "paspoorten graag
# voor vrijdag. Sem de Vries: NX12345P6."); the plural with a request after it, so a "passports" on a shop's page or
# a "passport photos" order stays unread
_PASSPORTS_ASKED = re.compile(
    r"(?<!\w)(?:passports|reisepässe|pässe|passeports|pasaportes|paspoorten|paspoorts)(?!\w)[ ,:-]*"
    r"(?:please|pls|plz|asap|needed|still[ ]needed|by[ ]|bitte|benötigt|bis[ ]|svp|s'il[ ]vous[ ]plaît|merci[ ]de|"
    r"avant[ ]|por[ ]favor|antes[ ]|porfa|graag|nodig|vóór[ ]|voor[ ])")
_SENTENCE_NAME_BEFORE_VALUE = re.compile(
    r"[.!?][ ]+[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*"
    r"(?:[ ](?:(?:van|von|de|der|den|del|la|le|da|du|dos|ter|ten|y|d['’])[ ]?)*[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*){1,3}"
    r"[ ]?:[ ]?$")


def _listed_for_passports(text: str, lowered: str, start: int) -> bool:
    """The value follows a person's name in a list that a request for passport numbers opens,
    in all five languages ("die Reisepassnummern. Bisher: Emil Wagner (...)", "passport details by
    Friday, so far I have:\n- Tina Singh: ...", "números de pasaporte ... Tengo: ... (...)"): the
    number asked for, by name, is each one's passport."""
    if (_SENTENCE_NAME_BEFORE_VALUE.search(text, max(0, start - 60), start) is not None
            and _PASSPORTS_ASKED.search(lowered, max(0, start - 300), start) is not None):
        return True  # round 75: "passports please by Friday. Courtney Murray: B35859997."
    if _NAME_BEFORE_VALUE.search(text, max(0, start - 60), start) is None:
        return False
    return _PASSPORT_NUMBER_NAMED.search(lowered, max(0, start - 300), start) is not None


def _passport_number_asked_before(lowered: str, first: int, last: int) -> bool:
    if first < 2:
        return False
    lo = max(0, first - 200)
    head = lowered[lo:first].rstrip()
    prev = lo + sentence_start(head)
    if _PASSPORT_NUMBER_NAMED.search(lowered, prev, first) is None and (
            # the passport itself named before, and this sentence speaks of the document
            _PASSPORT_IN_SENTENCE.search(lowered, prev, first) is None
            or _DOCUMENT_REFERRED.search(lowered, first, last) is None):
        return False
    return not any(_OTHER_THING.match(w) or w.startswith(_OTHER_IN_SENTENCE)
                   for w in re.findall(r"[^\W\d_]+", lowered[first:last]))


_OTHER_NUMBER_BEFORE = re.compile(r"(?<!\w)(?P<word>[^\W\d_][\w.-]*)[^\w\n]{0,3}(?:(?:no|nr|n°|nº|#|number|nummer|numéro|número)[^\w\n]{0,3})?$")


def _words_before_name_it(lowered: str, first: int, start: int) -> bool:
    """In a sentence, the word right before the value names no other thing's number ("order",
    "Bestellung", "ticket", "phone", "pedido")."""
    w = _OTHER_NUMBER_BEFORE.search(lowered, max(first, start - 40), start)
    if w is not None and (_OTHER_THING.match(w.group("word")) or _contract(w.group("word"))):
        return False
    # a noun with its complement before the value, the thing first ("Contrato de alquiler RE8007556",
    # "contrat de location", "Order of ...") or as a compound's head ("Mietvertrag", "huurcontract",
    # "rental agreement", "huurovereenkomst")
    p = _OTHER_PHRASE_BEFORE.search(lowered, max(first, start - 50), start)
    return p is None or not (_OTHER_THING.match(p.group("head")) or _contract(p.group("tail")))


def _contract(word: str) -> bool:
    """A contract's word, alone or as a compound's head ("Mietvertrag", "huurcontract"; "release" is no lease)."""
    return word == "lease" or word.endswith(_CONTRACT_HEADS)


_OTHER_PHRASE_BEFORE = re.compile(
    r"(?<!\w)(?P<head>[^\W\d_]+)[ ](?:(?:de|del|of|du|van|für|d['’])[ ]?)?(?:la[ ]|le[ ]|el[ ]|the[ ]|het[ ]|de[ ])?"
    r"(?P<tail>[^\W\d_]+)[^\w\n]{0,3}(?:(?:no|nr|n°|nº|#|number|nummer|numéro|número)[^\w\n]{0,3})?$")
_CONTRACT_HEADS = ("vertrag", "contract", "overeenkomst", "agreement", "contrat", "contrato")


# ------------------------------------------------------------------ a person's record as one row
# A person's record on one delimited line, with no header: a payroll or an HR export's row, a
# sample row quoted in a log or an audit ("sample row: Jane Doe;12/03/1984;QQ123456C;GB29...",
# "Beispielzeile: Anna Roth;12.03.1984;12345678995;DE89..."): fields split by ";", "|" or a tab,
# one a person's name (two to four capitalised words, maybe after the line's own words), the
# field right after it a date, and a later field a national identifier valid by its check (one
# whose check a random number seldom passes; a leading number is the row's key); under a header
# line the columns say what each field is, and the tables' rules read them. The
# date is that person's birth date; the identifier is theirs even where its shape needs its label
# elsewhere (a Steuer-ID's 11 digits, a BSN's 9). A firm's name (GmbH, Ltd, ...) is no person.
_ROW_NAME = re.compile(
    r"(?:^|(?<=[\s:]))[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*"
    r"(?:[ ](?:(?:van|von|de|der|den|del|la|le|da|du|dos|ter|ten|y|d['’])[ ]?)*[A-ZÀ-ÖØ-Þ][^\W\d_][\w'’-]*){1,3}$"
)
_FIRM_WORDS = frozenset("gmbh ag kg ohg ug ltd llc inc plc corp co sarl sa sas sl sau slu bv nv vof cv eg ev".split())


# Round 66: a list of passports' title ("Klassenfahrt London – Passliste", "Passport list – choir tour", "Liste des
# passeports", "Lista de pasaportes", "Paspoortlijst"): its rows' numbers are the travellers' passports, and a
# passport's nine digits that pass a BSN's check are no BSN there (tables.py reads the list)
_PASSPORT_LIST_TITLE = gated(re.compile(
    r"(?i)(?<!\w)(?:pass(?:port)?[- ]?(?:list|liste)|passports?[ ](?:list|register|details)|reisepässe|passnummern|"
    r"liste des passeports|passeports|lista de pasaportes|pasaportes|paspoortlijst|paspoorten)(?!\w)"))


@lru_cache(maxsize=1)
def _row_id_checks() -> tuple[tuple[str, Callable[[str], bool]], ...]:
    from workloads.guard.checksums import es_dni_valid, uk_nino_valid

    return (("de_idnr", _length(11, _stdnum("de.idnr"))), ("nl_bsn", _length(9, _stdnum("nl.bsn"))),
            ("be_nn", _length(11, _stdnum("be.nn"))), ("at_vnr", _length(10, _stdnum("at.vnr"))),
            ("ch_ahv", _length(13, _stdnum("ch.ssn"))), ("fr_nir", _stdnum("fr.nir")),
            ("es_dni", es_dni_valid), ("es_nie", _stdnum("es.nie")), ("uk_nino", uk_nino_valid),
            ("ie_pps", _stdnum("ie.pps")))


def _row_id(field: str) -> str | None:
    value = re.sub(r"[\s.\-/]", "", field)
    if not 8 <= len(value) <= 15 or not value.isalnum() or sum(c.isdigit() for c in value) < 6:
        return None
    for kind, check in _row_id_checks():
        try:
            if check(value):
                return kind
        except Exception:  # a validator's odd input: no identifier
            continue
    return None


def find_record_rows(text: str, lowered: str) -> Iterator[Span]:
    """The birth date and the national identifier in a person's record written as one delimited
    row (see above): yields both, the date as "date_of_birth_row", the identifier as its kind."""
    if ";" not in text and "|" not in text and "\t" not in text:
        return
    pos, header = 0, None
    passports = _PASSPORT_LIST_TITLE.search(text)
    # Round 74: a clinic visit's header row ends with the clinic's file, no national identifier (clinic_visit_rows)
    visits = {row.start() for row in clinic_visit_rows(text, lowered)} if "\n" in text else set()
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        sep = max((";", "|", "\t"), key=line.count)
        if line.count(sep) < 2:
            header = None
            continue
        if not any(c.isdigit() for c in line):
            header = sep  # a table's header: its columns name the fields (the tables' rules read them)
            continue
        if header == sep:
            continue
        fields, offsets, at = line.split(sep), [], start
        for f in fields:
            offsets.append(at)
            at += len(f) + 1
        kinds = [_row_id(f.strip()) for f in fields]
        if not any(kinds):
            continue
        for i in range(len(fields) - 1):
            name = _ROW_NAME.search(fields[i].rstrip())
            if name is None or any(w.strip(".,").lower() in _FIRM_WORDS for w in name.group(0).split()):
                continue
            if i > 0 and name.start() > 0:
                continue  # only the row's first field may hold the line's own words before the name
            if not any(kind and j > i + 1 for j, kind in enumerate(kinds)):
                continue  # the identifier after the name and the date: a number before the name is the row's key
            cell = fields[i + 1]
            date = DATE.fullmatch(cell.strip())
            year = _year(cell)
            if date is None or year is None or year > _this_year() or _long_past(cell):
                continue
            lead = len(cell) - len(cell.lstrip())
            yield (offsets[i + 1] + lead, offsets[i + 1] + lead + len(cell.strip()), "date_of_birth_row")
            if (passports is not None and passports.end() <= start and len(fields) == 3) or start in visits:
                break  # a row of a passport list: name, date, passport (see _PASSPORT_LIST_TITLE)
            for j, kind in enumerate(kinds):
                if kind and j > i + 1:
                    f = fields[j]
                    lead = len(f) - len(f.lstrip())
                    yield (offsets[j] + lead, offsets[j] + lead + len(f.strip()), kind)
            break
