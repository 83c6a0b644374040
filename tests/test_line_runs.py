"""Runs of lines a forked worker reads itself give the records the careful reader gives.

With worker processes, the main process hands out a CSV file's lines by where they are in
the file (reader.open_runs, reader.LineRun) wherever each line is provably one record as the
cutter cuts it, and reads the rest the careful way (records_cut.Cutter, header_repeats). Every
input row must still appear once, in order, with the same line number, text and notes
(RECORDS.md: every input row in the output exactly once, in order; bad input gives a
per-row error): these tests put every kind of damage the careful reader handles among clean
lines and compare the two, record for record.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copyright_check.reader import LineRun, open_records, open_runs, run_records
from copyright_check.records_cut import PIECE

HEADER = "id,title,photographer,photographer_death_year,origin_country\r\n"
CLEAN = "B-{n},Photo {n} of Riksantikvarieämbetet,Karin Nieminen,1931,SE\r\n"
# What makes a line more than one record, or a record the careful reader marks or changes.
DAMAGE = {
    "quoted cell over two lines": 'B-q,"Photo\r\nsecond line",Karin Nieminen,1931,SE\r\n',
    "quote never closed": 'B-u,"Photo,Karin Nieminen,1931,SE\r\n',
    "well-formed quotes": 'B-w,"Photo, with a comma",Karin Nieminen,1931,SE\r\n',
    "NUL byte": "B-n,Photo \x00,Karin Nieminen,1931,SE\r\n",
    "lone carriage return": "B-r,Photo\rmore,Karin Nieminen,1931,SE\r\n",
    "line feed only": "B-l,Photo,Karin Nieminen,1931,SE\n",
    "byte order mark in a cell": "B-b,\ufeffPhoto,Karin Nieminen,1931,SE\r\n",
    "header repeated": HEADER,
    "header repeated with other columns": "id,photographer,title\r\n",
    "header run into a line": "B-g,Photo,Karin Nieminen,1931,SEid,title,photographer\r\n",
    "header in capitals": "ID,TITLE,PHOTOGRAPHER,PHOTOGRAPHER_DEATH_YEAR,ORIGIN_COUNTRY\r\n",
    "blank line": "\r\n",
    "line longer than a piece": "B-x," + "y" * (PIECE + 10) + ",Karin Nieminen,1931,SE\r\n",
}


def _write(tmp_path: Path, data: bytes, name: str = "export.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


Records = list[tuple[int, str, bool, tuple[str, ...]]]


def _careful(path: Path) -> Records:
    with open_records(path) as (_, records):
        return [(r.line, r.text, r.unclosed, r.notes) for r in records]


def _by_runs(path: Path, run_bytes: int, tail_runs: int = 2) -> tuple[Records, int]:
    got: Records = []
    runs = 0
    with open_runs(path, None, run_bytes=run_bytes, tail_runs=tail_runs, tail_pieces=4) as (_, items):
        for item in items:
            records = run_records(item) if isinstance(item, LineRun) else [item]
            runs += isinstance(item, LineRun)
            got.extend((r.line, r.text, r.unclosed, r.notes) for r in records)
    return got, runs


def test_a_clean_export_is_handed_out_in_runs_that_give_its_records(tmp_path: Path) -> None:
    path = _write(tmp_path, (HEADER + "".join(CLEAN.format(n=n) for n in range(500))).encode())
    for run_bytes in (1, 100, 3000, 300_000):
        got, runs = _by_runs(path, run_bytes)
        assert got == _careful(path)
        assert runs > 0 or run_bytes == 300_000  # the whole file fits in the lines read for its header


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_after_the_first_runs_is_read_the_careful_way_from_its_run_on(tmp_path: Path, damage: str) -> None:
    lines = [CLEAN.format(n=n) for n in range(300)]
    lines[150] = DAMAGE[damage]
    path = _write(tmp_path, (HEADER + "".join(lines)).encode())
    for run_bytes in (1, 500, 4000):
        got, runs = _by_runs(path, run_bytes)
        assert got == _careful(path), (damage, run_bytes)
        assert runs > 0


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_among_the_lines_read_for_the_header_keeps_the_file_on_the_careful_way(
    tmp_path: Path, damage: str
) -> None:
    lines = [CLEAN.format(n=n) for n in range(300)]
    lines[2] = DAMAGE[damage]
    path = _write(tmp_path, (HEADER + "".join(lines)).encode())
    got, _ = _by_runs(path, 500)
    assert got == _careful(path)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + HEADER.encode() + b"".join(CLEAN.format(n=n).encode() for n in range(200)),  # BOM
        ("Export 2024-03-01\r\n" + HEADER + "".join(CLEAN.format(n=n) for n in range(200))).encode(),  # a title
        ("sep=;\r\n" + HEADER.replace(",", ";") + "".join(CLEAN.format(n=n).replace(",", ";")
                                                           for n in range(200))).encode(),
        (HEADER + "".join(CLEAN.format(n=n) for n in range(200))).encode()[:-2],  # no final line break
        (HEADER + "".join(CLEAN.format(n=n) for n in range(200))).encode("cp1252"),  # not UTF-8
        (HEADER + "".join(CLEAN.format(n=n) for n in range(200))).encode() + b"B-z,\xff\xfe bad,x,1931,SE\r\n"
        + b"".join(CLEAN.format(n=n).encode() for n in range(200, 300)),  # undecodable bytes
        # the id column not first: its name as a whole cell repeats the header
        ("title,id,photographer\r\n" + "".join(f"Photo {n},B-{n},Ingrid Madrid\r\n" for n in range(200))
         + "Photo,id,x\r\n" + "".join(f"Photo {n},B-{n},Ingrid\r\n" for n in range(200, 300))).encode(),
        # a one-column file: every line is looked at for a repeated header
        ("id\r\n" + "".join(f"B-{n}\r\n" for n in range(300))).encode(),
    ],
)
def test_files_the_runs_do_not_fit_give_the_careful_readers_records(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, data)
    for run_bytes in (1, 700):
        got, _ = _by_runs(path, run_bytes)
        assert got == _careful(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    picks=st.lists(st.sampled_from([None, *[k for k in DAMAGE if k != "line longer than a piece"]]),
                   min_size=0, max_size=120),
    run_bytes=st.integers(min_value=1, max_value=3000),
    tail_runs=st.integers(min_value=0, max_value=3),
)
def test_any_mix_of_clean_and_damaged_lines_gives_the_same_records(
    tmp_path: Path, picks: list[str | None], run_bytes: int, tail_runs: int
) -> None:
    lines = [CLEAN.format(n=n) if pick is None else DAMAGE[pick] for n, pick in enumerate(picks)]
    path = _write(tmp_path, (HEADER + "".join(CLEAN.format(n=n) for n in range(45)) + "".join(lines)).encode())
    got, _ = _by_runs(path, run_bytes, tail_runs)
    assert got == _careful(path)


def test_standard_input_is_read_the_careful_way(monkeypatch, tmp_path: Path) -> None:
    import io
    import sys

    data = (HEADER + "".join(CLEAN.format(n=n) for n in range(100))).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with open_runs("-", run_bytes=100) as (_, items):
        got = list(items)
    assert not any(isinstance(i, LineRun) for i in got)
    assert [r.text for r in got] == [CLEAN.format(n=n) for n in range(100)]  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", ["quoted cell over two lines", "quote never closed", "header repeated", "NUL byte"])
def test_one_process_reading_runs_renders_every_row_as_the_careful_reader(monkeypatch, tmp_path: Path,
                                                                           damage: str) -> None:
    # --jobs 1 reads a file on disk in runs too (batch._rendering): every input row once, in order,
    # with the output the careful reader's records give (standard input is always read that way).
    import io
    import sys
    from datetime import date

    from copyright_check.batch import rendered_file

    lines = [CLEAN.format(n=n) for n in range(9000)]
    lines[7000] = DAMAGE[damage]
    data = (HEADER + "".join(lines)).encode()
    path = _write(tmp_path, data)
    assert _by_runs(path, 300_000)[1] > 0  # a run before the damage, read the careful way after it
    with rendered_file(path, "jsonl", date(2026, 11, 24), jobs=1) as (_, rows):
        from_file = list(rows)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with rendered_file("-", "jsonl", date(2026, 11, 24), jobs=1) as (_, rows):
        from_stdin = list(rows)
    assert len(from_file) == len(from_stdin) >= 9000
    assert from_file == from_stdin


@pytest.mark.parametrize("above", ["wide header", "long title lines"])
def test_a_second_header_row_under_a_header_that_fills_the_sample_keeps_its_note(tmp_path: Path, above: str) -> None:
    # Review 34a F1: a header (or the title lines above it) of 16 KiB or more leaves no record in the
    # lines read to find it, so the rows right under it were never looked at for a second header row
    # (column labels, field codes, units: header_repeats' top check) and a units row was read as a
    # record in runs, without its note. Such a file is read the careful way (RECORDS.md: a row that
    # is no record says so).
    if above == "wide header":
        names = "id,title,photographer,photographer_death_year,origin_country," + ",".join(
            f"extra_field_{n:04d}" for n in range(1100))
        head = names + "\r\n"
        units = ",".join(["(text)"] * (5 + 1100)) + "\r\n"
        rows = "".join(CLEAN.rstrip("\r\n").format(n=n) + "," * 1100 + "\r\n" for n in range(400))
    else:
        head = ("# Export " + "x" * 8150 + "\r\n") * 2 + HEADER  # the sample ends with the header
        units = "(text),(text),(text),(year),(code)\r\n"
        rows = "".join(CLEAN.format(n=n) for n in range(3000))
    path = _write(tmp_path, (head + units + rows).encode())
    got, _ = _by_runs(path, 3000)
    careful = _careful(path)
    assert got == careful
    assert any("second header row" in note for note in careful[0][3])


@pytest.mark.parametrize("opener", ["open_input", "open_input_runs"])
def test_a_pipe_given_as_a_path_is_read_once_as_standard_input_is(tmp_path: Path, opener: str) -> None:
    # `copyright-check assess <(iconv -f latin1 -t utf-8 export.csv)`: a FIFO can be read once. Its first
    # bytes, read to tell CSV from a spreadsheet or JSON, were gone when it was opened again, and the run
    # stopped with "the header has no 'id' column" (review 34a). Every row comes as from the file itself.
    import contextlib
    import os
    import threading

    from copyright_check import sources

    data = (HEADER + "".join(CLEAN.format(n=n) for n in range(2000))).encode()
    path = _write(tmp_path, data)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        # A reader that stops early leaves the pipe broken; one that never opens it leaves this
        # thread waiting (a daemon: it never holds up the test run's end).
        with contextlib.suppress(OSError), fifo.open("wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        with getattr(sources, opener)(fifo) as (_, items):
            got = [(r.line, r.text) for r in items]  # a pipe is never read in runs
    finally:
        writer.join(timeout=10)
    assert got == [(line, text) for line, text, _, _ in _careful(path)]
    assert len(got) == 2000
