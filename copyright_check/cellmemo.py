"""How much of a column's cells the row path remembers once read.

Record typing (record.py) and word reading (translate.py) each keep, per column, a plain
dict from a cell's text to what it was read as: dates, countries and words repeat from row
to row. Both bound it alike, here: long cells (never a real date or word) are not kept, so
the memory holds only short text, and a full column is emptied (a miss only reads the cell
again), so a worker's memory stays flat over a million rows.
"""

from __future__ import annotations

from typing import Any, Final

LONGEST: Final = 200  # characters: a longer cell is read each time it comes
LIMIT: Final = 4096  # cells kept per column


def remember(seen: dict[str, Any], text: str, read: Any) -> None:
    """Keep a cell's reading for its column (the readers' miss path only, so the hit path
    stays one dict lookup)."""
    if len(text) <= LONGEST:
        if len(seen) >= LIMIT:
            seen.clear()
        seen[text] = read
