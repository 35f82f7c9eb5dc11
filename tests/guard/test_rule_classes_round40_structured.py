"""The structured rule classes fixed after the polynya and ogive banks' misses and false positives
(round 40). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. phones in a table: a phone column whose owners are joined by a slash or a conjunction ("tlf.
   madre/padre", "Tel. Mutter/Vater", "tél. mère/père", "tel. moeder/vader", "phone mother/father"),
   and Spanish's "tlfno" as the column; a phone's other attribute stays no phone column;
2. phones after a label: an emergency field ("Urgence :", "Notfall:", "Urgencias:", "Noodgeval:",
   "Emergency:"), a shared phone-and-e-mail field ("Phone / email:", "Tel./E-Mail:", "Tél. / courriel :");
   a list item whose bold name is a person's, ending in a number ("- **Megan Doyle** - Hut 2, 8815
   0759"); a chat message that names a person, then a dash and a number; a list item naming a place
   and another label's value stay clean;
3. dates of birth: a birthday's word, then in quotes a person's name and a date;
4. payment cards: a 13-digit Visa that is also a valid EAN after a receipt's "paid:" field, in five
   languages; a barcode after "paid on <date>:" stays clean;
5. IBANs: the line under an address that holds a French IBAN (27 characters, a last group of three)
   is no town line: the IBAN and the address are both found;
6. national identifiers: a record whose type key names the identifier, the value under its number
   key ("doc_type=AADHAAR doc_no=...", "tipo_documento=NISS numero=..."), the check digit deciding;
   another key's value stays clean; a PPSN named earlier in the paragraph, its check letter deciding;
7. passports: German's short "Pass" opening a list item or a bracket before the number, in a German
   text; a boarding pass and an English visitor's pass stay clean;
8. medical records: a hospital's three-letter code and its local number in brackets after a patient's
   name, in a text about care (dialysis now a care word); the same shape about an airport or an
   invoice stays clean;
9. street addresses, false: a lower-case "via" after a sentence's word is the preposition ("Delivered
   via Office 365 E5"); a street's "Via" opening a field or after an article stays an address.

Of the 68 cases (43 to catch, 17 near misses, 8 that must stay found), 41 failed before the change:
36 catches (the Spanish "tlfno" column, the German and French shared phone-and-e-mail labels, the
German list item and the English chat line with a trunk-0 number, and the BSN and Steuer-ID type
keys were caught already),
the four "via" near misses, and the address above the IBAN (it swallowed the IBAN's line).
"""

from __future__ import annotations

from tests.guard.test_rule_classes import catches, stays_clean, still_found

CATCH = [
    # 1. a phone column whose owners are joined
    ("phone", "niño;curso;tfno. madre/padre\nPablo Ruiz;3B;+34 912 345 678\nMarta Gil;3A;934567812", "934567812"),
    ("phone", "Kind;Gruppe;Tel. Mutter/Vater\nMia Roth;Bären;+49 171 2345678\nEmil Roth;Igel;01712345678", "01712345678"),
    ("phone", "élève;classe;tél. mère/père\nLéa Roy;CE2;+33 6 12 34 56 78\nHugo Roy;CM1;0612345679", "0612345679"),
    ("phone", "leerling;groep;tel. moeder/vader\nSanne Bakker;5;+31 6 12345678\nDaan Bakker;7;0612345670", "0612345670"),
    ("phone", "pupil;class;phone mother/father\nAnn Lee;3B;+44 7700 900123\nTom Lee;4A;07700900124", "07700900124"),
    ("phone", "nombre;tlfno\nAna Gil;+34 912 345 678\nLuis Gil;934567813", "934567813"),
    # 2. an emergency field, a shared phone-and-e-mail field
    ("phone", "Inscription stage de voile\nParticipant : Hugo Petit\nUrgence : 0612345678", "0612345678"),
    ("phone", "Anmeldung Zeltlager\nKind: Mia Roth\nNotfall: 01712345678", "01712345678"),
    ("phone", "Inscripción campamento\nNiño: Pablo Ruiz\nUrgencias: 612345678", "612345678"),
    ("phone", "Aanmelding zomerkamp\nKind: Sanne Bakker\nNoodgeval: 0612345678", "0612345678"),
    ("phone", "Camp sign-up\nChild: Tom Hale\nEmergency: 07700900123", "07700900123"),
    ("phone", "Bike drop-off\nOwner: Tom Hale\nPhone / email: 62739163 / tom.hale@example.com", "62739163"),
    ("phone", "Fahrradannahme\nBesitzer: Jonas Roth\nTel./E-Mail: 01712345678 / jonas@example.de", "01712345678"),
    ("phone", "Dépôt vélo\nPropriétaire : Léa Roy\nTél. / courriel : 0612345678 / lea@example.fr", "0612345678"),
    # ... a list item of a person and a number, a chat message naming a person
    ("phone", "Here is the rota:\n\n- **Megan Doyle** - Hut 2, 8815 0759\n- **Ann Lee** - Hut 3, ann@example.com",
     "8815 0759"),
    ("phone", "Lista de monitores:\n\n- **Pablo Ruiz** - caseta 3, 612345678\n- Marta (suplente)", "612345678"),
    ("phone", "Dienstplan:\n- **Jonas Roth** - Turm 2, 0171 2345678", "0171 2345678"),
    ("phone", "[09:12] Tom: ask Ann Lee, she has spares - 07700 900123\n[09:13] Kim: thanks!", "07700 900123"),
    ("phone", "[18:02] Marta: habla con Pablo Ruiz, tiene llaves - 612345678\n[18:03] Luis: vale", "612345678"),
    # 3. a birthday's word, then in quotes the name and the date
    ("date_of_birth", "Please print on the mug my dad's name and birthday - 'Peter Walsh 1948-03-14' in gold.",
     "1948-03-14"),
    ("date_of_birth", "Für die Torte bitte Name und Geburtstag - 'Jana Roth 12.03.1951' in Blau.", "12.03.1951"),
    ("date_of_birth", "Cumpleaños de la abuela - 'Ana Gil 12-03-1951' en la tarta, por favor.", "12-03-1951"),
    ("date_of_birth", "Op de taart, de verjaardag van oma: 'Sanne Bakker 12-03-1951'.", "12-03-1951"),
    ("date_of_birth", "Sur le gâteau, l'anniversaire de mamie - 'Léa Roy 12/03/1951' en rose.", "12/03/1951"),
    # 4. a receipt's "paid:" field
    ("payment_card", "Order 5512 - wreath, delivered Friday\nPaid: 4277204056089", "4277204056089"),
    ("payment_card", "Bestellung Kranz, Lieferung Freitag\nBezahlt: 4375858471958", "4375858471958"),
    ("payment_card", "Commande couronne, livraison vendredi\nPayé : 4474452907846", "4474452907846"),
    ("payment_card", "Pedido corona, entrega el viernes\nPagado: 4277204056089", "4277204056089"),
    ("payment_card", "Bestelling krans, bezorgen vrijdag\nBetaald: 4375858471958", "4375858471958"),
    # 5. a French IBAN on the line under an address
    ("iban", "Livraison à :\n12, rue des Lilas, 69003 Lyon\nVirement SEPA sur FR76 3000 6000 0112 3456 7890 189.",
     "FR76 3000 6000 0112 3456 7890 189"),
    ("iban", "Ship to:\n12 rue des Lilas, 69003 Lyon\nDirect Debit on FR76 3000 6000 0112 3456 7890 189 monthly.",
     "FR76 3000 6000 0112 3456 7890 189"),
    ("iban", "Bezorgadres:\n12 rue des Lilas\n69003 Lyon\nIncasso op FR76 3000 6000 0112 3456 7890 189",
     "FR76 3000 6000 0112 3456 7890 189"),
    # 6. a type key that names the identifier; a PPSN named earlier in the paragraph
    ("national_id", "kyc-svc INFO user=\"Ravi Nair\" doc_type=AADHAAR doc_no=658073021578 result=ok", "658073021578"),
    ("national_id", "alta INFO tipo_documento=NISS numero=85073003328 estado=ok", "85073003328"),
    ("national_id", "import soort_id=BSN nummer=111222333 status=ok", "111222333"),
    ("national_id", "check ausweis_typ=STEUER-ID nummer=86095742719 ok", "86095742719"),
    ("national_id", "inscription type_piece=SIN numero=130 692 544 statut=ok", "130 692 544"),
    ("national_id", "HR note: Aoife Byrne needs her PPS number for payroll - it finally arrived in the post, 2345678I.",
     "2345678I"),
    # 7. German's short "Pass" before the number
    ("passport", "Mieter für den Vertrag: Jonas Roth (Pass C01X00T47), Einzug 1.3.", "C01X00T47"),
    ("passport", "Reisende für die Buchung: Anna Weber, Pass C01X00T47; Tom Weber, Pass folgt.", "C01X00T47"),
    # 8. a hospital's code and its number after a patient's name, in care
    ("medical_record", "Ward 4 handover: Mr Patel (RWE 7731208) stable overnight.", "7731208"),
    ("medical_record", "Dialyse-Plan: Herr Roth (UKE 4471209) kommt dienstags.", "4471209"),
    ("medical_record", "Séance de dialyse : Mme Roy (HEG 447120), lundi.", "447120"),
]

CLEAN = [
    # 1. a phone's other attribute
    ("phone", "item;phone model/colour\nA1;20231234\nA2;20231235"),
    # 2. another thing after an emergency's word; a place's list item
    ("phone", "Urgence : dossier 4417228855 transmis au service."),
    ("phone", "Notfall: 2 Einsätze, Akte 4417228855"),
    ("phone", "- **Tower 4** - shift B, 7815 0759"),
    # 3. a quoted title with a year after a birthday's word
    ("date_of_birth", "the birthday party at 'Rose Hall 2025' was fun"),
    # 4. a barcode after a date's payment
    ("payment_card", "Bezahlt am 03.05.: 4006381333931"),
    # 6. another key's value; a failing check digit; a PPSN's word in another paragraph
    ("national_id", "doc_type=AADHAAR ticket_no=658073021578"),
    ("national_id", "doc_type=AADHAAR doc_no=658073021579"),
    ("national_id", "PPS number pending.\n\nPart 2345678I shipped."),
    # 7. a boarding pass
    ("passport", "Your Boarding Pass 033453233 is attached."),
    ("passport", "Visitor log: Tom Hale, Pass 123456789, floor 3"),
    # 8. the same shape about an airport or an invoice
    ("medical_record", "Transport Mrs Evans (BAW 071984) to the airport on Friday."),
    ("medical_record", "Mrs Evans (RXH 071984) called about the invoice."),
    # 9. the preposition "via"
    ("street_address", "Placement test export, 60 items. Delivered via Office 365 E5."),
    ("street_address", "Factuur verstuurd via Exact Online 3 keer."),
    ("street_address", "Envoyé via Chronopost 24 ce matin."),
    ("street_address", "Envío via Correos Express 48 horas."),
]

STILL = [
    ("street_address", "Livraison à :\n12, rue des Lilas, 69003 Lyon\nVirement SEPA sur FR76 3000 6000 0112 3456 7890 189.",
     "12, rue des Lilas, 69003 Lyon"),
    ("street_address", "Dirección: via Augusta 12, 08006 Barcelona", "via Augusta 12, 08006 Barcelona"),
    ("street_address", "Vive en la Via Augusta 12, Barcelona.", "Via Augusta 12"),
    ("phone", "Anmeldung\nNotfall: 033 530 23 54", "033 530 23 54"),
    ("phone", "Phone / email: 661-018-2368 / ann@example.com", "661-018-2368"),
    ("passport", "Pass: 353641925 (Reisepass)", "353641925"),
    ("date_of_birth", "Teilnehmerin: Jana Roth\nGeburtsdatum: 12.03.1951", "12.03.1951"),
    ("national_id", "id_type=AADHAAR aadhaar_no=658073021578", "658073021578"),
]


test_catches = catches(CATCH)
test_stays_clean = stays_clean(CLEAN)
test_still_found = still_found(STILL)
