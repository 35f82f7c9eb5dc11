"""The words around a person's name, per language (en, de, fr, es, nl): titles, greetings, sign-offs,
self-introductions, and the labels of name fields and attendance lists. Each entry is a regex
alternation; names.py compiles them (all languages at once unless a hint narrows them). Kept apart
from the detector so that adding a word never touches a rule."""

from __future__ import annotations

TITLES = {
    "en": r"mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady",
    "de": r"herr|herrn|frau|dr|prof|fräulein",
    "fr": r"m|mme|mlle|madame|monsieur|mademoiselle|dr|docteur|pr|me",
    "es": r"sr|sra|srta|señor|señora|señorita|don|doña|dña|dr|dra",
    "nl": r"dhr|mevr|mw|mr|meneer|mevrouw|de heer|heer|juffrouw|juf|meester|dr|drs|ir|ing",
}
GREETINGS = {
    "en": r"hi|hello|hey|dear|good morning|good afternoon|good evening|morning|thanks|thank you|welcome|hiya|heya|g'day|"
          r"happy birthday|congratulations|congrats",
    "de": r"hallo|hi|liebe|lieber|liebes|sehr geehrte|sehr geehrter|guten morgen|guten tag|moin|servus|grüß gott|grüezi|hey|"
          r"alles gute zum geburtstag|herzlichen glückwunsch",
    "fr": r"bonjour|bonsoir|salut|slt|cher|chère|coucou|merci|hé|joyeux anniversaire|bon anniversaire|félicitations",
    "es": r"hola|ola|buenas|buenos días|buenas tardes|estimado|estimada|querido|querida|gracias|oye|ey|feliz cumple|"
          r"feliz cumpleaños|felicidades|enhorabuena",
    "nl": r"hoi|hallo|beste|dag|goedemorgen|goedemiddag|geachte|lieve|hey|dank je|bedankt|hee|hej|gefeliciteerd|"
          r"fijne verjaardag|proficiat",
}
SIGN_OFFS = {
    "en": r"thanks|thank you|many thanks|thanks again|best|best regards|kind regards|warm regards|warmest regards|regards|"
          r"best wishes|warm wishes|all best|cheers|sincerely|yours sincerely|yours truly|yours|respectfully|warmly|"
          r"all the best|take care|talk soon|speak soon|see you|love|xoxo|br|good luck|best of luck|hang in there|ta|"
          r"thank you so much|thanks so much|thank you very much|thanks very much|with love|lots of love|"
          r"safe diving|tight lines|with sympathy|with deepest sympathy|with heartfelt sympathy|with our deepest sympathy|with condolences|with our condolences|fair winds",
    "de": r"danke|vielen dank|eure|euer|viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|liebe grüsse|freundliche grüße|"
          r"freundliche grüsse|mit freundlichen grüßen|mit freundlichen grüssen|mit besten grüßen|herzlichst|mfg|lg|vg|"
          r"gruß|gruss|grüße|grüsse|herzliche grüße|schöne grüße|bis bald|bis dann|tschüss|ciao|viel glück|viel erfolg|"
          r"alles gute|kopf hoch|berg heil|bergheil|petri heil|ski heil|waidmannsheil|weidmannsheil|glück auf|gut pfad|"
          r"gut luft|in tiefer anteilnahme|mit herzlicher anteilnahme|in stiller anteilnahme|mit aufrichtiger anteilnahme|mit anteilnahme|gruess|grüess|grüessli",
    "fr": r"merci|merci encore|cordialement|bien cordialement|amicalement|bien amicalement|bien à vous|amitiés|bises|"
          r"grosses bises|bisous|à bientôt|à plus|à plus tard|à très vite|bonne journée|salutations|"
          r"bonne soirée|excellente journée|"  # round 63
          r"sincères salutations|meilleures salutations|bon courage|courage|bonne chance|bonne continuation|bonnes bulles|avec toute notre sympathie|sincères condoléances|avec nos sincères condoléances|bon vent",
    "es": r"gracias|muchas gracias|saludos|saludos cordiales|un saludo|un cordial saludo|atentamente|un abrazo|abrazos|"
          r"besos|un beso|cordialmente|hasta pronto|hasta luego|nos vemos|ánimo|mucho ánimo|suerte|mucha suerte|sentido pésame|nuestro más sentido pésame",
    "nl": r"groeten|groet|groetjes|met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|"
          r"hartelijke groet|hartelijke groeten|beste groeten|liefs|tot ziens|tot snel|doei|bedankt|dank je wel|"
          r"dank u wel|mvg|gr|succes|veel succes|sterkte|veel sterkte|dank|dank je|dank u|alvast dank|alvast bedankt|"
          r"bvd|thx|met oprechte deelneming|met veel medeleven|met warm medeleven|met hartelijke deelneming",
}
SHIFT_ENDS = {
    "en": r"end of shift|shift ended|shift handed over to",
    "de": r"dienstende|schichtende|dienst übergeben an",
    "fr": r"fin de poste|fin de service|fin de garde",
    "es": r"fin de turno|fin del turno",
    "nl": r"einde dienst|dienst overgedragen aan",
}
"""A shift's end that signs a log off like a sign-off ("18:00 Dienstende Maja", "19h00 fin de poste,
Alexandria", "19:00 dienst overgedragen aan Guus"). Kept apart from SIGN_OFFS: its words ("fin", "an",
"service") are no context words alone, and would otherwise stop "Finn" or "Ann" opening a name."""
INTRODUCTIONS = {
    "en": r"my name is|my name's|the name is|name's|in the name of|on behalf of|signed by|prefers to be called|"
          r"likes to be called|goes by",
    "de": r"mein name ist|mein name lautet|ich heiße|ich heisse|auf den namen|im namen von|lautet auf|"
          r"unterschrieben von|unterzeichnet von|gezeichnet",
    "fr": r"je m'appelle|mon nom est|moi c'est|au nom de|je soussigné|je soussignée|de la part de|signé|signé par|"
          r"signée par",
    "es": r"me llamo|mi nombre es|a nombre de|en nombre de|el abajo firmante|la abajo firmante|firmado por|"
          r"firmada por|firmado",
    "nl": r"mijn naam is|ik heet|t.n.v.|t.n.v|ten name van|op naam van|getekend door|ondertekend door|getekend",
}
"""A self-introduction: the capitalised run after it is the speaker's name ("my name is Anna
Schmidt", "me llamo Álvaro Ponce", "je m'appelle Luc", "ich heiße Jana", "mijn naam is Joost")."""
SPOKEN_INTRODUCTIONS = {
    "en": r"this is|it's|it is|i'm|i am|assigned to",
    "de": r"hier ist|hier spricht|hier ist die|hier ist der|ich bin|zugewiesen an|ich bin übrigens|ich bin ja",
    "fr": r"c'est|ici|je suis|moi c'est|assigné à|assignée à",
    "es": r"soy|habla|le habla|te habla|le atiende|te atiende|yo soy|asignado a|asignada a|lo corrige|la corrige|lo revisa|la revisa",
    "nl": r"met|hier is|u spreekt met|je spreekt met|ik ben|toegewezen aan|ik ben trouwens|ik ben overigens",
}
"""How a caller or writer says who they are ("Hi, this is Anna from billing", "hier spricht Jana
Berger", "c'est Marie", "soy Lucía", "u spreekt met Sanne"): weaker than "my name is", so the name
must start with a listed first name, as after a greeting."""
NAME_LABELS = {
    "en": r"name|full name|first name|customer name|patient name|employee name|contact name|contact person|"
          r"exhibitor|"  # round 76: a fair's exhibitor
          r"apprentice name|"  # round 74: "Apprentice name: Jo Reed"
          r"delegate|team delegate|substitute|"  # round 66
          r"translator|engineer|room share|room_share|roommate|room-mate|name as on passport|name as in passport|"  # round 68
          r"grandmother|grandfather|grandparents|grandma|grandpa|granny|"  # round 64: kin as a visitor list's labels
          r"administered by|given by|reporting party|"  # round 56
          r"sitter|pet sitter|pet-sitter|dog sitter|cat sitter|dog walker|house sitter|key person|parents|"  # round 57
          r"akela|facilitator|"  # round 58
          r"foster carers|foster parents|foster family|student|trainee|apprentice|"  # round 60
          r"groomer|dog groomer|pharmacist|pharmacist check|checked by pharmacist|teacher|swimming teacher|"  # round 61
          r"authorised to collect|authorized to collect|authorised collector|"  # round 59
          r"customer|client|patient|employee|requester|reporter|applicant|tenant|guest|passenger|cardholder|"
          r"account holder|recipient|attendee|attendees|participant|caller|assignee|owner|policyholder|insured|"
          r"beneficiary|pupil|child|reported-by|signed-off-by|co-authored-by|reviewed-by|tested-by|acked-by|"
          r"requested-by|approved-by|account name|driver|assigned to|responsible|emergency contact|"
          r"travelling companion|traveling companion|member|subscriber|contact|insured person|data subject|"
          r"carers|spouse|celebrant|"
          r"prepared by|written by|drafted by|requested by|surname|last name|family name|given name|given names|forename|"
          r"forenames|first and last name|name and surname|surname, first name|last name, first name|"
          r"godparent|godfather|godmother|seller|buyer|service user|processed by|handled by|adviser|advisor|"
          r"resident|checked by|verified by|monitor|coach|instructor|table|donor|main driver|analyst|"
          r"carer|care worker|caregiver|home carer|support worker|chaperone|escort|nurse|district nurse|midwife|"
          r"next of kin|family contact|new booking|new appointment|new reservation|athlete|author|partner|new donation|"
          r"operative|technician|fitter|plumber|electrician|installer|artist|performer|"
          r"chimney sweep|sweep|bidder|high bidder|winning bidder|finder|in case of emergency|in an emergency|"
          r"plaintiff|claimant|deceased|the deceased|adoptive mother|adoptive father|foster mother|foster father|foster carer|presiding officer|returning officer|interpreter|detective|investigator|booked by|young person|inducted by|reported by|signed by|witnessed by|rights holder|referee|umpire|narrator|host parent|host parents|host family|host mum|host mother|host father|deckhand|crew member|cashier|stallholder|heir|heirs|beneficiaries|"
          r"cox|coxswain|stroke|bowman|helm|helmsman|skipper|range officer|range safety officer|rso|rso on duty|duty officer|officer on duty|"
          r"family notified|next of kin informed|next of kin notified|parent|guardian|parent/guardian|"
          r"seamstress|dressmaker|tailor|co-driver|codriver|"
          r"ring manager|checked|fixer|repairer|lifeguard|supervisor|foreman|forewoman|leading hand|pillion|"
          r"pillion passenger|volunteer|first aider|beekeeper|beekeeper sent|collector|collector sent|swarm collector|"
          r"driving instructor|porter|tattooist|tattoo artist|rider|negotiator|lead booker|booker|inductee|group leader|scout leader|leader|recipient's partner|bride|groom|carer on shift|care worker on shift|midwife on call|community midwife|verger|draft owner|text owner|lead|team lead|shift lead|kitchen lead|social worker|debt adviser|debt advisor|caseworker|case worker|key worker|keyworker|on call|on-call|on-call engineer|on call engineer",
    "de": r"name|vollständiger name|vorname|ansprechpartner|ansprechpartnerin|kontaktperson|kunde|kundin|patient|"
          r"aussteller|ausstellerin|"  # round 76: a fair's exhibitor
          r"lernende|lernender|lehrling|azubi|"  # round 74: "Lernende/r: Dorle Girschner" (an apprenticeship's form)
          r"fahrtenleiter|fahrtenleiterin|reiseleiter|reiseleiterin|tourleiter|tourleiterin|piketdienst|pikett|"  # round 75
          r"ersatz|ersatzspieler|ersatzspielerin|delegierter|delegierte|klient|klientin|klient/in|"  # round 66
          r"gesuchsteller|gesuchstellerin|"  # round 67: Swiss German for an applicant
          r"übersetzer|übersetzerin|übersetzer/in|honorarkraft|freelancer|freelancerin|name laut pass|name laut reisepass|"  # round 68
          r"oma|opa|großeltern|großmutter|großvater|grosseltern|grossmutter|grossvater|"  # round 64
          r"ausbilder|ausbilderin|verabreicht durch|verabreicht von|reiter|reiterin|"
          r"tiersitter|tiersitterin|hundesitter|hundesitterin|katzensitter|katzensitterin|gassigeher|gassigeherin|erzieher|erzieherin|bewerber|bewerberin|"  # round 57
          r"bearbeitung|übungsleiter|übungsleiterin|"  # round 58, 59
          r"studierende|studierender|student|studentin|auszubildende|auszubildender|pflegefamilie|"  # round 60
          r"kursleitung|pflege|begleitung|hundefriseur|hundefriseurin|"  # round 61
          r"patientin|mitarbeiter|mitarbeiterin|antragsteller|antragstellerin|mieter|mieterin|gast|empfänger|"
          r"teilnehmer|teilnehmerin|anrufer|anruferin|inhaber|inhaberin|versicherungsnehmer|versicherungsnehmerin|"
          r"versicherte|versicherter|begünstigter|begünstigte|eigentümer|eigentümerin|halter|halterin|kind|schüler|schülerin|"
          r"kontoname|fahrer|fahrerin|zuständig|verantwortlich|notfallkontakt|mitglied|anschlussinhaber|anschlussinhaberin|kontakt|"
          r"arbeitnehmer|arbeitnehmerin|kontoinhaber|kontoinhaberin|versicherte person|betroffene person|"
          r"erstellt von|verfasst von|beantragt von|nachname|familienname|zuname|vor- und nachname|vor- und zuname|"
          r"kursleiterin|kursleiter|schwimmlehrerin|schwimmlehrer|"
          r"erreichbar|eltern erreichbar|einsatzleiter|einsatzleiterin|beifahrer|beifahrerin|"
          r"name, vorname|nachname, vorname|vorname und name|vorname, name|pate|patin|taufpate|taufpatin|bearbeitet|"
          r"bearbeitet von|bearbeiter|bearbeiterin|sachbearbeiter|sachbearbeiterin|verkäufer|verkäuferin|käufer|käuferin|"
          r"berater|beraterin|bewohner|bewohnerin|geprüft von|betreuer|betreuerin|trainer|trainerin|tisch|spender|"
          r"spenderin|hauptfahrer|hauptfahrerin|angehörige|angehöriger|bezugsperson|begleitperson|pflegekraft|pfleger|pflegerin|"
          r"pflegefachkraft|betreuungskraft|alltagsbegleiter|alltagsbegleiterin|hebamme|neue buchung|neuer termin|neue reservierung|"
          r"hz|handzeichen|athlet|athletin|sportler|sportlerin|verfasser|verfasserin|autor|autorin|partner|partnerin|neue spende|"
          r"monteur|monteurin|techniker|technikerin|handwerker|installateur|künstler|künstlerin|"
          r"schornsteinfeger|schornsteinfegerin|kaminfeger|kaminfegerin|bieter|bieterin|höchstbietender|höchstbietende|"
          r"verlierer|verliererin|finder|finderin|im notfall|im notfall erreichbar|"
          r"kläger|klägerin|verstorbene|verstorbener|adoptivmutter|adoptivvater|pflegemutter|pflegevater|wahlvorsteher|wahlvorsteherin|dolmetscher|dolmetscherin|ermittler|ermittlerin|detektiv|detektivin|gebucht von|gemeldet von|eingewiesen von|unterwiesen von|unterschrieben von|nutzungsberechtigter|nutzungsberechtigte|auftraggeber|auftraggeberin|schiedsrichter|schiedsrichterin|gasteltern|gastmutter|gastvater|gastfamilie|sprecher|sprecherin|matrose|kasse|kassierer|kassiererin|erbe|erbin|erben|abonnent|abonnentin|mutter|vater|erziehungsberechtigte|erziehungsberechtigter|erziehungsberechtigt|"
          r"bewährungshelfer|bewährungshelferin|fahrgast|täufling|trauzeuge|trauzeugin|pflegeeltern|"
          r"steuermann|steuerfrau|schlagmann|schlagfrau|schlag|skipper|tfa|mfa|zfa|pta|"
          r"angehörige informiert|angehörige benachrichtigt|benachrichtigt|verständigt|geprüft|kontrolliert|"
          r"gastschüler|gastschülerin|gastschüler/in|diabetesberater|diabetesberaterin|reparateur|reparateurin|"
          r"rettungsschwimmer|rettungsschwimmerin|besitzer|besitzerin|besitzer/in|sozius|sozia|vorarbeiter|vorarbeiterin|"
          r"ersthelfer|ersthelferin|imker|imkerin|schwarmfänger|schwarmfängerin|fahrlehrer|fahrlehrerin|"
          r"tätowierer|tätowiererin|transporteur|transporteurin|leiter|leiterin|gruppenleiter|gruppenleiterin|reisender|reisende|melder|melderin|hauptbucher|hauptbucherin|nachsorgehebamme|betreuende pflegekraft|küster|küsterin|sozialarbeiter|sozialarbeiterin|schuldnerberater|schuldnerberaterin|küchenleitung|küchenchef|küchenchefin|fallbearbeiter|fallbearbeiterin|rufbereitschaft|bereitschaft|bereitschaftsdienst",
    "fr": r"nom|nom complet|prénom|copilote|co-pilote|contact|client|cliente|patient|patiente|employé|employée|demandeur|demandeuse|"
          r"representant légal|representante légale|representant|exposant|exposante|"  # round 76: a legal representative's key without its accent, a fair's exhibitor
          r"apprenti|apprentie|alternant|alternante|"  # round 74: "Apprenti·e : Arnaude Dupuy"
          r"délégué|déléguée|remplaçant|remplaçante|"  # round 66
          r"traducteur|traductrice|traducteur/trice|nom selon passeport|nom selon le passeport|"  # round 68
          r"grand-mère|grand-père|grands-parents|mamie|papi|"  # round 64
          r"administré par|administrée par|cavalier|cavalière|"  # round 56
          r"pet-sitter|petsitter|garde d'animaux|promeneur|promeneuse|"  # round 57
          r"éducateur|éducatrice|accueilli par|accueillie par|"  # round 57
          r"infirmière d'accueil|toiletteur|toiletteuse|"  # round 61
          r"locataire|titulaire|destinataire|participant|participante|appelant|appelante|assuré|assurée|souscripteur|"
          r"souscriptrice|bénéficiaire|élève|propriétaire|enfant|nom du compte|conducteur|conductrice|responsable|"
          r"contact d'urgence|accompagnateur|accompagnatrice|responsable légal|adhérent|adhérente|"
          r"rédigé par|établi par|préparé par|demandé par|nom de famille|nom et prénom|nom et prénoms|prénom et nom|"
          r"nom, prénom|nom d'usage|nom de naissance|prénoms|parrain|marraine|vendeur|vendeuse|acheteur|acheteuse|"
          r"conseiller|conseillère|traité par|résident|résidente|usager|usagère|entre|vérifié par|animateur|animatrice|"
          r"moniteur|monitrice|table|donneur|donneuse|conducteur principal|conductrice principale|aide-soignant|aide-soignante|"
          r"auxiliaire de vie|infirmier|infirmière|sage-femme|personne à prévenir|proche aidant|proche aidante|"
          r"nouveau rdv|nouveau rendez-vous|nouvelle réservation|athlète|sportif|sportive|chauffeur|chauffeuse|auteur|autrice|"
          r"rédacteur|rédactrice|partenaire|nouveau don|technicien|technicienne|intervenant|intervenante|plombier|électricien|artiste|"
          r"ramoneur|ramoneuse|enchérisseur|enchérisseuse|adjudicataire|en cas d'urgence|"
          r"requérant|requérante|défunt|défunte|mère adoptive|père adoptif|assistante familiale|assistant familial|président du bureau de vote|présidente du bureau de vote|interprète|interprete|détective|enquêteur|enquêtrice|réservé par|signalé par|signé par|formé par|arbitre|matelot|étudiant|étudiante|narrateur|narratrice|famille d'accueil|lecteur|lectrice|caisse|caissier|caissière|abonné|abonnée|entrepreneur individuel|entrepreneuse individuelle|héritier|héritière|héritiers|mère|père|"
          r"conjoint|conjointe|célébrant|célébrante|barreur|barreuse|chef de nage|skipper|équipier|équipière|"
          r"famille prévenue|famille avisée|proche prévenu|proche prévenue|personne prévenue|vérifié|contrôlé|"
          r"élève accueilli|élève accueillie|élève accueilli\(e\)|ide|réparateur|réparateur bénévole|réparatrice|"
          r"maître-nageur|maître nageur|surveillant de baignade|secouriste|bénévole|chef d'équipe|apiculteur|apicultrice|"
          r"apiculteur envoyé|apicultrice envoyée|formateur|formatrice|moniteur d'auto-école|monitrice d'auto-école|"
          r"brancardier|brancardière|tatoueur|tatoueuse|coursier|coursière|négociateur|négociatrice|voyageur|voyageuse|déclarant|déclarante|chef de groupe|chef de camp|sage-femme libérale|sacristain|assistant social|assistante sociale|travailleur social|travailleuse sociale|conseiller budgétaire|conseillère budgétaire|responsable cuisine|responsable de cuisine|chef de cuisine|référent|référente|astreinte|d'astreinte|personne d'astreinte",
    "es": r"nombre|nombre completo|contacto|persona de contacto|cliente|paciente|empleado|empleada|solicitante|"
          r"expositor|expositora|"  # round 76: a fair's exhibitor
          r"aprendiz|"  # round 74: "Aprendiz: Nerea Gil" (an apprenticeship's form)
          r"delegado|delegada|suplente|"  # round 66
          r"sustituto|sustituta|sustituto/a|"  # round 70: "Sustituta: Rosa, tlf +34 ..." (who covers a carer's round)
          r"traductor|traductora|traductor/a|nombre según pasaporte|nombre según el pasaporte|"  # round 68
          r"abuela|abuelo|abuelos|"  # round 64
          r"administrado por|administrada por|monitor|monitora|jinete|amazona|"
          r"técnico de acogida|técnica de acogida|familia de acogida|"  # round 60
          r"peluquero canino|peluquera canina|profesor de natación|profesora de natación|"  # round 61
          r"cuidador de mascotas|cuidadora de mascotas|paseador|paseadora|educador|educadora|"  # round 57
          r"tatuador|tatuadora|menor|recluso|reclusa|"
          r"intérprete asignada|intérprete asignado|"
          r"inquilino|inquilina|titular|destinatario|destinataria|participante|llamante|tomador|tomadora|asegurado|"
          r"asegurada|beneficiario|beneficiaria|arrendatario|arrendataria|propietario|propietaria|denunciante|"
          r"titular de la cuenta|niño|niña|alumno|alumna|nombre de cuenta|conductor|conductora|responsable|"
          r"contacto de emergencia|acompañante|socio|socia|madre/padre/tutor|tutor|tutora|"
          r"elaborado por|redactado por|preparado por|solicitado por|apellido|apellidos|nombre y apellidos|"
          r"nombre y apellido|apellidos y nombre|apellidos, nombre|primer apellido|segundo apellido|padrino|madrina|"
          r"vendedor|vendedora|comprador|compradora|asesor|asesora|revisor|revisora|usuario|usuaria|residente|alertante|"
          r"comprobado por|verificado por|entrenador|entrenadora|mesa|donante|conductor principal|"
          r"conductora principal|auxiliar|auxiliar de enfermería|cuidador|cuidadora|enfermero|enfermera|matrona|segunda matrona|"
          r"familiar|familiar de contacto|persona cuidadora|nueva cita|nueva reserva|deportista|atleta|autor|autora|redactor|"
          r"redactora|pareja|contrayente|nueva donación|técnico|técnica|operario|operaria|instalador|instaladora|fontanero|artista|"
          r"deshollinador|deshollinadora|pujador|pujadora|postor|postora|adjudicatario|adjudicataria|"
          r"en caso de emergencia|en caso de urgencia|"
          r"demandante|difunto|difunta|fallecido|fallecida|madre adoptiva|padre adoptivo|madre de acogida|padre de acogida|presidente de la mesa|presidenta de la mesa|intérprete|interprete|detective|investigador|investigadora|reservado por|reportado por|firmado por|formado por|árbitro|árbitra|clienta|narrador|narradora|locutor|locutora|marinero|marinera|estudiante|caja|cajero|cajera|madre|padre|heredero|heredera|herederos|propietarios|redacta|abonado|abonada|"
          r"padrinos|madrinas|cónyuge|celebrante|timonel|timonela|proa|popa|patrón|patrona|tripulante|"
          r"avisado|avisada|avisado/a|familia avisada|familiar avisado|técnico asignado|técnica asignada|"
          r"técnico/a asignado/a|estudiante acogido|estudiante acogida|estudiante acogido/a|comprobado|verificado|"
          r"socorrista|voluntario|voluntaria|reparador|reparadora|supervisor|supervisora|capataz|apicultor|apicultora|"
          r"apicultor asignado|apicultora asignada|instructor|instructora|profesor de autoescuela|profesora de autoescuela|"
          r"celador|celadora|mensajero|mensajera|comunicante|negociador|negociadora|viajero|viajera|jefe de grupo|pareja de la receptora|pareja del receptor|matrona de zona|auxiliar de ayuda a domicilio|sacristán|trabajador|trabajadora|trabajador social|trabajadora social|educador social|educadora social|responsable de cocina|responsable del comedor|jefe de cocina|jefa de cocina|asesor de deuda|asesora de deuda|de guardia|guardia",
    "nl": r"naam|volledige naam|voornaam|contactpersoon|klant|patiënt|medewerker|medewerkster|aanvrager|huurder|"
          r"exposant|exposante|standhouder|huurster|"  # round 76: a fair's exhibitor, a tenant (huurster)
          r"afgevaardigde|invaller|invalster|"  # round 66
          r"vervanger|vervangster|"  # round 70: "Vervangster: Roos, 06-..." (who covers a carer's round)
          r"vertaler|vertaalster|naam volgens paspoort|afgekeurd|"  # round 68
          r"oma|opa|grootouders|grootmoeder|grootvader|"  # round 64
          r"toegediend door|ruiter|amazone|"  # round 56
          r"triageverpleegkundige|trimmer|trimster|hondentrimster|zweminstructeur|begeleiding|"  # round 61
          r"oppas|dierenoppas|hondenoppas|kattenoppas|hondenuitlater|opvoeder|opvoedster|opvolging|adoptiefouders|aspirant-adoptiefouders|"  # round 57
          r"ontvanger|deelnemer|deelneemster|beller|verzekeringnemer|verzekerde|begunstigde|leerling|eigenaar|melder|kind|"
          r"accountnaam|bestuurder|chauffeur|verantwoordelijke|noodcontact|abonnementhouder|lid|begeleider|contact|werknemer|verzekerde persoon|rekeninghouder|"
          r"badjuf|badmeester|zwemjuf|zwemleraar|zwemlerares|gedetineerde|"
          r"beheer|"
          r"kaarthouder|opgesteld door|geschreven door|aangevraagd door|achternaam|familienaam|voor- en achternaam|"
          r"naam en voornaam|naam, voornaam|voornamen|roepnaam|peter|meter|koper|verkoper|adviseur|behandelaar|"
          r"behandeld door|bewoner|cliënt|rechtzoekende|naam gast|gecontroleerd door|begeleidster|trainer|"
          r"trainster|tafel|donor|hoofdbestuurder|vpk|verpleegkundige|wijkverpleegkundige|verzorgende|verzorger|mantelzorger|"
          r"familielid|eerste contactpersoon|verloskundige|nieuwe afspraak|nieuwe boeking|nieuwe reservering|atleet|sporter|"
          r"opsteller|auteur|partner|nieuwe donatie|monteur|technicus|loodgieter|installateur|elektricien|artiest|"
          r"schoorsteenveger|bieder|hoogste bieder|vinder|in geval van nood|bij nood|"
          r"verzoeker|verzoekster|overledene|adoptiemoeder|adoptievader|pleegmoeder|pleegvader|pleegzorgwerker|voorzitter stembureau|tolk|rechercheur|detective|geboekt door|patiënte|gemeld door|ondertekend door|rechthebbende|scheidsrechter|verteller|vertelster|gastgezin|gastouders|gastmoeder|gastvader|matroos|student|studente|kassa|kassier|kassière|erfgenaam|erfgenamen|abonnee|kraamverzorgende|kraamverzorgster|"
          r"justitieassistent|reclasseringswerker|pleegouder|pleegouders|cursist|cursiste|ouder|ouders|"
          r"stuur|stuurman|stuurvrouw|slag|boeg|schipper|baancommandant|bemanningslid|"
          r"familie ingelicht|familie geïnformeerd|geïnformeerd|uitwisselingsstudent|jurylid|vrijwilliger|"
          r"vrijwilligster|hulpverlener|hulpverleenster|reparateur|strandwacht|redder|duopassagier|voorman|ploegbaas|imker|instructeur|instructrice|rijinstructeur|rijinstructrice|"
          r"tatoeëerder|koerier|fietskoerier|patiëntenvervoerder|reiziger|reizigster|hoofdboeker|boeker|leider|leidster|onderhandelaar|zorgverlener|koster|eigenaar tekst|maatschappelijk werker|maatschappelijk werkster|schuldhulpverlener|schuldhulpverleenster|aanspreekpunt|aanspreekpunt keuken|keukenverantwoordelijke|casemanager|consulent|piket|piketdienst|dienstdoende",
}
"""A form field naming a person, or a role a person fills ("Kunde", "patient", "titular");
counts only with a colon after it ("Name: Anna Schmidt", "Kunde: Elena Brandt"), a number between
them or not ("Contact 1: Nancy, 0553-581406", "Kontakt 2 : Volkmar –", "Guest 3: Ian")."""

ATTENDANCE_LABELS = {
    "en": r"present|attendees|attending|attendance|apologies|absent|excused|participants|invitees|chair|minutes|cc|"
          r"chairperson|president|secretary|treasurer|note-taker|note taker|minute-taker|minute taker|facilitator|"
          r"moderator|organiser|organizer|interviewers|interviewer|speakers",
    "de": r"anwesend|abwesend|entschuldigt|teilnehmer|teilnehmende|teilnehmerinnen|gäste|protokoll|vorsitz|verteiler|"
          r"versammlungsleitung|sitzungsleitung|leitung|moderation|schriftführer|schriftführerin|protokollführer|"
          r"protokollführerin|kassenwart|kassenwartin|vorsitzender|vorsitzende|gesprächsführung",
    "fr": r"présents|présentes|présent|absents|absent|excusés|excusé|excusées|excusée|participants|invités|"
          r"secrétaire de séance|président|présidente|présidence|secrétaire|trésorier|trésorière|animateur|animatrice|"
          r"modérateur|modératrice|rapporteur|rapporteuse|intervenants",
    "es": r"asistentes|ausentes|excusados|excusan|excusa su asistencia|excusan su asistencia|disculpa su asistencia|"
          r"excusa su ausencia|excusan su ausencia|disculpa su ausencia|"
          r"participantes|invitados|secretario|secretaria|presidente|presidenta|presidencia|tesorero|tesorera|vocal|"
          r"vocales|moderador|moderadora|entrevistadores|entrevistador|entrevistadora|ponentes",
    "nl": r"aanwezig|afwezig|afgemeld|afwezig met kennisgeving|afwezig met bericht|met bericht afwezig|afwezig m\.k\.|"
          r"afw\. m\.k\.|deelnemers|"
          r"genodigden|notulist|voorzitter|secretaris|penningmeester|gespreksleider|gespreksleiding|sprekers",
}
"""Labels of a list of people in minutes and invitations: each item of the list after the colon is
judged like a name after "Name:" (a listed first name starts it)."""
