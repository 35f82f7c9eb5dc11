"""The person classes fixed after the pike and gill banks (round 85, persons half, by a helper): the two banks' false
persons (pike 27, gill 57, most in clean rows), classes 1 to 8, and their missed persons (pike 50, recall 0.955; gill
88, recall 0.920), classes 9 to 19. Each case is worded differently from the bank, in the languages where the class
exists, with near misses that must stay as they were:

1. a product named after a title and a word, a counted pack after it on its line ("Mr. Whippy soft-serve mix, 12 x
   1L"); "Mr. Whippy arrived at 12" (no pack) stays a person;
2. a venue, its kind's word first, before its session's colon ("Bingo Gran Vía: sesión de las 16:37", "Kino Astoria:
   Vorstellung");
3. a fair or a festival, its event's word last ("Incident log - Riverside Fair 25/06/2023", "Sint-Jan Kermis");
4. a coin's effigy after its count and denomination, a year, a metal or a regnal number on its line ("5 Mark Kaiser
   Wilhelm II. 1913", "12 x 20 francs Marianne Coq or"); "5 Pfund an Mark Weber" stays a person;
5. a firm of surnames on a customer's line ("Customer: Warren, Owens and Price", "Customer: Brooks-Madden"); a family
   of first names ("Customer: Anna, Ben and Carl") and a compound first name stay people;
6. a sum's noun at a line's start before its debit ("Miete wird jährlich abgebucht von DE65 ..."); "Miete" elsewhere is
   left as it was;
7. a contact's label before a role's noun and the colon ("Kontakt Erbe: ..."); "Kontakt Anna: 0171" is left as it was;
8. a jeweller's word before its shop's name signing a message ("Groet, Juwelier De Kroon", "Joyería Sol");

9. a moderation report's member and moderator ("Reported user: Jason", "Gemeldet: Dora", "Membre signalé : David",
   "Usuario reportado: Estrella", "Gemelde gebruiker: Tania", "... timeout. Mod: Crystal"); "Mod: none", "Gemeldet: Ja"
   stay clean;
10. a witness or an injured person after a sentence's end or a line's start ("Hunsel. Getuige: Amber.", "Licht gewond:
    Melle Mallien", "Leicht verletzt: Jana Roth");
11. a party of a sale or a carriage, the name ending its line ("Verkäuferin: Kasimir Boucsein", "Transportista:
    Espiridión Arnal"); "Verkäufer: Privat" and a chat's "Comprador: Perfecto, mándalo mañana." stay clean;
12. an opener after "opened by" and a bracket ("box 0231 opened by Grant Neelan (ID: ..."), and an estate's deceased
    ("nalatenschap Thijn Hunerik");
13. a resident before the room's number in brackets ("Bewohner/in Emanuel (Zi. 2.07)", "Elke (kamer 3.11)"), a first
    name on no list only after a resident's word ("la residente Pacífica (hab. 2-05)"); "Küche (Zi. 2)" stays clean;
14. a first aider ("Erste Hilfe durch Isa.", "EHBO door Fenna."); "first aid given by St John," stays clean;
15. a rota's post after "=" ("pens 30-48 = Harry, weighbridge = Chantel"); code's "x = Max," (no rota) stays clean;
16. a computer's owner in a DHCP host name ('client-hostname "laptop-Hanna";', '"Carl-iPhone"'), after "poste de"
    ("poste de Elisa au guichet") or in a peer's comment ("# laptop Lucy Hale");
17. a job advert's contact ("Appen naar Maxim.", "Escribir por WhatsApp a Abilio.", "Apply to Eoghan by text.",
    "Contact André par SMS.", "Bewerbung per WhatsApp an Gerhart."); "Apply to HR by text." stays clean;
18. a ring's engraving ("Gravure intérieure : « Michelle & toi", 'Engrave inside shank: "always, Brandon"', 'Gravur
    innen: "Ante 2022-11-08"'); 'Engraving: "Forever"' stays clean;
19. a polling station's officers in an election's text ("Schriftführer Ilona, Beisitzer Reimund.", "secretario Luis,
    vocal Remedios."); "secretario Luis, vocal Bajo." holds no first name after "vocal".

Of the 93 cases below (24 things to leave out, 49 people to catch, 20 near misses that must stay as they were), 45 fail
on round 84's rules: 12 of the things (the others, Dr. Oetker's baking powder, the casino, the kino, the German coins'
second span, ..., were no persons already) and 33 of the people (the others, worded with labels or first names the
rules knew, were found already and keep the new vetoes and frames from breaking them).
"""

from __future__ import annotations

import pytest

from tests.guard.test_rule_classes import found
from workloads.guard import Scanner

# Classes 1 to 8: the thing named after a person is no person.
LEAVE = [
    ("Mr. Whippy vanilla base, 6 x 2L, EAN 4006381333931", "Whippy"),
    ("Dr. Oetker Backpulver, 20 x 15 g, Bestellung 7781", "Oetker"),
    ("Bingo Gran Vía: sesión de las 21:05, bingo acumulado 1.200 €", "Bingo Gran Vía"),
    ("Kino Astoria: Vorstellung um 20:15, Saal 2", "Kino Astoria"),
    ("Casino Barrière : session de 21h, jackpot 8 000 €", "Casino Barrière"),
    ("Incident log - Harbourside Fair 14/07/2024 15:20\nRide: waltzer", "Harbourside Fair"),
    ("Ongevallenrapport - Sint-Jan Kermis 02/09/2023\nAttractie: botsauto's", "Sint-Jan Kermis"),
    ("Lot 44: 5 Mark Kaiser Wilhelm II. 1908, ss, estimate 120 €", "Mark Kaiser Wilhelm"),
    ("Los 9: 2 x 20 Mark Kaiser Wilhelm II. 1912 Gold", "Kaiser Wilhelm"),
    ("Lot 3 : 8 x 20 francs Marianne Coq or, 1 x 50 francs Hercule", "Marianne Coq"),
    ("Kavel 12: 3 x 10 gulden Wilhelmina 1932 goud", "Wilhelmina"),
    ("Lote 7: 1 peseta Alfonso XIII 1905, plata", "Alfonso"),
    ("WORK ORDER 77\nCustomer: Hughes, Barker and Webb\nTask: cut 12 x flanges", "Hughes"),
    ("Kunde: Krause, Vogt und Brandt\nAuftrag: 4 Träger schweißen", "Krause"),
    ("WORK ORDER 78\nCustomer: Fletcher-Norris\nTask: weld 2 x brackets", "Fletcher-Norris"),
    ("Mieter: Jana Roth\nMiete wird monatlich abgebucht von DE89 3704 0044 0532 0130 00", "Miete"),
    ("Huurder: Fenna Smit\nMiete wordt maandelijks afgeschreven", "Miete"),
    ("Schätzwert: 1.200 €\nKontakt Erbe: erbe@example.org", "Kontakt Erbe"),
    ("Contact héritier : heritier@example.fr", "Contact héritier"),
    ("Nieuwe band en glas. Totaal € 120,00. Groet, Juwelier De Ster", "Juwelier De Ster"),
    ("Cambio de pila hecho. Son 25 €. Abrimos de 10 a 14. Joyería Luna", "Joyería Luna"),
    ("Ride: waltzer. Rider bumped his head, first aid given by St John, no hospital.", "St John"),
    ("Lot 45: 2 x 5 Mark Kaiser Wilhelm II. 1913 vz", "Kaiser Wilhelm"),
    ("Schätzung 300 €. Kontakt Nachlass: info@example.de", "Kontakt Nachlass"),
]

# Near misses of classes 1 to 8: people stay people.
KEEP = [
    ("Mr. Whippy arrived at 12 and left at 3.", "Whippy"),
    ("Bitte 5 Pfund an Mark Weber überweisen.", "Mark Weber"),
    ("Customer: Anna, Ben and Carl", "Anna"),
    ("Child: Katie-Louise, 7", "Katie-Louise"),
    ("Contact: Jana Roth, tel. 0171 2345678", "Jana Roth"),
    # at the merge: the surname Fair after a first name, as three older splits have it
    ("Hello, my name is Scot Fair and my card was charged twice.", "Scot Fair"),
    ("flat,name,signed_on\n\"4B\",\"Tyrone Fair\",2029-02-27", "Tyrone Fair"),
]

# Classes 9 to 19: the frames' people.
CATCH = [
    ("Mod report #5512\nReported user: Harriet\nReason: spam links", "Harriet"),
    ("Meldung #77\nGemeldeter Nutzer: Jonas\nGrund: Spam", "Jonas"),
    ("Signalement #12\nUtilisateur signalé : Solène\nMotif : insultes", "Solène"),
    ("Reporte #9\nUsuaria reportada: Remedios\nMotivo: spam", "Remedios"),
    ("Melding #4\nGemelde gebruiker: Fenna\nReden: spam", "Fenna"),
    ("Reason: spam. Action: 24h mute. Moderator: Imogen", "Imogen"),
    ("Acción: silencio 2h. Moderadora: Luz", "Luz"),
    ("Sanction : exclusion 1 j. Modératrice : Manon", "Manon"),
    ("Brandwond om 09:42. Getuige: Joppe.", "Joppe"),
    ("Accident at 14:10 in bay 2. Witness: Harriet.", "Harriet"),
    ("Quemadura a las 10:16 en la cabina 3. Testigo: Remedios.", "Remedios"),
    ("Unfallbericht\nLeicht verletzt: Jana Roth\nZeugin: Lea Kurz", "Jana Roth"),
    ("Ongevalsmelding\nZwaar gewond: Fenna de Vries\nEHBO ter plaatse", "Fenna de Vries"),
    ("Ankaufsbeleg\nVerkäuferin: Kasimir Boucsein\nAusweis: Reisepass", "Kasimir Boucsein"),
    ("Albarán\nTransportista: Rosario Tejero\nCarga: 40 corderos", "Rosario Tejero"),
    ("Access log\n09:10 box 12 opened by Imogen Hale (ID: passport 123)", "Imogen Hale"),
    ("Taxatie – nalatenschap Joppe Smit\nOpdrachtgever: Mevr. Jansen", "Joppe Smit"),
    ("Nachlass Kasimir Boucsein\nSchätzwert: 1.200 €", "Kasimir Boucsein"),
    ("Notiz Nachtdienst: Bewohnerin Jana (Zimmer 3.12) gestürzt, Arzt informiert.", "Jana"),
    ("Note 12/03: Resident Tom (room 14) fainted, called 999.", "Tom"),
    ("Nota del conserje: Remedios (hab. 3-01) se cayó en la ducha.", "Remedios"),
    ("Notitie huismeester: Fenna (kamer 2.04) flauwgevallen.", "Fenna"),
    ("Nota: la residente Pacífica (hab. 2-05) se desmayó.", "Pacífica"),
    ("Er hat sich am Arm verletzt. Erste Hilfe durch Lea. Arzt benachrichtigt.", "Lea"),
    ("Cut to the hand at 10:05, first aid by Harriet, no hospital.", "Harriet"),
    ("Brûlure à 11h. Premiers secours par Manon.", "Manon"),
    ("Snijwond om 12:00. EHBO door Joppe.", "Joppe"),
    ("Sale rota Sat - gate = Harriet, ring = Imogen, office = Mr. Cole.", "Harriet"),
    ("Sale rota Sat - gate = Harriet, ring = Imogen, office = Mr. Cole.", "Imogen"),
    ("Dienstplan Samstag: Kasse = Jana, Lager = Jonas", "Jonas"),
    ('lease 10.0.0.7 {\n  binding state active;\n  client-hostname "laptop-Imogen";\n}', "Imogen"),
    ('lease 10.0.0.8 {\n  client-hostname "Jonas-iPad";\n}', "Jonas"),
    ("Bail DHCP – poste de Solène à l'accueil :\nlease 10.0.0.9 {", "Solène"),
    ("Verdächtige Anmeldung vom PC von Jonas am Schalter", "Jonas"),
    ("[Peer]\n# laptop Imogen Hale\nPublicKey = abc=", "Imogen Hale"),
    ("Kermis: wij zoeken hulp voor de zweefmolen. Appen naar Fenna.", "Fenna"),
    ("Temporada: se busca ayudante, alojamiento incluido. Escribir por WhatsApp a Remedios.", "Remedios"),
    ("Summer season: stall staff wanted, cash in hand. Apply to Imogen by text.", "Imogen"),
    ("Fête foraine : cherchons aide, logé. Contactez Manon par SMS.", "Manon"),
    ("Schaustellerbetrieb sucht Helfer. Bewerbung per WhatsApp an Jonas.", "Jonas"),
    ("Summer season: staff wanted. Apply to Heather by text.", "Heather"),
    ("Objet : bague, mise à taille 54\nGravure : « Solène & moi, 3 mai 2024 »", "Solène"),
    ('Item: wedding band\nEngraving: "forever, Harriet" (script)', "Harriet"),
    ('Artikel: Ehering\nGravur: "Jonas 2023-05-06"', "Jonas"),
    ('Artículo: alianza\nGrabado interior: "Remedios y yo"', "Remedios"),
    ("Wahlhelfer Stimmbezirk 4: Vorsteherin Jana Roth, Schriftführerin Lea, Beisitzer Jonas.", "Lea"),
    ("Wahlhelfer Stimmbezirk 4: Vorsteherin Jana Roth, Schriftführerin Lea, Beisitzer Jonas.", "Jonas"),
    ("Mesa electoral 3: presidente de mesa Ana Gil, secretario Luis, vocal Remedios.", "Remedios"),
    ("Stembureau 12: voorzitter Fenna Smit, secretaris Joppe, bijzitter Anouk.", "Anouk"),
]

# Near misses of classes 9 to 19: things stay clean.
NOT_A_PERSON = [
    ("Mod report #5\nReported user: none\nReason: test", "none"),
    ("Mod-Meldung #6\nGemeldet: Ja\nGrund: Spam", "Ja"),
    ("Ankaufsbeleg\nVerkäufer: Privat\nAusweis: keiner", "Privat"),
    ("Lagerliste: Küche (Zi. 2) und Flur (Zi. 3)", "Küche"),
    ("def f():\n    x = Max, y = 2", "Max"),
    ("Summer season: staff wanted. Apply to HR by text.", "HR"),
    ('Item: ring\nEngraving: "Forever" (script)', "Forever"),
    ('lease 10.0.0.9 {\n  client-hostname "laptop-Standard";\n}', "Standard"),
    ("Mesa 3: secretario Luis, vocal Bajo.", "Bajo"),
    ("Transportista: Transportes Gil S.L.\nCarga: 40 corderos", "Transportes Gil"),
    ("Vendedor: ¿te vale?\nComprador: Perfecto, mándalo mañana.", "Perfecto"),
    ("Moderator: Great, thanks all.\nMember: ok", "Great"),
    ("Moderador: Perfecto, gracias a todos.", "Perfecto"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round85_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round85_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round85_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[thing for _, thing in NOT_A_PERSON])
def test_round85_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
