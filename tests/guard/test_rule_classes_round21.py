"""The person rule classes fixed after the glacier and tundra banks' misses and false positives
(issue 14, round 21). Both banks were written by engineers who never saw the rules, measured once
with round 19 and once with round 20 (docs/guard.md), then tuned on. Each class is tested with
variants the banks did not use and with look-alikes that must stay as they are.

1. people: a chat export's header (the name, then the time alone, the message below); a forum's
   quoted writer ("Quote from ...:", "Zitat von ...:", "... a écrit :"); a signature with its role
   ("— Paul, animateur MJC"); a name and who they are to the speaker ("Noémi, mon associée,"); a
   relative's first name, a weekday's too ("su hijo Domingo"); more role labels ("Checked by:",
   "Monitor:", "Animatrice :"); a label that holds a name word among others ("Baby's forename(s) as
   chosen:"); a listed public figure's name as a chat line's speaker ("[21:15] Luis Miguel:"); an
   unlisted surname under a death notice ("* 07.03.1993 †") or before a private role in brackets
   ("(Mieter)").
2. not people: a place's or a firm's label at a line's start ("venue: Go Ape", "Destination :",
   "Entreprise utilisatrice : Daniel"; not a document title such as "Attestation employeur :"); an
   institution or a prize with its name in quotes ("Die Kita „Astrid Lindgren“"); a quoted work's
   title that opens with an article ("«La casa de Bernarda Alba»"); a care unit or centre
   ("Unidad de Salud Mental", "Centro de Salud ..."); a hyphenated institution inside a run
   ("Johannes Gutenberg-Universität Mainz"); a place before a public figure's name ("President
   of Ireland Mary Robinson"); words the name lists hold as first names ("Real Madrid", "Junior
   section", "Baby's", "Wiki").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Leocadia  14:07\nalguien ha tocado el pipeline?", "Leocadia"),
    ("person", "Maarten [09:41]\nbuild is weer groen", "Maarten"),
    ("person", "Priya  3:12 PM\nrolled back, looking into it", "Priya"),
    ("person", "Re: Lost cat on Mill Lane\n> Quote from Harriet: grey tabby, answers to Smudge", "Harriet"),
    ("person", "Zitat von Waltraud: Hat jemand noch zwei Karten?", "Waltraud"),
    ("person", "> Gwendoline a écrit : quelqu'un a une place dans sa voiture ?", "Gwendoline"),
    ("person", "Citando a Eulalia: ¿alguien va al partido?", "Eulalia"),
    ("person", "Inscriptions avant vendredi.\n— Mathilde, animatrice du centre", "Mathilde"),
    ("person", "C'est alors que Corentin, mon associé, a tout repris.", "Corentin"),
    ("person", "Lo firmó Ismael, mi socio, el martes.", "Ismael"),
    ("person", "Se avisa a su hijo Domingo al 922 35 08 73.", "Domingo"),
    ("person", "Identity check\nChecked by: Bronwyn, 2 October 2027", "Bronwyn"),
    ("person", "Excursión el sábado. Monitora: Begoña", "Begoña"),
    ("person", "Registration\nChild's first name as registered: Imogen\nSex: F", "Imogen"),
    ("person", "[21:15] Luis Miguel: mañana llevo las fotos", "Luis Miguel"),
    ("person", "Wir trauern um\n\nWalburga Ostertag\n* 12.03.1941 † 2026-01-15", "Walburga Ostertag"),
    ("person", "zwischen Hans Tiedemann (Vermieter)\nund Auguste Hornich (Mieter)", "Auguste Hornich"),
    # a label's value that opens with a greeting: the name after it, not the greeting
    ("person", "Kunde: Hallo Annegret, wie lange dauert das noch?", "Annegret"),
    ("person", "Klant: Lieve Marloes, dank voor je hulp", "Marloes"),
    ("person", "Naam: Lieve De Wolf\nGeboortedatum: 4 februari 1973", "Lieve De Wolf"),
    # near misses of the new "not a person" classes: people stay people
    ("person", "Attestation employeur : Perrine Dubosc, numéro AVS 756.1234.5678.97", "Perrine Dubosc"),
    ("person", "Marie-France Endrit Moser\nHessstrasse 98\n7331 Neuhausen", "Marie-France Endrit Moser"),
    ("person", 'He wrote "Dear Anna Weber" on the envelope.', "Anna Weber"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round21_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "club_trip:\n  venue: Go Ape, Thetford Forest\n  date: 2026-06-01",
    "Destination : Abou Dabi, départ le 13/07/2026",
    "Entreprise utilisatrice : Durand\nPoste : cariste",
    "Arbeitgeber: Weber\nEintritt: 01.04.2026",
    "Die Kita „Astrid Lindgren“ bleibt am Freitag geschlossen.",
    "Le collège « Simone Veil » ouvre ses portes samedi.",
    "«La casa de Bernarda Alba» vuelve al Teatro Español en mayo.",
    "Tonight: 'The Strange Case of Doctor Jekyll' at the Playhouse.",
    "Derivación a la Unidad de Salud Mental del hospital.",
    "Centro de Salud Los Olivos – Cita previa",
    "Die Johannes Gutenberg-Universität Mainz vergibt 40 Stipendien.",
    "Episode 9: former President of Ireland Mary McAleese on peace.",
    "Kylian Mbappé a signé au Real Madrid en 2024.",
    "Junior section renewal – season 2026/27",
    "Wiki interna › Entorno de preproducción",
    "Paris  10:32\nno flights today",
    "Décès de Jean-Paul Belmondo : l'acteur d'« À bout de souffle » avait 88 ans.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round21_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
