"""US status of every file (rules/us.yaml). Sources: 17 USC 302-304, 104A; the Hirtle
chart https://commons.wikimedia.org/wiki/Commons:Hirtle_chart; Template:PD-1996."""

from datetime import date

import pytest

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
    a = check(photographer="P", photographer_death_year="1920", image_date="1919",
              published_date="1931", **SE)
    assert "us-published-over-95-years" not in rules_of(a)
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)  # PD at home on 1996-01-01


def test_foreign_work_pd_at_home_on_uraa_date_is_pd_1996(check):
    # 17 USC 104A(h)(6): not restored if PD at home on 1 Jan 1996 (died 1925 -> PD 1996).
    a = check(photographer="P", photographer_death_year="1925", image_date="1924",
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
    assert "us-undecided-publication-missing" in rules_of(a)


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


def test_anonymous_foreign_work_published_after_1977_and_restored_is_protected(check):
    # 17 USC 302(c), 104A: an anonymous work published since 1978 runs 95 years from
    # publication (or 120 from creation); an Argentine press photo of 1980, PD at home only
    # since 2006 (Template:PD-AR-Photo: 20 years from publication, 25 from creation), was
    # still protected on 1 January 1996 and restored: not uploadable until 2076
    # (Commons:Hirtle chart; Template:Not-PD-US-URAA). It went to a person before.
    a = check(photographer="unknown", anonymous="yes", image_date="1980",
              published_date="1980", origin_country="AR", licence="PDM", depicted_type="none")
    assert "us-anonymous-published-after-formalities-era" in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2076
    # The same photo by a named author whose death year is not known: life + 70 decides,
    # not this rule.
    b = check(photographer="Ana Pérez", image_date="1980", published_date="1980",
              origin_country="AR", licence="PDM", depicted_type="none")
    assert "us-anonymous-published-after-formalities-era" not in rules_of(b)


# -- issue 8, item 8: the 1998 term extension froze works published before 1923 ------------
# Sonny Bono Copyright Term Extension Act (27 Oct 1998): 75 -> 95 years, no revival;
# Commons:Hirtle_chart. jurisdictions/US.yaml, terms.published.not_revived.
US_WORK = {"photographer": "P", "photographer_death_year": "1990", "origin_country": "US",
           "depicted_type": "none"}


def _us_rule(check, as_of_year: int, published: str) -> list[str]:
    from datetime import date
    return rules_of(check(as_of=date(as_of_year, 6, 1), image_date=published,
                          published_date=published, **US_WORK))


def test_us_published_before_the_1998_extension_on_earlier_as_of_dates(check):
    # 1997: the 75-year term had run for works published before 1922 only.
    assert "us-published-before-the-1998-extension" in _us_rule(check, 1997, "1921")
    assert "us-work-formalities-unknown" in _us_rule(check, 1997, "1922")
    # 2005: works published before 1923 stayed PD; 1923 was frozen until 2019.
    assert "us-published-before-the-1998-extension" in _us_rule(check, 2005, "1922")
    assert "us-work-formalities-unknown" in _us_rule(check, 2005, "1923")


def test_us_published_over_95_years_from_2019(check):
    assert "us-published-over-95-years" in _us_rule(check, 2019, "1923")
    assert "us-work-formalities-unknown" in _us_rule(check, 2019, "1924")
    assert "us-published-over-95-years" in _us_rule(check, 2026, "1930")
    assert "us-work-formalities-unknown" in _us_rule(check, 2026, "1931")


def test_us_published_before_the_1998_extension_reason_names_the_old_law(check):
    from datetime import date
    a = check(as_of=date(2005, 6, 1), image_date="1910", published_date="1910", **US_WORK)
    text = next(r.text for r in a.reasons if r.rule == "us-published-before-the-1998-extension")
    assert "before 1923" in text and "1998-10-27" in text and "unknown" not in text
    assert a.verdict.value == "ok"


# -- issue 8, item 8: US notice 1978 - 28 Feb 1989 (17 USC 405; Template:PD-US-1989, which
# Template:PD-US/doc lists for these years: https://dokumen123.com/en/Template:PD-US/doc) ---
def test_us_work_1978_1989_notice_unknown_is_named(check):
    a = check(image_date="1982", published_date="1982", **US_WORK)
    assert "us-work-1978-1989-notice-unknown" in rules_of(a)
    assert a.verdict.value == "needs_review"
    assert any("copyright notice" in r.text and "PD-US-1989" in r.text for r in a.reasons)


# -- review 19 N1: the notice era ends on 1 March 1989, not on 1 January: a date of publication in 1989 is read by
# its day (Hirtle chart, stored https://en.m.wikisource.org/wiki/Page:The_librarian%27s_copyright_companion,_by_James_S.
# _Heller,_Paul_Hellyer,_Benjamin_J._Keele,_2012.djvu/331: "1978 to 1 March 1989 Published without notice, and without
# subsequent registration In the public domain"; 17 USC 405(a); Template:PD-US-1989) -------------------------------
def test_us_work_published_in_february_1989_without_notice_not_registered_is_pd_us_1989(check):
    for published in ("1989-02-15", "1989-02", "1989-01-01", "1989-02-28"):
        a = check(image_date="1989", published_date=published, copyright_notice="no", copyright_registered="no",
                  **US_WORK)
        assert "us-work-1978-1989-without-notice-not-registered" in rules_of(a), published
        assert a.verdict.value == "ok" and "{{PD-US-1989}}" in a.templates, published


def test_us_work_published_from_1_march_1989_without_notice_keeps_its_term(check):
    for published in ("1989-03-01", "1989-03", "1989-11-30"):
        a = check(image_date="1989", published_date=published, copyright_notice="no", copyright_registered="no",
                  **US_WORK)
        assert "us-work-1978-1989-without-notice-not-registered" not in rules_of(a), published
        assert a.verdict.value == "not_ok", published


def test_a_publication_year_1989_alone_is_never_read_as_inside_the_notice_era(check):
    # The year alone may be February or June: never PD-US-1989 on it.
    a = check(image_date="1989", published_date="1989", copyright_notice="no", copyright_registered="no", **US_WORK)
    assert "us-work-1978-1989-without-notice-not-registered" not in rules_of(a)
    assert a.verdict.value != "ok"


# -- issue 8, item 8: Template:PD-1996 only for published works -----------------------------
def test_us_unpublished_life_term_expired_publication_decides(check):
    # No publication recorded, photographer died 1925: unpublished before 2003, life + 70
    # ran out in 1995 (17 USC 303(a); Template:PD-US-unpublished: "never published prior to
    # January 1, 2003"); but a work made before 1978 and first published 1978-2002 is
    # protected until at least 31 Dec 2047 (17 USC 303(a)). Not "PD either way": a person's
    # question naming published_date, never an ok and never PD-1996 (published works only).
    a = check(photographer="P", photographer_death_year="1925", image_date="1920", **SE)
    assert "us-unpublished-life-term-expired-publication-decides" in rules_of(a)
    assert a.verdict.value == "needs_review"
    assert not a.templates
    text = " ".join(r.text for r in a.reasons)
    assert "2047" in text and "published_date" in text


# -- the archive says "never published" (rules/vocabulary.yaml never_published_words) -------
# 17 USC 303(a): a work made before 1978 and not published by the end of 2002 has the term
# of 302: life + 70 (302(a)), or 120 years from its making where no author is named or the
# author's death is not known (302(c), 302(e)). Template:PD-US-unpublished: "This work was
# never published prior to January 1, 2003, and is currently in the public domain in the
# United States because ... its author died before 1954; ... it is an anonymous work ...
# created before 1904" (as of 2024). The URAA restores only works that had fallen into the
# US public domain, which an unpublished one never did.
def test_us_never_published_life_term_expired_is_pd_us_unpublished(check):
    a = check(photographer="P", photographer_death_year="1925", image_date="1920", published_date="never", **SE)
    assert "us-never-published-life-term-expired" in rules_of(a)
    assert a.verdict.value == "ok"
    assert "{{PD-US-unpublished}}" in a.templates
    assert not a.errors


def test_us_never_published_is_shown_as_read_in_the_explanation():
    # explain's readings say what the cell was read as: "never" is a fact, not an unreadable cell.
    from copyright_check.explain import readings
    from copyright_check.record import record_from_row
    cells = {"id": "n", "photographer": "P", "photographer_death_year": "1925", "image_date": "1920",
             "published_date": "never", **SE}
    shown = readings(record_from_row(cells, 2026), cells)["published_date"]
    assert "never published" in shown.read_as and "not read" not in shown.read_as


# Review 15 F2: a copyright notice is borne by published copies ("whenever a work ... is published
# ... a notice of copyright ... may be placed on publicly distributed copies", 17 USC 401(a)), and
# a renewal renews a copyright secured by publication or registration (304(a)): beside "never" the
# row contradicts itself (needs-review-contradictory-facts naming both cells), never
# {{PD-US-unpublished}} (a US photo of 1940 published with notice and renewed runs to 2035).
@pytest.mark.parametrize(("published", "formalities", "column"), [
    ("never", {"copyright_notice": "yes", "copyright_renewed": "yes"}, "copyright_notice"),
    ("never", {"copyright_renewed": "yes"}, "copyright_renewed"),
    ("unpublished", {"copyright_notice": "yes"}, "copyright_notice")])
def test_never_published_beside_a_notice_or_renewal_contradicts_itself(check, published, formalities, column):
    us = {"origin_country": "US", "depicted_type": "landscape", "photo_kind": "photographic_work"}
    a = check(photographer="John Smith", photographer_death_year="1950", image_date="1940",
              published_date=published, **formalities, **us)
    assert a.verdict.value == "needs_review" and a.templates == []
    assert a.reasons[0].rule == "needs-review-contradictory-facts"
    assert "published_date" in a.reasons[0].text and column in a.reasons[0].text
    # The same row without the formality is the unpublished work's (and the whole-row cache
    # tells the rows apart).
    b = check(photographer="John Smith", photographer_death_year="1950", image_date="1940",
              published_date=published, **us)
    assert b.verdict.value == "ok" and "{{PD-US-unpublished}}" in b.templates


def test_us_never_published_life_term_running_protected_until_life_plus_70(check):
    # Died 1970: life + 70 runs to the end of 2040; the 2047 floor of 303(a) is for a work
    # published 1978-2002, not for one never published.
    a = check(photographer="P", photographer_death_year="1970", image_date="1930", published_date="unpublished", **SE)
    assert "us-never-published-life-term-running" in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2041


def test_us_never_published_anonymous_120_years_from_making(check):
    made_1890 = check(anonymous="yes", image_date="1890", published_date="opublicerad", **SE)
    assert "us-never-published-anonymous-term-expired" in rules_of(made_1890)
    assert "{{PD-US-unpublished}}" in made_1890.templates
    made_1920 = check(anonymous="yes", image_date="1920", published_date="Never", **SE)
    assert "us-never-published-anonymous-term-running" in rules_of(made_1920)
    assert made_1920.verdict.value == "not_ok"


def test_us_never_published_death_unknown_made_over_120_years_ago_is_pd_us_unpublished(check):
    # Template:PD-US-unpublished's second condition: "the death date of its author is not
    # known, and it was created before 1904" (as of 2024: 120 years, 17 USC 302(e)). A work
    # made for hire, an organisation as its author, has the same 120 years (302(c)):
    # RC-US-40, the Ladd Observatory photo of before 1896.
    a = check(photographer="Anna Svensson", image_date="1895", published_date="never", **SE)
    assert "us-never-published-death-unknown-term-expired" in rules_of(a)
    assert "{{PD-US-unpublished}}" in a.templates
    assert any("after research" in r.text for r in a.reasons)


def test_us_never_published_death_unknown_made_less_than_120_years_ago_asks_the_death_year(check):
    # Made 1920: 120 years run to 2040, so only the life term (302(a)) can free it now, and
    # that needs the death year, which the reason names.
    a = check(photographer="Anna Svensson", image_date="1920", published_date="never", **SE)
    assert "us-never-published-death-unknown" in rules_of(a)
    assert a.verdict.value == "needs_review"
    assert any(r.missing == "photographer_death_year" for r in a.reasons)


def test_us_never_published_death_year_span_is_not_a_death_unknown(check):
    # A death year known in part ("1950-1960") is not "not known": 302(e)'s presumption is
    # not taken; the life term decides with the span.
    a = check(photographer="Anna Svensson", photographer_death_year="1950-1960", image_date="1895",
              published_date="never", **SE)
    assert not any(r.startswith("us-never-published-death-unknown") for r in rules_of(a))
    assert a.verdict.value != "ok"


def test_us_publication_unknown_asks_for_the_date_or_never(check):
    # An empty published_date is unknown, not "never": the reason says what to write.
    a = check(photographer="P", photographer_death_year="1925", image_date="1920", **SE)
    assert "us-unpublished-life-term-expired-publication-decides" in rules_of(a)
    assert any("`never`" in (r.missing or "") for r in a.reasons)


def test_published_work_pd_at_home_on_uraa_date_keeps_pd_1996(check):
    a = check(photographer="P", photographer_death_year="1925", image_date="1924",
              published_date="1941", **SE)
    assert "us-foreign-not-restored-by-uraa" in rules_of(a)
    assert a.templates == ["{{PD-old-auto-1996|deathyear=1925}}"]


# -- issue 8, item 7: no US copyright relations (Circular 38a; 17 USC 104(b)) ----------------
def test_us_no_relations_not_eligible_iran(check):
    # Iran: no relations, not a URAA-eligible country. A photo published 1979 in Iran is
    # PD in Iran 30 years after publication (Art. 16) and unprotected in the US.
    a = check(photographer="P", image_date="1979", published_date="1979", origin_country="IR",
              depicted_type="none")
    assert "us-no-relations-not-eligible" in rules_of(a)
    assert a.verdict.value == "ok"
    us = next(r for r in a.reasons if r.rule == "us-no-relations-not-eligible")
    assert "national of Iran" in us.text and us.jurisdiction == "jurisdictions/IR.yaml"


def test_us_no_relations_needs_a_publication(check):
    # 17 USC 104(a): unpublished works are protected whatever the author's nationality.
    a = check(photographer="P", image_date="1979", origin_country="IR", depicted_type="none")
    assert "us-no-relations-not-eligible" not in rules_of(a)


def test_us_no_relations_at_publication_not_restored_nepal(check):
    # Nepal: relations only since 2004 (WTO); a photo made 1960 and published 1980 was PD
    # at home (25 years from making) on its URAA date, 23 April 2004: never protected.
    a = check(photographer="P", image_date="1960", published_date="1980", origin_country="NP",
              depicted_type="none")
    assert "us-no-relations-at-publication-not-restored" in rules_of(a)
    # Free in both countries, but jurisdictions/NP.yaml names no Commons template for the
    # photo term, and a file page needs one (Commons:Licensing): Template:PD-1996 states the
    # US side only ("a tag for its source country"), so a person picks the Nepali one.
    assert a.verdict.value == "needs_review"
    assert rules_of(a)[-2:] == ["template-country_tag_beside", "needs-review-template-conditions"]


def test_us_no_relations_at_publication_not_restored_is_tagged_pd_1996(check):
    # South Korea: US relations since 1987 (Circular 38a). A photo made 1970 and first
    # published 1980 was unprotected in the US when published (17 USC 104(b)) and PD at home
    # on 1 January 1996 (Template:PD-South Korea: photographs "published or produced in
    # negative on or before 31 December 1976"), so the URAA did not restore it. Template:PD-1996
    # states this case: "first published ... before the source country established copyright
    # relations with the United States" (review 29b F3: the row went to a person for a US tag).
    a = check(photographer="Kim Han-yong", photographer_death_year="2010", image_date="1970",
              published_date="1980", origin_country="KR", depicted_type="none")
    assert "us-no-relations-at-publication-not-restored" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-South Korea}}", "{{PD-1996}}"]


# Former Soviet republics (jurisdictions/AM, AZ, EE, GE, LT, LV, MD .yaml us_relations.since):
# US Copyright Office Circular 38a lists the USSR in the Universal Copyright Convention from 27 May
# 1973; each republic's own Berne date is later. The earlier date is the safe one: a work published
# between the two is not taken as unprotected in the US for want of relations (17 USC 104(b);
# review 29g F2: a photo published 1980 was ok with {{PD-1996}} on the later date).
@pytest.mark.parametrize("country", ["AM", "AZ", "EE", "GE", "LT", "LV", "MD"])
def test_former_soviet_republic_relations_from_the_ussr_ucc_date(assessor, country):
    from copyright_check.facts import us_relations_at
    from copyright_check.years import YearRange

    law = assessor.jurisdictions[country]
    assert us_relations_at(law, YearRange(1972, 1972)) == "no"
    assert us_relations_at(law, YearRange(1974, 1974)) == "yes"
    assert us_relations_at(law, YearRange(1980, 1995)) == "yes"


@pytest.mark.parametrize("country", ["AM", "EE", "LT"])
def test_former_soviet_republic_photo_published_1980_runs_its_us_term(check, country):
    # Made 1935, first published 1980 (after 27 May 1973): 17 USC 303(a), a work created before
    # 1978 and published 1978-2002 is protected at least to the end of 2047 -> uploadable 2048,
    # though PD at home (the photographer died 1940) and before the republic's own Berne date.
    a = check(photographer="P", photographer_death_year="1940", image_date="1935",
              published_date="1980", origin_country=country, depicted_type="landscape",
              photo_kind="photographic_work")
    assert "us-no-relations-at-publication-not-restored" not in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2048


def test_us_relations_unsettled_never_decides(check):
    # jurisdictions/PS.yaml: us_relations.review -> the 104(b) rules do not fire.
    a = check(photographer="P", image_date="1979", published_date="1979", origin_country="PS",
              depicted_type="none")
    assert not {"us-no-relations-not-eligible", "us-no-relations-at-publication-not-restored"} & set(rules_of(a))


def test_photo_kind_decides_the_uraa_restoration(check):
    # 17 USC 104A(h)(6)(B): restored only if still protected at home on the URAA date.
    # Photographer died 1940, photo published 1940 (Sweden): as a simple photograph PD at
    # home since 1991 (URL 49 a §), as a photographic work protected there until 2010
    # (URL 43 §): on 1 January 1996 the two kinds differ, so photo_kind decides the US.
    a = check(photographer="P", photographer_death_year="1940", image_date="1940",
              published_date="1940", origin_country="SE", depicted_type="landscape")
    assert "us-photo-kind-decides-uraa" in rules_of(a)
    assert a.verdict.value == "needs_review" and "photo_kind" in a.summary


def test_an_anonymous_photo_with_no_photographer_cell_has_the_anonymous_us_term(check):
    # An anonymous Swedish photo published 1980 (photographer cell empty, anonymous yes),
    # restored by the URAA: 95 years from publication (17 USC 302(c), 104A), as for a
    # photographer cell that says unknown (review 29b F2: it went to us-undecided, or for a US
    # photo to us-work-formalities-unknown, asking for a notice already given). Nothing
    # asks for published_date, which is given.
    a = check(anonymous="yes", image_date="1980", published_date="1980", **SE)
    assert "us-anonymous-published-after-formalities-era" in rules_of(a)
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2076
    assert "published_date" not in a.summary
    us = check(anonymous="yes", image_date="1980", published_date="1980", origin_country="US",
               copyright_notice="yes", depicted_type="none")
    assert "us-anonymous-published-after-formalities-era" in rules_of(us)
    assert us.verdict.value == "not_ok" and us.uploadable_from == 2076


def test_an_empty_photographer_cell_alone_is_not_read_as_anonymous_on_the_us_side(check):
    # No anonymous yes: the cell may hide a named author, whose life + 70 can end later than
    # the anonymous term (17 USC 302(a)): the anonymous rule does not give its year.
    a = check(image_date="1980", published_date="1980", origin_country="US", copyright_notice="yes",
              depicted_type="none")
    assert "us-anonymous-published-after-formalities-era" not in rules_of(a)
    # A Swedish photo published 1980 with the cell empty: restored by the URAA, its US term is
    # the author's life + 70 or the anonymous term, and no rule settles which: us-undecided,
    # whose reason does not ask for published_date, which is given.
    se = check(image_date="1980", published_date="1980", **SE)
    assert "us-undecided" in rules_of(se)
    assert "published_date" not in se.summary


def test_made_after_the_notice_era_is_protected_whatever_its_publication_date(check):
    # 17 USC 302(a), 302(c), 303(a); Hirtle chart (Commons:Hirtle_chart): a work made after
    # 1 March 1989 has life + 70 (or 95/120 years) published or not. A 2012 Flickr photo
    # under CC BY-NC with no publication date is not uploadable (Commons:Licensing: NC
    # is not accepted), not a question for a person.
    a = check(photographer="Flickr user", image_date="2012", origin_country="US",
              licence="CC BY-NC 2.0", depicted_type="landscape")
    assert "us-made-after-formalities-era-publication-unknown" in rules_of(a)
    assert a.verdict.value == "not_ok"


def test_made_in_the_notice_era_publication_unknown_still_needs_the_date(check):
    # Made 1985: published then without a notice it could be PD (17 USC 405 before the
    # Berne Implementation Act), so the publication date still decides.
    a = check(photographer="Flickr user", image_date="1985", origin_country="US",
              licence="CC BY-NC 2.0", depicted_type="landscape")
    assert "us-made-after-formalities-era-publication-unknown" not in rules_of(a)
    assert a.verdict.value == "needs_review"
    # Made in 1989: it could have been published before 1 March 1989 without a notice.
    a = check(photographer="Flickr user", image_date="1989", origin_country="US",
              licence="CC BY-NC 2.0", depicted_type="landscape")
    assert "us-made-after-formalities-era-publication-unknown" not in rules_of(a)


def test_us_faithful_reproduction_of_a_2d_work_older_than_any_term(check):
    # Bridgeman v. Corel; Commons:Hirtle chart: a flat work older than any US term plus a
    # full life is PD in the US however it was published; its reproduction has no US
    # copyright of its own, so the US question is settled (Template:PD-US-expired).
    a = check(photographer="museum photographer", anonymous="no", image_date="2015", origin_country="DE",
              photo_kind="faithful_reproduction", licence="PDM", depicted_country="DE",
              depicted_type="painting", depicted_creator="unknown", depicted_date="ca. 1500",
              depicted_setting="indoor_public", depicted_permanent="yes")
    assert "us-faithful-reproduction-of-a-2d-work-older-than-any-term" in rules_of(a)
    assert "{{PD-US-expired}}" in a.templates


def test_a_later_unread_law_leaves_the_uraa_date_to_the_law_then_in_force_cuba(check):
    # Cuba: Ley 14/1977 art. 47 (as amended by Decreto-Ley 156/1994) gave photographs 25
    # years from first use; Ley 154/2022 replaced it on 5 December 2022 and was not read, so
    # today's Cuban status goes to a person. The URAA date (1 January 1996) is decided by
    # Ley 14 alone (COM:Cuba; 17 USC 104A(h)(6)): a photo first published 1980 was protected
    # then, so its US copyright was restored whatever Ley 154 says: a work published since
    # 1978 has the author's life + 70 there (17 USC 302(a)).
    a = check(photographer="Cuban photographer", photographer_death_year="2000", anonymous="no",
              image_date="1980", published_date="1980", origin_country="CU",
              photo_kind="photographic_work", licence="PDM", depicted_type="none")
    assert a.verdict.value == "not_ok"
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2071
    # One PD under Ley 14 by 1996 (published 1942, PD since 1968) was not restored in the
    # US, but whether Ley 154 keeps it PD in Cuba is still a person's question.
    b = check(photographer="unknown", anonymous="yes", image_date="1942", published_date="1942",
              origin_country="CU", photo_kind="photographic_work", licence="PDM",
              depicted_type="none")
    assert b.verdict.value == "needs_review"
    assert "us-foreign-not-restored-by-uraa" in rules_of(b)


def test_a_law_not_found_on_the_uraa_date_leaves_restoration_to_a_person_uruguay(check):
    # Uruguay: the 1937 act (Ley 9.739 as enacted) was the law on 1 January 1996; its term
    # for anonymous works was not found (Fénix no. 4's survey of the act lists life + 40,
    # academies, companies and the State, and no anonymous term). 17 USC 104A(h)(6): a work
    # PD at home that day was not restored, so restoration is unknown and the reason says
    # why. From Ley 17.616 (10 January 2003) on the read terms decide, so today's home
    # status (70 years from publication, COM:Uruguay) is still found.
    a = check(photographer="unknown", anonymous="yes", image_date="1940", published_date="1940",
              origin_country="UY", licence="PDM", depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "photo-anonymous-expired" in rules_of(a)
    assert "us-foreign-uraa-status-open" in rules_of(a)
    why = next(r.text for r in a.reasons if r.rule == "us-foreign-uraa-status-open")
    assert "Uruguay on 1996-01-01" in why and "1937 act" in why
    # Published over 95 years ago: PD in the US whatever the URAA did (17 USC 304).
    b = check(photographer="unknown", anonymous="yes", image_date="1920", published_date="1920",
              origin_country="UY", licence="PDM", depicted_type="none")
    assert b.verdict.value == "ok"
    assert b.templates == ["{{PD-Uruguay-anon}}", "{{PD-US-expired}}"]


def test_haiti_1968_decree_life_plus_25_decides_the_uraa_date(check):
    # Décret du 9 janvier 1968 art. 24: the heirs' rights last 25 years from the death
    # (quoted at http://www.medialternatif.org/drauteur/Page12.html); the 2005 decree (life
    # + 60) came in with its publication on 9 March 2006 (COM:Haiti). On Haiti's URAA date,
    # 11 January 1996, a sculptor who died 1975 was still protected: restored in the US.
    a = check(photographer="Wikimedia volunteer", image_date="2019", origin_country="HT",
              licence="CC BY-SA 4.0", depicted_country="HT", depicted_type="sculpture",
              depicted_creator="Sculptor", depicted_creator_death_year="1975", depicted_date="1960",
              depicted_setting="outdoor_public", depicted_permanent="yes")
    assert "depicted-us-restored-by-uraa" in rules_of(a)
    assert a.verdict.value == "not_ok"
    # Whether the 2005 decree revived works whose life + 25 had run out (a death in 1980 or
    # earlier) was not found: today's home status goes to a person, never ok.
    why = next(r.text for r in a.reasons if r.rule == "depicted-undecided")
    assert "1968 decree" in why
    # The 1968 decree's photograph term was not found: a Haitian photo of 1950 (PD at home
    # today, 25 years from creation) has an unknown status on the URAA date.
    b = check(photographer="Haitian photographer", photographer_death_year="1960", anonymous="no",
              image_date="1950", published_date="1950", origin_country="HT", licence="PDM",
              depicted_type="none")
    assert b.verdict.value == "needs_review"
    assert "us-foreign-uraa-status-open" in rules_of(b)


def test_cote_divoire_law_before_1996_not_found_uraa_to_a_person(check):
    # Law No. 96-564 dates from 25 July 1996; the law in force on 1 January 1996 (with the
    # Bangui Agreement) was not found: COM:Ivory Coast describes only the 1996 law (99
    # years) and the 2016 law (life + 70). A photographer who died 1950 is PD at home today,
    # but whether the URAA restored the photo depends on that unread law.
    a = check(photographer="Ivorian photographer", photographer_death_year="1950", anonymous="no",
              image_date="1940", published_date="1940", origin_country="CI", licence="PDM",
              depicted_type="none")
    assert a.verdict.value == "needs_review"
    assert "us-foreign-uraa-status-open" in rules_of(a)
    # Today's term is read: the PD-old-assumed presumption still serves an old building.
    b = check(photographer="Wikimedia volunteer", image_date="2019", origin_country="CI",
              licence="CC BY-SA 4.0", depicted_country="CI", depicted_type="building",
              depicted_creator="unknown", depicted_date="1893", depicted_setting="outdoor_public",
              depicted_permanent="yes")
    assert b.verdict.value == "ok"
    assert b.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-assumed}}"]


def test_malawi_1989_act_photographs_25_years_on_the_uraa_date(check):
    # Copyright Act, 1989 (commenced 22 June 1989): photographs 25 years from the end of the
    # year of first publication (COM:Malawi); the 2016 Act (13 March 2017) makes them
    # artistic works, life + 50, and COM:Malawi reads it as retroactive. A photo published
    # 1975 was protected on 1 January 1996: restored, 95 years from publication.
    a = check(photographer="Malawian photographer", photographer_death_year="1990", anonymous="no",
              image_date="1975", published_date="1975", origin_country="MW", licence="PDM",
              depicted_type="none")
    assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2071
    # One published 1960 had run out under the 1989 Act by then, but whether that Act's term
    # reached photos published before it commenced was not found: a person, never ok.
    b = check(photographer="Malawian photographer", photographer_death_year="1970", anonymous="no",
              image_date="1960", published_date="1960", origin_country="MW", licence="PDM",
              depicted_type="none")
    assert b.verdict.value == "needs_review"
    assert "us-foreign-uraa-status-open" in rules_of(b)
    why = next(r.text for r in b.reasons if r.rule == "us-foreign-uraa-status-open")
    assert "22 June 1989" in why


def test_a_somali_photo_pd_in_both_countries_gets_pd_somalia_as_its_us_tag(check):
    # Somalia has no copyright relations with the US (Circular 38a): a work of Somalia is
    # not protected there (17 USC 104(b)). COM:Somalia lists {{PD-Somalia}}, whose text says
    # exactly that; the Somali side is the life + 30 term (Law No. 66 of 1977) and its own
    # tag. Before, PD-old-auto stood alone and the row went to a person for a US tag.
    a = check(photographer="Somali photographer", photographer_death_year="1950", anonymous="no",
              image_date="1940", published_date="1940", origin_country="SO", licence="PDM",
              depicted_type="none")
    assert "us-no-relations-not-eligible" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-old-auto|deathyear=1950}}", "{{PD-Somalia}}"]
    # South Sudan: a photo published in 1960, before its independence from Sudan (9 July 2011,
    # COM:South Sudan), may count in the US as a Sudanese work (Berne since 2000): a person
    # decides its US status (SS.yaml us_relations.review_before; review 28c finding 1).
    b = check(photographer="South Sudanese photographer", photographer_death_year="1980", anonymous="no",
              image_date="1960", published_date="1960", origin_country="SS", licence="PDM",
              depicted_type="none")
    assert "us-relations-open-not-eligible" in rules_of(b)
    assert b.verdict.value == "needs_review"


# Review 18 N2 (play/usi18.csv USI1): the atrium of a public building by Frank Gehry (2003),
# no artworks shown, was not_ok (fop-indoor-no-exception) on the law file's "interiors are not
# covered", which no stored Commons page says. 17 USC 120(a) (stored
# https://law.lawstack.com/node_references?cite=17+U.S.C.%3A%C2%A7+120) frees pictures of the
# architectural work "if the building in which the work is embodied is located in or ordinarily
# visible from a public place"; the work "includes ... the arrangement and composition of spaces"
# (17 USC 101); commentators differ on interiors (jurisdictions/US.yaml, building's review).
GEHRY = dict(photographer="John Smith", anonymous="no", image_date="2020", published_date="2020",
             origin_country="US", photo_kind="photographic_work", licence="CC BY 4.0", rights_holder="John Smith",
             depicted_country="US", depicted_type="interior", depicted_creator="Frank Gehry", depicted_date="2003",
             depicted_setting="indoor_public", depicted_permanent="yes")


@pytest.mark.parametrize("works_inside", ["no", "yes", ""])
def test_a_us_public_buildings_interior_is_an_open_question_not_a_refusal(check, works_inside):
    a = check(shows_works_inside=works_inside, **GEHRY)
    assert a.verdict.value == "needs_review"
    assert "fop-disputed" in rules_of(a) and "fop-indoor-no-exception" not in rules_of(a)
    [reason] = [r for r in a.reasons if r.rule == "fop-disputed"]
    assert "located in or ordinarily visible from a public place" in reason.text


def test_a_us_building_photographed_inside_asks_the_same(check):
    a = check(shows_works_inside="no", **dict(GEHRY, depicted_type="building"))
    assert a.verdict.value == "needs_review" and "fop-disputed" in rules_of(a)


def test_a_sculpture_inside_a_us_building_is_still_not_covered(check):
    # 120(a) frees architecture only (Template:FoP-US: "not other forms of 3D or 2D artwork such
    # as sculptures, paintings, or posters"): the Helen Keller statue in the Capitol Visitor Center
    # (tests/data/real_cases.csv RC-US-19) stays not_ok.
    a = check(**dict(GEHRY, depicted_type="sculpture", depicted_creator="Jeff Koons"))
    assert a.verdict.value == "not_ok" and "fop-indoor-no-exception" in rules_of(a)


def test_a_us_building_outdoors_is_still_covered(check):
    a = check(**dict(GEHRY, depicted_type="building", depicted_setting="outdoor_public"))
    assert a.verdict.value == "ok" and a.templates == ["{{Cc-by-4.0}}"]


US_PHOTO = {"origin_country": "US", "depicted_type": "landscape"}


def test_us_work_published_after_2002_life_term_expired_is_pd_us_unpublished(check):
    # 17 USC 303(a): a work made before 1978 and first published after 2002 has the term of
    # section 302 (life + 70) without the 2047 floor, which is for publication "on or before
    # December 31, 2002"; Template:PD-US-unpublished: "never published prior to January 1,
    # 2003" (review 23: Frances Benjamin Johnston, d. 1952, made 1900, first published 2010).
    a = check(photographer="Frances Benjamin Johnston", photographer_death_year="1952", image_date="1900",
              published_date="2010", **US_PHOTO)
    assert "us-work-published-after-2002-life-term-expired" in rules_of(a)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-US-unpublished}}"]


def test_us_work_published_in_2002_keeps_the_2047_floor(check):
    # 17 USC 303(a): published on or before 31 December 2002, not before the end of 2047.
    a = check(photographer="Frances Benjamin Johnston", photographer_death_year="1952", image_date="1900",
              published_date="2002", **US_PHOTO)
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2048


def test_us_work_published_after_2002_life_term_running_is_protected(check):
    # Carl Van Vechten (d. 1964), made 1940, first published 2015: life + 70 to 2034.
    a = check(photographer="Carl Van Vechten", photographer_death_year="1964", image_date="1940",
              published_date="2015", **US_PHOTO)
    assert "us-published-after-formalities-era" in rules_of(a)
    assert a.uploadable_from == 2035


def test_us_anonymous_work_published_after_2002_120_years_from_making(check):
    # 17 USC 302(c): 95 years from publication or 120 from creation, whichever expires
    # first; made 1890, first published 2005: 120 years ran out at the end of 2010.
    a = check(photographer="unknown", anonymous="yes", image_date="1890", published_date="2005", **US_PHOTO)
    assert "us-anonymous-work-published-after-2002-term-expired" in rules_of(a)
    assert a.templates == ["{{PD-US-unpublished}}"]
    made_1920 = check(photographer="unknown", anonymous="yes", image_date="1920", published_date="2005",
                      **US_PHOTO)
    assert "us-anonymous-published-after-formalities-era" in rules_of(made_1920)
    assert made_1920.uploadable_from == 2041


def test_us_work_published_after_2002_death_unknown_made_over_120_years_ago(check):
    # 17 USC 302(e); Template:PD-US-unpublished: "the death date of its author is not known,
    # and it was created before ..." (120 years).
    a = check(photographer="Anna Smith", image_date="1895", published_date="2008", **US_PHOTO)
    assert "us-work-published-after-2002-death-unknown-term-expired" in rules_of(a)
    assert a.templates == ["{{PD-US-unpublished}}"]
    assert any("after research" in r.text for r in a.reasons)


def test_foreign_work_first_published_after_2002_is_not_freed_by_the_us_rule(check):
    # The rule is for US works: a foreign one may carry the publisher's 25 years at home
    # (EU Term Directive art. 4), which the origin question does not read (review 23).
    a = check(photographer="unknown", anonymous="yes", image_date="1890", published_date="2005", **SE)
    assert "us-anonymous-work-published-after-2002-term-expired" not in rules_of(a)
    assert a.verdict.value != "ok"


# -- review 30b F1: a notice, and a publication either side of 1 January 1964 -----------------
@pytest.mark.parametrize("published", ["1960s", "1963/1964", "ca. 1962"])
def test_us_foreign_renewal_era_unknown(check, published):
    # Template:PD-1996: PD in the US if "first published ... before 1964 without copyright
    # renewal"; from 1964 a work with a notice was renewed by law and runs 95 years (17 USC
    # 304(b); Commons:Hirtle chart). With a notice, only the year (and before 1964 the renewal)
    # can say which: it was ok {{PD-1996}} on the assumption of no notice.
    a = check(photographer="Anna Svensson", image_date="1960", published_date=published,
              origin_country="SE", photo_kind="simple_photograph", depicted_type="landscape",
              copyright_notice="yes", copyright_renewed="no", as_of=date(2026, 12, 4))
    assert "us-foreign-renewal-era-unknown" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_us_foreign_notice_before_1964_not_renewed_is_still_pd_1996(check):
    a = check(photographer="Anna Svensson", image_date="1960", published_date="1962",
              origin_country="SE", photo_kind="simple_photograph", depicted_type="landscape",
              copyright_notice="yes", copyright_renewed="no", as_of=date(2026, 12, 4))
    assert a.templates == ["{{PD-Sweden-photo}}", "{{PD-1996}}"]


# -- review 30b F2: a US work published in 1989, the day not given, without a notice ----------
@pytest.mark.parametrize("published", ["1989", "1988/1990"])
def test_us_work_notice_era_unknown_without_notice(check, published):
    # Template:PD-US-1989: published 1978 - 1 March 1989 without a notice and not registered
    # within five years: PD; from 1 March 1989 protected without one (17 USC 401(a) as amended).
    a = check(photographer="John Smith", image_date="1985", published_date=published, origin_country="US",
              depicted_type="landscape", copyright_notice="no", as_of=date(2026, 12, 4))
    assert "us-work-notice-era-unknown-without-notice" in rules_of(a)
    assert a.verdict.value == "needs_review"
    with_notice = check(photographer="John Smith", image_date="1985", published_date=published,
                        origin_country="US", depicted_type="landscape", copyright_notice="yes",
                        as_of=date(2026, 12, 4))
    assert with_notice.verdict.value == "not_ok"


# -- review 30g F1: a notice and renewal, and a publication either side of 1931 ----------------
@pytest.mark.parametrize("published", ["1930s", "1925/1935"])
def test_us_foreign_notice_publication_span_open(check, published):
    # Commons:Hirtle chart: published before 1931, PD in the US; from 1931 with a notice and
    # renewed, 95 years from publication (17 USC 304(b)); Template:PD-1996 asks a publication
    # "without copyright notice or before 1964 without copyright renewal". It was ok {{PD-1996}}.
    a = check(photographer="John Smith", photographer_death_year="1920", image_date="1915",
              published_date=published, origin_country="GB", photo_kind="photographic_work",
              depicted_type="landscape", copyright_notice="yes", copyright_renewed="yes",
              as_of=date(2026, 12, 4))
    assert "us-foreign-notice-publication-span-open" in rules_of(a)
    assert a.verdict.value == "needs_review"
    # Not renewed, all of the span before 1964: it fell into the US public domain.
    b = check(photographer="John Smith", photographer_death_year="1920", image_date="1915",
              published_date=published, origin_country="GB", photo_kind="photographic_work",
              depicted_type="landscape", copyright_notice="yes", copyright_renewed="no",
              as_of=date(2026, 12, 4))
    assert b.templates == ["{{PD-old-auto-1996|deathyear=1920}}"]
