"""Property tests: whatever a spreadsheet holds, every row comes out exactly once, in
order, and no cell can inject wikitext (issue: survive anything an export contains)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.batch import assess_file
from copyright_check.cli import app
from copyright_check.reader import InputError, read_rows
from copyright_check.record import COLUMNS

AS_OF = date(2026, 11, 24)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NASTY = st.sampled_from(["|", "}}", "{{", "[[", "]]", "<nowiki>", "<script>", "=", "\n", "'''", "~~~~",
                         "ca. 1920", "1920-talet", "okänt", "SE", "CC BY-NC 4.0", "PDM", "\x00", '"', ";", ","])
CELL = st.one_of(
    st.text(max_size=12),
    NASTY,
    st.lists(NASTY, max_size=4).map("".join),
    st.integers(-500, 2100).map(str),
)
ID = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9\-]{0,8}", fullmatch=True)
RECORD = st.fixed_dictionaries({"id": ID}, optional={c: CELL for c in COLUMNS[1:]})
_assessor = Assessor(as_of=AS_OF)
TEMPLATE = re.compile(r"^\{\{[^{}|\[\]<>]+(\|[a-z_]+=[^{}|\[\]<>=\n]+)*\}\}$")


def _write_csv(records: list[dict[str, str]], sep: str, encoding: str, path: Path) -> None:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), delimiter=sep)
    writer.writeheader()
    for r in records:
        writer.writerow(r)
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))


@SETTINGS
@given(record=RECORD)
def test_engine_answers_every_record_and_templates_stay_inert(record: dict[str, str]) -> None:
    a = _assessor.assess(record, AS_OF)
    assert a.id == record["id"]
    assert a.verdict in set(Verdict)
    for t in a.templates:
        assert TEMPLATE.match(t), t
    if a.verdict is not Verdict.NOT_OK:
        assert a.uploadable_from is None


@SETTINGS
@given(records=st.lists(RECORD, min_size=0, max_size=12), sep=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_every_row_out_once_in_order(tmp_path_factory, records, sep, encoding) -> None:
    path = tmp_path_factory.mktemp("p") / "records.csv"
    _write_csv(records, sep, encoding, path)
    given_encoding = "cp1252" if encoding == "cp1252" else None
    rows = list(read_rows(path, given_encoding))
    assert [r.cells["id"] for r in rows] == [r["id"] for r in records]
    results = list(assess_file(path, _assessor, AS_OF, given_encoding))
    assert [r.assessment.id for r in results] == [r["id"] for r in records]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(RECORD, min_size=1, max_size=8), fmt=st.sampled_from(["json", "jsonl", "csv"]))
def test_each_output_format_keeps_every_row(tmp_path_factory, records, fmt) -> None:
    folder = tmp_path_factory.mktemp("o")
    path = folder / "records.csv"
    _write_csv(records, ",", "utf-8", path)
    out = folder / f"out.{fmt}"
    result = CliRunner().invoke(app, ["assess", str(path), "--format", fmt, "--as-of", "2026-11-24",
                                      "--jobs", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    if fmt == "json":
        ids = [d["id"] for d in json.loads(text)]
    elif fmt == "jsonl":
        # JSON Lines ends a record at "\n" only; str.splitlines would also split inside
        # a value at U+0085 or U+2028, which JSON leaves unescaped.
        ids = [json.loads(line)["id"] for line in text.rstrip("\n").split("\n")]
    else:
        ids = [r["id"] for r in csv.DictReader(io.StringIO(text, newline=""))]
    assert ids == [r["id"] for r in records]


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("b") / "records.csv"
    path.write_bytes(b"id;title;origin_country;image_date\n" + data)
    try:
        rows = list(read_rows(path))
    except InputError:
        return
    results = list(assess_file(path, _assessor, AS_OF))
    assert len(results) == len(rows)
    assert [r.row.line for r in results] == [r.line for r in rows]
