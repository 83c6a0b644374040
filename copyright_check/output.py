"""Serialising assessments: json, jsonl, csv, wikitext, html (the rich table lives in
console.py; the HTML report's page in report.py).

Each row is rendered to its final text where it was assessed (in a worker process, when
there are several), so the main process only writes. Files are written to a temporary
file beside the target and renamed into place, so an interrupted run never leaves a
half-written result that looks complete. What came from the input cannot act on whoever
opens the output: CSV cells cannot start a spreadsheet formula, JSON cannot break a line.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import date
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple, cast

from copyright_check.assessment import Assessment, Reason, RowError
from copyright_check.reader import RawRow
from copyright_check.reasons import encoded_text, line_safe
from copyright_check.record import normalise_header
from copyright_check.summary import Digest, digest
from copyright_check.wikitext import PAGE_MARK, has_page, json_line, row_block, withheld_text

if TYPE_CHECKING:
    from copyright_check.report import Page

ASSESSMENT_COLUMNS: Final = ("verdict", "templates", "uploadable_from", "reasons", "errors")
# `csv-raw` is csv without the formula guard (`--keep-formulas`): a format name, so the
# choice travels to worker processes with the format itself.
FORMATS = ("json", "jsonl", "csv", "csv-raw", "wikitext", "html", "sdc")
# An input column named like one of ours is kept under this prefix, so that `verdict`
# always means this run's verdict (a re-assessed output file keeps its old verdict too).
RENAMED_PREFIX: Final = "input_"
# Rows the HTML report's table shows by default (`--html-rows`): about 5-8 MB of HTML, which
# a browser still filters at once. Its counts, chart and unlock list cover every row.
REPORT_ROWS = 5000


class OutputError(Exception):
    """The output path cannot be used (the input file itself, a directory, not writable)."""


class Rendered(NamedTuple):
    """One output row, ready to write, with what the summary and the duplicate check need.
    A plain tuple, cheap to build and to send between processes (batch.py)."""

    id: str
    verdict: str
    has_errors: bool
    text: str
    digest: Digest


def input_columns(written: tuple[str, ...]) -> list[str]:
    """The CSV output's names for the input columns: every column, in input order, as
    written (a repeated name stays repeated); one named like an output column (compared
    as the reader compares names: case, spaces, `-` and `_` alike) is renamed `input_<name>`."""
    return [RENAMED_PREFIX + c if normalise_header(c) in ASSESSMENT_COLUMNS else c for c in written]


# OWASP "CSV Injection": a cell starting with one of these is a formula (or becomes one)
# in Excel, LibreOffice and Google Sheets. A leading apostrophe makes it text.
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """`=HYPERLINK(...)` -> `'=HYPERLINK(...)`; so is `-500` (a year BC written as a
    negative number) -> `'-500`: a spreadsheet then shows it as the text it was."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_line(values: list[str], formulas: bool = False) -> str:
    """RFC 4180 line ends (\r\n): the csv module then quotes a cell holding a lone \r too."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerow(values if formulas else [neutralise(v) for v in values])
    return buf.getvalue()


_encode: Final = json.JSONEncoder(ensure_ascii=False).encode
# The string encoder that encoder uses (ensure_ascii=False): C where the json module has its
# accelerator, as in CPython.
_string: Final[Callable[[str], str]] = encode_basestring


def to_json(data: Any) -> str:
    return line_safe(_encode(data))


def _csv_value(a: Assessment, column: str) -> str:
    if column == "verdict":
        return a.verdict.value
    if column == "templates":
        return " ".join(a.templates)
    if column == "uploadable_from":
        return "" if a.uploadable_from is None else str(a.uploadable_from)
    if column == "reasons":
        return " | ".join(f"[{r.rule}] {r.text}" for r in a.reasons)
    return " | ".join(f"{e.column}: {e.message}" for e in a.errors)


# A reason's JSON around its text, keyed by (rule, jurisdiction, source): a batch repeats a
# few hundred such triples (their strings are the rule files' own, so their hashes are kept),
# while the text is the row's. Bounded; a miss only encodes again.
_REASON_PARTS: Final[dict[tuple[str, str | None, str | None], tuple[str, str]]] = {}


def _reason_parts(rule: str, jurisdiction: str | None, source: str | None) -> tuple[str, str]:
    parts = (line_safe('{"rule": ' + _string(rule) + ', "text": '),
             line_safe(', "jurisdiction": ' + ("null" if jurisdiction is None else _string(jurisdiction))
                      + ', "source": ' + ("null" if source is None else _string(source)) + "}"))
    if len(_REASON_PARTS) >= 4096:
        _REASON_PARTS.clear()
    _REASON_PARTS[rule, jurisdiction, source] = parts
    return parts


# A reason's whole JSON object, by the Reason itself (its id; the entry holds the reason, so
# the id is not reused while it is a key): reasons.py hands the same Reason to every row
# that has it (three in four of a batch's reasons), so its text is encoded and escaped once.
# Two generations, as reasons.py keeps its reasons: a reason found only in the older is
# moved up, so those a batch keeps meeting are not encoded again each time the table fills.
_REASON_JSON: Final[dict[int, tuple[Reason, str]]] = {}
_OLDER_REASON_JSON: Final[dict[int, tuple[Reason, str]]] = {}
_REASON_JSON_LIMIT: Final = 8192


def _reason_text(r: Reason) -> str:
    """The reason's JSON object, encoded afresh (its rule, jurisdiction and source from _REASON_PARTS)."""
    parts = (_REASON_PARTS.get((r.rule, r.jurisdiction, r.source))
             or _reason_parts(r.rule, r.jurisdiction, r.source))
    return parts[0] + _json_string(r.text) + parts[1]


def _reason_json(r: Reason) -> str:
    older = _OLDER_REASON_JSON.get(id(r))
    text = older[1] if older is not None and older[0] is r else _reason_text(r)
    if len(_REASON_JSON) >= _REASON_JSON_LIMIT:
        _OLDER_REASON_JSON.clear()
        _OLDER_REASON_JSON.update(_REASON_JSON)
        _REASON_JSON.clear()
    _REASON_JSON[id(r)] = (r, text)
    return text


def _json_string(value: str) -> str:
    return line_safe(_string(value))


# What follows a row's id up to its templates, by verdict (three of them): encoded once.
# Keyed by the verdict's value, a str whose hash is kept (an Enum member hashes in Python).
_HEADS: Final[dict[str, str]] = {}


def _head(verdict: str) -> str:
    head = ', "verdict": ' + _string(verdict) + ', "templates": '
    _HEADS[verdict] = head
    return head


# A row's templates as a JSON array, by the templates themselves: a batch's ok rows share a
# few hundred tag sets (the tags' texts are wikitext.render_tag's own strings, so their
# hashes are kept). Bounded; a miss only encodes again.
_TEMPLATES_JSON: Final[dict[tuple[str, ...], str]] = {}


def _templates_json(templates: list[str]) -> str:
    key = tuple(templates)
    found = _TEMPLATES_JSON.get(key)
    if found is None:
        found = "[" + ", ".join(map(_json_string, templates)) + "]"
        if len(_TEMPLATES_JSON) >= 4096:
            _TEMPLATES_JSON.clear()
        _TEMPLATES_JSON[key] = found
    return found


def row_json(a: Assessment) -> str:
    """to_json(a.to_dict()), written out directly: the same bytes (json's own string encoder,
    its separators, key order; tests/test_output_json.py holds them equal on every example
    row), without building the dict, and with each reason's rule, jurisdiction and source
    encoded once per batch rather than once per row (~22 -> ~8 µs a row on 20k generated rows),
    and a reason met before (the same Reason object) not encoded again. Each piece is escaped
    on its own (_escaped replaces characters one by one, and the JSON around the pieces is
    ASCII, so that is the same as escaping the whole line), so the line is not scanned again."""
    t, u = a.templates, a.uploadable_from
    v = a.verdict._value_
    head = _HEADS.get(v)
    if head is None:
        head = _head(v)
    out = ['{"id": ', _json_string(a.id), head, _templates_json(t) if t else "[]",
           ', "uploadable_from": ', "null" if u is None else int.__repr__(u), ', "reasons": [']
    # _REASON_JSON.get called as such: compiled, a dict lookup in C, where the bound method
    # kept in a local was called through Python's generic call (~1.2k instructions a row).
    for i, r in enumerate(a.reasons):
        found = _REASON_JSON.get(id(r))
        if i:
            out.append(", ")
        out.append(found[1] if found is not None and found[0] is r else _reason_json(r))
    es = a.errors
    out.append('], "errors": ' + ("[" + ", ".join(['{"column": ' + _json_string(e.column) + ', "message": '
                                                   + _json_string(e.message) + "}" for e in es]) + "]}"
                                  if es else "[]}"))
    return "".join(out)


# -- the same JSON line in UTF-8 -------------------------------------------------------------
# A block of rows (chunkwork.render_block) goes to the output as bytes. Encoding each row's
# line as a whole (~1.4 kB, nearly always beyond ASCII: a reason's "§" or a dash, a name's "é")
# cost ~18k instructions a row (callgrind, compiled). What a line repeats (the verdict's
# head, the templates, each reason's object) is kept here encoded instead, so a row encodes
# only what is its own (its id, its errors) and joins bytes. Tables of their own, bounded as
# row_json's: a run fills either these or those, never both.
_HEAD_BYTES: Final[dict[str, bytes]] = {}
_TEMPLATES_BYTES: Final[dict[tuple[str, ...], bytes]] = {}
_REASON_BYTES: Final[dict[int, tuple[Reason, bytes]]] = {}
_OLDER_REASON_BYTES: Final[dict[int, tuple[Reason, bytes]]] = {}


def _head_bytes(verdict: str) -> bytes:
    head = (', "verdict": ' + _string(verdict) + ', "templates": ').encode("utf-8")
    _HEAD_BYTES[verdict] = head
    return head


def _templates_bytes(templates: list[str]) -> bytes:
    key = tuple(templates)
    found = _TEMPLATES_BYTES.get(key)
    if found is None:
        found = ("[" + ", ".join(map(_json_string, templates)) + "]").encode("utf-8")
        if len(_TEMPLATES_BYTES) >= 4096:
            _TEMPLATES_BYTES.clear()
        _TEMPLATES_BYTES[key] = found
    return found


# _REASON_PARTS in UTF-8.
_REASON_PARTS_BYTES: Final[dict[tuple[str, str | None, str | None], tuple[bytes, bytes]]] = {}


def _reason_parts_bytes(rule: str, jurisdiction: str | None, source: str | None) -> tuple[bytes, bytes]:
    head, tail = _REASON_PARTS.get((rule, jurisdiction, source)) or _reason_parts(rule, jurisdiction, source)
    parts = (head.encode("utf-8"), tail.encode("utf-8"))
    if len(_REASON_PARTS_BYTES) >= 4096:
        _REASON_PARTS_BYTES.clear()
    _REASON_PARTS_BYTES[rule, jurisdiction, source] = parts
    return parts


def _reason_object_bytes(r: Reason) -> bytes:
    """The reason's JSON object in UTF-8, made afresh: a reason reasons._made has just made
    comes with its text so encoded (encoded_text: from its rule text's literals and its values,
    kept so), and only the parts around it are looked up (_REASON_PARTS_BYTES); the text of
    another is encoded here. The whole object made a str and encoded cost ~10k instructions a
    new reason (~1 a realistic row; callgrind, compiled)."""
    parts = (_REASON_PARTS_BYTES.get((r.rule, r.jurisdiction, r.source))
             or _reason_parts_bytes(r.rule, r.jurisdiction, r.source))
    text = encoded_text(r)
    return parts[0] + (_json_string(r.text).encode("utf-8") if text is None else text) + parts[1]


def _reason_bytes(r: Reason) -> bytes:
    """_reason_json's two generations, of the encoded object."""
    older = _OLDER_REASON_BYTES.get(id(r))
    data = older[1] if older is not None and older[0] is r else _reason_object_bytes(r)
    if len(_REASON_BYTES) >= _REASON_JSON_LIMIT:
        _OLDER_REASON_BYTES.clear()
        _OLDER_REASON_BYTES.update(_REASON_BYTES)
        _REASON_BYTES.clear()
    _REASON_BYTES[id(r)] = (r, data)
    return data


def row_json_bytes(a: Assessment) -> bytes:
    """row_json(a).encode("utf-8"), from pieces kept encoded (see above). Raises
    UnicodeEncodeError as that would (a lone surrogate in a text)."""
    t, u = a.templates, a.uploadable_from
    v = a.verdict._value_
    head = _HEAD_BYTES.get(v)
    if head is None:
        head = _head_bytes(v)
    out = [b'{"id": ', _json_string(a.id).encode("utf-8"), head, _templates_bytes(t) if t else b"[]",
           b', "uploadable_from": ', b"null" if u is None else int.__repr__(u).encode("ascii"), b', "reasons": [']
    for i, r in enumerate(a.reasons):
        found = _REASON_BYTES.get(id(r))
        if i:
            out.append(b", ")
        out.append(found[1] if found is not None and found[0] is r else _reason_bytes(r))
    es = a.errors
    out.append(b'], "errors": [' + b", ".join([_error_bytes(e) for e in es]) + b"]}" if es else b'], "errors": []}')
    return b"".join(out)


# A row error's JSON object in UTF-8, by its column and message: a realistic batch repeats its
# errors from row to row (r20k: 11,391 errors, 1,420 distinct messages; the first few hundred
# each), and escaping and encoding a ~200-character message afresh was ~5k of a realistic row's
# instructions (callgrind, compiled). Bounded: emptied when full, like _TEMPLATES_BYTES.
_ERROR_BYTES: Final[dict[tuple[str, str], bytes]] = {}
_ERROR_BYTES_LIMIT: Final = 1024


def _error_bytes(e: RowError) -> bytes:
    """The error as row_json writes it, in UTF-8 (UnicodeEncodeError as that line's encoding
    raises it: nothing is kept then). Each piece of a line is encoded on its own, which is the
    line's encoding: UTF-8 encodes a text character by character."""
    key = (e.column, e.message)
    found = _ERROR_BYTES.get(key)
    if found is None:
        found = ('{"column": ' + _json_string(e.column) + ', "message": ' + _json_string(e.message)
                 + "}").encode("utf-8")
        if len(_ERROR_BYTES) >= _ERROR_BYTES_LIMIT:
            _ERROR_BYTES.clear()
        _ERROR_BYTES[key] = found
    return found


# -- a CSV line in UTF-8 ----------------------------------------------------------------------
# As for JSON: the input's cells are the row's own and encoded with it; the five assessment
# cells are joined from cells kept encoded. csv.writer quotes and escapes each cell on its
# own, so a line is its cells' encodings joined by commas: each is taken from csv_line itself
# (one cell alone), never written out here, but for the reasons cell, whose pieces (one a
# reason) are kept each as csv_line quotes it alone, and joined only where every piece is
# quoted so (a reason's text has a comma): the joined cell is then quoted, its quotes doubled,
# exactly so.
_CSV_CELLS: Final[dict[tuple[str, bool], bytes]] = {}
_CSV_REASONS: Final[dict[int, tuple[Reason, bytes | None]]] = {}
_OLDER_CSV_REASONS: Final[dict[int, tuple[Reason, bytes | None]]] = {}


def _csv_cell(value: str, formulas: bool) -> str:
    """The cell as csv_line writes it among others ('' alone is written '""': not among others)."""
    return csv_line([value], formulas)[:-2] if value else ""


def _csv_cell_bytes(value: str, formulas: bool) -> bytes:
    key = (value, formulas)
    found = _CSV_CELLS.get(key)
    if found is None:
        found = _csv_cell(value, formulas).encode("utf-8")
        if len(_CSV_CELLS) >= 4096:
            _CSV_CELLS.clear()
        _CSV_CELLS[key] = found
    return found


def _csv_reason(r: Reason) -> bytes | None:
    """The reason's piece of the reasons cell, quoted and escaped as csv_line writes it alone,
    without its quotes; None if csv_line would not quote it (then the whole cell is made)."""
    older = _OLDER_CSV_REASONS.get(id(r))
    if older is not None and older[0] is r:
        piece = older[1]
    else:
        text = f"[{r.rule}] {r.text}"
        cell = _csv_cell(text, True)
        quoted = len(cell) > 2 and cell[0] == '"' and cell[-1] == '"'
        piece = cell[1:-1].encode("utf-8") if quoted and cell[1:-1] == text.replace('"', '""') else None
    if len(_CSV_REASONS) >= _REASON_JSON_LIMIT:
        _OLDER_CSV_REASONS.clear()
        _OLDER_CSV_REASONS.update(_CSV_REASONS)
        _CSV_REASONS.clear()
    _CSV_REASONS[id(r)] = (r, piece)
    return piece


def _csv_reasons(a: Assessment, formulas: bool) -> bytes:
    pieces: list[bytes] = []
    for r in a.reasons:
        found = _CSV_REASONS.get(id(r))
        piece = found[1] if found is not None and found[0] is r else _csv_reason(r)
        if piece is None:
            return _csv_cell(_csv_value(a, "reasons"), formulas).encode("utf-8")
        pieces.append(piece)
    return b'"' + b" | ".join(pieces) + b'"' if pieces else b""


def csv_text(row: RawRow, a: Assessment, columns: list[str], formulas: bool) -> str:
    """A row's CSV line: its input cells (one for each column) and the assessment's."""
    values = row.values + [""] * (len(columns) - len(row.values))
    return csv_line([*values, *(_csv_value(a, c) for c in ASSESSMENT_COLUMNS)], formulas)


def row_csv_bytes(row: RawRow, a: Assessment, columns: list[str], formulas: bool) -> bytes:
    """csv_text(...).encode("utf-8"), the assessment's cells from cells kept encoded (see
    above). Raises UnicodeEncodeError as that would."""
    values = row.values + [""] * (len(columns) - len(row.values))
    values.append("")  # a last, empty cell: the line ends ',\r\n', never a lone '""'
    u = a.uploadable_from
    t = a.templates
    return b"".join([
        csv_line(values, formulas)[:-2].encode("utf-8"),
        _csv_cell_bytes(a.verdict._value_, formulas), b",",
        _csv_cell_bytes(" ".join(t), formulas) if t else b"", b",",
        b"" if u is None else _csv_cell_bytes(int.__repr__(u), formulas), b",",
        _csv_reasons(a, formulas), b",",
        _csv_cell(_csv_value(a, "errors"), formulas).encode("utf-8") if a.errors else b"", b"\r\n"])


def render(fmt: str, row: RawRow, a: Assessment, columns: list[str], as_of: date | None = None) -> Rendered:
    if fmt == "sdc":  # structured data on Commons, one JSON object a line
        from copyright_check.sdc import sdc_claims  # its data file only for this format

        text = to_json(sdc_claims(a, row.cells, as_of))
    elif fmt.startswith("csv"):
        text = csv_text(row, a, columns, fmt == "csv-raw")
    elif fmt == "wikitext":
        text = row_block(row.cells, a)
    elif fmt == "html":
        from copyright_check.report import row_html  # jinja2 only for the report

        text = row_html(a, row.cells, as_of)
    else:
        text = row_json(a)
    return _new_rendered(Rendered, (a.id, a.verdict._value_, bool(a.errors), text, digest(a, row.cells)))


# What Rendered(...) does, tuple.__new__(Rendered, fields), without the namedtuple's generated
# __new__, which stays interpreted Python in the compiled build (~2.6k instructions a row,
# callgrind on 10k realistic rows; summary.digest does the same for its Digest).
_new_rendered: Final[Callable[[type[Rendered], tuple[Any, ...]], Rendered]] = cast(Any, tuple.__new__)


def add_error(fmt: str, rendered: Rendered, error: RowError) -> Rendered:
    """Adds an error found after rendering (a duplicate id, seen only by the main process)."""
    if fmt.startswith("csv"):
        # The cells were neutralised when rendered (or are kept raw): write them back as read.
        values = next(csv.reader(io.StringIO(rendered.text, newline="")))
        note = f"{error.column}: {error.message}"
        values[-1] = f"{values[-1]} | {note}" if values[-1] else note
        text = csv_line(values, formulas=True)
    elif fmt == "wikitext":
        # The error joins the others on its PAGE_MARK line. A repeated id: an upload keyed by
        # id cannot match the row's page to its record, so the page gives way to a comment
        # saying why (wikitext.withheld_text).
        first, _, rest = rendered.text.partition("\n")
        header = json.loads(first[len(PAGE_MARK):])
        header["errors"].append(error.to_dict())
        if error.column == "id" and has_page(rendered.text):
            rest = withheld_text(error)
        text = f"{PAGE_MARK}{json_line(header)}\n{rest}"
    elif fmt == "html":
        from copyright_check.report import add_error as add_report_error  # by name: see _report_rows

        text = add_report_error(rendered.text, error)
    else:
        data = json.loads(rendered.text)
        data["errors"].append(error.to_dict())
        if fmt == "sdc" and error.column == "id":
            from copyright_check.sdc import withhold  # its data file only for this format

            withhold(data, error)
        text = to_json(data)
    return Rendered(rendered.id, rendered.verdict, True, text, rendered.digest)


def _report_rows(rows: Iterator[Rendered], out: IO[str], page: Page) -> Iterator[Rendered]:
    """report.write, imported on first use (jinja2 only for the report). Imported by name:
    compiled (mypyc), `from copyright_check import report` in a function left `report` None."""
    from copyright_check.report import write as write_report

    return write_report(rows, out, page)


def write(
    fmt: str, rows: Iterator[Rendered], out: IO[str], columns: list[str], categories: str = "",
    page: Page | None = None,
) -> Iterator[Rendered]:
    """Writes the stream; yields each row on for the summary. `categories`: for wikitext,
    the institution's categories (wikitext.categories_block, rendered once), written after
    every ok page. `page`: what the HTML report shows besides the rows (its summary filled
    by the caller from the rows yielded)."""
    if fmt == "html":
        if page is None:
            raise ValueError("the html format needs a report.Page (its summary and as-of date)")
        yield from _report_rows(rows, out, page)
    elif fmt.startswith("csv"):
        out.write(csv_line([*columns, *ASSESSMENT_COLUMNS], fmt == "csv-raw"))
        for r in rows:
            out.write(r.text)
            yield r
    elif fmt == "wikitext":
        for r in rows:
            out.write(r.text)
            if categories and r.verdict == "ok" and has_page(r.text):
                out.write(categories)
            yield r
    elif fmt in ("jsonl", "sdc"):
        for r in rows:
            out.write(r.text)
            out.write("\n")
            yield r
    else:
        out.write("[")
        first = True
        for r in rows:
            out.write("\n" if first else ",\n")
            out.write(r.text)
            first = False
            yield r
        out.write("]\n" if first else "\n]\n")


def _same_file(a: Path, b: Path) -> bool:
    """Whether writing `a` would replace the file `b` names. `-` is standard input (or
    output): `assess - -o IN.csv < IN.csv` reads the file it would overwrite."""
    try:
        sa = os.fstat(0) if str(a) == "-" else os.stat(a)
        sb = os.fstat(0) if str(b) == "-" else os.stat(b)
    except OSError:
        return False
    return stat.S_ISREG(sa.st_mode) and os.path.samestat(sa, sb)


def writes_to_stdout(path: Path | None) -> bool:
    """Whether output to `path` lands where standard output goes (`-`, none, /dev/stdout, or
    the very file stdout is redirected to): a line meant for the terminal must then go to
    stderr, or it ends up inside the data (the last file page, a JSON document)."""
    if path is None or str(path) == "-":
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


@contextlib.contextmanager
def open_output(path: Path | None, input_path: Path | None = None,
                keep: tuple[Path | None, ...] = ()) -> Iterator[IO[str]]:
    """Where the output goes, never destroying what it should not:
    - a symlink is followed: the file it points to is written, the link stays;
    - the input file itself (by any name: a link, `./`, a hard link, standard input
      redirected from it) is refused, and so is each file of `keep` (a profile read for
      this run, the other output of the same run);
    - a device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written as a stream;
    - a regular file is written to a temporary file beside it and renamed into place, so
      an interrupted run never leaves a half-written result; the new file gets the
      permissions a plain `open()` would give it (the mode of the file it replaces, or
      0666 minus the umask), not mkstemp's 0600.
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    if input_path is not None and _same_file(path, input_path):
        raise OutputError(f"{path}: is the input file; refusing to overwrite it")
    for other in keep:
        if other is not None and str(other) != "-" and (
                _same_file(path, other) or os.path.realpath(path) == os.path.realpath(other)):
            raise OutputError(f"{path}: is {other!s} too, which this run also reads or writes; "
                              "refusing to overwrite it")
    try:
        st: os.stat_result | None = path.stat()  # through any symlink
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a directory")
    if st is not None and not stat.S_ISREG(st.st_mode):
        # Opened by the name given: /dev/stdout resolves to "pipe:[…]", which no path names.
        try:
            stream = path.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None
        try:
            with stream:
                yield stream
        except OSError as exc:
            if _no_room(exc):
                raise OutputError(f"{path}: cannot be written: {exc.strerror}") from None
            raise
        return
    target = Path(os.path.realpath(path))  # a symlink's target is replaced, the link stays
    # The name is claimed before the file exists, so that a signal arriving at any point
    # after the file is created (even before os.open returns) still removes it.
    claimed: list[Path] = []
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = _temporary(target, claimed)
        except OSError as exc:
            raise OutputError(f"{path}: cannot be written: {exc.strerror or exc}") from None
        if st is not None:
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                yield handle
        except OSError as exc:
            if _no_room(exc):
                raise OutputError(f"{path}: cannot be written: {exc.strerror}") from None
            raise
        os.replace(claimed[-1], target)
    except BaseException:
        for tmp in claimed:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


# A write that fails for want of room: a full disk (or /dev/full), a quota, a file past the
# size limit. Only a write raises these, and its OSError carries no file name: the message
# must say which output it was (--output, --summary), so it is named here.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def _no_room(exc: OSError) -> bool:
    return exc.filename is None and exc.errno in _NO_ROOM


def _temporary(target: Path, claimed: list[Path]) -> int:
    """A new file beside `target`, created with mode 0666 so that the kernel applies the
    umask exactly as for any file the user creates. Its name is appended to `claimed`
    before it is created; a name found taken is dropped again."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        # Shortened so that a target name near the file system's limit still has a temporary.
        claimed.append(target.with_name(f".{target.name[:200]}.{secrets.token_hex(4)}.part"))
        try:
            return os.open(claimed[-1], flags, 0o666)
        except FileExistsError:
            claimed.pop()  # someone else's file: never ours to remove
    raise FileExistsError(f"no free temporary name beside {target}")
