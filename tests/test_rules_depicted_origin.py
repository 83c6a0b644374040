"""The depicted work's own term runs under the law of its country of origin (Berne Convention
art. 5(4)), which Commons requires it to be free in besides the US (Commons:Licensing), not
under the law of the country where it now hangs (review 31a F1)."""
from __future__ import annotations

from typing import Any

from copyright_check import Assessor

AS_OF = "2026-12-04"


def _painting(**cells: str) -> Any:
    row = {"id": "p", "photographer": "Museum photographer", "image_date": "2020", "origin_country": "US",
           "photo_kind": "faithful_reproduction", "licence": "CC0", "depicted_country": "US",
           "depicted_type": "painting", "depicted_creator": "Frida Kahlo", "depicted_creator_death_year": "1954",
           "depicted_date": "1926", "depicted_setting": "indoor_public", "depicted_permanent": "yes"}
    row.update(cells)
    return Assessor(as_of=AS_OF).assess(row)


def _volunteer_photo(**cells: str) -> Any:
    """A volunteer's CC BY-SA photo of a work set up outdoors for good, with `cells` beside."""
    row = {"id": "v", "photographer": "Wikimedia volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
           "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    row.update(cells)
    return Assessor(as_of=AS_OF).assess(row)


def test_depicted_origin_decides_the_works_term() -> None:
    # COM:Mexico: "any work originating in Mexico must be in the public domain ... in both Mexico
    # and the United States"; Ley Federal del Derecho de Autor art. 29 (life + 100).
    a = _painting(depicted_origin_country="MX")
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2055)


def test_depicted_origin_missing_for_a_movable_work() -> None:
    # Berne art. 5(4): a painting's origin is where it was first published, not where it hangs.
    a = _painting()
    assert a.verdict.value == "needs_review"
    assert "depicted-origin-missing" in [r.rule for r in a.reasons]
    assert "depicted_origin_country" in a.reasons[-1].text


def test_a_building_has_its_origin_where_it_stands() -> None:
    # Berne art. 5(4)(c)(ii): works of architecture erected in a country.
    a = _volunteer_photo(origin_country="SE", depicted_country="SE", depicted_type="building",
                         depicted_creator="Ragnar Östberg", depicted_creator_death_year="1945", depicted_date="1923")
    assert a.verdict.value == "ok"


def test_a_statue_set_up_outdoors_for_good_has_its_origin_where_it_stands() -> None:
    a = _volunteer_photo(origin_country="SE", depicted_country="SE", depicted_type="sculpture",
                         depicted_creator="Carl Milles", depicted_creator_death_year="1955", depicted_date="1936")
    assert "depicted-origin-missing" not in [r.rule for r in a.reasons]


def test_an_author_dead_beyond_every_life_term_frees_the_work_wherever_it_comes_from() -> None:
    # The longest life term of any law file is Mexico's life + 100 (rules/vocabulary.yaml,
    # origin_where_it_stands: any_life_term_years).
    a = _painting(depicted_creator="Anders Zorn", depicted_creator_death_year="1920", depicted_date="1897",
                  depicted_country="SE", origin_country="SE")
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-Art|1=PD-old-auto-expired|deathyear=1920}}"])


def test_depicted_protected_wherever_it_comes_from() -> None:
    # A living artist's work on loan, not permanent: protected under every life term (Berne
    # art. 7(1)), and no freedom of panorama for a temporary display.
    a = _volunteer_photo(image_date="2024", origin_country="NL", depicted_country="NL", depicted_type="artwork",
                         depicted_creator="A Living Artist", depicted_date="2022", depicted_setting="indoor_public",
                         depicted_permanent="no")
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", None)
    assert "depicted-protected-wherever-it-comes-from" in [r.rule for r in a.reasons]


def test_an_origin_without_a_law_file_is_named() -> None:
    a = _painting(depicted_origin_country="AQ")
    assert a.verdict.value == "needs_review"
    assert "depicted-origin-not-covered" in [r.rule for r in a.reasons]


def test_a_building_keeps_its_origin_where_it_stands_whatever_the_column_says() -> None:
    # Berne art. 5(4)(c)(ii); a French building of 1960 by an architect who died 1965: France
    # has no freedom of panorama for commercial use (CPI L122-5 11°): not_ok to 2036, not ok
    # as a pre-1990 US building (review 31d F1).
    a = _volunteer_photo(origin_country="FR", depicted_country="FR", depicted_origin_country="US",
                         depicted_type="building", depicted_creator="An Architect",
                         depicted_creator_death_year="1965", depicted_date="1960")
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2036)


def test_a_statue_set_up_outdoors_takes_the_origin_the_row_gives() -> None:
    # Berne art. 5(4)(c)(ii) names works built into a building or structure; a free-standing
    # statue by a Spanish sculptor (Mariano Benlliure, d. 1947) in Italy, origin given as Spain:
    # Spain's life + 80 for an author who died before 1987 (COM:SPAIN) runs to 2027, and Italy
    # has no freedom of panorama: not_ok, not ok under Italy's life + 70 (review 31e F1).
    a = _volunteer_photo(origin_country="IT", depicted_country="IT", depicted_origin_country="ES",
                         depicted_type="sculpture", depicted_creator="Mariano Benlliure",
                         depicted_creator_death_year="1947", depicted_date="1930")
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2028)


def test_a_work_made_while_a_formality_could_free_it_is_not_protected_wherever_it_comes_from() -> None:
    # A 1930s sculpture by an author who died 1999, its origin not given: a US work published
    # without a notice before 1 March 1989 is PD in the US (17 U.S.C. 401, 1909 Act § 10), so it
    # is not protected wherever it comes from: a person gives the origin.
    a = _volunteer_photo(image_date="2005", origin_country="GB", depicted_country="US", depicted_type="sculpture",
                         depicted_creator="A Sculptor", depicted_creator_death_year="1999", depicted_date="1930s",
                         depicted_setting="indoor_public")
    assert a.verdict.value == "needs_review"
    assert "depicted-protected-wherever-it-comes-from" not in [r.rule for r in a.reasons]
