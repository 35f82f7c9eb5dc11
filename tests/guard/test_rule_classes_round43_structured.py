"""The structured rule classes fixed after the arete and crevasse banks' misses (round 43). Each case
below is worded differently from the banks, in the languages where the class exists, with near misses
that must stay clean:

1. medical records: a patient's short id as a key ("pid=", "pnr=", "patid:", "pat_nr=", "ipp=",
   "nhc") in a record (a log line, JSON, YAML) that names its patient by a key ("patient=",
   "paciente:"); a process's pid and a personnel number beside a user stay clean;
2. phones: the number alone in a chat's message that answers a request for it ("send me your mobile
   number", "envoie-moi ton numéro", "pásame su móvil", "stuur me je nummer", "gib mir deine
   Telefonnummer"); after telling a person by a deadline ("let Priya know before Friday on", "gibt
   Jonas bis Freitag Bescheid unter", "prévenez Léa avant vendredi au", "avisa a Pilar antes del
   viernes al", "laat Sanne voor vrijdag weten op"); alone after a label naming who is in charge
   ("Coordinadora de la excursión:", "Verantwortlich vor Ort:", "Responsable sur place :", "Trip
   leader:", "Verantwoordelijke onderweg:"); the last column of a fixed-width sheet whose header's
   last column is a phone's; a next of kin's short dashed number whose first group looks like a year;
   a dashed number with two zeros first after "tel."; an SMS receiver's "to:" in a configuration;
3. street addresses with no house number, their postcode and town after a comma: a type-first street
   when a street type's word earlier in the sentence ("rue par rue", "calle por calle") starts no
   street; a street named after a residence's cue ("I live at Orchard Road,", "ich wohne in der
   Gartenstraße,", "ik woon aan de Molenweg,"); a year or minutes after the comma stay clean.

Of the 46 cases (34 to catch, 9 near misses, 3 that must stay found), 28 failed before the change,
all catches: 2 of the 6 medical records (the pid and pnr keys; patid, pat_nr, ipp and nhc were read
already), 22 of the 23 phones (the Twilio block's international number was found already), and 4 of
the 5 streets (the Spanish one after "calle por calle" was found already).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a patient's short id key in a record that names its patient by a key
    ("medical_record", 'ts=2026-03-02T08:14 event=transfer patient="Hanna Roth" pid=A7730142 from=ZNA to=OP2', "A7730142"),
    ("medical_record", 'ts=2026-03-02 patient="Sanne Smit" pnr=77301425 afdeling=Cardio', "77301425"),
    ("medical_record", 'transfert patient="Léa Roy" ipp=2019773014 service=urgences', "2019773014"),
    ("medical_record", '{"paciente": "Ana Gil", "nhc": "HC-77301"}', "HC-77301"),
    ("medical_record", "patient: Tom Hale\npatid: MRN-7730142\nward: 4B", "MRN-7730142"),
    ("medical_record", 'job=porter patient="Jonas Roth" pat_nr=7730142 status=done', "7730142"),
    # 2. a chat's request for a number, the next message the number alone
    ("phone", "[09:12] Coach: send me your mobile number pls\n[09:13] Dana: 07700900123", "07700900123"),
    ("phone", "[09:12] Léa: envoie-moi ton numéro stp\n[09:13] Hugo: 0612345678", "0612345678"),
    ("phone", "[09:12] Pilar: pásame su móvil\n[09:13] Ana: 612345678", "612345678"),
    ("phone", "[09:12] Sanne: stuur me even je nummer\n[09:13] Bram: 0612345678", "0612345678"),
    ("phone", "[09:12] Trainer: gib mir mal deine Telefonnummer\n[09:13] Mia: 01712345678", "01712345678"),
    # 2. "on" a number after telling a person by a deadline
    ("phone", "Can't make it? Let Priya know before Friday on 4155550132 please.", "4155550132"),
    ("phone", "Wer nicht kann, gibt bitte Jonas bis Freitag Bescheid unter 4155550132.", "4155550132"),
    ("phone", "En cas d'absence, prévenez Léa avant vendredi au 4155550132.", "4155550132"),
    ("phone", "Si no puedes venir, avisa a Pilar antes del viernes al 4155550132.", "4155550132"),
    ("phone", "Kun je niet, laat Sanne dan voor vrijdag weten op 4155550132.", "4155550132"),
    # 2. a label that names who is in charge, then the number alone
    ("phone", "Salida 8:00 desde la plaza\nCoordinadora de la excursión: 612345678", "612345678"),
    ("phone", "Abfahrt 8 Uhr am Rathaus\nVerantwortlich vor Ort: 01712345678", "01712345678"),
    ("phone", "Départ 8h place du marché\nResponsable sur place : 0612345678", "0612345678"),
    ("phone", "Depart 8am from the square\nTrip leader: 07700900123", "07700900123"),
    ("phone", "Vertrek 8 uur bij het station\nVerantwoordelijke onderweg: 0612345678", "0612345678"),
    # 2. a fixed-width sheet's phone column after a person and an address
    ("phone", "n  Kunde            Anschrift                        Telefon\n1  Jonas Roth       Lindenstraße 4, 89073 Ulm        01712345678",
     "01712345678"),
    ("phone", "#  name          address                        phone\n1  Tom Hale      12 Mill Lane, Leeds LS1 4AB    07700900123",
     "07700900123"),
    ("phone", "nº  cliente        dirección                        teléfono\n1   Ana Gil        Calle Mayor 3, 28013 Madrid      612345678",
     "612345678"),
    # 2. a next of kin's full name, a comma and a short dashed number; "tel." then a dashed number with zeros
    ("phone", "Admission note\nNext of kin: Harold Finch, 2087-4412\nAllergies: none", "2087-4412"),
    ("phone", "Contact d'urgence : Léa Roy, tél. 0004-551237", "0004-551237"),
    ("phone", "Notfallkontakt: Jonas Roth, Tel. 0002-117733", "0002-117733"),
    # 2. an SMS receiver's "to" key
    ("phone", "receivers:\n  - name: oncall\n    sms_configs:\n      - to: '07700900123'", "07700900123"),
    ("phone", 'notify:\n  twilio:\n    to: "+447700900123"', "+447700900123"),
    # 3. a street without a number after a residence's cue, a street's word earlier in the sentence
    ("street_address", "Le ramassage se fait rue par rue depuis mars. Je réside au boulevard Carnot, 69003 Lyon. Merci.",
     "boulevard Carnot, 69003 Lyon"),
    ("street_address", "El reparto va calle por calle desde marzo. Vivo en la avenida del Puerto, 46023 Valencia.",
     "avenida del Puerto, 46023 Valencia"),
    ("street_address", "Sorry for the delay with the form. I live at Orchard Road, 4051 Basel, since May.",
     "Orchard Road, 4051 Basel"),
    ("street_address", "Seit März wohne ich hier; ich wohne in der Gartenstraße, 89073 Ulm.", "Gartenstraße, 89073 Ulm"),
    ("street_address", "Ik woon aan de Molenweg, 2611 BK Delft, sinds vorig jaar.", "Molenweg, 2611 BK Delft"),
]

CLEAN = [
    # 1. a process's pid, a personnel number with no patient's key
    ("medical_record", "2026-03-02 nginx[pid=48213] worker=3 status=up"),
    ("medical_record", 'user="Jonas Roth" pnr=77301425 dept=HR'),
    # 2. a request for another number; a reminder's deadline, no number to call
    ("phone", "[09:12] Shop: send me your order number\n[09:13] Dana: 0771234567"),
    ("phone", "Let Priya know by Friday on whether you can come; room 0612345678 is booked."),
    ("phone", "Responsable du budget : 2026 prévisionnel"),
    ("phone", "#  article       lot            quantité\n1  vis M4        L-2291         0612345678"),
    ("phone", "receivers:\n  - name: mail\n    email_configs:\n      - to: 'ops@example.org'"),
    # 3. a year after the street, no postcode; minutes after it
    ("street_address", "Ich wohne in der Gartenstraße, 2026 wird sie saniert."),
    ("street_address", "I live at Orchard Road, 12 minutes from the station."),
]

STILL = [
    ("phone", "Tel: 07700900123", "07700900123"),
    ("medical_record", "patient_id=7730142", "7730142"),
    ("street_address", "Je réside au 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix, 75002 Paris"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
