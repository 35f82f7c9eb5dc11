"""The rule classes fixed after the unseen split's misses (issue 14, round 3): each with the forms it
must now catch, an attacker's variants the unseen bank never used, and the near misses that must
stay clean.

1. a first name standing alone, with a cue (workloads/guard/person_cues.py): chat speaker labels,
   signature lines, mentions, prose that makes it a subject or object; display names before an
   address in a mail header; spoken introductions ("this is", "hier spricht", "soy");
2. cells under a table column that names a person or a phone (workloads/guard/tables.py), and role
   labels with a colon ("Kunde:");
3. someone's own number ("my new number", "mi número nuevo") and contact verbs ("Llámenos al",
   "Rückfragen unter") before bare national numbers;
4. card numbers whose length no issuer uses (13-digit barcodes starting 2 or 3), barcode labels;
5. the USPS and Australia Post street types the address detector lacked ("Johnson Points").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner
from workloads.guard.person_cues import function_words

from tests.guard.test_rule_classes import found

CATCH = [
    # 1a. chat speaker labels: app tags, timestamps, exported chat formats, unlisted names after an app tag
    ("person", "[WhatsApp] Debora: bin ab Montag erreichbar", "Debora"),
    ("person", "[Signal] Marlies: ok, tot straks", "Marlies"),
    ("person", "[Slack #ops] Joost: deploy is done", "Joost"),
    ("person", "[Telegram] Vajèn: mijn fiets is gestolen", "Vajèn"),  # not a listed name: the app tag decides
    ("person", "[10:32] Lisa: on arrive dans 5 min", "Lisa"),
    ("person", "12/03/2026, 09:14 - Teresa: vale, nos vemos", "Teresa"),
    ("person", "[12.03.26, 09:14:02] Johanna: passt", "Johanna"),
    ("person", "Martina: i'll be late today\nPeter: ok", "Martina"),  # bare, a message after it
    ("person", "Rafael : je suis en bas", "Rafael"),  # French space before the colon
    # 1b. signature lines
    ("person", "Cheers for the quick turnaround on this one.\n\nLeanne\nSent from my iPhone", "Leanne"),
    ("person", "Passt, danke.\n\nMonika\nVon meinem iPhone gesendet", "Monika"),
    ("person", "C'est réglé.\n\nNathalie\nEnvoyé de mon iPad", "Nathalie"),
    ("person", "Todo listo.\n\nBeatriz\nEnviado desde mi Android", "Beatriz"),
    ("person", "Het is geregeld.\n\nFenna\nVerzonden vanaf mijn iPhone", "Fenna"),
    ("person", "See you at the kickoff.\n\n-- \nGregory\n+44 20 7946 0958", "Gregory"),
    ("person", "Will send the slides tonight.\n\n- Priya", "Priya"),
    ("person", "Got it, thanks!\n\nOliver", "Oliver"),
    # 1c. mentions
    ("person", "@Stacie can you approve the refund?", "Stacie"),
    ("person", "thanks (@Ingrid) for the quick fix", "Ingrid"),
    # 1d. prose
    ("person", "lol Stacie just sent me her new number", "Stacie"),
    ("person", "Hab Elena gerade getroffen, sie fliegt morgen", "Elena"),
    ("person", "Habe Jonas vorhin angerufen.", "Jonas"),
    ("person", "Elena hat angerufen, bitte zurückrufen.", "Elena"),
    ("person", "ok so Reece says her passport is ready", "Reece"),
    ("person", "Lisa m'a dit que c'était réglé.", "Lisa"),
    ("person", "Rogelio dijo que llega mañana.", "Rogelio"),
    ("person", "Evelien belde vanochtend over de factuur.", "Evelien"),
    ("person", "Marcus's laptop is still in repair.", "Marcus"),
    ("person", "we need Hannah’s sign-off first", "Hannah"),
    ("person", "I spoke with Joost yesterday.", "Joost"),
    ("person", "Ich habe mit Ingrid gesprochen.", "Ingrid"),
    ("person", "J'ai parlé avec Sandrine ce matin.", "Sandrine"),
    ("person", "Hablé con Rogelio ayer.", "Rogelio"),
    ("person", "Anna Schmidt's account was locked.", "Anna Schmidt"),
    ("person", "Ik heb met Evelien gebeld.", "Evelien"),
    ("person", "please cc Debora on the reply", "Debora"),
    # 1e. display names in mail headers and spoken introductions
    ("person", "From: Debora <debora@example.org>", "Debora"),
    ("person", "Van: Ninthe Loep <hans13@example.com>", "Ninthe Loep"),  # unlisted, but in a header field
    ("person", "De : Nacio Nogueira <ssaavedra@yahoo.com>", "Nacio Nogueira"),
    ("person", "Cc: Margarethe Quast <mq@example.de>; Ops <ops@example.de>", "Margarethe Quast"),
    ("person", "Hi, this is Anna Schmidt from billing, call me back.", "Anna Schmidt"),
    ("person", "Hallo, hier spricht Jana Berger.", "Jana Berger"),
    ("person", "Bonjour, c'est Marie, rappelle-moi.", "Marie"),
    ("person", "Hola, soy Lucía Ponce, le llamo por la factura.", "Lucía Ponce"),
    ("person", "Goedemiddag, u spreekt met Sanne de Wit.", "Sanne de Wit"),
    # 2. tables and role labels
    ("person", "ticket_id,requester,phone\n10223,Elenore Reuter,+49 30 1234567", "Elenore Reuter"),
    ("person", "Vorgang;Kunde;Status\n6058013751;Elenore Reuter;offen", "Elenore Reuter"),
    ("person", "| id | patient | ward |\n|---|---|---|\n| 7 | Margarethe Quast | 4B |", "Margarethe Quast"),
    ("person", "nom\tville\nAurélien Pottier\tLyon", "Aurélien Pottier"),
    ("person", "Kunde: Elena Brandt, Vertrag 2231", "Elena Brandt"),
    ("person", "Paciente: Rocío Valdés Ferrer", "Rocío Valdés Ferrer"),
    # 3. phone numbers after someone's own number and contact verbs
    ("phone", "[Telegram] Toribio: mi número nuevo es el 946248028, guárdalo porfa", "946248028"),
    ("phone", "Importe pendiente: 542,26 EUR. Llámenos al 848952714.", "848952714"),
    ("phone", "Offener Betrag: 599,65 EUR. Rückfragen unter 02600666942.", "02600666942"),
    ("phone", "lol she just sent me her new number 6380 3727, saving it", "6380 3727"),
    ("phone", "mon nouveau numéro c'est le 0139112321, efface l'ancien", "0139112321"),
    ("phone", "meine neue Nummer ist 015112345678", "015112345678"),
    ("phone", "id;naam;telefoon\n7;Sanne Bakker;0612345678\n8;Jan Smit;0698765432", "0698765432"),
    ("phone", "ticket_id,requester,phone,created\n9198745360,Timothy Abbott,01214960565,2026-02-11", "01214960565"),
    # 5. street types
    ("street_address", "FINAL NOTICE\n705 Johnson Points Suite 950\nDeannaland, BC S4C 3V4", "705 Johnson Points Suite 950\nDeannaland, BC S4C 3V4"),
    ("street_address", "Deliver to 14 Marine Parade, Brighton, VIC 3186", "14 Marine Parade, Brighton, VIC 3186"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round3_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1a. lines that look like speaker labels but are headings, log levels or settings
    "[INFO] Config: loaded from /etc/loom",
    "[ERROR] Database: connection refused",
    "Paris: 3 stores closed for inventory",
    "Status: OK\nOwner: platform team",
    "10:32 - Build: green",
    # 1b. a place, a team or a word alone on the last line
    "Our offices:\n\nBerlin",
    "Regards,\nFacilities",
    "Please read the policy.\n\nSupport",
    "Shipping from\nFlorence",
    # 1c. e-mail domains and decorators
    "write to ops@Stacie.com today",
    "@property\ndef name(self): ...",
    # 1d. places, brands and firms named like people, and capitalised function words
    "Meeting with Gill, Foster and Turner in Charlotte next week.",
    "Calvin Klein and Ferguson, Davis and Kim signed the supply agreement.",
    "La société Maurice a publié la version 7.16.69.",
    "We fly to Florence next week.",
    "Der Flug nach Madrid ist verspätet.",
    "Le colis arrive à Victoria demain.",
    "El pedido llega a Santiago el lunes.",
    "Het pakket komt aan in Helena.",
    "The Mercedes fleet was renewed.",
    "Si puede, llame mañana.",
    "Will you send the report?",
    "Per e-mail is het sneller.",
    "Ja ist gut.",
    "Florence office is closed on Friday.",
    "Apple is shipping the update.",
    # 1e. role mailboxes, organisations and things after the weaker introductions
    "From: Acme Billing <billing@acme.com>",
    "From: Google Calendar <calendar-notification@google.com>",
    "From: Apple Support <help@apple.com>",
    "Subject: Loep Report <x@y.com>",
    "This is Kubernetes Gold.",
    "Ici Lyon, la météo.",
    # 2. tables without a person column, firms in a person column
    "ticket_id,queue,status\n10223,Billing Ops,closed",
    "customer;country\nAcme GmbH;DE\nMüller & Söhne KG;AT",
    "name,version\nKubernetes,1.31",
    # 3. numbers that are not someone's phone
    "id,phone_model,units\n10223,0123456789,4",
    "sku;telefon;stock\nX1;iPhone 15;12",
    "Bestellnummer 0268526315, Rückfragen zur Rechnung bitte per Mail.",
    "order 946248028 shipped",
    "my order number 946248028 has not arrived",
    # 4. barcodes and numbers no card issuer uses
    "Ticket de caisse 0032, code-barres 3438905016258. Merci !",
    "Kassabon 11, streepjescode 2926996314427.",
    "reference 3519791437706",
    "Barcode 4006381333931 on the pallet",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round3_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] in ("person", "phone", "payment_card", "street_address")] == []


def test_a_visa_card_of_thirteen_digits_is_still_a_card(scanner: Scanner) -> None:
    # the length check must not drop the issuers' real lengths: old 13-digit Visa, Amex 15, Diners 14
    for number in ("4222222222222", "378282246310005", "30569309025904", "6759649826438453"):
        assert ("payment_card", number) in found(scanner, f"card {number} on file"), number


def test_function_words_are_spacys_stop_words_of_the_five_languages() -> None:
    words = function_words()
    assert {"si", "per", "will", "ja", "the", "und", "le", "el", "het"} <= words
    assert "elena" not in words and "debora" not in words
