"""The structured rule classes fixed after the tombolo and pingo banks' misses and false positives
(round 35). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. identifiers without a self-evident shape (BSN, Steuer-ID, TFN, NISS) asked for by name, then read
   back in the next clause as what a form or a file shows: a pronoun's copula or a verb of showing
   right before the value ("it is", "ist es", "steht", "c'est", "pone", "staat", "is het"); a BSN
   written 4.2.3 with dots too. The check digit still decides; a value in another paragraph and a
   bare "is" ("the parcel number is ...") stay clean;
2. a key that names two things joined by "and" (or a slash), then two values joined by a slash:
   the values are the things in order ("his date of birth and NHS number - 14/03/2019 / 943 476
   5919", "Geburtsdatum und Steuer-ID: ... / ..."); the check digit decides for the identifier, a
   date still to come is no birth, and two things that are no one's (an order's date, an invoice's
   number) stay clean;
3. IP addresses: a full IPv6 address followed by a colon and a space (a log's "from ...: user")
   is the address; a range with its prefix length and a clock's time stay clean;
4. phones: a national number alone in brackets right after a relative's word ("Mutter (0171...)
   benachrichtigt", "mère (06...) prévenue", "la madre (612345678)"); German's split "ruft ...
   an" around the number; a number after a contingency's words ("En cas d'absence :", "If you
   can't make it:", "Bei Verhinderung:", "En caso de imprevisto:", "Bij verhindering:"); a
   number alone in brackets after a first name under a label ("Tesorero: Andrés (712345678)");
   a national number written with two zeros first after an inquiries field ("Inlichtingen: 00 552 68
   14"). A bracket after no relative, another split verb ("zeigt ... an"), an order's number, a
   work's title before the bracket, a count and a short number stay clean;
5. street addresses: a number followed by a clock's minutes (":00") is the hour of a time, no house
   number ("Salidas: plaza Mayor 17:00"); a plot's, a bed's or a room's number before a person's
   name is no street ("Plot 3  Sarah Lane", "Bed 4  Mary Hill"); a lot's number before a street
   with its town stays an address.

Of the 63 cases (42 to catch, 21 near misses), 45 failed before the change: 39 catches and six near misses.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean

CATCH = [
    # 1. an identifier asked for by name, then read back as what a form shows
    ("national_id", "Voor de inschrijving hebben we uw BSN nodig. Op de kopie staat 1112.22.333, klopt dat?", "1112.22.333"),
    ("national_id", "Stuur ons je burgerservicenummer. In ons dossier is het 123456782, maar dat lijkt oud.", "123456782"),
    ("national_id", "Für die Abrechnung fehlt Ihre Steuer-ID. Im Formular steht 86095742719 - bitte prüfen.", "86095742719"),
    ("national_id", "Wir brauchen deine Steueridentifikationsnummer. Auf dem Bogen ist es 86 095 742 719, oder?", "86 095 742 719"),
    ("national_id", "Before we can pay you we need your TFN. On the form it is 876543202 - is that right?", "876543202"),
    ("national_id", "Pour la succession il nous faut votre NISS. Sur la fiche, c'est 85073003328 ?", "85073003328"),
    ("national_id", "Para el contrato necesitamos su NISS. En el formulario pone 85073003328, ¿es correcto?", "85073003328"),
    # 2. two things named, two values in their order
    ("date_of_birth", "The referral lacks his date of birth and NHS number: 14/03/2019 / 943 476 5919, please check.",
     "14/03/2019"),
    ("medical_record", "The referral lacks his date of birth and NHS number: 14/03/2019 / 943 476 5919, please check.",
     "943 476 5919"),
    ("medical_record", "NHS number and date of birth, as on the card - 9434765919 / 2019-03-14.", "9434765919"),
    ("date_of_birth", "NHS number and date of birth, as on the card - 9434765919 / 2019-03-14.", "2019-03-14"),
    ("national_id", "Auf dem Formular fehlen Geburtsdatum und Steuer-ID, richtig wäre 12.03.2018 / 86095742719.",
     "86095742719"),
    ("date_of_birth", "Auf dem Formular fehlen Geburtsdatum und Steuer-ID, richtig wäre 12.03.2018 / 86095742719.",
     "12.03.2018"),
    ("national_id", "Il manque la date de naissance et le NISS de votre fils : 14/03/2019 / 85073003328.", "85073003328"),
    ("date_of_birth", "Faltan la fecha de nacimiento y el NISS del niño: 14/03/2019 / 85073003328.", "14/03/2019"),
    ("national_id", "Het formulier mist geboortedatum en BSN van je zoon, dat moet zijn 14-03-2019 / 111222333.",
     "111222333"),
    # 3. an IPv6 address before a colon
    ("ip_address", "Failed login from 2a02:8108:1b3f:4e00:a4c1:2f5e:9b7d:11c0: user 'admin'",
     "2a02:8108:1b3f:4e00:a4c1:2f5e:9b7d:11c0"),
    ("ip_address", "Anmeldung abgelehnt von 2a02:8108:1b3f:4e00:a4c1:2f5e:9b7d:11c0: Benutzer 'lohn'",
     "2a02:8108:1b3f:4e00:a4c1:2f5e:9b7d:11c0"),
    ("ip_address", "connexion refusée depuis 2a01:cb04:5f1:9d00:1c2e:7f8a:e3b1:4d20: utilisateur 'paie'",
     "2a01:cb04:5f1:9d00:1c2e:7f8a:e3b1:4d20"),
    ("ip_address", "verbinding vanaf 2a02:a46f:ffe1:0:4d2:1a9c:5e6b:88f1: gebruiker 'salaris'",
     "2a02:a46f:ffe1:0:4d2:1a9c:5e6b:88f1"),
    # 4. phones: a relative's number in brackets, "ruft ... an", a contingency, a name's bracket
    ("phone", "Mutter (01712345678) benachrichtigt, Kind wird abgeholt.", "01712345678"),
    ("phone", "Father (07700900123) informed, pick-up at 3.", "07700900123"),
    ("phone", "Enfant malade, mère (0612345678) prévenue.", "0612345678"),
    ("phone", "Se avisó a la madre (612345678) a las 10.", "612345678"),
    ("phone", "Moeder (0612345678) ingelicht.", "0612345678"),
    ("phone", "Am Abend ruft die Nachtschwester 03012345678 an.", "03012345678"),
    ("phone", "Falls es später wird, rief der Kurier 01712345678 an.", "01712345678"),
    ("phone", "En cas d'absence : 0612345678", "0612345678"),
    ("phone", "Merci de prévenir. En cas de retard : 0145678912", "0145678912"),
    ("phone", "If you can't make it: 01134960960", "01134960960"),
    ("phone", "En caso de imprevisto: 912345678", "912345678"),
    ("phone", "Bei Verhinderung: 03012345678", "03012345678"),
    ("phone", "Bij verhindering: 0201234567", "0201234567"),
    ("phone", "Tesorero: Andrés (712345678)", "712345678"),
    ("phone", "Kassenwart: Jonas (01712345678)", "01712345678"),
    ("phone", "Trésorière : Léa (0612345678)", "0612345678"),
    ("phone", "Penningmeester: Sanne (0612345678)", "0612345678"),
    ("phone", "Treasurer: Tom (07700900123)", "07700900123"),
    ("phone", "Tot dan! Inlichtingen: 00 552 68 14", "00 552 68 14"),
    # 5. addresses that stay addresses
    ("street_address", "Entrega en la plaza Mayor 17, Madrid.", "plaza Mayor 17"),
    ("street_address", "Lot 14 George Street, Sydney NSW 2000", "14 George Street, Sydney NSW 2000"),
    ("street_address", "Deliver to 14 Edwin Green, Leeds LS1 4AB", "14 Edwin Green, Leeds LS1 4AB"),
]

CLEAN = [
    # 1. a check digit that fails, another paragraph, a bare "is"
    ("national_id", "Für die Abrechnung fehlt Ihre Steuer-ID. Im Formular steht 86095742718 - bitte prüfen."),
    ("national_id", "Before we can pay you we need your TFN.\n\nOn the invoice it is 876543202."),
    ("national_id", "We still need your BSN. The parcel number is 123456782."),
    # 2. a check digit that fails, a date to come, two things no one's
    ("medical_record", "missing his date of birth and NHS number - it should read 14/03/2019 / 943 476 5918"),
    ("date_of_birth", "missing his date of birth and NHS number - it should read 14/03/2099 / 943 476 5919"),
    ("medical_record", "Order date and invoice number: 14/03/2019 / 9434765919"),
    ("date_of_birth", "Order date and invoice number: 14/03/2019 / 9434765919"),
    # 3. a range and a clock
    ("ip_address", "Allow 2001:db8::/32: internal only"),
    ("ip_address", "Run finished at 12:30:45: all green"),
    # 4. no relative, another split verb, an order's number, no name, a short number
    ("phone", "Artikel (01376244718) geliefert."),
    ("phone", "Der Zähler zeigt 08208175209 an."),
    ("phone", "En cas de retard, la commande 0156435094 sera annulée."),
    ("phone", "Obra: Misa Criolla (846339217)"),
    ("phone", "Partitura de Victoria (3 copias)"),
    ("phone", "Inlichtingen: 00 12 34"),
    # 5. an hour, a plot's, a bed's and a room's number before a name
    ("street_address", "Salidas: plaza Mayor 17:00, estación 17:40"),
    ("street_address", "Départs : place du Marché 8:15, gare 8:40"),
    ("street_address", "Abfahrt: Am Markt 9:00, Bahnhof 9:20"),
    ("street_address", "Plot 3  Sarah Lane  reading 00398.1 m3"),
    ("street_address", "Bed 4  Mary Hill  obs stable"),
    ("street_address", "Room 7 John Park - breakfast at eight"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
