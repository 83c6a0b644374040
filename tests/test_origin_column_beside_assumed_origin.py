"""A depicted work's origin in a column no vocabulary read, beside a batch's assumed origin (review 31f F1).

The depicted work's term runs under its country of origin (Berne Convention art. 5(4)). A museum's
export named that column "Origin country of artwork" or "Country of origin (object)", which no header
list knew: read as nothing, the column's MX was lost, `--assume depicted_origin_country=SE` filled the
empty field, and a Mexican painting (Frida Kahlo, d. 1954; Mexico: life + 100, Ley Federal del Derecho
de Autor art. 29) went ok under Sweden's life + 70. Now a header holding a word for origin and a word
for the work is a look-alike of the field (vocabularies/headers.yaml, header_pairs): unread, its value is
the row's error and no ok rests on it; and any assumption of a field no column is read as names, on
stderr and in --summary, the columns read as nothing, one of which may hold it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.mapping import Assumption, Mapping
from copyright_check.reader import lookalike_field

runner = CliRunner()
HEADER = ("id,title,photographer,image_date,origin_country,photo_kind,licence,depicted_country,depicted_type,"
          "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,depicted_permanent,{h}")
# A museum's own CC0 reproduction of a painting in its Stockholm galleries.
ROW = "{id},Självporträtt,Museifotograf,2020,SE,faithful_reproduction,CC0,SE,painting,Frida Kahlo,1954,1926,"\
      "indoor_public,yes,{v}"


def _run(tmp_path: Path, text: str, *args: str) -> tuple[int, list[dict[str, object]], str, dict[str, object]]:
    path = tmp_path / "export.csv"
    path.write_text(text, "utf-8")
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-04", "-o", str(out),
                                 "--jobs", "1", "--summary", str(summary), *args])
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()] if out.exists() else []
    data = json.loads(summary.read_text("utf-8")) if summary.exists() else {}
    return result.exit_code, rows, " ".join(result.stderr.split()), data


@pytest.mark.parametrize("header", ["Origin country of artwork", "Country of origin (object)", "Land of origin (work)",
                                    "Herkunftsland (Objekt)", "Ursprungsland föremål", "Pays d'origine de l'oeuvre"])
def test_an_origin_column_no_profile_reads_keeps_the_assumed_origin_from_deciding(tmp_path: Path, header: str) -> None:
    text = "\n".join([HEADER.format(h=header), ROW.format(id="K1", v="MX")]) + "\n"
    code, (row,), _, _ = _run(tmp_path, text, "--assume", "depicted_origin_country=SE")
    assert code == 0
    assert row["verdict"] == "needs_review"
    assert any(e["column"] == "depicted_origin_country" for e in row["errors"])  # type: ignore[attr-defined, index]


def test_an_origin_column_read_by_map_decides_under_the_works_own_law(tmp_path: Path) -> None:
    # Mexico's life + 100 (LFDA art. 29): Kahlo's works are protected until the end of 2054.
    text = "\n".join([HEADER.format(h="Origin country of artwork"), ROW.format(id="K2", v="MX")]) + "\n"
    _, (row,), _, _ = _run(tmp_path, text, "--map", "Origin country of artwork=depicted_origin_country",
                           "--assume", "depicted_origin_country=SE")
    assert row["verdict"] == "not_ok"


def test_words_inside_other_words_name_no_origin() -> None:
    # "Original work title", "Ursprunglig titel (verk)": an original, not an origin.
    assert lookalike_field("Original work title") is None
    assert lookalike_field("Ursprunglig titel (verk)") is None
    assert lookalike_field("Country of origin") == "origin_country"  # the photo's, as before


def test_an_unread_origin_column_saying_the_same_country_in_other_words_is_no_conflict(tmp_path: Path) -> None:
    # "Mexico" beside "MX": one country, no error; beside "SE" the two disagree.
    header = HEADER.format(h="depicted_origin_country,Origin country of artwork")
    same = ROW.format(id="K3", v="MX,Mexico")
    other = ROW.format(id="K4", v="SE,Mexico")
    _, (a, b), _, _ = _run(tmp_path, "\n".join([header, same, other]) + "\n")
    assert not [e for e in a["errors"] if e["column"] == "depicted_origin_country"]  # type: ignore[attr-defined, index]
    assert [e for e in b["errors"] if e["column"] == "depicted_origin_country"]  # type: ignore[attr-defined, index]
    assert b["verdict"] != "ok"


def test_an_assumption_names_the_columns_read_as_nothing(tmp_path: Path) -> None:
    # A header no vocabulary can know ("Objektets hemland"): the note names it, on stderr and in --summary.
    text = "\n".join([HEADER.format(h="Objektets hemland"), ROW.format(id="K5", v="MX")]) + "\n"
    _, _, err, data = _run(tmp_path, text, "--assume", "depicted_origin_country=SE")
    assert "depicted_origin_country=SE (--assume) fills every row's empty depicted_origin_country" in err
    assert "'Objektets hemland'" in err
    assert data["assumed_beside_unread"] == [{"field": "depicted_origin_country", "value": "SE", "origin": "--assume",
                                              "columns_read_as_nothing": ["Objektets hemland"]}]


def test_an_assumption_of_a_field_a_column_is_read_as_names_nothing() -> None:
    a = Assumption("depicted_origin_country", "SE", "--assume")
    assert Mapping(assume=(a,)).assumed_beside_unread(["id", "depicted_origin_country", "Inventarienummer2"]) == []
    assert Mapping(assume=(a,)).assumed_beside_unread(["id", "Inventarienummer2"]) == [(a, ("Inventarienummer2",))]


# Review 32a: the attack on the change above.

def test_an_empty_origin_cell_beside_a_look_alike_saying_another_country_takes_no_assumption(tmp_path: Path) -> None:
    # F1: the mapped cell empty, "Origin country of artwork" MX: the batch's SE filled the cell (ok).
    header = HEADER.format(h="depicted_origin_country,Origin country of artwork")
    _, (row,), _, _ = _run(tmp_path, "\n".join([header, ROW.format(id="A1", v=",MX")]) + "\n",
                           "--assume", "depicted_origin_country=SE")
    assert row["verdict"] == "needs_review"
    assert any("assumes depicted_origin_country=SE" in e["message"] for e in row["errors"])  # type: ignore[attr-defined, index]


def test_an_empty_licence_beside_an_image_licence_column_takes_no_assumed_licence(tmp_path: Path) -> None:
    # F1's licence: an image's own CC BY-NC (not free: Commons:Licensing) beside --assume licence=CC0
    # was ok {{Cc-zero}}.
    text = ("id,title,photographer,image_date,origin_country,photo_kind,licence,rights_holder,depicted_type,"
            "Image license\nL1,Gatuvy,Anna Svensson,2015,SE,photographic_work,,Anna Svensson,none,CC BY-NC 4.0\n")
    _, (row,), _, _ = _run(tmp_path, text, "--assume", "licence=CC0")
    assert row["verdict"] != "ok"


@pytest.mark.parametrize(("header", "value"), [("Objektets hemland", "Mexiko"), ("Country of origin", "MX"),
                                               ("Förvärvsland", "Mexico")])
def test_an_unread_column_naming_another_country_takes_no_assumed_country(tmp_path: Path, header: str,
                                                                          value: str) -> None:
    # F2-F4: a header no vocabulary knows; a code counts under a header saying it holds a country.
    text = "\n".join([HEADER.format(h=header), ROW.format(id="A2", v=value)]) + "\n"
    _, (row,), _, _ = _run(tmp_path, text, "--assume", "depicted_origin_country=SE")
    assert row["verdict"] == "needs_review"


def test_a_column_mapped_to_no_field_is_read_as_nothing(tmp_path: Path) -> None:
    # N2: `--map 'COLUMN=-'` says the column holds no record field; a Swedish national collection's
    # acquisition country then leaves the batch's origin to decide (Isaac Grünewald, d. 1946: Sweden's
    # life + 70 ran out in 2016, Upphovsrättslag 43 §; bought in Mexico).
    row = ROW.format(id="A3", v="Mexico").replace("Frida Kahlo,1954", "Isaac Grünewald,1946")
    text = "\n".join([HEADER.format(h="Förvärvsland"), row]) + "\n"
    _, (row,), _, _ = _run(tmp_path, text, "--assume", "depicted_origin_country=SE", "--map", "Förvärvsland=-")
    assert row["verdict"] == "ok"


@pytest.mark.parametrize(("header", "value"), [("Object origin", "Gift of Anna Berg 1962"),
                                               ("Origin country of artwork", "-"), ("Signerad", "NO")])
def test_a_cell_that_names_no_country_blocks_nothing(tmp_path: Path, header: str, value: str) -> None:
    # N1, N3: provenance text, a dash, a no in a yes/no column are no country.
    text = "\n".join([HEADER.format(h=header), ROW.format(id="A4", v=value)]) + "\n"
    _, (row,), _, _ = _run(tmp_path, text, "--assume", "depicted_origin_country=SE")
    assert row["verdict"] == "ok"
    assert row["errors"] == []


@pytest.mark.parametrize("header", ["Artwork's country of origin", "Pays d’origine de l’œuvre", "objectOriginCountry",
                                    "Værkets oprindelsesland", "Ursprung (verk)"])
def test_origin_headers_in_other_spellings_are_look_alikes(header: str) -> None:
    # F2: possessives, curly apostrophes and elided articles, camelCase keys, Danish.
    assert lookalike_field(header) == "depicted_origin_country"


def test_a_place_of_making_abroad_holds_up_no_work_free_whatever_its_origin(tmp_path: Path) -> None:
    # Review 32h N1: Rubens (d. 1640) is PD under every law; his `Herstellungsort` "Antwerpen, Belgien"
    # beside a batch's origin DE decides nothing, and blocked the row.
    row = ROW.format(id="A5", v="\"Antwerpen, Belgien\"").replace("Frida Kahlo,1954,1926",
                                                                 "Peter Paul Rubens,1640,1615")
    _, (out,), _, _ = _run(tmp_path, "\n".join([HEADER.format(h="Herstellungsort"), row]) + "\n",
                           "--assume", "depicted_origin_country=DE", "--assume", "depicted_country=SE")
    assert out["verdict"] == "ok" and out["errors"] == []


def test_a_place_of_making_abroad_holds_up_a_work_whose_origin_decides(tmp_path: Path) -> None:
    # The same column for Kahlo's painting of 1926: Mexico's life + 100 runs; the assumption is not taken.
    row = ROW.format(id="A6", v="\"Coyoacán, Mexiko\"")
    _, (out,), _, _ = _run(tmp_path, "\n".join([HEADER.format(h="Herstellungsort"), row]) + "\n",
                           "--assume", "depicted_origin_country=SE")
    assert out["verdict"] == "needs_review"
    assert any("herstellungsort" in e["message"] for e in out["errors"])  # type: ignore[attr-defined, index]


def test_an_unread_column_naming_a_country_does_not_hold_up_where_a_work_stands(tmp_path: Path) -> None:
    # Where a work stands is the institution's own knowledge: an acquisition's country is no statement of it.
    text = "\n".join([HEADER.format(h="Förvärvsland"), ROW.format(id="A7", v="Frankrike")])
    text = text.replace(",SE,painting,", ",,painting,")
    _, (out,), _, _ = _run(tmp_path, text + "\n", "--assume", "depicted_country=SE",
                           "--assume", "depicted_origin_country=MX")
    assert not [e for e in out["errors"] if e["column"] == "depicted_country"]  # type: ignore[attr-defined, index]
