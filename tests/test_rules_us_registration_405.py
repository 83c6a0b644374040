"""17 USC 405(a)(2): a US work published 1 January 1978 - 28 February 1989 without a copyright
notice kept its copyright if registered within five years of publication. Commons:Copyright
rules by territory/United States (stored https://download.osmand.net/wiki/Commons:TOO_US): "From
1978 to March 1, 1989: without notice and without registration within 5 years of first
publication: Work has entered US public domain". Review 11 B1b: a row stating no notice and a
registration was asked "whether it carried a notice".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 1)


def _anonymous(made: str, published: str, origin: str = "US", **more: str) -> dict[str, str]:
    return {"photographer": "unknown", "anonymous": "yes", "image_date": made, "published_date": published,
            "origin_country": origin, "photo_kind": "photographic_work", "depicted_type": "none", **more}


# -- 17 USC 405(a)(2): published 1978 - February 1989 without a notice, registered ----------

def test_a_us_work_published_1985_without_notice_but_registered_is_protected(check: Any) -> None:
    # Review 11 B1b (play/usf4.csv X2): the omission was cured by registration within five
    # years (17 USC 405(a)(2); Commons:Copyright rules by territory/United States: PD only
    # "without notice and without registration within 5 years of first publication").
    a = check(AS_OF, **_anonymous("1985", "1985", copyright_notice="no", copyright_registered="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "us-work-1978-1989-notice-unknown" not in rules_of(a)
    assert a.uploadable_from == 2081


def test_a_named_us_work_published_1985_without_notice_but_registered_has_the_life_term(check: Any) -> None:
    a = check(AS_OF, photographer="John Doe", photographer_death_year="1990", image_date="1985",
              published_date="1985", origin_country="US", photo_kind="photographic_work", depicted_type="none",
              copyright_notice="no", copyright_registered="yes")
    assert a.verdict is Verdict.NOT_OK
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2061


def test_a_us_work_published_1985_without_notice_registration_not_stated_asks_the_registration(check: Any) -> None:
    a = check(AS_OF, **_anonymous("1985", "1985", copyright_notice="no"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "us-work-1978-1989-without-notice-registration-unknown" in rules_of(a)
    assert "copyright_registered" in a.reasons[1].text


def test_a_us_work_published_1985_without_notice_not_registered_is_pd_1989(check: Any) -> None:
    a = check(AS_OF, **_anonymous("1985", "1985", copyright_notice="no", copyright_registered="no"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-US-1989}}"]


def test_a_foreign_work_published_1985_abroad_without_notice_but_registered_is_protected(check: Any) -> None:
    a = check(AS_OF, **_anonymous("1900", "1985", origin="GB", copyright_notice="no", copyright_registered="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "us-foreign-1978-1989-notice-decides" not in rules_of(a)
