"""A column in which the export says whether the image is to be published at all (Carlotta's
"Publiceras", Primus' "Publiseres", a web-publication flag): its "no" withholds the row
(rules/verdict.yaml needs-review-withheld-by-export; vocabularies/headers.yaml publish_flags).

Commons:Licensing asks that a file's status be clear, and an institution withholds an image for
what no column says (rights not cleared, privacy, a sensitive object): an upload is its decision,
not the rules'. Session 25's open point: "Publiceras: Nej" beside CC0 was ok {{Cc-zero}}.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from tests.conftest import assess_jsonl, rules_of

AS_OF = date(2026, 12, 3)
HEADER = ("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
          "licence,depicted_type,{flag}\n")
# Oscar Halldin died 1948: his photo is PD in Sweden (URL 43 §, 70 years p.m.a.) and in the US
# (published 1920, over 95 years ago): ok {{PD-old-70}} and {{PD-US-expired}}, flag aside.
PD_ROW = "H1,Stadsvy,Oscar Halldin,1948,1920,1920,SE,photographic_work,,none,{value}\n"
# The institution's own photo under CC0: ok {{Cc-zero}}, flag aside.
CC0_ROW = "C1,Stadsvy,Museets fotograf,,2019,2019,SE,photographic_work,CC0,none,{value}\n"


def _one(tmp_path: Path, flag: str, row: str, value: str) -> dict[str, object]:
    path = tmp_path / "export.csv"
    cell = f'"{value}"' if "," in value else value
    path.write_text(HEADER.format(flag=flag) + row.format(value=cell), encoding="utf-8")
    [found] = assess_jsonl(path, as_of=AS_OF.isoformat())
    return found


@pytest.mark.parametrize(("flag", "value"), [("Publiceras", "Nej"), ("Publiseres", "Nei"), ("Publish online?", "No"),
                                             ("Web publication", "FALSE"), ("Veröffentlichen", "nein"),
                                             ("Julkaistaan", "ei")])
@pytest.mark.parametrize("row", [PD_ROW, CC0_ROW])
def test_needs_review_withheld_by_export_where_its_publish_flag_says_no(
        tmp_path: Path, flag: str, value: str, row: str) -> None:
    found = _one(tmp_path, flag, row, value)
    assert found["verdict"] == "needs_review" and found["templates"] == []
    assert [r["rule"] for r in found["reasons"]] == ["needs-review-withheld-by-export"]  # type: ignore[attr-defined]
    assert "not to be published" in str(found["errors"])


@pytest.mark.parametrize(("flag", "value"), [
    # Review 26d F4: a no in other words, and headers with more words around the flag's.
    ("Publiceras", "Nej, ej klar"), ("Publiceras", "Nej (rättigheter)"), ("Publiceras", "no!"), ("Publiceras", "Ej"),
    ("Publiceras", "Inte"), ("Publiceras", "Not yet"), ("Publiceras", "Spärrad"), ("Publiceras", "Internt"),
    ("Publiceras", "✗"), ("Publiceras (ja/nej)", "Nej"), ("Ska publiceras", "Nej"),
    ("Publiseres i DigitaltMuseum", "Nei"), ("Visas på webben", "Nej"), ("Freigabe", "nicht freigegeben"),
    ("Upload to Commons", "No"), ("PublishOnline", "false")])
def test_needs_review_withheld_by_export_reads_a_no_in_other_words(tmp_path: Path, flag: str, value: str) -> None:
    found = _one(tmp_path, flag, CC0_ROW, value)
    assert found["verdict"] == "needs_review"
    assert [r["rule"] for r in found["reasons"]] == ["needs-review-withheld-by-export"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", ["Ja", "yes", "", "1", "x", "Godkänd", "Ja, efter granskning"])
def test_a_publish_flag_saying_yes_or_nothing_leaves_the_verdict(tmp_path: Path, value: str) -> None:
    found = _one(tmp_path, "Publiceras", CC0_ROW, value)
    assert found["verdict"] == "ok" and found["templates"] == ["{{Cc-zero}}"] and found["errors"] == []


@pytest.mark.parametrize("flag", ["Published", "Publicerad", "Veröffentlicht"])
def test_a_column_saying_whether_the_work_was_published_is_no_publish_flag(tmp_path: Path, flag: str) -> None:
    # Whether the work was published (the record's published_date) is another question: "no"
    # there says nothing of whether the institution lets the image go up.
    found = _one(tmp_path, flag, CC0_ROW, "No")
    assert found["verdict"] == "ok" and not any("not to be published" in str(e) for e in found["errors"])  # type: ignore[attr-defined]


def test_a_known_block_still_decides_beside_a_withheld_row(tmp_path: Path) -> None:
    # Anna Riwkin died 1970: her 1935 photo is protected in Sweden to 2040 (URL 43 §): not_ok,
    # as without the flag; the flag's error is listed beside it.
    found = _one(tmp_path, "Publiceras", "R1,Stadsvy,Anna Riwkin,1970,1935,1935,SE,photographic_work,,none,{value}\n",
                 "Nej")
    assert found["verdict"] == "not_ok"
    assert "not to be published" in str(found["errors"])


def test_the_library_call_withholds_the_row_as_the_batch_does() -> None:
    # An upload script's call before each upload: the same cells, the same verdict.
    cells = {"id": "L1", "title": "Stadsvy", "photographer": "Oscar Halldin", "photographer_death_year": "1948",
             "image_date": "1920", "published_date": "1920", "origin_country": "SE",
             "photo_kind": "photographic_work", "depicted_type": "none"}
    assessor = Assessor(as_of=AS_OF)
    assert assessor.assess(cells).verdict is Verdict.OK
    withheld = assessor.assess({**cells, "Publiceras": "Nej"})
    assert withheld.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(withheld) == ["needs-review-withheld-by-export"]
    assert assessor.assess({**cells, "Publiceras": "Ja"}).verdict is Verdict.OK


@pytest.mark.parametrize(("flag", "value"), [
    # Review 26e E4: the question asked the other way round, its yes withholds (vocabularies/headers.yaml
    # withhold_flags); and a flag's header in brackets or with its answers after it.
    ("Do not publish", "Yes"), ("Publiceras ej", "Ja"), ("Spärrad", "x"), ("[Publiceras]", "Nej"),
    ("Publiceras? J/N", "N"), ("Publish: Y/N", "N"), ("Publiceras", "Falso"), ("Publiceras", "\u200bNej")])
def test_needs_review_withheld_by_export_reads_the_flag_asked_either_way(tmp_path: Path, flag: str,
                                                                          value: str) -> None:
    found = _one(tmp_path, flag, CC0_ROW, value)
    assert found["verdict"] == "needs_review"
    assert [r["rule"] for r in found["reasons"]] == ["needs-review-withheld-by-export"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("flag", "value"), [
    # Review 26e E5: a header that negates the flag, or names the work's publication, is no flag's no.
    ("Publiceras ej", "Nej"), ("Do not publish", "No"), ("Publish date", "0"), ("Publish restrictions", "No"),
    ("Veröffentlichung", "nicht veröffentlicht"), ("Julkaisu", "ei julkaistu"), ("Publicación", "No publicada")])
def test_a_header_that_negates_the_flag_or_names_the_publication_withholds_nothing(tmp_path: Path, flag: str,
                                                                                   value: str) -> None:
    found = _one(tmp_path, flag, CC0_ROW, value)
    assert found["verdict"] == "ok" and not any("not to be published" in str(e) for e in found["errors"])  # type: ignore[attr-defined]


@pytest.mark.parametrize(("flag", "value"), [
    # Review 26f F3: read whole, a flag withholds unless it says yes; a header that begins with a flag's words
    # and says more is one too; the question asked the other way round withholds unless it says no.
    ("Publiceras", "Pending"), ("Publiceras", "-"), ("Publiceras", "2030"), ("Publiceras", "On hold"),
    ("Publicera på Commons?", "Nej"), ("Publish to Wikimedia Commons", "No"), ("Freigabe Web", "Nein"),
    ("Julkaistaan Finnassa", "Ei"), ("Embargo", "2030-12-31"), ("Spärrad", "Spärrad"), ("Do not publish", "Sant"),
    ("Do not publish online", "Yes"), ("Får inte publiceras", "Ja")])
def test_needs_review_withheld_by_export_where_the_flag_does_not_say_it_may_go_up(tmp_path: Path, flag: str,
                                                                                   value: str) -> None:
    found = _one(tmp_path, flag, CC0_ROW, value)
    assert found["verdict"] == "needs_review"
    assert [r["rule"] for r in found["reasons"]] == ["needs-review-withheld-by-export"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("flag", "value"), [("Publiceras i", "Fataburen 1935"), ("Publish date", "2020-01-01"),
                                             ("Embargo", "Nej"), ("Publicera på Commons", "Ja")])
def test_a_column_about_where_or_when_it_was_published_or_a_cleared_flag_withholds_nothing(
        tmp_path: Path, flag: str, value: str) -> None:
    assert _one(tmp_path, flag, CC0_ROW, value)["verdict"] == "ok"
