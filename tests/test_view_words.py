"""A view is not a landscape: "vy" and "utsikt" in a depicted-type column (review 14 E5).

Swedish and Norwegian photo archives file town and street views under "vy" ("gatuvy",
"stadsvy"): photos of buildings and squares. Read as a landscape, nothing copyrightable, a
Swedish museum's "Paris, vy över La Défense" was ok, where France has no freedom of
panorama for commercial use (Commons:Freedom of panorama#France; Commons:De minimis covers
only a work that is incidental). The word is left unread: the row names depicted_type.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.translate import translate

VIEW = {"id": "VY1", "title": "Paris, vy över La Défense", "photographer": "Volunteer", "image_date": "2020",
        "origin_country": "SE", "licence": "CC BY-SA 4.0", "rights_holder": "Volunteer", "depicted_country": "FR"}


@pytest.mark.parametrize("cell", ["vy", "Vy", "utsikt"])
def test_a_view_is_not_read_as_a_landscape(cell: str) -> None:
    assert translate("depicted_type", cell) is None


@pytest.mark.parametrize("cell", ["vy", "utsikt"])
def test_a_town_view_abroad_goes_to_a_person_naming_the_depicted_type(cell: str) -> None:
    a = Assessor(as_of=date(2026, 12, 1)).assess({**VIEW, "depicted_type": cell})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["depicted_type"]


def test_a_landscape_said_so_is_still_a_landscape() -> None:
    assert translate("depicted_type", "landskap") == "landscape"
    a = Assessor(as_of=date(2026, 12, 1)).assess({**VIEW, "title": "Fjällandskap", "depicted_country": "SE",
                                                   "depicted_type": "landskap"})
    assert a.verdict is Verdict.OK
