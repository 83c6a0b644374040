"""Reading records.csv as exported by real spreadsheets, one row at a time.

Exports come from Excel, LibreOffice and collection systems: `,` `;` or tab; UTF-8 with
or without BOM, UTF-16, or Windows-1252; ragged rows; NUL bytes. The stdlib csv module
(with its Sniffer for the dialect) does the parsing; this module adds the encoding
choice, header normalisation, and a per-row error instead of an exception, so that every
row reaches the output. Rows are streamed: memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from copyright_check.assessment import RowError

_SNIFF_BYTES = 64 * 1024
_DETECT_BYTES = 1024 * 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class InputError(Exception):
    """The file as a whole cannot be read (missing, a directory, no header)."""


@dataclass(slots=True)
class RawRow:
    line: int  # 1-based line of the row's first physical line, for messages
    cells: dict[str, str]  # normalised column name -> cell
    original: dict[str, str]  # header as written -> cell, for pass-through output
    errors: list[RowError] = field(default_factory=list)


def normalise_header(name: str) -> str:
    return "_".join(name.replace("\ufeff", "").strip().lower().split())


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
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        dialect.doublequote = True
        return dialect
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


def read_rows(path: Path | str, encoding: str | None = None) -> Iterator[RawRow]:
    """Yields every data row; raises InputError only for a file that cannot be opened or
    has no header, before the first row."""
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
        sample = text.read(_SNIFF_BYTES)
        text.seek(0)
        if not sample.strip():
            raise InputError(f"{path}: the file is empty (no header row)")
        reader = csv.reader(_clean_lines(text), _sniff(sample))
        try:
            header_cells = next(reader)
        except (StopIteration, csv.Error) as exc:
            raise InputError(f"{path}: no readable header row ({exc})") from None
        header = [normalise_header(h) for h in header_cells]
        if "id" not in header:
            raise InputError(f"{path}: the header has no 'id' column (found: {', '.join(header)})")
        yield from _rows(reader, header, header_cells)


def _rows(reader: Iterator[list[str]], header: list[str], written: list[str]) -> Iterator[RawRow]:
    line = 1
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RawRow(start, {"id": ""}, {}, [RowError("(row)", f"unreadable CSV: {exc}")])
            line = getattr(reader, "line_num", line + 1)
            continue
        line = getattr(reader, "line_num", line + 1)
        if not cells or all(not c.strip() for c in cells):
            continue  # a blank line is not a record
        errors: list[RowError] = []
        if len(cells) > len(header):
            extra = [c for c in cells[len(header):] if c.strip()]
            if extra:
                errors.append(RowError("(row)", f"{len(cells)} cells but the header has "
                                       f"{len(header)}; extra cells ignored"))
        normalised: dict[str, str] = {}
        original: dict[str, str] = {}
        for i, name in enumerate(header):
            value = cells[i] if i < len(cells) else ""
            if _undecodable(value):
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
        yield RawRow(start, normalised, original, errors)


_BAD = re.compile("[\udc80-\udcff\ufffd]")


def _undecodable(value: str) -> bool:
    return _BAD.search(value) is not None
