"""Resources in the reader: one pass, front to back, in bounded pieces (issue 13).

A huge header, cell or message costs linear time and bounded memory; standard input and
pipes are read without seeking; Excel's `sep=;` line and a title line above the header
are understood.
"""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.reader import InputError, read_rows
from copyright_check.records_cut import KEEP_RUN

HEADER = "id;title;image_date\n"


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "r.csv"
    p.write_text(text, "utf-8", newline="")
    return p


def test_resources_in_the_reader_huge_cell_keeps_its_row_and_the_cells_after_it(tmp_path: Path) -> None:
    big = "x" * 2_000_000
    for cell in (big, '"' + "line\n" * 100_000 + '"'):
        rows = list(read_rows(_write(tmp_path, HEADER + f"1;{cell};1921\n2;B;1950\n")))
        assert [r.cells["id"] for r in rows] == ["1", "2"]
        assert rows[0].cells["title"] == "" and rows[0].cells["image_date"] == "1921"
        message = next(e.message for e in rows[0].errors if e.column == "title")
        assert "characters long" in message and len(message) < KEEP_RUN + 200


def test_resources_in_the_reader_huge_cell_costs_bounded_memory(tmp_path: Path) -> None:
    # The file is 8 MB; reading it may hold a few pieces of it, never the cell itself.
    path = _write(tmp_path, HEADER + "1;" + "x" * 8_000_000 + ";1921\n2;B;1950\n")
    tracemalloc.start()
    try:
        rows = list(read_rows(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r.cells["id"] for r in rows] == ["1", "2"]
    assert peak < 3_000_000, peak


def test_resources_in_the_reader_huge_header_gives_a_short_message_in_linear_time(tmp_path: Path) -> None:
    def seconds(columns: int) -> float:
        path = _write(tmp_path, ";".join(f"c{i}" for i in range(columns)) + "\n1;2\n")
        start = time.perf_counter()
        with pytest.raises(InputError) as info:
            list(read_rows(path))
        assert len(str(info.value)) < 600
        return time.perf_counter() - start

    small, large = seconds(20_000), seconds(200_000)
    assert large < small * 30 + 0.5  # ten times the header: about ten times the time


def test_resources_in_the_reader_sep_hint_and_title_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "sep=;\nExport from the collection database, 2024-03-01\n" + HEADER +
                  "1;Kyrka, Visby;1921\n")
    rows = list(read_rows(path))
    assert [(r.line, r.cells["id"], r.cells["title"]) for r in rows] == [(4, "1", "Kyrka, Visby")]


def test_resources_in_the_reader_pipe_is_read_without_seeking(tmp_path: Path) -> None:
    data = (HEADER + "".join(f"{i};T;1921\n" for i in range(5000))).encode()
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        rows = list(read_rows(f"/dev/fd/{read_end}"))
    finally:
        writer.join()
        os.close(read_end)
    assert [r.cells["id"] for r in rows] == [str(i) for i in range(5000)]


def test_resources_in_the_reader_dash_reads_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["assess", "-", "--format", "jsonl", "--as-of", "2026-11-24",
                                      "-o", str(out)], input=HEADER + "a;T;1921\nb;U;1922\n")
    assert result.exit_code == 0, result.output
    assert [line.split('"')[3] for line in out.read_text("utf-8").splitlines()] == ["a", "b"]
