from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copyright_check import Assessment, Assessor

AS_OF = date(2026, 11, 24)


@pytest.fixture(scope="session")
def assessor() -> Assessor:
    return Assessor()


@pytest.fixture(scope="session")
def check(assessor: Assessor) -> Any:
    """Assess one record (keyword columns) as of 24 Nov 2026 unless told otherwise."""

    def run(as_of: date = AS_OF, **columns: str) -> Assessment:
        # The rule tests check a country's law on a work from that country: its origin is
        # where it stands unless a test says otherwise (depicted_origin_country="" leaves it
        # unknown; tests/test_depicted_origin.py checks the column itself).
        if "depicted_country" in columns and "depicted_origin_country" not in columns:
            columns = {**columns, "depicted_origin_country": columns["depicted_country"]}
        return assessor.assess({"id": "t", **columns}, as_of)

    return run


def rules_of(a: Assessment) -> list[str]:
    return [r.rule for r in a.reasons]


def assess_jsonl(path: Path, *options: str, as_of: str = "2026-12-01") -> list[dict[str, Any]]:
    """`copyright-check assess PATH --format jsonl` with `options`, through the CLI: each
    output row as a dict, in order (the tests that exercise --assume, --map and a file's
    reading, where the record alone would miss what the command line adds)."""
    from typer.testing import CliRunner

    from copyright_check.cli import app

    result = CliRunner().invoke(app, ["assess", str(path), "--as-of", as_of, "--format", "jsonl", *options])
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
