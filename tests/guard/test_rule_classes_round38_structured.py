"""The structured rule classes fixed after the moulin and serac banks' misses and false positives
(round 38). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. national identifiers: an SQL INSERT's value under the column its position names ("bsn",
   "steuer_id", snake case read as the name's hyphen), the check digit deciding; a German "IdNr." with
   its full stop before a genitive ("IdNr. der Spenderin:"); another column's number stays clean (the
   same positional reading gave dates of birth and phones already);
2. dates of birth: the date kept on record by its keeper after the birth date's name ("we currently
   hold a date of birth of ...", "I have ... for you already", "ich habe", "j'ai", "tengo", "ik heb"),
   a child's recent date when the child's word names it, the second birth of a bracket's comma list;
   an unquoted amount's thousands comma ("75,861.68") splits no CSV cell, so the birth-date column keeps
   its place; another date after a birth's comma outside a bracket stays clean;
3. phones: a voicemail's or a missed call's header ("Voicemail from", "Sprachnachricht von", "message
   vocal de", "mensaje de voz del", "voicemail van"), "text you on", Spanish "en el" after a reaching
   verb, a "notified" or "on call" label over the name; an order's "en el" stays clean;
4. cards: a "paid with / payment method" key before a 13-digit Visa (five languages);
5. street addresses, false: a table's points after a town ("44 Pkt.", "40 pts", "12 punten") and an
   instrument's sizes ("Refraktor 150/1200"); a real street and a door after a slash stay addresses;
6. biased language, false: a machine log's event token ("+slave", "-sdown") and the host kind before
   a host ("slave 10.0.0.7:6379"); prose and a log's free-text message stay flagged.

Of the 48 cases (31 to catch, 12 near misses, 1 date beside a birth, 4 that must stay found), 29
failed before the change: 25 catches (a missed call's "call", a grouped German number, "next of kin"
and "Angehörige", "IdNr.:" without a qualifier and the CSV row without an amount were caught already)
and 4 near misses (the Dutch points, the telescope's sizes, both log lines).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. an INSERT's column names the identifier; "IdNr." with a genitive qualifier
    ("national_id", "INSERT INTO klanten (naam, bsn, plaats) VALUES ('Sanne de Vries', '111222333', 'Utrecht');",
     "111222333"),
    ("national_id", "INSERT INTO leden (naam, bsn) VALUES ('Joost Peters', '1112.22.333');", "1112.22.333"),
    ("national_id", "INSERT INTO spender (name, steuer_id) VALUES ('Jonas Roth', '65929970489');", "65929970489"),
    ("national_id", "Zuwendungsbestätigung\nIdNr. der Spenderin: 86 095 742 719", "86 095 742 719"),
    ("national_id", "IdNr.: 86095742719", "86095742719"),
    # 2. a birth date on record, a child's, a bracket's list; a CSV row with an amount
    ("date_of_birth", "To renew we need the date of birth on the policy. We currently hold 14/02/1971, is that right?",
     "14/02/1971"),
    ("date_of_birth", "Der Verein braucht das Geburtsdatum jedes Mitglieds - ich habe 03.05.1962 für Sie schon notiert.",
     "03.05.1962"),
    ("date_of_birth", "Pour la date de naissance, j'ai 12/09/1958 dans le dossier.", "12/09/1958"),
    ("date_of_birth", "Sobre la fecha de nacimiento: tengo 21/11/1966 en la ficha.", "21/11/1966"),
    ("date_of_birth", "Voor de geboortedatum: ik heb 2 mei 1975 genoteerd.", "2 mei 1975"),
    ("date_of_birth", "To register you'll need your daughter's date of birth, which we hold as 2021-06-03.", "2021-06-03"),
    ("date_of_birth", "Guests: 3 (DOB 1980-04-02, 11/07/2019)", "11/07/2019"),
    ("date_of_birth", "Kinder (geb. 03.05.2015, 12.01.2018)", "12.01.2018"),
    ("date_of_birth", "ref,child,child_dob,group,total\n55,Ruby Hale,2016-03-09,Owls,1,250.00", "2016-03-09"),
    ("date_of_birth", "ref,child,child_dob,group,total\n55,Ruby Hale,2016-03-09,Owls,99.00", "2016-03-09"),
    # 3. a voicemail's header; "text you on"; "en el" after a reaching verb; a notified / on call label
    ("phone", "Missed call 09:12 from 01632960478:", "01632960478"),
    ("phone", "Sprachnachricht von 030 90182733 (0:41):", "030 90182733"),
    ("phone", "Message vocal de 0478124590 (0:12) :", "0478124590"),
    ("phone", "Mensaje de voz 10:02 del 912448903:", "912448903"),
    ("phone", "Voicemail van 0612345678 (0:20):", "0612345678"),
    ("phone", "If the match is off, we'll text you on 44127788 by noon.", "44127788"),
    ("phone", "Se ha localizado al conductor en el 612448903", "612448903"),
    ("phone", "Familia: padre Ramón, contactado en el 698112233", "698112233"),
    ("phone", "Next of kin notified: Grace, 07700900461", "07700900461"),
    ("phone", "Angehörige verständigt: Jonas, 0171 2345678", "0171 2345678"),
    ("phone", "Familie ingelicht: Sanne, 0612345678", "0612345678"),
    ("phone", "Avisada: Lucía, 612345678", "612345678"),
    ("phone", "Guardia de noche: Sra. Otero (978681332)", "978681332"),
    # 4. a "paid with" key before a 13-digit Visa
    ("payment_card", '{"booking": "B-77", "paid_with": "4575513137353"}', "4575513137353"),
    ("payment_card", "Zahlungsmittel: 4575513137353", "4575513137353"),
    ("payment_card", '{"pedido": 12, "metodo_de_pago": "4575513137353"}', "4575513137353"),
]

CLEAN = [
    # 1. another column's number, a failing check digit
    ("national_id", "INSERT INTO leden (naam, lidnr) VALUES ('Joost Peters', '111222333');"),
    ("national_id", "INSERT INTO leden (naam, bsn) VALUES ('Joost Peters', '111222334');"),
    ("national_id", "Artikel-IdNr. des Herstellers: 86095742718"),
    # 2. another date after a birth's comma outside a bracket; a held date of another thing
    ("date_of_birth", "Your date of birth is fine. We have 2024-01-05 booked for the visit."),
    # 3. an order's "en el", a voicemail header's time alone
    ("phone", "El pedido quedó registrado en el 612448903"),
    ("phone", "Voicemail, 47 sec, received 12:30."),
    # 5. points, sizes; (the streets below stay addresses)
    ("street_address", "Tabelle nach dem 9. Spieltag: 1. Kegelfreunde Feldkirchen 40 Pkt., 2. SK Ried 38 Pkt."),
    ("street_address", "Classement : 1. AS Villeurbanne 40 pts, 2. Lyon 38 pts"),
    ("street_address", "Stand: 1. Oosterrade 12 punten"),
    ("street_address", "Neu im Shop: Reflektor 200/1000 von Sternblick GmbH"),
    # 6. a log's own vocabulary
    ("biased_language", "1:X 03 Jan 2027 11:20:05.001 # -sdown slave 10.0.0.7:6379 10.0.0.7 6379 @ cachemaster"),
    ("biased_language", "Jan  3 11:20:05 db2 sentinel[88]: +slave slave db3.internal:6379 @ primary"),
]

# another date after a birth's comma, outside a bracket: only the birth is flagged
NOT_THIS = [("date_of_birth", "DOB 02/01/1980, 2024-01-05 next visit", "2024-01-05")]

STILL = [
    ("street_address", "Lieferadresse: Hauptstraße 15/3, 8010 Graz", "Hauptstraße 15/3, 8010 Graz"),
    ("street_address", "Wir wohnen in der Feldstraße 44 in Linz.", "Feldstraße 44"),
    ("biased_language", "the master/slave wording in our docs should go", "master/slave"),
    ("biased_language", "2027-01-03T11:20:05Z INFO note from ops: please drop the slave wording", "slave"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
test_not_this_value = value_not_found(NOT_THIS)
