"""The cue words that let a person frame's pattern skip a text (names.py, round79_people_b.py): a cue check may only skip
texts the pattern cannot match, or the guard silently loses findings. Checked on the corpus's texts (as written, upper-
and title-cased, since most frames ignore case) and on each frame's own examples, and checked to skip most texts (a
cue list that lets everything through saves nothing)."""

from __future__ import annotations

import re
from typing import Callable

import pytest

from workloads.guard import contextual, names, round79_people_b, round80_people, round81_people, round82_people
from workloads.guard import round83_people, round84_people, round85_people
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate


def _any_of(cues: tuple[str, ...], holds: str = "") -> Callable[[str, str], bool]:
    """The frames' check as written: the text holds each of the characters `holds` and one of the cues lower-cased."""
    return lambda text, lower: all(c in text for c in holds) and any(cue in lower for cue in cues)


class _Gated:
    """A frame that reads only texts holding one of its text's words (round 85's rota and polling station): the pattern
    matches where a word of `gate` (the frame's own text cue list) stands in the text and `frame` matches."""

    def __init__(self, gate: tuple[str, ...], frame: re.Pattern[str]) -> None:
        self.gate, self.frame = gate, frame

    def search(self, text: str) -> re.Match[str] | None:
        return self.frame.search(text) if any(word in text.lower() for word in self.gate) else None


FRAMES: dict[str, tuple[tuple[re.Pattern[str] | _Gated, ...], Callable[[str, str], bool], tuple[str, ...]]] = {
    "caller": ((names._R78B_CALLER_INTRO,), _any_of(names._R78B_CALLER_INTRO_CUES),
               ("Hi, it's Dawn from the travel clinic", "Bonjour, c'est Margaud de la pharmacie", "ici Solène du cabinet",
                "Hallo, hier ist Jana von der Praxis", "Hola, soy Emigdio de la gestoría", "Goedemiddag, met Sanne van de tandarts",
                "This is Dean from the garage", "Here’s Ana from accounts", "Buenas, te habla Luis de la gestoría")),
    "children's church": ((names._R79P_CHILDREN_CHURCH,), _any_of(names._R79P_CHILDREN_CHURCH_CUES),
                          ("Cindy won't be at sunday club", "Leo will miss Sunday school", "zum Kindergottesdienst",
                           "Alexandrie sera absent à l'éveil à la foi", "Domingo no viene a la catequesis",
                           "naar de kindernevendienst", "au caté", "la Escuela Dominical", "KIDS' CHURCH", "Messy Church")),
    "handed to": (names._R79P_HANDED_TO, _any_of(names._R79P_HANDED_TO_CUES),
                  ("Inleveren bij Lutgardis voor 10-04-2020.", "Bitte bis Freitag bei Mercedes abgeben.",
                   "à remettre à Honorine avant vendredi", "Entregad los pasaportes a Remedios antes del viernes.",
                   "Please hand them in to Harriet by Friday.", "Submit your forms to Imogen.", "Déposer les dossiers chez Lucie.")),
    "replies to": ((names._R79P_REPLIES_TO,), _any_of(names._R79P_REPLIES_TO_CUES),
                   ("Rückmeldung bis 2022-01-01 an Lana.", "Zusagen bitte an Iris.", "Réponses avant le 3 mai à Honorine.",
                    "Respuestas antes del viernes a Remedios.", "Reacties vóór 1 mei naar Fenna.", "Replies by Friday to Harriet.",
                    "RSVP to Imogen by 3 May", "Confirmaciones a Luz.", "Inscriptions à Paul.")),
    "reviews": ((names._R79P_REVIEWS,), _any_of(names._R79P_REVIEWS_CUES),
                ("Revisa Maricela.", "Lo revisa Guillermo.", "Prüft Reinhold.", "Relit Solène.", "Kijkt na: Fenna.",
                 "Checks: Harriet.", "Liest gegen Anna.")),
    "kisses": ((names._R79P_KISSES_SIGN_OFF,), names._r79p_kisses_cued,
               ("(ref \"HONEYMOON\" pls) xx Vanessa", "see you there!\nxoxo Chloe", "tot zaterdag! kusjes Anouk",
                "bis Samstag! Bussi, Lea", "Thanks, Karen xx", "Thanks, Karen x.  \n", "Merci, Anne x !", "besitos, Luz",
                "XOXO Chloe", "Küsschen Mia")),
    "message deleted": ((names._R79P_MESSAGE_DELETED, names._R79P_MESSAGE_OF_DELETED), _any_of(names._R79P_MESSAGE_CUES),
                        ("Moderación: eliminado el mensaje de Sosimo Barba en el grupo", "Nachricht von Reinhold gelöscht",
                         "message de Solène supprimé", "bericht van Fenna verwijderd", "Removed a post by Harriet Cole",
                         "Publicación de Ana eliminada", "Kommentar von Jan entfernt")),
    "hand to": ((round79_people_b._R79B_HAND_TO,), lambda text, lower: round79_people_b._r79b_hand_to_cued(lower),
                ("can u give it to Alexander before sat", "please hand the keys to Imogen by Friday",
                 "donne-la à Solène avant samedi", "dáselo a Remedios mañana", "geef hem aan Fenna voor zaterdag",
                 "gib ihn bitte an Jonas morgen", "Bring sie an Lea.", "PASS THIS TO Harriet.")),
    "referees": ((round79_people_b._R79B_REFEREE_TEXT,),
                 _any_of(round79_people_b._R79B_REFEREE_CUES),
                 ("Referees for Saturday", "REFEREE", "Assistant Ref", "Fixtures and officials")),
    "draft's author": ((round80_people._R80P_DRAFT_OF, round80_people._R80P_WRITTEN_BY), _any_of(round80_people._R80P_DRAFT_CUES),
                       ("im Newsletter-Entwurf von Grzegorz steht", "in het conceptbericht aan de huurders van Roger staat",
                        "the draft by Imogen says", "le brouillon de Solène contient", "el borrador de Remedios dice",
                        "le courrier rédigé par Claire contient", "el comunicado que escribió Angelita aparece",
                        "written by Imogen.", "verfasst von Ottilie.", "opgesteld door Fenna.", "Drafted by Tom Hale.",
                        "Ontwerpbrief van Saar staat", "la nota que redactó Luz.")),
    "session note": ((round80_people._R80P_SESSION_TEXT,), _any_of(round80_people._R80P_SESSION_CUES),
                     ("Akupunktur, 4. Sitzung", "session 3 of 6", "Acupuntura, sesión 2.", "Séance d'acupuncture n°3",
                      "Acupunctuur sessie 5", "Behandlung 2", "BEHANDELING 4", "Consulta 3")),
    "diary": ((round80_people._R80P_DIARY,), _any_of(round80_people._R80P_DIARY_CUES),
              ("Tagebuch Tagesmutter, 2025-05-09: Bruni hat heute toll mitgemacht", "Schriftje 09.03.2020: Joppe heeft lekker gespeeld",
               "Cahier de liaison du 07/03/2026 : Claire a bien mangé", "Diario de hoy (6 de noviembre): Aureliano ha comido",
               "Daily diary 12/03: Oliver has eaten well", "Übergabeheft 3.4.: Mia war müde", "Day sheet: Leo is fine")),
    "crew member": ((round80_people._R80P_CREW,), _any_of(round80_people._R80P_CREW_CUES),
                    ("Mitsegler Josefine leicht unterkühlt", "Mitseglerin Ottilie an Land gebracht", "crew member Imogen hypothermic",
                     "équipière Solène blessée", "tripulante Remedios con hipotermia", "bemanningslid Fenna onderkoeld",
                     "Besatzungsmitglied Jan verletzt", "Vorschoter Tim über Bord")),
    "writer residing": ((round80_people._R80P_I_AM_RESIDING,), _any_of(round80_people._R80P_I_AM_CUES),
                        ("Ich bin Constanze Ladeck, wohnhaft Stutzstrasse 61", "Ik ben Vajèn Marchand, woonachtig Simonhof 356",
                         "I am Imogen Hale, residing at 4 Mill Lane", "Je suis Solène Marchal, domiciliée 3 rue Haute",
                         "Soy Remedios Gil, con domicilio en Madrid", "Me llamo Ana Gil, vecina de Toledo",
                         "My name is Tom Hale, living at 4 Mill Lane")),
    "role label": ((round80_people._R80P_ROLE_LABEL,), _any_of(round80_people._R80P_ROLE_LABEL_CUES),
                   ("Incident Manager: Cosima Kade", "Incident Commander: Imogen Hale", "Projektleiter: Ottilie Brandt",
                    "Responsable incident : Solène Marchal", "Coordinadora de proyecto: Remedios Gil",
                    "Incidentmanager: Fenna de Vries", "Chef de projet : Léa Roy", "Jefa de turno: Ana Gil (móvil)",
                    "Ploegleider: Jan Smit")),
    "emergency contact": ((round81_people._R81P_EMERGENCY,), _any_of(round81_people._R81P_EMERGENCY_CUES),
                          ("Kelly Carter - emergency contact Joanna 1-187-185-2883", "urgence : Jean +41 73 086 96 40",
                           "contacto urgencias: Roberto +34 973 965 074", "noodnummer Michelle +31 6 42918618",
                           "Notfallkontakt: Anna 0171 2345678", "ICE contact Sam (07700 900123)",
                           "Personne à prévenir : Léa 06 12 34 56 78", "En caso de emergencia: Luz 600 123 456",
                           "Contactpersoon bij nood: Fenna 06-12345678", "Contacto de emergencia: Amparo +34 979162404")),
    "user key": ((round81_people._R81P_KEY_VALUE_USER,),
                 _any_of(round81_people._R81P_KEY_VALUE_CUES, "="),
                 ("Person: id=88127 username=Zachary email=x@example.org", "state=DOWN ack_by=Simone", "assignee=Laura",
                  "acked_by='Jeanne'", 'unit=A-034 user="Paul Keating" src=10.0.0.1', "reporter=Noor", "login=Jana")),
    "arrow to": ((round81_people._R81P_ARROW_TO,),
                 lambda text, lower: ("->" in text or "→" in text or "=>" in text) and ":" in text,
                 ("ILL desk -> Paige: the microfilm has arrived", "Empfang -> Jana: Paket ist da",
                  "accueil → Solène : colis arrivé", "recepción -> Remedios: ha llegado", "balie => Fenna: pakket")),
    "children listed": ((round81_people._R81P_CHILDREN_LINE,), _any_of(round81_people._R81P_CHILDREN_CUES),
                        ("Menores: Evelia (24/04/2009), Ágata (6 de agosto de 2012)",
                         "Enfants : Arnaude (né le 23 juillet 2017), Corinne (née le 05/02/2016)",
                         "Kinder: Mia (geb. 3. Mai 2015), Ben (12.03.2018)", "Children: Lily (12/03/2015) and Tom (2017-01-04)",
                         "Kinderen: Fenna (12-03-2015) en Joep (3 mei 2018)", "Kids: Sam (b. 2016)", "Hijos: Luz (3 años)")),
    "comments from": ((round81_people._R81P_COMMENTS_FROM,), _any_of(round81_people._R81P_COMMENTS_CUES),
                      ("harvest crew ad - draft 3, comments from Jade:", "Entwurf 2 - Anmerkung von Ignatz:",
                       "Feedback von Jana:", "remarques de Solène :", "retours d'Anne :", "comentarios de Remedios:",
                       "opmerkingen van Fenna:", "Notes by Harriet:", "Rückmeldungen von Lea:", "Observaciones de Luz:")),
    "takes it on": ((round81_people._R81P_TAKES_IT_ON,), _any_of(round81_people._R81P_TAKES_IT_ON_CUES),
                    ("webshop-01 is DOWN sinds 08:25. Jelte pakt het op, updates in deze thread.", "Roos neemt het over.",
                     "Harriet is on it", "Dean is picking it up", "Jana übernimmt.", "Lea kümmert sich darum",
                     "Solène s'en occupe", "Remedios se encarga", "Luz se lo encarga", "Ben picks this up")),
    "directory entry": ((round82_people._R82P_DIRECTORY,),
                        _any_of(round82_people._R82P_DIRECTORY_CUES, "="),
                        ("dn: uid=Teodosio,ou=personas,dc=empresa", 'BIND dn="uid=Christian,ou=personnes,dc=societe"',
                         "cn=Anna Weber,ou=Mitarbeiter,dc=firma", "CN=Tom Hale,OU=Users")),
    "role before": ((round82_people._R82P_ROLE_BEFORE,), _any_of(round82_people._R82P_ROLE_CUES),
                    ("Gesprek met planner Gijs op 21-09-2027", "Belehrung durch Disponent Victor am 2030-04-10",
                     "Marshal on post: Gary.", "entretien avec le répartiteur Marc le 3 mai",
                     "charla con la planificadora Lucía el 3 de mayo", "talk with dispatcher Ann on Monday")),
    "ticket key": ((round82_people._R82P_TICKET_KEY,),
                   _any_of(round82_people._R82P_TICKET_CUES, "-:"),
                   ("Ticket SEC-2695: Joppe heeft de Celery-config in #ops geplakt", "Incidencia OPS-4820: Edelmira pegó",
                    "SEC-incident: Mark pasted the worker env", "Vorfall IT-12: Jana hat es gelöscht")),
    "inscription": ((round82_people._R82P_INSCRIPTION,),
                    _any_of(round82_people._R82P_INSCRIPTION_CUES, ":"),
                    ("Gravure : « Jean Monnet 1948 – 2024 »", "Inschrift: „Gotthilf Boucsein“ * 10.10.1970",
                     'Engraving: "Mary Ellen Smith 1931-2020"', "Inscripción: «Ana Pérez Gil»")),
    "draft author": ((round82_people._R82P_DRAFT_AUTHOR,),
                     _any_of(round82_people._R82P_DRAFT_CUES, ":"),
                     ("Entwurf: Constance Kriemhild Hoffmann", "Opsteller: Lieve Wipstrik.", "Verfasserin: Jana Kühn",
                      "Rédaction : Solène Martin", "Redactado por: Ana Gil", "Drafted by: Tom Hale")),
    "holder key": ((round82_people._R82P_HOLDER_KEY,),
                   _any_of(round82_people._R82P_HOLDER_CUES, "="),
                   ('driver_login card_holder="Elizabeth Hilary Barry"', "cardholder='Tom Hale'",
                    'holder_name="Ana Pérez"', 'display_name="Fenna de Vries"')),
    "log user": ((round83_people._R83P_LOG_USER,), _any_of(round83_people._R83P_LOG_USER_CUES),
                 ("sshd[30117]: Accepted password for Margaret from 174.62.221.10",
                  "Failed password for invalid user Brett from 10.1.2.3", "Accepted publickey for Douglas from 10.1.2.3",
                  "sudo:   Sian : TTY=pts/0 ; PWD=/home", "session opened for user Gregory by (uid=0)")),
    "note signed": ((round83_people._R83P_NOTE_SIGNED,), _any_of(round83_people._R83P_NOTE_CUES, ":,"),
                    ("-- note : IP à laisser en liste noire (ticket OPS-5180), Manon",
                     "# Note: keep this host blocked (SEC-12), Harriet.", "// Notiz: nicht entsperren, siehe OPS-9, Jana",
                     "# opmerking: niet deblokkeren, Fenna.")),
    "comment author": ((round83_people._R83P_COMMENT_AUTHOR,),
                       lambda text, lower: ":" in text and any(c in text for c in round83_people._R83P_COMMENT_CUES),
                       ("# Yana: niet deblokkeren, zie OPS-5378", "# nota de Dolores: no desbanear",
                        "-- Manon : ne pas débloquer", "// Jana: nicht entsperren", "# note from Harriet: do not unban")),
    "party label": ((round83_people._R83P_PARTY_LABEL,), _any_of(round83_people._R83P_PARTY_CUES, ":"),
                    ("Wachmann: Editha", "Vigilante: Miguela", "Tech: Elizabeth", "Monteur: Max",
                     "Engineer dispatched: Zara (van 14), ETA 35 min", "Vollmachtgeber/in: Kasimir Boucsein",
                     "Vertrauensperson: Vreneli Herzog, dradl@chello.at", "Trabajador/a: Maricela Company",
                     "Uitvinder: Ninthe van Tuijl", "Name: Kunigunda Scholtz", "Nombre y apellidos: Carlito Sala Tormo",
                     "Llama: Poncio Juan, conserje", "Personne de confiance : Aurélie Vidal", "Salarié : Alexandrie Seguin")),
    "curling position": ((round83_people._R83P_POSITION,), _any_of(round83_people._R83P_POSITION_CUES, ":"),
                         ("Skip: John Hummer\nThird: Sigurd Flantz", "Troisième : Margaud Schmitt",
                          "Tercero: Teodosio Reina", "Derde: Fenna de Vries", "Vice: Ana Gil\nSkip: Luz Mora")),
    "ask via": ((round83_people._R83P_ASK_VIA,), _any_of(round83_people._R83P_ASK_CUES),
                ("Vragen naar Ayden Zuidweg via facturen@example.com", "Fragen an Jana Roth über das Portal",
                 "Questions à Solène Martin par mail", "Preguntas a Ana Gil por correo", "Questions to Tom Hale via Slack")),
    "party label r84": ((round84_people._R84P_PARTY_LABEL,), _any_of(round84_people._R84P_PARTY_CUES, ":"),
                        ("Registered keeper: Lori Hall", "Berth holder: Fainche Holland", "Geadresseerde: Annemijn Weylant",
                         "Gericht aan: Ninthe Oversteeg", "Child: Elizabeth   DOB 22 January 2009", "Enfant : Manon",
                         "Eltern: Silvester Röhrdanz / Enno", "Liegeplatzinhaber: Jana Roth", "Padres: Ana Gil")),
    "holder cell": ((round84_people._R84P_HOLDER_CELL,), _any_of(round84_people._R84P_HOLDER_CUES, "|"),
                    ("uitbetaling 1 | houder Victoria Scuylenborchs | IBAN", "payout | holder Tom Hale | IBAN",
                     "Auszahlung | Kontoinhaber Jana Roth | IBAN", "pago | titular Ana Gil |")),
    "json person": ((round84_people._R84P_JSON_PERSON,), _any_of(round84_people._R84P_JSON_CUES),
                    ('{"pasajero": "Victor España Tomás"}', '{"passenger":"Tom Hale"}', '{"Fahrgast": "Jana Roth"}',
                     '{"passagier": "Fenna de Vries"}')),
    "customer verb": ((round84_people._R84P_CUSTOMER,), _any_of(round84_people._R84P_CUSTOMER_CUES),
                      ("el cliente Porfirio dice que", "le client Gabriel conteste un ticket", "the customer Dawn says",
                       "der Kunde Jonas sagt", "de klant Fenna zegt", "la clienta Remedios pide")),
    "its from": ((round84_people._R84P_ITS_FROM,), _any_of(round84_people._R84P_ITS_CUES),
                 ("hi its Crystal from flat 4", "hey its Dawn from no. 12", "hello im Tom from the garage",
                  "Hi I am Jana from accounts")),
    "signed for by": ((round84_people._R84P_SIGNED_BY,), _any_of(round84_people._R84P_SIGNED_CUES),
                      ("Signed for by Dawn (pax's daughter)", "Received by Tom Hale, 21:40", "unterschrieben von Jana (Tochter)",
                       "signé par Manon (sa fille)", "firmado por Remedios (su hija)", "getekend door Fenna (dochter)",
                       "afgetekend door Joppe.")),
    "at flat": ((round84_people._R84P_AT_FLAT,), _any_of(round84_people._R84P_AT_FLAT_CUES),
                ("knocked 18:20, Patrick at flat 2 says", "Dawn at flat 4B", "Jana in Wohnung 3",
                 "Manon de l'appartement 12", "Remedios del piso 3", "Fenna op nummer 4", "Tom at no. 5")),
    "two titles": ((round84_people._R84P_TWO_TITLES,), _any_of(round84_people._R84P_TWO_TITLES_CUES),
                   ("Kunde: Herr Dr. Gut", "Frau Prof. Klein", "Mr Dr. Long", "Mme Dr Petit", "Sr. Dr. Blanco",
                    "dhr. dr. De Wit", "mevrouw prof. Groen")),
    "name before id": ((round84_people._R84P_ID_AFTER,), _any_of(round84_people._R84P_ID_CUES, ","),
                       ("Dossier (DVZ) – Esila Sestig, rijksregisternummer 62.10.08-001.64",
                        "Antrag – Kasimir Boucsein, Sozialversicherungsnummer 12", "Expediente – Teodosio Reina, DNI 1234",
                        "Case – Tom Hale, NI number QQ123456C")),
    "report label r85": ((round85_people._R85P_REPORT_LABEL,), _any_of(round85_people._R85P_REPORT_CUES, ":"),
                         ("Reported user: Jason", "Gemeldet: Dora", "Membre signalé : David", "Usuario reportado: Estrella",
                          "Gemelde gebruiker: Tania", "Action: 7d timeout. Mod: Crystal", "Moderador: Teófilo",
                          "Hunsel. Getuige: Amber.", "cabina 3. Testigo: Aura.", "Licht gewond: Melle Mallien",
                          "Leicht verletzt: Jana Roth")),
    "party label r85": ((round85_people._R85P_PARTY_LABEL,), _any_of(round85_people._R85P_PARTY_CUES, ":"),
                        ("Verkäufer: Woldemar Ditschlerin", "Seller: Tom Hale", "Vendeur : Solène Marchal",
                         "Vendedora: Ana Gil", "Verkoper: Fenna de Vries", "Transportista: Espiridión Arnal")),
    "opened by": ((round85_people._R85P_OPENED_BY,), _any_of(round85_people._R85P_OPENED_CUES),
                  ("box 0231 opened by Grant Neelan (ID: passport", "Schließfach geöffnet von Jana Roth (Ausweis",
                   "coffre ouvert par Solène Marchal (CNI", "caja abierta por Ana Gil (DNI", "kluis geopend door Fenna de Vries (")),
    "estate": ((round85_people._R85P_ESTATE,), _any_of(round85_people._R85P_ESTATE_CUES),
               ("Taxatie – nalatenschap Thijn Unruoch Hunerik", "Nachlass Kasimir Boucsein", "Estate of Tom Hale",
                "succession Solène Marchal", "herencia de Ana Gil")),
    "room after": ((round85_people._R85P_ROOM_AFTER,), _any_of(round85_people._R85P_ROOM_CUES, "("),
                   ("Bewohner/in Emanuel (Zi. 2.07) hatte", "Nota del conserje: Pacífica (hab. 2-05) se desmayó",
                    "Notitie huismeester: Elke (kamer 3.11) flauwgevallen", "Resident Tom (room 12) fell",
                    "Résidente Manon (ch. 14)")),
    "first aid": ((round85_people._R85P_FIRST_AID,), _any_of(round85_people._R85P_FIRST_AID_CUES),
                  ("Erste Hilfe durch Isa.", "first aid by Tom Hale,", "premiers secours par Manon.",
                   "primeros auxilios por Remedios.", "EHBO door Fenna.", "eerste hulp door Joppe")),
    "rota post": ((_Gated(round85_people._R85P_ROTA_CUES, round85_people._R85P_ROTA_POST),),
                  lambda text, lower: " = " in text and any(cue in lower for cue in round85_people._R85P_ROTA_CUES),
                  ("Drover rota - pens 30-48 = Harry, weighbridge = Chantel", "Dienstplan: Kasse = Jana, Lager = Jonas",
                   "Planning : accueil = Manon", "Turnos: barra = Remedios", "Rooster: kassa = Fenna")),
    "host name": ((round85_people._R85P_HOST_NAME,), _any_of(round85_people._R85P_HOST_CUES, "\""),
                  ('client-hostname "laptop-Hanna";', 'client-hostname "Carl-iPhone";', 'host-name "PC-Jana"',
                   'hostname="Manon-MacBook"')),
    "device of": ((round85_people._R85P_DEVICE_OF,), _any_of(round85_people._R85P_DEVICE_OF_CUES),
                  ("poste de Elisa au guichet", "PC von Jana", "laptop van Fenna", "portátil de Remedios",
                   "ordinateur d'Émilie")),
    "device comment": ((round85_people._R85P_DEVICE_COMMENT,),
                       _any_of(round85_people._R85P_DEVICE_COMMENT_CUES, "#"),
                       ("[Peer]\n# laptop Phileine van Duyvenvoorde\n", "# phone Tom Hale", "#desktop Jana Roth")),
    "contact verb": ((round85_people._R85P_CONTACT_VERB,), _any_of(round85_people._R85P_CONTACT_CUES),
                     ("Appen naar Maxim.", "Escribir por WhatsApp a Abilio.", "Apply to Eoghan by text.",
                      "Contact André par SMS.", "Bewerbung per WhatsApp an Gerhart.", "Text Harriet on 07700",
                      "Bellen naar Fenna.", "Écrire à Solène par mail", "Escríbele a Luz.")),
    "engraving": ((round85_people._R85P_ENGRAVING,), _any_of(round85_people._R85P_ENGRAVING_CUES),
                  ("Gravure intérieure : « Michelle & toi, 22 janvier 2024 »", 'Engrave inside shank: "always, Brandon"',
                   'Gravur innen: "Ante 2022-11-08"', 'Grabado: "Remedios y yo"', 'Gravering: "Fenna 12-05-2024"')),
    "poll officers": ((_Gated(round85_people._R85P_POLL_TEXT_CUES, round85_people._R85P_POLL_OFFICER),),
                      lambda text, lower: (any(cue in lower for cue in round85_people._R85P_POLL_CUES)
                                           and any(cue in lower for cue in round85_people._R85P_POLL_TEXT_CUES)),
                      ("Wahlhelfer: Schriftführer Ilona, Beisitzer Reimund.", "Wahl: Wahlvorsteherin: Jana",
                       "scrutin : secrétaire Manon, assesseur Paul.", "elecciones: secretario Luis, vocal Remedios.",
                       "verkiezing: voorzitter Fenna, bijzitter Joppe.", "poll station: poll clerk Harriet, teller Tom.")),
    "standings": ((round80_people._R80P_STANDINGS_TEXT,), _any_of(round80_people._R80P_STANDINGS_CUES),
                  ("Clasificación tras la jornada 5", "Classement général", "League table after round 3", "Tabellenstand",
                   "Rangliste Herbst", "Tussenstand na ronde 4", "Stand nach 3 Runden", "Klassement", "LEADERBOARD")),
    "patient line": ((contextual._R80S_PATIENT_BORN_NUMBER, contextual._R80S_PATIENT_NAME_NUMBER),
                     _any_of(contextual._R80S_PATIENT_CUES),
                     ("Pt Kelly Villa, DOB May 16, 2001, ref 2024-498318", "Pat. Anna Roth, geb. 3. Mai 1958, PID K4471209",
                      "Patiente Léa Roy, née le 3 mai 1958, IPP 4471209", "Paciente Ana Gil, nac. 12/03/1961, NHC 4471209",
                      "pt Saar Peeters, 2019-447120, claustrofobisch", "PATIËNT Jan Smit, 4471209, MRI onder sedatie")),
    "minors": ((contextual._R81S_MINORS_WORD,), _any_of(contextual._R81S_MINORS_CUES),
               ("menores: gisela (21/03/2014), aristides (02-02-2008)", "minors: tom (12/03/2015)",
                "minderjährige: lea (03.05.2015)", "mineurs : léa (3 mai 2015)", "minderjarigen: saar (09-06-2016)",
                "menores de edad: nico (2 de mayo de 2010)")),
    "bare pass": ((contextual._R81S_BARE_PASS,), _any_of(contextual._R81S_PASS_CUES),
                  ("> Pass 096632060, geb. 8. August 1956.", "Name: Jana Roth, Pass G8670296", "PASS L8830215;",
                   "pass: K1234567 / geb. 1.2.1980")),
    "born label": ((contextual._R82S_BORN_NAME_DATE,), _any_of(contextual._R82S_BORN_CUES),
                   ("Nacido/a: Lina Reyes Mesa, el 19-06-2013", "Born: Lina Reyes, on 19 June 2013",
                    "Geboren: Lena Maier, am 19.06.2013", "Né(e) : Léa Martin, le 19/06/2013",
                    "Geboren: Lina de Vries, op 19-06-2013", "NACIDA: Ana Gil, el 5 de junio de 2017")),
    "record given by": ((contextual._R83S_RECORD_GIVEN_BY,), _any_of(contextual._R83S_RECORD_CUES),
                        ("n° de dossier donné par le fils : NHC-2497986", "Patientennummer laut Tochter 2024-118506",
                         "patient number given by her son: 2024-118506", "número de historia según la hija: 4471209",
                         "patiëntnummer volgens de dochter 4471209", "Fallnummer lt. Sohn 22018833",
                         "MRN from the ward 4471209")),
    "hospital word": ((contextual._R83S_HOSPITAL_WORD,), _any_of(contextual._R83S_HOSPITAL_CUES),
                      ("hospitalisée depuis lundi", "liegt im Klinikum", "admitted to St Mary's Hospital",
                       "ingresada en el hospital", "opgenomen in het ziekenhuis", "Notaufnahme", "A&E")),
    "dob source says": ((contextual._R83S_DOB_SOURCE_SAYS,), _any_of(contextual._R83S_DOB_SOURCE_CUES),
                        ("still missing her DOB, school list says 2012-09-28", "Geburtsdatum fehlt, laut Schulliste 28.09.2012",
                         "date de naissance, la liste de l'école indique 28/09/2012",
                         "fecha de nacimiento, la lista del colegio dice 28/09/2012",
                         "geboortedatum ontbreekt, volgens de schoollijst 28-09-2012")),
    "foot care": ((contextual._R84S_FOOT_CARE,), _any_of(contextual._R84S_FOOT_CARE_CUES),
                  ("Pedicurepraktijk", "medizinische Fußpflege", "cabinet de pédicurie-podologie", "podóloga",
                   "chiropodist", "ingegroeide nagel", "ongle incarné", "uña encarnada", "diabetic foot", "hallux G")),
    "patient abbreviation file": ((contextual._R84S_PATIENT_ABBREVIATION_FILE,),
                                  lambda text, lower: _any_of(contextual._R84S_FILE_WORD_CUES)(text, lower) and _any_of(
                                      contextual._R84S_PATIENT_ABBREVIATION_CUES)(text, lower),
                                  ("Pt Christophe Bochud dossier K5958627 : ongle", "Cl. Amina Meeusen, dossier 2017-861750: x",
                                   "Pat. Frau Roth, Akte Nr. 4471209: Kontrolle", "Pte. Juan Gil Pardo historia 2019-447120: uña",
                                   "Pt Mary Cole file no. MRN-80378: ingrown nail")),
    "possessed pass bracket": ((contextual._R84S_POSSESSED_PASS_BRACKET,), _any_of(contextual._R84S_PASS_BRACKET_CUES),
                               ("bringen Sie Ihren Pass (R77862087) mit", "deinen Pass (C01X00T47) nicht vergessen",
                                "mit Ihrem Pass (G8670296)", "sein gültiger Pass (274993309)")),
    "child line date": ((contextual._R84S_CHILD_LINE_DATE,), _any_of(contextual._R84S_CHILD_LINE_CUES, ":"),
                        ("Kind: Daniela, 22.11.2023", "Child: Emma Wood, 14 March 2016", "Enfant : Léa, 03/02/2019",
                         "Hijo: Mateo Gil, 12-05-2017", "Dochter: Sanne, 2016-12-02")),
    "assignment list": ((round79_people_b._R79B_ASSIGNMENT_TEXT,),
                        _any_of(round79_people_b._R79B_ASSIGNMENT_CUES),
                        ("Besetzung", "Reparto:", "Cast list", "Distribution des rôles", "Rolverdeling", "Designaciones",
                         "Désignations", "Árbitros", "ARBITRAGE", "Referees", "Schiedsrichter", "Scheidsrechters", "Understudy")),
}


def _variants(text: str) -> tuple[str, ...]:
    return text, text.upper(), text.title(), text.lower()


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    splits = SPLITS[:: max(1, len(SPLITS) // 40)]
    return [s.text for split in splits for s in generate(150, seed=SPLIT_SEEDS.get(split, 20261125), split=split)]


@pytest.mark.parametrize("frame", sorted(FRAMES))
def test_a_cue_check_skips_no_text_the_frame_matches(frame: str, corpus_texts: list[str]) -> None:
    patterns, cued, examples = FRAMES[frame]
    matched = 0
    for text in (*examples, *corpus_texts):
        for variant in _variants(text):
            if any(p.search(variant) for p in patterns):
                matched += 1
                assert cued(variant, variant.lower()), f"{frame}: the cue check skips {variant[:120]!r}, which the frame matches"
    assert matched >= len(examples), f"{frame}: its own examples should match the frame"


@pytest.mark.parametrize("frame", sorted(FRAMES))
def test_a_cue_check_skips_most_texts(frame: str, corpus_texts: list[str]) -> None:
    _, cued, _ = FRAMES[frame]
    passed = sum(cued(text, text.lower()) for text in corpus_texts)
    assert passed < 0.3 * len(corpus_texts), f"{frame}: the cue check lets {passed} of {len(corpus_texts)} texts through"
