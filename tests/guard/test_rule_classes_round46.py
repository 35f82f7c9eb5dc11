"""The person rule classes fixed after the tafoni and kolk banks' misses (issue 14, round 46, person half).
Each case is worded differently from the banks, in the languages where the class exists, with near misses
that must stay as they were:

1. who pasted or shared a file, in a relative clause ("the config that Rachael pasted in #ops", "Config die
   Rudi in het ticket plakte", "el fichero que Luis pegó en el canal"); whose voicemail it is ("Message vocal
   de Nadine :", "Mensaje de voz de Lola:"); a player's conduct in a referee's report ("after the challenge
   Kyle stood over ...", "na de overtreding duwde Sem ...", "tras la entrada, Iker empujó ...");
2. a log's or a query's user key ("user.username=Brianna", "@usr.name:Natalie"); who reports on an agenda item
   ("TOP 2: Hanna berichtet ...", "2. Lola explica ..."); whom a note describes as something ("describe Emma
   as ..."); whose gown it is ("De toga van Niels is betaald"); a breeder ("Züchter: Josef,");
3. a lost pet's poster, in capitals or not: whom to call ("APPELEZ Nadine AU 062 ...", "BEL Ingrid: (0402)
   ...", "PLEASE CALL Megan ON ...", "Bitte melden bei Ursula: 062 ..."); a chat pasted without times where an
   office answers ("Hubert: hi, ist im Spanischkurs noch was frei?\\nVHS: ja, ...");
4. not people: a sire or a dam in quotes in a livestock catalogue ("Vater 'Huber Max'"), a marina ("Puerto de
   Toledo:"), a care home's lodge, a depot.

Of the 34 cases below, 23 fail on round 45.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. who pasted, whose voicemail, a player's conduct
    ("person", "# the application.yml that Rachel pasted in #ops-help (rotate it!)\nspring.datasource.url=x", "Rachel"),
    ("person", "Het bestand die Rudi in het ticket plakte bevat een wachtwoord.", "Rudi"),
    ("person", "El fichero que Luis pegó en el canal tiene la clave (rotar).", "Luis"),
    ("person", "Message vocal de Nadine : « bonjour, je rappelle demain »", "Nadine"),
    ("person", "Mensaje de voz de Lola: \"hola, llamo por la cita\"", "Lola"),
    ("person", "Details: after the challenge Kyle stood over his opponent and shouted.", "Kyle"),
    ("person", "Toelichting: na de overtreding duwde Sem de tegenstander weg.", "Sem"),
    ("person", "Descripción: tras la entrada, Iker empujó al rival.", "Iker"),
    # 2. a user key, an agenda item, a description, a gown, a breeder
    ("person", 'level=error msg="login failed" user.username=Brianna user.ip=10.0.0.7', "Brianna"),
    ("person", 'query: logs("service:shop @usr.name:Natalie").last("5m") > 0', "Natalie"),
    ("person", "Sitzung Seniorenbeirat\nTOP 2: Hanna berichtet vom neuen Fahrdienst", "Hanna"),
    ("person", "Orden del día\n2. Lola explica el nuevo horario", "Lola"),
    ("person", "Feedback: the report describes Emma as a 'slow learner' - please reword.", "Emma"),
    ("person", "De toga van Niels is betaald met creditcard.", "Niels"),
    ("person", "La toga de Baltasar se pagó con tarjeta.", "Baltasar"),
    ("person", "Los 12 - Fleckvieh-Kalbin\nZüchter: Josef, Hauptstraße 3, 3100 St. Pölten", "Josef"),
    # 3. a lost pet's poster, an office's chat
    ("person", "CHAT PERDU\nAPPELEZ Nadine AU 062 558 80 48", "Nadine"),
    ("person", "KAT VERMIST\nBEL Ingrid: (0402) 886871", "Ingrid"),
    ("person", "MISSING CAT\nPLEASE CALL Megan ON 07700 900123", "Megan"),
    ("person", "Hund entlaufen\nBitte melden bei Ursula: 062 111 97 92", "Ursula"),
    ("person", "Hubert: hi, ist im Spanischkurs noch was frei?\nVHS: ja, zwei Plätze.", "Hubert"),
    ("person", "Aurelio: hola, queda hueco en francés?\nSecretaría: sí, dos plazas.", "Aurelio"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round46_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "the config that Terraform pasted into the plan output",
    "CALL Paris ON the hotline",
    "TOP 2: Haushalt berichtet vom Kassenstand",
    "user.username=admin user.ip=10.0.0.7",
    "Message vocal de la pharmacie : votre commande est prête",
    "De toga van de rector hangt in de kast.",
    "Status: ok\nVHS: Kursbeginn am Montag",
    # kolk's and tafoni's false persons
    "Los 7 - Fleckvieh-Kalbin, geb. 03.04.2025, Vater 'Gruber Sepp'. Verkäufer: Egger GmbH.",
    "Kavel 12 - Blaarkop vaars, vader 'Jan Willem'. Inzet 2.100 EUR.",
    "Puerto de Almería: pantalanes D1 a D8 cerrados hasta el lunes.",
    "Rose Lodge visiting hours 10:00-12:00. Rooms 3-5 closed.",
    "Depot moved to Unit 7 on 3 May.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round46_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
