"""A second header row under the header (labels, field codes or units) is no record.

Museum systems and database exports write the field names and, under them, a row of labels
in the institution's language ("Objektnummer", "Fotograf"), of field codes ("ID", "PHOT") or
of data types ("(text)", "(year)"). Read as records they were assessed ('Fotografens dödsår'
as a death year), and a field-code row starting "ID" was taken for a second export's header,
which sent every real row after it to review. Each such row is now one output row with an
error saying what it is; the records under it are read as records.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.batch import prepared_rows
from copyright_check.reader import read_rows

HEADER = "id,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,depicted_type\n"
LABELS = "Objektnummer,Fotograf,Fotografens dödsår,Datering,Publicerad,Land,Fototyp,Motivtyp\n"
CODES = "ID,PHOT,PHOTDY,IMGDATE,PUBDATE,CNTRY,PKIND,DTYPE\n"
UNITS = "(text),(text),(year),(date),(date),(ISO 3166),(code),(code)\n"
# A photo of 1930 by a photographer who died in 1948: PD in Sweden (life + 70).
RECORD = "UM1,Anna Riwkin,1948,1930,1930,SE,photographic_work,none\n"


def _rows(tmp_path: Path, text: str) -> list[tuple[str, Verdict, list[str]]]:
    path = tmp_path / "r.csv"
    path.write_text(text, "utf-8")
    assessor = Assessor(as_of="2026-12-01")
    return [(r.cells["id"], assessor.assess(r.cells).verdict, [e.message for e in r.errors]) for r in read_rows(path)]


@pytest.mark.parametrize("under", [[LABELS], [CODES], [UNITS], [LABELS, CODES, UNITS]])
def test_header_rows_under_the_header_are_reported_and_the_records_read(tmp_path: Path, under: list[str]) -> None:
    rows = _rows(tmp_path, HEADER + "".join(under) + RECORD)
    assert len(rows) == len(under) + 1
    for _, verdict, errors in rows[:-1]:
        assert verdict is Verdict.NEEDS_REVIEW and any("second header row" in e for e in errors)
    assert rows[-1] == ("UM1", Verdict.OK, [])


@pytest.mark.parametrize("record", [
    "Kyrka,Anna Riwkin,1948,1930,1930,SE,photographic_work,none\n",  # an id with no digit
    "Fotograf,Anna Riwkin,1948,1930,1930,SE,photographic_work,none\n",  # an id that is a header word, with years
])
def test_a_first_record_with_values_is_a_record(tmp_path: Path, record: str) -> None:
    rows = _rows(tmp_path, HEADER + record)
    assert rows[0][1] is Verdict.OK and rows[0][2] == []


def test_a_label_row_further_down_is_not_called_a_header_row(tmp_path: Path) -> None:
    # Only the rows right under the header: a record's cells further down are its own.
    rows = _rows(tmp_path, HEADER + RECORD + LABELS)
    assert not any("second header row" in e for e in rows[1][2])


def test_a_spreadsheet_with_two_header_rows(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for line in (HEADER, LABELS, RECORD):
        sheet.append(line.rstrip("\n").split(","))
    path = tmp_path / "r.xlsx"
    book.save(path)
    rows = [row for row, _ in prepared_rows(path)]
    assert any("second header row" in e.message for e in rows[0].errors)
    assert rows[1].cells["id"] == "UM1" and rows[1].errors == []
