"""How review 30's date and name cells are read (review 30a): a cell is read as what it says
or reported, never narrowed to one year it does not settle. Sources: Template:PD-US-unpublished
(an anonymous work never published: 120 years from its making, 17 USC 302(c)); COM:Germany
(life + 70, UrhG § 64)."""

from datetime import date

import pytest

from copyright_check import Assessor
from copyright_check.years import DateError, YearRange, parse_years

AS_OF = date(2026, 12, 4)
NEGATIVE = {"id": "C", "photographer": "unknown", "anonymous": "yes", "published_date": "never",
            "origin_country": "US", "photo_kind": "photographic_work", "depicted_type": "landscape"}


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor(as_of=AS_OF)


@pytest.mark.parametrize("cell", [
    "1905-06-01 – 1906-06-01", "1905-11 – 1906-02", "1905-03 bis 1906-03", "1905-01-01 / 1906-12-31",
    "1905-11-05 1906-03-01", "1905-11-05T12:00:00Z/1906-01-01T00:00:00Z", "[1905-11 TO 1906-03]",
    "1905-11 ca.", "1905-11 circa", "1905-11 (?)", "1905-11-05 or later", "1905-11-05 oder 1906",
    "1905-03 (negative); print 1920",
])
def test_an_iso_day_with_more_than_a_time_after_it_is_not_that_year_alone(assessor, cell):
    # Made 1905 or 1906: an anonymous negative never published is PD in the US once 120 years
    # from its making have run, 1905 by 2026 but not 1906. Read as 1905 alone, it was ok.
    assert assessor.assess({**NEGATIVE, "image_date": cell}).verdict.value != "ok"


@pytest.mark.parametrize("cell", ["1920-06-03T00:00:00Z", "1920-06-03t23:00:00.000z", "1921-06-03 00:00",
                                  "1921-06-03 00:00:00 CET", "1921-06-03 12:00 PM"])
def test_an_iso_day_with_its_time_is_still_that_day(cell):
    assert parse_years(cell) == YearRange.exact(int(cell[:4]))


def test_a_year_and_two_digits_that_may_be_a_month_or_a_range_is_both():
    # "1905-06": June 1905 (ISO 8601) or the years 1905-1906 as catalogues write them ("1905-6").
    assert parse_years("1905-06") == YearRange(1905, 1906)
    assert parse_years("1900-10") == YearRange(1900, 1910)
    # A month that cannot be a later year's end stays the month, and from 2000 the month (review
    # 30f F4: "2002-12" is December 2002, as born-digital exports write it, not 2002-2012).
    assert parse_years("1920-06") == YearRange.exact(1920)
    assert parse_years("1999-12") == YearRange.exact(1999)
    assert parse_years("2002-12") == YearRange.exact(2002)
    assert parse_years("2005-06") == YearRange.exact(2005)


@pytest.mark.parametrize("cell", ["195.", "195 г.", "193年", "1955 гг."])
def test_a_three_digit_year_or_a_plural_year_word_is_not_read(cell):
    # Review 30f F1: "195." is a decade with its last digit missing, not the year 195; the
    # Russian plural "gg." (years) follows a range.
    with pytest.raises(DateError):
        parse_years(cell)


def test_a_death_year_range_with_days_is_reported_not_its_first_year():
    # Review 30a F2: "1960-05-01 to 1975-01-01" (a dash) gave 2031 (1960 + 70 + 1); life + 70 from 1975 is 2046.
    with pytest.raises(DateError):
        parse_years("1960-05-01 – 1975-01-01")


@pytest.mark.parametrize("cell", ["Hans Jaeger (Verleger)", "Schenkung Anna Riwkin", "Porträt Hans Müller",
                                  "Hans Müller (Auftraggeber)", "Lichtdruck Hans Müller", "published by Hans Müller",
                                  "gåva av Anna Riwkin", "Hans Müller (sitter)", "Geschenk von Hans Müller",
                                  "Leihgabe Hans Müller", "Hans Müller (Drucker)", "donated by Hans Müller",
                                  "Wwe. Hans Müller", "Hans Müller (Porträtierter)", "im Auftrag von Hans Müller"])
def test_a_person_cell_naming_another_role_is_no_authors_death_year(assessor, cell):
    # COM:Germany: life + 70 from the death of the author, the photographer (UrhG § 64): the death
    # year beside a publisher, donor, sitter, commissioner or printer is that person's (review 30a F4:
    # such rows were ok on it).
    row = {"id": "A", "photographer": cell, "photographer_death_year": "1955", "image_date": "1920",
           "published_date": "1920", "origin_country": "DE", "photo_kind": "photographic_work",
           "depicted_type": "landscape"}
    assert assessor.assess(row).verdict.value == "needs_review"
    assert assessor.assess({**row, "photographer": "Hans Müller"}).verdict.value == "ok"


@pytest.mark.parametrize("cell", ["1930 г.", "1930 r.", "1930年", "1930.", "1930 года"])
def test_a_year_with_its_word_for_year_is_that_year(cell):
    # Review 30a F6: Russian, Polish, Chinese and Japanese catalogues write the word or sign for
    # "year" after it, Hungarian and Nordic exports a full stop: the cell went to a person.
    assert parse_years(cell) == YearRange.exact(1930)


def test_a_year_with_a_word_for_about_is_not_that_year_alone():
    # "1930年頃": about 1930 (頃, "around"): not listed, so reported, never read as 1930.
    with pytest.raises(DateError):
        parse_years("1930年頃")
