"""The structured rule classes fixed after the randkluft and talus banks' misses and false positives
(round 42). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. national identifiers named in an earlier sentence of the paragraph, then referred back to right
   before the value: a determiner with the number's word or a participle of giving ("Die angegebene",
   "Die Nummer", "the number you gave", "le numéro indiqué", "el número facilitado", "het opgegeven
   nummer"), or what the writer already has ("we already have:", "wir haben bereits", "nous avons
   bien le", "ya tenemos el", "hebben we al:"); the check digit still decides;
2. dates of birth after their label (and whose they are) and a clause that reads the date off a form
   or a document: "date of birth (the enrolment form says ...", "Geburtsdatum deines Sohnes, auf dem
   Anmeldebogen steht ...", "la date de naissance indiquée est le ...", "la fecha de nacimiento de su
   hija, en la ficha pone ...", "de geboortedatum van je zoon, op het formulier staat ...";
3. phones: the number after a past "contacted on/at:" ("kontaktiert unter", "contacté au",
   "contactado en el", "gecontacteerd op"); a number followed by a call's outcome ("went to
   voicemail", "ging auf die Mailbox", "est tombé sur la messagerie", "saltó el buzón", "ging naar de
   voicemail"); a first name after a line's label with the relation in brackets, a comma and the number;
4. medical records: a patient's account at a clinic ("Patient acct", "Patientenkonto", "compte
   patient", "cuenta del paciente", "patiëntaccount") and a hospice's number ("hospice no.",
   "Hospiz-Nr.", "n° hospice", "número de hospicio", "hospicenummer"), also in a phone's shape;
5. false positives: a member's column ("adherent", "member", "Mitglied", "socio", "lid") in a delimited
   table holds no phone, whatever the header's last column; a reference's number ("et de la référence
   ...") in a sentence about an identity document is no passport.

Of the 65 cases (39 to catch, 12 near misses, 5 member numbers that must not be phones, 9 that must
stay found), 43 failed before the change: all 39 catches, the French reference beside an identity
document, and the adherent, member and Mitglied columns' numbers (the socio and lid columns' were
clean already: their header's last word, "telefono", "telefoon", was not read as a phone word).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a national identifier named earlier, then referred back to
    ("national_id", "Wir brauchen für den Antrag noch die Steuer-ID Ihrer Tochter. Die übermittelte 52359647589 "
                    "gehört laut Amt zu Ihnen.", "52359647589"),
    ("national_id", "Bitte schicken Sie die Identifikationsnummer Ihres Sohnes. Die Nummer 57 413 978 625 "
                    "aus dem Bescheid ist Ihre eigene.", "57 413 978 625"),
    ("national_id", "Il nous manque encore le NISS de votre fille. Le numéro indiqué, 85115433009, est le vôtre.",
     "85115433009"),
    ("national_id", "Merci de nous transmettre le numéro de registre national de votre époux. Pour vous, nous "
                    "avons déjà le 92092136827.", "92092136827"),
    ("national_id", "We still need your partner's BSN for the return. Yours we already have: 147345686.", "147345686"),
    ("national_id", "Nog één ding: het rijksregisternummer van je dochter ontbreekt. Dat van jou hebben we wel: "
                    "85115433009.", "85115433009"),
    ("national_id", "Falta el NISS de su cónyuge. De usted ya tenemos el 92092136827.", "92092136827"),
    ("national_id", "Please send your daughter's BSN. The number you gave, 147345686, is your own.", "147345686"),
    # 2. a birth date's label, then a clause that reads the date off a form
    ("date_of_birth", "Quick check on your daughter's date of birth (the enrolment form says 03/05/2012, correct?)",
     "03/05/2012"),
    ("date_of_birth", "Kurze Frage zum Geburtsdatum deines Sohnes, auf dem Anmeldebogen steht 03.05.2012 - passt das?",
     "03.05.2012"),
    ("date_of_birth", "Concernant votre fils, la date de naissance indiquée sur la fiche est le 03/05/2012 : est-ce exact ?",
     "03/05/2012"),
    ("date_of_birth", "Sobre la fecha de nacimiento de su hija, en la ficha pone 03/05/2012, ¿es correcto?", "03/05/2012"),
    ("date_of_birth", "Over de geboortedatum van je zoon: op het formulier staat 03-05-2012, klopt dat?", "03-05-2012"),
    # 3. contacted on, a call's outcome after the number, a relation in brackets
    ("phone", "FOUND ITEM 220\nKeys with a red fob\nFinder contacted at: 4471-2093", "4471-2093"),
    ("phone", "Fundsache 220\nEigentümer kontaktiert unter: 01712345678", "01712345678"),
    ("phone", "Objet trouvé 220\nPropriétaire contacté au : 0612345678", "0612345678"),
    ("phone", "Objeto perdido 220\nPropietario contactado en el: 612345678", "612345678"),
    ("phone", "Gevonden voorwerp 220\nEigenaar gecontacteerd op: 0612345678", "0612345678"),
    ("phone", "We need another number for the booking, since 4471.2093 went straight to voicemail.", "4471.2093"),
    ("phone", "Bitte eine zweite Nummer angeben, 01712345678 ging direkt auf die Mailbox.", "01712345678"),
    ("phone", "Merci de nous donner un autre numéro, le 0612345678 est tombé sur la messagerie.", "0612345678"),
    ("phone", "Necesitamos otro número, el 612345678 saltó al buzón de voz.", "612345678"),
    ("phone", "Graag een ander nummer, 0612345678 ging meteen naar de voicemail.", "0612345678"),
    ("phone", "Ingreso planta 3\nPersona de referencia: Pilar (madre), 612345678", "612345678"),
    ("phone", "Aufnahme Station 3\nAbholung: Jonas (Sohn), 01712345678", "01712345678"),
    ("phone", "Admission\nRéférent familial : Hugo (fils), 0612345678", "0612345678"),
    ("phone", "Opname\nAanspreekpunt: Sanne (dochter), 0612345678", "0612345678"),
    ("phone", "Admission\nFamily lead: Anna (daughter), 07700900123", "07700900123"),
    # 4. a patient's account at a clinic, a hospice's number
    ("medical_record", "Receipt - Clearview Audiology\nHearing test and fitting\nPatient acct: HA-7730142", "HA-7730142"),
    ("medical_record", "Quittung Hörzentrum Nord\nPatientenkonto 7730142", "7730142"),
    ("medical_record", "Reçu - Centre auditif\nCompte patient : 2019-773014", "2019-773014"),
    ("medical_record", "Recibo Centro Auditivo\nCuenta del paciente: 7730142", "7730142"),
    ("medical_record", "Kwitantie Hoorcentrum\nPatiëntaccount: 7730142", "7730142"),
    ("medical_record", "Night report: Mrs Dale, hospice no. 2019-773014, comfortable overnight.", "2019-773014"),
    ("medical_record", "Night report: Mr Peel, hospice no. 415 773 0142, comfortable overnight.", "415 773 0142"),
    ("medical_record", "Nachtbericht: Frau Roth, Hospiz-Nr. 7730142, ruhige Nacht.", "7730142"),
    ("medical_record", "Rapport de nuit : Mme Roy, n° hospice 7730142, nuit calme.", "7730142"),
    ("medical_record", "Informe nocturno: Sra. Gil, número de hospicio 7730142, noche tranquila.", "7730142"),
    ("medical_record", "Nachtrapport: mevr. Smit, hospicenummer 7730142, rustige nacht.", "7730142"),
]

CLEAN = [
    # 1. the check digit fails; the identifier is named in another paragraph; no identifier named
    ("national_id", "Wir brauchen noch die Steuer-ID Ihrer Tochter. Die übermittelte 52359647588 gehört zu Ihnen."),
    ("national_id", "Il nous manque le NISS de votre fille.\n\nPour la facture, nous avons bien le 85115433009."),
    ("national_id", "We still need the delivery slot. Yours we already have: 147345686."),
    # 2. another date read off a form after the birth date's label
    ("date_of_birth", "Date of birth is fine; the form says the course starts 03/05/2026, correct?"),
    ("date_of_birth", "Geburtsdatum ok. Im Formular steht als Kursbeginn 03.05.2026."),
    # 3. contacted about an order; a number that is an order's; a bracket after a label's name of no person
    ("phone", "Supplier contacted on 12/03/2026 about order 4471-2093."),
    ("phone", "Your order 4471.2093 went out today."),
    ("phone", "Lieferant: Acme (Lager), Bestellung 01712345678"),
    # 4. an account that is no patient's; a hospice named with no number's word
    ("medical_record", "Receipt - Clearview Audiology\nCustomer account: 7730142"),
    ("medical_record", "Donations to the hospice 2019-773014 appeal are welcome."),
    # 5. a booking reference beside an identity document
    ("passport", "Votre passeport vous attend au guichet : présentez une pièce d'identité et la référence 418203375."),
    ("passport", "Su pasaporte está en la oficina: traiga un documento de identidad y la referencia 418203375."),
]

# 5. a member's column in a delimited table: its number is no phone, the phone column's still is
NOT_FOUND = [
    ("phone", "adherent;nom;ville;tel\n5417709923;Léa Roy;Lyon;0612345678", "5417709923"),
    ("phone", "member,name,town,phone\n5417709923,Tom Hale,Leeds,07700900123", "5417709923"),
    ("phone", "Mitglied;Name;Ort;Telefon\n5417709923;Jonas Roth;Ulm;01712345678", "5417709923"),
    ("phone", "socio;nombre;ciudad;telefono\n5417709923;Ana Gil;Soria;612345678", "5417709923"),
    ("phone", "lid;naam;plaats;telefoon\n5417709923;Sanne Smit;Delft;0612345678", "5417709923"),
]

STILL = [
    ("national_id", "Steuer-ID: 52359647589", "52359647589"),
    ("national_id", "Merci de nous communiquer votre NISS. Nous avons noté 85115433009.", "85115433009"),
    ("date_of_birth", "Geburtsdatum laut Anmeldeformular: 03.05.2012", "03.05.2012"),
    ("phone", "Caller: 4471-2093", "4471-2093"),
    ("phone", "adherent;nom;ville;tel\n5417709923;Léa Roy;Lyon;0612345678", "0612345678"),
    ("phone", "Next of kin: Dervla Gilsenan (daughter), 9142-1759", "9142-1759"),
    ("medical_record", "hospital no. 2019-773014", "2019-773014"),
    ("passport", "Passeport n° 18AB12345, délivré à Lyon, référence du dossier 418203375.", "18AB12345"),
    ("passport", "D'après l'aéroport, le passeport n° 18AB12345 a été retrouvé.", "18AB12345"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
