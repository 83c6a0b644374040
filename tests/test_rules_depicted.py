"""The depicted work and freedom of panorama (rules/depicted.yaml, rules/fop.yaml).
Sources: Commons:Derivative works; Commons:Freedom of panorama; URL 24 § (Sweden);
17 USC 120(a) (US)."""

from datetime import date

from tests.conftest import rules_of

FREE_PHOTO = {"photographer": "Volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
              "origin_country": "SE"}


def test_sculptor_died_over_70_years_ago_is_pd(check):
    # Carl Milles died 1955: Orfeus (1936) is PD in Sweden from 1 Jan 2026.
    row = dict(depicted_country="SE", depicted_type="sculpture", depicted_creator="Carl Milles",
               depicted_creator_death_year="1955", depicted_date="1936",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert a.verdict.value == "ok"
    assert "depicted-creator-life-term-expired" in rules_of(a)
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto|deathyear=1955}}"]
    # A day earlier the sculpture was protected and Swedish FoP for art is disputed.
    assert check(as_of=date(2025, 12, 31), **row).verdict.value == "needs_review"


def test_building_covered_by_fop(check):
    # URL 24 §: buildings may be depicted freely.
    a = check(depicted_country="SE", depicted_type="building",
              depicted_creator="Santiago Calatrava", depicted_date="2005",
              depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "ok"
    assert "fop-outdoor-covered" in rules_of(a)
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"]


def test_disputed_fop_needs_review(check):
    a = check(depicted_country="SE", depicted_type="sculpture", depicted_creator="Edvin Öhrström",
              depicted_creator_death_year="1994", depicted_date="1974",
              depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "needs_review"
    assert "fop-disputed" in rules_of(a)
    assert "Ö 849-15" in a.summary


def test_no_fop_for_artworks_in_the_us(check):
    # 17 USC 120(a) covers architecture only: Cloud Gate (Kapoor, 2006) is not covered.
    a = check(photographer="V", image_date="2015", licence="CC BY-SA 4.0", origin_country="US",
              depicted_country="US", depicted_type="sculpture", depicted_creator="Anish Kapoor",
              depicted_date="2006", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert a.verdict.value == "not_ok"
    assert "fop-outdoor-no-exception" in rules_of(a)
    assert "not-ok-depicted-work-protected-no-fop" in rules_of(a)


def test_private_place_is_not_covered(check):
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="A",
              depicted_date="2005", depicted_setting="private", **FREE_PHOTO)
    assert a.verdict.value == "not_ok"
    assert "fop-private-place" in rules_of(a)


def test_non_permanent_work_is_not_covered(check):
    a = check(depicted_country="US", depicted_type="building", depicted_creator="A",
              depicted_date="2005", depicted_setting="outdoor_public", depicted_permanent="no",
              **FREE_PHOTO)
    assert a.verdict.value == "ok"  # US 120(a) does not require permanence for buildings
    b = check(depicted_country="SE", depicted_type="sculpture", depicted_creator="A",
              depicted_date="2005", depicted_setting="outdoor_public", depicted_permanent="no",
              **FREE_PHOTO)
    assert b.verdict.value != "ok"


def test_ancient_anonymous_object_is_pd(check):
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="unknown",
              depicted_date="1270/1435", depicted_setting="outdoor_public",
              depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "ok"
    assert "depicted-anonymous-work-expired" in rules_of(a)
    assert a.templates == ["{{Cc-by-sa-4.0}}"]


def test_depicted_type_missing_needs_review(check):
    a = check(**FREE_PHOTO)
    assert a.verdict.value == "needs_review"
    assert "depicted-type-missing" in rules_of(a)


def test_nothing_copyrightable_depicted(check):
    a = check(depicted_type="landscape", **FREE_PHOTO)
    assert a.verdict.value == "ok"
    assert "depicted-nothing-copyrightable" in rules_of(a)


def test_depicted_country_missing(check):
    a = check(depicted_type="building", depicted_creator="A", depicted_date="2005", **FREE_PHOTO)
    assert a.verdict.value == "needs_review"
    assert "depicted-country-missing" in rules_of(a)


def test_named_architect_without_death_year_of_a_centuries_old_building_is_pd(check):
    # Made 1650: the architect died by 1760 at the latest (lifespan bound), so life + 70
    # has run out; a building made 1990 by a named architect is still protected.
    old = check(depicted_country="SE", depicted_type="building", depicted_creator="Nicodemus Tessin the Elder",
                depicted_date="1650", depicted_setting="outdoor_public", depicted_permanent="yes",
                **FREE_PHOTO)
    assert old.verdict.value == "ok"
    assert "depicted-creator-life-term-expired" in rules_of(old)
    assert old.templates == ["{{Cc-by-sa-4.0}}"]  # no PD-old-auto without its deathyear
    recent = check(depicted_country="FR", depicted_type="building", depicted_creator="A",
                   depicted_date="1990", depicted_setting="outdoor_public", depicted_permanent="yes",
                   **FREE_PHOTO)
    assert recent.verdict.value == "not_ok"


def test_unidentified_author_of_a_19th_century_building_needs_review(check):
    # Made 1880, author not identified: anonymous (70 + 70) has run out, but a traced
    # architect could have died as late as 1990 (life + 70 to 2060): review, not PD.
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="unknown",
              depicted_date="1880", depicted_setting="private", **FREE_PHOTO)
    assert a.verdict.value == "needs_review"
    assert "depicted-author-not-identified" in rules_of(a)


def test_a_work_older_than_any_term_is_pd_even_where_the_law_is_unsettled(check):
    # Built in the 6th century: no law's longest term plus a full life can still run,
    # even in a jurisdiction whose terms are all under review.
    a = check(depicted_country="PS", depicted_type="building", depicted_creator="unknown",
              depicted_date="565", depicted_setting="outdoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-older-than-any-term" in rules_of(a)
    assert a.verdict.value == "ok"


def test_depicted_country_without_a_file(check, assessor):
    code = next(c for c in ("AQ", "BV", "HM") if c not in assessor.jurisdictions)
    a = check(depicted_country=code, depicted_type="building", depicted_creator="A",
              depicted_date="2005", depicted_setting="outdoor_public", **FREE_PHOTO)
    assert "depicted-country-not-covered" in rules_of(a)
    assert "fop-country-unknown" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_named_architect_alive_or_recent_is_protected(check):
    # I. M. Pei died 2019: the Louvre Pyramid is protected in France to 2089 (CPI L123-1),
    # and French FoP is non-commercial only (CPI L122-5 11°), so no FoP for Commons.
    a = check(depicted_country="FR", depicted_type="building", depicted_creator="I. M. Pei",
              depicted_creator_death_year="2019", depicted_date="1989", depicted_setting="outdoor_public",
              depicted_permanent="yes", **FREE_PHOTO)
    assert "depicted-creator-life-term-running" in rules_of(a)
    assert "fop-non-commercial-only" in rules_of(a)
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2090


def test_anonymous_recent_work_is_protected(check):
    a = check(depicted_country="SE", depicted_type="sculpture", depicted_creator="anonymous",
              depicted_date="2000", depicted_setting="outdoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-anonymous-work-running" in rules_of(a)


def test_named_creator_of_a_1900_work_without_death_year_is_undecided(check):
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="A",
              depicted_date="1900", depicted_setting="outdoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-undecided" in rules_of(a)
    assert a.verdict.value == "ok"  # Swedish FoP covers buildings anyway
    assert "fop-outdoor-covered" in rules_of(a)


def test_fop_not_needed_for_a_landscape(check):
    # Shown where every answer is decisive (here: an unreadable licence).
    a = check(depicted_type="none", **{**FREE_PHOTO, "licence": "free to use"})
    assert "fop-not-needed" in rules_of(a)
    licensed = check(depicted_type="none", **FREE_PHOTO)
    assert [r.rule for r in licensed.reasons] == ["depicted-nothing-copyrightable",
                                                  "ok-photo-freely-licensed-depicted-free"]


def test_uk_fop_covers_sculpture_in_premises_open_to_the_public_but_not_murals(check):
    # CDPA 1988 s62: buildings, sculptures and works of artistic craftsmanship in public
    # places or premises open to the public; graphic works (murals) are not covered.
    inside = check(depicted_country="GB", depicted_type="sculpture", depicted_creator="A",
                   depicted_date="2000", depicted_setting="indoor_public", depicted_permanent="yes",
                   **FREE_PHOTO)
    assert "fop-indoor-covered" in rules_of(inside)
    assert inside.verdict.value == "ok"
    mural = check(depicted_country="GB", depicted_type="mural", depicted_creator="Banksy",
                  depicted_date="2006", depicted_setting="indoor_public", depicted_permanent="yes",
                  **FREE_PHOTO)
    assert "fop-indoor-no-exception" in rules_of(mural)
    assert mural.verdict.value == "not_ok"


def test_temporary_exhibition_is_not_covered(check):
    # Auteurswet art. 18: only works made to be permanently placed in public places.
    a = check(depicted_country="NL", depicted_type="sculpture", depicted_creator="A",
              depicted_date="2020", depicted_setting="outdoor_public", depicted_permanent="no",
              **FREE_PHOTO)
    assert "fop-not-permanent" in rules_of(a)
    assert a.verdict.value == "not_ok"


def test_interior_may_show_artworks_that_fop_does_not_cover(check):
    # Finland 25 a § (4): building interiors may be depicted; artworks inside are not free.
    a = check(depicted_country="FI", depicted_type="interior", depicted_creator="A",
              depicted_date="1969", depicted_setting="indoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "fop-interior-may-show-art" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_setting_unknown_leaves_fop_undecided(check):
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="A",
              depicted_date="2005", **FREE_PHOTO)
    assert "fop-undecided" in rules_of(a)
    assert "depicted_setting" in a.summary
