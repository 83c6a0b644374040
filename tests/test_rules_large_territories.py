"""Known legal gaps of larger countries (Russia, Spain, Israel, Canada, Italy, the US side of
late publications), each test as the rule it checks, with the Commons page or statute."""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict

SOVIET_PHOTO = {"photographer": "A Soviet press photographer", "origin_country": "RU",
                "photo_kind": "photographic_work", "depicted_type": "none"}


def _rules(a: Any) -> list[str]:
    return [r.rule for r in a.reasons]


# Template:PD-Russia (stored transclusions https://de.m.wikipedia.org./wiki/Datei:Kazimir_Malevich,_c.1900.jpg,
# https://fi.wikipedia.org./wiki/Tiedosto:Palace_of_industry.jpg): "The author of this work died:
# (a) before January 1, 1942 or (b) between January 1, 1942 and January 1, 1946, did not work
# during the Great Patriotic War and did not participate in it ... in the public domain in the
# United States, because it was in the public domain in its home country (Russia) on the URAA
# date (January 1, 1996)".

def test_russian_photo_of_an_author_who_died_1942_to_1945_turns_on_his_war_record_in_the_us(check: Any) -> None:
    # Published 1935: PD in Russia today either way (life + 74 ran out in 2020 at the latest);
    # in the US restored (to the end of 2030) only if he fought in or worked during the war.
    for died in ("1942", "1943", "1944", "1945"):
        a = check(**SOVIET_PHOTO, photographer_death_year=died, image_date="1935", published_date="1935")
        assert a.verdict is Verdict.NEEDS_REVIEW, died
        us = next(r for r in a.reasons if r.rule == "us-foreign-uraa-status-open")  # rules/us.yaml
        assert "Great Patriotic War" in us.text and "1996-01-01" in us.text


def test_russian_photo_of_an_author_who_died_before_1942_was_pd_on_the_uraa_date_whatever_his_war_record(
        check: Any) -> None:
    # Case (a): no war record can matter (1941 + 54 years ran out at the end of 1995).
    a = check(**SOVIET_PHOTO, photographer_death_year="1941", image_date="1935", published_date="1935")
    assert a.verdict is Verdict.OK
    assert "us-foreign-not-restored-by-uraa" in _rules(a)


def test_russian_photo_of_an_author_who_died_1946_was_protected_on_the_uraa_date_and_restored(check: Any) -> None:
    # Life + 50 (1993 law) still ran on 1 January 1996 for every author who died in 1946.
    a = check(**SOVIET_PHOTO, photographer_death_year="1946", image_date="1935", published_date="1935")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2031
    assert "us-foreign-restored-by-uraa" in _rules(a)


def test_russian_photo_of_an_author_who_died_1944_as_of_2010_turns_on_his_war_record_in_russia(check: Any) -> None:
    # In 2010 life + 70 still ran, but a non-participant who died before 1946 was PD.
    a = check(**SOVIET_PHOTO, photographer_death_year="1944", image_date="1925", published_date="1925",
              as_of=date(2010, 6, 1))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("Great Patriotic War" in r.text for r in a.reasons if r.rule == "photo-origin-undecided")


def test_russian_photo_whose_us_term_ran_out_needs_no_war_record_for_an_author_dead_1942_to_1951(check: Any) -> None:
    # Published 1925: PD in the US (95 years); in Russia life + 74 has run out for deaths
    # up to 1951 by 2026, so the war record decides nothing.
    for died in ("1942", "1945", "1951"):
        a = check(**SOVIET_PHOTO, photographer_death_year=died, image_date="1925", published_date="1925")
        assert a.verdict is Verdict.OK, died


def test_russian_photo_of_an_author_who_died_1952_to_1955_turns_on_his_war_record_at_home(check: Any) -> None:
    # Life + 70 has run out by 2026, life + 74 not yet (Civil Code art. 1281(4)).
    for died in ("1952", "1955"):
        a = check(**SOVIET_PHOTO, photographer_death_year=died, image_date="1925", published_date="1925")
        assert a.verdict is Verdict.NEEDS_REVIEW, died
