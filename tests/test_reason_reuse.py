"""Reasons are shared between rows that have equal ones (reasons._reason): a shared reason
must be equal in every field, the open question and what would settle it included, since
the terminal, the unlock report and the summary read those (assessment.Reason)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from copyright_check.assessment import Reason
from copyright_check.reasons import _new_reason, _reason


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
