"""A second person under a header cell merged over two columns (or left empty) beside a person's
column. In a spreadsheet, "Photographer" merged over B1:C1 leaves C1 without a name: the second
photographer in column C was passed through unread and the photo decided on the first one's death
year. The term of a work of joint authorship runs from the death of the last surviving author
(Berne Convention art. 7bis; Directive 2006/116/EC art. 1(2)): a value there is the row's error
("a value under an empty header next to photographer"), so the row goes to review, never ok.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from copyright_check.cli import app

runner = CliRunner()
COLUMNS = ["id", "photographer", "", "photographer_death_year", "image_date", "published_date", "origin_country",
           "photo_kind", "licence", "depicted_type"]
# Oscar Halldin died in 1948: a 1930 Swedish photographic work of his alone is PD (URL 43 §: life + 70).
HALLDIN = ["X", "Oscar Halldin", "", "1948", "1930", "1930", "SE", "photographic_work", "", "none"]
WITH_RIWKIN = ["Y", "Oscar Halldin", "Anna Riwkin", "1948", "1930", "1930", "SE", "photographic_work", "", "none"]


def _assess(path: Path) -> list[dict[str, object]]:
    out = path.with_suffix(".jsonl")
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-01", "-o", str(out),
                                 "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def _xlsx(tmp_path: Path, *rows: list[str], merged: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    if merged:
        sheet.merge_cells("B1:C1")  # "photographer" over columns B and C, as an export template has it
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False])
def test_a_second_photographer_under_a_merged_header_cell_sends_the_row_to_review(
        tmp_path: Path, merged: bool) -> None:
    rows = _assess(_xlsx(tmp_path, HALLDIN, WITH_RIWKIN, merged=merged))
    assert [r["verdict"] for r in rows] == ["ok", "needs_review"]
    assert not rows[0]["errors"]
    (error,) = rows[1]["errors"]  # type: ignore[misc]
    assert error["column"] == "photographer"  # type: ignore[index]
    assert "a value under an empty header next to photographer ('Anna Riwkin'" in error["message"]  # type: ignore[index]


def test_a_csv_with_an_empty_header_beside_the_photographer_is_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(r) for r in (COLUMNS, HALLDIN, WITH_RIWKIN)) + "\n", "utf-8")
    rows = _assess(path)
    assert [r["verdict"] for r in rows] == ["ok", "needs_review"]


def test_an_empty_header_beside_a_column_that_names_no_person_passes_through_unread(tmp_path: Path) -> None:
    # Only the people whose death decides a term (vocabularies/headers.yaml, numbered_again).
    columns = ["id", "title", "", "photographer", "photographer_death_year", "image_date", "published_date",
               "origin_country", "photo_kind", "licence", "depicted_type"]
    row = ["X", "Stadsvy", "a note", "Oscar Halldin", "1948", "1930", "1930", "SE", "photographic_work", "", "none"]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(r) for r in (columns, row)) + "\n", "utf-8")
    (only,) = _assess(path)
    assert only["verdict"] == "ok" and not only["errors"]
