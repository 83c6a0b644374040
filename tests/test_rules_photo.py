"""The photograph's own term in its country of origin (rules/photo.yaml).

Sources: Upphovsrättslag (1960:729) 43, 44, 49 a §§ (Sweden);
https://commons.wikimedia.org/wiki/Commons:Copyright_rules_by_territory/Sweden
"""

from datetime import date

import pytest

from tests.conftest import rules_of

SE_LANDSCAPE = {"origin_country": "SE", "depicted_type": "landscape"}
WORK = {"photo_kind": "photographic_work", **SE_LANDSCAPE}


def test_life_plus_70_expired_gives_pd_old_auto(check):
    # URL 43 §: 70 years after the year of death. Halldin died 1948 -> PD from 2019.
    a = check(photographer="Oscar Halldin", photographer_death_year="1948",
              image_date="1925", published_date="1925", **SE_LANDSCAPE)
    assert a.verdict.value == "ok"
    assert "photo-author-life-term-expired" in rules_of(a)
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1948}}"]


def test_life_plus_70_boundary_death_exactly_70_years_before_as_of_year_minus_one(check):
    # Died 1955: protected to 31 Dec 2025, PD on 1 Jan 2026 (terms run to year end).
    row = dict(photographer="P", photographer_death_year="1955", image_date="1925",
               published_date="1925", **WORK)
    before = check(as_of=date(2025, 12, 31), **row)
    after = check(as_of=date(2026, 1, 1), **row)
    assert before.verdict.value == "not_ok" and before.uploadable_from == 2026
    assert after.verdict.value == "ok"


def test_life_plus_70_running_blocks_with_uploadable_from(check):
    # Anna Riwkin-Brick died 1970: PD in Sweden from 2041; published 1950, restored in the
    # US by the URAA (protected in SE on 1996-01-01) for 95 years -> PD in the US from 2046.
    a = check(photographer="Anna Riwkin-Brick", photographer_death_year="1970",
              image_date="1950", published_date="1950", licence="all rights reserved",
              **WORK)
    assert a.verdict.value == "not_ok"
    assert "photo-author-life-term-running" in rules_of(a)
    assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert a.uploadable_from == 2046


def test_death_range_straddling_the_boundary_needs_review(check):
    # ca. 1960 = 1955-1965: PD only if death <= 1955, so undecided (DESIGN.md three-valued).
    a = check(photographer="P", photographer_death_year="ca. 1960", image_date="1925",
              published_date="1925", **WORK)
    assert a.verdict.value == "needs_review"
    assert "photographer_death_year" in a.summary


def test_death_unknown_never_gives_pd(check):
    a = check(photographer="P", image_date="1925", published_date="1925", **WORK)
    assert a.verdict.value == "needs_review"
    assert "photographer_death_year" in a.summary


def test_photographer_alive_at_creation_bounds_the_term(check):
    # A photo made in 2000 by a named photographer: death >= 2000, so life + 70 runs
    # past 2070 whatever the death year; a protected photo without free licence.
    a = check(photographer="P", image_date="2000", licence="all rights reserved", **SE_LANDSCAPE)
    assert a.verdict.value == "not_ok"


def test_swedish_simple_photograph_before_1969_not_revived(check):
    # URL 49 a § (SFS 1994:190): simple photos made before 1969 had lapsed under the old
    # 25-year term and were not revived; Template:PD-Sweden-photo.
    a = check(photographer="Lennart af Petersens", photographer_death_year="2003",
              image_date="1965", published_date="1966", photo_kind="simple_photograph",
              **SE_LANDSCAPE)
    assert a.verdict.value == "ok"
    assert "photo-simple-photograph-expired" in rules_of(a)
    assert a.templates == ["{{PD-Sweden-photo}}", "{{PD-1996}}"]


def test_swedish_simple_photograph_50_years_from_creation_running(check):
    # URL 49 a §: 50 years from the year it was made, to the end of 2040. Publication is
    # not given, so the US term is undecided and may run longer: no uploadable_from (an
    # earlier year than the truth is never given).
    a = check(photographer="P", image_date="1990", photo_kind="simple_photograph",
              licence="all rights reserved", **SE_LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert "photo-simple-photograph-running" in rules_of(a)
    assert any("until the end of 2040" in r.text for r in a.reasons)
    assert a.uploadable_from is None


def test_photo_kind_unknown_when_only_the_simple_term_has_run_out(check):
    a = check(photographer="P", photographer_death_year="1990", image_date="1965",
              published_date="1966", **SE_LANDSCAPE)
    assert a.verdict.value == "needs_review"
    assert "photo-kind-decides" in rules_of(a)


def test_anonymous_work_70_years_from_publication(check):
    # URL 44 §: anonymous works, 70 years from publication -> PD-EU-no author disclosure.
    a = check(anonymous="yes", image_date="1920s", published_date="1925", **SE_LANDSCAPE)
    assert a.verdict.value == "ok"
    assert "photo-anonymous-expired" in rules_of(a)
    assert a.templates[0] == "{{PD-EU-no author disclosure}}"


def test_anonymous_work_running(check):
    a = check(anonymous="yes", image_date="1980", published_date="1980",
              licence="all rights reserved", **SE_LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert "photo-anonymous-running" in rules_of(a)
    # 70 years from publication ends 2050 in Sweden; restored by the URAA, the US term of an
    # anonymous work published 1980 is 95 years from publication (17 USC 302(c), 104A): the
    # end of 2075, so 2076 (review 29b F2: an empty photographer cell beside anonymous yes
    # is the anonymous work rules/photo.yaml reads it as, on the US side too).
    assert any("until the end of 2050" in r.text for r in a.reasons)
    assert "us-anonymous-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2076


def test_unidentified_photographer_is_not_assumed_anonymous(check):
    # Made 1920: not yet over 120 years, so Commons' PD-old-assumed does not serve.
    a = check(photographer="okänd", image_date="1920", published_date="1920", **WORK)
    assert a.verdict.value == "needs_review"
    assert "photo-author-not-identified" in rules_of(a)


def test_origin_country_missing_needs_review(check):
    a = check(photographer="P", photographer_death_year="1900", image_date="1890",
              published_date="1890", depicted_type="landscape")
    assert a.verdict.value == "needs_review"
    assert "photo-origin-country-missing" in rules_of(a)


def test_origin_country_without_a_file_needs_review(check, assessor):
    code = next(c for c in ("AQ", "BV", "HM") if c not in assessor.jurisdictions)
    a = check(photographer="P", photographer_death_year="1900", image_date="1890",
              published_date="1890", origin_country=code, depicted_type="landscape")
    assert a.verdict.value == "needs_review"
    assert "photo-origin-country-not-covered" in rules_of(a)


def test_us_origin_photo_is_decided_by_the_us_question(check):
    # Commons:Licensing: for a US work the source country and the US are the same test.
    a = check(photographer="P", photographer_death_year="1946", image_date="1903",
              published_date="1903", origin_country="US", depicted_type="none")
    assert "photo-origin-is-the-us" in rules_of(a)
    assert a.verdict.value == "ok" and a.templates == ["{{PD-US-expired}}"]


def test_simple_photograph_term_under_review_is_undecided_not_the_life_term(check):
    # Libya's 5 years from publication for non-artistic photos (Law 9/1968, Template:PD-Libya)
    # is in doubt (COM:Libya questions the applicable law): a simple photo it would free while
    # the life + 50 of the other candidate law still runs goes to review, never to either
    # term alone. (Where both have run out, a photographer who died 1930, the photo is PD
    # whichever law applies: tests/test_rules_large_territories.py.)
    a = check(photographer="P", photographer_death_year="2000", image_date="1955",
              published_date="1955", photo_kind="simple_photograph", origin_country="LY",
              depicted_type="none")
    assert "photo-simple-photograph-undecided" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_simple_photograph_longer_of_two_conditions_both_run_out(check):
    # Åndsverkloven 2018 § 23: a fotografisk bilde is protected for the photographer's
    # life + 15 years, but at least 50 years from the year it was made. Made 1960, the
    # photographer died 1990: 50 years ended 2010, 15 years after death ended 2005.
    a = check(photographer="P", photographer_death_year="1990", image_date="1960",
              published_date="1960", photo_kind="simple_photograph", origin_country="NO",
              depicted_type="none")
    assert "photo-simple-photograph-expired" in rules_of(a)
    assert "15 years after the author's death, but at least 50 years" in a.reasons[0].text


def test_simple_photograph_longer_of_two_conditions_the_later_one_runs(check):
    # Åndsverkloven 2018 § 23: made 1960 (50 years ended 2010) but the photographer died
    # 2015, so the life + 15 condition runs to the end of 2030: the later end decides.
    a = check(photographer="P", photographer_death_year="2015", image_date="1960",
              published_date="1960", photo_kind="simple_photograph", origin_country="NO",
              licence="all rights reserved", depicted_type="none")
    assert "photo-simple-photograph-running" in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert any("until the end of 2030" in r.text for r in a.reasons)


def test_photograph_term_for_every_photo_japan_published_before_1957(check):
    # Japan: photos published before 1957 had run out under the old law (PD-Japan-oldphoto);
    # later ones follow life + 70 (Copyright Act art. 51, 2018 amendment).
    old = check(photographer="Ken Domon", photographer_death_year="1990", image_date="1954",
                published_date="1954", origin_country="JP", depicted_type="none")
    assert "photo-photograph-term-expired" in rules_of(old)
    assert old.verdict.value == "ok"
    new = check(photographer="Ken Domon", photographer_death_year="1990", image_date="1958",
                published_date="1958", origin_country="JP", depicted_type="none")
    assert "photo-photograph-term-running" in rules_of(new)
    assert new.verdict.value == "not_ok"


def test_photograph_term_cut_off_fact_missing_is_undecided(check):
    a = check(photographer="Ken Domon", photographer_death_year="1990", image_date="1950s",
              origin_country="JP", depicted_type="none")
    assert "photo-photograph-term-undecided" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_no_death_year_for_a_1910_photo_is_undecided(check):
    # Made 1910: not over 120 years (Template:PD-old-assumed), and a photographer alive then
    # may have died as late as 2020.
    a = check(photographer="P", image_date="1910", published_date="1910", **WORK)
    assert "photo-origin-undecided" in rules_of(a)
    assert "photographer_death_year" in a.summary


def test_a_death_year_without_a_name_goes_to_a_person(check):
    # The export left the name empty but gives the death year. Every check of the name
    # (several authors: the joint work's term runs from the last death, Berne art. 7bis; a
    # studio; a doubtful attribution) needs the name, and its usual cause is a name column
    # not read (review 11 A6: "Fotograf" beside photographer_death_year, two photographers
    # beside one death year, was ok). Commons' {{Information}} needs the author too.
    a = check(photographer_death_year="1900", image_date="1890", published_date="1890", **WORK)
    assert a.verdict.value == "needs_review"
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "photographer is empty" in a.errors[0].message


def test_a_death_year_beside_a_name_identifies_the_author(check):
    a = check(photographer="Oscar Halldin", photographer_death_year="1900", image_date="1890",
              published_date="1890", **WORK)
    assert "photo-author-life-term-expired" in rules_of(a)
    assert a.verdict.value == "ok"


# -- Commons' presumption for very old works (Template:PD-old-assumed) -----------------
# https://commons.wikimedia.org/wiki/Template:PD-old-assumed: the author's death year is
# unknown, the work was made over 120 years ago, the origin term is life + 70 or shorter;
# a US tag is needed besides (the US stays its own question).

def test_photo_presumed_old_assumed_over_120_years_life_70_origin(check):
    a = check(photographer="P", image_date="1900", published_date="1900", **WORK)
    assert a.verdict.value == "ok"
    assert "photo-presumed-old-assumed" in rules_of(a)
    assert a.templates == ["{{PD-old-assumed}}", "{{PD-US-expired}}"]
    assert "Commons' presumption" in a.reasons[0].text


def test_photo_presumed_old_assumed_needs_over_120_years(check):
    # Made 1906: 120 years are over only from 1 January 2027.
    row = dict(photographer="P", image_date="1906", published_date="1906", **WORK)
    assert "photo-presumed-old-assumed" not in rules_of(check(**row))
    assert "photo-presumed-old-assumed" in rules_of(check(as_of=date(2027, 1, 1), **row))


def test_photo_presumed_old_assumed_not_where_the_death_year_is_known(check):
    # "Do not use this template if the date of death of the author is known."
    a = check(photographer="P", photographer_death_year="1960", image_date="1900",
              published_date="1900", licence="all rights reserved", **WORK)
    assert "photo-presumed-old-assumed" not in rules_of(a)
    assert a.verdict.value == "not_ok"


def test_photo_presumed_old_assumed_not_for_a_term_longer_than_70_years(check):
    # Mexico, 100 years after death: named by the template as not served.
    a = check(photographer="P", image_date="1890", published_date="1890", origin_country="MX",
              photo_kind="photographic_work", depicted_type="none")
    assert "photo-presumed-old-assumed" not in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_presumed_old_assumed_excluded_countries_are_data(assessor):
    # The template's list (Mexico, Jamaica, Colombia, Guatemala, Samoa) is read from
    # rules/presumptions.yaml: a life + 70 law under an excluded code is not served.
    from dataclasses import replace

    from copyright_check.presumptions import old_assumed

    sweden = assessor.jurisdictions["SE"]
    assert old_assumed().serves(sweden)
    assert not old_assumed().serves(replace(sweden, code="GT"))


def test_photo_presumed_old_assumed_names_the_caveat_for_france(check):
    # The template warns of the 'mort pour la France' extension (CPI L123-10).
    a = check(photographer="P", image_date="1890", published_date="1890", origin_country="FR",
              photo_kind="photographic_work", depicted_type="none")
    assert "photo-presumed-old-assumed" in rules_of(a)
    assert "died for France" in a.reasons[0].text


# -- Unknown photo kind: both kinds evaluated ----------------------------------------------

def test_photo_kind_unknown_same_answer_for_both_kinds_decides(check):
    # Halldin died 1948, photo 1925: PD in Sweden as a photographic work (life + 70, URL
    # 43 §) and as a simple photograph (URL 49 a §): no need to know which.
    a = check(photographer="Oscar Halldin", photographer_death_year="1948",
              image_date="1925", published_date="1925", **SE_LANDSCAPE)
    assert a.verdict.value == "ok"
    assert "photo-kind-decides" not in rules_of(a)


def test_photo_kind_unknown_both_kinds_protected_uploadable_from_the_later(check):
    # Made 1980 by a photographer who died 2000 (Sweden): as a simple photo PD from 2031,
    # as a work from 2071. Not uploadable either way, and not before the later year.
    a = check(photographer="P", photographer_death_year="2000", image_date="1980",
              published_date="1980", licence="all rights reserved", **SE_LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from is None or a.uploadable_from >= 2071


def test_anonymous_work_term_not_applied_to_a_simple_photograph(check):
    # A non-original photo has its own term (URL 49 a §: 50 years from creation), not the
    # anonymous-work term (URL 44 §), even when its author is unknown.
    a = check(anonymous="yes", image_date="1980", published_date="1980",
              photo_kind="simple_photograph", licence="all rights reserved", **SE_LANDSCAPE)
    assert "photo-simple-photograph-running" in rules_of(a)
    assert "photo-anonymous-running" not in rules_of(a)


def test_photo_unnamed_author_life_term_running_gives_not_before(check):
    # Issue 8 item 9; Cameroon, Law 2000/011 (life + 50): a photo made in 1985 by a
    # photographer not named cannot be PD under life + 50 in 2026, whoever took it. Not
    # uploadable, with "not before 2036" in the reason and no uploadable_from year.
    a = check(photographer="unknown", image_date="1985", published_date="1985",
              origin_country="CM", photo_kind="photographic_work", depicted_type="none",
              licence="all rights reserved")
    assert a.verdict.value == "not_ok"
    assert "photo-unnamed-author-life-term-running" in rules_of(a)
    assert any("not PD before 2036" in r.text for r in a.reasons)
    assert a.uploadable_from is None


# -- Known gaps sent to a person (jurisdiction open_cases), issue 8 item 11 ----------------

def test_open_case_mort_pour_la_france_goes_to_a_person(check):
    # CPI L123-10 (FR.yaml note: the record cannot say it, so the row goes to a person): a
    # photographer who died in 1944 is PD under life + 70 since 2015, but 'mort pour la
    # France' adds 30 years.
    a = check(photographer="P", photographer_death_year="1944", image_date="1930",
              published_date="1930", origin_country="FR", photo_kind="photographic_work",
              depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "mort pour la France" in a.summary


def test_open_case_mort_pour_la_france_names_the_database_a_person_can_check(check):
    # CPI L123-10; the mention is on the death record and searchable in the Mémoire des
    # hommes database: the reason names the question and where to settle it.
    a = check(photographer="P", photographer_death_year="1944", image_date="1930",
              published_date="1930", origin_country="FR", photo_kind="photographic_work",
              depicted_type="none")
    assert "declared 'mort pour la France'" in a.summary
    assert "Mémoire des hommes" in a.summary


def test_open_case_mort_pour_la_france_runs_to_death_plus_100(check):
    # Commons:Copyright rules by territory/France: works whose author "died for France"
    # are protected for an additional 30 years (on top of life + 70): up to 100 years
    # after a death in 1944, so still a person's question in 2044, PD from 2045.
    facts = dict(photographer="P", photographer_death_year="1944", image_date="1925",
                 published_date="1925", origin_country="FR", photo_kind="photographic_work",
                 depicted_type="none")
    assert check(as_of=date(2044, 6, 1), **facts).verdict.value == "needs_review"
    assert check(as_of=date(2045, 6, 1), **facts).verdict.value == "ok"


def test_open_case_mort_pour_la_france_indochina_or_algeria_photographer_goes_to_a_person(check):
    # CPI L123-10; Code des pensions militaires art. L511-1: the mention is also given for
    # deaths in the wars in Indochina and North Africa (to 1962). A photographer who died
    # in 1950, photo published 1920 (PD in the US): life + 70 ran out in 2020, but death +
    # 100 runs to 2050: a person checks the death record.
    a = check(photographer="P", photographer_death_year="1950", image_date="1920",
              published_date="1920", origin_country="FR", photo_kind="photographic_work",
              depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "Indochina" in a.summary
    # After 1962 no war gives the mention: life + 70 decides (PD since 2034 for 1963).
    assert check(as_of=date(2034, 6, 1), photographer="P", photographer_death_year="1963",
                 image_date="1920", published_date="1920", origin_country="FR",
                 photo_kind="photographic_work", depicted_type="none").verdict.value == "ok"


def test_open_case_mort_pour_la_france_after_1945_not_asked_of_a_depicted_work(check):
    # FR.yaml open_cases: Commons keeps buildings and artworks by authors who died after
    # 1945 on life + 70 (Commons:Copyright rules by territory/France; the Eiffel Tower,
    # Maurice Koechlin d. 1946): only the photographer's death in 1946-1962 is asked about.
    a = check(photographer="Wikimedia volunteer", image_date="2021", origin_country="FR",
              licence="CC BY-SA 4.0", depicted_country="FR", depicted_type="building",
              depicted_creator="Maurice Koechlin", depicted_creator_death_year="1946",
              depicted_date="1889", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert a.verdict.value == "ok"
    # A depicted work whose author died in the Second World War is still asked about.
    b = check(photographer="Wikimedia volunteer", image_date="2021", origin_country="FR",
              licence="CC BY-SA 4.0", depicted_country="FR", depicted_type="building",
              depicted_creator="A", depicted_creator_death_year="1944",
              depicted_date="1930", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert b.verdict.value == "needs_review" and "Second World War" in b.summary


def test_open_case_pd_ro_photo_artistic_photo_issued_1956_1990_goes_to_a_person(check):
    # Template:PD-RO-photo (Decree 321/1956 art. 7): "Artistic photographs taken between
    # 1956 and 1996 are protected ... 5 years since issuance for ... an isolated artistic
    # photograph"; expired terms were not revived by Law 8/1996. A photographic work
    # issued 1965 by a photographer who died 1990 is not plainly protected to 2060.
    facts = dict(photographer="P", photographer_death_year="1990", image_date="1965",
                 origin_country="RO", photo_kind="photographic_work", depicted_type="none",
                 licence="all rights reserved")
    a = check(published_date="1965", **facts)
    assert a.verdict.value == "needs_review" and "PD-RO-photo" in a.summary
    # Issued before the decree (1950): life + 70 decides, to the end of 2060.
    assert check(published_date="1950", **{**facts, "image_date": "1950"}).verdict.value == "not_ok"
    # A depicted Romanian sculpture of 1965 is no photograph: the decree's lapse is not asked.
    b = check(photographer="Wikimedia volunteer", image_date="2019", origin_country="RO",
              licence="CC BY-SA 4.0", depicted_country="RO", depicted_type="sculpture",
              depicted_creator="X", depicted_creator_death_year="1990", depicted_date="1965",
              depicted_setting="outdoor_public", depicted_permanent="yes")
    assert b.verdict.value == "not_ok"


def test_a_romanian_non_artistic_photo_issued_before_law_8_1996_is_asked_about_not_protected(check):
    # Template:PD-RO-photo: under Decree no. 321/1956 "non-artistic photographs were not
    # expressly protected by copyright"; Law 8/1996 (in force 26 June 1996) lengthened only
    # terms still running. A simple photo issued 1992 had none at home: a person confirms it is
    # non-artistic (PD-RO-photo) instead of the engine's life + 70 at home.
    a = check(photographer="Ion Foto", photographer_death_year="2000", image_date="1992", published_date="1992",
              origin_country="RO", photo_kind="simple_photograph", depicted_type="landscape")
    home = next(r for r in a.reasons if r.rule == "photo-simple-photograph-undecided")
    assert "1956–1995" in home.text
    # Published 1992, after the US joined Berne: protected in the US on its own terms
    # (life + 70, 17 USC 104(b), 302), whatever its status at home.
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2071


def test_open_case_great_patriotic_war_extension_goes_to_a_person(check):
    # 231-FZ art. 6; Template:PD-Russia: PD if 'the creator died over 74 years ago ... or
    # the creator died over 70 years ago ... and did not fight in or work during the Great
    # Patriotic War'. A photographer who died in 1953, photo published 1925 (PD in the US):
    # life + 70 ran out in 2023, life + 74 runs to the end of 2027: a person checks.
    a = check(photographer="P", photographer_death_year="1953", image_date="1925",
              published_date="1925", origin_country="RU", depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "Great Patriotic War" in a.summary
    # Died 1949: life + 74 has run out too, whatever the war record; only a posthumous
    # rehabilitation (art. 1281(5)) is left to check, as for every death in 1918-1953.
    a = check(photographer="P", photographer_death_year="1949", image_date="1925",
              published_date="1925", origin_country="RU", depicted_type="none")
    assert a.verdict.value == "needs_review" and "Great Patriotic War" not in a.summary
    assert "rehabilitated" in a.summary
    # Died 1957: even life + 70 runs (to the end of 2027): not uploadable.
    assert check(photographer="P", photographer_death_year="1957", image_date="1925",
                 published_date="1925", origin_country="RU",
                 depicted_type="none").verdict.value == "not_ok"


def test_soviet_anonymous_work_published_before_1943_was_pd_on_the_uraa_date(check):
    # Template:PD-Russia: a work 'originally published anonymously ... (a) before January 1,
    # 1943 and the name of the author did not become known during 50 years after publication'
    # is PD, and PD in the US because it 'was in the public domain in its home country
    # (Russia) on the URAA date (January 1, 1996)' (231-FZ art. 6: no revival). Before, the
    # 70-year term was applied on the URAA date too: restored, not_ok until 2036.
    a = check(photographer="unknown", anonymous="yes", image_date="1940", published_date="1940",
              origin_country="RU", licence="PDM", depicted_type="none")
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-Russia-1996}}"]
    # Published anonymously in 1944 (the template's case (b), 70 years): left to the 70-year
    # term on the URAA date, the safe side.
    b = check(photographer="unknown", anonymous="yes", image_date="1944", published_date="1944",
              origin_country="RU", licence="PDM", depicted_type="none")
    assert b.verdict.value == "not_ok"


def test_open_case_uk_photograph_1957_1989_goes_to_a_person(check):
    # CDPA 1988 Sch. 1 para 12(4): a photo taken in 1960 by a photographer who died in 1960,
    # not known to be published before August 1989, may be protected to the end of 2039.
    a = check(as_of=date(2032, 6, 1), photographer="P", photographer_death_year="1960",
              image_date="1960", origin_country="GB", depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "Sch. 1 para 12" in a.summary


def test_open_case_dutch_posthumous_publication_goes_to_a_person(check):
    # Old art. 38(2) and art. 51 Auteurswet: first published 1985 after the photographer's
    # death in 1940: 50 years from that publication (to 2035) where longer than life + 70.
    a = check(photographer="P", photographer_death_year="1940", image_date="1930",
              published_date="1985", origin_country="NL", photo_kind="photographic_work",
              depicted_type="none")
    assert "Auteurswet" in " ".join(r.text for r in a.reasons)
    # Whatever the Dutch answer, the US one is settled: made before 1978 and first published
    # 1978-2002, it is protected there until at least the end of 2047 (17 USC 303(a)), so
    # the row is not uploadable now; the Dutch open case is still named for the later date.
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2048


def test_open_case_polish_notice_rule_frees_goes_to_a_person(check):
    # PD-Polish (1926 Act art. 3, 1952 Act art. 2): a photo published in 1970 may be PD if
    # it bore no copyright reservation, although life + 70 runs: a person checks the copy.
    a = check(photographer="P", photographer_death_year="2000", image_date="1970",
              published_date="1970", origin_country="PL", photo_kind="photographic_work",
              depicted_type="none", licence="all rights reserved")
    assert a.verdict.value == "needs_review"
    assert "PD-Polish" in " ".join(r.text for r in a.reasons)
    # A photo published in 2000 is not concerned: protected.
    b = check(photographer="P", photographer_death_year="2000", image_date="2000",
              published_date="2000", origin_country="PL", photo_kind="photographic_work",
              depicted_type="none", licence="all rights reserved")
    assert b.verdict.value == "not_ok"


def test_german_lichtbild_published_after_50_years_counts_from_making(check):
    # UrhG § 72(3) sentence 2: a Lichtbild not published within 50 years of its making is
    # protected only 50 years from the making: made 1930, first published 1990.
    a = check(photographer="P", photographer_death_year="1975", image_date="1930",
              published_date="1990", origin_country="DE", photo_kind="simple_photograph",
              depicted_type="none")
    assert "photo-simple-photograph-expired" in rules_of(a)
    assert "since 1981" in a.reasons[0].text


# Berne Convention art. 7(3); EU Term Directive 2006/116/EC art. 1(3): the term for
# anonymous works applies only while the author's identity is not disclosed.
# https://commons.wikimedia.org/wiki/Template:PD-EU-no_author_disclosure ("not to be used
# where the author has been publicly identified").
def test_photo_anonymous_but_photographer_named_is_not_decided_by_the_anonymous_term(check):
    # Josef Sudek (d. 1976), a 1925 photo published 1925 in Czechoslovakia: as an anonymous
    # work its 70 years from publication have run out, but Sudek's life + 70 runs to 2046.
    a = check(photographer="Josef Sudek", photographer_death_year="1976", anonymous="yes",
              image_date="1925", published_date="1925", origin_country="CZ",
              photo_kind="photographic_work", depicted_type="landscape")
    assert "photo-anonymous-but-photographer-named" in rules_of(a)
    assert "photo-anonymous-expired" not in rules_of(a)
    assert a.verdict.value != "ok"
    assert "{{PD-EU-no author disclosure}}" not in a.templates


def test_photo_anonymous_named_both_terms_expired_uses_the_authors_term(check):
    # Eugène Atget (d. 1927), Paris 1900: both the anonymous-work term (70 years from
    # publication) and life + 70 have run out; the template is the named author's.
    a = check(photographer="Eugène Atget", photographer_death_year="1927", anonymous="yes",
              image_date="1900", published_date="1900", origin_country="FR",
              photo_kind="photographic_work", depicted_type="landscape")
    assert "photo-anonymous-named-both-terms-expired" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1927}}"]


def test_photo_anonymous_without_a_name_keeps_the_anonymous_term(check):
    a = check(anonymous="yes", image_date="1900", published_date="1900", origin_country="FR",
              photo_kind="photographic_work", depicted_type="landscape")
    assert "photo-anonymous-expired" in rules_of(a)


# -- Faithful reproductions of two-dimensional works (Commons:When to use the PD-Art tag) ----

NIGHT_WATCH = dict(photographer="museum photographer", image_date="2015", origin_country="NL",
                   photo_kind="faithful_reproduction", licence="PDM", depicted_country="NL",
                   depicted_type="painting", depicted_creator="Rembrandt van Rijn",
                   depicted_creator_death_year="1669", depicted_date="1642",
                   depicted_setting="indoor_public", depicted_permanent="yes")


def test_faithful_reproduction_of_a_pd_painting_is_pd_art(check):
    # Commons:When to use the PD-Art tag (official policy): a faithful reproduction of an
    # old, PD, two-dimensional work has no copyright of its own, "regardless of the source
    # country"; in the US, Bridgeman v. Corel. The museum's 2015 photo of the Night Watch
    # is the painting's status, written inside {{PD-Art}}.
    a = check(**NIGHT_WATCH)
    assert "photo-faithful-reproduction-of-a-pd-2d-work" in rules_of(a)
    assert "us-faithful-reproduction-of-a-pd-2d-work" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-Art|1=PD-old-auto-expired|deathyear=1669}}"]


def test_faithful_reproduction_of_a_work_whose_status_takes_a_home_and_a_us_tag_wraps_the_home_one(check):
    # Template:PD-Art's text around a home-country tag: "You must also include a United States
    # public domain tag" (stored https://commons.wikimedia.org/wiki/User:Kareha/PD-Art). A
    # painting of 1700 by an unknown painter is {{PD-old-assumed}} with {{PD-US-expired}}: the
    # home tag goes inside {{PD-Art}}, the US tag beside it. Written bare, the page said the
    # museum's photo of 2020 was itself an anonymous work 120 years old (review 16 G4).
    a = check(**{**NIGHT_WATCH, "origin_country": "FR", "depicted_country": "FR", "depicted_creator": "inconnu",
                 "depicted_creator_death_year": "", "depicted_date": "1700", "image_date": "2020"})
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-Art|1=PD-old-assumed}}", "{{PD-US-expired}}"]


def test_faithful_reproduction_of_a_protected_painting_is_the_paintings_status(check):
    # The reproduction adds nothing, but the painting is protected (Max Ernst, d. 1976,
    # 'Au rendez-vous des amis', 1922, Museum Ludwig, Cologne; German FoP covers no
    # interior): not uploadable, whatever the photo.
    a = check(**{**NIGHT_WATCH, "origin_country": "DE", "depicted_country": "DE",
                 "depicted_creator": "Max Ernst", "depicted_creator_death_year": "1976",
                 "depicted_date": "1922"})
    assert a.verdict.value == "not_ok"
    assert "not-ok-depicted-work-protected-no-fop" in rules_of(a)
    tree = a.explain_text()  # the photo's own questions, not decisive here
    assert "photo-faithful-reproduction-of-a-2d-work" in tree
    assert "us-faithful-reproduction-of-a-2d-work" in tree


def test_faithful_reproduction_is_only_of_a_flat_work(check):
    # A photo of a sculpture is never a 'faithful reproduction' in PD-Art's sense: the
    # origin question names photo_kind, and the photographer's own US term (a 2015 photo,
    # PDM by a third party) still blocks it.
    a = check(**{**NIGHT_WATCH, "depicted_type": "sculpture"})
    assert "photo-faithful-reproduction-not-of-a-2d-work" in rules_of(a)
    assert "photo_kind" in " ".join(r.text for r in a.reasons)
    assert a.verdict.value == "not_ok"


def test_faithful_reproduction_under_a_free_licence_keeps_the_licence_tag(check):
    # PD-Art's parameter is the reason the work is PD, never a licence: where the photo
    # passes by its CC0 (an anonymous 13th-century work in Mexico, where Template:PD-old-
    # assumed does not serve, so the photo's own PD status is left open), the page carries
    # {{Cc-zero}}, not {{PD-Art|Cc-zero}}.
    a = check(**{**NIGHT_WATCH, "origin_country": "DE", "licence": "CC0", "depicted_country": "MX",
                 "depicted_creator": "unknown", "depicted_creator_death_year": "", "depicted_date": "1200"})
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-zero}}"]


def test_taiwan_photo_released_50_years_before_the_2002_uraa_date_is_pd_taiwan_and_pd_1996(check):
    # Copyright Act (ROC) art. 34: photographic works 50 years after public release;
    # Template:PD-Taiwan (its text on file pages) states that rule and asks for a US tag;
    # COM:Taiwan: URAA date 1 January 2002. Released 1950: PD in Taiwan from 2001, so not
    # restored in the US. Released 1960: still protected there on 1 January 2002.
    row = dict(photographer="unknown", anonymous="yes", origin_country="TW", licence="PDM",
               depicted_type="none")
    early = check(image_date="1950", published_date="1950", **row)
    assert early.verdict.value == "ok"
    # Template:PD-1996/doc: the country (ISO 3166-1 code) makes the tag state its URAA date.
    assert early.templates == ["{{PD-Taiwan}}", "{{PD-1996|country=TW}}"]
    late = check(image_date="1960", published_date="1960", **row)
    assert late.verdict.value == "not_ok" and late.uploadable_from == 2056


# Countries whose photograph term counts from the author's death: an anonymous photograph
# has the term its file gives in `anonymous_photograph` (Berne Convention art. 7(3)), not
# the life term run on the bounds of an unknown death.

def test_anonymous_photograph_where_photos_have_the_life_term_expired(check):
    # COM:Canada: anonymous works 'Publish + 75 years or Create + 100 years' (s. 6.1), and
    # works published before 1970 stayed PD (Template:PD-Canada). Made and published 1950:
    # PD in Canada; protected there on 1996-01-01 (old s. 6.1: 50 years from publication),
    # so restored in the US for 95 years -> uploadable from 2046, not from a death bound.
    a = check(anonymous="yes", image_date="1950", published_date="1950", origin_country="CA",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-anonymous-photograph-expired" in rules_of(a)
    assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2046)


def test_anonymous_photograph_where_photos_have_the_life_term_running(check):
    # COM:Japan: 'If the work is anonymous or pseudonymous, the copyright lasts for 70 years
    # after the publication' (art. 52). Published 1985: protected in Japan to the end of 2055.
    a = check(anonymous="yes", image_date="1985", published_date="1985", origin_country="JP",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-anonymous-photograph-running" in rules_of(a)
    assert a.verdict.value == "not_ok"


def test_anonymous_photograph_term_unsettled_goes_to_a_person(check):
    # COM:Angola: photographs life + 45 (Art. 73.2), anonymous works 70 years from
    # publication (Art. 73.1): which an anonymous photograph has is not settled there, so
    # no year is guessed.
    a = check(anonymous="yes", image_date="1960", published_date="1960", origin_country="AO",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-anonymous-photograph-undecided" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("needs_review", None)


def test_anonymous_photograph_cut_off_of_the_photograph_term_is_tried_first(check):
    # Template:PD-Canada: photographs made before 1949 are PD, whoever took them (before
    # 1946 already on the URAA date, so {{PD-1996}} for the US).
    a = check(anonymous="yes", image_date="1940", published_date="1940", origin_country="CA",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-photograph-term-expired" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-Canada}}", "{{PD-1996}}"]


def test_anonymous_photograph_named_photographer_keeps_the_life_term(check):
    # Berne art. 7(3): the anonymous term applies only while the author is not disclosed.
    a = check(anonymous="yes", photographer="Ken Domon", photographer_death_year="1990",
              image_date="1958", published_date="1958", origin_country="JP",
              depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-photograph-term-running" in rules_of(a)
    assert not any(r.startswith("photo-anonymous-photograph") for r in rules_of(a))


def test_photograph_author_not_identified_asks_whether_anonymous(check):
    # An unknown photographer is not presumed anonymous: in Japan the anonymous-photograph
    # term (70 years from publication 1960, under the not-revived 50 years) has run out, the
    # life term cannot be run; whether the author can be traced decides.
    a = check(photographer="unknown", image_date="1960", published_date="1960", origin_country="JP",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-photograph-author-not-identified" in rules_of(a)
    assert "anonymous = yes" in " ".join(r.text for r in a.reasons)


def test_photograph_author_not_identified_undecided_where_the_anonymous_term_is_unsettled(check):
    # COM:Togo: photographs life + 25, anonymous works publish + 50, a bill pending: the
    # term of an unknown author's photograph is left to a person, never a death bound.
    a = check(photographer="unknown", image_date="1960", published_date="1960", origin_country="TG",
              licence="PDM", depicted_type="none", as_of=date(2026, 11, 30))
    assert "photo-photograph-author-not-identified-undecided" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("needs_review", None)


def test_faithful_reproduction_of_an_anonymous_2d_work_older_than_any_term(check):
    # Commons:When to use the PD-Art tag; Template:PD-old-assumed (over 120 years, author's
    # death year unknown). An anonymous master's panel of c. 1500 is PD wherever it hangs;
    # the museum's reproduction gets the presumption's tag, not a question.
    a = check(photographer="museum photographer", anonymous="no", image_date="2015", origin_country="DE",
              photo_kind="faithful_reproduction", licence="PDM", depicted_country="DE",
              depicted_type="painting", depicted_creator="unknown", depicted_date="ca. 1500",
              depicted_setting="indoor_public", depicted_permanent="yes")
    assert "photo-faithful-reproduction-of-a-2d-work-older-than-any-term" in rules_of(a)
    assert a.verdict.value == "ok"
    assert "{{PD-Art|1=PD-old-assumed}}" in a.templates  # its US tag beside it (review 16 G4)
    # A painting of 1900 by an unknown painter is not older than any term: still a question.
    b = check(photographer="museum photographer", anonymous="no", image_date="2015", origin_country="DE",
              photo_kind="faithful_reproduction", licence="PDM", depicted_country="DE",
              depicted_type="painting", depicted_creator="unknown", depicted_date="1900",
              depicted_setting="indoor_public", depicted_permanent="yes")
    assert "photo-faithful-reproduction-of-a-2d-work-older-than-any-term" not in rules_of(b)
    assert b.verdict.value == "needs_review"


# Berne Convention art. 7(3); Template:PD-EU-no author disclosure ("do not use it if the
# author has been disclosed"): a death or birth year is a fact about a known author, also
# beside a photographer cell that says "Anonymous"/"unknown" or is empty (review 9, R3b).
@pytest.mark.parametrize(("photographer", "death", "birth"), [
    ("Anonymous", "1990", ""), ("unknown", "1990", ""), ("", "", "1900"), ("okänd", "", "1900")])
def test_anonymous_photo_whose_author_has_a_life_date_is_not_decided_by_the_anonymous_term(
        check, photographer, death, birth):
    # SE photographic work of 1930: as an anonymous work PD since 2001, but a photographer
    # who died in 1990 (or was born 1900 and may have lived to 2000) is protected to 2061.
    a = check(photographer=photographer, photographer_death_year=death, photographer_birth_year=birth,
              anonymous="yes", image_date="1930", published_date="1930", origin_country="SE",
              photo_kind="photographic_work", depicted_type="none")
    assert a.verdict.value != "ok"
    assert "{{PD-EU-no author disclosure}}" not in a.templates


def test_us_303a_floor_for_a_work_made_before_1978_and_first_published_1978_to_2002(check):
    # 17 USC 303(a): 'if the work is published on or before December 31, 2002, the term of
    # copyright shall not expire before December 31, 2047'. A German photo made 1890 by a
    # photographer who died 1900, first published 1992 (after the notice era): PD at home
    # since 1971, but protected in the US to the end of 2047 (Commons:Hirtle chart).
    a = check(photographer="P", photographer_death_year="1900", image_date="1890",
              published_date="1992", origin_country="DE", photo_kind="photographic_work",
              depicted_type="none")
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2048)
    # First published 2003 or later: the floor does not apply, life + 70 alone (PD-US-unpublished).
    b = check(photographer="P", photographer_death_year="1964", image_date="1930",
              published_date="2005", origin_country="DE", photo_kind="photographic_work",
              depicted_type="none")
    assert b.uploadable_from == 2035


def test_a_faithful_reproduction_of_a_work_of_no_stated_type_goes_to_a_person(check):
    # Review 14 M4 (play/dt14.csv T6): depicted_type empty is an unknown type, not a 3D one. A
    # faithful reproduction of a flat work has no copyright of its own (Commons:When to use the
    # PD-Art tag; Bridgeman v. Corel), so neither side's photo term is known to run: review naming
    # depicted_type, never not_ok on the term of a museum's photo made in 2020.
    a = check(**{**NIGHT_WATCH, "depicted_type": ""})
    assert a.verdict.value == "needs_review"
    assert "us-faithful-reproduction-of-an-unknown-work" in rules_of(a)
    assert "depicted_type" in " ".join(r.text for r in a.reasons)


def test_a_chilean_anonymous_photo_published_in_1962_goes_to_a_person(check):
    # Review 14 M3: Ley 17.336 art. 13's 30 years from publication lapsed before Ley 19.166
    # (16 September 1992) only for works first published before 16 September 1962 (Template
    # talk:PD-Chile, case 3); the year 1962 holds days on both sides: review, on the anonymous
    # term's own question, where it was not_ok to 2058 (URAA-restored on the general term).
    row = dict(photographer="", anonymous="yes", image_date="1962", published_date="1962", origin_country="CL",
               photo_kind="photographic_work", depicted_type="none")
    a = check(**row)
    assert a.verdict.value == "needs_review" and "photo-anonymous-undecided" in rules_of(a)
    assert "16 September" in " ".join(r.text for r in a.reasons)
    assert check(**dict(row, image_date="1950", published_date="1950")).verdict.value == "ok"
    assert check(**dict(row, image_date="1963", published_date="1963")).verdict.value == "not_ok"
