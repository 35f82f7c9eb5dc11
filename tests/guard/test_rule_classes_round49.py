"""The person rule classes fixed after the maar and skerry banks' misses (issue 14, round 49, person half). Each
case is worded differently from the banks, in the languages where the class exists, with near misses that must
stay as they were:

1. a user account's name in quotes after the account's word ("creating account 'Rosalind' failed", "useradd
   failed for 'Benedikt'", "la cuenta 'Remedios' no se pudo crear", "compte 'Lucille' verrouillé");
2. the clerk or employee who served a sale, after their role ("| paid cash | clerk Stacey", "empleada Carla",
   "medewerker Elif"); care and church roles as labels ("Zorgverlener: Kay", "Carer on shift: Megan",
   "Matrona de zona:"); a newborn ("nouveau-né Agathe né le ...", "baby Thijs geboren op ...");
3. whose funeral it is, an unlisted first name before a listed surname ("Sepelio de Sabas Ugarte", "Uitvaart van
   Faas Voortman"); who signs a card's or a ribbon's quoted text ("„In stiller Trauer - Natalie und Familie“",
   "'Rest easy Grandad, love from Howard and the kids'");
4. a schedule's slots that open with a time ("09:30 Valentin Bock (Violine)" above "09:50 Jonas Ried (Fagott)":
   slots.py); an agenda item raised by someone ("2. Cleto denuncia robos de tomates");
5. not people: an animal named by its species with its age ("Gato, 4 años, ha comido lirios"), a pension fund
   signing a letter ("Pensioenfonds Zorg"), a system account ("user 'admin'"), a motto's brand ("'Think different -
   Apple'"), a carnival's burial ("Entierro de la Sardina"), a baby shark.

Of the 29 cases below (20 to catch, 9 things to leave alone), 19 fail on round 48.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a user account's name
    ("person", "TASK [users]\nfatal: [10.0.0.7]: FAILED! => msg: creating account 'Rosalind' failed (comment: Rosalind Hart)", "Rosalind"),
    ("person", "fatal: [web1]: FAILED! => msg: useradd failed for 'Benedikt', comment 'Benedikt Amsel <b@example.org>'", "Benedikt"),
    ("person", "fatal: [web2]: FAILED! => msg: la cuenta 'Remedios' no se pudo crear (comentario: Remedios Sanz)", "Remedios"),
    ("person", "ERREUR : compte 'Lucille' verrouillé après trois essais", "Lucille"),
    # 2. a clerk, a carer, a newborn
    ("person", "Buyback 2026-03-02 | iPad Air | paid cash | clerk Stacey", "Stacey"),
    ("person", "Compra 7781 | 1 Galaxy S24 | pagado en efectivo | empleada Carla", "Carla"),
    ("person", "Inkoop 4412 ; 1x MacBook Air ; uitbetaald contant ; medewerker Elif", "Elif"),
    ("person", "Zorgmoment\nCliënt: Jan de Vries\nZorgverlener: Kay\nTijd: 08:00-08:30", "Kay"),
    ("person", "Visit log\nClient: Ann Lee\nCarer on shift: Megan\nIn 07:30 / out 08:00", "Megan"),
    ("person", "dossier maternité : patiente Claire Roux, nouveau-né Agathe né le 3 mars 2024", "Agathe"),
    ("person", "kraamdossier: moeder Eva Smit, baby Thijs geboren op 21.06.2024", "Thijs"),
    # 3. a funeral, a card's signer
    ("person", "Pedido 88 - corona\nSepelio de Sabas Ugarte, 4 de agosto, tanatorio municipal", "Sabas Ugarte"),
    ("person", "Bestelling 12 - rouwstuk\nUitvaart van Faas Voortman op 3 november, aula Noord", "Faas Voortman"),
    ("person", "Kranz bestellt\nSchleifentext: „In stiller Trauer - Natalie und Familie“", "Natalie"),
    ("person", "Wreath order\nCard: 'Sleep tight Grandma, love from Howard and the kids'", "Howard"),
    ("person", "Rouwstuk\nLinttekst: 'Rust zacht, lieve buurman - Luca'", "Luca"),
    # 4. a schedule's times, an agenda item
    ("person", "Probespiel Samstag\n09:30 Valentin Bock (Violine)\n09:50 Jonas Ried (Fagott)\n10:10 Greta (Cello)", "Greta"),
    ("person", "Acta huertos\n1. Bienvenida\n2. Cleto denuncia robos de tomates.", "Cleto"),
    ("person", "Notulen\n3. Wouter vraagt om een extra container.", "Wouter"),
    ("person", "Minutes\n4. Priya raises the hedge complaint again.", "Priya"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round49_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("URGENCIAS VETERINARIAS 24H\nLlama Lalo Hoyos (738085173). Gato, 4 años, ha comido lirios hace 1 h.", "Gato"),
    ("Met vriendelijke groet,\nPensioenfonds Zorg", "Pensioenfonds"),
    ("msg: user 'admin' created on web1", "admin"),
    ("msg: account 'Paris' locked", "Paris"),
    ("The motto: 'Think different - Apple'", "Apple"),
    ("Programa: Entierro de la Sardina, miércoles de ceniza.", "Sardina"),
    ("Baby Shark dance at the school fair", "Shark"),
    ("Beerdigung von Karl Marx Straße aus", "Straße"),
    ("Schedule\n09:30 Doors open\n09:50 Keynote (Hall A)", "Keynote"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round49_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
