"""The person classes fixed after the marsh bank, part one (issue 14, round 78, by a helper): marsh's missed persons
(person recall 0.953 on first contact with round 77, 65 of 1388 missed). Each case is worded differently from the
bank, in the languages where the class exists, with near misses that must stay as they were:

1. a music school's audition, recital or exam OF a pupil's first name, then when it takes place ("l'examen de fin de
   cycle de Mathis aura lieu le ...", "le récital de Solène est prévu le ...", "das Vorspiel von Ottilie findet am
   ... statt", "die Prüfung von Jonas ist am ...", "la audición de Azucena será el ...", "de auditie van Wout is op
   ...", "the recital for Imogen will be on ...");
2. a sports club's sign-off, the first name after it on the same line or the next ("... avant samedi. Sportivement,
   Baptiste", "Sportivement,\nGhislaine", "Sportliche Grüße\nOttokar", "Mit sportlichen Grüßen, Reinhold", "Sportieve
   groet, Sjoerd", "Saludos deportivos, Remedios", "Yours in sport,\nHarriet"), a place's name included
   ("Sportivement,\nFlorence");
3. who collects or fetches something (a bee swarm, a parcel): after the passive's "by" ("Eingefangen von Ottilie gegen
   18 Uhr", "abgeholt von Reinhold, Quittung ...", "Abgeholt von Ottilie am nächsten Morgen", "Récupéré par Baptiste
   le soir même", "Recogido por Azucena a las 20:00", "Opgehaald door Sjoerd om 19:00", "Collected by Harriet the
   same evening"), after Spanish's verb ("Los recoge Remedios mañana", "La recoge Carolina esta tarde", a place's name
   included), or first in a sentence that says they will fetch it ("Wout komt morgenvroeg scheppen", "Fenna haalt hem
   vanavond op", "Jonas holt ihn heute Abend ab", "Mathis passe le récupérer ce soir", "Imogen will collect it
   tonight");
4. who inducts a newcomer, on a rota's or a staff list's line ("(neu, Einarbeitung durch Ottilie)", "eingewiesen von
   Reinhold.", "(new, inducted by Harriet)", "(nouveau, formé par Ghislaine)", "(nuevo, formado por Remedios)",
   "(nieuw, ingewerkt door Fenna)");
5. an arrow or an @ at a line's start addressing a first name, then a request ("→ Imogen, please rotate it now", "->
   Ottokar, kannst du ...", "→ Baptiste, merci de le changer", "→ Azucena, por favor cámbiala", "@Sjoerd graag meteen
   roteren", "→ Florencia, ¿puedes cambiarla hoy?", a place's name included);
6. near misses: an instrument after "audition de", a place's concert or exam ("le concert de Florence aura lieu"), a
   club's office after the sign-off, a station after "abgeholt von", a caretaker's role after "Einweisung durch", a
   firm of surnames that trains ("Staff trained by Walker, Ortega and Moses"), a month after an arrow ("→ Mai,
   bitte ..."), a route's arrow inside a line ("Lyon → Paris, bitte ..."), a post office that fetches ("Lo recoge
   Correos mañana"), a parcel carrier that is also a first name ("Hermes will collect it tomorrow", added by the lead).

Of the 53 cases below (41 to catch, 12 to leave alone), 19 fail on round 77 (many of the fetching and inducting cases
are found by round 77 already, by its cues for who did something or by a lone first name in prose; the bank's misses
were these frames where round 77 read no cue: German's "Abgeholt von", Spanish's "Lo recoge", an induction in
brackets after "neu", a recital, a sports sign-off, an arrow).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', "Bonsoir, l'examen de fin de cycle de Mathis aura lieu le 12 juin à 18h, salle Ravel.", 'Mathis'),
    ('person', "Bonjour, le récital de Solène est prévu le 3 mai à 19h à l'auditorium.", 'Solène'),
    ('person', 'Hallo, das Vorspiel von Ottilie findet am 14.03. um 17 Uhr im Kammermusiksaal statt.', 'Ottilie'),
    ('person', 'Liebe Eltern, die Prüfung von Jonas ist am 2. Juni, Raum 4.', 'Jonas'),
    ('person', 'Hola, la audición de Azucena será el 5 de mayo a las 18:00 en el salón de actos.', 'Azucena'),
    ('person', 'Beste ouders, de auditie van Wout is op 12 maart om 19 uur in de concertzaal.', 'Wout'),
    ('person', 'Hi, the recital for Imogen will be on 4 May at 6pm in the main hall.', 'Imogen'),
    ('person', 'Merci de régler la cotisation avant samedi. Sportivement, Baptiste', 'Baptiste'),
    ('person', 'Rendez-vous au gymnase à 9h.\n\nSportivement,\nGhislaine', 'Ghislaine'),
    ('person', 'Entraînement annulé samedi.\n\nSportivement,\nFlorence', 'Florence'),
    ('person', 'Bitte den Beitrag bis Freitag überweisen.\n\nSportliche Grüße\nOttokar', 'Ottokar'),
    ('person', 'Training fällt aus. Mit sportlichen Grüßen, Reinhold', 'Reinhold'),
    ('person', 'Graag de contributie voor zaterdag overmaken. Sportieve groet, Sjoerd', 'Sjoerd'),
    ('person', 'La cuota se paga en la secretaría. Saludos deportivos, Remedios', 'Remedios'),
    ('person', 'Kit money by Friday please.\n\nYours in sport,\nHarriet', 'Harriet'),
    ('person', 'Schwarm am Apfelbaum, ca. 2 m hoch.\nEingefangen von Ottilie gegen 18 Uhr, in Kiste gesetzt.', 'Ottilie'),
    ('person', 'Das Paket wurde am Dienstag abgeholt von Reinhold, Quittung liegt bei.', 'Reinhold'),
    ('person', 'Schwarm am Zaun.\nAbgeholt von Ottilie am nächsten Morgen, in Kiste gesetzt.', 'Ottilie'),
    ('person', 'Essaim dans le cerisier, à 2 m.\nRécupéré par Baptiste le soir même.', 'Baptiste'),
    ('person', 'Enjambre en una farola, a 3 m.\nRecogido por Azucena a las 20:00.', 'Azucena'),
    ('person', 'Enjambre en el seto. Los recoge Remedios mañana temprano.', 'Remedios'),
    ('person', 'Enjambre en una farola. La recoge Carolina esta tarde.', 'Carolina'),
    ('person', 'Zwerm in de heg, 1,5 m hoog.\nOpgehaald door Sjoerd om 19:00.', 'Sjoerd'),
    ('person', 'Zwerm in de appelboom. Wout komt morgenvroeg scheppen.', 'Wout'),
    ('person', 'Zwerm op de schutting. Fenna haalt hem vanavond op.', 'Fenna'),
    ('person', 'Schwarm im Flieder. Jonas holt ihn heute Abend ab.', 'Jonas'),
    ('person', "Essaim sur la haie. Mathis passe le récupérer ce soir.", 'Mathis'),
    ('person', 'Swarm on the fence post, 2 m up.\nCollected by Harriet the same evening.', 'Harriet'),
    ('person', 'Swarm in the hawthorn. Imogen will collect it tonight.', 'Imogen'),
    ('person', 'Sa Tobias Brenner (neu, Einarbeitung durch Ottilie)\nSo frei', 'Ottilie'),
    ('person', 'Neue Kollegin ab Montag, eingewiesen von Reinhold.', 'Reinhold'),
    ('person', 'Sat: Tom Price (new, inducted by Harriet)\nSun: closed', 'Harriet'),
    ('person', 'Samedi : Luc Morel (nouveau, formé par Ghislaine)\nDimanche : fermé', 'Ghislaine'),
    ('person', 'Sábado: Luis Gil (nuevo, formado por Remedios)\nDomingo: cerrado', 'Remedios'),
    ('person', 'Za: Jef Claes (nieuw, ingewerkt door Fenna)\nZo: gesloten', 'Fenna'),
    ('person', 'deploy failed\n  AWS_SECRET_ACCESS_KEY=abc\n→ Imogen, please rotate it now, it is in the log.', 'Imogen'),
    ('person', 'Build rot.\n-> Ottokar, kannst du das Token bitte tauschen?', 'Ottokar'),
    ('person', 'Le mot de passe est dans le log.\n→ Baptiste, merci de le changer tout de suite.', 'Baptiste'),
    ('person', 'La clave quedó en el log.\n→ Azucena, por favor cámbiala ya.', 'Azucena'),
    ('person', 'Tarjeta caducada en el log.\n→ Florencia, ¿puedes cambiarla hoy?', 'Florencia'),
    ('person', 'Token staat in de log.\n@Sjoerd graag meteen roteren.', 'Sjoerd'),
]

LEAVE = [
    ("Bonjour, l'audition de piano aura lieu le 12 juin à 18h.", 'piano'),
    ('Bonjour, le concert de Florence aura lieu le 12 mai sur la place.', 'Florence'),
    ("L'examen de Florence aura lieu à Paris.", 'Florence'),
    ('Sportivement, le bureau du club', 'bureau'),
    ('Abgeholt von Berlin Hbf am Abend.', 'Berlin'),
    ('Kassenbuch\n(neu, Einweisung durch Hausmeister)', 'Hausmeister'),
    ('Open Saturdays. Staff trained by Walker, Ortega and Moses.', 'Walker'),
    ('Termine im Frühjahr:\n→ Mai, bitte im Kalender eintragen.', 'Mai'),
    ('Bahn ab Lyon → Paris, bitte pünktlich am Gleis sein.', 'Paris'),
    ('Paquete listo. Lo recoge Correos mañana.', 'Correos'),
    ('Parcel ready at the desk. Hermes will collect it tomorrow.', 'Hermes'),
    ('Retoure verpackt, abgeholt von Hermes am Montag.', 'Hermes'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round78_people_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round78_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
