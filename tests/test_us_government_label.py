"""The "United States Government Work" label and who made the photo (review 25b).

17 USC 105: no copyright in a work of the US federal government (Template:PD-USGov; Commons:Flickr
files maps Flickr's label to it). The US Postal Service is no part of that government for
section 105: "this section does not apply to works created by employees of the United States
Postal Service" (H.R. Rep. No. 94-1476 (1976)); since 1971 it registers copyright in its stamps.
A studio called anonymous is still named: its name is often its photographer's.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
STAMP = {"id": "USPS-1", "title": "Commemorative stamp", "image_date": "2003", "published_date": "2003",
         "origin_country": "US", "licence": "United States Government Work", "depicted_type": "none"}


@pytest.mark.parametrize("cells", [
    {"photographer": "United States Postal Service"},
    {"photographer": "John Alli", "rights_holder": "U.S. Postal Service"},
    {"rights_holder": "USPS"},
])
def test_the_government_work_label_beside_the_postal_service_is_no_ok(cells: dict[str, str]) -> None:
    a = Assessor(as_of=AS_OF).assess({**STAMP, **cells})
    assert a.verdict is not Verdict.OK and "{{PD-USGov}}" not in a.templates


@pytest.mark.parametrize("licence", ["United States Government Work", "PD-USGov-Military-Army",
                                     "Public Domain (U.S. federal government work)"])
def test_a_federal_agencys_photo_under_the_label_is_pd_usgov(licence: str) -> None:
    row = {**STAMP, "photographer": "Sgt. John Smith, US Army", "licence": licence, "image_date": "2019",
           "published_date": "2019"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert (a.verdict, a.templates) == (Verdict.OK, ["{{PD-USGov}}"])


def test_a_studio_called_anonymous_stays_named() -> None:
    # A studio's name is often its photographer's (Lotte Jacobi ran her Berlin studio herself,
    # d. 1990): the anonymous term holds only while the author is not disclosed (Berne art. 7(3);
    # Template:PD-EU-no author disclosure), so the row is no anonymous work (review 25e P3).
    row = {"id": "LJ-1", "title": "Bildnis", "photographer": "Atelier Lotte Jacobi", "anonymous": "yes",
           "image_date": "1930", "published_date": "1930", "origin_country": "DE", "photo_kind": "photographic_work",
           "depicted_type": "none"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is not Verdict.OK


@pytest.mark.parametrize("holder", ["USPS.", "U.S.P.S.", "U. S. Postal Service",
                                    "© 2003 United States Postal Service. All rights reserved."])
def test_the_postal_service_is_found_however_written(holder: str) -> None:
    # Review 25e P5: a full stop after the name, or the initials spaced, hid it.
    a = Assessor(as_of=AS_OF).assess({**STAMP, "rights_holder": holder})
    assert "{{PD-USGov}}" not in a.templates


def test_a_postal_service_row_after_another_holders_row_is_not_given_its_answer() -> None:
    # Review 25e P1: the whole-row cache left the holder's text out of its key, so a USPS row
    # took the ok of an earlier row that differed only in its holder.
    assessor = Assessor(as_of=AS_OF)
    first = assessor.assess({**STAMP, "id": "A1", "photographer": "Sgt. John Smith, US Army",
                             "rights_holder": "US Army"})
    second = assessor.assess({**STAMP, "id": "A2", "photographer": "Sgt. John Smith, US Army",
                              "rights_holder": "USPS"})
    assert first.verdict is Verdict.OK and second.verdict is not Verdict.OK
