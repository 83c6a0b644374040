"""Date words of the institutions' own languages, read into year ranges.

"Anfang 20. Jh.", "fin XIXe siècle", "primi del Novecento", "hacia 1920", "1900-luvun
alussa": the words and what part of a period each means are data
(vocabularies/dates.yaml); this module compiles them into patterns. It answers only for
a cell a pattern matches in full; anything else is left to the core reader (years.py),
which reads it or reports it — never a guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from copyright_check import datacache
from copyright_check.vocabularies import DatePart, date_words, word
from copyright_check.years import CIRCA_SPREAD, OPEN_SPREAD, DateError, YearRange, parse_years

_PLACEHOLDERS = {
    "{year}": r"(?P<year>\d{1,4})", "{n}": r"(?P<n>\d{1,2})", "{roman}": r"(?P<roman>[ivxl]+)",
    "{h}": r"(?P<h>\d{1,2})", "{d}": r"(?P<d>\d{2,3}0)",
}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _compile(template: str) -> re.Pattern[str]:
    out = ""
    for part in re.split(r"(\{[a-z]+\})", template):
        if part in _PLACEHOLDERS:
            out += _PLACEHOLDERS[part]
        else:
            # A space in a pattern may be missing or doubled in a cell ("20.Jh.").
            out += r"\s*".join(re.escape(p) for p in part.split(" "))
    return datacache.pattern(f"^{out}$")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _roman(text: str) -> int | None:
    total = prev = 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


@dataclass(frozen=True, slots=True)
class _Compiled:
    circa: re.Pattern[str]
    circa_span: re.Pattern[str]
    within_year: re.Pattern[str] | None
    died: re.Pattern[str] | None
    born: re.Pattern[str] | None
    before: re.Pattern[str]
    after: re.Pattern[str]
    centuries: tuple[re.Pattern[str], ...]
    hundreds: tuple[re.Pattern[str], ...]
    named: dict[str, int]
    decades: tuple[re.Pattern[str], ...]
    part_before: re.Pattern[str]
    part_after: re.Pattern[str]
    parts_before: dict[str, DatePart]
    parts_after: dict[str, DatePart]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    d = date_words()
    year = r"(\d{1,4})"
    return _Compiled(
        circa=datacache.pattern(rf"^(?:(?:{_alternation(d.circa)})\s*{year}|{year}\s*(?:{_alternation(d.circa)}))$"),
        circa_span=datacache.pattern(rf"^(?:{_alternation(d.circa)})\s*(.+)$"),
        within_year=datacache.pattern(rf"^(?:{_alternation(d.within_year)})\s+(\d{{4}})$") if d.within_year else None,
        died=datacache.pattern(rf"^(?:{_alternation(d.died)})\s*(.+)$") if d.died else None,
        born=datacache.pattern(rf"^(?:{_alternation(d.born)})\s*(.+)$") if d.born else None,
        before=datacache.pattern(rf"^(?:{_alternation(d.before)})\s*{year}$"),
        after=datacache.pattern(rf"^(?:{_alternation(d.after)})\s*{year}$"),
        centuries=tuple(_compile(t) for t in d.centuries),
        hundreds=tuple(_compile(t) for t in d.hundreds),
        named=d.named_hundreds,
        decades=tuple(_compile(t) for t in d.decades),
        # "mid 19th century" or "mid-19th century"
        part_before=datacache.pattern(rf"^({_alternation(d.parts_before)})(?:\s+|-)(.+)$"),
        part_after=datacache.pattern(rf"^(.+?)\s+({_alternation(d.parts_after)})$"),
        parts_before=d.parts_before,
        parts_after=d.parts_after,
    )


def _period(s: str, c: _Compiled, decades_only: bool = False) -> YearRange | None:
    """A whole century or decade named by the cell (`decades_only`: written as a decade)."""
    if decades_only:  # a decade's words, and not a hundred's ("1800-talet" is a hundred)
        if any(p.match(s) for p in c.hundreds) or not any(p.match(s) for p in c.decades):
            return None
        return YearRange(0, 0)
    for p in c.centuries:
        if m := p.match(s):
            groups = m.groupdict()
            n = int(groups["n"]) if groups.get("n") else _roman(groups["roman"])
            if n:
                return YearRange((n - 1) * 100 + 1, n * 100)
    for p in c.hundreds:
        if m := p.match(s):
            base = int(m.group("h")) * 100
            return YearRange(base, base + 99)
    if s in c.named:
        base = c.named[s] * 100
        return YearRange(base, base + 99)
    for p in c.decades:
        if m := p.match(s):
            base = int(m.group("d"))
            if base % 100 == 0:
                # "1900s", "1800er": the decade or the whole hundred, as the core reader
                # takes "1800s" (the wider). A part of it is read by _part_of.
                return YearRange(base, base + 99)
            return YearRange(base, base + 9)
    return None


def _part_of(text: str, period: YearRange, part: DatePart, c: _Compiled) -> YearRange:
    """A part of the period `text` names; of a round hundred written as a decade ("late
    1800s", "Ende der 1800er Jahre": the decade 1800-1809, or the nineteenth century to
    most writers), the part of either reading, so that the range holds every year the
    cell can mean (1806-1899), never a few years of one reading. A hundred written as one
    ("slutet av 1800-talet") is that hundred alone."""
    found = _part(period, part)
    if period.hi - period.lo == 99 and period.lo % 100 == 0 and _period(text, c, decades_only=True):
        decade = _part(YearRange(period.lo, period.lo + 9), part)
        return YearRange(min(found.lo, decade.lo), max(found.hi, decade.hi))
    return found


def _part(period: YearRange, part: DatePart) -> YearRange:
    length = period.hi - period.lo + 1
    lo = period.lo + (length * part.lo_percent) // 100
    hi = period.lo + math.ceil(length * part.hi_percent / 100) - 1
    return YearRange(lo, hi)


@lru_cache(maxsize=4096)
def read_date_words(text: str) -> YearRange | None:
    """The range a cell in one of the listed languages means, or None if no pattern
    matches the whole cell."""
    c = _compiled()
    s = word(text).strip(" []()")
    if m := c.circa.match(s):
        year = int(m.group(1) or m.group(2))
        return YearRange(year - CIRCA_SPREAD, year + CIRCA_SPREAD)
    if c.within_year is not None and (m := c.within_year.match(s)):
        return YearRange.exact(int(m.group(1)))
    if m := c.before.match(s):
        year = int(m.group(1))
        return YearRange(year - OPEN_SPREAD, year - 1)
    if m := c.after.match(s):
        year = int(m.group(1))
        return YearRange(year + 1, year + OPEN_SPREAD)
    if (found := _period(s, c)) is not None:
        return found
    if (m := c.part_before.match(s)) and (found := _period(m.group(2), c)) is not None:
        return _part_of(m.group(2), found, c.parts_before[m.group(1)], c)
    if (m := c.part_after.match(s)) and (found := _period(m.group(1), c)) is not None:
        return _part_of(m.group(1), found, c.parts_after[m.group(2)], c)
    if (m := c.circa_span.match(s)) and (found := _span(m.group(1))) is not None:
        # "ca. 1920-1925", "omkring 1920-talet": the span, widened by circa's spread.
        return YearRange(found.lo - CIRCA_SPREAD, found.hi + CIRCA_SPREAD)
    return None


def _span(text: str) -> YearRange | None:
    """A span of years the core reader or these words read ("1920-1925", "1920-talet");
    None for anything else (a single year is circa's own pattern, and "um 19xx" stays
    unread: a placeholder never filled in)."""
    if re.search(r"\d[xu]", text):
        return None
    try:
        found = parse_years(text)
    except DateError:
        found = read_date_words(text)
    return found if found is not None and not found.is_exact else None


def life_date(field: str, text: str) -> YearRange | None:
    """A death or birth year written with its word ("† 1948", "d. 1948", "f. 1873") in the
    column that holds that year: the year the rest of the cell names. Only in those columns:
    elsewhere "d. 1948" could mean something else."""
    c = _compiled()
    pattern = c.died if field.endswith("_death_year") else c.born if field.endswith("_birth_year") else None
    if pattern is None or not (m := pattern.match(word(text).strip(" []()"))):
        return None
    try:
        return parse_years(m.group(1))
    except DateError:
        return read_date_words(m.group(1))
