"""The structured rule classes fixed after the pike and gill banks' misses and false findings (round 85, structured
half). Each case is worded differently from the bank, in the languages where the class exists, with near misses that
must stay as they were:

1. a medical record: the Dutch patient's number written short ("patiëntnr. P-7404726", "Patiënten-nr.: 75377306") and
   a hospital's file named by its institution ("dossier hôpital HC-656594", "Krankenhausakte: 4471209",
   "ziekenhuisdossier 4471209"), as a medical ID bracelet's engraving gives them;
2. a medical record: a record's number given by a health or a medical centre, a university's or a student's too
   ("medical record no. at the uni health centre is PAT-95851", "numéro de dossier au centre de santé : 4471209",
   "patient number at the student medical center: 4471209"); a count of pages or a short number stays clean;
3. not an IP address: a network's own plumbing in its configuration: an ISC DHCP server's subnet, range, routers,
   name servers and a printer's fixed address ("subnet 10.42.0.0 netmask 255.255.255.0 {", "range 10.42.0.50
   10.42.0.200;", "fixed-address 10.12.0.40;"), dnsmasq's range and router, a WireGuard interface's "Address" and its
   peers' "AllowedIPs", OpenVPN's "server 10.8.0.0 255.255.255.0"; a lease's "lease 10.42.0.77 {", a peer's
   "Endpoint = ...:51820", a log's or a prose's address and an "Address = " outside a WireGuard file stay found;
4. not an e-mail: a mail log's message id ("msgid=<...@mail.example.net>", "message-id=<...>", "Message-ID: <...>")
   and the mail system's own mailboxes in a log's field ("to=<postmaster@example.nl>", "from=<MAILER-DAEMON@...>");
   a person's "from=<edwardreed@yahoo.com>", a department's "to=<billing@example.com>" and a postmaster's address in
   prose stay found;
5. not a phone: a batch's serial numbers ("serials 004100-004600", "Seriennummern ..."), a farm's holding number
   ("Betriebsnummer 09 123 456 7890", "n° de cheptel ...", "UBN ..."), a tender's number ("tender 771994606",
   "Ausschreibung ...", "aanbesteding ..."); a phone after its own word stays found;
6. not a street: a notice's stretch of a street, a house number's range after the pitches' or the works' word
   ("Eiswagen-Stellplätze Sommer: Bismarckplatz, Goethestraße 12-20", "pitches 1-14 Nelson Square", "standplaatsen
   kermis: Dorpsstraat 2-40", "Vollsperrung Lindenstraße 4-30"), and a building's demolition ("Abbruch Hochhaus
   Adenauerallee 40", "Demolition of the tower block, 12 Mill Lane", "démolition de l'immeuble, 4 rue Pasteur");
   one house's address, a building's double number with its postcode and a home next to a demolition stay addresses.

Of the 62 cases below (13 to catch, 33 to leave clean, 16 to keep as found), 39 fail on round 84: 9 of the cases to
catch (the English medical centre's patient number, the Dutch, German and Spanish centres' numbers written in full were
read already) and 30 of the cases to leave clean (all but the hospital file's count, the short patient number and the
UBN, which no phone word introduces).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, still_found, stays_clean

CATCH = [
    # 1. the Dutch patient's short number, the hospital's file
    ("medical_record", "SOS-armband\nRegel 2: EPILEPSIE\nRegel 3: patiëntnr. P-7404726\nRegel 4: ICE 06 12345678", "P-7404726"),
    ("medical_record", "Gravur-Auftrag\nZeile 3: Patiënten-nr.: 75377306", "75377306"),
    ("medical_record", "Gravure médaille\nLigne 3 : dossier hôpital HC-656594\nLigne 4 : urgence 06 12 34 56 78", "HC-656594"),
    ("medical_record", "Médaille SOS, ligne 3 : DOSSIER DE L'HÔPITAL 0251126", "0251126"),
    ("medical_record", "Notfallarmband, Zeile 3: Krankenhausakte: 4471209", "4471209"),
    ("medical_record", "Noodarmband, regel 3: ziekenhuisdossier 4471209", "4471209"),
    # 2. the record's number given by a health or medical centre
    ("medical_record", "Hall note: his medical record no. at the uni health centre is PAT-95851. Follow-up Monday.", "PAT-95851"),
    ("medical_record", "Her medical record number at the student health center is 326 376 2796.", "326 376 2796"),
    ("medical_record", "Patient number at the medical centre: HC-70217", "HC-70217"),
    ("medical_record", "Numéro de dossier au centre de santé : 4471209", "4471209"),
    ("medical_record", "Patiëntnummer van het gezondheidscentrum: 4471209", "4471209"),
    ("medical_record", "Patientennummer im Gesundheitszentrum: 4471209", "4471209"),
    ("medical_record", "número de historia del centro médico: 4471209", "4471209"),
]

CLEAN = [
    # 1. a hospital's file with a count, a short number
    ("medical_record", "Le dossier hôpital 2024 compte 120 pages."),
    ("medical_record", "Regel 3: patiëntnr. 12"),
    # 3. a DHCP server's, a WireGuard interface's, dnsmasq's and OpenVPN's own addresses
    ("ip_address", "subnet 10.42.0.0 netmask 255.255.255.0 {\n  range 10.42.0.50 10.42.0.200;\n  option routers 10.42.0.1;\n}"),
    ("ip_address", "subnet 192.168.8.0 netmask 255.255.255.0 {\n  option domain-name-servers 192.168.8.2, 192.168.8.3;\n}"),
    ("ip_address", "host drucker-eg {\n  hardware ethernet 00:1b:a9:44:02:7c;\n  fixed-address 10.12.0.40;\n}"),
    ("ip_address", "host impresora { fixed-address 172.16.4.9; }"),
    ("ip_address", "  range dynamic-bootp 10.0.5.10 10.0.5.99;"),
    ("ip_address", "[Interface]\nAddress = 10.66.0.1/24, fd00:66::1/64\nListenPort = 51820\nDNS = 10.66.0.2"),
    ("ip_address", "# wg0 kantoor\n[Peer]\nPublicKey = hQ3+4xT0lR8aF1wqv2Yb9kJm5nP7cZ6sD0eG8uV3yXo=\nAllowedIPs = 10.7.0.18/32, fd00:7::18/128"),
    ("ip_address", "dhcp-range=set:lan,10.0.0.50,10.0.0.150,12h\ndhcp-option=option:router,10.0.0.1"),
    ("ip_address", "server 10.8.0.0 255.255.255.0\nifconfig-pool 10.8.0.4 10.8.0.250\npush \"route 10.1.0.0 255.255.0.0\""),
    # 4. a mail log's message ids and the mail system's own mailboxes
    ("email", "Mar 12 04:17:10 mx1 sendmail[21845]: 2C4HH9eR021845: to=<postmaster@example.com>, delay=00:00:01, stat=Sent"),
    ("email", "Mar 14 06:02:56 mail postfix/smtp[3302]: 2EE62: to=<POSTMASTER@example.de>, relay=mx2.example.de"),
    ("email", "Mar 14 06:02:57 mail postfix/qmgr[3303]: 2EE62: from=<MAILER-DAEMON@mx.example.es>, size=2210"),
    ("email", "Jul  2 11:00:01 mx postfix/cleanup[812]: 4F2A1: message-id=<20260312.4417@mx.example.de>"),
    ("email", "sm-mta[21844]: 2C4HH9eR021844: size=18231, nrcpts=1, msgid=<1c590111-5ad1-4f3b@mail.example.net>, proto=ESMTP"),
    ("email", "Message-ID: <CAF3x+9q.81@mail.example.fr>"),
    # 5. serial numbers, a farm's holding, a tender
    ("phone", "Lottery book batch 8719704614827: serials 004100-004600, printed by Kells Print."),
    ("phone", "Losheft Charge 77: Seriennummern 004100-004600"),
    ("phone", "Viehverkehrsmeldung HI-Tier\nBetriebsnummer 09 123 456 7890\nTierhalter: Marita Jacob"),
    ("phone", "Mouvement de bovins, n° de cheptel 0612 345 678"),
    ("phone", "Diervervoer gemeld, UBN 0612345678"),
    ("phone", "Contact Banks Ltd, tender 771994606."),
    ("phone", "Rückfragen an Müller Bau, Ausschreibung 0171234567"),
    ("phone", "Contact: gemeente Zwolle, aanbesteding 0612345678"),
    # 6. a notice's stretch of a street, a building's demolition
    ("street_address", "Eiswagen-Stellplätze Sommer: Bismarckplatz, Goethestraße 12-20, Freibad Süd."),
    ("street_address", "Market pitch list 2 June: pitches 1-14 Nelson Square, 15-20 King Edward Street. Fees £20/week."),
    ("street_address", "Standplaatsen kermis: Marktplein, Dorpsstraat 2-40."),
    ("street_address", "Vollsperrung Lindenstraße 4-30 vom 3. bis 7. Mai."),
    ("street_address", "Abbruch Hochhaus Adenauerallee 40: Sprengung am 01.02.2029, Sperrzone 300 m."),
    ("street_address", "Sloop flat Willem-Alexanderlaan 2-40: afsluiting op 2 mei."),
    ("street_address", "Demolition of the tower block, 12 Mill Lane, starts Monday."),
    ("street_address", "Démolition de l'immeuble 4 rue Pasteur : périmètre fermé."),
]

STILL = [
    # 2. a phone in the same sentence's shape with no record's word
    ("phone", "The uni health centre's phone is 326 376 2796.", "326 376 2796"),
    # 3. a lease, a peer's endpoint, a log's address, an "Address = " outside a WireGuard file
    ("ip_address", "lease 10.42.0.77 {\n  hardware ethernet 3c:22:fb:10:aa:01;\n  client-hostname \"laptop-jan\";\n}", "10.42.0.77"),
    ("ip_address", "[Peer]\nAllowedIPs = 10.7.0.18/32\nEndpoint = 128.208.55.41:51820", "128.208.55.41"),
    # at the merge: a public address after the same keys routes to a host that may be someone's (an older split labels it)
    ("ip_address", "[Peer]\nPublicKey = bq1tLw8cYzK4nJ2pQe7sUa5dFg6hWi0oBkE=\nAllowedIPs = 125.88.95.178\nPersistentKeepalive = 25",
     "125.88.95.178"),
    ("ip_address", "host web {\n  fixed-address 81.2.3.4;\n}", "81.2.3.4"),
    ("ip_address", "Mar 12 04:17:09 mx1 sendmail[21844]: from=<a@b.de>, proto=ESMTP, relay=[81.2.3.4]", "81.2.3.4"),
    ("ip_address", "Login report\nAddress = 81.2.3.4\nUser: jan", "81.2.3.4"),
    ("ip_address", "server 81.2.3.4 refused the login of user jan", "81.2.3.4"),
    ("ip_address", "subnet 10.42.0.7 was the address of her laptop", "10.42.0.7"),
    # 4. a person's and a department's mailbox in the log, a postmaster in prose
    ("email", "sendmail[21844]: 2C4HH9eR021844: from=<edwardreed@yahoo.com>, size=18231", "edwardreed@yahoo.com"),
    ("email", "postfix/smtp[3302]: 2EE62: to=<billing@example.com>, relay=mx2.example.de", "billing@example.com"),
    ("email", "Write to postmaster@example.nl if the mail bounces.", "postmaster@example.nl"),
    # 5. a phone after its own word
    ("phone", "Contact Banks Ltd, phone 0161 496 0018.", "0161 496 0018"),
    # 6. one house's address, a building's double number with its postcode, a home next to a demolition
    ("street_address", "Stellplatz bei Herrn Roth, Goethestraße 12, 10115 Berlin", "Goethestraße 12, 10115 Berlin"),
    ("street_address", "Bitte liefern an Goethestraße 12-14, 10115 Berlin", "Goethestraße 12-14, 10115 Berlin"),
    ("street_address", "Wir wohnen neben der Baustelle, Adenauerallee 40, 53113 Bonn.", "Adenauerallee 40, 53113 Bonn"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
