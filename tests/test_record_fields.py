"""record_from_row builds the Record positionally (record.py: a keyword call costs three
times as much): every column must still land in its own field, and an empty cell must
read as a missing one."""

from __future__ import annotations

from dataclasses import fields

from copyright_check.record import Record, Tri, record_from_row
from copyright_check.years import YearRange

# A readable, distinct value for every column; each typed column's field named beside it.
ROW = {
    "id": "id-1", "title": "A title", "photographer": "A. Photographer", "photographer_death_year": "1901",
    "photographer_birth_year": "1850", "anonymous": "no", "image_date": "1890", "published_date": "1891",
    "origin_country": "SE", "photo_kind": "photographic_work", "licence": "CC0", "rights_holder": "A museum",
    "depicted_country": "NO", "depicted_type": "building", "depicted_creator": "A. Architect",
    "depicted_creator_death_year": "1880", "depicted_date": "1870", "depicted_setting": "outdoor_public",
    "depicted_permanent": "yes",
}


def test_every_column_lands_in_its_own_field() -> None:
    r = record_from_row(ROW, 2026)
    assert r.errors == [] and r.conflicts == []
    assert (r.id, r.title, r.photographer, r.licence, r.rights_holder, r.depicted_creator) == (
        "id-1", "A title", "A. Photographer", "CC0", "A museum", "A. Architect")
    assert (r.photographer_death, r.photographer_birth, r.image_date, r.published, r.depicted_creator_death,
            r.depicted_date) == tuple(YearRange.exact(y) for y in (1901, 1850, 1890, 1891, 1880, 1870))
    assert (r.anonymous, r.depicted_permanent) == (Tri.NO, Tri.YES)
    assert (r.origin_country, r.depicted_country) == ("SE", "NO")
    assert (r.photo_kind, r.depicted_type, r.depicted_setting) == ("photographic_work", "building", "outdoor_public")


def test_an_empty_cell_reads_as_a_missing_one() -> None:
    empty = record_from_row({"id": "x", **{c: "" for c in ROW if c != "id"}}, 2026)
    missing = record_from_row({"id": "x"}, 2026)
    assert [getattr(empty, f.name) for f in fields(Record)] == [getattr(missing, f.name) for f in fields(Record)]
    assert empty.errors == []


def test_bad_cells_give_their_errors_in_the_order_the_columns_are_read() -> None:
    bad = {"id": "", **{c: "not a value at all" for c in ROW if c not in ("id", "title", "photographer",
                                                                         "licence", "rights_holder",
                                                                         "depicted_creator")}}
    r = record_from_row(bad, 2026)
    assert [e.column for e in r.errors] == [
        "id", "photographer_death_year", "photographer_birth_year", "image_date", "published_date",
        "depicted_creator_death_year", "depicted_date", "depicted_type", "anonymous", "origin_country",
        "photo_kind", "depicted_country", "depicted_setting", "depicted_permanent"]
