"""reader.parse_records reads a run of records without a quote character by cutting each at
its delimiters (reader._split_plain) instead of through the csv reader: only because the two
give the same cells, or both give none, for every such text (a property, tried here over
texts made of the characters that matter to the csv reader's states)."""

from __future__ import annotations

import csv
import random

import pytest

from copyright_check.reader import Layout, RawRecord, _split_plain, parse_records

# The characters the csv reader treats apart (delimiters, line breaks) and some it does not.
ALPHABET = ["a", "b", " ", ",", ";", "\t", "\r", "\n", "\r\n", "é", "\u2028", "\x0b", "\x1c", "'", "\ufeff"]


def _csv_cells(text: str, delimiter: str) -> list[str] | None:
    reader = csv.reader([text], delimiter=delimiter, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=False)
    try:
        cells = next(reader)
    except (csv.Error, StopIteration):
        return None
    return cells if reader.line_num == 1 else None


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_a_record_without_quotes_is_cut_at_its_delimiters_as_the_csv_reader_reads_it(delimiter: str) -> None:
    rng = random.Random(7)
    texts = ["", "\r\n", "\n", "\r", "a", "a,b\r\n", ",,\n", " a , b \n", "a\rb\n", "a\n\n", "a\r\r\n",
             "\r\na", "a,b\r\n\r\n"]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 12))) for _ in range(20_000)]
    for text in texts:
        assert _split_plain(text, delimiter) == _csv_cells(text, delimiter), repr(text)


def test_a_run_with_a_quote_or_a_nul_is_read_by_the_csv_reader() -> None:
    layout = Layout(("id", "title"), ("id", "title"), ",", '"', False)
    records = [RawRecord(2, 'a,"b, c"\r\n', False, ()), RawRecord(3, "d,e\r\n", False, ())]
    rows = parse_records(records, layout)
    assert [r.cells for r in rows if r is not None] == [{"id": "a", "title": "b, c"}, {"id": "d", "title": "e"}]


def test_a_long_cell_is_read_when_a_host_program_lowered_the_csv_field_limit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Review 35a F2: csv.field_size_limit is the process's; a host that lowered it after
    # importing the package had a record with a longer cell dropped as a blank line.
    import io

    from copyright_check import batch
    from copyright_check.output import write

    title = "A long title " * 400
    path = tmp_path / "long.csv"
    path.write_text(f'id,title\nLONG-1,{title}\nQ-1,"quoted, {title}"\n', encoding="utf-8")
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(1000)
        out = io.StringIO()
        with batch.rendered_file(path, "jsonl", batch.date(2026, 11, 24)) as (columns, rows):
            for _ in write("jsonl", rows, out, columns):
                pass
    finally:
        csv.field_size_limit(limit)
    ids = [line.split('"id": "', 1)[1].split('"', 1)[0] for line in out.getvalue().splitlines()]
    assert ids == ["LONG-1", "Q-1"]
