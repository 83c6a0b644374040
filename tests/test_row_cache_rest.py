"""The whole-row cache rests where a batch's rows never repeat (Assessor._row_window): a row
assessed while it rests gets what the cache would have given, and a batch that repeats its
rows keeps the cache."""

from __future__ import annotations

from datetime import date

from copyright_check import Assessor
from copyright_check.assessor import _REST_MAX, _REST_WINDOWS, _ROW_WINDOW

AS_OF = date(2026, 11, 24)
LAW = {"photographer": "Oscar Halldin", "photographer_death_year": "1948", "origin_country": "SE",
       "photo_kind": "photographic_work", "depicted_type": "none"}


def _row(i: int, image_year: int) -> dict[str, str]:
    return {"id": f"R-{i}", "title": f"Photo {i}", **LAW, "image_date": str(image_year),
            "photographer_death_year": str(1900 + i % 10_000 // 90)}


def _fields(a: object) -> tuple[object, ...]:
    return tuple(getattr(a, f) for f in ("verdict", "templates", "uploadable_from", "reasons", "errors"))


def test_a_batch_of_distinct_rows_rests_the_row_cache_and_each_row_gets_its_own_answer() -> None:
    assessor = Assessor(as_of=AS_OF)
    for i in range(_ROW_WINDOW):  # a window of rows that differ in a cell the law reads
        assessor.assess_cells(_row(i, 1850 + i % 90), AS_OF, normalised=True)  # no two alike
    # The window did not pay: the next rows are assessed without the cache, as on a miss,
    # and get what a fresh Assessor (its cache empty) gives them.
    resting = [assessor.assess_cells(_row(10_000 + i, 1850 + i % 90), AS_OF, normalised=True) for i in range(90)]
    assert assessor._row_resting == _REST_WINDOWS * _ROW_WINDOW - 90
    fresh = Assessor(as_of=AS_OF)
    for i, a in enumerate(resting):
        assert a.id == f"R-{10_000 + i}"
        assert _fields(a) == _fields(fresh.assess_cells(_row(10_000 + i, 1850 + i % 90), AS_OF, normalised=True))


def test_a_batch_that_repeats_its_rows_keeps_the_row_cache() -> None:
    # One photographer's pictures of one building: rows equal but for id and title.
    assessor = Assessor(as_of=AS_OF)
    for i in range(_ROW_WINDOW + 10):
        assessor.assess_cells(_row(i, 1920 + i % 3), AS_OF, normalised=True)
    assert assessor._row_resting == 0


def test_the_rest_grows_while_windows_do_not_pay_and_starts_again_when_one_does() -> None:
    assessor = Assessor(as_of=AS_OF)
    lengths = []
    for _ in range(12):
        assessor._row_looked, assessor._row_hits = _ROW_WINDOW, 0
        assessor._row_window()
        lengths.append(assessor._row_resting)
    assert lengths[:3] == [_REST_WINDOWS * _ROW_WINDOW, 2 * _REST_WINDOWS * _ROW_WINDOW,
                           4 * _REST_WINDOWS * _ROW_WINDOW]
    assert max(lengths) == _REST_MAX
    assessor._row_resting = 0
    assessor._row_looked, assessor._row_hits = _ROW_WINDOW, _ROW_WINDOW // 50  # it pays
    assessor._row_window()
    assert assessor._row_resting == 0 and assessor._row_rest == _REST_WINDOWS * _ROW_WINDOW


def test_a_resting_row_cache_holds_no_rows() -> None:
    # A window of rows that never repeat empties the cache as it rests: its entries would keep
    # each row's keyed cells alive through the rest for nothing (the memory target of 1M rows).
    assessor = Assessor(as_of=AS_OF)
    for i in range(_ROW_WINDOW):
        assessor.assess_cells(_row(i, 1850 + i % 90), AS_OF, normalised=True)
    assert assessor._row_resting > 0
    assert len(assessor._rows) <= 1  # the row that ended the window, looked up as it did
