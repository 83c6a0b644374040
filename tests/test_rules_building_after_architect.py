"""A building dated decades after its named architect's death (review 11 B8): what stands may
have been finished, rebuilt or restored by others, whose work is a work of architecture of its
own (Berne Convention art. 2(1), stored http://www.law-ref.org/BERN/article2.html: "works of
drawing, painting, architecture, sculpture"), or the date is not the design's. France has no
freedom of panorama Commons accepts for buildings (commercial use excluded: jurisdictions/FR.yaml),
so an ok on the first architect's death year alone could be wrong: the depicted question goes to a
person (rules/depicted.yaml depicted-building-dated-after-architects-death; rules/vocabulary.yaml
building_after_death). Built to the dead architect's design over decades it is his:
Hallgrímskirkja (Guðjón Samúelsson d. 1950, built 1945-1986) is {{PD-old-auto|deathyear=1950}} on
Commons, so the gap is forty years.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 1)


def _french(kind: str = "building", made: str = "1990", **more: str) -> dict[str, str]:
    # play/posthum.csv PB1: a French building by an architect who died in 1920, dated 1990.
    # A named photographer: CC BY-SA requires its author to be credited (review 14 E3).
    return {"image_date": "2020", "origin_country": "FR", "photo_kind": "photographic_work", "photographer": "Per Foto",
            "licence": "CC BY-SA 4.0", "depicted_country": "FR", "depicted_type": kind,
            "depicted_creator": "Jean Architecte", "depicted_creator_death_year": "1920", "depicted_date": made,
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes", **more}


def test_a_building_dated_seventy_years_after_its_architects_death_goes_to_a_person(check: Any) -> None:
    a = check(AS_OF, **_french())
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-building-dated-after-architects-death" in rules_of(a)
    assert "depicted-creator-life-term-expired" not in rules_of(a)
    assert "built to that architect's design" in a.reasons[-1].text


def test_an_interior_and_an_italian_building_so_dated_too(check: Any) -> None:
    interior = check(AS_OF, **_french("interior", depicted_setting="indoor_public"))
    assert "depicted-building-dated-after-architects-death" in rules_of(interior)
    italian = check(AS_OF, **_french(depicted_country="IT", origin_country="IT"))
    assert italian.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-building-dated-after-architects-death" in rules_of(italian)


def test_freedom_of_panorama_for_buildings_still_frees_it(check: Any) -> None:
    # Sweden frees buildings (URL 24 § 3), whoever designed them.
    a = check(AS_OF, **_french(depicted_country="SE", origin_country="SE"))
    assert a.verdict is Verdict.OK


def test_a_photo_protected_on_its_own_side_stays_not_ok(check: Any) -> None:
    a = check(AS_OF, **_french(licence="", photographer="Per Doe", photographer_death_year="2000", image_date="1995"))
    assert a.verdict is Verdict.NOT_OK


def test_a_building_finished_within_forty_years_of_its_architects_death_is_his(check: Any) -> None:
    # Hallgrímskirkja's 36 years (jurisdictions/IS.yaml example, real case RC-IS-2).
    a = check(AS_OF, **_french(made="1956"))
    assert a.verdict is Verdict.OK
    assert "depicted-creator-life-term-expired" in rules_of(a)


def test_a_date_range_that_reaches_past_forty_years_goes_to_a_person(check: Any) -> None:
    # Review 13 D5 (play/t1.csv B1-B3): begun in the architect's life and finished by others
    # long after (`1910-1990`), or a fuzzy date that may lie beyond the gap (`ca. 1965`, `1960s`
    # beside a death in 1920): doubt never becomes ok; France has no commercial FoP.
    for made in ("1910-1990", "ca. 1965", "1960s", "1950/1990"):
        a = check(AS_OF, **_french(made=made))
        assert a.verdict is Verdict.NEEDS_REVIEW, made
        assert "depicted-building-dated-after-architects-death" in rules_of(a), made


def test_a_date_range_ending_within_forty_years_is_the_architects(check: Any) -> None:
    # Hallgrímskirkja, built 1945-1986 to Guðjón Samúelsson's design (d. 1950): his on Commons.
    a = check(AS_OF, **_french(made="1945-1986", depicted_creator_death_year="1950"))
    assert "depicted-building-dated-after-architects-death" not in rules_of(a)
    assert a.verdict is Verdict.OK


def test_a_sculpture_cast_after_its_sculptors_death_is_still_his(check: Any) -> None:
    # A bronze cast from the sculptor's model is the sculptor's work: not checked.
    a = check(AS_OF, **_french("sculpture", depicted_creator="Jean Sculpteur"))
    assert "depicted-building-dated-after-architects-death" not in rules_of(a)
