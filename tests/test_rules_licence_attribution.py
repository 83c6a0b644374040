"""A licence that requires its author to be credited, on a row that names no author (review 14 E3).

CC BY 4.0 § 3(a)(1)(A)(i): the reuser must give "identification of the creator(s) of the Licensed
Material"; Commons:Upload/Unknown author or license (stored
https://commons.wikimedia.org/wiki/Commons:Upload/Unknown_author_or_license): "Works which do not
include the name of the author or which are not otherwise clearly in the public domain will be
tagged for deletion". A CC BY or CC BY-SA file page with an empty or "okänd" author is such a file:
the row goes to a person. CC0 asks for no credit; a PD photo needs no licence.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
RULE = "needs-review-licence-attribution-missing"
# A Swedish photo of 1990 (protected: only the licence could make it uploadable), a museum as holder.
ROW = {"id": "CCBY", "image_date": "1990", "origin_country": "SE", "rights_holder": "Museum", "depicted_type": "none"}


@pytest.mark.parametrize("author", [{"photographer": "okänd"}, {"photographer": ""},
                                    {"photographer": "", "anonymous": "yes"}])
@pytest.mark.parametrize("licence", ["CC BY 4.0", "CC BY-SA 4.0", "CC BY 3.0 Deutschland"])
def test_a_by_licence_with_no_author_to_credit_goes_to_a_person(author: dict[str, str], licence: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, **author, "licence": licence})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE and "credit" in a.reasons[-1].text


def test_a_by_licence_with_its_author_named_stands() -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "photographer": "Per Foto", "licence": "CC BY 4.0"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-4.0}}"]


def test_cc0_asks_for_no_credit() -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "photographer": "", "licence": "CC0"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-zero}}"]


def test_a_public_domain_photo_needs_no_licence_and_no_credit_for_it() -> None:
    # An anonymous Swedish photo of 1900: PD (URL 44 §: 70 years from making) and in the US.
    a = Assessor(as_of=AS_OF).assess({**ROW, "photographer": "", "anonymous": "yes", "image_date": "1900",
                                      "published_date": "1900", "licence": "CC BY 4.0"})
    assert a.verdict is Verdict.OK and RULE not in [r.rule for r in a.reasons]
