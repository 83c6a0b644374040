"""Law files and tag rules checked against their stored Commons pages and statutes (session
15, helper law15): Romania's anonymous photographs, Brazil's non-artistic photographs. Each
test is the rule as the page or statute gives it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.test_rules_law13 import _rules


def _anonymous_photo(country: str, year: str, kind: str = "simple_photograph") -> dict[str, str]:
    return {"photographer": "unknown", "anonymous": "yes", "image_date": year, "published_date": year,
            "origin_country": country, "photo_kind": kind, "licence": "PDM", "depicted_type": "none"}


# -- Romania -------------------------------------------------------------------------------


def test_an_anonymous_romanian_photo_of_1914_is_pd_on_the_anonymous_works_term(check: Any) -> None:
    # Legea nr. 8/1996 art. 27: an anonymous work, 70 years from its lawful publication; a
    # simple photograph is protected no longer than a photographic work. Commons tags such a
    # photo {{PD-EU-no author disclosure}} ("published more than 70 years ago without a
    # public claim of authorship"), beside PD-RO-photo's text on Decree 321/1956 (stored
    # file page https://arz.m.wikipedia.org/wiki/%D9%85%D9%84%D9%81:Helene_Bacaloglu_1914.jpg).
    # The product asked the death-counted simple-photograph term first, which cannot run
    # without a photographer, and sent the row to review.
    for kind in ("simple_photograph", ""):
        a = check(**_anonymous_photo("RO", "1914", kind))
        assert a.verdict is Verdict.OK, kind
        assert a.templates == ["{{PD-EU-no author disclosure}}", "{{PD-US-expired}}"], kind
        assert "photo-anonymous-expired" in _rules(a), kind
        assert "photo-simple-photograph-undecided" not in _rules(a), kind


def test_an_anonymous_romanian_photo_published_after_1930_keeps_the_decree_question(check: Any) -> None:
    # Its US side reads its status at home on 1 January 1996, under Decree 321/1956 (Law
    # 8/1996 came into force in June 1996): non-artistic photographs unprotected, artistic
    # ones 5 or 10 years from issue (Template:PD-RO-photo). The 1996 law's anonymous term
    # does not answer that, so the simple-photograph term's own question stays.
    a = check(**_anonymous_photo("RO", "1940"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "photo-simple-photograph-undecided" in _rules(a)


def test_a_named_romanian_photographer_without_a_death_year_is_not_taken_for_anonymous(check: Any) -> None:
    # Berne Convention art. 7(3): the anonymous term applies only while the author's identity
    # is not disclosed.
    a = check(**{**_anonymous_photo("RO", "1914"), "photographer": "Franz Mandy", "anonymous": "no"})
    assert "photo-anonymous-expired" not in _rules(a)
    assert a.verdict is not Verdict.OK


# -- Brazil --------------------------------------------------------------------------------


def test_a_non_artistic_brazilian_photo_gets_pd_brazil_photo_alone_which_states_the_us_side(check: Any) -> None:
    # Template:PD-Brazil-Photo, parameter 1 "US PD text": "May be set to 1996 to make the
    # template display {{PD-1996-text}} or 1923 for {{PD-US-expired-text}}", default 1996
    # (stored http://zigong.liveontenlegs.com/template_pd-brazil-photo.html): {{PD-1996}}
    # beside it repeated the same three requirements (rules/tags.yaml, combine).
    a = check(photographer="unknown", image_date="1960", published_date="1960", origin_country="BR",
              photo_kind="simple_photograph", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-Brazil-Photo}}"]
    assert "us-foreign-not-restored-by-uraa" in _rules(a)


def test_pd_brazil_photo_beside_pd_us_expired_is_written_with_1923_so_its_own_text_states_that_us_side(
        check: Any) -> None:
    # Template:PD-Brazil-Photo, parameter 1 "US PD text": "May be set to 1996 to make the template display
    # {{PD-1996-text}} or 1923 for {{PD-US-expired-text}}", default 1996 (stored
    # http://zigong.liveontenlegs.com/template_pd-brazil-photo.html). A photo published 1920 is PD in the US as
    # published over 95 years ago: the template with 1=1923 says that once; it was written bare beside
    # {{PD-US-expired}}, showing the PD-1996 text as well (review 16 M2, play/t16.csv BR-1920-simple_photograph-x).
    a = check(photographer="João Silva", image_date="1920", published_date="1920", origin_country="BR",
              photo_kind="simple_photograph", depicted_type="none")
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-Brazil-Photo|1=1923}}"]
    b = check(photographer="João Silva", image_date="1960", published_date="1960", origin_country="BR",
              photo_kind="simple_photograph", depicted_type="none")
    assert b.templates == ["{{PD-Brazil-Photo}}"]  # the PD-1996 side: the default text


def test_a_brazilian_photographic_work_counts_70_years_from_1_january_after_publication(check: Any) -> None:
    # Lei 9.610/1998 art. 44: photographic works, 70 years from 1 January of the year after
    # their disclosure (COM:Brazil). Published 1955: protected to the end of 2025, PD from
    # 2026 at home; the URAA restored it in the US (still protected at home in 1996: Lei
    # 5.988/1973 art. 45, 60 years from completion), 95 years from publication.
    a = check(photographer="A photographer", photographer_death_year="2000", image_date="1955",
              published_date="1955", origin_country="BR", photo_kind="photographic_work", licence="PDM",
              depicted_type="none")
    assert "photo-photograph-term-expired" in _rules(a)
    assert "PD there since 2026" in " ".join(r.text for r in a.reasons)
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2051


# -- A depicted work whose author cannot be traced ------------------------------------------


def _statue(made: str, creator: str = "okänd", anonymous: str = "") -> dict[str, str]:
    return {"photographer": "Wikimedia volunteer", "image_date": "2020", "origin_country": "SE",
            "licence": "CC BY-SA 4.0", "depicted_country": "FR", "depicted_type": "sculpture",
            "depicted_creator": creator, "depicted_date": made, "depicted_setting": "outdoor_public",
            "depicted_permanent": "yes", "depicted_anonymous": anonymous}


def test_a_statue_by_a_sculptor_who_cannot_be_traced_runs_the_anonymous_works_term(check: Any) -> None:
    # Berne Convention art. 7(3) and Directive 2006/116/EC art. 1(3): an anonymous work is
    # protected 70 years from its lawful making available (France: CPI art. L123-3); a
    # statue is made available when it is put up. Put up in 1920: PD in France since 1991,
    # and its US term from 1920 ran out at the end of 1995, so the photo's own licence
    # carries the page. Put up in 1990: protected to the end of 2060, and France's freedom
    # of panorama excludes commercial use.
    for creator in ("okänd", "unknown", "anonymous", ""):
        a = check(**_statue("1920", creator, "yes"))
        assert a.verdict is Verdict.OK, creator
        assert "depicted-anonymous-work-declared-expired" in _rules(a), creator
    a = check(**_statue("1990", "", "yes"))
    assert a.verdict is Verdict.NOT_OK
    assert "depicted-anonymous-work-declared-running" in _rules(a)
    assert "until the end of 2060" in " ".join(r.text for r in a.reasons)


def test_a_catalogue_saying_unknown_is_not_a_sculptor_who_cannot_be_traced(check: Any) -> None:
    # "Okänd" in a catalogue says no one is named, not that the author cannot be traced: a
    # traced sculptor who lived long after 1920 would still be protected (life + 70). The
    # row asks depicted_anonymous (or the sculptor and death year); 'no' keeps the question.
    for anonymous in ("", "no"):
        a = check(**_statue("1920", "okänd", anonymous))
        assert a.verdict is Verdict.NEEDS_REVIEW, anonymous
        assert "depicted-author-not-identified" in _rules(a), anonymous
    # An old statue is PD whoever made it (Template:PD-old-assumed, over 120 years), and a
    # recent one protected whoever made it: neither needs the column.
    assert check(**_statue("1850")).verdict is Verdict.OK
    assert check(**_statue("1990")).verdict is Verdict.NOT_OK


def test_a_named_sculptor_is_not_made_anonymous_by_the_column(check: Any) -> None:
    # The anonymous term applies only while the author's identity is not disclosed (Berne
    # Convention art. 7(3)): a named sculptor's own term decides, and without a death year
    # the row asks for it.
    a = check(**_statue("1920", "Jean Dupont", "yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-anonymous-work-declared-expired" not in _rules(a)


def test_an_anonymous_statue_still_protected_at_home_on_the_uraa_date_was_restored(check: Any) -> None:
    # Put up in 1950 by a sculptor who cannot be traced: PD in France since 2021 (70 years),
    # but still protected there on 1 January 1996, so the URAA restored its US copyright for
    # 95 years from 1950, to the end of 2045 (17 USC 104A; Commons:URAA-restored copyrights).
    a = check(**_statue("1950", "", "yes"))
    assert "depicted-anonymous-work-declared-expired" in _rules(a)
    assert "depicted-us-restored-by-uraa" in _rules(a)
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2046


def test_an_anonymous_statue_not_put_up_outdoors_is_not_taken_as_published_for_the_us(check: Any) -> None:
    # Review 17 G5: a work never published is protected in the US whatever its author's
    # nationality (17 USC 104(a)), an anonymous one 120 years from its making (17 USC 302(c),
    # 303(a)); its putting-up is taken as publication only outdoors in a public place
    # (Compendium of Copyright Office Practices (1973) §3.1.3 II(b): no general publication
    # where the exhibition is not open to the public or copying is restricted). Made 1920
    # inside a church, on private ground or where the row does not say: PD in France since
    # 1991, but never published protected in the US to the end of 2040, so a person checks
    # whether and when it was published (it was ok on "not restored by the URAA").
    for setting in ("indoor_public", "private", ""):
        a = check(**{**_statue("1920", "", "yes"), "depicted_setting": setting})
        assert a.verdict is Verdict.NEEDS_REVIEW, setting
        assert "depicted-us-publication-decides-anonymous" in _rules(a), setting
        assert "depicted-us-not-restored-by-uraa" not in _rules(a), setting
    # Made 1900: 120 years from its making ran out at the end of 2020, published or not.
    a = check(**{**_statue("1900", "", "yes"), "depicted_setting": "indoor_public"})
    assert "depicted-us-publication-decides-anonymous" not in _rules(a)
    assert "depicted-us-expired-published-or-not" in _rules(a) and a.verdict is Verdict.OK


def test_an_anonymous_statue_restored_by_the_uraa_but_not_put_up_outdoors_is_not_said_put_up(check: Any) -> None:
    # Review 17 G5 (AN8): made 1935 in a museum by a sculptor who cannot be traced, still
    # protected in France on 1 January 1996: restored in the US if it was published, 95 years
    # from then (17 USC 104A); never published, 120 years from its making (17 USC 302(c),
    # 303(a)), later still. Protected either way; the reason must not say it was put up.
    a = check(**{**_statue("1935", "", "yes"), "depicted_setting": "indoor_public"})
    assert a.verdict is Verdict.NOT_OK
    reason = next(r for r in a.reasons if r.rule == "depicted-us-restored-anonymous-not-put-up")
    assert "put up" not in reason.text.split("not recorded as standing")[0]
    assert "120 years from its making" in reason.text
