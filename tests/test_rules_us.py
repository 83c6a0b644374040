"""US status of every file (rules/us.yaml). Sources: 17 USC 302-304, 104A; the Hirtle
chart https://commons.wikimedia.org/wiki/Commons:Hirtle_chart; Template:PD-1996."""

from tests.conftest import rules_of

SE = {"origin_country": "SE", "depicted_type": "landscape", "photo_kind": "photographic_work"}


def test_published_more_than_95_years_ago_is_pd_us_expired(check):
    # 17 USC 304(b): 95 years from publication; published 1930 -> PD from 2026.
    a = check(photographer="P", photographer_death_year="1940", image_date="1930",
              published_date="1930", **SE)
    assert "us-published-over-95-years" in rules_of(a)
    # rules/tags.yaml: PD-old-auto + PD-US-expired combine into PD-old-auto-expired.
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1940}}"]


def test_published_1931_not_yet_95_years(check):
    a = check(photographer="P", photographer_death_year="1920", image_date="1931",
              published_date="1931", **SE)
    assert "us-published-over-95-years" not in rules_of(a)
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)  # PD at home on 1996-01-01


def test_foreign_work_pd_at_home_on_uraa_date_is_pd_1996(check):
    # 17 USC 104A(h)(6): not restored if PD at home on 1 Jan 1996 (died 1925 -> PD 1996).
    a = check(photographer="P", photographer_death_year="1925", image_date="1950",
              published_date="1950", **SE)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-old-auto-1996|deathyear=1925}}"]


def test_foreign_work_protected_on_uraa_date_was_restored(check):
    a = check(photographer="P", photographer_death_year="1950", image_date="1940",
              published_date="1940", **SE)
    assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2036  # 1940 + 95 + 1; PD in SE since 2021


def test_publication_unknown_needs_review(check):
    a = check(photographer="P", photographer_death_year="1950", image_date="1940", **SE)
    assert a.verdict.value == "needs_review"
    assert "us-undecided" in rules_of(a)


def test_us_work_published_1931_to_1977_needs_notice_and_renewal_research(check):
    a = check(photographer="P", photographer_death_year="1990", image_date="1950",
              published_date="1950", origin_country="US", depicted_type="landscape")
    assert a.verdict.value == "needs_review"
    assert "us-work-formalities-unknown" in rules_of(a)


def test_foreign_work_published_1978_to_1989_pd_at_home_depends_on_the_notice(check):
    # Template:PD-1996: published before 1 March 1989 without a US notice and PD at home
    # on the URAA date -> not restored. A Swedish simple photo made 1940 had run out.
    a = check(photographer="P", photographer_death_year="1990", image_date="1940",
              published_date="1980", origin_country="SE", photo_kind="simple_photograph",
              depicted_type="landscape")
    assert "us-foreign-1978-1989-notice-decides" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_published_after_1989_is_life_plus_70_in_the_us(check):
    a = check(photographer="P", photographer_death_year="1990", image_date="1990",
              published_date="1990", licence="all rights reserved", **SE)
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.verdict.value == "not_ok"
