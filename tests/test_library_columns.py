"""The library reads a caller's row as `copyright-check assess` reads a file's (review 12 C1).

An upload script reads the export with csv.DictReader or pandas and passes each row: the
checks the CLI's reader makes on a file's columns must hold on the keys and values such a
reader hands over, or the script uploads a row the CLI sends to a person. A death year
establishes the term only for the one author the row names; a joint work runs from the last
surviving author's death (Berne Convention art. 7bis; Directive 2006/116/EC art. 1(2)), so a
second photographer under another key never lets the row be ok on the first one's year.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path
from typing import Any

import pytest

from copyright_check import Assessor, assess_file
from copyright_check.batch import assess_file as cli_rows

AS_OF = datetime.date(2026, 12, 1)
_ASSESSOR = Assessor()


def _row(**extra: Any) -> dict[str, Any]:
    """A Swedish photographic work of 1930 by Oscar Halldin (d. 1948): ok on its own
    ({{PD-old-auto-expired|deathyear=1948}}, URL 43 §)."""
    row: dict[str, Any] = {"id": "L1", "title": "Uppsala", "photographer": "Oscar Halldin",
                           "photographer_death_year": "1948", "image_date": "1930", "published_date": "1930",
                           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none"}
    row.update(extra)
    return row


def test_the_row_without_a_second_person_is_ok() -> None:
    assert _ASSESSOR.assess(_row(), AS_OF).verdict.value == "ok"


@pytest.mark.parametrize("key", ["photographer.1", "Photographer 2", "photographer (2)", "photographer_1",
                                 "photographer_2"])
def test_a_second_photographer_under_a_numbered_key_is_never_passed_over(key: str) -> None:
    # pandas names a repeated header `photographer.1`; exports number a second person's column.
    a = _ASSESSOR.assess(_row(**{key: "Anna Riwkin"}), AS_OF)
    assert a.verdict.value == "needs_review"
    assert any(e.column == "photographer" and key in e.message for e in a.errors)


@pytest.mark.parametrize("key", ["", "Unnamed: 3", "column D"])
def test_a_second_photographer_under_a_blank_key_after_the_photographer_is_never_passed_over(key: str) -> None:
    # A header cell merged over two columns: csv.DictReader keys the second cell '', pandas
    # 'Unnamed: 3'. Built in column order, so the blank key comes right after photographer.
    base = _row()
    row = {}
    for k, v in base.items():
        row[k] = v
        if k == "photographer":
            row[key] = "Anna Riwkin"
    a = _ASSESSOR.assess(row, AS_OF)
    assert a.verdict.value == "needs_review"
    assert any(e.column == "photographer" for e in a.errors)


def test_a_blank_key_after_another_column_changes_nothing() -> None:
    row = {**_row(), "": "whatever", "Unnamed: 12": "x"}
    assert _ASSESSOR.assess(row, AS_OF).verdict.value == "ok"


def test_a_second_death_year_under_a_numbered_key_is_the_rows_error() -> None:
    a = _ASSESSOR.assess(_row(photographer_death_year_2="1970"), AS_OF)
    assert a.verdict.value != "ok" and any(e.column == "photographer_death_year" for e in a.errors)


@pytest.mark.parametrize("text", ["#REF!", "#N/A", "#VALUE!", " #DIV/0! ", "Err:502"])
def test_a_spreadsheet_error_value_in_a_cell_is_unknown_with_its_error(text: str) -> None:
    # README, Messy input: a failed formula's text "as a whole cell of a CSV export" is read
    # as unknown with an error naming the column; an ok never rests on it.
    a = _ASSESSOR.assess(_row(photographer=text), AS_OF)
    assert a.verdict.value == "needs_review"
    assert [e.column for e in a.errors] == ["photographer"] and text.strip() in a.errors[0].message
    assert a.cells["photographer"] == ""


def test_a_hash_inside_a_title_is_text() -> None:
    a = _ASSESSOR.assess(_row(title="Uppsala #2 (#N/A in the old catalogue)"), AS_OF)
    assert a.verdict.value == "ok" and not a.errors


def test_a_year_typed_into_a_date_formatted_death_year_cell_is_never_a_death_in_1905() -> None:
    # Excel stores 1970 typed into a date-formatted cell as day 1970 (1905-05-23); pandas'
    # read_excel hands over that datetime. The CLI's spreadsheet reader names the column.
    a = _ASSESSOR.assess(_row(photographer_death_year=datetime.datetime(1905, 5, 23)), AS_OF)
    assert a.verdict.value == "needs_review"
    assert any(e.column == "photographer_death_year" and "1970" in e.message for e in a.errors)


def test_a_real_date_in_a_year_column_outside_those_days_is_read() -> None:
    a = _ASSESSOR.assess(_row(photographer_death_year=datetime.date(1948, 3, 1)), AS_OF)
    assert a.verdict.value == "ok"


def test_an_object_that_is_no_cell_value_is_unknown_with_its_error() -> None:
    # Its str() ("<generator object …>") was read as the photographer's name and written on
    # the file page (review 12 C6).
    a = _ASSESSOR.assess(_row(photographer=(n for n in ["Anna Riwkin", "Oscar Halldin"])), AS_OF)
    assert a.verdict.value == "needs_review"
    assert "generator" in a.errors[0].message and a.cells["photographer"] == ""


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_assess_file_reads_a_repeated_header_as_the_cli_does(tmp_path: Path) -> None:
    # csv.DictReader keeps the last of two equal headers: the second photographer's name beside
    # the first one's death year. The file read by the CLI's reader keeps both.
    header = ["id", "photographer", "photographer", "photographer_death_year", "image_date", "published_date",
              "origin_country", "photo_kind", "depicted_type"]
    path = _write(tmp_path / "two.csv", header, [
        ["R1", "Oscar Halldin", "Anna Riwkin", "1948", "1930", "1930", "SE", "photographic_work", "none"],
        ["R2", "Oscar Halldin", "", "1948", "1930", "1930", "SE", "photographic_work", "none"],
        ["R2", "Oscar Halldin", "", "1948", "1930", "1930", "SE", "photographic_work", "none"],
    ])
    found = list(assess_file(path, AS_OF))
    cli = [r.assessment for r in cli_rows(path, None, AS_OF)]
    # As the CLI's rows, but the first row of the repeated id has an id error too: the library
    # reads the whole file, the CLI streams it (review 13 D11).
    first_too = found[1].errors.pop()
    assert first_too.column == "id" and "'R2' repeats on a later row (line 4)" in first_too.message
    assert [a.to_dict() for a in found] == [a.to_dict() for a in cli]
    assert [a.verdict.value for a in found] == ["needs_review", "ok", "ok"]
    assert any(e.column == "id" for e in found[2].errors)  # the batch's duplicate-id error
    assert not list(assess_file(path, AS_OF))[1].wikitext().startswith("=={{int:filedesc}}==")


def test_a_faithful_reproduction_posts_no_creator_or_date_of_the_photo() -> None:
    # Commons:When to use the PD-Art tag: a faithful reproduction of a flat work has no author
    # of its own; its page names the painter and the painting's date ({{Artwork}}), so the
    # structured data must not name the museum photographer as creator or the scan's year.
    row = {"id": "FR0", "title": "Portrait", "photographer": "Museum Photographer", "image_date": "2015",
           "published_date": "2015", "origin_country": "SE", "photo_kind": "faithful_reproduction",
           "depicted_type": "painting", "depicted_creator": "Carl Larsson", "depicted_creator_death_year": "1919",
           "depicted_date": "1900", "depicted_country": "SE", "source": "https://example.org/FR0"}
    a = _ASSESSOR.assess(row, AS_OF)
    assert a.verdict.value == "ok" and a.templates[0].startswith("{{PD-Art")
    assert "Carl Larsson" in a.wikitext()
    props = [c["mainsnak"]["property"] for c in a.sdc()["claims"]]
    assert "P170" not in props and "P571" not in props


def test_a_file_page_made_as_of_a_later_day_warns() -> None:
    # Commons judges an upload by the law on the day it is uploaded: a photo by a photographer
    # who died in 1960 is protected in Sweden to the end of 2030 (URL 43 §), so a page made
    # "as of 2031" in a script (a typo) must not pass silently (review 12 C10).
    from copyright_check.result import UploadDateWarning

    a = _ASSESSOR.assess(_row(photographer_death_year="1960", source="https://example.org/L1"),
                         as_of=datetime.date.today() + datetime.timedelta(days=365 * 5))
    assert a.verdict.value == "ok"
    with pytest.warns(UploadDateWarning):
        a.wikitext()
    with pytest.warns(UploadDateWarning):
        a.sdc()


def test_the_calendar_never_lists_a_repeated_or_empty_id_as_ok_on_the_day(tmp_path: Path) -> None:
    # README: "upload only the rows whose on_1_january is ok"; a row whose id is empty or repeats
    # an earlier row's gets no file page (an upload keyed by id could not tell which image the
    # page belongs to), so it is not ok on the day either (review 12 C7). Photographers who died
    # in 1956: Swedish photos free on 1 January 2027 (URL 43 §, life + 70).
    import json

    from typer.testing import CliRunner

    from copyright_check.cli import app

    header = ["id", "photographer", "photographer_death_year", "image_date", "published_date", "origin_country",
              "photo_kind", "depicted_type", "source"]
    rest = ["1956", "1930", "1930", "SE", "photographic_work", "none", "https://example.org/x"]
    path = _write(tmp_path / "cal.csv", header, [["C1", "Oscar Halldin", *rest], ["C1", "Anna Riwkin", *rest],
                                                  ["", "Per Foto", *rest], ["C5", "Oscar Halldin", *rest]])
    out = tmp_path / "cal.json"
    result = CliRunner().invoke(app, ["calendar", str(path), "--year", "2027", "--as-of", "2026-12-01",
                                      "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    days = [(e["id"], e["on_1_january"]) for e in json.loads(out.read_text(encoding="utf-8"))]
    assert days == [("C1", "ok"), ("C1", "needs_review"), ("", "needs_review"), ("C5", "ok")]
