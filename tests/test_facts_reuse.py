"""What facts.build works out once and reuses (a law file's terms per role, the death
bounds' arithmetic) must still be each row's and each law file's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from copyright_check.facts import FACT_FIELDS, build, death_bounds
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


def test_every_fact_is_written_on_every_path_of_build() -> None:
    # Each row's facts start as a copy of one dict holding every field unset (None): a field
    # some path of build forgot would reach the rules unset (rules never test a missing or
    # null field: durable-rules field guide, P9). Every branch build takes: origin and
    # depicted country known, absent, or without a law file; a depicted type with
    # categories, without, or absent; death years known or not; a date conflict.
    laws = default_jurisdictions()
    host = next(code for code, j in laws.items() if j.uraa is not None and j.architecture_protected_from)
    other = next(code for code in laws if code != host)
    no_law = next(code for code in ("XX", "ZZ", "QQ") if code not in laws)
    kinds = [*vocabulary().depicted_types, "none_such", None]
    seen = 0
    for country in (host, other, no_law, None):
        for kind in kinds:
            for dead in (YearRange.exact(1900), YearRange(1940, 1960), None):
                for conflicts in ([], ["image_date"]):
                    record = Record("a", photographer_death=dead, image_date=YearRange(1930, 1935),
                                    published=YearRange.exact(1936) if dead else None, origin_country=country,
                                    depicted_country=country, depicted_type=kind, depicted_creator_death=dead,
                                    depicted_date=YearRange.exact(1890), conflicts=conflicts)
                    facts = build(record, AS_OF, laws, host).facts
                    unset = [name for name, value in facts.items() if value is None]
                    assert unset == [], (country, kind, dead, unset)
                    assert set(facts) == set(FACT_FIELDS)
                    seen += 1
    assert seen == 4 * len(kinds) * 3 * 2
