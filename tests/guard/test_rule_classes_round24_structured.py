"""The structured rule classes fixed after the lagoon and steppe banks' misses and false positives
(issue 14, round 24). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. secrets: a tool's note in brackets where a password's value would stand, words only (Terraform's
   "password = (sensitive value)", "(known after apply)", a dump's "(hidden)") is no password; a
   password in brackets with a digit or a symbol still is;
2. secrets: a password that starts with "$" in a connection URL, when what follows is no variable's
   name ("mysql://app:$Hd1o0FcmCRCg@db"), as the command line's rule already read it; and a "$" and a
   name that go on with symbols no reference writes after it ("-p'$Kt9wqPLm*^!'"); "$DB_PASS",
   "${PW}", "$HOME/x" stay references;
3. IP addresses: a host's address written with its prefix names the host, when the prefix is the
   whole address (/32, /128) or the host's bits are set ("allow 141.182.111.18/32", an interface's
   "inet 192.168.1.23/24", "2a01:4f8:1c:2b::17/64"); a network ("10.40.0.0/16", "2001:db8::/48")
   stays clean;
4. records: a file's word alone before its number, at a line's start or as a note in brackets
   beside the patient's name, the number ending the line or the bracket ("Pat.: Ann Hale (chart
   P-4471209)", "Akte 2019-508178", "Dossier K1634812", "(historia 5531907)", "Dossier 727418"), in a
   text about care; an office's, a court's or an airline's file, and a word that runs on, stay clean;
5. dates of birth: several people's dates of birth named in the plural, then listed ("DOBs on file:
   12/03/1985 and 14/02/1987", "Geburtsdaten: ... / ...", "dates de naissance : ... et ...", "fechas
   de nacimiento: ... y ...", "geboortedata: ... en ..."); a range ("birth dates between ... and ...")
   stays clean;
6. dates of birth: the answer that gives the name first, then the date, after a question that asks
   for the name and the date of birth ("your full name and date of birth?\\nClient: Ann Hale,
   12/03/1985"); an answer to a question that asks for no name stays as before;
7. phones: a spouse or a life partner as the contact's label ("Spouse: Tom (husband), 52700100",
   "Ehepartner:", "Conjoint :", "Cónyuge:", "Echtgenoot:"); a bare "Partner" (a firm's) does not count;
8. phones: the German call verb with its particle at the clause's end ("ruf doch mal an:
   01712345678", "ruft uns gerne an, 0301234567");
9. phones: a bare number under a table's contact or phone column ("| Kontakt |", "| Contacto |"); a
   contact's key ("contact_id") numbers the row, and "Handy-Modell" names a model;
10. phones: a closing, the sender's name and the number on one line ("Kind regards, Tom Hale,
    0412345678", "Cordialement, Léa Morel, 0612345678", "> Un saludo, Ana Gil, 912345678"); a
    closing followed by another word than a name, or the number followed by more, stays clean;
11. phones: a party's line, the person's name and the number alone in brackets ("Tenant: Tom Hale
    (0201234567)", "Cliente: Ana Gil Roca (912345678)"); an ID's word in the bracket, a word after
    the number or a label that is no person's stays clean;
12. phones: a message signed with the sender's name (a first name and a surname) on one line and a
    national number alone on the next, the message's last line, maybe in a quoted reply ("Jana
    Roth\n01712345678", "> Paul Morel\n> 0612345678\n\n..."); a label's line above the number, or
    a line after it, keeps it out;
13. streets: a Dutch town that shares its name with another, its province in brackets after it
    ("1871 AB Bergen (NH)", "Hengelo (Gld)", "Hengelo (O)"), is part of the address.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 2. a "$"-started password in a connection URL or after -p
    ("secret", "DATABASE_URL=postgres://billing:$Hd1o0FcmCRCg@10.2.0.4:5432/app", "$Hd1o0FcmCRCg"),
    ("secret", "Verbindung: mysql://shop:$Qe7rTz2Wkp@db.intern/shop", "$Qe7rTz2Wkp"),
    ("secret", "psql -h db -U admin -p'$Kt9wqPLm*^!' prod", "$Kt9wqPLm*^!"),
    # 3. a host's address with its prefix
    ("ip_address", "allowlist:\n  - 141.182.111.18/32\n  - 10.40.0.0/16", "141.182.111.18"),
    ("ip_address", "eth0: inet 192.168.1.23/24 brd 192.168.1.255", "192.168.1.23"),
    ("ip_address", "Erlaubte Quelle: 2a01:4f8:1c:2b::17/64", "2a01:4f8:1c:2b::17"),
    # 4. a file's word alone before its number, in care
    ("medical_record", "Orthodontic review\nPat.: Ann Hale (chart P-4471209)\nBraces off in May", "P-4471209"),
    ("medical_record", "Pflegeüberleitung Station 3\nAkte 2019-508178\nMobilisation mit Rollator", "2019-508178"),
    ("medical_record", "Sortie de la patiente, service de pneumologie\nDossier K1634812\nTraitement : inchangé", "K1634812"),
    ("medical_record", "Paciente ingresada en la planta 2 (historia 5531907), pendiente de analítica", "5531907"),
    ("medical_record", "Overdracht verpleegafdeling\nDossier 727418\nPatiënt slaapt goed", "727418"),
    # 5. several dates of birth in the plural
    ("date_of_birth", "Both applicants' DOBs on file: 12/03/1985 and 14/02/1987.", "14/02/1987"),
    ("date_of_birth", "Geburtsdaten der Eltern: 03.04.1961 / 21.07.1963", "21.07.1963"),
    ("date_of_birth", "Les dates de naissance des époux : 12/03/1985 et 14/02/1987", "14/02/1987"),
    ("date_of_birth", "Fechas de nacimiento de los titulares: 21/07/1987 y 03/04/1990", "03/04/1990"),
    ("date_of_birth", "Geboortedata kinderen: 12-03-2012, 14-02-2015", "14-02-2015"),
    # 6. the name first, then the date, after a question for both
    ("date_of_birth", "Clerk: Can I have your full name and date of birth?\nClient: Ann Hale, 12/03/1985", "12/03/1985"),
    ("date_of_birth", "Nennen Sie mir bitte Ihren Namen und Ihr Geburtsdatum?\nKundin: Jana Roth, 03.04.1971", "03.04.1971"),
    ("date_of_birth", "Pouvez-vous me donner votre nom et date de naissance ?\nClient : Paul Morel, 14/02/1969", "14/02/1969"),
    ("date_of_birth", "¿Me dice su nombre y fecha de nacimiento?\nSocia: Ana Gil, 21/07/1987", "21/07/1987"),
    ("date_of_birth", "Wat is uw naam en geboortedatum?\nBeller: Els Peeters, 12-03-1980", "12-03-1980"),
    # 7. a spouse or a life partner as the contact
    ("phone", "Pre-op checklist\nSpouse: Tom (husband), 52700100\nFasting from midnight", "52700100"),
    ("phone", "Aufnahme\nEhepartnerin: Jana (Ehefrau), 0301234567", "0301234567"),
    ("phone", "Admission\nConjoint : Paul (mari), 0612345678", "0612345678"),
    ("phone", "Ingreso\nCónyuge: Luis (marido), 912345678", "912345678"),
    ("phone", "Opname\nEchtgenoot: Pieter (man), 0201234567", "0201234567"),
    # 8. the German call verb with its particle
    ("phone", "Das Paket liegt bei mir, ruf doch mal an: 01712345678", "01712345678"),
    ("phone", "Wegen der Abholung: ruft uns gerne an, 0301234567", "0301234567"),
    # 9. a table's contact column
    ("phone", "| Name | Rolle | Kontakt |\n|---|---|---|\n| Jana Roth | Elternbeirat | 0301234567 |", "0301234567"),
    ("phone", "| Nombre | Puesto | Contacto |\n|---|---|---|\n| Ana Gil | Almacén | 912345678 |", "912345678"),
    # 10. a closing, the name and the number on one line
    ("phone", "I'll be at the office till 5.\nKind regards, Tom Hale, 0201234567", "0201234567"),
    ("phone", "Je reste disponible.\nCordialement, Léa Morel, 0612345678", "0612345678"),
    ("phone", "> Sigo esperando el abono.\n> Un saludo, Ana Gil, 912345678", "912345678"),
    ("phone", "Ik hoor het graag.\nGroetjes, Sanne de Vries, 0612345678", "0612345678"),
    ("phone", "Ich warte auf Ihre Antwort.\nViele Grüße, Jana Roth, 01712345678", "01712345678"),
    # 11. a party's line, the name, the number in brackets
    ("phone", "Damage report\nTenant: Tom Hale (0201234567)\nBoiler leaking since Monday", "0201234567"),
    ("phone", "Schadensmeldung\nMieterin: Jana Roth (01712345678)\nHeizung defekt", "01712345678"),
    ("phone", "Réclamation\nLocataire : Léa Morel (0612345678)\nFuite dans la salle de bain", "0612345678"),
    ("phone", "Reclamación\nCliente: Ana Gil Roca (912345678)\nEl pedido llegó roto", "912345678"),
    ("phone", "Klacht\nHuurder: Sanne de Vries (0612345678)\nLekkage in de keuken", "0612345678"),
    # 12. a message signed with the name, then the number alone on the last line
    ("phone", "Happy to go through the quote on a call.\nTom Hale\n07700900123", "07700900123"),
    ("phone", "Ich warte auf Ihre Rückmeldung zum Angebot.\nJana Roth\n01712345678", "01712345678"),
    ("phone", "> Le colis n'est jamais arrivé.\n> Paul Morel\n> 0612345678\n\nBonjour Paul, nous regardons.", "0612345678"),
    ("phone", "Ik hoor graag wanneer de monteur komt.\nSanne de Vries\n0612345678", "0612345678"),
    # 13. a Dutch town with its province in brackets, whole
    ("street_address", "Bezorgadres: Dorpsstraat 12\n1871 AB\nBergen (NH)\nGraag na 17 uur", "Dorpsstraat 12\n1871 AB\nBergen (NH)"),
    ("street_address", "Factuuradres: Marktstraat 4, 7551 BZ Hengelo (O)", "Marktstraat 4, 7551 BZ Hengelo (O)"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round24_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. a tool's note where the value would stand
    ("secret", "  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n    }"),
    ("secret", "  + master_password = (known after apply)"),
    ("secret", "db_password: (hidden)"),
    # 2. a reference to the password
    ("secret", "DATABASE_URL=postgres://billing:$DB_PASS@10.2.0.4:5432/app"),
    ("secret", "mysql -u root -p'$MYSQL_PWD' shop"),
    ("secret", "DATABASE_URL=postgres://billing:${PGPASSWORD}@db:5432/app"),
    # 3. networks
    ("ip_address", "vpc_cidr = 10.40.0.0/16, subnet 10.40.16.0/20"),
    ("ip_address", "Allow 2001:db8:abcd::/48 and fd00::/8 through the firewall."),
    # 4. an office's, a court's, an airline's file; a word that runs on
    ("medical_record", "Tribunal judiciaire de Lyon\nDossier 2021-916385\nAudience le 12 mars"),
    ("medical_record", "Bagage retardé\nDossier CDG12345\nLivraison demain"),
    ("medical_record", "Patient feedback survey\nFile 20240312 uploaded to the shared drive"),
    ("medical_record", "Aktenzeichen beim Amtsgericht\nAkte 2019-508178\nKlage eingereicht"),
    # 5. a range of birth dates
    ("date_of_birth", "Birth dates between 01/01/2000 and 31/12/2005 are eligible for the junior fare."),
    ("date_of_birth", "Geburtsdaten ab 01.01.2010 bis 31.12.2012 spielen in der U14."),
    # 6. a question that asks for no name and no birth
    ("date_of_birth", "Can I have your full name and the delivery date?\nClient: Ann Hale, 12/03/2026"),
    # 7. a firm as the partner
    ("phone", "Project sheet\nPartner: Bergin Ltd (supplier), 52700100"),
    # 8. a German verb that is no call
    ("phone", "Ruf die Daten am Terminal 0301234567 ab."),
    # 9. a table's other column
    ("phone", "| Name | Rolle | Kundennummer |\n|---|---|---|\n| Jana Roth | Elternbeirat | 0301234567 |"),
    ("phone", "| contact_id | name | stage |\n|---|---|---|\n| 0301234567 | Jana Roth | lead |"),
    ("phone", "| Gerät | Handy-Modell | Stück |\n|---|---|---|\n| A | 0301234567 | 4 |"),
    # 10. a closing and another word
    ("phone", "Best price, Acme Corp, 881292610"),
    ("phone", "Saludos, Ana Gil, 912345678 puntos acumulados"),
    # 11. an ID in the bracket, a word after it, a thing's label
    ("phone", "Usuario: Ana Gil (ID 912345678)"),
    ("phone", "Cliente: Ana Gil (912345678 puntos)"),
    ("phone", "Producto: Zapatos Rojos (912345678)"),
    # 12. a label's line, or more after the number
    ("phone", "Invoice\nOrder Number\n0612345678"),
    ("phone", "Jana Roth\n0301234567\nRechnung anbei"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round24_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
