"""The structured rule classes fixed after the last bank's misses (issue 14, round 10). Each is a
general form in the five languages, not the bank's sentence:

1. street addresses inside brackets or quotes ("(Eugen-Henschel-Allee 33\\n36156 Fürstenwalde)"),
   and a type-first street without a number whose postcode and town stand on the next line
   ("avenue Leconte\\n11440 Sainte Dominique-les-Bains");
2. dates of birth after a short link: "date of birth as", "Geburtsdatum ist der", "comme", "como";
3. phone numbers in brackets ("((016)-1352939)", "(+3108 7135275)"), after a first name and a dash
   at the end of a line ("Marguerite – 0468647882"), after who calls ("Caller: 1831-7383") and
   the call verbs' other forms ("que le llamen al 824487881"), named after the number
   ("le 0322703729 comme numéro de rappel"), and 8 compact digits right after a phone word
   ("ring me back on 68685271");
4. a full eight-group IPv6 address followed by its port (a SIP Via header);
5. a 13-digit card number that also passes the EAN-13 check, named by a card word before it;
6. a record number after ", it's" ("NHS number, it's 777 794 1852").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. addresses in brackets or quotes, on one line or two; a postcode line under a street name
    ("street_address", "Ausweis von Maja Frank (Eugen-Henschel-Allee 33\n36156 Fürstenwalde), abgegeben.",
     "Eugen-Henschel-Allee 33\n36156 Fürstenwalde"),
    ("street_address", "Fundsache (Elyas-Gahleitner-Weg 8, 3895 Hainfeld) abgeholt.", "Elyas-Gahleitner-Weg 8, 3895 Hainfeld"),
    ("street_address", "Entrega en mano (Calle Mayor 10, 28013 Madrid).", "Calle Mayor 10, 28013 Madrid"),
    ("street_address", "Afleveradres: „Damstraat 12, 1012 JM Amsterdam“", "Damstraat 12, 1012 JM Amsterdam"),
    ("street_address", "je suis en bas au avenue Leconte\n11440 Sainte Dominique-les-Bains, tu m'ouvres ?",
     "avenue Leconte\n11440 Sainte Dominique-les-Bains"),
    ("street_address", "Adresse de livraison :\nRue Royale\n1000 Bruxelles", "Rue Royale\n1000 Bruxelles"),
    # 2. a short link between the birth cue and the date
    ("date_of_birth", "Our records show your date of birth as 2005-06-08. If this is wrong, call us.", "2005-06-08"),
    ("date_of_birth", "Our records give your date of birth as 3 July 1964; if you are over 76 ...", "3 July 1964"),
    ("date_of_birth", "Laut Akte ist Ihr Geburtsdatum als 12.03.1985 eingetragen.", "12.03.1985"),
    ("date_of_birth", "Ihr Geburtsdatum ist der 12.03.1985.", "12.03.1985"),
    ("date_of_birth", "Nous avons enregistré votre date de naissance comme 12/03/1985.", "12/03/1985"),
    ("date_of_birth", "Tenemos su fecha de nacimiento como 12/03/1985.", "12/03/1985"),
    ("date_of_birth", "Uw geboortedatum is 12-03-1985.", "12-03-1985"),
    # 3. phones in brackets, after a name and a dash, after a caller or a call verb
    ("phone", "Groet, Anny ((016)-1352939)", "(016)-1352939"),
    ("phone", "Groet, Anny ((016) 1352939)", "(016) 1352939"),
    ("phone", "Groet, Axelle (+3108 7135275)", "+3108 7135275"),
    ("phone", "Grüße, Jana (0049 151 2345678)", "0049 151 2345678"),
    ("phone", "On call this week: Edgar Knox (318.530.3665)", "318.530.3665"),
    ("phone", "paiement en espèces. Marguerite – 0468647882", "0468647882"),
    ("phone", "Groet,\nAnna de Vries - 0612345678\n", "0612345678"),
    ("phone", "Saludos. Lucía Pérez — 0612345678.", "0612345678"),
    ("phone", "Notfallliste\nKontakt 1: Roxane – 0431221767\nAllergien: keine", "0431221767"),
    ("phone", "X-Original-Caller: 01174960571", "01174960571"),
    ("phone", "X-Original-Caller: 1831-7383", "1831-7383"),
    ("phone", "Anrufer: 030123456789, Dauer 4 min", "030123456789"),
    ("phone", "Paciente Don Canet pide que le llamen al 824487881.", "824487881"),
    ("phone", "Por favor, llámele al 612345678.", "612345678"),
    ("phone", "Vous nous avez indiqué le 0322703729 comme numéro de rappel.", "0322703729"),
    ("phone", "You gave 0322703729 as your callback number.", "0322703729"),
    ("phone", "Sie haben 0301234567 als Rückrufnummer angegeben.", "0301234567"),
    ("phone", "the inventory's ready, ring me back on 68685271, cheers.", "68685271"),
    ("phone", "Bel me op 68685271 als je er bent.", "68685271"),
    # 4. an IPv6 address and its port
    ("ip_address", "Via: SIP/2.0/UDP faaa:35ea:1a21:7b13:5e29:5b4e:afa:9a4b:5060;branch=z9hG4bK776",
     "faaa:35ea:1a21:7b13:5e29:5b4e:afa:9a4b"),
    ("ip_address", "connect 2001:db8:0:0:1:2:3:4:443 refused", "2001:db8:0:0:1:2:3:4"),
    # 5. a card word before a 13-digit number that is also a valid EAN-13
    ("payment_card", "Ihre Kreditkarte 4610340691460 wurde aus Sicherheitsgründen gesperrt.", "4610340691460"),
    ("payment_card", "Your Visa card: 4610340691460.", "4610340691460"),
    ("payment_card", "Carte bancaire n° 4610340691460 opposée.", "4610340691460"),
    ("payment_card", "Su tarjeta 4610340691460 ha sido bloqueada.", "4610340691460"),
    # 6. ", it's" between a record's name and its number
    ("medical_record", "Mum's NHS number, it's 777 794 1852. Her GP is Ms Moran.", "777 794 1852"),
    ("medical_record", "NHS number - it is 943 476 5919.", "943 476 5919"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round10_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # a bracket that opens a call's arguments (a grouped number needs no phone word)
    ("phone", "retry(0151 2345678) failed"),
    # a dash after a word that is no name, a number that does not end the line
    ("phone", "Kundennummer – 0123456789"),
    ("phone", "Anna - 0612345678 - Berlin - Hamburg"),
    # 8 compact digits with no phone word right before them, or two years
    ("phone", "Call summary: 68685271 bytes transferred."),
    ("phone", "Call notes: 1999 2020 archive"),
    # "s'appelle" names, it does not call
    ("phone", "Le fichier s'appelle 0468647882, comme l'an dernier."),
    # a port after an address written with "::" stays ambiguous; nine groups are no address
    ("ip_address", "2001:db8:0:0:1:2:3:4:5:6 is no address"),
    ("ip_address", "at 12:30:45:10 the job ran"),
    # EAN-13 barcodes: with an article word, or on a gift or loyalty card
    ("payment_card", "EAN 4610340691460"),
    ("payment_card", "Gift card 4610340691460"),
    ("payment_card", "Kundenkarte 4610340691460"),
    # a birth cue and a date not joined by a short link
    ("date_of_birth", "Date of birth as well as the visit on 12 May 2024 are required."),
    ("date_of_birth", "Birthday party is on 12 May 2024."),
    # a type-first street without a postcode under it
    ("street_address", "Place Vendôme\n2024 a été une bonne année."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round10_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
