"""Canada, Jordan, Malawi, Guinea and small territories' law files checked against their
stored Commons pages and statutes (session 11, helper law11b): each test is the rule as
the page or statute gives it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of


def _photo(country: str, died: str, made: str, published: str, **more: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none", **more}


def _building(country: str, architect: str, died: str, built: str) -> dict[str, str]:
    return {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": country,
            "licence": "CC BY-SA 4.0", "depicted_country": country, "depicted_type": "building",
            "depicted_creator": architect, "depicted_creator_death_year": died,
            "depicted_date": built, "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


def test_jordan_photo_made_before_1975_takes_pd_jordan(check: Any) -> None:
    # Template:PD-Jordan (its text on the stored file page of King Hussein and Princess Muna,
    # 1964): 'This Jordanian photograph ... created on or before December 31, 1974, is
    # currently in the public domain in Jordan because Article 32 of Copyright Law No. 22 of
    # 1992 was amended by Law No. 29 of 1999 to provide for a 25-year term of protection for
    # photographs ... The copyright of all pre-1975 Jordanian photographs had expired in
    # Jordan on the U.S. date of restoration (July 28, 1999).' COM:Jordan lists {{PD-Jordan}}.
    a = check(**_photo("JO", "", "1964", "1964", photographer="Angelo Cozzi"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-Jordan}}", "{{PD-1996|country=JO}}"]  # Jordan's URAA date: Template:PD-1996/doc
    # A photo made in 1975 was still protected on 28 July 1999 (25 years from 1 January
    # 1975) and the 2003 law gave it life + 50 again: not this tag.
    b = check(**_photo("JO", "2010", "1975", "1975"))
    assert b.verdict is Verdict.NOT_OK
    assert "{{PD-Jordan}}" not in b.templates


def test_jordan_has_no_freedom_of_panorama(check: Any) -> None:
    # COM:Jordan infobox (stored copy of the page's French translation): 'Liberté de
    # panorama | Non'. The Jordan Museum, Amman (Jafar Tukan, d. 2014; built 2014).
    a = check(**_building("JO", "Jafar Tukan", "2014", "2014"))
    assert a.verdict is Verdict.NOT_OK
    assert "fop-outdoor-no-exception" in rules_of(a)
    assert a.uploadable_from == 2065  # life + 50 (Law 22/1992 Art. 30)


def test_malawi_photo_over_120_years_old_without_death_year_is_presumed_pd(check: Any) -> None:
    # Template:PD-old-assumed: 'in the country of origin copyright lasts 70 years after the
    # death of the author, and the date of the author's death is unknown. However, the date
    # of creation of the work was over 120 years ago'. COM:Malawi (copy
    # http://bluefrogfoundry.com/malawi.html): photographs are artistic works under the 2016
    # Act, life + 50, retroactively; the 1989 Act's 25 years from publication ran out long
    # ago for such a photo. A photo of 1890 by a photographer whose death year is unknown.
    a = check(**_photo("MW", "", "1890", "1890"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-assumed}}", "{{PD-US-expired}}"]
    assert "photo-photograph-presumed-old-assumed" in rules_of(a)
    # Made 119 years before the as-of year: not yet (the template's 120 years).
    b = check(**_photo("MW", "", "1907", "1907"))
    assert b.verdict is Verdict.NEEDS_REVIEW
    assert "photo-photograph-term-undecided" in rules_of(b)


def test_presumption_does_not_serve_a_photograph_term_counted_from_publication(check: Any) -> None:
    # Template:PD-old-assumed speaks of a term after the author's death; Vietnam's
    # photographs have 75 years from publication (COM:Vietnam), which a missing death year
    # does not leave open: an unpublished photo of 1890 is not presumed PD there.
    a = check(**_photo("VN", "", "1890", ""))
    assert "photo-photograph-presumed-old-assumed" not in rules_of(a)
    assert a.verdict is not Verdict.OK


def test_guinea_1980_act_life_plus_80_decides_the_uraa_date_for_depicted_works(check: Any) -> None:
    # COM:Guinea, older version quoting the 1980 Act (stored copy
    # http://progressiveeconomy.org/guinea.html): 'Art. 42' life + 80; the current page (copy
    # http://cannybill.com/guinea.html): life + 70 under the 2019 law, URAA date 1 January 1996.
    # A sculpture by an artist who died 1920, put up 1935: PD in Guinea today (life + 70), but
    # on 1 January 1996 still protected under the 1980 Act (to the end of 2000), so the URAA
    # may have restored its US copyright (95 years from 1935): never ok on today's term alone.
    row = {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": "GN",
           "licence": "CC BY-SA 4.0", "depicted_country": "GN", "depicted_type": "sculpture",
           "depicted_creator": "A sculptor", "depicted_creator_death_year": "1920",
           "depicted_date": "1935", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = check(**row)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-creator-life-term-expired" in rules_of(a)  # today's term has run out
    # An artist who died 1910 was PD in Guinea on the URAA date under either act.
    assert check(**{**row, "depicted_creator_death_year": "1910"}).verdict is Verdict.OK
    # Put up before 1931: PD in the US whatever the URAA did.
    assert check(**{**row, "depicted_date": "1915"}).verdict is Verdict.OK


def test_saint_vincent_protects_works_for_75_years_after_death(check: Any) -> None:
    # COM:Saint Vincent and the Grenadines (stored Hungarian copy): 'Szerző élete + 75 év';
    # Searchlight, 9 September 2005: 'Our laws provide copyright protection for seventy-five
    # years after the death of the author' (Copyright Act No. 21 of 2003). A photographer
    # who died 1960: life + 50 would have freed the photo in 2011; life + 75 runs to 2035.
    a = check(**_photo("VC", "1960", "1940", "1940"))
    assert a.verdict is Verdict.NOT_OK
    home = next(r.text for r in a.reasons if r.rule == "photo-author-life-term-running")
    assert "75 years after the author's death, until the end of 2035" in home


def test_tuvalu_joined_berne_in_2017_so_its_works_can_be_restored(check: Any) -> None:
    # COM:Tuvalu (stored German copy): 'Tuvalu has been a member of the Berne Convention
    # since 2 June 2017': its URAA restoration date (17 USC 104A(h)(2)(B)), not none. A
    # recent Tuvaluan photo is protected in the US, never free for want of relations.
    a = check(**_photo("TV", "2010", "1990", "1990"))
    assert a.verdict is not Verdict.OK
    assert "us-foreign-no-relations" not in rules_of(a)


def test_antigua_life_plus_50_decides_today(check: Any) -> None:
    # COM:Antigua and Barbuda quotes the Copyright Act 2003 s. 10(1): 'copyright in any
    # literary, dramatic, musical or artistic work expires at the end of the period of fifty
    # years from the end of the calendar year in which the author dies'. A photographer who
    # died 1930, photo published 1925: PD at home and in the US (published over 95 years ago).
    a = check(**_photo("AG", "1930", "1925", "1925"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1930}}"]


def test_canadian_photo_of_1949_to_1961_is_restored_in_the_us_whoever_owned_it(check: Any) -> None:
    # Template:PD-Canada: 'it was a photograph created after 1948 — and the copyright was
    # owned by a corporation, created after 1948—but before 1962' is PD in Canada, with 'N/A'
    # in its URAA column: 50 years from the making (former s. 10(1)) still ran on 1 January
    # 1996, so the URAA restored it (17 USC 104A). A photo of 1955 published 1955 is not
    # uploadable whether a firm or a photographer who died 1960 made it (US: to 2050).
    firm = check(**_photo("CA", "", "1955", "1955", photographer="Notman & Son Ltd"))
    person = check(**_photo("CA", "1960", "1955", "1955"))
    for a in (firm, person):
        assert a.verdict is Verdict.NOT_OK
        assert "us-foreign-restored-by-uraa" in rules_of(a)
    assert person.uploadable_from == 2051
    # Made before 1946: PD in Canada on the URAA date too ({{PD-Canada}}, {{PD-1996}}).
    old = check(**_photo("CA", "1950", "1945", "1945"))
    assert old.verdict is Verdict.OK
    assert old.templates == ["{{PD-Canada}}", "{{PD-1996}}"]
