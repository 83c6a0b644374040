"""--map names one field a column, and a field one column unless two are read together.

`--map A=photographer --map A=depicted_creator` kept the last silently: the photographer's
death year then stood beside no name. Two columns mapped to one field that the reader has no
reading of two columns for (`--map Land=origin_country --map Country=origin_country`) send
every row where they differ to review without saying why. Both are refused with one line
(exit 2). A date's first and last year, and a second person, stay readable from two columns:
the span between the years (README "Your own export"), and a second, different person as the
row's error (Berne art. 7bis: a joint work runs from the last surviving author's death).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app

CSV = ("id,Fotograf,Upphov,Dödsår,Land,Country,Från,Till\n"
       "1,Anna Riwkin,Oscar Halldin,1948,SE,US,1920,1925\n")
runner = CliRunner()


def _run(tmp_path: Path, *options: str) -> tuple[int, str]:
    path = tmp_path / "m.csv"
    path.write_text(CSV, "utf-8")
    result = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl", *options])
    return result.exit_code, result.stderr


def test_one_column_mapped_to_two_fields_is_refused(tmp_path: Path) -> None:
    code, said = _run(tmp_path, "--map", "Fotograf=photographer", "--map", "fotograf=depicted_creator")
    assert code == 2 and said.count("\n") == 1
    assert "'Fotograf=photographer'" in said and "'fotograf=depicted_creator'" in said and "map it once" in said


def test_two_columns_mapped_to_a_field_read_from_one_are_refused(tmp_path: Path) -> None:
    code, said = _run(tmp_path, "--map", "Land=origin_country", "--map", "Country=origin_country")
    assert code == 2 and said.count("\n") == 1 and "two columns mapped to origin_country" in said


def test_a_map_beside_the_profiles_column_for_the_same_field_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("columns:\n  Land: origin_country\n", "utf-8")
    code, said = _run(tmp_path, "--profile", str(profile), "--map", "Country=origin_country")
    assert code == 2 and "the profile's" in said and "--map 'Country=origin_country'" in said
    # Mapping the profile's own column elsewhere leaves one column for the field.
    assert _run(tmp_path, "--profile", str(profile), "--map", "Land=photographer",
                "--map", "Country=origin_country")[0] == 0


@pytest.mark.parametrize("maps", [
    ["Från=image_date", "Till=image_date"],  # a period's first and last year: read as their span
    ["Fotograf=photographer", "Upphov=photographer"],  # a second photographer: the row's error, review
    ["Land=origin_country", "land=origin_country"],  # the same mapping twice
])
def test_two_columns_the_reader_reads_together_are_taken(tmp_path: Path, maps: list[str]) -> None:
    assert _run(tmp_path, *(x for m in maps for x in ("--map", m)))[0] == 0
