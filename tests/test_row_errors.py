"""Errors belong to the row: no cache hands one row's errors to another (issue 13).

Rows equal in every cell the law reads share one engine evaluation (assessor.py), but an
error about a row's own id, title or rights holder is that row's alone, in both directions:
never copied onto the rows after it, never hiding theirs.
"""

from __future__ import annotations

from datetime import date

from copyright_check import Assessor

AS_OF = date(2026, 11, 24)
LAW = {"photographer": "Oscar Halldin", "photographer_death_year": "1948", "image_date": "1920",
       "origin_country": "SE", "photo_kind": "photographic_work"}


def _columns(a_errors: list) -> list[str]:
    return [e.column for e in a_errors]


def test_errors_belong_to_the_row_not_copied_through_the_row_cache() -> None:
    assessor = Assessor(as_of=AS_OF)
    bad = assessor.assess({"id": "1", "title": "x" * 20_000, **LAW})
    good = assessor.assess({"id": "2", "title": "Kyrka", **LAW})
    assert _columns(bad.errors) == ["title"]
    assert good.errors == [] and good.verdict is bad.verdict


def test_errors_belong_to_the_row_not_hidden_by_the_row_cache() -> None:
    assessor = Assessor(as_of=AS_OF)
    first = assessor.assess({"id": "1", "title": "Kyrka", **LAW})
    second = assessor.assess({"id": "2", "title": "a\x00b", "rights_holder": "y" * 20_000, **LAW})
    assert first.errors == []
    assert sorted(_columns(second.errors)) == ["rights_holder", "title"]


def test_errors_belong_to_the_row_keyed_cell_errors_follow_their_cells() -> None:
    # An unreadable date is part of the key: every row with that cell gets its error.
    assessor = Assessor(as_of=AS_OF)
    rows = [assessor.assess({"id": str(i), **LAW, "published_date": "sometime"}) for i in range(3)]
    assert all(_columns(a.errors) == ["published_date"] for a in rows)
    assert [a.id for a in rows] == ["0", "1", "2"]
