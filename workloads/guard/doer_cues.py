"""The doer cue: the words around a listed first name that no place or word list holds which make it someone who
does something or has something done to them (names.py's PersonDetector asks `doer_cue` for a lone first name).

Round 33's and 34's cues around a listed first name that no place or word list holds: a
role only a person holds right before it ("held by neighbour Jeffrey", "(chauffeur Aimée)",
"Vrijwilliger Bruno"); a message to it with the number after a colon ("Whatsapp a Amílcar: 930
..."); a log line that opens with its time and ends with it in brackets ("03h10 tournée 2
démarrée (Julien)"); a document it wrote ("Draft by Tina;", "Brouillon de Daniel, merci"); round 36's:
a chat's request to take it along ("nimm Anastasia mit"), a memorial's dedication ("In loving memory of
Lisa,"); round 41's: named with the reader ("Could you and Julian send ..."), picked up ("collecting
Clarissa today"); round 42's: whose application it is ("Der Antrag von Dörthe"), whose party ("JGA von
Joseph"), who is asked to do something ("Could Alejandra rework it"), who to tell ("avisad a Elena por
el grupo"); round 43's: whose bib or form it is ("el dorsal de Agustín"), whose route sheet ("coursier vélo –
Agathe"); round 44's: a case's handler or a side's captain (_ROLE_NOUN_BEFORE), who is to be called or
reminded ("appellera Hortense cette semaine"), who gave a meeting's report ("Kassenbericht durch Julius,");
round 45's: a child a parent consents for ("I'm happy for Emily to go on the trip"); round 46's: who pasted a
file ("that Rachael pasted in #kafka-help"), whose voicemail, a player's conduct in a referee's report, a log's
user key, who reports on an agenda item, whom a note describes as something; round 47's: whom a dispatcher sends
or says is on the way, whose certificate runs out (person_cues.dispatched, expiring_of); round 48's: whom a
parent takes somewhere or picks up, whom a payment's reference names, whom a code comment's task is for or a
text is to be signed as (person_cues.escorted, paid_for, task_or_signer); round 49's: a user account's name
in quotes, who signs a card's or a ribbon's quoted text (person_cues.account_name, card_signer); round 50's:
whom a note asks to do something, who still has a borrowed thing (person_cues.asked_or_holding); round 54's: whose
care plan, to whom something was sent, whose remark, who takes a duty over, who lies in a numbered bed; round 55's:
who is replaced on a rota, whose lessons, a name keyed to a passport number, a caller introducing themselves, whose
round to take over (rows of DOER_CUES and sent_to, in_numbered_bed, keyed_passport_row).

Most cues are a pattern that ends right before the name, searched in a window of some characters before it, and
perhaps a pattern matched where the name ends: one row of DOER_CUES each. The rest, cues that need more than two
patterns or a list's lookup, are functions (DOER_FUNCTIONS: person_cues.py's and this module's). A new cue is a row,
not another clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from workloads.guard.contextual import passport_list_rows
from workloads.guard.contextual import MONTH  # round 78
from workloads.guard.literals import fold, required_strings
from workloads.guard.slots import WEEKDAYS
from workloads.guard.word_tries import factored
from workloads.guard.person_cues import (account_name, asked_or_holding, card_signer, dispatched, escorted,
                                         expiring_of, group_member, mourned, name_tag, note_addressee, paid_for,
                                         place_names, referred_by, signed_up, task_or_signer)


@dataclass(frozen=True, slots=True)
class After:
    """A pattern matched where the first name ends. With `span`, only the next `span` characters are matched
    (`pattern.match(text[end : end + span])`: `$` then matches where the cut ends)."""
    pattern: re.Pattern[str]
    span: int | None = None

    def matches(self, text: str, end: int) -> bool:
        if self.span is None:
            return self.pattern.match(text, end) is not None
        return self.pattern.match(text[end : end + self.span]) is not None


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: `before` searched in the `window` characters before the first name (a pattern that ends with `$`:
    it must end where the name starts; None: nothing is asked of what comes before), then, when `after` is given,
    one of its patterns where the name ends (with `after_negated`, none of them)."""
    name: str
    before: re.Pattern[str] | None
    window: int
    after: tuple[After, ...] = ()
    after_negated: bool = False
    needs: tuple[str, ...] = field(init=False, default=(), compare=False)
    """One of these folded strings stands in every window `before` matches (literals.required_strings)."""

    def __post_init__(self) -> None:
        if self.before is not None:
            object.__setattr__(self, "needs", required_strings(self.before))

    def holds(self, text: str, start: int, end: int) -> bool:
        # the anchored match after the name is cheap; the window's search before it is not, so it waits
        if self.after:
            for after in self.after:
                if after.matches(text, end):
                    if self.after_negated:
                        return False
                    break
            else:
                if not self.after_negated:
                    return False
        if self.before is None:
            return True
        window = max(0, start - self.window)
        if self.needs:
            lowered = fold(text[window:start])
            if not any(needed in lowered for needed in self.needs):
                return False  # throughput: none of the words its pattern needs stands in the window
        return self.before.search(text, window, start) is not None


# also read by names.py (a reporter's name: _REPORTED_BY)
_REPORTER_END = re.compile(r"[ ]?(?:[)\].,;!]|$|\n)|[ ](?:from|via|vía|desde|depuis|über|vanuit)[ ]"
                           r"|[ ](?:on|op|am|le|el)[ ][0-9]")
"""What ends a reporter's or a checker's name: punctuation, the line's end, where from, or the date it was done
("Gecontroleerd door Aaliyah op 27-06-2024")."""
# also read by names.py (a role before a full name)
_ROLE_NOUNS = (
    r"neighbour|neighbor|nachbar|nachbarin|voisin|voisine|vecino|vecina|buurman|buurvrouw|chauffeur|chauffeuse|"
    r"driver|fahrer|fahrerin|conductor|conductora|host[ ](?:mum|mom|mother|dad|father|parent)|gastmutter|gastvater|gastmama|"
    r"gastpapa|mère[ ]d'accueil|père[ ]d'accueil|madre[ ]de[ ]acogida|padre[ ]de[ ]acogida|gastmoeder|gastvader|"
    r"volunteer|vrijwilliger|vrijwilligster|freiwillige|freiwilliger|ehrenamtliche|ehrenamtlicher|bénévole|voluntario|"
    r"voluntaria|scribe|note-taker|notetaker|minute-taker|notulist|notulant|"
    r"customer|kunde|kundin|klant|"
    r"gestionnaire|gestor|gestora|sachbearbeiter|sachbearbeiterin|behandelaar|behandelaarster|dossierbeheerder|"
    r"orientador|orientadora|conseiller|conseillère|caseworker|case[ ]worker|case[ ]handler|case[ ]officer|"
    r"technician|technicien|technicienne|techniker|technikerin|técnico|técnica|"
    r"captain|capt\.?|capitaine|cap\.|capitán|capitana|kapitän|kapitänin|kapitein|aanvoerder|aanvoerster|aanv\.|"
    r"debtor|debiteur|schuldner|schuldnerin|débiteur|débitrice|deudor|deudora|voorzitter|voorzitster|vorsitzende|vorsitzender|"
    r"ramoneur|ramoneuse|schoorsteenveger|deshollinador|deshollinadora|schornsteinfeger|schornsteinfegerin|chimney[ ]sweep|"
    r"piano[ ]tuner|klavierstimmer|klavierstimmerin|accordeur|accordeuse|afinador|afinadora|stemmer|pianostemmer|"
    r"owner|eigenaar|eigenares|gestiona|bearb\.|opdrachtgever|opdrachtgeefster|tecnico|"
    r"breeder|züchter|züchterin|fokker|fokster|éleveur|éleveuse|criador|criadora|"
    r"nouveau-né|nouveau-née|newborn|neugeborenes|neugeborene|recién[ ]nacido|recién[ ]nacida|pasgeborene|baby|bébé|bebé|"
    r"clerk|cashier|employee|empleado|empleada|cajero|cajera|medewerker|medewerkster|kassamedewerker|employé|employée|"
    r"caissier|caissière|mitarbeiter|mitarbeiterin|kassierer|kassiererin|verger|küster|küsterin|koster|sacristán|sacristain|"
    # round 54: whom a ward calls about a patient, and a wedding party's roles
    r"bezugsperson|contactpersoon|contact[ ]person|personne[ ]de[ ]contact|persona[ ]de[ ]contacto|next[ ]of[ ]kin|"
    r"(?:su|tu|el|la|un|una)[ ]familiar|angehörige|angehöriger|"
    r"trauzeugin|trauzeuge|brautjungfer|bridesmaid|maid[ ]of[ ]honou?r|best[ ]man|demoiselle[ ]d['’]honneur|"
    r"getuige|bruidsmeisje|madrina|padrino|dama[ ]de[ ]honor|"
    # round 59: a pool's lifeguard and a ward's nurse before the first name ("EHBO door badmeester Christiana", "sortie
    # de l'eau par le MNS Loïc", "L'infirmière Patricia dit que ...")
    r"badmeester|badjuf|bademeister|bademeisterin|lifeguard|maître-nageur|mns|"
    r"socorrista|infirmière|infirmier|krankenschwester|verpleegkundige|verpleegster|enfermera|enfermero|nurse|physio|"
    r"physiotherapist|kiné|kinésithérapeute|fisio|fisioterapeuta|fysio|fysiotherapeut|physiotherapeutin|"
    # round 62: a parent's little one ("it's for my little one Leslie, she's 4 months")
    r"little[ ]one|my[ ]baby|mein[ ]kleiner|meine[ ]kleine|mon[ ]petit|ma[ ]petite|mi[ ]peque|mi[ ]pequeño|mi[ ]pequeña|"
    r"mijn[ ]kleine|onze[ ]kleine|"
    # round 60: a build's committer or a ticket's assignee ("Notifying committer James and ...")
    r"committer|assignee|reviewer|"
    # round 63: a water-safety spotter ("reached the bank with help from spotter Marc", "veiligheidskajak Noor")
    r"spotter|kayak[ ]spotter|safety[ ]kayaker|sicherungsschwimmer|sicherungsschwimmerin|vigie|vigía|"
    # round 68: a youth team's coach ("Coach Carolyn here.", "entrenadora Marta")
    r"coach|entrenador|entrenadora|"
    # round 69: a hostel's keyworker, a visiting engineer, a holiday let's cleaner ("Keyworker Dana informed.", "Engineer
    # Michael will call 30 min before", "cleaner: Kristen", "Schoonmaakster Ilse komt om 10 uur")
    r"keyworker|key[ ]worker|support[ ]worker|engineer|cleaner|schoonmaker|schoonmaakster|reinigungskraft|putzkraft|"
    r"femme[ ]de[ ]ménage|limpiador|limpiadora|"
    # round 70: a let's tenant before the first name ("Tenant Zoe confirmed the meter reading", "huurder Bas was thuis")
    r"tenant|huurder|huurster|mieter|mieterin|locataire|inquilino|inquilina|"
    # round 71: a care office's manager, a bike shop's mechanic, a care worker ("manager Geoffrey to call back",
    # "Monteur: Diedrich", "Zorgverlener: Julian")
    r"manager|managerin|monteur|monteurin|mechaniker|mechanikerin|mechanic|mécanicien|mécanicienne|mecánico|mecánica|"
    r"zorgverlener|zorgverleenster|"
    # round 72: a ski school's or a holiday camp's instructor ("group list Red 2 (instructor Theresa)", "Monitora: Inés",
    # "moniteur Hugo", "Skilehrer Vitus")
    r"instructor|instructora|instructeur|instructrice|monitora|moniteur|monitrice|skilehrer|skilehrerin|skileraar|"
    r"skilerares|skiinstructeur|"
    # round 73: a helpline's caller, the engineer on call, a literacy class's learner ("Intake call 10:42 - caller
    # Mackenzie", "On-call was Adam;", "Learner: Francisco (ref ...)", "Apprenant : Julien", "Teilnehmerin: Sandy")
    r"caller|anrufer|anruferin|appelant|appelante|llamante|beller|on-call[ ]was|on-call[ ]is|on[ ]call[ ]was|"
    r"learner|apprenant|apprenante|lernende|lernender|teilnehmer|teilnehmerin|cursist|cursiste|alumno[ ]adulto|"
    # round 73: a care round's family contact ("Contact famille : Sandra, ...", "Familienkontakt: Jens")
    r"contact[ ]famille|contact[ ]familial|contacto[ ]familiar|familienkontakt|family[ ]contact|contact[ ]familie")
_ROLE_NOUN_ALTERNATION = factored(_ROLE_NOUNS)
_ROLE_NOUN_BEFORE = re.compile(r"(?i:\b(?:" + _ROLE_NOUN_ALTERNATION + r"))(?:[ ]?:)?[ ]$")
_ROLE_NOUN_BRACKET_BEFORE = re.compile(r"(?i:\b(?:" + _ROLE_NOUN_ALTERNATION + r"))[ ]\($")
"""Round 70: the role, then the first name in brackets: "Access: tenant (Tony) home all day", "Zugang: Mieterin
(Hanne) ab 8 Uhr da", "Accès : locataire (Inès) présente le matin"."""
"""A role that only a person holds, right before their first name: "held by neighbour Jeffrey", "route 2
gestart (chauffeur Aimée)", "Host mum Faith will collect", "la vecina Remedios tiene la llave", "Vrijwilliger
Bruno komt hem ophalen"; round 44's: who handles a case, captains a side or is served ("Échéancier proposé.
Gestionnaire Monique", "Ratenzahlung angeboten. Sachbearbeiterin Helene", "Customer Chloe paid the balance",
"Our technician Daniel will call ahead", "capt Jonathan 1-367-213-4215"); round 45's: chimney sweeps and piano
tuners ("Entreprise Chapuis, ramoneur Alain", "Stemmer: Pieter"), owners, who handles a file ("Gestiona:
Amarilis", "Bearb.: Tilman") and who orders a job ("Opdrachtgever: Jolijn"); round 49's: the clerk or the
employee who served a sale ("| paid cash | clerk Stacey", "pagado ... | empleado Carla", "medewerker Elif"), a
church's verger ("Our verger Heather will meet you"), a newborn ("nouveau-né François né le ...", "baby Thijs
geboren op ...")."""
_LOG_LINE_BRACKET = re.compile(r"(?:^|\n)[ \t]*\[?\d{1,2}[:.h]\d{2}\]?[ \t][^\n()]{3,60}\($")
_BRACKET_ENDS_LINE = re.compile(r"\)[ \t]*(?:\n|$)")
"""A log line that opens with its time and ends with who did it in brackets: "03h10 tournée 2 démarrée
(Julien)", "22:40 gate locked (Priya)"."""
_MESSAGE_TO_BEFORE = re.compile(
    r"(?i:\b(?:whatsapp|whats[ ]?app|sms|text|message|call|ring|phone|signal|telegram|llama|llamar|escribe|bel|app|"
    r"ruf|schreib|appelle|appelez|écris|écrivez|avisos|absagen|absagen[ ]bitte|abmeldungen|afmeldingen|afmelden[ ]bij|"
    r"annulations|désistements|cancellations|notices|apologies|excusas)[ ](?:a|al|à|an|to|naar|met|bij|aan)[ ]"
    r"|\b(?:handy|mobil|mobile|mob|cell|tel|tél|phone|portable|móvil|movil|gsm|mobiel)\.?[ ])$")
"""A message or a call to someone, their number after a colon: "Whatsapp a Amílcar: 930 49 86 29", "Avisos a Pepe:
825 534 006", "Absagen bitte an Finn: 0171 ...", "SMS an
Jonas: 0171 ...", "text Priya: 07700 ...", or whose phone it is: "Handy Philipp: 043 714 00 15"."""
_ITEM_OF_BEFORE = re.compile(
    r"(?i:\b(?:dorsal|dossard|startnummer|rugnummer|bib|start[ ]pack|ficha(?:[ ]del[ ]tatuaje)?|fiche(?:[ ]de[ ]tatouage)?|"
    r"tattoo[ ]form|toga|gown|robe|talar|traje|vestido|jurk|kostuum|costume|kostüm|"
    # round 56: whose passport a school trip still needs ("le passeport de Stéphanie", "den Kinderreisepass von Nico")
    r"passport|passeport|pasaporte|paspoort|reisepass|kinderreisepass|kinderpass|personalausweis|kinderausweis|"
    r"carte[ ]d['’]identité|identiteitskaart|id[ ]card|dni|"
    # round 57: in whose hair a school found lice ("en el pelo de Duilio", "dans les cheveux de Monique")
    r"pelo|cabello|cheveux|haaren|haren|hair)[ ](?:de|of|von|van|du|for))[ ]$")
_DEPOSIT_OF_BEFORE = re.compile(r"(?i:\b(?:deposit|kaution|caution|fianza|borg|waarborg)[ ](?:de|of|von|van|du|for|für))[ ]$")
"""Whose bib, form or gown it is: "he recogido el dorsal de Agustín", "le dossard de Stéphanie", "la ficha del tatuaje
de Ainoa", "De toga van Niels is betaald", "la toga de Baltasar se pagó" (round 56: or passport, "il nous manque le
passeport de Nicole"); and whose deposit is returned, a name with
no number after it ("Kaution für John zurück", "borg van Dex teruggestort"; not "Kaution für Zimmer 412")."""
_COURIER_SHEET_BEFORE = re.compile(
    r"(?i:\b(?:coursier|coursière|mensajero|mensajera|fietskoerier|koerier|fahrradkurier|kurier|kurierin|courier|"
    r"rider|livreur|livreuse|bezorger|bezorgster|repartidor|repartidora)(?:[ ](?:vélo|en[ ]bici|à[ ]vélo))?)"
    r"(?:[ ]?[–-][ ]|[ ]?:[ ]|[ ])$")
"""A courier's route sheet headed with the rider's first name: "FEUILLE DE ROUTE coursier vélo – Agathe", "HOJA DE
RUTA mensajero en bici – Alejo", "RITLIJST fietskoerier – Bo", "MANIFEST rider: Alan #R17"."""
_AUTHORED_BY = re.compile(
    r"(?i:\b(?:draft|redraft|version|minutes|notes|proposal|entwurf|fassung|protokoll|vorschlag|brouillon|compte[ ]rendu|"
    r"proposition|borrador|versión|propuesta|acta|concept|conceptversie|versie|notulen|voorstel)"
    r"[ ](?:by|von|de|por|van|door))[ ]$")
"""A document and who wrote it: "Draft by Tina;", "Entwurf von Irina,", "Brouillon de Daniel,", "Borrador de
Roque;", "Concept van Sanne;"; the name ends the clause (_REPORTER_END)."""
_TAKE_ALONG_BEFORE = re.compile(
    r"(?i:\b(?:take|bring|pick[ ]up|grab|neem|breng|nimm|hol|llévate[ ]a|lleva[ ]a|trae[ ]a|recoge[ ]a|"
    r"passe[ ]prendre|prends|emmène|ramène))[ ]$")
_TAKE_ALONG_AFTER = re.compile(r"[ ](?i:mee|mit|along|too|aussi|avec[ ]toi|porfa|contigo|aub|bitte|also)\b")
"""A chat's request to take someone along ("neem Benoit mee aub", "nimm Anastasia mit", "llévate a Cándido
porfa", "passe prendre Robert aussi"): the first name is a person's, a word's or not."""
_PRONOUN_AND_BEFORE = re.compile(
    r"(?<![\w'’])(?i:you|we|us|me|du|wir|mich|dich|toi|moi|nous|vous|tú|tu|nosotros|jij|wij|jou|mij)[ ](?:and|und|et|y|en|&)[ ]$")
"""Someone named with the reader or the writer: "Could you and Julian send us ...", "toi et Lucie", "jij en Daan"."""
_COLLECTING_BEFORE = re.compile(
    r"(?i:\b(?:collecting|collect|picking[ ]up|pick[ ]up|fetching|fetch|grab|grabbing|abholen|holt|ophalen|haalt|"
    r"recoger|recoge|chercher|récupérer|récupère))[ ]$")
_COLLECTING_AFTER = re.compile(
    r"[ ](?i:today|tomorrow|tonight|at|from|after|heute|morgen|um|nach|vandaag|om|na|hoy|mañana|a[ ]las|"
    r"aujourd['’]hui|demain|à)\b")
"""Who is picked up, and when or where: "will be collecting Clarissa today at 3.15", "holt Mila heute ab"."""
_REQUEST_OF_BEFORE = re.compile(
    r"(?i:\b(?:application|request|antrag|anfrage|bewerbung|aanvraag|ligplaatsaanvraag|verzoek|sollicitatie|"
    r"candidature|demande|solicitud|petición|candidatura)(?:[ ](?:de|for|für|voor|pour|para)[ ][a-zà-ÿ]+)?"
    r"[ ](?:of|from|von|van|de|d['’]|del))[ ]$")
"""Whose application minutes decide: "Der Antrag von Dörthe auf einen Liegeplatz", "Ligplaatsaanvraag van
Linn goedgekeurd", "la solicitud de amarre de Marcos", "La candidature de Alice au poste"."""
_PARTY_OF_BEFORE = re.compile(
    r"(?i:\b(?:jga|junggesellenabschied|junggesellinnenabschied|polterabend|vrijgezellenfeest|vrijgezellenavond|"
    r"evjf|evg|enterrement[ ]de[ ]vie[ ]de[ ](?:garçon|jeune[ ]fille)|despedida[ ]de[ ](?:soltero|soltera)|"
    r"hen[ ](?:do|party)|stag[ ](?:do|party)|bachelorette[ ]party|bachelor[ ]party|birthday[ ]surprise|"
    r"surprise[ ]party|geburtstagsüberraschung|verrassingsfeest)[ ](?:of|for|von|für|van|voor|de|pour|para))[ ]$")
"""Whose party a booking is for: "Hinweis: JGA von Joseph", "vrijgezellenfeest van Lex", "birthday surprise
for Leah"."""
_MODAL_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n|,[ ])(?i:could|can|would|will)[ ]$")
_MODAL_AFTER = re.compile(r"[ ][a-z]{2,}[ ](?:it|round|over|by|in|up|me|us|them|the|a|this|that)\b")
"""A request naming who is to do it: "Could Alejandra rework it before Friday?", "could Raymond pop round"."""
_TELL_BEFORE = re.compile(
    r"(?i:\b(?:avisad|avisa|avisadle|avisar|decidle|dile|decídselo|sagt|sag|gebt|prévenez|préviens|prévenir|dites|"
    r"tell|ping|inform|let)[ ](?:a|al|à|an|aan)?[ ]?)$")
_TELL_AFTER = re.compile(r"[ ](?i:por|via|vía|über|per|par|on|in|know|weten|bescheid|en[ ]el|dans|im|in[ ]de)\b")
"""Who to tell, and how: "Cambios de turno: avisad a Elena por el grupo", "tell Sam on Slack"."""
_CALL_BEFORE = re.compile(
    r"(?:(?<![\w])(?:appellera|rappellera|appelle|rappelle|contactera|relancera|belt|bellen|zal[ ]bellen|"
    r"will[ ]call|will[ ]ring|calls|rings|remind|reminds|reminding|ruft|erinnert|erinnere|kontaktiert|"
    r"llamará[ ]a|llama[ ]a|llamaré[ ]a|recuerda[ ]a|recordad[ ]a|recordar[ ]a|contactará[ ]a)"
    r"|\b(?i:remind|appelez|please[ ]call|call|bel|belt|melden[ ]bei|bitte[ ]melden[ ]bei|llamad[ ]a|llame[ ]a|"
    # whom to contact, and where ("contactez Eugène au secrétariat", "contact Lena at reception", "wenden Sie sich
    # an Jonas am Empfang", "contacte con Inés en secretaría", "neem contact op met Bas via ...")
    r"contactez|contacter|please[ ]contact|contact|kontaktieren[ ]Sie|wenden[ ]Sie[ ]sich[ ]an|contacte[ ]con|"
    r"contacten[ ]con|contactar[ ]con|neem[ ]contact[ ]op[ ]met|neemt[ ]u[ ]contact[ ]op[ ]met|"
    # whom questions go to ("Rückfragen an Thies, Diensthandy ...", "questions to Kim on ...", "preguntas a Inés")
    r"rückfragen[ ]an|fragen[ ]an|questions[ ]to|queries[ ]to|questions[ ]à|preguntas[ ]a|dudas[ ]a|vragen[ ]aan))[ ]$")
_CALL_AFTER = re.compile(
    r"[ ](?i:cette|ce|demain|aujourd['’]hui|hierover|daarover|morgen|vandaag|tomorrow|today|tonight|this|to|about|back|"
    r"heute|an|deswegen|dazu|mañana|hoy|esta|este|para|por|om|over|terug|au|pour|wegen|on|op|at|unter|al|am|en|via)\b"
    r"|[ ]?:[ ]*[+(]?[0-9]"
    r"|,[ ]?(?i:dienst|diensthandy|handy|tel\.?|phone|mobile|mob\.?|portable|tél\.?|móvil|teléfono|mobiel|gsm)?[ ]?[+(]?[0-9]")
"""Who someone will call or remind, and when or why: "Mme Barbe appellera Hortense cette semaine", "Mw. Moons
belt Bart hierover", "Remind Kathryn to bring the certificates", "Frau Weber ruft Jonas morgen an", "la
conserje llamará a Elena mañana"; a lost pet's poster, in capitals or not: "APPELEZ Nadine AU 062 ...", "BEL Ingrid:
(0402) 886871", "Bitte melden bei Ursula: 062 ...". A verb's object, lower case but for the imperatives."""
_REPORT_BY_BEFORE = re.compile(
    r"(?i:\b(?:(?:financial|treasurer['’]s|annual|cash)[ ]report|kassenbericht|finanzbericht|jahresbericht|rechenschaftsbericht|"
    r"kassenprüfbericht|financieel[ ]verslag|jaarverslag|kasverslag|rapport[ ](?:financier|moral|du[ ]trésorier)|"
    r"bilan[ ]financier|informe[ ](?:económico|de[ ]tesorería|financiero)|float[ ]counted|counted|presented|"
    r"vorgestellt|vorgetragen|présenté|présentée|presentado|presentada|gepresenteerd)[ ](?:by|durch|von|door|par|por)"
    r"|\b(?i:las|los|lo|la)[ ]presenta)[ ]$")
_REPORT_BY_END = re.compile(r"[ ]?(?:[,.;:)]|$|\n)|[ ]+(?:and|und|et|y|en|&)[ ]+[A-ZÀ-Þ]")
"""Who gave a meeting's report, as minutes write it: "TOP 3: Kassenbericht durch Julius, Entlastung einstimmig",
"Financieel verslag door Denise, goedgekeurd", "3. Cuentas: las presenta Emma; se aprueban", "Float counted by
Lisa and Dr Alexander"."""
_PERMISSION_BEFORE = re.compile(
    r"(?i:\b(?:happy[ ]for|permission[ ]for|consent[ ]for|i[ ]allow|we[ ]allow|j['’]autorise|nous[ ]autorisons|"
    r"autorizo[ ]a|autorizamos[ ]a|doy[ ]permiso[ ]para[ ]que|toestemming[ ](?:voor|dat)|einverstanden,?[ ]dass|"
    r"erlaube[ ](?:ich|wir)?[ ]?(?:meine[mr]?[ ](?:sohn|tochter|kind)[ ])?|erlauben,?[ ]dass))[ ]$")
_PERMISSION_AFTER = re.compile(
    r"[ ](?i:to|à|a|om|an|mit|zu|aan|de|participe|participer|deelneemt|meedoet|meegaat|teilnimmt|mitfährt|mitkommt|"
    r"vaya|asista|go|goes|attend|attends|join|joins)\b")
"""A parent's consent for a child named by first name: "I'm happy for Emily to go on the trip", "J'autorise Léo à
participer", "autorizo a Lucía a ir", "Ik geef toestemming dat Sem meegaat", "einverstanden, dass Mia mitfährt"."""
_RELATIVE_DOER_BEFORE = re.compile(r"(?<![\w])(?i:that|which|die|dat|que|das|den)[ ]$")
_RELATIVE_DOER_AFTER = re.compile(
    r"[ ](?:[\w#.-]+[ ]){0,4}?(?i:pasted|posted|shared|sent|uploaded|attached|forwarded|plakte|plakten|deelde|stuurde|postte|"
    r"pegó|compartió|envió|subió|adjuntó|a[ ]collé|a[ ]partagé|a[ ]envoyé|a[ ]posté|eingefügt|gepostet|geteilt|"
    r"geschickt|hochgeladen|angehängt)\b")
"""Who pasted or shared a file, as a relative clause says it: "the consumer.properties that Rachael pasted in
#kafka-help", "Config die Rudi in het ticket plakte", "Fichero que Luis pegó en el canal"."""
_VOICEMAIL_FROM_BEFORE = re.compile(
    r"(?i:\b(?:message[ ]vocal[ ]de|mensaje[ ]de[ ]voz[ ]de|voicemail[ ]from|voice[ ]message[ ]from|sprachnachricht[ ]von|"
    r"voicemail[ ]van|spraakbericht[ ]van|ingesproken[ ]bericht[ ]van))[ ]$")
"""Whose voicemail it is: "Message vocal de Nadine : « oui bonjour ... »", "Mensaje de voz de Lola:"."""
_AFTER_FOUL_BEFORE = re.compile(
    r"(?i:\b(?:after[ ]the[ ](?:challenge|foul|tackle)|nach[ ]dem[ ](?:foul|zweikampf)(?:[ ](?:hat|ist))?|"
    r"na[ ]de[ ](?:overtreding|tackle)(?:[ ](?:duwde|sloeg|trapte|gaf|liep))?|tras[ ]la[ ](?:entrada|falta)|"
    r"après[ ](?:la[ ]faute|le[ ]tacle|l['’]intervention))),?[ ]$")
"""A referee's report of a player's conduct: "after the challenge Kyle stood over his opponent", "nach dem Foul hat
Jonas den Gegenspieler ...", "na de overtreding duwde Sem de tegenstander ...", "tras la entrada, Iker empujó ..."."""
_USER_KEY_BEFORE = re.compile(r"(?:@usr\.name|usr\.name|user\.name|user\.username|user_name)[:=][\"']?$")
"""A log's or a query's user key before a first name: "user.username=Brianna", "@usr.name:Natalie"."""
_AGENDA_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?i:top|punt|point|punto|item|agendapunt)[ ])?[0-9]{1,2}[.:)]?[ ]?:?[ ]$")
_AGENDA_ITEM_AFTER = re.compile(
    r"[ ](?i:berichtet|erläutert|informiert|stellt|meldet|beklagt|fragt|schlägt|explica|presenta|informa|expone|denuncia|"
    r"pregunta|propone|solicita|reports|explains|presents|raises|asks|proposes|complains|présente|explique|informe|"
    r"signale|demande|propose|licht|stelt|meldt|vertelt|vraagt|klaagt|"
    # the past and the other words for raising a point: "2. Heather raised that ...", "TOP 3: Albrecht merkt an,
    # dass ...", "3. Pastor avisa de que ...", "Punt 4: Noor wijst erop dat ..."
    r"raised|reported|noted|notes|asked|proposed|explained|presented|mentioned|points[ ]out|pointed[ ]out|flags|flagged|"
    r"merkt[ ]an|weist[ ]darauf|bemerkt|berichtete|fragte|schlug|avisa|señala|comenta|indica|advierte|recuerda|"
    r"indique|note|rappelle|souligne|fait[ ]remarquer|merkt[ ]op|wijst[ ]erop|meldde|geeft[ ]aan)\b")
"""A minutes' agenda item opened by who reports on it or raises it: "TOP 2: Hanna berichtet vom neuen Rufbus-Angebot",
"2. Lola explica el nuevo bus a demanda", "2. Cleto denuncia robos de tomates"."""
_DESCRIBED_AS_BEFORE = re.compile(r"(?i:\b(?:describe|describes|described|beschreibt|beschrieb|décrit|describe[ ]a|beschrijft|beschreef))[ ]$")
_DESCRIBED_AS_AFTER = re.compile(r"[ ](?i:as|als|comme|como)\b")
"""Whom a note describes, and as what: "the assessor's notes describe Ella as ...", "beschreibt Jonas als ..."."""
_MEMORIAL_BEFORE = re.compile(
    r"(?i:\b(?:in[ ](?:loving[ ])?memory[ ]of|en[ ]mémoire[ ]de|à[ ]la[ ]mémoire[ ]de|en[ ]memoria[ ]de|zum[ ]gedenken[ ]an|"
    r"in[ ]liefdevolle[ ]herinnering[ ]aan|ter[ ]nagedachtenis[ ]van|ter[ ]nagedachtenis[ ]aan))[ ]$")
"""A memorial's dedication to a first name ("In loving memory of Lisa, forever ..."): someone mourned."""

_PHONE_AFTER_COLON = re.compile(r"[ ]?:[ ]*\+?\d")
"""A number after a colon, in the next six characters: "Whatsapp a Amílcar: 930 49 86 29"."""
_FIGURE_AFTER = re.compile(r"[ ]\d")
"""A figure right after the name: "Kaution für Zimmer 412" is a room's deposit."""
_COLON_AFTER = re.compile(r"[ ]?:")
"""A colon after the name: "Mensaje de voz de Lola:"."""
_LOWER_WORD_AFTER = re.compile(r"[ ][a-zß-ÿ]")
"""A word in lower case after the name: "after the challenge Kyle stood ..."."""
_SHEET_LINE_END = re.compile(r"[ \t]*(?:#\w+[^\n]*|\([^()\n]{1,30}\))?(?:\n|$)")
"""The end of a route sheet's heading, in the next forty characters, perhaps after a rider's number: "MANIFEST rider:
Alan #R17"."""

# Round 54: whose care plan it is, to whom something was sent, whose remark, who saw it (Spanish), who takes a duty
# over, who lies in which bed.
_CARE_PLAN_BEFORE = re.compile(
    r"(?i:\b(?:(?:asthma|allergy|allergies|anaphylaxis|emergency|care|crisis|seizure|epilepsy|diabetes|medication|"
    r"health|behaviour|behavior|feeding|support)[ ]plan|[a-zäöüß]*(?:notfall|asthma|allergie|medikations|pflege|"
    r"anfalls|förder|ernährungs|krisen)plan|[a-z]*(?:astma|allergie|epilepsie|zorg|medicatie|nood|behandel|"
    r"signalerings)plan|pai|plan[ ]d['’]accueil(?:[ ]individualisé)?|protocole[ ]d['’]urgence|plan[ ]de[ ]soins|"
    r"plan[ ]de[ ](?:asma|crisis|cuidados|emergencia|alergia|acción|actuación)|"
    # round 55: a child's health papers a camp or a school asks for
    r"impfnachweis|impfpass|fiche[ ]sanitaire|carnet[ ]de[ ](?:vaccination|santé)|cartilla[ ]de[ ]vacunación|"
    r"ficha[ ](?:médica|sanitaria)|vaccinatiebewijs|entbewijs|medical[ ]form|health[ ]form|consent[ ]form)"
    r"(?:[ ](?:actualizado|actualizada|mis[ ]à[ ]jour|nouveau|nuevo))?[ ](?:for|für|de|del|van|voor|of|d['’]))[ ]?$")
"""A care plan a school or a nursery keeps for one child, and whose it is: "the new asthma plan for Ryan", "der
Notfallplan für Birgit", "le PAI mis à jour de Dorothée", "el plan de asma actualizado de Nélida", "het astmaplan van
Floortje". Only a person has an allergy, asthma or seizure plan; a project's or a day's plan is not in the list."""
_NAME_ENDS = re.compile(r"(?:[ ]*[,.;:!?)\n]|[ ]*$|[ ]+[a-zß-ÿ])")
_SENT_TO_BEFORE = re.compile(
    r"(?i:\b(?:sent|forwarded|passed|handed|given|emailed|e-mailed|mailed|shown|showed|send|forward|pass|hand|give|"
    r"email|show)[ ](?:the|my|our|your|his|her|their|these|those|this|that|both|all)[ ](?:[a-z'’-]+[ ]){0,2}?to|"
    r"(?:envoyé|transmis|transféré|donné|montré|envoie|transmets)[ ](?:les|la|le|l['’]|mes|nos|vos|ses|leurs)[ ]?"
    r"(?:[a-zà-ÿ'’-]+[ ]){0,2}?à|"
    r"(?:enviado|reenviado|pasado|dado|mandado|enseñado|envío|mando|paso)[ ](?:las|los|la|el|mis|tus|sus|nuestr[oa]s)[ ]"
    r"(?:[a-záéíóúñ-]+[ ]){0,2}?a)[ ]$")
"""Something sent or handed on to someone: "I've sent the photos to Kenneth at the centre", "j'ai transmis le dossier
à Corinne", "he enviado las fotos a Rogelio". A place takes parcels too: place names are left out."""
_SENT_TO_AFTER = re.compile(
    r"[ ]?(?:[,.;!?)]|$|\n)|[ ](?i:at|in|from|for|so|yesterday|today|this|last|à|au|pour|hier|ce|cette|en|para|por|"
    r"ayer|hoy|esta|este|del)\b")
_GERMANIC_SENT_BEFORE = re.compile(
    r"(?i:\b(?:die|das|den|alle|meine|unsere|de|het|mijn|onze|alle)[ ][\w'’-]+[ ](?:an|naar|aan))[ ]$")
_GERMANIC_SENT_AFTER = re.compile(
    r"[ ](?i:geschickt|weitergeleitet|gegeben|gesendet|gemailt|gestuurd|doorgestuurd|gegeven|gemaild)\b")
"""German and Dutch put the participle after whom it went to: "die Fotos an Jannik geschickt", "de foto's naar Femke
gestuurd"."""
_REMARK_OF_BEFORE = re.compile(
    r"(?i:\b(?:(?:remarque|commentaire|observation|suggestion)[ ](?:de|d['’])|(?:comment|remark|suggestion|feedback)[ ]"
    r"from|(?:anmerkung|kommentar|hinweis|rückmeldung)[ ]von|(?:comentario|observación|sugerencia)[ ]de|"
    r"(?:opmerking|commentaar|suggestie)[ ]van))[ ]?$")
"""A review's remark and who made it: "Merci de reformuler, remarque de Corinne.", "comment from Dale"."""
_CLITIC_PRETERITE_BEFORE = re.compile(
    r"(?:^|\n|[.!?][ ]+|,[ ])(?:[Ll]o|[Ll]a|[Ll]os|[Ll]as|[Ll]e|[Ll]es)[ ]"
    r"(?:[a-záéíóúñ]{2,}(?:ó|ió)|vio|dijo|hizo|puso|trajo|tuvo)[ ]$")
"""Spanish puts the subject after a clitic and a past verb: "Lo vio Saturnina esta mañana", "La encontró Maite"."""
_CLITIC_PRETERITE_AFTER = re.compile(
    r"[ ]?(?:[,.;!?]|$|\n)|[ ](?:esta|este|ayer|hoy|anoche|anteayer|el|por|en|antes|después|a|al|de|y)\b")
_DUTY_TAKEN_BEFORE = re.compile(
    r"(?i:\b(?:übernimmt|übernehmen|übernahm|se[ ]encarga|se[ ]encargará|llevará|asume|asumirá|coordinará))[ ]$")
"""A duty and who takes it over, the name after the verb: "Die Hausmeisterstelle übernimmt Richard;", "La limpieza la
llevará Macaria"; Dutch parts the verb: "De sleutels neemt Joost over"."""
_DUTY_TAKEN_AFTER = re.compile(
    r"[ ]?(?:[,.;!?(]|$|\n)|[ ](?i:ab|vorübergehend|kommissarisch|a[ ]partir|desde|durante|hasta)\b")
_DUTCH_TAKES_OVER_BEFORE = re.compile(r"\b(?i:neemt|nam)[ ]$")
_DUTCH_TAKES_OVER_AFTER = re.compile(r"[ ]over\b")
_IN_BED_AFTER = re.compile(
    r"[ ](?i:in|im|au|dans[ ]le|en[ ]la|en|op)[ ](?i:bed|bett|lit|cama)[ ]?(?:nr\.?[ ]?|no\.?[ ]?|n°[ ]?)?\d"
    r"|[ ]\((?i:bed|bett|lit|cama|habitación|zimmer|chambre|kamer|room)[ ]?(?:nr\.?[ ]?|no\.?[ ]?|n°[ ]?)?\d{1,3}\)")
"""A patient in a numbered bed: "- Melissa in bed 9 keeps trying to stand", "Jonas im Bett 3"; round 57: the bed or
the room in brackets, as a night shift's handover writes it ("- Macario (cama 2) llegó a las 23:30")."""


# Round 55: who is replaced on a rota, whose lessons, a name keyed to a passport number in a list, a caller
# introducing themselves, whose round or shift to take over.
_REPLACED_BEFORE = re.compile(
    r"(?:^|\n|:[ ]|[.;][ ])[ \t]*[A-ZÀ-Þ][a-zß-ÿ'’-]+[ ](?i:statt|anstelle[ ]von|sustituye[ ]a|reemplaza[ ]a|cubre[ ]a|"
    r"en[ ]lugar[ ]de|remplace|au[ ]lieu[ ]de|i\.p\.v\.|in[ ]plaats[ ]van|vervangt|instead[ ]of|covers[ ]for|replaces)[ ]$")
"""A care rota's change, one first name for another: "Mo früh: Sami statt Antonella", "Eric sustituye a Bernardita
(baja)", "Marguerite remplace Adrienne", "Elif i.p.v. Benjamin (ziek)", "Priya covers for Declan": both are people."""
_REPLACED_END = re.compile(r"[ ]?(?:\(|[,.;:!?\n]|$)")
_LESSONS_FOR_BEFORE = re.compile(
    r"(?i:\b(?:lessons?|sessions?|tutoring|tuition|coaching|nachhilfe|unterricht|nachhilfestunden|stunden|cours|clases|"
    r"lecciones|bijles|lessen|transfer[ ]request|transferantrag|demande[ ]de[ ]mutation|solicitud[ ]de[ ]traspaso|"
    r"overschrijvingsverzoek)\b[^\n.;:]{0,40}?[ ](?:for|für|pour|para|voor))[ ]$")
"""Whose lessons an invoice bills or whose transfer a club requests: "6 x 1 hr GCSE maths sessions for Hannah",
"Nachhilfe Englisch für Cédric (Klasse 9)", "8 clases de Física para Nacio", "the transfer request for Craig"."""
_KEYED_NUMBER_AFTER = re.compile(r"[ ]?(?::|[ ][-–])[ ]+[A-Z]{0,2}\d{6,9}\b")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$")


def _keyed_to_passport(text: str, start: int) -> bool:
    """A name opening a row of a list of passports under the line that names them ("Passport numbers for the
    hotel:\nAlexa - G22011418"): the same list the passport finder reads (contextual.passport_list_rows)."""
    return any(row.start("key") == start for row in passport_list_rows(text, text.lower()))


_ITS_BEFORE = re.compile(r"(?:^|[,.!?][ ]|\n)[ ]*(?i:it['’]s|it[ ]is|c['’]est|hier[ ]ist|soy|met)[ ]$")
_FROM_AFTER = re.compile(r"[ ](?:from|de|del|de[ ]la|von|vom|van)[ ](?:the[ ]|la[ ]|el[ ]|der[ ]|de[ ]|het[ ])?[a-zA-ZÀ-ÿ]")
"""A caller introducing themselves and where from: "Hi Julia, it's Lorraine from the community midwives"."""
_ROUND_OF_BEFORE = re.compile(
    r"(?i:\b(?:die[ ](?:tour|schicht|runde|fahrt)|den[ ](?:dienst|besuch)|de[ ](?:rit|dienst|ronde|route)|het[ ]rondje|"
    r"the[ ](?:round|shift|run|visits?)|la[ ](?:tournée|garde)|le[ ](?:service|créneau)|el[ ](?:turno|recorrido)|"
    r"la[ ]ruta)[ ](?:von|van|of|de|del|d['’]))[ ]?$")
_TAKE_OVER_AFTER = re.compile(
    r"[ ](?i:übernehmen|übernimmst|overnemen|overneemt|cover|covern|take[ ]over|reprendre|prendre|cubrir|hacer)\b")
"""Whose round to take over: "kannst du morgen die Tour von Jannis übernehmen?", "de rit van Dirk overnemen"."""


# Round 56: whose turn a rota's day line gives, a child's age in brackets (person_cues.PERSON_DETAILS).
_ROTA_DAY_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?(?![\w])[^\n–—]{0,30}?"
    r"[ ][–—-][ ][^\n–—]{1,40}?[ ][–—-][ ]$")
"""A rota's line opened by its day, its fields parted by dashes, the last one who is on: "di middag – koffie – Janne",
"Di nachmittags – Café – Arnd", "Wed pm - Drivers - Siobhan", "Lun tarde – recepción – Begoña"."""
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_ROTA_DUTY_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?(?![\w])[^\n:]{0,30}?"
    r"[a-zäöüßà-ÿ]{3,}[ ]?:[ ]$")
"""Round 65: who is on a rota's duty, the day then the hours and the duty, a colon, the name to the line's end: "So 10-17
Führung: Hans-Bernd", "zo rondleiding: Sienna", "Dom visita guiada: Gala", "Sat 2-5 front desk: Kim"."""
_SIGNED_ABBREVIATION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Gez\.|gez\.|Sgd\.|sgd\.|Fdo\.|fdo\.|Get\.|get\.)[ ]$")
"""A signature's abbreviation at a line's start, the name alone after it: "Gez. Margita" (gezeichnet), "Sgd. Pam",
"Fdo. Remigio" (firmado), "Get. Anouk" (getekend)."""
_AGENT_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:agent|agente|agentin|call[ ]handler|advisor|adviser)[ \t]?:[ \t]*$")
"""A call's notes that name the agent who took it, the first name alone on its line: "Agent: James\nCall back number:
...", "Agente: Cosme"; a transcript's "Agent: Das tut mir leid" goes on with a sentence."""
# Round 58: whom to let know (Dutch), the subject of a clause after "that".
_LET_KNOW_BEFORE = re.compile(r"\b(?i:laat|laten|laat[ ]even)[ ]het[ ]$")
_LET_KNOW_AFTER = re.compile(r"[ ](?i:weten|even[ ]weten)\b")
"""Whom to let know, the Dutch way round: "Ruil even onderling en laat het Stella weten"."""
_THAT_SUBJECT_BEFORE = re.compile(r"(?<![\w])(?i:that|que|dat)[ ]$")
_THAT_SUBJECT_AFTER = re.compile(
    r"[ ](?:has[ ]been|had[ ]been|is[ ]being|was[ ]being|will[ ]be|has[ ]passed|has[ ]won|has[ ]joined|ha[ ]sido|"
    r"ha[ ]aprobado|ha[ ]ganado|a[ ]été|est[ ]sélectionnée?|sera|heeft[ ]gewonnen|is[ ]geselecteerd|is[ ]gekozen|"
    r"is[ ]aangenomen)\b")
"""The subject of a clause after "that", a passive or a perfect after it: "We're pleased to tell you that Reece has been
selected", "nos alegra comunicarle que Macaria ha sido admitida", "nous avons le plaisir de vous dire que Léo a été
retenu", "we laten u weten dat Sem is geselecteerd"."""
# Round 59: who is asked to pick a child up (Dutch and German put the verb last), whom a note thanks, whom someone says
# cannot or will do something.
_ASKED_TO_FETCH_BEFORE = re.compile(r"\b(?i:kun[ ]jij|kan[ ]jij|kun[ ]je|wil[ ]jij|wil[ ]je|kunt[ ]u|kannst[ ]du|könntest[ ]du|"
                                    r"kannst[ ]du[ ]bitte|kunnen[ ]jullie|könnt[ ]ihr)[ ]$")
_ASKED_TO_FETCH_AFTER = re.compile(r"[ ][^\n?.!]{0,40}?(?i:\b(?:halen|ophalen|brengen|wegbrengen|abholen|bringen|mitnehmen)\b)")
"""Whom a parent asks someone to fetch, the verb at the clause's end: "kun jij Marie-Louise vandaag van de BSO halen?",
"kannst du Jonas heute vom Hort abholen?"."""
# also read by names.py (whom a note thanks, a common first name only: a firm is thanked as often)
_THANKS_TO_BEFORE = re.compile(r"\b(?i:merci[ ]à|thanks[ ]to|thank[ ]you[ ]to|big[ ]thanks[ ]to|danke[ ]an|gracias[ ]a|"
                               r"dank[ ]aan|bedankt[ ]aan|dank[ ]je[ ]wel[ ]aan)[ ]$")
_THANKS_TO_AFTER = re.compile(r"[ ](?i:pour|for|für|por|voor)\b|[ ]?[!.;]")
"""Whom a note thanks, and for what: "Merci à Suzanne pour la couture !", "Thanks to Gemma for the cakes."; names.py
asks for a common first name (a firm's or a surname-like name is thanked as often)."""
_SAID_BEFORE = re.compile(r"\b(?i:said|says|told[ ]me|told[ ]us|dice[ ]que|dijo[ ]que|dit[ ]que|a[ ]dit[ ]que|sagt|sagte|"
                          r"meinte|zegt[ ]dat|zei[ ]dat)[ ]$")
_SAID_AFTER = re.compile(r"[ ](?i:can't|cannot|can[ ]not|won't|will[ ]not|isn't|hasn't|is[ ]not|no[ ]puede|ne[ ]peut|"
                         r"ne[ ]pourra|kann[ ]nicht|darf[ ]nicht|kan[ ]niet|mag[ ]niet|is[ ]out|is[ ]off)\b")
"""Whom someone says cannot or will not do something: "the physio said Omar can't play saturday", "el médico dijo que
Iker no puede entrenar", "der Arzt sagt, Lena darf nicht turnen" (with the comma: the name after it)."""
_UPDATE_ON_BEFORE = re.compile(
    r"(?i:\b(?:(?:petit[ ]|un[ ])?point[ ]sur|nouvelles[ ]de|(?:quick[ ]|short[ ])?update[ ]on|news[ ]on|"
    r"(?:kurzes[ ])?update[ ]zu|neuigkeiten[ ]von|(?:kleine[ ])?update[ ]over|nieuws[ ]over|stand[ ]van[ ]zaken[ ]rond|"
    r"novedades[ ]sobre|noticias[ ]de|actualización[ ]sobre))[ ]$")
_PRONOUN_CLAUSE_AFTER = re.compile(r"[ ]?[:,–-][ ]+(?i:il|elle|he|she|they|er|sie|hij|zij|ze|él|ella)[ ][a-zß-ÿ]")
"""Round 60: whom an update is about, a pronoun taking the name up after a colon: "petit point sur Loïc : il a pris
un coup", "quick update on Maya: she is back", "kurzes Update zu Jonas: er darf wieder", "novedades sobre Lucía: ella
..."."""
_HEADS_UP_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:heads[ -]up|fyi|psst|kurze[ ]info|pour[ ]info|ojo|let[ ]op)[ ,]?[ ]$")
_ADDRESS_DASH_AFTER = re.compile(r"[ ]?(?:[-–—:,][ ]|!)")
"""Round 60: whom a message opens by warning, the name then a dash or a colon: "Heads up Steven - the key ...", "FYI
Maya: the build ...", "Let op Sanne, de sleutel ..."."""
_TIMED_TASK_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Za-zÀ-ÿ]{1,3}(?:[ ]?[-–,/][ ]?[A-Za-zÀ-ÿ]{1,3}){0,4}[ ])?[0-9]{1,2}[:.h][0-9]{2}(?:[ ]?(?:Uhr|h))?"
    r"[ ][^\n–—]{3,60}?[ ][–—][ ](?:(?i:auxiliar|auxiliaire|aide|carer|pfleger|pflegerin|verzorgende|verzorger|"
    r"helper|helferin|helfer)[ ])?$")
"""Round 61: a care visit's or a task's line that opens with its time (perhaps its days) and ends with who does it
after a dash: "07:30 Grundpflege, Kompressionsstrümpfe – Danica", "ma-vr 8:00 ADL-hulp, steunkousen – Jason", "L-V
9:00 aseo personal – auxiliar Rita", "18h00 repas – Mireille"; the name ends the line (_LINE_ENDS)."""
_RESCUED_AFTER = re.compile(
    r"(?:[ ]\([^()\n]{1,20}\))?[ ](?i:récupérée?\(?e?\)?|récupérée?s?|repêchée?|rescued|recovered|pulled[ ]out|picked[ ]up|"
    r"aufgenommen|geborgen|gerettet|aus[ ]dem[ ]wasser[ ]geholt|uit[ ]het[ ]water[ ]gehaald|opgepikt|gered|"
    r"rescatad[oa]|recuperad[oa]|sacad[oa][ ]del[ ]agua)\b")
_CLAUSE_COMMA_BEFORE = re.compile(r",[ ]$")
_RESCUE_VERB_BEFORE = re.compile(r"(?i:\b(?:se[ ]rescata[ ]a|rescatamos[ ]a|se[ ]saca[ ]a|on[ ]récupère|"
                                 r"haalden|holten|bargen))[ ]$")
"""Round 61: whom a safety boat's log says was pulled out of the water: "capsize by the bridge, Kai uit het water
gehaald", "Kenterung vor der Brücke, Christa (Jugend) aufgenommen", "dessalage d'un skiff, Adrienne récupéré(e)", "se
rescata a Olivia, aviso al padre", "capsize at the weir, Maisie recovered"."""
_HAND_IN_TO_BEFORE = re.compile(
    r"(?i:\b(?:results?|resultados|résultats|uitslagen|ergebnisse|scores?|score[ ]?sheets?|feuilles[ ]de[ ]partie|"
    r"renewals?|forms?|formulieren|formulare|formularios|formulaires|entries|inscriptions|inschrijvingen|anmeldungen|"
    r"inscripciones|payments?|subs)\b[^\n.;!?]{0,40}?[ ](?:to|à|a|al|aan|an|bei))[ ]$")
_HAND_IN_BY_AFTER = re.compile(
    r"[ ](?i:by|before|until|avant|en[ ]fin|antes|para[ ]el|hasta|voor|vóór|uiterlijk|bis|vor|spätestens)\b|[ ]?[.!]")
"""Round 61: to whom results, forms or renewals go, and by when: "Results to Christine by Friday please", "Resultados
a Pablo antes del domingo", "Uitslagen graag doorgeven aan Melle.", "rendre les feuilles de partie à Philippe en fin
de ronde", "Please get renewals to Veronica by the end of the month", "Ergebnisse bitte an Jonas bis Sonntag"."""
_SENTENCE_LINE_BEFORE = re.compile(r"[.!?][ \t]*\n[ \t]*$")
_SIGNER_ROLE_AFTER_COMMA = re.compile(
    r",[ ](?i:arbitre|arbitro|scheidsrechter|schiedsrichter|schiedsrichterin|referee|umpire|service[ ][a-zà-ÿ]+|"
    r"servicio[ ]de[ ][a-zà-ÿ]+|équipe[ ][a-zà-ÿ]+|equipo[ ]de[ ][a-zà-ÿ]+|secrétaire|trésorier|trésorière|"
    r"organisateur|organisatrice|organizador|organizadora|organisator|organisatorin)[ \t]*(?:\n|$)")
"""Round 61: a signer's name at a line's start after the last sentence, a comma, then their role or desk to the
line's end: "Merci de rendre les feuilles ... en fin de ronde.\nAlix, arbitre", "Bonne croisière !\nAnastasie,
service réservations", "¡Buena navegación!\nRégulo, servicio de reservas"."""
_ACTION_BEFORE = re.compile(r"(?:^|\n|[.;][ ])[ \t]*(?i:action|actions|action[ ]point|ap|actie|aktion|acción|todo)[ ]?:[ ]$")
_TO_DO_AFTER = re.compile(r"[ ](?:to|te|zu|à|a)[ ][a-zß-ÿ]{3,}")
"""Round 61: who takes a minutes' action: "Action: Lacey to order the phonics books", "Actie: Sanne te bellen"."""
_CHANGE_BY_BEFORE = re.compile(
    r"(?i:\b(?:deploy|deployment|rollback|roll-back|release|merge|hotfix|revert|restart|rotation|failover|change)[ ]by)[ ]$")
"""Round 61: who made a change in an incident's timeline: "11:02 deploy by Whitney", "rollback by Marco at 11:40"."""
_LIST_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,2}[.)][ \t]*|[-•*·][ \t]*)?$")
_ATTENDANCE_STATUS_AFTER = re.compile(
    r"[ ][-–—:][ ](?i:present|presente|présente?|anwesend|aanwezig|asiste|asistió|attended|attending|absent|absente|"
    r"abwesend|afwezig|excused|excusée?|entschuldigt|afgemeld|justifica[ ]ausencia|no[ ]asiste|ausente|apologies)\b")
"""Round 61: a register's line, a name then its attendance: "4. Ella - anwesend, zum ersten Mal", "Anacleto - asiste
(nuevo)", "Arnaude - présent (nouveau)", "Loek - aanwezig", "Maisie - present (new)"."""
_REMINDER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:reminder|recordatorio|rappel|erinnerung|herinnering|aviso)[ ]?:[ ]$")
_ADDRESS_COMMA_AFTER = re.compile(r",[ ][a-zß-ÿA-Z]")
"""Round 62: whom a reminder text addresses: "Recordatorio: Fidela, tiene cita de espirometría ...", "Rappel :
Gabrielle, RDV spirométrie ...", "Reminder: Aidan, your appointment ..."."""
_SEEN_BEFORE = re.compile(
    r"(?i:\b(?:saw|seen|visited|observed|watched|voir|vu|vue|observé|observée|observer|visiter|visité|visitée|"
    r"visto[ ]a|visitado[ ]a|observado[ ]a|ver[ ]a|vi[ ]a|vio[ ]a|gezien|bezocht|geobserveerd|heb|hebben|gesehen|besucht|beobachtet|"
    r"habe|haben))[ ]$")
_IN_CLASS_AFTER = re.compile(
    r"[ ](?i:en[ ]classe|en[ ]clase|en[ ]el[ ]aula|en[ ]el[ ]cole(?:gio)?|in[ ](?:the[ ])?class(?:room)?|in[ ]school|"
    r"at[ ]school|à[ ]l['’]école|in[ ]de[ ]klas|op[ ]school|in[ ]der[ ]klasse|im[ ]unterricht|in[ ]der[ ]schule)"
    r"(?![ ](?:affaires|éco|économique|business|turista|preferente|eco))\b")
"""Round 63: a teacher's, a school nurse's or a therapist's visit to a pupil in class: "I saw Bradley in school this
morning", "Je suis passée voir Michel en classe", "Hoy he visto a Elba en clase", "Ik heb Lex in de klas gezien",
"habe Jonas im Unterricht beobachtet"; not "voir Paris en classe affaires"."""
_PINGED_BEFORE = re.compile(r"(?i:\b(?:pinging|ping|paging|page|looping[ ]in|loop[ ]in|tagging|cc['’]?ing))[ ]$")
_PINGED_AFTER = re.compile(r"[ ]?(?:[,:–—-]|[ ]?\n|[ ]?$)")
"""Round 63: whom a chat or a log pings: "-- pinging Audrey, you own this one", "paging Tomás: prod is down"; not
"pinging 10.0.0.4" (no first name) nor "ping Google for" (no mark after it)."""
_THANKS_FOR_TASK_BEFORE = re.compile(
    r"(?i:\b(?:merci[ ]à|gracias[ ]a|danke[ ]an|dank[ ]aan|dank[ ]je[ ]wel[ ]aan|bedankt[ ]aan))[ ]$")
_TO_DO_FOR_AFTER = re.compile(
    r"[ ](?:de[ ][a-zà-ÿ]+(?:er|ir|re)\b|d['’][a-zà-ÿ]+(?:er|ir|re)\b|por[ ][a-zà-ÿ]+(?:ar|er|ir)(?:lo|la|los|las)?\b|"
    r"für[ ](?:die|das|den|deine|ihre)[ ]|voor[ ](?:het|de)[ ])")
"""Round 63: whom a note thanks for a task, done or asked: "Merci à Bernard de corriger avant l'envoi", "Gracias a
Lucía por revisarlo", "Danke an Jonas für die Korrektur", "Dank aan Femke voor het nakijken": the task follows as a
verb. Not English "thanks to ... for": firms and sponsors are thanked as often as people (an honest bank's clean
row, round 63)."""
_STAND_IN_BEFORE = re.compile(
    r"(?i:\b(?:remplacer|remplaces|remplace|replace|cover[ ]for|stand[ ]in[ ]for|sub[ ]for|fill[ ]in[ ]for|"
    r"sustituir[ ]a|sustituyes[ ]a|reemplazar[ ]a|cubrir[ ]a|invallen[ ]voor|inval[ ]voor|"
    r"vervangen))[ ]$")
_STAND_IN_AFTER = re.compile(
    r"[ ](?:au|à|at|on|in|en|el|am|im|op|als|as|comme|como|dimanche|samedi|sunday|saturday|domingo|sábado|sonntag|"
    r"samstag|zondag|zaterdag|morgen|demain|mañana|tomorrow)[ ]|[ ]?[?.!]")
"""Round 63: whom someone is asked to stand in for on a rota or in a crew: "Tu peux remplacer Eliane au poste 2
dimanche ?", "Can you cover for Ciara on Saturday?", "¿Puedes sustituir a Nerea el domingo?", "Kun jij invallen voor
Mirthe op zaterdag?"; not "replace Jasmine with Jest" (a word after it, no time or place)."""
_REPORT_OF_BEFORE = re.compile(
    r"(?i:\b(?:informe|rapport|bilan|dossier|expediente|boletín|bulletin|zeugnis|gutachten|verslag|report|"
    # round 64: a child's care documents ("the allergy action plan for Cheryl", "den Allergiepass von Clarissa", "de
    # factuur voor de beugelbehandeling van Emmanuel")
    r"action[ ]plan|care[ ]plan|treatment[ ]plan|allergiepass|impfpass|\w*behandeling|\w*behandlung|plan[ ]de[ ]soins|"
    r"plan[ ]de[ ]tratamiento|zorgplan|behandelplan)"
    r"(?:[ ][a-zà-ÿ]+){0,2}[ ](?:de|d['’]|von|van|on|sur|for|pour|para)[ ]?)$")
_REPORT_OF_AFTER = re.compile(r"[ ](?:para|pour|for|für|voor|a|à|al|au|to|zum|zur|ter)[ ]|[ ]?[,.;:]|[ ]\((?!\d)")
"""Round 63: whose school report or assessment a teacher sends: "Le adjunto el informe psicopedagógico de Guiomar para
la reunión", "le bilan orthophonique de Lilou pour", "das Gutachten von Malte für die Konferenz"; not "el informe de
Madrid" (no first name) ."""
_PAIRS_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:buddy['’]?s|buddies|buddy[ ]pairs|pairs|pairings|(?:new[ ]\w+[ ])?paired|parejas|binômes|"
    r"paare|buddy-paare|tandems|koppels|duo['’]?s)[ ]?:[ ](?:[^\n]{0,80}?(?:,[ ]|[ ](?:with|met|con|avec|mit|&)[ ]))?$")
_PAIRED_AFTER = re.compile(r"[ ](?:with|met|con|avec|mit|&)[ ]|[ ]?[,.;]|[ ]?\n|[ ]?$")
"""Round 63: a line of pairs under its label, at a swim, a dive or a walk: "Buddy's: Claire met Lotte, Karlijn met
Herman.", "Parejas: Epifanio con Milagros, Perla con Erasmo.", "New swimmers paired: Rose with Joe", "Binômes : Léa
avec Inès": each first name of the line is a person's."""
_FAMILY_OF_BEFORE = re.compile(
    r"(?i:\b(?:familia|padres|famille|parents|family|eltern|familie|ouders)[ ](?:de|d['’]|of|von|van)[ ]?)$")
_SALUTATION_END_AFTER = re.compile(r"[ ]?[:,!]")
"""Round 63: whose family a school's letter greets: "Querida familia de Chita:", "Chers parents de Lilou,", "Dear
family of Oscar,", "Liebe Eltern von Mila,", "Lieve ouders van Saar,"."""
_LEAK_TIME_BEFORE = re.compile(
    r"(?i:\b(?:at|um|à|a[ ]las|a[ ]la|om)[ ]\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ ]?(?:uhr|h))?,?[ ](?:heeft[ ]|hat[ ])?)$")
_LEAK_VERB_AFTER = re.compile(
    r"[ ](?i:pasted|posted|committed|pushed|leaked|shared|pegó|publicó|subió|compartió|a[ ]collé|a[ ]publié|a[ ]posté|"
    r"a[ ]poussé|per[ ]ongeluk|per[ ]abuis|per[ ]vergissing|hat[ ]versehentlich|versehentlich|accidentally|"
    r"por[ ]error|sin[ ]querer|par[ ]erreur|plakte|postte|pushte)\b")
_LEAK_BY_BEFORE = re.compile(r"(?i:\b(?:gepostet|gepusht|eingefügt|geteilt|posted|pasted|pushed|publié|collé|publicado|"
                             r"pegado|geplakt|gepost)[ ]?\((?:von|by|par|por|door)[ ])$")
"""Round 64: who leaked a secret, in a security notice's timed sentence or its brackets: "at 09:17:28 Corey pasted
the webhook config", "a las 23:38, Paloma pegó por error ...", "om 08:38 heeft Jelle per ongeluk ...", "... gepostet
(von Audrey)"."""
_KIN_BRACKET_BEFORE = re.compile(
    r"(?i:\b(?:mum|mom|mother|dad|father|maman|papa|mère|père|mamá|papá|madre|padre|mama|mutter|vater|moeder|vader|"
    r"grandma|grandpa|oma|opa|mamie|papi|abuela|abuelo|la[ ]maman|le[ ]papa))[ ]?\($")
_BRACKET_CLOSES = re.compile(r"\)")
"""Round 64: a parent's or a grandparent's first name in brackets after the kinship word: "Mum (Heather) reports ...",
"Bonne implication de la maman (Luc)", "Vater (Jörg) holt ab", "la mamá (Inés) comenta"."""
_ESCALATED_TO_BEFORE = re.compile(
    r"(?i:\b(?:escalated[ ]to|escalating[ ]to|handed[ ]over[ ]to|eskaliert[ ]an|übergeben[ ]an|escaladé[ ]à|"
    r"escalade[ ]vers|transmis[ ]à|escalado[ ]a|aviso[ ]a|avisado[ ]a|geëscaleerd[ ]naar|gemeld[ ]aan|overgedragen[ ]aan|"
    # round 73: "Escaladé vers Élise (astreinte secondaire)", "Eskalation an Georges nach 15 Min."
    r"escaladé[ ]vers|eskalation[ ]an|escalation[ ]to|escalatie[ ]naar))[ ]$")
_ESCALATED_AFTER = re.compile(r"[ ]?\(|[ ](?:via|per|por|par|by|über|door)[ ]|[ ]?[,.;]|[ ]?\n|[ ]?$|"
                              r"[ ](?:nach|after|après|tras|na)[ ]\d")
"""Round 64: whom an incident's timeline escalates to or notifies: "10:17 PM  Escalated to Jennifer (secondary)",
"03:01 Aviso a Chita por llamada", "17:38 Gemeld aan Ivy via sms", "eskaliert an Hans-Jörg per Anruf"."""
_DRIVER_IS_BEFORE = re.compile(
    r"(?i:\b(?:driver|nurse|carer|escort|chauffeur|conductor|conductora|fahrer|fahrerin|chauffeuse|begeleider|"
    r"begeleidster|verpleegkundige|infirmière|infirmier|enfermera|enfermero)\b[^.\n]{0,48}[ ](?:is|will[ ]be|ist|est|es|"
    r"será|sera|wordt|wird))[ ]$")
_DRIVER_IS_AFTER = re.compile(r"[ ](?:in|on|with|and|who|today|tomorrow|from|im|mit|dans|avec|en|con|met|van|aus|de)[ ]|"
                              r"[ ]?[,.;!(]|[ ]?$")
"""Round 64: who a transport or a visit sends, as the message names them: "your driver for tomorrow's 6:15 pick-up is
Janice in a silver minibus", "Ihr Fahrer morgen ist Kemal mit ...", "votre infirmière demain sera Maëlle"."""
_SPEAK_TO_BEFORE = re.compile(r"(?i:\b(?:bitte|graag|please))[ ]$")
_SPEAK_TO_AFTER = re.compile(r"[ ][^.\n]{0,40}?\b(?i:ansprechen|aanspreken|anrufen|opbellen)\b")
_SPEAK_TO_LEADING_AFTER = re.compile(r"[ ](?:graag[ ])?(?:even[ ])?(?i:aanspreken|ansprechen)\b")
_CLAUSE_START_BEFORE = re.compile(r"(?:\A|[,;:!?\n])[ ]?$")
"""Round 66: whom a desk is asked to speak to: "bitte Karoline beim nächsten Training ansprechen", "Sven graag even
aanspreken bij de balie"."""
_TELL_TO_BEFORE = re.compile(r"(?i:\b(?:avisad|avisa|avise|avisen|decidle|decid|dile|decirle)[ ]a)[ ]$")
_TELL_TO_AFTER = re.compile(r"[ ](?:para[ ]que|que)[ ]")
"""Round 66: whom a Spanish message asks someone to tell: "Avisad a Matías para que limpie el historial"."""
_ENTERED_FOR_BEFORE = re.compile(r"(?i:\b(?:i['’]ve|we['’]ve|i|we|have|has)[ ](?:entered|enrolled|registered))[ ]$")
_ENTERED_FOR_AFTER = re.compile(r"[ ](?:for|in|into|on)[ ]")
"""Round 66: whom a parent or a teacher entered for an exam or an event: "I've entered Joseph for Grade 3 piano"."""
_DONE_BY_BEFORE = re.compile(
    r"(?i:\b(?:faite?s?|relue?s?|vérifiée?s?|contrôlée?s?|corrigée?s?)[ ]par|(?:gemeldet|geprüft|erstellt|korrigiert|"
    r"gegengelesen|gelesen)[ ]von)[ ]$")
_DONE_BY_AFTER = re.compile(r"[ ]?(?:[.,;!]|\n|$)")
"""Round 66: who did a check, at the sentence's or the line's end: "Relecture faite par Charles", "Gemeldet von
Roderich."."""
_TALKS_WITH_AFTER = re.compile(
    r"[ ](?i:spricht[ ]mit|redet[ ]mit|klärt[ ]das[ ]mit|talks[ ]to|is[ ]talking[ ]to|speaks[ ](?:to|with)|will[ ]speak[ ]to|"
    r"will[ ]talk[ ]to|parle[ ](?:avec|à)|va[ ]parler[ ](?:avec|à)|contacte|habla[ ]con|hablará[ ]con|va[ ]a[ ]hablar[ ]con|"
    r"spreekt|praat[ ]met|gaat[ ]praten[ ]met|neemt[ ]contact[ ]op)\b")
"""Round 67: who takes a matter up with someone, opening the clause after a comma: "Beitrag ausgeblendet, Florian
spricht mit der Person", "post hidden, Megan will talk to the member", "message masqué, Chloé parle avec l'auteur",
"mensaje oculto, Nuria habla con el usuario", "bericht verborgen, Daan spreekt de schrijver aan"."""
_MODERATED_BY_BEFORE = re.compile(
    r"(?i:\b(?:mod(?:erator)?[ ]on[ ]duty|admin[ ]on[ ]duty|moderator[ ]van[ ]dienst|modérateur[ ]de[ ]service|"
    r"(?:masqué|masquée|supprimé|supprimée|retiré|retirée|caché|cachée|modéré|modérée)[ ]par|"
    r"(?:hidden|removed|deleted|moderated)[ ]by|(?:ausgeblendet|entfernt|gelöscht|moderiert)[ ]von|"
    r"(?:ocultado|ocultada|eliminado|eliminada|borrado|borrada|moderado|moderada)[ ]por|"
    r"(?:verborgen|verwijderd|gemodereerd)[ ]door))[ ]$")
"""Round 67: who moderated a post, at the sentence's or the line's end: "User warned, mod on duty Brenda.", "Masqué
par Charlotte.", "Beitrag entfernt von Jonas", "Mensaje ocultado por Nuria.", "Bericht verwijderd door Daan"."""
_JSON_ROLE_KEY_BEFORE = re.compile(
    r"[\"'](?i:engineer|technician|tech|fitter|installer|plumber|electrician|driver|courier|nurse|carer|agent|assignee|"
    r"handler|reviewer|monteur|techniker|handwerker|fahrer|kurier|pfleger|pflegerin|technicien|plombier|chauffeur|"
    r"livreur|infirmier|infirmière|técnico|técnica|fontanero|conductor|repartidor|enfermero|enfermera|loodgieter|"
    r"bezorger|verpleegkundige)[\"'][ ]?:[ ]?[\"']$")
_QUOTE_CLOSES = re.compile(r"[\"']")
"""Round 67: a record's key for who does the job, its value quoted ("engineer": "Amy", 'monteur': 'Jens',
"técnico": "Nuria"): a first name there is the worker's."""
_SENTENCE_END_BEFORE = re.compile(r"[A-Za-zß-ÿ0-9)][.!?]{1,3}[ ]$")
_TEXT_ENDS = re.compile(r"[ ]*$")


_HAM_SIGN_OFF_BEFORE = re.compile(r"(?:^|[.!?\n])[ ]*(?:(?i:vy)[ ])?73s?[ ]?(?:,[ ]?|[ ]de[ ]|[ ])$|[.!?][ ]de[ ]$")
"""Round 68: a radio amateur's sign-off ("73" is best regards, "de" is from), then the first name at the end:
"... erreicht ihr mich unter 02657 57439 107. 73, Alma", "... me llame al 947 33 59 78. 73 de Lalo", "... svp. 73
Manon", "... or email ann@example.com. de Richard"."""
_OTHERWISE_BEFORE = re.compile(r"(?i:\b(?:otherwise|sonst|ansonsten|sinon|si[ ]no|de[ ]lo[ ]contrario|anders|zo[ ]niet))[ ,]*$")
_STAYS_BEHIND_AFTER = re.compile(r"[ ](?i:will|would|must|has[ ]to|needs[ ]to|muss|wird|müsste|devra|doit|tendrá|tendría|"
                          r"deberá|moet|zal|zou)\b")
_OTHERWISE_MODAL_BEFORE = re.compile(r"(?i:\b(?:sonst|ansonsten|anders|zo[ ]niet))[ ](?:muss|müsste|wird|moet|zal|kann)[ ]$")
_LOWER_WORD_NEXT = re.compile(r"[ ][a-zäöüßà-ÿ]")
"""Round 68: the child a consent letter says stays behind, "Otherwise Nora will have to stay in school", "sonst muss
Lena im Hort bleiben" (the German and Dutch verb before the name)."""
_RETURN_TO_BEFORE = re.compile(
    r"(?i:\b(?:terug[ ]naar|retour[ ]à|renvoyer[ ]à|devolver[ ]a|devuélvelo[ ]a|zurück[ ]an|return[ ]to|send[ ]back[ ]to|"
    r"back[ ]to)|\b(?:traducteur|traductrice|translator|übersetzer|übersetzerin|traductor|traductora|vertaler|customer|"
    r"client|kunde|kundin|cliente|klant)[ ]\()[ ]?$")
_RETURN_TO_AFTER = re.compile(r"[ ]?(?:[.;!)]|$|\n|,[ ])")
"""Round 68: to whom a text goes back, at the sentence's end, or a role with its holder in brackets: "Terug naar
Veerle.", "Devolver a Amelia.", "Retour au traducteur (Germaine).", "customer (Carl) says ..."."""
_NEXT_DOOR_AFTER = re.compile(r"[ ](?i:von[ ]nebenan|von[ ]gegenüber|from[ ]next[ ]door|next[ ]door|d['’]à[ ]côté|"
                              r"de[ ]al[ ]lado|van[ ]hiernaast|van[ ]naast|van[ ]de[ ]buren)\b")
"""Round 68: a neighbour by where they live: "Schlüssel hat Romina von nebenan", "la voisine, Chloé d'à côté"."""
_FROM_BEFORE = re.compile(r"(?i:\b(?:von|from|de|van))[ ]$")
_MISSING_AFTER = re.compile(r"[ ](?i:fehlt|is[ ]missing|still[ ]missing|manque|falta|ontbreekt)\b")
_FORM_OF_BEFORE = re.compile(
    r"(?i:\b(?:autorisation|autorización|attestation|consentement|einverständnis(?:erklärung)?|toestemming|permission|"
    r"consent(?:[ ]form)?|abschnitt|rückmeldung|antwortabschnitt|strookje|autorisation[ ]de[ ]sortie)[ ]"
    r"(?:de|von|van|for|from|d['’]))[ ]$")
_FORM_FOR_AFTER = re.compile(r"[ ](?i:fehlt|is[ ]missing|still[ ]missing|manque|falta|ontbreekt|pour[ ]la|para[ ]la|"
                             r"voor[ ]de|für[ ]die|for[ ]the)\b")
"""Round 68: whose consent form is still missing: "von Justus fehlt noch der Abschnitt", "l'autorisation de sortie de
Charlotte pour la classe de mer", "la autorización de Domingo para la salida"."""
_AGE_GROUP_AFTER = re.compile(r"[ ]\((?:U|O|u|o)[ ]?\d{1,2}s?\)")
"""Round 68: a player's age group in brackets: "Nicholas (U11) is signing for us", "Lotte (O19) speelt mee"."""
_BACK_AGAIN_BEFORE = re.compile(r"(?i:\b(?:hier[ ](?:noch(?:[ ]?mal|mals)|ist[ ]noch(?:[ ]?mal))|it['’]s[ ](?:me[ ],?)?again|"
                                r"c['’]est[ ]encore|soy[ ]otra[ ]vez|met[ ]nog[ ]een[ ]keer))[ ]$")
_ABOUT_AFTER = re.compile(r"[ ](?i:wegen|about|regarding|re|à[ ]propos|pour|por|sobre|over|voor|vanwege)\b")
"""Round 68: a caller again, then what about: "Hallo, hier nochmal Lena wegen Bello", "hi, it's Sam again about ..."."""


def signed_chat(text: str, start: int, end: int) -> bool:
    """Round 67: a chat message of one line signed with the first name alone after its last sentence: "... c'est au 5
    rue Deshusses. Théophile", "llamadme al 900 88 17 07 porfa. Maximiano", "please refund asap!! Chelsea"; not a
    document's last word, where a line break or more than a message's length comes before."""
    return (len(text) <= 400 and "\n" not in text and _TEXT_ENDS.match(text, end) is not None
            and _SENTENCE_END_BEFORE.search(text, max(0, start - 5), start) is not None)
_COMMENT_OPENS = r"(?:^|\n)[ \t]*(?:#|//|--|;|/?\*)[ \t]*"
_COMMENT_HEADS_UP_BEFORE = re.compile(
    _COMMENT_OPENS + r"(?i:achtung|ojo|attention|atención|cuidado|heads[ ]up|hey|nb|n\.b\.|let[ ]op|opgelet|hinweis|aviso)"
    r"[ ,!]*[ ]$")
_COMMENT_START_BEFORE = re.compile(_COMMENT_OPENS + r"$")
_COMMENT_COLON_AFTER = re.compile(r"[ ]?:[ ]")
_COMMENT_NOTE_AFTER = re.compile(
    r"[ ]?:[ ]+[^\n]{0,60}?\b(?i:is[ ]still|are[ ]still|still[ ]in|noch|nog|encore|sigue|siguen|todavía|était|étaient|"
    r"stand|standen|staat|staan|please|bitte|graag|merci[ ]de|por[ ]favor|can[ ]you|could[ ]you|kannst[ ]du|kun[ ]je|"
    r"peux-tu|puedes)\b")
"""A code comment that speaks to a colleague by first name: after a word that calls for attention ("# Achtung Luka:
das Passwort stand im Klartext", "# ojo Nilda: la contraseña ...") or opening the comment, when what follows says
something is still so or asks for something ("# James: the old value is still in git history", "# Tom: staat nog in de
oude tfvars, graag roteren"). A tool's name opening a comment ("# Hugo: static site generator") says neither."""

def sent_to(text: str, start: int, end: int) -> bool:
    """Round 54: something sent or handed on to a first name that is no place's (_SENT_TO_BEFORE)."""
    return bool(_SENT_TO_BEFORE.search(text, max(0, start - 60), start) and _SENT_TO_AFTER.match(text, end)
                and text[start:end].lower() not in place_names())


def in_numbered_bed(text: str, start: int, end: int) -> bool:
    """Round 54: a patient in a numbered bed (_IN_BED_AFTER)."""
    return _IN_BED_AFTER.match(text, end) is not None


def keyed_passport_row(text: str, start: int, end: int) -> bool:
    """Round 55: a first name opening a row of a list of passports under its heading (_keyed_to_passport)."""
    return bool(_LINE_START.search(text, max(0, start - 8), start) and _KEYED_NUMBER_AFTER.match(text, end)
                and _keyed_to_passport(text, start))


_ITEM_OPENS = re.compile(r"(?:^|\n)([ \t]*(?:[-•*·][ \t]+)?)$")
_ITEM_SEPARATOR_AFTER = re.compile(
    r"(?:[ ]\([^()\n]{1,30}\))?([ ]:[ ]|[ ][–—-][ ])(?=[^\W\d_A-ZÀ-Þ]+[ ,(]|\d)"  # round 66: a qualifier, a hyphen
    r"|([ ]\()(?=[^\W\d_])")  # round 66: the line's own bracket, "- Bernardita (menor, autorización firmada)"


def changeover_cleaner(text: str, start: int, end: int) -> bool:
    """Round 69: the first name ending a holiday let's changeover line (_CHANGEOVER_LINE_BEFORE), not a place's."""
    return bool(_LINE_ENDS.match(text, end) and _CHANGEOVER_LINE_BEFORE.search(text, max(0, start - 100), start)
                and text[start:end].lower() not in place_names())


def listed_beside_full_name(text: str, start: int, end: int) -> bool:
    """Round 64: a first name opening a list's line, then the line's separator (a spaced colon or a dash, not a
    field's bare colon) and a lower-case word or a number, in a list whose other lines open with a full name the same
    way: "- Brigitte Louis : allergie aux protéines\n- Sylvie : œuf", "Adelina Mateos – 28-09-2023 – huevo\nCruz –
    frutos secos": one list of people, the shorter lines too. Round 66: a qualifier in brackets before the separator
    and a hyphen as one ("Danielle (junior) - passport ..." under "Cahal MacEver - passport ..."), and a bracket as
    the separator ("- Bernardita (menor, autorización firmada)" under "- Liliana Alfaro Luz (K1 propio)")."""
    opens = _ITEM_OPENS.search(text, max(0, start - 12), start)
    after = _ITEM_SEPARATOR_AFTER.match(text, end)
    if opens is None or after is None:
        return False
    bullet = re.escape(opens.group(1).strip())
    if after.group(1) is not None:
        separator = rf"[ ]{re.escape(after.group(1).strip())}[ ](?=[^\W\d_A-ZÀ-Þ]+[ ,(]|\d)"
    else:
        separator = r"[ ]\((?=[^\W\d_])"
    beside = re.compile(rf"(?:^|\n)[ \t]*{bullet}[ \t]*[A-ZÀ-Þ][\w'’-]+[ ][A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+)?"
                        rf"{separator}")
    return any(m.start() != opens.start() for m in beside.finditer(text))


_SHOPS_NAMED_LIKE_PEOPLE = frozenset(("penny", "norma"))
"""German discounters whose names are first names: "Paket bei Penny abholen" is a parcel shop."""


def picked_up_at(text: str, start: int, end: int) -> bool:
    """Round 70: at whose place something is picked up (_PICK_UP_AT_BEFORE), not a shop's."""
    return bool(_PICK_UP_AT_BEFORE.search(text, max(0, start - 5), start) and _PICK_UP_AT_AFTER.match(text, end)
                and text[start:end].lower() not in _SHOPS_NAMED_LIKE_PEOPLE)


def course_group_member(text: str, start: int, end: int) -> bool:
    """Round 71: a course group's or a team's member (_GROUP_MEMBER_AFTER), a first name that is no place's."""
    return _GROUP_MEMBER_AFTER.match(text, end) is not None and text[start:end].lower() not in place_names()


_SENTENCE_ENDS = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")


def received_by(text: str, start: int, end: int) -> bool:
    """Round 70: who received or collected something (_RECEIVED_BY_BEFORE); a first name that is a place's too only
    when the line or the text ends with it ("Recibido el 08-05-2022 por Virginia"), not before a noun ("received by
    Florence depot")."""
    if _NAME_ENDS.match(text, end) is None or _RECEIVED_BY_BEFORE.search(text, max(0, start - 90), start) is None:
        return False
    return text[start:end].lower() not in place_names() or _SENTENCE_ENDS.match(text, end) is not None


_NUMBER_OPENS = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")
_NUMBERED_ROW_AFTER = re.compile(r"(?:[ ]\(|,[ ]|[ ][–—·-][ ])(?=[^\W\d_A-ZÀ-Þ])")
_NUMBERED_FULL_NAME = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?:van|de|der|den|von|del|la|le|du|da|di)[ ])*"
    r"[A-ZÀ-Þ][\w'’-]+){1,3}(?:[ ][–—·-][ ]|,[ ]|[ ]\()")


def numbered_beside_full_name(text: str, start: int, end: int) -> bool:
    """Round 70: a first name alone on a numbered list's row, then a note in lower case ("3. Chad (returning after
    injury)", "3. Edelbert, möchte nur Dienstag", "3. Teodosio – solo martes"), in a list whose other two or more rows
    open with a full name and a contact: a waiting list's people, the shorter rows too."""
    if _NUMBERED_ROW_AFTER.match(text, end) is None or _NUMBER_OPENS.search(text, max(0, start - 8), start) is None:
        return False
    row_start = text.rfind("\n", 0, start) + 1
    rows = (m.start() + text.startswith("\n", m.start()) for m in _NUMBERED_FULL_NAME.finditer(text))
    return sum(1 for row in rows if row != row_start) >= 2  # the other rows: the match opens at the newline before


_HANDOVER_BEFORE = re.compile(
    r"(?i:\b(?:hand(?:ed|ing)?[ ]over[ ]to|handover[ ]to|übergabe[ ]an|übergeben[ ]an|overdracht[ ]aan|overgedragen[ ]aan|"
    r"overgedragen[ ]naar|passation[ ]à|relève[ ]?:|relevo[ ]?:|relevo[ ]a|traspaso[ ]a))[ ]$")
"""Round 69: to whom a shift hands over, the name at the sentence's end or before its shift: "Handed over to Hollie
for lates.", "Übergabe an Leopold (Spätdienst).", "Overdracht aan Roan.", "Relevo: Miguela."."""
_BRACKET_OPENS = re.compile(r"[ ]\(")
_HELD_FOR_BEFORE = re.compile(
    r"(?i:\b(?:reserved|held|kept|reserviert|freigehalten|vorgemerkt|réservée?|gardée?|bloquée?|reservad[oa]|"
    r"guardad[oa]|apartad[oa]|vrijgehouden|gereserveerd)(?:[ ](?:for|für|pour|para|voor))?)[ ]$")
_UNTIL_AFTER = re.compile(r"[ ](?:until|till|bis|jusqu['’]|hasta|tot)\b")
"""Round 69: whom a bed or a place is kept for until a time: "Bed 3: EMPTY - held for Debbie until 21:00", "reserviert
für Denise bis 22 Uhr", "réservé Laurent jusqu'à 22h", "reservada para Yago hasta las 22h", "vrijgehouden voor Sara
tot 22u"."""
_DEVICE_OF_BEFORE = re.compile(
    r"(?i:\b(?:ip|vpn|laptop|notebook|portátil|ordenador|móvil|ordinateur|portable|rechner|handy|thuis-ip|heim-ip|"
    r"privat-ip|ip-adres|ip-adresse|home[ ]ip|vpn[ ]perso|ip[ ]perso)[ ](?:of|de|del|du|van|von)"
    r"|\bhome-?office)[ ]$")
"""Round 69: whose device or home connection an address is, in an incident's notes or a code comment: "IP del
portátil de Seve en los logs", "Thuis-IP van Nicolas", "(VPN perso de Anouk)", "# Homeoffice Mariusz", "the laptop
of Gareth": a colleague's, to be removed before publishing."""
_CHECK_UP_FOR_BEFORE = re.compile(
    r"(?i:\b(?:appointment|check-?up|review|revisión|cita|control|contrôle|controle|afspraak|rdv|rendez-vous|termin|"
    r"kontrolle|kontrolltermin|retainer|retenedor|contention|beugel|zahnspange|aligners?)\b[^.\n]{0,40}?"
    r"[ ](?:for|of|de|del|pour|van|voor|für|von))[ ]$")
_ON_DATE_AFTER = re.compile(r"[ ](?:on|el|le|op|am|the)[ ](?:(?:the|le|el)[ ])?\d")
"""Round 69: whose appointment or check-up a reminder gives the date of: "controle retainer van Patrick op
25-01-2021", "revisión del retenedor de Olimpia el 9 de septiembre", "rappel RDV contrôle contention pour Arthur le
07.11.2022", "your check-up for Ella on 28 September"."""
_POST_OF_BEFORE = re.compile(
    r"(?i:\b(?:beitrag|post|bericht|message|mensaje|comment|kommentar|reactie|commentaire|comentario|publicación)"
    r"[ ](?:von|by|from|van|de|du|del))[ ]$")
_MODERATED_AFTER = re.compile(
    r"[ ](?:wegen|verwijderd|removed|deleted|hidden|supprimé|masqué|eliminado|borrado|ocultado|entfernt|gelöscht|"
    r"because|omdat|was[ ]removed|has[ ]been)\b")
"""Round 69: whose post a moderator took down, the reason or the verb after the name: "Beitrag von Adelheid wegen ...
entfernt", "bericht van Faas verwijderd", "post by Keira removed for ...", "mensaje de Nuria eliminado"."""
_MANUAL_JOB_BY_BEFORE = re.compile(
    r"(?i:\b(?:sync|synchro|synchronisation|synchronisierung|synchronisatie|sincronización|import|export|upload|backup|"
    r"restart|reboot|neustart|herstart|redémarrage|reinicio)\b[^.\n]{0,40}?[ ](?:by|par|door|durch|por))[ ]$")
"""Round 69: who ran a manual job, at the sentence's or the line's end: "puis synchro manuelle de l'appli stock par
Sarah", "daarna handmatige sync van app facturatie door Imran", "danach manueller Sync der App lager-service durch Ewa",
"manual re-import of the price list by Gwen."."""
_STAFF_LABEL = (r"(?:^|\n)[ \t]*(?i:staff(?:[ ]on)?|on[ ]duty|dienst|nachtdienst|betreuung|educadores|educadoras|monitores|"
                r"équipe|animateurs|begeleiding|begeleiders)[ ]?:[ ]")
_STAFF_PAIR_FIRST_BEFORE = re.compile(_STAFF_LABEL + "$")
_SLASH_NAME_AFTER = re.compile(r"[ ]/[ ][A-ZÀ-Þ][\w'’-]+[ \t]*(?:\n|$)")
_STAFF_PAIR_SECOND_BEFORE = re.compile(_STAFF_LABEL + r"[A-ZÀ-Þ][\w'’-]+[ ]/[ ]$")
"""Round 69: a shelter's or a home's staff on shift, two first names after the label: "Dienst: Alfredo / Julian",
"Educadores: Toribio / Bernardita", "Nachtdienst: Gisela / Verena"; each must still be a listed first name that is no
word (not "Staff on: Sean / Madison")."""
_CHANGEOVER_LINE_BEFORE = re.compile(
    r"(?:^|\n)[^\n]*?(?i:vertrek|aankomst|abreise|anreise|départ|arrivée|salida|entrada|check-?out|check-?in)[ ]?:?[ ]?"
    r"\d{1,2}(?::\d{2}|[ ]?h\d{0,2}|[ ]Uhr)\b[^\n]*?\d{1,2}(?::\d{2}|[ ]?h\d{0,2}|[ ]Uhr)[^\n\d]{0,3}[ ][–—-][ ]$")
"""Round 69: a holiday let's changeover line, out and in times, then who cleans: "Duinroos: vertrek 10:00 / aankomst
15:00 – Kiki", "Haus Möwe – Abreise 10 Uhr / Anreise 16 Uhr – Mirjana", "Gîte Les Lavandes : départ 10h, arrivée 16h –
Philippine". A place's name there is where the guests go (changeover_cleaner)."""
_PLACE_FREED_BEFORE = re.compile(
    r"(?i:\b(?:place|plaza|plek|platz|spot|slot|space)\b[^.\n]{0,60}?[ ](?:pour|para|voor|for))[ ]$")
"""Round 69: whom a freed place on a course goes to: "Une place s'est libérée le mercredi à 17h pour Audrey à partir
du ...", "se ha liberado una plaza los martes para Mariano", "een plek vrij op woensdag 16:00 voor Lena.", "a space
has come up on Tuesdays for Freya from ..."."""
_FOR_BEFORE = re.compile(r"(?:^|[ \n])(?:für|Für)[ ]$")
_PLACE_FROM_AFTER = re.compile(r"[ ](?:ist|wird)[ ](?:ab|jetzt|nun|seit)[ ]")
"""Round 69: German puts the place after the name: "für Dorle ist ab dem 27.04.2024 ein Platz im Dienstagskurs frei"."""

_PICK_UP_AT_BEFORE = re.compile(r"(?:^|[ \n(])[Bb]ei[ ]$")
_PICK_UP_AT_AFTER = re.compile(
    r"[ ](?:abholen|abzuholen|abgeben|abzugeben|holen|melden|nachfragen|anrufen|vorbeibringen|hinterlegen|einwerfen|"
    r"klingeln)\b")
"""Round 70: at whose place a key or a parcel is picked up or left, German putting the verb last: "Schlüssel für Tour
3 bei Traude abholen!", "Paket bitte bei Jonas abgeben", "bei Renate melden"; not a shop ("bei Penny abholen")."""
_SMS_IT_IS_BEFORE = re.compile(
    r"(?i:\b(?:bonjour|bonsoir|salut|coucou|slt|bjr|cc|hello|hey|allo|allô)[ ,!]*[ ](?:c|cé|c['’]est))[ ]$")
"""Round 70: a French text message's writer, "c" written for "c'est" after the greeting: "bonjour c Manuel, dsl je
pourrai pas venir", "slt c Jeanne, tu peux ..."."""
_READY_FOR_BEFORE = re.compile(
    r"(?i:\b(?:ready[ ](?:to[ ](?:collect|pick[ ]up)|for[ ](?:collection|pick-?up))|abholbereit|zur[ ]abholung[ ]bereit|"
    r"prêt(?:e|s|es)?[ ](?:à[ ]être[ ]retirée?s?|pour[ ]le[ ]retrait)|list[oa]s?[ ]para[ ](?:recoger|retirar)|"
    r"klaar[ ](?:om[ ]op[ ]te[ ]halen|voor[ ]afhalen|om[ ]af[ ]te[ ]halen)))[ ]?,?[ ]$")
_EXCLAIMED_AFTER = re.compile(r"[ ]?!")
"""Round 70: whom a shop's ready-for-collection message calls at its end, the "!" closing it: "your lenses are ready
to collect Maria! pop in ...", "Ihre Brille ist abholbereit, Jana!", "tus gafas están listas para recoger, Lucía!";
not "ready to collect Monday!" (a weekday is no first name)."""
_RECEIVED_BY_BEFORE = re.compile(
    r"(?i:\b(?:annahme|angenommen|entgegengenommen|abgeholt|reçue?s?|récupérée?s?|recibid[oa]s?|recogid[oa]s?|"
    r"ontvangen|aangenomen|opgehaald|collected|received|accepted|picked[ ]up)\b[^\n]{0,40}?[ ]"
    r"(?:durch|par|por|door|by)(?:[ ](?:le|la|el|the|de|der|die|den|volunteer|vrijwilliger|vrijwilligster|bénévole|"
    r"voluntari[oa]|ehrenamtliche[rn]?|helfer|helferin|driver|chauffeur|fahrer|fahrerin|conductor|conductora)){0,2})[ ]$")
"""Round 70: who received a donation or collected a parcel, a date often between: "Annahme am 2024-12-12 durch
Anastasia", "Reçu le 9 juillet 2021 par le bénévole Charlotte", "Recibido el 08-05-2022 por Virginia", "Collected by
volunteer Bailie on 06/08/2029.", "opgehaald door Ruud op 3 mei"; not a place ("received by Florence depot")."""
_STANDS_IN_FOR_ME_AFTER = re.compile(
    r"[ ](?:peut[ ]me[ ]remplacer|va[ ]me[ ]remplacer|me[ ]remplace(?:ra)?|can[ ]cover[ ](?:for[ ]me|my)|"
    r"will[ ]cover[ ](?:for[ ]me|my)|is[ ]covering[ ](?:for[ ]me|my)|will[ ]take[ ]over[ ]my|takes[ ]over[ ]my|"
    r"se[ ]queda[ ]con[ ]mi|me[ ](?:sustituye|sustituirá|cubre|cubrirá)|kann[ ]mich[ ]vertreten|vertritt[ ]mich|"
    r"übernimmt[ ]meine?n?|neemt[ ]mijn[ ][a-z]+[ ]over|valt[ ]voor[ ]mij[ ]in|kan[ ]mij[ ]vervangen|vervangt[ ]mij)\b")
"""Round 70: who stands in for the writer: "Luce peut me remplacer, voici son mail", "Espiridión se queda con mi ruta
del jueves", "Jonas kann mich vertreten", "Fenna neemt mijn route over", "Dylan can cover for me"."""
_COURSE_OF_BEFORE = re.compile(
    r"(?i:\b(?:description[ ]du[ ]cours|fiche[ ]du[ ]cours|cours|atelier|cartel[ ]de[ ]la[ ]clase|clase|taller|"
    r"lesbeschrijving|cursusbeschrijving|les|cursus|flyer|kursbeschreibung|kurs|class[ ]description|"
    r"course[ ]description|class|course|workshop)[ ](?:de|van|von|of|del))[ ]$")
_COURSE_TEXT_AFTER = re.compile(
    r",[ ]|[ ](?:pone|dice|staat|steht|says|reads|uses|contains|heißt|contient|dit|indique|mentions?)\b")
"""Round 71: whose class a note asks to reword, its teacher: "dans la description du cours de Julien, remplacer ...",
"in de lesbeschrijving van Yves staat ...", "en el cartel de la clase de Nicolasa pone ...", "im Flyer von Liana steht
...", "the class description of Ruth says ..."; not a place ("le cours de Paris")."""
_GREETING_HERE_BEFORE = re.compile(
    r"(?i:\b(?:moin|moin[ ]moin|hallo|hi|hey|servus|grüß[ ]dich|guten[ ]tag|tach)[ ,!]*[ ]hier(?:[ ]ist)?|"
    r"\b(?:hoi|hallo|hee|hey|hai|yo|goedemorgen|goedemiddag|goedenavond)[ ,!]*[ ](?:met|het[ ]is)|"
    r"\b(?:hi|hiya|hey|hello|heya|yo|hii+)[ ,!]*[ ]it['’]?s)[ ]$")
_INTRODUCED_AFTER = re.compile(r"[ ]?[,.!:–—-]|[ ]here\b|[ ](?:from|van|von|aus|de)[ ]|"
                               r"[ ](?:wegen|about|regarding|re|over|betreft|concernant|pour|sobre|por)[ ]")
"""Round 71: a message's writer after the greeting, German "hier", Dutch "met" or "het is", English "its": "moin, hier
Karl, hab am samstag ...", "hee met Joy, ik heb ...", "yo het is Veerle van kamer 2.07", "hiya its Tonya, dropped the
...", "hi its Eric from the deli"; "its" only after a greeting (round 11's "its Go client"); round 72: or what the message
is about ("Hi, hier Brigitte wegen meinem Sofa", "hoi, met Sanne over de bank", "hi its Callum about the sofa")."""
_GROUP_MEMBER_AFTER = re.compile(
    r"[ ]\((?:groupe|grupo|group|gruppe|groep|kurs|cours|clase|klas)\b|"
    r"[ ]from[ ](?:the[ ])?[A-Z]\w+day['’]s[ ](?:class|group|session)\b|[ ]van[ ]de[ ]\w*(?:groep|klas|cursus)\b|"
    r"[ ]aus[ ](?:dem|der)[ ][\w-]*(?:kurs|gruppe|klasse)\b|[ ]de[ ]la[ ]clase[ ]de[ ]los[ ]\w+\b|"
    r"[ ](?:vom|von[ ]dem)[ ][\w-]*team\b|[ ]from[ ]the[ ][\w-]+[ ]team\b|[ ]van[ ]het[ ][\w-]*team\b|"
    r"[ ]de[ ]l['’]équipe[ ]\w+|[ ]del[ ]equipo[ ]de\b")
"""Round 71: a member of a course's group or of a team, named by the group: "Julien (groupe du jeudi) a obtenu ...",
"Chita (grupo de los martes) ya tiene ...", "Andrew from Tuesday's class has moved", "Valerie van de dinsdaggroep is
verhuisd", "Heinz-Otto aus dem A2-Kurs", "bitte Bekim vom Plattformteam informieren"; not a place's name."""
_OFF_SICK_AFTER = re.compile(
    r"[ ](?:liegt[ ]mit[ ]\w+[ ]flach|liegt[ ]flach|liegt[ ]mit|ist[ ](?:krank|erkältet)|hat[ ](?:fieber|grippe|corona|"
    r"nachtdienst|spätdienst|frühdienst|bereitschaft)|heeft[ ](?:nachtdienst|avonddienst|koorts|griep|corona)|"
    r"is[ ](?:ziek|grieperig|off[ ]sick|down[ ]with)|has[ ](?:the[ ]flu|flu|a[ ]fever|covid|a[ ]night[ ]shift)|"
    r"est[ ](?:malade|de[ ]garde|d['’]astreinte)|a[ ](?:la[ ]grippe|de[ ]la[ ]fièvre|le[ ]covid)|"
    r"está[ ](?:malo|mala|enfermo|enferma|de[ ]guardia)|tiene[ ](?:fiebre|gripe|guardia|covid)|"
    # round 72: who is at work, on leave or on a shift, on a roll call of who can come out
    r"(?:is[ ])?at[ ]work[ ](?:till|until|til)|(?:is[ ])?on[ ](?:annual[ ])?leave|"
    r"(?:est[ ])?en[ ](?:repos|congé)|bosse[ ]jusqu['’]à|travaille[ ]jusqu['’]à|"
    r"tiene[ ](?:turno|el[ ]turno)|trabaja[ ]hasta|está[ ]de[ ](?:vacaciones|baja)|"
    r"hat[ ](?:spätschicht|nachtschicht|frühschicht|schicht|urlaub|dienst)|arbeitet[ ]bis|ist[ ]im[ ]urlaub|"
    r"werkt[ ]tot|heeft[ ](?:vrij|verlof|dienst|late[ ]dienst)|is[ ]op[ ]vakantie|"
    # round 73: a child taken ill at school, in a message to the parent ("Honoré a fait un malaise à la cantine",
    # "Josephina werd vandaag onwel", "Jesús se ha mareado en el cole", "Mia felt unwell", "Jonas ist umgekippt")
    r"a[ ]fait[ ]un[ ]malaise|s['’]est[ ]sentie?[ ]mal|werd[ ](?:vandaag[ ])?onwel|se[ ]ha[ ](?:mareado|desmayado)|"
    r"felt[ ]unwell|fainted|ist[ ](?:heute[ ])?(?:umgekippt|kollabiert)|hat[ ]sich[ ]übergeben)\b")
"""Round 71: who is ill or on shift, the reason a family cancels: "Roswitha liegt mit Grippe flach", "Yara heeft
nachtdienst en kan niet ruilen", "Nerea tiene guardia", "Louis est malade", "Jake has the flu"; round 72: who is
at work or on leave when a fire brigade's or a team's chat asks who can come ("Donna at work till 10", "Chloé
bosse jusqu'à 22h", "Margaud est en repos", "Hernando tiene turno", "Bukurije hat Spätschicht", "Sem werkt tot 23u")."""
_DATIVE_A_BEFORE = re.compile(r"(?:^|[ ,])a[ ]$")
_DUTY_PUT_AFTER = re.compile(r"[ ]le[ ](?:han|ha)[ ](?:puesto|tocado|cambiado)[ ](?:guardia|turno|el[ ]turno)")
"""Round 71: Spanish puts who was given a shift as a dative: "a Kike le han puesto guardia"."""
_AGED_CHILD_AFTER = re.compile(
    r"[ ]?\([ ]?\d{1,2}[ ]?(?:jr|jaar|ans|an|años|j\.|jahre|yrs?|years?|y/?o)\b|"
    r",[ ]\d{1,2}[ ]?(?:J\.|Jahre|jr|jaar|ans|años|yrs?),")
"""Round 71: a child on a seating plan or a guest list, the age after the first name: "Nathalie (5 jr, kindermenu)",
"Inès (8 ans, menu enfant)", "- Hellmuth, 7 J., Kindermenü"."""
_RETURNS_TO_BEFORE = re.compile(r"(?i:\b(?:happy[ ]returns|happy[ ]birthday|congratulations)[ ]to(?:[ ]little)?)[ ]$")
"""Round 71: whom a newsletter wishes a happy birthday: "many happy returns to little Melissa, baptised here ..."."""
_PICKUP_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?i:ophalen|abholung|abholen|recoge[ ]a|recogida[ ]de|recoger[ ]a|pick-?up|"
    r"collection|collecting|récupération[ ]de|récupération|retrait[ ]de)[ ]$")
"""Round 72: a line of a group list that says who collects a child: "Ophalen Evi: opa, tel ...", "Recoge a Basilio: su
tía", "Abholung Liesa: Oma", "Pick-up Aoife: grandmother", "Récupération de Lou : sa tante"."""
_DID_NOT_COME_AFTER = re.compile(
    r"[ ](?:didn['’]t|did[ ]not|hasn['’]t|has[ ]not)[ ](?:come|turn[ ]up|show[ ]up|attend)\b|[ ](?:was|is)[ ]absent\b|"
    r"[ ](?:n['’]est[ ]pas[ ]venue?|n['’]était[ ]pas[ ]là|était[ ]absente?)\b|"
    r"[ ](?:ist[ ](?:heute[ ])?nicht[ ](?:gekommen|erschienen)|war[ ](?:heute[ ])?nicht[ ]da|fehlte)\b|"
    r"[ ](?:no[ ](?:vino|ha[ ]venido|asistió|ha[ ]asistido)|faltó)\b|"
    r"[ ](?:is[ ](?:vandaag[ ])?niet[ ](?:gekomen|verschenen)|was[ ](?:vandaag[ ])?afwezig)\b")
"""Round 72: a child a club's message to the parents says did not come: "Ryan didn't come to homework club today",
"Lou n'est pas venue à l'aide aux devoirs", "Jonas ist heute nicht gekommen", "Inés no vino", "Daan is niet gekomen"."""
_TIMETABLE_ITEM = (
    r"(?:(?i:de[ ]heer|mevrouw|meneer|madame|monsieur|mme\.?|m\.|mr\.?|mrs\.?|ms\.?|dr\.?|frau|herr|sra?\.|don|doña)[ ])?"
    r"(?:(?:de|van|der|den|von|du|le|la)[ ])*[A-ZÀ-Þ][\w'’.-]*(?:[ ](?:(?:de|van|der|den|von|du|le|la)[ ])*[A-ZÀ-Þ][\w'’.-]*)*")
_TIMETABLE_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}h|(?i:zo|za|so|sa|dim\.?|sam\.?|dom\.?|domingo|sábado|sun|sat|sunday|"
    r"saturday|sonntag|samstag|dimanche|samedi|zondag|zaterdag)[ ]\d{1,2}|\d{1,2}(?:st|nd|rd|th)|\d\.[ ]Advent)\b"
    r"[^\n]{0,90}?(?:[ ]?:|[ ][-–])[ ]+(?:" + _TIMETABLE_ITEM + r"(?:,|[ ]\+|[ ](?:y|und|et|and|en))[ ]+){0,4}$")
_LIST_ITEM_ENDS = re.compile(r"[ ]?(?:,|\n|$|[ ]\+[ ]|[ ]\(|[ ](?:y|und|et|and|en)[ ])")
"""Round 73: first names listed on a timetable's line, after its time or its day and the line's label: a riding
school's group ("11:00 Grupo salto: Rogelio, Ángel, Amancio", "11:00  Jumping group - Robert, Elizabeth"), a school
bus's stop ("7h12 avenue Beurret 19, Bourquin : Marc, Alfred"), a bell-ringing rota ("zo 13: de heer Adriaense +
Febe", "Dim. 14 : Madame Monney + Michel"); the items before the name are names too, not "21:15 them: I know you work
at Fowler, Cooper and Price" (a firm's partners after prose)."""
_RIDER_ON_AFTER = re.compile(r"[ ](?:on|sur|op|auf|con)[ ][A-ZÀ-Þ][a-zà-ÿ]+(?:[ ]?[,\n]|$)")
_RIDING_TEXT = re.compile(
    r"(?i:reitstunde|reitschule|reitunterricht|reitplan|reitkurs|longe|equitaci[óo]n|hípica|hipica|picadero|[ée]quitation|"
    r"équestre|poney|pony's|ponies|pony[ ]club|paardrijles|manege|manège|riding[ ](?:lesson|school|schedule)|lead[ ]rein|"
    r"farrier|hufschmied|maréchal|herrador|hoefsmid)")
"""Round 73: a rider on a riding school's horse, the horse's name after "on", "sur", "op", "auf", "con": "Kenneth on
Biscuit", "Roland sur Caramel", "Nick op Bolletje", "Merlin auf Wanda", "Angelita con Canela". Also read by names.py (the horse is no person)."""
_VISITOR_ROLE_AFTER = re.compile(
    r"[ ]\((?i:ehrenamt|ehrenamtlich|vrijwilliger|vrijwilligster|bénévole|voluntari[oa]|volunteer|famille[ ]d['’]accueil|"
    r"familia[ ]de[ ]acogida|pleeggezin|pleegouders?|pleegmoeder|pleegvader|pflegefamilie|pflegeeltern|pflegemutter|"
    r"pflegevater|foster[ ](?:carers?|family|parents?|mum|mom|dad))\b")
"""Round 73: a care home's visitor book, the volunteer's role in brackets after the first name: "17:05 Nele (Ehrenamt,
Singkreis)", "16:30 Jozef (vrijwilliger, koffie)", "17h Margaret (bénévole, atelier chant)"; a foster family signing
("Mathilde (famille d'accueil)", "Reyes (familia de acogida)")."""
_UNRATED_PLAYER_AFTER = re.compile(
    r"[ ]\((?i:geen[ ]rating|ungraded|unrated|o\.[ ]?DWZ|ohne[ ]DWZ|ohne[ ]Elo|sin[ ]ELO|sin[ ]elo|non[ ]classée?|sans[ ]elo)\)")
"""Round 73: a chess pairing's player with no rating in brackets: "Bord 2: ... - Georgette (geen rating)", "Bd2 ... -
Monica (ungraded)", "Brett 2: ... - Ferdinand (o. DWZ)", "Mesa 2: ... - Angelina (sin ELO)", "T2 ... - Aimée (non classé)"."""
_ALLERGY_AFTER = re.compile(
    r"[ ]?[-–:][ ](?i:erdnuss|erdnüsse|nüsse|laktose|hühnerei|gluten|weizen|soja|sesam|peanuts?|tree[ ]nuts|nuts|"
    r"lactose|dairy|eggs?|wheat|soy|sesame|arachides?|cacahuètes?|fruits[ ]à[ ]coque|œufs?|oeufs?|blé|"
    r"cacahuetes?|frutos[ ]secos|lactosa|huevos?|trigo|proteína[ ]de[ ]leche|pinda'?s|noten|kippenei|tarwe)\b")
"""Round 73: a nursery's allergy list, the allergen after the first name: "Gitte - Erdnuss", "Carina - Laktose",
"Espiridión: proteína de leche", "Noah – peanuts"."""
_SCHOOL_YEAR_AFTER = re.compile(
    r"[ ]\((?:Y\d{1,2}|[Yy]ear[ ]\d{1,2}|CE[12]|CM[12]|CP|6e|5e|Kl\.?[ ]?\d{1,2}|Klasse[ ]\d{1,2}|"
    r"\d\.?[º°]?[ ](?:primaria|de[ ]primaria|ESO)|groep[ ]\d|twins|Zwillinge|jumeaux|jumelles|gemelos|gemelas|tweeling)\)")
"""Round 73: a school bus's stop, the child and the school year (or "twins") in brackets: "Arthur (Y4)", "Marthe
(CE2)", "Hermann-Josef (Kl. 3)", "Chuy (3.º primaria)", "Kevin (twins)"."""
_WILL_COVER_AFTER = re.compile(
    r"[ ](?:will[ ]cover|can[ ]cover|is[ ]covering|covers[ ]for|übernimmt|springt[ ]ein|remplacera|remplace|"
    r"cubrirá|cubre|la[ ]cubre|le[ ]cubre|neemt[ ]het[ ]over|valt[ ]in)\b")
"""Round 73: who covers a rota's slot: "Michele Butler can't do Christmas Day, Jennifer will cover", "Sara übernimmt",
"Théo remplace Julie", "Nuria cubre el sábado", "Sem valt in"; the name opens its clause, not the last of a firm's
partners ("Allen, Gilbert and Lawson will cover flights")."""
_PASSENGER_BEFORE = re.compile(
    r"(?i:(?<!service[ ])(?<!servicio[ ])(?<!bureau[ ])\b(?:client|cliente|clienta|usuario|usuaria|usager|usagère|"
    r"passenger|fahrgast))[ ]$")
_NOT_THERE_AFTER = re.compile(
    r"[ ](?:pas[ ](?:présente?|là)|absente?|no[ ](?:baja|está|sale|contesta|aparece)|not[ ](?:there|home|present|at|"
    r"in)|nicht[ ](?:da|anwesend|zu[ ]hause)|niet[ ](?:thuis|aanwezig|daar))\b")
"""Round 73: a transport's passenger the driver cannot find: "chauffeur : client Sophie pas présent au 9, rue ...",
"conductor: el usuario Teodora no baja", "driver: passenger Tom not at the address"; not a firm's service ("Le service
client Roger", "payroll bureau client Johnson PLC")."""
_RELATIVE_BRACKET_BEFORE = re.compile(
    r"(?i:\b(?:familie|famille|familia|family|proches?|angehörige|angehöriger|nok|next[ ]of[ ]kin|dochter|daughter|fille|"
    r"hija|tochter|son|zoon|sohn|fils|hijo|partner|partnerin|conjointe?|pareja|echtgenote|echtgenoot))[ ]?\($")
_RELATIVE_BRACKET_ENDS = re.compile(r"[ ]?(?:\)|,[ ])")
"""Round 73: a relative's first name in brackets after the word for the family, the number perhaps after it: "Familie
(Marijke) gebeld op ...", "Proche (Aimé) prévenu", "Angehörige (Helena) informiert", "NOK (Lindsey) informed",
"dochter (Mia, +32 ...) zegt"."""
_ROOM_KEY = (r"(?:^|\n)[^\n:]{0,30}(?i:twin|double|dz|doppelzimmer|kamer|chambre|habitación|hab\.|room|rm|zi\.|zimmer)"
             r"[^\n:]{0,24}:[ ]+")
_ROOM_PAIR_FIRST_BEFORE = re.compile(_ROOM_KEY + r"$")
_ROOM_PAIR_SECOND_BEFORE = re.compile(_ROOM_KEY + r"[A-ZÀ-Þ][\w'’-]+[ ]\+[ ]$")
_PLUS_NAME_AFTER = re.compile(r"[ ]\+[ ][A-ZÀ-Þ]")
"""Round 73: a rooming list's twin or double room, two first names joined by "+": "Rm 15 twin: Kerrie + Thomas",
"Zi. 104 DZ: Lina + Kaan", "Kamer 12 (2p): Saar + Jente", "Chambre 3 : Inès + Lou"."""
_EXAM_ADDRESSED_AFTER = re.compile(
    r"[ ,!]+(?:ton|ta|tes|votre|tu|su|je|jouw|uw|your|dein|deine|ihr|ihre)[ ](?:examen|exam|test|prüfung|fahrprüfung|"
    r"rijexamen|cita|rendez-vous|afspraak|appointment|termin|lesson|leçon|clase|les|stunde)\b")
"""Round 73: a text that opens by calling its reader, then "your exam": "Jean-Claude ton examen est confirmé le ...",
"Severiano tu examen práctico es el ...", "Boaz je examen staat op ...", "Liam your test is booked for ..."."""
_TEXT_START = re.compile(r"^[ \t]*$")
_SELF_BRACKET_BEFORE = re.compile(r"(?i:\b(?:ich|je|moi|yo|ik|I))[ ]\($")
"""Round 73: the writer names themself in brackets after "I": "Hallo zusammen, ich (Cläre) kann am Sonntag nicht", "moi
(Inès) je peux pas", "yo (Paz) no puedo", "ik (Noor) kan niet"."""
_PICKED_UP_BEFORE = re.compile(
    r"(?i:\b(?:picked[ ]up|collected|dropped[ ]off|abgeholt|opgehaald|afgezet|recogí|recogido[ ]a|récupéré))[ ]$")
_PICKED_UP_FROM_AFTER = re.compile(r"[ ](?:from|at|von|bei|bij|van|de|en|à|au)[ ]")
"""Round 73: a driver's note, whom they picked up and where from: "picked up Jennifer from 40/20 Stephen Causeway", "hab
Jonas von der Schule abgeholt" has its own cue; "opgehaald Sem bij ...", "récupéré Lou à l'école"."""
_MESSAGE_THEM_AFTER = re.compile(
    r"[ ]?[-–,][ ](?:please[ ])?(?:message|text|call|ring|contact|whatsapp|dm)[ ](?:her|him|them)\b")
"""Round 73: a go-between named before "please message her": "Items collected via Carly - please message her on ..."."""
_NAME_HERE_BEFORE = re.compile(
    r"(?i:\b(?:hi|hoi|hallo|hey|hola|salut|bonjour|moin)(?:[ ](?:all|allemaal|zusammen|tous|todos|everyone|iedereen|"
    r"a[ ]todos|à[ ]tous))?[ ]?,[ ])$")
_HERE_AFTER = re.compile(r"[ ](?:here|hier|aquí|ici)\b")
"""Round 73: a group chat's writer after the greeting, then "here": "hoi allemaal, Milan hier.", "hi all, Frank here -"."""
_NEWCOMER_AFTER = re.compile(
    r"[ ]\((?i:new|nieuw|nieuwe|neu|neue|nouveau|nouvelle|nuevo|nueva|en[ ]prácticas|in[ ]training|trainee|"
    r"stagiaire|shadowing|hospitant|hospitantin|in[ ]opleiding|en[ ]formation)\b")
"""Round 73: a rota's newcomer, marked in brackets: "tea trolley Connor (new, shadowing)", "Sábado: Baudelio (en
prácticas)", "Di: Anke (neu)", "za: Sem (nieuw)"."""
_BUILD_STARTED_BY_BEFORE = re.compile(
    r"(?i:\b(?:iniciado[ ]por|lanzado[ ]por|push[ ]von|gestartet[ ]von|ausgelöst[ ]von|triggered[ ]by|started[ ]by|"
    r"pushed[ ]by|déclenché[ ]par|lancé[ ]par|gestart[ ]door|push[ ]door|push[ ]by|push[ ]de|push[ ]par))[ ]$")
"""Round 73: who started a failed build: "Iniciado por Chita", "Auslöser: Push von Katja", "Triggered by Dana",
"Déclenché par Inès", "Gestart door Sem"."""
_NOTE_TO_BEFORE = re.compile(
    r"(?i:\b(?:note|mot|message|nota|notiz|notitie|memo)\b[^\n:]{0,24}[ ](?:à|a|an|aan|to|for|pour|para|voor|für))[ ]$")
"""Round 73: whom a note is addressed to, then a colon: "Note de la com' à Julie : merci de retirer ...", "Nota para
Chita: ...", "Notiz an Jens: ...", "memo to Tara: ..."."""
_DOCUMENT_OF_BEFORE = re.compile(
    r"(?i:\b(?:reisepass|ausweis|personalausweis|kinderreisepass|passport|passeport|carte[ ]d['’]identité|pasaporte|dni|"
    r"paspoort|identiteitskaart|id-kaart)[ ](?:von|of|de|del|van|d['’]))[ ]?$")
"""Round 73: whose identity document a letter is about: "der Reisepass von Lias läuft ... ab", "La carte d'identité de
Constance est périmée", "el pasaporte de Inés caduca", "het paspoort van Sem verloopt"."""

DOER_CUES: tuple[Cue, ...] = (
    # round 33 (more roles in 44, 45, 49, 54): a role only a person holds, "held by neighbour Jeffrey"
    Cue("role noun", _ROLE_NOUN_BEFORE, 24),
    # round 34: a message to someone, their number after a colon, "Whatsapp a Amílcar: 930 ..."
    Cue("message to", _MESSAGE_TO_BEFORE, 24, (After(_PHONE_AFTER_COLON, 6),)),
    # rounds 33-34: a log line opened by its time, the doer in brackets, "03h10 tournée 2 démarrée (Julien)"
    Cue("log line bracket", _LOG_LINE_BRACKET, 80, (After(_BRACKET_ENDS_LINE),)),
    # round 33: a document and who wrote it, "Draft by Tina;", "Brouillon de Daniel, merci"
    Cue("authored by", _AUTHORED_BY, 24, (After(_REPORTER_END),)),
    # round 36: a chat's request to take someone along, "nimm Anastasia mit"
    Cue("take along", _TAKE_ALONG_BEFORE, 16, (After(_TAKE_ALONG_AFTER),)),
    # round 36: a memorial's dedication, "In loving memory of Lisa,"
    Cue("memorial", _MEMORIAL_BEFORE, 32, (After(_REPORTER_END),)),
    # round 41: named with the reader or the writer, "Could you and Julian send ..."
    Cue("pronoun and", _PRONOUN_AND_BEFORE, 16),
    # round 42: whose application it is, "Der Antrag von Dörthe"
    Cue("request of", _REQUEST_OF_BEFORE, 32),
    # round 42: whose party a booking is for, "JGA von Joseph"
    Cue("party of", _PARTY_OF_BEFORE, 48),
    # round 42: who is asked to do something, "Could Alejandra rework it"
    Cue("modal request", _MODAL_BEFORE, 10, (After(_MODAL_AFTER),)),
    # round 42: who to tell, and how, "avisad a Elena por el grupo"
    Cue("tell", _TELL_BEFORE, 16, (After(_TELL_AFTER),)),
    # round 41: who is picked up, and when, "collecting Clarissa today"
    Cue("collecting", _COLLECTING_BEFORE, 16, (After(_COLLECTING_AFTER),)),
    # round 43: whose bib, form or gown it is, "el dorsal de Agustín"
    Cue("item of", _ITEM_OF_BEFORE, 32),
    # round 50: whose deposit is returned, no figure after the name, "Kaution für John zurück" (not "... Zimmer 412")
    Cue("deposit of", _DEPOSIT_OF_BEFORE, 16, (After(_FIGURE_AFTER, 2),), after_negated=True),
    # round 44: who is to be called or reminded, "appellera Hortense cette semaine"
    Cue("call", _CALL_BEFORE, 16, (After(_CALL_AFTER),)),
    # round 45: a child a parent consents for, "I'm happy for Emily to go on the trip"
    Cue("permission", _PERMISSION_BEFORE, 40, (After(_PERMISSION_AFTER),)),
    # round 46: who pasted a file, "that Rachael pasted in #kafka-help"
    Cue("relative doer", _RELATIVE_DOER_BEFORE, 8, (After(_RELATIVE_DOER_AFTER),)),
    # round 46: whose voicemail it is, "Message vocal de Nadine : « oui bonjour ... »"
    Cue("voicemail from", _VOICEMAIL_FROM_BEFORE, 32, (After(_REPORTER_END), After(_COLON_AFTER, 2))),
    # round 46: a player's conduct in a referee's report, "after the challenge Kyle stood over his opponent"
    Cue("after foul", _AFTER_FOUL_BEFORE, 40, (After(_LOWER_WORD_AFTER, 2),)),
    # round 46: a log's user key, "user.username=Brianna"
    Cue("user key", _USER_KEY_BEFORE, 20),
    # round 46: who reports on an agenda item, "TOP 2: Hanna berichtet vom neuen Rufbus-Angebot"
    Cue("agenda item", _AGENDA_ITEM_BEFORE, 16, (After(_AGENDA_ITEM_AFTER),)),
    # round 46: whom a note describes as something, "the assessor's notes describe Ella as ..."
    Cue("described as", _DESCRIBED_AS_BEFORE, 16, (After(_DESCRIBED_AS_AFTER),)),
    # round 44: who gave a meeting's report, "Kassenbericht durch Julius,"
    Cue("report by", _REPORT_BY_BEFORE, 40, (After(_REPORT_BY_END),)),
    # round 43: a courier's route sheet headed with the rider, "FEUILLE DE ROUTE coursier vélo – Agathe"
    Cue("courier sheet", _COURIER_SHEET_BEFORE, 32, (After(_SHEET_LINE_END, 40),)),
    # round 54: whose care plan or health papers, "the new asthma plan for Ryan", "le PAI de Dorothée"
    Cue("care plan", _CARE_PLAN_BEFORE, 48, (After(_NAME_ENDS),)),
    # round 54: to whom, German and Dutch with the participle after, "die Fotos an Jannik geschickt"
    Cue("germanic sent to", _GERMANIC_SENT_BEFORE, 40, (After(_GERMANIC_SENT_AFTER),)),
    # round 54: whose remark, "Merci de reformuler, remarque de Corinne."
    Cue("remark of", _REMARK_OF_BEFORE, 32, (After(_NAME_ENDS),)),
    # round 54: Spanish clitic, past verb and subject, "Lo vio Saturnina esta mañana"
    Cue("clitic preterite", _CLITIC_PRETERITE_BEFORE, 20, (After(_CLITIC_PRETERITE_AFTER),)),
    # round 54: who takes a duty over, the name after the verb, "Die Hausmeisterstelle übernimmt Richard;"
    Cue("duty taken", _DUTY_TAKEN_BEFORE, 24, (After(_DUTY_TAKEN_AFTER),)),
    # round 54: Dutch parts the verb, "De sleutels neemt Joost over"
    Cue("dutch takes over", _DUTCH_TAKES_OVER_BEFORE, 8, (After(_DUTCH_TAKES_OVER_AFTER),)),
    # round 55: who is replaced on a care rota, "Mo früh: Sami statt Antonella"
    Cue("replaced", _REPLACED_BEFORE, 48, (After(_REPLACED_END),)),
    # round 55: whose lessons or transfer, "Nachhilfe Englisch für Cédric (Klasse 9)"
    Cue("lessons for", _LESSONS_FOR_BEFORE, 72, (After(_REPLACED_END), After(_NAME_ENDS))),
    # round 55: a caller introducing themselves, "it's Lorraine from the community midwives"
    Cue("it's from", _ITS_BEFORE, 12, (After(_FROM_AFTER),)),
    # round 55: whose round to take over, "kannst du morgen die Tour von Jannis übernehmen?"
    Cue("round of", _ROUND_OF_BEFORE, 24, (After(_TAKE_OVER_AFTER),)),
    # round 56: whose turn a rota's day line gives, "di middag – koffie – Janne"
    Cue("rota day line", _ROTA_DAY_LINE_BEFORE, 90, (After(_LINE_ENDS),)),
    Cue("rota duty", _ROTA_DUTY_BEFORE, 64, (After(_LINE_ENDS),)),
    # round 66: whom a desk is asked to speak to, whom to tell, whom a parent entered for an exam
    Cue("speak to", _SPEAK_TO_BEFORE, 10, (After(_SPEAK_TO_AFTER),)),
    Cue("speak to, leading", _CLAUSE_START_BEFORE, 3, (After(_SPEAK_TO_LEADING_AFTER),)),
    Cue("tell to", _TELL_TO_BEFORE, 16, (After(_TELL_TO_AFTER),)),
    Cue("entered for", _ENTERED_FOR_BEFORE, 20, (After(_ENTERED_FOR_AFTER),)),
    Cue("done by", _DONE_BY_BEFORE, 24, (After(_DONE_BY_AFTER),)),
    # round 67: who takes a moderated post up, who moderated it, a record's worker
    Cue("talks with", _CLAUSE_COMMA_BEFORE, 3, (After(_TALKS_WITH_AFTER),)),
    Cue("moderated by", _MODERATED_BY_BEFORE, 32, (After(_DONE_BY_AFTER),)),
    Cue("json worker", _JSON_ROLE_KEY_BEFORE, 20, (After(_QUOTE_CLOSES, 1),)),
    # round 68: a radio amateur's sign-off, who must stay behind otherwise, to whom a text goes back, a neighbour,
    # whose consent form is missing, a player's age group, a caller again
    Cue("ham sign-off", _HAM_SIGN_OFF_BEFORE, 12, (After(_LINE_ENDS),)),
    Cue("otherwise stays", _OTHERWISE_BEFORE, 14, (After(_STAYS_BEHIND_AFTER),)),
    Cue("otherwise must", _OTHERWISE_MODAL_BEFORE, 20, (After(_LOWER_WORD_NEXT),)),
    Cue("returned to", _RETURN_TO_BEFORE, 30, (After(_RETURN_TO_AFTER),)),
    Cue("next door", None, 0, (After(_NEXT_DOOR_AFTER),)),
    Cue("missing from", _FROM_BEFORE, 6, (After(_MISSING_AFTER),)),
    Cue("form of", _FORM_OF_BEFORE, 44, (After(_FORM_FOR_AFTER),)),
    Cue("age group", None, 0, (After(_AGE_GROUP_AFTER),)),
    Cue("back again", _BACK_AGAIN_BEFORE, 24, (After(_ABOUT_AFTER),)),
    # round 56: a code comment that calls a colleague's attention, "# Achtung Luka: das Passwort ..."
    Cue("comment heads-up", _COMMENT_HEADS_UP_BEFORE, 32, (After(_COMMENT_COLON_AFTER, 3),)),
    # round 56: a code comment that tells a colleague something is still so, "# James: the old value is still in ..."
    Cue("comment note to", _COMMENT_START_BEFORE, 12, (After(_COMMENT_NOTE_AFTER),)),
    # round 57: a signature's abbreviation before the name alone on its line, "Gez. Margita"
    Cue("signed abbreviation", _SIGNED_ABBREVIATION_BEFORE, 12, (After(_LINE_ENDS),)),
    # round 57: the agent who took a call, the name alone on its line, "Agent: James\nCall back number: ..."
    Cue("agent line", _AGENT_LINE_BEFORE, 16, (After(_LINE_ENDS),)),
    # round 58: whom to let know, "laat het Stella weten"
    Cue("let know", _LET_KNOW_BEFORE, 16, (After(_LET_KNOW_AFTER),)),
    # round 58: the subject of a clause after "that", "that Reece has been selected"
    Cue("that subject", _THAT_SUBJECT_BEFORE, 6, (After(_THAT_SUBJECT_AFTER),)),
    # round 59: whom someone is asked to fetch, "kun jij Casper vandaag van de BSO halen?"
    Cue("asked to fetch", _ASKED_TO_FETCH_BEFORE, 24, (After(_ASKED_TO_FETCH_AFTER),)),
    # round 59: whom someone says cannot do something, "the physio said Omar can't play"
    Cue("said cannot", _SAID_BEFORE, 20, (After(_SAID_AFTER),)),
    # round 60: whom an update is about, "petit point sur Loïc : il a pris un coup"
    Cue("update on", _UPDATE_ON_BEFORE, 32, (After(_PRONOUN_CLAUSE_AFTER),)),
    # round 60: whom a message warns, "Heads up Steven - the OpsGenie key ..."
    Cue("heads up", _HEADS_UP_BEFORE, 16, (After(_ADDRESS_DASH_AFTER),)),
    # round 61: who does a timed task on a care visit's or a rota's line, "07:30 Grundpflege – Danica"
    Cue("timed task line", _TIMED_TASK_LINE_BEFORE, 100, (After(_LINE_ENDS),)),
    # round 61: whom a safety boat's log says was pulled out, "capsize by the bridge, Kai uit het water gehaald"
    Cue("rescued", _CLAUSE_COMMA_BEFORE, 3, (After(_RESCUED_AFTER),)),
    Cue("rescue verb", _RESCUE_VERB_BEFORE, 24, (After(_NAME_ENDS),)),
    # round 61: to whom results or forms go, "Results to Christine by Friday"
    Cue("hand in to", _HAND_IN_TO_BEFORE, 80, (After(_HAND_IN_BY_AFTER),)),
    # round 61: a signer and their role after a comma, "... en fin de ronde.\nAlix, arbitre"
    Cue("signer, role", _SENTENCE_LINE_BEFORE, 8, (After(_SIGNER_ROLE_AFTER_COMMA),)),
    # round 61: who takes an action, "Action: Lacey to order the phonics books"
    Cue("action owner", _ACTION_BEFORE, 16, (After(_TO_DO_AFTER),)),
    # round 61: a register's line, "Anacleto - asiste (nuevo)"
    Cue("attendance line", _LIST_LINE_START_BEFORE, 12, (After(_ATTENDANCE_STATUS_AFTER),)),
    # round 62: whom a reminder addresses, "Recordatorio: Fidela, tiene cita ..."
    Cue("reminder addressee", _REMINDER_BEFORE, 20, (After(_ADDRESS_COMMA_AFTER),)),
    # round 61: who made a change, "11:02 deploy by Whitney"
    Cue("change by", _CHANGE_BY_BEFORE, 24, (After(_REPORTER_END),)),
    # round 63: a pupil seen in class, "I saw Bradley in school this morning"
    Cue("seen in class", _SEEN_BEFORE, 12, (After(_IN_CLASS_AFTER),)),
    # round 63: whom a chat pings, "-- pinging Audrey, you own this one"
    Cue("pinged", _PINGED_BEFORE, 16, (After(_PINGED_AFTER),)),
    # round 63: whom a note thanks for a task, "Merci à Bernard de corriger"
    Cue("thanks to, for", _THANKS_FOR_TASK_BEFORE, 24, (After(_TO_DO_FOR_AFTER),)),
    # round 63: whom someone stands in for, "Tu peux remplacer Eliane au poste 2"
    Cue("stand in for", _STAND_IN_BEFORE, 24, (After(_STAND_IN_AFTER),)),
    # round 63: whose report, "el informe psicopedagógico de Guiomar para la reunión"
    Cue("report of", _REPORT_OF_BEFORE, 48, (After(_REPORT_OF_AFTER),)),
    # round 63: a line of pairs, "Buddy's: Claire met Vajèn, Karlijn met Herman."
    Cue("paired", _PAIRS_LINE_BEFORE, 120, (After(_PAIRED_AFTER),)),
    # round 63: whose family a letter greets, "Querida familia de Chita:"
    Cue("family of", _FAMILY_OF_BEFORE, 24, (After(_SALUTATION_END_AFTER),)),
    # round 64: who leaked a secret, "at 09:17 Corey pasted the config", "gepostet (von Audrey)"
    Cue("leaked at", _LEAK_TIME_BEFORE, 28, (After(_LEAK_VERB_AFTER),)),
    Cue("leaked by", _LEAK_BY_BEFORE, 24),
    # round 64: a parent's first name in brackets after the kinship word, "Mum (Heather) reports"
    Cue("kin in brackets", _KIN_BRACKET_BEFORE, 16, (After(_BRACKET_CLOSES),)),
    # round 64: whom an incident escalates to, "Escalated to Jennifer (secondary)"
    Cue("escalated to", _ESCALATED_TO_BEFORE, 24, (After(_ESCALATED_AFTER),)),
    # round 64: whom a transport sends, "your driver for tomorrow's pick-up is Janice in a silver minibus"
    Cue("driver is", _DRIVER_IS_BEFORE, 80, (After(_DRIVER_IS_AFTER),)),
    # round 69: to whom a shift hands over, whom a bed is held for, whose device an address is, whose check-up a
    # reminder dates, whose post was taken down, whom a freed place goes to
    Cue("handed over to", _HANDOVER_BEFORE, 32, (After(_NAME_ENDS), After(_BRACKET_OPENS))),
    Cue("held for", _HELD_FOR_BEFORE, 24, (After(_UNTIL_AFTER),)),
    Cue("device of", _DEVICE_OF_BEFORE, 24, (After(_NAME_ENDS), After(_BRACKET_OPENS))),
    Cue("check-up for", _CHECK_UP_FOR_BEFORE, 64, (After(_ON_DATE_AFTER),)),
    Cue("post of", _POST_OF_BEFORE, 24, (After(_MODERATED_AFTER),)),
    Cue("place freed for", _PLACE_FREED_BEFORE, 90, (After(_NAME_ENDS),)),
    Cue("place freed for, german", _FOR_BEFORE, 5, (After(_PLACE_FROM_AFTER),)),
    # round 69: who ran a manual job, the staff on shift, who cleans at a holiday let's changeover
    Cue("manual job by", _MANUAL_JOB_BY_BEFORE, 64, (After(_DONE_BY_AFTER),)),
    Cue("staff pair, first", _STAFF_PAIR_FIRST_BEFORE, 24, (After(_SLASH_NAME_AFTER),)),
    Cue("staff pair, second", _STAFF_PAIR_SECOND_BEFORE, 48, (After(_LINE_ENDS),)),
    # round 70: a role and the first name in brackets, a French text's writer, whom a ready-for-collection message
    # calls, who stands in for the writer
    Cue("role noun, bracketed", _ROLE_NOUN_BRACKET_BEFORE, 24, (After(_BRACKET_CLOSES),)),
    Cue("text message writer", _SMS_IT_IS_BEFORE, 24, (After(_NAME_ENDS),)),
    Cue("ready for collection", _READY_FOR_BEFORE, 40, (After(_EXCLAIMED_AFTER),)),
    Cue("stands in for me", None, 0, (After(_STANDS_IN_FOR_ME_AFTER),)),
    # round 71: a class's teacher, a message's writer after the greeting, who is ill or on shift, a child with an
    # age, whom a newsletter wishes a happy birthday
    Cue("course of", _COURSE_OF_BEFORE, 48, (After(_COURSE_TEXT_AFTER),)),
    Cue("introduced after greeting", _GREETING_HERE_BEFORE, 24, (After(_INTRODUCED_AFTER),)),
    Cue("off sick", None, 0, (After(_OFF_SICK_AFTER),)),
    Cue("given a shift", _DATIVE_A_BEFORE, 3, (After(_DUTY_PUT_AFTER),)),
    Cue("aged child on a list", _LINE_START, 8, (After(_AGED_CHILD_AFTER),)),
    Cue("happy returns to", _RETURNS_TO_BEFORE, 40, (After(_NAME_ENDS),)),
    # round 72: who collects a child on a group list's line, a child who did not come to a club
    Cue("collected on a list", _PICKUP_LINE_BEFORE, 30, (After(_COLON_AFTER),)),
    Cue("did not come", None, 0, (After(_DID_NOT_COME_AFTER),)),
    # round 73: first names on a timetable's line, a rider on a horse, a volunteer visitor, an unrated chess player, a
    # child's allergen, a school bus's child with the school year, who covers a rota's slot
    Cue("listed on a timetable line", _TIMETABLE_LINE_BEFORE, 160, (After(_LIST_ITEM_ENDS),)),
    Cue("rider on a horse", _RIDING_TEXT, 100_000, (After(_RIDER_ON_AFTER),)),
    Cue("volunteer visitor", None, 0, (After(_VISITOR_ROLE_AFTER),)),
    Cue("unrated player", None, 0, (After(_UNRATED_PLAYER_AFTER),)),
    Cue("allergen of", _LINE_START, 8, (After(_ALLERGY_AFTER),)),
    Cue("school year in brackets", None, 0, (After(_SCHOOL_YEAR_AFTER),)),
    Cue("will cover", _CLAUSE_START_BEFORE, 3, (After(_WILL_COVER_AFTER),)),
    Cue("passenger not there", _PASSENGER_BEFORE, 24, (After(_NOT_THERE_AFTER),)),
    # round 73: a relative in brackets after the family's word, a rooming list's pair, a reader called before "your exam"
    Cue("relative in brackets", _RELATIVE_BRACKET_BEFORE, 24, (After(_RELATIVE_BRACKET_ENDS),)),
    Cue("room pair, first", _ROOM_PAIR_FIRST_BEFORE, 80, (After(_PLUS_NAME_AFTER),)),
    Cue("room pair, second", _ROOM_PAIR_SECOND_BEFORE, 110, (After(_NAME_ENDS),)),
    Cue("exam addressed to", _TEXT_START, 4, (After(_EXAM_ADDRESSED_AFTER),)),
    # round 73: the writer in brackets after "I", whom a driver picked up, a go-between to message, a group chat's
    # writer "here", a rota's newcomer
    Cue("self in brackets", _SELF_BRACKET_BEFORE, 8, (After(_BRACKET_CLOSES),)),
    Cue("picked up from", _PICKED_UP_BEFORE, 20, (After(_PICKED_UP_FROM_AFTER),)),
    Cue("message them", None, 0, (After(_MESSAGE_THEM_AFTER),)),
    Cue("name here", _NAME_HERE_BEFORE, 32, (After(_HERE_AFTER),)),
    Cue("newcomer", None, 0, (After(_NEWCOMER_AFTER),)),
    # round 73: who started a failed build, whom a note is for, whose identity document
    Cue("build started by", _BUILD_STARTED_BY_BEFORE, 24, (After(_NAME_ENDS),)),
    Cue("note to", _NOTE_TO_BEFORE, 48, (After(_COLON_AFTER),)),
    Cue("document of", _DOCUMENT_OF_BEFORE, 40, (After(_NAME_ENDS),)),
)
"""The pattern cues, in the order they are tried."""

DOER_FUNCTIONS: tuple[Callable[[str, int, int], bool], ...] = (
    dispatched, expiring_of, escorted, paid_for, task_or_signer, account_name, card_signer, asked_or_holding, mourned,
    group_member, referred_by, note_addressee, signed_up, name_tag, sent_to, in_numbered_bed, keyed_passport_row,
    listed_beside_full_name, signed_chat, changeover_cleaner, picked_up_at, received_by, numbered_beside_full_name,
    course_group_member,
)
"""person_cues.py's doer cues (rounds 47 to 53) and this module's that need more than two patterns (rounds 54 and
55), a look at the whole text (round 67's signed chat) or a list's lookup (round 69's changeover cleaner, not a
place's name), tried after DOER_CUES, in this order."""


def doer_cue(text: str, start: int, end: int) -> bool:
    """Whether a cue of this module's (a row of DOER_CUES or one of DOER_FUNCTIONS) makes the first name at
    text[start:end] someone who does or is done something."""
    if any(cue.holds(text, start, end) for cue in ROUND77_LOCH_CUES):
        return True  # Round 77: a scout's patrol, a scorebook's injured player, a plot's holder, who pushed to master
    if any(cue.holds(text, start, end) for cue in ROUND74_HELPER_CUES):
        return True  # Round 74: a sitter's notes, a signature after a sentence, a crew's seat, an apology, a poster
    if any(cue.holds(text, start, end) for cue in ROUND76_HELPER_CUES):
        return True  # Round 76: a reworded text's addressee, a child who forgot a slip, a route's customer, a list's absentee
    if round77_name_cue(text, start, end):
        return True  # Round 77: a choir's ticked singer, a table's child column
    if round78_marsh_one_cue(text, start, end):
        return True  # Round 78: a pupil's recital, a sports sign-off, who fetches a swarm, who inducts, an arrow's addressee
    return (any(cue.holds(text, start, end) for cue in DOER_CUES)
            or any(cue(text, start, end) for cue in DOER_FUNCTIONS))


# Round 74 (berm's missed persons, by a helper): cues kept apart from DOER_CUES so that the lead's rows merge cleanly;
# doer_cue tries them first.
_SITTER_NOTES_FOR_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:handover(?:[ ]notes)?|notes|instructions|briefing|übergabe|übergabenotizen|hinweise|anweisungen|"
    r"notizen|overdracht|overdrachtsnotities|instructies|aantekeningen|consignes|instructions|notas|instrucciones|"
    r"indicaciones)[ ](?:for|für|voor|pour|para)[ ]$")
_SITTER_NOTES_FOR_AFTER = re.compile(r"[ ]\((?![0-9])|[ ]?:[ \t]|[ ]?:$|[ ]?:\n")
"""Round 74: the heading of a sitter's or a stand-in's notes, whom they are for, then the period in brackets or a colon:
"Handover notes for Brianna (sitting ... -> Sunday)", "Übergabe für Hasan (Katzensitting ab ...)", "Overdracht voor Wout
(oppassen ...)", "Consignes pour Laurent (garde du ...)", "Notas para Vanesa (cuidar a los gatos ...)"."""
_SIGNED_AFTER_SENTENCE_BEFORE = re.compile(
    r"[.!][ \t]+(?i:signed|signature|signé|signée|unterschrift|unterschrieben|gezeichnet|firma|firmado|firmada|"
    r"handtekening|getekend|ondertekend)[ \t]*:[ \t]*$")
_SIGNED_NAME_ENDS = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")
"""Round 74: a receipt's signature key after a sentence on the same line, the name last on its line: "Borg € 36.985,31
contant voldaan. Handtekening: Dylano", "Kaution ... bar erhalten. Unterschrift: Edeltraut", "Fianza: ... en efectivo.
Firma: Calixto", "Chèque de caution ... reçu. Signature : Luce", "I agree to the hall conditions. Signed: Shannon"
(names.py's _SIGNATURE_KEY reads the key only at a line's start, where "Firma:" is also a German firm's field). Read by
names.py, before its word lists ("Rosa", "Amber", "Shannon" sign too)."""
_CREW_SEAT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:schlag|stroke|slag|nage|chef[ ]de[ ]nage|popa|proa|steuermann|steuerfrau|cox|coxswain|"
    r"timonel|timonela|stuur|stuurman|stuurvrouw|barreur|barreuse)[ ]?:[^\n]*\n(?:[^\n]*\n){0,7}[ \t]*"
    r"(?:Bug|Bow|Boeg|Proa|Pointe|[1-8])[ ]?:[ ]$")
"""Round 74: a rowing crew's list, a seat (the bow or a seat's number) on a line below the stroke's or the cox's (or
the Spanish "Proa"; not English "Bow:" nor German "Bug:" as the anchor, a bug report's field): "Schlag: ...\n7:
...\nBug: Heinz-Wilhelm", "Proa: ...\n2: ...\n3: Faustino", "Stroke: ...\nBow: Harriet", "Slag: ...\nBoeg: Sem"."""
_SORRY_BEFORE = re.compile(
    r"(?:^|[.!?)\]][ \t]+|\n[ \t]*)(?i:sorry|so[ ]sorry|entschuldigung|désolée?|pardon|perdón|perdona|lo[ ]siento|"
    r"excuses)[ ]?,[ ]$")
_SORRY_NAME_ENDS = re.compile(r"[ ]?[.!]*[ \t]*(?:\n|$)")
"""Round 74: an apology to someone that closes a message, after a pasted secret: "... leaked token - pls rotate: ....
Sorry, Lynda.", "Entschuldigung, Jonas!", "Désolé, Inès.", "Perdón, Chema.", "Sorry, Sem."."""
_POSTED_BY_BEFORE = re.compile(
    r"\((?i:(?:lo|la)[ ](?:publicó|pegó|subió|compartió|puso)|(?:posted|pasted|shared|pushed)[ ]by|(?:gepostet|geteilt|"
    r"eingefügt|gepusht)[ ]von|(?:publié|collé|partagé|poussé)[ ]par|(?:gepost|geplakt|gedeeld|gepusht)[ ]door)[ ]$")
_POSTED_AT_AFTER = re.compile(r"[ ](?:a[ ]las?|at|um|à|om)[ ][0-9]")
"""Round 74: who posted a secret in a chat, in brackets with the time after the name: "(lo publicó Isidora a las
08:35)", "(posted by Kyle at 14:02)", "(gepostet von Jana um 09:10)", "(publié par Inès à 10h)", "(gepost door Sem om
11:20)"."""
_ASK_FOR_AFTER_NUMBER_BEFORE = re.compile(
    r"[0-9][ ]?[,;.][ ]+(?:and[ ]|und[ ]|et[ ]|y[ ]|en[ ])?(?i:ask[ ]for|fragen[ ]Sie[ ]nach|frag[ ]nach|demandez|"
    r"demande|pregunta[ ]por|pregunte[ ]por|preguntad[ ]por|vraag[ ]naar)[ ]$")
_ASKED_FOR_ENDS = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)|[ ]?[,;(]")
"""Round 74: whom to ask for on the phone, right after the number: "I'm on 0421 311 207, ask for Jayne", "Tel. 030
1234567, fragen Sie nach Jonas", "au 06 12 34 56 78, demandez Inès", "al 968 685 498, pregunta por Chema", "op 06
12345678, vraag naar Sem"."""

ROUND74_HELPER_CUES: tuple[Cue, ...] = (
    Cue("sitter's notes for", _SITTER_NOTES_FOR_BEFORE, 40, (After(_SITTER_NOTES_FOR_AFTER),)),
    Cue("crew seat", _CREW_SEAT_BEFORE, 400, (After(_SIGNED_NAME_ENDS),)),
    Cue("sorry to", _SORRY_BEFORE, 24, (After(_SORRY_NAME_ENDS),)),
    Cue("posted by, at", _POSTED_BY_BEFORE, 24, (After(_POSTED_AT_AFTER),)),
    Cue("ask for, after a number", _ASK_FOR_AFTER_NUMBER_BEFORE, 32, (After(_ASKED_FOR_ENDS),)),
)
"""Round 74: the helper's rows, tried by doer_cue before DOER_CUES."""


# Round 76 (fen's missed persons, by a helper): cues kept apart from DOER_CUES and ROUND74_HELPER_CUES so that the lead's
# rows merge cleanly; doer_cue tries them after round 74's.
_NEW_VERSION_TO_BEFORE = re.compile(
    r"(?i:\b(?:version|versión|versie|fassung|entwurf|draft|borrador|brouillon|concept|text|texte|texto|tekst|"
    r"datei|fichier|archivo|bestand|file|kopie|copie|copia|copy)\b[^\n.;:!?]{0,30}?[ ](?:to|an|à|a|al|naar|aan))[ ]$")
_NEW_VERSION_TO_AFTER = re.compile(
    r"[ ]?[.!]|[ ]*(?:\n|$)|[ ](?i:senden|schicken|mailen|geben|weiterleiten|sturen|zenden|mailen|doorsturen|"
    r"by|before|bis|vor|avant|antes|voor|please|bitte|graag|svp|s'il[ ]vous[ ]plaît|por[ ]favor)\b")
"""Round 76: to whom a reworded text goes, the document's word before it, the sentence's end or the verb after it:
"Neue Fassung an Fatmire senden.", "Manda la versión nueva a Domingo.", "Nieuwe versie naar Fleur.", "Nouvelle version
à envoyer à Maria.", "Send the new draft to Harriet by Friday"."""
_FORGOT_IT_AFTER = re.compile(
    r"[ ](?:(?i:left|forgot)[ ](?:it|them|the[ ]\w+|her[ ]\w+|his[ ]\w+)|(?i:had|has)[ ](?:left|forgotten)[ ]"
    r"(?:it|them)|avait[ ]oublié|a[ ]oublié|l['’]avait[ ]oublié|l['’]a[ ]oublié|oubliait|"
    r"(?:hatte|hat)[ ](?:ihn|sie|es|den|die|das)[^\n.!?]{0,40}?(?:vergessen|liegen[ ]lassen|liegenlassen)|"
    r"se[ ]l[oa]s?[ ](?:dejó|olvidó|había[ ]dejado|ha[ ]dejado)|(?:olvidó|se[ ]olvidó)[ ](?:el|la|los|las)|"
    r"(?:had|heeft|was)[ ](?:het|hem|ze|die|dat)[^\n.!?]{0,40}?(?:vergeten|laten[ ]liggen|liggen))\b")
"""Round 76: a child who forgot a slip or a form in a bag, named after the clause's comma in the parent's apology:
"Sorry the slip's late, Holly left it in his PE bag again", "désolée pour le retard, Jean avait oublié le coupon",
"entschuldigen Sie ..., Cilli hatte ihn im Sportbeutel vergessen", "perdone el retraso ..., Teobaldo se la dejó en la
mochila", "sorry voor de vertraging, Daan had het in zijn gymtas laten liggen"."""
_ROUTE_ADDRESS_DASH_BEFORE = re.compile(
    r"(?:^|\n)[^\n]*?[A-Za-zÀ-ÿ.][ ][0-9]{1,4}[a-zA-Z]?\b[^\n]{0,30}?,[^\n]{0,60}?"
    r"\b(?:[0-9]{4,5}|[0-9]{4}[ ]?[A-Z]{2}|[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2})\b[^\n0-9]{0,40}?[ ][-–—][ ]$")
_ROUTE_NOTE_AFTER = re.compile(r"[ ][-–—][ ][^\n]")
"""Round 76: a round's or a delivery route's customer, between dashes after the address with its postcode, a note or
the way they pay after it: "Calle Teresa Sans 54, Badajoz, 34044 - Natalio - domiciliado", "Salcherstr. 20, 7305
Saalfelden - Constantin - Dauerauftrag", "Henridreef 45, 6346, Ploegsteert - Mia - incasso", "12 Mill Lane, Leeds,
LS6 2AB - Harriet - direct debit"."""
_BULLET_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,2}[.)]|[-•*·])[ \t]+$")
_LISTED_ABSENT_AFTER = re.compile(
    r"[ ](?i:afwezig|fehlt|abwesend|absent|absente|ausente|falta|missing|away)[ ]?(?:[,;(]|[.!]?[ \t]*(?:\n|$))"
    r"|[ ][-–—][ ](?i:new|neu|neue|nieuw|nieuwe|nouveau|nouvelle|nuevo|nueva)\b")
"""Round 76: a bulleted or numbered list's item, a first name alone, then its absence or that it is new, with no
dash before the absence nor a bracket around "new": "- Mads afwezig, even appen naar ...", "- Balthasar fehlt, bitte per
SMS an ...", "- Hugo absent, prévenir ...", "3. Conchur - new, Tues only", "3. Aitana - nueva, solo martes"."""

ROUND76_HELPER_CUES: tuple[Cue, ...] = (
    Cue("new version to", _NEW_VERSION_TO_BEFORE, 48, (After(_NEW_VERSION_TO_AFTER),)),
    Cue("forgot it", _CLAUSE_COMMA_BEFORE, 3, (After(_FORGOT_IT_AFTER),)),
    Cue("route customer", _ROUTE_ADDRESS_DASH_BEFORE, 140, (After(_ROUTE_NOTE_AFTER),)),
    Cue("listed absent or new", _BULLET_LINE_BEFORE, 8, (After(_LISTED_ABSENT_AFTER),)),
)
"""Round 76: the helper's rows, tried by doer_cue after round 74's."""

ROUND76_WORD_NAME_CUES: tuple[Cue, ...] = ROUND76_HELPER_CUES[:3]
"""Round 76: the helper's rows that make even a first name that is also a word or a day a person (names.py reads them
before its word lists): "Manda la versión nueva a Domingo.", "Nieuwe versie naar Fleur.", "Sorry the slip's late,
Holly left it in her bag", "Wimlei 89, 5539 Mariekerke - Mia - incasso"."""


def word_name_cue(text: str, start: int, end: int) -> bool:
    """Round 76: whether one of ROUND76_WORD_NAME_CUES holds for the first name at text[start:end]."""
    return any(cue.holds(text, start, end) for cue in ROUND76_WORD_NAME_CUES)


# Round 77 (loch's missed persons, by a helper): cues kept apart from the other rounds' rows so that rounds merge cleanly;
# doer_cue tries them first.
_R77_PATROL_AFTER = re.compile(
    r"[ ](?:\((?i:patrulla|patrouille|patrol|sippe|meute|manada|seisena|sizaine|ploeg|patrouilles?)[ ][^\n()]{1,30}\)"
    r"|in[ ](?:the[ ])?[A-Z][\w-]+[ ](?i:patrol|six|lodge)\b"
    r"|(?i:de[ ]la[ ]patrulla|aus[ ]der[ ]sippe|von[ ]der[ ]sippe|de[ ]la[ ]patrouille|uit[ ]de[ ]patrouille|"
    r"van[ ]de[ ]patrouille|from[ ]the[ ][A-Z][\w-]+[ ]patrol)\b)")
"""Round 77: a scout or a camper named with the patrol they sleep in, on a leaders' chat or a camp's note: "FYI Oscar in
Kestrel patrol wet the bed", "Dionisio (patrulla Lobos) tuvo fiebre", "Luce (patrouille des Castors) a fait une crise",
"Jonas (Sippe Falken) hatte Heimweh", "Daan uit de patrouille Bevers had buikpijn"."""
_R77_INJURED_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:injured|retired[ ]hurt|lesionado|lesionada|lesionados|blessé|blessée|blessés|verletzt|verletzte|"
    r"verletzter|geblesseerd|geblesseerde))[ \t]*:[ \t]*$")
_R77_INJURED_AFTER = re.compile(r"[ ]?[,;(]|[ ][-–—][ ]|[ \t]*(?:\n|$)")
"""Round 77: a scorebook's or a match report's injured player after the label, then the injury after a comma:
"Lesionado: Narciso, golpe en la mano", "Blessé : Alphonse, balle sur le doigt", "Injured: Callum, ankle",
"Verletzt: Jonas, Finger geprellt", "Geblesseerd: Daan, enkel"."""
_R77_PLOT_LEAD_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?i:parzelle|garten|beet|plot|allotment|parcelle|jardin|parcela|huerto|tuin|volkstuin|"
    r"kavel|perceel)[ ][0-9]{1,4}[a-z]?[ ]?(?:[–—-]|:)[ ]$")
_R77_PLOT_HOLDER_AFTER = re.compile(r"[ ]?:[ ][^\n]")
"""Round 77: an allotment plot's holder, a first name alone between the plot's number and the colon before what they
grow or bring: "Parzelle 3 – Miriam: Ringelblumen", "Plot 7 – Harriet: runner beans", "Tuin 12 – Fenna: bonen",
"Parcela 4 – Remedios: tomates", "Parcelle 9 – Ginette: radis"."""
_R77_PUSHED_AFTER = re.compile(
    r"[ ](?:(?i:pushed|force-pushed|committed|merged)[ ](?:straight[ ]|directly[ ])?(?:to|into|onto)[ ](?:master|main|prod)"
    r"|(?i:hat|heeft|a)[ ](?:direkt[ ]|direct[ ]|rechtstreeks[ ]|directement[ ])?(?:auf|in|naar|op|sur|dans)[ ]"
    r"(?:master|main|prod)[ ](?:gepusht|gepushed|gepushd|gepusht|poussé|pushé)"
    r"|(?i:hizo[ ]push|pusheó|subió)[ ](?:directo[ ]|directamente[ ])?(?:a|en)[ ](?:master|main|prod))\b")
"""Round 77: who pushed to the main branch, on a team's complaint: "Jaime pushed straight to master", "Jonas hat direkt
auf master gepusht", "Daan heeft rechtstreeks naar master gepusht", "Luc a poussé ..." is not read, "Aurelio hizo push
directo a master"."""

ROUND77_LOCH_CUES: tuple[Cue, ...] = (
    Cue("patrol", None, 0, (After(_R77_PATROL_AFTER),)),
    Cue("injured label", _R77_INJURED_LABEL_BEFORE, 24, (After(_R77_INJURED_AFTER),)),
    Cue("plot holder", _R77_PLOT_LEAD_BEFORE, 24, (After(_R77_PLOT_HOLDER_AFTER),)),
    Cue("pushed to master", None, 0, (After(_R77_PUSHED_AFTER),)),
)
"""Round 77: the helper's rows for loch's missed persons, tried by doer_cue first."""

# Round 77 (rill's missed persons, by a helper): cues kept apart from DOER_CUES and the earlier helpers' rows so that
# the lead's rows merge cleanly; doer_cue tries them after round 76's.
_VOICE_PART_LINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:sopranos?|soprani|sopranen|sopranes|sopran|mezzos?|altos?|alti|alten|altos|alt|contraltos?|"
    r"contralti|tenors?|ténors?|tenores|tenoren|tenöre|tenor|baritones?|barítonos?|barytons?|baritons?|bariton|"
    r"basses|bass|bässe|bassen|basse|bajos?)[ \t]*:[ \t]*(?:[^\n]{0,160}?[ ,/;+&])?$")
_PRESENT_TICK_AFTER = re.compile(r"[ \t]?(?:[✓✔☑✗✘]|[xX](?=[ \t]*(?:[,/;]|\n|$)))")
"""Round 77: a choir's attendance by voice part, a first name on the part's line, then its tick or its cross:
"sopranos: Adam ✓, Tammy ✓, ...\naltos: ..., Albert x", "Sopran: Irene ✓ / Emanuel ✓", "Soprani : Claudine ✓, Sara
✓", "sopranos: René ✓ Horacio ✓", "sopranen: Sven ✓ Arne ✓", "Bass: Igor ✓"."""
_CHILD_COLUMN_ROW_BEFORE = re.compile(
    r"(?:^|[,;])[ ]?(?i:child|kid|pupil|student|enfant|élève|eleve|kind|leerling|schüler|schülerin|schüler/in|alumno|"
    r"alumna|alumno/a|alumn[oa]/[oa]|niño|niña|niño/a|hijo|hija|hijo/a)[ ]?[,;][^\n]*\n(?:[^\n]*\n){0,12}"
    r"[^\n,;]{3,60}[,;]$")
_ROW_DATE_CELL_AFTER = re.compile(
    r"[,;][ ]?(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}\.?[ ][^\W\d_]{3,10}\.?[ ][0-9]{4}|"
    r"[^\W\d_]{3,10}\.?[ ][0-9]{1,2},[ ][0-9]{4}|[0-9]{1,2}[ ]de[ ][^\W\d_]{3,10}[ ]de[ ][0-9]{4})[,;]")
"""Round 77: a table's child column (its header names the child: "Parent,Child,Child DOB,...", "Parent,Enfant,Né(e)
le,...", "Ouder;Kind;Geb.datum kind;...", "Madre/padre,Alumno/a,Fecha nac.,..."), a first name in the second cell of
a row below it, its birth date in the next: "Tina Dennis,Dennis,17 November 2020,...", "Emilie Evéquoz,Yvonne,
19/02/2016,...", "Léon Lambrecht;Dex;06.09.2021;...", "Alex Sanjuan,Eleuterio,13/06/2020,..."."""

_OWNER_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+)?$")
_WITH_DOG_PRESENT_AFTER = re.compile(
    r"[ ](?:&|\+|with|mit|avec|con|met)[ ][A-ZÀ-Þ][a-zà-ÿß'’-]+[ ]?[-–—:][ ]?(?i:here|present|absent|late|missing|"
    r"da|anwesend|abwesend|fehlt|entschuldigt|présente?|absente?|excusée?|presente|ausente|falta|aanwezig|afwezig|"
    r"afgemeld)\b")
"""Round 77: a dog class's register, the owner first on the line, the dog joined after, then whether they came:
"Cody & Bramble - here (late)", "Jana + Bello - da", "Inès avec Filou - présente", "Aitana con Toby - presente",
"Sanne met Bo - afwezig"."""

ROUND77_HELPER_CUES: tuple[Cue, ...] = (
    Cue("voice part ticked", _VOICE_PART_LINE_BEFORE, 200, (After(_PRESENT_TICK_AFTER),)),
    Cue("child column", _CHILD_COLUMN_ROW_BEFORE, 1600, (After(_ROW_DATE_CELL_AFTER),)),
    Cue("owner with dog, present", _OWNER_LINE_BEFORE, 8, (After(_WITH_DOG_PRESENT_AFTER),)),
)
"""Round 77: the helper's rows, tried by doer_cue after round 76's and by names.py before its word lists (a choir's
"Luna ✓", a pupil called "Dale" or "Guy")."""


def round77_name_cue(text: str, start: int, end: int) -> bool:
    """Round 77: whether one of ROUND77_HELPER_CUES holds for the first name at text[start:end] (the child column's
    not for a place's name: "Tina Dennis,London,17 November 2020" is a row gone wrong, not a child)."""
    return any(cue.holds(text, start, end) and not (cue is ROUND77_HELPER_CUES[1] and text[start:end].lower() in place_names())
               for cue in ROUND77_HELPER_CUES)


def voice_part_ticked(text: str, start: int, end: int) -> bool:
    """Round 77: whether the word at text[start:end] stands ticked or crossed on a voice part's line
    (ROUND77_HELPER_CUES' first row): a choir's singer, whether or not the name lists hold the name ("alten: Vajèn ✓")."""
    return ROUND77_HELPER_CUES[0].holds(text, start, end)


# Round 78 (marsh's missed persons, part one, by a helper): cues kept apart from the other rounds' rows so that rounds
# merge cleanly; doer_cue tries them after round 77's.
_R78P_RECITAL_OF_BEFORE = re.compile(
    r"(?i:\b(?:audition|auditions|récital|recital|examen|concert|vorspiel|vorsingen|prüfung|abschlussprüfung|"
    r"vortragsabend|konzert|audición|auditie|voorspeelavond|voorspelen|exam|examination|performance)(?:[ ](?:de[ ]fin[ ]de[ ]cycle|de[ ]fin[ ]d['’]année|final|finale|de[ ]grado|"
    r"de[ ]fin[ ]de[ ]curso|de[ ]fin[ ]de[ ]grado))?[ ](?:de|d['’]|von|van|of|for|pour|para|del))[ ]?$")
_R78P_RECITAL_WHEN_AFTER = re.compile(
    r"[ ](?i:aura[ ]lieu|a[ ]lieu|est[ ](?:prévue?|fixée?|reportée?|avancée?|déplacée?|le|à|au|ce|demain|samedi)|sera|"
    r"se[ ]tiendra|aura|findet|fand|ist[ ](?:am|um|auf|verschoben|vorgezogen|heute|morgen)|wird|beginnt|"
    r"tendrá[ ]lugar|será|es[ ](?:el|a[ ]las|mañana|hoy)|se[ ]celebrará|empieza|"
    r"is[ ](?:op|om|verplaatst|morgen|vandaag|on|at|moved|tomorrow|today|booked|scheduled)|vindt|wordt|begint|"
    r"will[ ]be|takes[ ]place|is[ ]set|starts|has[ ]been[ ](?:moved|booked|scheduled))\b"
    r"|[ ]?,[ ](?:le|am|el|op|on)[ ][0-9]")
"""Round 78: a music school's audition, recital or exam OF a pupil, then when it takes place: "l'audition de Ethan aura
lieu le ...", "le récital de Solène est prévu le ...", "das Vorspiel von Ottilie findet am ... statt", "la audición de
Azucena será el ...", "de auditie van Wout is op ...", "the recital for Imogen will be on ..."."""
_R78P_SPORTS_SIGN_OFF_BEFORE = re.compile(
    r"(?i:\b(?:sportivement|salutations[ ]sportives|sportives[ ]salutations|bien[ ]sportivement|"
    r"sportliche[ ]grüße|sportliche[ ]grüsse|sportlicher[ ]gruß|sportlicher[ ]gruss|mit[ ]sportlichen[ ]grüßen|"
    r"mit[ ]sportlichen[ ]grüssen|mit[ ]sportlichem[ ]gruß|sportieve[ ]groet|sportieve[ ]groeten|"
    r"met[ ]sportieve[ ]groet(?:en)?|saludos[ ]deportivos|un[ ]saludo[ ]deportivo|saludo[ ]deportivo|"
    r"deportivamente|yours[ ]in[ ]sport|sporting[ ]regards|sporty[ ]regards))[ ]?[,!]?(?:[ \t]*\n)?[ \t]*$")
_R78P_SIGNED_NAME_ENDS = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)|[ ]?[,(][ ]?[^\W\d_]")
"""Round 78: a sports club's sign-off, the first name after it, alone or with its role: "... comme l'an dernier ?
Sportivement, Anastasie", "Sportliche Grüße\nOttokar", "Mit sportlichen Grüßen, Reinhold", "Sportieve groet, Sjoerd",
"Saludos deportivos, Remedios", "Yours in sport,\nHarriet" (context_words.SIGN_OFFS holds none of them)."""
_R78P_COLLECTED_BY_BEFORE = re.compile(
    r"(?i:\b(?:abgeholt|eingefangen|geholt|eingeschlagen|collected|fetched|picked[ ]up|hived|caught|récupérée?s?|"
    r"recueillie?s?|ramassée?s?|enlevée?s?|recogid[oa]s?|recuperad[oa]s?|retirad[oa]s?|opgehaald|geschept|gevangen|"
    r"opgevangen)[ ](?:von|by|par|por|door))[ ]$")
_R78P_COLLECTED_WHEN_AFTER = re.compile(
    r"[ \t]*[.!;,]|[ \t]*(?:\n|$)|[ ](?i:am|um|gegen|noch|heute|gestern|on|at|the|that|this|le|à|ce|dans|el|a|esta|"
    r"este|ayer|hoy|op|om|die|dezelfde|gisteren|vandaag|vanavond)\b")
"""Round 78: who collected or fetched something (a bee swarm, a parcel), after the passive's "by": "Abgeholt von
Camilla am selben Abend", "Eingefangen von Ottilie gegen 18 Uhr", "Récupéré par Baptiste le soir même", "Recogido por
Azucena a las 20:00", "Opgehaald door Sjoerd om 19:00", "Collected by Harriet the same evening"."""
_R78P_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
_R78P_WILL_FETCH_AFTER = re.compile(
    r"[ ](?:(?:gaat|komt)[ ](?:[\w-]+[ ]){0,2}(?:scheppen|ophalen|halen|vangen|opvangen)"
    r"|(?:haalt|schept|vangt)[ ](?:hem|ze|het|de[ ]\w+|die)[ ](?:[\w-]+[ ]){0,2}(?:op|af)?"
    r"|(?:holt|fängt)[ ](?:ihn|sie|es|den[ ]\w+|die[ ]\w+|das[ ]\w+)[ ](?:[\w-]+[ ]){0,3}(?:ab|ein)"
    r"|(?:kommt|fährt)[ ](?:[\w-]+[ ]){0,3}(?:abholen|einfangen|holen)"
    r"|(?:passe|passera|vient|viendra|va)[ ](?:le|la|les)[ ](?:récupérer|chercher|prendre|recueillir)"
    r"|(?:le|la|les)[ ](?:récupère|récupérera|recueille|recueillera)"
    r"|(?:lo|la|los|las)[ ](?:recoge|recogerá|recogió|busca|buscará|retira|retirará)"
    r"|(?:pasa|pasará|viene|vendrá|va)[ ]a[ ](?:recoger|buscar|retirar)"
    r"|(?:will|'ll|is[ ]going[ ]to|is[ ]coming[ ]to)[ ](?:collect|fetch|pick[ ]up|hive)"
    r"|is[ ](?:collecting|fetching|picking[ ]up|hiving))\b")
"""Round 78: who goes to fetch something, first in a sentence: "Urbain gaat vanavond scheppen", "Fenna haalt hem
vanavond op", "Jonas holt ihn heute Abend ab", "Mathis passe le récupérer ce soir", "Mauricio lo recoge esta tarde",
"Imogen will collect it tonight"."""
_R78P_FETCHES_BEFORE = re.compile(
    r"(?:^|[.!?:][ \t]+|\n[ \t]*)(?i:lo|la|los|las)[ ](?:recoge|recogerá|recogió|recogen|busca|buscará|retira|"
    r"retirará|recogerán)[ ]$")
_R78P_FETCH_WHEN_AFTER = re.compile(
    r"[ \t]*[.!;,]|[ \t]*(?:\n|$)|[ ](?i:esta|este|mañana|hoy|ayer|a[ ]las|el|en|por|antes|después)\b")
"""Round 78: Spanish's verb before who fetches: "Lo recoge Mauricio esta tarde", "Los recoge Remedios mañana", "La
retira Azucena a las 18:00"."""
_R78P_INDUCTED_BY_BEFORE = re.compile(
    r"(?i:\b(?:einweisung|einarbeitung|eingewiesen|eingearbeitet|inducted|induction|onboarded|formée?s?|tutorée?s?|"
    r"formad[oa]s?|tutorizad[oa]s?|inducción|ingewerkt|inwerken|inwerking)[ ](?:durch|von|mit|bei|by|with|par|avec|"
    r"por|con|door|met|van|bij))[ ]$")
_R78P_INDUCTED_ENDS = re.compile(r"[ \t]*[)\].,;!]|[ \t]*(?:\n|$)|[ ](?:am|on|le|el|op|ab|from|dès|desde|vanaf)[ ][0-9]")
"""Round 78: who inducts or trains a newcomer, on a rota's or a staff list's line: "(neu, Einweisung durch Pascal)",
"eingewiesen von Reinhold.", "(new, inducted by Harriet)", "(nouveau, formé par Ghislaine)", "(nuevo, formado por
Remedios)", "(nieuw, ingewerkt door Fenna)"; not "trained by", "formation par", "opgeleid door" (a firm trains too:
"volunteers trained by Walker, Ortega and Moses")."""
_R78P_ARROW_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:→|->|=>|➜|➔|⇒|@)[ ]?$")
_R78P_REQUEST_AFTER = re.compile(
    r"[ ]?[,:]?[ ](?i:bitte|kannst|könntest|magst|kümmerst|please|pls|plz|can[ ]you|could[ ]you|would[ ]you|"
    r"merci[ ]de|peux-tu|pourrais-tu|tu[ ]peux|stp|svp|s'il[ ]te[ ]plaît|por[ ]favor|porfa|puedes|podrías|¿puedes|"
    r"¿podrías|graag|kun[ ]je|kan[ ]je|wil[ ]je|zou[ ]je|alsjeblieft|aub)\b")
"""Round 78: an arrow or an @ at a line's start addressing a first name, then a request: "→ Rosalinde, bitte sofort
rotieren, steht jetzt im Log.", "-> Ottokar, kannst du ...", "→ Imogen, please rotate it now", "→ Baptiste, merci de
le changer", "→ Azucena, por favor cámbiala", "@Sjoerd graag meteen roteren"."""

ROUND78_MARSH_ONE_CUES: tuple[Cue, ...] = (
    Cue("recital of", _R78P_RECITAL_OF_BEFORE, 48, (After(_R78P_RECITAL_WHEN_AFTER),)),
    Cue("sports sign-off", _R78P_SPORTS_SIGN_OFF_BEFORE, 40, (After(_R78P_SIGNED_NAME_ENDS),)),
    Cue("collected by", _R78P_COLLECTED_BY_BEFORE, 24, (After(_R78P_COLLECTED_WHEN_AFTER),)),
    Cue("will fetch", _R78P_SENTENCE_START_BEFORE, 4, (After(_R78P_WILL_FETCH_AFTER),)),
    Cue("fetches, Spanish", _R78P_FETCHES_BEFORE, 24, (After(_R78P_FETCH_WHEN_AFTER),)),
    Cue("inducted by", _R78P_INDUCTED_BY_BEFORE, 24, (After(_R78P_INDUCTED_ENDS),)),
    Cue("arrow to, asked", _R78P_ARROW_BEFORE, 8, (After(_R78P_REQUEST_AFTER),)),
)
"""Round 78: the helper's rows for marsh's missed persons (part one), tried by doer_cue after round 77's."""

_R78P_CALENDAR_WORDS = frozenset(MONTH.split("|")) | WEEKDAYS
"""Round 78: months and weekdays, no one's name after an arrow or in these frames ("→ Mai, bitte im Kalender
eintragen")."""
PARCEL_CARRIERS = frozenset("hermes evri yodel parcelforce fedex dhl dpd ups gls tnt".split())
"""Round 78: parcel carriers, who collect and fetch too; Hermes is also a first name ("Hermes will collect it
tomorrow", "Abgeholt von Hermes am Montag")."""
_R78P_NOT_FOR_PLACES: tuple[Cue, ...] = (ROUND78_MARSH_ONE_CUES[0], ROUND78_MARSH_ONE_CUES[2], ROUND78_MARSH_ONE_CUES[5])
"""Round 78: the rows whose frame a place's name fits too ("le concert de Florence aura lieu ...", "abgeholt von
Paris"); a verb of fetching, a sign-off or a request after an arrow makes even a place's name a person ("Lo recoge
Carolina esta tarde", "→ Carolina, bitte sofort rotieren")."""


def round78_marsh_one_cue(text: str, start: int, end: int) -> bool:
    """Round 78: whether one of ROUND78_MARSH_ONE_CUES holds for the first name at text[start:end] (the rows of
    _R78P_NOT_FOR_PLACES not for a place's name)."""
    lowered = text[start:end].lower()
    if lowered in _R78P_CALENDAR_WORDS or lowered in PARCEL_CARRIERS:
        return False
    place = lowered in place_names()
    return any(cue.holds(text, start, end) and not (place and cue in _R78P_NOT_FOR_PLACES) for cue in ROUND78_MARSH_ONE_CUES)


ROUND78_WORD_NAME_CUES: tuple[Cue, ...] = (ROUND78_MARSH_ONE_CUES[1], ROUND78_MARSH_ONE_CUES[4], ROUND78_MARSH_ONE_CUES[6])
"""Round 78: the rows that make even a first name that is also a place or a word a person (names.py reads them before
its word lists): a sports sign-off, Spanish's verb of fetching before the name, an arrow's addressee asked to do
something ("Sportivement, Florence", "Lo recoge Carolina esta tarde", "→ Carolina, bitte sofort rotieren"); not who
will fetch, first in the sentence ("Hermes will collect it tomorrow": a courier)."""


def round78_word_name_cue(text: str, start: int, end: int) -> bool:
    """Round 78: whether one of ROUND78_WORD_NAME_CUES holds for the first name at text[start:end], not a month's nor a
    weekday's."""
    return text[start:end].lower() not in _R78P_CALENDAR_WORDS and any(cue.holds(text, start, end) for cue in ROUND78_WORD_NAME_CUES)
