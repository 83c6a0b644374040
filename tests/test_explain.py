"""`explain`: the tree of one row, and the ranges it states for an open question.

DESIGN.md (three-valued facts): an unknown test that decides the verdict names the fact
that would decide it; `explain` states the values that settle it each way, and this test
checks that every stated range is true of the engine for values taken from it.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check import Assessor
from copyright_check.cli import app
from copyright_check.explain import SPAN, YEAR_COLUMNS, deciding_columns, explain
from copyright_check.record import normalise_keys

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "records.csv"
AS_OF = date(2026, 11, 24)
runner = CliRunner()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    path = tmp_path_factory.mktemp("g") / "g.csv"
    subprocess.run([sys.executable, "-m", "benchmarks.generate", "--rows", "400", "--seed", "11",
                    "--output", str(path)], check=True, cwd=ROOT)
    with path.open(encoding="utf-8", newline="") as f:
        return [normalise_keys(r) for r in csv.DictReader(f)]


def _values(s_lo: int | None, s_hi: int | None, as_of: date) -> list[int]:
    lo = s_lo if s_lo is not None else (s_hi if s_hi is not None else as_of.year) - 5
    hi = s_hi if s_hi is not None else max(lo, as_of.year - 1)
    lo = max(lo, as_of.year - SPAN)
    return sorted({lo, hi, (lo + hi) // 2})


def test_each_stated_range_gives_its_stated_verdict(assessor: Assessor, generated: list[dict[str, str]]) -> None:
    checked = 0
    for row in generated:
        if assessor.assess_cells(row, AS_OF, normalised=True).verdict.value != "needs_review":
            continue
        e = explain(assessor, row, AS_OF)
        for node in e.nodes:
            for s in node.settles:
                values = [s.value] if s.value is not None else [str(y) for y in _values(s.lo, s.hi, AS_OF)]
                for v in values:
                    got = assessor.assess_cells({**row, s.column: v}, AS_OF, normalised=True).verdict.value
                    assert got == s.verdict, (row["id"], s.text, v, got)
                    checked += 1
        if checked > 150:
            break
    assert checked > 20, "the generated batch must exercise open questions"


def test_ranges_of_a_year_fact_are_disjoint_and_ordered(assessor: Assessor) -> None:
    # Upphovsrättslag 43 §: life + 70; a photo published 1930 whose photographer's death
    # year is missing is settled by that year alone.
    row = normalise_keys({"id": "x", "photographer": "Anna Andersson", "image_date": "1930",
                          "published_date": "1930", "origin_country": "SE", "photo_kind": "photographic_work",
                          "licence": "PDM", "depicted_type": "none"})
    e = explain(assessor, row, AS_OF)
    settles = [s for n in e.nodes for s in n.settles if s.column == "photographer_death_year"]
    assert [s.verdict for s in settles][-2:] == ["ok", "not_ok"]
    ok, not_ok = settles[-2], settles[-1]
    assert ok.hi == AS_OF.year - 71 and not_ok.lo == AS_OF.year - 70 and not_ok.hi is None
    assert "ok if photographer_death_year" in ok.text


def test_deciding_columns_are_read_from_the_missing_phrase() -> None:
    assert deciding_columns("photographer_death_year") == ["photographer_death_year"]
    assert deciding_columns("the depicted work's status (depicted_creator_death_year, depicted_date)") == [
        "depicted_creator_death_year", "depicted_date"]
    assert deciding_columns(None) == []
    assert "depicted_date" in YEAR_COLUMNS


def test_explain_by_id_and_by_row_number_show_the_same_tree() -> None:
    by_id = runner.invoke(app, ["explain", str(EXAMPLE), "--id", "EX-001", "--as-of", "2026-11-24"])
    by_row = runner.invoke(app, ["explain", str(EXAMPLE), "--row", "1", "--as-of", "2026-11-24"])
    assert by_id.exit_code == 0, by_id.output
    assert by_id.output == by_row.output
    for label in ("the photo in its origin country", "the photo in the US", "the depicted work",
                  "freedom of panorama", "the licence", "jurisdictions/SE.yaml", "→ 1915–1925"):
        assert label in by_id.output


def test_explain_names_a_missing_row_in_one_line() -> None:
    result = runner.invoke(app, ["explain", str(EXAMPLE), "--id", "NO-SUCH-ID"])
    assert result.exit_code == 2 and "NO-SUCH-ID" in result.output
    result = runner.invoke(app, ["explain", str(EXAMPLE)])
    assert result.exit_code == 2


def test_an_unknown_jurisdiction_code_is_a_usage_error_not_an_internal_one() -> None:
    # Exit codes (README): 2 for usage/input/data errors, 3 only for an internal error.
    result = runner.invoke(app, ["jurisdictions", "ZZ"])
    assert result.exit_code == 2 and "ZZ" in result.output


def test_a_column_name_inside_a_word_is_not_an_open_fact() -> None:
    # "id" is inside "died": a Russian author who died in 1929 was shown "open: id" (law12b).
    assert deciding_columns("whether the author died in prison (photographer_death_year known)") == [
        "photographer_death_year"]
    assert deciding_columns("image_date or published_date") == ["image_date", "published_date"]


# Review 14 M8: where the title stood for an empty cell and freedom of panorama read it (an aerial
# or elevated title for taken_from where the clause covers the view from public ground only,
# rules/fop.yaml; an interior title for depicted_setting, record._interior_by_title), the FoP
# node lists the title among the cells it read, with what it was read as (README: explain shows
# "the cells it read and how each was read"). A title that decided nothing is not listed.
BOHM = {"id": "M8", "photographer": "Anna Svensson", "image_date": "2020", "origin_country": "SE",
        "licence": "CC BY-SA 4.0", "rights_holder": "Anna Svensson", "depicted_country": "DE",
        "depicted_type": "building", "depicted_creator": "Gottfried Böhm", "depicted_creator_death_year": "2021",
        "depicted_date": "1968", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


@pytest.mark.parametrize(("cells", "rule", "said"), [
    ({"title": "Luftbild Kirche"}, "fop-aerial-by-title-not-covered", "taken from the air"),
    ({"title": "Kirche von oben"}, "fop-elevated-by-title-not-said-public", "taken from above"),
    ({"title": "Kirche Innenansicht", "depicted_setting": ""}, "fop-indoor-no-exception", "read as depicted_setting"),
])
def test_explain_lists_the_title_where_a_title_decided_freedom_of_panorama(cells: dict[str, str], rule: str,
                                                                          said: str) -> None:
    tree = explain(Assessor(), {**BOHM, **cells}, date(2026, 12, 1))
    [fop] = [n for n in tree.nodes if n.question == "fop"]
    assert fop.rule == rule
    first = fop.readings[0]
    assert (first.column, first.cell) == ("title", cells["title"]) and said in first.read_as


@pytest.mark.parametrize("cells", [{"title": "Kirche"}, {"title": "Luftbild Kirche", "taken_from": "public_ground"},
                                   {"title": "Flygfoto Kulturhuset", "depicted_country": "SE"}])
def test_explain_does_not_list_a_title_that_decided_nothing(cells: dict[str, str]) -> None:
    tree = explain(Assessor(), {**BOHM, **cells}, date(2026, 12, 1))
    [fop] = [n for n in tree.nodes if n.question == "fop"]
    assert "title" not in [r.column for r in fop.readings]


def test_a_value_that_leaves_the_row_in_review_names_what_it_asks_for_next(assessor: Assessor) -> None:
    # Review 25c F3: an interior (indoor_public) by an architect with no death year: explain named
    # only depicted_creator_death_year, none of whose values gives ok; the interior's own question
    # (shows_works_inside), which the row asks once the death year is given, went unnamed.
    row = {"id": "B-858", "title": "Hall", "photographer": "Ingrid Halldin", "photographer_birth_year": "1856",
           "image_date": "1888-12-06", "published_date": "1891", "origin_country": "DE", "licence": "CC BY 4.0",
           "rights_holder": "Riksantikvarieämbetet", "depicted_country": "ES", "depicted_type": "building",
           "depicted_creator": "Olga Lindqvist", "depicted_date": "1858-10-08", "depicted_setting": "indoor_public",
           "depicted_permanent": "no"}
    e = explain(assessor, row, date(2026, 12, 1))
    settles = [s for n in e.nodes for s in n.settles if s.column == "depicted_creator_death_year"]
    assert settles and "ok" not in {s.verdict for s in settles}
    assert any("shows_works_inside" in s.then for s in settles if s.verdict == "needs_review")
    assert any("(then asks for shows_works_inside" in s.text for s in settles)
