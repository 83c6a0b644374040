from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from copyright_check import Assessment, Assessor

AS_OF = date(2026, 11, 24)


@pytest.fixture(scope="session")
def assessor() -> Assessor:
    return Assessor()


@pytest.fixture(scope="session")
def check(assessor: Assessor) -> Any:
    """Assess one record (keyword columns) as of 24 Nov 2026 unless told otherwise."""

    def run(as_of: date = AS_OF, **columns: str) -> Assessment:
        return assessor.assess({"id": "t", **columns}, as_of)

    return run


def rules_of(a: Assessment) -> list[str]:
    return [r.rule for r in a.reasons]
