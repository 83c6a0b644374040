"""Two exports joined into one file, each with its own header (RECORDS.md: every input row
appears once; README, Messy input).

The second header is a line like any other, so it is one output row, which says what it
is. Where it names other columns or another order, the rows after it are read under the
first header, their cells under the wrong columns (a depicted creator's death year read as
the photographer's): each gets a per-row error, so that no ok rests on them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from copyright_check import Assessor
from copyright_check.batch import rendered_file

AS_OF = date(2026, 11, 24)
FIRST = ("id,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
         "depicted_type,depicted_creator,depicted_creator_death_year,depicted_country,depicted_date,"
         "depicted_setting,depicted_permanent\n")
ROW_A = "A1,Oscar Halldin,1948,1920,1925,SE,photographic_work,none,,,,,,\n"
# The photographer died 1990 (protected in Sweden to 2060), the architect 1935; the second
# export writes the architect's death year where the first has the photographer's.
SWAPPED = FIRST.replace("photographer_death_year", "X").replace("depicted_creator_death_year",
                                                                 "photographer_death_year").replace(
    "X", "depicted_creator_death_year")
ROW_B = "B1,Anna Riwkin,1935,1924,1925,SE,photographic_work,building,Ferdinand Boberg,1990,SE,1905,outdoor_public,yes\n"


def _rows(tmp_path: Path, text: str) -> list[dict[str, str]]:
    """Each output row's id, verdict and errors (one text)."""
    path = tmp_path / "joined.csv"
    path.write_text(text, encoding="utf-8")
    with rendered_file(path, "jsonl", AS_OF, assessor=Assessor(as_of=AS_OF)) as (_columns, rendered):
        found = [json.loads(r.text) for r in rendered]
    return [{"id": f["id"], "verdict": f["verdict"], "errors": " | ".join(str(e) for e in f["errors"])}
            for f in found]


def test_a_header_repeated_with_other_columns_leaves_no_ok_on_the_rows_after_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, FIRST + ROW_A + SWAPPED + ROW_B)
    assert [r["id"] for r in rows] == ["A1", "id", "B1"]
    assert rows[0]["verdict"] == "ok"
    assert "repeats the header with other columns" in rows[1]["errors"]
    assert rows[2]["verdict"] != "ok"  # read under the first header, it was ok on the architect's 1935
    assert "split the file at line 3" in rows[2]["errors"]


def test_a_header_repeated_as_it_was_is_one_row_saying_so(tmp_path: Path) -> None:
    rows = _rows(tmp_path, FIRST + ROW_A + FIRST.upper().replace("ID,", "id,") + ROW_A.replace("A1", "A2"))
    assert [r["id"] for r in rows] == ["A1", "id", "A2"]
    assert "repeats the header (two exports joined" in rows[1]["errors"]
    assert rows[2]["verdict"] == "ok" and rows[2]["errors"] == ""


def test_a_record_whose_id_only_begins_like_the_header_is_a_record(tmp_path: Path) -> None:
    rows = _rows(tmp_path, FIRST + ROW_A.replace("A1", "id-7") + ROW_A.replace("A1", "ID 8"))
    assert [(r["id"], r["verdict"], r["errors"]) for r in rows] == [("id-7", "ok", ""), ("ID 8", "ok", "")]


def test_a_header_repeated_after_a_byte_order_mark_is_found(tmp_path: Path) -> None:
    # `cat a.csv b.csv` of two UTF-8 exports that each begin with a byte order mark: the
    # second header begins with U+FEFF, and its rows were read under the first header.
    # The mark is no part of the repeated header's id (review 15 M1): the row is the header's.
    rows = _rows(tmp_path, "\ufeff" + FIRST + ROW_A + "\ufeff" + SWAPPED + ROW_B)
    assert [r["id"] for r in rows] == ["A1", "id", "B1"]
    assert "repeats the header with other columns" in rows[1]["errors"]
    assert rows[2]["verdict"] != "ok" and "split the file at line 3" in rows[2]["errors"]


def test_a_header_repeated_with_the_id_column_not_first_is_found(tmp_path: Path) -> None:
    first = "title,id,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind\n"
    second = "title,id,photographer,image_date,photographer_death_year,published_date,origin_country,photo_kind\n"
    rows = _rows(tmp_path, first + "Midsommar in Madrid,A1,Oscar Halldin,1948,1920,1925,SE,photographic_work\n"
                 + second + "Bridge,B1,Anna Riwkin,1924,1990,1925,SE,photographic_work\n")
    assert [r["id"] for r in rows] == ["A1", "id", "B1"]
    assert rows[0]["errors"] == ""
    assert "split the file at line 3" in rows[2]["errors"]


def test_a_header_run_into_the_last_line_of_the_file_before_is_found(tmp_path: Path) -> None:
    # `cat a.csv b.csv` where a.csv does not end with a line break: the second header runs
    # into a.csv's last row ("…,noneid,photographer,…"), and its rows were read under the
    # first header (B1 ok on the architect's 1935).
    rows = _rows(tmp_path, FIRST + ROW_A.rstrip("\n") + SWAPPED + ROW_B)
    assert [r["id"] for r in rows] == ["A1", "B1"]
    assert "starts inside this line" in rows[0]["errors"] and rows[0]["verdict"] != "ok"
    assert rows[1]["verdict"] != "ok" and "split the file at line 2" in rows[1]["errors"]
    same = _rows(tmp_path, FIRST + ROW_A.rstrip("\n") + FIRST + ROW_A.replace("A1", "A2"))
    assert [(r["id"], r["verdict"]) for r in same][1] == ("A2", "ok")
