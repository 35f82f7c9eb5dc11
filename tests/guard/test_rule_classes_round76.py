"""The person classes fixed after the sill bank (issue 14, round 76; person recall 0.879 on first contact with round
75). Each case is worded differently from the bank, in the languages where the class exists, with near misses that
must stay as they were:

1. a sign-up list's rows, numbered or bulleted, three or more set out alike, one of which opens with a person found:
   the first names that open the other rows, one or two joined by "&", "+", "and", "y", "en" ("1. Ottilie – Atemlos"
   above "3. Kasimir Brandauer – Ein Stern", "4. Wiebke + Jannik – ..."), a karaoke night's singers, a relay's legs;
   not a row with another word ("2. Welcome – Chair", "3. Paris – Lyon") nor a list with no person found;
2. a child's team kit on a group order: the name printed on the back ("name on the back: Callum", "nom au dos :
   Anaïs") or after "for" (or a sign-up's verb) on a line that names the garment and its size or the order ("bitte
   für Jasper noch ein Heimtrikot (Gr. 140)", "une veste pour Romane, taille 12 ans, commande du club", "apuntad a
   Noelia al pedido de camisetas, talla M"); not a month's or a place's name ("jersey order for April, size M");
3. a race protest's witness by the first name at a line's start ("Witness: Declan (race officer)", "Getuige: Fenna
   (startschip)"; a full name behind the word is found as before, and stays whole: "Witness: Eleanor O'Brennan saw
   it"); who made a register's note at the line's end ("... ist ok. Vermerk Gerlinde"); a support group's member
   paired with a buddy ("pair Shauna with a mentor");
4. near misses: a list of agenda items, a list of towns beside a person, a printed slogan, a pairing of devices.

Of the 30 cases below (20 to catch, 10 to leave alone), 13 fail on round 75.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Karaoke im Vereinsheim\n1. Ottilie – Atemlos\n2. Kasimir Brandauer – Ein Stern\n3. Wiebke + Jannik – Skandal im Sperrbezirk', 'Ottilie'),
    ('person', 'Karaoke im Vereinsheim\n1. Ottilie – Atemlos\n2. Kasimir Brandauer – Ein Stern\n3. Wiebke + Jannik – Skandal im Sperrbezirk', 'Jannik'),
    ('person', 'Relay legs\n- Siobhan: leg 1\n- Gareth Pryce-Owens: leg 2\n- Nia: leg 3', 'Nia'),
    ('person', 'Soirée chansons\n1) Josiane – La Mer\n2) Ambroise Delacourt – Le Sud\n3) Perrine et Gaspard – Foule sentimentale', 'Gaspard'),
    ('person', 'Open mic - lista\n1. Remedios - Malamente\n2. Baltasar Orozco - Volver\n3. Inmaculada & Hortensia - Quédate', 'Hortensia'),
    ('person', 'Open podium\n1. Marieke - Laat me\n2. Joost van Gelderen - Zoutelande\n3. Fenna - Avond', 'Fenna'),
    ('person', 'club kit order - name on the back: Callum, size 9-10', 'Callum'),
    ('person', 'Commande maillots : nom au dos : Anaïs, taille 10 ans', 'Anaïs'),
    ('person', 'Hallo Trainer, bitte für Jasper noch ein Heimtrikot bestellen (Gr. 140).', 'Jasper'),
    ('person', 'Bonsoir, une veste pour Romane, taille 12 ans, pour la commande du club ?', 'Romane'),
    ('person', 'buenas, apuntad a Noelia al pedido de camisetas, talla M', 'Noelia'),
    ('person', 'Kunnen jullie voor Sem een trainingsjas bestellen? maat 140', 'Sem'),
    ('person', 'Protest form\nIncident: mark rounding\nWitness: Declan (race officer)', 'Declan'),
    ('person', 'Protest\nGetuige: Fenna (startschip)\nBoot: Optimist', 'Fenna'),
    ('person', "Protest\nWitness: Eleanor O'Brennan saw it from the pin end", "Eleanor O'Brennan"),
    ('person', 'Témoin : Gaspard (bateau comité)', 'Gaspard'),
    ('person', 'Protesta\nTestigo: Remedios (lancha del comité)', 'Remedios'),
    ('person', 'Ausgabe Tafel 12.3.: Lebensmittel für 3 Personen abgeholt. Vermerk Gerlinde', 'Gerlinde'),
    ('person', 'Notes 14 May\nAction: pair Shauna with a mentor before the next group.', 'Shauna'),
    ('person', 'Voedselbank 12/3: pakket opgehaald door buurvrouw, akkoord. notitie Sanne', 'Sanne'),
]

LEAVE = [
    ('Agenda\n1. Welcome - Chair\n2. Joost van Gelderen - budget\n3. Review - all', 'Welcome'),
    ('Agenda\n1. Welcome - Chair\n2. Joost van Gelderen - budget\n3. Review - all', 'Review'),
    ('Tour\n1. Paris – Lyon\n2. Ambroise Delacourt – guide\n3. Nice – Cannes', 'Paris'),
    ('Karaoke\n1. Dancing Queen – ABBA\n2. Volare – Gipsy Kings\n3. Atemlos – live', 'Dancing Queen'),
    ('jersey order for April, size M, pay by Friday', 'April'),
    ('Order: shirts for Madrid fans, size M', 'Madrid'),
    ('T-shirt, name on the back: LOOM CREW, size L', 'LOOM'),
    ('Bluetooth: pair Alexa with a speaker first', 'Alexa'),
    ('Akte 12: Vermerk Dringend', 'Dringend'),
    ('Winner: Best Float 2026', 'Best Float'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round76_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round76_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
