"""A time stamp with a zone at the turn of a year is either year (review 17 G11).

A date stored as local midnight and written in UTC lands on the day before wherever the clock is
ahead of UTC: JavaScript's toISOString writes 1 January 1956 in Stockholm as
"1955-12-31T23:00:00.000Z" (stored https://zenn.dev/shimouta/articles/97995a29320fea:
"2023-12-24T02:00:00+09:00" → "2023-12-23T17:00:00.000Z"; https://anishgandhi.com/silent-timezone-bugs-javascript-date).
The value does not say which zone its date was meant in, so its year is every year its instant
falls in from UTC-12 to UTC+14, as the year range "1955/1956" is read, the later year deciding.
A death on 1 January 1956 makes a Swedish photo PD from 2027 (URL 43 §), not 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.years import YearRange, parse_years

AS_OF = date(2026, 12, 1)
ROW = {"id": "TZ", "image_date": "1920", "published_date": "1920", "origin_country": "SE",
       "photo_kind": "photographic_work", "photographer": "Karl Svensson", "depicted_type": "none"}


@pytest.mark.parametrize("cell", ["1955-12-31T23:00:00.000Z", "1955-12-31T23:00:00Z", "1955-12-31 23:00:00+00:00",
                                  "1956-01-01T00:00:00+01:00", "1955-12-31T22:00:00Z", "1955-12-31T15:00:00Z"])
def test_a_utc_time_stamp_late_on_31_december_is_either_year(cell: str) -> None:
    assert parse_years(cell) == YearRange(1955, 1956)


@pytest.mark.parametrize("cell", ["1955-12-31T23:00:00.000Z", "1955-12-31 23:00:00+00:00"])
def test_a_death_year_written_so_is_never_read_as_the_year_before(cell: str) -> None:
    # It was ok {{PD-old-auto-expired|deathyear=1955}}, "PD there since 2026".
    a = Assessor(as_of=AS_OF).assess({**ROW, "photographer_death_year": cell})
    assert a.verdict is not Verdict.OK and a.templates == []


@pytest.mark.parametrize(("cell", "year"), [("1955-12-31", 1955), ("1955-12-31T23:00:00", 1955),
                                            ("1955-12-31T09:00:00Z", 1955), ("1955-06-30T23:00:00Z", 1955),
                                            ("1956-01-01T00:00:00Z", 1956), ("1956-01-01T12:00:00Z", 1956)])
def test_a_day_without_a_zone_or_far_from_the_turn_of_the_year_is_its_own_year(cell: str, year: int) -> None:
    # A day someone typed, a local time, and Wikidata's "…-01-01T00:00:00Z" (its own convention)
    # are the year they say.
    assert parse_years(cell) == YearRange.exact(year)


@pytest.mark.parametrize("cell", ["1955-12-31 23:00:00 UTC", "1955-12-31 23:00 GMT", "1955-12-31 23:00:00 +0000 UTC",
                                  "1955-12-31 23:00:00.000 UTC", "1955-12-31T23:00:00 utc"])
def test_utc_written_as_a_word_is_a_zone_as_z_is(cell: str) -> None:
    # Review 18 G7: BigQuery's CSV export and Ruby's Time#to_s write "… 23:00:00 UTC", Go's
    # time.Time.String() "… +0000 UTC": the same instant as "…T23:00:00Z", either year.
    assert parse_years(cell) == YearRange(1955, 1956)


def test_a_local_clocks_zone_name_is_that_local_day() -> None:
    # "CET" names a local clock: 31 December there, as a time without a zone.
    assert parse_years("1955-12-31 23:00:00 CET") == YearRange.exact(1955)


def test_a_zoned_datetime_from_a_library_caller_is_read_as_its_iso_text() -> None:
    # Review 18 G4: pandas' read_json of "1955-12-31T23:00:00.000Z" hands a script
    # Timestamp('1955-12-31 23:00:00+0000', tz='UTC'), a datetime with a zone: read as the CLI reads
    # the text (either year), not as 31 December 1955. A death on 1 January 1956 frees a Swedish
    # photo from 2027 (URL 43 §).
    from datetime import UTC, datetime, timedelta, timezone

    lib = Assessor(as_of=AS_OF)
    for value in (datetime(1955, 12, 31, 23, 0, tzinfo=UTC),
                  datetime(1956, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=1)))):
        a = lib.assess({**ROW, "photographer_death_year": value})
        assert a.verdict is not Verdict.OK and a.templates == [], value
    # Without a zone it is the local day the catalogue meant.
    a = lib.assess({**ROW, "photographer_death_year": datetime(1955, 12, 31, 23, 0)})
    assert a.verdict is Verdict.OK
