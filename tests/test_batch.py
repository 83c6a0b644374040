"""The batch path: order, duplicates, and the same output from one process or several."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from copyright_check import batch
from copyright_check.output import write

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
AS_OF = date(2026, 11, 24)


def _before_each_chunk(monkeypatch, before) -> None:  # type: ignore[no-untyped-def]
    """Calls before(records) ahead of each chunk's rendering, wherever it runs: in
    batch._render_chunk, and in batch._render_block for a format it renders without
    _render_chunk (chunkwork.BYTES_FORMATS). Both are replaced in a forked worker too."""
    from copyright_check.chunkwork import BYTES_FORMATS

    chunk, block = batch._render_chunk, batch._render_block

    def on_chunk(records, *args):  # type: ignore[no-untyped-def]
        before(records)
        return chunk(records, *args)

    def on_block(records, plan, fmt, *args, **kwargs):  # type: ignore[no-untyped-def]
        if fmt in BYTES_FORMATS:
            before(records)
        return block(records, plan, fmt, *args, **kwargs)

    monkeypatch.setattr(batch, "_render_chunk", on_chunk)
    monkeypatch.setattr(batch, "_render_block", on_block)


def _run(path: Path, fmt: str, jobs: int) -> str:
    import io

    out = io.StringIO()
    with batch.rendered_file(path, fmt, AS_OF, jobs=jobs) as (columns, rows):
        for _ in write(fmt, rows, out, columns):
            pass
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_worker_processes_give_the_same_output_in_the_same_order(monkeypatch, fmt: str) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)  # several chunks in flight
    assert _run(EXAMPLE, fmt, jobs=2) == _run(EXAMPLE, fmt, jobs=1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_duplicate_ids_are_all_assessed_and_flagged(tmp_path: Path, jobs: int) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("id,origin_country,depicted_type\nA,SE,none\nB,SE,none\nA,SE,none\n", "utf-8")
    lines = [json.loads(line) for line in _run(path, "jsonl", jobs).splitlines()]
    assert [d["id"] for d in lines] == ["A", "B", "A"]
    assert not any("duplicate" in e["message"] for e in lines[0]["errors"])
    assert any("duplicate" in e["message"] for e in lines[2]["errors"])


@pytest.mark.parametrize("jobs", [1, 2])
def test_ids_that_differ_only_in_case_are_one_id(tmp_path: Path, jobs: int) -> None:
    # Review 26b F1: an upload script that keeps each image as images/<id>.jpg (README's
    # examples/upload_with_pywikibot.py) finds one file for "D1" and "d1" on Windows and macOS, whose
    # file names ignore case: both rows got a page, one record's image under the other's licence.
    path = tmp_path / "dup.csv"
    path.write_text("id,origin_country,depicted_type\nD1,SE,none\nd1,SE,none\nÅs-1,SE,none\nås-1,SE,none\n", "utf-8")
    lines = [json.loads(line) for line in _run(path, "jsonl", jobs).splitlines()]
    assert [d["id"] for d in lines] == ["D1", "d1", "Ås-1", "ås-1"]
    flagged = [any("duplicate" in e["message"] for e in d["errors"]) for d in lines]
    assert flagged == [False, True, False, True]


def _run_blocks(path: Path, fmt: str, jobs: int) -> tuple[str, str]:
    import io

    from copyright_check.summary import Summary

    out, summary = io.StringIO(), Summary()
    with batch.rendered_blocks(path, fmt, AS_OF, jobs=jobs) as (columns, blocks):
        batch.write_blocks(fmt, blocks, out, columns, summary)
    return out.getvalue(), json.dumps(summary.to_json(AS_OF.year))  # in its order: ties in most_common


def _run_rows_with_summary(path: Path, fmt: str) -> tuple[str, str]:
    import io

    from copyright_check.summary import Summary

    out, summary = io.StringIO(), Summary()
    with batch.rendered_file(path, fmt, AS_OF, jobs=1) as (columns, rows):
        for r in write(fmt, rows, out, columns):
            summary.add_digest(r.digest, r.has_errors)
    return out.getvalue(), json.dumps(summary.to_json(AS_OF.year))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("fmt", batch.BLOCK_FORMATS)
def test_a_chunk_written_as_one_block_gives_the_rows_bytes_and_summary(
        monkeypatch, tmp_path: Path, fmt: str, jobs: int) -> None:
    # The CLI writes these formats a chunk at a time (batch.Block): the same bytes, duplicate
    # ids flagged alike (in the first chunk and across chunks), the same summary counters.
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    path = tmp_path / "dups.csv"
    path.write_text("".join([*lines, lines[3], lines[1], *lines[4:9], lines[3]]), "utf-8")
    monkeypatch.setattr(batch, "CHUNK_ROWS", 7)  # several chunks, a duplicate in one and across them
    blocks = _run_blocks(path, fmt, jobs)
    assert blocks == _run_rows_with_summary(path, fmt)
    assert "duplicate id" in blocks[0]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_batch_without_rows_is_written_alike_in_blocks(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(EXAMPLE.read_text("utf-8").splitlines(keepends=True)[0], "utf-8")
    assert _run_blocks(path, fmt, 1) == _run_rows_with_summary(path, fmt)


def test_an_interrupted_write_leaves_no_output_file(tmp_path: Path) -> None:
    from copyright_check.output import open_output

    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError), open_output(target) as out:
        out.write("[{\"id\": \"1\"")
        raise RuntimeError("killed half-way")
    assert not target.exists() and not list(tmp_path.iterdir())


def test_an_engine_failure_on_one_row_is_that_rows_review_not_the_batchs_end(monkeypatch) -> None:
    import durable_rules_engine  # type: ignore[import-not-found]

    from copyright_check import Assessor
    from copyright_check.engine import EngineError

    assessor = Assessor(as_of=AS_OF)
    origin = assessor._engine._names["origin"]  # the fact's name in the events
    real = durable_rules_engine.assert_event

    def assert_event(handle, event):  # type: ignore[no-untyped-def]
        # A failure inside durable-rules' core, half-way through a question (the event is in).
        result = real(handle, event)
        if json.loads(event).get(origin) == "unsupported":
            raise EngineError("simulated failure")
        return result

    monkeypatch.setattr(durable_rules_engine, "assert_event", assert_event)
    rows = [{"id": "1", "origin_country": "SE", "depicted_type": "none"},
            {"id": "2", "origin_country": "AQ", "depicted_type": "none"},
            {"id": "3", "origin_country": "SE", "depicted_type": "none"}]
    results = [assessor.assess(r) for r in rows]
    assert [a.id for a in results] == ["1", "2", "3"]
    assert results[1].verdict.value == "needs_review"
    assert any("simulated failure" in e.message for e in results[1].errors)
    assert results[2].verdict.value != "needs_review" or not results[2].errors


@pytest.mark.parametrize("row", ["EX-010", "EX-XK-1"])  # the first chunk after the fork; the last piece
def test_a_worker_process_that_dies_loses_no_row(monkeypatch, row: str) -> None:
    # A C-level crash kills the worker outright; the main process takes over, in a whole
    # chunk or in one of the last pieces (batch.TAIL_CHUNKS).
    import os

    def crashing(records):  # type: ignore[no-untyped-def]
        if os.getpid() != parent and any(r.text.startswith(row + ",") for r in records):
            os._exit(1)

    parent = os.getpid()
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    _before_each_chunk(monkeypatch, crashing)
    assert _run(EXAMPLE, "jsonl", jobs=2) == _run(EXAMPLE, "jsonl", jobs=1)
    assert _run_blocks(EXAMPLE, "jsonl", jobs=2) == _run_rows_with_summary(EXAMPLE, "jsonl")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(p) for p in path.read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads worker processes from /proc")
def test_sigterm_during_a_parallel_run_stops_the_workers_and_removes_the_temporary_file(tmp_path: Path) -> None:
    # The CLI's exit code for a signal is 128 + its number, with the output's temporary file
    # removed; the worker processes stop with it, not after their chunks.
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.csv"
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    with big.open("w", encoding="utf-8") as f:
        f.write(lines[0])
        i = 0
        while f.tell() < max(batch.PARALLEL_MIN_BYTES + batch.JOB_MIN_BYTES, 4_000_000):  # long enough to stop
            f.writelines(line.replace("EX-", f"EX{i}-", 1) for line in lines[1:])
            i += 1
    assert batch.jobs_for(big, 2) == 2
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "copyright_check.cli", "assess", str(big), "--format",
                             "jsonl", "--jobs", "2", "-o", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while len(workers := _children(proc.pid)) < 2 or not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be stopped"
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


def test_the_collector_is_off_while_a_batch_renders_and_back_on_after() -> None:
    # batch.collector_off: a library caller's process gets its collector back.
    import gc

    assert gc.isenabled()
    with batch.rendered_file(EXAMPLE, "jsonl", AS_OF, jobs=1) as (_columns, rows):
        next(rows)
        assert not gc.isenabled()
        for _ in rows:
            pass
    assert gc.isenabled()


_HALF_SENT = r'''
import os, struct, sys
from copyright_check import batch, cli

real = batch._render_block
parent = os.getpid()


def dies_while_sending(records, *args, **kwargs):
    # As a worker killed while it sends its chunk back: the length of a long message and a
    # few bytes of it in the result pipe, then the process is gone. (jsonl: a block at a
    # time, batch._render_block.)
    if os.getpid() != parent and any("EX-010" in r.text for r in records):
        frame = sys._getframe()
        while frame is not None and frame.f_code.co_name != "_process_worker":
            frame = frame.f_back
        writer = frame.f_locals["result_queue"]._writer
        os.write(writer.fileno(), struct.pack("!i", 1_000_000) + b"half")
        os._exit(9)
    return real(records, *args, **kwargs)


batch._render_block = dies_while_sending
batch.CHUNK_ROWS = 5
batch.PARALLEL_MIN_BYTES = batch.JOB_MIN_BYTES = 1  # two workers for the small example file
batch._cores = lambda: 2
sys.argv = ["copyright-check", "assess", sys.argv[1], "--format", "jsonl", "--jobs", "2", "-q",
            "--as-of", "2026-11-24", "-o", sys.argv[2]]
cli.main()
'''


def test_a_worker_that_dies_while_sending_its_chunk_back_does_not_stop_the_batch(tmp_path: Path) -> None:
    # A worker killed mid-message (the out-of-memory killer, kill -9) left the pool's manager
    # thread waiting for the rest for good: the run never ended (the session's review: 2 of
    # ~50 kills). The main process must notice the dead worker, assess its rows itself, and
    # end: every row once, in order, as with --jobs 1.
    import subprocess
    import sys

    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-c", _HALF_SENT, str(EXAMPLE), str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_text("utf-8") == _run(EXAMPLE, "jsonl", jobs=1)


def _write_to_file(path: Path, fmt: str, jobs: int, target: Path, keep_all: bool = False) -> bytes:
    from copyright_check.summary import Summary

    with batch.rendered_blocks(path, fmt, AS_OF, jobs=jobs) as (columns, blocks), \
            target.open("w", encoding="utf-8", newline="") as out:
        batch.write_blocks(fmt, list(blocks) if keep_all else blocks, out, columns, Summary())
    return target.read_bytes()


@pytest.mark.parametrize("fmt", batch.BLOCK_FORMATS)
def test_a_workers_chunk_goes_to_a_file_as_the_bytes_it_wrote(monkeypatch, tmp_path: Path, fmt: str) -> None:
    # Written to a file, a worker's chunk goes as bytes (from its spool with os.sendfile, or
    # through the pipe): the same bytes as one process writes, a repeated id flagged in them
    # (in one chunk and across two), the rows in order.
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    path = tmp_path / "dups.csv"
    path.write_text("".join([*lines, lines[3], lines[1], *lines[4:9], lines[3]]), "utf-8")
    monkeypatch.setattr(batch, "CHUNK_ROWS", 7)
    alone = _write_to_file(path, fmt, 1, tmp_path / "one")
    assert _write_to_file(path, fmt, 2, tmp_path / "two") == alone
    assert b"duplicate id" in alone


def test_blocks_kept_before_they_are_written_keep_their_own_bytes(monkeypatch, tmp_path: Path) -> None:
    # A spool is written again only once its block was written: a caller that keeps every
    # block first (more than there are spools) still writes each chunk's own rows.
    monkeypatch.setattr(batch, "CHUNK_ROWS", 3)
    alone = _write_to_file(EXAMPLE, "jsonl", 1, tmp_path / "one")
    assert _write_to_file(EXAMPLE, "jsonl", 2, tmp_path / "two", keep_all=True) == alone


@pytest.mark.skipif(not hasattr(__import__("os"), "memfd_create"), reason="spools are memfds")
def test_a_forked_workers_chunk_comes_back_in_a_spool_not_in_the_pipe(monkeypatch, tmp_path: Path) -> None:
    # What the spool is for: the chunk's bytes are not in the message from the worker.
    seen: list[tuple[int, bytes]] = []
    real = batch.write_blocks

    def spy(fmt, blocks, out, columns, summary):  # type: ignore[no-untyped-def]
        def noted():  # type: ignore[no-untyped-def]
            for b in blocks:
                seen.append((b.spool, b.data))
                yield b
        real(fmt, noted(), out, columns, summary)

    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    monkeypatch.setattr(batch, "write_blocks", spy)
    alone = _write_to_file(EXAMPLE, "jsonl", 1, tmp_path / "one")
    seen.clear()
    assert _write_to_file(EXAMPLE, "jsonl", 2, tmp_path / "two") == alone
    # The first rows are rendered in the main process before the fork (batch.WARM_ROWS).
    assert len(seen) > 2 and all(spool >= 0 and data == b"" for spool, data in seen[1:])


def test_a_forked_pools_first_rows_are_rendered_before_the_fork_so_the_workers_inherit_them_warm(
        monkeypatch, tmp_path: Path) -> None:
    # batch.WARM_ROWS: what a batch's first rows load (vocabularies, templates, the data store)
    # is loaded once, in the main process, and inherited by each worker, not loaded in each.
    import os

    where: list[tuple[int, int, int]] = []  # (first line of the chunk, its records, process)

    def noted(records):  # type: ignore[no-untyped-def]
        where.append((records[0].line, len(records), os.getpid()))

    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    monkeypatch.setattr(batch, "WARM_ROWS", 3)
    _before_each_chunk(monkeypatch, noted)
    alone = _write_to_file(EXAMPLE, "jsonl", 1, tmp_path / "one")
    where.clear()
    assert _write_to_file(EXAMPLE, "jsonl", 2, tmp_path / "two") == alone
    # Only what ran here is noted (a worker's list is its own copy): the first rows, no others.
    assert where == [(2, 3, os.getpid())]


def _noted_here(monkeypatch) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(first line, records) of each chunk rendered in this process (a worker's list is its own copy)."""
    import os

    parent = os.getpid()
    where: list[tuple[int, int]] = []

    def noted(records):  # type: ignore[no-untyped-def]
        if os.getpid() == parent:
            where.append((records[0].line, len(records)))

    _before_each_chunk(monkeypatch, noted)
    return where


def test_a_file_of_fewer_rows_than_the_warm_rows_is_written_once_in_order_without_a_worker(
        monkeypatch, tmp_path: Path) -> None:
    # batch.WARM_ROWS: a file shorter than the rows rendered before the fork is all rendered
    # there, once; no chunk is left for a worker, and every row is written once, in order.
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    path = tmp_path / "short.csv"
    path.write_text("".join(lines[:11]), "utf-8")
    alone = _write_to_file(path, "jsonl", 1, tmp_path / "one")
    where = _noted_here(monkeypatch)
    assert _write_to_file(path, "jsonl", 2, tmp_path / "two") == alone
    assert where == [(2, 10)]
    assert [json.loads(line)["id"] for line in alone.decode("utf-8").splitlines()] == \
        [line.split(",")[0] for line in lines[1:11]]


# Rows the cutter and the reader mark: a short row, a row with a cell too many, a blank line,
# a cell so long the cutter keeps only its start (a record with notes: sent to a worker as
# itself, not packed), a quote never closed (read without quoting; the lines after it cut
# again). The rest of the file holds no quote, so that the quote is never closed.
_SHORT = "EX-D1,Short row,Oscar Halldin\n"
_LONG = "EX-D2,Too many cells,,,,no,1920,1925,SE,photographic_work,PDM,,SE,building,,,,,,,extra,extra\n"
_HUGE = "EX-D4," + "x" * 70_000 + ",Oscar Halldin,1948,1873,no,ca. 1920,1925,SE\n"
_UNCLOSED = 'EX-D3,"Unclosed quote,Oscar Halldin,1948,1873,no,ca. 1920,1925,SE,photographic_work,PDM\n'


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "wikitext"])
def test_damaged_short_and_repeated_rows_before_and_after_the_fork_are_written_as_one_process_writes_them(
        monkeypatch, tmp_path: Path, fmt: str) -> None:
    # Every input row appears in the output exactly once, in order, with its per-row error,
    # whether it was rendered before the fork (batch.WARM_ROWS) or in a worker; a repeated id
    # is flagged across the two.
    lines = [line for line in EXAMPLE.read_text("utf-8").splitlines(keepends=True) if '"' not in line]
    first, second = lines[1:3]
    body = [first, _SHORT, "\n", _UNCLOSED, second, *lines[3:12], _SHORT, _LONG, "\n", _HUGE, first, second]
    path = tmp_path / "damaged.csv"
    path.write_text("".join([lines[0], *body]), "utf-8")
    monkeypatch.setattr(batch, "WARM_ROWS", 6)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 4)  # the warm rows: the first four records
    if fmt in batch.BLOCK_FORMATS:
        alone = _write_to_file(path, fmt, 1, tmp_path / "one")
        where = _noted_here(monkeypatch)
        assert _write_to_file(path, fmt, 2, tmp_path / "two") == alone
        text = alone.decode("utf-8")
    else:
        text = _run(path, fmt, 1)
        where = _noted_here(monkeypatch)
        assert _run(path, fmt, 2) == text
    assert where == [(2, 4)]  # the rest went to the workers
    for rid in ("EX-D1", "EX-D2", "EX-D3", "EX-D4", "duplicate id"):
        assert rid in text


def test_a_spreadsheets_rows_before_and_after_the_fork_are_written_as_one_process_writes_them(
        monkeypatch, tmp_path: Path) -> None:
    # An .xlsx export's records come from the sheet, not the CSV cutter: the same rows, once,
    # in order, the first ones rendered before the fork (batch.WARM_ROWS), a repeat flagged.
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    rows = list(csv.reader(EXAMPLE.read_text("utf-8").splitlines()))
    for row in [*rows[:30], rows[2], *rows[30:40], rows[5]]:
        book.active.append(row)
    path = tmp_path / "export.xlsx"
    book.save(path)
    monkeypatch.setattr(batch, "WARM_ROWS", 3)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    alone = _write_to_file(path, "jsonl", 1, tmp_path / "one")
    where = _noted_here(monkeypatch)
    assert _write_to_file(path, "jsonl", 2, tmp_path / "two") == alone
    assert where == [(2, 3)]
    assert len(alone.decode("utf-8").splitlines()) == 41 and b"duplicate id" in alone


def test_a_pools_last_chunks_go_in_pieces_so_that_the_workers_end_together(monkeypatch) -> None:
    # batch.TAIL_CHUNKS: a worker that ends first takes the other's share of the last rows.
    from copyright_check.reader import RawRecord

    monkeypatch.setattr(batch, "CHUNK_ROWS", 16)

    def records(n: int) -> list[RawRecord]:
        return [RawRecord(i + 2, f"id-{i},x\n") for i in range(n)]

    chunks = list(batch._chunks(iter(records(40)), tail=2))
    assert [r for c in chunks for r in c] == records(40)  # every record once, in order
    assert [len(c) for c in chunks] == [16, *[2] * 12]
    assert [len(c) for c in batch._chunks(iter(records(40)))] == [16, 16, 8]  # one process: whole chunks
    assert [len(c) for c in batch._chunks(iter(records(10)), tail=2)] == [2] * 5


def test_runs_of_lines_are_handed_out_as_they_are_between_chunks_of_records(monkeypatch) -> None:
    # reader.open_runs: the records read before a run (the first lines) go out before it,
    # whole, and a run is never cut again nor held back (the reader cut the last ones in pieces).
    from copyright_check.reader import LineRun, RawRecord

    monkeypatch.setattr(batch, "CHUNK_ROWS", 16)
    first = [RawRecord(i + 2, f"id-{i},x\n") for i in range(20)]
    runs = [LineRun(3, 100 * k, 100, 22 + 10 * k) for k in range(3)]
    after = [RawRecord(52 + i, f"id-{50 + i},x\n") for i in range(5)]
    units = list(batch._chunks(iter([*first, *runs, *after]), tail=2))
    assert units == [first[:16], first[16:], *runs, *[after[i:i + 2] for i in range(0, 5, 2)]]


@pytest.mark.skipif(not hasattr(__import__("fcntl"), "F_GETPIPE_SZ"), reason="Linux pipes only")
def test_the_pipe_to_the_workers_holds_a_whole_chunk() -> None:
    # batch.CALL_PIPE_BYTES: a chunk (~300 KB) goes in one write, not five a worker waits between.
    import fcntl
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(1)
    try:
        batch._widen_call_pipe(pool)
        size = fcntl.fcntl(pool._call_queue._writer.fileno(), fcntl.F_GETPIPE_SZ)  # type: ignore[attr-defined]
        assert size >= min(batch.CALL_PIPE_BYTES) > 64 * 1024
    finally:
        pool.shutdown()


def test_standard_input_is_assessed_in_one_process_whatever_jobs_are_asked() -> None:
    # Its size is unknown and it cannot be read twice: no pool, no rows rendered before a fork.
    assert batch.jobs_for("-", 8) == 1


def test_a_spawned_workers_chunk_comes_back_as_bytes_in_its_message(monkeypatch, tmp_path: Path) -> None:
    # A spawned worker (the platforms without fork) inherits no spool: its chunk's bytes come
    # back in the message and are written as they are, the same bytes as one process writes.
    # Its ids' fingerprints are Duplicates.fingerprint's, the same in every process (a spawned
    # process hashes a str with a key of its own): a repeated id is flagged across its chunks.
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    path = tmp_path / "dups.csv"
    path.write_text("".join([*lines, lines[3], lines[1], *lines[4:9], lines[3]]), "utf-8")
    monkeypatch.setattr(batch, "_start_method", lambda: "spawn")
    monkeypatch.setattr(batch, "CHUNK_ROWS", 7)  # several chunks, in both workers
    alone = _write_to_file(path, "json", 1, tmp_path / "one")
    assert _write_to_file(path, "json", 2, tmp_path / "two") == alone
    assert b"duplicate id" in alone


def test_repeated_ids_are_found_by_fingerprint_within_a_block_across_blocks_and_past_the_tables_growth() -> None:
    # Every input row appears once in the output; a repeated id is flagged, never missed:
    # the main process finds repeats on the fingerprints each worker computed (chunkwork.Duplicates).
    from array import array

    from copyright_check.chunkwork import Duplicates

    def fps(ids: list[str]) -> bytes:
        return array("Q", map(Duplicates.fingerprint, ids)).tobytes()

    dup = Duplicates()
    assert dup.repeated(fps(["A", "B", "A", "", ""])) == [2]  # a row without an id is never a repeat
    assert dup.repeated(fps(["C", "B"])) == [1]
    many = [f"ID-{i}" for i in range(5000)]  # the table (1,024 slots at first) grows several times
    assert dup.repeated(fps(many)) == []
    assert dup.repeated(fps([*reversed(many), "A", "D"])) == list(range(5001))
    # Grown at once to the size the guess of the batch's rows needs (chunkwork.expected_ids),
    # and on past it when the batch is longer: the same repeats found.
    for expected in (0, 100, 3000, 10**9):
        sized = Duplicates(expected)
        assert sized.repeated(fps(["A", "B", "A", ""])) == [2]
        assert sized.repeated(fps(many)) == []
        assert sized.repeated(fps([*reversed(many), "B", "D"])) == list(range(5001))


def test_the_duplicate_table_is_made_big_only_after_a_forked_pools_workers_are_forked(tmp_path: Path) -> None:
    # 1M rows in at most 300 MB of all processes (issue #14): a table made before the fork
    # would be counted again in each worker. The main process checks its warm rows (fewer than
    # the 512 ids of the first growth) before it forks; only that growth makes the big table.
    from array import array

    from copyright_check.batch import WARM_ROWS
    from copyright_check.chunkwork import ROW_BYTES, Duplicates, expected_ids

    assert WARM_ROWS < 768  # three quarters of the table's first 1,024 slots
    dup = Duplicates(10**12)
    dup.repeated(array("Q", map(Duplicates.fingerprint, [f"W-{i}" for i in range(WARM_ROWS)])).tobytes())
    assert len(dup._slots) == 1024  # type: ignore[attr-defined]
    dup.repeated(array("Q", map(Duplicates.fingerprint, [f"R-{i}" for i in range(1000)])).tobytes())
    assert len(dup._slots) == 1 << 22  # type: ignore[attr-defined]  # never over 32 MB, whatever the guess
    path = tmp_path / "rows.csv"
    path.write_bytes(b"x" * (ROW_BYTES * 1000))
    assert expected_ids(path) == 1000
    assert expected_ids(tmp_path / "missing.csv") == 0
    assert expected_ids(tmp_path) == 0  # a directory (or a pipe, a device) says nothing


def test_the_duplicate_table_of_a_million_row_file_is_16_mb_not_32() -> None:
    # 1M rows in at most 300 MB of all processes (issue #14): the table is filled to three
    # quarters at most (chunkwork.Duplicates), so the guess for a generated 1M-row realistic
    # file (158 MB, 1.23M ids by expected_ids) makes it 2M slots of 8 bytes, not 4M; a
    # million ids fill it to 48 % without another growth, and every repeat is still found.
    from array import array

    from copyright_check.chunkwork import ROW_BYTES, Duplicates

    dup = Duplicates(158_000_000 // ROW_BYTES)
    ids = array("Q", map(Duplicates.fingerprint, [f"R-{i}" for i in range(1_000_000)])).tobytes()
    assert dup.repeated(ids) == []
    assert len(dup._slots) == 1 << 21  # type: ignore[attr-defined]
    assert dup.repeated(array("Q", map(Duplicates.fingerprint, ["R-999999", "R-0", "S"])).tobytes()) == [0, 1]
    assert len(dup._slots) == 1 << 21  # type: ignore[attr-defined]
    # Three quarters full, it grows four times over, as before, and forgets nothing.
    small = Duplicates()
    first = [f"F-{i}" for i in range(768)]
    assert small.repeated(array("Q", map(Duplicates.fingerprint, first)).tobytes()) == []
    assert len(small._slots) == 1024  # type: ignore[attr-defined]
    assert small.repeated(array("Q", map(Duplicates.fingerprint, ["F-769", "F-5"])).tobytes()) == [1]
    assert len(small._slots) == 4096  # type: ignore[attr-defined]


def _quote_free(tmp_path: Path, repeat: int = 6) -> Path:
    """The example batch without its quoted lines, several times over (ids repeated: flagged),
    so that a forked pool hands it out in runs of lines (reader.open_runs)."""
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    body = [line for line in lines[1:] if '"' not in line]
    path = tmp_path / "plain.csv"
    path.write_text(lines[0] + "".join(body * repeat), "utf-8")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "wikitext"])
def test_runs_of_lines_the_workers_read_themselves_give_one_processs_output(
        monkeypatch, tmp_path: Path, fmt: str) -> None:
    # batch.RUN_BYTES: the main process hands out where lines are, not their text; every row
    # once, in order, duplicates flagged across runs and the main process's first rows.
    from copyright_check.reader import LineRun
    from copyright_check.sources import open_input_runs

    path = _quote_free(tmp_path)
    monkeypatch.setattr(batch, "RUN_BYTES", 2000)
    with open_input_runs(path, run_bytes=2000, tail_runs=2, tail_pieces=8) as (_, items):
        assert sum(isinstance(i, LineRun) for i in items) > 10
    if fmt in batch.BLOCK_FORMATS:
        assert _write_to_file(path, fmt, 2, tmp_path / "two") == _write_to_file(path, fmt, 1, tmp_path / "one")
    assert _run(path, fmt, 2) == _run(path, fmt, 1)


def test_damage_after_the_runs_is_read_the_careful_way_and_written_in_order(monkeypatch, tmp_path: Path) -> None:
    path = _quote_free(tmp_path)
    text = path.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    lines[len(lines) // 2:len(lines) // 2] = [_SHORT, _UNCLOSED, "\n", _LONG, lines[0], _HUGE]
    path.write_text("".join(lines), "utf-8")
    monkeypatch.setattr(batch, "RUN_BYTES", 3000)
    assert _write_to_file(path, "jsonl", 2, tmp_path / "two") == _write_to_file(path, "jsonl", 1, tmp_path / "one")


def test_a_worker_that_dies_on_a_run_of_lines_loses_no_row(monkeypatch, tmp_path: Path) -> None:
    # The run it held is read and rendered in the main process, and everything after it.
    import os

    path = _quote_free(tmp_path)
    parent = os.getpid()
    victim = path.read_text("utf-8").splitlines()[150].split(",")[0]

    def crashing(records):  # type: ignore[no-untyped-def]
        if os.getpid() != parent and any(r.text.startswith(victim + ",") for r in records):
            os._exit(1)

    monkeypatch.setattr(batch, "RUN_BYTES", 2000)
    _before_each_chunk(monkeypatch, crashing)
    assert _run_blocks(path, "jsonl", jobs=2) == _run_rows_with_summary(path, "jsonl")


def test_a_library_callers_collector_runs_less_often_while_a_file_is_assessed_and_as_before_after() -> None:
    # batch.collections_rarer: young collections every 50,000 objects kept, not 700, while the
    # rows come (the collector stays on: the caller's code runs between rows); as before after.
    import gc

    before = gc.get_threshold()  # an earlier test's batch may have left BATCH_THRESHOLDS (quiet_gc)
    gc.set_threshold(700, 10, 10)  # CPython's own
    try:
        rows = batch.assess_file(EXAMPLE, None, AS_OF)
        next(rows)
        assert gc.get_threshold() == batch.BATCH_THRESHOLDS and gc.isenabled()
        for _ in rows:
            pass
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
