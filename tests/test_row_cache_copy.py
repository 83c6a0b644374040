"""The whole-row cache keeps an assessment as a tuple of its fields (assessor._keep) and hands
it out under a row's own id (assessor._copy), both built field by field for speed: every
other field must come through unchanged."""

from __future__ import annotations

from dataclasses import fields

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import _copy, _keep


def test_a_cached_assessment_copied_for_another_row_keeps_every_field_but_the_id() -> None:
    # A value for every field that differs from its default, so a field the copy forgets shows.
    original = Assessment("A-1", Verdict.OK, ["{{PD-old}}"], 2031, [Reason("r", "text")],
                          [RowError("title", "bad")], **{f.name: 1 for f in fields(Assessment)
                                                         if f.name not in ("id", "verdict", "templates",
                                                                           "uploadable_from", "reasons", "errors")})
    copied = _copy(_keep(original, original.errors), "B-2")
    assert copied.id == "B-2"
    for f in fields(Assessment):
        if f.name != "id":
            assert getattr(copied, f.name) == getattr(original, f.name), f.name


def test_a_caller_that_appends_to_a_copy_does_not_change_the_cached_assessment() -> None:
    original = Assessment("A-1", Verdict.OK, ["{{PD-old}}"], None, [Reason("r", "text")], [])
    kept = _keep(original, original.errors)
    copied = _copy(kept, "B-2")
    copied.templates.append("x")
    copied.reasons.append(Reason("s", "more"))
    copied.errors.append(RowError("id", "x"))
    assert original.templates == ["{{PD-old}}"] and len(original.reasons) == 1 and not original.errors
    again = _copy(kept, "C-3")
    assert again.templates == ["{{PD-old}}"] and len(again.reasons) == 1 and not again.errors
