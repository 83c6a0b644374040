"""A foreign photo published in a span across 1 January 1978 and protected at home on the
URAA date in every year of it is protected in the US on either side (review 31c F2)."""
from __future__ import annotations

import pytest

from copyright_check import Assessor

AS_OF = "2026-12-04"


def _row(**cells: str) -> dict[str, str]:
    row = {"id": "se", "image_date": "1970-talet", "published_date": "1970-talet", "origin_country": "SE",
           "photo_kind": "simple_photograph", "licence": "Public Domain Mark", "depicted_type": "none"}
    row.update(cells)
    return row


# 17 U.S.C. 104A (restored before 1978 for 95 years from publication, 304(b)); 302, 303 (from
# 1978: life + 70, or 95 years from publication for an anonymous work); Upphovsrättslag 49 a §
# and Template:PD-Sweden-photo (a simple photo made from 1969 on was protected on 1 January 1996).
@pytest.mark.parametrize("photographer", ["Okänd", "Gösta Nordin"])
def test_us_foreign_restored_either_side_of_1978_is_protected(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_row(photographer=photographer))
    assert a.verdict.value == "not_ok"
    assert "us-foreign-restored-either-side-of-1978" in [r.rule for r in a.reasons]
    assert a.uploadable_from is None  # which term runs longest depends on the year left open


def test_a_span_partly_pd_at_home_on_the_uraa_date_still_asks_a_person() -> None:
    # 1960s: made before 1969, PD in Sweden on 1 January 1996 (not restored); 1969: protected.
    a = Assessor(as_of=AS_OF).assess(_row(photographer="Okänd", image_date="1960-talet",
                                          published_date="1960-talet"))
    assert a.verdict.value == "needs_review"
