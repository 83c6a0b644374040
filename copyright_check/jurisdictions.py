"""Country law files (jurisdictions/XX.yaml), validated and typed.

A file is validated against schema/jurisdiction.schema.json on load, and its name must
be its `code`: a file that fails either stops start-up with the file and key named,
because a half-read law file would give confident wrong answers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from copyright_check import datacache
from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import jurisdictions_dir
from copyright_check.pickling import by_fields

FopValue = bool | str  # True, False or "disputed"


def _sources(value: Any) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    params: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Tag | None:
        if data is None:
            return None
        return cls(data["name"], tuple((data.get("params") or {}).items()), _sources(data["source"]))


@dataclass(frozen=True, slots=True)
class NotRevived:
    """A change of law (on `changed`) that did not bring back works already in the PD:
    works whose `fact` year is before `before` had run out under the old term by then.
    Before the change the old term was still running for the later of them, so at an
    earlier date (the URAA date, say) the cut-off is `before - (changed.year - year)`."""

    fact: str
    before: int
    changed: date
    tag: Tag | None
    sources: tuple[str, ...]
    # Where the lapse under the old law is not settled enough to rely on: a work it would
    # free goes to a person with this reason instead (the main term still decides alone).
    review: str | None = None
    # The change brought the lapsed works back (a retroactive extension): the old term
    # decides only before `changed` (the URAA date, say); from then on the new term alone.
    revived: bool = False

    def cutoff(self, year: int) -> int:
        return self.before - max(0, self.changed.year - year)


@dataclass(frozen=True, slots=True)
class TermPart:
    """One condition of a term: `years` from `counts_from` (a fact of the work)."""

    counts_from: str
    years: int
    unpublished_window: int | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> TermPart | None:
        if data is None:
            return None
        return cls(data["counts_from"], data["years"], data.get("unpublished_window"))


@dataclass(frozen=True, slots=True)
class Lapsed:
    """An older law's term that a later one (in force from `changed`) did not revive: a work
    whose protection under it had run out before `changed` stays PD (Norway's photo law of
    1960: 25 years from the making, at least 15 years after the photographer's death; photos
    whose protection had ended before 29 June 1995 stay PD, Template:PD-Norway50). Unlike
    NotRevived, the old term may count from two facts at once."""

    changed: date
    main: TermPart
    at_least: TermPart | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OpenCase:
    """A case of a term the record cannot tell (a death 'for France', a copyright notice):
    where its conditions may hold (`when`: fact -> first and last year, None open), a
    finding goes to a person with `review`. A case that may lengthen the term (`longer`, or
    a term that may run `until` the end of a year) reopens a PD finding while that could
    still run; one that may free the work (`frees`) reopens a running term."""

    when: tuple[tuple[str, int | None, int | None], ...]
    review: str
    sources: tuple[str, ...]
    subject: str | None = None  # "photo" or "depicted": only for that kind of subject
    longer: TermPart | None = None
    until: int | None = None
    frees: bool = False
    when_known: bool = False  # the conditions hold only on facts the record gives
    # The case is law, not a doubt (`longer` or `until`): where the record's facts surely
    # meet `when`, its term is part of the work's term ("... but at least ..."); where they
    # only may (a year range across the cut-off, a fact not given), a person decides as for
    # any open case. `describe` says it in the term's phrase (facts.describe_term).
    certain: bool = False
    describe: str | None = None
    # A `frees` case that frees the work only once this term has run out too (Libya's
    # 5 years from publication under the 1968 law, beside the life + 50 the file applies):
    # while both still run the work is protected whichever law applies, not a question.
    frees_after: TermPart | None = None
    # An `until` that is no year to wait for (a rehabilitation that may come any year): the
    # finding goes to a person while it could run, but uploadable_from keeps the term's own
    # year, when the row becomes that person's question, never the bound's.
    open_end: bool = False
    # A `longer` case named while the term still runs (`while_running`): the term's reason
    # gives both ends, its own and the longer term's, and what decides between them (Russia's
    # + 4 years for an author who fought in or worked during the Great Patriotic War:
    # Template:PD-Russia asks the uploader to show he did not). uploadable_from stays the
    # earlier end, when the row becomes that person's question (terms._open_case). Without it,
    # a running term says its own end only (France's 'mort pour la France', which few were).
    while_running: bool = False
    # The case is the posthumous rehabilitation of a repressed author (RU Civil Code art.
    # 1281(5), {{PD-Ukraine}}): the record's rehabilitation_year column settles it, "no" (not
    # rehabilitated) closing it and a year N giving this many years from it (PD from
    # N + years + 1); an empty cell leaves it a person's question.
    rehabilitation_years: int | None = None
    # What the reason adds where the record settles it: `rehabilitation_counted` (its
    # "{year}" the rehabilitation's years) and `not_rehabilitated`.
    rehabilitation_counted: str = ""
    not_rehabilitated: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    key: str
    counts_from: str
    years: int
    unpublished_window: int | None
    not_revived: tuple[NotRevived, ...]
    in_force_from: date | None
    review: str | None
    tag: Tag | None
    sources: tuple[str, ...]
    # A term made of two conditions: protected until the later ("but at least …") or
    # only until the earlier ("but no longer than …") of the main one and this.
    at_least: TermPart | None = None
    at_most: TermPart | None = None
    open_cases: tuple[OpenCase, ...] = ()
    # `review` holds only from this date's year: before it the law the term encodes was in
    # force, so the status on an earlier date (the URAA date) is decided by the term itself.
    review_from: date | None = None
    # `review` holds only up to this date's year: the day a later law, whose terms were read,
    # came in. On later dates the term itself decides; on earlier ones (the URAA date) the
    # law then in force, which was not found, would, so a person must.
    review_until: date | None = None
    # Where the author is unknown (an anonymous photo: anonymous = yes, no death year), the
    # parts counting from his death do not apply, as the law says ("or the author is
    # unknown"): the others alone make the term.
    unknown_author_drops_death: bool = False
    lapsed: Lapsed | None = None

    @property
    def main(self) -> TermPart:
        return TermPart(self.counts_from, self.years, self.unpublished_window)

    @property
    def longest_years(self) -> int:
        """The most years the term can give from its own fact: a `certain` case's longer
        term counted from the same fact (Spain's life + 80 beside life + 70) is the term
        for the works it covers, so a presumption or a tag that states "N years" must
        allow for it."""
        years = self.years
        for case in self.open_cases:
            if case.certain and case.longer is not None and case.longer.counts_from == self.counts_from:
                years = max(years, case.longer.years)
        return years


@dataclass(frozen=True, slots=True)
class Fop:
    """One freedom-of-panorama entry. `public_place_required` False: the law names no
    place (UK s62(1)(a): buildings), so every setting is covered. `in_force_from`: the
    entry is the law from that date; before it `earlier` applied (None: no exception).
    `practice`: what Commons does with a file that turns on a `disputed` value here
    ("deletes" on the doubt, its precautionary principle, or "keeps")."""

    category: str
    outdoor_public: FopValue
    indoor_public: FopValue
    commercial: FopValue
    permanent_required: bool
    review: str | None
    tag: Tag | None
    sources: tuple[str, ...]
    public_place_required: bool = True
    in_force_from: date | None = None
    earlier: Fop | None = None
    practice: str | None = None
    practice_sources: tuple[str, ...] = ()
    period: str = ""  # how the law as of an earlier date is named in reasons
    # The clause covers only the view from public ground, as the public sees it: not a photo
    # from the air (German UrhG § 59: BGH, 23 October 2024, I ZR 67/23), rules/fop.yaml.
    ground_only: bool = False

    def at(self, day: date) -> Fop:
        """The entry as the law stood on `day`."""
        if self.in_force_from is None or day >= self.in_force_from:
            return self
        period = f"as the law stood before {self.in_force_from.isoformat()}"
        if self.earlier is not None:
            return replace(self.earlier.at(day), period=period)
        return Fop(self.category, False, False, False, True, None, None, self.sources, period=period)


@dataclass(frozen=True, slots=True)
class UsRelations:
    """Since when the US has had copyright relations with the country (Circular 38a);
    `since` None means none. A published work of a national of a country without
    relations at the time of publication is not protected in the US (17 USC 104(b)).
    `review`: the relation is unsettled, so it may never decide a verdict."""

    since: date | None
    review: str | None
    sources: tuple[str, ...]
    # The Commons tag that states the US side for a work published while there were no
    # relations (Template:PD-Somalia), where Commons has one for the country.
    tag: Tag | None = None
    # The review holds only for a work that may have been published before this day (South
    # Sudan's independence: an earlier work may count in the US as Sudan's); None: for every work.
    review_before: date | None = None


@dataclass(frozen=True, slots=True)
class Uraa:
    """`restoration_date` None: the country is not eligible for URAA restoration."""

    restoration_date: date | None
    published_before: int | None
    # The first day a work published without a notice kept its copyright (1 March 1989).
    notice_required_before: date | None
    tag: Tag | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Formalities:
    """The host's formalities of publication (the US 1909 Act and 17 USC 405(a)): works
    published with a notice before `renewal_required_before` needed a renewal; the Commons
    tags for a work that lost its copyright for want of a notice or of a renewal. The years
    of the notice era are the URAA entry's (Uraa.published_before, notice_required_before)."""

    renewal_required_before: int
    first_term_years: int
    no_notice: Tag
    not_renewed: Tag
    no_notice_sources: tuple[str, ...]
    not_renewed_sources: tuple[str, ...]
    # 1978 - 28 February 1989: a notice omitted and no registration within five years
    # (17 USC 405(a)); Commons gives it its own tag, whose text says those years.
    unregistered: Tag
    unregistered_sources: tuple[str, ...]

    def lapsed_before(self, year: int) -> int:
        """Works published before this year may have lapsed unrenewed by `year` (the as-of
        year): published before renewal became automatic, and their first term over."""
        return min(self.renewal_required_before, year - self.first_term_years)

    def tag(self, kind: str) -> tuple[Tag, tuple[str, ...]]:
        """The tag and sources of a lapse: `kind` "no_notice", "unregistered" or "not_renewed"."""
        if kind == "no_notice":
            return self.no_notice, self.no_notice_sources
        if kind == "unregistered":
            return self.unregistered, self.unregistered_sources
        return self.not_renewed, self.not_renewed_sources


def _formalities(data: dict[str, Any] | None) -> Formalities | None:
    if not data:
        return None
    no_notice, not_renewed = Tag.from_data(data["no_notice"]["tag"]), Tag.from_data(data["not_renewed"]["tag"])
    unregistered = Tag.from_data(data["unregistered"]["tag"])
    assert no_notice is not None and not_renewed is not None and unregistered is not None  # the schema requires them
    return Formalities(data["renewal_required_before"], data["first_term_years"], no_notice, not_renewed,
                       _sources(data["no_notice"]["source"]), _sources(data["not_renewed"]["source"]),
                       unregistered, _sources(data["unregistered"]["source"]))


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    code: str
    name: str
    path: str
    commons_page: str
    terms: dict[str, Term]
    fop: dict[str, Fop]
    uraa: Uraa | None
    review: str | None
    examples: tuple[dict[str, Any], ...] = field(default=())
    us_relations: UsRelations | None = None
    # Buildings built before this date have no copyright here (for the US: the
    # Architectural Works Copyright Protection Act, 1 December 1990), with its source.
    architecture_protected_from: date | None = None
    architecture_sources: tuple[str, ...] = ()
    # The code of the jurisdiction whose law this territory applies (Puerto Rico: US),
    # with the source for that fact; its terms, FoP and URAA date are that file's.
    follows: str | None = None
    follows_sources: tuple[str, ...] = ()
    # The host's publication formalities (notice, renewal): the US file only.
    formalities: Formalities | None = None

    @property
    def law_code(self) -> str:
        """Whose law applies here: the followed jurisdiction's code, else this one's."""
        return self.follows or self.code

    file: str = ""  # the file as a reviewer finds it in the repository: jurisdictions/XX.yaml


def _not_revived(data: dict[str, Any]) -> NotRevived:
    return NotRevived(data["fact"], data["before"], date.fromisoformat(data["changed"]),
                      Tag.from_data(data.get("tag")), _sources(data["source"]), data.get("review"),
                      bool(data.get("revived", False)))


def _term(key: str, data: dict[str, Any]) -> Term:
    nr = data.get("not_revived") or []
    if isinstance(nr, dict):
        nr = [nr]
    return Term(
        key=key,
        counts_from=data["counts_from"],
        years=data["years"],
        unpublished_window=data.get("unpublished_window"),
        not_revived=tuple(_not_revived(n) for n in nr),
        in_force_from=date.fromisoformat(data["in_force_from"]) if data.get("in_force_from") else None,
        review=data.get("review"),
        tag=Tag.from_data(data.get("tag")),
        sources=_sources(data["source"]),
        at_least=TermPart.from_data(data.get("at_least")),
        at_most=TermPart.from_data(data.get("at_most")),
        open_cases=tuple(_open_case(c) for c in data.get("open_cases") or ()),
        review_from=date.fromisoformat(data["review_from"]) if data.get("review_from") else None,
        review_until=date.fromisoformat(data["review_until"]) if data.get("review_until") else None,
        unknown_author_drops_death=bool(data.get("unknown_author_drops_death", False)),
        lapsed=_lapsed(data["lapsed"]) if data.get("lapsed") else None,
    )


def _lapsed(data: dict[str, Any]) -> Lapsed:
    return Lapsed(date.fromisoformat(data["changed"]), TermPart(data["counts_from"], data["years"]),
                  TermPart.from_data(data.get("at_least")), _sources(data["source"]))


def _open_case(data: dict[str, Any]) -> OpenCase:
    return OpenCase(
        when=tuple((fact, span[0], span[1]) for fact, span in data["when"].items()),
        review=data["review"], sources=_sources(data["source"]), subject=data.get("subject"),
        longer=TermPart.from_data(data.get("longer")), until=data.get("until"),
        frees=data.get("frees", False), when_known=data.get("when_known", False),
        certain=data.get("certain", False), describe=data.get("describe"),
        frees_after=TermPart.from_data(data.get("frees_after")), open_end=data.get("open_end", False),
        while_running=data.get("while_running", False),
        rehabilitation_years=(data.get("rehabilitation") or {}).get("years"),
        rehabilitation_counted=(data.get("rehabilitation") or {}).get("counted", ""),
        not_rehabilitated=(data.get("rehabilitation") or {}).get("not_rehabilitated", ""),
    )


def _fop(category: str, data: dict[str, Any]) -> Fop:
    return Fop(
        category=category,
        outdoor_public=data["outdoor_public"],
        indoor_public=data["indoor_public"],
        commercial=data["commercial"],
        permanent_required=data["permanent_required"],
        review=data.get("review"),
        tag=Tag.from_data(data.get("tag")),
        sources=_sources(data["source"]),
        public_place_required=data.get("public_place_required", True),
        in_force_from=date.fromisoformat(data["in_force_from"]) if data.get("in_force_from") else None,
        earlier=_fop(category, data["earlier"]) if data.get("earlier") else None,
        practice=(data.get("commons_practice") or {}).get("on_dispute"),
        practice_sources=_sources(data["commons_practice"]["source"]) if data.get("commons_practice") else (),
        ground_only=data.get("from_public_ground_only", False),
    )


def _us_relations(path: Path, data: dict[str, Any] | None) -> UsRelations | None:
    if data is None:
        return None
    review_before = data.get("review_before")
    return UsRelations(_date_or_none(path, "us_relations.since", data["since"]), data.get("review"),
                       _sources(data["source"]), Tag.from_data(data.get("tag")),
                       date.fromisoformat(review_before) if review_before else None)


def _inherit(path: Path, data: dict[str, Any], raw: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A territory that applies another's law (`follows`) takes every law key it does not
    set itself from that file, so the law is written once and corrected once. `follows`
    ends up naming the root of a chain (the country whose law is finally applied)."""
    code = data.get("follows")
    if code is None:
        return data
    seen = [data["code"]]
    merged = dict(data)
    while code is not None:
        merged["follows"] = code
        if code in seen:
            raise DataFileError(path, "follows", f"circular: {' -> '.join([*seen, code])}")
        parent = raw.get(code)
        if parent is None:
            raise DataFileError(path, "follows", f"no jurisdiction file for {code!r}")
        seen.append(code)
        for key in _INHERITED:
            if key not in merged and key in parent:
                merged[key] = parent[key]
        code = parent.get("follows")
    return merged


# The keys that carry law, as opposed to the file's own identity and examples.
_INHERITED = ("terms", "fop", "uraa", "us_relations", "notes", "review", "formalities")

def _date_or_none(path: Path, key: str, value: str) -> date | None:
    if value == "none":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(path, key, str(exc)) from None


def load_jurisdiction(path: Path) -> Jurisdiction:
    """One file on its own; a file that `follows` another reads that one from the same folder."""
    data = load_yaml(path, "jurisdiction")
    raw = {p.stem: load_yaml(p, "jurisdiction") for p in path.parent.glob("*.yaml")} if data.get("follows") else {}
    return _build(path, data, raw)


def _build(path: Path, data: dict[str, Any], raw: dict[str, dict[str, Any]]) -> Jurisdiction:
    if data["code"] != path.stem:
        raise DataFileError(path, "code", f"is {data['code']!r} but the file is named {path.name}")
    data = _inherit(path, data, raw)
    for category, fop in data["fop"].items():
        values = (fop["outdoor_public"], fop["indoor_public"], fop["commercial"])
        if "disputed" in values and not fop.get("review"):
            raise DataFileError(path, f"fop.{category}.review", "a disputed entry needs a review reason")
    uraa = data.get("uraa")
    restoration = _date_or_none(path, "uraa.restoration_date", uraa["restoration_date"]) if uraa else None
    return Jurisdiction(
        code=data["code"],
        name=data["name"],
        path=str(path),
        commons_page=data["commons_page"],
        terms={k: _term(k, v) for k, v in data["terms"].items()},
        fop={k: _fop(k, v) for k, v in data["fop"].items()},
        uraa=Uraa(restoration, uraa.get("published_before"),
                  _date_or_none(path, "uraa.notice_required_before", uraa["notice_required_before"])
                  if "notice_required_before" in uraa else None,
                  Tag.from_data(uraa.get("tag")),
                  _sources(uraa["source"])) if uraa else None,
        review=data.get("review"),
        examples=tuple(data["examples"]),
        file=f"jurisdictions/{path.name}",
        us_relations=_us_relations(path, data.get("us_relations")),
        architecture_protected_from=date.fromisoformat(data["architecture_protected_from"]["date"])
        if data.get("architecture_protected_from") else None,
        architecture_sources=_sources(data["architecture_protected_from"]["source"])
        if data.get("architecture_protected_from") else (),
        follows=data.get("follows"),
        follows_sources=_sources(data["follows_source"]) if data.get("follows") else (),
        formalities=_formalities(data.get("formalities")),
    )


def load_all(folder: Path | None = None) -> dict[str, Jurisdiction]:
    folder = folder or jurisdictions_dir()
    if not folder.is_dir():
        raise DataFileError(folder, "", "jurisdictions folder not found")
    paths = sorted(folder.glob("*.yaml"))
    key = _built_key(paths)
    if key is not None and datacache.reading():
        kept = datacache.store().get(key)
        if isinstance(kept, dict) and kept:
            return kept
    raw = {p.stem: load_yaml(p, "jurisdiction") for p in paths}
    found: dict[str, Jurisdiction] = {}
    for path in paths:
        j = _build(path, raw[path.stem], raw)
        found[j.code] = j
    if not found:
        raise DataFileError(folder, "", "no jurisdiction files")
    if key is not None:
        datacache.store().put(key, found)
    return found


# This module's source, as the installed (compiled) module was built from it.
_SOURCE = Path(__file__).resolve().parent / "jurisdictions.py"


def _built_key(paths: list[Path]) -> str | None:
    """Where the data cache keeps the jurisdictions built from these files: building them
    (inheritance, terms, FoP entries: thousands of objects) was half of `Assessor()` on a
    warm start, after each file had come validated from the cache. The key hashes every
    file's path and bytes and this module's source (which builds and pickles them); the
    store itself is named by the schemas, the loader and the Python version. An edited file
    or module is a miss, built afresh from the validated files. None if a file cannot be
    read (the full load then names it)."""
    h = hashlib.sha256(b"jurisdictions built 1\0")
    try:
        h.update(_SOURCE.read_bytes())
        for path in paths:
            h.update(b"\0" + str(path).encode("utf-8", "surrogatepass") + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        return None
    return "jurisdictions:" + h.hexdigest()


@lru_cache(maxsize=4)
def default_jurisdictions() -> dict[str, Jurisdiction]:
    return load_all()


# Kept built in the data cache (load_all) and rebuilt from their fields: a compiled frozen
# class cannot be unpickled field by field (pickling.py).
by_fields(Tag, NotRevived, TermPart, Lapsed, OpenCase, Term, Fop, UsRelations, Uraa, Formalities, Jurisdiction)
