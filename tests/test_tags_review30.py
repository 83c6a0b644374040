"""Which home tag a file page states (review 30d): the tag of the law that made the photo PD,
never one whose own text the record contradicts."""

from datetime import date

import pytest

from copyright_check import Assessor

AS_OF = date(2026, 12, 4)


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor(as_of=AS_OF)


def _photo(country: str, died: str, published: str, **more: str) -> dict[str, str]:
    return {"id": "t", "photographer": "A Photographer", "photographer_death_year": died,
            "image_date": published, "published_date": published, "origin_country": country,
            "photo_kind": "photographic_work", "depicted_type": "landscape", **more}


@pytest.mark.parametrize("country", ["HR", "RS"])
def test_a_photographer_dead_long_ago_gets_the_life_term_tag_not_pd_yugoslavia(assessor, country):
    # Template:PD-Yugoslavia: "This work first published in Yugoslavia is in the public domain
    # because its copyright expired pursuant to the Yugoslav Copyright Act of 1978": a photo of
    # 1880 was not published in Yugoslavia, and its author's life + 70 decides (COM:Croatia,
    # COM:Serbia).
    a = assessor.assess(_photo(country, "1900", "1880"))
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1900}}"]


def test_pd_yugoslavia_needs_a_publication_in_yugoslavia(assessor):
    # The photo is PD at home only through the 1978 act's 25 years (the photographer died 1960,
    # life + 70 runs to 2030), but it was published in 1910, before the state existed
    # (1 December 1918): the tag's statement does not hold, a person decides.
    a = assessor.assess(_photo("HR", "1960", "1910"))
    assert a.verdict.value == "needs_review"
    assert "template-yugoslavia_existed" in [r.rule for r in a.reasons]
    # Published 1950 in Zagreb: the tag's criterion (c).
    assert assessor.assess(_photo("HR", "1990", "1950")).templates == ["{{PD-Yugoslavia}}", "{{PD-1996}}"]


def test_pd_1996_beside_the_old_law_that_freed_the_photo_on_the_uraa_date(assessor):
    # Template:PD-old-X-1996: "there must be a statement on this page explaining why the work was
    # PD on the URAA date". A Japanese photo published 1935 by a photographer who died 1950 was
    # PD in 1996 under the old Act's ten years from publication (Template:PD-Japan-oldphoto), not
    # under life + 50 (to 2000): {{PD-old-auto-1996|deathyear=1950}} contradicted itself.
    a = assessor.assess(_photo("JP", "1950", "1935"))
    assert a.templates == ["{{PD-Japan-oldphoto}}", "{{PD-1996}}"]


@pytest.mark.parametrize("country", ["ZA", "AO"])
def test_a_photo_term_without_a_tag_takes_the_run_out_life_terms(assessor, country):
    # COM:South Africa (Copyright Act 98 of 1978 s. 3(2)(b): photographs 50 years from
    # publication) and COM:Angola name no photo tag; the photographer died 1900, so the life
    # term has run out too, and Template:PD-old-auto-expired states both sides as for the same
    # photo in any life-term country. The row went to a person for want of a home tag.
    a = assessor.assess(_photo(country, "1900", "1880"))
    assert a.verdict.value == "ok"
    assert a.templates == ["{{PD-old-auto-expired|deathyear=1900}}"]


def test_the_older_cut_off_tag_without_a_photo_term_tag(assessor):
    # Template:PD-Jordan: "created on or before December 31, 1974 ... expired in Jordan on the U.S.
    # date of restoration (July 28, 1999)"; life + 50 from 1950 ran to the end of 2000, so
    # {{PD-old-auto-1996|deathyear=1950}} stated the wrong ground (review 30g F3).
    a = assessor.assess(_photo("JO", "1950", "1945"))
    assert a.templates == ["{{PD-Jordan}}", "{{PD-1996|country=JO}}"]
