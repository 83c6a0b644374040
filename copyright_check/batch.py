"""A whole file through the assessor: every input row out, exactly once, in order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import Assessor
from copyright_check.reader import RawRow, read_rows
from copyright_check.record import record_from_row


@dataclass(slots=True)
class Summary:
    """Counters only, so memory does not grow with the batch."""

    counts: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    rows_with_errors: int = 0

    def add(self, a: Assessment) -> None:
        self.rows += 1
        self.counts[a.verdict.value] += 1
        if a.errors:
            self.rows_with_errors += 1


@dataclass(slots=True)
class Result:
    row: RawRow
    assessment: Assessment


def assess_rows(
    rows: Iterator[RawRow], assessor: Assessor, as_of: date
) -> Iterator[Result]:
    seen: set[str] = set()
    for row in rows:
        try:
            record = record_from_row(row.cells, as_of.year)
            record.errors[:0] = row.errors
            if record.id and record.id in seen:
                record.errors.append(RowError("id", f"duplicate id {record.id!r}: assessed again"))
            elif record.id:
                seen.add(record.id)
            assessment = assessor.assess_record(record, as_of)
        except Exception as exc:
            assessment = Assessment(
                row.cells.get("id", "").strip(), Verdict.NEEDS_REVIEW, [], None,
                [Reason("row-error", "Needs review: this row could not be assessed; see errors.")],
                [*row.errors, RowError("(row)", f"{type(exc).__name__}: {exc}")],
            )
        yield Result(row, assessment)


def assess_file(
    path: Path | str, assessor: Assessor, as_of: date, encoding: str | None = None
) -> Iterator[Result]:
    return assess_rows(read_rows(path, encoding), assessor, as_of)
