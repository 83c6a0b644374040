"""A cell holding a spreadsheet error (#N/A, #REF!, …) is unknown, with an error naming its column.

A formula that failed (a VLOOKUP that found nothing) is no fact: read as empty without a
word, a presumption could pass the row (PD-old-assumed with no death year). Such a cell is
read as any unreadable cell is (reader.row_from_cells: the bytes that cannot be read):
unknown, with a per-column error, so an ok never rests on it (rules/verdict.yaml,
needs-review-unreadable-cells; Commons:Licensing: the file's status must be clear).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from ods_files import write_ods
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.reader import open_records, parse_record, read_rows

HEADER = ("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
          "depicted_type\n")
# PD-old-assumed: no death year, made and published 1860 in Sweden -> ok as it stands.
PRESUMED = ["P-1", "Uppsala", "Anna Svensson", "", "1860", "1860", "SE", "photographic_work", "landscape"]
ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"]


def _csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    p = tmp_path / "export.csv"
    p.write_text(HEADER + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return p


def _verdict(path: Path) -> list[str]:
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "json", "--as-of", "2026-11-30", "-q"])
    assert result.exit_code == 0, result.output
    return [r["verdict"] for r in json.loads(result.stdout)]


@pytest.mark.parametrize("error", ERRORS)
def test_csv_cell_holding_a_spreadsheet_error_is_unknown_with_an_error_naming_the_column(
        tmp_path: Path, error: str) -> None:
    row = list(PRESUMED)
    row[3] = error
    rows = list(read_rows(_csv(tmp_path, [PRESUMED, row])))
    assert rows[1].cells["photographer_death_year"] == ""
    assert [(e.column, e.message.split(" (")[0]) for e in rows[1].errors] == [
        ("photographer_death_year", f"the cell holds a spreadsheet error {error}")]
    assert not rows[0].errors


def test_spreadsheet_error_in_a_name_cell_is_unknown_too(tmp_path: Path) -> None:
    # A photographer "#N/A" is no one: read as a name it would be a named author.
    row = list(PRESUMED)
    row[2] = "#N/A"
    [read] = list(read_rows(_csv(tmp_path, [row])))
    assert read.cells["photographer"] == "" and read.errors[0].column == "photographer"


def test_spreadsheet_error_in_a_name_cell_beside_a_death_year_is_that_cells_error_alone(tmp_path: Path) -> None:
    # The name cell's own error says why no ok rests on the death year beside it; the
    # record does not say it again as an empty name (review 11 A6's error is for a cell
    # left empty, not for one the reader could not read).
    row = list(PRESUMED)
    row[2], row[3] = "#N/A", "1900"
    result = CliRunner().invoke(app, ["assess", str(_csv(tmp_path, [row])), "--format", "json",
                                      "--as-of", "2026-11-30", "-q"])
    assert result.exit_code == 0, result.output
    [out] = json.loads(result.stdout)
    assert out["verdict"] == "needs_review"
    assert [e["column"] for e in out["errors"]] == ["photographer"]


def test_text_that_only_mentions_an_error_value_is_read_as_written(tmp_path: Path) -> None:
    row = list(PRESUMED)
    row[1] = "Lookup #N/A fixed in 2020"
    [read] = list(read_rows(_csv(tmp_path, [row])))
    assert read.cells["title"] == "Lookup #N/A fixed in 2020" and not read.errors


def test_spreadsheet_error_reads_the_same_inside_a_run_and_record_by_record(tmp_path: Path) -> None:
    rows = [list(PRESUMED) for _ in range(20)]
    rows[7][4] = "#REF!"
    rows[12][6] = "Err:502"  # LibreOffice's text for a failed formula
    path = _csv(tmp_path, rows)
    with open_records(path) as (layout, records):
        careful = [row for r in records if (row := parse_record(r, layout)) is not None]
    fast = list(read_rows(path))
    assert fast == careful
    assert [i for i, r in enumerate(fast) if r.errors] == [7, 12]


def test_row_whose_spreadsheet_error_hid_the_death_year_is_not_ok(tmp_path: Path) -> None:
    # Template:PD-old-assumed rests on "the death year cannot be found"; a #N/A is a lookup
    # that failed, not a death year nobody knows.
    row = list(PRESUMED)
    row[3] = "#N/A"
    assert _verdict(_csv(tmp_path, [PRESUMED, row])) == ["ok", "needs_review"]


def test_xlsx_error_cell_is_unknown_with_an_error_naming_the_column(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Export 2026-11-30"])  # a title row: positions are counted from A1
    ws.append(HEADER.strip().split(","))
    ws.append([*PRESUMED[:3], None, 1860, 1860, "SE", "photographic_work", "landscape"])
    ws.append([*PRESUMED[:3], "#N/A", 1860, 1860, "SE", "photographic_work", "landscape"])  # openpyxl: an error cell
    path = tmp_path / "export.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as z:
        assert b't="e"' in z.read("xl/worksheets/sheet1.xml")
    rows = [row for row, _ in prepared_rows(path)]
    assert not rows[0].errors
    assert rows[1].cells["photographer_death_year"] == ""
    assert [e.column for e in rows[1].errors] == ["photographer_death_year"]
    assert "spreadsheet error #N/A" in rows[1].errors[0].message
    assert _verdict(path) == ["ok", "needs_review"]


def _ods_cell(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def test_ods_error_cell_is_unknown_with_an_error_naming_the_column(tmp_path: Path) -> None:
    # LibreOffice marks a failed formula's cell calcext:value-type="error" and shows its
    # text; python-calamine reads the cell as empty.
    error = ('<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
             'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>')
    header = "".join(_ods_cell(h) for h in HEADER.strip().split(","))
    good = "".join(_ods_cell(v) for v in PRESUMED)
    bad = "".join(_ods_cell(v) for v in PRESUMED[:3]) + error + "".join(_ods_cell(v) for v in PRESUMED[4:])
    path = write_ods(tmp_path / "export.ods",
                     '<table:table table:name="Blad1">'
                     f'<table:table-row>{header}</table:table-row>'
                     f'<table:table-row table:number-rows-repeated="2">{good}</table:table-row>'
                     f'<table:table-row>{bad}</table:table-row></table:table>'
                     f'<table:table table:name="Other"><table:table-row>{error}{error}</table:table-row></table:table>')
    rows = [row for row, _ in prepared_rows(path)]
    assert [bool(r.errors) for r in rows] == [False, False, True]
    assert rows[2].cells["photographer_death_year"] == ""
    assert "spreadsheet error #DIV/0!" in rows[2].errors[0].message
    assert _verdict(path) == ["ok", "ok", "needs_review"]


def test_xls_error_cell_is_unknown_with_an_error_naming_the_column(tmp_path: Path) -> None:
    # An Excel 97-2003 error cell (a BOOLERR record holding #N/A): python-calamine reads it
    # as empty; sheet_errors reads it with xlrd.
    book = xlwt.Workbook()
    ws = book.add_sheet("Blad1")
    ws.write(0, 0, "Export 2026-11-30")  # a title row: positions are counted from A1
    columns = HEADER.strip().split(",")
    for c, name in enumerate(columns):
        ws.write(1, c, name)
    for r in (2, 3):
        for c, value in enumerate(PRESUMED):
            if c != 3:
                ws.write(r, c, value)
    ws.row(3).set_cell_error(3, 0x2A)  # 0x2A: #N/A
    path = tmp_path / "export.xls"
    book.save(str(path))
    rows = [row for row, _ in prepared_rows(path)]
    assert not rows[0].errors
    assert rows[1].cells["photographer_death_year"] == ""
    assert [e.column for e in rows[1].errors] == ["photographer_death_year"]
    assert "spreadsheet error #N/A" in rows[1].errors[0].message
    assert _verdict(path) == ["ok", "needs_review"]


def _ods_file(path: Path, rows: list[str]) -> Path:
    return write_ods(path, '<table:table table:name="Blad1">'
                     + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows) + "</table:table>")


def test_ods_formula_saved_without_its_value_is_a_row_error_naming_the_column(tmp_path: Path) -> None:
    # A program that does not compute formulas (odfpy, ezodf, an export script) writes
    # table:formula alone; LibreOffice always saves the result beside it (OpenDocument 1.2
    # part 1, 19.642 table:formula and 19.385 office:value-type). python-calamine gives
    # such a cell as empty: PD-old-assumed (no death year) would pass the row unseen.
    header = "".join(_ods_cell(h) for h in HEADER.strip().split(","))

    def row(death: str) -> str:
        return "".join(_ods_cell(v) for v in PRESUMED[:3]) + death + "".join(_ods_cell(v) for v in PRESUMED[4:])

    formula_only = '<table:table-cell table:formula="of:=[.J2]+75"/>'
    typed_no_value = '<table:table-cell table:formula="of:=[.J3]+75" office:value-type="float"/>'
    saved = ('<table:table-cell table:formula="of:=[.J4]+75" office:value-type="float" office:value="1948" '
             'calcext:value-type="float"><text:p>1948</text:p></table:table-cell>')
    empty_text = ('<table:table-cell table:formula="of:=&quot;&quot;" office:value-type="string" '
                  'office:string-value="" calcext:value-type="string"/>')  # a formula that gave ""
    path = _ods_file(tmp_path / "export.ods", [header, row(formula_only), row(typed_no_value), row(saved),
                                                 row(empty_text), row("<table:table-cell/>")])
    rows = [r for r, _ in prepared_rows(path)]
    assert [[e.column for e in r.errors] for r in rows] == [["(row)"], ["(row)"], [], [], []]
    assert "'photographer_death_year' holds a formula saved without its value" in rows[0].errors[0].message
    assert rows[2].cells["photographer_death_year"] == "1948"
    assert _verdict(path) == ["needs_review", "needs_review", "ok", "ok", "ok"]


def test_an_ods_line_break_or_tab_element_inside_a_cell_keeps_two_names_apart(tmp_path: Path) -> None:
    # Review 11 A3: SheetJS's ODS writer (before 2020) and pyexcel-ods write a cell's line
    # break as <text:line-break/> and its tab as <text:tab/> inside one paragraph
    # (LibreOffice shows both names, on two lines); python-calamine dropped the element and
    # read "Anna RiwkinOscar Halldin", one person dead 1948: ok. Two names are a joint work,
    # whose term runs from the last author's death (Berne art. 7bis): never ok on one year.
    def row(rid: str, name: str) -> str:
        cells = [rid, "t", name, "1948", "1930", "1930", "SE", "photographic_work", "none"]
        return "".join(c if c.startswith("<table") else _ods_cell(c) for c in cells)

    plain = row("O1", "Anna Riwkin")
    broken = row("O2", "Anna Riwkin<text:line-break/>Oscar Halldin")
    tabbed = row("O3", "Anna Riwkin<text:tab/>Oscar Halldin")
    spaced = row("O4", 'Anna<text:s text:c="2"/>Riwkin<text:line-break/>Oscar Halldin')
    header = "".join(_ods_cell(h) for h in HEADER.strip().split(","))
    path = _ods_file(tmp_path / "export.ods", [header, plain, broken, tabbed, spaced])
    rows = [r for r, _ in prepared_rows(path)]
    assert [r.cells["photographer"] for r in rows] == [
        "Anna Riwkin", "Anna Riwkin\nOscar Halldin", "Anna Riwkin\tOscar Halldin", "Anna  Riwkin\nOscar Halldin"]
    assert _verdict(path) == ["ok", "needs_review", "needs_review", "needs_review"]


@pytest.mark.parametrize("separator", ["\x1e", "\x1f", "\x1d", "\x1c"])
def test_marc_separators_between_two_names_are_two_people(separator: str) -> None:
    # MARC 21's field terminator (0x1E) and subfield delimiter (0x1F), left between two names by a
    # catalogue conversion (stored https://givemechance.cafe24.com/2020/10/13: "field terminator
    # ... ASCII control character 1E(hex)"), separate two people as a line break does.
    from copyright_check.record import names_several

    assert names_several(f"Anna Riwkin{separator}Oscar Halldin")
    assert not names_several(f"Anna Riwkin{separator}")
