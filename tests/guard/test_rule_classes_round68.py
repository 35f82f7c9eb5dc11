"""The person rule classes fixed after the bolson and malpais banks' false persons and misses (issue 14, round 68).
Each case is worded differently from the banks, in the languages where the class exists, with near misses that must
stay as they were:

1. people: a radio amateur's sign-off ("... 73 de Wietse", "73, Graham"); the child a consent letter says stays
   behind ("otherwise Oliver will have to stay", "sonst muss Leonie ... bleiben"); to whom a text goes back ("Terug
   naar Femke.", "Retour à la traductrice (Apolline)."); a neighbour ("Gudrun von nebenan"); whose consent form is
   missing ("Von Mathilde fehlt noch ..."); a player's age group in brackets ("Harriet (U9)"); a caller again ("hier
   nochmal Rosemarie wegen ..."); a club's new player after the group's word alone or with a greeting ("Familles,
   Léandre rejoint ...", "Hallo allerseits, Ilvy wechselt ..."); a team's coach ("Coach Imogen here"); translators',
   room shares' and passport names' labels; a blood donor rejected ("Afgekeurd: ... (donor ...)"); someone's home
   ("por casa de Doña Iturbe"); a full name before Spanish "en" and an article ("... Cuevas en el grupo de padres");
2. not people: "Ville de ...", "Gemeente ..."; a team named "... Town"; a pet and its breed ("'Bobbie', Border
   Collie"; "Jack Russell"); a coach operator ("Car Favre, réservation ..."); "... Pharmaceuticals"; "Talleres ...";
   three surnames listed as a firm's partners, the first no common first name ("Client: Robinson, Kelly and Doyle");
   the surnames of those at a meeting stay people ("Apologies: Smith, Jones and Patel").

Of the 37 cases below (22 to catch, 11 to leave alone, 4 people to keep), 30 fail on round 67.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Dank voor de QSL-kaart, tot op de repeater. 73 de Wietse', 'Wietse'),
    ('person', "See you at the contest on Sunday, I'll bring the antenna. 73, Graham", 'Graham'),
    ('person', 'Merci pour le contact sur 40 m. 73 Ghislaine', 'Ghislaine'),
    ('person', 'Please reply by Monday. Otherwise Isla will spend the day with Year 3.', 'Isla'),
    ('person', 'Bitte bis Freitag zurückgeben, sonst muss Leonie in der Schule bleiben.', 'Leonie'),
    ('person', 'Stijlgids niet gevolgd, zie regel 4. Terug naar Femke.', 'Femke'),
    ('person', 'El término no está en el glosario aprobado. Devolver a Adolfo.', 'Adolfo'),
    ('person', 'Terminologie non conforme. Retour à la traductrice (Apolline).', 'Apolline'),
    ('person', 'Den Ersatzschlüssel hat Gudrun von nebenan.', 'Gudrun'),
    ('person', 'Von Mathilde fehlt noch die Einverständniserklärung für den Ausflug.', 'Mathilde'),
    ('person', 'Great news, Harriet (U9) has passed her trial with the Lions.', 'Harriet'),
    ('person', 'Guten Tag, hier nochmal Rosemarie wegen der Rechnung vom März.', 'Rosemarie'),
    ('person', 'Familles, Léandre rejoint les U11 dès lundi.', 'Léandre'),
    ('person', 'Hallo allerseits, Ilvy wechselt zur Rückrunde zu uns.', 'Ilvy'),
    ('person', 'Coach Imogen here, training moves to 6pm.', 'Imogen'),
    ('person', 'Translator: Gwendolyn\nPair: FR>EN', 'Gwendolyn'),
    ('person', 'Übersetzerin: Waltraud\nSprachen: EN>DE', 'Waltraud'),
    ('person', 'Naam volgens paspoort: Noor Samijn\nGeldig tot: 2031', 'Noor Samijn'),
    ('person', 'ROOMING\nsinger: Sam Tully\nroom_share: Duncan\ndiet: none', 'Duncan'),
    ('person', 'Afgekeurd: Jorien Bakhuisje (donor 88123), Hb te laag', 'Jorien Bakhuisje'),
    ('person', 'La furgoneta pasará por casa de Doña Iturbe a las diez.', 'Iturbe'),
    ('person', 'Borrado el mensaje de Rufino Olmedo Cuevas en el grupo de padres.', 'Rufino Olmedo Cuevas'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round68_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ('Demande de subvention - Ville de Rennes\nService des sports', 'Ville'),
    ('Aanvraag - Gemeente Utrecht, afdeling sport', 'Gemeente'),
    ('Saturday fixtures\nvs Regina Town (home), KO 14:00', 'Regina'),
    ("Dierenarts - doorverwijzing\nPatiënt: 'Bobbie', Border Collie, 3 jr", 'Bobbie'),
    ('Lost: our Jack Russell, answers to nothing', 'Jack'),
    ('Excursion - programme\nCar Favre, réservation 2231\nDépart 07h00', 'Favre'),
    ('Klant: Sandoz Pharmaceuticals\nTaal: EN>NL', 'Sandoz'),
    ('Cliente: Talleres Urquiza S.L.\nPar: EN>ES', 'Talleres'),
    ('Client: Robinson, Kelly and Doyle\nMatter: lease review', 'Kelly'),
    ('Pension fund: Thompson, Bailey and Rhodes', 'Bailey'),
    ('Kanzlei: Weidinger, Hartmann und Roth, Linz', 'Hartmann'),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round68_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


STILL_PEOPLE = [
    ('Apologies: Smith, Jones and Patel', 'Jones'),
    ('Present: Anna, Ben and Carl', 'Ben'),
    ('Lost: our Jack, a Jack Russell; call Tom Baker', 'Tom Baker'),
    ('Maria Lopez en la oficina hasta las tres', 'Maria Lopez'),
]


@pytest.mark.parametrize("text,value", STILL_PEOPLE, ids=[v for _, v in STILL_PEOPLE])
def test_round68_people_still_found(scanner: Scanner, text: str, value: str) -> None:
    assert ("person", value) in found(scanner, text)
