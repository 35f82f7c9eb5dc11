"""The person rule classes fixed after the fjord and mesa banks' misses and false positives
(issue 14, round 23). Each case below is worded differently from the banks, in the five
languages, with near misses that must stay as they were:

1. a carer, a chaperone, a nurse or a relative named by the label of that role ("Carer: Jeremy",
   "Angehöriger: Zoran", "Aide-soignante : Inès", "Cuidadora: Rocío", "Mantelzorger: Joost"): a
   lone first name after it is a person's, as after "Patient:"; a role left empty ("Nurse: on
   call", "Familiar: sí") stays clean;
2. a booking app's notification ("New appointment: Olivia – gel nails", "Neuer Termin: Johanna –
   Färben"): the first name after it is the customer's;
3. a member's key in a log line or a record ("Mitglied=\"...\"", "lid=\"...\"", "socio=..."),
   like "member="; a club's, a salon's or a practice's name there ("Club Atlético", "Salon
   Marie", "Praxis Weber") is not a person's;
4. a venue that chats with its customers under its own noun ("[09:12] Salon: Hi Dana!",
   "[14:02] Praxis: Ihr Termin ..."): the venue speaks, the customer it greets is a person;
5. a founder in an institution's history ("founded in 1946 by ...", "1974 von ... gegründet",
   "fondée par ...", "fundada por ...", "opgericht door ..."): a public figure, unless the
   sentence is the writer's own firm, addresses someone or gives contact details;
6. a knight or a dame in a narrative ("Sir John Charnley developed ...", "Dame Cicely Saunders
   founded ..."): a public figure, where "Dear Sir John ...", a guest list or contact details
   keep a private person;
7. acts on a festival's bill ("X and Y headline the main stage", "... op het hoofdpodium",
   "... encabezan el cartel"): performers in their public role, where a crew pass, an order or
   contact details on the line keep a private person;
8. a famous name after a particle in a thing's name ("Sagrada Família de Antoni Gaudí"): the listed public figure is found behind the particle, where a first
   name before it ("Lucía de ...") still makes the whole run a person's;
9. "An", a Flemish given name written like a function word, before a listed surname where a
   label, a sign-off, a greeting or a person's column expects a name ("Met vriendelijke groet,
   An Vinck"); "An" opening a sentence stays a word;
10. the nurse's initials field of German care records ("Hz.: Jann") and an athlete's label in a
   competition or anti-doping record ("Athlete:", "Sportlerin:", "Deportista:", "Atleet:");
11. a surname that is also a brand named like a doctor ("Dr. Scholl", "Dr. Oetker") is a person's
   after a personal title ("Frau Dr. Scholl", "Mrs Dr Oetker"); the brand alone stays clean.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. care roles and relatives as labels
    ("person", "Home visit 14:00-14:30\nCare worker: Priya\nNotes: shopping done, fridge restocked", "Priya"),
    ("person", "Medical exam, room 3\nChaperone: Martha (present throughout)", "Martha"),
    ("person", "Next of kin: Graham, son, informed of the admission", "Graham"),
    ("person", "Pflegebericht Frühdienst\nPflegekraft: Johanna\nWunde trocken, Verband erneuert", "Johanna"),
    ("person", "Aufnahme Station 3\nAngehöriger: Dieter (Sohn) wurde benachrichtigt", "Dieter"),
    ("person", "Passage du matin\nAide-soignante : Sylvie\nToilette faite, petit-déjeuner pris", "Sylvie"),
    ("person", "Admission en EHPAD\nPersonne à prévenir : Bernard (neveu)", "Bernard"),
    ("person", "Parte de visita domiciliaria\nCuidadora: Rocío\nSe administra la medicación de la mañana", "Rocío"),
    ("person", "Ingreso en planta\nFamiliar: Ramón (hermano), avisado por teléfono", "Ramón"),
    ("person", "Zorgdossier ochtendronde\nVerzorgende: Femke\nMevrouw heeft goed geslapen", "Femke"),
    ("person", "Opname afdeling 2\nMantelzorger: Joost (zoon) is op de hoogte", "Joost"),
    # 2. booking app notifications
    ("person", "New appointment: Olivia – gel nails, Thursday 16:00", "Olivia"),
    ("person", "Neuer Termin: Johanna – Färben und Schneiden, Freitag 9 Uhr", "Johanna"),
    ("person", "Nouvelle réservation : Camille – manucure, mardi 14h", "Camille"),
    ("person", "Nueva reserva: Marta – pedicura, jueves 17:30", "Marta"),
    ("person", "Nieuwe boeking: Femke – pedicure, woensdag 11:00", "Femke"),
    # 3. a member's key in a log line
    ("person", 'ts=2026-03-01T07:12:09Z gate=north Mitglied="Jana Vogt" result=granted', "Jana Vogt"),
    ("person", 'ts=2026-03-01T07:12:09Z porte=nord membre="Claire Morel" statut=ok', "Claire Morel"),
    ("person", 'ts=2026-03-01T07:12:09Z puerta=norte miembro="Lucía Ortega" estado=ok', "Lucía Ortega"),
    ("person", 'ts=2026-03-01T07:12:09Z poort=noord lid="Sanne de Wit" status=ok', "Sanne de Wit"),
    # 4. the customer a venue greets in its chat
    ("person", "[09:12] Salon: Hi Dana! Your colour appointment is tomorrow at 11.", "Dana"),
    ("person", "[14:02] Praxis: Hallo Birgit, Ihr Termin ist am Montag.", "Birgit"),
    # 5.-8. the private people beside the public ones stay persons
    ("person", "My bakery, founded by Anna de Vries in 2019, tel. 06 12345678", "Anna de Vries"),
    ("person", "Dear Sir John Smith, your room is ready.", "John Smith"),
    ("person", "Crew pass: Anna Schmidt, main stage, wristband 7", "Anna Schmidt"),
    ("person", "Lucía de Antoni Gaudí llamó ayer por la tarde.", "Lucía de Antoni Gaudí"),
    # 9. "An" before a surname where a name is expected
    ("person", "Bedankt voor uw geduld.\n\nMet vriendelijke groeten,\nAn Peeters", "An Peeters"),
    ("person", "Dag An Janssens,\n\nuw afspraak is verzet.", "An Janssens"),
    ("person", "dossier;klant;bedrag\n2291;An De Smet;120,00", "An De Smet"),
    # 10. initials fields and athletes (a lone first name, as competition start lists write them)
    ("person", "Wundprotokoll 14.03.\nHz.: Marlene\nNächster Besuch Mittwoch", "Marlene"),
    ("person", "Doping control form\nAthlete: Jessica\nSample ID: A-220931", "Jessica"),
    ("person", "Dopingkontrolle\nSportlerin: Katharina\nProbe: 4471209", "Katharina"),
    ("person", "Contrôle antidopage\nAthlète : Camille\nÉchantillon : 4471209", "Camille"),
    ("person", "Control antidopaje\nDeportista: Lucía\nMuestra: 4471209", "Lucía"),
    ("person", "Dopingcontrole\nAtleet: Sanne\nMonster: 4471209", "Sanne"),
    # 11. a brand-named surname after a personal title
    ("person", "Behandelnde Ärztin: Frau Dr. Oetker, Station 4", "Oetker"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round23_person_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    # 1. a role left empty or answered
    "Home visit\nNurse: on call\nCarer: none needed today",
    "Pflegekraft: nicht erforderlich",
    "Ingreso\nFamiliar: sí, avisado",
    "Verzorgende: 2x per dag",
    # 3. a club's, a salon's or a practice's name under a member's or a customer's key
    'socio="Club Atlético" cuota=30',
    'customer="Salon Marie" invoice=INV-2291',
    'kunde="Praxis Weber" rechnung=RE-4410',
    # 4. the venue itself
    "[09:12] Salon: Reminder - we close at 6pm today.",
    # 5. founders of institutions
    "The hospice movement's first hospital was founded in 1967 by Cicely Saunders.",
    "Die Stiftung wurde 1974 von Mildred Scheel gegründet.",
    "La Croix-Rouge a été fondée par Henri Dunant.",
    "La fundación fue fundada por Vicente Ferrer.",
    "Het Rode Kruis werd opgericht door Henri Dunant.",
    # 6. knights and dames in a narrative
    "Sir John Charnley developed the low-friction hip arthroplasty.",
    "Dame Cicely Saunders's work changed palliative care.",
    # 7. acts on a festival's bill
    "Saturday: Florence and Ella Henderson headline the main stage; gates open at 14:00.",
    "Samstag: Clueso und Max Giesinger auf der Hauptbühne; Einlass 15 Uhr.",
    "Samedi : Zaz et Louane en tête d'affiche sur la grande scène.",
    "Sábado: Aitana y Pablo Alborán encabezan el cartel del escenario principal.",
    "Zaterdag: Maan en Suzan & Freek op het hoofdpodium; deuren open 14:00.",
    # 8. a famous name behind a particle in a thing's name
    "Visita guiada: Sagrada Família de Antoni Gaudí, salida a las 10:00.",
    # 9. "An" as a word
    "An Apple engineer fixed the bug in the iOS app.",
    "An alle Mitarbeiter: Bitte die Spinde leeren.",
    # 10. an initials field with no name
    "Hz.: 4 Striche, siehe Bogen",
    # 11. the brands
    "Dr. Scholl Fußpflege-Creme, 75 ml, EAN 4000000000000",
    "Dr. Oetker Pizza Tradizionale, 2 Stück",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round23_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
