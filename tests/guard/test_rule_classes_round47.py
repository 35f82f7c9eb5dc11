"""The person rule classes fixed after the nivation and tephra banks' misses (issue 14, round 47, person half).
Each case is worded differently from the banks, in the languages where the class exists, with near misses
that must stay as they were:

1. a name in the slot beside a person found, line after line of one shape (slots.py): a rota's days ("Mi Spät:
   Wiltrud" below "Mi Früh: Frau Brandl"; and "Do Früh:" is the day, not a name), a prize list's places ("4. Preis: Ottilie vom Turnverein"), an
   intercom's flats ("05  fam. Verhoeven", "3. OG   WG Mara/Theo"), a fixed-width score sheet's rows;
2. who did something, after a participle and "by" in five languages: a label ("Eingewiesen durch: Wolfhard",
   "Übernommen von: Deniz,", "Angefordert durch: Station (Mia-Sophie)") or a log's key ("hochgeladen_von=",
   "creado_por=", "ajouté_par=");
3. a chat whose lines open with a tag in brackets ("[Wiebke] band is lek"), and whom a dispatcher sends or
   says is on the way ("sending Priya over now", "je t'envoie Karim", "Ilse komt eraan");
4. whose certificate runs out ("la licencia de Ramiro caduca", "het EHBO-diploma van Wouter verloopt",
   "läuft ab bei Dörte am ..."); who cannot come ("Mahmoud Bauer fällt morgen aus", "Emigdio Vergara no puede
   ir"); a role's label ("Negotiator:", "Reiziger:", "Comunicante:", "Leiter:");
5. not people, on clean rows: a talk's topic or a screening's film beside its speaker or cast ("Vortrag: ... über
   Big Walls", "Film night: Free Solo with ..."), who delivered when a tracking number follows (a carrier), a side
   and its points after another's in a league table ("Los Chuzas 38 pts, Bolo Loco 35").

Of the 54 cases below (36 to catch, 18 things to leave alone), 33 fail on round 46.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a slot beside a person found
    ("person", "Badeaufsicht KW 9\nMi Früh: Frau Brandl\nMi Spät: Wiltrud\nDo Früh: Jens Ohlsen", "Wiltrud"),
    ("person", "socorristas piscina municipal\nsábado mañana: Sr. Prieto\nsábado tarde: Eleuterio\ndomingo: Marta Gil", "Eleuterio"),
    ("person", "Cover, week 4\nMon - Sunita Rao\nTue - Declan\nWed - off", "Declan"),
    ("person", "Hola Mar:\n\nTu clase práctica es el lunes a las 9.", "Mar"),  # a name, though "Mar" is also Tuesday
    ("person", "Verlosung Sommerfest\n2. Preis (Gutschein Eisdiele): Herr Kübler\n4. Preis: Ottilie vom Turnverein", "Ottilie"),
    ("person", "tombola de la kermesse\n1er lot (panier garni) : M. Vautrin\n2e lot : Josiane de la pharmacie", "Josiane"),
    ("person", "Belbord Lindenlaan 4\n03  Mevr. de Graaf\n04  Pieter Bos\n05  fam. Verhoeven", "Verhoeven"),
    ("person", "Klingelbrett\nEG          Herr Dr. Oswald\n1. OG       Hannelore Kuhn\n3. OG       WG Mara/Theo", "Theo"),
    ("person", "Team Kegelfreunde\nSpieler           S1   S2   S3\nUte Pfeiffer      156  171  149\nGunther Lamm      133  160  141", "Gunther Lamm"),
    # 2. who did it, after a participle and "by"
    ("person", "Kletterhalle Einweisung\nEingewiesen durch: Wolfhard am 3. März", "Wolfhard"),
    ("person", "Inwerkformulier klimhal\nIngewerkt door: Sanne op 3 maart", "Sanne"),
    ("person", "Schlüsselübergabe Vereinsheim\nÜbernommen von: Deniz, 18:30", "Deniz"),
    ("person", "Seelsorge-Anfrage Zimmer 12\nAngefordert durch: Station (Mia-Sophie)", "Mia-Sophie"),
    ("person", 'ts=2026-02-01 level=warn msg="Upload abgelehnt" hochgeladen_von="Jannik" datei="backup.sql"', "Jannik"),
    ("person", 'nivel=error msg="clave expuesta" creado_por="Leonor" entorno=prod', "Leonor"),
    ("person", 'niveau=warn msg="jeton refusé" ajouté_par="Gaëlle" service=paie', "Gaëlle"),
    ("person", '{"uploaded_by": "Harriet", "bucket": "exports", "public": true}', "Harriet"),
    # 3. a bracket-tagged chat, a dispatcher's courier
    ("person", "[control] Sam: all good? saw the van stop\n[Wiebke] band is lek, ik loop verder", "Wiebke"),
    ("person", "[control] where are you?\n[dispatch] sending Priya over now", "Priya"),
    ("person", "[central] Yannick : tu es où ?\n[central] je t'envoie Karim", "Karim"),
    ("person", "[tráfico] ¿quién está libre?\n[tráfico] mando a Ramona", "Ramona"),
    ("person", "[meldkamer] wie kan er rijden?\n[meldkamer] Ilse komt eraan", "Ilse"),
    ("person", "[Leitstelle] wer ist frei?\n[Leitstelle] Jonas fährt gleich los", "Jonas"),
    # 4. whose certificate runs out, who cannot come, a role's label
    ("person", "Aviso: la licencia de monitor de Ramiro caduca el 3 de mayo.", "Ramiro"),
    ("person", "Let op: het EHBO-diploma van Wouter verloopt op 1 juni.", "Wouter"),
    ("person", "Rappel : le BNSSA de Ludivine expire le 30/06.", "Ludivine"),
    ("person", "Erste-Hilfe-Schein läuft ab bei Dörte am 12.08.2026.", "Dörte"),
    ("person", "Reminder: the first aid certificate of Tamsin expires on 4 July.", "Tamsin"),
    ("person", "hallo Petra, Mahmoud Bauer fällt morgen aus, kannst du einspringen?", "Mahmoud Bauer"),
    ("person", "hola Inés, Emigdio Vergara no puede ir el jueves.", "Emigdio Vergara"),
    ("person", "Viewing feedback\nNegotiator: Callum\nComments: liked the garden", "Callum"),
    ("person", "Boekingsbevestiging\nReiziger: Jorien Fleur van Haeften\nPaspoortnummer: 229562009", "Jorien Fleur van Haeften"),
    ("person", "AVISO DE ENJAMBRE\nComunicante: Azeneth Mateos\nTeléfono: 600 000 000", "Azeneth Mateos"),
    ("person", "Anmeldung Zeltlager\nLeiter: Janus Schmiedecke\nNotfall: 0171 000000", "Janus Schmiedecke"),
    ("person", "Talk tonight: Jane Smith on Kevin Brown, the club's founder.", "Kevin Brown"),
    ("person", "Colis livré par Julien, il a sonné deux fois.", "Julien"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round47_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # a slot beside a person holds a thing, a day off or a header
    ("Protokoll\nTOP 3: Anna Berger berichtet\nTOP 4: Sanierung der Tiefgarage – beschlossen", "Sanierung"),
    ("Cover, week 4\nMon - Sunita Rao\nTue - off\nWed - closed", "off"),
    ("Badeaufsicht KW 9\nMi Früh: Frau Brandl\nDo Früh: Jens Ohlsen", "Do Früh"),
    ("Gast;Begleitung;Zusage;Tisch\nJakob Achleitner;ja;ja;3", "Gast"),
    ("Kamer;Gast;Saldo\n212;Lieke Jansen;20,00", "Gast"),
    ("FACTURA 7\nDe: Encarnación Ródenas\nA: Parroquia de San Esteban", "Parroquia"),
    ("Incasso;Bedrag\n19 mei;Lieke Jansen;12,00\n20 mei;Incasso Vandeputte, Polfliet en Luyckx BV;76,00", "Incasso"),
    # a thing's agent, a field's key
    ('level=error msg="timeout" caused_by="Upstream" sorted_by=Name', "Upstream"),
    ("Product: AirPods Pro\nSold by: Barrett-Smith", "Barrett"),
    ("gesponsert von Coca-Cola", "Coca"),
    # tags, expiries and absences that are not about a person
    ("[INFO] starting worker\n[WARN] disk almost full", "INFO"),
    ("la garantie de Bosch expire le 3 mai", "Bosch"),
    ("The lease of Paris office expires soon.", "Paris"),
    ("Kubernetes Gold kan vandaag niet worden geleverd.", "Kubernetes"),
    # tephra's and nivation's false persons on clean rows: a talk's topic, a film, a carrier, a side's score
    ("Lezing in de bibliotheek, 4 maart: Lotte Jansen over Wild Camping, toegang 5 euro.", "Wild"),
    ("Movie night in the hall: Free Solo with Alex Honnold, doors 7 pm.", "Free"),
    ("Commande de ruches, livrées par Martin, n° de suivi 1Z999AA10123456784.", "Martin"),
    ("Classement après la 9e journée : Les Quilles 40 pts, Boule Folle 36, Strike Nord 31.", "Boule"),
]


@pytest.mark.parametrize("text,thing", NOT_PEOPLE, ids=[thing for _, thing in NOT_PEOPLE])
def test_round47_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
