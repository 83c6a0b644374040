"""The batch path: order, duplicates, and the same output from one process or several."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from copyright_check import batch
from copyright_check.output import write

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
AS_OF = date(2026, 11, 24)


def _run(path: Path, fmt: str, jobs: int) -> str:
    import io

    out = io.StringIO()
    with batch.rendered_file(path, fmt, AS_OF, jobs=jobs) as (columns, rows):
        for _ in write(fmt, rows, out, columns):
            pass
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_worker_processes_give_the_same_output_in_the_same_order(monkeypatch, fmt: str) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)  # several chunks in flight
    assert _run(EXAMPLE, fmt, jobs=2) == _run(EXAMPLE, fmt, jobs=1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_duplicate_ids_are_all_assessed_and_flagged(tmp_path: Path, jobs: int) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("id,origin_country,depicted_type\nA,SE,none\nB,SE,none\nA,SE,none\n", "utf-8")
    lines = [json.loads(line) for line in _run(path, "jsonl", jobs).splitlines()]
    assert [d["id"] for d in lines] == ["A", "B", "A"]
    assert not any("duplicate" in e["message"] for e in lines[0]["errors"])
    assert any("duplicate" in e["message"] for e in lines[2]["errors"])
