"""The structured rule classes fixed after the nivation and tephra banks' misses and false positives
(round 47). Each case below is worded differently from the banks, in the languages where the class
exists, with near misses that must stay clean:

1. dates of birth: the pairs of a log line quoted whole as another line's value (a parser's error
   log: 'line="naam=... geb=9 januari 1993 ..."', "ne_le=", "fnac=", "dob=", "gebdat="), in every
   date format; a birth date's label, then the record or document it was checked against ("DOB on
   booking", "DOB as per ID", "Geburtsdatum laut Ausweis", "date de naissance déclarée", "fecha de
   nacimiento según DNI", "geboortedatum volgens paspoort");
2. medical records: an insured member's number under a list's bullet ("- Member ID:",
   "- Versichertennr.:"); a health insurer's policy number ("Polisnummer zorgverzekeraar",
   "health insurance policy no."); the insurer's name and the number after one label's two parts
   ("Krankenkasse / Vers.-Nr.: AOK / A4111664"); a patient's number said in a sentence ("patient ref
   is ...", "die Patientennummer ist ...", "la référence patient est ...", "el número de paciente
   es ...", "het patiëntnummer is ..."); a clinic's file number in a donor match that gives a blood
   group ("Dossiernr." over "Bloedgroep B+");
3. phones: a building's or a service's contact by role ("Conserje:", "Hausmeister:", "Gardienne :",
   "Concierge desk:", "Beheerder:"); Swiss German's "Natel"; a closing field that says where to ask
   ("Infos :", "Questions:", "Fragen:", "Vragen:") with the number ending the message; a person
   said to be on the number ("she's on ..."); a phone column whose owner is a pet's ("Tél.
   propriétaire", "Telefon Halter");
4. false positives: an IP address under a key that holds a health card's code as a word of another
   thing ("sip_gateway:") is an IP address, no record; a tooth's number after a dental bridge or
   crown ("VMK-Brücke 34–36, Farbe A3") is no street's; a flight's number and its date ("BA 0117
   2026-11-18") are no phone.

Of the 52 cases (32 to catch, 11 near misses, 9 that must stay found), 35 failed before the change:
30 of the 32 catches (8 birth dates, 12 medical records, 10 phones; the "dob=" key of a quoted line
and "DOB as per ID" were read already), 4 of the 11 near misses (the SIP gateway, the bridge on
teeth 44-46 and the two flights' dates) and 1 of the 9 that must stay found (the SIP gateway's IP
address, which the medical record's finding hid).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a quoted log line's birth-date pairs; a birth date checked against a record
    ("date_of_birth", 'ts=2025-03-01T10:00:00Z level=warn msg="skip record" raw="naam=Sanne Bos gebdat=3 maart 1977 iban=x"',
     "3 maart 1977"),
    ("date_of_birth", 'level=error msg="ligne rejetée" line="client=Paul Morel ne_le=03/04/1961 statut=ko"', "03/04/1961"),
    ("date_of_birth", 'level=error msg="fila inválida" line="nombre=Ana Ruiz f_nac=2 de marzo de 1983"', "2 de marzo de 1983"),
    ("date_of_birth", 'level=error msg="bad row" line="name=Tom Hale dob=1985-03-12 plan=gold"', "1985-03-12"),
    ("date_of_birth", 'level=error msg="Zeile verworfen" line="name=Jana Kurz geb_datum=12.03.1985 konto=x"', "12.03.1985"),
    ("date_of_birth", "Check-in desk | guest: Amy Clarke | DOB as per ID 12/03/1985 | ok", "12/03/1985"),
    ("date_of_birth", "Ausweiskontrolle: Jonas Brandt, Geburtsdatum laut Ausweis 07.09.1984, geprüft", "07.09.1984"),
    ("date_of_birth", "Contrôle : Luc Moreau, date de naissance déclarée 02/06/1975", "02/06/1975"),
    ("date_of_birth", "Control: Marta Iglesias, fecha de nacimiento según DNI 11/10/1988", "11/10/1988"),
    ("date_of_birth", "Controle: Joost van Dijk, geboortedatum volgens paspoort 14-08-1969", "14-08-1969"),
    # 2. a member's number under a bullet; a health policy; a pair label; a patient's number said
    ("medical_record", "Order for test strips:\n- Patient: Amy Clarke\n- Member ID: H44712093\n- Qty: 3 boxes", "H44712093"),
    ("medical_record", "Rezept-Nachbestellung:\n- Teststreifen: 3 Packungen\n- Versichertennr.: T81234567", "T81234567"),
    ("medical_record", "Aanvraag hulpmiddel\nZorgpolisnummer: 448812093\nHulpmiddel: rolstoel", "448812093"),
    ("medical_record", "Claim form\nHealth insurance policy no.: HP-5512093\nTreatment: physiotherapy", "HP-5512093"),
    ("medical_record", "ANMELDUNG FERIENFREIZEIT\nKrankenkasse / Vers.-Nr.: TK / B7712093\nAllergien: keine", "B7712093"),
    ("medical_record", "hi lab, the shade on the crown is off again. patient ref is C44712093, fit date next week",
     "C44712093"),
    ("medical_record", "Bericht ans Labor: Patientenreferenz ist B4471209, danke", "B4471209"),
    ("medical_record", "Pour le labo : la référence patient est 2019-808962, merci", "2019-808962"),
    ("medical_record", "Le labo a appelé : le n° patient est 44712093.", "44712093"),
    ("medical_record", "Nota para el laboratorio: la referencia del paciente es 44712093, gracias", "44712093"),
    ("medical_record", "Voor het lab: het nummer van de patiënt is 551981, graag terugbellen", "551981"),
    ("medical_record", "Donormatch\nOntvanger: Eva Bos\nDossiernr.: 2024-118273\nBloedgroep A+, CMV positief", "2024-118273"),
    # 3. a contact's role, "Natel", a closing field, "she's on", a pet owner's column
    ("phone", "Portal 3\n1ºA  Luis Gil\n2ºB  Ana Mora\nPortero: 912345678", "912345678"),
    ("phone", "EG  Familie Roth\n1. OG  Jana Kurz\nHauswart: 0317654321", "0317654321"),
    ("phone", "Appt 1  M. Roy\nAppt 2  Mme Petit\nGardien : 0145678912", "0145678912"),
    ("phone", "Flat 1  Mr Bell\nFlat 2  Ms Hale\nCaretaker: 7766.5544", "7766.5544"),
    ("phone", "Anmeldung Skilager\nLeiterin: Jana Kurz\nNatel: 0791234567", "0791234567"),
    ("phone", "Les cours reprennent lundi. Infos : 0145678912", "0145678912"),
    ("phone", "Training fällt aus, der Coach weiß Bescheid. Infos: 0301234567", "0301234567"),
    ("phone", "The course is moved to Friday. Your tutor has been told. Queries: 0412 3456", "0412 3456"),
    ("phone", "who has the spare key? ask Tom Bell, he's on 5123-4411 till six", "5123-4411"),
    ("phone", "| Tag | Gassigeher | Hund | Telefon Halter |\n|---|---|---|---|\n| Montag | Jana | Bello | 0301234567 |",
     "0301234567"),
]

CLEAN = [
    # 1. a quoted line's other date; a booking's date after "on"
    ("date_of_birth", 'level=error msg="bad row" line="name=Tom Hale start=1985-03-12 plan=gold"'),
    ("date_of_birth", "DOB on Monday 12/03/2025 was not checked"),
    # 2. a car's policy, a ticket's number said in a sentence
    ("medical_record", "Car insurance\nPolicy number: 44712093\nVehicle: VW Golf"),
    ("medical_record", "the order ref is 44712093, delivery next week"),
    # 3. a role with another thing's number, an info line in a message's middle
    ("phone", "Hausmeister: 2 Stunden pro Woche"),
    ("phone", "Infos : 20240315 est la référence du dossier. Merci de la rappeler."),
    # 4. an IP address, a dental bridge, a flight's date
    ("medical_record", 'units:\n  - flat: "1A"\n    resident: "Sam Ward"\nsip_gateway: 10.20.30.40'),
    ("street_address", "Arbeit: Zirkon-Brücke 44–46, Farbe A2\nLiefertermin: Freitag"),
    ("street_address", "Auftrag: VMK-Krone 21, Zahnfarbe A3"),
    ("phone", "Flight: LH 0402 2026-07-01\nSeat: 12A"),
    ("phone", "Vlucht: KL 0641 01-07-2026"),
]

STILL = [
    ("ip_address", 'units:\n  - flat: "1A"\n    resident: "Sam Ward"\nsip_gateway: 10.20.30.40', "10.20.30.40"),
    ("medical_record", "Tarjeta sanitaria\nSIP: 12345678 (paciente)", "12345678"),
    ("date_of_birth", "dob=1985-03-12 plan=gold", "1985-03-12"),
    ("date_of_birth", "DOB on file: 1985-03-12", "1985-03-12"),
    ("street_address", "Wir wohnen an der Kaiserbrücke 34, 10115 Berlin", "Kaiserbrücke 34, 10115 Berlin"),
    ("street_address", "Lieferung an Labor, Kaiserbrücke 12, 20095 Hamburg", "Kaiserbrücke 12, 20095 Hamburg"),
    ("phone", "Tel. 030 1234567", "030 1234567"),
    ("phone", "Tel: 030 12 34 56 78", "030 12 34 56 78"),
    ("medical_record", "Patiëntendossier nr. 44712093", "44712093"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
