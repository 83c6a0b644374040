"""A whole file through the assessor: every input row out, exactly once, in order.

Rows stream reader -> engine -> writer. With `jobs` > 1 the main process only cuts the
file into raw records and writes; worker processes parse, assess and render chunks of
them (durable-rules keeps global state, so processes, not threads). A bounded number of
chunks is in flight, so memory stays flat, and chunks are written in input order. The
CLI's line formats come back a chunk at a time (Block): a forked worker writes the chunk's
output bytes to a spool the main process copies to the output in the kernel (os.sendfile),
and the main process adds its counters once, so its share per row stays small.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import gc
import itertools
import os
import signal
import stat
import sys
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar, overload

from copyright_check.answerlog import AnswerLog
from copyright_check.assessment import Assessment
from copyright_check.assessor import Assessor
from copyright_check.chunkwork import (
    BYTES_FORMATS,
    Flat,
    Packed,
    encoded_block,
    expected_ids,
    render_block,
    render_chunk,
    spooled_bytes,
)
from copyright_check.chunkwork import Block as Block  # re-exported: the CLI and callers import them here
from copyright_check.chunkwork import Duplicates as Duplicates
from copyright_check.chunkwork import assess_raw as assess_raw
from copyright_check.chunkwork import block_of as block_of
from copyright_check.chunkwork import flag_block as _flag_block
from copyright_check.chunkwork import flag_duplicates as _flag_duplicates
from copyright_check.chunkwork import flat as _flat
from copyright_check.chunkwork import pack as _pack
from copyright_check.chunkwork import unflatten as _unflatten
from copyright_check.chunkwork import unpack as _unpack
from copyright_check.mapping import Assumption, Mapping
from copyright_check.output import ASSESSMENT_COLUMNS, Rendered, csv_line, input_columns
from copyright_check.reader import Layout, LineRun, RawRecord, RawRow, run_records
from copyright_check.sources import open_input, open_input_runs, rows_of
from copyright_check.summary import Summary

if TYPE_CHECKING:  # imported where a pool is started: a one-process run never needs them
    from concurrent.futures import Future, ProcessPoolExecutor

CHUNK_ROWS = 2000
# A chunk also ends at this much record text (a typical chunk is ~300,000 characters): a
# chunk of 2,000 wide rows (thousands of cells each) is parsed at once, a dict of every cell of
# every row (review 11, B4: 200 rows of 50,000 cells held 400-540 MB).
CHUNK_CHARS = 1 << 20
# Below this input size (about two chunks of a typical export, ~150 bytes a row), starting
# worker processes costs more than it saves; above it, each worker needs at least
# JOB_MIN_BYTES of input (about a chunk) to be worth its start. A forked worker inherits the
# main process's Assessor, so its start is a fork (milliseconds), not a load of the law
# files (~0.2 s): a chunk's work (2,000 rows, a fraction of a second) already pays for it.
PARALLEL_MIN_BYTES = 600_000
JOB_MIN_BYTES = 300_000
# Where workers are spawned, each loads the law files itself: more input before it pays.
SPAWN_PARALLEL_MIN_BYTES = 2_000_000
SPAWN_JOB_MIN_BYTES = 1_000_000
# A forked pool's first rows are rendered in the main process before the fork, so that what a
# batch's first rows do once (vocabularies and templates loaded, the data store read, the
# engine's first questions, the most frequent values' caches) is done once, not once in
# each worker (~0.4 billion instructions a worker; callgrind, 20k realistic rows, compiled),
# and what the main process loads is written to the data store at its exit (a worker exits
# without writing it). One core idles meanwhile: a few rows' work, milliseconds.
WARM_ROWS = 64
# A pool's workers take chunks as they free up, so they end at most a chunk apart: one idles
# while the other renders the rest of its last chunk (a 2,000-row chunk is ~0.2 s of a
# realistic batch's ~10 s with two workers). The last TAIL_CHUNKS chunks go in pieces of
# an eighth of a chunk, so that the one that ends first takes the others' share of them
# and the two end at most a piece apart.
TAIL_CHUNKS = 2
TAIL_PIECES = 8
# A forked pool's workers read a CSV file's lines themselves where they can (reader.open_runs):
# the main process hands out runs of about this many bytes (a 2,000-row chunk of a typical
# export) by where they are in the file, instead of cutting each record, packing it and
# pickling it through the pipe (~1 µs a row of the main process's CPU, which on two cores
# is taken from the workers).
RUN_BYTES = 300_000


@dataclass(slots=True)
class Result:
    row: RawRow
    assessment: Assessment


def assess_rows(
    rows: Iterable[RawRow | tuple[RawRow, dict[str, Assumption]]], assessor: Assessor, as_of: date
) -> Iterator[Result]:
    """Rows, or rows with the assumptions that filled their cells."""
    dup = Duplicates()
    for item in rows:
        row, filled = item if isinstance(item, tuple) else (item, None)
        a = assess_raw(row, assessor, as_of, filled)
        error = dup.check(a.id)
        if error is not None:
            a.errors.append(error)
        yield Result(row, a)


def prepared_rows(
    path: Path | str, encoding: str | None = None, mapping: Mapping | None = None
) -> Iterator[tuple[RawRow, dict[str, Assumption]]]:
    """Every row of any input format, mapped (columns, words, assumptions)."""
    mapping = mapping or Mapping()
    with open_input(path, encoding, mapping.sheet, mapping.rename) as (layout, records):
        mapped = mapping.for_header(layout.header)
        for row in rows_of(records, layout):
            yield row, mapped.prepare(row)


def assess_file(
    path: Path | str, assessor: Assessor | None, as_of: date, encoding: str | None = None,
    mapping: Mapping | None = None,
) -> Iterator[Result]:
    """Assessments with their rows, in one process (the table, and library use), with the
    collector's young generations collected less often while they come (collections_rarer)."""
    return _collections_rarer(assess_rows(prepared_rows(path, encoding, mapping), assessor or Assessor(as_of=as_of),
                                          as_of))


def _collections_rarer(results: Iterator[Result]) -> Iterator[Result]:
    with collections_rarer():
        yield from results


# -- rendered output, in one process or several ------------------------------------------
@dataclass(frozen=True, slots=True)
class Plan:
    """How to read one record of this input (picklable, for the worker processes)."""

    layout: Layout
    mapping: Mapping


def _render_chunk(
    records: list[RawRecord], plan: Plan, fmt: str, columns: list[str], assessor: Assessor, as_of: date
) -> list[Rendered]:
    """chunkwork.render_chunk (compiled) for a chunk, called through this module's name so
    that a test can replace it in a worker process (a compiled module's own calls cannot be)."""
    return render_chunk(records, plan.layout, plan.mapping, fmt, columns, assessor, as_of)


def _render_block(
    records: list[RawRecord], plan: Plan, fmt: str, columns: list[str], assessor: Assessor, as_of: date,
    keyed: bool = True, encoded: bool = True,
) -> Block:
    """A chunk's Block (BLOCK_FORMATS): in UTF-8 as chunkwork.render_block makes it where it
    can, else _render_chunk's rows, encoded (encoded_block) if `encoded`. Called through this
    module's name, as _render_chunk is, so that a test can replace it in a worker process."""
    if fmt in BYTES_FORMATS:
        return render_block(records, plan.layout, plan.mapping, fmt, columns, assessor, as_of, keyed)
    block = block_of(_render_chunk(records, plan, fmt, columns, assessor, as_of), keyed)
    return encoded_block(block, fmt) if encoded else block


# -- worker processes ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Job:
    """What every chunk of one batch shares: given to each worker once, at its start."""

    plan: Plan
    fmt: str
    columns: list[str]
    as_of: date
    keyed: bool = False  # a forked pool: ids fingerprinted by chunkwork.keyed_fingerprint


_worker: Assessor | None = None
_job: _Job | None = None
# A forked pool's shared log of durable-rules' answers (answerlog.py says why), opened by
# the main process before the fork; None in a one-process run and in spawned workers.
_answers: AnswerLog | None = None


def quiet_gc() -> None:
    """The batch allocates millions of short-lived objects and keeps few: move what is
    loaded so far (rules, law files) out of the collector's sight and collect young
    objects less often. Measured on 1M rows: fewer full collections of a growing heap.
    Done before forking, it also keeps the collector from touching (and so copying) the
    pages a forked worker shares with the main process. Only the young generations are
    collected first: a full collection walked the ~30,000 objects of the loaded law files
    and rules and freed none of them (0 objects in the CLI's two-worker run, 3 with
    --jobs 1) for ~15-20 ms of CPU before the first row, while the other core waits for
    the fork; the young ones (~0.3 ms) hold what a batch's set-up left behind."""
    gc.collect(1)
    gc.freeze()
    gc.set_threshold(*BATCH_THRESHOLDS)


# The collector's thresholds while a batch runs (quiet_gc; collections_rarer for a library
# caller's): a young collection after 50,000 more container objects kept than freed, not 700.
BATCH_THRESHOLDS = (50_000, 50, 100)
_rarer = 0  # how many collections_rarer are open
_thresholds_before = BATCH_THRESHOLDS


@contextlib.contextmanager
def collections_rarer() -> Iterator[None]:
    """The collector's thresholds BATCH_THRESHOLDS while a library caller takes a file's rows
    (assess_file, the CLI's table), and as they were after. The collector stays on there: the
    caller's own code runs between two rows, and its cycles are still freed. With CPython's
    thresholds (700, 10, 10) the caches a batch fills (reasons, cells, engine questions: some
    90,000 objects) were walked by a full collection every ~14,000 rows and by a middle one
    every ~1,300: 1,710 young, 156 middle and 14 full collections in 200,000 realistic rows,
    1.66 s of 17.4 s CPU (gc.callbacks timing the process's CPU, compiled); with these, 3
    young and none older after the set-up, 0.13 s. Nested or interleaved, the thresholds come
    back when the last ends, unless set to others meanwhile."""
    global _rarer, _thresholds_before
    if _rarer == 0:
        _thresholds_before = gc.get_threshold()
        gc.set_threshold(*BATCH_THRESHOLDS)
    _rarer += 1
    try:
        yield
    finally:
        _rarer -= 1
        if _rarer == 0 and gc.get_threshold() == BATCH_THRESHOLDS:
            gc.set_threshold(*_thresholds_before)


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off while a batch renders in this process, and as it
    was after. A row's objects are freed by their reference counts: a gc.collect() after
    20,000 realistic or 20,000 hostile rows run without the collector finds 24 objects, and
    the peak memory is the same (72 MB). Yet each of its runs walks every object the caches
    kept since the last (a net 50,000 objects start one): 57 young and 6 older runs in
    20,000 realistic rows, --jobs 1, ~0.09 s of ~4.7 s CPU (~2 %, compiled; gc.callbacks
    timing the process's CPU), more as the caches grow over a longer batch."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# Held while worker processes are forked: a signal arriving during the fork would run the
# CLI's handler inside the fork's own hooks (logging's lock release), which swallow its
# exception — the signal would be lost. Held, it arrives just after, in the main process.
_HELD = {getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _init_worker(job: _Job) -> None:
    global _worker, _job
    # A forked worker inherits the CLI's SIGTERM handler; it should just stop, leaving the
    # clean-up (the output's temporary file) to the main process. It was forked with the
    # signals held (_signals_held): released once its own handler is in place.
    # Ctrl-C reaches the whole process group: the main process stops the workers (_stop).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    _job = job
    if _worker is None:  # started fresh (spawn): build its own; a forked one inherited it warm
        _worker = Assessor(as_of=job.as_of)
        quiet_gc()
    if _answers is not None:
        _worker.share_answers()
    gc.disable()  # the process renders chunks until it ends (collector_off says why)


Unit = list[RawRecord] | LineRun  # what a worker is given: records, or a run of lines it reads itself


def _records_of(unit: Unit) -> list[RawRecord]:
    return run_records(unit) if isinstance(unit, LineRun) else unit


def _unpacked(packed: list[Packed] | LineRun) -> list[RawRecord]:
    return run_records(packed) if isinstance(packed, LineRun) else _unpack(packed)


def _work(packed: list[Packed] | LineRun, spool: int) -> list[Flat]:
    assert _worker is not None and _job is not None
    _learn(_worker)
    rows = _flat(_render_chunk(_unpacked(packed), _job.plan, _job.fmt, _job.columns, _worker, _job.as_of))
    _tell(_worker)
    return rows


def _learn(worker: Assessor) -> None:
    """Before a worker's chunk: what the other workers' durable-rules answered meanwhile."""
    if _answers is not None:
        worker.learn(_answers.take())


def _tell(worker: Assessor) -> None:
    """After a worker's chunk: what its durable-rules answered, for the other workers."""
    if _answers is not None:
        _answers.publish(worker.learnt_answers())


def _work_block(packed: list[Packed] | LineRun, spool: int) -> Block:
    """The chunk's Block, its texts in bytes (encoded_block), written to `spool` where the
    main process gave one: only the counters, ids and fingerprints then go through the pipe."""
    assert _worker is not None and _job is not None
    _learn(_worker)
    b = _render_block(_unpacked(packed), _job.plan, _job.fmt, _job.columns, _worker, _job.as_of, _job.keyed)
    _tell(_worker)
    if spool < 0 or b.texts or not b.rows:
        return b
    data = memoryview(b.data)
    done = 0
    while done < len(data):
        done += os.pwrite(spool, data[done:], done)
    return b._replace(data=b"", spool=spool, size=len(data))


class _Spool:
    """An anonymous in-memory file (memfd) a forked worker writes a chunk's output bytes to
    and the main process copies to the output with os.sendfile: the bytes never enter the
    main process (as a pickled message they cost it a read, an unpickling and a write, and
    fresh pages to fault in, each chunk). One spool holds one chunk from the worker's write
    until the block is written (write_blocks releases it), so a spool is never written while
    its bytes wait; a block kept unwritten keeps its spool, and the pipeline goes on with
    others or, without a free one, through the pipe. Closed when nothing holds it."""

    __slots__ = ("__weakref__", "_free", "fd")

    def __init__(self, free: deque[_Spool]) -> None:
        self.fd = os.memfd_create("copyright-check-chunk", os.MFD_CLOEXEC)
        self._free = weakref.ref(free)

    def release(self) -> None:
        free = self._free()
        if free is not None:
            free.append(self)

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def _spools(count: int) -> deque[_Spool]:
    """Spools for a forked pool (a spawned worker does not inherit them): none where the
    platform has no memfd or a file descriptor is not to be had."""
    free: deque[_Spool] = deque()
    if _start_method() != "fork" or not hasattr(os, "memfd_create"):
        return free
    with contextlib.suppress(OSError):
        for _ in range(count):
            free.append(_Spool(free))
    return free


@overload
def _chunks(items: Iterator[RawRecord], tail: int = 0) -> Iterator[list[RawRecord]]: ...
@overload
def _chunks(items: Iterator[RawRecord | LineRun], tail: int = 0) -> Iterator[Unit]: ...
def _chunks(items: Iterator[RawRecord | LineRun], tail: int = 0) -> Iterator[Unit]:
    """Records CHUNK_ROWS at a time, and each run of lines (reader.open_runs) as it is: the
    reader cut the last runs in pieces already. With `tail`, the last `tail` chunks' records
    in pieces a TAIL_PIECES-th of a chunk (TAIL_CHUNKS says why): the records are read `tail`
    chunks ahead, the end of the input being known only once read. The one place a batch
    is cut, for a pool and for one process alike."""
    held: deque[list[RawRecord]] = deque()
    current: list[RawRecord] = []
    size = 0
    for item in items:
        if isinstance(item, LineRun):
            yield from held
            held.clear()
            if current:
                yield current
                current = []
                size = 0
            yield item
            continue
        current.append(item)
        size += len(item.text)
        if len(current) == CHUNK_ROWS or size >= CHUNK_CHARS:
            held.append(current)
            current = []
            size = 0
            if len(held) > tail:
                yield held.popleft()
    if current:
        held.append(current)
        if len(held) > tail:
            yield held.popleft()
    rest = [r for c in held for r in c]
    step = max(1, CHUNK_ROWS // TAIL_PIECES)
    for i in range(0, len(rest), step):
        yield rest[i:i + step]


def _first_records(
    items: Iterator[RawRecord | LineRun], n: int
) -> tuple[list[RawRecord], Iterator[RawRecord | LineRun]]:
    """The first `n` records (a run among them read here), fewer if their text reaches a
    chunk's CHUNK_CHARS (wide rows), and the items after them."""
    first: list[RawRecord] = []
    size = 0
    for item in items:
        got = run_records(item) if isinstance(item, LineRun) else [item]
        room = n - len(first)
        for k, record in enumerate(got[:room]):
            size += len(record.text)
            if size >= CHUNK_CHARS:
                room = k + 1
                break
        first.extend(got[:room])
        if len(first) >= n or size >= CHUNK_CHARS:
            return first, itertools.chain(got[room:], items)
    return first, items


def _start_method() -> str:
    """fork where the platform has it: the workers inherit the main process's Assessor,
    warm (law files read and checked, rules compiled: ~0.2 s each otherwise); spawn elsewhere.
    multiprocessing offers fork everywhere but on Windows (its get_all_start_methods): asked
    so, a run in one process (every small file) does not import it."""
    return "spawn" if sys.platform == "win32" else "fork"


R = TypeVar("R")


def _pipeline(
    records: Iterator[RawRecord | LineRun], job: _Job, jobs: int, assessor: Assessor,
    work: Callable[[list[Packed] | LineRun, int], R], here: Callable[[list[RawRecord]], R],
    free: deque[_Spool] | None = None,
) -> Iterator[tuple[R, _Spool | None]]:
    """Each chunk's result, in input order, with the spool its worker was given (from
    `free`, if one was free: the caller gives it back): `work` in a worker process, or
    `here`, in this one. A chunk is records, or a run of lines (reader.LineRun) that the
    worker reads itself. If a worker process dies (the C engine can crash a process, not just raise), the
    chunks it held and everything after are done here in the main process: the batch
    goes on and no row is lost."""
    global _worker, _answers
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = _start_method()
    context = multiprocessing.get_context(method)
    pending: deque[tuple[Unit, Future[R], _Spool | None]] = deque()
    broken = False

    def finish(chunk: Unit, future: Future[R], spool: _Spool | None) -> tuple[R, _Spool | None]:
        nonlocal broken
        try:
            return _result(future, pool), spool
        except BrokenProcessPool:
            broken = True
            return here(_records_of(chunk)), spool

    quiet_gc()
    if method == "fork" and WARM_ROWS:
        # The first rows rendered here, before the fork (WARM_ROWS says why), without the
        # collector (collector_off); what they kept is frozen with the rest before the fork.
        with collector_off():
            first, records = _first_records(records, min(WARM_ROWS, CHUNK_ROWS))
            warm = here(first) if first else None
        if warm is not None:
            yield warm, None
            quiet_gc()
    _worker = assessor if method == "fork" else None
    # This batch's own log, closed at its end: the global is what the workers forked now
    # inherit, and another batch's generator, interleaved with this one, sets it to its own
    # (review 35a F1: its log was left open).
    log = _answers = AnswerLog.open() if method == "fork" else None
    pool: ProcessPoolExecutor | None = None
    try:
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(job,))
        _widen_call_pipe(pool)
        for chunk in _chunks(records, TAIL_CHUNKS):
            if not broken:
                try:
                    packed = chunk if isinstance(chunk, LineRun) else _pack(chunk)
                    spool = free.popleft() if free else None
                    with _signals_held():  # the first submit forks the workers
                        future = pool.submit(work, packed, -1 if spool is None else spool.fd)
                    pending.append((chunk, future, spool))
                except BrokenProcessPool:
                    broken = True
            if broken:  # the pool is gone: go on in this process
                while pending:
                    yield finish(*pending.popleft())
                yield here(_records_of(chunk)), None
                continue
            if len(pending) >= jobs * 2:
                yield finish(*pending.popleft())
        while pending:
            yield finish(*pending.popleft())
        if broken:  # its manager thread may wait for good (_result): not waited for
            _stop(pool)
        else:
            pool.shutdown(wait=True)
    except BaseException:
        # Stopped (SIGTERM, Ctrl-C, the reader gave up, an error): the chunks in the
        # workers are not waited for — the workers stop now, not after their chunks.
        if pool is not None:
            _stop(pool)
        raise
    finally:
        _worker = None
        if log is not None:
            log.close()
            if _answers is log:
                _answers = None


# A chunk of 2,000 realistic records is ~300 KB pickled; a pipe holds 64 KB. Through it, a
# chunk goes in five writes, each after the worker read the last and each by the main
# process's queue-feeding thread, which must first take the interpreter lock from the main
# thread (held while it cuts records: up to the 5 ms switch interval): the worker sleeps
# between (~3-15 ms a chunk, 0.1-0.3 s of a worker's ~9 s of a realistic 200k batch).
CALL_PIPE_BYTES = (1 << 20, 1 << 19, 1 << 18)


def _widen_call_pipe(pool: ProcessPoolExecutor) -> None:
    """The pipe that takes chunks to the workers made to hold a whole chunk where the
    platform lets it (Linux's F_SETPIPE_SZ, up to /proc/sys/fs/pipe-max-size: 1 MB by
    default), so that a chunk goes in one write. Else, or on a pool without that pipe, as it was."""
    import fcntl

    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    writer = getattr(getattr(pool, "_call_queue", None), "_writer", None)
    if setsize is None or writer is None:
        return
    for size in CALL_PIPE_BYTES:
        try:
            fcntl.fcntl(writer.fileno(), setsize, size)
            return
        except (OSError, ValueError, AttributeError):
            continue


def _parallel(
    records: Iterator[RawRecord | LineRun], plan: Plan, fmt: str, columns: list[str], as_of: date, jobs: int,
    assessor: Assessor,
) -> Iterator[Rendered]:
    def here(chunk: list[RawRecord]) -> list[Flat]:
        return _flat(_render_chunk(chunk, plan, fmt, columns, assessor, as_of))

    for rows, _ in _pipeline(records, _Job(plan, fmt, columns, as_of), jobs, assessor, _work, here):
        yield from _unflatten(rows)


# How often a wait for a worker's chunk looks whether the workers are still alive.
POLL_S = 0.5
_abandoned = False


def _result(future: Future[R], pool: ProcessPoolExecutor | None) -> R:
    """future.result(), ended by a worker that died. The pool notices a dead worker by
    itself only between messages: a worker killed while it sends a chunk back (the
    out-of-memory killer, kill -9) leaves half a message in the pipe, and the pool's
    manager thread waits for the rest for good, so this future would never end. A worker
    of this pool never exits while it runs (no task limit), so one with an exit code means
    the pool is broken."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    while True:
        try:
            return future.result(timeout=POLL_S)
        except FutureTimeout:
            processes = (getattr(pool, "_processes", None) or {}).values()
            if any(p.exitcode is not None for p in list(processes)):
                raise BrokenProcessPool("a worker process died") from None


def abandoned() -> bool:
    """Whether this process stopped a pool without waiting for it (_stop): its manager
    thread may be waiting for good for the rest of a dead worker's message, and the
    interpreter joins that thread at exit, so a CLI run then ends with os._exit once its
    output is written (cli.main)."""
    return _abandoned


def _stop(pool: ProcessPoolExecutor) -> None:
    global _abandoned
    _abandoned = True
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(5)


def _serial(
    records: Iterator[RawRecord | LineRun], plan: Plan, fmt: str, columns: list[str], as_of: date,
    assessor: Assessor,
) -> Iterator[Rendered]:
    for unit in _chunks(records):
        yield from _render_chunk(_records_of(unit), plan, fmt, columns, assessor, as_of)


_Out = TypeVar("_Out")


@contextlib.contextmanager
def _rendering(
    path: Path | str, fmt: str, as_of: date, encoding: str | None, jobs: int, assessor: Assessor | None,
    mapping: Mapping | None, parallel: Callable[..., Iterator[_Out]], serial: Callable[..., Iterator[_Out]],
) -> Iterator[tuple[list[str], Iterator[_Out]]]:
    """What rendered_file and rendered_blocks share: the input opened, its columns and the
    plan, an Assessor, and the rendering by `jobs` workers or in this process."""
    mapping = mapping or Mapping()
    opened: contextlib.AbstractContextManager[tuple[Layout, Iterator[RawRecord | LineRun]]]
    if jobs > 1 and _start_method() == "fork":  # forked workers can read runs of lines themselves
        opened = open_input_runs(path, encoding, mapping.sheet, mapping.rename, RUN_BYTES, TAIL_CHUNKS, TAIL_PIECES)
    elif jobs <= 1:
        # One process reads the runs of lines itself too (reader.run_records: the lines found
        # with str.find), where the text reader, the cutter and the repeated-header check cut
        # each record on its own: ~6k instructions a realistic row, ~4k a row saved (callgrind,
        # compiled, 20k rows: 7,396M -> 7,316M). The same records: open_runs passes a run only
        # where the cutter would cut it one a line.
        opened = open_input_runs(path, encoding, mapping.sheet, mapping.rename, RUN_BYTES)
    else:
        opened = open_input(path, encoding, mapping.sheet, mapping.rename)
    with opened as (layout, records):
        columns = input_columns(layout.written)
        plan = Plan(layout, mapping.for_header(layout.header))  # the workers get the header's look-alikes
        assessor = assessor or Assessor(as_of=as_of)
        if jobs > 1:
            yield columns, parallel(records, plan, fmt, columns, as_of, jobs, assessor)
        else:
            quiet_gc()
            with collector_off():
                yield columns, serial(records, plan, fmt, columns, as_of, assessor)


@contextlib.contextmanager
def rendered_file(
    path: Path | str, fmt: str, as_of: date, encoding: str | None = None, jobs: int = 1,
    assessor: Assessor | None = None, mapping: Mapping | None = None,
) -> Iterator[tuple[list[str], Iterator[Rendered]]]:
    """The input columns (for a CSV header) and the rendered rows, in input order."""
    with _rendering(path, fmt, as_of, encoding, jobs, assessor, mapping, _parallel, _serial) as (columns, stream):
        yield columns, _flag_duplicates(stream, fmt)


# -- blocks: a chunk's rows written out as one text ------------------------------------------
# For these formats a row's output is its text and a fixed separator (output.write), so a
# worker can write out a whole chunk: the main process then writes its texts in one call
# and adds one set of counters, instead of unpacking, writing and counting each of 2,000
# rows. What stays per row in the main process is the duplicate check, on a fingerprint
# the worker computed. The texts stay one string a row, as rendered: joined, one character
# beyond Latin-1 would make the whole chunk's string two or four bytes a character, and a
# copy of each with its line end would hold the chunk twice.
BLOCK_FORMATS = ("jsonl", "sdc", "csv", "csv-raw", "json")
def _serial_blocks(
    records: Iterator[RawRecord | LineRun], plan: Plan, fmt: str, columns: list[str], as_of: date,
    assessor: Assessor,
) -> Iterator[Block]:
    for unit in _chunks(records):
        yield _render_block(_records_of(unit), plan, fmt, columns, assessor, as_of, encoded=False)


def _parallel_blocks(
    records: Iterator[RawRecord | LineRun], plan: Plan, fmt: str, columns: list[str], as_of: date, jobs: int,
    assessor: Assessor,
) -> Iterator[Block]:
    # A forked worker's fingerprints can be keyed_fingerprint's (its hash key is the main
    # process's); a spawned one's must be the same in every process, and so must the main's.
    keyed = _start_method() == "fork"

    def here(chunk: list[RawRecord]) -> Block:
        return _render_block(chunk, plan, fmt, columns, assessor, as_of, keyed, encoded=False)

    free = _spools(2 * jobs + 1)  # every chunk in flight (_pipeline) and the one being written
    job = _Job(plan, fmt, columns, as_of, keyed)
    for b, spool in _pipeline(records, job, jobs, assessor, _work_block, here, free):
        if spool is not None:
            if b.spool == spool.fd:
                b = b._replace(keep=spool)
            else:  # done here, or its text could not be encoded: the spool was not used
                spool.release()
        yield b


@contextlib.contextmanager
def rendered_blocks(
    path: Path | str, fmt: str, as_of: date, encoding: str | None = None, jobs: int = 1,
    assessor: Assessor | None = None, mapping: Mapping | None = None,
) -> Iterator[tuple[list[str], Iterator[Block]]]:
    """rendered_file for the BLOCK_FORMATS, a chunk at a time: the same rows, duplicates
    flagged alike, in blocks."""
    if fmt not in BLOCK_FORMATS:
        raise ValueError(f"{fmt} is written row by row (rendered_file)")
    with _rendering(path, fmt, as_of, encoding, jobs, assessor, mapping, _parallel_blocks,
                    _serial_blocks) as (columns, stream):
        dup = Duplicates(expected_ids(path))
        yield columns, (_flag_block(b, fmt, dup) for b in stream)


def write_blocks(fmt: str, blocks: Iterable[Block], out: IO[str], columns: list[str], summary: Summary) -> None:
    """output.write for blocks: the same text, written a chunk at a time (the rows' texts
    with output.write's separators between them, in one writelines, or a worker's bytes as
    they are); each block's counters added to `summary`."""
    csv = fmt.startswith("csv")
    json = fmt == "json"
    raw = _raw_fd(out)
    if csv:
        out.write(csv_line([*columns, *ASSESSMENT_COLUMNS], fmt == "csv-raw"))
    elif json:
        out.write("[")
    first = True
    for b in blocks:
        texts = b.texts
        if b.rows:
            if json:
                out.write("\n" if first else ",\n")
            if not texts:
                _write_bytes(b, out, raw)
            elif csv:
                out.writelines(texts)
            elif json:
                pieces = [",\n"] * (2 * len(texts) - 1)
                pieces[::2] = texts
                out.writelines(pieces)
            else:  # jsonl, sdc: each row on its line
                pieces = ["\n"] * (2 * len(texts))
                pieces[::2] = texts
                out.writelines(pieces)
            first = False
        if isinstance(b.keep, _Spool):
            b.keep.release()
        summary.add_parts(b.summary)
    if json:
        out.write("]\n" if first else "\n]\n")


def _raw_fd(out: IO[str]) -> int | None:
    """The file descriptor under `out` if a block's bytes can go there as they are: a UTF-8
    text stream over a file, whose newlines are written as they are (POSIX: "\\n" stays
    "\\n", with newline="" or None). None for anything else (a StringIO): the bytes are
    decoded and written as text."""
    if os.linesep != "\n":
        return None
    try:
        fd = out.fileno()
        encoding = codecs.lookup(getattr(out, "encoding", None) or "").name
    except (OSError, ValueError, LookupError):
        return None
    return fd if encoding == "utf-8" and getattr(out, "buffer", None) is not None else None


# Errors of os.sendfile that say it cannot copy between these two files (an output opened
# with O_APPEND, a terminal, an old kernel): the bytes are then read and written.
_NO_SENDFILE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ESPIPE}


def _write_bytes(b: Block, out: IO[str], fd: int | None) -> None:
    if fd is None:
        out.write(spooled_bytes(b).decode("utf-8"))
        return
    out.flush()  # what was written as text goes first
    if b.spool < 0:
        out.buffer.write(b.data)  # type: ignore[attr-defined]
        return
    sent = 0
    while sent < b.size:
        try:
            n = os.sendfile(fd, b.spool, sent, b.size - sent)
        except OSError as exc:
            if exc.errno not in _NO_SENDFILE:
                raise
            out.buffer.write(spooled_bytes(b)[sent:])  # type: ignore[attr-defined]
            return
        if n == 0:
            raise OSError(f"a chunk's output ended after {sent} of {b.size} bytes")
        sent += n


def _cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        with contextlib.suppress(OSError):
            return max(1, len(affinity(0)))
    return os.cpu_count() or 1


def jobs_for(path: Path | str, requested: int | None = None) -> int:
    """Worker processes for a file: what was asked (default: every core), but never more
    than the cores — more processes only add memory and start-up — nor more than one per
    JOB_MIN_BYTES of input, so a small file or a pipe of unknown size does not fork a
    process per chunk. `--jobs 10000` must not fork 10,000 processes."""
    try:
        st = Path(path).stat()
        size: int | None = st.st_size if stat.S_ISREG(st.st_mode) else None
    except (OSError, ValueError):
        size = None
    least, each = ((PARALLEL_MIN_BYTES, JOB_MIN_BYTES) if _start_method() == "fork"
                   else (SPAWN_PARALLEL_MIN_BYTES, SPAWN_JOB_MIN_BYTES))
    by_size = 1 if size is None or size < least else max(1, size // each)
    wanted = _cores() if requested is None else max(1, requested)
    return max(1, min(wanted, _cores(), by_size))


def default_jobs(path: Path | str) -> int:
    return jobs_for(path, None)
