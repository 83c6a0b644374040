"""Structured data on Commons and registry metadata for one assessment.

Built from what the assessment already decided (its templates), never deciding anything
again: each template is looked up in rules/structured_data.yaml, which holds every
Wikidata ID with the stored page it was read on. The claims are the `wbeditentity`
claims an upload script posts for the file (P6216 copyright status, one statement per
jurisdiction with its P1001 and P459 qualifiers; P275 for a licensed photo; P170 and
P571 where the record gives them); `registry` is the same finding as a rights statement
a registry of public-domain and openly licensed works takes (CommonsDB). A template the
data file cannot map gives no statement and is named under `left_out`, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from copyright_check.assessment import Assessment, RowError, Verdict, unmatched_id, unmatched_why
from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import rules_dir
from copyright_check.record import Tri, normalise_keys, photo_kind_of, record_from_row
from copyright_check.register import Register, default_register
from copyright_check.wikitext import credited_name

Json = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Statement:
    """A P6216 public-domain statement for one jurisdiction."""

    jurisdiction: str  # item ID
    method: str  # item ID
    rationale: str


@dataclass(frozen=True, slots=True)
class LifeTerm:
    years: int
    statement: Statement


@dataclass(frozen=True, slots=True)
class TemplateMap:
    statements: tuple[Statement, ...]
    life_term: bool
    status: str | None  # item ID of a P6216 value without qualifiers
    licence: str | None  # item ID for P275
    rights_statement: str  # URI
    rationale: str | None
    left_out: str | None
    # "key=value" of a parameter the template is written with -> the statements it then adds
    # (PD-Brazil-Photo|1=1923 states PD-US-expired's US side: rules/tags.yaml, combine)
    param_statements: tuple[tuple[str, tuple[Statement, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class CreativeCommons:
    pattern: re.Pattern[str]
    status: str
    deed: str
    items: dict[str, str]
    no_item: str
    pd_found: str  # why P6216 is left out beside the licence of a photo found PD
    pd_found_rules: frozenset[str]  # the reasons that say so


@dataclass(frozen=True, slots=True)
class StructuredData:
    properties: dict[str, str]
    public_domain: str
    calendar: str
    templates: dict[str, TemplateMap]
    life_terms: tuple[LifeTerm, ...]  # longest first
    life_spans: tuple[int, ...]  # longest first: the registry rationale where no life term has run out
    life_text: str
    pd_kinds: frozenset[str]
    pd_rights: str
    cc: CreativeCommons
    excluded_kinds: frozenset[str]
    excluded_why: str
    depicted_why: str
    unmapped: dict[str, str]
    item_ids: frozenset[str]  # every item ID the file holds: nothing else reaches the output
    path: str


def load_structured_data(path: Path | None = None) -> StructuredData:
    path = path or rules_dir() / "structured_data.yaml"
    data = load_yaml(path, "structured_data")
    items = {k: v["id"] for k, v in data["items"].items()}
    rights = {k: v["uri"] for k, v in data["rights_statements"].items()}

    def ref(table: Mapping[str, T], key: str, where: str) -> T:
        if key not in table:
            raise DataFileError(path, where, f"{key!r} is not defined in this file")
        return table[key]

    def statement(s: Mapping[str, Any], where: str) -> Statement:
        return Statement(ref(items, s["jurisdiction"], f"{where}.jurisdiction"),
                         ref(items, s["method"], f"{where}.method"), s["rationale"])

    named = {k: statement(s, f"statements.{k}") for k, s in data["statements"].items()}
    terms = sorted((LifeTerm(t["years"], statement(t, f"life_terms.{i}")) for i, t in enumerate(data["life_terms"])),
                   key=lambda t: -t.years)
    templates = {}
    for name, t in data["templates"].items():
        where = f"templates.{name}"
        if name in data["unmapped"]:
            raise DataFileError(path, where, "is also listed under unmapped")
        templates[name] = TemplateMap(
            tuple(ref(named, k, f"{where}.statements") for k in t.get("statements", ())),
            bool(t.get("life_term")),
            ref(items, t["status"], f"{where}.status") if "status" in t else None,
            ref(items, t["licence"], f"{where}.licence") if "licence" in t else None,
            ref(rights, t["rights_statement"], f"{where}.rights_statement"),
            t.get("rationale"), t.get("left_out"),
            tuple((str(p), tuple(ref(named, k, f"{where}.param_statements.{p}") for k in keys))
                  for p, keys in (t.get("param_statements") or {}).items()))
    cc = data["creative_commons"]
    try:
        pattern = re.compile(cc["pattern"])
    except re.error as exc:
        raise DataFileError(path, "creative_commons.pattern", str(exc)) from None
    return StructuredData(
        properties={k: v["id"] for k, v in data["properties"].items()},
        public_domain=ref(items, "public_domain", "items"),
        calendar=ref(items, "gregorian_calendar", "items"),
        templates=templates,
        life_terms=tuple(terms),
        life_spans=tuple(sorted(data["life_rationale"]["spans"], reverse=True)),
        life_text=data["life_rationale"]["text"],
        pd_kinds=frozenset(data["public_domain_kinds"]["kinds"]),
        pd_rights=ref(rights, data["public_domain_kinds"]["rights_statement"], "public_domain_kinds.rights_statement"),
        cc=CreativeCommons(pattern, ref(items, cc["status"], "creative_commons.status"), cc["deed"],
                           {k: ref(items, v, f"creative_commons.items.{k}") for k, v in cc["items"].items()},
                           cc["no_item"], cc["pd_found"], frozenset(cc["pd_found_rules"])),
        excluded_kinds=frozenset(data["not_copyright_status"]["kinds"]),
        excluded_why=data["not_copyright_status"]["why"],
        depicted_why=data["not_copyright_status"]["depicted"],
        unmapped=dict(data["unmapped"]),
        item_ids=frozenset(items.values()),
        path=f"rules/{path.name}",
    )


@lru_cache(maxsize=1)
def default_structured_data() -> StructuredData:
    return load_structured_data()


# -- Wikibase JSON (the shapes wbeditentity takes) -------------------------------------
def _item(prop: str, qid: str) -> Json:
    return {"snaktype": "value", "property": prop, "datatype": "wikibase-item",
            "datavalue": {"type": "wikibase-entityid",
                          "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}}}


def _string(prop: str, text: str) -> Json:
    return {"snaktype": "value", "property": prop, "datatype": "string",
            "datavalue": {"type": "string", "value": text}}


def _year(prop: str, year: int, calendar: str) -> Json:
    return {"snaktype": "value", "property": prop, "datatype": "time",
            "datavalue": {"type": "time", "value": {
                "time": f"{'+' if year >= 0 else '-'}{abs(year):04d}-00-00T00:00:00Z", "timezone": 0,
                "before": 0, "after": 0, "precision": 9,  # 9: a year (Wikibase time precision)
                "calendarmodel": f"http://www.wikidata.org/entity/{calendar}"}}}


def _claim(mainsnak: Json, qualifiers: list[Json] | None = None) -> Json:
    claim: Json = {"mainsnak": mainsnak, "type": "statement", "rank": "normal"}
    if qualifiers:
        grouped: dict[str, list[Json]] = {}
        for q in qualifiers:
            grouped.setdefault(q["property"], []).append(q)
        claim["qualifiers"] = grouped
        claim["qualifiers-order"] = list(grouped)
    return claim


# -- templates as the assessment wrote them ----------------------------------------------
_TAG = re.compile(r"^\{\{([^|{}]+)((?:\|[^{}]*)?)\}\}$")


def parse_tag(text: str) -> tuple[str, dict[str, str]]:
    """`{{PD-old-auto|deathyear=1948}}` -> ("PD-old-auto", {"deathyear": "1948"}). The
    templates come from the assessment (rendered from data), never from a record."""
    m = _TAG.match(text.strip())
    if m is None:
        return text.strip(), {}
    params = {}
    for part in m.group(2).split("|")[1:]:
        key, _, value = part.partition("=")
        params[key.strip()] = value.strip()
    return m.group(1).strip(), params


@dataclass(slots=True)
class _Found:
    claims: list[Json]
    rights: list[str]
    rationales: list[str]
    methods: list[str]
    left_out: list[Json]
    # The assessment found the photo PD on both sides, its page resting on the holder's
    # licence (rules/structured_data.yaml, creative_commons.pd_found_rules)
    public_domain: bool = False


def _run_out(years: int, params: Mapping[str, str], as_of: date) -> bool:
    """A term runs to the end of the calendar year: life + N is over from 1 January of
    death year + N + 1."""
    death = params.get("deathyear", "")
    return death.isdigit() and as_of.year > int(death) + years


def _life_term(sd: StructuredData, params: Mapping[str, str], as_of: date) -> Statement | None:
    """The longest verified life term that has run out."""
    return next((t.statement for t in sd.life_terms if _run_out(t.years, params, as_of)), None)


def _life_rationale(sd: StructuredData, params: Mapping[str, str], as_of: date) -> str | None:
    """Without a statement, the registry still gets the template's own finding in words."""
    span = next((n for n in sd.life_spans if _run_out(n, params, as_of)), None)
    return None if span is None else sd.life_text.format(years=span)


def _template(sd: StructuredData, register: Register, text: str, as_of: date, found: _Found) -> None:
    name, params = parse_tag(text)
    prop = sd.properties
    m = sd.templates.get(name)
    if m is not None:
        statements: list[Statement] = []  # the source country's side first, then the United States'
        if m.life_term:
            term = _life_term(sd, params, as_of)
            if term is None:
                found.left_out.append({"template": name, "why": (
                    "the source-country side: no life term in " + sd.path + " with verified Wikidata items has run "
                    f"out for deathyear={params.get('deathyear', '')} as of {as_of.isoformat()}")})
                words = _life_rationale(sd, params, as_of)
                if words is not None:
                    found.rationales.append(words)
            else:
                statements.append(term)
        statements += m.statements
        for given, more in m.param_statements:
            key, _, value = given.partition("=")
            if params.get(key) == value:
                statements += more
        for s in statements:
            found.claims.append(_claim(_item(prop["copyright_status"], sd.public_domain), [
                _item(prop["applies_to_jurisdiction"], s.jurisdiction), _item(prop["determination_method"], s.method)]))
            found.rationales.append(s.rationale)
            found.methods.append(s.method)
        if m.status is not None:
            found.claims.append(_claim(_item(prop["copyright_status"], m.status)))
        if m.licence is not None:
            found.claims.append(_claim(_item(prop["copyright_license"], m.licence)))
        if m.rationale is not None:
            found.rationales.append(m.rationale)
        if m.left_out is not None:
            found.left_out.append({"template": name, "why": m.left_out})
        found.rights.append(m.rights_statement)
        return
    cc = sd.cc.pattern.fullmatch(name)
    if cc is not None:
        elements, version, port = cc.group("elements"), cc.group("version"), cc.group("port") or ""
        item = sd.cc.items.get(f"{elements}-{version}" + (f"-{port}" if port else ""))
        # P6216 copyrighted only beside the licence (P275) it is the status of: alone it
        # would post the file as all rights reserved; and never for a photo the assessment
        # found PD on both sides (its page rests on the licence for want of a PD tag).
        if found.public_domain:
            found.left_out.append({"template": name, "why": sd.cc.pd_found})
        elif item is not None:
            found.claims.append(_claim(_item(prop["copyright_status"], sd.cc.status)))
        if item is None:
            found.left_out.append({"template": name, "why": sd.cc.no_item})
        else:
            found.claims.append(_claim(_item(prop["copyright_license"], item)))
        found.rights.append(sd.cc.deed.format(elements=elements, version=version, port=f"{port}/" if port else ""))
        return
    entry = register.find(name)
    if entry is not None and entry.kind in sd.excluded_kinds:
        why = sd.excluded_why
    else:
        why = sd.unmapped.get(name, f"not in {sd.path}")
        if entry is not None and entry.kind in sd.pd_kinds:
            found.rights.append(sd.pd_rights)
    found.left_out.append({"template": name, "why": why})


def _about_the_file(sd: StructuredData, cells: Mapping[str, str], as_of: date) -> list[Json]:
    """P170 for a named photographer who has no Wikidata item here: an unknown value with
    the name as P2093 author name string (Commons:Structured data/Modeling/Author);
    P571 for an image date that is one exact year. A name's line breaks become spaces: a
    Wikibase string is one line. None for a faithful reproduction of a flat work: it has no
    author or date of its own (Commons:When to use the PD-Art tag), and its file page names
    the work's artist and date (Template:Artwork/doc), so the photographer as P170 and the
    scan's year as P571 would state what the page denies (review 12 C11)."""
    if photo_kind_of(cells.get("photo_kind", "")) == "faithful_reproduction":
        return []
    record = record_from_row(cells, as_of.year, normalised=True)
    prop = sd.properties
    claims = []
    if record.photographer_named is Tri.YES and record.photographer and record.anonymous is not Tri.YES:
        name = " ".join(credited_name(record.photographer).split())
        claims.append(_claim({"snaktype": "somevalue", "property": prop["creator"]},
                             [_string(prop["author_name_string"], name)]))
    if record.image_date is not None and record.image_date.is_exact:
        claims.append(_claim(_year(prop["inception"], record.image_date.lo, sd.calendar)))
    return claims


def sdc_claims(a: Assessment, cells: Mapping[str, str], as_of: date | None = None,
               data: StructuredData | None = None, register: Register | None = None) -> Json:
    """The sdc object for one assessed row: `id`, `verdict`, `claims` (empty unless ok),
    `registry` (None unless ok), `left_out` and `errors`."""
    sd = data or default_structured_data()
    when = as_of or date.today()
    out: Json = {"id": a.id, "verdict": a.verdict.value, "claims": [], "registry": None, "left_out": []}
    if a.verdict is Verdict.OK:
        found = _Found([], [], [], [], [], any(r.rule in sd.cc.pd_found_rules for r in a.reasons))
        own = len(a.templates) if a.own is None else a.own
        for text in a.templates[:own]:
            _template(sd, register or default_register(), text, when, found)
        found.left_out += [{"template": parse_tag(t)[0], "why": sd.depicted_why} for t in a.templates[own:]]
        found.claims += _about_the_file(sd, normalise_keys(cells), when)
        out["claims"] = found.claims
        out["left_out"] = found.left_out
        out["registry"] = {
            "rights_statement": found.rights[0] if found.rights else None,
            "rationale": " ".join(dict.fromkeys(found.rationales)) or None,
            "determination_methods": list(dict.fromkeys(found.methods)),
            "templates": [parse_tag(t)[0] for t in a.templates[:own]],
        }
    out["errors"] = [e.to_dict() for e in a.errors]
    bad_id = unmatched_id(a.errors)
    if bad_id is not None:
        withhold(out, bad_id)
    return out


def withhold(out: Json, error: RowError) -> None:
    """No claims and no registry entry for a row whose id is empty or repeated: an upload
    keyed by id cannot tell which file they belong to. Each template is named under
    `left_out` with the reason (README, File pages)."""
    registry = out.get("registry")
    if not out["claims"] and registry is None:
        return
    why = unmatched_why(error)
    names = registry["templates"] if registry else []
    out["left_out"] = [*({"template": n, "why": why} for n in names), *out["left_out"]]
    out["claims"] = []
    out["registry"] = None


# -- check-data ----------------------------------------------------------------------------
STATUS_KINDS = ("licence", "pd_country", "pd_us", "pd_both")


def coverage_problems(sd: StructuredData, register: Register, emitted: list[tuple[str, str]]) -> list[str]:
    """Every licence or public-domain template a data file can make the tool write is mapped
    here or listed as unmapped with its reason; every name here is a registered template."""
    problems = []
    for name, where in emitted:
        entry = register.find(name)
        if entry is None or entry.kind not in STATUS_KINDS or entry.status == "not_emitted":
            continue
        if name not in sd.templates and name not in sd.unmapped and not sd.cc.pattern.fullmatch(name):
            problems.append(f"{where}: template {name!r} has no structured data in {sd.path} "
                            "(map it under templates, or list it under unmapped with the reason)")
    for name in [*sd.templates, *sd.unmapped]:
        if register.find(name) is None:
            problems.append(f"{sd.path}: {name!r} is not a template in the register ({register.path})")
    return problems
