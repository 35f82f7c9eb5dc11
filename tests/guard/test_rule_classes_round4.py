"""The rule classes fixed after the blind bank's misses and false positives (issue 14, round 4). The
blind bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on. Each class with variants the blind bank never used, and
near misses from text nobody wrote for Loom (the Python standard library's and PyPI packages'
documentation), which the broader person cues first flagged.

1. false positives: runs that start with an article or particle ("Das Ausweich-RZ", "De Linde",
   "Van Lanschot Kempen"), a role after a title ("Frau Kollegin"), firms named after people
   ("Albert Heijn Stedum", "Dr. Oetker"), Dutch and German nouns in -ering as street names,
   "passage"/"cours" as street types, a date and an hour as a phone, EAN-13 barcodes as cards;
2. values named by their column or key: SQL INSERT statements, JSON/YAML/INI/.env pairs;
3. lists of people in minutes ("Present:", "Anwesend :", "Excusé(e) :", "Asistentes:", "Aanwezig:");
4. a lone first name: opening a sentence or clause as its subject, after a kinship or role noun,
   after "spoke to"/"added by", before contact details; with famous places, brands, nationalities
   and words that the name lists hold (data/not_lone_names.txt) kept out of the weak cues;
5. role labels ("Tomador:", "Patient(e) :") with an unlisted first name before a listed surname;
   sign-offs that wish luck ("Bon courage Stéphane !", "Good luck Rhys!");
6. phones after a signature's one-letter field ("M: ...") or "direct line", 4-4 with a hyphen;
   "N° de dossier" as a medical record's label; a title in brackets ("(Dr. Roig)").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 2. columns and keys
    ("person", "INSERT INTO clientes (nombre, telefono) VALUES ('Rocío Valdés', '612345678');", "Rocío Valdés"),
    ("phone", "INSERT INTO clientes (nombre, telefono) VALUES ('Rocío Valdés', '612345678');", "612345678"),
    ("person", "insert into patients (full_name, dob) values\n  ('Ann Lee', '1960-01-02'),\n  ('Tom Reid', '1971-05-06');", "Tom Reid"),
    ("date_of_birth", "insert into patients (full_name, dob) values\n  ('Ann Lee', '1960-01-02'),\n  ('Tom Reid', '1971-05-06');", "1971-05-06"),
    ("medical_record", "INSERT INTO admissions (mrn, ward) VALUES ('MRN-4427241', '4B');", "MRN-4427241"),
    ("person", '{"customer": "Sander Steyaert", "telefoon": "+32 470 12 34 56"}', "Sander Steyaert"),
    ("phone", '{"customer": "Sander Steyaert", "telefoon": "+32 470 12 34 56"}', "+32 470 12 34 56"),
    ("person", "[contact]\nname = Jasper Vos\nphone = 0612345678", "Jasper Vos"),
    ("date_of_birth", "patient:\n  geburtsdatum: 03.04.1961\n  fallnummer: 2211884", "03.04.1961"),
    ("medical_record", "patient:\n  geburtsdatum: 03.04.1961\n  fallnummer: 2211884", "2211884"),
    # 3. minutes
    ("person", "Minutes\nPresent: Nicholas Rivera (chair), Jemma Burton, Steven from flat 9", "Steven"),
    ("person", "Anwesend: Lucia Suppan, Brigitte Hofmann und Armin\nTOP 1: Fassade", "Armin"),
    ("person", "Excusé(e)s : Yvonne, Marcel\nPoint 1 : budget", "Marcel"),
    ("person", "Ausentes: Ligia\nAcuerdo 1: presupuesto", "Ligia"),
    ("person", "Afwezig met kennisgeving: Marie; Sandra", "Sandra"),
    # 4. lone first names
    ("person", "Acuerdo 2: Ligia pedirá tres presupuestos.", "Ligia"),
    ("person", "TOP 2: Fassade – Armin holt drei Angebote ein.", "Armin"),
    ("person", "Point 3 : Kevin relance le syndic.", "Kevin"),
    ("person", "Beste ouders,\n\nDaan doet donderdag mee aan de olympiade.", "Daan"),
    ("person", "Your son Oliver has been chosen for the team.", "Oliver"),
    ("person", "Ihr Kind Jonas fehlt seit Montag.", "Jonas"),
    ("person", "su hija Lucía ha sido seleccionada", "Lucía"),
    ("person", "12 Feb - spoke to Martin re: renewal", "Martin"),
    ("person", "; added by Kate for the month-end report", "Kate"),
    ("person", "For anything urgent, please contact James on +61 7 0005 5219.", "James"),
    ("person", "merci de contacter Adélaïde (brigitte65@example.net) ou la comptabilité", "Adélaïde"),
    ("person", "kunt u terecht bij Wendy (wendy@example.nl) of bij de administratie", "Wendy"),
    ("person", "Kundennotiz: Telefonat mit Jonas wegen Vertragsverlängerung.", "Jonas"),
    # 5. role labels and wishes
    ("person", "Tomador: Clímaco Torrents\nFecha: 3 de marzo", "Clímaco Torrents"),
    ("person", "Patient(e) : Arnaude Leroux, né(e) le 21 juillet 1970", "Arnaude Leroux"),
    ("person", "Lettre recommandée puis ADIL, et c'est réglé. Bon courage Stéphane !", "Stéphane"),
    ("person", "Went through the deposit scheme in the end. Good luck Rhys!", "Rhys"),
    ("person", "Burofax y listo. ¡Ánimo, Ibán!", "Ibán"),
    ("person", "Dat is vervelend. Veel sterkte, Lotte", "Lotte"),
    # 6. phones, medical records, titles in brackets
    ("phone", "Jennifer Watkins\nSenior Claims Handler\nM: 6529015623\nE: jw@example.com", "6529015623"),
    ("phone", "Céline Duhamel\nLigne directe : 0257147690", "0257147690"),
    ("phone", "recipient Kate Smith, tel 3131-7784.", "3131-7784"),
    ("medical_record", "Service de cardiologie\nN° de dossier : 2711975\nSortie prévue le 09/03.", "2711975"),
    ("person", "la persona de la inmobiliaria (Dr. Roig) dejó de contestar", "Roig"),
    ("phone", "Marie Valette\n3, chemin des Lilas\n50993 Alves\n0906 887 417 · marie@example.net", "0906 887 417"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round4_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. articles and particles, roles after titles, eponymous firms, street look-alikes, dates, barcodes
    "Das Ausweich-RZ Savannah zieht nach 10.73.0.0/24 um.",
    "Apotheek De Linde\nAmoxicilline 500 mg",
    "Entre la SCI Les Tilleuls, bailleur, et la commune.",
    "Portefeuille: Van Lanschot Kempen en Heijmans bijgekocht.",
    "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
    "Monsieur le Directeur, Madame la Présidente,",
    "Kassabon Albert Heijn Stedum, totaal 47,76 EUR.",
    "24 x Dr. Oetker Vanillepudding, Lager Lutry",
    "Johnson Matthey and Morgan Sindall signed the framework.",
    "Notulen VvE-vergadering 6 maart",
    "WERKERVARING\n2020 – heden: teamleider",
    "1. Passage de Office 365 en version 3.3 validé.",
    "Kassabon 11, 05.07.2027 18:07:42, totaal 47,76 EUR.",
    "INSERT INTO products (sku, ean, name) VALUES ('4124335474', '5670468113236', 'Galaxy S24');",
    "Barcode 6240321036812 on the label",
    # 2. generic name columns of things and places
    "INSERT INTO products (sku, name, price) VALUES ('A1', 'Kubernetes Gold', '12'), ('A2', 'Jira Cloud', '9');",
    "Country(alpha_2='FR', name='France', numeric='250')",
    "SubdivisionHierarchy(code='US-NY', name='New York', type='State')",
    "steps:\n  - name: Install Loom (.venv)\n  - name: Google Cloud credentials",
    # 3. lists that are not people
    "Present: all teams, Berlin office, Paris",
    "Attendees: Platform, SRE, Security",
    # 4. places, brands, words and technical terms that the name lists hold
    "Portefeuille: Zara afgebouwd, Heijmans bijgekocht.",
    "Hoi team, we zien elkaar in Paris op 12.03.2027.",
    "Dear customer, your parcel will arrive in Victoria on 3 May.",
    "Skip a test if the condition is true.",
    "Deep copy operation on arbitrary Python objects.",
    "Beta distribution.",
    "Julian day (day in the year, 1-366)",
    "The master branch is automatically tested by Travis CI.",
    "other keys a 16+ character value with Shannon entropy >= 3.0",
    "Pad a short OS/2 Vendor with spaces.",
    "Line tracing is now disabled by default.",
    "Classifier: Environment :: Win32 (MS Windows)",
    "Hope this helps!",
    "Grace period ends on Friday.",
    "Meet at Rosewood House tomorrow at ten.",
    "Re: your order\nFw: invoice",
    # 6. a one-letter field that is no signature
    "Size M: 6529015623 units",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round4_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] in ("person", "phone", "payment_card", "street_address")] == []


def test_the_not_lone_names_list_keeps_the_strong_cues() -> None:
    # a place-like first name is still a person with a strong cue: a title, a greeting, a full name
    scanner = Scanner()
    assert ("person", "Florence") in found(scanner, "Hi Florence, your order shipped.")
    assert ("person", "Victoria Adams") in found(scanner, "Victoria Adams called about the invoice.")
    assert ("person", "Paris") in found(scanner, "[WhatsApp] Paris: on my way")
