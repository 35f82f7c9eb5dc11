"""The structured rule classes fixed after the delta and atoll banks' misses and false positives
(issue 14, round 25). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. records: a record's label with the institution that gave it as a compound or with its
   preposition, then a qualifier in brackets ("Patientennummer Kinderklinik (Diabetes):", "Fallnummer
   Universitätsklinikum (Onkologie):", "N° de dossier à l'hôpital (allergie) :", "Número de historia
   del hospital infantil (cardiología):", "Patiëntnummer kinderziekenhuis (longziekten):"); a label
   that is no record's ("Bestellnummer Kinderklinik") stays clean;
2. labels: a longer note in brackets (up to 60 characters, words only) after an identifier's label,
   saying where to find it or what it is wanted for ("NHS number (you will find it on any letter
   from your surgery):", "Patientennummer (steht oben rechts auf jedem Brief der Klinik):",
   "Burgerservicenummer (nodig voor de inschrijving bij de nieuwe huisarts):", a passport's "(required
   for the local police register)"); a long bracket with a figure in it is no such note;
3. dates of birth: the birth's verb, the place, then the date, as a deed or a CV writes it ("born in
   Leeds on 12 March 1961", "geboren in Frankfurt am Main am ...", "née à Saint-Étienne le ...",
   "nacido en San Sebastián el ...", "geboren te Den Haag op ..."), a country in brackets may follow
   the place; a date of history and a place with no date stay clean;
4. records: HL7 v2's patient segment, its identifier fields (PID-2, PID-3, PID-4) with no type
   code ("PID|1||2019-447120^^^STMARY||..."): the patient's identifier; a typed one keeps its type
   ("^DL"), a short number is none;
5. cards: the link verb between the card's word and a 13-digit number ("card is 4658...", "Meine
   Kartennummer ist ...", "ma carte, c'est le ...", "la tarjeta es la ...", "kaartnummer is ..."); a
   gift card's number stays clean;
6. phones: text messages as the way to reach someone, right before the number ("prefers texts:
   0423.5400", "Textnachrichten bitte an ..."); "texts" earlier in the sentence does not count;
7. phones: a question that invites questions, the number right after it as its answer ("Any
   questions? 07700 900123", "Noch Fragen? ...", "Des questions ? ...", "¿Dudas? ...", "Vragen? 00/
   552 68 14"); a word between the question and the number keeps it out;
8. streets: a French street line's name ends at a sentence's full stop ("12, rue de la Paix. Merci"
   ends at "Paix"; "rue St. Pierre" keeps its abbreviation), and a year after its month is a date's,
   no house number ("le 10 mai 2024, place Jean-Jaurès").
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. the institution as a compound or with its preposition, then a bracket
    ("medical_record", "Notfallkontakt: Mutter\nFallnummer Universitätsklinikum (Onkologie): 2019-508178", "2019-508178"),
    ("medical_record", "Patientennummer Kreiskrankenhaus (Chirurgie): P-4471209", "P-4471209"),
    ("medical_record", "Fiche d'inscription\nNuméro de patient à la clinique (ORL) : K1634812", "K1634812"),
    ("medical_record", "Número de historia del hospital infantil (cardiología): 5531907", "5531907"),
    ("medical_record", "Inschrijving zomerkamp\nPatiëntnummer kinderziekenhuis (longziekten): 4471209", "4471209"),
    # 2. a longer note in brackets, in words only
    ("medical_record", "Pre-assessment\nNHS number (you will find it on any letter from your surgery): 943 476 5919", "943 476 5919"),
    ("medical_record", "Patientennummer (steht oben rechts auf jedem Brief der Klinik): 2019-508178", "2019-508178"),
    ("national_id", "Steuer-ID (bitte für die Lohnabrechnung beim neuen Arbeitgeber angeben): 86095742719", "86095742719"),
    ("medical_record", "Numéro de dossier (il figure en haut de chaque courrier de la clinique) : K1634812", "K1634812"),
    ("medical_record", "Número de historia clínica (lo encontrará en el informe de alta del hospital): 5531907", "5531907"),
    ("national_id", "Burgerservicenummer (nodig voor de inschrijving bij de nieuwe huisarts): 111222333", "111222333"),
    # 3. born in a place, on a date
    ("date_of_birth", "The tenant, Mr Tom Hale, born in Leeds on 12 March 1961, residing at", "12 March 1961"),
    ("date_of_birth", "Frau Jana Roth, geboren in Frankfurt am Main am 03.04.1958, wohnhaft in Köln", "03.04.1958"),
    ("date_of_birth", "Mme Léa Morel, née à Saint-Étienne le 12/03/1961, demeurant à Lyon", "12/03/1961"),
    ("date_of_birth", "D.ª Ana Gil, nacida en San Sebastián el 4 de mayo de 1990, con domicilio en", "4 de mayo de 1990"),
    ("date_of_birth", "de heer Pieter Smit, geboren te Den Haag (Nederland) op 1 mei 1970, wonende te", "1 mei 1970"),
    # 4. HL7's patient identifiers with no type code
    ("medical_record", "MSH|^~\\&|LAB|STMARY|||202403120830||ORU^R01|77812|P|2.4\nPID|1||2019-447120^^^STMARY||Roth^Jana", "2019-447120"),
    ("medical_record", "PID|1|X88812^^^EXT|4471209~P-99812^^^LAB||Hale^Tom||19610312|M", "P-99812"),
    # 5. the link verb between the card's word and its number
    ("payment_card", "ok go ahead and charge it, card is 4658572684836 exp 04/28", "4658572684836"),
    ("payment_card", "Meine Kartennummer ist 4658572684836, gültig bis 04/28", "4658572684836"),
    ("payment_card", "Ma carte, c'est le 4658572684836, expire fin avril", "4658572684836"),
    ("payment_card", "El número de la tarjeta es el 4658572684836", "4658572684836"),
    ("payment_card", "Mijn kaartnummer is 4658572684836, vervalt in april", "4658572684836"),
    # 6. texts as the way to reach someone
    ("phone", "Follow-up booked for Friday. Prefers texts: 0423.5400", "0423.5400"),
    ("phone", "Keine Anrufe bitte, Kurznachrichten an: 0301.2345", "0301.2345"),
    # 7. a question that invites questions, the number its answer
    ("phone", "Your fitting is on Monday at 9. Any questions? 07700900123", "07700900123"),
    ("phone", "Abholung ab Dienstag. Noch Fragen? 01712345678", "01712345678"),
    ("phone", "Livraison jeudi matin. Des questions ? 0612345678", "0612345678"),
    ("phone", "Tu cita es el lunes. ¿Dudas? 912345678", "912345678"),
    ("phone", "De monteur komt dinsdag. Vragen? 00/ 471 23 45", "00/ 471 23 45"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round25_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


# 8. the street's line ends at the sentence's stop; a year after its month is no house number
WHOLE = [
    ("street_address", "Je vous attends au 12, rue de la Paix. Merci d'avance", "12, rue de la Paix"),
    ("street_address", "Nouvelle adresse : 3, bd Mgr. Lefebvre, 59000 Lille", "3, bd Mgr. Lefebvre, 59000 Lille"),
]


@pytest.mark.parametrize("category,text,value", WHOLE)
def test_round25_structured_street_ends_at_the_sentence(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == [(category, value)]


NEAR_MISSES = [
    # 1. a label that is no record's
    ("medical_record", "Bestellnummer Kinderklinik (Spielzeug): 2019-508178"),
    # 2. a long bracket with a figure in it is no note on the label
    ("national_id", "BSN (zie de 2 bijlagen bij deze e-mail voor alle details): 123456782"),
    # 3. a date of history; a place with no date
    ("date_of_birth", "Shakespeare, born at Stratford on 23 April 1564, wrote 39 plays."),
    ("date_of_birth", "The idea was born in Berlin on the night train."),
    # 4. a typed identifier, a short one
    ("medical_record", "PID|1||123456^^^DMV^DL||Roth^Jana"),
    ("medical_record", "PID|1||42^^^HOSP||Roth^Jana"),
    # 5. a gift card's number
    ("payment_card", "Your gift card is 4006381333931, enjoy!"),
    # 6. texts earlier in the sentence
    ("phone", "Read the set texts, then chapter 5, pages 5678.1234"),
    # 7. a word between the question and the number
    ("phone", "Questions? See ticket 0612345678 in the portal."),
    # 8. a date's year before a square's name
    ("street_address", "Jardins partagés : fête des récoltes le 10 mai 2024, place Jean-Jaurès. Apportez vos graines !"),
    ("street_address", "Kermesse le 6 décembre 2028, place du Marché. Entrée libre."),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round25_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
