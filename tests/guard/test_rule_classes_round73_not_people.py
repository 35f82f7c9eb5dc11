"""The false persons fixed after the oxbow, levee, combe and shoal banks (issue 14, round 73): things the person rules
read as names, fixed by what kind of thing each is. Each case is worded differently from the bank, in the languages
where the class exists, with near misses that must stay as they were:

1. a build's or a repository's key word before a path ("Projekt: kasse/zahlungen", "Rama: feature/login -> develop");
2. a price list's item, a capitalised noun and a lower-case word before the price ("Wiel spannen € 12,50" under
   "Prijslijst");
3. a club's team, a name and a plural mascot after the match's word or beside a score ("v Phoenix Lions", "2-1 Austin
   Eagles");
4. an art style named with "Art" ("Art Nouveau vases", "Lámpara Art Déco");
5. a room's abbreviation before its number ("-> Zi. 12"), a ward's reference ("Ward reference 2031-22");
6. a change-ringing method ("Plain Bob Minor", "(Plain Bob Major)");
7. a body's noun that is also a first name, an institution's adjective after it ("Coral infantil");
8. a hospital called by its patron and "General" ("Margaret General");
9. a riding school's horse after "con", "mit" a rider listed ("Sara con Lucero", "Mia mit Jasper");
10. a hall between commas before an exhibition or congress centre ("Beatrix, palais des congrès", "Juliana,
    Exhibition Centre", "Beatriz, recinto ferial");
11. a pet at the groomer's, the grooming in brackets ("Bella (Trimmen + Krallen schneiden)", "Toby (pelado + corte de
    uñas)", "Guus (trimmen + plukken)").

Near misses kept as people: a speaker before a path in a chat ("Tom: src/app.py"), a kitty's rows ("Anna betaalt €
20"), a sign-off's surname that is a mascot's plural ("Petra Knights"), "Dr Ward", "Bob Major" the treasurer, "Anne
Winter", "Coral Pérez", a riding teacher ("Reitstunde mit Anna"), a rider, a town's name in brackets ("Anna
(Baden-Baden)"), a haircut ("Fenna (wassen + knippen)"), a name in a ticket line after a hall ("Hall B, Victoria
Jansen, 0612...").

Of the 37 cases below (24 things to leave alone, 13 people to keep), 24 fail on round 72.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

LEAVE = [
    ('Pipeline #4412 fehlgeschlagen\nProjekt: kasse/zahlungen\nJob: test:unit', 'Projekt'),
    ('Merge request !812 merged\nRama: feature/login -> develop\nCommit 3fa2b1c', 'Rama'),
    ('Prijslijst fietsenmaker 2028\nKleine beurt € 45\nWiel spannen € 12,50\nKetting smeren € 9', 'Wiel'),
    ('Fixtures: Saturday v Phoenix Lions, home, 2pm.', 'Phoenix Lions'),
    ('Result: Brighton Rovers 2-1 Austin Eagles', 'Austin Eagles'),
    ('Pair of Art Nouveau vases, signed.', 'Art Nouveau'),
    ('Lámpara Art Déco restaurada por el taller.', 'Art Déco'),
    ('Besuch 14:00 Frau Kohl -> Zi. 12', 'Zi'),
    ('Please call the ward back. Ward ref 2031-22.', 'Ward'),
    ('Ward reference 2031-22, please quote it.', 'Ward'),
    ('Practice night: Grandsire Triples and Plain Bob Minor.', 'Bob Minor'),
    ('Quarter peal attempt (Plain Bob Major) on Friday.', 'Bob Major'),
    ('Inscripción – Coral infantil, temporada 2027', 'Coral'),
    ('Physio moves to Margaret General from Monday.', 'Margaret General'),
    ('Clase de equitación\n17:00 Inicio: Sara con Lucero, Pablo con Estrella', 'Lucero'),
    ('Clase de equitación\n17:00 Inicio: Sara con Lucero, Pablo con Estrella', 'Estrella'),
    ('Reitschule Plan Sonntag\n10:00 Anfänger: Mia mit Jasper, Ben mit Fritz', 'Jasper'),
    ('Retrait des badges : village des exposants, Beatrix, palais des congrès, vendredi.', 'Beatrix'),
    ('Pick-up: race village, Juliana, Exhibition Centre, Saturday 10am.', 'Juliana'),
    ('Recogida de dorsales: carpa, Beatriz, recinto ferial, sábado.', 'Beatriz'),
    ('Ihr Termin für Bella (Trimmen + Krallen schneiden) ist am 3.5.', 'Bella'),
    ('Cita para Toby (pelado + corte de uñas) el 3 de mayo.', 'Toby'),
    ('Afspraak voor Guus (trimmen + plukken) op 3 mei.', 'Guus'),
    ('Reitschule Plan Sonntag\n10:00 Anfänger: Mia mit Jasper, Ben mit Fritz', 'Fritz'),
]

KEEP = [
    ('person', 'Tom: src/app.py', 'Tom'),
    ('person', 'Kitty\nAnna betaalt € 20\nPiet betaalt € 15\nKees betaalt € 10', 'Anna'),
    ('person', 'Met vriendelijke groet,\nPetra Knights', 'Petra Knights'),
    ('person', 'Dr Ward reviewed her.', 'Ward'),
    ('person', 'Our new treasurer Bob Major starts today.', 'Bob Major'),
    ('person', 'Anne Winter won the blitz.', 'Anne Winter'),
    ('person', 'Coral Pérez, socia n.º 12', 'Coral Pérez'),
    ('person', 'Reitstunde mit Anna am Samstag.', 'Anna'),
    ('person', 'Clase de equitación\n17:00 Inicio: Sara con Lucero, Pablo con Estrella', 'Sara'),
    ('person', 'Hallo Frau Meier, Termin für Anna (Baden-Baden) am Montag.', 'Anna'),
    ('person', 'Hoi Joeri, de afspraak voor Fenna (wassen + knippen) staat op 3 mei.', 'Fenna'),
    ('person', 'Tickets: Hall B, Victoria Jansen, 0612345678', 'Victoria Jansen'),
    ('person', 'Marina Kraus, Liegeplatz 12', 'Marina Kraus'),
]


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round73_things_are_not_people(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("category,text,value", KEEP, ids=[v for _, _, v in KEEP])
def test_round73_people_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
