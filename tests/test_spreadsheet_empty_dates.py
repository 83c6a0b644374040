"""A spreadsheet's or a database's empty date is no date.

A sheet whose empty date cells hold 0 shows them as day 0 of its date system (Excel
"1900-01-00", LibreOffice "1899-12-30", Excel for the Mac "1904-01-01"), and Access, FileMaker
and SQL Server fill an empty date with their default 1900-01-01. Read as dates, they made a photo
of unknown age 126 years old: ok {{PD-old-assumed}} {{PD-US-expired}} (review 10 F11). The README
("a date cell is never guessed into a year it may not mean") asks for a per-cell error: an ok
never rests on a cell read as unknown (Commons:Licensing: the uploader must show the file is free).
"""

from __future__ import annotations

import pytest

from copyright_check.record import record_from_row

ROW = dict(id="E", photographer="Per Foto", origin_country="SE", photo_kind="photographic_work",
           depicted_type="none")


@pytest.mark.parametrize("placeholder", ["1900-01-00", "00.01.1900", "1899-12-30", "12/30/1899",
                                         "1899-12-31", "1904-01-01", "1900-01-01", "1900-01-01 00:00:00"])
def test_spreadsheet_empty_date_is_a_cell_error_not_a_date(placeholder: str) -> None:
    record = record_from_row({**ROW, "image_date": placeholder, "published_date": placeholder})
    assert record.image_date is None and record.published is None
    assert {e.column for e in record.errors} >= {"image_date", "published_date"}
    assert any("empty date cell" in e.message for e in record.errors)


def test_empty_date_photo_is_never_ok(check) -> None:  # type: ignore[no-untyped-def]
    a = check(**{k: v for k, v in ROW.items() if k != "id"}, image_date="1899-12-30", published_date="1899-12-30")
    assert a.verdict.value == "needs_review"


@pytest.mark.parametrize("real", ["1904-01-02", "1899-12-29", "1900", "1900-01"])
def test_a_real_date_beside_the_placeholders_is_read(real: str) -> None:
    record = record_from_row({**ROW, "image_date": real})
    assert record.image_date is not None and not record.errors
