"""Real works the rules were not written from, each with the verdict and templates a stored
page gives for it (tests/data/real_cases.csv: the record's columns, then `as_of`,
`expected_verdict`, `expected_templates` (';'-separated, empty for none),
`expected_uploadable_from` (checked only where the page states it or its rule fixes it),
`page` and `quote`: where the expectation was read, and the sentence that gives it, and
`known_gap`: empty, or why the tool cannot yet give the page's answer - such a row is a
strict expected failure, kept rather than deleted, so that closing the gap shows).

A failure here is a wrong verdict on a real case: decide from the quoted page who is
right, and fix the law or rule file (or the row, if the page was misread)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor

CASES = Path(__file__).resolve().parent / "data" / "real_cases.csv"
EXPECTATION_COLUMNS = ("as_of", "expected_verdict", "expected_templates",
                       "expected_uploadable_from", "page", "quote", "known_gap")


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _params() -> list[object]:
    return [pytest.param(case, id=case["id"],
                         marks=[pytest.mark.xfail(strict=True, reason=case["known_gap"])]
                         if case["known_gap"] else [])
            for case in _cases()]


@pytest.mark.parametrize("case", _params())
def test_real_case_gets_the_verdict_its_commons_page_gives(assessor: Assessor,
                                                           case: dict[str, str]) -> None:
    # Every row cites the stored page its expectation was read on.
    assert case["page"] and case["quote"], "a real case without its page is not a case"
    record = {k: v for k, v in case.items() if k not in EXPECTATION_COLUMNS}
    a = assessor.assess(record, date.fromisoformat(case["as_of"]))
    expected = case["expected_templates"].split(";") if case["expected_templates"] else []
    assert (a.verdict.value, a.templates) == (case["expected_verdict"], expected), \
        [r.text for r in a.reasons]
    if case["expected_uploadable_from"]:
        assert a.uploadable_from == int(case["expected_uploadable_from"])


def test_real_cases_are_spread_over_countries_and_verdicts() -> None:
    # The file is meant as a spread of real situations, not one country's or one verdict's.
    cases = _cases()
    assert len({c["id"] for c in cases}) == len(cases)
    countries = {c["depicted_country"] or c["origin_country"] for c in cases}
    assert len(countries) >= 15
    assert {c["expected_verdict"] for c in cases} == {"ok", "not_ok", "needs_review"}
