"""The "United States Government Work" label and who made the photo (review 25b).

17 USC 105: no copyright in a work of the US federal government (Template:PD-USGov; Commons:Flickr
files maps Flickr's label to it). The US Postal Service is no part of that government for
section 105: "this section does not apply to works created by employees of the United States
Postal Service" (H.R. Rep. No. 94-1476 (1976)); since 1971 it registers copyright in its stamps.
A firm called anonymous names no natural person as author: the US term of an anonymous work or a
work made for hire, 95 years from publication (17 USC 302(c)), or the EU anonymous term.
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


def test_a_firm_called_anonymous_names_no_author_and_runs_from_publication() -> None:
    # Svensk Bildbyrå, a press agency, its photographer unnamed: as "okänd" (unknown) is, Sweden's
    # anonymous term runs 70 years from publication (1950 -> 2020), and the US term, restored as
    # the photo was protected in Sweden on 1 January 1996, 95 years from it (to the end of 2045).
    row = {"id": "SB-1", "title": "Hamnen", "photographer": "Svensk Bildbyrå", "anonymous": "yes",
           "image_date": "1950", "published_date": "1950", "origin_country": "SE", "photo_kind": "photographic_work",
           "depicted_type": "none"}
    a = Assessor(as_of=AS_OF).assess(row)
    unknown = Assessor(as_of=AS_OF).assess({**row, "photographer": "okänd"})
    assert (a.verdict, a.uploadable_from) == (unknown.verdict, unknown.uploadable_from) == (Verdict.NOT_OK, 2046)
    # Not called anonymous: the agency's photographer's death decides, and it is not given: the
    # year is the longest life's bound, long after the anonymous term's.
    later = Assessor(as_of=AS_OF).assess({**row, "anonymous": ""}).uploadable_from
    assert later is not None and later > 2046
