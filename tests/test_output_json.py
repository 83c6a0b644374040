"""The JSON the batch writes: the row loop's own dict is Assessment.to_dict(), key order
included, and escaping of line breaks and C1 controls (issue 13) happens exactly where a
row holds one (issue 14: the escape runs only when needed)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.batch import assess_file
from copyright_check.output import row_json, to_json
from copyright_check.record import record_from_row

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"


def test_row_json_is_to_json_of_the_assessment_to_dict_for_every_example_row() -> None:
    # The row loop writes the JSON itself (output.row_json): byte for byte json's own
    # encoding of Assessment.to_dict(), key order included.
    results = list(assess_file(EXAMPLE, None, date(2026, 11, 24)))
    assert results
    for r in results:
        assert row_json(r.assessment) == to_json(r.assessment.to_dict())


def test_row_json_keeps_each_reasons_own_rule_jurisdiction_and_source() -> None:
    # Parts are reused by (rule, jurisdiction, source): reasons that share a rule but not
    # its file or source, and texts and ids that need escapes, stay their own.
    a = Assessment("x\"1\u2028", Verdict.NOT_OK, ["{{PD-old}}", "é"], 2031, [
        Reason("r", "t\n\x85", "jurisdictions/se.yaml", "s1"),
        Reason("r", "t2", None, "s1"),
        Reason("r", "t3", "jurisdictions/se.yaml", None),
        Reason("r", "t4", "jurisdictions/se.yaml", "s1"),
    ], [RowError("image_date", "bad \u2029"), RowError("id", "dup")])
    for _ in range(2):
        assert row_json(a) == to_json(a.to_dict())
    empty = Assessment("", Verdict.OK)
    assert row_json(empty) == to_json(empty.to_dict())


def test_line_separators_and_c1_controls_are_escaped() -> None:
    text = to_json({"text": "a\u2028b\u2029c\x85d\x9be"})
    assert text == '{"text": "a\\u2028b\\u2029c\\u0085d\\u009be"}'
    assert "\n" not in json.loads(f"[{text}]")[0]["text"]


def test_text_without_them_is_json_dumps_unchanged() -> None:
    data = {"text": "Övergiven byggnad – “ca. 1920”", "n": None}
    assert to_json(data) == json.dumps(data, ensure_ascii=False)


def test_a_repeated_bad_cell_gives_each_row_its_own_error() -> None:
    # The typed-cell cache (record.py) shares the error value, never a row's error list.
    first = record_from_row({"id": "a", "image_date": "sometime"}, 2026)
    second = record_from_row({"id": "b", "image_date": "sometime"}, 2026)
    assert [e.column for e in first.errors] == ["image_date"]
    assert first.errors == second.errors and first.errors is not second.errors


def test_unprintable_text_without_them_is_unchanged_too() -> None:
    # A no-break space or soft hyphen is unprintable but needs no escape: the search decides.
    data = {"text": "ca.\u00a01920 Stock\u00adholm"}
    assert to_json(data) == json.dumps(data, ensure_ascii=False)


def test_a_reason_met_again_is_written_as_first_and_an_equal_new_one_too() -> None:
    # row_json keeps each Reason's JSON by the object (reasons.py hands one Reason to every
    # row that has it): the same object in a later row, an equal new one, and a new one
    # with another text after the first is gone each give json's own bytes.
    shared = Reason("r", "Photo by Émile – 1920\u2028", "jurisdictions/fr.yaml", "s")
    first = Assessment("a", Verdict.NOT_OK, [], None, [shared])
    second = Assessment("b", Verdict.NOT_OK, [], None, [shared, Reason("r", shared.text, shared.jurisdiction, "s")])
    for a in (first, second, first):
        assert row_json(a) == to_json(a.to_dict())
    del first, second, shared
    other = Assessment("c", Verdict.OK, [], None, [Reason("r", "another text", "jurisdictions/fr.yaml", "s")])
    assert row_json(other) == to_json(other.to_dict())


def test_a_reason_and_a_tag_set_met_after_their_tables_filled_are_written_as_first() -> None:
    # The reasons' JSON is kept in two generations, and rows' templates by their tag set:
    # a reason found again in the older table, and one dropped from both, give json's bytes.
    from copyright_check.output import _REASON_JSON_LIMIT

    kept = Reason("r", "Photo by Émile – 1920", "jurisdictions/fr.yaml", "s")
    tags = ["{{PD-old-auto|deathyear=1920}}", "{{FoP-Sweden}}"]
    row = Assessment("k", Verdict.OK, tags, None, [kept])
    assert row_json(row) == to_json(row.to_dict())
    for rounds in (1, 3):
        for i in range(rounds * _REASON_JSON_LIMIT + 1):
            filler = Assessment(f"f{i}", Verdict.NOT_OK, [f"{{{{T|{i}}}}}"], 2000 + i % 50,
                                [Reason("f", f"text {i}", None, None)])
            assert row_json(filler) == to_json(filler.to_dict())
        for v in Verdict:
            row.verdict = v
            assert row_json(row) == to_json(row.to_dict())


def _bytes_rows() -> list[Assessment]:
    shared = Reason("r", "Photo by Émile – 1920\u2028, \"quoted\"", "jurisdictions/fr.yaml", "s")
    return [
        Assessment("x\"1\u2028", Verdict.NOT_OK, ["{{PD-old}}", "é"], 2031, [
            Reason("r", "t\n\x85", "jurisdictions/se.yaml", "s1"), shared,
            Reason("r", "no comma here", None, None), Reason("=r", "-1, a formula's start", None, None),
        ], [RowError("image_date", "bad \u2029, \"x\""), RowError("id", "dup")]),
        Assessment("", Verdict.OK),
        Assessment("=id", Verdict.NEEDS_REVIEW, [], None, [shared, shared]),
        Assessment("b", Verdict.OK, ["{{Cc-by-4.0}}"], None, [shared, Reason("r", "a, b", None, None)]),
    ]


def test_a_repeated_error_written_in_utf8_is_its_text_encoded_and_one_utf8_cannot_encode_still_fails() -> None:
    # row_json_bytes keeps each error's object encoded by its column and message: a row meeting
    # the same error again (and beside another) is byte for byte its row_json text in UTF-8; an
    # error holding a lone surrogate raises as the line's encoding did, each time (nothing kept),
    # so that its chunk is written as text (chunkwork.render_block).
    from copyright_check.output import row_json_bytes

    same = RowError("depicted_date", "'ca 1900–10' is not a date   \"read\" as unknown")
    rows = [Assessment("a", Verdict.NEEDS_REVIEW, [], None, [], [same]),
            Assessment("b", Verdict.NEEDS_REVIEW, [], None, [], [RowError("id", "dup"), same])]
    for _ in range(2):
        for a in rows:
            assert row_json_bytes(a) == row_json(a).encode("utf-8")
    lone = Assessment("c", Verdict.NEEDS_REVIEW, [], None, [], [RowError("title", "bad \udcff byte")])
    for _ in range(2):
        with pytest.raises(UnicodeEncodeError):
            row_json_bytes(lone)


def test_a_row_written_in_utf8_is_its_text_encoded_in_every_line_format() -> None:
    # A block's rows are written as bytes, joined from pieces kept encoded (output.row_json_bytes,
    # row_csv_bytes): byte for byte the row's text (row_json, csv_text) in UTF-8, for a row
    # met first and again, a reason's text that needs quoting or not, formulas kept or not.
    from copyright_check.output import csv_text, row_csv_bytes, row_json_bytes
    from copyright_check.reader import RawRow

    columns = ["id", "title", "verdict"]
    rows = [RawRow(2, {}, None, values=["=1", "Övergiven, \"by\"", ""]), RawRow(3, {}, None, values=[""]),
            RawRow(4, {}, None, values=["", "", "", "extra"])]
    for _ in range(2):
        for a in _bytes_rows():
            assert row_json_bytes(a) == row_json(a).encode("utf-8")
            for row in rows:
                for formulas in (False, True):
                    assert row_csv_bytes(row, a, columns, formulas) == csv_text(row, a, columns, formulas).encode()
    one = RawRow(2, {}, None, values=[""])
    for a in _bytes_rows():
        assert row_csv_bytes(one, a, ["only"], False) == csv_text(one, a, ["only"], False).encode("utf-8")
