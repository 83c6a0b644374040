"""The call before upload: `Assessor.assess(record)` returns the Assessment with the calls an
upload script makes next — wikitext(), explain(), sdc() (issue 11)."""

import pickle
from dataclasses import replace
from datetime import date

import pytest

from copyright_check import Assessment, Assessor, Verdict, assess
from copyright_check.record import record_from_row
from copyright_check.result import AssessmentResult

AS_OF = date(2026, 11, 30)
# Oscar Halldin died 1948: Sweden's life + 70 has run out, and the photo was published in
# 1925, before the US cut-off (Commons:Copyright rules by territory/Sweden; Template:PD-old-auto-expired).
HALLDIN = {"id": "UM-1", "title": "Uppsala domkyrka", "photographer": "Oscar Halldin",
           "photographer_death_year": "1948", "image_date": "1925", "published_date": "1925",
           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none",
           "rights_holder": "Upplandsmuseet"}


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor(as_of=AS_OF)


def test_assess_returns_an_assessment_with_the_upload_calls(assessor: Assessor) -> None:
    a = assessor.assess(HALLDIN)
    assert isinstance(a, Assessment) and isinstance(a, AssessmentResult)
    # The public fields are the Assessment's, unchanged (RECORDS.md contract).
    assert set(a.to_dict()) == {"id", "verdict", "templates", "uploadable_from", "reasons", "errors"}
    assert a == assessor.assess_cells({k: v for k, v in HALLDIN.items()}, AS_OF)


def test_wikitext_is_the_file_page_with_the_assessments_templates(assessor: Assessor) -> None:
    a = assessor.assess(HALLDIN)
    page = a.wikitext(["Upplandsmuseet batch 1"])
    assert a.verdict is Verdict.OK
    assert "{{PD-old-auto-expired|deathyear=1948}}" in page
    assert page.rstrip().endswith("[[Category:Upplandsmuseet batch 1]]")
    assert "copyright-check row" not in page  # the batch's row line is not part of a page


def test_wikitext_of_a_blocked_row_is_a_comment_not_a_page(assessor: Assessor) -> None:
    # Died 1980: protected in Sweden until the end of 2050 (life + 70).
    a = assessor.assess({**HALLDIN, "photographer_death_year": "1980"})
    text = a.wikitext(["Upplandsmuseet batch 1"])
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2051
    assert "{{Information" not in text and "[[Category:Upplandsmuseet" not in text
    assert text.startswith("<!--") and "Undelete in 2051" in text


def test_explain_gives_the_tree_and_its_plain_text(assessor: Assessor) -> None:
    a = assessor.assess(HALLDIN)
    e = a.explain()
    assert e.assessment is a and [n.question for n in e.nodes][-1] == "verdict"
    text = a.explain_text()
    assert text.startswith("UM-1 — ok") and "rules/" in text and "\x1b[" not in text


def test_module_level_assess_returns_the_same_object() -> None:
    a = assess(HALLDIN, as_of=AS_OF)
    assert isinstance(a, AssessmentResult) and "{{Information" in a.wikitext()


def test_a_record_is_written_back_as_cells(assessor: Assessor) -> None:
    record = record_from_row({**HALLDIN, "image_date": "1920/1925"}, AS_OF.year)
    a = assessor.assess(record)
    assert a.cells["image_date"] == "1920/1925" and a.cells["photographer"] == "Oscar Halldin"
    assert a.explain().assessment.verdict is a.verdict


def test_a_pickled_result_keeps_its_row(assessor: Assessor) -> None:
    a = assessor.assess(HALLDIN)
    b = pickle.loads(pickle.dumps(a))
    assert b == a and b.wikitext() == a.wikitext()


def test_a_replaced_copy_says_it_has_no_row(assessor: Assessor) -> None:
    copy = replace(assessor.assess(HALLDIN), id="other")
    with pytest.raises(ValueError, match="without its row"):
        copy.wikitext()


def test_page_templates_are_the_templates_as_the_page_writes_them_with_the_credited_holder(
        assessor: Assessor) -> None:
    # Review 16 M5: a protected 1963 photo under CC BY 4.0 whose row names no photographer credits the rights
    # holder who released it (CC BY 4.0 § 3(a)(1)(A)(i); rules/verdict.yaml ok-photo-freely-licensed-credit-holder-*):
    # its page writes {{Cc-by-4.0|1=Riksantikvarieämbetet}}, while `templates` is the finding, {{Cc-by-4.0}}, which a
    # script building its own page from it would write crediting no one. page_templates is what the page writes.
    row = {"id": "CH-00", "title": "Gata", "image_date": "1963", "published_date": "1963", "origin_country": "SE",
           "photo_kind": "photographic_work", "licence": "CC BY 4.0", "rights_holder": "Riksantikvarieämbetet",
           "depicted_type": "none"}
    a = assessor.assess(row)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-4.0}}"]
    assert a.page_templates == ["{{Cc-by-4.0|1=Riksantikvarieämbetet}}"]
    assert all(t in a.wikitext() for t in a.page_templates)
    b = assessor.assess(HALLDIN)  # a named photographer: the page credits no one else
    assert b.page_templates == b.templates


@pytest.mark.parametrize("rid", [None, "", "   "])
def test_an_ok_row_without_an_id_gets_no_page_templates_as_it_gets_no_page(assessor: Assessor, rid: str | None) -> None:
    # Review 26b F2: the README's upload snippet (ok -> page_templates) took the tags for a record with no id,
    # whose page and structured data are withheld (no upload could match them to its record).
    row = {k: v for k, v in HALLDIN.items() if k != "id"}
    if rid is not None:
        row["id"] = rid
    a = assessor.assess(row)
    assert a.verdict is Verdict.OK and a.templates and [e.column for e in a.errors] == ["id"]
    assert a.page_templates == []
    assert "{{" not in a.wikitext() and a.sdc()["claims"] == []
