"""The public-domain calendar: the rows that become uploadable on 1 January of a year.

Institutions publish a Public Domain Day list each January. The list is exactly the rows
whose `uploadable_from` is that year — taken from the same assessment `assess` gives, so
the calendar never decides anything on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from copyright_check.assessor import Assessor
from copyright_check.batch import rendered_file
from copyright_check.mapping import Mapping
from copyright_check.output import csv_line, to_json


def entries(
    path: Path, year: int, as_of: date, encoding: str | None, jobs: int, assessor: Assessor, mapping: Mapping,
) -> Iterator[dict[str, Any]]:
    """In input order. Only the rows of the year are decoded again: the rest pass by
    as counters' worth of data (flat memory on any batch)."""
    with rendered_file(path, "jsonl", as_of, encoding, jobs, assessor, mapping) as (_columns, rows):
        for r in rows:
            if r.digest.uploadable_from == year:
                data = json.loads(r.text)
                yield {"id": data["id"], "uploadable_from": year, "verdict": data["verdict"],
                       "reasons": data["reasons"], "errors": data["errors"]}


def write_json(found: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    out.write("[")
    for entry in found:
        out.write(("\n" if n == 0 else ",\n") + to_json(entry))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_csv(found: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """One line a row; the reasons' sentences joined with ' | ' (a spreadsheet's cell).
    The id came from the input, so it is neutralised against formulas as in `assess`."""
    out.write(csv_line(["id", "uploadable_from", "reasons"]))
    n = 0
    for entry in found:
        out.write(csv_line([entry["id"], str(entry["uploadable_from"]),
                             " | ".join(r["text"] for r in entry["reasons"])]))
        n += 1
    return n
