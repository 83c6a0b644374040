"""What facts.build works out once and reuses (a law file's terms per role, the death
bounds' arithmetic) must still be each row's and each law file's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from copyright_check.facts import build, death_bounds
from copyright_check.jurisdictions import Term, default_jurisdictions
from copyright_check.record import Record
from copyright_check.vocabulary import vocabulary
from copyright_check.years import YearRange

AS_OF = date(2026, 11, 24)


def _term(years: int) -> Term:
    return Term(key="general", counts_from="death", years=years, unpublished_window=None, not_revived=(),
                in_force_from=None, review=None, tag=None, sources=("fixture",))


def test_two_law_files_for_one_country_each_give_their_own_origin_terms() -> None:
    # The terms of a role are looked up once per law file, keyed by the file's object:
    # a second file under the same code (another Assessor's, a corrected one) is not
    # answered with the first file's terms.
    laws = default_jurisdictions()
    host = next(code for code, j in laws.items() if j.uraa is not None and j.architecture_protected_from)
    origin = next(code for code in laws if code != host)
    short = replace(laws[origin], terms={"general": _term(50)})
    long = replace(laws[origin], terms={"general": _term(100)})
    record = Record("a", photographer="A. Person", photographer_death=YearRange.exact(1950),
                    origin_country=origin)
    found = [build(record, AS_OF, {**laws, origin: j}, host).facts["origin_general"] for j in (short, long)]
    assert found == ["expired", "running"]
    again = build(record, AS_OF, {**laws, origin: short}, host)
    assert again.facts["origin_general"] == "expired" and again.terms["origin.general"].term is short.terms["general"]


def test_death_bounds_from_birth_from_the_work_and_from_both() -> None:
    # rules/vocabulary.yaml, lifespan: alive when the work was made, no older than max_age.
    life = vocabulary().lifespan
    made, born = YearRange(1920, 1925), YearRange(1890, 1891)
    assert death_bounds(None, None) is None
    assert death_bounds(born, None) == YearRange(1890, 1891 + life.max_age)
    assert death_bounds(None, made) == YearRange(1920, 1925 + life.max_age - life.min_age_at_work)
    assert death_bounds(born, made) == YearRange(1920, min(1891 + life.max_age,
                                                            1925 + life.max_age - life.min_age_at_work))
    # Born after the latest year the work's maker can have died in: no possible year.
    assert death_bounds(YearRange.exact(1925 - life.min_age_at_work + 1 + life.max_age), made) is None
