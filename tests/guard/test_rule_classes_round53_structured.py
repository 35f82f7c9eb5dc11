"""The structured rule classes fixed after the tuya and sabkha banks' misses and false findings (issue 14, round
53, structured half). Each case is worded differently from the banks, in the languages where the class exists,
with near misses that must stay as they were:

1. a care specialty's own file, named by the specialty, then its number ("audiology record ...", "Hörakustik-Akte
   ...", "dossier d'audiologie n° ...", "ficha de fisioterapia ...", "audiologiedossier ..."): no other care word
   needed; a court's "hearing record" and an order's file stay clean;
2. a patient's line with the patient's particulars (birth date, age, sex) as fields between the name and the
   reference ("Patient: ...    DOB: ...    Ref: ..."); a field of another kind between leaves the reference;
3. phones: the leader of an outing as a contact's label ("Ride leader:", "Tourenleiterin:", "Chef de sortie :",
   "Guía de la ruta:", "Ritleider:"), the name, a comma and the number; a call or a contact to a person named
   after their role, set off by commas ("contact your caseworker, Ann Lee, on ..."); Spanish's asking verb,
   "en el" and the number, the clause going on after "y"/"o" ("pide cita ... en el 934556120 y lleva ..."); a
   list's person whose first name the gazetteer lacks and whose surname it knows, a dash and a full national
   number ("1. Clervie Garnier – 0612345678");
4. not addresses: a form's numbered field whose role's word ends like a German street ("Madre/padre/tutor 1:",
   "Tutor 2:", "Ehemann/Ehefrau 1:", "Mentor 1:"), and a care practice's field before its address ("Cabinet :",
   "Praxis:", "Practice:", "Consultorio:", "Praktijk:"); a person's own address field stays one.

Of the 55 cases below (29 to catch, 26 to leave or keep as they were), 36 fail on round 52.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a care specialty's own file
    ("medical_record", "Replacement domes posted today; customer phone on file, audiology record 2031-774512.",
     "2031-774512"),
    ("medical_record", "Please attach the physio file P-5520317 to the referral letter.", "P-5520317"),
    ("medical_record", "Reparatur des Hörgeräts, Hörakustik-Akte 5520317, Abholung am Freitag.", "5520317"),
    ("medical_record", "Embouts remplacés sous garantie, dossier d'audiologie n° 5520317.", "5520317"),
    ("medical_record", "Se cambian los filtros del audífono; ficha de fisioterapia 5520317 actualizada.", "5520317"),
    ("medical_record", "Nieuwe slangetjes verstuurd, audiologiedossier 5520317, geen kosten.", "5520317"),
    # 2. the patient's line with the particulars between the name and the reference
    ("medical_record", "Retainer review\nPatient: Owen Price    DOB: 14/02/2016    Ref: CH-5520317\nNo relapse.",
     "CH-5520317"),
    ("medical_record", "Behandlungsplan\nPatientin: Lena Brandt | Geb.: 14.02.2016 | Ref.: 2022-551031\nSchiene.",
     "2022-551031"),
    ("medical_record", "Plan de traitement\nPatient : Hugo Marchand – né le 14/02/2016 – Réf. : 5520317\nGouttière.",
     "5520317"),
    ("medical_record", "Plan de tratamiento\nPaciente: Lucía Ferrer   Edad: 9   Ref.: NHC-5520317\nFérula.",
     "NHC-5520317"),
    ("medical_record", "Behandelplan\nPatiënt: Daan Smit | Geboortedatum: 14-02-2016 | nr. 5520317\nBeugel.", "5520317"),
    # 3. phones: an outing's leader
    ("phone", "Saturday coast walk\nWalk leader: Priya Shah, 4155550188\nBoots essential.", "4155550188"),
    ("phone", "Hill day, 14 km\nHike leader: Tom Ridley, 8143-2290\nBring lunch.", "8143-2290"),
    ("phone", "Radtour am Sonntag\nTourenleiterin: Jana Vogt, 6617-2045\nHelmpflicht.", "6617-2045"),
    ("phone", "Sortie vélo dimanche\nChef de sortie : Paul Girard, 4155550188\nCasque obligatoire.", "4155550188"),
    ("phone", "Marcha del domingo\nGuía de la ruta: Marta Soler, 2125550143\nTraed agua.", "2125550143"),
    ("phone", "Toertocht zondag\nRitleider: Bram Jansen, 3650-1189\nHelm verplicht.", "3650-1189"),
    # 3. a call or a contact to a person named after the role
    ("phone", "Please ring your caseworker, Daniel Moss, on 52719034 before Friday.", "52719034"),
    ("phone", "Please phone Daniel Moss on 52719034 about the lease.", "52719034"),
    ("phone", "Bitte kontaktieren Sie Ihren Sachbearbeiter, Jonas Brandt, unter 52719034.", "52719034"),
    ("phone", "Contactez votre conseiller, Hugo Marchand, au 52719034.", "52719034"),
    ("phone", "Contacte con su gestora, Lucía Ferrer, al 52719034.", "52719034"),
    ("phone", "Bel je begeleider, Daan Smit, op 52719034.", "52719034"),
    # 3. Spanish's asking verb, the clause going on
    ("phone", "Pide cita con la doctora Ferrer en el 934556120 y lleva la tarjeta sanitaria.", "934556120"),
    ("phone", "Solicite cita en el 612093884 y traiga el volante del médico.", "612093884"),
    # 3. a list's person with an unknown first name
    ("phone", "Atelier mémoire\n1. Clervie Garnier – 0612345678\n2. M. Roux – certificat reçu", "0612345678"),
    ("phone", "Warteliste\n2) Brunehilde Meyer – 0171 2345678\n3) offen", "0171 2345678"),
    ("phone", "Lista de espera\n1. Ysolde Navarro – 0912345678\n2. pendiente", "0912345678"),
    ("phone", "Wachtlijst\n- Eluned Visser – 0612345678\n- nog open", "0612345678"),
]

CLEAN = [
    # 4. a form's numbered field
    ("street_address", "FICHA DE INSCRIPCIÓN\nMadre/padre/tutor 1: Lucía Ferrer, 612 345 678\nMadre/padre/tutor 2: "
     "Pablo Soler, pablo@example.org"),
    ("street_address", "Enrolment form\nTutor 2: Daniel Moss, daniel@example.org"),
    ("street_address", "Anmeldung\nEhemann/Ehefrau 1: Jana Vogt\nEhemann/Ehefrau 2: Jonas Vogt"),
    ("street_address", "Stageformulier\nMentor 1: Bram Jansen\nMentor 2: Sanne Bos"),
    # 4. a care practice's field
    ("street_address", "Contrôle de la vue\nRésultat : apte\nCabinet : Avenue de la Gare 12, Sion"),
    ("street_address", "Befund: unauffällig\nPraxis: Bahnhofstraße 12, Chur"),
    ("street_address", "Review due in 12 months\nPractice: 4 Mill Lane, Leeds"),
    ("street_address", "Próxima revisión: junio\nConsultorio: Calle Real 12, Soria"),
    ("street_address", "Controle over een jaar\nPraktijk: Kerkstraat 12, Delft"),
    # near misses: a court's hearing record, an order's file, an outing's leader without a number
    ("medical_record", "The hearing record 2024-558812 was sent to both parties."),
    ("medical_record", "Order file 5520317 attached, dispatch on Monday."),
    ("phone", "Walk leader: Priya Shah, 12 walkers booked."),
    ("phone", "1. Salle Garnier – 0612345678"),
]

NOT_FOUND = [
    ("medical_record", "Patient: Owen Price   Insurer: Bupa   Ref: 2022-551031", "2022-551031"),
    ("phone", "Pide cita en el 934556120 de la lista de espera.", "934556120"),
]

STILL = [
    ("street_address", "Wohnhaft: Bahnhofstraße 12, 7000 Chur", "Bahnhofstraße 12, 7000 Chur"),
    ("street_address", "Address: 4 Mill Lane, Leeds", "4 Mill Lane"),
    ("street_address", "Domicilio: Calle Real 12, Soria", "Calle Real 12"),
    ("street_address", "Adresse : 12, avenue de la Gare, Sion", "12, avenue de la Gare"),
    ("street_address", "Adres: Kerkstraat 12, Delft", "Kerkstraat 12"),
    ("medical_record", "Patient: Owen Price   Ref: CH-5520317", "CH-5520317"),
    ("medical_record", "Patient: Owen Price (hospital no. 5520317)", "5520317"),
    ("phone", "Ride leader: Tom Ridley, 07700 900123", "07700 900123"),
    ("phone", "Pide cita en el 934556120.", "934556120"),
    ("phone", "Madre/padre/tutor 1: Lucía Ferrer, 612 345 678", "612 345 678"),
    ("person", "Praxis: Dr. Jana Vogt, Bahnhofstraße 12, Chur", "Jana Vogt"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
