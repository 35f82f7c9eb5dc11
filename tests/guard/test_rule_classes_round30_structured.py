"""The structured rule classes fixed after the butte and caldera banks' misses and false positives
(issue 14, round 30). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. records: a health insurer's member number written as a sub-field after the insurer's own label
   ("Krankenkasse: Versichertennr. ...", "Mutualité : affilié n° ...", "Mutua: n.º de afiliado ...",
   "Ziekenfonds: lidnummer ...", "Health fund: member no. ..."): an insured member's number in a text
   about health insurance or care, as at a line's start before; "mutualité" (Belgium's health
   insurance fund) is an insurance word; a club's member number stays clean;
2. records: a care service's client number as a table's column ("client_no", "Klienten-Nr.",
   "n° d'usager", "usuario", "cliëntnr") in a table about care, as _CARE_KEY reads it in a
   sentence; a shop's client column stays clean;
3. records: the file's word inside a sentence, its number right after it: after a comma or a
   preposition and maybe a service's initials ("kept on OH record 2019-508178 and ...", "...,
   dossier 4471209.)", "in der Akte 4471209 vermerkt", "consigné au dossier 4471209", "anotado en
   historia 4471209", "vastgelegd in dossier 4471209"); after the reader's or the writer's own
   possessive, the number maybe in brackets ("linked to your record (4471209)", "votre dossier
   4471209", "uw dossier (4471209)"); in a text about care; an office's file stays clean;
4. care words: occupational health, its doctor and service ("occupational health", "Betriebsarzt",
   "médecine du travail", "salud laboral", "bedrijfsarts", "arbodienst"), the Dutch medical adjective
   ("medische gegevens") and blood pressure's care ("blood pressure", "Blutdruck", "tension
   artérielle", "presión arterial", "bloeddruk", "hypertension");
5. records: a file's number named by the file's word alone ("N° de dossier :", "Dossiernummer:",
   "numéro de dossier") on a lost-property or a travel report is that office's file, no patient's,
   unless the text speaks of care;
6. identifiers: the label written as a key in snake case ("steuer_id": "...", "bsn_nummer=..."); an
   aside between the link and the value ("ist übrigens", "is trouwens", "est d'ailleurs", "is by the
   way"); "number's" as "number is" ("My NHS number's 943 476 5919");
7. identifiers asked for in a question of a transcript, the answer on the next line after its time
   stamp and speaker ("[00:04:10] Sam: Ja, dat is 111222333.");
8. phones: an international number followed by a time in brackets ("+43 5410 83982 700 (15:03)":
   the bracket is no area code); the subscriber's part written compact, up to twelve digits ("+43
   (0) 7566 42370480"); a relative's word as a field's own label ("hija: 923628705", "daughter:
   ...", "Tochter: ...", "fille : ...", "dochter: ...");
9. cards: another thing's number shown by an example of its shape ("tracking numbers look like
   ...", "Sendungsnummern sehen so aus: ...", "les numéros de suivi ressemblent à ...", "los números
   de pedido son como ...", "trackingnummers zien eruit als ...");
10. a sub-field's label after a colon (class 1) is read as an insured member's only: "Museum
   ticket: admission no. ...", "Scanner settings: DPI no. ...", "MOT test result: PASS. Test number
   9336691530" stay unread.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a health insurer's member number as a sub-field
    ("medical_record", "Home care sheet\nHealth fund: member no. 2021-774120\nGP: Dr Hale", "2021-774120"),
    ("medical_record", "Pflegebogen\nKrankenkasse: Versichertennr. 2021-774120\nHausarzt: Dr. Roth", "2021-774120"),
    ("medical_record", "Fiche de soins\nMutualité : affilié n° 2021-774120\nMédecin : Dr Morel", "2021-774120"),
    ("medical_record", "Ficha de cuidados\nMutua: n.º de afiliado 2021-774120\nMédico: Dr. Gil", "2021-774120"),
    ("medical_record", "Zorgfiche\nZiekenfonds: lidnummer 2021-774120\nHuisarts: dr. Smit", "2021-774120"),
    # 2. a care service's client number as a table's column
    ("medical_record", "date\tclient_no\tname\thome visit by\n03/05\tP-4471209\tTom Hale\tAnn (nursing team)", "P-4471209"),
    ("medical_record", "Datum;Klienten-Nr.;Name;Pflegekraft\n03.05.;P-4471209;Anna Roth;Jonas", "P-4471209"),
    ("medical_record", "date;n° d'usager;nom;infirmière\n03/05;P-4471209;Léa Morel;Anne", "P-4471209"),
    ("medical_record", "fecha;usuario nº;nombre;enfermera\n03/05;P-4471209;Ana Gil;Rosa", "P-4471209"),
    ("medical_record", "datum;cliëntnr;naam;verpleegkundige\n03-05;P-4471209;Sanne Smit;Anna", "P-4471209"),
    # 3. the file's word inside a sentence; the reader's own possessive
    ("medical_record", "Occupational health review done; the notes are kept on OH record 2019-508178 and stay confidential.",
     "2019-508178"),
    ("medical_record", "Termin beim Betriebsarzt erledigt, Befunde in der Akte 4471209 vermerkt.", "4471209"),
    ("medical_record", "Visite à la médecine du travail faite, résultats consignés au dossier 4471209.", "4471209"),
    ("medical_record", "Revisión de salud laboral hecha, resultados anotados en historia 4471209.", "4471209"),
    ("medical_record", "Gesprek met de bedrijfsarts gehad (medische gegevens blijven daar, dossier K4471209).", "K4471209"),
    ("medical_record", "Your blood pressure readings are now linked to your record (4471209).", "4471209"),
    ("medical_record", "Vos mesures de tension artérielle sont liées à votre dossier 4471209.", "4471209"),
    ("medical_record", "Uw bloeddrukmetingen zijn gekoppeld aan uw dossier (4471209).", "4471209"),
    # 6. a key in snake case; an aside after the link; "number's"
    ("national_id", '{"kunde": "Anna Roth", "steuer_id": "51342846407", "sprache": "de"}', "51342846407"),
    ("national_id", 'import.log klant="Sanne Smit" bsn_nummer=111222333 status=ok', "111222333"),
    ("national_id", "Ach ja, meine Steuer-ID ist übrigens 51342846407.", "51342846407"),
    ("national_id", "O ja, mijn BSN is trouwens 111222333.", "111222333"),
    ("national_id", "Mon numéro national est d'ailleurs 85073003328.", "85073003328"),
    ("medical_record", "Oh, and my NHS number's 943 476 5919, in case.", "943 476 5919"),
    # 7. asked for in a transcript's question, the answer after its time stamp
    ("national_id", "[00:04:06] Interviewer: Mag ik uw BSN?\n[00:04:10] Sam: Ja, dat is 111222333.", "111222333"),
    ("national_id", "[00:04:06] Enquêtrice : Votre numéro national ?\n[00:04:10] Léa : C'est le 85073003328.",
     "85073003328"),
    ("national_id", "[00:04:06] Interviewerin: Und Ihre Steuer-ID?\n[00:04:10] Jonas: Das ist 51342846407.", "51342846407"),
    # 8. a time in brackets after an international number; a compact subscriber part; a relative's label
    ("phone", "SMS to +43 5410 83982 700 (09:12): your repeat prescription is ready.", "+43 5410 83982 700"),
    ("phone", "Rückruf an +43 (0) 7566 42370480 (10:40) erbeten.", "+43 (0) 7566 42370480"),
    ("phone", "Appel de +41 (0) 21 61234567 (08:05) manqué.", "+41 (0) 21 61234567"),
    ("phone", "Round 4 | 09:30 | Ana Gil | key under the mat | daughter: 612345678", "612345678"),
    ("phone", "Runde 4 | 09:30 | Anna Roth | Schlüssel beim Nachbarn | Tochter: 612345678", "612345678"),
    ("phone", "Tournée 4 | 09:30 | Léa Morel | clé chez la voisine | fille : 612345678", "612345678"),
    ("phone", "Ruta 4 | 09:30 | Ana Gil | llave en el buzón | hijo: 612345678", "612345678"),
    ("phone", "Ronde 4 | 09:30 | Sanne Smit | sleutel bij de buren | dochter: 612345678", "612345678"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round30_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


# 5, 9: flagged before, clean now
CLEARED = [
    ("medical_record", "Lost property report, airport terminal B\nN° de dossier : 3370917875\nItem: blue suitcase"),
    ("medical_record", "Verlustmeldung Flughafen\nDossiernummer: 3370917875\nGegenstand: Koffer, Reisepass liegt vor"),
    ("medical_record", "Déclaration de perte – aéroport\nN° de dossier : 3370917875\nObjet : valise bleue"),
    ("medical_record", "Melding gevonden voorwerp – luchthaven\nDossiernummer: 3370917875\nVoorwerp: blauwe koffer"),
    ("payment_card", "Q: What do your parcel codes look like?\nA: Our tracking numbers look like 6932839460144653."),
    ("payment_card", "Unsere Sendungsnummern sehen so aus: 6932839460144653."),
    ("payment_card", "Nos numéros de suivi ressemblent à 6932839460144653."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round30_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


NEAR_MISSES = [
    # 1. a club's member number, no insurance or care
    ("medical_record", "Tennis club sheet\nClub: member no. 2021-774120\nCoach: Tom"),
    ("medical_record", "Vereinsbogen\nVerein: Mitgliedsnr. 2021-774120\nTrainer: Jonas"),
    # 2. a shop's client column, no care
    ("medical_record", "date\tclient_no\tname\tproduct\n03/05\tP-4471209\tTom Hale\tlamp"),
    # 3. an office's file in a sentence, no care; a year after the file's word
    ("medical_record", "The contract is kept on HR record 2019-508178 and stays confidential."),
    ("medical_record", "Le contrat est consigné au dossier 4471209 du notaire."),
    ("medical_record", "Your parcel is now linked to your record (4471209)."),
    ("medical_record", "The nurse filed the report, see dossier 2019 onwards."),
    # 5. a lost-property file in a text about care stays a record
    # 6. a check digit that fails; an aside with a count
    ("national_id", '{"kunde": "Anna Roth", "steuer_id": "51342846408"}'),
    ("national_id", "Meine Steuer-ID ist übrigens 51342846408."),
    # 8. a relative's age, not their number; a time alone
    ("phone", "Age of son: 612345678"),
    ("phone", "Kinder: Tochter 12 Jahre, Sohn 9 Jahre (15:03)"),
    # 9. a card shown as a card
    # 10. a test's number after a result
    ("passport", "MOT test result: PASS. Test number 9336691530. Odometer 84,210 miles."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round30_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# 5: a file's word alone in a lost-property report that speaks of care is still the patient's
STILL_FOUND = [
    ("medical_record", "Lost property, hospital ward 4: the patient's bag was found.\nN° de dossier : 3370917875",
     "3370917875"),
    # 9: a card named as one
    ("payment_card", "Card number: 4111 1111 1111 1111", "4111 1111 1111 1111"),
]


@pytest.mark.parametrize("category,text,value", STILL_FOUND)
def test_round30_structured_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)
