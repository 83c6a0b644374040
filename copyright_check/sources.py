"""Every input an institution hands over, as the rows the CSV reader produces.

Collection systems export CSV, Excel (.xlsx, .xls), LibreOffice (.ods) or JSON. CSV goes
to reader.py as before; a spreadsheet is read with python-calamine (typed cells: a date
cell is a date, a number 1948 the year 1948, never "1948.0"), JSON and JSON Lines with
the standard library. Each of their rows is then written out as one CSV record, so the
rest of the pipeline — parsing in worker processes, per-cell errors, output in input
order — is the same for every format. A zip archive, a PDF or an image is refused with
one line saying what the file is.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import itertools
import json
import re
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from copyright_check import datacache
from copyright_check.assessment import RowError
from copyright_check.pickling import by_fields
from copyright_check.reader import (
    HIDDEN_SUFFIX,
    InputError,
    Layout,
    LineRun,
    RawRecord,
    RawRow,
    beside_person,
    compared_values,
    disagree,
    header_name,
    header_repeats,
    lookalike_field,
    no_id_column,
    open_records,
    open_runs,
    parse_record,
    parse_records,
    parsed_rows,
    text_encoding,
    text_head,
    vocabulary_field,
)
from copyright_check.record import COLUMNS, normalise_header
from copyright_check.textcase import lower
from copyright_check.vocabularies import headers, word

SPREADSHEETS = ("xlsx", "xlsm", "xls", "ods")
# The opening bytes a JSON file's encoding is chosen from, as a CSV file's (reader.py).
_DETECT_BYTES: Final = 1024 * 1024
# Rows above the header that hold at most one cell (a title, an export date) are skipped
# when a row with more cells follows within this many rows.
TITLE_ROWS = 10
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"BZh", "a bzip2 archive"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True, init=False)
class SourceRecord(RawRecord):
    """A record with an error found while reading its source (a JSON line that is not an
    object): it still becomes one output row, carrying the error."""

    error: str = ""
    shown: bool = False  # its cells are shown in the output as written (its id kept), none read as a fact

    def __init__(self, line: int, text: str, unclosed: bool = False, notes: tuple[str, ...] = (),
                 error: str = "", shown: bool = False) -> None:
        # Written out as RawRecord's is: the compiled build (mypyc) otherwise calls the base
        # class's __init__ with this one's arguments (and fails to compile).
        RawRecord.__init__(self, line, text, unclosed, notes)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "shown", shown)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: a damaged zip file ({exc}); not a table this tool reads") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
        return "ods"
    if mimetype.startswith("application/vnd.oasis.opendocument") or "word/document.xml" in names:
        raise InputError(f"{path}: a text or presentation document, not a spreadsheet; "
                         "export the table as .xlsx, .ods or .csv")
    shown = ", ".join(sorted(names)[:3]) + (" …" if len(names) > 3 else "")
    raise InputError(f"{path}: a zip archive ({len(names)} files: {shown}), not a table; "
                     "unpack it and give the .csv, .xlsx or .ods inside")


def detect(path: Path, head: bytes) -> str:
    """The kind of input: csv, xlsx, xls, ods, json or jsonl. Content decides over the
    file name (an .xls that is really CSV is read as CSV); a known binary is refused."""
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE2):
        return "xls"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{path}: {what}, not a table; give a .csv, .xlsx, .xls, .ods or .json file")
    suffix = lower(path.suffix).lstrip(".")
    head = text_head(head)  # UTF-16 or UTF-32 with its mark: what it holds, as UTF-8
    _refuse_markup(path, head)
    if suffix in ("xlsx", "xlsm", "ods") and _binary(head):
        raise InputError(f"{path}: named .{suffix} but not a spreadsheet file (a damaged or unfinished "
                         "download?); export the table again as .xlsx, .ods or .csv")
    if suffix in ("csv", "tsv", "txt", "tab"):
        return "csv"  # a header cell may start with "[" or "{": the name says CSV
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in ("jsonl", "ndjson") or (suffix == "json" and text.startswith(b"{")):
        return "jsonl"
    if suffix == "json" or text.startswith(b"["):
        return "json"
    return "csv"


def _refuse_markup(path: Path, head: bytes) -> None:
    """Web collection systems hand out an HTML table (or Excel 2003's XML) named .xls:
    read as CSV it would stop on a header of tags. Say what it is and how to convert it."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if not text.startswith(b"<"):
        return
    if b"urn:schemas-microsoft-com:office:spreadsheet" in text:
        what = "an Excel 2003 XML spreadsheet"
    elif b"<html" in text or b"<!doctype html" in text or b"<table" in text:
        what = "an HTML page (a web export named like a spreadsheet)"
    elif text.startswith(b"<?xml"):
        what = "an XML file"
    else:
        return
    raise InputError(f"{path}: {what}, not a table this tool reads; open it in a spreadsheet program "
                     "and save it as .xlsx or .csv")


def _binary(head: bytes) -> bool:
    """Control bytes other than tab and line ends: not text, whatever the name says."""
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0D))
    return controls > len(head) // 20


def cell_text(value: Any) -> str:
    """A typed cell as the text a cataloguer would have typed: a date as ISO 8601, a whole
    number without ".0", a boolean as the program shows it and writes it to CSV (TRUE, FALSE):
    read as yes and no, except where no would free a work (rules/vocabulary.yaml zero_words: a
    formula without an else gives FALSE for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list) and all(v is None or isinstance(v, (str, int, float)) for v in value):
        # A multi-valued field as JSON APIs give every field (Europeana: "year": ["1920"],
        # "dcCreator": ["Halldin, Oscar", "Riwkin, Anna"]): one value is that value; several
        # are joined by "; ", as collection systems export a repeated field, so that a
        # second photographer stays visible (record.py) and two dates stay unread.
        return "; ".join(text for v in value if (text := cell_text(v).strip()))
    if isinstance(value, dict) and (time := _wikibase_time(value)):
        return time
    if isinstance(value, dict) and "value" in value and len(value) > 1 and set(value) <= _LABELLED:
        # A field an API gives with its label: eMuseum's {"label": "Title", "value": "…"}
        # (each field of an object so), a literal with its language or type. The value is
        # the cell; written as JSON every such cell was unreadable.
        return cell_text(value["value"])
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_LABELLED = frozenset(("value", "label", "displayName", "type", "lang", "xml:lang", "datatype"))
_WIKIBASE_TIME = datacache.pattern(r"^([+-])(\d{4,16})-\d{2}-\d{2}T")


def _wikibase_time(value: dict[Any, Any]) -> str:
    """A Wikibase time value as Wikidata's JSON gives one ({"time": "+1920-00-00T00:00:00Z",
    "precision": 8, …}, or the datavalue {"type": "time", "value": {…}}) as the years its
    precision allows (Wikidata Help:Dates: 9 year, 8 decade, 7 century, 6 millennium; finer
    ones are a month or a day of that year): "1920/1929" for the 1920s. A century or
    millennium whose value is its round year may end there (Wikidata's input stored the
    20th century as +2000) or start there: both are read. "" when it is not one, and
    "time" alone when its precision or era says no more than the value (years.py reads it)."""
    if value.get("type") == "time" and isinstance(value.get("value"), dict):
        value = value["value"]
    time, precision = value.get("time"), value.get("precision")
    if not isinstance(time, str) or type(precision) is not int or not (m := _WIKIBASE_TIME.match(time)):
        return ""
    year = int(m.group(2))
    if m.group(1) == "-" or not 0 < year <= 9999 or precision < 6:
        return time
    if precision >= 9:
        return str(year)
    if precision == 8:
        return f"{year - year % 10}/{year - year % 10 + 9}"
    unit = 100 if precision == 7 else 1000
    lo, hi = (year - unit + 1, year + unit - 1) if year % unit == 0 else (year - year % unit, year - year % unit + unit)
    return f"{max(lo, 1)}/{hi}"


def _header_at(rows: list[list[str]], rename: Callable[[str], str] = normalise_header) -> int:
    """The header row: the first of the opening TITLE_ROWS rows that names an id column,
    as the CSV reader finds it (a title with an export date beside it, or a merged group
    row such as "Photo | Depicted", has two cells too); else the first row with two or
    more cells within TITLE_ROWS rows; else the first row with any cell. A two-row header
    whose id cell is merged down over both rows ("id" beside the group names "Photo |
    Depicted", then the field names below) names id twice: the row naming more distinct
    record fields is the header (the first, if they name as many)."""
    candidates = []
    for i, row in enumerate(rows[:TITLE_ROWS]):
        named = [c for c in row if c.strip()]
        if len(named) >= 2 and any(rename(c) == "id" for c in named):
            candidates.append((len({rename(c) for c in named}.intersection(COLUMNS)), -i))
    if candidates:
        return -max(candidates)[1]
    for i, row in enumerate(rows[:TITLE_ROWS]):
        # No row names an id column: a row with a column the header vocabulary knows as
        # an identifier is the header, so that the error names that column.
        if any(vocabulary_field(c) == "id" for c in row if c.strip()):
            return i
    for i, row in enumerate(rows[:TITLE_ROWS]):
        if sum(1 for c in row if c.strip()) >= 2:
            return i
    for i, row in enumerate(rows):
        if any(c.strip() for c in row):
            return i
    return len(rows)


def _csv_text(cells: Iterable[str]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerow(list(cells))
    return buf.getvalue()


def _layout(path: Path, written: list[str], rename: Callable[[str], str]) -> Layout:
    written = [header_name(h) for h in written]
    header = tuple(rename(h) for h in written)
    if "id" not in header:
        raise no_id_column(path, written)
    return Layout(header, tuple(written), ",", '"', False)


def _name_blank_headers(header: list[str], width: int) -> list[str]:
    """A blank or merged header cell over data is named after its column (column C), so
    its cells pass through; trailing blank columns are dropped by the caller."""
    named = list(header) + [""] * (width - len(header))
    for i, h in enumerate(named):
        if not h.strip():
            named[i] = f"column {_letters(i)}"
    return named


def _letters(index: int) -> str:
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _spreadsheet(
    path: Path, sheet: str | None, rename: Callable[[str], str], kind: str = "xlsx",
) -> tuple[Layout, Iterator[RawRecord]]:
    import python_calamine

    from copyright_check.sheet_errors import error_cells, ods_break_cells, unsaved_formulas

    named = sheet is not None
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        if sheet is not None:
            if sheet not in book.sheet_names:
                raise InputError(f"{path}: no sheet {sheet!r} (sheets: {', '.join(book.sheet_names)})")
            data = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        else:
            sheet = _first_visible(book)
            data = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        merged = book.get_sheet_by_name(sheet).merged_cell_ranges or []
    except InputError:
        raise
    except Exception as exc:  # calamine raises its own error types per format
        raise InputError(f"{path}: cannot be read as a spreadsheet: {exc}") from None
    rows = [[cell_text(v) for v in row] for row in data]
    from copyright_check.sheet_hidden import hidden_parts, sheet_marks, struck_cells

    # One pass over the sheet's bytes for the three scans below (each then parses the file
    # only where its marker is).
    marks = sheet_marks(path, kind, sheet)
    # An error cell (#N/A) comes as an empty one: its error text is put back, for the
    # reader to report as it reports the same text in a CSV export.
    for (r, c), text in error_cells(path, kind, sheet, marks.errors).items():
        if r < len(rows) and c < len(rows[r]) and not rows[r][c]:
            rows[r][c] = text
    # An .ods cell's line break or tab element, which calamine drops ("Anna Riwkin" and
    # "Oscar Halldin" on two lines read as "Anna RiwkinOscar Halldin"): its text read again.
    if kind == "ods" and marks.breaks:
        for (r, c), text in ods_break_cells(path, sheet, True).items():
            if r < len(rows) and c < len(rows[r]):
                rows[r][c] = text
    spans = _fill_merged_down(rows, merged)
    unsaved: dict[int, list[int]] = {}
    for r, c in sorted(unsaved_formulas(path, kind, sheet, marks.unsaved)):
        if r < len(rows) and (c >= len(rows[r]) or not rows[r][c].strip()):
            unsaved.setdefault(r, []).append(c)
    hidden = hidden_parts(path, kind, sheet, len(rows), max((len(r) for r in rows), default=0), marks.hidden)
    struck = struck_cells(path, kind, sheet, marks.strike)
    try:
        return _sheet_records(path, rows, rename, unsaved, hidden.rows, hidden.columns, struck, spans)
    except InputError as exc:
        if not named and len(book.sheet_names) > 1:
            # An export's first sheet is often a cover or notes sheet: name the others.
            raise InputError(f"{exc} (read the sheet {sheet!r}; the sheets: {', '.join(book.sheet_names)}; "
                             "choose one with --sheet NAME)") from None
        raise


def _first_visible(book: Any) -> str:
    """The sheet a spreadsheet program opens on when none is named: the first one that is
    not hidden (a hidden first sheet is a lookup list or a template, not the export)."""
    shown = _visible_worksheets(book)
    return shown[0] if shown else str(book.sheet_names[0])


def _visible_worksheets(book: Any) -> list[str]:
    import python_calamine

    return [str(meta.name) for meta in book.sheets_metadata
            if meta.visible == python_calamine.SheetVisibleEnum.Visible
            and meta.typ == python_calamine.SheetTypeEnum.WorkSheet]


def visible_worksheets(path: str | Path) -> list[str]:
    """The worksheets a person sees in a workbook, in order: an upload script that must read
    the batch as the checked run did refuses a workbook with several of them unless one is
    named, since the run may have read any (the first is only what no --sheet reads)."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format
        raise InputError(f"{path}: cannot be read as a spreadsheet: {exc}") from None
    return _visible_worksheets(book)


def _fill_merged_down(rows: list[list[str]], merged: list[Any]) -> list[tuple[int, int, int]]:
    """A cell merged over several rows ("Oscar Halldin" once beside five of his photos)
    holds its value in the top row only; the rows below it show that value, so each gets
    it. A merge across columns (a note spread over the next cells) stays in its first
    column: the covered columns hold nothing. A row blank but for the merge (an empty row a
    merge runs into) stays blank, and is skipped as any blank row is: filled, it was a record
    of its own with no id (review 15 M2). Returns each span filled: (top row, bottom row,
    column), for _shared_person_notes."""
    blank = {r for (top, _left), (bottom, _right) in merged for r in range(top + 1, min(bottom, len(rows) - 1) + 1)
             if not any(c.strip() for c in rows[r])}
    spans: list[tuple[int, int, int]] = []
    for (top, left), (bottom, _right) in merged:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        last = min(bottom, len(rows) - 1)
        if last > top and value.strip():
            spans.append((top, last, left))
        for r in range(top + 1, last + 1):
            if r in blank:
                continue
            row = rows[r]
            if left >= len(row):
                row.extend([""] * (left + 1 - len(row)))
            if not row[left].strip():
                row[left] = value
    return spans


def _shared_person_notes(
    body: list[list[str]], at: int, header: tuple[str, ...], written: list[str], spans: list[tuple[int, int, int]],
) -> dict[int, tuple[str, ...]]:
    """Notes, by sheet row, for a person's year merged over rows that name different persons:
    one death year in a cell merged down beside two photographers ("1948" beside Anna Riwkin,
    d. 1970, and Oscar Halldin, d. 1948) is the top row's, and read in each row it made the
    other's photo ok (review 29c G3). A merge beside one person ("Oscar Halldin" and his death
    year merged down beside five of his photos, or "Rodin, Auguste" beside "Auguste Rodin") is
    read in each row, as before."""
    from copyright_check.record import person_name_key
    from copyright_check.vocabularies import headers

    persons = set(headers().numbered_again)
    notes: dict[int, tuple[str, ...]] = {}
    for top, bottom, column in spans:
        if column >= len(header) or top <= at:
            continue
        field = header[column]
        person = field.removesuffix("_death_year").removesuffix("_birth_year")
        if person == field or person not in persons or person not in header:
            continue
        who = header.index(person)
        rows = [body[r - at - 1] for r in range(top, bottom + 1)]
        # One person written two ways ("Auguste Rodin", "Rodin, Auguste") is one.
        names = {person_name_key(row[who] if who < len(row) else "") for row in rows} - {()}
        if len(names) < 2:
            continue
        note = (f"column {written[column]!r} is one cell merged over sheet rows {top + 1}-{bottom + 1}, beside "
                f"different {person.replace('_', ' ')}s: its value is the first row's; read, but no ok rests on it: "
                "give each row its own value")
        for r in range(top, bottom + 1):
            notes[r] = (*notes.get(r, ()), note)
    return notes


def _sheet_records(
    path: Path, rows: list[list[str]], rename: Callable[[str], str],
    unsaved: dict[int, list[int]] | None = None, hidden_rows: frozenset[int] = frozenset(),
    hidden_columns: frozenset[int] = frozenset(), struck: dict[int, list[int]] | None = None,
    spans: list[tuple[int, int, int]] | None = None,
) -> tuple[Layout, Iterator[RawRecord]]:
    at = _header_at(rows, rename)
    if at >= len(rows):
        raise InputError(f"{path}: the sheet is empty (no header row)")
    body = rows[at + 1:]
    width = max((len(r) for r in [rows[at], *body]), default=0)
    used = [i for i in range(width)
            if (i < len(rows[at]) and rows[at][i].strip()) or any(i < len(r) and r[i].strip() for r in body)]
    width = (max(used) + 1) if used else 0
    as_written = [h.strip() for h in rows[at][:width]]
    written = _name_blank_headers(as_written, width)
    layout = _layout(path, written, rename)
    # A blank (or merged-over) header cell right after a person's column: that person's field again.
    layout = replace(layout, header=beside_person(layout.header, as_written + [""] * (width - len(as_written))))
    read_hidden: tuple[int, ...] = ()
    if hidden_columns.intersection(range(width)):
        layout = _hidden_columns(path, layout, sorted(hidden_columns.intersection(range(width))))
        # The hidden columns read as a field (no visible column of it): each row's cell there
        # is read, with an error, as a hidden row is (review 12 C8: a hidden licence column
        # made a protected photo ok with no error).
        read_hidden = tuple(i for i in sorted(hidden_columns.intersection(range(width)))
                            if layout.header[i] in COLUMNS)
    hidden = frozenset(o for o in (r - at - 1 for r in hidden_rows if r > at)
                       if o < len(body) and any(c.strip() for c in body[o][:width]))  # a blank row is no record
    if hidden:
        _warn(f"{path}: {len(hidden)} hidden row{'s' if len(hidden) > 1 else ''} under the header (hidden by hand, "
              f"by a filter or by a height of 0; sheet row {_shown_rows(hidden, at)}): each is read, with an "
              "error, so that no ok rests on a row someone hid; unhide the rows that belong to the batch, or delete "
              "the others")
    shared = _shared_person_notes(body, at, layout.header, written, spans) if spans else {}
    if unsaved:
        # A formula saved without its value in a column no field is read from (an export's own
        # working column) is no cell of the record: its note sent every row to a person (review
        # 29c G6: 5,485 rows of a 40,000-row export, for a hidden lookup column).
        unsaved = {r: kept for r, cs in unsaved.items()
                   if (kept := [c for c in cs if c < len(layout.header) and layout.header[c] in COLUMNS])}
    return layout, header_repeats(_sheet_rows(body, at, width, written, unsaved or {}, hidden, read_hidden, struck,
                                              shared), layout, rename)


class SheetWarning(UserWarning):
    """Something about a spreadsheet as a whole that its rows do not show (hidden columns
    read or left unread): the command line prints it as one `warning:` line."""


def _warn(message: str) -> None:
    warnings.warn(SheetWarning(message), stacklevel=3)


def _shown_rows(hidden: frozenset[int], at: int) -> str:
    numbers = [str(at + 2 + r) for r in sorted(hidden)[:5]]
    return ", ".join(numbers) + (", …" if len(hidden) > 5 else "")


# What a hidden column that repeats a visible column's field is renamed to: a name no
# record field has, so that it passes through to the output unread (reader.HIDDEN_SUFFIX).
_HIDDEN_SUFFIX = HIDDEN_SUFFIX


def _hidden_columns(path: Path, layout: Layout, hidden: list[int]) -> Layout:
    """A hidden column that repeats the field of a visible column (an old licence kept
    beside the new one) passes through unread: the visible one decides, whatever their
    order (the reader keeps the first of a repeated field). A hidden column that is the
    only one of its field is read, as a CSV saved from the sheet would be, and the file's
    warning names it (each row's value there gets an error: _sheet_rows)."""
    header = list(layout.header)
    # The starter profile's second reading takes every column as the id (profile._any_id, for a
    # file whose id column it does not know): no column repeats a field there (review 25d: a
    # hidden `Bildlicens` was said to "hold id, as the visible column A does").
    every_id = all(h == "id" for h in header)
    for i in hidden:
        name = header[i]
        if name not in COLUMNS or every_id:
            continue
        shown = [j for j, other in enumerate(layout.header) if other == name and j not in hidden]
        letter = _letters(i)
        if shown:
            header[i] = f"{layout.written[i]}{_HIDDEN_SUFFIX}"
            _warn(f"{path}: column {letter} ({layout.written[i]!r}) is hidden and holds {name}, as the visible "
                  f"column {_letters(shown[0])} ({layout.written[shown[0]]!r}) does: the visible one is read; the "
                  "hidden one passes through to the output unread")
        else:
            _warn(f"{path}: column {letter} ({layout.written[i]!r}) is hidden; it is read as {name} (hidden content "
                  "is data the export wrote), each row with a value there with an error, so that no ok rests on "
                  "it: unhide it and check it, or delete it if it is not current")
    if "id" not in header:
        raise no_id_column(path, list(layout.written))
    return Layout(tuple(header), layout.written, layout.delimiter, layout.quotechar, layout.skipinitialspace)


def _sheet_rows(
    body: list[list[str]], at: int, width: int, written: list[str],
    unsaved: dict[int, list[int]], hidden: frozenset[int] = frozenset(), read_hidden: tuple[int, ...] = (),
    struck: dict[int, list[int]] | None = None, shared: dict[int, tuple[str, ...]] | None = None,
) -> Iterator[RawRecord]:
    """The sheet's non-blank rows below the header (row `at`), numbered as the sheet shows
    them, each with its notes on formula cells saved without their value (`unsaved`: sheet
    row -> columns; read as empty, they would be an unknown without a word). A module-level
    generator, not a closure: compiled (mypyc), the closure lost its environment."""
    for offset, row in enumerate(body):
        cells = (row + [""] * width)[:width]
        if any(c.strip() for c in cells):
            # A date cell holding a year typed into a date-formatted cell (1970 shows as
            # 1905-05-23) is its column's error where the record reads it (record.py,
            # _typed_year_note), as the same date in a CSV export is (review 13 D0).
            notes: tuple[str, ...] = ()
            if unsaved and (columns := unsaved.get(at + 1 + offset)):
                notes += tuple(f"column {written[c]!r} holds a formula saved without its value (a file "
                               "written by a program that does not compute formulas); read as unknown: open "
                               "and save the file in a spreadsheet program" for c in columns if c < width)
            if offset in hidden:
                notes += ("the row is hidden in the spreadsheet (by hand, by a filter or by a height of 0): read as a "
                          "record, but no ok rests on a row someone hid; unhide it if it belongs to the batch",)
            if struck and (marked := [written[c] for c in struck.get(at + 1 + offset, ())
                                      if c < width and cells[c].strip()]):
                notes += (f"column {', '.join(repr(w) for w in marked)} is struck through in the spreadsheet (a "
                          "catalogue's way to mark a value wrong or superseded): read as written, but no ok rests on "
                          "a struck value; delete it, or remove the strike if it is current",)
            if shared and (merged_notes := shared.get(at + 1 + offset)):
                notes += merged_notes
            if read_hidden and (shown := [written[i] for i in read_hidden if cells[i].strip()]):
                notes += (f"column {', '.join(repr(w) for w in shown)} is hidden in the spreadsheet: read, but no ok "
                          "rests on a column someone hid; unhide it and check it, or delete it if it is not current",)
            text = _csv_text(cells)
            if (said := summary_row(cells)):
                yield SourceRecord(at + offset + 2, text, error=f"line {at + offset + 2}: {said}", shown=True)
            else:
                yield RawRecord(at + offset + 2, text, notes=notes)


@functools.lru_cache(maxsize=1)
def _summary_pattern() -> re.Pattern[str]:
    words = headers()
    return re.compile(rf"^(?:{_alternatives(words.summary_opening)})(?:\s*[:=]|\s*$|\s+[0-9])"
                      rf"|^(?:{_alternatives(words.summary_counting)})\s*[:=]"
                      rf"|(?:^|\s)(?:{_alternatives(words.summary_closing)})\s*:?$")


@functools.lru_cache(maxsize=1)
def _summary_affixes() -> tuple[frozenset[str], frozenset[str]]:
    """The first three letters of every word that opens a summary row, the last three of
    every word that closes one (_summary_pattern)."""
    words = headers()
    return (frozenset(w[:3] for w in (*words.summary_opening, *words.summary_counting)),
            frozenset(w[-3:] for w in words.summary_closing))


def _cased(affixes: frozenset[str]) -> frozenset[str]:
    """Every spelling, in upper and lower case letters, of the ASCII affixes: an ASCII
    slice is in it exactly where its lower() is in `affixes`."""
    return frozenset("".join(p) for a in affixes if a.isascii()
                     for p in itertools.product(*({lower(c), c.upper()} for c in a)))


# _summary_affixes in every case (_cased), made on first use: (starts, ends), or empty.
_CASED: Final[list[frozenset[str]]] = []
# The characters an ASCII cell that may be a summary row opens with (an affix's first letter in
# either case, or a space, which strip() and split() would take away) and ends with (an affix's
# last letter, a space, or the ":" the pattern allows after it), made on first use (_edges).
_EDGES: Final[list[str]] = []
# What split() and strip() take for a space among the ASCII characters.
_ASCII_SPACES: Final = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _edges() -> list[str]:
    if not _EDGES:
        starts, ends = _summary_affixes()
        _EDGES.append("".join(sorted({c for a in starts for c in (a[0], a[0].upper())})) + _ASCII_SPACES)
        _EDGES.append("".join(sorted({c for a in ends for c in (a[-1], a[-1].upper())})) + _ASCII_SPACES + ":")
    return _EDGES


def _may_sum(first: str) -> bool:
    """False where _summary_pattern cannot match word(first): an ASCII cell that neither
    opens with the first three letters of an opening word nor ends (before a ":") with the
    last three of a closing one, compared as word() compares (spaces collapsed, lower
    case). A test of two short slices that spares nearly every CSV record the regex and
    word() (3.2 us a row, interpreted, to ~0.5); any other cell is left to the pattern."""
    if not first.isascii():
        return True
    # Its first and last characters first: an id or a name opens and ends with a character
    # no affix does (B-00100000), and neither slice below can then be one (~1.6k instructions
    # a row of 2.2k, callgrind, compiled: two slices made, hashed and looked up, a method call).
    edges = _EDGES if _EDGES else _edges()
    if first[0] not in edges[0] and first[-1] not in edges[1]:
        return False
    head, tail = first[:3], first[-3:]
    if first.isprintable() and " " not in head and " " not in tail and not first.endswith(":"):
        # Neither slice holds a space or a control character (what split() and strip()
        # take for one) and no ":" ends the cell: spaces collapsed, the slices are as they
        # stand, compared in any case (_cased) without lower() each (~2k instructions a
        # row of 3.7k, callgrind, compiled).
        if not _CASED:
            starts, ends = _summary_affixes()
            _CASED.extend((_cased(starts), _cased(ends)))
        return head in _CASED[0] or tail in _CASED[1]
    starts, ends = _summary_affixes()
    if lower(" ".join(first.lstrip()[:12].split())[:3]) in starts:
        return True
    tail = " ".join(first.rstrip()[-12:].split())
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    return lower(tail[-3:]) in ends


def _alternatives(listed: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True)) or "(?!)"


def summary_row(cells: list[str]) -> str:
    """The per-row error for a spreadsheet's summary row ("Total: 412 records", a count in
    each column, or Excel's Subtotal rows "Uppsala Total"), judged by its first filled cell;
    "" for a record. Such a row is no image: its counts read as facts would be a death year
    412 or a date, so none of its cells is read (sources.parse)."""
    first = cells[0] if cells and cells[0].strip() else next((c for c in cells if c.strip()), "")
    if not first or len(first) > 80 or not _may_sum(first) or not _summary_pattern().search(word(first)):
        return ""
    shown = first.strip() if len(first.strip()) <= 60 else first.strip()[:60] + "…"
    return (f"a summary row ({shown!r}: a total or count under the records), not a record: none of "
            "its cells is read. Delete it from the export, or leave it: it is never uploaded")


# Columns that hold a year and nothing finer. A year typed into a cell formatted as a date
# is stored as that many days after the spreadsheet's epoch: 1948 shows as 1905-05-01
# (1900 date system) or 1909-05-02 (1904 system), and a death in 1905 would let a
# protected photo through.
_YEAR_ONLY = ("photographer_death_year", "photographer_birth_year", "depicted_creator_death_year")
# Columns that may hold a full date, where the same slip happens: 1950 typed into a
# date-formatted "published" column shows as 1905-05-04, and a photo published in 1950,
# still protected in the US, was `ok` as published before 1931. A real date in those
# months of 1905 (or 1909, in the 1904 date system) cannot be told from the slip: the row
# goes to a person, who writes such a date as text.
_DATES = ("image_date", "published_date", "depicted_date")
_EPOCHS = (dt.date(1899, 12, 30), dt.date(1904, 1, 1))


def _year_as_date(column: str, value: Any) -> str:
    """A per-row note when a year column holds a date cell whose day number is a year a
    cataloguer could have typed (1826 up to next year); "" otherwise."""
    if not isinstance(value, dt.date):
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    for epoch in _EPOCHS:
        serial = (day - epoch).days
        if 1826 <= serial <= dt.date.today().year + 1:
            said = (f"column {column!r} holds the date {day.isoformat()}, which is the number {serial} in a "
                    "date-formatted cell: a year typed into a date column? Format the column as a number or "
                    "text and type the year again")
            if column in _DATES:
                said += f"; if the date is right, type it as text ({day.isoformat()})"
            return said
    return ""


def year_as_date(field: str, value: Any, written: str) -> str:
    """_year_as_date for a library caller's cell (a date from pandas' read_excel) under the
    record field `field`: the same note the spreadsheet reader gives, for the same columns."""
    return _year_as_date(written, value) if field in _YEAR_ONLY or field in _DATES else ""


_SURROGATE = datacache.pattern(r"\\u[dD][89a-fA-F]")


def _whole(value: Any) -> Any:
    """A lone surrogate escape ("\\ud800", JavaScript cutting an emoji in half) decodes to a
    string no output can encode: each becomes U+FFFD, so one cell cannot stop the batch."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_whole(k): _whole(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value


# Where an object's keys that came more than once with different values are kept: a key
# no JSON text can give (JSON keys are strings), taken out again by _json_items.
_TWICE = ("repeated keys",)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[Any, Any]:
    """An object's members, the first of a repeated key kept, as reader.row_from_cells keeps
    the first of a repeated CSV column: json.loads alone keeps the last, silently, so
    {"photographer_death_year": 1990, "photographer_death_year": 1930} read as 1930."""
    found: dict[Any, Any] = {}
    twice: list[str] = []
    for key, value in pairs:
        if key not in found:
            found[key] = value
        elif value != found[key] and key not in twice:
            twice.append(key)
    if twice:
        found[_TWICE] = twice
    return found


def _number(text: str) -> int | str:
    """A JSON integer as Python reads it, but one too long for Python's int (more than
    sys.int_info.default_max_str_digits, 4300 digits: ValueError, which stopped the batch as an
    internal error) kept as its text, which the cell's reader refuses as it refuses the same
    digits in a CSV cell: one row's error (review 15 M8)."""
    return int(text) if len(text) <= 4000 else text


def _loads(text: str) -> Any:
    data = json.loads(text, object_pairs_hook=_pairs, parse_int=_number)
    return _whole(data) if _SURROGATE.search(text) else data


def _repeated(item: dict[Any, Any]) -> tuple[str, ...]:
    """The notes for an object's repeated keys (taken out of it), one a key."""
    twice = item.pop(_TWICE, None)
    return tuple(f"key {k!r} appears twice in this object with different values; the first is used"
                 for k in twice) if twice else ()


@dataclass(frozen=True, slots=True)
class _Text:
    """How a JSON file's text is decoded (reader.text_encoding): the codec and errors mode."""

    encoding: str
    errors: str


def _json_text(path: Path, encoding: str | None) -> _Text:
    """The codec a JSON or JSON Lines file is read in, chosen as a CSV file's is
    (reader.text_encoding: a byte order mark of UTF-8, UTF-16 or UTF-32, --encoding, UTF-8,
    else the code page its bytes read best in; or a refusal with one line): a UTF-16 file
    from PowerShell's `>` or a Windows-1252 one was decoded as UTF-8 and ended the run as an
    internal error, and --encoding was not applied to it (review 17 M1)."""
    try:
        with path.open("rb") as f:
            head = f.read(_DETECT_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    chosen, info, errors = text_encoding(path, head, encoding)
    # UTF-8's mark is read as no part of the text, as a CSV file's is.
    return _Text("utf-8-sig" if info.name == "utf-8" else chosen, errors)


def _json_items(path: Path, kind: str, text: _Text) -> Iterator[tuple[int, Any, str]]:
    """(line or item number, the object or None, error) for every item."""
    if kind == "json":
        try:
            data = _loads(path.read_text(text.encoding, text.errors))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not valid JSON: {exc}") from None
        except RecursionError:
            raise InputError(f"{path}: the JSON is nested too deeply to read (arrays or objects "
                             "inside each other thousands of times): not a records export") from None
        if isinstance(data, dict):
            records = _sparql_bindings(data)
            records = _records_in(data) if records is None else records
            if records is None:
                raise InputError(f"{path}: a JSON object, not an array of records (its keys: "
                                 f"{_excerpt_keys(data)}); give the array of objects, one per image, "
                                 "or one object a line (JSON Lines)")
            data = records
        if not isinstance(data, list):
            raise InputError(f"{path}: the JSON must be an array of objects, one per image")
        for i, item in enumerate(data, 1):
            yield (i, item, "") if isinstance(item, dict) else (i, None, f"item {i} is not an object")
        return
    with path.open(encoding=text.encoding, errors=text.errors) as f:
        for i, line in enumerate(f, 1):
            # A byte order mark starting a later line (a second UTF-8 export joined by `cat`)
            # is no part of the line's JSON: it made a valid record that line's error (review
            # 16 M4), as it made a CSV row's id '\ufeffR1' (review 15 M1).
            line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            try:
                item = _loads(line)
            except json.JSONDecodeError as exc:
                yield i, None, f"line {i}: not valid JSON ({exc.msg})"
                continue
            except RecursionError:  # one line cannot stop the file
                yield i, None, f"line {i}: nested too deeply to read (arrays or objects inside each other)"
                continue
            yield (i, item, "") if isinstance(item, dict) else (i, None, f"line {i} is not an object")


def _sparql_tsv(head: bytes) -> bool:
    """Whether the file is a SPARQL query result as TSV (W3C SPARQL 1.1 Query Results CSV and
    TSV Formats; the Wikidata Query Service's "TSV file"): a tab-separated header whose every
    name is a variable ("?item"), and cells written as RDF terms."""
    first = head.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    names = first.split(b"\t")
    return len(names) > 1 and all(n.startswith(b"?") and len(n) > 1 for n in names)


# An RDF term as a SPARQL TSV result writes it: an IRI in angle brackets, a literal in
# quotes with its escapes and an optional language tag or datatype; anything else (a number,
# true, a blank node) as written.
_RDF_LITERAL = datacache.pattern(r'^"((?:[^"\\]|\\.)*)"(?:@[A-Za-z0-9-]+|\^\^\S+)?$', re.DOTALL)
_RDF_ESCAPE = datacache.pattern(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_RDF_CHARS = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _rdf_value(term: str) -> str:
    """The value of one RDF term ("1948-01-01T00:00:00Z"^^xsd:dateTime is
    1948-01-01T00:00:00Z, <http://www.wikidata.org/entity/Q1> the IRI); a term that is
    none of these is kept as written, for the reader to report."""
    if len(term) > 1 and term[0] == "<" and term[-1] == ">":
        return term[1:-1]
    m = _RDF_LITERAL.match(term)
    if m is None:
        return term
    return _RDF_ESCAPE.sub(lambda e: chr(int(e.group(1)[1:], 16)) if e.group(1)[0] in "uU" and len(e.group(1)) > 1
                           else _RDF_CHARS.get(e.group(1), e.group(0)), m.group(1))


def _sparql_tsv_records(path: Path, rename: Callable[[str], str]) -> tuple[Layout, Iterator[RawRecord]]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        first = f.readline()
    written = [n[1:] for n in first.rstrip("\r\n").split("\t")]
    return _layout(path, written, rename), _sparql_tsv_rows(path)


def _sparql_tsv_rows(path: Path) -> Iterator[RawRecord]:
    """Each line after the header, its terms' values. A line's tabs and line breaks inside
    a literal are escaped (\\t, \\n), so a line is a row. A module-level generator for the
    compiled build, as _sheet_rows."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        f.readline()
        for number, line in enumerate(f, 2):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            cells = [_rdf_value(t) for t in text.split("\t")]
            yield RawRecord(number, _csv_text(cells))  # a row of another width: the reader's error


def _sparql_bindings(data: dict[Any, Any]) -> list[Any] | None:
    """The rows of a SPARQL query result (W3C SPARQL 1.1 Query Results JSON Format, what
    the Wikidata Query Service downloads as JSON): {"head": {"vars": [...]}, "results":
    {"bindings": [{"item": {"type": "uri", "value": "http://..."}, ...}]}}. Each binding
    is one record of its terms' values ("itemLabel": "Stockholms stadshus"); a variable
    a row leaves unbound is an empty cell. None if the document is not one."""
    results = data.get("results")
    if not isinstance(data.get("head"), dict) or not isinstance(results, dict):
        return None
    bindings = results.get("bindings")
    if not isinstance(bindings, list):
        return None
    names = [str(v) for v in data["head"].get("vars") or [] if isinstance(v, str)]
    rows: list[Any] = []
    for binding in bindings:
        if not isinstance(binding, dict):
            rows.append(binding)  # not an object: that item's own error
            continue
        row: dict[Any, Any] = dict.fromkeys(names)
        for name, term in binding.items():
            row[name] = term.get("value") if isinstance(term, dict) and name is not _TWICE else term
        rows.append(row)
    return rows


def _records_in(data: dict[Any, Any]) -> list[Any] | None:
    """The records of an API-style document ({"records": [{…}, …], "total": 2}): its one
    value that is a list of objects; None if it has none or several. Where it has none, one
    level down: Flickr's API answers {"photos": {"page": 1, "photo": [{…}]}, "stat": "ok"},
    a Solr search (DigitaltMuseum's API) {"responseHeader": {…}, "response": {"docs": [{…}]}};
    the records are then the one such list in all of its objects' values."""
    lists = _object_lists(data)
    if not lists:
        lists = [found for v in data.values() if isinstance(v, dict) for found in _object_lists(v)]
    return lists[0] if len(lists) == 1 else None


def _object_lists(data: dict[Any, Any]) -> list[list[Any]]:
    return [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]


def _excerpt_keys(data: dict[Any, Any]) -> str:
    keys = [str(k) for k in list(data)[:10]]
    return ", ".join(k if len(k) <= 40 else k[:40] + "…" for k in keys) + (", …" if len(data) > 10 else "")


def _document_kind(path: Path, kind: str, text: _Text) -> str:
    """A .json file starting with "{" is JSON Lines, one object a line, unless neither of
    its first two lines is a whole value: then it is one document (an API's
    {"records": [...]}, pretty-printed), read whole. Each line read as a record, it made a
    row per line. (One damaged line of JSON Lines stays that line's error.)"""
    if kind != "jsonl" or lower(path.suffix) != ".json":
        return kind
    seen = 0
    with path.open(encoding=text.encoding, errors="replace") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                json.loads(line, parse_int=_number)
            except (json.JSONDecodeError, RecursionError):
                seen += 1
                if seen == 2:
                    return "json"
                continue
            return "jsonl"
    return kind


def _json(path: Path, kind: str, rename: Callable[[str], str],
          encoding: str | None = None) -> tuple[Layout, Iterator[RawRecord]]:
    text = _json_text(path, encoding)
    kind = _document_kind(path, kind, text)
    keys: dict[str, None] = {}
    items = 0
    for _, item, _ in _json_items(path, kind, text):  # first pass: the columns, streamed
        items += 1
        if item is not None:
            keys.update(dict.fromkeys(str(k) for k in item if k is not _TWICE))
            only = item
    if (kind == "jsonl" and items == 1 and keys and _records_in(only) is not None
            and not any((h := normalise_header(str(k))) in COLUMNS or h in headers().fields for k in only)):
        # One line holding {"records": [...]}: a document. Not a record of its own, whose keys name
        # fields beside a list of objects ({"id": …, "media": [{"license": …}]}: review 32d N6, a
        # one-record JSON Lines file stopped with "no 'id' column").
        return _json(path, "json", rename, encoding)
    if not keys:
        raise InputError(f"{path}: no objects, so no columns")
    written = list(keys)
    return _layout(path, written, rename), _json_records(path, kind, written, text, rename)


def _json_records(path: Path, kind: str, written: list[str], text: _Text,
                  rename: Callable[[str], str] = normalise_header) -> Iterator[RawRecord]:
    """Second pass over the file: each object's cells in the columns' order (a module-level
    generator for the compiled build, as _sheet_rows). A key repeated with another value is
    a note on its row (an error naming it), so no ok rests on it."""
    for number, item, error in _json_items(path, kind, text):
        if item is None:
            yield SourceRecord(number, _csv_text([""] * len(written)), error=error)
        else:
            notes = _repeated(item)
            if any(type(v) is dict or type(v) is list for v in item.values()):
                notes += _nested_notes(item, rename)
            yield RawRecord(number, _csv_text(cell_text(item.get(k)) for k in written), notes=notes)


def _nested_notes(item: dict[Any, Any], rename: Callable[[str], str]) -> tuple[str, ...]:
    """The notes for a JSON record's nested keys that name a field the file's columns are
    read as (vocabularies/headers.yaml, nested_lookalikes: `media: [{"license": ...}]`) and
    say otherwise than the column read as it, or where no column is: the file does not say
    which is the image's, so no ok rests on either (review 23b f08: an API's record whose
    top-level `license` was the catalogue record's CC0 and whose media's was CC BY-NC-ND
    was ok {{Cc-zero}}). A look-alike column's rule (reader.lookalikes_disagree), for the
    values a column holds as JSON, which no header names. The field's own column, nested
    or not, is read as it is (a licence written as JSON is unreadable: review)."""
    known = headers()
    fields = known.nested_lookalikes
    if not fields:
        return ()
    read: dict[str, tuple[str, str]] = {}
    for key, value in item.items():
        named = rename(str(key))
        if named in fields and named not in read:
            read[named] = (str(key), cell_text(value).strip())
    notes: list[str] = []
    for key, value in item.items():
        if (type(value) is not dict and type(value) is not list) or rename(str(key)) in fields:
            continue
        for path, name, inner in _nested_keys(value, str(key)):
            f = lookalike_field(name)
            if f is None or f not in fields:
                continue
            other = cell_text(inner).strip()
            values = compared_values(name, other) if other else ()
            if not values:
                continue
            shown = other if len(other) <= 80 else other[:80] + "…"
            column, own = read.get(f, ("", ""))
            if not column:
                notes.append(f"the nested value {path!r} looks like {f} and says {shown!r}, but no column is read "
                             f"as {f}: no ok rests on {f} read as empty (a nested value is read as no field: "
                             f"give the image's {f} a column of its own)")
            elif any(disagree(f, own, v) for v in values):
                notes.append(f"the nested value {path!r}, which looks like {f} but is not read as it, says "
                             f"{shown!r}, where {f} ({column!r}) says {own!r}: which is the image's the file does "
                             f"not say, so no ok rests on either (give the image's {f} a column of its own, "
                             "read as it)")
    return tuple(notes)


def _nested_keys(value: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, key, value) for each key inside a JSON value, at any depth: a key whose value
    is a container is looked into, and named too (its value written as JSON)."""
    if type(value) is dict:
        for key, inner in value.items():
            here = f"{path}.{key}"
            yield here, str(key), inner
            if type(inner) is dict or type(inner) is list:
                yield from _nested_keys(inner, here)
    elif type(value) is list:
        for i, inner in enumerate(value):
            yield from _nested_keys(inner, f"{path}[{i}]")


@contextlib.contextmanager
def open_input(
    path: Path | str, encoding: str | None = None, sheet: str | None = None,
    rename: Callable[[str], str] = normalise_header,
) -> Iterator[tuple[Layout, Iterator[RawRecord]]]:
    """The layout (header renamed by `rename`) and the records of any supported input."""
    if str(path) == "-" or _read_once(path):
        with open_records(path, encoding, rename) as opened:
            yield opened
        return
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise InputError(f"{path}: cannot be opened: {exc.strerror or exc}") from None
    kind = detect(path, head)
    if kind == "csv":
        if sheet is not None:
            raise InputError(f"{path}: --sheet is for spreadsheets; this is a CSV file")
        if _sparql_tsv(head):
            yield _sparql_tsv_records(path, rename)
            return
        with open_records(path, encoding, rename) as opened:
            yield opened
        return
    if kind in SPREADSHEETS:
        yield _spreadsheet(path, sheet, rename, kind)
    else:
        yield _json(path, kind, rename, encoding)


def _read_once(path: Path | str) -> bool:
    """A path that can be read only once, as standard input: a pipe, a FIFO (`assess <(iconv
    ... export.csv)`), a terminal. Its first bytes, read to tell a CSV file from a spreadsheet
    or JSON, would be gone when it is opened again to be read (review 34a: "the header has no
    'id' column"): it is read as CSV in one pass, as standard input is. A path that does not
    exist or cannot be looked at is not (open_input says why)."""
    try:
        mode = Path(path).stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


@contextlib.contextmanager
def open_input_runs(
    path: Path | str, encoding: str | None = None, sheet: str | None = None,
    rename: Callable[[str], str] = normalise_header, run_bytes: int = 300_000, tail_runs: int = 0,
    tail_pieces: int = 1,
) -> Iterator[tuple[Layout, Iterator[RawRecord | LineRun]]]:
    """open_input for worker processes forked from this one: a CSV file on disk as
    reader.open_runs gives it (runs of lines the workers read themselves, where it can);
    any other input as open_input."""
    if str(path) != "-" and sheet is None and not _read_once(path):
        try:
            with Path(path).open("rb") as f:
                head = f.read(4096)
        except OSError:
            head = b""  # open_input says why
        if head and detect(Path(path), head) == "csv" and not _sparql_tsv(head):
            with open_runs(path, encoding, rename, run_bytes, tail_runs, tail_pieces) as opened:
                yield opened
            return
    with open_input(path, encoding, sheet, rename) as plain:
        yield plain


def parse(record: RawRecord, layout: Layout) -> RawRow | None:
    """reader.parse_record, plus the error a source attached to the record."""
    if isinstance(record, SourceRecord) and record.error:
        header = layout.header
        if record.shown and (row := parse_record(record, layout)) is not None:
            # A summary row: its cells pass through to the output as written, its id names
            # it there; no other cell is read as a fact, and no cell's own error is added.
            return RawRow(record.line, {k: row.cells[k] if k == "id" else "" for k in header}, None,
                          [RowError("(row)", record.error)], row.values, layout.written)
        return RawRow(record.line, dict.fromkeys(header, ""), dict.fromkeys(layout.written, ""),
                      [RowError("(row)", record.error)])
    return parse_record(record, layout)


def parse_all(records: list[RawRecord], layout: Layout) -> list[RawRow | None]:
    """`parse` for each record, in order, a run of well-formed records at a time
    (reader.parse_records): the same rows, at the csv module's speed; a summary row
    under the records is its error (`summed`)."""
    return [summed(row) if row is not None else None for row in parse_records(records, layout, parse)]


def rows_of(records: Iterator[RawRecord], layout: Layout) -> Iterator[RawRow]:
    """Every row of any input's records (`parse`, blank records left out, a summary row
    its error: `summed`), streaming."""
    return map(summed, parsed_rows(records, layout, parse))


SUMMARY_SAID = "a summary row ("


def summed(row: RawRow) -> RawRow:
    """A summary row of a CSV export ("Total: 412 records" under the records, a count in
    the other columns; a report's "Grand Total") as a spreadsheet's is (_sheet_rows): one
    output row whose only error says what it is, its cells passed through to the output
    as written and none read as a fact. Before, its cells were read: "Total: 2 records"
    with 2 under the death year was an ordinary row, its only error "'2' is not a full
    year", and a count that looked like a year (1948) would have been a death year. The
    spreadsheet's row carries the error already and is left as it is. A row whose id cell
    holds a value that is not its first filled cell is a record (a title column before the
    id: "Éclipse totale"). One test of the first filled cell a row (summary_row)."""
    values = row.values
    if not values or (row.errors and any(SUMMARY_SAID in e.message for e in row.errors)):
        return row
    said = summary_row(values)
    if not said:
        return row
    ident = (row.cells.get("id") or "").strip()
    if ident and ident != next(c for c in values if c.strip()).strip():
        return row  # a record with its id after a title column ("Éclipse totale", "X1")
    cells = {k: v if k == "id" else "" for k, v in row.cells.items()}
    return RawRow(row.line, cells, row.original, [RowError("(row)", f"line {row.line}: {said}")], values)


by_fields(SourceRecord)  # sent to a worker with its error (pickling.py)
