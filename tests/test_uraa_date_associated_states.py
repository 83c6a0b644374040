"""The Cook Islands and Niue, in free association with New Zealand, joined Berne on their own
only in 2017 and 2016 (COM:Cook Islands, COM:Niue); whether New Zealand's membership counted for
them on 1 January 1996, New Zealand's URAA date, is not settled. The law files take the earlier
date, the safe one: a work still protected at home that day counts as restored (17 USC 104A)."""

from tests.conftest import rules_of


def _photo(country: str, died: str, year: str) -> dict[str, str]:
    return {"photographer": "A Photographer", "photographer_death_year": died, "image_date": year,
            "published_date": year, "origin_country": country, "licence": "PDM", "depicted_type": "none"}


def test_associated_state_photo_protected_on_new_zealands_uraa_date_counts_as_restored(check):
    # Published 1955, photographer died 1960: protected at home on 1 January 1996 (life + 50 to
    # 2010), so restored: 95 years from publication, to the end of 2050 (review 28b F2: with the
    # Cook Islands' own 2017 date it was ok {{PD-old-auto-1996}}).
    for country in ("CK", "NU"):
        a = check(**_photo(country, "1960", "1955"))
        assert "us-foreign-restored-by-uraa" in rules_of(a), country
        assert a.verdict.value == "not_ok" and a.uploadable_from == 2051, country


def test_associated_state_photo_pd_before_1996_is_not_restored(check):
    # Photographer died 1940, published 1935: PD at home by 1991, before either date.
    a = check(**_photo("NU", "1940", "1935"))
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)
    assert a.verdict.value == "ok"
