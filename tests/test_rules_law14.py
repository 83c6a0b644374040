"""Law files checked against their stored Commons pages and statutes (session 14, helper
law14): the territories with no URAA date, ... Each test is the rule as the page or statute
gives it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.test_rules_law13 import _photo, _rules  # the same photo row and rule list, written once


def _texts(a: Any) -> str:
    return " ".join(r.text for r in a.reasons)


# -- Territories with no URAA date ---------------------------------------------------------


def test_a_kosovo_photo_asks_for_its_us_relations_not_its_status_on_an_unknown_date(check: Any) -> None:
    # 17 USC 104A(h)(3): the URAA restores only works of an eligible country (a Berne, WTO
    # or WCT party), which Kosovo is not (COM:Kosovo lists no treaty), so no URAA date
    # applies; but a work made before Kosovo declared independence on 17 February 2008
    # (COM:Kosovo) may count in the US as a Serbian or Yugoslav one. The reason asked the
    # status 'in Kosovo on unknown'; it now asks the file's own question on its relations.
    a = check(**_photo("XK", "1940", "1930", "1935"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "us-relations-open-not-eligible" in _rules(a)
    assert "us-foreign-uraa-status-open" not in _rules(a)
    assert "on unknown" not in _texts(a) and "17 February 2008" in _texts(a)


def test_a_kosovo_statue_asks_for_its_us_relations_not_for_cells_the_row_has(check: Any) -> None:
    # As above for the depicted work: its question was 'the depicted work's status in its
    # country on the URAA date (depicted_creator_death_year, depicted_date)', both given.
    a = check(photographer="Wikimedia volunteer", image_date="2019", licence="CC BY-SA 4.0", origin_country="SE",
              depicted_country="XK", depicted_type="sculpture", depicted_creator="A sculptor",
              depicted_creator_death_year="1985", depicted_date="1975", depicted_setting="outdoor_public",
              depicted_permanent="yes")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-us-relations-open" in _rules(a)
    assert "depicted-us-undecided" not in _rules(a)


def test_marshall_islands_and_palau_have_no_us_copyright_relations(check: Any) -> None:
    # Circular 38a as Commons' country tags quote it (stored file pages, e.g.
    # en.wikipedia File:INSA_Headquarters.jpg): 'Eritrea, Ethiopia, Iran, Iraq, Marshall
    # Islands, Palau, Somalia, Somaliland, and South Sudan' have no copyright relations with
    # the US, so a work published there by a national is not protected in the US (17 USC
    # 104(b)); the Compact of Free Association does not make them US territory. Their files
    # left that to a person.
    for country in ("MH", "PW"):
        a = check(**_photo(country, "1940", "1930", "1935"))
        assert "us-no-relations-not-eligible" in _rules(a), country
        assert "on unknown" not in _texts(a), country
    # Palau's life + 50 has run out (d. 1940), but no Commons tag states the US side for
    # Palau: {{PD-old-auto}} alone is not written (it needs a US tag beside it).
    assert check(**_photo("PW", "1940", "1930", "1935")).verdict is Verdict.NEEDS_REVIEW


# -- A foreign statue put up with a US notice ----------------------------------------------

FRENCH_STATUE = {"photographer": "Wikimedia volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
                 "origin_country": "FR", "depicted_country": "FR", "depicted_type": "sculpture",
                 "depicted_creator": "A sculptor", "depicted_setting": "outdoor_public", "depicted_permanent": "yes",
                 "depicted_copyright_notice": "yes", "depicted_copyright_renewed": "no"}


def test_a_french_statue_whose_status_on_the_uraa_date_is_open_asks_the_fact_that_opens_it(check: Any) -> None:
    # 17 USC 104A(h)(6): a foreign work PD at home on 1 January 1996 was not restored, and
    # one put up in 1950 with a US notice not renewed was PD in the US since 1979 (Wikidata:
    # Hirtle chart, 1929-1963, notice, not renewed); protected at home that day, it was
    # restored, 95 years from 1950. A sculptor who died in 1920 may have been 'mort pour la
    # France' (CPI L123-10: 30 more years, jurisdictions/FR.yaml): that record decides. The
    # row went to review asking for depicted_creator_death_year and depicted_date, which it has.
    a = check(**FRENCH_STATUE, depicted_creator_death_year="1920", depicted_date="1950")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "depicted-us-uraa-status-open" in _rules(a)
    assert "mort pour la France" in _texts(a)
    assert "(depicted_creator_death_year, depicted_date)" not in _texts(a)


def test_a_french_statue_pd_at_home_in_1996_with_a_us_notice_not_renewed_is_pd_in_the_us(check: Any) -> None:
    # Put up 1935 with a US notice, not renewed in 1963: PD in the US from 1964 (Wikidata:
    # Hirtle chart); its sculptor died 1925, PD in France since 1996, so the URAA restored
    # nothing. Ok as before, but the reason said "this assumes it was not published in the
    # US with a copyright notice", which the row's notice contradicts.
    a = check(**FRENCH_STATUE, depicted_creator_death_year="1925", depicted_date="1935")
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto-1996|deathyear=1925}}"]
    assert "depicted-us-foreign-put-up-with-notice-not-renewed" in _rules(a)
    assert "assumes it was not published" not in _texts(a)


def test_a_french_statue_protected_at_home_in_1996_was_restored_though_not_renewed(check: Any) -> None:
    # The sculptor died 1950: protected in France on 1 January 1996 (life + 70), so the URAA
    # restored the lapsed US copyright (104A(h)(6)(C)(i): noncompliance with renewal), 95 years
    # from 1950: not PD in the US before 2046, whatever the 1909 Act's renewal rule did.
    a = check(**FRENCH_STATUE, depicted_creator_death_year="1950", depicted_date="1950")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2046
    assert "depicted-us-restored-by-uraa" in _rules(a)


# -- Licence names ---------------------------------------------------------------------------


def test_the_cc_2_0_licences_ported_to_england_and_wales_are_read_by_their_deed_names(check: Any) -> None:
    # Creative Commons' deed names the 2.0 port 'Attribution-ShareAlike 2.0 UK: England & Wales
    # (CC BY-SA 2.0 UK)', its legal code 'Creative Commons Attribution - Share-Alike 2.0
    # England and Wales' (creativecommons.org/licenses/by-sa/2.0/uk/); Commons' template is
    # {{Cc-by-sa-2.0-uk}}, as for 'CC BY-SA 2.0 UK'. They went to a person, not recognised.
    for licence, template in (
            ("CC BY 2.0 UK: England & Wales", "{{Cc-by-2.0-uk}}"),
            ("CC BY-SA 2.0 UK: England & Wales", "{{Cc-by-sa-2.0-uk}}"),
            ("Attribution-ShareAlike 2.0 UK: England & Wales (CC BY-SA 2.0 UK)", "{{Cc-by-sa-2.0-uk}}"),
            ("CC BY-SA 2.0 England and Wales", "{{Cc-by-sa-2.0-uk}}")):
        a = check(photographer="A photographer", image_date="2008", origin_country="GB", licence=licence,
                  depicted_type="none")
        assert a.verdict is Verdict.OK and a.templates == [template], licence
    # No 3.0 port for the UK has a Commons template, and NC stays refused.
    assert check(photographer="A photographer", image_date="2008", origin_country="GB",
                 licence="CC BY 3.0 UK: England & Wales", depicted_type="none").verdict is Verdict.NEEDS_REVIEW
    assert check(photographer="A photographer", image_date="2008", origin_country="GB",
                 licence="CC BY-NC 2.0 UK: England & Wales", depicted_type="none").verdict is Verdict.NOT_OK


# -- Montenegro: photographs of 1966-1970 -------------------------------------------------


def test_a_montenegrin_photo_of_1966_to_1970_was_pd_at_home_on_the_uraa_date(check: Any) -> None:
    # COM:Montenegro: under the Yugoslav act of 1978 a photograph had 25 years from
    # publication, and photographs published before 1 January 1973 were PD before the act of
    # 29 December 2004. Those of 1972 ran out at the end of 1997, so the 25 years still ran in
    # Montenegro in 1996: one published in 1968 ran out at the end of 1993, PD at home on
    # 1 January 1996, not restored in the US (17 USC 104A(h)(6)). It was not_ok to 2063.
    # Template:PD-Yugoslavia states only photographs published before 1966 (criterion c):
    # PD both sides, but a person picks the tag; a free licence carries the page instead.
    a = check(**_photo("ME", "2000", "1968", "1968"))
    assert a.verdict is Verdict.NEEDS_REVIEW and a.uploadable_from is None
    assert "us-foreign-not-restored-by-uraa" in _rules(a)
    assert "needs-review-template-conditions" in _rules(a)
    b = check(**_photo("ME", "2000", "1968", "1968", licence="CC BY 4.0", rights_holder="Foto Studio Cetinje"))
    assert b.verdict is Verdict.OK and b.templates == ["{{Cc-by-4.0}}"]
    # Published in 1971: its 25 years ran to the end of 1996, protected on the URAA date.
    c = check(**_photo("ME", "2000", "1971", "1971"))
    assert c.verdict is Verdict.NOT_OK and "us-foreign-restored-by-uraa" in _rules(c)


# -- Peru: anonymous works published before 1981 -------------------------------------------


def test_a_peruvian_anonymous_work_published_before_1981_goes_to_the_registry_not_to_not_ok(check: Any) -> None:
    # Template:PD-Peru-anonymous: under Ley 13714 (1961) an anonymous work published before
    # 31 December 1980 that bore no real name and whose author was not credited or registered
    # in the National Copyright Registry within 15 years ran out before 23 May 1996, and D.L.
    # 822 revived nothing; 'it is necessary to verify' the registry. A person checks: it was
    # not_ok on D.L. 822's 70 years from publication (to 2048).
    a = check(photographer="", anonymous="yes", image_date="1978", published_date="1978", origin_country="PE",
              licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "National Copyright Registry" in _texts(a)
    # Published in 1985: after the cut-off, D.L. 822's 70 years alone.
    b = check(photographer="", anonymous="yes", image_date="1985", published_date="1985", origin_country="PE",
              licence="PDM", depicted_type="none")
    assert b.verdict is Verdict.NOT_OK
