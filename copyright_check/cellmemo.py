"""How much of a column's cells the row path remembers once read.

Record typing (record.py) and word reading (translate.py) each keep, per column, a plain
dict from a cell's text to what it was read as: dates, countries and words repeat from row
to row. Both bound it alike, here: long cells (never a real date or word) are not kept, so
the memory holds only short text, and a full column's cells become its older generation
(one a column: the one before is dropped), so a worker's memory stays flat over a million
rows. A cell missed in the column's dict is looked for there (recall) before it is read
again, and moved back: the cells a batch keeps meeting (its photographers, its common
dates) stay, those met once fall out. Emptying a full column outright read them all again
after each emptying: 200k realistic rows read 8,939 person cells (4,261 distinct) and
40,517 image_date cells (24,359 distinct); two generations read 4,268 and 30,410.
"""

from __future__ import annotations

from typing import Any, Final

LONGEST: Final = 200  # characters: a longer cell is read each time it comes
LIMIT: Final = 4096  # cells kept per column


# Each column's older generation, by its dict's id (the dicts are module tables, never freed).
_OLDER: Final[dict[int, dict[str, Any]]] = {}


def remember(seen: dict[str, Any], text: str, read: Any) -> None:
    """Keep a cell's reading for its column (the readers' miss path only, so the hit path
    stays one dict lookup). A full column's cells become its older generation."""
    if len(text) <= LONGEST:
        if len(seen) >= LIMIT:
            _OLDER[id(seen)] = seen.copy()
            seen.clear()
        seen[text] = read


def recall(seen: dict[str, Any], text: str) -> Any:
    """The cell's reading in the column's older generation, or None (read it): a miss in
    `seen` looks here first, then remembers what it found (remember), as for a new cell."""
    older = _OLDER.get(id(seen))
    return None if older is None else older.get(text)


def forget(seen: dict[str, Any]) -> None:
    """Empties a column and its older generation (its readings no longer hold)."""
    seen.clear()
    _OLDER.pop(id(seen), None)
