"""A row whose id is empty or repeats an earlier row's cannot be matched to its record by an
upload keyed by id (review 8, F13): every row stays in the output, but the upload-ready
formats hand out no file page (`--format wikitext`) and no claims (`--format sdc`) for it,
and `--fail-on errors` sees it. A script that names the image file by the row's id (as
examples/upload_with_pywikibot.py does) would post one row's page, with its licence tags,
for another row's image.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.wikitext import split_pages

runner = CliRunner()
# A Swedish photographic work, photographer died 1948 (SFS 1960:729 43 §: PD since 2019),
# published 1925 (PD-US-expired): ok on every row; only the ids differ.
HEADER = "id,title,source,photographer,photographer_death_year,image_date,published_date,origin_country," \
         "photo_kind,depicted_type\n"
ROW = ",Kalmar,https://example.org/{n},Per Larsson,1948,1920,1925,SE,photographic_work,none\n"


def _batch(tmp_path: Path, ids: list[str]) -> Path:
    path = tmp_path / "batch.csv"
    path.write_text(HEADER + "".join(i + ROW.format(n=n) for n, i in enumerate(ids)), "utf-8")
    return path


def _assess(path: Path, fmt: str, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["assess", str(path), "--format", fmt, "--as-of", "2026-11-24", "--quiet", *extra])
    return result.exit_code, result.stdout


def test_the_wikitext_batch_writes_no_page_for_an_empty_or_repeated_id(tmp_path: Path) -> None:
    code, out = _assess(_batch(tmp_path, ["A", "", "B", "A"]), "wikitext", "--category", "Batch 2026")
    assert code == 0
    rows = list(split_pages(out))
    # Every row once, in order, with its verdict: the finding does not change.
    assert [(h["id"], h["verdict"]) for h, _ in rows] == [("A", "ok"), ("", "ok"), ("B", "ok"), ("A", "ok")]
    pages = [block for _, block in rows]
    assert pages[0].startswith("=={{int:filedesc}}==") and "[[Category:Batch 2026]]" in pages[0]
    for block in (pages[1], pages[3]):  # the empty id; the repeat (the first A keeps its page)
        assert block.startswith("<!-- copyright-check: ok: no file page: the row's id cannot name one record")
        assert "{{PD-old-auto-expired" not in block and "[[Category:" not in block
    assert [e["column"] for e in rows[3][0]["errors"]] == ["id"]


def test_the_single_row_command_shows_the_row_as_the_batch_does(tmp_path: Path) -> None:
    path = _batch(tmp_path, ["A", "B", "A"])
    result = runner.invoke(app, ["wikitext", str(path), "--row", "3", "--as-of", "2026-11-24"])
    assert result.exit_code == 0
    assert "no file page" in result.stdout and "{{PD-old-auto-expired" not in result.stdout


def test_structured_data_gives_no_claims_for_an_empty_or_repeated_id(tmp_path: Path) -> None:
    _, out = _assess(_batch(tmp_path, ["A", "", "A"]), "sdc")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["claims"] and rows[0]["registry"] is not None
    for row in rows[1:]:
        assert row["verdict"] == "ok" and row["claims"] == [] and row["registry"] is None
        assert row["left_out"][0]["template"] == "PD-old-auto-expired"
        assert "cannot name one record" in row["left_out"][0]["why"]


@pytest.mark.parametrize(("fail_on", "code"), [("not_ok", 0), ("needs_review", 0), ("errors", 1)])
def test_fail_on_errors_sees_a_repeated_id_on_an_ok_row(tmp_path: Path, fail_on: str, code: int) -> None:
    # Every verdict is ok: only --fail-on errors stops the run on the repeated id.
    assert _assess(_batch(tmp_path, ["A", "B", "A"]), "jsonl", "--fail-on", fail_on)[0] == code


def test_fail_on_errors_passes_a_clean_batch_and_matches_every_verdict_but_ok(tmp_path: Path) -> None:
    assert _assess(_batch(tmp_path, ["A", "B"]), "jsonl", "--fail-on", "errors")[0] == 0
    protected = tmp_path / "p.csv"
    protected.write_text(HEADER + "A,t,s,Per,1990,1960,1960,SE,photographic_work,none\n", "utf-8")
    assert _assess(protected, "jsonl", "--fail-on", "errors")[0] == 1
