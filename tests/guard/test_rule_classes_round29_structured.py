"""The structured rule classes fixed after the karst and scree banks' misses and false positives
(issue 14, round 29). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. records: a counsellor's or a therapist's session note is about care: suicidal thoughts or
   self-harm asked about ("no suicidal ideation", "keine Suizidgedanken", "pas d'idées
   suicidaires", "sin ideación autolítica", "geen suïcidale gedachten", the English notes' "no SH
   thoughts", "denies SI/SH"), a psychotherapist, a psychiatrist or counselling named: a client's
   number in it is the client's record ("Client ID", "Klientennummer", "numéro d'usager",
   "número de usuario", "cliëntnummer"); a shop's client number without them stays clean;
2. records: a file's word alone as a sentence's label, the number ending the sentence ("... next
   session Tuesday. File 2019-508178.", "Akte 4471209.", "Dossier 4471209.", "Historia
   NHC-4471209.", "Dossier 4471209."), in a text about care, as at a line's start before; an
   office's file in a text without care stays clean;
3. records: the client's number in German written as one abbreviated word ("Klientennr.
   4471209"), as "Klienten-Nr." was;
4. an identifier's label linked to its number by "lautet" ("Ihre Patientennummer lautet B8310483",
   "Ihre Passnummer lautet C01X00T47"), as by "is", "ist", "est", "es" before;
5. key=value logs: a value written in groups, a number's digit groups or a date's words, up to
   the next pair ("patient_id=756 269 7825 step=...", "birth_dt=12 May 1984 club=...");
   a file's own word alone as a key ("dossier=HC-88238337", "chart=...", "historia=...") beside a
   patient's key: the patient's record; a file key in a log without care stays clean;
6. dates of birth: two births under one birth word, the dates joined by "and" ("Children: 2 (born
   3 May 2008 and 2019-08-02)", "geboren 13.05.2008 und 02.08.2019", "nés le ... et le ...",
   "nacidos el ... y el ...", "geboren ... en ..."); the plural of the French and Spanish birth
   verbs ("nés", "nées", "nacidos", "nacidas") as a birth word; a death's date after "and" stays
   clean;
7. phones: the person to notify on an accident report or a form ("Notify:", "Zu
   benachrichtigen:", "Prévenir :", "Avisar a:", "Waarschuwen:"), their name, then the number;
   someone's "number" asked for in a question, the number the next line's answer ("Can I give the
   adopter your number?\\nSam: Sure, ..."); a number of something asked for ("your number of
   guests?") stays out; a spare part's number after its word ("part", "Teil", "pièce", "pieza",
   "onderdeel") is no phone;
8. secrets: a command line's password in single quotes that starts with "$" ("-p'$Tr9xk@w)Q4m'", read before as "$Tr9xk" and a host):
   the shell expands nothing in single quotes, so it is no variable; a value that is a reference and
   nothing else ("-p'$DB_PASS'", "-p'${PW}'") is still read as one.
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 1. a counsellor's or a therapist's session note
    ("medical_record", "Session 6, Dana: low mood, denies SI/SH, homework reviewed. Client ID 2021-774120.",
     "2021-774120"),
    ("medical_record", "Psychotherapy follow-up: sleeping better, no suicidal ideation.\nClient number: P-4471209",
     "P-4471209"),
    ("medical_record", "Sitzung 6: Stimmung gedrückt, keine Suizidgedanken, Hausaufgabe besprochen. Klientennummer 2021-774120.",
     "2021-774120"),
    ("medical_record", "Séance 6 : humeur basse, pas d'idées suicidaires, exercices revus. Numéro d'usager : 2021-774120.",
     "2021-774120"),
    ("medical_record", "Sesión 6: ánimo bajo, sin ideación autolítica, tareas revisadas. Número de usuario: 2021-774120.",
     "2021-774120"),
    ("medical_record", "Sessie 6: stemming somber, geen suïcidale gedachten, huiswerk besproken. Cliëntnummer 2021-774120.",
     "2021-774120"),
    # 2. a file's word alone as a sentence's label, the number ending the sentence
    ("medical_record", "Seen by the psychiatrist today, medication unchanged. File 2019-508178.", "2019-508178"),
    ("medical_record", "Heute Visite durch den Arzt, Medikation unverändert. Akte 4471209.", "4471209"),
    ("medical_record", "Vu par le médecin ce matin, traitement inchangé. Dossier 4471209.", "4471209"),
    ("medical_record", "Visto por el médico esta mañana, sin cambios en la medicación. Historia NHC-4471209.", "NHC-4471209"),
    ("medical_record", "Vanochtend gezien door de huisarts, medicatie ongewijzigd. Dossier 4471209.", "4471209"),
    # 3. "Klientennr." as one word
    ("medical_record", "Übergabe an die Pflegekraft: Frau Roth gut versorgt. Klientennr. 4471209", "4471209"),
    # 4. a label linked by "lautet"
    ("medical_record", "Die Befunde liegen vor. Ihre Patientennummer lautet B8310483.", "B8310483"),
    ("passport", "Ihre Passnummer lautet C01X00T47.", "C01X00T47"),
    ("national_id", "Deine Steuer-ID lautet 51342846407.", "51342846407"),
    # 5. key=value logs: values in groups, a file's word as a key beside a patient's
    ("medical_record", 'ward.log 2024-03-01 07:55 bed=4 patient="Tom Hale" patient_id=756 269 7825 step=ADMIT',
     "756 269 7825"),
    ("medical_record", 'ward.log 2024-03-01 07:55 bed=4 patient="Tom Hale" hospital_no=756 269 7825 step=ADMIT',
     "756 269 7825"),
    ("date_of_birth", 'reg.log member="Tom Hale" birth_dt=12 May 1984 club=rowing', "12 May 1984"),
    ("date_of_birth", 'kasse.log mitglied="Anna Roth" geb_datum=3. März 1984 karte=12345', "3. März 1984"),
    ("date_of_birth", 'caisse.log adherent="Léa Morel" date_naiss=3 mars 1984 carte=12345', "3 mars 1984"),
    ("date_of_birth", 'caja.log socio="Ana Gil" f_nac=3 de marzo de 1984 carnet=12345', "3 de marzo de 1984"),
    ("medical_record", 'lab.log 2024-03-01 run=88 patient="Tom Hale" chart=P-4471209 result=OK', "P-4471209"),
    ("medical_record", 'labor.log 2024-03-01 lauf=88 patient="Anna Roth" akte=4471209 ergebnis=OK', "4471209"),
    ("medical_record", 'labo.log 2024-03-01 essai=88 patient="Léa Morel" dossier=HC-4471209 resultat=OK', "HC-4471209"),
    ("medical_record", 'lab.log 2024-03-01 prueba=88 paciente="Ana Gil" historia=4471209 resultado=OK', "4471209"),
    ("medical_record", 'lab.log 2024-03-01 run=88 patient="Sanne Smit" dossier=4471209 uitslag=OK', "4471209"),
    # 6. two births joined by "and"; the plural birth verbs
    ("date_of_birth", "Household: 2 children (born 4 June 2011 and 2016-09-21), both at school.", "2016-09-21"),
    ("date_of_birth", "Haushalt: 2 Kinder (geboren 04.06.2011 und 21.09.2016), beide in der Schule.", "21.09.2016"),
    ("date_of_birth", "Foyer : 2 enfants (nés le 04/06/2011 et le 21/09/2016), scolarisés.", "04/06/2011"),
    ("date_of_birth", "Foyer : 2 enfants (nés le 04/06/2011 et le 21/09/2016), scolarisés.", "21/09/2016"),
    ("date_of_birth", "Hogar: 2 hijas (nacidas el 04/06/2011 y el 21/09/2016), escolarizadas.", "04/06/2011"),
    ("date_of_birth", "Hogar: 2 hijas (nacidas el 04/06/2011 y el 21/09/2016), escolarizadas.", "21/09/2016"),
    ("date_of_birth", "Gezin: 2 kinderen (geboren 04-06-2011 en 21-09-2016), naar school.", "21-09-2016"),
    # 7. the person to notify; someone's number asked for in a question
    ("phone", "Incident report, trail 3\nNotify: Ann Hale, 4504845235", "4504845235"),
    ("phone", "Unfallbericht\nZu benachrichtigen: Jonas Roth, 03012345678", "03012345678"),
    ("phone", "Rapport d'accident\nPrévenir : Léa Morel, 0612345678", "0612345678"),
    ("phone", "Parte de incidencia\nAvisar a: Ana Gil, 612345678", "612345678"),
    ("phone", "Ongevalsrapport\nWaarschuwen: Sanne Smit, 0612345678", "0612345678"),
    ("phone", "Shelter: Can I give the new owner your number?\nSam: Sure, 4504845235, evenings are best.", "4504845235"),
    ("phone", "Tierheim: Darf ich dem neuen Besitzer deine Nummer geben?\nJonas: Ja, 03012345678, abends.",
     "03012345678"),
    ("phone", "Refuge : Je peux donner ton numéro à la famille ?\nLéa : oui, 0612345678, le soir.", "0612345678"),
    ("phone", "Protectora: ¿Le paso tu número a la familia?\nAna: sí, 612345678, por la tarde.", "612345678"),
    ("phone", "Asiel: Mag ik je nummer aan de nieuwe baas geven?\nSanne: ja, 0612345678, 's avonds.", "0612345678"),
    # 8. a password in single quotes that starts with "$"
    ("secret", "Found in the deploy notes: mysql -u app -p'$Tr9xk@w)Q4m' prod", "$Tr9xk@w)Q4m"),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round29_structured_classes_catch_the_whole_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


# 7: flagged before, clean now
CLEARED = [
    ("phone", "Maintenance log: drain pump replaced (part 0075265550911), test cycle passed."),
    ("phone", "Wartung: Ablaufpumpe getauscht (Teil 0075265550911), Testlauf ok."),
    ("phone", "Entretien : pompe remplacée (pièce 0075265550911), cycle de test validé."),
]


@pytest.mark.parametrize("category,text", CLEARED)
def test_round29_structured_cleared_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


NEAR_MISSES = [
    # 1. a shop's client number, no care
    ("medical_record", "Session 6 of the sales training done. Client no. 2021-774120."),
    ("medical_record", "Kundengespräch 6: Angebot besprochen. Klientennr. 4471209."),
    # 2. an office's file without care
    ("medical_record", "The contract was signed today. File 2019-508178."),
    ("medical_record", "Le contrat a été signé ce matin. Dossier 4471209."),
    # 4. "lautet" before a number that fails the check
    ("national_id", "Deine Steuer-ID lautet 51342846408."),
    # 5. a file key in a log without care; a count after a number
    ("medical_record", 'build.log 2024-03-01 job=88 owner="ops" dossier=4471209 result=OK'),
    # 7. a number of something asked for; notify by e-mail
    ("phone", "Host: What is your number of guests?\nSam: 4504845235"),
    ("phone", "Agent: ¿Me da tu número de pedido?\nAna: 612345678"),
    # 8. a reference in single quotes
    ("secret", "mysql -u app -p'$DB_PASS' prod"),
    ("secret", "mysql -u app -p'${MYSQL_PWD}' prod"),
]


@pytest.mark.parametrize("category,text", NEAR_MISSES)
def test_round29_structured_near_misses_stay_clean(scanner: Scanner, category: str, text: str) -> None:
    assert [h for h in found(scanner, text) if h[0] == category] == []


# values near a found one that must not be taken with it or as one
NOT_TAKEN = [
    # 5. a count after a number, before words: no group of the number
    ("phone", "sms.log tel=06 12 34 56 78 3 retries left", "06 12 34 56 78 3"),
    ("date_of_birth", "reg.log dob=12 May 1984 and more", "12 May 1984 and more"),
    # 6. a death's date after "and"
    ("date_of_birth", "She was born 4 June 1931 and died 21 September 2016.", "21 September 2016"),
    ("date_of_birth", "Geboren 04.06.1931 und gestorben am 21.09.2016.", "21.09.2016"),
    ("date_of_birth", "Née le 04/06/1931 et décédée le 21/09/2016.", "21/09/2016"),
]


@pytest.mark.parametrize("category,text,value", NOT_TAKEN)
def test_round29_structured_values_not_taken(scanner: Scanner, category: str, text: str, value: str) -> None:
    assert (category, value) not in found(scanner, text)
