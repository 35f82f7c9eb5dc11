"""The structured rule classes fixed after the neve and sandur banks' misses and false positives
(round 45). Each case below is worded differently from the banks, in the languages where the class
exists, with near misses that must stay clean:

1. a street address quoted under an address key in a key='value' record, a log line or an SQL
   statement ("direccion='Calle ...'", "adresse='...-Weg 12, ...'", "adres='...'"): the key's "="
   no longer glues the key to the street's first word (and the street's name parts are no person);
2. medical records: a blood donor's number where the record speaks of the last donation, the
   screening before it or a deferral ("Dernier don", "letzte Spende", "última donación", "laatste
   donatie", "deferred"), also in groups ("Donor ID: 080 132 0291"); a hearing-care client's number
   in the fitting record ("Kd.-Nr.", "Dossiernr.", "cliëntnummer" with RIC, HdO, domes, Schirmchen,
   audiogram near) and in an INSERT into a hearing-aid or pharmacy provider's customer table with a
   birth date's column; a shop's "Kd.-Nr.", a charity's donor ID and a debt collector's
   "Dossiernummer" stay clean;
3. national identifiers: a Belgian register number after the short "N° national :" or
   "Rijksregisternr.", the check digits still deciding;
4. phones: who the number reaches named right before it (a contact's label and a first name; to
   whom notices or cancellations go, a first name and a colon; an extension's word before a number
   too long for an extension; a call to contact someone "en el" / "au" it);
5. false positives: German's "Charge" (a product's batch in a recall) before a number is no phone's
   word; a street and number with a public venue's word right after it, before any postcode (a schedule
   of dated places: "Gemeindezentrum", "community centre", "salle communale", "centro cívico",
   "buurthuis") is a venue, no one's home.

Of the 52 cases (28 to catch, 17 near misses, 7 that must stay found), 30 failed before the change:
24 of the 28 catches (4 quoted addresses, 11 medical records, 1 identifier, 8 phones; the address
in an INSERT's values, "Rijksregisternr." and the two contact labels before a mobile's number with
its own shape were found already) and 6 of the 17 near misses (the recall's "Charge" and the five
venue lines).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a street quoted under an address key
    ("street_address", "INSERT INTO socios (nombre, direccion) VALUES ('Ana Gil', 'Avenida de Rodrigo Mata 14, Bilbao, 48001')",
     "Avenida de Rodrigo Mata 14, Bilbao, 48001"),
    ("street_address", "2026-03-01T10:22Z user=42 adresse='Konrad-Adenauer-Ring 17, 50667 Köln' status=ok",
     "Konrad-Adenauer-Ring 17, 50667 Köln"),
    ("street_address", "klant=17 adres='Bloemgracht 88, 1015 TL, Amsterdam'", "Bloemgracht 88, 1015 TL, Amsterdam"),
    ("street_address", "nom='Roy', adresse='avenue Jean Moulin 21, 1180 Uccle'", "avenue Jean Moulin 21, 1180 Uccle"),
    ("street_address", "direccion='Calle de Isidro Ferrández 9 Piso 2, Murcia, 30001'",
     "Calle de Isidro Ferrández 9 Piso 2, Murcia, 30001"),
    # 2. a blood donor's number, the record speaking of the last donation or a deferral
    ("medical_record", "Pre-donation screening\nDonor ID: 2021-448812\nTravel outside Europe in the last 6 months? No\n"
     "Piercing in the last 4 months? Yes - deferred until 2026-09-01", "2021-448812"),
    ("medical_record", "Donor health history\nDonor ID: 071 224 0398\nAny tattoo in the last 4 months? No", "071 224 0398"),
    ("medical_record", "Blutspendedienst\nSpender-ID: 071.224.0398\nNächste Spende ab 12.05.2026", "071.224.0398"),
    ("medical_record", "Entretien avant le don\nN° donneur : P7712093\nDernier don : 12 janvier 2025", "P7712093"),
    ("medical_record", "Spendernummer: 2020-771209\nLetzte Spende: 03.02.2025", "2020-771209"),
    ("medical_record", "N.º de donante: 7712093\nÚltima donación: 4 de marzo de 2025", "7712093"),
    ("medical_record", "Donornummer: 4471209\nLaatste donatie: 3 maart 2025", "4471209"),
    # 2. a hearing-care client's number in the fitting record
    ("medical_record", "Anpassprotokoll\nKundin: Frau Roth, geb. 03.04.1948\nKd-Nr.: 2021-447812\n"
     "Beidseitige Versorgung mit HdO, offene Schirmchen", "2021-447812"),
    ("medical_record", "Cliënt: Mevr. Smit, geboren 12.03.1950\nCliëntnummer: 2020-118734\nAudiogram besproken, RIC rechts",
     "2020-118734"),
    ("medical_record", "INSERT INTO hoergeraete_kunden (kundennr, name, geburtsdatum) VALUES ('7712093', 'Eva Lang', '1951-05-06');",
     "7712093"),
    ("medical_record", "INSERT INTO audio_klanten (klantnr, naam, geboortedatum) VALUES ('A4471209', 'Jan Smit', '12.03.1950');",
     "A4471209"),
    # 3. a Belgian register number after "N° national"
    ("national_id", "Fiche d'inscription\nNom : Léa Roy\nN° national : 79072574222\nCotisation : 40 €", "79072574222"),
    ("national_id", "Rijksregisternr.: 79072574222", "79072574222"),
    # 4. who the number reaches, named right before it
    ("phone", "Site visit Friday.\nIn an emergency: Laura 07700900123", "07700900123"),
    ("phone", "Aufbau Samstag\nNotfall: Jonas 01761234567", "01761234567"),
    ("phone", "Contacto en obra: Luis 612345678", "612345678"),
    ("phone", "Contact person: Sophie 87654321", "87654321"),
    ("phone", "Cancellations to Sam: 07700900123", "07700900123"),
    ("phone", "Annulations à Léa : 0612345678", "0612345678"),
    ("phone", "Afmeldingen naar Bram: 0612345678", "0612345678"),
    ("phone", "Abmeldungen an Frau Roth: 01712345678", "01712345678"),
    ("phone", "Preguntas a la Sra. Ortega, ext. 912345678", "912345678"),
    ("phone", "Si tiene dudas, contacte con la secretaría en el 912345678 antes del viernes.", "912345678"),
]

CLEAN = [
    # 2. a shop's customer number, a charity's donor ID, a debt collector's file number
    ("medical_record", "Kunde: Herr Roth\nKd.-Nr. 2021-447812\nBestellung: 2 Winterreifen, Montage am 03.04."),
    ("medical_record", "INSERT INTO shop_kunden (kdnr, name, geburtsdatum) VALUES ('7712093', 'Eva Lang', '1951-05-06');"),
    ("medical_record", "Donor ID: 2019-558570 (Friends of the Opera annual appeal, last gift 2023)"),
    ("medical_record", "Donor ID: 071 224 0398 (Friends of the Opera annual appeal)"),
    ("medical_record", "Dossiernummer: 2020-118734\nBetreft: uw openstaande factuur, incassobureau"),
    # 3. a number that fails its check; a club's own number
    ("national_id", "N° national : 79072574223"),
    ("national_id", "Nº national du club : 12345678901"),
    # 4. an extension's own short number; a label with no name before a count
    ("phone", "Preguntas a la Sra. Ortega, ext. 2231"),
    ("phone", "Emergency: Level 2 alarm 12464324"),
    ("phone", "contacte con la junta en el plazo de 15 días"),
    # 5. a product's batch in a recall
    ("phone", "Rückruf Maier GmbH: Zahnbürsten Charge 4405123987, GTIN 4006381333931. Nicht mehr verwenden."),
    ("phone", "Produktrückruf – Ch.-B. 4405123987 bitte zurückgeben"),
    # 5. a venue in a schedule of dated places
    ("street_address", "Blutspendetermine:\n- Lindenstraße 8, Bürgerhaus, 14. März 2026\n- Am Markt 3, Pfarrheim, 2. April"),
    ("street_address", "Blood drives:\n- 12 High Street, community centre, 3 May 2026"),
    ("street_address", "Bloedinzamelingen:\n- Dorpsstraat 4, buurthuis, 2026-05-03\n- Kerkplein 2, wijkcentrum, 2026-06-07"),
    ("street_address", "Collectes de sang : 8, rue Pasteur, salle communale, 3 mai 2026"),
    ("street_address", "Donaciones: Calle Mayor 3, centro cívico, 4 de mayo"),
]

STILL = [
    ("street_address", "Adresse: Helenastraße 4, 10115 Berlin", "Helenastraße 4, 10115 Berlin"),
    ("street_address", "UPDATE t SET anschrift = 'Gutstrasse 38, 8049 Allschwil' WHERE id = 3", "Gutstrasse 38, 8049 Allschwil"),
    ("national_id", "N° national : 64.10.17-699.11", "64.10.17-699.11"),
    ("medical_record", "DONOR RECORD\nDonor no.: 2015746398\nBlood group: O neg", "2015746398"),
    ("phone", "Rückruf bitte: 07821234567", "07821234567"),
    ("phone", "Bitte um Rückruf unter 0301234567", "0301234567"),
    ("phone", "Tel: 07700900123", "07700900123"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
