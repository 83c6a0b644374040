"""The per-row work of a rendered batch, compiled (mypyc; batch.py keeps the process pool,
signals and fork, interpreted): each chunk's records parsed, assessed and rendered, packed
for and unpacked from a worker process, made into a Block, and repeated ids flagged. Every
loop here runs once a row: interpreted, its frames and calls were a share of each row."""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import Assessor
from copyright_check.assumptions import cite
from copyright_check.mapping import Assumption, Mapping
from copyright_check.output import Rendered, add_error, render
from copyright_check.reader import Layout, RawRecord, RawRow
from copyright_check.record import record_from_row
from copyright_check.sources import parse_all
from copyright_check.summary import Digest, Summary, SummaryParts


def _assess_cells(cells: dict[str, str], errors: list[RowError], assessor: Assessor, as_of: date) -> Assessment:
    if not errors:
        return assessor.assess_cells(cells, as_of, normalised=True)
    record = record_from_row(cells, as_of.year, normalised=True)
    record.errors[:0] = errors
    return assessor.assess_record(record, as_of)


def assess_raw(
    row: RawRow, assessor: Assessor, as_of: date, filled: dict[str, Assumption] | None = None
) -> Assessment:
    """Never raises: one row must never stop the batch. `filled`: the batch-wide
    assumptions that filled an empty cell of this row (mapping.py), cited if decisive."""
    try:
        a = _assess_cells(row.cells, row.errors, assessor, as_of)
        if filled:
            a = cite(a, row.cells, filled, lambda cells: _assess_cells(cells, row.errors, assessor, as_of))
        return a
    except Exception as exc:
        return Assessment(
            row.cells.get("id", "").strip(), Verdict.NEEDS_REVIEW, [], None,
            [Reason("row-error", "Needs review: this row could not be assessed; see errors.")],
            [*row.errors, RowError("(row)", f"{type(exc).__name__}: {exc}")],
        )


class Duplicates:
    """Flags repeated ids. Keeps one 64-bit fingerprint per distinct id in a flat
    open-addressing table (8 bytes a slot, half full at most: ~16 MB per million ids),
    the only state that grows with the batch. Two ids whose 64-bit fingerprints collide
    (odds ~1e-8 in a million-row batch) would be flagged as a duplicate, never missed."""

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._used = 0

    @staticmethod
    def _fingerprint(rid: str) -> int:
        digest = hashlib.blake2b(rid.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "little") or 1  # 0 marks an empty slot

    def _insert(self, slots: array[int], fp: int) -> bool:
        mask = len(slots) - 1
        i = fp & mask
        while True:
            current = slots[i]
            if current == 0:
                slots[i] = fp
                return True
            if current == fp:
                return False
            i = (i + 1) & mask

    @classmethod
    def fingerprint(cls, rid: str) -> int:
        """0 for a row without an id (never a duplicate)."""
        return cls._fingerprint(rid) if rid else 0

    def seen(self, fp: int) -> bool:
        """Whether an id of this fingerprint came before; notes it if not."""
        if not fp:
            return False
        if not self._insert(self._slots, fp):
            return True
        self._used += 1
        if self._used * 2 > len(self._slots):
            bigger = array("Q", bytes(16 * len(self._slots)))
            for old in self._slots:
                if old:
                    self._insert(bigger, old)
            self._slots = bigger
        return False

    def check(self, rid: str) -> RowError | None:
        return duplicate_error(rid) if self.seen(self.fingerprint(rid)) else None


def duplicate_error(rid: str) -> RowError:
    return RowError("id", f"duplicate id {rid!r}: assessed again")


def render_chunk(
    records: list[RawRecord], layout: Layout, mapping: Mapping, fmt: str, columns: list[str], assessor: Assessor,
    as_of: date,
) -> list[Rendered]:
    """A chunk's records parsed, mapped, assessed and rendered, in input order."""
    out: list[Rendered] = []
    for row in parse_all(records, layout):
        if row is not None:
            filled = mapping.prepare(row)
            out.append(render(fmt, row, assess_raw(row, assessor, as_of, filled), columns, as_of))
    return out


# Only plain tuples, lists and strings cross between processes: pickling a dataclass costs
# about twenty times a tuple of its fields, and the main process, which does all of that
# pickling, is the one part of a parallel run that does not scale with the workers.
# A record goes out as (line, text) when that is all it is (nearly always), else as itself;
# a row comes back as (id, verdict, has_errors, text, digest fields).
Packed = tuple[int, str] | RawRecord
Flat = tuple[str, str, bool, str, tuple[Any, ...]]


def pack(records: list[RawRecord]) -> list[Packed]:
    return [(r.line, r.text) if type(r) is RawRecord and not r.unclosed and not r.notes else r for r in records]


def unpack(packed: list[Packed]) -> list[RawRecord]:
    return [p if isinstance(p, RawRecord) else RawRecord(*p) for p in packed]


def flat(rows: list[Rendered]) -> list[Flat]:
    return [(r.id, r.verdict, r.has_errors, r.text, tuple(r.digest)) for r in rows]


def unflatten(rows: list[Flat]) -> Iterator[Rendered]:
    make = Digest._make
    for rid, verdict, has_errors, text, d in rows:
        yield Rendered(rid, verdict, has_errors, text, make(d))


def flag_duplicates(rows: Iterator[Rendered], fmt: str) -> Iterator[Rendered]:
    dup = Duplicates()
    for r in rows:
        error = dup.check(r.id)
        yield r if error is None else add_error(fmt, r, error)


_NO_DIGEST = Digest("", False, None, "", "", "", ())


class Block(NamedTuple):
    """A chunk's rows as output.write would write them. A plain tuple of lists, strings,
    bytes and dicts: cheap to send from a worker."""

    texts: list[str]  # each row's text, as output.render made it
    ids: list[str]
    fingerprints: bytes  # array("Q"): Duplicates.fingerprint of each row's id
    errors: bytes  # one byte a row: 1 if the row has errors
    summary: SummaryParts  # the chunk's counters (Summary.parts)


def block_of(rows: list[Rendered]) -> Block:
    summary = Summary()
    for r in rows:
        summary.add_digest(r.digest, r.has_errors)
    ids = [r.id for r in rows]
    return Block([r.text for r in rows], ids, array("Q", map(Duplicates.fingerprint, ids)).tobytes(),
                 bytes(r.has_errors for r in rows), summary.parts())


def flag_block(block: Block, fmt: str, dup: Duplicates) -> Block:
    """The block with each repeated id flagged, as flag_duplicates flags a row."""
    fps = array("Q")
    fps.frombytes(block.fingerprints)
    seen = dup.seen
    repeated = [i for i, fp in enumerate(fps) if seen(fp)]
    if not repeated:
        return block
    texts = list(block.texts)
    newly = 0
    for i in repeated:
        rid = block.ids[i]
        texts[i] = add_error(fmt, Rendered(rid, "", bool(block.errors[i]), texts[i], _NO_DIGEST),
                             duplicate_error(rid)).text
        newly += not block.errors[i]
    # Only the texts and the rows-with-errors count change (a flagged row now has errors).
    p = block.summary
    summary: SummaryParts = (p[0], p[1], p[2] + newly, *p[3:])
    return block._replace(texts=texts, summary=summary)
