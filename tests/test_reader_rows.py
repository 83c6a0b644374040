"""Rows lost or invented: the reader cuts records where the stdlib csv module does.

Every input row appears in the output exactly once (RECORDS.md; issue 13): a stray `"`
inside an unquoted cell (an inch mark) is an ordinary character, a quoted cell may hold
any number of line breaks, and only a quote that is never closed is read differently —
its line without quoting, with a per-row error, and the lines after it as rows again.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from copyright_check import Assessor
from copyright_check.batch import rendered_file
from copyright_check.reader import open_records, read_rows

HEADER = "id;title;image_date\n"
AS_OF = date(2026, 11, 24)
_assessor = Assessor(as_of=AS_OF)


def _write(tmp_path: Path, text: str, name: str = "r.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def _stdlib_ids(path: Path) -> tuple[list[str], bool]:
    """The ids of the records the csv module reads (blank records left out, as the tool
    leaves them out), and whether its last record ran to the end of the file in quotes."""
    with open_records(path) as (layout, _records):
        delimiter, sis = layout.delimiter, layout.skipinitialspace
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter, skipinitialspace=sis))
    data = [r for r in rows[1:] if any(c.strip() for c in r)]
    text = path.read_text("utf-8")
    # Whether the file ends inside a quoted cell: the strict reader says so by name.
    try:
        list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        skipinitialspace=sis, strict=True))
        unclosed = False
    except csv.Error as exc:
        unclosed = "unexpected end of data" in str(exc)
        if not unclosed:
            unclosed = _ends_in_quotes(text, delimiter, sis)
    return [r[0] for r in data], unclosed


def _ends_in_quotes(text: str, delimiter: str, sis: bool) -> bool:
    # The strict reader stops at the first irregular quote; the lenient one (with the same
    # dialect) then reads on, and a cell that ends the file with a line break was still
    # open at the end.
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=sis))
    return bool(rows and rows[-1] and rows[-1][-1].endswith(("\n", "\r")) and text.endswith(("\n", "\r")))


def test_rows_lost_or_invented_inch_marks_in_unquoted_cells(tmp_path: Path) -> None:
    # Photo archives write plate sizes with inch marks: 2 % of 1,000 titles here.
    lines = [f'{i};{"Glass negative 5" + chr(34) + " x 7" if i % 50 == 7 else "Kyrka"};1921\n'
             for i in range(1000)]
    path = _write(tmp_path, HEADER + "".join(lines))
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == [str(i) for i in range(1000)]
    assert rows[7].cells["title"] == 'Glass negative 5" x 7' and not rows[7].errors
    assert _stdlib_ids(path)[0] == [str(i) for i in range(1000)]


def test_rows_lost_or_invented_long_multiline_quoted_cell_is_one_row(tmp_path: Path) -> None:
    note = "\n".join(f"catalogue note line {n}" for n in range(300))
    path = _write(tmp_path, HEADER + f'1;"{note}";1921\n2;B;1950\n')
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == ["1", "2"]
    assert rows[0].cells["title"] == note and not rows[0].errors


def test_rows_lost_or_invented_undoubled_quote_in_a_quoted_cell_is_flagged(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + '1;"Plate 5" x 7";1921\n2;B;1950\n')
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == ["1", "2"]
    assert rows[0].cells["title"] == 'Plate 5 x 7"'  # as the csv module reads it
    assert any("not doubled" in e.message for e in rows[0].errors)


def test_rows_lost_or_invented_quote_never_closed_costs_only_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + '1;"Kyrka;1921\n2;B;1950\n3;C;1951\n')
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == ["1", "2", "3"]
    assert "never closed" in rows[0].errors[0].message
    assert rows[1].cells["title"] == "B" and not rows[1].errors


def test_rows_lost_or_invented_quote_never_closed_before_megabytes_of_rows(tmp_path: Path) -> None:
    # The lines after an unclosed quote are kept for the re-read in a temporary file past
    # records_cut.SPILL_AT (1 MiB): they were read back from the file's end, and every row
    # after the quote was lost. 20,000 rows of ~90 characters after it: each one read.
    rest = "".join(f"{i};Kyrka {i} i en socken med ett mycket langt namn som fyller raden;1950\n"
                   for i in range(2, 20_002))
    path = _write(tmp_path, HEADER + '1;"Kyrka;1921\n' + rest)
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == [str(i) for i in range(1, 20_002)]
    assert "never closed" in rows[0].errors[0].message
    assert not any(r.errors for r in rows[1:])


def test_rows_lost_or_invented_quote_closed_lines_later_is_read_as_csv_and_flagged(tmp_path: Path) -> None:
    # The csv module reads lines 1-3 as one record (the quote opened on line 1 is closed
    # on line 3); the tool reads it the same way and says which lines it joined.
    path = _write(tmp_path, HEADER + '1;"Kyrka;1921\n2;B;1950\n3;"C;1951\n4;D;1952\n')
    rows = list(read_rows(path))
    assert [r.cells["id"] for r in rows] == _stdlib_ids(path)[0] == ["1", "4"]
    assert any("spans 3 lines" in e.message for e in rows[0].errors)


# -- the property: the tool's rows are the csv module's rows --------------------------
ID = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 \-]{0,6}", fullmatch=True)
PLAIN = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffd;\n\r"),
                max_size=10)
STRAY = st.sampled_from(['Glass negative 5" x 7', '5"', '"Nisse" i Hökarängen', 'a""b', '"', '""',
                         '12" x 16" plate', 'x"', ' "y'])
LONG_NOTE = st.integers(0, 120).map(lambda n: "\n".join(f"note {i}" for i in range(n)))


@st.composite
def cell(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["plain", "stray", "quoted", "note", "mixed"]))
    if kind == "plain":
        return draw(PLAIN)
    if kind == "stray":
        return draw(STRAY)
    if kind == "mixed":
        return draw(PLAIN) + draw(STRAY) + draw(PLAIN)
    body = draw(LONG_NOTE) if kind == "note" else draw(PLAIN) + draw(STRAY) + "\r\n" + draw(PLAIN)
    return '"' + body.replace('"', '""') + '"'


@st.composite
def csv_text(draw: st.DrawFn) -> str:
    rows = draw(st.lists(st.tuples(ID, cell(), cell(), st.sampled_from(["\n", "\r\n"])), max_size=15))
    return HEADER + "".join(f"{i};{a};{b}{end}" for i, a, b, end in rows)


@example(text='id;title;image_date\n0;; "y\n0;"Glass negative 5"" x 7\r\n";\n')  # a sniffed skipinitialspace
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(text=csv_text())
def test_rows_lost_or_invented_property_same_rows_as_stdlib_csv(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, text)
    expected, unclosed = _stdlib_ids(path)
    got = [r.cells["id"] for r in read_rows(path)]
    with rendered_file(path, "jsonl", AS_OF, assessor=_assessor) as (_columns, rendered):
        output = [json.loads(r.text)["id"] for r in rendered]
    assert output == [i.strip() for i in got]  # the tool's output: one row per row read
    if not unclosed:
        assert got == expected  # same count, ids byte-exact
    else:
        # The csv module read the rest of the file into one cell; the tool reads those
        # lines as rows again, so it never has fewer, and the rows before agree.
        assert len(got) >= len(expected) and got[:len(expected) - 1] == expected[:-1]


def test_a_byte_order_mark_before_a_data_row_is_no_part_of_its_id_and_a_dos_end_of_file_byte_no_row(
        tmp_path: Path) -> None:
    # Review 15 M1: a second UTF-8 export pasted in without its header leaves its byte order
    # mark before a data row ("\ufeffR1" is R1, so the repeated id is found), and DOS-era
    # databases and `copy /a` end a file with the byte 0x1A, alone on its line: no record.
    from copyright_check.batch import prepared_rows

    path = tmp_path / "bom.csv"
    path.write_bytes("id,photographer,photographer_death_year\nR1,Anna Svensson,1900\n"
                     "\ufeffR1,Anna Svensson,1990\nR2,Per Foto,1900\n\x1a".encode())
    rows = [row for row, _ in prepared_rows(path)]
    assert [r.cells["id"] for r in rows] == ["R1", "R1", "R2"]
    assert [r.line for r in rows] == [2, 3, 4]
