"""The person rule classes fixed after the neve and sandur banks' misses and false positives (issue 14,
round 45, person half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a trade's worker or a job's principal right before a first name, a colon between them or not: chimney
   sweeps ("Entreprise Chapuis, ramoneur Alain", "Deshollinador: Dimas"), piano tuners ("Stemmer: Cas"), an
   owner, who handles a file ("Gestiona: Amarilis", "Bearb.: Tilman"); a shop word opens a firm's name
   ("Entreprise Chapuis", "Crematorium Hoogvliet"), and a trade's own line in a chat is no person ("[09:05]
   Sweep: yep 8am");
2. to whom notices or cancellations go, the number after a colon ("Avisos a Pepe: 825 534 006", "Absagen
   bitte an Finn: 0171 ..."); a child a parent consents for ("I'm happy for Emily to go on the trip");
   a neighbour named in brackets ("Le voisin (Julien) indique que ...");
3. lists: an attendance list whose items carry roles in brackets with full stops ("Anwesend: Elisa Kern (1.
   Vors.), Milka Gierschner (Kasse), Michael (Hafenwart)"); a cast list's player named by first name alone
   ("Elvira ..... Jennifer (tbc)"), and a leader cut short to align ("Frau Marthe . Elma Pirker": the role
   is no person);
4. not people: a book's title before its ISBN in brackets in a book list ("Oxford Reading Tree stage 9 (ISBN
   ...)", "Deutsch Klick 4 (ISBN ...)").

Of the 29 cases below, 16 fail on round 44.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a trade's worker, an owner, a file's handler
    ("person", "Certificat de ramonage\nConduit OK\nSociété Favre, ramoneur Julien\nÀ conserver.", "Julien"),
    ("person", "Certificado de limpieza\nDeshollinador: Ramón\nResultado: tiro correcto", "Ramón"),
    ("person", "Kehrprotokoll: Abgasweg frei. Schornsteinfeger Jonas", "Jonas"),
    ("person", "Stemming A4 = 440 Hz\nStemmer: Pieter", "Pieter"),
    ("person", "Afinación completada.\nAfinador: Rodrigo", "Rodrigo"),
    ("person", "Booking confirmed.\nOwner: Rachel Downs\nDog: Pepper", "Rachel Downs"),
    ("person", "Reclamación registrada el 03/04.\nGestiona: Marina", "Marina"),
    ("person", "Vorgang an die Versicherung abgegeben. Bearb.: Kerstin", "Kerstin"),
    # 2. notices to, consent for, a neighbour in brackets
    ("person", "Ensayos los lunes. Avisos a Lola: 612 345 678", "Lola"),
    ("person", "Training dienstags. Absagen bitte an Jonas: 0171 2345678", "Jonas"),
    ("person", "Permission slip: I'm happy for Oliver to go on the trip to the zoo.", "Oliver"),
    ("person", "Je soussignée, j'autorise Léa à participer à la sortie.", "Léa"),
    ("person", "Ik geef toestemming dat Sem meegaat met de excursie.", "Sem"),
    ("person", "Le voisin (Mathieu) confirme que le logement est vide.", "Mathieu"),
    ("person", "Der Nachbar (Lukas) hat den Schlüssel.", "Lukas"),
    # 3. lists
    ("person", "Sitzung Ruderclub\nAnwesend: Petra Vogel (1. Vors.), Jonas Berger (Kasse), Miriam (Bootswart)\nTOP 1", "Miriam"),
    ("person", "Asistentes: Carla Ruiz (pres.), Tomás Gil (tes.), Lucía (secr.)\n1. Cuentas", "Lucía"),
    ("person", "CAST LIST - 'Hay Fever'\nJudith Bliss ..... Helen Carter\nSorel ..... Emma (tbc)\nRehearsals Mondays", "Emma"),
    ("person", "BESETZUNG\nAdam ....... Peter Roth\nFrau Brigitte . Lena Vogt\nProbe dienstags", "Lena Vogt"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round45_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "Certificat de ramonage\nEntreprise Chapuis, 12 rue du Lac\nÀ conserver.",
    "Uitvaart op 12 maart\nCrematorium Hoogvliet Rotterdam, aula 1",
    "[09:05] Sweep: yep 8am, clear the hearth\n[09:06] Sweep: dust sheets are on me",
    "Spring term booklist: Oxford Reading Tree stage 7 (ISBN 9780198301547), Collins Big Cat (ISBN 9780007186457)",
    "Lehrmittel: Deutsch Klick 3 (ISBN 9783060806355) und Mathefreunde 3 (ISBN 9783060803538)",
    "Leesboeken: Estafette 4 (ISBN 9789034580431)",
    "Trade partner list: owner Siemens AG since 2021",
    "Avisos a la junta: 612 345 678",
    "I'm happy for Paris to host the final.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round45_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []


def test_round45_a_cast_role_before_a_short_leader_is_no_person(scanner: Scanner) -> None:
    hits = found(scanner, "BESETZUNG\nAdam ....... Peter Roth\nFrau Brigitte . Lena Vogt\nProbe dienstags")
    assert [h for h in hits if h[0] == "person"] == [("person", "Peter Roth"), ("person", "Lena Vogt")], hits
