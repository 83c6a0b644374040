"""Reading the HTML report back in tests: the standard library's HTML parser, so that what
is checked is what a browser's tokenizer sees (an element, an attribute), not a substring."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from copyright_check.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "records.csv"
AS_OF = "2026-11-24"
runner = CliRunner()


@dataclass
class Row:
    classes: list[str]
    cells: list[str] = field(default_factory=list)
    codes: list[list[str]] = field(default_factory=list)  # the <code> texts of each cell


class Report(HTMLParser):
    """Every element and attribute, the counts (`data-count`), the table's rows with the
    text of each cell, and the texts of a few elements by id."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.counts: dict[str, int] = {}
        self.rows: list[Row] = []
        self.texts: dict[str, str] = {}
        self.style = ""
        self._count: str | None = None
        self._in_rows = False
        self._in_tbody = False
        self._cell: list[str] | None = None
        self._code: list[str] | None = None
        self._id: str | None = None
        self._in_style = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        a = dict(attrs)
        if "data-count" in a:
            self._count = a["data-count"]
        if a.get("id") in ("left-out", "source", "as-of"):
            self._id = a["id"]
            self.texts[self._id or ""] = ""
        if tag == "table" and a.get("class") == "rows":
            self._in_rows = True
        if tag == "tbody" and self._in_rows:
            self._in_tbody = True
        if tag == "tr" and self._in_tbody:
            self.rows.append(Row((a.get("class") or "").split()))
        if tag == "td" and self._in_tbody and self._cell is None:
            self._cell = []
            self.rows[-1].codes.append([])
        if tag == "code" and self._cell is not None:
            self._code = []
        if tag == "style":
            self._in_style = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "code" and self._code is not None:
            self.rows[-1].codes[-1].append("".join(self._code))
            self._code = None
        if tag == "td" and self._cell is not None:
            self.rows[-1].cells.append("".join(self._cell))
            self._cell = None
        if tag == "tbody":
            self._in_tbody = False
        if tag == "table":
            self._in_rows = False
        if tag == "b":
            self._count = None
        if tag in ("p", "span"):
            self._id = None
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._count is not None:
            self.counts[self._count] = int(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._code is not None:
            self._code.append(data)
        if self._id is not None:
            self.texts[self._id] += data
        if self._in_style:
            self.style += data


def assess(path: Path, out: Path, fmt: str, *extra: str) -> str:
    result = runner.invoke(app, ["assess", str(path), "--format", fmt, "--as-of", AS_OF, "--jobs", "1", "-q",
                                 "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out.read_text("utf-8")


def report(path: Path, tmp_path: Path, *extra: str) -> tuple[str, Report]:
    text = assess(path, tmp_path / "report.html", "html", *extra)
    return text, Report(text)


def assessed_json(path: Path, tmp_path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(assess(path, tmp_path / "all.json", "json"))
    return data


def summary_json(path: Path, tmp_path: Path) -> dict[str, Any]:
    assess(path, tmp_path / "rows.jsonl", "jsonl", "--summary", str(tmp_path / "summary.json"))
    data: dict[str, Any] = json.loads((tmp_path / "summary.json").read_text("utf-8"))
    return data


def recount(rows: list[dict[str, Any]]) -> dict[str, int]:
    """The counts the report must show, counted here from the JSON output itself."""
    counts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("ok", "not_ok", "needs_review")}
    return {"rows": len(rows), **counts, "rows_with_errors": sum(1 for r in rows if r["errors"])}
