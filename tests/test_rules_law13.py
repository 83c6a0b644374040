"""Law files checked against their stored Commons pages and statutes (session 13, helper
law13): the Yugoslav successor states' photographs, ... Each test is the rule as the page or
statute gives it, the page named in a comment."""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict


def _photo(country: str, died: str, made: str, published: str, **more: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none", **more}


def _rules(a: Any) -> list[str]:
    return [r.rule for r in a.reasons]


# -- Former Yugoslavia -------------------------------------------------------------------


def test_a_montenegrin_photo_published_before_1966_was_pd_on_the_uraa_date_as_a_croatian_one(check: Any) -> None:
    # Template:PD-Yugoslavia: PD under the Yugoslav act of 1978 (25 years from publication)
    # before the 1991 break-up, '(c) a photograph ... published before January 1, 1966';
    # COM:Yugoslavia: what entered the public domain in Yugoslavia stays PD in the successor
    # states; COM:Montenegro: photographs published before 1973 stayed PD under the 2004 act.
    # A Montenegrin photo of 1965 was therefore PD at home on 1 January 1996, and the URAA
    # did not restore it: as a Croatian or a Serbian one, not protected in the US to 2060.
    for country in ("ME", "HR", "RS"):
        a = check(**_photo(country, "2000", "1965", "1965"))
        assert a.verdict is Verdict.OK, country
        assert a.templates == ["{{PD-Yugoslavia}}", "{{PD-1996}}"], country
        assert "us-foreign-not-restored-by-uraa" in _rules(a), country
    # Published in 1968: PD at home on the URAA date too (law14: COM:Montenegro's 1973 cut-off
    # means the 25 years still ran there in 1996), so not restored: PD both sides, but outside
    # Template:PD-Yugoslavia's criterion (c), so a person picks the tag (test_rules_law14).
    b = check(**_photo("ME", "2000", "1968", "1968"))
    assert b.verdict is Verdict.NEEDS_REVIEW and b.templates == []
    assert "us-foreign-not-restored-by-uraa" in _rules(b)


def test_a_photo_made_after_the_yugoslav_cut_off_needs_no_publication_date_for_it(check: Any) -> None:
    # Template:PD-Yugoslavia (c) frees photographs published before 1 January 1966; a work is
    # not published before it is made, so a Croatian photo made about 2007 with no publication
    # date is under today's life term alone (protected to 2095), not a question of when it was
    # published. One made in 1950, publication unknown, still needs it.
    a = check(**_photo("HR", "2025", "ca. 2007", "", licence=""))
    assert a.verdict is Verdict.NOT_OK and "photo-photograph-term-running" in _rules(a)
    b = check(**_photo("HR", "2025", "1950", "", licence=""))
    assert "photo-photograph-term-undecided" in _rules(b)
    assert any("published_date" in r.text for r in b.reasons)


def test_a_photo_of_slovenia_north_macedonia_or_kosovo_published_before_1966_goes_to_a_person(check: Any) -> None:
    # Template:PD-Yugoslavia (c) and COM:Yugoslavia as above; but whether each of these
    # states' own laws left such a photo PD was not read (COM:Bosnia and Herzegovina: its
    # 2002 act was retroactive), so a person decides: never ok, no longer not_ok to 2071 on
    # the life term alone.
    for country in ("SI", "MK", "XK"):
        a = check(**_photo(country, "2000", "1965", "1965"))
        assert a.verdict is Verdict.NEEDS_REVIEW, country
        assert any("PD-Yugoslavia" in r.text for r in a.reasons), country
        # Published in 1966 or later: the 25 years ran past the break-up; the life term decides.
        b = check(**_photo(country, "2000", "1970", "1970"))
        assert b.verdict is Verdict.NOT_OK, country
        assert "photo-photograph-term-running" in _rules(b), country
    # Bosnia and Herzegovina: the 2002 act was retroactive (COM:Bosnia and Herzegovina): no cut-off
    # at home today (life + 70), but on the URAA date the 1978 act's 25 years had run out
    # (test below). (Kosovo's works have no URAA date, jurisdictions/XK.yaml: no year there.)
    c = check(**_photo("BA", "2000", "1965", "1965"))
    assert c.verdict is Verdict.NOT_OK and c.uploadable_from == 2071
    assert "us-foreign-not-restored-by-uraa" in _rules(c)


def test_bosnia_and_herzegovina_applied_the_yugoslav_act_on_the_uraa_date(check: Any) -> None:
    # COM:Bosnia and Herzegovina: 'The Yugoslav Copyright Act of 1978 applied in Bosnia and
    # Herzegovina until it was replaced by the Law on Copyright and Related Rights ... of 2002.
    # The 2002 Act was retroactive'. On 1 January 1996 a photo published in 1947 had run out
    # its 25 years, so the URAA did not restore it; at home its photographer's life + 70 (d.
    # 1945) ran out in 2016: ok, where it was not_ok to 2043 (95 years from publication).
    a = check(**_photo("BA", "1945", "1935", "1947"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-old-auto-1996|deathyear=1945}}"]
    # Published 1972: 25 years ran to the end of 1997, after the URAA date: restored.
    b = check(**_photo("BA", "1945", "1935", "1972"))
    assert b.verdict is Verdict.NOT_OK and "us-foreign-restored-by-uraa" in _rules(b)
    # An anonymous work: 70 years from lawful publication (the Institute for Intellectual
    # Property of Bosnia and Herzegovina), no longer a question for a person: PD on both sides
    # (no Bosnian tag states it, so the page rests on the holder's licence).
    c = check(**{**_photo("BA", "", "1850", "1852"), "photographer": "unknown", "anonymous": "yes",
                 "licence": "CC BY-SA 4.0", "rights_holder": "Museum"})
    assert c.verdict is Verdict.OK and "ok-licence-instead-of-pd-templates" in _rules(c)


# -- Kenya ---------------------------------------------------------------------------------


def test_kenyan_freedom_of_panorama_covers_a_mural_on_an_outside_wall(check: Any) -> None:
    # Copyright Act 2001 s. 26(1): copyright in an artistic work 'does not include the right to
    # control reproduction ... of an artistic work situated in a place where it can be viewed by
    # the public' (quoted at Meta-Wiki, Connected Open Heritage/Countries/Kenya); s. 2(1):
    # 'artistic work' means '(a) paintings, drawings, ...'; COM:Kenya: 'Freedom of panorama: Yes',
    # {{FoP-Kenya}}. A mural of 2015 on an outside wall: ok with the photo's licence and the tag.
    mural = {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": "KE",
             "licence": "CC BY-SA 4.0", "rights_holder": "Uploader", "depicted_country": "KE",
             "depicted_type": "mural", "depicted_creator": "A painter", "depicted_date": "2015",
             "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = check(**mural)
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Kenya}}"]
    # Inside a building open to the public: not settled in the sources read, a person decides.
    b = check(**{**mural, "depicted_setting": "indoor_public"})
    assert b.verdict is Verdict.NEEDS_REVIEW


# -- Licence names ---------------------------------------------------------------------------


def _licensed(licence: str) -> dict[str, str]:
    return {"photographer": "Anna Foto", "image_date": "2010", "origin_country": "DE", "licence": licence,
            "rights_holder": "Anna Foto", "depicted_type": "none"}


def test_a_ported_creative_commons_licence_named_with_its_country_takes_that_ports_template(check: Any) -> None:
    # Creative Commons' ported licences carry their country in their name ("Creative Commons
    # Namensnennung 3.0 Deutschland", "CC BY 3.0 Nederland"); Commons has a template for each
    # port UploadWizard writes ({{Cc-by-sa-3.0-de}}, {{Cc-by-3.0-nl}}, {{Cc-by-sa-2.5-se}}:
    # rules/licences.yaml, creative_commons.ports).
    for licence, template in (("CC BY-SA 3.0 Deutschland", "{{Cc-by-sa-3.0-de}}"),
                              ("CC BY 3.0 Nederland", "{{Cc-by-3.0-nl}}"),
                              ("Creative Commons Namensnennung 3.0 Deutschland", "{{Cc-by-3.0-de}}"),
                              ("Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland",
                               "{{Cc-by-sa-3.0-de}}"),
                              ("CC BY-SA 2.5 Sverige", "{{Cc-by-sa-2.5-se}}"),
                              ("CC BY-SA 3.0 Germany", "{{Cc-by-sa-3.0-de}}")):
        a = check(**_licensed(licence))
        assert a.verdict is Verdict.OK, licence
        assert a.templates == [template], licence
    # 4.0 has no ports, so no template for '4.0 Deutschland'; NC stays refused; a country
    # before the version, or more words after it, is not read as a port: a person decides.
    assert check(**_licensed("CC BY 4.0 Deutschland")).verdict is Verdict.NEEDS_REVIEW
    assert check(**_licensed("CC BY-NC-SA 3.0 Deutschland")).verdict is Verdict.NOT_OK
    assert check(**_licensed("Deutschland CC BY-SA 3.0")).verdict is Verdict.NEEDS_REVIEW


def test_the_library_of_congress_no_known_restrictions_is_a_claim_the_pd_finding_must_carry(check: Any) -> None:
    # Commons deprecated {{PD-LOC}}, 'requiring a specific PD motivation for each image'
    # (Commons:Deletion requests/Template:Flickr-no known copyright restrictions): the
    # Library's 'No known restrictions on publication' is read as the Flickr statement is,
    # a claim. A US photo published 1915: PD on its own, ok {{PD-US-expired}}; one of 1960
    # with no publication date: the statement frees nothing, a person decides.
    row = {"photographer": "Harris & Ewing", "image_date": "1915", "published_date": "1915",
           "origin_country": "US", "licence": "No known restrictions on publication.", "depicted_type": "none"}
    a = check(**row)
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-US-expired}}"]
    b = check(**{**row, "image_date": "1960", "published_date": ""})
    assert b.verdict is Verdict.NEEDS_REVIEW
    assert "licence-mark" in _rules(b)


# -- Gabon ---------------------------------------------------------------------------------


def test_gabons_2024_ordinance_replaced_law_1_87_and_its_terms_were_not_read(check: Any) -> None:
    # Ordonnance No. 0011/PR/2024 of 26 February 2024 (Journal officiel No. 14, 7 April 2024)
    # 'vient remplacer la loi n° 1/87' (Council of Ministers, 23 February 2024): a photo
    # published 1950, PD at home under Law 1/87's 50 years, goes to a person today; on the
    # URAA date (1 January 1996) Law 1/87 decided, so its US side is still the restoration.
    a = check(**_photo("GA", "1990", "1950", "1950"))
    assert any("0011/PR/2024" in r.text for r in a.reasons)
    assert "us-foreign-restored-by-uraa" in _rules(a)
    # As of a day before the ordinance, Law 1/87 was the law: no question of it.
    b = check(date(2023, 6, 1), **_photo("GA", "1990", "1950", "1950"))
    assert not any("0011/PR/2024" in r.text for r in b.reasons)
