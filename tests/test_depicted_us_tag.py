"""The depicted work's PD tag carries the US side the rules found (review 8, F10).

Template:PD-old-auto (https://commons.wikimedia.org/wiki/Template:PD-old-auto): "You must also
include a United States public domain tag to indicate why this work is in the public domain in
the United States"; its documentation: "Please use {{PD-old-auto-expired}} or
{{PD-old-auto-1996}} in preference to this template" (rules/tags.yaml, combine).
"""

from __future__ import annotations

from typing import Any

from copyright_check.assessment import Verdict

PHOTO = dict(photographer="Wikimedia volunteer", anonymous="no", image_date="2015", licence="CC BY-SA 4.0",
             depicted_setting="outdoor_public", depicted_permanent="yes")
INDOOR = {**PHOTO, "depicted_setting": "indoor_public"}


def test_a_sculpture_put_up_over_95_years_ago_gets_pd_old_auto_expired(check: Any) -> None:
    # Sinnataggen (Gustav Vigeland, d. 1943; 1928): PD in Norway since 2014 (life + 70), and
    # put up 1928, taken as its publication, its US term (95 years, 17 USC 304) ran out in 2023.
    a = check(origin_country="NO", depicted_country="NO", depicted_type="sculpture",
              depicted_creator="Gustav Vigeland", depicted_creator_death_year="1943", depicted_date="1928", **PHOTO)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto-expired|deathyear=1943}}"]


def test_a_work_pd_at_home_on_the_uraa_date_gets_pd_old_auto_1996(check: Any) -> None:
    # China, life + 50: an artist who died 1940 was PD there on 1 January 1996, so a work put up
    # 1938 was not restored by the URAA (17 USC 104A(h)(6); Template:PD-1996).
    a = check(origin_country="CN", depicted_country="CN", depicted_type="artwork", depicted_creator="Someone",
              depicted_creator_death_year="1940", depicted_date="1938", **INDOOR)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto-1996|deathyear=1940}}"]


def test_a_country_tag_without_a_combined_form_gets_the_us_tag_beside_it(check: Any) -> None:
    # Template:PD-old-assumed: "You must also include a United States public domain tag".
    a = check(origin_country="SE", depicted_country="SE", depicted_type="artwork", depicted_date="1890",
              **INDOOR)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-assumed}}", "{{PD-US-expired}}"]


def test_a_us_tag_never_stands_alone_for_the_depicted_work(check: Any) -> None:
    # A work with no recorded death year found PD from the human lifespan bound: PD-old-auto
    # cannot be written without deathyear=, and the US tag alone would say nothing of the
    # work's home country. The yearless form states both sides (Template:PD-old-70/doc: "for
    # files whose authors died more than 70 years ago"; PD-old-70-expired with the US side).
    a = check(origin_country="SE", depicted_country="BZ", depicted_type="artwork", depicted_creator="Artist",
              depicted_date="1767", **INDOOR)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-70-expired}}"]
    assert "{{PD-US-expired}}" not in a.templates
