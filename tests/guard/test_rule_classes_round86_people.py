"""The person classes fixed after the moss and holt banks (round 86, persons half, by a helper): the two banks' false
persons (moss 90, holt 38, most in clean rows), classes 1 to 8, and their missed persons (moss 74, recall 0.935; holt
17, recall 0.985), classes 9 to 17. Each case is worded differently from the bank, in the languages where the class
exists, with near misses that must stay as they were:

1. a maker in brackets after its model's code ("ASK 21 (Alexander Schleicher), Jahresnachprüfung", "Planeur DG 1000
   (Glaser Dirks) :"); a ward's "ICU 3 (Anna Roth)" stays a person;
2. a brand after a preposition and its article ("die mevrouw met de Frederique Constant", "the lady with the Jaeger
   LeCoultre"), and Spanish "la señora del Longines", a word on no list after "del" ("la señora del Río" stays);
3. a product line with its count on a stock line that counts another item ("Fleurs de Bach Rescue x6, Oscillococcinum
   x20"); "Tickets: Anna Roth x2", one count, stays;
4. a firm of two makers before a circa year ("probably Clayton & Bell c.1870", "wohl Mayer und Zettler um 1890");
5. a menu's day before its dish, three other days on the line ("..., Do Käsespätzle, Fr Königsberger Klopse"); "Mo
   Khan, Di Maria, Fr Anna Roth" stays;
6. a role's noun before "heißt" and a title ("Gast heißt Dr. Flückiger", "Passagier heet mevrouw Claus"); "Anna heißt
   eigentlich Johanna" is left as it was;
7. a title greeted alone ("Bonjour Maître,", "Estimado Notario,");
8. a pair of makers before a colon, the first maker's other word before ("Patek Philippe y Breguet: solo envío a
   fábrica"); a greeting's "Gracias Ana y Pedro:" stays;

9. a gift voucher's recipient after its label ("Voor: Anny", "Für: Klaus-Ulrich", "Para: Delfina"), and its buyer
   and recipient in words ("Purchased by Jennifer Ortiz as a gift for Joseph", "Comprado por: Cebrián Varela");
   "Für: 2 Personen" stays clean;
10. a chat's poster in brackets ("(posted by Angela, deleted from chat)", "(gepostet von Jana, gelöscht)");
11. the one who did it by mistake ("Liebe Vorstandsmitglieder, Danilo hat aus Versehen ...", "Hi all, Tom has
    accidentally ...");
12. a caller named before "die Dame mit ..." ("Ahmet die Dame mit der Kuckucksuhr hat angerufen", "India - the lady
    with the Reverso rang"); a label's "Docent: de heer de Wit" is no caller;
13. a contact's full name in brackets before a phone number ("La vecina del bajo (Azeneth Cuenca, +34 ...)");
14. a customer who does not open at a round's time ("13:10: Rosendo España no abre", "12:20: Phileine Slaetsdochter
    doet niet open");
15. a note signed at its end ("... to the buyer's solicitors. (Tracey)", "... noticeboard. -Joseph", "Cambio la
    contraseña esta noche. Dan");
16. a junior's label on a licence ("Junior: Jessica"); "Junior: 45 €" stays clean;
17. a name field's full name on no list, the form asking for a person's other data ("Nombre: Baudelio Alcázar" above
    "IBAN:", '"nombre": "Teodosio Planas", "direccion": ...'); round 33's "Name: Kubernetes Gold" above "Version"
    stays clean.

Of the 85 cases below (27 things to leave out, 42 people to catch, 16 near misses that must stay as they were), 42
fail on round 85's rules: 14 of the things and 28 of the people (the others were right already, some by older rules,
and keep the new vetoes and frames from breaking them).
"""

from __future__ import annotations

import pytest

from tests.guard.test_rule_classes import found
from workloads.guard import Scanner

# Classes 1 to 8: the thing named after a person is no person.
LEAVE = [
    ("Wartungsplan: ASK 21 (Alexander Schleicher), Nachprüfung fällig am 03.04.2026", "Alexander Schleicher"),
    ("Planeur DG 1000 (Glaser Dirks) : visite annuelle le 4 mai", "Glaser Dirks"),
    ("Glider ASW-28 (Alexander Schleicher) - annual due in May", "Alexander Schleicher"),
    ("Johan, de mevrouw met de Frederique Constant belde weer over het bandje", "Frederique Constant"),
    ("Tom - the man with the Jaeger LeCoultre called about his strap", "Jaeger LeCoultre"),
    ("Ha llamado otra vez la señora del Longines por la correa", "del Longines"),
    ("Inventaire du 3 mars : Arnica 9CH x12, Fleurs de Bach Rescue x6, Oscillococcinum x20.", "Fleurs de Bach"),
    ("Inventario: Flores de Bach Rescue x5, Arnica x10, Calendula x3.", "Flores de Bach"),
    ("North aisle glass, probably Clayton & Bell c.1870, two quarries cracked.", "Clayton"),
    ("North aisle glass, probably Clayton & Bell c.1870, two quarries cracked.", "Bell"),
    ("Chorfenster, wohl Mayer und Zettler um 1890, Bleinetz erneuert.", "Zettler"),
    ("Speiseplan: Mo Gulasch, Di Nudeln, Mi Fisch, Do Eintopf, Fr Königsberger Klopse.", "Königsberger"),
    ("Kannst du den Gastflug übernehmen? Gast heißt Frau Weinhold, bezahlt.", "Gast"),
    ("Kun jij de vlucht doen? Passagier heet mevrouw Claus, bon betaald.", "Passagier"),
    ("Bonjour Maître,\nMerci pour l'acte.", "Maître"),
    ("Cher Maître,\nVeuillez trouver ci-joint le compromis.", "Maître"),
    ("Estimado Notario,\nle adjunto la escritura.", "Notario"),
    ("Precios 2027: pila 20 €. Patek Philippe y Breguet: solo envío a fábrica.", "Breguet"),
    ("Service 2027: battery £20. Audemars Piguet and Breguet: factory service only.", "Breguet"),
    ("Wartung: ASK 21 (Alexander Schleicher): Prüfung am 2. Mai", "Schleicher"),
    ("Stock: Bach Rescue x4; Arnica x10", "Bach"),
]

# Near misses of classes 1 to 8 that must stay people.
KEEP = [
    ("ICU 3 (Anna Roth) was moved to the ward at 14:00", "Anna Roth"),
    ("la señora del Río ha llamado otra vez", "del Río"),
    ("Tickets: Anna Roth x2", "Anna Roth"),
    ("Mo Khan, Di Maria, Fr Anna Roth", "Mo Khan"),
    ("Hola Ana y Pedro: os espero el sábado", "Ana y Pedro"),
    ("Gracias Ana y Pedro: genial", "Ana y Pedro"),
]

# Classes 9 to 17: a frame makes the first name or the full name a person.
CATCH = [
    ("Cadeaubon rondvlucht nr. 12\nGekocht door: Odette Van Belle\nVoor: Anny\nBetaald", "Anny"),
    ("Cadeaubon\nVoor: Iris\nGeldig tot 2027", "Iris"),
    ("Gutschein Rundflug Nr. 77\nGekauft von: Kordula Bruder\nFür: Klaus-Ulrich\nBezahlt", "Klaus-Ulrich"),
    ("Bono regalo n.º 5\nComprado por: Cebrián Varela\nPara: Delfina\nPagado", "Cebrián Varela"),
    ("Bono regalo n.º 5\nComprado por: Cebrián Varela\nPara: Delfina\nPagado", "Delfina"),
    ("Bon cadeau n° 8\nPour : Manon\nValable un an", "Manon"),
    ("Gift voucher TL-1\nPurchased by Eugene Gorham as a gift for Ashlene\nValid until May", "Eugene Gorham"),
    ("Gift voucher TL-1\nPurchased by Eugene Gorham as a gift for Ashlene\nValid until May", "Ashlene"),
    ("Acheté par Solène Marchal en cadeau pour Paul, valable un an", "Solène Marchal"),
    ("token pasted in the group:\nxoxb-1234\n(posted by Angela, deleted from chat)", "Angela"),
    ("Passwort im Chat:\nabc123\n(gepostet von Jana, gelöscht)", "Jana"),
    ("mot de passe collé :\nabc\n(posté par Manon, supprimé)", "Manon"),
    ("Liebe Mitglieder, Danilo hat aus Versehen die Zugangsdaten verschickt.", "Danilo"),
    ("Hi all, Gustav has accidentally pasted the API key in the thread.", "Gustav"),
    ("Beste leden, Fenna heeft per ongeluk het wachtwoord gedeeld.", "Fenna"),
    ("Hola a todos, Remedios ha por error compartido la clave.", "Remedios"),
    ("Ahmet die Dame mit der Kuckucksuhr hat wieder angerufen, Nummer 0171 2345678", "Ahmet"),
    ("Johan die mevrouw met de Omega heeft gebeld, nummer 06 12345678", "Johan"),
    ("India - the lady with the Reverso rang again, 07700 900123", "India"),
    ("Manon, la dame avec la montre a rappelé au 06 12 34 56 78", "Manon"),
    ("El vecino del segundo (Azeneth Cuenca, +34 820 449 952) tiene llave.", "Azeneth Cuenca"),
    ("The neighbour (Tom Hale, 07700 900123) has a key.", "Tom Hale"),
    ("Incidencia 13:10: Rosendo España no abre, avisado el hijo.", "Rosendo España"),
    ("Melding 12:20: Phileine Slaetsdochter doet niet open, dochter gebeld.", "Phileine Slaetsdochter"),
    ("Fahrer 11:45: Jana Roth öffnet nicht, Nachbarin informiert.", "Jana Roth"),
    ("Remove that wording before it goes to the buyer's solicitors. (Tracey)", "Tracey"),
    ("Rewording it before it goes on the board. -Joseph", "Joseph"),
    ("Cambio la contraseña esta noche. Ciriaco", "Ciriaco"),
    ("Bitte den Satz vor dem Versand streichen. (Jana)", "Jana"),
    ("Junior licence (ages 13-16)\nJunior: Jessica\nDate of birth: 2012-01-02", "Jessica"),
    ("Lizenz Jugend\nJugendliche: Lea\nGeburtsdatum: 02.01.2012", "Lea"),
    ("Licencia juvenil\nMenor: Remedios\nFecha de nacimiento: 02/01/2012", "Remedios"),
    ("Devolución\nNombre: Baudelio Alcázar\nIBAN: ES03 3417 2479 2054 5707 6892", "Baudelio Alcázar"),
    ("Sperrmüll\nName: Zenta Börner\nAbholadresse: Ring 8, 1701 Purbach", "Zenta Börner"),
    ('{"id": "59", "nombre": "Teodosio Planas", "direccion": "Calle Mayor 3, Madrid"}', "Teodosio Planas"),
    ('{"nombre": "Alfredo España Menéndez", "email": "a@b.es"}', "Alfredo España Menéndez"),
    ("Fiche\nNom : Arnaude Costa\nIBAN : FR76 3000 6000 0112 3456 7890 189", "Arnaude Costa"),
    ("Trial flight voucher\nFor: Harriet\nPaid by card", "Harriet"),
    ("Gift voucher\nRecipient: Tom Hale\nValid for a year", "Tom Hale"),
    ("Cadeaubon\nVoor: Madelief\nBetaald met kaart", "Madelief"),
    ("Driver 13:10: Tom Hale not answering the door, curtains shut.", "Tom Hale"),
    ("Chat:\nsecret=abc\n(publicado por Remedios, borrado)", "Remedios"),
]

# Near misses of classes 9 to 17 that must stay as they were (no person, or not this one).
NOT_A_PERSON = [
    # at the merge: the full dump's false persons on four older splits, worded apart: an answer, a firm and a lot's
    # sponsor end a text or a line where the frames look for a signature or a gift's buyer
    ("Back pain since Monday. Pain 6/10.\nPrevious chiropractic care? No", "No"),
    ("Invoice 4411\nVAT 20%\nTotal due within 30 days. Collins-Sims", "Collins-Sims"),
    ("Questions? Call the branch. - Breen Group Lettings", "Breen"),
    ("TOMBOLA – les lots\n1er lot : panier garni offert par Maillet\n2e lot : bon d'achat", "Maillet"),
    ("TOMBOLA – les lots\n1er lot : panier garni offert par Weber\n2e lot : bon d'achat", "Weber"),
    ("Sorteo solidario\n1.er premio: cesta, comprada por Ferrero\n2.º premio: vale", "Ferrero"),
    ("Gutschein Wellness\nFür: 2 Personen\nGültig bis Mai", "Personen"),
    ("Junior licence\nJunior: 45 €\nSenior: 60 €", "45"),
    ("Name: Kubernetes Gold\nVersion: 3.2", "Kubernetes Gold"),
    ("Nom : Dupont Services\nProduit : cartouches", "Dupont Services"),
    ("Kandidaat: Annemie Andries\nDocent: de heer de Wit\nE-mail ouder: a@b.nl", "Docent"),
    ("Jemand hat aus Versehen die Zugangsdaten verschickt.", "Jemand"),
    ("Gift voucher\nFor: two people\nValid for a year", "two"),
    ("Bitte bis Freitag zurückmelden. Danke", "Danke"),
    ("See the Royal Albert Hall. New York Times", "New York Times"),
    ("Contact the office (Main Building, 020 7946 0000) for keys.", "Main Building"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round86_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round86_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round86_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(NOT_A_PERSON)])
def test_round86_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
