"""The depicted work in the US (rules/depicted_us.yaml): Commons:Licensing asks that the
file be free in the US too; Commons:URAA-restored copyrights; 17 USC 104A (URAA), 104(b)
(no relations), 120(a) (pictures of buildings), 102(a)(8) and the AWCPA (buildings built
from 1 December 1990); Commons:Freedom of panorama."""

from datetime import date

from copyright_check.facts import build
from copyright_check.record import record_from_row
from tests.conftest import rules_of

FREE_PHOTO = {"photographer": "Volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0"}


def _sculpture(country: str, creator: str, death: str, made: str, **extra: str) -> dict[str, str]:
    return {"origin_country": country, "depicted_country": country, "depicted_type": "sculpture",
            "depicted_creator": creator, "depicted_creator_death_year": death, "depicted_date": made,
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes", **FREE_PHOTO, **extra}


def test_depicted_us_restored_by_uraa_blocks_until_its_us_term_ends(check):
    # Gustav Vigeland (d. 1943), Sinnataggen (1928, Vigeland Park): PD in Norway since
    # 2014, protected there on 1 Jan 1996 -> restored; 1928 + 95 = end of 2023. And a
    # Norwegian sculpture by Vigeland of 1940 would run to the end of 2035.
    a = check(as_of=date(2022, 6, 1), **_sculpture("NO", "Gustav Vigeland", "1943", "1928"))
    assert "depicted-us-restored-by-uraa" in rules_of(a)
    assert "not-ok-depicted-work-protected-in-the-us" in rules_of(a)
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2024


def test_depicted_us_published_over_95_years(check):
    a = check(**_sculpture("NO", "Gustav Vigeland", "1943", "1928"))
    assert "depicted-us-published-over-95-years" in rules_of(a)


def test_depicted_us_not_restored_by_uraa(check):
    # Jules Dalou died 1902: PD in France long before 1996, so a posthumous cast put up
    # in 1945 was not restored, though 95 years from 1945 have not run. (Not Rodin, d.
    # 1917: for a death in 1914-1920 a 'mort pour la France' could have kept it protected
    # on the URAA date, CPI L123-10, so that goes to a person: FR.yaml open_cases.)
    a = check(**_sculpture("FR", "Jules Dalou", "1902", "1945"))
    assert "depicted-us-not-restored-by-uraa" in rules_of(a)


def test_depicted_us_building_before_awcpa(check):
    # A building built before 1 Dec 1990 has no US copyright: an interior of one that is
    # PD at home needs no US check.
    # Peter Behrens (d. 1940), AEG turbine hall (1909), inside: German FoP does not cover
    # interiors, but the building is PD at home and unprotected in the US.
    a = check(origin_country="DE", depicted_country="DE", depicted_type="building",
              depicted_creator="Peter Behrens", depicted_creator_death_year="1940",
              depicted_date="1909", depicted_setting="indoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-us-building-before-awcpa" in rules_of(a)
    # The building is free on both sides; the works inside are a person's question (review 11
    # A10: rules/verdict.yaml needs-review-interior-may-show-art).
    assert a.verdict.value == "needs_review"
    assert rules_of(a)[-1] == "needs-review-interior-may-show-art"
    # Seen from outside it is ok.
    outside = check(origin_country="DE", depicted_country="DE", depicted_type="building",
                    depicted_creator="Peter Behrens", depicted_creator_death_year="1940",
                    depicted_date="1909", depicted_setting="outdoor_public", depicted_permanent="yes",
                    **FREE_PHOTO)
    assert outside.verdict.value == "ok"


def _us_answer(assessor, row: dict[str, str]) -> str:
    s = build(record_from_row({"id": "t", **row}, 2026), date(2026, 11, 24),
              assessor.jurisdictions, assessor.ruleset.host)
    return str(assessor._decide(s).answers["depicted_us"].id)


def test_depicted_us_building_from_a_public_place(check, assessor):
    # 17 USC 120(a): the Jordan Museum, Amman (Jafar Tukan, d. 2014; 2014), seen from the street.
    row = dict(origin_country="JO", depicted_country="JO", depicted_type="building",
               depicted_creator="Jafar Tukan", depicted_creator_death_year="2014", depicted_date="2014",
               depicted_setting="outdoor_public", depicted_permanent="yes", **FREE_PHOTO)
    assert _us_answer(assessor, row) == "depicted-us-building-from-a-public-place"
    assert check(**row).verdict.value == "not_ok"  # Jordan's FoP (none: COM:Jordan) decides, not US law


def test_depicted_us_protected_life_term(check):
    # A sculpture made 1993 by a living artist abroad, with no FoP that Commons accepts.
    a = check(**_sculpture("IT", "Arnaldo Pomodoro", "", "1990"))
    assert "depicted-us-protected-life-term" in rules_of(a)


def test_depicted_us_restored_date_uncertain(check):
    # Diego Rivera (d. 1957), frescos of the Palacio Nacional 1929/1935: the US term (95
    # years from publication) ends between 2025 and 2031; home protection to 2057 decides.
    a = check(origin_country="MX", depicted_country="MX", depicted_type="mural",
              depicted_creator="Diego Rivera", depicted_creator_death_year="1957",
              depicted_date="1929/1935", depicted_setting="indoor_public", depicted_permanent="yes",
              **FREE_PHOTO)
    assert "depicted-us-restored-date-uncertain" in rules_of(a)
    assert a.uploadable_from == 2058


def test_depicted_us_no_relations(check):
    # Iran: no copyright relations, not URAA-eligible (Circular 38a): an Iranian public
    # sculpture is not protected in the US, assuming an Iranian author.
    a = check(**_sculpture("IR", "Parviz Tanavoli", "", "1975"))
    assert "depicted-us-no-relations" in rules_of(a)


def test_depicted_us_older_than_any_term(check):
    a = check(**_sculpture("IT", "Gian Lorenzo Bernini", "", "1651"))
    assert "depicted-us-older-than-any-term" in rules_of(a)


def test_depicted_us_not_asked_when_fop_covers_or_nothing_is_depicted(check, assessor):
    # Commons accepts the FoP of the country where the work stands: no US question then.
    a = check(**_sculpture("DE", "Joseph Beuys", "1986", "1982"))
    assert a.verdict.value == "ok"
    for rid in ("depicted-us-covered-by-fop", "depicted-us-nothing-to-check", "depicted-us-stands-in-the-us"):
        assert not assessor.ruleset.rules[rid].cite  # a question that did not arise is no reason
    rows = {"depicted-us-covered-by-fop": _sculpture("DE", "Joseph Beuys", "1986", "1982"),
            "depicted-us-nothing-to-check": {"depicted_type": "landscape", **FREE_PHOTO},
            "depicted-us-stands-in-the-us": _sculpture("US", "Anish Kapoor", "", "2006")}
    for rid, row in rows.items():
        assert _us_answer(assessor, row) == rid


def test_depicted_us_undecided(check):
    # No death year and no date: the status on the URAA date cannot be computed.
    a = check(**_sculpture("IT", "Someone", "", ""))
    assert "depicted-us-undecided" in rules_of(a)


def test_latvian_author_died_1926_1945_us_restoration_goes_to_a_person(check):
    # Latvia's 1993 law gave life + 50: Kārlis Zāle (d. 1942) was PD there on the URAA
    # date unless his works were prohibited in 1940-1990 (those years are left out of the
    # term: makart.lv on the Latvian law). Life + 70 run on 1996 would call the Freedom
    # Monument restored in the US until 2030; that is a question for a person, not a not_ok.
    a = check(photographer="Wikimedia volunteer", image_date="2019", origin_country="LV",
              licence="CC BY-SA 4.0", depicted_country="LV", depicted_type="monument",
              depicted_creator="Kārlis Zāle", depicted_creator_death_year="1942",
              depicted_date="1935", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert (a.verdict.value, a.uploadable_from) == ("needs_review", None)
    # Today's Latvian term is not reopened: the work is PD in Latvia (life + 70 from 1942).
    assert "depicted-creator-life-term-expired" in rules_of(a)
    # The US question names what decides the 1996 status (the prohibited years), not the
    # death year and date the row gives (law14: depicted-us-uraa-status-open).
    assert "depicted-us-uraa-status-open" in rules_of(a)
    assert "1993 Law on copyright" in " ".join(r.text for r in a.reasons)


# Making or keeping a work is not publishing it: "Where the exhibition of an artistic or
# graphic work is not open to the public, or where restrictions on copying have been
# imposed, general publication is not deemed to have occurred" (Compendium of Copyright
# Office Practices, 1973, §3.1.3 II(b)); a work made before 1978 and never published is
# protected in the US for life + 70 (17 USC 303(a)). Only a work put up in a public place
# (Letter Edged in Black Press v. Public Building Commission, 1970) counts as published then.
def _harris(setting: str, **extra: str) -> dict[str, str]:
    # Lawren Harris (d. 1970), a painting of 1925: PD in Canada, protected there on the
    # URAA date (life + 50 ran to 2020); 95 years from 1925 have passed, life + 70 has not.
    row = {"origin_country": "CA", "photographer": "Museum", "image_date": "2020",
           "photo_kind": "faithful_reproduction", "depicted_country": "CA",
           "depicted_type": "painting", "depicted_creator": "Lawren Harris",
           "depicted_creator_death_year": "1970", "depicted_date": "1925",
           "depicted_setting": setting, "depicted_permanent": "yes"}
    return {**row, **extra}


def test_a_painting_in_a_private_collection_is_not_published_by_being_made(check):
    for setting in ("private", "indoor_public", ""):
        a = check(**_harris(setting))
        assert "depicted-us-published-over-95-years" not in rules_of(a), setting
        assert "us-faithful-reproduction-of-a-pd-2d-work" not in rules_of(a), setting
        assert "depicted-us-publication-decides" in rules_of(a), setting
        assert a.verdict.value == "needs_review", setting
        # Never published, Harris's painting is protected in the US to the end of 2040.
        assert a.uploadable_from in (None, 2041), setting


def test_a_photo_of_a_privately_kept_painting_is_not_ok_on_its_making_date(check):
    a = check(**_harris("private", photo_kind="photographic_work", photographer="Volunteer",
                        licence="CC BY-SA 4.0", published_date="2020"))
    assert a.verdict.value == "needs_review"
    assert "depicted-us-publication-decides" in rules_of(a)


def test_a_painting_whose_life_term_ends_this_year_is_uploadable_from_next_1_january(check):
    # Emil Nolde (d. 1956), a painting of 1906 in a museum: protected in Germany to the end of
    # 2026, and in the US never published to the end of 2026 too (life + 70, 17 USC 303(a)),
    # published before 1931 free already. Commons undeletes such a painting on 1 January 2027
    # (Category:Undelete in 2027), the day depicted-us-expired-published-or-not finds it ok:
    # uploadable_from says that year, so the Public Domain Day list has it.
    row = _harris("indoor_public", origin_country="DE", depicted_country="DE",
                  depicted_creator="Emil Nolde", depicted_creator_death_year="1956",
                  depicted_date="1906")
    before = check(as_of=date(2026, 12, 1), **row)
    assert "depicted-us-publication-decides" in rules_of(before)
    assert (before.verdict.value, before.uploadable_from) == ("not_ok", 2027)
    after = check(as_of=date(2027, 1, 2), **row)
    assert after.verdict.value == "ok"
    assert "depicted-us-expired-published-or-not" in rules_of(after)


def test_a_work_put_up_in_a_public_place_is_published_when_put_up(check):
    # Vigeland's Sinnataggen (1928) stands in a public park: put up is published.
    a = check(**_sculpture("NO", "Gustav Vigeland", "1943", "1928"))
    assert "depicted-us-published-over-95-years" in rules_of(a)


def test_an_unpublished_work_whose_life_term_ran_out_needs_no_publication_date(check):
    # Tom Thomson (d. 1917), a painting of 1916 in a private collection: published or
    # not, its US term has run out (life + 70 ended with 1987).
    a = check(**_harris("private", depicted_creator="Tom Thomson",
                        depicted_creator_death_year="1917", depicted_date="1916"))
    assert "depicted-us-publication-decides" not in rules_of(a)
    assert a.verdict.value == "ok"


def test_an_unknown_authors_work_kept_privately_is_asked_about_its_publication(check):
    # An unknown author's painting of 1925 in a private collection: never published, its US
    # term is 120 years from creation (17 USC 302(c), 303(a)), to the end of 2045; published
    # before 1931 it is PD. Canada's anonymous term has run out (PD at home).
    a = check(**_harris("private", depicted_creator="", depicted_creator_death_year=""))
    assert "depicted-us-publication-decides-anonymous" in rules_of(a)
    assert a.verdict.value == "needs_review"


def _undated_reproduction(creator: str, death: str, depicted_type: str = "painting",
                          setting: str = "indoor_public") -> dict[str, str]:
    return {"photographer": "museum photographer", "image_date": "2015", "origin_country": "NL",
            "photo_kind": "faithful_reproduction", "licence": "PDM", "depicted_country": "NL",
            "depicted_type": depicted_type, "depicted_creator": creator, "depicted_creator_death_year": death,
            "depicted_setting": setting, "depicted_permanent": "yes"}


def test_an_undated_painting_is_made_no_later_than_its_painters_death(check):
    # A museum's reproduction of a Rembrandt (d. 1669) whose record gives no date: he
    # painted it before he died, so it was made over 95 years ago and its US term has run
    # out published or not (17 USC 303(a)), as for a dated one; Commons takes such a
    # reproduction as {{PD-Art|PD-old-auto-expired}} (Commons:When to use the PD-Art tag).
    # It went to a person for its date before.
    a = check(as_of=date(2026, 12, 1), **_undated_reproduction("Rembrandt", "1669"))
    assert "depicted-us-expired-published-or-not" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-Art|1=PD-old-auto-expired|deathyear=1669}}"])
    assert "made no later than 1669, when its author died" in " ".join(r.text for r in a.reasons)


def test_an_undated_work_put_up_outdoors_is_not_dated_by_its_authors_death(check):
    # A statue can be put up, and so published, years after its sculptor died (a posthumous
    # cast); the rules take its putting-up as its publication, so its death year does not
    # date it, nor does an architect's date a building (finished after his death, as the
    # Sagrada Família is): both still need their date.
    statue = check(as_of=date(2026, 12, 1), **_undated_reproduction("Jules Dalou", "1902", "sculpture",
                                                                       "outdoor_public"))
    assert "depicted-us-expired-published-or-not" not in rules_of(statue)
    assert statue.verdict.value != "ok"
    building = check(as_of=date(2026, 12, 1), **_undated_reproduction("Antoni Gaudí", "1926", "building",
                                                                        "outdoor_public"))
    assert "depicted-us-building-before-awcpa" not in rules_of(building)


# Review 26a (R26A-TW-6, TW-7): a painting in a museum whose life term still runs, restored by the URAA if it was
# published. Published when made, as Commons counts it (RC-FR-5), 95 years run from its making; never published,
# 70 years after the author's death (17 USC 303(a)). Protected either way: the year is the later end, not 95 years
# from its making (Kuo Po-chuan, d. 1974, a 1935 painting in Taiwan, life + 50 at home: promised for 2031, and in
# 2031 the row went to review for its life term to the end of 2044).
MUSEUM = {"photographer": "Museum", "image_date": "2020", "origin_country": "TW", "photo_kind": "faithful_reproduction",
          "licence": "CC0", "rights_holder": "Museum", "depicted_country": "TW", "depicted_type": "painting",
          "depicted_date": "1935", "depicted_setting": "indoor_public", "depicted_permanent": "yes"}


def test_depicted_us_restored_made_or_never_published_waits_for_the_later_end(check):
    for creator, death, year in (("Kuo Po-chuan", "1974", 2045), ("Li Mei-shu", "1983", 2054)):
        cells = {**MUSEUM, "depicted_creator": creator, "depicted_creator_death_year": death}
        a = check(as_of=date(2026, 12, 3), **cells)
        assert "depicted-us-restored-made-or-never-published" in rules_of(a)
        assert a.verdict.value == "not_ok" and a.uploadable_from == year
        # Not ok the day before the year it promises, ok on its first day.
        assert check(as_of=date(year - 1, 12, 31), **cells).verdict.value != "ok"
        assert check(as_of=date(year, 1, 1), **cells).verdict.value == "ok"


def test_depicted_us_restored_made_or_never_published_gives_no_year_without_a_death_year(check):
    a = check(as_of=date(2026, 12, 3), **{**MUSEUM, "depicted_creator": "Li Mei-shu"})
    assert a.uploadable_from is None and a.verdict.value != "ok"


def test_depicted_us_restored_made_or_never_published_without_a_death_year_promises_no_moving_year(check):
    # Review 26d F3: with no death year the never-published term's end moves with the as-of date (the latest
    # death the making allows): 2145 was given from 2035 on, for a row that is ok in 2085 (120 years from its
    # making, 17 USC 302(e), 303(a); Template:PD-US-unpublished). Review 26e E3: made after ~1956 its life term
    # runs for certain, and no year was given to 2034. The rule reads a recorded death year only.
    cells = {**MUSEUM, "origin_country": "AE", "depicted_country": "AE", "depicted_creator": "Hassan Sharif",
             "depicted_date": "1964"}
    for day in (date(2026, 12, 3), date(2035, 6, 1), date(2059, 6, 1)):
        a = check(as_of=day, **cells)
        assert a.verdict.value == "not_ok" and a.uploadable_from == 2085
    assert check(as_of=date(2084, 12, 31), **cells).verdict.value != "ok"
    assert check(as_of=date(2085, 1, 1), **cells).verdict.value == "ok"


def test_depicted_us_restored_made_or_never_published_keeps_its_year_with_a_death_year_range(check):
    # Review 26f F4: "c. 1990" (1985-1995): life + 70 runs to the end of 2065 at the latest; once the range's
    # earliest end had passed (2056) the rule stopped answering and 95 years from the making (2060) was given.
    cells = {**MUSEUM, "origin_country": "AE", "depicted_country": "AE", "depicted_creator": "Hassan Sharif",
             "depicted_creator_death_year": "c. 1990", "depicted_date": "1964"}
    for day in (date(2026, 12, 3), date(2056, 6, 15), date(2059, 12, 31)):
        assert check(as_of=day, **cells).uploadable_from == 2066
    assert check(as_of=date(2065, 12, 31), **cells).verdict.value != "ok"
    assert check(as_of=date(2066, 1, 1), **cells).verdict.value == "ok"


def _museum_painting(country: str, creator: str, death: str, made: str) -> dict[str, str]:
    return {"origin_country": country, "depicted_country": country, "depicted_origin_country": country,
            "depicted_type": "painting",
            "depicted_creator": creator, "depicted_creator_death_year": death, "depicted_date": made,
            "depicted_setting": "indoor_public", "depicted_permanent": "yes",
            "photographer": "Museum photographer", "image_date": "2020", "licence": "CC0",
            "rights_holder": "the museum"}


def test_depicted_us_not_restored_publication_decides(check, assessor):
    # 17 USC 104A(h)(6), 303(a); Compendium (1973) §3.1.3 II(b): a painting kept in a museum is
    # not published by being made, and a work never published is protected in the US for life +
    # 70 whatever the URAA did. Nauru's URAA date is 2020 (Berne): a 1950 painting by a painter who
    # died 1962 was PD there that day (life + 50), but never published it is protected in the US
    # to the end of 2032 (review 28b F1: it was ok).
    row = _museum_painting("NR", "A Painter", "1962", "1950")
    assert _us_answer(assessor, row) == "depicted-us-not-restored-publication-decides"
    a = check(**row)
    assert a.verdict.value == "needs_review"
    assert "until the end of 2032" in " ".join(r.text for r in a.reasons)
    # Put up outdoors, its putting-up is its publication: not restored, as before.
    # (Nauru had no relations with the US before 2020 either: the no-relations rule, earlier in
    # order, gives the same answer.)
    outdoor = {**row, "depicted_type": "sculpture", "depicted_setting": "outdoor_public"}
    freed = ("depicted-us-not-restored-by-uraa", "depicted-us-no-relations")
    assert _us_answer(assessor, outdoor) in freed
    assert check(**outdoor).verdict.value == "ok"
    # Its unpublished term over too (died 1950: life + 70 ran out in 2020): free either way.
    assert _us_answer(assessor, {**row, "depicted_creator_death_year": "1950", "depicted_date": "1940"}) in freed


def test_depicted_us_no_relations_publication_decides(check, assessor):
    # 17 USC 104(a), 104(b): only a published work of a national of a country with no US
    # relations is unprotected; one never published is protected whatever the author's
    # nationality. Palau (Circular 38a: no relations): a 1950 painting in a museum by a painter
    # who died 1962 (review 28b F1: it was ok).
    row = _museum_painting("PW", "A Painter", "1962", "1950")
    assert _us_answer(assessor, row) == "depicted-us-no-relations-publication-decides"
    assert check(**row).verdict.value == "needs_review"
    outdoor = {**row, "depicted_type": "sculpture", "depicted_setting": "outdoor_public"}
    assert _us_answer(assessor, outdoor) == "depicted-us-no-relations"


def test_depicted_us_no_relations_publication_decides_anonymous(assessor):
    # 17 USC 104(a), 302(c), 303(a): an anonymous work never published is protected in the US
    # for 120 years from its making, whatever its country's relations.
    row = {**_museum_painting("PW", "unknown", "", "1950"), "depicted_type": "sculpture"}
    assert _us_answer(assessor, row) == "depicted-us-no-relations-publication-decides-anonymous"
