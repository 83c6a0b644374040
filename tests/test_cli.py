"""The command line, through typer's runner (exit codes and formats from the issue)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from copyright_check.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
runner = CliRunner()


def _rows() -> int:
    with EXAMPLE.open(encoding="utf-8") as f:
        return sum(1 for _ in csv.DictReader(f))


def test_json_has_one_object_per_row_in_order_with_exact_keys(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "json", "--as-of",
                                 "2026-11-24", "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert len(data) == _rows()
    with EXAMPLE.open(encoding="utf-8") as f:
        assert [d["id"] for d in data] == [r["id"] for r in csv.DictReader(f)]
    for d in data:
        assert set(d) == {"id", "verdict", "templates", "uploadable_from", "reasons", "errors"}
        assert d["verdict"] in {"ok", "not_ok", "needs_review"}
        for r in d["reasons"]:
            assert set(r) == {"rule", "text", "jurisdiction", "source"}
    assert {d["verdict"] for d in data} == {"ok", "not_ok", "needs_review"}


def test_csv_output_passes_input_columns_through() -> None:
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "csv", "--as-of", "2026-11-24"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == _rows()
    assert rows[0]["collection_note"] == "postcard" and rows[0]["verdict"] == "ok"


def test_jsonl_and_table() -> None:
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "--as-of", "2026-11-24"])
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == _rows()
    table = runner.invoke(app, ["assess", str(EXAMPLE), "--explain", "--as-of", "2026-11-24"])
    assert table.exit_code == 0 and "EX-001" in table.stdout


def test_fail_on_exit_code_1() -> None:
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "--fail-on", "not_ok"])
    assert result.exit_code == 1


def test_unreadable_input_exit_2_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2
    assert "missing.csv" in result.output and "Traceback" not in result.output


def test_bad_as_of_is_a_usage_error() -> None:
    assert runner.invoke(app, ["assess", str(EXAMPLE), "--as-of", "yesterday"]).exit_code == 2


def test_check_data_and_jurisdictions() -> None:
    assert runner.invoke(app, ["check-data"]).exit_code == 0
    listing = runner.invoke(app, ["jurisdictions"])
    assert listing.exit_code == 0 and "SE" in listing.stdout
    one = runner.invoke(app, ["jurisdictions", "se"])
    assert one.exit_code == 0 and "PD-Sweden-photo" in one.stdout


def test_quiet_with_an_output_file_prints_nothing(tmp_path: Path) -> None:
    # --quiet: no progress bar and no summary on the terminal (a cron job's mail stays empty).
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "-q", "-o", str(out)])
    assert result.exit_code == 0 and result.output == "" and out.read_text("utf-8")
    loud = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "-o", str(out)])
    assert "rows assessed as of" in loud.output
