"""A column the header vocabulary knows as a record field, but that this run does not read (review 19 G5, G7).

Without a profile or a --map, a column whose header the vocabulary knows as a field but that is not the
field's own name (`Rättighetsinnehavare`, `Aufnahmestandpunkt`, `Titel`) is not read. Read as nothing, the
field is the permissive reading for some fields: an empty holder beside the row's own licence is not
checked, an empty taken_from is a view from public ground (UrhG § 59(1): only that view is free; BGH,
23 October 2024, I ZR 67/23, aerial photos not covered), an empty title says neither aerial nor interior.
So where no column is read as the field and the look-alike holds a value, that is the row's error on the
field, and no ok rests on it; where another column is read as the field and the two disagree, the title
and the holder (whose errors alone keep no ok off a row) are read as neither (record.UNREAD_ON_CONFLICT).
A field's own name written with a mark ("rights_holder*", "Licence:") or as one word ("rightsHolder",
"takenFrom") is that field. A --map naming a column the file has none of is refused (exit 2).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.cli import app

runner = CliRunner()
# A Swedish photographic work of 1990 by a living photographer, licensed CC BY 4.0: the holder decides.
HOLDER_HEADER = "id,title,photographer,image_date,published_date,origin_country,photo_kind,licence,{h},depicted_type"
HOLDER_ROW = "{id},Kyrkogata,Per Foto,1990,1990,SE,photographic_work,CC BY 4.0,{v},none"
# The Reichstag's dome (Norman Foster, living, 1999) under German freedom of panorama: an aerial view is not free.
AERIAL_HEADER = ("id,title,photographer,image_date,published_date,origin_country,photo_kind,licence,rights_holder,"
                 "depicted_country,depicted_type,depicted_creator,depicted_date,depicted_setting,depicted_permanent,{t}")
AERIAL_ROW = "{id},Reichstagsgebäude,Anna Berg,2019,2019,DE,photographic_work,CC BY 4.0,Anna Berg,DE,building,"\
             "Norman Foster,1999,outdoor_public,yes,{v}"


def _run(tmp_path: Path, text: str, *args: str) -> tuple[int, list[dict[str, object]], str]:
    path = tmp_path / "export.csv"
    path.write_text(text, "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-01", "-o", str(out),
                                 "--jobs", "1", *args])
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()] if out.exists() else []
    return result.exit_code, rows, result.output


def test_an_unread_holder_look_alike_saying_unknown_keeps_ok_off_the_row(tmp_path: Path) -> None:
    # Read under its own name, "okänd" is needs-review-licence-holder-unknown; unread, it was ok {{Cc-by-4.0}}.
    text = "\n".join([HOLDER_HEADER.format(h="Rättighetsinnehavare"), HOLDER_ROW.format(id="UR1", v="okänd")]) + "\n"
    _, (row,), _ = _run(tmp_path, text)
    assert row["verdict"] == "needs_review"
    (error,) = row["errors"]  # type: ignore[misc]
    assert error["column"] == "rights_holder"  # type: ignore[index]
    # The column as the reader keys it (--map compares names case-insensitively).
    assert "--map 'rättighetsinnehavare=rights_holder'" in error["message"].lower()  # type: ignore[index, union-attr]


def test_an_unread_viewpoint_look_alike_saying_aerial_keeps_ok_off_the_row(tmp_path: Path) -> None:
    text = "\n".join([AERIAL_HEADER.format(t="Aufnahmestandpunkt"), AERIAL_ROW.format(id="UR4", v="aerial")]) + "\n"
    _, (row,), _ = _run(tmp_path, text)
    assert row["verdict"] != "ok"
    assert [e["column"] for e in row["errors"]] == ["taken_from"]  # type: ignore[index, union-attr]


def test_an_empty_unread_look_alike_is_no_error(tmp_path: Path) -> None:
    text = "\n".join([HOLDER_HEADER.format(h="Rättighetsinnehavare"), HOLDER_ROW.format(id="UR0", v="")]) + "\n"
    _, (row,), _ = _run(tmp_path, text)
    assert row["errors"] == []


def test_a_holder_look_alike_disagreeing_with_the_holder_is_read_as_neither(tmp_path: Path) -> None:
    # review 19 G7 DL1: `rights_holder` "Per Foto" beside `Rättighetsinnehavare` "okänd" was ok on the first.
    header = HOLDER_HEADER.format(h="rights_holder") + ",Rättighetsinnehavare"
    text = "\n".join([header, HOLDER_ROW.format(id="DL1", v="Per Foto") + ",okänd"]) + "\n"
    _, (row,), _ = _run(tmp_path, text)
    assert row["verdict"] == "needs_review"
    assert [e["column"] for e in row["errors"]] == ["rights_holder"]  # type: ignore[index, union-attr]


def test_a_title_look_alike_saying_aerial_beside_the_title_is_read_as_neither(tmp_path: Path) -> None:
    # review 19 G7 DT: `Titel` "Luftbild Reichstag" beside `title` "Reichstagsgebäude" gave no error at all.
    header = AERIAL_HEADER.format(t="Titel")
    text = "\n".join([header, AERIAL_ROW.format(id="DT1", v="Luftbild Reichstagsgebäude")]) + "\n"
    _, (row,), _ = _run(tmp_path, text)
    assert row["verdict"] != "ok"
    assert [e["column"] for e in row["errors"]] == ["title"]  # type: ignore[index, union-attr]


def test_a_field_name_with_a_mark_or_in_one_word_is_that_field(tmp_path: Path) -> None:
    for header in ("rights_holder*", "rights_holder:", "rightsHolder", "RightsHolder"):
        text = "\n".join([HOLDER_HEADER.format(h=header), HOLDER_ROW.format(id="Q1", v="okänd")]) + "\n"
        _, (row,), _ = _run(tmp_path, text)
        assert row["verdict"] == "needs_review", header
        assert row["errors"] == [], header  # read as the holder itself: unknown, no unread column
        assert any(r["rule"] == "needs-review-licence-holder-unknown" for r in row["reasons"]), header  # type: ignore[index, union-attr]


def test_a_map_naming_a_column_the_file_lacks_is_refused(tmp_path: Path) -> None:
    text = "\n".join([HOLDER_HEADER.format(h="Rättighetshavare"), HOLDER_ROW.format(id="M1", v="okänd")]) + "\n"
    code, rows, output = _run(tmp_path, text, "--map", "Rättighetsinnehavare=rights_holder")
    assert code == 2 and rows == []
    assert "Rättighetsinnehavare" in output and "no column" in output


def test_a_library_row_with_an_unread_holder_key_is_never_ok() -> None:
    row = {"id": "L1", "title": "Kyrkogata", "photographer": "Per Foto", "image_date": "1990",
           "published_date": "1990", "origin_country": "SE", "photo_kind": "photographic_work",
           "licence": "CC BY 4.0", "Rättighetsinnehavare": "okänd", "depicted_type": "none"}
    result = Assessor().assess(row, as_of="2026-12-01")
    assert result.verdict is not Verdict.OK
    assert [e.column for e in result.errors] == ["rights_holder"]
