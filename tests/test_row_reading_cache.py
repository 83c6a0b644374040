"""A library caller's repeated row is not read again (assessor.py, `_read_again`): what it
gives must be what reading the row afresh gives — the same assessment, the row's own id,
title, rights holder and other cells, its own errors — and never an earlier row's reading
for a row that differs in any cell the law reads or in how a cell is typed."""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from typing import Any

from copyright_check import Assessor

AS_OF = date(2026, 11, 24)
LAW = {"photographer": "Oscar Halldin", "photographer_death_year": "1948", "image_date": "ca. 1920",
       "published_date": "1925", "origin_country": "SE", "photo_kind": "photographic_work", "licence": "PDM",
       "depicted_country": "SE", "depicted_type": "building", "depicted_date": "1270/1435",
       "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


def _fresh(row: dict[str, Any]) -> Any:
    return Assessor(as_of=AS_OF).assess(row)


def _same_as_fresh(assessor: Assessor, row: dict[str, Any]) -> None:
    got, fresh = assessor.assess(row), _fresh(row)
    assert got.to_dict() == fresh.to_dict()
    assert list(got.cells.items()) == list(fresh.cells.items())


def test_a_row_read_again_has_its_own_id_title_and_rights_holder() -> None:
    assessor = Assessor(as_of=AS_OF)
    assessor.assess({"id": "1", "title": "Domkyrkan", "rights_holder": "", **LAW})
    # The title written with a combining accent (a Mac export) is read composed, as afresh.
    title = unicodedata.normalize("NFD", "Domkyrkan, västfasaden")
    row = {"id": " 2 ", "title": title, "rights_holder": "Upplandsmuseet", **LAW}
    _same_as_fresh(assessor, row)
    got = assessor.assess(row)
    assert got.id == "2" and got.cells["title"] == unicodedata.normalize("NFC", title)


def test_a_row_that_differs_in_a_cell_the_law_reads_is_not_given_the_earlier_reading() -> None:
    assessor = Assessor(as_of=AS_OF)
    first = assessor.assess({"id": "1", "title": "x", **LAW})
    row = {"id": "2", "title": "x", **LAW, "photographer_death_year": "1990"}
    _same_as_fresh(assessor, row)
    assert assessor.assess(row).verdict is not first.verdict


def test_a_cell_that_is_not_text_is_read_as_the_row_reader_reads_it() -> None:
    # 1948.0, None and NaN are equal to no text cell, or read otherwise (libinput.py).
    assessor = Assessor(as_of=AS_OF)
    assessor.assess({"id": "1", "title": "x", **LAW})
    for cell in (1948.0, 1948, None, math.nan, b"1948"):
        _same_as_fresh(assessor, {"id": "2", "title": "x", **LAW, "photographer_death_year": cell})


def test_an_error_in_an_unkeyed_cell_stays_with_its_row() -> None:
    # Errors belong to the row (issue 13), read again or not.
    assessor = Assessor(as_of=AS_OF)
    assessor.assess({"id": "1", "title": "a\x00b", **LAW})
    clean = {"id": "2", "title": "Kyrka", **LAW}
    assert assessor.assess(clean).errors == []
    _same_as_fresh(assessor, clean)
    _same_as_fresh(assessor, {"id": "3", "title": "y" * 20_000, **LAW})


def test_two_headers_naming_one_column_are_read_as_the_row_reader_reads_them() -> None:
    # normalise_keys keeps the first non-empty of "Title" and "title": read afresh each time.
    assessor = Assessor(as_of=AS_OF)
    for rid, first, second in (("1", "", "Kyrka"), ("2", "Kapell", "Kyrka"), ("3", "", "")):
        _same_as_fresh(assessor, {"id": rid, "Title": first, "title": second, **LAW})


def test_the_rows_other_columns_are_its_own() -> None:
    # A column outside the record (the export's own source link) is the row's, for its page.
    assessor = Assessor(as_of=AS_OF)
    assessor.assess({"id": "1", **LAW, "source": "https://example.org/1"})
    row = {"id": "2", **LAW, "source": "https://example.org/2"}
    _same_as_fresh(assessor, row)
    assert assessor.assess(row).source == _fresh(row).source


def test_a_dict_of_text_cells_is_read_as_any_other_mapping_is() -> None:
    # A dict of text cells is read through its header's layout (_Layout.cells), worked out
    # once; any other mapping through row_cells and normalise_keys: both must give one reading,
    # whatever the headers' spelling.
    from types import MappingProxyType

    header = {"ID": "7", "Title ": "Kyrka", "Photographer-Death-Year": "1948", "PHOTOGRAPHER": "Oscar Halldin",
              "image date": "ca. 1920", "origin_country": "Sverige", "source": "https://example.org/7"}
    for row in (header, {**LAW, "id": "8", "e\u0301xtra": "x"}):
        got, other = Assessor(as_of=AS_OF).assess(row), Assessor(as_of=AS_OF).assess(MappingProxyType(row))
        assert got.to_dict() == other.to_dict()
        assert list(got.cells.items()) == list(other.cells.items())
