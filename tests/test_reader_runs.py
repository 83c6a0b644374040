"""A run of records read by one csv reader gives every row exactly as record-by-record reading.

The batch reads runs of well-formed records with one csv reader (reader.parse_records) and
falls back to the careful per-record path (parse_record) where a record is damaged. Every
input row must still appear once, in order, with the same cells and the same error texts
(RECORDS.md: "bad input gives a clear per-row error"): these tests put damaged records
inside runs of clean ones and compare the two paths row for row.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copyright_check.reader import Layout, RawRecord, RawRow, open_records, parse_record, parse_records, read_rows
from copyright_check.sources import SourceRecord, parse, parse_all

CLEAN = "B-{n},Photo {n},Karin Nieminen,1931,SE\n"
HEADER = "id,title,photographer,photographer_death_year,origin_country\n"
LAYOUT = Layout(("id", "title", "photographer", "photographer_death_year", "origin_country"),
                ("id", "title", "photographer", "photographer_death_year", "origin_country"), ",", '"', False)


def _careful(path: Path) -> list[RawRow]:
    """Record by record, as before runs were read together."""
    with open_records(path) as (layout, records):
        return [row for r in records if (row := parse_record(r, layout)) is not None]


def _write(tmp_path: Path, data: bytes) -> Path:
    p = tmp_path / "export.csv"
    p.write_bytes(data)
    return p


def test_damaged_records_inside_a_run_keep_their_cells_errors_and_order(tmp_path: Path) -> None:
    # Real damage between clean rows: an inch mark closing a quote early, a row with a cell
    # too many and one too few, a cell holding a NUL byte (unreadable), a blank
    # line, a quoted cell over two lines, and a quote never closed (the rest re-read).
    lines = [CLEAN.format(n=n) for n in range(30)]
    lines[3] = 'B-3,"Glass negative 5" x 7",Karin Nieminen,1931,SE\n'
    lines[7] = "B-7,Photo 7,Karin Nieminen,1931,SE,extra\n"
    lines[9] = "B-9,Photo 9\n"
    lines[12] = "B-12,Photo \x0012,Karin Nieminen,1931,SE\n"
    lines[15] = "\n"
    lines[18] = 'B-18,"Photo 18\nsecond line",Karin Nieminen,1931,SE\n'
    lines[25] = 'B-25,"Photo 25,Karin Nieminen,1931,SE\n'
    path = _write(tmp_path, (HEADER + "".join(lines)).encode())
    fast = list(read_rows(path))
    assert fast == _careful(path)
    assert [r.cells["id"] for r in fast] == [f"B-{n}" for n in range(30) if n != 15]
    assert fast[3].errors and fast[7].errors and fast[9].cells["photographer"] == ""
    assert fast[12].cells["title"] == "" and fast[12].errors
    assert any("never closed" in e.message for e in fast[24].errors)


def test_a_record_the_run_reader_reads_on_from_goes_the_careful_way() -> None:
    # A record whose quote is still open at its end (the cutter would mark it; here it
    # does not): one reader would take the next record's text into its cell. Both records
    # must read as each reads alone.
    records = [RawRecord(2, "1,a,b,1931,SE\n"), RawRecord(3, '2,"open,b,1931,SE\n'),
               RawRecord(4, "3,c,d,1932,NO\n"), RawRecord(5, "4,e,f,1933,FI\n")]
    assert parse_records(records, LAYOUT) == [parse_record(r, LAYOUT) for r in records]


def test_a_record_the_csv_module_refuses_inside_a_run_reads_as_alone() -> None:
    # A line break inside an unquoted cell is a csv.Error for one reader over the text;
    # alone, the record's first line is its row. The records after it still read.
    records = [RawRecord(2, "1,a,b,1931,SE\n"), RawRecord(3, "2,a\rb,c,1931,SE\n"),
               RawRecord(4, "3,c,d,1932,NO\n")]
    assert parse_records(records, LAYOUT) == [parse_record(r, LAYOUT) for r in records]


def test_a_source_record_with_its_error_keeps_it_inside_a_run() -> None:
    # A JSON line that is not an object is a SourceRecord carrying its error.
    records = [RawRecord(1, "1,a,b,1931,SE\n"), SourceRecord(2, ",,,,\n", error="line 2 is not an object"),
               RawRecord(3, "3,c,d,1932,NO\n")]
    assert parse_all(records, LAYOUT) == [parse(r, LAYOUT) for r in records]


_PIECES = ("a", "b c", ",", ",", '"', '""', "\n", "\r", "\r\n", " ", "\udc80", "\ud800", "\x00", "\ufffd", "é", "—", "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32))
def test_any_run_of_records_reads_as_record_by_record(seed: int) -> None:
    # Records of quotes, delimiters, line breaks and bad bytes in any order, marked or not
    # as the cutter marks them: the run reader never reads one differently.
    rnd = random.Random(seed)
    records = []
    for line in range(1, 12):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12)))
        if rnd.random() < 0.7:
            text += "\n"
        unclosed = rnd.random() < 0.1
        notes = ("the record spans 2 lines: check that they belong together",) if rnd.random() < 0.1 else ()
        records.append(RawRecord(line, text, unclosed, notes))
    for layout in (LAYOUT, Layout(("id", "id"), ("id", "ID"), ",", '"', True)):
        assert parse_records(records, layout) == [parse_record(r, layout) for r in records]
