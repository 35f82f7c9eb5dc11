"""The structured rule classes fixed after the lahar bank's misses (round 48). Each case below is
worded differently from the bank, in the languages where the class exists, with near misses that
must stay clean:

1. medical records: a donor registry's donor id (a marrow or stem cell registry that types its
   donors' HLA): a table's or a JSON's donor column or key ("donor_id", "id_donneur", "n_donneur",
   "id_donante", "Spender-ID", "donor_nr") where the text speaks of a donation or a tissue typing
   ("hla", "hla_typed", "HLA-Typisierung", "typage HLA", "tipaje HLA", "HLA-typering") or the table
   gives its donors' birth dates (the key a program's: quoted, snake_case or camelCase); the donor's
   number said in prose beside an HLA typing. A charity's list of donors (gifts, no birth dates) and
   a fertility register's donor code on a form's label ("Donornummer:", "Spendercode:") stay clean;
2. passports: German's short "Pass" right after its holder's birth date ("geb. 12.03.1985, Pass
   C4RT7512X"), where no function word marks the list German; "Skipass", "Bergpass" and a mountain
   pass's "Pass 3" stay clean;
3. national ids: Austria's social-security number after its forms' short label "Vers.-Nr." in a
   form that says it is Austrian, the check digit deciding; the same label in a German insurer's
   letter, or a wrong check digit, stays clean;
4. phones: an emergency field's number named after its word ("Emergency no.:", "Notfall-Nr.:",
   "N° d'urgence :", "N.º de emergencia:", "Nood-nr.:"), also a dotted or spaced local number; a
   number in brackets after a chat's sign-off and a first name ("LG Lia (...)", "Cheers, Tom
   (...)") or after a first name and a surname the gazetteer lacks, with the trunk 0 and ten or
   eleven digits (a rota's "Lundi : Alicia Carraux (...)"); a message's number by its channel ("via
   text from", "per SMS von", "par SMS depuis le", "por WhatsApp desde el", "via sms vanaf").

Of the 56 cases (34 to catch, 14 near misses, 8 that must stay found), 28 failed before the change,
all of them catches: 9 medical records (the stem cell registry's sentence was read already: "stem
cell" is a donation's word), 2 passports, 4 national ids and 13 phones (the German, French, Spanish
and Dutch messages' channels were read already by "SMS" and "WhatsApp", and the German rota's
surname is the gazetteer's).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a donor registry's donor id: a column or key beside a tissue typing or birth dates; prose
    ("medical_record", "n_donneur;nom;naissance;typage_hla\nK4471209;Léa Morel;03/04/1988;A*01:01", "K4471209"),
    ("medical_record", "donor_no,full_name,date_of_birth,hla_a\nSC-4471209,Amy Clarke,1985-03-12,A*02:01", "SC-4471209"),
    ("medical_record", "Spender-ID;Name;Geburtsdatum;HLA\n77120934;Jonas Roth;12.03.1985;A*03:01", "77120934"),
    ("medical_record", "id_donante|nombre|fecha_nacimiento\n2023-448120|Ana Ruiz|02/03/1983", "2023-448120"),
    ("medical_record", "donor_id;naam;geboortedatum\nNHC-551209;Sanne Bos;14-08-1969", "NHC-551209"),
    ("medical_record", '{"donor_nr": "P-5512093", "naam": "Sanne Bos", "hla_getypeerd": true}', "P-5512093"),
    ("medical_record", "Stem cell registry update: Amy Clarke, donor ID 44712093, HLA typing complete.", "44712093"),
    ("medical_record", "Mise à jour du registre : Luc Moreau, numéro de donneur 2023-448120, typage HLA terminé.",
     "2023-448120"),
    ("medical_record", "Registro: Ana Ruiz, número de donante 44712093, tipaje HLA completado.", "44712093"),
    ("medical_record", "Nachmeldung: Jonas Roth, Spendernummer B7712093, HLA-Typisierung abgeschlossen.", "B7712093"),
    # 2. the short "Pass" after its holder's birth date
    ("passport", "Teilnehmerliste Hüttentour\nLeitung: Jonas Roth, geb. 12.03.1985, Pass C4RT7512X\nTeilnehmer: Mia",
     "C4RT7512X"),
    ("passport", "Crew SY Seeschwalbe\nSkipperin: Jana Kurz, geboren am 4. Mai 1980, Pass 503148729", "503148729"),
    # 3. Austria's social-security number after "Vers.-Nr." in an Austrian form
    ("national_id", "Lohnzettel Österreich\nDienstnehmer: Jonas Roth\nVers.-Nr.: 1236 040580\nEintritt: 1.3.2024",
     "1236 040580"),
    ("national_id", "Stammdatenblatt (AT)\nName: Mia Gruber\nVers. Nr. 4481120385", "4481120385"),
    ("national_id", "Arbeitnehmerveranlagung 2025\nSteuerpflichtige: Lena Huber, Vers.-Nr. 7718311299", "7718311299"),
    ("national_id", "Patientin mit e-card, Vers.-Nr.: 5505 120385, Termin am Montag", "5505 120385"),
    # 4. an emergency field's number, a sign-off's or a rota's name before a bracket, a message's channel
    ("phone", "Swim club form\nSwimmer: Amy Clarke\nEmergency no.: 4471.2093\nMedical notes: none", "4471.2093"),
    ("phone", "Emergency no.: 5512 0934", "5512 0934"),
    ("phone", "Anmeldung Zeltlager\nKind: Mia Roth\nNotfall-Nr.: 4471.2093", "4471.2093"),
    ("phone", "Fiche d'inscription\nEnfant : Léo Petit\nN° d'urgence : 4471.2093", "4471.2093"),
    ("phone", "Ficha de inscripción\nNiña: Lucía Gil\nN.º de emergencia: 4471 2093", "4471 2093"),
    ("phone", "Inschrijving\nKind: Bram de Vries\nNood-nr.: 4471.2093", "4471.2093"),
    ("phone", "Sorry, can't make it tonight, the car broke down. Cheers, Tom (07700900123)", "07700900123"),
    ("phone", "Kurs fällt heute aus, sorry! LG Jonas (01712345678)", "01712345678"),
    ("phone", "Je suis malade, on décale à jeudi. Bises, Léa (0612345678)", "0612345678"),
    ("phone", "Hoy no puedo ir, lo siento. Besos, Ana (0612345678)", "0612345678"),
    ("phone", "Kan vandaag niet, sorry. Groetjes Sanne (0612345678)", "0612345678"),
    ("phone", "Fahrdienst Schwimmtraining\nMontag: Lia Brunnhuber (0309466893)\nDienstag: Frau Kurz", "0309466893"),
    ("phone", "School run rota\nMonday: Alicia Pembrokeshire (01632960123)\nTuesday: Mr Bell", "01632960123"),
    ("phone", "-- cancelled at the guest's request via text from 07700900123", "07700900123"),
    ("phone", "# Storno auf Wunsch, kam per SMS von 01712345678", "01712345678"),
    ("phone", "/* annulé : demande reçue par SMS depuis le 0612345678 */", "0612345678"),
    ("phone", "-- cancelado, lo pidió por WhatsApp desde el 612345678", "612345678"),
    ("phone", "-- geannuleerd, gevraagd via sms vanaf 0612345678", "0612345678"),
]

CLEAN = [
    # 1. a charity's donors: gifts, no birth dates, no donation of blood or marrow
    ("medical_record", "donor_id,name,email,gift_amount\nD44712093,Amy Clarke,amy@example.com,25.00"),
    ("medical_record", "id_donante;nombre;importe\n44712093;Ana Ruiz;50,00"),
    ("medical_record", "Spendenquittung 2025\nSpender-ID: 44712093\nBetrag: 50 EUR"),
    # ... nor a fertility register's donor code on a form's label, beside birth dates or a blood group
    ("medical_record", "Donorregister (vertrouwelijk)\nDonornummer: 4471209338\nNaam: Sanne Bos\nGeboortedatum: 14-08-1969"),
    ("medical_record", "Spenderzuordnung\nEmpfängerin: Jana Kurz, geb. 12.03.1985\nSpendercode: S-4471209338\nBlutgruppe A Rh-"),
    # 2. a ski pass, a mountain pass, a pass's compound
    ("passport", "Skikurs\nTeilnehmer: Jonas Roth, geb. 12.03.1985, Skipass 503148729"),
    ("passport", "Tourenplan: Jonas Roth, geb. 12.03.1985, Bergpass 503148729"),
    ("passport", "Etappe 4: Jonas Roth, geb. 12.03.1985, Pass 3 (Furka)"),
    # 3. a German insurer's policy under the same label, a wrong check digit
    ("national_id", "Schadenmeldung Kfz\nVersicherungsnehmer: Jonas Roth\nVers.-Nr.: 1236 040580"),
    ("national_id", "Lohnzettel Österreich\nDienstnehmer: Jonas Roth\nVers.-Nr.: 1237 040580"),
    # 4. a date's digits after a channel, a customer's number in brackets, a year range after an emergency
    ("phone", "-- imported via text from 20240315 batch"),
    ("phone", "Kundennummer: Alicia Carraux (0533642595)"),
    ("phone", "Emergency no.: 2024.2025"),
    ("phone", "Room booking\nMonday: Alicia Pembrokeshire (1632960123)"),
]

STILL = [
    ("medical_record", "Donorgegevens\nDonornummer: 4290689003\nBloedgroep: O neg", "4290689003"),
    ("passport", "Crew list\nSkipper: Tom Hale, born 12/03/1985, passport 503148729", "503148729"),
    ("passport", "Liste d'équipage\nSkipper : Luc Moreau, né le 12.03.1985, passeport 503148729", "503148729"),
    ("passport", "Yvonne Lanz, Pass 033453233; die Unterlagen bitte mitbringen", "033453233"),
    ("national_id", "Aufnahmebogen\nSozialversicherungsnummer: 1236 040580", "1236 040580"),
    ("phone", "Emergency number: 4471.2093", "4471.2093"),
    ("phone", "Kassenwart: Jonas (01712345678)", "01712345678"),
    ("phone", "Fiche d'inscription\nEnfant : Léo Petit\nN° d'urgence : 06 12 34 56 78", "06 12 34 56 78"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
