"""Territory rules found wrong on real cases (tests/data/real_cases.csv), each as the rule
it checks, with the Commons page or statute that gives it."""

from __future__ import annotations

from datetime import date
from typing import Any

from copyright_check import Verdict

STREET_PHOTO = {"photographer": "Wikimedia volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
                "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


def test_malta_building_seen_from_the_street_is_covered_by_freedom_of_panorama(check: Any) -> None:
    # COM:Malta infobox: freedom of panorama 'Yes'; Cap. 415: the copyright in a work of
    # architecture covers only erecting a building that reproduces it.
    a = check(**STREET_PHOTO, origin_country="MT", depicted_country="MT", depicted_type="building",
              depicted_creator="Renzo Piano", depicted_date="2014")
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


def test_malta_sculpture_still_goes_to_a_person(check: Any) -> None:
    # Only the building rule was settled: the scope of Cap. 415 art. 9 for sculpture was not
    # read on a stored page, so a protected sculpture stays a question for a person.
    a = check(**STREET_PHOTO, origin_country="MT", depicted_country="MT", depicted_type="sculpture",
              depicted_creator="A living sculptor", depicted_date="2015")
    assert a.verdict is Verdict.NEEDS_REVIEW


def test_czech_work_on_a_public_place_gets_the_fop_czech_republic_tag(check: Any) -> None:
    # Act 121/2000 s. 33 (works permanently on a square, street, park or other public place);
    # COM:Czech Republic lists {{FoP-Czech Republic}} among Czechia's common licence tags.
    a = check(**STREET_PHOTO, origin_country="CZ", depicted_country="CZ", depicted_type="sculpture",
              depicted_creator="David Černý", depicted_date="2014")
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Czech Republic}}"]


def test_peruvian_work_on_a_public_place_gets_the_fop_peru_tag(check: Any) -> None:
    # D.L. 822 art. 43(e) and Andean Decision 351 art. 22(h); COM:Peru shows {{FoP-Peru}}.
    a = check(**STREET_PHOTO, origin_country="PE", depicted_country="PE", depicted_type="building",
              depicted_creator="A living architect", depicted_date="2010")
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Peru}}"]


def test_vietnamese_photo_75_years_after_publication_gets_pd_vietnam(check: Any) -> None:
    # Law on Intellectual Property 2005 art. 27(2)(a): photographs, 75 years from first
    # publication; COM:Vietnam's common licence tag is {{PD-Vietnam}}. Published 1930: PD in
    # Vietnam since 1981 (Template:PD-Vietnam: published before 1960, 50 years), in the US
    # since 2026 (95 years from publication).
    a = check(photographer="A Hanoi studio photographer", photographer_death_year="1950", image_date="1930",
              published_date="1930", origin_country="VN", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-Vietnam}}", "{{PD-US-expired}}"]


def test_portuguese_photo_taken_before_july_1970_goes_to_a_person_not_to_not_ok(check: Any) -> None:
    # COM:Portugal: all photographs taken until 30 June 1970 are PD in Portugal (Decreto-Lei
    # 334/97 did not revive them); no template for them was verified, so a person decides.
    a = check(photographer="A Lisbon photographer", photographer_death_year="1990", image_date="1960",
              published_date="1960", origin_country="PT", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("30 June 1970" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_portuguese_photo_taken_after_1970_keeps_the_70_year_term(check: Any) -> None:
    # Decreto-Lei 334/97: photographic works, life + 70 (COM:Portugal); restored in the US.
    a = check(photographer="A Lisbon photographer", photographer_death_year="1990", image_date="1975",
              published_date="1975", origin_country="PT", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2071


def test_tunisian_photo_lapsed_under_the_25_year_term_on_the_uraa_date_is_not_restored(check: Any) -> None:
    # Law No. 94-36 art. 19: photographic works, 25 years (50 from making since Law 2009-33);
    # a photo published 1970 was PD in Tunisia on 1 January 1996, so not restored in the US.
    # {{PD-Tunisia}}: COM:Tunisia's common licence tag.
    a = check(photographer="A Tunis photographer", photographer_death_year="2000", image_date="1970",
              published_date="1970", origin_country="TN", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-Tunisia}}", "{{PD-1996}}"]


def test_tunisian_photo_freed_by_the_old_25_years_but_not_by_the_new_50_goes_to_a_person(check: Any) -> None:
    # Made and published 1980: 25 years ran out in 2005, before Law 2009-33; 50 years from
    # making run to 2030. Whether 2009 revived it was not verified (COM:Tunisia).
    a = check(photographer="A Tunis photographer", photographer_death_year="1985", image_date="1980",
              published_date="1980", origin_country="TN", licence="PDM", depicted_type="none")
    assert "photo-photograph-term-undecided" in [r.rule for r in a.reasons]


def test_venezuelan_photo_60_years_after_publication_gets_the_tag_whose_text_says_so(check: Any) -> None:
    # Ley sobre el Derecho de Autor (1993): photographs, 60 years from first publication.
    # Template:PD-VenezuelaGov (https://commons.m.wikimedia.org/wiki/Template:PD-VenezuelaGov):
    # "The copyrights of the photographer and his successors became extinct because sixty years
    # have passed from the first publication of the work". {{PD-Venezuela}}, also listed by
    # COM:Venezuela, was found neither as a page nor as text: never written (review 8 L1).
    a = check(photographer="A Caracas photographer", photographer_death_year="1990", image_date="1930",
              published_date="1930", origin_country="VE", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-VenezuelaGov}}", "{{PD-US-expired}}"]


def test_uruguayan_work_pd_under_the_1937_term_on_the_uraa_date_was_not_restored(check: Any) -> None:
    # Ley 9.739 (1937) art. 14: life + 40 ('URUGUAY: Por la vida y 40 años', Fénix no. 4,
    # Biblioteca Nacional del Perú); Ley 17.616 (2003) raised it to 50 and Ley 19.857 (2019)
    # to 70, both retroactively. On the URAA date (1 January 1996) an author who died 1940,
    # or 1950, or 1955, was PD under life + 40, so the US did not restore the work
    # (17 U.S.C. 104A(h)(6)(B)); today life + 70 has run out too.
    for died in ("1940", "1950", "1955"):
        a = check(photographer="A Montevideo photographer", photographer_death_year=died, image_date="1935",
                  published_date="1935", origin_country="UY", licence="PDM", depicted_type="none")
        assert a.verdict is Verdict.OK and a.templates == [f"{{{{PD-old-auto-1996|deathyear={died}}}}}"], died


def test_uruguayan_work_protected_under_the_1937_term_on_the_uraa_date_was_restored(check: Any) -> None:
    # An author who died 1956 was protected under life + 40 on 1 January 1996 (to the end
    # of 1996), so the URAA restored the work: 95 years from publication in 1935, to 2030.
    a = check(photographer="A Montevideo photographer", photographer_death_year="1956", image_date="1935",
              published_date="1935", origin_country="UY", licence="PDM", depicted_type="none")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2031


def test_anonymous_works_get_their_countrys_common_licence_tag_where_its_text_was_read(check: Any) -> None:
    # COM:Colombia: {{PD-Colombia}} (its text: anonymous works, 80 years from publication).
    co = check(photographer="unknown", anonymous="yes", image_date="1930", published_date="1930",
               origin_country="CO", licence="PDM", depicted_type="none")
    assert co.verdict is Verdict.OK and co.templates == ["{{PD-Colombia}}", "{{PD-US-expired}}"]
    # COM:Morocco lists {{PD-Morocco}}, but its wording was found nowhere: whether it covers an
    # anonymous work (Law 2-00 art. 27, 70 years from publication) is unknown, so the PD finding
    # stands and a person picks the tag: the US tag alone (Template:PD-1996: "If the work is not
    # a U.S. work, the file must have an additional copyright tag") is no file page.
    ma = check(photographer="unknown", anonymous="yes", image_date="1940", published_date="1940",
               origin_country="MA", licence="PDM", depicted_type="none")
    assert ma.verdict is Verdict.NEEDS_REVIEW and ma.templates == []
    assert {"photo-anonymous-expired", "template-country_tag_beside"} <= {r.rule for r in ma.reasons}


def test_argentine_photo_made_1972_was_protected_on_the_uraa_date_so_restored_in_the_us(check: Any) -> None:
    # Template:PD-AR-Photo (current text): at least 25 years since the photo was made AND 20
    # since first publication (Ley 11.723 art. 34, Berne art. 7(4)); COM:Argentina infobox
    # 'Create + 25 years & Publish + 20 years'. Made 1972: protected in Argentina to the end
    # of 1997, so on 1 January 1996 it was restored (17 U.S.C. 104A): US term to the end of 2067.
    a = check(photographer="A Buenos Aires photographer", image_date="1972", published_date="1972",
              origin_country="AR", photo_kind="photographic_work", depicted_type="landscape")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2068


def test_argentine_photo_made_1970_was_pd_on_the_uraa_date_under_both_conditions(check: Any) -> None:
    # Same template: made and published 1970, both the 20 and the 25 years ran out by the end
    # of 1995, so the URAA did not restore it ({{PD-AR-Photo}} + {{PD-1996}}).
    a = check(photographer="A Buenos Aires photographer", image_date="1970", published_date="1970",
              origin_country="AR", photo_kind="photographic_work", depicted_type="landscape")
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-AR-Photo}}", "{{PD-1996}}"]


def test_vietnamese_photo_published_before_1948_was_pd_on_the_uraa_date_under_the_50_year_term(check: Any) -> None:
    # Template:PD-Vietnam: PD if a photographic work 'first published more than 50 years
    # prior to January 1, 2010' (the 75-year term applies from 2010 and revived nothing).
    # Published 1945: its 50 years ran out at the end of 1995, before the URAA date
    # (23 December 1998), so its US copyright was not restored.
    a = check(photographer="A Hanoi studio photographer", image_date="1945", published_date="1945",
              origin_country="VN", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-Vietnam}}", "{{PD-1996|country=VN}}"]


def test_vietnamese_photo_published_1955_is_pd_at_home_since_2010_but_restored_in_the_us(check: Any) -> None:
    # Same template: published 1955 (before 1960), PD in Vietnam since the 2010 change at the
    # latest; on 23 December 1998 its 50 years still ran, so the URAA restored it (95 years).
    a = check(photographer="A Hanoi studio photographer", image_date="1955", published_date="1955",
              origin_country="VN", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2051
    assert any("2010" in r.text and "Vietnam" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_vietnamese_building_fop_was_accepted_for_uploads_before_2023(check: Any) -> None:
    # Template:FoP-Vietnam: Art. 25.1(h) allowed photos of architecture displayed in public
    # spaces until 31 December 2022; 'do not use this template to any new uploads after
    # 1 January 2023' (the 2022 amendment excludes commercial use).
    from datetime import date
    row = dict(photographer="Wikimedia volunteer", image_date="2019", origin_country="VN", licence="CC BY-SA 4.0",
               depicted_country="VN", depicted_type="building", depicted_creator="A living architect",
               depicted_date="2018", depicted_setting="outdoor_public", depicted_permanent="yes")
    before = check(as_of=date(2020, 6, 1), **row)
    assert before.verdict is Verdict.OK and before.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Vietnam}}"]
    assert check(**row).verdict is Verdict.NOT_OK


def test_a_vietnamese_photo_published_before_1960_has_been_pd_since_its_old_term_ran_out(check: Any) -> None:
    # Template:PD-Vietnam: photographic works first published more than 50 years before
    # 1 January 2010 stay PD (the 75-year term of 2009 did not revive them). Published 1947,
    # it has been PD since 1998 (50 years), not since 2023 (75 years).
    a = check(photographer="Nguyen Van A", photographer_death_year="1990", image_date="1947",
              published_date="1947", photo_kind="photographic_work", origin_country="VN",
              depicted_type="landscape")
    assert a.verdict is Verdict.OK
    text = next(r.text for r in a.reasons if r.rule == "photo-photograph-term-expired")
    assert "PD there since 1998" in text and "2023" not in text


def test_a_uruguayan_work_pd_before_the_2019_revival_is_said_to_be_pd_under_the_law_then(check: Any) -> None:
    # Ley 19.857 (2019) brought works back (UY.yaml revived: true): as of 2018 an author who
    # died 1950 had been PD since 2001 under life + 50; the reason must not say the change
    # "did not revive it".
    a = check(as_of=date(2018, 6, 1), photographer="A Montevideo photographer", photographer_death_year="1950",
              image_date="1935", published_date="1935", origin_country="UY", photo_kind="photographic_work",
              depicted_type="landscape")
    text = next(r.text for r in a.reasons if r.rule == "photo-author-life-term-expired")
    assert "since 2001" in text and "did not revive" not in text


def test_vietnamese_freedom_of_panorama_before_2023_covered_2d_works_too(check: Any) -> None:
    # Template:FoP-Vietnam: until 31 December 2022 Art. 25.1(h) allowed photographs of
    # "plastic arts, architecture, photographic works, and applied arts displayed in public
    # spaces" (mỹ thuật: murals and paintings as well as sculpture); from 2023 no commercial use.
    row = dict(origin_country="VN", depicted_country="VN", depicted_type="mural", depicted_creator="Some Artist",
               depicted_date="2010", **STREET_PHOTO)
    then = check(as_of=date(2020, 6, 1), **row)
    assert then.verdict is Verdict.OK and "{{FoP-Vietnam}}" in then.templates
    now = check(**row)
    assert now.verdict is Verdict.NOT_OK


def test_ivorian_work_under_the_1996_laws_99_years_goes_to_a_person(check: Any) -> None:
    # COM:Ivory Coast: under Law No. 96-564 (Art. 45) copyright lasted '99 years after the death of
    # the author ... and 99 years from publication for photographic ... works; anonymous or
    # pseudonymous works'; Law No. 2016-555 gives life + 70 and whether it kept the longer term for
    # works protected in 2016 (Art. 150) was not read (reviews 28h A3, 28i F1: these were ok).
    photo = check(photographer="A photographer", photographer_death_year="1950", image_date="1930",
                  published_date="1930", origin_country="CI", licence="PDM", depicted_type="none")
    assert photo.verdict is Verdict.NEEDS_REVIEW
    statue = check(photographer="Volunteer", image_date="2020", origin_country="CI", licence="CC BY-SA 4.0",
                   depicted_country="CI", depicted_type="sculpture", depicted_creator="unknown",
                   depicted_anonymous="yes", depicted_date="1930", depicted_setting="outdoor_public",
                   depicted_permanent="yes")
    assert statue.verdict is Verdict.NEEDS_REVIEW
    # 99 years from 1925 ran out at the end of 2024: free under either law.
    old = check(photographer="A photographer", photographer_death_year="1926", image_date="1925",
                published_date="1925", origin_country="CI", licence="PDM", depicted_type="none")
    assert old.verdict is Verdict.OK
