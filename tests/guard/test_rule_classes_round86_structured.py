"""The structured rule classes fixed after the moss and holt banks' misses and false findings (round 86, structured
half). Each case is worded differently from the bank, in the languages where the class exists, with near misses that
must stay as they were:

1. a medical record: a lab's number on a sample's label, the sampled person's birth date a field of the same label
   ("Laboretikett\\nLabor-Nr.: HC-53098131\\nName: ...\\nGeb.: ...", "Sample label\\nLab no.: A4292220\\n...\\nDOB: ...",
   "N° labo : 2020-705675", "N.º de laboratorio: 2016-548635", "Labnummer: K0666644"); a soil's or a water's lab
   number with no birth date beside it stays clean;
2. not a medical record: a paternity or kinship test's case number named by a case's or a file's word alone
   ("Probenentnahme Abstammungsgutachten\\nFall-Nr.: 2305872570", "test de paternité, n° de dossier ...",
   "vaderschapstest, dossiernummer ..."); a hospital's "Fallnummer" and a patient's number stay found;
3. a medical record: a homeopath's, a naturopath's or a doctor's visit note, the file's number in brackets after the
   patient's name, then the note after a colon ("Suivi Alain Lejeune (dossier 5562232) : eczéma ...", "Consult Lina
   Arnold (dossiernr. 65438396): eczeem ...", "Evolución Custodia Valera (historia B3174312): mejoría de la rinitis");
   an insurer's or a lawyer's follow-up of the same shape stays clean;
4. a medical record: a referral letter's file number after the patient's birth date ("Je vous adresse Madame Thomas,
   née le 05/01/1966, dossier n° 53763115, qui me consulte pour des migraines"); a lawyer's "Cher confrère, je vous
   adresse ..." about a case stays clean;
5. not a street: a delivery rota's route named by its compass point, then its count of stops ("Van 3 Route North 18
   drops, Route East 14 drops", "route Noord 20 adressen", "Tour Nord 18 Stopps", "tournée Sud 12 livraisons", "ruta
   Norte 18 paradas"); a "Route de Genève 18" with its postcode stays an address;
6. not a passport: a building's or a site's pass number under a keycard's or a badge's report ("Lost keycard
   report\\nName: ...\\nPass no: 5379661816", "Badge perdu\\nPass n° : ...", "Toegangspas kwijt\\nPas nr.: ..."); the
   passport on the same report ("Passport no:", "Ausweis (Reisepass):") and a border's "Pass no:" stay found;
7. not a phone: a file's or a case's number right after its word, in a sentence about a call ("belde voor de uitslag
   van dossier 4227045504", "called about case file ...", "a appelé pour le dossier n° ...", "llamó por el
   expediente ..."); a phone "on file" and the call-back number beside it stay found;
8. a birth date: in brackets after its name and a clause that says who gave it or when ("log in with ... the date of
   birth given at sampling (1995-05-04)", "the date of birth you gave us (...)", "la date de naissance indiquée lors du
   prélèvement (...)"); a date in brackets after another noun stays clean.

Of the 62 cases below (24 to catch, 27 to leave clean, 11 to keep as found), 35 fail on round 85: 23 of the cases to
catch (the Spanish referral's "historia n.º" was read already) and 12 of the cases to leave clean (four of the kinship
tests' case numbers, the English rota's routes, two keycards' passes and the five files' numbers in a call's sentence;
the other rotas and passes were clean already, they guard the class's wording).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

CATCH = [
    # 1. the lab's number on a sample's label
    ("medical_record", "LABORETIKETT\nLabor-Nr: 2021-448120\nPatient: Hanna Roth\nGeburtsdatum: 03.05.1958", "2021-448120"),
    ("medical_record", "Specimen label\nLab number:  K4471209\nName: Tom Hale\nDate of birth: 12/03/1961\nDrawn: 08:40",
     "K4471209"),
    ("medical_record", "ÉTIQUETTE\nNuméro de labo : 4471209\nNom : Léa Roy\nDate de naissance : 03/05/1958", "4471209"),
    ("medical_record", "Etiqueta\nNúmero de laboratorio: LAB-4471209\nPaciente: Ana Gil\nF. nacimiento: 12-03-1961",
     "LAB-4471209"),
    ("medical_record", "Monster\nGeb.datum: 12-03-1961\nNaam: Saar Peeters\nLabnr.: 2019-447120", "2019-447120"),
    ("medical_record", "Sample\nDOB: 1961-03-12\nLab ID: 88447120", "88447120"),
    # a paternity test's lab number on the sample's label is the sample's as any other (class 2 spares it)
    ("medical_record", "Abstammungsgutachten\nLabor-Nr.: 2021-448120\nName: Hanna Roth\nGeb.: 03.05.1958", "2021-448120"),
    # 3. a visit note's file number in brackets
    ("medical_record", "Follow-up Tom Hale (file no. 4471209): eczema much better, continue Sulphur 30C.", "4471209"),
    ("medical_record", "Verlaufskontrolle Anna Roth (Akte 2019-447120): Heuschnupfen deutlich besser, Globuli weiter.",
     "2019-447120"),
    ("medical_record", "Consultation Mme Léa Roy (dossier n° K4471209) : migraines moins fréquentes, Natrum mur. 9 CH.",
     "K4471209"),
    ("medical_record", "Seguimiento Ana Gil Pardo (expediente 4471209): asma estable, sigue con Arsenicum 15CH.", "4471209"),
    ("medical_record", "Controle Saar Peeters (dossiernr. P-4471209): hooikoorts minder, korrels verder.", "P-4471209"),
    ("medical_record", "CONSULT Jan de Vries (dossier 4471209): slapeloosheid verbeterd.", "4471209"),
    # 4. a referral letter's file number after the birth date
    ("medical_record", "Dear colleague,\n\nI am referring Mrs Hale, born 12/03/1961, file no. 4471209, who has been seeing "
     "me for migraines.", "4471209"),
    ("medical_record", "Liebe Kollegin,\n\nich überweise Ihnen Frau Roth, geb. 12.03.1961, Akte Nr. 4471209, wegen "
     "Migräne.", "4471209"),
    ("medical_record", "Estimado colega:\n\nLe remito a la Sra. Gil, nacida el 12/03/1961, historia n.º 4471209, que me "
     "consulta por migrañas.", "4471209"),
    ("medical_record", "Geachte collega,\n\nIk verwijs mevrouw Peeters, geboren 12-03-1961, dossier nr. 4471209, naar u "
     "voor haar astma.", "4471209"),
    ("medical_record", "Chère consœur,\n\nJe vous adresse M. Roy, né le 3 mai 1958, dossier n° 2019-447120, qui me "
     "consulte pour un eczéma.", "2019-447120"),
    ("medical_record", "Cher confrère,\n\nJE VOUS ADRESSE Mme Blin, née le 01/03/1995, dossier n° 4471209, pour des "
     "symptômes digestifs.", "4471209"),
    # 8. the birth date given, in brackets
    ("date_of_birth", "Log in with your case number and the birth date provided at registration (1988-11-02).", "1988-11-02"),
    ("date_of_birth", "Bitte melden Sie sich mit dem Geburtsdatum, das Sie bei der Entnahme angegeben haben (04.05.1995), an.",
     "04.05.1995"),
    ("date_of_birth", "Connectez-vous avec la date de naissance indiquée lors du prélèvement (4 mai 1995).", "4 mai 1995"),
    ("date_of_birth", "Entre con la fecha de nacimiento que nos dio (04/05/1995).", "04/05/1995"),
    ("date_of_birth", "Log in met de geboortedatum die u bij de afname opgaf (04-05-1995).", "04-05-1995"),
]

CLEAN = [
    # 1. a lab's number with no birth date beside it
    ("medical_record", "Soil sample label\nLab no.: 2020-705675\nSite: Field 3\nCollected: 07/22/2024"),
    ("medical_record", "Wasserprobe\nLabor-Nr.: 4471209\nEntnahmestelle: Brunnen 2\nEntnahme: 03.05.2024"),
    # 2. a kinship test's case number
    ("medical_record", "Vaterschaftstest – Probenentnahme\nFallnummer: 4471209556\nKind: Mia, geb. 2015-10-14"),
    ("medical_record", "Test de paternité\nN° de dossier : 4471209\nPère présumé : Luc Roy"),
    ("medical_record", "Prueba de paternidad\nFall-Nr. 4471209"),
    ("medical_record", "Vaderschapstest, afname\nDossiernummer: 4471209\nVermoedelijke vader: Jan Mol"),
    # 3. an insurer's, a lawyer's or a shop's follow-up of the visit note's shape
    ("medical_record", "Suivi Alain Lejeune (dossier 5562232) : sinistre clos, indemnité versée."),
    ("medical_record", "Follow-up Tom Hale (file 4471209): claim approved, invoice paid."),
    ("medical_record", "Seguimiento Ana Gil (expediente 4471209): el abogado presentará la demanda."),
    ("medical_record", "Consult Jan Mol (dossier 4471209): offerte voor de verbouwing verstuurd."),
    # 4. a lawyer's letter to a colleague of the referral's shape
    ("medical_record", "Cher confrère,\n\nJe vous adresse Madame Thomas, née le 05/01/1966, dossier n° 53763115, qui me "
     "consulte pour un litige locatif.\n\nBien confraternellement"),
    # 5. a rota's routes
    ("street_address", "Van rota 4 May: Van 2 Route South 16 drops, Route West 11 drops. Cool boxes checked."),
    ("street_address", "Tourenplan 12.03.: Tour Nord 18 Stopps, Tour Süd 9 Stopps."),
    ("street_address", "Planning du 3 mai : tournée Sud 12 livraisons, tournée Est 9 livraisons."),
    ("street_address", "Reparto 3 de mayo: ruta Norte 18 paradas, ruta Sur 12 paradas."),
    ("street_address", "ROUTEPLANNING: ROUTE OOST 20 ADRESSEN, ROUTE WEST 15 ADRESSEN."),
    # 6. a building's pass number
    ("passport", "Lost access card report\nName: Tom Hale\nPass No.: 4471209556\nBlocked, replacement issued."),
    ("passport", "Badge perdu\nNom : Léa Roy\nPass n° : 4471209556\nBloqué à 09h44."),
    ("passport", "Tarjeta de acceso extraviada\nNombre: Ana Gil\nPase n.º: 447120955"),
    ("passport", "Toegangspas kwijt\nNaam: Jan Mol\nPas nr.: 4471209567"),
    # 7. a file's number after its word in a call's sentence
    ("phone", "Balie: Saar Peeters belde over dossier nr. 4227045504, uitslag niet telefonisch gegeven."),
    ("phone", "Front desk: Tom Hale called about case file 4227045504, no results by phone."),
    ("phone", "Empfang: Anna Roth rief wegen Akte 4227045504 an."),
    ("phone", "Accueil : Léa Roy a appelé pour le dossier n° 4227045504."),
    ("phone", "Recepción: Ana Gil llamó por el expediente 4227045504."),
    # 8. a date in brackets after another noun, or a birth date's clause with no date
    ("date_of_birth", "Log in with your case number; the results of sampling (1995-05-04) are ready."),
    ("date_of_birth", "Date of birth given at registration (see form)."),
]

STILL = [
    # 1. a patient's sample number named by the patient
    ("medical_record", "Probe\nPatienten-Nr.: 4471209\nGeb.: 03.05.1958", "4471209"),
    # 2. a hospital's case number
    ("medical_record", "Universitätsklinikum Nord\nFallnummer: 4471209556\nStation 4B", "4471209556"),
    # 3. the patient's abbreviation's note (round 84)
    ("medical_record", "Pt Christophe Bochud dossier K5958627 : ongle incarné hallux G", "K5958627"),
    # 5. a street named Route with its number and postcode
    ("street_address", "Lieferadresse: Route de Lausanne 18, 1610 Oron", "Route de Lausanne 18, 1610 Oron"),
    ("street_address", "Her address: Route North 18, 8000 Zürich.", "Route North 18, 8000 Zürich"),
    # 6. the passport on the keycard's report, a passport's short key at a border
    ("passport", "Lost keycard report\nName: Russell Hughes\nPassport no: 207863945", "207863945"),
    ("passport", "Verlust Keycard\nName: Anna Roth\nAusweis (Reisepass): C01X00T47", "C01X00T47"),
    ("passport", "Border control\nName: Jan Mol\nPass no: 207863945", "207863945"),
    ("passport", "Grenzkontrolle\nName: Jan Mol\nPass-Nr.: C01X00T47", "C01X00T47"),
    # 7. a phone on file, the call-back number after the file's
    ("phone", "Tom Hale called, mobile on file 07700 900123.", "07700 900123"),
    ("phone", "Edwin belde voor dossier 4227045504. Terugbellen op (0803)-549991.", "(0803)-549991"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
