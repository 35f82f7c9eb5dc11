"""The person rule classes fixed after the kopje and flatiron banks' misses and false persons (issue 14, round 61,
person half). Each case is worded differently from the banks, in the languages where the class exists, with near
misses that must stay as they were:

1. who does a timed task on a care visit's line, after a dash ("07:15 Körperpflege – Svenja", "ma-vr 8:30 douchen –
   Mees", "L-V 10:00 compra – auxiliar Nuria");
2. whom a safety boat's log says was pulled out of the water ("Fenna uit het water gehaald", "Lilou récupérée", "se
   rescata a Marta"); to whom results or forms go and by when ("Results to Harriet by Sunday", "Ergebnisse bitte an
   Jonas bis Freitag"); who takes a minutes' action ("Action: Priya to book the hall"); who made a change in an
   incident's timeline ("09:14 rollback by Marco");
3. a signer at a line's start after the last sentence, then a comma and the role ("Noémie, arbitre"), a name alone
   above its desk's line ("Happy paddling,\\nSiobhan\\nHire bookings"), a club officer in brackets after a first name
   ("Approved: Eileen (treasurer)"); a register's line, a name then its attendance ("Fermín - asiste (nuevo)");
4. labels: a dog groomer, a pharmacist's check, a swimming teacher, a course's leader ("Kursleitung:"), a triage
   nurse ("Triageverpleegkundige:"), a second guest after a slash on a room's line ("Zi. 4: Ute Brandt / Vreni");
5. not people: a season's event ("Summer Camp"), bands and orchestras ("Brass Band Thun"), a hotel in French ("Hôtel
   du Lac"), a haulier ("Transport Favre"), a van's name in quotes, homes and care services ("Studentenwohnheim Am
   Hang", "Thuiszorg Sint Jan"), a chess congress; while "Van Camp" stays a Dutch surname.

Of the 36 cases below (20 to catch, 10 things to leave alone, 6 people to keep), 25 fail on round 60.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a timed task's line
    ("person", "Pflegeplan Woche 9\n07:15 Körperpflege, Verband – Svenja\n12:30 Mittagessen – Jörg", "Svenja"),
    ("person", "Zorgplan\nma-vr 8:30 douchen, steunkousen – Mees\n17:00 medicatie – Floor", "Mees"),
    ("person", "Plan de ayuda\nL-V 10:00 compra y limpieza – auxiliar Nuria\nFamiliar: su hijo", "Nuria"),
    # 2. pulled out, handed to, an action's owner, a change's author
    ("person", "Logboek volgboot\n10:12 optimist gekapseisd bij de boei, Fenna uit het water gehaald, ouders gebeld",
     "Fenna"),
    ("person", "Cahier de sécurité\n10h05 dessalage d'un optimist, Lilou récupérée, parents prévenus", "Lilou"),
    ("person", "Parte de seguridad\n10:20 vuelco de un optimist, se rescata a Marta, aviso a la madre", "Marta"),
    ("person", "Round 3 pairings are up. Results to Harriet by Sunday please.", "Harriet"),
    ("person", "Paarungen Runde 5. Ergebnisse bitte an Jonas bis Freitag.", "Jonas"),
    ("person", "Minutes, 3 May\nAction: Priya to book the hall for June.", "Priya"),
    ("person", "Timeline (UTC)\n09:14 rollback by Marco\n09:20 error rate back to normal", "Marco"),
    # 3. signers, officers, registers
    ("person", "Les feuilles de match sont à rendre à la table.\nNoémie, arbitre", "Noémie"),
    ("person", "Life jackets are in the shed.\n\nHappy paddling,\nSiobhan\nHire bookings", "Siobhan"),
    ("person", "Claim: minibus fuel £48.20\nApproved: Eileen (treasurer)", "Eileen"),
    ("person", "Sesión 4 – asistencia\nLucía Prieto Gil - asiste\nFermín - asiste (nuevo)", "Fermín"),
    # 4. labels
    ("person", "Appointment booked\nGroomer: Natalie\nDog: Biscuit (cockapoo)", "Natalie"),
    ("person", "- Metformin 500 mg BD - continue\nPharmacist check: Gemma, 03/04/2026", "Gemma"),
    ("person", "Lesson 4 register\nTeacher: Callum   Lifeguard on poolside: yes", "Callum"),
    ("person", "Erste-Hilfe-Kurs am Samstag\nKursleitung: Hannelore\nOrt: Feuerwache", "Hannelore"),
    ("person", "Triage SEH\nUrgentie: U3\nTriageverpleegkundige: Sanne", "Sanne"),
    ("person", "Zimmerliste\nZi. 3: Markus Vogel (EZ)\nZi. 4: Ute Brandt / Vreni (Tenorhorn)", "Vreni"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round61_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("3rd Hillside Scouts - Summer Camp kit list\nParticipant: see form", "Summer"),
    ("Anmeldung Konzertreise Korea (Brass Band Thun)\nAnreise: 3. Mai", "Brass"),
    ("Riverside Silver Band - Tour rooming list", "Silver"),
    ("Liste des chambres - Hôtel du Lac\nCh. 1 : à attribuer", "Lac"),
    ("Matériel livré. Transport Favre, devis 2026/118.", "Favre"),
    ("Full groom £40. Our van 'Sir Barksalot' visits Hove on Fridays.", "Barksalot"),
    ("Studentenwohnheim Am Hang: Einzug zum Sommersemester am 01.04.2026", "Hang"),
    ("Thuiszorg Sint Jan: 140 cliënten, 2.100 zorguren in mei", "Sint Jan"),
    ("Spring Congress entry form\nPlayer rating: 1650", "Spring"),
    ("Status board\nBerlin office - present\nParis office - absent", "Berlin"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round61_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ("Goedemiddag mevrouw Van Camp, uw fiets is klaar.", "Van Camp"),
    ("Kind: Davy Van Camp, geboren 06-06-2015", "Davy Van Camp"),
    ("Hirer: Susanna O'Flaherty t/a Harris Inc", "Susanna O'Flaherty"),
    ("Pleegouders: Ayoub Bierstraten en Bo Sas", "Bo Sas"),
    ("Yours in Scouting,\nDerek (Group Treasurer)", "Derek"),
    ("Zimmerliste\nZi. 3: Markus Vogel (EZ)\nZi. 4: Ute Brandt / Vreni (Tenorhorn)", "Ute Brandt"),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round61_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
