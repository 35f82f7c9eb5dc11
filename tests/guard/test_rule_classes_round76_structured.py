"""The structured rule classes fixed after the sill and fen banks' misses and false findings (issue 14, round 76,
structured half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a medical record: a cardiac monitor's call log, the patient who rang named (a titled name or a full one), then
   the patient's record number alone in brackets right after the name ("pt rang re holter - Ms Hobbs (5706022755)
   says the strap came off", "Pat. Javier Kessler (2016-985579) ruft an: Elektrode hat sich gelöst", "llamó Samu
   Montesinos (76309906): se le despegó un electrodo"), or the name and the number together in the brackets after
   the verb ("mevr. belde (Nadia Boer, K2933282): elektrode losgeraakt"), with the monitor's word (a Holter, an
   event recorder or its button, an electrode) in the paragraph; the number is no phone there; a name and its
   number in a text about no monitor, or fewer than five digits, stay as they were;
2. a passport: the short German word after a copy's or a scan's word and "vom" or a possessive, the number after a
   comma and "Nr." ("eine Kopie vom Pass, Nr. F6335237"); a ski pass's number stays clean;
3. a national identifier: the name, one or two words, then the number alone in brackets ("rijksregisternummer nodig
   (85040964030)"), or the number said again as "the number" later in the sentence ("your TFN declaration ... - the
   number you gave on the form (587552585) has a typo"); the check digit still decides, and not for a name that is
   a common word ("sin cambios (...)");
4. a date of birth: a person's comma-separated row, the full name, a date, then the address with its house number
   ("Fixture row came from prod dump: Holly Williams, 09/25/1950, 8621 Steven Point, ..."); a recent date or a row
   with no house number stays unread;
5. a phone: a bare number whose neighbour says it reaches someone: a relative's word after a name and a dash
   ("Leocadio Mármol - madre 976012988"), the number left as asked ("Nummer hinterlassen → 0238285862"), a message
   to someone "on" the number ("text her on 8236-2093"); another word after the dash stays clean;
6. no street address: a year, its month and its day written the ISO way after a word ending as a street's ("Hearing
   2021-01-09 16:10"); a ring street's number stays an address.

Of the 55 cases below (35 to catch, 20 to leave or keep as they were), 30 fail on round 75.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. a cardiac monitor's call log
    ("medical_record", "Holter line voicemail: Mrs Okafor (K5521873) rang, the event recorder keeps beeping at night.",
     "K5521873"),
    ("medical_record", "Event monitor desk - Tom Hale (2019-447120) called, one electrode fell off in the shower.",
     "2019-447120"),
    ("medical_record", "Langzeit-EKG: Herr Brandt (4471209) meldet, die Elektrode juckt stark.", "4471209"),
    ("medical_record", "Anruf heute (Jonas Weber, PAT-4471209): Ereignistaste aus Versehen gedrückt.", "PAT-4471209"),
    ("medical_record", "Holter : Mme Roy (K4471209) a appelé, une électrode s'est décollée cette nuit.", "K4471209"),
    ("medical_record", "Holter: la Sra. Gil (2018-552301) dice que se le ha caído un electrodo.", "2018-552301"),
    ("medical_record", "Holterlijn: dhr. Bakker (4471209) belde, de elektrode zit los.", "4471209"),
    ("medical_record", "belde gisteren (Saar de Vries, B4471209): eventrecorder piept de hele tijd", "B4471209"),
    # 2. the German passport's copy, then its number
    ("passport", "Für die Anmeldung fehlt noch ein Scan von deinem Pass, Nr. C01X00T47.", "C01X00T47"),
    ("passport", "Bitte eine Fotokopie Ihres Passes, Nr. 682623123, beilegen.", "682623123"),
    ("passport", "Wir haben die Kopie vom Reisepass, Nr. F6335237 erhalten.", "F6335237"),
    # 3. the identifier's name, then the number in brackets
    ("national_id", "Voor de verzekering hebben we je BSN nog nodig (123456782), graag vandaag.", "123456782"),
    ("national_id", "Pour la mutuelle, NISS manquant (85073003328) dans le dossier.", "85073003328"),
    ("national_id", "Für die Lohnabrechnung: deine Steuer-ID fehlt (12345678911).", "12345678911"),
    ("national_id", "Thanks for the TFN form, but the number you wrote in the first box (876543210) looks wrong.", "876543210"),
    ("national_id", "Je BSN klopt niet: het nummer op het formulier (123456782) mist een cijfer.", "123456782"),
    ("national_id", "Le NISS de Léa, le numéro indiqué sur le formulaire (85073003328), est faux.", "85073003328"),
    # 4. a person's row: name, date, address
    ("date_of_birth", "Seed data from staging: Ann Cole, 03/14/1962, 42 Maple Avenue, Springfield, IL 62704",
     "03/14/1962"),
    ("date_of_birth", "Seed data from staging: Ann Cole, March 14, 1962, 42 Maple Avenue, Springfield", "March 14, 1962"),
    ("date_of_birth", "Testdatensatz: Anna Roth, 12.03.1961, Hauptstraße 12, 10115 Berlin", "12.03.1961"),
    ("date_of_birth", "ligne importée : Léa Roy, 12/03/1961, 4 rue des Lilas, 69003 Lyon", "12/03/1961"),
    ("date_of_birth", "fila del CSV: Ana Gil Pardo, 12-03-1961, Calle Mayor 5, Madrid", "12-03-1961"),
    ("date_of_birth", "rij uit de export: Saar de Vries, 12-03-1961, Dorpsstraat 7, Utrecht", "12-03-1961"),
    # 5. a bare number said to reach someone
    ("phone", "Rota\n09:00  Tom Hale - mum 07700900123\n10:00  Amy Lee", "07700900123"),
    ("phone", "Fahrplan\n08:30  Anna Roth – Mutter 01712345678\n09:30  Lea Kurz", "01712345678"),
    ("phone", "Planning\n14h  Léa Roy - mère 0612345678\n15h  Inès Morel", "0612345678"),
    ("phone", "Horario\n11:00  Ana Gil - padre 612345678\n12:00  Pía Ruiz", "612345678"),
    ("phone", "Rooster\n10:00  Saar Bos - moeder 0612345678\n11:00  Noor Smit", "0612345678"),
    ("phone", "Prize draw: leave your number: 07700900123", "07700900123"),
    ("phone", "Verlosung: Handynummer hinterlassen → 01712345678", "01712345678"),
    ("phone", "Tombola : laissez votre numéro → 0612345678", "0612345678"),
    ("phone", "Sorteo: deja tu número: 612345678", "612345678"),
    ("phone", "Loterij: laat je nummer achter → 0612345678", "0612345678"),
    ("phone", "- Tom: away this week, ring him on 4471-2093\nRobes in the cupboard.", "4471-2093"),
    ("phone", "- Saar: ziek, app haar op 0612345678\nRest is er.", "0612345678"),
]

CLEAN = [
    # 1. a name and its number in a text about no monitor, or too few digits
    ("medical_record", "Mr Hale (4471209) ordered a new monitor stand for the office."),
    ("medical_record", "Holter pads order: Tom Hale (4471) for ward 3 stock."),
    # 2. a ski pass's number
    ("passport", "Kopie vom Skipass, Nr. 682623123 liegt bei."),
    # 3. the check digit fails; a Spanish "sin"
    ("national_id", "Voor de verzekering hebben we je BSN nog nodig (123456789), graag vandaag."),
    ("national_id", "Todo sigue sin cambios (046454286) en el pedido."),
    # 4. a recent date, no house number
    ("date_of_birth", "Besteld: Saar de Vries, 12-03-2025, Dorpsstraat 7, Utrecht"),
    ("date_of_birth", "Teilnehmer: Anna Roth, 12.03.1961, Berlin"),
    # 5. another word after the dash
    ("phone", "Rota\n09:00  Tom Hale - order 07700900123\n10:00  Amy Lee"),
    # 6. an ISO date after a word ending as a street's
    ("street_address", "Protest form\nWitness: Ann Cole (rescue boat)\nHearing 2024-03-12 18:00"),
    ("street_address", "Catering 2024-05-01 bestätigt, 40 Personen."),
    ("street_address", "Levering 2024-05-01 bevestigd door de winkel."),
]

NOT_FOUND = [
    # 1. the caller's record is no phone
    ("phone", "pt phoned re her holter - Mrs Cole (4471209350) says the patch came off overnight", "4471209350"),
]

STILL = [
    # 1. a lent monitor's patient as before
    ("medical_record", "holter 07 went out today with Owen Williams (7087086201)", "7087086201"),
    # 1. a patient's word and name as before
    ("medical_record", "Visit cancelled - pt Ann Cole (974091246) phoned", "974091246"),
    # 2. the passport's number as before
    ("passport", "Kopie des Reisepasses Nr. F6335237", "F6335237"),
    # 3. a national identifier after its colon as before
    ("national_id", "BSN: 123456782", "123456782"),
    # 4. a birth date after its keyword as before
    ("date_of_birth", "Anna Roth, geb. 12.03.1961, Hauptstraße 12, Berlin", "12.03.1961"),
    # 5. a relative's number in brackets as before
    ("phone", "Please call her daughter (Alex Parker, 0612345678) if needed.", "0612345678"),
    # 6. a ring street's address as before
    ("street_address", "Adresse: Kaiserring 12, 68161 Mannheim", "Kaiserring 12, 68161 Mannheim"),
    # 1. the number after the caller's name, no phone's, in a sentence about a monitor, next to a phone written as one
    ("phone", "Holter: Mrs Cole (K4471209) rang, call back on 07700 900 123", "07700 900 123"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
