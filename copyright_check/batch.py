"""A whole file through the assessor: every input row out, exactly once, in order.

Rows stream reader -> engine -> writer; with `jobs` > 1 they are cut into chunks that
worker processes assess (durable-rules keeps global state, so processes, not threads),
with a bounded number of chunks in flight so memory stays flat, and results are yielded
in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import Assessor
from copyright_check.reader import RawRow, read_rows
from copyright_check.record import record_from_row

CHUNK_ROWS = 2000
# Below this input size, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 2_000_000


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


def assess_raw(row: RawRow, assessor: Assessor, as_of: date) -> Assessment:
    """Never raises: one row must never stop the batch."""
    try:
        record = record_from_row(row.cells, as_of.year, normalised=True)
        record.errors[:0] = row.errors
        return assessor.assess_record(record, as_of)
    except Exception as exc:
        return Assessment(
            row.cells.get("id", "").strip(), Verdict.NEEDS_REVIEW, [], None,
            [Reason("row-error", "Needs review: this row could not be assessed; see errors.")],
            [*row.errors, RowError("(row)", f"{type(exc).__name__}: {exc}")],
        )


class _Duplicates:
    """Flags repeated ids. Keeps one 64-bit fingerprint per distinct id: the only state
    that grows with the batch (about 60 bytes a row)."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def check(self, a: Assessment) -> None:
        if not a.id:
            return
        key = hash(a.id)
        if key in self._seen:
            a.errors.append(RowError("id", f"duplicate id {a.id!r}: assessed again"))
        else:
            self._seen.add(key)


def assess_rows(rows: Iterable[RawRow], assessor: Assessor, as_of: date) -> Iterator[Result]:
    dup = _Duplicates()
    for row in rows:
        a = assess_raw(row, assessor, as_of)
        dup.check(a)
        yield Result(row, a)


# -- worker processes --------------------------------------------------------------------
_worker: Assessor | None = None


def _init_worker(as_of: date) -> None:
    global _worker
    _worker = Assessor(as_of=as_of)


def _work(chunk: list[RawRow], as_of: date) -> list[Assessment]:
    assert _worker is not None
    return [assess_raw(row, _worker, as_of) for row in chunk]


def assess_parallel(rows: Iterable[RawRow], as_of: date, jobs: int) -> Iterator[Result]:
    dup = _Duplicates()
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                             initargs=(as_of,)) as pool:
        pending: deque[tuple[list[RawRow], Future[list[Assessment]]]] = deque()

        def drain() -> Iterator[Result]:
            chunk, future = pending.popleft()
            for row, a in zip(chunk, future.result(), strict=True):
                dup.check(a)
                yield Result(row, a)

        it = iter(rows)
        while chunk := list(itertools.islice(it, CHUNK_ROWS)):
            pending.append((chunk, pool.submit(_work, chunk, as_of)))
            if len(pending) >= jobs * 2:
                yield from drain()
        while pending:
            yield from drain()


def default_jobs(path: Path | str) -> int:
    try:
        small = Path(path).stat().st_size < PARALLEL_MIN_BYTES
    except OSError:
        small = True
    return 1 if small else (os.cpu_count() or 1)


def assess_file(
    path: Path | str, assessor: Assessor | None, as_of: date, encoding: str | None = None,
    jobs: int = 1,
) -> Iterator[Result]:
    rows = read_rows(path, encoding)
    if jobs > 1:
        return assess_parallel(rows, as_of, jobs)
    return assess_rows(rows, assessor or Assessor(as_of=as_of), as_of)
