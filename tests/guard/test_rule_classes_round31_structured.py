"""The structured rule classes fixed after the cenote and drumlin banks' misses (issue 14, round 31).
Each case below is worded differently from the banks, in the five languages where the class exists,
with near misses that must stay clean:

1. identifiers: whose number it is, named after the number's name, a relative or a dependant
   ("passport number of your son: ", "BSN partner: ", "Steuer-ID des Ehemannes: ", "numéro de
   passeport de votre fils : ", "pasaporte de su hijo: ", "paspoortnummer van uw zoon: "), as the
   name alone before; the check digit or the passport's shape still decides;
2. identifiers: a label written as a key in snake case whose name splits the rule's own hint word
   ("sv_nummer", "social_insurance_number", "registre_national"): the rule is now tried on it, as
   round 30 read such keys once the rule was tried;
3. records: a dentist's and an orthodontist's care and a patient's card as care words ("Orthodontie-
   praktijk – patiëntkaart", "Zahnarztpraxis", "cabinet dentaire", "clínica dental", "tandarts"),
   the file's number after its word then reads as the patient's; the file's abbreviation with a
   hyphen ("Dossier-Nr.:"); a bailiff's "Dossiernr." and a firm's client file stay their files;
4. records: an emergency department's attendance number ("A&E number", "Notaufnahme-Nr.", "n° de
   passage aux urgences", "número de urgencias", "SEH-nummer"); a ferry's "passage" or an
   emergency phone number stays clean;
5. records: a doctor as a chat's or a transcript's speaker naming the patient's file by care's own
   word ("[09:12] Dr Lane: ..., chart 4471209", "Dr. Roth: ... Krankenakte 4471209", "Dra. Gil:
   ... historia 4471209"); a doctor's "record" on a dataset's site or a professor's chart stays clean;
6. phones: the number to reach someone named by its adjective ("best number", "beste Nummer",
   "meilleur numéro", "mejor número", "beste nummer");
7. phones: the parents' German and Spanish labels ("Eltern:", "Elternteil:", "Padres:") as a contact
   line's label, and the contact's label opening the line's last sentence ("... geborgen. Eltern:
   Carsten Roth, 0449624270.");
8. phones: the one in charge of a shift or a stage as a contact line's label ("Shift leader:",
   "Schichtleiterin:", "Chef de poste :", "Jefa de turno:", "Ploegleider:", "Stage manager:",
   "Régie :", "Regidora:");
9. records: the file's word as a sub-field after an insurer's own name ("Verzekering, dossiernummer:",
   "Versicherung, Dossier-Nr.:", "Assurance, n° de dossier :") is the insurer's claim file, no
   patient's, even on an accident report that speaks of a wound; a hospital's file stays a record;
10. addresses: a Dutch town's particle before its last word where the address ends ("Hoek van
   Holland", "Alphen aan den Rijn", "Capelle aan den IJssel", "Wijk bij Duurstede"), the whole town
   kept; a sentence going on after the town ("Amsterdam van Jan ontvangen") stays cut at the town;
11. phones: a contact line's number alone in brackets after the person's name, the bracket closing
   right after it ("Eltern: Jonas Roth (01712345678)", "Régie : Léa Morel (0612345678)", "Regidora:
   Ana Gil (612345678)"), as after a comma or a dash; a count or another number's word in the
   bracket stays clean.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a relative or a dependant after the number's name
    ("passport", "Booking form: passport number of your son: 533380006, please bring it along.", "533380006"),
    ("passport", "Für die Klassenfahrt brauchen wir die Passnummer Ihres Sohnes: 533380006. Danke.", "533380006"),
    ("passport", "Pour la sortie, il nous faut le numéro de passeport de votre fils : 533380006. Merci.", "533380006"),
    ("passport", "Para la excursión necesitamos el pasaporte de su hijo: 533380006. Gracias.", "533380006"),
    ("passport", "Voor de schoolreis noteerden we het paspoortnummer van uw zoon: 533380006. Dank je.", "533380006"),
    ("national_id", "Aangifte toeslag\nBSN partner: 111222333\nInkomen: zie bijlage", "111222333"),
    ("national_id", "Steuererklärung\nSteuer-ID des Ehemannes: 51342846407\nEinkünfte: siehe Anlage", "51342846407"),
    ("national_id", "Déclaration\nNuméro national du conjoint : 85073003328\nRevenus : voir annexe", "85073003328"),
    ("national_id", "Tax return\nSocial insurance number of the spouse: 130 692 544\nIncome: see attached", "130 692 544"),
    # 2. a snake-case key that splits the rule's hint word
    ("national_id", '{"name": "Anna Roth", "sv_nummer": "1237 010180", "ort": "Graz"}', "1237 010180"),
    ("national_id", 'row id=7 name="Tom Hale" social_insurance_number=130692544 status=ok', "130692544"),
    ("national_id", '{"nom": "Léa Morel", "registre_national": "85073003328", "langue": "fr"}', "85073003328"),
    # 3. the Dutch (and Swiss) file and patient labels abbreviated
    ("medical_record", "Tandartspraktijk – kaart\nNaam: Sanne Smit\nDossiernr.: Z-4471209\nTel.: 0612345678", "Z-4471209"),
    ("medical_record", "Orthodontist's notes\nName: Tom Hale\nChart 2019-508178", "2019-508178"),
    ("medical_record", "Dental check-up booked, notes on file 4471209.", "4471209"),
    ("medical_record", "Contrôle orthodontique fait, noté au dossier 4471209.", "4471209"),
    ("medical_record", "Revisión con la odontóloga hecha, anotada en historia 4471209.", "4471209"),
    ("medical_record", "Zahnarztpraxis am See\nDossier-Nr.: 4471209\nBehandlung: Kontrolle", "4471209"),
    # 4. an emergency department's attendance number
    ("medical_record", "Accident report, sports hall\nInjured: Tom Hale, sprained ankle, A&E number 2019-508178", "2019-508178"),
    ("medical_record", "Unfallbericht Turnhalle\nVerletzt: Jonas Roth, Notaufnahme-Nr. 4471209", "4471209"),
    ("medical_record", "Rapport d'accident, gymnase\nBlessé : Léo Morel, numéro de passage aux urgences 4471209", "4471209"),
    ("medical_record", "Parte de accidente, gimnasio\nLesionado: Pablo Gil, número de urgencias 4471209", "4471209"),
    ("medical_record", "Ongevalsrapport sporthal\nGewonde: Sem Smit, SEH-nr. 4471209", "4471209"),
    # 5. a doctor as a chat's speaker naming the patient's file
    ("medical_record", "[09:10] desk: her mum called again\n[09:12] Dr Lane: book her Friday 10:20, chart 4471209", "4471209"),
    ("medical_record", "[09:12] Dr. Roth: Termin Freitag, in der Krankenakte 4471209 vermerkt", "4471209"),
    ("medical_record", "[09:12] Dra. Gil: cita el viernes, en historia 4471209", "4471209"),
    # 6. the number to reach someone by its adjective
    ("phone", "Left a message for the plumber, best number 0207946000 after six.", "0207946000"),
    ("phone", "Notiert, beste Nummer 0301234567 ab 18 Uhr.", "0301234567"),
    ("phone", "C'est noté, meilleur numéro 0612345678 après 18 h.", "0612345678"),
    ("phone", "Anotado, mejor número 612345678 por la tarde.", "612345678"),
    ("phone", "Dat is genoteerd, beste nummer 0612345678 na zessen.", "0612345678"),
    # 7. the parents' labels; a contact line's label opening the line's last sentence
    ("phone", "Kind beim Spielen gestürzt, am 03.05. versorgt. Eltern: Anna Roth, 01712345678. Kein Arzt nötig.",
     "01712345678"),
    ("phone", "Ausflug Klasse 3b\nElternteil: Jonas Roth, 01712345678", "01712345678"),
    ("phone", "Niño con fiebre leve, avisado en el recreo. Padres: Ana Gil, 612345678. Recogido a las 11.", "612345678"),
    # 8. the one in charge of a shift or a stage
    ("phone", "Rota week 12\nShift leader: Ann Hale, 07700900123", "07700900123"),
    ("phone", "Dienstplan KW 12\nSchichtleiterin: Anna Roth, 01712345678", "01712345678"),
    ("phone", "Planning semaine 12\nChef de poste : Léa Morel, 0612345678", "0612345678"),
    ("phone", "Turnos semana 12\nJefa de turno: Ana Gil, 612345678", "612345678"),
    ("phone", "Rooster week 12\nPloegleider: Sanne Smit, 0612345678", "0612345678"),
    ("phone", "Cast list\nStage manager: Tom Hale, 07700900123", "07700900123"),
    # 11. the number alone in brackets after the contact's name
    ("phone", "Rota week 12\nShift leader: Ann Hale (07700900123)", "07700900123"),
    ("phone", "Ausflug Klasse 3b\nEltern: Jonas Roth (01712345678)", "01712345678"),
    ("phone", "Générique\nRégie : Léa Morel (0612345678)", "0612345678"),
    ("phone", "Reparto\nRegidora: Ana Gil (612345678)", "612345678"),
    ("phone", "Rooster week 12\nPloegleider: Sanne Smit (0612345678)", "0612345678"),
    # 10. a Dutch town's particle
    ("street_address", "Bezorgadres: Kerkstraat 12, 3151 AB, Hoek van Holland\nLevering: dinsdag",
     "Kerkstraat 12, 3151 AB, Hoek van Holland"),
    ("street_address", 'adres: "Dorpsweg 4, 2902 AB Capelle aan den IJssel"', "Dorpsweg 4, 2902 AB Capelle aan den IJssel"),
    ("street_address", "Wij verhuizen naar Molenweg 3, 3961 AB Wijk bij Duurstede.", "Molenweg 3, 3961 AB Wijk bij Duurstede"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round31_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


NEAR_MISSES = [
    # 1. a relative's number whose check digit fails; a relative's something else
    ("national_id", "Aangifte toeslag\nBSN partner: 111222334\nInkomen: zie bijlage"),
    ("national_id", "Steuer-ID des Ehemannes: 51342846408"),
    ("passport", "Passport of your son: renewal fee 125 EUR, form 2019"),
    # 2. a snake-case key with a wrong check digit
    ("national_id", '{"sv_nummer": "1237 010181"}'),
    # 3. a bailiff's file number, abbreviated
    ("medical_record", "Aanmaning – laatste herinnering\nDossiernr.: 2019-508178\nBetaalt u niet binnen 14 dagen, dan dragen "
                       "wij de vordering over aan de deurwaarder."),
    # 3. a firm's and a bailiff's file; a dental hygiene product's batch; an insurer's file
    ("medical_record", "Overdracht dossier: klant Smit (dossiernr. 4471209), contract loopt door."),
    ("medical_record", "Zahnpasta-Charge\nDossier-Nr.: 4471209 (Lieferant)"),
    ("medical_record", "Unfall im Kurs, Schürfwunde am Knie.\nVersicherung, Dossier-Nr.: 2019-508178"),
    ("medical_record", "Fall tijdens training\nVerzekeraar – dossiernr.: 2019-508178"),
    # 4. a ferry's crossing and an emergency phone line
    ("medical_record", "Billet de ferry, numéro de passage 4471209, départ 08:40"),
    ("medical_record", "Emergency number 112; Notfallnummer 4471209 for the site"),
    # 5. a doctor's record on a dataset's site; a professor's chart
    ("medical_record", "Meeting notes\nDr Lee: the dataset is on record 4471209 at Zenodo."),
    ("medical_record", "[10:00] Prof K: see figure 3, chart 2019-808234"),
    # 6. the best number of something
    ("phone", "The best number of clusters was 12 after 1000000 iterations."),
    # 7. the parents' label before an order's number
    ("phone", "Eltern: Bestellung 0449624270 eingegangen."),
    # 11. another number in the bracket after the contact's name
    ("phone", "Reparto\nRegidora: Ana Gil (612345678 entradas)"),
    ("phone", "Ausflug\nEltern: Jonas Roth (Kundennr. 01712345678)"),
    # 8. a shift leader's badge number
    ("phone", "Shift leader: badge 07700900123"),
]


# 9. flagged before (or by this round's abbreviation), clean now
CLEARED = [
    ("medical_record", "Ongeval bij de les, schaafwond aan de knie.\nVerzekering, dossiernummer: 2019-508178"),
    ("medical_record", "Chute pendant le cours, plaie au genou.\nAssurance, n° de dossier : 2019-508178"),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round31_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


STILL_FOUND = [
    # 9. a hospital's file after its name
    ("medical_record", "Ongeval bij de les, schaafwond aan de knie.\nZiekenhuis Oost, dossiernummer: 2019-508178",
     "2019-508178"),
]


@pytest.mark.parametrize("category,text,value", STILL_FOUND)
def test_round31_structured_still_found(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) in found(scanner, text)


# 10. the town's particle only where the address ends: the sentence going on is no town's
ENDS_AT_TOWN = [
    ("Het pakket voor Dorpsstraat 6, 1012 AB Amsterdam van Jan de Vries is bezorgd.", "Dorpsstraat 6, 1012 AB Amsterdam"),
]


@pytest.mark.parametrize("text,value", ENDS_AT_TOWN)
def test_round31_structured_address_ends_at_town(scanner: Scanner, text: str, value: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == "street_address"] == [("street_address", value)]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round31_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []
