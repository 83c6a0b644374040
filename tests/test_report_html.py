"""The HTML report (issue 11, `--format html`): one self-contained page built on the batch
summary, whose table shows every row (up to a stated limit) and where nothing from the
input can become markup, run a script or load anything."""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from report_html import EXAMPLE, Report, assess, assessed_json, recount, report, summary_json

from copyright_check import Assessor
from copyright_check.assessment import RowError
from copyright_check.batch import rendered_file
from copyright_check.output import REPORT_ROWS, Rendered, render, write
from copyright_check.reader import RawRow
from copyright_check.record import COLUMNS
from copyright_check.report import CELL_CHARS, REASON_CHARS, TOP, Page, add_error, row_html
from copyright_check.summary import Summary

HOSTILE = [
    "<script>alert(1)</script>",
    "</table></tbody><h1>forged</h1>",
    '"onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus x='",
    "javascript:alert(1)",
    "<img src=x onerror=alert(1)>",
    "<style>body{display:none}</style>",
    "<!-- unclosed comment",
    "&lt;already escaped&gt; &amp;",
    "<a href=\"http://example.org/\">link</a>",
]


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


@dataclass(frozen=True)
class Example:
    """The example batch's report, JSON output and --summary, made once for this module."""

    text: str
    page: Report
    rows: list[dict[str, Any]]
    summary: dict[str, Any]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Example:
    where = tmp_path_factory.mktemp("example")
    text, page = report(EXAMPLE, where)
    return Example(text, page, assessed_json(EXAMPLE, where), summary_json(EXAMPLE, where))


# -- the counts are the summary's, and the summary is the JSON output's recount ------------
def test_report_counts_equal_a_recount_of_the_json_output(example: Example) -> None:
    assert example.page.counts == recount(example.rows)


def test_report_table_has_every_row_once_in_input_order_with_its_verdict(example: Example) -> None:
    """RECORDS.md: every input row appears in the output exactly once, in order (below the
    table limit)."""
    rows, page = example.rows, example.page
    assert [r.cells[0] for r in page.rows] == [r["id"] for r in rows]
    assert [r.cells[2] for r in page.rows] == [r["verdict"] for r in rows]
    assert [r.classes[0] for r in page.rows] == [r["verdict"] for r in rows]
    assert [r.codes[3] for r in page.rows] == [r["templates"] for r in rows]
    assert [r.cells[4] for r in page.rows] == [str(r["uploadable_from"] or "") for r in rows]
    assert ["err" in r.classes for r in page.rows] == [bool(r["errors"]) for r in rows]


def test_report_shows_the_verdict_sentence_of_each_row(example: Example) -> None:
    for shown, row in zip(example.page.rows, example.rows, strict=True):
        assert shown.cells[5].startswith(row["reasons"][-1]["text"])


def test_an_ok_row_shows_the_registry_rights_statement_of_the_sdc_output(example: Example, tmp_path: Path) -> None:
    """Issue 11: the registry metadata (rights statement URI, PD rationale) comes from one
    data file, which the sdc and html outputs both read: the report shows exactly what
    `--format sdc` gives, and nothing for a row that is not ok."""
    sdc = [json.loads(line) for line in assess(EXAMPLE, tmp_path / "rows.sdc", "sdc").splitlines()]
    page = example.page
    assert any(o["registry"] and o["registry"]["rights_statement"] for o in sdc)
    for shown, o in zip(page.rows, sdc, strict=True):
        registry = o["registry"] or {}
        cell = shown.cells[3]
        if registry.get("rights_statement"):
            assert f"rights statement: {registry['rights_statement']}" in cell
        else:
            assert "rights statement" not in cell
        if registry.get("rationale"):
            assert cell.endswith(registry["rationale"])


def test_report_chart_has_a_bar_per_year_of_the_summary(example: Example) -> None:
    """The bars are the summary's `by_year` (and `by_year_later`), not a count of their own."""
    summary = example.summary
    bars = dict(re.findall(r"<g><title>(\w+): (\d+) rows</title>", example.text))
    assert {y: int(n) for y, n in bars.items() if n != "0"} == (
        {y: n for y, n in summary["by_year"].items()}
        | ({"later": summary["by_year_later"]} if summary["by_year_later"] else {}))


def test_report_unlock_list_is_the_summary_unlock_in_its_order(example: Example) -> None:
    """Most useful research first, as `--summary` orders it; a record column is research to
    add, anything else a question a person settles (the terminal's wording)."""
    unlock = example.summary["unlock"]
    body = example.text.split('<table class="unlock">', 1)[1].split("</table>", 1)[0]
    lines = [re.sub(r"<[^>]+>", " ", line) for line in body.split("<tr>")[2:]]
    shown = [html.unescape(" ".join(line.split())) for line in lines]
    assert len(shown) == len(unlock) > 0
    for line, u in zip(shown, unlock, strict=True):
        research = f"add {u['fact']}" if u["fact"] in COLUMNS else f"settle “{u['fact']}”"
        assert line == f"{research} {u['only_open_question_in']} {u['ok_at_best']} {u['open_in']}"


def test_where_the_rows_come_from_lists_the_summary_counters(example: Example) -> None:
    """Origin and depicted countries and deciding rules, most rows first, as --summary has them."""
    body = example.text.split('<dl class="lists">', 1)[1].split("</dl>", 1)[0]
    found = re.findall(r'<span class="entry"><b>([^<]*)</b> (\d+)</span>', body)
    expected = []
    for key in ("by_origin_country", "by_depicted_country", "by_rule"):
        expected += [(html.escape(k, quote=True), str(n)) for k, n in list(example.summary[key].items())[:TOP]]
    assert found == expected


# -- nothing from the input becomes markup (OWASP XSS prevention: output encoding) ----------
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_shown_as_text(tmp_path: Path, value: str) -> None:
    path = _csv(tmp_path / "r.csv", [
        {"id": value, "title": value, "photographer": value, "image_date": value, "origin_country": "SE"},
        {"id": "B", "title": value, "photographer": "x", "image_date": "1890", "origin_country": value},
    ])
    text, page = report(path, tmp_path)
    # The two rows, and only they, and their cells read back exactly as written.
    assert len(page.rows) == 2
    assert page.rows[0].cells[0] == value and page.rows[0].cells[1] == value
    assert page.rows[1].cells[1] == value
    # No element or attribute came from the input.
    tags = {t for t, _ in page.tags}
    assert tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "span", "section", "div",
                    "b", "svg", "g", "rect", "text", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "code",
                    "ul", "ol", "li", "details", "summary", "i", "input", "label", "dl", "dt", "dd"}
    for _, attrs in page.tags:
        for name, attr in attrs:
            assert not name.startswith("on") and name not in ("src", "href", "autofocus", "style")
            assert "javascript" not in (attr or "")
    assert "<script" not in text
    if set(value) & set("<>\"'&"):
        assert value not in text  # never written raw


def test_a_hostile_file_name_is_shown_as_text(tmp_path: Path) -> None:
    """The input file's name is shown too (title, heading, the left-out note's command)."""
    name = '<img src=x onerror="alert(1)">.csv'
    path = _csv(tmp_path / name, [{"id": "A", "origin_country": "SE"}, {"id": "B", "origin_country": "SE"}])
    text, page = report(path, tmp_path, "--html-rows", "1")
    assert page.texts["source"] == name and name in page.texts["left-out"]
    assert name not in text and not any(t == "img" for t, _ in page.tags)


def test_a_long_cell_is_cut_in_the_table(tmp_path: Path) -> None:
    """One huge cell must not make the report unbounded (the CSV output keeps it whole)."""
    path = _csv(tmp_path / "r.csv", [{"id": "A", "title": "x" * 5_000, "origin_country": "SE"}])
    _, page = report(path, tmp_path)
    assert len(page.rows[0].cells[1]) == CELL_CHARS and page.rows[0].cells[1].endswith("…")


def test_a_long_cell_quoted_in_a_reason_is_cut_too(tmp_path: Path) -> None:
    """An unrecognised licence string is quoted in the reasons: a 10,000-character cell must
    not make every row of the report 10,000 characters longer."""
    path = _csv(tmp_path / "r.csv", [{"id": "A", "licence": "L" * 9_000, "origin_country": "SE"}])
    text, _ = report(path, tmp_path)
    assert "L" * (REASON_CHARS + 1) not in text and "L" * 200 in text


def test_a_duplicate_id_is_added_to_the_rows_errors(tmp_path: Path) -> None:
    """A repeated id is found by the main process after the row was rendered."""
    path = _csv(tmp_path / "r.csv", [{"id": "<b>A</b>", "origin_country": "SE"},
                                     {"id": "<b>A</b>", "origin_country": "SE"}])
    _, page = report(path, tmp_path)
    assert "err" not in page.rows[0].classes and "err" in page.rows[1].classes
    assert page.rows[1].cells[-1].startswith("id: duplicate id '<b>A</b>': assessed again")
    assert page.counts["rows_with_errors"] == 1


def test_add_error_keeps_earlier_errors(assessor: Assessor) -> None:
    a = assessor.assess({"id": "A", "image_date": "sometime"}, date(2026, 11, 24))
    assert a.errors
    line = add_error(row_html(a, {}), RowError("id", "duplicate <x>"))
    errors = Report(f'<table class="rows"><tbody>{line}</tbody></table>').rows[0].cells[-1]
    assert errors.endswith("id: duplicate <x>") and errors.startswith(a.errors[0].column)
    assert line.startswith('<tr class="needs_review err">') or line.startswith(f'<tr class="{a.verdict.value} err">')


# -- self-contained: loads nothing, runs nothing --------------------------------------------
def test_report_loads_nothing_and_its_csp_allows_only_its_own_style(example: Example) -> None:
    """No network at view time: no src/href at all, and a Content-Security-Policy with
    default-src 'none' whose one allowance is the hash of the page's style block (CSP Level 2,
    hash-source)."""
    page = example.page
    csp = [dict(a)["content"] for t, a in page.tags if t == "meta" and dict(a).get("http-equiv") ==
           "Content-Security-Policy"]
    assert len(csp) == 1 and csp[0] is not None
    digest = base64.b64encode(hashlib.sha256(page.style.encode("utf-8")).digest()).decode()
    assert csp[0].split("; ")[:2] == ["default-src 'none'", f"style-src 'sha256-{digest}'"]
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed")
        assert not {"src", "href", "style", "action"} & {n for n, _ in attrs}
    assert "url(" not in page.style and "@import" not in page.style


# -- bounded: the table keeps the first N rows and says what it left out -------------------
def test_table_limit_keeps_the_first_rows_and_says_how_many_were_left_out(example: Example, tmp_path: Path) -> None:
    rows = example.rows
    _, page = report(EXAMPLE, tmp_path, "--html-rows", "10")
    assert [r.cells[0] for r in page.rows] == [r["id"] for r in rows[:10]]
    assert page.counts == recount(rows)  # the counts still cover every row
    note = " ".join(page.texts["left-out"].split())
    left = recount(rows[10:])
    assert f"first 10 of {len(rows)} rows; {len(rows) - 10} rows are left out" in note
    assert (f"ok: {left['ok']}, not_ok: {left['not_ok']}, needs_review: {left['needs_review']}; "
            f"with unreadable cells: {left['rows_with_errors']}") in note
    assert "--format csv" in note and "--html-rows" in note


def test_no_left_out_note_when_every_row_is_shown(example: Example) -> None:
    page = example.page
    assert "left-out" not in page.texts and len(page.rows) <= REPORT_ROWS


def _spooled_page(n: int, limit: int, line: Rendered) -> int:
    summary = Summary()
    out = io.StringIO()
    for r in write("html", iter([line] * n), out, [], page=Page(summary, date(2026, 11, 24), limit)):
        summary.add_digest(r.digest, r.has_errors)
    return len(out.getvalue().encode("utf-8"))


def test_report_size_does_not_grow_with_the_rows_beyond_the_limit(assessor: Assessor) -> None:
    """Beyond the limit only the counts grow (their digits), never the table."""
    cells = {"id": "A", "origin_country": "SE"}
    row = RawRow(2, cells, dict(cells), values=list(cells.values()))  # typed as read: the compiled build checks
    line = render("html", row, assessor.assess(row.cells, date(2026, 11, 24)), [])
    small, large = _spooled_page(2_000, 100, line), _spooled_page(20_000, 100, line)
    assert 0 <= large - small < 200
    assert _spooled_page(200, 200, line) - _spooled_page(100, 100, line) > 100 * len(line.text) * 0.9


def test_html_format_needs_a_page() -> None:
    with pytest.raises(ValueError, match=r"needs a report\.Page"):
        list(write("html", iter([]), io.StringIO(), []))


def test_worker_processes_give_the_same_report(tmp_path: Path) -> None:
    """Rows rendered in worker processes (--jobs) give the same page, byte for byte."""
    pages = []
    for jobs in (1, 2):
        summary = Summary()
        out = io.StringIO()
        with rendered_file(EXAMPLE, "html", date(2026, 11, 24), jobs=jobs) as (columns, rows):
            for r in write("html", rows, out, columns, page=Page(summary, date(2026, 11, 24), source="records.csv")):
                summary.add_digest(r.digest, r.has_errors)
        pages.append(out.getvalue())
    assert pages[0] == pages[1]
