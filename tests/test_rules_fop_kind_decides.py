"""A work the row calls an `artwork` (not saying whether it is three-dimensional or flat) in a
country whose freedom of panorama treats the two differently (rules/fop.yaml fop-kind-decides).

CDPA 1988 s. 62(1) (Commons:Freedom of panorama#United Kingdom): "buildings, and sculptures,
models for buildings and works of artistic craftsmanship, if permanently situated in a public
place or in premises open to the public" — no painting or mural. Review 26c: the Angel of the
North typed `artwork` was not_ok "United Kingdom has no freedom of panorama for sculptures",
which is false; typed `sculpture` it is ok {{FoP-UK}}. Which kind it is decides, and a person
can tell: needs_review, asking for depicted_type.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 3)
# A volunteer's own photo under CC BY-SA 4.0: only the depicted work decides.
ANGEL = {"title": "Angel of the North", "photographer": "Wikimedia volunteer", "image_date": "2019",
         "origin_country": "GB", "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0",
         "rights_holder": "the photographer", "depicted_country": "GB", "depicted_creator": "Antony Gormley",
         "depicted_date": "1998", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


@pytest.mark.parametrize("country", ["GB", "AU", "IE", "NZ"])
def test_fop_kind_decides_for_an_artwork_where_sculpture_is_covered_and_painting_is_not(
        check: Any, country: str) -> None:
    a = check(AS_OF, **{**ANGEL, "depicted_country": country, "depicted_type": "artwork"})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert "fop-kind-decides" in rules_of(a)
    assert "depicted_type" in " ".join(r.text for r in a.reasons)


def test_the_same_work_typed_sculpture_is_covered_and_typed_mural_is_not(check: Any) -> None:
    assert check(AS_OF, **{**ANGEL, "depicted_type": "sculpture"}).verdict is Verdict.OK
    mural = check(AS_OF, **{**ANGEL, "depicted_type": "mural"})
    assert mural.verdict is Verdict.NOT_OK and "fop-outdoor-no-exception" in rules_of(mural)


@pytest.mark.parametrize(("changes", "rule"), [
    ({"depicted_setting": "private"}, "fop-private-place"),      # covered for neither kind
    ({"depicted_permanent": "no"}, "fop-not-permanent"),         # s. 62: permanently situated
    ({"depicted_country": "FR"}, "fop-non-commercial-only"),     # CPI L122-5 11°: sculpture, non-commercially
])
def test_where_either_kind_is_refused_the_kind_does_not_decide(check: Any, changes: dict[str, str],
                                                                 rule: str) -> None:
    a = check(AS_OF, **{**ANGEL, "depicted_type": "artwork", **changes})
    assert a.verdict is Verdict.NOT_OK and rule in rules_of(a) and "fop-kind-decides" not in rules_of(a)


def test_where_both_kinds_are_covered_an_artwork_is_ok(check: Any) -> None:
    # UrhG § 59(1): works permanently at public places, whatever their kind (Joseph Beuys, d. 1986).
    a = check(AS_OF, **{**ANGEL, "depicted_country": "DE", "depicted_type": "artwork",
                        "depicted_creator": "Joseph Beuys", "depicted_creator_death_year": "1986",
                        "depicted_date": "1982"})
    assert a.verdict is Verdict.OK and "{{FoP-Germany}}" in a.templates
