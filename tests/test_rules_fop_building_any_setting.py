"""Canada, Australia and India free the photo of a building wherever it stands (review 14 M6).

Their statutes set a public-place condition for sculptures and works of artistic craftsmanship
only, none for architecture: Canada's Copyright Act s. 32.2(1)(b)(i) ("an architectural work,
provided the copy is not in the nature of an architectural drawing or plan") beside (ii)
("permanently situated in a public place or building"); Australia's Copyright Act 1968 s. 66 ("the
copyright in a building is not infringed by the making of a painting, drawing, engraving or
photograph of the building") beside s. 65; India's Copyright Act 1957 s. 52(1)(s) ("a photograph of
a work of architecture") beside (t). The law files said so in their notes, but lacked
`public_place_required: false`, so a building in a private setting was not_ok fop-private-place;
the United Kingdom's CDPA s. 62(1)(a), written the same way, was already covered. Quoted and
stored in jurisdictions/CA.yaml, AU.yaml, IN.yaml.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)


def _row(country: str, depicted_type: str, creator: str, death: str, made: str) -> dict[str, str]:
    return {"id": f"{country}-priv", "title": "Private house", "photographer": "Anna Svensson", "image_date": "2020",
            "origin_country": "SE", "licence": "CC BY-SA 4.0", "rights_holder": "Anna Svensson",
            "depicted_country": country, "depicted_type": depicted_type, "depicted_creator": creator,
            "depicted_creator_death_year": death, "depicted_date": made, "depicted_setting": "private",
            "depicted_permanent": "yes"}


@pytest.mark.parametrize(("country", "creator", "death", "made"), [
    ("CA", "Arthur Erickson", "2009", "1970"), ("AU", "Harry Seidler", "2006", "1950"),
    ("IN", "Charles Correa", "2015", "1980"), ("GB", "Richard Rogers", "2021", "1986"),
    # New Zealand's Copyright Act 1994 s. 73(1)(a), "Buildings", beside (b)'s public-place
    # condition for sculptures (review 16 G6).
    ("NZ", "Ian Athfield", "2015", "1970"),
    # Denmark's Ophavsretsloven § 24(3), "Bygninger må frit gengives i billedform", beside § 24(2)'s
    # public-place condition for works of art (review 28j F2: a villa on private ground was not_ok).
    ("DK", "Jørn Utzon", "2008", "1952"),
    # Finland's Tekijänoikeuslaki 25 a § 4 mom., "Rakennuksen saa vapaasti kuvata", beside § 3's
    # public-place condition for works of art; Template:FoP-Finland: "regardless of whether the
    # place is public" (a villa on private ground was not_ok, review 28's open point).
    ("FI", "Alvar Aalto", "1976", "1939"),
])
def test_a_building_in_a_private_setting_is_covered_where_the_statute_sets_no_place_condition(
        country: str, creator: str, death: str, made: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_row(country, "building", creator, death, made))
    assert a.verdict is Verdict.OK and "{{Cc-by-sa-4.0}}" in a.templates
    assert "fop-covered-in-every-setting" in [r.rule for r in a.reasons]


@pytest.mark.parametrize("country", ["CA", "AU", "IN", "NZ"])
def test_a_sculpture_in_a_private_setting_is_still_not_covered(country: str) -> None:
    # s. 32.2(1)(b)(ii), s. 65, s. 52(1)(t), NZ s. 73(1)(b): a public place or premises open to the public.
    a = Assessor(as_of=AS_OF).assess(_row(country, "sculpture", "Ron Mueck", "", "2000"))
    assert a.verdict is Verdict.NOT_OK and "fop-private-place" in [r.rule for r in a.reasons]


@pytest.mark.parametrize("country", ["DK", "SE", "GB"])
def test_a_building_in_a_private_setting_whose_photo_shows_works_of_their_own_goes_to_a_person(country: str) -> None:
    # The buildings' clause covers the architecture in every setting, not the works the row says
    # the photo shows (shows_works_inside: yes): each has its own author and term, as in an
    # interior (rules/fop.yaml fop-interior-shows-works). A private place may be a garden or a
    # room (review 28: a Danish archaeological site on private ground showing works was ok).
    row = {**_row(country, "building", "Jørn Utzon", "2008", "1952"), "shows_works_inside": "yes"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is Verdict.NEEDS_REVIEW and "fop-interior-shows-works" in [r.rule for r in a.reasons]
    b = Assessor(as_of=AS_OF).assess({**row, "shows_works_inside": "no"})
    assert b.verdict is Verdict.OK
