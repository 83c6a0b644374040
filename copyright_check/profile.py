"""Profiles: one small YAML file that says how to read an institution's export.

`columns:` (their header -> record field), `values:` (per field, their word -> the
vocabulary word) and `assume:` (batch-wide facts for empty cells). `copyright-check
profile FILE` writes a starter profile from the file's own header and values, using the
multilingual vocabularies; the user edits it; `assess --profile` reads it. A profile that
names an unknown field or word is refused with one line naming the file and the key, so
that a typo never silently leaves a column or a word unread.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from copyright_check.codepages import EncodingDoubt
from copyright_check.countries import CountryError, to_alpha2
from copyright_check.licences import parse_licence
from copyright_check.mapping import Assumption, Mapping, TakenDates, merged
from copyright_check.reader import (
    SPAN_FIELDS,
    InputError,
    countries_named,
    detect_encoding,
    unread_fields,
    weak_lookalike,
)
from copyright_check.record import COLUMNS, NOT_A_FIELD, header_words, normalise_header
from copyright_check.sources import SUMMARY_SAID, open_input, parse, summed
from copyright_check.translate import DATE_FIELDS, TRANSLATED, core_reads, translate
from copyright_check.vocabularies import (
    COUNTRY_FIELDS,
    REHABILITATION_FIELDS,
    YES_NO_FIELDS,
    cell_words,
    export_codes,
    headers,
    person_joins,
    recognised_exports,
    word,
)
from copyright_check.vocabulary import vocabulary
from copyright_check.years import DateError, parse_years

# YAML ends a line (and so a comment) at these too: a header holding one would let the
# rest of it be read as profile entries. JSON's escapes are valid in YAML double quotes.
# C1 controls (U+0080-U+009F: 8-bit CSI, OSC) are escaped too, as json.dumps does for C0,
# since a profile printed without -o goes to the terminal.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029",
                              **{chr(c): f"\\u{c:04x}" for c in range(0x80, 0xA0)}})
_TOP = ("columns", "values", "assume", "sheet", "export")


class ProfileError(InputError):
    """A profile, --map or --assume that cannot be used: one line, file and key (an input
    error: exit 2)."""


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def check_value(name: str, value: str) -> str:
    """The vocabulary word `value` means for field `name`; ValueError if it means none."""
    v = value.strip()
    if not v or word(v) in ("unknown", *cell_words().unknown):
        return ""
    if name not in TRANSLATED:
        return v
    if core_reads(name, v):
        if name in COUNTRY_FIELDS:
            return to_alpha2(v)
        if name in YES_NO_FIELDS:
            return "yes" if v.lower() in vocabulary().yes_words else "no"
        if name in REHABILITATION_FIELDS:
            # "yes" (rehabilitated, the year not given) is as good as not given; a year stays.
            low = v.lower()
            return "no" if low in vocabulary().no_words else "" if low in vocabulary().yes_words else v
        if name in ("depicted_type", "depicted_setting", "photo_kind", "taken_from"):
            return v.lower().replace(" ", "_").replace("-", "_")
        return v
    found = translate(name, v)
    if found is not None:
        return found
    core = vocabulary()
    allowed = {"depicted_type": tuple(core.depicted_types), "depicted_setting": core.settings,
               "photo_kind": core.photo_kinds, "taken_from": core.viewpoints,
               **{f: ("yes", "no") for f in YES_NO_FIELDS}}
    if name in allowed:
        raise ValueError(f"unknown vocabulary word {v!r} for {name} (one of: {', '.join(allowed[name])}, unknown)")
    if name in DATE_FIELDS:
        raise ValueError(f"not a date this tool reads: {v!r}")
    if name in REHABILITATION_FIELDS:
        raise ValueError(f"neither no (not rehabilitated) nor a year: {v!r}")
    if name in COUNTRY_FIELDS:
        raise ValueError(f"not a country this tool knows: {v!r}")
    raise ValueError(f"not a licence this tool reads: {v!r}")


def _already_read(name: str, theirs: str) -> str | None:
    """What the vocabulary reads the cell `theirs` as for field `name` without a profile
    (check_value's word for it), or None where it reads it as nothing or as unknown: a
    word a profile may give a meaning."""
    try:
        return check_value(name, theirs) or None
    except (ValueError, CountryError):
        return None


def _narrows(name: str, already: str, meaning: str) -> bool:
    """Whether `meaning` says more of the same than the vocabulary's word `already`: a
    setting read as `indoor` (inside, public or not not said: `inomhus`, `innen`) that the
    institution knows is a public interior, or a private one (`inomhus: indoor_public`, as
    README advises), adds what the word leaves open and contradicts nothing."""
    return name == "depicted_setting" and already == "indoor" and meaning in ("indoor_public", "private")


def _same_meaning(name: str, a: str, b: str) -> bool:
    """Whether two vocabulary words of `name` mean the same: the same licence (its id and
    class: "cc by 4.0" and "CC BY 4.0"), the same years ("ca 1920" and "1915/1925")."""
    if a == b:
        return True
    if name == "licence":
        first, second = parse_licence(a), parse_licence(b)
        return (first.id, first.cls, first.template) == (second.id, second.cls, second.template)
    if name in DATE_FIELDS:
        try:
            return parse_years(a) == parse_years(b)
        except DateError:
            return False
    return False


def _refuse_rewrite(name: str, theirs: str, meaning: str, key: str, line: int | None) -> None:
    """A `values:` entry may give a meaning to a word the vocabulary does not read (`slott:
    building`, `utomhus: outdoor_public`) or say again what it reads (the starter profile's
    `byggnad: building`), never make a word it reads mean something else: README "Words",
    a word that would mean two things is refused when the file loads. `"CC BY-NC 4.0": "CC
    BY 4.0"` would make a licence Commons refuses one it accepts, and `private:
    outdoor_public` a private garden a public place, with nothing in any output to show it
    (review 10, F13; Commons:Licensing: NC is not accepted)."""
    already = _already_read(name, theirs)
    if already is None or _same_meaning(name, already, meaning) or _narrows(name, already, meaning):
        return
    at = f" (line {line})" if line is not None else ""
    shown = meaning or "unknown"
    raise ProfileError(
        f"{key}.{theirs}{at}: {theirs!r} already means {already!r} for {name}, and a profile may not make it mean "
        f"{shown!r}: the cell would be assessed as something it does not say. Correct the cell in the export "
        "(or assess without this line).")


def _line_of(text: str, theirs: str) -> int | None:
    """The line of the profile's `values:` section that names the word `theirs` (the first
    at or after the `values:` key that holds it), for the error; None if not found so."""
    started = False
    for n, line in enumerate(text.splitlines(), 1):
        if not started and line.startswith("values"):
            started = True
        if started and theirs in line:
            return n
    return None


def _names_countries(column: str, s: Sample) -> str:
    """A note for an unmapped column whose cells name countries ("Tillverkningsland": Tyskland):
    a batch's assumed country is not taken on a row where such a column names another
    (mapping._country_against), so the archivist maps it to the field it holds, or to none."""
    codes = bool(header_words(normalise_header(column)) & headers().country_words)
    named = sorted({c for cell in s.values[column] for c in countries_named(cell, codes)})
    if not named:
        return ""
    return (f"; names countries ({', '.join(named[:5])}{', …' if len(named) > 5 else ''}): an assumed country is "
            f"not taken on a row where it names another, so map it to the field it holds, or to none "
            f"(`{_q(column)}: \"-\"`)")


def _field(name: str, where: str) -> str:
    if name not in COLUMNS:
        raise ProfileError(f"{where}: unknown field {name!r} (fields: {', '.join(COLUMNS)})")
    return name


def _target(name: str, where: str) -> str:
    """A column's field, or NOT_A_FIELD: the column holds none (record.NOT_A_FIELD)."""
    if name.strip() == NOT_A_FIELD:
        return NOT_A_FIELD
    if name not in COLUMNS:
        raise ProfileError(f"{where}: unknown field {name!r} (fields: {', '.join(COLUMNS)}; or "
                           f"{NOT_A_FIELD!r}: the column holds no record field)")
    return name


# The one date copy an assumption may make: `published_date: image_date`, published when made
# (postcards, press prints; README). Any other copy
# states no fact: a photo is not published when its author dies, nor one person's death year
# another's (review 15 F3: `published_date=photographer_death_year` made a German photo of 1915
# 'published 1920' and ok; `depicted_creator_death_year=photographer_death_year` gave a
# sculptor the photographer's death year and ok).
_DATE_COPIES: Final = frozenset({("published_date", "image_date")})
_DATE_COPY_WHY: Final = {
    "published_date": "a photo is published when it is, not when a date of another column says (only "
                      "published_date=image_date, published when made, is a copy that can be true)",
    "image_date": "a photo is made when it is: a publication gives only the latest year it can have been made",
    "photographer_death_year": "a death year is one person's own, never another column's date",
    "photographer_birth_year": "a birth year is one person's own, never another column's date",
    "depicted_creator_death_year": "a death year is one person's own, never another column's date",
    "depicted_date": "the depicted work's date is its own, never another column's date",
}


def assumption(name: str, value: Any, origin: str, where: str) -> Assumption:
    _field(name, where)
    if name == "id":
        raise ProfileError(f"{where}: an id cannot be assumed: it names one image")
    text = _text(value).strip()
    if name in DATE_FIELDS and text in DATE_FIELDS:
        if (name, text) not in _DATE_COPIES:
            raise ProfileError(f"{where}: {name} cannot be assumed to be the row's {text}: "
                               + _DATE_COPY_WHY.get(name, "no fact makes one date another"))
        return Assumption(name, text, origin)
    if name == "published_date" and " ".join(text.split()).strip("[]()").lower() in vocabulary().never_published_words:
        # "never" (a batch of negatives that never left the archive): a value the cell takes
        # (record._never_published), asserted for the batch (review 15 M10).
        return Assumption(name, text, origin)
    try:
        meaning = check_value(name, text)
    except (ValueError, CountryError) as exc:
        raise ProfileError(f"{where}: {exc}") from None
    if not meaning:
        raise ProfileError(f"{where}: an assumption must state a value, not 'unknown'")
    return Assumption(name, meaning, origin)


def parse_pairs(items: Iterable[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        left, sep, right = (item.rpartition("=") if option == "--map" else item.partition("="))
        if not sep or not left.strip() or not right.strip():
            example = "'THEIR COLUMN=field'" if option == "--map" else "field=value"
            raise ProfileError(f"{option} {item!r}: expected {example}")
        pairs.append((left.strip(), right.strip()))
    return pairs


def command_line(maps: Iterable[str], assumes: Iterable[str]) -> tuple[dict[str, str], tuple[Assumption, ...]]:
    """--map and --assume, checked like a profile's entries. One column mapped to two fields
    (`--map A=photographer --map A=depicted_creator`: the last silently won, and the
    photographer's death year stood beside no name) is refused, and so are two columns mapped
    to one field that the reader has no reading of two columns for (one_field_one_column)."""
    columns: dict[str, str] = {}
    given: dict[str, tuple[str, str]] = {}  # normalised column -> (column as written, field)
    for col, f in parse_pairs(maps, "--map"):
        field_ = _target(f, f"--map {col}={f}")
        name = normalise_header(col)
        if name in given and given[name][1] != field_:
            first, before = given[name]
            raise ProfileError(f"--map {first + '=' + before!r} and --map {col + '=' + field_!r}: one column mapped to "
                               "two fields; a column holds one fact: map it once")
        given[name] = (col, field_)
        columns[col] = field_
    one_field_one_column({f"--map {c + '=' + f!r}": f for c, f in given.values() if f != NOT_A_FIELD})
    assumed = tuple(assumption(f, v, "--assume", f"--assume {f}={v}") for f, v in parse_pairs(assumes, "--assume"))
    return columns, assumed


def one_field_one_column(mapped: dict[str, str]) -> None:
    """Refuses two columns mapped to one field (`mapped`: where each mapping was given -> its
    field), unless the reader has a reading of two columns for that field: a date's first and
    last year (read as the span between them, README "Your own export"), or a person or a
    person's year (vocabularies/headers.yaml numbered_again: a second, different person is the
    row's error, so a joint work never rests on the first one's death year). For any other
    field a row reads the first filled column alone and goes to review where they differ
    (`--map Land=origin_country --map Country=origin_country`): a mistake in the mapping,
    which would send every such row to review without saying why."""
    from copyright_check.vocabularies import headers  # only when columns are mapped

    two = frozenset((*SPAN_FIELDS, *headers().numbered_again))
    seen: dict[str, str] = {}
    for where, field_ in mapped.items():
        if field_ in seen and field_ not in two:
            raise ProfileError(f"{seen[field_]} and {where}: two columns mapped to {field_}; a row would read the "
                               "first filled one and go to review wherever they differ: map one of them (two "
                               f"columns are read together only for {', '.join(sorted(two))})")
        seen.setdefault(field_, where)


# A profile is a small YAML file (a starter profile for a large export is a few kB). Past
# this it is another file given by mistake, or a device or pipe without end (/dev/zero):
# read whole, it would fill the memory before YAML could say anything.
MAX_PROFILE_BYTES = 1024 * 1024


def load_profile(path: Path) -> Mapping:
    import yaml  # only when a profile is given: not part of every start

    # Safe, and a key given twice (two mappings for one column) is an error, not the last one silently.
    from copyright_check.safeyaml import SAFE_LOADER

    where = str(path)
    try:
        # Edited in Notepad or TextEdit, a profile may come back as UTF-16, Windows-1252 or
        # with a BOM: read as the exports are (reader.detect_encoding).
        with path.open("rb") as f:
            raw = f.read(MAX_PROFILE_BYTES + 1)
        if len(raw) > MAX_PROFILE_BYTES:
            raise ProfileError(f"{where}: larger than {MAX_PROFILE_BYTES // 1024 // 1024} MiB, so not a profile "
                               "(a small YAML file: columns:, values:, assume:); is this the right file?")
        try:
            text = raw.decode(detect_encoding(raw))
        except EncodingDoubt as doubt:
            raise ProfileError(f"{where}: {doubt.message(option=False)}") from None
        data = yaml.load(text, Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{where}: cannot be read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise ProfileError(f"{where}: {line}not valid YAML: {problem}") from None
    data = data or {}
    if not isinstance(data, dict):
        raise ProfileError(f"{where}: must hold a mapping (columns:, values:, assume:)")
    for key in data:
        if key not in _TOP:
            raise ProfileError(f"{where}: {key}: unknown key (one of: {', '.join(_TOP)})")

    def section(key: str) -> dict[Any, Any]:
        found = data.get(key) or {}
        if not isinstance(found, dict):
            raise ProfileError(f"{where}: {key}: must be a mapping")
        return found

    columns: dict[str, str] = {}
    for col, target in section("columns").items():
        if target is None:
            continue  # an unmapped column, left in the file for the user's reference
        columns[normalise_header(_text(col))] = _target(_text(target), f"{where}: columns.{col}")
    values: dict[str, dict[str, str]] = {}
    for name, words in section("values").items():
        key = f"{where}: values.{name}"
        _field(_text(name), key)
        if name not in TRANSLATED:
            raise ProfileError(f"{key}: values are read for {', '.join(TRANSLATED)} only")
        if not isinstance(words, dict):
            raise ProfileError(f"{key}: must map their word to a vocabulary word")
        table: dict[str, str] = {}
        for theirs, meaning in words.items():
            try:
                table[word(_text(theirs))] = found = check_value(name, _text(meaning))
            except (ValueError, CountryError) as exc:
                raise ProfileError(f"{key}.{theirs}: {exc}") from None
            _refuse_rewrite(name, _text(theirs), found, key, _line_of(text, _text(theirs)))
        values[name] = table
    origin = f"profile {path.name}"
    assume = tuple(assumption(_text(n), v, origin, f"{where}: assume.{n}") for n, v in section("assume").items())
    sheet = data.get("sheet")
    taken = _export(data.get("export"), values, where)
    return Mapping(columns, values, assume, None if sheet is None else _text(sheet), taken)


def _export(name: Any, values: dict[str, dict[str, str]], where: str) -> TakenDates | None:
    """A profile's `export: flickr`: the file is that system's own export, so its own codes
    are read (vocabularies/exports.yaml): its licence numbers as the licences they stand
    for (under the profile's own `values:`, which come first), its date column at the
    precision its granularity column gives. Without it a bare number in a licence cell
    is never read as a licence."""
    if name is None:
        return None
    known = {n: e for n, e in export_codes().items() if e.readable}
    entry = known.get(_text(name))
    if entry is None:
        raise ProfileError(f"{where}: export: unknown export {_text(name)!r} (one of: {', '.join(known)})")
    table = values.setdefault("licence", {})
    for code, licence in entry.licence_codes.items():
        try:
            table.setdefault(word(code), check_value("licence", licence))
        except ValueError as exc:  # a data file's fault: check-data and a test read every code
            raise ProfileError(f"{where}: export: {_text(name)}: licence code {code}: {exc}") from None
    if not entry.granularity:
        return None
    return TakenDates(entry.date_column, entry.granularity_column, entry.unknown_column, entry.granularity)


# -- the starter profile -------------------------------------------------------------------
def _recognised(written: str) -> str:
    """A header as the vocabularies would map it: finds the header row by its id column."""
    name = normalise_header(written)
    return headers().fields.get(name, name)


def _any_id(written: str) -> str:
    """Every column may be the id: a file whose id column is not recognised can still be
    sampled (the profile then says which column to map)."""
    return "id"


@dataclass
class Sample:
    written: list[str] = field(default_factory=list)
    rows: int = 0
    values: dict[str, Counter[str]] = field(default_factory=dict)  # written header -> cell counts


def sample(path: Path, sheet: str | None = None, encoding: str | None = None) -> Sample:
    try:
        return _sample(path, sheet, encoding, _recognised)
    except InputError as exc:
        try:
            return _sample(path, sheet, encoding, _any_id)
        except InputError:
            raise exc from None


def _sample(path: Path, sheet: str | None, encoding: str | None, rename: Callable[[str], str]) -> Sample:
    found = Sample()
    with open_input(path, encoding, sheet, rename) as (layout, records):
        found.written = list(dict.fromkeys(layout.written))
        found.values = {w: Counter() for w in found.written}
        for record in records:
            row = parse(record, layout)
            if row is None:
                continue
            found.rows += 1
            if any(SUMMARY_SAID in e.message for e in summed(row).errors):
                continue  # a summary row's counts are no values of the export's words
            for w, cell in row.original.items():
                if cell.strip():
                    found.values[w][cell.strip()] += 1
    return found


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).translate(_LINE_BREAKS)


def _cut(value: str, limit: int = 80) -> str:
    """An example value as a comment shows it: a long catalogue note is cut, so one cell
    cannot bury the profile under thousands of characters."""
    return value if len(value) <= limit else f"{value[:limit]}… ({len(value)} characters)"


def _shown(counts: Counter[str], limit: int = 12) -> str:
    parts = [f"{_q(_cut(v))} ×{n}" for v, n in counts.most_common(limit)]
    more = len(counts) - limit
    return ", ".join(parts) + (f", … ({more} more)" if more > 0 else "")


def _units(target: str, written: list[str]) -> list[tuple[str, ...]]:
    """The headers of one field as the columns that could hold it: a period's first and
    last year (date_spans) are one."""
    spans = headers().date_spans
    units: list[tuple[str, ...]] = []
    rest = list(written)
    while rest:
        w = rest.pop(0)
        end = next((e for e in rest if (normalise_header(w), normalise_header(e)) in spans), None)
        if end is not None:
            rest.remove(end)
            units.append((w, end))
        else:
            units.append((w,))
    return units


def _rank(target: str, unit: tuple[str, ...]) -> int:
    """How clearly a header says it holds `target`: the record's own name (2), a header
    that says whose it is ("Fotodatum", 1), or one that does not ("Datering", 0:
    vocabularies/headers.yaml, generic)."""
    names = [normalise_header(w) for w in unit]
    if target in names:
        return 2
    return 0 if any(headers().generic.get(n, ("", ""))[0] == target for n in names) else 1


def _names(unit: tuple[str, ...]) -> str:
    return " and ".join(_q(w) for w in unit)


def _reading(unit: tuple[str, ...]) -> str:
    """The depicted work's reading of a generic header, as a comment names it."""
    other = headers().generic.get(normalise_header(unit[0]), ("", ""))[1]
    return (f"the depicted work's ({other})" if other
            else "the depicted work's creator's birth year, which the record does not read")


def _choose(found: dict[str, list[str]], works: str | None,
            sitter: str | None = None, order: list[str] | None = None) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """The column proposed for each field, and the comments for the headers left unmapped.

    The profile never guesses (README, Your own export): two headers that look like one
    field leave both unmapped, unless one says more clearly whose it is ("Fotodatum"
    beside "Datering", the record's own field name beside either): that one wins. A
    header that does not say whose (vocabularies/headers.yaml, generic) is mapped only
    where its other reading, the depicted work's, is closed: the file gives no sign that
    it describes works (`works`), or another column holds that field under a header that
    says so. Beside a column naming the person the photo shows (`sitter`), a generic
    life-year header may be that person's years: it is left unmapped whatever else the
    file shows (vocabularies/headers.yaml, depicted_persons)."""
    chosen: dict[str, tuple[str, ...]] = {}
    notes: list[str] = []
    loose: dict[str, tuple[str, ...]] = {}
    for target, written in found.items():
        units = _units(target, written)
        top = max(_rank(target, u) for u in units)
        best = [u for u in units if _rank(target, u) == top]
        if len(best) > 1:
            for u in units:
                others = ", ".join(_names(o) for o in units if o != u)
                notes.append(f"#   {_names(u)} looks like {target}, as does {others}: none is mapped, as the "
                             "tool cannot tell which holds it; map the one that does")
            continue
        if top == 0:
            loose[target] = best[0]
            continue
        chosen[target] = best[0]
        for u in units:
            if u != best[0]:
                also = f"; it may be {_reading(u)}" if _rank(target, u) == 0 else ""
                notes.append(f"#   {_names(u)} also looks like {target}, but {_names(best[0])} says so more "
                             f"clearly and is mapped{also}")
    for target, unit in loose.items():
        other = headers().generic[normalise_header(unit[0])][1]
        if sitter is not None and target in headers().sitter_fields:
            notes.append(f"#   {_names(unit)} is not mapped: it may be the photographer's ({target}) or the "
                         f"years of the person the photo shows, as the file names one ({sitter}), which the "
                         "record does not read (a term runs from its author's death, never the sitter's)"
                         + (f", or {_reading(unit)}" if works is not None else "")
                         + f"; map it to {target} only if it holds the photographer's")
            continue
        if works is None or (other and other in chosen):
            owner = _life_years_owner(unit[0], order, found) if target in headers().sitter_fields else None
            if owner is not None:
                # Catalogues write a person's years right after the person (Berne art. 7(1): the
                # term runs from the author's death): "Photographe;Modèle;Année de décès" gives the
                # sitter's; "Fotograf;Entwurf;Todesjahr" the architect's (review 24d: Man Ray's and
                # August Sander's portraits were ok on their sitters' death years, Arthur Köster's
                # photos on Erich Mendelsohn's).
                notes.append(f"#   {_names(unit)} is not mapped: it may be the photographer's ({target}), but it "
                             f"follows {_q(owner)}, not the photographer's column, so it may be that column's "
                             f"person's years (a sitter, an architect, an artist); map it to {target} only if it "
                             "holds the photographer's")
                continue
            chosen[target] = unit
            continue
        if target == "origin_country" and works.startswith(_ITEMS):
            # A knowledge base's country of an item (Wikidata's P17) is where the item is now.
            notes.append(f"#   {_names(unit)} is not origin_country (where the photo was first published): "
                         f"{works}, so it is the country each item is in now (Wikidata's country, P17): "
                         f"the depicted work's ({other}). Its values are item addresses, not read as "
                         f"countries: map its label column (\"{unit[0]}Label\": {other}) if the query "
                         "asked for P17")
            continue
        notes.append(f"#   {_names(unit)} is not mapped: it may be the photo's ({target}) or {_reading(unit)}, "
                     f"as {works}; map it to the one it is")
    return chosen, notes


def _life_years_owner(header: str, written: list[str] | None, found: dict[str, list[str]]) -> str | None:
    """The column a bare life-year header (`Dödsår`, `Todesjahr`) follows where that is not
    the photographer's: the nearest column before it that is no year or date column of any
    field (vocabularies/headers.yaml). None where that is the photographer's column, where
    no column comes before it, or where the file's order is not known."""
    if not written or header not in written:
        return None
    fields = headers().fields
    photographer = set(found.get("photographer", ()))
    for w in reversed(written[:written.index(header)]):
        field_ = fields.get(normalise_header(w)) or ""
        if field_ in SPAN_FIELDS or field_.endswith(("_year", "_date")):
            continue  # another year beside it ("Födelseår;Dödsår"), a date ("Datering")
        return None if w in photographer else w
    return None


def _works_described(s: Sample, found: dict[str, list[str]]) -> str | None:
    """Why the file's generic headers may be the depicted work's, or None: it names the
    depicted work's creator, or its rows are works (an object-name column holding works,
    a column of knowledge-base items such as a Wikidata query's ?item)."""
    if "depicted_creator" in found:
        return f"the file names the depicted work's creator ({_names(tuple(found['depicted_creator']))})"
    kinds = vocabulary().depicted_types
    photos = person_joins().photo_object_words
    unknown = vocabulary().unknown_words
    for w in s.written:
        if normalise_header(w) in headers().object_names:
            works = [v for v, _ in s.values[w].most_common()
                     if kinds.get(translate("depicted_type", v) or "") or kinds.get(v.lower())]
            if works:
                return f"its rows are objects ({_q(w)}: {', '.join(_q(v) for v in works[:3])})"
            # An object that is no photograph ("Symaskin", "Kaffekanna", "Stol": a museum's
            # catalogue of the things its photos show) makes the rows the things, and their
            # "Datering" the thing's date (1760, read as the photo's, made a living
            # photographer's photo look old: review 23b f05). A photo archive's object names are
            # the photo's own ("Fotografi", "Glasplåtsnegativ": persons.yaml photo_object_words).
            things = [v for v, _ in s.values[w].most_common()
                      if v.strip() and word(v) not in photos and word(v) not in unknown]
            if things:
                return f"its rows are objects ({_q(w)}: {', '.join(_q(v) for v in things[:3])})"
    addresses = headers().item_addresses
    for w in s.written:
        cells = s.values[w]
        if cells and all(c.startswith(addresses) and c.rpartition("Q")[2].isdigit() for c in cells):
            return (f"{_ITEMS} ({_q(w)}: e.g. {_q(next(iter(cells)))}), "
                    "the works rather than photos of them")
    return None


_ITEMS = "its rows are knowledge-base items"


@dataclass
class Starter:
    text: str
    mapped: int
    unmapped: int
    words: int
    unread: int


def starter(path: Path, sheet: str | None = None, encoding: str | None = None) -> Starter:
    """A profile for this file: every column recognised, every value word mapped, and as
    comments what was not, with counts."""
    s = sample(path, sheet, encoding)
    synonyms = headers().fields
    notes: list[str] = []
    systems = recognised_exports(s.written)
    provider = {h: why for name in systems for h, why in export_codes()[name].provider_columns.items()}
    found: dict[str, list[str]] = {}  # field -> the headers that look like it, in file order
    for w in s.written:
        target = synonyms.get(normalise_header(w)) or (normalise_header(w) if normalise_header(w) in COLUMNS else None)
        if target is None:
            continue
        if (why := provider.get(normalise_header(w))) is not None:
            # Its header names a field, but in this system's export it holds something else
            # (Europeana's country: the provider's): never mapped unasked.
            notes.append(f"#   {_q(w)} is not {target}: {why} (vocabularies/exports.yaml)")
            continue
        found.setdefault(target, []).append(w)
    sitter = next((_q(w) for w in s.written if normalise_header(w) in headers().depicted_persons), None)
    chosen, why_not = _choose(found, _works_described(s, found), sitter, list(s.written))
    notes += why_not
    columns = {w: target for target, ws in chosen.items() for w in ws}
    columns = {w: columns[w] for w in s.written if w in columns}
    taken = {target: ws[0] for target, ws in chosen.items()}
    out = [f"# copyright-check profile for {_q(path.name)} ({s.rows} rows read).",
           "# Edit it, then: copyright-check assess FILE --profile THIS_FILE"]
    if sheet is not None:
        # The sheet it was made from, so that `assess --profile` reads that sheet too.
        out += ["# sheet: the spreadsheet's sheet this profile reads (--sheet overrides it).", f"sheet: {_q(sheet)}"]
    for name in systems:
        entry = export_codes()[name]
        if entry.readable and entry.granularity:  # never set unasked: a suggestion to check
            out += [f"# export: this looks like {name}'s own export (its {entry.granularity_column!r} column);",
                    f"# `export: {name}` reads its licence numbers as the licences they stand for and its",
                    f"# {entry.date_column!r} at the precision {entry.granularity_column!r} gives "
                    "(vocabularies/exports.yaml).", "# Check that it is, then remove the '#':", f"# export: {name}"]
    out += ["# columns: their header -> record field (the record, README). Columns left out pass through",
            "# to the output as written.", "columns:"]
    out += [f"  {_q(w)}: {f}" for w, f in columns.items()]
    unmapped = [w for w in s.written if w not in columns]
    # A column that looks like a field another column is mapped to (a second licence column:
    # the image's `Bildlicens` beside the catalogue record's `Licens`) is compared with it row
    # by row when assessed, and rows where they differ go to review (reader.lookalikes_disagree;
    # review 23b): said here, where the archivist can choose the column that holds the fact.
    holder = {f: w for w, f in columns.items()}
    compared = headers().compared_lookalikes
    for w, field_ in unread_fields(unmapped, lambda _: ""):
        if field_ in compared and field_ in holder and not any(n.startswith(f"#   {_q(w)} ") for n in notes):
            notes.append(f"#   {_q(w)} looks like {field_}, as {_q(holder[field_])} mapped to it does "
                         f"(e.g. {_shown(s.values[w], 3)}): rows where the two differ go to review. Map the one "
                         f"that holds the image's {field_} and remove the other from the file (or name it "
                         "without the field's word)")
        elif field_ not in holder and not weak_lookalike(w) and not any(n.startswith(f"#   {_q(w)} ") for n in notes):
            # A header only words inside it name ("Origin country of artwork": headers.yaml,
            # header_pairs): not mapped unasked, but named, as assess reads no ok from it unmapped.
            notes.append(f"#   {_q(w)} looks like {field_} (e.g. {_shown(s.values[w], 3)}): if it holds that, "
                         f"map it (`{_q(w)}: {field_}`); unmapped, no row with a value there is ok")
    if unmapped or notes:
        out.append("# Not recognised (map one with `\"THEIR HEADER\": field` if it holds a record field):")
        out += [f"#   {_q(w)}: {len(s.values[w])} distinct values, e.g. {_shown(s.values[w], 3)}"
                f"{_names_countries(w, s)}" for w in unmapped if not any(n.startswith(f"#   {_q(w)} ") for n in notes)]
        out += notes
    missing = [f for f in COLUMNS if f not in taken]
    if missing:
        out.append(f"# Record fields no column holds (unknown for every row): {', '.join(missing)}")
    value_lines: list[str] = []
    unread_lines: list[str] = []
    words = unread = 0
    for w, target in columns.items():
        if target not in TRANSLATED:
            continue
        mapped: dict[str, tuple[str, int]] = {}
        bad: Counter[str] = Counter()
        for cell, n in s.values[w].items():
            if core_reads(target, cell):
                continue
            meaning = translate(target, cell)
            if meaning is None:
                bad[cell] += n
            elif target not in DATE_FIELDS:
                key = next((k for k in mapped if word(k) == word(cell)), cell)
                mapped[key] = (meaning or "unknown", mapped.get(key, ("", 0))[1] + n)
        if mapped:
            value_lines.append(f"  {target}:")
            ordered = sorted(mapped.items(), key=lambda i: word(i[0]))
            value_lines += [f"    {_q(k)}: {m}  # {n} rows" for k, (m, n) in ordered]
            words += len(mapped)
        if bad:
            unread += len(bad)
            unread_lines.append(f"#   {target} ({_q(w)}): {_shown(bad)}")
    out.append("# values: per field, their word -> the vocabulary word (the record, README).")
    out += ["values:", *value_lines] if value_lines else ["values: {}"]
    if unread_lines:
        out.append("# Values not understood (each is read as unknown, with a per-cell error);")
        out.append("# add them under values: with their meaning, or correct them in the export:")
        out += unread_lines
    out += [
        "# assume: facts the institution asserts for the WHOLE batch; they fill EMPTY cells only,",
        "# and each one a verdict rests on is shown as its own reason (assumed:FIELD). E.g.:",
        "#   origin_country: SE             # every photo was first published in Sweden",
        "#   photo_kind: simple_photograph  # documentary photos, not photographic works",
        "#   published_date: image_date     # published when made (postcards)",
        "assume:",
    ]
    return Starter("\n".join(out) + "\n", len(columns), len(unmapped), words, unread)


def check_maps_against(maps: Iterable[str], written: Iterable[str]) -> None:
    """Refuse a --map naming a column the file has none of (review 19 G5: `--map
    'Rättighetsinnehavare=rights_holder'` over an export whose column is `Rättighetshavare` was
    dropped without a word, the holder read as empty and the rows ok). A profile may name
    columns a file lacks (one profile for several exports); a --map is written for this file."""
    columns, _ = command_line(maps, ())
    have = {normalise_header(w) for w in written}
    missing = [c for c in columns if normalise_header(c) not in have]
    if missing:
        shown = ", ".join(repr(w) for w in written)
        raise ProfileError(f"--map names {', '.join(repr(c) for c in missing)}, which the file has no column of "
                           f"(its columns: {shown})")


def mapping_for(profile: Path | str | None, maps: Iterable[str] = (), assumes: Iterable[str] = (),
                sheet: str | None = None) -> Mapping:
    """How to read a file from a profile, --map, --assume and --sheet, as `assess` takes
    them: the CLI and the library (files.assess_file) build it here, so that an upload
    script reads a batch exactly as the `assess` run its archivist checked did (review 15
    M3: the example read the first visible sheet where the run had read --sheet's)."""
    base = load_profile(Path(profile)) if profile is not None else Mapping()
    columns, assumed = command_line(maps, assumes)
    if columns and base.columns:
        # A --map to a field the profile reads from another column: two columns for it.
        overridden = {normalise_header(c) for c in columns}
        kept = {c: f for c, f in base.columns.items()
                if c not in overridden and f in columns.values() and f != NOT_A_FIELD}
        for c, f in kept.items():
            given = next(m for m, mf in columns.items() if mf == f)
            one_field_one_column({f"the profile's {c + ': ' + f!r}": f, f"--map {given + '=' + f!r}": f})
    found = merged(base, columns, assumed)
    if sheet is not None:
        found = Mapping(found.columns, found.values, found.assume, sheet, found.taken)
    return found
