"""The person classes fixed after the carr bank (issue 14, round 79, by a helper): carr's missed persons (person recall
0.966 on first contact with round 78, 48 of 1409 missed). Each case is worded differently from the bank, in the
languages where the class exists, with near misses that must stay as they were:

1. a wedding's title, the couple's first names joined ("Bruiloft Sanne & Joris – aanmeldingen", "Betreff: Hochzeit
   Ottilie und Reinhold – Gästeliste", "Mariage de Solène et Gaspard : réponses", "Boda de Azucena e Ignacio -
   confirmaciones", "Wedding of Imogen & Rhys - RSVPs");
2. a child away from Sunday school or children's church ("Imogen can't make it to Sunday school", "Jonas kommt am
   Sonntag nicht zum Kindergottesdienst", "Solène ne viendra pas au catéchisme", "Azucena no podrá ir a la
   catequesis", "Fenna is zondag niet bij de kinderkerk"), a weekday's name too ("Domingo falta a la catequesis");
3. a carer's or an on-site trainer's label, then the first name ("Auxiliaire de vie : Ghislaine", "Pflegekraft:
   Ottilie", "Verzorgende: Fenna (avonddienst)", "Cuidadora: Remedios", "Trainerin vor Ort: Ottilie, Tel. ...", "Coach
   on site: Holly, mobile ..."), a name no list holds too where the text names others ("Auxiliar de ayuda a domicilio:
   Espiridiana" below "Usuaria: Sra. Ocaña");
4. to whom things are handed in or replies sent, and who reviews ("afgeven bij Fenna vóór 1 juni", "bis Montag bei
   Ottilie abgeben", "à remettre à Ghislaine avant vendredi", "Entregad las fichas a Remedios antes del viernes", "hand
   them in to Harriet by Friday", "Antworten bitte bis 12.05. an Reinhold.", "Réponses avant le 3 mai à Honorine.",
   "Reacties vóór 1 mei naar Fenna.", "Replies by Friday to Harriet", "Lo revisa Remedios.", "Prüft Reinhold.", "Relit
   Solène.");
5. a kisses sign-off at the text's end ("xxx Imogen", "kusjes Anouk", "Bussi, Ottilie", "Harriet xx");
6. a Dutch surname after "'s" or "'t" ("Pieter 's Jacob", "Kees 't Hooft", "Fenna 's-Gravesande");
7. a rowing crew's seat above the stroke's line, the surname a place's name too ("Boeg: Fenna Holland\nSlag: ...");
8. a patient after "Pat." or "pac." ("Pat. Ottilie Sonntag, Hühnerauge ...", "pac. Remedios Toledo, onicocriptosis
   ...");
9. whose message a moderator deleted ("Nachricht von Reinhold Barba gelöscht", "message de Solène Vautrin supprimé",
   "bericht van Fenna Jansen verwijderd", "Removed a post by Harriet Cole", "borrado el comentario de Remedios Ortiz");
10. near misses: a wedding's cake and flowers, a parent or "Sunday School" itself, a firm or a relative after a carer's
    label, a parcel carrier, a brand's dealer, an unlisted shop or a German office things are handed to, a place things
    are left at, a place that "reviews", a weekday before kisses, Dutch's "'s Zomers", a hospital after "Pat.", a
    moderator's own role.

Of the 64 cases below (47 to catch, 17 to leave alone), 23 fail on round 78 (several catching cases are found by round
78 already, by a common first name after a label or in prose, or a wedding's English and French title; the bank's misses
were the frames where round 78 read no cue or a list knew the name as a word, a place or a weekday: German's "Hochzeit"
title, "sera absent à l'éveil à la foi", "Auxiliar:", "bei ... abgeben", "Revisa", "xx", "'s Gravensande", a bow seat
above the stroke's, "Pat.", a deleted message).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Bruiloft Sanne & Joris – aanmeldingen (stand 1 mei)\nNaam | E-mail | Komt', 'Sanne'),
    ('person', 'Bruiloft Sanne & Joris – aanmeldingen (stand 1 mei)\nNaam | E-mail | Komt', 'Joris'),
    ('person', 'Betreff: Hochzeit Ottilie und Reinhold – Gästeliste\nName | Zusage', 'Ottilie'),
    ('person', 'Betreff: Hochzeit Ottilie und Reinhold – Gästeliste\nName | Zusage', 'Reinhold'),
    ('person', 'Mariage de Solène et Gaspard : réponses au 3 mai\nNom | Présent', 'Gaspard'),
    ('person', 'Boda de Azucena e Ignacio - confirmaciones\nNombre | Asiste', 'Azucena'),
    ('person', 'Wedding of Imogen & Rhys - RSVPs\nName | Coming', 'Rhys'),
    ('person', "hi! just letting you know Imogen can't make it to Sunday school tomorrow, she has a cold.", 'Imogen'),
    ('person', 'Hallo, Jonas kommt am Sonntag nicht zum Kindergottesdienst, er ist krank.', 'Jonas'),
    ('person', 'Bonjour, Solène ne viendra pas au catéchisme mercredi, merci.', 'Solène'),
    ('person', 'Buenas, Azucena no podrá ir a la catequesis el sábado.', 'Azucena'),
    ('person', 'Hoi, Fenna is zondag niet bij de kinderkerk, ze is op vakantie.', 'Fenna'),
    ('person', 'Hola, Domingo falta a la catequesis esta semana por un viaje.', 'Domingo'),
    ('person', 'Visite 14h : repas, médicaments.\nAuxiliaire de vie : Ghislaine', 'Ghislaine'),
    ('person', 'Einsatz 8:00 Grundpflege, Frühstück. Pflegekraft: Ottilie', 'Ottilie'),
    ('person', 'Avondronde 21:00, medicatie gegeven.\nVerzorgende: Fenna (avonddienst)', 'Fenna'),
    ('person', 'Visita 9:00, ducha y desayuno. Cuidadora: Remedios', 'Remedios'),
    ('person', 'Usuaria: Sra. Ocaña, Calle Mayor 3, Toledo\nVisita 9:00, ducha y desayuno.\n'
     'Auxiliar de ayuda a domicilio: Espiridiana', 'Espiridiana'),
    ('person', 'Meldung Regatta, Jun. A 1x\nTrainerin vor Ort: Ottilie, Tel. 0171 2345678', 'Ottilie'),
    ('person', 'Regatta entry, J16 2x\nCoach on site: Holly, mobile 07700 900123', 'Holly'),
    ('person', "Pasfoto's en formulieren afgeven bij Fenna vóór 1 juni.", 'Fenna'),
    ('person', 'Die Anmeldebögen bitte bis Montag bei Ottilie abgeben.', 'Ottilie'),
    ('person', 'Les autorisations sont à remettre à Ghislaine avant vendredi.', 'Ghislaine'),
    ('person', 'Entregad las fichas a Remedios antes del viernes.', 'Remedios'),
    ('person', 'Please hand them in to Harriet by Friday.', 'Harriet'),
    ('person', 'Plakat: Datum ändern. Antworten bitte bis 12.05. an Reinhold.', 'Reinhold'),
    ('person', "Affiche : changer l'heure. Réponses avant le 3 mai à Honorine.", 'Honorine'),
    ('person', 'Poster: datum aanpassen. Reacties vóór 1 mei naar Fenna.', 'Fenna'),
    ('person', 'Poster: fix the date. Replies by Friday to Harriet, please.', 'Harriet'),
    ('person', 'Texto del cartel: cambiar la fecha. Lo revisa Remedios.', 'Remedios'),
    ('person', 'Flyer: Datum korrigieren. Prüft Reinhold.', 'Reinhold'),
    ('person', "Affiche : corriger l'heure. Relit Solène.", 'Solène'),
    ('person', 'thanks so much for coming!! the photos are up on the drive xxx Imogen', 'Imogen'),
    ('person', 'het cadeau was top, dank je wel! tot zaterdag! kusjes Anouk', 'Anouk'),
    ('person', 'Danke für das Geschenk! bis Samstag, Bussi, Ottilie', 'Ottilie'),
    ('person', 'Gift money is in, thank you! See you at the party, Harriet xx', 'Harriet'),
    ('person', "Aanwezig: Pieter 's Jacob en Emma Visser", "Pieter 's Jacob"),
    ('person', "Contactpersoon Kees 't Hooft belt morgen terug.", "Kees 't Hooft"),
    ('person', "Leerling | Geboren\nFenna 's-Gravesande | 3 mei 2012", "Fenna 's-Gravesande"),
    ('person', 'Inschrijving regatta, dames 2x\nBoeg: Fenna Holland\nSlag: Noor Visser', 'Fenna Holland'),
    ('person', 'Notiz 12.03.: Pat. Ottilie Sonntag, Hühnerauge li. entfernt.', 'Ottilie Sonntag'),
    ('person', 'Evolución 3/5: pac. Remedios Toledo, onicocriptosis dcha.', 'Remedios Toledo'),
    ('person', 'Mod-Log: Nachricht von Reinhold Barba gelöscht (Spam).', 'Reinhold Barba'),
    ('person', 'Modération : message de Solène Vautrin supprimé pour insultes.', 'Solène Vautrin'),
    ('person', 'Moderatie: bericht van Fenna Jansen verwijderd wegens reclame.', 'Fenna Jansen'),
    ('person', 'Mod note: removed a post by Harriet Cole from the group (advertising).', 'Harriet Cole'),
    ('person', 'Moderación: se ha borrado el comentario de Remedios Ortiz en el foro.', 'Remedios Ortiz'),
]

LEAVE = [
    ('Hochzeit Schloss & Park – Angebote 2026', 'Schloss'),
    ('Wedding Cake & Flowers - price list', 'Cake'),
    ('Papa kommt am Sonntag nicht zum Kindergottesdienst mit.', 'Papa'),
    ('Pflegekraft: Ambulanter Pflegedienst Sonnenschein', 'Ambulanter'),
    ('Patient: Tom Price\nCarer: Mother', 'Mother'),
    ('Anmeldung: Max Weber, Lea Roth\nRückmeldung bis Freitag an Sekretariat.', 'Sekretariat'),
    ('Sunday School won\'t be at the kids\' church this week.', 'Sunday'),
    ('Paket bitte bis Montag bei Yodel abgeben.', 'Yodel'),
    ('Leasingwagen bis Freitag bei Mercedes abgeben.', 'Mercedes'),
    ('Lege flessen inleveren bij Kruidvat voor 1 mei.', 'Kruidvat'),
    ('Les dossiers sont à déposer à Paris avant lundi.', 'Paris'),
    ('Texto: cambiar la fecha. Revisa Toledo.', 'Toledo'),
    ('see you friday! xx Friday', 'Friday'),
    ("Iris 's Zomers op de camping", "Zomers"),
    ('Pat. Hospital General, planta 3', 'Hospital'),
    ('Mod note: removed a post by Admin from the group.', 'Admin'),
    # added by the lead after the full dump: a prison's initials before "'t Harde" (a new false person on bayou)
    ("Bezoektijden PI 't Harde vanaf 20-04-2025: dinsdag en donderdag", 'PI'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round79_people_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round79_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
