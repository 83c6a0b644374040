"""The depicted work and freedom of panorama (rules/depicted.yaml, rules/fop.yaml).
Sources: Commons:Derivative works; Commons:Freedom of panorama; URL 24 § (Sweden);
17 USC 120(a) (US)."""

from datetime import date

from tests.conftest import rules_of

FREE_PHOTO = {"photographer": "Volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
              "origin_country": "SE"}


def test_sculptor_died_over_70_years_ago_is_pd(check):
    # Carl Milles died 1955: Orfeus (1936) is PD in Sweden from 1 Jan 2026 — but it was
    # protected there on 1 Jan 1996, so the URAA restored it in the US until the end of
    # 2031 (1936 + 95; rules/depicted_us.yaml): uploadable from 2032.
    row = dict(depicted_country="SE", depicted_type="sculpture", depicted_creator="Carl Milles",
               depicted_creator_death_year="1955", depicted_date="1936",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert "depicted-creator-life-term-expired" in rules_of(a)
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2032
    later = check(as_of=date(2032, 1, 1), **row)
    assert later.verdict.value == "ok"
    # Template:PD-old-auto asks for the US side too: published over 95 years ago by then.
    assert later.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto-expired|deathyear=1955}}"]
    # A day before 2026 the sculpture was protected at home too, and Swedish FoP for art is
    # disputed in a way Commons deletes on (COM:FOP Sweden; the precautionary principle).
    assert check(as_of=date(2025, 12, 31), **row).verdict.value == "not_ok"


def test_building_covered_by_fop(check):
    # URL 24 §: buildings may be depicted freely.
    a = check(depicted_country="SE", depicted_type="building",
              depicted_creator="Santiago Calatrava", depicted_date="2005",
              depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "ok"
    assert "fop-outdoor-covered" in rules_of(a)
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"]


def test_fop_disputed_commons_deletes(check):
    # Issue 8 item 5. Swedish public art after HD Ö 849-15 (2016): Commons deletes such
    # files (Commons:Deletion requests/Template:FoP-Sweden; Maman (Stockholm) DR):
    # not_ok with the dispute in the reason, not needs_review.
    a = check(depicted_country="SE", depicted_type="sculpture", depicted_creator="Edvin Öhrström",
              depicted_creator_death_year="1994", depicted_date="1974",
              depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "not_ok"
    assert "fop-disputed-commons-deletes" in rules_of(a)
    text = " ".join(r.text for r in a.reasons)
    assert "Ö 849-15" in text and "precautionary" in text
    # PD in Sweden from 2065, but restored in the US (1974 + 95): rules/depicted_us.yaml.
    assert a.uploadable_from == 2070


def test_disputed_fop_needs_review(check):
    # Where Commons itself leaves the point open (Belgian interiors, Act of 27 June 2016):
    # a person decides.
    a = check(depicted_country="BE", depicted_type="sculpture", depicted_creator="Panamarenko",
              depicted_creator_death_year="2019", depicted_date="1990",
              depicted_setting="indoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert a.verdict.value == "needs_review"
    assert "fop-disputed" in rules_of(a)


def test_no_fop_for_artworks_in_the_us(check):
    # 17 USC 120(a) covers architecture only: Cloud Gate (Kapoor, 2006) is not covered.
    a = check(photographer="V", image_date="2015", licence="CC BY-SA 4.0", origin_country="US",
              depicted_country="US", depicted_type="sculpture", depicted_creator="Anish Kapoor",
              depicted_date="2006", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert a.verdict.value == "not_ok"
    assert "fop-outdoor-no-exception" in rules_of(a)
    assert "not-ok-depicted-work-protected-no-fop" in rules_of(a)


def test_private_place_is_not_covered(check):
    a = check(depicted_country="DE", depicted_type="building", depicted_creator="A",
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
    # No PD-old-auto without its deathyear: the yearless PD-old-70 (Template:PD-old-70/doc).
    assert old.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-70}}"]
    recent = check(depicted_country="FR", depicted_type="building", depicted_creator="A",
                   depicted_date="1990", depicted_setting="outdoor_public", depicted_permanent="yes",
                   **FREE_PHOTO)
    assert recent.verdict.value == "not_ok"


def test_unidentified_author_of_a_1906_building_needs_review(check):
    # Made 1906, author not identified: the anonymous-work term (70 years from 1906) has
    # run out, but a traced architect could have died as late as 2016 (life + 70 to 2086),
    # and in 2026 the building is not yet over 120 years old (Template:PD-old-assumed).
    a = check(depicted_country="DE", depicted_type="building", depicted_creator="unknown",
              depicted_date="1906", depicted_setting="private", **FREE_PHOTO)
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
    # Viet Nam, IP Law art. 27(2)(a): an anonymous work 75 years from publication, longer
    # than life + 50 from a 1960 work's making can be shown to run: still protected.
    a = check(depicted_country="VN", depicted_type="sculpture", depicted_creator="anonymous",
              depicted_date="1960", depicted_setting="indoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-anonymous-work-running" in rules_of(a)


def test_named_creator_of_a_1910_work_without_death_year_is_undecided(check):
    a = check(depicted_country="SE", depicted_type="building", depicted_creator="A",
              depicted_date="1910", depicted_setting="outdoor_public", depicted_permanent="yes",
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
              depicted_date="2018", depicted_setting="outdoor_public", depicted_permanent="no",
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


def test_a_building_photographed_inside_may_show_artworks_as_an_interior_does(check):
    # A catalogue types the object (the church: `building`) and the place (`indoor_public`):
    # the photo is an interior photo. DK ophavsretsloven § 24(3) frees buildings only
    # (COM:Denmark: 'Freedom of panorama: For buildings'); IE CRRA 2000 s. 93 and GB CDPA
    # s. 62 leave 2D works (an altarpiece, a mural) out. The same review as `interior`.
    for country in ("DK", "IE", "GB"):
        a = check(depicted_country=country, depicted_type="building", depicted_creator="A",
                  depicted_creator_death_year="2000", depicted_date="1990",
                  depicted_setting="indoor_public", depicted_permanent="yes", **FREE_PHOTO)
        assert "fop-interior-may-show-art" in rules_of(a), country
        assert a.verdict.value == "needs_review", country
    # Seen from the street the same building is covered, with nothing inside to show.
    out = check(depicted_country="DK", depicted_type="building", depicted_creator="A",
                depicted_creator_death_year="2000", depicted_date="1990",
                depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert "fop-interior-may-show-art" not in rules_of(out)
    assert out.verdict.value == "ok"


def test_setting_unknown_leaves_fop_undecided(check):
    a = check(depicted_country="DE", depicted_type="building", depicted_creator="A",
              depicted_date="2005", **FREE_PHOTO)
    assert "fop-undecided" in rules_of(a)
    assert "depicted_setting" in a.summary


# -- issue 8, item 4: freedom of panorama over place and time ------------------------------
def test_fop_covered_in_every_setting(check):
    # UK CDPA s62(1)(a) and Swedish URL 24 § 3 name no place for buildings: a private
    # setting, or none given, is covered (Commons:Freedom of panorama#United Kingdom).
    for setting in ("private", ""):
        a = check(depicted_country="GB", depicted_type="building", depicted_creator="Zaha Hadid",
                  depicted_creator_death_year="2016", depicted_date="2011",
                  depicted_setting=setting, depicted_permanent="yes", **FREE_PHOTO)
        assert "fop-covered-in-every-setting" in rules_of(a), setting
        assert a.verdict.value == "ok"


def test_fop_not_yet_in_force_on_the_as_of_date(check):
    # Belgium: Code de droit économique XI.190 2/1°, in force 15 July 2016. The Atomium
    # (Waterkeyn, d. 2005) was not covered on 1 June 2016 and is from 15 July 2016.
    row = dict(depicted_country="BE", depicted_type="building", depicted_creator="André Waterkeyn",
               depicted_creator_death_year="2005", depicted_date="1958",
               depicted_setting="outdoor_public", depicted_permanent="yes",
               **{**FREE_PHOTO, "image_date": "2015"})
    before = check(as_of=date(2016, 6, 1), **row)
    assert before.verdict.value == "not_ok"
    assert "fop-outdoor-no-exception" in rules_of(before)
    assert "before 2016-07-15" in " ".join(r.text for r in before.reasons)
    assert check(as_of=date(2016, 7, 15), **row).verdict.value == "ok"


def test_fop_earlier_rule_applies_before_a_change(check):
    # Russia: buildings with commercial use only since 1 Oct 2014 (Federal Law 35-FZ);
    # before, art. 1276 excluded commercial use (Commons:Freedom of panorama#Russia).
    row = dict(depicted_country="RU", depicted_type="building", depicted_creator="Lev Rudnev",
               depicted_creator_death_year="1956", depicted_date="1953",
               depicted_setting="outdoor_public", depicted_permanent="yes",
               **{**FREE_PHOTO, "image_date": "2012"})
    before = check(as_of=date(2013, 6, 1), **row)
    assert "fop-non-commercial-only" in rules_of(before)
    assert before.verdict.value == "not_ok"
    after = check(as_of=date(2015, 6, 1), **row)
    assert "fop-outdoor-covered" in rules_of(after)


def test_us_building_built_before_the_awcpa_has_no_copyright_inside_either(check):
    # Template:FoP-US: "Architectural works completed before this date [1 December 1990]
    # were not copyrighted in completed form and may also be photographed" (17 USC
    # 102(a)(8), AWCPA 1990). The Guggenheim Museum's rotunda (Frank Lloyd Wright,
    # d. 1959; 1959) is free to photograph inside, where US FoP would not reach.
    row = dict(depicted_country="US", depicted_type="interior", depicted_creator="Frank Lloyd Wright",
               depicted_creator_death_year="1959", depicted_date="1959",
               depicted_setting="indoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert "depicted-building-in-the-us-before-awcpa" in rules_of(a)
    # The building is no obstacle; whether the photo shows works of their own inside (art,
    # windows, furnishings) goes to a person (review 11 A10; rules/verdict.yaml
    # needs-review-interior-may-show-art), not the file's building.
    assert a.verdict.value == "needs_review"
    assert rules_of(a)[-1] == "needs-review-interior-may-show-art"
    # Built after 1 December 1990, its architecture is protected, and whether 17 USC 120(a)
    # frees a public building's interior is not settled (jurisdictions/US.yaml, review 18 N2):
    # a person decides, the reason saying so; never ok on it.
    later = check(**{**row, "depicted_creator": "Frank Gehry", "depicted_creator_death_year": "",
                     "depicted_date": "2003"})
    assert later.verdict.value == "needs_review" and "fop-disputed" in rules_of(later)


def test_us_work_made_1929_1977_needs_its_notice_and_renewal_checked(check):
    # COM:PACUSA; Template talk:PD-US-statue/proposal: "There is no standard pma+70 rule for
    # the United States, so a work from an author who died in 1937 might very well be
    # copyrighted for 95 years". A sculpture put up in 1941 by an artist who died in 1941:
    # life + 70 has run out, but with a notice and renewal it runs to the end of 2036.
    row = dict(depicted_country="US", depicted_type="sculpture", depicted_creator="Gutzon Borglum",
               depicted_creator_death_year="1941", depicted_date="1941",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert a.verdict.value == "needs_review"
    assert "notice and renewal" in a.summary
    # Put up before 1929: PD whatever its notice (published 95 years ago or more).
    assert check(**{**row, "depicted_date": "1925", "depicted_creator_death_year": "1930"}).verdict.value == "ok"


def test_us_work_made_before_1931_is_a_question_of_its_publication(check):
    # 17 USC 304; Template talk:PD-US-statue/proposal: a US work published before 1931 is PD
    # (95 years have passed), but "There is no standard definition in U.S. law for when an
    # older statue is considered published". Pioneer Woman, Ponca City (Bryant Baker,
    # d. 1970; 1930): not 'protected to 2040' by a life term, but a person's question.
    row = dict(depicted_country="US", depicted_type="sculpture", depicted_creator="Bryant Baker",
               depicted_creator_death_year="1970", depicted_date="1930",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert a.verdict.value == "needs_review"
    assert "published" in a.summary and "before 1931" in a.summary
    # Made 1985 by an artist who died 1998: life + 70 (17 USC 302(a)), not uploadable.
    assert check(**{**row, "depicted_date": "1985", "depicted_creator_death_year": "1998"}).verdict.value == "not_ok"


def test_us_work_made_1931_1977_with_life_term_running_is_a_question_of_its_notice(check):
    # Letter Edged in Black Press v. Public Building Commission (N.D. Ill. 1970): the Chicago
    # Picasso (Pablo Picasso, d. 1973; 1967), published without a copyright notice, is PD;
    # COM:PACUSA: art installed in public before 1978 "likely in the public domain if [it
    # does] not comply with copyright formalities". Its life + 70 (to 2043) is no US term at
    # all: either none or 95 years from publication. A person checks the notice, never a
    # not_ok until 2044.
    row = dict(depicted_country="US", depicted_type="sculpture", depicted_creator="Pablo Picasso",
               depicted_creator_death_year="1973", depicted_date="1967",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    a = check(**row)
    assert (a.verdict.value, a.uploadable_from) == ("needs_review", None)
    assert "notice" in a.summary
    # Made 1958 by an artist who died 1998: the same question, not a not_ok until 2069.
    later = check(**{**row, "depicted_date": "1958", "depicted_creator_death_year": "1998"})
    assert later.verdict.value == "needs_review"
    # By an unknown artist, put up 1955: the same question, not 95 years as of course.
    anon = check(**{**row, "depicted_creator": "unknown", "depicted_creator_death_year": "", "depicted_date": "1955"})
    assert (anon.verdict.value, anon.uploadable_from) == ("needs_review", None)


def test_ukraine_had_no_fop_before_the_2022_law(check):
    # Law of Ukraine No. 3792-XII (1993), until 31 Dec 2022: works of architecture and art
    # only for reporting current events, no freedom of panorama (COM:FOP Ukraine). Only the
    # 2022 law (No. 2811-IX, in force 1 Jan 2023) is in doubt. Motherland Monument, Kyiv
    # (Vasyl Borodai, d. 2010; 1981): not_ok as of 2020, a person's question as of 2026.
    row = dict(depicted_country="UA", depicted_type="sculpture", depicted_creator="Vasyl Borodai",
               depicted_creator_death_year="2010", depicted_date="1981",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    before = check(as_of=date(2020, 6, 1), **row)
    assert "fop-outdoor-no-exception" in rules_of(before)
    assert before.verdict.value == "not_ok"
    after = check(as_of=date(2026, 11, 30), **row)
    assert "fop-disputed" in rules_of(after)
    assert after.verdict.value == "needs_review"


def test_doubt_about_commercial_use_decides_nothing_where_the_setting_is_not_covered(check):
    # Ukraine's 2022 law: commercial use unverified ('disputed'), but public interiors are not
    # covered at all (indoor_public: false), so the doubt cannot free a work kept indoors.
    # Commons:Deletion requests/Files in Category:Lithographic series of Hetmans of Ukraine
    # (deleted 7 March 2024): lithographs of 1990 by an author alive or recently dead.
    row = dict(depicted_country="UA", depicted_type="artwork", depicted_creator="Vasyl Skakandii",
               depicted_date="1990", depicted_permanent="yes", **FREE_PHOTO)
    indoor = check(as_of=date(2024, 3, 7), depicted_setting="indoor_public", **row)
    assert "fop-indoor-no-exception" in rules_of(indoor)
    assert "fop-disputed" not in rules_of(indoor)
    assert indoor.verdict.value == "not_ok"
    # Outdoors the clause may reach the work: the doubt still goes to a person.
    outdoor = check(as_of=date(2024, 3, 7), depicted_setting="outdoor_public", **row)
    assert "fop-disputed" in rules_of(outdoor)
    assert outdoor.verdict.value == "needs_review"


def test_fop_disputed_commons_keeps_is_covered_and_says_so(assessor):
    # Issue 8 item 5, the other side: where Commons keeps files on a disputed point, the
    # FoP covers the photo and the reason says so with its source. No real entry has this
    # yet, so the Belgian building entry is given such a practice here.
    from dataclasses import replace

    from copyright_check import Assessor
    from copyright_check.jurisdictions import default_jurisdictions

    js = dict(default_jurisdictions())
    be = js["BE"]
    building = replace(be.fop["building"], practice="keeps", practice_sources=("Commons:Example DR",))
    js["BE"] = replace(be, fop={**be.fop, "building": building})
    a = Assessor(jurisdictions=js).assess(
        {"id": "t", "depicted_country": "BE", "depicted_type": "building",
         "depicted_creator": "André Waterkeyn", "depicted_creator_death_year": "2005",
         "depicted_date": "1958", "depicted_setting": "indoor_public", "depicted_permanent": "yes",
         **FREE_PHOTO}, date(2026, 11, 24))
    assert "fop-indoor-covered" in rules_of(a)
    assert a.verdict.value == "ok"
    assert any("Commons keeps such files (Commons:Example DR)" in r.text for r in a.reasons)


def test_depicted_presumed_old_assumed_over_120_years(check):
    # Template:PD-old-assumed: made 1880, author's death year unknown, Sweden's term life +
    # 70: Commons presumes it PD, and says so with the template.
    a = check(depicted_country="SE", depicted_type="sculpture", depicted_creator="unknown",
              depicted_date="1880", depicted_setting="indoor_public", **FREE_PHOTO)
    assert a.verdict.value == "ok"
    assert "depicted-presumed-old-assumed" in rules_of(a)
    assert "{{PD-old-assumed}}" in a.templates


def test_depicted_unnamed_creator_life_term_running_is_not_ok_not_review(check):
    # Issue 8 item 9; CPI L123-1 (life + 70), no commercial FoP in France: a sculpture made
    # in 1985 by an author not named cannot be PD in 2026. not_ok, "not before 2056".
    a = check(depicted_country="FR", depicted_type="sculpture", depicted_creator="unknown",
              depicted_date="1985", depicted_setting="outdoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert a.verdict.value == "not_ok"
    assert "depicted-unnamed-creator-life-term-running" in rules_of(a)
    assert any("not PD before 2056" in r.text for r in a.reasons)
    assert a.uploadable_from is None


def test_china_fop_is_for_3d_works_a_public_mural_goes_to_a_person(check):
    # COM:China (infobox): freedom of panorama "For 3D works" (Copyright Law of the PRC
    # art. 24(10)); Commons:Deletion requests/File:Mao Zedong portrait.jpg (2010) deleted the
    # painted portrait alone. A sculpture outdoors is covered; a mural outdoors is not an ok.
    row = dict(depicted_country="CN", depicted_creator="A", depicted_date="2005",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    sculpture = check(depicted_type="sculpture", **row)
    assert "fop-outdoor-covered" in rules_of(sculpture)
    assert sculpture.verdict.value == "ok"
    mural = check(depicted_type="mural", **row)
    assert "fop-disputed" in rules_of(mural)
    assert mural.verdict.value == "needs_review"


def test_philippine_architecture_completed_before_15_december_1972_goes_to_a_person(check):
    # No Philippine FoP (R.A. 8293; Commons:Deletion requests/Files in Category:Quezon
    # Memorial Shrine), but Commons' Philippine FoP template treats an architectural work
    # completed before 15 December 1972 (Act No. 3134 -> P.D. No. 49) as PD: the record's
    # year cannot say which side of that day, so a person checks instead of a not_ok.
    row = dict(depicted_country="PH", depicted_type="building", depicted_creator="Leandro Locsin",
               depicted_creator_death_year="1994", depicted_setting="outdoor_public",
               depicted_permanent="yes", **{**FREE_PHOTO, "origin_country": "PH"})
    before = check(depicted_date="1969", **row)
    assert before.verdict.value == "needs_review"
    assert "15 December 1972" in before.summary
    after = check(depicted_date="1978", **row)
    assert "fop-outdoor-no-exception" in rules_of(after)
    assert after.verdict.value == "not_ok" and after.uploadable_from == 2045


def test_nothing_copyrightable_but_a_creator_named_is_a_contradiction_for_a_person(check):
    # Commons:Derivative works: a photo of a protected work needs the work's author's
    # permission whatever the photographer's licence. La Grande Arche (Johan Otto von
    # Spreckelsen, d. 1987) written as a "landscape": the row names the work's author, so
    # the work was never checked; which cell is wrong is for a person to say.
    row = dict(FREE_PHOTO, depicted_country="FR", depicted_type="landscape",
               depicted_creator="Johan Otto von Spreckelsen", depicted_creator_death_year="1987",
               depicted_date="1989", depicted_setting="outdoor_public")
    a = check(**row)
    assert "depicted-nothing-copyrightable-but-a-creator-given" in rules_of(a)
    assert a.verdict.value == "needs_review"
    # A death year alone names an author as well; "portrait" is read as nothing copyrightable.
    assert check(**dict(FREE_PHOTO, depicted_type="none", depicted_creator_death_year="2002")).verdict.value \
        == "needs_review"
    assert check(**dict(FREE_PHOTO, depicted_type="portrait", depicted_creator="Lars Lerin")).verdict.value \
        == "needs_review"


def test_landscape_with_no_creator_stays_nothing_copyrightable(check):
    # The same rule path without a creator: nothing in the picture has a copyright of its own.
    for creator in ("", "unknown"):
        a = check(**dict(FREE_PHOTO, depicted_type="landscape", depicted_creator=creator))
        assert "depicted-nothing-copyrightable" in rules_of(a) and a.verdict.value == "ok"


def test_faithful_reproduction_of_nothing_copyrightable_is_a_contradiction_for_a_person(check):
    # Commons:When to use the PD-Art tag: a faithful reproduction reproduces a flat work,
    # whose own status decides; depicted_type "none" says there is none.
    a = check(**dict(FREE_PHOTO, photo_kind="faithful_reproduction", depicted_type="none", licence="CC0"))
    assert "depicted-nothing-copyrightable-but-a-faithful-reproduction" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_fop_without_a_permanence_condition_covers_a_work_not_permanently_placed(check):
    # NZ Copyright Act 1994 s. 73(1)(a): buildings may be photographed, with no condition of
    # permanence (jurisdictions/NZ.yaml permanent_required: false); the reason must not say
    # "permanently" of a building the record says is not permanent.
    row = dict(FREE_PHOTO, depicted_country="NZ", depicted_type="building", depicted_creator="A living architect",
               depicted_date="2010", depicted_setting="outdoor_public", depicted_permanent="no")
    a = check(**row)
    assert "fop-outdoor-covered-permanence-not-required" in rules_of(a) and a.verdict.value == "ok"
    assert not any("permanently in" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_nothing_copyrightable_with_a_date_of_making_goes_to_a_person(check):
    # Commons:Derivative works; COM:FOP France (no commercial FoP, CPI L122-5 11°): La Grande
    # Arche (1989) typed "landscape" was ok. A landscape has no year it was made: a
    # depicted_date says a made work is in the photo (review 9, R3).
    for creator in ("", "unknown"):
        a = check(**dict(FREE_PHOTO, depicted_country="FR", depicted_type="landscape", depicted_creator=creator,
                         depicted_date="1989", depicted_setting="outdoor_public"))
        assert a.verdict.value == "needs_review"
        assert any(e.column == "depicted_date" for e in a.errors)
    # Tour Montparnasse (1973) typed "none" with its creator written "okänd".
    a = check(**dict(FREE_PHOTO, depicted_country="FR", depicted_type="none", depicted_creator="okänd",
                     depicted_date="1973", depicted_setting="outdoor_public"))
    assert a.verdict.value == "needs_review"


def test_a_landscape_whose_creator_is_unknown_but_has_a_death_year_goes_to_a_person(check):
    # "unknown" beside a death year still says someone made a work in the photo: a
    # landscape with it was ok (review 9, R3); the empty cell beside it already went to a
    # person (test_nothing_copyrightable_but_a_creator_named_is_a_contradiction_for_a_person).
    for creator in ("unknown", "okänd"):
        a = check(**dict(FREE_PHOTO, depicted_country="FR", depicted_type="landscape", depicted_creator=creator,
                         depicted_creator_death_year="2000"))
        assert a.verdict.value == "needs_review"
        assert any(e.column == "depicted_creator_death_year" for e in a.errors)


def test_a_blocked_work_with_no_death_year_is_uploadable_when_pd_old_assumed_frees_it(check):
    # Template:PD-old-assumed: the death year unknown, the work made over 120 years ago. A
    # Finnish monument of 1933 by an author with no death year, not permanent (no freedom of
    # panorama): the year was the longest life's bound (2114), but the rules give the ok on
    # the presumption from 2054 (review 25c F6). Beside a photo under a free licence.
    row = dict(photographer="Clara Müller", photographer_death_year="2009", image_date="1984",
               published_date="1985", origin_country="NO", photo_kind="simple_photograph",
               licence="CC BY-SA 4.0", rights_holder="Riksantikvarieämbetet", depicted_country="FI",
               depicted_type="monument", depicted_creator="Søren Tanaka", depicted_date="1933",
               depicted_setting="outdoor_public", depicted_permanent="no")
    a = check(date(2026, 12, 1), **row)
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2054)
    assert check(date(2054, 1, 1), **row).verdict.value == "ok"
    assert check(date(2053, 12, 31), **row).verdict.value != "ok"


def test_depicted_us_anonymous_publication_decides(check):
    # 17 USC 302(c), 303(a); Compendium (1973) §3.1.3 II(b); Template:PD-US-unpublished: an
    # anonymous painting in a US museum, made 1920, is PD if it was published before 1931, and
    # protected to the end of 2040 (120 years from its making) if it never was. Its making is
    # not its publication (review 28d F1: it was ok, counted 95 years from its making).
    row = dict(photographer="Volunteer", image_date="2020", licence="CC BY-SA 4.0",
               origin_country="US", depicted_country="US", depicted_type="painting",
               depicted_creator="unknown", depicted_anonymous="yes", depicted_date="1920",
               depicted_setting="indoor_public", depicted_permanent="yes")
    a = check(**row)
    assert "depicted-us-anonymous-publication-decides" in rules_of(a)
    assert a.verdict.value == "needs_review"
    assert "until the end of 2040" in " ".join(r.text for r in a.reasons)
    # Put up outdoors, its putting-up published it: 95 years from 1920 have run.
    outdoor = check(**{**row, "depicted_type": "sculpture", "depicted_setting": "outdoor_public"})
    assert "depicted-anonymous-work-declared-expired" in rules_of(outdoor)
    assert outdoor.verdict.value == "ok"
