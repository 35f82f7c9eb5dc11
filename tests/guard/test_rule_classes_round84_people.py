"""The person classes fixed after the clough and knott banks (round 84, persons half, by a helper): clough's false persons
(39; 4.4% of its clean rows flagged), classes 1 to 5, and the two banks' missed persons (clough 23, recall 0.976; knott
21, recall 0.979), classes 6 to 15. Each case is worded differently from the bank, in the languages where the class
exists, with near misses that must stay as they were:

1. a place named after a person, a waterside place's word last ("Office: Nelson Quay, Manchester", "Victoria Wharf",
   "Willem Kade") or first in French and Spanish ("Quai Jean Moulin", "Muelle Reina Victoria"); "Pier Paolo Rossi"
   (the word first) stays a person;
2. a fashion house named after its designer in a shop's price list, after a garment's plural and "de"/"by"/"von"/"van"
   with a price on the line ("Trajes de Adolfo Domínguez y Purificación García solo con cita", "suits by Paul Smith
   from £40", "Anzüge von Hugo Boss ab 30 €"); a customer's "Los trajes de Juan Pérez están listos" (no price) stays a
   person;
3. a logistics site after a title's dash, its site word first ("Red de paletería – Hub Zaragoza", "Pallet network -
   Depot Leeds"); "Contact: Hub Janssen" stays a person;
4. a machine's part before a part's word ("Yaw brake pads at 60% wear", "Yaw drive motor replaced"); "Yaw called" stays
   a person;
5. a firm named after its partners, the first partner before the others and the form ("Afzender: Gielen, Moens en Van
   Assche CommV", "Müller, Roth & Weber GmbH"); "Anna Weber, Jan Roth en ik" stays people;

6. a party's label the rules did not know ("Registered keeper:", "Berth holder:", "Geadresseerde:", "Gericht aan:",
   "Destinataire :", "Empfänger:", "Child:", "Enfant :", "Eltern:", "Ouders:", "Padres:"); "Child: Yes", "Kind:
   Standard", a firm of partners after the label and a firm named for two surnames ("Addressee: May-Tran, Boston",
   added at the merge: "Tran" is a listed first name, but no common one) stay clean, a compound first name
   ("Child: Katie-Louise") stays a person; a consignee's label is left out (mostly firms);
7. an account's holder between a record's pipes ("| houder Victoria Scuylenborchs |", "| holder Tom Hale |");
8. a passenger's or a customer's full name as a JSON record's value ("pasajero": "Victor España Tomás");
9. a partner joined by "+" or "/" to a person found ("Techs Francis Stephenson + Gary climbed", "Eltern: Silvester
   Röhrdanz / Enno"), or by "&" with a surname ("Benno Medina Schärer & Diether Keudel"); a pet after "+" with its
   kind in brackets ("Nicholas Riley + Luna (lab x)"), an agility list's dog after "&" ("Tom Reed & Juno") and a
   department ("Anna Weber / Marketing") stay clean;
10. a customer's first name before a lower-case verb ("el cliente Porfirio dice", "le client Gabriel conteste", "der
    Kunde Jonas sagt", "de klant Fenna zegt", "the customer Dawn says");
11. a caller's introduction with no apostrophe ("hi its Crystal from flat 4", "hello im Tom from the garage");
12. a receiver after "signed for by" ("Signed for by Dawn (pax's daughter)", "unterschrieben von Jana (Tochter)",
    "signé par Manon", "firmado por Remedios", "getekend door Fenna"); "signed by DHL." stays clean;
13. a neighbour's first name before the flat's number ("knocked 18:20, Patrick at flat 2 says", "Jana in Wohnung 3");
14. a message's lone first name at its end after a sentence's end, a first-person word before ("... espero 10 min.
    Virginia", "... ring me back. Harriet"); a text with no first-person word ("Status: closed. Madison") stays clean;
15. a surname after two titles ("Kunde: Herr Dr. Gut", "Frau Prof. Klein", "Mme Dr Petit"), and a full name before a
    national number's label ("Dossier – Esila Sestig, rijksregisternummer ...", "Expediente – Teodosio Reina, DNI").

Of the 74 cases below (16 things to leave out, 42 people to catch, 16 near misses that must stay as they were), 29 fail
on round 83's rules: 7 of the things (the French, German and Spanish waterside places, the English and German suits,
the French robes, the depot, the turbine's part and the English firm were no persons already) and 22 of the people
(the others, worded with labels or first names the rules knew, were found already and keep the new frames from
breaking them).
"""

from __future__ import annotations

import pytest

from tests.guard.test_rule_classes import found
from workloads.guard import Scanner

# Classes 1 to 5: the thing named after a person is no person.
LEAVE = [
    ("Visitors' berths £3.40/m. Office: Nelson Quay, Leeds", "Nelson Quay"),
    ("Harbour office at Victoria Wharf, open 8-18", "Victoria Wharf"),
    ("Liegeplatz am Kaiser Wilhelm Kai, 12 € pro Nacht", "Kaiser Wilhelm Kai"),
    ("Rendez-vous au Quai Jean Moulin, 9h", "Quai Jean Moulin"),
    ("Amarre en el Muelle Reina Victoria, 20 € la noche", "Muelle Reina Victoria"),
    ("Arreglos: dobladillo 8 €, cremallera 12 €. Vestidos de Carolina Herrera y Ágatha Ruiz solo con cita.",
     "Carolina Herrera"),
    ("Arreglos: dobladillo 8 €, cremallera 12 €. Vestidos de Carolina Herrera y Ágatha Ruiz solo con cita.", "Ágatha Ruiz"),
    ("Alterations: hems £12, zips £15. Suits by Paul Smith from £40.", "Paul Smith"),
    ("Änderungen: Saum 9 €. Anzüge von Hugo Boss ab 30 €.", "Hugo Boss"),
    ("Retouches : ourlet 9 €. Robes de Jean Paul Gaultier sur rendez-vous, 40 €.", "Jean Paul Gaultier"),
    ("Red de paquetería – Hub Valencia\nDestinatario: Ana Gil", "Hub Valencia"),
    ("Pallet network - Depot Leeds\nConsignee ref 44", "Depot Leeds"),
    ("10:10  Yaw drive motor replaced\n11:00  done", "Yaw"),
    ("Afzender: Peeters, Janssens en Van Damme CommV, Brugge", "Peeters"),
    ("Absender: Müller, Roth und Weber GmbH, Köln", "Müller"),
    ("Sender: Harrington, Cole and Brown LLP, Leeds", "Harrington"),
]

# Near misses of classes 1 to 5: people stay people.
KEEP = [
    ("Contact: Pier Paolo Rossi, harbour master", "Pier Paolo Rossi"),
    ("Los trajes de Juan Pérez están listos para recoger.", "Juan Pérez"),
    ("Kontakt: Hub Janssen, Tel. intern 24", "Hub Janssen"),
    ("Call from Yaw Mensah about the invoice yesterday.", "Yaw Mensah"),
    ("Wir sind Anna Weber, Jan Roth und ich.", "Anna Weber"),
]

# Classes 6 to 15: the frames' people.
CATCH = [
    ("Registered keeper: Tamsin Orchard\nVehicle: blue Ford Fiesta", "Tamsin Orchard"),
    ("MARINA INVOICE\nMooring holder: Fainche Dolan\nBerth C-14", "Fainche Dolan"),
    ("Liegeplatzinhaber: Jana Roth\nSteg 4", "Jana Roth"),
    ("Geadresseerde: Annemijn Weylant\nJeanlei 9", "Annemijn Weylant"),
    ("Gericht aan: Ninthe Oversteeg", "Ninthe Oversteeg"),
    ("Destinataire : Solène Marchal\n3 rue Haute", "Solène Marchal"),
    ("Child: Harriet   DOB 02/03/2015", "Harriet"),
    ("Enfant : Manon, née le 3 mai 2016", "Manon"),
    ("Ouders: Fenna de Vries / Joppe", "Fenna de Vries"),
    ("Ouders: Fenna de Vries / Joppe", "Joppe"),
    ("payout 771 | holder Tom Hale | IBAN GB29 NWBK 6016 1331 9268 19", "Tom Hale"),
    ("virement 12 | titulaire Solène Marchal | statut : bloqué", "Solène Marchal"),
    ('{"expediente": "7c1", "pasajero": "Remedios Gil Ortega", "estado": "abierto"}', "Remedios Gil Ortega"),
    ('{"booking": 5, "passenger": "Imogen Hale", "seat": "4C"}', "Imogen Hale"),
    ("Monteure Jana Roth + Tobias kletterten um 8 Uhr hoch", "Tobias"),
    ("Techs Harriet Cole + Simon climbed at 08:40", "Simon"),
    ("sala norte: la clienta Remedios pide el libro de reclamaciones", "Remedios"),
    ("der Kunde Jonas sagt, der Automat hat 20 € geschluckt", "Jonas"),
    ("de klant Fenna zegt dat de automaat haar geld hield", "Fenna"),
    ("hey its Harriet from number 12, the boiler is broken again", "Harriet"),
    ("Parcel delivered 19:10. Received by Imogen (neighbour) at the door.", "Imogen"),
    ("Paket zugestellt, unterschrieben von Jana (Tochter) an der Tür.", "Jana"),
    ("Colis livré, signé par Manon (sa fille) à 19h.", "Manon"),
    ("Door-to-door 3 - 17:05, Harriet at flat 6 says she will post the form.", "Harriet"),
    ("Llevo 10 minutos esperando en la puerta, no contesta nadie. Remedios", "Remedios"),
    ("I rang twice and nobody answered, please ring me back. Harriet", "Harriet"),
    ("Patient: Frau Prof. Klein, Station 3", "Klein"),
    # worded after the banks' misses, each missed by round 83's rules
    ("salle 2 : le client Olivier dit que la machine a avalé 20 €", "Olivier"),
    ("the customer Dawn says the machine ate her card", "Dawn"),
    ("hiya its Crystal from flat 9, the heating is off", "Crystal"),
    ("hello im Tom from number 4, the bins were not collected", "Tom"),
    ("Canvass 3 - 17:05, Brenda at flat 6 says she will post it back.", "Brenda"),
    ('{"id": 7, "pasajero": "Victor España Tomás", "estado": "abierto"}', "Victor España Tomás"),
    ("uitbetaling 12 | houder Victoria Scuylenborchs | IBAN NL75 ABNA 0417 1643 00", "Victoria Scuylenborchs"),
    ("Kunde: Herr Dr. Gut\nTel. 044 123 45 67", "Gut"),
    ("Child: Elizabeth   DOB 22 January 2009", "Elizabeth"),
    ("Eltern: Silvester Röhrdanz / Enno", "Enno"),
    ("Estoy en la puerta con el paquete y nadie abre, espero 10 min. Virginia", "Virginia"),
    ("I'm outside with your parcel, nobody answers, waiting 5 min. Virginia", "Virginia"),
    ("Dossier – Esila Sestig, rijksregisternummer 62.10.08-001.64", "Esila Sestig"),
    ("Hochzeitspaar: Benno Medina Schärer & Diether Keudel\nLieferadresse: Hauptstraße 4", "Diether Keudel"),
    ("Aanvraag – Kasimir Boucsein, rijksregisternummer 62.10.08-001.64", "Kasimir Boucsein"),
    # added at the merge: a compound first name after a party's label stays a person
    ("Child: Katie-Louise   DOB 22 January 2009", "Katie-Louise"),
    ("Enfant : Jean-Pierre\nNé le 3 mars 2015", "Jean-Pierre"),
]

# Near misses of classes 6 to 15: things stay clean.
NOT_A_PERSON = [
    ("Child: Yes\nParent: ...", "Yes"),
    ("Kind: Standard\nPreis: 12 €", "Standard"),
    ("Geadresseerde: Heylen, De Coster en Maertens\nKerkstraat 4", "Heylen"),
    ("Consignee: Whitehead-Duncan, Leeds\nETA 08/23/2027", "Whitehead-Duncan"),
    ("1. Nicholas Riley + Luna (lab x) ✔\n2. Tom Hale + Moss (collie) ✔", "Luna"),
    ("Contact: Anna Weber / Marketing", "Marketing"),
    ("Running order - Ring 3, Jumping G1\n1  Sally Hart & Pepper\n2  Tom Reed & Juno", "Juno"),
    ("the client Portal says the token expired", "Portal"),
    ("Parcel signed by DHL. Reference 4471", "DHL"),
    ("Status: closed. Madison", "Madison"),
    ("Kontakt: Herr Dr. med. Weber", "med"),
    # added at the merge: a firm named for two surnames after a party's label (one on gorge in the full dump)
    ("Ship to: 48 Neal Retreat, Kimmouth, VIC, 2920\nAddressee: May-Tran, Boston\nContents: 2 x used paperbacks",
     "May-Tran"),
    ("Registered keeper: Smith-Jones, Leeds", "Smith-Jones"),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize("text,thing", LEAVE, ids=[f"{i}:{thing}" for i, (_, thing) in enumerate(LEAVE)])
def test_round84_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []


@pytest.mark.parametrize("text,name", KEEP, ids=[f"{i}:{name}" for i, (_, name) in enumerate(KEEP)])
def test_round84_people_near_misses_stay_persons(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,name", CATCH, ids=[f"{i}:{name}" for i, (_, name) in enumerate(CATCH)])
def test_round84_people_frames_catch_the_name(scanner: Scanner, text: str, name: str) -> None:
    assert ("person", name) in found(scanner, text)


@pytest.mark.parametrize("text,thing", NOT_A_PERSON, ids=[thing for _, thing in NOT_A_PERSON])
def test_round84_people_frames_leave_things(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person" and thing in h[1]] == []
