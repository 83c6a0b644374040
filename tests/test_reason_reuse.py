"""Reasons are shared between rows that have equal ones (reasons._reason): a shared reason
must be equal in every field, the open question and what would settle it included, since
the terminal, the unlock report and the summary read those (assessment.Reason)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from copyright_check.assessment import Reason
from copyright_check.reasons import _REASONS_LIMIT, _new_reason, _reason, shared


def test_an_equal_reason_is_the_one_made_before() -> None:
    a = _reason("r", "text", "jurisdictions/se.yaml", "s", True, "image_date")
    assert _reason("r", "text", "jurisdictions/se.yaml", "s", True, "image_date") is a


def test_reasons_that_differ_in_any_field_stay_apart() -> None:
    base = ("r", "text", "jurisdictions/se.yaml", "s", True, "image_date")
    made = _reason(*base)
    for i, other in enumerate(("r2", "text2", None, "s2", False, "published_date")):
        fields = list(base)
        fields[i] = other
        r = _reason(*fields)  # type: ignore[arg-type]
        assert r is not made
        assert (r.rule, r.text, r.jurisdiction, r.source, r.open) == tuple(fields[:5])
        # What settles the question is kept only for an open one.
        assert r.missing == (fields[5] if fields[4] else None)


def test_a_reason_made_here_is_one_made_by_its_class() -> None:
    # _new_reason sets the fields as the dataclass __init__ does, without its interpreted
    # frame: every field, equality, hash, repr and pickling must be Reason()'s.
    made = _new_reason("r", "Photo by Émile", "jurisdictions/fr.yaml", "s", True, "image_date")
    built = Reason("r", "Photo by Émile", "jurisdictions/fr.yaml", "s", True, "image_date")
    assert type(made) is Reason
    assert dataclasses.astuple(made) == dataclasses.astuple(built)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]


def test_a_reason_met_again_after_the_table_filled_is_still_the_one_made_before() -> None:
    # Two generations: filling the newer table moves it to the older, where a reason is
    # still found (and moved up again), so a batch's common reasons are not made afresh.
    first = _reason("r-kept", "text", None, "s", False, None)
    for i in range(_REASONS_LIMIT + 1):
        _reason("r-filler", f"text {i}", None, "s", False, None)
    assert _reason("r-kept", "text", None, "s", False, None) is first
    for i in range(2 * _REASONS_LIMIT + 1):
        _reason("r-filler", f"more text {i}", None, "s", False, None)
    again = _reason("r-kept", "text", None, "s", False, None)
    assert again is not first and again == first  # dropped at last: made again, equal


@pytest.mark.parametrize(("open_", "missing"), [(False, None), (True, None), (True, "a template"),
                                                (False, "a template")])
def test_a_reason_made_outside_the_rules_is_shared_and_equal_to_its_class(open_: bool, missing: str | None) -> None:
    # The assessor's own reasons (licence, template checks) go through shared(): every field
    # as Reason() makes it, what settles the question included.
    built = Reason("licence-refused", "why", None, "https://example.org", open_, missing)
    made = shared("licence-refused", "why", None, "https://example.org", open=open_, missing=missing)
    assert dataclasses.astuple(made) == dataclasses.astuple(built)
    if open_ or missing is None:
        assert shared("licence-refused", "why", None, "https://example.org", open=open_, missing=missing) is made


@pytest.mark.parametrize("value", ["1948", 'a "quoted" name', "back\\slash", "tab\there", "Émile Zola",
                                   "line\u2028break", "c1 \x85 control", "del \x7f", "nul \x00",
                                   "\u00b2\u0663", "", "{missing}"])
def test_a_new_reasons_text_encoded_from_its_parts_is_its_text_encoded(value: str) -> None:
    # output.row_json_bytes writes a reason made by _made with the text _encode_pieces made
    # from its parts (the rule text's literals encoded by _plan, each value as it comes): it
    # must be json's own encoding of the whole text, line-safe, in UTF-8, whatever the values
    # and the literals hold.
    from json.encoder import encode_basestring

    from copyright_check.reasons import _encode_pieces, _plan, encoded_text, line_safe

    text = 'Head \\ "é"\t{country} literal\n{missing} tail \u2028'
    head, pairs, _, encoded = _plan(text)
    pieces = [f"If it is a {value}: ", head]
    for _, _, literal, _ in pairs:
        pieces += [value, literal]
    r = _new_reason("r", "".join(pieces), None, "s", False, None)
    _encode_pieces(r, pieces, encoded)
    assert encoded_text(r) == line_safe(encode_basestring("".join(pieces))).encode("utf-8")
    assert encoded_text(r) is None  # taken once


def test_a_new_reason_with_a_lone_surrogate_is_left_to_the_writer() -> None:
    # A value UTF-8 cannot encode (a lone surrogate from a damaged cell) gives no encoded
    # text: output.row_json_bytes encodes the text itself and fails on it as on any other
    # row, so the chunk is written as text and the writer fails on it as it would have.
    from copyright_check.reasons import _encode_pieces, _plan, encoded_text

    head, pairs, _, encoded = _plan("Died {death} here.")
    pieces = ["", head, "19\udc80", pairs[0][2]]
    r = _new_reason("r", "".join(pieces), None, "s", False, None)
    _encode_pieces(r, pieces, encoded)
    assert encoded_text(r) is None


def test_a_value_is_left_as_it_is_exactly_where_json_would_leave_it() -> None:
    # _body skips the encoder for a value its search finds nothing to escape in: that must
    # be every character json leaves as it is, and no other (every code point, surrogates too).
    from json.encoder import encode_basestring

    from copyright_check.reasons import _body

    for c in range(0x110000):
        ch = chr(c)
        assert _body(ch) == encode_basestring(ch)[1:-1], hex(c)


def test_a_context_value_by_its_code_is_the_context_functions() -> None:
    # _made reads a context value by the code its plan carries (_context_value's direct
    # calls): for every name, on a row that has every kind of value, the function's own.
    from datetime import date

    from copyright_check import Assessor
    from copyright_check.facts import build
    from copyright_check.reasons import _ABSENT, _CONTEXT, _CONTEXT_CODE, _context_value
    from copyright_check.record import record_from_row

    assessor = Assessor(as_of=date(2026, 11, 24))
    cells = {"id": "1", "photographer": "Anna", "image_date": "1950", "origin_country": "FR",
             "depicted_country": "FR", "depicted_type": "sculpture", "depicted_setting": "outdoor_public",
             "depicted_date": "1930", "licence": "CC BY 4.0"}
    record = record_from_row(cells, 2026, normalised=True)
    s = build(record, date(2026, 11, 24), assessor.jurisdictions, assessor.ruleset.host)
    decision = assessor._decide(s)
    for d in (decision, None):
        for name, fn in _CONTEXT.items():
            assert _context_value(_CONTEXT_CODE[name], s, d) == fn(s, d), name
    assert _context_value(len(_CONTEXT), s, decision) is _ABSENT


def test_a_rule_texts_reason_is_kept_by_the_values_put_in_and_equal_to_its_text() -> None:
    # reasons._made keeps a rule text's reason by the values it puts into the text (_MADE),
    # not by the text made: a row with the same values gets the reason made before, one that
    # differs in a value (here the photographer's death year, a term's pd_from) gets its own,
    # and each is the Reason its text and fields make.
    from datetime import date

    from copyright_check import Assessor
    from copyright_check.record import record_from_row

    assessor = Assessor(as_of=date(2026, 11, 24))
    row = {"id": "1", "photographer": "Anna Riwkin", "photographer_death_year": "1970", "image_date": "1950",
           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none"}
    first = assessor.assess_record(record_from_row(dict(row), 2026, normalised=True))
    again = assessor.assess_record(record_from_row(dict(row, id="2"), 2026, normalised=True))
    assert len(first.reasons) == len(again.reasons)
    assert all(a is b for a, b in zip(first.reasons, again.reasons, strict=True))
    other = assessor.assess_record(record_from_row(dict(row, photographer_death_year="1971"), 2026,
                                                   normalised=True))
    assert [r.text for r in other.reasons] != [r.text for r in first.reasons]
    assert any("1970" in r.text for r in first.reasons) and any("1971" in r.text for r in other.reasons)
    # Made afresh, with nothing kept, the reasons are equal in every field to the kept ones.
    from copyright_check import reasons

    for table in (reasons._MADE, reasons._OLDER_MADE, reasons._REASONS, reasons._OLDER_REASONS):
        table.clear()
    fresh = assessor.assess_record(record_from_row(dict(row, id="3"), 2026, normalised=True))
    assert [dataclasses.astuple(r) for r in fresh.reasons] == [dataclasses.astuple(r) for r in again.reasons]
    assert all(a is not b for a, b in zip(fresh.reasons, again.reasons, strict=True))
