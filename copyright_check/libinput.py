"""What a Python caller hands the library, read as the caller means it.

An upload script passes rows from pandas, a database driver or a spreadsheet library, not
only strings: NaN and None mean "not known", 1948.0 (a year in a float column) means 1948,
bytes are text in UTF-8, and `as_of` may come as a string or a datetime. Each is turned
into what the reader of a CSV file would have produced, or refused with a clear message —
never `str(value)`, which would turn NaN into the text "nan" and bytes into "b'1948'".
"""

from __future__ import annotations

import functools
import numbers
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from copyright_check import datacache
from copyright_check.assessment import RowError
from copyright_check.reader import sheet_error
from copyright_check.record import normalise_header


def as_date(value: Any, name: str = "as_of") -> date | None:
    """A date, a datetime (its date) or an ISO string ("2026-11-24"); None stays None."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"{name} must be a datetime.date, a datetime or an ISO date string (YYYY-MM-DD), "
                    f"not {type(value).__name__}")


# The days a time stamp with a zone may be either year on (years._zoned_years).
_TURN_OF_THE_YEAR: Final = ((12, 31), (1, 1))


def _missing(value: Any) -> bool:
    """NaN, NaT (not equal to themselves) and pandas.NA (whose truth value raises)."""
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


def cell_text(value: Any) -> tuple[str, str | None]:
    """One cell as text, and a message when the value cannot be read (it is then unknown)."""
    if value is None or isinstance(value, str):
        return value or "", None
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8"), None
        except UnicodeDecodeError:
            return "", "bytes that are not UTF-8 text; read as unknown"
    if isinstance(value, bool):
        # As a spreadsheet's boolean cell reads (sources.cell_text): FALSE is no "no" where
        # no would free a work (rules/vocabulary.yaml zero_words).
        return ("TRUE" if value else "FALSE"), None
    if _missing(value):  # before dates: pandas.NaT is a datetime
        return "", None
    if isinstance(value, datetime):
        # A time zone on 31 December or 1 January: as its ISO text, which years.py reads as the
        # CLI reads it: a query service's xsd:dateTime parsed by pandas
        # (Timestamp('1950-01-01 00:00:00+0000')), whose precision may be a decade (review 12
        # C3), and a local midnight written in UTC, JavaScript's toISOString of 1 January 1956 in
        # Stockholm parsed by pandas or datetime.fromisoformat (Timestamp('1955-12-31
        # 23:00:00+0000')), either year (review 18 G4; years._zoned_years).
        if value.tzinfo is not None and (value.month, value.day) in _TURN_OF_THE_YEAR:
            return value.isoformat(), None
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, numbers.Integral):  # int, numpy.int64
        return str(int(value)), None
    if isinstance(value, numbers.Real | Decimal):  # float, numpy.float64, DECIMAL: a year in a float column
        number = float(value)
        return (str(int(number)) if number.is_integer() else str(number)), None
    if isinstance(value, list | tuple) and all(v is None or isinstance(v, str | numbers.Real) for v in value):
        # A multi-valued field (an API's "year": ["1920"], two photographers as a list): one
        # value is that value, several are joined by "; " as the batch reader reads a JSON
        # list (sources.py), so a second photographer stays visible to the record.
        read = [cell_text(v) for v in value]
        problems = [p for _, p in read if p is not None]
        return "; ".join(t.strip() for t, _ in read if t.strip()), (problems[0] if problems else None)
    # Anything else (a generator, a pandas Series, an object of the caller's) has no text a
    # cell could hold: its str() is "<generator object …>", which was read as a photographer's
    # name and written on the file page (review 12 C6).
    return "", (f"a {type(value).__name__} is no cell value (text, a number, a date, a boolean, None or a "
                "list of them); read as unknown")


def row_cells(row: Mapping[Any, Any]) -> tuple[dict[str, str], list[RowError]]:
    """A caller's row as the reader's cells, with an error per cell that cannot be read:
    a spreadsheet's error value as text (`#REF!` in a CSV read by csv.DictReader or pandas)
    and a date in a year column whose day number is a year typed into a date-formatted cell
    (pandas' read_excel gives 1905-05-23 for 1970) are the CLI reader's errors too, so an
    upload script's call reads them as `copyright-check assess` does (review 12 C1)."""
    cells: dict[str, str] = {}
    errors: list[RowError] = []
    for key, value in row.items():
        if type(key) is str and type(value) is str and "#" not in value and "Err:" not in value:
            cells[key] = value  # the common case, without the calls below
            continue
        if key is None:
            continue
        name = key.decode("utf-8", "replace") if isinstance(key, bytes) else str(key)
        text, problem = cell_text(value)
        if problem is None and text and isinstance(value, date) and (problem := _year_as_date(name, value)):
            text = ""  # never a death (or a publication) in 1905: the column is unknown
        if not problem and (shown := sheet_error(text)):
            text, problem = "", (f"the cell holds a spreadsheet error {shown} (a formula that failed in the "
                                 "spreadsheet program, e.g. a lookup that found nothing); read as unknown")
        cells[name] = text
        if problem:
            errors.append(RowError(normalise_header(name), problem))
    return cells, errors


def _year_as_date(name: str, value: date) -> str:
    """sources' note on a date cell in a year or date column (the CLI's spreadsheet reader)."""
    from copyright_check.sources import year_as_date  # only for a date value

    return year_as_date(normalise_header(name), value, name)


# What pandas names a column whose header cell was blank (read_csv, read_excel), and what
# csv.DictReader and a spreadsheet reader give one: no name of its own.
_BLANK_KEY = datacache.pattern(r"(?:Unnamed: \d+(?:_level_\d+)?|column [A-Z]{1,3})?")


@functools.lru_cache(maxsize=64)
def field_names(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Each key's record field, as the CLI's reader names a file's columns: a person's field
    numbered again (`photographer.1` as pandas writes a repeated header, `Photographer 2`,
    `photographer_death_year_2`) is that field a second time, and so is a key with no name
    right after a person's field (csv.DictReader's '' or pandas' `Unnamed: 3` for a header
    cell merged over two columns): a second person there is the row's error, as the CLI
    makes it, never passed over while the row is decided on the first one's death year
    (review 12 C1; Berne art. 7bis: a joint work runs from the last surviving author's death)."""
    from copyright_check.mapping import Mapping as ColumnMapping  # the reader's numbering rule
    from copyright_check.vocabularies import headers

    again = headers().numbered_again
    rename = ColumnMapping().rename
    names: list[str] = []
    for key in keys:
        if names and names[-1] in again and _BLANK_KEY.fullmatch(key.strip()):
            names.append(names[-1])
        else:
            names.append(rename(key) if key.strip() else "")
    return tuple(names)
