"""A user's mapping of their export onto the record: columns, words, batch-wide facts.

Built from `--map`, `--assume` and a profile (profile.py). It is applied to every row
before the record is read: their column names become record fields, their words the
record vocabulary (their own `values:` first, then vocabularies/), and an *empty* cell
takes the value the institution asserts for the whole batch. A cell that has a value is
never overridden; which cells were filled is returned, so the assessment can cite each
assumption its verdict rests on. Picklable: worker processes apply it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field, replace
from typing import Final

from copyright_check import datacache
from copyright_check.assessment import RowError
from copyright_check.pickling import by_fields
from copyright_check.reader import (
    HIDDEN_SUFFIX,
    RawRow,
    countries_named,
    country_named,
    disagree,
    lookalike_columns,
    lookalike_values,
    lookalikes_disagree,
    lookalikes_of,
    unread_fields,
)
from copyright_check.record import (
    COLUMNS,
    NOT_A_FIELD,
    NOT_READ_SUFFIX,
    header_words,
    holder_names_no_one,
    holder_unknown,
    normalise_header,
    title_cell_aerial,
    title_cell_places_elsewhere,
    title_cell_says,
    title_cell_three_d,
)
from copyright_check.textcase import lower
from copyright_check.translate import DATE_FIELDS, read_words
from copyright_check.vocabulary import vocabulary

# A header with a number after it: its base (normalised: "photographer.1", "photographer_2").
_NUMBER_ENDS: Final = frozenset("0123456789)")
_NUMBERED: Final = datacache.pattern(r"(.+?)[._]?\(?\d{1,2}\)?")


# An assumption's field and value that a title can deny, and which of record.title_cell_says's
# word lists denies it (rules/vocabulary.yaml works_inside_title_*, temporary_title_*, ...): a
# value of None is any value of the field. README: an assumption "does not answer a row whose own
# title says otherwise" (review 15 F10; review 16 G8, G13, G14, G16).
_TITLE_DENIES: Final[dict[tuple[str, str | None], tuple[str, ...]]] = {
    ("shows_works_inside", "no"): ("works_inside",),
    ("depicted_permanent", "yes"): ("temporary", "exhibition"),
    ("depicted_setting", "outdoor_public"): ("exhibition", "private_place"),
    ("photo_kind", "faithful_reproduction"): ("three_d",),
    ("depicted_anonymous", "yes"): ("maker",),
}


# The word lists of a title that deny a batch's depicted_type with no copyright of its own
# (none, landscape) and a batch's building (review 16 G13, review 17 G1; a mural, graffiti or
# street art on a building's wall: review 18 G17; a building named by its kind beside none or
# landscape: review 18 G10; a person named as catalogues name a work's maker, the architect of
# "Cité radieuse, Marseille (Le Corbusier)": review 18 G10 B7).
_NOTHING_DENIED_BY: Final = ("works_inside", "three_d", "statue", "monument", "artwork", "building_art", "building",
                              "maker_name")
_BUILDING_DENIED_BY: Final = ("statue", "artwork", "building_art")


def _denied_by(a: Assumption, cells: dict[str, str]) -> str | None:
    """The word list of the row's title that says otherwise than the assumption `a` (its
    cell empty), or None: a title that names a work shown beside a batch's depicted_type with
    no copyright of its own (none, landscape), or a place of another country than a batch's
    depicted_country (vocabularies/persons.yaml places: "Louvrepyramiden, Paris" beside SE)."""
    if a.field == "depicted_type":
        categories = vocabulary().depicted_types.get(a.value, ("?",))
        # Nothing copyrightable (none, landscape) beside a title naming any work, a building
        # beside one naming a statue (review 17 G1: "Charging Bull sculpture" was ok as a US
        # building before the AWCPA) or a work on its wall (review 18 G17: "Mural on the side of
        # a building" was ok under the US buildings' exception); a monument word beside a building
        # is a listed building's.
        lists = (_NOTHING_DENIED_BY if not categories
                 else _BUILDING_DENIED_BY if set(categories) == {"building"} else ())
        found = next((said for said in lists if title_cell_says(cells, said)), None)
        return found if found is not None else _object_denies(categories, cells)
    if a.field == "depicted_country":
        return "place" if title_cell_places_elsewhere(cells, a.value) else None
    for said in _TITLE_DENIES.get((a.field, a.value), ()):
        if _asked(cells, said) and _title_denies(cells, said):
            return said
    return None


def _object_denies(categories: tuple[str, ...], cells: dict[str, str]) -> str | None:
    """"object" where a column naming the row's kind of object (vocabularies/headers.yaml,
    object_names: `Sakord`, `Object name`), read as no field, names a kind of work with a
    copyright the assumed depicted_type's kinds do not hold ("skulptur" beside a batch's none or
    building; review 32d F4: `Sakord` skulptur beside --assume depicted_type=none was ok), else
    None."""
    from copyright_check.translate import translate
    from copyright_check.vocabularies import headers

    names = headers().object_names
    kinds = vocabulary().depicted_types
    for key, cell in cells.items():
        if not cell or key not in names:
            continue
        text = cell.strip()
        named = kinds.get(translate("depicted_type", text) or "") or kinds.get(lower(text))
        if named and not set(named) <= set(categories):
            return "object"
    return None


def _title_denies(cells: dict[str, str], said: str) -> bool:
    """Whether the row's title holds the word list `said`; for "three_d" beside a batch's
    faithful_reproduction, a museum's object too (record.title_cell_three_d: "Kalk, silver",
    "Longcase clock", not "Still life with a jug"; review 18 G5), which a batch's depicted_type
    none is not denied by (_NOTHING_DENIED_BY reads the list alone)."""
    if said == "three_d":
        return title_cell_three_d(cells)
    return title_cell_says(cells, said)


def _asked(cells: dict[str, str], said: str) -> bool:
    """Whether the row's depicted work is one the denied cell is read for: a building's
    (shows_works_inside, facts.py), a work other than a building (a museum, an exhibition, private
    ground or an indoor place named beside a sculpture's setting: the museum's own building, a villa,
    a station stand in the street), any
    work with a copyright of its own (depicted_permanent), or any row (photo_kind, the maker)."""
    if said in ("three_d", "maker"):
        return True
    categories = vocabulary().depicted_types.get((cells.get("depicted_type") or "").strip(), ())
    if said == "works_inside":
        return "building" in categories
    if said in ("exhibition", "private_place"):
        return bool(categories) and "building" not in categories
    return bool(categories)


# prepare's key for an assumption it did not take for the row's title (assumptions.cite).
DECLINED: Final = "declined:"


@dataclass(frozen=True, slots=True)
class Assumption:
    """`value` is a vocabulary word, or (for a date) the name of another date field
    whose cell is copied ("published_date: image_date": published when made)."""

    field: str
    value: str
    origin: str  # where it was asserted: "--assume", or "profile FILE"

    @property
    def copies(self) -> str | None:
        return self.value if self.field in DATE_FIELDS and self.value in DATE_FIELDS else None


# Flickr's taken date as its API writes it: "1980-06-01 00:00:00".
_TAKEN = datacache.pattern(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?")


@dataclass(frozen=True, slots=True)
class TakenDates:
    """An export's date column with a second column saying how precisely it is known
    (Flickr's datetaken and datetakengranularity: "1980-06-01 00:00:00" with 4 is June
    1980, with 6 the year 1980, with 8 circa 1980), and a third saying it is not known at
    all (datetakenunknown 1: Flickr then gives the upload's date). Read as written, the
    date would be 1 June 1980 or 1 January 1980: a photo of "circa 1980" read as taken in
    1980 (vocabularies/exports.yaml)."""

    date_column: str  # normalised headers, as the row's cells hold them when not mapped
    granularity_column: str
    unknown_column: str
    granularity: dict[str, str]  # code -> day, month, year, circa

    def apply(self, cells: dict[str, str], errors: list[RowError], field_: str) -> None:
        """The date field's cell (the column `date_column`, mapped to `field_`) in place."""
        value = (cells.get(field_) or "").strip()
        if field_ not in DATE_FIELDS or not _TAKEN.fullmatch(value):
            return  # not mapped to a date, empty, or not the system's own form: read as written
        if (cells.get(self.unknown_column) or "").strip() == "1":
            cells[field_] = ""  # the upload's date, not the photo's: unknown
            return
        code = (cells.get(self.granularity_column) or "").strip()
        if code.endswith(".0"):
            code = code[:-2]  # a spreadsheet's number
        kind = self.granularity.get(code)
        if kind is None:
            if code:
                cells[field_] = ""
                errors.append(RowError(field_, f"{self.granularity_column} {code!r} is not a precision this tool "
                                       f"knows ({', '.join(self.granularity)}): the date is read as unknown"))
            return
        year = value[:4]
        cells[field_] = {"day": value[:10], "month": value[:7], "year": year}.get(kind, f"circa {year}")


@dataclass(frozen=True, slots=True)
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # normalised header as written -> field
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> word -> meaning
    assume: tuple[Assumption, ...] = ()
    sheet: str | None = None
    taken: TakenDates | None = None  # a profile's `export:` that has them (vocabularies/exports.yaml)
    # The look-alike columns of the header this mapping reads (for_header), worked out once
    # before the first row and sent to the workers with the mapping; None: not known, worked
    # out from a row's own keys (a caller of prepare without a file's header).
    lookalikes: tuple[tuple[str, str], ...] | None = None
    # The columns of that header read as no field (cell keys), whose cells an assumed country
    # is checked against (_country_against); None: not known, worked out from a row's keys.
    unread_keys: tuple[tuple[str, bool], ...] | None = None
    # Those of them whose header says they hold where the photo was taken (_place_keys), which
    # an assumed depicted_country is checked against (_place_against); None: from a row's keys.
    place_keys: tuple[str, ...] | None = None

    def rename(self, written: str) -> str:
        """A header as written -> the record field it holds (or its normalised self). A
        person's field numbered again ("photographer.1" as pandas writes a repeated column,
        "photographer_2", "depicted creator 2": vocabularies/headers.yaml, numbered_again) is
        that field a second time, so a second person in it is the row's "column appears twice
        with different values" error instead of a column passed through unread: a photo by two
        photographers is never decided on the first one's death year alone (review 10 F2)."""
        name = normalise_header(written)
        found = self.columns.get(name)
        if found is not None:
            return found if found != NOT_A_FIELD else name + NOT_READ_SUFFIX
        numbered = _NUMBERED.fullmatch(name) if name[-1:] in _NUMBER_ENDS and name not in COLUMNS else None
        if numbered is not None:
            from copyright_check.vocabularies import headers  # only for a numbered header

            base = numbered[1]
            again = self.columns.get(base, base)
            if again in headers().numbered_again:
                return again
        return name

    def for_header(self, header: Iterable[str]) -> Mapping:
        """This mapping for the rows of a file with this header (reader.Layout.header: the
        names its rows' cells are keyed by, a repeated one once), its look-alike columns
        (reader.lookalike_columns) worked out here, once, rather than looked up each row."""
        keys = tuple(dict.fromkeys(header))
        unread = _unread_keys(keys)
        places = _place_keys(unread)
        if places and _WHERE_IT_STANDS in self.assumed_fields:
            # Read before the workers fork, so that they share the towns rather than each
            # reading its own (review 33b: ~85 MB a worker).
            from copyright_check.places import load

            load()
        return replace(self, lookalikes=lookalike_columns(keys, self.rename, self.assumed_fields),
                       unread_keys=unread, place_keys=places)

    def unread(self, written: Iterable[str]) -> list[tuple[str, str, str]]:
        """(column, field, read_from) for each column the header vocabulary knows as a record
        field ("License", "Inventarnummer", "Fotograf dödsår") that this run does not read as
        one (no profile or --map names it, and it is not the field's own name): the fact is
        in the file but would silently be unknown. `read_from` is "" where no column holds
        the field, else the column it is read from: a `license` column beside `licence`
        (review 9 R13) passes through unread, whatever it says, and the user must know that
        the first decides. One column a field, the first found."""
        names = list(written)
        read_from: dict[str, str] = {}
        for w in names:
            read_from.setdefault(self.rename(w), w)
        found: dict[str, str] = {}
        # A provider's column in a recognised export (Europeana's country) is none (unread_fields).
        for w, field_ in unread_fields(names, self.rename):
            found.setdefault(field_, w)
        return [(w, f, read_from.get(f, "")) for f, w in found.items()]

    def assumed_beside_unread(self, written: Iterable[str]) -> list[tuple[Assumption, tuple[str, ...]]]:
        """(assumption, columns) for each assumption of a field no column is read as, beside
        the file's columns read as nothing (no field's name, no profile or --map, and no
        look-alike of a field, which Mapping.unread names): one of them may hold the field
        under a name no vocabulary knows, and the assumption then stands in for the row's own
        fact (review 31f F1: an unread "Origin country of artwork" holding MX beside
        `--assume depicted_origin_country=SE`). The user is told which columns those are."""
        names = list(written)
        read = {self.rename(w) for w in names}
        looks = {w for w, _ in unread_fields(names, self.rename)}
        nothing = tuple(w for w in names if w.strip() and (r := self.rename(w)) not in COLUMNS and w not in looks
                        and not w.endswith(HIDDEN_SUFFIX) and not r.endswith(NOT_READ_SUFFIX))
        if not nothing:
            return []
        return [(a, nothing) for a in self.assume if a.field not in read]

    def prepare(self, row: RawRow) -> dict[str, Assumption]:
        """Translates the row's cells in place and fills empty ones from the assumptions;
        returns the assumptions that filled a cell, by field. A look-alike column that says
        otherwise than its field is the row's error (reader.lookalikes_disagree)."""
        pairs = self.lookalikes
        if pairs is None:
            pairs = lookalikes_of(tuple(row.cells), self.rename, self, self.assumed_fields)
        if pairs:
            row.errors.extend(lookalikes_disagree(row.cells, pairs, self.assumed_fields))
        cells = read_words(row.cells, self.values, row.composed)
        if self.taken is not None:
            self.taken.apply(cells, row.errors, self.rename(self.taken.date_column))
        filled: dict[str, Assumption] = {}
        for a in self.assume:
            own = (cells.get(a.field) or "").strip()
            if own and not (a.field == "rights_holder" and _names_no_holder(own)):
                # Never override a cell that has a value; a holder cell that names no one ("Museet",
                # "N/A", "©") is read as the empty cell it stands for (record.holder_names_no_one),
                # and so is filled: --assume rights_holder=NAME answers needs-review-licence-no-
                # holder-after-death for a batch whose export writes "Museet" (session 32).
                continue
            if a.field == "taken_from" and title_cell_aerial(cells):
                # Nor the row's own title: one that says the photo is aerial ("Luftbild
                # Reichstag") stands for its empty taken_from cell (record.title_says_aerial), and
                # a batch's "public_ground" is no statement about this row (review 14 E1).
                continue
            said = _denied_by(a, cells)
            if said is not None:
                # Nor a title that says otherwise: "interiör med altartavla" beside a batch's
                # shows_works_inside no, "Temporary installation" beside its depicted_permanent
                # yes (review 15 F10), "Guernica (Picasso)" beside depicted_type none, "Venus,
                # marmorskulptur" beside photo_kind faithful_reproduction, "Statue by Paul
                # Landowski" beside depicted_anonymous yes, "Louvrepyramiden, Paris" beside
                # depicted_country SE (review 16). The cell stays empty, so the row asks its
                # question, and the reason says the assumption was not taken and why
                # (assumptions.cite).
                filled[f"{DECLINED}{a.field}:{said}"] = a
                continue
            value = a.value
            if a.copies is not None:
                value = (cells.get(a.copies) or "").strip()
                if not value:
                    continue
            if (against := _lookalike_against(a, value, cells, pairs or (), self.rename)) is not None:
                # Nor a column that looks like the field and says otherwise for this row (review
                # 32a F1: an empty `depicted_origin_country` beside "Origin country of artwork"
                # holding MX, a batch's SE filled the cell and a Mexican painting went ok under
                # Sweden's term). The cell stays empty, and no ok rests on the field.
                row.errors.append(against)
                continue
            if a.field == _ORIGIN_OF_WORK and _origin_read(cells) and (against := _country_against(
                    a, value, cells, self.unread_keys if self.unread_keys is not None else _unread_keys(cells))):
                # For a country, a column read as no field that names another country in this row,
                # under a header no vocabulary knows (review 32a F2, F3, F5: `Ursprung (verk)`
                # Mexiko beside depicted_origin_country SE, `Country (location)` FR beside
                # depicted_country SE were ok), may hold the row's own fact: where the outcome
                # rests on the assumption, it is not taken and the row says why
                # (chunkwork.assess_raw); elsewhere the column decides nothing (review 32h N1:
                # Rubens's `Herstellungsort` Antwerpen, Belgien blocked a painting PD everywhere).
                row.suspects.append((a.field, against))
            elif a.field == _WHERE_IT_STANDS and (against := _place_against(
                    a, value, cells, self.place_keys if self.place_keys is not None
                    else _place_keys(_unread_keys(cells)), row.errors)) is not None:
                # A column whose header says it holds where the photo was taken ("Ort", "Plats",
                # "Place"), read as no field, that names a country or a town elsewhere in this
                # row ("Paris": review 32h F1, a Le Corbusier building went ok {{FoP-Sweden}}
                # under a batch's depicted_country SE): as for the work's origin, the assumption
                # is not taken where the outcome rests on it (chunkwork.assess_raw).
                row.suspects.append((a.field, against))
            cells[a.field] = value
            filled[a.field] = a
        return filled

    @property
    def assumed_fields(self) -> frozenset[str]:
        """The fields this mapping assumes for the batch (--assume, a profile's `assume:`)."""
        return frozenset(a.field for a in self.assume)


def _names_no_holder(cell: str) -> bool:
    """Whether a rights_holder cell names no holder and does not say the holder is unknown."""
    return holder_names_no_one(cell) and not holder_unknown(cell)


def _unread_keys(keys: Iterable[str]) -> tuple[tuple[str, bool], ...]:
    """(key, whether its header says it holds a country) for each cell key of a header read as
    no field: not a field's (mapped or named so), not mapped to none (record.NOT_A_FIELD), not
    a hidden column repeating a visible one (vocabularies/headers.yaml, country_words)."""
    from copyright_check.vocabularies import export_codes, headers, recognised_exports

    given = list(keys)
    words = headers().country_words
    # A column a recognised system's export holds something else in (Europeana's `country`: the
    # providing institution's; vocabularies/exports.yaml) says nothing of the row's countries
    # (review 32d N4: every record of a foreign aggregator's export went to review).
    provider = {h for name in recognised_exports(given) for h in export_codes()[name].provider_columns}
    return tuple((k, bool(header_words(k) & words)) for k in given
                 if k not in COLUMNS and not k.endswith(NOT_READ_SUFFIX) and not k.endswith(HIDDEN_SUFFIX)
                 and normalise_header(k) not in provider)


# The one country field an unread column naming another country is checked against: a work's
# origin, which an export writes in columns of its own ("Herstellungsort", "Ursprung (verk)")
# under names no list can hold. Where a work stands and where a photo was first published
# are the institution's own knowledge, which such columns (a painting's place of making, an
# acquisition's country) do not contradict: their look-alikes are checked (_lookalike_against),
# not every column (review 32h N1: 13 of 48 rows of a museum's export went to review).
_ORIGIN_OF_WORK: Final = "depicted_origin_country"


# The country field checked against columns that say where the photo was taken (_place_against).
_WHERE_IT_STANDS: Final = "depicted_country"


def _place_keys(unread: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
    """The keys of the unread columns whose header holds a word for a place (headers.yaml,
    place_words: "Ort", "Plats", "Place", "Location") and none for another place than the
    photo's (place_words_except: "Place of birth", "Publiceringsort", "Studio location")."""
    from copyright_check.vocabularies import headers

    h = headers()
    return tuple(key for key, _codes in unread
                 if (words := header_words(key)) & h.place_words and not words & h.place_words_except)


def _place_against(a: Assumption, value: str, cells: dict[str, str], keys: tuple[str, ...],
                   errors: list[RowError]) -> RowError | None:
    """The row's error where a place column (`keys`: _place_keys) says the photo was taken
    outside the assumed country (places.elsewhere), or could not be read (one of the row's
    reading `errors` is its: a NUL byte or a broken encoding, so what it says is unknown, and
    no ok rests on an unknown cell; review 33c), naming each such column, else None."""
    if not keys:
        return None
    assumed = country_named(value, codes=True)
    if assumed is None:
        return None
    unreadable = {e.column for e in errors}
    found = [(key, cells.get(key) or "", "could not be read") for key in keys if key in unreadable]
    found += [(key, cell, said) for key in keys if key not in unreadable
              and (cell := (cells.get(key) or "").strip()) and (said := _elsewhere(cell, assumed)) is not None]
    if not found:
        return None
    shown = "; ".join(f"{key!r} says {cell if len(cell) <= 60 else cell[:60] + '…'!r} ({said})"
                      for key, cell, said in found)
    first = found[0][0]
    return RowError(a.field, f"a column that says where the photo was taken names a place outside the batch's "
                    f"{a.field}={value} ({a.origin}): {shown}. The assumption would stand in for the row's own "
                    f"{a.field}, so it is not taken for this row and no ok rests on {a.field}: fill the row's "
                    f"{a.field}, or --map the column to none if it holds no such place (--map '{first}=-')")


# A place cell's reading against an assumed country (places.elsewhere), by "country\0cell": an
# export's place column repeats its towns from row to row.
_ELSEWHERE: Final[dict[str, str | None]] = {}


def _elsewhere(cell: str, country: str) -> str | None:
    key = country + "\0" + cell
    if key in _ELSEWHERE:
        return _ELSEWHERE[key]
    from copyright_check.places import elsewhere  # only where a batch assumes depicted_country

    found = elsewhere(cell, country)
    if len(_ELSEWHERE) >= 4096:
        _ELSEWHERE.clear()
    _ELSEWHERE[key] = found
    return found


def _origin_read(cells: dict[str, str]) -> bool:
    """Whether the row's own depicted_origin_country can decide anything: not for a row that
    shows nothing with a copyright of its own (depicted_type none, landscape), nor for a
    building, a site or a work built into one, whose origin is where it stands
    (rules/vocabulary.yaml origin_where_it_stands). There an assumed origin is no answer to
    check (review 32d N2: a landscape went to review)."""
    kind = (cells.get("depicted_type") or "").strip()
    vocab = vocabulary()
    if kind in vocab.depicted_types and not vocab.depicted_types[kind]:
        return False
    return kind not in vocab.origin_where_it_stands


def _country_against(a: Assumption, value: str, cells: dict[str, str],
                     keys: tuple[tuple[str, bool], ...]) -> RowError | None:
    """The row's error where columns read as no field (`keys`) name a country other than the
    assumed one (reader.countries_named: a name, whole or as a place's last part, "Paris,
    Frankrike"; a code only under a header that says it holds a country, as elsewhere "NO"
    may be a no), naming each such column, else None."""
    assumed = country_named(value, codes=True)
    if assumed is None:
        return None
    want = frozenset((assumed,))
    found = [(key, cell) for key, codes in keys
             if (cell := cells.get(key)) and (named := countries_named(cell, codes)) and named != want]
    if not found:
        return None
    shown = "; ".join(f"{key!r} says {cell if len(cell) <= 60 else cell[:60] + '…'!r}" for key, cell in found)
    first = found[0][0]
    return RowError(a.field, f"columns read as no field name another country than the batch's {a.field}={value} "
                    f"({a.origin}): {shown}. If one holds the row's {a.field}, the assumption would stand in for it, "
                    f"so it is not taken for this row and no ok rests on {a.field}: --map the column that holds "
                    f"{a.field} to it (--map '{first}={a.field}'), and each that holds no record field to none "
                    f"(--map '{first}=-')")


def _lookalike_against(a: Assumption, value: str, cells: dict[str, str], pairs: tuple[tuple[str, str], ...],
                       rename: Callable[[str], str]) -> RowError | None:
    """The row's error where a look-alike column of the assumed field (reader.lookalike_columns)
    says otherwise than the assumption's `value` (reader.disagree: other words, not the same
    licence or country in other words), else None: which holds for this row the file does
    not say, and an assumption never stands in for the row's own statement."""
    said = lookalike_values(cells, pairs, a.field)
    # A spreadsheet's hidden column of the field beside its empty visible one (sources.py names
    # it after its header as written, with HIDDEN_SUFFIX): the visible one decides where it holds
    # a value, but an empty one is no statement the assumption may fill over the hidden one's
    # (review 32d F8; 32h F2: under a mapped header, "Bildlicens (hidden column)").
    said += [(key, cell.strip()) for key, cell in cells.items()
             if cell and key.endswith(HIDDEN_SUFFIX) and rename(key[:-len(HIDDEN_SUFFIX)]) == a.field]
    for column, other in said:
        if disagree(a.field, value, other):
            shown = other if len(other) <= 80 else other[:80] + "…"
            return RowError(a.field, f"the column {column!r}, which looks like {a.field} but is not read as it, says "
                            f"{shown!r}, where the batch assumes {a.field}={value} ({a.origin}): the assumption is "
                            f"not taken for this row and no ok rests on {a.field} (--map '{column}={a.field}' to "
                            f"read the column, or --map '{column}=-' if it holds no record field)")
    return None


def merged(base: Mapping, columns: MappingABC[str, str], assume: tuple[Assumption, ...]) -> Mapping:
    """`--map` and `--assume` on the command line over a profile's entries."""
    overridden = {a.field for a in assume}
    return Mapping(
        columns={**base.columns, **{normalise_header(k): v for k, v in columns.items()}},
        values=base.values,
        assume=(*(a for a in base.assume if a.field not in overridden), *assume),
        sheet=base.sheet,
        taken=base.taken,
    )


by_fields(Assumption, TakenDates, Mapping)  # part of the plan a spawned worker receives (pickling.py)
