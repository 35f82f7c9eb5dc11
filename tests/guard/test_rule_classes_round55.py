"""The person rule classes fixed after the guyot and lapilli banks' misses and false persons (issue 14, round 55,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. who is replaced on a care rota, one first name for another ("Ole statt Henrike (krank)", "Ruth sustituye a
   Leocadia", "Noémie remplace Sidonie", "Fenna i.p.v. Gijs", "Priya covers for Declan");
2. labels whose value is a person: a swimming teacher ("Kursleiterin:", "Badjuf:"), a carer, a tattooist, a minor, a
   detainee ("Gedetineerde:");
3. a Vault audit log's user, glued to the auth mount or the login path ("display_name=ldap-Margarethe",
   "auth/userpass/login/Frederick");
4. whose lessons an invoice bills or whose transfer a club requests ("physics sessions for Imogen", "Nachhilfe Mathe
   für Jannik (Klasse 7)", "clases de Química para Rigoberto", "the transfer request for Lachlan");
5. a child's health papers ("der Impfnachweis von Wolfgang", "la fiche sanitaire de Timéo");
6. first names keyed to passport numbers in a list ("Freya - K12345678", "Begoña: X43219876");
7. a caller introducing herself ("it's Rosalind from the district nurses"), whose round to take over ("die Tour von
   Reinhold übernehmen", "de rit van Maarten overnemen"), who went off sick, who signed a numbered form's line ("7.
   Signed: Bernard (typed)"), who checked ("Nagekeken door Wilma op ...");
8. a title before a surname that is also a brand's or a saint's: a brand only with its own title ("Guten Tag Frau
   Scholl," and "Mme Simon, directrice" are people; "Dr. Scholl", "Mr Kipling", "Don Simón" are not);
9. not people: a pet in apposition ("Winston, a 9-year-old Labrador") or after whose it is ("La perra del director,
   Canela,"), a supplier before the delivery ("chez Robert, livraison le ..."), German "Pro Tag", an optician's or a
   studio's name ("Óptica", "Estudio Tinta Negra"), a piece before its composer in brackets ("Ave Maria (Franz
   Schubert)"), a club after its prefix ("FC Val de Loire"), a schedule's weekday and time ("Do 16:40:").

Of the 47 cases below (29 to catch, 13 things to leave alone, 5 people to keep), 30 fail on round 54.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. who is replaced on a rota, and why
    ("person", "Di spät: Ole statt Henrike (krank)\nFr früh: wie immer", "Henrike"),
    ("person", "Martes tarde: Ruth sustituye a Leocadia (baja)", "Leocadia"),
    ("person", "Jeudi soir : Noémie remplace Sidonie (congé)", "Sidonie"),
    ("person", "Do avond: Fenna i.p.v. Gijs (vakantie)", "Gijs"),
    ("person", "Tue PM: Priya covers for Declan (annual leave)", "Declan"),
    # 2. teachers, carers, tattooists, detainees and minors as labels
    ("person", "Kursleiterin: Wiebke\n[x] Seepferdchen", "Wiebke"),
    ("person", "Zwemdiploma A\nBadjuf: Annelies\n[x] 25 m schoolslag", "Annelies"),
    ("person", "Neue Einsatzzeit: 09:00\nPflegefachfrau: Gudrun", "Gudrun"),
    ("person", "Zona: muñeca\nTatuador: Casimiro", "Casimiro"),
    ("person", "Inscripción natación\nMenor: Leandro (7 años)", "Leandro"),
    ("person", "BEZOEKAANVRAAG\nGedetineerde: Jeroen Smits, registratienummer 4471", "Jeroen Smits"),
    # 3. a Vault audit log's user
    ("person", 'type=request path=secret/data/payroll display_name=ldap-Margarethe remote_address=10.2.3.4', "Margarethe"),
    ("person", 'type=response path=auth/userpass/login/Frederick remote_addr=10.1.1.9 error="invalid"', "Frederick"),
    # 4. lessons or a transfer for a pupil or a player
    ("person", "Invoice 2231\nFor: 4 x 1 hr physics sessions for Imogen, March", "Imogen"),
    ("person", "Nachhilfe Mathe für Jannik (Klasse 7)\nBetrag: 120 €", "Jannik"),
    ("person", "Concepto: 6 clases de Química para Rigoberto\nBase: 150,00 €", "Rigoberto"),
    ("person", "We have received the transfer request for Lachlan and have no objection.", "Lachlan"),
    # 5. a child's health papers
    ("person", "Für das Zeltlager fehlt noch der Impfnachweis von Wolfgang.", "Wolfgang"),
    ("person", "Il manque la fiche sanitaire de Timéo pour le séjour.", "Timéo"),
    # 6. names keyed to passport numbers in a list
    ("person", "Passport numbers for the hotel:\nFreya - K12345678\nOwen - 533918204", "Freya"),
    ("person", "Pasaportes para el registro:\nBegoña: X43219876\nJulián: 512093384", "Begoña"),
    # 7. a caller introducing herself, whose round to take over, who went off sick, who signed
    ("person", "Hi Tom, it's Rosalind from the district nurses, running late.", "Rosalind"),
    ("person", "Kannst du morgen die Tour von Reinhold übernehmen?", "Reinhold"),
    ("person", "Kun jij vrijdag de rit van Maarten overnemen?", "Maarten"),
    ("person", "Can you cover the 9am call? Gwyneth has gone off sick.", "Gwyneth"),
    ("person", "7. Signed: Bernard (typed)   Date: 2025-02-02", "Bernard"),
    ("person", "Nagekeken door Wilma op 3 maart 2025.", "Wilma"),
    # 8. a title before a surname that is also a brand's or a saint's
    ("person", "Guten Tag Frau Scholl,\n\nIhr Vertrag wurde verlängert.", "Scholl"),
    ("person", "Cordialement,\nMme Simon, directrice", "Simon"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round55_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Probenplan\nDo 16:40: Anspielprobe in der Kirche\nFr 19:30: Konzert", "Do"),
    ("El coro viaja el lunes. La perra del director, Canela, va en la bodega.", "Canela"),
    ("Dog of the month: Winston, a 9-year-old Labrador from our Leeds clinic.", "Winston"),
    ("Pet of the week: Bella, a 3-year-old spaniel cross.", "Bella"),
    ("Semaine : commande pharmacie 55213 chez Robert, livraison le 12/06.", "Robert"),
    ("Bitte Wartenummer ziehen. Pro Tag rund 150 Anträge.", "Pro"),
    ("Óptica – pedido RE1234: 40 cajas de lentillas", "Óptica"),
    ("Ficha de cliente – Estudio Tinta Negra\nNombre: Ana Ruiz", "Estudio"),
    ("Musik zur Trauerfeier: Ave Maria (Franz Schubert)", "Ave"),
    ("Nouveau club : FC Val de Loire\nAncien club : AS Saint-Jean", "Val"),
    ("Dr. Scholl Gelkissen, 2 Paar", "Scholl"),
    ("Mr Kipling cakes, 6 boxes", "Kipling"),
    ("Oferta: zumo Don Simón, 1 l, 1,95 €", "Simón"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round55_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("El dueño de la perra, Jacinto Ruiz, firmó el parte.", "Jacinto Ruiz"),
    ("Di spät: Ole statt Henrike (krank)", "Ole"),
    ("Frau Dr. Scholl ruft an.", "Scholl"),
    ("Kunde: Robert Chez", "Robert Chez"),
    ("Tierhalterin: Winston Meyer, 3 Hunde", "Winston Meyer"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round55_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
