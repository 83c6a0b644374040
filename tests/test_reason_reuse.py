"""Reasons are shared between rows that have equal ones (reasons._reason): a shared reason
must be equal in every field, the open question and what would settle it included, since
the terminal, the unlock report and the summary read those (assessment.Reason)."""

from __future__ import annotations

from copyright_check.reasons import _reason


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
