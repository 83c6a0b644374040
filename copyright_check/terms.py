"""Three-valued evaluation of one copyright term against fuzzy dates.

A term expires at the end of a calendar year: a work whose author died in 1955 is PD
under life + 70 from 1 January 2026. Over a range of possible base years the term is
`expired` only if it has run out for every year in the range, `running` if for none,
and `unknown` otherwise — so doubt is never turned into a PD finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from copyright_check.jurisdictions import Lapsed, NotRevived, OpenCase, Term, TermPart
from copyright_check.years import YearRange


class Status(str, Enum):
    EXPIRED = "expired"
    RUNNING = "running"
    UNKNOWN = "unknown"
    NONE = "none"  # the jurisdiction has no such term


# Dates and TermResult are built for every term of every row: plain slots classes, which
# cost a quarter of a frozen dataclass to build (nothing changes them after they are made).
# Their __init__ is written out (init=False): dataclasses generates one as Python source,
# which stays interpreted even in the compiled build, where a written one compiles to C —
# ~6x cheaper to call; a row builds some fifteen TermResults. Same signature, same fields.
@dataclass(slots=True, init=False)
class Dates:
    """The facts a term can count from, for one subject (the photo or the depicted work)."""

    death: YearRange | None
    creation: YearRange | None
    publication: YearRange | None
    columns: dict[str, str]  # fact -> the record column a reviewer should fill in
    # Where the death year is unknown: the years the author can have died in, from the
    # making of the work (alive then) and the length of a human life.
    death_bounds: YearRange | None
    subject: str  # "photo" or "depicted": what an OpenCase may be limited to
    # The record says the author is anonymous and gives no death year: a term whose law
    # drops its death part for an unknown author (Term.unknown_author_drops_death) does.
    unknown_author: bool
    # The author's posthumous rehabilitation as the record gives it (rehabilitation_year):
    # "no" (not rehabilitated), the years it can have been in, or None (not given).
    rehabilitation: YearRange | str | None
    # The record says the work was never published (published_date `never`): the year before
    # which it was not published (rules/vocabulary.yaml never_published_before), else None.
    unpublished_before: int | None
    # Where the record gives no date of making: the years the work can have been made in, from
    # its author's death (made by them, so no later, and within a working life before it) and
    # its publication (no later): what a case's or a change of law's condition on the making
    # reads (year_of), never a term counted from it (review 25c F2: a US photo by a
    # photographer who died in 1940, first published 1990, with no image_date, was read as
    # possibly made after 1977 and ok, where 17 USC 303(a) protects it to the end of 2047).
    made_within: YearRange | None

    def __init__(self, death: YearRange | None, creation: YearRange | None, publication: YearRange | None,
                 columns: dict[str, str], death_bounds: YearRange | None = None, subject: str = "",
                 unknown_author: bool = False, rehabilitation: YearRange | str | None = None,
                 unpublished_before: int | None = None, made_within: YearRange | None = None) -> None:
        self.death = death
        self.creation = creation
        self.publication = publication
        self.columns = columns
        self.death_bounds = death_bounds
        self.subject = subject
        self.unknown_author = unknown_author
        self.rehabilitation = rehabilitation
        self.unpublished_before = unpublished_before
        self.made_within = made_within

    def year_of(self, fact: str) -> YearRange | None:
        """The years a fact can have: the death year, where unknown, from death_bounds."""
        # Attribute reads, not getattr by name (compiled, a generic lookup; terms and
        # reasons ask a few times a row). The schema's facts are these three.
        if fact == "death":
            return self.death if self.death is not None else self.death_bounds
        if fact == "creation":
            return self.creation if self.creation is not None else self.made_within
        if fact == "publication":
            return self.publication
        value: YearRange | None = getattr(self, fact)
        return value


@dataclass(slots=True, init=False)
class TermResult:
    status: Status
    pd_from: int | None  # first year (1 January) from which the term has certainly run out
    missing: str | None  # the column (or doubt) that would decide an unknown
    base_year: int | None  # the year the term counted from, when exact
    via: NotRevived | None  # expired through this change of law, not the term itself
    # The earliest year it can be PD from, when pd_from is not known: an honest "not
    # before" for a term whose end depends on an unknown fact (a death year, say).
    not_before: int | None
    # Run out under today's term too, but first under the older law this change did not
    # undo: pd_from is that law's end, and the reason says so (the tags stay today's).
    older: NotRevived | None
    # Still running, and an open case may lengthen it (`while_running`: Russia's war record):
    # pd_from is the longer term's end, not_before the term's own, missing the case's question.
    lengthened: OpenCase | None

    def __init__(self, status: Status, pd_from: int | None, missing: str | None, base_year: int | None = None,
                 via: NotRevived | None = None, not_before: int | None = None,
                 older: NotRevived | None = None, lengthened: OpenCase | None = None) -> None:
        self.status = status
        self.pd_from = pd_from
        self.missing = missing
        self.base_year = base_year
        self.via = via
        self.not_before = not_before
        self.older = older
        self.lengthened = lengthened


NO_TERM: Final = TermResult(Status.NONE, None, None)
# Enum members looked up once: attribute access on an Enum class is slow in a hot loop.
# Final: the compiled build reads them as C statics, not from the module's dict.
EXPIRED: Final = Status.EXPIRED
RUNNING: Final = Status.RUNNING
UNKNOWN: Final = Status.UNKNOWN


def _window(first_pd_lo: int, first_pd_hi: int, year: int) -> Status:
    if first_pd_hi <= year:
        return EXPIRED
    if first_pd_lo > year:
        return RUNNING
    return UNKNOWN


# The years a TermResult holds, as Python ints made once (_year). The compiled build keeps an
# `int` unboxed and boxes it where it is stored in an `int | None` field: for a year (over 256,
# the interpreter's cached small ints) a new Python int allocated, and freed with the row's
# Situation, some forty a realistic row (_from_base alone: pd_from, not_before, base_year).
_YEARS: Final[list[int | None]] = [y for y in range(4096)]


def _year(year: int) -> int | None:
    """`year` as an `int | None` value, from _YEARS where it is there (the same int, not a copy
    of it made again: ints are immutable and compared by value), else boxed as usual."""
    if 0 <= year < 4096:
        return _YEARS[year]
    return year


def _from_base(base: YearRange, years: int, year: int, d: Dates, fact: str) -> TermResult:
    # _window and YearRange.is_exact inlined: this runs for most terms of every row. The
    # column to fill in (d.columns[fact]) is looked up only for an unknown, the one that names it.
    first, last = base.lo, base.hi
    lo, hi = first + years + 1, last + years + 1
    exact = _year(first) if first == last else None
    if hi <= year:
        return TermResult(EXPIRED, _year(hi), None, exact, None, _year(lo))
    if lo > year:
        return TermResult(RUNNING, _year(hi), None, exact, None, _year(lo))
    return TermResult(UNKNOWN, _year(hi), d.columns[fact], exact, None, _year(lo))


def _base(d: Dates, fact: str) -> YearRange | None:
    """getattr(d, fact) for the facts a term counts from, as attribute reads: compiled, a
    getattr by name is a generic lookup, a dozen a row. Its callers take
    publication_else_creation first, so the fact is one of the three the schema leaves."""
    if fact == "death":
        return d.death
    if fact == "creation":
        return d.creation
    return d.publication


def _publication_else_creation(part: TermPart | Term, d: Dates, year: int) -> TermResult:
    """EU Term Directive art. 1(3) and 1(6) shape: N years from lawful publication; a
    work not published within the window from its creation is protected only to the
    window's end. With publication unknown, the best and worst cases bound the answer."""
    window = part.unpublished_window or 0
    if d.publication is not None and d.creation is not None:
        from_publication = _from_base(d.publication, part.years, year, d, "publication")
        from_creation = _from_base(d.creation, part.years, year, d, "creation")
        if d.publication.hi <= d.creation.lo + window:
            return from_publication  # published within the window
        if d.publication.lo > d.creation.hi + window:
            return from_creation  # published only after the window: counted from creation
        return _one_of(from_publication, from_creation)
    if d.publication is not None:
        return _from_base(d.publication, part.years, year, d, "publication")
    if d.creation is None:
        return TermResult(UNKNOWN, None, d.columns["creation"])
    if d.unpublished_before is not None and d.creation.hi + window < d.unpublished_before:
        # Never published, and the window had closed before the first year it could have
        # been (`never`: not before 2003): not published within it, so counted from creation.
        return _from_base(d.creation, part.years, year, d, "creation")
    earliest_end = d.creation.lo + min(window, part.years) + 1
    latest_end = d.creation.hi + window + part.years + 1
    status = _window(earliest_end, latest_end, year)
    return TermResult(status, _year(latest_end), d.columns["publication"] if status is UNKNOWN else None,
                      not_before=_year(earliest_end))


def _one_of(a: TermResult, b: TermResult) -> TermResult:
    """One of two terms applies and the facts do not tell which: decided only where both
    agree; free for certain only once both have run out."""
    status = a.status if a.status is b.status else UNKNOWN
    pd_from = max(a.pd_from, b.pd_from) if a.pd_from and b.pd_from else None
    lows = [r.not_before for r in (a, b) if r.not_before]
    return TermResult(status, pd_from, (a.missing or b.missing) if status is UNKNOWN else None,
                      not_before=min(lows) if lows else None)


def _part(part: TermPart | Term, d: Dates, year: int) -> TermResult:
    """One condition of a term: N years from one fact."""
    if part.counts_from == "publication_else_creation":
        return _publication_else_creation(part, d, year)
    base = _base(d, part.counts_from)
    if base is None and part.counts_from == "death" and d.death_bounds is not None:
        # No death year, but the author lived through the making of the work and no
        # longer than a human life: often enough to decide (see Dates.death_bounds).
        result = _from_base(d.death_bounds, part.years, year, d, "death")
        if result.status is RUNNING:
            # Running whatever the death year, but when it ends depends on it.
            return TermResult(RUNNING, None, d.columns["death"], not_before=result.not_before)
        return result
    if base is None and part.counts_from == "creation" and d.publication is not None:
        # Not made after its first publication: years from the latest publication year
        # that have run out have run out from the making too (the earliest stays unknown).
        end = d.publication.hi + part.years + 1
        if end <= year:
            return TermResult(EXPIRED, end, None)
    if base is None:
        return TermResult(UNKNOWN, None, d.columns[part.counts_from])
    return _from_base(base, part.years, year, d, part.counts_from)


def _longer(a: TermResult, b: TermResult) -> TermResult:
    """Protected until both conditions have run out ("... but at least ...")."""
    statuses = (a.status, b.status)
    status = (EXPIRED if statuses == (EXPIRED, EXPIRED) else
              RUNNING if RUNNING in statuses else UNKNOWN)
    pd_from = max(a.pd_from, b.pd_from) if a.pd_from and b.pd_from else None
    missing = next((r.missing for r in (a, b) if r.status is not EXPIRED and r.missing), None)
    return TermResult(status, pd_from, missing if status is not EXPIRED else None,
                      not_before=max(a.not_before or 0, b.not_before or 0) or None)


def _shorter(a: TermResult, b: TermResult) -> TermResult:
    """Free as soon as either condition has run out ("... but no longer than ...")."""
    statuses = (a.status, b.status)
    status = (EXPIRED if EXPIRED in statuses else
              RUNNING if statuses == (RUNNING, RUNNING) else UNKNOWN)
    ends = [r.pd_from for r in (a, b) if r.pd_from]
    lows = [r.not_before for r in (a, b) if r.not_before]
    missing = next((r.missing for r in (a, b) if r.status is UNKNOWN and r.missing), None)
    return TermResult(status, min(ends) if ends else None, missing if status is UNKNOWN else None,
                      not_before=min(lows) if lows else None)


def _may_hold(case: OpenCase, d: Dates) -> bool:
    """Whether the record's facts leave the case's conditions possible: a fact not given
    may hold (unless the case asks for given facts); a publication not given is not
    before the making."""
    if case.subject and case.subject != d.subject:
        return False
    for fact, lo, hi in case.when:
        value = d.year_of(fact)
        if value is None and case.when_known:
            return False
        if value is None and fact == "publication" and d.creation is not None:
            value = YearRange(d.creation.lo, 10**6)
        if value is None:
            continue
        if (lo is not None and value.hi < lo) or (hi is not None and value.lo > hi):
            return False
    return True


def _rehabilitation_year(case: OpenCase, d: Dates) -> YearRange | None:
    """The year of a posthumous rehabilitation the record gives and this case counts from,
    whatever the death year (the law has no window), or None."""
    if (case.rehabilitation_years is None or not isinstance(d.rehabilitation, YearRange)
            or (case.subject and case.subject != d.subject)):
        return None
    return d.rehabilitation


def _surely_holds(case: OpenCase, d: Dates) -> bool:
    """Whether the record's own facts (not a bound put on a missing one) meet every
    condition of the case for every year they may stand for."""
    if case.subject and case.subject != d.subject:
        return False
    for fact, lo, hi in case.when:
        value = _base(d, fact)
        if value is None and fact == "creation" and lo is None:
            # Made no later than the photographer's death or the publication: that end of
            # made_within is the record's own (its other end is a lifespan's bound).
            value = d.made_within
        if value is None or (lo is not None and value.lo < lo) or (hi is not None and value.hi > hi):
            return False
    return True


def _case_term(case: OpenCase, d: Dates, year: int) -> TermResult:
    """The term a `longer` or `until` case gives, as a term of its own."""
    if case.longer is not None:
        return _part(case.longer, d, year)
    end = (case.until or 0) + 1
    return TermResult(EXPIRED if end <= year else RUNNING, end, None, not_before=end)


def _with(d: Dates, fact: str, years: YearRange) -> Dates:
    """The dates with one fact's years narrowed (a missing death year: its bounds)."""
    if fact == "death":
        if d.death is None:
            return Dates(None, d.creation, d.publication, d.columns, years, d.subject, rehabilitation=d.rehabilitation,
                         unpublished_before=d.unpublished_before, made_within=d.made_within)
        return Dates(years, d.creation, d.publication, d.columns, d.death_bounds, d.subject,
                     rehabilitation=d.rehabilitation, unpublished_before=d.unpublished_before,
                     made_within=d.made_within)
    if fact == "creation":
        return Dates(d.death, years, d.publication, d.columns, d.death_bounds, d.subject,
                     rehabilitation=d.rehabilitation, unpublished_before=d.unpublished_before)
    return Dates(d.death, d.creation, years, d.columns, d.death_bounds, d.subject, rehabilitation=d.rehabilitation,
                 unpublished_before=d.unpublished_before, made_within=d.made_within)


def _within(case: OpenCase, d: Dates) -> Dates:
    """The dates with each fact the case names narrowed to the case's span, where the record's
    years (a death year's bounds included) reach past it; _may_hold has found them to meet."""
    for fact, lo, hi in case.when:
        value = d.year_of(fact)
        if value is None:
            continue
        inner = YearRange(max(value.lo, lo if lo is not None else value.lo),
                          min(value.hi, hi if hi is not None else value.hi))
        if inner.lo <= inner.hi and (inner.lo != value.lo or inner.hi != value.hi):
            d = _with(d, fact, inner)
    return d


def _split(case: OpenCase, term: Term, d: Dates, year: int) -> TermResult | None:
    """A `certain` case on one fact whose years lie partly inside its span: the term run
    on each part (inside: the term and the case's, the later end; outside: the term
    alone), decided only where the parts agree, and never free before the later end. The
    term is run as its main part only: a term with a `certain` case has no other change of
    law or condition (tests/test_rules_large_territories.py keeps them apart)."""
    if len(case.when) != 1:
        return None
    fact, lo, hi = case.when[0]
    value = d.year_of(fact)
    if value is None:
        return None
    inner = YearRange(max(value.lo, lo if lo is not None else value.lo),
                      min(value.hi, hi if hi is not None else value.hi))
    if inner.lo > inner.hi:
        return None
    inside = _with(d, fact, inner)
    parts = [_longer(_part(term, inside, year), _case_term(case, inside, year))]
    if value.lo < inner.lo:
        parts.append(_part(term, _with(d, fact, YearRange(value.lo, inner.lo - 1)), year))
    if value.hi > inner.hi:
        parts.append(_part(term, _with(d, fact, YearRange(inner.hi + 1, value.hi)), year))
    statuses = {r.status for r in parts}
    status = parts[0].status if len(statuses) == 1 else UNKNOWN
    ends = [r.pd_from for r in parts]
    pd_from = max(e for e in ends if e is not None) if all(e is not None for e in ends) else None
    lows = [r.not_before for r in parts if r.not_before]
    missing = (next((r.missing for r in parts if r.missing), None) if len(statuses) == 1
               else d.columns[fact])
    return TermResult(status, pd_from, missing if status is not EXPIRED else None, None,
                      not_before=min(lows) if lows else None)


def _open_case(case: OpenCase, term: Term, result: TermResult, d: Dates, year: int) -> TermResult:
    """A case the record cannot tell: the finding it could change goes to a person. A
    `certain` case the record does tell is part of the term: protected until both end;
    one on a fact whose years straddle its span is run on both sides (_split)."""
    if case.certain and _surely_holds(case, d):
        longer = _longer(result, _case_term(case, d, year))
        return TermResult(longer.status, longer.pd_from, longer.missing, result.base_year,
                          not_before=longer.not_before)
    rehabilitated = _rehabilitation_year(case, d)
    if rehabilitated is not None and case.rehabilitation_years is not None:
        # The record gives the year of a posthumous rehabilitation: the years count from it
        # as from a death (art. 1281(5): from 1 January of the next year), and the work is
        # free only once both that term and its own have run out. The law knows no window of
        # death years: the case's `when` (the deaths for which a person must ask) does not
        # bound a rehabilitation the record gives (review 13 D1: Vasyl Stus, d. 1985 in a
        # camp, rehabilitated 1989).
        rehab = _from_base(rehabilitated, case.rehabilitation_years, year, d, "rehabilitation")
        longer = _longer(result, rehab)
        return TermResult(longer.status, longer.pd_from, longer.missing, result.base_year,
                          not_before=longer.not_before)
    if not _may_hold(case, d):
        return result
    if case.rehabilitation_years is not None and d.rehabilitation is not None:
        # Not rehabilitated: the death year decides (Category:PD-Ukraine: 'was not rehabilitated').
        return result
    if case.certain:
        split = _split(case, term, d, year)
        if split is not None:
            return split
    if case.frees:
        if result.status is RUNNING:
            if case.frees_after is not None and _part(case.frees_after, d, year).status is RUNNING:
                return result  # protected under either law
            return TermResult(UNKNOWN, result.pd_from, case.review, result.base_year)
        return result
    if result.status is RUNNING and case.while_running and case.longer is not None and result.pd_from:
        # The term runs either way; the year it has certainly run out is the longer term's
        # end where the case may hold (pd_from), its own the earliest (not_before), and the
        # case says what would decide between them (reasons._until).
        alt = _part(case.longer, _within(case, d), year)
        if alt.pd_from is not None and alt.pd_from > result.pd_from:
            return TermResult(RUNNING, alt.pd_from, case.review, result.base_year, not_before=result.pd_from,
                              lengthened=case)
        return result
    if result.status is not EXPIRED:
        return result
    if case.longer is not None:
        # The longer term holds only for the years the case names (a French author who died
        # in 1914-1920): run on those years of the record's range alone, not on the whole of
        # it (a death year unknown, bounded 1905-1947, ran the war's 95 years to 1947).
        within = _within(case, d)
        alt = _part(case.longer, within, year)
        runs, ends = alt.status is not EXPIRED, alt.pd_from
        counts_from = case.longer.counts_from
        if runs and ends is None and counts_from in ("death", "creation", "publication"):
            # Running whatever the year in the span (a death year unknown: _part gives no end):
            # free for certain once the span's last year has run the longer term.
            span = within.year_of(counts_from)
            if span is not None:
                ends = span.hi + case.longer.years + 1
    else:
        until = case.until or 0
        runs, ends = until >= year, until + 1
    if not runs:
        return result
    if case.open_end:
        ends = None
    # Not so (the case does not hold), the term ran out as found: the earliest year it is
    # free (reasons._open_range names both years).
    return TermResult(UNKNOWN, max(result.pd_from or 0, ends or 0) or None, case.review,
                      result.base_year, not_before=result.pd_from)


def settled_rehabilitation(term: Term, d: Dates) -> str:
    """What the record's rehabilitation_year settled in this term, for its reason: the
    case's own sentence (rehabilitated in a year, or not rehabilitated), or "" where the
    record gives none or no rehabilitation case of the term can hold for it."""
    if d.rehabilitation is None:
        return ""
    for case in term.open_cases:
        if _rehabilitation_year(case, d) is not None:
            return case.rehabilitation_counted.replace("{year}", str(d.rehabilitation))
        if case.rehabilitation_years is not None and _may_hold(case, d):
            if isinstance(d.rehabilitation, str):
                return case.not_rehabilitated
            return case.rehabilitation_counted.replace("{year}", str(d.rehabilitation))
    return ""


def _lapsed(old: Lapsed, result: TermResult, d: Dates, year: int, drop: bool) -> TermResult:
    """An older law's term that the later one did not revive: a work whose protection under
    it had run out before the change (by the end of the year before `changed`, at the latest
    by the as-of year) is PD since then; where it surely had not, today's term decides alone.
    Where the record cannot tell (a part counts from a death the record does not give), the
    older law may have freed the work: unknown, unless today's term has run out anyway.
    Review 29a F1: a Norwegian simple photo of 1955 by a photographer with no death year was
    'still protected in Norway on 1996-01-01' (today's 50 years from creation), restored in
    the US to 2076, where the 1961 law's 25 years from creation and 15 after death
    (Template:PD-Norway50) may have freed it before 29 June 1995."""
    last = min(year, old.changed.year)  # PD on 1 January of this year at the latest
    parts = [p for p in (old.main, old.at_least) if p is not None and not (drop and p.counts_from == "death")]
    if not parts:
        return result
    ends: list[int] = []
    open_part: TermResult | None = None
    for part in parts:
        r = _part(part, d, last)
        if r.status is EXPIRED and r.pd_from is not None:
            ends.append(r.pd_from)
        elif r.status is UNKNOWN:
            open_part = r
        else:
            return result
    if open_part is not None:
        return result if result.status is EXPIRED else open_part
    if result.status is EXPIRED and result.pd_from is not None and result.pd_from <= max(ends):
        return result
    return TermResult(EXPIRED, max(ends), None, result.base_year)


def _in_force(changed: date, year: int, day: date | None) -> bool:
    """Whether a change of law dated `changed` is in force on the as-of day: by the day
    where it is known and in the change's year (Italy's Law 182/2025 came into force on 18
    December 2025: not on 1 June 2025), else by the year."""
    if day is not None and day.year == year:
        return day >= changed
    return year >= changed.year


def _before_or_in_year(until: date, year: int, day: date | None) -> bool:
    """Whether a review that holds up to a later law (`review_until`) still holds: before its
    day where the as-of day is known and in its year, else in any year up to its own (the
    URAA date's year too: Djibouti's law of 3 September 1996 was not the law on 1 January)."""
    if day is not None and day.year == year:
        return day < until
    return year <= until.year


def evaluate(term: Term | None, d: Dates, year: int, day: date | None = None) -> TermResult:
    """`year` is the as-of year: the question is whether the work is PD on 1 January of it
    (an as-of date inside the year gives the same answer, since terms end on 31 Dec). A
    change of law in force from a day inside the year (not_revived's `changed`,
    `review_from`, `in_force_from`) is read against `day`, the as-of date, where given."""
    if term is None:
        return NO_TERM
    if (not term.not_revived and not term.open_cases and term.review is None and term.at_least is None
            and term.at_most is None and term.in_force_from is None and term.lapsed is None):
        # Most terms are N years from one fact and nothing else (about four in five of the
        # law files' terms, some fifteen evaluations a row): _part inlined, the rest skipped.
        counts_from = term.counts_from
        if counts_from == "publication_else_creation":
            return _publication_else_creation(term, d, year)
        base = _base(d, counts_from)
        if base is not None:
            return _from_base(base, term.years, year, d, counts_from)
    if term.in_force_from is not None and not _in_force(term.in_force_from, year, day):
        # Before the term existed, the works it covers had no protection under it: what
        # matters for the URAA date (a work unprotected at home then was not restored).
        return TermResult(EXPIRED, None, None)
    drop = term.unknown_author_drops_death and d.unknown_author
    if drop and term.counts_from == "death" and term.at_least is not None:
        # No author to count from: the term's other part alone (Norway's simple photos,
        # "or the author is unknown": 50 years from the making).
        result = _part(term.at_least, d, year)
    else:
        result = _part(term, d, year)  # a Term is its own main part (Term.main without the copy)
        if term.at_least is not None and not (drop and term.at_least.counts_from == "death"):
            result = _longer(result, _part(term.at_least, d, year))
    if term.at_most is not None:
        result = _shorter(result, _part(term.at_most, d, year))
    if term.lapsed is not None:
        result = _lapsed(term.lapsed, result, d, year, drop)
    for nr in term.not_revived:
        if nr.revived and _in_force(nr.changed, year, day):
            continue  # the change brought the lapsed works back: today's term alone decides
        if result.status is EXPIRED:
            if result.pd_from is not None and nr.review is None:
                # Run out under today's term too, but earlier under the old one, which the
                # change did not undo (Template:PD-Vietnam: published before 1960, PD since
                # 50 years after): the year it became PD is the old term's end.
                fact = d.year_of(nr.fact)
                if fact is not None and fact.hi < nr.cutoff(year):
                    old = fact.hi + nr.changed.year - nr.before + 1
                    if old < result.pd_from:
                        result = TermResult(EXPIRED, old, None, result.base_year, older=nr)
            continue
        # A missing death year is bounded like any other (Dates.death_bounds): an author
        # alive when the work was made after the cut-off died after it.
        fact = d.year_of(nr.fact)
        cutoff = nr.cutoff(year)
        if fact is not None and fact.hi < cutoff and nr.review and _in_force(nr.changed, year, day):
            # The old law would free it, but that lapse is not settled: a person decides.
            # Before the change the old law simply applied (the URAA date, an earlier as-of).
            result = TermResult(UNKNOWN, result.pd_from, nr.review, result.base_year,
                                not_before=result.not_before)
        elif fact is not None and fact.hi < cutoff:
            result = TermResult(EXPIRED, None, None, result.base_year, nr)
        elif fact is not None and fact.lo >= cutoff:
            continue
        elif fact is None and nr.fact == "publication" and d.creation is not None and d.creation.lo >= cutoff:
            # No publication date, but a work is not published before it is made: one made
            # after the cut-off was not published before it (a Croatian photo of 2007 needs
            # no publication date for the Yugoslav photos published before 1966).
            continue
        elif result.status is RUNNING:
            # Whether the old term had already run out is what decides: name that fact.
            result = TermResult(UNKNOWN, result.pd_from, d.columns[nr.fact], result.base_year,
                                not_before=result.not_before)
    for case in term.open_cases:
        result = _open_case(case, term, result, d, year)
    if term.review and (term.review_from is None or _in_force(term.review_from, year, day)) and (
            term.review_until is None or _before_or_in_year(term.review_until, year, day)):
        # The law behind this term is unsettled: it may never decide a verdict either way.
        # Before `review_from` (a later law whose terms were not read) the term was the law;
        # after `review_until` (a law whose terms were read replaced one that was not) it is.
        return TermResult(UNKNOWN, result.pd_from, term.review, not_before=result.not_before)
    return result
