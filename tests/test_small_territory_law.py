"""Small territories' law files checked against their stored Commons country pages and
statutes (session 10, helper law10b): each test is the rule as the page or statute gives
it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of


def _photo(country: str, died: str, made: str, published: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none"}


def test_djibouti_uraa_date_law_not_found(check: Any) -> None:
    # Law No. 114/AN/96 (life + 25; photographs 25 years from creation) dates from 3
    # September 1996 (recitals of Law No. 154/AN/06, journalofficiel.dj): on the URAA date,
    # 1 January 1996, it was not in force and the law then was not found. A photo made 1960
    # is PD at home today (25 years from creation, COM:Djibouti), but whether the URAA
    # restored it is for a person.
    a = check(**_photo("DJ", "1965", "1960", "1960"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "photo-photograph-term-expired" in rules_of(a)
    why = next(r.text for r in a.reasons if r.rule == "us-foreign-uraa-status-open")
    assert "3 September 1996" in why
    # Published over 95 years ago: PD in the US whatever the URAA did.
    b = check(**_photo("DJ", "1930", "1920", "1920"))
    assert b.verdict is Verdict.OK


def test_bangladesh_photo_pd_since_the_old_terms_end_says_so(check: Any) -> None:
    # COM:Bangladesh: the Copyright Act 2000 (60 years from publication for photographs)
    # 'was not retroactive' (s. 105(3)); under the 1962 Ordinance a photo had 50 years, so
    # one published 1940 is PD since 1991, not 2001. The reason gives 1991 and says it is
    # the older law's end, not the 60 years it names.
    a = check(**_photo("BD", "1950", "1940", "1940"))
    why = next(r.text for r in a.reasons if r.rule == "photo-photograph-term-expired")
    assert "60 years from first publication" in why
    assert "PD there since 1991 (its shorter term under the law before 2000-07-18 ran out then" in why
