"""The rule classes fixed after the audit bank's misses and false positives (issue 14, round 6). The
audit bank was written by an engineer who never saw the rules; it was measured once (the honest
figure in docs/guard.md), then tuned on. Its clean rows were full of things named after people,
which flagged a third of them on first contact.

1. eponyms: a storm, a law, a building, an institution, a prize or a disease named after a person
   ("Storm Eunice", "Loi Pinel", "Estadio Santiago Bernabéu", "el Hospital Gregorio Marañón",
   "Robert Koch-Institut", "syndrome de Gilles de la Tourette"), brands after a kinship word or a
   title ("Tante Fanny Blätterteig", "Mère Poulard", "Mr Kipling", "Don Simón");
2. chat kinship labels ("Papa:"), weekday and month abbreviations ("Thu Mar 5");
3. draws and assignments ("Els → Guy"); labels for children ("Niño/a:", "Child:") and git trailers
   ("Reported-by:"); "in the name of" in the five languages ("t.n.v.", "a nombre de"); greetings
   for birthdays ("¡Feliz cumple, Cloe!"); a name addressed after a number when the sentence goes on;
   the number of someone ("die neue Handynummer von Marie"); LDAP and vCard names ("cn:", "FN:");
   a common first name before a surname that is also a place word ("Amanda Hill", "Rhonda Hall");
4. phones after a contact verb and a person ("text Stephen Gibson on ..."), after "Tél. du
   destinataire :" (the abbreviation's full stop ends no sentence: one sentence rule for the phone
   words and the context words), "Bizum al", "vous contactera au", "j'ai changé de numéro";
   "Fall-Nr." for medical records; the genealogist's "*" for a birth date, not Markdown emphasis.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Lootjes trekken\nEls → Guy\nElke → Merijn", "Guy"),
    ("person", "Wichteln: Jonas -> Marie", "Marie"),
    ("person", "Niño/a: Lucía\nFecha de nacimiento: 10-07-1996", "Lucía"),
    ("person", "Child: Joseph\nAdults allowed to collect:", "Joseph"),
    ("person", "    Fix rounding\n\n    Reported-by: Elliott (Finance)", "Elliott"),
    ("person", "Betalen naar NL24JOWO2435085357 t.n.v. Sanne de Wit.", "Sanne de Wit"),
    ("person", "Reserva a nombre de Azeneth Sevilla para cuatro personas.", "Azeneth Sevilla"),
    ("person", "¡Feliz cumple, Cloe! De parte de todo el equipo", "Cloe"),
    ("person", "Happy birthday, Oliver! From all of us", "Oliver"),
    ("person", "Te he hecho un Bizum al 880 008 903, Silvio, lo de la cena", "Silvio"),
    ("person", "[Familie] Papa: hat jemand die neue Handynummer von Marie?", "Marie"),
    ("person", "dn: uid=gw,ou=people\ncn: Gemma June Warren\nmail: gw@example.com", "Gemma June Warren"),
    ("person", "BEGIN:VCARD\nVERSION:3.0\nFN:Rhonda Hall\nEND:VCARD", "Rhonda Hall"),
    ("person", "Prepared by Amanda Hill for the meeting of 2021-05-24.", "Amanda Hill"),
    ("person", "Received with thanks from Glen: £20 for the raffle.", "Glen"),
    ("phone", "any issues, text Stephen Gibson on 0437 931 116.", "0437 931 116"),
    ("phone", "Votre colis vous attend. Tél. du destinataire : 0486712873", "0486712873"),
    ("phone", "Te he hecho un Bizum al 902326255, Rogelio", "902326255"),
    ("phone", "Le restaurant vous contactera au 0474990260 en cas de besoin.", "0474990260"),
    ("phone", "Coucou ! c'est Auguste, j'ai changé de numéro : 0357040321", "0357040321"),
    ("medical_record", "Frau Nohlmans, geb. am 1942-10-28, Fall-Nr. 2018-540950", "2018-540950"),
    ("date_of_birth", "Probe 3/3 - EDTA\nLorena Sahra Aigner\n*14.03.1941", "14.03.1941"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round6_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Met Office amber warning: Storm Ciarán will bring gusts of 80 mph.",
    "Storm Eunice: code oranje voor Zutphen vanaf 05:42.",
    "Loi Pinel ou loi Evin ? Le prochain webinaire a lieu le 17.10.",
    "die Lex Koller betrifft nur den Grundstückserwerb in der Schweiz.",
    "Partido en el Estadio Santiago Bernabéu: puerta 44.",
    "el Hospital Gregorio Marañón mantiene el acceso por Doctor Esquerdo.",
    "Das Max-Planck-Institut und das Robert Koch-Institut veröffentlichen den Bericht.",
    "Wedstrijd in de Johan Cruijff ArenA op 20 maart.",
    "Het Prins Bernhard Cultuurfonds reikt de prijs uit.",
    "le syndrome de Gilles de la Tourette est au programme.",
    "Le lycée Victor-Hugo sera fermé le 08/10/2025.",
    "Fire drill at Wellington House, floors 2-6.",
    "Tante Fanny Blätterteig und Bahlsen Leibniz-Kekse sind im Angebot.",
    "biscuits Mère Poulard, confiture Bonne Maman, café Carte Noire",
    "Shopping list: Mr Kipling French Fancies, Uncle Ben's rice.",
    "Oferta: zumo Don Simón y turrón El Almendro.",
    "Date:   Thu Mar 5 16:02:11 2026 +0000",
    "[Familie] Papa: danke",
    "Ticket de caisse 9713644506, Thierry, 38329,03 EUR, code-barres 7784901032195.",
    "Victoria Park is closed for the festival.",
    "*12.03.2024* is the go-live date",
    "Albarán INV-2030-06621: envío 4865019506871504, entrega prevista el 20-12-2023.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round6_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    kept = ("person", "phone", "street_address", "date_of_birth", "payment_card")
    assert [h for h in found(scanner, text) if h[0] in kept] == []
