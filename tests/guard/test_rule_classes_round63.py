"""The person rule classes fixed after the roche and gnamma banks' misses and false persons (issue 14, round 63,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. a pupil seen in class ("I saw Jasper in class today", "voir Maëlle en classe", "vi a Rodrigo en clase"), whom a
   chat pages ("-- paging Marisol, ..."), whom a note thanks for a task ("Merci à Solène de relire ..."), whom
   someone stands in for ("cover for Siobhan on Saturday", "sustituir a Remedios el domingo"), whose school report
   ("el informe logopédico de Valentina para ..."), a line of pairs under its label ("Buddy pairs: Marcus with
   Yvonne, ..."), a water-safety spotter;
2. not people: lifeboats and ships named after people, after their kind or their prefix ("RNLB Grace Darling",
   "der Seenotrettungskreuzer Theodor Storm", "la Salvamar Nuestra Señora de las Nieves", "de reddingboot Koning
   Willem en Anna Paulowna", "HMS Victoria"), a double-barrelled firm that English calls "its" owner, a dialogue's
   turn opened by a dash ("– Il habite seul ?", "– Ja, in de tas."), a rank as a form of address ("Frau Doktor",
   "Herr Professor"), a dog after its handler at the end of a start list's line, a breed after a pet's name in its
   field, a mountain range ("Sierra de Gredos"), funeral directors, and near misses of the new cues ("replace
   Jasmine with Jest", "voir Paris en classe affaires", a firm thanked for its support).

Of the 37 cases below (12 to catch, 19 things to leave alone, 6 people to keep), 17 fail on round 62.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Quick update: I saw Jasper in class today and he read the whole page aloud.', 'Jasper'),
    ('person', 'Bonjour, je suis allée voir Maëlle en classe mardi ; elle lève davantage la main.', 'Maëlle'),
    ('person', 'Ayer vi a Rodrigo en clase y ya sigue mejor las instrucciones.', 'Rodrigo'),
    ('person', '-- paging Marisol, the nightly export failed again', 'Marisol'),
    ('person', 'Merci à Solène de relire le programme avant jeudi.', 'Solène'),
    ('person', 'Gracias a Inmaculada por revisar las actas.', 'Inmaculada'),
    ('person', 'Can you cover for Siobhan on Saturday? Her knee is still sore.', 'Siobhan'),
    ('person', '¿Puedes sustituir a Remedios el domingo en la caseta?', 'Remedios'),
    ('person', 'Te envío el informe logopédico de Valentina para la reunión del jueves.', 'Valentina'),
    ('person', 'Pool session at 7.\nBuddy pairs: Marcus with Yvonne, Priya with Tom.\nNo diving.', 'Yvonne'),
    ('person', 'Parejas: Baltasar con Leonor, Gregorio con Amparo.', 'Gregorio'),
    ('person', 'Capsize drill went fine, back on land with help from spotter Declan.', 'Declan'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round63_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ('The RNLB Duke of Northumberland replaced the old boat; RNLB Grace Darling is now in the museum.',
     'Grace Darling'),
    ('Der Seenotrettungskreuzer Theodor Storm lief um 14:10 aus.', 'Theodor Storm'),
    ('Le canot tous temps Jacques Joseph Oscar est rentré au port.', 'Jacques'),
    ('La Salvamar Nuestra Señora de las Nieves volvió a puerto.', 'Nieves'),
    ('De reddingboot Koning Willem en Anna Paulowna kwam om 14:10 binnen.', 'Anna Paulowna'),
    ('HMS Victoria sank off Tripoli in 1893.', 'Victoria'),
    ('Fielding-Hart has recalled 3,000 kettles and refunds its customers.', 'Fielding-Hart'),
    ('– Vous avez sa carte vitale ?\n– Oui.\n– Il habite seul ?', 'Il'),
    ('– Heeft u het verwijsbriefje?\n– Ja, in de tas.', 'Ja'),
    ('Sehr geehrte Frau Doktor,\nanbei die Unterlagen.', 'Doktor'),
    ('Hallo Herr Professor, kurze Frage zur Klausur.', 'Professor'),
    ('Running order - Ring 1, Agility G2\n1  Karen Lowe & Biscuit\n2  Tom Reed & Juno', 'Juno'),
    ('Dog: Rolo, Jack Russell, 6 years', 'Jack Russell'),
    ('Hund: Bello, Dobermann, 4 Jahre', 'Dobermann'),
    ('Ruta por la Sierra de Gredos, salida a las 8.', 'Sierra de Gredos'),
    ('Order for Whitfield Funeral Directors, delivery Friday.', 'Whitfield Funeral'),
    ('Could you replace Jasmine with Jest in the test runner?', 'Jasmine'),
    ('Je vais voir Paris en classe affaires.', 'Paris'),
    ('Merci à Orange de son soutien pour la kermesse.', 'Orange'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round63_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ('Peters-Cole has sent his apologies for the meeting.', 'Peters-Cole'),
    ('Sierra Jones called about the invoice.', 'Sierra Jones'),
    ('Startliste Agility\n1. Eva Roth mit Luna\n2. Tom Berg mit Anna Roth', 'Anna Roth'),
    ("– Transport sanitaire, bonjour, Odile à l'appareil.", 'Odile'),
    ('Hallo Frau Dr. Berger, danke für den Termin.', 'Berger'),
    ('The lifeboat crew thanked Margaret Hale for her donation.', 'Margaret Hale'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round63_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
