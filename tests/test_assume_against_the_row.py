"""A batch-wide assumption fills an empty cell with what the institution asserts for the whole
batch (README "Batch-wide facts"); it states a fact, so it can neither say what cannot be true nor
answer a row whose own title says otherwise (review 15 F3, F10, M10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app

runner = CliRunner()
HEADER = ("id,title,photographer,image_date,origin_country,photo_kind,licence,rights_holder,depicted_country,"
          "depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,"
          "depicted_permanent\n")


def _assess(tmp_path: Path, text: str, *args: str) -> tuple[int, list[dict[str, object]], str]:
    path = tmp_path / "batch.csv"
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl", *args])
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")], result.output


def _rules(row: dict[str, object]) -> list[str]:
    return [r["rule"] for r in row["reasons"]]  # type: ignore[attr-defined,index]


def test_a_batch_s_no_works_inside_does_not_answer_a_title_that_names_them(tmp_path: Path) -> None:
    # play/sw15.csv SW1, SW2 were ok with --assume shows_works_inside=no: Lewerentz's church (d. 1975) "interiör med
    # altartavla", the Golden Hall's mosaics by Einar Forseth (d. 1988). The altarpiece and the mosaics are works of
    # their own (Commons:Derivative works): the cell stays empty, the row asks, and the reason says why.
    text = (HEADER
            + "SW1,Markuskyrkan interiör med altartavla,Åsa,2020,SE,photographic_work,CC BY-SA 4.0,Åsa,SE,building,"
              "Sigurd Lewerentz,1975,1960,,yes\n"
            + "SW2,\"Stadshuset, Gyllene salen interiör, mosaiker av Einar Forseth\",Åsa,2020,SE,photographic_work,"
              "CC BY-SA 4.0,Åsa,SE,building,Ragnar Östberg,1945,1911/1923,,yes\n"
            + "SW4,Markuskyrkan interiör,Åsa,2020,SE,photographic_work,CC BY-SA 4.0,Åsa,SE,building,"
              "Sigurd Lewerentz,1975,1960,,yes\n")
    code, rows, output = _assess(tmp_path, text, "--assume", "shows_works_inside=no")
    assert code == 0, output
    assert [r["verdict"] for r in rows] == ["needs_review", "needs_review", "ok"]
    for row in rows[:2]:
        assert "not-assumed:shows_works_inside" in _rules(row) and "assumed:shows_works_inside" not in _rules(row)
    assert "assumed:shows_works_inside" in _rules(rows[2])  # an interior whose title names no work takes it


def test_a_batch_s_permanence_does_not_answer_a_title_that_says_temporary(tmp_path: Path) -> None:
    # play/temp15.csv TP3: Katharina Fritsch's Hahn/Cock on the Fourth Plinth (2013, temporary) was ok under UK
    # freedom of panorama with --assume depicted_permanent=yes; CDPA s. 62(1) covers works "permanently situated".
    text = (HEADER + "TP3,\"Temporary installation on Trafalgar Square, Fourth Plinth\",Jane,2020,GB,photographic_work,"
                     "CC BY-SA 4.0,Jane,GB,sculpture,Katharina Fritsch,,2013,outdoor_public,\n")
    _, rows, _ = _assess(tmp_path, text, "--assume", "depicted_permanent=yes")
    assert rows[0]["verdict"] == "needs_review" and "not-assumed:depicted_permanent" in _rules(rows[0])


@pytest.mark.parametrize("assume", ["published_date=photographer_death_year", "published_date=depicted_date",
                                    "depicted_creator_death_year=photographer_death_year",
                                    "photographer_death_year=image_date", "image_date=published_date"])
def test_an_assumption_that_copies_a_date_no_fact_makes_the_same_is_refused(tmp_path: Path, assume: str) -> None:
    # play/nv2.csv NN5: a German photo of 1915 by a photographer d. 1920 became "published 1920" and ok; play/f3b.csv:
    # a sculptor given the photographer's death year (1948) and ok. A photo is not published when its author dies, and a
    # death year is one person's own. Only published_date=image_date (published when made, README) can be true.
    code, _, output = _assess(tmp_path, HEADER, "--assume", assume)
    assert code == 2 and "cannot be assumed" in output


def test_published_never_may_be_assumed_for_a_batch(tmp_path: Path) -> None:
    # Review 15 M10: 'never' is a value published_date takes (a5240a2: 17 USC 303(a), never published before 2003);
    # a batch of negatives that never left the archive may assert it.
    text = ("id,photographer,photographer_death_year,image_date,origin_country,photo_kind,depicted_type\n"
            "N,Anna Riwkin,1970,1935,SE,photographic_work,landscape\n")
    code, rows, output = _assess(tmp_path, text, "--assume", "published_date=never")
    assert code == 0, output
    assert rows[0]["verdict"] != "ok" or "assumed:published_date" in _rules(rows[0])
    assert not [e for e in rows[0]["errors"] if e["column"] == "published_date"]  # type: ignore[attr-defined]
