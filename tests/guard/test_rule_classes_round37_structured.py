"""The structured rule classes fixed after the kame and yardang banks' misses and false positives
(round 37). Each case below is worded differently from the banks, in the five languages where the
class exists, with near misses that must stay clean:

1. dates of birth: the value an SQL query compares a birth-date column with, a table's alias before
   the column and the query after a log's "statement:" too ("AND m.date_of_birth = '...'", "WHERE
   geburtsdatum = '...'", "date_naissance", "fecha_nacimiento", "geboortedatum"); another column's
   date stays clean;
2. medical records: a prepared statement's bound parameters in a database log ("parameters: $1 = 'Jo
   Bloggs', $2 = '943 476 5919'"), each read under its placeholder's column in the INSERT before it: an NHS
   number under "nhs_number" is a record, not a phone; the same number bound to a phone's column stays a
   phone, and without the INSERT nothing is read as a record;
3. phones, a false one: a table's column named by the customer's word alone ("client", "cliente",
   "customer", "klant", "Kunde") holds the customer's number, not a phone; the phone's column still does;
4. phones, missed: the phone's number word and a link verb before a local number ("my contact number is
   ...", "Telefonnummer ist ...", "numéro de téléphone est le ...", "número de teléfono es el ...",
   "telefoonnummer is ..."); a notice's trouble line before the number ("Bei Problemen:", "In case of
   problems:", "En cas de problème :", "En caso de problemas:", "Bij problemen:"); an order's number
   with the same verb stays clean;
5. national identifiers: a compound's "nummer" written short with "nr." ("Rijksregisternr.:",
   "Burgerservicenr:", "Identifikationsnr."); the check digit still decides, another thing's "nr." stays clean;
6. cards and secrets: a card's word as a log's key ("tarjeta=", "card=", "kaart=") names a 13-digit
   Visa that an EAN's check would otherwise drop (a gift card's key does not); a "-p" password in double
   quotes that opens with "$", a name and a bracket nothing opened ("$b)..."); a command's "$(...)" and
   a plain reference stay clean.

Of the 44 cases (25 to catch, 5 customer tables, 14 near misses), 25 failed before the change: 21
catches (the German and Dutch queries' conditions, the bound phone and Dutch "telefoonnummer is" were
caught already) and 4 of the 5 tables (the Dutch one's number was not flagged).
"""

from __future__ import annotations

import pytest

from workloads.guard import Scanner

from tests.guard.test_rule_classes import catches, found, stays_clean

_PG_INSERT = ("2026-01-12 08:01:44.120 UTC [4411] app@surgery LOG:  execute <unnamed>: INSERT INTO referrals "
              "(full_name, nhs_number, mobile) VALUES ($1, $2, $3)\n"
              "2026-01-12 08:01:44.120 UTC [4411] app@surgery DETAIL:  parameters: $1 = 'Ruth Ellery', "
              "$2 = '943 476 5919', $3 = '07700 900461'")

CATCH = [
    # 1. a query's condition on a birth-date column
    ("date_of_birth", "LOG:  statement: SELECT id FROM patients p WHERE p.surname = 'Hale' AND p.date_of_birth = '12 March 1961'",
     "12 March 1961"),
    ("date_of_birth", "UPDATE kunden SET ort = 'Bonn' WHERE geburtsdatum = '03.07.1958';", "03.07.1958"),
    ("date_of_birth", "instruction : SELECT * FROM adherents a WHERE a.nom = 'Roux' AND a.date_naissance = '7 mai 1969'",
     "7 mai 1969"),
    ("date_of_birth", "DELETE FROM socios WHERE dni_ok = 1 AND fecha_nacimiento = '21/11/1974'", "21/11/1974"),
    ("date_of_birth", "SELECT * FROM leden l WHERE l.email = 'a@b.nl' AND l.geboortedatum = '2 juni 1981'", "2 juni 1981"),
    # 2. a bound parameter under its INSERT's column
    ("medical_record", _PG_INSERT, "943 476 5919"),
    ("phone", _PG_INSERT, "07700 900461"),
    # 4. the number's word and its link verb; a notice's trouble line
    ("phone", "If anything changes, my contact number is 44127788.", "44127788"),
    ("phone", "Meine Telefonnummer ist 44127788, bitte nur abends.", "44127788"),
    ("phone", "Mon numéro de téléphone est le 44127788.", "44127788"),
    ("phone", "Mi número de teléfono es el 44127788.", "44127788"),
    ("phone", "Mijn telefoonnummer is 44127788.", "44127788"),
    ("phone", "Schichtplan Halle 2\nMo Frühschicht – Timo\nBei Problemen: 08031447712", "08031447712"),
    ("phone", "Rota for the stall\nSat am: Dev and Priya\nIn case of problems: 01632960477", "01632960477"),
    ("phone", "Planning du vestiaire\nSamedi : Léo, Inès\nEn cas de problème : 0478124590", "0478124590"),
    ("phone", "Turnos del almacén\nSábado: Pablo\nEn caso de problemas: 912448903", "912448903"),
    ("phone", "Rooster kantine\nZaterdag: Sem, Lotte\nBij problemen: 0612345678", "0612345678"),
    # 5. a compound's "nummer" written short
    ("national_id", "Aanvrager: J. Peeters\nRijksregisternr.: 85073003328", "85073003328"),
    ("national_id", "Burgerservicenr: 123456782", "123456782"),
    ("national_id", "Identifikationsnr.: 86095742719", "86095742719"),
    # 6. a card's word as a log's key; a "$name)" password in double quotes
    ("payment_card", "2026-03-02T10:11:12Z WARN checkout declined card=4575513137353 amount=12.50", "4575513137353"),
    ("payment_card", "dic 02 10:11:12 tienda app[88]: pago denegado tarjeta=4575513137353 importe=9", "4575513137353"),
    ("payment_card", "betaling geweigerd kaart=4575513137353 bedrag=9", "4575513137353"),
    ("secret", 'deploy log: mysql -u app -p"$k)Tw9!rQz2" -h db1', "$k)Tw9!rQz2"),
    ("secret", 'backup.sh: pg_dump -U ops -p"$Zx)8mm#Lp" shop', "$Zx)8mm#Lp"),
]

# 3. a customer's column: the first column's number is no phone, the phone's column still is
_CUSTOMER_TABLES = [
    "client;nom;date_naissance;tel\n4415553375;Léa Morel;02/03/1984;0612345678",
    "cliente;nombre;fecha_nac;movil\n4415553375;Ana Gil;02/03/1984;612345678",
    "customer,name,phone\n4415553375,Tom Hale,07700 900461",
    "klant;naam;telefoon\n4415553375;Sanne de Vries;0612345678",
    "Kunde;Name;Telefon\n4415553375;Jonas Roth;030 12345678",
]

CLEAN = [
    # 1. another column's date
    ("date_of_birth", "SELECT * FROM orders o WHERE o.created_at = '12/03/1990' AND o.status = 'open'"),
    ("date_of_birth", "UPDATE abonnements SET date_fin = '05/01/1987' WHERE id = 4"),
    # 2. no INSERT: the bound number is no record
    ("medical_record", "DETAIL:  parameters: $1 = 'open', $2 = '943 476 5919'"),
    ("medical_record", "INSERT INTO calls (caller, phone) VALUES ($1, $2)\nDETAIL:  parameters: $1 = 'Ruth', $2 = '943 476 5919'"),
    # 4. an order's number with the same verb; a notice's line far from any number
    ("phone", "Your order number is 44127788."),
    ("phone", "Die Bestellnummer ist 44127788."),
    ("phone", "The library's call number is 66853469, shelf 3."),  # a shelf mark, found by the lead after the round
    ("phone", "Bei Problemen mit der Anmeldung lesen Sie bitte zuerst die Hilfe; Vorgang 08031447712 ist erledigt."),
    # 5. a failing check digit, another thing's "nr."
    ("national_id", "Rijksregisternr.: 85073003329"),
    ("national_id", "Bestelnr.: 85073003328"),
    ("national_id", "Factuurnr: 123456782"),
    # 6. a gift card's key; a command and a reference
    ("payment_card", "giftcard=4575513137353 balance=20"),
    ("secret", 'mysql -u app -p"$(cat /run/secrets/db)" -h db1'),
    ("secret", 'mysql -u app -p"$DB_PASSWORD" -h db1'),
    ("secret", 'psql -U app -p"$PW)" -h db1'),
]


test_catches = catches(CATCH)


@pytest.mark.parametrize("text", _CUSTOMER_TABLES)
def test_customer_column_holds_no_phone(scanner: Scanner, text: str) -> None:
    assert ("phone", "4415553375") not in found(scanner, text)


test_stays_clean = stays_clean(CLEAN)
