"""From a typed record and the law files to the flat facts the rules read.

This is arithmetic, not judgement: each term of each relevant jurisdiction is run
against the record's dates (terms.evaluate), and each lookup the rules need (the FoP
entry for this kind of work) is flattened into one string field. Which term applies, and
what follows from it, is decided by the rules. Every field is always present, so a rule
never tests a missing field (durable-rules treats a missing field as false, P9).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Protocol

from copyright_check.assessment import RowError
from copyright_check.jurisdictions import Fop, Jurisdiction, Tag, Term, TermPart, UsRelations
from copyright_check.licences import Licence, LicenceClass, not_by_maker, parse_licence
from copyright_check.presumptions import OldAssumed, old_assumed
from copyright_check.record import (
    Record,
    Tri,
    birth_in_name,
    death_in_name,
    holder_credits_no_one,
    holder_death_in_name,
    holder_names_photographer,
    holder_unknown,
    holder_unreadable,
    title_says_aerial,
    unreadable_columns,
    withheld,
)
from copyright_check.terms import Dates, Status, TermResult, evaluate, settled_rehabilitation
from copyright_check.vocabulary import Vocabulary, vocabulary
from copyright_check.years import YearRange

# The term names a jurisdiction file may define, per role (schema: terms.*).
# anonymous_photograph: where the photograph term counts from the author's death, the term
# an anonymous photograph has instead (jurisdictions/*.yaml; rules/photo.yaml).
ORIGIN_TERMS: Final = ("general", "anonymous", "simple_photograph", "photograph", "anonymous_photograph")
HOST_TERMS: Final = ("published", "unpublished", "unpublished_anonymous")
# The term of a photo published with no author named (95 years from publication or 120 from
# creation, whichever ends first, 17 USC 302(c); made before 1978, not before the end of 2047,
# 303(a)): run by build only for such a photo, the one rule that cites it asking no other
# (rules/us.yaml us-anonymous-published-after-formalities-era). A depicted work has no
# publication date of its own.
US_ANONYMOUS_TERM: Final = "published_anonymous"
DEPICTED_TERMS: Final = ("general", "anonymous")


# The depicted work in the US (rules/depicted_us.yaml): the host's terms run on its
# dates, its home status on its country's URAA date, the AWCPA date for buildings.
_DEPICTED_US_FIELDS: Final = (
    *(f"depicted_us_{t}" for t in HOST_TERMS),
    "depicted_is_us", "depicted_is_building", "depicted_before_awcpa", "depicted_uraa_window",
    "depicted_general_at_uraa", "depicted_anonymous_at_uraa", "depicted_us_relations",
    "depicted_uraa_eligible",
)


# The US formalities the record states (record.FORMALITY_COLUMNS) and the years they
# matter in: us_renewal_era is whether the photo was published before renewal became
# automatic (jurisdictions/US.yaml, formalities) and long enough ago that its first term has
# ended by the as-of date, depicted_renewal_era the same for the
# depicted work's date (its putting-up, where that is its publication).
_FORMALITY_FIELDS: Final = (
    "us_notice", "us_renewed", "us_registered", "us_renewal_era",
    "depicted_us_notice", "depicted_us_renewed", "depicted_renewal_era",
)


FACT_FIELDS = (
    "origin", "anonymous", "author", "photo_kind", "photo_kind_decides", "published", "licence", "origin_is_us",
    *(f"origin_{t}" for t in ORIGIN_TERMS),
    *(f"us_{t}" for t in HOST_TERMS),
    "us_uraa_window", "us_notice_era", "us_made_in_notice_era", "photo_origin_at_uraa",
    "us_relations_at_publication", "origin_uraa_eligible", "us_published_old_law",
    "depicted", "depicted_country", "creator", "setting", "permanent",
    *(f"depicted_{t}" for t in DEPICTED_TERMS),
    "fop_outdoor", "fop_indoor", "fop_commercial", "fop_permanent_required", "fop_art_indoor",
    "fop_place_condition",
    "depicted_type", "depicted_beyond_any_term",
    *_DEPICTED_US_FIELDS,
    "origin_presumed_old", "depicted_presumed_old", "contradiction", "unreadable",
    *_FORMALITY_FIELDS, "holder_unknown", "taken_from", "fop_ground_only", "us_published_anonymous",
    "depicted_after_death", "works_inside", "attribution", "death_recorded", "depicted_author_anonymous",
    "depicted_death_recorded", "depicted_origin", "depicted_in_us",
)


# FACT_FIELDS in the order build writes them. Each row's facts start as a copy of _BLANK,
# which holds every field already: a write then replaces a value instead of growing the
# dict (a 65-field dict grown one field at a time is resized four times), and the fields
# keep this order whatever path build takes. A value still None after build is a field
# build forgot: test_facts_reuse checks every path of the rule tests' records for it.
_ORDER = (
    "origin", "anonymous", "author", "photo_kind", "photo_kind_decides", "published", "licence", "origin_is_us",
    *(f"origin_{t}" for t in ORIGIN_TERMS), "origin_presumed_old",
    *(f"us_{t}" for t in HOST_TERMS),
    "us_published_old_law", "us_uraa_window", "us_notice_era", "us_made_in_notice_era", "photo_origin_at_uraa",
    "us_relations_at_publication", "origin_uraa_eligible",
    "depicted", "depicted_country", "creator", "setting", "depicted_type", "permanent",
    *(f"depicted_{t}" for t in DEPICTED_TERMS), "depicted_presumed_old", "depicted_beyond_any_term",
    *_DEPICTED_US_FIELDS,
    "contradiction", "unreadable",
    "fop_outdoor", "fop_indoor", "fop_commercial", "fop_permanent_required", "fop_place_condition",
    "fop_art_indoor",
    *_FORMALITY_FIELDS,
    "holder_unknown", "taken_from", "fop_ground_only", "us_published_anonymous", "depicted_after_death",
    "works_inside", "attribution", "death_recorded", "depicted_author_anonymous", "depicted_death_recorded",
    "depicted_origin", "depicted_in_us",
)
if sorted(_ORDER) != sorted(FACT_FIELDS):  # a field added to one and not the other
    raise RuntimeError(f"facts._ORDER and FACT_FIELDS differ: {sorted(set(_ORDER) ^ set(FACT_FIELDS))}")
# Each fact's slot in a row's fact values (Situation.values), in _ORDER's order. build
# writes a fact by its slot and the assessor reads a question's facts by theirs
# (operator.itemgetter of ints on a list): a list store or load in compiled code, against
# a str-keyed dict's lookup (and insert) for each of some 80 writes and 100 reads a row.
# The names stay the rule files' (FACT_FIELDS); these constants only place them.
F_ORIGIN: Final = 0
F_ANONYMOUS: Final = 1
F_AUTHOR: Final = 2
F_PHOTO_KIND: Final = 3
F_PHOTO_KIND_DECIDES: Final = 4
F_PUBLISHED: Final = 5
F_LICENCE: Final = 6
F_ORIGIN_IS_US: Final = 7
F_ORIGIN_GENERAL: Final = 8
F_ORIGIN_ANONYMOUS: Final = 9
F_ORIGIN_SIMPLE_PHOTOGRAPH: Final = 10
F_ORIGIN_PHOTOGRAPH: Final = 11
F_ORIGIN_ANONYMOUS_PHOTOGRAPH: Final = 12
F_ORIGIN_PRESUMED_OLD: Final = 13
F_US_PUBLISHED: Final = 14
F_US_UNPUBLISHED: Final = 15
F_US_UNPUBLISHED_ANONYMOUS: Final = 16
F_US_PUBLISHED_OLD_LAW: Final = 17
F_US_URAA_WINDOW: Final = 18
F_US_NOTICE_ERA: Final = 19
F_US_MADE_IN_NOTICE_ERA: Final = 20
F_PHOTO_ORIGIN_AT_URAA: Final = 21
F_US_RELATIONS_AT_PUBLICATION: Final = 22
F_ORIGIN_URAA_ELIGIBLE: Final = 23
F_DEPICTED: Final = 24
F_DEPICTED_COUNTRY: Final = 25
F_CREATOR: Final = 26
F_SETTING: Final = 27
F_DEPICTED_TYPE: Final = 28
F_PERMANENT: Final = 29
F_DEPICTED_GENERAL: Final = 30
F_DEPICTED_ANONYMOUS: Final = 31
F_DEPICTED_PRESUMED_OLD: Final = 32
F_DEPICTED_BEYOND_ANY_TERM: Final = 33
F_DEPICTED_US_PUBLISHED: Final = 34
F_DEPICTED_US_UNPUBLISHED: Final = 35
F_DEPICTED_US_UNPUBLISHED_ANONYMOUS: Final = 36
F_DEPICTED_IS_US: Final = 37
F_DEPICTED_IS_BUILDING: Final = 38
F_DEPICTED_BEFORE_AWCPA: Final = 39
F_DEPICTED_URAA_WINDOW: Final = 40
F_DEPICTED_GENERAL_AT_URAA: Final = 41
F_DEPICTED_ANONYMOUS_AT_URAA: Final = 42
F_DEPICTED_US_RELATIONS: Final = 43
F_DEPICTED_URAA_ELIGIBLE: Final = 44
F_CONTRADICTION: Final = 45
F_UNREADABLE: Final = 46
F_FOP_OUTDOOR: Final = 47
F_FOP_INDOOR: Final = 48
F_FOP_COMMERCIAL: Final = 49
F_FOP_PERMANENT_REQUIRED: Final = 50
F_FOP_PLACE_CONDITION: Final = 51
F_FOP_ART_INDOOR: Final = 52
F_US_NOTICE: Final = 53
F_US_RENEWED: Final = 54
F_US_REGISTERED: Final = 55
F_US_RENEWAL_ERA: Final = 56
F_DEPICTED_US_NOTICE: Final = 57
F_DEPICTED_US_RENEWED: Final = 58
F_DEPICTED_RENEWAL_ERA: Final = 59
# The rights_holder cell says the holder is unknown or was not asked (record.holder_unknown):
# a free licence beside it is no release by the holder (rules/verdict.yaml).
F_HOLDER_UNKNOWN: Final = 60
# Where the photo was taken from (record.taken_from: ground, aerial, unknown), and whether the
# depicted work's freedom of panorama covers only the view from public ground (Fop.ground_only).
F_TAKEN_FROM: Final = 61
F_FOP_GROUND_ONLY: Final = 62
# The photo's US term as an anonymous published work (US_ANONYMOUS_TERM; "unknown" where
# not run: an author named, or no publication date).
F_US_PUBLISHED_ANONYMOUS: Final = 63
# A building or interior dated long after its named architect's death (Vocabulary
# building_after_death): yes / no.
F_DEPICTED_AFTER_DEATH: Final = 64
# Whether an interior photo shows works of their own (record.shows_works_inside): yes / no /
# unknown (rules/verdict.yaml, rules/fop.yaml: the interior's question).
F_WORKS_INSIDE: Final = 65
# Whom a free licence that requires attribution (CC BY, CC BY-SA) credits: "named" where the
# row names the photographer; "holder" where it names none but a rights holder who released
# the photo (the licensor, credited as CC BY 4.0 § 3(a)(1)(A)(i) allows: rules/verdict.yaml
# ok-photo-freely-licensed-credit-holder-*); "missing" where it names neither
# (needs-review-licence-attribution-missing); "nobody" for a free licence that asks for no credit
# (CC0, the PD Mark applied by the holder) where the row names neither, so no one is named as
# giving it (needs-review-licence-giver-missing; review 19 G4); "na" for such a licence where
# someone is named, for a statement of the law that is no one's release (PD-USGov), and for no
# free licence.
F_ATTRIBUTION: Final = 66
# Whether the row gives the photographer's death year (a year or a span): "no" lets the US
# rules take 17 USC 302(e)'s presumption for a work never published whose author's death is
# not known (rules/us.yaml us-never-published-death-unknown-term-expired).
F_DEATH_RECORDED: Final = 67
# Whether the record says the depicted work's author cannot be traced (record.depicted_anonymous,
# the depicted_anonymous column): yes / no / unknown (rules/depicted.yaml, depicted_us.yaml: the
# anonymous work's term alone decides, Berne Convention art. 7(3)).
F_DEPICTED_AUTHOR_ANONYMOUS: Final = 68
# Whether the row gives the depicted work's author's death year: a life term with no death year
# runs to a latest end that moves with the as-of date, no year to promise (rules/depicted_us.yaml
# depicted-us-restored-made-or-never-published; review 26e E3).
F_DEPICTED_DEATH_RECORDED: Final = 69
# Whether the law the depicted work's own term runs under is known: "known" (its country of
# origin: depicted_origin_country, or depicted_country for a work that stays where it was made,
# rules/vocabulary.yaml origin_where_it_stands), "unknown" (a movable work, a painting, whose
# origin the row does not give), "unknown_protected" (the same, but protected under every life
# term: _protected_anywhere), "unsupported" (no law file for the origin given). Review 31a F1.
F_DEPICTED_ORIGIN: Final = 70
# Whether the depicted work stands in the US (its depicted_country's law is the host's), as
# against depicted_is_us, its origin's: a US work put up abroad was not put up "in a place open
# to the general public" in the US, which Commons takes as a statue's publication there
# (rules/depicted.yaml, depicted-us-work-put-up-without-notice).
F_DEPICTED_IN_US: Final = 71
SLOT: Final[dict[str, int]] = {name: at for at, name in enumerate(_ORDER)}
_SLOT_CHECK: Final = (
    ("origin", F_ORIGIN),
    ("anonymous", F_ANONYMOUS),
    ("author", F_AUTHOR),
    ("photo_kind", F_PHOTO_KIND),
    ("photo_kind_decides", F_PHOTO_KIND_DECIDES),
    ("published", F_PUBLISHED),
    ("licence", F_LICENCE),
    ("origin_is_us", F_ORIGIN_IS_US),
    ("origin_general", F_ORIGIN_GENERAL),
    ("origin_anonymous", F_ORIGIN_ANONYMOUS),
    ("origin_simple_photograph", F_ORIGIN_SIMPLE_PHOTOGRAPH),
    ("origin_photograph", F_ORIGIN_PHOTOGRAPH),
    ("origin_anonymous_photograph", F_ORIGIN_ANONYMOUS_PHOTOGRAPH),
    ("origin_presumed_old", F_ORIGIN_PRESUMED_OLD),
    ("us_published", F_US_PUBLISHED),
    ("us_unpublished", F_US_UNPUBLISHED),
    ("us_unpublished_anonymous", F_US_UNPUBLISHED_ANONYMOUS),
    ("us_published_old_law", F_US_PUBLISHED_OLD_LAW),
    ("us_uraa_window", F_US_URAA_WINDOW),
    ("us_notice_era", F_US_NOTICE_ERA),
    ("us_made_in_notice_era", F_US_MADE_IN_NOTICE_ERA),
    ("photo_origin_at_uraa", F_PHOTO_ORIGIN_AT_URAA),
    ("us_relations_at_publication", F_US_RELATIONS_AT_PUBLICATION),
    ("origin_uraa_eligible", F_ORIGIN_URAA_ELIGIBLE),
    ("depicted", F_DEPICTED),
    ("depicted_country", F_DEPICTED_COUNTRY),
    ("creator", F_CREATOR),
    ("setting", F_SETTING),
    ("depicted_type", F_DEPICTED_TYPE),
    ("permanent", F_PERMANENT),
    ("depicted_general", F_DEPICTED_GENERAL),
    ("depicted_anonymous", F_DEPICTED_ANONYMOUS),
    ("depicted_presumed_old", F_DEPICTED_PRESUMED_OLD),
    ("depicted_beyond_any_term", F_DEPICTED_BEYOND_ANY_TERM),
    ("depicted_us_published", F_DEPICTED_US_PUBLISHED),
    ("depicted_us_unpublished", F_DEPICTED_US_UNPUBLISHED),
    ("depicted_us_unpublished_anonymous", F_DEPICTED_US_UNPUBLISHED_ANONYMOUS),
    ("depicted_is_us", F_DEPICTED_IS_US),
    ("depicted_is_building", F_DEPICTED_IS_BUILDING),
    ("depicted_before_awcpa", F_DEPICTED_BEFORE_AWCPA),
    ("depicted_uraa_window", F_DEPICTED_URAA_WINDOW),
    ("depicted_general_at_uraa", F_DEPICTED_GENERAL_AT_URAA),
    ("depicted_anonymous_at_uraa", F_DEPICTED_ANONYMOUS_AT_URAA),
    ("depicted_us_relations", F_DEPICTED_US_RELATIONS),
    ("depicted_uraa_eligible", F_DEPICTED_URAA_ELIGIBLE),
    ("contradiction", F_CONTRADICTION),
    ("unreadable", F_UNREADABLE),
    ("fop_outdoor", F_FOP_OUTDOOR),
    ("fop_indoor", F_FOP_INDOOR),
    ("fop_commercial", F_FOP_COMMERCIAL),
    ("fop_permanent_required", F_FOP_PERMANENT_REQUIRED),
    ("fop_place_condition", F_FOP_PLACE_CONDITION),
    ("fop_art_indoor", F_FOP_ART_INDOOR),
    ("us_notice", F_US_NOTICE),
    ("us_renewed", F_US_RENEWED),
    ("us_registered", F_US_REGISTERED),
    ("us_renewal_era", F_US_RENEWAL_ERA),
    ("depicted_us_notice", F_DEPICTED_US_NOTICE),
    ("depicted_us_renewed", F_DEPICTED_US_RENEWED),
    ("depicted_renewal_era", F_DEPICTED_RENEWAL_ERA),
    ("holder_unknown", F_HOLDER_UNKNOWN),
    ("taken_from", F_TAKEN_FROM),
    ("fop_ground_only", F_FOP_GROUND_ONLY),
    ("us_published_anonymous", F_US_PUBLISHED_ANONYMOUS),
    ("depicted_after_death", F_DEPICTED_AFTER_DEATH),
    ("works_inside", F_WORKS_INSIDE),
    ("attribution", F_ATTRIBUTION),
    ("death_recorded", F_DEATH_RECORDED),
    ("depicted_author_anonymous", F_DEPICTED_AUTHOR_ANONYMOUS),
    ("depicted_death_recorded", F_DEPICTED_DEATH_RECORDED),
    ("depicted_origin", F_DEPICTED_ORIGIN),
    ("depicted_in_us", F_DEPICTED_IN_US),
)
if any(_ORDER[at] != name for name, at in _SLOT_CHECK) or len(_SLOT_CHECK) != len(_ORDER):
    raise RuntimeError("facts: a fact's slot constant is out of step with _ORDER")
# The terms build runs for every row by role (role, term), each by its place in a row's
# TermRefs (Situation.terms) and under its key there ("origin.general").
_RUN: Final = tuple((role, name)
                    for role, names in (("origin", ORIGIN_TERMS), ("us", HOST_TERMS), ("depicted", DEPICTED_TERMS),
                                        ("depicted_us", HOST_TERMS))
                    for name in names)
_TERM_AT: Final[dict[str, int]] = {f"{role}.{name}": at for at, (role, name) in enumerate(_RUN)}
# (role, term) -> (the fact's slot, its place in TermRefs), built once.
_KEYS: Final = {(role, name): (SLOT[f"{role}_{name}"], at) for at, (role, name) in enumerate(_RUN)}
_US_PUBLISHED_AT: Final = _TERM_AT["us.published"]
_AT_URAA: Final = tuple((name, SLOT[f"depicted_{name}_at_uraa"]) for name in DEPICTED_TERMS)
_DEPICTED_US_SLOTS: Final = tuple(SLOT[name] for name in _DEPICTED_US_FIELDS)
# The FoP facts' slots, consecutive (_fop_facts gives their values as one tuple).
_FOP_FIELDS: Final = ("fop_outdoor", "fop_indoor", "fop_commercial", "fop_permanent_required",
                      "fop_place_condition", "fop_art_indoor")
if _ORDER[F_FOP_OUTDOOR:F_FOP_ART_INDOOR + 1] != _FOP_FIELDS:
    raise RuntimeError("facts: the FoP facts' slots are not consecutive in _ORDER's order")
# A row's fact values start as a copy of this (None: not yet written; test_facts_reuse
# checks that build writes every one on every path).
_BLANK: Final[list[Any]] = [None] * len(_ORDER)


class FactReader(Protocol):
    """What reads a row's facts by name: a FactView, or a plain dict of them (tests)."""

    def get(self, name: str, /) -> Any: ...


class FactView:
    """A row's facts read by name (the rule files' names): what the template register's
    conditions and the tag wrappers read, a few a row, without a dict of all of them made."""

    def __init__(self, values: list[Any]) -> None:
        self.values = values

    def get(self, name: str) -> Any:
        at = SLOT.get(name)
        return None if at is None else self.values[at]


@dataclass(slots=True, init=False)
class TermRef:
    """A term as applied to this record: which file, which rule, what it gave. A plain
    slots class (a dozen per row; nothing changes one once made), with its __init__
    written out so that the compiled build compiles it (terms.Dates says why)."""

    role: str
    term: Term
    jurisdiction: Jurisdiction
    result: TermResult
    dates: Dates
    caveat: str  # a warning the term's source gives for some cases (a presumption's)

    def __init__(self, role: str, term: Term, jurisdiction: Jurisdiction, result: TermResult, dates: Dates,
                 caveat: str = "") -> None:
        self.role = role
        self.term = term
        self.jurisdiction = jurisdiction
        self.result = result
        self.dates = dates
        self.caveat = caveat


_CATEGORY_NAMES = {"building": "buildings", "artwork_3d": "sculptures and other 3D artworks",
                   "artwork_2d": "2D artworks (murals, paintings)"}


@dataclass(frozen=True, slots=True)
class FopLookup:
    """The FoP entries a depicted object needs, and what the explanation says of them:
    worked out once when made (one lookup serves every row of its country and kind)."""

    jurisdiction: Jurisdiction
    entries: tuple[Fop, ...]
    categories: str = field(init=False, compare=False)
    review: str = field(init=False, compare=False)
    tags: tuple[Tag, ...] = field(init=False, compare=False)
    sources: tuple[str, ...] = field(init=False, compare=False)
    # How the law applied is named when it is not today's (FoP not yet in force).
    period: str = field(init=False, compare=False)
    practice: str = field(init=False, compare=False)
    ground_only: bool = field(init=False, compare=False)  # Fop.ground_only of any entry

    def __post_init__(self) -> None:
        entries = self.entries
        seen: dict[str, Tag] = {}
        for e in entries:
            if e.tag is not None:
                seen.setdefault(e.tag.name, e.tag)
        derived = {
            "categories": " and ".join(_CATEGORY_NAMES.get(e.category, e.category) for e in entries),
            "review": " ".join(e.review for e in entries if e.review),
            "tags": tuple(seen.values()),
            "sources": tuple(dict.fromkeys(s for e in entries for s in (*e.sources, *e.practice_sources))),
            "period": next((e.period for e in entries if e.period), ""),
            "practice": "; ".join(dict.fromkeys(s for e in entries for s in e.practice_sources)),
            "ground_only": any(e.ground_only for e in entries),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)


class TermRefs:
    """A row's terms as applied (Situation.terms), read by key ("origin.general") as a dict
    of TermRef: `get`, and `[]` for a key it has. build keeps each term's result by its place
    (_RUN); the TermRef is made when the key is first read, and kept. A row reads a few of
    the ten or more terms build runs (its answers' and its reasons'): a TermRef and a dict
    entry made for each term and freed with the row unread cost ~8k instructions a realistic
    row (callgrind, compiled). A term a role's law file lacks, or that was not run, has none."""

    def __init__(self, origin: Jurisdiction | None, host: Jurisdiction, depicted: Jurisdiction | None) -> None:
        self.origin = origin
        self.host = host
        self.depicted = depicted
        self.photo: Dates | None = None  # what the photo's terms ran on (origin.*, us.*)
        self.work: Dates | None = None  # the depicted work's (depicted.*, depicted_us.*)
        self.results: list[TermResult | None] = _NO_RESULTS.copy()  # by place (_RUN)
        self.made: dict[str, TermRef] | None = None  # read or set, by key

    def get(self, key: str) -> TermRef | None:
        made = self.made
        if made is not None:
            ref = made.get(key)
            if ref is not None:
                return ref
        at = _TERM_AT.get(key)
        if at is None:
            return None
        result = self.results[at]
        if result is None:
            return None
        role, name = _RUN[at]
        # The law file and the dates the term ran on (_apply, _depicted_us): the origin's and
        # the host's on the photo's dates, the depicted country's and the host's on the work's.
        if role == "origin":
            j, dates = self.origin, self.photo
        elif role == "us":
            j, dates = self.host, self.photo
        elif role == "depicted":
            j, dates = self.depicted, self.work
        else:
            j, dates = self.host, self.work
        if j is None or dates is None:
            return None
        term = j.terms[name]
        if role == "depicted_us" or dates.rehabilitation is None:
            ref = TermRef(role, term, j, result, dates)
        else:
            # The record's rehabilitation_year settled a case of the term: its reason says so.
            ref = TermRef(role, term, j, result, dates, settled_rehabilitation(term, dates))
        self[key] = ref
        return ref

    def __getitem__(self, key: str) -> TermRef:
        ref = self.get(key)
        if ref is None:
            raise KeyError(key)
        return ref

    def __setitem__(self, key: str, ref: TermRef) -> None:
        if self.made is None:
            self.made = {}
        self.made[key] = ref


_NO_RESULTS: Final[list[TermResult | None]] = [None] * len(_RUN)


@dataclass(slots=True, init=False)
class Situation:
    """The facts for the engine, and what the explanation needs beside them. One a row:
    its __init__ is written out so that the compiled build compiles it (terms.Dates)."""

    record: Record
    as_of: date
    licence: Licence
    origin: Jurisdiction | None
    host: Jurisdiction
    depicted: Jurisdiction | None
    terms: TermRefs  # "origin.general" -> ...
    fop: FopLookup | None
    values: list[Any]  # the facts by slot (SLOT): what the engine's questions read
    # What left the origin status on the URAA date open (at_uraa), for the US reason that
    # names it: a fact a person can settle (a Russian author's war record), not a guess.
    uraa_missing: str | None
    # The title could not be read, and it answers questions of the row (aerial, interior, what
    # the work is): the unreadable-cells reason names it.
    title_open: bool

    def __init__(self, record: Record, as_of: date, licence: Licence, origin: Jurisdiction | None,
                 host: Jurisdiction, depicted: Jurisdiction | None, terms: TermRefs | None = None,
                 fop: FopLookup | None = None, values: list[Any] | None = None) -> None:
        self.record = record
        self.as_of = as_of
        self.licence = licence
        self.origin = origin
        self.host = host
        self.depicted = depicted
        self.terms = TermRefs(origin, host, depicted) if terms is None else terms
        self.fop = fop
        self.values = _BLANK.copy() if values is None else values
        self.uraa_missing = None
        self.title_open = False

    @property
    def facts(self) -> dict[str, Any]:
        """The facts by name, as a new dict (tests, explanations): the row's own path reads
        them by slot (values) or through a FactView."""
        return dict(zip(_ORDER, self.values, strict=True))

    def view(self) -> FactView:
        return FactView(self.values)

    def uraa_date(self, j: Jurisdiction | None = None) -> date | None:
        """The URAA restoration date of `j` (default: the photo's origin): its own, None
        when it is not an eligible country, or the host's general date when its file
        gives none."""
        j = j if j is not None else self.origin
        if j is not None and j.uraa is not None:
            return j.uraa.restoration_date
        return self.host.uraa.restoration_date if self.host.uraa else None

    def at_uraa(self, term_key: str | None) -> str:
        """The origin term the photo_origin answer used, run on the URAA date: a foreign
        work PD at home that day was not restored in the US (17 USC 104A(h)(6)). Computed
        between the questions, for that one term, rather than for every term of every row."""
        ref = self.terms.get(term_key or "")
        when = self.uraa_date()
        if ref is None or ref.role != "origin" or when is None:
            return _UNKNOWN
        result = evaluate(ref.term, ref.dates, when.year, when)
        if result.status is _UNKNOWN_STATUS and result.missing and self.uraa_missing is None:
            self.uraa_missing = result.missing
        return _status(result.status)


# Enum members' values read as the plain attribute: `.value` is a Python-level property,
# and a row reads some twenty of them.
def _value(member: Status | Tri) -> str:
    text: str = member._value_
    return text


# Module constants are Final: the compiled build reads a Final name as a C static instead
# of looking it up in the module's dict, some dozens of reads a row.
_EXPIRED: Final = Status.EXPIRED
_RUNNING: Final = Status.RUNNING
_UNKNOWN_STATUS: Final = Status.UNKNOWN
_EXPIRED_TEXT: Final[str] = Status.EXPIRED._value_
_RUNNING_TEXT: Final[str] = Status.RUNNING._value_
_UNKNOWN: Final[str] = Status.UNKNOWN._value_


def _status(status: Status) -> str:
    """A term status as its text, by identity with the members: the attribute read
    (`_value_`) is a generic lookup on an Enum instance, some twenty a row."""
    if status is _EXPIRED:
        return _EXPIRED_TEXT
    if status is _RUNNING:
        return _RUNNING_TEXT
    if status is _UNKNOWN_STATUS:
        return _UNKNOWN
    return _value(status)


_TRI_YES: Final = Tri.YES
_TRI_NO: Final = Tri.NO
_YES_TEXT: Final[str] = Tri.YES._value_
_NO_TEXT: Final[str] = Tri.NO._value_
_TRI_UNKNOWN: Final = Tri.UNKNOWN
_UNKNOWN_TRI_TEXT: Final[str] = Tri.UNKNOWN._value_


def _tri(member: Tri) -> str:
    """A Tri as its text, by identity with the members (as _status: nine a row, most of
    them unknown: the formality cells are empty in most files)."""
    if member is _TRI_UNKNOWN:
        return _UNKNOWN_TRI_TEXT
    if member is _TRI_YES:
        return _YES_TEXT
    if member is _TRI_NO:
        return _NO_TEXT
    return _value(member)


_NONE: Final[str] = Status.NONE._value_
_NAMED: Final = {"yes": "named", "no": "unnamed", "unknown": "unknown"}


def death_bounds(birth: YearRange | None, creation: YearRange | None) -> YearRange | None:
    """The years an author with no recorded death year can have died in: not before the
    work was made (or they were born), and not after the longest human life
    (rules/vocabulary.yaml, lifespan)."""
    life = vocabulary().lifespan
    if creation is not None:
        lo, hi = creation.lo, creation.hi + life.max_age - life.min_age_at_work
        if birth is not None:
            lo, hi = max(lo, birth.lo), min(hi, birth.hi + life.max_age)
    elif birth is not None:
        lo, hi = birth.lo, birth.hi + life.max_age
    else:
        return None
    return YearRange(lo, hi) if lo <= hi else None


# The record column a reviewer should fill in, per date fact: one dict per subject, shared
# by every row rather than built for each.
_PHOTO_COLUMNS: Final = {"death": "photographer_death_year", "creation": "image_date", "publication": "published_date",
                         "rehabilitation": "rehabilitation_year"}
_DEPICTED_COLUMNS: Final = {"death": "depicted_creator_death_year", "creation": "depicted_date",
                     "publication": "depicted_date", "rehabilitation": "depicted_rehabilitation_year"}


def _photo_dates(r: Record) -> Dates:
    return Dates(r.photographer_death, r.image_date, r.published, _PHOTO_COLUMNS,
                 death_bounds(r.photographer_birth, r.image_date) if r.photographer_death is None else None,
                 "photo", r.anonymous is Tri.YES and r.photographer_death is None, r.rehabilitation,
                 vocabulary().never_published_before if r.never_published else None,
                 _made_by(r.photographer_death, r.published) if r.image_date is None else None)


def _made_by(death: YearRange | None, published: YearRange | None) -> YearRange | None:
    """The years a photo with no date of making can have been made in, where its
    photographer's death or its publication bounds them: no later than either, no earlier
    than the longest working life before the death (rules/vocabulary.yaml, lifespan) nor the
    oldest camera photograph (year_bounds; review 25c F8: a photo first published 1965 was
    asked for its date of making where any date would do)."""
    if death is None and published is None:
        return None
    bound = vocabulary().year_bounds.get("image_date")
    lo = bound.lo if bound is not None and bound.lo is not None else 0
    if death is not None:
        lo = max(lo, _working_life(death).lo)
    hi = min(y.hi for y in (death, published) if y is not None)
    return YearRange(lo, hi) if lo <= hi else None


def made_in_lifetime(r: Record) -> YearRange | None:
    """The years an undated depicted work can have been made in, when its author's death
    year bounds them: a painting, drawing or sculpture is made by its author, so no later
    than their death, and no earlier than the longest working life before it (lifespan).
    Not for a building or interior (finished after its architect's death, as the Sagrada
    Família is), nor for a 3D work in an outdoor public place, where the rules take the year
    it was put up as its publication and a statue can be put up years after its sculptor
    died; a mural is painted in place. None where the record gives a date or no death."""
    death = r.depicted_creator_death
    if r.depicted_date is not None or death is None or r.depicted_type is None:
        return None
    kinds = vocabulary().depicted_types.get(r.depicted_type, ())
    if not kinds or any(k not in _ART for k in kinds):
        return None
    if "artwork_3d" in kinds and r.depicted_setting not in ("indoor_public", "indoor", "private"):
        return None
    return _working_life(death)


def _working_life(death: YearRange) -> YearRange:
    """The years an author who died in `death` can have made a work in: no later than the
    death, no earlier than the longest working life before it (rules/vocabulary.yaml, lifespan)."""
    life = vocabulary().lifespan
    return YearRange(death.lo - (life.max_age - life.min_age_at_work), death.hi)


def _depicted_dates(r: Record) -> Dates:
    # A building or public monument is made available to the public when it is put up,
    # so its "publication" for the anonymous-work term is its date. An undated work whose
    # author's death bounds its making (made_in_lifetime) is taken as made in those years.
    made = r.depicted_date or made_in_lifetime(r)
    return Dates(r.depicted_creator_death, made, made, _DEPICTED_COLUMNS,
                 death_bounds(None, r.depicted_date) if r.depicted_creator_death is None else None,
                 "depicted", False, r.depicted_rehabilitation)


def _before(value: YearRange | None, year: int) -> str:
    if value is None:
        return "unknown"
    if value.hi < year:
        return "yes"
    if value.lo >= year:
        return "no"
    return "unknown"


def _before_day(value: YearRange | None, days: tuple[date, date] | None, day: date) -> str:
    """Whether a date lies before `day`, a boundary that may fall inside a year (the US notice
    era ends on 1 March 1989: 17 USC 405(a); Template:PD-US-1989): by its years where they lie
    wholly on one side of the boundary's year or the boundary is 1 January, by the day or month
    the cell names (Record.published_days) within that year; else unknown (a year 1989 alone
    may be February or June: review 19 N1)."""
    if value is None:
        return "unknown"
    if value.hi < day.year:
        return "yes"
    if value.lo > day.year or (value.lo == day.year and day.month == 1 and day.day == 1):
        return "no"
    if days is not None and value.lo == value.hi == day.year:
        return "yes" if days[1] < day else "no" if days[0] >= day else "unknown"
    return "unknown"


def us_relations_at(j: Jurisdiction | None, published: YearRange | None) -> str:
    """Whether the US had copyright relations with `j` when the work was published there
    (Circular 38a, 17 USC 104(b)): "no" only when every possible publication year is
    before the year relations began, or there are none. An unpublished work is protected
    whatever the author's nationality (104(a)), so an unknown publication is "unknown"."""
    rel = j.us_relations if j is not None else None
    if rel is None or published is None or (rel.review and _under_review(rel, published)):
        return "unknown"
    if rel.since is None:
        return "no"
    # Published before relations began: "no" relations then (no dict made a call to say so).
    before = _before(published, rel.since.year)
    return "no" if before == "yes" else "yes" if before == "no" else "unknown"


def _under_review(rel: UsRelations, published: YearRange) -> bool:
    """A file's review of its relations asks about every work, or (review_before) only one that
    may have been published before that day: one published in its year may have been."""
    if rel.review_before is None:
        return True
    cut = rel.review_before
    first_year_after = cut.year if (cut.month, cut.day) == (1, 1) else cut.year + 1
    return _before(published, first_year_after) != "no"


def uraa_eligible(j: Jurisdiction | None) -> str:
    if j is None or j.uraa is None:
        return "unknown"
    return "no" if j.uraa.restoration_date is None else "yes"


def _presumed_old(s: Situation, role: str, j: Jurisdiction | None, dates: Dates, year: int) -> str:
    """Commons' PD-old-assumed presumption (rules/presumptions.yaml) as a term of its own,
    `role.presumed_old`: "none" where it cannot serve (a death year is recorded, or the
    origin term is longer than the template allows), else the status of "N years since
    creation"."""
    if j is None or dates.death is not None:
        return _NONE
    p = old_assumed()
    serves, caveat = _serves(p, j, role)
    if not serves:
        return _NONE
    result = evaluate(p.term, dates, year)
    s.terms[_PRESUMED[role]] = TermRef(role, p.term, j, result, dates, caveat)
    return _status(result.status)


_PRESUMED: Final = {role: f"{role}.presumed_old" for role in ("origin", "depicted")}
# (Law file, role) -> whether PD-old-assumed serves it and the caveat the presumption gives
# for it: both read the law file and the presumption alone, so they are worked out once per
# file and role rather than up to twice a row. The origin is the photo's: there the file's
# photograph term must be one the template stands in for too (OldAssumed.serves_photographs).
# An entry holds the file and the presumption, so a hit is that same pair (an id is not
# reused while its object is held).
_SERVES: Final[dict[tuple[int, str], tuple[Jurisdiction, OldAssumed, bool, str]]] = {}


def _serves(p: OldAssumed, j: Jurisdiction, role: str) -> tuple[bool, str]:
    found = _SERVES.get((id(j), role))
    if found is not None and found[0] is j and found[1] is p:
        return found[2], found[3]
    serves = p.serves_photographs(j) if role == "origin" else p.serves(j)
    caveat = p.caveats.get(j.code, "")
    if len(_SERVES) >= 4096:
        _SERVES.clear()
    _SERVES[(id(j), role)] = (j, p, serves, caveat)
    return serves, caveat


def _fop_value(entries: list[Fop], attr: str) -> str:
    """One FoP condition over all the entries the object needs: "no" if any entry
    refuses; a disputed entry gives what Commons does on that dispute ("deleted" —
    its precautionary principle — or "kept"), or "disputed" where Commons leaves it open."""
    values = [(getattr(e, attr), e.practice) for e in entries]
    if any(v is False for v, _ in values):
        return "no"
    practices = [p for v, p in values if v == "disputed"]
    if "deletes" in practices:
        return "deleted"
    if any(p is None for p in practices):
        return "disputed"
    return "kept" if practices else "yes"


def _fop_condition(entries: tuple[Fop, ...], attr: str) -> str:
    """One FoP condition for a kind of work. Several categories are the kinds the work may be,
    its depicted_type not saying which (rules/vocabulary.yaml depicted_types: `artwork`, 3D or
    2D): where the law treats them alike, their common value; where not, "kind" (rules/fop.yaml
    fop-kind-decides asks which), not the refusal of either. Read as a refusal, an `artwork`
    outdoors in the United Kingdom, whose FoP covers sculpture (CDPA s. 62) but no painting, was
    not_ok "no freedom of panorama for sculptures" (review 26c: the Angel of the North)."""
    if len(entries) == 1:
        return _fop_value(list(entries), attr)
    values = {_fop_value([e], attr) for e in entries}
    return values.pop() if len(values) == 1 else "kind"


# The FoP facts (_FOP_FIELDS' order) where no object with a copyright of its own is
# depicted, and where there is no law file for the depicted country.
_NO_FOP: Final = ("none",) * 5
# The FoP lookup and facts of one country and kind of work on one as-of date: per law file's
# code, the file itself (a hit is that same object), the as-of date and its kinds of work ->
# what they give. Read with a str key's lookup and a short tuple's (the categories, the
# vocabulary's own), without a key tuple made with the file's id as a Python int.
_FopFound = tuple[FopLookup | None, tuple[str, ...]]
_FOP_CACHE: Final[dict[str, tuple[Jurisdiction, date, dict[tuple[str, ...] | None, _FopFound]]]] = {}
# Whether artworks indoors are covered (fop_art_indoor): an interior usually shows some.
_ART: Final = ("artwork_3d", "artwork_2d")
_NO_FOP_ANYWHERE: Final = ("none",) * 6


def _fop(j: Jurisdiction, categories: tuple[str, ...], as_of: date) -> tuple[FopLookup, tuple[str, ...]]:
    """The FoP entries for these categories as the law stood on the as-of date (an entry's
    in_force_from / earlier), and the facts they give (_FOP_FIELDS' order, but the last)."""
    entries = tuple(j.fop[c].at(as_of) for c in categories)
    facts = (
        _fop_condition(entries, "outdoor_public"),
        _fop_condition(entries, "indoor_public"),
        _fop_condition(entries, "commercial"),
        "yes" if any(e.permanent_required for e in entries) else "no",
        "yes" if any(e.public_place_required for e in entries) else "no",
    )
    return FopLookup(j, entries), facts


# (law file, as-of date) -> fop_art_indoor; holds the law file, so its id is not reused.
_ART_INDOOR: Final[dict[tuple[int, date], tuple[Jurisdiction, str]]] = {}


def _art_indoor(j: Jurisdiction, as_of: date) -> str:
    """Whether the country's FoP covers artworks indoors: it reads the law file's artwork
    entries on the as-of date only, so it is worked out once per country and date, not once
    per kind of work (and without the FopLookup, whose explanation texts it never needs)."""
    key = (id(j), as_of)
    found = _ART_INDOOR.get(key)
    if found is not None and found[0] is j:
        return found[1]
    value = _fop_value([j.fop[c].at(as_of) for c in _ART], "indoor_public")
    if len(_ART_INDOOR) >= 4096:
        _ART_INDOOR.clear()
    _ART_INDOOR[key] = (j, value)
    return value


def _fop_facts(j: Jurisdiction, categories: tuple[str, ...] | None,
               as_of: date) -> tuple[FopLookup | None, tuple[str, ...]]:
    """Every fop_* fact of a row whose depicted work is of these categories (none: no
    object with a copyright of its own) in this country: what they read is the law file,
    the categories and the as-of date, the key; the same for every row of one country and
    kind of work, so worked out once and read with one lookup a row."""
    code = j.code
    kept = _FOP_CACHE.get(code)
    if kept is None or kept[0] is not j or kept[1] != as_of:
        kept = _FOP_CACHE[code] = (j, as_of, {})
    kinds = kept[2]
    found = kinds.get(categories)
    if found is not None:
        return found
    lookup, some = _fop(j, categories, as_of) if categories else (None, _NO_FOP)
    facts = (*some, _art_indoor(j, as_of))  # _FOP_FIELDS' order
    if len(kinds) >= 4096:
        kinds.clear()
    kinds[categories] = (lookup, facts)
    return lookup, facts


# Per role, jurisdiction -> its terms for that role: (the fact's slot, place in TermRefs,
# the term or None), looked up once per law file rather than per row. One table per role,
# handed in by the caller, keyed by the jurisdiction's code (a str, its hash kept) and holding
# the jurisdiction, whose identity a hit checks (another Assessor's file of the same code is
# looked up again): no key tuple to build, and no role looked up or id made a Python int, three
# times a row.
_RoleTerms = tuple[tuple[int, int, Term | None], ...]
_RoleTable = dict[str, tuple[Jurisdiction, _RoleTerms]]
_ORIGIN_ROLE: Final[_RoleTable] = {}
_US_ROLE: Final[_RoleTable] = {}
_DEPICTED_ROLE: Final[_RoleTable] = {}
_DEPICTED_US_ROLE: Final[_RoleTable] = {}


def _role_terms(table: _RoleTable, j: Jurisdiction, role: str, names: tuple[str, ...]) -> _RoleTerms:
    code = j.code
    found = table.get(code)
    if found is not None and found[0] is j:
        return found[1]
    terms = tuple((*_KEYS[role, name], j.terms.get(name)) for name in names)
    if len(table) >= 4096:
        table.clear()
    table[code] = (j, terms)
    return terms


def _apply(s: Situation, table: _RoleTable, role: str, j: Jurisdiction | None, names: tuple[str, ...], dates: Dates,
           year: int) -> None:
    """Each term of `j` for `role` run on the dates: its status as a fact, the term as
    applied in Situation.terms. (A module function, not a closure in build: the compiled
    build calls a closure through Python's call protocol.)"""
    f = s.values
    if j is None:
        for name in names:
            f[_KEYS[role, name][0]] = "unknown"
        return
    results = s.terms.results  # TermRefs makes each TermRef where it is read
    for at, place, term in _role_terms(table, j, role, names):
        if term is None:
            f[at] = _NONE  # the jurisdiction has no such term
            continue
        result = evaluate(term, dates, year, s.as_of)
        f[at] = _status(result.status)
        results[place] = result


def longest_term(jurisdictions: dict[str, Jurisdiction]) -> int:
    """The longest term any known law gives a work (years after death or creation)."""
    return max(t.longest_years for j in jurisdictions.values() for t in j.terms.values())


def shortest_life_term(jurisdictions: dict[str, Jurisdiction]) -> int:
    """The shortest life term (a general term counted from death) any known law gives."""
    return min((t.years for j in jurisdictions.values() for name, t in j.terms.items()
                if name == "general" and t.counts_from == "death"), default=0)


def _holder_fact(record: Record, licence: Licence, named: Tri) -> str:
    """Whether the row's rights holder can have released the photo under its licence:
    "yes", the holder cell says the holder is unknown or names no holder who released it
    (record.holder_unknown); "after_death", the cell names the photographer
    (record.holder_names_photographer), who died no later than the year the licence was
    first published (rules/licences.yaml, `published`: a dead author grants no licence
    that did not yet exist), or, named with no death year, whose life cannot have lasted to
    that year (death_bounds); "death_unknown", the same named photographer with no death year
    and a photo made more than lifespan known_alive_years before that year, who may have died
    before it; "holder_died", the holder cell gives its holder's own death
    year (record.holder_death_in_name), no later than that year (review 16 G1); "not_author", the
    licence is the Public Domain Mark applied by the holder to their own work
    (Template:PDMark-owner) while the row names a photographer and, as the holder, someone
    else (an empty holder cell leaves the label's own word); "no_holder_after_death", no
    holder is named and the named photographer surely died no later than that year (session
    32); else "no" (rules/verdict.yaml reads it; review 14 E6)."""
    if not licence.release:
        return "no"
    if holder_unknown(record.rights_holder) or (record.rights_holder is None and holder_unreadable(record.errors)):
        return "yes"
    if licence.cls is not LicenceClass.FREE:
        return "no"
    # The mark applied by the author (PDMark-owner) beside an empty holder cell is the named
    # photographer's own, as the label says (review 19 G1 PM4)
    is_photographer = (holder_names_photographer(record.rights_holder, record.photographer)
                       or (licence.author_only and record.rights_holder is None and named is Tri.YES))
    died = record.photographer_death
    if is_photographer and died is not None and licence.published is not None and died.lo <= licence.published:
        return "after_death"
    if is_photographer and died is None and licence.published is not None and named is Tri.YES:
        # No death year: the years the photographer can have died in (death_bounds: not before
        # the photo, nor after the longest life from the birth or the photo). All of them no
        # later than the licence's first year: dead before it existed; a licence first published
        # more than known_alive_years after the photo (rules/vocabulary.yaml lifespan): not known
        # whether the photographer lived to grant it (review 19 G1: August Sander, b. 1876, d.
        # 1964, as holder of a 1950 photo under CC BY 4.0 of 2013 was ok). Else alive then.
        # An undated photo with no birth year says nothing either way: not asked.
        window = death_bounds(record.photographer_birth, record.image_date)
        if window is not None and window.hi <= licence.published:
            return "after_death"
        alive = record.image_date.hi + vocabulary().lifespan.known_alive_years if record.image_date else None
        if window is not None and alive is not None and alive < licence.published:
            return "death_unknown"
    if (not is_photographer and record.rights_holder is None and named is Tri.YES and licence.published is not None
            and not holder_unreadable(record.errors)):
        # No holder named at all (an empty cell, or one that names no one: "Museet", "N/A"): the
        # licence is no release by the photographer, the author and first holder of the
        # copyright, where the photographer surely died no later than the year it was first
        # published (a recorded death year, or the longest life from the birth or the photo),
        # and nobody else is named who could have granted it (Commons:Licensing, "Only the
        # copyright holder of a work can license it"; session 32 audits 32b W1, 32c W1: a
        # Mexican photo of 1945 by a photographer who died 1975 under an export's CC0 was ok).
        # Where the photographer may have lived to grant it, it is not asked: a museum's CC BY
        # beside its staff photographers' rows is its own statement.
        born = record.photographer_birth
        if born is None and died is None and record.photographer and (year := birth_in_name(record.photographer)):
            born = YearRange.exact(year)  # "Anna Svensson (f. 1880)" (review 32i F2)
        window = died if died is not None else death_bounds(born, record.image_date)
        if window is not None and window.hi <= licence.published:
            return "no_holder_after_death"
        # A death year the photographer cell gives itself, the death-year cell empty ("Anna
        # Svensson (1900-1975)", "Svensson, Anna, 1900-1975": review 32h F3).
        written = death_in_name(record.photographer) if died is None and record.photographer else None
        if written is not None and written <= licence.published:
            return "no_holder_after_death"
    # A holder the cell itself says died ("Anna Riwkin (1908-1970)", "Anna Berg, d. 1950"):
    # no more able to grant a licence published after that year (review 16 G1).
    held = holder_death_in_name(record.rights_holder) if record.rights_holder is not None else None
    if held is not None and licence.published is not None and held <= licence.published:
        return "holder_died"
    if licence.author_only and named is Tri.YES and record.rights_holder is not None and not is_photographer:
        return "not_author"
    return "no"


def _protected_anywhere(record: Record, vocab: Vocabulary, shortest: int, year: int) -> bool:
    """Whether a named author's work is still protected under the shortest life term of any
    law file (`shortest`), so under the law of whatever country it comes from: the author died
    within it, or, with no death year, made the work within it (alive then). A living artist's
    work on loan to a museum is protected wherever it was first published (review 31a F1)."""
    if record.creator_named is not Tri.YES:
        return False
    died, made = record.depicted_creator_death, record.depicted_date
    if made is None or made.lo < vocab.protected_anywhere_made_from:
        return False  # made while a formality (the US notice) could still free it
    lo = died.lo if died is not None else made.lo
    return lo + shortest >= year


def _set_up_outdoors(record: Record, vocab: Vocabulary) -> bool:
    """Whether the depicted statue or artwork is set up outdoors for good (rules/vocabulary.yaml
    origin_where_it_stands): taken to come from where it stands where the row gives no origin."""
    return (record.depicted_type in vocab.origin_outdoor_types and record.depicted_permanent is Tri.YES
            and record.depicted_setting in vocab.origin_outdoor_settings)


def _home_code(record: Record, vocab: Vocabulary, beyond: bool, year: int) -> str | None:
    """The country whose law the depicted work's own term runs under (its country of origin),
    as against where it stands (whose freedom of panorama applies). A building, a work built
    into one, a site or a monument has its origin where it stands whatever the column says
    (Berne art. 5(4)(c)(ii)): a French building with a US origin given (or assumed for a
    batch) was judged by US law's pre-1990 buildings (review 31d F1). Else the origin the row
    gives: a statue on a plinth by a foreign sculptor is no work built into a structure
    (review 31e F1). Without one, where it stands serves where the origin cannot matter (a
    work older than any term, an author dead longer than any life term lasts: its tags name
    the age or the death year, not the country) or for a statue set up outdoors for good."""
    if record.depicted_type in vocab.origin_where_it_stands:
        return record.depicted_country
    if record.depicted_origin_country is not None:
        return record.depicted_origin_country
    died = record.depicted_creator_death
    if beyond or _set_up_outdoors(record, vocab) or (
            died is not None and died.hi + vocab.origin_any_life_term + 1 <= year):
        return record.depicted_country
    return None


def build(
    record: Record, as_of: date, jurisdictions: dict[str, Jurisdiction], host_code: str,
    longest: int | None = None, shortest: int | None = None,
) -> Situation:
    host = jurisdictions[host_code]
    origin = jurisdictions.get(record.origin_country or "")
    depicted_j = jurisdictions.get(record.depicted_country or "")
    licence = not_by_maker(parse_licence(record.licence), record.photographer, record.rights_holder)
    f: list[Any] = _BLANK.copy()  # every value is written below
    vocab = vocabulary()
    year = as_of.year
    bound = longest if longest is not None else longest_term(jurisdictions)
    latest = death_bounds(None, record.depicted_date)
    beyond = latest is not None and latest.hi + bound + 1 <= year
    # The depicted work's own law (Situation.depicted, TermRefs' depicted.*), as against
    # depicted_j, where it stands (its freedom of panorama).
    home_code = _home_code(record, vocab, beyond, year)
    home_j = depicted_j if home_code == record.depicted_country else jurisdictions.get(home_code or "")
    f[F_DEPICTED_ORIGIN] = (
        "known" if home_j else "unsupported" if home_code is not None
        else "unknown_protected" if _protected_anywhere(
            record, vocab, shortest if shortest is not None else shortest_life_term(jurisdictions), year)
        else "unknown")
    s = Situation(record, as_of, licence, origin, host, home_j, values=f)

    photo = _photo_dates(record)
    s.terms.photo = photo
    f[F_ORIGIN] = "known" if origin else ("unknown" if record.origin_country is None else "unsupported")
    f[F_ANONYMOUS] = _tri(record.anonymous)
    named = record.photographer_named
    f[F_AUTHOR] = _NAMED[_tri(named)]
    f[F_PHOTO_KIND] = record.photo_kind or "unknown"
    f[F_PHOTO_KIND_DECIDES] = "no"  # "yes" only where the engine split on it (ruleset.Split)
    f[F_PUBLISHED] = ("known" if record.published is not None else "never" if record.never_published
                      else "unknown")
    f[F_LICENCE] = licence.cls._value_
    if record.licence is None and record.errors and any(e.column in _LICENCE_UNREAD for e in record.errors):
        # A licence cell that could not be read (#N/A, bytes not in the file's encoding, a
        # formula saved without its value, a row short of cells: an error of the cell or of the
        # row) is no statement that none is given: a free licence may stand there (review 29c
        # G4: not_ok "no licence Commons accepts is given (none)"); the row goes to a person.
        f[F_LICENCE] = LicenceClass.UNRECOGNISED._value_
    f[F_ORIGIN_IS_US] = ("unknown" if record.origin_country is None
                         else "yes" if record.origin_country == host.code
                         or (origin is not None and origin.law_code == host.code) else "no")

    _apply(s, _ORIGIN_ROLE, "origin", origin, ORIGIN_TERMS, photo, year)
    f[F_ORIGIN_PRESUMED_OLD] = _presumed_old(s, "origin", origin, photo, year)
    _apply(s, _US_ROLE, "us", host, HOST_TERMS, photo, year)
    unnamed_published = f[F_AUTHOR] != "named" and record.published is not None
    anonymous_term = host.terms.get(US_ANONYMOUS_TERM) if unnamed_published else None
    if anonymous_term is None:
        f[F_US_PUBLISHED_ANONYMOUS] = "unknown"
    else:
        result = evaluate(anonymous_term, photo, year, s.as_of)
        f[F_US_PUBLISHED_ANONYMOUS] = _status(result.status)
        s.terms["us." + US_ANONYMOUS_TERM] = TermRef("us", anonymous_term, host, result, photo)
    # Whether the US term ran out under an older law that a later extension did not revive
    # (the 1998 extension froze works published before 1923): the reason names that law.
    published = s.terms.results[_US_PUBLISHED_AT]
    f[F_US_PUBLISHED_OLD_LAW] = "yes" if published is not None and published.via is not None else "no"
    cutoff = host.uraa.published_before if host.uraa else None
    if cutoff is None:
        f[F_US_URAA_WINDOW] = "unknown"
    else:
        f[F_US_URAA_WINDOW] = _before(record.published or record.image_date, cutoff)
    notice = host.uraa.notice_required_before if host.uraa else None
    f[F_US_NOTICE_ERA] = "unknown" if notice is None else _before_day(record.published, record.published_days, notice)
    # A photo is published no earlier than it is made: one made after the notice era cannot
    # have been published in it, whatever its (unknown) publication date. The era ends on
    # 1 March of the notice year, so only a photo made after that year is surely outside it.
    f[F_US_MADE_IN_NOTICE_ERA] = "unknown" if notice is None else _before(record.image_date, notice.year + 1)
    f[F_PHOTO_ORIGIN_AT_URAA] = "unknown"  # set between stages, from the photo_origin answer
    f[F_US_RELATIONS_AT_PUBLICATION] = us_relations_at(origin, record.published)
    f[F_ORIGIN_URAA_ELIGIBLE] = uraa_eligible(origin)
    f[F_US_NOTICE] = _tri(record.copyright_notice)
    f[F_US_RENEWED] = _tri(record.copyright_renewed)
    f[F_US_REGISTERED] = _tri(record.copyright_registered)
    formal = host.formalities
    # (No publication date: unknown, without the cut-off worked out.)
    f[F_US_RENEWAL_ERA] = ("unknown" if formal is None or record.published is None
                           else _before(record.published, formal.lapsed_before(year)))

    categories = vocab.depicted_types.get(record.depicted_type or "", None)
    if record.depicted_type is None:
        f[F_DEPICTED] = "unknown"
    else:
        f[F_DEPICTED] = "object" if categories else "none"
    f[F_DEPICTED_COUNTRY] = ("known" if depicted_j else
                             "unknown" if record.depicted_country is None else "unsupported")
    f[F_DEPICTED_IN_US] = ("unknown" if depicted_j is None else
                           "yes" if depicted_j.code == host.code or depicted_j.law_code == host.code else "no")
    creator = record.creator_named
    f[F_CREATOR] = _NAMED[_tri(creator)]
    f[F_DEPICTED_AUTHOR_ANONYMOUS] = _tri(record.depicted_anonymous)
    f[F_SETTING] = record.depicted_setting or "unknown"
    f[F_DEPICTED_TYPE] = record.depicted_type or "unknown"
    f[F_PERMANENT] = _tri(record.depicted_permanent)
    made, died = record.depicted_date, record.depicted_creator_death
    f[F_DEPICTED_AFTER_DEATH] = ("yes" if made is not None and died is not None
                                 and record.depicted_type in vocab.building_after_death_types
                                 and made.hi > died.lo + vocab.building_after_death_years else "no")
    depicted_dates = _depicted_dates(record)
    f[F_DEPICTED_DEATH_RECORDED] = "no" if died is None else "yes"
    s.terms.work = depicted_dates
    _apply(s, _DEPICTED_ROLE, "depicted", home_j, DEPICTED_TERMS, depicted_dates, year)
    f[F_DEPICTED_PRESUMED_OLD] = _presumed_old(s, "depicted", home_j, depicted_dates, year)
    # A work so old that no known law's longest term can still run, whoever made it and
    # whichever law applies (a 6th-century church where the applicable law is unsettled).
    f[F_DEPICTED_BEYOND_ANY_TERM] = "yes" if beyond else "no"
    _depicted_us(s, record, categories or (), depicted_dates)
    f[F_CONTRADICTION] = "yes" if record.conflicts else "depicted" if record.depicted_conflicts else "no"
    errors = record.errors
    f[F_UNREADABLE] = ("no" if not errors else "yes" if unreadable_columns(errors)
                       else "withheld" if withheld(errors) else "no")
    f[F_HOLDER_UNKNOWN] = _holder_fact(record, licence, named)
    f[F_ATTRIBUTION] = ("na" if licence.cls is not LicenceClass.FREE
                        else ("named" if licence.attribution else "na") if named is Tri.YES
                        else ("holder" if licence.attribution else "na")
                        if record.rights_holder is not None and f[F_HOLDER_UNKNOWN] == "no"
                        and not holder_credits_no_one(record.rights_holder)
                        else "missing" if licence.attribution else "nobody" if licence.release else "na")
    f[F_TAKEN_FROM] = record.taken_from or "unknown"
    f[F_DEATH_RECORDED] = "no" if photo.death is None else "yes"
    # Asked only of a building's photo (an interior, or a building photographed inside): for
    # any other work "na", so the verdict's gate (gates.py) can rule the interior rules out on
    # this fact alone for a painting's or a statue's row.
    f[F_WORKS_INSIDE] = _tri(record.shows_works_inside) if categories and "building" in categories else "na"

    if depicted_j is not None:
        s.fop, fop_facts = _fop_facts(depicted_j, tuple(categories) if categories else None, as_of)
        f[F_FOP_OUTDOOR:F_FOP_ART_INDOOR + 1] = fop_facts
        f[F_FOP_GROUND_ONLY] = "yes" if s.fop is not None and s.fop.ground_only else "no"
        # A title that says the photo is aerial stands for an empty taken_from cell (review 12
        # C5); read only where a clause covers the view from public ground alone, the one place
        # the rules read it (rules/fop.yaml fop-aerial-by-title-not-covered).
        if (record.taken_from is None and s.fop is not None and s.fop.ground_only
                and (said := title_says_aerial(record.title))):
            f[F_TAKEN_FROM] = said  # aerial_title, or elevated_title: from above, not said how
    else:
        f[F_FOP_OUTDOOR:F_FOP_ART_INDOOR + 1] = _NO_FOP_ANYWHERE
        f[F_FOP_GROUND_ONLY] = "no"
    if record.title is None and _title_unreadable(record.errors):
        # An unreadable title leaves open every question a title answers: aerial (taken_from
        # empty where FoP covers the view from public ground alone), inside (the setting
        # empty or outdoor: record.interior_title_read), and what it says the work is beside
        # the row's type (a mural or a memorial typed landscape, a statue or a relief typed
        # building: record.py's title words). Review 29c G2: "Väggmålning på Medborgarhuset" typed landscape, its
        # bytes not in the file's encoding, was ok, where the title readable goes to a person.
        f[F_UNREADABLE] = "yes"
        s.title_open = True
    return s


# The errors that may mean an empty licence cell was not read (facts.build): the cell's own,
# and the row's (a formula saved without its value, cells missing from the row).
_LICENCE_UNREAD: Final = frozenset({"licence", "(row)"})


def _title_unreadable(errors: list[RowError]) -> bool:
    """Whether the row's title cell could not be read (bytes not in the file's encoding, a
    spreadsheet error such as #N/A, a NUL byte, a cell too long): review 15 F0."""
    return any(e.column == "title" for e in errors)


def _describe_part(part: TermPart) -> str:
    base = {
        "death": "after the author's death",
        "creation": "from the year it was made",
        "publication": "from first publication",
        "publication_else_creation": "from publication (or from creation if not published "
        f"within {part.unpublished_window} years)",
    }
    return f"{part.years} years {base[part.counts_from]}"


_BUILDING_ONLY: Final = ("building",)
_ORIGIN_UNKNOWN: Final = frozenset({"unknown", "unknown_protected"})


def _depicted_us(s: Situation, record: Record, categories: tuple[str, ...], dates: Dates) -> None:
    """Facts for the depicted work's US status: the US terms run on its dates (its
    putting-up taken as publication), its home terms run on its country's URAA date, and
    whether it is a building built before US law protected buildings."""
    f, host, j = s.values, s.host, s.depicted
    f[F_DEPICTED_US_NOTICE] = _tri(record.depicted_copyright_notice)
    f[F_DEPICTED_US_RENEWED] = _tri(record.depicted_copyright_renewed)
    if not categories or (j is None and (f[F_DEPICTED_ORIGIN] not in _ORIGIN_UNKNOWN
                                         or f[F_DEPICTED_COUNTRY] != "known")):
        # Nothing depicted with a copyright of its own, or no law to run: no US question
        # arises (rules/depicted_us.yaml answers from `depicted`), so no term is run. A
        # movable work whose origin is not given (depicted_origin unknown) still has its US
        # terms run on its dates: a work published over 95 years ago is PD there whatever
        # its origin; what its origin decides (a US work? restored?) stays unknown.
        for at in _DEPICTED_US_SLOTS:
            f[at] = "none"
        f[F_DEPICTED_RENEWAL_ERA] = "none"
        return
    year, results = s.as_of.year, s.terms.results
    for at, place, term in _role_terms(_DEPICTED_US_ROLE, host, "depicted_us", HOST_TERMS):
        if term is None:
            f[at] = _NONE
            continue
        result = evaluate(term, dates, year, s.as_of)
        f[at] = _status(result.status)
        results[place] = result
    f[F_DEPICTED_IS_US] = ("unknown" if j is None else
                           "yes" if j.code == host.code or j.law_code == host.code else "no")
    f[F_DEPICTED_IS_BUILDING] = "yes" if categories == _BUILDING_ONLY else "no"
    made = dates.creation  # the record's date, or the years its author's death bounds (made_in_lifetime)
    awcpa = host.architecture_protected_from
    f[F_DEPICTED_BEFORE_AWCPA] = "unknown" if awcpa is None else _before(made, awcpa.year)
    cutoff = host.uraa.published_before if host.uraa else None
    f[F_DEPICTED_URAA_WINDOW] = "unknown" if cutoff is None else _before(made, cutoff)
    formal = host.formalities
    f[F_DEPICTED_RENEWAL_ERA] = ("unknown" if formal is None or made is None
                                 else _before(made, formal.lapsed_before(year)))
    when = s.uraa_date(j) if j is not None else None
    for name, at in _AT_URAA:
        term = j.terms.get(name) if j is not None else None
        f[at] = (
            "unknown" if term is None or when is None else _status(evaluate(term, dates, when.year, when).status))
    f[F_DEPICTED_US_RELATIONS] = us_relations_at(j, made)
    f[F_DEPICTED_URAA_ELIGIBLE] = uraa_eligible(j)


# Term -> its phrase, keyed by the term's id (an lru_cache would hash the whole frozen
# Term, its nested parts and cases, on every call: ~7 µs, several times a row). An entry
# holds its term, so the id is not reused while it is a key.
_DESCRIBED: Final[dict[int, tuple[Term, str]]] = {}


def describe_term(term: Term) -> str:
    """The term as a phrase for explanations ("70 years after the author's death"; a term
    of two conditions names both, as the statute does)."""
    found = _DESCRIBED.get(id(term))
    if found is not None and found[0] is term:
        return found[1]
    text = _describe_term(term)
    if len(_DESCRIBED) >= 4096:
        _DESCRIBED.clear()
    _DESCRIBED[id(term)] = (term, text)
    return text


def _describe_term(term: Term) -> str:
    text = _describe_part(term.main)
    if term.at_least is not None:
        text += f", but at least {_describe_part(term.at_least)}"
    if term.at_most is not None:
        text += f", but no longer than {_describe_part(term.at_most)}"
    if term.unknown_author_drops_death and term.at_least is not None:
        text += f"; {_describe_part(term.at_least)} where the author is unknown"
    if term.lapsed is not None:
        old = _describe_part(term.lapsed.main)
        if term.lapsed.at_least is not None:
            old += f", but at least {_describe_part(term.lapsed.at_least)}"
        text += f"; PD for good where the law before {term.lapsed.changed.isoformat()} ({old}) had run out by then"
    for case in term.open_cases:
        if case.describe:
            text += f", or {case.describe}"
    return text
