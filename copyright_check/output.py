"""Writers for the assessment formats: json, jsonl, csv (and the rich table in cli).

Files are written to a temporary file beside the target and renamed into place, so an
interrupted run never leaves a half-written result that looks complete.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from copyright_check.batch import Result

ASSESSMENT_COLUMNS = ("verdict", "templates", "uploadable_from", "reasons", "errors")


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


def write_json(results: Iterator[Result], out: IO[str]) -> Iterator[Result]:
    """Streams one JSON array; yields each result on for the summary."""
    out.write("[")
    first = True
    for result in results:
        out.write("\n" if first else ",\n")
        out.write(json.dumps(result.assessment.to_dict(), ensure_ascii=False))
        first = False
        yield result
    out.write("\n]\n" if not first else "]\n")


def write_jsonl(results: Iterator[Result], out: IO[str]) -> Iterator[Result]:
    for result in results:
        out.write(json.dumps(result.assessment.to_dict(), ensure_ascii=False))
        out.write("\n")
        yield result


def _csv_value(result: Result, column: str) -> str:
    a = result.assessment
    if column == "verdict":
        return a.verdict.value
    if column == "templates":
        return " ".join(a.templates)
    if column == "uploadable_from":
        return "" if a.uploadable_from is None else str(a.uploadable_from)
    if column == "reasons":
        return " | ".join(f"[{r.rule}] {r.text}" for r in a.reasons)
    return " | ".join(f"{e.column}: {e.message}" for e in a.errors)


def write_csv(results: Iterator[Result], out: IO[str]) -> Iterator[Result]:
    """The input columns as written, then the assessment; the header comes from the first
    row (every row of one file has the same input columns)."""
    writer = csv.writer(out)
    header: list[str] | None = None
    for result in results:
        if header is None:
            inputs = [c for c in result.row.original if c not in ASSESSMENT_COLUMNS]
            header = [*inputs, *ASSESSMENT_COLUMNS]
            writer.writerow(header)
        values = [result.row.original.get(c, "") for c in header[: -len(ASSESSMENT_COLUMNS)]]
        writer.writerow([*values, *(_csv_value(result, c) for c in ASSESSMENT_COLUMNS)])
        yield result
    if header is None:
        writer.writerow(["id", *ASSESSMENT_COLUMNS])


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}
