"""The person rule classes fixed after the lahar bank's misses (issue 14, round 48, person half). Each case is
worded differently from the bank, in the languages where the class exists, with near misses that must stay as
they were:

1. a list's last first name after full names joined by semicolons ("Crew: Ute Brand; Olaf Kern; Janne",
   "Équipiers : ... ; Solène", "Bemanning: ...; Fenna");
2. a school run's rota whose days hold shifts set apart by wide gaps ("Thu  AM Olivia  PM Ryan" below a
   line whose shifts hold full names and titles): each shift is a slot of its own (slots.py);
3. whom a parent takes somewhere or picks up ("no puedo llevar a Iratxe a natación", "can't take Isla to
   swimming", "je dépose Manon à l'école", "Lotta zum Turnen bringen", "Sem naar voetbal brengen");
4. whom a payment's reference names ("Verwendungszweck: Nachhilfe Jonas", "Concepto: clases Lucía");
5. whom a code comment's task is for ("# TODO Liam: ...", "// FIXME(Greta): ..."); whom a text is to be
   signed as ("Sign it from Keith rather than ...", "Firma como Tatiana, secretaria");
6. a guest and a plus-one after "&" ("| Gerald & partner |"), a Spanish excuse for absence ("Excusa su
   ausencia:");
7. not people: a firm "& Partner" ("Hofmann & Partner"), a rota's days before a colon ("Mo: ...\\nDi: ..."),
   a task for a tool ("# TODO Jenkins:"), a place taken to ("take Paris to the next level"), a CSV row's firm
   after a name ("18 mars 2020 ; Paul Boechat ; Martin ; ...": semicolons join a list only after a label).

Of the 29 cases below (20 to catch, 9 things to leave alone), 19 fail on round 47.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a semicolon list's last first name
    ("person", "Regatta-Meldung\nSkipper: Bernd Kolb\nCrew: Ute Brand; Olaf Kern; Janne\nNotfall: 0171 2233445", "Janne"),
    ("person", "Équipage\nÉquipiers : Paul Girard ; Inès Roux ; Solène\nContact : 06 12 34 56 78", "Solène"),
    ("person", "Inschrijving\nBemanning: Koen Maas; Eva de Wit; Fenna\nNoodnummer: 06 12345678", "Fenna"),
    # 2. a school run's shifts
    ("person", "School run, week 12\nWed  AM Dr. Patel  PM Grace Obi\nThu  AM Olivia  PM Ryan", "Olivia"),
    ("person", "School run, week 12\nWed  AM Dr. Patel  PM Grace Obi\nThu  AM Olivia  PM Ryan", "Ryan"),
    # 3. whom a parent takes somewhere
    ("person", "[19:02] Itziar: mañana no puedo llevar a Iratxe a natación, tiene fiebre", "Iratxe"),
    ("person", "sorry, can't take Isla to swimming on Friday", "Isla"),
    ("person", "demain je dépose Manon à l'école, tu peux la récupérer ?", "Manon"),
    ("person", "kannst du Lotta zum Turnen bringen? ich schaffe es nicht", "Lotta"),
    ("person", "kun jij Sem naar voetbal brengen? ik sta in de file", "Sem"),
    # 4. a payment's reference
    ("person", "Bitte überweisen an DE89370400440532013000, Verwendungszweck: Nachhilfe Jonas", "Jonas"),
    ("person", "Transferencia a ES9121000418450200051332, concepto: clases de violín Lucía.", "Lucía"),
    # 5. a code comment's task, a signer
    ("person", "env:\n  # TODO Liam: this must not live in the ConfigMap\n  API_KEY: x", "Liam"),
    ("person", "// FIXME(Greta): rotate before Friday\nconst key = 'x';", "Greta"),
    ("person", "- Sign it from Keith rather than 'the committee'.", "Keith"),
    ("person", "- Firma como Tatiana, secretaria, sin apellidos.", "Tatiana"),
    # 6. a plus-one after "&", an excuse for absence
    ("person", "| Name | RSVP |\n| Gerald & partner | yes |", "Gerald"),
    ("person", "Acta de la junta\nAsistentes: Ana Ruiz, Pablo Gil\nExcusa su ausencia: Leonor", "Leonor"),
    # a day's label and its speaker are still both read where the day is a name
    ("person", "Pablo: hola\nMar: sí, voy", "Mar"),
    ("person", "Fahrdienst KW 38\nMo: Susan Pergande (Tel. 0171 1234567)\nDi: Herr Dr. Koppensteiner", "Susan Pergande"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round48_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    ("Catering Hofmann & Partner, Auftragsnr. 404555232.", "Hofmann"),
    ("Ausführung durch Schnyder Ackermann & Partner.", "Ackermann"),
    ("Fahrdienst KW 38\nMo: Susan Pergande (Tel. 0171 1234567)\nDi: Herr Dr. Koppensteiner", "Mo"),
    ("Fahrdienst KW 38\nMo: Susan Pergande (Tel. 0171 1234567)\nDi: Herr Dr. Koppensteiner", "Di"),
    ("# TODO Jenkins: pin the agent image", "Jenkins"),
    ("take Paris to the next level with our tours", "Paris"),
    ("Verwendungszweck: Rechnung 2024 Berlin", "Berlin"),
    ("wir fahren von Berlin nach Hamburg", "Berlin"),
    ("Date ; Nom ; Société ; Passeport\n18 mars 2020 ; Paul Boechat ; Martin ; 502762118", "Martin"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round48_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
