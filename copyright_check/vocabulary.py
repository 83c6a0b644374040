"""The record vocabulary, read from rules/vocabulary.yaml."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from copyright_check.datafile import load_yaml
from copyright_check.paths import rules_dir
from copyright_check.textcase import lower


def word(text: object) -> str:
    """How cell words are compared: lower case, runs of spaces as one, typographic
    apostrophes as straight ones, accents composed (NFC: "ö" written as "o" and a
    combining diaeresis, as macOS does, is the same word). Here, in a compiled module,
    so that the compiled readers that call it on every new cell (record, translate,
    datewords) call it directly; vocabularies.py, which the data files' loaders keep
    interpreted, hands it on under its old name. A YAML word may be a number or a
    boolean: it is read as its text."""
    text = str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(INVISIBLE))
    return " ".join(text.replace("\u2019", "'").split()).casefold()


# Invisible format characters that can stand inside a word: the soft hyphen (U+00AD) word
# processors and web pages leave from hyphenation, the zero-width space, non-joiner and joiner
# (U+200B-U+200D), the word joiner (U+2060) and the zero-width no-break space (U+FEFF, a byte
# order mark inside a text). None is part of a word (Unicode's Default_Ignorable_Code_Point):
# left in, "inte\u00adriör" and "ok\u200bänd" were no interior or unknown word (review 16 G18).
# So are the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0: Default_Ignorable too, though
# letters by category): a cell of them alone read as a name, crediting an invisible holder or
# carrying a death year (review 17 G3, P-HANGUL).
# Taken out wherever a cell's words are matched (word, record.plain_words).
INVISIBLE: Final = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u115f\u1160\u3164\uffa0"))


@dataclass(frozen=True, slots=True)
class Lifespan:
    max_age: int
    min_age_at_work: int
    min_life_span: int = 0  # a death-year cell's two years this far apart are a life span (0: never)
    # A photographer known alive at the photo is taken as alive this many years on, where a licence
    # said to be the photographer's own is weighed and no death year is given (facts._holder_fact)
    known_alive_years: int = 0


@dataclass(frozen=True, slots=True)
class OtherCalendar:
    """A calendar a country's exports may write years in, whose years overlap the Gregorian
    years a record holds (Solar Hijri 1399 is 2020/21): such a year beside that country is
    not read as Gregorian without a person."""

    calendar: str
    lo: int
    hi: int
    offset: int  # roughly added to give the Gregorian year


@dataclass(frozen=True, slots=True)
class YearBound:
    """The years a date column can plausibly hold, and why."""

    lo: int | None
    hi: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two date columns whose years must come in this order."""

    earlier: str
    later: str
    text: str
    unless_depicted_type: frozenset[str] = frozenset()  # kinds of object for which it is no contradiction
    # "depicted": which cell is wrong cannot change the photo's own status (record.depicted_conflicts)
    side: str = "photo"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    yes_words: frozenset[str]
    no_words: frozenset[str]
    # A bare zero, in the columns where "no" frees a work, is an export's empty cell, not "no"
    # (rules/vocabulary.yaml, zero_words, no_frees_columns).
    zero_words: frozenset[str]
    # published_date words saying the work was never published (record.Record.never_published)
    never_published_words: frozenset[str]
    # formality column -> the contradiction its "yes" beside "never published" is (review 15 F2)
    never_published_contradictions: dict[str, str]
    # depicted_anonymous "yes" beside the column that identifies the author -> the contradiction
    depicted_anonymous_contradictions: dict[str, str]
    # the cell a row's own title contradicts (depicted_type, depicted_anonymous) -> the text, with
    # {word} (the title's) and {value} (the cell's): record._title_beside_cells (review 16 G13, G8)
    title_contradictions: dict[str, str]
    # depicted_type values beside which a title naming a statue, a memorial or a mural is a
    # contradiction (title_contradictions depicted_type_building)
    title_contradiction_building_types: frozenset[str]
    # ... and the year before which such a work was not published (17 USC 303(a): 2003)
    never_published_before: int
    no_frees_columns: frozenset[str]
    unknown_words: frozenset[str]
    unknown_person_words: frozenset[str]
    # ... and the words a person cell that says so begins with, in scripts written without a
    # space between words (Thai ไม่, "not": record._reads_unknown)
    unknown_person_prefixes: tuple[str, ...]
    # Rights-holder cells that say the holder is unknown or was not asked (record.holder_unknown)
    unknown_holder_words: frozenset[str]
    # ... or that name no holder who released it: not the holder, not cleared, pending, all
    # rights reserved, orphan, a doubt, a collecting society (record.holder_unknown too)
    no_release_holder_words: frozenset[str]
    # ... that, whole, name no holder: a placeholder, a ditto word, a copyright label
    # (record.holder_names_no_one; review 16 G1)
    no_holder_cells: frozenset[str]
    # Whole cells that name no one in a person, rights or source column: a placeholder, a ditto
    # word (record.names_no_one; review 16 G1, G9, G11)
    placeholder_cells: frozenset[str]
    # Role words beside an unknown word ("Unknown architect"): record._reads_unknown (review 16 G5)
    unknown_person_roles: frozenset[str]
    # ... that name the photographer by role ("Fotografen"): record.holder_names_photographer
    photographer_holder_words: frozenset[str]
    # ... and the words around that role or name that are no part of it ("själv", "Upphovsrätt:")
    photographer_holder_other_words: frozenset[str]
    # Words beside an unknown word that still name no one: a nationality, "amateur", "signature"
    # ("Anonymous Japanese photographer", "Unknown amateur": record._unknown_by_words; review 17 G7)
    unknown_person_qualifiers: frozenset[str]
    # "Without"/"no" words: beside role words alone they say no one is named ("ohne Fotograf",
    # "utan fotograf": record._unknown_by_words; review 18 G14)
    unknown_person_without: frozenset[str]
    # A holder cell's words for heirs, an estate or a family: with role words alone beside them
    # ("Fotografens arvingar", "The heirs") they name no one where the row names no photographer
    # (record.holder_credits_no_one; review 17 G3)
    holder_heir_words: frozenset[str]
    photo_kinds: tuple[str, ...]
    settings: tuple[str, ...]
    viewpoints: tuple[str, ...]  # where a photo was taken from (taken_from)
    # A title's words that say the photo was taken from the air (record.title_says_aerial):
    # whole words or phrases, and stems found inside a word too.
    aerial_title_words: tuple[str, ...]
    aerial_title_stems: tuple[str, ...]
    # A title's words that say the photo was taken from above, not said to be from the air
    # ("aus der Vogelperspektive", "bird's-eye view": a tower, a window, a ladder or an aircraft).
    elevated_title_words: tuple[str, ...]
    elevated_title_stems: tuple[str, ...]
    # A height in figures ("aus 100 m Höhe", "from 300 ft"): read as an elevated title
    # (record._height_pattern): its units, the words before it, the words for a height, the
    # words that may stand between, and the words after a unit that make it a distance.
    height_units: tuple[str, ...]
    height_from_words: tuple[str, ...]
    height_words: tuple[str, ...]
    height_fillers: tuple[str, ...]
    height_distance_words: tuple[str, ...]
    # A title's words that say the photo shows a building's inside (record.title_says_interior).
    interior_title_words: tuple[str, ...]
    interior_title_stems: tuple[str, ...]
    # ... read as the interior only where they end the title or a part of it ("Kyrkans inre")
    interior_title_final_words: tuple[str, ...]
    # ... that name works of their own shown inside, or say the work is temporary: a batch-wide
    # shows_works_inside no / depicted_permanent yes does not fill such a row (mapping.py).
    works_inside_title_words: tuple[str, ...]
    works_inside_title_stems: tuple[str, ...]
    works_seen_inside_title_words: tuple[str, ...]  # ... of them, the ones seen from inside (stained glass)
    works_seen_inside_title_stems: tuple[str, ...]
    temporary_title_words: tuple[str, ...]
    temporary_title_stems: tuple[str, ...]
    # ... that name a 3D object, the work's maker, a museum or an exhibition: a batch-wide photo_kind
    # faithful_reproduction, depicted_anonymous yes, outdoor_public or permanent yes does not fill it.
    three_d_title_words: tuple[str, ...]
    three_d_title_stems: tuple[str, ...]
    # ... that name a museum's 3D object (a chalice, a jug, a chair, a helmet, a ring, a doll): read
    # for photo_kind faithful_reproduction only, and not where the title names a flat work (a
    # painting, a still life) or names the object after a word such as "with" ("Still life with a
    # jug": what a painted figure holds or stands beside; record._names_object, review 18 G5).
    object_title_words: tuple[str, ...]
    object_title_stems: tuple[str, ...]
    flat_work_title_words: tuple[str, ...]
    flat_work_title_stems: tuple[str, ...]
    object_held_title_words: tuple[str, ...]
    # ... that name a statue or sculpture, or a monument, a memorial, a fountain (review 17 G1): a
    # batch-wide depicted_type none, landscape (both lists) or building (statues) does not fill it.
    statue_title_words: tuple[str, ...]
    statue_title_stems: tuple[str, ...]
    monument_title_words: tuple[str, ...]
    monument_title_stems: tuple[str, ...]
    # ... that name a work of art on a wall (a mural, graffiti, street art): a batch's building
    # does not fill it either (review 18 G17)
    artwork_title_words: tuple[str, ...]
    artwork_title_stems: tuple[str, ...]
    # ... that name a work of art on or before a building but not it (a relief, a fountain, public
    # art): a batch's building does not fill it either (review 28j F1)
    building_art_title_words: tuple[str, ...]
    building_art_title_stems: tuple[str, ...]
    # ... that name a building by its kind (a church, a tower, a bridge): a batch's none or
    # landscape does not fill it (review 18 G10)
    building_title_words: tuple[str, ...]
    building_title_stems: tuple[str, ...]
    # ... a monument word followed by a person's name ("Памятник Пушкину", "Pomnik Adama
    # Mickiewicza", "Monumento a Garibaldi"): a memorial to a person, a statue's title, which a
    # batch's building does not fill (record.title_names_memorial_to_person; review 18 G1 Nb26)
    memorial_person_title_words: tuple[str, ...]
    maker_title_words: tuple[str, ...]
    maker_title_stems: tuple[str, ...]
    # "de", "di": a maker named after one alone, as two or more capitalised words
    # (record.title_maker_name), the first not one of maker_name_not_words ("la", "Saint")
    maker_title_particles: tuple[str, ...]
    maker_name_not_words: frozenset[str]
    exhibition_title_words: tuple[str, ...]
    exhibition_title_stems: tuple[str, ...]
    # ... of them, those that say the work stood inside (an exhibition view, "im Museum"): the
    # row's own outdoor_public contradicts them (review 17 G9)
    exhibition_inside_title_words: tuple[str, ...]
    exhibition_inside_title_stems: tuple[str, ...]
    # ... that say a work stands on private ground or in an indoor public place (a courtyard, a
    # hotel lobby): a batch's outdoor_public does not fill it (review 18 G16)
    private_place_title_words: tuple[str, ...]
    private_place_title_stems: tuple[str, ...]
    # Listed places a title names as often for something else ("Den lille Havfrue"): not read there.
    title_places_not_read: frozenset[str]
    depicted_types: dict[str, tuple[str, ...]]
    country_aliases: dict[str, str]
    user_assigned_countries: frozenset[str]
    ambiguous_countries: frozenset[str]  # names of several present-day countries
    lifespan: Lifespan
    year_bounds: dict[str, YearBound]
    other_calendars: dict[str, OtherCalendar]
    contradictions: tuple[Contradiction, ...]
    # A building or interior dated more than these years after its named architect's death
    # was given its form by others (rules/vocabulary.yaml, building_after_death).
    building_after_death_years: int
    building_after_death_types: frozenset[str]
    # The depicted kinds whose country of origin is where they stand (Berne art. 5(4)(c)(ii)),
    # and those that are where set up outdoors for good (origin_where_it_stands).
    origin_where_it_stands: frozenset[str]
    origin_outdoor_types: frozenset[str]
    origin_outdoor_settings: frozenset[str]
    origin_any_life_term: int  # years after a death beyond which every life term has run out
    protected_anywhere_made_from: int  # the first year no formality can have freed a work made in


# The vocabulary once loaded: a list rather than an lru_cache(maxsize=1), since a row asks
# for it several times (record typing, facts, the readers' misses) and, compiled, a call
# through the lru_cache wrapper costs some thirty times this list's test.
_LOADED: Final[list[Vocabulary]] = []


def vocabulary() -> Vocabulary:
    if _LOADED:
        return _LOADED[0]
    _LOADED.append(_load())
    return _LOADED[0]


def _lower_once(data: dict[str, Any], *keys: str) -> tuple[str, ...]:
    """These lists' entries in lower case, each once, in order."""
    return tuple(dict.fromkeys(lower(str(w)) for key in keys for w in data.get(key, ())))


def _load() -> Vocabulary:
    path = rules_dir() / "vocabulary.yaml"
    data = load_yaml(path, "vocabulary")
    def words(key: str) -> frozenset[str]:
        return frozenset(lower(str(w)) for w in data[key])

    return Vocabulary(
        yes_words=words("yes_words"),
        no_words=words("no_words"),
        zero_words=words("zero_words"),
        never_published_words=words("never_published_words"),
        never_published_contradictions={str(k): str(v) for k, v in
                                        (data.get("never_published_contradictions") or {}).items()},
        depicted_anonymous_contradictions={str(k): str(v) for k, v in
                                           (data.get("depicted_anonymous_contradictions") or {}).items()},
        title_contradictions={str(k): str(v) for k, v in (data.get("title_contradictions") or {}).items()},
        title_contradiction_building_types=frozenset(
            str(t) for t in data.get("title_contradiction_building_types") or ()),
        never_published_before=int(data["never_published_before"]),
        no_frees_columns=words("no_frees_columns"),
        unknown_words=words("unknown_words"),
        unknown_person_words=words("unknown_person_words"),
        unknown_person_prefixes=tuple(sorted(words("unknown_person_prefixes"))) if "unknown_person_prefixes" in data
        else (),
        unknown_holder_words=words("unknown_holder_words"),
        no_release_holder_words=words("no_release_holder_words"),
        no_holder_cells=frozenset(" ".join(lower(str(w)).split()) for w in data.get("no_holder_cells", ())),
        placeholder_cells=frozenset(" ".join(lower(str(w)).split()) for w in data.get("placeholder_cells", ())),
        unknown_person_roles=frozenset(lower(str(w)) for w in data.get("unknown_person_roles", ())),
        photographer_holder_words=frozenset(lower(str(w)) for w in data.get("photographer_holder_words", ())),
        photographer_holder_other_words=frozenset(
            lower(str(w)) for w in data.get("photographer_holder_other_words", ())),
        unknown_person_qualifiers=frozenset(lower(str(w)) for w in data.get("unknown_person_qualifiers", ())),
        unknown_person_without=frozenset(lower(str(w)) for w in data.get("unknown_person_without", ())),
        holder_heir_words=frozenset(lower(str(w)) for w in data.get("holder_heir_words", ())),
        photo_kinds=tuple(data["photo_kinds"]),
        settings=tuple(data["settings"]),
        viewpoints=tuple(data["viewpoints"]),
        aerial_title_words=tuple(lower(str(w)) for w in data.get("aerial_title_words", ())),
        aerial_title_stems=tuple(lower(str(w)) for w in data.get("aerial_title_stems", ())),
        elevated_title_words=tuple(lower(str(w)) for w in data.get("elevated_title_words", ())),
        elevated_title_stems=tuple(lower(str(w)) for w in data.get("elevated_title_stems", ())),
        height_units=_lower_once(data, "height_units"),
        height_from_words=_lower_once(data, "height_from_words"),
        height_words=_lower_once(data, "height_words"),
        height_fillers=_lower_once(data, "height_fillers"),
        height_distance_words=_lower_once(data, "height_distance_words"),
        # The rooms and furnishings of an inside (review 15 F9) are read as the word "interior" is.
        interior_title_words=_lower_once(data, "interior_title_words", "interior_room_words"),
        interior_title_stems=_lower_once(data, "interior_title_stems", "interior_room_stems"),
        interior_title_final_words=tuple(sorted({lower(str(w)) for w in data.get("interior_title_final_words", ())})),
        # The works seen from inside are works named in a title too (review 16 G10).
        works_inside_title_words=_lower_once(data, "works_inside_title_words", "works_seen_inside_title_words"),
        works_inside_title_stems=_lower_once(data, "works_inside_title_stems", "works_seen_inside_title_stems"),
        works_seen_inside_title_words=_lower_once(data, "works_seen_inside_title_words"),
        works_seen_inside_title_stems=_lower_once(data, "works_seen_inside_title_stems"),
        temporary_title_words=_lower_once(data, "temporary_title_words"),
        temporary_title_stems=_lower_once(data, "temporary_title_stems"),
        three_d_title_words=_lower_once(data, "three_d_title_words"),
        three_d_title_stems=_lower_once(data, "three_d_title_stems"),
        object_title_words=_lower_once(data, "object_title_words"),
        object_title_stems=_lower_once(data, "object_title_stems"),
        flat_work_title_words=_lower_once(data, "flat_work_title_words"),
        flat_work_title_stems=_lower_once(data, "flat_work_title_stems"),
        object_held_title_words=_lower_once(data, "object_held_title_words"),
        statue_title_words=_lower_once(data, "statue_title_words"),
        statue_title_stems=_lower_once(data, "statue_title_stems"),
        monument_title_words=_lower_once(data, "monument_title_words"),
        monument_title_stems=_lower_once(data, "monument_title_stems"),
        artwork_title_words=_lower_once(data, "artwork_title_words"),
        artwork_title_stems=_lower_once(data, "artwork_title_stems"),
        building_art_title_words=_lower_once(data, "building_art_title_words"),
        building_art_title_stems=_lower_once(data, "building_art_title_stems"),
        memorial_person_title_words=_lower_once(data, "memorial_person_title_words"),
        building_title_words=_lower_once(data, "building_title_words"),
        building_title_stems=_lower_once(data, "building_title_stems"),
        maker_title_words=_lower_once(data, "maker_title_words"),
        maker_title_stems=_lower_once(data, "maker_title_stems"),
        maker_title_particles=_lower_once(data, "maker_title_particles"),
        maker_name_not_words=frozenset(_lower_once(data, "maker_name_not_words")),
        exhibition_title_words=_lower_once(data, "exhibition_title_words"),
        exhibition_title_stems=_lower_once(data, "exhibition_title_stems"),
        exhibition_inside_title_words=_lower_once(data, "exhibition_inside_title_words"),
        exhibition_inside_title_stems=_lower_once(data, "exhibition_inside_title_stems"),
        private_place_title_words=_lower_once(data, "private_place_title_words"),
        private_place_title_stems=_lower_once(data, "private_place_title_stems"),
        title_places_not_read=frozenset(word(str(w)) for w in data.get("title_places_not_read", ())),
        depicted_types={k: tuple(v) for k, v in data["depicted_types"].items()},
        country_aliases={str(k).upper(): str(v).upper() for k, v in data["country_aliases"].items()},
        user_assigned_countries=frozenset(str(c).upper() for c in data["user_assigned_countries"]),
        ambiguous_countries=frozenset(str(c).upper() for c in data.get("ambiguous_countries", ())),
        lifespan=Lifespan(data["lifespan"]["max_age"], data["lifespan"]["min_age_at_work"],
                          data["lifespan"].get("min_life_span", 0), data["lifespan"].get("known_alive_years", 0)),
        year_bounds={str(k): YearBound(v.get("min"), v.get("max"), str(v["reason"]))
                     for k, v in data["year_bounds"].items()},
        other_calendars={str(k): OtherCalendar(str(v["calendar"]), int(v["years"][0]), int(v["years"][1]),
                                               int(v["gregorian_offset"]))
                         for k, v in (data.get("other_calendars") or {}).items()},
        contradictions=tuple(Contradiction(str(c["earlier"]), str(c["later"]), str(c["text"]),
                                           frozenset(c.get("unless_depicted_type", ())),
                                           str(c.get("side", "photo")))
                             for c in data["contradictions"]),
        building_after_death_years=int(data["building_after_death"]["years"]),
        building_after_death_types=frozenset(data["building_after_death"]["depicted_types"]),
        origin_where_it_stands=frozenset(data["origin_where_it_stands"]["depicted_types"]),
        origin_outdoor_types=frozenset(data["origin_where_it_stands"]["outdoor_permanent_types"]),
        origin_outdoor_settings=frozenset(data["origin_where_it_stands"]["outdoor_settings"]),
        origin_any_life_term=int(data["origin_where_it_stands"]["any_life_term_years"]),
        protected_anywhere_made_from=int(data["origin_where_it_stands"]["protected_anywhere_made_from"]),
    )
