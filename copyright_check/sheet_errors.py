"""Which cells of a spreadsheet hold an error value (#N/A, #REF!, #DIV/0!, …).

python-calamine hands an error cell over as an empty cell, so a failed VLOOKUP in a
death-year column read as "unknown" without a word, and a presumption could then pass
the row. This module finds those cells in the file itself — an .xlsx cell of type "e",
an .ods cell LibreOffice marks `calcext:value-type="error"`, an .xls error cell (read with
xlrd) — and sources.py writes each one's error text into its row, where the reader reports
it exactly as it reports the same text in a CSV export (reader.sheet_error). The file is
first searched for the marker as bytes, so a sheet without an error cell costs one pass
over its bytes, not a second parse.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

# What an error cell whose value is missing or unfamiliar is shown as (Google Sheets'
# generic error text), so that the reader still reports it.
FALLBACK = "#ERROR!"
_CHUNK = 1 << 20
_XLSX_MARK = re.compile(rb"""\bt\s*=\s*["']e["']""")
_ODS_MARK = re.compile(rb"""value-type\s*=\s*["']error["']""")
_REF = re.compile(r"([A-Za-z]{1,3})([0-9]+)$")
# Literal text a marker's every match holds (one of them): a piece without any is not
# searched with the pattern, whose \b and \s* make the regex engine try every position of a
# sheet's tens of megabytes (about a second each for a 40k-row sheet); a bytes search runs
# at memory speed. Keyed by the pattern's text; sheet_hidden adds its own.
HINTS: dict[bytes, tuple[bytes, ...]] = {_XLSX_MARK.pattern: (b'"e"', b"'e'", b"\"e'", b"'e\""),
                                         _ODS_MARK.pattern: (b"error",)}


# An .ods cell's line break or tab written as an element inside its paragraph
# (<text:line-break/>, <text:tab/>: SheetJS's ODS writer before 2020, pyexcel-ods today), which
# python-calamine drops, gluing "Anna Riwkin" and "Oscar Halldin" into one name (review 11 A3).
_ODS_BREAK = re.compile(rb""":(?:line-break|tab)[\s/>]""")
HINTS[_ODS_BREAK.pattern] = (b"line-break", b":tab")


def ods_break_cells(path: Path, sheet: str, marked: bool | None = None) -> dict[tuple[int, int], str]:
    """(row, column) as error_cells numbers them -> the text of an .ods cell holding a line
    break or tab element, each read as the character LibreOffice shows ("\n", "\t"), its
    paragraphs joined by "\n" as python-calamine joins them. Empty when the file has none or
    cannot be read this way. `marked`: whether the bytes show the element (sheet_marks)."""
    if marked is False:
        return {}
    try:
        with zipfile.ZipFile(path) as z:
            if "content.xml" not in z.namelist() or not (marked or _marked(z, "content.xml", _ODS_BREAK)):
                return {}
            found: dict[tuple[int, int], str] = {}
            with z.open("content.xml") as f:
                try:
                    for key, text in _ods_cells(f, sheet, _ods_broken):
                        found[key] = text
                except ElementTree.ParseError:  # the cells before a malformed part are still read
                    pass
            return found
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return {}


def _ods_broken(cell: ElementTree.Element) -> str | None:
    if not any(_local(el.tag) in ("line-break", "tab") for el in cell.iter()):
        return None
    return "\n".join(_inline(p) for p in cell if _local(p.tag) in ("p", "h"))


def _inline(el: ElementTree.Element) -> str:
    """A paragraph's text: <text:s text:c="3"/> as its spaces, a line break and a tab as
    their characters, a span's or link's text as written, a comment (annotation) left out."""
    parts = [el.text or ""]
    for child in el:
        name = _local(child.tag)
        if name == "line-break":
            parts.append("\n")
        elif name == "tab":
            parts.append("\t")
        elif name == "s":
            parts.append(" " * int(_attr(child, "c") or "1"))
        elif name != "annotation":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def error_cells(path: Path, kind: str, sheet: str, marked: bool | None = None) -> dict[tuple[int, int], str]:
    """(row, column) from the sheet's top-left cell, 0-based, as python-calamine's
    to_python(skip_empty_area=False) numbers them -> the cell's error text. Empty when the
    file has none or cannot be read this way (calamine has already read it). `marked`:
    whether the file's bytes show the marker, as sheet_hidden.sheet_marks found it in its
    one pass for all three scans (None: searched here)."""
    if marked is False:
        return {}
    if kind == "xls":
        try:
            return _xls_errors(path, sheet, marked)
        except Exception:  # xlrd's own errors: calamine read the file; nothing more is known
            return {}
    try:
        with zipfile.ZipFile(path) as z:
            if kind in ("xlsx", "xlsm"):
                member = _xlsx_member(z, sheet)
                if member is None or not (marked or _marked(z, member, _XLSX_MARK)):
                    return {}
                with z.open(member) as f:
                    return dict(_xlsx_errors(f))
            if kind == "ods":
                if "content.xml" not in z.namelist() or not (marked or _marked(z, "content.xml", _ODS_MARK)):
                    return {}
                with z.open("content.xml") as f:
                    return dict(_ods_errors(f, sheet))
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return {}
    return {}


def _marked(z: zipfile.ZipFile, member: str, mark: re.Pattern[bytes]) -> bool:
    """Whether the member's bytes hold the error marker anywhere (read in pieces, each
    searched with the end of the one before, so a marker cut in two is still found)."""
    return marked_all(z, member, (mark,))[0]


def marked_all(z: zipfile.ZipFile, member: str, marks: tuple[re.Pattern[bytes], ...]) -> list[bool]:
    """_marked for several markers in one pass over the member's bytes (one inflate of the
    sheet, however many markers): each searched in every piece with the end of the one
    before, until all are found."""
    found = [False] * len(marks)
    tail = b""
    with z.open(member) as f:
        while not all(found) and (piece := f.read(_CHUNK)):
            text = tail + piece
            for i, mark in enumerate(marks):
                if not found[i] and any(h in text for h in HINTS.get(mark.pattern, (b"",))) and mark.search(text):
                    found[i] = True
            tail = piece[-32:]
    return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xlsx_member(z: zipfile.ZipFile, sheet: str) -> str | None:
    """The worksheet part of the sheet named `sheet` (workbook.xml names it, its
    relationships file gives the part)."""
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rid = None
    for el in book.iter():
        if _local(el.tag) == "sheet" and el.get("name") == sheet:
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
            break
    if rid is None:
        return None
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    for el in rels.iter():
        if _local(el.tag) == "Relationship" and el.get("Id") == rid:
            target = el.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
    return None


def _column(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _xlsx_cells(f: IO[bytes]) -> Iterator[tuple[tuple[int, int], ElementTree.Element]]:
    """Every cell element of a worksheet part with its (row, column), 0-based; each is
    cleared after the caller has looked at it."""
    row = -1
    col = -1
    for event, el in ElementTree.iterparse(f, events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            if name == "row":
                r = el.get("r")
                row = int(r) - 1 if r and r.isdigit() else row + 1
                col = -1
            elif name == "c":
                m = _REF.match(el.get("r") or "")
                if m:
                    row, col = int(m.group(2)) - 1, _column(m.group(1))
                else:
                    col += 1
            continue
        if name == "c":
            yield (row, col), el
            el.clear()
        elif name == "row":
            el.clear()


def _xlsx_errors(f: IO[bytes]) -> Iterator[tuple[tuple[int, int], str]]:
    for at, el in _xlsx_cells(f):
        if el.get("t") == "e":
            value = next((_text(v) for v in el if _local(v.tag) == "v"), "")
            yield at, value or FALLBACK


# A formula saved without its value (<f>…</f> and an empty <v/>, or no <v>): what a program
# writes that does not compute formulas (openpyxl, many export scripts). python-calamine
# hands such a cell over as empty; Excel and LibreOffice always save the value.
_XLSX_UNSAVED = re.compile(rb"(?:</f>|<f[^>]*/>)\s*(?:<v\s*/>|<v>\s*</v>|</c>)")
HINTS[_XLSX_UNSAVED.pattern] = (b"<f", b"/f>")


# An .ods formula cell (table:formula="of:=…"): LibreOffice saves its result beside it
# (office:value-type with office:value, office:date-value, … or the text); a program that
# does not compute formulas (odfpy, ezodf, export scripts) writes the formula alone.
_ODS_FORMULA = re.compile(rb"""formula\s*=\s*["']""")
HINTS[_ODS_FORMULA.pattern] = (b"formula",)
_ODS_VALUES = {"float": "value", "percentage": "value", "currency": "value", "date": "date-value",
               "time": "time-value", "boolean": "boolean-value", "string": "string-value"}


def unsaved_formulas(path: Path, kind: str, sheet: str, marked: bool | None = None) -> set[tuple[int, int]]:
    """(row, column), numbered as error_cells numbers them, of the .xlsx or .ods sheet's
    formula cells whose value the file does not hold; empty for other files (and when the
    file cannot be read this way). The file is searched for the pattern as bytes first
    (`marked`: as error_cells)."""
    if kind not in ("xlsx", "xlsm", "ods") or marked is False:
        return set()
    try:
        with zipfile.ZipFile(path) as z:
            if kind == "ods":
                if "content.xml" not in z.namelist() or not (marked or _marked(z, "content.xml", _ODS_FORMULA)):
                    return set()
                with z.open("content.xml") as f:
                    return {at for at, _ in _ods_cells(f, sheet, _ods_unsaved)}
            member = _xlsx_member(z, sheet)
            if member is None or not (marked or _marked(z, member, _XLSX_UNSAVED)):
                return set()
            with z.open(member) as f:
                return {at for at, el in _xlsx_cells(f) if _unsaved(el)}
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return set()


def _ods_unsaved(cell: ElementTree.Element) -> str | None:
    """"" for a formula cell that holds no result (no value type, no value for its type,
    no text), else None. An error result is error_cells' and a string result saved empty
    (office:string-value="") is a formula that gave "", both left alone."""
    attrs = {_local(k): v for k, v in cell.attrib.items()}
    if "formula" not in attrs or attrs.get("value-type") == "error" or _text(cell):
        return None
    kind = attrs.get("value-type")
    if kind is None:
        return ""
    held = attrs.get(_ODS_VALUES.get(kind, "value"))
    if held is None or (not held.strip() and kind != "string"):
        return ""
    return None


def _unsaved(el: ElementTree.Element) -> bool:
    parts = {_local(child.tag): child for child in el}
    return "f" in parts and ("v" not in parts or not _text(parts["v"])) and el.get("t") != "e"


def _text(el: ElementTree.Element) -> str:
    return "".join(el.itertext()).strip()


def _ods_errors(f: IO[bytes], sheet: str) -> Iterator[tuple[tuple[int, int], str]]:
    """Error cells of the table named `sheet`, with their text."""
    return _ods_cells(f, sheet, _ods_error)


def _ods_error(cell: ElementTree.Element) -> str | None:
    if any(_local(k) == "value-type" and v == "error" for k, v in cell.attrib.items()):
        return _text(cell) or FALLBACK
    return None


def _ods_cells(
    f: IO[bytes], sheet: str, pick: Callable[[ElementTree.Element], str | None],
) -> Iterator[tuple[tuple[int, int], str]]:
    """The cells of the table named `sheet` that `pick` gives a text for (None: not
    wanted), counting repeated rows and columns (number-rows-repeated,
    number-columns-repeated) and covered cells as LibreOffice lays them out."""
    inside = False
    row = 0
    for event, el in ElementTree.iterparse(f, events=("start", "end")):
        name = _local(el.tag)
        if name == "table":
            inside = event == "start" and _attr(el, "name") == sheet
            row = 0
            if event == "end":
                el.clear()
            continue
        if not inside or event == "start" or name != "table-row":
            continue
        found = list(_ods_row_cells(el, pick))
        rows = int(_attr(el, "number-rows-repeated") or "1")
        for r in range(row, row + min(rows, _REPEAT_CAP) if found else row):
            for c, text in found:
                yield (r, c), text
        row += rows
        el.clear()


# A repeated row or cell is an error that many times; past this, the sheet's padding.
_REPEAT_CAP = 1024


def _ods_row_cells(el: ElementTree.Element, pick: Callable[[ElementTree.Element], str | None],
                   ) -> Iterator[tuple[int, str]]:
    col = 0
    for cell in el:
        if _local(cell.tag) not in ("table-cell", "covered-table-cell"):
            continue
        repeat = int(_attr(cell, "number-columns-repeated") or "1")
        if (text := pick(cell)) is not None:
            for c in range(col, col + min(repeat, _REPEAT_CAP)):
                yield c, text
        col += repeat


def _attr(el: ElementTree.Element, local: str) -> str | None:
    """An attribute by its local name, whatever its namespace prefix."""
    for k, v in el.attrib.items():
        if _local(k) == local:
            return v
    return None


# An .xls error cell as BIFF5/BIFF8 records hold it: a BOOLERR record (id 0x0205, length 8)
# whose flag byte says "error", or a FORMULA record (id 0x0006) whose cached result is an
# error (result byte 0 = 2, bytes 6-7 = 0xFFFF). Found as bytes, these mark a file worth
# parsing again; a chance match only costs that parse. (A record cut by the compound file's
# sector chain could hide; Excel writes a workbook's stream in order.)
_XLS_MARK = re.compile(rb"\x05\x02\x08\x00[\s\S]{7}\x01|\x06\x00[\s\S]{8}\x02[\s\S]{5}\xff\xff")


def _xls_errors(path: Path, sheet: str, marked: bool | None = None) -> dict[tuple[int, int], str]:
    if not marked:
        with path.open("rb") as f:
            if not _XLS_MARK.search(f.read()):
                return {}
    import xlrd  # type: ignore[import-untyped]  # only for an .xls that may hold an error cell

    book: Any = xlrd.open_workbook(str(path), on_demand=True)
    try:
        sh = book.sheet_by_name(sheet)
        found: dict[tuple[int, int], str] = {}
        for r in range(sh.nrows):
            types = sh.row_types(r)
            if xlrd.XL_CELL_ERROR in types:
                values = sh.row_values(r)
                for c, t in enumerate(types):
                    if t == xlrd.XL_CELL_ERROR:
                        found[(r, c)] = xlrd.error_text_from_code.get(values[c], FALLBACK)
        return found
    finally:
        book.release_resources()
