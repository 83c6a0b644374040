"""Serialising assessments: json, jsonl, csv (the rich table lives in console.py).

Each row is rendered to its final text where it was assessed (in a worker process, when
there are several), so the main process only writes. Files are written to a temporary
file beside the target and renamed into place, so an interrupted run never leaves a
half-written result that looks complete.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from copyright_check.assessment import Assessment, RowError
from copyright_check.reader import RawRow

ASSESSMENT_COLUMNS = ("verdict", "templates", "uploadable_from", "reasons", "errors")
FORMATS = ("json", "jsonl", "csv")


@dataclass(frozen=True, slots=True)
class Rendered:
    """One output row, ready to write, with what the summary and the duplicate check need."""

    id: str
    verdict: str
    has_errors: bool
    text: str


def input_columns(written: tuple[str, ...]) -> list[str]:
    """The CSV output's input columns: as written, once each, minus our own columns."""
    return [c for c in dict.fromkeys(written) if c not in ASSESSMENT_COLUMNS]


def _csv_line(values: list[str]) -> str:
    """RFC 4180 line ends (\r\n): the csv module then quotes a cell holding a lone \r too."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerow(values)
    return buf.getvalue()


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


def render(fmt: str, row: RawRow, a: Assessment, columns: list[str]) -> Rendered:
    if fmt == "csv":
        values = [row.original.get(c, "") for c in columns]
        text = _csv_line([*values, *(_csv_value(a, c) for c in ASSESSMENT_COLUMNS)])
    else:
        text = json.dumps(a.to_dict(), ensure_ascii=False)
    return Rendered(a.id, a.verdict.value, bool(a.errors), text)


def add_error(fmt: str, rendered: Rendered, error: RowError) -> Rendered:
    """Adds an error found after rendering (a duplicate id, seen only by the main process)."""
    if fmt == "csv":
        values = next(csv.reader(io.StringIO(rendered.text, newline="")))
        note = f"{error.column}: {error.message}"
        values[-1] = f"{values[-1]} | {note}" if values[-1] else note
        text = _csv_line(values)
    else:
        data = json.loads(rendered.text)
        data["errors"].append(error.to_dict())
        text = json.dumps(data, ensure_ascii=False)
    return Rendered(rendered.id, rendered.verdict, True, text)


def write(fmt: str, rows: Iterator[Rendered], out: IO[str], columns: list[str]) -> Iterator[Rendered]:
    """Writes the stream; yields each row on for the summary."""
    if fmt == "csv":
        out.write(_csv_line([*columns, *ASSESSMENT_COLUMNS]))
        for r in rows:
            out.write(r.text)
            yield r
    elif fmt == "jsonl":
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


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
