"""One input row as typed facts (the record, README), with per-column errors.

Every column but `id` may be empty, and an empty or unreadable cell is an *unknown*
fact, never a false one: the rules then name that column when it decides the verdict.
Reading never raises — a bad cell becomes a RowError and the row is still assessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Final, TypeVar

from copyright_check import datacache
from copyright_check.assessment import RowError
from copyright_check.cellmemo import forget, recall, remember
from copyright_check.countries import CountryError, iso_names, to_alpha2
from copyright_check.licences import alias_words, names_a_licence, names_a_statement_of_no_release
from copyright_check.textcase import lower
from copyright_check.vocabulary import INVISIBLE, Contradiction, Vocabulary, vocabulary, word
from copyright_check.wordtrie import Beginnings, TitleWords, title_words_pattern
from copyright_check.years import YearRange, day_span, parse_years

if TYPE_CHECKING:
    from copyright_check.vocabularies import CellWords, PersonJoins

COLUMNS: Final = (
    "id", "title", "photographer", "photographer_death_year", "photographer_birth_year",
    "anonymous", "image_date", "published_date", "origin_country", "photo_kind", "licence",
    "rights_holder", "depicted_country", "depicted_type", "depicted_creator",
    "depicted_creator_death_year", "depicted_date", "depicted_setting", "depicted_permanent",
    *("copyright_notice", "copyright_renewed", "copyright_registered",
      "depicted_copyright_notice", "depicted_copyright_renewed"),
    "taken_from",
    "rehabilitation_year", "depicted_rehabilitation_year",
    "shows_works_inside", "depicted_anonymous", "depicted_origin_country",
)
# The US formalities an archivist may have researched (the Copyright Office's registration and
# renewal records, the notice on the published copy), for the photo and for the depicted
# work: yes / no / unknown, read as `anonymous` is. Optional columns after the others: a file
# without them reads as before (every one unknown), and the explanation shows them only
# where the file has them (explain.readings).
FORMALITY_COLUMNS: Final = ("copyright_notice", "copyright_renewed", "copyright_registered",
                             "depicted_copyright_notice", "depicted_copyright_renewed")
# Where the photo was taken from (ground / aerial: rules/vocabulary.yaml, viewpoints), for a
# freedom of panorama that covers only the view from public ground (rules/fop.yaml). Optional
# as the formality columns are: a file without it reads as before (unknown).
# The posthumous rehabilitation of a repressed author, the photographer's and the depicted
# work's creator's (RU Civil Code art. 1281(5): 70 years from it; {{PD-Ukraine}}): "no" (not
# rehabilitated) or the year; empty, a person asks (jurisdictions/RU.yaml, UA.yaml open_cases).
REHABILITATION_COLUMNS: Final = ("rehabilitation_year", "depicted_rehabilitation_year")
# Whether a photo of an interior shows works other than the building's architecture
# (altarpieces, murals, stained glass, sculpture, furnishings that are works): yes / no /
# unknown, read as `anonymous` is. "no", a person has looked, answers the question an
# interior otherwise goes to review for (rules/verdict.yaml needs-review-interior-may-show-art,
# rules/fop.yaml fop-interior-may-show-art); "yes" sends the row to those works' own status.
# Whether the depicted work's author cannot be traced after research (Berne Convention art.
# 7(3); EU Term Directive 2006/116/EC art. 1(3): the anonymous work's term, counted from its
# lawful making available): yes / no / unknown, read as `anonymous` is for the photo. A
# depicted_creator cell "okänd" or "anonymous" says only that the catalogue names no one
# (law15: rules/depicted.yaml, depicted-author-not-identified asks this column).
# The depicted work's country of origin in the Berne Convention's sense (art. 5(4): where it
# was first published; unpublished, its author's country; a building, or a work built into
# one, where it stands): the law its own term runs under, where depicted_country (where it
# stands now, whose freedom of panorama applies) need not be it: a Mexican painting in a US
# museum (review 31a F1). Empty: depicted_country, for the kinds that stay where they were
# made (rules/vocabulary.yaml, origin_where_it_stands); for a movable work, unknown.
OPTIONAL_COLUMNS = (*FORMALITY_COLUMNS, "taken_from", *REHABILITATION_COLUMNS, "shows_works_inside",
                    "depicted_anonymous", "depicted_origin_country")
# Columns no rule reads as written: their cells name the row and its rights holder, never
# decide. Of the rights_holder cell the rules read only whether it says the holder is
# unknown (holder_unknown: the `holder_unknown` fact), so an unreadable holder cell is still
# no unreadable fact.
NOT_DECIDING: Final = ("id", "title", "rights_holder")
# Of those, the two a rule still asks: whether the holder is unknown (holder_unreadable) and
# what the title says (an aerial or interior word; facts._title_unreadable). Given twice with
# different values (two columns, a look-alike column beside its field), such a cell is read
# as neither value, with the row's error: the rules then read it as a cell they could not
# read, and no ok rests on the first value (review 19 G7: `rights_holder` "Per Foto" beside
# `Rättighetsinnehavare` "okänd" was ok under CC BY, its error written beside the verdict).
UNREAD_ON_CONFLICT: Final = ("title", "rights_holder")


def unreadable_columns(errors: list[RowError]) -> list[str]:
    """Columns a rule reads whose cell could not be read, and "(row)" for a row that was
    not read whole (a broken quote): a verdict of ok must never rest on them."""
    return sorted({e.column for e in errors
                   if e.column == "(row)" or (e.column in COLUMNS and e.column not in NOT_DECIDING)})


# The column of a row's error that says the export withholds the image (a publish flag's "no":
# reader.lookalikes_disagree): no cell the rules read, but no ok rests on the row either
# (facts: `unreadable` "withheld"; rules/verdict.yaml needs-review-withheld-by-export).
WITHHELD: Final = "(not to be published)"


def withheld(errors: list[RowError]) -> bool:
    """Whether the export says the row's image is not to be published (WITHHELD)."""
    return any(e.column == WITHHELD for e in errors)


# Cells larger than this are not facts but damage (a pasted document, a broken quote).
MAX_CELL: Final = 10_000


class Tri(str, Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


# The members as C statics in the compiled build: `Tri.YES` there is a module-dict lookup of
# the class and a generic attribute lookup on it (Tri is an Enum, not a native class), and
# a row reads several (photographer_named, creator_named, an empty yes/no cell).
_YES: Final = Tri.YES
_NO: Final = Tri.NO
_UNKNOWN: Final = Tri.UNKNOWN


@dataclass(slots=True, init=False)
class Record:
    id: str
    title: str | None
    photographer: str | None
    photographer_death: YearRange | None
    photographer_birth: YearRange | None
    anonymous: Tri
    image_date: YearRange | None
    published: YearRange | None
    origin_country: str | None
    photo_kind: str | None
    licence: str | None
    rights_holder: str | None
    depicted_country: str | None
    depicted_type: str | None
    depicted_creator: str | None
    depicted_creator_death: YearRange | None
    depicted_date: YearRange | None
    depicted_setting: str | None
    depicted_permanent: Tri
    errors: list[RowError]
    # Dates that cannot both be true ("image_date 1950 and photographer_death_year 1940:
    # …"): the row goes to needs_review naming them (rules/verdict.yaml).
    conflicts: list[str]
    # The US formalities (FORMALITY_COLUMNS): whether the work was published with a copyright
    # notice, its copyright renewed (1909 Act, works published before 1964), registered within
    # five years (17 USC 405(a), works published 1978 - 28 February 1989); the depicted work's
    # notice and renewal.
    copyright_notice: Tri
    copyright_renewed: Tri
    copyright_registered: Tri
    depicted_copyright_notice: Tri
    depicted_copyright_renewed: Tri
    taken_from: str | None
    rehabilitation: YearRange | str | None  # rehabilitation_year: "no", the years, or None
    depicted_rehabilitation: YearRange | str | None
    shows_works_inside: Tri  # an interior photo shows works of their own (yes / no / unknown)
    depicted_anonymous: Tri  # the depicted work's author cannot be traced (yes / no / unknown)
    depicted_origin_country: str | None  # the depicted work's country of origin (Berne art. 5(4))
    # published_date says the work was never published ("never", "unpublished": rules/
    # vocabulary.yaml never_published_words): `published` stays None, and the US term of an
    # unpublished work (17 USC 303(a), {{PD-US-unpublished}}) can decide.
    never_published: bool
    # The first and last day published_date may mean where it names a day or a month
    # (years.day_span: "1989-02-15"), for a boundary of the law inside a year (the US notice
    # era's 1 March 1989: facts.py, review 19 N1); None for any other form.
    published_days: tuple[date, date] | None
    # Contradictions of what the photo shows only (the title against depicted_type, depicted_anonymous
    # or the setting; a work dated after its photo), beside `conflicts`, those the photo's own status may
    # turn on: with the photo protected and unlicensed whichever cell is wrong, the file is not_ok
    # (rules/verdict.yaml, not-ok-photo-protected-depicted-contradictory).
    depicted_conflicts: list[str]

    # Written out (dataclasses' generated __init__ stays interpreted Python in the compiled
    # build; this one compiles to C: one Record a row, 21 fields). Same signature as before.
    def __init__(
        self, id: str, title: str | None = None, photographer: str | None = None,
        photographer_death: YearRange | None = None, photographer_birth: YearRange | None = None,
        anonymous: Tri = Tri.UNKNOWN, image_date: YearRange | None = None, published: YearRange | None = None,
        origin_country: str | None = None, photo_kind: str | None = None, licence: str | None = None,
        rights_holder: str | None = None, depicted_country: str | None = None, depicted_type: str | None = None,
        depicted_creator: str | None = None, depicted_creator_death: YearRange | None = None,
        depicted_date: YearRange | None = None, depicted_setting: str | None = None,
        depicted_permanent: Tri = Tri.UNKNOWN, errors: list[RowError] | None = None,
        conflicts: list[str] | None = None, copyright_notice: Tri = Tri.UNKNOWN,
        copyright_renewed: Tri = Tri.UNKNOWN, copyright_registered: Tri = Tri.UNKNOWN,
        depicted_copyright_notice: Tri = Tri.UNKNOWN, depicted_copyright_renewed: Tri = Tri.UNKNOWN,
        taken_from: str | None = None, rehabilitation: YearRange | str | None = None,
        depicted_rehabilitation: YearRange | str | None = None, shows_works_inside: Tri = Tri.UNKNOWN,
        never_published: bool = False, depicted_anonymous: Tri = Tri.UNKNOWN,
        published_days: tuple[date, date] | None = None, depicted_conflicts: list[str] | None = None,
        depicted_origin_country: str | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.photographer = photographer
        self.photographer_death = photographer_death
        self.photographer_birth = photographer_birth
        self.anonymous = anonymous
        self.image_date = image_date
        self.published = published
        self.origin_country = origin_country
        self.photo_kind = photo_kind
        self.licence = licence
        self.rights_holder = rights_holder
        self.depicted_country = depicted_country
        self.depicted_type = depicted_type
        self.depicted_creator = depicted_creator
        self.depicted_creator_death = depicted_creator_death
        self.depicted_date = depicted_date
        self.depicted_setting = depicted_setting
        self.depicted_permanent = depicted_permanent
        self.errors = [] if errors is None else errors
        self.conflicts = [] if conflicts is None else conflicts
        self.copyright_notice = copyright_notice
        self.copyright_renewed = copyright_renewed
        self.copyright_registered = copyright_registered
        self.depicted_copyright_notice = depicted_copyright_notice
        self.depicted_copyright_renewed = depicted_copyright_renewed
        self.taken_from = taken_from
        self.rehabilitation = rehabilitation
        self.depicted_rehabilitation = depicted_rehabilitation
        self.shows_works_inside = shows_works_inside
        self.never_published = never_published
        self.depicted_anonymous = depicted_anonymous
        self.published_days = published_days
        self.depicted_conflicts = [] if depicted_conflicts is None else depicted_conflicts
        self.depicted_origin_country = depicted_origin_country

    @property
    def photographer_named(self) -> Tri:
        """Whether the cell names a person: "unknown" is a fact about the catalogue."""
        if self.photographer is None or _says_unknown(self.photographer) or role_only(self.photographer):
            # A death year without a name still says who: the author is identified. Beside
            # anonymous = yes, so does a death year beside "Anonymous"/"unknown" and a
            # birth year: the anonymous term applies only while the author is not disclosed
            # (Berne art. 7(3); Template:PD-EU-no author disclosure), and rules/photo.yaml
            # decides a row calling a named author anonymous only where both terms ran out
            # (review 9: 'Anonymous' + death 1990 + anonymous yes was ok on the anonymous term).
            if self.anonymous is _YES and (self.photographer_death is not None
                                              or self.photographer_birth is not None):
                return _YES
            if self.photographer is None:
                return _YES if self.photographer_death is not None else _UNKNOWN
            return _NO
        # A firm, studio or agency the row calls anonymous stays named: a studio's name often
        # is its photographer's ("Atelier Lotte Jacobi", "Foto Sundahl"), whose identity the
        # anonymous term requires undisclosed (Berne art. 7(3); review 25e P3).
        return _YES

    @property
    def creator_named(self) -> Tri:
        if self.depicted_creator is None:
            if self.depicted_creator_death is not None:
                return _YES
            # depicted_anonymous = yes: the record says no one is named (as "okänd" does).
            return _NO if self.depicted_anonymous is _YES else _UNKNOWN
        return _NO if _says_unknown(self.depicted_creator) else _YES


# Person cells already read (_says_unknown), and headers normalised (normalise_header):
# plain dicts, which compiled cost a fraction of an lru_cache call (a row asks about its
# two person cells several times; a library call normalises each of its keys). Bounded as
# the row path's other memories (cellmemo.py).
_UNKNOWN_SEEN: Final[dict[str, bool]] = {}
_HEADERS_SEEN: Final[dict[str, str]] = {}


def _says_unknown(cell: str) -> bool:
    """'Unknown photographer', '[okänd]', '-': the catalogue does not know the person."""
    found = _UNKNOWN_SEEN.get(cell)
    if found is None:
        found = recall(_UNKNOWN_SEEN, cell)
        if found is None:
            found = _reads_unknown(cell)
        remember(_UNKNOWN_SEEN, cell, found)
    return found


def _reads_unknown(cell: str) -> bool:
    """The cell whole among unknown_person_words, or names_no_one ("N/A", "ditto", "see
    above", "..."), or made of an unknown word and role words alone, in any order and with a
    label's colon or brackets ("onbekende fotograaf", "Fotograaf: onbekend", "Unknown
    (photographer)", "architecte inconnu"), or of role words alone ("Fotografen", "The
    photographer", "Author": review 16 G5, G9, G19)."""
    v = vocabulary()
    words = v.unknown_person_words
    key = " ".join(lower(plain_words(cell)).split())
    if key in words or key.strip("[]() ") in words or _names_no_one(cell, key):
        return True
    said = _unknown_by_words(key)
    # role_only reads this key's words too (the photographer's cell, asked both by
    # photographer_named): kept for it, not read again (~3k instructions a new cell, compiled).
    remember(_ROLE_SEEN, cell, said == 2)
    if said == 1:
        return True
    # A place or a date after the unknown phrase, after a comma or in brackets ("Okänd fotograf,
    # Stockholm", "Okänd konstnär (Paris)", "Sculpteur non identifié, Paris", "Okänd fotograf,
    # Skara", "Unknown photographer, 1920": review 18 G14) is where or when the unknown person
    # worked, as Swedish archives write it: a listed place (persons.yaml places), one word (a town
    # the list does not hold; a surname alone is no name that could give an ok either) or figures,
    # so that "Okänd, Anna Berg" stays a name.
    place = _PLACE_AFTER.match(key) if "," in key or "(" in key else None
    if place is not None:
        tail = (place.group(2) or place.group(3)).strip(" .")
        if ((tail in _joins().places or _ONE_WORD_OR_FIGURES.fullmatch(tail) is not None)
                and _unknown_by_words(place.group(1)) == 1):
            return True
    # A negation a cell begins with in a script written without spaces (Thai ไม่ระบุชื่อ, "name
    # not given"): what follows it is what the catalogue does not know, never a name.
    return bool(v.unknown_person_prefixes) and key.strip("[]() ").startswith(v.unknown_person_prefixes)


# One word of letters (a hyphen or an apostrophe inside: "Saint-Denis"), or figures and the signs
# of a date ("1920", "1920-1925", "ca 1920" is no such part): _reads_unknown's last part.
_ONE_WORD_OR_FIGURES: Final = datacache.pattern(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|[\d./\u2013-]*\d[\d./\u2013-]*")
# A person cell's words, then a last part after a comma or in brackets (_reads_unknown).
_PLACE_AFTER: Final = datacache.pattern(r"^(.+?)\s*(?:,\s*([^,()]+)|\(([^,()]+)\))\s*$")


# Photographer cells already read (role_only; bounded as every column's: cellmemo).
_ROLE_SEEN: Final[dict[str, bool]] = {}


def role_only(cell: str) -> bool:
    """Whether a person cell is role words alone ("Fotografen", "The photographer", "Author",
    "Konstnär": _unknown_by_words): it names no photographer (review 16 G9). Asked of the
    photographer's cell and the page's author, not of depicted_creator, where a catalogue's
    "Sculptor" beside a death year is the cell's error already (_person_beside_death)."""
    found = _ROLE_SEEN.get(cell)
    if found is None:
        found = recall(_ROLE_SEEN, cell)
        if found is None:
            found = _unknown_by_words(" ".join(lower(plain_words(cell)).split())) == 2
        remember(_ROLE_SEEN, cell, found)
    return found


# (vocabulary, unknown words of one word, role words, other words, "without" words, the unknown
# phrases of several words as one pattern, every word of those and of the phrases): _unknown_by_words'
# sets, made once for the vocabulary.
_UnknownWordSets = tuple[Vocabulary, frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str],
                         frozenset[str]]
_UNKNOWN_WORDS: Final[list[_UnknownWordSets]] = []
# A word of letters or digits inside an unknown phrase ("n", "a" of "n/a"; _unknown_by_words).
_PHRASE_WORD: Final = datacache.pattern(r"[^\W_]+")
# What splits a person cell into its words for _unknown_by_words: spaces, brackets, a label's
# colon, list signs and quotes.
_PERSON_WORD_SPLIT: Final = datacache.pattern("[\\s()\\[\\]{}:;,/\\\\|\"\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019]+")


def _unknown_by_words(key: str) -> int:
    """Whether a person cell (lower case, spaces collapsed) is made of words that name no
    person: 1, at least one unknown word or phrase (unknown_person_words,
    unknown_holder_words), beside it only role words (photographer_holder_words,
    unknown_person_roles), photographer_holder_other_words ("the", "by", "de") and
    unknown_person_qualifiers ("Japanese", "amateur": "Anonymous Japanese photographer", review 17
    G7), or a "without" word beside role words alone ("ohne Fotograf", "no photographer":
    unknown_person_without, review 18 G14); 2, role words and those other words alone; 0, a name.
    An unknown phrase holding a sign the cell is split at ("n/a" in "Photographer: N/A") is
    found whole before the split, as a phrase of several words is."""
    listed = _unknown_word_sets()[6]
    # A word of ASCII letters or digits between spaces that no list holds and no phrase holds
    # whole is a name's ("person", "400" of "person 400"): the reading below returns 0 when it
    # comes to it (it returns nothing but 0 before), and no phrase can take it away (a phrase
    # begins and ends only beside no letter or digit, so a match that touches the word holds
    # it whole, as one of the phrase's own words). Told by set lookups, without the search,
    # the phrases' substitution and the split (~15k instructions a new cell, compiled).
    for t in key.split(" "):
        if t.isalnum() and t.isascii() and t not in listed:
            return 0
    return _unknown_by_words_read(key)


def _unknown_word_sets() -> _UnknownWordSets:
    """_UNKNOWN_WORDS' entry for the vocabulary read, made where it is not."""
    v = vocabulary()
    if not _UNKNOWN_WORDS or _UNKNOWN_WORDS[0][0] is not v:
        every = v.unknown_person_words | v.unknown_holder_words
        spaced = sorted((w for w in every if _PERSON_WORD_SPLIT.search(w)), key=lambda w: (-len(w), w))
        unknown = frozenset(w for w in every if not _PERSON_WORD_SPLIT.search(w))
        roles = v.photographer_holder_words | v.unknown_person_roles
        others = v.photographer_holder_other_words | v.unknown_person_qualifiers
        phrase_words = frozenset(p for w in spaced for p in _PHRASE_WORD.findall(w))
        _UNKNOWN_WORDS[:] = [(v, unknown, roles, others, v.unknown_person_without,
                              datacache.pattern("(?<![^\\W_])(?:" + "|".join(map(re.escape, spaced)) + ")(?![^\\W_])"),
                              unknown | roles | others | v.unknown_person_without | phrase_words)]
    return _UNKNOWN_WORDS[0]


def _unknown_by_words_read(key: str) -> int:
    """_unknown_by_words without its quick test of a name's word: the phrases found whole, the
    cell split into its words and each word told (tests/test_person_word_lists_quick.py
    compares the two)."""
    _, unknown, roles, others, without, phrases, _ = _unknown_word_sets()
    if _PERSON_WORD_SPLIT.search(key):
        key = phrases.sub(" \0 ", key)
    said = 0
    absent = False
    for w in _PERSON_WORD_SPLIT.split(key):
        if not w.strip("."):
            continue  # nothing, or the full stop a phrase found whole left ("Photographer not named.")
        if w == "\0" or w in unknown or w.rstrip(".") in unknown:
            said = 1
        elif w in roles:
            said = said or 2
        elif w in without and not said:
            # before the role, as every export language writes it ("ohne Fotograf", "sans
            # auteur"): after it, the word may be a name ("Fotograf Sem")
            absent = True
        elif w not in others:
            return 0
    return 1 if absent and said else said


def says_no_one(cell: str) -> bool:
    """Whether a person or source cell says no one: the person is unknown, or the cell is a
    placeholder or a role word alone (_says_unknown: "okänd", "unknown", "N/A", "-", "see
    above") or is role words alone (role_only: "Fotografen"). What the file page writes for it
    is no name nor source (wikitext.py; review 16 G9, G11, G2)."""
    return _says_unknown(cell) or role_only(cell)


def names_no_one(cell: str) -> bool:
    """Whether a person, rights or source cell, whole, names no one: signs alone ("-",
    "...", '"', "〃", "[ ]") or rules/vocabulary.yaml placeholder_cells ("N/A", "nan",
    "None", "TODO", "ditto", "see above", "siehe oben": review 16 G1, G9, G11)."""
    return _names_no_one(cell, " ".join(lower(plain_words(cell)).split()))


def _names_no_one(cell: str, key: str) -> bool:
    """names_no_one of a cell whose key (its words in lower case, spaces collapsed) is made."""
    if not key:
        # Invisible characters alone (a zero-width space, a soft hyphen, a Hangul filler: review
        # 17 G3): plain_words takes them out, and nothing is left to name anyone.
        return bool(cell.strip())
    # A first character that is a letter or digit is what the search finds (sre's [^\W_] is
    # str.isalnum), told without it (most names).
    return (not (key[0].isalnum() or _WORD_CHAR.search(key))
            or key.strip(_HOLDER_CELL_SIGNS) in vocabulary().placeholder_cells)


# A letter or digit: a cell without one is signs alone (names_no_one).
_WORD_CHAR: Final = datacache.pattern(r"[^\W_]")


# Rights-holder cells already read (holder_unknown): a batch writes one holder, or a few,
# on every row, so each is matched once.
_HOLDER_SEEN: Final[dict[str, bool]] = {}
_HOLDER_WORDS: list[re.Pattern[str]] = []


def _holder_pattern() -> re.Pattern[str]:
    """The rights_holder words (unknown_holder_words and no_release_holder_words) as one
    pattern, each a whole word: no letter or digit just before or after it. An entry that
    begins or ends with a sign ("?", "n.n.") has no such boundary on that side, so the "?" of
    "Per Foto?" is found as the "?" of "Per Foto (?)" is."""
    v = vocabulary()
    words = sorted(v.unknown_holder_words | v.no_release_holder_words, key=lambda w: (-len(w), w))
    return datacache.pattern("|".join(
        ("(?<![^\\W_])" if re.match(r"[^\W_]", w) else "") + re.escape(w)
        + ("(?![^\\W_])" if re.search(r"[^\W_]$", w) else "") for w in words))


def holder_unknown(cell: str | None) -> bool:
    """Whether a rights_holder cell (the record's, `_text` of the row's cell) says that the
    holder of the photo's copyright is unknown or was not asked, or names no holder who
    released it (rules/vocabulary.yaml, unknown_holder_words and no_release_holder_words,
    found anywhere in the cell as whole words): a free licence beside
    it is no release by that holder (rules/verdict.yaml). The whole-row cache keys on this
    answer, not on the cell (assessor._row_key), so it is read in NFC and lower case here:
    the same for a cell as written and as read_words composes it."""
    if cell is None:
        return False
    found = _HOLDER_SEEN.get(cell)
    if found is None:
        found = recall(_HOLDER_SEEN, cell)
        if found is None:
            if not _HOLDER_WORDS:
                _HOLDER_WORDS.append(_holder_pattern())
            key = " ".join(lower(plain_words(cell)).split())
            # A rights statement as the whole cell ("InC", "UND": words the search leaves out,
            # as "Inc." and "und" stand in holders' names) names no holder either.
            found = _HOLDER_WORDS[0].search(key) is not None or names_a_statement_of_no_release(key)
        remember(_HOLDER_SEEN, cell, found)
    return found


# Rights-holder cells already read (holder_names_no_one).
_NO_HOLDER_SEEN: Final[dict[str, bool]] = {}
# The signs around a cell's words that are no part of them ("[TODO]", "Copyright:", "'x'", "do.").
_HOLDER_CELL_SIGNS: Final = " \t[]()'\"\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb.:\u2026\u00a9-\u2013\u2014"


def holder_names_no_one(cell: str | None) -> bool:
    """Whether a rights_holder cell, whole, names no holder at all (review 16 G1): a cell of
    signs alone ("-", "...", '"', "©", "[ ]"), an export's placeholder, a ditto word or a
    copyright label (rules/vocabulary.yaml no_holder_cells), a yes/no or boolean word
    ("TRUE" from a ticked checkbox: yes_words, no_words), or a licence's or rights
    statement's name, whole (licences.names_a_licence: "CC BY 4.0"). Such a cell is read
    as the empty one it stands for: no holder released the photo, and none can be credited
    (facts.py). A holder cell saying
    the holder is unknown ("?", "okänd") is holder_unknown's, read before this."""
    if cell is None:
        return True
    found = _NO_HOLDER_SEEN.get(cell)
    if found is None:
        words = " ".join(lower(plain_words(cell)).split())
        key = words.strip(_HOLDER_CELL_SIGNS)
        v = vocabulary()
        # A copyright sign or "(c)" beside a label is no name either ("(c) copyright",
        # "Copyright ©": review 17 G3); a licence's address is the licence ("https://
        # creativecommons.org/licenses/by/4.0/").
        bare = " ".join(_COPYRIGHT_SIGN.sub(" ", words).split()).strip(_HOLDER_CELL_SIGNS)
        found = (names_no_one(cell) or key in v.no_holder_cells or key in v.yes_words or key in v.no_words
                 or key in v.zero_words or bare in v.no_holder_cells or names_a_licence(key)
                 or (_LICENCE_ADDRESS.match(key) is not None and names_a_licence(_LICENCE_ADDRESS.sub("", key)))
                 or _label_before_no_one(key))
        if len(_NO_HOLDER_SEEN) >= 4096:
            _NO_HOLDER_SEEN.clear()
        _NO_HOLDER_SEEN[cell] = found
    return found


def _label_before_no_one(key: str) -> bool:
    """Whether a holder cell (lower case, spaces collapsed) is a label that names no one
    (no_holder_cells: "Rättighetsinnehavare", "Copyright", "Källa"), a colon, and after it
    a cell that names no one either ("Rättighetsinnehavare: se ovan", "Copyright: Flickr":
    review 18 G3): the label is the column's word, and what follows it is what the cell says."""
    label, colon, rest = key.partition(":")
    if not colon or not rest.strip(_HOLDER_CELL_SIGNS):
        return False
    label = " ".join(_COPYRIGHT_SIGN.sub(" ", label).split()).strip(_HOLDER_CELL_SIGNS)
    return label in vocabulary().no_holder_cells and holder_names_no_one(rest.strip())


# "(c)" and "©" among a holder cell's words (holder_names_no_one).
_COPYRIGHT_SIGN: Final = datacache.pattern(r"\(c\)|\u00a9")
# A web address's scheme and "www." before a licence's address (holder_names_no_one).
_LICENCE_ADDRESS: Final = datacache.pattern(r"^(?:https?://)?(?:www\.)?(?=creativecommons\.org/)")


def holder_credits_no_one(holder: str) -> bool:
    """Whether a holder cell names no one a licence's credit can go to where the row names no
    photographer: the photographer by role (holder_says_photographer: "Fotografen"), or the heirs,
    estate or family of no one named ("Fotografens arvingar", "Erben des Fotografen", "The
    photographer's estate", "Arvingarna": rules/vocabulary.yaml holder_heir_words, with role and
    the other holder words alone; review 17 G3). Beside a named photographer, they are that
    photographer's heirs, read as before (facts F_ATTRIBUTION)."""
    if holder_says_photographer(holder):
        return True
    v = vocabulary()
    heirs, roles, others = v.holder_heir_words, v.photographer_holder_words, v.photographer_holder_other_words
    words = [w for w in _PERSON_WORD_SPLIT.split(lower(plain_words(holder))) if w.strip(_HOLDER_CELL_SIGNS)]
    return (any(w in heirs for w in words)
            and all(w in heirs or w in roles or w in others or w.strip(_HOLDER_CELL_SIGNS) in others for w in words))


# vocabulary.INVISIBLE: the soft hyphen and zero-width characters, no part of any word.
_INVISIBLE: Final = INVISIBLE


def plain_words(cell: str) -> str:
    """A cell as its words are matched: NFC, without _INVISIBLE's characters inside it."""
    if not cell.isascii():
        cell = unicodedata.normalize("NFC", cell.translate(_INVISIBLE))
    return cell


def holder_cell_state(cells: Mapping[str, str]) -> int:
    """What a row's rights_holder cell says, as far as a verdict reads it: 0 no holder (an
    empty cell), 1 a holder named (whom a BY licence may credit where no photographer is
    named: facts F_ATTRIBUTION), 2 holder_unknown as the record reads it (`_text`), or a
    cell it cannot read (longer than MAX_CELL, a NUL byte: read_text's error), as facts.py
    reads it (holder_unreadable): a pasted document of 30,000 characters was read as no
    holder at all, and a free licence beside it was ok although the cell could say "okänd"
    anywhere (session 12 brief, item 5). Review 16 G1: a cell that names no one
    (holder_names_no_one: "N/A", "©", "TRUE", "see above") is 0, the empty cell it stands
    for; one that says its holder is the photographer (holder_says_photographer) 3 instead
    of 1; and a holder's death year in the cell ("Anna Riwkin (1908-1970)", death_in_name:
    a licence first published after it is no release by that person) is added ten times
    over, so the key holds it. The whole-row cache keys on this."""
    raw = cells.get("rights_holder")
    if not raw:
        return 0
    found = _HOLDER_STATE_SEEN.get(raw)
    if found is None:
        found = recall(_HOLDER_STATE_SEEN, raw)
        if found is None:
            found = _holder_state(raw)
        remember(_HOLDER_STATE_SEEN, raw, found)
    return found


def _holder_state(raw: str) -> int:
    """holder_cell_state of a cell not read before."""
    value, error = read_text("rights_holder", raw)
    if error is not None or holder_unknown(value):
        return 2
    if value is None or holder_names_no_one(value):
        return 0
    died = holder_death_in_name(value) or 0
    state = (3 if holder_credits_no_one(value) else 1) + 10 * max(died, 0)
    from copyright_check.licences import names_a_maker_not_covered  # (it is imported after this module)

    # A maker a statement of the law does not cover (the US Postal Service beside "United
    # States Government Work": licences.not_by_maker) decides the licence: negative, apart.
    return -state if names_a_maker_not_covered(value) else state


# Rights-holder cells already read (holder_cell_state; bounded as every column's: cellmemo):
# every row's cache key asks, and a batch writes one holder, or a few, on every row.
_HOLDER_STATE_SEEN: Final[dict[str, int]] = {}


def holder_says_photographer(holder: str) -> bool:
    """Whether one of a holder cell's holders (_holder_parts), or a part of the cell set
    apart by a bracket, comma or colon, is a role word alone (rules/vocabulary.yaml
    photographer_holder_words, with photographer_holder_other_words: "Fotografen", "Anna
    Riwkin (fotograf)", "the photographer", "Fotografen/Museet"): where the row names no photographer, the cell
    names no one else whom a licence's credit could go to (facts.py; review 16 G1)."""
    v = vocabulary()
    roles, others = v.photographer_holder_words, v.photographer_holder_other_words
    for chunk in _HOLDER_ASIDES.split(holder):
        for part in _holder_parts(chunk):
            if any(w in roles for w in part) and all(w in roles or w in others for w in part):
                return True
    return False


# The signs that set a role apart from the name beside it: "Anna Riwkin (fotograf)",
# "Anna Riwkin, fotograf", "Fotograf: Anna Riwkin" (not "Fotografens arvingar", the heirs).
_HOLDER_ASIDES: Final = datacache.pattern(r"[()\[\],:;]")


# (rights_holder, photographer) pairs already compared (holder_names_photographer).
_HOLDER_PHOTOGRAPHER_SEEN: Final[dict[tuple[str, str | None], bool]] = {}
# What a holder cell may hold around a name that is no part of it: a copyright sign or word,
# a year ("© Anna Riwkin 1935"), punctuation.
_HOLDER_NOISE: Final = datacache.pattern(r"©|\(c\)|\bcopyright\b|\bfoto:|\bphoto:|\d+|[^\w\s']", re.IGNORECASE)


# A life date's word and its year in a name ("Per Foto (d. 2000)", "Anna Riwkin, † 1970"), and
# a Wikidata item's id beside it ("Q5 Oscar Halldin": Q5 is Wikidata's class "human", which a
# linked-data export writes before the name): no part of the name (_name_words). Made once.
_NAME_EXTRAS: Final[list[re.Pattern[str]]] = []


def _name_extras() -> re.Pattern[str]:
    if not _NAME_EXTRAS:
        words = _life_trie()
        _NAME_EXTRAS.append(datacache.pattern(rf"(?:^|(?<=[\s,(;\[]))(?:{words})\s*\d{{4}}|\bq[1-9]\d*\b"))
    return _NAME_EXTRAS[0]


def _name_words(text: str) -> tuple[str, ...]:
    """A name's words in order-free form: NFC, lower case, without a life date's word and year
    or a Wikidata id (_name_extras) and without _HOLDER_NOISE, sorted ("Riwkin, Anna",
    "© Anna Riwkin", "Anna Riwkin (d. 1970)" and "Q5 Anna Riwkin" give what "Anna Riwkin"
    gives)."""
    key = lower(plain_words(text))
    # _name_extras matches four digits in a row or a "q": without either ("person 400") it
    # takes nothing away, told without its search.
    if any(ch.isdigit() for ch in key) and ("q" in key or _four_digits(key)):
        key = _name_extras().sub(" ", key)
    if key.isascii() and "copyright" not in key and key.replace(" ", "").replace("'", "").isalnum():
        # ASCII letters, digits, spaces and apostrophes alone: of _HOLDER_NOISE only its
        # digits can match (its other signs, "©", "(c)" and the labels' colon, are not there,
        # nor is "copyright"), so the words are the cell's split at spaces and digits
        # ("person 400": ~5k instructions less, compiled).
        return tuple(sorted(key.translate(_DIGITS_AS_SPACES).split()))
    return tuple(sorted(_HOLDER_NOISE.sub(" ", key).split()))


def person_name_key(cell: str) -> tuple[str, ...]:
    """A person's name as one key, the catalogue's inverted form turned ("Rodin, Auguste" is
    "Auguste Rodin"), every other word, number and mark kept in its order: "Henri Paul" and
    "Paul Henri", "Hans Müller (geb. 1880)" and "(geb. 1900)", "Fotograf 1" and "Fotograf 2" are
    two people (review 30f F2: sorted words without digits made them one). Empty for an empty
    cell."""
    text = word(cell)
    parts = text.split(",")
    if len(parts) == 2 and all(p.strip() for p in parts) and not any(ch.isdigit() for ch in text):
        text = parts[1] + " " + parts[0]
    return tuple(text.split())


# The ASCII digits as spaces (_name_words).
_DIGITS_AS_SPACES: Final = str.maketrans("0123456789", " " * 10)


def _initial_of(short: str, words: tuple[str, ...]) -> bool:
    """Whether a one-letter word is the initial of one of a name's words ("a" of "anna")."""
    return len(short) == 1 and any(w[0] == short for w in words if len(w) > 1)


def _part_names(part: tuple[str, ...], named: tuple[str, ...], roles: frozenset[str],
                others: frozenset[str]) -> bool:
    """Whether one holder of a cell (its words, _name_words' form) is the photographer: its
    words, without photographer_holder_other_words, are all role words ("Fotografen själv",
    "Der Fotograf selbst", "l'auteur de la photographie"), or, without the role words too,
    the photographer's name (`named`): every word one of the name's or the initial of one,
    one whole word among them ("Anna Berg (fotograf)", "Fotograf Anna Berg", "Berg, A.",
    "Berg"). A word that is neither ("arvingar", "Museet", another given name) names someone
    else: "Fotografens arvingar", "Per Berg" beside Anna Berg do not match."""
    rest = tuple(w for w in part if w not in others)
    if not rest:
        return False
    name = tuple(w for w in rest if w not in roles)
    if not name:
        return True
    if not named:
        return False
    whole = False
    for w in name:
        if w in named:
            whole = whole or len(w) > 1
        elif not (_initial_of(w, named) or any(len(n) == 1 and w[0] == n for n in named)):
            return False
    return whole


def _holder_parts(holder: str) -> list[tuple[str, ...]]:
    """A holder cell's holders, each its words as _name_words reads them (in order): the cell cut where
    vocabularies/persons.yaml's joining signs ("/", "&", a dash) and words ("och", "and",
    "und") stand ("Fotografen/Museet", "Anna Berg och Museet": a joint holder)."""
    from copyright_check.vocabularies import person_joins  # (they import this module)

    joins = person_joins()
    text = lower(plain_words(holder).replace("\u2019", "'"))
    parts: list[tuple[str, ...]] = []
    for piece in joins.any_sign.split(text):
        words: list[str] = []
        for w in _HOLDER_NOISE.sub(" ", piece).split():
            if w in joins.words:
                if words:
                    parts.append(tuple(words))
                words = []
            else:
                words.append(w)
        if words:
            parts.append(tuple(words))
    return parts


def holder_names_photographer(holder: str | None, photographer: str | None) -> bool:
    """Whether a rights_holder cell names the photographer: the whole cell the photographer's
    own name in any order ("Riwkin, Anna", "© Anna Riwkin"), or one of its holders
    (_holder_parts) the photographer by role (rules/vocabulary.yaml photographer_holder_words:
    "Fotografen", "Upphovspersonen", "the photographer", "de fotograaf") or by name with a role,
    a label or initials beside it (_part_names: "Anna Berg (fotograf)", "Upphovsrätt: Anna
    Berg", "A. Berg", "Fotografen/Museet"). A licence the photographer died before it was
    published is then no release by that holder (rules/verdict.yaml,
    needs-review-licence-after-holder-death; review 14 E6, review 15 F1); heirs ("Anna Riwkins
    arvingar", "Fotografens arvingar") and anyone else do not match. The whole-row cache keys
    on this answer (assessor._row_key): it is read in NFC and lower case, the same for a cell
    as written and as read_words composes it."""
    if not holder:
        return False
    pair = (holder, photographer)
    found = _HOLDER_PHOTOGRAPHER_SEEN.get(pair)
    if found is None:
        words, parts = _holder_side(holder)
        named = _name_words(photographer) if photographer is not None else ()
        found = bool(words) and (words == named or _names_by_parts(parts, named) or _same_name_unspaced(words, named))
        if len(_HOLDER_PHOTOGRAPHER_SEEN) >= 4096:
            _HOLDER_PHOTOGRAPHER_SEEN.clear()
        _HOLDER_PHOTOGRAPHER_SEEN[pair] = found
    return found


def _same_name_unspaced(words: tuple[str, ...], named: tuple[str, ...]) -> bool:
    """Two names of the scripts that write a name without spaces (Han, kana, Hangul: "山田太郎" and
    "山田 太郎", "김철수" and "김 철수"), the same once their spaces are left out (review 30h G6).
    Only those scripts: "Anna Berg" and "Annaberg" stay two."""
    if len(words) == len(named) or not words or not named:
        return False
    joined, other = "".join(words), "".join(named)
    return (sorted(joined) == sorted(other) and any(_unspaced_script(c) for c in joined)
            and ("".join(sorted(words)) == other or "".join(sorted(named)) == joined
                 or any("".join(p) == other for p in _orders(words))
                 or any("".join(p) == joined for p in _orders(named))))


def _orders(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The orders of a name's words (a family name first or last): at most three words."""
    from itertools import permutations

    return list(permutations(words)) if len(words) <= 3 else [words]


def _unspaced_script(c: str) -> bool:
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


def _names_by_parts(parts: tuple[tuple[str, ...], ...], named: tuple[str, ...]) -> bool:
    v = vocabulary()
    roles, others = v.photographer_holder_words, v.photographer_holder_other_words
    return any(_part_names(part, named, roles, others) for part in parts)


# Holder cells already read for holder_names_photographer: (_name_words, _holder_parts) of
# each (bounded as every column's: cellmemo). A batch writes one holder, or a few, beside
# every new photographer: each new pair read the holder's words again (~18k instructions, compiled).
_HOLDER_SIDE_SEEN: Final[dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]] = {}


def _holder_side(holder: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    found = _HOLDER_SIDE_SEEN.get(holder)
    if found is None:
        found = recall(_HOLDER_SIDE_SEEN, holder)
        if found is None:
            found = (_name_words(holder), tuple(_holder_parts(holder)))
        remember(_HOLDER_SIDE_SEEN, holder, found)
    return found


def holder_cell_photographer(cells: Mapping[str, str]) -> bool:
    """holder_names_photographer of a row's rights_holder and photographer cells as written
    (the whole-row cache's key reads this; facts.py reads the record's)."""
    return holder_names_photographer(cells.get("rights_holder") or None, cells.get("photographer") or None)


_AERIAL_WORDS: list[TitleWords] = []


def _aerial_pattern() -> TitleWords:
    """rules/vocabulary.yaml's aerial_title_words and aerial_title_stems."""
    v = vocabulary()
    return title_words_pattern(v.aerial_title_words, v.aerial_title_stems)


def _elevated_pattern() -> TitleWords:
    """rules/vocabulary.yaml's elevated_title_words and elevated_title_stems."""
    v = vocabulary()
    return title_words_pattern(v.elevated_title_words, v.elevated_title_stems)


def title_says_aerial(title: str | None) -> str:
    """What a title (the record's, `_text` of the row's cell) says of where the photo was
    taken from, for a row whose taken_from cell is empty (review 12 C5), as the fact
    taken_from then reads (facts.py): "aerial_title" where it says from the air ("Luftbild der
    Skulptur", "Aerial view of ...", "Schrägluftbild": rules/vocabulary.yaml aerial_title_words
    and aerial_title_stems), "elevated_title" where it says from above, not how ("aus der
    Vogelperspektive", "bird's-eye view", "von oben": elevated_title_words and _stems; fix15),
    "" where it says neither. The whole-row cache keys on this answer, not on the title
    (assessor._row_key), so it is read in NFC and lower case here: the same for a cell as
    written and as read."""
    if not title:
        return ""
    return _aerial_low(lower(plain_words(title)))


def _aerial_low(low: str) -> str:
    """title_says_aerial of a title already in NFC and lower case. Each list's search
    (wordtrie.TitleWords) rules out by itself a title in which none of its entries' beginnings
    stands, so most titles cost one look at the title's one pass (wordtrie.hits_of)."""
    if not _AERIAL_WORDS:
        _AERIAL_WORDS.extend((_aerial_pattern(), _elevated_pattern()))
    if _AERIAL_WORDS[0].search(low) is not None:
        return "aerial_title"
    if _AERIAL_WORDS[1].search(low) is not None:
        return "elevated_title"
    return _height_low(low)


_HEIGHT: Final[list[re.Pattern[str]]] = []


def _height_low(low: str) -> str:
    """"elevated_title" where a title in lower case gives the height it was taken from in
    figures ("aus 100 m Höhe", "from 300 ft", "från 50 meters höjd": _height_pattern), else "".
    Searched only in a title holding a figure, a digit and a unit after it (_HEIGHT[0]: ~1.4
    us a title, where the whole pattern's search cost ~11 us, pure Python, r20k and h20k titles,
    nearly all holding a digit; none a figure)."""
    if not _HEIGHT:
        units = "|".join(re.escape(u) for u in sorted(vocabulary().height_units, key=len, reverse=True)) or "(?!)"
        _HEIGHT.extend((datacache.pattern(f"\\d\\s*(?:{units})(?:(?<=\\.)|(?![^\\W_]))"), _height_pattern()))
    if _HEIGHT[0].search(low) is None:
        return ""
    return "elevated_title" if _HEIGHT[1].search(low) is not None else ""


def _height_pattern() -> re.Pattern[str]:
    """A height in figures, from rules/vocabulary.yaml height_units, height_from_words,
    height_words, height_fillers and height_distance_words: a number and a unit (the figure)
    after a word saying from ("aus", "from", "från"), not followed by a word making it a
    distance ("Entfernung", "away"); or a figure beside a word for a height, before ("100 m
    Höhe") or after it ("Höhe von 100 m"); up to two filler words between ("aus ca. 100 m",
    "à 300 mètres de hauteur"). A photo taken that high up is no view from public ground unless
    a person finds it was (BGH, 23 October 2024, I ZR 67/23: a drone's; BGH, 5 June 2003, I ZR
    192/00: a height public ground does not give), so it goes where the elevated_title words do."""
    v = vocabulary()

    def any_of(words: tuple[str, ...]) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" if words else "(?!)"

    whole = "(?![^\\W_])"
    # A filler ending in an apostrophe is written against the next word ("d'altitude").
    fill = f"(?:(?<![^\\W_]){any_of(v.height_fillers)}(?:(?<=['\u2019])|{whole})\\s*){{0,2}}"
    number = "(?<![\\d.,])\\d+(?:[.,\u00a0\u202f ']\\d{3})*(?:[.,]\\d+)?"
    figure = f"{number}\\s*{any_of(v.height_units)}(?:(?<=\\.)|{whole})"
    distance = f"(?!\\s*{any_of(v.height_distance_words)}{whole})"
    after_from = f"(?<![^\\W_]){any_of(v.height_from_words)}\\s+{fill}{figure}{distance}"
    before_height = f"{figure}\\s*{fill}{any_of(v.height_words)}{whole}"
    after_height = f"(?<![^\\W_]){any_of(v.height_words)}\\s+{fill}{figure}"
    return datacache.pattern(f"{after_from}|{before_height}|{after_height}")


# What a title says beside where the photo was taken from (title_cell_words' second value),
# one bit each: a building's inside (interior_title_words, the room words), a work of its own
# shown inside (works_inside_title_words: stained glass, an altarpiece, a fresco), a work shown
# for a time only (temporary_title_words); of the works, one seen from inside only
# (works_seen_inside_title_words).
TITLE_INTERIOR: Final = 1
TITLE_WORKS: Final = 2
TITLE_TEMPORARY: Final = 4
TITLE_WORKS_SEEN_INSIDE: Final = 8  # works_seen_inside_title_words: stained glass, an altarpiece
TITLE_THREE_D: Final = 16  # three_d_title_words: a bust, a vase, a coin (review 17 G2)
TITLE_EXHIBITION: Final = 32  # exhibition_inside_title_words: an exhibition view, "im Museum" (review 17 G9)
TITLE_FLAT: Final = 64  # flat_work_title_words: a painting, a drawing, a print, a still life (review 19 G2)

# Title cells already read (title_cell_words): a library caller's rows repeat a title (a
# series of one building), and its repeated call reads the title for the row's key each
# time. Few are kept: a batch's titles are mostly distinct, and its rows read the title once.
_TITLE_SEEN: Final[dict[str, tuple[str, int, str, str]]] = {}
_TITLE_LIMIT: Final = 1024
_NO_TITLE: Final[tuple[str, int, str, str]] = ("", 0, "", "")


def title_cell_words(raw: str | None) -> tuple[str, int, str, str]:
    """What a row's title cell says, as the record reads it (read_text, then in NFC and
    lower case): title_says_aerial's answer, title_says's bits (TITLE_INTERIOR,
    TITLE_WORKS, TITLE_TEMPORARY, ...) and title_type_words' two, ("", 0, "", "") for a title
    the record cannot read. The whole-row cache keys on this beside the taken_from,
    depicted_setting, depicted_permanent, shows_works_inside and depicted_type cells (a cell
    the record reads wins over the title, or contradicts it: facts.py, _interior_by_title,
    _title_beside_cells, whose text names the work's word). One reading gives every answer,
    and a cell read before is not read again: the library's repeated call read its title
    twice a call, 30k of its 60k
    instructions (callgrind, compiled)."""
    if not raw:
        return _NO_TITLE
    found = _TITLE_SEEN.get(raw)
    if found is None:
        value, error = read_text("title", raw)
        found = _NO_TITLE
        if error is None and value:
            plain = plain_words(value)
            low = lower(plain)
            said, work = _said_low(low)
            found = (_aerial_low(low), said, *_type_words(plain, low, said, work))
        if len(_TITLE_SEEN) >= _TITLE_LIMIT:
            _TITLE_SEEN.clear()
        _TITLE_SEEN[raw] = found
    return found


def title_cell_three_d(cells: Mapping[str, str]) -> bool:
    """Whether a row's title cell, as the record reads it, names a three-dimensional object
    (TITLE_THREE_D: three_d_title_words, and a museum's object as _names_object reads it), which
    a batch's photo_kind faithful_reproduction does not answer (mapping._denied_by)."""
    return bool(title_cell_words(cells.get("title"))[1] & TITLE_THREE_D)


def title_cell_aerial(cells: Mapping[str, str]) -> str:
    """title_says_aerial of a row's title cell as the record reads it; "" for a title it
    cannot read (the record's title is then None): title_cell_words."""
    return title_cell_words(cells.get("title"))[0]


_INTERIOR_WORDS: list[re.Pattern[str]] = []


def interior_title_read(record: Record, categories: Iterable[str]) -> bool:
    """Whether this row's title is read for an interior (_interior_by_title): a building's
    row whose depicted_setting is empty or outdoor_public, and any other work's row whose
    setting is outdoor_public (a sculpture "im Innenraum des Museums" typed outdoor_public:
    review 15 F9). facts.py asks it too: where the title could not be read, the question it
    would answer is open (review 15 F0)."""
    if record.depicted_setting is None:
        return "building" in categories
    return record.depicted_setting == "outdoor_public"


def _interior_by_title(record: Record, vocab: Vocabulary) -> None:
    """A row whose title says the photo shows a building's inside (title_says_interior;
    review 14 E2): for a building's row an empty depicted_setting is read as `indoor`, as
    the setting word `inomhus` is (the interior's question is asked: rules/verdict.yaml);
    depicted_setting outdoor_public contradicts the title, and the row goes to a person
    (needs-review-contradictory-facts), never ok on a freedom of panorama for the outside
    (UrhG § 59(1) S. 2: a building's outer view only) — for a sculpture or another work the
    same (review 15 F9: "Plastik im Innenraum des Museums" typed outdoor_public was ok
    {{FoP-Germany}}; § 59 covers works at public places, not a museum's inside). Another
    work's empty setting stays empty: freedom of panorama asks it (fop-undecided).

    A building's title that names a work of its own shown inside it (TITLE_WORKS: "St.
    Gertrud, Glasfenster von Gerhard Richter", "Coventry Cathedral, stained glass window by
    John Piper", "vitrail de Marc Chagall") is an interior too: a window, an altarpiece, a
    fresco is seen from inside, and a freedom of panorama for the building does not cover it
    (URL 24 §: works of art only where placed outdoors; UrhG § 59(1) S. 2; review 16 G10: each
    was ok under the building's FoP tag). Beside shows_works_inside no it contradicts the
    cell: the title names the work the photo is of, not one shown only incidentally.

    A title that says the work is temporary ("Temporary installation", "temporäre
    Installation", "tillfällig utställning") contradicts depicted_permanent yes: freedom of
    panorama covers works permanently situated (CDPA s. 62(1), UrhG § 59(1) "bleibend", BGH I
    ZR 102/99 Verhüllter Reichstag), and the row goes to a person (review 16 G12: Katharina
    Fritsch's Fourth Plinth work of 2013 typed permanent yes was ok).

    A title that names a three-dimensional object (TITLE_THREE_D: "Byst av Gustav III", "Vas",
    "Mynt", "Medalj") contradicts the row's own photo_kind faithful_reproduction, whatever its
    depicted_type: Commons:When to use the PD-Art tag covers faithful reproductions of
    two-dimensional works only, and a photo of a bust or a coin is its photographer's own work
    (review 17 G2: an `artwork` row so titled was ok {{PD-Art}}; a batch's assumption is not
    taken for such a title: mapping._denied_by).

    A work's (not a building's: a museum's building is photographed from the street) title that
    says it stood inside an exhibition, a museum or a collection (TITLE_EXHIBITION,
    exhibition_inside_title_words: "Ausstellungsansicht, Museum Ludwig", "Exhibition view, Tate
    Modern"; not "Plastik vor dem Museum") contradicts the row's own depicted_setting
    outdoor_public: UrhG § 59(1) covers works "bleibend an öffentlichen Wegen, Straßen oder
    Plätzen", CDPA s. 62 works "permanently situated in a public place" (review 17 G9: such rows
    were ok {{FoP-Germany}}; the batch's assumption was already not taken)."""
    said = title_says(record.title)
    if said & TITLE_THREE_D and record.photo_kind == "faithful_reproduction":
        record.conflicts.append("the title names a three-dimensional object (a bust, a vase, a coin), but photo_kind "
                                "is faithful_reproduction, which only a two-dimensional work can be")
    elif (said & TITLE_FLAT and record.depicted_type == "artwork"
          and record.photo_kind == "faithful_reproduction"):
        # The generic artwork (konstverk, Kunstwerk) whose title names a flat work ("Stilleben,
        # kanna", "Still life with a jug", "Oil on canvas") is that painting: the one thing that
        # lets a faithful reproduction of an `artwork` be read as of a two-dimensional work
        # (rules/photo.yaml; Commons:When to use the PD-Art tag, review 19 G2). Only beside
        # faithful_reproduction, the one question flatness decides.
        record.depicted_type = "painting"
    categories = vocab.depicted_types.get(record.depicted_type or "", ())
    if not categories or not said:
        return
    if said & TITLE_TEMPORARY and record.depicted_permanent is _YES:
        record.depicted_conflicts.append(
            "the title says the work is shown for a time only, but depicted_permanent is yes")
    building = "building" in categories
    # Only where the row leaves the work's permanence open or says yes: a work the row says was
    # not there for good is no freedom of panorama's wherever it stood (RC-GB-9, Henry Moore at
    # the Kew Gardens exhibition: not_ok, as Commons decided, not a question).
    if (said & TITLE_EXHIBITION and not building and record.depicted_setting == "outdoor_public"
            and record.depicted_permanent is not _NO):
        record.depicted_conflicts.append("the title says the work was photographed in a museum, an exhibition or a "
                                         "collection, but depicted_setting is outdoor_public")
    # A work named that may be on the outside wall (a relief, a mosaic, a mural) makes an empty
    # setting an interior's, not outdoor_public a contradiction: only one seen from inside does.
    works = building and bool(said & (TITLE_WORKS if record.depicted_setting is None else TITLE_WORKS_SEEN_INSIDE))
    if building and record.depicted_setting == "private" and said & TITLE_WORKS:
        # A private place is no interior question (_inside_question), but a work of its own in or
        # on the building (a window, an altarpiece, a fresco) is no part of the architecture a
        # freedom of panorama for buildings in every setting covers (Template:FoP-Finland: art
        # "may not be used commercially ... when the work of art is the central element";
        # Commons:Deletion requests, Comeniuskapel: "Nor does FOP cover 2D artwork ... stained
        # glass windows"). Review 29g F1: "Kappeli, lasimaalaus" on private ground was ok.
        record.depicted_conflicts.append("the title names a work of its own in or on the building (a window, an "
                                         "altarpiece, a fresco), which a freedom of panorama for buildings does "
                                         "not cover, and depicted_setting is private")
        return
    if not (said & TITLE_INTERIOR or works) or not interior_title_read(record, categories):
        return
    if works and record.shows_works_inside is _NO:
        record.depicted_conflicts.append("the title names a work of its own shown inside the building, "
                                         "but shows_works_inside is no")
    if record.depicted_setting is None:
        record.depicted_setting = "indoor"
    else:
        said_text = ("the title says the photo shows the inside of the building" if building
                     else "the title says the work is inside a building")
        record.depicted_conflicts.append(said_text + ", but depicted_setting is outdoor_public")


def title_says(title: str | None) -> int:
    """What a title (the record's, `_text` of the row's cell) says of what the photo shows:
    TITLE_INTERIOR, TITLE_WORKS, TITLE_TEMPORARY, TITLE_WORKS_SEEN_INSIDE and TITLE_THREE_D's bits, read in NFC and
    lower case (the
    whole-row cache keys on this answer: title_cell_words)."""
    if not title:
        return 0
    return _says_low(lower(plain_words(title)))


def _says_low(low: str) -> int:
    """title_says of a title already in NFC and lower case."""
    return _said_low(low)[0]


# The last title _said_low read and its answer: a row's title is read twice, for the whole-row
# cache's key (title_cell_words) and then by the record (_interior_by_title), as the same
# text; the second reading is this one entry's (every answer is the text's alone).
_SAID_LAST: Final[dict[str, tuple[int, re.Match[str] | None]]] = {}


def _said_low(low: str) -> tuple[int, re.Match[str] | None]:
    """title_says's bits of a title already in NFC and lower case, and the first word that
    names a work in it (_work_pattern), or None (_SAID_LAST: the last title's kept)."""
    found = _SAID_LAST.get(low)
    if found is None:
        found = _said_anew(low)
        _SAID_LAST.clear()
        _SAID_LAST[low] = found
    return found


def _said_anew(low: str) -> tuple[int, re.Match[str] | None]:
    """_said_low's reading itself. The works words are looked for only where one of the
    larger list's is found (most titles hold none: one search, ~2 us)."""
    work = _work_pattern().search(low)
    said = TITLE_INTERIOR if _interior_low(low) else 0
    if work is not None and _title_says_pattern("works_inside").search(low) is not None:
        said |= TITLE_WORKS
    if _title_says_pattern("temporary").search(low) is not None:
        said |= TITLE_TEMPORARY
    if said & TITLE_WORKS and _title_says_pattern("works_seen_inside").search(low) is not None:
        said |= TITLE_WORKS_SEEN_INSIDE
    if (work is not None and _title_says_pattern("three_d").search(low) is not None) or _names_object(low):
        said |= TITLE_THREE_D
    if _title_says_pattern("exhibition_inside").search(low) is not None:
        said |= TITLE_EXHIBITION
    if _title_says_pattern("flat_work").search(low) is not None:
        said |= TITLE_FLAT
    return said, work


def _names_object(low: str) -> bool:
    """Whether a title already in NFC and lower case names a museum's three-dimensional object
    (rules/vocabulary.yaml object_title_words and _stems: "Kalk, silver", "Ljusstake i mässing",
    "Longcase clock", "Hjälm", "Brosche", "Puppe"; review 18 G5: each, typed faithful_reproduction,
    was ok {{PD-Art}}), as the object the photo shows: not where the title names a flat work
    (flat_work_title_words: "Stilleben, kanna", "Gemälde: Krone und Zepter") nor where the object
    comes only after a word such as "with" (object_held_title_words: "Still life with a jug",
    "Portrait of a man with a sword", what a painted figure holds or a painted table bears). Read
    for TITLE_THREE_D, which only photo_kind faithful_reproduction asks of: an everyday object is
    no work a batch's depicted_type none is denied by (_work_pattern leaves these lists out)."""
    found = _title_says_pattern("object").search(low)
    if found is None or _title_says_pattern("flat_work").search(low) is not None:
        return False
    held = _OBJECT_HELD[0] if _OBJECT_HELD else _object_held()
    # An object named before any "with" is the one shown ("Bowl with lid", "Skål med lock").
    return held.search(low, 0, found.start()) is None


_OBJECT_HELD: list[TitleWords] = []


def _object_held() -> TitleWords:
    """rules/vocabulary.yaml object_held_title_words, whole words (_names_object)."""
    _OBJECT_HELD.append(title_words_pattern(vocabulary().object_held_title_words, ()))
    return _OBJECT_HELD[0]


_WORK_WORDS: list[TitleWords] = []


def _work_pattern() -> TitleWords:
    """A title's words that name a work shown (rules/vocabulary.yaml works_inside_title_words
    and three_d_title_words, with their stems): a work of its own in a building, a sculpture, a
    statue, a bust, a vase (_title_beside_cells; mapping._denied_by for a batch's depicted_type)."""
    if not _WORK_WORDS:
        v = vocabulary()
        _WORK_WORDS.append(title_words_pattern((*v.works_inside_title_words, *v.three_d_title_words),
                                                (*v.works_inside_title_stems, *v.three_d_title_stems)))
    return _WORK_WORDS[0]


# The signs that end a part of a title: a maker's name runs to the next of them (_maker_phrase).
_PART_END: Final = datacache.pattern(r"[,;()\[\]/|\u2013\u2014]|\s-\s")


def _as_written(plain: str, low: str, found: re.Match[str], phrase: bool = False) -> str:
    """The title's word a match lies in, from the letter before it to the letter after it
    (a stem's whole word: "Glasfenster", "Richter-Fenster"), or with `phrase` to the end of
    its part of the title ("by Paul Landowski", "sculpteur : Paul Landowski"); as the title
    writes it where lower case kept its length (it nearly always does), else in lower case."""
    start, end = found.start(), found.end()
    while start > 0 and low[start - 1].isalnum():
        start -= 1
    if phrase:
        stop = _PART_END.search(low, end)
        end = stop.start() if stop is not None else len(low)
    while end < len(low) and low[end].isalnum():
        end += 1
    text = plain if len(plain) == len(low) else low
    return " ".join(text[start:end].split())[:80]


def title_work_word(title: str | None) -> str:
    """The word of a title (the record's, `_text` of the row's cell) that names a work shown
    (_work_pattern), as the title writes it; "" where none does. The whole-row cache keys on
    this answer (title_cell_words' third value)."""
    if not title:
        return ""
    plain = plain_words(title)
    low = lower(plain)
    found = _work_pattern().search(low)
    return _as_written(plain, low, found) if found is not None else ""


# The title's words that name a work of its own beside a row's own depicted_type: with no
# category (none, landscape), a statue, a monument, a memorial or a mural as well as the works
# _work_pattern names; a building, a statue, a memorial or a mural (a monument word beside a
# building is a listed building's). The lists a batch's assumed depicted_type is checked against
# (mapping._denied_by) but the building's and a maker's name: a town view typed landscape shows
# its churches, and a name in brackets may be the photographer's (review 22b G1, G2).
_NOTHING_DENIED: list[TitleWords] = []
_BUILDING_DENIED: list[TitleWords] = []


def _denied_pattern(kept: list[TitleWords], lists: tuple[str, ...]) -> TitleWords:
    if not kept:
        v = vocabulary()
        kept.append(title_words_pattern(tuple(w for n in lists for w in getattr(v, n + "_title_words")),
                                        tuple(w for n in lists for w in getattr(v, n + "_title_stems"))))
    return kept[0]


def _memorial_word(plain: str) -> str:
    """The memorial word of a title that names a memorial to a person (title_names_memorial_to_person:
    "Памятник Пушкину"), as written; "" where none does."""
    for found in _memorial_pattern().finditer(plain):
        if found.group(1).isupper():
            return plain[found.start():found.start(1)].strip()
    return ""


def _type_words(plain: str, low: str, said: int, work: re.Match[str] | None) -> tuple[str, str]:
    """title_type_words of a title already read (plain_words), in lower case (`low`), with
    _said_low's answer for it."""
    if work is None:
        found = _denied_pattern(_NOTHING_DENIED, ("statue", "monument", "artwork", "building_art")).search(low)
        if found is None:
            # Nor a building's: its lists are among these, and every memorial word is a
            # monument's or a statue's (tests/test_rules_title_contradicts_cell.py), so most
            # titles are searched once.
            return "", ""
        nothing = _as_written(plain, low, found)
    else:
        nothing = _as_written(plain, low, work)
    found = _denied_pattern(_BUILDING_DENIED, ("statue", "artwork", "building_art")).search(low)
    building = _as_written(plain, low, found) if found is not None else _memorial_word(plain)
    return nothing, building


def _inside_question(said: int, setting: str | None) -> bool:
    """Whether a building's title names what _interior_by_title reads: its inside, or works of
    its own inside it (an altarpiece, frescoes) where the setting is empty or not outdoor_public,
    or those seen from inside only (stained glass) beside outdoor_public. A mural on its outside
    wall beside outdoor_public is the type's contradiction (review 18 G17, review 22b G2)."""
    if said & TITLE_INTERIOR:
        return True
    if not said & TITLE_WORKS:
        return False
    # A private place is no interior: a sculpture in a villa's garden, a relief on its facade is
    # the type's contradiction there too, not a question shows_works_inside answers (review 28k
    # F1: such rows were ok where the building's freedom of panorama covers every setting).
    return setting not in ("outdoor_public", "private") or bool(said & TITLE_WORKS_SEEN_INSIDE)


def _three_d_word(word: str, title: str | None) -> bool:
    """Whether a title's word (title_type_words') names a three-dimensional work: a statue's
    (statue_title_words, three_d_title_words) or a memorial to a person's."""
    low = lower(word)
    return (_title_says_pattern("statue").search(low) is not None
            or _title_says_pattern("three_d").search(low) is not None
            or (title is not None and word == _memorial_word(plain_words(title))))


def title_type_words(title: str | None) -> tuple[str, str]:
    """The words of a title (the record's) that name a work its row's own depicted_type denies
    (_title_beside_cells): the first beside a type with no category (none, landscape), the
    second beside a building; "" where none does. The whole-row cache keys on this answer
    (title_cell_words' third and fourth values)."""
    if not title:
        return "", ""
    plain = plain_words(title)
    low = lower(plain)
    said, work = _said_low(low)
    return _type_words(plain, low, said, work)


def title_maker_phrase(title: str | None) -> str:
    """The part of a title (the record's) that names the depicted work's maker
    (rules/vocabulary.yaml maker_title_words: "Statue by Paul Landowski" -> "by Paul Landowski",
    "(sculpteur : Paul Landowski)"), as the title writes it; "" where none does."""
    if not title:
        return ""
    plain = plain_words(title)
    low = lower(plain)
    found = _title_says_pattern("maker").search(low)
    return _as_written(plain, low, found, True) if found is not None else ""


_MAKER_NAME: Final[list[re.Pattern[str]]] = []
# The marks inside a name's word that are no letters ("Jean-Baptiste", "d'Arc", "Ch."): taken
# off before the word is asked to be letters.
_NAME_MARKS: Final = str.maketrans("", "", "-'\u2019.")


def title_maker_name(title: str | None) -> str:
    """The part of a title (the record's) that names a person after "de" or "di" alone
    (rules/vocabulary.yaml maker_title_particles: "Monument aux morts de Paul Landowski,
    Clamart" -> "de Paul Landowski"), the depicted work's maker or the person it shows; "" where
    none does. A name is two or more words of a capital and letters after it (a hyphen, an
    apostrophe and a dot inside: "Jean-Baptiste Carpeaux", "Ch. Cordier"), up to a word that is not
    one or the end of the title's part (a comma, a bracket, a dash): the first not one of
    maker_name_not_words ("Statue de la Liberté", "Basilica di San Pietro") nor a listed place
    (vocabularies/persons.yaml places: "Gare de Lyon"), and a listed place ends it ("Fontaine de
    Trevi Roma": one word, no name). Case is read as written: "Monument Aux Morts De Clamart" has
    no "de" in lower case, and a title in capitals names no one so."""
    if not title:
        return ""
    v = vocabulary()
    if not v.maker_title_particles:
        return ""
    if not _MAKER_NAME:
        glued = [re.escape(p) for p in v.maker_title_particles if p.endswith(("'", "\u2019"))]
        spaced = [re.escape(p) for p in v.maker_title_particles if not p.endswith(("'", "\u2019"))]
        alternatives = [f"(?:{'|'.join(spaced)})\\s+"] if spaced else []
        alternatives += [f"(?:{'|'.join(glued)})"] if glued else []
        _MAKER_NAME.append(datacache.pattern(f"(?<![^\\W_])(?:{'|'.join(alternatives)})(?=[^\\W\\d_])"))
    plain = plain_words(title)
    if not any(p in plain for p in v.maker_title_particles):
        return ""
    places = _joins().places
    for found in _MAKER_NAME[0].finditer(plain):
        stop = _PART_END.search(plain, found.end())
        words = plain[found.end():stop.start() if stop is not None else len(plain)].split()
        name: list[str] = []
        for w in words:
            low = lower(w)
            if not (w[0].isupper() and w.translate(_NAME_MARKS).isalpha()):
                break
            if low in places or (not name and (low in v.maker_name_not_words
                                               or low.split("-")[0] in v.maker_name_not_words)):
                break
            name.append(w)
        if len(name) >= 2:
            return (plain[found.start():found.end()].strip() + ("" if plain[found.end() - 1] in "'\u2019" else " ")
                    + " ".join(name))[:80]
    return ""


# The signs a catalogue sets between a work's title and its maker's name ("Paul Landowski:
# Statue", "Statue - Paul Landowski"): a colon followed by a space, a dash (title_name_part).
_NAME_SIDE: Final = datacache.pattern(r"\s?[:\uff1a]\s|[\u2013\u2014]|\s-\s")
# The signs that end a part of a title, a colon among them (title_name_part).
_NAME_PART_END: Final = datacache.pattern(r"[,;()\[\]/|\u2013\u2014]|\s-\s|\s?[:\uff1a]\s")


def _name_shaped(word: str) -> bool:
    """Whether a word is shaped as a given name's or a surname's is written: a capital and
    small letters after it ("Paul", "Jean-Baptiste"), or an initial ("J.", "Ch.").
    Not a word in capitals ("XII" of "Karl XII:s staty", a Roman numeral; "UNESCO")."""
    letters = word.translate(_NAME_MARKS)
    if not (letters.isalpha() and word[0].isupper()):
        return False
    return (len(letters) <= 2 and word.endswith(".")) or not letters.isupper()


def title_name_part(title: str | None) -> str:
    """A part of a title (the record's) that is a person's name alone beside a colon or a dash,
    or in brackets, as catalogues write a work's maker before or after its title ("Paul Landowski:
    Statue", "Statue: Paul Landowski, 1920", "Statue - Paul Landowski", "Cité radieuse, Marseille
    (Le Corbusier)"); "" where none is. A name is two to four words shaped as names are
    (_name_shaped: "Karl XII:s staty" is none), a surname's particle with a capital first or not
    (vocabularies/persons.yaml particles: "Le Corbusier", "Van Gogh"), none of its other words one
    of maker_name_not_words ("Notre-Dame", "Villa") nor a listed place; the part not a listed place
    ("Buenos Aires: Obelisco"; "Paris: Statue" is one word), nor naming a work ("Bronze Statue -
    Paris") or a building ("La Cathédrale"), nor the photo's credit after its word ("Foto: Anna
    Berg": persons.yaml object_words, credit_marks, roles). Such a name may be the maker or the
    person the work shows ("Gustav Vasa - staty"), and a German place's name is written as a
    name is ("Kölner Dom: Statue"): the contradiction says so, and the row goes to a person. Read
    beside depicted_anonymous yes (the row's, or a batch's) and a batch's depicted_type none or
    landscape (mapping._denied_by)."""
    if not title:
        return ""
    plain = plain_words(title)
    sides = list(_NAME_SIDE.finditer(plain))
    if not sides and "(" not in plain and "[" not in plain:
        return ""
    v = vocabulary()
    places = _joins().places
    starts = [0, *(m.end() for m in _NAME_PART_END.finditer(plain))]
    joins = _joins()
    particles = joins.particles
    before = ""
    for start in starts:
        stop = _NAME_PART_END.search(plain, start)
        end = stop.start() if stop is not None else len(plain)
        credit, before = before, lower(plain[start:end].strip()).rstrip(".")
        if credit and (credit in joins.object_words or credit in joins.credit_marks or credit in joins.roles
                       or credit + "." in joins.credit_marks):
            continue  # the photo's credit ("Foto: Anna Berg", "Photographer - Anna Berg")
        bracketed = 0 < start <= end < len(plain) and plain[start - 1] + plain[end] in ("()", "[]")
        if not (bracketed or any(m.start() == end or m.end() == start for m in sides)):
            continue  # a part beside a comma only ("Gamla Stan, Stockholm")
        part = plain[start:end].strip()
        words = part.split()
        low = lower(part)
        # A surname's particle may begin it, written with a capital ("Le Corbusier", "Van Gogh")
        rest = words[1:] if words and lower(words[0]) in particles else words
        if (2 <= len(words) <= 4 and all(_name_shaped(w) for w in words) and low not in places
                and not any(lower(w) in places for w in words)
                and not any(lower(w) in v.maker_name_not_words
                            or lower(w).split("-")[0] in v.maker_name_not_words for w in rest)
                and _work_pattern().search(low) is None and _title_says_pattern("building").search(low) is None):
            return part[:80]
    return ""


_MEMORIAL_PERSON: Final[list[re.Pattern[str]]] = []


def title_names_memorial_to_person(title: str | None) -> bool:
    """Whether a title (the record's) names a memorial to a person: one of rules/vocabulary.yaml
    memorial_person_title_words followed by a word that begins with a capital, the person
    honoured ("Памятник Пушкину", "Pomnik Adama Mickiewicza", "Monumento a Garibaldi"); a
    statue's title, not a listed building's ("памятник архитектуры": lower case after it).
    Read where statue_title_words are (title_cell_says "statue": a batch's building, none or
    landscape does not fill such a row; review 18 G1 Nb26)."""
    if not title:
        return False
    return any(m.group(1).isupper() for m in _memorial_pattern().finditer(plain_words(title)))


def _memorial_pattern() -> re.Pattern[str]:
    if not _MEMORIAL_PERSON:
        words = sorted(vocabulary().memorial_person_title_words, key=len, reverse=True)
        _MEMORIAL_PERSON.append(datacache.pattern(
            "(?<![^\\W_])(?:" + "|".join(re.escape(w).replace("\\ ", "\\s+") for w in words)
            + ")\\s+(\\w)" if words else "(?!)", re.IGNORECASE))
    return _MEMORIAL_PERSON[0]


_MAKER_SEEN: Final[dict[str, str]] = {}


def title_cell_maker(raw: str | None) -> str:
    """title_maker_phrase of a row's title cell as the record reads it; "" for a title it
    cannot read. The whole-row cache keys on this where the row's depicted_anonymous cell is
    not empty (assessor._row_key): only beside that cell's yes does the record read it
    (_title_beside_cells), so the other rows' titles are not searched for it."""
    if not raw:
        return ""
    found = _MAKER_SEEN.get(raw)
    if found is None:
        value, error = read_text("title", raw)
        found = (title_maker_phrase(value) or title_maker_name(value) or title_name_part(value)
                 if error is None else "")
        if len(_MAKER_SEEN) >= _TITLE_LIMIT:
            _MAKER_SEEN.clear()
        _MAKER_SEEN[raw] = found
    return found


def title_says_interior(title: str | None) -> bool:
    """Whether a title (the record's, `_text` of the row's cell) says the photo shows a
    building's inside ("Kyrka interiör", "Interior of Uppsala Cathedral", "Kölner Dom
    Innenansicht": rules/vocabulary.yaml interior_title_words, whole words, and
    interior_title_stems, inside a word too; review 14 E2). Read in NFC and lower case: the
    whole-row cache keys on this answer (assessor._row_key, title_cell_words), the same for a
    cell as written and as read."""
    if not title:
        return False
    return _interior_low(lower(plain_words(title)))


def _interior_low(low: str) -> bool:
    """title_says_interior of a title already in NFC and lower case. The patterns are searched
    only where some entry's first three characters stand in the title (wordtrie.Beginnings):
    a match spells out its entry, so a title without any of their beginnings has none. The
    pattern's search tries ~20 branches at almost every character (~11k instructions a title
    of 25); the test rules out most titles (generated realistic ones: four in five)."""
    if not _INTERIOR_WORDS:
        v = vocabulary()
        # Every list's entries: the words and stems, and the final words (an entry of two
        # characters, Japanese 内部, Korean 내부: review 18 G11 I23, looked for whole).
        _INTERIOR_BEGINNINGS.append(Beginnings((*v.interior_title_words, *v.interior_title_stems,
                                                *v.interior_title_final_words)))
        _INTERIOR_WORDS.append(title_words_pattern(v.interior_title_words, v.interior_title_stems).pattern)
        # A noun for the inside that is also an adjective ("Kyrkans inre", the church's inside;
        # "Inre hamnen", the inner harbour): the inside only where no word follows it in its
        # part of the title (rules/vocabulary.yaml interior_title_final_words). None: never.
        finals = v.interior_title_final_words
        _INTERIOR_WORDS.append(datacache.pattern(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in finals)
                                          + r")(?=\s*(?:$|[,.;:()\[\]/\u2013\u2014-]))") if finals
                               else datacache.pattern(r"(?!)"))
    if not _INTERIOR_BEGINNINGS[0].stand_in(low):
        return False
    if _INTERIOR_WORDS[0].search(low) is not None:
        return True
    return _INTERIOR_WORDS[1].search(low) is not None


# The interior lists' beginnings, together (_interior_low).
_INTERIOR_BEGINNINGS: Final[list[Beginnings]] = []


_TITLE_SAYS: dict[str, TitleWords] = {}


def _title_says_pattern(what: str) -> TitleWords:
    """rules/vocabulary.yaml's `{what}_title_words` (whole words) and `_stems` (inside a word too)."""
    pattern = _TITLE_SAYS.get(what)
    if pattern is None:
        v = vocabulary()
        pattern = _TITLE_SAYS[what] = title_words_pattern(getattr(v, what + "_title_words"),
                                                           getattr(v, what + "_title_stems"))
    return pattern


def title_cell_says(cells: Mapping[str, str], what: str) -> bool:
    """Whether a row's title cell, as the record reads it, holds one of rules/vocabulary.yaml's
    `{what}_title_words` (whole words) or `_stems` (inside a word too): "works_inside" (a work
    of its own shown inside: altartavla, mosaik, Deckenfresko), "temporary" (tillfällig,
    temporär, temporary), and the other lists a batch-wide assumption is checked against
    (mapping.py). Read only where a batch-wide assumption would fill a cell such a title
    contradicts (mapping.Mapping.prepare; review 15 F10), never in a row's cache key."""
    raw = cells.get("title")
    if not raw:
        return False
    value, error = read_text("title", raw)
    if error is not None or value is None:
        return False
    if what == "maker" and (title_maker_name(value) or title_name_part(value)):
        return True  # a person named after "de" or "di", or beside a colon or a dash
    if what == "statue" and title_names_memorial_to_person(value):
        return True  # "Памятник Пушкину": a memorial to a person
    if what == "maker_name":
        # A person named as catalogues name a maker ("Cité radieuse, Marseille (Le Corbusier)"),
        # not the row's own photographer ("Stortorget (Anna Berg)" beside Anna Berg)
        after_de = title_maker_name(value)
        name = after_de.partition(" ")[2] if after_de else title_name_part(value)
        return bool(name) and not set(_name_words(name)) <= set(_name_words(cells.get("photographer") or ""))
    return _title_says_pattern(what).search(lower(plain_words(value))) is not None


_PLACES: list[tuple[re.Pattern[str], dict[str, frozenset[str]]]] = []
def title_cell_places_elsewhere(cells: Mapping[str, str], country: str) -> bool:
    """Whether a row's title cell, as the record reads it, names a listed place
    (vocabularies/persons.yaml places: every law file's capital and the chief cities of the
    export languages' countries) of another country than `country` (a country cell's word:
    "SE", "Sverige") and of that one not: "Louvrepyramiden, Paris" beside a batch's
    depicted_country SE (review 16 G15: ok {{FoP-Sweden}} for a building in France, which has
    no freedom of panorama). Whole words. Read only where a batch-wide depicted_country would
    fill the row's empty cell (mapping.Mapping.prepare), never in a row's cache key."""
    raw = cells.get("title")
    if not raw:
        return False
    value, error = read_text("title", raw)
    if error is not None or not value:
        return False
    try:
        code = to_alpha2(country.strip())
    except CountryError:
        return False
    if not _PLACES:
        from copyright_check.vocabularies import person_joins  # only where a batch assumes a country

        by: dict[str, set[str]] = {}
        skip = vocabulary().title_places_not_read
        for place, listed in person_joins().place_countries:
            if place not in skip:
                by.setdefault(place, set()).add(listed)
        names = sorted(by, key=len, reverse=True)
        pattern = datacache.pattern("(?<![^\\W_])(?:" + "|".join(re.escape(n) for n in names) + ")(?![^\\W_])"
                             if names else "(?!)")
        _PLACES.append((pattern, {n: frozenset(c) for n, c in by.items()}))
    pattern, by_place = _PLACES[0]
    found = [by_place[m[0]] for m in pattern.finditer(word(value))]
    return bool(found) and all(code not in codes for codes in found)


def holder_unreadable(errors: list[RowError]) -> bool:
    """Whether the record's rights_holder cell could not be read (its own error: too long, a
    NUL byte, or the reader's: bytes not in the file's encoding, a spreadsheet error): it
    cannot show that the holder who released the photo is known."""
    return any(e.column == "rights_holder" for e in errors)


# Person cells already read beside a death year: (names several people, the death year the
# cell gives itself or 0, doubts the author, the birth year it gives alone or 0). A dict, as
# _UNKNOWN_SEEN: one lookup a row for every reading.
_PERSON_SEEN: Final[dict[str, tuple[bool, int, bool, int]]] = {}
_NAME_WORD: Final = datacache.pattern(r"[^\W\d_]{2,}")
# An initial, with its dot or without ("Riwkin A, Halldin O": the Vancouver style of a
# reference list, which writes no dots).
_INITIAL: Final = datacache.pattern(r"[^\W\d_]\.?")
# The spaces an export writes that are not a plain space: a no-break space (Word's and Excel's
# autocorrect around a dash), the typographic spaces, the ideographic space. Read as a space
# where a sign is looked for (" - " between no-break spaces is the list's dash). Line breaks
# are signs of their own and stay.
_ODD_SPACES: Final = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                    "\u2008\u2009\u200a\u202f\u205f\u3000"})


def _person(cell: str) -> tuple[bool, int, bool, int]:
    """(names several people, the death year it gives itself or 0, doubts the attribution,
    the birth year it gives with no death or 0: _reads_birth_in_name)."""
    found = _PERSON_SEEN.get(cell)
    if found is None:
        found = recall(_PERSON_SEEN, cell)
        if found is None:
            # What the year readers' searches need, told once for both (_year_marks).
            marks = _year_marks(cell)
            found = (_reads_several(cell), _reads_death_in_name(cell, marks), _reads_doubtful(cell),
                     _reads_birth_in_name(cell, marks))
        remember(_PERSON_SEEN, cell, found)
    return found


# The last cell `word` read in this module and its words: a new person cell's readers each
# read its words (_reads_several, _reads_doubtful, _other_field, _reads_death_in_name), of the
# same str object, ~2k instructions each (compiled). The cell and its words as one tuple, put
# in by one store: a row's key is read outside the engine's lock (Assessor._assess_text_row),
# and two threads storing the cell and the words apart could leave one cell with the other's.
_WORDED: Final[list[tuple[str, str]]] = [("", "")]


def _word(cell: str) -> str:
    """`word(cell)`, read once for the same cell object asked again."""
    last = _WORDED[0]
    if last[0] is not cell:
        last = (cell, word(cell))
        _WORDED[0] = last
    return last[1]


def _spaced(tokens: list[str]) -> str:
    """A person cell's words without the brackets and punctuation around them, between single
    spaces and with one at each end, so a vocabulary word is found whole (" m.fl. ")."""
    return " " + " ".join(t.strip("()[],;:") for t in tokens) + " "


# The last cell _spaced_word read and its words so: _reads_several and _reads_doubtful each made
# them of a new person cell (~2.5k instructions, compiled). "" is spaced as "  ". One tuple, as
# _WORDED.
_SPACED: Final[list[tuple[str, str]]] = [("", "  ")]


def _spaced_word(cell: str) -> str:
    """`_spaced(_word(cell).split())`, made once for the same cell object asked again."""
    last = _SPACED[0]
    if last[0] is not cell:
        last = (cell, _spaced(_word(cell).split()))
        _SPACED[0] = last
    return last[1]


def _reads_doubtful(cell: str) -> bool:
    """"Anna Riwkin?", "possibly Anna Riwkin", "attr. Anna Riwkin": the words of
    vocabularies/persons.yaml `doubtful`, as whole words ("?" anywhere)."""
    joins = _joins()
    if _no_name(cell) or _other_field(cell):
        # "1948", "1873-1948", "ca. 1930", "??": no name at all; "SE", "CC BY 4.0", "byggnad":
        # another column's value (a shifted column, a wrong mapping), read here so that the
        # row's check finds it in the memo.
        return True
    if not _name_word(cell):  # "P", "A. B.": initials, a name all the same; nothing to doubt
        return False
    if _firm_by_prefix(cell) or _credit_sign(cell):
        return True
    if not joins.doubtful:
        return False
    spaced = _spaced_word(cell)
    # One pass for every word (PersonJoins.any_doubt), not a search and a string made for each;
    # none where no word of the cell can begin one (most names).
    quick = _quick(joins)
    return (_holds_word(spaced, quick.doubt_firsts, quick.doubt_endings, quick.ending_tails)
            and joins.any_doubt.search(spaced) is not None)


def _firm_by_prefix(cell: str) -> str:
    """The trade's word of a cell that is a firm's name by its form (vocabularies/persons.yaml
    firm_prefixes: "Photo Meurisse", "Foto Marburg": that word and one other, no colon), or ""."""
    words = cell.split()
    if len(words) != 2 or ":" in cell:
        return ""
    first = lower(words[0])
    return first if first in _joins().firm_prefixes else ""


def _credit_sign(cell: str) -> str:
    """The credit line's mark or the firm's seat by which a cell is a studio's or publisher's
    imprint, or "": a mark of vocabularies/persons.yaml credit_marks ("ND Phot.", "Cliché
    Nadar") beside one word or initials alone, with no given name or initial and surname left
    ("A. Blomberg phot." names a person); or a listed place ending the cell after one of the
    firms persons.yaml `imprints` lists alone ("Anderson Rome", "Brogi, Firenze"). A seat after
    any other one word is no sign ("Jack London", "Anna Stockholm": a person named after a
    city), nor an imprint's name without its seat ("James Anderson"). A print's or postcard's
    imprint names the firm that made or sold it, not its photographer, and a death year beside
    it is not surely the author's (Berne Convention art. 7(1): the term runs from the death of
    the author, a natural person). Read once a new person cell."""
    raw = _word(cell).split()
    if not 2 <= len(raw) <= 6:
        return ""
    joins = _joins()
    words = [t.strip("()[],;:") for t in raw]
    # Most cells hold no mark and begin with no listed firm: told by set lookups alone.
    if words[0] not in joins.imprints and joins.credit_marks.isdisjoint(words):
        return ""
    sign = next((w for w in words if w in joins.credit_marks), "")
    rest = [w for w in words if w and w not in joins.credit_marks]
    if not sign:
        return " ".join(rest) if rest[0] in joins.imprints and " ".join(rest[1:]) in joins.places else ""
    # The seat after the mark's name is no part of it ("Nadar phot. Paris").
    seat = next((n for n in (3, 2, 1) if len(rest) > n and " ".join(rest[-n:]) in joins.places), 0)
    names = [w for w in rest[:len(rest) - seat] if w not in joins.particles]
    return "" if len(names) >= 2 and any(_name_word(w.rstrip(".")) for w in names) else sign


# Scripts that write a person's whole name without a space ("张三", "山田太郎", "김철수"): Han,
# kana and Hangul. A cell of one such run is a full name, not one word of one (_one_word).
_UNSPACED_SCRIPT: Final = datacache.pattern("[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                                     "\uac00-\ud7af\uf900-\ufaff]")


def _one_word(cell: str) -> bool:
    """Whether a photographer cell is one word alone, of two letters or more, and nothing else
    ("Ericsson", "STF", "Swe", "Svenska", "Upphovsrättsfri", "Halldin"): a surname, a firm, an
    organisation's abbreviation, a place, a nationality or a rights status are written so alike,
    and a catalogue that knows whose death year it holds writes that person's name (given name
    or initial and surname). Beside a death or birth year such a cell identifies no natural
    person whose death the term runs from (Berne Convention art. 7(1); art. 7(3): a name that
    leaves doubt as to the author's identity gives no term from a death), so the year's cell
    gets the error (_person_beside_death, _several_beside_birth). Initials alone ("P",
    "A. B.") are read as before, and Chinese, Japanese and Korean names, written without a
    space, are full names. The photographer's cell only: a painter or sculptor known by one
    name ("Michelangelo", "Donatello") is how a depicted work's creator is catalogued, a
    photographer hardly ever."""
    if " " in cell:
        return False
    tokens = cell.split()
    if len(tokens) != 1:
        return False
    token = tokens[0].strip("()[],;:.\"'")
    return (len(token) >= 2 and all(ch.isalpha() or ch in "-'\u2019" for ch in token)
            and sum(ch.isalpha() for ch in token) >= 2 and _UNSPACED_SCRIPT.search(token) is None)


def _attribution(cell: str) -> str:
    """The attribution to a group or follower the cell makes ("Studio of Rembrandt":
    "studio of"; vocabularies/persons.yaml `attributions`), "" if none. Asked only of a cell
    that doubts its author (_reads_doubtful), on the way to its error."""
    spaced = _spaced_word(cell)
    return next((a for a in _joins().attributions if f" {a} " in spaced), "")


def _organisation(cell: str) -> str:
    """The word by which the cell names a studio, firm, publisher, collection or institution
    ("Atelier Nadar": "atelier"; "Upplandsmuseet"; vocabularies/persons.yaml `organisations`),
    "" if none. Asked only of a cell _reads_doubtful found, on the way to its error."""
    if (firm := _firm_by_prefix(cell)):
        return firm
    m = _joins().any_organisation.search(_spaced_word(cell))
    return next((g for g in m.groups() if g), "") if m else ""


# "ca. 1930", "c. 1930", "circa 1930": a date's words, which leave no name in a cell.
_CIRCA_WORDS: Final = ("ca", "c", "circa", "cirka", "omkr", "um", "vers", "approx")
_CIRCA: Final = datacache.pattern(r"\b(?:" + "|".join(_CIRCA_WORDS) + r")\b\.?", re.IGNORECASE)


_LETTER: Final = datacache.pattern(r"[^\W\d_]")


def _no_name(cell: str) -> bool:
    """A person cell with no letter once a date's "ca." is set aside ("1948", "1873-1948",
    "ca. 1930"): a number or a date, no one's name. (Initials, "A. B.", are a name.) So is a
    life date's word and its year alone ("d. 1948", "died 1948", "f. 1873": a death or birth
    year column shifted into the person's; vocabularies/dates.yaml died, born)."""
    named = False
    for token in cell.split():
        # A word of ASCII letters between spaces that is not one of _CIRCA's words is left by
        # its substitution (which takes whole words only), so a letter remains: a name. Most
        # new cells are told so without the two regex calls (~4k instructions each, compiled).
        if token.isascii() and token.isalpha() and lower(token) not in _CIRCA_WORDS:
            named = True
            break
    if not named and not _LETTER.search(_CIRCA.sub("", cell)):
        return True
    if not any(ch.isdigit() for ch in cell):
        return False  # no year: no life date either
    read = _word(cell).strip(" []()")
    beginnings = _life_beginnings()
    if not read.startswith(beginnings.get(read[:1], ())) and "" not in beginnings:
        # life_date's patterns match the cell as `word` reads it, stripped so, from its start,
        # where a died or born word begins it: without one ("Person 12"), neither matches,
        # told without their two calls (~20k instructions, compiled). The words are looked
        # for by their first character: startswith of all ~70 cost ~6k.
        return False
    from copyright_check.datewords import life_date  # (it imports the vocabularies, which import this module)

    return life_date("_death_year", cell) is not None or life_date("_birth_year", cell) is not None


# vocabularies/dates.yaml's died and born words by their first character, each a tuple for
# str.startswith (_no_name). Made once.
_LIFE_BEGINNINGS: Final[list[dict[str, tuple[str, ...]]]] = []


def _life_beginnings() -> dict[str, tuple[str, ...]]:
    if not _LIFE_BEGINNINGS:
        from copyright_check.vocabularies import date_words  # (they import this module)

        by: dict[str, list[str]] = {}
        for w in sorted({*date_words().died, *date_words().born}):
            by.setdefault(w[:1], []).append(w)  # (an empty word, which begins every cell, under "")
        _LIFE_BEGINNINGS.append({first: tuple(found) for first, found in by.items()})
    return _LIFE_BEGINNINGS[0]


_DIGIT: Final = datacache.pattern(r"\d")
# A date's digits and signs, set aside where a place is looked for in a cell ("Paris 1930").
_DATE_BITS: Final = datacache.pattern(r"[\d.\-\u2013/]*\d[\d.\-\u2013/]*|[()\[\]?]")
# "Q123456": a Wikidata item's id, as a linked-data export writes the person it links to.
_WIKIDATA_ID: Final = datacache.pattern(r"[Qq][1-9]\d*")
# The fields whose words (vocabularies/values.yaml, and the record vocabulary's own) a
# person cell is compared with, as a whole.
_WORD_FIELDS: Final = ("depicted_type", "photo_kind", "depicted_setting", "taken_from")
_CELL_WORDS: Final[list[Callable[[], CellWords]]] = []


def _other_field(cell: str) -> str:
    """The other column whose value a person cell's whole text is (a country's code or name,
    a licence, a depicted type, a kind of photo, a setting, a Wikidata id: "SE", "Sverige",
    "CC BY 4.0", "PDM", "byggnad", "Porträtt", "photographic_work", "Q123456"), or the place or
    object that another column names (vocabularies/persons.yaml places, unknown_places,
    object_words: "Stockholm", "Stockholm, Sverige", "okänd ort", "Fotografi"), "" if none.
    Only whole cells: "Jack London" stays a name. A country code only as a code is written,
    in capitals, so that "Li" stays a name."""
    value = cell.strip()
    if value.startswith(("Q", "q")) and _WIKIDATA_ID.fullmatch(value):
        return "a Wikidata item's id"
    if len(value) == 2 and value.isalpha() and (value.isupper() or value.islower()):
        try:
            to_alpha2(value)
            return "a country"
        except CountryError:
            pass
    # An alpha-3 code as codes are written, or an English name in any case: what the country
    # columns read ("SWE", "Sweden", "UNITED STATES"; review 13 D3).
    if ((len(value) == 3 and value.isalpha() and value.isupper()) or len(value) > 3) and lower(value) in iso_names():
        return "a country"
    if not _CELL_WORDS:
        from copyright_check.vocabularies import cell_words  # (it imports this module)

        _CELL_WORDS.append(cell_words)
    words = _CELL_WORDS[0]()
    key = _word(value)
    joins = _joins()
    if _unlisted(value, key, words, joins):
        return ""
    return _other_value(value, key, words, joins)


def _unlisted(value: str, key: str, words: CellWords, joins: PersonJoins) -> bool:
    """Whether an ASCII cell (`key`: as `word` reads it, in lower case with spaces collapsed, as
    names_a_licence reads it too) holds a word of letters that no value _other_value compares
    it with holds (_other_words: "person" of "Person 400"): then none is the whole cell, nor
    are the parts _place_and_subject and _may_be_places read, and of names_a_licence only a
    Creative Commons name ("cc …", "creative …") is read otherwise. Told by set lookups, without
    _other_value's ~20 lookups, searches and calls (~18k instructions a new cell, compiled)."""
    if not value.isascii() or key.startswith(("cc", "creative")):
        return False
    listed = _other_words(words, joins)
    return any(t.isalpha() and t not in listed for t in key.split())


def _other_value(value: str, key: str, words: CellWords, joins: PersonJoins) -> str:
    """_other_field of a cell past its codes (`key`: the cell as `word` reads it)."""
    if key in words.countries or value.upper() in vocabulary().country_aliases:
        return "a country"
    if key in joins.unknown_places:
        return "an unknown place"
    if key in joins.places:
        return "a place"
    if " " in key and _place_and_subject(key, joins, words):
        return "a place and what is shown there"
    if _may_be_places(key, joins, words.countries) and ("," in key or _DIGIT.search(key)):
        # "Stockholm, Sverige", "Paris 1930", "Göteborg, ca. 1925": a place with its country or
        # a date, as a place-and-date column writes it; each part a place or a country, once
        # the date is set aside (a part of "Oscar Halldin, Stockholm" is a name: no place).
        parts = [p for p in (" ".join(part.split()) for part in _DATE_BITS.sub(" ", _CIRCA.sub(" ", key)).split(","))
                 if p]
        if parts and all(p in joins.places or p in words.countries for p in parts):
            return "a place" if any(p in joins.places for p in parts) else "a country"
    if key.rstrip(".") in joins.object_words:
        return "a word for the object itself"
    if key in joins.column_words:
        return "another column's word or a placeholder"
    if names_a_licence(value) or key.rstrip(".") in words.licence_phrases:
        return "a licence"
    core = vocabulary()
    if len(key) > 1 and (key in core.yes_words or key in core.no_words or key in words.fields.get("anonymous", {})):
        return "a yes/no word"  # (a letter alone, "X", is an initial as much as a mark)
    named = key.replace(" ", "_").replace("-", "_")
    for field, own in _word_fields(core):
        if key in words.fields.get(field, {}) or named in own:
            return f"a {field} word"
    return ""


# Every word (lower case, between spaces) of the values _other_field compares a cell with after
# its codes: the countries' names and aliases, the places (and their genitive in -s), unknown
# places, object and column words, the licences' aliases and phrases, yes/no words, every
# field's words and the record vocabulary's own (their "_" and "-" as spaces), a date's "ca.".
# Made once for the vocabularies read (by identity).
_OTHER_WORDS: Final[list[tuple[CellWords, PersonJoins, Vocabulary, frozenset[str]]]] = []


def _other_words(words: CellWords, joins: PersonJoins) -> frozenset[str]:
    core = vocabulary()
    if (not _OTHER_WORDS or _OTHER_WORDS[0][0] is not words or _OTHER_WORDS[0][1] is not joins
            or _OTHER_WORDS[0][2] is not core):
        texts = [*words.countries, *core.country_aliases, *joins.unknown_places, *joins.places,
                 *(p + "s" for p in joins.places), *joins.object_words, *joins.column_words, *alias_words(),
                 *words.licence_phrases, *core.yes_words, *core.no_words,
                 *(w for field in words.fields.values() for w in field), *_CIRCA_WORDS,
                 *(o.replace("_", " ").replace("-", " ") for _, own in _word_fields(core) for o in own)]
        _OTHER_WORDS[:] = [(words, joins, core, frozenset(t for text in texts for t in lower(str(text)).split()))]
    return _OTHER_WORDS[0][3]


def _place_and_subject(key: str, joins: PersonJoins, words: CellWords) -> bool:
    """Whether a cell (as `word` reads it) is a place and a word for what is shown there, in
    either order ("Uppsala domkyrka", "Stockholms kyrka", "Kirche Berlin": a title's or subject
    column's value, shifted): a listed place (vocabularies/persons.yaml places, a Swedish,
    Danish or Norwegian genitive -s too) and the rest one word for the object or the depicted
    work (persons.yaml object_words, values.yaml depicted_type). "Anna Church" and "Paris
    Hilton" hold no such pair and stay names."""
    parts = key.split()
    if len(parts) > 4:
        return False
    types = words.fields.get("depicted_type", {})
    for i in range(1, len(parts)):
        head, tail = " ".join(parts[:i]), " ".join(parts[i:])
        for place, what in ((head, tail), (tail, head)):
            if ((place in joins.places or (place.endswith("s") and place[:-1] in joins.places))
                    and (what in joins.object_words or what in types)):
                return True
    return False


# _WORD_FIELDS with the record vocabulary's own words for each, made once for the vocabulary
# (a tuple of its depicted types and a zip were made for each new person cell).
_FIELD_WORDS: Final[list[tuple[Vocabulary, tuple[tuple[str, tuple[str, ...]], ...]]]] = []


def _word_fields(core: Vocabulary) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not _FIELD_WORDS or _FIELD_WORDS[0][0] is not core:
        own = (tuple(core.depicted_types), tuple(core.photo_kinds), tuple(core.settings), tuple(core.viewpoints))
        _FIELD_WORDS[:] = [(core, tuple(zip(_WORD_FIELDS, own, strict=True)))]
    return _FIELD_WORDS[0][1]


def names_several(cell: str) -> bool:
    """Whether a person cell names more than one person ("Oscar Halldin; Anna Riwkin",
    "Halldin, Oscar och Riwkin, Anna", a multi-valued field on two lines): the signs and
    words of vocabularies/persons.yaml. Read once per distinct cell."""
    return _person(cell)[0]


# vocabularies.person_joins, imported on the first cell read (vocabularies imports this
# module): an import statement in the function ran on every new person cell (~2.5k
# instructions each, compiled).
_PERSON_JOINS: Final[list[Callable[[], PersonJoins]]] = []


def _joins() -> PersonJoins:
    if not _PERSON_JOINS:
        from copyright_check.vocabularies import person_joins

        _PERSON_JOINS.append(person_joins)
    return _PERSON_JOINS[0]()


# Quick tests a new person cell is read with before a search: a search costs ~4.4k
# instructions even on a short cell (CPython 3.11, compiled), and a plain name ("Anna
# Svensson", "Person 12") matches almost none of them. Each test only says that a search
# cannot match, so every answer stays the search's (tests/test_person_quick_tests.py).
class _Quick:
    """What the quick tests read from the person vocabulary, made once for it."""

    def __init__(self, joins: PersonJoins) -> None:
        self.joins = joins
        # Whether every sign, and every sign joining two initials, holds a character that is
        # no letter, digit or space: then a cell of those alone holds none.
        self.plain_signless = all(any(not c.isalnum() and c != " " for c in sign)
                                  for sign in (*joins.signs, *joins.joined_initials_by))
        # The first word of each word any_other and any_doubt find between spaces, and of each
        # organisation's ending (found at a word's end): a cell with none of them matches neither.
        self.other_firsts = frozenset(o.split(" ")[0] for o in joins.others)
        self.doubt_firsts = frozenset(d.split(" ")[0] for d in (*joins.doubtful, *joins.organisations))
        self.doubt_endings = tuple(e.split(" ")[0] for e in joins.organisation_endings)
        # Their last two characters, where each has two or more: a word ending otherwise ends in
        # none of them, told by one lookup instead of a comparison with each (~30).
        self.ending_tails: frozenset[str] | None = (frozenset(e[-2:] for e in self.doubt_endings)
                                                    if all(len(e) >= 2 for e in self.doubt_endings) else None)
        # any_glued reads two Han or Hangul characters beside its join: none is below this one.
        from copyright_check.vocabularies import _HAN, _HANGUL

        self.glued_lowest = min(c for c in _HAN + _HANGUL if c != "-")


_QUICK: Final[list[_Quick]] = []


def _quick(joins: PersonJoins) -> _Quick:
    if not _QUICK or _QUICK[0].joins is not joins:
        _QUICK[:] = [_Quick(joins)]
    return _QUICK[0]


def _signless(low: str, quick: _Quick) -> bool:
    """Whether a cell (as _reads_several reads it) is of letters, digits and spaces alone, where
    no sign nor sign joining initials can stand (_Quick.plain_signless): most names, told
    without the searches for either."""
    return quick.plain_signless and low.replace(" ", "").isalnum()


def _holds_word(spaced: str, firsts: frozenset[str], endings: tuple[str, ...], tails: frozenset[str] | None) -> bool:
    """Whether a cell's words between single spaces (_spaced) hold one of `firsts` whole or one
    ending in one of `endings` (whose last two characters are among `tails`, if given): where
    not, a search for words found between spaces whose first words are `firsts` (and for a word
    ending in `endings`) cannot match. "?" and its full-width form, which any_doubt finds
    anywhere, count as found."""
    if "?" in spaced or "\uff1f" in spaced:
        return True
    return any(t in firsts or ((tails is None or t[-2:] in tails) and t.endswith(endings)) for t in spaced.split(" "))


def _name_word(text: str) -> bool:
    """Whether the text holds a word of two letters or more (_NAME_WORD), told without the
    search where a word between spaces is all letters ("Anna Svensson")."""
    for t in text.split():
        if len(t) >= 2 and t.isalpha():
            return True
    return _NAME_WORD.search(text) is not None


# The words of the places' and countries' names, and a date's "ca.": a cell whose every part
# is a place or a country once its date is set aside (_other_field) has no other word of ASCII
# letters. Made once for the vocabularies read (the pair, by identity).
_PLACE_WORDS: Final[list[tuple[PersonJoins, object, frozenset[str]]]] = []


def _may_be_places(key: str, joins: PersonJoins, countries: Collection[str]) -> bool:
    """False where a word of ASCII letters between spaces in `key` (a cell as `word` reads it)
    is no word of a place's or a country's name nor a date's "ca.": then no part of the cell is
    a place or a country once its date is set aside, told without the two substitutions and the
    search for a digit ("Person 12", "Pieter Tanaka 40"). (Neither substitution touches such a
    word: _CIRCA takes whole words, _DATE_BITS digits, signs and brackets.)"""
    if not _PLACE_WORDS or _PLACE_WORDS[0][0] is not joins or _PLACE_WORDS[0][1] is not countries:
        known = frozenset(w for name in (*joins.places, *countries) for w in name.split())
        _PLACE_WORDS[:] = [(joins, countries, known | frozenset(_CIRCA_WORDS))]
    known = _PLACE_WORDS[0][2]
    return not any(t.isascii() and t.isalpha() and t not in known for t in key.split())


def _middle_initials(cell: str) -> bool:
    """Whether the cell is a given name, middle initials and a surname ("Thomas U. Walter",
    "John E Smith", "George H. W. Bush"): each word between its first and its last a capital
    letter alone or with its dot, where the join words of one letter ("u.", "e", "y", "i", "o")
    stand between two names (review 25b: the Capitol's architect "Thomas U. Walter" was read as
    two persons). Not where a name of more words stands on either side ("Oscar Halldin E Anna
    Riwkin", "Paul U. Maria Halldin": Title Case joins, review 25e P4), nor in a cell of
    capitals alone, nor beside a firm's word ("Mayo Y Compañía")."""
    written = cell.split()
    if len(written) < 3 or cell.isupper():
        return False
    # A surname's particles before it ("Fritz U. von Opel", "Thomas U. Van Dyke": review 25f P7).
    particles = _joins().particles
    last = len(written) - 1
    while last > 2 and lower(written[last - 1]) in particles:
        last -= 1
    for word_ in written[1:last]:
        letter = word_[:-1] if word_.endswith(".") else word_
        if len(letter) != 1 or not letter.isupper():
            return False
    return not _organisation(cell)


def _reads_several(cell: str) -> bool:
    joins = _joins()
    low = lower(cell)
    if not low.isascii():
        low = low.translate(_ODD_SPACES)
    quick = _quick(joins)
    plain = _signless(low, quick)
    if not plain and joins.any_sign.search(low) is not None:  # most cells hold none: one pass, not one a sign
        for sign in joins.signs:
            # A sign between two names, each with a word of two letters or more: "n/a" or a
            # trailing ";" joins no one.
            if sign in low and sum(1 for piece in low.split(sign) if _name_word(piece)) >= 2:
                return True
    tokens = _word(cell).split()
    middle = [t.strip("()[]") for t in tokens[1:-1]]
    if any(t in joins.words for t in middle) and not _middle_initials(cell):  # standing between two names
        return True
    # Czech "a" between two full names ("Jan Novák a Petr Dvořák"; "Thomas a Kempis" is one)
    if joins.full_name_words and any(t in joins.full_name_words for t in middle) and any(
            t in joins.full_name_words and _words_of_name(" ".join(tokens[:i]), joins) >= 2
            and _words_of_name(" ".join(tokens[i + 1:]), joins) >= 2 for i, t in enumerate(middle, 1)):
        return True
    # "山田太郎と鈴木一郎", "김철수와 이영희": a join inside a run of characters; "A.&G. Perret":
    # two initials before one surname; "les Perret": a family (as written, in lower case)
    if (not low.isascii() and max(low) >= quick.glued_lowest and joins.any_glued.search(low) is not None) \
            or (not plain and joins.any_joined_initials.search(low) is not None) \
            or (len(tokens) > 1 and cell.split()[0] in joins.family_articles):
        return True
    if len(middle) > 1:  # a join of several words ("ainsi que"), in order between two names
        between = " " + " ".join(middle) + " "
        if any(" " in w and f" {w} " in between for w in joins.words):
            return True
    # "and others", as whole words: "Ragnar Östberg (m.fl.)"
    if joins.others and _holds_word(spaced := _spaced_word(cell), quick.other_firsts, (), None) \
            and joins.any_other.search(spaced) is not None:
        return True
    # Two names, each of two words or more, as two sentences: "Anna Riwkin. Oscar Halldin",
    # "Fotograf: Anna Riwkin. Retusch: Oscar Halldin" (an initial's dot, "A. Riwkin", leaves
    # a part of one word and joins no one).
    # A zero-width space pasted between two full names likewise ("Oscar\u200bHalldin", one
    # name with the mark inside it, stays one).
    for stop in (". ", "\u200b"):
        if stop in low and sum(1 for p in low.split(stop) if _words_of_name(p, joins) >= 2) >= 2:
            return True
    # A full name and "unknown" on either side of one comma ("Oscar Halldin, okänd",
    # "N.N., Oscar Halldin"): no one's surname-first name, but a named author and an unknown
    # one, as the same with ";" is; a joint work runs from the last author's death (Berne
    # art. 7bis), an unknown one's is unknown (review 12 C12). "Halldin, okänd" (a given
    # name unknown) stays one person.
    if low.count(",") == 1:
        first, second = low.split(",")
        for known, other in ((first, second), (second, first)):
            if _reads_unknown(other) and _words_of_name(known, joins) >= 2:
                return True
    if "," not in low:  # one part: neither several parts nor two names beside one comma
        return False
    # Parts between commas that hold a word ("1908-1970" or "d. 1970" after a comma is no
    # one's name).
    parts = [p for p in low.split(",") if _name_word(p)]
    if len(parts) > 2:
        return True
    # Two names in Hangul, Han or kana on either side of one comma ("김철수, 이영희", "山田太郎,
    # 鈴木一郎"): these scripts write a name without a comma between surname and given name,
    # so each side of two characters or more is a name of its own (review 13 D7).
    if len(parts) == 2 and all(_EAST_ASIAN_NAME.fullmatch(p.strip()) for p in parts):
        return True
    # One comma: "Halldin, Oscar" (surname first) or "Oscar Halldin, Anna Riwkin" (two
    # people): two people when each side has two words or more, a surname's particles
    # ("van Gogh, Vincent") not counted, an initial counted ("A. Riwkin, O. Halldin" and
    # "Riwkin A., Halldin O." are two people; "Halldin, Oscar A." is one).
    return len(parts) == 2 and all(
        sum(1 for t in word(p).split()
            if t not in joins.particles and (_name_word(t) or _INITIAL.fullmatch(t))) >= 2 for p in parts)


# A name written wholly in Hangul, Han or kana, two characters or more.
_EAST_ASIAN_NAME: Final = datacache.pattern(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")


def _words_of_name(part: str, joins: PersonJoins) -> int:
    """The words of two letters or more in a part of a cell, a surname's particles not counted."""
    return sum(1 for t in part.split() if t not in joins.particles and _name_word(t))


T = TypeVar("T")


def normalise_header(name: str) -> str:
    """"Photographer death year", "photographer-death-year" and "PHOTOGRAPHER_DEATH_YEAR"
    all name the same column. (Remembered: a library caller passes the same ~20 keys per
    call.) Composed (NFC): a Mac or a web form writes "ö" as "o" and a combining diaeresis."""
    found = _HEADERS_SEEN.get(name)
    if found is None:
        found = recall(_HEADERS_SEEN, name) or _normalised(name)
        remember(_HEADERS_SEEN, name, found)
    return found


# A --map or profile target that says a column holds no record field (`--map 'Object
# origin=-'`): passed through unread and no look-alike of any field (reader.unread_fields),
# where its header's words would make it one (review 32a N2: a provenance column "Object
# origin" holding "Gift of ..." blocked every row, and no mapping could say it is not the
# field). Its cells are keyed by its name with NOT_READ_SUFFIX (mapping.Mapping.rename): two
# such columns keep a key each.
NOT_A_FIELD: Final = "-"
NOT_READ_SUFFIX: Final = " (not read)"


def header_words(normal: str) -> frozenset[str]:
    """The whole words of a normalised header ("country_of_origin_(object)": country, of,
    origin, object; "pays_d'origine_de_l'œuvre": pays, d, origine, de, l, œuvre;
    "artwork's_country": artwork, country), for a header named by a word of each of two lists
    (vocabularies/headers.yaml, header_pairs): a word inside another ("original") is none of
    them."""
    return frozenset(w for w in _HEADER_WORD.findall(_POSSESSIVE.sub("", normal)))


def name_words(name: str) -> frozenset[str]:
    """header_words of a header as written, its camelCase parts apart ("objectOriginCountry":
    object, origin, country), as a JSON key or an API's field names it."""
    return header_words(normalise_header(_CAMEL.sub(" ", name)))


_HEADER_WORD: Final = re.compile(r"[^\W_]+")
_POSSESSIVE: Final = re.compile(r"['’]s\b")
_CAMEL: Final = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def _normalised(name: str) -> str:
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)
    # A required field's mark or a label's colon around the name ("rights_holder*",
    # "Licence:", "* title") is no part of it (review 19 G5: such a column was read as nothing).
    cleaned = name.replace("\ufeff", "").strip()
    cleaned = cleaned.strip(_HEADER_MARKS).strip() or cleaned
    normal = "_".join(lower(cleaned).replace("-", " ").replace("_", " ").split())
    if normal not in _COLUMN_SET:
        # A field's own name written as one word ("rightsHolder", "takenFrom", "rightsholder",
        # "PhotographerDeathYear", as JSON exports and web forms name keys) is that field.
        normal = _SQUASHED_COLUMNS.get(normal.replace("_", ""), normal)
    return normal


_COLUMN_SET: Final = frozenset(COLUMNS)
_SQUASHED_COLUMNS: Final = {c.replace("_", ""): c for c in COLUMNS}
# The marks around a header that are not its name: a required field's asterisk, a label's colon.
_HEADER_MARKS: Final = "*:\uff1a"


def normalise_keys(row: Mapping[str, str | None], names: Sequence[str] | None = None) -> dict[str, str]:
    """`names`: each key's field, in the row's order, where the caller worked them out
    (libinput.field_names); else each key's normalise_header."""
    out: dict[str, str] = {}
    for i, (key, value) in enumerate(row.items()):
        if key is None:
            continue
        name = names[i] if names is not None else normalise_header(key)
        if name not in out or not out[name]:
            out[name] = value if isinstance(value, str) else ""
    return out


def read_text(column: str, raw: str | None) -> tuple[str | None, RowError | None]:
    """A text cell: its stripped value, or None (empty, or unreadable with the error)."""
    if raw is None:
        return None, None
    value = raw.strip()
    if not value:
        return None, None
    if len(value) > MAX_CELL:
        return None, RowError(column, f"cell is {len(value)} characters long; read as unknown")
    if "\x00" in value:
        return None, RowError(column, "cell holds a NUL byte; read as unknown")
    return value, None


def text_errors(cells: Mapping[str, str | None], columns: tuple[str, ...]) -> list[RowError]:
    """The errors record_from_row finds in these plain text columns, alone."""
    return [e for c in columns if (e := read_text(c, cells.get(c))[1]) is not None]


# A typed cell is a function of its column and its text alone (and the as-of year): dates,
# countries and yes/no words repeat from row to row, so each is read once (cellmemo.py
# bounds what is kept).
_NO_ERRORS: Final[tuple[RowError, ...]] = ()
_Typed = tuple[T, tuple[RowError, ...]]


def _checked(column: str, raw: str) -> tuple[str | None, tuple[RowError, ...]]:
    value, error = read_text(column, raw)
    if value is not None and not value.isascii():
        value = _visible(value)
    return value, (_NO_ERRORS if error is None else (error,))


def _visible(value: str) -> str | None:
    """A typed cell (a year, a country, a yes/no or vocabulary word) without the invisible
    format characters (Unicode category Cf) an export can carry: a right-to-left mark after
    "1948" in a Hebrew or Arabic export, a zero-width space or a soft hyphen pasted in from a
    web page. They say nothing about the value, and left in they made "1948\u200f" an
    unreadable date. (Names and titles keep them: they are shown as written.)"""
    if not any(unicodedata.category(ch) == "Cf" for ch in value):
        return value
    return "".join(ch for ch in value if unicodedata.category(ch) != "Cf").strip() or None


def _serial_hint(value: str) -> str:
    """A spreadsheet date that lost its format is a day number (7305 is 1920-01-01, day
    7305 of Excel's date system): the error says so, so the cell can be fixed at source.
    Below 3000 (day 3000 is in 1908) a number is likelier a mistyped year, and says nothing."""
    if not value.isdigit() or int(value) < 3000:
        return ""
    day = date(1899, 12, 30) + timedelta(days=int(value))
    return f" (a spreadsheet's date number? day {value} is {day.isoformat()})"


# A date as a spreadsheet writes a date cell into a CSV: ISO (with a time after it, as
# LibreOffice and pandas write one), or day, month and year with dots, slashes or dashes in
# either order (Excel's short date follows the system's locale).
_SHOWN_ISO: Final = datacache.pattern(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_SHOWN_DMY: Final = datacache.pattern(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
# The years a year typed into a date-formatted cell shows as: 1826 to 2027 are the days
# 1904-12-30 to 1905-07-19 of Excel's 1900 date system, 1909-01-01 to 1909-07-20 of the
# 1904 one (sources._EPOCHS, _year_as_date: the same slip in a spreadsheet's own cells).
_SERIAL_YEARS: Final = frozenset((1904, 1905, 1909))
_SERIAL_EPOCHS: Final = (date(1899, 12, 30), date(1904, 1, 1))


def _typed_year_note(column: str, value: str, as_of_year: int | None) -> str:
    """A per-row error for a CSV cell holding the full date a spreadsheet shows for a year
    typed into a date-formatted cell (1970 shows as 1905-05-23, and Excel, LibreOffice and
    Google Sheets all write the shown date into a CSV): a death in 1905 let a protected photo
    through, and a publication in 1905 freed one in the US (review 13 D0). "" otherwise. A
    real day of those months is written with the month's name, or the year alone."""
    days: list[date] = []
    if (iso := _SHOWN_ISO.fullmatch(value)) is not None:
        parts = [(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))]
    elif (dmy := _SHOWN_DMY.fullmatch(value)) is not None:
        a, b, year = int(dmy.group(1)), int(dmy.group(2)), int(dmy.group(3))
        parts = [(year, b, a), (year, a, b)]
    else:
        return ""
    for year, month, day in parts:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    last = (as_of_year if as_of_year is not None else date.today().year) + 1
    years = [str(n) for n in dict.fromkeys((shown - epoch).days for shown in days for epoch in _SERIAL_EPOCHS)
             if 1826 <= n <= last]
    if not years:
        return ""
    return (f"{value!r} is how a spreadsheet shows {' or '.join(years)} typed into a date-formatted cell: a year "
            "typed into a date column? Format the column as a number or text and type the year again; if the "
            "date is right, write it with the month's name (24 March 1905); read as unknown")


# vocabularies/dates.yaml's spreadsheet_empty, read once (vocabularies imports this module).
_EMPTY_DATES: list[frozenset[str]] = []


def _spreadsheet_empty() -> frozenset[str]:
    """The dates a spreadsheet writes for an empty date cell (Excel's "1900-01-00",
    LibreOffice's "1899-12-30", the Mac's "1904-01-01"): the cell said nothing, and read as a
    date it made a photo 126 years old (review 10 F11)."""
    if not _EMPTY_DATES:
        from copyright_check.vocabularies import date_words

        _EMPTY_DATES.append(date_words().spreadsheet_empty)
    return _EMPTY_DATES[0]


# Two plain years joined by a dash: in a death-year cell, a life span when far enough apart.
_LIFE_SPAN = datacache.pattern(r"\s*(\d{4})\s*[-\u2013\u2014]\s*(\d{4})\s*")
_DEATH_COLUMNS = ("photographer_death_year", "depicted_creator_death_year")


def _year_cell(column: str, raw: str, as_of_year: int | None) -> _Typed[YearRange | None]:
    value, errors = _checked(column, raw)
    if value is None:
        return None, errors
    if column in _DEATH_COLUMNS and (span := _LIFE_SPAN.fullmatch(value)) is not None:
        # "1850-1920" in a death-year column is the author's life (an authority file's dates
        # typed into the death column), not a death somewhere in those 70 years: read as a
        # death in 1920 where the first year is a plausible birth year, at least
        # lifespan.min_life_span and at most max_age years before the second (rules/
        # vocabulary.yaml). The latest year the death can be is the same either way; the
        # file page may then name it. Closer years ("1915-1920") stay the death's range.
        life = vocabulary().lifespan
        born, died = int(span.group(1)), int(span.group(2))
        if life.min_life_span and life.min_life_span <= died - born <= life.max_age:
            value = span.group(2)
    if len(value) >= 8 and lower(value) in _spreadsheet_empty():
        return None, (RowError(column, f"{value!r} is the date spreadsheets and databases write for an empty "
                               "date cell (day 0 of a date system, or a default); read as unknown"),)
    try:
        found = parse_years(value)
    except ValueError as exc:
        return None, (RowError(column, str(exc)),)
    if found is None:
        return None, _NO_ERRORS
    if found.lo == found.hi and found.lo in _SERIAL_YEARS and (note := _typed_year_note(column, value, as_of_year)):
        return None, (RowError(column, note),)
    if as_of_year is not None and found.lo > as_of_year:
        return None, (RowError(column, f"{found} is after the as-of year {as_of_year}{_serial_hint(value)}"),)
    bound = vocabulary().year_bounds.get(column)
    if bound is not None:
        # Plausible years for this column (rules/vocabulary.yaml, year_bounds): a range
        # reaching past a bound is cut at it; one wholly outside is an error.
        lo = found.lo if bound.lo is None else max(found.lo, bound.lo)
        hi = found.hi if bound.hi is None else min(found.hi, bound.hi)
        if lo > hi:
            return None, (RowError(column, f"{found} is not a plausible year here: {bound.reason}; "
                                   "read as unknown"),)
        if (lo, hi) != (found.lo, found.hi):
            found = YearRange(lo, hi)
    return found, _NO_ERRORS


def _tri_cell(column: str, raw: str) -> _Typed[Tri]:
    value, errors = _checked(column, raw)
    vocab = vocabulary()
    if value is None or lower(value) in vocab.unknown_words:
        return _UNKNOWN, errors
    if lower(value) in vocab.yes_words:
        return _YES, _NO_ERRORS
    if lower(value) in vocab.zero_words and column in vocab.no_frees_columns:
        return _UNKNOWN, (RowError(column, _zero_message(value)),)
    if lower(value) in vocab.no_words:
        return _NO, _NO_ERRORS
    return _UNKNOWN, (RowError(column, f"expected yes or no, got {value!r}"),)


def _zero_message(value: str) -> str:
    if not value[:1].isdigit():  # FALSE, FALSCH, FALSKT …: a boolean cell or a formula's
        return (f"{value!r} is also what a spreadsheet gives for an unticked box or a formula without an else, "
                "and here 'no' would free the work: write no (nej, nein, non …) if that is meant; read as unknown")
    return (f"{value!r} is also what a lookup formula or a database gives for an empty cell, and here "
            "'no' would free the work: write no (nej, nein, non …) if that is meant; read as unknown")


def _choice_cell(column: str, raw: str, allowed: tuple[str, ...]) -> _Typed[str | None]:
    value, errors = _checked(column, raw)
    if value is None or lower(value) in vocabulary().unknown_words:
        return None, errors
    key = lower(value).replace(" ", "_").replace("-", "_")
    if key in allowed:
        return key, _NO_ERRORS
    return None, (RowError(column, f"expected one of {', '.join(allowed)}, got {value!r}"),)


def photo_kind_of(raw: str) -> str | None:
    """The photo_kind a cell says, read as the assessment reads it (None: unknown or not a
    kind): for what is shown with an assessment, such as a file page's frame."""
    return _choice_cell("photo_kind", raw, vocabulary().photo_kinds)[0] if raw.strip() else None


def _country_cell(column: str, raw: str) -> _Typed[str | None]:
    value, errors = _checked(column, raw)
    if value is None or lower(value) in vocabulary().unknown_words:
        return None, errors
    try:
        return to_alpha2(value), _NO_ERRORS
    except CountryError as exc:
        return None, (RowError(column, str(exc)),)


# The typed cells already read, a dict a column: cell text -> (value, errors). Plain dicts
# rather than an lru_cache over (column, text, ...) tuples: a row reads thirteen typed
# cells, and building, hashing and comparing a tuple key, with the lru's bookkeeping, cost
# more than the lookup (the text's own hash is kept by the string). Valid for one vocabulary:
# a row read with another empties them first (_seen_for). A year cell's reading depends on
# the as-of year too (a year after it is an error, and so is a spreadsheet's shown date of a
# typed year: _year_cell): it is kept with the as-of year it was read for, and used only for
# that year (_year). Emptying the years on another as-of year, as before, let a library
# caller's threads with two as-of years read each other's: record_from_row runs outside the
# engine's lock on some calls (Assessor.assess's row with errors, a result's explain() and
# sdc()), so a thread could check the as-of year, another empty the memos and fill them for
# its own, and the first then read a 2028 image date as valid on 2026-12-01. A full column is
# emptied (a miss only reads the cell again).
_YEAR_COLUMNS: Final = ("photographer_death_year", "photographer_birth_year", "image_date", "published_date",
                 "depicted_creator_death_year", "depicted_date")
# A year cell's reading: the years, the cell's errors, and the as-of year it was read for.
_YearTyped = tuple[YearRange | None, tuple[RowError, ...], int | None]
_YEARS_SEEN: Final[dict[str, dict[str, _YearTyped]]] = {c: {} for c in _YEAR_COLUMNS}
_TRIS_SEEN: Final[dict[str, dict[str, _Typed[Tri]]]] = {c: {} for c in ("anonymous", "depicted_permanent",
                                                                   *FORMALITY_COLUMNS, "shows_works_inside",
                                                                   "depicted_anonymous")}
_CHOICES_SEEN: Final[dict[str, dict[str, _Typed[str | None]]]] = {
    c: {} for c in ("depicted_type", "photo_kind", "depicted_setting", "taken_from")}
_COUNTRIES_SEEN: Final[dict[str, dict[str, _Typed[str | None]]]] = {
    c: {} for c in ("origin_country", "depicted_country", "depicted_origin_country")}
_SEEN_FOR: Final[list[object]] = [None]  # the vocabulary they were read with
# Each column's dict as a compiled static, handed to its reader: a lookup in the table by the
# column's name, once a typed cell (19 a row), cost ~150 instructions each (callgrind, compiled).
_DEATH_SEEN: Final = _YEARS_SEEN["photographer_death_year"]
_BIRTH_SEEN: Final = _YEARS_SEEN["photographer_birth_year"]
_MADE_SEEN: Final = _YEARS_SEEN["image_date"]
_PUBLISHED_SEEN: Final = _YEARS_SEEN["published_date"]
_CREATOR_DEATH_SEEN: Final = _YEARS_SEEN["depicted_creator_death_year"]
_DEPICTED_DATE_SEEN: Final = _YEARS_SEEN["depicted_date"]
_ANONYMOUS_SEEN: Final = _TRIS_SEEN["anonymous"]
_PERMANENT_SEEN: Final = _TRIS_SEEN["depicted_permanent"]
_NOTICE_SEEN: Final = _TRIS_SEEN["copyright_notice"]
_RENEWED_SEEN: Final = _TRIS_SEEN["copyright_renewed"]
_REGISTERED_SEEN: Final = _TRIS_SEEN["copyright_registered"]
_DEPICTED_NOTICE_SEEN: Final = _TRIS_SEEN["depicted_copyright_notice"]
_DEPICTED_RENEWED_SEEN: Final = _TRIS_SEEN["depicted_copyright_renewed"]
_WORKS_INSIDE_SEEN: Final = _TRIS_SEEN["shows_works_inside"]
_DEPICTED_ANONYMOUS_SEEN: Final = _TRIS_SEEN["depicted_anonymous"]
_TYPE_SEEN: Final = _CHOICES_SEEN["depicted_type"]
_KIND_SEEN: Final = _CHOICES_SEEN["photo_kind"]
_SETTING_SEEN: Final = _CHOICES_SEEN["depicted_setting"]
_TAKEN_FROM_SEEN: Final = _CHOICES_SEEN["taken_from"]
_ORIGIN_SEEN: Final = _COUNTRIES_SEEN["origin_country"]
_DEPICTED_COUNTRY_SEEN: Final = _COUNTRIES_SEEN["depicted_country"]
_DEPICTED_ORIGIN_SEEN: Final = _COUNTRIES_SEEN["depicted_origin_country"]


def _seen_for(vocab: Vocabulary) -> None:
    """Empties the typed cells read with another vocabulary (a year's reading names its
    as-of year: _year)."""
    if _SEEN_FOR[0] is vocab:
        return
    for table in (_YEARS_SEEN, _TRIS_SEEN, _CHOICES_SEEN, _COUNTRIES_SEEN):
        for seen in table.values():
            forget(seen)
    _SEEN_FOR[0] = vocab


_TYPE_NAMES: Final[list[tuple[Vocabulary, tuple[str, ...]]]] = []


def _type_names(vocab: Vocabulary) -> tuple[str, ...]:
    """The depicted types a depicted_type cell may name: one tuple per vocabulary, not one
    built per row."""
    if _TYPE_NAMES and _TYPE_NAMES[0][0] is vocab:
        return _TYPE_NAMES[0][1]
    _TYPE_NAMES[:] = [(vocab, tuple(vocab.depicted_types))]
    return _TYPE_NAMES[0][1]


_Pairs = tuple[tuple[int, int, Contradiction], ...]
_PAIRS: Final[list[tuple[Vocabulary, _Pairs]]] = []


def _pairs(vocab: Vocabulary) -> _Pairs:
    """The vocabulary's contradictions with each date column's place in _YEAR_COLUMNS (the
    order record_from_row hands the years to _contradictions in), one tuple per vocabulary:
    a row reads its years by place, not from a dict built for it. A pair naming a column
    that is no date is left out, as a dict without it never found it."""
    if _PAIRS and _PAIRS[0][0] is vocab:
        return _PAIRS[0][1]
    at = {column: i for i, column in enumerate(_YEAR_COLUMNS)}
    _PAIRS[:] = [(vocab, tuple((at[p.earlier], at[p.later], p) for p in vocab.contradictions
                               if p.earlier in at and p.later in at))]
    return _PAIRS[0][1]


# The cell readers record_from_row calls, one a typed column (19 calls a row): module
# functions, not closures over the row, since the compiled build calls a closure through
# Python's call protocol and a module function directly. They take the cells as a dict,
# not a Mapping: compiled, a dict's get is a C call, a Mapping's a Python method call
# (~5,000 instructions a row over the 19 cells; cachegrind).
_Cells = dict[str, str | None]


def _text(cells: _Cells, errors: list[RowError], column: str) -> str | None:
    raw = cells.get(column)
    if not raw:
        return None
    value = raw.strip()
    if len(value) <= MAX_CELL and "\x00" not in value:  # read_text's answer, without its tuple
        return value or None
    found, error = read_text(column, raw)
    if error is not None:
        errors.append(error)
    return found


def _holder(cells: _Cells, errors: list[RowError]) -> str | None:
    """The rights_holder cell (_text), None where it names no holder at all
    (holder_names_no_one: "N/A", "©", "TRUE", "see above"), as holder_cell_state reads it;
    one that says the holder is unknown ("?") is kept for holder_unknown (review 16 G1)."""
    value = _text(cells, errors, "rights_holder")
    if value is not None and not holder_unknown(value) and holder_names_no_one(value):
        return None
    return value


def _year(cells: _Cells, errors: list[RowError], seen: dict[str, _YearTyped], column: str,
          as_of_year: int | None) -> YearRange | None:
    """`seen`: the column's memo (_YEARS_SEEN[column]), its readings each with the as-of year
    it was read for: one read for another is read again (and kept for this one). A year read
    is never beside an error of its cell (_year_cell gives one or the other)."""
    raw = cells.get(column)
    if not raw:  # None or empty: unknown, no error (as the cell readers give it)
        return None
    kept = seen.get(raw)
    if kept is None or kept[2] != as_of_year:
        kept = recall(seen, raw)
        if kept is None or kept[2] != as_of_year:
            found, problems = _year_cell(column, raw, as_of_year)
            kept = (found, problems, as_of_year)
        remember(seen, raw, kept)
    # Typed as the tuple it is: a narrowed Optional was unpacked through an iterator.
    typed: _YearTyped = kept
    found, problems, _ = typed
    if problems:
        errors.extend(problems)
    return found


def _tri(cells: _Cells, errors: list[RowError], seen: dict[str, _Typed[Tri]], column: str) -> Tri:
    raw = cells.get(column)
    if not raw:  # None or empty: unknown, no error (as the cell readers give it)
        return _UNKNOWN
    kept = seen.get(raw)
    if kept is None:
        kept = recall(seen, raw) or _tri_cell(column, raw)
        remember(seen, raw, kept)
    typed: _Typed[Tri] = kept
    found, problems = typed
    if problems:
        errors.extend(problems)
    return found


def _choice(cells: _Cells, errors: list[RowError], seen: dict[str, _Typed[str | None]], column: str,
            allowed: tuple[str, ...]) -> str | None:
    raw = cells.get(column)
    if not raw:  # None or empty: unknown, no error (as the cell readers give it)
        return None
    kept = seen.get(raw)
    if kept is None:
        kept = recall(seen, raw) or _choice_cell(column, raw, allowed)
        remember(seen, raw, kept)
    typed: _Typed[str | None] = kept
    found, problems = typed
    if problems:
        errors.extend(problems)
    return found


def _rehabilitation(cells: _Cells, errors: list[RowError], column: str, death: YearRange | None,
                    as_of_year: int | None) -> YearRange | str | None:
    """A rehabilitation_year cell: "no" (the author was not rehabilitated after death: the
    death year decides, as Category:PD-Ukraine and {{PD-Russia}} give it), the year of the
    posthumous rehabilitation, or None (not given; "yes" without a year says no more). A
    year before the death is no posthumous rehabilitation: the cell is an error and read as
    not given, so a person checks it. Optional and rare: read without a memo."""
    raw = cells.get(column)
    if not raw or not raw.strip():
        return None
    value = raw.strip()
    vocab = vocabulary()
    low = lower(value)
    if low in vocab.unknown_words or low in vocab.yes_words:
        return None
    if low in vocab.zero_words:
        errors.append(RowError(column, _zero_message(value)))
        return None
    if low in vocab.no_words:
        return "no"
    found, problems = _year_cell(column, value, as_of_year)
    if problems or found is None:
        why = f" ({problems[0].message})" if problems else ""
        errors.append(RowError(column, f"expected no (not rehabilitated) or the year of the author's posthumous "
                                       f"rehabilitation, got {value!r}{why}"))
        return None
    if death is not None and found.hi < death.lo:
        errors.append(RowError(column, f"{found} is before the author's death ({death}): a posthumous "
                                       "rehabilitation comes after it; read as not given"))
        return None
    return found


def _country(cells: _Cells, errors: list[RowError], seen: dict[str, _Typed[str | None]], column: str) -> str | None:
    raw = cells.get(column)
    if not raw:  # None or empty: unknown, no error (as the cell readers give it)
        return None
    kept = seen.get(raw)
    if kept is None:
        kept = recall(seen, raw) or _country_cell(column, raw)
        remember(seen, raw, kept)
    typed: _Typed[str | None] = kept
    found, problems = typed
    if problems:
        errors.extend(problems)
    return found


# Life dates after a name, as authority files write them: "Halldin, Oscar (1873-1948)",
# "Oscar Halldin, 1873 - 1948", with an en dash or a hyphen; in square brackets, the
# cataloguing convention for supplied data ("Oscar Halldin [1873-1948]"), or with a slash
# ("Oscar Halldin 1873/1948") (review 11 A11) — wherever they stand in the cell: MARC 21
# headings end with a period ("Halldin, Oscar, 1873-1960."), lists with ';' or ',', museum
# exports put an authority id (ULAN, Wikidata) or a relator ("fotograf") after them, some
# the dates first (review 13 D13: each was ok beside a death year the dates contradict).
_LIFE_DATES: Final = datacache.pattern(r"(?:^|[\s,(\[{<])\d{4}\s*[-–—/]\s*(\d{4})(?!\d)")
_DIED: Final[list[re.Pattern[str]]] = []
_YEAR_DIGITS: Final = datacache.pattern(r"\d{4}")
_YEAR_ALONE: Final = datacache.pattern(r"(?<!\d)\d{4}(?!\d)")
# The Library of Congress's heading for a person whose birth year is unknown: "Halldin,
# Oscar, -1960" (the year after a dash that follows no year: the death).
_DEATH_ONLY: Final = datacache.pattern(r"(?:^|[\s,(\[])[-–—]\s?(\d{4})(?!\d)")


def death_in_name(cell: str) -> int | None:
    """The death year a person cell gives itself ("Anna Riwkin (1908-1970)", "Hugo
    Schmölz, gest. 1938", "Oscar Halldin † 1948": vocabularies/dates.yaml's death words),
    or None. Read once per distinct cell."""
    named = _person(cell)[1]
    return named if named > 0 else None


def birth_in_name(cell: str) -> int | None:
    """The birth year a person cell gives itself with no death ("Anna Svensson (f. 1880)",
    "Svensson, Anna, 1880-", "(geb. 1880)"), or None."""
    born = _person(cell)[3]
    return born if born > 0 else None


def holder_death_in_name(cell: str) -> int | None:
    """death_in_name of a rights_holder cell, and the death year of a life span written with its
    last year cut to two digits ("Anna Riwkin (1908-70)": 1970, the century of the first year's,
    or the next where the two digits are less than the first year's own): a holder the cell says
    is dead grants no licence published after the death (facts.py, review 17 G3). Read only
    here, where a death sends a licence to review: in a photographer's cell the short form is
    left unread, as before, since a misread year there could free a photo.

    Each cell is read once (_HOLDER_DIED_SEEN): a batch writes one holder, or a few, on every
    row, and the reading is a dozen regex searches (~4.7k instructions a realistic row,
    compiled, callgrind)."""
    found = _HOLDER_DIED_SEEN.get(cell)
    if found is None:
        found = recall(_HOLDER_DIED_SEEN, cell) or (_holder_death_read(cell),)
        remember(_HOLDER_DIED_SEEN, cell, found)
    return found[0]


# Rights-holder cells already read for a death year (holder_death_in_name; bounded as every
# column's: cellmemo), each as a one-item tuple (None is an answer).
_HOLDER_DIED_SEEN: Final[dict[str, tuple[int | None]]] = {}


def _holder_death_read(cell: str) -> int | None:
    """holder_death_in_name of a cell not read before."""
    died = death_in_name(cell)
    if died is not None:
        return died
    if not cell.isascii():
        # East Asian forms (review 30h G6): full-width brackets and a wave dash for the span,
        # 年 ("year") after each year (full-width brackets around "1920-2000", "(1920年-2000年)"), or a year with
        # 没/歿/卒 ("died": "2000年没"), 逝世/去世 or 사망.
        if (m := _EAST_ASIAN_DEATH.search(cell)) is not None:
            return int(m.group(1))
        plain = _EAST_ASIAN_SPAN.sub(r"\1", cell.translate(_EAST_ASIAN_MARKS))
        if plain != cell:
            died = death_in_name(plain)
            if died is not None:
                return died
    m = _SHORT_LIFE.search(cell)
    if m is None:
        return None
    born, short = int(m.group(1)), int(m.group(2))
    year = born // 100 * 100 + short
    return year if year > born else year + 100


# holder_death_in_name's East Asian forms: the marks as their ASCII ones, 年 after a year left out,
# and a year with the word for its author's death after it.
_EAST_ASIAN_MARKS: Final = str.maketrans({"（": "(", "）": ")", "～": "-", "〜": "-", "－": "-", "ー": "-"})
_EAST_ASIAN_SPAN: Final = datacache.pattern(r"(\d{4})\s*年")
_EAST_ASIAN_DEATH: Final = datacache.pattern(r"(\d{4})\s*年?\s*(?:没|歿|卒|逝世|去世|사망|별세)")

# A life span whose last year is cut to two digits: "(1908-70)", "1908 - 70" (holder_death_in_name).
_SHORT_LIFE: Final = datacache.pattern(r"(?:^|[\s,(\[])(\d{4})\s*[-–—]\s*(\d{2})(?!\d)")


# Either reader's died or born word before a year (_DIED, _BORN), in one search: a cell without
# one ("Person 1234") is told so in one search, not two.
_LIFE_WORDS: Final[list[re.Pattern[str]]] = []
_UNDATED: Final = (False, False, False)


def _trie(words: set[str] | frozenset[str]) -> str:
    """The words as one regex alternation grouped by their first characters ("d(?:\\.|ied|öd)"),
    which matches what "|".join of them does: sre tries a group's rest only where its first
    character matched, not each of ~70 words at each place a word can begin (_LIFE_WORDS on
    "Person 1234": 18.8k -> 7.1k instructions, compiled)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        groups.setdefault(w[:1], []).append(w[1:])
    found = []
    for first, rests in groups.items():
        inner = [r for r in rests if r]
        if not inner:
            found.append(re.escape(first))
        else:
            found.append(re.escape(first) + "(?:" + _trie(set(inner)) + ")" + ("?" if "" in rests else ""))
    return "|".join(found)


# The died and born words as one _trie, made once for _LIFE_WORDS and _name_extras (~6M
# instructions each time, compiled: it was made for each).
_LIFE_TRIE: Final[list[str]] = []


def _life_trie() -> str:
    if not _LIFE_TRIE:
        from copyright_check.vocabularies import date_words  # (they import this module)

        _LIFE_TRIE.append(_trie({*date_words().died, *date_words().born}))
    return _LIFE_TRIE[0]


def _four_digits(text: str) -> bool:
    """Whether four digits stand in a row in the text, as _YEAR_DIGITS finds them (sre's \\d is
    str.isdecimal), told by one loop over its characters rather than a search (~3k
    instructions on "Person 400", compiled). isdigit, a compiled primitive, holds every decimal
    character: one up to "9" is an ASCII digit, any other is asked isdecimal."""
    run = 0
    for ch in text:
        if ch.isdigit() and (ch <= "9" or ch.isdecimal()):
            run += 1
            if run == 4:
                return True
        else:
            run = 0
    return False


def _year_marks(cell: str) -> tuple[bool, bool, bool]:
    """(four digits in a row, a dash or a slash, a died or born word before four digits): what
    the year readers' searches need, told once for both readers. Every pattern reads a year of
    four digits (\\d, as _YEAR_DIGITS); the life dates' three (_LIFE_DATES, _OPEN_LIFE,
    _DEATH_ONLY) a dash or a slash; _DIED and _BORN a word of theirs (_LIFE_WORDS): a search
    whose mark is missing cannot match and is not made. A cell of letters and spaces alone
    ("Anna Svensson") holds no digit."""
    if cell.replace(" ", "").isalpha() or not _four_digits(cell):
        return _UNDATED
    if not _LIFE_WORDS:
        words = _life_trie()
        _LIFE_WORDS.append(datacache.pattern(rf"(?:^|[\s,(;\[])(?:{words})\s*\d{{4}}", re.IGNORECASE))
    dashed = "-" in cell or "\u2013" in cell or "\u2014" in cell or "/" in cell
    return True, dashed, _LIFE_WORDS[0].search(cell) is not None


def _reads_death_in_name(cell: str, marks: tuple[bool, bool, bool] | None = None) -> int:
    """`marks`: the cell's _year_marks, if known."""
    dated, dashed, worded = _year_marks(cell) if marks is None else marks
    if not dated:
        # Both patterns read a year of four digits (\d, as this search): a cell without
        # one ("Pieter Tanaka 40", most names) gives none, without their searches.
        return 0
    if not _DIED:
        from copyright_check.vocabularies import date_words  # (they import this module)

        words = "|".join(re.escape(w) for w in sorted(date_words().died, key=len, reverse=True))
        _DIED.append(datacache.pattern(rf"(?:^|[\s,(;])(?:{words})\s*(\d{{4}})\b", re.IGNORECASE))
    m = _LIFE_DATES.search(cell) if dashed else None
    # Years after a working-years word ("verksam 1890-1920") are no life dates: tested only
    # where the cell has life dates at all. Their end is a year the person was alive in,
    # given as its negative: a death year before it is contradicted ("fl. 1900-1960" beside
    # 1948: a photographer at work in 1960 did not die in 1948; review 11 A11).
    active = _joins().active
    if any(t.strip("()[],;:") in active for t in _word(cell).split()):
        # Any year after such a word is one the person worked in: "tätig bis 1960", "active
        # until 1960", "fl. 1900s-1960" say as much as "verksam 1890-1960" (review 13 D13).
        worked = [int(y) for y in _YEAR_ALONE.findall(cell)]
        return -max(worked) if worked else 0
    m = m or (_DIED[0].search(cell) if worded else None) or (_DEATH_ONLY.search(cell) if dashed else None)
    return int(m.group(1)) if m else 0


# "(1873-)", "1873-", "[1873-]": a life span left open, as authority files write a living
# person's (review 11 A11); the BnF writes "(1873-....)" (review 13 D7), the LC "1873-.".
_OPEN_LIFE: Final = datacache.pattern(r"(?:^|[\s,(\[])(\d{4})\s*[-–—]\s*(?:\.{2,4}|\?{1,4})?\s*[)\]]?[\s.,;:]*$")
_BORN: Final[list[re.Pattern[str]]] = []


def _reads_birth_in_name(cell: str, marks: tuple[bool, bool, bool] | None = None) -> int:
    """The birth year a person cell gives with no death year: "Oscar Halldin (född 1873)",
    "(b. 1873)", "(geb. 1873)" (vocabularies/dates.yaml's birth words) as itself, an open life
    span "Oscar Halldin (1873-)" as its negative; 0 if neither (or a working period: "verksam
    1900-" is no life span). `marks`: the cell's _year_marks, if known."""
    dated, dashed, worded = _year_marks(cell) if marks is None else marks
    if not dated or (dashed and _LIFE_DATES.search(cell) is not None):
        return 0
    if not _BORN:
        from copyright_check.vocabularies import date_words  # (they import this module)

        words = "|".join(re.escape(w) for w in sorted(date_words().born, key=len, reverse=True))
        _BORN.append(datacache.pattern(rf"(?:^|[\s,(;\[])(?:{words})\s*(\d{{4}})\b", re.IGNORECASE))
    if dashed and (m := _OPEN_LIFE.search(cell)) is not None:
        if any(t.strip("()[],;:") in _joins().active for t in _word(cell).split()):
            return 0
        return -int(m.group(1))
    m = _BORN[0].search(cell) if worded else None
    return int(m.group(1)) if m else 0


def _born_after_work(cells: _Cells, errors: list[RowError], made: YearRange, death: YearRange, person: str,
                     death_column: str, date_column: str) -> None:
    """A birth year the person cell gives ("Oscar Halldin (född 1925)") too late for the work's
    date beside it: a child under lifespan.min_age_at_work (rules/vocabulary.yaml) made no
    photo or building, so the cell names someone else or a date is wrong, and the death year
    beside it is not surely the author's (the death-year cell gets the error; a birth after the
    death year has had its own, _person_beside_death)."""
    raw = cells.get(person)
    if not raw or len(raw) > MAX_CELL:
        return
    value = raw.strip()
    born = (_PERSON_SEEN.get(value) or _person(value))[3] if value else 0
    if 0 < born <= death.hi and born + vocabulary().lifespan.min_age_at_work > made.hi:
        errors.append(RowError(death_column, f"{person} {_shown(value)!r} gives the birth year {born}, {date_column} "
                               f"says {made}: its author was not yet {vocabulary().lifespan.min_age_at_work}; one "
                               "of the cells is wrong (needs review)"))


def _shown(value: str) -> str:
    """A person cell as an error quotes it: the first 80 characters."""
    return value if len(value) <= 80 else value[:80] + "…"


def _not_an_author(value: str, several: bool, doubtful: bool) -> tuple[str, str, bool, bool]:
    """What a person cell the memo found doubtful names instead of one author, in the order
    the checks beside a death year and beside a birth year both take: an attribution to a
    group or follower ("attribution", its words; "of" between two names is then no second
    person), a studio, firm or institution ("organisation", its word), no name at all
    ("no_name"), or nothing of these (""): with `several` and `doubtful` as still to be said."""
    if doubtful and (group := _attribution(value)):
        return "attribution", group, False, False
    if doubtful and not several and (firm := _organisation(value)):
        return "organisation", firm, several, False
    if doubtful and _no_name(value) and not _says_unknown(value):
        return "no_name", "", several, False
    if doubtful and not several and not _says_unknown(value) and (field := _other_field(value)):
        return "other_field", field, several, False
    if doubtful and not several and (sign := _credit_sign(value)):
        return "credit", sign, several, False
    return "", "", several, doubtful



# What a person cell names instead of one author (_not_an_author's kinds, and a doubt and
# several people), said once for both years it can stand beside: (what the cell is, what the
# death year beside it then is, what the birth year beside it then is, what to do). A birth year
# matters as the bound it puts on the author's death (facts.death_bounds).
_NOT_ONE_AUTHOR: Final[dict[str, tuple[str, str, str, str]]] = {
    "attribution": ("is an attribution ({what!r}): the work is by an unnamed member of a studio, workshop, circle "
                    "or school, or by a follower, not by the person named, and",
                    "the death year beside it is not its author's",
                    "the birth year beside it does not bound its author's death", "check by hand"),
    "organisation": ("names a studio, firm, publisher, collection or institution ({what!r}), not a person: its work "
                     "is made by people it does not name, and",
                     "the death year beside it is not its author's",
                     "the birth year beside it does not bound its author's death",
                     "the photographer's or architect's own name, or check by hand"),
    "credit": ("is a credit line's imprint ({what!r}: a studio's or publisher's mark or its seat) beside one word or "
               "initials, no person's full name: the firm's photographer is not named, and",
               "the death year beside it is not surely the author's",
               "the birth year beside it does not surely bound its author's death",
               "the photographer's given name or initial and surname, or check by hand"),
    "no_name": ("is no name (a number or a date: a shifted column or a wrong mapping?):",
                "the death year beside it is no one's known death", "the birth year beside it bounds no one's death",
                "check by hand"),
    "other_field": ("is no name but {what} (a shifted column or a wrong mapping?):",
                    "the death year beside it is no one's known death",
                    "the birth year beside it bounds no one's death", "check by hand"),
    "one_word": ("is one word alone, no person's full name (a surname, a firm, an organisation's abbreviation, a "
                 "place, a nationality or a rights status are written so alike):",
                 "the death year beside it cannot be told to be a natural person's",
                 "the birth year beside it cannot be told to be a natural person's",
                 "the person's given name or initial and surname, or check by hand"),
    "doubtful": ("doubts who the author is:", "the death year beside it is not surely the author's",
                 "the birth year beside it is not surely the author's", "check by hand"),
    "several": ("names more than one person:", "the term of a joint work runs from the death of the last of them, "
                "and one death year does not say whose it is", "one birth year does not say whose it is, nor bound "
                "when the others died", "the year the last of them died, beside that person's name "
                "alone, or check by hand"),
}


def _not_one_author(errors: list[RowError], column: str, year: str, person: str, value: str, kind: str, what: str,
                    several: bool, doubtful: bool) -> None:
    """The errors a year's cell (`column`, a "death" or a "birth" year) gets beside a person
    cell that names no one author: its kind (_not_an_author), then a doubt and several people
    still to be said, each worded from _NOT_ONE_AUTHOR."""
    unknown = (doubtful or several) and _says_unknown(value)
    for said in (kind, "doubtful" if doubtful and not several and not unknown else "",
                 "several" if several and not unknown else ""):
        if said:
            cell, death, birth, fix = _NOT_ONE_AUTHOR[said]
            errors.append(RowError(column, f"{person} {_shown(value)!r} {cell.format(what=what)} "
                                   f"{death if year == 'death' else birth}; an ok cannot rest on it ({fix})"))

def _person_beside_death(cells: _Cells, errors: list[RowError], death: YearRange, person: str,
                         death_column: str, unreadable: frozenset[str] = frozenset()) -> None:
    """What a person cell says against the death year beside it, one memo lookup a row:
    - a cell naming several people (the photographers of one photo, the architects of one
      building: "Ragnar Östberg & Carl Milles"). The term of a joint work runs from the
      death of the last of its authors (Berne Convention art. 7bis; Commons:Licensing), and
      the record does not say whose death the year is: the death-year cell gets an error,
      so that no ok rests on it; a block it proves still decides (the last death is no
      earlier than any of them). A catalogue that knows the last death writes that
      person alone beside it.
    - a death year the cell gives itself that the death-year cell contradicts ("Anna Riwkin
      (1908-1970)" beside 1948): one of the two cells is wrong, and an ok must not rest on
      the one that may be (the row goes to a person, as for contradicting dates).
    - no name at all beside the death year: every check above reads the name, so an ok
      would rest on a year no check has seen; the usual cause is a name column the file
      holds under a header not read (review 11 A6: "Fotograf" beside photographer_death_year,
      "Anna Riwkin och Oscar Halldin" beside 1948 was ok). Commons' {{Information}} needs
      the author too."""
    raw = cells.get(person)
    if raw is not None and len(raw) > MAX_CELL:
        return
    value = raw.strip() if raw else ""
    if not value:
        if person in unreadable:
            return  # the cell was there but unreadable: its caller's error already says so
        errors.append(RowError(death_column, f"{death_column} {death} is given but {person} is empty: whose "
                               "death it is cannot be checked (several people, a studio, a doubtful "
                               "attribution?); an ok cannot rest on it (fill in the name, or map the column "
                               "that holds it)"))
        return
    if person == "depicted_creator" and _says_unknown(value):
        # "okänd", "Unknown architect", "N/A", "ditto" beside a death year: the year is no known
        # person's death, and no rule may run the author's life from it (review 16 G19: a
        # building of 1940 by "unknown" + 1950 was ok as an anonymous work expired "even if its
        # author lived a full life", computed from the 1950). Nor may it be set aside: if it is
        # the author's, the work may still be protected. The photo's side asks who the
        # photographer is instead (photographer_named: photo-author-not-identified).
        errors.append(RowError(death_column, f"{death_column} {death} is given but {person} {_shown(value)!r} "
                               "names no one (an unknown or placeholder word): whose death it is cannot be "
                               "checked; an ok cannot rest on it (write the name, or check by hand)"))
        return
    several, named, doubtful, born = _PERSON_SEEN.get(value) or _person(value)  # the memo's hit without a call
    if not (several or named or doubtful or born):  # one author, named: nothing to say (most rows)
        if person == "photographer" and _one_word(value) and not _says_unknown(value):
            _not_one_author(errors, death_column, "death", person, value, "one_word", "", False, False)
        return
    shown = _shown(value)
    kind, what, several, doubtful = _not_an_author(value, several, doubtful)
    _not_one_author(errors, death_column, "death", person, value, kind, what, several, doubtful)
    if named > 0 and not death.lo <= named <= death.hi:
        errors.append(RowError(death_column, f"{person} {shown!r} gives the death year {named}, {death_column} "
                               f"says {death}: one of the two cells is wrong (needs review)"))
    elif named < 0 and -named > death.hi:
        errors.append(RowError(death_column, f"{person} {shown!r} gives working years until {-named}, "
                               f"{death_column} says {death}: one of the two cells is wrong (needs review)"))
    if born < 0:
        errors.append(RowError(death_column, f"{person} {shown!r} gives an open life span ({-born}–: living when "
                               f"catalogued), {death_column} says {death}: one of the two cells is wrong (needs "
                               "review)"))
    elif born > death.hi:
        errors.append(RowError(death_column, f"{person} {shown!r} gives the birth year {born}, after {death_column} "
                               f"{death}: one of the two cells is wrong (needs review)"))


def _several_beside_birth(cells: _Cells, errors: list[RowError]) -> None:
    """A birth year beside a photographer cell naming several people: with no death year,
    the birth year bounds the author's death (facts.death_bounds: at most lifespan.max_age
    years later), and a bound drawn from one author's birth says nothing of the others'
    deaths. The birth-year cell gets an error, so that no ok rests on it."""
    raw = cells.get("photographer")
    if not raw or len(raw) > MAX_CELL:
        return
    value = raw.strip()
    if not value:
        return
    several, _, doubtful, _ = _PERSON_SEEN.get(value) or _person(value)
    if not (several or doubtful):
        if _one_word(value) and not _says_unknown(value):
            _not_one_author(errors, "photographer_birth_year", "birth", "photographer", value, "one_word", "", False,
                            False)
        return
    kind, what, several, doubtful = _not_an_author(value, several, doubtful)
    _not_one_author(errors, "photographer_birth_year", "birth", "photographer", value, kind, what, several, doubtful)


def record_from_row(
    row: Mapping[str, str | None], as_of_year: int | None = None, normalised: bool = False,
    unreadable: frozenset[str] = frozenset(),
) -> Record:
    """`as_of_year` lets a death or publication year in the future be flagged as an error;
    `normalised` says the reader already lower-cased the header (saves a copy per row);
    `unreadable` names the cells the caller found unreadable (the library's bytes that are
    not UTF-8, the reader's spreadsheet errors, read as empty), whose own errors already say
    what an empty cell would."""
    given: Mapping[str, str | None] = row if normalised else normalise_keys(row)
    cells: _Cells = given if isinstance(given, dict) else dict(given)
    errors: list[RowError] = []
    vocab = vocabulary()
    _seen_for(vocab)

    rid = _text(cells, errors, "id")
    if rid is None:
        errors.append(RowError("id", "empty: the row cannot be matched to its file"))
    death = _year(cells, errors, _DEATH_SEEN, "photographer_death_year", as_of_year)
    if death is not None:
        _person_beside_death(cells, errors, death, "photographer", "photographer_death_year", unreadable)
    birth = _year(cells, errors, _BIRTH_SEEN, "photographer_birth_year", as_of_year)
    if birth is not None:
        _several_beside_birth(cells, errors)
    made = _year(cells, errors, _MADE_SEEN, "image_date", as_of_year)
    if death is not None and made is not None:
        _born_after_work(cells, errors, made, death, "photographer", "photographer_death_year", "image_date")
    never_published = _never_published(cells, vocab)
    published = None if never_published else _year(cells, errors, _PUBLISHED_SEEN, "published_date", as_of_year)
    creator_death = _year(cells, errors, _CREATOR_DEATH_SEEN, "depicted_creator_death_year", as_of_year)
    if creator_death is not None:
        _person_beside_death(cells, errors, creator_death, "depicted_creator", "depicted_creator_death_year",
                             unreadable)
    depicted_date = _year(cells, errors, _DEPICTED_DATE_SEEN, "depicted_date", as_of_year)
    if creator_death is not None and depicted_date is not None:
        _born_after_work(cells, errors, depicted_date, creator_death, "depicted_creator", "depicted_creator_death_year",
                         "depicted_date")
    depicted_type = _choice(cells, errors, _TYPE_SEEN, "depicted_type", _type_names(vocab))
    # The years in _YEAR_COLUMNS' order (_pairs).
    depicted_conflicts: list[str] = []
    conflicts = _contradictions([death, birth, made, published, creator_death, depicted_date], _pairs(vocab),
                                depicted_type, errors, depicted_conflicts)
    if depicted_date is not None or creator_death is not None:
        _nothing_but_a_work(cells, errors, depicted_type, depicted_date, creator_death)
    # Positional, in the fields' order (tests/test_row_errors.py holds every column to its
    # own field): a 21-keyword call costs about three times as much, once a row. The cells
    # are read in this order, so their errors keep the columns' order.
    record = Record(
        rid or "",
        _text(cells, errors, "title"),
        _text(cells, errors, "photographer"),
        death,  # photographer_death
        birth,  # photographer_birth
        _tri(cells, errors, _ANONYMOUS_SEEN, "anonymous"),
        made,  # image_date
        published,
        _country(cells, errors, _ORIGIN_SEEN, "origin_country"),
        _choice(cells, errors, _KIND_SEEN, "photo_kind", vocab.photo_kinds),
        _text(cells, errors, "licence"),
        _holder(cells, errors),
        _country(cells, errors, _DEPICTED_COUNTRY_SEEN, "depicted_country"),
        depicted_type,
        _text(cells, errors, "depicted_creator"),
        creator_death,  # depicted_creator_death
        depicted_date,
        _choice(cells, errors, _SETTING_SEEN, "depicted_setting", vocab.settings),
        _tri(cells, errors, _PERMANENT_SEEN, "depicted_permanent"),
        errors,
        conflicts,
        _tri(cells, errors, _NOTICE_SEEN, "copyright_notice"),
        _tri(cells, errors, _RENEWED_SEEN, "copyright_renewed"),
        _tri(cells, errors, _REGISTERED_SEEN, "copyright_registered"),
        _tri(cells, errors, _DEPICTED_NOTICE_SEEN, "depicted_copyright_notice"),
        _tri(cells, errors, _DEPICTED_RENEWED_SEEN, "depicted_copyright_renewed"),
        _choice(cells, errors, _TAKEN_FROM_SEEN, "taken_from", vocab.viewpoints),
        _rehabilitation(cells, errors, "rehabilitation_year", death, as_of_year),
        _rehabilitation(cells, errors, "depicted_rehabilitation_year", creator_death, as_of_year),
        _tri(cells, errors, _WORKS_INSIDE_SEEN, "shows_works_inside"),
        never_published,
        _tri(cells, errors, _DEPICTED_ANONYMOUS_SEEN, "depicted_anonymous"),
        # Only a date of one year can name its day (day_span: ISO forms, ten characters at most).
        day_span(cells.get("published_date")) if published is not None and published.is_exact else None,
        depicted_conflicts,
        _country(cells, errors, _DEPICTED_ORIGIN_SEEN, "depicted_origin_country"),
    )
    if never_published:
        _published_by_formality(record, vocab)
    calendars = vocab.other_calendars
    if calendars and (record.origin_country in calendars or record.depicted_country in calendars
                      or record.depicted_origin_country in calendars):
        _other_calendar_years(record, vocab)
    if record.depicted_anonymous is Tri.YES:
        _anonymous_but_identified(record, vocab)
    _interior_by_title(record, vocab)
    if record.title:
        _title_beside_cells(record, vocab)
    return record


def _other_calendar_years(record: Record, vocab: Vocabulary) -> None:
    """A year beside a country whose exports may write years in another calendar, in the span
    where that calendar's years are read as Gregorian ones (rules/vocabulary.yaml
    other_calendars: Iran's Solar Hijri 1399 is 2020/21): the cell gets an error, so that no ok
    rests on it (review 30h G1: an Iranian building dated 1399 by an unknown architect was ok
    as a work of the 14th century). The photo's years go by origin_country, the depicted
    work's by depicted_country."""
    sides = ((record.origin_country, (("photographer_death_year", record.photographer_death),
                                      ("photographer_birth_year", record.photographer_birth),
                                      ("image_date", record.image_date), ("published_date", record.published))),
             (record.depicted_country, (("depicted_creator_death_year", record.depicted_creator_death),
                                        ("depicted_date", record.depicted_date))))
    for country, columns in sides:
        calendar = vocab.other_calendars.get(country or "")
        if calendar is None:
            continue
        for column, years in columns:
            # Within the span: a Gregorian century that reaches into it ("15th century",
            # 1401-1500) is read as written.
            if years is not None and calendar.lo <= years.lo and years.hi <= calendar.hi:
                record.errors.append(RowError(column, (
                    f"{years} may be a year of the {calendar.calendar} calendar, which {country} exports write "
                    f"({calendar.lo} there is about {calendar.lo + calendar.offset}): an ok cannot rest on it "
                    "(write the Gregorian year, or check by hand)")))


def _title_beside_cells(record: Record, vocab: Vocabulary) -> None:
    """A row's own title that names what its own cell denies: the row says two things of one
    photo and goes to a person (needs-review-contradictory-facts), with the title's word and the
    cell's value (rules/vocabulary.yaml title_contradictions), as an interior title beside
    depicted_setting outdoor_public does (_interior_by_title). A batch's assumption is not taken
    for such a row (mapping._denied_by); the row's own cell is no better evidence than the title.
    - depicted_type none or landscape (a type with no category) beside a title naming a work
      (title_work_word: "Kölner Dom Glasfenster von Gerhard Richter" typed none, "Park with
      sculpture by Henry Moore" typed landscape: review 16 G13, each was ok as a photo of nothing
      copyrightable): a photo of a work is a derivative of it (Commons:Derivative works).
      So does a statue, a monument, a memorial or a mural named (title_type_words: "Статуя
      «Родина-мать зовёт!»" and "Korean War Veterans Memorial" typed landscape, review 22b G1).
    - depicted_type building beside a title naming a statue, a memorial or a mural ("Fearless Girl
      statue, Broad Street", "Mural 'Venice Kinesis'", 平和祈念像 typed building: review 22b G2,
      each was ok on the buildings' freedom of panorama): the work has its own author and term.
    - depicted_anonymous yes beside a title naming the work's maker (title_maker_phrase: "Statue
      by Paul Landowski", "œuvre de Landowski": review 16 G8, each was ok as an anonymous French
      work of 1920 while Landowski, d. 1961, is protected to 2031): the anonymous term applies
      only while the author's identity is not disclosed (Berne Convention art. 7(3)), as a named
      depicted_creator beside that yes already is (_anonymous_but_identified)."""
    texts = vocab.title_contradictions
    kind = record.depicted_type
    categories = vocab.depicted_types.get(kind) if kind is not None else None
    if categories is not None and (not categories or kind in vocab.title_contradiction_building_types):
        nothing, building = title_type_words(record.title)
        work, text = (nothing, texts.get("depicted_type")) if not categories else (
            building, texts.get("depicted_type_building"))
        if categories and work and _inside_question(title_says(record.title), record.depicted_setting):
            work = ""  # the interior's question, not the type's (_interior_by_title)
        if work and text:
            # Of what the photo shows only where its own status cannot turn on the type: a photo
            # whose kind the row gives as its own (not a faithful reproduction), or a statue's or
            # a memorial's word (a three-dimensional work, whose photo has its own term); a mural
            # or a painting typed none might be a flat work's faithful reproduction (rules/photo.yaml).
            own = record.photo_kind is not None and record.photo_kind != "faithful_reproduction"
            conflicts = record.depicted_conflicts if own or _three_d_word(work, record.title) else record.conflicts
            conflicts.append(text.format(word=work, value=kind))
    if record.depicted_anonymous is _YES:
        maker = title_maker_phrase(record.title)
        text = texts.get("depicted_anonymous")
        if not maker and (maker := title_maker_name(record.title)):
            # "Monument aux morts de Paul Landowski": the maker, or the person shown
            text = texts.get("depicted_anonymous_name")
        elif not maker and (maker := title_name_part(record.title)):
            # "Paul Landowski: Statue": the maker, or the person shown
            text = texts.get("depicted_anonymous_name_part")
        if maker and text:
            record.depicted_conflicts.append(text.format(word=maker, value="yes"))


def _published_by_formality(record: Record, vocab: Vocabulary) -> None:
    """A row that says the photo was never published beside a copyright notice or renewal
    that says "yes" (rules/vocabulary.yaml never_published_contradictions: a notice is borne by
    published copies, 17 USC 401(a); a renewal renews a copyright secured by publication or
    registration, 304(a)) contradicts itself: the row goes to a person naming both cells
    (needs-review-contradictory-facts), not to {{PD-US-unpublished}} (review 15 F2)."""
    for column, text in vocab.never_published_contradictions.items():
        if getattr(record, column) is Tri.YES:
            record.conflicts.append(text)


def _anonymous_but_identified(record: Record, vocab: Vocabulary) -> None:
    """depicted_anonymous "yes" beside a depicted_creator that names someone (not "okänd"),
    or, where it names no one, beside a death year: the anonymous work's term applies only
    while the author is not identified (Berne Convention art. 7(3)), so the row says two things
    of one author and goes to a person naming both cells (rules/vocabulary.yaml
    depicted_anonymous_contradictions), not to a verdict on the name alone, as a named
    photographer beside anonymous = yes is not decided on the name (rules/photo.yaml)."""
    texts = vocab.depicted_anonymous_contradictions
    creator = record.depicted_creator
    if creator is not None and not _says_unknown(creator):
        text = texts.get("depicted_creator")
    elif record.depicted_creator_death is not None:
        text = texts.get("depicted_creator_death_year")
    else:
        return
    if text:
        record.depicted_conflicts.append(text)


def _never_published(cells: _Cells, vocab: Vocabulary) -> bool:
    """published_date saying the work was never published ("never", "unpublished",
    "opublicerad"): the institution's answer to the question a missing date leaves open (the
    US term of a work never published before 2003 is the author's life + 70, 17 USC 303(a)),
    which an empty cell cannot give. A year begins with a digit: asked of words only."""
    cell = cells.get("published_date")
    if not cell or cell[0].isdigit():
        return False
    return lower(" ".join(cell.split()).strip("[]()")) in vocab.never_published_words


def _nothing_but_a_work(cells: _Cells, errors: list[RowError], depicted_type: str | None,
                        depicted_date: YearRange | None, creator_death: YearRange | None) -> None:
    """depicted_type saying nothing copyrightable (landscape, none, or a word read as one:
    rules/vocabulary.yaml depicted_types with no category) while another cell says a made
    work is in the photo, whose status was not checked (Commons:Derivative works; review 9:
    La Grande Arche, 1989, typed landscape was ok):
    - a depicted_date: a landscape has no year it was made;
    - the creator's death year beside a creator cell saying "unknown"/"okänd": the year says
      someone known made it (beside a named creator or an empty cell, rules/depicted.yaml
      sends the row to a person, with its own reason).
    The year's cell gets an error, so that no ok rests on the type, while a block the row
    proves still decides (rules/verdict.yaml: known blocks come before unreadable cells), as
    for a death year beside several people (_person_beside_death)."""
    if depicted_type is None or vocabulary().depicted_types.get(depicted_type):
        return
    creator = (cells.get("depicted_creator") or "").strip()
    unknown = bool(creator) and len(creator) <= MAX_CELL and _says_unknown(creator)
    if creator_death is not None:
        if unknown:
            errors.append(RowError("depicted_creator_death_year", f"depicted_type {depicted_type}, depicted_creator "
                                   f"{creator!r} and depicted_creator_death_year {creator_death}: depicted_type says "
                                   "the photo shows nothing with a copyright of its own, but a creator's death year "
                                   "says a made work is in it; one of the cells is wrong (needs review)"))
        return
    if depicted_date is not None and (not creator or unknown):
        errors.append(RowError("depicted_date", f"depicted_type {depicted_type} and depicted_date {depicted_date}: "
                               "depicted_type says the photo shows nothing with a copyright of its own, but a date "
                               "of making says a made work is in it; one of the two cells is wrong (needs review)"))


def _contradictions(
    years: list[YearRange | None], pairs: _Pairs, depicted_type: str | None, errors: list[RowError],
    depicted: list[str],
) -> list[str]:
    """Pairs of dates that cannot both be true (rules/vocabulary.yaml, contradictions):
    an error naming both cells, and the sentence the needs_review reason quotes. Only a
    certain contradiction counts: every year one range can mean after every year of the
    other (a photo of "ca. 1920" by a photographer who died in 1918 is possible). `years`:
    the row's dates in _YEAR_COLUMNS' order (None where unknown or unreadable), each pair
    with the places of its two (_pairs)."""
    found: list[str] = []
    for earlier_at, later_at, pair in pairs:
        earlier, later = years[earlier_at], years[later_at]
        if earlier is None or later is None or earlier.lo <= later.hi:
            continue
        if depicted_type is not None and depicted_type in pair.unless_depicted_type:
            continue
        said = f"{pair.earlier} {earlier} and {pair.later} {later}: {pair.text}"
        errors.append(RowError(pair.later, f"{said}; one of the two cells is wrong (needs review)"))
        (depicted if pair.side == "depicted" else found).append(said)
    return found
