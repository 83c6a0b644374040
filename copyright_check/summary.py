"""What a batch comes to: counts, the unlock report and the public-domain calendar.

An archivist with 40,000 rows asks "which research unlocks the most images?" and a manager
"what can we upload, and when does the rest become free?". Both are answered from counters
kept while the batch streams past, never from the rows themselves, so memory stays flat
whatever the batch size. Each row is reduced to a `Digest` where it is assessed (in the
worker process, in a parallel run), which is small and cheap to send between processes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple, cast

from copyright_check.assessment import Assessment, Reason
from copyright_check.countries import CountryError, to_alpha2

# How many years ahead `by_year` lists one by one; later years are summed in `later`.
YEARS_AHEAD: Final = 30
NO_COUNTRY: Final = "(not given)"
BAD_COUNTRY: Final = "(unreadable)"


class Digest(NamedTuple):
    """What the summary keeps of one row. A plain tuple: a parallel run sends one per row
    from a worker to the main process, where a dataclass would cost more to send than
    the rest of the row."""

    verdict: str
    has_errors: bool
    uploadable_from: int | None
    origin: str
    depicted: str
    rule: str
    open: tuple[str, ...]


# A country cell -> what the summary counts it as, with its failures too (to_alpha2 caches
# only the codes it finds): a batch repeats its few countries, and an unreadable one, on row
# after row. A plain dict, not lru_cache: compiled, a dict lookup is a few times cheaper
# than the lru wrapper (two cells a row). Emptied when full; a long cell is never kept.
_COUNTRIES: Final[dict[str, str]] = {}


def _country_of(cell: str) -> str:
    text = cell.strip()
    if not text:
        return NO_COUNTRY
    try:
        return to_alpha2(text)
    except CountryError:
        return BAD_COUNTRY


def _country(cell: str | None) -> str:
    if not cell:
        return NO_COUNTRY
    found = _COUNTRIES.get(cell)
    if found is None:
        found = _country_of(cell)
        if len(cell) <= 200:
            if len(_COUNTRIES) >= 4096:
                _COUNTRIES.clear()
            _COUNTRIES[cell] = found
    return found


# What Digest(...) does, tuple.__new__(Digest, fields), without the namedtuple's generated
# __new__: that stays interpreted Python in the compiled build (~2.8k instructions a row, a
# third of digest). The same object: a Digest with these fields.
_new_digest: Final[Callable[[type[Digest], tuple[Any, ...]], Digest]] = cast(Any, tuple.__new__)


def digest(a: Assessment, cells: Mapping[str, str]) -> Digest:
    """The deciding rule is the verdict rule (the last reason); the open facts are those
    the undecided questions name, each once, in the order the reasons give them."""
    reasons = a.reasons
    open_facts: tuple[str, ...] = ()
    for r in reasons:
        if r.open and r.missing:  # rare: most rows leave no question open
            open_facts = _open_facts(reasons)
            break
    # A row's cells are a dict (the batch's, the library's): read as one, compiled, a lookup
    # in C, where Mapping.get is a method call by name (~0.8k instructions a row).
    if isinstance(cells, dict):
        origin, depicted = cells.get("origin_country"), cells.get("depicted_country")
    else:
        origin, depicted = cells.get("origin_country"), cells.get("depicted_country")
    return _new_digest(Digest, (a.verdict._value_, bool(a.errors), a.uploadable_from,
                                _country(origin), _country(depicted),
                                reasons[-1].rule if reasons else "", open_facts))


def _open_facts(reasons: list[Reason]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for r in reasons:
        if r.open and r.missing:
            found[r.missing] = None
    return tuple(found)


SummaryParts = tuple[dict[str, int], int, int, dict[str, int], dict[str, int], dict[str, int], dict[int, int],
                     dict[str, int], dict[str, int], dict[str, int]]


@dataclass(slots=True)
class Summary:
    """Counters only, so memory does not grow with the batch (distinct countries, rules
    and facts are bounded by the law files and the rules, not by the rows)."""

    counts: Counter[str] = field(default_factory=lambda: Counter({"ok": 0, "not_ok": 0, "needs_review": 0}))
    rows: int = 0
    rows_with_errors: int = 0
    by_origin: Counter[str] = field(default_factory=Counter)
    by_depicted: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    by_year: Counter[int] = field(default_factory=Counter)
    # fact -> rows where it is the only open question; of those, rows that are needs_review
    # (nothing else blocks them, so settling the fact the right way makes them ok).
    only_open: Counter[str] = field(default_factory=Counter)
    ok_at_best: Counter[str] = field(default_factory=Counter)
    open_anywhere: Counter[str] = field(default_factory=Counter)

    def count(self, verdict: str, has_errors: bool) -> None:
        self.rows += 1
        self.counts[verdict] += 1
        if has_errors:
            self.rows_with_errors += 1

    def add_digest(self, d: Digest, has_errors: bool | None = None) -> None:
        self.count(d.verdict, d.has_errors if has_errors is None else has_errors)
        self.by_origin[d.origin] += 1
        self.by_depicted[d.depicted] += 1
        if d.rule:
            self.by_rule[d.rule] += 1
        if d.uploadable_from is not None:
            self.by_year[d.uploadable_from] += 1
        for fact in d.open:
            self.open_anywhere[fact] += 1
        if len(d.open) == 1:
            self.only_open[d.open[0]] += 1
            if d.verdict == "needs_review":
                self.ok_at_best[d.open[0]] += 1

    def parts(self) -> SummaryParts:
        """The counters as plain values: what a worker process sends for a chunk of rows
        (batch.py), in place of one Digest a row."""
        return (dict(self.counts), self.rows, self.rows_with_errors, dict(self.by_origin),
                dict(self.by_depicted), dict(self.by_rule), dict(self.by_year), dict(self.only_open),
                dict(self.ok_at_best), dict(self.open_anywhere))

    def add_parts(self, p: SummaryParts) -> None:
        """Adds a chunk's counters. Merged in input order, every counter meets its keys in
        the order the rows gave them, as row by row: ties in most_common() come out alike."""
        self.counts.update(p[0])
        self.rows += p[1]
        self.rows_with_errors += p[2]
        self.by_origin.update(p[3])
        self.by_depicted.update(p[4])
        self.by_rule.update(p[5])
        self.by_year.update(p[6])
        self.only_open.update(p[7])
        self.ok_at_best.update(p[8])
        self.open_anywhere.update(p[9])

    def add(self, a: Assessment, cells: Mapping[str, str] | None = None) -> None:
        self.add_digest(digest(a, cells or {}))

    def unlock(self) -> list[dict[str, Any]]:
        """Most useful research first: the rows it could make uploadable, then the rows
        where it is the only open question."""
        facts = sorted(self.only_open, key=lambda f: (-self.ok_at_best[f], -self.only_open[f], f))
        return [{"fact": f, "only_open_question_in": self.only_open[f], "ok_at_best": self.ok_at_best[f],
                 "open_in": self.open_anywhere[f]} for f in facts]

    def years(self, as_of_year: int) -> tuple[dict[int, int], int, int]:
        """Rows becoming uploadable per coming year (1 January), those further off, and
        those whose year has come already (assessed with an earlier as-of date elsewhere)."""
        coming = {y: self.by_year[y] for y in range(as_of_year + 1, as_of_year + 1 + YEARS_AHEAD)
                  if self.by_year[y]}
        later = sum(n for y, n in self.by_year.items() if y > as_of_year + YEARS_AHEAD)
        past = sum(n for y, n in self.by_year.items() if y <= as_of_year)
        return coming, later, past

    def to_json(self, as_of_year: int) -> dict[str, Any]:
        coming, later, past = self.years(as_of_year)
        return {
            "rows": self.rows,
            "counts": dict(self.counts),
            "rows_with_errors": self.rows_with_errors,
            "by_origin_country": dict(self.by_origin.most_common()),
            "by_depicted_country": dict(self.by_depicted.most_common()),
            "by_rule": dict(self.by_rule.most_common()),
            "unlock": self.unlock(),
            "by_year": {str(y): n for y, n in coming.items()},
            "by_year_later": later,
            "by_year_past": past,
        }


class Tally:
    """A chunk's counters, Summary.parts() of its rows, counted as plain dicts: a Summary's
    Counters are a dict subclass, whose items the compiled build reads and writes through
    Python's generic item calls (and a Digest's fields through its properties), ~7.6k
    instructions a row (callgrind, compiled, realistic rows); a plain dict's get and set
    and a tuple's unpacking are the compiled build's own C calls. Every counter meets its
    keys in the rows' order, as Summary's do, so parts() is the same."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {"ok": 0, "not_ok": 0, "needs_review": 0}
        self.rows = 0
        self.rows_with_errors = 0
        self.by_origin: dict[str, int] = {}
        self.by_depicted: dict[str, int] = {}
        self.by_rule: dict[str, int] = {}
        self.by_year: dict[int, int] = {}
        self.only_open: dict[str, int] = {}
        self.ok_at_best: dict[str, int] = {}
        self.open_anywhere: dict[str, int] = {}

    def add_digest(self, d: Digest, has_errors: bool) -> None:
        """Summary.add_digest(d, has_errors)."""
        verdict, _, year, origin, depicted, rule, open_facts = d
        self.rows += 1
        self.counts[verdict] = self.counts.get(verdict, 0) + 1
        if has_errors:
            self.rows_with_errors += 1
        self.by_origin[origin] = self.by_origin.get(origin, 0) + 1
        self.by_depicted[depicted] = self.by_depicted.get(depicted, 0) + 1
        if rule:
            self.by_rule[rule] = self.by_rule.get(rule, 0) + 1
        if year is not None:
            self.by_year[year] = self.by_year.get(year, 0) + 1
        for fact in open_facts:
            self.open_anywhere[fact] = self.open_anywhere.get(fact, 0) + 1
        if len(open_facts) == 1:
            only = open_facts[0]
            self.only_open[only] = self.only_open.get(only, 0) + 1
            if verdict == "needs_review":
                self.ok_at_best[only] = self.ok_at_best.get(only, 0) + 1

    def parts(self) -> SummaryParts:
        """What Summary.parts() gives for the same rows (the dicts themselves: a Tally is
        read once, when its chunk is done)."""
        return (self.counts, self.rows, self.rows_with_errors, self.by_origin, self.by_depicted, self.by_rule,
                self.by_year, self.only_open, self.ok_at_best, self.open_anywhere)
