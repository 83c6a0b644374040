"""A title that cannot be read leaves open the questions a title answers (review 15 F0).

A title says whether the photo was taken from the air (read where taken_from is empty and freedom
of panorama covers only the view from public ground: German UrhG § 59(1), BGH 23 October 2024,
I ZR 67/23, stored https://ihk.de/chemnitz/recht-und-steuern/rechtsinformationen/wettbewerbsrecht/luftbildaufnahmen-6294872)
and whether it shows a building's inside (UrhG § 59(1) S. 2: "Bei Bauwerken erstrecken sich diese
Befugnisse nur auf die äußere Ansicht"). A title the reader could not read (a byte not in the file's
encoding, a spreadsheet error such as #N/A, a NUL byte) answers neither: it is not a title that
says no. The row goes to a person naming the cell, as for any other cell the decision reads
(rules/verdict.yaml needs-review-unreadable-cells); README: an ok cannot rest on a cell read as unknown.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.cli import app

AS_OF = date(2026, 12, 1)
HEADER = ("id,title,photographer,image_date,origin_country,licence,depicted_country,depicted_type,depicted_creator,"
          "depicted_creator_death_year,depicted_date,depicted_setting,depicted_permanent\n")
# The Reichstag's dome (Norman Foster, living, 1999) under German freedom of panorama.
REICHSTAG = ",Vol,2020,DE,CC BY-SA 4.0,DE,building,Norman Foster,,1999,outdoor_public,yes\n"


def _assess(tmp_path: Path, data: bytes) -> list[dict[str, object]]:
    path = tmp_path / "batch.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl",
                                      "--encoding", "utf-8"])
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_an_unreadable_title_never_answers_that_the_photo_is_not_aerial(tmp_path: Path) -> None:
    # One Windows-1252 byte (ü = 0xFC) in a UTF-8 export: "Luftbild über dem Reichstag" (play/ttl15.csv T1
    # was ok {{FoP-Germany}} "as seen from public ground"); the same title readable is not_ok.
    data = (HEADER + "T1,Luftbild \udcfcber dem Reichstag" + REICHSTAG
            + "T2,Luftbild über dem Reichstag" + REICHSTAG).encode("utf-8", "surrogateescape")
    rows = _assess(tmp_path, data)
    assert [r["verdict"] for r in rows] == ["needs_review", "not_ok"]
    assert rows[0]["reasons"][-1]["rule"] == "needs-review-unreadable-cells"  # type: ignore[index]
    assert "(title;" in rows[0]["reasons"][-1]["text"]  # type: ignore[index]


def test_an_unreadable_title_never_answers_that_a_building_is_seen_from_outside(tmp_path: Path) -> None:
    # play/int15.csv D1: Gottfried Böhm's church (d. 2021), "Kölner Kirche Innenansicht" unreadable (#N/A as a
    # spreadsheet writes it, read as the cell's error) beside outdoor_public was ok {{FoP-Germany}}.
    church = ",Vol,2020,DE,CC BY-SA 4.0,DE,building,Gottfried Böhm,2021,1968,outdoor_public,yes\n"
    rows = _assess(tmp_path, (HEADER + "D1,#N/A" + church + "D2,Kölner Kirche" + church).encode())
    assert [r["verdict"] for r in rows] == ["needs_review", "ok"]
    assert rows[0]["reasons"][-1]["rule"] == "needs-review-unreadable-cells"  # type: ignore[index]


def test_an_unreadable_title_leaves_open_what_it_says_beside_a_landscape(tmp_path: Path) -> None:
    # A landscape's title is read too: one naming a mural or a memorial ("Väggmålning på
    # Medborgarhuset") beside the type landscape is the row's contradiction. Unreadable, it may
    # say so: the row goes to a person (review 29c G2: such a row was ok, the title's error alone).
    row = ",Vol,2020,DE,CC BY-SA 4.0,DE,landscape,,,,outdoor_public,yes\n"
    rows = _assess(tmp_path, (HEADER + "L1,#N/A" + row + "L2,Wiese bei Bonn" + row).encode())
    assert [r["verdict"] for r in rows] == ["needs_review", "ok"]
    assert [e["column"] for e in rows[0]["errors"]] == ["title"]  # type: ignore[index]
    assert rows[0]["reasons"][-1]["rule"] == "needs-review-unreadable-cells"  # type: ignore[index]


def test_a_title_with_a_nul_byte_is_never_the_cached_answer_of_a_readable_one() -> None:
    # The whole-row cache keys on what the title says, not on whether it was read: a row whose title
    # holds a NUL byte (its read_text error) is assessed afresh and never kept (assessor._assess_keyed).
    assessor = Assessor(as_of=AS_OF)
    base = {"photographer": "Vol", "image_date": "2020", "origin_country": "DE", "licence": "CC BY-SA 4.0",
            "depicted_country": "DE", "depicted_type": "building", "depicted_creator": "Norman Foster",
            "depicted_date": "1999", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    for round_ in range(3):
        for i, title in enumerate(["Reichstag", "Luftbild Reichstag\x00"]):
            a = assessor.assess({"id": f"{round_}-{i}", "title": title, **base})
            assert (a.verdict is Verdict.OK) is (i == 0), (round_, title, a.verdict)
