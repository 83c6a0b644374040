"""Term arithmetic (terms.py) on its own small fixture terms, so correcting real legal
data never breaks a test of the mechanics. Terms run to the end of the calendar year."""

from __future__ import annotations

from datetime import date

from copyright_check.facts import death_bounds
from copyright_check.jurisdictions import NotRevived, OpenCase, Term, TermPart
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


def test_longer_of_two_conditions_needs_both_to_have_run_out() -> None:
    # "Life + 15, but at least 50 years from creation" (åndsverkloven 2018 § 23 shape).
    t = term(years=15, at_least=TermPart("creation", 50))
    assert evaluate(t, dates(death=1990, creation=1960), 2026).status is Status.EXPIRED
    running = evaluate(t, dates(death=2015, creation=1960), 2026)
    assert running.status is Status.RUNNING and running.pd_from == 2031
    later = evaluate(t, dates(death=1960, creation=1990), 2026)
    assert later.status is Status.RUNNING and later.pd_from == 2041
    # Death unknown: the 50 years have run, the life condition has not been decided.
    undecided = evaluate(t, dates(creation=1960), 2026)
    assert undecided.status is Status.UNKNOWN and undecided.missing == "death_col"


def test_shorter_of_two_conditions_ends_with_the_first() -> None:
    # "Life + 70, but no longer than 100 years from creation" (a fixture shape).
    t = term(years=70, at_most=TermPart("creation", 100))
    result = evaluate(t, dates(death=1990, creation=1920), 2026)
    assert result.status is Status.EXPIRED and result.pd_from == 2021
    assert evaluate(t, dates(death=1990, creation=1950), 2026).status is Status.RUNNING
    # Death unknown: free once the 100 years have run, whatever the death year.
    assert evaluate(t, dates(creation=1900), 2026).status is Status.EXPIRED


def test_running_on_a_death_range_gives_not_before_not_a_year() -> None:
    # Made 1985 by an author with no death year: life + 50 cannot end before 1985 + 51,
    # but when it ends depends on the death year, so no pd_from, only a lower bound.
    result = evaluate(term(years=50), _no_death(1985), 2026)
    assert result.status is Status.RUNNING
    assert result.pd_from is None and result.not_before == 2036


def test_not_revived_cut_off_reads_the_death_bounds() -> None:
    # An old law that ended before a change of law for authors dead before 1940: a work
    # made in 1800 by an author with no death year: died by 1910 (human-life bound), so
    # it had run out under the old law however long the new term is.
    nr = NotRevived("death", 1940, date(1995, 7, 1), None, ("fixture",))
    result = evaluate(term(years=200, not_revived=(nr,)), _no_death(1800), 2026)
    assert result.status is Status.EXPIRED and result.via is nr
    # Made 1950: the author died after the cut-off, so the new term decides (running).
    assert evaluate(term(years=200, not_revived=(nr,)), _no_death(1950), 2026).status is Status.RUNNING


def _case(**kw: object) -> OpenCase:
    base: dict[str, object] = dict(when=(("death", 1939, 1945),), review="check it", sources=("fixture",))
    base.update(kw)
    return OpenCase(**base)  # type: ignore[arg-type]


def test_open_case_longer_reopens_a_pd_finding_while_it_could_run() -> None:
    # CPI L123-10 shape: life + 70 has run out for a death in 1944, but if the author
    # died for France 30 more years may run: the record cannot tell, a person decides.
    t = term(open_cases=(_case(longer=TermPart("death", 100)),))
    result = evaluate(t, dates(death=1944), 2026)
    assert result.status is Status.UNKNOWN and result.missing == "check it"
    # Outside the window, or once even the longer term has run out, life + 70 decides.
    assert evaluate(t, dates(death=1950), 2026).status is Status.EXPIRED
    assert evaluate(t, dates(death=1944), 2045).status is Status.EXPIRED


def test_open_case_until_a_fixed_year() -> None:
    # CDPA 1988 Sch. 1 para 12(4) shape: protected to the end of 2039 where longer.
    t = term(open_cases=(_case(when=(("creation", 1957, 1989),), until=2039),))
    assert evaluate(t, dates(death=1950, creation=1960), 2026).status is Status.UNKNOWN
    assert evaluate(t, dates(death=1950, creation=1960), 2040).status is Status.EXPIRED


def test_open_case_frees_reopens_a_running_term() -> None:
    # PD-Polish shape: published before 1994 without a notice, it may be free although
    # life + 70 runs; a publication not given is not before the making.
    t = term(open_cases=(_case(when=(("publication", None, 1994),), frees=True),))
    assert evaluate(t, dates(death=1990, creation=1960, publication=1960), 2026).status is Status.UNKNOWN
    assert evaluate(t, dates(death=1990, creation=1960), 2026).status is Status.UNKNOWN
    assert evaluate(t, dates(death=2010, creation=2000), 2026).status is Status.RUNNING


def test_open_case_when_known_needs_the_fact_given() -> None:
    # Old art. 38(2) Auteurswet shape: only a given posthumous publication reopens it.
    t = term(open_cases=(_case(when=(("publication", None, 1995),), when_known=True,
                                longer=TermPart("publication", 50)),))
    assert evaluate(t, dates(death=1940, creation=1930, publication=1990), 2026).status is Status.UNKNOWN
    assert evaluate(t, dates(death=1940, creation=1930), 2026).status is Status.EXPIRED


def test_open_case_limited_to_one_subject() -> None:
    t = term(open_cases=(_case(longer=TermPart("death", 100), subject="photo"),))
    photo = Dates(YearRange.exact(1944), None, None, COLUMNS, None, "photo")
    work = Dates(YearRange.exact(1944), None, None, COLUMNS, None, "depicted")
    assert evaluate(t, photo, 2026).status is Status.UNKNOWN
    assert evaluate(t, work, 2026).status is Status.EXPIRED


def test_published_after_the_window_counts_from_creation() -> None:
    # UrhG § 72(3): a Lichtbild not published within 50 years of its making is protected 50
    # years from the making: made 1930, first published 1990 -> PD since 1981.
    t = term("publication_else_creation", 50, unpublished_window=50)
    late = evaluate(t, dates(creation=1930, publication=1990), 2026)
    assert late.status is Status.EXPIRED and late.pd_from == 1981
    early = evaluate(t, dates(creation=1930, publication=1975), 2026)
    assert early.status is Status.EXPIRED and early.pd_from == 2026


def test_creation_not_given_is_bounded_by_the_publication_year() -> None:
    # A work is not made after its first publication: N years from making have run out once
    # they have from the publication year; before that the making date decides.
    t = term("creation", 25)
    result = evaluate(t, dates(publication=1950), 2026)
    assert result.status is Status.EXPIRED and result.pd_from == 1976
    undecided = evaluate(t, dates(publication=1990), 2010)
    assert undecided.status is Status.UNKNOWN and undecided.missing == "creation_col"
    assert evaluate(t, dates(), 2026).status is Status.UNKNOWN


def test_a_retroactive_change_decides_only_before_it_came_into_force() -> None:
    # Ley 19.857 (Uruguay, 2019) shape: life + 50 became life + 70 retroactively, so works
    # that had lapsed came back; the old term still says whether a work was PD on an earlier
    # date (the URAA date), never today.
    nr = NotRevived("death", 1969, date(2019, 12, 23), None, ("fixture",), revived=True)
    t = term("death", 70, not_revived=(nr,))
    assert evaluate(t, dates(death=1960), 2026).status is Status.RUNNING  # revived: to the end of 2030
    assert evaluate(t, dates(death=1960), 2018).status is Status.EXPIRED  # life + 50 had run out
    assert evaluate(t, dates(death=1940), 1996).status is Status.EXPIRED
    assert evaluate(t, dates(death=1950), 1996).status is Status.RUNNING
