"""The person classes fixed after the marsh bank, part two, and marsh's false persons (issue 14, round 78, by a helper):
marsh's missed persons (person recall 0.953 on first contact with round 77) and its firms named after people. Each case
is worded differently from the bank, in the languages where the class exists, with near misses that must stay as they
were (names.PersonDetector._round78b_people and names._r78b_firm_name):

1. who acknowledged an alert, the name before the colon, listed or not ("Acknowledged by Gwenllian Hartwell: ...",
   "Bestätigt von Wigbert Brennwald: „...“", "Acquitté par Rosine Vautrinet : « ... »", "Reconocido por Teodulo
   Arizmendi: «...»", "Bevestigd door Sibrand ter Borgh: '...'");
2. a CI's or an env's user-name variable holding a name, not a handle ("GITLAB_USER_NAME=Ottilie", "BUILD_REQUESTEDFOR=
   Iolanthe Hartwell", "GIT_AUTHOR_NAME=\"Ebeltje Stührenberg\"", "export CIRCLE_USERNAME=Azucena");
3. a caller introducing herself, a listed first name, a word's or a month's too ("Hello, this is Morwenna from the
   surgery", "Hi, it's June from ...", "Bonjour, c'est Ysaline de la pharmacie", "Hallo, hier ist Ottilie von der
   Praxis", "Hola, soy Gumersindo de la gestoría", "Goedemiddag, met Rixt van de tandartspraktijk");
4. a note for someone at a line's start ("Note for Tamsin:", "Nachricht an Hiltrud:", "Note pour Ysaline :", "Nota para
   Leocadia:", "Briefje voor Fokje:");
5. a greeting, the addressee's first name, listed or not, then the sender's introduction or a second-person word
   ("Salut Aurélienne, c'est le livreur", "Buenas Ermengol, soy el fontanero", "Hola Abril! Te escribo", "Hallo
   Hiltrud, hier ist ...", "Hi Marigold, it's the window cleaner", "Hoi Vajèn, met de glazenwasser");
6. a relative's or a patient's full name that no list holds ("Sohn Wigbert Oosterhek informiert", "daughter Cressida
   Vantongeren informed", "dochter Fenneke Oosterhek gebeld", "Ihre Patientin Aldegonde Stührenberg, geb. ...", "Votre
   patiente Aurélienne Pittetaz, née le ...", "Su paciente Perpetua Tudelilla, nacida el ...");
7. a rota's weekday rows, a first name alone ("Di Wiebke", "di: Rixt", "Tue: Tamsin") between two rows whose persons
   are found; a person's label, then a full name whose first name is also a word ("Melder: Mei van der Kolk, tel."); an
   addressee after a dash mid-message, a second-person word after ("– Hiltrud, bei dir fehlt ...", "— Morwenna, your
   cheque ...", "– Ysaline, il te manque ...", "– Fokje, bij jou staat ...");
8. near misses: a handle or a service's account in an env dump ("CIRCLE_USERNAME=kmorgan", "DB_USERNAME=Admin"), a team
   that acknowledged ("Acknowledged by Ops:"), a group greeted ("Hola Chicos! Os ...", "Hola Familia! Te ...", "Hallo
   Nachbarn, hier ist ..."), a place introduced ("This is Paris from the air"), a note for a department or a month, a menu's
   weekday rows ("Di Reis"), a place after a dash, a firm's partners after a dash ("– Deprez, Maes en De Vos CommV"), and
   firms named after people: company forms the lists lacked ("Ciríaco y Solís S.A.T.", "Pérez e Hijos S.A.D.", "Martin
   et Dubois SCI", "Harris and Cole LP") and a Dutch firm's royal prefix ("Koninklijke Jansen", "Royal de Vries").

Of the 61 cases below (40 to catch, 21 to leave alone), 29 fail on round 77 (27 to catch and two firms, "Martin et
Dubois SCI" and "Harris and Cole LP"; the other catches are listed names that round 77's rules find in these frames
already: the bank's misses were names the lists do not know, or know as words, months or places). Three cases were
added by the lead after the full dump, all passing on round 77: a dispatch page's caller before "CB" (the call-back
number: a first version read "CB" as a firm's form and lost four callers on ventifact) and a driving school
introducing itself ("this is Riverside School of Motoring": six false persons on delta).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # who acknowledged an alert
    ('person', 'ALERT: disk almost full on db-02\nSeverity: High\nAcknowledged by Gwenllian Hartwell: "rotating the logs now"', 'Gwenllian Hartwell'),
    ('person', 'Störung: Dienst nicht erreichbar auf app-04\nSchwere: hoch\nBestätigt von Wigbert Brennwald: „Wartung läuft“', 'Wigbert Brennwald'),
    ('person', 'ALERTE : certificat expiré sur web-03\nGravité : haute\nAcquitté par Rosine Vautrinet : « renouvellement en cours »', 'Rosine Vautrinet'),
    ('person', 'ALERTA: CPU al 98 % en app-02\nSeveridad: media\nReconocido por Teodulo Arizmendi: «despliegue en curso»', 'Teodulo Arizmendi'),
    ('person', "STORING: back-up mislukt op nas-02\nPrioriteit: laag\nBevestigd door Sibrand ter Borgh: 'schijf wordt vervangen'", 'Sibrand ter Borgh'),
    # a CI's or an env's user-name variable holding a name
    ('person', '$ printenv | sort\nCI_PIPELINE_ID=88123\nGITLAB_USER_NAME=Ottilie\nAPI_TOKEN=glpat-xxxxxxxx', 'Ottilie'),
    ('person', 'env\nBUILD_REASON=Manual\nBUILD_REQUESTEDFOR=Iolanthe Hartwell\nSYSTEM_ACCESSTOKEN=***', 'Iolanthe Hartwell'),
    ('person', 'Umgebung:\nGIT_AUTHOR_NAME="Ebeltje Stührenberg"\nGIT_BRANCH=main', 'Ebeltje Stührenberg'),
    ('person', 'export CIRCLE_USERNAME=Azucena\nexport CIRCLE_BRANCH=fix/login', 'Azucena'),
    # a caller introducing herself
    ('person', 'Hello, this is Morwenna from the surgery. Your blood results are back, please ring us.', 'Morwenna'),
    ('person', "Hi, it's June from the dental practice: your check-up is on Monday.", 'June'),
    ('person', "Bonjour, c'est Ysaline de la pharmacie, votre commande est prête.", 'Ysaline'),
    ('person', 'Hallo, hier ist Ottilie von der Praxis Dr. Kaya, Ihr Termin muss verschoben werden.', 'Ottilie'),
    ('person', 'Hola, soy Gumersindo de la gestoría. Te falta firmar la renta.', 'Gumersindo'),
    ('person', 'Goedemiddag, met Rixt van de tandartspraktijk. U heeft morgen om 9 uur een afspraak.', 'Rixt'),
    # a note for someone
    ('person', 'Note for Tamsin: the florist moved the delivery to Friday.', 'Tamsin'),
    ('person', 'Nachricht an Hiltrud: die Trauerfeier beginnt erst um 11 Uhr.', 'Hiltrud'),
    ('person', 'Note pour Ysaline : la cérémonie est avancée à 10 h.', 'Ysaline'),
    ('person', 'Nota para Leocadia: el velatorio pasa a la sala 2.', 'Leocadia'),
    ('person', 'Briefje voor Fokje: de kist wordt dinsdag geleverd.', 'Fokje'),
    # a greeting, the addressee, then the sender's introduction or a second-person word
    ('person', "Salut Aurélienne, c'est le livreur, je suis en bas de l'immeuble.", 'Aurélienne'),
    ('person', 'Buenas Ermengol, soy el fontanero, llego a las cinco.', 'Ermengol'),
    ('person', 'Hola Abril! Te escribo por lo del presupuesto.', 'Abril'),
    ('person', 'Hallo Hiltrud, hier ist der Schornsteinfeger, ich komme morgen früh.', 'Hiltrud'),
    ('person', "Hi Marigold, it's the window cleaner, I'll be round on Tuesday.", 'Marigold'),
    ('person', 'Hoi Vajèn, met de glazenwasser, ik kom morgen langs.', 'Vajèn'),
    # a relative's or a patient's full name that no list holds
    ('person', 'Nachtdienst\n02:10 Sohn Wigbert Oosterhek informiert, kommt um 8 Uhr.', 'Wigbert Oosterhek'),
    ('person', 'Night log\n02:10 daughter Cressida Vantongeren informed, on her way.', 'Cressida Vantongeren'),
    ('person', 'Logboek\n03:15 dochter Fenneke Oosterhek gebeld, komt morgen.', 'Fenneke Oosterhek'),
    ('person', 'Sehr geehrte Kollegin,\nIhre Patientin Aldegonde Stührenberg, geb. 03.04.1961, stellte sich heute vor.', 'Aldegonde Stührenberg'),
    ('person', 'Chère consœur,\nVotre patiente Aurélienne Pittetaz, née le 4 mai 1979, a consulté ce jour.', 'Aurélienne Pittetaz'),
    ('person', 'Estimado colega:\nSu paciente Perpetua Tudelilla, nacida el 2 de marzo de 1980, acudió hoy.', 'Perpetua Tudelilla'),
    # a rota's weekday rows
    ('person', 'Putzplan KW 12\nMo Roswitha (0171 2345678)\nDi Wiebke\nMi –\nDo Ottilie (0171 2345679)', 'Wiebke'),
    ('person', 'Rooster koelkast\nma: Sanne (06 12345678)\ndi: Rixt\nwo: Femke (06 87654321)', 'Rixt'),
    ('person', 'Cleaning rota\nMon: Harriet (07700 900123)\nTue: Tamsin\nWed: Gwen (07700 900456)', 'Tamsin'),
    # a person's label, a full name whose first name is also a word
    ('person', 'Zwermmelding\nMelder: Mei van der Kolk, tel. 06 12345678\nAdres: Kerkstraat 4', 'Mei van der Kolk'),
    # an addressee after a dash, a second-person word after
    ('person', 'Beitrag bitte bis Freitag überweisen – Hiltrud, bei dir fehlt noch die Unterschrift.', 'Hiltrud'),
    ('person', 'Fees are due by Friday — Morwenna, your cheque from last month bounced.', 'Morwenna'),
    ('person', "Réglez la cotisation avant vendredi – Ysaline, il te manque encore le RIB.", 'Ysaline'),
    ('person', 'Graag voor vrijdag betalen – Fokje, bij jou staat nog het oude nummer.', 'Fokje'),
]

CATCH_KEPT = [
    # added by the lead after the full dump: a dispatch page's call-back code "CB" is no firm's form (ventifact)
    ('person', '*** GRASS FIRE *** CALLER Nora Lindqvist CB 555-201-3344 *** RESPOND', 'Nora Lindqvist'),
    ('person', 'Incident 4471: caller Tom Hale CB 07700 900123, smoke from a shed.', 'Tom Hale'),
]

LEAVE = [
    ('$ printenv\nCIRCLE_USERNAME=kmorgan\nCIRCLE_BRANCH=main', 'kmorgan'),
    ('$ printenv\nDB_USERNAME=Admin\nSMTP_USERNAME=Mailer', 'Admin'),
    ('$ printenv\nDB_USERNAME=Admin\nSMTP_USERNAME=Mailer', 'Mailer'),
    ('Acknowledged by Security Team: "false positive"', 'Security'),
    ('This is Paris from the air, seen at dawn.', 'Paris'),
    ('Note for Finance: the invoices are due on Friday.', 'Finance'),
    ('Nota para Marzo: revisar las cuotas.', 'Marzo'),
    ('Hola Chicos! Os recuerdo la cena del viernes.', 'Chicos'),
    ('Hallo Nachbarn, hier ist die Hausverwaltung.', 'Nachbarn'),
    ('Hola Familia! Te cuento lo del viaje.', 'Familia'),
    ('Acknowledged by Ops: restarted the pod', 'Ops'),
    ('Menü der Woche\nMo Pasta (vegetarisch)\nDi Reis\nMi Suppe (mit Brot)', 'Reis'),
    ('Lieferung morgen – Berlin, dein Paket liegt im Depot.', 'Berlin'),
    ('Workflow mislukt – Deprez, Maes en De Vos CommV/webshop', 'Deprez'),
    ('Reserva de grupo – transportes Ciríaco y Solís S.A.T.\nSalida: 9:00', 'Ciríaco'),
    ('Reserva de grupo – transportes Ciríaco y Solís S.A.T.\nSalida: 9:00', 'Solís'),
    ('Factura de Pérez e Hijos S.A.D. pagada el lunes.', 'Pérez'),
    ('Loyer réglé à Martin et Dubois SCI le 3 mai.', 'Martin'),
    ('Tarief € 1.250,00 incl. btw, Koninklijke Jansen.', 'Jansen'),
    ('Geleverd door Royal de Vries, 12 dozen.', 'Vries'),
    ('Invoice from Harris and Cole LP attached.', 'Harris'),
    # added by the lead after the full dump: a driving school introducing itself (delta)
    ('Hi Kayla, this is Riverside School of Motoring. Your next lesson is on 3 May.', 'Riverside'),
]


@pytest.mark.parametrize("category,text,value", CATCH + CATCH_KEPT, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH + CATCH_KEPT])
def test_round78_people_b_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round78_people_b_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
