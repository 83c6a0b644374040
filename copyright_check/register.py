"""The template register (rules/templates.yaml): every Commons template the tool may write,
with the page it was checked against, its kind and its conditions.

Two jobs, both generic over the data: `unregistered` lists the names a jurisdiction, licence
or tag file would emit that the register does not hold (check-data and a test fail on it),
and `violations` checks one file page's tags against the conditions of each template on it
(a row that breaks one goes to needs_review; the condition's own sentence says why).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import rules_dir

if TYPE_CHECKING:
    from copyright_check.facts import FactReader

TagUse = tuple[str, list[tuple[str, Any]]]
KINDS = ("licence", "pd_country", "pd_us", "pd_both", "fop", "warning")


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    why: str
    with_kinds: tuple[str, ...] = ()
    with_names: tuple[str, ...] = ()
    on: str = "same"
    params: tuple[str, ...] = ()
    facts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    when_with: tuple[str, ...] = ()
    before: tuple[tuple[str, int], ...] = ()
    # Years the record's range must lie in or after, whatever stands beside the tag (a
    # template whose text names a state that did not exist before a year).
    not_before: tuple[tuple[str, int], ...] = ()
    groups: tuple[str, ...] = ()  # the tag groups it is checked in; () = every group
    unless: tuple[tuple[str, tuple[str, ...]], ...] = ()  # facts under which it does not apply
    # What a broken condition does, per group: "review" (the row goes to needs_review) or
    # "drop" (the tag is left off, the legal decision stands); "review" where not given.
    otherwise: tuple[tuple[str, str], ...] = ()

    def action(self, group: str) -> str:
        return dict(self.otherwise).get(group, "review")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str
    page: str
    seen: str
    checked: str
    status: str
    conditions: tuple[Condition, ...]
    note: str = ""
    # What the template's own text asks the file page to say, which the tool cannot know
    # (PD-UK-unknown: the research done to find the author): the page says so where the tag
    # is written (wikitext.file_page), for the uploader to fill in.
    page_asks: str = ""


@dataclass(frozen=True, slots=True)
class Violation:
    """A template on a file page used outside its own conditions."""

    template: str
    condition: str
    why: str
    page: str
    group: str = "photo"
    action: str = "review"  # or "drop": the tag is left off and the verdict stands

    @property
    def text(self) -> str:
        return f"Template:{self.template} {self.why}."


@dataclass(frozen=True, slots=True)
class Register:
    entries: dict[str, Entry]
    families: tuple[tuple[re.Pattern[str], Entry], ...]
    path: str

    def find(self, name: str) -> Entry | None:
        entry = self.entries.get(name)
        if entry is not None:
            return entry
        for pattern, family in self.families:
            if pattern.fullmatch(name):
                return family
        return None

    def kind(self, name: str) -> str | None:
        entry = self.find(name)
        return entry.kind if entry is not None else None


def _condition(cid: str, data: dict[str, Any]) -> Condition:
    with_ = data.get("with") or {}
    when = data.get("when_with") or {}
    return Condition(
        id=cid, why=data["why"],
        with_kinds=tuple(with_.get("kinds", ())), with_names=tuple(with_.get("names", ())),
        on=with_.get("among", "same"), params=tuple(data.get("params", ())),
        facts=tuple((k, tuple(v)) for k, v in (data.get("facts") or {}).items()),
        when_with=tuple(when.get("names", ())), before=tuple((when.get("before") or {}).items()),
        not_before=tuple((data.get("not_before") or {}).items()),
        groups=tuple(data.get("groups", ())),
        unless=tuple((k, tuple(v)) for k, v in (data.get("unless_facts") or {}).items()),
        otherwise=tuple((data.get("otherwise") or {}).items()),
    )


def _entry(path: Path, where: str, data: dict[str, Any], name: str, checked: str,
           conditions: Mapping[str, Condition]) -> Entry:
    found = []
    for cid in data.get("conditions", ()):
        if cid not in conditions:
            raise DataFileError(path, f"{where}.conditions", f"no condition named {cid!r}")
        found.append(conditions[cid])
    return Entry(name, data["kind"], data["page"], data["seen"], data.get("checked", checked),
                 data["status"], tuple(found), data.get("note", ""), data.get("page_asks", ""))


def load_register(path: Path | None = None) -> Register:
    path = path or rules_dir() / "templates.yaml"
    data = load_yaml(path, "templates")
    checked = data["checked"]
    conditions = {cid: _condition(cid, c) for cid, c in data["conditions"].items()}
    entries: dict[str, Entry] = {}
    for i, t in enumerate(data["templates"]):
        if t["name"] in entries:
            raise DataFileError(path, f"templates.{i}.name", f"{t['name']!r} is listed twice")
        entries[t["name"]] = _entry(path, f"templates.{i}", t, t["name"], checked, conditions)
    families = []
    for i, f in enumerate(data["families"]):
        try:
            pattern = re.compile(f["pattern"])
        except re.error as exc:
            raise DataFileError(path, f"families.{i}.pattern", str(exc)) from None
        families.append((pattern, _entry(path, f"families.{i}", f, f["pattern"], checked, conditions)))
    return Register(entries, tuple(families), f"rules/{path.name}")


@lru_cache(maxsize=1)
def default_register() -> Register:
    return load_register()


# -- what the data files would emit ------------------------------------------------------
def _tags_in(data: Any, where: str) -> Iterable[tuple[str, str]]:
    """Every `tag: {name: ...}` in a jurisdiction file, wherever it sits (terms, their
    not_revived changes, FoP entries, the URAA entry), with the key path to it."""
    if isinstance(data, dict):
        tag = data.get("tag")
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            yield tag["name"], f"{where}.tag"
        for key, value in data.items():
            if key != "examples":
                yield from _tags_in(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _tags_in(value, f"{where}.{i}")


def jurisdiction_tag_names(folder: Path) -> list[tuple[str, str]]:
    """(name, where) for every tag a jurisdiction file names, read from the YAML itself so
    that a tag in any place the schema allows is found."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml(path, "jurisdiction")
        found += [(name, f"jurisdictions/{path.name}: {key}") for name, key in _tags_in(data, "")]
    return found


def licence_template_names(rules: Path) -> list[tuple[str, str]]:
    """The licence templates rules/licences.yaml can produce: each alias entry's template,
    the Creative Commons scheme for every accepted element set and version that exists
    unported (not `ported_only`), and every port the file lists (`ports`)."""
    data = load_yaml(rules / "licences.yaml", "licences")
    found = [(e["template"], f"rules/licences.yaml: others.{e['id']}")
             for e in data["others"] if e.get("template")]
    cc = data["creative_commons"]
    accepted = [e for e, v in cc["elements"].items() if v["accepted"] and e != "by"]
    sets = [["by"]] + [["by", e] for e in accepted]
    ported_only = set(cc.get("ported_only") or ())
    for elements in sets:
        for version in cc["versions"]:
            if version in ported_only:
                continue
            name = cc["template"].format(elements="-".join(elements), version=version, port="")
            found.append((name, "rules/licences.yaml: creative_commons"))
    for version, by_elements in (cc.get("ports") or {}).items():
        for elements, codes in by_elements.items():
            for code in codes:
                name = cc["template"].format(elements=elements, version=version, port=f"-{code}")
                found.append((name, f"rules/licences.yaml: creative_commons.ports.{version}"))
    return found


def combination_names(rules: Path) -> list[tuple[str, str]]:
    data = load_yaml(rules / "tags.yaml", "tags")
    return [*((c["use"], f"rules/tags.yaml: combine.{i}") for i, c in enumerate(data["combine"])),
            *((u["name"], f"rules/tags.yaml: ranged_death_year.{i}.use.{k}")
              for i, r in enumerate(data.get("ranged_death_year") or ()) for k, u in enumerate(r["use"]))]


def emitted_names(rules: Path | None = None, jurisdictions: Path | None = None) -> list[tuple[str, str]]:
    from copyright_check.paths import jurisdictions_dir

    rules = rules or rules_dir()
    return [*jurisdiction_tag_names(jurisdictions or jurisdictions_dir()),
            *licence_template_names(rules), *combination_names(rules)]


def register_problems(register: Register, emitted: Iterable[tuple[str, str]]) -> list[str]:
    """What check-data reports: a name not in the register, a name the register refuses,
    and a licence template that the register does not list as a licence."""
    problems = []
    for name, where in emitted:
        entry = register.find(name)
        if entry is None:
            problems.append(f"{where}: template {name!r} is not in the register ({register.path})")
        elif entry.status == "not_emitted":
            problems.append(f"{where}: template {name!r} is refused by the register: {entry.note}")
        elif where.startswith("rules/licences.yaml") and entry.kind != "licence":
            problems.append(f"{where}: template {name!r} is a {entry.kind}, never a licence")
    return problems


def condition_problems(register: Register, fact_fields: Iterable[str]) -> list[str]:
    """A condition that names a fact the rules do not have, or a template the register
    does not hold, could never hold or never fail: both are data errors."""
    known = set(fact_fields)
    problems = []
    seen: set[str] = set()
    for entry in [*register.entries.values(), *(e for _, e in register.families)]:
        for c in entry.conditions:
            if c.id in seen:
                continue
            seen.add(c.id)
            problems += [f"{register.path}: conditions.{c.id}: no fact named {f!r}"
                         for f, _ in (*c.facts, *c.unless) if f not in known]
            problems += [f"{register.path}: conditions.{c.id}: template {n!r} is not in the register"
                         for n in (*c.with_names, *c.when_with) if register.find(n) is None]
    return problems


# -- conditions on one file page ---------------------------------------------------------
def _hi(value: Any) -> int | None:
    hi = getattr(value, "hi", value)
    return hi if isinstance(hi, int) else None


def violations(
    register: Register,
    groups: Mapping[str, Sequence[TagUse]],
    facts: FactReader,
    years: Mapping[str, Any],
) -> list[Violation]:
    """Each template of each group (`photo`: the photo's own tags; any other: the depicted
    work's) against its conditions. `facts` are the rules' flat facts; `years` the record's
    `creation` and `publication` ranges. A name the register lacks, or refuses, is itself a
    violation: nothing unregistered reaches a file page."""
    found: list[Violation] = []
    photo = list(groups.get("photo", ()))
    for group, tags in groups.items():
        names = [n for n, _ in tags]
        for i, (name, params) in enumerate(tags):
            entry = register.find(name)
            if entry is None or entry.status == "not_emitted":
                found.append(Violation(name, "registered", "is not a template this tool may write "
                                       f"(not in the register, {register.path})", ""))
                continue
            covered = {p for c in entry.conditions for p in c.params}
            missing = [key for key, value in params if value in (None, "") and key not in covered]
            if missing:
                found.append(Violation(name, "params", "needs " + ", ".join(f"{k}=" for k in missing)
                                       + " and the record does not give it", entry.page, group))
                continue
            for c in entry.conditions:
                if c.groups and group not in c.groups:
                    continue
                if c.unless and all(str(facts.get(f)) in allowed for f, allowed in c.unless):
                    continue
                if c.on == "photo" and group != "photo":
                    beside = [n for n, _ in photo]
                else:  # the tag's own group (for `among: photo` from the photo group, the same)
                    beside = [n for j, n in enumerate(names) if j != i]
                if not _holds(register, c, params, names, beside, facts, years):
                    found.append(Violation(name, c.id, c.why, entry.page, group, c.action(group)))
    return found


def _holds(register: Register, c: Condition, params: list[tuple[str, Any]], names: list[str],
           beside: list[str], facts: FactReader, years: Mapping[str, Any]) -> bool:
    if (c.with_kinds or c.with_names) and not any(
            n in c.with_names or register.kind(n) in c.with_kinds for n in beside):
        return False
    given = dict(params)
    if any(given.get(p) in (None, "") for p in c.params):
        return False
    if any(str(facts.get(fact)) not in allowed for fact, allowed in c.facts):
        return False
    for which, year in c.not_before:
        lo = getattr(years.get(which), "lo", None)
        if not isinstance(lo, int) or lo < year:
            return False
    if c.when_with and set(c.when_with) & set(names):
        for which, year in c.before:
            hi = _hi(years.get(which))
            if hi is None or hi >= year:
                return False
    return True
