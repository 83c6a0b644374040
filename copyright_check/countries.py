"""Country cells as ISO 3166-1 alpha-2 codes.

Exports write "SE", "se", "SWE", "Sweden" or "Sverige"; pycountry (the ISO database,
kept up to date upstream) resolves the standard forms so this code holds no country list.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Final

from copyright_check.cellmemo import recall, remember
from copyright_check.vocabulary import vocabulary


class CountryError(ValueError):
    """A country cell that names no ISO 3166-1 country."""


@lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, read from pycountry's own database file without
    importing pycountry: its import looks up its own version through importlib.metadata,
    ~35 ms of a one-row run, and most country cells are plain codes. Empty if the file is
    not where pycountry keeps it (pycountry then answers every cell)."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "databases" / "iso3166-1.json"
    try:
        return frozenset(str(c["alpha_2"]) for c in json.loads(path.read_text("utf-8"))["3166-1"])
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()


# Cells already read, text -> (the code, or "" and the CountryError's message): a plain
# dict, which compiled costs a fraction of an lru_cache call, and which keeps the cells
# that name no country too (an lru_cache reads them again each time). Bounded as the row
# path's other memories (cellmemo.py).
_READ: Final[dict[str, tuple[str, str]]] = {}


def to_alpha2(text: str) -> str:
    hit = _READ.get(text)
    if hit is None:
        hit = recall(_READ, text)
        if hit is None:
            try:
                hit = (_to_alpha2(text), "")
            except CountryError as exc:
                hit = ("", str(exc))
        remember(_READ, text, hit)
    if hit[1]:
        raise CountryError(hit[1])
    return hit[0]


def _to_alpha2(text: str) -> str:
    value = text.strip()
    vocab = vocabulary()
    if value.upper() in vocab.country_aliases:
        return vocab.country_aliases[value.upper()]
    if value.upper() in vocab.user_assigned_countries:
        return value.upper()
    if value.upper() in vocab.ambiguous_countries:
        raise CountryError(f"{value!r} names more than one present-day country (a former state or a shared "
                           "name): give the present-day country, e.g. as an ISO code")
    if len(value) == 2 and value.upper() in _alpha2_codes():
        return value.upper()
    import pycountry  # names and alpha-3 codes only

    if len(value) in (2, 3) and value.isalpha():
        key = f"alpha_{len(value)}"
        found = pycountry.countries.get(**{key: value.upper()})  # type: ignore[arg-type]
        if found is not None:
            return str(found.alpha_2)
        raise CountryError(f"not an ISO 3166-1 country code: {value!r}")
    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        raise CountryError(f"not a country this reader knows: {value!r}") from None
