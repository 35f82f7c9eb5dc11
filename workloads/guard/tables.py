"""Cells of delimited tables (CSV, TSV, ';' or '|' separated, markdown) under a header that says
what they hold.

Exports, tickets and logs carry personal data as tables: "ticket_id,requester,phone" over
"10223,Elenore Reuter,01214960565". Inside a row neither the unlisted first name nor the bare
digit run has the words around it that the other detectors need; the header names them. The
person and phone detectors take the cells under their columns and judge each on its own.
"""

from __future__ import annotations

import re
from typing import Iterator

Cell = tuple[int, int, str]
"""(start, end, cell text stripped of blanks and quotes)."""

PERSON_COLUMNS = frozenset("""
name full_name fullname customer customer_name client client_name requester reporter assignee employee employee_name
patient patient_name contact contact_name applicant tenant guest passenger cardholder account_holder holder recipient
sender owner traveller traveler member student
kunde kundin kundenname mitarbeiter mitarbeiterin patientin ansprechpartner ansprechpartnerin antragsteller mieter gast
empfänger absender inhaber kontoinhaber versicherter
nom nom_complet prénom client cliente employé employée demandeur locataire titulaire passager destinataire expéditeur
nombre nombre_completo paciente empleado empleada solicitante inquilino titular pasajero destinatario remitente
naam volledige_naam klant patiënt medewerker aanvrager huurder ontvanger afzender houder
""".split())
"""Headers that name a person ("requester", "Kunde", "nom", "cliente", "klant")."""
PHONE_COLUMNS = frozenset("""
phone phone_number telephone tel mobile mobile_number cell contact_phone
telefon telefonnummer handy mobil mobilnummer rufnummer
téléphone tél portable mobile numéro_de_téléphone
teléfono telefono móvil movil tel.
telefoon telefoonnummer mobiel gsm
""".split())
"""Headers that name a phone number."""

_DELIMITERS = (";", "\t", "|", ",")


def column_cells(text: str, headers: frozenset[str]) -> Iterator[Cell]:
    """Cells under any of `headers` in the first table of `text`: the header is the first line
    whose delimiter count the next line repeats; rows follow while they keep that count."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for h, header in enumerate(lines[:-1]):
        delimiter = next((d for d in _DELIMITERS if d in header and lines[h + 1].count(d) == header.count(d)), None)
        if delimiter is None:
            continue
        names = [c.strip().strip('"').lower().replace(" ", "_") for c in header.split(delimiter)]
        columns = {i for i, c in enumerate(names) if c in headers}
        if not columns:
            return  # one table per text: the first header decides
        for r in range(h + 1, len(lines)):
            row = lines[r]
            if row.count(delimiter) != header.count(delimiter):
                break
            pos = offsets[r]
            for i, cell in enumerate(row.split(delimiter)):
                if i in columns:
                    inner = cell.strip(" \t")
                    lead = len(cell) - len(cell.lstrip(" \t"))
                    if len(inner) >= 2 and inner[0] == inner[-1] == '"':
                        inner, lead = inner[1:-1], lead + 1
                    if inner:
                        yield (pos + lead, pos + lead + len(inner), inner)
                pos += len(cell) + 1
        return


_PHONE_CELL = re.compile(r"\+?[0-9][0-9 ()./-]{5,20}[0-9]")


def table_phones(text: str) -> Iterator[tuple[int, int, str]]:
    """Cells under a phone column that hold 7-15 digits in a phone's characters."""
    for start, end, cell in column_cells(text, PHONE_COLUMNS):
        if _PHONE_CELL.fullmatch(cell) and 7 <= sum(c.isdigit() for c in cell) <= 15:
            yield (start, end, "table_column")
