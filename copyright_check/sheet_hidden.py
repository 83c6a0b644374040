"""Which rows and columns of a spreadsheet are hidden (by hand, in a collapsed outline, or by a
filter).

python-calamine reads a hidden cell as any other: hidden content is data the export wrote, and a
CSV saved from the same sheet holds it too. But a person who hid a column or filtered rows out
has said something about them: an old licence kept beside the new one, rows that are not part of
this upload. sources.py uses what this module finds to read a hidden column that repeats a
visible column's field as a pass-through column (the visible one decides), to give a hidden row
an error (no ok rests on a row someone hid), and to say per file which hidden columns were read
(sources.SheetWarning). An .xlsx marks them `hidden="1"` on its <col> and <row> elements, an .ods
`table:visibility="collapse"` (or "filter") on its table-column and table-row elements, an .xls
in its ROW and COLINFO records (read with xlrd). The file
is searched for the marker as bytes first, so a sheet with nothing hidden costs one pass over its
bytes, not a second parse.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from copyright_check import sheet_errors
from copyright_check.sheet_errors import _attr, _local, _marked, _xlsx_member, marked_all

# A row of height 0 or a column of width 0 shows nothing in Excel or LibreOffice, as a hidden
# one does, though no `hidden` flag is set (export scripts write them so; openpyxl writes a row
# height of 0 as customHeight="1" with no ht at all): read as hidden too (review 15 F4).
_XLSX_MARK = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']|\b(?:ht|width)\s*=\s*["']0+(?:\.0*)?["']"""
                        rb"""|\bcustomHeight\s*=\s*["'](?:1|true)["']""")
_ODS_MARK = re.compile(rb"""visibility\s*=\s*["'](?:collapse|filter)["']"""
                       rb"""|(?:column-width|row-height)\s*=\s*["']0+(?:\.0*)?[a-z]*["']""")
sheet_errors.HINTS[_XLSX_MARK.pattern] = (b"hidden", b"ht=\"0", b"ht='0", b"width=\"0", b"width='0", b"customHeight")
sheet_errors.HINTS[_ODS_MARK.pattern] = (b"visibility", b"width=\"0", b"width='0", b"height=\"0", b"height='0")


@dataclass(frozen=True)
class Hidden:
    """0-based rows and columns from the sheet's top-left cell (A1), numbered as
    sheet_errors.error_cells numbers them; only those below `rows`/`columns` limits."""

    rows: frozenset[int] = field(default_factory=frozenset)
    columns: frozenset[int] = field(default_factory=frozenset)


# An .xls (BIFF8) marks a hidden row in its ROW record (id 0x0208, length 16: option flags
# at offset 12, bit 0x20 fDyZero) and a hidden column in its COLINFO record (id 0x007D,
# length 12: option flags at offset 8, bit 0x01). Found as bytes, they mark a file worth
# parsing again with xlrd; a chance match only costs that parse.
def _bit(bit: int) -> bytes:
    """A character class of the bytes that have `bit` set."""
    return b"[" + b"".join(re.escape(bytes([b])) for b in range(256) if b & bit) + b"]"


_XLS_MARK = re.compile(rb"\x08\x02\x10\x00[\s\S]{12}" + _bit(0x20) + rb"|\x7d\x00\x0c\x00[\s\S]{8}" + _bit(0x01))


@dataclass(frozen=True)
class Marks:
    """Whether the sheet's bytes show an error cell, a formula saved without its value and
    a hidden row or column: the three byte searches sources.py made one file open, one
    workbook.xml parse and one inflate of the sheet each, made in one pass (sheet_marks)."""

    errors: bool = False
    unsaved: bool = False
    hidden: bool = False
    breaks: bool = False  # an .ods cell's <text:line-break/> or <text:tab/> (sheet_errors.ods_break_cells)
    strike: bool = False  # an .xlsx inline string's struck run (struck_cells)


def sheet_marks(path: Path, kind: str, sheet: str) -> Marks:
    """The markers error_cells, unsaved_formulas and hidden_parts search for, found in one
    pass over the sheet's bytes (an .xls: one read of the file). Each then parses the file
    only where its marker is found, as it did after its own search; nothing is found in a
    file that cannot be read this way."""
    try:
        if kind == "xls":
            data = path.read_bytes()
            return Marks(errors=sheet_errors._XLS_MARK.search(data) is not None,
                         hidden=_XLS_MARK.search(data) is not None)
        with zipfile.ZipFile(path) as z:
            if kind in ("xlsx", "xlsm"):
                member = _xlsx_member(z, sheet)
                if member is None:
                    return Marks()
                errors, unsaved, hidden, strike = marked_all(
                    z, member, (sheet_errors._XLSX_MARK, sheet_errors._XLSX_UNSAVED, _XLSX_MARK, _STRIKE))
                return Marks(errors, unsaved, hidden, strike=strike)
            if kind == "ods" and "content.xml" in z.namelist():
                found = marked_all(z, "content.xml", (sheet_errors._ODS_MARK, sheet_errors._ODS_FORMULA, _ODS_MARK,
                                                      sheet_errors._ODS_BREAK))
            else:
                return Marks()
            return Marks(*found)
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return Marks()


def hidden_parts(path: Path, kind: str, sheet: str, rows: int, columns: int,
                 marked: bool | None = None) -> Hidden:
    """The hidden rows (below `rows`) and columns (below `columns`) of the sheet; nothing for
    a file that cannot be read this way (python-calamine has already read it). `marked`:
    whether the bytes show the marker (sheet_marks; None: searched here)."""
    if marked is False:
        return Hidden()
    if kind == "xls":
        try:
            return _xls_hidden(path, sheet, rows, columns, marked)
        except Exception:  # xlrd's own errors: calamine read the file; nothing more is known
            return Hidden()
    try:
        with zipfile.ZipFile(path) as z:
            if kind in ("xlsx", "xlsm"):
                member = _xlsx_member(z, sheet)
                if member is None or not (marked or _marked(z, member, _XLSX_MARK)):
                    return Hidden()
                with z.open(member) as f:
                    return _xlsx_hidden(f, rows, columns)
            if kind == "ods":
                if "content.xml" not in z.namelist() or not (marked or _marked(z, "content.xml", _ODS_MARK)):
                    return Hidden()
                with z.open("content.xml") as f:
                    return _ods_hidden(f, sheet, rows, columns)
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return Hidden()
    return Hidden()


def _on(value: str | None) -> bool:
    return value in ("1", "true")


def _zero(value: str | None) -> bool:
    """Whether a size attribute is 0 ("0", "0.0", "0in", "0cm")."""
    if not value:
        return False
    digits = value.rstrip("abcdefghijklmnopqrstuvwxyz")
    try:
        return float(digits) == 0
    except ValueError:
        return False


def _xlsx_hidden(f: IO[bytes], rows: int, columns: int) -> Hidden:
    hidden_rows: set[int] = set()
    hidden_columns: set[int] = set()
    row = -1
    for event, el in ElementTree.iterparse(f, events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            if name == "row":
                r = el.get("r")
                row = int(r) - 1 if r and r.isdigit() else row + 1
                if row < rows and (_on(el.get("hidden")) or _zero(el.get("ht"))
                                   or (_on(el.get("customHeight")) and el.get("ht") is None)):
                    hidden_rows.add(row)
            continue
        if name == "col" and (_on(el.get("hidden")) or _zero(el.get("width"))):
            lo, hi = int(el.get("min") or "1") - 1, int(el.get("max") or el.get("min") or "1") - 1
            hidden_columns.update(range(max(lo, 0), min(hi + 1, columns)))
        if name in ("row", "c", "col"):
            el.clear()
    return Hidden(frozenset(hidden_rows), frozenset(hidden_columns))


def _ods_hidden(f: IO[bytes], sheet: str, rows: int, columns: int) -> Hidden:
    """Rows and columns of the table named `sheet` whose visibility is not "visible",
    counting repeated ones (number-rows-repeated, number-columns-repeated) as LibreOffice
    lays them out."""
    inside = False
    row = 0
    column = 0
    hidden_rows: set[int] = set()
    hidden_columns: set[int] = set()
    zero_styles: set[str] = set()  # automatic styles of a column width or row height of 0
    style = ""
    for event, el in ElementTree.iterparse(f, events=("start", "end")):
        name = _local(el.tag)
        if name == "style" and event == "start":
            style = _attr(el, "name") or ""
            continue
        if name in ("table-column-properties", "table-row-properties") and event == "start":
            if _zero(_attr(el, "column-width" if name == "table-column-properties" else "row-height")):
                zero_styles.add(style)
            continue
        if name == "table":
            inside = event == "start" and _attr(el, "name") == sheet
            row = column = 0
            if event == "end":
                el.clear()
            continue
        if not inside or event == "end":
            if event == "end" and name == "table-row":
                el.clear()
            continue
        if name == "table-column":
            repeat = int(_attr(el, "number-columns-repeated") or "1")
            if _attr(el, "visibility") in ("collapse", "filter") or _attr(el, "style-name") in zero_styles:
                hidden_columns.update(range(column, min(column + repeat, columns)))
            column += repeat
        elif name == "table-row":
            repeat = int(_attr(el, "number-rows-repeated") or "1")
            if _attr(el, "visibility") in ("collapse", "filter") or _attr(el, "style-name") in zero_styles:
                hidden_rows.update(range(row, min(row + repeat, rows)))
            row += repeat
    return Hidden(frozenset(hidden_rows), frozenset(hidden_columns))


def _xls_hidden(path: Path, sheet: str, rows: int, columns: int, marked: bool | None = None) -> Hidden:
    if not marked:
        with path.open("rb") as f:
            if not _XLS_MARK.search(f.read()):
                return Hidden()
    import xlrd  # type: ignore[import-untyped]  # only for an .xls whose bytes show a hidden row or column

    book: Any = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        sh = book.sheet_by_name(sheet)
        return Hidden(frozenset(r for r, info in sh.rowinfo_map.items() if info.hidden and r < rows),
                      frozenset(c for c, info in sh.colinfo_map.items() if info.hidden and c < columns))
    finally:
        book.release_resources()


# A struck-through font (<strike/>, <strike val="1"/>) in styles.xml, or a struck run of rich
# text in the shared strings or an inline string: searched as bytes first, so a sheet with no
# strike anywhere costs a search of styles.xml, not a parse of the sheet.
_STRIKE = re.compile(rb"<(?:\w+:)?strike\b")
sheet_errors.HINTS[_STRIKE.pattern] = (b"strike",)


def _struck(el: ElementTree.Element) -> bool:
    """Whether a <font> or a run's <rPr> has a strike that is on (<strike/> with no val is)."""
    return any(_local(c.tag) == "strike" and (c.get("val") or "1").lower() not in ("0", "false") for c in el)


def _struck_styles(z: zipfile.ZipFile) -> frozenset[int]:
    """The cell formats (cellXfs, by index: a cell's s="N") whose font is struck through."""
    if not _marked(z, "xl/styles.xml", _STRIKE):
        return frozenset()
    root = ElementTree.fromstring(z.read("xl/styles.xml"))
    fonts: list[bool] = []
    formats: list[int] = []
    for el in root:
        if _local(el.tag) == "fonts":
            fonts = [_struck(font) for font in el if _local(font.tag) == "font"]
        elif _local(el.tag) == "cellXfs":
            formats = [int(xf.get("fontId") or "0") for xf in el if _local(xf.tag) == "xf"]
    return frozenset(i for i, font in enumerate(formats) if font < len(fonts) and fonts[font])


def _struck_runs(el: ElementTree.Element) -> bool:
    """Whether a rich-text string (<si>, <is>) has a run with text that is struck through: any
    part of the cell marked wrong makes the cell's value one a person marked."""
    return any(_local(r.tag) == "r" and any(_local(p.tag) == "rPr" and _struck(p) for p in r)
               and any(_local(t.tag) == "t" and (t.text or "").strip() for t in r) for r in el)


def _struck_strings(z: zipfile.ZipFile) -> frozenset[int]:
    """The shared strings (by index: a t="s" cell's value) with a struck-through run."""
    if "xl/sharedStrings.xml" not in z.namelist() or not _marked(z, "xl/sharedStrings.xml", _STRIKE):
        return frozenset()
    found: set[int] = set()
    index = 0
    with z.open("xl/sharedStrings.xml") as f:
        for _, el in ElementTree.iterparse(f):
            if _local(el.tag) == "si":
                if _struck_runs(el):
                    found.add(index)
                index += 1
                el.clear()
    return frozenset(found)


def struck_cells(path: Path, kind: str, sheet: str, inline: bool | None = None) -> dict[int, list[int]]:
    """The cells of an .xlsx sheet shown struck through (their font, or a run of their rich
    text), by 0-based sheet row, each row's 0-based columns, as sheet_errors numbers them.
    A catalogue strikes a value through to say it is wrong or superseded, and keeps it in view;
    python-calamine reads the text as any other (review 12 C8 part 2: a struck death year made
    an ok). Nothing for another kind of file or one that cannot be read this way. `inline`:
    whether the sheet's bytes show a strike of their own (sheet_marks; None: searched here)."""
    if kind not in ("xlsx", "xlsm"):
        return {}
    try:
        with zipfile.ZipFile(path) as z:
            styles = _struck_styles(z) if "xl/styles.xml" in z.namelist() else frozenset()
            strings = _struck_strings(z)
            if not (styles or strings or inline or inline is None):
                return {}
            member = _xlsx_member(z, sheet)
            if member is None or not (styles or strings or inline or _marked(z, member, _STRIKE)):
                return {}
            found: dict[int, list[int]] = {}
            with z.open(member) as f:
                for (row, column), el in sheet_errors._xlsx_cells(f):
                    if _cell_struck(el, styles, strings):
                        found.setdefault(row, []).append(column)
            return found
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return {}


def _cell_struck(el: ElementTree.Element, styles: frozenset[int], strings: frozenset[int]) -> bool:
    s = el.get("s")
    if s is not None and s.isdigit() and int(s) in styles:
        return True
    kind = el.get("t")
    if kind == "s" and strings:
        value = next((v.text for v in el if _local(v.tag) == "v"), None)
        return value is not None and value.strip().isdigit() and int(value) in strings
    return kind == "inlineStr" and any(_local(i.tag) == "is" and _struck_runs(i) for i in el)
