"""What a Python caller hands the library, read as the caller means it.

An upload script passes rows from pandas, a database driver or a spreadsheet library, not
only strings: NaN and None mean "not known", 1948.0 (a year in a float column) means 1948,
bytes are text in UTF-8, and `as_of` may come as a string or a datetime. Each is turned
into what the reader of a CSV file would have produced, or refused with a clear message —
never `str(value)`, which would turn NaN into the text "nan" and bytes into "b'1948'".
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from copyright_check.assessment import RowError
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
        return ("yes" if value else "no"), None
    if _missing(value):  # before dates: pandas.NaT is a datetime
        return "", None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, numbers.Integral):  # int, numpy.int64
        return str(int(value)), None
    if isinstance(value, numbers.Real):  # float, numpy.float64: a year read into a float column
        number = float(value)
        return (str(int(number)) if number.is_integer() else str(number)), None
    if isinstance(value, list | tuple) and all(v is None or isinstance(v, str | numbers.Real) for v in value):
        # A multi-valued field (an API's "year": ["1920"], two photographers as a list): one
        # value is that value, several are joined by "; " as the batch reader reads a JSON
        # list (sources.py), so a second photographer stays visible to the record.
        read = [cell_text(v) for v in value]
        problems = [p for _, p in read if p is not None]
        return "; ".join(t.strip() for t, _ in read if t.strip()), (problems[0] if problems else None)
    return str(value), None


def row_cells(row: Mapping[Any, Any]) -> tuple[dict[str, str], list[RowError]]:
    """A caller's row as the reader's cells, with an error per cell that cannot be read."""
    cells: dict[str, str] = {}
    errors: list[RowError] = []
    for key, value in row.items():
        if type(key) is str and type(value) is str:  # the common case, without the calls below
            cells[key] = value
            continue
        if key is None:
            continue
        name = key.decode("utf-8", "replace") if isinstance(key, bytes) else str(key)
        text, problem = cell_text(value)
        cells[name] = text
        if problem is not None:
            errors.append(RowError(normalise_header(name), problem))
    return cells, errors
