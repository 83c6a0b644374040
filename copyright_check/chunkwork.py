"""The per-row work of a rendered batch, compiled (mypyc; batch.py keeps the process pool,
signals and fork, interpreted): each chunk's records parsed, assessed and rendered, packed
for and unpacked from a worker process, made into a Block, and repeated ids flagged. Every
loop here runs once a row: interpreted, its frames and calls were a share of each row."""

from __future__ import annotations

import hashlib
import os
import stat
from array import array
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final, NamedTuple

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import Assessor
from copyright_check.assumptions import cite, licence_over_no_holder, not_taken
from copyright_check.mapping import Assumption, Mapping
from copyright_check.output import Rendered, add_error, csv_text, render, row_csv_bytes, row_json, row_json_bytes
from copyright_check.reader import Layout, RawRecord, RawRow
from copyright_check.record import record_from_row
from copyright_check.sources import parse_all
from copyright_check.summary import Digest, SummaryParts, Tally, digest
from copyright_check.textcase import lower


def _assess_cells(cells: dict[str, str], errors: list[RowError], assessor: Assessor, as_of: date) -> Assessment:
    if not errors:
        return assessor.assess_cells(cells, as_of, normalised=True)
    # A cell the reader found unreadable (a spreadsheet's #N/A, a damaged byte) is its own error:
    # the record need not say it again as an empty name (record_from_row's `unreadable`).
    record = record_from_row(cells, as_of.year, normalised=True, unreadable=frozenset(e.column for e in errors))
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
            def run(cells: dict[str, str]) -> Assessment:
                return _assess_cells(cells, row.errors, assessor, as_of)

            checked = licence_over_no_holder(a, row.cells, filled, run)
            a = checked if checked is not a else cite(a, row.cells, filled, run)
            if row.suspects:
                a = not_taken(a, row.cells, row.suspects, run)
        return a
    except Exception as exc:
        return Assessment(
            row.cells.get("id", "").strip(), Verdict.NEEDS_REVIEW, [], None,
            [Reason("row-error", "Needs review: this row could not be assessed; see errors.")],
            [*row.errors, RowError("(row)", f"{type(exc).__name__}: {exc}")],
        )


# Fingerprints keep 62 bits: a compiled int below 2**62 is a machine word (mypyc), so the
# table's arithmetic and comparisons need no Python int object (a 64-bit one did: ~4,900
# instructions a row in the main process, a quarter of its share of a parallel run; callgrind).
_FP_BITS: Final = (1 << 62) - 1


class Duplicates:
    """Flags repeated ids. Keeps one 62-bit fingerprint per distinct id in a flat
    open-addressing table (8 bytes a slot, at most three quarters full: 11-43 bytes an id),
    the only state that grows with the batch. Two ids whose fingerprints collide (odds ~1e-7
    in a million-row batch) would be flagged as a duplicate, never missed; which ids collide
    does not depend on the table's size. The table grows four times over when three quarters
    full: each growth puts every fingerprint in again, one boxed array read and write each
    (mypyc indexes an array as any object), and growing by four puts in a third as many as
    growing by two (at 20k rows: ~11k, not ~32k). `expected`: the ids a batch is thought to
    hold (expected_ids): the table's first growth makes it the smallest power of two whose
    three quarters hold them, so that a batch as long as thought puts each id in once more at
    most (growing was half the check's cost). Only at that growth (768 ids), never at the
    start: a forked pool's workers are forked after the main process has checked its first,
    warm rows (batch.WARM_ROWS, fewer), and a table made before the fork would be counted
    again in each worker's memory (1M rows: 332 MB, against 282 MB; 99d5276). Half full at
    most, as before, the guess for a 1M-row realistic file (158 MB: 1.23M ids) made it 4M
    slots, 32 MB of the main process at the end of the batch; three quarters full, 2M slots,
    16 MB, and those 1M ids fill it to 48 %: a new id probes ~2.4 slots at the end and ~1.5
    on average over the batch (linear probing, Knuth), against ~1.4 and ~1.2 in the 4M table."""

    def __init__(self, expected: int = 0) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._mask = 1024 - 1
        self._used = 0
        self._expected = expected

    @staticmethod
    def _fingerprint(rid: str) -> int:
        digest = hashlib.blake2b(lower(rid).encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "little") & _FP_BITS or 1  # 0 marks an empty slot

    @staticmethod
    def _insert(slots: array[int], mask: int, fp: int) -> bool:
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
        """0 for a row without an id (never a duplicate). Ids that differ only in case are one id
    (`lower`): an upload script that keeps each image as a file named by its id (README's
    examples/upload_with_pywikibot.py: images/<id>.jpg) finds one file for "D1" and "d1" on
    Windows and macOS, whose file names ignore case, and would put one record's image under the
    other's page and licence (review 26b F1). The same in every process (a
        spawned worker's fingerprints are compared with the main process's): keyed_fingerprint
        where only this process and those it forked compare them."""
        return cls._fingerprint(rid) if rid else 0

    def seen(self, fp: int) -> bool:
        """Whether an id of this fingerprint came before; notes it if not."""
        if not fp:
            return False
        if not self._insert(self._slots, self._mask, fp):
            return True
        self._used += 1
        if 4 * self._used > 3 * (self._mask + 1):
            size = 4 * (self._mask + 1)
            while 3 * size < 4 * self._expected and size < _MOST_SLOTS:
                size *= 2
            self._expected = 0
            bigger = array("Q", _EMPTY_SLOT) * size  # made at its size: no zeroed bytes beside it
            for old in self._slots:
                if old:
                    self._insert(bigger, size - 1, old)
            self._slots, self._mask = bigger, size - 1
        return False

    def repeated(self, fingerprints: bytes) -> list[int]:
        """The positions of the fingerprints (a Block's array("Q") bytes) that came before,
        each noted: one compiled loop for a block, not a call from a loop over it."""
        fps = array("Q")
        fps.frombytes(fingerprints)
        return [i for i, fp in enumerate(fps) if self.seen(fp)]

    def check(self, rid: str) -> RowError | None:
        return duplicate_error(rid) if self.seen(keyed_fingerprint(rid)) else None


# The largest table Duplicates' first growth makes: what 1.6-3.1 million ids grow it to (32 MB).
_MOST_SLOTS: Final = 1 << 22
_EMPTY_SLOT: Final = bytes(8)
# An input's bytes a row, at the least, as Duplicates' guess has them: a generated realistic
# row is ~150 bytes, a hostile one ~130. A file of longer rows gets a table bigger than it
# needs (by four at most, and never over _MOST_SLOTS); one of shorter rows grows it as before.
ROW_BYTES: Final = 128


def expected_ids(path: Path | str) -> int:
    """The rows a file is guessed to hold by its size (0: not a file whose size says it)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return 0
    return st.st_size // ROW_BYTES if stat.S_ISREG(st.st_mode) else 0


def keyed_fingerprint(rid: str) -> int:
    """Duplicates.fingerprint for fingerprints compared only within this process and the
    processes it forked: the id's own str hash (SipHash, keyed by a secret the interpreter
    draws at its start and a forked child inherits with its memory), ~0.2k instructions a
    row where blake2b's is ~6k (an object made, the id encoded, the digest made an int;
    callgrind, compiled), ~2 % of a worker's row. A spawned process draws a key of its own:
    its fingerprints must be Duplicates.fingerprint's. 62 bits of a keyed 64-bit hash: a
    collision as unlikely as with blake2b's, and as before only ever a false flag."""
    return (hash(lower(rid)) & _FP_BITS or 1) if rid else 0


def duplicate_error(rid: str) -> RowError:
    return RowError("id", f"duplicate id {rid!r}: assessed again (ids are compared regardless of case, as Windows "
                          "and macOS compare file names)")


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
    bytes and dicts: cheap to send from a worker. Its rows' texts are either `texts` (a chunk
    rendered in this process: written as rendered) or bytes (encoded_block: a worker's chunk),
    in `data` or in the first `size` bytes of the file `spool` (an anonymous in-memory file a
    forked worker shares with the main process): bytes the main process hands on to the
    output as they are, without making one object a row."""

    texts: list[str]  # each row's text, as output.render made it; [] when the rows are in bytes
    data: bytes  # or the rows' texts in UTF-8 with the format's separators (BYTES_SEPARATORS)
    spool: int  # or the file descriptor holding those bytes (-1: none), and their length
    size: int
    spans: bytes  # array("Q"): where each row's text starts and ends in the bytes
    ids: str  # the rows' ids, one after the other
    id_ends: bytes  # array("Q"): where each id ends in `ids`
    rows: int
    fingerprints: bytes  # array("Q"): Duplicates.fingerprint of each row's id
    errors: bytes  # one byte a row: 1 if the row has errors
    summary: SummaryParts  # the chunk's counters (Summary.parts)
    keep: Any  # None, or what keeps `spool` open and takes it back once written (batch.py)


# What output.write puts after each row's text (jsonl, sdc, csv) or between two (json).
BYTES_SEPARATORS = {"jsonl": b"\n", "sdc": b"\n", "csv": b"", "csv-raw": b"", "json": b",\n"}


def block_of(rows: list[Rendered], keyed: bool = True) -> Block:
    """The rows as a Block; `keyed`: its fingerprints by keyed_fingerprint (a block made in
    this process or one it forked), else by Duplicates.fingerprint (a spawned worker's, and
    the main process's own blocks beside them)."""
    summary = Tally()
    for r in rows:
        summary.add_digest(r.digest, r.has_errors)
    ids = [r.id for r in rows]
    id_ends, fingerprints = _packed_ids(ids, keyed)
    return Block([r.text for r in rows], b"", -1, 0, b"", "".join(ids), id_ends, len(rows), fingerprints,
                 bytes(r.has_errors for r in rows), summary.parts(), None)


def _packed_ids(ids: list[str], keyed: bool) -> tuple[bytes, bytes]:
    """A Block's `id_ends` and `fingerprints` for these ids (block_of, render_block)."""
    id_ends = array("Q")
    end = 0
    for rid in ids:
        end += len(rid)
        id_ends.append(end)
    return id_ends.tobytes(), array("Q", [keyed_fingerprint(rid) for rid in ids] if keyed
                                    else [Duplicates.fingerprint(rid) for rid in ids]).tobytes()


def _joined(parts: list[bytes], sep: bytes, between: bool) -> tuple[bytes, bytes]:
    """The rows' bytes as one, each followed by `sep` (only between two: `between`, json),
    and the Block's `spans` (where each row starts and ends) (encoded_block, render_block)."""
    spans = array("Q")
    pieces: list[bytes] = []
    pos = 0
    last = len(parts) - 1
    for i, part in enumerate(parts):
        spans.append(pos)
        pos += len(part)
        spans.append(pos)
        pieces.append(part)
        if sep and (not between or i < last):
            pieces.append(sep)
            pos += len(sep)
    return b"".join(pieces), spans.tobytes()


def encoded_block(block: Block, fmt: str) -> Block:
    """The block's texts as the bytes the output gets (UTF-8, the format's separators: all of
    the chunk but json's separator before its first row). Made in the worker: the main
    process then moves one bytes object a chunk, not a string a row it would decode from
    the pipe and encode again to write. A text UTF-8 cannot encode (a lone surrogate) stays
    text, so that the writer fails on it as it would have."""
    sep = BYTES_SEPARATORS[fmt]
    between = fmt == "json"
    try:
        parts = [t.encode("utf-8") for t in block.texts]
    except UnicodeEncodeError:
        return block
    data, spans = _joined(parts, sep, between)
    return block._replace(texts=[], data=data, spans=spans)


# The formats whose rows render_block writes in UTF-8 itself (output.row_json_bytes, row_csv_bytes).
BYTES_FORMATS: Final = ("jsonl", "json", "csv", "csv-raw")


def render_block(
    records: list[RawRecord], layout: Layout, mapping: Mapping, fmt: str, columns: list[str], assessor: Assessor,
    as_of: date, keyed: bool = True,
) -> Block:
    """encoded_block(block_of(render_chunk(...), keyed), fmt) for the BYTES_FORMATS: the
    same Block, each row's line made in UTF-8 from pieces kept encoded (output.row_json_bytes)
    rather than made a str and encoded whole. A row UTF-8 cannot encode (a lone surrogate)
    leaves the chunk in text, as encoded_block leaves it."""
    sep = BYTES_SEPARATORS[fmt]
    between = fmt == "json"
    csv = fmt.startswith("csv")
    formulas = fmt == "csv-raw"
    summary = Tally()
    ids: list[str] = []
    has_errors = bytearray()
    lines: list[bytes] = []
    texts: list[str] | None = None
    for row in parse_all(records, layout):
        if row is None:
            continue
        a = assess_raw(row, assessor, as_of, mapping.prepare(row))
        errors = bool(a.errors)
        summary.add_digest(digest(a, row.cells), errors)
        ids.append(a.id)
        has_errors.append(errors)
        if texts is None:
            try:
                lines.append(row_csv_bytes(row, a, columns, formulas) if csv else row_json_bytes(a))
                continue
            except UnicodeEncodeError:
                texts = [line.decode("utf-8") for line in lines]
        texts.append(csv_text(row, a, columns, formulas) if csv else row_json(a))
    id_ends, fingerprints = _packed_ids(ids, keyed)
    if texts is not None:
        return Block(texts, b"", -1, 0, b"", "".join(ids), id_ends, len(ids), fingerprints,
                     bytes(has_errors), summary.parts(), None)
    data, spans = _joined(lines, sep, between)
    return Block([], data, -1, 0, spans, "".join(ids), id_ends, len(ids), fingerprints, bytes(has_errors),
                 summary.parts(), None)


def spooled_bytes(block: Block) -> bytes:
    """The block's bytes, wherever they are."""
    if block.spool < 0:
        return block.data
    out: list[bytes] = []
    got = 0
    while got < block.size:
        piece = os.pread(block.spool, block.size - got, got)
        if not piece:
            raise OSError(f"a chunk's output ended after {got} of {block.size} bytes")
        out.append(piece)
        got += len(piece)
    return b"".join(out)


def block_id(block: Block, i: int) -> str:
    ends = array("Q")
    ends.frombytes(block.id_ends)
    return block.ids[ends[i - 1] if i else 0:ends[i]]


def flag_block(block: Block, fmt: str, dup: Duplicates) -> Block:
    """The block with each repeated id flagged, as flag_duplicates flags a row."""
    repeated = dup.repeated(block.fingerprints)
    if not repeated:
        return block
    newly = 0
    for i in repeated:
        newly += not block.errors[i]
    # Only the texts and the rows-with-errors count change (a flagged row now has errors).
    p = block.summary
    summary: SummaryParts = (p[0], p[1], p[2] + newly, *p[3:])
    if block.texts:
        texts = list(block.texts)
        for i in repeated:
            texts[i] = _flagged(fmt, block, i, texts[i])
        return block._replace(texts=texts, summary=summary)
    # In bytes (rare: a repeated id): the flagged rows' texts decoded, flagged and put back.
    data = spooled_bytes(block)
    spans = array("Q")
    spans.frombytes(block.spans)
    flagged = bytearray(block.rows)
    for i in repeated:
        flagged[i] = 1
    pieces: list[bytes] = []
    new_spans = array("Q", spans)
    last = 0
    shift = 0
    for i in range(block.rows):
        start, end = spans[2 * i], spans[2 * i + 1]
        new_spans[2 * i] = start + shift
        if flagged[i]:
            pieces.append(data[last:start])
            text = _flagged(fmt, block, i, data[start:end].decode("utf-8")).encode("utf-8")
            pieces.append(text)
            shift += len(text) - (end - start)
            last = end
        new_spans[2 * i + 1] = end + shift
    pieces.append(data[last:])
    return block._replace(data=b"".join(pieces), spool=-1, size=0, spans=new_spans.tobytes(), summary=summary)


def _flagged(fmt: str, block: Block, i: int, text: str) -> str:
    rid = block_id(block, i)
    return add_error(fmt, Rendered(rid, "", bool(block.errors[i]), text, _NO_DIGEST), duplicate_error(rid)).text
