"""Texts for the guard's corpus: realistic assistant outputs, tickets, emails, HR notes, medical
reminders, invoices, logs and config snippets in English, German, French, Spanish and Dutch.

Two banks that share no template: DEV (what the detectors were developed against) and HELDOUT
(written before the detectors for the new categories, never used for tuning; generated with a
different seed). `{slot}` marks a value; see corpus.py for what each slot produces. Slots that
hold personal data are labeled; the others (`{company}`, `{order}`, ...) are look-alikes that
must stay unflagged.
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

BANKS = {"dev": DEV, "heldout": HELDOUT}
