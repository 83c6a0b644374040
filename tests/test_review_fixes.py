"""Findings of an independent legal review, each as the rule it breaks.

- An `ok` needs a licence or PD tag for the photo itself: Commons deletes a file page
  without one (Commons:Licensing).
- Hong Kong photographs get the general term, life + 50 (Copyright Ordinance Cap. 528
  s. 17; COM:Hong Kong infobox), not 50 years from publication.
- Italian simple photographs: Legge 2 dicembre 2025 n. 182 art. 47 replaced art. 92 of
  Legge 633/1941 (70 years from making, in force 18 December 2025).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 11, 24)


def test_ok_never_comes_without_a_template_for_the_photo(assessor: Assessor) -> None:
    # Every generated-looking PD finding for photos of every jurisdiction: an ok always
    # carries at least one template, whichever law file decided it.
    for code in sorted(assessor.jurisdictions):
        for year in ("1900", "1950", "1980"):
            a = assessor.assess({"id": f"{code}-{year}", "photographer": "unknown", "anonymous": "yes",
                                 "image_date": year, "published_date": year, "origin_country": code,
                                 "photo_kind": "simple_photograph", "depicted_type": "none"}, AS_OF)
            if a.verdict is Verdict.OK:
                assert a.templates, (code, year, [r.rule for r in a.reasons])


def test_hong_kong_photo_gets_life_plus_50_not_50_years_from_publication(check: Any) -> None:
    # Photographer died 1990, photo published 1935: life + 50 runs to the end of 2040.
    a = check(photographer="A Hong Kong photographer", photographer_death_year="1990", image_date="1935",
              published_date="1935", origin_country="HK", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is not Verdict.OK
    assert "{{PD-HK}}" not in a.templates


def test_italian_simple_photo_made_after_2004_is_protected_70_years(check: Any) -> None:
    a = check(photographer="unknown", image_date="2010", published_date="2010", origin_country="IT",
              photo_kind="simple_photograph", depicted_type="none")
    assert a.verdict is Verdict.NOT_OK
    assert any("until the end of 2080" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_italian_simple_photo_freed_by_the_old_term_goes_to_a_person_after_the_change(check: Any) -> None:
    a = check(photographer="unknown", image_date="1960", published_date="1960", origin_country="IT",
              photo_kind="simple_photograph", depicted_type="none")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("182" in r.text for r in a.reasons)


def test_italian_simple_photo_before_the_change_follows_the_old_20_year_term(check: Any) -> None:
    a = check(as_of=date(2024, 6, 1), photographer="unknown", image_date="1960", published_date="1960",
              origin_country="IT", photo_kind="simple_photograph", depicted_type="none")
    assert a.verdict is Verdict.OK and "{{PD-Italy}}" in a.templates
