"""The person rule classes fixed after the karren and fulgurite banks' misses and false persons (issue 14, round 54,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. whose care plan a school keeps ("the allergy plan for Oscar", "Notfallplan für Lotte", "le PAI de Maël", "el plan de
   crisis de Iker", "het epilepsieplan van Sem");
2. to whom something was sent or paid by whom ("forwarded the scans to Kenneth at the clinic", "paid personally by
   Gordon", an irregular English participle), who posted a secret by mistake;
3. who takes a duty over, the name after the verb ("Die Kassenprüfung übernimmt Walburga;");
4. whom a ward calls about a patient and a wedding party's roles, right before a first name ("Bezugsperson Gunhild",
   "Contactpersoon Wietske", "su familiar Rosendo", "next of kin Dorothy", "Trauzeugin Liesel");
5. whose remark ("remarque de Ghislaine"), who saw it in Spanish's inverted order ("Lo vio Eusebio ayer");
6. labels whose value is a person: an account's manager ("beheer: Roel"), whom to reach ("Eltern erreichbar: Irmgard
   ..."), an incident commander ("Einsatzleiterin:"), a co-driver ("Copilote :"), a seamstress as a JSON key;
7. a patient in a numbered bed ("- Gwendolyn in bed 4 tries ..."), a relative named by a month ("su familiar Abril");
8. a sign-off that says whom it is from on its own line, then a first name alone ("Lots of love from everyone at the
   shop,\nMaureen"), and "Thank you so much,";
9. not people: an English street by what stands on it ("Ferry Lane allotments"), a dam's possessive before her litter
   ("Bella's litter") and pups' names listed in a litter's text ("..., Lola y Bruno"), a rowing boat named in quotes
   after its crew size ("Der Vierer "Kaiser Wilhelm""), a form's keys that the name lists hold ("Robe :", "Retouches
   :"), a vintage car by its year and make ("1929 Riley Nine"), a rose's cultivar in quotes, a lottery's ball set
   ("Lucky Stars 05 09"), a document's title ("Dialysis Diet Plan"), an identity provider ("signed in with Apple"), a
   university named by its city before "qui" ("l'université de Montréal, qui ..."), and a German article after a
   notice's colon ("Hinweis aus der Verwaltung: Das Entgelt ...").

Of the 53 cases below (30 to catch, 16 things to leave alone, 7 people to keep), 37 fail on round 53.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. whose care plan it is
    ("person", "Attached is the updated allergy plan for Oscar; the EpiPen stays in the office.", "Oscar"),
    ("person", "Anbei der neue Notfallplan für Lotte, das Spray liegt im Fach.", "Lotte"),
    ("person", "Voici le PAI de Maël, à garder dans la trousse de la cantine.", "Maël"),
    ("person", "Te paso el plan de crisis de Iker para el comedor.", "Iker"),
    ("person", "Hierbij het epilepsieplan van Sem voor de juf.", "Sem"),
    # 2. who paid or was sent something
    ("person", "The gutter repair was paid personally by Gordon, to be refunded in May.", "Gordon"),
    ("person", "I've forwarded the scans to Kenneth at the clinic.", "Kenneth"),
    # 3. a duty taken over
    ("person", "TOP 4: Die Kassenprüfung übernimmt Walburga; Kontakt über den Vorstand.", "Walburga"),
    ("person", "4. El reparto de llaves lo llevará Eulalia a partir de enero.", "Eulalia"),
    # 4. a relative or contact person who calls
    ("person", "Zi. 3: Bezugsperson Gunhild ruft abends an.", "Gunhild"),
    ("person", "K. 12: Contactpersoon Wietske belt na het bezoekuur.", "Wietske"),
    ("person", "Hab. 4: su familiar Rosendo llama a diario.", "Rosendo"),
    ("person", "Hab. 9: su familiar Abril llama por la tarde.", "Abril"),
    ("person", "Bed 2: next of kin Dorothy rings after six.", "Dorothy"),
    # 5. a wedding party's role
    ("person", "Bring your shoes; your bridesmaid Tabitha is welcome to come along.", "Tabitha"),
    ("person", "Zur Anprobe darf deine Trauzeugin Liesel gern mitkommen.", "Liesel"),
    ("person", "Puede venir también tu madrina, Felisa, a la prueba.", "Felisa"),
    # 6. who remarked or saw
    ("person", "Merci de reformuler ce passage, remarque de Ghislaine.", "Ghislaine"),
    ("person", "Lo vio Eusebio ayer por la tarde.", "Eusebio"),
    ("person", "token posted in #ops by Janice by mistake, please rotate", "Janice"),
    # 7. who manages or interprets, as a label
    ("person", "Uitbetaling naar de clubrekening (beheer: Roel)", "Roel"),
    ("person", "Intérprete asignado: Anselmo", "Anselmo"),
    ("person", "Eltern erreichbar: Irmgard 0171 2345678", "Irmgard"),
    # 8. a patient in a bed
    ("person", "- Gwendolyn in bed 4 tries to get up alone; falls risk.", "Gwendolyn"),
    # 10. a sign-off that says whom it is from, then a first name alone on its line; "thank you so much"
    ("person", "Lots of love from everyone at the shop,\nMaureen\nAlterations desk", "Maureen"),
    ("person", "Liebe Grüße vom ganzen Team der Schneiderei,\nAnnegret\nÄnderungsatelier Süd", "Annegret"),
    ("person", "Thank you so much,\nTobias\n(Year 12, form room 4)", "Tobias"),
    # 11. an incident commander's and a co-driver's labels
    ("person", "Einsatzleiterin: Sabine Krüger", "Sabine Krüger"),
    ("person", "Pilote : Paul Ravel\nCopilote : Léonie Durand", "Léonie Durand"),
    # 9. a role as a JSON key
    ("person", '{"dress": "A-line", "seamstress": "Brenda", "due": "2025-05-01"}', "Brenda"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round54_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


_FITTING_SLIP = ("BON DE RETOUCHE N° 5512\nCliente : Mme Roux\nTél. : 06 12 34 56 78\nRobe : modèle Iris, taille 38\n"
                 "Retouches : ourlet, bretelles\nEssayage : 14/05 à 10 h")
NOT_PEOPLE = [
    ("Danke fürs Kommen! Hinweis aus der Verwaltung: Das Entgelt wird am 1. abgebucht.", "Das"),
    ("Ferry Lane allotments: the meter at the gate read 51210", "Ferry"),
    ("Plot 9, Mill Lane site\nWater off on Sunday.", "Mill"),
    ("Litter news: Bella's litter of six was born on 3 May at the kennels.", "Bella"),
    ("Camada de la perra Nala: 5 cachorros. Los nombres: Bongo, Bruma, Bimba, Lola y Bruno.", "Lola"),
    ('Der Vierer "Kaiser Wilhelm" ist wieder im Bootshaus.', "Kaiser"),
    ("Le huit « Pierre de Coubertin » est en réparation.", "Pierre"),
    ("Elle postule aussi à l'université de Montréal, qui demande deux lettres.", "Montréal"),
    (_FITTING_SLIP, "Robe"),
    (_FITTING_SLIP, "Retouches"),
    ("Results\n1. 1929 Riley Nine (car no. 4) - 2 pts\n2. 1937 Austin Ruby (car no. 9)", "Riley"),
    ("Vehicle: 1932 Morris Minor Tourer\nEntry fee paid", "Morris"),
    ("Stock: 24 x 'Gertrude Jekyll' roses, 12 x 'Graham Thomas' roses", "Gertrude"),
    ("Draw 14/03: main numbers 03 19 22 31 44, Lucky Stars 05 09. Jackpot £14m.", "Lucky"),
    ("Renal Dietitian - Dialysis Diet Plan\nFluid allowance 750 ml", "Dialysis"),
    ("Your account was merged when you signed in with Apple last week.", "Apple"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round54_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Criadora: Lola Ruiz. Camada de 5 cachorros: Bongo, Bruma y Bimba.", "Lola Ruiz"),
    ("Sophia: Bahnhofstraße 4, 3100 St. Pölten\nSekretariat: Danke, die Bestätigung kommt per Post.", "Sophia"),
    ("Hi Lois Lane, your plot is ready.", "Lois Lane"),
    ("Stock check done by Gertrude Ashby: 24 roses sold.", "Gertrude Ashby"),
    ("Driver: Riley Jenkins\nNavigator: Austin Cole", "Riley Jenkins"),
    ("Die Kassenprüfung übernimmt Walburga Senft.", "Walburga Senft"),
    ("Zi. 3: Bezugsperson Frau Gunhild Albers ruft an.", "Gunhild Albers"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round54_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
