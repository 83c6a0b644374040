"""Fuzzy dates read into year ranges (DESIGN.md: three-valued facts)."""

import pytest

from copyright_check.years import DateError, YearRange, parse_years


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("1921", 1921, 1921),
        ("1921-06-03", 1921, 1921),
        ("ca. 1920", 1915, 1925),
        ("c1920", 1915, 1925),
        ("circa 1920", 1915, 1925),
        ("1920s", 1920, 1929),
        ("1920-talet", 1920, 1929),
        ("années 1920", 1920, 1929),
        ("before 1930", 1830, 1929),
        ("after 1900", 1901, 2000),
        ("1920/1925", 1920, 1925),
        ("1920-1925", 1920, 1925),
        ("1920/25", 1920, 1925),
        ("19th century", 1801, 1900),
        ("1800-talet", 1800, 1899),
        ("XIXe siècle", 1801, 1900),
        ("1920~", 1915, 1925),
        ("192X", 1920, 1929),
        ("70/80", 70, 80),
        ("500 BC", -499, -499),
        ("03.06.1921", 1921, 1921),
        ("06/1921", 1921, 1921),
        ("June 1921", 1921, 1921),
        ("3 juni 1921", 1921, 1921),
        ("okt. 1921", 1921, 1921),
        ("1920 ca.", 1915, 1925),
        ("1948.0", 1948, 1948),
        ("1925-00-00", 1925, 1925),
        ("1800s", 1800, 1899),
        ("mellan 1920 och 1925", 1920, 1925),
        ("between 1920 and 1925", 1920, 1925),
    ],
)
def test_fuzzy_forms(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["", "  ", "n.d.", "okänt", "unknown", None])
def test_unknown_words_are_unknown_not_errors(text: str | None) -> None:
    assert parse_years(text) is None


@pytest.mark.parametrize("text", ["sometime", "1925-13-01", "1930/1920", "yesterday",
                                  "omkring år 1920", "not before 1920"])
def test_unreadable_dates_raise(text: str) -> None:
    with pytest.raises(DateError):
        parse_years(text)


@pytest.mark.parametrize("text", ["1920-06-03T00:00:00", "1920-06-03T00:00:00Z", "1920-06-03T12:30:00+01:00"])
def test_iso_datetime_as_json_exports_write_it_is_its_year(text: str) -> None:
    assert parse_years(text) == YearRange(1920, 1920)


@pytest.mark.parametrize(("text", "lo", "hi"), [("1920-21", 1920, 1921), ("1925-30", 1925, 1930),
                                                ("1920-12", 1920, 1920), ("1920-06", 1920, 1920)])
def test_two_digit_end_that_cannot_be_a_month_is_a_range_of_years(text: str, lo: int, hi: int) -> None:
    # "1920-21" as catalogues write "1920/21"; "1920-12" stays ISO's December 1920.
    assert parse_years(text) == YearRange(lo, hi)


def test_two_digit_end_before_the_start_is_an_error() -> None:
    with pytest.raises(DateError, match="range ends before it starts"):
        parse_years("1999-13")


@pytest.mark.parametrize("text", ["1948,0", "1948,00", "1948.00"])
def test_a_year_written_as_a_decimal_number_in_any_locale_is_that_year(text: str) -> None:
    assert parse_years(text) == YearRange(1948, 1948)


@pytest.mark.parametrize(("text", "lo", "hi"), [("1920 or 1921", 1920, 1921), ("1920 eller 1925", 1920, 1925),
                                                ("1920 oder 1921", 1920, 1921), ("1920 ou 1921", 1920, 1921)])
def test_one_year_or_another_is_the_span_between_them(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["1892-08-10", "1925-00-00", "2020-12-31", "1920-13-01", "1920-01-32",
                                  "0000-01-01", "1920-1-010", "1920-01-1x", "١٩٢٠-٠١-٠١", "1920/01/01",
                                  "1920/1925", "1925/1920", "1920/1920", "0000/0000", "1920/0025", "1920/192x",
                                  "1920-1925", "١٩٢٠/١٩٢٥", "192/19250"])
def test_a_date_read_by_its_shape_reads_as_the_patterns_read_it(text: str) -> None:
    # parse_years reads "YYYY-MM-DD" and "YYYY/YYYY" without its patterns (the common
    # one-off dates of a catalogue): the same range, or the same error, as the patterns
    # give (_read_years).
    from copyright_check.years import _parse_years, _read_years

    def outcome(read: object) -> object:
        try:
            return read(text)  # type: ignore[operator]
        except DateError as exc:
            return str(exc)

    assert outcome(_parse_years) == outcome(_read_years)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1900er", 1900, 1999), ("années 1900", 1900, 1999), ("anni 1900", 1900, 1999), ("1800s", 1800, 1899),
    ("1920er", 1920, 1929), ("années 1920", 1920, 1929),
])
def test_a_round_hundred_written_as_a_decade_is_the_wider_reading_in_every_language(
        text: str, lo: int, hi: int) -> None:
    # "die 1800er", "les années 1900": the decade or the century; the wider reading can
    # only send a row to review (README: "1800s" is read as 1800-1899).
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["12-3-1921", "1-1-1921", "03/12/1921 00:00", "12.03.1921 13:45:00"])
def test_a_day_month_year_as_dutch_excel_writes_it_or_with_a_time_is_its_year(text: str) -> None:
    assert parse_years(text) == YearRange(1921, 1921)


@pytest.mark.parametrize("text", ["12-3/1921", "33-13-1921"])
def test_a_day_month_year_with_mixed_dashes_or_no_valid_day_is_not_read(text: str) -> None:
    with pytest.raises(DateError):
        parse_years(text)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1920 (?)", 1915, 1925), ("?1920", 1915, 1925), ("1920 [?]", 1915, 1925), ("1920, ca.", 1915, 1925),
    ("1920-1925?", 1915, 1930), ("1920s?", 1915, 1934), ("1890-1900 ca.", 1885, 1905),
])
def test_a_date_the_cataloguer_doubts_is_that_date_widened_by_circa(text: str, lo: int, hi: int) -> None:
    # As "1920?" is (EDTF): a doubt only ever widens the range, so it can send a row to
    # review but never let a work through.
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["??", "unknown?", "? 19", "?" * 5000 + "1920"])
def test_a_doubt_mark_without_a_readable_date_is_not_read(text: str) -> None:
    with pytest.raises(DateError):
        parse_years(text)


@pytest.mark.parametrize("text", ["March 3, 1920", "March 3rd, 1920", "3rd March 1920", "3 juni 1920"])
def test_a_day_and_a_month_name_written_either_way_round_is_the_year(text: str) -> None:
    assert parse_years(text) == YearRange(1920, 1920)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("c.1920-c.1930", 1915, 1935), ("1890s-1900s", 1890, 1999), ("1920's-1930's", 1920, 1939),
])
def test_two_fuzzy_dates_either_side_of_a_dash_are_the_span_of_both(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["1930s-1920s", "1855-1860 - 1870"])
def test_two_dates_either_side_of_a_dash_out_of_order_or_not_both_fuzzy_are_not_read(text: str) -> None:
    # "ca. 1920 - 1925" is the date words' reading (the span, widened both ends): a circa
    # before an exact year may cover the whole span.
    with pytest.raises(DateError):
        parse_years(text)


# Wikidata's JSON writes a time value with its year signed and "00" for a month or day
# finer than its precision (Wikidata Help:Dates, "Time datatype": "+2013-01-01T00:00:00Z",
# precision 9 year, 8 decade, 7 century, 6 millennium). The precision is a field of its
# own: without it "+1920-00-00" may be 1920 or the 1920s, and +2000 the 20th century as
# Wikidata's input stored it (Phabricator T73459). Every reading is kept: a range too
# wide only sends a row to review; the year 1920 for "the 1920s" could let a work through.
@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("+1923-00-00T00:00:00Z", 1923, 1923),
    ("+1923-06-00T00:00:00Z", 1923, 1923),       # a month: that year
    ("+1923-06-03T00:00:00Z", 1923, 1923),
    ("+00000001923-00-00T00:00:00Z", 1923, 1923),  # Wikibase's own padding to 11 digits
    ("+1920-00-00T00:00:00Z", 1920, 1929),       # the year 1920 or the 1920s
    ("+1920-00-00", 1920, 1929),
    ("+1901-00-00T00:00:00Z", 1901, 2000),       # the 20th century, stored as +1901
    ("+1900-00-00T00:00:00Z", 1801, 1909),       # the 19th century stored as +1900, or the 1900s
    ("-0447-00-00T00:00:00Z", -447, -446),       # 447 BCE: JSON's -0447 or RDF's (XSD 1.1, year 0 = 1 BCE)
    # 1 January at midnight is how the JSON writes a year, decade or century precision too
    # (Help:Dates' own example "+2013-01-01T00:00:00Z"; Phabricator T310981, stored
    # https://wonilvalve.com/index.php?q=https%3A%2F%2Fphabricator.wikimedia.org%2FT310981):
    ("+1950-01-01T00:00:00Z", 1950, 1959),       # the year 1950 or the 1950s
    ("+1955-01-01T00:00:00Z", 1955, 1955),
    ("+1950-01-02T00:00:00Z", 1950, 1950),       # a day: that year
    ("-0500-01-01T00:00:00Z", -509, -400),       # 500 BCE, the 500s BCE or the 5th century BCE
])
def test_a_wikidata_time_value_is_every_period_its_precision_can_be(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["+1923-13-00T00:00:00Z", "+1923-00-05T00:00:00Z", "+0000-00-00T00:00:00Z",
                                  "+19230-00-00T00:00:00Z"])
def test_a_wikidata_time_value_that_no_date_can_be_is_an_error(text: str) -> None:
    with pytest.raises(DateError, match="not a valid date"):
        parse_years(text)


# The Wikidata Query Service (SPARQL) and the RDF exports write the same value as an
# xsd:dateTime without its precision: a year, a decade or a century comes out as 1 January,
# midnight, UTC (Wikidata Help:Dates, "January 1 as date", stored copy
# https://hqproductreviews.com?arsae=https%3A%2F%2Fwww.wikidata.org%2Fwiki%2FHelp%3ADates%23January_1_as_date;
# the precision is a separate wikibase:timePrecision, stored
# https://johnsamuel.info/SPARQLqueries/temporal/precision.html). A death "1950s" reaches a
# SPARQL export as 1950-01-01T00:00:00Z: read as 1950 alone, it made a photo PD in Sweden
# that a death in 1951-1959 keeps protected (review 11 A8). It is read as "+1950-00-00" is.
@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1950-01-01T00:00:00Z", 1950, 1959),        # the year 1950 or the 1950s
    ("1955-01-01T00:00:00Z", 1955, 1955),        # no decade starts in 1955: that year
    ("1900-01-01T00:00:00Z", 1801, 1909),        # the 19th century, or the 1900s
    ("1901-01-01T00:00:00Z", 1901, 2000),        # the 20th century as +1901
    ("1950-01-01T00:00:00+00:00", 1950, 1959),
    ("1950-01-01T00:00:00.000Z", 1950, 1959),
])
def test_a_sparql_first_of_january_is_every_period_its_precision_can_be(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


# The same value after a pandas round trip: pd.to_datetime on the query service's column, then
# to_csv or str(), writes "1950-01-01 00:00:00+00:00" (a space for the "T", the offset kept);
# read as 1950 it was ok on a death "in the 1950s" (review 12 C3, play/wd2.csv R1).
@pytest.mark.parametrize("text", ["1950-01-01 00:00:00+00:00", "1950-01-01 00:00:00Z", "1950-01-01 00:00:00.000+00:00"])
def test_a_sparql_first_of_january_written_back_by_pandas_is_read_as_the_sparql_text(text: str) -> None:
    assert parse_years(text) == YearRange(1950, 1959)


# QuickStatements writes a Wikibase time with its precision after a slash, and Commons file pages
# carry it so ("date QS:P571,+1797-00-00T00:00:00Z/9"); Wikibase's numbers are 6 millennium,
# 7 century, 8 decade, 9 year, 10 month, 11 day (the wikibase-listdatatypes-time-body message;
# Wikidata Help:Dates). "/8" is a decade: a death "+1950-01-01T00:00:00Z/8" is 1950-1959, and
# a Swedish photo whose photographer died in 1951-1959 is protected to 2021-2029 (URL 43 §),
# where dropping the suffix made it ok on 1950 (review 12 C3, play/qs.csv).
@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("+1950-01-01T00:00:00Z/8", 1950, 1959),
    ("+1950-00-00T00:00:00Z/8", 1950, 1959),
    ("+1955-01-01T00:00:00Z/8", 1950, 1959),     # the decade the year is in
    ("1950-01-01T00:00:00Z/8", 1950, 1959),      # the sign left out
    ("+1950-01-01T00:00:00Z / 8", 1950, 1959),
    ("+1950-01-01T00:00:00Z/9", 1950, 1950),     # precision year: that year, not the 1950s
    ("+1950-06-03T00:00:00Z/11", 1950, 1950),
    ("+1900-00-00T00:00:00Z/7", 1801, 1999),     # a century, both ways Wikidata stored one (T73459)
    ("+2000-00-00T00:00:00Z/7", 1901, 2099),
])
def test_a_quickstatements_time_is_read_at_the_precision_it_gives(text: str, lo: int, hi: int) -> None:
    assert parse_years(text) == YearRange(lo, hi)


@pytest.mark.parametrize("text", ["+1000-00-00T00:00:00Z/6", "+1950-00-00T00:00:00Z/3"])
def test_a_quickstatements_millennium_or_coarser_names_no_year(text: str) -> None:
    with pytest.raises(DateError):
        parse_years(text)


@pytest.mark.parametrize("text", ["1950-01-01", "1950-01-01 00:00:00", "1950-01-02T00:00:00Z",
                                  "1950-01-01T12:00:00Z", "1950-02-01T00:00:00Z"])
def test_a_typed_first_of_january_or_another_day_stays_its_year(text: str) -> None:
    # A plain 1 January, or one with a time of day, is a day a person or a program wrote:
    # that year, as before. Only the SPARQL rendering, "T", midnight and UTC, loses the precision.
    assert parse_years(text) == YearRange.exact(1950)


def test_a_collection_systems_unknown_month_and_day_stay_that_year() -> None:
    # "1920-00-00" without Wikidata's sign is how collection systems write an unknown
    # month and day: the year itself, as before.
    assert parse_years("1920-00-00") == YearRange.exact(1920)


def test_a_date_of_a_day_or_a_month_names_its_first_and_last_day_for_a_boundary_inside_a_year() -> None:
    # Review 19 N1: the US notice era ends on 1 March 1989 (17 USC 405(a); Template:PD-US-1989), inside a year:
    # "1989-02-15" and "1989-02" lie before it, which the year 1989 alone cannot say.
    from datetime import date

    from copyright_check.years import day_span
    assert day_span("1989-02-15") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("1989-02") == (date(1989, 2, 1), date(1989, 2, 28))
    assert day_span(" 1988-02 ") == (date(1988, 2, 1), date(1988, 2, 29))
    for other in ("1989", "1989-13", "1989-02-30", "1989-00-00", "ca. 1989", "1989/1990", None):
        assert day_span(other) is None, other
