"""Review 11 A1 and B1: a foreign work that complied with the US formalities never fell into
the US public domain, so being PD at home on its URAA date does not free it.

17 USC 104A(h)(6) restores only works in the US public domain for "noncompliance with
formalities ... lack of proper notice", failed renewal or lack of national eligibility; a work
published with a notice and renewed (or with a notice 1964-1977, renewed by law) keeps its
95 years from publication (17 USC 304(b); Commons:Copyright rules by territory/United States,
stored https://download.osmand.net/wiki/Commons:TOO_US: "During 1929-63: with notice and
renewed; During 1964-77: with notice: Copyrighted for 95 years after first publication").
Template:PD-1996 asks "first published ... without copyright notice or before 1964 without
copyright renewal" (stored https://ff.wikipedia.org/wiki/File:Anbara_Salam_Khalidi.jpg).
"""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of


def _swedish_1935(**more: str) -> dict[str, str]:
    # A Swedish photographic work made 1919, first published 1935, photographer d. 1920: PD in
    # Sweden long before 1996.
    return {"photographer": "Per Doe", "photographer_death_year": "1920", "image_date": "1919",
            "published_date": "1935", "origin_country": "SE", "photo_kind": "photographic_work",
            "depicted_type": "none", **more}


def test_a_foreign_work_with_no_formalities_stated_is_not_restored_and_pd_as_before(check: Any) -> None:
    a = check(**_swedish_1935())
    assert a.verdict is Verdict.OK
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)


def test_a_foreign_work_published_with_notice_and_renewed_keeps_its_95_years(check: Any) -> None:
    a = check(**_swedish_1935(copyright_notice="yes", copyright_renewed="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "us-foreign-published-with-notice-renewed" in rules_of(a)
    assert a.uploadable_from == 2031  # 1935 + 95 = end of 2030


def test_a_foreign_work_published_with_notice_from_1964_was_renewed_by_law(check: Any) -> None:
    a = check(**_swedish_1935(published_date="1970", copyright_notice="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2066


def test_a_foreign_work_with_a_notice_and_no_renewal_research_goes_to_the_renewal_records(check: Any) -> None:
    a = check(**_swedish_1935(copyright_notice="yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "us-foreign-renewal-unknown" in rules_of(a)


def test_a_foreign_work_with_a_notice_not_renewed_is_pd_1996(check: Any) -> None:
    a = check(**_swedish_1935(copyright_notice="yes", copyright_renewed="no"))
    assert a.verdict is Verdict.OK
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)


def test_a_foreign_work_published_1978_to_1989_with_a_notice_keeps_its_copyright(check: Any) -> None:
    # B1: an anonymous British photo published 1985 with a notice: 95 years from publication
    # (17 USC 302(c)), not a review asking for the notice the row states.
    a = check(photographer="unknown", anonymous="yes", image_date="1985", published_date="1985",
              origin_country="GB", photo_kind="photographic_work", depicted_type="none", copyright_notice="yes")
    assert a.verdict is Verdict.NOT_OK
    assert "us-foreign-1978-1989-notice-decides" not in rules_of(a)
