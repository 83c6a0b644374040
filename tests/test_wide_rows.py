"""A wide row (thousands of short cells, over 64 KiB a line) is read whole (review 11, B4).

README, Messy input: a row longer than 64 KiB keeps only the first 200 characters of each
long *cell*, and says so. A museum export with many columns passes 64 KiB a row with every
cell short: it lost nothing, so it needs no error (an error sends the row to review), and
reading it holds a few rows at a time, not a thousand rows of cells.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.cli import app
from copyright_check.reader import read_rows
from copyright_check.records_cut import SHRINK_AT

RECORD = "photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,depicted_type"
VALUES = "Anna Riwkin,1948,1930,1930,SE,photographic_work,none"


def _wide(tmp_path: Path, columns: int, rows: int, extra: str = "x") -> Path:
    path = tmp_path / "wide.csv"
    header = f"id,{RECORD}," + ",".join(f"c{i}" for i in range(columns))
    cells = ",".join([extra] * columns)
    path.write_text(header + "\n" + "".join(f"W{r},{VALUES},{cells}\n" for r in range(rows)), "utf-8")
    return path


def test_a_row_of_short_cells_longer_than_64_kib_loses_nothing_and_has_no_error(tmp_path: Path) -> None:
    path = _wide(tmp_path, 40_000, 3)
    assert path.stat().st_size // 3 > SHRINK_AT
    rows = list(read_rows(path))
    assert [r.errors for r in rows] == [[], [], []]
    assert all(r.values[8:] == ["x"] * 40_000 for r in rows)
    # A photo of 1930 by a photographer who died in 1948: PD in Sweden (life + 70), as the
    # same row without the extra columns is.
    assert {Assessor(as_of="2026-12-01").assess(r.cells).verdict for r in rows} == {Verdict.OK}


def test_a_long_cell_in_a_wide_row_is_still_cut_and_named(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"id,{RECORD},notes,after\nL1,{VALUES},{'y' * 100_000},kept\n", "utf-8")
    row = next(iter(read_rows(path)))
    assert row.cells["notes"] == "" and row.original["after"] == "kept"
    assert any("characters long" in e.message for e in row.errors)


def test_reading_wide_rows_holds_a_few_of_them_not_a_thousand(tmp_path: Path) -> None:
    # 30 rows of 40,000 cells (2.7 MB): read a thousand rows at a time they were all held at
    # once as dicts of cells, ~52 MB (19 times the file); a run now ends at READ_CHARS of text.
    path = _wide(tmp_path, 40_000, 30)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_rows(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30
    assert peak < 25_000_000, peak


def test_the_batch_reads_wide_rows_whole(tmp_path: Path) -> None:
    path = _wide(tmp_path, 40_000, 4)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl",
                                      "--jobs", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.count('"verdict": "ok"') == 4 and "characters long" not in text
