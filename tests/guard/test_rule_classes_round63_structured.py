"""The structured rule classes fixed after the roche and gnamma banks' misses and false findings, and the largest
non-person leftovers of the tuned banks (issue 14, round 63, structured half). Each case is worded differently from
the banks, in the languages where the class exists, with near misses that must stay as they were:

1. a date of birth: the answer on the line after the question that asks for it, opened by a dialogue's dash in the
   speaker's place ("—¿Y su fecha de nacimiento?\\n—3 de mayo de 1950.", "– Votre date de naissance ?\\n– 03/05/1950",
   "- Your date of birth?\\n- 03/05/1950", "– Ihr Geburtsdatum?\\n– 03.05.1950", "– Uw geboortedatum?\\n– 03-05-1950");
   a dash under another question keeps its date clean;
2. a phone: a call log's outcome as the line's label, the one called and their number after it, maybe after the
   log's clock time ("06:10 No answer: Ruth, 0412 ...", "Keine Antwort: Jonas, 0171 ...", "Pas de réponse : Odile,
   06 ...", "Sin respuesta: Nerea, 6...", "Geen gehoor: Bram, 06 ..."); a label that is no call's outcome stays
   unread;
3. a phone: the call made, its participle and the preposition right before a national number written with two
   zeros ("Sanne Kuipers gebeld op 00/ 412 33 71", "rung on 00 412 337 71");
4. a phone: a contact's line whose number has eight digits with the trunk 0 ("Emergency contact: Ivo Hale (0163
   4471)"), whose label ranks the carer or the relative ("Main carer: ...", "Primary guardian: ...", "Cuidadora
   principal: ...", "Aidant principal : ..."), or names the one on site by their trade ("Plumber on site: Rob
   (...)", "Bauleiter vor Ort: ...", "Chef de chantier sur place : ...", "Encargado en obra: ...", "Uitvoerder
   ter plaatse: ..."); a patient's line keeps its bracketed number unread;
5. not a passport: a file's or a case's number right after its word ("Pompes funèbres – dossier ...", "our file
   ...", "Aktenzeichen ...", "expediente ...", "zaak ..."), in a text that names a passport further on; the
   passport's own number stays one;
6. not an address: a numbered list's line whose number stands in a column's gap and whose words are a person's name,
   its neighbour numbered the next or the previous ("3  Ava Green & Pip\\n4  Noah Hill & Rex"); a list of
   addresses and a one-line address stay addresses;
7. not an address: a funeral home's premises as its notice places them ("Tanatorio situado en la avenida ...",
   "funeral home at ..."), and a firm inviting its customers in the formal register ("Unser Geschäft finden Sie in
   der ...", "Sie finden uns in der ...", "Vous nous trouverez au ...", "Nos encontrará en la calle ...", "U vindt
   ons aan de ..."); a friend's "Ihr findet uns in der ..." and English's "you'll find us at ..." stay addresses.

Of the 52 cases below (23 to catch, 29 to leave or keep as they were), 28 fail on round 62.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

_ES_DIALOGUE = "Visita domiciliaria.\n—¿Y su fecha de nacimiento, señora?\n—3 de mayo de 1950.\n—¿Vive sola?\n—Sí."
_FR_DIALOGUE = "Appel du SAMU.\n– Votre date de naissance ?\n– 07/11/1948.\n– Vous avez mal où ?"
_EN_DIALOGUE = "Triage call\n- And your date of birth?\n- 19/02/1963\n- Any allergies?"
_DE_DIALOGUE = "Hausbesuch\n– Ihr Geburtsdatum, bitte?\n– 28.08.1955\n– Nehmen Sie Medikamente?"
_NL_DIALOGUE = "Telefonische triage\n– Wat is uw geboortedatum?\n– 14-06-1971\n– Heeft u koorts?"

_EN_LOG = "Call-out log, night shift\n06:02 Ivan Petrov answered, on his way\n06:10 No answer: Ruth, 0412 773 019"
_DE_LOG = "Alarmierung Löschzug 2\n03:41 Keine Antwort: Jonas, 0171 4470218\n03:43 Mia Roth: kommt"
_FR_LOG = "Astreinte neige\n05:15 Pas de réponse : Odile, 0612457730\n05:17 Marc : OK"
_ES_LOG = "Guardia de nieve\n04:50 Sin respuesta: Nerea, 677120448\n04:52 Iker: voy"
_NL_LOG = "Oproep vrijwilligers\n22:05 Geen gehoor: Bram, 0641237788\n22:07 Sanne: onderweg"

_EN_FILE = ("Greyfield Funeral Care - our file GF4417203\nDeceased: Mr Alan Pike\n"
            "Passport no.: 502233104 (to return to the registry office)")
_DE_FILE = ("Bestattungen Lindner – Aktenzeichen BL7730215\nVerstorbene: Frau Erika Haas\n"
            "Reisepass-Nr.: C01X00T47 (Rückgabe an die Behörde)")
_ES_FILE = ("Funeraria San Roque – expediente SR5519023\nDifunto: Sr. Tomás Vidal\n"
            "Pasaporte a devolver en la comisaría: PAB482117")

CATCH = [
    # 1. the date of birth answered under a dialogue's dash
    ("date_of_birth", _ES_DIALOGUE, "3 de mayo de 1950"),
    ("date_of_birth", _FR_DIALOGUE, "07/11/1948"),
    ("date_of_birth", _EN_DIALOGUE, "19/02/1963"),
    ("date_of_birth", _DE_DIALOGUE, "28.08.1955"),
    ("date_of_birth", _NL_DIALOGUE, "14-06-1971"),
    # 2. a call log's outcome as the label
    ("phone", _EN_LOG, "0412 773 019"),
    ("phone", _DE_LOG, "0171 4470218"),
    ("phone", _FR_LOG, "0612457730"),
    ("phone", _ES_LOG, "677120448"),
    ("phone", _NL_LOG, "0641237788"),
    ("phone", "No reply: Greta Holm, 55120934", "55120934"),
    # 3. the call made, right before a number with two zeros first
    ("phone", "Storing 4471 – Sanne Kuipers gebeld op 00/ 412 33 71, bevestigd om 02:14.", "00/ 412 33 71"),
    ("phone", "Alert 88: duty engineer rung on 00 412 337 71 at 02:14, acknowledged.", "00 412 337 71"),
    # 4. a contact's line: eight digits with the trunk 0, a ranked carer's label, the one on site
    ("phone", "Booking 7781\nEmergency contact: Ivo Hale (0163 4471)\nDeposit paid: yes", "0163 4471"),
    ("phone", "Respite request\nMain carer: Olive Grant (5520 7718)\nNights: 3", "5520 7718"),
    ("phone", "Pupil record\nPrimary guardian: Dean Ross, 7741 2290\nAllergies: none", "7741 2290"),
    ("phone", "Expediente 2231\nCuidadora principal: Marta Gil (677120449)\nHoras: 20", "677120449"),
    ("phone", "Dossier 4410\nAidant principal : Paul Roy (0612457731)\nJours : lundi", "0612457731"),
    ("phone", "Snagging visit\nSurveyor: Ann Lowe\nPlumber on site: Rob (7302218845)\nNotes: leak fixed", "7302218845"),
    ("phone", "Abnahme\nBauleiter vor Ort: Jens Kern (0171 4470219)\nMängel: keine", "0171 4470219"),
    ("phone", "Réception\nChef de chantier sur place : Hugo (0612457732)\nRéserves : aucune", "0612457732"),
    ("phone", "Inspección\nEncargado en obra: Luis (677120450)\nIncidencias: ninguna", "677120450"),
    ("phone", "Oplevering\nUitvoerder ter plaatse: Daan (0641237789)\nGebreken: geen", "0641237789"),
]

CLEAN = [
    # 1. a dash under another question
    ("date_of_birth", "Planning\n– Quand commence le chantier ?\n– 07/11/2026.\n– Et la fin ?"),
    ("date_of_birth", "—¿Cuándo es la boda?\n—3 de mayo de 2027."),
    # 5. a file's number in a letter that names a passport further on
    ("passport", "Pompes funèbres Morel – dossier PF4471203\nDéfunte : Mme Anne Colin\nPasseport : restitué à la mairie"),
    ("passport", "Uitvaartcentrum De Linde – zaak UL5519024\nOverledene: dhr. Jan Mol\nPaspoort: ingeleverd bij de gemeente"),
    # 6. a numbered list of persons
    ("street_address", "Start list, Saturday\n1  Lily Brook & Dash\n2  Ava Green & Pip\n3  Noah Hill & Rex\nJudge: Ann Lowe"),
    ("street_address", "Startliste\n1  Jonas Berg & Luna\n2  Mia Hill & Flocke\nRichterin: Lena Wolf"),
    # 7. a firm's own premises
    ("street_address", "Velatorio situado en la avenida de Cádiz 14, frente al parque de bomberos."),
    ("street_address", "The funeral home at 48 Station Road has parking behind the chapel."),
    ("street_address", "Unser Geschäft finden Sie in der Lindenstraße 9, direkt am Marktplatz."),
    ("street_address", "Sie finden uns ab sofort in der Bahnhofstraße 21, neben der Apotheke."),
    ("street_address", "Vous nous trouverez au 14, rue des Tanneurs, face à la gare."),
    ("street_address", "Nos encontrará en la calle Alcalá 122, junto al metro."),
    ("street_address", "U vindt ons aan de Stationsweg 8, naast het station."),
    ("street_address", "Bestattungshaus in der Kirchgasse 5, Parkplätze im Hof."),
]

NOT_FOUND = [
    # 5. the file's number is no passport (the passport's own number stays one, below)
    ("passport", _EN_FILE, "GF4417203"),
    ("passport", _DE_FILE, "BL7730215"),
    ("passport", _ES_FILE, "SR5519023"),
    # 4. a patient's line keeps its bracketed number unread as a phone
    ("phone", "Ward round\nPatient: Tom Hale (4944159033)\nBed: 12", "4944159033"),
    # 2. a label that is no call's outcome
    ("phone", "Invoice run\n06:10 Reference: Ruth, 55120935", "55120935"),
]

STILL = [
    ("passport", _EN_FILE, "502233104"),
    ("passport", _DE_FILE, "C01X00T47"),
    ("passport", _ES_FILE, "PAB482117"),
    ("date_of_birth", "Agent: What's your date of birth?\nCaller: 19/02/1963", "19/02/1963"),
    ("phone", "Emergency contact: Ivo Hale, 0171 4470220", "0171 4470220"),
    ("street_address", "Delivery list\n1  12 Mill Lane, York YO1 7HH\n2  4 Charles Green, York YO1 7HJ",
     "12 Mill Lane, York YO1 7HH"),
    ("street_address", "Send the card to Rita at 4 Charles Green, York YO1 7HJ.", "4 Charles Green, York YO1 7HJ"),
    ("street_address", "Ihr findet uns in der Goethestraße 12, 10115 Berlin – bis Samstag!", "Goethestraße 12, 10115 Berlin"),
    ("street_address", "Party at ours! You'll find us at 12 Mill Lane, York YO1 7HH.", "12 Mill Lane, York YO1 7HH"),
    ("phone", "Next of kin: Dora Hale (daughter), 0412 773 020", "0412 773 020"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
