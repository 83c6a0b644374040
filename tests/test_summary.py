"""The batch summary, the unlock report, the public-domain calendar and the progress bar
(issue: tell the archivist what to research next). Each is checked against the assessment
itself: the summary never decides anything of its own."""

from __future__ import annotations

import collections
import json
import os
import pty
import select
import subprocess
import sys
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from copyright_check import Assessor
from copyright_check.cli import app
from copyright_check.progress import MIN_ROWS, estimate_rows, tracked, wanted
from copyright_check.summary import Summary

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "records.csv"
runner = CliRunner()
AS_OF = "2026-11-24"


def _assess_json(path: Path, tmp_path: Path, as_of: str = AS_OF) -> list[dict[str, object]]:
    out = tmp_path / "all.json"
    result = runner.invoke(app, ["assess", str(path), "--format", "json", "--as-of", as_of, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data: list[dict[str, object]] = json.loads(out.read_text("utf-8"))
    return data


def _summary(path: Path, tmp_path: Path, *extra: str) -> dict[str, object]:
    out = tmp_path / "summary.json"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", AS_OF, "-o",
                                 str(tmp_path / "rows.jsonl"), "--summary", str(out), *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(out.read_text("utf-8"))
    return data


def test_summary_counts_equal_a_recount_of_the_json_output(tmp_path: Path) -> None:
    rows = _assess_json(EXAMPLE, tmp_path)
    s = _summary(EXAMPLE, tmp_path)
    assert s["rows"] == len(rows)
    assert s["counts"] == dict(collections.Counter(r["verdict"] for r in rows)) | {
        v: 0 for v in ("ok", "not_ok", "needs_review") if v not in {r["verdict"] for r in rows}}
    assert s["rows_with_errors"] == sum(1 for r in rows if r["errors"])
    deciding = collections.Counter(r["reasons"][-1]["rule"] for r in rows)  # type: ignore[index]
    assert s["by_rule"] == dict(deciding)


def test_summary_by_year_counts_each_uploadable_from(tmp_path: Path) -> None:
    rows = _assess_json(EXAMPLE, tmp_path)
    s = _summary(EXAMPLE, tmp_path)
    years = collections.Counter(r["uploadable_from"] for r in rows if r["uploadable_from"] is not None)
    listed = {int(y): n for y, n in s["by_year"].items()}  # type: ignore[attr-defined]
    assert sum(listed.values()) + s["by_year_later"] + s["by_year_past"] == sum(years.values())
    for y, n in listed.items():
        assert years[y] == n


def test_summary_is_the_same_with_worker_processes(tmp_path: Path) -> None:
    assert _summary(EXAMPLE, tmp_path, "--jobs", "2") == _summary(EXAMPLE, tmp_path, "--jobs", "1")


def test_unlock_counts_rows_where_the_fact_is_the_only_open_question() -> None:
    # A Swedish photo by a named photographer whose death year is missing: life + 70
    # (Upphovsrättslag 43 §) cannot be settled, and nothing else is open.
    assessor = Assessor()
    base = {"photographer": "Anna Andersson", "image_date": "1930", "published_date": "1930",
            "origin_country": "SE", "photo_kind": "photographic_work", "licence": "PDM", "depicted_type": "none"}
    summary = Summary()
    for i in range(3):
        a = assessor.assess({"id": f"r{i}", **base}, date(2026, 11, 24))
        summary.add(a, base)
    blocked = {**base, "licence": "all rights reserved", "photographer_death_year": "1990"}
    summary.add(assessor.assess({"id": "b", **blocked}, date(2026, 11, 24)), blocked)
    unlock = summary.unlock()
    assert unlock, "the missing death year must be reported"
    first = unlock[0]
    assert "photographer_death_year" in first["fact"]
    assert first["only_open_question_in"] == 3 and first["ok_at_best"] == 3


def test_unlock_ok_at_best_leaves_out_rows_something_else_blocks() -> None:
    # The photo's death year is open, but the depicted sculpture (artist d. 2000, no FoP
    # for art in France: CPI L122-5 11°) blocks the file whatever the answer.
    assessor = Assessor()
    row = {"photographer": "Anna Andersson", "image_date": "1930", "published_date": "1930",
           "origin_country": "SE", "photo_kind": "photographic_work", "licence": "PDM",
           "depicted_type": "sculpture", "depicted_country": "FR", "depicted_creator": "Someone",
           "depicted_creator_death_year": "2000", "depicted_date": "1925",
           "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    summary = Summary()
    a = assessor.assess({"id": "x", **row}, date(2026, 11, 24))
    summary.add(a, row)
    assert a.verdict.value == "not_ok"
    for u in summary.unlock():
        assert u["ok_at_best"] == 0


def test_calendar_lists_exactly_the_rows_of_that_year(tmp_path: Path) -> None:
    rows = _assess_json(EXAMPLE, tmp_path)
    years = {r["uploadable_from"] for r in rows if r["uploadable_from"] is not None}
    assert years
    for year in sorted(years)[:4]:
        result = runner.invoke(app, ["calendar", str(EXAMPLE), "--year", str(year), "--as-of", AS_OF,
                                     "--format", "json", "-o", str(tmp_path / "cal.json")])
        assert result.exit_code == 0, result.output
        listed = json.loads((tmp_path / "cal.json").read_text("utf-8"))
        # Besides the rows of that year: rows not ok today, with no year, that the time run by
        # then settles (review 16 G7), each saying so first.
        settled = [e for e in listed if e["reasons"][0]["rule"] == "calendar-settled-by-time"]
        today = {r["id"]: r for r in rows}
        assert all(e["on_1_january"] == "ok" and today[e["id"]]["verdict"] == e["verdict"] != "ok"
                   and today[e["id"]]["uploadable_from"] is None for e in settled)
        listed = [e for e in listed if e not in settled]
        assert [e["id"] for e in listed] == [r["id"] for r in rows if r["uploadable_from"] == year]
        for e, r in zip(listed, [r for r in rows if r["uploadable_from"] == year], strict=True):
            assert e["uploadable_from"] == year
            if e["on_1_january"] == "ok":
                assert e["reasons"] == r["reasons"]
            else:  # goes to a person that day: its question first, then the reasons as assessed
                opened = len(e["reasons"]) - len(r["reasons"])
                assert opened > 0 and e["reasons"][opened:] == r["reasons"]
                assert all(x["text"].startswith(f"On 1 January {year}") for x in e["reasons"][:opened])


def test_calendar_lists_a_review_row_that_the_time_run_settles(tmp_path: Path) -> None:
    # 17 USC 303(a), 302(e); Template:PD-US-unpublished: a work never published whose author's
    # death year is not known is PD once 120 years old. Made in 1906, it asks for the death year
    # today (needs_review, no uploadable_from) and is ok on 1 January 2027 without it: Public
    # Domain Day's list has it (review 16 G7), with today's verdict beside the day's.
    path = tmp_path / "nv.csv"
    path.write_text("id,title,photographer,image_date,published_date,origin_country,photo_kind,depicted_type\n"
                    "NV-1906,Farm,John Smith,1906,never,US,photographic_work,none\n"
                    "NV-1950,Farm,John Smith,1950,never,US,photographic_work,none\n", encoding="utf-8")
    rows = _assess_json(path, tmp_path, "2026-12-01")
    assert [(r["verdict"], r["uploadable_from"]) for r in rows] == [("needs_review", None)] * 2
    out = tmp_path / "cal.json"
    result = runner.invoke(app, ["calendar", str(path), "--year", "2027", "--as-of", "2026-12-01", "--format", "json",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    listed = json.loads(out.read_text("utf-8"))
    assert [(e["id"], e["verdict"], e["on_1_january"], e["uploadable_from"]) for e in listed] == [
        ("NV-1906", "needs_review", "ok", 2027)]
    assert listed[0]["reasons"][0]["rule"] == "calendar-settled-by-time"
    assert "us-never-published-death-unknown-term-expired" in [x["rule"] for x in listed[0]["reasons"]]
    # The next year it is not listed again: it was ok on the eve of 2028 already (review 25c F5:
    # such rows were listed in every later year, inflating each year's count).
    result = runner.invoke(app, ["calendar", str(path), "--year", "2028", "--as-of", "2026-12-01", "--format", "json",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [e["id"] for e in json.loads(out.read_text("utf-8"))] == []


def test_calendar_defaults_to_next_year_and_writes_csv(tmp_path: Path) -> None:
    out = tmp_path / "cal.csv"
    result = runner.invoke(app, ["calendar", str(EXAMPLE), "--as-of", "2029-06-01", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == "id,uploadable_from,reasons"
    assert all(",2030," in line for line in lines[1:])


def test_progress_is_wanted_only_on_a_terminal_and_never_with_quiet() -> None:
    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    assert wanted(Stream(True), quiet=False)  # type: ignore[arg-type]
    assert not wanted(Stream(True), quiet=True)  # type: ignore[arg-type]
    assert not wanted(Stream(False), quiet=False)  # type: ignore[arg-type]


def test_progress_passes_every_item_through_in_order(tmp_path: Path) -> None:
    items = list(range(MIN_ROWS + 10))
    with tracked(iter(items), tmp_path / "none.csv", enabled=False) as shown:
        assert list(shown) == items


def test_row_estimate_counts_lines_less_the_header(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id\n1\n2\n3\n", "utf-8")
    assert estimate_rows(path) == 3
    assert estimate_rows(tmp_path / "r.xlsx") is None


def _generated(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "big.csv"
    subprocess.run([sys.executable, "-m", "benchmarks.generate", "--rows", str(rows), "--output", str(path)],
                   check=True, cwd=ROOT)
    return path


def _run_with_stderr_on_a_terminal(args: list[str]) -> tuple[int, str]:
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "copyright_check.cli", *args], stdout=subprocess.DEVNULL,
                            stderr=secondary, cwd=ROOT, env={**os.environ, "COLUMNS": "120"})
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(primary)
    return proc.wait(60), b"".join(chunks).decode("utf-8", "replace")


def test_progress_and_summary_appear_on_a_terminal_and_not_when_piped(tmp_path: Path) -> None:
    big = _generated(tmp_path, MIN_ROWS + 1000)
    args = ["assess", str(big), "--format", "jsonl", "--as-of", AS_OF, "-o", str(tmp_path / "o.jsonl"), "-j", "1"]
    code, terminal = _run_with_stderr_on_a_terminal(args)
    assert code == 0, terminal
    assert "assessing" in terminal and "rows/s" in terminal
    assert "becoming uploadable" in terminal or "deciding rules" in terminal
    piped = subprocess.run([sys.executable, "-m", "copyright_check.cli", *args], capture_output=True, text=True,
                           cwd=ROOT, check=True)
    assert "assessing" not in piped.stderr and "deciding rules" not in piped.stderr
    code, quiet = _run_with_stderr_on_a_terminal([*args, "--quiet"])
    assert code == 0 and "assessing" not in quiet and "deciding rules" not in quiet


def test_a_rows_digest_is_a_digest_of_its_fields() -> None:
    # digest() makes the tuple without the namedtuple's __new__: the same object as Digest().
    from copyright_check.assessment import Assessment, Reason, RowError, Verdict
    from copyright_check.summary import Digest, digest

    a = Assessment("1", Verdict.NEEDS_REVIEW, [], None,
                   [Reason("r", "t", open=True, missing="image_date"), Reason("v", "t")], [RowError("c", "m")])
    d = digest(a, {"origin_country": "SE", "depicted_country": ""})
    assert type(d) is Digest
    assert d == Digest("needs_review", True, None, "SE", "(not given)", "v", ("image_date",))
    assert d.origin == "SE" and d.open == ("image_date",) and d._asdict()["rule"] == "v"


def test_a_chunks_tally_is_the_summary_of_its_rows() -> None:
    # chunkwork.block_of counts a chunk with a Tally (plain dicts): its parts must be what
    # a Summary of the same rows gives, counts and key order alike (most_common's ties), on
    # digests with errors, years, several open facts, one open fact, and none.
    from copyright_check.summary import Digest, Tally

    digests = [
        (Digest("ok", False, None, "SE", "(not given)", "ok-pd", ()), False),
        (Digest("needs_review", True, None, "FR", "FR", "review-open", ("image_date",)), True),
        (Digest("not_ok", False, 2031, "DE", "FR", "not-ok-protected", ()), False),
        (Digest("needs_review", False, None, "(unreadable)", "DE", "review-open", ("image_date", "published_date")),
         False),
        (Digest("not_ok", False, 2031, "SE", "SE", "", ("photographer_death_year",)), True),
        (Digest("ok", False, None, "FR", "(not given)", "ok-pd", ()), False),
    ]
    summary, tally = Summary(), Tally()
    for d, errors in digests:
        summary.add_digest(d, errors)
        tally.add_digest(d, errors)
    theirs, ours = summary.parts(), tally.parts()
    assert ours == theirs
    assert [list(p) if isinstance(p, dict) else p for p in ours] == [
        list(p) if isinstance(p, dict) else p for p in theirs]
