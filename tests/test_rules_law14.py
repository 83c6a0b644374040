"""Law files checked against their stored Commons pages and statutes (session 14, helper
law14): the territories with no URAA date, ... Each test is the rule as the page or statute
gives it, the page named in a comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict


def _photo(country: str, died: str, made: str, published: str, **more: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none", **more}


def _rules(a: Any) -> list[str]:
    return [r.rule for r in a.reasons]


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
