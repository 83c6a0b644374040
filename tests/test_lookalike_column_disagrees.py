"""A look-alike column that says otherwise than the field it looks like (review 18 G15).

Without a profile, a column whose header the vocabulary knows as a field but that is not the
field's own name (`License` beside `licence`) is not read: the field is read from its own column.
Which of two licence columns is current the file does not say (an export that kept an old
`licence` beside a `License` set to CC BY-NC after a rights review), and an NC licence is no
licence Commons accepts (Commons:Licensing: "NonCommercial" and "NoDerivatives" are not free):
where both hold a value and the values differ, the row's error names both and no ok rests on
the column read, whichever comes first. The same for the rights holder and the people whose
death decides a term (vocabularies/headers.yaml, compared_lookalikes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.cli import app

runner = CliRunner()
HEADER = "id,title,photographer,image_date,published_date,origin_country,photo_kind,{a},{b},rights_holder,depicted_type"
# A Swedish photographic work of 1963 by a living photographer who licensed it: ok on CC BY alone.
ROW = "{id},Gata,Per Foto,2015,2015,SE,photographic_work,{x},{y},Per Foto,none"


def _assess(tmp_path: Path, a: str, b: str, *rows: tuple[str, str, str]) -> list[dict[str, object]]:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER.format(a=a, b=b), *(ROW.format(id=i, x=x, y=y) for i, x, y in rows)]) + "\n",
                    "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-01", "-o", str(out),
                                 "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.mark.parametrize(("a", "b"), [("licence", "License"), ("License", "licence")])
def test_a_licence_look_alike_column_saying_nc_beside_cc_by_is_never_ok(tmp_path: Path, a: str, b: str) -> None:
    by, nc = "CC BY 4.0", "CC BY-NC 4.0"
    x, y = (by, nc) if a == "licence" else (nc, by)  # the read licence column says CC BY
    (row,) = _assess(tmp_path, a, b, ("L1", x, y))
    assert row["verdict"] != "ok"
    (error,) = row["errors"]  # type: ignore[misc]
    assert error["column"] == "licence"  # type: ignore[index]
    assert "'license'" in error["message"] and "'CC BY-NC 4.0'" in error["message"]  # type: ignore[index]


def test_a_look_alike_column_that_agrees_or_is_empty_is_no_error(tmp_path: Path) -> None:
    rows = _assess(tmp_path, "licence", "License", ("L1", "CC BY 4.0", "cc by  4.0"), ("L2", "CC BY 4.0", ""))
    assert [r["verdict"] for r in rows] == ["ok", "ok"]
    assert all(not r["errors"] for r in rows)


def test_a_library_row_with_a_look_alike_key_that_disagrees_is_never_ok() -> None:
    # The library call with both keys gave ok on the first, with no note at all.
    row = {"id": "L4", "title": "Gata", "photographer": "Per Foto", "image_date": "2015", "published_date": "2015",
           "origin_country": "SE", "photo_kind": "photographic_work", "licence": "CC BY 4.0",
           "License": "CC BY-NC 4.0", "rights_holder": "Per Foto", "depicted_type": "none"}
    lib = Assessor(as_of="2026-12-01")
    a = lib.assess(row)
    assert a.verdict is not Verdict.OK
    assert [e.column for e in a.errors] == ["licence"]
    agreeing = lib.assess({**row, "License": "CC BY 4.0"})
    assert agreeing.verdict is Verdict.OK and not agreeing.errors


def test_a_files_look_alike_columns_are_worked_out_once_from_its_header_as_its_rows_would_give_them() -> None:
    # The batch works the pairs out from the file's header before its first row (Mapping.for_header)
    # and sends them to the workers with the mapping: they must be what each row's own keys give
    # (a repeated header name is one key of the row), and a --map that reads the column as the
    # field leaves no look-alike to compare.
    import pickle

    from copyright_check.mapping import Mapping
    from copyright_check.reader import lookalike_columns

    header = ("id", "licence", "license", "photographer", "fotograf", "license", "title")
    mapping = Mapping()
    mapped = mapping.for_header(header)
    row_keys = tuple(dict.fromkeys(header))
    assert mapped.lookalikes == lookalike_columns(row_keys, mapping.rename)
    assert mapped.lookalikes == (("license", "licence"), ("fotograf", "photographer"))
    assert pickle.loads(pickle.dumps(mapped)).lookalikes == mapped.lookalikes
    assert Mapping(columns={"license": "licence"}).for_header(("id", "license", "licence")).lookalikes == ()
