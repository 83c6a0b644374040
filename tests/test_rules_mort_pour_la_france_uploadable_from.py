"""What a row a *mort pour la France* question holds open says of its year (review 17 M2).

CPI L123-10: an author declared mort pour la France gets 30 more years, on top of life + 70 as
Commons reads it (Commons:Copyright rules by territory/France), so up to 100 years after a death
in 1939-1945 or, for a photographer, 1946-1962. README (Known limits, France): a review row's
`uploadable_from` is empty, as every `needs_review` row's is, its reason giving the year it is
free whatever the answer; a row `not_ok` while life + 70 runs has the year after life + 70, and
that year it goes to review, not to ok.
"""

from __future__ import annotations

from datetime import date

from copyright_check import Assessor, Verdict

ROW = {"id": "MPF", "title": "Paris rue", "photographer": "Jacques Martin", "photographer_birth_year": "1900",
       "image_date": "1925", "published_date": "1925", "origin_country": "FR",
       "photo_kind": "photographic_work", "depicted_type": "none"}


def test_a_mort_pour_la_france_review_row_names_its_year_in_the_reason_not_in_uploadable_from() -> None:
    a = Assessor(as_of=date(2026, 12, 1)).assess({**ROW, "photographer_death_year": "1944"})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.uploadable_from is None
    assert "from 2045 whatever the answer" in a.reasons[0].text


def test_a_row_protected_for_life_plus_70_is_uploadable_from_then_and_asks_the_question_that_year() -> None:
    a = Assessor(as_of=date(2026, 12, 1)).assess({**ROW, "photographer_death_year": "1960"})
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2031
    later = Assessor(as_of=date(2031, 1, 1)).assess({**ROW, "photographer_death_year": "1960"})
    assert later.verdict is Verdict.NEEDS_REVIEW and "mort pour la France" in later.reasons[0].text
