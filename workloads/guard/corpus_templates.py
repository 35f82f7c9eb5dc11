"""Texts for the guard's corpus: realistic assistant outputs, tickets, emails, HR notes, medical
reminders, invoices, logs and config snippets in English, German, French, Spanish and Dutch.

Thirty-three banks that share no template: DEV (what the detectors were developed against), HELDOUT
(written before the detectors for the new categories, generated with a different seed; the
detectors were later tuned on its misses, so it is no longer unseen), FRESH (written after
that tuning and committed before any detector ran on it; later tuned on too), UNSEEN (written
after FRESH's tuning, committed alone before any detector ran on it; never used for tuning),
BLIND, SEALED, AUDIT, VERIFY, EXAM, FINAL, LAST, PROBE, WITNESS, VERDICT, ORACLE, ZENITH, QUARRY,
HARBOR, LANTERN, MEADOW, SUMMIT, ORCHARD, BEACON, CANYON, PRAIRIE, GLACIER, TUNDRA, ESTUARY and
SAVANNA (each written blind by another engineer; measured once or twice, then tuned on), KEYSTONE,
FJORD, MESA and STEPPE (each written by a different engineer who never saw the detection rules,
committed alone before any detector ran on it, never tuned on). The first four were written by the
person who tuned the rules; KEYSTONE, FJORD, MESA and STEPPE are the honest test sets.
`{slot}` marks a value; see corpus.py for what each slot produces. Slots that hold personal data
are labeled; the others (`{company}`, `{order}`, ...) are look-alikes that must stay unflagged.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "nl")

# --------------------------------------------------------------------------------------- DEV
DEV: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # assistant output
            "Here is the summary you asked for: {person} ({email}) asked to move the call to Thursday; reach them on {phone}.",
            "Sure! The customer record shows {person}, born {dob}, living at {address}.",
            "Based on the form, the applicant's {nid}; passport number {passport}.",
            # ticket
            "Ticket #{order}: {title_name} reports that the card {card} was charged twice. Refund to {iban}.",
            "INC-{order} user {person} cannot log in from {ip}; phone {phone}.",
            # email
            "Hi {first},\n\nthe contract for {address} is attached. Please sign by Friday.\n\nThanks, {first}",
            "Dear {title_name},\nyour appointment is confirmed. Call {phone} if you need to reschedule.\nKind regards,\n{person}",
            # HR note
            "HR note: {person}, date of birth {dob}, {nid}, starts on Monday. Emergency contact {phone}.",
            "Payroll: pay {person} via {iban}; on record: {nid}.",
            # medical reminder
            "Reminder for {person} (DOB: {dob}): MRN {mrn}, appointment with {title_name} at 10:30.",
            "Your NHS number {nhs} is needed at check-in. Questions? Phone {phone}.",
            # invoice
            "Invoice {invoice} for {person}, {address}. Paid by card {card}.",
            # log
            "2026-03-02T10:15:03Z WARN auth failed user={email} src={ip} attempts=3",
            "{time} INFO export finished for {email}; connection {secret}",
            # config
            "DATABASE_URL={secret}\nADMIN_EMAIL={email}",
            "[storage]\nconnection_string = {secret}",
            "mysql -h db.internal -u admin {secret} < dump.sql",
            "This memo is {policy}. Please {biased} the old hosts.",
            "Heads-up: the runbook is {policy}; {biased} came up again. Creds: {secret}",
            "Note for the team: we need to {biased} before the release; the doc is {policy}.",
        ],
        "clean": [
            "The {company} team shipped version {version}; release notes are in ticket {ticket}.",
            "Order {order} ({product}) left our {city} warehouse on {date}. Tracking number {tracking}.",
            "Hi team,\n\nthe {city} office is closed on {date}. Thanks, Facilities",
            "Invoice {invoice} from {company}: {amount} EUR due {date}. EAN {ean}.",
            "Allow {cidr6} and {cidr4} in the firewall; port {port}.",
            "[auth]\npassword_hash = {hashalgo}\ntoken_ttl = 3600",
            "Build {sha} passed in {time}; artifact {uuid}.",
            "ISBN {isbn}, reference {badref}, SKU {ean}.",
            "Meeting with {company} in {namecity} next week to discuss the {product} rollout.",
            "The {brand} fleet contract was renewed on {date} for {amount} EUR.",
        ],
    },
    "de": {
        "pii": [
            "Hinweis: Dieses Protokoll ist {policy}. Bitte {biased} prüfen; Zugang {secret}.",
            "export DB_DSN='{secret}' # nicht einchecken, {policy}",
            "Gerne! Laut Akte wohnt {person} in {address}, geboren am {dob}.",
            "Ticket {order}: {title_name} meldet, dass die Karte {card} doppelt belastet wurde. Erstattung auf {iban}.",
            "Hallo {first},\n\nanbei der Mietvertrag für {address}. Bitte bis Freitag unterschreiben.\n\nViele Grüße\n{first}",
            "Personalnotiz: {person}, Geburtsdatum {dob}, {nid}, beginnt am Montag. Tel. {phone}",
            "Gehalt für {person} bitte auf {iban} überweisen; {nid}.",
            "Erinnerung für {person}: Termin bei {title_name} am Dienstag, Patienten-ID {mrn}.",
            "Rechnung {invoice} an {person}, {address}. Bezahlt mit Karte {card}.",
            "Reisepassnummer {passport}, ausgestellt für {person}.",
            "Sehr geehrte {title_name},\nbitte rufen Sie uns unter {phone} zurück.\nMit freundlichen Grüßen\n{person}",
            "2026-03-02 10:15:03 FEHLER Anmeldung fehlgeschlagen benutzer={email} quelle={ip}",
            "DB_URL={secret}\nKONTAKT={email}",
        ],
        "clean": [
            "Die {company} hat Version {version} ausgeliefert; Details im Ticket {ticket}.",
            "Bestellung {order} ({product}) hat unser Lager in {city} am {date} verlassen. Sendungsnummer {tracking}.",
            "Hallo zusammen,\n\ndas Büro in {city} ist am {date} geschlossen. Danke, Facility-Team",
            "Rechnung {invoice} von {company}: {amount} EUR fällig am {date}. EAN {ean}.",
            "Freigabe für {cidr6} und {cidr4}, Port {port}.",
            "[auth]\npassword_hash = {hashalgo}",
            "Lieferdatum {date}, Artikel {ean}, Referenz {badref}.",
        ],
    },
    "fr": {
        "pii": [
            "Attention : ce document est {policy}. Merci de {biased} ; accès {secret}.",
            "[db]\nurl = {secret}\n# {policy}",
            "Bien sûr ! Le dossier indique {person}, né le {dob}, domicilié au {address}.",
            "Ticket {order} : {title_name} signale que la carte {card} a été débitée deux fois. Remboursement sur {iban}.",
            "Bonjour {first},\n\nvoici le bail pour le {address}. Merci de signer avant vendredi.\n\nCordialement,\n{first}",
            "Note RH : {person}, date de naissance {dob}, {nid}, arrive lundi. Tél. {phone}",
            "Rappel pour {person} : rendez-vous avec {title_name} mardi, numéro de dossier patient {mrn}.",
            "Facture {invoice} pour {person}, {address}. Payée par carte {card}.",
            "Numéro de passeport {passport} au nom de {person}.",
            "2026-03-02 10:15:03 ERREUR échec de connexion utilisateur={email} ip={ip}",
            "Vous pouvez joindre {person} au {phone} ou par mail à {email}.",
        ],
        "clean": [
            "La société {company} a publié la version {version} ; voir le ticket {ticket}.",
            "La commande {order} ({product}) a quitté notre entrepôt de {city} le {date}. Numéro de suivi {tracking}.",
            "Bonjour à tous,\n\nle bureau de {city} sera fermé le {date}. Merci, les services généraux",
            "Facture {invoice} de {company} : {amount} EUR à régler le {date}. EAN {ean}.",
            "Autoriser {cidr6} et {cidr4} sur le port {port}.",
        ],
    },
    "es": {
        "pii": [
            "Aviso: este documento es {policy}. Revisa el {biased}; acceso {secret}.",
            "DATABASE_URL={secret}  # {policy}",
            "¡Claro! Según el expediente, {person} vive en {address}, fecha de nacimiento {dob}.",
            "Ticket {order}: {title_name} indica que la tarjeta {card} se cobró dos veces. Reembolso a {iban}.",
            "Hola {first}:\n\nte adjunto el contrato del piso en {address}.\n\nSaludos,\n{first}",
            "Nota de RR. HH.: {person}, {nid}, empieza el lunes. Móvil {phone}.",
            "Recordatorio para {person}: cita con {title_name} el martes, número de historia clínica {mrn}.",
            "Factura {invoice} a nombre de {person}, {address}. Pagada con la tarjeta {card}.",
            "Número de pasaporte {passport} de {person}, nacido el {dob}.",
            "2026-03-02 10:15:03 ERROR inicio de sesión fallido usuario={email} ip={ip}",
            "Puedes llamar a {person} al {phone}.",
        ],
        "clean": [
            "{company} publicó la versión {version}; detalles en el ticket {ticket}.",
            "El pedido {order} ({product}) salió de nuestro almacén de {city} el {date}. Número de seguimiento {tracking}.",
            "Hola a todos:\n\nla oficina de {city} estará cerrada el {date}. Gracias, Servicios Generales",
            "Factura {invoice} de {company}: {amount} EUR, vence el {date}. EAN {ean}.",
            "Permitir {cidr6} y {cidr4} en el puerto {port}.",
        ],
    },
    "nl": {
        "pii": [
            "Let op: dit document is {policy}. Graag {biased} nakijken; toegang {secret}.",
            "connection: {secret}\n# {policy}",
            "Natuurlijk! Volgens het dossier woont {person} op {address}, geboortedatum {dob}.",
            "Ticket {order}: {title_name} meldt dat kaart {card} twee keer is afgeschreven. Terugbetaling naar {iban}.",
            "Hoi {first},\n\nhierbij het huurcontract voor {address}.\n\nGroetjes,\n{first}",
            "HR-notitie: {person}, {nid}, begint maandag. Mobiel {phone}.",
            "Herinnering voor {person}: afspraak met {title_name} op dinsdag, patiëntnummer {mrn}.",
            "Factuur {invoice} voor {person}, {address}. Betaald met kaart {card}.",
            "Paspoortnummer {passport} van {person}.",
            "2026-03-02 10:15:03 FOUT inloggen mislukt gebruiker={email} ip={ip}",
            "Je kunt {person} bereiken op {phone}.",
        ],
        "clean": [
            "{company} heeft versie {version} uitgebracht; zie ticket {ticket}.",
            "Bestelling {order} ({product}) heeft ons magazijn in {city} op {date} verlaten. Trackingnummer {tracking}.",
            "Hoi allemaal,\n\nhet kantoor in {city} is op {date} gesloten. Bedankt, Facilitair",
            "Factuur {invoice} van {company}: {amount} EUR, te betalen op {date}. EAN {ean}.",
            "Sta {cidr6} en {cidr4} toe op poort {port}.",
        ],
    },
}

# ------------------------------------------------------------------------------------ HELDOUT
# Written separately, in other words and layouts; never used to tune a detector.
HELDOUT: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "I've drafted the reply. It's addressed to {person} at {address} and mentions their {nid}.",
            "Escalation: caller identified as {title_name}, DOB {dob}, asked us to update the card on file to {card}.",
            "Good morning {first}, your new phone number {phone} is now active. Best, {first}",
            "Onboarding checklist for {person}: passport no. {passport}, bank account {iban}, personal email {email}.",
            "Patient {person} (medical record number {mrn}) is due for a follow-up. Contact: {phone}.",
            "Bill to: {person}, {address}",
            "audit: {time} login ok for {email} from {ip}; session token stored",
            "psql \"{secret}\"",
            "Hey {first}! Can you send {title_name} the updated {policy} slides? Cheers, {first}",
            "Please {biased} the old config; the customer {person} was born on {dob}.",
        ],
        "clean": [
            "Quarterly review: {company} renewed the {product} licence for {amount} EUR (PO {order}).",
            "Parcel {tracking} for order {order} was delivered to the {city} depot on {date}.",
            "Cheers everyone, the {namecity} sprint review moved to {date}. Regards, Release Management",
            "ipv6_allow = {cidr6}\nipv4_allow = {cidr4}\nhash_algorithm: {hashalgo}",
            "Barcode {ean} / ISBN {isbn} / ref {badref} / job {uuid}",
            "{brand} and {company} signed the supply agreement in {city}; version {version} of the spec applies.",
        ],
    },
    "de": {
        "pii": [
            "Ich habe die Antwort an {person} ({email}) vorbereitet; Anschrift: {address}.",
            "Rückruf erbeten: {title_name}, geb. {dob}, Mobilnummer {phone}.",
            "Servus {first}, deine Kreditkarte {card} wurde gesperrt. LG {first}",
            "Neue Mitarbeiterin {person}: IBAN {iban}, Reisepass {passport}, {nid}.",
            "Patientin {person}, Patientennummer {mrn}, bitte nüchtern erscheinen.",
            "Login ok: nutzer {email} von {ip} um {time}",
        ],
        "clean": [
            "Quartalsbericht: {company} verlängert die {product}-Lizenz für {amount} EUR (Bestellung {order}).",
            "Paket {tracking} zur Bestellung {order} wurde am {date} im Depot {city} zugestellt.",
            "Grüße an alle, das Sprint-Review in {city} ist auf den {date} verschoben. Release-Management",
            "hash_algorithm: {hashalgo}\nallow: {cidr6}",
        ],
    },
    "fr": {
        "pii": [
            "J'ai préparé la réponse pour {person} ({email}) ; adresse : {address}.",
            "Rappel demandé : {title_name}, née le {dob}, portable {phone}.",
            "Salut {first}, ta carte {card} a été bloquée. Bises, {first}",
            "Nouvelle recrue {person} : IBAN {iban}, passeport n° {passport}, {nid}.",
            "Patient {person}, dossier médical {mrn}, à jeun s'il vous plaît.",
        ],
        "clean": [
            "Bilan trimestriel : {company} renouvelle la licence {product} pour {amount} EUR (commande {order}).",
            "Le colis {tracking} de la commande {order} a été livré au dépôt de {city} le {date}.",
            "Bonne journée à tous, la revue de sprint à {city} est reportée au {date}. L'équipe release",
        ],
    },
    "es": {
        "pii": [
            "He preparado la respuesta para {person} ({email}); dirección: {address}.",
            "Devolver llamada: {title_name}, fecha de nacimiento {dob}, teléfono {phone}.",
            "Buenas {first}, tu tarjeta {card} ha sido bloqueada. Un saludo, {first}",
            "Nueva incorporación {person}: IBAN {iban}, pasaporte {passport}, {nid}.",
            "Paciente {person}, historia clínica {mrn}, acudir en ayunas.",
        ],
        "clean": [
            "Informe trimestral: {company} renueva la licencia de {product} por {amount} EUR (pedido {order}).",
            "El paquete {tracking} del pedido {order} se entregó en el almacén de {city} el {date}.",
            "Saludos a todos, la revisión del sprint en {city} pasa al {date}. Equipo de release",
        ],
    },
    "nl": {
        "pii": [
            "Ik heb het antwoord voor {person} ({email}) klaargezet; adres: {address}.",
            "Terugbellen: {title_name}, geboren op {dob}, telefoon {phone}.",
            "Hallo {first}, je creditcard {card} is geblokkeerd. Groeten, {first}",
            "Nieuwe collega {person}: IBAN {iban}, paspoort {passport}, {nid}.",
            "Patiënt {person}, dossiernummer {mrn}, nuchter komen a.u.b.",
        ],
        "clean": [
            "Kwartaalrapport: {company} verlengt de {product}-licentie voor {amount} EUR (order {order}).",
            "Pakket {tracking} van bestelling {order} is op {date} in het depot in {city} bezorgd.",
            "Groeten allemaal, de sprintreview in {city} is verplaatst naar {date}. Releaseteam",
        ],
    },
}

# -------------------------------------------------------------------------------------- FRESH
# A third bank, written on 2026-12-02 after the detectors had been tuned on HELDOUT's misses (so
# HELDOUT is no longer unseen), and committed before any detector was run on it. Other registers
# and layouts again: chat transcripts, email headers, ticket rows, JSON logs, HR files, clinical
# letters, invoices, CI config. Never used to tune a detector.
FRESH: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "[14:02] support-bot: Found your account, {first}. The email on file is {email} and deliveries go to {address}. Is that still right?",
            "From: {email}\nTo: {role_email}\nSubject: double charge\n\nHello, my name is {person} and my card {card} was charged twice.\nRegards",
            "SUP-{order} | priority: high | reporter: {person} | callback: {phone} | summary: cannot change direct debit from {iban}",
            "{\"ts\": \"{time}\", \"level\": \"warn\", \"user\": \"{email}\", \"remote_addr\": \"{ip}\", \"msg\": \"password reset requested\"}",
            "Employee file updated - name: {person}; DOB {dob}; {nid}; home: {address}.",
            "Discharge letter for {title_name} (hospital no. {mrn}). Follow-up in six weeks; the ward will ring {phone}.",
            "INVOICE {invoice}\nBill to:\n{person}\n{address}\nAmount due: {amount} EUR, paid with card {card}",
            "ok so {first} says her passport is {passport}, can u book the 7am flight",
            "I can confirm the booking for {person} (passport {passport}, date of birth {dob}). Anything else?",
            "deploy:\n  env:\n    TOKEN: {secret}\n  owner: {email}",
            "Thanks so much for sorting this out today!\n\nWarmly,\n{first}",
            "Reviewer comment: please drop {biased} from the intro, and keep the whole doc {policy}.",
            "Letter to {person}, {address}: your NHS number is {nhs}; bring it to the clinic.",
        ],
        "clean": [
            "[09:12] deploy-bot: {product} {version} rolled out to the {city} cluster; rollback id {uuid}.",
            "Subject: Invoice {invoice} from {company}\n\nTotal {amount} EUR, due {date}. Quote reference {badref} when paying.",
            "{\"ts\": \"{time}\", \"level\": \"info\", \"route\": \"/orders/{order}\", \"status\": 200, \"allow\": \"{cidr6}\"}",
            "Customer asked about the {brand} warranty for SKU {ean}; order {order}, parcel {tracking}.",
            "Welcome to {namecity}! The conference venue opens at 9; questions go to ticket {ticket}.",
            "Password policy: hashing = {hashalgo}, minimum length 12, enforced since commit {sha}.",
            "Library loan: ISBN {isbn} returned to the {city} branch on {date}.",
        ],
    },
    "de": {
        "pii": [
            "Moin {first}, kurze Frage: stimmt deine neue Adresse {address} noch? Gruß {first}",
            "Betreff: Rückerstattung\n\nSehr geehrte Damen und Herren,\nmein Name ist {person}, meine Karte {card} wurde zweimal belastet.\nFreundliche Grüße",
            "Störung {order}: Kunde {title_name} ist unter {phone} erreichbar, Bankverbindung {iban}.",
            "Personalakte: {person}, geboren am {dob}, {nid}, wohnhaft {address}.",
            "Befund für {title_name}, Fallnummer {mrn}: Kontrolle in vier Wochen.",
            "Reisedaten von {person}: Reisepass {passport}, E-Mail {email}.",
            "zugriff verweigert benutzer={email} adresse={ip} zeit={time}",
            "Achtung, {biased} bitte vermeiden; das Papier ist {policy}. Token: {secret}",
        ],
        "clean": [
            "Lieferschein {invoice}: {product}, Menge 3, Charge {ean}, Versand ab {city} am {date}.",
            "Wartungsfenster am {date}: Netze {cidr4} und {cidr6} betroffen, Port {port}.",
            "Die {brand} Niederlassung {city} meldet Version {version} als stabil; Ticket {ticket}.",
            "Hallo Team, das Treffen in {namecity} findet am {date} statt. Viele Grüße, Eventteam",
        ],
    },
    "fr": {
        "pii": [
            "Coucou {first}, j'ai bien noté ta nouvelle adresse : {address}. À plus, {first}",
            "Objet : remboursement\n\nMadame, Monsieur,\nje m'appelle {person} et ma carte {card} a été débitée deux fois.\nSalutations",
            "Incident {order} : {title_name} est joignable au {phone}, RIB {iban}.",
            "Fiche salarié : {person}, né(e) le {dob}, {nid}, demeurant {address}.",
            "Compte rendu pour {title_name}, numéro patient {mrn} : contrôle dans un mois.",
            "Voyage de {person} : passeport {passport}, courriel {email}.",
            "accès refusé utilisateur={email} adresse={ip} heure={time}",
            "Merci d'éviter {biased} ; ce rapport est {policy}. Clé : {secret}",
        ],
        "clean": [
            "Bon de livraison {invoice} : {product}, lot {ean}, expédié de {city} le {date}.",
            "Maintenance le {date} : réseaux {cidr4} et {cidr6}, port {port}.",
            "{brand} à {city} valide la version {version} ; ticket {ticket}.",
            "Bonjour l'équipe, rendez-vous à {namecity} le {date}. L'équipe événements",
        ],
    },
    "es": {
        "pii": [
            "Hola {first}, apunto tu nueva dirección: {address}. Un abrazo, {first}",
            "Asunto: reembolso\n\nEstimados señores:\nme llamo {person} y me han cobrado dos veces en la tarjeta {card}.\nAtentamente",
            "Incidencia {order}: {title_name} está localizable en el {phone}, cuenta {iban}.",
            "Ficha de empleado: {person}, fecha de nacimiento {dob}, {nid}, con domicilio en {address}.",
            "Informe para {title_name}, número de paciente {mrn}: revisión en un mes.",
            "Viaje de {person}: pasaporte {passport}, correo {email}.",
            "acceso denegado usuario={email} dirección={ip} hora={time}",
            "Por favor evita {biased}; este informe es {policy}. Clave: {secret}",
        ],
        "clean": [
            "Albarán {invoice}: {product}, lote {ean}, enviado desde {city} el {date}.",
            "Mantenimiento el {date}: redes {cidr4} y {cidr6}, puerto {port}.",
            "{brand} en {city} valida la versión {version}; ticket {ticket}.",
            "Hola equipo, nos vemos en {namecity} el {date}. El equipo de eventos",
        ],
    },
    "nl": {
        "pii": [
            "Hee {first}, ik heb je nieuwe adres genoteerd: {address}. Groet, {first}",
            "Onderwerp: terugbetaling\n\nGeachte heer, mevrouw,\nmijn naam is {person} en mijn kaart {card} is twee keer belast.\nMet vriendelijke groet",
            "Storing {order}: {title_name} is bereikbaar op {phone}, rekening {iban}.",
            "Personeelsdossier: {person}, geboren op {dob}, {nid}, woonachtig {address}.",
            "Verslag voor {title_name}, patiëntnummer {mrn}: controle over een maand.",
            "Reis van {person}: paspoort {passport}, e-mail {email}.",
            "toegang geweigerd gebruiker={email} adres={ip} tijd={time}",
            "Vermijd {biased} alsjeblieft; dit verslag is {policy}. Sleutel: {secret}",
        ],
        "clean": [
            "Pakbon {invoice}: {product}, partij {ean}, verzonden vanuit {city} op {date}.",
            "Onderhoud op {date}: netwerken {cidr4} en {cidr6}, poort {port}.",
            "{brand} in {city} keurt versie {version} goed; ticket {ticket}.",
            "Hoi team, we zien elkaar in {namecity} op {date}. Het evenemententeam",
        ],
    },
}

# ------------------------------------------------------------------------------------- UNSEEN
# A fourth bank, written on 2026-12-02 after the detectors had been tuned on FRESH's misses (so
# FRESH is no longer unseen either), and committed alone, before any detector was run on it.
# Other shapes and registers again: messenger chats with nicknames and emoji, ticket exports as
# key/value and CSV rows, forwarded e-mails, shift handovers, HR and payroll notes, appointment
# SMS and referral letters, dunning letters and receipts, syslog and access logs, .env / YAML /
# docker-compose / Kubernetes config; US and UK forms in English. Never used to tune a detector.
UNSEEN: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "[Slack #billing] jess.k: can someone refund {person}? card ending in the one on file: {card} 🙏",
            "---------- Forwarded message ---------\nFrom: {person} <{email}>\nDate: Tue, 3 Mar\n\nPlease update my mailing address to {address}.",
            "ticket_id,requester,phone,created\n{order},{person},{phone},2026-02-11",
            "Shift handover (night): bed 4 - {person}, MRN {mrn}, allergic to penicillin. Family asked to call {phone}.",
            "W-4 on file for {person}; {nid}. Direct deposit to {iban} starting next cycle.",
            "Appointment reminder: {title_name}, your scan is on Friday 09:40. NHS no. {nhs}. Reply STOP to opt out.",
            "FINAL NOTICE\n{person}\n{address}\nAccount overdue: {amount} EUR. Call us on {phone} to arrange payment.",
            "Mar  3 04:11:52 vpn01 sshd[2214]: Failed password for {email} from {ip} port 52114 ssh2",
            "services:\n  api:\n    environment:\n      - {secret}\n      - SUPPORT_CONTACT={email}",
            "Per the form, applicant {person} (born {dob}) holds passport {passport} and lives at {address}.",
            "lol {first} just sent me her new number {phone}, saving it now",
            "Referral: please see {title_name}, DOB {dob}, re: persistent cough. Ref MRN {mrn}.",
            "Heads up - this export is {policy}, and the slide still says {biased}. Key in the appendix: {secret}",
            "Cheers for the quick turnaround on this one.\n\n{first}\nSent from my iPhone",
        ],
        "clean": [
            "ticket_id,queue,status,created\n{order},billing,closed,{date}\n{order},shipping,open,{date}",
            "Mar  3 04:11:52 lb02 haproxy[881]: backend {product} is UP, {port}/tcp, build {sha}",
            "services:\n  cache:\n    image: redis:{version}\n    ports:\n      - \"{port}:{port}\"",
            "Receipt {invoice} - {company}, {city}. Total {amount} EUR. Barcode {ean}. Thank you for shopping with us!",
            "Dear customer, your parcel {tracking} from {brand} will arrive in {namecity} on {date}.",
            "Firewall change {ticket}: deny {cidr4}, allow {cidr6}; reviewed by the network team.",
            "Returned: ISBN {isbn}. Reference {badref} does not match any account, please check.",
            "password_hasher: {hashalgo}\nsession_secret_file: /run/secrets/session\nuuid: {uuid}",
        ],
    },
    "de": {
        "pii": [
            "[WhatsApp] {first}: bin ab Montag unter {phone} erreichbar, die alte Nummer ist weg 😅",
            "Bitte nicht weiterleiten, die Folien sind {policy}; und ersetzt endlich {biased} im Glossar.",
            "Weitergeleitete Nachricht\nVon: {person} <{email}>\n\nBitte schicken Sie die Unterlagen an {address}.",
            "Vorgang;Kunde;IBAN;Status\n{order};{person};{iban};offen",
            "Übergabe Frühdienst: Zimmer 12, {title_name}, Fallnummer {mrn}, geb. {dob}, nüchtern lassen.",
            "Lohnabrechnung März für {person}, {nid}, Auszahlung auf {iban}.",
            "Mahnung\n{person}\n{address}\nOffener Betrag: {amount} EUR. Rückfragen unter {phone}.",
            "Mär 03 04:11:52 gw01 sshd[993]: Anmeldung fehlgeschlagen für {email} von {ip}",
            "env:\n  - name: DB_SECRET\n    value: \"{secret}\"\n# Ansprechpartner: {person}",
            "Hab {first} gerade getroffen, sie fliegt morgen, Reisepass {passport}, kannst du einchecken?",
        ],
        "clean": [
            "Vorgang;Lager;Status\n{order};{city};versandt am {date}",
            "Quittung {invoice}, {company}, {amount} EUR, EAN {ean}. Vielen Dank für Ihren Einkauf!",
            "Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Sendung {tracking} von {brand} kommt am {date} in {namecity} an.",
            "Änderung {ticket}: {cidr4} sperren, {cidr6} freigeben, Port {port}.",
            "passwort_hash: {hashalgo}\nbuild: {sha}\nversion: {version}",
        ],
    },
    "fr": {
        "pii": [
            "[Messenger] {first} : mon nouveau numéro c'est le {phone}, efface l'ancien stp",
            "Attention : document {policy}. Et on remplace {biased} dans la doc, svp.",
            "---------- Message transféré ----------\nDe : {person} <{email}>\n\nMerci d'envoyer la carte vitale à {address}.",
            "dossier;client;carte;statut\n{order};{person};{card};litige",
            "Transmission de nuit : chambre 8, {title_name}, numéro de dossier {mrn}, née le {dob}.",
            "Bulletin de paie de mars : {person}, {nid}, virement sur {iban}.",
            "Relance\n{person}\n{address}\nMontant dû : {amount} EUR. Contactez-nous au {phone}.",
            "mar 03 04:11:52 gw01 sshd[993]: échec d'authentification pour {email} depuis {ip}",
            "# .env de prod, ne pas committer\n{secret}\nCONTACT={email}",
            "Rendez-vous confirmé pour {person} ; pièce d'identité : passeport {passport}. Bonne journée !",
        ],
        "clean": [
            "dossier;entrepôt;statut\n{order};{city};expédié le {date}",
            "Ticket de caisse {invoice}, {company}, {amount} EUR, code-barres {ean}. Merci de votre visite !",
            "Chère cliente, cher client, votre colis {tracking} de {brand} arrive à {namecity} le {date}.",
            "Changement {ticket} : bloquer {cidr4}, autoriser {cidr6}, port {port}.",
            "hash_mot_de_passe: {hashalgo}\nbuild: {sha}\nversion: {version}",
        ],
    },
    "es": {
        "pii": [
            "[Telegram] {first}: mi número nuevo es el {phone}, guárdalo porfa",
            "Ojo: el documento es {policy}; hay que cambiar {biased} en la guía.",
            "---------- Mensaje reenviado ----------\nDe: {person} <{email}>\n\nEnviad la tarjeta sanitaria a {address}, gracias.",
            "expediente;cliente;tarjeta;estado\n{order};{person};{card};en disputa",
            "Cambio de turno: habitación 3, {title_name}, NHC {mrn}, nacida el {dob}.",
            "Nómina de marzo: {person}, {nid}, transferencia a {iban}.",
            "Aviso de impago\n{person}\n{address}\nImporte pendiente: {amount} EUR. Llámenos al {phone}.",
            "mar 03 04:11:52 gw01 sshd[993]: fallo de autenticación para {email} desde {ip}",
            "# configuración de producción\n{secret}\nCONTACTO={email}",
            "Reserva confirmada para {person}; documento: pasaporte {passport}. ¡Buen viaje!",
        ],
        "clean": [
            "expediente;almacén;estado\n{order};{city};enviado el {date}",
            "Ticket {invoice}, {company}, {amount} EUR, código de barras {ean}. ¡Gracias por su compra!",
            "Estimado cliente, su paquete {tracking} de {brand} llegará a {namecity} el {date}.",
            "Cambio {ticket}: bloquear {cidr4}, permitir {cidr6}, puerto {port}.",
            "hash_contraseña: {hashalgo}\nbuild: {sha}\nversión: {version}",
        ],
    },
    "nl": {
        "pii": [
            "[WhatsApp] {first}: mijn nieuwe nummer is {phone}, oude mag weg",
            "Let op: dit stuk is {policy}, en {biased} moet nog uit de handleiding.",
            "---------- Doorgestuurd bericht ----------\nVan: {person} <{email}>\n\nStuur de pas alsjeblieft naar {address}.",
            "dossier;klant;iban;status\n{order};{person};{iban};open",
            "Overdracht nachtdienst: kamer 5, {title_name}, patiëntnummer {mrn}, geboren {dob}.",
            "Loonstrook maart: {person}, {nid}, overgemaakt naar {iban}.",
            "Aanmaning\n{person}\n{address}\nOpenstaand bedrag: {amount} EUR. Bel ons op {phone}.",
            "mrt 03 04:11:52 gw01 sshd[993]: aanmelding mislukt voor {email} vanaf {ip}",
            "# productie-instellingen\n{secret}\nCONTACT={email}",
            "Afspraak bevestigd voor {person}; legitimatie: paspoort {passport}. Fijne dag!",
        ],
        "clean": [
            "dossier;magazijn;status\n{order};{city};verzonden op {date}",
            "Kassabon {invoice}, {company}, {amount} EUR, streepjescode {ean}. Bedankt voor uw aankoop!",
            "Beste klant, uw pakket {tracking} van {brand} komt op {date} aan in {namecity}.",
            "Wijziging {ticket}: {cidr4} blokkeren, {cidr6} toestaan, poort {port}.",
            "wachtwoord_hash: {hashalgo}\nbuild: {sha}\nversie: {version}",
        ],
    },
}

# -------------------------------------------------------------------------------------- BLIND
# A fifth bank, written on 2026-12-02 by a different engineer who has never seen the guard's
# detection rules (nor their tests or docs), and committed alone, before any detector was run on
# it. Genres the other banks do not use: voicemail transcripts, CRM and call-centre notes,
# pharmacy labels and prescriptions, school letters, tenancy agreements, insurance claim forms,
# bank statement lines, CVs and recruiter intros, stack traces, SQL INSERTs, markdown tables,
# e-mail signatures, out-of-office replies, calendar invites (iCalendar), meeting minutes, forum
# replies, group chats with several speakers, hotel registration forms; clean rows with company
# names that are surnames, street names without an address, flight numbers and tickers. Measured
# once, then tuned on: no longer honest (VERIFY is).
BLIND: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Voicemail (transcribed, 0:41): \"Hi, this is {person} calling about the boiler at {address}. "
            "It's still not working. Could you call me back on {phone}? Thanks, bye.\"",
            "CRM > Account > Notes\n12 Feb - spoke to {first} re: renewal. Prefers email ({email}), no cold calls. "
            "Budget sign-off sits with {title_name} in Finance; follow up after Q1.",
            "Rx 0048213   QTY 30\nAMOXICILLIN 500MG CAPSULES\nTake ONE capsule THREE times a day\n"
            "Patient: {person}   DOB: {dob}\nNHS No: {nhs}",
            "Dear Parent/Carer,\n\n{first} has been chosen to represent the school at the regional maths challenge on "
            "Friday 14 March. Questions about the coach fare can go to {role_email}.\n\nYours sincerely,\n{title_name}\nHead of Year 8",
            "THIS TENANCY AGREEMENT is made between Harbourside Lettings Ltd (\"the Landlord\") and {person} (\"the Tenant\") for the "
            "property known as {address}. Rent is paid monthly by standing order from account {iban}.",
            "Claim form - Section B: Policyholder\nFull name: {person}\nDate of birth: {dob}\nDaytime contact number: {phone}\n"
            "What happened? Handbag taken from a cafe table on 2 March.",
            "04 Mar   Faster payment to {person}   ref RENT MARCH       -850.00\n05 Mar   Card payment TESCO STORES 2291     -23.41",
            "CURRICULUM VITAE\n\n{person}\n{address}  |  {phone}  |  {email}\n\nPROFILE\n"
            "Chartered accountant with eight years in audit and advisory.",
            "Hi {first}, came across your profile while looking for people who have scaled data teams. I'm {person} and I "
            "run analytics at {company} - open to a 15-minute chat next week?",
            "Traceback (most recent call last):\n  File \"/srv/shop/billing.py\", line 88, in charge\n"
            "    gateway.charge(card_number=card, amount=total)\n"
            "billing.errors.CardDeclined: card {card} declined for customer {email} (do_not_honor)",
            "INSERT INTO patients (full_name, date_of_birth, mrn, phone) VALUES ('{person}', '{dob}', '{mrn}', '{phone}');",
            "| Name | Team | Mobile |\n|---|---|---|\n| {person} | Facilities | {phone} |\n| {person} | Payroll | {phone} |",
            "Kind regards,\n\n{person}\nSenior Claims Handler | Motor Division\nNorthgate Insurance plc\nM: {phone}\nE: {email}",
            "Automatic reply: I'm out of the office until Monday 17th with limited access to email. "
            "For anything urgent, please contact {first} on {phone}.",
            "BEGIN:VEVENT\nSUMMARY:1:1 {first} / {first}\nORGANIZER;CN={person}:mailto:{email}\n"
            "ATTENDEE;CN={person}:mailto:{email}\nLOCATION:Room 4.12\nEND:VEVENT",
            "Done - I've updated your travel profile. Here's what I have on file now:\n- Name: {person}\n"
            "- Passport: {passport} (expires 2031)\n- Date of birth: {dob}\n- Home address: {address}\nDoes that all look right?",
            "Re: Letting agent kept my deposit?\n\nSame happened to us last year. Our contact at the agency was "
            "{title_name} and the emails just stopped. Went through the deposit scheme in the end. Good luck {first}!",
            "Minutes - Residents' Association, 6 March\nPresent: {person} (chair), {person}, {first} from flat 9\n"
            "Apologies: {title_name}\n1. Bins: {first} to chase the council again.",
            "Agent note 14:32 - caller pasted part of their deployment config into the chat by mistake. Copy for "
            "Security to rotate:\n{secret}\nTranscript tagged {policy}.",
            "Driver note: if no answer leave with the neighbour. Deliver to {address}; recipient {person}, tel {phone}.",
            "Right-to-work check completed for {person}: {nid}, passport {passport} seen in person on 3 Feb.",
            "{ip} - - [03/Mar/2026:09:14:22 +0000] \"POST /account/email HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\" new_email={email}",
            "Style review of the onboarding deck: slide 4 still says \"{biased}\", and the footer reads \"{policy}\" "
            "even though the deck is going on the public site.",
            "[10:02] {first}: anyone got the company card for the team lunch?\n[10:03] {first}: use mine, {card} exp 09/28\n"
            "[10:03] {first}: please don't post card numbers in here 😬",
            "Physiotherapy self-referral\nName: {person}\nNHS number: {nhs}\nGP surgery: Riverside Medical Centre\n"
            "Best number to reach you: {phone}",
            "[client]\nhost = {ip}\n{secret}\n; added by {first} for the month-end report",
            "Tax summary 2025 for {person} ({nid}), sent to {address}.",
            "Pre-op checklist - patient {title_name}, hospital number {mrn}, date of birth {dob}. Nil by mouth from midnight.",
            "PR #412 review: can we rename `{biased}` in config.yaml before this merges? {first} already did it in the API.",
        ],
        "clean": [
            "Flight BA 2490 to {city} departs 07:55 from gate B12; the group booking is tracked in {ticket}.",
            "| host | subnet | port | version |\n|---|---|---|---|\n| api-1 | {cidr4} | {port} | {version} |\n| api-2 | {cidr6} | {port} | {version} |",
            "Minutes - Platform guild\nPresent: networking, storage and SRE leads\n1. {product} upgrade to {version} approved.\n"
            "2. The {namecity} DR site moves to {cidr4}. Owner: SRE ({ticket}).",
            "INSERT INTO products (sku, ean, name, price) VALUES ('{order}', '{ean}', '{product}', '{amount}');",
            "★★★★☆ Bought the {brand} kettle on {date}, arrived the next day (tracking {tracking}). Lid is a bit stiff. Order {order}.",
            "Traceback (most recent call last):\n  File \"/srv/app/auth.py\", line 41, in verify\n"
            "    ctx.verify(token, scheme=\"{hashalgo}\")\nValueError: unknown hash scheme (build {sha}, request {uuid})",
            "Thanks for your message. Our {city} office is closed from {date} and reopens on {date}; "
            "invoices from {invoice} onwards will be processed then.",
            "BEGIN:VEVENT\nSUMMARY:{product} release review\nDTSTART:20260312T140000Z\nLOCATION:{namecity} room, 3rd floor\nUID:{uuid}\nEND:VEVENT",
            "Fund update: trimmed {brand}, added to Johnson Matthey and Morgan Sindall; NVDA and ASML unchanged. "
            "NAV {amount} EUR as of {date}.",
            "Facilities: the Baker Street office is closed on {date}; please use the {city} hub. Badge problems go to {ticket}.",
            "Reading list, week 6: ISBN {isbn} (2nd ed.), chapters 3-5. The catalogue reference {badref} is wrong, ignore it.",
            "DELIVERY NOTE {invoice}\nShipped from: {company}, {city} DC\nItems: 2 x {product} (EAN {ean})\n"
            "Carrier tracking: {tracking}\nDelivered {date} at {time}",
            "[database]\nhost = db.internal\nport = {port}\npassword_hash = {hashalgo}\n; rotated in {ticket}",
        ],
    },
    "de": {
        "pii": [
            "Anrufbeantworter, 09:12 Uhr: „Ja, hallo, hier ist {person}, es geht um die Heizung in der Wohnung. "
            "Rufen Sie mich bitte zurück unter {phone}. Danke, tschüss.“",
            "Kundennotiz 14.03.: Telefonat mit {first} wegen Vertragsverlängerung. Kontakt bitte nur per Mail ({email}). "
            "Die Entscheidung trifft {title_name} aus dem Einkauf.",
            "Medikationsplan für: {person}\ngeb. am: {dob}\nausgedruckt von: Praxis am Markt\nIbuprofen 600 mg   1-0-1   bei Bedarf",
            "Liebe Eltern,\n\n{first} hat sich für die Mathe-Olympiade qualifiziert. Bitte geben Sie den Abschnitt bis Freitag "
            "bei der Klassenleitung ab.\n\nMit freundlichen Grüßen\n{title_name}, Klassenleitung 7b",
            "§ 1 Mietsache\nDer Vermieter vermietet an {person} (Mieter) die Wohnung im 2. OG links, {address}.\n"
            "§ 3 Miete\nDie Miete ist monatlich im Voraus auf das Konto {iban} zu zahlen.",
            "Schadenmeldung Kfz\nVersicherungsnehmer: {person}\nGeburtsdatum: {dob}\nTelefon tagsüber: {phone}\n"
            "Schadenhergang: beim Ausparken einen Poller touchiert.",
            "03.03. | SEPA-Überweisung an {person} | IBAN {iban} | Verwendungszweck: Miete März | -780,00 EUR",
            "LEBENSLAUF\n\nPersönliche Daten\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nE-Mail: {email}",
            "Hallo {first}, ich bin über dein Profil gestolpert – wir suchen bei der Stadtwerke Nordheim GmbH jemanden fürs Data-Team. "
            "Hättest du nächste Woche 15 Minuten? Viele Grüße, {person}",
            "Exception in thread \"main\" de.shop.zahlung.ZahlungAbgelehntException: Karte {card} abgelehnt (Kunde {email})\n"
            "\tat de.shop.zahlung.Gateway.belasten(Gateway.java:112)",
            "INSERT INTO kunden (name, telefon, email) VALUES ('{person}', '{phone}', '{email}');",
            "Mit freundlichen Grüßen\n\n{person}\nSachbearbeitung Leistungsabteilung\nHansa Krankenversicherung AG\nTel.: {phone}",
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.03. nicht im Büro. In dringenden Fällen hilft "
            "Ihnen {title_name} ({email}) weiter, in Rechnungsfragen die Buchhaltung unter {role_email}.",
            "Meldeschein Nr. 4471\nName des Gastes: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\n"
            "Reisepass-Nr.: {passport}\nAnreise 12.03., Abreise 15.03.",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\n{title_name}, geb. {dob}, "
            "Fallnummer {mrn}, befand sich vom 03.03. bis 07.03. in unserer stationären Behandlung.",
            "Protokoll der Eigentümerversammlung vom 06.03.\nAnwesend: {person} (Verwaltung), {person}, {title_name}\n"
            "TOP 2: Fassade – {first} holt drei Angebote ein.",
            "Personalfragebogen {person}: {nid}, Krankenkasse AOK, Steuerklasse I.",
            "Hab dir die Zugangsdaten für den Staging-Server ({ip}) reinkopiert, bitte nach dem Lesen löschen:\n{secret}",
            "Anmerkung Lektorat: Auf Folie 7 steht noch „{biased}“, und die Fußzeile „{policy}“ passt nicht zu einem öffentlichen Vortrag.",
            "[15:20] {first}: wer hat die Firmenkarte?\n[15:21] {first}: nimm meine: {card}\n[15:21] {first}: bitte keine Kartennummern hier posten 🙈",
        ],
        "clean": [
            "Flug LH 2034 nach {city}, Abflug 07:55, Gate B12; die Gruppenbuchung läuft über {ticket}.",
            "| Host | Netz | Port | Version |\n|---|---|---|---|\n| api-1 | {cidr4} | {port} | {version} |\n| api-2 | {cidr6} | {port} | {version} |",
            "Protokoll Plattform-Runde\nAnwesend: Teams Netzwerk, Storage, SRE\n1. Upgrade von {product} auf {version} freigegeben.\n"
            "2. Das Ausweich-RZ {namecity} zieht nach {cidr4} um ({ticket}).",
            "★★★★☆ Wasserkocher von {brand} am {date} bestellt, kam schnell (Sendung {tracking}). Deckel etwas schwergängig. Bestellnr. {order}",
            "java.security.NoSuchAlgorithmException: {hashalgo} nicht verfügbar\n\tat de.shop.auth.Hasher.init(Hasher.java:41)\nbuild={sha} request={uuid}",
            "Depotbericht: {brand} reduziert, Rheinmetall und Fielmann aufgestockt; SAP unverändert. Depotwert {amount} EUR zum {date}.",
            "Lieferschein {invoice}: 24 x Dr. Oetker Vanillepudding, EAN {ean}, Lager {city}, Zustellung am {date}.",
            "Die Filiale in der Königsallee ist am {date} geschlossen; Rückgaben bitte in {city}.",
            "[datenbank]\nhost = db.intern\nport = {port}\npasswort_hash = {hashalgo}\n; geändert laut {ticket}",
        ],
    },
    "fr": {
        "pii": [
            "Message vocal (transcription automatique) : « Oui bonjour, c'est {person}, je vous appelle pour le dégât des eaux. "
            "Vous pouvez me rappeler au {phone} ? Merci, au revoir. »",
            "Note CRM du 12/03 : échange avec {first}, à recontacter uniquement par mail ({email}). "
            "Décision finale : {title_name}, service achats.",
            "ORDONNANCE\n{title_name}\nMédecin généraliste\n\nPatient(e) : {person}, né(e) le {dob}\n"
            "Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours.",
            "Madame, Monsieur,\n\nVotre enfant {first} participera à la sortie au musée le jeudi 19 mars. Merci de retourner "
            "l'autorisation signée avant lundi.\n\n{title_name}, professeur principal",
            "CONTRAT DE LOCATION\nEntre la SCI Les Tilleuls, bailleur, et {person}, locataire, il est convenu ce qui suit : le bailleur loue "
            "au locataire le logement situé {address}. Le loyer est prélevé sur le compte {iban}.",
            "Déclaration de sinistre habitation\nAssuré : {person}\nDate de naissance : {dob}\nTéléphone : {phone}\n"
            "Circonstances : fuite du chauffe-eau dans la nuit du 2 au 3 mars.",
            "03/03   VIR SEPA EMIS VERS {person}   LOYER MARS   -720,00\n04/03   CB CARREFOUR 02/03   -54,13",
            "{person}\n{address}\n{phone} · {email}\n\nEXPÉRIENCE\n2019 – aujourd'hui : contrôle de gestion chez Brasserie du Port SAS",
            "Bien cordialement,\n\n{person}\nChargé(e) de clientèle – Service sinistres\nMutuelle Atlantique Assurances\nLigne directe : {phone}",
            "Réponse automatique : je suis absent(e) jusqu'au 24 mars inclus. Pour toute urgence, merci de contacter "
            "{first} ({email}) ou la comptabilité à {role_email}.",
            "C'est noté ! Voici les informations enregistrées pour votre demande de visa :\n- Nom : {person}\n"
            "- Passeport n° {passport}\n- Date de naissance : {dob}\n- {nid}",
            "Compte rendu du conseil syndical du 6 mars\nPrésents : {person} (présidence), {person}, {title_name}\n"
            "Excusé(e) : {first}\nPoint 3 : {first} relance le syndic pour l'ascenseur.",
            "Centre hospitalier – service de cardiologie\nN° de dossier : {mrn}\nPatient(e) : {title_name}\n"
            "Date de naissance : {dob}\nSortie prévue le 09/03.",
            "INSERT INTO clients (nom_complet, telephone, courriel, iban) VALUES ('{person}', '{phone}', '{email}', '{iban}');",
            "java.lang.IllegalStateException: paiement refusé pour la carte {card}\n\tat fr.boutique.paiement.Service.debiter(Service.java:77)\n"
            "Caused by: client={email} ip={ip}",
            "Re: Problème avec mon propriétaire\n\nPareil pour moi l'an dernier : à l'agence, {title_name} ne répondait plus. "
            "Lettre recommandée puis ADIL, et c'est réglé. Bon courage {first} !",
            "Relecture de la doc d'installation : on a encore « {biased} » page 4, et le bandeau « {policy} » est resté sur la "
            "version publique. Quelqu'un a aussi collé ceci en annexe, à révoquer :\n{secret}",
            "Attestation employeur : {person}, {nid}, est salarié(e) de notre société depuis le 1er septembre 2021.",
        ],
        "clean": [
            "Vol AF 1234 pour {city}, départ 07h55, porte F32 ; la réservation de groupe est suivie dans {ticket}.",
            "| Hôte | Réseau | Port | Version |\n|---|---|---|---|\n| api-1 | {cidr4} | {port} | {version} |\n| api-2 | {cidr6} | {port} | {version} |",
            "★★★★☆ Bouilloire {brand} commandée le {date}, reçue vite (suivi {tracking}). Couvercle un peu dur. Commande n° {order}.",
            "Compte rendu du comité technique\nPrésents : équipes réseau, stockage, SRE\n1. Passage de {product} en {version} validé.\n"
            "2. Le site de secours de {namecity} passe sur {cidr6} ({ticket}).",
            "ValueError: algorithme de hachage inconnu : {hashalgo}\n  build {sha}, requête {uuid}",
            "Point marché : {brand} en baisse, Michelin et Pernod Ricard en hausse ; Hermès stable. Encours {amount} EUR au {date}.",
            "La boutique des Champs-Élysées sera fermée le {date} ; les retraits se font à {city}. Facture {invoice}.",
            "[base]\nhote = db.interne\nport = {port}\nhachage_mdp = {hashalgo}\n; modifié selon {ticket}",
        ],
    },
    "es": {
        "pii": [
            "Mensaje de voz (transcrito): «Hola, soy {person}, le llamo por la avería del ascensor. Por favor, devuélvame la "
            "llamada al {phone}. Gracias.»",
            "Nota CRM 12/03: hablé con {first} sobre la renovación. Prefiere correo ({email}). Firma: {title_name}, de compras.",
            "RECETA MÉDICA\nPaciente: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nOmeprazol 20 mg, 1 cápsula en ayunas durante 28 días.",
            "Estimadas familias:\n\n{first} ha sido seleccionado/a para la olimpiada de matemáticas. Rogamos devuelvan la "
            "autorización firmada antes del viernes.\n\nUn saludo,\n{title_name}, tutor/a de 2.º B",
            "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nDe una parte, Inmobiliaria Costa Azul S.L., arrendadora; y de otra, {person}, con {nid}, "
            "arrendatario/a, con domicilio a efectos de notificaciones en {address}.",
            "Parte de siniestro\nTomador: {person}\nFecha de nacimiento: {dob}\nTeléfono de contacto: {phone}\n"
            "Descripción: rotura del cristal de la cocina.",
            "03/03   TRANSFERENCIA A {person}   ALQUILER MARZO   -650,00\nIBAN destino: {iban}",
            "CURRÍCULUM VÍTAE\n{person}\n{address}\nTel. {phone} | {email}\nEXPERIENCIA: técnico/a de nóminas en Transportes Levante S.A. (2018-2025)",
            "Un cordial saludo,\n\n{person}\nResponsable de Atención al Cliente\nSeguros Mediterráneo S.A.\nTel.: {phone}",
            "Respuesta automática: estaré fuera de la oficina hasta el 24 de marzo. Para asuntos urgentes: "
            "{title_name}, {email}; facturación: {role_email}.",
            "¡Listo! Estos son los datos que tengo guardados para tu check-in:\n- Titular: {person}\n- Pasaporte: {passport}\n"
            "- Fecha de nacimiento: {dob}\nSi algo no cuadra, dímelo.",
            "Acta de la junta de propietarios (6 de marzo)\nAsistentes: {person} (presidencia), {person}, {title_name}\n"
            "Acuerdo 2: {first} pedirá tres presupuestos para la fachada.",
            "INSERT INTO pacientes (nombre, nhc, telefono) VALUES ('{person}', '{mrn}', '{phone}');",
            "[21:04] {first}: ¿alguien tiene la tarjeta del club para pagar la cena?\n[21:05] {first}: toma la mía: {card}\n"
            "[21:05] {first}: ¡no pongáis tarjetas en el grupo! 🙈",
            "Pegado desde la consola del servidor {ip}, bórralo cuando lo leas:\n{secret}",
            "Re: ¿Se pueden quedar con la fianza?\n\nA mí me pasó igual: la persona de la inmobiliaria ({title_name}) dejó de contestar. "
            "Burofax y listo. ¡Ánimo, {first}!",
            "Revisión del manual: en la página 4 sigue apareciendo «{biased}» y el pie «{policy}» no debería estar en la versión pública.",
            "Certificado de empresa: {person}, con {nid}, presta servicios en esta empresa desde el 1 de septiembre de 2021.",
        ],
        "clean": [
            "Vuelo IB 3170 a {city}, salida 07:55, puerta K24; la reserva de grupo va en {ticket}.",
            "| Host | Red | Puerto | Versión |\n|---|---|---|---|\n| api-1 | {cidr4} | {port} | {version} |\n| api-2 | {cidr6} | {port} | {version} |",
            "★★★★☆ Hervidor {brand} pedido el {date}, llegó rápido (seguimiento {tracking}). La tapa cuesta un poco. Pedido {order}.",
            "Acta del comité técnico\nAsistentes: equipos de redes, almacenamiento y SRE\n1. Se aprueba pasar {product} a {version}.\n"
            "2. El CPD de respaldo de {namecity} pasa a {cidr4} ({ticket}).",
            "ValueError: algoritmo de hash desconocido: {hashalgo}\n  build {sha}, petición {uuid}",
            "Cartera: vendimos {brand}, compramos Puig y Fluidra; Inditex sin cambios. Valor {amount} EUR a {date}.",
            "La tienda de la calle Serrano cierra el {date}; las devoluciones, en {city}. Factura {invoice}.",
            "[bd]\nhost = db.interna\npuerto = {port}\nhash_clave = {hashalgo}\n; cambiado según {ticket}",
        ],
    },
    "nl": {
        "pii": [
            "Voicemail (uitgeschreven): \"Ja hallo, met {person}. Ik bel over de lekkage in de badkamer. Wilt u mij terugbellen "
            "op {phone}? Dank u wel.\"",
            "Klantnotitie 12-03: gesproken met {first} over de verlenging. Alleen per mail benaderen ({email}). "
            "De beslissing ligt bij {title_name} van inkoop.",
            "Apotheek De Linde\n{person}   geb. {dob}\nAmoxicilline 500 mg\n3x per dag 1 capsule, kuur afmaken",
            "Beste ouder(s)/verzorger(s),\n\n{first} doet donderdag mee aan de rekenolympiade. Wilt u het toestemmingsformulier "
            "vóór vrijdag inleveren?\n\nMet vriendelijke groet,\n{title_name}, mentor klas 2B",
            "HUUROVEREENKOMST WOONRUIMTE\nOndergetekenden: Woningstichting Eemland Wonen, verhuurder, en {person}, huurder, verklaren dat verhuurder "
            "aan huurder verhuurt de woning gelegen aan {address}. De huur wordt maandelijks geïncasseerd van rekening {iban}.",
            "Schadeformulier inboedel\nVerzekeringnemer: {person}\nGeboortedatum: {dob}\nTelefoonnummer: {phone}\n"
            "Toedracht: waterschade door een lekkende wasmachine.",
            "03-03   Overboeking naar {person}   {iban}   omschrijving: huur maart   -895,00",
            "{person}\n{address}\n{phone} | {email}\n\nWERKERVARING\n2020 – heden: teamleider klantenservice bij Energiebedrijf Noordwest",
            "Met vriendelijke groet,\n\n{person}\nAdviseur Particulieren | Afdeling Hypotheken\nHanzebank N.V.\nT {phone}",
            "Automatisch antwoord: ik ben tot en met 21 maart afwezig. Voor dringende zaken kunt u terecht bij {first} ({email}) "
            "of bij de crediteurenadministratie via {role_email}.",
            "Gelukt! Dit staat nu in je reisprofiel:\n• Naam: {person}\n• Paspoortnummer: {passport}\n• Geboortedatum: {dob}\n• {nid}",
            "Notulen VvE-vergadering 6 maart\nAanwezig: {person} (voorzitter), {person}, {title_name}\nAfwezig met kennisgeving: {first}\n"
            "Actiepunt: {first} vraagt drie offertes op voor de gevel.",
            "Ontslagbrief\nPatiëntnummer: {mrn}\nNaam: {title_name}\nGeboortedatum: {dob}\nOpname 03-03 t/m 07-03, afdeling longziekten.",
            "[19:40] {first}: wie heeft de clubpas?\n[19:41] {first}: pak de mijne maar: {card}\n[19:41] {first}: geen pasnummers in de groep aub 🙈",
            "Even snel de inloggegevens voor de testserver ({ip}), na lezen verwijderen aub:\n{secret}",
            "INSERT INTO klanten (naam, telefoon, email) VALUES ('{person}', '{phone}', '{email}');",
            "Opmerking bij de review: in hoofdstuk 3 staat nog \"{biased}\" en de voettekst \"{policy}\" hoort niet in de publieke versie.",
            "Gegevens aanvrager: {person}, {nid}, woonachtig {address}.",
        ],
        "clean": [
            "Vlucht KL 1234 naar {city}, vertrek 07:55, gate D7; de groepsboeking staat in {ticket}.",
            "| Host | Netwerk | Poort | Versie |\n|---|---|---|---|\n| api-1 | {cidr4} | {port} | {version} |\n| api-2 | {cidr6} | {port} | {version} |",
            "★★★★☆ Waterkoker van {brand} besteld op {date}, snel geleverd (tracking {tracking}). Deksel gaat wat stroef. Bestelling {order}.",
            "Notulen technisch overleg\nAanwezig: teams netwerk, opslag en SRE\n1. Upgrade van {product} naar {version} goedgekeurd.\n"
            "2. Het uitwijkcentrum {namecity} verhuist naar {cidr6} ({ticket}).",
            "ValueError: onbekend hash-algoritme: {hashalgo}\n  build {sha}, verzoek {uuid}",
            "Portefeuille: {brand} afgebouwd, Van Lanschot Kempen en Heijmans bijgekocht; Ahold Delhaize ongewijzigd. "
            "Waarde {amount} EUR per {date}.",
            "Kassabon Albert Heijn {city}, {date} {time}, totaal {amount} EUR, artikel {ean}.",
            "De winkel aan de Kalverstraat is op {date} gesloten; retouren kunnen in {city}. Factuur {invoice}.",
            "[database]\nhost = db.intern\npoort = {port}\nwachtwoord_hash = {hashalgo}\n; gewijzigd volgens {ticket}",
        ],
    },
}

# ------------------------------------------------------------------------------------- SEALED
# A sixth bank, written on 2026-12-02 by another engineer who has never seen the guard's
# detection rules (nor their tests or docs), and committed alone, before any detector was run on
# it. Measured once, then tuned on: no longer honest (VERIFY is).
SEALED: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Hi, is the bike still available? I can collect Saturday morning with cash. "
            "Easiest to text me on {phone} - {first}",
            "Hey! Loved your hiking pics 😊 I'm {first}, 31, teacher, new-ish in town. I'm hardly ever on here, "
            "so text me if you fancy a coffee? {phone}",
            "Stunning three-bed semi, chain free, south-facing garden. Viewings strictly by appointment "
            "with the listing agent, {title_name}, on {phone} or {email}.",
            "BOOKING CONFIRMED\nBooking reference: QX7T2L\nPassenger 1: {person} (ADULT)\n"
            "Passport: {passport}    Date of birth: {dob}\nEI 153  DUB > LHR  seat 14C\nE-ticket receipt sent to {email}",
            "RETURNS AUTHORISATION RMA-20931\nFROM:\n{person}\n{address}\n\nTO: Returns Dept., {company}\n"
            "Reason code 04 - wrong size. Refund questions: {role_email}",
            "Onboarding - week 1\n[x] Laptop + badge collected\n[x] Contract signed\n[ ] Payroll bank details: {iban}\n"
            "[ ] Emergency contact: {person}, {phone}\n[ ] Coffee with your buddy ({title_name})",
            "Mid-year review: {person}\nReviewer: {title_name}\nStrengths - took over the vendor migration with almost no "
            "handover and closed it two weeks early.\nGrowth - delegate more, stop answering every on-call page personally.",
            "Date\tVisitor\tHost\tBadge\tIn\tOut\n{date}\t{person}\t{title_name}\tV-114\t09:12\t11:40\n"
            "{date}\t{person}\t{title_name}\tV-115\t10:03\t",
            "PATHOLOGY - CLINICAL BIOCHEMISTRY\nPatient: {title_name}    Hosp No: {mrn}\nDOB: {dob}\n"
            "HbA1c          48 mmol/mol   (H)\nFerritin       22 ug/L\nComment: repeat in 3 months.",
            "Patient: \"Biscuit\" (Labrador, 7y, MN)\nOwner: {person}  |  Mob: {phone}\nBooster given L flank. "
            "Owner prefers reminders by email to {email}.",
            "Smile Dental Care\n\nDear {first},\nit's been six months since your last check-up! If you have moved GP "
            "recently, please bring your NHS number ({nhs}) to the appointment.\n\nReception team",
            "IN THE COUNTY COURT AT LEEDS\nClaim No. K00LS412\nBETWEEN\nHOMESAFE LETTINGS LIMITED   Claimant\n"
            "- and -\n{person}   Defendant\nNOTICE OF HEARING: the Defendant's address for service is {address}.",
            "Incident 26/0412 - Theft from motor vehicle\nInformant: {person} (DOB {dob}), contact tel {phone}.\n"
            "States that between 2300 and 0100 the rear window was smashed and a laptop bag taken. No CCTV in the street.",
            "ACCOUNT HOLDER: {person}\nSUPPLY ADDRESS:\n{address}\nPayment method: Direct Debit from {iban}\n"
            "Your next bill is due in 28 days. Billing queries: {role_email}",
            "PARISH NEWS\nCongratulations to {person} and {person}, married here on Saturday! The Advent flower rota "
            "is with {first} - ring {phone} to add your name.",
            "squad_no,player,dob,mobile\n7,\"{person}\",\"{dob}\",\"{phone}\"\n11,\"{person}\",\"{dob}\",\"{phone}\"",
            "Together with their families\n{person}\n&\n{person}\ninvite you to celebrate their marriage.\n"
            "Kindly RSVP to {email} by the first of May.",
            "Dear {first},\nWe were so sorry to hear about your dad. He was the kindest neighbour anyone could ask for. "
            "If you need anything at all - shopping, lifts, a chat - I'm on {phone}.\nWith love, {first}",
            "Family tree notes (from the parish register and the census):\n- {person}, b. {dob}, Cork; baptised at St Finbarr's.\n"
            "- Eldest child {first}, emigrated to Boston; no further record.",
            "To whom it may concern,\n\nI have known {person} for three years as their personal tutor and recommend "
            "them without reservation for postgraduate study. I am happy to be contacted at {email}.",
            "### Steps to reproduce\n1. Log in as the demo tenant\n2. Contacts > Export\n\n**Actual:** the CSV contains a "
            "real customer's card number (`{card}`) and email (`{email}`) instead of fixture data.",
            "fix(billing): stop logging payer details\n\nThe webhook handler printed the payer IBAN ({iban}) and the "
            "client address {ip} at INFO level. Mask both and drop the log line.",
            "{first} added a comment - 2 hours ago\nReproduced with the account of {person}: the reset link still goes "
            "to {email} although it was changed last week. Linking to {ticket}.",
            "# terraform.tfvars - DO NOT COMMIT\nregion             = \"eu-west-2\"\nallowed_ssh_source = \"{ip}\"\n"
            "{secret}\nowner_email        = \"{email}\"",
            "ADMIN_CONTACTS = [\n    (\"{person}\", \"{email}\"),  # TODO: move to the vault\n]\n"
            "SMS_FALLBACK = \"{phone}\"",
            "const testCustomer = { name: '{person}', card: '{card}', cvc: '123' }; // FIXME remove real data before merge",
            "{\"user\": {\"id\": {order}, \"displayName\": \"{first}\", \"email\": \"{email}\", "
            "\"lastLoginIp\": \"{ip}\", \"birthDate\": \"{dob}\"}}",
            "PASS-\nPORT     UNITED KINGDOM OF GREAT\nBRITAIN\nSurname/Given names\n{person}\nPassport No./\n{passport}\n"
            "Date of birth /\n{dob}",
            "APPLICATION FOR A RESIDENTS' PARKING PERMIT\nFULL NAME: {person}\nADDRESS: {address}\n"
            "DATE OF BIRTH: {dob}\nSIGNED: ______________",
            "hey {first} cant make it tmrw, kid is sick :( can u ring me at {phone} pls, my emails not working",
            "Hi all, kurze Info: {person} starts Monday in the Berlin office. Laptop ist bestellt, badge still pending. "
            "Fragen bitte an {email}.",
            "Chargeback dispute\nCardholder: {person}\nCard number: {card}\nAmount disputed: GBP 84.99\n"
            "Merchant says parcel delivered; cardholder says not received.",
            "NHS Blood and Transplant - donor record\nDonor: {person}\nNHS no. {nhs}\nBlood group: O RhD negative\n"
            "Last donation: 14 weeks ago",
            "Patient wristband: {person} | MRN {mrn} | DOB {dob} | ALLERGY: penicillin",
            "Message held by #sales-emea bot. Reason: contains \"{policy}\". {first} has been notified and can "
            "re-send after removing it.",
            "Inclusive-language check on the job ad: \"{biased}\" appears twice in paragraph 3. Please reword before "
            "{title_name} signs it off.",
            "Bug report: README step 3 shows a live credential\n```\n{secret}\n```\nPlease rotate and purge it "
            "from history. Found by {first}.",
            "Right, for the hire car they need the main driver's details: {person}, {nid}, licence held 12 years. "
            "The deposit will be pre-authorised on {card}.",
            "Patient transport booking: collect {title_name} (NHS number {nhs}) from home at 08:15, wheelchair user, "
            "escort travelling.",
            "Footer of the quarterly deck still reads \"{policy}\" - {first}, can you strip it before it goes on the "
            "investor page?",
            "Staff survey, free-text answer (anonymised): \"my manager keeps calling the support team '{biased}' in all-hands\"",
            "Benefit claim update: we matched your record using {nid}. If this is not you, reply to this message.",
            "Tax residency self-certification\nName: {title_name}\nIdentifier: {nid}\nCorrespondence address: {address}",
        ],
        "clean": [
            "Your stay is confirmed: Deluxe King, 2 nights from {date}, {city} Riverside. Rate {amount} GBP incl. "
            "breakfast. Confirmation {invoice}.",
            "chore(deps): bump {product} client to {version}\n\nRefs {ticket}. Built from {sha}.",
            "resource \"aws_security_group_rule\" \"ingress\" {\n  cidr_blocks      = [\"{cidr4}\"]\n"
            "  ipv6_cidr_blocks = [\"{cidr6}\"]\n  from_port        = {port}\n}",
            "Victorian terrace on Churchill Road, {namecity}: two bedrooms, walled garden. Guide price EUR {amount}. "
            "Marketed by the estate agents {company} (ref. {order}).",
            "Return label for order {order}\nCarrier tracking: {tracking}\nItem: {product} (EAN {ean})\n"
            "Drop off at any parcel shop before {date}.",
            "St Mary Magdalene's: harvest supper on {date} in the church hall, tickets {amount} from the parish office. "
            "The Lady Chapel stays closed for repairs.",
            "FIXTURES: Aston Villa v Nottingham Forest moved to {date}, kick-off 17:30 for TV; ticket office queries via {ticket}.",
            "image:\n  repository: registry.internal/auth-service\n  tag: \"{version}\"\npasswordHashing: {hashalgo}\n"
            "service:\n  port: {port}",
            "def test_rejects_invalid_reference():\n    # fixture: invalid on purpose (wrong check digits / reserved range)\n"
            "    assert not validate(\"{badref}\")",
            "Analyser QC run {uuid}: control lot L{order} within range; last calibration {date} {time}.",
            "OVERDUE: 'Wuthering Heights' (ISBN {isbn}) was due back on {date}. Fines so far: {amount}p.",
            "In the matter of {company} (a company in administration): directions hearing listed for {date}, Court 3.",
            "SKU\tEAN\tDescription\tQty\n{order}\t{ean}\t{brand} gift set\t12\n{order}\t{ean}\t{product} sleeve\t40",
            "Meter E11Z04821 read on {date}: 48213 kWh. Tariff: standard variable. Invoice {invoice}, amount due {amount}.",
        ],
    },
    "de": {
        "pii": [
            "Hallo, ist das Sofa noch zu haben? Ich könnte Samstag mit dem Transporter vorbeikommen. "
            "Meld dich gern per WhatsApp: {phone} LG {first}",
            "Provisionsfreie 3-Zimmer-Altbauwohnung, 2. OG, Dielenboden, Balkon zum Hof. Besichtigungstermine "
            "vereinbaren Sie bitte mit {title_name} unter {phone} oder per E-Mail an {email}.",
            "Ihre Buchung ist bestätigt\nBuchungscode: K7M2XP\nReisende/r: {person}\nGeburtsdatum: {dob}\n"
            "Reisepassnummer: {passport}\nLH 1432  FRA–BUD  Sitz 23A",
            "RÜCKSENDESCHEIN\nAbsender:\n{person}\n{address}\nRetourengrund: 03 (gefällt nicht)\n"
            "Erstattung auf das Konto {iban}",
            "Einarbeitungsplan – Woche 1\n☑ Arbeitsvertrag unterschrieben\n☑ Nachweis für die Lohnabrechnung: {nid}\n"
            "☐ Bankverbindung fürs Gehalt: {iban}\n☐ Patenschaft: {first} aus dem Einkauf",
            "Strafanzeige – Vorgang 2026/118734\nAnzeigeerstatter/in: {person}, geb. {dob}, wohnhaft {address}\n"
            "Sachverhalt: Fahrrad aus dem Kellerabteil entwendet, Schloss aufgebrochen.",
            "Finanzamt Köln-Nord\nBescheid für 2025 über Einkommensteuer\n\n{title_name}\n{address}\n\n"
            "Die Erstattung von 812,00 € wird auf das Konto {iban} überwiesen.",
            "Liebe Vereinsmitglieder,\nnach 14 Jahren hat {person} das Amt des Kassenwarts abgegeben – herzlichen Dank! "
            "Fragen zu den Beiträgen ab sofort an {first} ({email}).",
            "Patientenkarte: Kater „Moritz“, EKH, 9 J.\nBesitzer/in: {person}, Tel. {phone}\n"
            "Katzenseuche aufgefrischt, nächste Impfung in 3 Jahren.",
            "LABORBEFUND\nPatient/in: {person}    geb. {dob}\nPat.-Nr.: {mrn}\nTSH  2,1 mU/l  (0,4–4,0)\n"
            "Befund telefonisch an die Hausarztpraxis durchgegeben.",
            "Amtsgericht Charlottenburg\nGeschäftszeichen: 231 C 118/26\n\nIn dem Rechtsstreit\n{company} ./. {person}\n"
            "wird Termin zur mündlichen Verhandlung bestimmt.",
            "fix: Kundendaten nicht mehr ins Debug-Log schreiben\n\nBisher standen IBAN ({iban}) und Client-IP "
            "({ip}) im Klartext im Log. Gemeldet von {first}.",
            "# Testkunde – NICHT in Produktion verwenden!\nKUNDE = {\"name\": \"{person}\", \"geburtsdatum\": \"{dob}\", "
            "\"karte\": \"{card}\"}",
            "Wir trauen uns!\n{first} & {first}\nFreitag, 12. Juni, Standesamt Lüneburg – danach wird gefeiert. "
            "Gebt uns bitte bis Ende April Bescheid: {phone}",
            "Liebe {first},\nmit großer Trauer haben wir vom Tod deiner Mutter erfahren. Wenn du reden magst oder Hilfe "
            "brauchst, ruf einfach an: {phone}.\nIn Gedanken bei dir, {first}",
            "ARBEITSZEUGNIS\n{title_name}, geboren am {dob}, war vom 01.04.2019 bis 31.12.2025 in unserer "
            "Buchhaltung beschäftigt.",
            "Besucherliste Empfang 3. OG\nDatum | Name | Firma | Besucht | Pass-Nr.\n"
            "{date} | {person} | {company} | {title_name} | {passport}",
            "Recall-Karte Zahnarztpraxis am Markt\n{title_name}, Ihre halbjährliche Kontrolle ist fällig. "
            "Ihre Patientennummer: {mrn}. Fragen zur Rechnung: {role_email}",
            "Kommentar von {first} in {ticket}: Der Token steht im Klartext im Pipeline-Log:\n{secret}\n"
            "Bitte sofort rotieren.",
            "Betreff: [{policy}] Quartalszahlen Q3 – Entwurf\n\nHallo {first}, anbei der Stand von heute, "
            "bitte noch nicht weiterleiten.",
            "Anmerkung aus dem Review: Bitte „{biased}“ im Stellenanzeigentext ersetzen, das widerspricht unserem "
            "Leitfaden für inklusive Sprache.",
            "Hey 😊 ich bin {first}, 29, und neu in Leipzig. Lust auf einen Kaffee am Wochenende? Hier meine Nummer: {phone}",
            "hallo {first} bin morgen nich da, kannst du bitte die rechnung an {email} schiken? danke!!",
            "Ahnenforschung, Notizen aus dem Kirchenbuch:\n{person}, geb. {dob} in Görlitz, ev. getauft;\n"
            "ältestes Kind {first}, später nach Hamburg verzogen.",
            "SEPA-Lastschriftmandat\nKontoinhaber/in: {person}\nIBAN: {iban}\nIch ermächtige den Sportverein, "
            "Zahlungen von meinem Konto mittels Lastschrift einzuziehen.",
            "Firewall-Ausnahme für Homeoffice beantragt von {title_name}: Quelle {ip}, Ziel VPN-Gateway, "
            "befristet bis Monatsende.",
            "Lohnsteuerbescheinigung 2025\nArbeitnehmer/in: {person}\n{nid}\nGeburtsdatum: {dob}",
            "Kreditkartenreklamation: Karte {card}, Inhaber/in {person}, Betrag 129,00 € doppelt belastet.",
        ],
        "clean": [
            "Exposé {order}: Wohnen am Goetheplatz in {city} – 4 Zimmer, Baujahr 1912, Kaufpreis {amount} €. "
            "Vermarktung durch {company} (Käuferprovision 3,57 %).",
            "Retourenschein {invoice}\nArtikel: {product} (EAN {ean})\nSendungsnummer: {tracking}\nRücksendung bis {date}",
            "Sommerfest des Vereins am {date} auf dem Sportplatz an der Bismarckstraße, Anpfiff des Jugendturniers um 14 Uhr.",
            "resource \"hcloud_firewall\" \"web\" {\n  rule {\n    direction  = \"in\"\n    port       = \"{port}\"\n"
            "    source_ips = [\"{cidr4}\", \"{cidr6}\"]\n  }\n}",
            "Das Insolvenzverfahren über das Vermögen der Firma {company} wird am {date} vor dem Amtsgericht {city} "
            "fortgesetzt (Az. {ticket}).",
            "Stromabrechnung {invoice}: Zählernummer 1ESY1160423, Verbrauch 3.214 kWh, neuer Abschlag ab {date}: {amount} €.",
            "build: {product}-SDK auf {version} angehoben (Commit {sha}); Passwort-Hashing jetzt mit {hashalgo}.",
            "Gottesdienst am {date} in St. Martin um 10 Uhr; die Kollekte geht an unsere Partnergemeinde in {namecity}.",
            "Testwert für die Sandbox: {badref} – absichtlich ungültig, muss vom Validator abgelehnt werden.",
            "Buchhandlung: Ihre Bestellung {order} (ISBN {isbn}) liegt ab {date} zur Abholung bereit.",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour, votre annonce pour le vélo est toujours d'actualité ? Je peux passer ce soir après 18h. "
            "Mon numéro : {phone}. Cordialement, {first}",
            "Appartement T3 lumineux, 68 m², proche tram, honoraires à la charge du vendeur. "
            "Contact agence : {title_name} – {phone} – {email}",
            "Votre réservation est confirmée\nRéférence : 8KZQ4M\nPassager : {person}\nN° de passeport : {passport}\n"
            "Date de naissance : {dob}\nVol AF 1281  Paris-CDG → Lisbonne",
            "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nAvis d'impôt 2026 sur les revenus de 2025\n\n{title_name}\n{address}\n\n"
            "Remboursement effectué par virement sur le compte {iban}",
            "BULLETIN DE PAIE – MARS\nSalarié(e) : {person}\n{nid}\nEmploi : technicien(ne) de maintenance\n"
            "Net à payer viré sur {iban}",
            "Clinique vétérinaire des Tilleuls\nAnimal : Caramel (chat européen, 4 ans)\n"
            "Propriétaire : {person} – {phone}\nRappel typhus/coryza dans un an.",
            "LABORATOIRE D'ANALYSES MÉDICALES\nPatient(e) : {title_name}\nNé(e) le : {dob}\nN° de dossier : {mrn}\n"
            "Glycémie à jeun : 0,94 g/L",
            "PROCÈS-VERBAL DE DÉPÔT DE PLAINTE\nNous recevons la plainte de {person}, né(e) le {dob}, demeurant "
            "{address}, qui déclare : « On m'a volé mon scooter devant la gare. »",
            "{first} et {first} ont la joie de vous annoncer leur mariage le samedi 20 juin à la mairie de Quimper. "
            "Merci de confirmer votre présence avant le 15 mai à {email}.",
            "Chère {first},\nC'est avec une immense tristesse que nous avons appris le décès de ton père. "
            "N'hésite pas à m'appeler au {phone}, à n'importe quelle heure.\nJe t'embrasse, {first}",
            "Je soussigné, maître de conférences à l'Université de Lille, recommande vivement {person} pour le "
            "master de recherche. Pour toute information complémentaire : {email}.",
            "Ticket {ticket} – commentaire de {first} : l'export CSV contient encore les numéros de carte en clair "
            "(ex. {card}). Merci de masquer avant la mise en prod.",
            "// TODO : supprimer avant le commit !!\nconst clientTest = { nom: \"{person}\", iban: \"{iban}\", ip: \"{ip}\" };",
            "Le mot du bureau : bienvenue à {person}, qui reprend la trésorerie de l'association. "
            "Cotisations à régler avant fin octobre ; pour toute question, écrivez à {email}.",
            "REGISTRE DES VISITEURS – site de Vénissieux\nDate ; Nom ; Société ; Personne visitée ; N° passeport\n"
            "{date} ; {person} ; {company} ; {title_name} ; {passport}",
            "Salut, je te colle la conf de staging, attention ce sont les vrais identifiants :\n{secret}\n"
            "On fait la rotation après la démo. – {first}",
            "Objet : TR: Résultats S1 – {policy}\n\nBonjour {first},\nmerci de ne pas transférer en dehors du comité "
            "de direction.",
            "Remarque de relecture : l'offre d'emploi utilise encore le terme « {biased} » ; merci de reformuler "
            "conformément à la charte.",
            "Cabinet dentaire du Parc – rappel : {title_name}, votre détartrage annuel est à prévoir. "
            "Dossier patient n° {mrn}. Pour annuler, répondez simplement à ce message.",
            "slt {first} jsuis en retard, tu px prévenir la prof?? mon num si besoin {phone}",
            "Attestation employeur\nNous certifions que {title_name}, né(e) le {dob}, {nid}, est employé(e) "
            "dans notre société depuis le 1er septembre 2021.",
            "Opposition carte bancaire enregistrée le {date} : carte {card}, titulaire {person}. "
            "Une nouvelle carte sera envoyée à {address}.",
            "Extrait du notebook partagé par {first} (à nettoyer avant de le publier) :\n```python\n{secret}\n```",
            "Journal de connexion anormal : tentative depuis {ip} sur le compte de {person}, bloquée après 5 essais.",
        ],
        "clean": [
            "Maison de ville rue Victor-Hugo à {city}, 5 pièces, DPE C. Prix : {amount} €. Agence {company}, "
            "mandat {order}.",
            "Votre colis {tracking} a été déposé en point relais le {date} à {time}. Article : {product}.",
            "Feuille paroissiale : messe de la Saint-Nicolas le {date} en l'église Sainte-Geneviève, quête pour "
            "la paroisse jumelée ({namecity}).",
            "Facture {invoice} – consommation 2 341 kWh, échéance le {date}, montant TTC {amount} €.",
            "replicaCount: 3\nimage:\n  tag: \"{version}\"\nauth:\n  hash: {hashalgo}\nnetworkPolicy:\n"
            "  allowFrom: \"{cidr4}\"\n  allowFromV6: \"{cidr6}\"",
            "Audience du {date} : affaire {company} c/ URSSAF, renvoyée devant le tribunal judiciaire de {city}.",
            "Référence {ean} introuvable ; la valeur de test {badref} est refusée (invalide "
            "par construction), comportement attendu.",
            "Librairie du Centre : « Le Petit Prince », ISBN {isbn}, commande {order} expédiée le {date}.",
            "Déploiement {sha} : {product} passe en {version}, port {port} ouvert, suivi dans {ticket}.",
        ],
    },
    "es": {
        "pii": [
            "¡Hola! ¿Sigue disponible la bici? Te la recojo mañana en mano. Mi número es {phone}, escríbeme por "
            "WhatsApp. Saludos, {first}",
            "Piso reformado de 3 habitaciones, exterior, con ascensor. Para visitas contactar con {title_name} "
            "en el {phone} o en {email}.",
            "TARJETA DE EMBARQUE\nPasajero: {person}\nDocumento: {nid}\nVuelo IB 3168  MAD-BCN  Asiento 12F\n"
            "Embarque 07:25  Puerta K82",
            "Confirmación de reserva\nTitular: {person}\nN.º de pasaporte: {passport}\nFecha de nacimiento: {dob}\n"
            "Llegada 14/08 · Salida 18/08 · Habitación doble",
            "NÓMINA – MARZO\nTrabajador/a: {person}\n{nid}\nCategoría: oficial de 1.ª\n"
            "Líquido a percibir: 1.842,17 € transferido a {iban}",
            "JUZGADO DE PRIMERA INSTANCIA N.º 4 DE SEVILLA\nSe cita a {person}, con domicilio en {address}, "
            "para que comparezca el próximo día 12 a las 10:00 horas.",
            "ATESTADO N.º 2026-004518\nDenunciante: {person}, nacido/a el {dob}, teléfono {phone}.\n"
            "Hechos: sustracción de un bolso en la terraza de un bar.",
            "Clínica Veterinaria San Antón\nPaciente: Luna (mestiza, 6 años)\nPropietario/a: {person}\nTel.: {phone}\n"
            "Próxima vacuna antirrábica: marzo",
            "RESULTADOS DE ANALÍTICA\nPaciente: {person}\nN.º de historia clínica: {mrn}\nF. nacimiento: {dob}\n"
            "Colesterol total  212 mg/dL  (H)",
            "¡Nos casamos! {first} y {first} os esperamos el 5 de septiembre en la finca. Confirmad asistencia antes "
            "del 1 de julio al {phone}. Si queréis hacernos un regalo, nuestra cuenta es {iban}.",
            "Querida {first}: siento muchísimo lo de tu abuela. Aquí estoy para lo que necesites, llámame al {phone} "
            "cuando quieras. Un abrazo muy fuerte, {first}",
            "# datos de prueba, QUITAR antes de subir\ncliente = {\"nombre\": \"{person}\", \"email\": \"{email}\", "
            "\"tarjeta\": \"{card}\"}",
            "Comentario de {first}: {title_name} dice que el acceso desde {ip} le bloquea la cuenta. "
            "Adjunto los logs en {ticket}.",
            "Boletín de la Peña: damos la bienvenida a {person} como nuevo vocal de la junta. Si cambiáis de "
            "cuenta para las cuotas, escribid a {role_email}.",
            "Oye, te paso las credenciales del entorno de pruebas por aquí porque el gestor no va:\n{secret}\n"
            "Bórralo cuando lo copies 🙏 {first}",
            "Asunto: {policy} - Resultados trimestrales\n\n{first}, por favor no reenvíes este correo fuera del comité.",
            "Revisión del anuncio de empleo: cambiad «{biased}» por una expresión inclusiva antes de publicarlo.",
            "CERTIFICADO DE EMPADRONAMIENTO\nD./D.ª {person}, con {nid}, figura inscrito/a en el Padrón Municipal "
            "con domicilio en {address}.",
            "A quien corresponda:\nPor la presente recomiendo a {person}, que trabajó en nuestro laboratorio como "
            "becario/a de investigación. Quedo a su disposición en {email}.",
            "ola {first} mañana no voi a clase, me pasas los apuntes?? mi correo es {email}",
            "Clínica Dental Sonrisas: {title_name}, le recordamos su revisión anual. N.º de paciente {mrn}. "
            "Para cambiar la cita responda a este mensaje.",
            "Reclamación de cargo duplicado: tarjeta {card}, titular {person}, importe 59,90 €.",
            "Solicitud de visado recibida: solicitante {person}, pasaporte n.º {passport}, cita en el consulado el {date}.",
            "Acceso VPN bloqueado tras 5 intentos fallidos: usuario {email}, IP de origen {ip}.",
            "Inscripción en la escuela de fútbol\nJugador/a: {person}\nFecha de nacimiento: {dob}\n"
            "Teléfono de la madre/padre: {phone}",
        ],
        "clean": [
            "Piso en la calle Cervantes, {city}: 90 m², 3 dormitorios, {amount} €. Inmobiliaria {company}, ref. {order}.",
            "Tu pedido {order} ha salido del almacén. Número de seguimiento: {tracking}. Producto: {product} (EAN {ean}).",
            "Factura de la luz {invoice}: periodo hasta el {date}, importe {amount} €.",
            "Vuelo VY 1310 a {namecity} con retraso; nueva hora de salida 21:40. Incidencia {ticket}.",
            "variable \"allowed_cidrs\" {\n  default = [\"{cidr4}\", \"{cidr6}\"]\n}\n# puerto {port}, versión {version}",
            "Misa en la parroquia de San Juan Bautista el {date}; después, chocolate con churros en el salón parroquial.",
            "Commit {sha}: actualizar {product} a {version}; el hash de contraseñas pasa a {hashalgo}.",
            "El valor de prueba {badref} debe ser rechazado por el validador (no es válido a propósito).",
            "Librería Alcaraz: pedido {invoice}, ISBN {isbn}, listo para recoger el {date}.",
        ],
    },
    "nl": {
        "pii": [
            "Hoi! Is de kinderwagen nog beschikbaar? Ik kan hem zaterdag ophalen. Bel of app even: {phone}. "
            "Groetjes, {first}",
            "Ruim 3-kamerappartement met balkon op het zuiden. Bezichtigingen via {title_name} van ons kantoor, "
            "bereikbaar op {phone}.",
            "Boekingsbevestiging\nBoekingscode: PQ8RTZ\nReiziger: {person}\nPaspoortnummer: {passport}\n"
            "Geboortedatum: {dob}\nKL 1001  AMS–LHR",
            "Belastingdienst\nVoorlopige aanslag 2026\n\n{title_name}\n{address}\n\nWij betalen het bedrag uit op "
            "rekening {iban}.",
            "LOONSTROOK maart\nWerknemer: {person}\n{nid}\nNetto uitbetaald op {iban}",
            "Dierenkliniek De Hoef – patiëntkaart\nDier: Bello (labrador, 5 jr)\nEigenaar: {person}, tel. {phone}\n"
            "Volgende vaccinatie: voorjaar",
            "UITSLAG BLOEDONDERZOEK\nPatiënt: {person}\nGeboortedatum: {dob}\nPatiëntnummer: {mrn}\nHb 8,4 mmol/l",
            "PROCES-VERBAAL VAN AANGIFTE\nAangever: {person}, geboren {dob}, wonende {address}.\n"
            "Verklaart: mijn fiets is tussen 22:00 en 07:00 uit de stalling gestolen.",
            "Wij gaan trouwen! {first} & {first}\nvrijdag 18 september, stadhuis Deventer. Laat je even weten of je komt? "
            "Stuur een berichtje naar {phone}.",
            "Lieve {first},\nwat verschrikkelijk om te horen van je moeder. We denken veel aan jullie. Als je wil praten: "
            "{phone}.\nDikke knuffel, {first}",
            "Bug: bij het exporteren van klanten komen het IP-adres ({ip}) en het e-mailadres ({email}) in de "
            "bestandsnaam terecht. Gevonden door {first}.",
            "# testdata - NIET committen\nKLANT = {\"naam\": \"{person}\", \"iban\": \"{iban}\", \"telefoon\": \"{phone}\"}",
            "Selectie JO13-1\nrugnummer;naam;geboortedatum;telefoon ouder\n4;{person};{dob};{phone}\n9;{person};{dob};{phone}",
            "Graag beveel ik {person} aan voor de masteropleiding; in mijn werkgroep hoorde deze student bij de "
            "besten. Voor vragen ben ik bereikbaar via {email}.",
            "Opmerking van {first} bij {ticket}: in de pipeline-log staat dit gewoon in platte tekst:\n{secret}\n"
            "Graag direct roteren.",
            "Onderwerp: Jaarcijfers concept [{policy}]\n\nHoi {first}, niet doorsturen aan externen aub.",
            "Opmerking bij de vacaturetekst: het woord '{biased}' graag vervangen, zie onze richtlijn voor "
            "inclusief taalgebruik.",
            "Tandartspraktijk Centrum: beste {title_name}, het is weer tijd voor uw halfjaarlijkse controle. "
            "Uw patiëntnummer is {mrn}.",
            "Bezoekersregistratie\n{date} 09:14  {person}  ({company})  voor {title_name}, kamer 2.14",
            "hee {first} kan je me ff bellen? {phone} is mijn nieuwe nummer btw",
            "Terugboeking aangevraagd: kaart {card}, kaarthouder {person}, bedrag € 129,00.",
            "Inschrijving huisartsenpraktijk\nNaam: {person}\n{nid}\nGeboren: {dob}\nAdres: {address}",
            "Kopie paspoort ontvangen van {person} (paspoortnummer {passport}); het BSN op de kopie is afgeschermd.",
            "Inloggen geblokkeerd na 5 mislukte pogingen voor {email} vanaf {ip}.",
            "Vragen over uw factuur? Mail naar {role_email} en vermeld uw klantnummer, niet uw BSN.",
        ],
        "clean": [
            "Te koop: herenhuis aan de Willem de Zwijgerlaan in {city}, vraagprijs € {amount} k.k. "
            "Makelaardij: {company} (object {order}).",
            "Je pakket met track & trace {tracking} is bezorgd op {date} om {time}. Inhoud: {product}.",
            "Kerkbrief: op {date} is de dienst in de Sint-Janskerk om 10.00 uur; de collecte is voor het jongerenwerk.",
            "Wedstrijdverslag: Ajax – Feyenoord eindigde in 2-2. Volgende thuiswedstrijd op {date}, aftrap 14.30 uur.",
            "ingress:\n  whitelistSourceRange: \"{cidr4},{cidr6}\"\nimage:\n  tag: \"{version}\"\n"
            "config:\n  passwordHash: {hashalgo}",
            "Energienota {invoice}: verbruik 2.874 kWh, termijnbedrag vanaf {date} € {amount}.",
            "Commit {sha}: {product} bijgewerkt naar {version}, zie {ticket}.",
            "Retourlabel {order}: artikel met EAN {ean} terugsturen vóór {date}; de testwaarde {badref} wordt terecht geweigerd.",
            "ISBN {isbn}, 'Het diner', paperback; besteld via {company}, factuur {invoice}.",
        ],
    },
}

# -------------------------------------------------------------------------------------- AUDIT
# A seventh bank, written on 2026-12-02 by an engineer who has never seen the guard's detection
# rules (nor their tests or docs), and committed alone, before any detector was run on it.
# Measured once, then tuned on: no longer honest (VERIFY is).
AUDIT: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Thu Mar 5 16:02:11 2026 +0000\n\n"
            "    Fix rounding in the VAT export\n\n    Reported-by: {first} (Finance)",
            "BEGIN:VCARD\nVERSION:3.0\nFN:{person}\nORG:{company}\nTEL;TYPE=CELL:{phone}\n"
            "EMAIL;TYPE=INTERNET:{email}\nADR;TYPE=HOME:{address}\nEND:VCARD",
            "dn: employeeNumber={order},ou=people,dc=corp,dc=example\nobjectClass: inetOrgPerson\ncn: {person}\n"
            "description: on parental leave, cover via {first}\nmail: {email}\ntelephoneNumber: {phone}",
            " id  | full_name | date_of_birth | nhs_number\n-----+-----------+---------------+------------\n"
            " 412 | {person} | {dob} | {nhs}\n(1 row)",
            "Subject: Subject access request\n\nUnder Article 15 of the UK GDPR I am asking for a copy of all the personal "
            "data you hold about me. To help you find my records: my name is {person}, my date of birth is {dob} and my "
            "previous address was {address}. Please reply to {email} only.",
            "CALL-TAKER: Ambulance service, is the patient breathing?\nCALLER: Yes, he's breathing but he's not making sense.\n"
            "CALL-TAKER: Tell me the exact address of the emergency.\nCALLER: {address}.\n"
            "CALL-TAKER: And the number you're calling from, in case we get cut off?\nCALLER: {phone}.",
            "Exchange of details (written on the back of a receipt)\nOther driver: {person}\nMob: {phone}\n"
            "Insurer: Direct Line, policy no. on the certificate\nDamage: nearside wing + bumper, no injuries",
            "Little Acorns Nursery - Collection Authorisation\nChild: {first}\nAdults allowed to collect (other than parents):\n"
            "1. {person} - grandparent - {phone}\n2. {person} - childminder - {phone}",
            "{person}  00:14:07\nSo the vendor wants the signed DPA back by Friday.\n\n{person}  00:14:15\n"
            "Fine. {first}, can you chase legal? And stamp the deck \"{policy}\" before it goes anywhere.",
            "SPEAKERS\n{person} leads the payments platform at {company} and has spent four years untangling a "
            "monolith; before that, fraud models at a challenger bank. Say hi at {email}.",
            "Delivery has failed to these recipients or groups:\n\n{email}\nThe email address you entered couldn't be found.\n\n"
            "Diagnostic information for administrators:\nReceived: from [{ip}] by mx01.prod.local with ESMTPSA\n"
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'",
            "[ALERT] Impossible travel - {email}\nSign-in 1: {ip} (Dublin, IE) 08:02 UTC\nSign-in 2: {ip} (Lagos, NG) 08:19 UTC\n"
            "Action taken: sessions revoked, user must re-register MFA.",
            "Run printenv | sort\nCI=true\nGITHUB_REF=refs/heads/main\n{secret}\nHOME=/home/runner\n"
            "Warning: the step above printed credentials to the public log - rotate them.",
            "diff --git a/config/settings.py b/config/settings.py\n@@ -12,3 +12,5 @@\n DEBUG = False\n"
            "-ALLOWED_HOSTS = [\"*\"]\n+ALLOWED_HOSTS = [\"{ip}\"]\n+{secret}",
            "oncall:\n  primary:\n    name: {person}\n    phone: \"{phone}\"\n  secondary:\n    name: {first}\n"
            "    phone: \"{phone}\"\n  escalation: {role_email}",
            "PAYMENT INSTRUCTION\nOrdering customer: {company}\nBeneficiary name: {person}\nBeneficiary IBAN: {iban}\n"
            "Amount: EUR {amount}\nRemittance information: deposit refund {invoice}",
            "AML case 2291-C: three cash deposits just under the reporting threshold, then an outbound transfer to {iban}. "
            "Account holder {title_name}, date of birth {dob}, {nid}. Escalate to the MLRO.",
            "PCI DSS scan - finding 7 of 12\nFile: //fs02/finance/exports/refunds_march.xlsx (sheet 2, D14)\n"
            "Match: {card} (Luhn valid)\nShare owner: {first}\nRecommendation: delete or tokenise.",
            "took a phone order from {title_name} at 16:40 - paid with card {card}, ship to {address}. "
            "told them 3-5 working days",
            "VISA APPOINTMENT LETTER\nApplicant: {person}\nPassport number: {passport}\nDate of birth: {dob}\n"
            "Please bring the original passport and two photographs. Applicants more than 15 minutes late will not be seen.",
            "GENERAL DECLARATION - CREW\n1. {person}   Captain          Passport {passport}\n"
            "2. {person}   First Officer    Passport {passport}\n3. {person}   Cabin Crew       Passport {passport}",
            "Statement of Fitness for Work\nPatient: {person}\nNHS number: {nhs}\nI assessed your case on 03/03/2026 and, "
            "because of lower back pain, advise that you are not fit for work for 2 weeks.",
            "Travel clinic - vaccination record\n{title_name}, DOB {dob}, patient no. {mrn}\nHepatitis A (dose 1)  batch AHAVB714AA\n"
            "Typhoid Vi           batch TY22M03\nNext: Hep A booster in 6-12 months",
            "RADIOLOGY REQUEST - CT head (non-contrast)\nPt: {person}   MRN: {mrn}\nReferrer: {title_name}, ED registrar\n"
            "Clinical hx: fall from standing, on apixaban, GCS 14.",
            "THIS IS THE LAST WILL of me {person} of {address} which I make this day revoking all former wills. "
            "I APPOINT my daughter {first} to be the executor of this my will.",
            "Here's the English translation of the letter:\n\n\"Dear Sir or Madam, my name is {person}, I was born on {dob} "
            "and I have lived at {address} since 2019. I am writing to ask for my pension statement.\"\n\n"
            "Want me to make it a bit more formal?",
            "From the screenshot, the fields you need are:\n\n* Payee: {person}\n* IBAN: {iban}\n* Reference: {invoice}\n\n"
            "The IBAN's check digits are valid, so you can paste it straight into your banking app.",
            "You: hi my parcel never turned up\nAssistant: Sorry to hear that! Can you confirm the email address on the order?\n"
            "You: {email}\nAssistant: Thanks, {first}. I can see order {order} is still with the courier.",
            "Mortgage application - second applicant\nName: {person}\nDate of birth: {dob}\n{nid}\nEmployer: {company}\n"
            "Billing and statements: {role_email}",
            "Grievance logged by {person} on 4 March: during the stand-up, {title_name} called the support staff "
            "\"{biased}\" in front of the whole team. HR to meet both parties this week.",
            "BOARD PACK - Q3 trading update\nClassification: {policy}\nPrepared by {person} for the meeting of {date}.",
            "docs lint: avoid \"{biased}\" (runbooks/failover.md:88) - @{first} this one is yours from last sprint",
            "Lease table (router admin page)\n{ip}    {first}'s iPhone     expires 23:14\n{ip}    LIVINGROOM-TV        expires 23:51",
            "Payslip - period 11\nEmployee: {person}\n{nid}\nNet pay {amount} paid to {iban}\n"
            "Queries go to payroll, not to your line manager.",
            "Received with thanks from {first}: £20 for the raffle. Winner will be drawn Friday; "
            "any issues, text {person} on {phone}.",
            "Hi {first}, your blood test results from Tuesday are back and are normal. No action needed. "
            "If you ring the surgery, please quote your NHS number {nhs}.",
        ],
        "clean": [
            "Met Office amber warning: Storm Ciarán will bring gusts of 80 mph to {city} from {time} on {date}. "
            "Sailings to the Isle of Man are cancelled.",
            "The support group for families living with Huntington's and Parkinson's meets every second Tuesday at "
            "{namecity} library. This year's grant: {amount} GBP.",
            "Sarbanes-Oxley section 404 testing for FY26 starts on {date}; control owners are listed in {ticket}. "
            "Dodd-Frank reporting is out of scope this year.",
            "MV Queen Mary 2 arrives at Southampton Ocean Terminal on {date} at {time}; coaches for flight BA 2157 "
            "leave from berth 101.",
            "Shopping list: Mr Kipling French Fancies, Ben & Jerry's, Uncle Ben's rice, Aunt Bessie's Yorkshires. "
            "Total at the {city} Tesco was £14.20.",
            "Safety recall: {brand} dishwashers with serial numbers SN 4810022 to SN 4810977 (lot L-2291), built between "
            "{date} and {date}. Quote order {order} when you register.",
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  ingress:\n  - from:\n    - ipBlock:\n"
            "        cidr: {cidr4}\n    ports:\n    - port: {port}",
            "Road closures this weekend: Gladstone Street between Victoria Road and King Edward Street from {time} "
            "Saturday. Diversion signed. Council ref {ticket}.",
            "Fire drill at Wellington House, floors 2-6, on {date} at {time}. Assemble on Nelson Square; wardens wear "
            "yellow vests.",
            "The proceedings (ISBN {isbn}) include papers from Johns Hopkins, the Mayo Clinic and the Karolinska Institutet.",
            "requirements.txt\nDjango=={version}\ncelery=={version}\nbcrypt=={version}\n# pinned after CVE review, "
            "see {ticket} / {sha}",
            "Room 4.17 (the Ada Lovelace suite) is booked for {product} training on {date}, {time} to {time}. "
            "Projector model EB-2250U.",
            "Tuesday's stand-up moves to Wednesday in March; the April freeze begins {date}. Sprint \"June\" closes with {ticket}.",
            "Import report: 3 of 214 rows rejected - {badref} fails its checksum, {badref} fails its checksum, "
            "EAN {ean} accepted on retry.",
            "Lloyd's of London and Barclays both priced the {product} cover; we went with the cheaper quote, "
            "invoice {invoice}, {amount} GBP.",
        ],
    },
    "de": {
        "pii": [
            "Impressum\nAngaben gemäß § 5 DDG\n{person}\n{address}\nTelefon: {phone}\nE-Mail: {email}",
            "Hallo {first}, ich bin leider bis Freitag krankgeschrieben, die AU kommt per Post. "
            "Meine Vertretung übernimmt {title_name}. VG",
            "SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: DE98ZZZ09999999999\nKontoinhaber: {person}\n"
            "IBAN: {iban}\nOrt, Datum: {city}, {date}\nUnterschrift: ________",
            "Meldebescheinigung nach § 18 BMG\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\nwir berichten über den/die o. g. Patient(in)\n"
            "{title_name}, geb. am {dob}, Fall-Nr. {mrn},\nder/die sich vom 2. bis 9. März in unserer stationären Behandlung befand.",
            "Probe 3/3 - EDTA\nPat.-Nr. {mrn}\n{person}\n*{dob}",
            "Hiermit bestätigen wir, dass {person}, wohnhaft {address}, die Miete stets pünktlich gezahlt hat. "
            "Rückfragen gern unter {phone}.\nHausverwaltung {company}",
            "Übergabeprotokoll Wohnung 3. OG links\nMieter: {person}\nZählerstand Strom: 48213 kWh\n"
            "Schlüssel: 2x Haustür, 1x Briefkasten\nNeue Anschrift des Mieters: {address}",
            "Beitrittserklärung Turnverein\nName: {person}\nGeburtsdatum: {dob}\nIBAN für den Jahresbeitrag: {iban}\n"
            "Abteilung: Leichtathletik",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  annotations:\n    owner: \"{email}\"\n"
            "stringData:\n  config: |\n    {secret}",
            "SCHUFA-BonitätsAuskunft für {person}, geboren am {dob}, wohnhaft {address}. Basisscore 97,4 %.",
            "Personalfragebogen (Seite 2)\nName: {person}\n{nid}\nKrankenkasse: AOK\nBankverbindung: {iban}",
            "Reisepass verloren! Hab ihn im ICE liegen lassen, Passnummer {passport}, lautet auf {person}. "
            "Falls jemand was hört: {phone}",
            "[Familie] Papa: hat jemand die neue Handynummer von {first}?\nIch: {phone}\nPapa: danke 👍",
            "Merge-Request !482: Zugangsdaten aus .gitlab-ci.yml entfernt\n-  {secret}\nAutor: {person}",
            "WARN  [Zahlungsdienst] Karte {card} abgelehnt (Code 05), Kunde {email}, Quell-IP {ip}",
            "FRITZ!Box Ereignisse\n04.03.26 03:12:07 Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: {ip}\n"
            "Anschlussinhaber laut Vertrag: {title_name}",
            "Vorstandsvorlage Q3\nEinstufung: {policy}\nVerfasser: {person}, Konzernrecht",
            "Hinweis vom Betriebsrat: In der Stellenausschreibung steht noch „{biased}“ - bitte bis Freitag anpassen, {first}.",
            "Reservierung für 6 Personen am Samstag, 19:30 Uhr, auf den Namen {title_name}. Anzahlung per Kreditkarte {card} erhalten.",
            "Visumantrag Nr. 2026/118\nAntragsteller: {person}\nPassnummer: {passport}\nGeburtsdatum: {dob}\n"
            "Rechnungen an {role_email}",
            "Architektur-Wiki, Seite Datenbank-Cluster (Knoten {ip}): Begriff „{biased}“ ersetzen - übernimmt {first} bis Q2.",
            "Lohnsteuerbescheinigung 2025 für {person}, {nid}, erstellt am {date}.",
        ],
        "clean": [
            "Tante Fanny Blätterteig und Bahlsen Leibniz-Kekse sind im Angebot, zusammen 3,49 €, Filiale {city}.",
            "Das Max-Planck-Institut und das Robert Koch-Institut veröffentlichen den Bericht am {date}; Aktenzeichen {ticket}.",
            "Sturmtief über Norddeutschland: Die Deutsche Bahn stellt den Fernverkehr ab {time} ein, ICE 1537 nach {city} fällt aus.",
            "Vollsperrung der Karl-Marx-Allee zwischen Strausberger Platz und Frankfurter Tor am {date}. Umleitung über die Otto-Braun-Straße.",
            "Bürgergeld ersetzt seit 2023 Hartz IV; die Lex Koller betrifft nur den Grundstückserwerb in der Schweiz.",
            "Selbsthilfegruppe Morbus Crohn und Alzheimer-Angehörige: Treffen jeden Donnerstag im Gemeindehaus, Raum 2.14.",
            "Rückruf: {brand} Wasserkocher, Modell WK 3300, Seriennummern 7A-00412 bis 7A-09988, Charge 2291, Bestellung {order}.",
            "Goethe-Institut {namecity}: Kurs B2.1 ab {date}, Raum Schiller, Gebühr 890 EUR.",
            "# docker-compose.override.yml\nservices:\n  db:\n    image: postgres:{version}\n    ports:\n      - \"{port}:5432\"\n"
            "  auth:\n    environment:\n      HASH_ALGO: {hashalgo}",
            "Lieferavis {invoice}: 3 Paletten {product}, EAN {ean}, Sendung {tracking}, Anlieferung {date} zwischen 8 und 12 Uhr.",
        ],
    },
    "fr": {
        "pii": [
            "Attestation de droits à l'assurance maladie\nBénéficiaire : {person}\n{nid}\nCaisse : CPAM de la Gironde",
            "ORDONNANCE\n{title_name}\nMédecine générale\n\nPatient(e) : {person}, né(e) le {dob}\n"
            "Paracétamol 1 g : 1 cp 3 fois par jour pendant 5 jours",
            "Avis de passage\nDestinataire : {person}\n{address}\nVotre colis {tracking} vous attend au bureau de poste. "
            "Tél. du destinataire : {phone}",
            "État des lieux de sortie\nLocataire sortant : {person}\nNouvelle adresse : {address}\n"
            "Dépôt de garantie à restituer sur le compte {iban}",
            "Assemblée générale de copropriété du 12 mars\nPrésents : {title_name} (lot 12), {title_name} (lot 14), "
            "{person} (lot 3)\nRésolution 4 : ravalement de façade, adoptée.",
            "Récépissé de demande de titre de séjour\nNom : {person}\nNé(e) le : {dob}\nPasseport n° {passport}",
            "Compte rendu d'hospitalisation\nPatient(e) : {title_name}   IPP : {mrn}   Né(e) le {dob}\n"
            "Motif d'admission : douleur thoracique.",
            "Coucou {first} ! c'est {first}, j'ai changé de numéro : {phone} 😘 enregistre-le",
            "[Résolu] Ma box change d'IP publique toutes les nuits ({ip} hier soir), c'est normal ?\n-- {first}",
            "Votre réservation pour 4 personnes samedi à 20h30 au nom de {person} est confirmée. "
            "Le restaurant vous contactera au {phone} en cas de besoin.",
            "RIB - Relevé d'identité bancaire\nTitulaire du compte : {person}\nIBAN : {iban}\nBIC : AGRIFRPP882",
            "services:\n  api:\n    environment:\n      - ADMIN_EMAIL={email}\n      - {secret}",
            "Objet : Promesse d'embauche\n\n{title_name},\nNous avons bien reçu votre {nid} ainsi que votre RIB. "
            "Votre contrat vous sera envoyé par courrier.",
            "Opposition enregistrée le {date} à {time} sur la carte {card}. Titulaire : {person}. "
            "Une nouvelle carte vous sera adressée sous 7 jours.",
            "Alerte sécurité : nouvelle connexion à votre compte {email} depuis l'adresse IP {ip}. "
            "Si ce n'était pas vous, changez votre mot de passe.",
            "Note interne - diffusion : {policy}\nRédigée par {person}, direction juridique",
            "Relecture de la traduction : le terme anglais « {biased} » est resté tel quel page 4. {first}, tu proposes une alternative ?",
            "Liste des passagers - croisière Marseille-Ajaccio\n{person} - passeport {passport}\n{person} - passeport {passport}",
            "Convention de stage\nStagiaire : {person}, né(e) le {dob}\nTuteur en entreprise : {title_name}\n"
            "Question sur la gratification : {role_email}",
            "Sauvegarde du trousseau - ne pas partager, ne pas imprimer :\n{secret}",
            "Ticket de caisse - copie commerçant\nCARTE {card}\nSans contact - montant {amount} EUR\nMerci {first}, à bientôt !",
            "Étiquette prélèvement\n{person}\nN° dossier patient {mrn}\nTube violet - NFS",
            "Changement d'adresse : à compter du 1er avril, merci d'envoyer le courrier de {title_name} à l'adresse suivante : {address}.",
        ],
        "clean": [
            "Le lycée Victor-Hugo sera fermé le {date} ; les cours reprennent à l'annexe de la rue Émile-Zola.",
            "Tempête Ciarán : vigilance orange à {city} à partir de {time}, le TGV INOUI 6611 est supprimé.",
            "Loi Pinel ou loi Evin ? Le prochain webinaire de {company} sur la défiscalisation a lieu le {date}.",
            "Le prix Goncourt et le prix Renaudot seront annoncés chez Drouant le {date} à {time}.",
            "La maladie de Charcot et le syndrome de Gilles de la Tourette sont au programme du colloque de l'hôpital "
            "Georges-Pompidou (salle 3.12).",
            "Liste de courses : biscuits Mère Poulard, confiture Bonne Maman, café Carte Noire - total 12,40 €.",
            "Rappel produit : {brand} lave-linge, numéros de série 20A-1140 à 20A-1799, lot 2291. Référence commande {order}.",
            "Train 8517 Paris Gare Saint-Lazare - {namecity} : voie 14, départ {time}, voiture 7.",
            "[serveur]\nport = {port}\nhachage = {hashalgo}\nréseaux_autorisés = {cidr4}, {cidr6}\nversion = {version}",
            "Bon de livraison {invoice} : 2 x {product} (EAN {ean}), colis {tracking}, livré le {date}.",
        ],
    },
    "es": {
        "pii": [
            "REUNIDOS\nDe una parte, {person}, mayor de edad, con {nid} y domicilio en {address}, "
            "en adelante el ARRENDADOR.",
            "Receta médica\nPaciente: {title_name}   NHC: {mrn}\nIbuprofeno 600 mg, 1 comprimido cada 8 horas durante 5 días.",
            "Te he hecho un Bizum al {phone}, {first}, lo de la cena del viernes 🍕",
            "Volante de empadronamiento\nNombre: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}",
            "Cita previa confirmada - Extranjería\nTrámite: toma de huellas (TIE)\nSolicitante: {person}, {nid}\n"
            "Día: {date} a las {time}",
            "[ERROR] pasarela TPV: operación denegada tarjeta={card} importe={amount} ip_cliente={ip}",
            "Reclamación nº {order}\nBuenas tardes, soy {person}. Me han vuelto a cargar una cuota que ya pagué en mi cuenta "
            "{iban}. Pueden llamarme al {phone} por las mañanas.",
            "ACTA DE LA JUNTA DE PROPIETARIOS\nAsisten: {title_name} (1ºA), {title_name} (2ºB) y {person} (ático), "
            "como presidenta.\nSe aprueba la derrama para el ascensor.",
            "INFORME DE ALTA - URGENCIAS\nPaciente: {person}   NHC: {mrn}\nFecha nac.: {dob}\nDiagnóstico: esguince de tobillo grado I.",
            "Oye, te paso las credenciales de preproducción por aquí, bórralo luego:\n{secret}",
            "# application.properties\nspring.mail.username={email}\n{secret}",
            "Revisando el manual de bienvenida: todavía aparece «{biased}» en el apartado de arquitectura. {first}, ¿lo cambias tú?",
            "Pie de página del informe: «{policy}». Preparado por {person} para el comité de dirección.",
            "Notificación de denuncia\nTitular del vehículo: {person}\n{nid}\nDomicilio: {address}",
            "Contrato de compraventa de vehículo usado\nComprador: {person}, pasaporte nº {passport}\nPrecio: {amount} euros",
            "Pago telefónico: {title_name} dicta la tarjeta {card}, caducidad 11/27. Cargo autorizado.",
            "Consulta técnica: la IP pública asignada a la línea de {person} es {ip} (concesión DHCP de 24 h).",
            "Para cualquier duda sobre su factura escriba a {role_email} indicando su nombre completo. Atentamente, {person}",
            "¡Feliz cumple, {first}! 🎉 De parte de todo el equipo de contabilidad",
            "Inscripción campamento de verano\nNiño/a: {first}\nFecha de nacimiento: {dob}\n"
            "Persona autorizada para recogerlo: {person}, tel. {phone}",
            "Renovación de pasaporte\nTitular: {title_name}\nPasaporte nº {passport}, caduca el {date}. Pida cita cuanto antes.",
            "Confirmación de alta: {email} ya recibe nuestro boletín. Si no fue usted, contacte con nosotros.",
            "Domiciliación bancaria: a partir del próximo recibo se cargará en la cuenta {iban}, titular {person}.",
        ],
        "clean": [
            "Corte de tráfico en la calle de Alcalá por la maratón del {date}; el Hospital Gregorio Marañón mantiene el acceso por Doctor Esquerdo.",
            "La borrasca Filomena obligó a cerrar el aeropuerto; el AVE 03071 a {city} sale a las {time}.",
            "Oferta: zumo Don Simón, fino Tío Pepe y turrón El Almendro por 9,95 € en El Corte Inglés.",
            "El Premio Cervantes se entrega el {date} en el paraninfo de la Universidad de Alcalá.",
            "Charla sobre el síndrome de Down y la enfermedad de Alzheimer en el centro cívico, sala 2.3, el {date}.",
            "Partido en el Estadio Santiago Bernabéu: puerta 44, grada lateral, entradas del pedido {order}.",
            "Aviso de retirada: freidoras {brand}, números de serie 5C-0120 a 5C-0840, lote 2291, pedido {order}.",
            "Versión {version} desplegada en {cidr4} y {cidr6}, puerto {port}, algoritmo {hashalgo}; commit {sha}.",
            "Albarán {invoice}: 4 x {product}, EAN {ean}, envío {tracking}, entrega prevista el {date}.",
            "Ley Celaá y Ley Wert: resumen comparativo para el claustro de {namecity}, ticket {ticket}.",
        ],
    },
    "nl": {
        "pii": [
            "Hoi! {first} vraagt je om €12,50 te betalen voor 'pizza vrijdag' via Tikkie. "
            "Betalen naar {iban} t.n.v. {person}.",
            "Ondergetekenden:\n1. {person}, wonende te {address}, hierna te noemen 'verhuurder';",
            "Verzuimmelding\nMedewerker: {person}\n{nid}\nEerste ziektedag: {date}\nBereikbaar op: {phone}",
            "Verwijsbrief\nPatiënt: {title_name}, geb. {dob}, patiëntnummer {mrn}\nReden: aanhoudende knieklachten na val.",
            "Beschikking\nBetrokkene: {person}\nAdres: {address}\nGeboortedatum: {dob}\nGedraging: snelheidsovertreding",
            "Nieuwe login op je account {email} vanaf {ip}. Was jij dit niet? Wijzig dan direct je wachtwoord.",
            "beheer:\n  contact: {email}\n  # oude sleutel, nog intrekken:\n  {secret}",
            "Afspraak gemeente: paspoort ophalen\nAanvrager: {person}\nNummer oude paspoort: {passport}",
            "Uw creditcard {card} is geblokkeerd na verdachte transacties. Kaarthouder: {title_name}. Bel ons terug.",
            "Lootjes trekken 🎁\n{first} → {first}\n{first} → {first}\nBudget: €20, gedicht verplicht!",
            "Review-opmerking: in de README staat nog '{biased}', kunnen we dat vervangen? - {first}",
            "Classificatie: {policy}\nOpgesteld door {person}, afdeling Juridische Zaken",
            "Ziekmelding via het ouderportaal: {first} (groep 6) is vandaag ziek thuis. Groet, {person}, tel. {phone}",
            "Bevestiging machtiging: u heeft {person} gemachtigd om uw belastingaangifte te doen ({nid}).",
            "Teams-bericht: hier de sleutel voor de acceptatieomgeving, niet doorsturen:\n{secret}",
            "Geachte heer/mevrouw,\n\nOp {date} heb ik een bestelling geplaatst (ordernummer {order}) maar nooit ontvangen. "
            "Graag het bedrag terugstorten op {iban}.\n\nMet vriendelijke groet,\n{person}\n{address}",
            "2026-03-04 08:12:44 WAARSCHUWING betaling mislukt kaart={card} klant={email} ip={ip}",
            "Vragen over uw factuur? Mail {role_email} onder vermelding van uw naam. Uw contactpersoon is {title_name}.",
            "HAP-triage: beller {person} belt voor zoon {first} (geb. {dob}), koorts 40,1. Terugbelnummer {phone}.",
            "Abuse-melding: vanaf {ip} is gisteren om 03:12 een poortscan uitgevoerd; abonnee volgens onze administratie: "
            "{title_name}.",
            "Passagierslijst overtocht Harwich-Hoek van Holland\n{person}, paspoort {passport}, geboren {dob}",
            "Declaratie zorgkosten\nVerzekerde: {person}\n{nid}\nBehandelaar: fysiotherapie, 9 zittingen",
            "Uitslag bloedonderzoek staat klaar voor patiëntnummer {mrn} ({person}); inzien via het patiëntenportaal.",
        ],
        "clean": [
            "Koffie van Douwe Egberts en vla van Jan Linders in de aanbieding, samen € 7,49 in {city}.",
            "Wedstrijd in de Johan Cruijff ArenA op {date}; ingang D, vak 412, tickets via bestelling {order}.",
            "Storm Eunice: code oranje voor {city} vanaf {time}, de intercity 3052 rijdt niet.",
            "Het Erasmus MC en het Anne Frank Huis openen op {date} een gezamenlijke tentoonstelling over de ziekte van Parkinson.",
            "Het Prins Bernhard Cultuurfonds en het Van Gogh Museum reiken de prijs uit op {date} om {time}.",
            "Terugroepactie: {brand} waterkokers, serienummers 9B-1000 t/m 9B-1888, partij 2291, order {order}.",
            "Vergaderzaal Rembrandt (3.14) is op {date} geboekt voor de {product}-training; ticket {ticket}.",
            "firewall:\n  toestaan: [{cidr4}, {cidr6}]\n  poort: {port}\nwachtwoord_algoritme: {hashalgo}\nversie: {version}",
            "Pakbon {invoice}: 2 x {product}, EAN {ean}, zending {tracking}, geleverd op {date}.",
            "Koningsdag valt dit jaar op een zondag; de vrijmarkt op de Dam begint om {time}. Kenmerk {uuid}.",
        ],
    },
}

# ------------------------------------------------------------------------------------- VERIFY
# An eighth bank, written on 2026-12-02 by a different engineer who has never seen the guard's
# detection rules (nor their tests or docs), and committed alone, before any detector was run on
# it. Never used to tune a detector: its figure is the honest one.
VERIFY: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "loom-agent (2.4.1-1) unstable; urgency=medium\n\n  * New upstream release.\n"
            "  * Drop the proxy-timeout patch, merged upstream.\n\n -- {person} <{email}>  Thu, 05 Mar 2026 11:20:42 +0000",
            "# .mailmap - fold old commit identities into one\n{person} <{email}>\n{person} <{email}> <{email}>",
            "Domain Name: harbour-kayaks.co.uk\n\nRegistrant:\n    {person}\n\nRegistrant's address:\n    {address}\n\n"
            "Registrant phone: {phone}\nRegistrant email: {email}\n\nRegistrar: Tucows Inc. [Tag = TUCOWS-CA]",
            "TypeError: Cannot read properties of undefined (reading 'postcode')\n  at checkout/summary.js:212\n\n"
            "USER\n  name        {person}\n  email       {email}\n  ip_address  {ip}\n\nTAGS  browser=Firefox 133  release={version}",
            "MAILTO={email}\n# m h dom mon dow  command\n15 2 * * *  /opt/backup/run.sh --target {ip} >/dev/null 2>&1",
            "[db_primary]\npg-01 ansible_host={ip} ansible_user=deploy\n\n[db_primary:vars]\n"
            "# TODO move to vault, {first} copied this from the old wiki\n{secret}",
            ">>> c = Customer.objects.get(pk={order})\n>>> c.full_name, c.mobile\n('{person}', '{phone}')\n"
            ">>> c.date_of_birth\n'{dob}'",
            "mysql> SELECT * FROM guests WHERE booking_ref = 'QX77A'\\G\n*************************** 1. row ***************************\n"
            "  guest_name: {person}\n passport_no: {passport}\n       email: {email}\ncard_on_file: {card}\n1 row in set (0.00 sec)",
            "In [12]: payees[['name', 'iban']].head(2)\nOut[12]:\n                  name                          iban\n"
            "0  {person}  {iban}\n1  {person}  {iban}",
            "Sleep fragmentation and glycaemic control in night-shift nurses: a cohort study\n\n"
            "{person} (1), {person} (2) and {person} (1)\n(1) School of Public Health, University of Leeds\n"
            "(2) Institute of Occupational Medicine, Edinburgh\n\n* Corresponding author: {email}",
            "-ENDS-\n\nNotes to editors\nHarbour Kayaks was founded in 2014 and employs 40 people across three sites.\n\n"
            "Media contact: {person}, Communications Manager\nT: {phone} | E: {email}",
            "Hi {first}! Looking forward to hosting you this weekend 🙂 The key safe is to the left of the blue door, "
            "code 4471. If anything's not right just WhatsApp me on {phone}. {first}",
            "Gift Aid declaration - St Luke's Hospice\nI want to Gift Aid my donation of £50 and any donations I make in the future.\n"
            "Full name: {person}\nHome address: {address}\nI am a UK taxpayer. [x]",
            "PROPERTY IRREGULARITY REPORT\nPassenger: {title_name}   Flight BA 1307 / 04MAR\n"
            "Bag: black hard-shell, yellow strap, 23 kg\nDelivery address (temporary): {address}\nContact: {phone} / {email}",
            "JOB 0417   PICKUP 05:40   {address}  ->  Heathrow T5\nPax: {title_name} + 1, three cases\n"
            "Ring on arrival: {phone}\nAccount: corporate, invoice to {company}",
            "Subject: URGENT - change of bank details\n\nHi,\n\nplease note our bank details have changed with immediate "
            "effect. All outstanding invoices should now be paid to:\n\nAccount name: {person}\nIBAN: {iban}\n\n"
            "The old account closes today so please action asap.\n\n{first}\nAccounts Receivable",
            "SCREENING ALERT 88213 (possible match, score 0.91)\nCustomer: {person}, DOB {dob}, passport {passport}\n"
            "Watchlist entry: name similarity 94%, date of birth exact\nDecision: pending - assigned to {first}",
            "Here's a first draft of your cover letter - tweak the tone as you like:\n\n{person}\n{address}\n"
            "{email} · {phone}\n\nDear Hiring Manager,\n\nI am writing to apply for the Junior Data Analyst role "
            "advertised on your careers page...",
            "{person} died peacefully at home on 2 March, aged 84. Much-loved husband of {first}, dad to {first} and "
            "{first}. Funeral at St Anne's on Friday at 11am; family flowers only, donations to the RNLI.",
            "signed_at,name,postcode_area,email,comment\n2026-03-01T18:22Z,{person},LS6,{email},\"keep the library open!\"\n"
            "2026-03-01T18:25Z,{person},LS6,{email},",
            "$ git config --list --show-origin | grep user\nfile:/home/dev/.gitconfig\tuser.name={person}\n"
            "file:/home/dev/.gitconfig\tuser.email={email}",
            "{\n  \"name\": \"@harbour/invoice-pdf\",\n  \"version\": \"{version}\",\n  \"author\": \"{person} <{email}>\",\n"
            "  \"contributors\": [\"{person}\"],\n  \"license\": \"MIT\"\n}",
            "NHS 111 - summary of your call\nCaller: {first} (mother)\nPatient: {person}, NHS number {nhs}\n"
            "Outcome: speak to a GP within 6 hours\nCallback number: {phone}",
            "MEDICAL EXEMPTION CERTIFICATE\nName: {person}\nNHS No.: {nhs}\nDate of birth: {dob}\nValid until: 03/2031",
            "Theatre list - Tuesday PM (orthopaedics)\n1. {title_name}   hosp no {mrn}   L knee arthroscopy\n"
            "2. {title_name}   hosp no {mrn}   excision of lesion, back",
            "Antenatal booking appointment\nName: {person}\nDOB: {dob}\nHospital number: {mrn}\nNHS number: {nhs}\n"
            "Birth partner: {first}, mobile {phone}",
            "Misdirected email, logged 10:14: the March statement for {person} went to {email} by mistake. "
            "The attachment showed their card {card}. Recall requested; the DPO has been told.",
            "PDF properties\nTitle: Project Kestrel - term sheet v3\nAuthor: {person}\nKeywords: {policy}\n"
            "Producer: Microsoft Word for Microsoft 365",
            "LEGAL HOLD NOTICE - {policy}\n\nTo: {person}\n\nYou must preserve all documents, emails and chat messages "
            "relating to the Northfield supply contract until further notice. Questions to {title_name}, Legal.",
            "docs/setup.md\n  12:7   warning  Consider using inclusive language instead of '{biased}'.   House.Inclusive\n"
            "  40:15  warning  Consider using inclusive language instead of '{biased}'.   House.Inclusive\n\n"
            "2 warnings in 1 file. Owner: @{first}",
            "Here's a tightened version of your job ad. I swapped \"{biased}\" for a neutral term and cut the "
            "second paragraph. Want me to add a salary range as well, {first}?",
            "In [3]: !cat .env   # TODO clear this output before sharing the notebook\n{secret}\n\nIn [4]: ",
            "An account failed to log on.\n\nSubject:\n\tSecurity ID:\tNULL SID\nAccount For Which Logon Failed:\n"
            "\tAccount Name:\t{first}\nNetwork Information:\n\tSource Network Address:\t{ip}\n\tSource Port:\t0\nLogon Type:\t10",
            "Expense claim - March\nEmployee: {person}\nHotel, 2 nights, paid on personal card {card}\n"
            "Reimburse to {iban}. Queries: {role_email}",
            "Dear Consulate,\n\nwe invite {title_name}, passport no. {passport}, to attend our supplier conference in "
            "Birmingham from 14 to 17 April. All costs are covered by our company.",
            "Tenant referencing - applicant {person}, {nid}, employer {company}; guarantor {person}, mobile {phone}.",
            "Pension beneficiary nomination\nMember: {person}\n{nid}\nBeneficiary: {person} (spouse), 100%",
            "I've merged the two contact lists and removed duplicates. What's left:\n\n1. {person} - {email}\n"
            "2. {person} - {phone}\n3. {title_name} - {email}\n\nI dropped {first}'s old work address, as you asked.",
            "We couldn't return the money to the card you paid with, so the refund will go out by bank transfer "
            "instead.\nCard that failed: {card}\nQuestions? Reply to {role_email}.",
            "GitHub secret scanning alert #14 (open)\nconfig/settings_old.py, line 8:\n{secret}\n"
            "Introduced in a commit by {person} <{email}>. Revoke the credential, then close the alert.",
            "Payroll import, row 3 rejected: {person} ({nid}) - identifier already on file. Fix the spreadsheet and upload again.",
            "Self check-in kiosk - document scanned\nType: passport\nNumber: {passport}\nHolder: {person}\n"
            "Room 512, 2 nights. Key cards issued: 2",
        ],
        "clean": [
            "Week 9: Fourier series, the Laplace transform and Kalman filters. Problem sheet due {date}; "
            "lectures move to the Rutherford Lecture Theatre.",
            "Registrant Organization: {company}\nRegistrant Name: REDACTED FOR PRIVACY\nRegistrant Email: Please query "
            "the RDDS service of the Registrar of Record\nUpdated Date: {date}",
            "Certificate:\n    Issuer: C=US, O=Let's Encrypt, CN=R11\n    Subject: CN=shop.example.com\n"
            "    Not After : {date}\n    SHA1 Fingerprint: {sha}",
            "Elizabeth line: minor delays. Jubilee, Victoria and Piccadilly lines: good service. "
            "Bakerloo line: part closure this weekend, see {ticket}.",
            "House style v{version}: headings in Gill Sans, body in Garamond, code in Courier New. "
            "Our supplier {company} has the licence files.",
            "Triage refresher: Glasgow Coma Scale, Apgar score and the Heimlich manoeuvre. Session in the "
            "Nightingale Room on {date}.",
            "Cocktail list: Tom Collins, Bloody Mary, Harvey Wallbanger, Moscow Mule. Private hire invoiced to "
            "{company}, ref {invoice}.",
            "Pilot boards RRS Sir David Attenborough at 06:30; berth 7, {city}. Cargo manifest {invoice}, "
            "seal numbers on the attached sheet.",
            "MAILTO=\"\"\n# rotate logs nightly\n0 3 * * * /usr/sbin/logrotate /etc/logrotate.conf\n"
            "*/5 * * * * curl -fsS https://hc.internal:{port}/ping/{uuid}",
            "[sshd]\nenabled  = true\nport     = {port}\nignoreip = 127.0.0.1/8 {cidr4} {cidr6}\nbantime  = 1h",
            ">>> settings.PASSWORD_HASHERS[0]\n'{hashalgo}'\n>>> settings.ALLOWED_CIDRS\n['{cidr4}', '{cidr6}']",
            "mysql> SELECT sku, ean, stock FROM items WHERE stock < 20;\n+------------+---------------+-------+\n"
            "| {order} | {ean} | 14 |\n| {order} | {ean} |  3 |\n+------------+---------------+-------+\n2 rows in set (0.01 sec)",
            "Ward 7 (Hodgkin lymphoma and haematology) moves to the Addenbrooke's treatment centre on {date}. "
            "Visiting times unchanged.",
            "Wimbledon public ballot: unsuccessful this year. Queen's Club tickets go on general sale on {date}; "
            "order {order} was refunded.",
            "Beef Wellington for twelve, then Eggs Benedict at brunch and Peach Melba to finish. Catering quote "
            "{invoice} from {company}, {amount} GBP.",
            "{\n  \"name\": \"@harbour/pdf-tools\",\n  \"version\": \"{version}\",\n  \"dependencies\": { \"bcryptjs\": \"^{version}\" },\n"
            "  \"repository\": \"git+https://git.internal/harbour/pdf-tools.git#{sha}\"\n}",
            "sandbox: validation_error field=reference value=\"{badref}\" reason=checksum_mismatch request={uuid}",
            "{time} INFO scheduler: nightly reindex finished, 0 errors (build {sha}); next run {date}.",
            "Conference shuttle to {namecity} airport leaves at 07:15 from the Charles Darwin Building, bay 3.",
        ],
    },
    "de": {
        "pii": [
            "ARBEITSZEUGNIS\n\n{title_name}, geboren am {dob}, war vom 1. April 2019 bis zum 28. Februar 2026 in "
            "unserem Unternehmen als Sachbearbeiter/in im Einkauf tätig.",
            "In stiller Trauer nehmen wir Abschied von\n\n{person}\n* {dob}   † 2. März 2026\n\n"
            "In Liebe: {first} und {first} mit Familie\nDie Trauerfeier findet im engsten Familienkreis statt.",
            "Wohnungsgeberbestätigung nach § 19 BMG\nName des Wohnungsgebers: {person}\nAnschrift der Wohnung: {address}\n"
            "Einzug am: 01.04.2026\nMeldepflichtige Person: {person}",
            "Halterauskunft (angefragt durch das Ordnungsamt)\nHalter: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}",
            "Über die Stadtwerke Lindenau: rund 600 Beschäftigte versorgen 90.000 Haushalte.\n\nPressekontakt:\n"
            "{person}\nUnternehmenskommunikation\nTel.: {phone}\nE-Mail: {email}",
            "Sie haben 45,00 € an {person} gesendet\nEmpfänger: {email}\nMitteilung: „Konzertkarten Samstag“",
            "Anmeldung Fahrschule – Klasse B\nName: {person}\nGeb.-Datum: {dob}\nHandy: {phone}\nSehtest: liegt vor",
            "Auftrag 26-0311 · Heizungsnotdienst\nKunde: {title_name}\nEinsatzort: {address}\nRückruf: {phone}\n"
            "Befund: Umwälzpumpe defekt, Ersatzteil bestellt",
            "Klingelschilder Haus B – bitte bis Freitag tauschen:\nEG links: {title_name}\n1. OG rechts: {person}\n"
            "2. OG: {first} & {person}",
            "Hallo {first},\n\ndanke, ich habe deine {nid} in die Erklärung eingetragen. Jetzt fehlt nur noch die "
            "Spendenquittung vom Tierheim.\n\nBeste Grüße aus der Kanzlei",
            "def kuendigung_bestaetigen(vertrag):\n    \"\"\"Schickt die Kündigungsbestätigung per Post.\n\n"
            "    Fachlich zuständig: {person} ({email})\n    \"\"\"",
            "Ein Konto konnte nicht angemeldet werden.\nEreignis-ID: 4625\nKontoname: {first}\n"
            "Quellnetzwerkadresse: {ip}\nAnmeldetyp: 10",
            "Zuwendungsbestätigung\nName und Anschrift des Zuwendenden:\n{person}, {address}\nBetrag der Zuwendung: 150,00 €",
            "Einladung zur Fachmesse Hannover, 14. bis 17. April\nGast: {title_name}\nReisepassnummer: {passport}\n"
            "Die Kosten des Aufenthalts übernimmt unser Unternehmen.",
            "Reisekostenabrechnung März\nMitarbeiter/in: {person}\nHotel bezahlt mit privater Kreditkarte {card}\n"
            "Erstattung auf {iban}",
            "OP-Plan Saal 2, Dienstag\n08:00  {title_name}, Pat.-Nr. {mrn}, Knie-TEP links\n"
            "10:30  {title_name}, Pat.-Nr. {mrn}, Cholezystektomie",
            "Impfung nachgetragen: {person}, geb. {dob}, Patientennummer {mrn} – FSME, 3. Dosis, Charge siehe Ausweis.",
            "Freigabe abgelehnt: Die Kopfzeile „{policy}“ fehlt auf Seite 2 bis 9. Bitte ergänzen und erneut "
            "einreichen. Bearbeitet von {person}.",
            "handbuch/installation.md\n  42:13  Warnung  „{biased}“ vermeiden, neutralen Begriff verwenden  Haus.Inklusiv\n"
            "1 Warnung. Zuständig: {first}",
            "Zelle 4, Ausgabe (vor dem Teilen löschen!):\n{secret}",
            "[web]\nweb-01 ansible_host={ip}\n\n[web:vars]\n# Passwort kommt später in den Vault – {first}\n{secret}",
            "Rücklastschrift: Die Lastschrift vom Konto {iban} (Kontoinhaber/in {person}) wurde zurückgegeben, "
            "Grund: Widerspruch. Rückfragen an {role_email}.",
            "Mitfahrgelegenheit Freiburg → Köln, Sa. 07:30 ab Hbf\nFahrer: {first}, 3 Plätze frei, 18 € p. P.\n"
            "Kurz anrufen oder SMS: {phone}",
            "Anmeldung zur Sozialversicherung: Eintritt von {person}, {nid}, zum 1. April, Vollzeit.",
        ],
        "clean": [
            "ICE 597 „Theodor Fontane“ nach {city} fällt am {date} aus; Ersatz mit dem IC 2157 von Gleis 8.",
            "Domain: bergblick-ferien.de\nStatus: connect\nDomaininhaber: keine Auskunft (DSGVO)\n"
            "Registrar: {company}\nChanged: {date}",
            "Das Amtsgericht Charlottenburg hat am {date} das Insolvenzverfahren über das Vermögen der Firma {company} eröffnet.",
            "location /admin {\n    allow {cidr4};\n    allow {cidr6};\n    deny all;\n}\n# Änderung {ticket}, Port {port}",
            "DFB-Pokal im Max-Morlock-Stadion am {date}: Einlass ab 18 Uhr, Block 12, Bestellnummer {order}.",
            "Die Abteilung zieht am {date} ins Konrad-Zuse-Haus, Raum 2.041; die Paketannahme bleibt in der "
            "Bettina-von-Arnim-Straße.",
            "Bestellung {order}: {product}, Seriennummer SN-48213-A, Support bis {date}; Sendung {tracking}.",
            "Vorlesung im Hörsaal Max Born: Fourier-Transformation und Gauß-Verteilung, am {date}; "
            "das Übungsblatt liegt im Moodle.",
            "Wochenkarte Kantine: Königsberger Klopse, Leipziger Allerlei, Fürst-Pückler-Eis. Sammelrechnung "
            "{invoice} an die Firma {company} (Kostenstelle 4410).",
            "Zertifikat: Aussteller C=DE, O=D-Trust GmbH; gültig bis {date}; SHA1-Fingerabdruck {sha}; "
            "Hash-Verfahren {hashalgo}.",
            "Lieferung {invoice}: {product}, EAN {ean}, Version {version}, Lager {city}, {amount} EUR netto.",
            "Partnerstadt {namecity}: Delegationsbesuch am {date}, Empfang im Ratssaal Konrad Adenauer.",
            "Literaturhinweis zu Kapitel 4: ISBN {isbn}, 3. Auflage; Abgabe der Hausarbeit bis {date}.",
        ],
    },
    "fr": {
        "pii": [
            "PROCURATION\nMandant : {person}, né(e) le {dob}\nMandataire : {person}\n"
            "Scrutin : élections municipales, 1er et 2nd tours",
            "Je soussigné(e) {person}, demeurant {address}, atteste sur l'honneur héberger {person} à mon domicile "
            "depuis le 1er janvier 2026.",
            "QUITTANCE DE LOYER – mars 2026\nJe soussigné {title_name}, propriétaire du logement, déclare avoir reçu "
            "de {person} la somme de 780 € au titre du loyer et des charges.",
            "{first} et {first}, ses enfants,\nont la tristesse de vous faire part du décès de\n\n{person}\n\n"
            "survenu le 2 mars à l'âge de 87 ans.\nLes obsèques auront lieu vendredi à 14 h 30 en l'église Saint-Pierre.",
            "Vous avez reçu 25,00 € de {person} 🎉\n« resto de vendredi »\nL'argent est disponible sur votre solde.",
            "Trajet Lyon → Grenoble, dimanche 18 h\nConducteur : {first} (4,8★)\nRendez-vous : parking de la gare "
            "Part-Dieu\nTél. : {phone}",
            "{person}\n{address}\n{phone}\n{email}\n\nObjet : candidature au poste d'assistant(e) comptable\n\n"
            "Madame, Monsieur,",
            "À propos de la Régie des eaux du Val : 240 agents, 52 communes desservies.\n\n"
            "Contact presse : {person} – {phone} – {email}",
            "Bon d'intervention n° 2291\nClient : {title_name}\nAdresse d'intervention : {address}\nTél. : {phone}\n"
            "Travaux : remplacement du groupe de sécurité",
            "Échec d'ouverture de session d'un compte.\nID d'événement : 4625\nNom du compte : {first}\n"
            "Adresse réseau source : {ip}",
            "Note de frais – déplacement à Bordeaux\nCollaborateur : {person}\nHôtel réglé avec la carte personnelle "
            "{card}\nRemboursement sur {iban}",
            "Nous invitons {title_name}, titulaire du passeport n° {passport}, à participer au salon professionnel de "
            "Villepinte du 14 au 17 avril. Les frais de séjour sont pris en charge par notre société.",
            "Programme opératoire – salle 3\n8 h 00 : {title_name}, dossier médical n° {mrn}, PTH droite\n"
            "10 h 30 : {title_name}, dossier médical n° {mrn}, cholécystectomie",
            "Certificat de vaccination : {person}, né(e) le {dob}, dossier médical n° {mrn}, rappel DTP fait ce jour.",
            "Dossier de retraite de {person} : {nid}, carrière reconstituée jusqu'en 2025.",
            "Propriétés du document\nTitre : Projet Héron – lettre d'intention\nAuteur : {person}\nMots-clés : {policy}",
            "docs/guide.md:88:4 avertissement : terme à éviter « {biased} » (règle maison.inclusif)\n"
            "Assigné à {first}.",
            "Historique récupéré sur le bastion :\n  211  cd /srv/app\n  212  cat > .env <<'EOF'\n{secret}\nEOF\n"
            "  213  systemctl restart app",
            "Votre demande de résiliation est enregistrée. Adresse de contact : {email}. "
            "Pour le dernier remboursement, écrivez à {role_email}.",
            "MAILTO={email}\n# sauvegarde nocturne vers le NAS\n30 1 * * * rsync -a /srv/ sauvegarde@{ip}:/vol1/",
            "Boîtes aux lettres – bâtiment B (le gardien met à jour vendredi) :\nApt 12 : {title_name}\n"
            "Apt 14 : {person}\nApt 15 : {first} et {person}",
        ],
        "clean": [
            "Amphi Marie-Curie : transformée de Fourier et loi de Poisson le {date} ; TD en salle Pasteur.",
            "Menu de la brasserie : poulet Marengo, pêche Melba, crêpes Suzette. Réservation au nom de "
            "l'entreprise {company}, facture {invoice}.",
            "Le trois-mâts Belem et le Marion Dufresne quittent {city} le {date} ; embarquement quai Jean-Bart.",
            "domain: atelier-velo.fr\nstatus: ACTIVE\nholder-c: contact anonymisé (RGPD)\nregistrar: {company}\n"
            "last-update: {date}",
            "Le tribunal de commerce de {city} a ouvert une procédure de sauvegarde au profit de la société "
            "{company} le {date}.",
            "[sshd]\nenabled = true\nport = {port}\nignoreip = {cidr4} {cidr6}\n# voir {ticket}",
            "Garantie {brand} : appareil n° de série 4810022-B, couvert jusqu'au {date} ; facture {invoice}.",
            "Le service RH déménage au bâtiment Simone-Veil, 3e étage, le {date} ; l'accueil reste avenue Jean-Jaurès.",
            "Coupe Davis au stade Roland-Garros le {date} ; billets de la commande {order}, court Philippe-Chatrier.",
            "Commit {sha} : passage à {hashalgo} pour les mots de passe ; version {version} publiée ({ticket}).",
            "Jumelage {city}–{namecity} : réception officielle à l'hôtel de ville le {date}, salle Jean-Moulin.",
            "{time} INFO planificateur : réindexation nocturne terminée ; prochaine exécution le {date}.",
        ],
    },
    "es": {
        "pii": [
            "AUTORIZACIÓN DE VIAJE\nYo, {person}, nacido/a el {dob}, con {nid}, autorizo a mi hijo/a {first} a "
            "viajar a Londres con el instituto del 10 al 14 de abril.",
            "HOJA DE RECLAMACIÓN – ejemplar para la Administración\nNombre y apellidos: {person}\nDomicilio: {address}\n"
            "Teléfono: {phone}\nHechos: me cobraron dos veces el menú del día.",
            "{person}\nfalleció en Zaragoza el día 2 de marzo, a los 84 años.\nSus hijos, {first} y {first}, nietos y "
            "demás familia ruegan una oración por su alma.\nFuneral: hoy, a las 17:00, en la parroquia del Pilar.",
            "RECIBO DE ALQUILER\nHe recibido de {person} la cantidad de 750 € en concepto de renta del mes de marzo.\n"
            "El arrendador: {title_name}",
            "Sobre Aguas del Segura: 300 profesionales y 41 municipios abastecidos.\n\nGabinete de prensa\n{person}\n"
            "{phone} · {email}",
            "Viaje Madrid → Valencia, viernes 18:00\nConductor: {first} ⭐ 4,9\nSalida: Méndez Álvaro\n"
            "Mi móvil por si acaso: {phone}",
            "Parte de trabajo n.º 2291\nCliente: {title_name}\nDirección: {address}\nAvería: caldera sin presión\n"
            "Teléfono de contacto: {phone}",
            "Error de inicio de sesión de una cuenta.\nId. del evento: 4625\nNombre de cuenta: {first}\n"
            "Dirección de red de origen: {ip}",
            "Liquidación de gastos de viaje\nEmpleado/a: {person}\nHotel pagado con tarjeta personal {card}\n"
            "Abonar en la cuenta {iban}",
            "Por la presente invitamos a {title_name}, con pasaporte n.º {passport}, a visitar nuestras instalaciones "
            "de Vigo del 14 al 17 de abril. Los gastos de estancia corren a cargo de nuestra empresa.",
            "Parte quirúrgico – quirófano 2\n08:30 {title_name}, n.º de historia {mrn}, artroscopia de rodilla\n"
            "11:00 {title_name}, n.º de historia {mrn}, hernia inguinal",
            "Registro de vacunación: {person}, fecha de nacimiento {dob}, historia clínica {mrn}. "
            "Dosis de recuerdo de tétanos administrada.",
            "Sello en todas las páginas del PDF: «{policy}». El borrador lo firma {title_name}.",
            "manual/instalacion.md, línea 57: «{biased}» → usa un término neutro (regla casa.inclusivo). "
            "Lo corrige {first}.",
            "Salida de `docker inspect api` que {first} pegó en el canal:\n\"Env\": [\n{secret}\n]",
            "Su recibo de marzo ha sido devuelto por el banco (cuenta {iban}, titular {person}). "
            "Para regularizarlo escriba a {role_email}.",
            "Has enviado 30,00 € a {person} ({email}). Concepto: «entradas concierto».",
            "Buzones portal 2 – etiquetas nuevas:\n1.º A: {title_name}\n2.º B: {person}\n3.º C: {first} y {person}",
            "Renta 2025: el borrador de {person} ({nid}) sale a devolver 412 €.",
            "MAILTO={email}\n# copia nocturna al NAS de la oficina\n15 2 * * * rsync -a /datos/ copia@{ip}:/volumen1/",
            "Error no capturado en el pago: TypeError en resumen.js:212\nUsuario: {person} <{email}>\nIP: {ip}",
        ],
        "clean": [
            "Clase en el aula Ramón y Cajal: transformada de Fourier y distribución de Gauss, el {date}.",
            "Menú del día: ensaladilla, pollo al ajillo, tarta de Santiago. Reserva de la empresa {company}, "
            "factura {invoice}.",
            "El buque escuela Juan Sebastián de Elcano zarpa de {city} el {date}; visitas en el muelle de Isabel II.",
            "Dominio: taller-bicis.es\nTitular: datos protegidos (RGPD)\nAgente registrador: {company}\n"
            "Fecha de alta: {date}",
            "El Juzgado de lo Mercantil n.º 1 de {city} declara el concurso de acreedores de la mercantil {company} el {date}.",
            "location /admin {\n  allow {cidr4};\n  allow {cidr6};\n  deny all;\n}\n# puerto {port}, cambio {ticket}",
            "Garantía {brand}: aparato con n.º de serie 7A-004120, cubierto hasta el {date}; pedido {order}.",
            "El Hospital Marqués de Valdecilla estrena el pabellón Severo Ochoa el {date}.",
            "Final de la Copa del Rey en La Cartuja el {date}; localizador de entradas {order}.",
            "Envío {tracking}: {product}, EAN {ean}, sale de {city} el {date}; versión de firmware {version}.",
            "Bibliografía del tema 3: ISBN {isbn}; entrega del trabajo antes del {date}. Tutoría en el aula Severo Ochoa.",
            "sandbox: error_validacion campo=referencia valor=\"{badref}\" motivo=checksum solicitud={uuid}",
        ],
    },
    "nl": {
        "pii": [
            "Bedroefd, maar dankbaar voor alles wat zij voor ons betekend heeft, geven wij kennis van het overlijden van\n\n"
            "{person}\n* {dob}   † 2 maart 2026\n\n{first} en {first}\nCorrespondentieadres: {address}",
            "We zijn verhuisd! 📦\nVanaf 1 april wonen {first} en {first} op {address}.\nOns vaste nummer blijft {phone}.",
            "Aanvraag VOG (via de vereniging)\nAanvrager: {person}\nGeboortedatum: {dob}\n"
            "Functie: vrijwilliger jeugdtraining\nE-mail voor de betaallink: {email}",
            "Kadastraal bericht object\nEigenaar: {person}\nAdres: {address}\nAandeel: 1/1",
            "Geachte heer/mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking voor mijn woning aan {address}.\n\n"
            "Met vriendelijke groet,\n{person}\n{nid}",
            "Geachte heer/mevrouw,\n\nMet veel interesse las ik uw vacature voor medewerker klantcontact. "
            "Bel me gerust op {phone}.\n\nMet vriendelijke groet,\n{person}",
            "Noot voor de redactie, niet voor publicatie:\nvoor meer informatie kunt u contact opnemen met {person}, "
            "woordvoerder, via {phone} of {email}.",
            "Werkbon 2291\nKlant: {title_name}\nAdres: {address}\nTel.: {phone}\nUitgevoerd: cv-ketel bijgevuld, filter vervangen",
            "Kan niet aanmelden bij een account.\nGebeurtenis-id: 4625\nAccountnaam: {first}\nBronnetwerkadres: {ip}",
            "Declaratie reiskosten maart\nMedewerker: {person}\nHotel betaald met eigen creditcard {card}\n"
            "Uitbetalen op {iban}",
            "Hierbij nodigen wij {title_name}, paspoortnummer {passport}, uit voor een werkbezoek aan ons bedrijf in "
            "Eindhoven van 14 t/m 17 april. De verblijfskosten zijn voor onze rekening.",
            "OK-programma zaal 4\n08:00 {title_name}, patiëntnummer {mrn}, knieprothese links\n"
            "10:30 {title_name}, patiëntnummer {mrn}, galblaasverwijdering",
            "Vaccinatiebewijs: {person}, geboren {dob}, dossiernummer {mrn}, DTP-herhaling gegeven.",
            "Documenteigenschappen\nTitel: Project Reiger – intentieverklaring\nAuteur: {person}\nTrefwoorden: {policy}",
            "Stijlcontrole handleiding/installatie.md\n  57:12  waarschuwing  vermijd '{biased}', gebruik een neutrale term\n"
            "Toegewezen aan {first}.",
            "Output van `kubectl get secret api -o yaml`, per ongeluk in het incidentkanaal geplakt door {first}:\n{secret}",
            "2026-03-05 02:14:09 fail2ban.actions [812]: NOTICE [postfix-sasl] Ban {ip}\n# melding gaat naar {email}",
            "Naambordjes portiek 14 (graag vóór vrijdag aanpassen):\n14-1: {title_name}\n14-2: {person}\n"
            "14-3: {first} en {person}",
            "Zorgtoeslag: de berekening voor {person} ({nid}) is aangepast; u ontvangt binnenkort een nieuwe beschikking.",
            "Uw incasso van maart is gestorneerd (rekening {iban}, t.n.v. {person}). Neem contact op via {role_email}.",
            "Je hebt € 30,00 overgemaakt aan {person} ({email}). Omschrijving: 'kaartjes concert'.",
        ],
        "clean": [
            "College in zaal Christiaan Huygens: fouriertransformatie en de wet van Ohm, op {date}.",
            "Lunchkaart: uitsmijter, broodje kroket, Hollandse nieuwe. Gereserveerd voor de firma {company}, factuur {invoice}.",
            "De Stad Amsterdam en de Prins Willem-Alexander vertrekken op {date} uit {city}; inschepen aan de De Ruijterkade.",
            "Domeinnaam: fietsmaker-utrecht.nl\nStatus: active\nHouder: afgeschermd\nRegistrar: {company}\n"
            "Laatst gewijzigd: {date}",
            "De rechtbank Midden-Nederland heeft op {date} het faillissement van de onderneming {company} uitgesproken.",
            "MAILTO=\"\"\n# logrotatie\n0 3 * * * /usr/sbin/logrotate /etc/logrotate.conf\n"
            "*/5 * * * * curl -fsS https://hc.intern:{port}/ping/{uuid}",
            "Garantiebewijs {brand}: apparaat met serienummer 9B-100412, gedekt tot {date}; bestelling {order}.",
            "Het Wilhelmina Kinderziekenhuis opent op {date} de Máxima-vleugel; parkeren via de Lundlaan.",
            "Bekerfinale in De Kuip op {date}; e-tickets bij bestelnummer {order}, vak S, rij 12.",
            "Zending {tracking}: {product}, EAN {ean}, verlaat {city} op {date}.",
            "{time} INFO planner: nachtelijke herindexering klaar (build {sha}); volgende run op {date}.",
            "Stedenband met {namecity}: ontvangst op het stadhuis op {date}, in de Thorbeckezaal.",
        ],
    },
}

# -------------------------------------------------------------------------------------- EXAM
# Written by an engineer who never saw the detection rules; committed alone, before any detector
# ran on it; never used for tuning.
EXAM: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "{1:F01BARCGB22AXXX0000000000}{2:I103NWBKGB2LXXXXN}{4:\n:20:PAYREF7781\n:23B:CRED\n"
            ":32A:260304GBP1250,00\n:50K:/{iban}\n{person}\n{address}\n:59:/{iban}\n{company}\n:71A:SHA\n-}",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 3 17:02:11 2026 +0000\n\n"
            "    Fix rounding in the VAT export\n\n    Reported-by: {person}\n    Co-authored-by: {person} <{email}>",
            "WEBVTT\n\n1\n00:00:04.120 --> 00:00:07.900\n{person}: Can everyone see my screen?\n\n2\n"
            "00:00:08.300 --> 00:00:12.050\n{person}: Yes. {first}, you're on mute again.",
            "PATIENT: Biscuit (cocker spaniel, 7y, neutered)\nOWNER: {title_name}\nMOBILE: {phone}\n"
            "Booster due next month; owner asked for reminders by email ({email}) rather than SMS.",
            "PARENTAL CONSENT - Year 8 visit to the Science Museum\nPupil: {person}    Date of birth: {dob}\n"
            "Parent/carer: {person}\nEmergency number on the day: {phone}\nMedical needs: mild asthma (inhaler in bag)",
            "THIS IS THE LAST WILL AND TESTAMENT of me {person} of {address}.\n1. I revoke all former wills and codicils.\n"
            "2. I appoint my daughter {first} to be the executor of this will.",
            "| Pos | Bib | Name | Chip time |\n|---:|---:|---|---|\n| 1 | 1043 | {person} | 2:31:07 |\n"
            "| 2 | 877 | {person} | 2:33:52 |\n| 3 | 2210 | {person} | 2:34:10 |",
            "# added for the contractor, remove after go-live\n"
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq3k1Hn8Yp9ZrW0bL5m2Qf7xTc4vJ6eDa1sKuNh0PzR {email}\n"
            "from=\"{ip}\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7cWq0Lr2Zt9PmXv4Ns8Ke1Jd6Gh3Yu5Ao0Fi2Tb7Qw {email}",
            "AGENT: For security, can you confirm your date of birth?\nCALLER: Yeah, it's {dob}.\n"
            "AGENT: And the postcode and first line of the address?\nCALLER: {address}.\n"
            "AGENT: Lovely, thanks {title_name}, you're through security.",
            "AMOXICILLIN 500MG CAPSULES x21\nTake ONE capsule THREE times a day until finished.\n"
            "{person}        dispensed {date}\nNHS no: {nhs}\nKeep out of the sight and reach of children.",
            "Dear {title_name},\n\nRe: {person}, DOB {dob}, NHS {nhs}, hosp. no. {mrn}\n\n"
            "Thank you for seeing this pleasant 46-year-old with a three-month history of exertional chest tightness.",
            "Specimen: venous blood    Received: {date} {time}\nPatient: {person}    Lab no./MRN: {mrn}\n"
            "HbA1c 61 mmol/mol (H)\nAuthorised by: {title_name}, Consultant Chemical Pathologist",
            "Table 4 - Bluebell\n  {person}\n  {person}\n  {first} (+1)\n  {title_name}\n\nTable 5 - Foxglove\n  {person}\n  {first}",
            "- model: crm.contact\n  pk: 41\n  fields:\n    full_name: {person}\n    phone: '{phone}'\n"
            "    email: {email}\n    birth_date: '{dob}'\n    opted_in: false",
            "DEBUG payments.views request.POST=<QueryDict: {'cardholder': ['{person}'], 'pan': ['{card}'], "
            "'exp': ['09/28']}> remote_addr={ip}",
            "lease {ip} {\n  starts 3 2026/03/04 08:11:52;\n  ends 3 2026/03/04 20:11:52;\n"
            "  hardware ethernet 3c:22:fb:91:0e:7a;\n  client-hostname \"{first}-iPhone\";\n}",
            "I've filled in the travel authorisation with the details from your message - please check them before "
            "you submit:\n• Name as in passport: {person}\n• Passport number: {passport}\n• Date of birth: {dob}\n"
            "• Home address: {address}",
            "Personal data breach - internal record\nWhat happened: a payroll spreadsheet was emailed to the wrong supplier.\n"
            "Individuals affected include {person} ({nid}) and {person} ({nid}).\nLogged by: {first}, 10:40",
            "First notification of loss\nPolicyholder: {title_name}\nThird-party driver: {person}, tel {phone}\n"
            "Third-party insurer: {company}\nCircumstances: TP reversed into our insured's stationary vehicle in a car park.",
            "Round 5 pairings\nBoard 1: {person} (2150) - {person} (2098)\nBoard 2: {person} (1987) - {title_name} (1960)\n"
            "Bye: {person}",
            "{\"type\": \"message\", \"user_profile\": {\"real_name\": \"{person}\", \"display_name\": \"{first}\"}, "
            "\"text\": \"can someone reset my VPN token pls, mobile is {phone}\", \"ts\": \"1772616764.004900\"}",
            "Sent from my iPhone\n\n________________________________\n{policy}. This e-mail and any attachments are intended "
            "solely for {person}. If you have received it in error please tell us at {role_email} and delete it.",
            "Slide 14 of 22    |    {policy}    |    Prepared by {person}, Group Strategy",
            "## Summary\nReplaces \"{biased}\" in config keys, comments and the docs with neutral wording "
            "(style guide, section 4). No behaviour change.\n\n## Reviewers\n@platform-team - {first} please double-check the Helm chart.",
            "Done - the translation is below. One flag before you publish, {first}: the phrase \"{biased}\" in "
            "paragraph 3 may come across as exclusionary, so I'd reword it.",
            "Support chat, 11:52. The customer pasted their whole config into the widget:\n```\n{secret}\n```\n"
            "Agent {first}: please rotate that straight away, this chat is stored.",
            "[14:02] Customer: hi my payment keeps failing\n[14:03] Customer: the card is {card} exp 07/29\n"
            "[14:03] Agent: Please don't send full card numbers in chat. Can I take the name on the account?\n[14:04] Customer: {person}",
            "New voicemail from {phone} (0:42)\n\"Hi, it's {first} from the lettings office, just calling about the "
            "viewing at {address} - could you ring me back before five? Thanks, bye.\"",
            "New sign-in to your account\nWhen: {date} {time}\nWhere: {ip} (Chrome on Windows)\n\n"
            "Not you, {first}? Change your password now.",
            "COUNCIL TAX BILL 2026/27\nLiable person(s): {person} and {person}\nProperty: {address}\n"
            "Band C    Single person discount: none\nDirect Debit from account {iban}, 10 instalments",
            "Right to work check completed for {person}. Document seen: passport {passport}, original, photo matches. "
            "Copy on file - checked by {first} (HR).",
            "Year-end tax form for {person} - taxpayer {nid} - issued by {company}. Keep it with your records.",
            "{title_name} has asked whether the 3pm can move to Thursday; could you let the front desk know? Their "
            "direct line is {phone}.",
            "Erasure request received from {email}: delete every record held for {person} by {date} and confirm in writing.",
            "Lost property, reception: burgundy passport found in meeting room 3, number {passport}. Belongs to "
            "{title_name}; collected {date}.",
            "flu jab booked for {first} (NHS number {nhs}) - saturday 9:40, bring the booking code from the text",
            "Here's the corrected docker-compose file. One warning: the value below came from your paste, so treat "
            "it as leaked and rotate it before you deploy:\n{secret}",
            "$ kubectl logs deploy/billing | grep -i cred\n2026-03-04T09:12:44Z WARN config loaded with an inline "
            "credential:\n{secret}",
            "Chargeback #{order}: cardholder {person} disputes a GBP 249.00 charge on card {card} (merchant: {company}).",
            "WARD 7 HANDOVER (nights)\nBed 3 - {person}, hosp no {mrn}, NHS {nhs}, post-op day 2, mobilising\n"
            "Bed 4 - {person}, hosp no {mrn}, nil by mouth from midnight",
            "[Watermark: {policy}]\nBoard pack, item 6: Project Heron valuation. Paper author: {title_name}.",
            "Meeting notes (auto-generated): at 14:32 {person} used the term \"{biased}\"; flagged for the "
            "inclusive-language review.",
            "Auto-reply: thanks for your remittance advice. Please send future remittances to {role_email} rather "
            "than to {first}'s own inbox.",
        ],
        "clean": [
            "Storm Darragh closed the Severn Bridge overnight; services resume on {date}. Check {ticket} for depot cover.",
            "Match report: Tottenham Hotspur 2-1 Aston Villa. Next fixture at Villa Park on {date}, kick-off {time}.",
            "Queen Mary 2 sails from Southampton on {date}; cabins on Deck 8 are allocated by the tour operator {company}.",
            "The Turner Prize shortlist will be announced at Tate Britain on {date}; press accreditation closes a week earlier.",
            "Support group programme: Hodgkin lymphoma, Crohn's disease and Alzheimer's disease. Sessions in the "
            "Lister Wing from {date}.",
            "[pool]\nmax_connections = 50\npassword_hash = {hashalgo}\nlisten = 0.0.0.0:{port}\nallow = {cidr4}, {cidr6}",
            "Eggs Benedict, Beef Wellington, Peach Melba and a Victoria sponge - menu for the team at {company}, {date}.",
            "Flight EI 154 Dublin - London Heathrow is delayed. New departure {time}, gate B22.",
            "RECALL NOTICE ({brand}): model WK-3300, lot 24B117, EAN {ean}, sold between {date} and {date}.",
            "Invoice {invoice} from {company}: {product} x3, PO {order}, due {date}.",
            "Module 3 covers the Equality Act 2010 and Clare's Law (the Domestic Violence Disclosure Scheme); "
            "assessment on {date}.",
            "Deliveries for Lister House go via Wellington Road to the loading bay behind St Thomas' Hospital; ask for dock 3.",
            "v{version}: passwords now stored with {hashalgo}; TLS 1.0 dropped; fixes {ticket}. Build {sha}, run {uuid}.",
            "validator fixture: {badref} must be REJECTED (check digit fails)",
            "Your parcel {tracking} is at the {city} depot; next delivery attempt {date}.",
            "Conference venue moved from {namecity} to {city}; travel grants are reimbursed against invoice {invoice}.",
            "Reading list for term 2: 'Wuthering Heights' and 'Bleak House' (ISBN {isbn}), both due back by {date}.",
        ],
    },
    "de": {
        "pii": [
            "<Cdtr>\n  <Nm>{person}</Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id><IBAN>{iban}</IBAN></Id>\n</CdtrAcct>\n"
            "<RmtInf><Ustrd>Erstattung Nebenkosten 2025</Ustrd></RmtInf>",
            "Betreff: {title_name}, geb. am {dob}, Fallnummer {mrn}\n\nSehr geehrte Frau Kollegin,\n"
            "wir berichten über die stationäre Behandlung vom 02. bis 06.03.2026.",
            "Aufnahmeantrag TSV Eintracht 1896 e.V.\nName, Vorname: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\n"
            "SEPA-Lastschriftmandat: Ich ermächtige den Verein, den Beitrag von meinem Konto {iban} einzuziehen.",
            "Telefonkette Gruppe Igel (bitte nicht weitergeben!)\n1. {person} – {phone}\n2. {person} – {phone}\n"
            "3. {first} (Elternteil von {first}) – {phone}",
            "Anhörung im Bußgeldverfahren\nBetroffene/r: {person}\nGeburtsdatum: {dob}\n"
            "Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit um 23 km/h außerorts",
            "{title_name} war vom 1. April 2019 bis zum 31. März 2026 in unserem Unternehmen als Sachbearbeiter/in "
            "Buchhaltung tätig und hat die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt.",
            "Ihre Steuererklärung 2025 wurde erfolgreich übermittelt.\nSteuerpflichtige Person: {person}\n"
            "Identifikation: {nid}\nEingangsdatum: {date}",
            "Hi {first}, bin leider krank, die AU geht bis Freitag. Falls was Dringendes ist: {phone}. LG {first}",
            "Ihr Paket wurde bei Ihrem Nachbarn abgegeben:\n{person}\n{address}\nSendungsnummer: {tracking}",
            "TOP 3: Sanierung der Tiefgarage. {title_name} (Whg. 4) beantragt ein zweites Angebot; {person} (Whg. 7) "
            "widerspricht. Beschluss: 9 Ja, 2 Nein, 1 Enthaltung.",
            "MIETSCHULDENFREIHEITSBESCHEINIGUNG\nHiermit bestätigen wir, dass {person}, wohnhaft {address}, die Miete "
            "stets pünktlich gezahlt hat. Rückfragen gern unter {phone}.",
            "LEBENSLAUF\n\nPersönliche Daten\n{person}\ngeboren am {dob}\n{address}\nTel. {phone} | {email}",
            "Dienstreise Shanghai: Visum für {title_name} beantragt, Reisepassnummer {passport}; Abholung beim "
            "Konsulat am {date}.",
            "Ihre Reservierung ist bestätigt. Garantiert mit Kreditkarte {card} (Karteninhaber/in: {person}). "
            "Kostenfreie Stornierung bis 18 Uhr am Anreisetag.",
            "Neue Anmeldung bei Ihrem Konto\nZeit: {date}, {time}\nIP-Adresse: {ip}\nGerät: Firefox unter Linux\n\n"
            "Waren Sie das nicht, {first}? Dann ändern Sie bitte sofort Ihr Passwort.",
            "Aus dem Betriebsprotokoll, leider ungeschwärzt ins Wiki kopiert:\n{secret}\n→ Zugang ist widerrufen, "
            "{first} rotiert heute Nachmittag.",
            "Betreff: WG: Quartalszahlen – {policy}\n\nHallo {first},\nanbei die Vorab-Zahlen. Bitte noch nicht an den "
            "Vertrieb weiterleiten.\n\nGruß\n{person}",
            "Anmerkung Lektorat ({first}): Den englischen Ausdruck „{biased}“ in Kapitel 2 bitte durch eine neutrale "
            "Formulierung ersetzen.",
            "Rückerstattung: Bitte senden Sie das ausgefüllte Formular an {role_email}. Wir antworten an die "
            "hinterlegte Adresse {email}.",
            "Lohnsteuerbescheinigung 2025 – Arbeitnehmer/in: {person}, {nid}; Arbeitgeber: {company}.",
            "VOLLMACHT\nHiermit bevollmächtige ich, {person}, geb. {dob}, Herrn/Frau {person}, mich gegenüber "
            "meiner Krankenkasse in allen Angelegenheiten zu vertreten.",
            "Guten Tag, hier {title_name} von der Hausverwaltung. Der Heizungsmonteur kommt morgen zwischen 8 und "
            "12 Uhr zu Ihnen ({address}). Rückruf bitte unter {phone}.",
            "Visumantrag – Angaben zur Person\nFamilienname, Vorname: {person}\nReisepass-Nr.: {passport}\n"
            "Gültig bis: 11/2031\nE-Mail: {email}",
            "sshd[2214]: Failed password for invalid user admin from {ip} port 51514 ssh2\n"
            "# gemeldet von {first}, Rückfragen an {email}",
            "Kreditkartenreklamation: {person} beanstandet eine Buchung über 249,00 € mit Karte {card} "
            "(Händler: {company}).",
            "Laborbefund\nPatient/in: {person}\nPatienten-ID: {mrn}\nGeburtsdatum: {dob}\nCRP 48 mg/l (erhöht)",
            "docker-compose.yml aus Ticket {ticket} (bitte sofort löschen, {first}):\n{secret}",
            "Protokoll Strategieklausur – {policy}\nTeilnehmende: {person}, {person}\n"
            "Hinweis von {first}: den Begriff „{biased}“ aus den Folien streichen.",
        ],
        "clean": [
            "Wegen Bauarbeiten fällt der RE 5 zwischen Bonn-Beuel und {city} am {date} aus; "
            "Ersatzverkehr ab Haltestelle Konrad-Adenauer-Platz.",
            "Sturmtief „Zeynep“ sorgte am {date} für Ausfälle; die Gorch Fock blieb im Kieler Hafen.",
            "Rechnung {invoice} der Firma {company} über {amount} €, fällig am {date}; Bestellnummer {order}.",
            "[security]\npassword_hash = {hashalgo}\nbind = {cidr6}\nallowed = {cidr4}\nport = {port}",
            "Die Vorlesung zu Creutzfeldt-Jakob und Alzheimer findet am {date} im Rudolf-Virchow-Hörsaal statt.",
            "Rückruf ({brand}): Modell WM14N2, Seriennummern 1200 bis 4800, EAN {ean}; "
            "betroffen sind Geräte mit Produktionsdatum vor dem {date}.",
            "Deployment {version} um {time} ausgerollt (Commit {sha}, Ticket {ticket}, Vorgang {uuid}).",
            "Die Verleihung des Karlspreises findet am {date} im Krönungssaal des Aachener Rathauses statt.",
            "Testdaten: Die Prüfziffer von {badref} ist ungültig, der Validator muss ablehnen.",
            "Büchersendung {tracking}: ISBN {isbn}, Versand aus {namecity} am {date}.",
            "Kantine KW 10: Königsberger Klopse, Leipziger Allerlei, Fürst-Pückler-Eis. Lieferant: {company}.",
        ],
    },
    "fr": {
        "pii": [
            "ATTESTATION D'HÉBERGEMENT\nJe soussigné(e) {person}, né(e) le {dob}, demeurant {address}, atteste sur "
            "l'honneur héberger à mon domicile {person} depuis le 1er janvier 2026.",
            "Procuration : le mandant {person} donne procuration au mandataire {person} pour voter en son nom "
            "aux élections municipales.",
            "{title_name}, médecin généraliste\n\nOrdonnance du {date}\nPatient(e) : {person}, né(e) le {dob}\n"
            "Paracétamol 1 g : 1 comprimé 3 fois par jour pendant 5 jours.",
            "N° IPP : {mrn}\nPatient(e) : {person}\nSortie le {date}. Courrier adressé au médecin traitant, {title_name}.",
            "Bonjour, le vélo est toujours dispo ? Je peux passer ce soir vers 19h. Mon numéro : {phone}. {first}",
            "Déclaration de sinistre – dégât des eaux\nAssuré : {title_name}\nAdresse du risque : {address}\n"
            "Voisin du dessus : {person}, tél. {phone}",
            "BULLETIN DE PAIE – mars 2026\nSalarié : {person}\n{nid}\nNet payé par virement sur le compte {iban}",
            "Chers parents, la sortie au musée est prévue jeudi. Merci de rendre le coupon signé à {title_name}. "
            "Pour toute question : {email}.",
            "Votre rendez-vous en mairie pour le retrait du passeport n° {passport} est confirmé, {title_name}. "
            "Présentez-vous au guichet 3 le {date}.",
            "Paiement refusé pour la carte {card} au nom de {person}. Motif : plafond atteint. Réf. transaction {order}.",
            "Tentatives de connexion suspectes sur le compte de {first} depuis l'adresse {ip} (14 échecs en "
            "2 minutes). Compte verrouillé.",
            "Ticket {ticket} – le prestataire a envoyé les accès en clair dans son mail :\n{secret}\n"
            "Merci de révoquer et de prévenir {person}.",
            "Objet : Projet de rapprochement – {policy}\n\nBonjour {first},\nvoici la note pour le comité de direction "
            "de demain.\n\n{first}",
            "Relecture de la traduction : l'expression anglaise « {biased} » est à remplacer, conformément à la "
            "charte éditoriale. Merci, {first}.",
            "Demande d'allocations familiales\nRequérant : {person}\nIdentifiant : {nid}\nEnfant : {first}, né(e) le {dob}",
            "Rendez-vous confirmé avec {title_name}, kinésithérapeute, le {date} à 17h30.\nPatient : {person} – {phone}",
            "Le syndic informe que {person}, copropriétaire du lot 12, a signalé une fuite en toiture. Contact : "
            "{email}, {phone}.",
            "FORMULAIRE DE CHANGEMENT D'ADRESSE\nNom : {person}\n{nid}\nNouvelle adresse : {address}",
            "Pour contester cette facture, écrivez à {role_email} en indiquant votre référence client {order}.\n"
            "{person}, service clients",
            "EXTRAIT D'ACTE DE NAISSANCE\nLe {dob} est né(e) {person}, de {person} et de {person}.",
            "Nouvelle inscription à la newsletter : {email} (formulaire du site, IP {ip}).",
            "FICHE INDIVIDUELLE DE POLICE\nNom et prénom : {person}\nDate de naissance : {dob}\nPasseport n° : {passport}\n"
            "Date d'arrivée : {date}",
            "Compte rendu de consultation – n° de dossier {mrn} – {title_name} – prochain contrôle dans 3 mois.",
            "Opposition enregistrée sur la carte {card}. Titulaire : {person}. La nouvelle carte sera envoyée à "
            "l'adresse suivante : {address}.",
            "Extrait du fichier .env transmis par erreur au client (à révoquer d'urgence) :\n{secret}\n— {first}",
            "Diapositive 7/19 – {policy} – Auteur : {person}",
            "Compte rendu de réunion : {person} propose de bannir « {biased} » de la documentation technique.",
        ],
        "clean": [
            "Le Charles de Gaulle appareille de Toulon le {date} ; l'escale à {city} est annulée.",
            "Fermeture de la station Franklin D. Roosevelt (ligne 1) le {date} ; correspondance par "
            "Champs-Élysées – Clemenceau.",
            "Facture {invoice} – société {company} – montant {amount} € TTC, échéance le {date}.",
            "Rappel produit ({brand}) : lot 24B117, EAN {ean} ; articles vendus avant le {date}.",
            "La maladie de Lyme et la maladie de Charcot sont au programme de l'amphi Pasteur le {date}.",
            "Prix Goncourt : la remise aura lieu chez Drouant le {date} à {time}.",
            "# nginx\nlisten {port} ssl;\nallow {cidr4};\nallow {cidr6};\ndeny all;",
            "Colis {tracking} expédié par la société {company} depuis {city} ; livraison estimée le {date}.",
            "Le validateur doit rejeter {badref} (clé de contrôle invalide) ; voir {ticket}.",
            "Version {version} ({sha}) : hachage des mots de passe en {hashalgo}, identifiant de build {uuid}.",
            "Jumelage avec {namecity} : délégation reçue à l'hôtel de ville le {date}, salle Jean Jaurès.",
            "Commande {order} : « Le Rouge et le Noir », ISBN {isbn}, retrait en librairie à {city}.",
        ],
    },
    "es": {
        "pii": [
            "Has recibido un Bizum de {person} por 25,00 €. Concepto: «cena viernes». Teléfono del ordenante: {phone}.",
            "Comunidad de Propietarios – Acta de la junta\nAsistentes: {person} (1.º A), {title_name} (2.º B), "
            "{person} (3.º C)\nSe aprueba la derrama para el ascensor.",
            "NÓMINA marzo 2026\nTrabajador/a: {person}\n{nid}\nLíquido a percibir: transferencia a la cuenta {iban}",
            "Receta médica\nPaciente: {person}\nFecha de nacimiento: {dob}\nN.º de historia clínica: {mrn}\n"
            "Ibuprofeno 600 mg, 1 comprimido cada 8 horas durante 5 días.",
            "Parte amistoso – vehículo B\nConductor: {person}\nTeléfono: {phone}\nDomicilio: {address}\nAseguradora: {company}",
            "Reserva confirmada: mesa para 4 a nombre de {title_name}, el sábado a las 21:30. "
            "Le enviaremos un recordatorio a {email}.",
            "Matrícula curso 2026/27 – Alumno/a: {person}, {nid}, nacido/a el {dob}.",
            "Soy {first}, la del 3.º B: se me ha quedado la llave dentro, ¿me puedes llamar al {phone}? 🙏",
            "Check-in online completado.\nPasajero: {person}\nPasaporte: {passport}\nAsiento 23F. Presente el "
            "documento en la puerta de embarque.",
            "He revisado el log que me pasaste, {first}: en la línea 214 aparece el número de tarjeta completo "
            "({card}). Te recomiendo enmascararlo antes de enviarlo al proveedor.",
            "Alerta del router: un dispositivo desconocido se ha conectado a tu Wi-Fi con la IP {ip}. "
            "Titular de la cuenta: {person}.",
            "Hilo de #backend: {first} pegó esto sin querer en el canal público:\n{secret}\nYa está rotado, no lo uséis.",
            "Asunto: Resultados T1 – {policy}\n\nEquipo, adjunto el borrador. {person} lo presenta al consejo el martes.",
            "Sugerencia de estilo para {first}: en la versión inglesa del informe aparece «{biased}»; mejor un "
            "término neutro.",
            "RECIBO DE ALQUILER\nHe recibido de {person} la cantidad de 850,00 € en concepto de renta de marzo de la "
            "vivienda sita en {address}.\nFirmado: {person}",
            "{title_name}, médico de familia, certifica que {person}, con {nid}, ha sido atendido/a hoy en este centro "
            "y precisa reposo de 48 horas.",
            "La Agencia Tributaria ha ordenado la devolución del IRPF a favor de {person} en la cuenta {iban}.",
            "Para solicitar la factura completa escriba a {role_email} indicando el número de pedido {order}.\n"
            "Atentamente,\n{person}",
            "Nuevo mensaje del formulario de contacto\nNombre: {first}\nEmail: {email}\nMensaje: quiero información sobre precios",
            "¡Felicidades, {first}! Según tu ficha de socio naciste el {dob}, así que este mes tienes un 20 % de descuento.",
            "Volante de derivación a Cardiología\nPaciente: {person}\nHistoria clínica: {mrn}\nMédico solicitante: {title_name}",
            "Solicitud de visado – datos del solicitante: {person}, pasaporte n.º {passport}, correo {email}.",
            "Historia clínica {mrn} – {person} – alergia a penicilina. Revisión con {title_name} el {date}.",
            "Cargo no reconocido: {person} reclama un cargo de 249,00 € en la tarjeta {card} (comercio: {company}).",
            "Os paso el fichero de configuración de staging (ojo, lleva credenciales reales):\n{secret}\n{first}",
            "Pie de página: {policy} · Elaborado por {person} · v3",
            "Acta: {first} pide retirar «{biased}» del glosario técnico en inglés.",
        ],
        "clean": [
            "El Juan Sebastián de Elcano zarpa de Cádiz el {date} rumbo a {city}.",
            "Obras en el Hospital Universitario Gregorio Marañón a partir del {date}; acceso por la calle Doctor Esquerdo.",
            "Factura {invoice} de {company} por {amount} €, vencimiento el {date}.",
            "Borrasca Filomena: se suspenden las clases el {date} en {city}.",
            "Premio Cervantes: la ceremonia en el Paraninfo de la Universidad de Alcalá será el {date}.",
            "Alerta de retirada: {brand}, modelo LV-220, lote 7781, EAN {ean}.",
            "seguridad:\n  hash: {hashalgo}\n  red_permitida: {cidr4}\n  ipv6: {cidr6}\n  puerto: {port}",
            "Pedido {order} enviado con número de seguimiento {tracking}; incluye el libro con ISBN {isbn}.",
            "Prueba: el identificador {badref} debe dar error de dígito de control.",
            "Despliegue {version} completado a las {time}; commit {sha}, incidencia {ticket}, ejecución {uuid}.",
            "Hermanamiento con {namecity}: recepción en el Ayuntamiento el {date}.",
        ],
    },
    "nl": {
        "pii": [
            "{first} vraagt je om € 12,50 te betalen voor 'pizza vrijdag'. Het geld gaat naar {iban} t.n.v. {person}.",
            "Hoi, is de kinderwagen nog beschikbaar? Ik kan zaterdag ophalen. Bel of app me even op {phone}. Groetjes, {first}",
            "Notulen ALV VvE Rozenhof\nAanwezig: {person} (voorzitter), {title_name}, {person}\n"
            "Afwezig met kennisgeving: {first}\nPunt 4: de kozijnen worden in mei geschilderd.",
            "Loonstrook maart 2026\nWerknemer: {person}\n{nid}\nGeboortedatum: {dob}\nNetto uitbetaald op {iban}",
            "Beschikking verkeersboete\nBetrokkene: {person}\nAdres: {address}\nGeboortedatum: {dob}\n"
            "Overtreding: rijden door rood licht",
            "Declaratie ontvangen voor {person}, patiëntnummer {mrn}, behandeling fysiotherapie. De vergoeding "
            "wordt overgemaakt naar {iban}.",
            "Verhuizing doorgegeven\nNaam: {person}\n{nid}\nNieuw adres: {address}\nIngangsdatum: {date}",
            "Verjaardagskalender team Finance (geboortedata):\n{first} – {dob}\n{first} – {dob}\n{first} – {dob}",
            "Afspraak stadswinkel: ophalen paspoort {passport} voor {title_name}, {date} om 10:15, balie 6.",
            "Fraudemelding: een transactie van € 899,00 met creditcard {card} op naam van {person} is geblokkeerd.",
            "De webshopbeheerder {first} logde vannacht in vanaf {ip}, een onbekend adres; tweestapsverificatie is "
            "afgedwongen.",
            "Let op: in de README van de testomgeving staat nog een werkende sleutel:\n{secret}\nGraag vandaag intrekken, {first}.",
            "Onderwerp: Reorganisatie – {policy}\n\nBeste {first},\nhierbij de conceptplanning. Bespreken we donderdag?\n\n"
            "Groet, {person}",
            "Feedback van de redactie aan {first}: in de Engelse samenvatting staat „{biased}”; gebruik liever een "
            "neutrale term.",
            "Ziekenfonds – aanvraag terugbetaling\nAangeslotene: {person}\n{nid}\nRekeningnummer: {iban}",
            "Uw WW-uitkering is toegekend, {title_name}. Uw contactpersoon {person} is bereikbaar op {phone}.",
            "Beste ouders, de tienminutengesprekken zijn ingepland: {first} (groep 6), donderdag 19:20 bij "
            "{title_name}. Afmelden kan via {email}.",
            "Vragen over uw factuur? Mail naar {role_email} en vermeld uw klantnummer {order}.\nMet vriendelijke groet,\n{person}",
            "Nieuw bericht via het contactformulier\nNaam: {person}\nE-mail: {email}\nTelefoon: {phone}\n"
            "Bericht: graag een offerte voor een dakkapel",
            "Identiteitscontrole aan de balie: {nid}, gecontroleerd door {first}.",
            "Verwijzing: patiënt {person}, geboren {dob}, ziekenhuisnummer {mrn}, naar de cardioloog voor een inspanningstest.",
            "Reisgegevens bevestigd\nReiziger: {title_name}\nPaspoortnummer: {passport}\nNoodcontact: {person}, {phone}",
            "Opnamebericht: {title_name}, patiëntnummer {mrn}, afdeling Cardiologie, kamer 412.",
            "Chargeback aangevraagd door {person} voor een betaling met kaart {card} (winkelier: {company}).",
            "Gevonden in een openbare Git-repo van een leverancier:\n{secret}\nEigenaar ingelicht: {person}.",
            "Voettekst: {policy} – opgesteld door {person}, versie 2",
            "Actiepunt voor {first}: het woord „{biased}” uit de Engelstalige handleiding halen.",
            "Stuur het ondertekende machtigingsformulier naar {role_email}; uw contactpersoon is {title_name}.",
        ],
        "clean": [
            "De Johan Cruijff ArenA is op {date} gesloten; het evenement wordt verplaatst naar het Philips Stadion.",
            "Door storm Corrie reden er op {date} geen treinen tussen Leeuwarden en {city}.",
            "Factuur {invoice}, leverancier {company}: {amount} euro, te voldoen vóór {date}.",
            "Terugroepactie ({brand}): model VX-9, partij 24-117, EAN {ean}; breng het product terug naar de winkel.",
            "De ziekte van Lyme en de ziekte van Parkinson: lezing in de Erasmuszaal op {date}.",
            "firewall:\n  toegestaan: [{cidr4}, {cidr6}]\n  poort: {port}\n  wachtwoordhash: {hashalgo}",
            "Pakket {tracking} ligt klaar bij het afhaalpunt in {city}; ordernummer {order}.",
            "Controletest: {badref} moet worden afgewezen (ongeldig controlecijfer); zie {ticket}.",
            "Release {version} uitgerold om {time}; commit {sha}, run-id {uuid}.",
            "Stedenband met {namecity}: delegatie op bezoek vanaf {date}; 'De Avonden' (ISBN {isbn}) als relatiegeschenk.",
            "De veerboot Koningin Beatrix vaart op {date} niet; reizigers worden omgeleid via de Zeelandbrug.",
        ],
    },
}

# ------------------------------------------------------------------------------------- FINAL
FINAL: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "[Peer]\n# {person} - home office laptop, added {date}\n"
            "PublicKey = hX3vR0m9bq1tLw8cYzK4nJ2pQe7sUa5dFg6hWi0oBkE=\nAllowedIPs = {ip}\nPersistentKeepalive = 25",
            "Mar  4 06:12:01 mx1 postfix/smtp[20331]: 4F2A31C0D2: to=<{email}>, orig_to=<{role_email}>, "
            "relay=mx2.example.net:25, delay=1.2, dsn=5.1.1, status=bounced (550 5.1.1 Recipient address rejected: User unknown)",
            '{"event_id": "{uuid}", "level": "error", "platform": "python",\n'
            ' "user": {"id": "{order}", "name": "{person}", "email": "{email}", "ip_address": "{ip}"},\n'
            ' "exception": {"values": [{"type": "KeyError", "value": "\'postcode\'"}]}}',
            'payment_intent.payment_failed\n"billing_details": {\n  "name": "{person}",\n  "email": "{email}",\n'
            '  "phone": "{phone}"\n},\n"last_payment_error": {"decline_code": "insufficient_funds"}',
            "Port-out request received\nNumber to port: {phone}\nAccount holder: {person}\n"
            "PAC issued today, valid 30 days. Customer is moving to a SIM-only deal elsewhere; no retention offer accepted.",
            "Priority Services Register - new registration\nCustomer: {title_name}\nSupply address: {address}\n"
            "Needs: medically dependent on electricity (home oxygen)\nNominee for bills and calls: {person}, {phone}",
            "LASTING POWER OF ATTORNEY - Property and financial affairs\nSection 1 - The donor\nName: {person}\n"
            "Date of birth: {dob}\nAddress: {address}\nSection 2 - The attorneys: {person} and {person}, "
            "appointed jointly and severally",
            "SUMMER REPORT - YEAR 9\nPupil: {person}\nTutor comment: {first} has grown in confidence this year and was a "
            "reliable member of the debating club. Attendance 96%.\nHead of Year: {title_name}",
            "PRIZE CLAIM FORM (prizes over £50,000)\nClaimant's full name: {person}\nDate of birth: {dob}\n"
            "Identity document: passport, number {passport}\nPay my prize into account: {iban}",
            "CD REGISTER - Morphine sulfate 10mg/5ml oral solution\n{date} | Supplied to: {person}, {address} | "
            "Prescriber: {title_name} | Collected by patient's son, ID checked | Qty 100 ml",
            "Request for proxy access to online GP services\nPatient: {person}    NHS number: {nhs}    Date of birth: {dob}\n"
            "Applicant (daughter): {person}, mobile {phone}\nAccess requested: appointments and repeat prescriptions",
            "{person} has declined this event.\n\nQ2 budget review\n{date} ⋅ 14:00 – 15:00\n"
            "Note: \"Clashes with the school run, sorry - can we do 15:30?\"",
            "Ban appeal #{order}\nReal name: {person}\nIP at time of ban: {ip}\n"
            "Reason given: \"it was my little brother on my account, I swear\"\nDecision: upheld, 7-day ban stands.",
            "2026-03-05 09:41:17 call_id={uuid} ani={phone} ivr_path=billing>cancel_contract queue=retentions "
            "agent=\"{person}\" wrap=SAVED_OFFER",
            '1772702465.118204 [0 lua] "HSET" "session:{sha}" "email" "{email}" "last_ip" "{ip}" "mfa" "0"',
            "$ kafka-console-consumer --topic payments.retry --from-beginning --max-messages 1\n"
            '{"attempt": 3, "cardholder": "{person}", "pan": "{card}", "amount_minor": 4599, "currency": "GBP"}\n'
            "Processed a total of 1 messages",
            "Episode 118 - From market stall to six shops\nThis week I'm joined by {person}, who talks flour prices, "
            "hiring and burnout. Thanks as always to our producer {first}.\nGuest enquiries: {email}",
            "Backer survey - reward: Early Bird hardcover\nShip to: {person}\n{address}\n"
            "Phone (courier only): {phone}\nNotes: please leave in the porch if no answer",
            "LIABILITY RELEASE - Try Dive\nParticipant: {person}    Date of birth: {dob}\nPassport no.: {passport}\n"
            "Emergency contact: {first}, {phone}\nI confirm I have no medical condition listed on the reverse.",
            "Special assistance request (WCHS)\nPassenger: {title_name}\nFlight EZY 8043, {date}\n"
            "Contact number during travel: {phone}\nTravelling companion: {first}",
            "Sure - here's a short text you can send to {first} about the deposit:\n\n"
            "\"Hi there, just a nudge about the £200 deposit for the cottage. My account is {iban} - thanks!\"",
            "<soap:Body>\n  <GetPatientDemographicsResponse>\n    <NHSNumber>{nhs}</NHSNumber>\n"
            "    <Name>{person}</Name>\n    <BirthDate>{dob}</BirthDate>\n    <HospitalNumber>{mrn}</HospitalNumber>\n"
            "  </GetPatientDemographicsResponse>\n</soap:Body>",
            "Comment on cell F17 (refunds tab)\n{first}: this doesn't match the signed form - the customer's IBAN there is "
            "{iban}, not the one above. Re-check before the BACS run?\nReply from {person}: fixed, thanks.",
            "*** SECURE PRINT RELEASED ***\nJob: Q1_forecast_v7.xlsx (14 pages)\nOwner: {person}\n"
            "Classification: {policy}\nReleased at: MFP-3F-East, {time}",
            "Found on the floor of the second-floor kitchen: a USB stick labelled \"{policy}\". {first} handed it to "
            "IT security; please don't plug it in anywhere.",
            "QA report - job 4471 (EN>DE)\nSegment 118: source text contains \"{biased}\"; the client's style guide asks "
            "for a neutral term. Reviewer: {person}",
            "Nice draft! One small thing: calling your uncle's approach \"{biased}\" might land badly with some of "
            "the guests - maybe swap it for something warmer.",
            "1Password import failed on line 12 of the CSV; the raw line was:\n{secret}\n"
            "Skipped. Please recreate the item by hand and rotate the value.",
            "Paste-site monitor hit (keyword: our domain), posted anonymously at {time}:\n{secret}\n"
            "Owner of the service according to the CMDB: {person}",
            "Guest registration card (required by local law)\nGuest: {person}\nNationality: British\n"
            "Passport: {passport}\nArrival: {date}    Room: 214",
            "3DS log: txn={uuid} pan={card} cardholder=\"{person}\" eci=07 result=N reason=\"challenge abandoned\"",
            "Pension transfer request\nMember: {title_name}\n{nid}\nDate of birth: {dob}\n"
            "Receiving scheme: {company} Master Trust",
            "Tax helpline call notes: caller verified with {nid} and date of birth {dob}; new bank details recorded "
            "({iban}). Letter to follow.",
            "POLL CARD - Local elections\n{person}\n{address}\n\n"
            "Your polling station: St Barnabas Church Hall, Cowley Road. Open 7am to 10pm.",
            "Sleep clinic - CPAP download\nPatient: {person}    Hospital no: {mrn}\n"
            "Usage 6h 12m/night average, AHI 3.1\nPlan: continue; review in 12 months with {title_name}.",
            "Dear {title_name},\nIt's time for your bowel cancer screening kit. Your NHS number is {nhs}. "
            "If your address has changed, call the hub on 0800 707 6060.",
            "captive-portal: guest {person} (room 118) accepted terms from {ip} at {time}, plan=free-24h",
            "Unsubscribe confirmed: {email} will no longer receive 'Weekly Deals'. Changed your mind? "
            "You can resubscribe any time from your account.",
            "Mail redirection (12 months) for {person} and household\nFrom: {address}\nTo: {address}\nStarts {date}",
            "{first} - the courier rang twice, left the card through the door. Can you call them back on {phone} "
            "before six?",
            "Remittance for invoice {invoice} sent to {role_email}. Paid by {person} from {iban} on {date}.",
            "Handover from {first}: the staging box still has a hard-coded credential in /etc/app/env, line 3:\n{secret}\n"
            "I've raised {ticket} to move it into the vault.",
            "Board minutes (draft) - {policy}\nPresent: {person} (chair), {person}, {title_name}\nApologies: {first}",
            "Transcript 00:12:40\n{person}: ...and honestly the whole \"{biased}\" thing in the old on-call setup is why we rebuilt it.",
            "Student loan deductions start next payday for {person} ({nid}); plan 2, confirmed by the payroll bureau.",
        ],
        "clean": [
            "CREATE TABLE patients (\n  nhs_number CHAR(10) NOT NULL,\n  date_of_birth DATE,\n  full_name VARCHAR(200),\n"
            "  phone VARCHAR(32)\n);\n-- migration {version}, ticket {ticket}",
            "If you're worried about someone's safety, call 999. For non-urgent police matters call 101; Samaritans "
            "are on 116 123, day or night.",
            "ISIN GB00BP6MXD84 and IE00B4L5Y983 were sold on {date}; settlement via the brokerage firm {company}, "
            "contract note {invoice}.",
            "Great Western Railway: the 07:42 to {city} is formed of the 'Isambard Kingdom Brunel' set today; "
            "coach B has no reserved seating.",
            "Diagnoses coded this month: Bell's palsy, Ménière's disease, Tourette's syndrome and Raynaud's "
            "phenomenon (ICD-10 G51.0, H81.0, F95.2, I73.0).",
            "The Rosalind Franklin Building and the Alan Turing Institute share a loading bay; deliveries for the "
            "supplier {company} after {time} go to Gate 3.",
            "HMS Prince of Wales leaves Portsmouth on {date}; the Spinnaker Tower viewing deck is closed to the "
            "public that morning.",
            "Changelog {version}\n- Validate IBAN check digits before submit (now rejects {badref})\n"
            "- Phone fields accept +44 and 0 prefixes\n- Fix the date-of-birth picker on Safari",
            "Aircraft G-EUPT (A319) swapped for G-EUYA on the {time} rotation; tail numbers corrected in the ops "
            "log, ref {ticket}.",
            "Wine list for the dinner with the law firm {company} on {date}: Château Margaux 2015, Dom Pérignon, Billecart-Salmon "
            "and a Penfolds Grange. Budget {amount} GBP.",
            "wg0: listening on port {port}; peers: 0; routes {cidr4}, {cidr6} installed; config {sha}",
            "Martyn's Law and Clare's Law briefing for venue managers at {city} Town Hall on {date}. Catering firm: "
            "{company}, from 12:30.",
            "Stock count: Granny Smith apples, Earl Grey tea, Jack Daniel's 70cl (lot L{order}), Dr. Martens 1460 "
            "boots size 8 - EAN {ean}.",
            "Our {namecity} office in the Windsor Building moves to hot-desking from {date}; lockers are assigned by "
            "ticket {ticket}.",
            "consumer-group billing-retry: lag 0, last commit {time}, schema {uuid}; secrets hashed with {hashalgo}; "
            "replay of order {order} skipped (already settled).",
            "Return to {brand}: {product}, order {order}, tracking {tracking}. Refund of {amount} EUR expected within "
            "five working days. Manual ISBN {isbn} enclosed.",
        ],
    },
    "de": {
        "pii": [
            "Nachsendeauftrag Privat\nName: {person}\nAlte Anschrift: {address}\nNeue Anschrift: {address}\n"
            "Dauer: 12 Monate ab {date}",
            "Portierungsauftrag\nMitzunehmende Rufnummer: {phone}\nAnschlussinhaber/in: {person}\n"
            "Geburtsdatum (zur Prüfung): {dob}\nAbgebender Anbieter: {company}",
            "Abholberechtigung Kita Sonnenschein, Gruppe Füchse\nKind: {first}\n"
            "Abholberechtigt: {person} (Oma), Tel. {phone}\nAußerdem: {person} (Nachbarin), nur dienstags",
            "Antrag auf Elternzeit\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich Elternzeit für mein Kind {first}, "
            "und zwar für die ersten zwölf Lebensmonate.\n\nMit freundlichen Grüßen\n{person}",
            "Kündigung der Mitgliedschaft\nMitglied: {person}, geb. {dob}\nAnschrift: {address}\n"
            "Hiermit kündige ich fristgerecht zum nächstmöglichen Termin. Bitte stoppen Sie danach die Lastschrift von {iban}.",
            "Webhook-Payload aus dem Shop (Zahlung fehlgeschlagen), von {first} in #zahlungen gepostet:\n"
            '"customer_details": {"name": "{person}", "email": "{email}", "phone": "{phone}"}',
            "Skifreizeit Südtirol – Teilnehmerliste für das Busunternehmen\n1. {person}, geb. {dob}, Reisepass {passport}\n"
            "2. {person}, geb. {dob}, Reisepass {passport}\nBetreuer: {title_name}, mobil {phone}",
            "Tour 3 (Frühdienst)\n07:15 {title_name}, {address} – Insulin, Kompressionsstrümpfe\n"
            "07:50 {title_name}, Schlüsseltresor (Code im Büro) – Angehörige: {phone}",
            "Entlassmanagement – Hilfsmittelverordnung\nPatient: {person}, Fallnummer {mrn}\n"
            "Rollator und Toilettensitzerhöhung; Lieferung bitte an {address}",
            "Familienkasse – Veränderungsmitteilung\nKind: {person}\n{nid}\n"
            "Ausbildung beendet am 31.07.; bitte die Zahlung zum Monatsende einstellen.",
            "Hallo {first},\nich habe für die Steuererklärung deine Daten übernommen: {nid}, Erstattungskonto {iban}. "
            "Bitte kurz prüfen, dann schicke ich alles ab.",
            "Fundbüro der Stadt: Geldbörse abgegeben, darin eine Kreditkarte ({card}) und ein Führerschein auf den "
            "Namen {person}. Abholung nur mit Ausweis.",
            "Die IP-Adresse {ip} war am {date} um {time} laut Auskunft des Providers dem Anschluss von {title_name} "
            "zugeordnet. Über diesen Anschluss wurde ein Filmwerk zum Download angeboten.",
            "Double-Opt-In bestätigt: {email} erhält ab sofort unseren Newsletter. Zeitstempel {date} {time}, IP {ip}.",
            "Rückrufbitte (Pforte): {title_name} möchte Sie wegen der Nebenkostenabrechnung sprechen, "
            "erreichbar unter {phone} ab 16 Uhr.",
            "Aus dem Export des Passwort-Managers (Zeile 12, Import fehlgeschlagen):\n{secret}\n"
            "Bitte Eintrag neu anlegen und den alten Wert rotieren, {first}.",
            "Vernichtungsprotokoll: drei Ordner mit dem Aufdruck „{policy}“ wurden geschreddert. Zeuge: {person}.",
            "Übersetzungs-QS, Segment 57: Im englischen Ausgangstext steht „{biased}“; laut Styleguide des Kunden "
            "neutral formulieren. Bearbeitung: {person}",
            "Dialyseplan KW 11\n{title_name}, geb. {dob}, Pat.-ID {mrn} – Mo/Mi/Fr 06:30, Platz 4\n"
            "{title_name}, geb. {dob}, Pat.-ID {mrn} – Di/Do/Sa 11:00, Platz 7",
            "Sperrmüll-Anmeldung: {person}, {address}, Tel. {phone}. Abholtermin {date}: 1 Sofa, 2 Matratzen, 1 Lattenrost.",
            "Rechnungen bitte ausschließlich als PDF an {role_email}; Ihre Ansprechpartnerin in der Buchhaltung ist "
            "{title_name}.",
            "3DS-Protokoll: Karte {card}, Inhaber „{person}“, Ergebnis: Challenge abgebrochen, Händler {company}",
            "Anhang zum Crashdump (bitte nicht weiterleiten):\n{secret}\nErstellt auf dem Laptop von {person}.",
        ],
        "clean": [
            "CREATE TABLE versicherte (\n  kvnr CHAR(10),\n  geburtsdatum DATE,\n  iban VARCHAR(34)\n);\n"
            "-- Migration {version}, {ticket}",
            "Notruf 112, Polizei 110, ärztlicher Bereitschaftsdienst 116 117 – Aushang im Treppenhaus, Stand {date}.",
            "Die Paulaner-Brauerei und der Augustiner-Keller liefern ab {date} auf die Wiesn; Lieferschein {invoice}.",
            "Morbus Bechterew, Hashimoto-Thyreoiditis und Morbus Basedow: Fortbildung im Paul-Ehrlich-Saal, {date}, {time}.",
            "ISIN DE0007164600 und DE0007236101 am {date} verkauft; Abrechnung über die Firma {company}, Betrag {amount} EUR.",
            "Bauabschnitt Konrad-Adenauer-Ufer: Sperrung ab {date}, Umleitung über die Theodor-Heuss-Brücke; "
            "Bauherr: Firma {company}.",
            "Flugzeug D-AIMA ersetzt am {date} die D-AIXC; Umlauf und Crewplanung unter {ticket}.",
            "Änderungsprotokoll {version}:\n- IBAN-Prüfziffern werden vor dem Absenden geprüft (lehnt {badref} ab)\n"
            "- Feld Geburtsdatum akzeptiert TT.MM.JJJJ",
            "Einkaufsliste Büroküche: Meister Proper, Rotkäppchen Sekt, Tempo, Haribo (Charge L{order}) – EAN {ean}.",
            "Städtereise nach {namecity}: vier Nächte ab {date}, Reiseveranstalter: Firma {company}; Reiseführer ISBN {isbn}.",
            "wg0: Peer entfernt, Port {port}, Routen {cidr4} und {cidr6}; Konfiguration {sha}, Passwort-Hash {hashalgo}.",
        ],
    },
    "fr": {
        "pii": [
            "PROCURATION – élections municipales\nMandant : {person}, né(e) le {dob}\nMandataire : {person}\n"
            "Valable pour le scrutin du {date}.",
            "ATTESTATION D'HÉBERGEMENT\nJe soussigné(e) {person}, demeurant {address}, certifie héberger à mon "
            "domicile {person}, né(e) le {dob}, depuis le 1er mars.",
            "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : {title_name}\nIBAN : {iban}\nBIC : BNPAFRPPXXX\n"
            "Domiciliation : agence Lyon Part-Dieu",
            "Tiers payant refusé : l'assuré {person}, {nid}, n'est pas reconnu par la mutuelle {company} ; "
            "le patient règle et sera remboursé.",
            "Objet : résiliation de mon abonnement box\nTitulaire : {title_name}\nLigne fixe : {phone}\n"
            "Merci de prendre acte de ma demande ; le RIO a été communiqué au nouvel opérateur.",
            "ATTESTATION D'INSCRIPTION – formation continue\nLe centre certifie que {person}, né(e) le {dob}, est "
            "inscrit(e) à la formation « Comptabilité et paie » du 2 mars au 26 juin.",
            "Fiche sanitaire de liaison\nEnfant : {first}\nResponsable légal : {person}, tél. {phone}\n"
            "Allergies : arachides\nMédecin traitant : {title_name}",
            "Votre dossier CAF : changement de situation déclaré par {person}. Nouveau RIB pris en compte : {iban}.",
            "Déclaration de main courante\nDéclarant : {person}, demeurant {address}\n"
            "Faits : nuisances sonores répétées après 23 h en provenance du logement du dessus.",
            "Payload du webhook (paiement refusé) collé par {first} dans #paiements :\n"
            '{"name": "{person}", "email": "{email}", "card": "{card}", "status": "declined"}',
            "Extrait du journal de CI (job deploy-prod), à purger :\n{secret}\nMerci de faire tourner la clé, {first}.",
            "Clé USB trouvée en salle Molière, étiquette : « {policy} ». Remise au RSSI par {first}.",
            "Relecture de la traduction EN>FR, segment 212 : le texte source contient « {biased} » ; à neutraliser "
            "selon la charte du client. Relecteur : {person}",
            "Recommandation Arcom : l'adresse IP {ip} a été utilisée le {date} à {time} pour partager une œuvre "
            "protégée. Abonné concerné : {title_name}.",
            "Étiquette patient – Hôpital Édouard-Herriot\n{person}\nNé(e) le {dob}\nIPP {mrn}",
            "Liste des participants – voyage scolaire à Londres\n{person} – passeport {passport}\n"
            "{person} – passeport {passport}\nAccompagnateur : {title_name}, {phone}",
            "Confirmation de désinscription : l'adresse {email} ne recevra plus nos offres promotionnelles.",
            "Encombrants : rendez-vous pris pour {person}, {address}, le {date}. Joignable au {phone}.",
            "Déclaration de perte de carte Vitale – assuré(e) : {person}, né(e) le {dob}, {nid}.",
            "Opposition enregistrée : carte {card}, titulaire {title_name}, motif : vol dans le métro.",
            "SMS envoyé au client : « Bonjour {first}, votre technicien arrive entre 14 h et 16 h. En cas "
            "d'empêchement, appelez-le directement au {phone}. »",
            "Dossier patient {mrn} : {title_name} a reçu la deuxième dose ; prochain rendez-vous envoyé à {email}.",
            "Pour toute question sur votre facture : {role_email}. Votre conseillère attitrée reste {title_name}.",
            "Sous-titres, 00:14:02 – {person} : « franchement, l'ancienne archi avec son \"{biased}\", on a tout refait »",
        ],
        "clean": [
            "Numéros utiles : SAMU 15, pompiers 18, urgences européennes 112 ; affiché dans le hall, mis à jour le {date}.",
            "ISIN FR0000120271 et FR0000131104 cédés le {date} ; règlement via la société {company}, montant {amount} EUR.",
            "Travaux avenue Jean-Jaurès et boulevard Gambetta : déviation par le pont Georges-Pompidou à partir du {date}.",
            "Maladie de Charcot, syndrome de Gilles de la Tourette et maladie de Lyme : conférence à l'amphithéâtre "
            "Marie-Curie, le {date} à {time}.",
            "Le porte-avions Charles de Gaulle appareille de Toulon le {date} ; le musée de la Marine reste ouvert.",
            "CREATE TABLE assures (\n  nir CHAR(15),\n  date_naissance DATE,\n  iban VARCHAR(34)\n);\n"
            "-- migration {version} ({ticket})",
            "Le prix Goncourt et le prix Renaudot seront remis le {date} chez Drouant ; accréditations presse auprès "
            "de l'agence {company} (service presse).",
            "Inventaire : Saint-Nectaire, Mère Poulard, Bonne Maman, Ricard (lot L{order}) – EAN {ean}.",
            "Journal des modifications {version} : la clé de l'IBAN est vérifiée avant envoi ({badref} est refusé) ; "
            "date de naissance au format JJ/MM/AAAA.",
            "Vol AF 1480 assuré par le F-HPJA au lieu du F-GZCP ; créneau {time}, dossier {ticket}.",
            "Week-end à {namecity} : trois nuits à partir du {date}, agence de voyages {company}, colis {tracking}.",
        ],
    },
    "es": {
        "pii": [
            "VOLANTE DE EMPADRONAMIENTO\n{title_name}, con {nid}, figura inscrito/a en el Padrón Municipal en el "
            "domicilio {address}.",
            "Solicitud de portabilidad\nNúmero a portar: {phone}\nTitular: {person}\n{nid}\nOperador donante: {company}",
            "PODER ESPECIAL que otorga {person}, mayor de edad, con domicilio en {address}, a favor de {person}, para "
            "que en su nombre venda el vehículo descrito en el anexo.",
            "Inscripción San Silvestre\nCorredor/a: {person}\nFecha de nacimiento: {dob}\n"
            "Teléfono de emergencia: {phone}\nTalla de camiseta: M",
            "Solicitud de plaza – Escuela Infantil Municipal\nNiño/a: {first} (aula de 2 años)\n"
            "Madre/padre/tutor: {person}, {phone}\nCorreo: {email}",
            "Cita confirmada en el centro de salud: {title_name}, n.º de historia clínica {mrn}, consulta 12, "
            "{date} a las {time}.",
            "CONTRATO DE ARRAS PENITENCIALES\nDe una parte, {person}, {nid}, como parte vendedora; y de otra, "
            "{person}, {nid}, como parte compradora.",
            "¡Hola {first}! Te confirmo la casa rural del 14 al 16. Para la señal, transfiere 150 € a {iban} y "
            "mándame la foto del justificante por WhatsApp al {phone}. Un saludo",
            "Lista de embarque – excursión a Tánger\n{person}, pasaporte {passport}\n{person}, pasaporte {passport}\n"
            "Guía responsable: {title_name}",
            "Requerimiento judicial: identificar al titular de la IP {ip} el {date} a las {time}. "
            "Resultado: línea contratada por {title_name}.",
            "ITV: cita para el vehículo de {person} el {date} a las {time}; justificante enviado a {email}.",
            "Fragmento del log del job de despliegue (hay que borrarlo):\n{secret}\nAvisad a {first} para rotar la credencial.",
            "Etiqueta del pendrive encontrado en la sala Goya: «{policy}». Lo entregó {first} en seguridad.",
            "Control de calidad de la traducción EN>ES, segmento 88: el original dice «{biased}»; la guía de estilo "
            "del cliente pide un término neutro. Revisora: {person}.",
            "Bloqueo de tarjeta registrado: {card}, titular {title_name}, motivo: robo en el metro.",
            "Hoja de enfermería – traslado a planta: {person}, n.º de historia {mrn}, fecha de nacimiento {dob}, viene de Urgencias.",
            "Parte de avería (fontanería): cliente {title_name}, {address}; el portero abre a partir de las 9. "
            "Tel. {phone}.",
            "[Vecinos Portal 3] {first}: el del 2.º B ha vuelto a dejar la bici en el rellano\n"
            "[Vecinos Portal 3] {person}: mi número nuevo es {phone}, por si hace falta",
            "Denuncia por extravío: {person}, {nid}, nacido/a el {dob}, declara haber perdido la cartera con la tarjeta {card}.",
            "Alta de proveedor: persona de contacto {person} ({email}); conexión al portal desde {ip}; facturas a "
            "{role_email}.",
            "Seguro de viaje – asegurado: {person}, fecha de nacimiento {dob}, pasaporte {passport}, destino: Tailandia.",
            "Captura del .bash_history del servidor compartido (línea 212):\n{secret}\nSesión abierta por {first} desde {ip}.",
        ],
        "clean": [
            "Teléfonos de emergencia: 112, Guardia Civil 062 y 016 para violencia de género (no deja rastro en la factura).",
            "ISIN ES0113900J37 y ES0148396007 vendidos el {date}; liquidación a través de la sociedad {company} por {amount} €.",
            "Cortes en la avenida de Blasco Ibáñez y la calle de Colón por la mascletà; desvíos desde el {date}.",
            "Jornada sobre la enfermedad de Parkinson, el síndrome de Asperger y el mal de Chagas: aula Severo Ochoa, "
            "{date}, {time}.",
            "CREATE TABLE pacientes (\n  nhc VARCHAR(12),\n  fecha_nacimiento DATE,\n  dni CHAR(9)\n);\n"
            "-- migración {version} ({ticket})",
            "Inventario del bar: Chupa Chups, Cola Cao, Anís del Mono (lote L{order}), Marqués de Riscal 2019 – EAN {ean}.",
            "El avión EC-MXV sustituye al EC-NJM en el vuelo de las {time}; incidencia {ticket}.",
            "Registro de cambios {version}: se valida el dígito de control del IBAN antes de enviar ({badref} se "
            "rechaza); fecha de nacimiento en formato dd/mm/aaaa.",
            "El Teatro Real y el Museo Reina Sofía abren el {date}; entradas a través de la empresa {company} (venta online).",
            "wg0: puerto {port}, rutas {cidr4} y {cidr6}; configuración {sha} aplicada por el pipeline.",
            "Escapada a {namecity}: tres noches desde el {date}; pedido {order}, factura {invoice}.",
        ],
    },
    "nl": {
        "pii": [
            "VOLMACHT – verkiezing gemeenteraad\nKiezer (volmachtgever): {person}, {address}\nGemachtigde: {person}\n"
            "Handtekening volmachtgever: ______",
            "Nummerbehoud aangevraagd\nMee te nemen nummer: {phone}\nAbonnementhouder: {person}\nOverstapdatum: {date}",
            "Ophaallijst BSO De Vlinder\nKind: {first} (groep 4)\nMag opgehaald worden door: {person} (oma), "
            "tel. {phone}",
            "Geboorteaangifte – aangever: {person}, geboren {dob}; voornaam kind: {first}. Het BSN van het kind volgt per post.",
            "Overstapformulier zorgverzekering\nVerzekerde: {title_name}\n{nid}\nGeboortedatum: {dob}\n"
            "Premie incasseren van rekening {iban}",
            "Gezondheidsverklaring CBR – aanvrager {person}, geboren {dob}; keuring door {title_name} op {date}.",
            "Route ochtenddienst wijkverpleging\n07:30 {title_name}, {address} – insuline en steunkousen\n"
            "08:10 {title_name}, sleutelkluis (code via kantoor) – contactpersoon dochter {phone}",
            "Hospiteeravond kamer Oudegracht\n1. {first}, 22, studeert bouwkunde – {phone}\n"
            "2. {first}, 24, werkt bij een start-up – {email}\nReacties vóór vrijdag.",
            "Labformulier – {person}, patiëntnummer {mrn}, geboren {dob}; nuchter bloed afnemen.",
            "Klacht auteursrechtinbreuk: IP-adres {ip} op {date} om {time}; abonnee volgens onze administratie: "
            "{title_name}.",
            "Uit de logs van de CI-pipeline (job deploy-acc), moet nog gewist worden:\n{secret}\n"
            "{first}, kun je de sleutel vervangen?",
            "Sticker op de gevonden USB-stick in vergaderzaal Escher: '{policy}'. Afgegeven bij de beveiliging door {first}.",
            "QA-rapport vertaling EN>NL, segment 41: de brontekst bevat '{biased}'; volgens de stijlgids van de klant "
            "neutraal vertalen. Reviewer: {person}.",
            "Pas geblokkeerd na diefstal: {card}, kaarthouder {title_name}. De nieuwe pas komt binnen vijf werkdagen.",
            "Je aanmelding voor de nieuwsbrief is bevestigd: {email}. Afmelden kan onderaan elke mail.",
            "Grofvuil ophalen: {person}, {address}, op {date}. Bij vragen bellen naar {phone}.",
            "Check-in groepsreis: {person}, paspoortnummer {passport}, geldig tot 2031; deelt de kamer met {first}.",
            "Huurtoeslag – wijziging doorgegeven door {person}, {nid}; nieuwe huur per 1 juli.",
            "Mutualiteit: attest ontvangen voor {title_name}, {nid}, terugbetaling op {iban}.",
            "SMS aan klant: 'Beste {first}, de monteur komt morgen tussen 8 en 12 uur. Verhinderd? Bel hem direct "
            "op {phone}.'",
            "Webhook-payload van de webshop (betaling mislukt), geplakt in #betalingen:\n"
            '{"naam": "{person}", "email": "{email}", "kaart": "{card}", "ip": "{ip}"}',
            "Boekingsoverzicht vakantiepark: {person}, paspoort {passport}; nota's naar {role_email}.",
            "OCR van de foto van het whiteboard in zaal 2.14:\n{secret}\nGefotografeerd door {person}, graag direct roteren.",
        ],
        "clean": [
            "Alarmnummer 112; politie zonder spoed 0900-8844. Hangt bij de lift, bijgewerkt op {date}.",
            "ISIN NL0010273215 en NL0011821202 verkocht op {date}; afwikkeling via het bedrijf {company}, bedrag {amount} EUR.",
            "Wegwerkzaamheden op de Jan van Galenstraat en de Wibautstraat; omleiding via de Piet Heintunnel vanaf {date}.",
            "Symposium over de ziekte van Huntington, het syndroom van Down en de ziekte van Crohn in de Boerhaavezaal, "
            "{date} om {time}.",
            "CREATE TABLE verzekerden (\n  bsn CHAR(9),\n  geboortedatum DATE,\n  iban VARCHAR(34)\n);\n"
            "-- migratie {version} ({ticket})",
            "Voorraad: Verkade, Tony's Chocolonely, Droste cacao, Van Nelle koffie (partij L{order}) – EAN {ean}.",
            "Toestel PH-BXA vervangt PH-BHD op de vlucht van {time}; melding {ticket}.",
            "Wijzigingslog {version}: het IBAN-controlegetal wordt vóór verzending gecontroleerd ({badref} wordt "
            "geweigerd); geboortedatumveld accepteert dd-mm-jjjj.",
            "De Zr.Ms. Karel Doorman vaart op {date} uit vanuit Den Helder; het Marinemuseum blijft open.",
            "wg0: poort {port}, routes {cidr4} en {cidr6}; configuratie {sha} uitgerold door de pipeline.",
            "Stedentrip naar {namecity}: drie nachten vanaf {date} bij reisorganisatie {company}; reisgids ISBN {isbn}.",
        ],
    },
}

# --------------------------------------------------------------------------------------- LAST
LAST: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "# m h  dom mon dow   command\nMAILTO={email}\n30 2 * * 1 /opt/backup/run.sh --notify {role_email}",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 3 17:02:44 2026 +0000\n\n    Fix rounding in VAT export\n\n"
            "    Signed-off-by: {person} <{email}>",
            "INVITE sip:4471@pbx.example.net SIP/2.0\nVia: SIP/2.0/UDP {ip}:5060;branch=z9hG4bK776asdhds\n"
            "From: \"{person}\" <sip:mobile@sbc.example.net>;tag=1928301774\nX-Original-Caller: {phone}\nCSeq: 314159 INVITE",
            "Registrant Name: {person}\nRegistrant Street: {address}\nRegistrant Phone: {phone}\n"
            "Registrant Email: {email}\nName Server: ns1.example-dns.net",
            "It is with great sadness that we announce the death of {person}, peacefully at home on {date}. "
            "Much loved by {first} and the whole family. Donations in lieu of flowers to the hospice.",
            "RSVP\nName(s): {person} + 1 ({first})\nDietary requirements: vegetarian, no nuts\n"
            "Song that will get you on the dance floor: Mr Brightside",
            "Recall SMS sent to {first} on {phone} at {time}: \"It's been 6 months since your last check-up. "
            "Reply YES to book. Reply STOP to opt out.\" Delivered.",
            "PENALTY CHARGE NOTICE\nVehicle registered keeper: {person}\n{address}\nContravention: parked in a "
            "restricted street during prescribed hours.\nKeeper's daytime phone (from appeal): {phone}",
            "Jury Summons\nTo: {title_name}\n{address}\nYou are required to attend for jury service on {date}. "
            "Our records give your date of birth as {dob}; if you are over 76 you may be excused.",
            "Dear {title_name},\nthank you for donating on {date}. Your donor number is on your card; our records show "
            "your date of birth as {dob}. If this is wrong, call us on {phone}.",
            "LAB REPORT\nPatient: {person}   DOB: {dob}   Hospital no.: {mrn}\nHbA1c 48 mmol/mol (H)\n"
            "Requested by: {title_name}",
            "X-ray request - chest PA\nPatient name: {person}\nNHS No: {nhs}\nClinical details: persistent cough 6/52, ex-smoker."
            "\nReferrer: {title_name}, bleep 2214",
            "To whom it may concern,\n\nI have known {person} for four years as their line manager. They are "
            "punctual, thorough and kind to colleagues. I recommend them without reservation.\n\n{title_name}",
            "throwaway account for obvious reasons. my landlord ({person}) keeps entering the flat without notice. "
            "he even texted me from {phone} at 11pm. what are my rights?? (UK, England)",
            "Hello, is the bike still available? I can collect Saturday. My name is {first}, number is {phone}. "
            "Can pay cash or bank transfer.",
            "> tests/test_export.py::test_payroll_csv FAILED\nE   AssertionError: assert 'Name,IBAN' in ...\n"
            "E     row 3: '{person},{iban}'",
            "[FIRING:1] DiskFull prod-db-02\nsummary: / is 97% full\nOn call this week: {person} ({phone})\n"
            "Escalation: {first}",
            "Hi {first},\n\nYour booking is confirmed.\n30 Minute Meeting with {person}\n{time}, {date}\n"
            "Invitee email: {email}\nNeed to make changes? Reschedule or cancel.",
            "Voicemail transcript (0:41): \"Hi it's {first} from the lettings agency, calling about {address}, "
            "the inventory's ready, ring me back on {phone}, cheers.\"",
            "Passport application - countersignatory\nApplicant: {person}\nOld passport number: {passport}\n"
            "I confirm I have known the applicant for at least 2 years. Signed: {title_name}",
            "I can't verify identity numbers for you, but I'd strongly suggest removing the one you pasted "
            "({nid}) from this chat and from the shared spreadsheet.",
            "Ref: deposit dispute\nTenant: {person}\nLandlord: {title_name}\nReturn deposit to: {iban}\n"
            "Amount in dispute: £475 (carpet cleaning)",
            "Gym membership freeze request\nMember: {person}\nCard on file: {card}\nReason: knee surgery, 8 weeks.",
            "Thanks for staying with us, {first}! Door code for Friday is 4471#. If anything's wrong, message me or "
            "call {phone}. - {first} (your host)",
            "Backers (tier: Founding Friend)\n1. {person}\n2. {person}\n3. {person} - asked to be credited as '{first}'",
            "pasted from the incident channel (rotate ASAP):\n```\n{secret}\n```",
            "docs/onboarding.md\n  14:22  warning  `{biased}` may be insensitive, use a neutral term instead\n"
            "  31:5   warning  `{biased}` may be insensitive",
            "Classification: {policy}\nDistribution: board members only\nPrepared by {person} for the {date} meeting.",
            "Access review: {email} still has admin on the billing console, last login {date} from {ip}. "
            "Token found in their shell history: {secret}",
            "minutes - residents' association\npresent: {first}, {first}, {title_name} (chair)\n"
            "1. {person} raised the broken lift again; council ref pending.",
            "TAXI RECEIPT\nDriver: {first}\nPickup: {address}\nCard: {card}\n(old terminal - prints the full card number, reported to the operator)",
            "From: {person}\n\nhi, {role_email} is not me - please use my own address {email} for the refund, thanks",
            "Hi all, quick one: {first} is off sick today, cover for her 2pm is {person}. {policy} - pls don't "
            "forward the rota outside the team.",
            "whoever left the note saying the new process is \"{biased}\": fair, but please raise it with {first} instead.",
            "Support chat export\n[10:02] Customer: hi, my account is locked\n[10:03] {first} (agent): can you confirm the ID "
            "on file?\n[10:03] Customer: {nid}\n[10:05] Agent: thanks, unlocked. Last login was from {ip}.",
            "Discharge summary\nRe: {person}, DOB {dob}, NHS number {nhs}, hospital number {mrn}\n\nDear {title_name},\n"
            "your patient was admitted with community-acquired pneumonia and treated with IV antibiotics.",
            "Subject access request\nI, {person}, ask for a copy of all records you hold about me. Hospital number: {mrn}. "
            "Date of birth: {dob}. Please reply to {email}.",
            "Advance Passenger Information\nSurname, given names: {person}\nPassport no: {passport}\nDate of birth: {dob}\n"
            "Nationality: GBR",
            "Chargeback notification\nCard: {card}\nCardholder: {title_name}\nReason code 10.4 - Other Fraud - Card-absent "
            "environment\nOrder placed from {ip}",
            "hi, please cancel the direct debit from {iban} from next month, I've moved provider. thanks, {first}",
            "GitHub found a secret in a commit pushed by {person}\nLocation: config/settings.py, line 12\n{secret}\n"
            "Revoke it now; removing it from history is not enough.",
            "@{first} can you put the {policy} footer on the deck before it goes to the bank? ta",
            "{ip} - - [03/Mar/2026:10:14:55 +0000] \"POST /account/delete HTTP/2.0\" 302 0 \"-\" \"Mozilla/5.0\" user={email}",
            "Payslip - March 2026\nEmployee: {person}\n{nid}\nTax code 1257L\nNet pay 2,184.33 paid to {iban}",
            "nit: can we avoid '{biased}' in the error message? {first} flagged the same thing last sprint.",
            "Hi, it's {first} - the surgery asked me to text over Mum's NHS number, it's {nhs}. Her GP there is {title_name}.",
            "Right to work check\nName: {person}\n{nid}\nChecked by {first} (HR) on {date}, copy kept on file.",
        ],
        "clean": [
            "# m h  dom mon dow   command\n0 4 * * 0 /usr/local/bin/rotate-logs --keep 14\nMAILTO=\"\"",
            "[FIRING:1] HighLatency checkout-api\nsummary: p99 above 800ms since {time}\nrunbook: {ticket}",
            "Storm Kathleen brought gusts of 80mph to Galway; services on the Elizabeth line and the Victoria line "
            "were suspended until {time}.",
            "Research day: Alzheimer's disease, Parkinson's disease and Hodgkin lymphoma talks in the "
            "Florence Nightingale Theatre, {date}.",
            "Flight BA117 to Boston departs from gate B42 at {time}; the Queen Mary 2 docks in Southampton on {date}.",
            "Reading list: 'Hamlet', 'Jane Eyre', 'David Copperfield' (ISBN {isbn}); collect from room G.14 on Friday.",
            "Lot {order} of {product} recalled by {brand}; affected serial numbers start with SN-{order}.",
            "Nominations for the Turing Award and the Nobel Prize in Physics close on {date}; see {ticket}.",
            "Murphy's law applied: the Hubble mirror, the Doppler radar and Kaplan-Meier plots all broke on the same Monday.",
            "Shipment from {company} via {namecity} hub: tracking {tracking}, invoice {invoice}, {amount} GBP.",
            "Release {version} ({sha}) pins {hashalgo} for passwords; listener on port {port}; allowlist {cidr4}, {cidr6}.",
            "Baker Street, Abbey Road and Lord's are all closed this weekend for engineering works - use {namecity} Road instead.",
            "Validation test: {badref} fails the checksum and is rejected by the form, as expected.",
            "Stock take, Wednesday 14 May: EAN {ean} x 24, EAN {ean} x 6; request id {uuid}.",
            "The {company} account manager will present the {product} renewal in the Lincoln room at {time}.",
        ],
    },
    "de": {
        "pii": [
            "Traueranzeige\nIn stiller Trauer nehmen wir Abschied von\n{person}\n* {dob}   † {date}\nDie Beisetzung findet im "
            "engsten Familienkreis statt. Kondolenzpost bitte an {address}.",
            "Hallo, ist das Sofa noch da? Würde Samstag mit Transporter kommen. VB 80 €? LG {first}\n{phone}",
            "Anmeldung VHS-Kurs „Spanisch A1“\nTeilnehmer/in: {person}, geb. {dob}\nRechnung an: {person}\n"
            "E-Mail: {email}\nKursbeginn: 01.08.",
            "Guten Tag {title_name},\nwir haben Ihren Einspruch gegen den Bußgeldbescheid erhalten. Ihre Anschrift laut "
            "Halterabfrage: {address}. Rückfragen bitte per Mail an {email}.",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Mon Mar 2 09:14:07 2026 +0100\n\n"
            "    Kontoauszug-Import: Umlaute im Verwendungszweck",
            "Notfallliste Klassenfahrt 7b\nKontakt 1: {first} – {phone}\nKontakt 2: {person} – {phone}\nAllergien: keine",
            "Sprachnachricht (Transkript): „Ja hallo, hier ist {first}, ich steh unten vor der Tür in der {address}, "
            "machst du mal auf?“",
            "Antrag auf Erteilung eines Aufenthaltstitels\nName, Vorname: {person}\nReisepass-Nr.: {passport}\n"
            "Geburtsdatum: {dob}",
            "Aufnahmeantrag TSV\nName: {person}\nAnschrift: {address}\nSEPA-Lastschriftmandat für IBAN {iban}",
            "Protokoll Eigentümerversammlung\nAnwesend: {title_name}, {title_name}, {person} (Hausverwaltung)\n"
            "TOP 3: Wasserschaden in der Wohnung von {first} im 2. OG.",
            "Lohnsteuerbescheinigung 2025\nArbeitnehmer: {person}\n{nid}\nAnschrift: {address}",
            "Moin, die Zugangsdaten für Staging (bitte nicht in Confluence!):\n{secret}\nFragen an {first}.",
            "Einstufung: {policy}\nVerfasser: {person}, Stand {date}",
            "Laborbefund\nPatient: {person}, geb. {dob}\nFallnummer: {mrn}\nCRP 34 mg/l (↑)",
            "Review-Kommentar von {first}: bitte \"{biased}\" im README ersetzen, das geht so nicht mehr.",
            "Freischaltung im VPN beantragt von {person} für {ip}, Begründung: Homeoffice.",
            "Ihre Kreditkarte {card} wurde aus Sicherheitsgründen gesperrt, {title_name}. Die Ersatzkarte geht an die "
            "hinterlegte Adresse.",
            "Hi {first}, Rechnungen bitte an {role_email}, nicht an mich – privat bin ich unter {email} erreichbar.",
            "Fundbüro: Geldbörse mit Ausweis von {person} ({address}), abgegeben am Schalter 3.",
            "Vorschlagsliste Schöffenwahl 2026\n{person}, geb. {dob}, Kauffrau\n{person}, geb. {dob}, Schreiner",
            "Rückrufbitte: {title_name} (Patientennummer {mrn}) unter {phone}, am besten nach 16 Uhr.",
            "Elterngeldantrag, Abschnitt 2\nName des anderen Elternteils: {person}\n{nid}\nTelefon: {phone}",
            "WG-Casting: Hey, ich bin {first}, 24, studiere in Leipzig. Meine Nummer ist {phone}, schreib gerne per WhatsApp!",
            "Meldeschein\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nReisepass-Nr.: {passport}\n"
            "Mitreisende: {first}",
            "GitGuardian: In Commit {sha} von {person} wurde ein Geheimnis gefunden:\n{secret}",
            "{ip} - - [03/Mar/2026:10:14:55 +0100] \"GET /konto/daten HTTP/1.1\" 200 5120 benutzer={email}",
            "Betreff: [{policy}] Zahlen Q1\n\nHallo {first}, bitte nicht an die Agentur weiterleiten. Gruß {first}",
            "Rückbuchung: Karte {card}, Karteninhaber {title_name}, Grund: unbekannte Zahlung, Bestellung von {ip}",
        ],
        "clean": [
            "Sturmtief Zeynep: Die Deutsche Bahn stellt den Fernverkehr zwischen Hamburg und {city} bis {time} ein.",
            "Vortragsreihe zu Morbus Crohn, Alzheimer und Parkinson im Hörsaal des Robert Koch-Instituts, {date}.",
            "ICE 1007 nach München fährt heute von Gleis 12; Wagen 23 fällt aus.",
            "Die Max-Planck-Gesellschaft vergibt den Leibniz-Preis am {date} in der Humboldt-Universität.",
            "Charge {order} des {product} wird von {brand} zurückgerufen; betroffen sind Seriennummern ab SN-{order}.",
            "Bestellung bei {company}: Rechnung {invoice}, {amount} EUR, Sendungsnummer {tracking}.",
            "Release {version}: Passwort-Hashing {hashalgo}, Port {port}, Freigabe {cidr4} und {cidr6}.",
            "Testfall Prüfziffer: {badref} ist ungültig und wird vom Formular abgelehnt.",
            "Treffpunkt Goethestraße, Haus B, Raum 2.14, Donnerstag {time}; Vorgang {uuid}.",
            "Buchtipp: „Die Buddenbrooks“, ISBN {isbn}; Ausleihe bis Ende August.",
        ],
    },
    "fr": {
        "pii": [
            "Avis de décès\nNous avons la tristesse de vous faire part du décès de {person}, survenu le {date} "
            "dans sa 87e année. Condoléances : {address}.",
            "Bonjour, le vélo est toujours dispo ? Je peux passer samedi matin, paiement en espèces. {first} – {phone}",
            "Inscription à la médiathèque\nAbonné(e) : {person}, né(e) le {dob}\nPersonne à prévenir : {person}\n"
            "Courriel : {email}",
            "Compte rendu de l'AG de copropriété\nPrésents : {title_name}, {title_name}, {person} (syndic)\n"
            "Résolution 3 : dégât des eaux chez {first}, 2e étage.",
            "Bonjour {title_name},\nnous avons bien reçu votre contestation. L'avis a été envoyé à l'adresse suivante : {address}. "
            "Vous nous avez indiqué le {phone} comme numéro de rappel.",
            "Demande de titre de séjour\nNom et prénom : {person}\nN° de passeport : {passport}\nDate de naissance : {dob}",
            "Résultats d'analyses\nPatient(e) : {person}, né(e) le {dob}\nN° de dossier : {mrn}\nCRP 34 mg/l",
            "Attestation employeur destinée à France Travail\nSalarié : {person}\n{nid}\nDomicile : {address}",
            "Message vocal (transcription) : « Oui bonjour c'est {first}, je suis en bas au {address}, tu m'ouvres ? »",
            "commit {sha}\nAuthor: {person} <{email}>\n\n    Correction des accents dans l'export comptable",
            "Bulletin d'adhésion – club de tennis\nNom : {person}\nMandat de prélèvement SEPA : {iban}\nCertificat médical : oui",
            "Accès préprod (ne pas diffuser) :\n{secret}\nQuestions à {first}.",
            "Mention : {policy}\nRédigé par {person}, version du {date}",
            "Relecture de {first} : remplacer « {biased} » dans la doc, merci.",
            "Ouverture du VPN demandée par {person} pour {ip} (télétravail).",
            "Votre carte {card} a été mise en opposition, {title_name}. Une nouvelle carte vous sera envoyée.",
            "Salut {first}, la facture doit partir à {role_email}, pas à moi ; mon adresse perso c'est {email}.",
            "Objet trouvé : portefeuille au nom de {person}, déposé à l'accueil de la mairie.",
            "Sortie scolaire CM2 – contacts d'urgence\nContact 1 : {first}, {phone}\nContact 2 : {person}, {phone}",
            "Merci de rappeler {title_name} (n° de dossier {mrn}) au {phone}.",
            "nom_complet;date_naissance;courriel\n{person};{dob};{email}",
            "Lydia de {first} : « le resto de samedi 😋 », 23,50 €. Compte associé : {iban}",
            "Fiche individuelle de police (hôtel)\nNom : {person}\nNé(e) le : {dob}\nPasseport n° : {passport}",
            "Alerte GitGuardian : secret détecté dans {sha} (auteur {person}) :\n{secret}",
            "Contestation de paiement – carte {card}, titulaire {title_name}, motif : achat non reconnu. IP de la commande : {ip}",
            "Objet : [{policy}] chiffres T1\n\nBonjour {first}, merci de ne pas transférer à l'agence. {first}",
        ],
        "clean": [
            "Tempête Ciarán : la SNCF interrompt les TGV entre Paris et {city} jusqu'à {time}.",
            "Colloque : maladie de Crohn, maladie d'Alzheimer et syndrome de Down – amphithéâtre de l'Institut Pasteur, {date}.",
            "Le prix Goncourt et le prix Renaudot seront remis le {date} au restaurant Drouant.",
            "Le lot {order} de {product} est rappelé par {brand} ; numéros de série à partir de SN-{order}.",
            "Commande chez {company} : facture {invoice}, {amount} EUR, colis {tracking}.",
            "Version {version} : hachage {hashalgo}, port {port}, autoriser {cidr4} et {cidr6}.",
            "Rendez-vous avenue Victor-Hugo, bâtiment C, salle 2.14, jeudi à {time} ; référence {uuid}.",
            "Le vol AF1234 pour {namecity} part de la porte K32 ; le Charles-de-Gaulle rentre à Toulon le {date}.",
            "Cas de test (clé de contrôle) : {badref} est invalide et rejeté par le formulaire.",
            "Lecture : « Les Misérables », ISBN {isbn}, à rendre fin mars.",
        ],
    },
    "es": {
        "pii": [
            "Esquela\nFalleció en {city} el día {date}, a los 84 años, {person}. Sus hijos {first} y {first} lo "
            "comunican a familiares y amigos.",
            "Hola, ¿sigue disponible la bici? Puedo pasar el sábado. Soy {first}, mi número {phone}",
            "Alta en el centro de salud\nNombre: {person}, fecha de nacimiento {dob}\nPersona de contacto: {person}\n"
            "Correo: {email}",
            "Acta de la junta de propietarios\nAsistentes: {title_name}, {title_name}, {person} (administrador de fincas)\n"
            "Punto 3: filtración de agua en la vivienda de {first}.",
            "Estimado/a {title_name}:\nhemos recibido sus alegaciones. La notificación se envió a {address}. "
            "Teléfono de contacto facilitado: {phone}.",
            "Solicitud de autorización de residencia\nNombre y apellidos: {person}\nN.º de pasaporte: {passport}\n"
            "Fecha de nacimiento: {dob}",
            "Resultados de laboratorio\nPaciente: {person}, fecha de nacimiento {dob}\nNHC: {mrn}\nPCR 34 mg/l",
            "Certificado de empresa para el SEPE\nTrabajador/a: {person}\n{nid}\nDomicilio: {address}",
            "Audio (transcrito): «Hola, soy {first}, estoy abajo en {address}, ¿me abres?»",
            "commit {sha}\nAuthor: {person} <{email}>\n\n    Arreglar tildes en la exportación contable",
            "Alta en el club de pádel\nNombre: {person}\nDomiciliación bancaria: {iban}",
            "Acceso a preproducción (no compartir):\n{secret}\nDudas a {first}.",
            "Clasificación: {policy}\nElaborado por {person}, {date}",
            "Revisión de {first}: cambia «{biased}» en la documentación, porfa.",
            "Acceso VPN solicitado por {person} para {ip} (teletrabajo).",
            "Su tarjeta {card} ha sido bloqueada, {title_name}. Recibirá una nueva en su domicilio.",
            "Hola {first}, la factura va a {role_email}, no a mí; mi correo es {email}.",
            "Objetos perdidos: cartera con el DNI de {person}, entregada en conserjería.",
            "Excursión 5.º B – contactos de emergencia\nContacto 1: {first}, {phone}\nContacto 2: {person}, {phone}",
            "Paciente {title_name} (NHC {mrn}) pide que le llamen al {phone}.",
            "nombre;teléfono;fecha_nacimiento\n{person};{phone};{dob}",
            "Bizum recibido de {person}: 15,00 € «cena cumple {first} 🎂»",
            "Parte de entrada de viajeros\nNombre: {person}\nFecha de nacimiento: {dob}\nPasaporte: {passport}",
            "Aviso de GitGuardian: secreto detectado en {sha} (autor {person}):\n{secret}",
            "Contracargo – tarjeta {card}, titular {title_name}, motivo: compra no reconocida. IP del pedido: {ip}",
            "Asunto: [{policy}] cifras T1\n\nHola {first}, no lo reenvíes a la agencia, porfa. {first}",
        ],
        "clean": [
            "Borrasca Filomena: Renfe suspende los AVE entre Madrid y {city} hasta las {time}.",
            "Jornada sobre enfermedad de Crohn, alzhéimer y síndrome de Down en el aula Ramón y Cajal, {date}.",
            "El Premio Cervantes y el Premio Princesa de Asturias se entregan el {date}.",
            "El lote {order} de {product} ha sido retirado por {brand}; números de serie desde SN-{order}.",
            "Pedido a {company}: factura {invoice}, {amount} EUR, envío {tracking}.",
            "Versión {version}: hash {hashalgo}, puerto {port}, permitir {cidr4} y {cidr6}.",
            "Reunión en la calle Cervantes, edificio B, sala 2.14, el jueves a las {time}; referencia {uuid}.",
            "El vuelo IB3166 a {namecity} sale de la puerta J45; el Juan Sebastián de Elcano atraca el {date}.",
            "Caso de prueba (dígito de control): {badref} no es válido y el formulario lo rechaza.",
            "Lectura: «Don Quijote de la Mancha», ISBN {isbn}, devolver en abril.",
        ],
    },
    "nl": {
        "pii": [
            "Overlijdensbericht\nBedroefd maar dankbaar voor wat hij voor ons betekende, delen wij u mee dat "
            "{person} op {date} is overleden. Correspondentieadres: {address}.",
            "Hoi, is de fiets nog beschikbaar? Ik kan zaterdag langskomen. Groet, {first} ({phone})",
            "Inschrijving huisartsenpraktijk\nNaam: {person}, geboren {dob}\nContactpersoon: {person}\nE-mail: {email}",
            "Notulen ALV van de VvE\nAanwezig: {title_name}, {title_name}, {person} (beheerder)\n"
            "Punt 3: waterschade bij {first} op de tweede verdieping.",
            "Geachte {title_name},\nwij hebben uw bezwaar ontvangen. De beschikking is verstuurd naar {address}. "
            "U gaf {phone} op als terugbelnummer.",
            "Aanvraag verblijfsvergunning\nNaam: {person}\nPaspoortnummer: {passport}\nGeboortedatum: {dob}",
            "Labuitslag\nPatiënt: {person}, geb. {dob}\nPatiëntnummer: {mrn}\nCRP 34 mg/l",
            "Werkgeversverklaring hypotheek\nWerknemer: {person}\n{nid}\nWoonadres: {address}",
            "Spraakbericht (uitgeschreven): \"Hoi, met {first}, ik sta beneden op {address}, doe je even open?\"",
            "commit {sha}\nAuthor: {person} <{email}>\n\n    Trema's in de boekhoudexport gerepareerd",
            "Inschrijving hockeyclub\nNaam: {person}\nMachtiging doorlopende incasso: {iban}",
            "Toegang acceptatieomgeving (niet delen):\n{secret}\nVragen naar {first}.",
            "Rubricering: {policy}\nOpgesteld door {person}, {date}",
            "Review van {first}: vervang \"{biased}\" in de README aub.",
            "VPN-toegang aangevraagd door {person} voor {ip} (thuiswerken).",
            "Uw creditcard {card} is geblokkeerd, {title_name}. U ontvangt binnen vijf werkdagen een nieuwe kaart.",
            "Hoi {first}, de factuur moet naar {role_email}, niet naar mij; mijn adres is {email}.",
            "Gevonden voorwerp: portemonnee met rijbewijs van {person}, afgegeven bij de balie.",
            "Schoolreisje groep 7 – noodnummers\nContact 1: {first}, {phone}\nContact 2: {person}, {phone}",
            "{title_name} (patiëntnummer {mrn}) vraagt om teruggebeld te worden op {phone}.",
            "naam;geboortedatum;telefoon\n{person};{dob};{phone}",
            "Tikkie van {first}: \"pizza vrijdag 🍕\" € 12,50 – wordt overgemaakt naar {iban}",
            "Nachtregister hotel\nNaam: {person}\nGeboortedatum: {dob}\nPaspoortnummer: {passport}",
            "GitGuardian-melding: secret gevonden in {sha} (auteur {person}):\n{secret}",
            "Chargeback – kaart {card}, houder {title_name}, reden: onbekende aankoop. IP van de bestelling: {ip}",
            "Onderwerp: [{policy}] cijfers Q1\n\nHoi {first}, niet doorsturen naar het bureau graag. {first}",
        ],
        "clean": [
            "Storm Eunice: NS rijdt geen treinen tussen Amsterdam en {city} tot {time}.",
            "Lezing over de ziekte van Lyme, de ziekte van Alzheimer en het syndroom van Down in de Erasmuszaal, {date}.",
            "De Libris Literatuur Prijs en de AKO-prijs worden uitgereikt op {date}.",
            "Partij {order} van {product} is teruggeroepen door {brand}; serienummers vanaf SN-{order}.",
            "Bestelling bij {company}: factuur {invoice}, {amount} EUR, zending {tracking}.",
            "Versie {version}: hashing {hashalgo}, poort {port}, sta {cidr4} en {cidr6} toe.",
            "Afspraak in de Rembrandtstraat, gebouw B, zaal 2.14, donderdag om {time}; kenmerk {uuid}.",
            "Vlucht KL1001 naar {namecity} vertrekt van gate D7; de Johan de Witt ligt in Den Helder.",
            "Testgeval controlecijfer: {badref} is ongeldig en wordt geweigerd.",
            "Leesvoer: \"Max Havelaar\", ISBN {isbn}, terugbrengen eind mei.",
        ],
    },
}

# --------------------------------------------------------------------------------------- PROBE
PROBE: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Here's the cleaned-up attendee list as a table:\n\n| # | Name | Email | Mobile |\n|---|------|-------|--------|\n"
            "| 1 | {person} | {email} | {phone} |\n| 2 | {person} | {email} | {phone} |\n\nI removed the duplicate row for {first}.",
            "customer_id,full_name,date_of_birth,address\n{order},\"{person}\",{dob},\"{address}\"\n"
            "{order},\"{person}\",{dob},\"{address}\"",
            "{\n  \"id\": \"{uuid}\",\n  \"name\": \"{person}\",\n  \"email\": \"{email}\",\n  \"phone\": \"{phone}\",\n"
            "  \"last_seen_ip\": \"{ip}\",\n  \"marketing_opt_in\": false\n}",
            "2026-03-11 09:14:07,512 ERROR payments.webhook: charge failed for customer={email} card={card} amount=49.00\n"
            "Traceback (most recent call last):\n  File \"/srv/app/payments/webhook.py\", line 88, in handle\n"
            "    raise CardDeclined(code=\"do_not_honor\")",
            "Based on the lease you uploaded, the tenant is {person} and the landlord is {title_name}. The property is "
            "{address}, and rent is paid monthly into {iban}. The break clause can be used after month six.",
            "hey its {first}, new number! save this one: {phone}. the old one got nicked with my bag x",
            "Kind regards,\n\n{person}\nSenior Paralegal | {company}\nD: {phone}\nE: {email}\n\n"
            "If you received this email in error, please let the sender know and delete it.",
            "Transcript - weekly standup\n{first}: I'm still blocked on the SSO migration.\n{first}: OK, can "
            "{title_name} from security help?\n{first}: I'll ping him after this. Also I'm off on Friday.",
            "New starter form\nLegal name: {person}\nPreferred name: {first}\nDate of birth: {dob}\nHome address: {address}\n"
            "{nid}\nSalary paid to: {iban}\nStart date: {date}",
            "Dear {title_name},\nYou have been booked into the dermatology clinic on {date} at 10:40. Please bring this "
            "letter with you.\nNHS number: {nhs}\nHospital number: {mrn}\nIf you cannot attend, please phone {phone}.",
            "PNR K7XQ2M\nPAX 1  {person}  DOB {dob}  PPT {passport}\nPAX 2  {person}  DOB {dob}  PPT {passport}\n"
            "CTC  {email} / {phone}",
            "# tests/fixtures/users.py\nADMIN = User(\n    name=\"{person}\",\n    email=\"{email}\",\n    phone=\"{phone}\",\n)\n"
            "# TODO: this is a real customer, swap for generated data",
            "INSERT INTO patients (mrn, full_name, dob, gp) VALUES ('{mrn}', '{person}', '{dob}', '{title_name}');",
            "[{time}] <{first}> anyone know why {email} keeps getting the password reset mails?\n"
            "[{time}] <{first}> they're still on the old tenant, I'll move them",
            "Hi, I renewed my passport last month so the number on my profile is out of date. Old one was {passport}, "
            "new one is {passport}. Full name as on the passport: {person}. Thanks!",
            "Payment sent\nTo: {person}\nIBAN: {iban}\nReference: rent March\nAmount: £950.00\nFrom: Current account ending 4417",
            "Prescription ready for collection\nPatient: {title_name}\nDOB: {dob}\nItems: 2 (amoxicillin 500mg, paracetamol)\n"
            "Please bring photo ID to the counter.",
            "Identity check for account opening\nName: {person}\nDate of birth: {dob}\nDocument: {nid}\nResult: match (score 0.97)",
            "From: {person} <{email}>\nTo: {email}\nCc: {role_email}\nSubject: Re: invoice {invoice}\n\n"
            "Hi {first}, attached is the corrected invoice. Sorry for the mix-up.",
            "Mar 11 04:12:55 bastion-1 sshd[21877]: Failed password for invalid user admin from {ip} port 52114 ssh2\n"
            "Mar 11 04:12:58 bastion-1 sshd[21877]: Accepted publickey for deploy from {ip} port 52131 ssh2",
            "Can you tell me why this won't connect? This is what I've got in the settings file:\n\n{secret}\n\n"
            "and it times out after 30 seconds.",
            "Subject: FW: headcount plan [{policy}]\n\n{first}, see below - the numbers for {title_name}'s team are still a draft.",
            "Changelog 4.2.0\n- Renamed the `{biased}` option; the old name keeps working until 5.0.\n- Thanks to {first} for the report.",
            "LOST DOG in Hackney!! Brown staffie, answers to Biscuit. If found please call {first} on {phone} or bring "
            "him to {address}. Reward offered.",
            "Permission slip - Year 9 trip to the Science Museum\nPupil's name: {person}\nDate of birth: {dob}\n"
            "Parent/carer: {title_name}\nEmergency contact number: {phone}\nAllergies: none",
            "Rental agreement RA-{order}\nMain driver: {person}\nPassport: {passport}\nAddress: {address}\nDeposit card: {card}",
            "Thank you so much for the lovely vase, {first} and {first}! It was so good to see you both at the wedding. "
            "Love, {first} & {first} x",
            "I can help you draft the complaint. I've left out the card number you shared ({card}): you don't need it "
            "for a first letter, the order reference is enough.",
            "audit.log: 2026-02-04T22:41:09Z user={email} action=export_contacts rows=1843 src_ip={ip} ua=\"python-requests/2.31\"",
            "$ kubectl get secret app-db -o yaml (decoded for you):\n{secret}\n\nIf this is the production credential, "
            "rotate it: it is now in this conversation.",
            "Call notes {date} {time}\nCaller: {title_name}, calling on behalf of her father, {person}.\n"
            "Verified with DOB {dob} and postcode. Callback on {phone}.\nAction: send the form to {email}.",
            "Student: {person} (ID {order})\nSupervisor: {title_name}\nThesis: Optimal transport on graphs\n"
            "Term-time address: {address}",
            "INVOICE {invoice}\nFrom: {person}, {address}\nTo: {company}\n\nDesign work, 12 hours at £45 = £540.00\n\n"
            "Please pay by bank transfer to {iban} within 14 days.",
            "Reminder from {first}: anything marked {policy} stays on the internal drive. The style guide also says to stop "
            "using \"{biased}\" in the docs.",
            "Repeat prescription request received for {person} (NHS number {nhs}). It will be ready in 48 hours at your "
            "nominated pharmacy.",
            "update: the scammer's account was in the name {person}, payment went to {iban}. reported to Action Fraud, "
            "ref NFRC{order}",
            "OCR output (page 1 of 2):\nSURNAME / Nom\n{person}\nDate of birth / Date de naissance\n{dob}\n"
            "Passport No. / No. du passeport\n{passport}",
            "Outpatient summary\nName: {person}   MRN: {mrn}\nSeen by {title_name} on {date}.\n{nid}\n"
            "Plan: bloods in 3 months, GP to review blood pressure.",
        ],
        "clean": [
            "Platform 9 at King's Cross for the {time} service to Edinburgh; change at Newcastle for the Metro.",
            "Build #{order} failed: test_checkout[{version}] expected status 200, got 503 (request {uuid}).",
            "The Nelson Mandela Bridge and the Lincoln Memorial are on this week's quiz sheet; answers due {date}.",
            "Invoice {invoice} from {company}: 3 x {product}, total {amount} USD, due {date}. Tracking {tracking}.",
            "server:\n  listen: 0.0.0.0:{port}\n  trusted_proxies:\n    - {cidr4}\n    - {cidr6}\n  password_hash: {hashalgo}\n"
            "  build: {sha}",
            "Macro #14: \"Hi there, thanks for reaching out to {company}! Your case number is {ticket}. We'll reply within "
            "2 business days.\"",
            "ISBN {isbn}. Darwin, C. On the Origin of Species. Penguin Classics. Shelf 576.8 DAR.",
            "| SKU | EAN | Qty |\n|---|---|---|\n| {order} | {ean} | 12 |\n| {order} | {ean} | 3 |",
            "Rejected value {badref}: checksum mismatch (QA fixture, not a real account).",
            "Flooding closed the FDR Drive until {time}; the George Washington Bridge and the Lincoln Tunnel stayed open.",
            "{sha} (tag: v{version}) release: bump {hashalgo} rounds\n{sha} ci: pin runner image\n{sha} fix: retry on port {port} timeouts",
            "Your {brand} {product} order {order} has shipped with tracking number {tracking}. Questions? Just reply to this message.",
            "Ward 7B in the Edith Cavell wing is closed for deep cleaning until {date}; outpatients please use the Mandela entrance.",
            "The {company} shareholder meeting takes place at the Queen Elizabeth II Centre on {date} at {time}.",
            "Kernel {version}: CVE-2024-1086 fixed; reboot every host in {cidr4} before {date}.",
            "Most popular baby names in England and Wales last year: Muhammad, Noah and Oliver; Olivia, Amelia and Isla.",
            "Stock alert: {product} (EAN {ean}) below threshold at the {namecity} warehouse; reorder PO {invoice}.",
        ],
    },
    "de": {
        "pii": [
            "Hallo {first},\n\nanbei die Unterlagen für die Besichtigung. Der Vermieter, {title_name}, ist unter {phone} "
            "erreichbar. Die Wohnung liegt in {address}.\n\nLG {first}",
            "LEBENSLAUF\n\nPersönliche Daten\n{person}\ngeboren am {dob} in Dresden\n{address}\nMobil: {phone} · {email}\n\n"
            "Berufserfahrung\nseit 2021  Sachbearbeiterin Buchhaltung",
            "Entgeltabrechnung Februar\nPersonalnr. {order}\n{person}\n{address}\n{nid}\nSteuerklasse I, Kirchensteuer: rk\n"
            "Auszahlung auf {iban}",
            "wir berichten über {title_name}, geb. {dob}, Fall-Nr. {mrn}, die sich vom {date} bis heute in unserer "
            "stationären Behandlung befand.",
            "{person}\n{address}\n\n{company}\nKundenservice\n\nKündigung Vertrag Nr. {order}\n\nSehr geehrte Damen und Herren,\n"
            "hiermit kündige ich fristgerecht zum {date}. Bitte bestätigen Sie die Kündigung an {email}.",
            "[{time}] {first}: Wer holt die Kinder am Freitag ab?\n[{time}] {first}: Ich kann, bin aber erst um 16 Uhr da\n"
            "[{time}] {first}: Passt, ruf mich kurz an: {phone}",
            "Ihr Paket konnte nicht zugestellt werden. Empfänger: {person}, {address}. Es liegt ab morgen in der Filiale "
            "zur Abholung bereit. Sendungsnummer {tracking}.",
            "Unfallbericht\nFahrer A: {person}, geb. {dob}\nAnschrift: {address}\nVersicherung: {company}, Vers.-Nr. {order}\n"
            "Fahrer B: {title_name}, Tel. {phone}",
            "Personalien laut Reisepass\nName: {person}\nPassnummer: {passport}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: DEUTSCH",
            "# deploy/values-prod.yaml\ndatabase:\n  host: {ip}\n  # TODO ins Vault verschieben!\n{secret}",
            "Kundin: kann ich auch so zahlen? Karte {card}, gültig bis 08/27\nAgent ({first}): Bitte keine Kartendaten im Chat "
            "senden, ich schicke Ihnen einen Zahlungslink an {email}.",
            "Review-Kommentar von {first}: Im Glossar steht noch \"{biased}\", bitte durch einen neutralen Begriff ersetzen.",
            "Betreff: [{policy}] Umstrukturierung Vertrieb\n\nHallo {title_name},\nbitte die Liste nicht weitergeben. "
            "Betroffen sind u. a. {person} und {person}.",
            "{ip} - - [12/Feb/2026:07:31:02 +0100] \"GET /kundenkonto/rechnungen HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0\" kunde={email}",
            "Moin, suche Nachmieter für meine 2-Zimmer-Wohnung in {address}, frei ab {date}. Bei Interesse bei {first} "
            "melden: {phone}",
            "Sehr geehrte Frau Klassenlehrerin,\nunser Kind {first} konnte am {date} wegen Fieber nicht am Unterricht "
            "teilnehmen.\n\nMit freundlichen Grüßen\n{title_name}",
            "SEPA-Überweisung\nEmpfänger: {person}\nIBAN: {iban}\nBIC: COBADEFFXXX\nVerwendungszweck: Miete März Whg. 3. OG links\n"
            "Betrag: 820,00 EUR",
            "Ticket {ticket} – Adressänderung\nKunde: {title_name}\nAlte Anschrift: {address}\nNeue Anschrift: {address}\n"
            "Rückrufnummer: {phone}",
            "Erinnerung: Ihre Auffrischimpfung ist fällig.\nPatient: {person}, geb. {dob}, Patienten-ID {mrn}.\n"
            "Termine online oder unter {phone}.",
            "kunden = [\n    {\"name\": \"{person}\", \"iban\": \"{iban}\"},\n    {\"name\": \"{person}\", \"iban\": \"{iban}\"},\n"
            "]  # Testdaten aus Prod kopiert – bitte ersetzen",
            "Received: from [{ip}] by mx01.example.de with ESMTPSA\nFrom: {person} <{email}>\nBetreff: Re: Angebot {invoice}",
            "Anmeldung Familienzulage\nArbeitnehmerin: {person}\n{nid}\nKind: {first}, geboren {dob}",
            "Kannst du mir sagen, warum das Skript nicht durchläuft? In Zeile 3 steht das hier:\n{secret}\n"
            "Fehlermeldung: Connection refused",
            "Zusammenfassung des Telefonats: {title_name} ruft wegen der Nebenkostenabrechnung an, wohnt seit 2019 in "
            "{address}. Rückruf erbeten unter {phone}, gern auch per Mail an {email}.",
            "Nr.\tName\tGeburtstag\tTelefon\n1\t{person}\t{dob}\t{phone}\n2\t{person}\t{dob}\t{phone}",
        ],
        "clean": [
            "Wegen Bauarbeiten hält die Straßenbahn nicht am Konrad-Adenauer-Platz; Ersatzverkehr ab {time}.",
            "Rechnung {invoice} von {company}: Betrag {amount} EUR, fällig am {date}, Sendung {tracking}.",
            "Die Friedrich-Ebert-Stiftung lädt am {date} zur Podiumsdiskussion ins Willy-Brandt-Haus ein.",
            "Artikel {ean}, {product}, Bestand 0 im Lager {city}; Nachbestellung {order} ist unterwegs.",
            "[server]\nport = {port}\nallow = {cidr4}, {cidr6}\npasswort_hash = {hashalgo}\n# Build {sha}",
            "Den Georg-Büchner-Preis vergibt die Deutsche Akademie für Sprache und Dichtung, nicht das Goethe-Institut.",
            "Prüfung fehlgeschlagen: {badref} hat eine ungültige Prüfziffer (Testfall aus dem QS-Katalog).",
            "Release {version} ({sha}): Fehlerbehebung im Export, siehe {ticket}. Request-ID {uuid}.",
            "Das Albrecht-Dürer-Haus ist ab {date} wieder geöffnet, letzter Einlass {time}.",
            "Parkinson-Sprechstunde im Robert-Koch-Bau, Raum 2.107, am {date}; Anmeldung über die Ambulanz.",
            "Lieferschein zu Bestellung {order}: 2x {product} von {brand}, dazu das Handbuch (ISBN {isbn}).",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {title_name},\n\nJe vous confirme votre rendez-vous du {date} à 14h30 au cabinet. Merci d'apporter votre "
            "carte Vitale.\nEn cas d'empêchement, appelez le {phone}.\n\nCordialement,\nLe secrétariat",
            "Attestation d'hébergement\n\nJe soussigné(e) {person}, né(e) le {dob}, demeurant {address}, atteste sur l'honneur "
            "héberger {person} à mon domicile depuis le {date}.",
            "Fiche patient\nNom : {person}\nDate de naissance : {dob}\nN° de dossier : {mrn}\n{nid}\nMédecin traitant : {title_name}",
            "Salut {first} ! Le dîner de samedi c'est chez moi, {address}. Sonne à l'interphone 3B. Mon portable au cas où : {phone}",
            "RIB\nTitulaire du compte : {title_name}\nIBAN : {iban}\nBIC : BNPAFRPPXXX\nDomiciliation : {city}",
            "Bonjour, votre canapé est toujours dispo ? Je peux passer ce soir vers 19h. {first}, {phone}",
            "[{time}] WARN auth: 5 tentatives échouées pour {email} depuis {ip}, compte verrouillé 15 min",
            "De : {person} <{email}>\nÀ : {role_email}\nObjet : Facture {invoice} en double\n\nBonjour, j'ai été débité deux "
            "fois sur ma carte {card}. Pouvez-vous me rembourser ?",
            "Voici le résumé de l'appel : {title_name} souhaite résilier son abonnement à compter du {date}. Le remboursement "
            "est à verser sur {iban}, avec une confirmation à {email}.",
            "Demande de visa – informations du voyageur\nNom et prénom : {person}\nN° de passeport : {passport}\n"
            "Date de naissance : {dob}\nAdresse en France : {address}",
            "Je n'arrive pas à me connecter à la base depuis mon script, voici ma config (je n'ai rien masqué, désolé) :\n\n"
            "{secret}\n\nErreur : FATAL: password authentication failed",
            "Objet : [{policy}] Plan social – liste provisoire\n\n{first}, merci de ne pas transférer. Les entretiens avec "
            "{title_name} et {person} sont prévus la semaine prochaine.",
            "Relecture de la doc : le terme « {biased} » apparaît encore dans la section 4, {first} propose de le remplacer.",
            "Bénévoles – brocante du {date}\n- {person} : buvette, {phone}\n- {person} : installation, {phone}\n- {first} : caisse",
            "Dossier mutuelle incomplet.\nAssuré : {person}\nIdentifiant transmis : {nid}\nPièce manquante : RIB",
            "Déclaration de changement d'adresse – commune d'Ixelles\nNom : {person}\n{nid}\nNouvelle adresse : {address}\n"
            "Tél. : {phone}",
            "const client = {\n  nom: '{person}',\n  courriel: '{email}',\n  ip: '{ip}',\n};\n// à supprimer avant la démo",
            "Votre chauffeur {first} arrive dans 4 min à bord d'une Peugeot 308 grise. Suivez la course : "
            "https://ride.example/t/{order}",
            "Opposition carte enregistrée\nCarte n° {card}\nTitulaire : {person}\nMotif : vol\nDate : {date} {time}",
            "Joyeux anniversaire {first} ! 🎂 (d'après le fichier RH : {dob}, mais on ne dira rien) Bises de toute l'équipe",
            "Déclaration de sinistre n° {order}\nAssuré : {title_name}\nAdresse du sinistre : {address}\n"
            "Dégât des eaux constaté le {date}\nJoignable au {phone} ou à {email}",
            "2026-02-14T08:01:44Z INFO login ok user={email} ip={ip} mfa=totp",
            "Compte rendu de consultation\nPatient(e) : {person}, né(e) le {dob}\nIPP : {mrn}\nMotif : lombalgie. "
            "Arrêt de travail de 5 jours.",
            "Bonjour {first}, voici mes coordonnées pour le contrat : {person}, {address}, {nid}. Merci !",
        ],
        "clean": [
            "Travaux sur la ligne 1 : les stations Charles de Gaulle – Étoile et Franklin D. Roosevelt sont fermées le {date}.",
            "Facture {invoice} – {company} – montant {amount} € TTC – colis {tracking}.",
            "Le prix Goncourt et le prix Renaudot seront annoncés chez Drouant le {date} vers {time}.",
            "Hôpital Georges-Pompidou : la consultation mémoire déménage au bâtiment B, porte 3, à partir du {date}.",
            "Configuration : port {port}, réseaux autorisés {cidr4} et {cidr6}, hachage {hashalgo}, version {version}.",
            "Commande {order} : 2 × {product} ({brand}), EAN {ean}, livraison à l'entrepôt de {city}.",
            "Test de validation : la valeur {badref} est refusée, la clé de contrôle ne correspond pas.",
            "Déploiement {sha} sur le cluster de {city} : OK ({uuid}), ticket {ticket}.",
            "Le porte-avions Charles-de-Gaulle a quitté Toulon le {date} ; retour prévu au printemps.",
            "Bibliothèque : « Les Misérables » de Victor Hugo, ISBN {isbn}, à rendre avant le {date}.",
            "Réunion salle Marie-Curie, bâtiment Pasteur, à {time} ; ordre du jour : budget {company}.",
        ],
    },
    "es": {
        "pii": [
            "Hola {first}, te paso los datos del casero para lo del piso: {title_name}, {phone}. La dirección es {address}. "
            "Un abrazo!",
            "CONTRATO DE ARRENDAMIENTO\n\nDe una parte, {person}, mayor de edad, con {nid} y domicilio en {address}, en "
            "calidad de arrendador.",
            "Informe de alta\nPaciente: {person}\nFecha de nacimiento: {dob}\nN.º de historia clínica: {mrn}\n"
            "Diagnóstico principal: apendicitis aguda intervenida.",
            "[{time}] {first}: chicos, la cena del viernes al final en mi casa\n[{time}] {first}: pásame la ubi\n"
            "[{time}] {first}: {address}, 3º B",
            "{date} {time} ERROR pago rechazado tarjeta={card} cliente={email} ip={ip}",
            "Transferencia realizada\nBeneficiario: {person}\nIBAN: {iban}\nConcepto: alquiler marzo\nImporte: 650,00 €",
            "Estimado/a {title_name}:\n\nLe recordamos que su cita para renovar el pasaporte es el {date}. Debe traer el "
            "pasaporte anterior ({passport}) y una fotografía reciente.\n\nAtentamente,",
            "Recordatorio: {first}, tiene cita en su centro de salud el {date} a las 10:20. Para anularla llame al {phone}.",
            "Solicitud de empadronamiento\nNombre y apellidos: {person}\n{nid}\nFecha de nacimiento: {dob}\nDomicilio: {address}\n"
            "Teléfono: {phone}\nCorreo electrónico: {email}",
            "# TODO: quitar antes de subir\nDB_HOST = \"{ip}\"\n{secret}",
            "Asunto: [{policy}] Resultados del tercer trimestre\n\n{first}, no reenvíes esto fuera del comité, por favor.",
            "Comentario de revisión: en el manual todavía aparece «{biased}»; {first} dice que hay que cambiarlo antes de publicar.",
            "Hola! Sigue disponible la bici? Te la compro por 120. Soy {first}, mi móvil es {phone}",
            "NÓMINA – febrero\nTrabajador: {person}\n{nid}\nLíquido a percibir: 1.642,18 €\nIngreso en cuenta: {iban}",
            "Agente ({first}): Para verificar su identidad, ¿me indica su fecha de nacimiento?\nCliente: {dob}\n"
            "Agente: Gracias, {title_name}. Veo un cargo en la tarjeta {card} del {date}.",
            "| Nombre | Email | Teléfono |\n|---|---|---|\n| {person} | {email} | {phone} |\n| {person} | {email} | {phone} |",
            "De: {person} <{email}>\nPara: {role_email}\nAsunto: Factura {invoice}\n\nBuenos días, adjunto la factura corregida. "
            "Un saludo, {first}",
            "Parte amistoso de accidente\nConductor A: {person}, {nid}\nDomicilio: {address}\nAseguradora: {company}, póliza {order}",
            "{ip} - - [21/Feb/2026:11:02:10 +0100] \"POST /mi-cuenta/login HTTP/1.1\" 401 312 \"-\" \"okhttp/4.12\"",
            "¿Por qué me da error de autenticación? Tengo esto en el .env:\n{secret}\ny el servidor responde 403.",
            "He encontrado tres clientes duplicados con el mismo correo ({email}): {person}, {person} y {first} (sin apellidos). "
            "Te sugiero fusionarlos.",
            "Confirmo asistencia: {person} y acompañante. Alergias: marisco. Para cualquier cosa, {phone}.",
            "Hospital Universitario – Citación\nPaciente: {title_name}\nN.º historia: {mrn}\nFecha de nacimiento: {dob}\n"
            "Servicio: Cardiología, consulta 12, {date}",
            "Datos del pasajero para el check-in\nApellidos y nombre: {person}\nPasaporte: {passport}\nCaduca: 2031\n"
            "Teléfono de contacto: {phone}",
        ],
        "clean": [
            "Corte de tráfico en el Paseo de la Castellana a la altura del Santiago Bernabéu desde las {time} por el partido.",
            "Factura {invoice} de {company}: importe {amount} €, vencimiento {date}, envío {tracking}.",
            "El Premio Cervantes se entrega en el Paraninfo de la Universidad de Alcalá el {date}.",
            "Hospital Gregorio Marañón: la consulta de memoria pasa a la planta 3, ala B, desde el {date}.",
            "Configuración: puerto {port}, redes permitidas {cidr4} y {cidr6}, algoritmo {hashalgo}, versión {version}.",
            "Pedido {order}: 4 × {product} de {brand}, EAN {ean}; entrega en el almacén de {city}.",
            "Prueba de validación: {badref} no supera el dígito de control y se rechaza.",
            "Despliegue {sha} completado ({uuid}); incidencia {ticket} cerrada.",
            "El buque escuela Juan Sebastián de Elcano zarpa de Cádiz el {date}.",
            "Biblioteca: «Cien años de soledad» de Gabriel García Márquez, ISBN {isbn}, devolver antes del {date}.",
            "Estación Madrid Atocha – Almudena Grandes: los trenes a {namecity} salen de la vía 8 a las {time}.",
        ],
    },
    "nl": {
        "pii": [
            "Hoi {first}, de sleutel ligt bij de buren op {address}. Bel me als er iets is: {phone}. Groetjes, {first}",
            "Geachte {title_name},\n\nHierbij bevestigen wij uw afspraak op {date} om 09:15 bij de polikliniek Dermatologie. "
            "Neem uw legitimatiebewijs en uw patiëntnummer ({mrn}) mee.",
            "Huurovereenkomst woonruimte\nHuurder: {person}, geboren op {dob}\n{nid}\nAdres gehuurde: {address}\n"
            "Huur per maand: € 1.150,00, te voldoen op {iban}",
            "Hallo, is de kinderwagen nog beschikbaar? Ik kan morgen ophalen. Groet, {first} ({phone})",
            "{time} WARN  login mislukt voor {email} vanaf {ip} (poging 3/5)",
            "{first} vraagt je €12,50 te betalen voor 'pizza vrijdag'. Betaal aan {person}, {iban}.",
            "Van: {person} <{email}>\nAan: {role_email}\nOnderwerp: dubbele afschrijving\n\nBeste klantenservice, er is twee "
            "keer afgeschreven van mijn creditcard {card}. Graag terugstorten.",
            "[{time}] {first}: wie neemt er morgen de taart mee?\n[{time}] {first}: ik! ben om half 3 bij {title_name} thuis",
            "Inschrijving sportvereniging\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nTelefoon: {phone}\n"
            "Contributie via automatische incasso van {iban}",
            "Gegevens reiziger (zoals in paspoort)\nAchternaam en voornamen: {person}\nDocumentnummer: {passport}\n"
            "Geboortedatum: {dob}\nNationaliteit: NLD",
            "kun je even kijken waarom de deploy faalt? dit staat in config/prod.env:\n{secret}\nfoutmelding: access denied",
            "Notulen MT-overleg ({policy})\nAanwezig: {first}, {first}, {title_name}\n1. Vacature teamleider: {person} trekt zich terug.",
            "Feedback op de vacaturetekst van {first}: het woord \"{biased}\" graag schrappen, dat schrikt kandidaten af.",
            "{\"klant\": {\"naam\": \"{person}\", \"email\": \"{email}\", \"telefoon\": \"{phone}\"}, \"laatste_ip\": \"{ip}\"}",
            "Herhaalrecept aangevraagd voor {person} (geb. {dob}). Ophalen bij de apotheek vanaf {date}. Vragen? Bel de "
            "assistente op {phone}.",
            "Attest van woonst\nDe burgemeester verklaart dat {person}, {nid}, ingeschreven is op het adres {address} sinds {date}.",
            "Gespreksverslag klantcontact\nKlant: {title_name}\nVerificatie: geboortedatum {dob} en postcode ok\n"
            "Vraag: nieuwe pinpas, oude kaart {card} geblokkeerd\nTerugbellen op: {phone}",
            "Ik heb de bijlage gelezen. De verkoper is {person}, woonachtig aan {address}; de koopsom gaat naar rekening {iban}.",
            "relatienummer;naam;iban;email\n{order};{person};{iban};{email}\n{order};{person};{iban};{email}",
            "Curriculum vitae\n{person}\n{address}\n{phone} | {email}\nGeboren: {dob}\nRijbewijs B",
            "Verwijsbrief\nPatiënt: {title_name}, {dob}\nPatiëntnummer ziekenhuis: {mrn}\nReden verwijzing: aanhoudende klachten "
            "linkerknie.",
            "Uw pakket is bezorgd bij de buren. Ontvanger: {person}, {address}. Track & trace: {tracking}.",
            "sshd[1902]: Accepted password for beheerder from {ip} port 51220 ssh2\n"
            "sudo: beheerder : TTY=pts/0 ; PWD=/home/beheerder ; COMMAND=/usr/bin/cat /etc/shadow",
            "Lieve {first}, dank je wel voor de mooie bloemen! Tot snel, {first} en {first}",
            "Loonstrook januari\nWerknemer: {person}\n{nid}\nNetto: € 2.318,40\nUitbetaald op {iban}",
        ],
        "clean": [
            "Werkzaamheden aan het spoor: tussen {city} en Amersfoort Schothorst rijden bussen, vertrek vanaf het Stationsplein om {time}.",
            "Herinnering: factuur {invoice} ({company}) staat nog open, bedrag € {amount}, betaaltermijn verlopen op {date}.",
            "Het Anne Frank Huis is op {date} gesloten; het Rijksmuseum en het Van Gogh Museum zijn gewoon open.",
            "Configuratie: poort {port}, toegestane netwerken {cidr4} en {cidr6}, hash {hashalgo}, build {version}.",
            "Order {order}: 3 × {product} ({brand}), EAN {ean}, levering aan distributiecentrum {city}.",
            "Validatie: {badref} doorstaat de controle niet en wordt afgewezen.",
            "Deploy {sha} naar productie geslaagd; request-id {uuid}, zie {ticket}.",
            "Het Erasmus MC opent op {date} een nieuwe polikliniek voor de ziekte van Parkinson, ingang Zuid.",
            "De Johan Cruijff ArenA is op {date} vanaf {time} bereikbaar via station Bijlmer ArenA.",
            "Leesclub: 'De avonden' van Gerard Reve, ISBN {isbn}, uitleentermijn tot {date}.",
            "Vergadering in de Thorbeckezaal om {time}; agenda: jaarrekening {company}.",
        ],
    },
}

# ------------------------------------------------------------------------------------ WITNESS
WITNESS: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Riverside Medical Practice\n{date}\n\nPRIVATE AND CONFIDENTIAL\n{person}\n{address}\n\nDear {title_name},\n\n"
            "NHS No: {nhs}\n\nYour blood test results are back and the doctor would like to discuss them with you. Please "
            "ring reception after 10am to book a telephone appointment.\n\nYours sincerely,\n\nPractice Manager",
            "Subject: Offer letter - next steps\n\nHi {first},\n\nCongratulations again! To get you set up in payroll before "
            "your start date ({date}), could you check what we have on file?\n\n{person}, born {dob}, {address}\n\n"
            "Let me know if anything has changed.\n\nBest,\n{first}\nPeople Ops, {company}",
            "[2026-04-02 13:55:10,204] WARNING django.security.csrf: Forbidden (CSRF token missing): /account/settings/ "
            "user_id=4821 email={email} remote_addr={ip}",
            "Chat transcript #{order}\n\nAgent ({first}): Thanks for waiting! Can I confirm the name on the account?\n"
            "Customer: {person}\nAgent ({first}): And the first line of the address with the postcode?\nCustomer: {address}\n"
            "Agent ({first}): Perfect, that matches. The parcel {tracking} was left in your safe place at 14:02.",
            "Booking reference: QX7R2L\n\nPassenger 1: {title_name} (adult)\nPassport: {passport}   Nationality: GBR   "
            "Expiry: {date}\nDate of birth: {dob}\n\nBA2490 London Gatwick (LGW) to Palma (PMI), dep 06:45\n"
            "Contact number for disruption alerts: {phone}",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 3 17:42:18 2026 +0000\n\n"
            "    Fix off-by-one in pagination of /v2/orders",
            "# .env.production - do not commit\nAPP_URL=https://shop.example.com\nSUPPORT_INBOX={role_email}\n{secret}\n"
            "SENTRY_ENVIRONMENT=production",
            "Dear Sir or Madam,\n\nI am writing to provide a reference for my former tenant, {person}, who rented the flat "
            "at {address} from 2021 until this spring. Rent was always paid on time and the flat was left in good "
            "condition. I would happily let to them again.\n\nYours faithfully,\n{person}\n{phone}",
            "{\"candidate\": {\"name\": \"{person}\", \"email\": \"{email}\", \"phone\": \"{phone}\", \"location\": \"{city}\"}, "
            "\"experience_years\": 7, \"skills\": [\"SQL\", \"Airflow\", \"dbt\"]}",
            "PATIENT: {person}    DOB: {dob}    MRN: {mrn}\nADMIT DATE: {date}\nATTENDING: {title_name}\n"
            "CHIEF COMPLAINT: chest pain x 2 days\nALLERGIES: NKDA\nHPI: presents with intermittent substernal chest pain, "
            "worse on exertion, relieved by rest.",
            "Dear Parent/Carer,\n\n{first} has been selected for the county netball squad! Training is on Saturday "
            "mornings at the leisure centre. Please return the consent form to {title_name} in the PE office by Friday.\n\n"
            "Emergency contact number we hold: {phone}",
            "Suspicious transaction alert\nCardholder: {person}\nCard number: {card}\nMerchant: {company}\n"
            "Amount: USD 812.40\nIf you don't recognise this, reply NO to this message.",
            "Revenue - myAccount registration\nName: {person}\n{nid}\nDate of birth: {dob}\nAddress: {address}\n"
            "Your activation code will be posted to this address within 5 working days.",
            "## On-call rota (week 14)\n\n| Day | Primary | Secondary | Mobile (primary) |\n|-----|---------|-----------|-----|\n"
            "| Mon | {first} | {first} | {phone} |\n| Tue | {first} | {person} | {phone} |\n| Wed | {person} | {first} | {phone} |",
            "mysql> SELECT id, name, email, last_login_ip FROM users WHERE id IN (1184, 1185);\n"
            "+------+------------------+---------------------------+-----------------+\n"
            "| 1184 | {person} | {email} | {ip} |\n| 1185 | {person} | {email} | {ip} |\n"
            "+------+------------------+---------------------------+-----------------+\n2 rows in set (0.00 sec)",
            "To the Consular Section,\n\nThis letter confirms that {title_name}, passport number {passport}, born on {dob}, "
            "is employed by {company} as a Senior Data Engineer and will attend a conference in {city} from {date}. "
            "The company will cover all travel costs.\n\nSincerely,\n{person}\nHR Business Partner",
            "POST /api/checkout 500 (1243ms)\nrequest body: {\"amount\": 4999, \"currency\": \"gbp\", \"card_number\": "
            "\"{card}\", \"exp\": \"09/28\", \"name_on_card\": \"{person}\"}",
            "Hi it's {first} the plumber, running 20 mins late sorry. Is it still {address}? Will ring when I'm outside",
            "Claim reference CLM-{order}\nPolicyholder: {person}\nDate of birth: {dob}\nThird party driver: {title_name}, "
            "tel. {phone}\nIncident: rear-end collision at low speed, no injuries reported. Photos attached.",
            "T4 Statement of Remuneration Paid\nEmployee: {person}\n{nid}\nEmployee's address: {address}\n"
            "Box 14 Employment income: 68,412.50\nBox 22 Income tax deducted: 11,930.07",
            "G'day {first}, just confirming your appointment with {title_name} at the physio clinic on {date} at 9:15am. "
            "Reply Y to confirm. Mobile on file: {phone}",
            "Hey, the deploy keeps failing with 'authentication failed'. Here's the relevant part of my config, can you spot "
            "the problem?\n\n```\n{secret}\n```\n\nThe service account is {email}.",
            "{ip} - - [02/Apr/2026:09:12:44 +0000] \"GET /reset-password?email={email} HTTP/1.1\" 200 5123 \"-\" "
            "\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"",
            "Minutes - Residents' Association AGM, {date}\nPresent: {person} (chair), {person} (treasurer), {first}, {first}, "
            "{title_name}\nApologies: {person}\n1. Treasurer's report: balance of GBP 2,340 in the association's account.\n"
            "2. {first} raised the broken lift in Block C again; the council has been chased.",
            "Referral to Physiotherapy\nPatient: {person}   DOB: {dob}\nNHS number: {nhs}   Hospital no.: {mrn}\n"
            "Reason: right ACL reconstruction, 6 weeks post-op, full weight bearing.\nReferrer: {title_name}, Orthopaedics",
            "Viewing booked: {address}\nApplicant: {person} ({phone})\nPosition: first-time buyer, mortgage agreed in principle\n"
            "Notes: {first} asked about the service charge and the length of the lease.",
            "# .github/workflows/deploy.yml\nenv:\n  NOTIFY_EMAIL: {email}\n  DEPLOY_HOST: {ip}\n"
            "# staging creds, remove before merging!!\n# {secret}",
            "Invoice {invoice}\nBill to: {person}\n{address}\n\nQuestions about this invoice? Email {role_email}.\n"
            "Please pay by bank transfer to {iban}, quoting the invoice number.",
            "[{policy}]\n\nBoard pack, item 4: proposed restructuring of the Northern region. Managers affected: {person}, "
            "{person}. Not to be shared before the announcement on {date}.",
            "I've tidied up your paragraph and replaced \"{biased}\" with a more neutral word, as your company's style guide "
            "asks. I kept {first}'s quote exactly as it was.",
            "Hi {first},\nA new sign-in to your account was detected.\nDevice: Chrome on Windows\nLocation: near {city}\n"
            "IP address: {ip}\nTime: {date} {time} UTC\nIf this was you, you can ignore this email.",
            "Voicemail transcription (0:42): \"Hi, this is {title_name} from the surgery, calling for {first}. Nothing to "
            "worry about, we just need to update your records, could you call us back? We've got your date of birth as "
            "{dob} and your mobile as {phone}, if either is wrong let us know. Thanks, bye.\"",
            "Preparer notes, 2025 return: taxpayer {person}, {nid}; spouse {person}, DOB {dob}. Two dependents. "
            "Refund by direct deposit.",
            "Hi! Is the bike still available? I can pick it up tomorrow after 6. My number is {phone}, I'm {first} btw",
            "KYC update required\nDear {person},\nYour account will be restricted unless you complete your KYC by {date}.\n"
            "Registered mobile: {phone}\nID on file: {nid}",
            "--\n{person} | Head of Partnerships\n{company}\n{address}\nm: {phone}\n\nClassification: {policy}",
            "Discharge checklist - Ward 7B\nName: {title_name}\nMRN: {mrn}\nTTOs dispensed: yes\nFollow-up: fracture "
            "clinic in 2 weeks\nTransport: daughter collecting, contact {phone}",
            "Lost property claim\nItem: black rucksack with laptop\nOwner: {person}\nEmail: {email}\nPassport number "
            "(for ID at collection): {passport}",
            "> git blame src/billing/legacy.py\n{sha} ({person} 2019-07-14 11:02:55 +0100  88)     # {biased} entries are "
            "skipped here",
        ],
        "clean": [
            "The Victoria line is part suspended between Walthamstow Central and Seven Sisters this weekend; use the "
            "Overground from Liverpool Street instead.",
            "Dependabot: Bump urllib3 from 1.26.18 to {version} in /services/api (#{order}).",
            "The Churchill War Rooms open at 9:30; last entry is one hour before closing. Tickets booked for {date} are "
            "non-refundable.",
            "Outpatients is in the Lister Wing, level 2. Visitor parking is in the multi-storey on Florence Nightingale Way.",
            "Abraham Lincoln was the 16th president of the United States; the Lincoln Memorial in Washington was "
            "dedicated in 1922.",
            "Purchase order PO-{order} to {company}: 24 x {product}, unit price as per the attached quote, delivery to "
            "our {city} depot by {date}.",
            "server {\n    listen {port} ssl;\n    server_name api.internal.example.com;\n    ssl_protocols TLSv1.2 "
            "TLSv1.3;\n    allow {cidr4};\n    deny all;\n}",
            "v{version} ({date})\n- Fixed: session cookie not renewed after a password change (#{order})\n"
            "- Security: default password hashing switched to {hashalgo}",
            "Validation failed for {badref}: check digit mismatch. Nothing was charged; please re-enter the number.",
            "Due back {date}: 'The Remains of the Day' by Kazuo Ishiguro (ISBN {isbn}). Renew online or at any branch.",
            "[FIRING:1] HighLatency api-gateway (prod, {cidr6})\np99 latency 2.3s over 5m, threshold 1.5s\n"
            "Runbook: https://wiki.internal/runbooks/{ticket}",
            "Manchester United drew 1-1 at Old Trafford; Bruno Fernandes scored from the spot in the 78th minute.",
            "Storm warning for {namecity} and the surrounding counties on {date}: gusts up to 70 mph, ferry crossings "
            "cancelled.",
            "Recall notice: {brand} has recalled batch {order} of its 1.7L kettle (EAN {ean}) after reports of faulty "
            "thermostats. Return it to any store for a full refund.",
            "{time} INFO worker-3 job {uuid} completed in 41.2s (queue=reports, retries=0)",
            "The Bill & Melinda Gates Foundation announced a new round of grants for malaria vaccine research on {date}.",
            "Road closure: Queen Elizabeth Street and Tooley Street closed to traffic from {date} for gas main works; "
            "diversion via Tower Bridge Road.",
            "Room booking: Turing Room (4th floor), {date}, from {time}, ref {ticket}. Projector and VC kit available.",
            "Merge branch 'release/{version}' into main\n\nReviewed-on: https://review.internal/c/{order}\nChange-Id: "
            "I{sha}",
        ],
    },
    "de": {
        "pii": [
            "Landeshauptstadt München\nKreisverwaltungsreferat\n\n{title_name}\n{address}\n\nUnser Zeichen: KVR-I/{order}\n"
            "Datum: {date}\n\nAnmeldung einer Wohnung\n\nSehr geehrte(r) {title_name},\nwir bestätigen Ihnen die Anmeldung "
            "zum {date}. Bitte bewahren Sie diese Bestätigung gut auf.",
            "Entlassungsbrief\nPatientin: {person}, geb. {dob}\nFall-Nr.: {mrn}\nAufnahme: {date}\n"
            "Diagnose: ambulant erworbene Pneumonie rechts basal (J18.9)\nWir entlassen die Patientin in gutem "
            "Allgemeinzustand in die hausärztliche Weiterbehandlung.\n\nMit freundlichen kollegialen Grüßen\n{title_name}",
            "Entgeltabrechnung März\nPersonal-Nr. {order}\n{person}\n{address}\n{nid}\nSteuerklasse 1\n"
            "Auszahlungsbetrag: {amount} EUR\nÜberweisung auf: {iban}",
            "Hallo {first}, hier ist {first} von nebenan 😊 Dein Paket liegt bei mir, kannst es ab 18 Uhr abholen. "
            "Meine Nummer, falls was ist: {phone}",
            "Hallo, ist das Sofa noch zu haben? Ich könnte es am Samstag mit einem Transporter abholen. Die Adresse wäre "
            "dann {address}, richtig? Gruß {first}",
            "SEPA-Lastschriftmandat\nMandatsreferenz: {order}\nKontoinhaber: {person}\nAnschrift: {address}\n"
            "IBAN: {iban}\nOrt, Datum: {city}, {date}\nUnterschrift: ______________",
            "Meldeschein / Gästeblatt\nName, Vorname: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: deutsch\n"
            "Reisepass-Nr.: {passport}\nAnreise: {date}   Abreise: {date}\nZimmer 214",
            "Hallo {first}, seit heute Nacht häufen sich die Sperren:\n```\n2026-03-04 02:11:40,118 fail2ban.actions [812]: "
            "NOTICE [sshd] Ban {ip}\n2026-03-04 02:13:02,774 fail2ban.actions [812]: NOTICE [sshd] Ban {ip}\n```\n"
            "Sollen wir das ganze Netz blocken?",
            "Kunde: Hallo, meine Karte wurde zweimal belastet.\nSupport ({first}): Das tut mir leid! Können Sie mir bitte "
            "Ihren vollständigen Namen und die E-Mail-Adresse des Kontos nennen?\nKunde: {person}, {email}\n"
            "Support ({first}): Danke, ich sehe die doppelte Buchung und storniere eine davon.",
            "Liebe Eltern der Klasse 4b,\n\nam {date} findet unser Wandertag statt. Bitte geben Sie Ihrem Kind "
            "wetterfeste Kleidung und ein Pausenbrot mit. Bei Fragen erreichen Sie mich unter {phone}.\n\n"
            "Viele Grüße\n{title_name}",
            "Lebenslauf\n\nPersönliche Daten\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nTelefon: {phone}\n"
            "E-Mail: {email}\n\nBerufserfahrung\nseit 2021   Werkstudent Controlling, {company}",
            "Lohnausweis – Formular 11\nArbeitnehmer/in: {person}\n{nid}\nGeburtsdatum: {dob}\nBruttolohn: CHF 94 200.–\n"
            "Arbeitgeber: {company}",
            "Betreff: Kostenerstattung Wahlarzt\n\nVersicherte Person: {person}\n{nid}\nHonorarnote von {title_name} "
            "vom {date}, Betrag {amount} EUR\nDie Erstattung erfolgt auf das Konto {iban}.",
            "Hier die Zugangsdaten aus der alten Wiki-Seite, die {first} mir geschickt hat:\n\n{secret}\n\n"
            "Bitte nach dem Umzug in den Vault verschieben und die Seite löschen.",
            "Sehr geehrte Kundin, sehr geehrter Kunde,\nwir haben eine ungewöhnliche Zahlung mit Ihrer Kreditkarte {card} "
            "festgestellt: {amount} EUR bei {company}. Falls Sie diese Zahlung nicht veranlasst haben, sperren Sie die Karte "
            "bitte umgehend in der App.",
            "Mitgliederliste TSV (Stand {date})\nNr.;Name;Geburtsdatum;Telefon\n101;{person};{dob};{phone}\n"
            "102;{person};{dob};{phone}\n103;{person};{dob};{phone}",
            "Terminerinnerung: {title_name}, Ihr Termin in der Praxis ist am {date} um 08:45 Uhr. Bitte bringen Sie Ihre "
            "Versichertenkarte mit. Patienten-Nr.: {mrn}",
            "Protokoll Jour fixe {date}\nAnwesend: {person}, {person}, {first} (Protokoll)\nTOP 1 Migration: {first} meldet, "
            "dass alle Tests grün sind.\nTOP 2 Urlaub: {title_name} ist ab {date} drei Wochen nicht da.",
            "Antrag auf Ausstellung eines Reisepasses\nName: {person}\nGeburtsdatum: {dob}\nWohnanschrift: {address}\n"
            "Bisheriger Pass: {passport} (abgelaufen)",
            "Betreff: Quartalszahlen Q1 – {policy}\n\nHallo {first},\nanbei die vorläufigen Zahlen. Bitte noch nicht an den "
            "Vertrieb weitergeben.\n\nGruß\n{first}",
            "Hinweis aus dem Lektorat: Im Handbuch steht in Kapitel 3 noch „{biased}“. Bitte durch eine neutrale "
            "Formulierung ersetzen. – {first}",
            "Mietvertrag über Wohnraum\nzwischen {person}, {address} (Vermieter)\nund {person} (Mieter)\n"
            "Die Kaution in Höhe von drei Nettokaltmieten ist auf das Konto {iban} zu überweisen.",
            "Mär 04 02:17:33 mail01 postfix/smtpd[31244]: NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 <{email}>: "
            "Relay access denied",
            "Sehr geehrter {title_name},\n\nanbei erhalten Sie Ihre Steuerbescheinigung. Ihre {nid} haben wir aus Ihren "
            "Unterlagen übernommen.\n\nMit freundlichen Grüßen\nIhre Sparkasse",
        ],
        "clean": [
            "Wegen Bauarbeiten zwischen {city} und Fulda fällt der ICE 578 am {date} aus; Ersatzverkehr mit Bussen ab "
            "Bahnhofsvorplatz.",
            "§ 622 BGB regelt die Kündigungsfristen für Arbeitsverhältnisse; die Grundkündigungsfrist beträgt vier Wochen "
            "zum Fünfzehnten oder zum Ende eines Kalendermonats.",
            "Die Friedrich-Ebert-Stiftung und die Konrad-Adenauer-Stiftung laden am {date} zu einer gemeinsamen "
            "Podiumsdiskussion ein.",
            "Bestellung {order} bei {company}: 2 × {product}, Lieferung an die Packstation, Sendungsnummer {tracking}.",
            "Fehler beim Import, Zeile 14: {badref} ist ungültig (Prüfziffer). Der Datensatz wurde übersprungen.",
            "Release {version}: Passwort-Hashing jetzt mit {hashalgo}, Session-Timeout auf 30 Minuten gesetzt ({ticket}).",
            "Goethe-Universität Frankfurt: Die Vorlesung Einführung in die Makroökonomik findet ab {date} im "
            "Hörsaalzentrum, HZ 2, statt.",
            "firewall.rules: Port {port} aus {cidr4} erlaubt, alles andere verworfen; IPv6-Netz {cidr6} nur für das "
            "Monitoring.",
            "Am Max-Planck-Institut für Physik in Garching wird am {date} der Neubau eingeweiht.",
            "Rechnung {invoice} von {company}, fällig am {date}, Betrag {amount} EUR. Bitte die Rechnungsnummer als "
            "Verwendungszweck angeben.",
            "Angela Merkels Erinnerungen „Freiheit“ (ISBN {isbn}) sind ab {date} wieder lieferbar.",
            "Wartungsfenster: Deployment {sha} auf prod-eu, Beginn {time} UTC, Rückfragen im Kanal #ops ({ticket}).",
            "Ab {date} zeigt der {brand}-Showroom am Kurfürstendamm die neue Modellreihe; Eintritt frei.",
        ],
    },
    "fr": {
        "pii": [
            "Assurance Maladie\n\n{title_name}\n{address}\n\nObjet : votre nouvelle carte Vitale\n\n{title_name},\n\n"
            "Nous avons bien reçu votre demande. Votre carte sera envoyée sous trois semaines.\nRappel de votre {nid}\n\n"
            "Veuillez agréer l'expression de nos salutations distinguées.",
            "Rappel : RDV le {date} à 14h30 avec {title_name}, dermatologue. Pour annuler, répondez ANNULER. "
            "Patient : {person}",
            "BULLETIN DE SALAIRE – Période du 01/03 au 31/03\nSalarié : {person}\nMatricule : {order}\n{nid}\n"
            "Emploi : Technicienne support\nNet à payer avant impôt : {amount} €\nVirement sur : {iban}",
            "Bonjour, votre vélo est toujours dispo ? Je peux passer ce soir vers 19h. Je m'appelle {first}, mon numéro : "
            "{phone}",
            "COMPTE RENDU D'HOSPITALISATION\nPatient(e) : {person}\nNé(e) le : {dob}\nIPP : {mrn}\nService de cardiologie, "
            "{title_name}\nMotif : douleur thoracique atypique. Coronarographie normale.",
            "Bail d'habitation\nEntre les soussignés :\n{person}, demeurant {address}, ci-après « le bailleur »,\n"
            "et {person}, né(e) le {dob}, ci-après « le locataire ».",
            "[Thu Mar 12 08:41:07.331 2026] [php:error] [pid 2231] [client {ip}:53122] PHP Warning: mail(): Failed to "
            "send to {email}",
            "Conseiller : Bonjour, je suis {first}, votre conseiller. Pouvez-vous me confirmer votre date de naissance ?\n"
            "Client : {dob}\nConseiller : Merci. Et l'adresse de livraison ?\nClient : {address}",
            "Attestation de domicile\nLa Commune atteste que {title_name}, né(e) le {dob}, {nid}, est domicilié(e) à "
            "l'adresse {address} depuis le {date}.",
            "Demande de passeport – récapitulatif\nNom et prénom : {person}\nDate de naissance : {dob}\n"
            "Ancien passeport n° {passport}, délivré le {date}\nMairie de dépôt : {city}",
            "Bien cordialement,\n\n{person}\nResponsable administrative et financière\n{company}\nTél. : {phone}\n{email}",
            "Madame, Monsieur,\nVotre enfant {first} est inscrit(e) en CM1 pour la rentrée. La réunion de parents aura lieu "
            "le {date} à 18h.\n{title_name}, directrice",
            "Opposition carte bancaire\nTitulaire : {person}\nNuméro de carte : {card}\nMotif : perte\nDate : {date}\n"
            "Une nouvelle carte vous sera adressée sous 7 jours.",
            "Fiche signalétique du travailleur\nNom : {person}\nDate de naissance : {dob}\n{nid}\nAdresse : {address}\n"
            "Compte bancaire : {iban}",
            "[Réunion d'équipe]\n{first} : On a encore des erreurs 500 sur le paiement.\n{first} : C'est lié à la mise à "
            "jour d'hier ?\n{title_name} : Oui, je fais le rollback cet après-midi.",
            "Voilà mon fichier de config, je ne comprends pas pourquoi la connexion échoue :\n\n{secret}\n\nMerci d'avance !",
            "Virement fait sur {iban}, merci {first} pour l'organisation du week-end !",
            "Note interne – {policy}\nObjet : projet de rapprochement avec {company}\nDestinataires : {person}, {person}\n"
            "Merci de ne pas transférer ce message.",
            "Relecture de la doc : dans la section API, remplacer « {biased} » par un terme neutre. Vu avec {first} hier.",
            "ORDONNANCE\n{title_name}\nMédecin généraliste\n\nLe {date}\n\n{person}, né(e) le {dob}\n\n"
            "Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours.",
            "Certificat de cession d'un véhicule\nAcheteur : {person}\nAdresse : {address}\nVendeur : {person}\n"
            "Téléphone du vendeur : {phone}",
            "Fiche d'hôtel\nNom : {person}\nNationalité : française\nPièce d'identité : passeport {passport}\n"
            "Arrivée : {date}\nChambre : 31",
            "Transmission infirmière {time}\nChambre 12, {title_name}, dossier n° {mrn} : constantes stables, douleur 2/10, "
            "a bien mangé.",
            "Nouvelle connexion à votre compte\nAdresse IP : {ip}\nAppareil : Firefox sur Linux\nSi ce n'était pas vous, "
            "changez votre mot de passe.\nL'équipe {company}",
        ],
        "clean": [
            "La ligne 4 du métro est fermée entre Montparnasse-Bienvenüe et Châtelet le {date} ; des bus de remplacement "
            "sont mis en place.",
            "Le lycée Victor-Hugo organise ses portes ouvertes le {date} de 9h à 12h.",
            "Commande {order} expédiée par Colissimo, numéro de suivi {tracking}, livraison estimée le {date}.",
            "Facture {invoice} – {company} – montant TTC {amount} € – échéance {date}. Paiement par prélèvement SEPA.",
            "Erreur de validation : le numéro {badref} n'est pas valide (clé de contrôle incorrecte). Aucune opération n'a "
            "été effectuée.",
            "Mise à jour {version} : les mots de passe sont désormais hachés avec {hashalgo} ; voir le ticket {ticket}.",
            "L'hôpital européen Georges-Pompidou et l'Institut Pasteur lancent un essai clinique sur la grippe à partir "
            "du {date}.",
            "Emmanuel Macron a reçu le chancelier allemand à l'Élysée pour un dîner de travail.",
            "Config réseau : port {port} ouvert pour {cidr4}, préfixe IPv6 {cidr6}, déploiement {sha}.",
            "Rue Jean-Jaurès fermée à la circulation du {date} au {date} pour travaux ; déviation par l'avenue "
            "Charles-de-Gaulle.",
            "Le roman de Kamel Daoud (ISBN {isbn}) est en rupture de stock chez {company} jusqu'au {date}.",
            "Le musée Rodin est fermé le lundi ; des billets pour le {date} à {time} sont encore disponibles.",
        ],
    },
    "es": {
        "pii": [
            "Le recordamos su cita en el centro de salud el {date} a las 10:20 con {title_name} (Medicina de Familia). "
            "Si no puede acudir, anúlela desde la app. Teléfono de contacto registrado: {phone}",
            "NÓMINA – Mayo\nTrabajador: {person}\n{nid}\nNº afiliación S.S.: 28/{order}\nCategoría: Oficial 1ª\n"
            "Líquido a percibir: {amount} €\nIBAN: {iban}",
            "Hola! Sigue disponible la bici? Si quieres te la recojo mañana, vivo cerca. Soy {first}, mi móvil es {phone}",
            "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nREUNIDOS\nDe una parte, {person}, mayor de edad, con {nid}, y domicilio "
            "en {address} (en adelante, el ARRENDADOR).\nDe otra parte, {person}, mayor de edad (en adelante, el "
            "ARRENDATARIO).",
            "INFORME DE ALTA HOSPITALARIA\nPaciente: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nServicio: "
            "Traumatología\nMédico responsable: {title_name}\nDiagnóstico: fractura de radio distal izquierdo.",
            "Buenos días, {first}:\n\nTe adjunto el presupuesto revisado. Cualquier cosa me llamas al {phone}.\n\n"
            "Un saludo,\n{person}\n{company}",
            "2026-03-11 18:22:04 [auth] intento de acceso fallido usuario={email} ip={ip} motivo=contraseña_incorrecta",
            "[12/3/26, 21:14] {first}: mañana la cena es en mi casa, {address}, a las 9\n[12/3/26, 21:15] {first}: 👍 "
            "llevo el vino",
            "CERTIFICADO DE EMPADRONAMIENTO\nEl Ayuntamiento certifica que {person}, nacido/a el {dob}, con {nid}, figura "
            "inscrito/a en el Padrón Municipal de Habitantes en el domicilio {address}.",
            "Localizador: 7HJK2P\nPasajero: {person}\nPasaporte: {passport}\nVuelo IB3166 Madrid-Barajas → Lisboa\n"
            "Teléfono de contacto: {phone}",
            "Estimadas familias:\nOs informamos de que la excursión al Museo de Ciencias será el {date}. La autorización debe "
            "firmarla el padre, la madre o el tutor legal.\nAlumno/a: {person}\nTutora de 3º B: {title_name}",
            "Aviso de operación: se ha realizado un cargo de {amount} € con su tarjeta {card} en {company}. Si no reconoce "
            "esta operación, bloquee la tarjeta desde la app.",
            "Agente: ¡Hola! Soy {first}. ¿Me indicas el correo de tu cuenta?\nCliente: {email}\nAgente: Gracias. ¿Y el "
            "documento del titular para verificar?\nCliente: {nid}",
            "Factura {invoice}\nCliente: {person}\nDirección: {address}\nForma de pago: domiciliación en {iban}",
            "# settings_local.py  (¡no subir al repo!)\n{secret}\nADMINS = [(\"{person}\", \"{email}\")]",
            "Receta médica electrónica\nPaciente: {title_name}\nFecha nac.: {dob}\nNHC: {mrn}\n"
            "Medicamento: Ibuprofeno 600 mg, 1 comp. cada 8 h durante 5 días",
            "Acta de la junta de la comunidad de propietarios\nAsistentes: {person} (presidente), {person} (2º A), "
            "{title_name} (administrador)\nSe aprueba la derrama para la reparación del ascensor.",
            "Asunto: Resultados trimestrales – {policy}\n\n{first}, te paso el borrador. No lo reenvíes fuera del comité "
            "hasta el día 15.",
            "Revisión de estilo: en el README aparece «{biased}». Según la guía de {company} hay que usar una alternativa "
            "neutra. ¿Lo cambias tú, {first}?",
            "Nuevo inicio de sesión en tu cuenta\nDispositivo: Android\nUbicación aproximada: {city}\nDirección IP: {ip}\n"
            "Si no has sido tú, cambia tu contraseña.",
            "Transferencia realizada\nBeneficiario: {person}\nIBAN: {iban}\nConcepto: alquiler marzo\nImporte: 750,00 €",
            "CURRÍCULUM VITAE\n{person}\nFecha de nacimiento: {dob}\nTeléfono: {phone} | Email: {email}\n"
            "Experiencia: enfermera en el Hospital Universitario La Paz (2019–actualidad)",
            "Cita previa – Extranjería\nTrámite: toma de huellas (TIE)\nSolicitante: {person}\nPasaporte: {passport}\n"
            "{nid}\nOficina: {city}, {date} a las 09:40",
            "Transcripción de la llamada:\n— Buenas tardes, le atiende {first}.\n— Hola, llamo por mi padre, {person}. "
            "Está ingresado desde el lunes.\n— ¿Me da su número de historia, por favor?\n— Sí, es el {mrn}.",
        ],
        "clean": [
            "Metro de Madrid cierra la línea 6 entre Cuatro Caminos y Moncloa del {date} al {date} por obras.",
            "Pedido {order} enviado con Correos Express, número de seguimiento {tracking}. Entrega prevista: {date}.",
            "Factura {invoice} de {company}: importe {amount} €, vencimiento {date}.",
            "Error: el número {badref} no supera la validación del dígito de control.",
            "Versión {version}: se cambia el algoritmo de hash a {hashalgo}; ver incidencia {ticket}.",
            "El Hospital General Universitario Gregorio Marañón inaugura el {date} una nueva unidad de ictus.",
            "Pedro Sánchez compareció ante el Congreso de los Diputados para explicar el acuerdo de financiación "
            "autonómica.",
            "La calle de Alcalá estará cortada al tráfico en sentido Cibeles el {date} por el maratón.",
            "Reglas de firewall: puerto {port} abierto para {cidr4}; red IPv6 {cidr6}. Commit {sha}.",
            "La Biblioteca Nacional expone una primera edición de «Cien años de soledad» de Gabriel García Márquez "
            "(ISBN {isbn}) hasta el {date}.",
            "{time} INFO sincronización completada: 1.284 productos {brand}, EAN de ejemplo {ean}, sin errores.",
            "Estadio Santiago Bernabéu: apertura de puertas a las {time} para el partido del {date}.",
        ],
    },
    "nl": {
        "pii": [
            "Gemeente Utrecht\n\n{title_name}\n{address}\n\nDatum: {date}\nOnderwerp: uw aanvraag parkeervergunning\n\n"
            "Geachte {title_name},\n\nWij hebben uw aanvraag ontvangen en nemen binnen acht weken een besluit.",
            "Loonstrook maart\nWerknemer: {person}\nPersoneelsnummer: {order}\n{nid}\nGeboortedatum: {dob}\n"
            "Netto loon: € {amount}\nUitbetaald op: {iban}",
            "Hoi! Is de kinderwagen nog beschikbaar? Ik kan zaterdag langskomen. Groetjes, {first} ({phone})",
            "Uitnodiging griepprik\n{title_name}\n{address}\n\nU bent welkom op {date} tussen 14.00 en 16.00 uur. Neem deze "
            "brief en uw legitimatiebewijs mee.\nPatiëntnummer: {mrn}",
            "Ontslagbrief\nPatiënt: {person}, geb. {dob}\nZiekenhuisnummer: {mrn}\nOpname: {date}\nBehandelend arts: "
            "{title_name}, MDL\nBeleid: controle op de polikliniek over 6 weken.",
            "[{time}] {first}: wie neemt er zaterdag de taart mee?\n[{time}] {first}: ik! adres was toch {address}?\n"
            "[{time}] {first}: ja klopt, 3e verdieping",
            "2026-03-11T07:44:19+01:00 nginx: {ip} - - \"POST /inloggen HTTP/2.0\" 401 user={email}",
            "{first} vraagt € 12,50 voor 'pizza vrijdag'. Betaal naar {iban} t.n.v. {person}.",
            "Attest van woonst\nDe burgemeester bevestigt dat {person}, geboren op {dob}, {nid}, ingeschreven is op het "
            "adres {address}.",
            "Reserveringscode: PX4K7Z\nPassagier: {title_name}\nPaspoortnummer: {passport}\nGeldig tot: {date}\n"
            "Vlucht KL1275 Amsterdam – Bergen",
            "Beste ouders/verzorgers,\n\n{first} uit groep 6 heeft zich opgegeven voor het schoolvoetbaltoernooi. Wilt u "
            "het toestemmingsformulier vóór vrijdag inleveren bij {title_name}?\n\nMet vriendelijke groet,\nDe directie",
            "Medewerker: Goedemiddag, u spreekt met {first}. Mag ik uw postcode en huisnummer?\nKlant: {address}\n"
            "Medewerker: Dank u. En uw geboortedatum ter controle?\nKlant: {dob}",
            "Melding: er is een betaling van € {amount} gedaan met uw creditcard {card} bij {company}. Herkent u deze "
            "betaling niet? Blokkeer de kaart via de app.",
            "Kun je even meekijken? Dit staat in mijn appsettings:\n\n{secret}\n\nMaar de verbinding wordt steeds geweigerd.",
            "Curriculum vitae\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nTelefoon: {phone}\nE-mail: {email}\n"
            "Rijbewijs: B",
            "Notulen teamoverleg {date}\nAanwezig: {person}, {person}, {first}\nAfwezig: {title_name} (ziek)\n"
            "1. {first} heeft de release voorbereid; livegang volgende week.",
            "Onderwerp: reorganisatieplan [{policy}]\n\nBeste {first},\nHierbij het concept. Graag nog niet delen met de OR.\n"
            "Groet, {first}",
            "Opmerking bij de pull request van {first}: de variabelenaam `{biased}` graag vervangen door iets neutralers, "
            "zie onze codeerrichtlijnen.",
            "Proces-verbaal van aangifte\nAangever: {person}\nGeboren: {dob}\n{nid}\nWoonadres: {address}\n"
            "Telefoon: {phone}\nBetreft: fietsdiefstal bij het station.",
            "Wij zijn verhuisd! Vanaf {date} wonen {first} en {first} op {address}. Ons nieuwe nummer: {phone}.",
            "Met vriendelijke groet,\n\n{person}\nOfficemanager | {company}\nT {phone}\nE {email}",
            "Nieuwe aanmelding op je account vanaf IP-adres {ip} ({city}). Was jij dit niet? Wijzig dan direct je "
            "wachtwoord.",
            "Declaratie ontvangen\nVerzekerde: {person}\n{nid}\nZorgverlener: {title_name}, fysiotherapeut\n"
            "Bedrag: € {amount}\nWij betalen uit op {iban}.",
            "Afspraak paspoort aanvragen\nNaam: {person}\nHuidig paspoort: {passport}\nAfspraak: {date} om 10.20 uur, "
            "Stadskantoor",
        ],
        "clean": [
            "Door een seinstoring rijden er tussen {city} en Utrecht Centraal minder treinen. Plan uw reis opnieuw.",
            "Bestelling {order} is verzonden met PostNL, track & trace {tracking}, verwachte levering {date}.",
            "Factuur {invoice} van {company}: € {amount}, te betalen vóór {date}.",
            "Fout: {badref} is geen geldig nummer (controlecijfer klopt niet).",
            "Versie {version}: wachtwoorden worden nu gehasht met {hashalgo} (ticket {ticket}).",
            "In het Rijksmuseum is De Nachtwacht van Rembrandt vanaf {date} weer zonder glazen wand te zien.",
            "Mark Rutte was van 2010 tot 2024 minister-president; sindsdien is hij secretaris-generaal van de NAVO.",
            "Wegwerkzaamheden: de Willem Dreeslaan is van {date} tot {date} afgesloten; omleiding via de Koningin "
            "Julianalaan.",
            "Firewall: poort {port} open voor {cidr4} en {cidr6}; uitgerold met commit {sha}.",
            "Het Antoni van Leeuwenhoek opent op {date} een nieuwe afdeling voor immunotherapie.",
            "Het Achterhuis van Anne Frank, ISBN {isbn}, EAN {ean}: weer op voorraad.",
            "Job {uuid} afgerond om {time}: 2.314 orders van {brand} geïmporteerd, 0 fouten.",
        ],
    },
}

# ------------------------------------------------------------------------------------ VERDICT
VERDICT: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "DISCHARGE SUMMARY\nPatient: {person}    DOB: {dob}    NHS No: {nhs}\nHospital no.: {mrn}\n"
            "Consultant: {title_name} (Respiratory Medicine)\nDischarged to: usual residence, {address}\n"
            "Actions for GP: repeat U&Es in 2 weeks; review inhaler technique.",
            '{"resourceType": "Patient", "identifier": [{"type": {"text": "MR"}, "value": "{mrn}"}], '
            '"name": [{"text": "{person}"}], "birthDate": "{dob}", "telecom": [{"system": "phone", "value": "{phone}"}]}',
            "[14:02] {first} (Support): Thanks for holding! Can I confirm the full name on the account?\n"
            "[14:02] Customer: {person}\n[14:03] Support: And the billing address, please?\n[14:03] Customer: {address}\n"
            "[14:04] Support: Perfect, that matches. I've reissued the refund; allow 3-5 business days.",
            'def test_export_includes_contact_fields():\n    customer = Customer(name="{person}", email="{email}", '
            'phone="{phone}")\n    row = export_row(customer)\n    assert row["email"] == customer.email',
            '{ip} - - [12/Mar/2026:09:14:55 +0000] "POST /api/v2/session HTTP/1.1" 401 112 "-" '
            '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"',
            "Here's my .env (I removed the other lines):\n```\nNODE_ENV=production\n{secret}\nPORT=3000\n```\n"
            "Still getting ECONNREFUSED when the worker starts. Any idea?",
            "New starter checklist - {person}\n[x] Contract signed\n[x] Right to work checked (passport {passport})\n"
            "[x] {nid}\n[ ] Emergency contact: {first}, {phone}\n[ ] Laptop ordered",
            "Dear {title_name},\n\nRe: Claim CLM-884120 - escape of water at {address}\n\nThank you for your call on "
            "4 February. Our loss adjuster, {person}, will contact you on {phone} within two working days to arrange "
            "a visit.\n\nYours sincerely,\n\nHome Claims Team",
            "Dear {title_name},\n\nPlease excuse {first} from PE this week, she sprained her wrist at the weekend. "
            "If you need to reach me I'm on {phone}.\n\nThanks,\n{person}",
            'member_id,full_name,date_of_birth,email,mobile\n1043,"{person}","{dob}",{email},{phone}\n'
            '1044,"{person}","{dob}",{email},{phone}',
            "Booking reference: QX7P2L\nPassenger 1: {person} | Passport {passport} | Date of birth {dob}\n"
            "Flight BA0117 LHR-JFK, 14 Jun 2026, dep 11:20\nContact email: {email}",
            "Payment sent: GBP 250.00 to {person}\nTo account: {iban}\nReference: RENT MAY\n"
            "If you didn't make this payment, call us straight away.",
            "I can't check card numbers for you, and please don't paste them here: the one in your last message "
            "({card}) is now in this chat's history. To dispute the charge, call the number on the back of the card.",
            "@{first} can you rerun the migration? the replica at {ip} timed out again. text me on {phone} if it blocks you",
            "ERROR 2026-04-18 07:31:22,114 [celery-worker-3] tasks.send_receipt: SMTPRecipientsRefused for {email} "
            "(order {order})",
            'THIS TENANCY AGREEMENT is made on 1 September 2026 between {company} ("the Landlord") and {person} '
            '("the Tenant") in respect of the property known as {address} ("the Property").',
            "Prescription ready to collect\nName: {person}\nNHS number: {nhs}\nItems: 2\nPlease bring photo ID.",
            "EMPLOYEE DETAILS\nPayee: {person}\n{nid}\nHome address: {address}\nDate of birth: {dob}\n"
            "Resident for tax purposes: Yes",
            "Thanks, I've filled in the form with what you gave me: name {person}, {nid}, date of birth {dob}. "
            "Double-check these before you submit it; I can't send the form for you.",
            "Hi all, invoices for the spring tournament go to {role_email}, not to my personal inbox. Cheers, {first}",
            "| Name | Role | Mobile |\n|------|------|--------|\n| {person} | Site lead | {phone} |\n"
            "| {person} | First aider | {phone} |\n| {person} | Fire marshal | {phone} |",
            "INSERT INTO patients (mrn, full_name, date_of_birth) VALUES ('{mrn}', '{person}', '{dob}');",
            "<p>Dear {title_name},</p>\n<p>Your order has been dispatched and will be delivered to:</p>\n"
            "<address>{address}</address>\n<p>Questions? Reply to this email.</p>",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 3 14:22:10 2026 +0000\n\n"
            "    Fix rounding of VAT in invoice totals",
            "Mar 14 03:12:44 bastion sshd[2231]: Failed password for invalid user admin from {ip} port 52144 ssh2",
            "Payment summary, year ended 30 June 2025\nEmployer: {company}\nEmployee: {person}\n{nid}\n"
            "Address: {address}",
            "To whom it may concern,\n\nI have managed {person} for six years at {company}; she is reliable, careful "
            "and well liked. I'm happy to talk further on {phone}.\n\n{title_name}\nHead of Operations",
            "Done! I've booked {first} for a 45-minute interview on Thursday at 2pm and sent the calendar invite to "
            "{email}. Her notes are attached to {ticket}.",
            "2026-05-02 10:44:03 payment.failed card={card} amount=49.99 currency=GBP reason=do_not_honor "
            "customer={email}",
            "RSVPs so far: {first} +1, {first}, {person} (vegetarian), {first} and {first}, {title_name} (maybe).",
            "Please rotate this key, it was committed in settings/production.py line 42:\n\n    {secret}\n\n"
            "Revoke it first, then purge it from the history.",
            "REFERRAL\nPatient: {person}   DOB: {dob}   MRN: {mrn}\nReason: persistent lower back pain, 3 months\n"
            "Referring physician: {title_name}\nPatient phone: {phone}",
            "Voicemail from {phone} (0:42): \"Hi, it's {first} from the dental surgery, just confirming your "
            "appointment tomorrow at ten. Call us back if that doesn't work.\"",
            "{policy}\n\nSteering committee - minutes, 12 March\nAttendees: CFO, COO, Head of Legal\n1. Disposal of the "
            "logistics unit: proceed to due diligence.",
            "docs/replication.md\n  14:7  warning  `{biased}` may be insensitive, use a neutral term instead  "
            "no-insensitive\n\n1 warning",
            "Visitor log - Reception\n09:12  {person}  (visiting {title_name}, 4th floor)  badge V-118\n"
            "09:40  {person}  (delivery, {company})  badge V-119",
            "Your new card ending in the digits below has been activated.\nCard: {card}\nCardholder: {title_name}\n"
            "Billing address: {address}",
        ],
        "clean": [
            "Release {version} of the Python client drops support for 3.8; see {ticket} and commit {sha} for details.",
            "Nearest stations: King's Cross St Pancras (Victoria, Northern and Piccadilly lines). The British Library "
            "is a five-minute walk along Euston Road.",
            "Martin Luther King Jr. Day: the {city} office is closed on Monday and on-call follows the weekend rota.",
            "Order {order}: 2 x {product}, dispatched {date} from our {city} depot, tracking {tracking}.",
            "kubectl get pods -n payments\nNAME                         READY   STATUS    RESTARTS   AGE\n"
            "api-7d9c6f7b8d-x2kqp         1/1     Running   0          3d\n"
            "worker-5b8f9c4d7-lm9zt       1/1     Running   2          3d",
            "The 2024 Nobel Prize in Physics went to John Hopfield and Geoffrey Hinton for foundational work on "
            "artificial neural networks.",
            "Invoice {invoice} from {company}\nTerms: net 30. Amount due: EUR {amount}. Quote the invoice number as "
            "the payment reference.",
            "Error: card number {badref} failed validation. No charge was attempted.",
            "Audit log retention: events older than 400 days are purged nightly at {time} UTC by job {uuid}.",
            "Dockerfile fix: pin python:3.12-slim, set PIP_NO_CACHE_DIR=1 and EXPOSE {port}. Point the healthcheck at "
            "/healthz rather than /.",
            "Security group sg-0a1b2c3d: allow TCP {port} from {cidr4}; IPv6 ingress from {cidr6} only. Passwords are "
            "stored with {hashalgo}.",
            "The Hubble Space Telescope, named after the astronomer Edwin Hubble, was launched on 24 April 1990 aboard "
            "Space Shuttle Discovery.",
            "'Thinking, Fast and Slow' by Daniel Kahneman (ISBN {isbn}) is back in stock at our {namecity} store.",
            "Microsoft reported quarterly revenue up 16%; chief executive Satya Nadella credited demand for Azure and "
            "Copilot.",
            "Flight BA283 to Los Angeles departs from Heathrow Terminal 5, gate B38; boarding closes 20 minutes before "
            "departure.",
            "Dependency report: lodash bumped to {version}; CVE-2021-23337 no longer applies. Lockfile hash {sha}.",
            "Your {brand} warranty case {ticket} is approved; a replacement unit (EAN {ean}) ships within five working "
            "days.",
            "Johns Hopkins Hospital and the Mayo Clinic again top the rankings for cardiology, ahead of Cleveland "
            "Clinic.",
        ],
    },
    "de": {
        "pii": [
            "Sehr geehrte Kolleginnen und Kollegen,\n\nwir berichten über {person}, geb. {dob}, wohnhaft {address}, "
            "die/der sich vom 03.02. bis 07.02.2026 in unserer stationären Behandlung befand.\nFallnummer: {mrn}",
            "Meldebescheinigung\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\n"
            "Staatsangehörigkeit: deutsch",
            "Entgeltabrechnung März 2026\nPers.-Nr. 00412\n{person}\n{address}\n{nid}\nSteuerklasse 1\n"
            "Auszahlungsbetrag: 2.418,77 EUR auf {iban}",
            "[18:42] {first}: kannst du mir deine IBAN schicken? dann überweis ich dir die 45 € fürs Konzert\n"
            "[18:44] Du: klar, {iban}\n[18:44] {first}: danke!!",
            "Aufnahmeantrag – Abteilung Tennis\nName: {person}\nGeb.-Datum: {dob}\nTelefon: {phone}\nE-Mail: {email}\n"
            "SEPA-Lastschriftmandat für den Jahresbeitrag: {iban}",
            "Ihre Terminbestätigung\nBürgeramt, Yorckstraße 4–11\nAnliegen: Personalausweis beantragen\nName: {person}\n"
            "Bitte bringen Sie Ihren bisherigen Reisepass ({passport}) und ein biometrisches Foto mit.",
            "{person}\n{address}\n\nKündigung des Mietvertrags\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich "
            "das Mietverhältnis fristgerecht zum 31.07.2026. Bitte überweisen Sie die Kaution auf {iban}.\n\n"
            "Mit freundlichen Grüßen",
            "2026-02-11 08:15:42,337 WARN  [LoginService] Anmeldung fehlgeschlagen: benutzer={email} ip={ip} "
            "grund=PASSWORT_FALSCH",
            "Lohnausweis 2025\nArbeitnehmer/in: {person}\n{nid}\nGeburtsdatum: {dob}\nArbeitgeber: {company}",
            "Guten Tag {title_name},\n\nIhr Befund vom 14.01. liegt vor. Bitte vereinbaren Sie einen Kontrolltermin "
            "unter {phone}.\n\nIhre Hausarztpraxis am Marktplatz",
            'kunde = {"name": "{person}", "geburtsdatum": "{dob}", "telefon": "{phone}", "kundennr": {order}}',
            "Sehr geehrte {title_name},\n\nanbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als "
            "Fachinformatikerin. Sie erreichen mich unter {phone} oder {email}.\n\nMit freundlichen Grüßen\n{person}",
            "Liebe Eltern der 3b,\n\nam Freitag ist Wandertag, Treffpunkt 8 Uhr am Haupteingang. Bei Fragen meldet "
            "euch bei {first} ({phone}) vom Elternbeirat.\n\nViele Grüße\n{first}",
            "Reiseteilnehmer:\n1) {person}, geb. {dob}, Reisepass {passport}\n2) {person}, geb. {dob}, Reisepass "
            "{passport}\nFlug LH 1164 FRA–PMI am 12.07.2026",
            "Hinweis aus dem Code-Review: in der docker-compose.yml steht noch {secret} im Klartext, bitte in den "
            "Vault verschieben und den Schlüssel rotieren.",
            "Ticket {ticket}: Der Laptop von {person} (Buchhaltung) kommt nicht mehr ins VPN, letzte IP {ip}. "
            "Rückruf bitte unter {phone}.",
            "Ihre Zahlung mit der Karte {card} über 89,90 € wurde abgelehnt. Bitte prüfen Sie das Ablaufdatum.",
            "Betreff: [{policy}] Entwurf Jahresabschluss 2025\n\nHallo zusammen,\nanbei der zweite Entwurf. "
            "Anmerkungen bitte bis Freitag.",
            "Anmerkung zum Entwurf: den Begriff „{biased}“ bitte ersetzen, das steht so nicht mehr in unserem "
            "Leitfaden.",
            "In dem Rechtsstreit\n{person}, {address},\n– Klägerin –\ngegen\n{company},\n– Beklagte –\n"
            "wegen Rückzahlung der Mietkaution",
            "| Kind | Geburtstag | Notfallnummer |\n|---|---|---|\n| {first} | {dob} | {phone} |\n"
            "| {first} | {dob} | {phone} |",
            "Gern, hier die ausgefüllte Vollmacht:\n\nIch, {person}, geboren am {dob}, bevollmächtige hiermit "
            "{person}, meine Sendungen in der Filiale abzuholen.\n\nOrt, Datum, Unterschrift",
            "Laborauftrag\nPat.-Nr.: {mrn}\n{person}, *{dob}\nAnforderung: kleines Blutbild, CRP, TSH\n"
            "Einsender: {title_name}",
        ],
        "clean": [
            "Der ICE 578 nach Hamburg-Altona fällt heute zwischen Kassel-Wilhelmshöhe und Göttingen aus. Bitte nutzen "
            "Sie den nachfolgenden IC.",
            "Ihre Bestellung {order} wurde am {date} an DHL übergeben. Sendungsnummer: {tracking}.",
            "Rechnung {invoice} der {company} über {amount} € ist am {date} fällig.",
            "Das Konrad-Adenauer-Haus und die Friedrich-Ebert-Stiftung laden am {date} zu einer Podiumsdiskussion ein.",
            "Nach dem Update auf {version} werden Passwort-Hashes beim nächsten Login auf {hashalgo} migriert ({ticket}).",
            "Die Goethe-Universität Frankfurt vergibt im Wintersemester wieder Deutschlandstipendien.",
            "Die angegebene Nummer {badref} ist ungültig (Prüfziffer stimmt nicht).",
            "Olaf Scholz war von 2021 bis 2025 Bundeskanzler; sein Nachfolger ist Friedrich Merz.",
            "Firewall-Regel FW-2231: eingehend TCP {port} aus {cidr4} erlauben; ausgerollt mit Commit {sha}.",
            "Die Bismarckstraße ist zwischen Sophie-Charlotten-Straße und Kaiser-Friedrich-Straße bis {date} gesperrt.",
            "Artikel {ean}: {product}, 2 Stück ab Lager {city}. Nachbestellung ausgelöst um {time}.",
            "Cronjob {uuid}: Datenbank-Backup um {time} abgeschlossen, Dauer 14 Minuten, keine Fehler.",
        ],
    },
    "fr": {
        "pii": [
            "Compte rendu de consultation\nPatient : {person}, né(e) le {dob}\nN° de dossier : {mrn}\n"
            "Médecin : {title_name}\nConclusion : entorse de la cheville droite, repos 7 jours.",
            "Je soussigné(e), {person}, directeur des ressources humaines de la société {company}, atteste que "
            "{title_name}, demeurant {address}, est employé(e) en CDI depuis le 1er mars 2021.",
            "Assuré : {person}\nDate de naissance : {dob}\n{nid}\nOrganisme : CPAM\nMédecin traitant déclaré : "
            "{title_name}",
            "RAPPEL : RDV mardi 14/04 à 10h30 avec {title_name}, ostéopathe. Pour annuler, appelez le {phone}.",
            "ENTRE LES SOUSSIGNÉS :\n{company}, ci-après « le bailleur »,\nET\n{person}, né(e) le {dob}, ci-après "
            "« le locataire »,\nIL A ÉTÉ CONVENU la location du logement situé {address}.",
            "Relevé d'identité bancaire\nTitulaire du compte : {person}\nIBAN : {iban}\nBIC : BNPAFRPPXXX",
            "[2026-03-09 22:41:07] AVERTISSEMENT connexion refusée pour {email} depuis {ip} (3 échecs consécutifs)",
            "Client : Bonjour, ma commande n'est jamais arrivée.\nConseillère ({first}) : Bonjour ! Pouvez-vous me "
            "confirmer l'adresse de livraison ?\nClient : {address}\nConseillère : Merci, le colis est bloqué au dépôt, "
            "je relance le transporteur.",
            "Voyageur : {title_name}\nPasseport n° {passport}, expire en 02/2031\nVol AF1024 Paris-CDG → Lisbonne, "
            "siège 23C",
            "Certificat de salaire 2025\nEmployé(e) : {person}\n{nid}\nAdresse : {address}\nEmployeur : {company}",
            "Demande de remboursement – mutualité\n{nid}\nNom : {person}\nCompte de paiement : {iban}",
            "Bonjour Madame,\n{first} sera absent demain matin pour un rendez-vous chez l'orthodontiste.\n"
            "Bonne journée,\n{person}",
            "INSERT INTO clients (nom, courriel, telephone) VALUES ('{person}', '{email}', '{phone}');",
            "Attention : le fichier .env poussé sur la branche main contient {secret}. Il faut révoquer la clé et "
            "nettoyer l'historique.",
            "Paiement refusé : carte {card}, montant 129,00 €, motif « solde insuffisant ». Contactez votre banque.",
            "Voici votre lettre complétée :\n\n{person}\n{address}\n{phone}\n\nObjet : résiliation de mon abonnement\n\n"
            "Madame, Monsieur,\nJe vous prie de bien vouloir résilier mon contrat à compter du 1er mai.",
            "Équipe U13 – convocation samedi 9h au stade\nGardiens : {first}, {first}\nDéfenseurs : {first}, {first}, "
            "{first}\nContact du coach : {phone}",
            "Présents : {title_name} (lot 12), {title_name} (lot 7), {person} (lot 3, représenté(e) par son fils).",
            "Admission urgences – IPP {mrn} – {person}, né(e) le {dob} – personne à prévenir : {first}, {phone}",
            "Objet : Note au comité de direction – {policy}\n\nBonjour à tous,\nvous trouverez ci-joint le projet "
            "de budget 2027 pour relecture.",
            "Relecture : évitez l'expression « {biased} » dans la note, elle figure dans la liste des termes à remplacer.",
            "| Nom | Date de naissance | N° |\n|---|---|---|\n| {person} | {dob} | {nid} |\n| {person} | {dob} | {nid} |",
            "Incident {ticket} : l'adresse {ip} a envoyé 4 000 requêtes en une minute sur /api/login ; bloquée par "
            "le WAF.",
        ],
        "clean": [
            "Le TGV INOUI 6611 Paris-Gare-de-Lyon → Marseille-Saint-Charles circule avec 25 minutes de retard.",
            "Votre commande {order} a été expédiée le {date} par Colissimo, numéro de suivi {tracking}.",
            "Facture {invoice} – {company} – montant TTC {amount} € – échéance {date}.",
            "Le lycée Victor-Hugo et le collège Jean-Moulin seront fermés le {date} (bureaux de vote).",
            "Emmanuel Macron a reçu le Premier ministre à l'Élysée ; la passation de pouvoirs a eu lieu à Matignon.",
            "Version {version} : l'algorithme de hachage des mots de passe passe à {hashalgo} (ticket {ticket}).",
            "Erreur de validation : {badref} n'est pas un numéro valide.",
            "Le musée d'Orsay présente à partir du {date} une rétrospective consacrée à Berthe Morisot.",
            "Règle de pare-feu : autoriser le port {port} depuis {cidr4} et {cidr6} ; déployée au commit {sha}.",
            "Travaux : la rue Jean-Jaurès est fermée entre l'avenue Pasteur et la place Charles-de-Gaulle jusqu'au "
            "{date}.",
            "Les Misérables, Victor Hugo, Folio classique, ISBN {isbn} : disponible en magasin à {city}.",
            "Tâche planifiée {uuid} terminée à {time} : 1 842 factures {brand} importées.",
        ],
    },
    "es": {
        "pii": [
            "INFORME DE ALTA\nPaciente: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nMédico responsable: "
            "{title_name}\nDiagnóstico principal: neumonía adquirida en la comunidad.",
            "Cita previa confirmada\nTrámite: renovación del DNI\nOficina: Comisaría de Chamberí\nSolicitante: "
            "{person}\n{nid}\nFecha: 23/03/2026, 10:15",
            "De una parte, {person}, mayor de edad, con {nid} y domicilio en {address}, en adelante el ARRENDADOR.",
            "[9/3/26, 20:14] {first}: chicos, el partido del sábado es a las 11 en el polideportivo\n"
            "[9/3/26, 20:15] {first}: yo llevo el coche, cabemos 4\n[9/3/26, 20:17] {first}: apuntadme! mi número "
            "nuevo es {phone}",
            "NÓMINA – MARZO 2026\nTrabajador: {person}\n{nid}\nCategoría: oficial de 1ª\nLíquido a percibir: "
            "1.684,20 €\nIBAN de abono: {iban}",
            "2026-04-02 11:03:55 ERROR [pagos] transacción rechazada tarjeta={card} importe=75,00 EUR "
            "cliente={email}",
            "Reserva confirmada – Hotel Miramar\nTitular: {title_name}\nPasaporte: {passport}\nLlegada: 14/08/2026 · "
            "Salida: 18/08/2026\nTeléfono de contacto: {phone}",
            "Estimadas familias: la excursión al Museo de Ciencias es el jueves. Si tenéis dudas, escribid a {first} "
            "(AMPA) al {phone}.",
            "const paciente = {\n  nombre: '{person}',\n  fechaNacimiento: '{dob}',\n  telefono: '{phone}',\n};",
            "Aquí tienes la solicitud redactada:\n\nD./Dña. {person}, con domicilio en {address} y correo electrónico "
            "{email}, EXPONE: que solicita la devolución de la fianza del contrato de alquiler.",
            "Has recibido una transferencia de 320,00 € de {person}. Concepto: alquiler abril. Cuenta: {iban}.",
            "Ticket {ticket}: el usuario {email} no puede entrar en la intranet desde la IP {ip}; se le ha "
            "restablecido la contraseña.",
            "Ojo, en el último commit se ha colado {secret} en config/prod.yml. Hay que rotarla hoy mismo.",
            "Inscripción Escuela de Pádel\nAlumno/a: {person}\nFecha de nacimiento: {dob}\nPadre/madre/tutor: "
            "{person}\nMóvil: {phone}",
            "Triaje 08:42 – {title_name}, {dob}, NHC {mrn}. Dolor torácico de 2 h de evolución, prioridad 2.",
            "Resolución favorable de autorización de residencia.\nInteresado/a: {person}\n{nid}\nNacionalidad: "
            "italiana\nDomicilio: {address}",
            "| Nombre | Documento | Teléfono |\n|---|---|---|\n| {person} | {nid} | {phone} |\n"
            "| {person} | {nid} | {phone} |",
            "Un saludo,\n\n{person}\nDepartamento de Compras · {company}\nTel. {phone} · {email}",
            "Pasajeros: {person} (pasaporte {passport}) y {person} (pasaporte {passport}). Vuelo IB3166 Madrid–Lisboa.",
            "ASUNTO: {policy} – Informe preliminar de auditoría interna\n\nAdjunto el borrador; los comentarios, "
            "antes del viernes.",
            "En la revisión del texto: cambiad «{biased}» por otra expresión, según la guía de estilo.",
            "Parte amistoso de accidente\nConductor A: {person}, domicilio {address}\nConductor B: {person}, "
            "tel. {phone}",
            "Bloqueada la IP {ip} tras 10 intentos fallidos de acceso a /wp-admin (usuario {email}).",
        ],
        "clean": [
            "Renfe informa: el AVE 03071 Madrid-Puerta de Atocha – Barcelona-Sants sale con 15 minutos de retraso.",
            "Tu pedido {order} ha salido del almacén de {city} el {date}. Número de seguimiento: {tracking}.",
            "Factura {invoice} de {company}: {amount} € IVA incluido, vencimiento {date}.",
            "El Hospital Universitario Gregorio Marañón amplía el horario de extracciones a partir del {date}.",
            "Pedro Sánchez compareció ayer en el Congreso para informar del último Consejo Europeo.",
            "Versión {version}: las contraseñas se almacenan ahora con {hashalgo}. Ver {ticket}.",
            "No se ha podido procesar el pago: la referencia {badref} no es válida. Revise los datos e inténtelo de nuevo.",
            "Corte de tráfico en la calle de Alcalá entre la Puerta del Sol y la plaza de Cibeles hasta el {date}.",
            "Regla del cortafuegos: permitir el puerto {port} desde {cidr4}; desplegada en el commit {sha}.",
            "«Cien años de soledad», de Gabriel García Márquez, ISBN {isbn}, vuelve a estar disponible.",
            "Proceso {uuid} completado a las {time}: 12 430 registros de {brand} sincronizados.",
        ],
    },
    "nl": {
        "pii": [
            "Ontslagbrief\nPatiënt: {person}\nGeboortedatum: {dob}\nPatiëntnummer: {mrn}\nBehandelend arts: "
            "{title_name}\nBeleid: controle op de polikliniek over 6 weken.",
            "Hoi {first},\n\nvoor de salarisadministratie heb ik je {nid} en je rekeningnummer {iban} genoteerd. "
            "Klopt dat?\n\nGroetjes,\n{first}\nHR",
            "Aangifte inkomstenbelasting 2025\nNaam: {person}\n{nid}\nAdres: {address}\nGeboortedatum: {dob}",
            "Ondergetekenden:\n1. {company}, hierna te noemen 'verhuurder';\n2. {person}, geboren op {dob}, hierna te "
            "noemen 'huurder';\nverklaren dat verhuurder aan huurder verhuurt de woonruimte aan {address}.",
            "[21:03] {first}: wie neemt zaterdag de hapjes mee?\n[21:05] Jij: ik! stuur even je adres, ik weet je "
            "huisnummer niet meer\n[21:06] {first}: {address}",
            'time=2026-01-22T06:58:12.441Z level=warn msg="te veel inlogpogingen" user={email} remote_addr={ip}',
            "Beste ouders van groep 6,\n\nvolgende week gaan we naar Artis. Wie kan er rijden? Meld je bij {first} "
            "({phone}).\n\nGroetjes, juf {first}",
            "Attest van het ziekenfonds\n{nid}\nNaam: {person}\nGeboortedatum: {dob}",
            "Uw reservering\nPassagier: {title_name}\nPaspoortnummer: {passport}\nVlucht KL1001 Amsterdam – "
            "Londen Heathrow, stoel 14A",
            "Herinnering: u heeft morgen om 08.50 uur een afspraak bij {title_name}, huisartsenpraktijk De Linde. "
            "Verhinderd? Bel {phone}.",
            "{first} vraagt je € 12,50 te betalen voor 'pizza vrijdag'. Betaal via de link of maak over naar {iban} "
            "t.n.v. {person}.",
            "Transactie geweigerd: kaart {card}, bedrag € 64,95, winkel {company}. Neem contact op met uw bank.",
            'klant = Klant(\n    naam="{person}",\n    email="{email}",\n    telefoon="{phone}",\n)',
            "Let op: in de pipeline-logs van vanochtend staat {secret} gewoon leesbaar. Graag roteren en de logs "
            "opschonen.",
            "Opstelling JO15-1 zaterdag: {first}, {first}, {first}, {first} (aanvoerder), {first}. Verzamelen 8.15 uur "
            "bij de kantine.",
            "Melding {ticket}: verdachte inlog op het account van {person} vanaf {ip}; account tijdelijk geblokkeerd.",
            "| Naam | Geboortedatum | Telefoon |\n|---|---|---|\n| {person} | {dob} | {phone} |\n"
            "| {person} | {dob} | {phone} |",
            "Hier is je bezwaarschrift:\n\n{person}\n{address}\n\nAan: de heffingsambtenaar van de gemeente\n\n"
            "Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking van dit jaar.",
            "Labaanvraag – pat.nr. {mrn} – {person} ({dob}) – aanvrager {title_name}",
            "Classificatie: {policy}\nDocument: notulen MT-overleg week 11\nVersie: 0.3 (concept)",
            "Opmerking bij de tekst: vervang '{biased}' door een neutraler woord, zie de schrijfwijzer.",
            "Geachte {title_name},\n\nMet veel interesse las ik uw vacature voor medewerker klantenservice. U kunt mij "
            "bereiken op {phone} of via {email}.\n\nMet vriendelijke groet,\n{person}",
            "Loonfiche 281.10\nWerknemer: {person}\n{nid}\nAdres: {address}",
            "Hoi, is de fiets nog beschikbaar? Ik kan hem morgen ophalen. Mijn nummer is {phone}. Groet, {first}",
        ],
        "clean": [
            "Let op: de intercity van 14.12 uur naar Den Haag Centraal vertrekt vandaag van spoor 7b.",
            "Je pakket met bestelnummer {order} wordt op {date} bezorgd door PostNL. Volg het met {tracking}.",
            "Factuur {invoice}: {company}, totaal € {amount} incl. btw, te betalen vóór {date}.",
            "Het Erasmus MC en het Prinses Máxima Centrum starten samen een onderzoek naar kinderkanker.",
            "Koning Willem-Alexander opent op {date} het vernieuwde Binnenhof.",
            "Release {version}: wachtwoorden worden voortaan opgeslagen met {hashalgo} (zie {ticket}).",
            "Validatiefout: {badref} is geen geldig nummer.",
            "De Johan Cruijff ArenA is op {date} gesloten wegens onderhoud aan het dak.",
            "Firewallregel: poort {port} open voor {cidr6}; uitgerold in commit {sha}.",
            "Artikel {ean}: {product}, nog 3 op voorraad in het magazijn in Tilburg.",
            "Werkzaamheden: de Wilhelminastraat en het Thorbeckeplein zijn van {date} tot {date} afgesloten.",
            "Taak {uuid} voltooid om {time}: 860 orders van {brand} verwerkt.",
        ],
    },
}

# ------------------------------------------------------------------------------------ ORACLE
ORACLE: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Here's a tidier header for your CV:\n\n{person}\n{address}\n{phone} | {email}\n\nYou can leave out your "
            "date of birth ({dob}); UK employers aren't supposed to ask for it and most recruiters skip it anyway.",
            "Patient: {person}    DOB: {dob}    MRN: {mrn}\nAttending: {title_name}\nVisit: follow-up, essential "
            "hypertension\nPlan: continue lisinopril 10 mg daily; repeat BMP in 2 weeks.",
            "Re: {person}, NHS No. {nhs}, DOB {dob}\n{address}\n\nDear {title_name},\n\nThank you for seeing this "
            "patient, who has had intermittent chest pain on exertion for three months.",
            "@{first} can you chase the vendor again? Their account manager is {person}, mobile {phone} (UK hours only)",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 3 14:02:11 2026 +0000\n\n    fix(checkout): "
            "handle empty basket when the promo code is removed",
            "{ip} - - [12/Mar/2026:08:14:55 +0000] \"POST /api/v2/session HTTP/1.1\" 401 187 \"-\" "
            "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
            "customer_id,full_name,phone,address\n{order},{person},{phone},\"{address}\"",
            "New starter checklist: {person}\n[x] Right to work checked (passport {passport})\n[x] {nid} added to "
            "payroll\n[ ] Laptop ordered\nStart date: {date}",
            "Dispute opened on the charge to card {card}. Cardholder: {person}. Billing address on file: {address}.",
            "You sent 650.00 GBP to {person}\nIBAN: {iban}\nReference: APRIL RENT\nIf you don't recognise this "
            "payment, call us straight away.",
            "THIS AGREEMENT is made between the Landlord, {person}, and the Tenant, {person}, in respect of the "
            "property known as {address}.",
            "Dear {title_name},\n\n{first} was not registered for period 3 today and we have not received a reason "
            "for the absence. Please reply to this email or ring the attendance line.\n\nAttendance Office",
            "Advance Passenger Information saved for passenger 1: {person}, passport {passport}, date of birth {dob}, "
            "nationality GBR.",
            "[14:02] {first} (Support): Thanks for waiting! Could you confirm the email on the account?\n"
            "[14:03] Customer: sure its {email}\n[14:03] Support: Perfect, I can see the order now.",
            "Claim reported: rear-end collision at the Tesco car park. Our insured is {title_name}; third-party driver "
            "{person}, contact {phone}. No injuries reported.",
            "Admission summary: {person}, UR {mrn}, DOB {dob}. Admitted to Ward 4B under General Medicine for IV "
            "antibiotics (cellulitis, left leg).",
            "Mar 14 03:22:17 bastion sshd[18822]: Failed password for invalid user admin from {ip} port 51422 ssh2",
            "# .env.production\nNODE_ENV=production\nLOG_LEVEL=warn\n{secret}\nSUPPORT_INBOX={role_email}",
            "Please rotate this straight away, someone pasted it in #general this morning:\n\n{secret}",
            "CLASSIFICATION: {policy}\n\nQ3 headcount plan, draft 2. Do not forward outside the leadership group.",
            "Review comment (docs/architecture.md, line 42): please replace \"{biased}\" with a neutral term, per "
            "the inclusive language guide.",
            "RSVPs so far:\n- {person} (+1)\n- {first} and {first}\n- {person}, vegetarian\n- {first}, can only do "
            "the ceremony",
            "DEBUG payment request pan={card} exp=08/29 name=\"{person}\" amount=129.00",
            "To whom it may concern,\n\nI have known {person} for six years, first as a student and later as a "
            "teaching assistant in my department. {first} is conscientious and well liked.",
            "IN THE COUNTY COURT AT CENTRAL LONDON\nClaimant: {person}\nDefendant: {person} of {address}",
            "Minutes, residents' association AGM\nPresent: {person} (chair), {person} (treasurer), {first}, {first}\n"
            "Apologies: {title_name}",
            "Employee's {nid}. Box 14 (union dues): 0.00. Keep this slip with your tax records.",
            "Your prescription is ready to collect, {first}. Please bring ID showing your date of birth ({dob}). "
            "Reply STOP to opt out.",
            "| Week | Primary on-call | Phone |\n|---|---|---|\n| 12 | {first} | {phone} |\n| 13 | {person} | {phone} |",
            "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={ip} DST={ip} LEN=60 PROTO=TCP SPT=44122 DPT=23",
            "Sure, here's a draft letter to HMRC:\n\nDear Sir or Madam,\n\nI am writing about my tax code for this "
            "year. My {nid} and my current address is {address}.\n\nYours faithfully,\n{person}",
            "hey it's {first}, got a new number, save this one: {phone}",
            "{time} audit password_reset requested email={email} remote_addr={ip} ua=okhttp/4.12.0",
            "Please welcome {person}, our new club treasurer! Subs for next season go to {first} at {email}.",
            "Traceback (most recent call last):\n  File \"app/geo.py\", line 88, in normalise\nValueError: "
            "could not geocode '{address}' for customer {email}",
            "Hi {first}, our records show your mobile as {phone}. If that has changed, just reply with the new one "
            "before your check-up.",
        ],
        "clean": [
            "Heads up: {company} is rolling out {product} to every laptop on {date}. Machines reboot overnight, so "
            "save your work before {time}.",
            "Take the Victoria line to King's Cross St Pancras, then change to the Piccadilly line towards Cockfosters.",
            "Build #{order} failed on main: test_checkout_flow timed out after 300s (commit {sha}, Node {version}).",
            "Lincoln's Gettysburg Address runs to about 270 words; the Library of Congress holds two of the five "
            "known manuscript copies.",
            "Your parcel {tracking} is out for delivery and should arrive on {date} between 9am and 1pm.",
            "Security advisory {ticket}: upgrade OpenSSL to {version}. Stored passwords use {hashalgo}; no customer "
            "records were accessed.",
            "resource \"aws_security_group_rule\" \"ingress_app\" {\n  type        = \"ingress\"\n  from_port   = "
            "{port}\n  to_port     = {port}\n  protocol    = \"tcp\"\n  cidr_blocks = [\"{cidr4}\"]\n}",
            "That number ({badref}) fails the check-digit test, so it was probably mistyped. Ask for it again "
            "rather than guessing.",
            "ISBN {isbn}: The Hitchhiker's Guide to the Galaxy, Douglas Adams, Pan Books paperback.",
            "Johns Hopkins Hospital and the Mayo Clinic were both in the top five again this year.",
            "The office at 1 Canada Square will be closed on {date} for the annual fire drill; the Jubilee line "
            "entrance stays open.",
            "Changelog {version}\n- Fix crash when importing GEDCOM files with an empty NAME record\n- Raise "
            "{hashalgo} cost factor\n- Outbound requests now time out after 30s ({ticket})",
            "Device {uuid} is already enrolled in another tenant ({company}). Remove it there first.",
            "EAN {ean} | {product} | qty 4 | {brand} authorised reseller | unit price {amount}",
            "The {namecity} region moves to the new range {cidr6} on {date} at {time} UTC; expect a short "
            "failover.",
            "Martin Luther King Jr. Day is a federal holiday: the US office is closed and tickets are answered the "
            "next business day.",
            "Invoice {invoice} from {company}, terms net 30, amount due {amount} EUR; order ref {order}.",
            "Kernel panic on web-07 after upgrading to {version}; rolled back and tracked in {ticket}. Host uptime "
            "before the crash was 41 days.",
        ],
    },
    "de": {
        "pii": [
            "Guten Tag {title_name},\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. Gerne laden wir Sie "
            "zu einem Vorstellungsgespräch am {date} um 10:00 Uhr ein.",
            "Patient: {person}, geb. {dob}\nPat.-Nr.: {mrn}\nAufnahme über die ZNA\nDiagnosen: Pneumonie rechts basal, "
            "Diabetes mellitus Typ 2",
            "Persönliche Daten\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nTelefon: {phone}\n"
            "E-Mail: {email}",
            "SEPA-Lastschriftmandat\nKontoinhaber: {person}\nIBAN: {iban}\nGläubiger-ID: DE98ZZZ09999999999\n"
            "Mandatsreferenz: M-{order}",
            "Hey {first}, hast du die Nummer vom Vermieter? – Klar, {phone}, aber erst ab 18 Uhr anrufen 😉",
            "Unfallbeteiligte/r 2: {person}, wohnhaft {address}, Tel. {phone}. Fahrzeug nicht mehr fahrbereit.",
            "Meldebestätigung\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\n"
            "Einzugsdatum: {date}",
            "Gästeblatt – Gast: {person}, geb. {dob}, Reisepass-Nr. {passport}, Anreise {date}, 2 Nächte",
            "Fehlgeschlagene Anmeldung für {email} von {ip} (3. Versuch). Das Konto wurde für 15 Minuten gesperrt.",
            "Ticket {ticket}: Kundin {title_name} meldet, dass ihre Karte {card} doppelt belastet wurde. Bitte um "
            "Rückruf unter {phone}.",
            "Sehr geehrte Frau Klassenlehrerin,\n\nmein Sohn {first} konnte am Montag wegen Fieber nicht am "
            "Unterricht teilnehmen. Ich bitte, sein Fehlen zu entschuldigen.\n\nMit freundlichen Grüßen\n{person}",
            "Lohnausweis 2025\nArbeitnehmer/in: {person}\n{nid}\nWohnort: {address}",
            "Versicherungsdaten: {nid}; mitversichert: {first} (Tochter), {first} (Sohn)",
            "# TODO: echte Testdaten raus, bevor das gemergt wird!\nkunde = Kunde(name=\"{person}\", "
            "iban=\"{iban}\", geburtsdatum=\"{dob}\")",
            "Zwischen {person}, {address} (Vermieter) und {person} (Mieter) wird folgender Mietvertrag "
            "geschlossen:",
            "Protokoll der Mitgliederversammlung\nAnwesend: {person} (1. Vorsitzende), {person} (Kassenwart), "
            "{first} (Jugendwart)\nEntschuldigt: {title_name}",
            "# config/prod.env – NICHT einchecken\n{secret}\nSMTP_USER={email}",
            "Anmerkung der Redaktion: Bitte „{biased}“ in Absatz 2 ersetzen, siehe Leitfaden für diskriminierungs"
            "freie Sprache.",
            "Vertraulichkeitsstufe: {policy}\nWeitergabe nur an den Verteiler der Geschäftsleitung.",
            "Lieferadresse:\n{person}\n{address}\n\nRechnungsadresse: wie Lieferadresse\nZahlungsart: Kreditkarte "
            "{card}",
            "Kaufvertrag für ein gebrauchtes Kraftfahrzeug\nVerkäufer: {person}, Reisepass {passport}\nKäufer: "
            "{person}, {address}",
            "Gern, hier ist die Vollmacht:\n\nHiermit bevollmächtige ich, {person}, geboren am {dob}, Herrn/Frau "
            "{person}, mich bei allen Angelegenheiten gegenüber dem Bürgeramt zu vertreten.",
            "Firewall: eingehende Verbindung von {ip} auf Port 3389 (RDP) blockiert, 212 Versuche in 10 Minuten.",
            "Telefonnotiz 14:20 – {title_name} hat wegen der Nebenkostenabrechnung angerufen, bittet um Rückruf: "
            "{phone}",
            "Befundbericht Labor\nEinsender: {title_name}\nPatientin: {person} ({dob}), Fallnummer {mrn}\nTSH "
            "basal: 3,9 mU/l",
        ],
        "clean": [
            "Die Deutsche Bahn meldet: ICE 578 nach Hamburg-Altona fällt heute aus, Ersatzzug ab Gleis 14.",
            "Rechnung {invoice} von {company}: {amount} € zahlbar bis {date}, Bestellnummer {order}.",
            "Das Robert Koch-Institut hat seine Empfehlungen zur Grippeimpfung aktualisiert; die STIKO tagt wieder "
            "am {date}.",
            "Sendungsnummer {tracking}: Ihr Paket liegt bis {date} in der Packstation 112 zur Abholung bereit.",
            "Update {version} verfügbar: Passwörter werden jetzt mit {hashalgo} gespeichert. Details in {ticket}.",
            "Die Konrad-Adenauer-Straße ist zwischen Goetheplatz und Schillerstraße vom {date} bis {date} voll "
            "gesperrt.",
            "Bestellung {order}: 2 × {product}, Lieferung an die Filiale {city}.",
            "Die eingegebene Nummer {badref} ist ungültig (Prüfziffer stimmt nicht). Bitte prüfen Sie Ihre Eingabe.",
            "VLAN 40 (Werkstatt): Subnetz {cidr4}, Dienst auf Port {port}, eingeführt mit Commit {sha}.",
            "„Phantasie ist wichtiger als Wissen, denn Wissen ist begrenzt.“ – Albert Einstein",
            "ISBN {isbn}: Thomas Mann, Der Zauberberg, Fischer Taschenbuch.",
            "Job {uuid} beendet um {time}: 1.240 Artikel von {brand} importiert, 0 Fehler.",
            "Bund und Länder beraten am {date} im Kanzleramt über die Krankenhausreform.",
        ],
    },
    "fr": {
        "pii": [
            "Coucou {first},\n\nJe te confirme le gîte pour le week-end. Le propriétaire, {title_name}, nous attend "
            "à partir de 16 h ; son portable : {phone}.\n\nBisous",
            "Compte rendu de consultation\nPatient(e) : {person}\nNé(e) le : {dob}\nIPP : {mrn}\nMédecin : "
            "{title_name}",
            "Je soussigné, {person}, responsable des ressources humaines, atteste que {title_name}, demeurant "
            "{address}, est employé(e) dans notre société depuis le {date}.",
            "Voici mon RIB pour le virement du loyer :\nTitulaire : {person}\nIBAN : {iban}\nDomiciliation : "
            "agence Nantes Graslin",
            "Assuré : {person}\n{nid}\nOrganisme : CPAM, centre de paiement 751",
            "Bonjour, l'annonce est toujours dispo ? Je peux passer ce soir vers 19 h. {first}, {phone}",
            "[2026-03-11 09:12:44] ERREUR authentification refusée pour {email} depuis {ip}",
            "Fiche d'inscription – Nom : {person} – {nid} – Adresse : {address}",
            "Madame, Monsieur,\n\nVotre enfant {first} a été absent(e) ce matin sans justificatif. Merci de "
            "contacter la vie scolaire.\n\nLa CPE, {title_name}",
            "Passager : {person}\nPasseport n° {passport}\nDate de naissance : {dob}\nVol AF 346 Paris-CDG → Montréal",
            "DEVIS N° {invoice}\nClient : {title_name}\nAdresse du chantier : {address}\nTél. : {phone}",
            "Je soussignée {person}, née le {dob}, demeurant {address}, déclare avoir été victime d'un vol à "
            "l'arraché.",
            "INSERT INTO clients (nom, email, tel) VALUES ('{person}', '{email}', '{phone}');",
            "Salut, voici les accès de la préprod (ne les mets pas sur le wiki) :\n{secret}",
            "Paiement refusé pour la carte {card}, titulaire {person}. Motif : plafond hebdomadaire atteint.",
            "Relecture : « {biased} » est à éviter ; reformuler selon la charte de rédaction inclusive.",
            "Mention : {policy}. Ne pas diffuser en dehors du comité de direction.",
            "Procès-verbal de l'assemblée générale\nPrésidente : {person}\nTrésorier : {person}\nSecrétaire : {first}",
            "Chambre 214 : {title_name}, IPP {mrn}, entrée le {date}, allergie à la pénicilline.",
            "Conseiller : Pouvez-vous me rappeler votre adresse e-mail ?\nClient : oui c'est {email}\nConseiller : "
            "Merci. Et votre date de naissance ?\nClient : {dob}",
            "Vous nous avez signalé un déménagement : votre nouvelle adresse, {address}, est prise en compte à "
            "partir du {date}.",
            "Dossier locataire : {person}, CDI, 2 800 € nets par mois ; garant : {person}, tél. {phone}.",
            "Bénéficiaires du contrat : {person} (assuré principal), {first} (conjoint), {first} (enfant)",
            "Tentative d'intrusion bloquée : {ip} → port 22, 148 essais en 5 minutes.",
            "Bonjour {title_name},\n\nVous trouverez ci-joint votre bulletin de salaire. Pour rappel, votre {nid} "
            "figure en haut à gauche.\n\nCordialement,\n{first}, service paie",
        ],
        "clean": [
            "La ligne 4 est interrompue entre Châtelet et Porte d'Orléans ; prenez la ligne 14 jusqu'à "
            "Saint-Lazare.",
            "Facture {invoice} – {company} – montant TTC : {amount} € – échéance le {date}.",
            "Le lycée Victor-Hugo sera fermé le {date} pour les épreuves du baccalauréat.",
            "Votre colis {tracking} vous attend en point relais jusqu'au {date}.",
            "Mise à jour {version} : les mots de passe sont désormais hachés avec {hashalgo} (ticket {ticket}).",
            "L'Institut Pasteur et l'hôpital européen Georges-Pompidou lancent un essai clinique commun.",
            "Commande {order} : {product}, expédiée depuis notre entrepôt de {city}.",
            "Le numéro {badref} n'est pas valide : la clé de contrôle ne correspond pas.",
            "Règle pare-feu : autoriser {cidr4} sur le port {port} (commit {sha}).",
            "Le président de la République se rendra à {city} le {date} pour inaugurer la nouvelle ligne de tramway.",
            "ISBN {isbn} – Albert Camus, L'Étranger, Folio.",
            "Tâche {uuid} terminée à {time} : 3 200 lignes importées depuis {brand}.",
        ],
    },
    "es": {
        "pii": [
            "Hola {first}, soy {first}, la vecina del 3ºB. ¿Te ha llegado un paquete a mi nombre? Mi móvil es {phone}.",
            "Informe de alta\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nServicio: Traumatología",
            "REUNIDOS\n\nDe una parte, {title_name}, mayor de edad, con {nid}, y domicilio en {address}, en "
            "calidad de arrendador.",
            "Datos para la transferencia:\nTitular: {person}\nIBAN: {iban}\nConcepto: fianza piso",
            "Cita previa confirmada. Solicitante: {person}, {nid}. Trámite: renovación de pasaporte (actual: "
            "{passport}).",
            "2026-03-05 12:01:33 ERROR login fallido usuario={email} ip={ip}",
            "Hoja de reclamaciones – Datos del reclamante: {person}, domicilio {address}, teléfono {phone}",
            "Estimada familia: le informamos de que {first} no ha asistido hoy a clase. Un saludo, la tutora, "
            "{title_name}.",
            "Dirección de envío:\n{person}\n{address}\nTel. {phone}",
            "Trabajador: {person} | {nid} | Categoría: Oficial de 1ª | Antigüedad: {date}",
            "Agente: ¿Me confirma los últimos cuatro dígitos de la tarjeta?\nCliente: te la paso entera, es {card}\n"
            "Agente: Por seguridad, no comparta el número completo por este chat.",
            "const cliente = { nombre: \"{person}\", email: \"{email}\", telefono: \"{phone}\" };",
            "Te paso las credenciales del entorno de pruebas:\n{secret}\nNo las subas al repo, porfa.",
            "Asistentes a la junta: {person} (presidente), {person} (3ºA), {title_name} (administrador de fincas).",
            "Corrección de estilo: evite «{biased}» y use un término neutro, según la guía de lenguaje inclusivo.",
            "Clasificación: {policy}. Prohibida su difusión fuera del departamento.",
            "{title_name}, le recordamos su cita en el centro de salud el {date} a las 9:20. Historia clínica: {mrn}.",
            "Pasajero: {person} · Pasaporte {passport} · Nacimiento {dob} · Vuelo IB 3166 Madrid–Bogotá",
            "Volante de empadronamiento: {person}, nacido/a el {dob}, inscrito/a en {address}.",
            "Bloqueada la IP {ip} tras 20 intentos fallidos de acceso por SSH.",
            "Hola! ¿Sigue disponible la bici? Te hago Bizum al {phone}, soy {first}",
            "Un saludo,\n\n{person}\nDepartamento de Compras\nTel. {phone}\n{email}",
            "DEBUG pago tarjeta={card} titular=\"{person}\" importe=49,90",
            "Parte amistoso – Conductor vehículo B: {person}, domicilio {address}, teléfono {phone}.",
        ],
        "clean": [
            "La línea 6 de Metro de Madrid circula con retrasos entre Nuevos Ministerios y Príncipe Pío.",
            "Adjuntamos la factura {invoice} emitida por {company} por un importe de {amount} € (IVA incl.). "
            "Fecha de vencimiento: {date}.",
            "El Hospital General Universitario Gregorio Marañón abre nuevas consultas de cardiología el {date}.",
            "Tu pedido {order} ({product}) saldrá del almacén de {city} el {date}; seguimiento: {tracking}.",
            "Versión {version}: las contraseñas se almacenan con {hashalgo} (ticket {ticket}).",
            "El número {badref} no es válido: el dígito de control no coincide.",
            "Regla de firewall: permitir {cidr6} en el puerto {port}; desplegada en {sha}.",
            "La calle de Alcalá, el paseo de la Castellana y la Gran Vía estarán cortados el {date} por la maratón.",
            "ISBN {isbn}: Gabriel García Márquez, Cien años de soledad, Debolsillo.",
            "El rey Felipe VI presidirá el {date} la entrega de despachos en la Academia General Militar.",
            "Tarea {uuid} completada a las {time}: 5.400 registros importados de {brand}.",
            "EAN {ean} · {product} · stock: 12 uds · tienda de {namecity}",
        ],
    },
    "nl": {
        "pii": [
            "Hoi {first}! Ik ben morgen niet op kantoor, bel me anders even op {phone}. Groetjes, {first}",
            "Patiëntgegevens\nNaam: {person}\nGeboortedatum: {dob}\nPatiëntnummer: {mrn}\nHuisarts: {title_name}",
            "Huurovereenkomst woonruimte\nVerhuurder: {person}\nHuurder: {person}, {nid}\nGehuurde: {address}",
            "Hierbij machtig ik, {person}, de vereniging om de jaarlijkse contributie af te schrijven van rekening "
            "{iban}.",
            "Loonstrook maart – {person} – {nid} – loonheffingskorting: ja",
            "2026-03-09 07:44:12 WAARSCHUWING mislukte inlogpoging voor {email} vanaf {ip}",
            "Beste ouders,\n\n{first} is vandaag door de gymleraar naar huis gestuurd met hoofdpijn. Mentor: "
            "{title_name}.",
            "Hallo, is de kinderwagen nog te koop? Verzenden mag ook, mijn adres is {address}. Groet, {person}",
            "Reiziger 1: {person}, paspoortnummer {passport}, geboren {dob}",
            "Bezorgadres: {person}, {address}\nTelefoon: {phone}\nBetaald met creditcard {card}",
            "klant = {\"naam\": \"{person}\", \"email\": \"{email}\", \"geboortedatum\": \"{dob}\"}",
            "Inloggegevens testomgeving (niet delen!):\n{secret}",
            "Feedback toegankelijkheid: de term {biased} in paragraaf 3 kan kwetsend overkomen; kies een "
            "neutrale omschrijving.",
            "Rubricering: {policy}\nNiet doorsturen buiten de afdeling.",
            "Notulen ledenvergadering\nAanwezig: {person} (voorzitter), {person} (penningmeester), {first}\nAfwezig "
            "met bericht: {title_name}",
            "Geachte collega,\n\nUw patiënt {title_name}, geboren {dob}, bezocht vandaag onze polikliniek in "
            "verband met kortademigheid. Ziekenhuisnummer {mrn}.",
            "Inschrijvingsformulier jeugdbeweging – {person} – {nid} – {address}",
            "Geblokkeerd: {ip} probeerde 312 keer in te loggen op de VPN-gateway.",
            "Schadeformulier – tegenpartij: {person}, telefoon {phone}, verzekeraar onbekend.",
            "Betaling mislukt voor kaart {card} (houder {person}); reden: 3-D Secure geweigerd.",
            "Overboeking naar {person}, {iban}, omschrijving: borg appartement",
            "Met vriendelijke groet,\n\n{person}\nTeamleider Klantenservice\nT {phone}\nE {email}",
            "Hier is je brief aan de gemeente:\n\n{person}\n{address}\n\nBetreft: aanvraag parkeervergunning\n\n"
            "Geachte heer/mevrouw,",
            "Vaccinatieoverzicht – {person} – geboortedatum {dob} – cliëntnummer {mrn}",
        ],
        "clean": [
            "Door een seinstoring rijden er minder treinen tussen Amsterdam Centraal en Schiphol Airport.",
            "Herinnering: factuur {invoice} van {company} ({amount} euro) staat nog open sinds {date}.",
            "Het Anne Frank Huis is op {date} tot 13.00 uur gesloten.",
            "Je pakket {tracking} ligt klaar bij het PostNL-punt; ophalen kan tot {date}.",
            "Versie {version}: hashes voortaan met {hashalgo}; migratie in {ticket}.",
            "Het nummer {badref} klopt niet: het controlecijfer is ongeldig.",
            "Bestelling {order} ({product}) is verzonden vanuit het distributiecentrum in {city}.",
            "Firewall: {cidr4} toegestaan op poort {port}, wijziging {sha}.",
            "De premier en de ministers komen op {date} bijeen in het Catshuis.",
            "ISBN {isbn}: Harry Mulisch, De aanslag, De Bezige Bij.",
            "Taak {uuid} klaar om {time}: 980 records van {brand} gesynchroniseerd.",
            "Werkzaamheden op de Prins Hendrikkade en het Rembrandtplein van {date} tot {date}.",
        ],
    },
}

# ------------------------------------------------------------------------------------ ZENITH
ZENITH: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "[10:41] {first} (Customer Care): Thanks for holding. I've found the account under {email}.\n"
            "[10:42] Customer: ok great, it's the parcel that never arrived\n"
            "[10:42] {first} (Customer Care): I can see it was left at {address}. Is that still your address?",
            "Re: {person}   DOB: {dob}   NHS No: {nhs}\n\nDear {title_name},\n\nThank you for seeing this 58-year-old gentleman "
            "in the chest pain clinic. He reports exertional tightness for six weeks.",
            "EMPLOYEE ONBOARDING CHECKLIST\nName: {person}\nStart date: {date}\nTax identifier: {nid}\nBank account: {iban}\n"
            "Emergency contact: {person} (spouse), {phone}",
            "logger.info(\"password reset requested\", extra={\"email\": \"{email}\", \"client_ip\": \"{ip}\", \"ua\": \"okhttp/4.12\"})",
            "{\"patient_id\": \"{mrn}\", \"name\": \"{person}\", \"birth_date\": \"{dob}\", \"gp_practice\": \"B82018\", \"mobile\": \"{phone}\"}",
            "customer_id,full_name,email,signup_ip\n{order},{person},{email},{ip}\n{order},{person},{email},{ip}",
            "E-TICKET RECEIPT\nBooking reference: QX7T2L\nPassenger: {person}\nPassport: {passport}\nCabin: Economy (K)\n"
            "Contact phone: {phone}",
            "We've added a new payee to your account: {person}, {iban}. If this wasn't you, freeze your card in the app straight away.",
            "Motor claim MC-2026-48810\nPolicyholder: {title_name}\nThird party driver: {person}, tel {phone}\n"
            "Incident: rear-end collision at low speed, no injuries reported.",
            "Hi {first},\n\nWelcome to the team! Before Monday could you fill in the new starter form? HR still needs your {nid} "
            "and a copy of your passport (the number you gave us, {passport}, doesn't match the scan).\n\nSee you soon,\n{first}",
            "Class 4B emergency contacts\n1. {person} - {phone}\n2. {person} - {phone}\n3. {first} (grandmother) - {phone}",
            "THIS TENANCY AGREEMENT is made on {date} between {person} (\"the Landlord\") and {person} (\"the Tenant\") "
            "in respect of the property known as {address}.",
            "Good news, {first}! Your order #{order} has been dispatched and is on its way to:\n\n{person}\n{address}\n\n"
            "Track it with {tracking}.",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 10 14:22:07 2026 +0000\n\n    Fix off-by-one in invoice pagination",
            "{ip} - - [10/Mar/2026:14:22:07 +0000] \"POST /api/v2/session HTTP/1.1\" 401 187 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"",
            "2026-03-10 14:22:07,114 ERROR payments.gateway declined: cardholder=\"{person}\" pan={card} exp=09/28 reason=do_not_honor",
            "I spotted a credential in the snippet you pasted:\n\n{secret}\n\nTreat it as compromised: revoke it, issue a new one "
            "and load it from your secret manager instead of the repository.",
            "DISCHARGE SUMMARY\nPatient: {person}    Hospital no.: {mrn}    DOB: {dob}\nConsultant: {title_name}\n"
            "Diagnosis: community-acquired pneumonia, treated with IV co-amoxiclav.",
            "Attendees: {first}, {first}, {person} (Finance), {first}\nApologies: {title_name}\n\nActions\n"
            "- {first} to circulate the revised forecast by Friday",
            "IN THE COUNTY COURT AT {city}\nClaim No. K00DE412\nBETWEEN\n{person}\nClaimant\nand\n{person}\nDefendant",
            "Thanks for renewing your membership for 2026! We'll collect the annual fee of £48.00 by Direct Debit from {iban} "
            "on or shortly after {date}. Membership holder: {person}.",
            "Port-out request for {phone}: PAC code issued to the account holder {title_name} after two-step verification.",
            "Account holder: {title_name}\nSupply address: {address}\nMeter serial: E15M 031844\nPayment method: card ending 4417",
            "def test_profile_serializer():\n    user = User(name=\"{person}\", email=\"{email}\", date_of_birth=\"{dob}\")\n"
            "    assert ProfileSerializer(user).data[\"name\"] == user.name",
            "INSERT INTO customers (full_name, phone, billing_card) VALUES ('{person}', '{phone}', '{card}');",
            "To complete your ESTA application we need: passport number {passport}, date of birth {dob} and a US contact address.",
            "Hi {first}, I came across your profile and think you'd be a strong fit for a senior data role in our London team. "
            "Are you free for a quick call this week? I'm on {phone}.",
            "@{first} can you check why {ip} keeps tripping the rate limiter? it's been ~2k req/min since 09:40",
            "Please send remittance advice to {role_email} and quote the supplier reference. Payment for {person} was made to {iban}.",
            "Classification: {policy}\nDistribution: named recipients only\nPrepared by: {person}, Group Treasury",
            "In the second paragraph of your job ad, I'd replace \"{biased}\" with something more neutral. "
            "The rest reads well; the salary range is a nice touch.",
            "| Name | Role | Mobile |\n|---|---|---|\n| {person} | Site lead | {phone} |\n| {person} | First aider | {phone} |",
            "oncall:\n  primary: {email}\n  secondary: {email}\n  escalation_phone: \"{phone}\"\n  timezone: Europe/London",
            "Your P60 for the tax year ending 5 April 2026\nEmployee: {person}\n{nid}\nTotal pay: £41,208.55",
            "Many thanks,\n\n{person}\nPractice Manager\nT: {phone}\nE: {email}",
            "Sure - here's a polished version of the reference letter:\n\n\"I have known {person} for four years as her line manager. "
            "She is reliable, thoughtful and great with customers.\"",
            "Referral received for {person} (MRN {mrn}), lives at {address}. Daughter {first} is the main carer and asked to be called on {phone}.",
        ],
        "clean": [
            "Release {version} ({sha}) fixes a heap overflow in the TLS handshake; all users should upgrade.",
            "Your order {order} ({product}) has left our {city} depot. Tracking number: {tracking}. Expected delivery {date}.",
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  ingress:\n    - from:\n        - ipBlock:\n"
            "            cidr: {cidr4}\n      ports:\n        - port: {port}",
            "Invoice {invoice} from {company}: {amount} GBP, payment due {date}. Bank details are on page 2.",
            "PASSWORD_HASHERS default switched to {hashalgo} in {version}; existing hashes are upgraded on next login ({ticket}).",
            "The number {badref} fails the checksum, so it can't be a real account or card number - probably a typo.",
            "Good pick! {isbn} is the ISBN of the 2015 Penguin Classics edition of Middlemarch by George Eliot.",
            "Engineering works: no trains between Reading and London Paddington on {date}; the Elizabeth line runs as normal.",
            "Tim Berners-Lee proposed the World Wide Web in 1989 while working at CERN, and the first website went live in 1991.",
            "The Kennedy Space Center visitor complex opens at 9am; allow a full day if you want to see the Saturn V hall.",
            "Job {uuid} finished at {time}: 12,480 rows imported from the {brand} dealer feed, 0 rejected.",
            "allow {cidr6} on tcp/{port} - change approved in {ticket}, applied by the network automation pipeline",
            "Parking suspension on Martin Luther King Jr. Boulevard from {date} to {date} for resurfacing.",
            "Product: {product}\nEAN: {ean}\nWarranty: 24 months\nSold by: {company}",
            "Conference room 'Ada Lovelace' (3rd floor) is booked for the quarterly planning session on {date}.",
            "Isaac Newton was born on 25 December 1642 (Julian calendar) in Woolsthorpe, Lincolnshire.",
            "The {namecity} office moves to the new building on {date}; desks are allocated by team, not by name.",
            "The Prime Minister told the Commons that the spending review will be published on {date}.",
        ],
    },
    "de": {
        "pii": [
            "Guten Tag {title_name},\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Lohnbuchhaltung. Wir möchten Sie gern "
            "zu einem Gespräch einladen. Bitte bestätigen Sie den Termin telefonisch unter {phone}.\n\nMit freundlichen Grüßen\n{person}",
            "Arztbrief\nPatient: {person}, geb. {dob}\nFallnummer: {mrn}\nAnschrift: {address}\n\nDiagnosen: Z. n. Sprunggelenksfraktur re.",
            "SEPA-Lastschriftmandat\nKontoinhaber: {person}\nIBAN: {iban}\nMitgliedsnummer: 2231 (Turn- und Sportverein)\n"
            "Datum, Unterschrift: {date}",
            "Lohnabrechnung März 2026\nPersonalnummer 004417\n{person}\n{address}\n{nid}\nSteuerklasse 1, Kinderfreibetrag 0,5",
            "Hallo {first},\n\nkurze Info: Der Handwerker kommt am Donnerstag zwischen 8 und 12 Uhr. Falls du nicht da bist, "
            "ruf bitte {person} aus dem Erdgeschoss an: {phone}.\n\nLG {first}",
            "Mietvertrag über Wohnraum\nzwischen {person} (Vermieter)\nund {person} (Mieter)\nMietobjekt: {address}, 2. OG links",
            "Anmeldung Volkshochschule, Kurs 26F-118 Spanisch A1\nTeilnehmer/in: {person}, geboren am {dob}\nTel. {phone}\n"
            "Kursbeginn: {date}",
            "2026-03-10T08:14:55+01:00 sshd[2291]: Failed password for invalid user admin from {ip} port 51822 ssh2",
            "Ihr Ansprechpartner in der Schadenabteilung ist {title_name}. Schadennummer KH-26-004711, "
            "Versicherungsnehmer {person}, Kennzeichen siehe Anlage.",
            "Protokoll Elternabend 3b\nAnwesend: {first}, {first}, {person}, {title_name} (Klassenleitung)\n"
            "TOP 1: Klassenfahrt nach Usedom",
            "Bitte überweisen Sie die Kaution in Höhe von 2.250,00 EUR auf folgendes Konto: {person}, IBAN {iban}, "
            "Verwendungszweck: Kaution {address}",
            "Reisepass\nPassnummer: {passport}\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: DEUTSCH",
            "Zahlung abgelehnt: Karte {card}, Inhaber {person}, Betrag 89,90 EUR, Händler {company}",
            "Achtung: In der Datei .env.production steht noch ein Klartext-Zugang:\n\n{secret}\n\nBitte sofort rotieren und aus der "
            "Git-Historie entfernen.",
            "Entlassungsbericht – Patientin {person}, Aufnahme-Nr. {mrn}. Die Hausärztin {title_name} erhält eine Kopie.",
            "Rückrufbitte: {title_name} hat angerufen wegen der Nebenkostenabrechnung, bittet um Rückruf unter {phone} (ab 17 Uhr).",
            "Vertraulichkeitsstufe: {policy}\nVerteiler: Geschäftsführung\nErstellt von: {person}",
            "Kleiner Hinweis zum Text für die Website: Statt „{biased}“ würde ich eine neutrale Formulierung nehmen, "
            "sonst passt alles.",
            "Kundendaten (Auszug)\nName:     {person}\nE-Mail:   {email}\nTelefon:  {phone}\nKunde seit: 2019",
            "user_id;vorname;email;letzter_login_ip\n{order};{first};{email};{ip}",
            "Für die Anmeldung beim Finanzamt brauche ich noch deine {nid} – kannst du mir die kurz per Signal schicken? Danke, {first}",
            "Sehr geehrter Herr Rechtsanwalt,\nin der Sache {person} ./. {company} übersenden wir anbei die Vollmacht. "
            "Unsere Mandantin ist unter {email} erreichbar.",
            "Versand an: {person}, {address}\nSendungsnummer {tracking}",
            "{\"kunde\": \"{person}\", \"geburtsdatum\": \"{dob}\", \"ausweisnummer\": \"{passport}\", \"status\": \"verifiziert\"}",
        ],
        "clean": [
            "Bestellung {order} ({product}) wurde am {date} aus dem Lager {city} versendet. Sendungsnummer: {tracking}.",
            "Rechnung {invoice} von {company} über {amount} EUR, zahlbar bis {date}.",
            "Wegen Bauarbeiten ist die Konrad-Adenauer-Straße zwischen {date} und {date} gesperrt; Umleitung über den Ring.",
            "Version {version} speichert Passwörter mit {hashalgo}; die Migration läuft in {ticket}.",
            "Die Nummer {badref} ist ungültig, die Prüfziffer stimmt nicht.",
            "Goethes Faust I ist 1808 erschienen; die Reclam-Ausgabe hat die ISBN {isbn}.",
            "Die Bundeskanzlerin eröffnete am {date} die Hannover Messe gemeinsam mit dem Ministerpräsidenten.",
            "Firewall-Regel: {cidr4} darf auf Port {port} zugreifen, Änderung {sha} ist live.",
            "Der ICE 578 nach Hamburg-Altona fällt heute aus; Reisende nutzen bitte den IC ab Gleis 7.",
            "Das Albert-Schweitzer-Gymnasium lädt am {date} zum Tag der offenen Tür ein.",
            "Import {uuid} abgeschlossen um {time}: 3.140 Artikel von {brand}, EAN-Prüfung fehlerfrei.",
            "Artikel: {product}\nEAN: {ean}\nLieferant: {company}\nLagerort: Halle 3, Regal 14",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {first},\n\nVotre rendez-vous avec {title_name} est confirmé pour le {date} à 9 h 40. "
            "En cas d'empêchement, merci de prévenir le secrétariat au {phone}.",
            "ATTESTATION D'EMPLOYEUR\nNous soussignés, {company}, certifions que {person}, né(e) le {dob}, demeurant {address}, "
            "est employé(e) en CDI depuis le {date}.",
            "Relevé d'identité bancaire\nTitulaire du compte : {person}\nIBAN : {iban}\nBIC : CCBPFRPPMTZ",
            "Bulletin de salaire - février 2026\nSalarié : {person}\nMatricule : 00872\n{nid}\nEmploi : technicien de maintenance",
            "Coucou {first} ! Pour samedi, c'est chez {first} vers 20h. Si tu te perds appelle-la au {phone} 😉",
            "Compte rendu d'hospitalisation\nPatient : {person}\nIPP : {mrn}\nDate de naissance : {dob}\nMédecin traitant : {title_name}",
            "CONTRAT DE LOCATION\nEntre les soussignés :\n{person}, ci-après « le bailleur »,\net {person}, ci-après « le locataire »,\n"
            "pour le logement situé {address}.",
            "Mar 10 09:12:44 web-02 nginx: [error] 1184#1184: *55 limiting requests, excess: 20.480 by zone \"login\", client: {ip}",
            "Objet : réclamation colis\n\nMadame, Monsieur,\n\nJe n'ai toujours pas reçu le colis {tracking} commandé le {date}. "
            "Mes coordonnées : {person}, {address}, {email}.",
            "Fiche d'inscription - Association sportive\nNom et prénom : {person}\nTéléphone des parents : {phone}\n"
            "Courriel : {email}",
            "Le paiement par carte {card} a été refusé (titulaire : {person}). Merci d'utiliser un autre moyen de paiement.",
            "Informations voyageurs (APIS) à compléter avant l'embarquement : {person}, passeport n° {passport}, né(e) le {dob}.",
            "Attention, ce fichier contient un identifiant en clair :\n\n{secret}\n\nIl faut le révoquer et le remplacer par une "
            "variable d'environnement.",
            "Réunion de service du 10 mars\nPrésents : {first}, {first}, {title_name}, {person}\nExcusée : {first}\n"
            "Point 1 : planning des congés d'été",
            "Diffusion : {policy}\nRédacteur : {person}, direction financière",
            "Dans le deuxième paragraphe de l'annonce, je remplacerais « {biased} » par une formulation plus neutre.",
            "Suite à votre appel, {title_name} de la mutuelle vous rappellera au {phone} sous 48 h. Votre {nid} a bien été mis à jour.",
            "nom;prenom;email;ip_derniere_connexion\n{person};{first};{email};{ip}",
            "Monsieur le Juge,\nJ'ai l'honneur de solliciter, pour le compte de mon client {person}, demeurant {address}, "
            "le renvoi de l'audience.",
            "Ordonnance\n{title_name}\nPatiente : {person}, {dob}\nParacétamol 1 g : 1 cp x 3/j pendant 5 jours",
            "Salut {first}, tu peux m'envoyer ton RIB ? J'ai juste besoin de l'IBAN, celui que j'ai ({iban}) a l'air faux.",
            "{\"client\": \"{person}\", \"telephone\": \"{phone}\", \"date_naissance\": \"{dob}\", \"dossier\": \"{mrn}\"}",
            "Bonjour,\nLa mairie vous informe que le passeport n° {passport} établi au nom de {person} est disponible. "
            "Vous pouvez le retirer au guichet 3 sur rendez-vous.",
            "Cordialement,\n\n{person}\nResponsable clientèle\nTél. : {phone}\n{email}",
        ],
        "clean": [
            "Votre commande {order} ({product}) a été expédiée depuis notre entrepôt de {city}. Numéro de suivi : {tracking}.",
            "Facture {invoice} de {company} : {amount} EUR, à régler avant le {date}.",
            "Travaux boulevard Jean-Jaurès du {date} au {date} : stationnement interdit des deux côtés.",
            "La version {version} stocke désormais les mots de passe avec {hashalgo} ({ticket}).",
            "Saisie refusée : « {badref} » ne passe pas le contrôle de validité, probablement une faute de frappe.",
            "Les Misérables de Victor Hugo, édition Folio classique, ISBN {isbn}.",
            "Le président de la République a reçu le chancelier allemand à l'Élysée le {date}.",
            "Règle de pare-feu : {cidr4} autorisé sur le port {port}, commit {sha}.",
            "Le lycée Marie-Curie organise ses portes ouvertes le {date} de 9 h à 12 h.",
            "Synchronisation {uuid} terminée à {time} : 2 310 références {brand} mises à jour.",
            "Suite à un mouvement social, le trafic du RER B est perturbé entre Gare du Nord et l'aéroport Charles-de-Gaulle.",
            "Référence : {product}\nEAN : {ean}\nFournisseur : {company}\nGarantie : 2 ans",
        ],
    },
    "es": {
        "pii": [
            "Estimado/a {title_name}:\n\nLe recordamos su cita en el Centro de Salud el {date} a las 10:20. "
            "Para anularla, llame al {phone} o use la app.\n\nAtentamente,\nServicio de Admisión",
            "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nDe una parte, {person}, con {nid}, en calidad de arrendador.\n"
            "De otra parte, {person}, con {nid}, en calidad de arrendatario.\nInmueble: {address}",
            "Nómina marzo 2026\nTrabajador: {person}\n{nid}\nCategoría: oficial de 1ª",
            "Holaa {first}!! te paso el número de {first} para lo del piso: {phone}. dile que vas de mi parte 😊",
            "Informe de alta\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nMédico responsable: {title_name}",
            "Orden de domiciliación SEPA\nTitular de la cuenta: {person}\nIBAN: {iban}\nAcreedor: {company}",
            "Mar 10 11:03:27 srv-web01 postfix/smtpd[8812]: warning: unknown[{ip}]: SASL LOGIN authentication failed",
            "Hola {first}, soy {first} de la comunidad de propietarios. Te escribo porque la derrama de la fachada se pasará "
            "al cobro el {date} en tu cuenta {iban}. Cualquier cosa me dices.",
            "Ficha de inscripción – Curso de natación para adultos\nNombre: {person}\nFecha de nacimiento: {dob}\nTeléfono de contacto: {phone}\n"
            "Correo: {email}",
            "Su pago con la tarjeta {card} no se ha podido completar. Titular: {person}. Por favor, revise los datos o pruebe "
            "con otro método.",
            "Datos del pasajero\nNombre: {person}\nPasaporte: {passport}\nFecha de nacimiento: {dob}\nTeléfono: {phone}",
            "Cuidado: en el fichero de configuración que has pegado aparece una credencial en claro:\n\n{secret}\n\n"
            "Revócala cuanto antes y guárdala en un gestor de secretos.",
            "Acta de la reunión\nAsistentes: {first}, {first}, {title_name}, {person}\nExcusa su asistencia: {first}\n"
            "1. Aprobación del presupuesto",
            "Clasificación: {policy}\nElaborado por: {person}, Dirección Financiera",
            "Te sugiero cambiar «{biased}» en el segundo párrafo de la oferta de empleo; el resto está muy bien.",
            "Según el parte amistoso, el otro conductor es {person}, con domicilio en {address} y teléfono {phone}.",
            "nombre,email,ip_registro\n{person},{email},{ip}\n{person},{email},{ip}",
            "AL JUZGADO DE PRIMERA INSTANCIA\n{person}, mayor de edad, con {nid} y domicilio a efectos de notificaciones en "
            "{address}, ante el Juzgado comparezco y DIGO:",
            "Receta electrónica\nPaciente: {person}\nCIP / tarjeta sanitaria: {mrn}\nIbuprofeno 600 mg, 1 comp./8 h, 5 días",
            "Envío para: {person}, {address}\nEnvío Correos: {tracking}",
            "Un saludo,\n\n{person}\nDepartamento de Atención al Cliente\nTel.: {phone}\n{email}",
            "{\"cliente\": \"{person}\", \"documento\": \"{passport}\", \"fecha_nacimiento\": \"{dob}\", \"email\": \"{email}\"}",
            "Para el empadronamiento necesito tu {nid} y el contrato de alquiler, {first}. ¿Me lo mandas por WhatsApp?",
            "Paciente {person} (historia clínica {mrn}) solicita cambio de médico de familia; actualmente asignada a {title_name}.",
        ],
        "clean": [
            "Su pedido {order} ({product}) ha salido de nuestro almacén de {city}. Número de seguimiento: {tracking}.",
            "Factura {invoice} de {company}: {amount} EUR, vencimiento el {date}.",
            "Obras en la avenida de Blasco Ibáñez del {date} al {date}; la EMT desvía las líneas 10 y 12.",
            "A partir de la versión {version} las contraseñas se guardan con {hashalgo} ({ticket}).",
            "Formulario: el valor «{badref}» no supera la validación del dígito de control; revise si hay un error al teclearlo.",
            "Cien años de soledad, de Gabriel García Márquez, edición de bolsillo: ISBN {isbn}.",
            "El presidente del Gobierno inaugurará el {date} la nueva línea de alta velocidad.",
            "Regla de firewall: se permite {cidr4} en el puerto {port} (commit {sha}).",
            "El Hospital Universitario Virgen del Rocío amplía el horario de consultas externas a partir del {date}.",
            "Sincronización {uuid} terminada a las {time}: 1.870 artículos de {brand} actualizados.",
            "Renfe informa: por obras, los trenes de Cercanías entre Atocha y Chamartín circulan por la vía alternativa.",
            "Artículo: {product}\nEAN: {ean}\nProveedor: {company}\nGarantía: 3 años",
        ],
    },
    "nl": {
        "pii": [
            "Beste {first},\n\nJe afspraak bij de fysiotherapeut staat op {date} om 14.15 uur. Kun je niet? "
            "Bel dan uiterlijk 24 uur van tevoren naar {phone}.\n\nGroet,\n{first}",
            "Huurovereenkomst woonruimte\nOndergetekenden:\n{person}, hierna te noemen 'verhuurder', en\n{person}, "
            "hierna te noemen 'huurder'\nbetreffende de woning {address}",
            "Loonstrook maart 2026\nWerknemer: {person}\n{nid}\nPersoneelsnummer: 10442\nFunctie: medewerker logistiek",
            "hoi {first}! {first} vroeg om je nummer voor de carpool, heb ik {phone} doorgestuurd, hoop dat dat oké is",
            "Ontslagbrief\nPatiënt: {person}\nPatiëntnummer: {mrn}\nGeboortedatum: {dob}\nHuisarts: {title_name}",
            "Machtiging SEPA-incasso\nNaam rekeninghouder: {person}\nIBAN: {iban}\nKenmerk machtiging: LID-2026-0318",
            "2026-03-10 09:44:12 WARN  [auth] te veel mislukte inlogpogingen voor {email} vanaf {ip}, account 15 min geblokkeerd",
            "Inschrijfformulier tennisvereniging\nNaam lid: {person}\nGeboortedatum: {dob}\nTelefoon: {phone}\nE-mail: {email}",
            "Je betaling met kaart {card} is mislukt. Kaarthouder: {person}. Probeer het opnieuw of kies iDEAL.",
            "Reisgegevens\nNaam: {person}\nPaspoortnummer: {passport}\nGeboortedatum: {dob}",
            "Let op: in de code die je stuurde staat een geheim in platte tekst:\n\n{secret}\n\nTrek dit direct in en zet het in "
            "een secrets manager.",
            "Notulen teamoverleg\nAanwezig: {first}, {first}, {title_name}, {person}\nAfwezig met bericht: {first}\n"
            "1. Vakantieplanning zomer",
            "Rubricering: {policy}\nOpgesteld door: {person}, afdeling Financiën",
            "In de tweede alinea van de vacature zou ik \"{biased}\" vervangen door iets neutralers; verder ziet het er goed uit.",
            "Volgens het schadeformulier is de tegenpartij {person}, wonend op {address}, bereikbaar op {phone}.",
            "naam;email;laatste_ip\n{person};{email};{ip}",
            "Geachte {title_name},\n\nNamens onze cliënt {person}, wonende te {address}, stellen wij u hierbij in gebreke.",
            "Tikkie van {first}: € 23,50 voor de pizza's van vrijdag. Betalen naar {iban} t.n.v. {person}.",
            "Verzendadres: {person}, {address}\nTrack & trace: {tracking}",
            "Met vriendelijke groet,\n\n{person}\nKlantenservice\nT {phone}\n{email}",
            "{\"klant\": \"{person}\", \"geboortedatum\": \"{dob}\", \"paspoort\": \"{passport}\", \"telefoon\": \"{phone}\"}",
            "Voor de inschrijving bij de gemeente hebben we je {nid} nodig, {first}. Upload een kopie via Mijn Omgeving.",
            "Medicatieoverzicht {person} (dossiernummer {mrn}): metoprolol 50 mg 1dd, voorgeschreven door {title_name}.",
            "Beste ouders,\n\nOp vrijdag gaat groep 6 naar het Rijksmuseum. Vragen? Mail juf {first} via {email}.",
        ],
        "clean": [
            "Je bestelling {order} ({product}) is verzonden vanuit ons magazijn in {city}. Track & trace: {tracking}.",
            "Factuur {invoice} van {company}: {amount} euro, te betalen voor {date}.",
            "Werkzaamheden aan de Johan Cruijff Boulevard van {date} tot {date}; volg de omleidingsborden.",
            "Vanaf versie {version} worden wachtwoorden opgeslagen met {hashalgo} ({ticket}).",
            "Het nummer {badref} is ongeldig: het controlegetal klopt niet.",
            "Het Achterhuis van Anne Frank, pocketeditie: ISBN {isbn}.",
            "De minister-president opent op {date} het nieuwe gebouw van de Tweede Kamer.",
            "Firewallregel: {cidr4} toegestaan op poort {port} (commit {sha}).",
            "Het Antoni van Leeuwenhoek ziekenhuis verruimt vanaf {date} de bezoektijden.",
            "Synchronisatie {uuid} klaar om {time}: 4.020 artikelen van {brand} bijgewerkt.",
            "NS: door een defecte trein rijden er minder intercity's tussen Utrecht Centraal en Eindhoven.",
            "Artikel: {product}\nEAN: {ean}\nLeverancier: {company}\nGarantie: 2 jaar",
        ],
    },
}

# ---------------------------------------------------------------------------------- KEYSTONE
KEYSTONE: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Dear {title_name},\n\nRe: {person}, DOB {dob}, NHS No. {nhs}\n{address}\n\nThank you for seeing this gentleman in the respiratory clinic. He has had a productive cough for six weeks despite two courses of amoxicillin.\n\nYours sincerely,\nGP Registrar",
            "Your prescription is ready for pickup. Patient: {person}, DOB {dob}. We will hold it for 7 days. Questions? Call the pharmacy at {phone}.",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 4 09:12:44 2025 +0000\n\n    fix(billing): retry on 503 from the tax service",
            "{ip} - - [12/Mar/2025:10:22:13 +0000] \"POST /api/v1/session HTTP/1.1\" 401 73 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
            "New starter form\n----------------\nFull name: {person}\nDate of birth: {dob}\n{nid}\nHome address: {address}\nMobile: {phone}\nPersonal email: {email}\nSalary account: {iban}",
            "Chargeback #{order} opened: cardholder {person}, card {card}, amount $249.00, reason code 10.4 (fraud, card-absent).",
            "# .env.production\nAPP_ENV=production\nLOG_LEVEL=warn\n{secret}\nSUPPORT_INBOX={role_email}",
            "Booking reference QX7PLM\nPassenger 1: {title_name}\nPassport: {passport} (expires 2031)\nContact phone: {phone}\nSeat 23C, 1 checked bag",
            "@{first} could you send the signed NDA back to legal before 3pm? {first} is waiting on it to open the data room.",
            "Dear Parent/Carer of {person},\n\nWe have noticed that {first}'s attendance has dropped below 90% this half term. Please contact the attendance officer on {phone} so we can talk about how to help.",
            "TENANCY AGREEMENT\nLandlord: {company}\nTenant: {person}\nProperty: {address}\nTerm: 12 months from {date}\nDeposit protected with the DPS under reference {order}.",
            "Claim {order}: policyholder {title_name} reports water damage to the kitchen ceiling. Loss adjuster to call back on {phone} before booking a visit.",
            "DISCHARGE SUMMARY\nPatient: {person}    MRN: {mrn}    DOB: {dob}\nAdmitted with community-acquired pneumonia, treated with IV co-amoxiclav, switched to oral on day 3.",
            "Reviewer note: this design doc is {policy} and must not be shared outside the platform group. Also, section 4 still uses the term {biased}; please swap it for the wording agreed in the style guide.",
            "nit: `{biased}` in the config key name. We retired that term last quarter, can you rename it before merge?",
            "Subject: [{policy}] Q3 reorganisation - draft org chart\n\nPlease do not forward. Comments by Friday.",
            "2025-03-11 04:17:52,310 fail2ban.actions [812]: NOTICE [sshd] Ban {ip}",
            "Payee added to your account: {person}, {iban}. If this wasn't you, call us immediately on {phone}.",
            "Direct Debit Instruction\nName(s) of account holder(s): {person}\nIBAN: {iban}\nService user: {company}\nReference: {order}",
            "I pulled these from the scanned form: employer {company}, {nid}, start date {date}. The signature box is empty.",
            "SHIP TO:\n{person}\n{address}\nTEL {phone}\n\nORDER #{order}  WEIGHT 1.2 KG",
            "Hi {first}, your SIM swap for {phone} was completed at 18:40. If you didn't ask for this, call us from another phone right away.",
            "Thanks for submitting your meter reading for {address}. Account holder: {title_name}. Your next bill will be issued on {date}.",
            "INSERT INTO customers (full_name, email, phone, date_of_birth)\nVALUES ('{person}', '{email}', '{phone}', '{dob}');",
            "id,name,email,last_login_ip\n{order},{person},{email},{ip}\n{order},{person},{email},{ip}",
            "Found in the CI output of job {order}, line 212:\n\n    {secret}\n\nThat credential is live. Please rotate it and purge the log.",
            "IN THE COUNTY COURT AT {city}\nClaim No. {order}\n\nBETWEEN\n{person}\nClaimant\n\nand\n\n{company}\nDefendant",
            "Membership renewed - thanks {first}! We have you down as {email}, {phone}. Emergency contact: {person}. See you at parkrun.",
            "Appt reminder: {title_name}, Tue 10:40 at the surgery. To cancel reply CANCEL or ring {phone}. Please bring your NHS number ({nhs}).",
            "KYC is still pending for {person}. We have {nid} on file but the address proof is missing.",
            "---------- Forwarded message ---------\nFrom: {person} <{email}>\nDate: Mon, 3 Mar 2025 at 16:05\nSubject: Re: invoice {invoice}\nTo: {role_email}\n\nPlease see the remittance below.",
            "Sure, here's a tidier header for your cover letter:\n\n{person}\n{address}\n{phone} | {email}\n\nDear Hiring Manager,",
            "Caller: Hi, it's {first}, I'm ringing about my repeat prescription.\nReceptionist: Can I take your date of birth?\nCaller: {dob}.\nReceptionist: Thanks. And your hospital number?\nCaller: {mrn}.",
            "ESTA application summary\nFamily name / given names: {person}\nPassport number: {passport}\nDate of birth: {dob}\nStatus: AUTHORIZATION APPROVED",
            "Payment failed for card {card} (exp 08/27). We emailed {person} at {email} to update the billing details.",
            "audit: role=admin granted to {email} by {email} from {ip} at {time}",
            "Hey {first} - the plumber can do Thursday morning. He'll need the address again, it's {address}, right? Text me on {phone}.",
        ],
        "clean": [
            "Firmware {version} for the {product} fixes a boot loop introduced in the previous release; build {sha}.",
            "The Abraham Lincoln Presidential Library in Springfield is open daily from 9am to 5pm; admission is free for under-5s.",
            "Flights from {namecity} to {city} are delayed by about 40 minutes because of fog. Check the departure board for your gate.",
            "Invoice {invoice} | {company} | net 30 | total {amount} EUR | PO {order}",
            "Ada Lovelace published the first algorithm intended for Babbage's Analytical Engine in 1843, which is why she is often called the first programmer.",
            "Parcel {tracking} is at the {city} depot. Redelivery is booked for {date} between 08:00 and 12:00.",
            "requests=={version} \\\n    --hash={hashalgo}:{sha}",
            "Plan: 3 to add, 0 to change, 0 to destroy.\n  + aws_vpc.main\n      cidr_block      = \"{cidr4}\"\n      ipv6_cidr_block = \"{cidr6}\"",
            "The number {badref} fails the check-digit test, so the form rejected it. Nothing was charged.",
            "{brand} has issued a recall for vehicles built between {date} and {date}; owners can check their VIN on the manufacturer's website.",
            "ISBN {isbn}: A Brief History of Time, Stephen Hawking, paperback, {amount} GBP.",
            "{time} INFO scheduler job={uuid} status=succeeded duration=41s ref={ticket}",
            "Victoria line: minor delays between Brixton and Stockwell. Elizabeth line: good service.",
            "Room 'Turing' (3rd floor) is booked for the {company} sprint review on {date}, 14:00-15:30.",
            "HTTP 429 Too Many Requests from the upstream API; retrying in 30 s. request_id={uuid} port={port}",
            "St Thomas' Hospital A&E is open 24 hours; for minor injuries the urgent treatment centre may be quicker.",
            "Order {order}: 2 x {product}, EAN {ean}, dispatched {date}.",
        ],
    },
    "de": {
        "pii": [
            "Arztbrief\n\nSehr geehrte Kollegin, sehr geehrter Kollege,\n\nwir berichten über {person}, geb. {dob}, wohnhaft {address}, die sich vom 03. bis 07.03. in unserer stationären Behandlung befand.\nFallnummer: {mrn}",
            "{person}\n{address}\n\nKündigung meines Mobilfunkvertrags\nKundennummer: {order}\nRufnummer: {phone}\n\nhiermit kündige ich den oben genannten Vertrag fristgerecht zum nächstmöglichen Zeitpunkt.",
            "Entgeltabrechnung März\nName: {person}\n{nid}\nSteuerklasse: I\nAuszahlungsbetrag auf {iban}",
            "Hallo {first}, dein Paket hat {title_name} aus dem 2. OG angenommen. LG",
            "Liebe Eltern der Klasse 3b,\n\nam Freitag findet der Wandertag statt. Bei Fragen erreichen Sie mich unter {email}.\n\nHerzliche Grüße\n{title_name}",
            "[2025-03-11 08:02:11] WARNUNG: Zu viele Anmeldeversuche für {email} von {ip}, Konto für 15 Minuten gesperrt",
            "Reisepass-Nr.: {passport}\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: deutsch",
            "Anmeldung bei der Einwohnerkontrolle\nName, Vorname: {person}\nZuzug nach: {address}\n{nid}\nKonfession: keine Angabe",
            "SEPA-Lastschriftmandat\nZahlungsempfänger: {company}\nKontoinhaber: {person}\nIBAN: {iban}\nOrt, Datum: {city}, {date}",
            "Guten Tag {person},\n\nIhr Termin in der Praxis {title_name} ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit. Rückfragen unter {phone}.",
            "Dieses Dokument ist als {policy} eingestuft. Weitergabe nur nach Rücksprache mit der Geschäftsleitung.",
            "Review-Kommentar: In der Betriebsdoku steht noch {biased}. Bitte durch die neutrale Bezeichnung aus dem Styleguide ersetzen.",
            "Im Pipeline-Log (Job {order}) steht im Klartext:\n{secret}\nBitte sofort rotieren und den Log löschen.",
            "Zahlung abgelehnt: Kreditkarte {card}, Karteninhaber {person}. Grund: 3-D-Secure-Prüfung fehlgeschlagen.",
            "[12.03.25, 19:41] {first}: schick mir nochmal deine adresse?\n[12.03.25, 19:43] {first}: {address}",
            "Lebenslauf\n\nPersönliche Daten\n{person}\n{address}\nTelefon: {phone}\nE-Mail: {email}\ngeboren am {dob} in {city}",
            "Versicherungsdatenauszug für {person} ({nid}) wurde am {date} angefordert und geht per Post raus.",
            "Guten Tag {title_name},\n\ntrotz unserer Zahlungserinnerung ist die Rechnung {invoice} noch offen. Bitte überweisen Sie den Betrag bis {date} auf {iban}.",
            "{\"patientId\": \"{mrn}\", \"name\": \"{person}\", \"geburtsdatum\": \"{dob}\", \"kasse\": \"AOK Bayern\"}",
            "Kunde: Meine Handynummer hat sich geändert, neu ist {phone}.\nAgent: Danke, {title_name}, ist hinterlegt. Kann ich sonst noch helfen?",
            "Buchungsbestätigung\nReisende/r: {title_name}\nReisepass: {passport}\nKontakt: {email}\nHinflug: FRA - LIS, 07:25",
            "Protokoll der Mitgliederversammlung des Turnvereins\nAnwesend: {person}, {person}, {person}\nProtokoll: {first}\nTOP 1: Kassenbericht",
            "Heizungswartung bei {person}, {address}. Mieterin nur vormittags erreichbar, bitte vorher anrufen: {phone}.",
            "Abuse-Meldung: Von {ip} gehen seit 02:00 Uhr Portscans auf unser Netz aus. Bitte prüfen Sie den Anschluss Ihres Kunden.",
        ],
        "clean": [
            "Die Goethe-Universität Frankfurt verschiebt den Vorlesungsbeginn auf den {date}.",
            "Bestellung {order}: {product} wird aus dem Lager {city} versendet. Sendungsnummer {tracking}.",
            "Rechnung {invoice} von {company} über {amount} EUR, zahlbar bis {date} ohne Abzug.",
            "Die Konrad-Adenauer-Straße ist wegen Bauarbeiten zwischen Rathausplatz und Bahnhof bis {date} gesperrt.",
            "Die Nummer {badref} wurde vom Formular abgelehnt: Prüfziffer falsch.",
            "Deployment {uuid} auf prod-eu abgeschlossen, Image-Tag {version}, Commit {sha}.",
            "Firewall-Antrag {ticket}: Zugriff aus {cidr4} auf Port {port} freigeben, {cidr6} weiterhin sperren.",
            "Ab Version {version} werden Passwörter mit {hashalgo} gehasht; alte Hashes werden beim nächsten Login migriert.",
            "Bundespräsident Frank-Walter Steinmeier eröffnet am {date} die Ausstellung im Humboldt Forum.",
            "Der ICE nach {city} fällt heute aus. Ersatzzug ab Gleis 7 um {time}.",
            "EAN {ean} - Ersatzfilter für {brand}-Geräte, Lieferzeit 3-5 Werktage.",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {first},\n\nVotre rendez-vous avec {title_name} est confirmé pour mardi à 14h30. En cas d'empêchement, merci de prévenir le cabinet au {phone}.",
            "Bulletin de paie - mars\nSalarié : {person}\n{nid}\nEmploi : technicienne de maintenance\nNet payé par virement sur {iban}",
            "Compte rendu d'hospitalisation\nPatient(e) : {person}, né(e) le {dob}\nIPP : {mrn}\nAdresse : {address}",
            "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : {title_name}\nIBAN : {iban}\nBIC : CCBPFRPPXXX",
            "Entre les soussignés : {company}, ci-après le bailleur, et {person}, demeurant {address}, ci-après le locataire, il a été convenu ce qui suit.",
            "Objet : résiliation de mon abonnement\n\nMadame, Monsieur,\n\nJe soussigné(e) {person}, titulaire de la ligne {phone}, vous demande de bien vouloir résilier mon contrat.",
            "Votre dossier est complet ({nid}). Vous recevrez un courrier de confirmation sous dix jours ouvrés.",
            "Attestation d'assurance maladie\nAssuré : {person}\n{nid}\nDate de naissance : {dob}",
            "Récépissé de demande de passeport\nNom : {person}\nN° de l'ancien passeport : {passport}\nMairie de dépôt : {city}",
            "[{time}] ERREUR connexion refusée pour {email} depuis {ip} (tentative 5/5)",
            "Attention, le fichier .env a été poussé sur le dépôt public :\n\n{secret}\n\nIl faut révoquer cette clé aujourd'hui.",
            "Document {policy} - ne pas diffuser en dehors du comité de direction.",
            "Relecture : le terme « {biased} » apparaît encore deux fois dans le guide d'exploitation ; merci de le remplacer.",
            "Le client a dicté son numéro de carte {card} au téléphone (exp. 11/26) ; l'opération a été annulée par sécurité.",
            "Madame, Monsieur,\n\nVotre enfant {first} a été absent(e) le {date} sans justificatif. Merci de contacter la vie scolaire au {phone}.",
            "Nom complet;Courriel;Téléphone\n{person};{email};{phone}\n{person};{email};{phone}",
            "Bulletin d'adhésion - Club de randonnée\nNom et prénom : {person}\nDate de naissance : {dob}\nAdresse : {address}\nCourriel : {email}",
            "Client : bonjour, j'ai déménagé, ma nouvelle adresse est {address}\nConseiller : c'est noté, {title_name}, merci !",
            "Voici la lettre reformulée :\n\n{person}\n{address}\n{phone}\n\nÀ l'attention du service des ressources humaines,",
            "Avis de passage : {person} absent lors de la livraison. Colis {tracking} disponible en point relais. Contact livreur : {phone}",
            "Virement SEPA émis\nBénéficiaire : {person}\nIBAN : {iban}\nMotif : loyer mars",
            "Pour votre dossier CAF, indiquez votre {nid} ainsi que celui de votre conjoint(e).",
            "{\"client\": \"{person}\", \"email\": \"{email}\", \"ip\": \"{ip}\", \"passeport\": \"{passport}\"}",
            "RAPPEL : RDV le 14/03 à 09h15 avec {title_name}, pédiatre, pour {first}. N° de dossier {mrn}.",
        ],
        "clean": [
            "Le lycée Victor-Hugo sera fermé le {date} en raison des épreuves du baccalauréat.",
            "Commande {order} expédiée depuis notre entrepôt de {city}. Numéro de suivi : {tracking}.",
            "Facture {invoice} - {company} - montant {amount} € TTC - échéance {date}.",
            "Travaux boulevard Haussmann : la ligne 9 ne marque pas l'arrêt Saint-Augustin jusqu'au {date}.",
            "Mise en production de la {version} (commit {sha}), ticket {ticket}.",
            "Autoriser {cidr4} et {cidr6} sur le port {port} dans le groupe de sécurité.",
            "Le numéro {badref} est refusé : la clé de contrôle ne correspond pas.",
            "Depuis la dernière version, les mots de passe sont hachés avec {hashalgo}.",
            "Le président de la République a inauguré le {date} le nouveau site de {company} à {city}.",
            "Hôpital européen Georges-Pompidou : les consultations de cardiologie déménagent au bâtiment B à partir du {date}.",
            "Réf. EAN {ean} : {product}, garantie 2 ans, retour gratuit sous 30 jours.",
        ],
    },
    "es": {
        "pii": [
            "Cita previa confirmada\nTrámite: renovación del DNI\nSolicitante: {person}\n{nid}\nOficina: Comisaría de {city}",
            "Nómina de marzo\nTrabajador/a: {person}\n{nid}\nGrupo de cotización: 5\nIBAN de abono: {iban}",
            "INFORME DE ALTA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nDomicilio: {address}",
            "Hola {first}! Te he hecho un Bizum de 15 € por la cena. Si no te llega dime, mi número es {phone}.",
            "REUNIDOS\nDe una parte, {title_name}, mayor de edad, con {nid}, en calidad de arrendador.\nY de otra, {person}, en calidad de arrendatario.",
            "Datos del viajero\nNombre: {person}\nPasaporte: {passport}\nFecha de nacimiento: {dob}\nNacionalidad: española",
            "{time} ERROR login fallido usuario={email} ip={ip} intentos=4",
            "Ojo, en el repositorio quedó esto en claro:\n\n{secret}\n\nHay que rotarlo hoy mismo.",
            "Este informe es {policy}; no lo reenvíes fuera del departamento.",
            "Revisión: en la guía todavía aparece «{biased}». Hay que sustituirlo por el término que acordamos.",
            "Pago rechazado con la tarjeta {card}. Titular: {person}. Motivo: fondos insuficientes.",
            "Estimadas familias:\n\nOs recordamos que la excursión es el {date}. Para cualquier duda, escribid a {email} o llamad a {title_name} al {phone}.",
            "VOLANTE DE EMPADRONAMIENTO\nD./Dña. {person} figura inscrito/a en el Padrón Municipal de Habitantes en el domicilio {address}.",
            "Cliente: quiero cambiar la cuenta de domiciliación, la nueva es {iban}\nAgente: perfecto, {first}, ya queda actualizada.",
            "Aquí tienes el encabezado del currículum:\n\n{person}\n{phone} · {email}\n{address}",
            "Tu pedido {order} llegará mañana. Destinatario: {person}, {address}. El repartidor llamará al {phone}.",
            "Borrador de la declaración de la renta: titular {person}, {nid}; cónyuge {person}.",
            "Recordatorio: cita con {title_name} (Traumatología) el jueves a las 10:20. NHC {mrn}.",
            "{\"cliente\": \"{person}\", \"email\": \"{email}\", \"ip\": \"{ip}\", \"pasaporte\": \"{passport}\"}",
            "Acta de la junta de propietarios\nAsistentes: {person} (1.º A), {person} (2.º B) y {title_name}, presidente.",
            "[9/3/25, 21:14] {first}: mi cumple es el {dob}, apúntalo 😄",
            "Parte amistoso de accidente\nAsegurado: {person}\nTeléfono: {phone}\nDirección: {address}",
            "Acceso al panel de administración desde {ip} con la cuenta {email} a las {time}.",
        ],
        "clean": [
            "El Hospital General Universitario Gregorio Marañón amplía el horario de visitas a partir del {date}.",
            "Tu pedido {order} ({product}) ha salido del almacén de {city}. Seguimiento: {tracking}.",
            "Factura {invoice} de {company}: {amount} €, vencimiento {date}.",
            "Cortes de tráfico en la calle de Alcalá por la Cabalgata de Reyes, de 17:00 a 22:00.",
            "Desplegada la versión {version} (commit {sha}); incidencia {ticket} cerrada.",
            "Regla de firewall: permitir {cidr4} en el puerto {port} y bloquear {cidr6}.",
            "El número {badref} no es válido: falla el dígito de control.",
            "A partir de la {version}, las contraseñas se guardan con {hashalgo}.",
            "El Museo Reina Sofía expone el Guernica de Picasso en la sala 206.06.",
            "Renfe: el Alvia con destino {city} sale con retraso; nueva hora de salida {time}.",
            "ISBN {isbn} - Cien años de soledad, Gabriel García Márquez, edición de bolsillo.",
        ],
    },
    "nl": {
        "pii": [
            "Loonstrook maart\nWerknemer: {person}\n{nid}\nLoonheffingskorting: ja\nUitbetaald op {iban}",
            "Geachte collega,\n\nGraag verwijs ik {person}, geboren {dob}, wonende {address}, naar uw polikliniek. Patiëntnummer: {mrn}.\n\nMet collegiale groet",
            "Hoi {first}, de sleutel ligt bij de buren op nummer 12. Bel me als er iets is: {phone}",
            "Huurovereenkomst woonruimte\nVerhuurder: {company}\nHuurder: {person}\nAdres gehuurde: {address}\nIngangsdatum: {date}",
            "Aanvraag reisdocument\nNaam: {person}\nNummer vorig paspoort: {passport}\nGeboortedatum: {dob}",
            "{time} WAARSCHUWING inlogpoging mislukt voor {email} vanaf {ip}",
            "Dit stond in de logs van de nachtelijke build:\n\n{secret}\n\nGraag direct intrekken.",
            "Let op: dit verslag is {policy}. Niet doorsturen naar externe partijen.",
            "Opmerking bij de review: het woord {biased} staat nog in de handleiding, graag vervangen.",
            "Betaling met creditcard {card} geweigerd; kaarthouder {title_name} is teruggebeld.",
            "Beste ouders van {first},\n\nHet tienminutengesprek staat gepland op {date}. Kunt u niet? Mail dan naar {email}.",
            "Attest gezinssamenstelling\nReferentiepersoon: {person}\n{nid}\nAdres: {address}",
            "Je verhuizing naar {address} is verwerkt in de BRP. We sturen de bevestiging naar {email}.",
            "Klant: mijn nieuwe telefoonnummer is {phone}\nMedewerker: dank je, {first}, ik heb het aangepast.",
            "Herinnering: afspraak bij {title_name} morgen om 08:50. Neem uw zorgpas en medicijnlijst mee.",
            "{\"naam\": \"{person}\", \"email\": \"{email}\", \"telefoon\": \"{phone}\", \"ip\": \"{ip}\"}",
            "Ledenlijst tennisclub (bijgewerkt)\n{person} - {phone}\n{person} - {phone}\n{person} - {email}",
            "Hier is een nette versie van je sollicitatiebrief:\n\n{person}\n{address}\n{email}\n\nGeachte heer/mevrouw,",
            "Je pakket voor {person} is afgeleverd bij de buren. Vragen? Bel de klantenservice op {phone}.",
            "Uitslag laboratorium\nPatiënt: {title_name}\nZiekenhuisnummer: {mrn}\nGeb.datum: {dob}\nHb 8,1 mmol/l",
            "Nieuwe begunstigde toegevoegd: {person}, {iban}. Was u dit niet? Neem direct contact met ons op.",
            "DigiD-aanvraag van {person}: controleer of het {nid} klopt. De activeringscode gaat per post naar {address}.",
            "Machtiging doorlopende SEPA-incasso\nNaam: {person}\nIBAN: {iban}\nIncassant: {company}",
            "Beheerder {email} heeft om {time} de rechten van {first} gewijzigd (bron {ip}).",
        ],
        "clean": [
            "Het Erasmus MC opent op {date} een nieuwe polikliniek voor kindergeneeskunde.",
            "Pakket {tracking} wordt morgen tussen 14:00 en 16:30 bezorgd (bestelnummer {order}).",
            "Factuurnummer: {invoice}\nBedrag: € {amount}\nVervaldatum: {date}\nCrediteur: {company}",
            "Werkzaamheden op de Prins Hendrikkade: tramlijn 26 rijdt tot {date} niet.",
            "Release {version} uitgerold naar productie, commit {sha}, wijziging {ticket}.",
            "Sta {cidr6} toe op poort {port}; blokkeer {cidr4} voorlopig.",
            "Nummer {badref} afgekeurd door de validatie: controlegetal onjuist.",
            "Wachtwoorden worden sinds deze release gehasht met {hashalgo}.",
            "Koning Willem-Alexander opent op {date} het vernieuwde Nationaal Archief in Den Haag.",
            "Storing bij {company}: klanten in {city} hebben sinds {time} geen internet.",
            "Artikel {ean}: {product}, op voorraad, levertijd 1 werkdag.",
        ],
    },
}

# ------------------------------------------------------------------------------------- QUARRY
QUARRY: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Dear {title_name},\n\nWe have received a referral for you to the Dermatology clinic. Please bring this letter and your NHS number ({nhs}) to Outpatients reception, Level 2, on {date}.\n\nOutpatient Appointments Team",
            "Patient: {person} | DOB: {dob} | MRN: {mrn}\nReason for visit: follow-up, hypertension\nPCP: {title_name}\nBP today 142/88",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Mar 4 09:12:55 2025 +0000\n\n    Fix rounding in the invoice exporter",
            "{ip} - - [12/Mar/2025:{time} +0000] \"POST /api/v2/session HTTP/1.1\" 401 182 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
            "settings/production.py\n\nDEBUG = False\nALLOWED_HOSTS = [\"app.internal\"]\n# TODO: move to the vault before merging\n{secret}",
            "New starter form\nFull name: {person}\nDate of birth: {dob}\nHome address: {address}\n{nid}\nSalary account: {iban}\nStart date: {date}",
            "Booking reference {order}\nPassenger 1: {person}\nPassport number: {passport}\nDate of birth: {dob}\nSeat 14A, checked bag 23 kg",
            "Hi {first},\n\nI've logged your claim for the water damage at {address} under reference {invoice}. A loss adjuster will ring you on {phone} within two working days.\n\nBest,\n{first}\nClaims team",
            "Dear {title_name},\n\nPlease excuse {first} from PE this week; she sprained her ankle at the weekend. If you need anything my mobile is {phone}.\n\nThanks,\n{person}",
            "THIS AGREEMENT is made on {date} between {company} (\"the Landlord\") and {person} (\"the Tenant\") in respect of the property known as {address}.",
            "Here's a tighter version of the header for your CV:\n\n**{person}**\n{address} · {phone} · {email}\n\nThen go straight into a two-line profile.",
            "A payment of £{amount} to {person} ({iban}) has been set up for {date}. If this wasn't you, call us straight away.",
            "INSERT INTO customers (id, full_name, email, phone, dob) VALUES ({order}, '{person}', '{email}', '{phone}', '{dob}');",
            "customer_id,name,email,last_login_ip\n{order},{person},{email},{ip}\n{order},{person},{email},{ip}",
            "@here {first} is off sick today so {first} is covering on-call. Pager escalations go to {phone} until 6pm.",
            "Timeline (UTC)\n{time} Alert for repeated failed SSH logins from {ip}\n{time} Found this committed to the public repo: {secret}\n{time} Key revoked and rotated",
            "Prescription ready for collection\nName: {title_name}\nDOB: {dob}\nNHS No: {nhs}\nItems: 2 (repeat)",
            "Identity check for {person} passed: {nid} matched the record held on {date}. No further documents needed.",
            "WITNESS STATEMENT\nName: {person}\nAge: over 18\nAddress: {address}\nOccupation: staff nurse\n\nThis statement, consisting of 2 pages each signed by me, is true to the best of my knowledge and belief.",
            "Questions about this bill? Email {role_email} quoting account {order}. Your Direct Debit of £{amount} will be collected from {iban} on or after {date}.",
            "Thanks for your order, {first}!\n\nShipping to:\n{person}\n{address}\n\nEstimated delivery: {date}",
            "Heads up, the deck still says \"{policy}\" in the footer, so we can't send it to the client as it is.",
            "Style check on chapter 3: \"{biased}\" appears twice; please swap it for neutral wording before the proofs go out.",
            "Best regards,\n\n{person}\nSenior Account Manager | {company}\nM: {phone}\nE: {email}",
            "Your passport renewal has been received. Old passport number: {passport}. The new passport will be sent by secure delivery to {address}.",
            "Guest registration card\nName: {person}\nNationality: Irish\nPassport / ID no.: {passport}\nArrival: {date}   Room 214",
            "{\"resourceType\": \"Patient\", \"identifier\": [{\"system\": \"urn:example:mrn\", \"value\": \"{mrn}\"}], \"name\": [{\"text\": \"{person}\"}], \"birthDate\": \"{dob}\"}",
            "2025-06-11 14:03:22,118 DEBUG checkout.views charge request pan={card} exp=09/27 amount=4999 currency=USD",
            "Employee year-end summary: {person}, {nid}, mailing address {address}. Copies go to payroll and the employee.",
            "Appointment confirmed with {title_name} on {date} at 9:15am. Reply Y to confirm or call the clinic on {phone}.",
            "Present: {person} (chair), {person}, {person}\nApologies: {first}\n\n1. The minutes of the last meeting were approved.",
            "Candidate {person} moved to stage \"Onsite interview\". Interviewers: {first}, {first}. Candidate phone: {phone}",
            "sshd[2231]: Failed password for invalid user admin from {ip} port 52144 ssh2",
            "Driver note: if no answer, leave the parcel with the neighbour at {address}. Recipient mobile {phone}.",
            "DISCHARGE SUMMARY\nPatient: {person}   MRN: {mrn}   DOB: {dob}\nAttending: {title_name}\nDiagnosis: community-acquired pneumonia",
            "Membership renewal for {person} (member since 2011): the annual fee will be taken from {iban} on {date}.",
            "Customer: can you just put it on my other card? {card}, expiry 11/27\nAgent: I'm not able to take card details in chat, I'll send you a secure link.",
        ],
        "clean": [
            "Reminder: the office is closed on {date} for Martin Luther King Jr. Day; on-call follows the weekend schedule.",
            "Build {version} ({sha}) deployed to eu-west-1 at {time}; the rollback plan is in {ticket}.",
            "Your order {order} has shipped with DHL, tracking number {tracking}. Contents: 1 x {product}.",
            "The Alan Turing Institute and {company} announced a joint fellowship programme starting on {date}.",
            "resource \"aws_security_group_rule\" \"allow_https_in\" {\n  type             = \"ingress\"\n  from_port        = {port}\n  to_port          = 65535\n  protocol         = \"tcp\"\n  cidr_blocks      = [\"{cidr4}\"]\n  ipv6_cidr_blocks = [\"{cidr6}\"]\n}",
            "Invoice {invoice}\nSupplier: {company}\nNet: {amount} GBP\nVAT: 20%\nDue: {date}",
            "Reference {badref} failed validation, so the form was rejected and nothing was stored.",
            "ISBN {isbn}: Thinking, Fast and Slow by Daniel Kahneman, paperback, in stock.",
            "password_hash: {hashalgo}\nrounds: 12\nmin_length: 14\n# no secrets in this file; see kv/app/prod in the vault",
            "Traffic: the Lincoln Tunnel is down to one lane until {time}; expect delays on Route 495.",
            "Request {uuid} completed in 184 ms (status 200, region us-east-2, node worker-7).",
            "The {namecity} branch of {company} moves to the new business park on {date}.",
            "{brand} reported quarterly revenue of {amount} million, ahead of analyst expectations.",
            "EAN {ean}: {product}, 12-month warranty, ships from {city}.",
            "St Thomas' Hospital outpatient pharmacy opens late on {date}, from 10:00.",
            "Event: pod api-7f9c4d-xk2p9 restarted (OOMKilled) at {time}; memory limit raised in {ticket}.",
            "Tip: in Excel, =DATEDIF(A2, TODAY(), \"y\") returns the number of whole years between the date in A2 and today.",
        ],
    },
    "de": {
        "pii": [
            "Sehr geehrte {title_name},\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. Gern laden wir Sie am {date} um 10 Uhr zu einem persönlichen Gespräch ein.\n\nMit freundlichen Grüßen\n{person}\nPersonalabteilung",
            "Meldebescheinigung\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nEinzugsdatum: {date}",
            "Arztbrief\nPat.: {person}, geb. {dob}\nFallnr.: {mrn}\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\nwir berichten über die stationäre Behandlung Ihrer Patientin.",
            "Entgeltabrechnung {date}\n{person}\n{nid}\nSteuerklasse 1\nAuszahlung auf {iban}",
            "{person}\n{address}\n\nKündigung des Mietvertrags\n\nSehr geehrte Damen und Herren,\nhiermit kündige ich das Mietverhältnis fristgerecht zum {date}.",
            "[{time}] {first}: bin um 7 da, klingel einfach bei {title_name} 😊\n[{time}] {first}: ok, bis gleich",
            "Mär 03 {time} web01 sshd[4121]: Accepted publickey for deploy from {ip} port 51822 ssh2",
            ".env (nicht einchecken!)\nAPP_ENV=production\n{secret}\nSMTP_HOST=mail.intern",
            "Online-Check-in abgeschlossen\nReisende/r: {person}\nReisepassnummer: {passport}\nSitzplatz 23C, Abflug {time}",
            "Sperrbestätigung\nKartennummer: {card}\nGesperrt am: {date}\nEine Ersatzkarte wird an Ihre hinterlegte Anschrift versandt.",
            "Liebe Eltern,\nam Freitag fallen die 5. und 6. Stunde aus. Bei Fragen erreichen Sie mich unter {email}.\nViele Grüße\n{title_name}, Klassenleitung 7b",
            "Schadenmeldung Nr. {order}\nVersicherungsnehmer: {person}\nTelefon tagsüber: {phone}\nSchadenort: {address}\nSchadentag: {date}",
            "Protokoll der Mitgliederversammlung\nAnwesend: {person}, {person}, {person}\nVersammlungsleitung: {first}\nTOP 1: Bericht der Kassenwartin",
            "e-card Stammdaten\nName: {person}\n{nid}\nGeburtsdatum: {dob}",
            "Klar, hier ist die Adresse für den Briefkopf:\n\n{person}\n{address}\n\nDarunter kommen Ort und Datum rechtsbündig.",
            "Hinweis der Compliance: Das Dokument ist als \"{policy}\" gekennzeichnet und darf nicht an Externe weitergeleitet werden.",
            "Lektorat: Bitte den Begriff \"{biased}\" in Abschnitt 2 ersetzen, siehe Leitfaden für diskriminierungsfreie Sprache.",
            "Ihre Sendung {tracking} für {title_name} konnte nicht zugestellt werden und liegt ab {date} in der Filiale zur Abholung bereit.",
            "Rufnummernmitnahme: Die Nummer {phone} wird am {date} von Ihrem bisherigen Anbieter zu uns portiert. Kundennummer {order}.",
            "Hallo {first},\n\ndanke für die schnelle Rückmeldung! Kannst du mir noch kurz bestätigen, dass {email} stimmt? Dann schicke ich dir den Zugang.\n\nLG",
            "Befund\nPatient/in: {title_name}, *{dob}\nPID: {mrn}\nCRP 12 mg/l (Ref. < 5)",
            "SEPA-Lastschriftmandat\nZahlungspflichtiger: {person}\nAnschrift: {address}\nIBAN: {iban}\nOrt, Datum: {city}, {date}",
            "kundennr;name;email;letzte_ip\n{order};{person};{email};{ip}\n{order};{person};{email};{ip}",
            "Anmeldung Einwohnerkontrolle\nName: {person}\n{nid}\nZuzug aus: {city}\nTelefon: {phone}",
        ],
        "clean": [
            "Die Konrad-Adenauer-Brücke ist vom {date} an bis Monatsende nur einspurig befahrbar.",
            "Rechnung {invoice}\nLeistungszeitraum: bis {date}\nNettobetrag: {amount} €\nRechnungssteller: {company}",
            "Ihre Bestellung {order} wurde versandt. Sendungsnummer: {tracking}. Artikel: {product}.",
            "Deployment {version} auf dem Prod-Cluster abgeschlossen (Commit {sha}), Ticket {ticket}.",
            "Firewall-Regel: eingehend {cidr4} und {cidr6}, Port {port}, TCP.",
            "Bundeskanzler Friedrich Merz eröffnet am {date} die Hannover Messe.",
            "Die Prüfziffer der Nummer {badref} ist ungültig; der Datensatz wurde nicht importiert.",
            "Passwort-Hashing auf {hashalgo} umgestellt, das Migrationsskript läuft ab {time}.",
            "Das Robert Koch-Institut veröffentlicht den nächsten Wochenbericht am {date}.",
            "EAN {ean}: {brand} Kaffeevollautomat, Lieferzeit 2–3 Werktage ab Lager {city}.",
            "Goethe, Faust. Der Tragödie erster Teil, Reclam, ISBN {isbn}.",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {first},\n\nJe vous confirme votre rendez-vous du {date} à 14h30 avec {title_name}. En cas d'empêchement, merci d'appeler le secrétariat au {phone}.\n\nCordialement",
            "ATTESTATION DE SALAIRE\nNom et prénom : {person}\n{nid}\nDate de naissance : {dob}\nAdresse : {address}",
            "COMPTE RENDU D'HOSPITALISATION\nPatient : {title_name}\nIPP : {mrn}\nNé(e) le : {dob}\nMédecin traitant : {title_name}",
            "Relevé d'identité bancaire\nTitulaire du compte : {person}\nIBAN : {iban}\nDomiciliation : agence de {city}",
            "Entre les soussignés : {company}, bailleur, et {person}, locataire, demeurant {address}, il a été convenu ce qui suit :",
            "Votre colis sera livré demain entre 9h et 13h. Destinataire : {person}. Pour modifier la livraison, appelez le {phone}.",
            "[{time}] ERROR auth : échec de connexion pour {email} depuis {ip} (3 tentatives)",
            "# config/production.yml, ne pas committer\n{secret}",
            "Opposition enregistrée sur la carte {card} le {date}. Une nouvelle carte vous sera envoyée sous 7 jours.",
            "Carte d'embarquement\nPassager : {person}\nN° de passeport : {passport}\nVol AF1234, porte K42",
            "Mot aux parents : {first} a oublié son carnet de correspondance. Merci de le signer pour jeudi.\n{title_name}, professeur principal",
            "Bulletin d'adhésion 2025\nNom : {person}\nCourriel : {email}\nTéléphone : {phone}\nCotisation : 30 € (chèque)",
            "Demande de permis de séjour, requérant : {person}, {nid}, domicile actuel : {address}.",
            "Mutualité, attestation de soins\nBénéficiaire : {person}\n{nid}\nPériode : jusqu'au {date}",
            "Client : bonjour, je n'arrive plus à me connecter\nConseiller ({first}) : Bonjour ! Pouvez-vous me donner l'adresse e-mail du compte ?\nClient : {email}",
            "Voici une version corrigée de l'en-tête de votre lettre de motivation :\n\n{person}\n{address}\n{phone}\n\nObjet : candidature au poste d'assistant comptable",
            "Attention : ce document porte la mention « {policy} » ; il ne doit pas être diffusé hors de la direction.",
            "Relecture : remplacer « {biased} » par une formulation neutre (guide de rédaction, p. 4).",
            "Ordonnance\n{title_name}\nPatient : {person}, né le {dob}\nParacétamol 1 g, 3 fois par jour pendant 5 jours",
            "Fiche individuelle de police\nNom : {person}\nDate de naissance : {dob}\nPasseport n° {passport}",
            "Virement de {amount} € émis vers {person} ({iban}), motif : loyer.",
            "Votre ligne {phone} sera suspendue le {date} faute de paiement. Régularisez depuis votre espace client, référence {order}.",
            "Serveur : {ip}\nUtilisateur SSH : deploy\nResponsable : {first} (équipe infra)",
        ],
        "clean": [
            "La station Charles de Gaulle – Étoile sera fermée le {date} en raison d'une manifestation.",
            "Facture n° {invoice}\nÉmetteur : {company}\nMontant TTC : {amount} €\nÉchéance : {date}",
            "Votre commande {order} a été expédiée. Numéro de suivi : {tracking}.",
            "Mise en production de la version {version} (commit {sha}) prévue à {time}, ticket {ticket}.",
            "Règle pare-feu : autoriser {cidr4} et {cidr6} sur le port {port}.",
            "L'hôpital européen Georges-Pompidou ouvre une nouvelle consultation le {date}.",
            "Le numéro {badref} n'a pas passé le contrôle de validité ; aucune opération n'a été effectuée.",
            "Les mots de passe sont désormais hachés avec {hashalgo} (coût 12).",
            "Le président Emmanuel Macron se rendra à {city} le {date} pour inaugurer la nouvelle ligne de tramway.",
            "Réf. {ean} : {product}, garantie 2 ans, livraison gratuite.",
            "Rue Jean-Jaurès : travaux de voirie jusqu'au {date}, stationnement interdit.",
        ],
    },
    "es": {
        "pii": [
            "Estimado/a {title_name}:\nLe recordamos su cita en el centro de salud el día {date} a las 9:40. Nº de historia clínica: {mrn}. Si no puede acudir, llame al {phone}.",
            "REUNIDOS\nDe una parte, {person}, mayor de edad, con {nid} y domicilio en {address}.",
            "Nómina de {date}\nTrabajador: {person}\n{nid}\nIngreso en cuenta: {iban}",
            "Volante de empadronamiento\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}",
            "[{time}] {first}: oye, ¿me pasas el número de {first}?\n[{time}] {first}: sí, es {phone}",
            "Has recibido un Bizum de {person} por {amount} €. Concepto: cena sábado.",
            "Su tarjeta {card} ha sido bloqueada por seguridad. Nunca le pediremos sus claves por teléfono.",
            "Tarjeta de embarque\nPasajero: {person}\nPasaporte: {passport}\nFecha de nacimiento: {dob}\nVuelo IB3170 Madrid – Lisboa",
            "{time} WARN login: intento fallido usuario={email} ip={ip}",
            "# credenciales de staging, no subir al repo\n{secret}",
            "Estimadas familias:\nLa excursión de {first} al museo será el {date}. Cualquier duda, escribidme a {email}.\nUn saludo,\n{title_name}, tutora de 3º B",
            "Parte de siniestro nº {order}\nAsegurado: {person}\nTeléfono de contacto: {phone}\nDirección del riesgo: {address}",
            "INFORME DE ALTA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nDiagnóstico principal: fractura de radio distal",
            "Acta de la junta de propietarios\nAsistentes: {person}, {person}, {title_name}\nPresidente: {first}\nSe aprueba la derrama para el ascensor.",
            "Aquí tienes el encabezado del currículum:\n\n{person}\n{address}\nTel. {phone} · {email}",
            "Aviso: el documento está marcado como «{policy}» y no debe reenviarse fuera del departamento.",
            "Corrección de estilo: sustituir «{biased}» por un término neutro, según la guía de lenguaje inclusivo.",
            "Transferencia recibida de {person} ({iban}), concepto: fianza piso.",
            "Portabilidad: el número {phone} pasará a {company} el {date}.",
            "Solicitud de tarjeta sanitaria: {person}, {nid}, fecha de nacimiento {dob}.",
            "Acceso al panel de administración: {email} desde {ip} a las {time}.",
            "Muy señores míos:\n\nMe dirijo a ustedes en relación con la reclamación presentada el {date}.\n\nAtentamente,\n{person}\n{address}",
            "Cliente: hola, no me llega el pedido\nAgente ({first}): ¡Hola! ¿Me confirmas el número de pedido y el correo?\nCliente: {order}, {email}",
            "Reserva {order}: {title_name}, 2 noches, llegada el {date}. Documento: pasaporte {passport}.",
        ],
        "clean": [
            "El Hospital General Universitario Gregorio Marañón abrirá la nueva unidad de urgencias el {date}.",
            "Factura {invoice}\nEmisor: {company}\nImporte: {amount} €\nVencimiento: {date}",
            "Tu pedido {order} ya está en camino. Número de seguimiento: {tracking}.",
            "Subida a producción la versión {version} a las {time} (commit {sha}); se cierra la incidencia {ticket}.",
            "Permitir {cidr4} y {cidr6} en el puerto {port} del balanceador.",
            "El número {badref} no supera la validación; el formulario se ha rechazado.",
            "Las contraseñas se almacenan con {hashalgo}; se forzará el cambio en el próximo inicio de sesión.",
            "La línea 6 de metro no tendrá servicio entre Nuevos Ministerios y Avenida de América el {date}.",
            "El rey Felipe VI inaugura el {date} la nueva sede del Instituto Cervantes en {city}.",
            "Cien años de soledad, Gabriel García Márquez, ISBN {isbn}.",
            "Código EAN {ean}: {product}, envío en 24 horas desde el almacén de {city}.",
        ],
    },
    "nl": {
        "pii": [
            "Beste {first},\n\nUw afspraak bij {title_name} staat gepland op {date} om 10.20 uur. Kunt u niet? Bel dan de praktijk op {phone}.",
            "Ontslagbrief\nPatiënt: {person}\nPatiëntnummer: {mrn}\nGeboortedatum: {dob}\nBehandelend arts: {title_name}",
            "Ondergetekenden:\n{company}, verhuurder, en\n{person}, wonende te {address}, huurder,\nverklaren te zijn overeengekomen als volgt:",
            "Salarisspecificatie {date}\nWerknemer: {person}\n{nid}\nUitbetaald op rekening {iban}",
            "[{time}] {first}: weet jij het adres van het feestje?\n[{time}] {first}: {address}, bel maar aan",
            "Je pakket van {company} wordt vandaag bezorgd bij {person}. Track & trace: {tracking}.",
            "{time} ERROR login mislukt voor {email} vanaf {ip}",
            "# lokale instellingen, niet committen\n{secret}",
            "Incheckbevestiging\nReiziger: {person}\nPaspoortnummer: {passport}\nVlucht KL1001 naar Londen",
            "Uw creditcard {card} is geblokkeerd na een verdachte transactie. U ontvangt binnen 5 werkdagen een nieuwe kaart.",
            "Beste ouders,\n\n{first} uit groep 6 heeft per ongeluk de gymtas van {first} meegenomen. Willen jullie die morgen meegeven?\n\nGroetjes, juf {first}",
            "Schadeformulier\nVerzekeringnemer: {person}\nTelefoonnummer: {phone}\nAdres: {address}\nDatum schade: {date}",
            "Notulen ALV\nAanwezig: {person}, {person}, {person}\nAfgemeld: {first}\nVoorzitter: {title_name}",
            "Uittreksel BRP\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nWoonadres: {address}",
            "Attest ziekenfonds voor {person}, {nid}, geboren op {dob}.",
            "Hier is de kop van je cv:\n\n{person}\n{phone} | {email}\n{address}",
            "Let op: dit stuk is gemarkeerd als '{policy}' en mag niet buiten de afdeling gedeeld worden.",
            "Redactie: vervang '{biased}' in paragraaf 3 door neutrale taal, zie de schrijfwijzer.",
            "{person} heeft je betaalverzoek 'etentje' betaald: € {amount} van rekening {iban}.",
            "Nummerbehoud: uw nummer {phone} wordt op {date} overgezet naar {company}.",
            "Klant: hoi, mijn bestelling is niet aangekomen\nMedewerker ({first}): Vervelend! Wat is je e-mailadres?\nKlant: {email}",
            "Gebruiker {email} ingelogd op het beheerportaal vanaf {ip} om {time}.",
            "Reservering {order}: {title_name}, aankomst {date}, 3 nachten. Legitimatie: paspoort {passport}.",
            "Uitslag bloedonderzoek voor {title_name} (geb. {dob}), ziekenhuisnummer {mrn}: glucose nuchter 5,4 mmol/l.",
        ],
        "clean": [
            "De Johan Cruijff ArenA is op {date} gesloten voor onderhoud aan het veld.",
            "Factuur {invoice}\nLeverancier: {company}\nTotaal: € {amount}\nBetalen vóór {date}",
            "Je bestelling {order} is verzonden, volg hem met {tracking}.",
            "Versie {version} staat live (commit {sha}); zie {ticket} voor de wijzigingen.",
            "Firewall: {cidr4} en {cidr6} toestaan op poort {port}.",
            "Het nummer {badref} is ongeldig; de invoer is geweigerd.",
            "Vanaf deze versie gebruiken we {hashalgo} voor het opslaan van wachtwoorden.",
            "Het Rijksmuseum toont vanaf {date} een tentoonstelling over Rembrandt en Vermeer.",
            "Artikelnummer {ean}: {product}, morgen in huis.",
            "Wegwerkzaamheden op de Van Heutszlaan in {city} tot en met {date}.",
            "Storing opgelost om {time}; oorzaak was een verlopen certificaat op de loadbalancer.",
            "Max Havelaar van Multatuli, ISBN {isbn}, is weer leverbaar.",
        ],
    },
}

# ------------------------------------------------------------------------------------- HARBOR
HARBOR: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # assistant answers
            "Sure, here's a shorter version of the reply:\n\n> Hi {first}, thanks for flagging this. I've changed the delivery address on your account to {address}, and the driver will ring {phone} about 30 minutes before arrival.\n\nWant it more formal?",
            "I've removed the card number from the transcript, but it still contains the customer's date of birth ({dob}) and the IP address {ip}. Should I redact those too?",
            "Looking at the spreadsheet you pasted, row 14 is the odd one out: {person} is listed twice, once with {email} and once with an old Hotmail address. I'd keep the newer one.",
            # support tickets and chat
            "Ticket {ticket} | Priority: High | Requester: {person} <{email}>\nSubject: charged twice for order {order}\n\nCustomer says both charges show on the statement. Refund once finance confirms.",
            "my card number is {card} exp 09/27 can you check why it keeps getting declined? it works everywhere else",
            "Customer attached a key file to case {ticket} by mistake:\n{secret}\nAttachment deleted from the case; customer asked to revoke the key.",
            # letters and email
            "Dear {title_name},\n\nRe: Outpatient appointment, Cardiology\nNHS No: {nhs}     DOB: {dob}\n\nYou have been booked into the Tuesday clinic on {date}. Please bring a list of your current medicines.\n\nYours sincerely,\n\n{person}\nMedical Secretary",
            "On Tue, 3 Jun 2025 at 09:12, {person} <{email}> wrote:\n> Could you resend the signed lease? I've moved, the new address is {address}.\n\nAttached again. Best,\n{first}",
            "Please find attached the draft settlement figures.\n\n{person} | Senior Associate | {company}\nT: {phone} | E: {email}\nClassification: {policy}",
            "For invoices and remittances please write to {role_email}; for anything about the account itself your contact remains {person} on {phone}.",
            "We have received your request to close the account below.\n\nAccount: {iban}\nReason given: moving abroad\n\nIf you did not ask for this, call us on {phone} straight away.",
            # HR and payroll
            "New hire paperwork: {person}\n[x] right-to-work check (passport {passport})\n[x] tax form received, {nid}\n[ ] bank details\nStart date: {date}",
            "Payroll adj. for {person} (emp #{order}): back pay of {amount} to be paid into {iban} with the March run. {nid} checked against the P45.",
            "HR case {ticket}: {person} reports that a team lead repeatedly called the proposal \"{biased}\" in the stand-up on {date}. Follow-up meeting booked with both parties.",
            "Please bring your {nid} card and a void cheque on your first day, {first}. Parking is behind building B.",
            # medical and pharmacy
            "DISCHARGE SUMMARY\nPatient: {person}    MRN: {mrn}    D.O.B.: {dob}\nDischarged: {date} (length of stay 4 days)\nDiagnosis: community-acquired pneumonia\nFollow-up: GP review in 2 weeks. Contact number on discharge: {phone}",
            "Rx #{order}   {person}\nAmoxicillin 500 mg caps  #21\nTake ONE capsule THREE times daily until finished\nPrescriber: {title_name}",
            "Your flu vaccination is now due. {title_name}, please book through the practice app or call reception. NHS number {nhs}.",
            "Claim form, section A\nPolicyholder name ........ {person}\nDate of birth ............ {dob}\nMember ID ................ {mrn}\nAccount for payment ...... {iban}",
            # bookings, school, legal
            "PNR: K7Q2ZD\nPassenger 1: {person}\nPassport: {passport}   DOB: {dob}\nFlight BA0117 LHR-JFK, {date}",
            "Dear parents,\n{first} was sent home today with a temperature. Please let the office know on {phone} if they will be off tomorrow.\n{title_name}, Year 3",
            "THIS TENANCY AGREEMENT is made on {date} between {company} (\"the Landlord\") and {person} of {address} (\"the Tenant\").",
            "Surname / Forename        {person}\nDate of birth             {dob}\nPassport no.              {passport}\nHome address              {address}",
            # exports and structured data
            "id,full_name,email,phone,created_at\n{order},{person},{email},{phone},2024-03-02T09:14:55Z",
            "{\"customer\": {\"name\": \"{person}\", \"dob\": \"{dob}\", \"email\": \"{email}\"}, \"order_id\": {order}, \"status\": \"pending_review\"}",
            "oncall:\n  - name: {person}\n    rotation: weekend\n    phone: \"{phone}\"\n    email: {email}",
            "INSERT INTO patients (mrn, full_name, birth_date) VALUES ('{mrn}', '{person}', '{dob}');",
            # logs, config, git, CI
            "2025-06-14T03:12:44Z WARN auth: 5 failed logins for user={email} src={ip}; account locked for 15m",
            "{ip} - - [14/Jun/2025:03:12:44 +0000] \"POST /api/v2/login HTTP/1.1\" 401 512 \"-\" \"okhttp/4.12.0\"",
            "# .env.production (never commit this)\nAPP_ENV=production\nREDIS_PORT={port}\n{secret}",
            "$ git log -p -1\ncommit {sha}\nAuthor: {person} <{email}>\nDate:   Tue Jun 3 14:22:10 2025 +0100\n\n    add staging creds for the smoke tests\n\n+{secret}",
            "##[warning]Secret scanning: a possible credential was printed by step 'deploy' of run {order}:\n{secret}\n##[error]Process completed with exit code 1.",
            "docs/runbook.md:88:14: `{biased}` may be insensitive, use an alternative instead\nFound 1 issue.",
            # minutes, SMS, memos, security
            "Minutes, facilities weekly, {date}\nPresent: {person}, {person}, {first} (notes)\nApologies: {title_name}\n1. Fire warden rota: {first} to cover the second floor.",
            "From: {phone}\nhey its {first}, lost my phone so this is my new number. can u send me the wifi password again",
            "{policy}\n\nTo: Executive Committee\nFrom: {person}\nRe: headcount plan for the {namecity} office",
            "SEC ticket {ticket}: laptop belonging to {person} stolen at {namecity} station. Device had cached VPN credentials; last seen on the network from {ip}.",
            "DELIVER TO:\n{person}\n{address}\nTel {phone}\nTracking {tracking}",
            "Passport renewal for {person}: old passport {passport} returned with the application; photos countersigned by {title_name}.",
            "Review note on the careers page draft: the second paragraph still says \"{biased}\", please reword before it goes live. Questions to {email}.",
        ],
        "clean": [
            "Order {order} has shipped with UPS, tracking number {tracking}. Estimated delivery: {date}.",
            "Invoice {invoice} from {company} for {amount} GBP is due on {date}. Payment terms: 30 days net.",
            "Kazuo Ishiguro won the Nobel Prize in Literature in 2017; his novel Klara and the Sun (ISBN {isbn}) followed in 2021.",
            "Release {version} ({sha}) moves password storage to {hashalgo}; existing hashes are upgraded on the next successful login.",
            "Firewall change {ticket}: allow {cidr4} and {cidr6} to reach port {port} on the ingestion tier. Approved by the change board.",
            "Validation failed: {badref} is not a valid account number (check digit mismatch). Nothing was saved.",
            "Barcode {ean}: {product}, 2 units, restocked in aisle 14.",
            "Flights to {namecity} and {city} are delayed this morning because of fog; check the departures board again after 10:30.",
            "Ludwig van Beethoven was born in Bonn in December 1770 and baptised on the 17th; his Ninth Symphony premiered in Vienna in 1824.",
            "Meeting room Ada Lovelace on the 4th floor is closed for maintenance until {date}; use Grace Hopper on the 2nd instead.",
            "Prime Minister Keir Starmer visited the {company} plant in {city} on {date} to announce the new apprenticeship scheme.",
            "order_id,sku,ean,qty,unit_price\n{order},SKU-44812,{ean},3,{amount}",
            "Deploy job {uuid} finished at {time}: image registry.example.com/api:{version}, commit {sha}.",
            "Penguin Classics has reissued Hamlet by William Shakespeare, ISBN {isbn}, with a new introduction.",
            "Martin Luther King Jr. Boulevard will be closed between 5th and 9th Street on {date} for the parade.",
            "Your warranty claim {invoice} was approved; a replacement {product} ships from our {namecity} warehouse.",
            "Guided tours of the Churchill War Rooms run every 30 minutes; the last entry is at 17:00.",
            "King Charles III and Queen Camilla will attend the service at Westminster Abbey on {date}.",
            "The {brand} offices on Oxford Street reopen on {date} after a six-week refit.",
        ],
    },
    "de": {
        "pii": [
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über {title_name}, geb. {dob}, wohnhaft {address}, die/der sich bis zum {date} fünf Tage in unserer stationären Behandlung befand.\nPatientennr.: {mrn}",
            "Apotheke am Markt, Vorbestellung\nName: {person}\nTel.: {phone}\nPräparat: Ibuprofen 600 mg, N2\nAbholung ab {date}",
            "Bitte teilen Sie uns Ihre neue Bankverbindung mit. Derzeit hinterlegt ist {iban}. Ihre Versichertennummer: {mrn}.",
            "Lohnabrechnung 03/2025\nPersonalnr. {order}   {person}\n{nid}   Steuerklasse I\nAuszahlung auf {iban}",
            "Notiz Personalakte: Mitarbeiterin {person} (geb. {dob}) wechselt zum 1. des Monats in Teilzeit; neue Anschrift: {address}.",
            "Ticket {ticket}: Kunde {person} meldet, dass seine Kreditkarte {card} doppelt belastet wurde. Rückruf unter {phone} erbeten.",
            "Hallo {first},\n\nanbei der unterschriebene Mietvertrag, die Kaution überweise ich bis Freitag.\n\nLG\n{first}",
            "Meldezettel, Anmeldung\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nReisepass-Nr.: {passport}\nUnterkunft: {address}",
            "Grüezi {title_name}\n\nBitte bestätigen Sie uns für die Pensionskasse Ihre {nid} sowie Ihr Geburtsdatum ({dob}).\n\nFreundliche Grüsse\n{company}",
            "Buchungsbestätigung\nReisende/r: {person}\nFlug LH 402 FRA-EWR am {date}\nAusweisnummer: {passport}\nRückfragen an: {email}",
            "Entschuldigung\n\n{first} konnte am {date} wegen Fieber nicht am Unterricht teilnehmen. Ich bitte, das Fehlen zu entschuldigen.\n\nMit freundlichen Grüßen\n{person}\nTel. {phone}",
            "Zwischen der {company} (nachfolgend „Arbeitgeber“) und {person}, wohnhaft {address} (nachfolgend „Arbeitnehmer“), wird folgender Arbeitsvertrag geschlossen:",
            "kundennr;name;email;telefon;iban\n{order};{person};{email};{phone};{iban}",
            "Mär 04 02:17:33 gw01 sshd[4412]: Failed password for invalid user admin from {ip} port 50122 ssh2",
            "# docker-compose.override.yml (NICHT einchecken)\nservices:\n  db:\n    environment:\n      - {secret}",
            "Bitte den Commit {sha} aus der History entfernen, da steht das Passwort im Klartext drin:\n{secret}",
            "Protokoll Teamrunde {date}\nAnwesend: {person}, {person}, {title_name}\nTOP 3: {first} übernimmt die Urlaubsvertretung.",
            "Hallo, hier ist {first} vom Pflegedienst. Wir kommen heute erst gegen 11 Uhr. Bei Fragen: {phone}",
            "Betreff: [{policy}] Quartalszahlen Q2, Entwurf\n\nHallo zusammen,\nanbei der Entwurf zur Abstimmung.\n\nGruß\n{first}",
            "Review-Kommentar zu PR #{order}: Bitte \"{biased}\" im Code-Kommentar ersetzen, das widerspricht unserer Sprachrichtlinie.",
            "Aus dem Protokoll des Betriebsrats: In der Stellenanzeige für die Logistik steht noch „{biased}“; die Personalabteilung passt das an.",
            "Finanzamt, Bescheid über Einkommensteuer 2024\n\n{title_name}\n{address}\n\nBitte geben Sie bei Rückfragen Ihre {nid} an.",
            "Schadenmeldung Kfz\nVersicherungsnehmer: {person}\nGeb.-Datum: {dob}\nKontakt: {email} / {phone}\nSchadentag: {date}",
            "kannst du mal schauen warum meine karte {card} abgelehnt wird? ablaufdatum 11/27",
            "{\"patient_id\": \"{mrn}\", \"name\": \"{person}\", \"geburtsdatum\": \"{dob}\", \"station\": \"Innere 3B\"}",
            "Zugang gesperrt: Die Anmeldung von {ip} wurde nach fünf Fehlversuchen blockiert (Benutzer {email}).",
            "Ihr Reisepass (Nr. {passport}) liegt im Bürgeramt zur Abholung bereit. Bitte bringen Sie Ihren alten Pass mit.",
        ],
        "clean": [
            "Ihre Bestellung {order} wurde an DHL übergeben. Sendungsnummer: {tracking}.",
            "Rechnung {invoice} über {amount} EUR, fällig am {date}, zahlbar ohne Abzug.",
            "Zum Festakt im Schloss Bellevue am {date} spricht Bundespräsident Frank-Walter Steinmeier über 35 Jahre Deutsche Einheit.",
            "Der Karl-Marx-Hof in Wien wurde 1930 fertiggestellt und ist über einen Kilometer lang.",
            "Version {version} stellt die Passwort-Hashes auf {hashalgo} um (Commit {sha}).",
            "Firewall-Freigabe {ticket}: {cidr4} auf Port {port}, befristet bis {date}.",
            "Die eingegebene Nummer {badref} ist ungültig. Bitte prüfen Sie Ihre Eingabe.",
            "EAN {ean}: {product}, Lagerbestand 14 Stück.",
            "Thomas Manns „Der Zauberberg“ (ISBN {isbn}) ist als Taschenbuch wieder lieferbar.",
            "Der ICE nach {city} fällt heute aus; Ersatzverkehr mit Bussen ab dem Bahnhofsvorplatz.",
            "{company} eröffnet einen neuen Standort in {city}; 120 Stellen sollen entstehen.",
            "Infoabend am Albert-Schweitzer-Gymnasium: Anmeldungen für die fünften Klassen bis {date} im Sekretariat.",
            "Bundesrätin Karin Keller-Sutter stellte am {date} in Bern den Voranschlag des Bundes vor.",
            "{brand} hat am {date} die Quartalszahlen vorgelegt; der Umsatz stieg um 4 Prozent.",
        ],
    },
    "fr": {
        "pii": [
            "Madame, Monsieur,\n\nVotre {nid} a bien été enregistré. Vos remboursements seront désormais versés sur le compte {iban}.\n\nVotre conseiller,\n{person}",
            "Pharmacie du Centre, ordonnance n° {order}\nPatient : {person}\nNé(e) le : {dob}\nPrescripteur : {title_name}",
            "COMPTE RENDU D'HOSPITALISATION\nIPP : {mrn}\nPatient(e) : {person}, né(e) le {dob}\nSortie le {date} après trois jours d'hospitalisation\nMédecin traitant prévenu par courrier.",
            "Demande de remboursement\nN° d'adhérent : {mrn}\nNom et prénom de l'assuré : {person}\nAdresse : {address}\nIBAN : {iban}",
            "Note RH : {person} rejoint l'équipe Paie le {date}. Merci de créer ses accès ; pièce d'identité vérifiée (passeport n° {passport}).",
            "Ticket {ticket} : le client {person} signale un double prélèvement sur sa carte {card}. À rappeler au {phone}.",
            "Bonjour {first},\n\nJe te renvoie le devis signé. Tu peux me joindre au {phone} cet après-midi.\n\nBonne journée,\n{first}",
            "Bonjour {title_name},\n\nNous vous remercions de votre affiliation à la caisse de pension. Merci de vérifier votre {nid} et votre date de naissance ({dob}).\n\nMeilleures salutations",
            "Objet : votre déclaration, exercice d'imposition 2025\n\n{title_name}\n{address}\n\nVotre {nid} figure en haut à droite de l'avertissement-extrait de rôle.",
            "Bonjour {first}, ton rendez-vous à la clinique est confirmé pour le {date}. Pour annuler, réponds simplement à ce courriel ({email}).",
            "Référence dossier : QXZT4B\nPassager : {person}, passeport {passport}\nVol AF 718 CDG-DSS, départ le {date}",
            "Mot pour la maîtresse : {first} sortira à 15 h 30 mardi, son père viendra le chercher. Joignable au {phone}.\n{person}",
            "ENTRE LES SOUSSIGNÉS :\n{company}, ci-après « le Bailleur »,\nET\n{person}, demeurant {address}, ci-après « le Preneur »,",
            "id;nom_complet;courriel;tel;date_naissance\n{order};{person};{email};{phone};{dob}",
            "[{date} {time}] ERREUR connexion refusée pour {email} depuis {ip} (mot de passe invalide)",
            "# config/prod.env, ne pas committer\nAPP_URL=https://extranet.example.fr\n{secret}",
            "Le job « deploy-prod » a échoué, et cette valeur apparaissait en clair dans les logs :\n{secret}\nMerci de la révoquer immédiatement.",
            "Procès-verbal du conseil d'administration du {date}\nPrésents : {person}, {person}\nExcusé : {title_name}\nLa séance est ouverte à 18 h.",
            "Bonjour, c'est {first}, l'infirmière. Je passerai vers 8 h pour la prise de sang. En cas d'empêchement : {phone}",
            "Objet : [{policy}] Projet de rapprochement, calendrier\n\nMerci de ne pas transférer ce message.\n{first}",
            "Remarque de relecture : la fiche de poste contient encore le terme « {biased} » ; à remplacer avant publication.",
            "Sortie du linter sur la PR {ticket} : README.md:12 « {biased} » peut être perçu comme offensant.",
            "bonjour, ma carte {card} est refusée sur votre site depuis hier, vous pouvez vérifier svp ?",
            "Alerte de sécurité : nouvelle connexion à votre compte depuis l'adresse {ip} le {date}. Si ce n'était pas vous, changez votre mot de passe.",
            "Nom d'usage ........ {person}\nDate de naissance .. {dob}\nN° de passeport .... {passport}\nDomicile ........... {address}",
        ],
        "clean": [
            "Votre commande n° {order} a été expédiée. Numéro de suivi Colissimo : {tracking}.",
            "Facture {invoice}, montant TTC {amount} €, échéance le {date}.",
            "Le président Emmanuel Macron a inauguré le {date} le nouveau pôle universitaire de {city}.",
            "Les Misérables de Victor Hugo, édition Folio, ISBN {isbn}.",
            "Mise à jour {version} : les mots de passe sont désormais hachés avec {hashalgo}.",
            "Règle pare-feu {ticket} : autoriser {cidr6} vers le port {port}.",
            "Le numéro {badref} n'est pas valide (clé de contrôle incorrecte).",
            "Code EAN {ean} : {product}, disponible en magasin à {city}.",
            "Le lycée Marie-Curie de {city} organise ses portes ouvertes le {date}.",
            "{company} ouvre un centre logistique près de {city} ; 200 emplois sont prévus.",
            "Le roi Philippe a reçu les lauréats au Palais royal de Bruxelles le {date}.",
            "Build {uuid} terminé à {time}, commit {sha}.",
            "Départ du car pour {namecity} à 7 h 45, quai 4.",
            "{brand} annonce la fermeture de son site de {city} d'ici au {date}.",
        ],
    },
    "es": {
        "pii": [
            "INFORME DE ALTA\nNHC: {mrn}\nPaciente: {person}\nFecha de nacimiento: {dob}\nFecha de alta: {date} (estancia de 6 días)\nDiagnóstico principal: apendicitis aguda.",
            "Farmacia, dispensación\nPaciente: {person} ({nid})\nMedicamento: Omeprazol 20 mg, 28 cápsulas\nAportación: {amount} €",
            "Parte de siniestro\nTomador: {person}\nDomicilio: {address}\nTeléfono de contacto: {phone}\nCuenta para la indemnización: {iban}",
            "Nómina marzo 2025. Trabajador: {person}, {nid}. Líquido a percibir: {amount} € en la cuenta {iban}.",
            "Nota de RRHH: {person} se incorpora el {date}. Falta la copia del pasaporte ({passport}) y el certificado de titularidad bancaria.",
            "Incidencia {ticket}: {title_name} indica que el cargo en la tarjeta {card} aparece duplicado. Llamar al {phone}.",
            "Hola {first}:\n\nTe paso la dirección para el envío: {address}.\n\nUn abrazo,\n{first}",
            "Estimado/a {title_name}:\n\nLe confirmamos su cita en la clínica para el {date}. Favor de llegar 15 minutos antes.\n\nAtentamente,\n{person}\nRecepción",
            "Hola {first}, ¿me pasás tu mail para mandarte el contrato? El mío es {email}.",
            "Agencia Tributaria, notificación\nDestinatario: {person}\n{nid}\nDomicilio fiscal: {address}\nReferencia: {order}",
            "Localizador: H7KQ2P\nPasajero: {person}\nPasaporte: {passport}\nFecha de nacimiento: {dob}\nVuelo IB 6841 MAD-EZE, salida {date}",
            "Nota para la tutora: {first} no podrá ir a la excursión del {date}. Cualquier cosa, mi móvil es {phone}.\n{person}",
            "REUNIDOS\nDe una parte, {person}, mayor de edad, con {nid} y domicilio en {address}.\nDe otra parte, {company}, representada por su administrador.",
            "id_cliente,nombre,correo,movil\n{order},\"{person}\",{email},{phone}",
            "{\"paciente\": \"{person}\", \"nhc\": \"{mrn}\", \"f_nac\": \"{dob}\", \"servicio\": \"Traumatología\"}",
            "{date} {time} WARN acceso denegado usuario={email} ip={ip} motivo=contraseña_incorrecta",
            "# settings.local (no subir al repo)\n{secret}\nDEBUG=False",
            "Revisa el pipeline #{order}: en el paso de despliegue se imprimió esto:\n{secret}\nHay que rotarlo ya.",
            "Acta de la reunión del {date}\nAsistentes: {person}, {person} y {title_name}\nAcuerdos: {first} se encarga del inventario.",
            "Tu código de recogida es 4417. Si no puedes venir, avisa a {first} al {phone}.",
            "Asunto: [{policy}] Resultados preliminares del trimestre\n\nNo reenviar fuera del comité.\nSaludos, {first}",
            "Comentario en la revisión de la oferta de empleo: cambiar «{biased}» por un término neutro antes de publicarla.",
            "Salida del linter: docs/manual.md:57 \"{biased}\" puede resultar ofensivo; usa otra expresión.",
            "hola, me rechazan la tarjeta {card} al pagar el pedido {order}, ¿qué pasa?",
            "Alerta: nuevo inicio de sesión en tu cuenta {email} desde {ip}. Si no fuiste tú, cambia la contraseña.",
            "Apellidos y nombre: {person}\nFecha de nac.: {dob}\nNº de pasaporte: {passport}\nDomicilio: {address}\nTeléfono: {phone}",
        ],
        "clean": [
            "Su pedido {order} ha salido de nuestro almacén. Número de seguimiento: {tracking}.",
            "Factura nº {invoice} por importe de {amount} €, vencimiento {date}.",
            "El rey Felipe VI inauguró el {date} el nuevo hospital de {city}.",
            "Cien años de soledad, de Gabriel García Márquez, ISBN {isbn}, vuelve a estar disponible.",
            "La versión {version} migra el almacenamiento de contraseñas a {hashalgo}.",
            "Regla de firewall {ticket}: permitir {cidr4} al puerto {port}.",
            "El número {badref} no supera la validación del dígito de control.",
            "EAN {ean}: {product}, quedan 3 unidades.",
            "El Museo Reina Sofía amplía su horario a partir del {date}.",
            "{company} abrirá una planta en {city} con 300 empleos.",
            "La presidenta Claudia Sheinbaum encabezó la ceremonia en el Zócalo el {date}.",
            "Despliegue {uuid} completado a las {time} (commit {sha}).",
            "Salida del autobús a {namecity} a las 07:45, dársena 12.",
            "{brand} presentó sus resultados anuales en Madrid el {date}.",
        ],
    },
    "nl": {
        "pii": [
            "Ontslagbrief\nPatiëntnummer: {mrn}\nNaam: {person}\nGeboortedatum: {dob}\nOntslag: {date}, na een opname van vier dagen\nBeleid: controle op de polikliniek over zes weken.",
            "Uw herhaalrecept ligt klaar, {title_name}. Afhalen bij de apotheek op vertoon van legitimatie. Vragen? Bel {phone}.",
            "Declaratie\nVerzekerde: {person}\n{nid}\nRekeningnummer voor uitbetaling: {iban}",
            "Loonstrook maart: {person}, personeelsnr. {order}, {nid}. Netto {amount} overgemaakt op {iban}.",
            "Notitie HR: {person} start {date} als teamleider; kopie paspoort ({passport}) ontvangen, arbeidsovereenkomst nog niet getekend.",
            "Melding {ticket}: {title_name} ziet twee afschrijvingen op creditcard {card}. Graag terugbellen op {phone}.",
            "Hoi {first},\n\nMijn nieuwe adres is {address}. Wil je het doorgeven aan de administratie?\n\nGroetjes,\n{first}",
            "Geachte {title_name},\n\nWij ontvingen uw aanvraag. Gelieve uw {nid} te vermelden op alle briefwisseling.\n\nMet vriendelijke groeten,\n{company}",
            "Kenmerk: {order}\n\n{title_name}\n{address}\n\nUw {nid} is bij ons bekend. U ontvangt de voorlopige aanslag binnen acht weken.",
            "Boekingsbevestiging\nReiziger: {person}\nPaspoortnummer: {passport}\nGeb. datum: {dob}\nVertrek: {date}, Schiphol",
            "Beste juf, {first} is vandaag ziek en blijft thuis. Groetjes, {person} ({phone})",
            "Ondergetekenden:\n1. {company}, hierna te noemen 'verhuurder';\n2. {person}, wonende te {address}, hierna te noemen 'huurder';",
            "klantnr;naam;e-mail;telefoon\n{order};{person};{email};{phone}",
            "medewerker:\n  naam: {person}\n  geboortedatum: '{dob}'\n  iban: {iban}",
            "{time} WARN login geweigerd voor {email} vanaf {ip} (account geblokkeerd)",
            "# .env.acceptatie (niet in git zetten)\n{secret}",
            "In commit {sha} staat nog een sleutel, zie regel 14:\n{secret}\nGraag intrekken.",
            "Notulen MR-vergadering {date}\nAanwezig: {person}, {person}\nAfwezig met bericht: {title_name}\nActiepunt: {first} mailt de ouders.",
            "Hoi, met {first} van de thuiszorg. Ik ben er rond 10 uur. Lukt het niet, bel dan {phone}.",
            "Onderwerp: [{policy}] Reorganisatieplan afdeling Inkoop\n\nNiet doorsturen a.u.b.\nGroet, {first}",
            "Opmerking bij de vacaturetekst: het woord '{biased}' staat er nog in, graag vervangen voor publicatie.",
            "Linter-uitvoer bij MR !{order}: src/config.py:30 '{biased}' kan als kwetsend worden ervaren.",
            "mijn kaart {card} wordt geweigerd bij het afrekenen, kunnen jullie even kijken?",
            "Nieuwe aanmelding op je account vanaf {ip} op {date}. Was jij dit niet? Wijzig dan direct je wachtwoord.",
            "Achternaam, voornamen: {person}\nGeboortedatum: {dob}\nIdentiteitsbewijs: paspoort {passport}\nWoonadres: {address}",
            "Ziekenfonds, terugbetaling\nAansluitingsnummer: {mrn}\nLid: {person}\nRekening: {iban}\nContact: {email}",
        ],
        "clean": [
            "Je bestelling {order} is onderweg. Track & trace: {tracking}.",
            "Factuur {invoice}, bedrag € {amount}, te betalen vóór {date}.",
            "Koning Willem-Alexander opent op {date} officieel de nieuwe sluis bij {city}.",
            "Het Achterhuis van Anne Frank, ISBN {isbn}, is weer op voorraad.",
            "Changelog {version}: wachtwoordopslag omgezet naar {hashalgo}, oude hashes worden bij de volgende login vervangen.",
            "Firewallwijziging {ticket}: {cidr6} toegestaan op poort {port}.",
            "Controle mislukt: {badref} heeft een onjuist controlegetal.",
            "Streepjescode {ean} hoort bij de {product}; voorraad in het magazijn: 6.",
            "Build {uuid} geslaagd om {time} (commit {sha}).",
            "{company} opent een distributiecentrum bij {city}; er komen 150 banen bij.",
            "Premier Bart De Wever gaf op {date} een persconferentie in de Wetstraat.",
            "De Johan Cruijff ArenA is op {date} gesloten wegens onderhoud aan het veld.",
            "Stedentrip {namecity}: vertrek {date}, vier nachten, ontbijt inbegrepen.",
            "{brand} verhuist per {date} het Benelux-hoofdkantoor naar Amsterdam-Zuid.",
        ],
    },
}

# ------------------------------------------------------------------------------------ LANTERN
LANTERN: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            "Here's a tighter version of your cover letter. I kept your opening and cut the list of software.\n\n---\n{address}\n{phone} | {email}\n\nDear Hiring Manager,\n\nI'd like to be considered for the Operations Coordinator post at {company}. For the last four years I have run the rota for a 40-bed care home, and I enjoy making a busy place run calmly.\n\nYours faithfully,\n{person}\n---",
            "You said your partner {first} (born {dob}) has had a temperature of 39.4°C since Sunday and is now short of breath. That combination needs to be seen today: call 111 for an urgent appointment, or 999 if the breathing gets worse.",
            "**Thread summary** (7 emails, 3–11 March)\n\n1. {person} reported that the February payslip left out 14 hours of overtime.\n2. Accounts ({role_email}) asked for the timesheet reference.\n3. The timesheet was attached under {ticket}; the correction will run in the March payroll.\n\n**Open:** nobody has confirmed the back-pay amount yet.",
            "[00:03:12] {first}: Can everyone see my screen?\n[00:03:15] {person}: Yes. Before we start, the Leeds pilot has moved to {date}.\n[00:03:22] {first}: Okay, noted. Next item is the vendor shortlist.",
            "Chat transcript #{order}\n\nVisitor: hi, I was charged twice for the same booking\nAgent: Sorry about that! Which card did you pay with?\nVisitor: {card}\nAgent: Thanks, I can see both authorisations. The duplicate will drop off within 3–5 working days.",
            "contact_id,full_name,email,mobile,owner,stage\n{order},{person},{email},{phone},sales-emea,Qualified",
            "Payroll change request {ticket}\n\nEmployee: {person} (emp. no. {order})\nChange: salary account\nNew IBAN: {iban}\nFrom pay date: {date}\nStatus: approved by HRBP, second approval pending",
            "Re: {person}   DOB: {dob}   NHS No: {nhs}\n\nDear Colleague,\n\nThank you for referring this patient, whom I saw in the Rheumatology clinic today with bilateral hand pain and early-morning stiffness lasting about two hours.",
            "LAB REPORT — Clinical Biochemistry\nPatient ......... {person}\nDOB ............. {dob}\nHospital no. .... {mrn}\nSample taken .... {date} {time}\n\nHbA1c      53 mmol/mol   (H)\neGFR       >90 mL/min/1.73m2",
            "Pt {person}, DOB {dob}, MRN {mrn}. 2h hx of central chest pain radiating to L arm. ECG: ST depression V4-V6. Trop sent, cardiology paged.",
            "CLAIM FORM — Part A: the insured\nName of insured: {person}\nID: {nid}\nDaytime phone: {phone}\nDate of loss: {date}\nWhat happened: rear-ended at a red light; bumper and tailgate damaged.",
            "Dear parents and carers,\n\nYear 5's trip to the Natural History Museum is on {date}. We still need reply slips for {first}, {first} and {first}, so please hand them in by Friday.\n\nMany thanks,\n{title_name}\nYear 5 team",
            "Hi {first},\n\nYour direct debit for the 2025/26 season came back unpaid (bank code MD06). The mandate is on {iban}. Could you check with your bank, or pay the £180 by card at the clubhouse?\n\nCheers,\nMembership Secretary",
            "Here's your letter with the facts in order:\n\nDear {title_name},\n\nRe: return of my deposit, {address}\n\nMy tenancy ended on {date} and I returned all keys that day. You had 10 days to return the deposit or tell me which deductions you propose, and you have done neither.\n\nIf I hear nothing within 14 days I will raise a dispute with the deposit scheme.",
            "GUEST REGISTRATION CARD\nGuest name: {person}\nNationality: Canadian\nPassport no.: {passport}\nArrival: {date}   Nights: 3   Room: 512\nSignature: ______________",
            "IN THE COUNTY COURT AT {city}\nClaim No. {invoice}\n\nBETWEEN:\n{company}\nClaimant\n-and-\n{person}\nDefendant\n\nDEFENCE",
            "I, the undersigned Notary Public, certify that {person}, born on {dob} and identified by passport number {passport}, appeared before me this day and signed the attached power of attorney in my presence.",
            "user: why was my card {card} declined at checkout? order {order}\nassistant: The issuer declined it with code 05 (\"do not honour\"). That decision comes from your bank, not from us, so they are the ones who can tell you why.",
            "HM Revenue & Customs\n\n{title_name}\n{address}\n\nYour tax code for 2025-26 is 1257L. Please quote your {nid} whenever you contact us.",
            '{"time":"{time}","remote_addr":"{ip}","request":"POST /api/login HTTP/2","status":401,"user":"{email}","ua":"okhttp/4.12.0"}',
            "Mar 11 {time} bastion sshd[48213]: Failed password for root from {ip} port 51744 ssh2",
            "# docker-compose.override.yml (local only, never commit)\nservices:\n  worker:\n    environment:\n      - QUEUE=default\n      - {secret}",
            "Secret scanning alert #{order}: a credential was committed to deploy/staging.env in {sha}.\n\n```\n{secret}\n```\n\nRevoke it at the provider first, then remove it from the history.",
            "INSERT INTO patients (mrn, full_name, date_of_birth, phone) VALUES ('{mrn}', '{person}', '{dob}', '{phone}');",
            "Subject: FW: Q3 board pack [{policy}]\n\nAll, revised numbers attached. Please don't circulate beyond the exec team until the board has met.",
            "docs/onboarding.md\n  42:17-42:29  warning  `{biased}` may be insensitive, use an alternative  retext-equality\n\n⚠ 1 warning",
            "A few suggestions on your job ad: the phrase \"{biased}\" in the second paragraph may put some candidates off, and \"rockstar\" in the title is vague. Everything else reads well.",
            "@{first} the alert fired again: {ip} is hammering /wp-login.php. Blocking it at the WAF for now. cc @{first}",
            "Your repeat prescription is ready to collect.\nPatient: {title_name}\nDOB: {dob}\nItems: Atorvastatin 20 mg (28), Ramipril 5 mg (28)\nPlease bring photo ID.",
            "| Field | Applicant 1 |\n|---|---|\n| Name | {person} |\n| Current address | {address} |\n| Employer | {company} |\n| Mobile | {phone} |\n| Move-in date | {date} |",
            "Expense report {invoice} was returned: 3 transactions on corporate card {card} have no receipt attached. Please upload them by {date}.",
            "Thanks, I'll sign it tonight.\n\n> On {date}, {person} <{email}> wrote:\n> Attached is the lease for the flat. Please sign page 4 and initial every page.\n> The deposit is due before the keys are released.",
            "Based on the details you pasted, your passport ({passport}) expires on {date}. Many countries want six months' validity on arrival, so renew it before you book.",
            "Payment rejected\nBeneficiary: {person}\nBeneficiary IBAN: {iban}\nReason: AC01, incorrect account number at the receiving bank\nReference: {invoice}",
            "DISCHARGE SUMMARY\nName: {person}\nNHS number: {nhs}\nDate of birth: {dob}\nAdmitted: {date}\nDiagnosis: community-acquired pneumonia\nGP actions: repeat chest X-ray in 6 weeks",
            "Visa application, summary for your review:\n• Applicant: {person}\n• Date of birth: {dob}\n• Passport: {passport}\n• Home address: {address}\n• {nid}\nCheck these against your documents before you pay the fee.",
            '{"ticket":"{ticket}","requester":{"name":"{person}","email":"{email}"},"subject":"Cannot reset password","priority":"high"}',
            "Onboarding checklist for {person}\n[x] contract signed\n[x] {nid} received\n[ ] pension opt-out form\n[ ] laptop ordered",
            "Minutes, Residents' Association, {date}\nPresent: {person} (chair), {person}, {person}\nApologies: {first}\n1. Parking on Elm Road: council response still awaited.",
            "BEGIN:VCARD\nVERSION:3.0\nFN:{person}\nTEL;TYPE=CELL:{phone}\nEMAIL:{email}\nADR;TYPE=HOME:;;{address}\nEND:VCARD",
            "Your account was signed in from {ip} at {time} UTC. If this wasn't you, reset your password now and turn on two-step verification.",
            "Referral accepted. Patient {title_name}, hospital number {mrn}, is booked into the fracture clinic on {date}.",
        ],
        "clean": [
            "Your order {order} has been dispatched. Track it with Royal Mail: {tracking}. Expected delivery: {date}.",
            "## {version} ({date})\n\n- Password hashing switched to {hashalgo}; existing hashes are upgraded on the next login\n- Build {sha}",
            "# office VPN ranges\nallow tcp from {cidr4} to any port {port}\nallow tcp from {cidr6} to any port 443\ndeny all",
            "Book club pick for next month: *Klara and the Sun* by Kazuo Ishiguro (Faber, ISBN {isbn}).",
            "Sadiq Khan, the Mayor of London, announced a fare freeze on Transport for London services.",
            "Southern: trains between London Victoria and Brighton are delayed by up to 20 minutes because of a signalling fault at Clapham Junction.",
            "Visiting hours at St Thomas' Hospital and the Evelina London Children's Hospital change from {date}: 11:00 to 20:00, two visitors per bed.",
            "Section 404 of the Sarbanes-Oxley Act requires management to assess internal control over financial reporting every year.",
            "By Fermat's little theorem, a^(p-1) ≡ 1 (mod p) for any prime p that does not divide a, which is where the Miller-Rabin test starts.",
            "Eliud Kipchoge ran 2:01:09 in Berlin in 2022; Kelvin Kiptum lowered the marathon world record to 2:00:35 in Chicago a year later.",
            "Invoice {invoice} from {company} is due on {date}. Please quote the invoice number as the payment reference.",
            "Validation failed for {badref}: checksum mismatch. Nothing was saved.",
            "Deployed api {version} (commit {sha}) to eu-west-2 at {time} UTC. Rollback plan in {ticket}.",
            "SKU 44871 · EAN {ean} · {brand} 1.7 L kettle, brushed steel · in stock",
            "Paul Lynch won the 2023 Booker Prize for *Prophet Song*.",
            "Flights from {namecity} to {city} resume on {date}, with two departures a day.",
            "request_id={uuid} method=GET path=/healthz status=200 latency_ms=3",
            "{company} is moving its European headquarters to {city}; the {product} support team moves with it.",
            "Queen Victoria opened the Royal Albert Hall in 1871 and named it after her late husband, Prince Albert.",
        ],
    },
    "de": {
        "pii": [
            "Hier ist Ihr überarbeitetes Anschreiben:\n\n{person}\n{address}\nTel. {phone}\n{email}\n\nBewerbung als Sachbearbeitung Einkauf – Ihre Anzeige vom {date}\n\nSehr geehrte Damen und Herren,\n\nseit vier Jahren betreue ich bei {company} den Einkauf von Verpackungsmaterial und möchte mich nun weiterentwickeln.",
            "Sehr geehrte Damen und Herren,\n\nals Mieterin der Wohnung {address}, 3. OG links, widerspreche ich der Betriebskostenabrechnung vom {date}. Die Position „Hauswart“ ist doppelt angesetzt.\n\nMit freundlichen Grüßen\n{person}",
            "Betreff: {person}, geb. {dob}, Pat.-Nr. {mrn}\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über den stationären Aufenthalt vom {date} in unserer Klinik für Innere Medizin.",
            "Befund Klinische Chemie\nPatient: {person} | Geb.-Dat.: {dob} | Fall-Nr.: {mrn}\nCRP 48 mg/l ↑   Leukozyten 12,1 /nl ↑\nMaterial eingegangen: {date}, {time}",
            "Personalstammblatt\nName: {person}\nGeburtsdatum: {dob}\n{nid}\nBankverbindung: {iban}\nEintrittsdatum: {date}\nKostenstelle: 4110",
            "Kunde: Guten Tag, meine Karte {card} wurde zweimal belastet.\nServicemitarbeiter: Das tut mir leid. Nennen Sie mir bitte die Bestellnummer?\nKunde: {order}\nServicemitarbeiter: Danke, die doppelte Buchung wird storniert.",
            "Protokoll Jour fixe vom {date}\nTeilnehmende: {person}, {person}, {first} (ab TOP 2)\nTOP 1: Stand Umzug Lager\n– Verantwortlich: {first}, Termin: Ende des Monats",
            "Kurz zusammengefasst:\n• {first} fragt nach der Gutschrift zur Rechnung {invoice}.\n• Die Buchhaltung ({role_email}) bestätigt den Eingang und bucht bis Freitag.\n• Offen: Wer informiert den Kunden?",
            "Meldeschein\nGast: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nReisepass-Nr.: {passport}\nAnreise: {date}",
            "Schadenmeldung Hausrat\nVersicherte Person: {person}\n{nid}\nTelefon: {phone}\nSchadendatum: {date}\nHergang: Wasserschaden durch geplatzten Zulaufschlauch der Waschmaschine",
            "In Ihrem Log sieht man mehrere fehlgeschlagene Anmeldungen:\n\nsshd[2231]: Failed password for invalid user admin from {ip} port 40122 ssh2\n\nDas ist typisches Brute-Forcing. Sperren Sie die Adresse und schalten Sie die Passwort-Anmeldung ab.",
            "# .env – NICHT ins Repo einchecken!\nAPP_ENV=production\nAPP_DEBUG=false\n{secret}",
            "Liebe Eltern der Klasse 4b,\n\nunser Wandertag findet am {date} statt. Es fehlen noch die Einverständniserklärungen von {first} und {first}.\n\nViele Grüße\n{title_name}",
            "Hallo {first},\n\nleider konnten wir den Jahresbeitrag 2025 nicht von deinem Konto {iban} einziehen (Rücklastschrift). Bitte überweise die 120 € bis Monatsende.\n\nSportliche Grüße\nDer Vorstand",
            "Vor mir, dem unterzeichnenden Notar, erschien heute {person}, geboren am {dob}, wohnhaft in {address}, ausgewiesen durch gültigen Reisepass Nr. {passport}.",
            "Finanzamt {city}\n\n{title_name}\n{address}\n\nBescheid für 2024 über Einkommensteuer\n\nBitte geben Sie bei Rückfragen Ihre {nid} an.",
            "Betreff: AW: Budgetplanung 2026 – {policy}\n\nHallo zusammen,\n\nanbei die überarbeitete Fassung. Bitte nicht an Externe weitergeben.",
            "Anmerkung aus dem Code-Review: In der README steht noch „{biased}“ – laut unserem Styleguide bitte durch einen neutralen Begriff ersetzen.",
            "Ihre Bestellung liegt zur Abholung bereit.\nKunde: {title_name}\nPräparat: Ibuprofen 600 mg, 20 Tbl.\nHinterlegte Rückrufnummer: {phone}",
            "Kundennr;Name;E-Mail;Telefon;PLZ\n{order};{person};{email};{phone};80331",
            "Amtsgericht {city}\nAz. 12 C 345/24\n\nIn dem Rechtsstreit\n{company} – Klägerin –\ngegen\n{person}, {address} – Beklagte/r –\nwegen Forderung",
            "{title_name}, geboren am {dob}, war vom 01.04.2019 bis zum 31.12.2024 in unserem Unternehmen in der Teamleitung Logistik beschäftigt.",
            '{"kunde":{"name":"{person}","email":"{email}"},"zahlung":{"art":"kreditkarte","nummer":"{card}"},"status":"offen"}',
            "@{first} kannst du mal schauen, warum {ip} seit heute früh lauter 429er bekommt? cc @{first}",
            "Lohnausweis 2025\nArbeitnehmer/in: {person}\n{nid}\nGeburtsdatum: {dob}\nBruttolohn: {amount} CHF",
            "Sie schreiben, dass {first} (geb. {dob}) seit drei Tagen Fieber hat und jetzt schlecht Luft bekommt. Das sollte heute noch ärztlich abgeklärt werden; bei starker Atemnot rufen Sie die 112.",
            "Auftrag ausgeführt\nEmpfänger: {person}\nIBAN: {iban}\nBetrag: {amount} EUR\nVerwendungszweck: Miete März",
            "Mieter: {person}, geb. {dob}, derzeit wohnhaft {address}\nMietgegenstand: Wohnung Top 7, 2. Stock, 68 m²",
            "Mit freundlichen Grüßen\n\n{person}\nProjektleitung | {company}\nMobil: {phone}\nE-Mail: {email}",
            "Buchungsbestätigung\nReisende: {person}, Reisepass {passport}\nFlug: FRA–JFK am {date}, Sitz 23C",
            "Grüezi {title_name}\n\nBesten Dank für Ihre Anmeldung zum Kurs vom {date}. Die Rechnung senden wir an {email}.\n\nFreundliche Grüsse\nKurssekretariat",
        ],
        "clean": [
            "Ihre Bestellung {order} wurde an DHL übergeben. Sendungsnummer: {tracking}. Voraussichtliche Zustellung: {date}.",
            "Die Haltestelle Konrad-Adenauer-Platz wird ab {date} nicht bedient; bitte nutzen Sie die Ersatzhaltestelle in der Willy-Brandt-Straße.",
            "Rechnung {invoice} über {amount} € ist am {date} fällig. Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.",
            "Der Georg-Büchner-Preis 2024 geht an den Lyriker Oswald Egger.",
            "Bundespräsident Frank-Walter Steinmeier hat das Gesetz am Freitag unterzeichnet; es tritt am Tag nach der Verkündung in Kraft.",
            "# nginx: nur Büronetze zulassen\nlisten {port} ssl;\nallow {cidr4};\nallow {cidr6};\ndeny all;",
            "Version {version}: Passwörter werden jetzt mit {hashalgo} gehasht. Build {sha}, Ticket {ticket}.",
            "Buchtipp: Daniel Kehlmann, „Lichtspiel“, Rowohlt, ISBN {isbn}.",
            "Das Universitätsklinikum Carl Gustav Carus Dresden erweitert seine Zentrale Notaufnahme.",
            "Eingabe {badref} abgelehnt: Prüfziffer stimmt nicht.",
            "Angebot der Woche: {product} für {amount} € inkl. MwSt., EAN {ean}.",
            "Die Marie-Curie-Realschule in {city} lädt am {date} zum Tag der offenen Tür ein.",
            "Nach dem gaußschen Integralsatz ist der Fluss durch eine geschlossene Fläche gleich dem Volumenintegral der Divergenz.",
            "{brand} verlegt die Produktion nach {city}; {company} übernimmt die Logistik.",
        ],
    },
    "fr": {
        "pii": [
            "Voici une version resserrée de votre lettre de motivation :\n\n{person}\n{address}\n{phone} – {email}\n\nObjet : candidature au poste d'assistant(e) de direction\n\nMadame, Monsieur,\n\nAprès six ans passés chez {company}, je souhaite mettre mon sens de l'organisation au service de votre équipe.",
            "Madame, Monsieur,\n\nLocataire du logement situé {address} jusqu'au {date}, je conteste la retenue de 850 € opérée sur mon dépôt de garantie : l'état des lieux de sortie ne mentionne aucune dégradation.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n{person}",
            "Vous indiquez que {first}, né(e) le {dob}, tousse depuis dix jours et a de la fièvre le soir. Une consultation chez votre médecin traitant cette semaine est conseillée ; appelez le 15 en cas de difficulté à respirer.",
            "COMPTE RENDU DE CONSULTATION\nPatient(e) : {person}\nDate de naissance : {dob}\nIPP : {mrn}\nMotif : douleurs abdominales depuis 48 h",
            "Laboratoire d'analyses médicales\nDossier n° {mrn}\n{title_name}\nPrélevé le {date} à {time}\n\nGlycémie à jeun : 1,32 g/L (N : 0,70 – 1,10)",
            "Pour le remboursement, indiquez votre {nid} en haut de la feuille de soins et joignez l'ordonnance.",
            "Fiche salarié\nNom : {person}\n{nid}\nIBAN : {iban}\nDate d'entrée : {date}\nPoste : technicien(ne) de maintenance",
            "[14:02] Client : bonjour, je n'ai toujours pas reçu ma commande {order}\n[14:03] Conseillère : je regarde tout de suite. Un numéro où vous joindre ?\n[14:03] Client : {phone}",
            "Transcription – point hebdo\n{first} : on a encore du retard sur le lot 3.\n{person} : je relance le fournisseur demain matin.\n{first} : d'accord, on en reparle jeudi.",
            "FICHE INDIVIDUELLE DE POLICE\nNom et prénom : {person}\nNé(e) le : {dob}\nNationalité : canadienne\nPasseport n° : {passport}\nDate d'arrivée : {date}",
            "Mutualité – demande de remboursement\nAffilié : {person}\n{nid}\nCompte : {iban}\nPrestation : séances de kinésithérapie (9)",
            "Bonjour {first},\n\nTon inscription au camp de jour est confirmée. Le paiement de 245 $ par carte {card} a été accepté.\n\nÀ bientôt !",
            "Décompte de salaire – mars\nCollaborateur : {person}\n{nid}\nSalaire brut : {amount} CHF",
            "TRIBUNAL JUDICIAIRE DE {city}\nRG n° 24/01234\n\nDEMANDEUR : {company}\nDÉFENDEUR : {person}, demeurant {address}\n\nASSIGNATION EN PAIEMENT",
            "Par-devant le notaire soussigné a comparu : {person}, né(e) le {dob}, demeurant {address}, titulaire du passeport n° {passport}.",
            "Virement SEPA émis\nBénéficiaire : {person}\nIBAN : {iban}\nMontant : {amount} EUR\nLibellé : loyer mars",
            "Connexion inhabituelle à votre compte {email} depuis l'adresse {ip} le {date} à {time}. Si ce n'était pas vous, changez votre mot de passe.",
            "# config/prod.env — à ne pas versionner\nNODE_ENV=production\n{secret}",
            "Objet : TR: résultats T3 – {policy}\n\nBonjour à tous,\nci-joint la version finale, merci de ne pas la diffuser.",
            "Relecture de l'offre d'emploi : le terme « {biased} » risque d'être mal perçu, je propose une formulation neutre.",
            "Chers parents,\n\nLa sortie au musée des Confluences aura lieu le {date}. Il manque encore l'autorisation de {first}.\n\nCordialement,\n{title_name}, équipe de CM1",
            "Pharmacie du Centre – votre commande est prête.\nPatient : {title_name}\nMerci de vous munir de votre carte Vitale et de l'ordonnance.",
            "Déclaration de sinistre n° {invoice}\nAssuré : {person}\nTél. : {phone}\nCourriel : {email}\nDate de l'événement : {date}",
            "UPDATE clients SET courriel = '{email}', telephone = '{phone}' WHERE id = {order};",
            "@{first} tu confirmes pour samedi ? Le car part à 7 h du gymnase. cc @{first}",
            "Résumé du fil :\n– {person} demande un duplicata de la facture {invoice}.\n– La comptabilité ({role_email}) l'a renvoyé le {date}.\n– Reste à confirmer l'adresse de livraison.",
            "Bonjour {title_name},\n\nsuite à notre échange, je vous confirme le rendez-vous du {date} à l'agence. Pensez à apporter une pièce d'identité.\n\nBien à vous,\nVotre conseiller",
        ],
        "clean": [
            "Votre colis {tracking} est en cours d'acheminement par Colissimo (commande {order}). Livraison prévue le {date}.",
            "Le prix Goncourt 2023 a été attribué à Jean-Baptiste Andrea pour « Veiller sur elle ».",
            "Travaux : la station Charles de Gaulle – Étoile sera fermée le {date} à partir de 21 h.",
            "L'hôpital européen Georges-Pompidou ouvre une nouvelle unité de soins intensifs de cardiologie.",
            "Facture {invoice} – montant TTC : {amount} € – échéance : {date}.",
            "La loi Evin encadre depuis 1991 la publicité pour les boissons alcoolisées.",
            "# autoriser le VPN du siège\niptables -A INPUT -s {cidr4} -p tcp --dport {port} -j ACCEPT\nip6tables -A INPUT -s {cidr6} -p tcp --dport 443 -j ACCEPT",
            "Version {version} : les mots de passe sont désormais hachés avec {hashalgo} (commit {sha}).",
            "À lire : Annie Ernaux, « Les Années », Gallimard, ISBN {isbn}.",
            "Valeur {badref} refusée : la clé de contrôle est invalide.",
            "{brand} présente {product} au salon de {namecity} le {date}.",
            "Le théorème de Pythagore permet de calculer l'hypoténuse d'un triangle rectangle.",
            "Le président Emmanuel Macron a reçu les maires de France à l'Élysée.",
            "Les lycées Henri-IV et Louis-le-Grand arrivent encore en tête du classement parisien.",
        ],
    },
    "es": {
        "pii": [
            "Aquí tienes tu carta de presentación revisada:\n\n{person}\n{address}\nTel.: {phone} | {email}\n\nEstimados señores:\n\nLes escribo para optar al puesto de administrativo/a en {company}, donde creo que mi experiencia en facturación puede serles útil.",
            "HOJA DE RECLAMACIONES\nDatos del reclamante: {person}, {nid}\nDomicilio: {address}\nHechos: el técnico no acudió a la cita del {date} y aun así se me cobró el desplazamiento.",
            "Me comentas que {first}, con fecha de nacimiento {dob}, lleva tres días con fiebre alta y ahora le cuesta respirar. Con esos síntomas conviene que le vea un médico hoy mismo; si empeora, llama al 112.",
            "INFORME DE ALTA\nPaciente: {person}\nF. nac.: {dob}\nNHC: {mrn}\nServicio: Medicina Interna\nDiagnóstico principal: neumonía adquirida en la comunidad",
            "Resultados de laboratorio — {title_name} — Nº de historia {mrn}\nGlucosa: 112 mg/dL (70–110)\nColesterol total: 231 mg/dL",
            "NÓMINA – marzo\nTrabajador: {person}\n{nid}\nCuenta de abono: {iban}\nLíquido a percibir: {amount} €",
            "Cliente: hola, me cobraron dos veces con la tarjeta {card}\nAsesor: Lamento el inconveniente. ¿Me confirma el número de pedido?\nCliente: {order}\nAsesor: Listo, ya solicité el reverso del cargo duplicado.",
            "Acta de la reunión del {date}\nAsistentes: {person}, {person} y {first}\n1. Presupuesto del evento: aprobado.\n2. Catering: {first} pedirá tres presupuestos.",
            "Resumen del hilo de correos:\n• {first} pide que le reenvíen la factura {invoice}.\n• Administración ({role_email}) la reenvió el {date}.\n• Pendiente: confirmar la dirección fiscal.",
            "PARTE DE ENTRADA DE VIAJEROS\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nNº de pasaporte: {passport}\nFecha de entrada: {date}",
            "REUNIDOS\n\nDe una parte, {person}, mayor de edad, con {nid} y domicilio en {address}, en adelante el ARRENDADOR.",
            "Ante mí, el notario, comparece {title_name}, nacido/a el {dob}, con pasaporte número {passport}, quien interviene en su propio nombre y derecho.",
            "Agencia Tributaria\nNotificación\nDestinatario: {person}\n{nid}\nAsunto: requerimiento de documentación, IRPF 2024",
            "Estimadas familias:\n\nLa excursión al Museo de Ciencias será el {date}. Todavía faltan las autorizaciones de {first} y {first}.\n\nUn saludo,\n{title_name}\nTutoría de 5.º B",
            "Hola, {first}:\n\nNo hemos podido cobrar la cuota trimestral del club en la cuenta {iban}. ¿Puedes revisarlo con tu banco o pagarla en la oficina?\n\nUn abrazo,\nJunta directiva",
            "Alerta: {ip} ha intentado entrar 57 veces en el panel de administración en los últimos 10 minutos. La hemos bloqueado en el cortafuegos.",
            "# application-prod.properties — no subir al repositorio\nspring.profiles.active=prod\n{secret}",
            "Asunto: RV: presupuesto 2026 [{policy}]\n\nHola a todos, os adjunto la versión definitiva. Por favor, no la reenviéis fuera del comité.",
            "Revisando el anuncio de empleo: el término «{biased}» aparece dos veces; te sugiero sustituirlo por una expresión neutra.",
            "Receta dispensada\nPaciente: {title_name}\nMedicamento: omeprazol 20 mg, 28 cápsulas\nTeléfono de aviso: {phone}",
            "Reporte de siniestro {invoice}\nAsegurado: {person}\nCorreo electrónico: {email}\nCelular: {phone}\nFecha del siniestro: {date}",
            "[09:41] @{first}: ¿alguien ha visto de dónde sale tanto tráfico desde {ip}?\n[09:44] @{first}: es un crawler, ya lo he bloqueado",
            "UPDATE pacientes SET telefono = '{phone}', fecha_nacimiento = '{dob}' WHERE nhc = '{mrn}';",
            "Localizador: QX7P2M\nPasajero: {person}\nPasaporte: {passport}\nVuelo Madrid–Nueva York, {date}",
            "JUZGADO DE PRIMERA INSTANCIA N.º 3 DE {city}\nProcedimiento ordinario 123/2024\nDemandante: {company}\nDemandado: {person}, con domicilio en {address}",
            "Un saludo,\n\n{person}\nResponsable de Compras · {company}\nMóvil {phone} · {email}",
            '{"cliente":"{person}","email":"{email}","tarjeta":"{card}","importe":"{amount}"}',
        ],
        "clean": [
            "Tu pedido {order} ya está en camino. Número de seguimiento: {tracking}. Entrega estimada: {date}.",
            "El Premio Cervantes 2023 fue para el escritor leonés Luis Mateo Díez.",
            "Obras en la estación Madrid-Puerta de Atocha–Almudena Grandes: los trenes de Cercanías cambian de andén hasta el {date}.",
            "El Hospital General Universitario Gregorio Marañón amplía su unidad de ictus.",
            "Factura {invoice} · Importe: {amount} € · Vencimiento: {date}",
            "El teorema de Pitágoras relaciona los catetos con la hipotenusa de un triángulo rectángulo.",
            "# permitir solo la VPN de la oficina\nufw allow from {cidr4} to any port {port} proto tcp\nufw allow from {cidr6} to any port 443 proto tcp",
            "Versión {version}: las contraseñas se guardan ahora con {hashalgo}. Commit {sha}.",
            "Gabriel García Márquez, «Cien años de soledad», Debolsillo, ISBN {isbn}.",
            "Referencia {badref} rechazada: el dígito de control no es válido.",
            "{brand} abrirá una tienda en la calle de Serrano; {product} estará a la venta desde el {date}.",
            "El rey Felipe VI presidió la entrega de despachos en la Academia General Militar de Zaragoza.",
            "Vuelos directos entre {namecity} y {city} a partir del {date}.",
            "El Estadio Santiago Bernabéu acogerá la final de la Copa.",
        ],
    },
    "nl": {
        "pii": [
            "Hier is je aangepaste sollicitatiebrief:\n\n{person}\n{address}\n{phone}\n{email}\n\nGeachte heer, mevrouw,\n\nMet veel interesse las ik uw vacature voor een financieel-administratief medewerker bij {company}.",
            "Geachte verhuurder,\n\nHierbij maak ik bezwaar tegen de servicekostenafrekening over 2024 voor de woning aan {address}. De post ‘schoonmaak trappenhuis’ is twee keer in rekening gebracht. Komen we er niet uit, dan leg ik het geschil voor aan de Huurcommissie.\n\nMet vriendelijke groet,\n{person}",
            "Betreft: {person}, geb. {dob}, patiëntnr. {mrn}\n\nGeachte collega,\n\nBovengenoemde patiënt(e) was vanaf {date} opgenomen op onze afdeling Longziekten.",
            "Uitslag laboratoriumonderzoek\n{title_name}\nGeboortedatum: {dob}\nHb 7,1 mmol/l (L)   Ferritine 9 µg/l (L)",
            "Personeelsdossier\nNaam: {person}\n{nid}\nIBAN: {iban}\nIn dienst per: {date}\nFunctie: medewerker klantenservice",
            "Klant: hoi, ik heb met mijn creditcard {card} betaald maar ik zie de bestelling niet in mijn account\nMedewerker: Vervelend! Wat is je bestelnummer?\nKlant: {order}",
            "Notulen teamoverleg {date}\nAanwezig: {person}, {person}\nAfwezig m.k.: {first}\nActiepunt: {first} stuurt de planning rond vóór vrijdag.",
            "Samenvatting van de mailwisseling:\n- {first} vraagt om een creditnota voor factuur {invoice}.\n- De administratie ({role_email}) heeft die op {date} verstuurd.\n- Nog open: nieuwe leverdatum.",
            "Gastregistratie\nNaam: {person}\nGeboortedatum: {dob}\nNationaliteit: Belg\nPaspoortnummer: {passport}\nAankomst: {date}",
            "Vermeld uw {nid} op het aanvraagformulier; zonder dat nummer kunnen we uw dossier niet openen.",
            "Inschrijving bevestigd: {person} (° {dob}), gedomicilieerd te {address}.",
            "Hoi {first},\n\nDe contributie voor het seizoen 2025-2026 kon niet worden afgeschreven van {iban}. Wil je het bedrag van € 185 zelf overmaken?\n\nSportieve groet,\nPenningmeester",
            "Beste ouders van groep 6,\n\nDe excursie naar Naturalis is op {date}. Van {first} en {first} hebben we nog geen toestemmingsformulier.\n\nMet vriendelijke groet,\n{title_name}",
            "RECHTBANK {city}\nZaaknummer: C/13/745120\n\nin de zaak van\n{company}, eiseres,\ntegen\n{person}, wonende te {address}, gedaagde.",
            "Heden, {date}, verscheen voor mij, notaris: {person}, geboren op {dob}, die zich legitimeerde met paspoort nummer {passport}.",
            "Belastingdienst\n\n{title_name}\n{address}\n\nVoorlopige aanslag inkomstenbelasting 2025",
            "Waarschuwing: 43 mislukte inlogpogingen vanaf {ip} op het account {email}. Het IP-adres is 24 uur geblokkeerd.",
            "# config/secrets.yml – NIET committen\nproduction:\n  {secret}",
            "Onderwerp: FW: jaarcijfers 2025 [{policy}]\n\nHoi allemaal, in de bijlage de definitieve cijfers. Graag niet extern delen.",
            "Feedback op de vacaturetekst: het woord \"{biased}\" kun je beter vervangen door iets neutraals.",
            "Uw herhaalrecept ligt klaar bij de apotheek.\nPatiënt: {title_name}\nMedicijn: metformine 500 mg\nBij vragen bellen wij u op {phone}.",
            "Schademelding {invoice}\nVerzekerde: {person}\nTelefoon: {phone}\nE-mail: {email}\nDatum schade: {date}",
            '{"klant":"{person}","iban":"{iban}","geboortedatum":"{dob}","segment":"particulier"}',
            "@{first} kun jij even naar {ip} kijken? Die blijft onze API bestoken. cc @{first}",
            "Boekingsbevestiging\nReiziger: {person}\nPaspoort: {passport}\nVertrek: {date}, AMS–CUR",
            "klant:\n  naam: {person}\n  telefoon: \"{phone}\"\n  creditcard: \"{card}\"\n  status: actief",
            "Met vriendelijke groet,\n\n{person}\nAccountmanager | {company}\nM {phone}\nE {email}",
        ],
        "clean": [
            "Je pakket {tracking} wordt vandaag bezorgd door PostNL (bestelnummer {order}).",
            "Ajax speelt zondag om 14.30 uur in de Johan Cruijff ArenA.",
            "Het Erasmus MC in Rotterdam breidt de spoedeisende hulp uit.",
            "Koning Willem-Alexander opende vanmiddag het vernieuwde stationsgebouw.",
            "Factuur {invoice} – bedrag € {amount} – te betalen vóór {date}.",
            "Volgens de stelling van Pythagoras is de schuine zijde van een 3-4-5-driehoek precies 5.",
            "# alleen kantoor-VPN toestaan\nallow {cidr4} port {port}\nallow {cidr6} port 443\ndeny any",
            "Release {version}: wachtwoorden worden nu gehasht met {hashalgo}. Commit {sha}, ticket {ticket}.",
            "Harry Mulisch, De aanslag, De Bezige Bij, ISBN {isbn}.",
            "Waarde {badref} afgewezen: het controlegetal klopt niet.",
            "{brand} opent een winkel in de Van Baerlestraat; {product} ligt er vanaf {date} in de schappen.",
            "De Koningin Elisabethwedstrijd in Brussel is dit jaar gewijd aan viool.",
            "Vluchten naar {namecity} en {city} vanaf {date}.",
            "Rembrandts Nachtwacht hangt in de Eregalerij van het Rijksmuseum.",
        ],
    },
}


# ------------------------------------------------------------------------------------- MEADOW
MEADOW: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # assistant drafts
            "Here's a draft you could send:\n\nDear {title_name},\n\nYour repeat prescription is ready to collect from {date}. If someone else picks it up for you, they will be asked to confirm your date of birth ({dob}) at the counter.\n\nKind regards,\nDispensary team",
            "Sure, here is a friendlier version of your reply to the tenant:\n\nHi {first},\n\nThanks for flagging the boiler. An engineer from {company} will come round on {date} and will ring you on {phone} about half an hour before arriving.\n\nBest,\nLettings team",
            "I've tidied up the customer's message. Original sender: {person} <{email}>. Summary: wants the duplicate charge on order {order} reversed and a new invoice issued.",
            # call and case summaries
            "Call summary ({time}, inbound)\n- Caller: {person}\n- Callback number: {phone}\n- Reason: parcel {tracking} marked delivered but not received\n- Agreed: replacement dispatched, confirmation to {email}",
            "Case notes, day 3: client {person} confirmed the new address is {address} and asked that all letters go there from now on.",
            # scanned forms, extracted fields
            "Extracted fields (OCR, page 1 of 2)\nSurname / Given names: {person}\nDate of birth: {dob}\nDocument no.: {passport}\nPlace of issue: {city}\nDate of expiry: {date}",
            "Fields pulled from the intake form:\n  patient_name: {person}\n  d.o.b.: {dob}\n  hospital_no: {mrn}\n  gp_surgery: {company}\n  contact_tel: {phone}",
            "TRAVEL DOCUMENT\nNumber\n{passport}\nHolder\n{person}\nNationality\nBritish Citizen",
            # CV rewritten
            "{person}\n{address} | {phone} | {email}\n\nPROFILE\nOperations lead with eight years in warehouse planning at {company}; cut picking errors by a third.",
            # postmortem, logs, config
            "Postmortem {ticket}: from {time} UTC the payments service logged raw request bodies. One affected request carried card {card} from client {ip}. Root cause: verbose logging left enabled after release {version}.",
            "2026-03-14T09:12:44Z INFO auth.login ok user={email} src_ip={ip} session={uuid}",
            "Mar 14 03:17:09 bastion sshd[2211]: Failed password for invalid user admin from {ip} port 51234 ssh2",
            "Heads up: this was pasted into the shared channel and needs rotating today:\n{secret}",
            "CI job {uuid} echoed this line to the public build log; revoke it and re-run the job:\n{secret}",
            "name,date_of_birth,mrn,ward\n{person},{dob},{mrn},Ward 7B",
            "INSERT INTO customers (full_name, email, iban, created_at) VALUES ('{person}', '{email}', '{iban}', NOW());",
            "{\"resourceType\": \"Patient\", \"identifier\": [{\"system\": \"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"{nhs}\"}], \"name\": [{\"text\": \"{person}\"}], \"birthDate\": \"{dob}\"}",
            # health
            "Your blood test results are back, {first}. They are filed under NHS number {nhs} and your GP practice has a copy; there is nothing you need to do.",
            "| Patient | DOB | Unit | MRN |\n|---|---|---|---|\n| {person} | {dob} | Cardiology | {mrn} |",
            "Discharge summary, Pt #{mrn}: {title_name} was admitted with chest pain and discharged home on {date} with a follow-up in six weeks.",
            # benefits, court, registry
            "Benefit decision\nClaimant: {person}\n{nid}\nOutcome: your claim is approved from {date}. Payments go to the account ending in the last four digits you gave us.",
            "Payroll onboarding for {person}: {nid} received, signed contract received, starter checklist still outstanding.",
            "SUMMONS. To {person}, of {address}: you are required to attend {city} Magistrates' Court on {date} at 10:00 as a witness.",
            "Register extract. Proprietorship register, Title no. HD451873. Registered owner: {person} of {address}.",
            # clubs, school, daycare, vet
            "Membership #{order}: {person}, member since {date}. Monthly fee collected from {iban}. Emergency contact on {phone}.",
            "Pickup authorisation: {person} may collect my daughter from Sunflower Room on Fridays. In an emergency call me on {phone}. Signed, {person}",
            "Hi {first}, just a reminder that the permission slip for Thursday's museum trip is due back tomorrow. Thanks! Year 4 team",
            "Veterinary invoice {invoice}\nOwner: {title_name}\nAddress: {address}\nPet: Labrador, 6 y\nVaccination booster + worming tablet",
            # e-commerce, payments
            "Return request {order}: {person} ({email}) is sending back the {product}; refund to the original card {card} once it reaches the warehouse.",
            "Transcript note: the caller read out their full card number {card} on the recording; please redact before the file is shared.",
            "Remittance advice for invoice {invoice} should go to {role_email}; please stop sending it to the old ops inbox.",
            "To: {email}\nCc: {email}\nSubject: Tenancy renewal, Flat 3\n\nHi {first},\n\nThe landlord has agreed to renew on the same terms from {date}.",
            "> On Tue, {person} <{email}> wrote:\n> Could you resend the receipt? Our accounts team never got it.\n\nResent just now, copying {role_email}.",
            "@{first} can you look at why the webhook for {company} keeps failing? The last payload came from {ip}.",
            "Itinerary for {title_name}\nFlight departs {date}, 18:25, Heathrow T5\nPassport (on file): {passport}\nHotel confirmation sent to {email}",
            "Wedding guest list for the venue's security desk:\n1. {person} (passport {passport})\n2. {person} (passport {passport})",
            # policy and biased language
            "Reply held for review: the draft to {email} mentioned \"{policy}\", which may not appear in customer-facing text.",
            "Editor's note on the internal wiki page: please replace \"{biased}\" in the second paragraph with neutral wording before it goes live.",
            "Moderation log: message from {first} blocked, matched term \"{policy}\".",
            "Style check on the onboarding doc: the phrase \"{biased}\" appears twice; suggest an inclusive alternative.",
        ],
        "clean": [
            "Tracking {tracking}: your parcel left the {city} hub at {time} and is due on {date}.",
            "Order {order} confirmed: 1 x {product}. Invoice {invoice} will follow by email.",
            "Release {version} (commit {sha}) drops TLS 1.1 and moves password storage to {hashalgo}.",
            "Change {ticket}: allow {cidr4} and {cidr6} to reach the API on port {port}.",
            "Validation failed: {badref} is not a valid reference. Please check the number and try again.",
            "King Charles III opened the new wing of St Thomas' Hospital on {date}.",
            "A Brief History of Time by Stephen Hawking (ISBN {isbn}) is back in stock at {company}.",
            "Severe delays on services to {namecity} this morning; replacement buses run from {time}.",
            "Fermat's Last Theorem was proved by Andrew Wiles in 1994, more than 350 years after Fermat stated it.",
            "Serena Williams won 23 Grand Slam singles titles in the Open Era.",
            "Exhibition: Frida Kahlo, Making Her Self Up, opens in {city} on {date}.",
            "Batch job {uuid} finished at {time} with 0 errors and 12 warnings.",
            "The sprint review is in the Ada Lovelace room on {date} at 2pm.",
            "Take the Elizabeth line to Paddington, then the Great Western Railway to Bristol Temple Meads.",
            "Barcode {ean}, item 4 of 6, is back in stock.",
            "{brand} is the main sponsor of this year's city marathon on {date}.",
            "Support at {company} is open Monday to Friday, 8am to 6pm; quote {ticket} when you get in touch.",
            "The Nobel Prize in Literature lecture by Kazuo Ishiguro is available in the Nobel archive.",
        ],
    },
    "de": {
        "pii": [
            "Hier ein Entwurf für Ihre Antwort:\n\nGuten Tag {title_name},\n\nIhr Rezept liegt ab {date} in der Apotheke bereit. Bitte bringen Sie Ihre Versichertenkarte mit.\n\nFreundliche Grüße\nIhr Praxisteam",
            "Gesprächsnotiz ({time}): {person} rief von {phone} an, Sendung {tracking} ist nicht angekommen. Ersatz versandt, Bestätigung an {email}.",
            "Extrahierte Felder (Scan, Seite 1)\nName, Vorname: {person}\ngeb. am: {dob}\nReisepass-Nr.: {passport}\nWohnanschrift: {address}",
            "Lebenslauf\n\n{person}\n{address}\nTel. {phone} | {email}\nGeburtsdatum: {dob}",
            "Laborbefund für {person} (Pat.-Nr. {mrn}, * {dob}): Werte im Normbereich, keine weitere Abklärung nötig.",
            "Name;Geb.-Datum;Fall-Nr.;Station\n{person};{dob};{mrn};3B",
            "Bescheid über Ihren Antrag auf Krankengeld\nVersicherte Person: {person}\n{nid}\nDer Antrag wird ab {date} bewilligt.",
            "Personalien für die Anmeldung beim Arbeitgeber: {person}, {nid}, Eintritt am {date}.",
            "Ladung zum Termin: {title_name} wird als Zeuge in der Sache 12 C 345/26 auf den {date}, 9:30 Uhr, Saal 112 des Amtsgerichts {city} geladen.",
            "Grundbuch von {city}, Blatt 2841, Abteilung I\nEigentümer: {person}, geb. {dob}, wohnhaft {address}",
            "Mitgliedsvertrag Nr. {order}\nMitglied: {person}\nSEPA-Lastschriftmandat für IBAN {iban}\nMobil: {phone}",
            "Rechnung {invoice} (Tierarztpraxis)\nTierhalter: {title_name}\n{address}\nLeistung: Impfung Katze, {amount} EUR",
            "Liebe Eltern, {first} hatte heute nach dem Mittagessen leichtes Fieber. Abgeholt wurde das Kind von {person}. Bei Fragen erreichen Sie uns wie gewohnt.",
            "Reiseplan für {title_name}\nAbflug {date}, 07:15 Uhr, Wien-Schwechat\nPass: {passport} (gültig bis {date})",
            "Postmortem {ticket}: Im Debug-Log stand die vollständige Kartennummer {card} eines Kunden. Ursache: Log-Level TRACE nach Release {version}.",
            "2026-02-11 08:14:03 WARN anmeldung fehlgeschlagen benutzer={email} ip={ip} versuch=3",
            "Im Build-Log von Job {uuid} stand im Klartext:\n{secret}\nBitte sofort rotieren und den Log löschen.",
            "UPDATE kunden SET iban = '{iban}', telefon = '{phone}' WHERE kundennr = {order};",
            "Am {date} schrieb {person} <{email}>:\n> Bitte schicken Sie mir die Nebenkostenabrechnung noch einmal.",
            "@{first} kannst du den Kunden bis 16 Uhr zurückrufen? Es geht um die Rücksendung {order}.",
            "Rücksendung {order}: {person}, {address}; Erstattung auf die Karte {card} nach Wareneingang.",
            "Verdächtige Anmeldung im Konto von {title_name} von {ip}; Passwort wurde zurückgesetzt.",
            "Antwort zurückgehalten: Der Entwurf an {email} enthielt den gesperrten Begriff „{policy}“.",
            "Bitte im Wiki-Artikel zur Architektur „{biased}“ durch eine neutrale Formulierung ersetzen.",
            "| Reisende/r | Pass-Nr. | Geb.-Dat. |\n|---|---|---|\n| {person} | {passport} | {dob} |",
            "Sehr geehrte Damen und Herren, anbei die Meldebestätigung für {person} (geb. {dob}), Hauptwohnsitz {address}.",
        ],
        "clean": [
            "Sendungsverfolgung {tracking}: Paket um {time} im Paketzentrum {city} bearbeitet, Zustellung voraussichtlich am {date}.",
            "Bundespräsident Frank-Walter Steinmeier eröffnete am {date} die Ausstellung im Schloss Bellevue.",
            "Rechnung {invoice} zur Bestellung {order}: {product}, {amount} EUR, fällig am {date}.",
            "Release {version} ({sha}): Passwörter werden jetzt mit {hashalgo} gespeichert.",
            "Freigabe {ticket}: Netze {cidr4} und {cidr6} dürfen Port {port} erreichen.",
            "EAN {ean} ist ab {date} wieder lieferbar.",
            "{brand} ist Hauptsponsor des Stadtlaufs am {date}.",
            "Prüfung fehlgeschlagen: {badref} ist keine gültige Nummer.",
            "Thomas Manns „Buddenbrooks“ (ISBN {isbn}) erscheint als Taschenbuch bei {company}.",
            "Ab {date} hält der ICE wieder in {city} Hbf; zur Albert-Schweitzer-Klinik fährt der Bus 12.",
            "Die Paula-Modersohn-Becker-Ausstellung wird bis {date} verlängert.",
            "Vorgang {uuid} um {time} abgeschlossen, Status OK.",
        ],
    },
    "fr": {
        "pii": [
            "Voici une proposition de réponse :\n\nBonjour {title_name},\n\nVotre ordonnance est prête à la pharmacie à partir du {date}. Pensez à apporter votre carte Vitale.\n\nBien cordialement,\nL'équipe officinale",
            "Compte rendu d'appel ({time})\nAppelant : {person}\nRappel au {phone}\nObjet : contestation de la facture {invoice}\nSuite : réponse écrite à {email}",
            "Champs extraits du formulaire :\nNom et prénom : {person}\nDate de naissance : {dob}\nN° de passeport : {passport}\nAdresse : {address}",
            "Convocation : {title_name} est convoqué(e) devant le tribunal judiciaire de {city} le {date} à 14 h, en qualité de témoin.",
            "Extrait d'acte notarié : vente au profit de {person}, né(e) le {dob}, demeurant {address}.",
            "Adhésion au club de tennis\nMembre : {person}\nTél. : {phone}\nCourriel : {email}\nPrélèvement SEPA sur {iban}",
            "Facture vétérinaire {invoice}\nPropriétaire : {title_name}\n{address}\nActe : vaccin chien, {amount} €",
            "Résultats disponibles pour {person} (IPP {mrn}, DDN {dob}) ; le compte rendu a été transmis au médecin traitant.",
            "Notification de décision\nBénéficiaire : {person}\n{nid}\nVotre demande d'indemnités journalières est acceptée à compter du {date}.",
            "Attestation de la mutualité pour {person} ({nid}), soins du {date}.",
            "Bonjour {first}, votre rendez-vous à la clinique est confirmé pour le {date}. Votre numéro de dossier : {mrn}.",
            "Itinéraire de voyage\nVol LX 345 Genève → Montréal, {date}\nVoyageur : {person}\nPasseport\n{passport}",
            "[{time}] auth.echec utilisateur={email} ip={ip} tentatives=5",
            "{person}\n{address}\n{phone} · {email}\n\nEXPÉRIENCE\nResponsable logistique chez {company}",
            "{\"client\": \"{person}\", \"carte\": \"{card}\", \"montant\": \"{amount}\", \"devise\": \"EUR\"}",
            "Incident {ticket} : cette clé a été publiée par erreur dans le dépôt public et doit être révoquée :\n{secret}",
            "Le {date}, {person} <{email}> a écrit :\n> Pouvez-vous me renvoyer l'attestation de loyer ?",
            "@{first} tu peux regarder la commande {order} ? La cliente attend le remboursement depuis lundi.",
            "Retour {order} accepté : {product} renvoyé par {person}, remboursement sur la carte {card} sous 5 jours.",
            "Mot de la crèche : {first} a bien mangé et dormi deux heures. Ce soir, c'est {person} qui vient chercher l'enfant.",
            "INSERT INTO patients (nom, date_naissance, ipp) VALUES ('{person}', '{dob}', '{mrn}');",
            "Connexion suspecte depuis {ip} sur le compte de {title_name} ; le mot de passe a été réinitialisé.",
            "Réponse bloquée : le brouillon adressé à {email} contenait le terme interdit « {policy} ».",
            "Relecture de la documentation : remplacer « {biased} » par une formulation inclusive.",
            "Passager | N° document | Né(e) le\n{person} | {passport} | {dob}",
        ],
        "clean": [
            "Colis {tracking} : pris en charge à {city} à {time}, livraison prévue le {date}.",
            "Le président Emmanuel Macron a inauguré le nouveau pont de {city} le {date}.",
            "Lycée Victor-Hugo : réunion parents-professeurs le {date} à 18 h.",
            "Facture {invoice}, commande {order} : {product}, {amount} € TTC.",
            "Version {version} (commit {sha}) : les mots de passe sont désormais hachés avec {hashalgo}.",
            "Ouverture de flux {ticket} : {cidr4} et {cidr6} vers le port {port}.",
            "Code EAN {ean} : réassort prévu le {date}.",
            "Le stand {brand} est dans le hall 3 du salon, qui ouvre le {date}.",
            "Numéro refusé : {badref} n'est pas valide.",
            "Les Misérables de Victor Hugo, ISBN {isbn}, édition de poche chez {company}.",
            "Hôpital Necker-Enfants malades : travaux sur le parking jusqu'au {date}.",
            "Le TGV Lyria de {time} entre Paris Gare de Lyon et Genève est supprimé le {date}.",
        ],
    },
    "es": {
        "pii": [
            "Te propongo esta respuesta:\n\nEstimado/a {title_name}:\n\nLe confirmamos que su receta electrónica está disponible desde el {date} en cualquier farmacia.\n\nUn saludo,\nCentro de Salud",
            "Resumen de la llamada: {person} llamó desde el {phone} para reclamar el pedido {order}. Se le enviará la respuesta a {email}.",
            "Datos extraídos del formulario:\nApellidos y nombre: {person}\nF. nacimiento: {dob}\n{nid}\nDomicilio: {address}",
            "N.º de pasaporte: {passport}\nTitular: {person}\nFecha de caducidad: {date}",
            "CITACIÓN\nPersona citada: {title_name}\nÓrgano: Juzgado de Primera Instancia n.º 3 de {city}\nFecha: {date}, 10:00 horas\nEn calidad de: testigo",
            "Nota simple registral. Titular: {person}, {nid}, con domicilio en {address}.",
            "Alta en el gimnasio\nSocio: {person}\nTeléfono: {phone}\nDomiciliación: {iban}",
            "Factura veterinaria {invoice}\nPropietario: {title_name}\nDirección: {address}\nConcepto: vacuna antirrábica, {amount} €",
            "Informe de laboratorio | Paciente: {person} | NHC {mrn} | F. nac. {dob}",
            "Hola {first}, te recordamos tu cita en el centro de salud el {date} a las 09:40. Trae la tarjeta sanitaria.",
            "Buenas tardes, {first}. Le escribimos de la clínica para confirmar su turno del {date}; su número de historia clínica es {mrn}.",
            "Itinerario: vuelo AM 001 Ciudad de México – Madrid, {date}\nPasajero: {person}\nPasaporte: {passport}",
            "[pasarela-pagos] {date} {time} WARN cobro denegado por el banco emisor | titular_email={email} | pan={card} | origen={ip}",
            "{person}\n{address} · {phone} · {email}\n\nPERFIL PROFESIONAL\nAdministrativa con seis años de experiencia en {company} y atención al cliente.",
            "@{first} ¿puedes revisar la devolución {order}? El cliente sigue sin reembolso.",
            "Incidencia {ticket}: esta credencial apareció en claro en el repositorio y hay que rotarla:\n{secret}",
            "El {date}, {person} <{email}> escribió:\n> ¿Me pueden reenviar el contrato firmado?",
            "Devolución {order} aceptada ({product}). El reembolso irá a la tarjeta {card} a nombre de {person}.",
            "Nota de la guardería: {first} ha dormido bien la siesta. Hoy recoge al peque {person} (tel. {phone}).",
            "Resolución de prestación por desempleo\nSolicitante: {person}\n{nid}\nSe reconoce la prestación desde el {date} y se abonará en la cuenta {iban}.",
            "Acceso sospechoso a la cuenta de {title_name} desde la IP {ip}; se ha cerrado la sesión.",
            "Respuesta bloqueada: el borrador para {email} contenía el término prohibido «{policy}».",
            "Revisión del manual interno: evita «{biased}»; usamos un lenguaje inclusivo.",
            "Pasajero: {person} · Pasaporte n.º {passport} · Fecha de nacimiento: {dob}",
        ],
        "clean": [
            "Envío {tracking}: en reparto en {city}, entrega estimada el {date}.",
            "El rey Felipe VI inauguró el nuevo hospital de {city} el {date}.",
            "Pedido {order}, factura {invoice}: {product}, total {amount} €.",
            "Versión {version} ({sha}): las contraseñas se guardan con {hashalgo}.",
            "Solicitud {ticket}: abrir {cidr4} y {cidr6} al puerto {port}.",
            "EAN {ean}: sin stock hasta el {date}.",
            "{brand} patrocina la maratón de {city} del {date}.",
            "Número no válido: {badref}. Revise los datos.",
            "Cien años de soledad, de Gabriel García Márquez, ISBN {isbn}.",
            "Hospital Universitario Ramón y Cajal: nuevo horario de visitas desde el {date}.",
            "Rafael Nadal ganó Roland Garros catorce veces.",
            "Vuelo a {namecity} retrasado; nueva salida a las {time}.",
        ],
    },
    "nl": {
        "pii": [
            "Hier is een conceptantwoord:\n\nBeste {first},\n\nUw herhaalrecept ligt vanaf {date} klaar bij de apotheek. Neem uw identiteitsbewijs mee.\n\nMet vriendelijke groet,\nApotheek",
            "Gespreksverslag ({time}): {person} belde vanaf {phone} over de huurverhoging. Terugkoppeling per mail naar {email}.",
            "Uitgelezen velden (scan):\nNaam: {person}\nGeboortedatum: {dob}\nDocumentnummer: {passport}\nAdres: {address}",
            "Dagvaarding: {title_name} wordt opgeroepen te verschijnen ter terechtzitting van de rechtbank in {city} op {date} om 09.30 uur.",
            "Uittreksel Kadaster. Eigenaar: {person}, geboren {dob}, wonende te {address}.",
            "Inschrijving sportschool\nLid: {person}\nMobiel: {phone}\nIncasso van rekening {iban}",
            "Factuur {invoice} (dierenkliniek)\nEigenaar: {title_name}\n{address}\nBehandeling: vaccinatie kat, € {amount}",
            "Uitslag bloedonderzoek, patiënt {person}, patiëntnr. {mrn}, geb. {dob}: geen afwijkingen.",
            "Inschrijving huisartsenpraktijk: {person} ({nid}), ingeschreven per {date}.",
            "Besluit over uw uitkering\nAanvrager: {person}\n{nid}\nUw uitkering gaat in op {date}.",
            "Reisschema {person}: vlucht KL 1695 Amsterdam–Lissabon op {date}, paspoort {passport}.",
            "{time} WARN inloggen mislukt gebruiker={email} ip={ip}",
            "{person}\n{address}\n{phone} | {email}\n\nWERKERVARING\nTeamleider klantenservice bij {company}",
            "@{first} kun jij de retour van bestelling {order} oppakken? De klant belt morgen terug.",
            "Let op: in de pipeline-log van build {version} stond deze sleutel in klare tekst:\n{secret}",
            "Op {date} schreef {person} <{email}>:\n> Kunt u de offerte nog een keer sturen?",
            "Retour {order} ontvangen ({product}). Terugbetaling op kaart {card} van {person}.",
            "Overdracht kinderopvang: {first} heeft goed gegeten en geslapen. Vandaag opgehaald door {person}, tel. {phone}.",
            "naam;geboortedatum;dossiernr\n{person};{dob};{mrn}",
            "Verdachte login op het account van {title_name} vanaf {ip}; het wachtwoord is gereset.",
            "Betaling mislukt voor kaart {card}, klant {person}, bestelling {order}.",
            "Antwoord tegengehouden: het concept aan {email} bevatte de geblokkeerde term ‘{policy}’.",
            "Herschrijf de handleiding zonder ‘{biased}’; we willen inclusief taalgebruik.",
            "Reiziger: {person} (paspoortnr. {passport}, geb. {dob}), stoel 14C.",
        ],
        "clean": [
            "Zending {tracking} is om {time} gesorteerd in {city} en wordt op {date} bezorgd.",
            "Koning Willem-Alexander opende op {date} het nieuwe gemeentehuis van {city}.",
            "Factuur {invoice} voor bestelling {order}: {product}, € {amount}.",
            "Versie {version} ({sha}) slaat wachtwoorden nu op met {hashalgo}.",
            "Wijziging {ticket}: {cidr4} en {cidr6} toegestaan op poort {port}.",
            "EAN {ean} is weer op voorraad.",
            "{brand} is hoofdsponsor van de stadsloop op {date}.",
            "Ongeldig nummer: {badref}.",
            "Het Achterhuis van Anne Frank, ISBN {isbn}, nieuwe druk.",
            "Antoni van Leeuwenhoek ziekenhuis: gewijzigde bezoektijden vanaf {date}.",
            "Het Van Gogh Museum verlengt de tentoonstelling tot {date}.",
            "De trein naar Brussel-Zuid van {time} rijdt niet op {date}.",
        ],
    },
}

# ------------------------------------------------------------------------------------- SUMMIT
# Written blind (the author never saw the detection rules, the other banks' texts or any
# measurement), committed alone before any detector ran on it; never to be tuned on.
SUMMIT: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # IT helpdesk
            "INC0{order} | P3 | Opened via Self-Service\nCaller: {person} <{email}>\nShort description: VPN drops roughly every 20 minutes since the {version} client rollout\nWork notes: client IP at time of last drop {ip}; gateway shows idle-timeout. Asked caller to retest on a wired connection before we escalate to Network.",
            "Ticket {ticket} (Security) - user pasted the following into the #general channel at 16:02, key revoked and rotated:\n\n{secret}\n\nReported by {person}. Please do not re-share this ticket outside the SOC.",
            # HR
            "Fit note received for {person} (payroll no. {order}). Not fit for work from {date} for three weeks, lower back pain. Line manager {title_name} has been informed. Employee prefers to be contacted on personal mobile {phone} while off.",
            "New starter checklist - start date {date}\n[x] Contract signed\n[x] Form W-4 received\n[x] {nid} checked against the original document\n[ ] Laptop ordered ({product})\n[x] Emergency contact: {person}, {phone}\nOnboarding buddy: @{first}",
            "Hi {first},\n\nFollowing up on the shortfall in your October salary. A correction of €{amount} will be paid as an off-cycle payment to the account we hold for you ({iban}) on {date}.\n\nKind regards,\nPayroll Services\ncc: {role_email}",
            "To whom it may concern,\n\nI am pleased to confirm that {person} was employed by {company} as a Senior Analyst between March 2019 and August 2023 and left of their own accord. Should you need anything further, I can be reached on {phone}.\n\nYours faithfully,\n\n{title_name}\nHead of Risk",
            "Job advert review - comments from Talent Acquisition\nLine 3: \"{biased}\" - please reword, this puts off qualified applicants.\nDraft owner: {person}\nPlease return the revised version by {date}.",
            # hospital and GP
            "Dear Colleague,\n\nRe: {title_name}\nD.O.B. {dob}\nNHS No. {nhs}\n{address}\n\nI would be grateful if you could see this lady, who has had intermittent right upper quadrant pain after meals for two months. Ultrasound shows multiple gallstones, LFTs normal.",
            "DISCHARGE SUMMARY\nPatient: {person}    Hosp No: {mrn}    Ward: Elm\nAdmitted: {date}    Discharged: {date}\nDiagnosis: community-acquired pneumonia (CURB-65 = 1)\nTTO: amoxicillin 500 mg TDS, 5 days\nFollow-up: CXR in 6 weeks via GP",
            "NHS: Hi {first}, your appointment at the Eye Clinic is confirmed for {date}. Please bring your NHS number ({nhs}) and a list of your medicines. To cancel reply CANCEL.",
            "LAB REPORT   Specimen: serum   Collected: {date} {time}\nName: {person}   DOB {dob}   MRN# {mrn}\nHbA1c      48 mmol/mol   (H)\neGFR       >90\nAuthorised: Clinical Biochemistry",
            "CT CHEST WITH CONTRAST\nPt: {title_name}  |  Unit No. {mrn}\nIndication: persistent cough, ex-smoker.\nFindings: 6 mm solid nodule, right upper lobe. No mediastinal lymphadenopathy.\nImpression: follow-up CT in 12 months.\nReported by {person}, FRCR",
            "PBS PRESCRIPTION\nPatient: {person}\n{address}\nBirthdate: {dob}\nAtorvastatin 40 mg tablet, one at night, qty 30, repeats 5\nPrescriber: {title_name}",
            # travel
            "RP/LON1A0980/LON1A0980  AA/SU  14MAR  Q7ZKRT\n  1.{person}\n  2  BA 117 Y 14MAR 4 LHRJFK HK1  0830 1125\n  3 AP {phone}\n  4 APE {email}\n  5 SSR DOCS BA HK1 P/GBR/{passport}/GBR/{dob}/F",
            "To the Visa Section,\n\nWe confirm that {person}, holder of passport no. {passport}, born {dob}, is invited to our partner summit in Boston from 9 to 12 June. {company} will cover flights and accommodation.\n\nSincerely,\n{title_name}\nHR Director",
            "GUEST REGISTRATION CARD\nName: {person}\nTravel doc #: {passport}    Nationality: Canadian\nHome address: {address}\nArrival: {date}    Room: 412\nI agree to the hotel's terms and conditions.",
            # finance
            "Applicant 1\n  Full name: {person}\n  Date of birth: {dob}\n  {nid}\n  Address (3+ years): {address}\n  Employer: {company}\n  Account for repayments: {iban}",
            "2024-03-14T09:12:44Z kyc-service INFO check_id={uuid} subject=\"{person}\" doc_type=PASSPORT doc_no={passport} result=MATCH score=0.97 src_ip={ip}",
            "Direct Debit Instruction\nName of account holder: {person}\nIBAN: {iban}\nReference: {invoice}\nInstruction to your bank: please pay {company} Direct Debits from the account detailed in this Instruction, subject to the safeguards assured by the Direct Debit Guarantee.",
            "NOTICE OF ASSESSMENT - year ended 30 June 2023\n\n{title_name}\n{address}\n\nYour {nid}\nTaxable income: $84,210\nRefund: $1,412.60 will be paid within 14 days.",
            # public administration, education, clubs, property
            "Residents' parking permit - application #{order}\nApplicant: {person}\nAddress in zone F: {address}\nVehicle: registration on the attached V5C\nContact: {email} / {phone}",
            "Journal entry {date}: Claimant {person} ({nid}) called about the missing housing element. Advised to upload the tenancy agreement. Callback requested on {phone}.",
            "Year 7 admission form (September intake)\nPupil: {person}      Date of birth: {dob}\nParent/carer: {person}, {phone}, {email}\nMedical: mild asthma, inhaler kept in bag\nHome address: {address}",
            "Harbourside Rowing Club - membership renewal\nMember: {person} (since 2017), category: Masters\nEmergency contact: {first} on {phone}\nPaid: VISA {card} exp 09/27",
            "Maintenance request {ticket}\nProperty: Flat 3B, {address}\nTenant: {person}, mob {phone}\nIssue: boiler showing F28, no hot water since Sunday. Tenant is home after 5pm.",
            # logistics and legal
            "DELIVERY NOTE {invoice}\nShip to:\n{person}\n{address}\nTel: {phone}\nCarrier: DPD, tracking {tracking}\n2 x {product}",
            "LASTING POWER OF ATTORNEY - section 2\nI, {person}, of {address}, born {dob}, appoint {person} to act as my attorney for property and financial affairs.",
            "WITNESS STATEMENT\nStatement of: {person}\nAge if under 18: over 18    Occupation: warehouse operative\nOn {date} at about 14:20 I was working in aisle 6 when I heard a loud crash from the loading bay. I went over and saw a pallet on the floor.",
            # chat, email
            "@{first} can you reset MFA for {person}? she's locked out and her new number is {phone}\n> on it, give me 5",
            "Thanks {first}, Thursday works.\n\nOn {date} at 09:14, {person} <{email}> wrote:\n> Could we push the handover to Thursday? I'm out on Wednesday.\n>\n> Best,\n> {first}",
            "Best regards,\n\n{person}\nSenior Account Manager | {company}\nM: {phone}\nE: {email}\n\nThis email and any attachments are confidential and intended solely for the addressee.",
            "Reminder from Legal: the customer-facing deck for {company} still mentions {policy} on slide 14. Please take it out before it goes to {person} for sign-off.",
            # spreadsheets, data, logs, config
            "Name\tDept\tStart date\tMobile\n{person}\tOps\t{date}\t{phone}\n{person}\tFinance\t{date}\t{phone}",
            "{\"level\":\"error\",\"ts\":\"{time}\",\"msg\":\"payment declined\",\"customer\":{\"name\":\"{person}\",\"email\":\"{email}\"},\"pan\":\"{card}\",\"client_ip\":\"{ip}\"}",
            "INSERT INTO patients (patient_id, full_name, dob, phone) VALUES ('{mrn}', '{person}', '{dob}', '{phone}');",
            "member_id,name,date_of_birth,address,iban\n{order},{person},{dob},\"{address}\",{iban}",
            "# staging.env - shared by {person} for the demo, rotate afterwards\nDB_HOST={ip}\nDB_PORT={port}\n{secret}\nALERT_EMAIL={email}",
            "$ history | tail -3\n  501  ssh deploy@{ip}\n  502  export OPS_CONTACT={email}\n  503  {secret}",
        ],
        "clean": [
            "Order {order} has been handed to DHL, tracking number {tracking}. Estimated delivery to our {city} depot: {date}.",
            "Release {version} ({sha}) fixes the TLS handshake regression on port {port}; details in {ticket}.",
            "Change approved at CAB on {date}: allow {cidr4} and {cidr6} to reach the ingest tier on port {port}.",
            "Passwords are stored with {hashalgo} only; plaintext credentials never reach the logs.",
            "This month's book club pick is The Remains of the Day by Kazuo Ishiguro (ISBN {isbn}).",
            "Invoice {invoice} from {company}: 3 x {product}, total €{amount}, due {date}.",
            "Visitors to St Thomas' Hospital should use the Westminster Bridge Road entrance; the Florence Nightingale Museum is closed for refurbishment.",
            "This week's lecture covers Fermat's little theorem and the Euler-Lagrange equations; problem set due {date}.",
            "Usain Bolt's 100 m world record of 9.58 seconds, set in Berlin in 2009, still stands.",
            "The Turner Prize exhibition opens at Tate Britain on {date}.",
            "Flights to {namecity} are delayed until {time} because of fog; check the departure boards.",
            "Validation error: '{badref}' is not a valid account, card or social security number.",
            "EAN {ean} ({brand} gift range): restock 40 units at the {city} store.",
            "Tenant id {uuid} belongs to the {company} sandbox, hosted in our {namecity} region.",
            "Chancellor of the Exchequer Rachel Reeves will present the Budget to the House of Commons on {date}.",
            "The Globe's summer season opens with Shakespeare's Twelfth Night on {date}; tickets from £10.",
            "Room Ada Lovelace (3rd floor) is booked for the sprint review on {date}; the Alan Turing room is free.",
        ],
    },
    "de": {
        "pii": [
            "Ticket {ticket} – Passwort zurücksetzen\nMelder: {person} (Durchwahl -214)\nRückruf unter {phone}\nBeschreibung: Seit der Umstellung auf {product} ist keine Anmeldung möglich. Letzter Login-Versuch von {ip}.",
            "Arbeitsunfähigkeit eingegangen\nMitarbeiter/in: {person}, Pers.-Nr. {order}\narbeitsunfähig seit: {date}\nvoraussichtlich bis: {date}\nErstbescheinigung: ja\nBitte Entgeltfortzahlung prüfen.",
            "Personalfragebogen\nName, Vorname: {title_name}, {first}\nGeburtsdatum: {dob}\n{nid}\nAnschrift: {address}\nIBAN für Gehaltszahlung: {iban}",
            "{title_name} war vom 01.04.2019 bis zum 30.09.2023 in unserer Debitorenbuchhaltung tätig. Die übertragenen Aufgaben wurden stets zu unserer vollsten Zufriedenheit erledigt. Wir bedauern das Ausscheiden und wünschen für die Zukunft alles Gute.\n\n{company}\ni. A. {person}",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über {title_name}, geb. {dob}, wohnhaft {address}, die sich vom 03. bis 09. März in unserer stationären Behandlung befand.\n\nDiagnosen: symptomatische Cholezystolithiasis, laparoskopische Cholezystektomie.",
            "Entlassungsbericht\nPat.: {person}  * {dob}\nFall-Nr.: {mrn}\nStation 4B, Aufnahme {date}\nProcedere: Fadenzug am 10. postoperativen Tag beim Hausarzt.",
            "Erinnerung: Ihr Termin bei {title_name} in der Hausarztpraxis am Markt ist am {date}. Bitte Versichertenkarte mitbringen. Absage bitte unter {phone}.",
            "Laborbefund – Auftrag {order}\nPatient: {person}, geb. am {dob}\nPID {mrn}\nTSH      3,9 mU/l   (0,27–4,2)\nfT4      14 pmol/l\nFreigabe: Labor am Klinikum",
            "Buchungsbestätigung\nBuchungscode: K7Q2XM\nReisende/r: {person}\nReisepass-Nr.: {passport}\nFlug LH 1172 FRA–LIS am {date}\nMobil für Flugänderungen: {phone}",
            "Gästeblatt / Meldeschein\nFamilienname und Vorname: {person}\nGeburtsdatum: {dob}    Staatsangehörigkeit: AT\nReisedokument Nr.: {passport}\nWohnadresse: {address}",
            "Selbstauskunft zum Darlehensantrag\nAntragsteller: {person}\ngeboren: {dob}\nArbeitgeber: {company} seit 2015\nNettoeinkommen mtl.: {amount} EUR\nKonto: {iban}",
            "SEPA-Lastschriftmandat\nGläubiger-ID: DE98ZZZ09999999999\nMandatsreferenz: {invoice}\nKontoinhaber: {person}\nIBAN: {iban}\nOrt, Datum: {city}, {date}",
            "Finanzamt {city}\nBescheid für 2023 über Einkommensteuer\n\n{title_name}\n{address}\n\n{nid}\nDie Erstattung wird auf das bekannte Konto überwiesen.",
            "Anmeldung einer Wohnung – Vorgang {order}\nEinzugsdatum: {date}\nNeue Wohnung: {address}\nMeldepflichtige Person: {person}, geb. {dob}\nBestätigung an: {email}",
            "Schulanmeldung Klasse 5\nKind: {person}, * {dob}\nErziehungsberechtigte/r: {title_name}\nE-Mail: {email}\nDie Grundschulempfehlung liegt bei.",
            "Beitrittserklärung Turnverein\nName: {person}\nGeb.-Datum: {dob}\nAbteilung: Leichtathletik\nBeitragseinzug von {iban}\n@{first} bitte in die WhatsApp-Gruppe aufnehmen",
            "Schadensmeldung Wohnung 2. OG links\nMieter/in: {title_name}\nObjekt: {address}\nWasserfleck an der Badezimmerdecke, Rückruf erbeten unter {phone}.",
            "Vollmacht\n\nHiermit bevollmächtige ich, {person}, geb. {dob}, Herrn/Frau {person} ({nid}), mich in allen Angelegenheiten gegenüber der Krankenkasse zu vertreten.",
            "[09:12] {first}: kannst du mir kurz die IBAN von {person} schicken? Die Erstattung hängt\n[09:14] {first}: {iban}\n[09:14] {first}: danke dir!",
            "Hallo {first},\n\npasst so, danke!\n\nViele Grüße\n{first}\n\nAm {date} schrieb {person} <{email}>:\n> Können wir die Übergabe auf Donnerstag verschieben?",
            "Mit freundlichen Grüßen\n\n{person}\nTeamleitung Disposition\n{company}\nTel. {phone}\nSitz der Gesellschaft: Hamburg, Amtsgericht Hamburg HRB 12345",
            "Personalnr;Name;Geburtsdatum;Telefon\n{order};{person};{dob};{phone}\n{order};{person};{dob};{phone}",
            "Auszug aus dem Audit-Log (Fall {ticket}):\n{\"event\":\"login_failed\",\"user\":\"{email}\",\"src\":\"{ip}\",\"ts\":\"{time}\"}",
            "# .env.produktion – NICHT einchecken!\nAPP_ENV=prod\n{secret}\nSMTP_USER={email}",
            "Zahlung fehlgeschlagen\nKarte: {card}\nKarteninhaber: {person}\nBestellung {order}\nBitte den Kunden informieren.",
            "Hinweis der Rechtsabteilung: Im Angebot an {company} wird noch {policy} erwähnt. Bitte vor dem Versand an {title_name} entfernen.",
            "Feedback zur Stellenanzeige (Entwurf von {person}): Die Formulierung „{biased}“ bitte ersetzen.",
        ],
        "clean": [
            "Bestellung {order} wurde an DHL übergeben, Sendungsnummer {tracking}. Zustellung voraussichtlich am {date}.",
            "Rechnung {invoice} von {company}: 2 × {product}, Gesamtbetrag {amount} EUR, zahlbar bis {date}.",
            "Bundeskanzler Olaf Scholz eröffnete am Vormittag die Hannover Messe.",
            "Wegen Bauarbeiten fährt die Straßenbahn in der Karl-Marx-Allee nur bis Alexanderplatz.",
            "Das Goethe-Gymnasium lädt am {date} zum Tag der offenen Tür ein.",
            "Release {version} (Commit {sha}) behebt das Speicherleck im Export; Details in {ticket}.",
            "Firewall-Freigabe: {cidr4} und {cidr6} auf Port {port} für den Monitoring-Agenten, befristet bis {date}.",
            "Passwörter werden mit {hashalgo} gehasht; Klartext wird nirgends protokolliert.",
            "EAN {ean} – Aktionsware der Marke {brand}, Nachbestellung 30 Stück für die Filiale {city}.",
            "Neu im Sortiment: „Die Blechtrommel“ von Günter Grass, ISBN {isbn}.",
            "Prüfung fehlgeschlagen: {badref} ist keine gültige Konto- oder Kartennummer.",
            "Die Albrecht-Dürer-Ausstellung in der Albertina in Wien wird bis {date} verlängert.",
            "Flüge nach {namecity} fallen wegen eines Streiks aus; Abflug frühestens {time}.",
        ],
    },
    "fr": {
        "pii": [
            "Ticket {ticket} – Accès messagerie\nDemandeur : {person} ({email})\nPoste : 2214\nDescription : Outlook ne s'ouvre plus depuis la mise à jour {version}. Adresse IP du poste : {ip}.",
            "Bonjour,\n\nJe vous transmets l'arrêt de travail de {person} (matricule {order}) du {date} au {date} inclus. L'attestation de salaire a été envoyée à la CPAM.\n\nCordialement,\nService RH",
            "Fiche de renseignements salarié\nNom et prénom : {person}\nNé(e) le : {dob}\n{nid}\nAdresse : {address}\nIBAN (RIB joint) : {iban}",
            "Je soussigné, {title_name}, directeur des ressources humaines de {company}, certifie que {person} a été employé(e) du 2 mai 2018 au 31 janvier 2024 en qualité de technicien de maintenance.\nFait à {city}, le {date}, pour servir et valoir ce que de droit.",
            "Cher confrère,\n\nJe vous adresse {title_name}, née le {dob}, pour avis cardiologique : palpitations à l'effort depuis trois semaines, ECG de repos normal.\n\nBien confraternellement,\nDr {person}",
            "COMPTE RENDU D'HOSPITALISATION\nPatient(e) : {person}\nN° IPP : {mrn}\nSéjour du {date} au {date} – service de pneumologie\nMotif : exacerbation de BPCO.",
            "RAPPEL : RDV le {date} avec {title_name} au centre de radiologie. Pensez à votre carte Vitale. Pour annuler : {phone}",
            "Laboratoire d'analyses médicales\nDossier n° {mrn} – prélevé le {date} à {time}\nNom : {person}   DDN : {dob}\nGlycémie à jeun : 1,02 g/l (0,70–1,10)",
            "Ordonnance du {date}\n{title_name}, médecin généraliste\n\nPatient : {person}\nAmoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours.",
            "Confirmation de réservation\nPassager : {person}\nDocument de voyage : passeport n° {passport}\nVol AC 871 Montréal → Paris-CDG, départ le {date}\nCourriel : {email}",
            "Fiche individuelle de police\nNom et prénom : {person}\nDate de naissance : {dob}\nN° de la pièce d'identité : {passport}\nDomicile habituel : {address}",
            "Demande de crédit immobilier – dossier {order}\nEmprunteur : {person}\nEmployeur : {company} (CDI depuis 2016)\nRevenus nets mensuels : {amount} €\nCompte de prélèvement : {iban}",
            "MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat : {invoice}\nNom du débiteur : {person}\nAdresse : {address}\nIBAN : {iban}\nSigné à {city}, le {date}",
            "Carte de tiers payant – mutuelle\nAssuré : {person}\n{nid}\nBénéficiaires : conjoint, 2 enfants\nValable jusqu'au {date}",
            "Demande d'inscription sur les listes électorales\nNom d'usage : {person}\nNé(e) le {dob}\nAdresse : {address}\nCourriel : {email}",
            "Fiche d'inscription – rentrée scolaire\nÉlève : {person}, né le {dob}\nClasse : 6e B\nResponsable légal 1 : {person} – {phone}\nCourriel : {email}",
            "Demande de licence saison 2024-2025\nJoueur : {person}\nDate de naissance : {dob}\nCertificat médical du {date} fourni\nCotisation réglée par carte : {card}",
            "Bonjour {title_name},\n\nSuite à votre signalement (fuite sous l'évier, lot n° 14), le plombier passera le {date} entre 8h et 12h à l'adresse suivante : {address}. Merci de confirmer au {phone}.\n\nLe gestionnaire",
            "BON DE LIVRAISON {invoice}\nDestinataire : {person}\n{address}\nTél. : {phone}\nColis {tracking} – 1 × {product}",
            "PROCURATION\nJe soussigné(e) {person}, demeurant {address}, donne procuration à {person}, titulaire du passeport n° {passport}, pour retirer en mon nom le courrier recommandé.",
            "ATTESTATION (article 202 du code de procédure civile)\nJe soussignée {person}, née le {dob}, atteste avoir vu le véhicule percuter la barrière du parking le {date} vers 18h.",
            "Salut {first}, c'est {first} 🙂 mon nouveau numéro c'est le {phone}, tu peux l'ajouter au groupe du foot ?",
            "Merci {first}, c'est noté.\n\nLe {date}, {person} <{email}> a écrit :\n> Bonjour, pouvez-vous me renvoyer la facture corrigée ?\n> Bien à vous,\n> {first}",
            "Salarié\tService\tTél.\tCourriel\n{person}\tCompta\t{phone}\t{email}\n{person}\tLogistique\t{phone}\t{email}",
            "[ERREUR] {time} auth : échec de connexion pour {email} depuis {ip} (3 tentatives)",
            "Trouvé dans le wiki public de l'équipe, à révoquer immédiatement :\n{secret}\nSignalé par {person}.",
            "Rappel conformité : ne pas citer {policy} dans les échanges avec {company}. Merci, {first}.",
            "Relecture de l'offre d'emploi rédigée par {person} : le terme « {biased} » est à remplacer.",
        ],
        "clean": [
            "Commande {order} expédiée par Colissimo, numéro de suivi {tracking}, livraison prévue le {date}.",
            "Facture {invoice} – {company} : 3 × {product}, montant TTC {amount} €, échéance le {date}.",
            "Le président Emmanuel Macron a inauguré ce matin le salon VivaTech à Paris.",
            "Urgences saturées : l'hôpital européen Georges-Pompidou réoriente les patients vers la Pitié-Salpêtrière.",
            "Version {version} (commit {sha}) : correction du délai d'attente sur le port {port}, voir {ticket}.",
            "Règle de pare-feu : autoriser {cidr4} et {cidr6} vers le cluster de {city}.",
            "Les mots de passe sont hachés avec {hashalgo} ; aucun mot de passe n'est journalisé en clair.",
            "Réf. {ean} – article de la marque {brand}, stock du magasin de {city} : 12 unités.",
            "Prix Goncourt 2023 : « Veiller sur elle » de Jean-Baptiste Andrea, ISBN {isbn}.",
            "Saisie refusée : {badref} n'est pas un numéro valide (clé de contrôle incorrecte).",
            "Le théorème de Pythagore et la loi d'Ohm sont au programme du contrôle du {date}.",
            "Journée portes ouvertes au collège Jean-Moulin le {date} : accueil des futurs élèves de 6e dès 9h30.",
            "Vol pour {namecity} retardé, nouvel horaire de départ : {time}.",
        ],
    },
    "es": {
        "pii": [
            "Incidencia {ticket}\nUsuario: {person} (ext. 3345)\nCorreo: {email}\nDescripción: la impresora de la planta 2 no imprime desde la actualización {version}. IP del equipo: {ip}",
            "Hola, adjunto el parte de baja de {person} (n.º de empleado {order}) con fecha de inicio {date}. Por favor, tramitadlo con la mutua.\nUn saludo,\nRR. HH.",
            "Ficha de alta – nuevo empleado\nNombre y apellidos: {person}\n{nid}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nCuenta para la nómina: {iban}",
            "{title_name}, en calidad de director de RR. HH. de {company}, CERTIFICA que {person} presta servicios en esta empresa desde el 1 de marzo de 2017 con contrato indefinido.\nY para que conste, firmo el presente en {city}, a {date}.",
            "INFORME DE ALTA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nServicio: Traumatología\nDiagnóstico principal: fractura de radio distal izquierdo.",
            "Estimado/a compañero/a:\nRemito a {title_name} (n.º de historia {mrn}) por cefalea de dos meses de evolución que no cede con analgesia habitual. Exploración neurológica normal.\nAtentamente,\n{person}",
            "Le recordamos su cita en el Centro de Salud el {date}. Paciente: {first}. Si no puede acudir, llame al {phone}.",
            "Laboratorio Clínico – Orden {order}\nPaciente: {person}\nF. nac.: {dob}\nExpediente: {mrn}\nHemoglobina 13,8 g/dL\nGlucosa 92 mg/dL",
            "RECETA MÉDICA\nPaciente: {person}\n{nid}\nOmeprazol 20 mg, 1 cápsula en ayunas durante 28 días\nFdo.: {title_name}, n.º de colegiado {order}",
            "Localizador: XK4P2Q\nPasajero: {person}\nPasaporte: {passport}\nVuelo IB 6403 Madrid – Ciudad de México, salida {date}\nTeléfono de contacto: {phone}",
            "PARTE DE ENTRADA DE VIAJEROS\nN.º de documento: {passport}    Tipo: pasaporte\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nFecha de entrada: {date}",
            "Solicitud de préstamo personal\nTitular: {person}, {nid}\nIngresos netos mensuales: {amount} €\nDomiciliación: {iban}\nTeléfono: {phone}",
            "Orden de domiciliación de adeudo directo SEPA\nReferencia de la orden: {invoice}\nNombre del deudor: {person}\nNúmero de cuenta – IBAN: {iban}\nFecha – Localidad: {date}, {city}",
            "Agencia Tributaria – Notificación\nDestinatario: {person}\n{nid}\nDomicilio fiscal: {address}\nAsunto: requerimiento de documentación, IRPF 2023",
            "Solicitud de alta en el Padrón Municipal\nSolicitante: {person}\nFecha de nacimiento: {dob}\nNuevo domicilio: {address}\nCorreo electrónico para avisos: {email}",
            "Matrícula curso 2024-2025 – 1.º ESO\nAlumno/a: {person}\nFecha nac.: {dob}\nPadre/madre/tutor: {person}, tel. {phone}",
            "¡Hola, {first}! Te confirmamos la inscripción en el club de pádel. La cuota trimestral se cargará en la tarjeta {card}. ¡Nos vemos el {date}!",
            "Comunidad de Propietarios – Aviso de incidencia\nPropietario: {title_name}\nVivienda: {address}\nAvería: filtración en el garaje. Contacto: {phone}",
            "ALBARÁN DE ENTREGA {invoice}\nDestinatario: {person}\n{address}\nTfno.: {phone}\nN.º de seguimiento: {tracking}",
            "… comparece {person}, mayor de edad, con {nid} y domicilio en {address}, y otorga poder especial a favor de {person} para que en su nombre pueda cobrar cantidades.",
            "DECLARACIÓN DE TESTIGO\nEn {city}, a {date}\nComparece {person}, con pasaporte n.º {passport}, quien manifiesta que el día de los hechos se encontraba en la terraza del bar.",
            "[{time}] {first}: oye, ¿me pasas el correo de {person}? es para lo del finiquito\n[{time}] {first}: {email}",
            "-----Mensaje original-----\nDe: {person} <{email}>\nEnviado el: {date}\nPara: Atención al cliente\nAsunto: RE: devolución del pedido {order}\n\nBuenos días, sigo sin recibir el abono. Mi móvil es {phone}.",
            "Atentamente,\n\n{person}\nResponsable de Compras | {company}\nMóvil: {phone}\nAvda. de la Constitución 12, Sevilla",
            "Empleado;Departamento;Móvil;Email\n{person};Almacén;{phone};{email}\n{person};Tienda;{phone};{email}",
            "UPDATE clientes SET email = '{email}', telefono = '{phone}' WHERE id = {order};",
            "2024-05-02 {time} WARN pagos - tarjeta rechazada cliente={order} pan={card} ip={ip}",
            "# credenciales del entorno de pruebas (no subir a git)\n{secret}\nMAIL_FROM={email}",
            "Nota de cumplimiento: en la propuesta para {company} todavía aparece {policy}. {first}, por favor, elimínalo antes del envío.",
            "Revisión de la oferta de empleo redactada por {person}: la expresión «{biased}» no es inclusiva, hay que reformularla.",
        ],
        "clean": [
            "Pedido {order} enviado con SEUR, número de seguimiento {tracking}. Entrega estimada: {date}.",
            "Factura {invoice} de {company}: 4 × {product}, total {amount} €, vencimiento {date}.",
            "La reina Letizia visitará el {date} el Centro Nacional de Investigaciones Oncológicas para conocer sus nuevos laboratorios.",
            "Por obras en la avenida de Pablo Neruda, el autobús 24 se desvía por la calle de Federico García Lorca.",
            "Versión {version} ({sha}): corrige el error de certificados en el puerto {port}. Ver {ticket}.",
            "Regla de cortafuegos: permitir {cidr4} y {cidr6} hacia los servidores de {city}.",
            "Las contraseñas se almacenan con {hashalgo}; nunca se registran en texto plano.",
            "Código EAN {ean}: artículo promocional de {brand}, reposición de 20 unidades en tienda.",
            "Cien años de soledad, de Gabriel García Márquez (ISBN {isbn}), vuelve a estar disponible.",
            "Error de validación: {badref} no es un número de cuenta o de tarjeta válido.",
            "El Hospital Universitario Gregorio Marañón amplía el horario de consultas externas a partir del {date}.",
            "Rafael Nadal ganó en 2022 su decimocuarto Roland Garros.",
            "Vuelo a {namecity} con salida a las {time}, puerta B12.",
        ],
    },
    "nl": {
        "pii": [
            "Melding {ticket} – laptop start niet op\nAanmelder: {person} (toestel 4412)\nE-mail: {email}\nLaatst gezien op het netwerk met IP {ip}. Prioriteit hoog: gebruiker zit morgen bij een klant.",
            "Ziekmelding doorgegeven door {person} op {date} om 08.10 uur. Verwachte duur onbekend. De bedrijfsarts is ingeschakeld; contact loopt via {phone}.",
            "Personeelsformulier\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nAdres: {address}\nIBAN voor salaris: {iban}",
            "Op verzoek van {person} bevestig ik dat zij van 2016 tot 2022 bij {company} werkzaam was als planner. Voor nadere informatie ben ik bereikbaar op {phone}.\n\nMet vriendelijke groet,\n{title_name}",
            "Verwijzing naar: polikliniek Dermatologie\nBetreft: {title_name}, {first}\ngeb. {dob}\nPatiëntnummer {mrn}\nGeachte collega, graag uw beoordeling van een sinds drie maanden groeiende gepigmenteerde laesie op de rug.",
            "Ontslagbrief\nPatiënt: {person} (°{dob})\nZiekenhuisnummer: {mrn}\nOpname {date}, ontslag {date}, dienst Cardiologie\nBeleid: controle op de raadpleging over 6 weken.",
            "Herinnering: {first}, u heeft op {date} een afspraak bij de huisartsenpraktijk. Verhinderd? Bel {phone}. Neem uw identiteitsbewijs mee.",
            "Uitslag laboratorium\nAanvraagnummer: {order}\nNaam: {person}, geboren {dob}\nPID: {mrn}\nCRP 4 mg/L (<10)\nLeukocyten 6,8 x10^9/L",
            "Recept\n{title_name}, huisarts\nVoor: {person}\nMetformine 500 mg, 2 dd 1 tablet, 90 stuks\nDatum: {date}",
            "Boekingsbevestiging\nReiziger: {person}\nPaspoortnummer: {passport}\nKL 1001 AMS – LHR op {date}\nMobiel voor wijzigingen: {phone}",
            "Inschrijvingsfiche hotelgast\nNaam: {person}\nGeboortedatum: {dob}\nIdentiteitsdocument (nr.): {passport}\nAdres: {address}\nAankomst: {date}",
            "Hypotheekaanvraag – dossier {order}\nAanvrager: {person}\n{nid}\nBruto jaarinkomen: € {amount}\nHuidige bankrekening: {iban}",
            "Doorlopende machtiging SEPA\nKenmerk machtiging: {invoice}\nNaam: {person}\nAdres: {address}\nRekeningnummer (IBAN): {iban}\nPlaats en datum: {city}, {date}",
            "Belastingdienst – voorlopige aanslag 2024\n\n{title_name}\n{address}\n\n{nid}\nU ontvangt dit jaar maandelijks een teruggaaf.",
            "Verhuizing doorgeven aan de gemeente\nNaam: {person}\nNieuw adres: {address}\nVerhuisdatum: {date}\nE-mail voor bevestiging: {email}",
            "Aanvraag bewonersparkeervergunning\nAanvrager: {person}\nAdres: {address}\nKenteken: zie kopie kentekenbewijs\nBetaling via automatische incasso van {iban}",
            "Inschrijfformulier basisschool\nLeerling: {person}\nGeboortedatum: {dob}\nOuder/verzorger: {person}, {phone}\nE-mailadres: {email}",
            "Welkom bij de hockeyclub, {first}! De contributie (€ {amount}) wordt in september afgeschreven van creditcard {card}. Klopt dat niet? Laat het de ledenadministratie weten.",
            "Reparatieverzoek\nHuurder: {title_name}\nAdres: {address}\nProbleem: cv-ketel geeft storing, geen warm water.\nBereikbaar: {phone} (na 17.00 uur)",
            "PAKBON {invoice}\nAfleveradres:\n{person}\n{address}\nTrack & trace: {tracking}",
            "VOLMACHT\nOndergetekende, {person}, geboren op {dob}, wonende te {address}, verleent hierbij volmacht aan {person} om namens hem of haar de erfenis te aanvaarden.",
            "Proces-verbaal van verhoor getuige\nAchternaam/voornamen: {person}\nGeboren: {dob}\nIdentiteitsbewijs: paspoort {passport}\nVerklaring: ik zag de bestuurder door rood rijden.",
            "[{time}] {first}: heeft iemand het 06-nummer van {person}?\n[{time}] {first}: {phone}",
            "Dag {first},\n\nDat is goed, ik stuur het contract morgen.\n\nGroetjes\n{first}\n\nOp {date} schreef {person} <{email}>:\n> Kun je het getekende contract nog sturen?",
            "relatienummer;naam;geboortedatum;iban\n{order};{person};{dob};{iban}",
            "Gevonden in de Teams-chat, graag direct intrekken:\n{secret}\nGedeeld door {person} in #deploy.",
            "{ip} - - [02/May/2024:{time} +0200] \"POST /mijn-account/login HTTP/1.1\" 401 - gebruiker={email}",
            "Let op: in de offerte voor {company} staat nog {policy}. Graag verwijderen voordat {first} hem verstuurt.",
            "Opmerking bij de vacaturetekst (opgesteld door {person}): het woord ‘{biased}’ graag vervangen door een neutrale term.",
        ],
        "clean": [
            "Bestelling {order} is verzonden met PostNL, track & trace {tracking}. Verwachte levering: {date}.",
            "Factuur {invoice} van {company}: 2 × {product}, totaal € {amount}, te betalen vóór {date}.",
            "Koning Willem-Alexander en koningin Máxima brengen op {date} een streekbezoek aan Zeeland.",
            "Door werkzaamheden rijdt tram 5 niet over de Van Baerlestraat; omleiding via de Johannes Vermeerstraat.",
            "Versie {version} (commit {sha}) lost de time-out op poort {port} op, zie {ticket}.",
            "Firewallregel: sta {cidr4} en {cidr6} toe naar het datacenter in {city}.",
            "Wachtwoorden worden opgeslagen met {hashalgo}; er wordt niets in platte tekst gelogd.",
            "EAN {ean} – actieartikel van {brand}, nabestelling 15 stuks.",
            "De avonden van Gerard Reve (ISBN {isbn}) staat op de leeslijst voor 5 havo.",
            "Controle mislukt: {badref} is geen geldig rekening- of kaartnummer.",
            "Het Van Gogh Museum in Amsterdam verlengt de tentoonstelling tot {date}.",
            "Het Erasmus MC en het Antoni van Leeuwenhoek starten een gezamenlijk onderzoek naar immuuntherapie.",
            "Vlucht naar {namecity} vertrekt om {time} vanaf gate D7.",
        ],
    },
}

# ORCHARD: written on 2026-12-02 by an engineer who never saw the detection rules, the detectors'
# code, their tests or docs/guard.md, nor the texts of any other bank (blind). Themes: customer
# service and assistant chats, retail, insurance claims, banking and loans, law firms and notaries,
# immigration and consular services, schools and universities, sports clubs, local government, IT
# operations (tickets, logs, configs, CI output), hospitals, labs and pharmacies; each language in
# its own forms and conventions. Committed alone before any detector ran on it; never to be tuned on.
ORCHARD: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # customer service and retail
            "Live chat transcript - Web Shop\n[10:41:07] Customer: hi my order {order} never arrived and i just want to pay for a replacement\n[10:41:55] Customer: card is {card} exp 11/27\n[10:42:10] Agent: Please don't share full card numbers in chat, I've masked it on our side. I'll send you a secure payment link instead.",
            "[09:12] Agent: Could you confirm the delivery address for parcel {tracking}?\n[09:13] Customer: {address}\n[09:13] Customer: its the blue door round the back\n[09:14] Agent: Thanks {first}, I've asked the courier to reattempt tomorrow before 12.",
            "On {date}, {person} <{email}> wrote:\n> Hi, I still haven't received the refund for order {order}.\n> Could you check please?\n\nHi {first}, apologies for the delay - the refund went through this morning and should show in 3-5 working days.",
            "Your subscription renews on {date}. If you have questions about this invoice ({invoice}), reply to {role_email} or call us on {phone} (Mon-Fri 9am-5pm).",
            "ticket\tcustomer\tphone\tstatus\n{ticket}\t{person}\t{phone}\topen\n{ticket}\t{person}\t{phone}\tawaiting customer",
            # assistant output
            "Sure! Here's a draft cover letter you can adapt:\n\nDear {title_name},\n\nI am writing to apply for the position of Data Analyst at {company}. In my current role I automate weekly reporting for a team of twelve...\n\nYours sincerely,\n{person}\n{address}\n{phone}",
            "Here's a tidied-up version of your email signature:\n\n--\n{person}\nSenior Claims Handler | {company}\nT: {phone}\nE: {email}",
            # insurance
            "CLAIM NOTIFICATION - MOTOR\nPolicyholder: {person}\nDate of birth: {dob}\nAddress: {address}\nContact number: {phone}\nDate of incident: {date}\nDescription: Rear-ended at the lights, third party admitted liability at the scene.",
            "Dear {title_name},\n\nThank you for notifying us of the water damage at your property. Your claim reference is CLM-{order}. A loss adjuster will call you on {phone} within two working days to arrange a visit.\n\nYours sincerely,\nHome Claims Team",
            "Travel insurance claim - medical expenses abroad\nInsured: {person}\nPolicy no.: TRV-{order}\nOverseas hospital record no.: {mrn}\nDate of birth: {dob}\nTreating hospital: Hospital General, {namecity}\nAmount claimed: see attached invoice",
            # banking and loans
            "{\"application_id\": \"{uuid}\", \"product\": \"personal_loan\", \"applicant\": {\"name\": \"{person}\", \"dob\": \"{dob}\", \"email\": \"{email}\"}, \"term_months\": 48, \"status\": \"referred\"}",
            "New payee added to your account\n\nPayee name: {person}\nIBAN: {iban}\nReference: RENT\n\nIf you didn't make this change, call us straight away on the number on the back of your card.",
            "Call notes - fraud team\nCaller verified as {person} (DOB {dob}, postcode match)\nDisputed transactions on card {card}: 3 x online purchases at {brand} on {date}\nCard blocked, replacement to be sent to the address on file.",
            "KYC review - case {ticket}\nCustomer: {person}\nID document: passport {passport}, expiry {date}\nProof of address: council tax bill, {address}\nOutcome: verified, risk rating LOW",
            # law firms and notaries
            "Our ref: CONV/{order}\n\nDear {title_name},\n\nRe: Purchase of {address}\n\nWe confirm that we act for you in connection with the above purchase. Please bring your passport and a recent utility bill to our office so that we can complete our identity checks.\n\nYours sincerely,\nConveyancing Department",
            "STATUTORY DECLARATION\n\nI, {person}, of {address}, do solemnly and sincerely declare that my passport numbered {passport} was lost on or about {date} and that I have not since recovered it.",
            # immigration and consular
            "Visa application summary\nSurname / Given names: {person}\nDate of birth: {dob}\nPassport number: {passport}\nIntended date of arrival: {date}\nPurpose of visit: Business - attending a conference hosted by {company}",
            "Emergency travel document request: applicant reports passport {passport} stolen in {city} on {date}. Applicant can be reached on {phone} while abroad. Identity confirmed by video call with the duty officer.",
            "Certificate of Sponsorship assigned\nWorker: {person}\nDate of birth: {dob}\nPassport: {passport}\nJob title: Staff Nurse\nStart date: {date}",
            "APIS data, flight BA0117, {date}:\nNAME: {person}\nDOB: {dob}\nDOC TYPE: P   DOC NO: {passport}   EXPIRY: {date}\nNATIONALITY: GBR",
            # travel, hotel, car hire
            "GUEST REGISTRATION CARD\nRoom: 412    Arrival: {date}    Nights: 3\nName: {title_name}\nNationality: Irish\nPassport No.: {passport}\nSignature: ____________",
            "Rental agreement RA{order}\nMain driver: {person}, DOB {dob}\nPassport {passport} seen at the desk, licence check code verified\nVehicle group C (Ford Fiesta or similar), return by {date}",
            # HR
            "New starter checklist - {person}\n[x] Right to work: passport {passport} checked and copied\n[x] {nid}\n[x] Bank details received\n[ ] Laptop ({product}) to be collected from IT",
            "Hi {first}, payroll has {nid} on file for you but it doesn't match the tax office's records. Could you double-check it before the pay run on {date}? Thanks, HR Operations",
            "employee_id,name,iban,start_date\n{order},\"{person}\",{iban},{date}\n{order},\"{person}\",{iban},{date}",
            # hospitals, labs, pharmacies
            "Discharge summary\nPatient: {person}    DOB: {dob}    Hospital no.: {mrn}\nNHS no.: {nhs}\nDiagnosis: community-acquired pneumonia, treated with IV co-amoxiclav then oral switch.\nFollow-up: GP review in 2 weeks.",
            "LAB RESULT | Specimen {order} | MRN {mrn} | Collected {date}\nPatient: {title_name}\nHbA1c 48 mmol/mol (H)\nComment: repeat in 3 months.",
            "Your prescription is ready to collect.\nPatient: {person}, born {dob}\nItems: Amoxicillin 500mg capsules x21\nPlease bring photo ID. Queries: call the pharmacy quoting ref {mrn}.",
            "Hi {first}, your appointment with the practice nurse is on {date} at 10:20. Reply C to cancel. NHS no. {nhs}",
            "Customer: hi can i collect my mum's repeat prescription? her DOB is {dob} and NHS number {nhs}\nPharmacist: Yes, that's fine - please bring your own ID when you come in.",
            "INSERT INTO patients (mrn, full_name, dob, phone) VALUES ('{mrn}', '{person}', '{dob}', '{phone}');",
            # schools, universities, sports clubs
            "Year 9 trip to {namecity} - consent form\nStudent: {person}\nParent/carer mobile: {phone}\nMedical conditions / allergies: peanut allergy, carries an adrenaline pen\nPassport number (for the ferry booking): {passport}",
            "Dear {first},\n\nWe are delighted to make you a conditional offer for BSc Computer Science. Your applicant ID is {order}. Please check that your date of birth ({dob}) is shown correctly in the applicant portal.\n\nAdmissions Office",
            "Membership renewal 2025/26 - Riverside RFC\nName: {person}\nEmergency contact: {phone}\nDirect debit IBAN: {iban}\nJunior section: No",
            "Minutes of the committee meeting, {date}\nPresent: {person} (chair), {person} (treasurer), {person} (secretary)\nApologies: {title_name}\n1. Subs: the treasurer reported that 12 members are still in arrears.",
            # local government
            "Council Tax - change of address\nAccount number: {order}\nName(s) liable: {person}\nNew address: {address}\nDate moved: {date}\nContact email: {email}",
            "Planning application 24/{order}/FUL - comment received\nCommenter: {person}, {address}\nStance: Object\nComment: The proposed extension will overshadow our garden and the parking survey is out of date.",
            # IT operations
            "2025-03-14T08:22:17Z WARN auth-service login failed user={email} src_ip={ip} reason=bad_password attempts=5",
            "Mar 14 03:12:44 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={ip} DST={ip} PROTO=TCP DPT={port}",
            "{ticket}: Please add the home IP of {person} ({ip}) to the bastion security group allow-list until the VPN issue is fixed.",
            "Found this in the repo history while reviewing PR #{order}, the commit is from before we moved to Vault:\n\n```\n{secret}\n```\n\nRotating now, will update {ticket}.",
            "[ci] job 'integration-tests' failed at {time}\n[ci] env dump (debug=true):\n{secret}\n[ci] ERROR: connection refused on port {port}",
            "@here someone pasted this into #deployments at {time}:\n\n{secret}\n\nI've deleted the message, please rotate whatever it is.",
            "# seed data for the staging CRM\n- id: {order}\n  full_name: {person}\n  email: {email}\n  last_login_ip: {ip}",
            # policy and wording
            "Moderation log {uuid}\nchannel: #sales-emea\nmessage: \"can someone send me the {policy} deck before Friday?\"\naction: held for review",
            "Hi all, quick reminder that {policy} must not be discussed with vendors until the announcement. Thanks, {first}",
            "Style check on the customer newsletter flagged the word \"{biased}\" in paragraph 2; please replace it with a neutral alternative before it goes out.",
            "Reviewer comment on the job advert (draft 3): the phrase \"{biased}\" in the requirements section could put applicants off, suggest rewording.",
        ],
        "clean": [
            "Order {order} confirmed: 'Becoming' by Michelle Obama (hardback), ISBN {isbn}. Estimated delivery {date}.",
            "Your parcel {tracking} is at the delivery office on Victoria Street and will be delivered on {date}.",
            "Invoice {invoice} from {company}: {product} licence renewal, due {date}. Please pay via the supplier portal.",
            "Release notes {version}: fixed a crash when exporting reports; password hashing now uses {hashalgo}; subnet {cidr4} added to the default allow-list.",
            "resource \"aws_security_group_rule\" \"https\" {\n  cidr_blocks      = [\"{cidr4}\"]\n  ipv6_cidr_blocks = [\"{cidr6}\"]\n  from_port        = {port}\n}",
            "2025-03-14T08:22:17Z INFO healthcheck ok service=billing build={version} commit={sha} request_id={uuid}",
            "Wimbledon: Carlos Alcaraz beat Novak Djokovic in straight sets on Centre Court; tickets for {date} go on sale next week.",
            "The Florence Nightingale Museum reopens on {date} after refurbishment; entry is through the hospital's main entrance on Westminster Bridge Road.",
            "Donoghue v Stevenson remains the leading case on the duty of care; see also Caparo Industries plc v Dickman for the three-stage test.",
            "Full Council meeting {date}, agenda item 7: resurfacing of Churchill Way and Darwin Road (ref {ticket}).",
            "Batch recall: paracetamol 500mg tablets, EAN {ean}, lots expiring {date}. Return affected stock to the wholesaler.",
            "Scheduled maintenance: online banking will be unavailable on {date} overnight. Card payments and ATMs are not affected. Ref {ticket}.",
            "Sandbox check: the card/ID value {badref} must be rejected by the payment form validator.",
            "The Alan Turing Institute and the University of Manchester will host the annual Turing Lecture on {date}; registration code {order}.",
            "[11:02] Customer: is the {product} back in stock?\n[11:03] Agent: Yes! EAN {ean}, ships from our {city} warehouse within 24h.",
            "Policy wording {version}: Section 4 (Escape of water) now excludes gradual leaks, effective {date}. Broker bulletin {invoice}.",
            "{brand} service campaign {ticket}: dealers to inspect the rear axle on affected vehicles from {date}.",
            "CLAIM FORM - please complete in BLOCK CAPITALS\nPolicyholder name: ____________\nDate of birth: __/__/____\nPolicy number: ____________\nPassport / licence number: ____________",
            "Visitor visa processing times: applications submitted after {date} are being decided within 3 weeks. Priority service reference format: {invoice}.",
            "Match report: {namecity} FC 2-1 Riverside Athletic. Next home fixture at the Lincoln Road ground on {date}.",
        ],
    },
    "de": {
        "pii": [
            # Versicherung
            "Sehr geehrte Damen und Herren,\n\nhiermit melde ich einen Wasserschaden in meiner Wohnung ({address}) vom {date}. Meine Versicherungsscheinnummer lautet HR-{order}.\n\nMit freundlichen Grüßen\n{person}\nTel. {phone}",
            "Schadenmeldung Kfz-Haftpflicht\nVersicherungsnehmer: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nSchadentag: {date}\nHergang: Beim Ausparken das Fahrzeug des Unfallgegners am hinteren Kotflügel gestreift.",
            # Bank
            "SEPA-Lastschriftmandat\nZahlungsempfänger: TSV Grünwald 1896 e.V.\nKontoinhaber: {person}\nIBAN: {iban}\nOrt, Datum: {city}, {date}\nUnterschrift: ________________",
            "Kreditantrag Nr. {order}\nAntragsteller: {title_name}\nGeburtsdatum: {dob}\nSCHUFA-Auskunft eingeholt am {date}\nRückfragen bitte an: {phone}",
            "Kunde: Hallo, ich habe meine Kreditkarte {card} verloren, können Sie die bitte sperren?\nMitarbeiter: Erledigt, die Karte ist gesperrt. Die Ersatzkarte geht an Ihre hinterlegte Adresse.",
            # Verein, Schule, Uni
            "Aufnahmeantrag Abteilung Handball\nName, Vorname: {person}\ngeb. am: {dob}\nE-Mail: {email}\nHandy: {phone}\nBei Minderjährigen: Unterschrift der Erziehungsberechtigten",
            "Liebe Eltern,\n\nfür die Klassenfahrt nach {namecity} benötigen wir bis zum {date} eine Kopie des Kinderreisepasses.\n\nKind: {person}, Klasse 7b\nReisepass-Nr.: {passport}\nNotfallnummer: {phone}",
            "Immatrikulationsbescheinigung\n\n{person}\ngeboren am {dob}\nMatrikelnummer: {order}\nist im Wintersemester 2025/26 an unserer Hochschule eingeschrieben.",
            # Notar, Kanzlei
            "UR-Nr. {order}/2025\n\nVerhandelt zu {city} am {date}.\n\nVor mir, dem unterzeichnenden Notar, erschien heute:\nHerr {person}, geboren am {dob}, wohnhaft {address}, ausgewiesen durch Reisepass Nr. {passport}.",
            "Az.: {order}/24\n\nIn Sachen {person} ./. {company}\nwegen Kündigungsschutz\n\nanbei übersenden wir die Vollmacht unseres Mandanten sowie das Kündigungsschreiben vom {date}.",
            # Ausländerbehörde, Konsulat, Reise
            "Antrag auf Verlängerung des Aufenthaltstitels\nFamilienname, Vornamen: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: indisch\nPass-Nr.: {passport}\nVorsprache am {date}, Zimmer 214",
            "Ihr Termin beim Generalkonsulat wurde bestätigt.\nVorgangsnummer: {order}\nAntragsteller/in: {person}\nReisepassnummer: {passport}\nBitte bringen Sie ein aktuelles biometrisches Passfoto mit.",
            "Meldeschein für Beherbergungsstätten\nAnreise: {date}\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nAusweis-/Passnummer: {passport}",
            "Mietvertrag {order}\nFahrer: {title_name}\nFührerschein geprüft, Reisepass {passport} vorgelegt\nKaution: Kreditkarte {card}\nRückgabe: {date}, Station {city} Hbf",
            # Personal
            "Personalfragebogen – bitte bis {date} an die Personalabteilung\nName: {person}\n{nid}\nKrankenkasse: Techniker Krankenkasse\nBankverbindung (IBAN): {iban}",
            "Hallo {first}, für die Lohnabrechnung fehlt uns noch Ihre {nid} – ist die so korrekt? Bitte kurz bestätigen. Viele Grüße, Personalbüro",
            # Klinik, Labor, Apotheke, Praxis
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über Ihre Patientin {person}, geb. {dob}, Pat.-Nr. {mrn}, die sich vom {date} bis {date} in unserer stationären Behandlung befand.",
            "Laborbefund | Auftrags-Nr. {order} | Fall-Nr. {mrn}\nPatient: {title_name}, *{dob}\nCRP 48 mg/l (Ref. < 5)\nBefund telefonisch an Station 4B durchgegeben.",
            "Ihre Bestellung liegt in der Apotheke zur Abholung bereit. Abholcode: {order}. Bitte bringen Sie das Originalrezept mit.\nKunde: {person}, Geb.-Datum {dob}",
            "Telefonnotiz Praxis: {title_name} (Pat.-ID {mrn}) bittet um Rückruf wegen Befund, erreichbar unter {phone}.",
            # Behörde
            "Anmeldung einer Wohnung\nNeue Wohnung: {address}\nEinzugsdatum: {date}\nName: {person}\nE-Mail für Rückfragen: {email}",
            "UPDATE kunden SET anschrift = '{address}', telefon = '{phone}' WHERE kundennr = {order};",
            # IT-Betrieb
            "2025-06-02 07:41:13,551 ERROR [keycloak] Login fehlgeschlagen für Benutzer {email} von {ip} (invalid_credentials)",
            "Ticket {ticket}: Im GitLab-Job 'deploy-prod' steht das Zugangsdatum im Klartext im Log:\n{secret}\nBitte sofort rotieren und die Variable als masked markieren.",
            "# Zugriff nur für das Home-Office von {person}\nallowed_ips:\n  - {ip}\n  - {ip}",
            # Kundenservice, E-Mail
            "Am {date} schrieb {person} <{email}>:\n> Guten Tag, wann wird meine Bestellung {order} geliefert?\n\nHallo {first}, die Sendung {tracking} ist heute rausgegangen.",
            # Richtlinien, Sprache
            "Hinweis aus dem DLP-System: Ihre E-Mail an externe Empfänger enthält den gesperrten Begriff \"{policy}\" und wurde zurückgehalten.",
            "Bitte {policy} im Kundentermin am Donnerstag nicht erwähnen, das ist noch intern. Gruß {first}",
            "Anmerkung der Gleichstellungsbeauftragten zur Stellenausschreibung: Der Ausdruck \"{biased}\" sollte vor der Veröffentlichung ersetzt werden.",
        ],
        "clean": [
            "Bundeskanzler Friedrich Merz und Präsident Emmanuel Macron trafen sich am {date} im Kanzleramt.",
            "Gute Nachrichten: Ihre Bestellung {order} hat unser Lager verlassen. Sendungsnummer {tracking}, Zustellung voraussichtlich am {date} zwischen 10 und 14 Uhr.",
            "Rechnung {invoice} – {product}, Betrag {amount} EUR, zahlbar bis {date}.",
            "Die Albert-Schweitzer-Schule und das Goethe-Gymnasium laden am {date} zum Tag der offenen Tür ein.",
            "Bauarbeiten in der Konrad-Adenauer-Straße: Vollsperrung ab {date}, Umleitung über die Willy-Brandt-Allee.",
            "Deployment {version} auf prod: Commit {sha}, Netz {cidr4}, Port {port} freigegeben, Ticket {ticket}.",
            "Das Robert-Koch-Institut meldet steigende Influenza-Zahlen; die Charité öffnet ab {date} eine zusätzliche Station.",
            "Buchtipp: Thomas Mann, Der Zauberberg, ISBN {isbn}, Neuauflage im Taschenbuch.",
            "Validierungstest: Der Wert {badref} muss vom Formular als ungültig abgelehnt werden.",
            "Kassenbon {invoice}, Artikel-EAN {ean}, {brand} Geschirrspüler, Garantie bis {date}.",
            "Kunde: Ist der {product} noch lieferbar?\nMitarbeiter: Ja, EAN {ean}, Versand ab Lager {city} in 1–2 Werktagen.",
            "Schadenanzeige (Vordruck)\nVersicherungsnehmer: ______________\nGeburtsdatum: __.__.____\nVersicherungsschein-Nr.: ______________",
            "Die {company} schließt ihre Filiale in {city} zum {date}; Kundinnen und Kunden werden in der Nachbarfiliale betreut.",
        ],
    },
    "fr": {
        "pii": [
            # assurance
            "Madame, Monsieur,\n\nJe vous prie de trouver ci-joint ma déclaration de sinistre suite au dégât des eaux survenu le {date} à mon domicile, {address}.\nN° de contrat : MRH-{order}\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{person}\n{phone}",
            "Constat amiable – Véhicule A\nConducteur : {person}\nAdresse : {address}\nTél. : {phone}\nSociété d'assurance : {company}, contrat n° {order}",
            # école, université, sport
            "Fiche de renseignements – Année scolaire 2025-2026\nNom et prénom de l'élève : {person}\nDate de naissance : {dob}\nResponsable légal 1 : {title_name}\nTél. portable : {phone}\nCourriel : {email}",
            "Attestation d'inscription\nL'étudiant(e) {person}, né(e) le {dob}, numéro étudiant {order}, est inscrit(e) en Master 1 Droit des affaires pour l'année universitaire 2025-2026.",
            "Demande de licence – saison 2025-2026\nNom : {person}\nNé(e) le : {dob}\nCertificat médical fourni : oui\nPersonne à prévenir en cas d'accident : {first}, {phone}",
            # hôpital, labo, pharmacie
            "Compte rendu d'hospitalisation\nPatient(e) : {title_name}, né(e) le {dob}\nIPP : {mrn}\nMotif d'admission : douleur thoracique atypique\nSortie le {date} avec rendez-vous de contrôle en cardiologie.",
            "Laboratoire de biologie médicale – Résultats\nDossier n° {mrn} – prélevé le {date}\nNom : {person}\nGlycémie à jeun : 1,32 g/l (H)",
            "Délivrance sur ordonnance\nPatient : {person}\n{nid}\nMédecin prescripteur : {title_name}\nMutuelle : tiers payant accepté",
            "{\"patient\": {\"ipp\": \"{mrn}\", \"nom\": \"{person}\", \"naissance\": \"{dob}\"}, \"service\": \"urgences\"}",
            # préfecture, consulat, voyage
            "Demande de titre de séjour – récépissé\nNom, prénom : {person}\nDate de naissance : {dob}\nPasseport n° {passport}\nAdresse déclarée : {address}",
            "Le consulat général a bien reçu votre demande de visa court séjour (réf. FRA{order}). Passeport : {passport}. Merci de vous présenter le {date} muni de l'original.",
            "FICHE INDIVIDUELLE DE POLICE\nNom : {person}\nDate de naissance : {dob}\nNationalité : britannique\nN° de passeport : {passport}\nDate d'arrivée : {date}",
            "Contrat de location n° {order}\nConducteur principal : {person}, né le {dob}\nEmpreinte carte bancaire : {card}\nRestitution prévue : agence de {city}, le {date}",
            # notaire, avocat, mairie
            "L'AN DEUX MILLE VINGT-CINQ,\nLe {date},\nÀ {city}, en l'office notarial,\nA COMPARU :\nMonsieur {person}, né le {dob}, demeurant {address}.",
            "Maître,\n\nJe fais suite à notre entretien concernant le litige qui m'oppose à {company}. Vous trouverez en pièce jointe mon contrat de travail et mes trois derniers bulletins de salaire.\n\nBien cordialement,\n{person}\n{email}",
            "Demande d'acte de naissance\nNom de naissance et prénoms : {person}\nDate de naissance : {dob}\nAdresse d'envoi : {address}\nMotif : renouvellement de passeport",
            # banque, RH
            "Ordre de virement permanent\nBénéficiaire : {person}\nIBAN : {iban}\nMontant : {amount} €\nPremière échéance : {date}",
            "Vérification d'identité – dossier {ticket}\nClient : {title_name}\nPièce : passeport {passport}, valide jusqu'au {date}\nJustificatif de domicile : facture de moins de 3 mois\nStatut : validé",
            "Bonjour {first},\n\nNous avons bien enregistré votre {nid} et votre IBAN {iban}. Il manque encore la copie de votre pièce d'identité pour finaliser votre embauche.\n\nLe service RH",
            # SAV, e-mail
            "[Conseiller] Bonjour, pouvez-vous me confirmer votre adresse e-mail ?\n[Client] {email}\n[Conseiller] Merci, je vois bien la commande n° {order}. Le colis {tracking} est en cours de livraison.",
            "Le {date}, {person} <{email}> a écrit :\n> Bonjour, je n'ai toujours pas reçu mon remboursement.\n\nBonjour {title_name}, le remboursement a été effectué ce matin.",
            "Client : ma carte {card} a été débitée deux fois pour la même commande\nConseiller : Je transmets au service paiement, vous serez remboursé sous 72 h.",
            # informatique
            "Incident {ticket} – connexion suspecte au VPN depuis {ip} avec le compte de {person}. Compte désactivé en attendant la vérification.",
            "Bonjour l'équipe, en relisant la MR !{order} j'ai vu que le fichier .env avait été commité :\n{secret}\nJ'ai révoqué la clé, merci de ne plus pousser de secrets.",
            "# accès SSH autorisés – poste de {person}\nAllowUsers deploy@{ip}",
            # directives, vocabulaire
            "Rappel de la direction : le dossier « {policy} » est strictement confidentiel, ne pas en parler en dehors du comité.",
            "Relecture de l'offre d'emploi : merci de retirer l'expression « {biased} », jugée discriminante par le service juridique.",
        ],
        "clean": [
            "Le président Emmanuel Macron s'est entretenu le {date} avec le chancelier allemand à l'Élysée.",
            "Bonne nouvelle : votre commande n° {order} a quitté notre entrepôt ce matin. Suivez le colis avec le numéro {tracking} (livraison en point relais sous 48 h).",
            "Facture {invoice} – {product} – Montant TTC : {amount} €, échéance le {date}.",
            "Travaux rue Victor-Hugo et boulevard Jean-Jaurès à partir du {date} : déviation par l'avenue Charles-de-Gaulle.",
            "Le lycée Jean-Moulin et le collège Marie-Curie organisent leurs portes ouvertes le {date}.",
            "Kylian Mbappé a inscrit un doublé ; prochain match au Parc des Princes le {date}.",
            "Mise en production {version} (commit {sha}) : ouverture du port {port} sur le réseau {cidr4}, ticket {ticket}.",
            "Les Misérables de Victor Hugo, ISBN {isbn}, nouvelle édition en librairie dès le {date}.",
            "L'hôpital Georges-Pompidou et la Pitié-Salpêtrière renforcent les urgences cet hiver.",
            "Test de validation : la valeur {badref} doit être refusée par le formulaire.",
            "Code-barres {ean} – {brand} eau de parfum 50 ml – rupture de stock à {city}.",
            "Déclaration de sinistre (formulaire vierge)\nNom de l'assuré : ________\nNé(e) le : __/__/____\nN° de contrat : ________",
            "L'Institut Pasteur présentera ses résultats le {date} ; accréditations presse : réf. {invoice}.",
        ],
    },
    "es": {
        "pii": [
            # seguros
            "Estimado Sr./Sra.:\n\nLe escribo para comunicar el siniestro ocurrido el {date} en mi vivienda, sita en {address}. Número de póliza: HOG-{order}.\n\nAtentamente,\n{person}\nTeléfono: {phone}",
            "Reembolso de gastos médicos en el extranjero\nAsegurado: {person}\nPasaporte: {passport}\nN.º de historia clínica del hospital: {mrn}\nSe adjunta la factura del hospital.",
            # hotel, extranjería, consulado, coche
            "Parte de entrada de viajeros\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nN.º de pasaporte: {passport}\nFecha de entrada: {date}",
            "Solicitud de cita previa – Extranjería\nTrámite: toma de huellas (expedición de TIE)\nNombre: {person}\n{nid}\nPasaporte: {passport}\nCorreo electrónico: {email}",
            "El Consulado General confirma la recepción de su solicitud de visado nacional. Titular: {title_name}. Pasaporte n.º {passport}. Fecha de la cita: {date}.",
            "Contrato de alquiler {order}\nConductor: {title_name}\nPasaporte: {passport}\nFianza bloqueada en la tarjeta {card}\nDevolución: {date}, oficina de {city}",
            # hospital, laboratorio, farmacia
            "INFORME DE ALTA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nDiagnóstico principal: fractura de radio distal izquierdo\nTratamiento: férula y control en consulta en 3 semanas.",
            "Resultados de analítica – petición {order}\nPaciente: {title_name} (NHC {mrn})\nHemoglobina 10,8 g/dL (L)\nValidado por el laboratorio el {date}.",
            "Hola {first}, tu pedido de la farmacia está listo. Recuerda traer la tarjeta sanitaria. Si tienes dudas, llámanos al {phone}.",
            "Receta electrónica dispensada\nPaciente: {person}, {nid}\nMedicamento: omeprazol 20 mg, 28 cápsulas\nFecha de dispensación: {date}",
            # banca
            "Solicitud de préstamo personal n.º {order}\nTitular: {person}\nFecha de nacimiento: {dob}\nIBAN de domiciliación: {iban}\nImporte solicitado: {amount} €",
            "Cliente: me han cargado dos compras que no he hecho en la tarjeta {card}\nGestor: Le bloqueo la tarjeta ahora mismo y abrimos una reclamación, referencia {ticket}.",
            # notaría, abogados, ayuntamiento
            "ESCRITURA DE COMPRAVENTA número {order}\nEn {city}, a {date}.\nAnte mí, el Notario,\nCOMPARECE:\nDoña {person}, mayor de edad, con domicilio en {address} y {nid}.",
            "Estimado cliente:\n\nLe informamos de que la demanda contra {company} ha sido admitida a trámite. La vista está señalada para el {date}.\n\nUn cordial saludo,\n{person}\nDespacho de abogados",
            "Solicitud de alta en el Padrón Municipal\nNombre y apellidos: {person}\nDomicilio: {address}\nFecha de nacimiento: {dob}\nTeléfono de contacto: {phone}",
            # colegio, universidad, club
            "Ficha de matrícula – Curso 2025/2026\nAlumno/a: {person}\nFecha de nacimiento: {dob}\nPadre/madre/tutor: {person}\nCorreo de contacto: {email}\nAlergias: ninguna",
            "Le comunicamos que su solicitud de beca ha sido concedida. Beneficiario: {person}. El importe se abonará en la cuenta {iban} antes del {date}.",
            "Ficha federativa temporada 2025/26\nJugador: {person}\nFecha de nacimiento: {dob}\nCategoría: cadete\nContacto de emergencia: {first} ({phone})",
            # atención al cliente, correo
            "Agente: ¿Me confirma la dirección de entrega?\nCliente: {address}\nAgente: Perfecto, {first}, el pedido {order} sale mañana.",
            "El {date}, {person} <{email}> escribió:\n> Buenos días, ¿cuándo me devuelven el importe del pedido?\n\nHola, {title_name}: el reembolso ya está tramitado.",
            "nombre;telefono;email\n{person};{phone};{email}\n{person};{phone};{email}",
            # informática
            "[{date} {time}] WARN api-gateway: demasiados intentos de acceso para {email} desde {ip}, cuenta bloqueada 15 min",
            "Incidencia {ticket}: el usuario {person} no puede conectarse a la VPN desde casa (IP pública {ip}). Revisar reglas del cortafuegos.",
            "Oye, en el pipeline de staging sale esto en claro en los logs:\n{secret}\n¿Lo rotamos y lo pasamos a variables protegidas?",
            # normas, lenguaje
            "Aviso del sistema DLP: su mensaje contiene el término restringido «{policy}» y no se ha enviado a los destinatarios externos.",
            "Por favor, no mencionéis {policy} en la reunión con el proveedor. Gracias, {first}",
            "Comentario de RR. HH. sobre la oferta: sustituir «{biased}» por un término inclusivo antes de publicarla.",
        ],
        "clean": [
            "Pedro Sánchez compareció en el Congreso el {date} para informar sobre el Consejo Europeo.",
            "¡Tu pedido {order} ya está en camino! Puedes seguir el envío con el código {tracking}; entrega prevista en 24-48 h laborables.",
            "Factura {invoice}: {product}, importe {amount} €, vencimiento el {date}.",
            "Corte de tráfico en la calle de Alcalá y en la avenida de Isabel la Católica desde el {date}.",
            "El Hospital Gregorio Marañón y el Ramón y Cajal amplían el horario de consultas externas.",
            "Rafael Nadal recibirá un homenaje en la pista central el {date}.",
            "Despliegue {version}: commit {sha}, red {cidr6}, puerto {port}, ticket {ticket}.",
            "Don Quijote de la Mancha, de Miguel de Cervantes, ISBN {isbn}, edición conmemorativa.",
            "Prueba de validación: el valor {badref} debe ser rechazado por el formulario.",
            "Colegio Público Federico García Lorca: jornada de puertas abiertas el {date}.",
            "Código EAN {ean}: {brand} cafetera, sin existencias en la tienda de {city}.",
            "Cliente: ¿Tenéis el {product} en stock?\nAgente: Sí, referencia {ean}, envío en 24 h.",
            "Parte de siniestro (modelo en blanco)\nTomador: ______________\nFecha de nacimiento: __/__/____\nN.º de póliza: ______________",
        ],
    },
    "nl": {
        "pii": [
            # verzekering
            "Geachte heer/mevrouw,\n\nHierbij meld ik schade aan mijn auto door een aanrijding op {date}. Mijn polisnummer is AUT-{order}.\n\nMet vriendelijke groet,\n{person}\n{address}\nTel: {phone}",
            "Schadeaangifteformulier\nNaam verzekeringnemer: {person}\nGeboortedatum: {dob}\nIBAN voor uitkering: {iban}\nOmschrijving: fiets gestolen bij het station in {city}",
            # gemeente, IND, ambassade, reizen
            "Verhuizing doorgeven\nNaam: {person}\n{nid}\nNieuw adres: {address}\nVerhuisdatum: {date}\nE-mail: {email}",
            "Aanvraag verblijfsvergunning kennismigrant\nNaam aanvrager: {person}\nGeboortedatum: {dob}\nNationaliteit: Indiaas\nPaspoortnummer: {passport}\nReferent: {company}",
            "De ambassade bevestigt uw afspraak voor de aanvraag van een nieuw paspoort op {date}. Neem uw huidige paspoort ({passport}) en een recente pasfoto mee. Aanvrager: {title_name}.",
            "Nachtregister\nGast: {person}\nGeboortedatum: {dob}\nNationaliteit: Duits\nDocumentnummer: {passport}\nAankomst: {date}",
            "Huurovereenkomst {order}\nBestuurder: {person}\nGeboortedatum: {dob}\nBorg op creditcard {card}\nInleveren: {date} bij vestiging {city}",
            # ziekenhuis, lab, apotheek, huisarts
            "Ontslagbrief\nPatiënt: {title_name}, geb. {dob}\nPatiëntnummer: {mrn}\nOpnamedatum: {date}\nBeleid: controle op de polikliniek over zes weken.",
            "Uitslag bloedonderzoek – ziekenhuisnummer {mrn}\nNaam: {person}\nAfgenomen: {date}\nTSH 6,2 mU/l (verhoogd)",
            "Beste {first}, uw herhaalrecept ligt klaar bij de apotheek. Vergeet uw legitimatiebewijs niet. Vragen? Bel {phone}.",
            "Verwijsbrief\n\nGeachte collega,\n\nGraag verwijs ik {title_name} ({nid}) naar uw polikliniek in verband met aanhoudende rugklachten.",
            # notaris, advocaat
            "Heden, {date}, verscheen voor mij, notaris te {city}:\n{person}, geboren op {dob}, wonende te {address}, die zich legitimeerde met paspoort nummer {passport}.",
            "Geachte {title_name},\n\nNaar aanleiding van ons gesprek bevestig ik dat ons kantoor u bijstaat in het geschil met {company}.\n\nMet vriendelijke groet,\n{person}\nadvocaat",
            # school, universiteit, sport
            "Inschrijfformulier basisschool\nNaam leerling: {person}\nGeboortedatum: {dob}\nNaam ouder/verzorger: {person}\nTelefoon: {phone}\nE-mail: {email}",
            "Beste {first},\n\nJe inschrijving voor de master Rechtsgeleerdheid is afgerond. Je studentnummer is {order}. Het collegegeld wordt geïncasseerd van rekening {iban}.\n\nStudent Service Centre",
            "Aanmeldformulier lidmaatschap voetbalvereniging\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nIBAN (automatische incasso): {iban}",
            "Inschrijving zomerkamp\nNaam kind: {person}\n{nid}\nNoodnummer ouder: {phone}",
            # bank, klantenservice
            "Hypotheekaanvraag {order}\nAanvrager: {person}\nGeboortedatum: {dob}\nBruto jaarinkomen: {amount}\nWerkgever: {company}",
            "Klant: hoi, mijn bestelling {order} is nog steeds niet binnen\nMedewerker: Vervelend! Mag ik je e-mailadres ter controle?\nKlant: {email}\nMedewerker: Dank je, {first}. Ik zie dat het pakket bij de buren is afgeleverd.",
            "Op {date} schreef {person} <{email}>:\n> Goedemiddag, kunt u mijn adreswijziging verwerken?\n\nBeste {title_name}, uw nieuwe adres is verwerkt.",
            "{\"klant\": {\"naam\": \"{person}\", \"telefoon\": \"{phone}\", \"adres\": \"{address}\"}, \"status\": \"actief\"}",
            "Klant: ik zie een afschrijving van mijn creditcard {card} die ik niet herken\nMedewerker: Ik blokkeer de kaart direct en zet een terugboeking in gang.",
            # IT
            "{date} {time} ERROR nginx: upstream timed out while reading response header from upstream, client: {ip}, server: mijn.example.nl",
            "Melding {ticket}: laptop van {person} gestolen uit de auto. Account geblokkeerd, laatste login vanaf {ip}.",
            "Let op: in de CI-output van job #{order} staat een geheim in platte tekst:\n{secret}\nIk heb de sleutel ingetrokken, kan iemand de pipeline aanpassen?",
            # beleid, taal
            "Melding van het DLP-filter: je bericht bevat het geblokkeerde begrip \"{policy}\" en is niet verstuurd.",
            "Wil je {policy} voorlopig niet noemen richting de klant? Dank, {first}",
            "Feedback op de vacaturetekst: het woord \"{biased}\" graag vervangen door een neutrale term.",
        ],
        "clean": [
            "Koning Willem-Alexander opende op {date} de nieuwe zeesluis bij IJmuiden.",
            "Goed nieuws: bestelling {order} is vandaag aan de bezorger meegegeven. Volg je pakket met code {tracking}; bezorging tussen 18:00 en 22:00 uur.",
            "Factuur {invoice} voor {product}: {amount} euro, te betalen vóór {date}.",
            "Wegwerkzaamheden op de Johan Cruijff Boulevard en de Prins Hendrikkade vanaf {date}.",
            "De Rembrandtschool en het Erasmiaans Gymnasium houden open dag op {date}.",
            "Max Verstappen start vanaf pole in Zandvoort; de kaartverkoop voor {date} is gestart.",
            "Release {version}: commit {sha}, subnet {cidr4}, poort {port}, wijziging {ticket}.",
            "In de bibliotheek: Multatuli, Max Havelaar (ISBN {isbn}), uitleentermijn tot {date}.",
            "Validatietest: de waarde {badref} moet door het formulier worden geweigerd.",
            "EAN {ean}: {brand} stofzuiger tijdelijk uitverkocht in de winkel in {city}.",
            "Het Wilhelmina Kinderziekenhuis opent een nieuwe vleugel; de verhuizing van de afdelingen start op {date}.",
            "Klant: Is de {product} nog leverbaar?\nMedewerker: Ja, artikelnummer {ean}, morgen in huis.",
            "Gemeenteraadsvergadering {date}: agendapunt 5, herinrichting van het Thorbeckeplein.",
        ],
    },
}

# BEACON: written on 2026-12-02 by a helper engineer who never saw the detection rules, the other
# banks' texts or any detector output (blind), and committed alone before any detector ran on it.
# An honest test set: measure it, never tune on it. Travel, hotels and car hire, logistics and
# customs, telecom, utilities and housing, payroll and HR, clinics, labs, insurers and pharmacies,
# police and courts, tax offices, newsrooms, data exports, logs and leaked configuration.
BEACON: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # airlines and travel agencies
            "PNR K7Q2ZP / seg 2 LHR-JFK {date}\nAPIS incomplete, pax cannot check in online.\nPAX: {person}\nPassport no.: {passport}   Nationality: GBR   Date of birth: {dob}\nAgent rmk: pax confirmed doc details by phone on {phone}, pls resubmit APIS before 06:00Z.",
            "Hi {first},\n\nThanks for the scan. Before I can lodge the ESTA I need the bottom of your passport page - the copy was cut off just after the number ({passport}). Could you send a sharper photo tonight? The fare is only held until Friday.\n\nKind regards,\n{person}\nSenior Travel Consultant | {company}",
            "Baggage claim LHRBA{order}\nPassenger: {title_name}\nFlight BA0094 on {date}, bag tag 0125 BA 449211\nDelivery address once the bag is traced: {address}\nContact: {email} / {phone}",
            "Schengen visa application - short stay\n1. Surname and first name(s): {person}\n4. Date of birth (day-month-year): {dob}\n13. Number of travel document: {passport}\n19. Applicant's home address and e-mail: {address} / {email}\n21. Current occupation: logistics planner at {company}",
            "{date} {time} kiosk-LGW-N-14 WARN mrz_check: name on booking does not match document; pax=\"{person}\" doc={passport} dob={dob} kiosk_ip={ip}",
            "Booking confirmation TA-{order}\nLead traveller: {person}\n7 nights half board, Hotel Playa Sol, Mallorca, departing {date}\nDeposit of GBP 250.00 taken from card {card}\nBalance due 8 weeks before departure.",
            # hotels and car hire
            "GUEST REGISTRATION CARD - {company}\nRoom 412   Arrival {date}   Nights 3\nGuest name: {person}\nHome address: {address}\nPassport/ID number: {passport}   Nationality: Canadian\nGuarantee card: {card}",
            "Rental agreement RA-{order} - {namecity} Airport branch\nPrimary driver: {title_name}, DOB {dob} (no young-driver surcharge)\nAdditional driver: {person}\nPre-authorisation of USD 300 on card {card}, released on return if no damage.",
            "[23:41] night-audit: guest in 305 is on the {company} corporate rate, name on the booking is {person}\n[23:42] frontdesk-2: corporate rate needs photo ID, note the number here pls\n[23:49] night-audit: passport {passport}, expires 2031, matches the booking. she wants the folio sent to {email}",
            # logistics and customs
            "CN23 - CUSTOMS DECLARATION\nSender: {company}, Manchester\nAddressee: {person}\n{address}\nImporter's telephone: {phone}\nImporter's tax reference: {nid}\nContents: 2 x bicycle parts, HS 871494",
            "Shipment {tracking} - delivery exception\nConsignee {person} not in, calling card left. Via live chat the consignee asked us to leave the parcel with the neighbour at {address}. Driver called {phone} twice before leaving.",
            # telecom
            "Fraud hold on port-out request for {phone}\nAccount holder: {person}, DOB {dob}\nCaller passed DOB but could not name the card used for the last top-up ({card}). Request held 24h; holder alerted at {email}.",
            "msisdn,imei_sha1,cell_id,start_utc,duration_s\n{phone},{sha},LAC-2231/CI-40117,{date} {time},184",
            "Agent: Thanks for waiting! For security, can you confirm your date of birth and the email on the account?\nCustomer: {dob}, and it's {email}\nAgent: Thank you, {first}. I can see the roaming charges from {date}; I've credited them back.",
            # utilities and housing
            "Tenant referencing report - Flat 3B\nApplicant: {person}\nCurrent address: {address}\nDate of birth: {dob}\nEmployer: {company} (reference received)\nRent to be paid by standing order from {iban}",
            "Welcome to your new energy account\nAccount holder: {title_name}\nSupply address: {address}\nDirect Debit: collected monthly on the 1st from {iban}\nAny questions about your first bill? Write to {role_email} quoting account {order}.",
            "Repair job {ticket} - damp and mould, bathroom\nTenant: {person} (hearing impaired - contact by text only on {phone})\nAccess agreed for {date}, am slot. Surveyor to bring a moisture meter.",
            # payroll and HR
            "emp_no\tfull_name\tdate_of_birth\tbank_account\tgross_monthly\n{order}\t{person}\t{dob}\t{iban}\t4,350.00",
            "Hi {first},\n\nWelcome aboard! Payroll has your {nid} and a start date of {date}, so you're all set except for bank details - please enter those in the HR portal rather than replying by email.\n\nBest,\n{person}\nPeople Team, {company}",
            "Minutes - investigation meeting, {date}\nPresent: {person} (employee), {person} (HR Business Partner), {title_name} (note-taker)\n1. The employee stated that the shift manager had repeatedly used the word \"{biased}\" in team briefings.\n2. Witnesses to be interviewed next week.",
            "Comments on the draft job ad (Warehouse Team Leader):\n- para 2: \"{biased}\" - please reword, our inclusive-language guide flags it\n- replace the hiring manager's own address {email} with the recruiting inbox",
            "PRIVATE & CONFIDENTIAL - employment reference\nRe: {person}, date of birth {dob}\nWe confirm that the above was employed as a Claims Handler until {date}. We have no reason to doubt their honesty.",
            # clinics, labs, insurers, pharmacies
            "Outpatient Clinic Letter - Respiratory\nPatient: {person}   DOB: {dob}   NHS No: {nhs}\nHospital No: {mrn}\nDiagnosis: mild persistent asthma\nPlan: step up to ICS/LABA, review in 3 months.\ncc: {title_name}, General Practitioner",
            "MSH|^~\\&|WINPATH|NORTHLAB|EPR|WARD7|{date}||ORU^R01|{order}|P|2.4\nPID|1||{mrn}^^^LAB^MR||{person}||{dob}|F\nOBX|1|NM|HBA1C^HbA1c||48|mmol/mol|20-41|H",
            "Repeat prescription ready to collect\nPatient: {title_name}, DOB {dob}\nPharmacy patient ref: {mrn}\nAtorvastatin 20 mg x 28. We've texted a reminder to {phone}.",
            "HEALTH INSURANCE CLAIM FORM - Section A (member)\nMember name: {person}\nMembership number: {order}\nDate of birth: {dob}\nHospital record number: {mrn}\nPay benefit by BACS to: {iban}",
            "> From: {email}\n> Could you confirm whether my MRI is covered? My hospital number is {mrn}.\n\nHi {first}, yes - pre-authorisation PA-2291 is approved for one MRI of the lumbar spine. Please bring this email to your appointment.",
            "Specimen rejected - label mismatch\nTube labelled {person}; request form gives DOB {dob} and MRN {mrn}. Please redraw and label at the bedside. Logged under {ticket}.",
            "Dear {title_name},\n\nThank you for your call on {date}. As discussed, we have changed the correspondence address on your policy to {address}. If you did not ask for this change, please contact us straight away.\n\nYours sincerely,\nCustomer Relations",
            # police and courts
            "Incident {ticket} - theft from motor vehicle\nReporting person: {person}, of {address}\nContact: {phone}\nStates that a passport ({passport}) and a laptop bag were taken from the footwell overnight. No CCTV in the street.",
            "IN THE COUNTY COURT AT CENTRAL LONDON\nClaim No. K{order}\nBETWEEN\n{person}\nClaimant\nand\n{company}\nDefendant\nORDER: the hearing listed for {date} is vacated.",
            "WITNESS STATEMENT (Criminal Justice Act 1967, s.9)\nStatement of: {person}\nAge if under 18: over 18   Date of birth: {dob}\nOccupation: staff nurse\nThis statement, consisting of 2 pages each signed by me, is true to the best of my knowledge and belief.",
            # tax
            "Tax office - reminder\nTaxpayer: {title_name}\nReference: {nid}\nWe have not received your return for the period ending {date}. A late-filing penalty may apply if it is not filed within 30 days.",
            "[14:02] Client: hi, here's my {nid} for the tax return\n[14:03] Client: and the refund should go to {iban}\n[14:10] Accountant: Got both, thanks {first}! Filing by Friday.",
            # newsroom and press
            "NEWSDESK - NOT FOR PUBLICATION\nSource for the council housing story is {person}, a housing officer. Contact only via Signal on {phone}. Their home address ({address}) stays out of the CMS and out of the notes.",
            "FOR IMMEDIATE RELEASE\n{company} opens 40,000 sq ft logistics hub outside {city}\nThe site will create 120 jobs by {date}.\n\nMedia contact: {person}, {phone}, {email}",
            "EMBARGO BREACH - legal review\nThe draft release still mentions {policy} in the third paragraph. Legal says that name must not appear in anything external; please strip it before it goes to the wire. Flagged by {email}.",
            # data exports, logs, leaked configuration
            "{\"customer\": {\"name\": \"{person}\", \"email\": \"{email}\", \"dob\": \"{dob}\", \"last_card\": \"{card}\", \"last_login_ip\": \"{ip}\"}}",
            "<Reservation id=\"{order}\">\n  <Guest>\n    <Name>{person}</Name>\n    <Passport>{passport}</Passport>\n    <BirthDate>{dob}</BirthDate>\n    <Phone>{phone}</Phone>\n  </Guest>\n</Reservation>",
            "INSERT INTO clinic.patient (hospital_no, patient_name, birth_date, mobile) VALUES ('{mrn}', '{person}', '{dob}', '{phone}');",
            "# .env.production - committed by mistake in {sha}, rotate everything below\nAPP_URL=https://portal.internal\n{secret}\nADMIN_EMAIL={email}",
            "{date}T{time}Z auth-svc WARN 5 failed logins user={email} src_ip={ip} action=lockout",
            "Sentry event {uuid}: UnhandledRejection in payment-worker\nbreadcrumb: request from {ip}\nlocal vars:\n{secret}",
            "DLP quarantine - message held\nFrom: {email}\nTo: external recipient\nReason: body contains the restricted term \"{policy}\"\nStatus: pending compliance review",
            "notify:\n  on_call: {email}\n  sms: \"{phone}\"\n  escalation_after: 15m\nbilling_contact: {role_email}",
        ],
        "clean": [
            "FOR IMMEDIATE RELEASE\n{company} wins the King's Award for Enterprise\nThe award was presented by the Lord-Lieutenant on {date}; the company will expand its {namecity} plant next year.",
            "OPS NOTICE {ticket}: Terminal 4 at John F. Kennedy International closed from {time} on {date}; flights to {namecity} move to Terminal 8. Rebooking reference {order}.",
            "Consignment {tracking} departed Rotterdam hub, ETA {date}.\nCommercial invoice {invoice}\nLine 1: 24 x {product}, EAN {ean}\nIncoterms DAP",
            "Status page: degraded mobile data in {cidr4} and {cidr6} since {time} UTC. Engineers at the Alan Turing Building are rolling back core release {version}.",
            "Planned works: water mains replacement on Martin Luther King Jr. Boulevard and Lincoln Road from {date}; expect low pressure in the {city} area. Reference {ticket}.",
            "Payroll run {date} completed: 412 payslips, batch {uuid}, file hash {sha}. Next run {date}.",
            "Clinic update: the Parkinson's and Alzheimer's memory clinic has moved to the Nye Bevan Wing of Guy's Hospital. Referral form version {version}.",
            "Chief Constable's Commendations: the Sir Robert Peel Medal will be presented on {date}. Press enquiries via ticket {ticket}.",
            "Donoghue v Stevenson [1932] UKHL 100 and Caparo v Dickman remain the leading authorities on duty of care; see bundle page 14, invoice {invoice}.",
            "Self Assessment deadline is {date}. Payments quoting invoice {invoice} must reach the tax office by {time} on the day.",
            "Serena Williams and Andy Murray headlined the charity exhibition at Wimbledon on {date}; Prime Minister Keir Starmer was in the Royal Box.",
            "sku,title,author,isbn,ean\n{order},Harry Potter and the Philosopher's Stone,J. K. Rowling,{isbn},{ean}",
            "{\"password_hash\": \"{hashalgo}\", \"rounds\": 12, \"allowed_cidrs\": [\"{cidr4}\", \"{cidr6}\"], \"port\": {port}}",
            "release: {version}\nimage_digest: sha1:{sha}\nrequest_id: {uuid}\nowner_team: platform",
            "{date} {time} payment-gw ERROR validation failed for reference {badref}: checksum mismatch, request {uuid}",
            "Fleet update: 40 new {brand} vans join the Charlotte Street depot on {date}; purchase order {order}.",
            "Tour itinerary: Van Gogh Museum and Anne Frank House, departing {date}; booking ref {order}, tickets from {company}.",
            "Night audit summary {date}: occupancy 87%, 3 no-shows, late arrivals from flight QF1 (Sydney) after {time}. Channel manager version {version}.",
            "<Shipment><Tracking>{tracking}</Tracking><Invoice>{invoice}</Invoice><EAN>{ean}</EAN><Carrier>{company}</Carrier></Shipment>",
        ],
    },
    "de": {
        "pii": [
            # Reise, Hotel, Mietwagen
            "Meldeschein für Beherbergungsstätten\nAnreisetag: {date}\nName, Vorname: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nStaatsangehörigkeit: österreichisch\nAusweis-/Reisepassnummer: {passport}\nUnterschrift des Gastes: liegt vor",
            "Mietvertrag Nr. {order} – Station Flughafen Hamburg\nHauptfahrer: {title_name}\nGeburtsdatum lt. Führerschein: {dob}\nKaution über 500 € auf Kreditkarte {card} autorisiert\nRückgabe: {date}, vollgetankt",
            "Hallo {first},\n\nanbei die Buchungsbestätigung für Frankfurt–Bangkok am {date}. Für das Visum trage ich deine Reisepassnummer ein – auf dem Scan lese ich {passport}. Stimmt das so?\n\nViele Grüße aus dem Reisebüro\n{person}",
            "Antrag auf Ausgleichszahlung (Fluggastrechte)\nBuchungscode: QX7P2M\nReisende/r: {person}\nFlug LH 1234 am {date}, Ankunft mit 4 Std. 10 Min. Verspätung\nEntschädigung bitte auf folgendes Konto: {iban}\nKontakt: {email}",
            # Logistik, Zoll
            "Zollanmeldung – Privatsendung aus einem Drittland\nEmpfänger: {person}\n{address}\nTelefon für Rückfragen: {phone}\nInhalt: Bekleidung, Warenwert {amount} EUR\nSendungsnummer {tracking}",
            "Kundin: Hallo, mein Paket {tracking} ist laut Tracking zugestellt, aber nicht da\nSupport: Das tut uns leid! Wie lautet Ihre Lieferadresse?\nKundin: {address}\nSupport: Danke. Wir starten einen Nachforschungsauftrag und melden uns unter {email}.",
            # Telekom, Versorger, Wohnen
            "Ihre Auftragsbestätigung\nKundennummer: {order}\nVertragspartner: {title_name}\nMitzunehmende Rufnummer: {phone}\nSEPA-Lastschriftmandat für IBAN {iban} erteilt\nIhr Anschluss wird am {date} freigeschaltet.",
            "Mieterselbstauskunft\nName: {person}\nGeburtsdatum: {dob}\nDerzeitige Anschrift: {address}\nArbeitgeber: {company}\nMonatliches Nettoeinkommen: {amount} €\nHaustiere: keine",
            "Stadtwerke – Zählerstand unplausibel\nKunde: {person}\nE-Mail: {email}\nDer gemeldete Stand liegt unter dem Vorjahreswert. Bitte schicken Sie uns ein Foto des Zählers (Zähler-Nr. {order}).",
            # Lohn und Personal
            "Entgeltabrechnung {date}\nPers.-Nr. {order}\n{person}\n{nid}\nSteuerklasse I, Kinderfreibetrag 0,5\nAuszahlungsbetrag {amount} € auf {iban}",
            "Aktennotiz Personalgespräch vom {date}\nTeilnehmende: {title_name} (Teamleitung), {person} (Mitarbeiterin), ein Mitglied des Betriebsrats\nDie Mitarbeiterin berichtet, dass in der Frühschicht wiederholt der Ausdruck „{biased}“ gefallen sei. Die Teamleitung sagt eine Klärung bis Monatsende zu.",
            "Kommentar zur Stellenanzeige „Lagerleitung (m/w/d)“: Im zweiten Absatz steht noch „{biased}“ – bitte ersetzen, das widerspricht unserem Leitfaden für inklusive Sprache. Rückfragen an {email}.",
            # Klinik, Labor, Kasse, Apotheke
            "Arztbrief – Entlassung\nPatientin: {person}, geb. {dob}\nFall-Nr.: {mrn}\nDiagnosen: Cholezystolithiasis, Z. n. laparoskopischer Cholezystektomie am {date}\nWeiterbehandlung durch die Hausarztpraxis.",
            "Laborbefund – Probeneingang {date} {time}\nPat.-ID {mrn} | {person} | geb. {dob}\nTSH basal 2,1 mU/l (Ref. 0,27–4,2)\nBefund freigegeben, Kopie an die einsendende Praxis.",
            "Antrag auf Kostenerstattung\nVersicherte Person: {person}\nKrankenversichertennummer: {mrn}\nGeburtsdatum: {dob}\nErstattung bitte auf das Konto {iban}",
            "Guten Tag {title_name}, Ihr bestelltes Medikament liegt in der Apotheke zur Abholung bereit. Kunden-/Patientennummer: {mrn}. Bitte bringen Sie Ihre Gesundheitskarte mit.",
            # Polizei, Gericht, Finanzamt
            "Strafanzeige – Vorgangsnummer {order}\nGeschädigte/r: {person}, wohnhaft {address}\nErreichbar unter: {phone}\nSachverhalt: Aus dem unverschlossenen Spind wurden der Reisepass (Nr. {passport}) sowie eine Geldbörse entwendet.",
            "Amtsgericht Köln\nGeschäftsnummer: 12 C {order}/25\nIn dem Rechtsstreit\n{person}, {address}\n– Klägerin –\ngegen\n{company}\n– Beklagte –\nwird Termin zur mündlichen Verhandlung bestimmt auf {date}.",
            "Finanzamt – Erinnerung an die Abgabe der Steuererklärung\n{title_name}\n{nid}\nFür den Veranlagungszeitraum 2024 ist bis heute keine Erklärung eingegangen. Bitte reichen Sie diese bis {date} über ELSTER ein.",
            "[12:03] Kanzlei: Hallo {first}, für die Erklärung fehlen uns noch ein paar Angaben.\n[12:07] Mandant: hier meine {nid}\n[12:08] Mandant: und die Erstattung bitte wieder auf {iban}",
            # Presse und Redaktion
            "Pressemitteilung\n{company} eröffnet neues Logistikzentrum bei {city}\nBis {date} sollen 150 Arbeitsplätze entstehen.\n\nPressekontakt:\n{person}\nTel. {phone}\n{email}",
            "Redaktionsnotiz – nicht zur Veröffentlichung: Quelle für die Recherche zum Klinikverbund ist {person}. Kontakt nur über Signal ({phone}), Name und Wohnort bleiben aus dem Text.",
            # Exporte, Logs, Konfiguration
            "kdnr;name;geburtsdatum;iban;email\n{order};{person};{dob};{iban};{email}",
            "{\"kunde\": \"{person}\", \"login_ip\": \"{ip}\", \"zahlung\": {\"art\": \"Kreditkarte\", \"nummer\": \"{card}\"}}",
            "{date} {time} sshd[2213]: Failed password for invalid user admin from {ip} port 52144 ssh2",
            "GitLab CI – Job #{order} (deploy:prod), Log ab Zeile 212:\n$ echo \"$PROD_ENV\"\n{secret}\nDie Variable war nicht maskiert. Bitte den Schlüssel sofort rotieren.",
            "Von: {email}\nBetreff: WG: {policy} – nur intern!\n\nBitte nicht an Kunden oder Presse weiterleiten, die Freigabe durch die Geschäftsführung steht noch aus.",
        ],
        "clean": [
            "Pressemitteilung: {company} erhält den Deutschen Zukunftspreis. Bundespräsident Frank-Walter Steinmeier überreichte die Auszeichnung am {date} in Berlin.",
            "Ab {date} fährt die Linie 7 wieder über die Konrad-Adenauer-Allee und den Willy-Brandt-Platz. Bauabschnitt {ticket}.",
            "Lieferschein {invoice}\nSendungsnummer: {tracking}\nPos. 1: 4 × {product}, EAN {ean}\nLager Halle 3, Rampe 7",
            "Flughafen München „Franz Josef Strauß“: Terminal 2 ab {time} Uhr teilweise gesperrt; Flüge nach {namecity} werden über die Gates H umgeleitet.",
            "Wartungsfenster am {date}: Router in {cidr4} und {cidr6} erhalten Firmware {version}, SSH weiterhin auf Port {port}. Ticket {ticket}.",
            "Passwörter werden mit {hashalgo} gespeichert; Prüfsumme des Release-Artefakts: {sha}.",
            "Thomas Müller verlängert beim FC Bayern, Trainer Vincent Kompany lobt seine Rolle in der Kabine. Das nächste Heimspiel ist am {date}.",
            "„Der Zauberberg“ von Thomas Mann, Taschenbuch, ISBN {isbn}, lieferbar in 2 Tagen. Ihre Bestellnummer: {order}.",
            "Lastschrift abgelehnt: Referenz {badref} hat die Prüfziffernkontrolle nicht bestanden. Vorgang {uuid}.",
            "Zählerwechsel in der Beethovenstraße und am Robert-Koch-Platz zwischen {date} und {date}; bitte Zugang zum Keller ermöglichen.",
            "Lohnlauf {date} abgeschlossen: 1.284 Abrechnungen, Batch {uuid}, Gesamtsumme {amount} EUR.",
            "Die Charité und das Robert Koch-Institut starten eine gemeinsame Studie zu Long COVID; Ausschreibung {invoice}, Angebotsfrist {date}.",
            "Rechnung {invoice} vom {date}\nBetrag: {amount} EUR\nBitte geben Sie bei Zahlung die Rechnungsnummer an.\n{company}",
        ],
    },
    "fr": {
        "pii": [
            # voyages, hôtels, location
            "FICHE INDIVIDUELLE DE POLICE\nNom et prénom : {person}\nDate de naissance : {dob}\nDomicile habituel : {address}\nN° de passeport : {passport}\nDate d'arrivée : {date}\nChambre 214",
            "Contrat de location n° {order} – agence Lyon Part-Dieu\nConducteur principal : {title_name}\nNé(e) le : {dob}\nEmpreinte bancaire sur la carte {card}\nRestitution prévue le {date} avant 18h",
            "Bonjour {first},\n\nPour finaliser votre demande d'e-Visa pour le Vietnam, il me manque la date d'expiration de votre passeport n° {passport}. Pouvez-vous me renvoyer une photo lisible de la page d'identité ?\n\nBien cordialement,\n{person}\nConseillère voyages – {company}",
            "Objet : Réclamation bagage – dossier {order}\n\nMadame, Monsieur,\n\nJe soussigné(e) {person}, passager du vol AF1234 du {date}, n'ai toujours pas récupéré ma valise. Merci de la faire livrer à l'adresse suivante : {address}. Je reste joignable au {phone}.\n\nCordialement",
            # logistique, douane
            "Déclaration en douane CN22 – envoi {tracking}\nDestinataire : {person}\n{address}\nTél. : {phone}\nNature : cadeau, valeur déclarée {amount} €",
            # télécoms, énergie, logement
            "Conseiller : Pour des raisons de sécurité, pouvez-vous me confirmer votre date de naissance ?\nClient : {dob}\nConseiller : Merci. Le transfert du numéro {phone} vers la nouvelle carte SIM est lancé, la confirmation part sur {email}.",
            "Dossier de location – T3 rue de la République\nCandidat : {title_name}\nAdresse actuelle : {address}\nEmployeur : {company} (CDI)\nRIB joint : {iban}",
            "Votre contrat d'électricité\nTitulaire : {person}\nAdresse de consommation : {address}\nPrélèvement SEPA mensuel sur le compte {iban}\nRéf. client : {order}",
            # paie et RH
            "BULLETIN DE PAIE – période du {date}\nSalarié : {person}\nMatricule : {order}\n{nid}\nEmploi : technicienne de maintenance\nNet à payer : {amount} € (virement sur {iban})",
            "Compte rendu de l'entretien du {date}\nPrésents : {title_name} (RRH), {person} (salariée), un élu du CSE\nLa salariée rapporte que son responsable emploie régulièrement le mot « {biased} » en réunion d'équipe. Une médiation est proposée.",
            "Relecture de l'annonce « Chef d'équipe logistique (H/F) » : au deuxième paragraphe, remplacer « {biased} », contraire à notre charte d'écriture inclusive. Merci de renvoyer la version corrigée à {email}.",
            # santé, laboratoires, mutuelles, pharmacies
            "COMPTE RENDU D'HOSPITALISATION\nPatient(e) : {person}, né(e) le {dob}\nIPP : {mrn}\nService de cardiologie, entrée le {date}\nMotif : douleur thoracique atypique, coronarographie normale.",
            "Laboratoire d'analyses médicales – résultats\nN° de dossier : {mrn}\nNom : {person}\nDate de naissance : {dob}\nGlycémie à jeun : 0,92 g/L (0,70–1,10)",
            "Demande de remboursement – mutuelle\nAdhérent : {person}\n{nid}\nN° de dossier hospitalier : {mrn}\nRemboursement à effectuer sur : {iban}",
            "Bonjour {title_name}, votre ordonnance est prête à la pharmacie. Référence patient : {mrn}. Pensez à apporter votre carte Vitale.",
            # police, justice, impôts
            "PROCÈS-VERBAL DE PLAINTE\nNous, officier de police judiciaire, recevons la plainte de {person}, demeurant {address}, joignable au {phone}, qui déclare s'être fait dérober son passeport n° {passport} le {date} à la gare de Lyon.",
            "TRIBUNAL JUDICIAIRE DE NANTERRE\nRG n° {order}\nDemandeur : {person}\nDéfendeur : {company}\nAudience de plaidoiries fixée au {date}.",
            "Avis de situation déclarative\nDéclarant : {title_name}\n{nid}\nMontant restant dû : {amount} €\nÀ régler avant le {date}.",
            # presse
            "COMMUNIQUÉ DE PRESSE\n{company} ouvre une plateforme logistique près de {city}\n200 emplois d'ici le {date}.\n\nContact presse : {person} – {phone} – {email}",
            "Note interne rédaction : la source de l'enquête sur les marchés publics est {person}. Ne jamais la citer ; joignable uniquement via Signal au {phone}.",
            # exports, journaux, configuration
            "id;nom;date_naissance;email;telephone\n{order};{person};{dob};{email};{phone}",
            "{\"event\": \"login_failed\", \"user\": \"{email}\", \"ip\": \"{ip}\", \"ts\": \"{date} {time}\"}",
            "Ticket {ticket} : une clé d'accès a été exposée dans les logs Jenkins, à révoquer en urgence :\n{secret}\nSignalé par {person}.",
            "Comité de direction du {date} – relevé de décisions\nPoint 3 : {policy} (strictement confidentiel, ne pas diffuser hors CODIR)\nRédigé par {email}",
            "Paiement refusé – réservation {order}\nLa carte {card} a été refusée par la banque émettrice. Client : {title_name}, adresse IP de la transaction {ip}.",
        ],
        "clean": [
            "Le président de la République Emmanuel Macron a inauguré le {date} le nouveau terminal de l'aéroport Paris-Charles-de-Gaulle.",
            "Travaux boulevard Victor-Hugo et avenue Jean-Jaurès : circulation perturbée jusqu'au {date}. Réf. chantier {ticket}.",
            "Bon de livraison {invoice}\nColis {tracking}\n12 × {product} – EAN {ean}\nLivré à : entrepôt de {city}",
            "L'hôpital européen Georges-Pompidou ouvre un centre dédié à la maladie d'Alzheimer ; appel d'offres {invoice}, date limite {date}.",
            "Prix Goncourt : le roman lauréat est disponible en librairie, ISBN {isbn}. Votre commande {order} part demain.",
            "Supervision : alerte CPU sur les hôtes du réseau {cidr4} ({cidr6}), agent en version {version}, port {port}.",
            "Kylian Mbappé et Antoine Griezmann étaient titulaires au Stade de France le {date} ; Didier Deschamps a salué leur entente.",
            "Facture {invoice} du {date}\nMontant TTC : {amount} €\nRéférence commande : {order}",
            "Paramètres de sécurité : hachage des mots de passe en {hashalgo}, empreinte du paquet {sha}.",
            "Rejet de prélèvement : la référence {badref} n'a pas passé le contrôle de clé. Dossier {uuid}.",
            "Vol AF0084 à destination de {namecity} : embarquement à {time}, porte K45.",
            "Lycée Marie-Curie et collège Jules-Ferry : rentrée le {date}, listes de fournitures sur l'ENT.",
            "Paie clôturée le {date} : 318 bulletins, lot {uuid}, masse salariale {amount} €.",
        ],
    },
    "es": {
        "pii": [
            # viajes, hoteles, alquiler
            "PARTE DE ENTRADA DE VIAJEROS\nNº de documento: {passport}\nTipo de documento: pasaporte\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nFecha de entrada: {date}\nFirma del viajero: sí",
            "Contrato de alquiler nº {order}\nConductor principal: {title_name}\nFecha de nacimiento: {dob}\nFianza bloqueada en la tarjeta {card}\nDevolución: {date}, oficina del aeropuerto de Málaga",
            "[10:14] Agencia: Hola {first}! Para emitir los billetes a Cancún necesito el número de pasaporte y la fecha de nacimiento\n[10:20] Cliente: pasaporte {passport}, nací el {dob}\n[10:21] Agencia: perfecto, te mando el bono por correo en un rato",
            "HOJA DE RECLAMACIÓN\nReclamante: {person}\n{nid}\nDomicilio: {address}\nTeléfono: {phone}\nHechos: el vuelo IB3166 del {date} salió con seis horas de retraso y no se nos ofreció manutención.",
            # logística, aduanas
            "DUA de importación – envío de particular\nDestinatario: {person}\n{nid}\nDirección de entrega: {address}\nEnvío {tracking}, valor declarado {amount} €",
            "{first}, tu envío {tracking} no se ha podido entregar. Reprograma la entrega en la web o responde a este SMS. Aviso enviado al {phone}.",
            # telefonía, suministros, vivienda
            "Solicitud de portabilidad\nTitular: {person}\n{nid}\nNúmero a portar: {phone}\nCuenta de cargo: {iban}\nFecha prevista de cambio: {date}",
            "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nREUNIDOS\nDe una parte, {title_name}, mayor de edad, con {nid} y domicilio en {address}, en calidad de ARRENDADOR.\nDe otra parte, la mercantil {company}, en calidad de ARRENDATARIA.",
            "Factura de electricidad\nTitular del contrato: {person}\nDirección de suministro: {address}\nDomiciliación bancaria: {iban}\nImporte: {amount} €",
            # nóminas y RRHH
            "NÓMINA – periodo {date}\nTrabajador/a: {person}\n{nid}\nCategoría: oficial de 1ª\nLíquido a percibir: {amount} €\nTransferencia a {iban}",
            "Acta de la reunión de la comisión de igualdad ({date})\nAsisten: {person}, {title_name} y la delegada sindical.\nSe recoge la queja de una trabajadora: su supervisor utiliza a menudo el término «{biased}» delante de clientes. Se acuerda abrir expediente.",
            "Revisión de la oferta «Jefe/a de almacén»: en el segundo párrafo aparece «{biased}»; hay que cambiarlo según la guía de lenguaje inclusivo. Cualquier duda, escribid a {email}.",
            # sanidad, laboratorios, aseguradoras, farmacias
            "INFORME DE ALTA HOSPITALARIA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nServicio: Traumatología\nFecha de ingreso: {date}\nDiagnóstico principal: fractura de radio distal",
            "Resultados de analítica\nNº de historia: {mrn}\nPaciente: {title_name}\nF. nacimiento: {dob}\nHemoglobina: 13,8 g/dL (12,0–15,5)",
            "Solicitud de reembolso de gastos médicos\nAsegurado: {person}\nNº de póliza: {order}\nNº de historia clínica: {mrn}\nAbonar en la cuenta: {iban}\nCorreo de contacto: {email}",
            "Farmacia: su medicación está preparada, {first}. Ref. paciente {mrn}. Recuerde traer la tarjeta sanitaria.",
            # policía, juzgados, Hacienda
            "ATESTADO nº {order} – DENUNCIA\nDenunciante: {person}, con {nid}, domicilio en {address} y teléfono {phone}.\nManifiesta que el día {date} le sustrajeron el pasaporte número {passport} en la estación de Atocha.",
            "JUZGADO DE PRIMERA INSTANCIA Nº 4 DE VALENCIA\nProcedimiento ordinario {order}/2025\nDemandante: {person}\nDemandada: {company}\nSe señala la audiencia previa para el {date}.",
            "Agencia Tributaria – Requerimiento\nContribuyente: {title_name}\n{nid}\nDebe aportar los justificantes de la deducción por alquiler antes del {date}.",
            # prensa
            "NOTA DE PRENSA\n{company} inaugura su nuevo centro logístico en Zaragoza\nLa plataforma dará empleo a 300 personas antes del {date}.\n\nContacto de prensa: {person} · {phone} · {email}",
            "Nota para la redacción (no publicar): la fuente del reportaje sobre el hospital es {person}. Solo contactar por Signal al {phone}.",
            # exportaciones, registros, configuración
            "INSERT INTO clientes (nombre, email, fecha_nac, ip_alta) VALUES ('{person}', '{email}', '{dob}', '{ip}');",
            "{ip} - - [{date}:{time} +0100] \"POST /api/v1/login HTTP/1.1\" 401 312 \"-\" \"okhttp/4.9.3\"",
            "Incidencia {ticket}: credenciales expuestas en un repositorio público. Contenido del fichero .env:\n{secret}\nResponsable del repositorio: {email}",
            "[Slack #comunicacion] ojo, que el borrador de la nota de prensa sigue mencionando {policy} en el tercer párrafo; legal dice que eso no puede salir fuera. ¿Lo quitas tú, {first}?",
            "{\"titular\": \"{person}\", \"tarjeta\": \"{card}\", \"caducidad\": \"08/28\", \"ip_cliente\": \"{ip}\"}",
        ],
        "clean": [
            "El presidente del Gobierno, Pedro Sánchez, inauguró el {date} la nueva terminal del aeropuerto Adolfo Suárez Madrid-Barajas.",
            "Corte de tráfico en la calle de Alcalá y en la avenida de Pablo Neruda desde el {date}. Expediente {ticket}.",
            "Albarán {invoice}\nEnvío: {tracking}\n6 uds. {product} – EAN {ean}\nDestino: almacén de {city}",
            "El Hospital General Universitario Gregorio Marañón abre una unidad de ictus; licitación {invoice}, plazo hasta el {date}.",
            "Premio Cervantes: la obra de Luis Mateo Díez, ISBN {isbn}, ya está disponible. Pedido {order} en preparación.",
            "Rafa Nadal y Carlos Alcaraz jugarán la exhibición benéfica del {date} en la Caja Mágica.",
            "Alerta: latencia alta en la red {cidr6} y en {cidr4} desde las {time}; versión del balanceador {version}.",
            "Factura {invoice}\nFecha: {date}\nImporte total: {amount} €\nPedido: {order}",
            "Devolución: la referencia {badref} no supera la validación del dígito de control. Operación {uuid}.",
            "Configuración: hash de contraseñas {hashalgo}, versión {version}, commit {sha}, puerto {port}.",
            "Vuelo IB6251 con destino {namecity}: embarque a las {time}, puerta S28.",
            "El Museo del Prado presenta «Goya y Velázquez» del {date} al {date}; entradas a la venta con el código {order}.",
        ],
    },
    "nl": {
        "pii": [
            # reizen, hotels, autoverhuur
            "Nachtregister – {company}\nNaam gast: {person}\nGeboortedatum: {dob}\nNationaliteit: Belgische\nPaspoortnummer: {passport}\nAankomst: {date}, kamer 17",
            "Huurovereenkomst {order} – vestiging Eindhoven Airport\nBestuurder: {title_name}\nGeboortedatum: {dob} (geen jonge-bestuurderstoeslag)\nBorg geblokkeerd op creditcard {card}",
            "Hoi {first},\n\nVoor je ESTA heb ik nog je paspoortnummer nodig. Op de scan lees ik {passport}, klopt dat? Dan dien ik de aanvraag vandaag nog in.\n\nGroetjes,\n{person}\n{company}",
            "Betreft: claim vertraging vlucht KL1002 van {date}\n\nGeachte heer/mevrouw,\n\nOndergetekende, {person}, verzoekt om compensatie op grond van EU-verordening 261/2004. Mijn rekeningnummer is {iban}; ik ben bereikbaar op {phone}.\n\nMet vriendelijke groet",
            # logistiek, douane
            "Douane-aangifte postzending {tracking}\nGeadresseerde: {person}\n{address}\nE-mail: {email}\nOmschrijving: kleding, waarde {amount} EUR",
            "Klantenservice: Hoi! Waar mogen we pakket {tracking} morgen bezorgen?\nKlant: bij de buren graag, {address}\nKlantenservice: Genoteerd. Je krijgt een sms op {phone} zodra de bezorger onderweg is.",
            # telecom, energie, wonen
            "Bevestiging nummerbehoud\nAbonnee: {title_name}\nOver te zetten nummer: {phone}\nAutomatische incasso van {iban}\nKlantnummer {order}",
            "Inschrijving woningzoekende\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nHuidig adres: {address}\nInschrijfdatum: {date}",
            "Jaarafrekening energie\nKlant: {person}\nLeveringsadres: {address}\nU ontvangt {amount} EUR terug op rekening {iban}.",
            # salaris en HR
            "LOONSTROOK {date}\nWerknemer: {person}\nPersoneelsnr. {order}\n{nid}\nLoonheffingskorting: ja\nNetto uit te betalen: {amount}\nRekening: {iban}",
            "Gespreksverslag {date}\nAanwezig: {title_name} (HR), {person} (medewerker), de vertrouwenspersoon\nDe medewerker geeft aan dat de teamleider tijdens het werkoverleg herhaaldelijk het woord '{biased}' gebruikt. Afgesproken: vervolggesprek over twee weken.",
            "Klacht klantenservice: een medewerker van de helpdesk gebruikte in een chatgesprek het woord '{biased}' tegen de klant. Klant: {person}, bereikbaar via {email}. Graag reactie binnen 5 werkdagen.",
            # zorg, laboratorium, verzekeraar, apotheek
            "Ontslagbrief\nPatiënt: {person}, geb. {dob}\nPatiëntnummer: {mrn}\nOpname: {date}, afdeling Cardiologie\nBeleid: controle op de polikliniek over zes weken.",
            "Uitslag laboratorium – patiëntnummer {mrn}\n{title_name}, geboren {dob}\nHb 8,4 mmol/L; CRP < 5 mg/L\nDe uitslag staat ook in het patiëntportaal.",
            "Declaratie zorgkosten\nVerzekerde: {person}\nRelatienummer: {order}\nZiekenhuisnummer: {mrn}\nUitbetalen op: {iban}",
            "Apotheek: uw herhaalrecept ligt klaar, {first}. Patiënt-ID {mrn}. Vragen? Beantwoord dit bericht.",
            # politie, rechtbank, Belastingdienst
            "PROCES-VERBAAL VAN AANGIFTE\nAangever: {person}\nWoonadres: {address}\nTelefoon: {phone}\nVerklaring: Op {date} is mijn paspoort, nummer {passport}, uit mijn auto gestolen op het parkeerterrein bij station Utrecht Centraal.",
            "RECHTBANK AMSTERDAM\nzaaknummer C/13/{order}\nvonnis in de zaak van\n{person},\nwonende te {address},\neiser,\ntegen\n{company},\ngedaagde.",
            "Belastingdienst – voorlopige aanslag inkomstenbelasting\n{title_name}\n{nid}\nTe betalen vóór {date}: {amount} EUR",
            # pers
            "PERSBERICHT\n{company} opent distributiecentrum in Venlo\nHet centrum biedt vanaf {date} werk aan 250 mensen.\n\nNoot voor de redactie: voor meer informatie kunt u contact opnemen met {person}, {phone}, {email}.",
            "Redactienotitie: bron van het verhaal over de gemeente is {person}. Niet bij naam noemen; alleen bellen via Signal op {phone}.",
            # exports, logs, configuratie
            "{\"klant\": \"{person}\", \"email\": \"{email}\", \"geboortedatum\": \"{dob}\", \"laatste_ip\": \"{ip}\", \"kaart\": \"{card}\"}",
            "{date} {time} WARN login geblokkeerd na 5 pogingen: gebruiker={email} ip={ip}",
            "[Teams] per ongeluk in het projectkanaal geplakt, graag meteen intrekken en roteren:\n{secret}\n(gemeld door {first})",
            "Notulen MT-overleg {date}\nAgendapunt 4: {policy}\nAfspraak: dit onderwerp wordt niet buiten het MT besproken; de notulen gaan alleen naar {email}.",
        ],
        "clean": [
            "Koning Willem-Alexander opende op {date} het nieuwe terminalgebouw van Schiphol.",
            "Wegwerkzaamheden op de Johan Cruijff Boulevard en het Museumplein tot en met {date}; omleiding via de A10. Kenmerk {ticket}.",
            "Pakbon {invoice}\nZending {tracking}\n3x {product} – EAN {ean}\nMagazijn: {city}",
            "Het Antoni van Leeuwenhoek opent een nieuwe afdeling voor immunotherapie; aanbesteding {invoice}, inschrijven tot {date}.",
            "Max Verstappen won op {date} de Grand Prix van Zandvoort voor een uitverkochte tribune.",
            "'Het Achterhuis' van Anne Frank, paperback, ISBN {isbn}. Uw bestelling {order} wordt morgen verzonden.",
            "Storing: verhoogde latency in {cidr4} en {cidr6} sinds {time}; monitoring-agent versie {version}.",
            "Factuur {invoice}\nFactuurdatum: {date}\nTotaal: {amount} EUR\nBestelnummer: {order}",
            "Incasso geweigerd: referentie {badref} is ongeldig (controlecijfer klopt niet). Dossier {uuid}.",
            "Configuratie: wachtwoorden gehasht met {hashalgo}; release {version}; commit {sha}; poort {port}.",
            "Vlucht HV5133 naar {namecity}: boarding om {time}, gate D7.",
            "Het Rijksmuseum toont 'De Nachtwacht' van Rembrandt weer vanaf {date}; tickets via {company}.",
        ],
    },
}

# CANYON: written on 2026-12-02 by a helper engineer (worktree i14ca) who never saw the detection
# rules, the other banks' texts, docs/guard.md or any detector's output; committed alone before any
# detector ran on it. An honest test set: never to be tuned on. Themes: real estate and property
# management, car dealers and repair shops, veterinary and dental practices, charities and
# donations, event ticketing and conferences, recruitment and CVs, elder care and social services,
# mortgage brokers, crypto/fintech onboarding (KYC), moving companies, funeral homes and parish
# registers, online marketplaces and their support chats.
CANYON: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # real estate and property management
            "RENTAL APPLICATION - property ref. LET-{order}\nApplicant: {person}\nDate of birth: {dob}\nCurrent address: {address}\nMobile: {phone}\nEmail: {email}\nEmployer: {company} (permanent, 3 yrs)\nRight to rent: passport {passport} seen and copied by {first} (lettings)",
            "[{time}] Tenant (Flat 3): hi, the boiler's leaking again, there's water all over the kitchen floor\n[{time}] {first} @ {company} Lettings: Sorry to hear that! Can the engineer call you on {phone} to arrange access tomorrow morning?\n[{time}] Tenant (Flat 3): yes that's fine, or just text",
            "Dear {title_name},\n\nFurther to the check-out inspection on {date}, we propose the following deductions from your deposit: professional carpet clean (£180) and replacement of the hallway blind (£45). The balance will be returned to the account you gave us, {iban}, within 10 working days of your agreement.\n\nKind regards,\n{person}\nProperty Manager, {company}",
            "Reminder to all negotiators: please stop describing homes or applicants as \"{policy}\" in listings, emails and viewing notes. It breaches our advertising standards and the portals will pull the ad. {person} in Compliance will spot-check live listings this month.",
            "Smart lock provider - admin access for all managed blocks\nAccount owner: {email}\n{secret}\nDo NOT give this to contractors. They get one-time entry codes through the app.",
            # car dealers and repair shops
            "FINANCE PROPOSAL - {brand}, stock no. {order}\nCustomer: {title_name}\nD.O.B.: {dob}\nTime at address: 4 yrs 2 mths\nAddress: {address}\nDeposit taken on card: {card}\nSalesperson: {first}",
            "JOB CARD {invoice}\nVehicle: 2017 {brand}, 84,211 miles\nCustomer: {person}   Tel: {phone}\nWork: front pads & discs, MOT retest\nNotes: customer collecting after 5pm, keys at reception. Extra work authorised by phone by {first}.",
            "COURTESY CAR AGREEMENT\nDriver: {person}\nDOB: {dob}\nDriving licence checked online (share code received)\nPassport (non-UK licence holders): {passport}\nVehicle: {brand} - fuel level 1/2\nExcess: £500 pre-authorised on {card}",
            "Staff note: the word \"{policy}\" must not appear in any vehicle advert. {first}, please amend stock {order} before tonight's feed goes to the portals.",
            # veterinary and dental practices
            "Hi {first}, this is {namecity} Veterinary Centre. Bella is due her annual booster and kennel cough vaccine. Reply YES to book the slot we've held on {date}, or call reception. If you've moved recently, let us know so her microchip record stays up to date.",
            "Client: {person} | Tel {phone}\nPatient: \"Biscuit\", DSH cat, MN, 6y\nHx: vomiting x3 days, inappetent\nPlan: in-house bloods, IV fluids, recheck 48h\nEstimate signed by owner; deposit taken.",
            "Patient: {title_name}   DOB {dob}   NHS no. {nhs}\nCourse of treatment: Band 2 - composite fillings LR6, LR7; scale & polish\nExemption claimed: maternity certificate (seen)\nNext appointment: {date} with the hygienist",
            "Referral to Oral & Maxillofacial Surgery, {namecity} General Hospital\nRe: {person}, DOB {dob}, Hospital no. {mrn}\nReason: impacted lower left third molar, recurrent pericoronitis. Patient is very anxious and would like to discuss IV sedation.\nReferring practice: {company} Dental Care",
            "{first}, your appointment at {company} Dental is at 9:40 on {date}. Reply C to cancel. Please arrive 10 minutes early to update your medical history.",
            # charities and donations
            "Gift Aid declaration\nTitle and surname: {title_name}\nHome address: {address}\nI want to Gift Aid my donation of £25 and any donations I make in the future or have made in the past 4 years to {company} Trust. I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed, it is my responsibility to pay the difference.\nSigned: {person}   Date: {date}",
            "donor_id,full_name,email,region,monthly_gift,gift_aid,first_gift\nD{order},{person},{email},North West,10.00,Y,{date}\nD{order},{person},{email},Scotland,5.00,N,{date}",
            "> We tried to collect your monthly gift of £12 on {date} but your bank returned it (reason: account closed).\n\nHi, sorry about that, I switched banks in the summer. New account is {iban}, same amount please.\nThanks, {person}",
            # event ticketing and conferences
            "[{time}] Customer: checkout keeps failing, tried twice now. card is {card} exp 09/27 can you just put it through manually?\n[{time}] Agent {first}: Please don't share card numbers in chat, I've removed it from our side. Could you try once more with the secure link I've just sent to {email}?",
            "badge_name,organisation,email,ticket_type,dietary\n\"{person}\",{company},{email},Speaker,vegetarian\n\"{person}\",{company},{email},Delegate,none",
            "LETTER OF INVITATION\n\nTo whom it may concern,\n\nThis letter confirms that {person}, born {dob}, passport number {passport}, is registered as a speaker at the {namecity} Summit on Applied Data Science on {date}. The organisers will cover the conference fee and three nights' accommodation; all other travel costs are the applicant's own.\n\nConference Secretariat, {company}",
            "fraud_check order={order} qty=8 email={email} ip={ip} bin_country=mismatch velocity=high decision=manual_review",
            "For refunds on the cancelled Friday night, please email {role_email} with your order number rather than calling the box office. Thanks for your patience.\n\n{person}\nHead of Ticketing",
            # recruitment agencies and CVs
            "CURRICULUM VITAE\n\n{person}\n{address}\n{phone} | {email}\n\nPROFILE\nChartered accountant with eight years in audit and advisory, most recently at {company}, leading a team of five on listed clients.",
            "Candidate: {person}\nSource: LinkedIn InMail\nRole: Senior Payroll Administrator ({ticket})\nNotice: 1 month\nRight to work: British passport {passport}, expires {date}\nConsultant notes: strong on Sage, wants hybrid. Client's feedback after first interview called her \"{biased}\" - raised with the client, not passed on to the candidate.",
            "Hi {first}, before this advert goes live can you change \"{biased}\" in the second paragraph? We keep our ads inclusive and the compliance check flagged it. Everything else is good to go. Thanks!",
            "New starter form - temp assignment\nName: {person}\n{nid}\nDate of birth: {dob}\nEmergency contact: {first} (partner) {phone}",
            # elder care and social services
            "CARE PLAN SUMMARY\nService user: {title_name} (prefers to be called {first})\nDOB: {dob}   NHS number: {nhs}\nNext of kin: {person} (daughter), {phone}\nKey safe code held by the office only. Two calls daily: medication prompt 08:30, tea call 17:00.",
            "Adult Social Care - safeguarding concern\nReferrer: district nurse\nAdult at risk: {person}, {dob}\nAddress: {address}\nConcern: a neighbour reports that the lodger has been using the client's bank card to withdraw cash. Client confirms card {card} was 'borrowed'. Bank notified {date}.",
            "02:10 | Room 12 | Resident {person} (hospital no. {mrn}) found on floor beside bed. No visible injury, obs within normal range. Night senior informed; family called at 07:30 as per their wishes.",
            # mortgage brokers
            "MORTGAGE FACT FIND\nApplicant 1: {person}, DOB {dob}, {nid}\nApplicant 2: {person}, DOB {dob}\nCorrespondence address: {address}\nDeposit: £45,000 (£10,000 gifted by parents - gift letter needed)\nLoan: £260,000 over 30 yrs, 5-yr fix\nAdviser: {first}",
            "Hi {first},\n\nGood news - the lender has issued your mortgage offer (case {order}). Before we hand over to your solicitor, please send a certified copy of your passport (the one on file, {passport}, expires next month) and your last three payslips.\n\nBest,\n{person}\nMortgage & Protection Adviser",
            # crypto and fintech onboarding (KYC)
            "KYC review - account {uuid}\nName (as on ID): {person}\nDOB: {dob}\nDocument: passport no. {passport}, issuing country matches residency\nLiveness: pass (0.97)\nIP at onboarding: {ip}\nOutcome: approved, tier 2 limits",
            "Hey support, our integration has been throwing 401s since this morning. Here's our config in case it helps:\n\n{secret}\n\nMerchant id {order}, you can reach me at {email}. Thanks",
            "{\"applicant\": {\"given_name\": \"{first}\", \"full_name\": \"{person}\", \"date_of_birth\": \"{dob}\", \"address\": \"{address}\", \"phone\": \"{phone}\"}, \"screening\": {\"pep\": false, \"sanctions_hit\": false}, \"device_ip\": \"{ip}\"}",
            # moving companies
            "REMOVALS QUOTE {invoice}\nCustomer: {title_name}\nCollecting from: {address}\nDelivering to: {address}\nMove date: {date} (3 men, 7.5t lorry)\nPacking service: kitchen and books\nContact on the day: {phone}",
            "> On {date}, {person} <{email}> wrote:\n> The movers dropped the mirror from our hallway and it's cracked right across, photos attached.\n\nDear customer, thank you for the photos. Please complete the claim form below and our assessor will contact you within five working days.\n\nClaims Department, {company} Removals",
            # funeral homes and parish registers
            "FUNERAL ARRANGEMENT - CONFIDENTIAL\nDeceased: {person}\nDate of birth: {dob}\nDate of death: {date}\nLast address: {address}\nApplicant: {person} (son), tel. {phone}\nService: cremation, {namecity} Crematorium, 45 min chapel slot\nOfficiant: humanist celebrant",
            "Entry no. 214 | Child: {person} | Born: {dob} | Parents: {first} and {person} | Abode: {address} | Father's occupation: joiner | Baptised by: the Vicar",
            # online marketplaces and support chats
            "Buyer: hi is the pram still available?\nSeller: yes still available\nBuyer: great, my courier will collect, I'll pay now. What's your email and number?\nSeller: {email}, and text me on {phone}. Collection only though",
            "2025-06-02T11:42:09Z listing={order} action=removed reason=prohibited_term term=\"{policy}\" seller_ip={ip} reviewer={first}",
            "Subject: Payout not received - shop {company}\n\nHello,\n\nMy payout of EUR {amount} from {date} still hasn't arrived. The IBAN on my account is {iban} and it's correct. Please look into it asap, I have rent due.\n\n{person}",
        ],
        "clean": [
            "FOR SALE - {namecity} Road: three-bed semi close to the Winston Churchill Academy. Guide price £385,000. EPC rating C. Viewings strictly by appointment through {company}. Listing ref {order}.",
            "Used {brand}, stock {order}: 2019, 41,000 miles, full service history, HPI clear. Price includes 12 months' warranty and a fresh MOT. Representative APR 9.9%.",
            "INVOICE {invoice}\nParts: brake pads (EAN {ean}) x1, disc set x2\nLabour: 2.0 h\nMileage at service: 62,117\nNext service due: {date}\nPaid with thanks.",
            "Our Abbey Road surgery is closed on {date} for staff training. Emergency cover that day is provided by {company} Animal Hospital.",
            "The Diana Award and {company} are delighted to announce this year's Florence Nightingale bursaries. Applications close {date}. Registered charity no. 1117288.",
            "Line-up announced: Ed Sheeran headlines Saturday, with Stormzy and Florence + the Machine on the main stage. General sale opens at {time} on {date}. Your order reference will look like {order}.",
            "09:00 Welcome and keynote: Sir Tim Berners-Lee\n10:15 Panel: open data in local government, chaired by the Mayor of {namecity}\n12:00 Lunch in the Ada Lovelace Room\nDemo stage network {cidr4}, port {port} open for speakers.",
            "Graduate Software Engineer - {company}, {city}\nWork on our {version} platform with a mentor from day one. Salary £32,000 + bonus. Apply by {date} quoting {ticket}.",
            "The Alan Turing Wing at {namecity} House has reopened after refurbishment. Visiting hours 10:00-20:00. The home was rated Good at its last inspection on {date}.",
            "Representative example: borrowing £200,000 over 25 years at an initial rate of 4.29% fixed until {date}, then 7.49% variable. Overall cost for comparison 6.8% APRC. Your home may be repossessed if you do not keep up repayments on your mortgage.",
            "Release {version}: bank details are now validated client-side; payouts to IBANs that fail the check, such as {badref}, are rejected with error E-409. Build {sha}.",
            "Tracking for your packing materials: {tracking}. Boxes (EAN {ean}) arrive flat-packed; the tape is in the blue bag.",
            "Parish history: St Thomas's was rebuilt in 1872 to designs by George Gilbert Scott, and Charles Dickens is said to have attended a service here. Registers from 1538 to 1900 are held at the county record office (ref. {order}).",
            "Hi there, thanks for contacting {company} support. The refund for order {order} has been processed and should appear within 3-5 working days. Return tracking: {tracking}. Ticket {ticket} is now closed.",
            "2026-01-14T08:12:55Z svc=ticketing-api version={version} GET /orders/{uuid} status=200 latency_ms=41 upstream={cidr6}",
            "Recall notice {ticket}: {brand} models built between {date} and {date} may have a faulty seat-belt pretensioner. Any dealer will check and repair free of charge.",
            "Recommended reading for new negotiators: 'Property Law Handbook' (ISBN {isbn}) and Kirstie Allsopp's guide to buying at auction.",
            "Sandbox test card for the staging checkout: {badref}. It is always declined; never use it in production.",
            "Thank you to everyone who ran the London Marathon for us - together you raised £48,210! Special thanks to Paula Radcliffe for starting our fun run. Donation batch {invoice} has been reconciled.",
        ],
    },
    "de": {
        "pii": [
            # Immobilien und Hausverwaltung
            "Mieterselbstauskunft (Objekt-Nr. {order})\nName, Vorname: {person}\nGeburtsdatum: {dob}\nDerzeitige Anschrift: {address}\nTelefon: {phone}\nE-Mail: {email}\nArbeitgeber: {company}, unbefristet seit 2019\nNettoeinkommen: {amount} €\nMietschulden/Räumungsklagen: keine",
            "Sehr geehrte/r {title_name},\n\nwie angekündigt findet am {date} die Ablesung der Heizkostenverteiler statt. Sollten Sie verhindert sein, teilen Sie uns bitte bis Freitag einen Ersatztermin mit.\n\nMit freundlichen Grüßen\n{person}\nHausverwaltung {company}",
            "Kautionsabrechnung Whg. 3. OG links\nMieter: {person}\nKaution inkl. Zinsen: {amount} €\nabzgl. Nachzahlung Betriebskosten 2024\nAuszahlung auf: {iban}\nBearbeitet: {first}, {date}",
            # Autohaus und Werkstatt
            "Verbindliche Bestellung eines Gebrauchtfahrzeugs\nKäufer: {person}, geb. {dob}\nAnschrift: {address}\nFahrzeug: {brand}, Kom.-Nr. {order}\nAusweis geprüft: Reisepass {passport}\nAnzahlung per Kreditkarte: {card}",
            "[{time}] Autohaus {company}: Hallo {first}, Ihr Wagen ist fertig, HU neu. Abholung heute bis 18 Uhr möglich.\n[{time}] Kunde: Danke! Kann meine Frau ihn holen? Sie ist unter {phone} erreichbar.",
            "Hinweis an alle Verkäufer: Der Begriff „{policy}“ hat in unseren Fahrzeuginseraten nichts zu suchen. Bitte bis Freitag alle Anzeigen prüfen.\n– {person}, Verkaufsleitung",
            # Tierarzt und Zahnarzt
            "Hallo {first}, Ihr Kater Moritz ist wieder zur Impfung fällig (Katzenschnupfen/Katzenseuche). Bitte vereinbaren Sie einen Termin in unserer Praxis am {namecity}platz. Ihre Tierarztpraxis",
            "Heil- und Kostenplan – Zahnersatz\nPatient: {person}   geb. {dob}\nPatienten-Nr.: {mrn}\nBefund: 36 k, 37 f – Brücke 35–37 geplant\nBonusheft: 10 Jahre lückenlos\nEigenanteil voraussichtlich {amount} €",
            "Entlassungsbrief\nPatientin: {title_name}, geb. am {dob}, Fall-Nr. {mrn}\nDiagnosen: mediale Schenkelhalsfraktur rechts, versorgt mit Duokopfprothese\nWeiterbehandlung: Kurzzeitpflege im Seniorenzentrum {namecity}, Mobilisation unter Vollbelastung",
            # Spenden
            "Bestätigung über Geldzuwendungen im Sinne des § 10b EStG\nName und Anschrift des Zuwendenden: {person}, {address}\nBetrag der Zuwendung: {amount} €\nTag der Zuwendung: {date}\nEs handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.",
            "Mandatsreferenz;Name;IBAN;Betrag;Intervall\nSP-{order};{person};{iban};{amount};monatlich\nSP-{order};{person};{iban};{amount};jährlich",
            # Tickets und Tagungen
            "Einladungsschreiben zur Vorlage bei der Botschaft\n\nHiermit bestätigen wir, dass {person} (geb. {dob}, Reisepass-Nr. {passport}) als Referentin an der Fachtagung „Digitale Verwaltung“ am {date} in {city} teilnimmt. Die Kosten für Unterkunft trägt der Veranstalter.",
            "Hallo, ich habe zwei Tickets für das Konzert bestellt (Bestellnr. {order}), aber keine Bestätigung bekommen. Meine Mailadresse ist {email}, bezahlt habe ich mit der Kreditkarte {card}. Könnt ihr mal nachsehen?\nGruß {first}",
            # Personalberatung und Lebenslauf
            "LEBENSLAUF\n\nPersönliche Daten\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nTelefon: {phone}\nE-Mail: {email}\n\nBerufserfahrung\nseit 2021  Sachbearbeiterin Personal, {company}",
            "Gesprächsnotiz Kandidatin {person} (Pos. {ticket})\nEindruck: fachlich stark, SAP HCM sicher, Kündigungsfrist 3 Monate.\nAchtung: Kunde schrieb in seiner Rückmeldung „{biased}“ – so nicht an die Kandidatin weitergeben, AGG beachten!",
            "Personalfragebogen (Einsatz über Zeitarbeit)\nName: {person}\nGeburtsdatum: {dob}\n{nid}\nKrankenkasse: TK\nBankverbindung: {iban}",
            # Pflege und Soziales
            "Pflegedokumentation – ambulanter Pflegedienst\nKlient: {title_name}, Pflegegrad 3\nGeburtsdatum: {dob}\nAngehörige: {person} (Tochter), Tel. {phone}\nHausarzt über Sturz am {date} informiert; Schlüssel im Schlüsseltresor.",
            "Antrag auf Grundsicherung im Alter und bei Erwerbsminderung\nAntragsteller: {person}\n{nid}\nWohnanschrift: {address}\nKontoverbindung für Zahlungen: {iban}",
            # Baufinanzierung
            "Selbstauskunft Baufinanzierung\nDarlehensnehmer 1: {person}, geb. {dob}\n{nid}\nBeruf: Beamter (A 11)\nEigenkapital: {amount} €\nIhr Berater: {person}",
            # KYC und Fintech
            "VideoIdent-Protokoll {uuid}\nName: {person}\nGeburtsdatum: {dob}\nAusweisart: Reisepass, Nr. {passport}\nIP-Adresse der Sitzung: {ip}\nErgebnis: erfolgreich",
            "Hallo zusammen, seit dem Update auf {version} kommt vom Webhook nur noch 401 zurück. Hier unsere Konfig aus der .env:\n\n{secret}\n\nViele Grüße aus {city}\n{person}",
            # Umzug
            "Umzugsauftrag Nr. {invoice}\nAuftraggeber: {title_name}\nBeladestelle: {address}\nEntladestelle: {address}\nTermin: {date}, Beginn 7:00 Uhr\nHalteverbotszone beantragt: ja\nRückrufnummer: {phone}",
            # Bestattung und Kirchenbuch
            "Auftrag Bestattung\nVerstorbene/r: {person}\ngeboren am: {dob}\nzuletzt wohnhaft: {address}\nAuftraggeber: {person} (Sohn), {phone}\nBestattungsart: Urnenbeisetzung im Friedwald",
            "Auszug aus dem Taufbuch der kath. Pfarrei St. Martin, {city}\nTäufling: {person}, geboren am {dob}\nEltern: {person} und {person}\nPate: {first}\nAusgestellt zur Vorlage beim Pfarramt.",
            # Kleinanzeigen
            "Käufer: Hallo, ist das Sofa noch da?\nVerkäufer: Ja, noch da.\nKäufer: Super, ich zahle per PayPal, schick mir bitte deine Mail.\nVerkäufer: {email}. Abholung in {city}, meine Nummer: {phone}",
            "2025-05-19 14:02:11 anzeige={order} status=gesperrt grund=verbotener_begriff treffer=\"{policy}\" nutzer_ip={ip} bearbeiter={first}",
        ],
        "clean": [
            "Exposé: gepflegte 3-Zimmer-Wohnung in der Konrad-Adenauer-Straße, Nähe Goethe-Gymnasium. Kaltmiete {amount} €, Objekt-Nr. {order}, Energieausweis liegt vor. Besichtigung nach Vereinbarung über {company}.",
            "Rechnung {invoice}\nInspektion nach Herstellervorgabe, {brand}\nÖlfilter EAN {ean}\nNächste HU: {date}\nZahlbar ohne Abzug innerhalb von 14 Tagen.",
            "Die Tierarztpraxis im Albert-Schweitzer-Haus bleibt am {date} geschlossen. Den Notdienst übernimmt die Tierklinik {city}.",
            "Danke an alle, die beim Spendenlauf mitgemacht haben! Schirmherr war in diesem Jahr Bundespräsident Frank-Walter Steinmeier. Sammelbuchung {invoice} ist erledigt.",
            "Helene Fischer live in der {namecity}-Arena: Vorverkauf ab {date}, {time} Uhr. Maximal 4 Tickets pro Bestellung.",
            "Stellenanzeige: Sachbearbeiter (m/w/d) Entgeltabrechnung bei {company} in {city}. Kennziffer {ticket}, Bewerbungsschluss {date}.",
            "Das Seniorenzentrum Hildegard von Bingen lädt am {date} zum Sommerfest ein. Es spielt das Blasorchester {city}.",
            "Beispielrechnung Baufinanzierung: Darlehen {amount} €, Sollzins 3,45 % gebunden bis {date}, effektiver Jahreszins 3,51 %. Angebot von {company}.",
            "Changelog {version}: das KYC-Modul prüft IBAN-Prüfziffern jetzt lokal; ungültige Werte wie {badref} werden abgelehnt. Commit {sha}, ausgerollt im Netz {cidr4}.",
            "Sendungsverfolgung Umzugskartons: {tracking}. Voraussichtliche Zustellung {date}.",
            "Aus der Pfarrchronik: Die Orgel von St. Bonifatius baute 1905 die Firma Walcker; zum Jubiläumskonzert am {date} erklingen Werke von Johann Sebastian Bach. Die Kirchenbücher 1650–1875 liegen im Bistumsarchiv (Signatur {order}).",
            "2025-11-03T09:14:22Z svc=anzeigen-api version={version} GET /anzeigen/{uuid} 200 upstream={cidr6} port={port}",
        ],
    },
    "fr": {
        "pii": [
            # immobilier et gestion locative
            "Dossier locataire – T3, réf. {order}\nNom et prénom : {person}\nDate de naissance : {dob}\nAdresse actuelle : {address}\nTél. : {phone}\nCourriel : {email}\nSituation : CDI chez {company} depuis 2020\nGarant : Visale",
            "Bonjour {title_name},\n\nSuite à l'état des lieux de sortie du {date}, nous vous restituerons votre dépôt de garantie, déduction faite du remplacement du store de la cuisine. Le virement sera effectué sur le compte {iban} sous un mois.\n\nCordialement,\n{person}\nGestion locative – {company}",
            "Note interne : ne plus utiliser l'expression « {policy} » dans nos annonces ni dans nos échanges avec les candidats locataires. Merci.\n{person}, direction d'agence",
            # garages et concessions
            "ORDRE DE RÉPARATION n° {invoice}\nClient : {title_name}\nTél. : {phone}\nVéhicule : {brand}, 98 450 km\nTravaux : vidange + plaquettes AV, contre-visite CT\nBon pour accord, signé {first} le {date}",
            "Bon de commande véhicule d'occasion\nAcquéreur : {person}, né(e) le {dob}\nDomicile : {address}\nPièce d'identité : passeport n° {passport}\nAcompte réglé par carte {card}\nVendeur : {first}",
            # vétérinaires et dentistes
            "Clinique vétérinaire du {namecity} : Bonjour {first}, le rappel de vaccin de Caramel est à prévoir avant le {date}. Prenez rendez-vous en ligne ou à l'accueil.",
            "Devis – traitement prothétique\nPatient : {person}\nNé(e) le : {dob}\nN° de dossier : {mrn}\nActe : couronne céramo-métallique sur 46\nHonoraires : {amount} €, dont base de remboursement 120 €",
            "Compte rendu d'hospitalisation\nPatiente : {person}, née le {dob}, IPP {mrn}\nMotif : chute au domicile, fracture du poignet droit\nSortie vers l'EHPAD le {date}, kinésithérapie trois fois par semaine.",
            # dons et associations
            "Reçu au titre des dons à certains organismes d'intérêt général (articles 200 et 238 bis du CGI)\nDonateur : {person}\nAdresse : {address}\nSomme de : {amount} €\nDate du versement : {date}\nMode de versement : prélèvement",
            "Mandat de prélèvement SEPA – Association {company}\nNom du débiteur : {person}\nIBAN : {iban}\nRUM : {order}\nFait à {city}, le {date}",
            # billetterie et colloques
            "[{time}] Client : bonjour, j'ai été débité deux fois pour le concert, commande {order}\n[{time}] Conseillère {first} : Bonjour ! Pouvez-vous me confirmer l'adresse e-mail utilisée ?\n[{time}] Client : {email}, et la carte c'est la {card}",
            "Attestation d'invitation\n\nLe comité d'organisation du colloque international « Villes et transitions » ({date}, {city}) atteste que {person}, titulaire du passeport n° {passport}, né(e) le {dob}, est invité(e) en qualité d'intervenant(e).",
            # recrutement et CV
            "CURRICULUM VITAE\n{person}\n{address}\n{phone} – {email}\nPermis B, véhiculée\n\nEXPÉRIENCE\n2019 – aujourd'hui : chargée de recrutement, {company}",
            "Compte rendu d'entretien – {person}\nPoste : responsable paie (réf. {ticket})\nPoints forts : maîtrise de Silae, management d'équipe\nRetour client : le manager a écrit « {biased} » dans son mail ; propos non transmis à la candidate, signalé à la direction.",
            "Fiche d'inscription intérimaire\nNom : {person}\nDate de naissance : {dob}\n{nid}\nPasseport / titre de séjour : {passport}\nRIB : {iban}",
            # aide sociale et EHPAD
            "Demande d'allocation personnalisée d'autonomie (APA)\nDemandeur : {title_name}\nDate de naissance : {dob}\n{nid}\nAdresse : {address}\nPersonne à prévenir : {person} (fille), {phone}",
            "Transmissions ciblées – nuit du {date}\nRésident : {person}, chambre 112\nCible : agitation nocturne\nDonnées : levé à 3 h, désorienté\nActions : réassurance, appel de l'infirmière d'astreinte\nRésultat : rendormi à 4 h 15",
            # courtier
            "Bonjour {first},\n\nVotre dossier de prêt (réf. {order}) est presque complet. Votre {nid} nous a bien été transmis pour l'assurance emprunteur ; il nous manque encore vos trois derniers bulletins de salaire.\n\nBien à vous,\n{person}\nCourtier en crédit immobilier",
            # KYC crypto / fintech
            "[KYC] dossier={uuid} nom=\"{person}\" naissance={dob} doc=passeport num={passport} ip={ip} statut=validé",
            "Salut l'équipe, les paiements échouent depuis la mise en prod de la {version}. Voici la config qu'on utilise :\n\n{secret}\n\nVous pouvez me joindre au {phone}. Merci !",
            # déménagement
            "Lettre de voiture – déménagement n° {invoice}\nClient : {title_name}\nAdresse de chargement : {address}\nAdresse de livraison : {address}\nDate : {date}\nVolume estimé : 32 m³, formule standard",
            # pompes funèbres et registres paroissiaux
            "Nous avons la tristesse de vous faire part du décès de {person}, survenu le {date} dans sa 85e année. La cérémonie religieuse sera célébrée en l'église Saint-Pierre de {city}. Ni fleurs ni couronnes.\nDe la part de {first} et de toute la famille.",
            "Extrait du registre des baptêmes – paroisse Notre-Dame de {city}\nActe n° 47 : a été baptisé(e) {person}, né(e) le {dob}, enfant de {person} et de {person}, domiciliés {address}.",
            # petites annonces
            "— Bonjour, votre vélo est toujours dispo ?\n— Oui toujours.\n— Je suis à l'étranger, je passe par un transporteur. Donnez-moi votre e-mail et votre numéro.\n— {email} / {phone}. Mais je préfère la remise en main propre.",
            "[modération] annonce {order} refusée : terme interdit « {policy} » dans le titre ; IP du vendeur {ip} ; traitée par {first}",
        ],
        "clean": [
            "À vendre : maison de ville rue Victor-Hugo, proche du lycée Jean-Jaurès. Prix : {amount} € FAI. Réf. annonce {order}. DPE : C. Agence {company}.",
            "Facture {invoice} – révision {brand}, filtre à huile EAN {ean}. Prochain contrôle technique avant le {date}.",
            "Merci à Omar Sy, parrain de l'opération, et à tous les donateurs ! Les reçus fiscaux sont envoyés automatiquement (lot {invoice}).",
            "Billetterie : Aya Nakamura au Stade de France, ouverture des ventes le {date} à {time}. Six billets maximum par commande.",
            "Programme du colloque : 9 h ouverture par la ministre de la Culture ; 10 h 30 table ronde, amphithéâtre Marie-Curie. Réseau Wi-Fi des intervenants : {cidr4}.",
            "Offre d'emploi : gestionnaire de paie (H/F), CDI, {company}, {city}. Réf. {ticket}. Candidatures avant le {date}.",
            "L'EHPAD Simone-Veil organise un après-midi dansant le {date}. Les familles sont les bienvenues.",
            "Exemple de crédit immobilier : {amount} € sur 20 ans, taux nominal 3,35 %, TAEG 3,87 %. Un crédit vous engage et doit être remboursé.",
            "Note de version {version} : la clé de contrôle de l'IBAN est vérifiée côté client ; les valeurs invalides comme {badref} sont rejetées. Empreinte {sha} ({hashalgo}).",
            "Suivi de votre commande de cartons : {tracking}. Livraison prévue le {date} en point relais.",
            "Histoire de la paroisse : Saint-Sulpice conserve ses registres depuis 1537, et Victor Hugo s'y est marié en 1822. Consultation aux Archives de Paris (cote {order}).",
            "2025-10-21T16:03:11Z api=annonces version={version} GET /annonces/{uuid} 200 src={cidr6}",
        ],
    },
    "es": {
        "pii": [
            # inmobiliarias y administración de fincas
            "Solicitud de alquiler – vivienda ref. {order}\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\n{nid}\nDomicilio actual: {address}\nTeléfono: {phone}\nCorreo: {email}\nSituación laboral: contrato indefinido en {company}",
            "Estimado/a {title_name}:\n\nLe confirmamos que, tras la revisión del piso el {date}, le devolveremos la fianza íntegra mediante transferencia a la cuenta {iban}.\n\nAtentamente,\n{person}\nAdministración de fincas {company}",
            "Recordatorio interno: queda prohibido usar «{policy}» en los anuncios de pisos y en los mensajes a los inquilinos. Lo revisará {person} en la auditoría de este mes.",
            # talleres y concesionarios
            "ORDEN DE REPARACIÓN {invoice}\nCliente: {person}\nTeléfono: {phone}\nVehículo: {brand}, 112.000 km\nTrabajos: cambio de embrague, pasar ITV\nPresupuesto aceptado por WhatsApp",
            "Contrato de compraventa de vehículo usado\nComprador: {person}, nacido el {dob}, con {nid}\nDomicilio: {address}\nSeñal abonada con tarjeta {card}\nVendedor: {first}, asesor comercial",
            # veterinarios y dentistas
            "Hola {first} 🐾 Te recordamos que Lola tiene cita para la vacuna de la rabia el {date} a las 10:30 en la Clínica Veterinaria {namecity}. Si no puedes venir, avísanos respondiendo a este mensaje.",
            "Ficha de paciente – clínica dental\nNombre: {person}\nF. nac.: {dob}\nNº historia clínica: {mrn}\nAlergias: penicilina\nTratamiento: endodoncia 36 + corona\nFinanciación: 12 meses sin intereses",
            "Informe de alta – Servicio de Geriatría\nPaciente: {title_name}\nNº de historia: {mrn}\nFecha de nacimiento: {dob}\nDiagnóstico: neumonía adquirida en la comunidad\nDestino al alta: residencia de mayores {company}",
            # donaciones
            "Certificado de donaciones (modelo 182)\nDonante: {person}\n{nid}\nDomicilio fiscal: {address}\nImporte donado en el ejercicio: {amount} €\nLa Fundación {company} está acogida a la Ley 49/2002.",
            "Alta de socio/a\nNombre: {person}\nEmail: {email}\nCuota: 15 €/mes\nIBAN de domiciliación: {iban}\nEn {city}, a {date}",
            # entradas y congresos
            "Hola, compré dos entradas para el festival (pedido {order}) y no me han llegado. Pagué con la tarjeta {card}. Mi correo es {email}.\nGracias, {first}",
            "CARTA DE INVITACIÓN\n\nLa Secretaría Técnica del Congreso Nacional de Enfermería certifica que {person}, con pasaporte n.º {passport} y fecha de nacimiento {dob}, está inscrito/a como ponente en el congreso que se celebrará en {city} el {date}.",
            # selección de personal y CV
            "CURRÍCULUM VÍTAE\n\nDatos personales\n{person}\n{address}\nMóvil: {phone}\nE-mail: {email}\nCarné de conducir B\n\nExperiencia\n2020–actualidad: técnica de selección, {company}",
            "Notas de entrevista – {person} (proceso {ticket})\nPerfil muy sólido en nóminas y Seguridad Social.\nOjo: el cliente describe a la candidata como «{biased}» en su correo. No trasladar; lo hablo con la responsable de cuenta.",
            "Alta trabajador ETT\nNombre: {person}\nFecha de nacimiento: {dob}\n{nid}\nPasaporte (extracomunitarios): {passport}\nCuenta para la nómina: {iban}",
            # dependencia y servicios sociales
            "Solicitud de reconocimiento de la situación de dependencia\nSolicitante: {title_name}\nFecha de nacimiento: {dob}\n{nid}\nDomicilio: {address}\nPersona de contacto: {person} (hija), tel. {phone}",
            "Parte de incidencias – SAD\nUsuario: {person}\nFecha: {date}\nLa auxiliar encuentra al usuario desorientado; se avisa a la trabajadora social y al centro de salud. Se deja nota a la familia.",
            # intermediario hipotecario
            "Hola {first}:\n\nYa tenemos la FEIN del banco para tu hipoteca (expediente {order}). Antes de firmar en notaría necesito copia de tu pasaporte en vigor; el que tengo ({passport}) caducó el mes pasado.\n\nUn saludo,\n{person}\nIntermediario de crédito inmobiliario",
            # KYC cripto / fintech
            "{\"kyc\": {\"nombre\": \"{person}\", \"fecha_nacimiento\": \"{dob}\", \"documento\": \"pasaporte\", \"numero\": \"{passport}\", \"ip_alta\": \"{ip}\", \"resultado\": \"aprobado\"}}",
            "Buenas, desde el despliegue de la {version} la API nos devuelve 403. Os pego la configuración:\n\n{secret}\n\nSi necesitáis algo más, escribidme a {email}.",
            # mudanzas
            "Presupuesto de mudanza {invoice}\nCliente: {title_name}\nOrigen: {address}\nDestino: {address}\nFecha prevista: {date}\nServicios: embalaje, montaje de muebles, elevador exterior\nTeléfono de contacto: {phone}",
            # tanatorios y parroquias
            "ROGAD A DIOS EN CARIDAD POR EL ALMA DE\n{person}\nque falleció en {city} el día {date}, a los 87 años de edad.\nSus hijos, nietos y demás familia ruegan una oración por su alma. Tanatorio {company}, sala 3.",
            "Parroquia de San Miguel Arcángel – {city}\nPARTIDA DE BAUTISMO\nLibro 34, folio 112\nNombre: {person}\nNacido/a el: {dob}\nHijo/a de: {person} y {person}\nSe expide para expediente matrimonial.",
            # compraventa entre particulares
            "—Hola! sigue disponible la bici?\n—Sí\n—Genial, te pago por Bizum? pásame tu número\n—{phone}, soy {first}. Envíos no hago, solo en mano en {city}",
            "[moderación] anuncio={order} estado=retirado motivo=término_prohibido término=\"{policy}\" ip_vendedor={ip} revisor={first}",
        ],
        "clean": [
            "Se vende piso en la calle de Alfonso XII, junto al Parque del Retiro. 3 dormitorios, 2 baños. Precio: {amount} €. Ref. {order}. Inmobiliaria {company}.",
            "Factura {invoice}\nRevisión oficial {brand}\nFiltro de aceite EAN {ean}\nPróxima ITV: {date}",
            "¡Gracias a Rafa Nadal por apadrinar la carrera solidaria y a todas las personas que habéis donado! Remesa {invoice} conciliada.",
            "Entradas para Rosalía en el Estadio Santiago Bernabéu a la venta el {date} a las {time}. Máximo 4 por pedido.",
            "Programa: 9:30 inauguración a cargo del alcalde; 11:00 mesa redonda en el Aula Severo Ochoa. Red de ponentes {cidr4}, puerto {port}.",
            "Oferta de empleo: técnico/a de nóminas en {company} ({city}). Ref. {ticket}. Inscripciones hasta el {date}.",
            "La residencia Clara Campoamor celebra su 25 aniversario el {date} con una comida para residentes y familias.",
            "Ejemplo de hipoteca: {amount} € a 25 años, TIN 2,75 %, TAE 3,12 %. Oferta válida hasta el {date}.",
            "Notas de la versión {version}: se valida el dígito de control del IBAN en cliente; los valores no válidos como {badref} se rechazan. Commit {sha}.",
            "Seguimiento de su envío de cajas de mudanza: {tracking}. Entrega estimada: {date}.",
            "Archivo parroquial: los libros sacramentales de Santa María del Mar se conservan desde 1568; allí se casó Pau Casals en 1914. Signatura del fondo: {order}.",
            "2025-09-12T07:40:02Z servicio=anuncios-api version={version} GET /anuncios/{uuid} 200 origen={cidr6}",
        ],
    },
    "nl": {
        "pii": [
            # makelaars en vastgoedbeheer
            "Inschrijfformulier huurwoning (obj. {order})\nNaam: {person}\nGeboortedatum: {dob}\nHuidig adres: {address}\nTelefoon: {phone}\nE-mail: {email}\nWerkgever: {company}, vast contract\nBruto maandinkomen: € {amount}",
            "Beste {title_name},\n\nNa de eindinspectie op {date} storten wij uw waarborgsom terug op rekening {iban}, onder aftrek van de schoonmaakkosten van de keuken.\n\nMet vriendelijke groet,\n{person}\nVerhuurmakelaar, {company}",
            "Interne afspraak: gebruik de term \"{policy}\" niet meer in woningadvertenties of in mails aan woningzoekenden. {person} controleert steekproefsgewijs.",
            # garages en autobedrijven
            "WERKORDER {invoice}\nKlant: {person}\nTel: {phone}\nAuto: {brand}, km-stand 143.200\nWerkzaamheden: APK + grote beurt, distributieriem vervangen\nAkkoord gegeven door {first} op {date}",
            "Koopovereenkomst gebruikte auto\nKoper: {person}, geboren {dob}\nAdres: {address}\nLegitimatie: paspoort {passport}\nAanbetaling per creditcard: {card}\nVerkoper: {first}",
            # dierenarts en tandarts
            "Hoi {first}, het is weer tijd voor de jaarlijkse vaccinatie van Max! Plan een afspraak bij Dierenkliniek {namecity} vóór {date}. Groetjes, het team",
            "Patiëntenkaart\nNaam: {person}\nGeb.datum: {dob}\nPatiëntnr.: {mrn}\nBehandeling: wortelkanaalbehandeling 46, kroon volgt\nNotitie: angstige patiënt, extra tijd inplannen",
            "Ontslagbrief afdeling Geriatrie\nBetreft: {title_name}, geb. {dob}, patiëntnummer {mrn}\nOpnamereden: delier bij urineweginfectie\nBeleid: terug naar het verpleeghuis, antibiotica afmaken",
            # goede doelen
            "Overeenkomst periodieke gift (ANBI)\nSchenker: {person}\n{nid}\nAdres: {address}\nJaarlijks bedrag: € {amount}\nLooptijd: 5 jaar, ingaande {date}",
            "Doorlopende machtiging SEPA – Stichting {company}\nNaam: {person}\nIBAN: {iban}\nKenmerk machtiging: {order}\nPlaats en datum: {city}, {date}",
            # tickets en congressen
            "[{time}] Klant: hoi, mijn tickets voor zaterdag staan niet in de app (bestelling {order})\n[{time}] Medewerker {first}: Vervelend! Op welk e-mailadres heb je besteld?\n[{time}] Klant: {email}. Betaald met creditcard {card}",
            "Uitnodigingsbrief\n\nHierbij bevestigen wij dat {person}, geboren op {dob}, paspoortnummer {passport}, als spreker is geregistreerd voor het congres Zorg & Technologie op {date} in {city}. De verblijfskosten worden door de organisatie vergoed.",
            # werving en selectie, cv
            "Curriculum vitae\n\nPersonalia\nNaam: {person}\nAdres: {address}\nTelefoon: {phone}\nE-mail: {email}\nRijbewijs: B\n\nWerkervaring\n2021 – heden  Recruiter, {company}",
            "Gespreksverslag {person} (vacature {ticket})\nSterk in salarisadministratie, ervaring met AFAS.\nLet op: klant noemde haar in de terugkoppeling \"{biased}\" – niet doorgeven aan de kandidaat, besproken met de accountmanager.",
            "Inschrijving uitzendkracht\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nID-bewijs: paspoort {passport}\nIBAN voor loon: {iban}",
            # ouderenzorg en Wmo
            "Melding Wmo – gemeente {city}\nAanvrager: {title_name}\nGeboortedatum: {dob}\n{nid}\nAdres: {address}\nContactpersoon: {person} (zoon), {phone}\nHulpvraag: huishoudelijke hulp en traplift",
            "Rapportage thuiszorg {date}\nCliënt: {person}\nMw. was verward bij de ochtendzorg, medicatie niet ingenomen. Huisarts gebeld, familie geïnformeerd. Sleutel ligt in de sleutelkluis.",
            # hypotheekadviseur
            "Hoi {first},\n\nDe geldverstrekker heeft de offerte uitgebracht (dossier {order}). Wil je nog een kopie van je paspoort sturen? Het exemplaar dat wij hebben ({passport}) is inmiddels verlopen.\n\nGroet,\n{person}\nHypotheekadviseur",
            # KYC en fintech
            "KYC-check {uuid}\nNaam: {person}\nGeboortedatum: {dob}\nDocument: paspoort {passport}\nIP bij registratie: {ip}\nUitkomst: goedgekeurd, limiet niveau 2",
            "Hé, sinds release {version} krijgen we 401's terug op de webhook. Dit staat in onze config:\n\n{secret}\n\nBel me gerust op {phone}.",
            # verhuizingen
            "Offerte verhuizing {invoice}\nOpdrachtgever: {title_name}\nVan: {address}\nNaar: {address}\nDatum: {date}\nInclusief: inpakservice en verhuislift\nBereikbaar op: {phone}",
            # uitvaart en doopboek
            "Met droefheid geven wij kennis van het overlijden van {person}, op de leeftijd van 81 jaar. De afscheidsdienst vindt plaats op {date} in de aula van Uitvaartcentrum {company}, {city}.\nCorrespondentieadres: {address}",
            "Uittreksel uit het doopboek – parochie H. Nicolaas, {city}\nGedoopt: {person}\nGeboren: {dob}\nOuders: {person} en {person}\nAfgegeven ten behoeve van een kerkelijk huwelijk.",
            # tweedehands marktplaatsen
            "Koper: Hoi, is de kinderwagen nog beschikbaar?\nVerkoper: Ja hoor\nKoper: Top, ik betaal via Gelijk oversteken, wat is je mailadres?\nVerkoper: {email}, maar ophalen in {city} heeft mijn voorkeur. Mijn nummer: {phone}",
            "[moderatie] advertentie={order} status=verwijderd reden=verboden_term term=\"{policy}\" ip_verkoper={ip} behandelaar={first}",
        ],
        "clean": [
            "Te koop: benedenwoning aan de Rembrandtlaan, vlak bij het Erasmus College. Vraagprijs € {amount} k.k. Objectnr. {order}. Makelaar: {company}.",
            "Factuur {invoice}\nAPK-keuring {brand}\nOliefilter EAN {ean}\nVolgende APK vóór {date}.",
            "Dank aan Dafne Schippers, ambassadeur van onze sponsorloop, en aan alle gevers! Batch {invoice} is verwerkt.",
            "Kaartverkoop André Rieu op het Vrijthof start op {date} om {time}. Maximaal 6 kaarten per bestelling.",
            "Programma: 9.30 opening door de burgemeester; 11.00 paneldiscussie in de Christiaan Huygenszaal. Sprekersnetwerk {cidr4}.",
            "Vacature: salarisadministrateur bij {company} in {city}. Referentie {ticket}. Solliciteren kan tot {date}.",
            "Woonzorgcentrum Aletta Jacobs viert op {date} het 30-jarig bestaan met een high tea voor bewoners en familie.",
            "Rekenvoorbeeld hypotheek: € {amount} over 30 jaar, rente 3,9% vast tot {date}. Let op! Geld lenen kost geld.",
            "Release {version}: het IBAN-controlegetal wordt client-side gevalideerd; ongeldige waarden zoals {badref} worden geweigerd. Commit {sha}.",
            "Track & trace verhuisdozen: {tracking}. Verwachte levering {date}.",
            "Uit het parochiearchief: de doop-, trouw- en begraafboeken van de Sint-Bavo gaan terug tot 1580; Frans Hals werd er in 1666 begraven. Inventarisnummer {order}.",
            "2025-08-30T10:22:41Z svc=advertenties-api version={version} GET /advertenties/{uuid} 200 upstream={cidr6} poort={port}",
        ],
    },
}

# PRAIRIE: written on 2026-12-02 by a helper engineer who never saw the detection rules, the
# detectors' output on any bank, the other banks' texts or the deny-list and lexicon terms; committed
# alone before any detector ran on it. An honest test set: measure it, never tune on it. Themes:
# clinical trials and research, emergency dispatch and ambulance reports, railways and public
# transport, gyms and sports medicine, dating apps and classified ads, wedding and event planners,
# pension funds and retirement letters, legal aid and family courts, embassies and visa centres,
# software support forums and bug reports, forwarded e-mail threads, meeting transcripts and minutes
# (plus hotel, car-hire, KYC, HR, lab and pharmacy records for passports, record numbers and birth dates).
PRAIRIE: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # clinical trials and research
            "Subject enrolment log - Protocol LM-{order}-02, Site 114\nScreening no. S-0231 | DOB {dob} | Hospital no. {mrn} | Consent v{version} signed {date}\nComments: participant asked that visit reminders go to her mobile {phone} rather than the landline.",
            "From: Cardiology Trials Unit\nTo: {email}\nSubject: Week-12 visit reminder\n\nDear {title_name},\n\nThank you for continuing in the study. Your week-12 visit is booked for {date} at {time}. Please bring your participant card and any unused tablets. If you cannot attend, ring the trials office and quote your hospital number {mrn}.\n\nKind regards,\n{person}\nResearch Nurse",
            "SERIOUS ADVERSE EVENT REPORT (initial)\nStudy: ANCHOR-3    Site: {city}\nPatient hospital no.: {mrn}    Date of birth: {dob}\nEvent: admitted with fast AF, onset {date}; study drug interrupted\nReported by: {title_name}, Principal Investigator",
            "participant_id,full_name,date_of_birth,nhs_number,arm,consent_date\nP-0147,{person},{dob},{nhs},B,{date}",
            "Participant expenses claim - please pay within 10 working days\nPayee: {person}\nBank account (IBAN): {iban}\nClaim: travel for visits 2-4 plus parking\nAuthorised by the trial manager on {date}.",
            # emergency dispatch and ambulance reports
            "CAD INCIDENT {order}\n{time} 999 CALL RECVD - caller {person}, callback {phone}\nLOC: {address}\nNATURE: 78F fallen in kitchen, conscious, breathing, ?NOF\n{time} RESOURCE ALLOC - CAT 2",
            "PATIENT REPORT FORM\nName: {person}    DOB: {dob}    NHS No: {nhs}\nHome address: {address}\nPC: central chest pain radiating to L arm, onset approx 40 min prior to call\nObs: HR 104, BP 152/90, SpO2 95% on air\nConveyed to ED resus, handed over to {title_name}.",
            "[{time}] Control: Alpha 7, your patient is {first}, 34, known asthmatic, at {address}. Key safe code passed to you by text.\n[{time}] Alpha 7: Received, mobile, ETA six minutes.",
            # railways and public transport
            "PENALTY FARE NOTICE No. {order}\nPassenger: {title_name}\nFirst name: {first}\nAddress given: {address}\nDate of birth: {dob}\nID seen: passport {passport}\nReason: no valid ticket for journey {city} - {city}",
            "Lost property ref LP/{order}: black rucksack handed in from the 17:45 service. Contents: laptop, charger and a passport in the name of {person} (passport no. {passport}). Owner reached on {phone}, collecting tomorrow.",
            "Passenger Assist booking {ticket}\nCustomer: {person} - wheelchair user, ramp needed at both ends\nMobile: {phone}\nFrom {city}, {date}, departing {time}\nCustomer note: \"my carer will be travelling with me on a companion railcard\"",
            "Delay Repay claim submitted\nName: {person}\nEmail: {email}\nJourney: {date}, {city} to {city}, arrived 67 minutes late\nRefund method: original payment card {card}",
            # gyms and sports medicine
            "MEMBERSHIP APPLICATION\nFull name: {person}\nDate of birth: {dob}\nEmergency contact: {first}, {phone}\nDirect Debit: {iban}\nHealth questionnaire: \"ACL reconstruction 2019, cleared by physio\"",
            "Sports Injury Clinic - discharge summary\nPatient: {person}    Hospital no: {mrn}    DOB: {dob}\nDiagnosis: grade II hamstring strain (left)\nPlan: graded return to running over 6 weeks, review in clinic on {date}.",
            "Coach: great session today {first} 💪 what's your email so I can send the programme over?\nClient: it's {email}\nCoach: got it, check your spam folder if nothing arrives by tonight",
            "2026-03-14T06:02:11Z door=MAIN member=88213 name=\"{person}\" result=GRANTED kiosk={ip}",
            # dating apps and classified ads
            "Them: had such a nice time last night 😊\nMe: same!! easier to text than use the app - {phone}\nThem: saved you. I'm at {address} if you fancy a coffee on Sunday",
            "FOR SALE: Peloton bike, barely used, £650 ono. Collection only from {address}. Text {phone} after 6pm and ask for {first}.",
            "Trust & Safety report {ticket}\nReported profile: {person}, says age 29\nReason: asked me for money for a 'plane ticket', sent a photo of passport {passport} as proof and then an IBAN {iban} to pay into.",
            "Profile bio rejected (contact details not allowed): \"Sporty, loves dogs, hates small talk. Skip the app and email me at {email} x\"",
            # wedding and event planners
            "Booking confirmation - wedding of {person} & {person}\nDate: {date}\nVenue: The Old Barn, {city}\nDeposit: paid in full by card {card}\nDay-of contact: {first}, {phone}",
            "table,guest,dietary,plus_one,rsvp_email\n4,{person},vegetarian,yes,{email}\n4,{title_name},none,no,\n5,{person},nut allergy,no,",
            "Thanks so much for this, final numbers by Friday please!\n\n{person}\nLead Planner | {company} Events\nM: {phone}",
            # pension funds and retirement letters
            "Dear {title_name},\n\nYour retirement options\n\nYou are approaching your scheme's normal pension age. Our records show your date of birth as {dob} and your {nid}. If either is wrong, please let us know before we quote your benefits.\n\nYours sincerely,\nPensions Administration",
            "transfer_request:\n  member: {person}\n  date_of_birth: {dob}\n  receiving_scheme: {company} Master Trust\n  bank_iban: {iban}\n  adviser_email: {email}",
            "Expression of wish (death benefits)\nI, {person}, ask the trustees to consider paying any lump sum to my partner, {person}, of {address}.",
            # legal aid and family courts
            "IN THE FAMILY COURT SITTING AT {city}\nCase No. ZW{order}\nApplicant: {person}\nRespondent: {person}\nThe applicant's address is to be kept confidential (form C8) and must not be disclosed to the respondent.",
            "Civil Legal Aid - means assessment\nClient: {person}\n{nid}\nBank statements: 3 months supplied for account {iban}\nPartner: none\nPassported benefit: Universal Credit",
            "Hi {first},\n\nThe court has listed the hearing on the non-molestation order for {date}. In the meantime please don't post anything about {person} on social media.\n\nBest,\n{person}\nSolicitor, {company} LLP",
            # embassies, visa centres, travel, KYC, HR
            "Appointment confirmation - Visa Application Centre {city}\nReference: {order}\nApplicant: {person}\nPassport number: {passport}\nDate of birth: {dob}\nAppointment: {date} at {time}. Bring your original passport and printed application.",
            "{\"applicant\": {\"name\": \"{person}\", \"passport_no\": \"{passport}\", \"dob\": \"{dob}\", \"home_address\": \"{address}\", \"phone\": \"{phone}\"}, \"visa_type\": \"C\"}",
            "Emergency travel document request: the applicant, {title_name}, reports passport {passport} stolen in {city} on {date}. Police report attached. Contact email {email}.",
            "RENTAL AGREEMENT RA{order}\nMain driver: {person}    DOB: {dob}\nID: passport {passport}\nSecurity deposit pre-authorised on card {card}",
            "KYC review {ticket}\nCustomer: {person}\nDOB: {dob}\nID document: passport no. {passport}, expires {date}\nProof of address: council tax bill, {address}\nResult: PASS",
            "Guest registration card\nName: {person}\nNationality: Irish\nPassport No.: {passport}\nDate of birth: {dob}\nArrival {date}, room 412, 2 nights",
            "New starter checklist - {person}\n[x] Right to work: passport {passport} seen and copied\n[x] {nid} added to payroll\n[x] Salary account {iban}\n[ ] Laptop ordered",
            "Travel insurance claim\nPolicyholder: {person}, born {dob}\nTreatment abroad: {company} Clinic, patient no. {mrn}\nReimburse to card {card}",
            "Repeat prescription ready\nPatient: {title_name}\nDOB: {dob}\nHospital no.: {mrn}\nItems: salbutamol 100mcg inhaler x2\nWe will text {phone} when it is ready to collect.",
            "LAB REPORT\nPatient: {person}    MRN: {mrn}    DOB: {dob}\nSpecimen: serum, collected {date} {time}\nHbA1c 48 mmol/mol (H)",
            # software support forums and bug reports
            "### Steps to reproduce\n1. Run `loom deploy --stack prod`\n2. See the error below\n\n```\nError: connection refused\n  at Client.connect (pg/lib/client.js:132)\nconfig dump:\n{secret}\n```\n\nEdit: rotated those creds already, sorry!",
            "Re: SMTP relay rejects mail from Thunderbird\n\nGot it working in the end. For anyone who finds this later: the relay at {ip} only accepts port 587 with STARTTLS. Thanks {first} for the pointer!",
            "2026-02-11 09:14:55,201 ERROR [auth] login failed user={email} ip={ip} reason=bad_password attempts=5",
            "Bug {ticket}: the moderation filter lets \"{policy}\" through in exported chat transcripts. Repro: paste it into a channel topic, export to PDF, the word is still there.",
            # forwarded e-mail threads
            "---------- Forwarded message ---------\nFrom: {person} <{email}>\nDate: {date}\nSubject: Re: invoice query\nTo: {role_email}\n\nHi, please note my bank details have changed, the new IBAN is {iban}. Thanks",
            "On {date}, {person} wrote:\n> Could you post me the signed copy? My home address is {address}.\n\nSent it this morning by recorded delivery.\n\nPlease send anything else to {role_email}, not to me directly.",
            # meeting transcripts and minutes
            "Minutes - Staff Council, {date}\nPresent: {person} (chair), {person}, {title_name}\nApologies: {first}\nItem 5 (AOB): a complaint that a manager called a colleague \"{biased}\" in the team channel. HR to follow up.",
            "[00:14:32] Speaker 2: ...so the tenant, {person}, still owes three months and she's at {address}.\n[00:14:41] Speaker 1: Okay, let's minute that.",
            "[00:31:10] Chair: Before we close - legal asked that nobody uses \"{policy}\" in external decks.\n[00:31:18] {first}: Noted, I'll fix slide 12.",
            "Action log\n- {first} to send the draft to the funder\n- Chair to write to {person} about the complaint in which a participant was described as \"{biased}\"\n- Next meeting {date}",
        ],
        "clean": [
            "Trial registry entry {order}: sponsor {company}, phase III, recruiting at 42 sites including {city}. Protocol version {version}; primary completion expected {date}.",
            "Sample {uuid} links the anonymised specimen to the biobank; no identifiers leave the lab. Tube barcode {ean}, aliquot batch {order}, received {date} at {time}.",
            "Ambulance response times for {date}: Category 1 mean 8m 12s against the 7-minute standard. New station on Florence Nightingale Road opens next month (contract {invoice}).",
            "Service alteration: the 07:42 {namecity} to {city} will not call at Victoria today. Rail replacement buses leave from the forecourt.",
            "Class 86 locomotive 86259 'Les Ross' and 91110 'Battle of Britain Memorial Flight' will work the charter on {date}; booking reference {order}.",
            "Journal club this week: Paula Radcliffe's 2003 marathon record and what Roger Bannister's mile tells us about pacing. Reading: ISBN {isbn}.",
            "Release {version} (build {sha}): fixed a crash when matches from {namecity} appeared in the feed; rate limiting on port {port} now honours the 'Super Like' quota.",
            "FOR SALE: {brand} washing machine, two years old, EAN {ean}, original receipt (invoice {invoice}) included. Collection from the {namecity} Road car park only.",
            "Venue shortlist: Blenheim Palace, the Lord Nelson in Brightwell, or the Princess of Wales Conservatory at Kew. Quote {invoice} holds the date until {date}.",
            "Your annual statement for the {company} Pension Scheme (scheme reference {order}): the growth fund returned 6.2% net of charges over the year to {date}.",
            "Authorities: Re B (A Child) [2013] UKSC 33, Lord Neuberger and Lady Hale (dissenting); Donoghue v Stevenson [1932] AC 562. Legal Aid Agency contract reference {order}.",
            "The British Embassy in {city} will be closed on {date} for a public holiday. Applications already submitted under reference {order} continue to be processed; courier tracking {tracking}.",
            "Fixed in {version}: the operator no longer hands out pod addresses outside {cidr4} / {cidr6}. Password hashing switched to {hashalgo}. Commit {sha}, ticket {ticket}.",
            "---------- Forwarded message ---------\nFrom: {company} Orders\nDate: {date}\nSubject: Your order {order} has shipped\n\nParcel {tracking}, item EAN {ean}. Reply to this message if anything is missing.",
            "Minutes of the Board, {date}. Item 4: the Marie Curie partnership; item 5: naming the new wing after Ada Lovelace; item 6: {product} licence renewal (invoice {invoice}).",
            "dispatch:\n  cidr: {cidr4}\n  ipv6: {cidr6}\n  password_hash: {hashalgo}\n  api_port: {port}\n  build: {version}",
            "QA note: the pension portal's payment form correctly rejected {badref} with \"check digits invalid\". Ticket {ticket}.",
            "Tube update: Elizabeth line and Jubilee line good service; Victoria line part suspended. Oyster refunds for the {date} disruption go out in batch {invoice}.",
        ],
    },
    "de": {
        "pii": [
            # klinische Studien
            "Studienzentrum {city} – Einschlussbogen\nProband/in: {person}\nGeb.: {dob}\nPatienten-ID (KIS): {mrn}\nEinwilligung Version {version} unterschrieben am {date}\nBemerkung: Rückfragen bitte unter {phone}, nicht über das Festnetz.",
            "Aufwandsentschädigung Studie KARDIO-2\nEmpfänger/in: {person}\nIBAN: {iban}\nBetrag: {amount} EUR\nVerwendungszweck: Visite 3 zzgl. Fahrtkosten",
            # Rettungsdienst und Leitstelle
            "Einsatzprotokoll RTW 3/83-1\nAlarmierung {time}, Stichwort RD 2 – Sturz im häuslichen Umfeld\nEinsatzort: {address}\nPatient: {person}, geb. {dob}\nFall-Nr.: {mrn}\nÜbergabe in der ZNA an {title_name}",
            "ILS {time}: Anrufer {person}, Rückrufnummer {phone}, meldet eine bewusstlose Person vor dem Haus {address}. Ersthelfer vor Ort, RTW und NEF alarmiert.",
            # Bahn und ÖPNV
            "Fahrgastrechte-Formular\nName, Vorname: {person}\nE-Mail: {email}\nReisedatum: {date}, ICE 577, Ankunft mit 74 Min. Verspätung\nEntschädigung bitte auf IBAN {iban}",
            "Fahrpreisnacherhebung Nr. {order}\nFahrgast: {title_name}\nVorname: {first}\nGeburtsdatum: {dob}\nAusweisdokument: Reisepass {passport}\nWohnanschrift: {address}",
            "Fundsache {order}: blaue Reisetasche aus dem RE 4, darin ein Reisepass Nr. {passport} auf den Namen {person}. Eigentümerin unter {phone} erreicht, holt sie im Fundbüro ab.",
            # Fitnessstudio und Sportmedizin
            "Mitgliedsvertrag\nName: {person}\nGeburtsdatum: {dob}\nAnschrift: {address}\nSEPA-Lastschriftmandat, IBAN: {iban}\nTarif: Premium, Laufzeit 24 Monate",
            "Sportmedizinische Untersuchung – Befundbericht\nSportler/in: {person} (geb. {dob}), Leichtathletik\nBelastungs-EKG unauffällig, max. 210 W\nBeurteilung: sporttauglich\ngez. {title_name}, Sportmedizin",
            "Trainer: Starke Einheit heute, {first}! Schick mir kurz deine Mail, dann kommt der Plan\nKundin: klar, {email}\nTrainer: 👍 ist raus",
            # Dating und Kleinanzeigen
            "Sie: Hey, wie war dein Tag? 😊\nIch: ganz gut! lass uns lieber auf WhatsApp schreiben: {phone}\nSie: gerne, ich bin übrigens {first}",
            "Biete: Kinderwagen von {brand}, guter Zustand, 120 € VB. Nur Abholung: {address}. Bei Interesse Nachricht an {email} oder {phone}.",
            # Hochzeit und Events
            "Hochzeitsplanung {person} & {person}\nTrauung: Standesamt {city}, {date}\nAnzahlung Location per Kreditkarte {card}\nAnsprechpartnerin Catering: {first}, {phone}",
            # Pensionskasse und Rente
            "Pensionskasse {company} – Vorsorgeausweis per 1. Januar\nVersicherte Person: {person}\n{nid}\nGeburtsdatum: {dob}\nAltersguthaben: CHF {amount}",
            "Guten Tag {title_name},\n\nfür die Berechnung Ihrer Betriebsrente benötigen wir noch Ihre {nid} sowie eine Kopie Ihres Ausweises. Die Auszahlung erfolgt auf das Konto {iban}.\n\nMit freundlichen Grüßen\nIhre Versorgungskasse",
            # Familiengericht und Beratungshilfe
            "Amtsgericht {city} – Familiengericht\nAz.: 12 F {order}/25\nIn der Familiensache\n{person}, wohnhaft {address},\n– Antragstellerin –\ngegen\n{person}\n– Antragsgegner –",
            "Antrag auf Beratungshilfe\nAntragsteller/in: {person}\n{nid}\nKontoverbindung: {iban}\nTelefon: {phone}\nAngelegenheit: Umgangsrecht",
            # Botschaft, Hotel, Ident, Mietwagen
            "Terminbestätigung Visastelle {city}\nAntragsteller: {person}\nReisepassnummer: {passport}\nGeburtsdatum: {dob}\nTermin: {date}, {time} Uhr. Bitte Pass und biometrisches Foto mitbringen.",
            "Meldeschein\nFamilienname, Vorname: {person}\nGeb.-Datum: {dob}\nStaatsangehörigkeit: österreichisch\nPass-/Ausweis-Nr.: {passport}\nAnschrift: {address}\nAnreise: {date}",
            "Video-Ident-Protokoll\nName: {person}\nGeburtsdatum: {dob}\nDokument: Reisepass Nr. {passport}, gültig bis {date}\nErgebnis: erfolgreich identifiziert",
            "Mietvertrag Nr. {order}\nFahrer: {person}, geb. {dob}\nPass-Nr.: {passport}\nKaution per Kreditkarte {card}",
            "Laborbefund\nPatient/in: {title_name}, geb. {dob}\nPatienten-Nr.: {mrn}\nCRP 12 mg/l (erhöht), Leukozyten normal",
            # Softwareforum und Logs
            "Re: Docker-Container startet nicht\n\nHier meine .env, vielleicht sieht jemand den Fehler:\n```\n{secret}\n```\nLäuft auf einem VPS mit der IP {ip}.",
            "Mar 03 11:42:07 mx1 postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown[{ip}]: 550 5.7.1 <{email}>: Recipient address rejected",
            # weitergeleitete Mails
            "---------- Weitergeleitete Nachricht ----------\nVon: {person} <{email}>\nDatum: {date}\nBetreff: AW: Kündigung Mitgliedschaft\nAn: Kundenservice\n\nHallo,\nanbei meine Kündigung zum nächstmöglichen Termin.\nMfG",
            # Protokolle und Mitschriften
            "Protokoll der Teamsitzung vom {date}\nAnwesend: {person}, {person}, {title_name}\nEntschuldigt: {first}\nTOP 3: Beschwerde über die Bezeichnung „{biased}“ im Teamchat – die Personalabteilung wird informiert.",
            "Hinweis Compliance: Im Protokoll vom {date} steht der Begriff „{policy}“. Bitte vor dem Versand an externe Partner schwärzen.",
            "[00:21:05] Sprecher 1: Die Unterlagen von {title_name} liegen vor, Patientennummer {mrn}, alles vollständig.\n[00:21:12] Sprecher 2: Gut, dann nehmen wir das ins Protokoll.",
        ],
        "clean": [
            "Der ICE „Konrad Adenauer“ fährt ab {date} wieder zwischen Berlin und {city}; Werkstattauftrag {order}.",
            "Klinische Studie, EU-CT-Nummer {order}, Sponsor {company}, Prüfplan Version {version}, Ethikvotum vom {date}. Zentren u. a. Charité und Universitätsklinikum Carl Gustav Carus Dresden.",
            "Jahresbericht Rettungsdienst: 48.211 Einsätze, Hilfsfrist in 93,4 % eingehalten. Die neue Rettungswache an der Robert-Koch-Straße kostete laut Rechnung {invoice} rund {amount} €.",
            "Neue Hanteln von {brand} bestellt, Sendungsnummer {tracking}, EAN {ean}. Trainingsplan Woche 3: Kniebeugen 5×5, Kreuzheben 3×5.",
            "Toni Kroos beendete nach der EM 2024 seine Karriere; Dirk Nowitzki wurde in die Hall of Fame aufgenommen. Buchtipp: ISBN {isbn}.",
            "Location-Ideen: Schloss Sanssouci oder das Goethe-Haus in {city}; Angebot Nr. {invoice} gültig bis {date}.",
            "Zum 1. Juli steigen die Renten um 4,57 %, teilte Bundesarbeitsminister Hubertus Heil mit. Vorgangsnummer {order}.",
            "Die Deutsche Botschaft in {namecity} bleibt am {date} geschlossen. Sendungsverfolgung der Passrücksendungen über {tracking}.",
            "Release {version}: Präfix {cidr6} und internes Netz {cidr4} werden jetzt korrekt geroutet, Passwort-Hashing auf {hashalgo} umgestellt. Commit {sha}, Ticket {ticket}.",
            "Protokoll der Vorstandssitzung vom {date}: TOP 1 Umbenennung in „Lise-Meitner-Hörsaal“; TOP 2 Lizenzverlängerung {product} (Rechnung {invoice}).",
            "Verkaufe {product}, originalverpackt, Geräte-ID {uuid}, Rechnung {invoice} liegt bei. Versand oder Abholung am Willy-Brandt-Platz.",
            "Testlauf: die Karte {badref} wurde wie erwartet abgelehnt (Prüfziffer falsch). Build {version}, Port {port}.",
        ],
    },
    "fr": {
        "pii": [
            # essais cliniques
            "Cahier d'observation – essai PRISME-2\nCentre : CHU de {city}\nN° IPP : {mrn}\nDate de naissance : {dob}\nConsentement éclairé signé le {date} (version {version})\nInvestigateur : {title_name}",
            "Indemnisation des volontaires sains\nNom et prénom : {person}\nIBAN : {iban}\nMontant : {amount} €\nRéf. étude : {order}",
            # SAMU et pompiers
            "Régulation SAMU – {time}\nAppelant : {person}, rappel au {phone}\nAdresse d'intervention : {address}\nMotif : douleur thoracique, homme de 62 ans\nEngagement : SMUR + VSAV",
            "Fiche bilan VSAV\nVictime : {person}\nNé(e) le : {dob}\n{nid}\nTransport aux urgences, victime confiée à {title_name}",
            # SNCF et transports
            "Procès-verbal n° {order}\nContrevenant : {person}\nDate de naissance : {dob}\nDomicile déclaré : {address}\nPièce présentée : passeport n° {passport}\nInfraction : voyageur sans titre de transport valable",
            "Objets trouvés gare de {city} : un passeport n° {passport} au nom de {person} a été déposé au guichet. La propriétaire a été prévenue par SMS au {phone}.",
            # salle de sport et médecine du sport
            "Contrat d'adhésion – {company} Fitness\nNom : {person}\nE-mail : {email}\nPrélèvement SEPA, IBAN : {iban}\nCertificat médical fourni : oui",
            "Je soussigné(e), {person}, docteur en médecine, certifie avoir examiné {title_name}, né(e) le {dob}, et n'avoir constaté à ce jour aucune contre-indication à la pratique du football en compétition.",
            # rencontres et petites annonces
            "Elle : t'es dispo ce week-end ?\nMoi : oui ! voilà mon numéro, ce sera plus simple : {phone}\nElle : ok 😊 moi c'est {first}",
            "Vends vélo électrique {brand}, très bon état, 900 €. À retirer au {address}. Contact : {first}, {phone}, pas de démarchage svp.",
            # mariages et événements
            "Liste des invités – mariage du {date}\n{person};table 3;végétarien;{email}\n{person};table 3;sans allergie;{email}",
            "Devis signé ✔️ L'acompte de 30 % a bien été réglé par carte {card}. Merci {first}, on se retrouve au domaine pour la visite technique !",
            # retraite et caisses de pension
            "Madame, Monsieur,\n\nVotre demande de retraite personnelle a bien été enregistrée.\nAssuré(e) : {person}\n{nid}\nDate de naissance : {dob}\nDate d'effet souhaitée : {date}\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            "Caisse de pension {company} – certificat de prévoyance\nAssuré : {title_name}\n{nid}\nAdresse : {address}\nVersement sur le compte {iban}",
            # aide juridictionnelle et JAF
            "Demande d'aide juridictionnelle\nDemandeur : {person}\nAdresse : {address}\nTéléphone : {phone}\nCourriel : {email}\nNature de l'affaire : divorce – juge aux affaires familiales de {city}",
            "TRIBUNAL JUDICIAIRE DE {city} – Juge aux affaires familiales\nRG n° 25/{order}\nEntre : {person}, demeurant {address}\nEt : {person}\nAudience du {date} à {time}",
            # consulats, hôtels, banque
            "Consulat général – confirmation de rendez-vous\nNom : {person}\nN° de passeport : {passport}\nDate de naissance : {dob}\nMotif : renouvellement de titre de voyage\nRendez-vous le {date} à {time}",
            "Fiche individuelle de police\nNom et prénom : {person}\nNé(e) le : {dob}\nPasseport n° : {passport}\nDomicile habituel : {address}\nArrivée le {date}",
            "Vérification d'identité (KYC) – ouverture de compte\nClient : {person}\nDate de naissance : {dob}\nPièce : passeport n° {passport}\nJustificatif de domicile : facture d'électricité, {address}",
            "Laboratoire d'analyses médicales – compte rendu\nPatient(e) : {title_name}\nN° de dossier : {mrn}\nNé(e) le : {dob}\nHbA1c : 6,1 %",
            # forums et logs
            "Re: [Résolu] Nextcloud derrière un reverse proxy\n\nVoici ma conf si ça peut aider quelqu'un :\n\n{secret}\n\nLe serveur répond sur {ip}, port 443.",
            "sshd[8812]: Failed password for invalid user admin from {ip} port 51122 ssh2 – compte de {email} verrouillé après 5 tentatives",
            # messages transférés
            "-------- Message transféré --------\nDe : {person} <{email}>\nDate : {date}\nÀ : secrétariat\nObjet : Tr: pièces justificatives\n\nBonjour,\nJe vous transmets le RIB de mon fils : {iban}\nCordialement",
            # comptes rendus
            "Compte rendu de la réunion du {date}\nPrésents : {person}, {person}, {title_name}\nExcusé(e) : {first}\nPoint 4 : un salarié a été qualifié de « {biased} » lors d'un échange ; les RH sont saisies.",
            "Rappel conformité : le terme « {policy} » figure dans la présentation client. Merci de le retirer avant diffusion.",
            "[00:12:40] Intervenant 2 : … et la patiente, {person}, a rappelé hier, son dossier c'est le {mrn}.\n[00:12:47] Intervenant 1 : D'accord, on le note.",
        ],
        "clean": [
            "Le TGV pour {city} ne desservira pas la gare Lille-Europe le {date} ; la station Charles de Gaulle – Étoile sera également fermée. Réclamation n° {order}.",
            "Essai clinique {order}, promoteur {company}, version du protocole {version}. Recrutement à l'Institut Pasteur et à l'hôpital européen Georges-Pompidou.",
            "Bilan annuel du SAMU : 1,2 million d'appels au 15. La nouvelle base SMUR de l'hôpital Édouard-Herriot ouvrira le {date} (marché n° {invoice}).",
            "Antoine Dupont sacré champion olympique de rugby à sept ; Teddy Riner et Léon Marchand acclamés au Club France.",
            "Mariage au château de Vaux-le-Vicomte ? Le devis {invoice} de {company} s'élève à {amount} € TTC, valable jusqu'au {date}.",
            "Réforme des retraites : Élisabeth Borne a défendu le report de l'âge légal à 64 ans (loi n° 2023-270).",
            "L'ambassade de France à {namecity} sera fermée le 14 juillet. Suivi du pli retour : {tracking}.",
            "Version {version} : correction du routage IPv6 ({cidr6}) et du sous-réseau {cidr4} ; hachage des mots de passe en {hashalgo}. Commit {sha}.",
            "Vends {product} neuf sous blister, EAN {ean}, facture {invoice} fournie. Remise en main propre gare Saint-Lazare.",
            "Compte rendu du conseil d'administration du {date} : point 1, baptême de l'amphithéâtre Simone-Veil ; point 2, renouvellement {product} (commande {order}).",
            "Test de recette : la carte {badref} est bien refusée par le formulaire (clé de contrôle invalide). Ticket {ticket}.",
            "Colis {tracking} expédié depuis {city}, livraison prévue le {date}. Identifiant de suivi {uuid}, port {port}.",
        ],
    },
    "es": {
        "pii": [
            # ensayos clínicos
            "Hoja de inclusión – ensayo clínico fase III\nHospital Universitario de {city}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nConsentimiento informado firmado el {date} (versión {version})\nInvestigador principal: {title_name}",
            "Compensación por participación en estudio\nNombre y apellidos: {person}\n{nid}\nIBAN: {iban}\nImporte: {amount} €",
            # 112 y ambulancias
            "Centro Coordinador 112 – {time}\nAlertante: {person}, tfno. {phone}\nDirección: {address}\nMotivo: varón de 70 años inconsciente en la vía pública\nRecurso: SVA activada",
            "INFORME DE ASISTENCIA SANITARIA\nPaciente: {person}\nFecha nac.: {dob}\nN.º historia: {mrn}\nJuicio clínico: sospecha de fractura de cadera\nTraslado a urgencias; queda a cargo de {title_name}",
            # Renfe y transporte
            "Reclamación n.º {order}\nViajero: {person}\nCorreo electrónico: {email}\nTren AVE, {date}, llegada con 95 minutos de retraso\nSolicito la devolución según el compromiso de puntualidad.",
            "Acta de denuncia – Interventor\nNombre: {person}\n{nid}\nDomicilio: {address}\nMotivo: viajar sin título de transporte válido",
            "Oficina de objetos perdidos – Metro de {city}\nSe ha encontrado un pasaporte n.º {passport} a nombre de {person}. Se le ha avisado en el {phone}.",
            # gimnasios y medicina deportiva
            "Alta de socio\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nDomiciliación bancaria: {iban}\nCuota: mensual",
            "Informe de fisioterapia deportiva\nDeportista: {person} (nacido/a el {dob})\nLesión: esguince de tobillo grado II\nPróxima revisión con {title_name} el {date}.",
            # citas y anuncios
            "Ella: ¿quedamos el viernes?\nYo: ¡claro! escríbeme al {phone}, que casi no miro la app\nElla: hecho 😊 soy {first}, por cierto",
            "Se vende sofá cama, 150 €, recogida en {address}. Llamar al {phone} por las tardes y preguntar por {first}.",
            # bodas y eventos
            "Boda de {person} y {person} – {date}\nFinca: {company}\nSeñal abonada con tarjeta {card}\nCoordinadora: {first} ({phone})",
            "mesa;invitado;menú;correo\n7;{person};sin gluten;{email}\n7;{title_name};infantil;\n8;{person};vegano;",
            # pensiones y jubilación
            "Estimado/a partícipe:\n\nLe informamos de que su solicitud de rescate del plan de pensiones ha sido tramitada.\nTitular: {person}\n{nid}\nFecha de nacimiento: {dob}\nCuenta de abono: {iban}\n\nAtentamente,\nDepartamento de Previsión",
            "Sr./Sra. {person}\n{address}\n\nAsunto: resolución de su pensión de jubilación\nN.º de expediente: {order}\nLe comunicamos que la prestación se abonará a partir del {date}.",
            # justicia gratuita y juzgados de familia
            "Solicitud de asistencia jurídica gratuita\nSolicitante: {person}\n{nid}\nTeléfono: {phone}\nCorreo: {email}\nProcedimiento: medidas paternofiliales – Juzgado de Familia de {city}",
            "JUZGADO DE PRIMERA INSTANCIA N.º 24 DE {city} (FAMILIA)\nDivorcio contencioso {order}/2025\nDemandante: {person}, con domicilio en {address}\nDemandado: {person}",
            # consulados, hoteles, alquiler
            "Cita previa – Consulado General\nSolicitante: {person}\nN.º de pasaporte: {passport}\nFecha de nacimiento: {dob}\nTrámite: visado de estudios\nCita: {date} a las {time}",
            "Parte de entrada de viajeros\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDocumento: pasaporte {passport}\nFecha de entrada: {date}",
            "Contrato de alquiler de vehículo\nConductor: {person}\nFecha de nacimiento: {dob}\nPasaporte: {passport}\nFianza bloqueada en la tarjeta {card}",
            # foros y logs
            "Re: Error al conectar con la base de datos\n\nEste es mi fichero de configuración, a ver si veis algo raro:\n\n{secret}\n\nEl servidor está en {ip}.",
            "[WARN] auth: demasiados intentos fallidos para {email} desde {ip}; cuenta bloqueada 15 min",
            # correos reenviados
            "---------- Mensaje reenviado ---------\nDe: {person} <{email}>\nFecha: {date}\nAsunto: RV: datos para la transferencia\nPara: administración\n\nHola, os paso mi cuenta para el reembolso: {iban}\nUn saludo",
            # actas y transcripciones
            "Acta de la reunión del {date}\nAsistentes: {person}, {person} y {title_name}\nExcusa su asistencia: {first}\n4. Ruegos y preguntas: se denuncia que un responsable llamó «{biased}» a una compañera. Se traslada a RR. HH.",
            "Aviso de cumplimiento: el término «{policy}» aparece en el borrador del contrato; eliminarlo antes de enviarlo al cliente.",
            "[00:09:15] Interviniente 2: …y la paciente, {person}, tiene la historia {mrn}, la vimos el martes.\n[00:09:22] Interviniente 1: Vale, que conste en acta.",
        ],
        "clean": [
            "El AVE Madrid–{city} cambia de horario desde el {date}; la estación Madrid-Puerta de Atocha Almudena Grandes mantiene sus servicios. Incidencia n.º {order}.",
            "Rafa Nadal se despidió en la Copa Davis de Málaga; Alexia Putellas ya suma dos Balones de Oro y Pau Gasol entró en el Salón de la Fama en 2023.",
            "Ensayo clínico {order}, promotor {company}, versión del protocolo {version}; centros participantes: Hospital Gregorio Marañón y Hospital Ramón y Cajal.",
            "Memoria anual del 112: 4,3 millones de llamadas. La nueva base del SUMMA en la calle Doctor Esquerdo abrirá el {date}. Expediente de contratación {invoice}.",
            "Boda en el Parador de {city}: presupuesto {invoice} por {amount} €, válido hasta el {date}.",
            "Revalorización de las pensiones: el ministro José Luis Escrivá anunció una subida del 8,5 %. Referencia BOE {order}.",
            "Versión {version}: corregido el enrutamiento de {cidr6} y de la subred {cidr4}; contraseñas con {hashalgo}. Commit {sha}, incidencia {ticket}.",
            "Vendo {product} precintado, EAN {ean}, con factura {invoice}. Entrega en mano en la plaza de Cervantes.",
            "Acta del patronato del {date}: punto 1, inauguración de la sala Clara Campoamor; punto 2, renovación de licencias {product} (pedido {order}).",
            "Prueba de validación: la tarjeta {badref} se rechaza correctamente (dígito de control erróneo). Puerto {port}.",
            "Envío {tracking} en reparto desde {city}; libro ISBN {isbn}, pedido {order}, referencia {uuid}.",
            "El consulado de España en {namecity} permanecerá cerrado el {date} por festividad local. Seguimiento de envíos de pasaportes renovados: {tracking}.",
        ],
    },
    "nl": {
        "pii": [
            # medisch-wetenschappelijk onderzoek
            "Inclusieformulier multicenterstudie\nZiekenhuis: {company}, locatie {city}\nPatiëntnummer: {mrn}\nGeboortedatum: {dob}\nInformed consent getekend op {date}\nOnderzoeker: {title_name}",
            "Vergoeding proefpersonen\nNaam: {person}\nIBAN: {iban}\nBedrag: € {amount}\nOmschrijving: bezoek 2 + reiskosten",
            # meldkamer en ambulance
            "Meldkamer Ambulancezorg – {time}\nMelder: {person}, terugbelnummer {phone}\nLocatie: {address}\nMelding: vrouw 80 jr gevallen, aanspreekbaar\nUrgentie: A2",
            "Ritformulier ambulance\nPatiënt: {person}\nGeb.datum: {dob}\n{nid}\nOverdracht SEH aan {title_name}",
            # NS en openbaar vervoer
            "Klacht via klantenservice\nNaam: {person}\nE-mailadres: {email}\nReis: {city} – Utrecht Centraal, {date}, 45 min vertraging\nGraag geld terug volgens de regeling.",
            "Proces-verbaal reizen zonder geldig vervoerbewijs\nNaam: {person}\nGeboortedatum: {dob}\nLegitimatie: paspoort {passport}\nAdres: {address}",
            "Gevonden voorwerpen: paspoort nr. {passport} op naam van {person} is afgegeven bij de servicebalie. Eigenaar gebeld op {phone}.",
            # sportschool en sportgeneeskunde
            "Inschrijfformulier sportschool\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nMachtiging SEPA, IBAN: {iban}",
            "Sportmedisch onderzoek – uitslag\nSporter: {person} (geb. {dob})\nInspanningstest: geen afwijkingen\nAkkoord: {title_name}, sportarts",
            # dating en Marktplaats
            "Zij: zin om zaterdag iets te drinken?\nIk: ja leuk! app me maar op {phone}\nZij: top, ik ben trouwens {first} 😄",
            "Te koop: kinderfiets 24 inch, € 80. Ophalen op {address}. Bellen of appen naar {phone}, vraag naar {first}.",
            # bruiloften en evenementen
            "Bruiloft {person} & {person} – {date}\nLocatie: {company}\nAanbetaling voldaan met creditcard {card}\nWeddingplanner: {first}, {phone}",
            # pensioen
            "Geachte {title_name},\n\nU bereikt binnenkort uw pensioenleeftijd. Uw ouderdomspensioen gaat in op {date}.\n{nid}\nGeboortedatum: {dob}\nUitbetaling op rekening: {iban}\n\nMet vriendelijke groet,\nPensioenfonds {company}",
            "Beste {first},\n\nIk heb je pensioenoverzicht doorgenomen. Stuur je me nog even je {nid} en een kopie van je paspoort? Mail naar {email}.\n\nGroet",
            # rechtsbijstand en familierecht
            "Aanvraag toevoeging\nRechtzoekende: {person}\n{nid}\nAdres: {address}\nTelefoon: {phone}\nE-mail: {email}\nZaak: echtscheiding, rechtbank {city}",
            "RECHTBANK {city}\nTeam familie\nZaaknummer: C/{order}\nVerzoeker: {person}, wonende te {address}\nVerweerster: {person}",
            # ambassade, hotel, verhuur
            "Afspraakbevestiging ambassade\nAanvrager: {person}\nPaspoortnummer: {passport}\nGeboortedatum: {dob}\nAfspraak: {date} om {time}",
            "Nachtregister\nNaam gast: {person}\nGeboortedatum: {dob}\nDocumentnummer: {passport}\nAankomst: {date}",
            "Huurovereenkomst auto\nBestuurder: {person}, geb. {dob}\nPaspoort: {passport}\nBorg gereserveerd op creditcard {card}",
            "Apotheek – herhaalrecept\nPatiënt: {title_name}\nGeboortedatum: {dob}\nPatiëntnummer: {mrn}\nMedicatie: metoprolol 50 mg",
            # forum en logs
            "Re: Home Assistant start niet meer\n\nDit is mijn secrets.yaml (oeps, had ik misschien niet moeten posten):\n{secret}\n\nMijn server draait op {ip}.",
            "[ERROR] login mislukt voor {email} vanaf {ip} (5 pogingen), account tijdelijk geblokkeerd",
            # doorgestuurde mail
            "---------- Doorgestuurd bericht ---------\nVan: {person} <{email}>\nDatum: {date}\nOnderwerp: FW: declaratie\nAan: administratie\n\nHoi, mijn nieuwe rekeningnummer is {iban}.\nGroetjes",
            # notulen en transcripties
            "Notulen teamoverleg {date}\nAanwezig: {person}, {person}, {title_name}\nAfwezig met bericht: {first}\nRondvraag: klacht over het woord '{biased}' in de teamapp; HR pakt dit op.",
            "Let op: in de klantpresentatie staat de term '{policy}'. Graag verwijderen voordat het document extern gedeeld wordt.",
            "[00:08:12] Spreker 2: …en mevrouw woont op {address}, dossiernummer {mrn}.\n[00:08:20] Spreker 1: Oké, noteer dat maar.",
        ],
        "clean": [
            "De Intercity Direct naar {city} rijdt vanaf {date} weer via Schiphol; Rotterdam Centraal en Den Haag HS ongewijzigd. Storingsnummer {order}.",
            "Max Verstappen en Sifan Hassan waren al eens sportman en sportvrouw van het jaar; het gala was dit keer in de Johan Cruijff ArenA.",
            "Klinische studie {order}, sponsor {company}, protocolversie {version}; deelnemende centra: Antoni van Leeuwenhoek en Erasmus MC.",
            "Jaarverslag meldkamer: 1,1 miljoen 112-meldingen. De nieuwe ambulancepost aan de Willem-Alexanderlaan opent op {date}. Factuur {invoice}.",
            "Trouwen op Kasteel de Haar? Offerte {invoice} van {company}: € {amount}, geldig tot {date}.",
            "Minister Karien van Gennip presenteerde de Wet toekomst pensioenen in de Tweede Kamer; transitiedatum {date}.",
            "Versie {version}: routering voor {cidr6} en subnet {cidr4} hersteld; wachtwoorden nu met {hashalgo}. Commit {sha}, ticket {ticket}.",
            "Te koop: {product}, nieuw in doos, EAN {ean}, bon {invoice} aanwezig. Ophalen bij station Amsterdam Sloterdijk.",
            "Notulen bestuursvergadering {date}: agendapunt 1, de Aletta Jacobszaal; agendapunt 2, verlenging {product}-licenties (order {order}).",
            "Testgeval: creditcard {badref} wordt terecht geweigerd (controlegetal klopt niet). Poort {port}.",
            "Pakket {tracking} is onderweg; ISBN {isbn}, bestelling {order}, referentie {uuid}.",
            "De Nederlandse ambassade in {namecity} is op {date} gesloten vanwege een feestdag. Track & trace van de paspoortzending: {tracking}.",
        ],
    },
}


# GLACIER: written on 2026-12-02 by a helper engineer who never saw the detection rules, the
# detector code, the other banks' texts or any figure measured on them; only corpus.py (what each
# slot produces) was read. Themes: GP surgeries and primary care, nursing homes, physiotherapy,
# mental-health services, schools and parents, nurseries and youth clubs, landlords and tenants'
# associations, neighbourhood apps and forums, local papers and obituaries, sports news and fan
# forums, museums, theatres and concert halls, libraries and bookshops, banks' fraud teams, DevOps
# chat with pasted logs. Committed alone, before any detector ran on it. Never to be tuned on: it
# is an honest test set, and a rule changed to pass one of its rows makes it worthless.
GLACIER: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # GP surgeries and primary care
            "Hi {first}, this is Riverside Medical Practice. Your asthma review with the practice nurse is booked for {date} at 09:40. Please bring your inhalers. Can't make it? Call {phone} (option 2). Reply STOP to opt out of texts.",
            "Dear Colleague,\n\nRe: {person}   DOB: {dob}   NHS No: {nhs}\n{address}\n\nThank you for seeing this patient, who has had intermittent rectal bleeding for six weeks with a change in bowel habit. Bloods enclosed (Hb 109). I would be grateful for an urgent 2WW assessment.\n\nYours sincerely,\n{title_name}\nGeneral Practitioner",
            "From: {email}\nTo: Oakfield Surgery Prescriptions\nSubject: Repeat prescription\n\nHello, could I please order my usual sertraline 50mg and omeprazole 20mg, to be sent to Boots on the high street. My date of birth is {dob} in case you need it.\n\nMany thanks,\n{person}",
            "PATHOLOGY - CLINICAL BIOCHEMISTRY\nPatient: {person}        Hosp No: {mrn}\nD.O.B.: {dob}    Sex: F    Ward/GP: OAKFIELD SURGERY\nSpecimen: Serum   Collected: {date}\nHbA1c        52 mmol/mol   (H)  [20-41]\neGFR         >90\nComment: Result consistent with diabetes. Please repeat in 3 months.",
            "Kind regards,\n\n{person}\nPractice Manager | Oakfield Surgery\nT: {phone} | E: {email}\nThis email and any attachments are confidential and intended for the named recipient only.",
            # nursing homes
            "NIGHT HANDOVER - WILLOW WING\nRm 14 - {title_name}: settled after 02:00, 2-hourly turns done, pressure areas intact. Refused supper, fluids encouraged.\nRm 15 - asleep throughout.\nDaughter {first} rang 21:10, wants a call on {phone} if anything changes.",
            "resident,date_of_birth,nhs_number,next_of_kin,nok_phone,dnacpr\n\"{person}\",\"{dob}\",{nhs},\"{person}\",\"{phone}\",Y\n\"{person}\",\"{dob}\",{nhs},\"{person}\",\"{phone}\",N",
            # physiotherapy
            "MSK Physio - Initial Assessment\nPt: {person}   Ref: {mrn}\nS: R knee pain 3/52 after twisting injury at five-a-side. Locking x2. Works as a postman.\nO: effusion ++, ROM 10-95, McMurray's +ve medial.\nA: ?medial meniscus tear.\nP: refer for MRI; HEP sent to {email}.",
            # mental health
            "CRISIS TEAM - TRIAGE LOG {time}\nCaller: {person} (self-referral), mob. {phone}\nLives alone at {address}. Reports low mood for 2 months, poor sleep, passive thoughts, no plan. Safety plan agreed, Samaritans number given. Home visit tomorrow AM.",
            "CMHT referral\nName: {person}     NHS: {nhs}\nDOB: {dob}\nGP: {title_name}, Oakfield Surgery\nReason: escalating panic attacks, now unable to use public transport. Previously seen by IAPT (step 2), discharged.",
            "PALS complaint received {date}\n{person} says that the duty worker described their son as \"{biased}\" in front of the whole waiting room. They would like a written apology. Please respond within 10 working days.",
            # schools and parents
            "Dear Parents and Carers,\n\nYear 4 are visiting the Natural History Museum on {date}. Please return the consent slip by Friday. Children will need a packed lunch and a waterproof coat.\n\nAny questions, please speak to the class teacher, {title_name}, or ring the school office on {phone}.",
            "Hi {title_name}, just to let you know {first} won't be in today, was up in the night with a temperature. I'll ring the office if it's more than a couple of days. Thanks, {person}",
            "SKI TRIP 2027 - TRAVEL DOCUMENT FORM\nPupil's full name (as on passport): {person}\nDate of birth: {dob}\nPassport number: {passport}\nNationality: British\nEmergency contact: {phone}\nParent/carer signature: ______________",
            "Staff briefing notes\n3. Reports home: reminder that \"{biased}\" is not acceptable wording in pupil reports. {title_name} to reissue the Year 9 letters before half term.",
            # nurseries and youth clubs
            "Little Acorns Nursery - Collection Authorisation\nChild: {first} (Hedgehogs room)\nAuthorised to collect: {person} (grandparent)\nContact number: {phone}\nPhoto ID will be checked at the door.",
            "[19:42] {first}: is football still on tonight??\n[19:43] Youth Leader: yes 7:30 at the sports hall, bring £2 subs\n[19:43] Youth Leader: parents if your kid is getting picked up late pls text me on {phone}",
            # landlords and tenants
            "ASSURED SHORTHOLD TENANCY AGREEMENT\nLandlord: {person}\nTenant(s): {person}\nProperty: {address}\nRent: £1,150 per calendar month, payable in advance by standing order to the Landlord's account {iban}\nDeposit: £1,325, protected with the DPS.",
            "Minutes - Elm Court Tenants' Association AGM\nPresent: {person} (Chair), {person} (Treasurer), {person}, and 14 residents.\n3. Damp in Block C: {title_name} (flat 22) reported black mould again; the housing officer has still not replied.\n4. AOB: none.",
            "Hi, I moved out of {address} on the 30th and still haven't had my deposit back. The inventory was signed off with no deductions. Please transfer it to {iban}. Regards, {person}",
            # neighbourhood apps and forums
            "Nextdoor · Hillfields\n{person} · 2 hr ago\nFound: black cat with red collar sitting outside {address}. Very friendly, no tag. Message me or call {phone} if he's yours!",
            "Re: Parcel thief on Clarence Road\n> Quote from {first}: it's the same guy in the grey hoodie, he did number 40 last week\nI've got him on my doorbell camera, happy to hand it to the police. DM me or email {email}",
            # local papers and obituaries
            "{person}, of {address}, passed away peacefully at St Luke's Hospice on {date} (born {dob}). Dearly loved by family and friends. Funeral at the Crematorium; family flowers only, donations to the hospice.",
            "COURT ROUNDUP: {person}, of {address}, admitted driving without insurance on the A38 and was fined £660 by Plymouth magistrates. Six points were added to the licence.",
            # sports news and fan forums
            "Selling 2 x season tickets, East Stand block 112, for the home game on {date} - can't make it. Face value. PM me or email {email}. Cheers, {first}",
            "Junior section renewal\nPlayer: {person}\nDOB: {dob}\nAge group: U14\nDirect debit: {iban}\nAccount holder: {person}\nMedical info: mild asthma, inhaler in kit bag.",
            # museums, theatres and concert halls
            "BOX OFFICE PHONE LOG\n14:22 {title_name} booked 2x Stalls F11-12 for Saturday matinee. Paid by card {card}, exp 09/28. To collect from the box office; reminder email to {email}.",
            "Volunteer application - Front of House\nFull name: {person}\nDate of birth: {dob}\nAddress: {address}\nRight to work checked: {nid}\nDBS certificate: enhanced, clear",
            "Touring company - hotel rooming list (Edinburgh run)\nRoom 301 | {person} | Passport {passport} | arr. {date}\nRoom 302 | {person} | Passport {passport} | arr. {date}\nAll rooms on the production account; incidentals to guest.",
            # libraries and bookshops
            "LIBRARY MEMBERSHIP APPLICATION\nSurname, forenames: {person}\nAddress: {address}\nTel: {phone}\nEmail: {email}\nProof of address seen: council tax bill  Staff initials: ____",
            "Special order: ISBN {isbn} x1 for {title_name}, tel {phone}. Paid deposit. Will collect; ring when in.",
            # banks' fraud teams
            "FRAUD CASE FC-{order}\nCustomer: {person}, DOB {dob}\nAddress: {address}\nDisputed: 3x card-not-present transactions on {card} originating from IP {ip}\nCustomer confirms card in possession. Card blocked, replacement issued, chargeback raised.",
            "KYC refresh - documents received\nFull name: {person}\nPassport No.: {passport}\nDate of birth: {dob}\n{nid}\nChecked by: {first}, {date}\nOutcome: verified, risk rating unchanged",
            "@{first} customer on line 3 says someone called pretending to be us and talked them into moving £4,200 to {iban}. Can you raise an APP scam claim and put a marker on the payee?",
            "Please send remittance advice to {role_email} quoting invoice {invoice}. Our accounts contact is {person}, direct line {phone}.",
            "Car hire - additional driver\nName: {person}\nDate of birth: {dob}\nPassport: {passport}\nLicence held since: 2009\nDeposit pre-authorised on card {card}",
            "Travel insurance claim - medical expenses abroad\nPolicyholder: {person}, DOB {dob}\nHospital record no.: {mrn}\nAdmitted with a fractured wrist after a fall; invoice from the hospital attached.",
            # DevOps chat with pasted logs
            "[10:14] {first}: anyone know why staging-api is 502ing?\n[10:15] {first}: logs below\n```\n2026-03-04T10:13:58Z ERROR db.pool connection refused, retrying\n  using {secret}\n```\n[10:16] {first}: mate you just pasted the creds in #general, rotating now",
            "Mar 04 10:22:41 auth-svc[2213]: WARN login failed user={email} src={ip} attempts=5 locked=true",
            "Traceback (most recent call last):\n  File \"/app/billing/export.py\", line 88, in export_row\n    writer.writerow([c.name, c.iban])\n  File \"/app/billing/validate.py\", line 21, in check\n    raise ValueError(f\"invalid IBAN for customer {c.name}: {c.iban}\")\nValueError: invalid IBAN for customer {person}: {iban}",
            "POST /fhir/Patient 201 Created\n{\"resourceType\": \"Patient\", \"name\": [{\"text\": \"{person}\"}], \"birthDate\": \"{dob}\", \"identifier\": [{\"value\": \"{mrn}\"}]}",
            "INSERT INTO members (full_name, email, phone, joined_on) VALUES ('{person}', '{email}', '{phone}', '{date}');",
            "#incidents: heads up, someone put \"{policy}\" into the draft of the public status page, pulled it before it went out. {person} is writing the postmortem.",
            "youth_club_trip:\n  venue: Go Ape, Haldon Forest\n  attendees:\n    - name: {person}\n      dob: \"{dob}\"\n      emergency_contact: \"{phone}\"\n    - name: {person}\n      dob: \"{dob}\"\n      emergency_contact: \"{phone}\"",
        ],
        "clean": [
            "Flu clinics: over-65s and carers can book a flu jab at the surgery on Saturdays in October. The Florence Nightingale ward at St Thomas' reopens on {date} after refurbishment.",
            "Fraud alert: we will never ask you to move money to a 'safe account'. If someone calls claiming to be from {company}, hang up and ring the number on the back of your card.",
            "Payment not sent: beneficiary IBAN {badref} failed validation (check digits). No money has left your account. Reference {ticket}.",
            "Activities this week at Willow Wing: Tuesday armchair yoga, Wednesday the Queen Elizabeth Hospital League of Friends choir, Friday film afternoon (Mary Poppins).",
            "Year 6 will perform Roald Dahl's 'Charlie and the Chocolate Factory' in the school hall on {date}. Tickets £3, all proceeds to the PTA.",
            "Road closure: Victoria Street between the Nelson Mandela roundabout and {namecity} Avenue will be closed on {date} for resurfacing. Buses 14 and 22 diverted via Churchill Way.",
            "Dame Maggie Smith, star of 'The Prime of Miss Jean Brodie' and 'Downton Abbey', has died aged 89, her sons said in a statement.",
            "A late Marcus Rashford free kick earned a point at Villa Park. Afterwards the manager said the squad had 'shown real character' after going a goal down.",
            "Anyone else think Southgate should've started Cole Palmer in the final? This thread is 40 pages long and still nobody agrees lol",
            "Sir Ian McKellen returns to the Old Vic as King Lear. Previews from {date}; running time approx. 3h 10m including one interval. Members' priority booking opens at {time}.",
            "The Charles Dickens Museum on Doughty Street extends its opening hours from {date}. Entry is free for under-16s and Art Fund members.",
            "New this month: Hilary Mantel, 'Wolf Hall' (ISBN {isbn}) and Zadie Smith, 'The Fraud' (ISBN {isbn}). Reserve online or at the counter.",
            "Signed copies of Kazuo Ishiguro's new novel now in stock, EAN {ean}. Limit of two per customer while stocks last.",
            "Agenda - Lincoln House Residents' Association\n1. Lift repairs (contractor: {company})\n2. Service charge invoice {invoice}, {amount} GBP\n3. Bins and the {brand} van parked on the verge\n4. AOB",
            "Mental Health Awareness Week runs from {date}. The Samaritans are free to call on 116 123, day or night, and the Stanley Matthews Sports Injury Clinic hosts a wellbeing walk on {date}.",
            "[09:02] deploy-bot: {product} image {version} rolled out to prod (commit {sha}), canary 10% -> 100% at {time}\n[09:03] deploy-bot: ingress allow-list now {cidr4}, {cidr6}, port {port}",
            "2026-11-03T08:14:22Z INFO order-svc order={order} tracking={tracking} carrier=DPD status=DISPATCHED latency_ms=87",
            "java.lang.IllegalStateException: invoice {invoice} already settled\n\tat com.acme.billing.Ledger.post(Ledger.java:212)\n\tat com.acme.billing.Batch.run(Batch.java:57)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)",
            "Password policy for the booking system: hashes use {hashalgo}, sessions expire after 30 minutes, request id {uuid}.",
        ],
    },
    "de": {
        "pii": [
            "Hallo {first}, Ihre Gesundheitsuntersuchung (Check-up 35) ist am {date} um 8:15 Uhr. Bitte nüchtern kommen und die Versichertenkarte mitbringen. Absagen bitte unter {phone}. Ihre Hausarztpraxis am Markt",
            "Überweisung an: Orthopädie\nPatient: {person}, geb. {dob}\nPat.-Nr.: {mrn}\nDiagnose: M54.5 G Kreuzschmerz, seit 6 Wo. therapieresistent\nAuftrag: Mitbehandlung, ggf. MRT LWS",
            "Pflegebericht WB 2, Zi. 7 – {title_name}\nFrühdienst: Bew. nachts unruhig, Frühstück ca. 50 % gegessen, RR 145/85, Trinkmenge 900 ml. Tochter ({email}) bittet um Rückruf wegen Höherstufung des Pflegegrads.",
            "Heilmittelverordnung – KG 6x\nName, Vorname: {person}\nGeb.-Datum: {dob}\nAnschrift: {address}\nDiagnose: M75.1 Läsion der Rotatorenmanschette\nTherapiefrequenz: 2x wöchentlich",
            "Psychotherapeutische Sprechstunde – Erstkontakt\nKlient*in: {person}, Tel. {phone}\nAnliegen: Schlafstörungen und Grübeln seit dem Jobverlust. Keine akute Eigengefährdung. Probatorische Sitzung am {date} vereinbart.",
            "Sehr geehrte Frau Klassenlehrerin,\n\nunser Sohn {first} (Klasse 5b) ist seit heute krank und kann voraussichtlich bis Freitag nicht am Unterricht teilnehmen. Ein ärztliches Attest reichen wir nach.\n\nMit freundlichen Grüßen\n{person}",
            "Klassenfahrt London – Teilnehmerliste\nName;Geburtsdatum;Reisepass-Nr.;Notfallkontakt\n{person};{dob};{passport};{phone}\n{person};{dob};{passport};{phone}",
            "Liebe Eltern der Igelgruppe,\nab Montag gilt die neue Abholliste. Für {first} ist zusätzlich {person} (Oma) abholberechtigt, Tel. {phone}. Bitte denkt an Wechselwäsche!\nEuer Kita-Team",
            "[18:03] {first}: kommt heut wer zum kickern?\n[18:05] JuZ Team: ja, ab 17 uhr offen 🙂\n[18:06] JuZ Team: wer samstag mit in die Kletterhalle will: Einverständniserklärung bis Do abgeben, Fragen an {email}",
            "Mietvertrag über Wohnraum\nzwischen {person} (Vermieter)\nund {person} (Mieter)\n§ 1 Mietobjekt: {address}, 2. OG links, 3 Zimmer, Küche, Bad\n§ 5 Die Kaution in Höhe von drei Nettokaltmieten ist auf das Konto IBAN {iban} zu überweisen.",
            "Protokoll der Mieterversammlung\nAnwesend: {person}, {person}, {title_name} (Sprecher*in Haus 3)\nTOP 1: Heizungsausfall im Januar – Hausverwaltung hat bis heute nicht reagiert.\nTOP 2: Nebenkostenabrechnung, Widerspruch wird vorbereitet.",
            "nebenan.de · Südstadt\n{person}: Hat jemand einen Schlüsselbund mit blauem Anhänger gefunden? Verloren zwischen Edeka und {address}. Bitte melden unter {phone}, danke!!",
            "In stiller Trauer nehmen wir Abschied von\n\n{person}\n* {dob}    † {date}\n\nDie Trauerfeier findet im engsten Familienkreis statt.\nTraueradresse: {address}",
            "Re: Auswärtsfahrt Bielefeld\nZitat von {first}: Wer hat noch nen Platz im Bus?\nIch! Überweis mir einfach die 35 €, IBAN {iban}, Verwendungszweck Bus Bielefeld 😄",
            "Aufnahmeantrag TSV 1860 Jugendabteilung\nName: {person}\nGeburtsdatum: {dob}\nSEPA-Lastschriftmandat: IBAN {iban}\nKontoinhaber: {person}\nUnterschrift Erziehungsberechtigte/r: __________",
            "Abo-Service Staatstheater – Kundenkonto\nKunde: {title_name}\nE-Mail: {email}\nZahlart: Kreditkarte {card}\nAbo: Premieren-Abo B, Parkett Reihe 7, Platz 12",
            "Leihverkehr Ausstellung Tokio – Kurierbegleitung\nKurier: {person}\nReisepassnummer: {passport}\nGeburtsdatum: {dob}\nVisum beantragt am: {date}\nFlug: FRA–HND, Rückflug nach Aufbau",
            "Stadtbibliothek – 2. Mahnung\n{title_name}\n{address}\n\nDie folgenden Medien sind seit über vier Wochen überfällig. Bitte geben Sie sie umgehend zurück; die Säumnisgebühr beträgt derzeit 6,00 €.",
            "Betrugsverdacht – Fall {ticket}\nKunde: {person}, geb. {dob}\n{nid}\nKarte {card} gesperrt nach vier Online-Umsätzen von IP {ip}. Kunde bestätigt, die Karte im Besitz zu haben. Ersatzkarte beauftragt.",
            "{first} [10:41]\nhab grad das hier in #deploy gepostet, sorry 🙈\n```\n{secret}\n```\n{first} [10:42]\nKey ist schon rotiert, bitte trotzdem die Nachricht löschen",
            "Jan 12 03:14:07 web-02 nginx: {ip} - - [12/Jan/2026:03:14:07 +0100] \"POST /login HTTP/1.1\" 401 512 \"-\" \"curl/8.5.0\"",
            "org.springframework.dao.DuplicateKeyException: Kunde mit E-Mail '{email}' existiert bereits\n\tat de.shop.kunden.KundenRepository.save(KundenRepository.java:77)\n\tat de.shop.kunden.RegistrierungService.registriere(RegistrierungService.java:41)",
            "Hinweis der Compliance: Bitte den Begriff „{policy}“ nicht in Tickets, Commit-Messages oder Kundenmails verwenden. Rückfragen an {person}.",
            "Sehr geehrte Schulleitung,\nder Sportlehrer hat meine Tochter vor der ganzen Klasse als „{biased}“ bezeichnet. Ich bitte um ein Gespräch.\n{person}",
            "Entlassbrief\nPatient: {person}, geb. am {dob}\nFallnummer: {mrn}\nStationärer Aufenthalt vom {date} bis {date}\nDiagnosen: Pneumonie rechts basal, Diabetes mellitus Typ 2",
            "Meldeschein für Beherbergungsstätten\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nReisepass-/Ausweis-Nr.: {passport}\nAnreise: {date}",
            "Personalstammblatt – Neueinstellung Pflegekraft\nName: {person}\nAnschrift: {address}\n{nid}\nKrankenkasse: AOK\nEintritt: {date}",
        ],
        "clean": [
            "Die Konrad-Adenauer-Straße bleibt wegen Kanalarbeiten vom {date} bis {date} zwischen Rathaus und Beethovenplatz gesperrt. Die Buslinie 5 wird umgeleitet.",
            "Thomas Müller verabschiedet sich nach 25 Jahren vom FC Bayern; der Vorstand sprach von einer „Ikone des Vereins“.",
            "Das Robert Koch-Institut empfiehlt die Grippeimpfung für alle ab 60. In unserer Praxis impfen wir ab {date} ohne Termin.",
            "Neu in der Stadtbibliothek: Juli Zeh, „Zwischen Welten“ (ISBN {isbn}), und Daniel Kehlmann, „Lichtspiel“ (ISBN {isbn}). Vormerkungen online.",
            "Goethes „Faust I“ im Schauspielhaus: Premiere am {date}, Spieldauer ca. 3 Stunden, eine Pause. Restkarten an der Abendkasse.",
            "[deploy-bot] {product} {version} auf prod-eu ausgerollt (Commit {sha}), Allowlist ergänzt: {cidr4}",
            "2026-02-10 07:31:55 INFO  versand-service Sendung {tracking} an Paketdienst übergeben, Auftrag {order}, Lager {city}",
            "Überweisung abgelehnt: Die IBAN {badref} ist ungültig (Prüfziffer). Es wurde kein Betrag belastet. Vorgang {ticket}.",
            "Die Albrecht-Dürer-Ausstellung im Germanischen Nationalmuseum wird bis zum {date} verlängert. Führungen sonntags um 14 Uhr.",
            "Betriebskostenabrechnung {invoice}: Nachzahlung {amount} EUR, fällig bis {date}. Der Mieterverein prüft Abrechnungen kostenlos für Mitglieder.",
            "Die Kita „Astrid Lindgren“ bleibt am {date} wegen Teamfortbildung geschlossen. Notbetreuung im Familienzentrum Sophie-Scholl-Straße.",
            "Der frühere Bundespräsident Horst Köhler ist im Alter von 81 Jahren gestorben. Der Bundeskanzler würdigte ihn als „Brückenbauer“.",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {first}, rappel : RDV le {date} à 10h30 avec votre médecin traitant, cabinet médical des Tilleuls. En cas d'empêchement, merci d'annuler en ligne ou d'appeler le {phone}.",
            "ORDONNANCE\n{title_name}\nNé(e) le {dob}\n\nKinésithérapie : 10 séances de rééducation du genou droit, à domicile si nécessaire.\nRenouvelable une fois.",
            "Transmissions ciblées – EHPAD Les Tilleuls\nRésident : {person}, ch. 112\nCible : chute\nDonnées : retrouvé(e) au sol à 3h, pas de douleur apparente, constantes ok.\nActions : surveillance renforcée, famille prévenue au {phone}.",
            "Centre médico-psychologique – fiche de premier contact\nNom : {person}\nDate de naissance : {dob}\n{nid}\nAdressé(e) par : médecin traitant\nMotif : crises d'angoisse, arrêt de travail depuis 3 semaines",
            "COMPTE RENDU D'HOSPITALISATION\nPatient(e) : {person}\nN° IPP : {mrn}\nEntrée le {date}, sortie le {date}\nMotif : décompensation cardiaque. Traitement de sortie : furosémide 40 mg.",
            "Madame,\n{first} a oublié son cahier de mathématiques pour la troisième fois cette semaine. Merci de signer ce mot.\nL'enseignante\n\nVu et pris connaissance, {person}",
            "Voyage scolaire en Espagne – liste pour l'agence\nNom Prénom | Né(e) le | N° passeport | Tél. parent\n{person} | {dob} | {passport} | {phone}\n{person} | {dob} | {passport} | {phone}",
            "Fiche d'inscription – crèche municipale\nEnfant : {first}\nResponsable légal : {person}\nAdresse : {address}\nCourriel : {email}\nPersonnes autorisées à venir chercher l'enfant : voir au verso",
            "Salut tout le monde ! Inscriptions pour le stage BD des vacances de février : envoyez un mail à {email} avant vendredi, places limitées 😉\n— {first}, animateur MJC",
            "QUITTANCE DE LOYER\nJe soussigné(e) {person}, propriétaire du logement situé {address}, déclare avoir reçu de {person} la somme de 780 € au titre du loyer et des charges du mois de mars, et lui en donne quittance.",
            "Bonjour,\nSuite à un changement de banque, merci de virer désormais le loyer sur le compte suivant : IBAN {iban} (BIC joint).\nCordialement,\n{title_name}",
            "Compte rendu – Amicale des locataires, résidence Les Peupliers\nPrésents : {person} (présidente), {person}, {title_name}\n1. Ascenseur du bât. B en panne depuis trois semaines : courrier recommandé au bailleur.\n2. Fête des voisins : juin.",
            "Groupe « Voisins du 11e »\n{person} : Perdu chat tigré, répond au nom de Moustache, secteur rue Oberkampf / {address}. Récompense ! 📞 {phone}",
            "Ses enfants et petits-enfants ont la tristesse de vous faire part du décès de\n{title_name}\nsurvenu le {date}, dans sa 88e année.\nLes obsèques auront lieu en l'église Saint-Martin. Condoléances : {address}",
            "Re: Déplacement à Lens\n> {first} a écrit : quelqu'un a une place dans sa voiture ?\nMoi ! Départ 14h de Lille, 3 places. MP ou mail : {email}",
            "Billetterie – réservation téléphonique\nClient : {title_name}\nTél. : {phone}\nRèglement : CB {card}, exp. 11/27\n2 places orchestre, rang G, séance du samedi 20h30",
            "Demande de visa – mission de convoiement d'œuvres\nNom : {person}\nN° de passeport : {passport}\nDate de naissance : {dob}\nDestination : Abou Dabi, départ le {date}",
            "Médiathèque – relance\n{title_name}, vous avez 3 documents en retard depuis le {date}. Merci de les rapporter ou de nous contacter au {phone}.",
            "Dossier fraude n° {ticket}\nClient : {person}\nDate de naissance : {dob}\nOpposition sur la carte {card} suite à 3 paiements en ligne non reconnus depuis l'IP {ip}. Client en possession de sa carte.",
            "{first}  11:02\nquelqu'un peut regarder ? le job CI plante :\n```\nError: authentication failed\n{secret}\n```\n{first}  11:03\naïe, t'as collé le secret en clair dans le canal, je le révoque",
            "févr. 03 14:22:10 api-prod sshd[8812]: Failed password for invalid user admin from {ip} port 52144 ssh2",
            "Rappel de la DSI : le nom de code « {policy} » ne doit apparaître dans aucun document externe ni ticket client. Contact : {person}",
            "Signalement au CPE : pendant la récréation, un élève de 4e a traité {first} de « {biased} ». Les parents ont été prévenus et une sanction est envisagée.",
            "Fiche individuelle de police\nNom : {person}\nNé(e) le : {dob}\nNationalité : suisse\nPasseport n° : {passport}\nDate d'arrivée : {date}",
            "Pharmacie du Centre – dossier n° {mrn}\n{person}, mutuelle à jour\nDélivré : Doliprane 1000 mg, boîte de 8\nMail de suivi : {email}",
            "{\"event\":\"login_failed\",\"user\":\"{email}\",\"src_ip\":\"{ip}\",\"service\":\"espace-locataire\",\"ts\":\"2026-03-02T07:41:09Z\"}",
        ],
        "clean": [
            "La rue Jean-Jaurès sera fermée à la circulation du {date} au {date} pour travaux de voirie. Déviation par le boulevard Victor-Hugo.",
            "Kylian Mbappé a inscrit un doublé lors de la victoire des Bleus ; Didier Deschamps a salué « un match plein ».",
            "Le musée Picasso prolonge l'exposition jusqu'au {date}. Entrée gratuite le premier dimanche du mois.",
            "Nouveautés à la médiathèque : Annie Ernaux, « Les Années » (ISBN {isbn}) ; Leïla Slimani, « J'emporterai le feu » (EAN {ean}).",
            "[ci] Pipeline #{order} réussi : image {product} {version}, commit {sha}, déployée sur {city}-prod à {time}.",
            "Virement refusé : l'IBAN {badref} est invalide (clé de contrôle). Aucun montant n'a été débité. Référence {ticket}.",
            "Régularisation des charges {invoice} : solde de {amount} € à régler avant le {date}. Permanence de l'amicale le mardi de 18h à 19h.",
            "Programme d'animation : lundi loto, mercredi chorale avec les élèves de l'école Jules-Ferry, vendredi projection de « La Grande Vadrouille ».",
            "Isabelle Huppert joue au Théâtre de la Ville à partir du {date}. Durée : 1h20 sans entracte.",
            "L'hôpital européen Georges-Pompidou ouvre un nouveau service de rééducation le {date}. Prise de rendez-vous via le secrétariat.",
            "2026-04-11T09:12:45Z INFO colis {tracking} remis au transporteur, commande {order}, entrepôt {namecity}",
            "Décès de Jean-Paul Belmondo : l'acteur d'« À bout de souffle » avait 88 ans ; un hommage national lui a été rendu aux Invalides.",
        ],
    },
    "es": {
        "pii": [
            "Centro de Salud Los Olivos – Cita previa\nPaciente: {person}\nNHC: {mrn}\nFecha: {date}, 09:20\nMédico de familia, consulta 4. Si no puede acudir, anule la cita en la app o llame al {phone}.",
            "INFORME DE ALTA\nNombre: {person}\nFecha de nacimiento: {dob}\n{nid}\nN.º historia clínica: {mrn}\nDiagnóstico principal: neumonía adquirida en la comunidad.",
            "Parte de incidencias – Residencia de mayores San Roque\nResidente: {title_name}, hab. 23\nTurno de noche: episodio de desorientación a las 4:00, se reconduce sin incidencias. Se avisa a su hijo {first} al {phone}.",
            "Hola {first}! Te confirmo la sesión de fisio el jueves a las 18:00. Si no puedes venir avísame por aquí o al {phone}. Un saludo, Clínica de Fisioterapia Ribera",
            "Derivación a la Unidad de Salud Mental\nPaciente: {person}, nacido/a el {dob}\nDomicilio: {address}\nMotivo: ansiedad generalizada, insomnio de conciliación. Sin ideación autolítica.",
            "[21:14] {first}: Alguien sabe si mañana hay que llevar el disfraz de carnaval??\n[21:15] {first}: siii y el almuerzo, que hay excursión\n[21:16] {person}: yo tengo la autorización de la excursión firmada, os paso foto",
            "Viaje de estudios a Londres – datos para la agencia\nAlumno/a: {person}\nF. nacimiento: {dob}\nN.º pasaporte: {passport}\nTeléfono del tutor legal: {phone}",
            "Ficha de inscripción – Escuela Infantil Municipal\nNombre del niño/a: {first}\nPadre/madre/tutor: {person}\n{nid}\nDomicilio: {address}\nCorreo electrónico: {email}",
            "¡Hola chavales! Este sábado salida al rocódromo 🧗 Inscripciones en {email} hasta el jueves. Traed agua y ropa cómoda. Monitor: {first}",
            "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nREUNIDOS\nDe una parte, {person}, mayor de edad, con {nid}, en calidad de ARRENDADOR.\nDe otra parte, {person}, en calidad de ARRENDATARIO.\nEXPONEN que el arrendador es propietario de la vivienda sita en {address}.",
            "Buenas, te recuerdo que el alquiler de este mes va a la cuenta {iban}. Concepto: piso 3ºB. Gracias, {first}",
            "ACTA DE LA JUNTA ORDINARIA – Comunidad de Propietarios\nAsistentes: {person} (presidente), {person} (secretaria), {title_name} (3ºA)\n1. Derrama para la reparación del ascensor: aprobada por mayoría.\n2. Ruegos y preguntas.",
            "Grupo Vecinos del Barrio\n{person}: Se ha encontrado un perrito blanco en la plaza, lo tengo en casa ({address}). Llamadme al {phone} si es vuestro",
            "{person}\nFalleció en {city} el día {date}, a los 84 años de edad.\nD. E. P.\nSus hijos, nietos y demás familia ruegan una oración por su alma. Capilla ardiente: Tanatorio Municipal, sala 3.",
            "Re: Entradas para el derbi\nCito a {first}: ¿alguien vende dos entradas de fondo?\nYo tengo dos, 60 € cada una. Bizum o transferencia a {iban}.",
            "Reserva telefónica – Teatro Principal\nCliente: {title_name}\nTeléfono: {phone}\nTarjeta: {card}\n2 butacas de patio, fila 8, función del domingo",
            "Solicitud de visado – correo de obra de arte\nApellidos y nombre: {person}\nPasaporte n.º: {passport}\nFecha de nacimiento: {dob}\nMuseo prestatario: salida el {date}",
            "Biblioteca Municipal – alta de carné de lector\nNombre y apellidos: {person}\nCorreo electrónico: {email}\nTeléfono: {phone}\nDomicilio: {address}",
            "Expediente de fraude {ticket}\nTitular: {person}\nFecha de nacimiento: {dob}\nTarjeta bloqueada: {card}\nOperaciones no reconocidas desde la IP {ip}. El cliente conserva la tarjeta.",
            "{first}  10:32\nme peta el deploy, os pego el log:\n```\nERROR conexión rechazada\n{secret}\n```\n{first}  10:33\nojo que has pegado la contraseña en el canal, la roto ya",
            "{\"level\":\"warn\",\"msg\":\"login fallido\",\"user\":\"{email}\",\"ip\":\"{ip}\",\"ts\":\"2026-05-14T08:22:11Z\"}",
            "Aviso de Cumplimiento: queda prohibido mencionar «{policy}» en canales públicos o correos a clientes. Dudas a {person}.",
            "Queja al club: el entrenador de infantiles llamó «{biased}» a mi hijo delante de todo el equipo. Espero una respuesta por escrito. {person}",
            "Parte de entrada de viajeros\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nPasaporte: {passport}\nFecha de entrada: {date}",
            "Receta electrónica – {person}\nCIP: {mrn}\nIbuprofeno 600 mg, 1 comprimido cada 8 h durante 5 días\nDispensar en: Farmacia Central, Av. de la Constitución",
        ],
        "clean": [
            "La calle Federico García Lorca permanecerá cortada al tráfico del {date} al {date} por obras de saneamiento.",
            "Roland Garros rindió homenaje a Rafa Nadal; Carlos Alcaraz le dedicó su victoria en la pista Philippe-Chatrier.",
            "El Museo del Prado amplía la exposición de Goya hasta el {date}; entrada gratuita de lunes a sábado de 18 a 20 h.",
            "Novedades en la biblioteca: Javier Marías, «Tomás Nevinson» (ISBN {isbn}), y Almudena Grandes, «Todo va a mejorar» (ISBN {isbn}).",
            "[deploy] {product} {version} desplegado en producción, commit {sha}, reglas de firewall {cidr4} y {cidr6}",
            "Transferencia rechazada: el IBAN {badref} no es válido. No se ha realizado ningún cargo. Ref. {ticket}.",
            "Derrama extraordinaria: factura {invoice} de {company} por {amount} €, vencimiento {date}.",
            "Programa de actividades de la residencia: lunes bingo, miércoles taller de memoria, viernes cine («Bienvenido, Mister Marshall»).",
            "«La casa de Bernarda Alba» vuelve al Teatro Español a partir del {date}; duración aproximada 1 h 45 min.",
            "El Hospital Gregorio Marañón inaugura su nueva unidad de fisioterapia el {date}.",
            "2026-06-02 12:03:11 INFO envío {tracking} entregado al transportista, pedido {order}, almacén {namecity}",
            "Fallece a los 89 años Mario Vargas Llosa, premio Nobel de Literatura en 2010.",
        ],
    },
    "nl": {
        "pii": [
            "Beste {first}, u heeft een afspraak bij de huisarts op {date} om 10:20. Verhinderd? Bel {phone} of zeg af via de app. Huisartsenpraktijk De Linde",
            "Verwijsbrief\nPatiënt: {person}\nGeb. datum: {dob}\n{nid}\nPatiëntnr.: {mrn}\nVerwezen naar: dermatologie\nVraagstelling: pigmentlaesie li. schouder, groei afgelopen 3 mnd.",
            "Rapportage afd. Zonnebloem – {title_name}\nNacht: onrustig, 2x uit bed geholpen, geen val. Dochter {first} gebeld op {phone}, zij komt morgenochtend langs.",
            "Fysiotherapie – intake\nNaam: {person}\nAdres: {address}\nE-mail: {email}\nKlacht: schouderpijn re. na val met de fiets\nDTF: ja, geen verwijzing",
            "GGZ-aanmelding via POH-GGZ\nCliënt: {person}, geb. {dob}\nTel.: {phone}\nHulpvraag: paniekklachten, durft niet meer met de trein",
            "Parro – Groep 6\n{person}: Goedemorgen juf, {first} is ziek en blijft vandaag thuis. Groetjes!",
            "Werkweek Berlijn – deelnemerslijst\nnaam;geboortedatum;paspoortnr.;noodnummer\n{person};{dob};{passport};{phone}\n{person};{dob};{passport};{phone}",
            "Inschrijfformulier kinderopvang\nKind: {first}\nOuder/verzorger: {person}\n{nid}\nIBAN voor automatische incasso: {iban}\nGewenste dagen: ma, di, do",
            "Yo! Vrijdag FIFA-toernooi in de soos vanaf 19u 🎮 Aanmelden via {email}. Groet, {first} (jongerenwerker)",
            "HUUROVEREENKOMST WOONRUIMTE\nVerhuurder: {person}\nHuurder: {person}\nHet gehuurde: {address}\nDe huurprijs wordt maandelijks vóór de 1e overgemaakt op rekening {iban}.",
            "Notulen huurdersvereniging De Vaart\nAanwezig: {person} (voorzitter), {person} (penningmeester), {title_name}\n1. Schimmel in de badkamers van blok C: brief naar de corporatie.\n2. Rondvraag.",
            "WhatsApp Buurtpreventie Oost\n[22:41] {person}: verdacht persoon bij de garageboxen achter {address}, politie gebeld\n[22:43] {first}: 👍 hou ons op de hoogte",
            "Bedroefd delen wij mede dat van ons is heengegaan\n\n{person}\n* {dob}    † {date}\n\nCorrespondentieadres: {address}",
            "Re: Kaarten Feyenoord–Ajax\nQuote van {first}: iemand nog 2 kaarten over?\nJa, vak 114. Stuur me een DM of mail naar {email}",
            "Reservering schouwburg\nKlant: {title_name}\nTel.: {phone}\nBetaald met creditcard {card}\n2x rang 1, rij 5, voorstelling van zaterdag",
            "Koerier bruikleen – reisgegevens\nNaam: {person}\nPaspoortnummer: {passport}\nGeboortedatum: {dob}\nVlucht naar New York op {date}",
            "Beste {title_name}, de volgende titels zijn te laat ingeleverd. Verlengen kan via de app of bel de bibliotheek op {phone}.",
            "Fraudemelding {ticket}\nKlant: {person}, geb. {dob}\nPas {card} geblokkeerd na 5 online betalingen vanaf IP {ip}\nKlant ontkent de transacties, pas in bezit.",
            "{first} 09:15\nwie kan ff kijken, deploy faalt:\n```\n{secret}\n```\n{first} 09:16\ndat is de prod key 😬 ik roteer hem nu, bericht graag verwijderen",
            "Apr 22 04:01:13 mail-01 postfix/smtpd[1190]: NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 <{email}>: Relay access denied",
            "Let op: de projectnaam ‘{policy}’ niet gebruiken in mails naar externen of in tickets. Vragen? {person}",
            "Klacht bij de sportclub: de trainer noemde mijn dochter ‘{biased}’ tijdens de training. Graag een gesprek. Met vriendelijke groet, {person}",
            "Nachtregister hotel\nNaam: {person}\nGeboortedatum: {dob}\nPaspoort: {passport}\nAankomst: {date}",
            "Ontslagbrief\nPatiënt: {person}\nZiekenhuisnummer: {mrn}\nOpname {date} t/m {date}\nBeleid: controle polikliniek over 6 weken",
            "Machtiging SEPA – contributie hockeyclub\nNaam rekeninghouder: {person}\nIBAN: {iban}\nE-mail: {email}",
        ],
        "clean": [
            "De Johan Cruijff ArenA is op {date} gesloten vanwege onderhoud aan het dak.",
            "Virgil van Dijk scoorde in blessuretijd; bondscoach Ronald Koeman sprak van 'een verdiende zege'.",
            "Het Rijksmuseum verlengt de Vermeer-tentoonstelling tot {date}; Museumkaarthouders hebben gratis toegang.",
            "Nieuw in de bibliotheek: Arnon Grunberg, 'Bezette gebieden' (ISBN {isbn}), en Marieke Lucas Rijneveld, 'Mijn lieve gunsteling' (EAN {ean}).",
            "[deploy-bot] {product} {version} live op prod (commit {sha}), firewall-regel {cidr4} toegevoegd",
            "Overboeking geweigerd: IBAN {badref} is ongeldig (controlegetal). Er is niets afgeschreven. Kenmerk {ticket}.",
            "Servicekostenafrekening {invoice}: terug te betalen {amount} euro, uiterlijk {date}.",
            "Activiteiten deze week: maandag bingo, woensdag het shantykoor, vrijdag film ('Fanfare' van Bert Haanstra).",
            "Hamlet in Koninklijk Theater Carré vanaf {date}; speelduur ca. 2 uur 30 inclusief pauze.",
            "Het Antoni van Leeuwenhoek opent op {date} een nieuwe afdeling dagbehandeling.",
            "2026-07-19T06:44:02Z INFO pakket {tracking} overgedragen aan PostNL, order {order}",
            "Oud-premier Dries van Agt is op 93-jarige leeftijd overleden, meldt het Rights Forum.",
        ],
    },
}


# TUNDRA: written blind on 2026-12-03 by a helper engineer (worktree i14tu) who never saw the
# detection rules, the other banks' texts or any detector's output, only corpus.py's slot
# generators. Committed alone, before any detector ran on it. An honest test set: measure it,
# never tune on it. Themes: insurance brokers and loss adjusters, notaries and land registries,
# courts and bailiffs, municipal registries, admissions and exam boards, conferences and peer
# review, lost luggage, freight forwarding, utilities, car sharing and bike rental, temp agencies
# and payroll, discharge letters and referrals, podcasts and interviews, wikis and changelogs.
TUNDRA: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # insurance brokers and loss adjusters
            "Loss adjuster's site report - claim ref {invoice}\nInsured: {person}\nRisk address: {address}\nDate of loss: {date}\nCause: escape of water from a failed compression fitting under the kitchen sink; stopcock left open while the insured was abroad. Strip-out approved, reserve set at EUR {amount}.",
            "Hi {first},\n\nThanks for sending the proposal form back. Underwriters have one query before they can quote the landlord cover: the date of birth of the second named insured. We have {dob} on file but the form says otherwise - which is right?\n\nKind regards,\n{title_name}\nAccount Executive, Commercial Lines\nDirect: {phone}",
            "Direct debit instruction - annual premium in 10 instalments\nAccount holder: {person}\nIBAN: {iban}\nFirst collection: {date}\nQuestions about collections or refunds go to our accounts team at {role_email}, not to your broker.",
            "Payment received with thanks - motor policy renewal\nCardholder: {person}\nCard: {card}\nAmount: EUR {amount}\nAuth code 04418B. Your certificate of insurance will follow by post.",
            "insured_party:\n  name: {person}\n  date_of_birth: {dob}\n  passport_no: {passport}\n  mobile: \"{phone}\"\ntrip:\n  destination: Canada\n  start: {date}\n  cover: single-trip, winter sports excluded",
            # notaries and land registries
            "Application to change the register (AP1)\nTitle number: {order}\nTransferee for entry in the register: {person}\nAddress for service: {address}\nEmail for service: {email}\nLodged by the conveyancer on {date}.",
            "Client identity verification (AML) - purchase of freehold\nName: {person}\nDOB: {dob}\nPassport no.: {passport} (original seen, certified copy on file)\nProof of address: council tax bill, {address}\nVerified by: {title_name}, trainee solicitor",
            # courts and bailiffs
            "IN THE COUNTY COURT AT {namecity}\nClaim No. {invoice}\nBETWEEN\n{company}  Claimant\nand\n{person}  Defendant\n\nNOTICE OF ENFORCEMENT: an enforcement agent will attend {address} on or after {date} to take control of goods.",
            "Msg from High Court Enforcement: {title_name}, writ ref {order} remains unpaid. Call us on {phone} before {date} to arrange payment, otherwise an agent will attend your address.",
            "Complaint log - enforcement visit\nDebtor: {person}\nAllegation: the agent told the debtor on the doorstep \"{policy}\". Body-worn camera footage requested from the contractor; reply due {date}.",
            # municipal registries
            "NOTICE OF MARRIAGE\nName and surname: {person}\nCondition: Single\nOccupation: Nurse\nPlace of residence: {address}\nNationality and evidence: Irish, passport {passport}\nDate notice given: {date}",
            "Birth registration appointment confirmed for {date}, Civic Centre room 4.\nInformant: {person}\nBaby's forename(s) as chosen: {first}\nPlease bring the hospital discharge papers and photo ID. Queries: {phone}",
            "INSERT INTO electoral_register (full_name, address, dob, added_on) VALUES ('{person}', '{address}', '{dob}', '{date}');",
            # university admissions and exam boards
            "Applicant {order} - {person}\nOffer: conditional, AAB incl. Mathematics\nDOB: {dob}\nFee status query: applicant quoted {nid} on the residency questionnaire; refer to the fees team before confirming home status.",
            "Special consideration request - Paper 2 (Organic Chemistry)\nCandidate: {person}, candidate number {order}\nReason: attended A&E the night before the exam, hospital number {mrn}; letter from the registrar attached.\nDecision: approved by the chair of the exam board.",
            # conferences and peer review
            "Review #2 for submission {ticket}\nOverall: weak reject\nThe acknowledgements thank {person} by name, which breaks double-blind review. Minor: the paper repeatedly uses \"{biased}\"; please follow the venue's inclusive-language guidelines.",
            "To the Visa Section\n\nThis is to confirm that {title_name} (passport {passport}, date of birth {dob}) is registered to present a paper at our workshop on {date}. The registration fee has been paid in full.\n\nProgram Chair",
            # airline lost luggage
            "PROPERTY IRREGULARITY REPORT\nFile ref: DUBEI{order}\nPax: {person}\nDelivery address: {address}\nContact: {phone} / {email}\nBag: BK22 black hard-sided, yellow strap",
            "[Chat - Baggage Services]\nAgent: Can you confirm the passport number used at check-in?\nCustomer: {passport}\nAgent: Thanks, {first}. Your bag turned up at T5 and will be couriered to you on {date}.",
            # shipping and freight forwarders
            "Commercial invoice {invoice}\nShipper: {company}\nConsignee: {person}\n{address}\nTel: {phone}\nHS 8471.30 laptops, qty 2, value EUR {amount}\nAWB/tracking: {tracking}",
            "Customs clearance - private import of household goods\nImporter: {person}\nImporter ID: {nid}\nPassport: {passport}\nArrival: {date}, container {tracking}\nNote: unaccompanied personal effects, relief claimed.",
            # energy and water utilities
            "Welcome to {company}\nAccount holder: {title_name}\nSupply address: {address}\nMeter point ref: {order}\nPaying by direct debit from {iban}\nYour first bill is due on {date}.",
            "2026-11-30T06:12:09Z meter-gw INFO reading accepted account={order} source_ip={ip} kwh=14233.5 owner=\"{person}\"",
            # car sharing and bike rental
            "{\"member_id\": \"{order}\", \"name\": \"{person}\", \"licence_checked\": true, \"date_of_birth\": \"{dob}\", \"card_on_file\": \"{card}\", \"home_zone\": \"{namecity}\"}",
            "Hi {first}, we've refunded the unlock fee. Your dispute about the second charge on card {card} has gone to our payments team, who will reply from {role_email} within five working days.\n- Bike Share Support",
            "WARN login anomaly member={order} ip={ip} country_mismatch=true ua=\"CarClub/4.2 (iOS 18)\"",
            "Rental agreement RA{order}\nMain driver: {person}\nDOB: {dob}\nLicence: non-UK, passport {passport} seen\nDeposit pre-authorised on {card}\nReturn: {date}, full tank",
            # temp agencies and payroll bureaus
            "emp_no\tname\tid\tpay_to\tgross\n{order}\t{person}\t{nid}\t{iban}\t{amount}",
            "Candidate registration - warehouse operative (nights)\nName: {person}\nRight to work: passport {passport}, seen and copied\nEmergency contact: {phone}\nPay to: {iban}\nStart date: {date}",
            "From: {email}\nSubject: overtime missing from payslip\n\nHi payroll, my payslip for week 47 is short by 6 hours at time and a half. For reference my {nid}.\n\nThanks,\n{first}",
            # hospital discharge letters and referrals
            "DISCHARGE SUMMARY\nPatient: {person}   DOB: {dob}   NHS No: {nhs}\nAdmitted: {date}   Ward 12\nDiagnosis: community-acquired pneumonia\nTTO: amoxicillin 500 mg TDS for 5 days\nGP: please review in 2 weeks and repeat chest X-ray at 6 weeks.",
            "Dear Colleague,\n\nRe: {title_name}, hospital no. {mrn}\n{address}\n\nThank you for seeing this 58-year-old man with exertional chest pain. ECG shows no acute changes; troponin negative.\n\nYours sincerely,\n{person}, GP",
            "LAB | MRN {mrn} | {person} | HbA1c 58 mmol/mol (H) | collected {date} | copy to GP",
            "Your prescription is ready to collect, {title_name} (DOB {dob}). Please bring photo ID, it includes a controlled drug. Pharmacy hours 9-6.",
            "Guest registration card\nSurname, first name: {person}\nDate of birth: {dob}\nPassport no.: {passport}\nArrival: {date}\nPayment: {card}",
            # podcasts and interview transcripts
            "[00:14:32] HOST: ...and where did you grow up, exactly?\n[00:14:35] GUEST ({person}): Just off {address}, my mum still lives there.\n[00:14:41] HOST: We'll probably cut that bit.",
            "producer: heads up, at 32:10 the guest says \"{policy}\" on air, bleep it before we publish\nproducer: also their mobile is in the raw notes ({phone}), strip it from the show notes",
            "INTERVIEWER: How did the panel describe you in the feedback?\nRESPONDENT ({first}): They literally wrote \"{biased}\". I still have the email.",
            # wiki pages and changelogs of software projects
            "== Staging database ==\nConnection string (ask {first} before using, rotate after the demo):\n\n {secret}\n\nLast edited by {person}",
            "## {version} - {date}\n### Security\n- Rate-limit the login endpoint; the brute-force attempts in the report all came from {ip}.\n- Thanks to {person} <{email}> for the responsible disclosure.",
            "On {date}, {person} <{email}> wrote:\n> The release notes for {version} should credit the translators.\n\nAgreed, added to the RC.",
            "commit message: \"remove creds from settings.py\" - but the old value is still in history:\n-    {secret}\n+    os.environ[\"APP_SECRET\"]",
        ],
        "clean": [
            "Claim {invoice} closed: storm damage to the roof of the {company} warehouse in {city}; settlement of EUR {amount} paid to the insured company's account on {date}.",
            "R (Miller) v The Prime Minister [2019] UKSC 41: judgment delivered by Lady Hale; the listing for the follow-up hearing is {date} at {time}.",
            "The registry office will be closed on {date}; the Winston Churchill room at the Town Hall remains available for ceremonies already booked.",
            "Exam board minutes: module CS2041 pass rate 87%; external examiner's report (University of {city}) accepted; next board meets {date}.",
            "Submission {ticket} builds on Turing (1950) and Shannon (1948); reviewers ask for a comparison with the baseline of Hinton et al. Artifact hash: {sha}.",
            "WorldTracer file ref {order}: bag located in Dublin, forwarded on EI 712 departing {time}, tag {tracking}.",
            "Booking {order}: 2x40HC on the Emma Maersk, ETA Felixstowe {date}, B/L {invoice}, tracking {tracking}.",
            "Planned outage: the Ada Lovelace substation will be offline on {date} from {time}; parts of {city} may lose supply for up to four hours.",
            "The Santander Cycles dock on {namecity} Street is closed for works until {date}; the app ({version}) shows the nearest docks.",
            "Agency pay rates from {date}: forklift shifts EUR {amount}; please quote invoice numbers in the format {invoice}.",
            "The Florence Nightingale ward reopens on {date} after refurbishment; ward stock order {order}, item EAN {ean}.",
            "Episode 112: former President of Ireland Mary Robinson on climate justice. Her book is ISBN {isbn}; recorded {date}.",
            "## {version} - {date}\n- Default password hash is now {hashalgo}\n- Admin allowlist accepts {cidr4} and {cidr6}\n- Fix parsing of job ids such as {uuid}",
            "2026-11-30 {time} INFO sync ok job={uuid} commit={sha} port={port}",
            "Reference {badref} rejected at validation: checksum failed, customer asked to re-enter. Ticket {ticket}.",
            "Serena Williams won Olympic gold in London in 2012; the commemorative {brand} edition sold out, order {order}.",
            "The Notaries Society's annual dinner on {date} will be addressed by the Lord Chancellor at Lincoln's Inn.",
            "Court list for {date}: {company} v {company}, claim {invoice}, Court 3, 10:30, before the District Judge.",
        ],
    },
    "de": {
        "pii": [
            "Schadenanzeige Hausrat\nVersicherungsnehmer: {person}\nAnschrift: {address}\nGeb.-Datum: {dob}\nSchadentag: {date}\nHergang: Einbruch über das Kellerfenster, Polizei verständigt (Tagebuch-Nr. {order}).",
            "Gutachten Nr. {invoice} – Kfz-Haftpflichtschaden\nAnspruchsteller: {title_name}, Tel. {phone}\nBesichtigung am {date} in der Werkstatt {company}; Reparaturweg wirtschaftlich.",
            "UR-Nr. {order}/2026\nVerhandelt zu {city} am {date}\nVor mir, dem unterzeichnenden Notar, erschien\n{person}, geboren am {dob},\nwohnhaft {address},\nausgewiesen durch Reisepass Nr. {passport}.",
            "Grundbuchamt – Eintragungsnachricht\nGrundbuch von {city}, Blatt {order}\nAbt. I lfd. Nr. 3: Eigentümer {person}\nRückfragen des Antragstellers bitte an {title_name}, Tel. {phone}",
            "Der Gerichtsvollzieher bei dem Amtsgericht {city}\nDR II {order}/26\n\n{title_name}\n{address}\n\nAnkündigung der Zwangsvollstreckung: Ich werde Sie am {date} zwischen 8 und 12 Uhr aufsuchen.",
            "Az. 12 C {order}/26\nIn dem Rechtsstreit {company} ./. {person} wird Termin zur mündlichen Verhandlung bestimmt auf den {date}, Sitzungssaal 2.14.",
            "Standesamt {city} – Anmeldung zur Eheschließung\nVerlobte/r 1: {person}, geb. {dob}\nVerlobte/r 2: {person}\nTrautermin: {date}\nNachweis: Reisepass {passport}",
            "Zulassungsbescheid WS 2026/27\nBewerbernummer: {order}\n\n{title_name}\n{address}\n\nSie sind zum Studiengang Maschinenbau (B.Sc.) zugelassen. Bitte schreiben Sie sich bis zum {date} ein.",
            "Prüfungsamt – Rücktritt wegen Krankheit\nName: {person}, Matr.-Nr. {order}\nÄrztliches Attest liegt vor, Patienten-Nr. {mrn}\nDer Rücktritt wird genehmigt.",
            "Gutachten zu Beitrag {ticket} (Jahrestagung)\nEmpfehlung: Annahme mit kleineren Änderungen\nIm Abstract steht „{biased}“ – bitte durch eine neutrale Formulierung ersetzen.",
            "Verlustmeldung Reisegepäck – PIR FRALH{order}\nReisender: {person}\nZustelladresse: {address}\nMobil: {phone}\nE-Mail: {email}",
            "Speditionsauftrag {invoice}\nAbholung: {company}, Rampe 3\nEmpfänger: {person}, {address}\nAvis vorab telefonisch unter {phone}\nSendungsnummer {tracking}",
            "Ihr Abschlag ändert sich\nKundennummer {order}\n\nGuten Tag {title_name},\n\nab {date} beträgt Ihr monatlicher Abschlag {amount} EUR. Wir ziehen ihn wie bisher von Ihrem Konto {iban} ein.\n\nIhre Stadtwerke",
            "Hallo {first}, deine Führerscheinprüfung war erfolgreich! Für die Freischaltung bestätige bitte noch die Zahlungsmethode – hinterlegt ist die Karte {card}.",
            "Personalfragebogen (Zeitarbeit)\nName: {person}\nGeburtsdatum: {dob}\n{nid}\nBankverbindung: {iban}\nEinsatzbeginn: {date}",
            "[09:12] Lohnbüro: @{first} die Novemberabrechnung hängt, die SV-Meldung kam zurück\n[09:13] Personal: welche Nummer steht im System?\n[09:13] Lohnbüro: {nid}",
            "Entlassungsbrief\nPatient: {person}, geb. {dob}\nFall-Nr.: {mrn}\nStationärer Aufenthalt ab {date}\nDiagnosen: NSTEMI, arterielle Hypertonie\nProcedere: ASS 100 mg dauerhaft, Kontrolle beim Hausarzt in einer Woche.",
            "Überweisung an: Orthopädie\nPatient/in: {title_name}, {address}\nFragestellung: V. a. Meniskusläsion re.\nMit kollegialen Grüßen\n{person}, Allgemeinmedizin",
            "Transkript Folge 47, ab 23:10\nMODERATION: Und wie erreicht man dich, falls jemand mitmachen will?\n{person}: Am einfachsten per Mail, {email}, oder über Instagram.",
            "== Deployment ==\nDie Zugangsdaten für Staging stehen (leider) noch hier:\n<pre>\n{secret}\n</pre>\n-- zuletzt bearbeitet von {person}",
            "### {version} ({date})\n- Sicherheit: Login-Sperre nach 5 Fehlversuchen (gemeldet von {person}; die Angriffe kamen von {ip})",
            "Meldeschein für Beherbergungsstätten\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nReisepass-Nr.: {passport}\nAnkunft: {date}",
            "Beschwerde über den Außendienst: Laut Kundin sagte der Vermittler am Telefon wörtlich „{policy}“. Kundin: {title_name}, Rückruf erbeten unter {phone}.",
            "Ihre Rezeptur liegt zur Abholung bereit, {title_name} (Patienten-ID {mrn}). Bitte bringen Sie einen Ausweis mit.",
            "Mietvertrag {invoice}\nFahrer: {person}\nFührerschein und Pass geprüft, Pass-Nr. {passport}\nKaution: Kreditkarte {card}",
            "Nov 30 03:14:07 wiki-01 sshd[2211]: Failed password for root from {ip} port 52210 ssh2",
        ],
        "clean": [
            "Das Amtsgericht {city} verhandelt am {date} im Sitzungssaal 1.04 (Az. 3 O {order}/25); die Verhandlung ist öffentlich.",
            "Die Konrad-Adenauer-Straße bleibt wegen Leitungsarbeiten der Stadtwerke bis {date} gesperrt; Umleitung über die Willy-Brandt-Allee.",
            "Bundeskanzler Olaf Scholz eröffnete am {date} die Hannover Messe; am Stand von {brand} wurde das {product} gezeigt.",
            "Rechnung {invoice} vom {date}: Gesamtbetrag {amount} EUR, zahlbar innerhalb von 14 Tagen ohne Abzug. Sendungsnummer {tracking}.",
            "Tagungsband ISBN {isbn}; die Keynote hält Christiane Nüsslein-Volhard (Nobelpreis 1995) am {date}.",
            "Sendung {tracking} hat das Paketzentrum verlassen; Zustellung voraussichtlich am {date}.",
            "Changelog {version}: Standard-Hash auf {hashalgo} umgestellt; erlaubte Netze {cidr4} und {cidr6}; Commit {sha}.",
            "Die Johannes Gutenberg-Universität Mainz vergibt zum Wintersemester 1.200 Studienplätze; Bewerbungsschluss ist der {date}.",
            "Schadenfall {order} der {company} abgeschlossen: Sturmschaden am Betriebsgebäude, reguliert mit {amount} EUR.",
            "Ungültige IBAN {badref} abgelehnt (Prüfziffer falsch); bitte die Eingabe im Portal wiederholen. Vorgang {ticket}.",
            "Die Leihräder an der Station Albert-Einstein-Platz sind ab {date} wieder verfügbar; bitte App-Version {version} installieren.",
            "Störung im Versorgungsgebiet {city} seit {time}; Ursache: Kabelschaden. Störungsnummer {order}.",
        ],
    },
    "fr": {
        "pii": [
            "Déclaration de sinistre dégât des eaux\nAssuré : {person}\nAdresse du risque : {address}\nDate du sinistre : {date}\nN° de contrat : {order}\nTél. : {phone}",
            "Rapport d'expertise – cabinet {company}\nLésé : {title_name}\nRéunion contradictoire le {date} en présence de l'assuré et de son courtier ; montant des dommages retenu : {amount} €.",
            "Par-devant Maître {person}, notaire à {city}, a comparu :\n{title_name}, né(e) le {dob}, demeurant {address},\nlequel a requis l'authentification de l'acte qui suit.",
            "Service de la publicité foncière de {city}\nRéquisition n° {order}\nPropriétaire : {person}\nDate de naissance : {dob}\nAdresse électronique du notaire requérant : {email}",
            "Commissaire de justice – Signification d'un commandement de payer\nÀ la requête de : {company}\nSignifié à : {title_name}, {address}\nLe {date}, remis à personne.",
            "TRIBUNAL JUDICIAIRE DE {city}\nRG n° {invoice}\nDemandeur : {person}\nDéfendeur : {company}\nAudience du {date}, 9 h 30, chambre civile.",
            "Extrait d'acte de mariage\nÉpoux : {person}, né le {dob}\nÉpouse : {person}\nMariage célébré en la mairie de {city} le {date}.",
            "Demande de carte nationale d'identité – pièces fournies : ancien passeport n° {passport}, justificatif de domicile ({address}), photo de moins de six mois.",
            "Dossier Parcoursup n° {order}\nCandidat : {person}\nDate de naissance : {dob}\nAdresse électronique : {email}\nVœu confirmé : licence de droit",
            "PV du jury du {date} : l'étudiant(e) {person} (n° étudiant {order}) est autorisé(e) à repasser l'épreuve de droit civil ; certificat d'hospitalisation joint, IPP {mrn}.",
            "Relecture de l'article #{order} : le texte emploie à plusieurs reprises l'expression « {biased} », à remplacer conformément à la charte de la conférence.",
            "Déclaration de bagage égaré – réf. CDGAF{order}\nPassager : {title_name}\nAdresse de livraison : {address}\nPasseport : {passport}\nTél. : {phone}",
            "Déclaration en douane – envoi entre particuliers\nDestinataire : {person}\n{nid}\nColis {tracking} retenu : merci de fournir la facture d'achat.",
            "Mandat de prélèvement SEPA\nTitulaire du compte : {person}\nIBAN : {iban}\nCréancier : {company}\nRéférence unique du mandat : {order}",
            "Bonjour {first}, votre abonnement vélo a été renouvelé pour un an. Le montant a été débité de la carte {card}.",
            "Contrat de mission n° {invoice}\nIntérimaire : {person}\n{nid}\nDate de naissance : {dob}\nEntreprise utilisatrice : {company}",
            "Bonjour,\nje ne retrouve pas mon bulletin de paie d'octobre sur l'espace salarié. Pouvez-vous me le renvoyer à {email} ?\nMerci,\n{person}\n{phone}",
            "COMPTE RENDU D'HOSPITALISATION\n{title_name}, né(e) le {dob}\nIPP : {mrn}\nMotif : douleur thoracique\nSortie le {date} sous bêtabloquant.\nCourrier adressé au Dr {person}.",
            "[00:41:07] INVITÉE : … et c'est là que {first}, mon associée, m'a dit de tout arrêter.\n[00:41:15] ANIMATEUR : On garde ça au montage ?",
            "Page wiki « Accès base de recette » (à nettoyer !)\n```\n{secret}\n```\nDernière modification par {person}",
            "{ip} - - [30/Nov/2026:04:12:55 +0100] \"POST /wp-login.php HTTP/1.1\" 401 512 \"-\" \"python-requests/2.31\"",
            "Signalement modération : l'utilisateur a écrit « {policy} » dans le salon #général. Compte : {email}.",
            "Fiche individuelle de police\nNom : {person}\nDate de naissance : {dob}\nN° de passeport : {passport}\nDate d'arrivée : {date}",
            "Votre ordonnance est prête, {title_name} (dossier patient {mrn}). Pensez à votre carte Vitale.",
        ],
        "clean": [
            "Le président Emmanuel Macron a inauguré le {date} le nouveau terminal de l'aéroport de {city}.",
            "Lycée Victor-Hugo : les épreuves de philosophie commencent le {date} à 8 h, salle 12 ; convocations n° {order}.",
            "Facture {invoice} du {date} : montant TTC {amount} €, colis {tracking}.",
            "Le tribunal de commerce de {city} a prononcé le {date} la liquidation judiciaire de {company} (RG {order}).",
            "Changelog {version} : hachage par défaut {hashalgo}, plages {cidr4} et {cidr6} ajoutées, correctif {sha}.",
            "Coupure d'électricité prévue avenue Jean-Jaurès le {date} à partir de {time} ; référence chantier {order}.",
            "Prix Goncourt 2016 : Leïla Slimani pour « Chanson douce », ISBN {isbn}.",
            "Vol AF 1412 pour {city} retardé ; les bagages non réclamés sont au comptoir, dossier {order}.",
            "Votre conteneur {tracking} a été déchargé au port du Havre le {date} ; connaissement {invoice}.",
            "Numéro {badref} refusé : clé de contrôle invalide. Ticket {ticket}.",
            "Kylian Mbappé a signé au Real Madrid ; le maillot floqué (EAN {ean}) est en rupture.",
            "Colloque à la Sorbonne, amphithéâtre Richelieu, le {date} ; inscription {uuid}.",
        ],
    },
    "es": {
        "pii": [
            "Parte de siniestro – hogar\nTomador: {person}\nDomicilio del riesgo: {address}\nFecha del siniestro: {date}\nTeléfono de contacto: {phone}\nDescripción: rotura de tubería en el baño, afecta al vecino de abajo.",
            "Informe pericial n.º {invoice}\nPerjudicado: {title_name}\nSe realiza visita el {date}; daños por filtración desde la vivienda superior, valorados en {amount} €.",
            "Ante mí, Notario del Ilustre Colegio de {city}, comparece {title_name}, mayor de edad, con domicilio en {address} y provisto de {nid}, vigente.",
            "Nota simple informativa\nFinca n.º {order} de {city}\nTitular: {person}, con {nid}\nCargas: hipoteca a favor de {company}.",
            "JUZGADO DE PRIMERA INSTANCIA N.º 4 DE {city}\nJuicio verbal {invoice}\nDemandado: {person}\nSe le cita para la vista el {date}. Podrá comparecer asistido de abogado.",
            "Certificado de empadronamiento\nD./Dña. {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nFecha de alta en el padrón: {date}",
            "Solicitud de admisión – Máster en Ingeniería Civil\nApellidos y nombre: {person}\nPasaporte: {passport}\nCorreo electrónico: {email}\nNacionalidad: mexicana",
            "Acta de revisión de examen\nAlumno/a: {person}\nAsignatura: Derecho Mercantil II\nEl alumno justificó su ausencia con un ingreso hospitalario (historia clínica {mrn}). Se concede nueva fecha: {date}.",
            "Evaluación de la comunicación {ticket}: el resumen utiliza el término «{biased}»; el comité científico solicita un lenguaje inclusivo.",
            "Parte de irregularidad de equipaje MADIB{order}\nPasajero: {person}\nDirección de entrega: {address}\nMóvil: {phone}\nMaleta: rígida, azul marino",
            "Despacho de aduanas – envío particular\nDestinatario: {person}\n{nid}\nBulto {tracking}: retenido a la espera de la factura de compra.",
            "Orden de domiciliación SEPA\nTitular de la cuenta: {person}\nIBAN: {iban}\nAcreedor: {company}\nReferencia del contrato: {order}",
            "Hola {first}, tu abono anual de bici se ha renovado y el cargo se ha hecho en la tarjeta {card}. ¡Gracias por pedalear con nosotros!",
            "Alta en ETT – datos del trabajador\nNombre: {person}\n{nid}\nFecha de nacimiento: {dob}\nCuenta para la nómina: {iban}",
            "Buenas,\nno me ha llegado la nómina de noviembre. Mi correo nuevo es {email}.\nUn saludo,\n{person}\nTel. {phone}",
            "INFORME DE ALTA HOSPITALARIA\nPaciente: {person}\nNHC: {mrn}\nFecha de nacimiento: {dob}\nDiagnóstico principal: colecistitis aguda\nTratamiento al alta: paracetamol 1 g cada 8 h.",
            "Hoja de derivación a Cardiología\nPaciente: {title_name}\nDomicilio: {address}\nMotivo: palpitaciones de repetición, Holter pendiente.",
            "[00:12:44] ENTREVISTADA: Mi hermana {first} fue la que me animó a presentarme.\n[00:12:49] PRESENTADOR: Pues un saludo para ella.",
            "Wiki interna › Entorno de preproducción\nCredenciales (pendiente de mover al gestor de secretos):\n{secret}\nÚltima edición: {person}",
            "{date} {time} WARN auth: 12 intentos fallidos desde {ip} para el usuario admin",
            "HOSTAL – REGISTRO DE HUÉSPEDES (hab. 204)\nPrimer apellido, segundo apellido y nombre: {person}\nFecha de nac.: {dob}\nDocumento: pasaporte {passport}\nEntrada: {date} · 3 noches\nFirma del viajero: ________",
            "Incidencia de moderación: un oyente escribió «{policy}» en el chat del directo. Usuario: {email}.",
            "Contrato de alquiler {invoice}\nConductor principal: {title_name}\nPasaporte: {passport}\nFianza bloqueada en la tarjeta {card}",
            "Su receta está lista para recoger, {title_name}. Historia clínica {mrn}; traiga su tarjeta sanitaria.",
        ],
        "clean": [
            "El rey Felipe VI presidió el {date} la entrega de los Premios Princesa de Asturias en Oviedo.",
            "Juzgado de lo Mercantil n.º 1 de {city}: concurso de acreedores de {company}, autos {order}.",
            "Corte de agua programado en la calle Ramón y Cajal el {date} a partir de las {time}; aviso n.º {order}.",
            "Factura {invoice}: importe {amount} €, envío {tracking}.",
            "Rafa Nadal ganó su decimocuarto Roland Garros en 2022; la edición conmemorativa (EAN {ean}) se agotó.",
            "Changelog {version}: hash por defecto {hashalgo}; redes permitidas {cidr4} y {cidr6}; commit {sha}.",
            "La Universidad Carlos III abre la preinscripción el {date}; referencia de la convocatoria {uuid}.",
            "Contenedor {tracking} descargado en el puerto de Valencia el {date}; conocimiento de embarque {invoice}.",
            "IBAN {badref} rechazado: dígito de control incorrecto. Incidencia {ticket}.",
            "Hospital Gregorio Marañón: nuevas consultas externas a partir del {date}; pedido de material {order}.",
            "Episodio 30: hablamos con Pedro Almodóvar sobre su última película; el guion publicado tiene ISBN {isbn}.",
        ],
    },
    "nl": {
        "pii": [
            "Schadeformulier inboedel\nVerzekeringnemer: {person}\nAdres: {address}\nSchadedatum: {date}\nTelefoon: {phone}\nOorzaak: inbraak via achterdeur",
            "Expertiserapport {invoice}\nBenadeelde: {title_name}\nOpname ter plaatse op {date}; oorzaak: lekkage dakgoot. Schadebedrag vastgesteld op € {amount}.",
            "Heden, {date}, verscheen voor mij, mr. {person}, notaris te {city}:\n{title_name}, geboren op {dob}, wonende te {address}, die zich legitimeerde met paspoort {passport}.",
            "Kadaster – uittreksel\nKadastrale aanduiding: {city} sectie K nr. {order}\nEigenaar: {person}\n{nid}",
            "Gerechtsdeurwaarder – Laatste sommatie\nDossiernummer: {invoice}\nAan: {title_name}\n{address}\nBetaal uiterlijk {date}, anders volgt beslag.",
            "Rechtbank {city}\nZaaknummer: C/{order}\nEiser: {company}\nGedaagde: {person}\nMondelinge behandeling: {date}",
            "Verhuizing doorgeven – Basisregistratie Personen\nNaam: {person}\n{nid}\nNieuw adres: {address}\nIngangsdatum: {date}",
            "Melding voorgenomen huwelijk\nPartner 1: {person}, geb. {dob}\nPartner 2: {person}\nDatum ceremonie: {date}",
            "Inschrijving via Studielink\nStudentnummer: {order}\nNaam: {person}\nGeboortedatum: {dob}\nE-mail: {email}",
            "Besluit examencommissie: {title_name} krijgt een extra herkansing vanwege een ziekenhuisopname (patiëntnummer {mrn}).",
            "Review paper {ticket}: in sectie 3 staat \"{biased}\"; graag neutrale terminologie volgens de richtlijnen van de conferentie.",
            "Vermiste bagage – dossier AMSKL{order}\nPassagier: {person}\nAfleveradres: {address}\nMobiel: {phone}",
            "Invoeraangifte particulier\nOntvanger: {person}\nPaspoortnummer: {passport}\nZending {tracking} ligt bij de douane.",
            "Welkom bij {company}!\nKlantnummer: {order}\n{title_name}\nVoorschot per maand: € {amount}\nIncasso van rekening {iban}",
            "Hoi {first}, je rijbewijs is goedgekeurd. De borg wordt gereserveerd op creditcard {card}. Goede rit!",
            "Inschrijving uitzendkracht\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nIBAN: {iban}",
            "[08:47] salarisadministratie: loonstrook is opnieuw verstuurd naar {email}\n[08:48] {first}: top, dank je!",
            "Ontslagbrief\nPatiënt: {person}, geb. {dob}\nPatiëntnummer: {mrn}\nOpname: {date}\nDiagnose: erysipelas rechteronderbeen\nBeleid: flucloxacilline 4 dd 500 mg, controle huisarts over een week.",
            "Geachte collega,\n\nGraag verwijs ik {title_name} ({address}) naar uw polikliniek in verband met aanhoudende hoofdpijn.\n\nMet collegiale groet,\n{person}, huisarts\nTel. {phone}",
            "[00:05:10] GAST: Ik heet {person} en ik werk al twintig jaar als verloskundige.\n[00:05:14] HOST: Welkom!",
            "Wiki › Servers › Acceptatie\nInloggegevens (TODO: naar de vault):\n{secret}\nLaatst gewijzigd door {person}",
            "Nov 30 02:11:46 gitea sshd[877]: Invalid user deploy from {ip} port 40022",
            "Nachtregister\nNaam: {person}\nGeboortedatum: {dob}\nNationaliteit: Duitse\nPaspoort: {passport}\nAankomst: {date}",
            "Moderatielog: reactie verwijderd, bevatte \"{policy}\". Account: {email}",
            "Uw medicijnen liggen klaar, {title_name}. Patiëntnummer {mrn}; neem uw legitimatie mee.",
        ],
        "clean": [
            "Koning Willem-Alexander opende op {date} het vernieuwde museumdepot in {city}.",
            "De Johan Cruijff ArenA is op {date} gesloten; kaartjes met ordernummer {order} blijven geldig.",
            "Factuur {invoice}: totaal € {amount}, zending {tracking}.",
            "Werkzaamheden aan de Prins Hendrikkade tot {date}; omleiding via de Piet Heinkade.",
            "Rechtbank {city}: uitspraak in de zaak tegen {company} volgt op {date}.",
            "Changelog {version}: standaard hash {hashalgo}; toegestane netwerken {cidr4}, {cidr6}; commit {sha}.",
            "Storing drinkwater in {city} verholpen om {time}; meldingsnummer {order}.",
            "De Emma Maersk meerde op {date} af in Rotterdam; container {tracking}, B/L {invoice}.",
            "Rekeningnummer {badref} geweigerd: controlegetal klopt niet. Ticket {ticket}.",
            "Aflevering 12: Max Verstappen over zijn derde wereldtitel; zijn biografie heeft ISBN {isbn}.",
            "Erasmus Universiteit Rotterdam: aanmelddeadline {date}; referentie {uuid}.",
        ],
    },
}


# ESTUARY: written on 2026-12-02 by an engineer who never saw the detection rules, the detectors'
# code, their tests or docs, nor the texts of any other bank; committed alone before any detector
# ran on it. Dentists' and opticians' recalls, maternity wards and midwives, blood donation and
# vaccination, gyms and pools, student housing and Erasmus, job applications and references,
# small claims and debt collection, parking and traffic fines, pet insurance and kennels,
# genealogy forums, weddings, customer reviews, cloud post-mortems and on-call rotas.
# An honest test set: never to be tuned on.
ESTUARY: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # dentists and opticians
            "Hi {first}, Brightside Dental here - you're overdue for your scale & polish (last visit {date}). Tap the link to pick a slot, or reply CALL and reception will ring you on {phone}. Txt STOP to opt out.",
            "HYGIENIST RECALL LIST - wk 14\nName\tDOB\tLast seen\tRecall\n{person}\t{dob}\t{date}\t6m\n{person}\t{dob}\t{date}\t12m (perio)",
            "Dear {title_name},\n\nOur records show that your last eye examination was two years ago. Many patients are entitled to a free NHS sight test; please bring your NHS number ({nhs}) and your current glasses to the appointment.\n\nKind regards,\nThe team at Clearview Opticians",
            "Contact lens repeat order\nPatient: {person}\nDate of birth: {dob}\nSpec expires: {date}\nDeliver to: {address}\nCard on file: {card}",
            # maternity and midwives
            "Maternity triage - handover 07:30\nBed 4: {person}, G2P1, 39+3, MRN {mrn}, SROM 02:15 clear liquor, CTG reassuring. Partner's mobile {phone}. Plan: await labour until 14:00 then review.",
            "Booking appointment (community midwife)\nWoman's name: {person}    DOB: {dob}    NHS No: {nhs}\nEDD by dating scan: {date}\nLead professional: midwife\nInterpreter required: no",
            "LAB RESULT - Haematology\nPatient: {person}   Hosp no: {mrn}   DOB: {dob}\nHb 98 g/L (L) - community midwife informed, oral iron started.",
            # blood donation and vaccination
            "Thanks for booking to give blood, {first}! Your appointment: {date} at {time}, {city} Donor Centre. Your donor number is {mrn}. Bring photo ID and have a good meal and plenty of water beforehand.",
            "Travel clinic - vaccination record\nName: {person}\nPassport no. (for the yellow fever certificate): {passport}\nDate of birth: {dob}\nStamaril given {date}, batch {order}, L deltoid. ICVP issued and signed.",
            "INSERT INTO donors (donor_id, full_name, date_of_birth, blood_group, mobile) VALUES ('{mrn}', '{person}', '{dob}', 'O-', '{phone}');",
            # gyms and pools
            "Membership freeze request\n\nHi, my name is {person} and I've been a member since 2021. I've just had knee surgery and would like to freeze my membership for three months. My membership number is {order} and the direct debit comes out of {iban}.\n\nThanks",
            "member_id,name,dob,category,emergency_contact\n{order},{person},{dob},Junior swim squad,{phone}",
            '{"member": {"id": "{order}", "name": "{person}", "email": "{email}", "dob": "{dob}", "plan": "Swim + Gym Off-Peak"}}',
            # student housing and Erasmus
            "Room allocation - halls of residence, semester 1\nStudent: {person}\nHome address: {address}\nGuarantor email: {email}\nRoom: B-214, licence {date} to {date}",
            "Erasmus+ Learning Agreement - Student Mobility for Studies\nLast name(s) and first name(s): {person}\nDate of birth: {dob}\nNationality: Irish\nID card / passport number: {passport}\nSending coordinator: {email}",
            "Halls Wi-Fi: a device registered to {person} (room C-107) at {ip} was flagged for peer-to-peer traffic on {date}. First warning sent to {email}.",
            # job applications and references
            "Dear Hiring Manager,\n\nI am writing to apply for the Junior Data Analyst role advertised on your careers page. I have just finished my MSc and spent a summer placement cleaning NHS waiting-list data.\n\nYours faithfully,\n{person}\n{phone} | {email}",
            "To whom it may concern,\n\nI have known {person} for four years as her line manager at {company}. {first} was reliable, careful with patient data and well liked by the whole team. I recommend her without reservation.\n\n{title_name}\nPractice Manager",
            "Right-to-work check completed {date}\nCandidate: {person}\nDocument seen: passport {passport}, expires {date}\n{nid}\nChecked by: {first} (HR)",
            "Draft job ad feedback: please drop \"{biased}\" from the person specification, we can't ask for that. Otherwise good to post on {date}.",
            # small claims and debt collection
            "IN THE COUNTY COURT BUSINESS CENTRE\nClaim no. {invoice}\nClaimant: {person}, {address}\nDefendant: {company}\nParticulars: deposit for a wedding venue not refunded after cancellation.",
            "FINAL NOTICE BEFORE LEGAL ACTION\n\nAccount holder: {title_name}\nAccount ref: {order}\n\nYour balance remains unpaid. To avoid further charges please pay today. If you have already paid, email your remittance details to {role_email}.",
            "14:02 outbound call to {phone} - spoke to debtor ({person}), agreed payment plan of 50.00 per month starting {date}, first instalment taken on card {card}, receipt emailed.",
            # parking and traffic
            "Re: PCN {order}\n\nI am appealing this Penalty Charge Notice. I was dropping off my mother, a Blue Badge holder, at the hospital entrance and did not leave the vehicle.\n\nRegistered keeper: {person}, {address}",
            "Notice of Intended Prosecution - nomination of driver\nI confirm that the driver at the time of the alleged offence was:\nFull name: {person}\nDate of birth: {dob}\nAddress: {address}",
            # pets
            "Claim form - pet insurance\nPolicyholder: {person}\nPet: Biscuit, Labrador, 6 years\nTreating vet: {company}\nPay the claim to: {iban}\nPolicyholder email: {email}",
            "Kennel booking #{order}\nOwner: {person} (mob. {phone})\nEmergency contact while abroad: {first}, {phone}\nKennel cough vaccine seen: yes, next due {date}",
            # genealogy
            "Re: Looking for descendants of the Whitcombe family of Redruth\n\nHi all, I think they're my mum's side! My gran, {person}, born {dob}, still has the family Bible with the marriages written in the front. Happy to share scans - email me at {email}.",
            "0 @I23@ INDI\n1 NAME {person}\n1 BIRT\n2 DATE {dob}\n2 PLAC {city}\n1 RESI\n2 ADDR {address}\n1 NOTE living - do not publish",
            # weddings
            "Guest list v3 (FINAL!!)\nTable 5: {person} +1, {person}, {title_name} and partner\nTable 6: {first} (vegan), {first}'s two kids\nChase RSVPs: {email}",
            "Our wedding gift list\nDelivery address after the honeymoon: {address}\nIf you'd rather contribute to the honeymoon fund, our account is {iban}. Thank you so much! x",
            # reviews
            "★☆☆☆☆ \"Kept waiting 40 minutes for my eye test\" - {person}\n\nReply from the owner: Hi {first}, we're really sorry about the wait. We've found your booking (ref {order}) and would like to offer a free follow-up appointment.",
            "Review held for moderation: \"Great pool but the {biased} on the front desk was useless\" - posted by {person}. Action: hide until edited.",
            # post-mortems and on-call
            "## Incident {date}: login outage (SEV2)\n**Incident commander:** {person}\n**On-call (primary):** {first} - paged 02:13, acked 02:19\n**Root cause:** expired TLS certificate on the auth gateway\n**Impact:** 37 minutes of 5xx on /login",
            "On-call rota - platform team, week 23\nMon-Wed: {person} ({phone})\nThu-Sun: {person} ({phone})\nEscalation: {title_name}, Head of SRE",
            "02:41:07 UTC api-gw-3 WARN rate limit exceeded client={ip} user={email} path=/v2/bookings",
            "Post-mortem action item: the deploy log at 03:05 printed the following credential in plaintext. It has been rotated; redact it before the doc is shared:\n\n{secret}",
            "oncall:\n  primary:\n    name: {person}\n    phone: \"{phone}\"\n  secondary:\n    name: {person}\n    email: {email}",
            "Comms review of the customer-facing post-mortem: please remove the reference to {policy} in paragraph 3, the rest is fine to publish. - {first}",
            # travel, KYC
            "Hotel guest registration card\nSurname, first name: {person}\nNationality: Canadian\nPassport No.: {passport}\nDate of birth: {dob}\nHome address: {address}\nSignature: ____________",
            "Car hire agreement RA-{order}\nMain driver: {title_name}, DOB {dob}\nID presented: passport {passport}\nDeposit pre-authorised on {card}",
            "KYC review - new account\nCustomer: {person}\n{nid}\nProof of address: council tax bill, {address}\nRisk rating: low\nAnalyst: {first}",
            "Visa support letter\n\nWe confirm that {person} (passport number {passport}, date of birth {dob}) is employed by us as a staff nurse and will attend the conference in {city} at our expense.",
        ],
        "clean": [
            "Order {order} dispatched: 2 x Acuvue Oasys 6-pack (EAN {ean}). Tracking: {tracking}.",
            "Florence Nightingale opened her nursing school at St Thomas' Hospital in 1860; the Nightingale Pledge is still read at some graduation ceremonies.",
            "Visiting hours on the Elizabeth Garrett Anderson maternity wing change from {date}; partners may stay overnight.",
            "Pool closed for maintenance on {date} until 18:00. The Tom Daley diving masterclass moves to the {namecity} Aquatics Centre.",
            "The Erasmus+ programme, named after Desiderius Erasmus, funded {order} mobilities in the last call; the next deadline is {date}.",
            "Job ref {ticket}: Senior Site Reliability Engineer, {city}. Salary band published; apply by {date} through the careers portal.",
            "Money Claim Online guide, version {version}: claims up to 300 pounds cost 35 pounds to issue. Guide reference {uuid}.",
            "Parking bays on Victoria Street and Churchill Road are suspended from {date} for resurfacing; permit holders may use the Lincoln Road car park.",
            "Pet insurance policy wording {version}: pre-existing conditions are excluded, see section 4.2. Document checksum ({hashalgo}): {sha}",
            "Henry VIII married Catherine of Aragon on 11 June 1509 at Greenwich; the parish record is catalogued as {invoice}.",
            "Prince William and Catherine Middleton married at Westminster Abbey on 29 April 2011; the official souvenir programme has ISBN {isbn}.",
            "★★★★★ \"Best swimming lessons in town\" - Reply from {company}: Thank you so much, see you at the next gala!",
            "Post-mortem {ticket}: {cidr4} and {cidr6} were withdrawn from BGP at {time} UTC after a bad config push (commit {sha}); traffic on port {port} recovered within 11 minutes.",
            "Root cause: request {uuid} hit the {product} node pool; the card-like value in the logs ({badref}) fails its check digit and is a test fixture.",
            "Autumn booster clinic at the Jenner Centre (named after Edward Jenner) on {date}, walk-ins from {time}; vaccine lots {order} and {order}.",
            "The new {brand} frames (EAN {ean}) are back in stock at our {city} branch from {date}.",
            "Invoice {invoice}: annual kennel licence renewal, paid on {date}. Please quote the invoice number in any correspondence.",
        ],
    },
    "de": {
        "pii": [
            "Sehr geehrte/r {title_name},\n\nIhre letzte Kontrolluntersuchung liegt über ein halbes Jahr zurück. Bitte vereinbaren Sie einen Termin zur Professionellen Zahnreinigung (PZR) und denken Sie an Ihr Bonusheft.\n\nIhr Praxisteam",
            "Brillenpass\nName: {person}\nGeb.-Datum: {dob}\nR: sph +1,25 cyl -0,50 A 90°\nL: sph +1,00\nRefraktion vom {date}",
            "Übergabe Kreißsaal, Nachtdienst\nZi. 3: {person}, II-Gravida/I-Para, 40+1 SSW, Pat.-Nr. {mrn}, MM 4 cm, CTG unauffällig. Ehemann erreichbar unter {phone}.",
            "Hallo {first}, hier ist deine Hebamme 😊 Ich komme morgen gegen 10 Uhr zur Wochenbettbetreuung. Leg mir bitte die Versichertenkarte und den Mutterpass raus. LG",
            "Blutspendetermin bestätigt\nSpender/in: {person}\nGeburtsdatum: {dob}\nSpendernummer: {mrn}\nTermin: {date}, {time} Uhr\nBitte Personalausweis mitbringen.",
            "Laborbefund – kleines Blutbild\nPatientin: {person}, geb. {dob}\nFall-Nr.: {mrn}\nHb 10,9 g/dl (↓)\nEinsender: Praxis für Frauenheilkunde",
            "Kündigung meiner Mitgliedschaft\n\nSehr geehrte Damen und Herren,\nhiermit kündige ich meinen Vertrag (Mitgl.-Nr. {order}) fristgerecht zum nächstmöglichen Zeitpunkt. Bitte buchen Sie ab sofort keine Beiträge mehr von meinem Konto {iban} ab.\n\nMit freundlichen Grüßen\n{person}\n{address}",
            "Saisonkarte Freibad – Anmeldungen\nName\tGeb.-Datum\tTelefon\n{person}\t{dob}\t{phone}\n{person}\t{dob}\t{phone}",
            "Mietvertrag Studentenwohnheim\nMieter/in: {person}\nbisherige Anschrift: {address}\nE-Mail: {email}\nMietbeginn: {date}\nKaution: zwei Monatsmieten",
            "Hi {first}! Dein Erasmus-Platz in Lyon ist bestätigt 🎉 Schick uns bitte bis Freitag noch eine Kopie deines Reisepasses (Nr. {passport}) und das unterschriebene Grant Agreement.",
            "Bewerbung als Pflegefachkraft – Kennziffer {ticket}\n\nSehr geehrte Damen und Herren,\nmit großem Interesse habe ich Ihre Stellenanzeige gelesen ...\n\nMit freundlichen Grüßen\n{person}\nTel.: {phone} · E-Mail: {email}",
            "Arbeitszeugnis\n\n{title_name}, geboren am {dob}, war vom 01.04.2019 bis 30.06.2023 in unserem Unternehmen als Sachbearbeiterin tätig. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.",
            "Personalfragebogen (Neueinstellung)\nName: {person}\n{nid}\nKrankenkasse: AOK\nBankverbindung (IBAN): {iban}\nStaatsangehörigkeit: deutsch",
            "Feedback zur Stellenanzeige: Die Formulierung „{biased}“ ist nach dem AGG problematisch, bitte streichen. Ansonsten kann die Anzeige am {date} online gehen.",
            "Letzte Mahnung vor Einleitung des gerichtlichen Mahnverfahrens\n\nSehr geehrte/r {title_name},\ntrotz unserer Zahlungserinnerungen ist die Forderung aus Rechnung {invoice} weiterhin offen.",
            "Anhörungsbogen – Verkehrsordnungswidrigkeit\nAktenzeichen: {invoice}\nBetroffene/r: {person}\nGeburtsdatum: {dob}\nWohnanschrift: {address}\nTatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 21 km/h",
            "Schadenmeldung Tier-OP-Versicherung\nVersicherungsnehmer: {person}\nTier: Hund, Mischling, Chip-Nr. {order}\nErstattung bitte auf: {iban}\nRückfragen: {email}",
            "[14:32] Hundepension Waldblick: Hallo {first}, Bello hat sich gut eingelebt 🐶 Abholung wie besprochen am Sonntag?\n[14:40] Ich: Super, danke! Mein Mann holt ihn ab, seine Nummer ist {phone}",
            "Re: Suche Nachfahren der Familie Brandauer\n\nHallo zusammen, meine Oma {person} (geb. {dob}) hat noch Fotos und das Familienstammbuch. Bei Interesse gerne PN oder Mail an {email}.",
            "Gast;Begleitung;Zusage;Tisch\n{person};ja;ja;3\n{person};nein;offen;7\n{title_name};ja;ja;1",
            "Unsere Hochzeitsliste 💍 Statt Geschenken freuen wir uns über einen Zuschuss zur Hochzeitsreise: {iban} (Verwendungszweck: Flitterwochen). Eure {first} & {first}",
            "Antwort des Inhabers auf die Bewertung von {person}: Hallo, das tut uns sehr leid. Bitte melden Sie sich direkt unter {email}, dann klären wir das.",
            "Postmortem – Ausfall der Zahlungs-API\nRufbereitschaft: {person} (primär), {person} (sekundär)\n02:14 Alarm, 02:31 Eskalation an {title_name}\nUrsache: abgelaufenes Zertifikat",
            "Auszug aus dem Log (siehe Postmortem):\n2024-05-02T03:11:54Z ERROR auth: zu viele fehlgeschlagene Logins user={email} src={ip}",
            "Achtung: Im Incident-Channel wurde folgender Schlüssel gepostet, er ist bereits rotiert:\n{secret}\nBitte nicht weiterleiten.",
            "Meldeschein (Beherbergung)\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nReisepass-Nr.: {passport}\nAnschrift: {address}",
            "Mietvertrag Nr. {order}\nFahrer: {title_name}\nAusweisdokument: Reisepass {passport}\nKaution per Kreditkarte: {card}",
            "Hinweis Datenschutz: Im Entwurf des Kundenschreibens steht noch „{policy}“ – bitte vor dem Versand entfernen. Gruß {first}",
            "Zahlung Jahresbeitrag Fitnessstudio erhalten: Karte {card}, Karteninhaber {person}. Vielen Dank!",
        ],
        "clean": [
            "Die Robert-Koch-Straße ist wegen Bauarbeiten ab dem {date} gesperrt; die Parkplätze am Konrad-Adenauer-Platz bleiben frei.",
            "Bestellung {order}: 3 x Kontaktlinsen-Pflegemittel (EAN {ean}), Sendungsnummer {tracking}.",
            "Das Erasmus-Programm förderte {order} Auslandsaufenthalte; Bewerbungsschluss an der Humboldt-Universität ist der {date}.",
            "Blutspendeaktion im Rathaus {city} am {date}; die Schirmherrschaft hat Bundespräsident Frank-Walter Steinmeier übernommen.",
            "Rechnung {invoice} über {amount} EUR für Praxisbedarf; zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Postmortem {ticket}: Route {cidr4} wurde um {time} UTC zurückgezogen, der Fix steckt in Version {version} (Commit {sha}).",
            "Franziska van Almsick, mehrfache Europameisterin im Freistil, liest am {date} in der Stadtbibliothek aus ihrer Biografie (ISBN {isbn}).",
            "Friedrich Schiller heiratete Charlotte von Lengefeld am 22. Februar 1790 in Wenigenjena; Kirchenbuch-Signatur {invoice}.",
            "Bußgeldkatalog {version}: Parken im Halteverbot kostet ab dem {date} mehr; Vorgangs-ID {uuid}.",
            "★★★★☆ Tolle Hundepension am Rande von {city} – Antwort des Inhabers: Vielen Dank für die netten Worte!",
            "Neue Brillenkollektion von {brand} ab {date} in allen Filialen; Artikel-Nr. {order}.",
            "Ungültige Testdaten in der Inkasso-Staging-Umgebung: {badref} (absichtlich falsche Prüfziffer).",
        ],
    },
    "fr": {
        "pii": [
            "Bonjour {title_name}, votre cabinet dentaire vous rappelle votre rendez-vous de détartrage le {date} à {time}. En cas d'empêchement, merci de prévenir 48 h à l'avance.",
            "Ordonnance lunettes – renouvellement\nNom : {person}\nDate de naissance : {dob}\n{nid}\nOD : +1,50 (-0,25 à 90°)  OG : +1,25",
            "Transmissions salle de naissance – garde de nuit\nCh. 12 : {title_name}, G3P2, 38 SA + 4, IPP {mrn}, travail spontané, péridurale posée à 3h10. Conjoint joignable au {phone}.",
            "Coucou {first}, c'est ta sage-femme ! Je passe demain vers 11h pour la visite post-natale, pense à préparer le carnet de santé de bébé 😊",
            "Merci pour votre don !\nDonneur : {person}\nNé(e) le : {dob}\nN° donneur : {mrn}\nProchain don de sang total possible à partir du {date}.",
            "Attestation de vaccination\nNom, prénom : {person}\nDate de naissance : {dob}\n{nid}\nVaccin : grippe saisonnière, lot {order}",
            "Objet : Résiliation de mon abonnement\n\nMadame, Monsieur,\nJe vous informe par la présente de ma volonté de résilier mon abonnement (n° adhérent {order}). Je vous prie de cesser tout prélèvement sur mon compte {iban}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n{person}\n{address}",
            "nom_complet;date_naissance;tel;creneau\n{person};{dob};{phone};mercredi 18h\n{person};{dob};{phone};samedi 10h",
            "Dossier logement étudiant\nÉtudiant(e) : {person}\nAdresse des parents : {address}\nGarant : Visale\nCourriel : {email}",
            "Contrat pédagogique Erasmus+\nNom de l'étudiant : {person}\nN° de passeport : {passport}\nUniversité d'accueil : Universidad de Salamanca\nContact coordinateur : {email}",
            "Objet : Candidature au poste de comptable – réf. {ticket}\n\nMadame, Monsieur,\nActuellement en fin d'alternance, je souhaite rejoindre votre équipe. Je me tiens à votre disposition pour un entretien.\n\n{person}\n{phone}",
            "J'ai eu le plaisir d'encadrer {person} pendant son stage de six mois au sein de notre service. {first} a fait preuve de rigueur, d'autonomie et d'un excellent sens du contact.",
            "Requête en injonction de payer\nCréancier : {company}\nDébiteur : {title_name}, demeurant {address}\nMontant : {amount} €\nCause : factures impayées n° {invoice}",
            "Paiement reçu par carte {card} le {date}, merci. Solde restant dû : {amount} €. Dossier de recouvrement {order}.",
            "Désignation du conducteur – avis de contravention n° {order}\nNom, prénom du conducteur : {person}\nDate de naissance : {dob}\nAdresse : {address}",
            "Bonjour, ma voiture a été mise en fourrière hier. Est-ce que je peux la récupérer avec mon passeport ({passport}) vu que ma carte d'identité est périmée ? Merci, {first}",
            "Déclaration de sinistre – assurance santé animale\nAssuré : {person}\nAnimal : chat européen, 7 ans, identification {order}\nRIB pour le remboursement : {iban}",
            "[Pension Les Pattes Douces] Bonjour {first}, Filou a bien mangé et fait sa balade 🐕 Pour le retour samedi, on vous appelle bien au {phone} ?",
            "Re: Recherche descendants famille Lefranc (Bretagne)\n\nBonjour, ma grand-mère {person}, née le {dob}, a gardé le livret de famille de ses parents. Écrivez-moi à {email} si vous avez des infos.",
            "Liste des invités – mariage\nTable 1 (témoins) : {person}, {person}\nTable 4 : {title_name} et son épouse, {first} (sans gluten)",
            "Réponse du propriétaire : Bonjour {first}, merci pour votre avis. Nous sommes désolés pour l'attente en magasin ; n'hésitez pas à nous écrire à {email}.",
            "Post-mortem – incident du 14/05 (panne DNS)\nAstreinte : {person} (N1), {person} (N2)\nChronologie : 03:02 alerte, 03:15 prise en charge par {first}\nCause racine : TTL mal configuré",
            "Extrait des logs joint au post-mortem :\n{ip} - {email} [14/May/2024:03:04:11 +0200] \"POST /api/login HTTP/1.1\" 401 512",
            "⚠️ Le jeton suivant a été collé par erreur dans #astreinte, il a été révoqué :\n{secret}",
            "Fiche individuelle de police\nNom : {person}\nDate et lieu de naissance : {dob}, Lausanne\nNationalité : suisse\nN° de passeport : {passport}\nDomicile : {address}",
            "Contrat de location n° {order} – conducteur principal : {title_name}, né(e) le {dob} ; caution par carte {card}.",
            "Laboratoire d'analyses médicales – compte rendu\nPatiente : {person}\nN° dossier : {mrn}\nβ-hCG : 12 450 UI/L",
            "Relecture juridique : merci de retirer la mention « {policy} » du communiqué avant publication. – {first}",
            "Remarque RH sur l'offre d'emploi : l'expression « {biased} » est discriminatoire, merci de la reformuler avant diffusion.",
            "Vérification d'identité (KYC) – ouverture de compte\nClient : {person}\n{nid}\nJustificatif de domicile : {address}",
        ],
        "clean": [
            "La rue Louis-Pasteur sera fermée à la circulation du {date} au {date} ; le parking Jean-Jaurès reste accessible.",
            "Commande {order} expédiée : 2 boîtes de lentilles journalières (EAN {ean}), numéro de suivi {tracking}.",
            "Simone Veil a porté la loi de 1975 sur l'IVG ; sa biographie est parue sous l'ISBN {isbn}.",
            "Le programme Erasmus+ a financé {order} mobilités ; date limite de candidature à Sciences Po : {date}.",
            "Facture {invoice} – montant {amount} € TTC – prestations de maintenance du {date}.",
            "Post-mortem {ticket} : le préfixe {cidr6} a été retiré à {time} UTC ; correctif déployé en version {version}, commit {sha}.",
            "Collecte de sang à l'hôpital Necker et à l'Institut Pasteur le {date} ; entrée libre.",
            "Stationnement gênant : l'amende forfaitaire est de 35 € ; texte de référence {invoice}, mis à jour le {date}.",
            "Teddy Riner, champion olympique de judo, inaugure le centre aquatique de {city} le {date}.",
            "Nouvelles montures {brand} disponibles en magasin ; référence {order}, prix {amount} €.",
            "Données de test invalides dans l'environnement de recette : {badref} (clé de contrôle volontairement fausse).",
            "Acte de mariage de Victor Hugo et Adèle Foucher, Saint-Sulpice, 12 octobre 1822 ; cote aux Archives de Paris {invoice}.",
        ],
    },
    "es": {
        "pii": [
            "Hola {first}, le recordamos su cita de revisión y limpieza en Clínica Dental Sonrisa el {date} a las {time}. Responda SÍ para confirmar o NO para anular.",
            "Ficha de cliente – Óptica\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nTeléfono: {phone}\nGraduación OD: -2,25 / OI: -2,00",
            "Parte de paritorio – turno de noche\nHab. 207: {person}, primigesta, 40+2 semanas, nº historia {mrn}, bolsa rota a la 01:30, registro correcto. Acompañante: pareja, tel. {phone}.",
            "Cita con la matrona – Centro de Salud\nPaciente: {title_name}\nFPP: {date}\nTraiga la cartilla de embarazo y la tarjeta sanitaria.",
            "¡Gracias por donar, {first}! Tu número de donante es {mrn}. Podrás volver a donar a partir del {date}.",
            "Certificado internacional de vacunación\nApellidos y nombre: {person}\nFecha de nacimiento: {dob}\nNº de pasaporte: {passport}\nVacuna: fiebre amarilla, lote {order}",
            "Asunto: Baja como socio\n\nBuenos días:\nSolicito la baja de mi cuota mensual (socio nº {order}) a partir del mes que viene. Por favor, no pasen más recibos a la cuenta {iban}.\n\nUn saludo,\n{person}\n{nid}",
            "Inscripción cursillos de natación\nNombre del menor: {first}\nPadre/madre/tutor: {person}\n{nid}\nTeléfono de contacto: {phone}",
            "CONTRATO DE ARRENDAMIENTO DE HABITACIÓN\nDe otra parte, {person}, mayor de edad, con {nid} y domicilio a efectos de notificaciones en {address}, en adelante la ARRENDATARIA.",
            "Hola! Soy {first}, estudiante Erasmus de Bolonia, busco habitación en Granada de septiembre a febrero. Escríbeme a {email} o por WhatsApp al {phone} 😊",
            "Asunto: Candidatura – Técnico/a de laboratorio (ref. {ticket})\n\nEstimados/as señores/as:\nLes adjunto mi currículum para el puesto publicado.\n\nAtentamente,\n{person}\n{email}",
            "A quien corresponda:\n\nPor la presente certifico que {title_name} ha trabajado en nuestra clínica veterinaria durante tres años, demostrando gran profesionalidad. Recomiendo su contratación sin reservas.",
            "PROCEDIMIENTO MONITORIO\nDeudor: {person}, {nid}\nDomicilio: {address}\nCantidad reclamada: {amount} €\nOrigen de la deuda: facturas {invoice}",
            "{first}, le informamos de que mantiene una deuda pendiente con {company}. Regularice su situación en 5 días para evitar su inclusión en ficheros de morosos.",
            "Identificación del conductor – Expediente {order}\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}",
            "Recurso contra la denuncia de la ORA: el día {date} tenía el tique pagado con la tarjeta {card}, adjunto justificante. Un saludo, {person}",
            "Parte de siniestro – seguro de mascotas\nTomador: {person}\nMascota: Luna, gata, microchip {order}\nIBAN para el reembolso: {iban}",
            "Reserva confirmada en la residencia canina 🐾\nPropietario: {title_name}\nPerro: Toby\nEntrada: {date}\nContacto de emergencia: {phone}",
            "Re: Busco descendientes de los Montoya de Almería\n\nHola a todos, mi abuela {person} nació el {dob} y conserva el libro de familia. Si alguien tiene datos, escribidme a {email}.",
            "Lista de invitados boda\nMesa 1: {person}, {person}\nMesa 6: {first} + acompañante (menú vegetariano)\nConfirmar antes del {date}",
            "¡Nos casamos! 💍 Si queréis hacernos un regalo, este es nuestro número de cuenta: {iban}. ¡Os esperamos! {first} y {first}",
            "Respuesta del propietario: Hola {first}, sentimos mucho tu experiencia. Escríbenos a {email} con tu número de pedido y lo solucionamos.",
            "Post-mortem incidente 14/05 – caída de la pasarela de pagos\nGuardia: {person} (primaria), {person} (secundaria)\n03:10 alerta; 03:22 escalado a {title_name}",
            "[ERROR] 2024-05-14 03:11:02 auth-service intento de login fallido usuario={email} ip={ip}",
            "Se filtró este secreto en el canal #guardia; ya está rotado, no lo reutilicéis:\n{secret}",
            "Parte de entrada de viajeros\nApellidos y nombre: {person}\nDocumento: pasaporte {passport}\nFecha de nacimiento: {dob}\nFecha de entrada: {date}",
            "Contrato de alquiler {order}\nConductor principal: {person}\nDocumento: pasaporte {passport}\nFianza bloqueada en la tarjeta {card}",
            "Informe de laboratorio\nPaciente: {person}   Nº historia clínica: {mrn}\nFecha nac.: {dob}\nGlucosa basal 92 mg/dL",
            "Revisión legal: quitad la mención «{policy}» del comunicado antes de publicarlo. Gracias, {first}",
            "Comentario de RR. HH.: la oferta incluye «{biased}», que es discriminatorio; hay que reformularla.",
        ],
        "clean": [
            "La calle Ramón y Cajal estará cortada del {date} al {date} por obras; el aparcamiento de la plaza Federico García Lorca sigue abierto.",
            "Pedido {order} enviado: lentillas mensuales (EAN {ean}). Número de seguimiento: {tracking}.",
            "Rafael Nadal ganó su decimocuarto Roland Garros en 2022; su autobiografía tiene ISBN {isbn}.",
            "Factura {invoice} por importe de {amount} € correspondiente a la cuota anual del club.",
            "El programa Erasmus+ financió {order} movilidades; el plazo en la Universidad Complutense termina el {date}.",
            "Post-mortem {ticket}: se retiró la ruta {cidr4} a las {time} UTC; la versión {version} corrige el fallo (commit {sha}).",
            "Campaña de donación de sangre en el Hospital Gregorio Marañón el {date}, de 9:00 a 14:00.",
            "Ordenanza de movilidad {version}: la multa por estacionar en zona de carga y descarga sube desde el {date}.",
            "Nueva colección de gafas de sol {brand} disponible en nuestra tienda de {city}; ref. {order}.",
            "Datos de prueba inválidos en preproducción: {badref} (dígito de control erróneo a propósito).",
            "Los Reyes Católicos, Isabel de Castilla y Fernando de Aragón, se casaron en Valladolid en octubre de 1469; signatura del documento {invoice}.",
        ],
    },
    "nl": {
        "pii": [
            "Beste {first}, het is weer tijd voor uw halfjaarlijkse controle bij Tandartspraktijk De Molen. U kunt online een afspraak maken.\n\nMet vriendelijke groet,\nde assistentes",
            "Klantkaart opticien\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nLaatste oogmeting: {date}",
            "Overdracht verloskamers – nachtdienst\nKamer 5: {title_name}, G2P1, AD 39+6, patiëntnr. {mrn}, ontsluiting 6 cm, CTG goed. Partner bereikbaar op {phone}.",
            "Hoi {first}, hier je verloskundige! Morgen om 10.00 uur de controle van 36 weken. Vergeet je zwangerschapskaart niet 🙂",
            "Bedankt voor je donatie!\nDonor: {person}\nDonornummer: {mrn}\nGeboortedatum: {dob}\nVolgende donatie mogelijk vanaf {date}",
            "Vaccinatiebewijs\nNaam: {person}\n{nid}\nVaccin: griepprik, batch {order}\nDatum: {date}",
            "Onderwerp: opzegging lidmaatschap\n\nGeachte heer/mevrouw,\nHierbij zeg ik mijn abonnement (lidnr. {order}) op per de eerstvolgende mogelijke datum. Wilt u de incasso van rekening {iban} stopzetten?\n\nMet vriendelijke groet,\n{person}",
            "Aanmelding zwemles (diploma A)\nNaam kind: {first}\nGeboortedatum: {dob}\nOuder/verzorger: {person}\nTelefoon: {phone}",
            "Huurovereenkomst studentenkamer\nHuurder: {person}\nCorrespondentieadres: {address}\nE-mail: {email}\nIngangsdatum: {date}",
            "Hi {first}! Je Erasmus-beurs voor Bologna is toegekend. Upload vóór vrijdag nog een kopie van je paspoort (nr. {passport}) in het portaal. Groet, International Office",
            "Onderwerp: sollicitatie doktersassistent (vac. {ticket})\n\nGeachte heer/mevrouw,\nMet veel enthousiasme reageer ik op uw vacature.\n\nMet vriendelijke groet,\n{person}\n{phone} | {email}",
            "Graag beveel ik {person} bij u aan. {first} werkte drie jaar bij ons als teamleider en was altijd betrouwbaar, collegiaal en oplossingsgericht.",
            "Aanmaning – laatste herinnering\nDossiernr.: {order}\nDebiteur: {title_name}\nAdres: {address}\nOpenstaand bedrag: € {amount}\nBetaalt u niet binnen 14 dagen, dan dragen wij de vordering over aan de deurwaarder.",
            "Betaling ontvangen via creditcard {card} op {date}, dossier {order}. Resterend bedrag: € {amount}.",
            "Bezwaar naheffingsaanslag parkeerbelasting, aanslagnr. {order}\n\nIk had wel betaald via de parkeerapp, zie bijlage.\n\n{person}\n{address}",
            "Verzoek tot aanwijzing bestuurder – beschikkingsnummer {order}\nNaam bestuurder: {person}\nGeboortedatum: {dob}\n{nid}",
            "Declaratie dierenverzekering\nVerzekeringnemer: {person}\nDier: kat, chipnr. {order}\nUitbetalen op: {iban}",
            "[Dierenpension 't Hondenhok] Hoi {first}, Max is vandaag lekker uitgelaten 🐶 Ophalen zaterdag om 11u? Kunnen we je dan op {phone} bereiken?",
            "Re: Stamboom familie Van der Berg (Zeeland)\n\nMijn oma, {person}, geboren op {dob}, heeft nog het trouwboekje van haar ouders. Mail me gerust: {email}",
            "Gastenlijst bruiloft (dag + avond)\n{person} – daggast – tafel 2\n{person} – avondgast\n{title_name} + partner – daggast – tafel 4",
            "Onze cadeautip: een bijdrage aan onze huwelijksreis! IBAN {iban} t.n.v. {first} en {first}.",
            "Reactie van de eigenaar: Hoi {first}, wat vervelend dat je zo lang moest wachten. Stuur ons even een mailtje op {email}, dan maken we het goed.",
            "Post-mortem storing 14 mei (SEV1)\nPiketdienst: {person} (primair), {person} (secundair)\n03:05 alert, 03:18 opgeschaald naar {title_name}\nOorzaak: verlopen certificaat",
            "Logregel uit het incident:\n2024-05-14T03:07:44Z WARN login mislukt user={email} remote_addr={ip}",
            "Let op: deze sleutel stond in het piketkanaal en is inmiddels ingetrokken:\n{secret}",
            "Gastenregistratie hotel\nNaam: {person}\nNationaliteit: Belgische\nPaspoortnummer: {passport}\nGeboortedatum: {dob}",
            "Huurcontract {order} – hoofdbestuurder {person}, geb. {dob}, paspoort {passport}; borg op creditcard {card}.",
            "Uitslag laboratorium\nPatiënt: {person}\nPatiëntnummer: {mrn}\nGeb.datum: {dob}\nFerritine 8 µg/L (laag)",
            "Juridische check: haal de vermelding '{policy}' uit het persbericht voordat het online gaat. Groet, {first}",
            "Opmerking HR bij de vacaturetekst: '{biased}' is discriminerend, graag herformuleren.",
        ],
        "clean": [
            "Wegens werkzaamheden is de Prins Hendrikkade op {date} afgesloten; parkeergarage Willem-Alexander blijft bereikbaar.",
            "Bestelling {order} verzonden: daglenzen (EAN {ean}), track & trace {tracking}.",
            "Bloeddonatiedag in het Antoni van Leeuwenhoek op {date}; iedereen tussen 18 en 65 jaar is welkom.",
            "Factuur {invoice} voor {amount} euro, betaaltermijn 30 dagen.",
            "Het Erasmus+ programma financierde {order} uitwisselingen; aanvragen bij de Universiteit Utrecht vóór {date}.",
            "Post-mortem {ticket}: prefix {cidr6} ingetrokken om {time} UTC; fix in versie {version}, commit {sha}, poort {port}.",
            "Sven Kramer won olympisch goud op de 5000 meter; zijn schaatsclinic in Thialf is op {date}.",
            "Parkeertarieven {version}: vanaf {date} gaat een uur parkeren in het centrum van {city} omhoog.",
            "Nieuwe monturen van {brand} in onze winkel; artikelnummer {order}.",
            "Ongeldige testwaarden in de acceptatieomgeving: {badref} (controlecijfer bewust fout).",
            "Het huwelijk van Willem-Alexander en Máxima Zorreguieta werd op 2 februari 2002 in Amsterdam gesloten; archiefnummer {invoice}.",
        ],
    },
}


# ------------------------------------------------------------------------------------ SAVANNA
# Written blind on 2026-12-02 by a helper engineer (worktree i14sa) who never saw the detection
# rules, the other banks' texts or any measurement; committed alone before any detector ran on
# it; an honest test set, never to be tuned on. Themes: fertility and IVF clinics, hospices and
# palliative care, occupational health and sick-leave certificates, immigration lawyers and
# residence permits, refugee and asylum services, adoption and foster care, election offices and
# voter rolls, trade-union and works-council minutes, certified translations of civil documents,
# property auctions and estate agents, flight crew rosters and airport security, chatbot
# transcripts with escalations, spreadsheets and database dumps pasted into e-mails.
SAVANNA: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # fertility and IVF clinics
            "Assisted Conception Unit - Cycle Summary\nPatient: {person}    DOB: {dob}    Hosp. no.: {mrn}\nProtocol: short antagonist, ICSI\nOocytes collected: 12 (MII 9), 2PN: 7\nDay 5: single blastocyst transfer (4AA), 2 blastocysts vitrified\nPregnancy test booked for {date}.",
            "Hi,\n\nI'd like to pay the balance for our frozen embryo transfer over the phone rather than online, the portal keeps timing out. Card is {card}, expiry 08/28, name on the card is {person}. Please ring me back if it doesn't go through.\n\nThanks",
            "Re: Import of donor sperm from Denmark\n\nHi {first},\n\nthe bank won't release the straws until they have a copy of the recipient's passport ({passport}) and the signed consent forms. Could you scan both and send them to me at {email}?\n\nMany thanks,\nEmbryology admin",
            "Best wishes,\n{person}\nFertility Nurse Specialist | Reproductive Medicine Unit\nDirect line {phone} (Mon-Thu 8-4)\nPlease do not send scan results by text.",
            # hospices and palliative care
            "Hospice at Home - night handover\nBed 4: {title_name} ({mrn}). Settled after PRN midazolam 2.5 mg s/c at 23:10. Daughter stayed overnight and asked to be called on {phone} if anything changes. DNACPR in place, original in the blue folder.",
            "REFERRAL TO SPECIALIST PALLIATIVE CARE\nName: {person}\nNHS No: {nhs}\nDate of birth: {dob}\nAddress: {address}\nDiagnosis: metastatic pancreatic adenocarcinoma\nPreferred place of death: home\nGP aware and agrees with referral.",
            "Repeat prescription request (hospice pharmacy)\nPatient: {person}   DOB {dob}\nItems: oxycodone MR 10 mg BD, Laxido 1 sachet OD, levomepromazine 6.25 mg PRN\nDeliver to: {address}\nCarer will sign for controlled drugs.",
            # occupational health and sick leave
            "Statement of Fitness for Work\nPatient's name: {person}\nDate of birth: {dob}\nI assessed your case on {date} and, because of lumbar disc prolapse, I advise that you may be fit for work taking account of the following advice: amended duties, no lifting over 10 kg.\nThis will be the case for 4 weeks.",
            "From: HR Business Partner\nTo: Occupational Health\nSubject: Management referral - warehouse operative\n\nPlease could you see {title_name} for an assessment of fitness to return after six weeks' absence (work-related stress). Payroll identifiers: staff no. {order}, {nid}.\nAppointment letter to: {address}",
            "OH Consultation Note (confidential)\nEmployee: {person}\nHospital record checked: {mrn}\nOpinion: fit for phased return over 4 weeks starting 50% hours; review in clinic on {date}. Manager informed of the adjustments only, not the diagnosis.",
            # immigration lawyers and residence permits
            "Dear {title_name},\n\nThank you for instructing us on your application for Indefinite Leave to Remain. To complete the form we still need your current passport (no. {passport}) together with all previous passports covering the qualifying period, your BRP and five years of P60s.\n\nOur fixed fee of 1,850 GBP + VAT can be paid to {iban}, reference ILR-{order}.\n\nKind regards,\n{person}\nSolicitor, Immigration Team",
            "USCIS Form I-485, Part 1. Information About You\n1. Full Name: {person}\n3. Date of Birth (mm/dd/yyyy): {dob}\n8. {nid}\n10. Passport Number: {passport}\n11. Current U.S. Physical Address: {address}",
            '{"case_id": "SW-{order}", "applicant": {"name": "{person}", "passport_no": "{passport}", "nationality": "IND"}, "route": "Skilled Worker", "sponsor": "{company}", "status": "awaiting CoS"}',
            # refugee and asylum services
            "Caseworker note - Refugee Support drop-in\nClient {first} came in with the Home Office letter inviting her to the substantive interview on {date}. Port reference {order}. No passport, ARC card only. Best number to reach her: {phone} (WhatsApp). Tigrinya interpreter booked.",
            "[14:02] Caseworker: Hi, it's Amina from the refugee project. Your solicitor {person} needs your date of birth exactly as it is on the screening form.\n[14:09] Client: {dob} but in my country papers it is different\n[14:10] Caseworker: That's ok, I'll tell her. Bring the letter on Thursday please.",
            # adoption and foster care
            "Prospective Adopter's Report - Section A\nApplicant 1: {person}, DOB {dob}\nApplicant 2: {person}\nHome address: {address}\nLocal authority: {namecity} County Council\nSocial worker: recommendation to panel on {date}",
            "URGENT - emergency foster placement tonight\nChild: {first} (age 7), plus younger brother\nBirth mother {person} must NOT be given the carers' address or phone. Duty social worker on {phone} until midnight.",
            # election offices and voter rolls
            "Polling district,Elector no.,Full name,Qualifying address,Open register opt-out\nPD3,0412,{person},\"{address}\",Y",
            "Application for a postal vote\nSurname and first names: {person}\nDate of birth: {dob}\nAddress where you are registered to vote: {address}\nEmail address (optional): {email}\nSend my postal vote for: all elections until further notice",
            "Dear Electoral Services,\n\nI moved out of {address} in March and would like to be taken off the register there. For verification: {nid}.\n\nRegards,\n{person}",
            # trade union and works council minutes
            "Minutes - Branch Committee, {date}\nPresent: {person} (Chair), {person} (Secretary), {title_name} (H&S rep)\nItem 4: disciplinary hearing for a member in Despatch - rep to accompany; member's contact {email}.\nAOB: none.",
            "Works council - consultation on redundancy selection\nThe employee side objected to the criterion \"{biased}\" in the scoring matrix and asked for it to be removed before the second consultation meeting.",
            # translation agencies (certified translations)
            "TRANSLATION OF BIRTH CERTIFICATE (EXTRACT)\nName of child: {person}\nDate of birth: {dob}\nPlace of birth: Krakow\n\nI certify that this is a true and accurate translation of the original document in Polish.\nTranslator: {person}, MCIL, CL\nOur ref {invoice}",
            "Queries about your invoice for the certified translation should go to {role_email}; for anything about the wording of the translation please reply to your project manager.",
            # property auctions and estate agents
            "Auction Lot 27 - Bidder registration\nBidder no.: 112\nFull name: {person}\nAddress: {address}\nID checked: passport {passport}\nDeposit (10%) to be taken from card: {card}",
            "AML check - buyer, 3 Quarry Lane\nName: {person}\nDOB: {dob}\nProof of ID: passport {passport} (expires {date})\nSource of funds: statement for {iban}\nResult: PASS",
            "Viewing feedback - 14 Beech Grove\nApplicant: {title_name}, chain-free, AIP from Halifax\nMobile: {phone}\nEmail: {email}\nLiked the garden, worried about the damp in the back bedroom; wants a second viewing.",
            "From: {role_email}\nTo: {email}\nSubject: Buyer's premium outstanding - Lot 9\n\nThe buyer's premium of 1,200 GBP is now overdue. Please pay by Friday to avoid cancellation of the sale.",
            # flight crew rosters and airport security
            "CREW ROSTER  LHR-JFK  BA0117  {date}\nPOS\tNAME\tSTAFF\tPASSPORT\tDOB\nCPT\t{person}\t{order}\t{passport}\t{dob}",
            "roster:\n  - name: {person}\n    role: Cabin Service Director\n    email: {email}\n    base: LGW\n    layover_hotel: Hilton JFK",
            "Airside ID pass application - Section B\nApplicant: {person}\nEmployer: {company}\nPrevious addresses (last 5 years): {address}\nReferee telephone: {phone}\nCounter-terrorist check reference: {order}",
            "{time} Security Control: pax {title_name} stopped at Lane 6, spare lithium battery over 160 Wh. Boarding pass scanned, passport {passport}. Item surrendered, pax continued to gate.",
            # chatbot transcripts and support escalations
            "Bot: Can you confirm the email address on your account?\nUser: {email}\nBot: Thanks. Please don't share full card numbers in this chat.\nUser: the charge was on {card} and I never ordered anything\nBot: I'm passing you to a member of our team now. [handoff: Tier 2 / Disputes]",
            "Escalation summary (auto-generated)\nCustomer: {person}\nIssue: webhook returns 401 since key rotation\nCustomer pasted:\n{secret}\nAgent note: told customer to revoke this key now, it was exposed in chat.",
            "[Live chat] {first}: my broadband keeps dropping, my IP is {ip} if that helps\n[Live chat] Agent: Thanks, there is a line fault on our side. I've raised {ticket} and escalated it to our engineers.",
            "Moderation log, assistant session {uuid}: the draft reply contained the blocked term \"{policy}\"; reply withheld and the conversation escalated to Trust & Safety.",
            # spreadsheets and database dumps pasted into e-mails
            "Hi all, pasting the export from the sign-up sheet below because the attachment won't open:\n\nName\tEmail\tPhone\tDOB\n{person}\t{email}\t{phone}\t{dob}\n\nCan someone tidy it up before Monday?",
            "INSERT INTO patients (id, full_name, dob, mrn, last_login_ip) VALUES (4471, '{person}', '{dob}', '{mrn}', '{ip}');",
            "2026-03-04T10:12:44Z WARN portal.auth failed login for {email} from {ip} (attempt 5/5), account locked",
            # travel, hire cars, insurance, labs
            "RENTAL AGREEMENT {order}\nMain driver: {person}\nDate of birth: {dob}\nPassport: {passport}\nPre-authorisation on card {card}\nReturn: full tank, Terminal 2 car park",
            "Travel insurance claim - medical expenses abroad\nPolicyholder: {person}\nHospital patient number: {mrn}\nSettlement to account: {iban}\nPlease attach the discharge letter and the original receipts.",
            "HAEMATOLOGY REPORT\nPatient: {title_name}    NHS: {nhs}\nFBC: Hb 98 g/L (L), WCC 3.1, Plt 140\nComment: consistent with known marrow infiltration; palliative team informed.",
            "Crew hotel rooming list, {date}\nRoom 1412: {title_name} (Capt.), late checkout approved\nRoom 1413: First Officer, early pick-up 05:30",
            "Internal comms review: the draft notice to members used the term '{policy}', which legal says we cannot publish; please replace before it goes to print.",
            "HR comment on the cabin crew advert: the phrase \"{biased}\" is not inclusive, please reword before it goes live on the careers site.",
            "Payroll export for the hospice bank staff (do not forward):\nname,dob,bank\n{person},{dob},{iban}",
            "Ops note: the staging database was left open; connection string found in the shared drive:\n{secret}\nRotated by on-call at {time}.",
        ],
        "clean": [
            "Hospice Care Week: the Dame Cicely Saunders Lecture takes place on {date} at St Christopher's, Sydenham; tickets under order {order}.",
            "HFEA figures for {date}: IVF birth rates per embryo transferred rose in London and Manchester clinics; dataset {uuid}.",
            "Fit note template version {version} now accepts digital signatures; the DWP guidance for GPs has been updated accordingly.",
            "The Home Secretary laid a statement of changes to the Immigration Rules before Parliament; new salary thresholds apply from {date}.",
            "Refugee Week events: a reading at the Jo Cox memorial garden and a talk by Sir Mo Farah on running for Great Britain.",
            "Adoption conference programme: keynote by Baroness Floella Benjamin; venue deposit paid, invoice {invoice}.",
            "Declaration for {namecity} ward at {time}: turnout 34.2%, recount refused by the Returning Officer. Notice ref {order}.",
            "Branch minutes: coach to the Tolpuddle Martyrs Festival booked for {amount} GBP (invoice {invoice}); meet at the Keir Hardie statue.",
            "Certified translation price list: 35 GBP per page; apostilles via the Legalisation Office, return post tracked with {tracking}.",
            "Auction catalogue, Lot 14: Victorian terrace on Gladstone Road, guide price 185,000 GBP+; legal pack checksum {sha}.",
            "Roster change: BA0283 LHR-LAX operated by an A380 from Terminal 5, departure {time}; crew app {version} shows the new gate.",
            "Airport security: new CT scanners in Lanes 1-8 from {date}; lane controllers on {cidr4} and {cidr6}, management port {port}.",
            "Chatbot release {version}: escalations to a human agent now pass only the ticket {ticket} and session {uuid}, never the transcript.",
            "Attached: 'Q3 lettings.xlsx' (sheet 'Summary', 42 rows, columns Property / Branch / Asking rent / Let date), export hash {hashalgo}.",
            "Order {order} dispatched: 3 x Philip Larkin, Collected Poems (ISBN {isbn}), tracking {tracking}.",
            "Invoice {invoice} from {company}: 2 x {product}, EAN {ean}, total {amount} GBP. Payment ref {badref} was rejected; please resend.",
            "The Queen Elizabeth Hospital in King's Lynn moves its maternity unit on {date}; the Princess Royal wing is unaffected.",
            "Electoral Services: {brand} scanners for postal vote statements, firmware {version}; asset ticket {ticket}.",
            "Property Ombudsman annual report quotes Lord Denning in Miller v Jackson on the right to enjoy one's land; published {date}.",
            "Data warehouse job {uuid} finished at {time}: 18,204 rows loaded into lettings_fact, checksum {sha}.",
        ],
    },
    "de": {
        "pii": [
            # Kinderwunschzentrum
            "Kinderwunschzentrum - Behandlungsplan\nPatientin: {person}, geb. {dob}\nPat.-Nr.: {mrn}\nEhemann: {person}\nProtokoll: langes Protokoll, Stimulation ab ZT 2, Punktion voraussichtlich KW 14.\nKostenübernahmeerklärung der Krankenkasse (50 %) liegt vor.",
            "Hallo {first},\n\nwie telefonisch besprochen hier die Bankverbindung für den Eigenanteil der ICSI-Behandlung: 2.480,00 € auf das Praxiskonto, Ihre Zahlung kam aber von IBAN {iban} zurück (Konto erloschen?). Bitte melden Sie sich kurz.\n\nViele Grüße\nIhr Praxisteam",
            # Hospiz und Palliativversorgung
            "Übergabe Hospiz, Nachtdienst\nZi. 3 - {title_name}: gegen 2 Uhr unruhig, Bedarfsmedikation Lorazepam 1 mg s.l. gegeben, danach ruhig. Sohn möchte jederzeit angerufen werden: {phone}. Patientenverfügung liegt vor.",
            "Verordnung spezialisierter ambulanter Palliativversorgung\nName, Vorname des Versicherten: {person}\ngeb. am {dob}\nVersicherten-Nr.: {mrn}\nAnschrift: {address}\nVollversorgung ab {date}",
            "Labor-Befund\nEinsender: Palliativstation 4B\nPat.-ID: {mrn}\nName: {title_name}\nKreatinin 2,1 mg/dl (erhöht), Kalium 5,8 mmol/l (erhöht)\nTelefonisch durchgegeben an Stationsarzt.",
            # Arbeitsunfähigkeit und Betriebsarzt
            "Arbeitsunfähigkeitsbescheinigung - Ausfertigung zur Vorlage beim Arbeitgeber\n{person}\ngeb. am {dob}\narbeitsunfähig seit {date}\nvoraussichtlich arbeitsunfähig bis einschließlich {date}\nErstbescheinigung",
            "Betriebsärztlicher Dienst - Vorsorgebescheinigung\nBeschäftigte/r: {person}\nPersonalnummer: {order}\n{nid}\nErgebnis der Vorsorge: keine gesundheitlichen Bedenken gegen Fahr-, Steuer- und Überwachungstätigkeiten.",
            "Betreff: Angebot eines BEM-Gesprächs\n\nGuten Tag {title_name},\n\nSie waren in den vergangenen zwölf Monaten länger als sechs Wochen arbeitsunfähig. Wir bieten Ihnen deshalb ein Betriebliches Eingliederungsmanagement an. Bitte antworten Sie bis {date} an {email}.\n\nFreundliche Grüße\nPersonalabteilung",
            # Ausländerrecht und Aufenthaltstitel
            "Antrag auf Erteilung eines Aufenthaltstitels\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: türkisch\nReisepass-Nr.: {passport}\nWohnanschrift: {address}\nZweck: Erwerbstätigkeit (§ 18b AufenthG)",
            "Sehr geehrte Frau Kollegin,\n\nin der Ausländersache unseres Mandanten {person} (Az. {order}/25) übersenden wir anliegend die Kopie des Nationalpasses Nr. {passport} sowie die aktuelle Meldebescheinigung. Eine Fiktionsbescheinigung wurde bislang nicht ausgestellt.\n\nMit freundlichen Grüßen\nRechtsanwältin",
            # Asylverfahrensberatung
            "Asylverfahrensberatung - Aktennotiz\nKlient: {first}, afghanisch, Anhörung beim BAMF am {date}.\nAnkunftsnachweis liegt vor, kein Reisepass. Erreichbar nur über WhatsApp: {phone}. Dolmetscher Dari angefragt.",
            # Adoption und Pflegekinderdienst
            "Jugendamt - Adoptionsvermittlung\nEignungsprüfung Bewerberpaar\nBewerberin: {person}, geb. {dob}\nBewerber: {person}\nWohnhaft: {address}\nHausbesuch durchgeführt am {date}.",
            "Rufbereitschaft Pflegekinderdienst: Inobhutnahme heute 19:40. Kind ({first}, 5 J.) in Bereitschaftspflege untergebracht. Die Kindesmutter {person} kennt die Anschrift nicht - bitte keinesfalls weitergeben!",
            # Wahlamt und Wählerverzeichnis
            "Antrag auf Erteilung eines Wahlscheins\nFamilienname, Vornamen: {person}\nGeburtsdatum: {dob}\nWohnung: {address}\nNr. im Wählerverzeichnis: {order}\nBriefwahlunterlagen bitte an: Wohnanschrift",
            "Wahlbezirk;Lfd. Nr.;Name, Vorname;Geburtsdatum;Wahlschein\n0412;{order};{person};{dob};ja",
            # Betriebsrat und Gewerkschaft
            "Protokoll der Betriebsratssitzung vom {date}\nAnwesend: {person} (Vorsitz), {person}, {person}\nTOP 3: Anhörung zur ordentlichen Kündigung von {title_name} gem. § 102 BetrVG - der Betriebsrat widerspricht fristgerecht.",
            "Beitrittserklärung\nName: {person}\nE-Mail: {email}\nMonatsbeitrag: 1 % des Bruttoverdienstes\nSEPA-Lastschriftmandat für IBAN {iban}\nBetrieb: {company}",
            "Anmerkung der Gleichstellungsbeauftragten zur Stellenausschreibung Kabinenpersonal: Bitte die Formulierung „{biased}“ streichen, sie ist nicht diskriminierungsfrei.",
            # beglaubigte Übersetzungen
            "Beglaubigte Übersetzung aus dem Polnischen\nGEBURTSURKUNDE\nName: {person}\nGeburtsdatum: {dob}\nGeburtsort: Gdańsk\n\nDie Richtigkeit und Vollständigkeit der vorstehenden Übersetzung wird hiermit bescheinigt.\n{person}, ermächtigte Übersetzerin",
            # Makler und Zwangsversteigerung
            "Anfrage zum Exposé Eigentumswohnung, 3 Zimmer\nInteressent: {title_name}\nTelefon: {phone}\nE-Mail: {email}\nFinanzierungsbestätigung liegt vor, Besichtigung gewünscht am {date}.",
            "Zwangsversteigerungstermin {order} K 17/25 - Bieterliste\nBieter 3: {person}, geb. {dob}, ausgewiesen durch Reisepass {passport}\nSicherheitsleistung per Bundesbankscheck erbracht.",
            # Crew und Flughafensicherheit
            "Dienstplan Kabine LH400 FRA-JFK {date}\nPos.;Name;Pers.-Nr.;Pass-Nr.\nPU;{person};{order};{passport}",
            "Antrag auf Zuverlässigkeitsüberprüfung nach § 7 LuftSiG\nName: {person}\nGeburtsdatum: {dob}\nWohnsitze der letzten 10 Jahre: {address}\nArbeitgeber: {company}",
            "Meldeschein (Beherbergungsbetrieb)\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: NL\nReisepass-Nr.: {passport}\nAnreise: {date}",
            # Chatbot und Eskalation
            "Chatverlauf (Export)\nBot: Wie kann ich helfen?\nKunde: meine Karte {card} wurde doppelt belastet!!\nBot: Bitte geben Sie keine vollständigen Kartennummern ein. Ich verbinde Sie mit einer Mitarbeiterin.\n[Übergabe an Agent - Warteschlange Reklamation]",
            "Eskalation an 2nd Level: Kunde hat im Chat seine Konfiguration gepostet:\n{secret}\nBitte Schlüssel sofort sperren und Kunden informieren.",
            "Moderationsprotokoll Chatbot {uuid}: Die generierte Antwort enthielt den gesperrten Begriff \"{policy}\" - Antwort unterdrückt, Fall an Trust & Safety.",
            # Tabellen und Dumps
            "Zugriffsprotokoll Mandantenportal {time}: Anmeldung {email} von {ip} - 3 Fehlversuche, Konto gesperrt.",
            "INSERT INTO mitarbeiter (name, geburtsdatum, iban) VALUES ('{person}', '{dob}', '{iban}');",
            "Hallo zusammen,\n\nhier die Liste aus der Excel, die Datei lässt sich nicht anhängen:\n\nName\tTelefon\tE-Mail\n{person}\t{phone}\t{email}\n\nGruß\n{first}",
            "Lohnbüro an Personalabteilung: Für die Neueinstellung {person} haben wir folgende Angabe aus dem Personalbogen übernommen: {nid}. Bitte mit dem Originalschreiben abgleichen.",
            "Mit freundlichen Grüßen\n{person}\nBetriebsratsvorsitzende\nTel. {phone}",
            "Kundin schreibt im Support-Chat: 'Meine Kreditkarte ist {card}, Ablaufdatum 04/29, bitte buchen Sie die Auktionsgebühr davon ab.'",
            "Firewall-Log {time}: DENY tcp {ip}:51822 -> Patientenportal:{port} (Geo-Block)",
        ],
        "clean": [
            "Der Deutsche Hospiz- und PalliativVerband lädt zum Fachtag am {date} in Berlin; Anmeldung unter Bestellnummer {order}.",
            "Bundestag beschließt Änderung des Embryonenschutzgesetzes nicht; Gesundheitsminister Karl Lauterbach verweist auf die Kommission.",
            "Die Konrad-Adenauer-Stiftung veröffentlicht eine Studie zur Wahlbeteiligung; ISBN {isbn}.",
            "Wahlamt: Das vorläufige Ergebnis für den Wahlkreis liegt um {time} vor; Datei ergebnis_{version}.csv, Prüfsumme {sha}.",
            "Rechnung {invoice} der {company}: 2x {product}, EAN {ean}, Gesamtbetrag {amount} €. Die Kartenreferenz {badref} wurde abgelehnt.",
            "Die IG Metall und Gesamtmetall einigen sich in der Tarifrunde; Jörg Hofmann spricht von einem fairen Kompromiss.",
            "Sendung {tracking} mit den beglaubigten Übersetzungen ist unterwegs; Zustellung voraussichtlich {date}.",
            "Zwangsversteigerung: Wohnhaus in der Goethestraße, Verkehrswert {amount} €; Aktenzeichen im Portal, Dokumenten-ID {uuid}.",
            "Flughafen Frankfurt: Terminal 3 geht {date} in Betrieb; Sicherheitskontrollstellen im Netz {cidr4}, Verwaltung über Port {port}.",
            "Chatbot-Version {version} ausgerollt; Eskalationen landen jetzt im Ticket {ticket}, Transkripte werden nicht übertragen.",
            "Das Sophie-Scholl-Gymnasium stellt seine Turnhalle am {date} als Wahllokal zur Verfügung.",
            "Lufthansa setzt auf der Strecke nach {namecity} ab {date} einen Airbus A350 ein; Dienstplan-Export {hashalgo}-signiert.",
        ],
    },
    "fr": {
        "pii": [
            # PMA et FIV
            "Centre d'AMP - Compte rendu de ponction\nPatiente : {person}, née le {dob}\nN° dossier : {mrn}\nConjoint : {person}\nOvocytes recueillis : 10, matures : 8. FIV-ICSI réalisée. Transfert d'un embryon J5 prévu le {date}.",
            "Bonjour {first},\n\nLe CECOS nous demande une copie de votre passeport (n° {passport}) et du consentement signé devant notaire avant de pouvoir attribuer les paillettes. Merci de nous les transmettre à {email}.\n\nCordialement,\nLe secrétariat AMP",
            # soins palliatifs
            "Transmissions USP - nuit\nCh. 12 : {title_name}, encombrement bronchique, Scopoderm posé à 23 h. La fille souhaite être appelée à tout moment au {phone}. Directives anticipées dans le dossier.",
            "Demande d'admission en HAD palliative\nNom, prénom : {person}\nDate de naissance : {dob}\nIPP : {mrn}\nAdresse : {address}\nMédecin traitant informé. Souhait de décès à domicile.",
            # arrêt de travail et médecine du travail
            "Avis d'arrêt de travail - volet 3 (employeur)\nAssuré(e) : {person}\n{nid}\nArrêt initial du {date} au {date} inclus\nSorties autorisées : oui, sans restriction d'horaire",
            "Service de prévention et de santé au travail\nVisite de reprise après arrêt maladie\nSalarié : {title_name}\nDate de naissance : {dob}\nAvis : apte avec aménagement de poste (pas de port de charges > 10 kg) jusqu'au {date}.",
            # avocat en droit des étrangers, titre de séjour
            "Maître,\n\nJe vous adresse les pièces pour le renouvellement du titre de séjour de ma femme : copie de son passeport {passport}, justificatif de domicile ({address}) et les trois derniers bulletins de salaire.\n\nBien à vous,\n{person}",
            "Préfecture - demande de titre de séjour « salarié »\nNom : {person}\nNé(e) le : {dob}\nNationalité : marocaine\nPasseport n° : {passport}\nTéléphone : {phone}\nRécépissé remis le {date}",
            # asile
            "Fiche d'entretien - Plateforme d'accueil des demandeurs d'asile\nPrénom : {first}\nDate de naissance déclarée : {dob}\nProcédure : normale, convocation OFPRA reçue. Hébergement CADA demandé. Interprète pachto.",
            # adoption et ASE
            "Rapport d'évaluation sociale en vue de l'agrément en adoption\nCandidats : {person} et {person}\nDomicile : {address}\nLes candidats disposent d'un projet réfléchi ; avis favorable.",
            "ASE - note de service\nPlacement en famille d'accueil du jeune {first} (9 ans) à compter de ce soir. Ne pas communiquer les coordonnées de l'assistante familiale au père, {person}.",
            # élections
            "Demande d'établissement de procuration\nMandant : {person}, né(e) le {dob}\nInscrit(e) sur la liste électorale de la commune, bureau n° 7\nMandataire : {title_name}",
            "bureau;nom_prenoms;date_naissance;adresse\n7;{person};{dob};\"{address}\"",
            # syndicats et CSE
            "Procès-verbal de la réunion du CSE du {date}\nPrésents : {person} (secrétaire), {person}, {title_name}\nPoint 2 : consultation sur le licenciement d'un salarié protégé. Avis défavorable à l'unanimité.",
            "Adhésion CGT - Syndicat des personnels navigants\nNom : {person}\nCourriel : {email}\nCotisation prélevée sur l'IBAN {iban} le 5 de chaque mois.",
            "Remarque de la référente égalité sur l'offre d'emploi : l'expression « {biased} » doit être retirée, elle est discriminatoire.",
            # traduction assermentée
            "TRADUCTION CERTIFIÉE CONFORME\nActe de naissance n° {order}\nNom : {person}\nDate de naissance : {dob}\nLieu : Porto (Portugal)\nTraduit par {person}, traductrice expert près la cour d'appel de Lyon.",
            # enchères et agence immobilière
            "Dossier locataire - Agence du Centre\nCandidat : {title_name}\nTél. : {phone}\nCourriel : {email}\nGarant : Visale. Revenus : 3 x le loyer.",
            "Vente aux enchères (chambre des notaires) - inscription enchérisseur\nNom : {person}\nAdresse : {address}\nPièce d'identité : passeport {passport}\nConsignation par carte {card}",
            # équipage et sûreté aéroportuaire
            "PLANNING PNC AF022 CDG-JFK {date}\nFONCTION;NOM;MATRICULE;PASSEPORT;NE(E) LE\nCCP;{person};{order};{passport};{dob}",
            "Demande de badge aéroport (habilitation)\nNom : {person}\nEmployeur : {company}\nAdresse : {address}\nNuméro de téléphone : {phone}",
            # chatbot
            "Assistant : Pouvez-vous me confirmer l'adresse e-mail du compte ?\nClient : {email}\nAssistant : Merci. Je transfère votre demande à un conseiller.\nClient : ok, et la carte débitée c'est {card}\n[Transfert conseiller - file Litiges]",
            "Escalade niveau 2 : le client a collé sa configuration dans le chat :\n{secret}\nMerci de révoquer la clé et de prévenir le client.",
            "Journal de modération de l'assistant {uuid} : la réponse contenait le terme interdit « {policy} » ; réponse bloquée, dossier transmis.",
            # tableurs et extraits SQL
            "Bonjour,\n\nvoici l'extrait du fichier Excel, la pièce jointe ne passe pas :\n\nNom\tTéléphone\tAdresse IP\n{person}\t{phone}\t{ip}\n\nBonne journée",
            "UPDATE adherents SET iban = '{iban}', email = '{email}' WHERE nom = '{person}';",
            "{time} portail-rh : connexion refusée pour {email} depuis {ip} (compte verrouillé)",
            "Bien cordialement,\n{person}\nJuriste - Droit des étrangers\nLigne directe : {phone}",
            "Laboratoire - résultats\nPatient : {title_name}\nN° dossier : {mrn}\nINR : 3,4 (zone cible 2-3). Résultat transmis au service de soins palliatifs.",
            "Fiche de police (hôtel)\nNom : {person}\nDate de naissance : {dob}\nN° passeport : {passport}\nArrivée : {date}",
        ],
        "clean": [
            "Le Comité consultatif national d'éthique rend un avis sur la fin de vie ; le président Jean-François Delfraissy le présente le {date}.",
            "La loi Veil est commémorée à l'Assemblée nationale ; le discours de Simone Veil est réédité (ISBN {isbn}).",
            "Facture {invoice} de {company} : 2 x {product}, EAN {ean}, total {amount} €. Référence de carte {badref} refusée.",
            "Élections municipales : résultats du bureau de l'école Jules-Ferry publiés à {time} ; fichier {version}, empreinte {sha}.",
            "Le CSE rappelle que la permanence syndicale de la Bourse du travail Jean-Jaurès est ouverte le {date}.",
            "Colis {tracking} : traductions assermentées expédiées, livraison prévue le {date}.",
            "Vente aux enchères : appartement rue Victor-Hugo, mise à prix {amount} € ; cahier des conditions de vente n° {order}.",
            "Aéroport Paris-Charles-de-Gaulle : nouveaux portiques au terminal 2E à partir du {date} ; réseau {cidr4}, port {port}.",
            "Assistant virtuel version {version} : les escalades créent un ticket {ticket} sans copier la conversation.",
            "L'hôpital Georges-Pompidou ouvre une unité de soins palliatifs ; Kylian Mbappé parraine la collecte de fonds.",
            "Air France affecte un A350 à la ligne vers {namecity} ; export du planning en {hashalgo}, identifiant {uuid}.",
            "Le centre d'AMP de l'hôpital Antoine-Béclère fête 40 ans de la première FIV française, menée par René Frydman.",
        ],
    },
    "es": {
        "pii": [
            # reproducción asistida
            "Unidad de Reproducción Asistida - Informe de punción\nPaciente: {person}\nFecha de nacimiento: {dob}\nN.º de historia clínica: {mrn}\nOvocitos obtenidos: 11 (8 maduros). Se realiza ICSI. Transferencia en día 5 prevista para el {date}.",
            "Hola {first}:\n\nPara la donación de ovocitos necesitamos copia de tu DNI o pasaporte ({passport}) y el consentimiento informado firmado. Puedes enviarlo a {email} o traerlo en la próxima visita.\n\nUn saludo,\nAtención al paciente",
            # cuidados paliativos
            "Equipo de soporte domiciliario de cuidados paliativos - nota de visita\nPaciente: {title_name}, NHC {mrn}\nDolor controlado con fentanilo transdérmico 25 mcg/h. La hija pide que se le avise al {phone} ante cualquier cambio. Voluntades anticipadas registradas.",
            "Solicitud de ingreso en unidad de cuidados paliativos\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nDiagnóstico: neoplasia de pulmón estadio IV",
            # baja laboral y salud laboral
            "Parte médico de baja por incapacidad temporal\nApellidos y nombre: {person}\n{nid}\nFecha de la baja: {date}\nDuración estimada: 30 días\nContingencia: enfermedad común",
            "Mutua colaboradora - citación\nEstimado/a {title_name}:\nle citamos para revisión médica de su proceso de incapacidad temporal el {date}. Si no puede acudir, llame al {phone}.\nAtentamente,\nServicio médico",
            # extranjería y residencia
            "Despacho de abogados - Extranjería\nCliente: {person}\nNacionalidad: colombiana\nPasaporte: {passport}\nFecha de nacimiento: {dob}\nTrámite: arraigo social, cita en Oficina de Extranjería pendiente",
            "Estimado Sr. letrado:\n\nLe adjunto la documentación para la renovación de mi TIE: {nid}, contrato de trabajo y certificado de empadronamiento en {address}.\n\nUn saludo,\n{person}",
            # asilo y protección internacional
            "Ficha de acogida - Programa de protección internacional\nNombre: {first}\nFecha de nacimiento declarada: {dob}\nPaís de origen: Venezuela\nSolicitud de asilo manifestada; cita para entrevista pendiente. Teléfono de contacto: {phone}",
            # adopción y acogimiento
            "Informe psicosocial de idoneidad para la adopción internacional\nSolicitantes: {person} y {person}\nDomicilio: {address}\nValoración: idóneos.",
            "Servicio de protección de menores: acogimiento familiar de urgencia de la menor {first} (6 años) esta noche. No facilitar datos de la familia acogedora a la madre biológica, {person}.",
            # censo electoral
            "Solicitud de voto por correo\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio de envío: {address}\nCorreo electrónico: {email}",
            "Mesa electoral - designación de miembros\nPresidente/a: {person}\nPrimer vocal: {title_name}\nNotificar en el domicilio que consta en el censo electoral.",
            # comité de empresa y sindicato
            "Acta de la reunión del comité de empresa de {date}\nAsistentes: {person} (presidente), {person} (secretaria), {title_name}\nPunto 2: expediente disciplinario; el comité emite informe desfavorable.",
            "Ficha de afiliación sindical\nNombre: {person}\nCorreo: {email}\nCuota domiciliada en IBAN {iban}\nEmpresa: {company}",
            "Observación de la comisión de igualdad sobre la oferta de empleo: eliminar la expresión «{biased}», no es inclusiva.",
            # traducción jurada
            "TRADUCCIÓN JURADA\nCertificado de nacimiento\nNombre: {person}\nFecha de nacimiento: {dob}\nLugar: Casablanca\n\nDon/Doña {person}, Traductor/a-Intérprete Jurado/a de francés nombrado/a por el Ministerio de Asuntos Exteriores, certifica que la que antecede es traducción fiel y completa al español.",
            # subastas e inmobiliarias
            "Inmobiliaria - ficha de cliente\nInteresado: {title_name}\nMóvil: {phone}\nEmail: {email}\nBusca piso de 3 dormitorios, presupuesto máximo 250.000 €",
            "Subasta electrónica - registro de postor\nNombre: {person}\nDomicilio: {address}\nDocumento: pasaporte {passport}\nDepósito del 5 % con tarjeta {card}",
            # tripulación y seguridad aeroportuaria
            "CUADRANTE TCP IB6251 MAD-JFK {date}\nFUNCIÓN;NOMBRE;N.º EMPLEADO;PASAPORTE;F. NAC.\nSOB;{person};{order};{passport};{dob}",
            "Solicitud de tarjeta de identificación aeroportuaria (TIA)\nNombre: {person}\nEmpresa: {company}\nTeléfono: {phone}\nDomicilio: {address}",
            # chatbot
            "Asistente: ¿Me confirmas el correo de tu cuenta?\nCliente: {email}\nAsistente: Gracias. Por seguridad, no compartas el número completo de tu tarjeta.\nCliente: me han cobrado dos veces en la {card}\n[Derivado a agente humano - cola Reclamaciones]",
            "Escalado a nivel 2: el cliente pegó su configuración en el chat:\n{secret}\nRevocar la clave y avisar al cliente.",
            "Registro de moderación del asistente {uuid}: la respuesta contenía el término bloqueado «{policy}»; se ha retenido y se ha escalado.",
            # hojas de cálculo y volcados
            "Hola a todos:\n\nos pego la tabla del Excel porque el adjunto no se abre:\n\nNombre\tMóvil\tIP\n{person}\t{phone}\t{ip}\n\nGracias",
            "INSERT INTO socios (nombre, iban, email) VALUES ('{person}', '{iban}', '{email}');",
            "{time} portal-empleado: inicio de sesión fallido para {email} desde {ip}, cuenta bloqueada",
            "Un saludo,\n{person}\nAbogada - Extranjería y Nacionalidad\nTel. {phone}",
            "Laboratorio - resultado crítico\nPaciente: {title_name}\nN.º historia: {mrn}\nPotasio 6,1 mmol/l. Comunicado por teléfono al equipo de paliativos.",
            "Parte de entrada de viajeros (hotel)\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nN.º de pasaporte: {passport}\nFecha de entrada: {date}",
        ],
        "clean": [
            "El Congreso aprueba la Ley de eutanasia; la ministra Carolina Darias la defiende en el pleno del {date}.",
            "Factura {invoice} de {company}: 2 x {product}, EAN {ean}, total {amount} €. La referencia de tarjeta {badref} fue rechazada.",
            "Resultados electorales en el colegio Miguel Hernández publicados a las {time}; fichero {version}, hash {sha}.",
            "CCOO y UGT convocan concentración en la plaza de Pablo Iglesias el {date}.",
            "Envío {tracking}: traducciones juradas enviadas por mensajería, entrega estimada el {date}.",
            "Subasta del BOE: piso en la calle Cervantes, valor de subasta {amount} €; identificador {uuid}.",
            "Aeropuerto Adolfo Suárez Madrid-Barajas: nuevos escáneres en la T4 desde el {date}; red {cidr4}, puerto {port}.",
            "Asistente virtual versión {version}: las derivaciones generan el ticket {ticket} sin copiar la conversación.",
            "El Hospital Universitario Marqués de Valdecilla abre su unidad de reproducción asistida; Rafa Nadal apadrina la campaña solidaria.",
            "Iberia opera con un A350 la ruta a {namecity}; exportación del cuadrante firmada con {hashalgo}, pedido {order}.",
            "La Biblioteca Nacional reedita las memorias de Clara Campoamor sobre el voto femenino; ISBN {isbn}.",
            "La Fundación Vicente Ferrer publica su memoria anual; donaciones por valor de {amount} € en {date}.",
        ],
    },
    "nl": {
        "pii": [
            # IVF en vruchtbaarheid
            "Fertiliteitscentrum - verslag follikelpunctie\nPatiënte: {person}\nGeboortedatum: {dob}\nPatiëntnummer: {mrn}\nPartner: {person}\n9 eicellen verkregen, ICSI verricht. Terugplaatsing dag 5 gepland op {date}.",
            "Beste {first},\n\nVoor de start van je IVF-behandeling hebben we nog een kopie van je paspoort ({passport}) en het getekende toestemmingsformulier nodig. Je kunt ze mailen naar {email}.\n\nMet vriendelijke groet,\nPoli Voortplantingsgeneeskunde",
            # hospice en palliatieve zorg
            "Overdracht hospice, nachtdienst\nKamer 2: {title_name}, onrustig rond 03:00, midazolam 5 mg s.c. gegeven. Zoon wil altijd gebeld worden: {phone}. Niet-reanimeren-verklaring aanwezig.",
            "Aanmelding hospice\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nPatiëntnummer ziekenhuis: {mrn}\nLevensverwachting < 3 maanden, huisarts akkoord.",
            # ziekmelding en arbodienst
            "Ziekmelding - Arbodienst\nWerknemer: {person}\n{nid}\nEerste ziektedag: {date}\nVerwachte duur: onbekend\nConsult bedrijfsarts ingepland.",
            "Terugkoppeling bedrijfsarts (Wet verbetering poortwachter)\nWerknemer: {title_name}\nGeboortedatum: {dob}\nBelastbaarheid: 4 uur per dag aangepast werk, opbouwen in 6 weken. Evaluatie op {date}.",
            # immigratieadvocaat en verblijfsvergunning
            "Geachte mr. De Vries,\n\nHierbij stuur ik de stukken voor de verlenging van de verblijfsvergunning van mijn man: kopie paspoort {passport}, huurcontract voor {address} en de laatste drie loonstroken.\n\nMet vriendelijke groet,\n{person}",
            "Aanvraag verblijfsvergunning kennismigrant\nNaam: {person}\nGeboortedatum: {dob}\nNationaliteit: Indiaas\nPaspoortnummer: {passport}\nTelefoon: {phone}\nReferent: {company}",
            # asiel
            "Intake VluchtelingenWerk\nVoornaam: {first}\nOpgegeven geboortedatum: {dob}\nLand van herkomst: Syrië\nGehoor IND gepland; tolk Arabisch geregeld. Verblijft op azc.",
            # adoptie en pleegzorg
            "Gezinsonderzoek interlandelijke adoptie - Raad voor de Kinderbescherming\nAspirant-adoptiefouders: {person} en {person}\nWoonadres: {address}\nAdvies: beginseltoestemming verlenen.",
            "Crisisplaatsing pleegzorg: {first} (8 jaar) vannacht geplaatst bij crisispleeggezin. Adres niet doorgeven aan vader {person}.",
            # verkiezingen
            "Volmachtbewijs\nKiezer: {person}, geboren {dob}\nGemachtigde: {title_name}\nStembureau 14, gemeente {namecity}",
            "stembureau;naam;geboortedatum;adres\n14;{person};{dob};\"{address}\"",
            # ondernemingsraad en vakbond
            "Notulen OR-vergadering {date}\nAanwezig: {person} (voorzitter), {person} (secretaris), {title_name}\nAgendapunt 3: adviesaanvraag reorganisatie cabinepersoneel; OR adviseert negatief.",
            "Aanmelding FNV\nNaam: {person}\nE-mail: {email}\nContributie via automatische incasso van {iban}\nWerkgever: {company}",
            "Opmerking van de diversiteitscommissie bij de vacaturetekst: graag de term '{biased}' schrappen, die is niet inclusief.",
            # beëdigde vertalingen
            "BEËDIGDE VERTALING\nUittreksel uit het geboorteregister\nNaam: {person}\nGeboortedatum: {dob}\nGeboorteplaats: Paramaribo\nOndergetekende, {person}, beëdigd vertaler Engels, verklaart dat deze vertaling getrouw en volledig is.",
            # veilingen en makelaars
            "Makelaar - bezichtigingsaanvraag\nGeïnteresseerde: {title_name}\nTelefoon: {phone}\nE-mail: {email}\nFinanciering rond, wil graag zaterdag kijken.",
            "Executieveiling notaris - inschrijving bieder\nNaam: {person}\nAdres: {address}\nLegitimatie: paspoort {passport}\nWaarborgsom via creditcard {card}",
            # crew en luchthavenbeveiliging
            "ROOSTER CABINE KL0641 AMS-JFK {date}\nFUNCTIE;NAAM;PERS.NR;PASPOORT;GEB.DATUM\nPURSER;{person};{order};{passport};{dob}",
            "Aanvraag Schiphol-pas\nNaam: {person}\nWerkgever: {company}\nAdres: {address}\nTelefoonnummer: {phone}",
            # chatbot
            "Chatbot: Kun je het e-mailadres van je account bevestigen?\nKlant: {email}\nChatbot: Dank je. Deel geen volledige kaartnummers in deze chat.\nKlant: er is twee keer afgeschreven van {card}\n[Doorgezet naar medewerker - wachtrij Klachten]",
            "Escalatie 2e lijn: klant heeft zijn configuratie in de chat geplakt:\n{secret}\nSleutel intrekken en klant informeren.",
            "Moderatielog assistent {uuid}: het antwoord bevatte de geblokkeerde term \"{policy}\"; antwoord tegengehouden en geëscaleerd.",
            # spreadsheets en dumps
            "Hoi allemaal,\n\nhierbij de tabel uit Excel, de bijlage wil niet mee:\n\nNaam\tTelefoon\tIP-adres\n{person}\t{phone}\t{ip}\n\nGroet",
            "INSERT INTO leden (naam, iban, email) VALUES ('{person}', '{iban}', '{email}');",
            "{time} hr-portaal: mislukte login voor {email} vanaf {ip}, account geblokkeerd",
            "Met vriendelijke groet,\n{person}\nAdvocaat vreemdelingenrecht\nT {phone}",
            "Laboratoriumuitslag\nPatiënt: {title_name}\nPatiëntnummer: {mrn}\nCalcium 3,1 mmol/l (verhoogd). Telefonisch doorgegeven aan het palliatief team.",
            "Nachtregister hotel\nNaam: {person}\nGeboortedatum: {dob}\nPaspoortnummer: {passport}\nAankomst: {date}",
        ],
        "clean": [
            "De Tweede Kamer debatteert over de voltooid-leven-wet; minister Ernst Kuipers reageert op {date}.",
            "Factuur {invoice} van {company}: 2 x {product}, EAN {ean}, totaal {amount} euro. Kaartreferentie {badref} geweigerd.",
            "Verkiezingsuitslag stembureau Anne Frankschool gepubliceerd om {time}; bestand {version}, hash {sha}.",
            "De FNV demonstreert op het Malieveld; Tuur Elzinga spreekt de actievoerders toe op {date}.",
            "Zending {tracking}: beëdigde vertalingen verzonden, levering verwacht op {date}.",
            "Veiling: woning aan de Rembrandtlaan, inzet {amount} euro; kavelnummer {order}.",
            "Schiphol: nieuwe cabinescanners op Vertrekpassage 2 vanaf {date}; netwerk {cidr6}, poort {port}.",
            "Chatbotversie {version}: doorzettingen maken een ticket {ticket} aan zonder het gesprek te kopiëren.",
            "Het Antoni van Leeuwenhoek opent een nieuwe afdeling; Dafne Schippers start de inzamelingsactie.",
            "KLM zet een Boeing 787 in op de route naar {namecity}; roosterexport ondertekend met {hashalgo}, id {uuid}.",
            "Het Radboudumc viert veertig jaar IVF in Nederland; jubileumboek, ISBN {isbn}.",
            "Hospice Koningin Beatrix ontvangt een gift van {amount} euro van het Prins Bernhard Cultuurfonds.",
        ],
    },
}


# FJORD: written 2026-12-02 by an engineer who never saw the detection rules, the detectors' code
# or the other banks' texts (blind: only corpus.py's slot generators and the SUMMIT format were
# read). Tax advisers and accountants, pharmacies, home care and district nursing, ski schools
# and holiday parks, cruise lines and ferries, motor claims and garages, tenancy deposits, online
# learning and exam proctoring, telemedicine, charity call centres, customs and parcel brokers,
# code review, commits and CI logs. Committed alone before any detector ran on it; an honest test
# set: never to be tuned on.
FJORD: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # tax advisers and accountants
            "Hi {first},\n\nThanks for the P60 and the letting agent's year-end statement. Before I can file your return I need you to check what we hold:\n  Name: {person}\n  Date of birth: {dob}\n  {nid}\nAny repayment will go to {iban}.\n\nKind regards,\n{person}\nCairngorm Tax & Accounts",
            "client_ref,full_name,date_of_birth,tax_id,agent_authorised\nCT-{order},{person},{dob},{nid},Y",
            "ENGAGEMENT LETTER - SOLE TRADER ACCOUNTS 2025\nClient: {title_name}\nTrading address: {address}\nDaytime phone: {phone}\nAd-hoc work (bookkeeping catch-up, VAT queries) will be charged to the card on file: {card}.",
            "KYC checklist - new private client\n[x] Photo ID: passport {passport}, name matches engagement letter\n[x] Proof of address: council tax bill for {address}\n[x] DOB {dob} (over 18)\n[ ] Sanctions / PEP screen\nRisk rating: LOW - reviewed by {first}",
            "Please send the remittance advice for invoice {invoice} to {role_email} rather than to me - I'm on leave from Friday.\n\nThanks,\n{first}",
            # pharmacies and prescription services
            "Repeat prescription request\nPatient: {person}    DOB: {dob}\nNHS no: {nhs}\nItems: Ramipril 5mg caps x56, Atorvastatin 20mg tabs x28\nCollect from: High Street branch\nPlease text {phone} when it's ready.",
            "[Pharmacy web chat]\n{first}: hi, mum's warfarin wasn't in today's delivery\nAgent: Sorry about that! Can you confirm her date of birth and the hospital number from her yellow book?\nCustomer: {dob}, hospital no {mrn}\nAgent: Thanks, re-queued for tomorrow's van.",
            "INSERT INTO dispensing_patients (pmr_id, full_name, dob, mobile) VALUES ('{mrn}', '{person}', '{dob}', '{phone}');",
            # home care and district nursing
            "VISIT LOG 08:15-08:45   Carer: {first}\nClient: {title_name}, {address}\nPersonal care given, breakfast made, meds prompted from blister pack (Mon AM). Client dizzy on standing - rang the district nurse team on {phone}. Key safe code unchanged.",
            "DISTRICT NURSING REFERRAL\nPatient name: {person}\nD.O.B.: {dob}\nHospital number: {mrn}\nNHS number: {nhs}\nReason: venous leg ulcer, dressings 3x weekly, ABPI due\nReferred by: {title_name}, Ward 7B",
            "Best wishes,\n{person}\nRegistered Manager | Riverside Home Care Ltd\nT: {phone}\nE: {email}\nThis email and any attachments are confidential and intended for the addressee only.",
            # ski schools and holiday parks
            "Booking confirmation - Little Chamois Ski School, week 6\nChild: {first} (privates, 9:00-11:00)\nDate of birth: {dob} (needed for the under-12 lift pass)\nParent contact: {person}, {phone}\nHelmets are compulsory. Meet at the bottom of the Grand Sud chair.",
            "Lodge 14 - arrival registration\nLead guest: {person}\nHome address: {address}\nMobile: {phone}\nSecurity deposit pre-authorised on {card}; released 7 days after departure if housekeeping reports no damage.",
            "Guest registration form (required by the local police)\nSurname, first name: {person}\nDate of birth: {dob}\nPassport no.: {passport}\nPermanent address: {address}\nSignature: ______________",
            # cruise lines and ferries
            "GUEST MANIFEST  DECK 9  CABIN 9142\nGuest: {person}\nNationality: GBR   Passport: {passport}   Expires: {date}\nDate of birth: {dob}\nEmergency contact ashore: {phone}",
            "Dear {title_name},\n\nThank you for booking the Holyhead to Dublin crossing. As you are travelling with a vehicle, please have the passport you registered ({passport}) ready at the check-in booth. Check-in closes 45 minutes before departure.\n\nFerry Reservations Team",
            "crew_member:\n  name: {person}\n  rank: Second Officer\n  passport: {passport}\n  date_of_birth: {dob}\n  signed_on: {date}",
            # motor claims and repair garages
            "MOTOR CLAIM - FIRST NOTIFICATION OF LOSS\nPolicyholder: {person}\nDOB: {dob}\nThird party: {person}, tel {phone}\nIncident: hit from behind at the roundabout on the A34; third party admitted liability at the scene.\nGarage: {company}, estimate to follow.",
            "RENTAL AGREEMENT RA-{order}\nMain driver: {person}\nDOB: {dob}\nDriving licence and passport seen: {passport}\nPre-authorisation on card {card}\nReturn: full-to-full, Terminal 2",
            "Hi {first}, it's {first} at the garage. The Focus is ready - front pads and discs done and it sailed through the MOT. £412.60 all in; you can pay by phone or bank transfer. Give me a ring if you've any questions.",
            # tenancy deposits
            "TENANCY DEPOSIT PROTECTION CERTIFICATE\nTenant(s): {person}; {person}\nProperty: {address}\nDeposit: £1,150.00, protected on {date}\nLandlord contact: {email}\nDeposit ID: {order}",
            "> On Tue, {person} <{email}> wrote:\n> I've attached the check-out photos. The carpet stain was there at check-in, it's on page 4 of the inventory.\n\nThanks - I've forwarded it to the adjudicator along with your repayment details ({iban}). A decision usually takes 28 days.",
            # online learning and exam proctoring
            "[proctor] 2025-06-11T09:02:17Z session=exam-{order} candidate=\"{person}\" ip={ip} webcam=ok id_doc=passport:{passport} flags=0",
            "PROCTORING INCIDENT REPORT\nCandidate: {person} ({email})\nDate of birth on ID: {dob}\nAt 00:41:12 a second voice could be heard; the candidate said it was a family member. Exam paused, room scan repeated, exam resumed. Recommendation: no further action.",
            '{"learner_id": "{order}", "name": "{person}", "email": "{email}", "last_login_ip": "{ip}", "course": "CIPD Level 5 Employment Law"}',
            # telemedicine
            "VIDEO CONSULTATION NOTE\nPatient: {person}, DOB {dob}\nRecord no.: {mrn}\nPC: 3/7 dysuria, no fever, no loin pain. Plan: nitrofurantoin 100mg MR bd x3/7, e-script sent to nominated pharmacy. Safety-netted.\nClinician: {title_name}",
            "Clinician: Hi {first}, can you hear me okay? Before we start I just need to confirm who I'm speaking to - what's your date of birth?\nPatient: {dob}\nClinician: Thank you. And the first line of your address?\nPatient: {address}",
            "appt_id\tpatient\tdob\tnhs_no\tclinician\n{order}\t{person}\t{dob}\t{nhs}\t{title_name}",
            # charity call centres
            "CALL NOTES - regular giving\nSupporter: {person}\nPhone: {phone}\nAgreed £8/month to the winter appeal. Gift Aid declaration read and accepted. Bank details taken: {iban}. Welcome pack to {address}.",
            "Agent 117 | outbound | {title_name} upgraded from £5 to £10 a month. One-off £25 gift taken on card {card}, CVV not stored. Asked not to be called again before March.",
            "QA call review #5521: agent used the phrase \"{policy}\" with the supporter, which is on the do-not-say list for fundraising calls. Coaching booked with {first}.",
            # customs declarations and parcel brokers
            "CN23 CUSTOMS DECLARATION\nSender: {person}, {address}\nContents: handmade ceramic mugs x2, value £38.00, HS 6912.00\nRecipient phone: {phone}\nTracking: {tracking}",
            "Hi, your parcel {tracking} is being held by customs. To release it we need the importer's tax reference - you gave us {nid}, please confirm it is correct - and a copy of photo ID (passport {passport} is fine).\nParcel Broker Support",
            # code review, commits and CI logs
            "Review comment on tests/fixtures/customers.py, line 88:\n> CUSTOMER = {\"name\": \"{person}\", \"email\": \"{email}\", \"phone\": \"{phone}\"}\nPlease don't commit real customer data in fixtures - this looks like it came from the prod dump. Use the factory instead.",
            "commit {sha}\nAuthor: {person} <{email}>\nDate:   Mon Mar 3 14:02:11 2025 +0000\n\n    Remove staging credentials from settings\n\n    Accidentally committed in the previous change:\n    {secret}\n    Revoked and rotated in Vault.",
            "2025-02-14 03:11:07 INFO  runner-7 connected from {ip}\n2025-02-14 03:11:09 WARN  DEBUG=1, dumping environment:\n{secret}\n2025-02-14 03:11:09 INFO  job 88213 started",
            "Run npx alex docs/\ndocs/onboarding.md\n  42:17-42:26  warning  `{biased}` may be insensitive, use something neutral instead\n\n1 warning",
            "nit: \"{biased}\" in the user-facing error string reads badly, can we reword before this ships? Otherwise LGTM - {first}",
            "Please drop the reference to {policy} from the commit message before merging; that name must not appear in the public repo.",
            "Minutes - partners' meeting, {date}\nPresent: {person}, {person}, {first}\n1. Year-end capacity: two temps from January.\n2. {policy}: internal only, not to be discussed with clients until the board signs off.",
            "New starter - payroll set-up\nName: {person}\nDate of birth: {dob}\n{nid}\nBank: {iban}\nStart date: {date}",
            "LAB REPORT   Specimen: MSU   Received: {date}\nPatient: {person}   Hosp no. {mrn}   DOB {dob}\nCulture: >10^5 CFU/mL E. coli\nSensitive: nitrofurantoin, trimethoprim",
            "Travel insurance - medical screening\nInsured: {person}\nDOB: {dob}\nGP record number: {mrn}\nDeclared: type 2 diabetes (tablets), hypertension\nTrip: 14-night cruise, Southampton to the Norwegian fjords",
        ],
        "clean": [
            "Product recall: batch {order} of Paracetamol 500mg tablets (EAN {ean}) supplied by {company}. Return unused stock to your wholesaler; no patient-level action is required.",
            "The Franz Klammer run is closed today because of high winds. The Hermann Maier chair opens at {time}; ski school groups meet by the Jean-Claude Killy statue instead.",
            "Welcome to {namecity} Lakes Holiday Park! Check-in from 4pm. Guest Wi-Fi: PARK-{order}. Booking {invoice} includes linen, towels and one dog.",
            "Itinerary: day 3 Geiranger, day 4 Alesund, day 5 Bergen with an optional excursion to Troldhaugen, Edvard Grieg's home. Booking {order}; tender tickets from {time} in the Queen Elizabeth Lounge.",
            "Sailing {ticket} Rosslare - Cherbourg is delayed to {time} because of weather. Vehicles with bookings starting {order} please go to lane 4.",
            "Quote {invoice}: comprehensive cover, 2019 {brand} hatchback, voluntary excess £250, valid until {date}. Please quote this number when you call.",
            "Job card {order}: brake pads (EAN {ean}) fitted, 5W-30 oil change, wheel nuts torqued to 110 Nm. Customer declined new wiper blades.",
            "In England a tenancy deposit must be protected in a government-backed scheme within 30 days (Housing Act 2004, s.213). Guidance note {uuid}.",
            "Certificate {uuid}: 'Machine Learning' by Andrew Ng (Stanford Online), completed {date}. Status: valid.",
            "System check passed: browser {version}, webcam OK, microphone OK. Proctor session {uuid} is ready; your exam opens at {time}.",
            "Service status: incident {ticket} resolved, clinician app {version} rolled out. Video appointments are available from {time} today. If you have chest pain, call 999.",
            "Daffodil Appeal call centre, week 11: 18,402 outbound calls, conversion 7.9%. Script {version}, dialler campaign {order}.",
            "Commodity code 9503 00 70 (toys), duty 4.7%. Shipment {tracking} cleared at {time}; broker {company}'s invoice {invoice} to follow.",
            "LGTM. One nit: bump the lockfile to {version} and squash before merging. CI run {order} is green on {sha}.",
            "Step 4/9 : RUN pip install -r requirements.txt\n ---> Using cache\n ---> {sha}\nSuccessfully tagged registry.local/app:{version}\nnetworkpolicy: allow {cidr4} and {cidr6} on port {port}",
            "On this day in 1979 Margaret Thatcher became Prime Minister. Tax historians still argue about Nigel Lawson's 1988 Budget, which cut the top rate of income tax to 40%.",
            "QA fixtures only: {badref} is deliberately invalid and must be rejected by the payment form.",
            "Our Fleming Way branch (named after Sir Alexander Fleming) closes at {time} on {date} for stocktaking; the St Thomas' Hospital pharmacy stays open.",
        ],
    },
    "de": {
        "pii": [
            # Steuerberatung
            "Sehr geehrte/r {title_name},\n\nfür die Einkommensteuererklärung 2024 fehlen uns noch die Lohnsteuerbescheinigung und Ihre {nid}. Eine Erstattung wird auf Ihr Konto {iban} überwiesen.\n\nMit freundlichen Grüßen\n{person}\nSteuerberaterin",
            "MANDANTENSTAMMBLATT\nName, Vorname: {person}\nGeb.-Datum: {dob}\nAnschrift: {address}\nTel. privat: {phone}\nE-Mail: {email}\n{nid}",
            "Personalfragebogen (Neueinstellung)\n| Feld | Angabe |\n|---|---|\n| Name | {person} |\n| Geburtsdatum | {dob} |\n| Identifikation | {nid} |\n| Bankverbindung | {iban} |\n| Eintritt | {date} |",
            # Apotheke
            "Vorbestellung Rezept – Abholung ab morgen 10 Uhr\nPatient/in: {person}, geb. am {dob}\nPantoprazol 40 mg N3\nRückruf bei Lieferengpass: {phone}",
            "Hallo, hier ist {first}. Ich möchte das E-Rezept meines Vaters einlösen, er ist bei Ihnen unter der Kundennummer {mrn} gespeichert. Kann ich es für ihn abholen?",
            # Pflegedienst
            "Pflegedokumentation – Tour 3, Einsatz 07:30\nKlient: {title_name}, {address}\nGrundpflege durchgeführt, Kompressionsstrümpfe angezogen, BZ 142 mg/dl. Tochter ({phone}) informiert: Verbandwechsel morgen.\nHz.: {first}",
            "Pflegeüberleitungsbogen\nName: {person}\nGeburtsdatum: {dob}\nPat.-Nr. Klinikum: {mrn}\nPflegegrad 3, Sturzrisiko hoch, Diabetes mellitus Typ 2\nHausarzt: {title_name}",
            # Skischule, Ferienpark
            "Anmeldung Kinderskikurs – Skischule Hochzillertal\nKind: {first}, geb. {dob}\nKönnen: Anfänger\nErziehungsberechtigt: {person}, Handy {phone}\nBezahlt per Kreditkarte {card}",
            "Meldeschein für Beherbergungsstätten\nFamilienname, Vorname: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: deutsch\nAnschrift: {address}\nReisepass-Nr.: {passport}\nAnreise: {date}",
            # Kreuzfahrt, Fähre
            "Buchungsbestätigung Nordland-Kreuzfahrt ab Kiel\nReisende/r 1: {person}, geb. {dob}, Reisepass {passport}\nKabine 8234 (Balkon)\nBitte beachten Sie: Der Reisepass muss bei Reiseende noch 6 Monate gültig sein.",
            "Hi {first}, die Fähre Puttgarden–Rødby ist gebucht! Ich hab deine Passnummer {passport} eingetragen, Kennzeichen auch. Check-in spätestens 30 Min. vorher. LG",
            # Kfz-Schaden, Werkstatt, Mietwagen
            "Schadenmeldung Kfz-Haftpflicht\nVersicherungsnehmer: {person}\nGeburtsdatum: {dob}\nUnfallgegner: {title_name}, Tel. {phone}\nHergang: Beim Ausparken den Stoßfänger des gegnerischen Fahrzeugs touchiert.\nBankverbindung für Erstattung: {iban}",
            "Guten Tag {title_name}, Ihr Fahrzeug ist abholbereit. Bremsbeläge und -scheiben vorne erneuert, HU/AU ohne Mängel. Rechnungsbetrag: {amount} EUR. Rückfragen gern unter {phone}.\nIhr Autohaus {company}",
            "Mietvertrag Nr. {order}\nFahrer: {person}, geb. {dob}\nReisepass: {passport}\nKaution: 300 EUR auf Kreditkarte {card} geblockt",
            # Mietkaution
            "Kautionsabrechnung\nMieter: {person}\nWohnung: {address}\nKaution inkl. Zinsen: {amount} €\nabzgl. Schönheitsreparaturen lt. Übergabeprotokoll\nAuszahlung auf: {iban}",
            "Am {date} schrieb {person} <{email}>:\n> Die Wohnungsübergabe war ohne Mängel, das Protokoll liegt Ihnen vor. Bitte zahlen Sie die Kaution aus.\n\nWir prüfen noch die Nebenkostenabrechnung und melden uns bis Monatsende.\nHausverwaltung {company}",
            # Online-Prüfung, Lernplattform
            "Prüfungsprotokoll (Online-Aufsicht)\nPrüfling: {person}\nMatrikelnr.: {order}\nIdentitätsprüfung: Reisepass {passport}, Geburtsdatum {dob} stimmt überein\nIP-Adresse: {ip}\nBesonderheiten: keine",
            "[lms] {date} {time} login ok user={email} ip={ip} kurs=Buchführung-Grundlagen",
            # Telemedizin
            "Videosprechstunde – Dokumentation\nPat.: {person}, *{dob}\nFall-Nr.: {mrn}\nS: seit 2 Tagen Halsschmerzen, kein Fieber. P: symptomatisch, eAU für 3 Tage übermittelt.\nÄrztin: {title_name}",
            # Spenden-Callcenter
            "Gesprächsnotiz Spenderbetreuung\nSpender: {title_name}\nTel.: {phone}\nZusage: 10 €/Monat per Lastschrift von {iban}\nZuwendungsbestätigung jährlich an: {address}\nAgent: {first}",
            "Einmalspende 50 € per Kreditkarte {card} (gültig bis 08/27). Spender wünscht keine weiteren Anrufe.",
            # Zoll, Paketdienst
            "Internet-Zollanmeldung\nEmpfänger: {person}\nAnschrift: {address}\nSendungsnummer: {tracking}\nInhalt: Fahrradersatzteile, Warenwert 89,00 USD\nRückfragen: {email}",
            # Code-Review, Commits, CI
            "Review-Kommentar zu tests/fixtures/kunden.json:\nBitte keine echten Kundendaten einchecken – \"{person}\", \"{email}\" und {phone} stammen offensichtlich aus dem Prod-Dump. Bitte durch generierte Daten ersetzen.",
            "commit {sha}\nAutor: {person} <{email}>\n\n    Zugangsdaten für Staging entfernt\n\n    Versehentlich eingecheckt:\n    {secret}\n    Im Vault rotiert.",
            "[Pipeline] sh\n+ ./deploy.sh staging\nVerbinde mit {ip} ...\nWARNUNG: Debug-Ausgabe aktiv\n{secret}\nFEHLER: Deployment abgebrochen (Exit-Code 2)",
            "Hinweis aus der Prüfung der Stellenanzeige „Buchhalter/in (m/w/d)“: Den Begriff „{biased}“ bitte ersetzen, siehe Leitfaden für inklusive Sprache.",
            "Nit: `{biased}` als Bezeichner bitte umbenennen (Leitlinie inklusive Sprache). Sonst passt's. – {first}",
            "Protokoll Teamrunde Kanzlei, {date}\nAnwesend: {person}, {person}, {first}\nTOP 2: {policy} – intern, nicht an Mandanten weitergeben.",
            "Betreff: WG: {policy}\n\nBitte nicht weiterleiten, nur für die Geschäftsleitung.\nGruß {first}",
        ],
        "clean": [
            "Die Konrad-Adenauer-Straße ist wegen Bauarbeiten bis {date} gesperrt; die Apotheke am Robert-Koch-Platz bleibt geöffnet.",
            "Rechnung {invoice} vom {date}: Wartung der Heizungsanlage, Betrag {amount} EUR, zahlbar ohne Abzug innerhalb von 14 Tagen.",
            "Heute am Hahnenkamm: Die Streif ist für Gäste gesperrt, die Toni-Sailer-Piste ist präpariert. Treffpunkt der Skikurse um {time} an der Talstation.",
            "Landausflug Oslo: Munch-Museum und Vigeland-Park, Abfahrt {time} am Terminal, Buchungsnummer {order}, Preis {amount} € p. P.",
            "Auftrag {order}: Ölwechsel nach {brand}-Freigabe, Ölfilter EAN {ean}, Wischerblätter erneuert. Nächster Service in 15.000 km.",
            "Zolltarifnummer 8714 94 90, Zollsatz 4,7 %. Die Sendung {tracking} wurde am {date} verzollt; die Rechnung {invoice} des Paketdienstes folgt.",
            "Commit {sha} auf main gemergt, Pipeline #{order} grün, Version {version} ins Netz {cidr4} ausgerollt (Port {port}).",
            "Bundeskanzler Olaf Scholz und Finanzminister Christian Lindner stellten den Haushaltsentwurf in Berlin vor.",
            "Die Videosprechstunde ist Kassenleistung. Systemstatus: Störung {ticket} behoben, Version {version} ausgerollt.",
            "Zertifikat {uuid}: Kurs „Einkommensteuer kompakt“ bestanden am {date}. ISBN des Begleitbuchs: {isbn}.",
            "Nach § 551 BGB darf die Mietkaution höchstens drei Nettokaltmieten betragen. Beispiel: Kaltmiete {amount} € mal drei.",
            "Die Deutsche Krebshilfe wurde 1974 von Mildred Scheel gegründet. Kampagnen-ID der Herbstaktion: {order}.",
        ],
    },
    "fr": {
        "pii": [
            # cabinet d'expertise comptable
            "Bonjour {title_name},\n\nPour finaliser votre déclaration de revenus, merci de nous transmettre votre dernier avis d'imposition et de vérifier votre {nid}. Le remboursement sera versé sur le compte {iban}.\n\nCordialement,\n{person}\nCabinet d'expertise comptable",
            "ref_client;nom_prenom;date_naissance;adresse;telephone;courriel\nCLT{order};{person};{dob};{address};{phone};{email}",
            "DOSSIER SALARIÉ – EMBAUCHE\nNom : {person}\nNé(e) le : {dob}\n{nid}\nRIB : {iban}\nDate d'entrée : {date}",
            # pharmacie
            "Ordonnance renouvelable – préparée\nPatient : {person}\nDate de naissance : {dob}\nN° dossier officine : {mrn}\nMetformine 850 mg x3 boîtes, à retirer au comptoir.",
            "Coucou c'est {first} 🙂 la pharmacie m'a envoyé un SMS au {phone} pour dire que ton traitement est arrivé, tu passes le prendre ?",
            # soins à domicile
            "Transmissions IDEL – tournée du matin\n{title_name}, {address}\nPansement ulcère jambe droite refait, plaie propre. Glycémie 1,38 g/l. Rappeler sa fille au {phone} pour le renouvellement.\n– {first}",
            "Fiche de liaison HAD\nPatient : {person}\nDate de naissance : {dob}\nIPP : {mrn}\nGIR 3, risque de chute, diabète de type 2\nMédecin traitant : {title_name}",
            # ESF, village vacances
            "Inscription cours collectifs ESF – niveau Flocon\nEnfant : {first}, né(e) le {dob}\nResponsable : {person}\nPortable : {phone}\nRèglement CB : {card}",
            "FICHE INDIVIDUELLE DE POLICE (client étranger)\nNom : {person}\nDate de naissance : {dob}\nNationalité : britannique\nN° passeport : {passport}\nDomicile : {address}\nArrivée le : {date}",
            # croisière, ferry
            "Confirmation de réservation – Croisière Fjords de Norvège\nPassager : {person}\nPasseport n° {passport}, date de naissance {dob}\nCabine 7021, pont 7\nMerci de vérifier la validité de votre passeport avant le départ.",
            "Salut {first} ! C'est bon pour le ferry Caen–Portsmouth du {date}, j'ai mis ton numéro de passeport {passport} dans la résa. Tu me rembourses 62 € par Lydia ?",
            # sinistre auto, garage, location
            "DÉCLARATION DE SINISTRE AUTOMOBILE\nAssuré(e) : {person}, né(e) le {dob}\nTiers : {title_name}, tél. {phone}\nCirconstances : accrochage au rond-point, constat amiable signé par les deux parties.\nRIB pour l'indemnisation : {iban}",
            "Bonjour {title_name}, votre véhicule est prêt : plaquettes et disques avant changés, contrôle technique OK. Montant : {amount} € TTC. Garage {company}, {phone}.",
            "Contrat de location n° {order}\nConducteur principal : {person}, né(e) le {dob}\nPasseport : {passport}\nEmpreinte CB : {card}",
            # dépôt de garantie
            "Objet : restitution du dépôt de garantie\n\n{title_name},\n\nSuite à l'état des lieux de sortie du {date} au {address}, je vous restitue le dépôt de garantie par virement sur le compte {iban}, déduction faite de 40 € pour le nettoyage du four.\n\n{person}",
            "Le {date}, {person} <{email}> a écrit :\n> Bonjour, deux mois après mon départ je n'ai toujours pas reçu mon dépôt de garantie.\n\nBonjour, le virement part cette semaine, désolé pour le délai.",
            # examen en ligne, plateforme
            "Procès-verbal de télésurveillance\nCandidat : {person}\nN° candidat : {order}\nPièce d'identité : passeport {passport}\nDate de naissance : {dob}\nAdresse IP : {ip}\nIncident : néant",
            "{date} {time} [auth] connexion réussie utilisateur={email} ip={ip} module=Comptabilité-L2",
            # téléconsultation
            "Compte rendu de téléconsultation\nPatient(e) : {person} (né(e) le {dob})\nN° IPP : {mrn}\nMotif : toux depuis 5 jours, apyrétique. Conduite : traitement symptomatique, arrêt de travail de 3 jours transmis.\nMédecin : {title_name}",
            # collecte de dons
            "Fiche appel – don régulier\nDonateur : {title_name}\nTél. : {phone}\nEngagement : 12 €/mois par prélèvement SEPA sur {iban}\nReçu fiscal à envoyer : {address}\nTéléconseiller : {first}",
            "Don ponctuel de 30 € réglé par carte {card} ; le donateur ne souhaite plus être rappelé.",
            # douane
            "DÉCLARATION EN DOUANE CN22\nExpéditeur : {person}\nDestinataire : {address}\nContenu : vêtements, valeur 45 €\nN° de suivi : {tracking}\nCourriel destinataire : {email}",
            # revue de code, commits, CI
            "Remarque sur tests/fixtures/clients.json :\nMerci de ne pas committer de vraies données clients – « {person} » et « {email} » viennent visiblement de la prod. À remplacer par des données générées.",
            "commit {sha}\nAuteur : {person} <{email}>\n\n    Suppression des identifiants de recette\n\n    Commité par erreur :\n    {secret}\n    Clé révoquée.",
            "[CI] étape deploy : connexion à {ip} ...\n[CI] configuration chargée :\n{secret}\n[CI] échec du déploiement (code 1)",
            "Relecture de l'offre d'emploi : le terme « {biased} » est à remplacer, cf. notre charte de rédaction inclusive.",
            "Compte rendu de la réunion du cabinet du {date}\nPrésents : {person}, {person}, {first}\nPoint 3 : {policy} – confidentiel, ne pas évoquer avec les clients.",
        ],
        "clean": [
            "La pharmacie de la place Charles-de-Gaulle sera fermée le {date} ; pharmacie de garde : avenue Jean-Jaurès.",
            "Facture {invoice} du {date} – entretien de la chaudière, montant {amount} € TTC, payable à 30 jours.",
            "Aujourd'hui à Val d'Isère : la piste Oreiller-Killy est fermée, la Face de Bellevarde ouvre à {time}. Rendez-vous des cours au pied du télésiège.",
            "Excursion à Bergen : maison d'Edvard Grieg à Troldhaugen, départ {time}, réservation {order}, {amount} € par personne.",
            "OR {order} : vidange, filtre à huile EAN {ean}, balais d'essuie-glace changés. Prochaine révision dans 20 000 km.",
            "Code SH 6109 10 00, droits 12 %. Le colis {tracking} a été dédouané le {date} ; la facture {invoice} du transitaire suivra.",
            "Pipeline {order} au vert sur le commit {sha}, version {version} déployée sur {cidr4}, port {port}.",
            "Le président Emmanuel Macron a reçu Kylian Mbappé et les Bleus à l'Élysée après la finale de la Coupe du monde 2018.",
            "La téléconsultation est prise en charge par l'Assurance maladie. Incident {ticket} résolu, version {version} en production.",
            "Les Restos du Cœur, fondés par Coluche en 1985, lancent leur campagne d'hiver. Identifiant campagne : {order}.",
            "Attestation {uuid} : module « Fiscalité des particuliers » validé le {date}. ISBN du manuel : {isbn}.",
        ],
    },
    "es": {
        "pii": [
            # asesoría fiscal
            "Hola {first}:\n\nPara presentar tu declaración de la renta necesito que me confirmes tu {nid} y la referencia catastral del piso. La devolución irá a la cuenta {iban}.\n\nUn saludo,\n{person}\nAsesoría fiscal",
            "FICHA DE CLIENTE\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nTeléfono: {phone}\nCorreo electrónico: {email}\n{nid}",
            "ALTA DE TRABAJADOR\nNombre: {person}\nFecha de nacimiento: {dob}\n{nid}\nCuenta de abono de la nómina: {iban}\nFecha de alta: {date}",
            # farmacia
            "Receta electrónica – dispensación\nPaciente: {person}\nFecha nac.: {dob}\nN.º historia clínica: {mrn}\nOmeprazol 20 mg, 28 cáps.\nAvisar al {phone} cuando llegue el pedido.",
            "[WhatsApp 10:42] {first}: Buenas, ¿ha llegado ya la medicación de mi madre? Está a su nombre, {person}",
            # ayuda a domicilio
            "Parte de visita SAD – lunes 9:00\nUsuaria: {title_name}, {address}\nAseo y movilización realizados. Refiere mareo al levantarse; se avisa a su hijo al {phone} y a enfermería del centro de salud.\nAuxiliar: {first}",
            "INFORME DE CONTINUIDAD DE CUIDADOS\nPaciente: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nDependencia grado II, riesgo de caídas, diabetes tipo 2\nMédico de familia: {title_name}",
            # escuela de esquí, hotel
            "Inscripción cursillo infantil – Escuela de Esquí Sierra Nevada\nAlumno: {first}, fecha de nacimiento {dob}\nTutor/a: {person}\nMóvil: {phone}\nPago con tarjeta {card}",
            "PARTE DE ENTRADA DE VIAJEROS\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nNacionalidad: británica\nN.º de pasaporte: {passport}\nDomicilio: {address}\nFecha de entrada: {date}",
            # crucero, ferry
            "Confirmación de reserva – Crucero por el Mediterráneo\nPasajero: {person}\nPasaporte {passport}, fecha de nacimiento {dob}\nCamarote 9110, cubierta 9",
            "oye {first}, ya tengo los billetes del ferry Dénia-Ibiza para el {date}. He puesto tu pasaporte {passport} porque no encontraba tu DNI, vale? Son 58 € por Bizum",
            # siniestro, taller, alquiler
            "DECLARACIÓN DE SINIESTRO – AUTOMÓVIL\nTomador: {person}, fecha de nacimiento {dob}\nContrario: {title_name}, tlf. {phone}\nCircunstancias: colisión por alcance en la rotonda, parte amistoso firmado por ambos.\nCuenta para la indemnización: {iban}",
            "Buenas {title_name}, su coche ya está listo: pastillas y discos delanteros cambiados e ITV pasada. Importe: {amount} € IVA incl. Taller {company}, tlf. {phone}.",
            "Contrato de alquiler n.º {order}\nConductor: {person}, nacido/a el {dob}\nPasaporte: {passport}\nFianza bloqueada en la tarjeta {card}",
            # fianza
            "Asunto: devolución de la fianza\n\nEstimado/a {title_name}:\n\nTras la revisión del piso de {address} el día {date}, le devolvemos la fianza por transferencia a {iban}, descontando 60 € de limpieza.\n\nAtentamente,\n{person}",
            "El {date}, {person} <{email}> escribió:\n> Hola, han pasado dos meses y no me habéis devuelto la fianza.\n\nHola, la transferencia sale esta semana, perdona el retraso.",
            # formación online, examen supervisado
            "Acta de supervisión en remoto\nCandidato: {person}\nN.º de candidato: {order}\nDocumento: pasaporte {passport}\nFecha de nacimiento: {dob}\nIP: {ip}\nIncidencias: ninguna",
            "{date} {time} [auth] acceso correcto usuario={email} ip={ip} curso=Contabilidad-Básica",
            # teleconsulta
            "Informe de teleconsulta\nPaciente: {person}, F. nac.: {dob}\nNHC: {mrn}\nMotivo: odinofagia de 2 días, afebril. Plan: tratamiento sintomático, baja de 3 días emitida.\nFacultativo: {title_name}",
            # ONG
            "Ficha de socio – captación telefónica\nSocio/a: {title_name}\nTeléfono: {phone}\nCuota: 10 €/mes domiciliada en {iban}\nCertificado de donaciones a: {address}\nTeleoperador/a: {first}",
            "Donación puntual de 25 € con tarjeta {card}; el donante pide que no le vuelvan a llamar.",
            # aduana
            "DUA de importación – envío de particular\nDestinatario: {person}\nDirección: {address}\nN.º de seguimiento: {tracking}\nContenido: repuestos de bicicleta, valor 95 USD\n{nid}",
            # revisión de código, commits, CI
            "Comentario en tests/fixtures/clientes.json:\nPor favor no subáis datos reales de clientes: \"{person}\" y \"{email}\" salen claramente de producción. Cambiadlos por datos generados.",
            "commit {sha}\nAutor: {person} <{email}>\n\n    Quitar credenciales de preproducción\n\n    Subido por error:\n    {secret}\n    Ya rotada.",
            "[CI] desplegando en {ip}...\n[CI] variables cargadas:\n{secret}\n[CI] ERROR: despliegue fallido (código 1)",
            "Revisión de la oferta de empleo: el término «{biased}» hay que sustituirlo según la guía de lenguaje inclusivo.",
            "Acta de la reunión del despacho, {date}\nAsistentes: {person}, {person}, {first}\n3. {policy}: confidencial, no comentar con clientes.",
        ],
        "clean": [
            "La farmacia de la calle Doctor Fleming cierra el {date} por inventario; farmacia de guardia: avenida de la Constitución.",
            "Factura {invoice} de {date}: revisión de caldera, importe {amount} € IVA incluido.",
            "Hoy en Sierra Nevada la pista del Río está cerrada por viento; el telesilla abre a las {time}. Los cursillos se reúnen en la plaza de Andalucía.",
            "Excursión en Barcelona: Sagrada Familia de Antoni Gaudí, salida a las {time}, reserva {order}, {amount} € por persona.",
            "OR {order}: cambio de aceite, filtro EAN {ean}, escobillas {brand}. Próxima revisión a los 15.000 km.",
            "Partida arancelaria 8714 94 90, arancel 4,7 %. El envío {tracking} se despachó el {date}; factura {invoice} del transitario.",
            "Pipeline {order} en verde sobre el commit {sha}; versión {version} desplegada en {cidr6}, puerto {port}.",
            "Rafael Nadal ganó su decimocuarto Roland Garros en 2022 y el rey Felipe VI le felicitó públicamente.",
            "Estado del servicio: incidencia {ticket} resuelta, versión {version} en producción. Teleconsultas disponibles desde las {time}.",
            "La Fundación Vicente Ferrer lanza su campaña de apadrinamiento; código de campaña {order}.",
            "Certificado {uuid}: curso «IRPF para autónomos» superado el {date}. ISBN del manual: {isbn}.",
        ],
    },
    "nl": {
        "pii": [
            # belastingadviseur
            "Beste {first},\n\nVoor je aangifte inkomstenbelasting heb ik nog je jaaropgaaf nodig en graag een bevestiging van je {nid}. De teruggave komt op {iban}.\n\nMet vriendelijke groet,\n{person}\nBelastingadviseur",
            "KLANTGEGEVENS\nNaam: {person}\nGeboortedatum: {dob}\nAdres: {address}\nTel.: {phone}\nE-mail: {email}\n{nid}",
            "Personeelsformulier nieuwe medewerker\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nIBAN: {iban}\nIn dienst per: {date}",
            # apotheek
            "Herhaalrecept aangevraagd\nPatiënt: {person}\nGeb.datum: {dob}\nPatiëntnummer: {mrn}\nMetoprolol 50 mg, 90 st.\nOphalen vanaf donderdag, sms naar {phone}.",
            "Hoi, met {first}. Mijn vader ({person}) zou vandaag zijn medicijnen krijgen maar er is niks bezorgd. Kunnen jullie even kijken?",
            # wijkverpleging, thuiszorg
            "Rapportage wijkverpleging – ochtendronde\nCliënt: {title_name}, {address}\nWond been verbonden, oogt rustig. Bloedsuiker 7,8. Dochter gebeld op {phone} over herhaalrecept.\nVpk: {first}",
            "Overdracht thuiszorg\nNaam: {person}\nGeboortedatum: {dob}\nZiekenhuisnr.: {mrn}\nValrisico hoog, diabetes type 2\nHuisarts: {title_name}",
            # skischool, vakantiepark
            "Inschrijving kinderskiles – Skischule Obergurgl\nKind: {first}, geboortedatum {dob}\nOuder: {person}\nMobiel: {phone}\nBetaald met creditcard {card}",
            "Gastenregistratie (nachtregister)\nNaam: {person}\nGeboortedatum: {dob}\nNationaliteit: Duits\nPaspoortnummer: {passport}\nAdres: {address}\nAankomst: {date}",
            # cruise, veerboot
            "Boekingsbevestiging – Noorse fjorden\nPassagier: {person}\nPaspoort {passport}, geboren {dob}\nHut 6115, dek 6",
            "hoi {first}! tickets voor de boot Hoek van Holland–Harwich op {date} zijn geboekt, ik heb jouw paspoortnummer {passport} ingevuld. Tikkie volgt 👍",
            # autoschade, garage, autohuur
            "Schadeformulier motorrijtuigen\nVerzekeringnemer: {person}, geb. {dob}\nTegenpartij: {title_name}, tel. {phone}\nToedracht: bij achteruit inparkeren tegen de bumper van de tegenpartij gereden, Europees schadeformulier ingevuld.\nRekeningnummer voor uitkering: {iban}",
            "Goedemiddag {title_name}, uw auto is klaar: remblokken en schijven voor vervangen, APK goedgekeurd. Bedrag: € {amount}. Garage {company}, {phone}.",
            "Huurovereenkomst nr. {order}\nBestuurder: {person}, geb. {dob}\nPaspoort: {passport}\nBorg geblokkeerd op creditcard {card}",
            # waarborgsom
            "Onderwerp: terugbetaling waarborgsom\n\nGeachte {title_name},\n\nNa de eindinspectie van {address} op {date} storten wij de waarborgsom terug op {iban}, minus € 75 schoonmaakkosten.\n\nMet vriendelijke groet,\n{person}",
            "Op {date} schreef {person} <{email}>:\n> Ik heb mijn borg nog steeds niet terug, het is nu twee maanden.\n\nExcuses, de betaling gaat deze week de deur uit.",
            # online tentamen, leerplatform
            "Proctoringverslag online tentamen\nStudent: {person}\nStudentnummer: {order}\nID-controle: paspoort {passport}, geboortedatum {dob}\nIP-adres: {ip}\nBijzonderheden: geen",
            "{date} {time} [auth] login gelukt gebruiker={email} ip={ip} cursus=Bedrijfsadministratie-1",
            # beeldbellen huisarts
            "Verslag beeldconsult\nPatiënt: {person}, geb. {dob}\nHIS-nr.: {mrn}\nS: 3 dagen keelpijn, geen koorts. P: paracetamol, terugbellen bij verergering.\nArts: {title_name}",
            # fondsenwerving
            "Belnotitie – werving donateurs\nDonateur: {title_name}\nTel.: {phone}\nToezegging: € 8 per maand, machtiging op {iban}\nBedankbrief naar: {address}\nBeller: {first}",
            "Eenmalige gift van € 20 met creditcard {card}; donateur wil niet meer gebeld worden.",
            # douane
            "Douaneaangifte – zending uit de VS\nOntvanger: {person}\nAdres: {address}\nTrack & trace: {tracking}\nInhoud: fietsonderdelen, waarde 95 USD\nE-mail ontvanger: {email}",
            # code review, commits, CI
            "Opmerking bij tests/fixtures/klanten.json:\nGraag geen echte klantgegevens committen – \"{person}\" en \"{email}\" komen duidelijk uit productie. Vervangen door gegenereerde data.",
            "commit {sha}\nAuteur: {person} <{email}>\n\n    Acceptatie-credentials verwijderd\n\n    Per ongeluk gecommit:\n    {secret}\n    Inmiddels geroteerd.",
            "[CI] verbinden met {ip} ...\n[CI] config geladen:\n{secret}\n[CI] deploy mislukt (exitcode 1)",
            "Feedback op de vacaturetekst: het woord '{biased}' graag vervangen, zie onze richtlijn inclusief schrijven.",
            "Notulen kantooroverleg {date}\nAanwezig: {person}, {person}, {first}\n3. {policy}: vertrouwelijk, niet met klanten bespreken.",
        ],
        "clean": [
            "De apotheek aan het Willem de Zwijgerplein is op {date} gesloten wegens inventarisatie; dienstapotheek: Thorbeckelaan.",
            "Factuur {invoice} d.d. {date}: onderhoud cv-ketel, bedrag € {amount} incl. btw, te voldoen binnen 14 dagen.",
            "Vandaag in Obergurgl: de Hohe Mut-afdaling is dicht vanwege wind, de lift gaat om {time} open. Skiles verzamelt bij het dalstation.",
            "Excursie Bergen: het huis van Edvard Grieg in Troldhaugen, vertrek {time}, boeking {order}, € {amount} p.p.",
            "Werkorder {order}: olie verversen, oliefilter EAN {ean}, ruitenwissers {brand}. Volgende beurt over 15.000 km.",
            "GN-code 8714 94 90, invoerrecht 4,7 %. Zending {tracking} is op {date} ingeklaard; factuur {invoice} van de inklaringsagent volgt.",
            "Pipeline {order} groen op commit {sha}; versie {version} uitgerold naar {cidr4}, poort {port}.",
            "Max Verstappen werd in 2021 in Abu Dhabi voor het eerst wereldkampioen Formule 1; premier Mark Rutte feliciteerde hem op Twitter.",
            "Storing {ticket} is opgelost, versie {version} van de beeldbel-app staat live. Consulten weer mogelijk vanaf {time}.",
            "KWF Kankerbestrijding, opgericht op initiatief van koningin Wilhelmina, start de collecteweek; campagnecode {order}.",
            "Certificaat {uuid}: cursus 'Inkomstenbelasting voor zzp'ers' behaald op {date}. ISBN van het handboek: {isbn}.",
        ],
    },
}

# MESA: written 2026-12-02 by a helper engineer who never saw the detection rules, the other
# banks' texts or any detector output; committed alone before any detector ran on it. An honest,
# blind test set: never to be tuned on. Themes: orthopaedic and surgical clinics, speech therapy
# and audiology, youth welfare and family courts, sports federations and anti-doping, festival
# ticketing and accreditation, coworking and office access logs, phone shops and SIM
# registration, bicycle shops and e-bike leasing, salon booking apps, neighbourhood police and
# lost property, HR exit interviews and references, support tickets exported as CSV/JSON/e-mail.
MESA: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # orthopaedic and surgical clinics
            "Fracture Clinic - {date}\nPt: {person}  DOB {dob}  MRN {mrn}\nDx: displaced distal radius #, L wrist. ORIF + volar plate. Wound clean and dry, sutures out at 2/52. Refer hand therapy. R/V 6/52 with check XR.",
            "PRE-OP CHECKLIST\nPatient name: {person}\nNHS number: {nhs}\nProcedure: R total knee replacement\nAllergies: NKDA\nSite marked: yes   Consent: yes   NBM from 02:00\nNOK: {first} (daughter) - {phone}",
            "Hi {first}, it's the physio team at the knee clinic. Your post-op rehab session has moved to Thursday 09:15. Reply YES to confirm or call us on {phone} to rebook.",
            "LAB REPORT   MRN: {mrn}\nPatient: {person}\nSpecimen: serum, collected {date} 07:45\nCRP 48 mg/L (H)   WCC 13.2 (H)\nComment: ?post-op wound infection R knee - phoned to ward 7B.",
            "Rx collected: co-codamol 30/500, enoxaparin 40mg x 28 (post-op)\nPatient: {title_name}, DOB {dob}, hosp. no. {mrn}\nCollected by {first} (partner), ID seen.",
            "Claim form - private medical insurance\nMember: {person}\nCorrespondence address: {address}\nTreatment: arthroscopy L knee, day case\nHospital patient ID: {mrn}\nPay reimbursement to: {iban}",
            # speech therapy and audiology
            "SLT INITIAL ASSESSMENT\nChild: {person} (DOB {dob})\nReferred by: health visitor\nConcerns: ~20 words at 2;6, good understanding, some frustration at nursery.\nHearing test requested. Parent contact: {email}",
            "Audiogram - Hospital No. {mrn}\nName: {title_name}\nBilateral moderate sensorineural loss, worse at 4 kHz. Recommend BTE aids both ears. Fitting letter posted to {address}.",
            # youth welfare and family courts
            "IN THE FAMILY COURT AT {city}\nCase No: ZW25P{order}\nRe: {person} (a child, born {dob})\nPOSITION STATEMENT of the Local Authority: contact with the father to remain supervised pending the Cafcass s.7 report.",
            "Case note - home visit 14/03. Present: mother ({person}), both children, maternal grandmother. Home warm, fridge stocked. Mother says ex-partner keeps texting from {phone} despite the non-molestation order; advised to screenshot and report.",
            "Youth Offending Team referral\nYoung person: {person}, DOB {dob}\nSchool: Year 10, attendance 61%\nParent/carer: {title_name}, mob {phone}",
            # sports federations and anti-doping
            "DOPING CONTROL FORM - URINE\nAthlete: {person}   Discipline: Athletics / 800m\nID shown: passport {passport}\nSample code: {order}\nNotified 21:42   Arrived DCS 22:05\nChaperone: {first} (female)\nMedication declared: salbutamol inhaler (TUE on file)",
            "licence_no,name,date_of_birth,club,email\n{order},{person},{dob},{city} Harriers,{email}\n{order},{person},{dob},{city} AC,{email}",
            "Whereabouts update (ADAMS) - athlete {person}\n60-minute slot: 06:00-07:00 daily\nOvernight accommodation: {address}\nRegular training: National Performance Centre, Mon-Fri",
            "Team travel list - U20 European Championships\nName | DOB | Passport no. | Expiry\n{person} | {dob} | {passport} | 2029\n{person} | {dob} | {passport} | 2031",
            # festival ticketing and accreditation
            "ACCREDITATION REQUEST - CREW\nName: {person}\nCompany: {company}\nRole: rigger, Stage B\nID: passport {passport}\nMobile: {phone}\nPhoto uploaded: Y   Vehicle pass: N",
            "On Tue, {person} <{email}> wrote:\n> I bought 2 weekend tickets but only one e-ticket came through. Order {order}.\n\nHi there, the second ticket was in the same email as a PDF attachment - I've resent both just in case.\nFestival Support",
            "Refund #{ticket}\nCustomer: {person}\nReason: Sunday cancelled (high winds)\nRefunded to card {card}, 5-10 working days.",
            # coworking and office access logs
            "2026-03-04T07:58:12Z door=MAIN-ENTRANCE badge=0x4F21 member=\"{person}\" result=GRANTED src={ip}",
            "{\"member_id\": \"{uuid}\", \"name\": \"{person}\", \"plan\": \"hot desk\", \"invoices_to\": \"{role_email}\", \"sepa_iban\": \"{iban}\", \"start\": \"{date}\"}",
            "Mar  4 09:14:07 gw01 radiusd[2211]: Login OK: [{email}] (from client office-ap-3 port 0 cli {ip})",
            # phone shops and SIM registration
            "SIM REGISTRATION - PREPAY\nCustomer: {person}\nDate of birth: {dob}\nID document: passport {passport}\nNumber assigned: {phone}\nICCID 8944{order}\nStaff: Kev, store 118",
            "Pay monthly agreement\nAccount holder: {title_name}\nBilling address: {address}\nDirect Debit: {iban}\nCredit check: PASSED",
            # bicycle shops and e-bike leasing
            "Workshop job card {order}\nCustomer: {person}   Tel: {phone}\nBike: hybrid, frame no. WAW{order}\nWork: full service, new chain + cassette\nPaid: {card}",
            "Cycle to Work - hire agreement\nEmployee: {person}\n{nid}\nEquipment value: {amount} GBP, salary sacrifice over 12 months\nEmployer: {company}",
            "KYC check - e-bike lease application\nApplicant: {person}\nDOB: {dob}\n{nid}\nProof of address: council tax bill, {address}\nResult: PASS",
            # salon booking apps
            "New booking: {first} booked Cut & Blow Dry with Jade, Sat 10:30. Client note: 'patch test done last visit'. Mobile {phone}",
            "[10:02] Salon: Hi {first}! Just a reminder of your gel nails tomorrow at 3pm x\n[10:15] {first}: could I move to 4? x\n[10:16] Salon: done, see you then!",
            # neighbourhood police and lost property
            "Neighbourhood Policing Team - crime ref {ticket}\nVictim: {person}, {address}\nTheft of pedal cycle from communal bike store overnight. No CCTV. Frame number on BikeRegister.",
            "LOST PROPERTY LOG\nItem: brown leather wallet, contains bank card {card} + driving licence\nFound: platform 4, 18:20\nOwner traced: {person}, rang {phone}",
            "Found passport handed in at the front counter: holder {person}, passport no. {passport}, date of birth {dob}. Embassy informed; item in safe 2.",
            "Action Fraud report {ticket}: {person} paid a marketplace seller by bank transfer; seller's account last logged in from {ip}.",
            # HR exit interviews and references
            "Exit interview - {person} (Finance, 4 yrs)\nReason for leaving: relocation. Would return: yes.\nComments: line manager regularly called the team '{biased}' in stand-ups; raised with HRBP.",
            "To whom it may concern,\n\nI confirm that {person} was employed at our salon as a Senior Stylist from March 2019 to June 2024 and left of her own accord.\n\nYours faithfully,\n{person}\nSalon Director",
            "Reference request - {title_name}\nWe confirm dates of employment only. Personnel ref {order}. Please direct any queries to {email}.",
            "Draft reference, please check wording: '{first} is reliable and popular with clients, though some colleagues found her {biased}.'",
            # support tickets exported as CSV, JSON and e-mail threads
            "ticket_id,created,requester,email,subject\n{ticket},{date},{person},{email},Password reset not received\n{ticket},{date},{person},{email},App logs me out",
            "{\"id\": {order}, \"channel\": \"email\", \"requester\": {\"name\": \"{person}\", \"email\": \"{email}\"}, \"subject\": \"Charged twice\", \"card\": \"{card}\"}",
            "-----Original Message-----\nFrom: {person} <{email}>\nSent: 12 March 10:41\nSubject: RE: lease return\n\nHi, bike's back at the shop. Could you confirm the final invoice?\n\nThanks,\n{first}\nM: {phone}",
            "Ticket {ticket} (Security): customer pasted their integration settings into the reply:\n\n{secret}\n\nKey revoked; customer reminded not to send credentials by email.",
            "Moderation queue #{order}: booking note contained \"{policy}\" - hidden from stylist view pending review.",
            "Car hire pick-up: renter {person}, licence and passport ({passport}) checked, DOB {dob}. Deposit pre-authorised on {card}.",
        ],
        "clean": [
            "Fracture Clinic audit {date}: 42 distal radius fractures, 31 ORIF, 11 cast. Median time to theatre 3 days. Report {invoice}.",
            "Order {order} confirmed: 2 x hip instrument trays (EAN {ean}) dispatched, tracking {tracking}.",
            "Sir John Charnley developed the low-friction hip arthroplasty at Wrightington Hospital in the 1960s; the Charnley stem is still listed in the National Joint Registry.",
            "Usain Bolt ran 9.58 in Berlin in 2009, which World Athletics still lists as the men's 100m world record.",
            "WADA's updated Prohibited List takes effect on {date}; member federations must update TUE guidance by then. Circular {ticket}.",
            "Line-up announced: Kylie Minogue headlines Friday, Elbow on Saturday. Gates open {time}. Box office ref {invoice}.",
            "Coworking invoice {invoice}: 3 hot desks at {amount} GBP, meeting room 'Ada Lovelace' 4 hrs. Due {date}.",
            "acl door-ctl: permit {cidr4} -> controller:{port}; deny any; controller firmware {version}",
            "Restock: 24 x {product}, EAN {ean}, consignment {tracking}. Next delivery {date}.",
            "Brompton C Line Explore, Racing Green, RRP {amount}; leasing quote {invoice} valid until {date}.",
            "Price list: cut & finish {amount}, balayage from {amount}. Vidal Sassoon-trained team. Promo code {ticket}.",
            "Lost property Q1: 1,204 items logged, 38% reunited. Top items: umbrellas, phones, keys. Report {invoice}.",
            "Sir Robert Peel's nine principles of policing are printed on the wall of the station foyer on {namecity} Road.",
            "ticket_id,created,status,priority\n{ticket},{date},closed,P3\n{ticket},{date},pending,P2",
            "Release {version}: fixed calendar sync for bookings; build {sha}; migration {uuid}.",
            "Audiology moves to the Elizabeth Garrett Anderson Wing, level 2, from {date}.",
            "Card {badref} was declined by the terminal as invalid - it's the dummy number from the QA script.",
            "Office Wi-Fi pool {cidr6} assigned, DHCP lease 8h, controller {version}, passwords stored as {hashalgo}.",
            "Reading list: 'Paediatric Audiology' ISBN {isbn}, published by {company}.",
        ],
    },
    "de": {
        "pii": [
            "Unfallchirurgie/Orthopädie – Ambulanzbrief\nPat.: {person}, geb. {dob}\nPat.-Nr.: {mrn}\nDiagnose: distale Radiusfraktur li. (AO 23-A2)\nProcedere: geschlossene Reposition, dorsale Unterarmgipsschiene, Rö-Kontrolle in 1 Woche.",
            "OP-Checkliste (Team-Time-out)\nName: {title_name}\nFallnr.: {mrn}\nEingriff: Knie-TEP re.\nNüchtern seit 0:00 Uhr: ja\nAngehörige: {first} (Ehefrau), Tel. {phone}",
            "Laborbefund\nPID {mrn} – {title_name}\nCRP 52 mg/l ↑, Leukozyten 12,9/nl ↑\nBefund telefonisch an Station 4 durchgegeben (Wundinfekt?).",
            "Logopädische Praxis – Heilmittelverordnung\nPatient: {person}, geb. am {dob}\nDiagnosegruppe SP1, 10 x 45 Min.\nRückfragen Eltern bitte per Mail an {email}",
            "Hörakustik – Anpassbericht\nKunde: {title_name}\nAnschrift: {address}\nVersorgung: HdO-Geräte beidseitig, Kostenvoranschlag an die Krankenkasse übermittelt.",
            "Jugendamt – Aktenvermerk\nAz.: 51.2-{order}\nKind: {person}, geb. {dob}\nHausbesuch: Mutter kooperativ, Wohnung aufgeräumt. Kindsvater telefonisch erreichbar unter {phone}.",
            "Amtsgericht – Familiengericht –\nBeschluss\nIn der Familiensache betreffend das Kind {person}\nBeteiligte: {title_name}, wohnhaft {address}\nwird das Umgangsrecht wie folgt geregelt:",
            "NADA – Dopingkontrollformular (Urin)\nAthlet/in: {person}\nAusweis: Reisepass Nr. {passport}\nProbencode: {order}\nBenachrichtigt: 19:12 Uhr\nAngegebene Medikamente: Ibuprofen 600, L-Thyroxin",
            "Mitgliederliste TSV – Leichtathletik\nNr.;Name;Geburtsdatum;E-Mail\n{order};{person};{dob};{email}\n{order};{person};{dob};{email}",
            "Akkreditierung Presse\nName: {person}\nMedium: {company}\nAusweisdokument: Reisepass {passport}\nMobil: {phone}\nFoto: hochgeladen",
            "Am Mittwoch schrieb {person} <{email}>:\n> Hallo, mein Tagesticket für Samstag ist nicht angekommen, Bestellnr. {order}.\n\nHallo, wir haben das Ticket soeben erneut verschickt.\nViele Grüße\nIhr Ticket-Team",
            "2026-05-12 08:03:44 Tür=Haupteingang Chip=7731 Mitglied=\"{person}\" Ergebnis=OK Client={ip}",
            "Prepaid-Aktivierung (Identitätsprüfung nach TKG)\nName: {person}\nGeburtsdatum: {dob}\nAusweisart: Reisepass, Nr. {passport}\nRufnummer: {phone}\nAnschrift: {address}",
            "SEPA-Lastschriftmandat\nKontoinhaber: {title_name}\nIBAN: {iban}\nMandatsreferenz: {invoice}\nOrt, Datum, Unterschrift",
            "Dienstrad-Überlassungsvertrag\nArbeitnehmer/in: {person}\n{nid}\nRad: Pedelec, UVP {amount} EUR\nLaufzeit 36 Monate, Entgeltumwandlung",
            "Werkstattauftrag Nr. {order}\nKunde: {person}, Tel. {phone}\nInspektion E-Bike, Kette + Bremsbeläge neu\nBezahlt mit Kreditkarte {card}",
            "Neue Buchung: {first} – Damenhaarschnitt + Ansatzfarbe, Sa 10:00 bei Melli. Notiz: „bitte wie letztes Mal“",
            "Polizeiinspektion – Kontaktbereichsbeamter\nVorgangsnr.: {ticket}\nAnzeigende Person: {person}, {address}\nSachverhalt: Fahrraddiebstahl aus dem Hinterhof, Rahmennummer liegt vor.",
            "Fundsache Nr. {order}: Geldbörse mit Girokarte {card} und Personalausweis. Verlierer ermittelt: {person}, benachrichtigt per E-Mail an {email}.",
            "Protokoll Austrittsgespräch – {person}\nAbteilung: Vertrieb\nKündigungsgrund: Umzug\nAnmerkung: Die Teamleitung habe Kolleginnen wiederholt als „{biased}“ bezeichnet.",
            "Frau {person}, geboren am {dob} in {city}, war vom 01.04.2019 bis 30.06.2024 in unserem Salon als Friseurin beschäftigt. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.",
            "ticket_id;erstellt;kunde;email;betreff\n{ticket};{date};{person};{email};Rechnung doppelt abgebucht\n{ticket};{date};{person};{email};Kündigung bestätigen",
            "Ticket {ticket} – Kunde hat versehentlich seine Konfiguration in die Antwort kopiert:\n\n{secret}\n\nSchlüssel widerrufen, Kunde informiert.",
            "Moderation: Buchungsnotiz enthielt „{policy}“ – für Mitarbeitende ausgeblendet, Vorgang {ticket}.",
            "Meldeschein Beherbergung\nName: {person}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: österreichisch\nReisepass-Nr.: {passport}\nAnreise {date}",
            "Online-Anzeige Warenbetrug: Geschädigter {person} zahlte per Karte {card}; Login des Verkäuferkontos zuletzt von {ip}.",
            "Kostenerstattung Zahnzusatz/Heilmittel\nVersicherte Person: {person}\n{nid}\nAuszahlung auf: {iban}",
        ],
        "clean": [
            "Klinikum – OP-Statistik {date}: 1.240 Endoprothesen, davon 61 % Knie-TEP. Bericht {invoice}.",
            "Bestellung {order}: 4 x Kniebandage, EAN {ean}, Sendungsnummer {tracking}.",
            "Die Sprechstunde zieht zum {date} ins Ärztehaus an der Konrad-Adenauer-Straße; Haltestelle Willy-Brandt-Platz.",
            "Thomas Müller bestritt für den FC Bayern München mehr als 700 Pflichtspiele.",
            "NADA-Jahresbericht: rund 12.000 Kontrollen, Rundschreiben {ticket}. Die neue WADA-Verbotsliste gilt ab {date}.",
            "Line-up: Die Ärzte und Helene Fischer – Einlass {time}, Rechnung {invoice} über {amount} EUR.",
            "Coworking-Rechnung {invoice}: 5 Flex-Desks à {amount} EUR, Besprechungsraum „Hedy Lamarr“, fällig am {date}.",
            "Firewall-Regel: Zutrittskontrolle {cidr4} → Port {port} erlaubt; Controller-Firmware {version}.",
            "Angebot: {product} für {amount} EUR, EAN {ean}, Versand mit {tracking}.",
            "Test-IBAN {badref} (Prüfziffer falsch) aus der Validierungs-Testsuite – nicht verwenden.",
            "Support-Export\nticket_id;status;erstellt\n{ticket};geschlossen;{date}\n{ticket};offen;{date}",
            "Inventur Fahrradladen: Gazelle Ultimate C380, Lagerplatz B4, Leasingangebot {invoice}, Hash {sha}.",
        ],
    },
    "fr": {
        "pii": [
            "Service d'orthopédie – compte rendu de consultation\nPatient : {person}, né(e) le {dob}\nIPP : {mrn}\nFracture du poignet gauche, ostéosynthèse par plaque. Ablation des fils à J14.",
            "Check-list « Sécurité du patient au bloc opératoire »\nIdentité : {title_name}\nN° de séjour : {mrn}\nIntervention : PTG droite\nPersonne à prévenir : {first}, {phone}",
            "Laboratoire – résultats\nN° patient : {mrn}\n{title_name}\nCRP : 61 mg/L (élevée)\nRésultat transmis par téléphone au service de chirurgie.",
            "Cabinet d'orthophonie – bilan initial\nEnfant : {person} (né le {dob})\nMotif : retard de parole, CE1\nMail des parents : {email}",
            "Audioprothésiste – devis 100 % Santé\nClient : {title_name}\nAdresse : {address}\n{nid}\nAppareillage stéréophonique, classe I.",
            "Aide sociale à l'enfance – note de situation\nMineur : {person}, né le {dob}\nMesure : AEMO judiciaire\nMère joignable au {phone}",
            "Tribunal judiciaire – Juge aux affaires familiales\nRG n° {order}\nDemandeur : {title_name}, demeurant {address}\nDéfendeur : {person}",
            "Contrôle antidopage – procès-verbal\nSportif : {person}\nPièce d'identité : passeport n° {passport}\nCode échantillon : {order}\nMédicaments déclarés : Ventoline",
            "num_licence;nom;date_naissance;club;email\n{order};{person};{dob};AC {city};{email}",
            "Accréditation festival – équipe technique\nNom : {person}\nSociété : {company}\nPasseport : {passport}\nPortable : {phone}",
            "Le mar. {date}, {person} <{email}> a écrit :\n> Bonjour, je n'ai reçu qu'un seul billet sur les deux (commande {order}).\n\nBonjour, nous venons de vous renvoyer vos billets.\nBonne journée,\nLe service billetterie",
            "badges.csv\n04/03/2026 08:12:09;Porte principale;{person};AUTORISÉ;{ip}",
            "Boutique – souscription forfait mobile\nTitulaire : {person}\nDate de naissance : {dob}\nPièce d'identité : passeport {passport}\nNuméro attribué : {phone}\nIBAN : {iban}",
            "Vélociste – bon d'atelier n° {order}\nClient : {title_name}, tél. {phone}\nRévision VAE, plaquettes remplacées\nRéglé par CB {card}",
            "Location longue durée VAE – dossier salarié\nSalarié : {person}\n{nid}\nIBAN pour prélèvement : {iban}",
            "Nouveau RDV : {first} – coupe + brushing sam. 10h avec Inès. Note : « allergie PPD, pas de coloration »",
            "Commissariat – main courante n° {ticket}\nDéclarant : {person}, {address}\nFaits : vol de vélo dans le local du rez-de-chaussée.",
            "Objets trouvés – fiche {order}\nObjet : portefeuille (carte bancaire {card}, carte Vitale)\nPropriétaire identifié : {person}, prévenu par SMS au {phone}",
            "Compte rendu d'entretien de sortie – {person}\nMotif : mutation du conjoint\nRemarque : l'équipe signale que le responsable employait le terme « {biased} » en réunion.",
            "CERTIFICAT DE TRAVAIL\nJe soussignée, {person}, gérante du salon, certifie que {title_name}, né(e) le {dob}, a été employé(e) du 01/09/2020 au 31/08/2024 en qualité de coiffeur.",
            "id;date;client;email;objet\n{ticket};{date};{person};{email};Remboursement non reçu",
            "Ticket {ticket} – le client a collé sa configuration dans sa réponse :\n\n{secret}\n\nClé révoquée, client prévenu.",
            "Modération : la note de réservation contenait « {policy} » – masquée, dossier {ticket}.",
            "Fiche individuelle de police – hôtel\nNom : {person}\nDate de naissance : {dob}\nPasseport n° : {passport}\nNationalité : britannique",
            "Plainte en ligne – escroquerie : {person} a payé par virement ; le vendeur s'est connecté depuis l'adresse {ip}.",
        ],
        "clean": [
            "Bilan annuel du service d'orthopédie au {date} : 980 prothèses posées, rapport {invoice}.",
            "Commande {order} : 10 attelles de poignet, EAN {ean}, suivi colis {tracking}.",
            "L'Hôpital européen Georges-Pompidou déplace sa consultation d'audiologie au niveau -1 à partir du {date}.",
            "Teddy Riner a remporté l'or olympique en +100 kg à Paris 2024, devant le public de l'Arena Champ-de-Mars.",
            "Festival : Aya Nakamura et Stromae en tête d'affiche ; ouverture des portes à {time}, facture {invoice}.",
            "Coworking – facture {invoice} : 3 postes nomades à {amount} €, salle « Simone Veil », échéance {date}.",
            "Pare-feu : autoriser {cidr4} vers le contrôleur d'accès, port {port} ; firmware {version}.",
            "Nouveauté en boutique : {product} à {amount} €, EAN {ean}.",
            "IBAN de test {badref} (clé invalide) utilisé en recette, ne pas saisir.",
            "Export support\nid;statut;date\n{ticket};clos;{date}\n{ticket};en attente;{date}",
            "Le service des objets trouvés de la préfecture de police, rue des Morillons, sera fermé le {date}.",
            "Ouvrage : « Rééducation orthophonique », ISBN {isbn}, éditions {company}.",
        ],
    },
    "es": {
        "pii": [
            "Servicio de Traumatología – Informe de alta\nPaciente: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nDiagnóstico: fractura de radio distal izquierdo. Revisión en consultas externas en 2 semanas.",
            "Hoja de verificación quirúrgica\nPaciente: {title_name}\nN.º de historia: {mrn}\nIntervención: artroplastia de rodilla dcha.\nFamiliar de contacto: {first}, tlf. {phone}",
            "Laboratorio – resultado urgente\nNHC {mrn} – {title_name}\nPCR 55 mg/L (alta)\nSe avisa por teléfono a la planta de Traumatología.",
            "Centro de logopedia – informe de evaluación\nNiño/a: {person}, F. nac. {dob}\nMotivo: dislalias múltiples\nCorreo de la familia: {email}",
            "Centro auditivo – presupuesto de audífonos\nCliente: {title_name}\nDomicilio: {address}\n{nid}",
            "Servicios Sociales – informe de seguimiento\nMenor: {person}, nacido el {dob}\nMedida: acogimiento en familia extensa\nAbuela materna localizable en el {phone}",
            "JUZGADO DE PRIMERA INSTANCIA N.º 4 (FAMILIA)\nProcedimiento: guarda y custodia {order}/2025\nDemandante: {title_name}, con domicilio en {address}\nDemandado: {person}",
            "Control de dopaje – acta\nDeportista: {person}\nDocumento: pasaporte {passport}\nCódigo de muestra: {order}\nMedicación declarada: Ventolín",
            "licencia;nombre;fecha_nac;club;email\n{order};{person};{dob};CD {city};{email}",
            "Acreditación festival – prensa\nNombre: {person}\nMedio: {company}\nPasaporte: {passport}\nMóvil: {phone}",
            "El jue., {person} <{email}> escribió:\n> Hola, solo me ha llegado una entrada de las dos (pedido {order}).\n\nHola, te las acabamos de reenviar.\nUn saludo,\nAtención al cliente",
            "coworking_access.log 2026-04-02 08:31:55 puerta=principal socio=\"{person}\" resultado=PERMITIDO ip={ip}",
            "Registro de tarjeta prepago\nTitular: {person}\nFecha de nacimiento: {dob}\nDocumento: pasaporte {passport}\nNúmero asignado: {phone}",
            "Tienda de telefonía – contrato\nTitular: {title_name}\nDomiciliación bancaria: {iban}\nTarjeta para el pago inicial: {card}",
            "Renting de bicicleta eléctrica – solicitud\nEmpleado: {person}\n{nid}\nCuenta de cargo: {iban}",
            "Taller de bicis – orden de trabajo {order}\nCliente: {person}, tel. {phone}\nRevisión general + cambio de cadena",
            "Nueva cita: {first} – corte y peinado, sáb. 11:00 con Lucía. Nota: «alergia al tinte»",
            "Policía Local – denuncia {ticket}\nDenunciante: {person}, {address}\nHechos: sustracción de bicicleta en el trastero.",
            "Oficina de objetos perdidos – registro {order}\nObjeto: cartera con tarjeta {card} y DNI\nPropietario: {person}, avisado el {date}",
            "Entrevista de salida – {person}\nMotivo: mejor oferta\nObservaciones: comenta que el encargado llamaba «{biased}» a una compañera.",
            "A quien corresponda:\n\n{person} trabajó en nuestra peluquería entre 2019 y 2024 como estilista, con gran profesionalidad.\n\nAtentamente,\n{title_name}\nGerente",
            "id_ticket,fecha,cliente,email,asunto\n{ticket},{date},{person},{email},Cobro duplicado",
            "Ticket {ticket} – el cliente pegó su configuración en la respuesta:\n\n{secret}\n\nClave revocada.",
            "Moderación: la nota de la reserva contenía «{policy}»; oculta al personal, caso {ticket}.",
            "Parte de entrada de viajeros – hotel\nNombre: {person}\nFecha de nacimiento: {dob}\nN.º de pasaporte: {passport}\nNacionalidad: francesa",
            "Denuncia por internet: {person} pagó al vendedor, que se conectó desde la IP {ip}.",
        ],
        "clean": [
            "Memoria anual de Traumatología {date}: 1.150 prótesis implantadas; informe {invoice}.",
            "Pedido {order}: 12 férulas de muñeca, EAN {ean}, seguimiento {tracking}.",
            "Rafael Nadal se despidió del tenis profesional en la Copa Davis de Málaga en noviembre de 2024.",
            "El Hospital General Universitario Gregorio Marañón traslada la consulta de audiología a la 2.ª planta a partir del {date}.",
            "Festival: Rosalía y Alejandro Sanz encabezan el cartel; apertura de puertas {time}; factura {invoice}.",
            "Coworking – factura {invoice}: 4 puestos flexibles a {amount} €, sala «Clara Campoamor», vencimiento {date}.",
            "Cortafuegos: permitir {cidr4} hacia el controlador de accesos, puerto {port}; firmware {version}.",
            "Oferta: {product} por {amount} €, EAN {ean}, envío {tracking}.",
            "Tarjeta de prueba {badref} rechazada por el TPV (número de test, no válido).",
            "Exportación de soporte\nid;estado;fecha\n{ticket};cerrado;{date}\n{ticket};pendiente;{date}",
            "Libro: «Manual de logopedia», ISBN {isbn}, editorial {company}.",
        ],
    },
    "nl": {
        "pii": [
            "Orthopedie – polikliniekbrief\nPatiënt: {person}, geb. {dob}\nPatiëntnummer: {mrn}\nDiagnose: distale radiusfractuur links, gips 6 weken. Controle met foto over 1 week.",
            "Time-out procedure OK\nNaam: {title_name}\nZiekenhuisnr.: {mrn}\nIngreep: TKP rechts\nContactpersoon: {first}, {phone}",
            "Lab – uitslag\nPatiëntnr. {mrn} – {title_name}\nCRP 47 mg/L (verhoogd)\nDoorgebeld naar afdeling chirurgie.",
            "Logopediepraktijk – intakeverslag\nKind: {person} (geb. {dob})\nHulpvraag: stotteren\nE-mail ouders: {email}",
            "Audiciensbedrijf – offerte hoortoestellen\nKlant: {title_name}\nAdres: {address}\n{nid}",
            "Jeugdzorg – voortgangsrapportage\nJeugdige: {person}, geboren {dob}\nMaatregel: ondertoezichtstelling (OTS)\nMoeder bereikbaar op {phone}",
            "Rechtbank – kinderrechter\nZaaknummer: C/{order}\nVerzoeker: {title_name}, wonende te {address}\nBelanghebbende: {person}",
            "Dopingcontroleformulier\nSporter: {person}\nIdentificatie: paspoort {passport}\nMonstercode: {order}\nOpgegeven medicatie: salbutamol",
            "relatienummer;naam;geboortedatum;e-mail\n{order};{person};{dob};{email}\n{order};{person};{dob};{email}",
            "Accreditatie festival – crew\nNaam: {person}\nBedrijf: {company}\nPaspoortnummer: {passport}\nMobiel: {phone}",
            "Op di {date} schreef {person} <{email}>:\n> Hoi, ik heb maar één van mijn twee tickets ontvangen, bestelling {order}.\n\nHoi, we hebben ze opnieuw verstuurd.\nGroetjes,\nKlantenservice",
            "toegang.log 2026-02-11 07:49:02 deur=hoofdingang lid=\"{person}\" resultaat=TOEGESTAAN ip={ip}",
            "Telefoonwinkel – nieuw abonnement\nNaam: {person}\nGeboortedatum: {dob}\nLegitimatie: paspoort {passport}\nToegewezen nummer: {phone}\nIBAN: {iban}",
            "Fietsenmaker – werkorder {order}\nKlant: {title_name}, tel. {phone}\nOnderhoudsbeurt e-bike, remblokken vervangen\nBetaald met creditcard {card}",
            "Leasefiets via werkgever – aanvraag\nMedewerker: {person}\n{nid}\nRekeningnummer: {iban}",
            "Nieuwe afspraak: {first} – knippen + föhnen, za 10:30 bij Sanne. Opmerking: 'graag niet te kort'",
            "Politie – wijkagent, registratienummer {ticket}\nAangever: {person}, {address}\nFeit: fietsdiefstal uit de gezamenlijke berging.",
            "Gevonden voorwerpen – registratie {order}\nVoorwerp: portemonnee met pinpas {card}\nEigenaar: {person}, gebeld op {date}",
            "Exitgesprek – {person}\nReden vertrek: verhuizing\nOpmerking: collega's geven aan dat de leidinggevende het woord '{biased}' gebruikte.",
            "Referentie\n{person} werkte van 2019 tot 2024 bij ons als kapster en was altijd punctueel en klantvriendelijk.\nMet vriendelijke groet,\n{title_name}\nSalonmanager",
            "ticket_id;datum;klant;email;onderwerp\n{ticket};{date};{person};{email};Dubbele afschrijving",
            "Ticket {ticket} – klant plakte zijn configuratie in de mail:\n\n{secret}\n\nSleutel ingetrokken.",
            "Moderatie: de boekingsnotitie bevatte '{policy}' – verborgen voor medewerkers, zaak {ticket}.",
            "Hotelregistratie\nNaam: {person}\nGeboortedatum: {dob}\nPaspoort nr.: {passport}\nNationaliteit: Belgisch",
            "Online aangifte oplichting: {person} betaalde, de verkoper logde in vanaf {ip}.",
        ],
        "clean": [
            "Jaarverslag orthopedie {date}: 860 knieprotheses, rapport {invoice}.",
            "Bestelling {order}: 8 polsbraces, EAN {ean}, track & trace {tracking}.",
            "Max Verstappen won in 2024 zijn vierde wereldtitel in de Formule 1.",
            "Het Wilhelmina Kinderziekenhuis verplaatst de audiologiepoli vanaf {date} naar de tweede verdieping.",
            "Festival: Snelle en Suzan & Freek op het hoofdpodium; deuren open {time}; factuur {invoice}.",
            "Coworking – factuur {invoice}: 2 flexplekken à {amount} euro, vergaderzaal 'Aletta Jacobs', vervaldatum {date}.",
            "Firewall: sta {cidr4} toe naar de toegangscontroller, poort {port}; firmware {version}.",
            "Aanbieding: {product} voor {amount} euro, EAN {ean}.",
            "Test-IBAN {badref} met foute controlecijfers, alleen voor de testomgeving.",
            "Supportexport\nid;status;datum\n{ticket};gesloten;{date}\n{ticket};open;{date}",
            "Boek: 'Handboek logopedie', ISBN {isbn}, uitgeverij {company}.",
        ],
    },
}


# ------------------------------------------------------------------------------------- STEPPE
# Written 2026-12-03 by a helper engineer who never saw the detection rules, the other banks'
# texts or any detector output (read only corpus.py's slot generators, the format of SUMMIT's
# first lines, BANKS and the shape tests); committed alone before any detector ran on it. An
# honest blind test set: never to be tuned on. Themes: maternity wards and midwives; blood
# donation and transfusion; immigration lawyers and visa applications; probation and victim
# support; car-sharing and ride-hailing apps; marinas, boat registration and harbour masters;
# libraries and archive reading rooms; crowdfunding and donation platforms; municipal permits
# (resident parking, building permits); e-commerce returns and chargebacks; Slack/Teams exports
# and incident post-mortems; Markdown tables pasted from spreadsheets.
STEPPE: dict[str, dict[str, list[str]]] = {
    "en": {
        "pii": [
            # maternity wards and midwives
            "Community midwife visit - day 5\nMother: {person}   DOB {dob}   Hosp no. {mrn}\nBaby: girl, 3.41 kg at birth, feeding well, weight today down 6%\nNewborn blood spot taken {date}. Next visit Friday am. Mum's mobile {phone}.",
            "Hello {first}, this is the Birth Centre. Your booking appointment with the midwife is on {date} at 10:30, Ward 7 entrance. Please bring your maternity notes and your NHS number ({nhs}). Reply STOP to opt out.",
            "BIRTH PLAN\nName: {person}\nNHS number: {nhs}\nDue date: {date}\nBirth partner: {first} (husband), {phone}\nPain relief: happy to try gas and air first, open to an epidural\nPlease no students in the room.",
            "Dear {title_name},\n\nThank you for letting us know that you would like a home birth. Your named midwife will ring you on {phone} to arrange a home assessment at {address} around week 36.\n\nWarm wishes,\nCommunity Midwifery Team\nSt Mary's Maternity Unit",
            # blood donation and transfusion
            "Blood donor record\nDonor: {person}\nDate of birth: {dob}\nBlood group: O RhD negative (CMV neg)\nLast donation: {date}   Donations to date: 41\nDeferral: none\nPreferred session venue: Town Hall, {city}",
            "Thank you for donating, {first}! Your blood has now been issued to a hospital in {city}. You can give again from {date}. Manage your appointments online - just log in with {email}.",
            "TRANSFUSION REQUEST\nPatient surname/forename: {person}\nHospital no.: {mrn}   D.O.B.: {dob}\nRequest: 2 units red cells, crossmatch, for theatre on {date}\nSample taken by: {title_name} at {time}\nTwo-sample rule: both samples received",
            "Haemovigilance incident {ticket}: unit {ean} transfused to the wrong patient on Ward 12. Intended recipient {person} (hosp no. {mrn}); actual recipient {person} (hosp no. {mrn}). ABO compatible, no reaction. Reported to SHOT by {title_name}.",
            # immigration lawyers and visa applications
            "Dear {title_name},\n\nRe: Skilled Worker visa - our reference {order}\n\nWe have now submitted your application. For the biometrics appointment you will need your passport ({passport}) and the confirmation e-mail we sent to {email}. Please do not travel outside the UK until a decision is made.\n\nKind regards,\nImmigration Team\n{company} Solicitors",
            "VISA APPLICATION - PERSONAL DETAILS\nFull name as shown in passport: {person}\nDate of birth: {dob}\nPassport number: {passport}\nDate of issue: {date}\nHome address: {address}\nTelephone: {phone}",
            "File note {date} - call with client {person} re spouse visa refusal. Client's {nid}. Refusal letter says the financial requirement was not met; payslips from {company} were missing. Grounds of appeal to be drafted by Friday; client prefers WhatsApp on {phone}.",
            "CREDIT CARD AUTHORIZATION\nI authorize {company} LLP to charge my card for the government filing fees listed below.\nCardholder: {person}\nCard number: {card}   Exp 11/28\nBilling address: {address}\nSignature: ______________",
            # probation and victim support
            "Probation case note {date}\nPoP: {person}   DOB {dob}\nAttended supervision on time. Reports new address: {address} (move-on from approved premises). Address checks requested. Next appointment {date} 14:00 with {title_name}.",
            "Hello {first},\n\nI'm your caseworker at Victim Support following the burglary on {date}. I've arranged a free lock change at {address}. If you'd like to talk, call me on {phone} (Mon-Fri), or just reply to this e-mail.\n\nTake care,\nVictim Support, {city} team",
            "VICTIM PERSONAL STATEMENT\nName: {person}\nDate of birth: {dob}\nI want the court to know how this has affected me. Since the assault I have not been able to go back to my job at {company}, and I no longer take the bus after dark.",
            "Pre-sentence report QA - reviewer comments\nPara 4.2 describes the defendant as \"{biased}\". Please remove this; stick to the assessed risk factors.\nAuthor: {person}\nReturn by: {date}",
            "{person} (born {dob}) has opted in to the victim contact scheme and wants to be told before any release on licence. Preferred contact: {email}.",
            # car-sharing and ride-hailing apps
            "2025-06-11 08:14:02 ERROR payments.capture failed trip_id={uuid} user={email} pan={card} reason=do_not_honor client_ip={ip}",
            "Driver onboarding checklist\nApplicant: {person}\n[x] Driving licence check passed\n[x] {nid}\n[x] Background check clear\n[ ] Payout account: {iban}\n[ ] Vehicle inspection booked for {date}",
            "Rider safety report {ticket}\nRider: {person} ({phone})\nDriver: {person}\nTrip started {date} {time}; rider says the driver took a long detour and refused to stop when asked. GPS trace attached. Driver account paused pending review.",
            "{first}: is the car in the Elm Street bay free? app says reserved\n{first}: yes I booked it till {time}, back in 20\n{first}: ok np",
            # marinas, boat registration, harbour masters
            "Harbour Master's Office - visitor berth application\nVessel name: Sea Swallow   Length overall: 9.8 m\nOwner: {person}\nAddress: {address}\nTel: {phone}   E-mail: {email}\nRegistration no.: {order}",
            "Hi {first},\n\nThe annual berth fee for pontoon C, berth 14 ({amount} GBP) will be collected by Direct Debit from {iban} on {date}. Let us know by reply if anything has changed.\n\nBest,\nMarina Office",
            "HM log {date}\n{time} VHF ch 16: yacht Blue Heron reports engine failure 2 nm off the breakwater. Skipper {title_name}, mob {phone}. Towed in by the harbour launch, berthed on visitors' pontoon B.",
            "Part 1 registration - declaration of ownership\nI, {person}, born {dob}, of {address}, declare that I am the sole owner of the vessel described below and am entitled to register it. Passport no. {passport}.",
            # libraries and archive reading rooms
            "Reading room registration\nReader's ticket no.: {order}\nName: {person}\nAddress: {address}\nIdentity seen: passport {passport}\nResearch topic: parish registers of the 1840s",
            "Dear {title_name},\n\nOur records show that the following item is overdue:\n  {isbn}  Wolf Hall / Hilary Mantel  due {date}\nPlease return it to the Central Library or renew it online.\n\nLibrary Services",
            "2025-02-03T11:52:10Z libwifi-auth ACCEPT user={email} session={uuid} ip={ip} branch={namecity} vlan=40",
            "Archive enquiry {ticket}\nRequester: {person} <{email}>\nRequest: adoption file of a relative, 1962. Closed for 100 years; do not quote {policy} in the reply to the requester.",
            # crowdfunding and donation platforms
            "Payout details for campaign #{order}\nOrganiser: {person}\nBank account: {iban}\nIdentity check: passport {passport}, selfie match OK\nAmount raised: {amount} EUR",
            "Trust & Safety - campaign flagged {ticket}\nThe story claims a stay at St Luke's, which the hospital could not confirm. Organiser {person} logged in from {ip} (VPN exit) and used card {card} for 14 test donations of 1 GBP. Freeze payouts.",
            "Dear {first},\n\nThank you so much for your gift to the Food Bank appeal. You made a Gift Aid declaration, and we have your home address as {address}. If that is wrong, just reply to this e-mail.\n\nWith gratitude,\nSupporter Care ({role_email})",
            "donation_id;donor;email;amount;card;gift_aid\n{order};{person};{email};{amount};{card};Y",
            # municipal permits
            "Resident parking permit - renewal\nPermit holder: {title_name}\nProperty: {address}\nVehicle: Skoda Octavia estate\nZone: CPZ K\nPayment taken: card {card}\nPermit valid from {date}",
            "Planning application {invoice} - neighbour comment\nI object to the proposed two-storey rear extension next door. It will overshadow our garden for most of the afternoon.\nName: {person}\nAddress: {address}\nE-mail: {email}",
            "Hi {first}, the building control inspector will visit on {date} between 9 and 1 to check the foundations. Access via the side gate at {address} is fine. Call {phone} if you need to rearrange.",
            # e-commerce returns and chargebacks
            "Chargeback notification\nCase ID: {uuid}\nReason code: 10.4 (Other Fraud - Card Absent Environment)\nCardholder: {person}\nCard: {card}\nTransaction: {date}, {amount} GBP, order {order}\nRespond by {date} with proof of delivery ({tracking}).",
            "RETURN AUTHORISATION\nOrder: {order}\nCustomer: {person}, {address}\nItem: {product}, EAN {ean}\nReason: arrived damaged\nRefund to original payment method. Questions? {role_email}",
            "> Hi, I sent the jacket back two weeks ago (tracking {tracking}) and still haven't had my refund. My number is {phone}.\n> {person}\n\nHello {first}, sorry for the wait - the parcel reached our returns centre on {date} and the refund was issued today.",
            # Slack/Teams exports and post-mortems
            "{\"type\": \"message\", \"user\": \"U04QK2M8\", \"ts\": \"1716201142.001900\", \"text\": \"can someone call {person} back on {phone}? the refund went to the wrong account, the right one is {iban}\"}",
            "## Incident post-mortem {ticket}\n**Summary:** a debug log line in the checkout service printed request bodies for 47 minutes, including customer e-mail addresses (e.g. {email}) and client IPs (e.g. {ip}).\n**Trigger:** release {version} shipped with LOG_LEVEL=debug.\n**Actions:** purge the affected log segments ({sha}), add a redaction filter.",
            "[10:02] {person}\nwho has the prod creds for the donor db?\n[10:03] {person}\nhere, don't forward: {secret}\n[10:03] {person}\nthx, deleting my message",
            "Timeline (UTC)\n{time} pager fires for elevated 5xx on rides-api\n{time} on-call ({first}) rolls back {version}\n{time} root cause: the flag for {policy} had been switched on for every region\nCustomer impact: about 3% of bookings failed",
            "incident:\n  id: {ticket}\n  reporter: {email}\n  source_ip: {ip}\n  summary: berth booking API returned other customers' invoices\n  leaked_credential: |\n    {secret}",
            # Markdown tables pasted from spreadsheets
            "| Name | DOB | Blood group | Last donation | Mobile |\n|---|---|---|---|---|\n| {person} | {dob} | A+ | {date} | {phone} |\n| {person} | {dob} | O- | {date} | {phone} |",
            "| Berth | Vessel | Owner | Email | Paid |\n|---|---|---|---|---|\n| C14 | Kittiwake | {person} | {email} | yes |\n| C15 | Marlin II | {title_name} | {email} | no |",
            "| Client | Nationality | Passport | Visa expiry |\n| --- | --- | --- | --- |\n| {person} | Indian | {passport} | {date} |\n| {person} | Nigerian | {passport} | {date} |",
            "| Reader | Ticket | Address | Staff note |\n|:--|:--|:--|:--|\n| {person} | {order} | {address} | complaint: called \"{biased}\" at the issue desk |",
            "INSERT INTO visa_applicants (full_name, date_of_birth, passport_no, phone) VALUES ('{person}', '{dob}', '{passport}', '{phone}');",
            "reader_no\tname\temail\tlast_visit\n{order}\t{person}\t{email}\t{date}",
        ],
        "clean": [
            "The Apgar score, devised by the anaesthetist Virginia Apgar in 1952, is recorded at one and five minutes after birth. Our midwife-led unit in {city} has logged {order} births since it opened (annual report, ISBN {isbn}).",
            "Hi all - the antenatal class on {date} moves to the Florence Nightingale Room, 2nd floor. Bring a pillow; partners welcome. Room booking {ticket}.",
            "Landsteiner Day: every 14 June we remember Karl Landsteiner's discovery of the ABO blood groups. Session in {namecity} today from {time} to 19:30. Platelet stock code {ean}.",
            "transfusion-lis:\n  version: {version}\n  hl7_listener_port: {port}\n  allowed_networks: [{cidr4}, {cidr6}]\n  password_hash: {hashalgo}\n  crossmatch_timeout: 45m",
            "Visa fees from {date}: Skilled Worker (up to 3 years) {amount} GBP, plus the Immigration Health Surcharge as published by the Home Office. Our {namecity} office is closed on bank holidays. Guide version {version}.",
            "Dear colleagues,\n\nThe Probation Service's new case management release ({version}) goes live on {date}. Known issue {ticket}: the victim liaison tab loads slowly on the {product}. No action needed.\n\nThanks,\nDigital Team",
            "Surge log {date} {time}: zone {namecity}-downtown x1.8, requests 4,210, drivers online 612, median ETA 7 min. Build {sha}.",
            "Car-sharing fleet update: 40 new electric hatchbacks at the Charlotte Street hub, wrapped in {brand} livery for the launch. Keyless box firmware {version}; rollback build {sha}.",
            "Notice to Mariners {order}: dredging in the approach channel to {namecity} Marina from {date} until further notice. HW {time}. Keep to the red buoys. - Harbour Master",
            "New in the Carnegie Reading Room: Hilary Mantel, 'Wolf Hall' (ISBN {isbn}); Zadie Smith, 'White Teeth'. Duke Humfrey's Library at the Bodleian reopens on {date}.",
            "Catalogue entry\nRef: {invoice}\nTitle: Letters of Charles Dickens to his publishers, 1837-1870\nExtent: 3 boxes\nAccess: open\nDigitised: yes ({hashalgo} checksum {sha})",
            "Campaign {order} update: we have raised {amount} EUR for the Rosa Parks community garden! Thank you to everyone at {company} for matching donations.",
            "{\"event\": \"donation.failed\", \"id\": \"{uuid}\", \"campaign\": {order}, \"amount\": \"{amount}\", \"currency\": \"EUR\", \"test_reference\": \"{badref}\", \"status\": \"invalid\"}",
            "Resident parking, zone K: permits cost {amount} GBP a year from {date}. Apply online with your V5C and a proof of address. Consultation {ticket} closes at {time}.",
            "Planning application {invoice}: single-storey extension to Lincoln House, Queen Victoria Street. Decision: approved with conditions on {date}.",
            "Returns policy: send items back within 30 days using the prepaid label; your parcel ({tracking}) is tracked automatically. Refunds reach the original payment method within 5 working days. Order {order} is eligible.",
            "Chargeback report Q3 | disputes 214 | won 61% | top reason 13.1 merchandise not received | example of a rejected reference: {badref}",
            "## Post-mortem {ticket}: donation checkout outage\nImpact: {time} to 13:40 UTC, 2.3% of payments failed.\nRoot cause: connection pool exhausted on port {port}; config {version} set max_connections too low.\nActions: alert on pool saturation; review the {cidr4} allow-list.",
            "[{time}] #incident-42: Hi all, rollback of {version} is done and dashboards are green. Commit {sha}. Next update in 30 min.",
            "| Branch | Visitors | Loans | Wi-Fi subnet |\n|---|---:|---:|---|\n| {namecity} | 12,410 | 8,032 | {cidr4} |\n| {city} | 9,887 | 6,115 | {cidr6} |",
            "| Product | EAN | Returns | Main reason |\n|---|---|---:|---|\n| {product} | {ean} | 41 | too small |\n| {product} | {ean} | 12 | damaged in transit |",
            "SELECT permit_zone, COUNT(*) AS permits FROM resident_permits WHERE valid_from >= '{date}' GROUP BY permit_zone; -- report {version}",
        ],
    },
    "de": {
        "pii": [
            # Hebammen, Kreißsaal
            "Hebammenbetreuung Wochenbett\nMutter: {person}, geb. {dob}\nAnschrift: {address}\nKind: Junge, geboren am {date}, 3560 g\nNabel gut abgeheilt, Stillen klappt. Nächster Hausbesuch Donnerstag.\nTel.: {phone}",
            "Liebe {first},\n\nich bin ab {date} im Urlaub, meine Kollegin übernimmt die Nachsorge. Schick mir bitte noch das Foto vom Mutterpass an {email}, dann trage ich die Werte nach.\n\nHerzliche Grüße\ndeine Hebamme",
            "Kreißsaal-Anmeldung\nName, Vorname: {person}\nGeburtsdatum: {dob}\nPatienten-Nr.: {mrn}\nErrechneter Termin: {date}\nBesonderheiten: Z. n. Sectio",
            # Blutspende, Transfusion
            "Blutspendedienst - Spenderdaten\nSpender: {person}\nGeburtsdatum: {dob}\nBlutgruppe: A Rh positiv\nSpendernummer: {order}\nNächste Spende frühestens: {date}",
            "Guten Tag {title_name},\n\nbei Ihrer Blutspende am {date} ist uns ein erhöhter Ferritinwert aufgefallen. Bitte melden Sie sich unter {phone}, damit wir das weitere Vorgehen besprechen können.\n\nMit freundlichen Grüßen\nIhr Blutspendedienst",
            "Blutkonserve {ean} ausgegeben an Station 4B\nEmpfänger: {person}, Fall-Nr. {mrn}\nKreuzprobe: verträglich\nBedside-Test durchgeführt von {title_name} um {time}",
            # Ausländerrecht, Visum
            "Sehr geehrte Frau Rechtsanwältin,\n\nanbei die Unterlagen für den Familiennachzug: Kopie meines Reisepasses (Nr. {passport}), die Meldebescheinigung für {address} und die Geburtsurkunde meiner Tochter.\n\nMit freundlichen Grüßen\n{person}",
            "Mandantenakte Aufenthaltsrecht\nMandant: {person}\nGeb.-Datum: {dob}\nStaatsangehörigkeit: syrisch\nAufenthaltstitel gültig bis: {date}\n{nid}\nTermin Ausländerbehörde: {date}, {time}",
            "Visumantrag - Angaben zur Person\nFamilienname, Vorname(n): {person}\nGeburtsdatum: {dob}\nNummer des Reisedokuments: {passport}\nE-Mail-Adresse: {email}\nTelefonnummer: {phone}",
            # Bewährungshilfe, Opferhilfe
            "Bewährungshilfe - Aktenvermerk vom {date}\nProband: {person}, geb. {dob}\nTermin wahrgenommen. Neue Wohnanschrift: {address}. Arbeitsaufnahme bei {company} zum Monatsersten geplant. Nächster Termin bei {title_name} in vier Wochen.",
            "Hallo {first},\n\nich bin deine Ansprechpartnerin beim Opferhilfeverein. Wie besprochen begleite ich dich am {date} zur Verhandlung ins Amtsgericht. Wenn vorher etwas ist, ruf mich an: {phone}.\n\nViele Grüße",
            "Anmerkung der Qualitätssicherung zum Bericht der Gerichtshilfe: Die Formulierung „{biased}“ in Abschnitt 3 bitte streichen. Verfasser: {person}",
            # Carsharing, Fahrdienst
            "Fahrt beendet ✔\nHallo {first}, deine Fahrt mit dem VW ID.3 hat 37 Minuten gedauert. Betrag: {amount} €, per SEPA-Lastschrift von {iban}. Buchungs-ID {uuid}.",
            "2025-04-02 17:41:09 WARN rides.dispatch fahrer=\"{person}\" handy={phone} ip={ip} status=offline_timeout",
            "Schadensmeldung Carsharing {ticket}\nNutzer: {person}\nFührerschein geprüft am {date}\nFahrzeug: Opel Corsa, Kratzer hinten rechts\nSelbstbeteiligung: {amount} €, belastet auf Kreditkarte {card}",
            # Hafen, Bootsregister
            "Hafenmeisterei - Liegeplatzvertrag\nEigner: {person}\nAnschrift: {address}\nBoot: Segelyacht „Möwe“, 8,90 m\nLiegeplatz: Steg 3, Platz 12\nLiegegeld: {amount} € jährlich per SEPA-Mandat von {iban}",
            "Moin {first}, dein Boot hängt seit Sonntag schief in der Box, die Vorleine ist durchgescheuert. Hab provisorisch neu festgemacht. Ruf mal an: {phone} - Hafenmeister",
            "Antrag auf Eintragung in das Binnenschiffsregister\nEigentümer: {title_name}\nGeburtsdatum: {dob}\nWohnsitz: {address}\nAusweisdokument: Reisepass {passport}",
            # Bibliothek, Archiv
            "Benutzungsantrag Lesesaal Stadtarchiv\nName: {person}\nAnschrift: {address}\nE-Mail: {email}\nForschungsthema: Zwangsarbeit in {city} 1940-1945\nIch erkenne die Benutzungsordnung an.",
            "Mahnung Stadtbibliothek\nLeserausweis {order}\n{title_name}, folgendes Medium ist seit {date} überfällig:\n- ISBN {isbn}\nBitte geben Sie es umgehend zurück.",
            # Crowdfunding, Spenden
            "Neue Spende eingegangen: 50,00 € von {person} für das Projekt „Spielplatz für alle“. Zuwendungsbestätigung an {email} versendet. Zahlung mit Karte {card}.",
            "Auszahlung Kampagne {order}\nInitiator: {person}\n{nid}\nKonto: {iban}\nBetrag: {amount} €",
            "spende_id;name;email;betrag;quittung\n{order};{person};{email};{amount};ja",
            # Bewohnerparken, Bauamt
            "Antrag auf Bewohnerparkausweis\nName: {person}\nHauptwohnsitz: {address}\nParkzone: M7\nGebühr: {amount} €, bezahlt mit Kreditkarte {card}",
            "Bauamt - Az. {invoice}\nBauherr: {title_name}\nBaugrundstück: {address}\nVorhaben: Errichtung eines Carports\nRückfragen bitte an den Bauherrn unter {phone} oder {email}.",
            # Retouren, Chargebacks
            "Rückbuchung (Chargeback) zu Bestellung {order}\nKarteninhaber: {person}\nKarte: {card}\nGrund: Ware nicht erhalten\nSendungsnummer: {tracking}\nBitte bis {date} Stellung nehmen. Rückfragen: {role_email}",
            "> Hallo, ich habe die Schuhe am {date} zurückgeschickt, aber noch kein Geld bekommen.\n> Viele Grüße, {person}, {address}\n\nGuten Tag, Ihre Retoure ist eingegangen, die Erstattung erfolgt in 3 bis 5 Werktagen.",
            # Slack/Teams, Post-Mortem
            "[09:14] {person}: kann jemand den Rückruf übernehmen? Kundin {person}, Tel. {phone}, fragt wo ihre Retoure ist\n[09:15] {person}: mach ich",
            "## Post-Mortem {ticket}: Zugangsdaten im Teams-Kanal\nAm {date} um {time} wurde im Kanal #ops folgender Schlüssel gepostet:\n```\n{secret}\n```\nGemeldet von {first}. Schlüssel rotiert, Verlauf bereinigt.",
            "Zeitleiste: {time} Alarm, {time} Rollback auf {version}.\nUrsache: das Feature-Flag für {policy} war versehentlich für alle Mandanten aktiv.\nAuffällige Client-IP: {ip}",
            # Markdown-Tabellen
            "| Name | Geburtsdatum | Blutgruppe | Telefon |\n|---|---|---|---|\n| {person} | {dob} | 0 neg | {phone} |\n| {person} | {dob} | AB pos | {phone} |",
            "| Liegeplatz | Eigner | E-Mail | bezahlt |\n|---|---|---|---|\n| A-07 | {person} | {email} | ja |\n| A-08 | {title_name} | {email} | nein |",
            "| Mandant | Reisepass | Visum bis | Aktenzeichen |\n| --- | --- | --- | --- |\n| {person} | {passport} | {date} | {invoice} |",
        ],
        "clean": [
            "Die Hebammenschule am Virchow-Klinikum feiert ihr 50-jähriges Bestehen. Infoabend am {date} um {time}, Hörsaal 2. Anmeldung unter Kennziffer {ticket}.",
            "Blutspendetermin in {city}: {date}, 15:00 bis 19:30 Uhr, Turnhalle der Rudolf-Virchow-Schule. Bitte Personalausweis mitbringen; gebraucht werden vor allem Rh-negative Spenden.",
            "transfusion:\n  lis_version: {version}\n  hl7_port: {port}\n  erlaubte_netze: [{cidr4}, {cidr6}]\n  passwort_hash: {hashalgo}",
            "Hallo zusammen, die Kanzlei ist vom {date} bis zum Jahresende geschlossen. Fristsachen bitte über das beA einreichen. Neues Aktenzeichen-Schema ab {version}: {invoice}.",
            "Hafengebühren {namecity}: Gastlieger bis 10 m {amount} € pro Nacht, Strom nach Verbrauch. Hochwasser heute {time}. Der Hafenmeister ist auf UKW-Kanal 69 erreichbar.",
            "Neu im Lesesaal der Herzogin Anna Amalia Bibliothek: Goethes Briefwechsel mit Schiller, Band 2 (ISBN {isbn}), Signatur {order}. Nur zur Benutzung im Lesesaal.",
            "Kampagne {order} zu 112 % finanziert! Danke an alle Unterstützer und an {company} für die Verdopplung. Plattformgebühr {amount} €. Berichts-Hash {sha}.",
            "Bewohnerparken Zone M7: Die Gebühr steigt ab {date} auf {amount} € pro Jahr. Vorgangsnummern haben das Format {invoice}. Beispiel einer abgelehnten Referenz: {badref}.",
            "Retourenlabel erstellt. Sendungsnummer {tracking}, Bestellung {order}, Artikel {product} (EAN {ean}). Die Erstattung erfolgt nach Wareneingang.",
            "[{time}] #incident-ops: Hallo zusammen, Rollback auf {version} abgeschlossen, Fehlerrate wieder normal. Commit {sha}, Ticket {ticket}.",
            "| Filiale | Ausleihen | WLAN-Netz |\n|---|---:|---|\n| {city} | 8.412 | {cidr4} |\n| {namecity} | 5.118 | {cidr6} |",
            "Carsharing-Station am Konrad-Adenauer-Platz: 12 Elektroautos, 22 kW Ladeleistung. App-Version {version}; Störung {ticket} um {time} behoben.",
            "Post-Mortem {ticket}\nAuswirkung: {time} bis 14:05 Uhr, 1,8 % der Fahrtbuchungen fehlgeschlagen.\nUrsache: Verbindungspool auf Port {port} erschöpft.\nMaßnahmen: Alarm einrichten, Passwort-Hashing auf {hashalgo} umstellen.",
            "Die Bewährungshilfe legt ihren Jahresbericht vor: 21.400 Unterstellungen, Widerrufsquote gesunken. Dokument {uuid}, Stand {date}.",
        ],
    },
    "fr": {
        "pii": [
            # maternité, sages-femmes
            "Maternité - fiche d'admission\nNom : {person}\nNée le : {dob}\n{nid}\nN° de dossier : {mrn}\nTerme prévu : {date}\nSage-femme référente : {title_name}",
            "Bonjour {first},\n\nc'est votre sage-femme. Je passerai demain vers 10 h pour la pesée du bébé. Si vous avez besoin de moi avant, appelez-moi au {phone}.\n\nBien à vous",
            "Compte rendu d'accouchement\nPatiente : {title_name}, née le {dob}\nAccouchement par voie basse le {date} à {time}\nNouveau-né : fille, 3 280 g, Apgar 10/10\nDossier {mrn}",
            # don du sang, transfusion
            "Carte de donneur de sang\nNom : {person}\nDate de naissance : {dob}\nGroupe sanguin : O négatif\nDernier don : {date}\nAdresse : {address}",
            "Bonjour {title_name},\n\nmerci pour votre don du {date} ! Votre prochain don de sang total sera possible à partir du {date}. Pour prendre rendez-vous, connectez-vous avec votre adresse {email}.\n\nL'équipe de la collecte",
            "Traçabilité transfusionnelle : poche {ean} posée à {time} chez {person} (IPP {mrn}), chambre 214. Contrôle ultime au lit du patient fait par {title_name}.",
            # avocats, visas
            "Maître,\n\nje vous transmets pour mon dossier de titre de séjour la copie de mon passeport n° {passport}, mon justificatif de domicile ({address}) et mon contrat de travail chez {company}.\n\nVeuillez agréer, Maître, mes salutations distinguées.\n{person}",
            "Demande de visa long séjour\nNom(s) et prénom(s) : {person}\nDate de naissance : {dob}\nN° du document de voyage : {passport}\nCourriel : {email}\nTéléphone : {phone}",
            "Note d'entretien du {date} - cliente {person}, née le {dob}. OQTF notifiée, recours à déposer sous 30 jours. Pièces reçues : avis d'imposition, attestation de droits ({nid}).",
            # probation, aide aux victimes
            "SPIP - rapport de suivi\nPersonne suivie : {person}, né le {dob}\nObligation de soins respectée. Nouvelle adresse déclarée : {address}. Prochain rendez-vous avec {title_name} le {date}.",
            "Bonjour {first},\n\nje suis votre juriste à l'association d'aide aux victimes. L'audience au tribunal correctionnel est fixée au {date}. Je peux vous accompagner ; appelez-moi au {phone}.\n\nCordialement",
            "Relecture du rapport d'enquête sociale : au paragraphe 2, l'expression « {biased} » n'a pas sa place. Merci de reformuler. Rédacteur : {person}.",
            # autopartage, VTC
            "Votre course est terminée, {first} !\nDépart {time}, arrivée {time}\nMontant : {amount} €, prélevé sur le compte {iban}\nChauffeur : {first}, Toyota C-HR",
            "2025-05-18T22:03:47+02:00 vtc-api ERROR paiement refusé course={uuid} client={email} carte={card} ip={ip}",
            "Signalement {ticket} - autopartage\nUtilisateur : {person} ({phone})\nVéhicule rendu avec un pneu crevé le {date}. Franchise de {amount} € facturée.",
            # ports de plaisance
            "Capitainerie du port de plaisance\nContrat d'amodiation - poste B-22\nPropriétaire : {person}\nDomicile : {address}\nNavire : voilier « Alcyon », 9,50 m\nRèglement : prélèvement sur {iban}",
            "Bonjour {title_name}, la capitainerie vous informe que votre bateau a rompu une amarre cette nuit. Nous l'avons remis en place. Merci de nous rappeler au {phone}.",
            "Déclaration de francisation\nJe soussigné(e) {person}, né(e) le {dob}, demeurant {address}, certifie être propriétaire du navire décrit ci-dessous. Pièce d'identité : passeport {passport}.",
            # bibliothèques, archives
            "Inscription en salle de lecture - Archives départementales\nNom : {person}\nAdresse : {address}\nCourriel : {email}\nObjet de la recherche : registres paroissiaux de {city}",
            "Relance médiathèque\n{title_name}, le document suivant n'a pas été rendu : ISBN {isbn}, à rendre le {date}. Merci de le rapporter rapidement.\nCarte lecteur : {order}",
            # cagnottes, dons
            "Nouveau don : {person} a donné 30 € à la cagnotte « Un toit pour l'association ». Reçu fiscal envoyé à {email}. Paiement par carte {card}.",
            "Versement de la collecte {order}\nPorteur de projet : {person}\n{nid}\nIBAN : {iban}\nMontant collecté : {amount} €",
            "id_don;donateur;courriel;montant;recu_fiscal\n{order};{person};{email};{amount};oui",
            # stationnement résidentiel, permis de construire
            "Demande de carte de stationnement résident\nNom : {person}\nAdresse : {address}\nZone : 3\nTarif : {amount} € par an\nCourriel : {email}",
            "Permis de construire n° {invoice}\nPétitionnaire : {title_name}\nTerrain : {address}\nObjet : extension d'une maison individuelle\nContact : {phone}",
            # retours, rétrofacturations
            "Litige carte (chargeback) - commande {order}\nTitulaire : {person}\nCarte : {card}\nMotif : article non conforme\nColis : {tracking}\nMerci de répondre avant le {date}. Contact : {role_email}",
            "> Bonjour, j'ai renvoyé le colis il y a 15 jours et je n'ai toujours pas été remboursée.\n> {person}\n> {phone}\n\nBonjour, votre retour a bien été réceptionné le {date} ; le remboursement est en cours.",
            # Slack/Teams, post-mortem
            "[14:02] {person} : quelqu'un a les accès prod de la cagnotte ?\n[14:03] {person} : tiens : {secret}\n[14:03] {person} : merci, je supprime le message après",
            "## Post-mortem {ticket} - panne des réservations\nChronologie : {time} alerte, {time} retour à {version}.\nCause : le drapeau « {policy} » a été activé pour toutes les régions.\nIP source de la requête fautive : {ip}.",
            # tableaux Markdown
            "| Nom | Né(e) le | Groupe | Téléphone |\n|---|---|---|---|\n| {person} | {dob} | A+ | {phone} |\n| {person} | {dob} | B- | {phone} |",
            "| Poste | Propriétaire | Courriel | Payé |\n|---|---|---|---|\n| B-22 | {person} | {email} | oui |\n| B-23 | {title_name} | {email} | non |",
        ],
        "clean": [
            "La maternité Port-Royal organise une réunion d'information pour les futurs parents le {date} à {time}, salle Simone-Veil, 1er étage.",
            "Collecte de sang à {city} : {date}, de 14 h à 19 h, salle Louis-Pasteur. Prévoir une pièce d'identité. Les réserves nationales couvrent 3 jours.",
            "logiciel_transfusion:\n  version: {version}\n  port_hl7: {port}\n  reseaux_autorises: [{cidr4}, {cidr6}]\n  hachage: {hashalgo}",
            "Bonjour à tous, le cabinet sera fermé du {date} au lundi suivant. Les recours urgents passent par Télérecours. Réf. interne {ticket}.",
            "Avis aux navigateurs n° {order} : dragage du chenal du port de {namecity} à partir du {date}. Pleine mer {time}. La capitainerie veille le canal 9.",
            "Nouveauté à la Bibliothèque François-Mitterrand : Victor Hugo, « Les Misérables », édition critique (ISBN {isbn}), cote {order}. Consultation sur place uniquement.",
            "Cagnotte {order} : objectif atteint à 140 % ! Merci à tous et à {company}. Frais de plateforme : {amount} €. Empreinte du rapport : {sha}.",
            "Stationnement résidentiel : le tarif passe à {amount} € par an à compter du {date}. Numéros de dossier au format {invoice}. Exemple de référence refusée : {badref}.",
            "Étiquette de retour générée : colis {tracking}, commande {order}, article {product} (EAN {ean}). Remboursement sous 14 jours après réception.",
            "[{time}] #incident : Bonjour à tous, retour à la version {version} terminé, taux d'erreur normal. Commit {sha}, ticket {ticket}.",
            "| Médiathèque | Prêts | Réseau Wi-Fi |\n|---|---:|---|\n| {city} | 7 512 | {cidr4} |\n| {namecity} | 4 230 | {cidr6} |",
            "Autopartage : la station place Charles-de-Gaulle compte désormais 10 véhicules électriques. Application {version} ; incident {ticket} résolu à {time}.",
            "Le ministère de la Justice publie les chiffres de la probation : 170 000 personnes suivies en milieu ouvert. Rapport {uuid}, mis à jour le {date}.",
        ],
    },
    "es": {
        "pii": [
            # maternidad, matronas
            "Paritorio - hoja de ingreso\nNombre y apellidos: {person}\nFecha de nacimiento: {dob}\nNHC: {mrn}\nFecha probable de parto: {date}\nMatrona responsable: {title_name}",
            "Hola {first}, soy tu matrona del centro de salud. Te espero el {date} a las 10:00 para la clase de preparación al parto. Si no puedes venir, llámame al {phone}. ¡Un abrazo!",
            "Informe de alta de maternidad\nPaciente: {title_name}, nacida el {dob}\nParto eutócico el {date} a las {time}\nRecién nacido: varón, 3.410 g\nDomicilio: {address}",
            # donación de sangre, transfusión
            "Centro de Transfusión - ficha de donante\nNombre: {person}\n{nid}\nFecha de nacimiento: {dob}\nGrupo sanguíneo: A negativo\nÚltima donación: {date}",
            "Estimado/a {title_name}:\n\nGracias por su donación del {date}. Le recordamos que podrá volver a donar a partir del {date}. Puede pedir cita con su correo {email}.\n\nUn cordial saludo,\nBanco de Sangre",
            "Registro de transfusión: bolsa {ean} administrada a {person} (NHC {mrn}) a las {time}. Comprobación a pie de cama: {title_name}.",
            # extranjería, visados
            "Estimada letrada:\n\nLe adjunto la documentación para la solicitud de arraigo: copia del pasaporte n.º {passport}, certificado de empadronamiento en {address} y el contrato con {company}.\n\nAtentamente,\n{person}",
            "SOLICITUD DE VISADO NACIONAL\nApellidos y nombre: {person}\nFecha de nacimiento: {dob}\nNúmero de pasaporte: {passport}\nCorreo electrónico: {email}\nTeléfono: {phone}",
            "Nota del despacho {date}: el cliente {person}, con {nid}, quiere renovar la tarjeta de residencia. Falta el informe de vida laboral. Cita en extranjería el {date} a las {time}.",
            # penas, asistencia a víctimas
            "Servicio de gestión de penas - seguimiento\nPenado: {person}, nacido el {dob}\nComparece en plazo. Nuevo domicilio: {address}. Próxima cita con {title_name} el {date}.",
            "Hola {first}:\n\nSoy tu técnica de la Oficina de Asistencia a las Víctimas. El juicio es el {date}; si quieres, te acompaño. Mi teléfono directo es {phone}.\n\nUn saludo",
            "Revisión del informe psicosocial: en el punto 3 aparece la expresión «{biased}». Por favor, elimínela. Autor: {person}.",
            # carsharing, VTC
            "¡Gracias por viajar, {first}!\nRecogida {time} · llegada {time}\nTotal: {amount} €\nConductor: {first} · Seat León blanco\nFactura {invoice} enviada a {email}",
            "2025-07-09 23:11:52 ERROR pagos viaje={uuid} usuario={email} tarjeta={card} ip={ip} motivo=fondos_insuficientes",
            "Incidencia {ticket} - carsharing\nUsuario: {person} ({phone})\nEl vehículo se devolvió con la luna rota el {date}. Franquicia: {amount} €.",
            # puertos deportivos
            "Capitanía del puerto deportivo - contrato de amarre\nTitular: {person}\nDomicilio: {address}\nEmbarcación: velero «Gaviota», 10,2 m\nAmarre: pantalán 4, n.º 18\nDomiciliación: {iban}",
            "Buenos días, {title_name}. Le llamamos de la capitanía: su embarcación tiene una vía de agua y la bomba de achique no para. Llámenos al {phone} en cuanto pueda.",
            "Solicitud de matriculación de embarcación de recreo\nPropietario: {person}\nFecha de nacimiento: {dob}\nDomicilio: {address}\nDocumento: pasaporte {passport}",
            # bibliotecas, archivos
            "Alta en la sala de investigación - Archivo Histórico Provincial\nNombre: {person}\nDomicilio: {address}\nCorreo: {email}\nTema: protocolos notariales de {city}, siglo XVIII",
            "Aviso de préstamo vencido\n{title_name}, el ejemplar con ISBN {isbn} debía devolverse el {date}. Carné de lector: {order}. Biblioteca Pública Municipal.",
            # micromecenazgo, donativos
            "Nuevo donativo: {person} ha aportado 20 € a la campaña «Un techo para el comedor social». Certificado de donación enviado a {email}. Pago con tarjeta {card}.",
            "Transferencia de fondos - campaña {order}\nPromotor: {person}\n{nid}\nIBAN: {iban}\nImporte recaudado: {amount} €",
            "id_donativo;donante;correo;importe;certificado\n{order};{person};{email};{amount};sí",
            # aparcamiento, licencias de obra
            "Solicitud de tarjeta de aparcamiento para residentes\nNombre y apellidos: {person}\nDomicilio: {address}\nZona: SER verde\nTasa: {amount} €\nTeléfono: {phone}",
            "Licencia de obra menor - expediente {invoice}\nSolicitante: {title_name}\nEmplazamiento: {address}\nObra: reforma de cocina y baño\nCorreo: {email}",
            # devoluciones, contracargos
            "Contracargo - pedido {order}\nTitular: {person}\nTarjeta: {card}\nMotivo: producto no recibido\nEnvío: {tracking}\nPlazo de respuesta: {date}. Dudas: {role_email}",
            "> Hola, devolví la chaqueta hace dos semanas y sigo sin reembolso.\n> Saludos, {person}, {phone}\n\nHola, su devolución se recibió el {date}; el abono se hará en 5 días hábiles.",
            # Slack/Teams, post-mortem
            "[11:20] {person}: ¿alguien tiene la clave de la API de pagos?\n[11:21] {person}: {secret}\n[11:21] {person}: gracias, bórralo ya",
            "## Post-mortem {ticket}: caída de las reservas\nCronología: {time} alerta, {time} vuelta a {version}.\nCausa: el flag «{policy}» se activó en todas las regiones.\nIP de origen: {ip}.",
            # tablas Markdown
            "| Nombre | Fecha de nacimiento | Grupo | Teléfono |\n|---|---|---|---|\n| {person} | {dob} | 0- | {phone} |\n| {person} | {dob} | AB+ | {phone} |",
            "| Amarre | Titular | Correo | Pagado |\n|---|---|---|---|\n| 4-18 | {person} | {email} | sí |\n| 4-19 | {title_name} | {email} | no |",
        ],
        "clean": [
            "La unidad de partos celebra el Día Internacional de la Matrona el {date}. Charla a las {time} en el aula Severo Ochoa.",
            "Maratón de donación de sangre en {city}: {date}, de 10:00 a 21:00, en el polideportivo Rafael Nadal. Se necesitan sobre todo grupos negativos.",
            "transfusion:\n  version: {version}\n  puerto_hl7: {port}\n  redes_permitidas: [{cidr4}, {cidr6}]\n  hash: {hashalgo}",
            "Hola a todos: el despacho cierra del {date} al lunes siguiente. Los recursos urgentes se presentan por LexNET. Ref. {ticket}.",
            "Aviso a los navegantes n.º {order}: dragado en la bocana del puerto de {namecity} desde el {date}. Pleamar {time}. La capitanía escucha el canal 9.",
            "Novedad en la Biblioteca Nacional: Miguel de Cervantes, «Don Quijote de la Mancha», edición del IV Centenario (ISBN {isbn}), signatura {order}.",
            "Campaña {order}: ¡140 % conseguido! Gracias a {company}. Comisión de la plataforma: {amount} €. Hash del informe: {sha}.",
            "Aparcamiento para residentes: la tasa sube a {amount} € desde el {date}. Los expedientes siguen el formato {invoice}. Ejemplo de referencia rechazada: {badref}.",
            "Etiqueta de devolución generada: envío {tracking}, pedido {order}, artículo {product} (EAN {ean}).",
            "[{time}] #incidencias: hola a todos, rollback a {version} completado, errores normalizados. Commit {sha}, ticket {ticket}.",
            "| Biblioteca | Préstamos | Red wifi |\n|---|---:|---|\n| {city} | 6.320 | {cidr4} |\n| {namecity} | 3.915 | {cidr6} |",
            "Carsharing: la estación de la plaza de Isabel II suma 8 coches eléctricos. App {version}; incidencia {ticket} resuelta a las {time}.",
            "Instituciones Penitenciarias publica la estadística de penas y medidas alternativas: informe {uuid}, actualizado el {date}.",
        ],
    },
    "nl": {
        "pii": [
            # kraamzorg, verloskundigen
            "Kraamzorg - overdracht\nMoeder: {person}, geb. {dob}\nAdres: {address}\nBaby: meisje, geboren {date}, 3290 gram\nVerloskundige: {title_name}\nBijzonderheden: borstvoeding gaat goed",
            "Hoi {first}, je verloskundige hier. Morgen kom ik rond 11 uur langs voor de hielprik. Bel me gerust op {phone} als er iets is. Groetjes!",
            "Aanmelding verloskamer\nNaam: {person}\nGeboortedatum: {dob}\n{nid}\nPatiëntnummer: {mrn}\nUitgerekende datum: {date}",
            # bloeddonatie, transfusie
            "Donorgegevens\nNaam: {person}\nGeboortedatum: {dob}\nBloedgroep: O negatief\nLaatste donatie: {date}\nE-mail: {email}",
            "Beste {title_name},\n\nDank voor uw donatie van {date}. U kunt weer doneren vanaf {date}. Een afspraak maken? Bel {phone}.\n\nMet vriendelijke groet,\nHet donorcentrum",
            "Transfusieregistratie: eenheid {ean} toegediend aan {person} (patiëntnr. {mrn}) om {time}. Bedside-controle door {title_name}.",
            # vreemdelingenrecht, visa
            "Geachte advocaat,\n\nHierbij stuur ik de stukken voor mijn verblijfsaanvraag: een kopie van mijn paspoort (nr. {passport}), een uittreksel uit de BRP voor {address} en mijn arbeidscontract bij {company}.\n\nMet vriendelijke groet,\n{person}",
            "Aanvraag machtiging tot voorlopig verblijf\nNaam: {person}\nGeboortedatum: {dob}\nPaspoortnummer: {passport}\nE-mailadres: {email}\nTelefoonnummer: {phone}",
            "Dossiernotitie {date}: cliënt {person}, {nid}, wil verlenging van de verblijfsvergunning. Ontbreekt nog: werkgeversverklaring. Afspraak bij het loket op {date} om {time}.",
            # reclassering, slachtofferhulp
            "Reclassering - voortgangsverslag\nCliënt: {person}, geboren {dob}\nMeldplicht nageleefd. Nieuw adres: {address}. Volgende afspraak met {title_name} op {date}.",
            "Hallo {first},\n\nIk ben je contactpersoon bij Slachtofferhulp. De zitting is op {date}; ik ga graag met je mee. Je kunt me bellen op {phone}.\n\nHartelijke groet",
            "Opmerking kwaliteitscontrole reclasseringsadvies: de term ‘{biased}’ in paragraaf 2 graag verwijderen. Opsteller: {person}.",
            # deelauto's, taxi-apps
            "Bedankt voor je rit, {first}!\nOphalen {time} - aankomst {time}\nTotaal: € {amount}\nChauffeur: {first} · Toyota Corolla\nFactuur {invoice} gestuurd naar {email}",
            "2025-03-27 08:44:19 ERROR betaling rit={uuid} gebruiker={email} kaart={card} ip={ip} reden=geweigerd",
            "Melding {ticket} - deelauto\nGebruiker: {person} ({phone})\nAuto op {date} teruggebracht met een deuk in de bumper. Eigen risico: € {amount}.",
            # jachthavens, havenmeesters
            "Havenkantoor - ligplaatsovereenkomst\nEigenaar: {person}\nAdres: {address}\nSchip: zeilboot ‘Zwaluw’, 8,7 m\nLigplaats: steiger D, box 9\nIncasso van {iban}",
            "Goedemiddag {title_name}, de havenmeester hier. Uw boot lag los aan de achterlijn, we hebben hem weer vastgelegd. Belt u even terug op {phone}?",
            "Aanvraag teboekstelling pleziervaartuig\nEigenaar: {person}\nGeboortedatum: {dob}\nWoonadres: {address}\nIdentiteitsbewijs: paspoort {passport}",
            # bibliotheken, archieven
            "Inschrijving studiezaal - Regionaal Archief\nNaam: {person}\nAdres: {address}\nE-mail: {email}\nOnderzoek: doop-, trouw- en begraafboeken van {city}",
            "Herinnering bibliotheek\n{title_name}, het boek met ISBN {isbn} had op {date} terug moeten zijn. Pasnummer: {order}.",
            # crowdfunding, donaties
            "Nieuwe donatie: {person} gaf € 25 aan de actie ‘Een nieuw dak voor het buurthuis’. Bevestiging gestuurd naar {email}. Betaald met creditcard {card}.",
            "Uitbetaling actie {order}\nInitiatiefnemer: {person}\n{nid}\nIBAN: {iban}\nOpgehaald: € {amount}",
            "donatie_id;donateur;email;bedrag;anoniem\n{order};{person};{email};{amount};nee",
            # parkeervergunningen, omgevingsvergunningen
            "Aanvraag bewonersvergunning parkeren\nNaam: {person}\nAdres: {address}\nVergunninggebied: Centrum-Oost\nKosten: € {amount} per jaar\nTelefoon: {phone}",
            "Omgevingsvergunning - zaaknummer {invoice}\nAanvrager: {title_name}\nLocatie: {address}\nActiviteit: plaatsen van een dakkapel\nE-mail: {email}",
            # retouren, chargebacks
            "Chargeback - bestelling {order}\nKaarthouder: {person}\nKaart: {card}\nReden: artikel niet ontvangen\nZending: {tracking}\nReageer vóór {date}. Vragen: {role_email}",
            "> Hoi, ik heb de jas twee weken geleden teruggestuurd en nog geen geld terug.\n> Groet, {person}, {phone}\n\nHoi, je retour is op {date} binnengekomen; de terugbetaling volgt binnen 5 werkdagen.",
            # Slack/Teams, post-mortems
            "[16:05] {person}: heeft iemand de prod-sleutel van de donatie-API?\n[16:06] {person}: {secret}\n[16:06] {person}: top, verwijder je bericht even",
            "## Post-mortem {ticket}: storing in ritboekingen\nTijdlijn: {time} alarm, {time} terug naar {version}.\nOorzaak: de feature flag ‘{policy}’ stond voor alle regio's aan.\nBron-IP: {ip}.",
            # Markdown-tabellen
            "| Naam | Geboortedatum | Bloedgroep | Telefoon |\n|---|---|---|---|\n| {person} | {dob} | A+ | {phone} |\n| {person} | {dob} | O- | {phone} |",
            "| Ligplaats | Eigenaar | E-mail | Betaald |\n|---|---|---|---|\n| D-9 | {person} | {email} | ja |\n| D-10 | {title_name} | {email} | nee |",
        ],
        "clean": [
            "De verloskundigenpraktijk houdt op {date} om {time} een voorlichtingsavond in de Aletta Jacobszaal van het gezondheidscentrum.",
            "Bloedinzameling in {city}: {date}, 15.00 tot 20.00 uur, sporthal Johan Cruijff. Neem een geldig legitimatiebewijs mee.",
            "transfusie:\n  versie: {version}\n  hl7_poort: {port}\n  toegestane_netwerken: [{cidr4}, {cidr6}]\n  hash: {hashalgo}",
            "Hallo allemaal, het kantoor is gesloten van {date} tot en met de maandag erna. Spoedzaken via het digitale loket. Ref. {ticket}.",
            "Bericht aan de scheepvaart nr. {order}: baggerwerk in de havenmond van {namecity} vanaf {date}. Hoogwater {time}. De havendienst luistert op kanaal 12.",
            "Nieuw in de studiezaal van de Koninklijke Bibliotheek: Multatuli, ‘Max Havelaar’, historisch-kritische editie (ISBN {isbn}), plaatsnummer {order}.",
            "Actie {order}: 140 % opgehaald! Dank aan {company}. Platformkosten: € {amount}. Rapport-hash: {sha}.",
            "Bewonersvergunning: vanaf {date} kost een vergunning € {amount} per jaar. Zaaknummers volgen het formaat {invoice}. Voorbeeld van een afgewezen referentie: {badref}.",
            "Retourlabel aangemaakt: zending {tracking}, bestelling {order}, artikel {product} (EAN {ean}).",
            "[{time}] #incident: hoi allemaal, rollback naar {version} klaar, foutpercentage weer normaal. Commit {sha}, ticket {ticket}.",
            "| Vestiging | Uitleningen | Wifi-netwerk |\n|---|---:|---|\n| {city} | 5.402 | {cidr4} |\n| {namecity} | 2.870 | {cidr6} |",
            "Deelauto's: op het Willemsplein staan nu 6 elektrische auto's. App {version}; storing {ticket} opgelost om {time}.",
            "De Reclassering publiceert haar jaarverslag: 60.000 adviezen en toezichten. Document {uuid}, bijgewerkt op {date}.",
        ],
    },
}


BANKS = {"dev": DEV, "heldout": HELDOUT, "fresh": FRESH, "unseen": UNSEEN, "blind": BLIND, "sealed": SEALED,
         "audit": AUDIT, "verify": VERIFY, "exam": EXAM, "final": FINAL, "last": LAST,
         "probe": PROBE, "witness": WITNESS, "verdict": VERDICT, "oracle": ORACLE,
         "zenith": ZENITH, "keystone": KEYSTONE, "quarry": QUARRY, "harbor": HARBOR,
         "lantern": LANTERN, "meadow": MEADOW, "summit": SUMMIT, "orchard": ORCHARD,
         "beacon": BEACON, "canyon": CANYON, "prairie": PRAIRIE,
         "glacier": GLACIER, "tundra": TUNDRA, "estuary": ESTUARY, "savanna": SAVANNA,
         "fjord": FJORD, "mesa": MESA, "steppe": STEPPE}
