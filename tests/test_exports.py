"""An institution's own export, as it is (issue: Swedish, German and French exports).

Each example export in examples/exports/ has an English twin (`.en.csv`) mapped by hand:
the same rows, the same columns in the same order, English headers and words, and the
batch-wide facts the profile asserts written into every empty cell. `profile` must map
every column whose twin is a record field, and `assess --profile` must give the twin's
verdicts, templates and uploadable_from, for the .csv and the .xlsx alike.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.profile import load_profile, starter
from copyright_check.record import COLUMNS

EXPORTS = Path(__file__).resolve().parent.parent / "examples" / "exports"
NAMES = ("sv-museum", "de-archiv", "fr-musee")
runner = CliRunner()


def _outcomes(args: list[str], tmp_path: Path) -> list[tuple[str, str, list[str], int | None]]:
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["assess", *args, "--as-of", "2026-11-24", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [(d["id"], d["verdict"], d["templates"], d["uploadable_from"]) for d in json.loads(out.read_text("utf-8"))]


def _english_header(name: str) -> list[str]:
    with (EXPORTS / f"{name}.en.csv").open(encoding="utf-8") as f:
        return next(csv.reader(f))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("name", NAMES)
def test_profile_maps_every_column_that_holds_a_record_field(name: str, suffix: str) -> None:
    found = starter(EXPORTS / f"{name}{suffix}")
    section = found.text.split("columns:\n")[1].split("\n#")[0]
    mapped = dict(line.strip().split(": ", 1) for line in section.splitlines())
    with (EXPORTS / f"{name}.csv").open(encoding="utf-8") as f:
        native = next(csv.reader(f, delimiter=";" if name != "fr-musee" else ","))
    for theirs, english in zip(native, _english_header(name), strict=True):
        if english in COLUMNS:
            assert mapped.get(json.dumps(theirs, ensure_ascii=False)) == english, theirs
        else:
            assert json.dumps(theirs, ensure_ascii=False) not in mapped


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("name", NAMES)
def test_assess_with_profile_gives_the_hand_mapped_english_verdicts(name: str, suffix: str, tmp_path: Path) -> None:
    native = _outcomes([str(EXPORTS / f"{name}{suffix}"), "--profile", str(EXPORTS / f"{name}.profile.yaml")], tmp_path)
    english = _outcomes([str(EXPORTS / f"{name}.en.csv")], tmp_path)
    assert native == english
    assert {v for _, v, _, _ in english} >= {"ok", "not_ok"}  # the examples exercise real outcomes


@pytest.mark.parametrize("name", NAMES)
def test_starter_profile_plus_assumptions_reads_the_export(name: str, tmp_path: Path) -> None:
    # The three steps of the README: profile, edit (add the batch's facts, and say what its
    # setting words mean: "utomhus" says outdoors, not public), assess.
    saved = (EXPORTS / f"{name}.profile.yaml").read_text("utf-8")
    edited = saved.split("\nassume:\n", 1)[1]
    block = saved.split("\n  depicted_setting:\n", 1)[1].splitlines()
    text = starter(EXPORTS / f"{name}.csv").text.replace("\nassume:\n", "\nassume:\n" + edited)
    for line in block[:next((i for i, ln in enumerate(block) if not ln.startswith("    ")), len(block))]:
        key = line.split(":")[0] + ":"  # the starter reads it as unknown: the museum says what it means
        text = re.sub(rf"^{re.escape(key)} unknown.*$", line, text, count=1, flags=re.MULTILINE)
    profile = tmp_path / "p.yaml"
    profile.write_text(text, "utf-8")
    assert _outcomes([str(EXPORTS / f"{name}.csv"), "--profile", str(profile)], tmp_path) == \
        _outcomes([str(EXPORTS / f"{name}.en.csv")], tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_committed_xlsx_holds_the_csv_rows(name: str) -> None:
    # tools/make_exports.py writes the .xlsx (typed cells, a title line) from the .csv.
    mapping = load_profile(EXPORTS / f"{name}.profile.yaml")

    def cells(path: Path) -> list[dict[str, str]]:
        return [row.cells for row, _ in prepared_rows(path, mapping=mapping)]

    assert cells(EXPORTS / f"{name}.xlsx") == cells(EXPORTS / f"{name}.csv")


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman", "utf-16", "nfd"])
@pytest.mark.parametrize("name", NAMES)
def test_the_export_saved_in_another_encoding_gives_the_same_verdicts(name: str, encoding: str,
                                                                       tmp_path: Path) -> None:
    # Excel on Windows (cp1252), Excel for Mac's "CSV (Macintosh)", "Unicode text" (UTF-16)
    # and macOS's decomposed accents: the same export, the same verdicts, with no --encoding.
    import unicodedata

    text = (EXPORTS / f"{name}.csv").read_text("utf-8")
    data = unicodedata.normalize("NFD", text).encode() if encoding == "nfd" else text.encode(encoding)
    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    profile = ["--profile", str(EXPORTS / f"{name}.profile.yaml")]
    assert _outcomes([str(path), *profile], tmp_path) == _outcomes([str(EXPORTS / f"{name}.csv"), *profile], tmp_path)
