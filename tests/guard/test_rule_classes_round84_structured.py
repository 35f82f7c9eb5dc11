"""The structured rule classes fixed after the knott and clough banks' misses (round 84, structured half). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were:

1. a medical record: a treatment note's line that opens with the patient's or the client's abbreviation and name, then
   the file's word and number ("Pt Christophe Bochud dossier K5958627 : ongle incarné hallux G", "Cl. Amina Meeusen,
   dossier 2017-861750: ingegroeide nagel D1 links", "Pat. Frau Roth, Akte Nr. 4471209: Kontrolle", "Pte. Juan Gil
   Pardo historia 2019-447120: uña encarnada"); a client's line only with a care or a foot care word near (a lawyer's
   "Cl. Jan Bakker, dossier 2017-861750: huurachterstand" stays clean);
2. a medical record: a client's number in a foot-care practice's record ("Pedicurepraktijk ... Cliëntnr.: 15440600",
   "Podiatry appointment ... Client no.: 4471209"); a shop's customer number ("Kundennr.: 4471209, Bestellung:
   Fußpflege-Set") stays clean;
3. a passport: German's "Pass" after a possessive, its number alone in brackets ("bringen Sie Ihren Pass (R77862087)
   mit"); a ski pass's or a bracket of words stays clean;
4. a date of birth: a form's child's line, the name, then after a comma the date closing the line ("Kind: Daniela,
   22.11.2023", "Child: Emma Wood, 14 March 2016", "Enfant : Léa, 03/02/2019", "Hijo: Mateo Gil, 12-05-2017",
   "Dochter: Sanne, 2016-12-02"); a line with no child's label or more words after the date stays clean;
5. a phone: the on-call duty's label opening a report's line, the number after its colon ("Retén: 828902468",
   "Rufbereitschaft: 36326789", "Astreinte : 36326789", "On call: 36326789", "Storingsdienst: 36326789"); a count or a
   label in a sentence stays unread;
6. not a street: an office's or a venue's own address with its opening hours right after it on the line, a day's range
   (or "daily") then a time's range ("Hafenbüro: Kaiser-Wilhelm-Str. 3, Mo–Fr 8–12 Uhr", "Harbour office: 12 Quay
   Street, Mon–Fri 9am–5pm", "Capitainerie : 3 quai Duguay-Trouin, lun.-ven. 9h-17h", "Oficina: Calle Mayor 3, lu-vi
   9-14 h", "Havenkantoor: Havenstraat 3, ma-vr 9-17 uur"); a home's address with a single day or a date after it, or
   with its postcode and town, stays an address.

Of the 41 cases below (22 to catch, 16 to leave clean, 3 to keep as found), 21 fail on round 83: 15 of the cases to
catch (the upper-case English patient line, the German client's line, the English and German client numbers of a
podiatry practice, "Ihren gültigen Pass (...)" and the French and English on-call labels were read already) and the six
opening hours' addresses of class 6.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

CATCH = [
    # 1. the patient's abbreviation, the name, the file
    ("medical_record", "Pt Christophe Bochud dossier K5958627 : ongle incarné hallux D, soin. Revoir dans 2 sem.", "K5958627"),
    ("medical_record", "Cl. Amina Meeusen, dossier 2017-861750: ingegroeide nagel rechts, controle over 2 wk.", "2017-861750"),
    ("medical_record", "Pat. Frau Roth, Akte Nr. 4471209: eingewachsener Nagel, Kontrolle in 3 Wochen.", "4471209"),
    ("medical_record", "Pte. Juan Gil Pardo historia 2019-447120: uña encarnada, revisar en 3 semanas.", "2019-447120"),
    ("medical_record", "PT MARY COLE FILE NO. MRN-80378: ingrown nail L, review 2/52", "MRN-80378"),
    ("medical_record", "Klientin Frau Anna Weber, Akte 2021-447120: medizinische Fußpflege, Hornhaut.", "2021-447120"),
    # 2. a client's number in a foot care practice's record
    ("medical_record", "Pedicurepraktijk - afspraak\nCliënt: mevrouw Jansen\nCliëntnr.: 44712090\nReden: diabetische voet",
     "44712090"),
    ("medical_record", "Podiatry appointment\nClient: Anna Smith\nClient no.: 4471209\nReason: ingrown toenail", "4471209"),
    ("medical_record", "Praxis für Podologie\nKlientennr.: 4471209\nGeburtsdatum: 3.4.1950", "4471209"),
    # 3. the possessed "Pass" and its bracket
    ("passport", "Bitte bringen Sie Ihren Pass (C01X00T47) zum Termin mit.", "C01X00T47"),
    ("passport", "Vergiss deinen Pass (274993309) nicht!", "274993309"),
    ("passport", "Die Behörde hat Ihren gültigen Pass (G8670296) geprüft.", "G8670296"),
    # 4. the child's line
    ("date_of_birth", "Anmeldung Hort\nKind: Jonas, 03.05.2017\nKlasse: 2b", "03.05.2017"),
    ("date_of_birth", "Holiday club form\nChild: Emma Wood, 14 March 2016\nAllergies: none", "14 March 2016"),
    ("date_of_birth", "Inscription centre de loisirs\nEnfant : Léa, 03/02/2019\nAllergies : aucune", "03/02/2019"),
    ("date_of_birth", "Inscripción campamento\nHijo: Mateo Gil, 12-05-2017\nTalla: M", "12-05-2017"),
    ("date_of_birth", "Aanmelding BSO\nDochter: Sanne, 2016-12-02\nGroep: 4", "2016-12-02"),
    # 5. the on-call label
    ("phone", "PARTE DE TRABAJO\nIncidencias: ninguna\nRetén: 828902468", "828902468"),
    ("phone", "Wartungsbericht Anlage 4\nRufbereitschaft: 36326789", "36326789"),
    ("phone", "Rapport d'intervention\nAstreinte : 36326789", "36326789"),
    ("phone", "Maintenance report\nOn call: 36326789", "36326789"),
    ("phone", "Onderhoudsrapport\nStoringsdienst: 36326789", "36326789"),
]

CLEAN = [
    # 1. a client's file with no care near, a shop's order
    ("medical_record", "Cl. Jan Bakker, dossier 2017-861750: huurachterstand, aanmaning verstuurd."),
    ("medical_record", "Klient Jan Bakker, Akte 2017-861750: Mietrückstand, Mahnung."),
    ("medical_record", "Order Jan Bakker dossier 2017-861750: levering volgende week."),
    # 2. a shop's customer number
    ("medical_record", "Kunde: Anna Smith\nKundennr.: 4471209\nBestellung: Fußpflege-Set"),
    # 3. a ski pass, a bracket of words
    ("passport", "Bitte Ihren Skipass (12345678) bereithalten."),
    ("passport", "Bitte bringen Sie Ihren Pass (gültig bis 2030) mit."),
    # 4. no child's label, words after the date
    ("date_of_birth", "Termin: Daniela, 22.11.2023"),
    ("date_of_birth", "Kind: Daniela, 22.11.2023 abgeholt um 16 Uhr"),
    # 5. the on-call label in a sentence, a count
    ("phone", "Maintenance report\nOn call: 3 nights this week"),
    ("phone", "Die Rufbereitschaft für Auftrag 828902468 wurde verlängert."),
    # 6. an office's own address with its opening hours
    ("street_address", "Liegeplatz 14\nHafenbüro: Kaiserstraße 3, Mo–Fr 8–12 Uhr"),
    ("street_address", "Harbour office: 12 Quay Street, Mon–Fri 9am–5pm"),
    ("street_address", "Capitainerie : 3 quai Duguay-Trouin, lun.-ven. 9h-17h"),
    ("street_address", "Oficina: Calle Mayor 3, lu-vi 9-14 h"),
    ("street_address", "Havenkantoor: Havenstraat 3, ma-vr 9-17 uur"),
    ("street_address", "Kiosk: Seestraße 4, täglich 10–18 Uhr"),
]

STILL = [
    # 6. a home's address with a day or a date after it, or its postcode and town
    ("street_address", "Lieferadresse: Hauptstraße 3, Mo 12.5.", "Hauptstraße 3"),
    ("street_address", "Delivery to: 12 Quay Street, Monday at 5", "12 Quay Street"),
    ("street_address", "Bitte an Frau Roth, Kaiser-Wilhelm-Str. 3, 20095 Hamburg schicken.", "Kaiser-Wilhelm-Str. 3, 20095 Hamburg"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
