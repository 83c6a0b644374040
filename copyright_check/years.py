"""Fuzzy dates as year ranges.

Archive exports state dates the way cataloguers write them ("ca. 1920", "1920s",
"before 1930", "1920-talet"). A legal term runs to the end of a calendar year, so the
only precision the law needs is the year; every form is read into the closed range of
years it could mean, and a test over the range is three-valued (see DESIGN.md).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from copyright_check import datacache
from copyright_check.cellmemo import recall, remember
from copyright_check.textcase import lower

# How far "circa" reaches either side, and how far "before"/"after" reach when the
# other end is open. Documented in the README's record section.
CIRCA_SPREAD = 5
OPEN_SPREAD = 100


class DateError(ValueError):
    """A cell that holds text but no date this reader understands."""


@dataclass(frozen=True, slots=True, init=False)
class YearRange:
    """The closed range of years a fuzzy date may mean (lo <= hi)."""

    lo: int
    hi: int

    def __init__(self, lo: int, hi: int) -> None:
        # Written out: dataclasses' generated __init__ stays interpreted Python in the
        # compiled build (a frozen one calls object.__setattr__ per field there too);
        # this one compiles to C, ~10x cheaper. A row builds a few (death_bounds).
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)

    @classmethod
    def exact(cls, year: int) -> YearRange:
        return cls(year, year)

    @property
    def is_exact(self) -> bool:
        return self.lo == self.hi

    def __str__(self) -> str:
        return str(self.lo) if self.is_exact else f"{self.lo}–{self.hi}"

    def shift(self, years: int) -> YearRange:
        return YearRange(self.lo + years, self.hi + years)


# Words that mean "no date" in the languages heritage exports come in.
_UNKNOWN = {
    "", "unknown", "n.d.", "n.d", "nd", "s.d.", "s.d", "sd", "okänt", "okänd", "ukendt",
    "ukjent", "tuntematon", "inconnu", "inconnue", "unbekannt", "sconosciuto",
    "desconocido", "onbekend", "?", "-", "--", "undated", "no date", "sans date", "o.j.",
    "utan datum", "u.å.", "ikke datert", "udateret",
}
_CIRCA = r"(?:ca\.?|c\.?|circa|cirka|omkr\.?|omkring|vers|um|etwa|environ|approx\.?|~)"
_BEFORE = r"(?:before|bef\.?|före|innan|avant|vor|prima del|antes de|voor|ennen|før|pre)"
_AFTER = r"(?:after|aft\.?|efter|après|nach|dopo|después de|na|jälkeen|etter)"
_BCE = r"(?:bce|bc|f\.?\s?kr\.?|v\.?\s?chr\.?|av\.?\s?j\.?-?c\.?|a\.?\s?c\.?)"
_CE = r"(?:ce|ad|e\.?\s?kr\.?|n\.?\s?chr\.?)"

_YEAR = r"(\d{1,4})"
_RE_SHORT_SPAN = datacache.pattern(r"^(\d{4})\s*[-/]\s*(\d)$")
# The cell is matched in lower case: ISO 8601's "T" before the time is a "t" here
# ("1920-06-03T00:00:00Z", as JSON exports and APIs write a date).
# Only a time of day may follow the day, with its zone (_RE_ZONED_TIME's forms) or a local
# clock's name ("cet"): any other text after it is no time ("1905-11-05 or later", "1905-11 ca.",
# "1905-06-01 to 1906-06-01"), and read as the day's year alone it made a range or a doubt one
# year, an anonymous negative of 1905-1906 ok under 120 years (review 30a F1).
_RE_ISO_DAY = datacache.pattern(
    r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?"
    r"\s*(?:z|[+-]\d{2}(?::?\d{2})?)?(?:\s*(?:utc|gmt|cet|cest|eet|eest|wet|west|msk|bst|ist|jst|kst|hkt|sgt|"
    r"aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt))?)?$")
_RE_TWO_DIGIT_END = datacache.pattern(r"^(\d{4})-(\d{2})$")
# A day written year first with slashes or dots, as Japanese, Chinese, Korean and Hungarian
# exports write one ("1930/03/19", "1930.03.19."; review 30a F6): only its year is read.
_RE_YEAR_FIRST_DAY = datacache.pattern(r"^(\d{4})([/.])(\d{1,2})\2(\d{1,2})\.?$")
# The time after an ISO day, with its zone: "t23:00:00.000z" (JavaScript's toISOString),
# " 23:00:00+00:00" (pandas), "t00:00:00+01:00" (_zoned_years); UTC written as a word, as
# BigQuery's CSV export and Ruby's Time#to_s write it (" 23:00:00 utc"), " 23:00 gmt", and Go's
# time.Time.String() (" 23:00:00 +0000 utc"; review 18 G7). A local clock's name (CET) is no
# zone here: that local day, as a time without a zone.
_RE_ZONED_TIME = datacache.pattern(
    r"[t ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:(z|utc|gmt)|([+-])(\d{2}):?(\d{2})?(?:\s*(?:utc|gmt))?)$")
# The zones' offsets from UTC, in minutes: UTC-12 to UTC+14 (the Line Islands).
_WEST: Final = -12 * 60
_EAST: Final = 14 * 60
# A Wikibase time value as Wikidata's JSON (the API, the dumps, OpenRefine, QuickStatements)
# writes it: the year always signed, 4 to 16 digits, "00" for a month or day finer than
# the value's precision ("+1920-00-00T00:00:00Z"; Wikidata Help:Dates, "Time datatype").
_RE_WIKIBASE = datacache.pattern(r"^([+-])(\d{4,16})-(\d{2})-(\d{2})(?:t\d{2}:\d{2}:\d{2}z?)?$")
# The same value as the Wikidata Query Service (SPARQL) and the RDF exports write it, an
# xsd:dateTime: a value of year, decade or century precision comes out as 1 January,
# midnight, UTC ("1950-01-01T00:00:00Z"; Wikidata Help:Dates, "January 1 as date"), its
# precision a separate wikibase:timePrecision the cell does not hold. Only this machine
# form (the "T", the time, "Z" or a zero offset): a plain "1950-01-01" is a day someone typed.
# A space for the "T": the same value after a pandas round trip (pd.to_datetime on the query
# service's column, then to_csv or str(): "1950-01-01 00:00:00+00:00"); the offset still says
# it is that machine value, not a day someone typed (review 12 C3).
_RE_XSD_FIRST_OF_YEAR = datacache.pattern(r"^(\d{4})-01-01[t ]00:00:00(?:\.0+)?(?:z|[+-]00:?00)$")
# A Wikibase time value with its precision after a slash, as QuickStatements writes it and
# Commons file pages carry it ("+1950-01-01T00:00:00Z/8"; "date QS:P571,+1797-00-00T00:00:00Z/9"):
# Wikibase's precision numbers, 6 millennium, 7 century, 8 decade, 9 year, 10 month, 11 day
# (the wikibase-listdatatypes-time-body message; Wikidata Help:Dates). The sign may be missing.
_RE_WIKIBASE_PRECISION = datacache.pattern(
    r"^([+-]?)(\d{4,16})-(\d{2})-(\d{2})(?:t\d{2}:\d{2}:\d{2}(?:\.0+)?(?:z|[+-]00:?00)?)?\s*/\s*(\d{1,2})$")
# "03.06.1921", "3/6/1921", and "3-6-1921" as Dutch and Danish write a date (dd-mm-jjjj,
# both separators "-"); with the time a spreadsheet adds to a date cell exported to
# CSV ("03.06.1921 00:00"). Only the year is read, so which number is the day never matters.
_RE_DOTTED_DAY = datacache.pattern(
    r"^(\d{1,2})(?:[./]|(-))(\d{1,2})(?(2)-|[./])(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_RE_CIRCA = datacache.pattern(rf"^{_CIRCA}\s*{_YEAR}$")
_RE_CIRCA_AFTER = datacache.pattern(rf"^{_YEAR}\s*{_CIRCA}$")
# A month name and a year ("3 juni 1920", "3. März 1921", "3rd March 1920", "March 3, 1920" as US
# exports write it): the names are data (vocabularies/dates.yaml months), where the loader's
# two-meanings check sees them; compiled on first use (_month_name: the vocabularies import this
# module). Groups: the day before, the month, its dot, the day after, the year.
_MONTH_NAME: list[tuple[re.Pattern[str], dict[str, str], dict[str, int]]] = []


def _month_name() -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """The pattern, the words of two meanings, and each month word's number."""
    if not _MONTH_NAME:
        from copyright_check.vocabularies import date_words  # (they import this module)

        d = date_words()
        names = "|".join(re.escape(m) for m in sorted(d.months, key=len, reverse=True)) or "(?!)"
        # The word for year may follow ("15 lutego 1989 r.", the Russian "g."; review 30f F5).
        year = "|".join(re.escape(w) for w in sorted(d.year_words, key=len, reverse=True)) or "(?!)"
        _MONTH_NAME.append((re.compile(
            rf"^(\d{{1,2}}(?:\.|st|nd|rd|th)?\s+)?({names})(\.?)(\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(\d{{4}})"
            rf"(?:\s*(?:{year}))?$"),
            d.two_meanings, d.month_of))
    return _MONTH_NAME[0]


# A year with the word or sign for "year" after it, or a full stop (Russian "g.", "1930 r.",
# "1930年", "1930."): the words are data (vocabularies/dates.yaml year_words). Compiled on
# first use, as _month_name.
_YEAR_WORD: list[re.Pattern[str]] = []


def _year_word() -> re.Pattern[str]:
    if not _YEAR_WORD:
        from copyright_check.vocabularies import date_words  # (they import this module)

        words = "|".join(re.escape(w) for w in sorted(date_words().year_words, key=len, reverse=True))
        _YEAR_WORD.append(re.compile(rf"^(\d{{4}})(?:\.|\s*(?:{words}))$" if words else r"^(\d{4})\.$"))
    return _YEAR_WORD[0]


# Era years and CJK dates (vocabularies/dates.yaml eras, buddhist_era): "昭和5年", "民國19年",
# "平成元年", "พ.ศ. 2473", "1930年3月19日", "1930년 3월 19일". Compiled on first use, as _month_name.
_ERA: list[tuple[re.Pattern[str], dict[str, int], re.Pattern[str]]] = []
_RE_CJK_DAY = datacache.pattern(r"^(\d{4})\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?$")


def _era() -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str]]:
    if not _ERA:
        from copyright_check.vocabularies import date_words  # (they import this module)

        d = date_words()
        names = "|".join(re.escape(n) for n in sorted(d.eras, key=len, reverse=True)) or "(?!)"
        be = "|".join(re.escape(n) for n in sorted(d.buddhist_era, key=len, reverse=True)) or "(?!)"
        _ERA.append((re.compile(rf"^({names})\s*(\d{{1,2}}|元)\s*年?$"), d.eras,
                     re.compile(rf"^(?:{be})\s*(\d{{4}})$")))
    return _ERA[0]


def _era_years(s: str) -> YearRange | None:
    """An era year, a Buddhist Era year or a CJK date as its Gregorian years, None if not one."""
    if (m := _RE_CJK_DAY.match(s)) is not None:
        month, day = int(m.group(2) or 1), int(m.group(3) or 1)
        return YearRange.exact(int(m.group(1))) if 1 <= month <= 12 and 1 <= day <= 31 else None
    era, firsts, buddhist = _ERA[0] if _ERA else _era()
    if (m := era.match(s)) is not None:
        n = 1 if m.group(2) == "元" else int(m.group(2))
        return YearRange.exact(firsts[m.group(1)] + n - 1) if n >= 1 else None
    if (m := buddhist.match(s)) is not None:
        year = int(m.group(1)) - 543
        # Before 1941 the Thai year began on 1 April: B.E. 2473 ran from April 1930 to March 1931.
        return YearRange(year, year + 1) if year < 1941 else YearRange.exact(year)
    return None


_RE_EDTF_APPROX = datacache.pattern(r"^(\d{4})[~?%]$")
_RE_EDTF_UNSPEC = datacache.pattern(r"^(\d{2,3})([xXuU]{1,2})$")
_RE_DECADE = datacache.pattern(
    r"^(?:the\s+)?(?:années\s+|anni\s+|jahre\s+|años\s+)?(\d{3})0\s*(?:s|'s|-talet|-tal|talet|er|erne|-luku|luvulla|-luvulla)?$"
)
_RE_CENTURY_EN = datacache.pattern(r"^(\d{1,2})(?:st|nd|rd|th)\s+(?:century|c\.?)$")
_RE_CENTURY_NORDIC = datacache.pattern(r"^(\d{1,2})00\s*-?\s*(?:talet|tallet|tal|luku|luvulla)$")
_RE_CENTURY_FR = datacache.pattern(r"^([xvi]+|\d{1,2})e?\s+siècle$")
_RE_BEFORE = datacache.pattern(rf"^{_BEFORE}\s*{_YEAR}$")
_RE_AFTER = datacache.pattern(rf"^{_AFTER}\s*{_YEAR}$")
# "1920 or 1921" (in the exports' languages) is read as the span from one to the other:
# wider than the two years, so the doubt can only send a row to review.
_RE_SPAN = datacache.pattern(r"^(\d{1,4})\s*(?:/|-|–|—|to|till|à|bis|a|tot|or|eller|oder|ou|o|of|lub|tai)\s*(\d{1,4})$")
_RE_MONTH_YEAR = datacache.pattern(r"^(\d{1,2})[/.-](\d{4})$")
# "1948.0" from a spreadsheet's number cell; "1948,00" as a comma-decimal locale (Swedish,
# German, French Excel) writes that number to CSV.
_RE_YEAR = datacache.pattern(r"^(\d{1,4})(?:[.,]0+)?$")
_RE_BETWEEN = datacache.pattern(
    r"^(?:between|mellan|zwischen|entre|tra|tussen|välillä)\s+(\d{3,4})\s+"
    r"(?:and|och|und|et|y|e|en|ja)\s+(\d{3,4})$"
)
_RE_DASH = datacache.pattern(r"\s*[-–—]\s*")
# A doubt written before or after a date the other patterns read (tried last).
# (A short cell only: dates are short, and the patterns stay linear.)
_RE_DOUBT = datacache.pattern(
    r"^(?:(?:\?\s*)+([^?].*)|(.+?)(?:[\s,]*(?:\(\?\)|\[\?\]|\?|\((?:ca\.?|c\.|circa)\)|ca\.?|circa))+)$")
_RE_ERA = datacache.pattern(rf"^(?:{_CIRCA}\s*)?(\d{{1,5}})\s*({_BCE}|{_CE})$")

_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(text: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _century(n: int) -> YearRange:
    return YearRange((n - 1) * 100 + 1, n * 100)


# Dates already read, cell text -> (its range or None, the DateError's message or ""): a
# plain dict in the compiled build costs a fraction of an lru_cache call (its key tuple and
# bookkeeping), and it keeps the unreadable dates too, which an lru_cache reads again each
# time (it does not keep a raised exception). The reading depends on the text alone.
# Bounded as the row path's other memories (cellmemo.py).
_READ: Final[dict[str, tuple[YearRange | None, str]]] = {}


def parse_years(text: str | None) -> YearRange | None:
    """Read a fuzzy date; None means unknown, DateError means unreadable."""
    if text is None:
        return None
    hit = _READ.get(text)
    if hit is None:
        hit = recall(_READ, text)
        if hit is None:
            try:
                hit = (_parse_years(text), "")
            except DateError as exc:
                hit = (None, str(exc))
        remember(_READ, text, hit)
    if hit[1]:
        raise DateError(hit[1])
    return hit[0]


def day_span(text: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date of a day ("1989-02-15") or of a month ("1989-02")
    may mean, None for any other form. A term runs by years, but a boundary of the law can
    fall inside a year (the US notice era ends on 1 March 1989: 17 USC 405, as amended by
    the Berne Convention Implementation Act): there a cell that names the day or the month
    settles which side it lies on, which its year alone cannot (review 19 N1)."""
    if text is None:
        return None
    s = text.strip()
    if not (len(s) in (7, 10) and s.isascii() and s[4] == "-" and s[:4].isdigit() and s[5:7].isdigit()):
        return _written_day_span(s)
    year, month = int(s[:4]), int(s[5:7])
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if len(s) == 7:
        return _month_span(year, month)
    if s[7] != "-" or not s[8:].isdigit() or not 1 <= int(s[8:]) <= last:
        return None
    day = date(year, month, int(s[8:]))
    return day, day


def _month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _written_day_span(s: str) -> tuple[date, date] | None:
    """day_span for a day or a month as exports write them: "15.02.1989", "15/02/1989",
    "02/15/1989" or "15-02-1989" (the day first in Europe, the month first in the US; where
    both readings are dates, the span runs from the earlier to the later, so a doubt can only
    widen it), and a month with its year ("02/1989", "2.1989"). Review 29c G5: a US photo
    published "15/02/1989" without a notice was read as of 1989 alone, after the notice era,
    where the day puts it before 1 March."""
    if not s.isascii() or not s[:1].isdigit():
        return _named_month_span(s)
    if (m := _RE_MONTH_YEAR.match(s)) is not None:
        month, year = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or year < 1:
            return None
        return _month_span(year, month)
    m = _RE_DOTTED_DAY.match(s)
    if m is None:
        return _named_month_span(s)
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    # (month, day): the day first, and the US order (03/01/1989, 03-01-1989: 1 March), even
    # with dots, which a US catalogue may write too: a doubt only widens the span.
    readings = [(second, first), (first, second)]
    days = [date(year, month, day) for month, day in readings
            if year >= 1 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]]
    return (min(days), max(days)) if days else None


def _named_month_span(s: str) -> tuple[date, date] | None:
    """day_span for a day or a month written with the month's name ("Feb. 1989", "15
    février 1989", "February 15, 1989", "15. helmikuuta 1989"), as _read_years reads its
    year. A word of two meanings before the year alone ("apr. 1989": April, or après) is no
    month. Review 29c: "Feb 1989" was read as 1989 alone, either side of 1 March."""
    pattern, two, month_of = _MONTH_NAME[0] if _MONTH_NAME else _month_name()
    m = pattern.match(lower(" ".join(s.split())).strip(" []()"))
    if m is None or (m.group(1) and m.group(4)):
        return None
    shortened = m.group(2) + m.group(3)
    if m.group(3) and not (m.group(1) or m.group(4)) and shortened in two:
        return None
    month, year = month_of.get(m.group(2), 0), int(m.group(5))
    if not 1 <= month <= 12 or year < 1:
        return None
    written = (m.group(1) or m.group(4) or "").strip().rstrip(".").removesuffix("st").removesuffix(
        "nd").removesuffix("rd").removesuffix("th")
    if not written:
        return _month_span(year, month)
    day = int(written)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day), date(year, month, day)


def _parse_years(text: str) -> YearRange | None:
    """The two shapes of most of a catalogue's one-off dates read by their shape: an ISO
    day ("1892-08-10") and a span of two full years ("1920/1925"), each as the patterns
    (_read_years) read it after the three, or the seventeen, that cannot match it."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii() and text[:4].isdigit() \
            and text[5:7].isdigit() and text[8:].isdigit():
        month, day = int(text[5:7]), int(text[8:])
        if not (0 <= month <= 12 and 0 <= day <= 31):
            raise DateError(f"not a valid date: {text!r}")
        return YearRange.exact(int(text[:4]))
    if len(text) == 9 and text[4] == "/" and text.isascii() and text[:4].isdigit() and text[5:].isdigit():
        lo, hi = int(text[:4]), int(text[5:])
        if hi < lo:
            raise DateError(f"range ends before it starts: {text!r}")
        return YearRange(lo, hi)
    return _read_years(text)


def _zoned_years(year: int, month: int, t: re.Match[str]) -> YearRange:
    """The years a time stamp with a zone on 31 December or 1 January may be a date of. A date
    stored as local midnight and written in UTC lands on the day before wherever the clock is
    ahead of UTC: JavaScript's toISOString writes 1 January 1956 in Stockholm as
    "1955-12-31T23:00:00.000Z" (stored examples https://zenn.dev/shimouta/articles/97995a29320fea,
    https://anishgandhi.com/silent-timezone-bugs-javascript-date), and one behind UTC the other
    way. Which zone the date was meant in the value does not say, so it is read as every year
    its instant falls in from UTC-12 to UTC+14: "1955-12-31T23:00:00Z" is 1955-1956, as the
    year range "1955/1956" is, the later year deciding a term (review 17 G11: it was 1955, and a
    death on 1 January 1956 was read as PD a year early). A time stamp without a zone is the
    local time the catalogue meant, and Wikidata's "…-01-01T00:00:00Z" its own convention
    (_RE_XSD_FIRST_OF_YEAR, read before)."""
    offset = 0 if t.group(3) else (int(t.group(5)) * 60 + int(t.group(6) or 0)) * (1 if t.group(4) == "+" else -1)
    minutes = int(t.group(1)) * 60 + int(t.group(2)) - offset  # the instant in UTC, from the day's midnight
    day_start = 0 if month == 1 else -24 * 60  # 31 December's midnight, from 1 January's
    # The instant from the new year's midnight (UTC), and so its earliest and latest local times.
    at = day_start + minutes
    lo = year - 1 if month == 1 else year
    first = lo if at + _WEST < 0 else lo + 1
    last = lo + 1 if at + _EAST >= 0 else lo
    return YearRange(first, last) if first != last else YearRange.exact(first)


def _read_years(text: str) -> YearRange | None:
    raw = " ".join(text.strip().split())
    s = lower(raw).strip(" []()")
    if s in _UNKNOWN:
        return None
    if m := _RE_YEAR.match(s):
        digits = m.group(1)
        if not digits.strip("0"):
            raise DateError(f"{raw!r} is not a year (an export's empty value?)")
        if len(digits) < 3:
            # "48" is 1948 to one cataloguer and 2048 to another: never guessed.
            raise DateError(f"{raw!r} is not a full year: write all its digits (1948), or an era (48 AD)")
        return YearRange.exact(int(digits))
    if m := _RE_SHORT_SPAN.match(s):
        # "1955-6" and "1955/6" are one reading: the years 1955-1956. (June 1955 would lie
        # inside it, so the wider reading can only send a row to review.) ISO's "1955-06",
        # two digits, stays June 1955.
        lo = int(m.group(1))
        hi = lo - lo % 10 + int(m.group(2))
        if hi < lo:
            raise DateError(f"range ends before it starts: {raw!r}")
        return YearRange(lo, hi)
    if (m := _RE_TWO_DIGIT_END.match(s)) and (int(m.group(2)) > 12 or (
            int(m.group(1)) < 2000 and int(m.group(2)) > int(m.group(1)) % 100)):
        # "1920-21" cannot be a month (ISO's "1920-06" is June 1920): the years 1920-1921,
        # as "1920/21" is. "1905-06" or "1900-10" may be either, a month or the years as a
        # catalogue writes a span ("1905-6", "c. 1900-10"): the wider reading, which holds the
        # month too (review 30a F5: read as a month alone, a negative of 1905-06 was ok under
        # 120 years). From 2000 the month: "2002-12" is how a born-digital export writes
        # December 2002, where 2002-2012 crossed the end of 2002 (review 30f F4).
        lo = int(m.group(1))
        hi = lo - lo % 100 + int(m.group(2))
        if hi < lo:
            raise DateError(f"range ends before it starts: {raw!r}")
        return YearRange(lo, hi)
    if m := _RE_WIKIBASE.match(s):
        return _wikibase(m, raw)
    if m := _RE_WIKIBASE_PRECISION.match(s):
        return _wikibase_precision(m, raw)
    if m := _RE_XSD_FIRST_OF_YEAR.match(s):
        if not int(m.group(1)):
            raise DateError(f"not a valid date: {raw!r}")
        lo, hi = _periods_of(int(m.group(1)))
        return YearRange(lo, hi)
    if m := _RE_ISO_DAY.match(s):
        month = int(m.group(2))
        day = int(m.group(3) or 1)
        # Collection systems write an unknown month or day as 00 (1925-00-00).
        if not (0 <= month <= 12 and 0 <= day <= 31):
            raise DateError(f"not a valid date: {raw!r}")
        year = int(m.group(1))
        if (month, day) in ((12, 31), (1, 1)) and (t := _RE_ZONED_TIME.match(s, 10)):
            return _zoned_years(year, month, t)
        return YearRange.exact(year)
    if (m := _RE_YEAR_FIRST_DAY.match(s)) and 1 <= int(m.group(3)) <= 12 and 1 <= int(m.group(4)) <= 31:
        return YearRange.exact(int(m.group(1)))
    if m := _RE_DOTTED_DAY.match(s):
        if not (1 <= int(m.group(3)) <= 12 or 1 <= int(m.group(1)) <= 12):
            raise DateError(f"not a valid date: {raw!r}")
        return YearRange.exact(int(m.group(4)))
    if (m := _RE_CIRCA.match(s)) or (m := _RE_CIRCA_AFTER.match(s)):
        year = int(m.group(1))
        return YearRange(year - CIRCA_SPREAD, year + CIRCA_SPREAD)
    # Four digits only: "195." is a decade with its last digit missing, not the year 195
    # (review 30f F1: a depicted work's author "died 195." made a painting of 1920 ok).
    if m := (_YEAR_WORD[0] if _YEAR_WORD else _year_word()).match(s):
        return YearRange.exact(int(m.group(1)))
    if (not s.isascii() or s[:1].isalpha()) and (found := _era_years(s)) is not None:
        return found
    pattern, two, _ = _MONTH_NAME[0] if _MONTH_NAME else _month_name()
    if m := pattern.match(s):
        shortened = m.group(2) + m.group(3)
        if m.group(3) and not (m.group(1) or m.group(4)) and shortened in two:
            # "apr. 1925": April, or "après 1925" (dates.yaml two_meanings); with a day it
            # can only be the month.
            raise DateError(f"{raw!r}: {shortened!r} means {two[shortened]}: not read")
        return YearRange.exact(int(m.group(5)))
    if m := _RE_EDTF_APPROX.match(s):
        year = int(m.group(1))
        return YearRange(year - CIRCA_SPREAD, year + CIRCA_SPREAD)
    if m := _RE_EDTF_UNSPEC.match(s):
        width = 10 ** len(m.group(2))
        base = int(m.group(1)) * width
        return YearRange(base, base + width - 1)
    if m := _RE_CENTURY_NORDIC.match(s):
        base = int(m.group(1)) * 100
        return YearRange(base, base + 99)
    if m := _RE_DECADE.match(s):
        base = int(m.group(1)) * 10
        if base % 100 == 0:
            # "1800s", "1800er", "années 1800" are the decade or the century: take the
            # wider reading, so that the doubt can only ever send a row to review.
            # ("1800-talet", always the century, is read above.)
            return YearRange(base, base + 99)
        return YearRange(base, base + 9)
    if m := _RE_CENTURY_EN.match(s):
        return _century(int(m.group(1)))
    if m := _RE_CENTURY_FR.match(s):
        token = m.group(1)
        return _century(int(token) if token.isdigit() else _roman(token))
    if m := _RE_BEFORE.match(s):
        year = int(m.group(1))
        return YearRange(year - OPEN_SPREAD, year - 1)
    if m := _RE_AFTER.match(s):
        year = int(m.group(1))
        return YearRange(year + 1, year + OPEN_SPREAD)
    if m := _RE_BETWEEN.match(s):
        lo, hi = int(m.group(1)), int(m.group(2))
        if hi < lo:
            raise DateError(f"range ends before it starts: {raw!r}")
        return YearRange(lo, hi)
    if (m := _RE_MONTH_YEAR.match(s)) and 1 <= int(m.group(1)) <= 12:
        return YearRange.exact(int(m.group(2)))
    if m := _RE_SPAN.match(s):
        lo_text, hi_text = m.group(1), m.group(2)
        lo = int(lo_text)
        # "1920/25" abbreviates the later year.
        hi = int(lo_text[: max(0, len(lo_text) - len(hi_text))] + hi_text)
        if hi < lo:
            raise DateError(f"range ends before it starts: {raw!r}")
        return YearRange(lo, hi)
    if m := _RE_ERA.match(s):
        year = int(m.group(1))
        if re.fullmatch(_BCE, m.group(2)):
            # Astronomical numbering: 1 BCE is year 0, so N BCE is 1 - N.
            year = 1 - year
        spread = CIRCA_SPREAD if re.match(_CIRCA, s) else 0
        return YearRange(year - spread, year + spread)
    if len(raw) <= 40 and (m := _RE_DOUBT.match(lower(raw))):
        # "1920 (?)", "?1920", "1920-1925?", "1920s?", "1890-1900 ca.": a date the
        # cataloguer doubts is that date widened by circa's spread, as "1920?" is.
        try:
            found = _read_years(m.group(1) or m.group(2))
        except DateError:
            found = None
        if found is not None:
            return YearRange(found.lo - CIRCA_SPREAD, found.hi + CIRCA_SPREAD)
    if len(raw) <= 40:
        found = _two_dates(lower(raw))
        if found is not None:
            return found
    raise DateError(f"not a date this reader understands: {raw!r}")


def _wikibase(m: re.Match[str], raw: str) -> YearRange:
    """A Wikibase time value ("+1920-00-00T00:00:00Z"). Its precision is a field of its
    own, which a cell does not hold: a value with a month or day is that year, while
    "-00-00" may be a year, a decade (the 1920s are +1920), a century (Wikidata's
    input has stored the 20th century as +2000, its data model as +1901: Phabricator
    T73459) or a millennium. Such a value is read as every period it can stand for, so
    that the doubt only sends a row to review. A year before the common era: Wikidata's
    JSON numbers 1 BCE as -0001, its RDF export (XSD 1.1) as +0000, so -0500 is read as
    both readings, the years -500 and -499 of the astronomical numbering used here.
    1 January at midnight is read the same way: Wikidata's JSON writes a year-, decade- or
    century-precision value so too (Help:Dates, "Time datatype": "+2013-01-01T00:00:00Z"
    for the year 2013; Phabricator T310981), as the query service's xsd:dateTime does
    (_RE_XSD_FIRST_OF_YEAR): "+1950-01-01T00:00:00Z" for a death in the 1950s was 1950."""
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not year or year > 9999 or month > 12 or day > 31 or (day and not month):
        raise DateError(f"not a valid date: {raw!r}")
    first_of_year = month == 1 and day == 1 and ("t" not in m.group(0) or "t00:00:00" in m.group(0))
    lo, hi = _periods_of(year) if (not month and not day) or first_of_year else (year, year)
    if m.group(1) == "-":
        return YearRange(-hi, 1 - lo)
    return YearRange(lo, hi)


def _wikibase_precision(m: re.Match[str], raw: str) -> YearRange:
    """A Wikibase time value with its precision ("+1950-01-01T00:00:00Z/8"): the period the
    precision names. 9 or finer is the year; 8 the decade the year is in (1955/8: the
    1950s); 7 the century, read both ways Wikidata has stored one (Phabricator T73459:
    +1900/7 may be 1801-1900 or 1900-1999), as the widest span. A millennium or coarser
    says nothing a term can be counted on: the cell's error. Dropping the suffix read a
    death 'in the 1950s' as 1950 (review 12 C3)."""
    year, month, day, precision = int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))
    if not year or year > 9999 or month > 12 or day > 31 or (day and not month) or precision > 14:
        raise DateError(f"not a valid date: {raw!r}")
    if precision >= 9:
        lo = hi = year
    elif precision == 8:
        lo, hi = year - year % 10, year - year % 10 + 9
    elif precision == 7:
        lo, hi = (year - 1) // 100 * 100 + 1, year // 100 * 100 + 99
    else:
        raise DateError(f"a Wikibase date of precision {precision} (a millennium or coarser) names no year: {raw!r}")
    if m.group(1) == "-":
        return YearRange(-hi, 1 - lo)
    return YearRange(lo, hi)


def _periods_of(year: int) -> tuple[int, int]:
    """The years a Wikibase time value whose precision is unknown can stand for, given
    its year: the year itself, the decade it opens (1920: the 1920s), the century it
    opens or closes (1901 and 2000: the 20th century, Phabricator T73459) and likewise
    the millennium. The widest span, so that the doubt only sends a row to review."""
    lo = hi = year
    if year % 10 == 0:
        hi = year + 9
    if year % 100 == 0:
        lo = year - 99
    if year % 100 == 1:
        hi = max(hi, year + 99)
    if year % 1000 == 0:
        lo = year - 999
    if year % 1000 == 1:
        hi = year + 999
    return lo, hi


def _two_dates(text: str) -> YearRange | None:
    """"c.1920-c.1930", "1890s-1900s", "1920's-1930's": two fuzzy dates the patterns read,
    one each side of a dash, are the span from the first's earliest year to the second's
    latest (tried last, so no cell read before reads differently). Each side must carry its
    own doubt: in "ca. 1920 - 1925" the circa may cover the whole span, which the date
    words read (vocabularies/dates.yaml: the span widened both ends)."""
    for m in _RE_DASH.finditer(text):
        try:
            first, second = _read_years(text[:m.start()]), _read_years(text[m.end():])
        except DateError:
            continue
        if first is not None and second is not None and not first.is_exact and not second.is_exact:
            if second.hi < first.lo:
                raise DateError(f"range ends before it starts: {text!r}")
            return YearRange(min(first.lo, second.lo), max(first.hi, second.hi))
    return None
