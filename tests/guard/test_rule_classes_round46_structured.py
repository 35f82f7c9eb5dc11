"""The structured rule classes fixed after the tafoni and kolk banks' misses and false positives
(round 46). Each case below is worded differently from the banks, in the languages where the class
exists, with near misses that must stay clean:

1. passports: a passport-shaped number after a person's name (in brackets or after a colon, as a
   list's item or one of a sentence's run) in a list that a request for passport numbers opens
   ("Reisepassnummern", "passport details", "numéros de passeport", "números de pasaporte",
   "paspoortnummers");
2. dates of birth: a chat's request for a name and a birth date without a question mark ("Name und
   Geb.-Datum bitte", "full name + dob pls", "... svp", "... porfa", "... graag"), answered on the
   next line by the name, a comma and the date;
3. medical records: a pregnancy's file or a care file named by its compound ("Zwangerschapsdossier
   nr.", "Mutterpass-Nr.", "dossier de grossesse n°", "historia de embarazo", "zorgdossier"); a
   practice's client number in a record with complaint, treatment or diagnosis fields ("cliëntnr."
   over "Klacht:" and "Behandeling:", "Klienten-Nr." over "Beschwerden:");
4. national identifiers: one named earlier in the sentence and referred back to by a possessive
   right before the value ("die van jou heb ik (...)", "deine habe ich:", "le tien je l'ai :"),
   the check digits still deciding; the dotted BSN is then no phone;
5. phones: who is on duty, a full name and the number in brackets ("on call:", "Bereitschaft:");
   whom to report to, a first name and a colon ("melden bei Ursula: 00089 ..."); French's "Port. :";
   text or SMS as the verb of a named sender ("The courier will text 8764.1622");
6. false positives: an animal's birth in a catalogue's line (a calf's, a heifer's, a foal's, a
   puppy's word before the date, or a lot's number with a sire or a dam) is no person's; a club's
   abbreviation before a name and a squad's number ("SV Oosterpark 2") is a team, no street.

Of the 52 cases (28 to catch, 16 near misses, 8 that must stay found), 30 failed before the change:
24 of the 28 catches (6 passports, 4 birth dates, 6 medical records, 4 identifiers, 4 phones; the
Spanish chat's birth date, the "historia de embarazo", the "Bereitschaft" line's trunk number and
the school's "sms" were found already) and 6 of the 16 near misses (the five catalogue lines and the
match report).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a name listed under a request for passport numbers
    ("passport", "Für die Buchung fehlen noch Reisepassnummern. Bisher habe ich: Lena Vogt (C01X00T47), Paul Roth (K47123988)",
     "C01X00T47"),
    ("passport", "Für die Buchung fehlen noch Reisepassnummern. Bisher habe ich: Lena Vogt (C01X00T47), Paul Roth (K47123988)",
     "K47123988"),
    ("passport", "Still missing passport numbers for the Lisbon trip. Got these:\n- Amy Clarke: 512345678\n- Joe Bell: 548812345",
     "548812345"),
    ("passport", "Il me faut encore les numéros de passeport. Reçus : Claire Dubois (18AB12345) et Marc Petit (20CD54321)",
     "20CD54321"),
    ("passport", "Faltan los números de pasaporte del grupo. De momento: Lucía Romero (PAA123456), Diego Sanz (PAB654321)",
     "PAA123456"),
    ("passport", "Wie stuurt de paspoortnummers nog? Binnen: Sanne de Wit (NW3K85F71), Tom Bakker (BN1234567)", "NW3K85F71"),
    # 2. a chat's request for a name and a birth date, answered on the next line
    ("date_of_birth", "Für die Anmeldung: Name und Geb.-Datum bitte\nKatrin: Jonas Peter Brandt, 07.09.1984", "07.09.1984"),
    ("date_of_birth", "need full name + dob plz\nMike: Harriet Doyle, 3 May 1979", "3 May 1979"),
    ("date_of_birth", "Pour la mutuelle : nom et date de naissance svp\nSandrine : Luc Moreau, 02/06/1975", "02/06/1975"),
    ("date_of_birth", "Para el seguro, nombre y fecha de nacimiento porfa\nRaúl: Marta Iglesias Peña, 11/10/1988",
     "11/10/1988"),
    ("date_of_birth", "Voor de verzekering naam en geboortedatum graag\nEva: Joost van Dijk, 14-08-1969", "14-08-1969"),
    # 3. a pregnancy's or a care file's number; a practice's client number
    ("medical_record", "Zwangerschapsdossier nr. 118273645\nUitgerekende datum: 14-09-2026\nPariteit: G2P1", "118273645"),
    ("medical_record", "Mutterpass-Nr. 2025-447812\nErrechneter Geburtstermin: 02.10.2026", "2025-447812"),
    ("medical_record", "Dossier de grossesse n° 55120938\nTerme prévu : 2 octobre 2026", "55120938"),
    ("medical_record", "Historia de embarazo n.º 55120938\nFecha probable de parto: 2 de octubre", "55120938"),
    ("medical_record", "Zorgdossier nr. 30447812\nWijkverpleging, 3x per week", "30447812"),
    ("medical_record", "Cliëntnr. 80554127\nKlacht: hielspoor rechts\nBehandeling: steunzolen aangemeten", "80554127"),
    ("medical_record", "Klienten-Nr. 4471209\nBeschwerden: Schulterschmerz links\nBehandlung: Manuelle Therapie",
     "4471209"),
    # 4. an identifier referred back to by a possessive
    ("national_id", "Voor de huurtoeslag mis ik het BSN van je vriendin nog, die van jou heb ik al (036854128)", "036854128"),
    ("national_id", "Voor de huurtoeslag mis ik het BSN van je vriendin nog, die van jou heb ik al (0578.69.327)",
     "0578.69.327"),
    ("national_id", "Für die Erklärung fehlt noch die Steuer-ID deiner Frau, deine habe ich: 86095742719", "86095742719"),
    ("national_id", "Il me manque le NISS de ton conjoint, le tien je l'ai : 85073003328", "85073003328"),
    # 5. phones: who is on duty, whom to report to, "Port.", the verb "text"
    ("phone", "Weekend rota. On call: Priya Shah (44120987), back-up Tom", "44120987"),
    ("phone", "Bereitschaft: Jonas Keller (01761234567)", "01761234567"),
    ("phone", "Schlüsselübergabe: bitte melden bei Katrin: 00089 417733", "00089 417733"),
    ("phone", "M. Roy\nTél. : 01 23 45 67 89\nPort. : 0612345678", "0612345678"),
    ("phone", "Our plumber can text 4412.5567 when he is on his way", "4412.5567"),
    ("phone", "The school will sms 5123-4411 if the bus is late", "5123-4411"),
]

CLEAN = [
    # 1. no request for passport numbers; a name before another thing's number
    ("passport", "Teilnehmer bisher: Lena Vogt (K47123988), Paul Roth (K47123989)"),
    ("passport", "Passport numbers are not needed for the day trip. Table bookings: Amy Clarke (Booking 512345678)"),
    # 2. a request for a name and an appointment's date
    ("date_of_birth", "Name und Wunschtermin bitte\nKatrin: Jonas Brandt, 07.09.2026"),
    ("date_of_birth", "full name + start date pls\nMike: Harriet Doyle, 3 May 2026"),
    # 3. a client's number with no treatment; a project's file
    ("medical_record", "Cliëntnr. 74426616\nBetreft: uw factuur van maart"),
    ("medical_record", "Projectdossier nr. 44712093\nOplevering: 3 maart"),
    # 4. the possessive, and a number that fails its check or a phone's word
    ("national_id", "Voor de huurtoeslag mis ik het BSN van je vriendin nog, die van jou heb ik al (036854129)"),
    ("national_id", "Het BSN van je partner mag je sturen, die van jou bel ik na (0612345678)"),
    # 5. a port's number; a duty label with no name
    ("phone", "Port 4412 is open on the firewall"),
    ("phone", "on call: Level 2 (51621413)"),
    # 6. an animal's birth in a catalogue; a club's team
    ("date_of_birth", "Lot 12 - Hereford heifer, born 3 March 2024, sire 'Duke'"),
    ("date_of_birth", "Los 4 - Fleckvieh Kalbin, geb. 12.03.2024"),
    ("date_of_birth", "Lot 7 - génisse charolaise, née le 12/03/2024"),
    ("date_of_birth", "Lote 3 - novilla, nacida el 12/03/2024"),
    ("date_of_birth", "Kavel 9 - Blaarkop 'Sientje', geboren 04-05-2024, vader 'Bolwerk'"),
    ("street_address", "Spielbericht: FC Lindenhof 3 gegen TSV Birkenweg 2, Anpfiff 15 Uhr"),
]

STILL = [
    ("date_of_birth", "Patient: Anna Roth, geb. 12.03.1980", "12.03.1980"),
    ("date_of_birth", "Our son Tom was born 12 March 2019 and our calf Bella on 3 May", "12 March 2019"),
    ("street_address", "Adresse: Oosterpark 2, 1092 AE Amsterdam", "Oosterpark 2, 1092 AE Amsterdam"),
    ("passport", "Passport number: 512345678", "512345678"),
    ("medical_record", "Patiëntendossier nr. 44712093", "44712093"),
    ("national_id", "BSN: 036854128", "036854128"),
    ("phone", "Tel: 07700900123", "07700900123"),
    ("phone", "Emergency: Laura 07700900123", "07700900123"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
