"""The person rule classes fixed after the arete and crevasse banks' misses (issue 14, round 43,
person half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a German or Dutch noun after its article, then "von"/"van" and whose it is: the noun is no part of the
   name ("Im Entwurf des Newsletters von Elisa Lang steht ...", "Das Haus von Anna Schmidt");
2. porters, couriers and tattooists under their labels or keys ("Celador: Julia", "Brancardier : Paul",
   "Transporteur: Josef (Schicht Früh)", "porter: Katie (badge ...)", "celador=Flora"), a courier's route
   sheet headed with the rider's first name ("FEUILLE DE ROUTE coursier vélo – Agathe", "MANIFEST rider:
   Alan #R17");
3. an alerting receiver named after who is on call ("receiver=bereitschaft-Jonas", "pager-Megan"), not a
   team or a place ("receiver=team-Berlin");
4. whose bib or form it is ("el dorsal de Agustín", "le dossard de Stéphanie", "la ficha del tatuaje de
   Ainoa"); a watering rota's pairs joined by "+" ("KW27: Elina + Jovana"); a plus-one who is a child
   ("Henri + son fils").

Of the 23 cases below, 15 fail on round 42.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a noun, then whose it is
    ("person", "Achtung: Im Entwurf des Rundbriefs von Sabine Koch steht noch ein Fehler.", "Sabine Koch"),
    ("person", "Das Fahrrad von Anna Schmidt steht im Hof.", "Anna Schmidt"),
    # 2. porters, couriers, tattooists
    ("person", "02:10 TAC → Planta 3\nCelador: Julia", "Julia"),
    ("person", "01:40 Scanner → UHCD\nBrancardier : Paul", "Paul"),
    ("person", "07:05 Röntgen → 4B\nTransporteur: Josef (Schicht Früh)", "Josef"),
    ("person", "PORTER LOG  porter: Katie (badge 8010694777)", "Katie"),
    ("person", 'ts=03:10 patient_ref=NHC-1 celador=Flora estado=finalizado', "Flora"),
    ("person", "Motiv: Anker, Oberarm re.\nTätowierer: Stefan", "Stefan"),
    ("person", "FEUILLE DE ROUTE coursier vélo – Agathe\n#  destinataire   adresse", "Agathe"),
    ("person", "HOJA DE RUTA mensajero en bici – Pedro\n# | destinatario | dirección", "Pedro"),
    ("person", "MANIFEST  rider: Alan #R17  date 09/07/2020\n# pickup   drop", "Alan"),
    # 3. an on-call receiver
    ("person", 'level=warn component=dispatcher receiver=bereitschaft-Jonas msg="Notify failed"', "Jonas"),
    ("person", "receivers:\n  - name: pager-Megan\n    sms_configs:", "Megan"),
    ("person", 'receiver=astreinte-Odette msg="Notify failed"', "Odette"),
    # 4. a bib or a form, a watering rota, a child plus-one
    ("person", "[18:04] Blas: he recogido el dorsal de Manuela también, vale?", "Manuela"),
    ("person", "[18:04] Alain : j'ai récupéré le dossard de Laurent aussi", "Laurent"),
    ("person", "Claro, aquí tienes la ficha del tatuaje de Sofía ordenada:", "Sofía"),
    ("person", "Gießplan KW 27-30\nKW27: Elina + Jovana\nKW28: Klara Friedl", "Jovana"),
    ("person", "Rang 2 : Henri + son fils\nRang 3 : Madame Gros", "Henri"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round43_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "in der Straße von Gibraltar liegt Nebel",
    'level=warn receiver=team-Berlin msg="Notify failed"',
    "le dossard de Paris-Roubaix est prêt",
    "FEUILLE DE ROUTE coursier vélo – Lyon\n#  destinataire",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round43_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
