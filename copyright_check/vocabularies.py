"""The multilingual vocabularies in vocabularies/*.yaml: headers, cell words, date words.

Institutions export in their own language ("Fotograf dödsår", "byggnad", "Okänd",
"Anfang 20. Jh."). What those words mean is data, edited by people who know the
languages; this module only loads it, validates it, and refuses a word that would mean
two things, so that nothing downstream ever picks one reading of an ambiguous word.
"""

from __future__ import annotations

import gettext
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from copyright_check import datacache
from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import vocabularies_dir
from copyright_check.record import COLUMNS, header_words, normalise_header
from copyright_check.textcase import lower
from copyright_check.vocabulary import vocabulary
from copyright_check.vocabulary import word as word  # compiled there; read here and by its importers


def _unique(path: Path, key: str, pairs: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for w, meaning in pairs:
        if found.get(w, meaning) != meaning:
            raise DataFileError(path, key, f"{w!r} would mean both {found[w]!r} and {meaning!r}")
        found[w] = meaning
    return found


@dataclass(frozen=True, slots=True)
class Headers:
    """Normalised header -> record field; the words of a summary row (see
    vocabularies/headers.yaml, summary_rows)."""

    fields: dict[str, str]
    summary_opening: tuple[str, ...] = ()
    summary_counting: tuple[str, ...] = ()
    summary_closing: tuple[str, ...] = ()
    date_spans: frozenset[tuple[str, str]] = frozenset()  # (start, end), normalised headers
    # Fields a header may name again with a number after it ("photographer.1"): the
    # people whose death decides a term, and their years (mapping.Mapping.rename).
    numbered_again: frozenset[str] = frozenset()
    # A header that names a photo's field without saying whose -> (that field, the depicted
    # work's field it may as well be, or "" where the record has none): `profile` maps it
    # only where the other reading is closed (vocabularies/headers.yaml, generic).
    generic: dict[str, tuple[str, str]] = dataclass_field(default_factory=dict)
    object_names: frozenset[str] = frozenset()  # headers of a column naming the row's kind of object
    item_addresses: tuple[str, ...] = ()  # a knowledge base's item addresses (a Wikidata ?item)
    # Headers of a column naming the person a photo shows (a sitter), and the generic life-year
    # fields such a column makes ambiguous (vocabularies/headers.yaml, depicted_persons).
    depicted_persons: frozenset[str] = frozenset()
    sitter_fields: frozenset[str] = frozenset()
    # Fields whose look-alike columns are compared with them row by row
    # (reader.lookalikes_disagree; vocabularies/headers.yaml, compared_lookalikes).
    compared_lookalikes: frozenset[str] = frozenset()
    # (word, field): a header holding the word anywhere is a look-alike of the field where no
    # profile reads it (reader.unread_fields; vocabularies/headers.yaml, header_parts).
    header_parts: tuple[tuple[str, str], ...] = ()
    # (words, words, field): a header holding a whole word of each is a look-alike of the field
    # where no profile reads it (reader.unread_fields; vocabularies/headers.yaml, header_pairs).
    header_pairs: tuple[tuple[frozenset[str], frozenset[str], str], ...] = ()
    # Whole words of a header that say its column holds a country (headers.yaml, country_words).
    country_words: frozenset[str] = frozenset()
    # Whole words of a header that say its column holds where the photo was taken, and those
    # that say it is some other place's (headers.yaml, place_words, place_words_except).
    place_words: frozenset[str] = frozenset()
    place_words_except: frozenset[str] = frozenset()
    # field -> words that, in a header beside its part, name something else (header_parts_except).
    header_parts_except: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    # (word, field): weaker words ("rättigheter", "rights"): a look-alike compared only where its
    # cell reads as a licence (reader.weak_lookalike; vocabularies/headers.yaml, rights_parts).
    rights_parts: tuple[tuple[str, str], ...] = ()
    # header_parts_except with rights_parts_except's words, for a weaker word's header alone.
    rights_parts_except: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    # Fields looked for inside a JSON record's nested values (sources.py; nested_lookalikes).
    nested_lookalikes: frozenset[str] = frozenset()
    # Normalised headers of a column that says whether to publish the image at all: "no" there
    # withholds the row (reader.lookalike_columns; vocabularies/headers.yaml, publish_flags).
    publish_flags: frozenset[str] = frozenset()
    # A publish flag's cell words for no beside no_words (headers.yaml, publish_no_words).
    publish_no_words: frozenset[str] = frozenset()
    # Headers of a column whose yes withholds the row (headers.yaml, withhold_flags).
    withhold_flags: frozenset[str] = frozenset()
    # The first words after a flag's that make a header no flag's (headers.yaml, publish_flag_stops).
    publish_flag_stops: frozenset[str] = frozenset()
    # A publish flag's cell words for yes beside yes_words (headers.yaml, publish_yes_words).
    publish_yes_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def headers(folder: Path | None = None) -> Headers:
    path = (folder or vocabularies_dir()) / "headers.yaml"
    data = load_yaml(path, "headers")
    pairs: list[tuple[str, str]] = []
    for field, names in data["fields"].items():
        if field not in COLUMNS:
            raise DataFileError(path, f"fields.{field}", "not a record field (the record, README)")
        pairs += [(normalise_header(str(n)), field) for n in names]
    summary = data.get("summary_rows") or {}
    spans = frozenset((normalise_header(str(a)), normalise_header(str(b))) for a, b in data.get("date_spans") or ())
    fields = _unique(path, "fields", pairs)
    for a, b in spans:
        if fields.get(a) is None or fields.get(a) != fields.get(b):
            raise DataFileError(path, "date_spans", f"{a!r} and {b!r} are not headers of one field")
    opening, counting, closing = (tuple(word(w) for w in summary.get(k, ()))
                                  for k in ("opening", "counting", "closing"))
    again = frozenset(str(f) for f in data.get("numbered_again") or ())
    if not again <= frozenset(COLUMNS):
        raise DataFileError(path, "numbered_again", f"not record fields: {sorted(again - frozenset(COLUMNS))}")
    compared = frozenset(str(f) for f in data.get("compared_lookalikes") or ())
    nested = frozenset(str(f) for f in data.get("nested_lookalikes") or ())
    if not nested <= compared:
        raise DataFileError(path, "nested_lookalikes", f"not compared_lookalikes: {sorted(nested - compared)}")
    if not compared <= frozenset(COLUMNS):
        raise DataFileError(path, "compared_lookalikes",
                            f"not record fields: {sorted(compared - frozenset(COLUMNS))}")
    generic: dict[str, tuple[str, str]] = {}
    for field, entry in (data.get("generic") or {}).items():
        other = str(entry.get("other") or "")
        if field not in COLUMNS or (other and other not in COLUMNS):
            raise DataFileError(path, f"generic.{field}", "not a record field (the record, README)")
        for n in entry["headers"]:
            name = normalise_header(str(n))
            if fields.get(name) != field:
                raise DataFileError(path, f"generic.{field}", f"{n!r} is not one of the field's headers")
            generic[name] = (field, other)
    objects = frozenset(normalise_header(str(n)) for n in data.get("object_names") or ())
    addresses = tuple(str(a) for a in data.get("item_addresses") or ())
    sitters = data.get("depicted_persons") or {}
    persons = frozenset(normalise_header(str(n)) for n in sitters.get("headers") or ())
    if persons & fields.keys():
        raise DataFileError(path, "depicted_persons.headers",
                            f"headers of record fields: {sorted(persons & fields.keys())}")
    years = frozenset(str(f) for f in sitters.get("fields") or ())
    if not years <= frozenset(COLUMNS):
        raise DataFileError(path, "depicted_persons.fields", f"not record fields: {sorted(years - frozenset(COLUMNS))}")
    parts = _header_parts(path, "header_parts", data, fields, frozenset(COLUMNS), {},
                          "not a record field (the record, README)")
    word_pairs = _header_pairs(path, data, fields)
    excepted: dict[str, tuple[str, ...]] = {}
    for field, words in (data.get("header_parts_except") or {}).items():
        if field not in {f for _, f in parts}:
            raise DataFileError(path, f"header_parts_except.{field}", "not a field of header_parts")
        excepted[str(field)] = tuple(normalise_header(str(w)) for w in words)
    # A weaker word may stand in another field's header only beside an excepted word
    # ("rättighetsinnehavare"; its own exceptions too: "copyright notice"); a word of
    # header_parts nowhere else.
    weak_excepted = dict(excepted)
    for field, words in (data.get("rights_parts_except") or {}).items():
        if field not in excepted:
            raise DataFileError(path, f"rights_parts_except.{field}", "not a field of header_parts_except")
        weak_excepted[str(field)] = excepted[str(field)] + tuple(normalise_header(str(w)) for w in words)
    weak = _header_parts(path, "rights_parts", data, fields, frozenset(excepted), weak_excepted,
                         "not a field of header_parts_except")
    return Headers(fields, opening, counting, closing, spans, again, generic, objects, addresses, persons, years,
                   compared_lookalikes=compared, header_parts=parts, header_pairs=word_pairs,
                   country_words=frozenset(lower(str(w)) for w in data.get("country_words") or ()),
                   place_words=frozenset(lower(str(w)) for w in data.get("place_words") or ()),
                   place_words_except=frozenset(lower(str(w)) for w in data.get("place_words_except") or ()),
                   header_parts_except=excepted, nested_lookalikes=nested, rights_parts=weak,
                   rights_parts_except=weak_excepted,
                   publish_flags=frozenset(publish_flag(str(h)) for h in data.get("publish_flags") or ()),
                   publish_no_words=frozenset(lower(str(w)) for w in data.get("publish_no_words") or ()),
                   withhold_flags=frozenset(publish_flag(str(h)) for h in data.get("withhold_flags") or ()),
                   publish_flag_stops=frozenset(lower(str(w)) for w in data.get("publish_flag_stops") or ()),
                   publish_yes_words=frozenset(lower(str(w)) for w in data.get("publish_yes_words") or ()))


_BRACKET_AFTER: Final = datacache.pattern(r"[_\s]*(?:[(?:]|\[(?=.*[^\]_\s]\s*$)).*$")
_BRACKETS_AROUND: Final = datacache.pattern(r"^[\[(]\s*(.*?)\s*[\])]$")


def publish_flag(header: str) -> str:
    """A header as publish_flags lists it: normalised, brackets around it dropped ("[Publiceras]"),
    and a bracket, a question mark or a colon after it with what follows ("Publiceras (ja/nej)",
    "Publiceras? J/N", "Publish: Y/N")."""
    h = normalise_header(header).strip("_ ")
    around = _BRACKETS_AROUND.match(h)
    if around is not None:
        h = around.group(1)
    return _BRACKET_AFTER.sub("", h).strip("_ ").replace("_", " ")


def publish_flag_kind(header: str, flags: frozenset[str], stops: frozenset[str]) -> str:
    """"whole" where a column's header is one of `flags` (publish_flag's form); "begins" where it
    is one followed by more words ("Publicera på Commons", "Publish to Wikimedia Commons",
    "Freigabe Web") whose first is none of `stops` (a negation or the work's own publication:
    "Publiceras ej", "Publish date", "Publiceras i": headers.yaml publish_flag_stops); else ""."""
    h = publish_flag(header)
    if h in flags:
        return "whole"
    for f in flags:
        if h.startswith(f + " "):
            rest = h[len(f) + 1:].split()
            return "begins" if rest and rest[0] not in stops else ""
    return ""


@dataclass(frozen=True, slots=True)
class CellWords:
    """Per record field: a word as written -> the record vocabulary's word ("" = unknown)."""

    fields: dict[str, dict[str, str]]
    unknown: frozenset[str]
    living: frozenset[str]  # a death-year cell's words for "alive": read as no death year
    licence_phrases: dict[str, str]
    cc_elements: dict[str, str]  # localised element phrase -> by/sa/nc/nd
    cc_prefix: tuple[str, ...]
    cc_filler: frozenset[str]
    countries: dict[str, str]  # name in any listed language -> alpha-2
    cc_port_names: dict[str, str]  # a port's name that is no country's, as port_name_key reads it -> port code


def port_name_key(name: str) -> str:
    """How a ported licence's name after its version is compared with cc_port_names: its
    letter runs alone, "&" read as "and" ("UK: England & Wales" -> "uk england and wales")."""
    return " ".join(re.findall(r"[^\W\d_]+", word(name).replace("&", " and ")))


# The US formalities are yes/no cells too (record.FORMALITY_COLUMNS), and whether an interior
# photo shows works of their own (shows_works_inside).
YES_NO_FIELDS = ("anonymous", "depicted_permanent", "copyright_notice", "copyright_renewed", "copyright_registered",
                 "depicted_copyright_notice", "depicted_copyright_renewed", "shows_works_inside",
                 "depicted_anonymous")
COUNTRY_FIELDS = ("origin_country", "depicted_country", "depicted_origin_country")
# An author's posthumous rehabilitation (record.REHABILITATION_COLUMNS): a year, or a word
# meaning "no" (not rehabilitated), written once in values.yaml for the photographer's column
# and read alike in the depicted creator's.
REHABILITATION_FIELDS = ("rehabilitation_year", "depicted_rehabilitation_year")


def _country_names(path: Path, languages: list[str], aliases: dict[str, str]) -> dict[str, str]:
    """pycountry's own translation catalogues (shipped with it, read offline). A name
    that two countries share in some language is left out: it would be a guess. Kept in
    the data store between runs (datacache): importing pycountry and reading its twelve
    catalogues over every country is most of a batch's first translated cell (~0.3 billion
    instructions, ~40 ms, while a pool's other core waits for the fork) and of a one-row
    run's that has one. The names depend only on what goes into the key: the languages,
    the aliases, the names rules/vocabulary.yaml calls ambiguous, pycountry's release and
    this module's and vocabulary.py's code (the words are made by vocabulary.word); an
    edit of any is a miss, read afresh. check-data always reads them afresh."""
    shared = sorted({word(n) for n in vocabulary().ambiguous_countries})
    salt = _names_salt() if datacache.reading() else None
    key = None
    if salt is not None:
        made_of = repr((salt, languages, sorted(aliases.items()), shared)).encode("utf-8", "surrogatepass")
        key = "country names:" + hashlib.sha256(made_of).hexdigest()
        found = datacache.store().get(key)
        if type(found) is dict:
            return found
    names = _read_country_names(path, languages, aliases, set(shared))
    if key is not None:
        datacache.store().put(key, names)
    return names


@lru_cache(maxsize=1)
def _names_salt() -> str | None:
    here = Path(__file__).resolve().parent
    return datacache.code_salt("country names 1", [here / "vocabularies.py", here / "vocabulary.py"], ["pycountry"])


def _read_country_names(path: Path, languages: list[str], aliases: dict[str, str], shared: set[str]) -> dict[str, str]:
    import pycountry  # only when a country name needs translating (its import costs ~40 ms)

    seen: dict[str, set[str]] = {}
    for lang in languages:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            raise DataFileError(path, "countries.languages", f"pycountry has no catalogue for {lang!r}") from None
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                english = getattr(c, attr, None)
                if english:
                    seen.setdefault(word(catalogue.gettext(english)), set()).add(str(c.alpha_2))
    # A name rules/vocabulary.yaml lists as naming several countries ("Congo": the ISO name
    # of CG, written for the former Belgian Congo too) stays a per-cell error in every language.
    names = {n: next(iter(codes)) for n, codes in seen.items() if len(codes) == 1 and n not in shared}
    for alias, code in aliases.items():
        if pycountry.countries.get(alpha_2=str(code).upper()) is None:
            raise DataFileError(path, f"countries.aliases.{alias}", f"{code!r} is not an ISO 3166-1 code")
        names[word(alias)] = str(code).upper()
    return names


@lru_cache(maxsize=1)
def cell_words(folder: Path | None = None) -> CellWords:
    path = (folder or vocabularies_dir()) / "values.yaml"
    data = load_yaml(path, "values")
    core = vocabulary()
    allowed: dict[str, tuple[str, ...]] = {
        "depicted_type": tuple(core.depicted_types), "depicted_setting": core.settings,
        "photo_kind": core.photo_kinds, "taken_from": core.viewpoints,
        REHABILITATION_FIELDS[0]: ("no",),
    }
    fields: dict[str, dict[str, str]] = {}
    for field, meanings in data["fields"].items():
        if field not in allowed:
            raise DataFileError(path, f"fields.{field}", f"no vocabulary for this field (one of {', '.join(allowed)})")
        pairs: list[tuple[str, str]] = []
        for meaning, words in meanings.items():
            # `unknown`: words that say nothing this field can use ("utomhus" of a place's
            # being public), read as an empty cell.
            if meaning not in allowed[field] and meaning != "unknown":
                raise DataFileError(path, f"fields.{field}.{meaning}",
                                    f"not in the record vocabulary ({', '.join(allowed[field])}, unknown)")
            pairs += [(word(w), "" if meaning == "unknown" else meaning) for w in words]
        fields[field] = _unique(path, f"fields.{field}", pairs)
    yes_no = _unique(path, "yes/no", [(word(w), "yes") for w in data["yes"]] + [(word(w), "no") for w in data["no"]])
    for field in YES_NO_FIELDS:
        fields[field] = yes_no
    # Every "no" of the yes/no words says "not rehabilitated" too; "yes" (rehabilitated, the
    # year not given) is read as the core reads it, as not given.
    rehab = {**{w: m for w, m in yes_no.items() if m == "no"}, **fields.get(REHABILITATION_FIELDS[0], {})}
    for field in REHABILITATION_FIELDS:
        fields[field] = rehab
    lic = data["licences"]
    elements = _unique(path, "licences.cc_elements",
                       [(word(w), e) for e, ws in lic["cc_elements"].items() for w in ws])
    countries = data["countries"]
    return CellWords(
        fields=fields,
        unknown=frozenset(word(w) for w in data["unknown"]),
        living=frozenset(word(w) for w in data.get("living") or ()),
        licence_phrases={word(k): str(v) for k, v in lic["phrases"].items()},
        cc_elements=elements,
        cc_prefix=tuple(word(p) for p in lic["cc_prefix"]),
        cc_filler=frozenset(word(w) for w in lic["cc_filler"]),
        countries=_country_names(path, [str(x) for x in countries["languages"]],
                                 {str(k): str(v) for k, v in countries["aliases"].items()}),
        cc_port_names={port_name_key(str(k)): str(v) for k, v in (lic.get("cc_port_names") or {}).items()},
    )


def _header_parts(path: Path, key: str, data: dict[str, Any], fields: dict[str, str], allowed: frozenset[str],
                  excepted: dict[str, tuple[str, ...]], not_allowed: str) -> tuple[tuple[str, str], ...]:
    """headers.yaml's `key` (field -> words) as (normalised word, field): each field one of
    `allowed`, and no word part of another field's header, unless that header holds one of
    the field's `excepted` words (a person's beside a licence word)."""
    parts: list[tuple[str, str]] = []
    for field, words in (data.get(key) or {}).items():
        if field not in allowed:
            raise DataFileError(path, f"{key}.{field}", not_allowed)
        beside = excepted.get(str(field), ())
        for w in words:
            part = normalise_header(str(w))
            clash = {f for h, f in fields.items() if part in h and f != field and not any(x in h for x in beside)}
            if clash:
                raise DataFileError(path, f"{key}.{field}", f"{w!r} is part of headers of {sorted(clash)}")
            parts.append((part, str(field)))
    return tuple(parts)


def _header_pairs(path: Path, data: dict[str, Any],
                  fields: dict[str, str]) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """headers.yaml's `header_pairs` (field -> two lists of whole words) as (words, words,
    field): each a record field, and no other field's header holding a word of each (it would
    be that field's look-alike too)."""
    pairs: list[tuple[frozenset[str], frozenset[str], str]] = []
    for field, (first, second) in (data.get("header_pairs") or {}).items():
        if field not in COLUMNS:
            raise DataFileError(path, f"header_pairs.{field}", "not a record field (the record, README)")
        one = frozenset(lower(str(w)) for w in first)
        two = frozenset(lower(str(w)) for w in second)
        clash = {f for h, f in fields.items() if f != field and one & (words := header_words(h)) and two & words}
        if clash:
            raise DataFileError(path, f"header_pairs.{field}", f"a word of each list is in headers of {sorted(clash)}")
        pairs.append((one, two, str(field)))
    return tuple(pairs)


@lru_cache(maxsize=1)
def more_country_names(folder: Path | None = None) -> dict[str, str]:
    """Country names in values.yaml's `languages` and `more_languages` together (Arabic,
    Russian, Japanese ...), for a country cell no name of `languages` reads (translate.py):
    read only where a process meets one, as the data store keeps them between runs. A name
    that two countries share in any of the languages is left out; every name CellWords.
    countries holds reads the same here."""
    path = (folder or vocabularies_dir()) / "values.yaml"
    countries = load_yaml(path, "values")["countries"]
    more = [str(x) for x in countries.get("more_languages") or ()]
    if not more:
        return {}
    return _country_names(path, [*(str(x) for x in countries["languages"]), *more],
                          {str(k): str(v) for k, v in countries["aliases"].items()})


@dataclass(frozen=True, slots=True)
class DatePart:
    lo_percent: int
    hi_percent: int


@dataclass(frozen=True, slots=True)
class DateWords:
    circa: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    centuries: tuple[str, ...]
    hundreds: tuple[str, ...]
    named_hundreds: dict[str, int]
    decades: tuple[str, ...]
    parts_before: dict[str, DatePart]  # phrase -> part
    parts_after: dict[str, DatePart]
    within_year: tuple[str, ...] = ()  # "sommaren 1920": a part of that one year
    died: tuple[str, ...] = ()  # "† 1948" in a death-year column
    born: tuple[str, ...] = ()  # "f. 1873" in a birth-year column
    spreadsheet_empty: frozenset[str] = frozenset()  # a spreadsheet's day 0 shown as a date
    months: tuple[str, ...] = ()  # "juni", "apr": a month and a year is that year (years.py)
    month_of: dict[str, int] = dataclass_field(default_factory=dict)  # "juni" -> 6 (years.day_span)
    year_words: tuple[str, ...] = ()  # "1930 r." (Polish), "1930年": that year (years.py)
    eras: dict[str, int] = dataclass_field(default_factory=dict)  # "昭和" -> 1926, the era's first year
    buddhist_era: tuple[str, ...] = ()  # "พ.ศ.": the Thai Buddhist Era's year (years.py)
    two_meanings: dict[str, str] = dataclass_field(default_factory=dict)  # "apr.": never read


_READ_DATE_WORDS = ("circa", "before", "after", "within_year", "died", "born", "months")


def _no_two_meanings(path: Path, data: dict[str, Any]) -> None:
    """Refuse a date word listed with two meanings: under `two_meanings` ("n.": about in
    Finnish, after in German) or under two of circa, before and after. Read as either,
    the other language's cells are read wrong, and an ok could rest on the wrong year."""
    two = {word(w): str(m) for w, m in (data.get("two_meanings") or {}).items()}
    seen: dict[str, str] = {}
    # The words of circa, before and after, read once (not once a month word: this check
    # runs in every process, and ~4,900 word() calls were a tenth of a one-row run's reading).
    dated = {word(x) for k in ("circa", "before", "after") for x in data.get(k, [])}
    for key in _READ_DATE_WORDS:
        for w in dict.fromkeys(word(x) for x in _listed(data, key)):
            if w in two:
                raise DataFileError(path, key, f"{w!r} means {two[w]} (two_meanings): never read")
            if key == "months" and (w in dated or w + "." in dated):
                raise DataFileError(path, key, f"{w!r} is a month and a date word as well: a word with two meanings")
            if key in ("circa", "before", "after") and seen.get(w, key) != key:
                raise DataFileError(path, key, f"{w!r} is under {seen[w]} as well: a word with two meanings")
            seen.setdefault(w, key)


def _listed(data: dict[str, Any], key: str) -> list[Any]:
    """A key's words; `months` lists one list a month, January first."""
    found = data.get(key) or []
    return [w for month in found for w in month] if key == "months" else list(found)


def _month_of(path: Path, data: dict[str, Any]) -> dict[str, int]:
    """Each month word's number. A word under two months is refused: read as either, a date
    could fall on the wrong side of a boundary inside a year (1 March 1989: years.day_span)."""
    found: dict[str, int] = {}
    for number, names in enumerate(data.get("months") or [], start=1):
        for w in names:
            key = word(w)
            if found.setdefault(key, number) != number:
                raise DataFileError(path, "months", f"{key!r} is under month {found[key]} and month {number}")
    return found


@lru_cache(maxsize=1)
def date_words(folder: Path | None = None) -> DateWords:
    path = (folder or vocabularies_dir()) / "dates.yaml"
    data = load_yaml(path, "dates")

    def words(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(word(w) for w in data[key]))

    before: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []
    parts: dict[str, DatePart] = {}
    for name, spec in data["parts"].items():
        lo, hi = spec["span"]
        if not 0 <= lo < hi <= 100:
            raise DataFileError(path, f"parts.{name}.span", "must be [first, last] percent, 0 <= first < last <= 100")
        parts[name] = DatePart(lo, hi)
        before += [(word(w), name) for w in spec.get("before", [])]
        after += [(word(w), name) for w in spec.get("after", [])]
    _no_two_meanings(path, data)
    by_before = _unique(path, "parts", before)
    by_after = _unique(path, "parts", after)
    return DateWords(
        circa=words("circa"), before=words("before"), after=words("after"),
        centuries=words("centuries"), hundreds=words("hundreds"),
        named_hundreds={word(k): int(v) for k, v in data["named_hundreds"].items()},
        decades=words("decades"),
        parts_before={w: parts[n] for w, n in by_before.items()},
        parts_after={w: parts[n] for w, n in by_after.items()},
        within_year=tuple(dict.fromkeys(word(w) for w in data.get("within_year", []))),
        died=tuple(dict.fromkeys(word(w) for w in data.get("died", []))),
        born=tuple(dict.fromkeys(word(w) for w in data.get("born", []))),
        spreadsheet_empty=frozenset(str(w).strip().lower() for w in data.get("spreadsheet_empty", [])),
        months=tuple(dict.fromkeys(word(w) for w in _listed(data, "months"))),
        month_of=_month_of(path, data),
        year_words=tuple(dict.fromkeys(word(w) for w in data.get("year_words", []))),
        eras={word(n): int(e["first"]) for e in data.get("eras", []) for n in e["names"]},
        buddhist_era=tuple(dict.fromkeys(word(w) for w in data.get("buddhist_era", []))),
        two_meanings={word(w): str(m) for w, m in (data.get("two_meanings") or {}).items()},
    )


_NEVER = re.compile("(?!)")  # a search that finds nothing


@dataclass(frozen=True, slots=True)
class PersonJoins:
    """How one person cell names several people (vocabularies/persons.yaml)."""

    signs: tuple[str, ...]  # found anywhere in the cell
    words: frozenset[str]  # a word standing between two names
    particles: frozenset[str]  # a surname's particles ("van", "de"), not counted as its words
    active: frozenset[str] = frozenset()  # "verksam 1890-1920": working years, not life dates
    others: tuple[str, ...] = ()  # "m.fl.", "et al.": and others
    doubtful: tuple[str, ...] = ()  # "possibly", "attr.", "?": the attribution is doubted
    attributions: tuple[str, ...] = ()  # "studio of", "workshop of": a group or follower, not the author
    # "Atelier Nadar", "Jaeger Verlag", "Nordiska museet": a studio, firm, publisher, collection or
    # institution, no natural person; found by any_doubt too (one pass over a new cell), named by this.
    any_organisation: re.Pattern[str] = _NEVER
    organisations: tuple[str, ...] = ()  # vocabularies/persons.yaml, as read (tests compare the searches)
    organisation_endings: tuple[str, ...] = ()
    # "Photo Meurisse", "Foto Marburg": a firm's name, its trade's word before one other word
    firm_prefixes: frozenset[str] = frozenset()
    # "ND Phot.", "Cliché Nadar": a credit line's marks, beside one word or initials a firm's imprint
    credit_marks: frozenset[str] = frozenset()
    # "Anderson", "Alinari": a firm known by its founder's surname, its imprint beside its seat
    imprints: frozenset[str] = frozenset()
    roles: tuple[str, ...] = ()  # "studio photographer": a person's role after an organisation's word
    # Searches made once here, not once a cell (record._reads_several reads a new person
    # cell with them): any of the signs, in one pass over the cell; any of `others` with a
    # space either side (as the cell's words are joined for it), in one pass.
    any_sign: re.Pattern[str] = _NEVER
    any_other: re.Pattern[str] = _NEVER
    # Likewise any of `doubtful`: "?" anywhere, any other with a space either side.
    any_doubt: re.Pattern[str] = _NEVER
    # Czech "a" between two full names ("Jan Novák a Petr Dvořák"; "Thomas a Kempis" is one)
    full_name_words: frozenset[str] = frozenset()
    # A join written inside a run of Chinese or Japanese characters ("山田太郎と鈴木一郎") or
    # at the end of a Korean name ("김철수와 이영희"), in one search (_glued_joins)
    any_glued: re.Pattern[str] = _NEVER
    family_articles: frozenset[str] = frozenset()  # "les Perret": a family, as written (lower case)
    # "A.&G. Perret": two initials joined before one surname
    any_joined_initials: re.Pattern[str] = _NEVER
    joined_initials_by: tuple[str, ...] = ()  # its signs, as read (record's quick test reads them)
    # Whole cells that are no one's name: a place ("Stockholm", "Köpenhamn"), an unknown place
    # ("okänd ort"), a word for the object ("Fotografi", "Glasplåtsnegativ"); and the law files'
    # codes the places are listed under (check-data: every law file has its entry).
    places: frozenset[str] = frozenset()
    place_codes: tuple[str, ...] = ()
    # Each listed place beside the code it is listed under (record.title_cell_places_elsewhere).
    place_countries: tuple[tuple[str, str], ...] = ()
    unknown_places: frozenset[str] = frozenset()
    object_words: frozenset[str] = frozenset()  # the photo_object_words among them
    # The words for a photograph itself as an object ("Fotografi", "Glasplåtsnegativ", "Postcard").
    photo_object_words: frozenset[str] = frozenset()
    # Another column's word or a placeholder as a whole cell ("inside", "permanent", "xx")
    column_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def person_joins(folder: Path | None = None) -> PersonJoins:
    path = (folder or vocabularies_dir()) / "persons.yaml"
    data = load_yaml(path, "persons")
    others = tuple(dict.fromkeys(word(w) for w in data.get("others", [])))
    signs = tuple(dict.fromkeys(str(s).lower() for s in data["signs"]))
    doubtful = tuple(dict.fromkeys(word(w) for w in data.get("doubtful", [])))
    attributions = tuple(dict.fromkeys(word(w) for w in data.get("attributions", [])))
    organisations = tuple(dict.fromkeys(word(w) for w in data.get("organisations", [])))
    endings = tuple(dict.fromkeys(word(w) for w in data.get("organisation_endings", [])))
    roles = tuple(dict.fromkeys(word(w) for w in data.get("roles", [])))
    if (missing := [a for a in attributions if a not in doubtful]):
        raise DataFileError(path, "attributions", f"{missing[0]!r} is not also a doubtful word")
    return PersonJoins(
        signs=signs,
        words=frozenset(word(w) for w in data["words"]),
        particles=frozenset(word(w) for w in data["particles"]),
        active=frozenset(word(w) for w in data["active"]),
        others=others,
        any_sign=datacache.pattern("|".join(re.escape(sign) for sign in signs)) if signs else _NEVER,
        any_other=datacache.pattern(" (?:" + "|".join(re.escape(o) for o in others) + ") ") if others else _NEVER,
        doubtful=doubtful,
        attributions=attributions,
        any_doubt=_any_doubt(doubtful, organisations, endings, roles),
        any_organisation=_any_organisation(organisations, endings, roles),
        organisations=organisations,
        organisation_endings=endings,
        firm_prefixes=frozenset(word(w) for w in data.get("firm_prefixes", [])),
        credit_marks=frozenset(word(w) for w in data.get("credit_marks", [])),
        imprints=frozenset(word(w) for w in data.get("imprints", [])),
        roles=roles,
        full_name_words=frozenset(word(w) for w in data.get("full_name_words", [])),
        any_glued=_glued_joins(data.get("han_joins", []), data.get("hangul_join_endings", [])),
        family_articles=frozenset(str(a) for a in data.get("family_articles", [])),
        any_joined_initials=_joined_initials(data.get("initials_joined_by", [])),
        joined_initials_by=tuple(str(s) for s in data.get("initials_joined_by", [])),
        places=frozenset(word(p) for names in data.get("places", {}).values() for p in names),
        place_codes=tuple(str(code) for code in data.get("places", {})),
        place_countries=tuple((word(p), str(code)) for code, names in data.get("places", {}).items() for p in names),
        unknown_places=frozenset(word(w) for w in data.get("unknown_places", [])),
        object_words=frozenset(word(w) for key in ("photo_object_words", "object_words") for w in data.get(key, [])),
        photo_object_words=frozenset(word(w) for w in data.get("photo_object_words", [])),
        column_words=frozenset(word(w) for w in data.get("column_words", [])),
    )


# The characters of the scripts whose names are written without spaces: the CJK ideographs
# (the unified block, extension A, the compatibility block) and the iteration mark 々
# ("佐々木"); the Hangul syllables.
_HAN: Final = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL: Final = "\uac00-\ud7a3"


def _glued_joins(han: list[str], hangul: list[str]) -> re.Pattern[str]:
    # A Han join with two ideographs before and after it (a given name holding the character
    # has one at most on one side, or kana beside it: "佐藤和彦", "佐藤ともこ"); a Hangul
    # ending after two syllables or more and before a word of two or more.
    found = []
    if han:
        found.append(f"(?<=[{_HAN}]{{2}})(?:" + "|".join(re.escape(j) for j in han) + f")(?=[{_HAN}]{{2}})")
    if hangul:
        found.append(f"(?<=[{_HANGUL}]{{2}})(?:" + "|".join(re.escape(j) for j in hangul)
                     + f")\\s+[{_HANGUL}]{{2}}")
    return datacache.pattern("|".join(found)) if found else _NEVER


def _joined_initials(signs: list[str]) -> re.Pattern[str]:
    # An initial (a letter standing alone, its dot or not), the sign, another initial, then a
    # name: "a.&g. perret", "a. + g. perret" (the cell in lower case).
    if not signs:
        return _NEVER
    return datacache.pattern(r"(?<![^\W_])[^\W\d_]\.?\s*(?:" + "|".join(re.escape(s) for s in signs)
                      + r")\s*[^\W\d_]\.?\s+[^\W\d_]{2,}")


def _any_doubt(doubtful: tuple[str, ...], organisations: tuple[str, ...] = (),
               endings: tuple[str, ...] = (), roles: tuple[str, ...] = ()) -> re.Pattern[str]:
    # "?" and its full-width form (East Asian input methods) anywhere; any other word between
    # spaces; an organisation's word likewise, or an ending of one at a word's end, unless a
    # person's role follows it ("studio photographer").
    marks = [re.escape(d) for d in doubtful if d in ("?", "\uff1f")]
    words = [re.escape(d) for d in doubtful if d not in ("?", "\uff1f")]
    found = marks + ([" (?:" + "|".join(words) + ") "] if words else [])
    found += _organisation_patterns(organisations, endings, roles, "?:")
    return datacache.pattern("|".join(found)) if found else _NEVER


def _any_organisation(organisations: tuple[str, ...], endings: tuple[str, ...],
                      roles: tuple[str, ...] = ()) -> re.Pattern[str]:
    # The whole word, so that the error quotes "upplandsmuseet", not "museet".
    found = _organisation_patterns(organisations, endings, roles, "")
    return datacache.pattern("|".join(found)) if found else _NEVER


def _organisation_patterns(organisations: tuple[str, ...], endings: tuple[str, ...], roles: tuple[str, ...],
                           group: str) -> list[str]:
    not_role = "(?!(?:" + "|".join(re.escape(r) for r in roles) + ") )" if roles else ""
    found = ([f" ({group}" + "|".join(re.escape(o) for o in organisations) + f") {not_role}"]
             if organisations else [])
    if endings:
        found.append(f" ({group}[^ ]*(?:" + "|".join(re.escape(e) for e in endings) + f")) {not_role}")
    return found


@dataclass(frozen=True, slots=True)
class ExportCodes:
    """A collection system's own codes (vocabularies/exports.yaml): its licence numbers as
    licence names and the column that says how precisely its date column's date is known,
    read only where a profile names the system (`export:`); the headers by which `profile`
    knows its files, and the columns that in them do not hold the field their header names
    (`provider_columns`: normalised header -> why)."""

    licence_codes: dict[str, str]
    date_column: str  # normalised headers; "" where the system has no granularity column
    granularity_column: str
    unknown_column: str
    granularity: dict[str, str]  # code -> day, month, year, circa
    recognised_by: frozenset[str]
    provider_columns: dict[str, str]

    @property
    def readable(self) -> bool:
        """Whether `export:` in a profile has anything to read (codes or a precision)."""
        return bool(self.licence_codes or self.granularity)


@lru_cache(maxsize=1)
def export_codes(folder: Path | None = None) -> dict[str, ExportCodes]:
    path = (folder or vocabularies_dir()) / "exports.yaml"
    data = load_yaml(path, "exports")
    return {name: _export_entry(entry) for name, entry in data.items()}


def _export_entry(entry: dict[str, Any]) -> ExportCodes:
    def table(key: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in (entry.get(key) or {}).items()}

    return ExportCodes(table("licence_codes"), normalise_header(entry.get("date_column", "")),
                       normalise_header(entry.get("granularity_column", "")),
                       normalise_header(entry.get("unknown_column", "")), table("granularity"),
                       frozenset(normalise_header(str(h)) for h in entry["recognised_by"]),
                       {normalise_header(k): v for k, v in table("provider_columns").items()})


def recognised_exports(written: Iterable[str]) -> list[str]:
    """The systems (vocabularies/exports.yaml) whose exports have one of these headers."""
    names = {normalise_header(w) for w in written}
    return [name for name, entry in export_codes().items() if entry.recognised_by & names]


def check_all(folder: Path | None = None) -> None:
    """Loads every vocabulary file (check-data); raises DataFileError on the first problem."""
    headers(folder)
    cell_words(folder)
    more_country_names(folder)
    date_words(folder)
    person_joins(folder)
    export_codes(folder)
