"""The structured rule classes fixed after the sastrugi bank's misses and false positives (round
36). Each case below is worded differently from the banks, in the five languages
where the class exists, with near misses that must stay clean:

1. dates of birth: a date alone in brackets right after a person's name under a participant's, a
   student's or a trainee's label, as a booking or a register writes it ("Participant: ... (03/09/1979)",
   "Schülerin: ... (14.02.2009)", "Élève : ... (2 avril 2010)", "Alumna: ... (15/01/2006)", "Leerling:
   ... (3 maart 2011)"), several such names in a row too; the name is a full one (two names, or a title
   and a name). The date is some years past; a date still
   to come or a recent one (a session's), a bracket that opens with another word (an appointment's,
   a class's), a name without the label and another role's label (a trainer's) stay clean;
2. identifiers without a self-evident shape (BSN, Steuer-ID, NISS, SIN, TFN, AHV): the key's qualifier
   followed by an ordinal number before the colon ("BSN partner 2:", "Steuer-ID Kind 1:", "NISS enfant
   2 :", "SIN applicant 1:"), or the number right after the name ("BSN 2:"); the past tense's copula
   between the name and the value ("was", "war", "lautete", "était", "era"). The check digit still
   decides; an invalid number, a key that names no identifier and a name with other words before the
   value stay clean (and a SIN that fails its check stays what its shape says);
3. phones: an 8-digit local number after the imperative "text" (or "txt", Dutch's "app") that opens a
   clause ("..., text 4412 5567"); "the text" as a noun before a number stays clean.

Of the 45 cases (30 to catch, 15 near misses), 30 failed before the change: every catch.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean

CATCH = [
    # 1. a participant's or a student's date in brackets after the name
    ("date_of_birth", "Course register\nParticipant: Hannah Clarke (03/09/1979)\nLevel: beginner", "03/09/1979"),
    ("date_of_birth", "Student: Oliver Grant (12 May 2004) - room B", "12 May 2004"),
    ("date_of_birth", "Attendee: Mrs Clarke (3 September 1979)", "3 September 1979"),
    ("date_of_birth", "Schülerin: Mara Lindqvist (14.02.2009)", "14.02.2009"),
    ("date_of_birth", "Buchung 5521\nKursteilnehmerin: Greta Vogt (3. Juni 1971)\nZahlung: bar", "3. Juni 1971"),
    ("date_of_birth", "Participante : Claire Fontaine (5 mars 1983)", "5 mars 1983"),
    ("date_of_birth", "Élève : Hugo Lambert (2 avril 2010), classe de 4e", "2 avril 2010"),
    ("date_of_birth", "Participante: Rocío Marín (7 de octubre de 1990)", "7 de octubre de 1990"),
    ("date_of_birth", "Alumna: Inés Beltrán (15/01/2006)", "15/01/2006"),
    ("date_of_birth", "Deelnemer: Sem de Graaf (22-09-1985)", "22-09-1985"),
    ("date_of_birth", "Leerling: Noor Bakker (3 maart 2011)", "3 maart 2011"),
    ("date_of_birth", "Teilnehmer: Jonas Weber (12.03.1980), Lea Weber (04.11.1983)", "04.11.1983"),
    ("date_of_birth", "Cursisten: Bram Smit (1 mei 1970) en Fleur Smit (9 juni 1972)", "9 juni 1972"),
    # 2. a numbered qualifier before the colon, the name alone with its number, the past tense
    ("national_id", "BSN partner 2: 123456782", "123456782"),
    ("national_id", "Gegevens aanvragers\nBSN aanvrager 2: 1234.56.782", "1234.56.782"),
    ("national_id", "BSN 2: 123456782", "123456782"),
    ("national_id", "Steuer-ID Kind 1: 86095742719", "86095742719"),
    ("national_id", "NISS enfant 2 : 85073003328", "85073003328"),
    ("national_id", "SIN applicant 1: 294 675 368", "294 675 368"),
    ("national_id", "AHV-Nummer Mitarbeiterin 3: 7569217076985", "7569217076985"),
    ("national_id", "Her TFN was 876 543 202, according to the old return.", "876 543 202"),
    ("national_id", "your mum's SIN was 130 692 544 and her address", "130 692 544"),
    ("national_id", "Seine Steuer-ID war 86095742719, laut altem Bescheid.", "86095742719"),
    ("national_id", "Die Steuer-ID lautete 86095742719.", "86095742719"),
    ("national_id", "Son NISS était 85073003328 avant la mise à jour.", "85073003328"),
    ("national_id", "El SIN de tu padre era 294 675 368, según el formulario.", "294 675 368"),
    ("national_id", "Zijn BSN was 123456782 volgens de gemeente.", "123456782"),
    # 3. the imperative "text" before a local number
    ("phone", "Spare seat on Friday's minibus, text 4412 5567", "4412 5567"),
    ("phone", "Need a hand at the stall? Txt 5123-4411 before noon.", "5123-4411"),
    ("phone", "Invaller gezocht voor zaterdag, app 0612345678", "0612345678"),
]

CLEAN = [
    # 1. no label, another role, a date to come or recent, another word in the bracket
    ("date_of_birth", "Meeting with Hannah Clarke (03/09/2026)"),
    ("date_of_birth", "Lunch with Oliver Grant (12 May 1994) was fun"),
    ("date_of_birth", "Trainer: Hannah Clarke (03/09/1979)"),
    ("date_of_birth", "Participant: Hannah Clarke (03/09/2099)"),
    ("date_of_birth", "Teilnehmer: Jonas Weber (12.03.2025)"),
    ("date_of_birth", "Alumno: Pablo Ruiz (clase del 12/03/1990)"),
    ("date_of_birth", "Stagiaire : Léa Roux (rendez-vous le 12/03/1990)"),
    # 2. a failing check digit, no identifier's name, other words before the value
    ("national_id", "BSN partner 2: 123456783"),
    ("national_id", "Bestelnummer aanvrager 1: 123456782"),
    ("national_id", "Her TFN was lost; the ticket was 876543202."),
    ("national_id", "Seine Steuer-ID war falsch, die Rechnung 86095742719."),
    ("national_id", "The SIN was 677 424 698 on the card"),
    # 3. a noun, not the verb
    ("phone", "Copy the text 4412 5567 times"),
    ("phone", "Read the full text 4412 5567 in the appendix"),
    ("phone", "Download the app 4412 5567"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
