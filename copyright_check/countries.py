"""Country cells as ISO 3166-1 alpha-2 codes.

Exports write "SE", "se", "SWE", "Sweden" or "Sverige"; pycountry (the ISO database,
kept up to date upstream) resolves the standard forms so this code holds no country list.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Final

from copyright_check import datacache
from copyright_check.cellmemo import recall, remember
from copyright_check.textcase import lower
from copyright_check.vocabulary import vocabulary


class CountryError(ValueError):
    """A country cell that names no ISO 3166-1 country."""


@lru_cache(maxsize=1)
def _iso_entries() -> tuple[dict[str, object], ...]:
    """The ISO 3166-1 entries of pycountry's own database file, read without importing
    pycountry: its import looks up its own version through importlib.metadata, ~35 ms of a
    one-row run, and most country cells are plain codes. Empty if the file is not where
    pycountry keeps it (pycountry then answers every cell)."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        return ()
    path = Path(spec.origin).parent / "databases" / "iso3166-1.json"
    try:
        entries = json.loads(path.read_text("utf-8"))["3166-1"]
        return tuple(dict(c) for c in entries)
    except (OSError, ValueError, KeyError, TypeError):
        return ()


@lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes (_iso_entries)."""
    try:
        return frozenset(str(c["alpha_2"]) for c in _iso_entries())
    except KeyError:
        return frozenset()


@lru_cache(maxsize=1)
def iso_names() -> frozenset[str]:
    """The ISO 3166-1 English names (name, common and official name) and alpha-3 codes, in
    lower case (_iso_entries): what a country cell is read as, for telling a person cell that
    holds one (record._other_field: "Sweden", "SWE" beside a death year; review 13 D3)."""
    return frozenset(lower(str(c[k])) for c in _iso_entries()
                     for k in ("name", "common_name", "official_name", "alpha_3") if k in c)


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
    return _pycountry_alpha2(value)


# pycountry's answers for the cells that need it (a name, an alpha-3 code), kept in the data
# store between runs (datacache): importing pycountry looks up its own version through
# importlib.metadata (~40 ms, ~0.3 billion instructions, before a pool's fork while the
# other core waits), and a collection's country names are few and the same from run to
# run. An answer depends only on the cell's text, pycountry's release and this module's
# code, which all go into the key: an upgrade or an edit is a miss, asked afresh.
# check-data asks pycountry itself. At most this many new answers are stored a run.
_STORED_ANSWERS = 256
_stored_answers = 0


def _pycountry_alpha2(value: str) -> str:
    global _stored_answers
    key = _answer_key(value)
    if key is not None:
        found = datacache.store().get(key)
        if type(found) is tuple and len(found) == 2 and type(found[0]) is str and type(found[1]) is str:
            if found[1]:
                raise CountryError(found[1])
            return str(found[0])
    try:
        answer = (_ask_pycountry(value), "")
    except CountryError as exc:
        answer = ("", str(exc))
    if key is not None and _stored_answers < _STORED_ANSWERS:
        _stored_answers += 1
        datacache.store().put(key, answer)
    if answer[1]:
        raise CountryError(answer[1])
    return answer[0]


def _answer_key(value: str) -> str | None:
    salt = _answer_salt()
    if salt is None or not datacache.reading():
        return None
    return "country:" + hashlib.sha256(f"{salt}\0{value}".encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=1)
def _answer_salt() -> str | None:
    return datacache.code_salt("country answer 1", [Path(__file__).resolve().parent / "countries.py"], ["pycountry"])


def _ask_pycountry(value: str) -> str:
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
