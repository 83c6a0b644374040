"""Law files checked against their stored Commons pages and statutes (session 12, helper
law12b): Indonesia's photograph and anonymous tags, ... Each test is the rule as the page
or statute gives it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict


def _photo(country: str, died: str, made: str, published: str, **more: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none", **more}


def test_indonesian_photo_published_over_50_years_ago_takes_pd_idold_art59(check: Any) -> None:
    # Law No. 28 of 2014 art. 59: photographic works are protected 50 years from first
    # publication (id.wikisource, Katalog Domain Publik p. 9); COM:Indonesia (stored copy
    # http://worldobserver.org/indonesia-2.html) lists {{PD-IDOld-Art59}} among Indonesia's
    # common licence tags. A photo published in 1940 was PD at home by 1991, before the URAA
    # date: {{PD-IDOld-Art59}} beside {{PD-1996}} (review 11 B5: it went to a person for a
    # source-country tag).
    a = check(**_photo("ID", "1960", "1940", "1940"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-IDOld-Art59}}", "{{PD-1996}}"]
    # Kassian Cephas (d. 1912), published in the 1890s: PD in the US after 95 years too.
    b = check(**_photo("ID", "1912", "1890/1891", "1890/1900", photographer="Kassian Cephas"))
    assert b.templates == ["{{PD-IDOld-Art59}}", "{{PD-US-expired}}"]
    # Published in 1980: the 50 years run to the end of 2030; no tag, not ok.
    c = check(**_photo("ID", "2000", "1980", "1980"))
    assert c.verdict is Verdict.NOT_OK
    assert "{{PD-IDOld-Art59}}" not in c.templates


def test_indonesian_anonymous_photo_takes_the_photograph_terms_tag(check: Any) -> None:
    # COM:Indonesia: 'Photograph | Publish + 50 years', 'Anonymous | Publish + 50 years'; it
    # lists {{PD-IDUnknown}} beside {{PD-IDOld-Art59}}. A photograph's term is art. 59's
    # whether or not its author is known, so an anonymous photo takes that article's tag;
    # {{PD-IDUnknown}} is the anonymous term's (a work other than a photo, jurisdictions/ID.yaml).
    a = check(**_photo("ID", "", "1940", "1940", photographer="unknown", anonymous="yes"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-IDOld-Art59}}", "{{PD-1996}}"]
