"""Writes the example exports' .xlsx files from their .csv twins (examples/exports/).

The .xlsx files are committed, so that a user can try `profile` and `assess` on a real
spreadsheet without any extra package; this script (run by a developer, needing the test
extra's openpyxl) keeps them in step with the CSV files, and tests/test_exports.py checks
that they are. Cells are typed as a collection system writes them: a bare year is a
number, a full date a date cell, and a title line sits above the header.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import openpyxl

EXPORTS = Path(__file__).resolve().parent.parent / "examples" / "exports"
TITLES = {
    "sv-museum": ("Bilder", "Export från samlingsdatabasen, 2026-11-20"),
    "de-archiv": ("Fotos", "Export aus der Sammlungsdatenbank, 20.11.2026"),
    "fr-musee": ("Photographies", "Export de la base des collections, 20/11/2026"),
}


def typed(cell: str) -> object:
    if re.fullmatch(r"\d{1,4}", cell):
        return int(cell)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell):
        return dt.date.fromisoformat(cell)
    return cell or None


def write(name: str) -> Path:
    source = EXPORTS / f"{name}.csv"
    text = source.read_text("utf-8")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    sheet, title = TITLES[name]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    ws.append([title])
    ws.append(rows[0])
    for row in rows[1:]:
        ws.append([typed(c) for c in row])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    target = EXPORTS / f"{name}.xlsx"
    book.save(target)
    return target


if __name__ == "__main__":
    for name in sys.argv[1:] or TITLES:
        print(write(name))
