"""The person classes fixed after the ghyll and beck banks (round 80, persons half, by a helper): ghyll's false persons
(20, all in clean rows: 3.3% of its clean rows flagged) and missed persons (28, person recall 0.974), beck's false (9)
and missed persons (38, recall 0.965). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a cut flower's variety after its quantity and the flower's plural on an invoice's line ("50 Rosen Red Naomi",
   "20 x roses Red Naomi", "100 rosas Freedom Blanca", "25 Tulpen Queen Anne"); "Anna Rosen" stays a person;
2. a team's name cut by the name's reading in a league's standings, a rank before, its last word and its points after
   ("3. Quiz Pro Quo 270" in a "Clasificación", "2. Pierre Qui Roule 44" in a "Classement", "2. Stuart Little Helpers
   38" in "Standings"); a chess standings' "1. Anna Weber 7" stays a person;
3. a stud farm or a riding stable, its word first ("Yeguada El Olivar: 4 caballos", "Ganadería Los Álamos", "Gestüt
   Birkenhof", "Haras de la Touques", "Stoeterij De Hoeve");
4. a firm of surnames after the label of a fund, a law firm or an insurer ("Super fund: James, Jones and Campbell",
   "Pensionskasse: Koch, Braun & Frey", "Cabinet : Martin, Roux et Petit", "Bufete: Pérez, Gil y Ruiz", "Pensioenfonds:
   Smit, Bos en Kok"); a witnesses' list stays people;
5. a draft's author ("im Newsletter-Entwurf von Grzegorz steht", "in het conceptbericht ... van Roger staat", "el
   borrador de Remedios dice", "le brouillon de Solène contient", "the brochure written by Imogen says", "que escribió
   Domingo aparece", "rédigé par Claire", "verfasst von Ottilie", "opgesteld door Fenna"); "the draft by June." and "by
   Friday" are deadlines;
6. a session note's patient opening a sentence after the session's header ("Akupunktur, 4. Sitzung\nLeo berichtet",
   "Physio session 4\nImogen says", "sesión 2. Ruperto refiere", "séance 4 : Solène signale", "sessie 5 - Aaliyah slaapt
   beter"); "Patient berichtet", "Client reports", a kin's word ("Mum reports Nicole is ...", added after the full
   dump: sastrugi) stay clean;
7. the child in a childminder's or a nursery's diary after its label and date ("Tagebuch Tagesmutter, 2025-05-09: Bruni
   hat", "Daily diary 12/03: Oliver has", "Cahier de liaison du 07/03 : Claire a", "Diario de hoy (6 de mayo): Aureliano
   ha", "Heen-en-weerschrift 12/3: Fenna heeft"); "Heute hat", "Bébé a" stay clean;
8. a yacht's crew member ("Mitsegler Vitus leicht unterkühlt", "crew member Imogen hypothermic", "équipière Solène
   blessée", "tripulante Remedios con hipotermia", "bemanningslid Fenna onderkoeld", "Mitseglerin Florence", a common
   first name that is also a city's); "Mitsegler Hamburg", "Mitsegler Amsterdam" stay clean;
9. a role's label that ends a line with a full name ("Incident Manager: Cosima Kade", "Projektleiter: Cosima Kade",
   "Responsable incident : Solène Marchal", "Jefe de turno: Remedios Gil (móvil)", "Incidentmanager: Fenna de Vries");
   "Release Manager: Jenkins Pipeline", "Team Lead: Customer Success" stay clean;
10. a letter's writer who gives their full name, then where they live ("Ich bin Kerim Fehr, wohnhaft ...", "I am Imogen
    Hale, residing at ...", "Je suis Solène Marchal, domiciliée ...", "Ik ben Anouk Visser, woonachtig ..."); "Soy
    Ingeniero Civil, residente en Madrid" stays clean.
11. a greeting that opens the text, then a first name that is also a weekday's or a month's, alone before a colon or a
    comma ("Hola Domingo:\n\n...", "Hi June,\n...", "Hallo August:\n..."); "Hi Sunday," stays clean.

Of the 85 cases below (45 to catch, seven of them near misses of the vetoes that must stay found; 40 to leave alone),
29 fail on round 79 (23 to catch, 6 to leave). The other 22 to catch pass there: the seven near misses, and 15 frames
that older rules read in these wordings (the English, German and Dutch authors, the English and French patients, the
English and Dutch diaries, three role labels, the four letters' writers), kept as guards of the class's languages; the
other 29 to leave pass there too (the bank's wording is the one that failed: "Super fund: ..." beside an "Issue:" line).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import found

CATCH = [
    # 5. a draft's author
    ('person', 'Datenschutz-Check: im Rundschreiben-Entwurf von Grzegorz steht „nur intern“ – bitte streichen.', 'Grzegorz'),
    ('person', 'Let op: in het conceptverslag voor de leden van Roger staat "vertrouwelijk".', 'Roger'),
    ('person', 'Ojo: el borrador de Remedios dice "confidencial", hay que quitarlo.', 'Remedios'),
    ('person', 'Attention : le brouillon de Solène contient « usage interne » à retirer.', 'Solène'),
    ('person', 'Heads up - the brochure written by Imogen says "internal only", please fix.', 'Imogen'),
    ('person', 'Revisión: en la circular que escribió Domingo aparece "uso interno". Quitarlo.', 'Domingo'),
    ('person', 'Relecture : la lettre aux adhérents rédigée par Claire contient « confidentiel ».', 'Claire'),
    ('person', 'Der Aushang wurde verfasst von Ottilie, bitte gegenlesen.', 'Ottilie'),
    ('person', 'Nieuwsbrief opgesteld door Fenna, graag nakijken voor vrijdag.', 'Fenna'),
    ('person', 'Im Entwurf von Ottilie Brandt steht „vertraulich“.', 'Ottilie Brandt'),
    # 6. a session note's patient
    ('person', 'Physiotherapie, 3. Sitzung\nLeonid berichtet: Knie stabiler, Treppen gehen besser.', 'Leonid'),
    ('person', 'Physio session 4 of 8\nImogen says the knee feels better on stairs.', 'Imogen'),
    ('person', 'Fisioterapia, sesión 3. Ruperto refiere menos dolor al subir escaleras.', 'Ruperto'),
    ('person', 'Kinésithérapie, séance 4 : Solène signale moins de douleurs au genou.', 'Solène'),
    ('person', 'Fysiotherapie sessie 3 - Aaliyah slaapt beter, minder pijn.', 'Aaliyah'),
    # 7. a diary's child
    ('person', 'Tagebuch Tagesmutter, 12.03.2025: Bruni hat heute draußen gespielt.', 'Bruni'),
    ('person', 'Daily diary 12/03: Oliver has eaten all his lunch.', 'Oliver'),
    ('person', 'Cahier de liaison du 12/03 : Claire a bien dormi.', 'Claire'),
    ('person', 'Diario de hoy (6 de mayo): Aureliano ha dormido la siesta.', 'Aureliano'),
    ('person', 'Heen-en-weerschrift 12/3: Fenna heeft goed gegeten.', 'Fenna'),
    # 8. a crew member
    ('person', 'Einsatzbericht\n18:20 Mitseglerin Ottilie an Land gebracht, unverletzt', 'Ottilie'),
    ('person', 'Lifeboat log: crew member Imogen hypothermic, handed to paramedics', 'Imogen'),
    ('person', 'Journal SNSM : équipière Solène blessée à la main, évacuée', 'Solène'),
    ('person', 'Salvamento: tripulante Remedios con hipotermia, trasladada', 'Remedios'),
    ('person', 'KNRM-logboek: bemanningslid Fenna onderkoeld, naar de wal', 'Fenna'),
    ('person', 'Seenotrettung\n17:55 Yacht im Schlepp\nBem.: Mitseglerin Florence leicht verletzt', 'Florence'),
    # 9. a role's label and a full name
    ('person', 'Wiki › Incidents › Payment outage\nIncident Commander: Cosima Kade\nTrigger: deploy 7.1', 'Cosima Kade'),
    ('person', 'Projektseite\nProjektleiter: Cosima Kade\nStart: März', 'Cosima Kade'),
    ('person', 'Incident réseau\nResponsable incident : Solène Marchal\nDébut : 08h12', 'Solène Marchal'),
    ('person', 'Parte de guardia\nJefe de turno: Remedios Gil (móvil)\nIncidencias: ninguna', 'Remedios Gil'),
    ('person', 'Storing betaalsysteem\nIncidentmanager: Fenna de Vries\nOorzaak: update', 'Fenna de Vries'),
    # 10. a letter's writer and where they live
    ('person', 'Sehr geehrte Damen und Herren,\nich bin Kerim Fehr, wohnhaft Lindenweg 6, 3000 Bern.', 'Kerim Fehr'),
    ('person', 'Dear Sir or Madam,\nI am Imogen Hale, residing at 4 Mill Lane, Leeds.', 'Imogen Hale'),
    ('person', 'Madame, Monsieur,\nJe suis Solène Marchal, domiciliée 3 rue des Lilas à Lyon.', 'Solène Marchal'),
    ('person', 'Geachte heer,\nIk ben Anouk Visser, woonachtig Dorpsstraat 4 te Ede.', 'Anouk Visser'),
    # 11. a greeted weekday's or month's first name
    ('person', 'Hola Domingo:\n\nTu plaza en el campamento de verano está confirmada.', 'Domingo'),
    ('person', 'Hi June,\nthanks for sending the form back so quickly.', 'June'),
    ('person', 'Hallo August:\nDeine Anmeldung ist eingegangen.', 'August'),
    # near misses of the vetoes: these stay persons
    ('person', 'Anna Rosen bestellt 50 Rosen für die Hochzeit.', 'Anna Rosen'),
    ('person', 'Rangliste Schach nach 7 Runden: 1. Anna Weber 7, 2. Jan Berg 6.', 'Anna Weber'),
    ('person', 'Vielen Dank an Écurie und Anna Martin.', 'Anna Martin'),
    ('person', 'Witnesses: James, Jones and Campbell', 'James'),
    ('person', 'Rechnung\n50 Tulpen\nLieferung an Anna Weber', 'Anna Weber'),
    ('person', 'Bitte die Unterlagen an Anna Rosen schicken.', 'Anna Rosen'),
    ('person', 'Stand nach 7 Runden: 1. Anna Weber 7, 2. Jan Berg 6.', 'Jan Berg'),
]

LEAVE = [
    # 1. a flower's variety
    ('Großhandelsrechnung 2024/118 - Blumen Koch GmbH\n50 Rosen Red Naomi\n10 Bund Schleierkraut', 'Naomi'),
    ('Florist order\n20 x roses Red Naomi\n5 eucalyptus', 'Naomi'),
    ('Pedido floristería\n100 rosas Freedom Blanca\n20 paniculata', 'Freedom'),
    ('Bestelling\n25 Tulpen Queen Anne\n10 takken eucalyptus', 'Queen'),
    ('Lieferschein\n30 Stk. Lilien Stargazer Rose\nBund Eukalyptus', 'Stargazer'),
    # 2. a team in standings
    ('Clasificación liga de quiz: 1. Los Sabios 301, 2. Cuñados FC 288, 3. Quiz Pro Quo 270.', 'Quiz'),
    ('Classement après 5 manches : 1. Les Cerveaux 50, 2. Pierre Qui Roule 44', 'Pierre'),
    ('Standings after week 4: 1. Brain Drain 40, 2. Stuart Little Helpers 38', 'Stuart'),
    ('Tussenstand quiz: 1. De Slimmeriken 45, 2. Anna Karenina Club 41', 'Anna'),
    # 3. a stud farm
    ('Libro del herrador\n12/03/2024 Yeguada Los Pinos: 6 caballos herrados', 'Yeguada'),
    ('Ganadería Los Álamos: 12 terneros vacunados', 'Ganadería'),
    ('Hufschmied-Buch\n12.03.2024 Gestüt Birkenhof: 4 Pferde beschlagen', 'Gestüt'),
    ('Haras de la Touques : 3 chevaux parés', 'Haras'),
    ('Hoefsmid\n12-03-2024 Stoeterij De Hoeve: 5 paarden bekapt', 'Stoeterij'),
    # 4. a firm of surnames after a fund's or a firm's label
    ('Payroll correction - Mia Rose Turner\nTFN: 841675734\nSuper fund: Thomas, Walker and Hughes\n'
     'Issue: super not paid on 2 casual shifts', 'Walker'),
    ('Pensionskasse: Koch, Braun & Frey\nBeitrag: 4 %', 'Koch'),
    ('Cabinet : Martin, Roux et Petit\nDossier : 2024-118', 'Martin'),
    ('Bufete: Pérez, Gil y Ruiz\nExpediente: 2024/118', 'Pérez'),
    ('Pensioenfonds: Smit, Bos en Kok\nPremie: 4%', 'Smit'),
    # 5. deadlines after a draft
    ('Please send the draft by June.', 'June'),
    ('Please send the draft by Friday.', 'Friday'),
    ('In het concept van Microsoft staat een fout.', 'Microsoft'),
    # 6. a session's role words
    ('Sitzung 2. Patient berichtet: besser.', 'Patient'),
    ('Session 3 - Client reports better sleep.', 'Client'),
    ('Sesión 2. Paciente refiere menos dolor.', 'Paciente'),
    ('Team session: Marketing reports growth.', 'Marketing'),
    ('Speech therapy session 4\nMum reports Nicole is using short phrases at nursery.', 'Mum'),
    ('Logopädie, 3. Sitzung\nMutter berichtet, dass Lena mehr spricht.', 'Mutter'),
    # 7. a diary's words
    ('Tagebuch, 12.3.: Heute hat es geregnet.', 'Heute'),
    ('Cahier de liaison : Bébé a bien mangé.', 'Bébé'),
    ('Diary 12/03: Today has been fun.', 'Today'),
    # 8. a crew's place and words
    ('Die Mitsegler Hamburg sind da.', 'Hamburg'),
    ('crew member Training is due.', 'Training'),
    ('Die Mitsegler Amsterdam und Kiel warten.', 'Amsterdam'),
    # 9. a role's label and a thing
    ('Release Manager: Jenkins Pipeline', 'Jenkins'),
    ('Team Lead: Customer Success', 'Customer'),
    ('Change Manager: Approval Board', 'Approval'),
    # 11. a weekday greeted, a lower-cased weekday
    ('Hi Sunday,\nwhat a lovely day for a walk.', 'Sunday'),
    ('Hola domingo:\nhoy toca descansar.', 'domingo'),
    # 10. a profession after "I am"
    ('Soy Ingeniero Civil, residente en Madrid.', 'Ingeniero'),
]


@pytest.mark.parametrize("category,text,value", CATCH, ids=[f"{c}:{v[:24]}" for c, _, v in CATCH])
def test_round80_people_classes_catch_the_value(scanner: Scanner, category: str, text: str, value: str) -> None:
    hits = found(scanner, text)
    assert (category, value) in hits, hits


@pytest.mark.parametrize("text,thing", LEAVE, ids=[thing for _, thing in LEAVE])
def test_round80_people_things_stay_clean(scanner: Scanner, text: str, thing: str) -> None:
    assert [h for h in found(scanner, text) if thing in h[1]] == []
