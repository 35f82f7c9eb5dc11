"""The person classes fixed after the fen bank (issue 14, round 76, by a helper): fen's missed persons (person recall
0.953 on first contact with round 75) and the false persons of sill and fen. Each case is worded differently from the
banks, in the languages where the class exists, with near misses that must stay as they were:

1. people: to whom a reworded text goes, a document's word before it and the sentence's end or a verb after it ("Bitte
   den neuen Entwurf an Severin schicken.", "Envía el texto corregido a Fermín.", "Stuur de nieuwe tekst naar Sjoerd.",
   "Merci d'envoyer la version corrigée à Laurent.", "Send the new draft to Vincent by Friday"), a first name that is
   also a word or a day included ("Manda la copia a Domingo.", "Nieuwe versie naar Fleur."), not a place's ("... to
   London"); a child who forgot a slip or a form, named after the apology's comma ("Sorry it's late, Holly left it in
   her book bag", "pardon pour le retard, Laurent avait oublié le mot", "Entschuldigung ..., Anselm hatte ihn im Ranzen
   vergessen", "perdón ..., Aurelio se la dejó en el cole", "sorry ..., Sjoerd had het in zijn tas laten liggen"); a
   round's customer between dashes after the address and its postcode ("Calle Mayor 12, Soria, 42002 - Fermín -
   domiciliado", "Ringstr. 9, 4020 Linz - Severin - Dauerauftrag", "4 Kiln Road, York, YO1 7HH - Vincent - direct
   debit"); a list's item, a first name alone, then its absence or that it is new ("- Benedikt fehlt, bitte anrufen",
   "- Joost afwezig, later appen", "- Lambert absent, prévenir", "2. Ignacio - nuevo, solo martes", "2. Vincent - new,
   Weds only"); a form's exhibitor, tenant or legal representative ("Aussteller: Severin Wetzlar", "Expositor: Fermín
   Cabrera", "Exposant: Sjoerd Geneart", "Representant légal : Lambert Roger", "Inquilino: Ignacio Cabrera");
2. no people: a riding plan's horse between the lesson and the rider ("10:00  Grupo 2    Lucero     Pablo Ávila",
   "11:00  Gruppe 1    Max         Jonas Roth"); a parent's role before the number after the rider ("Jonas Roth - Mutter
   0171 2345678"); a cat's pet-name ("je passe prendre Minette samedi", "Mr Whiskers is booked in"); a song's title
   after the singers on a karaoke list ("4. Tom & Anna – Mooi man"); a food bank's donor before the delivery note ("Don
   de Lidl, bon de livraison 4471", "Gift van Jumbo, pakbon 88120");
3. near misses: a document sent to a firm or a place ("an Google", "to London", "a Paris"), a hamster called Holly
   with no forgetting verb, a back door's word between a round's dashes, a scarf missing from a fitting list, a song's
   title after a singer's dash ("2. Nadine – Dromen zijn bedrog"), a firm with its legal form as an exhibitor, a
   donation from a firm with no delivery note.

Of the 50 cases below (33 to catch, 17 to leave alone), 16 fail on round 75 (names the name lists hold as first
names only are found by round 75 in several of these frames already; the bank's misses were names that are also
surnames or words).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ('person', 'Zum Flyer: "Manpower" bitte ändern. Bitte den neuen Entwurf an Severin schicken.', 'Severin'),
    ('person', 'Sobre el folleto: "lista negra" no. Envía el texto corregido a Fermín.', 'Fermín'),
    ('person', 'Over de poster: "blacklist" moet anders. Stuur de nieuwe tekst naar Sjoerd.', 'Sjoerd'),
    ('person', 'Affiche : « chairman » à changer. Merci d\'envoyer la version corrigée à Laurent.', 'Laurent'),
    ('person', 'Poster copy: "manpower" needs changing. Send the new draft to Vincent by Friday.', 'Vincent'),
    ('person', 'Cartel: "blacklist" no vale. Manda la copia a Domingo.', 'Domingo'),
    ('person', 'Affiche: "chairman" graag aanpassen. Nieuwe versie naar Fleur.', 'Fleur'),
    ('person', 'Dear Mr Cole,\n\nSorry it\'s late, Holly left it in her book bag. Paid online today.', 'Holly'),
    ('person', 'Dear Mr Cole,\n\nSorry it\'s late, Vincent left it in his book bag. Paid online today.', 'Vincent'),
    ('person', 'Bonjour Madame Roy,\n\npardon pour le retard, Laurent avait oublié le mot dans sa trousse.', 'Laurent'),
    ('person', 'Liebe Frau Berg,\n\nEntschuldigung für die Verspätung, Anselm hatte ihn im Ranzen vergessen.', 'Anselm'),
    ('person', 'Hola Sra. Gil, perdón por el retraso, Aurelio se la dejó en el cole. Ya está pagado.', 'Aurelio'),
    ('person', 'Beste juf Anja, sorry voor de vertraging, Sjoerd had het in zijn tas laten liggen.', 'Sjoerd'),
    ('person', 'Reparto lunes\nCalle Mayor 12, Soria, 42002 - Fermín - domiciliado\nOjo: perro suelto', 'Fermín'),
    ('person', 'Tour Montag\nRingstr. 9, 4020 Linz - Severin - Dauerauftrag\nVorsicht Hund', 'Severin'),
    ('person', 'Ronde dinsdag\nDorpsstraat 2, 3600 Genk - Sjoerd - incasso\nLet op: hond', 'Sjoerd'),
    ('person', 'Window round\n4 Kiln Road, York, YO1 7HH - Vincent - direct debit\nside gate code 1234', 'Vincent'),
    ('person', 'Tournée jeudi\n2 rue Haute, 69005 Lyon - Laurent - prélèvement\nattention chien', 'Laurent'),
    ('person', 'Anprobe Chor\n- Benedikt fehlt, bitte anrufen', 'Benedikt'),
    ('person', 'Kostuums\n- Joost afwezig, later appen', 'Joost'),
    ('person', 'Costumes\n- Lambert absent, prévenir par SMS', 'Lambert'),
    ('person', 'Escalera club\n1. Felisa Gil Mora 4-1\n2. Ignacio - nuevo, solo martes', 'Ignacio'),
    ('person', 'Box league\n1. Brenda Hale 4-1\n2. Vincent - new, Weds only', 'Vincent'),
    ('person', 'Modellbahnbörse\nAussteller: Severin Wetzlar\nAnlage: Spur N, 2 x 1 m', 'Severin Wetzlar'),
    ('person', 'Feria de maquetas\nExpositor: Fermín Cabrera\nMaqueta: escala N', 'Fermín Cabrera'),
    ('person', 'Modelbouwbeurs\nExposant: Sjoerd Geneart\nBaan: schaal N', 'Sjoerd Geneart'),
    ('person', 'Inscription poney\nRepresentant légal : Lambert Roger\nTéléphone : 06 12 34 56 78', 'Lambert Roger'),
    ('person', 'Reclamación de fianza\nInquilino: Ignacio Cabrera\nImporte: 900 €', 'Ignacio Cabrera'),
    ('person', 'TURNOS DOMINGO\n09:00  Poni       Canela     Inés (7 años)\n10:00  Grupo 2    Lucero     Pablo Ávila', 'Pablo Ávila'),
    ('person', 'Reitplan\n11:00 Einzel      Dschingis     Jonas Roth - Mutter 0171 2345678', 'Jonas Roth'),
    ('person', 'Karaoke-avond\n1. Femke – Zij gelooft in mij\n4. Tom & Anna – Mooi man', 'Anna'),
    ('person', 'Bonjour, c\'est Hugo, je passe prendre Minette samedi.', 'Hugo'),
    ('person', 'Food bank stock: pasta 20 kg. Donation from Camille Roy, thank you!', 'Camille Roy'),
]

LEAVE = [
    ('TURNOS DOMINGO\n09:00  Poni       Canela     Inés (7 años)\n10:00  Grupo 2    Lucero     Pablo Ávila', 'Lucero'),
    ('REITPLAN\n10:00 Gruppe 1    Max         Jonas Roth\n11:00 Longe      Sternchen   Lea (6 J.)', 'Max'),
    ('Reitplan\n11:00 Einzel      Dschingis     Jonas Roth - Mutter 0171 2345678', 'Mutter'),
    ('Bonjour, c\'est Hugo, je passe prendre Minette samedi.', 'Minette'),
    ('Hiya, Pepper and Mr Whiskers are booked in from Friday.', 'Whiskers'),
    ('Karaoke-avond\n1. Femke – Zij gelooft in mij\n4. Tom & Anna – Mooi man', 'Mooi'),
    ('Banque alimentaire : pâtes 20 kg, lait 40 L. Don de Lidl, bon de livraison 4471.', 'Lidl'),
    ('Voedselbank: pasta 20 kg, melk 40 L. Gift van Jumbo, pakbon 88120.', 'Jumbo'),
    ('Flyer: bitte den neuen Entwurf an Google schicken.', 'Google'),
    ('Send the new draft to London by Friday.', 'London'),
    ('Manda la versión nueva a Paris.', 'Paris'),
    ('Sorry it\'s late, Holly the class hamster is fine.', 'Holly'),
    ('Ronde\nKerkstraat 8, 3500 Hasselt - Achterdeur - contant', 'Achterdeur'),
    ('Anprobe\n- Jonas Roth: Größe 52\n- Schal fehlt, bitte nachbestellen', 'Schal'),
    ('Karaoke-avond\n1. Femke – Zij gelooft in mij\n2. Nadine – Dromen zijn bedrog', 'Dromen'),
    ('Food bank stock: pasta 20 kg. Donation from Carrefour, thank you!', 'Carrefour'),
    ('Modellbahnbörse\nAussteller: Märklin GmbH\nAnlage: Spur N', 'Märklin'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round76_people_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round76_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
