"""The structured rule classes fixed after the marsh bank's misses (issue 14, round 78, structured half).
Each case is worded differently from the bank, in the languages where the class exists, with near misses that must
stay as they were:

1. a passport: an identity document's word alone heading a column of a list of people with their birth dates
   ("NOM PRENOM;NE(E) LE;PIECE", "Nom et prénom;Date de naissance;Pièce", "Surname forename | DOB | ID",
   "Teilnehmer;Geb.-Datum;Dokument", "Nombre y apellidos|Fecha de nacimiento|Documento", "Naam en voornaam;
   Geboortedatum;Identiteitsbewijs"): a passport's shape under it; a Spanish DNI whose check letter holds stays the
   national id, a table of things ("PIECE;QTE;PRIX") and a record's own "ID" leading its row stay clean;
2. no passport: a martial art's pass or licence in a text that names a grade ("Pass-Nr. ... Prüfung zum 5. Kyu",
   "Pass no: ... Grading for: 6th kyu", "Passeport sportif n° ... ceinture jaune, judo", "Licencia: ... 5º kyu",
   "Judopaspoort nr. ... gele band"); a passport named by its own word in a judo club's text stays one;
3. a medical record: a consultation report's patient line, the name, the birth date, then the file's word and number
   ("Compte rendu de consultation\nLéa Roy, née le 12/03/1961, dossier 2019-447120", "Sprechstundenbericht",
   "Consultation report", "Informe de consulta", "Consultverslag"); a notary's letter or a lawyer's consultation stays
   clean;
4. a date of birth: the date as the writer has it written down ("I've got her date of birth noted as 04/03/2015",
   "DOB written down as", "Geburtsdatum notiert als", "date de naissance notée comme", "fecha de nacimiento apuntada
   como", "geboortedatum genoteerd als");
5. a phone: a relative's number named by the relation ("Her son's number is 64215583", "Nummer der Tochter:", "le
   numéro de sa fille :", "el número de su hija es", "het nummer van haar dochter is"); a booking's number stays clean;
6. a phone: a message's last sentence offering the number for anything ("Cualquier duda, 912345678.", "Any problems,
   ...", "Au besoin, ...", "Mocht er iets zijn, ..."); the number in the message's middle stays clean;
7. a phone: the key holder of a person's home on a care plan, the name and the relation in brackets before the
   number ("Key holder: Lisa (niece) 7893139172", "Schlüsselinhaber:", "Détenteur des clés :", "Sleutelhouder:");
8. a phone: a rota's line in columns, the weekday, a first name and the number alone in brackets ("Mon     Oliver
   (0113496012)", "Mo vorm.  Jonas (...)", "Lun  matin  Luc (...)", "Lun   Pablo (...)"); a rota of rooms stays clean;
9. a phone: a firm's line with its legal form, a dash and the number ending the line ("Chauffage des Alpes SARL –
   0238612441", "Heizungsbau Roth GmbH - ...", "Reformas Gil S.L. – ...", "Installatiebedrijf Bos B.V. – ...", "Hale &
   Sons Ltd - ..."); more after the number on its line stays clean;
10. a secret: a URL's password that is a "$" and a name no one writes closed by a bracket, with a short tail
   ("mongodb://app:$Tq9wErYu3)Zk@..."); a variable's name closed by a bracket stays unread.

Of the 59 cases below (40 to catch, 19 to leave or keep as they were), 43 fail on round 77 (the 40 to catch and the
three martial art's passes in German, English and French that round 77 reads as passports). One case was added by
the lead after the full dump, passing on round 77: a school bus list's "ausweisnr" column (a first version read it as
an identity document's and gained sixteen false passports on penitente).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean, value_not_found

CATCH = [
    # 1. an identity document's column beside a person's and a birth date's
    ("passport", "Nom et prénom;Date de naissance;Pièce\nLéa Roy;12/03/1961;B41230987\n"
     "Marc Petit;03/07/1958;731204558", "B41230987"),
    ("passport", "NOM, PRENOM;DATE NAISS.;PIECE\nLea Roy;12/03/1961;B41230987\nMarc Petit;03/07/1958;731204558",
     "731204558"),
    ("passport", "Surname forename | DOB | ID\nCole Ann | 12/03/1961 | 533112846\n"
     "Hale Tom | 03/07/1958 | 548812290", "533112846"),
    ("passport", "Teilnehmer;Geb.-Datum;Dokument\nAnna Roth;12.03.1961;731204558\n"
     "Lea Kurz;03.07.1958;C41230987", "731204558"),
    ("passport", "Nombre y apellidos|Fecha de nacimiento|Documento\nAna Gil|12-03-1961|731204558\n"
     "Luis Ruiz|03-07-1958|PAB654321", "731204558"),
    ("passport", "Naam en voornaam;Geboortedatum;Identiteitsbewijs\nPeeters Saar;12-03-1961;731204558\n"
     "Smit Noor;03-07-1958;B41230987", "731204558"),
    # 3. a consultation report's patient line
    ("medical_record", "Compte rendu de consultation\nLéa Roy, née le 12/03/1961, dossier 2019-447120\n"
     "Motif : grain de beauté", "2019-447120"),
    ("medical_record", "Sprechstundenbericht\nAnna Roth, geb. 12.03.1961, Akte 4471209\nAnlass: Muttermal", "4471209"),
    ("medical_record", "Consultation report\nTom Hale, DOB 12/03/1961, file 4471209\nReason: mole review", "4471209"),
    ("medical_record", "Informe de consulta – dermatología\nAna Gil, nacida el 12-03-1961, historia 4471209\n"
     "Motivo: nevus", "4471209"),
    ("medical_record", "Consultverslag dermatologie\nSaar Peeters, geboren 12-03-1961, dossier 4471209\n"
     "Reden: moedervlek", "4471209"),
    # 4. a birth date as the writer has it written down
    ("date_of_birth", "Before the trip: I've got her date of birth noted as 04/03/2015, shout if that's wrong.",
     "04/03/2015"),
    ("date_of_birth", "Quick check - I've got his DOB written down as 2012-07-19, is that right?", "2012-07-19"),
    ("date_of_birth", "Kurze Frage: ich habe das Geburtsdatum notiert als 12.03.2015, stimmt das?", "12.03.2015"),
    ("date_of_birth", "J'ai sa date de naissance notée comme 12/03/2015, merci de confirmer.", "12/03/2015"),
    ("date_of_birth", "Tengo su fecha de nacimiento apuntada como 12-03-2015, ¿es correcto?", "12-03-2015"),
    ("date_of_birth", "Ik heb haar geboortedatum genoteerd als 12-03-2015, klopt dat?", "12-03-2015"),
    # 5. a relative's number
    ("phone", "Mrs Lee back home today. Her son's number is 64215583, ring him after 5.", "64215583"),
    ("phone", "Frau Roth ist zurück. Nummer der Tochter: 64215583.", "64215583"),
    ("phone", "Mme Roy est rentrée. Le numéro de sa fille : 64215583.", "64215583"),
    ("phone", "La señora Gil ya está en casa. El número de su hija es 64215583.", "64215583"),
    ("phone", "Mevrouw Smit is thuis. Het nummer van haar dochter is 64215583.", "64215583"),
    # 6. a message's last sentence that offers the number for anything
    ("phone", "Hola Marta, el ensayo es el jueves a las 18:00 en el salón. Cualquier duda, 912345678.", "912345678"),
    ("phone", "Hi Sam, the van comes at 7. Any problems, 07700900123.", "07700900123"),
    ("phone", "Salut Paul, rendez-vous à 8 h devant la salle. Au besoin, 0612345678.", "0612345678"),
    ("phone", "Hoi Bram, we vertrekken om 9 uur. Mocht er iets zijn, 0612345678.", "0612345678"),
    # 7. the key holder
    ("phone", "Care plan\nKey holder: Lisa (niece) 7893139172\nKey safe by the back door", "7893139172"),
    ("phone", "Pflegeplan\nSchlüsselinhaber: Jonas (Neffe) 01712345678\nSchlüsselbox am Hintereingang", "01712345678"),
    ("phone", "Plan de soins\nDétenteur des clés : Léa (nièce) 0612345678\nBoîte à clés côté jardin", "0612345678"),
    ("phone", "Zorgplan\nSleutelhouder: Sanne (nicht) 0612345678\nSleutelkluis bij de achterdeur", "0612345678"),
    # 8. a rota's line in columns, the number in brackets
    ("phone", "Food bank drivers\nMon     Oliver (0113496012)\nTue     Harry (0113496013)\nWed     COVER", "0113496012"),
    ("phone", "Fahrdienst\nMo vorm.  Jonas (01712345678)\nDi        Anna (0301234567)", "01712345678"),
    ("phone", "Permanences\nLun  matin  Luc (0612345678)\nMar  soir   Léa (0698765432)", "0698765432"),
    ("phone", "Turnos\nLun   Pablo (612345678)\nMar   Lucía (622345678)", "612345678"),
    # 9. a firm's line, a dash and its number
    ("phone", "Rapport d'intervention\nChaudière révisée le 5 avril, conforme.\nChauffage des Alpes SARL – 0238612441",
     "0238612441"),
    ("phone", "Wartungsprotokoll\nAnlage geprüft, keine Mängel.\nHeizungsbau Roth GmbH - 0301234567", "0301234567"),
    ("phone", "Acta de revisión\nCaldera revisada, conforme.\nReformas Gil S.L. – 912345678", "912345678"),
    ("phone", "Onderhoudsrapport\nKetel nagekeken, in orde.\nInstallatiebedrijf Bos B.V. – 0201234567", "0201234567"),
    ("phone", "Service report\nBoiler serviced, all fine.\nHale & Sons Ltd - 01632960123", "01632960123"),
    # 10. a URL's password, a "$" and a name no one writes closed by a bracket
    ("secret", "Job failed:\n  mongodb://app:$Tq9wErYu3)Zk@mongo.internal:27017/app\n  auth error", "$Tq9wErYu3)Zk"),
]

CLEAN = [
    # 1. a table of things, and a record's own id leading its row
    ("passport", "Commande atelier\nPIECE;QTE;PRIX\nAB1234567;3;12,50\nCD7654321;1;4,00"),
    ("passport", "Export\nID;Name;DOB\n10023456;Ann Cole;12/03/1961\n10023457;Tom Hale;03/07/1958"),
    # added by the lead after the full dump: a card's number ("Ausweis" is any card: a bus pass, a library's)
    ("passport", "Schulbus\nausweisnr;name;geburtsdatum;haltestelle\n4471209883;Lea Kurz;12.03.2012;Kirchplatz\n"
     "4471209884;Tom Roth;03.07.2013;Markt"),
    # 2. a martial art's pass beside a grade
    ("passport", "Gürtelprüfung\nPrüfling: Lea Kurz, geb. 12.03.2012\nPass-Nr. 4471209883\nPrüfung zum 5. Kyu (gelb)"),
    ("passport", "Karate grading sheet\nStudent: Tom Hale\nDOB: 12/03/2012\nPass no: 4471209883\nGrading for: 6th kyu"),
    ("passport", "Passage de grade\nJudoka : Léa Roy, née le 12/03/2012\nPasseport sportif n° 4471209883\n"
     "Grade visé : ceinture jaune, judo"),
    ("passport", "Examen de cinturón - judo\nJudoka: Ana Gil, nacida el 12-03-2012\nLicencia: 4471209883\nGrado: 5º kyu"),
    ("passport", "Judo bandexamen\nJudoka: Saar Peeters, geboren 12-03-2012\nJudopaspoort nr. 4471209883\n"
     "Examen voor: gele band"),
    # 3. a file after a birth date in no consultation's report
    ("medical_record", "Courrier de l'étude\nLéa Roy, née le 12/03/1961, dossier 2019-447120\nObjet : succession"),
    ("medical_record", "Compte rendu de consultation juridique\nLéa Roy, née le 12/03/1961, dossier 2019-447120\n"
     "Objet : bail commercial"),
    # 5. a number no relative's, or a thing's
    ("phone", "Daughter's booking number is 64215583, please keep it."),
    # 6. the number in the message's middle
    ("phone", "Cualquier cosa, 974196816 es el pedido y llega el lunes con el resto."),
    # 8. a rota of rooms
    ("phone", "Rooms\nMon  Kitchen (0332547888)\nTue  Hall (0332547889)"),
    # 9. more after the firm's number on its line
    ("phone", "Rechnung\nHeizungsbau Roth GmbH - 0301234567 (Auftrag), bitte angeben"),
    # 10. a variable's name closed by a bracket
    ("secret", "postgresql://u:$DB_PASS)x@db.internal:5432/app"),
]

NOT_FOUND = [
    # 1. a Spanish DNI whose check letter holds is no passport
    ("passport", "Viaje\nNombre y apellidos|F. nac.|Documento\nAna Gil|12-03-1961|12345678Z\n"
     "Luis Ruiz|03-07-1958|PAB654321", "12345678Z"),
]

STILL = [
    # 1. the DNI stays the national identifier
    ("national_id", "Viaje\nNombre y apellidos|F. nac.|Documento\nAna Gil|12-03-1961|12345678Z\n"
     "Luis Ruiz|03-07-1958|PAB654321", "12345678Z"),
    # 2. a passport named in a martial art's text
    ("passport", "Judo camp in Japan (3rd kyu and above): Tom Hale, passport number 533112846", "533112846"),
    # 5. a relative's number with its trunk 0 as before
    ("phone", "Her son's number is 07781486712.", "07781486712"),
    # 7. the next of kin as before
    ("phone", "NOK: Erica (son) - 8893139172\nDNACPR in place", "8893139172"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
