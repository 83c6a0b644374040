"""A place column no field reads, beside a batch's assumed depicted_country (review 32h F1).

A photo of a protected work is allowed only where the freedom of panorama of the country where the
work stands covers it (Commons:Freedom of panorama). A Swedish archive's export names where each photo
was taken in its own column ("Ort", "Plats", "Place"), which is no record field; run with
`--assume depicted_country=SE`, a 1924 photo of a Le Corbusier building (d. 1965, protected until the
end of 2035) whose `Ort` said "Paris" went ok {{FoP-Sweden}} (URL 24 § 2: buildings may be depicted
freely), where France's freedom of panorama does not cover commercial use (CPI L122-5 11°, as Commons
reads it: COM:FOP France, "not OK"). Now a place column that names a country, or a town none of whose
namesakes is in the assumed country (GeoNames' cities, copyright_check/places.py), keeps the assumption
from deciding the row: where the outcome rests on it, the row asks its own depicted_country.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.places import place_countries

runner = CliRunner()
HEADER = ("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
          "licence,depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,"
          "depicted_permanent,{h}")
# The photo is PD in Sweden (the photographer died 1940: URL 43 §, life + 70) and in the US
# (published 1925: 17 USC 304, 95 years); only the building decides.
ROW = ("{id},Villa,Anna Berg,1940,1924,1925,SE,photographic_work,,building,{architect},{died},1924,outdoor_public,"
       "yes,{v}")


def _run(tmp_path: Path, header: str, rows: list[str], *args: str) -> list[dict[str, object]]:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER.format(h=header), *rows]) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-04", "-o", str(out),
                                 "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def _place_errors(row: dict[str, object]) -> list[object]:
    return [e for e in row["errors"] if e["column"] == "depicted_country"]  # type: ignore[attr-defined, index]


@pytest.mark.parametrize("place", ["Paris", "Paris, Frankrike", "Rom", "Köpenhamn", "Barcelona, Spanien",
                                   # review 33a F2, F3, F4: brackets, colons, dashes, a line break, a postcode,
                                   # a district's number, a country's code in capitals, a long address
                                   "Paris (Frankrike)", "Frankrike: Paris", "Paris - Frankrike", "Paris\nFrankrike",
                                   "Paris Frankrike", "Paris och Rom", "75001 Paris", "Paris 8e", "FR",
                                   "Poissy, Yvelines, Île-de-France, Frankrike, Villa Savoye, 82 rue de Villiers",
                                   # review 33b W1, W3, W4, W6: a full stop inside a name, the assumed
                                   # country inside a longer name, a town inside one, a town of both
                                   "St. Louis", "Frankfurt a. M.", "Pavillon de la Suède, Paris",
                                   "Eiffeltornet Paris", "Stockholm, Paris", "Sverige, Norge",
                                   # review 33c: a format character or a spreadsheet's mark beside the name
                                   "Paris\u200e", "*Paris", "=Paris",
                                   # a long note under the place header, over several lines
                                   "Paris\nFrankrike\n" + "Villa Savoye, byggd för familjen Savoye. " * 12])
def test_a_place_abroad_keeps_an_assumed_country_from_giving_its_freedom_of_panorama(tmp_path: Path,
                                                                                       place: str) -> None:
    # COM:FOP Sweden covers buildings; where the building stands decides (Commons:Freedom of
    # panorama): the row asks its own depicted_country, never ok under Sweden's.
    (row,) = _run(tmp_path, "Ort", [ROW.format(id="P1", architect="Le Corbusier", died=1965, v=f'"{place}"')],
                  "--assume", "depicted_country=SE")
    assert row["verdict"] == "needs_review"
    assert "{{FoP-Sweden}}" not in row["templates"]  # type: ignore[operator]
    assert _place_errors(row)


@pytest.mark.parametrize("place", ["Stockholm", "Göteborg", "Lund, Skåne", "Sverige", "Kvarnbacken",
                                   # review 33a F7: Swedish places with a town of the name abroad of a size
                                   # with theirs (Mora: Cameroon, and India in another script), read as
                                   # the Swedish place
                                   "Mora", "Sala", "Kil", "Gamla stan i Stockholm", "S:t Eriks"])
def test_a_place_in_the_assumed_country_or_unknown_to_the_lists_leaves_the_assumption(tmp_path: Path,
                                                                                      place: str) -> None:
    # A town of Sweden, Sweden itself, or a name no list holds (a farm, a quarter): nothing says
    # the building stands elsewhere, and the batch's statement stands (URL 24 § 2).
    (row,) = _run(tmp_path, "Plats", [ROW.format(id="P2", architect="Le Corbusier", died=1965, v=f'"{place}"')],
                  "--assume", "depicted_country=SE")
    assert row["verdict"] == "ok"
    assert "{{FoP-Sweden}}" in row["templates"]  # type: ignore[operator]
    assert not _place_errors(row)


def test_a_place_abroad_decides_nothing_where_the_photo_shows_no_work(tmp_path: Path) -> None:
    # A street scene with no work of its own (depicted_type none): where it was taken changes
    # nothing, the photo's own terms decide, and the place column is no error.
    row_text = ROW.format(id="P3", architect="", died="", v="Paris").replace(",building,", ",none,").replace(
        ",,1924,outdoor_public,", ",,,outdoor_public,")
    (row,) = _run(tmp_path, "Ort", [row_text], "--assume", "depicted_country=SE")
    assert row["verdict"] == "ok"
    assert not _place_errors(row)


@pytest.mark.parametrize("header", ["Place of birth", "Födelseort", "Publiceringsort", "Fotografens ort"])
def test_a_column_of_another_place_than_the_photos_is_not_read_against_it(tmp_path: Path, header: str) -> None:
    # The photographer's birthplace, a place of publication, the photographer's town: not where
    # the building stands (vocabularies/headers.yaml, place_words_except).
    (row,) = _run(tmp_path, f'"{header}"', [ROW.format(id="P4", architect="Le Corbusier", died=1965, v="Paris")],
                  "--assume", "depicted_country=SE")
    assert row["verdict"] == "ok"
    assert not _place_errors(row)


def test_a_town_with_a_namesake_in_the_assumed_country_is_read_as_that_one(tmp_path: Path) -> None:
    # Berlin is a town in Germany (and in the US): beside an assumed DE nothing is in doubt.
    # COM:FOP Germany covers buildings on public ways (UrhG § 59).
    (row,) = _run(tmp_path, "Location", [ROW.format(id="P5", architect="Hans Scharoun", died=1972, v="Berlin")],
                  "--assume", "depicted_country=DE")
    assert not _place_errors(row)
    assert "{{FoP-Germany}}" in row["templates"]  # type: ignore[operator]


def test_a_row_with_its_own_depicted_country_is_not_read_against_a_place_column(tmp_path: Path) -> None:
    # The row's own cell decides (an assumption fills only empty cells).
    header = "depicted_country,Ort"
    (row,) = _run(tmp_path, header, [ROW.format(id="P6", architect="Le Corbusier", died=1965, v="SE,Paris")],
                  "--assume", "depicted_country=SE")
    assert not _place_errors(row)


def test_the_towns_come_from_geonames_in_the_languages_an_archive_writes() -> None:
    assert place_countries("Göteborg") == {"SE"}
    assert place_countries("Gothenburg") == {"SE"}
    assert "FR" in place_countries("Paris")
    assert "SE" not in place_countries("Paris")
    assert place_countries("Kvarnbacken") == frozenset()


def test_a_country_named_decides_over_a_town_of_the_assumed_country(tmp_path: Path) -> None:
    # Review 33a F1: "Rome, Italy" beside an assumed US (where Rome, Georgia is a town) went ok; the
    # country the cell names decides, and Italy's freedom of panorama does not cover buildings
    # (COM:FOP Italy). Renzo Piano's auditorium of 2002: protected in Italy.
    header = ("id,title,photographer,image_date,published_date,origin_country,photo_kind,licence,rights_holder,"
              "depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,"
              "depicted_permanent,Place")
    path = tmp_path / "us.csv"
    path.write_text(header + "\nU1,Auditorium,Jane Roe,2010,2010,US,photographic_work,CC BY 4.0,Jane Roe,building,"
                    'Renzo Piano,,2002,outdoor_public,yes,"Rome, Italy"\n', "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-04", "-o", str(out),
                                 "--jobs", "1", "--assume", "depicted_country=US"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert row["verdict"] != "ok"
    assert _place_errors(row)


@pytest.mark.parametrize(("place", "country"), [("Paris", "US"), ("London", "US"), ("Rom", "DE"), ("Hasselt", "NL")])
def test_a_major_town_abroad_is_not_hidden_by_a_village_of_its_name_at_home(place: str, country: str) -> None:
    # Review 33b W2: Paris, Texas (24,782 people) is not what "Paris" names in an export; a
    # German village named Rom is not Rome. The town ten times the size or more is read.
    from copyright_check.places import elsewhere

    assert elsewhere(place, country) is not None
    assert elsewhere(place, "FR" if place == "Paris" else "GB" if place == "London" else "IT" if place == "Rom"
                     else "BE") is None


def test_a_town_of_the_assumed_country_named_beside_it_is_that_country_s() -> None:
    # "Paris, Texas, USA" beside an assumed US: the country named decides which Paris it is.
    from copyright_check.places import elsewhere

    assert elsewhere("Paris, Texas, USA", "US") is None
    assert elsewhere("Paris, Sverige", "SE") is not None  # no Paris in Sweden


def test_a_place_cell_that_cannot_be_read_keeps_the_assumption_from_deciding(tmp_path: Path) -> None:
    # Review 33c: a NUL byte in `Ort` made the cell unknown, and the row went ok {{FoP-Sweden}} on
    # the batch's country. What an unreadable cell says is unknown, and no ok rests on it.
    (row,) = _run(tmp_path, "Ort", [ROW.format(id="P7", architect="Le Corbusier", died=1965, v='"Paris\x00"')],
                  "--assume", "depicted_country=SE")
    assert row["verdict"] != "ok"
    assert _place_errors(row)
