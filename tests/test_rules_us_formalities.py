"""The 1909 Act's formalities, as an archivist's research states them (copyright_notice,
copyright_renewed, copyright_registered; depicted_copyright_notice, depicted_copyright_renewed):
rules/us.yaml and rules/depicted.yaml, jurisdictions/US.yaml `formalities`.

Commons:Copyright rules by territory/United States (stored copy
https://download.osmand.net/wiki/Commons:TOO_US): "During 1929-63: without notice, or with
notice but not renewed within 28 years of first publication; During 1964-77: without notice;
From 1978 to March 1, 1989: without notice and without registration within 5 years of first
publication: Work has entered US public domain"; "During 1929-63: with notice and renewed;
During 1964-77: with notice: Copyrighted for 95 years after first publication".
Template:PD-US/doc (https://dokumen123.com/en/Template:PD-US/doc) names {{PD-US-no notice}}
and {{PD-US-not renewed}} for them."""

from datetime import date

from tests.conftest import rules_of

# A US press photo published 1950 by a photographer who died 1990: life + 70 is no US term
# for it; the formalities decide (today, with the cells empty, a person checks them).
US_1950 = dict(photographer="P", photographer_death_year="1990", image_date="1950", published_date="1950",
               origin_country="US", depicted_type="landscape")
FREE_PHOTO = dict(photographer="Wikimedia volunteer", anonymous="no", image_date="2019", origin_country="US",
                  licence="CC BY-SA 4.0")


def test_empty_formality_cells_leave_the_question_to_a_person(check):
    # Empty = unknown: the row is what it was before the columns existed.
    a = check(**US_1950)
    assert a.verdict.value == "needs_review"
    assert "us-work-formalities-unknown" in rules_of(a)
    assert check(**US_1950, copyright_notice="", copyright_renewed="unknown").summary == a.summary


def test_us_work_published_1931_1977_without_notice_is_pd_us_no_notice(check):
    # 1909 Act: a published work without a notice had no copyright ("During 1929-63: without
    # notice ... During 1964-77: without notice ... Work has entered US public domain").
    a = check(**US_1950, copyright_notice="no")
    assert "us-work-published-without-notice" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-US-no notice}}"])
    # 1964-1977 the same; words of other languages are read as yes/no cells are.
    b = check(**{**US_1950, "image_date": "1970", "published_date": "1970"}, copyright_notice="nej")
    assert (b.verdict.value, b.templates) == ("ok", ["{{PD-US-no notice}}"])


def test_us_work_published_1931_1963_not_renewed_is_pd_us_not_renewed(check):
    # Template:PD-US-not renewed: "published in the United States between 1930 and 1963, and
    # although there may or may not have been a copyright notice, the copyright was not renewed".
    a = check(**US_1950, copyright_renewed="no")
    assert "us-work-not-renewed" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-US-not renewed}}"])
    assert check(**US_1950, copyright_notice="yes", copyright_renewed="no").templates == ["{{PD-US-not renewed}}"]


def test_renewal_says_nothing_of_a_work_published_from_1964(check):
    # Copyright Renewal Act 1992: "automatically renews first term copyrights secured between
    # January 1, 1964, and December 31, 1977" (US Copyright Office).
    a = check(**{**US_1950, "image_date": "1970", "published_date": "1970"}, copyright_renewed="no")
    assert a.verdict.value == "needs_review"
    assert "us-work-not-renewed" not in rules_of(a)


def test_a_first_term_still_running_cannot_have_lapsed_unrenewed(check):
    # 17 USC 304(a): the renewal fell in the 28th year. As of 1975, a work published 1950 was
    # still in its first term: "not renewed" frees nothing yet.
    a = check(as_of=date(1975, 6, 1), **US_1950, copyright_renewed="no")
    assert "us-work-not-renewed" not in rules_of(a)
    assert a.verdict.value != "ok"


def test_us_work_with_notice_and_renewed_is_protected_95_years(check):
    # "During 1929-63: with notice and renewed ... Copyrighted for 95 years after first
    # publication": published 1950, protected to the end of 2045.
    a = check(**US_1950, copyright_notice="yes", copyright_renewed="yes")
    assert "us-work-published-with-notice-renewed" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2046)
    # "During 1964-77: with notice": renewed by law, whatever the renewal cell says.
    b = check(**{**US_1950, "image_date": "1970", "published_date": "1970"}, copyright_notice="yes")
    assert (b.verdict.value, b.uploadable_from) == ("not_ok", 2066)


def test_us_work_with_notice_renewal_unknown_names_the_renewal(check):
    # With a notice, the renewal records decide: the reason names copyright_renewed.
    a = check(**US_1950, copyright_notice="yes")
    assert "us-work-renewal-unknown" in rules_of(a)
    assert a.verdict.value == "needs_review"
    assert "copyright_renewed" in a.summary


def test_no_notice_but_renewed_contradicts_itself(check):
    # A renewal is of a copyright secured with a notice: the two cells cannot both be right.
    a = check(**US_1950, copyright_notice="no", copyright_renewed="yes")
    assert "us-work-notice-and-renewal-contradict" in rules_of(a)
    assert a.verdict.value == "needs_review"


def test_us_work_1978_1989_without_notice_and_not_registered_is_pd(check):
    # 17 USC 405(a); "From 1978 to March 1, 1989: without notice and without registration
    # within 5 years of first publication: Work has entered US public domain". Afghan Girl's
    # situation (published 1985), had it carried no notice and gone unregistered.
    row = dict(photographer="P", image_date="1984", published_date="1985-06", origin_country="US",
               depicted_type="none")
    a = check(**row, copyright_notice="no", copyright_registered="no")
    assert "us-work-1978-1989-without-notice-not-registered" in rules_of(a)
    # Its own tag, not PD-US-no notice (1931-1977): Template:PD-US/doc, "Works published in
    # the U.S. between 1978 and March 1, 1989, without a copyright notice, and where the
    # copyright was not later registered. See {{PD-US-1989}}".
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-US-1989}}"])
    # Registration unknown: the omission may have been cured; a person checks the
    # registration (not the notice the row already gives: review 11 B1b).
    b = check(**row, copyright_notice="no")
    assert b.verdict.value == "needs_review"
    assert "us-work-1978-1989-without-notice-registration-unknown" in rules_of(b)
    # With a notice: the life term (the photographer alive, or died less than 70 years ago).
    c = check(**row, photographer_death_year="2000", copyright_notice="yes")
    assert (c.verdict.value, c.uploadable_from) == ("not_ok", 2071)


def test_foreign_work_1978_1989_without_notice_pd_at_home_on_uraa_date_is_pd_1996(check):
    # Template:PD-1996: "first published before 1 March 1989 without copyright notice ... in
    # the public domain in its home country on the URAA date". A Swedish simple photo of 1940
    # (PD at home by 1996) published 1980 without a notice.
    row = dict(photographer="P", photographer_death_year="1990", image_date="1940", published_date="1980",
               origin_country="SE", photo_kind="simple_photograph", depicted_type="landscape")
    a = check(**row, copyright_notice="no")
    assert "us-foreign-1978-1989-without-notice" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-Sweden-photo}}", "{{PD-1996}}"])


def test_foreign_work_restored_by_the_uraa_whatever_its_notice(check):
    # 17 USC 104A: restoration asks for no formality. A Swedish photographic work of 1940
    # (photographer d. 1950, protected in Sweden on 1 January 1996), published without a
    # notice: restored, 95 years from publication (to the end of 2035).
    row = dict(photographer="P", photographer_death_year="1950", image_date="1940", published_date="1940",
               origin_country="SE", photo_kind="photographic_work", depicted_type="landscape")
    a = check(**row, copyright_notice="no", copyright_renewed="no")
    assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2036)


# The Chicago Picasso (Pablo Picasso, d. 1973; put up 1967): published without a copyright
# notice, it is PD (Letter Edged in Black Press v. Public Building Commission, N.D. Ill. 1970:
# "the sculpture entered the public domain due to publication without the required copyright
# notice", https://www.studicata.com/case-briefs/case/letter-edged-in-black-pr-v-public-bldg-com-n).
PICASSO = dict(depicted_country="US", depicted_type="sculpture", depicted_creator="Pablo Picasso",
               depicted_creator_death_year="1973", depicted_date="1967", depicted_setting="outdoor_public",
               depicted_permanent="yes", **FREE_PHOTO)


def test_us_statue_put_up_without_notice_is_pd_us_no_notice(check):
    # Commons:Public art and copyrights in the US: "statues and art installed in a place open
    # to the general public prior to 1978 are likely in the public domain if they do not
    # comply with copyright formalities".
    a = check(**PICASSO, depicted_copyright_notice="no")
    assert "depicted-us-work-put-up-without-notice" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{Cc-by-sa-4.0}}", "{{PD-US-no notice}}"])
    # The photo's own notice cell is the photo's, not the statue's.
    assert check(**PICASSO, copyright_notice="no").verdict.value == "needs_review"
    # Not put up in public: its making is no publication, and a person still decides.
    inside = check(**{**PICASSO, "depicted_setting": "indoor_public"}, depicted_copyright_notice="no")
    assert "depicted-us-work-put-up-without-notice" not in rules_of(inside)
    assert inside.verdict.value != "ok"


def test_us_statue_put_up_1931_1963_not_renewed_is_pd_us_not_renewed(check):
    # A sculpture put up in 1941 (Gutzon Borglum, d. 1941), its copyright not renewed.
    row = {**PICASSO, "depicted_creator": "Gutzon Borglum", "depicted_creator_death_year": "1941",
           "depicted_date": "1941"}
    a = check(**row, depicted_copyright_renewed="no")
    assert "depicted-us-work-not-renewed" in rules_of(a)
    assert (a.verdict.value, a.templates) == ("ok", ["{{Cc-by-sa-4.0}}", "{{PD-US-not renewed}}"])


def test_us_statue_put_up_with_notice_and_renewed_is_protected_95_years(check):
    # 95 years from its putting-up (its publication): 1941 + 95, uploadable from 2037; the
    # Chicago Picasso with a notice (1964-1977, renewed by law): from 2063.
    row = {**PICASSO, "depicted_creator": "Gutzon Borglum", "depicted_creator_death_year": "1941",
           "depicted_date": "1941"}
    a = check(**row, depicted_copyright_notice="yes", depicted_copyright_renewed="yes")
    assert "depicted-us-work-put-up-with-notice" in rules_of(a)
    assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2037)
    b = check(**PICASSO, depicted_copyright_notice="yes")
    assert (b.verdict.value, b.uploadable_from) == ("not_ok", 2063)


def test_us_statue_put_up_1978_1989_without_notice_was_not_published_by_its_display(check):
    # From 1978 "a public performance or display of a work does not of itself constitute
    # publication" (17 USC 101), and the Copyright Office applied it to exactly this case:
    # "Where a pictorial, graphic, or sculptural work was created in 1978 and placed on public
    # display without any restrictions against copying, it is considered unpublished under the
    # current Act" (Compendium of Copyright Office Practices II (1984) 908.03, stored copy
    # https://summer-heart-0930.chufeiyun1688.workers.dev/https/en.wikisource.org/wiki/Page:Compendium_of_US_Copyright_Office_Practices,_II_(1984).pdf/222).
    # Commons:Public art and copyrights in the US: works installed "in 1978 or after are more
    # likely to be covered by copyright law due to the changed definition of 'publication'".
    # So no notice frees it, unlike a statue put up before 1978: its life term decides
    # (17 USC 302(a)), whatever depicted_copyright_notice says.
    row = {**PICASSO, "depicted_creator": "A sculptor", "depicted_creator_death_year": "1995",
           "depicted_date": "1982"}
    for notice in ("no", "", "yes"):
        a = check(**row, depicted_copyright_notice=notice)
        assert "depicted-us-work-put-up-without-notice" not in rules_of(a), notice
        assert "{{PD-US-no notice}}" not in a.templates, notice
        assert (a.verdict.value, a.uploadable_from) == ("not_ok", 2066), notice
        assert "depicted-creator-life-term-running" in rules_of(a), notice
    # Up to 28 February 1989 too (the last day a notice was required), and its author's
    # death 70 years ago frees it as any work's.
    late = check(**{**row, "depicted_date": "1989-02"}, depicted_copyright_notice="no")
    assert (late.verdict.value, late.uploadable_from) == ("not_ok", 2066)
    old = check(**{**row, "depicted_creator_death_year": "1955", "depicted_date": "1950/1955"},
                depicted_copyright_notice="no")
    assert old.verdict.value == "ok" and "{{PD-US-no notice}}" in old.templates


def test_an_unreadable_formality_cell_is_never_read_as_no(check):
    # Never an ok on a guess (Commons:Licensing): "perhaps" is no answer; the cell is an
    # error and the row waits for it, as for any unreadable cell a rule reads.
    a = check(**US_1950, copyright_notice="perhaps")
    assert a.verdict.value == "needs_review"
    assert [e.column for e in a.errors] == ["copyright_notice"]
