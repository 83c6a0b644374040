"""Term arithmetic (terms.py) on its own small fixture terms, so correcting real legal
data never breaks a test of the mechanics. Terms run to the end of the calendar year."""

from __future__ import annotations

from datetime import date

from copyright_check.facts import death_bounds
from copyright_check.jurisdictions import NotRevived, Term
from copyright_check.terms import Dates, Status, evaluate
from copyright_check.years import YearRange

COLUMNS = {"death": "death_col", "creation": "creation_col", "publication": "publication_col"}


def term(counts_from: str = "death", years: int = 70, **kw: object) -> Term:
    base = dict(key="t", counts_from=counts_from, years=years, unpublished_window=None, not_revived=(),
                in_force_from=None, review=None, tag=None, sources=("fixture",))
    base.update(kw)
    return Term(**base)  # type: ignore[arg-type]


def dates(death: int | None = None, creation: int | tuple[int, int] | None = None,
          publication: int | None = None) -> Dates:
    def yr(v: int | tuple[int, int] | None) -> YearRange | None:
        if v is None:
            return None
        return YearRange(*v) if isinstance(v, tuple) else YearRange.exact(v)

    return Dates(yr(death), yr(creation), yr(publication), COLUMNS)


def test_life_plus_70_runs_to_the_end_of_the_year() -> None:
    assert evaluate(term(), dates(death=1955), 2025).status is Status.RUNNING
    result = evaluate(term(), dates(death=1955), 2026)
    assert result.status is Status.EXPIRED and result.pd_from == 2026


def test_a_range_that_straddles_the_end_is_unknown_and_names_the_fact() -> None:
    d = Dates(YearRange(1950, 1960), None, None, COLUMNS)
    result = evaluate(term(), d, 2026)
    assert result.status is Status.UNKNOWN and result.missing == "death_col"


def _no_death(creation: int, birth: int | None = None) -> Dates:
    made = YearRange.exact(creation)
    return Dates(None, made, None, COLUMNS,
                 death_bounds(YearRange.exact(birth) if birth else None, made))


def test_unknown_death_bounded_by_the_work_and_a_human_life() -> None:
    # Alive when the work was made (2000): life + 70 cannot have run out.
    assert evaluate(term(), _no_death(2000), 2026).status is Status.RUNNING
    # Made 1900: died 1900..2010 -> undecided, and the death year is what is missing.
    result = evaluate(term(), _no_death(1900), 2026)
    assert result.status is Status.UNKNOWN and result.missing == "death_col"
    # Made 1800: died by 1910 at the latest (rules/vocabulary.yaml lifespan) -> PD.
    assert evaluate(term(), _no_death(1800), 2026).status is Status.EXPIRED
    # Born 1830, photo 1880: died by 1950 -> PD under life + 70 in 2026.
    assert evaluate(term(), _no_death(1880, birth=1830), 2026).status is Status.EXPIRED


def test_anonymous_work_published_or_not_within_the_window() -> None:
    t = term("publication_else_creation", 70, unpublished_window=70)
    assert evaluate(t, dates(publication=1950), 2026).status is Status.EXPIRED
    assert evaluate(t, dates(publication=1960), 2026).status is Status.RUNNING
    # Publication unknown: made 1850, so PD even if published at the end of the window.
    assert evaluate(t, dates(creation=1850), 2026).status is Status.EXPIRED
    result = evaluate(t, dates(creation=1930), 2026)
    assert result.status is Status.UNKNOWN and result.missing == "publication_col"


def test_change_of_law_without_revival_and_its_earlier_cut_off() -> None:
    # An old term of 50 years from creation, replaced on 2005-01-01 without revival.
    nr = NotRevived("creation", 1955, date(2005, 1, 1), None, ("fixture",))
    t = term("death", 70, not_revived=(nr,))
    photo_1950 = dates(death=1990, creation=1950)
    assert evaluate(t, photo_1950, 2026).status is Status.EXPIRED
    # On the URAA date (1996) the old term still ran for a 1950 photo: cut-off 1946.
    assert evaluate(t, photo_1950, 1996).status is Status.RUNNING
    assert evaluate(t, dates(death=1990, creation=1940), 1996).status is Status.EXPIRED


def test_cut_off_fact_missing_is_unknown_not_protected() -> None:
    nr = NotRevived("publication", 1957, date(1971, 1, 1), None, ("fixture",))
    result = evaluate(term("death", 70, not_revived=(nr,)), dates(death=1990), 2026)
    assert result.status is Status.UNKNOWN and result.missing == "publication_col"


def test_term_not_yet_in_force_protected_nothing() -> None:
    t = term("creation", 50, in_force_from=date(2020, 4, 1))
    assert evaluate(t, dates(creation=1990), 1996).status is Status.EXPIRED
    assert evaluate(t, dates(creation=1990), 2026).status is Status.RUNNING


def test_a_term_under_review_never_decides() -> None:
    t = term(review="the law is unsettled here")
    assert evaluate(t, dates(death=1900), 2026).status is Status.UNKNOWN
    assert evaluate(t, dates(death=2000), 2026).status is Status.UNKNOWN
