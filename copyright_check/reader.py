"""Reading records.csv as exported by real spreadsheets, one row at a time.

Exports come from Excel, LibreOffice and collection systems: `,` `;` or tab; UTF-8 with
or without BOM, UTF-16, or Windows-1252; ragged rows; NUL bytes. The stdlib csv module
(with its Sniffer for the dialect) does the parsing; this module adds the encoding
choice, header normalisation, and a per-row error instead of an exception, so that every
row reaches the output. Rows are streamed: memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from copyright_check.assessment import RowError
from copyright_check.record import normalise_header

_SNIFF_BYTES = 16 * 1024
_DETECT_BYTES = 1024 * 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class InputError(Exception):
    """The file as a whole cannot be read (missing, a directory, no header)."""


@dataclass(slots=True)
class RawRow:
    line: int  # 1-based line of the row's first physical line, for messages
    cells: dict[str, str]  # normalised column name -> cell
    original: dict[str, str]  # header as written -> cell (first of a repeated name)
    errors: list[RowError] = field(default_factory=list)
    # Every cell under the header, by position: the CSV output passes each input column
    # through, a repeated column name included.
    values: list[str] = field(default_factory=list)


def detect_encoding(head: bytes) -> str:
    """BOMs first; then UTF-8 if the opening megabyte decodes; else Windows-1252, the
    encoding of Excel's "CSV" on Western-European Windows."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is not evidence.
        if exc.start < len(head) - 4:
            return "cp1252"
    return "utf-8"


def _sniff(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in ",;\t"}
        best = max(counts, key=lambda d: counts[d])

        class Fallback(csv.excel):
            delimiter = best

        return Fallback


def _clean_lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        yield line.replace("\x00", "\ufffd") if "\x00" in line else line


# A quoted cell may hold line breaks; one that is still open after this many physical
# lines is an unclosed quote, not a cell (an export never has 50-line titles).
MAX_RECORD_LINES = 50


@dataclass(frozen=True, slots=True)
class RawRecord:
    line: int
    text: str
    unclosed: bool = False


def _records(lines: Iterator[str], quotechar: str) -> Iterator[RawRecord]:
    """Physical lines into records by quote parity, so that one unclosed quote costs
    one row (read without quoting, with an error) instead of every row after it."""
    pushback: list[str] = []
    number = 0  # physical line number of the next line handed out

    def next_line() -> str | None:
        nonlocal number
        if pushback:
            number += 1
            return pushback.pop()
        line = next(lines, None)
        if line is not None:
            number += 1
        return line

    while True:
        first = next_line()
        if first is None:
            return
        start = number
        parts = [first]
        open_quotes = first.count(quotechar) % 2 == 1
        while open_quotes and len(parts) < MAX_RECORD_LINES:
            more = next_line()
            if more is None:
                break
            parts.append(more)
            if more.count(quotechar) % 2 == 1:
                open_quotes = False
        if open_quotes:
            # Give the lines after the first back, and read the first one literally.
            for line in reversed(parts[1:]):
                pushback.append(line)
            number -= len(parts) - 1
            yield RawRecord(start, first, unclosed=True)
        else:
            yield RawRecord(start, "".join(parts))


@dataclass(frozen=True, slots=True)
class Layout:
    """What it takes to parse one record of a file: picklable, so worker processes can
    parse the records the main process only cuts out of the byte stream."""

    header: tuple[str, ...]  # normalised column names
    written: tuple[str, ...]  # the header as written, for pass-through output
    delimiter: str
    quotechar: str
    skipinitialspace: bool

    def reader_args(self) -> dict[str, Any]:
        return {"delimiter": self.delimiter, "quotechar": self.quotechar, "doublequote": True,
                "skipinitialspace": self.skipinitialspace, "strict": False}


@contextlib.contextmanager
def open_records(path: Path | str, encoding: str | None = None) -> Iterator[tuple[Layout, Iterator[RawRecord]]]:
    """The file's layout and its data records (raw text); raises InputError only for a
    file that cannot be opened or has no header."""
    path = Path(path)
    try:
        binary = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot be opened: {exc.strerror or exc}") from None
    with binary:
        head = binary.read(_DETECT_BYTES)
        binary.seek(0)
        chosen = encoding or detect_encoding(head)
        try:
            codecs.lookup(chosen)
        except LookupError:
            raise InputError(f"unknown encoding: {chosen}") from None
        # surrogateescape keeps undecodable bytes as markers, found again per row below.
        errors = "surrogateescape" if codecs.lookup(chosen).name == "utf-8" else "replace"
        text = io.TextIOWrapper(binary, encoding=chosen, errors=errors, newline="")
        try:
            sample = text.read(_SNIFF_BYTES)
            text.seek(0)
        except UnicodeError as exc:
            raise InputError(f"{path}: cannot be decoded as {chosen}: {exc}") from None
        if not sample.strip():
            raise InputError(f"{path}: the file is empty (no header row)")
        dialect = _sniff(sample)
        # Spreadsheet exports quote with " and double it inside cells; only the delimiter is
        # taken from the Sniffer, which can mistake an apostrophe-heavy cell (wikitext bold)
        # for the quote character.
        records = _records(_clean_lines(text), '"')
        header_record = next(records, None)
        layout = Layout((), (), dialect.delimiter, '"', bool(dialect.skipinitialspace))
        header_cells = _parse(header_record.text, layout) if header_record else None
        if not header_cells:
            raise InputError(f"{path}: no readable header row")
        header = tuple(normalise_header(h) for h in header_cells)
        if "id" not in header:
            raise InputError(f"{path}: the header has no 'id' column (found: {', '.join(header)})")
        yield replace(layout, header=header, written=tuple(header_cells)), records


def read_rows(path: Path | str, encoding: str | None = None) -> Iterator[RawRow]:
    """Yields every data row, streaming."""
    with open_records(path, encoding) as (layout, records):
        for record in records:
            row = parse_record(record, layout)
            if row is not None:
                yield row


def _parse(text: str, layout: Layout, literal: bool = False) -> list[str] | None:
    try:
        if literal:
            return next(csv.reader([text.rstrip("\r\n")], quoting=csv.QUOTE_NONE,
                                   **{**layout.reader_args(), "quotechar": None}), [])
        return next(csv.reader(io.StringIO(text, newline=""), **layout.reader_args()), [])
    except csv.Error:
        return None


def parse_record(record: RawRecord, layout: Layout) -> RawRow | None:
    """One record into a row with per-cell errors; None for a blank line (not a record)."""
    header, written = layout.header, layout.written
    errors: list[RowError] = []
    cells = _parse(record.text, layout, literal=record.unclosed)
    if record.unclosed:
        errors.append(RowError("(row)", f"line {record.line}: a quote is never closed; "
                               "the line was read without quoting"))
    if cells is None:
        cells = _parse(record.text, layout, literal=True) or []
        errors.append(RowError("(row)", f"line {record.line}: not valid CSV; read without quoting"))
    if not cells or all(not c.strip() for c in cells):
        return None
    if len(cells) > len(header):
        extra = [c for c in cells[len(header):] if c.strip()]
        if extra:
            errors.append(RowError("(row)", f"{len(cells)} cells but the header has "
                                   f"{len(header)}; extra cells ignored"))
    normalised: dict[str, str] = {}
    original: dict[str, str] = {}
    values: list[str] = []
    damaged = _undecodable(record.text)
    for i, name in enumerate(header):
        value = cells[i] if i < len(cells) else ""
        if damaged and value and _undecodable(value):
            errors.append(RowError(name, "holds bytes that cannot be read (not valid in "
                                   "the file's encoding, or NUL); read as unknown"))
            value = ""
        if normalised.get(name):
            if value and value != normalised[name]:
                errors.append(RowError(name, "column appears twice with different values; "
                                       "the first is used"))
        else:
            normalised[name] = value
        original.setdefault(written[i], value)
        values.append(value)
    return RawRow(record.line, normalised, original, errors, values)


_BAD = re.compile("[\udc80-\udcff\ufffd]")


def _undecodable(value: str) -> bool:
    return _BAD.search(value) is not None
