"""The structured rule classes fixed after the kettle and loess banks' misses and the lead's own
probes (round 34). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. identifiers without a self-evident shape (SIN, TFN, PPSN, Aadhaar, Steuer-ID, SV-Nummer,
   Rijksregisternummer, BSN): the name after the value, in brackets or after "i.e."/"d. h."/
   "c'est-à-dire"/"es decir"/"oftewel"; a key that joins the name with another by a slash, "or" or
   "and" ("SIN/Tax ID:"); a table column the name heads, a one-column table too; a value taken down
   ("noted", "notiert", "noté", "anotado", "genoteerd") in the clause after the one that asks for the
   identifier by name, in the same paragraph. The check digit still decides; a bracket that goes on
   with other words, a value in another paragraph and an invalid number stay clean;
2. dates of birth: a key that joins the birth's place and date in either order, the place maybe
   before the date ("Place and date of birth: Leeds, 3 May 1979"); whose birth it is after the label
   ("the date of birth of your son is"); "Fecha Nac" without its full stop; a family's list of
   children, each first name with the date in brackets; a date still to come stays clean;
3. secrets: a "-p" argument needs a command line around it (another option or a client's name on
   its line); a hyphenated word's tail in prose ("en -plaats:") is none;
4. addresses: a named public venue (a museum, a library, a theatre, a cathedral, a stadium ...)
   right before the street is the venue's address, no one's home; the venue's word in lower case
   ("after the museum, ...") and a person's address stay addresses;
5. phones: a national number with its trunk 0 after a preposition and the number's word ("unter
   der angegebenen Nummer", "on the usual number", "au numéro", "al número", "op het nummer") in a
   sentence that reaches someone (call, reach, erreichbar, rappeler, llamar, bellen); an order's or
   an invoice's number there stays clean.
"""

from __future__ import annotations

from workloads.guard import Scanner

from tests.guard.test_rule_classes import catches, found, stays_clean

CATCH = [
    # 1. identifiers named after the value, by a joined key, by a column, or asked for before
    ("national_id", "Employer copy: 294 675 368 (SIN) - keep it private.", "294 675 368"),
    ("national_id", "We processed 876543202, i.e. the TFN you gave us last year.", "876543202"),
    ("national_id", "Bitte prüfen: 86095742719, d. h. die Steuer-ID Ihrer Tochter.", "86095742719"),
    ("national_id", "J'ai reçu 85073003328 (NISS de l'héritier) hier.", "85073003328"),
    ("national_id", "Recibido el 2341 2341 2346 (Aadhaar) del solicitante.", "2341 2341 2346"),
    ("national_id", "Klant gaf door: 111222333, oftewel het BSN van haar man.", "111222333"),
    ("national_id", "SIN/Tax ID: 294 675 368", "294 675 368"),
    ("national_id", "SV-Nummer oder IdNr.: 1237010180", "1237010180"),
    ("national_id", "PPSN and DOB: 1234567T, 03/05/1979", "1234567T"),
    ("national_id", "BSN / sofinummer: 111222333", "111222333"),
    ("national_id", "| BSN |\n|---|\n| 111222333 |", "111222333"),
    ("national_id", "Name;SIN\nRuth;294 675 368", "294 675 368"),
    ("national_id", "Pour la procuration il me faut ton NISS ; j'ai noté 85073003328, c'est bien ça ?", "85073003328"),
    ("national_id", "Wir brauchen noch Ihre Steuer-ID. Notiert haben wir 86095742719, stimmt das?", "86095742719"),
    ("national_id", "For the rebate we need your TFN. We have 876543202 recorded, please confirm.", "876543202"),
    ("national_id", "Voor de aanvraag is het BSN nodig. Ik heb 111222333 genoteerd.", "111222333"),
    # 2. dates of birth
    ("date_of_birth", "Place and date of birth: York, 14 June 1981", "14 June 1981"),
    ("date_of_birth", "Geburtsort und -datum: Kiel, 14.06.1981", "14.06.1981"),
    ("date_of_birth", "Datum und Ort der Geburt: 14.06.1981, Kiel", "14.06.1981"),
    ("date_of_birth", "lieu et date de naissance : Nantes, le 14 juin 1981", "14 juin 1981"),
    ("date_of_birth", "Lugar y fecha de nacimiento: Cádiz, 14 de junio de 1981", "14 de junio de 1981"),
    ("date_of_birth", "geboorteplaats en -datum: Brugge, 14-06-1981", "14-06-1981"),
    ("date_of_birth", "Can you confirm the date of birth of your daughter is 14/06/2016?", "14/06/2016"),
    ("date_of_birth", "la fecha de nacimiento de su hijo es 14/06/2016", "14/06/2016"),
    ("date_of_birth", "Fecha Nac 14/06/1981 - Sexo F", "14/06/1981"),
    ("date_of_birth", "Dependants: kids Noah (June 14, 2016) and Ella (2019-02-03)", "June 14, 2016"),
    ("date_of_birth", "Dependants: kids Noah (June 14, 2016) and Ella (2019-02-03)", "2019-02-03"),
    ("date_of_birth", "Angehörige: Kinder Lea (14.06.2016), Tim (03.02.2019)", "03.02.2019"),
    ("date_of_birth", "Famille : enfants Léa (14 juin 2016) et Tom (3 février 2019)", "3 février 2019"),
    ("date_of_birth", "hijas Lucía (14/06/2016) y Marta (03/02/2019)", "14/06/2016"),
    ("date_of_birth", "gezin: kinderen Bram (14-06-2016) en Fien (03-02-2019)", "03-02-2019"),
    # 4. a person's address stays one
    ("street_address", "After the museum, 48 Doughty Street is where I live.", "48 Doughty Street"),
    ("street_address", "Deliver to Tom, 48 Doughty Street, London", "48 Doughty Street"),
    # 5. phones reached under the number's word
    ("phone", "Frau Roth ist ab Montag unter der neuen Nummer 08912345678 erreichbar.", "08912345678"),
    ("phone", "Please call me on the usual number 01134960960 after six.", "01134960960"),
    ("phone", "Vous pouvez me rappeler au numéro 0612345678 ce soir.", "0612345678"),
    ("phone", "Puedes llamarme al número 0912345678 por la tarde.", "0912345678"),
    ("phone", "Je kunt me bellen op het nummer 0612345678 na zessen.", "0612345678"),
]

CLEAN = [
    ("national_id", "Ref 111222333 (BSN form pending)"),
    ("national_id", "Invoice 111222333 (SIN city branch)"),
    ("national_id", "We need your BSN.\n\nOrder 111222333 was noted as shipped."),
    ("national_id", "Please use 294 675 369 (SIN) for the form."),  # the check digit fails
    ("national_id", "| Ticket |\n|---|\n| 111222333 |"),
    ("date_of_birth", "Place and date of the meeting: Leeds, 3 May 2024"),
    ("date_of_birth", "Lugar y fecha de la firma: Cádiz, 14 de junio de 2024"),
    ("date_of_birth", "children Noah (June 14, 2099) and Ella (2098-02-03)"),
    ("date_of_birth", "the children's show (14 June 2016) was a success"),
    ("secret", "geboortedatum en -plaats: 3 mei 1979, Gent"),
    ("secret", "Wohnort und -postleitzahl: siehe Anhang"),
    ("street_address", "The letters are kept at the Brontë Parsonage Museum, 12 Church Street, Haworth."),
    ("street_address", "Treffpunkt: Deutsches Museum, Museumsinsel 1, 80538 München"),
    ("street_address", "Visite guidée au Musée Carnavalet, 23 rue de Sévigné, 75003 Paris."),
    ("street_address", "La exposición sigue en el Museo del Prado, Calle de Ruiz de Alarcón 23, Madrid."),
    ("street_address", "Concert in het Concertgebouw, Concertgebouwplein 10, Amsterdam."),
    ("phone", "Ihr Auftrag wurde unter der Nummer 0482736451 gespeichert."),
    ("phone", "Votre dossier est enregistré au numéro 0482736451."),
    ("phone", "Su pedido figura con el número 0912345678."),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)


def test_command_line_password_still_read(scanner: Scanner) -> None:
    assert ("secret", "Tr0ub4dor&3x") in found(scanner, "mysql -u root -pTr0ub4dor&3x shop")
