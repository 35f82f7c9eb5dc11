"""The person rule classes fixed after the couloir and graupel banks' misses and false positives (issue 14,
round 44, person half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. who handles a case, captains a side or serves a customer, right before a first name ("Gestionnaire
   Monique", "Sachbearbeiterin Helene", "Behandelaar Hugo", "capt Jonathan 07700 ...", "Customer Chloe
   paid"), and a full name after a role only a person holds, the surname rare ("debiteur Loïs Noordijk",
   "Schuldner Helene Frisch"), not a firm ("Kunde Deutsche Bahn");
2. who is to be called or reminded ("Mme Barbe appellera Hortense cette semaine", "belt Bart hierover",
   "Remind Kathryn to bring ..."), and who gave a meeting's report ("Kassenbericht durch Julius,", "las
   presenta Emma;", "Float counted by Lisa and Dr Alexander");
3. a partner named by kinship ("her partner Kayla", "Partner Gina attended"), not a trading partner;
4. a full name before a German article is no particle: "..., dass Ulrich Hofmann den Saal ... hinterlassen
   hat" (the name is judged without "den Saal");
5. not people: a surgery, a pharmacy or a haulier named like a person ("this is Riverside Surgery", "Peter
   Appel Transport"), a pub's team after its article ("De Gouden Leeuw"), a hawk's species ("la buse de
   Harris", "Harris's hawk"), Spanish and German common nouns the name lists hold ("Regla de Graylog",
   "Lista Elo", "Erste Hilfe am Kind"); and left from round 43's banks: a club's field after its kind's
   abbreviation ("Club : VC Val de Loire"), a damage report's or a quote's key ("Daño:", "Devis :"), a firm's sign-off
   ("Viele Grüße" over "Hundepension Waldeck", "Groet, Boerderijwinkel De Hoeve"), a vets' practice, a removal
   from Brussels to Brussels.

Of the 46 cases below, 36 fail on round 43.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a case's handler, a side's captain, a customer; a role's holder in full
    ("person", "Plan de remboursement validé en 4 échéances. Gestionnaire Sylvie", "Sylvie"),
    ("person", "Se acuerda un plan de pagos a 12 meses. Gestor Ramón", "Ramón"),
    ("person", "Stundung bis März gewährt. Sachbearbeiter Jonas", "Jonas"),
    ("person", "Regeling getroffen in 5 termijnen. Behandelaar Sanne", "Sanne"),
    ("person", "KNOCKOUT CUP\nKing's Head v Swan   capt Rebecca 07700 900123", "Rebecca"),
    ("person", "Coupe - tour 2\nLe Balto B   capitaine Julien (06 12 34 56 78)", "Julien"),
    ("person", "Voucher 88213 used at the till. Customer Megan paid the rest in cash.", "Megan"),
    ("person", "Kunde Jonas bezahlt den Rest bar.", "Jonas"),
    ("person", "Your appointment is confirmed. Our technician Daniel will call ahead.", "Daniel"),
    ("person", "Gesprächsnotiz: Schuldner Helene Frisch bestreitet die Forderung.", "Helene Frisch"),
    ("person", "Belnotitie: debiteur Loïs Noordijk vraagt uitstel.", "Loïs Noordijk"),
    ("person", "Nota: la deudora Marta Uribe pide un aplazamiento.", "Marta Uribe"),
    # 2. who is called or reminded; who gave a report
    ("person", "La salle n'a pas été rendue propre. M. Favre appellera Sophie demain.", "Sophie"),
    ("person", "De sleutel is kwijt. Mevr. Janssens belt Pieter hierover.", "Pieter"),
    ("person", "Zeltlager: Frau Weber ruft Jonas morgen an.", "Jonas"),
    ("person", "Subs due by Friday. Remind Olivia to bring the raffle tickets.", "Olivia"),
    ("person", "Hoja de pagos: la conserje llamará a Elena mañana.", "Elena"),
    ("person", "TOP 4: Kassenbericht durch Petra, Entlastung erteilt.", "Petra"),
    ("person", "4. Financieel verslag door Joris, zonder opmerkingen.", "Joris"),
    ("person", "4. Cuentas del ejercicio: las presenta Lucía; aprobadas.", "Lucía"),
    ("person", "Bake sale: float counted by Hannah and Mr Patel.", "Hannah"),
    ("person", "Point 3 : rapport financier par Camille, adopté à l'unanimité.", "Camille"),
    # 3. a partner
    ("person", "Home visit 12/03: met the carer and her partner Rachel. All well.", "Rachel"),
    ("person", "Transfer day 5. Partner Emily present, consent re-signed.", "Emily"),
    ("person", "Beim Hausbesuch war auch ihr Partner Tobias dabei.", "Tobias"),
    ("person", "Acude con su pareja Rosa a la revisión.", "Rosa"),
    # 4. a name before a German article
    ("person", "Der Küster meldet, dass Katharina Vogel den Schlüssel nicht zurückgegeben hat.", "Katharina Vogel"),
    ("person", "Bekannt ist, dass Maria van den Berg das Haus verkauft hat.", "Maria van den Berg"),
    ("person", "Heute hat Anna Schmidt den Schlüssel.", "Anna Schmidt"),
    ("person", "Gisteren kwam Anna Maria den Hartog langs.", "Anna Maria den Hartog"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round44_person_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NOT_PEOPLE = [
    "trading partner Meyer, Beltran and Brown confirmed the order",
    "Kunde Deutsche Bahn: Rahmenvertrag verlängert.",
    "[SMS] Hello, this is Parkside Surgery: your flu jab is due.",
    "Im Auftrag von Peter Appel Transport fordern wir 920,00 EUR.",
    "Speelronde 3\nDe Gouden Leeuw - De Zwarte Ruiter",
    "Au programme : la buse de Harris, l'aigle de Bonelli et deux faucons.",
    "Flying display: our Harris's hawk and a barn owl.",
    "Regla de Grafana: ignorar 10.0.0.0/8",
    "Lista Elo de octubre publicada.",
    "12.03.2027 Erste Hilfe am Kind - angemeldet",
    # arete's and crevasse's false persons, left by round 43
    "Licence 2027\nClub : AC Val de Marne\nCatégorie : Masters",
    "Parte de daños\nDocumento: DNI\nDaño: rueda pinchada\nCargo: 40,00 €",
    "Vielen Dank für Ihre Buchung.\nViele Grüße\nHundepension Berger",
    "Vragen? Bel ons.\nGroet, Bloemenwinkel De Roos",
    "Registered with Rowan Vets since 2020.",
    "Devis : déménagement Bruxelles → Bruxelles, forfait 900 €",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_round44_not_people_stay_clean(scanner: Scanner, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "person"] == []
