"""A second person in a column named as the first's field with a number after it.

pandas writes a repeated "photographer" column as "photographer.1"; exports number a second
author "photographer_2" or "depicted creator 2". Read as a column of its own, it passed through
unread and a photo by two photographers was decided on the first one's death year (review 10
F2). The term of a work of joint authorship runs from the death of the last surviving author
(Berne Convention art. 7bis; Directive 2006/116/EC art. 1(2),
https://www.cryer.org.uk/fr/directive-2006-116-ce-duree-protection-droit-auteur): the second
person's column is the field again, and two different values in it are the row's error, as a
repeated column's are, so no ok rests on the first alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app

runner = CliRunner()
HEADER = ("id,photographer,{second},photographer_death_year,image_date,published_date,origin_country,"
          "photo_kind,licence,depicted_type\n")


def _assess(tmp_path: Path, text: str, *extra: str) -> list[dict[str, object]]:
    src, out = tmp_path / "in.csv", tmp_path / "out.jsonl"
    src.write_text(text, "utf-8")
    result = runner.invoke(app, ["assess", str(src), "--format", "jsonl", "--as-of", "2026-12-01",
                                 "-o", str(out), "--jobs", "1", *extra])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("second", ["photographer.1", "photographer_2", "Photographer 2", "photographer (2)"])
def test_second_photographer_in_a_numbered_column_is_never_decided_on_the_first_alone(
        tmp_path: Path, second: str) -> None:
    rows = _assess(tmp_path, HEADER.format(second=second)
                   + "X,Oscar Halldin,Anna Riwkin,1948,1930,1930,SE,photographic_work,,none\n")
    assert rows[0]["verdict"] == "needs_review"
    assert any("appears twice" in str(e) for e in rows[0]["errors"])  # type: ignore[attr-defined]


def test_numbered_column_holding_the_same_person_changes_nothing(tmp_path: Path) -> None:
    # A column repeated with the same value (an export that writes it twice) is no second person.
    rows = _assess(tmp_path, HEADER.format(second="photographer.1")
                   + "X,Oscar Halldin,Oscar Halldin,1948,1930,1930,SE,photographic_work,,none\n")
    assert rows[0]["verdict"] == "ok"


def test_numbered_column_of_a_field_that_is_not_a_person_stays_unread(tmp_path: Path) -> None:
    # Only the people whose death decides a term (vocabularies/headers.yaml, numbered_again):
    # a second id or title column is the institution's own business.
    text = ("id,id_2,title,title.1,photographer,photographer_death_year,image_date,published_date,"
            "origin_country,photo_kind,licence,depicted_type\n"
            "X,77,A,B,Oscar Halldin,1948,1930,1930,SE,photographic_work,,none\n")
    rows = _assess(tmp_path, text)
    assert rows[0]["verdict"] == "ok" and not rows[0]["errors"]


def test_numbered_column_of_a_mapped_header_is_that_field_again(tmp_path: Path) -> None:
    # "Fotograf" mapped to photographer: "Fotograf 2" is the photographer field again.
    text = ("id,Fotograf,Fotograf 2,photographer_death_year,image_date,published_date,origin_country,"
            "photo_kind,licence,depicted_type\n"
            "X,Oscar Halldin,Anna Riwkin,1948,1930,1930,SE,photographic_work,,none\n")
    rows = _assess(tmp_path, text, "--map", "Fotograf=photographer")
    assert rows[0]["verdict"] == "needs_review"
