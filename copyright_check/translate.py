"""Cell words of the institutions' own languages onto the record vocabulary.

"byggnad" is a building, "utomhus" outdoor_public, "Sverige" SE, "Erkännande-DelaLika 4.0"
CC BY-SA 4.0, "Anfang 20. Jh." 1901-1940. A cell the core reader already understands is
left alone; a word the vocabularies (vocabularies/values.yaml, dates.yaml) list is
replaced by its meaning; anything else is left as written, so the core reader reports it
as a per-cell error. The original cell still goes to the output as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from copyright_check import datacache
from copyright_check.cellmemo import recall, remember
from copyright_check.countries import CountryError, to_alpha2
from copyright_check.datewords import life_date, read_date_words
from copyright_check.licences import LicenceClass, parse_licence
from copyright_check.textcase import lower
from copyright_check.vocabularies import (
    COUNTRY_FIELDS,
    REHABILITATION_FIELDS,
    YES_NO_FIELDS,
    cell_words,
    more_country_names,
    port_name_key,
    word,
)
from copyright_check.vocabulary import vocabulary
from copyright_check.years import DateError, parse_years

# The death-year fields: a word saying the person lives reads as no death year (values.yaml living).
DEATH_FIELDS: Final = ("photographer_death_year", "depicted_creator_death_year")
DATE_FIELDS: Final = ("photographer_death_year", "photographer_birth_year", "image_date", "published_date",
               "depicted_creator_death_year", "depicted_date")
CHOICE_FIELDS: Final = ("depicted_type", "depicted_setting", "photo_kind", "taken_from", *YES_NO_FIELDS)
# Fields whose cells are words this module can translate; names and titles are not.
TRANSLATED: Final = (*DATE_FIELDS, *CHOICE_FIELDS, *COUNTRY_FIELDS, "licence", *REHABILITATION_FIELDS)


def core_reads(field: str, value: str) -> bool:
    """Whether the core record reader understands the cell as it is."""
    v = value.strip()
    low = lower(v)
    core = vocabulary()
    if not v or low in core.unknown_words:
        return True
    if field in DATE_FIELDS:
        try:
            parse_years(v)
        except DateError:
            return False
        return True
    if field in COUNTRY_FIELDS:
        try:
            to_alpha2(v)
        except CountryError:
            return False
        return True
    if field in YES_NO_FIELDS:
        return low in core.yes_words or low in core.no_words
    if field in REHABILITATION_FIELDS:
        if low in core.yes_words or low in core.no_words:
            return True
        try:
            return parse_years(v) is not None
        except DateError:
            return False
    if field == "licence":
        return parse_licence(v).cls is not LicenceClass.UNRECOGNISED
    key = low.replace(" ", "_").replace("-", "_")
    allowed = {"depicted_type": tuple(core.depicted_types), "depicted_setting": core.settings,
               "photo_kind": core.photo_kinds, "taken_from": core.viewpoints}
    return key in allowed.get(field, ())


def _range_text(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}/{hi}"


def _cc_name(text: str) -> str | None:
    """A translated Creative Commons name ("Namensnennung - Weitergabe unter gleichen
    Bedingungen 4.0 International") as "CC BY-SA 4.0", if every word is accounted for; or
    the name with its short form in brackets, as Creative Commons' deeds title a licence
    ("Namensnennung 3.0 Deutschland (CC BY 3.0 DE)", "Paternité - Partage des Conditions
    Initiales à l'Identique 2.0 Générique (CC BY-SA 2.0)"), where both name one licence
    (review 25a: such titles went to a person, the port's name read as words left over)."""
    short = _SHORT_FORM.search(text)
    if short is not None:
        inner = _one_cc_name(short.group(1))
        outer = _one_cc_name(text[:short.start()] + " " + text[short.end():])
        return inner if inner is not None and inner == outer else None
    return _one_cc_name(text)


# A licence's short form in brackets after its name: "(CC BY-SA 3.0 DE)".
_SHORT_FORM: Final = datacache.pattern(r"\(\s*((?:cc|creative commons)\b[^()]*)\)", re.IGNORECASE)


def _one_cc_name(text: str) -> str | None:
    words = cell_words()
    s = word(text)
    for prefix in words.cc_prefix:
        if s.startswith(prefix + " "):
            s = s[len(prefix) + 1:]
            break
    found: list[str] = []
    for phrase in sorted(words.cc_elements, key=len, reverse=True):
        pattern = rf"(?<![\w]){re.escape(phrase)}(?![\w])"
        s, n = re.subn(pattern, " ", s)
        if n > 1 or (n and words.cc_elements[phrase] in found):
            return None  # an element twice: two licences ("CC BY-SA / CC BY-NC"), never merged into one
        if n:
            found.append(words.cc_elements[phrase])
    versions = re.findall(r"(?<![\w.])(\d\.\d)(?![\w.])", s)
    if "by" not in found or len(versions) > 1:
        return None
    parts = re.split(r"(?<![\w.])\d\.\d(?![\w.])", s)
    rest = [t for t in re.split(r"[\s,()/]+", parts[0]) if t and t not in words.cc_filler]
    after = [t for t in re.split(r"[\s,()/]+", parts[-1]) if t and t not in words.cc_filler] if versions else []
    port = _port(" ".join(after)) if after else ""
    if rest or port is None:
        return None
    order = [e for e in ("by", "nc", "nd", "sa") if e in found]
    return "CC " + "-".join(e.upper() for e in order) + (f" {versions[0]}" if versions else "") + port


def _port(name: str) -> str | None:
    """The country a ported licence's name ends with, after its version ("CC BY-SA 3.0
    Deutschland", "Namensnennung 3.0 Deutschland", "CC BY 3.0 Nederland", "CC BY-SA 2.5
    Sverige": the licence Creative Commons adapted to that country's law), as the port
    code the licence reader takes (" DE"); None if the words name no one country. Which
    ports have a Commons template is rules/licences.yaml's (creative_commons.ports): a port
    without one goes to a person there."""
    words = cell_words()
    code = words.cc_port_names.get(port_name_key(name)) or words.countries.get(word(name))
    if code is None:
        try:
            code = to_alpha2(name)
        except CountryError:
            return None
    return f" {code}"


def _translate(field: str, value: str) -> str | None:
    """The cell in the record vocabulary ("" for a word meaning unknown), or None to
    leave it as written."""
    if field not in TRANSLATED or core_reads(field, value):
        return None
    words = cell_words()
    w = word(value)
    if w in words.unknown or (field in DEATH_FIELDS and w in words.living):
        return ""
    core = vocabulary()
    if w in core.zero_words and field in core.no_frees_columns:
        return None  # "FALSCH" where no would free a work: the record reader's error (zero_words)
    if field in DATE_FIELDS:
        found = read_date_words(value) or life_date(field, value)
        return None if found is None else _range_text(found.lo, found.hi)
    if field in REHABILITATION_FIELDS and (meaning := words.fields.get(field, {}).get(w)) is not None:
        return meaning
    if field in REHABILITATION_FIELDS:
        found = read_date_words(value)
        return None if found is None else _range_text(found.lo, found.hi)
    if field in COUNTRY_FIELDS:
        # A name of several places stays as written, for the core reader's error: no
        # language's word for it is read as one of them (French "Géorgie" is the US state too).
        if value.strip().upper() in vocabulary().ambiguous_countries:
            return None
        # A name in another language or script ("المغرب", "Россия", "Türkiye"):
        # vocabularies.more_country_names, looked into only for a cell with a letter beyond ASCII,
        # so that a batch's damaged ASCII cells ("Sverige?", "??") never load its 16,000 names
        # into each process (~2-3 MB a process; the 1M batch's RSS target).
        named = words.countries.get(w)
        return named if named is not None or w.isascii() else more_country_names().get(w)
    if field == "licence":
        phrase = words.licence_phrases.get(w.rstrip("."))
        return phrase if phrase is not None else _cc_name(value)
    return words.fields.get(field, {}).get(w)


translate = lru_cache(maxsize=8192)(_translate)

# The batch's cells already translated, a dict a field: cell text -> (its meaning or None,).
# read_words looks up some fourteen cells a row: a plain dict a field costs less than the
# lru_cache's (field, text) tuple key and bookkeeping (the text's hash is kept by the
# string). The meaning depends on the field and the text alone (the vocabularies are
# loaded once); cellmemo.py bounds what is kept.
_TRANSLATED_SEEN: Final[dict[str, dict[str, tuple[str | None]]]] = {name: {} for name in TRANSLATED}


# (field, its memory) in TRANSLATED's order: read_words walks these, not the dict.
_SEEN_BY_FIELD: Final = tuple(_TRANSLATED_SEEN.items())


def _all_composed(cells: dict[str, str]) -> bool:
    """Whether every cell is already composed (NFC), tested once on the row's cells
    joined instead of once a cell (most rows: all ASCII, or all composed). Exact: a
    string that is NFC has only NFC substrings, since a piece of it can need no
    reordering, composition or decomposition that the whole does not (a cell that is not
    composed makes the joined text not composed); a row that fails the test is composed
    cell by cell, as before. Text of Latin-1 characters alone (below U+0100: "ö", "é", "ñ";
    nearly half of a Nordic export's rows) is composed too, and is told by encoding it to
    Latin-1, a copy of its bytes, where the NFC test reads it character by character: no
    Latin-1 character decomposes or composes with another (the combining marks begin at
    U+0300; tests/test_reader.py checks every one and every pair)."""
    text = "".join(cells.values())
    return (text.isascii() or len(text.encode("latin-1", "ignore")) == len(text)
            or unicodedata.is_normalized("NFC", text))


def composed(cell: str) -> str:
    """The cell's text composed (NFC), as MediaWiki stores text and the vocabularies are
    written: the cell itself where it already is (ASCII text always is)."""
    if cell.isascii() or unicodedata.is_normalized("NFC", cell):
        return cell
    return unicodedata.normalize("NFC", cell)


def read_words(
    cells: dict[str, str], own: Mapping[str, Mapping[str, str]] | None = None, nfc: bool = False
) -> dict[str, str]:
    """The row's cells (record field names) in the record vocabulary, in place: an
    institution's own words first (a profile's `values:`), then vocabularies/. The batch
    (mapping.py, `prepare`) and the library call both read a row through this, so an upload
    script's call gives the batch's verdict for the same row ("Fotografie", "portrait").
    Every cell but the id is read composed (NFC), as MediaWiki stores text: an export from
    a Mac can write "okänd" or "Österrike" with combining accents, which no vocabulary would
    match. The id stays as written: it names the institution's file. Where the reader
    knows every cell is composed already (`nfc`: reader.RawRow.composed): not tested again."""
    if not nfc and not _all_composed(cells):
        for key, cell in cells.items():
            if cell and key != "id":
                cells[key] = composed(cell)
    for name, seen in _SEEN_BY_FIELD:
        value = cells.get(name)
        if not value:
            continue
        mine = own.get(name) if own else None
        if mine is not None and (meaning := mine.get(word(value))) is not None:
            cells[name] = meaning
            continue
        hit = seen.get(value)  # a repeated cell costs one lookup
        if hit is None:
            hit = recall(seen, value) or (_translate(name, value),)
            remember(seen, value, hit)
        found = hit[0]
        if found is not None:
            cells[name] = found
    return cells
