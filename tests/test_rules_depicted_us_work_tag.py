"""A US work's own PD tag, and US public-art publication only in the US (session 32).

A depicted work whose origin is the US and whose US life + 70 has run out was made before 1931 (the US
file's open cases hold later ones back): PD in the US whether published before 1931 (95 years from
publication, 17 USC 304(b)) or never (life + 70, 17 USC 303(a)). Commons needs a licence tag for the
depicted work too (Commons:Derivative works), and tags it {{PD-US-expired}} (Template:PD-US-expired), as
it does a foreign work's US side; before, the page carried the photo's licence alone.

A US statue put up "in a place open to the general public" before 1978 without a notice is PD
(Commons:Public art and copyrights in the US): that is a US public place; a US sculptor's statue put up
in Paris is no such publication, and goes to a person.
"""
from __future__ import annotations

from typing import Any

from copyright_check import Assessor

AS_OF = "2026-12-04"


def _statue(**cells: str) -> Any:
    row = {"id": "s", "photographer": "Wikimedia volunteer", "image_date": "2020", "origin_country": "US",
           "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0", "depicted_country": "US",
           "depicted_type": "sculpture", "depicted_creator": "John Doe", "depicted_creator_death_year": "1900",
           "depicted_date": "1890", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    row.update(cells)
    return Assessor(as_of=AS_OF).assess(row)


def test_us_work_made_before_1931_its_life_term_run_out_is_tagged_pd_us_expired() -> None:
    # 17 USC 303(a), 304(b); Template:PD-US-expired.
    a = _statue()
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-US-expired}}"]
    assert a.reasons[0].rule == "depicted-us-work-life-term-and-publication-expired"


def test_us_painting_indoors_in_a_us_museum_is_tagged_too() -> None:
    # A movable work: its origin given (Berne Convention art. 5(4); rules/depicted.yaml depicted-origin-missing).
    a = _statue(depicted_type="painting", depicted_setting="indoor_public", depicted_date="1925",
                depicted_creator_death_year="1950", depicted_origin_country="US")
    assert a.verdict.value == "ok"
    assert "{{PD-US-expired}}" in a.templates


def test_us_work_made_from_1931_with_its_life_term_run_out_still_asks_the_notice() -> None:
    # 95 years from a 1940 publication with notice and renewal run to 2035 (jurisdictions/US.yaml open_cases).
    a = _statue(depicted_date="1940", depicted_creator_death_year="1950")
    assert a.verdict.value == "needs_review"


def test_us_statue_put_up_abroad_without_notice_is_no_us_public_art_publication() -> None:
    # Commons:Public art and copyrights in the US speaks of US public places.
    a = _statue(origin_country="FR", depicted_country="FR", depicted_origin_country="US",
                depicted_date="1935", depicted_creator_death_year="1940", depicted_copyright_notice="no")
    assert a.verdict.value == "needs_review"
    assert "depicted-us-work-put-up-without-notice" not in [r.rule for r in a.reasons]


def test_us_statue_put_up_in_the_us_without_notice_stays_pd() -> None:
    a = _statue(depicted_date="1935", depicted_creator_death_year="1980", depicted_copyright_notice="no")
    assert a.verdict.value == "ok"
    assert "{{PD-US-no notice}}" in a.templates


def test_us_work_with_a_notice_and_no_publication_date_asks_when_it_was_published() -> None:
    # Audit 32e W1: a notice is on published copies; published 1931-1977 with one (renewed, before 1964),
    # it runs 95 years from then (17 USC 304; Commons:TOO_US), whenever its author died.
    a = _statue(depicted_type="painting", depicted_setting="indoor_public", depicted_date="1900",
                depicted_creator_death_year="1935", depicted_origin_country="US", depicted_copyright_notice="yes",
                depicted_copyright_renewed="yes")
    assert a.verdict.value == "needs_review"
    assert "depicted-us-work-published-with-notice-date-unknown" in [r.rule for r in a.reasons]


def test_us_statue_put_up_outdoors_with_a_notice_before_1931_is_pd_as_published_then() -> None:
    # Review 32h N4: put up in a US public place in 1925, its putting-up is its publication (Commons:Public
    # art and copyrights in the US): 95 years from 1925 ran out at the end of 2020 (17 USC 304(b)).
    a = _statue(depicted_date="1925", depicted_creator_death_year="1940", depicted_copyright_notice="yes")
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-US-expired}}"]


def test_us_work_renewed_with_no_publication_date_asks_when_it_was_published() -> None:
    # Review 32i F3: only a published or registered work was renewed; published 1931-1963 and renewed, it
    # runs 95 years from then (17 USC 304).
    a = _statue(depicted_type="sculpture", depicted_setting="indoor_public", depicted_date="1920",
                depicted_creator_death_year="1940", depicted_copyright_renewed="yes", depicted_origin_country="US")
    assert a.verdict.value == "needs_review"
    assert "depicted-us-work-published-with-notice-date-unknown" in [r.rule for r in a.reasons]
