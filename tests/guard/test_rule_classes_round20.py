"""The person rule classes fixed after the canyon and prairie banks' misses and false positives
(issue 14, round 20). Both banks were written by engineers who never saw the rules, measured once
with round 18 and once with round 19 (docs/guard.md), then tuned on. Each class is tested with
variants the banks did not use and with look-alikes that must stay as they are.

1. people:
   - a role's label in five languages: godparents ("Pate:", "Marraine :"), who processed or
     reviewed a case ("Bearbeitet:", "Traité par :"), buyers and sellers, residents and service
     users, an emergency call's caller ("Alertante:");
   - who did something in a log line's key=value pairs ("reviewer=Abigail", name="...");
   - a chat speaker named by a role and a first name ("[17:47] Conseillère Yvette :");
   - an age after a first name ("Erica, 34, known asthmatic");
   - introductions: "de la part de", "signed by", "prefers to be called", "ik ben trouwens";
   - particulars after a name: "con pasaporte", "demeurant", "wohnhaft";
   - a word-like first name asked to do something ("Mark, please amend ...");
   - a contact's unlisted name before its phone ("Contact : Margaud, 0223139566");
   - a title in a CSV cell ("7;Dr. Pintor;");
   - the whole value of a person's label, up to four words ("Acheteur : Gilbert Sandrine Chatriant").
2. not people: a pet (a species before it, or prose at a vet's); a thing named after someone
   ("naming the new wing after Ada Lovelace"); a residence, a parish or a court before a name; a
   hall ("Christiaan Huygenszaal"); German ministers' compounds ("Bundesarbeitsminister ...");
   peers and judges ("Lord Neuberger", "Lady Hale"); a Dutch medical centre as a partner
   ("... en Erasmus MC"); a firm's partners ("Russell, Haley and Tucker Dental"); an answer word
   after a speaker ("Interviniente 1: Vale, ..."); taxes and councils ("Capital Gains Tax").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    ("person", "Taufe am 12.05.2024\nPatin: Roswitha\nAusgestellt vom Pfarramt", "Roswitha"),
    ("person", "Acte de baptême\nMarraine : Ghislaine\nParrain : Thibault", "Ghislaine"),
    ("person", "Antrag geprüft.\nBearbeitet: Wiltrud, 2026-11-02", "Wiltrud"),
    ("person", "Dossier clos.\nTraité par : Anaïs Moreau", "Anaïs Moreau"),
    ("person", "Koopovereenkomst\nVerkoper: Joost Hoekstra\nKoper: Marieke Dam", "Marieke Dam"),
    ("person", "Usuaria: Remedios Vallejo\nFecha: 3 de mayo", "Remedios Vallejo"),
    ("person", "Centro 112 – 04:12\nAlertante: Maximino Roldán, tfno. 612 44 55 66", "Maximino Roldán"),
    ("person", "ts=2026-11-02T08:14:00Z action=remove_listing reviewer=Priyanka reason=spam", "Priyanka"),
    ("person", 'event=door_open member=4471 name="Roisin Keane" result=GRANTED', "Roisin Keane"),
    ("person", "[09:02:11] Conseiller Mathéo : Bonjour, que puis-je faire ?", "Mathéo"),
    ("person", "[14:20] Mitarbeiterin Svenja: Ich schaue nach.", "Svenja"),
    ("person", "Dispatch: crew 4, your patient is Delphine, 71, fall at home.", "Delphine"),
    ("person", "Pensées émues. De la part de Gaëtan et de toute la famille.", "Gaëtan"),
    ("person", "Care plan: Mr. Okafor (prefers to be called Nick)", "Nick"),
    ("person", "Dat klinkt goed, ik ben trouwens Sanne", "Sanne"),
    ("person", "Se presentó Eulalio Cabañas, con pasaporte n.º XDA123456, a las 10:00.", "Eulalio Cabañas"),
    ("person", "Entre : Aurore Lemaître, demeurant 3 rue des Lilas à Lyon,", "Aurore Lemaître"),
    ("person", "Mark, please send the signed lease by Friday.", "Mark"),
    ("person", "Contact : Ondine, 06 12 34 56 78", "Ondine"),
    ("person", "Mandat SEPA\nNom du titulaire du compte : Gwenaëlle Le Bris\nIBAN : FR76", "Gwenaëlle Le Bris"),
    ("person", "Das Foto darf nicht online. Mark, bitte heute noch löschen.", "Mark"),
    ("person", "id;name;diet\n3;Dr. Castellanos;vegano;\n4;Ana Ruiz;ninguna;", "Castellanos"),
    ("person", "Acheteur : Gilbert Sandrine Chatriant\nAdresse : rue des Lilas", "Gilbert Sandrine Chatriant"),
    # near misses of the new "not a person" classes: people stay people
    ("person", "Dear Lady Smith, your invoice 4471 is attached.", "Smith"),
    ("person", "The baby was named after her grandmother Anna Weber.", "Anna Weber"),
    ("person", "Termin mit Finanzministerin Anna Weber, Ihr Anliegen", "Anna Weber"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round20_rule_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    "Our dog Biscuit is due his booster on Friday.",
    "Tierarztpraxis am Park: Ihr Kater Felix ist zur Impfung fällig.",
    "Clínica veterinaria: Luna tiene cita para la vacuna el martes.",
    "The council voted on naming the new library after Mary Seacole.",
    "Das Gymnasium wurde 1990 benannt nach Sophie Scholl.",
    "La residencia Rosalía de Castro abre sus puertas en mayo.",
    "Concert in de Willem Barentszzaal om 20.00 uur.",
    "Bundesgesundheitsministerin Nina Warken stellte den Plan vor.",
    "Judgment: Lord Reed and Lady Arden agreed; Lord Sales dissented.",
    "Drinks at the Lord Nelson after the quiz.",
    "Deelnemende centra: Jeroen Bosch Ziekenhuis en Radboud UMC.",
    "Your appointment at Russell, Haley and Tucker Dental is on Monday.",
    "[00:12:03] Interviniente 2: Vale, que conste en acta.",
    "Income Tax and Capital Gains Tax are due by 31 January.",
    "Minutes - Staff Council, 2026-01-13",
    "Devis – remplacement des plaquettes, 240 €",
    "Registrant Email: ops@example.net\nName Server: ns1.example-dns.net",
    "Hello World!\nThis is the first post.",
    "Paris, please note the new opening hours.",
    "level=info user=admin msg=started",
    "Verkoper: Ja hoor, nog beschikbaar.\nKoper: Top!",
    "Nom de l'entreprise : Agence Moreau",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round20_near_misses_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
