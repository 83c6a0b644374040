"""Hidden columns and rows of a spreadsheet: read as the data the export wrote, never silently.

A CSV saved from the sheet holds hidden cells too, so they are read; but a person who hid a
column beside a visible one of the same field (an old licence kept beside the current one)
meant the visible one, and a person who hid or filtered out a row meant something by it. So:
a hidden column repeating a visible column's field passes through unread (the visible one
decides, whatever their order), a hidden column that is the only one of its field is read,
named in a warning and with an error on each row with a value there, and a hidden row is read
with an error, so that no ok rests on either (review 12 C8: a hidden licence column made a
protected photo ok with no error)
(Commons:Licensing: the file's status must be clear; rules/verdict.yaml,
needs-review-unreadable-cells).
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import openpyxl
import pytest
from ods_files import write_ods
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.sources import SheetWarning

HEADER = ["id", "photographer", "photographer_death_year", "image_date", "published_date", "origin_country",
          "photo_kind", "depicted_type", "licence", "licence"]
# A photo of 1950 by a photographer who died in 2015: protected; its licence decides (one who died
# before the licence was first published granted none: tests/test_rules_licence_after_death.py).
PROTECTED = ["H-1", "Anna Svensson", 2015, 1950, 1950, "SE", "photographic_work", "none"]
# A photo of 1880 by a photographer who died in 1900: PD as it stands.
OLD = ["H-2", "Anna Svensson", 1900, 1880, 1880, "SE", "photographic_work", "none", None, None]


def _xlsx(path: Path, hidden_columns: str = "", hidden_rows: tuple[int, ...] = (),
          licences: tuple[str, str] = ("CC BY-NC 4.0", "CC BY 4.0")) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER)
    ws.append([*PROTECTED, *licences])
    ws.append(OLD)
    ws.append(["H-3", *OLD[1:]])
    for letter in hidden_columns:
        ws.column_dimensions[letter].hidden = True
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    book.save(path)
    return path


def _assessed(path: Path) -> tuple[list[dict[str, object]], str]:
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "json", "--as-of", "2026-11-30", "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def test_a_hidden_column_repeating_a_visible_ones_field_passes_through_unread(tmp_path: Path) -> None:
    # Column I (hidden, first) holds the old CC BY-NC, column J (visible) the current CC BY:
    # the reader keeps the first of a repeated field, so the hidden one decided (with a
    # conflict error). Now the visible one decides, and the file's warning says so.
    path = _xlsx(tmp_path / "e.xlsx", hidden_columns="I")
    with pytest.warns(SheetWarning, match=r"column I \('licence'\) is hidden and holds licence, as the visible "
                                          r"column J \('licence'\) does: the visible one is read"):
        rows = [row for row, _ in prepared_rows(path)]
    assert rows[0].cells["licence"] == "CC BY 4.0" and rows[0].errors == []
    assert rows[0].values[8] == "CC BY-NC 4.0"  # passed through to the output as written
    out, err = _assessed(path)
    assert out[0]["verdict"] == "ok" and out[0]["templates"] == ["{{Cc-by-4.0}}"]
    assert "warning: " in err and "the visible one is read" in err


def test_a_hidden_column_after_the_visible_one_changes_nothing_but_the_warning(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "e.xlsx", hidden_columns="J")
    with pytest.warns(SheetWarning, match="column J"):
        rows = [row for row, _ in prepared_rows(path)]
    assert rows[0].cells["licence"] == "CC BY-NC 4.0" and rows[0].errors == []


def test_a_hidden_column_that_is_the_only_one_of_its_field_is_read_and_named(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "e.xlsx", hidden_columns="C")
    with pytest.warns(SheetWarning, match=r"column C \('photographer_death_year'\) is hidden; it is read as "
                                          "photographer_death_year"):
        rows = [row for row, _ in prepared_rows(path)]
    assert rows[1].cells["photographer_death_year"] == "1900"
    assert all("(row)" in [e.column for e in r.errors] for r in rows)
    assert "column 'photographer_death_year' is hidden in the spreadsheet" in rows[1].errors[0].message
    out, err = _assessed(path)
    assert "column C ('photographer_death_year') is hidden; it is read" in err
    # H-2 and H-3 (PD on the hidden death year alone) are no longer ok; H-1's NC licence
    # still decides (not_ok).
    assert [r["verdict"] for r in out] == ["not_ok", "needs_review", "needs_review"]


def test_an_ok_never_rests_on_a_hidden_licence_column(tmp_path: Path) -> None:
    # Review 12 C8 (play/hiddencol.xlsx): the only licence column hidden, CC BY 4.0 in it, a
    # protected photo: ok {{Cc-by-4.0}} with errors [] and --fail-on errors exit 0. Now the row
    # has the error a hidden row has; a row with nothing in the hidden column has none.
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER[:9])
    ws.append([*PROTECTED, "CC BY 4.0"])
    ws.append([*OLD[:8], None])
    ws.column_dimensions["I"].hidden = True
    book.save(tmp_path / "l.xlsx")
    with pytest.warns(SheetWarning):
        rows = [row for row, _ in prepared_rows(tmp_path / "l.xlsx")]
    assert [[e.column for e in r.errors] for r in rows] == [["(row)"], []]
    out, _ = _assessed(tmp_path / "l.xlsx")
    assert [(r["verdict"], r["templates"]) for r in out] == [("needs_review", []),
                                                              ("ok", ["{{PD-old-auto-expired|deathyear=1900}}"])]


def test_a_hidden_row_is_read_with_an_error_so_no_ok_rests_on_it(tmp_path: Path) -> None:
    # Row 3 (H-2, PD as it stands) is hidden, by hand or by a filter: it stays in the
    # output, once and in order, but is not ok.
    path = _xlsx(tmp_path / "e.xlsx", hidden_rows=(3,), licences=("CC BY-NC 4.0", "CC BY-NC 4.0"))
    with pytest.warns(SheetWarning, match=r"1 hidden row under the header .*sheet row 3"):
        rows = [row for row, _ in prepared_rows(path)]
    assert [r.cells["id"] for r in rows] == ["H-1", "H-2", "H-3"]
    assert [[e.column for e in r.errors] for r in rows] == [[], ["(row)"], []]
    assert "line 3: the row is hidden in the spreadsheet" in rows[1].errors[0].message
    out, _ = _assessed(path)
    assert [r["verdict"] for r in out] == ["not_ok", "needs_review", "ok"]


def test_hidden_blank_rows_are_no_hidden_records(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER)
    ws.append(OLD)
    ws.append([])
    ws.append(["H-3", *OLD[1:]])
    ws.row_dimensions[3].hidden = True  # the blank row between the two records
    book.save(tmp_path / "e.xlsx")
    with warnings.catch_warnings():
        warnings.simplefilter("error", SheetWarning)
        rows = [row for row, _ in prepared_rows(tmp_path / "e.xlsx")]
    assert [r.errors for r in rows] == [[], []]


def test_nothing_hidden_no_warning(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "e.xlsx")
    with warnings.catch_warnings():
        warnings.simplefilter("error", SheetWarning)
        rows = [row for row, _ in prepared_rows(path)]
    assert all(r.errors == [] for r in rows[1:])


def _ods_row(values: list[object], visibility: str = "") -> str:
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{"" if v is None else v}</text:p>'
                    "</table:table-cell>" for v in values)
    shown = f' table:visibility="{visibility}"' if visibility else ""
    return f"<table:table-row{shown}>{cells}</table:table-row>"


def test_ods_hidden_column_and_rows_a_filter_hid(tmp_path: Path) -> None:
    # LibreOffice: table:visibility="collapse" on a hidden column or row, "filter" on a row
    # a filter hides (OpenDocument 1.2, 19.749 table:visibility).
    columns = ('<table:table-column table:number-columns-repeated="8"/>'
               '<table:table-column table:visibility="collapse"/><table:table-column/>')
    path = write_ods(tmp_path / "e.ods",
                     f'<table:table table:name="Blad1">{columns}'
                     + _ods_row(HEADER) + _ods_row([*PROTECTED, "CC BY-NC 4.0", "CC BY 4.0"])
                     + _ods_row(OLD, "filter") + _ods_row(["H-3", *OLD[1:]]) + "</table:table>")
    with pytest.warns(SheetWarning):
        rows = [row for row, _ in prepared_rows(path)]
    assert rows[0].cells["licence"] == "CC BY 4.0"
    assert [bool(r.errors) for r in rows] == [False, True, False]
    out, err = _assessed(path)
    assert [r["verdict"] for r in out] == ["ok", "needs_review", "ok"]
    assert err.count("warning: ") == 2


def test_a_row_of_height_0_or_a_column_of_width_0_is_hidden(tmp_path: Path) -> None:
    # Review 15 F4: a row of height 0 and a column of width 0 show nothing in Excel or LibreOffice,
    # with no hidden flag (openpyxl writes a height of 0 as customHeight="1" without ht; a script
    # writes width="0"): the licence read from such a column made a protected photo ok.
    import zipfile

    path = _xlsx(tmp_path / "z.xlsx", licences=("CC BY 4.0", "CC BY 4.0"))
    book = openpyxl.load_workbook(path)
    book.active.row_dimensions[3].height = 0
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<sheetData>", b'<cols><col min="10" max="10" width="0" customWidth="1"/>'
                                        b"</cols><sheetData>", 1)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.warns(SheetWarning) as caught:
        rows = [row for row, _ in prepared_rows(path)]
    assert any("height of 0" in str(w.message) for w in caught)
    assert [[e.column for e in r.errors] for r in rows] == [[], ["(row)"], []]
    # Column J (the second licence) is hidden: the visible I decides.
    assert rows[0].cells["licence"] == "CC BY 4.0"
    styles = ('<style:style style:name="co0" style:family="table-column">'
              '<style:table-column-properties style:column-width="0in"/></style:style>'
              '<style:style style:name="ro0" style:family="table-row">'
              '<style:table-row-properties style:row-height="0cm"/></style:style>')
    columns = '<table:table-column table:number-columns-repeated="8"/><table:table-column table:style-name="co0"/>'
    header = _ods_row(HEADER[:9])
    protected = _ods_row([*PROTECTED, "CC BY 4.0"])
    old = _ods_row(OLD[:9]).replace("<table:table-row>", '<table:table-row table:style-name="ro0">', 1)
    path = write_ods(tmp_path / "z.ods", f'<table:table table:name="Blad1">{columns}{header}{protected}{old}'
                     "</table:table>", styles)
    with pytest.warns(SheetWarning):
        rows = [row for row, _ in prepared_rows(path)]
    assert [[e.column for e in r.errors] for r in rows] == [["(row)"], ["(row)"]]
    out, _ = _assessed(path)
    assert [r["verdict"] for r in out] == ["needs_review", "needs_review"]


def test_xls_hidden_column_and_row(tmp_path: Path) -> None:
    # Excel 97-2003: a hidden row's ROW record (fDyZero) and a hidden column's COLINFO
    # record, read with xlrd (python-calamine reads both as visible).
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("Blad1")
    for r, row in enumerate([HEADER, [*PROTECTED, "CC BY-NC 4.0", "CC BY 4.0"], OLD, ["H-3", *OLD[1:]]]):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    ws.col(8).hidden = True
    ws.row(2).hidden = True
    book.save(str(tmp_path / "e.xls"))
    with pytest.warns(SheetWarning):
        rows = [row for row, _ in prepared_rows(tmp_path / "e.xls")]
    assert rows[0].cells["licence"] == "CC BY 4.0"
    assert [bool(r.errors) for r in rows] == [False, True, False]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


def _struck_xlsx(path: Path) -> Path:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER[:8])
    for i in range(1, 5):
        ws.append([f"S-{i}", "Anna Svensson", 1900, 1880, 1880, "SE", "photographic_work", "none"])
    ws["C2"].font = Font(strike=True)  # the death year struck through
    ws["B4"].value = CellRichText([TextBlock(InlineFont(strike=True), "Anna Svensson"), " Per Foto"])
    ws["B5"].font = Font(bold=True, strike=False)
    ws["D3"].font = Font(strike=True)
    ws["D3"].value = None  # a struck format on an empty cell marks no value
    book.save(path)
    return path


def test_a_struck_through_cell_is_read_as_written_with_an_error_so_no_ok_rests_on_it(tmp_path: Path) -> None:
    # Review 12 C8 part 2: a catalogue strikes a value through to mark it wrong or superseded
    # and keeps it in view; read as written it made an ok {{PD-old-auto-expired|deathyear=1948}}
    # rest on a death year the catalogue had marked wrong. The status must be clear for Commons
    # (Commons:Licensing); the row goes to a person (rules/verdict.yaml, needs-review-unreadable-cells).
    rows = [row for row, _ in prepared_rows(_struck_xlsx(tmp_path / "s.xlsx"))]
    assert [r.cells["photographer_death_year"] for r in rows] == ["1900"] * 4
    assert [[e.column for e in r.errors] for r in rows] == [["(row)"], [], ["(row)"], []]
    assert "column 'photographer_death_year' is struck through" in rows[0].errors[0].message
    assert "column 'photographer' is struck through" in rows[2].errors[0].message
    out, _ = _assessed(tmp_path / "s.xlsx")
    assert [r["verdict"] for r in out] == ["needs_review", "ok", "needs_review", "ok"]


def test_the_starter_profile_of_a_file_with_an_unknown_id_says_nothing_of_a_hidden_column_holding_id(
        tmp_path: Path) -> None:
    # Review 25d: with its id column under a header it does not know (`Identifierare`), the
    # profile reads every column as the id once, and a hidden `Bildlicens` was said to "hold id,
    # as the visible column A does".
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Identifierare", "Fotograf", "Licens", "Bildlicens"])
    ws.append(["SSM-1", "Anna Svensson", "CC0", "CC BY-NC 4.0"])
    ws.column_dimensions["D"].hidden = True
    path = tmp_path / "h.xlsx"
    book.save(path)
    result = CliRunner().invoke(app, ["profile", str(path), "--output", str(tmp_path / "h.yaml")])
    assert result.exit_code == 0, result.output
    assert "holds id" not in result.output + (result.stderr or "")
