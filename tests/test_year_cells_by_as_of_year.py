"""A year cell's reading depends on the as-of year: a year after it is the cell's error (the
photo cannot be dated after the day the law is applied), read as unknown. The readings are
kept per cell (record._year) for the rows that repeat it, and a library caller's threads may
read rows for two as-of years at once, some outside the engine's lock (Assessor.assess's row
with errors, a result's explain() and sdc()): a reading kept for one as-of year must never
answer for another, whatever order the calls come in."""

from __future__ import annotations

import sys
import threading

from copyright_check import record
from copyright_check.record import record_from_row


def _row(image_date: str) -> dict[str, str]:
    return {"id": "Y-1", "image_date": image_date, "origin_country": "SE"}


def test_a_year_after_the_as_of_year_is_the_cells_error_in_either_order() -> None:
    later = record_from_row(_row("2028"), 2030)
    assert later.image_date is not None and later.image_date.lo == 2028 and not later.errors
    early = record_from_row(_row("2028"), 2026)
    assert early.image_date is None
    assert [e.column for e in early.errors] == ["image_date"] and "after the as-of year 2026" in early.errors[0].message
    assert record_from_row(_row("2028"), 2030).image_date is not None


def test_a_reading_kept_for_another_as_of_year_is_read_again() -> None:
    # What a second thread sees when the first filled the column's memo for its own as-of
    # year between this thread's check of the memos and its read (no _seen_for between them).
    record_from_row(_row("2029"), 2031)
    errors: list[record.RowError] = []
    found = record._year(_row("2029"), errors, record._MADE_SEEN, "image_date", 2026)
    assert found is None and errors and "after the as-of year 2026" in errors[0].message
    errors = []
    found = record._year(_row("2029"), errors, record._MADE_SEEN, "image_date", 2031)
    assert found is not None and found.lo == 2029 and not errors


def test_threads_with_two_as_of_years_each_read_their_own() -> None:
    wrong: list[str] = []

    def read(as_of_year: int) -> None:
        for i in range(400):
            r = record_from_row(_row(str(2020 + i % 12)), as_of_year)
            made = 2020 + i % 12
            expect_error = made > as_of_year
            if (r.image_date is None) != expect_error or bool(r.errors) != expect_error:
                wrong.append(f"{made} read for {as_of_year}: {r.image_date} {r.errors}")

    threads = [threading.Thread(target=read, args=(year,)) for year in (2024, 2031, 2024, 2031)]
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often, inside a row's reading
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(before)
    assert wrong == []
