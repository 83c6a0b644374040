"""The library call an upload script makes."""

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from copyright_check import Assessment, Assessor, Verdict, assess


def test_assess_returns_a_typed_assessment() -> None:
    a = assess({"id": "X", "photographer": "Oscar Halldin", "photographer_death_year": 1948,
                "image_date": "1925", "published_date": 1925, "origin_country": "SE",
                "photo_kind": "photographic_work", "depicted_type": "none"}, as_of=date(2026, 11, 24))
    assert isinstance(a, Assessment) and a.verdict is Verdict.OK


def test_cache_shares_engine_evaluations_between_equal_situations() -> None:
    assessor = Assessor(as_of=date(2026, 11, 24))
    row = {"photographer": "P", "photographer_death_year": "1900", "image_date": "1890",
           "published_date": "1890", "origin_country": "SE", "depicted_type": "none",
           "photo_kind": "photographic_work"}
    first = assessor.assess({"id": "1", "title": "A", **row})
    after_first = assessor.evaluations
    second = assessor.assess({"id": "2", "title": "B", **row})
    assert after_first == 6  # one engine call per question (the photo's kind given: no split)
    assert assessor.evaluations == after_first
    assert first.verdict == second.verdict and second.id == "2"


def test_every_row_gets_an_assessment_even_garbage() -> None:
    a = assess({"id": "", "photographer_death_year": "\x00\x01", "licence": "{{x}}"})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.errors


def test_rows_equal_in_every_legal_column_share_one_assessment_under_their_own_ids() -> None:
    assessor = Assessor(as_of=date(2026, 11, 24))
    row = {"photographer": "P", "photographer_death_year": "1900", "image_date": "bad date",
           "origin_country": "SE", "depicted_type": "none"}
    first = assessor.assess({"id": "1", "title": "A", **row})
    first.errors.append(first.errors[0])  # a caller's change must not leak into the cache
    second = assessor.assess({"id": "2", "title": "B", **row})
    assert second.id == "2" and len(second.errors) == 1
    assert second.reasons == first.reasons


def test_library_reads_a_row_as_the_batch_does() -> None:
    # An upload script calls the library on the rows of the same spreadsheet the batch
    # assessed: the verdict, templates and reasons must be the batch's (words such as
    # "portrait" or "Fotografie" are read by the same vocabularies).
    path = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
    out = subprocess.run([sys.executable, "-m", "copyright_check.cli", "assess", str(path), "--format", "json",
                          "--as-of", "2026-11-24", "--jobs", "1"], capture_output=True, text=True, check=False)
    batch = json.loads(out.stdout)
    assessor = Assessor()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(batch)
    for row, expected in zip(rows, batch, strict=True):
        a = assessor.assess(row, "2026-11-24")
        assert a.verdict.value == expected["verdict"], row["id"]
        assert a.templates == expected["templates"], row["id"]
        assert [r.rule for r in a.reasons] == [r["rule"] for r in expected["reasons"]], row["id"]


def test_a_library_result_has_every_field_its_constructor_would_set() -> None:
    # result.result_of sets the slots itself (for speed): each must equal what __init__ sets,
    # so a field added to Assessment or AssessmentResult and forgotten there shows here.
    from copyright_check.assessment import Reason, RowError
    from copyright_check.result import AssessmentResult, result_of

    a = Assessment("A-1", Verdict.NOT_OK, ["{{PD-old}}"], 2031, [Reason("r", "text")], [RowError("title", "bad")], 1)
    cells = {"id": "A-1", "title": "x"}
    assessor = Assessor()
    built = AssessmentResult(a.id, a.verdict, a.templates, a.uploadable_from, a.reasons, a.errors, a.own,
                             cells=cells, as_of=date(2026, 11, 24), assessor=assessor)
    fast = result_of(a, cells, date(2026, 11, 24), assessor)
    # The fields by class: __slots__ in the pure build, __mypyc_attrs__ in the compiled one
    # (a native class has no __slots__; it lists its attributes there, a dunder among them).
    slots = [name for cls in AssessmentResult.__mro__
             for name in getattr(cls, "__slots__", None) or getattr(cls, "__mypyc_attrs__", ())
             if not name.startswith("__")]
    assert "id" in slots and "_row" in slots
    for name in slots:
        assert getattr(fast, name) == getattr(built, name), name


def test_one_field_under_two_spellings_with_different_values_is_the_rows_error_as_in_a_file() -> None:
    # README "Messy input": a column given twice, a conflicting second one is reported. A
    # DataFrame after a merge or rename holds "photographer_death_year" and "Photographer
    # Death Year"; read as header names are (case, spaces, "_" alike), the second (2010:
    # protected in Sweden to 2080) must not be dropped silently under an ok on the first.
    row = {"id": "D1", "photographer": "Anna Berg", "photographer_death_year": "1900",
           "Photographer Death Year": "2010",
           "image_date": "1890", "published_date": "1890", "origin_country": "SE",
           "photo_kind": "photographic_work", "depicted_type": "none"}
    assessor = Assessor()
    for a in (assessor.assess(row, "2026-12-01"), assessor.assess_cells(row, "2026-12-01")):
        assert a.verdict is Verdict.NEEDS_REVIEW
        assert any(e.column == "photographer_death_year" and "appears twice" in e.message for e in a.errors)
    # The same value twice, or a second spelling left empty, is no conflict.
    assert assessor.assess({**row, "Photographer Death Year": "1900"}, "2026-12-01").verdict is Verdict.OK
    assert assessor.assess({**row, "Photographer Death Year": ""}, "2026-12-01").verdict is Verdict.OK
    # A date field's two plain years are its span, as a file's start and end columns are.
    span = assessor.assess({**row, "Photographer Death Year": "1900", "Image Date": "1895"}, "2026-12-01")
    assert not any("appears twice" in e.message for e in span.errors)
