"""17 USC 302(c) and 303(a): the US term of an anonymous work published from 1978.

17 USC 302(c) (stored https://law.onecle.com/uscode/17/302.html): "In the case of an anonymous
work, a pseudonymous work, or a work made for hire, the copyright endures for a term of 95
years from the year of its first publication, or a term of 120 years from the year of its
creation, whichever expires first." 17 USC 303(a) (stored
http://edgeoff.com/statutes/copyright/17usc303.html): a work created before 1978 and not
published or copyrighted before then "endures for the term provided by section 302 ... if the
work is published on or before December 31, 2002, the term of copyright shall not expire
before December 31, 2047." The rule us-anonymous-published-after-formalities-era counted 95
years from publication alone: a work made 1920 and published 1986 was protected to 2081.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 1)


# -- 17 USC 302(c) and 303(a): an anonymous work published from 1978 ------------------------

def _anonymous(made: str, published: str, origin: str = "US", **more: str) -> dict[str, str]:
    return {"photographer": "unknown", "anonymous": "yes", "image_date": made, "published_date": published,
            "origin_country": origin, "photo_kind": "photographic_work", "depicted_type": "none", **more}


def test_an_anonymous_work_made_1920_and_published_1986_runs_to_2047_not_2081(check: Any) -> None:
    # 120 years from creation ended in 2040, before 95 from publication (2081); made before
    # 1978 and published by 2002, it is protected to the end of 2047 (303(a)).
    a = check(AS_OF, **_anonymous("1920", "1986", copyright_notice="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "us-anonymous-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2048
    assert check(date(2047, 12, 31), **_anonymous("1920", "1986", copyright_notice="yes")).uploadable_from == 2048


def test_an_anonymous_work_made_1950_and_published_1995_runs_120_years_from_creation(check: Any) -> None:
    # 1950 + 120 = 2070, before 1995 + 95 = 2090; both after 2047.
    a = check(AS_OF, **_anonymous("1950", "1995"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2071


def test_an_anonymous_work_made_and_published_in_1990_runs_95_years_from_publication(check: Any) -> None:
    a = check(AS_OF, **_anonymous("1990", "1990"))
    assert a.uploadable_from == 2086


def test_an_anonymous_work_made_1980_and_published_2010_ends_120_years_from_creation(check: Any) -> None:
    # No 303(a) floor (made after 1977): 1980 + 120 = 2100 ends before 2010 + 95 = 2105.
    a = check(AS_OF, **_anonymous("1980", "2010"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2101


def test_a_foreign_anonymous_work_with_a_us_notice_made_1900_published_1985_runs_to_2047(check: Any) -> None:
    # Review 11 U33: a British photo made 1900, published 1985 with a US notice.
    a = check(AS_OF, **_anonymous("1900", "1985", origin="GB", copyright_notice="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2048


def test_a_named_author_dead_since_1930_whose_work_made_1925_was_published_1985_runs_to_2047(check: Any) -> None:
    # 303(a) for a named author: life + 70 (2000) but not before the end of 2047.
    a = check(AS_OF, photographer="John Doe", photographer_death_year="1930", image_date="1925",
              published_date="1985", origin_country="US", photo_kind="photographic_work", depicted_type="none",
              copyright_notice="yes")
    assert a.verdict is Verdict.NOT_OK
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2048
