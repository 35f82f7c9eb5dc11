"""The structured rule classes fixed after the mogote and bornhardt banks' misses and false findings (issue 14,
round 59, structured half). Each case is worded differently from the banks, in the languages where the class
exists, with near misses that must stay as they were:

1. a date of birth: a care service's log of the people it saw, one a line, the time opening the line, the
   person's full name and a date in brackets some years past ("10:05 Mary Hill (12/03/1950) flu", "09:40
   Anna Roth (12.03.1950) Grippe", "11:20 Paul Roy (04/02/1949) grippe", "08:38 Ana Gil Pardo (12 de marzo de
   1950) gripe", "14:10 Joop de Vries (12-03-1950) griep"), in a text about care; a recent date, a line with
   no time opening it and a text about no care stay clean;
2. a medical record: a table's column whose name ends with a number's abbreviated word and its full stop
   ("NHS no.", "Patient nr.", "Historia núm."), read as "NHS no" is; a room's or an order's "no." column stays
   clean, and the ten digits under "NHS no." are no phone;
3. a medical record: an insured member's number by the French form's "n° d'affiliation" near a health
   insurer ("Mutuelle, n° d'affiliation : ..."); an academic "Affiliation:" and Spain's social security
   "n.º de afiliación" stay clean;
4. a phone: the speaker being at the number, right after the verb and the preposition joined with its article
   ("estoy en el ...", "estamos en el ...", "je suis au ..."); a room's or a dose's number there, and English's
   bare "I'm on ..." (round 13's near miss), stay clean;
5. not a phone: a product's or its supplier's code before a barcode ("supplier code 00...", "Produktcode",
   "code produit", "código de producto", "productcode"); a phone's word before the same digits keeps a phone;
6. not an address: a community's venue named at the head of its own notice, the line opening with its name,
   then its address ("Gemeindesaal St. Johannis, ... – Mietpreise", "Salón parroquial de San Antonio, ...:
   aforo", "St Cecilia's Church Hall, ... - hire rates", "Salle paroissiale Sainte-Anne, ... : tarifs",
   "Parochiezaal De Wijngaard, ... – huurprijzen"); a home beside the hall stays an address;
7. not an address: a device's or a role's Latin loanword in "-ator", "-itor", "-ktor" before a number
   ("Inkubator 4", "Ventilator 2", "Monitor 3", "Projektor 5"); a town gate's street ("Steintor 5", "Am
   Ostertor 5") stays one.

Of the 51 cases below (21 to catch, 30 to leave or keep as they were), 22 fail on round 58.
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found, value_not_found

CATCH = [
    # 1. a care log's timed line, a date in brackets some years past
    ("date_of_birth", "Flu clinic, Brook Street surgery\n09:12 Gwen Parry (14/02/1961) flu\n09:20 Owen Rees (03/11/1948) flu + COVID",
     "14/02/1961"),
    ("date_of_birth", "Flu clinic, Brook Street surgery\n09:12 Gwen Parry (14/02/1961) flu\n09:20 Owen Rees (03/11/1948) flu + COVID",
     "03/11/1948"),
    ("date_of_birth", "Grippeimpfung Praxis Dr. Lenz\n10:45 Hanne Kühl (07.08.1955) Influenza\n11:02 Bernd Otto (19. Mai 1949) Influenza",
     "19. Mai 1949"),
    ("date_of_birth", "Vaccination antigrippale – cabinet infirmier\n14h05 Odette Marchal (21/01/1944) grippe", "21/01/1944"),
    ("date_of_birth", "Campaña de vacunación – consultorio\n17:30 Rosario Pineda Gil (9 de octubre de 1952) gripe", "9 de octubre de 1952"),
    ("date_of_birth", "Griepprik – huisartsenpost\n08:50 Wim van der Laan (30-05-1946) griep\n09:05 Joke 's Jacob (12-12-1958) griep",
     "12-12-1958"),
    # 2. a column's name ending with a number's abbreviated word
    ("medical_record", "Flu clinic list\nName | NHS no. | Vaccine\nGwen Parry | 4857773456 | QIV\nOwen Rees | 9434765919 | QIV",
     "4857773456"),
    ("medical_record", "Station 3, Übergabe\nName;Patient nr.;Zimmer\nHanne Kühl;KH-7712093;12\nBernd Otto;KH-7712111;14",
     "KH-7712093"),
    ("medical_record", "Planta 2\nNombre;Historia núm.;Cama\nRosario Pineda;HC-330122;4\nLuis Mora;HC-330187;6", "HC-330122"),
    # 3. a member's number by "n° d'affiliation" near a health insurer
    ("medical_record", "Prise en charge\nAssurée : Odette Marchal\nMutuelle, n° d'affiliation : B5521907\nCaisse : MGEN",
     "B5521907"),
    ("medical_record", "Mutuelle Santé Plus – n° d'affiliation 7734102, à rappeler sur chaque facture.", "7734102"),
    # 4. the speaker at the number
    ("phone", "Si alguien necesita algo, estoy en el 655123987 toda la tarde.", "655123987"),
    ("phone", "Para cambios de turno estamos en el 911223344.", "911223344"),
    ("phone", "Je ne serai pas à la répétition ; si besoin, je suis au 0612345678.", "0612345678"),
    # and what stays found beside the classes
    ("phone", "Supplier: Brightline Ltd, phone 0033612345678", "0033612345678"),
    ("street_address", "Wir wohnen neben dem Gemeindehaus, Kirchweg 4.", "Kirchweg 4"),
    ("street_address", "Ich wohne am Steintor 5, 30159 Hannover.", "Steintor 5, 30159 Hannover"),
    ("date_of_birth", "Referral\nPatient: Mr Owen Rees (03/11/1948)\nFlu jab declined.", "03/11/1948"),
    ("medical_record", "Name;NHS number;Ward\nOwen Rees;9434765919;7", "9434765919"),
    ("phone", "Name | Mobile no. | Role\nGwen Parry | 07700 900461 | lead", "07700 900461"),
    ("medical_record", "Assurée : Odette Marchal\nMutuelle, n° d'adhérent : B5521907", "B5521907"),
]

CLEAN = [
    # 1. a recent date, no time opening the line, a text about no care
    ("date_of_birth", "Flu clinic\n09:12 Gwen Parry (14/02/2025) flu, second dose booked."),
    ("date_of_birth", "TV tonight\n20:15 Der Pate (24.03.1972)\n23:10 Taxi Driver (08.02.1976)"),
    ("date_of_birth", "Minutes\n18:30 Ada Lovelace (10/12/1915) talk cancelled, the hall was double booked."),
    # 2. a room's or an order's number column
    ("medical_record", "Hotel list\nGuest | Room no. | Nights\nGwen Parry | 4857 | 3\nOwen Rees | 4861 | 2"),
    ("medical_record", "Ward stores\nItem | Order no. | Qty\nGloves M | 4857773456 | 20\nAprons | 9434765919 | 50"),
    # 3. an academic affiliation, Spain's social security
    ("medical_record", "Speaker: Dr Gwen Parry\nAffiliation: University of Leeds, 2019 cohort"),
    ("medical_record", "Alta trabajador\nNombre: Luis Mora\nN.º afiliación SS: 28/1234567"),
    # 4. a room's or a dose's number after the verb
    ("phone", "Estoy en el aula 212 hasta las seis."),
    ("phone", "I'm on 20 mg twice a day now."),
    ("phone", "Couldn't make the rehearsal. If anyone asks, I'm on 58871204."),  # round 13: English's bare "I'm on"
    # 5. a product's or a supplier's code before a barcode
    ("phone", "Gown stock: 12 x M, 8 x L (navy, supplier code 0012345678905)."),
    ("phone", "Nachbestellung: Produktcode 0044120987650, 40 Stück."),
    ("phone", "Réassort : code produit 0033001122334, 30 pièces."),
    ("phone", "Reposición: código de producto 0077001123458, 25 unidades."),
    ("phone", "Nabestelling: productcode 0034123456789, 15 stuks."),
    # 6. a community's venue at the head of its notice
    ("street_address", "Pfarrsaal St. Martin, Kirchplatz 3 – Belegungsplan für Dezember"),
    ("street_address", "Salón parroquial de Santa Ana, calle del Pozo 9: capacidad 60 personas, 50 € la tarde."),
    ("street_address", "St Aidan's Church Hall, 7 Mill Lane - hire charges from January"),
    ("street_address", "Salle paroissiale Sainte-Anne, 8 rue Pasteur : tarifs de location 2026"),
    ("street_address", "Parochiezaal De Wijngaard, Kerkstraat 4 – huurprijzen per dagdeel"),
    # 7. a device's or a role's Latin loanword before a number
    ("street_address", "Intensivstation: Ventilator 2 ausgefallen, Technik informiert."),
    ("street_address", "Hörsaal B: Projektor 5 flackert, Ticket folgt."),
    ("street_address", "Kinderstation, Monitor 3 zeigt Fehler E12."),
    ("street_address", "Neonatologie: Inkubator 6 gereinigt, Freigabe durch Hygiene."),
]

NOT_FOUND = [
    # 2. ten digits under "NHS no." are the patient's number, no phone
    ("phone", "Flu clinic list\nName | NHS no. | Vaccine\nGwen Parry | 485 777 3456 | QIV\nOwen Rees | 943 476 5919 | QIV",
     "485 777 3456"),
    # 1. a date in brackets after a name with no time opening the line
    ("date_of_birth", "Flu clinic\nGwen Parry (14/02/1961) rang to rebook.", "14/02/1961"),
]

STILL = [
    ("date_of_birth", "Teilnehmer: Hanne Kühl (07.08.1955), Bernd Otto (19.05.1949)", "07.08.1955"),
    ("date_of_birth", "Klientin Hanne Kühl (07.08.1955) kam wegen Pflegegrad.", "07.08.1955"),
    ("phone", "Pour toute question, je suis au 06 12 34 56 78.", "06 12 34 56 78"),
    ("street_address", "Wir wohnen Am Ostertor 5.", "Ostertor 5"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_value_not_found = value_not_found(NOT_FOUND)
test_still_found = still_found(STILL)
