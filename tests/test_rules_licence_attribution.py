"""A licence that requires its author to be credited, on a row that names no author (review 14 E3).

CC BY 4.0 § 3(a)(1)(A)(i): the reuser must give "identification of the creator(s) of the Licensed
Material"; Commons:Upload/Unknown author or license (stored
https://commons.wikimedia.org/wiki/Commons:Upload/Unknown_author_or_license): "Works which do not
include the name of the author or which are not otherwise clearly in the public domain will be
tagged for deletion". A CC BY or CC BY-SA file page with an empty or "okänd" author and no one
else to credit is such a file: the row goes to a person. Where the row names the rights holder
who released the photo, the licence's credit goes to it: CC BY 4.0 § 3(a)(1)(A)(i) names "the
creator(s) ... and any others designated to receive attribution", and Commons keeps archives'
releases of photos by photographers they do not name (the Bundesarchiv's 2008 donation, credited
"© Bundesarchiv, Bild 102-13097 / CC-BY-SA"); the page gives the holder as the licence
template's attribution (Template:Cc-by-sa-4.0: "{{Cc-by-sa-4.0 |1= }}"). CC0 asks for no
credit; a PD photo needs no licence.
"""

from __future__ import annotations

from datetime import date

import mwparserfromhell
import pytest

from copyright_check import Assessor, Verdict
from copyright_check.wikitext import row_text

AS_OF = date(2026, 12, 1)
RULE = "needs-review-licence-attribution-missing"
# A Swedish photo of 1990 (protected: only the licence could make it uploadable), a museum as holder, by its name.
ROW = {"id": "CCBY", "image_date": "1990", "origin_country": "SE", "rights_holder": "Nordiska museet",
       "depicted_type": "none"}


@pytest.mark.parametrize("author", [{"photographer": "okänd"}, {"photographer": ""},
                                    {"photographer": "", "anonymous": "yes"}])
@pytest.mark.parametrize("licence", ["CC BY 4.0", "CC BY-SA 4.0", "CC BY 3.0 Deutschland"])
def test_a_by_licence_with_no_author_to_credit_goes_to_a_person(author: dict[str, str], licence: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, **author, "rights_holder": "", "licence": licence})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE and "credit" in a.reasons[-1].text


@pytest.mark.parametrize("author", [{"photographer": "okänd"}, {"photographer": ""},
                                    {"photographer": "", "anonymous": "yes"}])
def test_a_by_licence_with_no_author_credits_the_rights_holder_who_released_it(author: dict[str, str]) -> None:
    row = {**ROW, **author, "licence": "CC BY-SA 4.0"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]
    assert a.reasons[-1].rule == "ok-photo-freely-licensed-credit-holder-depicted-free"
    page = mwparserfromhell.parse(row_text(row, a))
    licence = next(t for t in page.filter_templates() if str(t.name).strip() == "Cc-by-sa-4.0")
    assert str(licence.get("1").value) == "Nordiska museet"


def test_a_named_holder_row_and_an_empty_holder_row_never_share_a_cached_answer() -> None:
    # The whole-row cache keys on whether the holder cell is empty, names a holder, or says
    # the holder is unknown (record.holder_cell_state): a batch's second row, the same but
    # for an empty holder cell, once took the first row's ok.
    assessor = Assessor(as_of=AS_OF)
    named = assessor.assess({**ROW, "photographer": "", "licence": "CC BY 4.0"})
    empty = assessor.assess({**ROW, "photographer": "", "rights_holder": "", "licence": "CC BY 4.0"})
    assert (named.verdict, empty.verdict) == (Verdict.OK, Verdict.NEEDS_REVIEW)
    assert empty.reasons[-1].rule == RULE


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


def test_a_by_licence_with_no_author_credits_the_holder_beside_freedom_of_panorama() -> None:
    # A protected Swedish building (architect d. 1990) seen from the street: URL 24 § covers it
    # (FoP-Sweden), and the photo's licence credits the museum that released it.
    row = {**ROW, "photographer": "", "licence": "CC BY 4.0", "depicted_type": "building", "depicted_country": "SE",
           "depicted_creator": "Arkitekt A", "depicted_creator_death_year": "1990", "depicted_date": "1980",
           "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is Verdict.OK
    assert a.reasons[-1].rule == "ok-photo-freely-licensed-credit-holder-fop"
    assert "{{Cc-by-4.0|1=Nordiska museet}}" in row_text(row, a)


# Review 19 G4 (play/c0.csv): CC0 and the Public Domain Mark applied by the rights holder ask for no credit, but only
# the copyright holder can waive the rights (Commons:Licensing; Template:PDMark-owner: "when a copyright holder applies
# the PDM to their own work"). A row that names neither the photographer nor a holder names no one who gave the
# waiver, and Commons tags such a file (Commons:Upload/Unknown author or license, above).
GIVER = "needs-review-licence-giver-missing"


@pytest.mark.parametrize("author", [{"photographer": "okänd"}, {"photographer": ""},
                                    {"photographer": "okänd", "anonymous": "yes"}])
@pytest.mark.parametrize("licence", ["CC0", "PDM applied by the rights holder"])
def test_a_waiver_from_no_one_named_goes_to_a_person(author: dict[str, str], licence: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, **author, "rights_holder": "", "licence": licence})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == GIVER


@pytest.mark.parametrize("named", [{"photographer": "Per Foto", "rights_holder": ""}, {"photographer": ""}])
def test_a_waiver_with_its_photographer_or_its_holder_named_stands(named: dict[str, str]) -> None:
    # The photographer, or the holder (Nordiska museet) who waived the rights: CC0 asks for no more.
    a = Assessor(as_of=AS_OF).assess({**ROW, **named, "licence": "CC0"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-zero}}"]


def test_a_waiver_from_no_one_named_on_a_public_domain_photo_needs_none() -> None:
    # An anonymous Swedish photo of 1900 is PD on its own (URL 44 §): the waiver is not needed.
    a = Assessor(as_of=AS_OF).assess({**ROW, "photographer": "", "anonymous": "yes", "rights_holder": "",
                                      "image_date": "1900", "published_date": "1900", "licence": "CC0"})
    assert a.verdict is Verdict.OK and GIVER not in [r.rule for r in a.reasons]
