"""A death year the record gives only as a range ('1950?', 'c1950', 'before 1950', '1950 or
1951') is never written into a file page as the year the author died (review 8, F7).

Template:PD-old-70/doc (https://commons.m.wikimedia.org/wiki/Template:PD-old-70/doc): "This
template should be used for files whose authors died more than 70 years ago. In case precise
day of death is known you should use {{PD-old-auto}} or {{PD-old-auto-expired}}"; it takes
no parameters. Template:PD-old-assumed/doc names {{PD-old-70-expired}} beside it, and
Template:PD-old-X-expired/doc gives {{PD-old-100-expired}} for X=100 (rules/tags.yaml).
"""

from __future__ import annotations

from typing import Any

import pytest

from copyright_check.assessment import Verdict
from copyright_check.tags import load_ranged_years
from tests.conftest import rules_of

# A Swedish photographic work of 1920: the photographer's death decides (SFS 1960:729 43 §,
# life + 70); published 1920, it is PD in the US as PD-US-expired (17 USC 304).
SWEDISH_1920 = dict(photographer="Per Larsson", image_date="1920", published_date="1920", origin_country="SE",
                    photo_kind="photographic_work", depicted_type="none")


@pytest.mark.parametrize("cell", ["1950?", "c1950", "1950 ca", "1950 (?)", "before 1950", "1950 or 1951"])
def test_a_ranged_death_year_is_not_written_as_the_year_of_death(check: Any, cell: str) -> None:
    a = check(photographer_death_year=cell, **SWEDISH_1920)
    assert a.verdict is Verdict.OK
    # The author died more than 70 years ago, wherever in the range: PD-old-70 with the US side.
    assert a.templates == ["{{PD-old-70-expired}}"]
    assert not any("deathyear" in t for t in a.templates)
    note = next(r for r in a.reasons if r.rule == "template-death-year-range")
    assert "photographer_death_year only as" in note.text and "Template:PD-old-70" in note.text
    assert note.source == "https://commons.m.wikimedia.org/wiki/Template:PD-old-70/doc"


def test_the_reason_names_the_range_the_record_gave(check: Any) -> None:
    a = check(photographer_death_year="1950?", **SWEDISH_1920)
    note = next(r for r in a.reasons if r.rule == "template-death-year-range")
    assert "1945\u20131955" in note.text


@pytest.mark.parametrize("cell", ["1950", "d. 1950", "† 1950"])
def test_an_exact_death_year_keeps_pd_old_auto_with_its_year(check: Any, cell: str) -> None:
    # Template:PD-old-auto/doc: deathyear=, "Year of author's death", from which the span is computed.
    a = check(photographer_death_year=cell, **SWEDISH_1920)
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1950}}"]
    assert "template-death-year-range" not in rules_of(a)


def test_beside_pd_1996_the_two_tags_stay_apart(check: Any) -> None:
    # Template:PD-old-X-1996 requires deathyear (display only): with no year to give, PD-old-70
    # (no parameters) stands beside the US tag the rules found. Lesotho: life + 50 under the
    # Copyright Order 1989 s. 13(1), already the law on 1 January 1996 (COM:Lesotho), so a
    # photographer who died 1935-1945 was PD there that day. (Barbados, used before, had
    # another law on its URAA date, which was not read: that question now goes to a person.)
    a = check(photographer="Per Larsson", photographer_death_year="c1940", image_date="1938", published_date="1938",
              origin_country="LS", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-70}}", "{{PD-1996}}"]


def test_a_longer_term_takes_the_hundred_year_form(check: Any) -> None:
    # Mexico, life + 100 (Ley Federal del Derecho de Autor art. 29): "more than 70 years ago"
    # would not cover it; PD-old-100 does once the whole range is a century back.
    a = check(photographer="Per Larsson", photographer_death_year="1920?", image_date="1915", published_date="1915",
              origin_country="MX", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-100-expired}}"]


def test_with_no_tag_that_fits_a_person_puts_the_exact_year(check: Any) -> None:
    # Barbados, life + 50: a photographer who died 1955-1965 is PD there, but fewer than 70
    # years may have passed, so no PD-old-X without a year is true; none is invented.
    a = check(photographer="Per Larsson", photographer_death_year="c1960", image_date="1920", published_date="1920",
              origin_country="BB", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.templates == []
    note = next(r for r in a.reasons if r.rule == "template-death-year-range-no-tag")
    assert "1955\u20131965" in note.text and "exact year" in note.text
    assert note.open


def test_the_register_of_ranged_tags_says_why_each_stated_term_holds() -> None:
    ranged = load_ranged_years()["PD-old-auto"]
    # Life + 70 died 1955 or earlier: 70 years have passed by 2026, PD-old-70 fits.
    assert ranged.instead(70, 1955, 2026) == "PD-old-70"
    # A life + 50 term is covered by a text saying life + 70 or fewer, once 70 years have passed.
    assert ranged.instead(50, 1955, 2026) == "PD-old-70"
    assert ranged.instead(50, 1956, 2026) is None
    # A life + 80 term is not covered by "70 years or fewer".
    assert ranged.instead(80, 1900, 2026) == "PD-old-100"
    assert ranged.instead(80, 1926, 2026) is None


def test_a_birth_year_that_bounds_an_unknown_death_is_not_a_reason_for_review(check: Any) -> None:
    # Review 9 R14: a Swedish photographic work of 1890 by a photographer born 1830, death year
    # not given. The birth year bounds the death (facts.death_bounds), so life + 70 has run out
    # from the bound's latest year; Template:PD-old-auto would need a deathyear= the record does
    # not have (the row went to a person), while the same row without the birth year got
    # {{PD-old-assumed}}. The page says the author died more than 70 years ago, naming no year.
    row = dict(SWEDISH_1920, image_date="1890", published_date="1890")
    a = check(photographer_birth_year="1830", **row)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-70-expired}}"]
    note = next(r for r in a.reasons if r.rule == "template-death-year-range")
    assert "no photographer_death_year" in note.text and "Template:PD-old-70" in note.text
    assert check(**row).templates == ["{{PD-old-assumed}}", "{{PD-US-expired}}"]


@pytest.mark.parametrize("cell", ["1850-1920", "1850 – 1920", "1905-1920"])
def test_a_life_span_typed_into_the_death_year_cell_is_a_death_in_its_last_year(check: Any, cell: str) -> None:
    # An authority file's life dates in the death column: the author was born in the first
    # year (at least lifespan.min_life_span = 15 years before the second, rules/vocabulary.yaml)
    # and died in the second; the file page names 1920 (Template:PD-old-auto-expired).
    a = check(photographer_death_year=cell, **SWEDISH_1920)
    assert a.verdict is Verdict.OK and a.errors == []
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1920}}"]
    assert "template-death-year-range" not in rules_of(a)


@pytest.mark.parametrize("cell", ["1915-1920", "1919-1920"])
def test_two_close_years_in_the_death_year_cell_stay_the_years_the_death_lies_between(check: Any, cell: str) -> None:
    a = check(photographer_death_year=cell, **SWEDISH_1920)
    assert a.templates == ["{{PD-old-70-expired}}"]
    assert "template-death-year-range" in rules_of(a)


def test_a_life_span_whose_death_still_protects_gives_not_ok(check: Any) -> None:
    # "1900-1960": died 1960, Swedish life + 70 runs to the end of 2030.
    a = check(photographer_death_year="1900-1960", **SWEDISH_1920)
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2031


def test_a_life_span_is_checked_against_the_death_year_the_name_cell_gives(check: Any) -> None:
    # "Per Larsson (1850-1918)" beside "1850-1920": read as a death in 1920, the cell's own
    # 1918 contradicts it (one of the two is wrong): no ok rests on it.
    a = check(**{**SWEDISH_1920, "photographer": "Per Larsson (1850-1918)"}, photographer_death_year="1850-1920")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("gives the death year 1918" in e.message for e in a.errors)
