"""17 USC 104A(h)(6): a foreign depicted work that complied with the US formalities never fell
into the US public domain, so being PD at home on its URAA date does not free it (review 11 A1,
depicted side: play/usf5.csv Y1). The URAA restores works in the US public domain for
"noncompliance with formalities ... lack of proper notice", failed renewal or lack of national
eligibility; one put up with a notice and renewed runs 95 years from publication (17 USC
304(b); Commons:Copyright rules by territory/United States, stored
https://download.osmand.net/wiki/Commons:TOO_US: "During 1929-63: with notice and renewed;
During 1964-77: with notice: Copyrighted for 95 years after first publication"). Template:PD-1996
asks "first published ... without copyright notice or before 1964 without copyright renewal"
(stored https://ff.wikipedia.org/wiki/File:Anbara_Salam_Khalidi.jpg).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 1)


# -- 17 USC 104A(h)(6): a foreign depicted work that complied with the formalities ----------

def _swedish_statue(**more: str) -> dict[str, str]:
    # A statue put up in Stockholm in 1935 by a sculptor who died in 1920: PD in Sweden long
    # before 1996 (review 11 play/usf5.csv).
    # A named photographer: CC BY-SA requires its author to be credited (review 14 E3).
    return {"image_date": "2020", "origin_country": "SE", "photo_kind": "photographic_work", "photographer": "Per Foto",
            "licence": "CC BY-SA 4.0", "depicted_country": "SE", "depicted_type": "sculpture",
            "depicted_creator": "Sven Konstnär", "depicted_creator_death_year": "1920", "depicted_date": "1935",
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes", **more}


def test_a_foreign_statue_with_no_formalities_stated_is_not_restored_and_pd_as_before(check: Any) -> None:
    a = check(AS_OF, **_swedish_statue())
    assert a.verdict is Verdict.OK
    assert "depicted-us-not-restored-by-uraa" in rules_of(a)


def test_a_foreign_statue_put_up_with_a_us_notice_and_renewed_keeps_its_95_years(check: Any) -> None:
    a = check(AS_OF, **_swedish_statue(depicted_copyright_notice="yes", depicted_copyright_renewed="yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "depicted-us-foreign-put-up-with-notice-renewed" in rules_of(a)
    assert a.uploadable_from == 2031  # 1935 + 95 = end of 2030


def test_a_foreign_statue_put_up_with_a_notice_from_1964_was_renewed_by_law(check: Any) -> None:
    a = check(AS_OF, **_swedish_statue(depicted_creator_death_year="1950", depicted_date="1965",
                                       depicted_copyright_notice="yes"))
    # PD in Sweden since 2021, not on 1 January 1996: restored by the URAA, 95 years either way.
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2061


def test_a_statue_whose_home_status_on_the_uraa_date_is_open_still_keeps_its_95_years(check: Any) -> None:
    # Review 13 D8 (play/t1.csv D2, D4): whether a sculptor who died in 1920 was "mort pour la
    # France" (CPI L123-10: 30 more years) leaves his French term on 1 January 1996 open, but
    # with a notice and a renewal (or a notice from 1964,
    # renewed by law) the US term is 95 years from the putting-up either way: restored by the
    # URAA had it been protected at home, never fallen had it been PD (17 USC 104A, 304(b)).
    french = {**_swedish_statue(), "depicted_country": "FR", "depicted_copyright_notice": "yes"}
    a = check(AS_OF, **french, depicted_copyright_renewed="yes")
    assert (a.verdict, a.uploadable_from) == (Verdict.NOT_OK, 2031)
    assert "depicted-us-foreign-put-up-with-notice-renewed" in rules_of(a)
    b = check(AS_OF, **{**french, "depicted_date": "1970"})
    assert (b.verdict, b.uploadable_from) == (Verdict.NOT_OK, 2066)


def test_a_foreign_statue_with_a_notice_and_no_renewal_research_goes_to_the_renewal_records(check: Any) -> None:
    a = check(AS_OF, **_swedish_statue(depicted_copyright_notice="yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-us-foreign-put-up-with-notice-renewal-unknown" in rules_of(a)


def test_a_foreign_statue_with_a_notice_not_renewed_is_pd_1996(check: Any) -> None:
    a = check(AS_OF, **_swedish_statue(depicted_copyright_notice="yes", depicted_copyright_renewed="no"))
    assert a.verdict is Verdict.OK
    # The reason says the notice was not renewed, as the row does (law14), not that the
    # work is assumed to have had no notice.
    assert "depicted-us-foreign-put-up-with-notice-not-renewed" in rules_of(a)


def test_a_foreign_painting_published_with_a_us_notice_at_an_unknown_date_goes_to_a_person(check: Any) -> None:
    # Not put up outdoors: its making is not its publication, and the notice says it was
    # published, not when; 95 years run from then.
    a = check(AS_OF, **_swedish_statue(depicted_type="artwork", depicted_setting="indoor_public",
                                       depicted_date="1910", depicted_copyright_notice="yes",
                                       depicted_copyright_renewed="yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-us-foreign-published-with-notice-date-unknown" in rules_of(a)
