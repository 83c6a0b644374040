"""The three questions combined (rules/verdict.yaml, Commons:Licensing)."""

from tests.conftest import rules_of

LANDSCAPE = {"origin_country": "SE", "depicted_type": "landscape",
             "photo_kind": "photographic_work"}


def test_free_licence_releases_a_protected_photo(check):
    a = check(photographer="V", image_date="2020", licence="CC BY 4.0", **LANDSCAPE)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-by-4.0}}"]


def test_nc_licence_on_protected_photo_is_not_ok(check):
    a = check(photographer="V", image_date="2015", licence="CC BY-NC 4.0", **LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert rules_of(a)[0] == "licence-not_free"


def test_pdm_on_a_protected_photo_is_not_ok(check):
    # PDM is a claim, not a release: Hammarskiöld died 2012.
    a = check(photographer="Hans Hammarskiöld", photographer_death_year="2012", image_date="1958",
              published_date="1958", licence="PDM", **LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2083


def test_pd_photo_under_nc_licence_is_still_pd(check):
    a = check(photographer="P", photographer_death_year="1900", image_date="1890",
              published_date="1890", licence="CC BY-NC 4.0", **LANDSCAPE)
    assert a.verdict.value == "ok"


def test_unreadable_licence_needs_review(check):
    a = check(photographer="V", image_date="2015", licence="free to use", **LANDSCAPE)
    assert a.verdict.value == "needs_review"
    assert "needs-review-licence-unreadable" in rules_of(a)


def test_photo_and_depicted_both_block_uploadable_from_is_the_later(check):
    a = check(photographer="P", photographer_death_year="1960", image_date="1935",
              published_date="1935", licence="all rights reserved", origin_country="US",
              depicted_country="US", depicted_type="sculpture", depicted_creator="S",
              depicted_creator_death_year="1980", depicted_date="1930",
              depicted_setting="outdoor_public", depicted_permanent="yes")
    assert a.verdict.value == "needs_review" or a.uploadable_from == 2051
