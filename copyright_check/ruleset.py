"""Decision rules (rules/*.yaml) loaded, checked and compiled to a durable-rules definition.

Rules are data so that a reviewer can read the decision logic as sentences and a
volunteer can correct it without touching Python. Every rule of a question is tried in
priority order and the first that matches answers (durable-rules gives an *event* to
the single best-priority rule that matches it — notes/durable-rules.md P6).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import rules_dir

# The questions in the order they are asked; a later stage reads the answers of the
# earlier ones. This is the pipeline's shape, not law.
STAGES = ("facts", "us", "verdict")
QUESTIONS = {"photo_origin": "facts", "depicted": "facts", "fop": "facts",
             "photo_us": "us", "depicted_us": "us", "verdict": "verdict"}
_NOT_RULE_FILES = {"vocabulary.yaml", "licences.yaml", "tags.yaml", "templates.yaml", "presumptions.yaml",
                   "structured_data.yaml"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    question: str
    priority: int
    when: dict[str, Any]
    text: str
    file: str
    source: str
    answer: str | None = None
    verdict: str | None = None
    term: str | None = None
    missing: str | None = None
    fop: bool = False
    tag: bool = True
    cite: bool = True  # False: a question that did not arise is not given as a reason
    tags: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()
    decisive: tuple[str, ...] = ("photo_origin", "photo_us", "depicted", "fop", "depicted_us")
    # The term whose Commons tag the file page takes, where it is not the term the reason
    # cites (a depicted work not restored by the URAA: the reason cites no term, the page
    # takes the host's URAA tag, PD-1996).
    tag_term: str | None = None
    # A pd answer whose term names no Commons tag (Germany's simple photographs): the term
    # whose tag the page takes instead where that term has run out too (the photographer's
    # life term: {{PD-old-auto-expired|deathyear=…}} states both sides where a simple-photo
    # tag does not exist). Its reason is a note beside the rule's own.
    tag_term_else: str | None = None
    # An ok verdict rule resting on a PD finding: the ok rule whose tags the file page takes
    # instead where this one's tags would break a template's own conditions or leave the
    # photo without a tag (rules/verdict.yaml: the holder's free licence).
    tags_else: str | None = None
    # An `unknown` answer whose cited term, still running, is the latest end the file can have
    # under the reading the rule's `pd` twin takes: `uploadable_from` counts that term's end,
    # so the year the twin answers ok is the year given the day before (a painting made before
    # 1931 whose author died 70 years ago: Commons undeletes it that 1 January).
    bounds_uploadable: bool = False
    # A `protected` answer whose file is free only once these terms too have run out (the
    # work's US term if published when made, and if never published: rules/depicted_us.yaml
    # depicted-us-restored-made-or-never-published): `uploadable_from` is the latest end of all.
    also_terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Split:
    """A question answered once per possible value of a fact the record leaves unknown
    (DESIGN.md: a test over a range holds only if it holds for every value): the same
    answer for every value decides; otherwise `decides` is set to "yes" and the question
    asked again, so that a rule names the fact."""

    fact: str
    values: tuple[str, ...]
    decides: str


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: dict[str, Rule]  # by id
    by_question: dict[str, tuple[Rule, ...]]
    reads: dict[str, tuple[str, ...]]  # question -> the facts its rules test
    host: str  # the jurisdiction every file must also be free in (the US, for Commons)
    splits: dict[str, Split] = field(default_factory=dict)  # question -> its split, if any


def fields(when: dict[str, Any]) -> Iterable[str]:
    for key, value in when.items():
        if key in ("any", "all"):
            for sub in value:
                yield from fields(sub)
        else:
            yield key


def _interned(answer: str | None) -> str | None:
    """An answer is a fact of the questions after it, and so part of their cache keys
    (assessor.py): one string object a value, not one a rule file line (37 for `unknown`),
    makes a key's comparison an identity test, and gives a key read from another worker
    (answerlog.py: marshal interns again what was interned) this process's own objects."""
    return None if answer is None else sys.intern(answer)


def load_rules(folder: Path | None = None, fact_fields: Iterable[str] = ()) -> RuleSet:
    """`fact_fields`, when given, are the only fields a `when` may test: a misspelt field
    would otherwise never match and silently change every verdict."""
    folder = folder or rules_dir()
    known = set(fact_fields) | set(QUESTIONS)
    rules: dict[str, Rule] = {}
    splits: dict[str, Split] = {}
    host: str | None = None
    paths = [p for p in sorted(folder.glob("*.yaml")) if p.name not in _NOT_RULE_FILES]
    if not paths:
        raise DataFileError(folder, "", "no rule files")
    for path in paths:
        data = load_yaml(path, "rules")
        question = data["name"]
        if question == "photo_us":
            host = data.get("jurisdiction")
        if QUESTIONS[question] != data["stage"]:
            raise DataFileError(path, "stage", f"{question} is asked in stage {QUESTIONS[question]}")
        if "split" in data:
            sp = data["split"]
            for key in ("fact", "decides"):
                if known - set(QUESTIONS) and sp[key] not in known:
                    raise DataFileError(path, f"split.{key}", "no such fact")
            splits[question] = Split(sp["fact"], tuple(sp["values"]), sp["decides"])
        for i, r in enumerate(data["rules"]):
            if r["id"] in rules:
                raise DataFileError(path, f"rules.{i}.id", f"{r['id']!r} is defined twice")
            if known - set(QUESTIONS):
                for f in fields(r["when"]):
                    if f not in known:
                        raise DataFileError(path, f"rules.{i}.when.{f}", "no such fact")
            is_verdict = question == "verdict"
            if is_verdict != ("verdict" in r):
                want = "verdict" if is_verdict else "answer"
                raise DataFileError(path, f"rules.{i}", f"a {question} rule gives an {want}")
            rules[r["id"]] = Rule(
                id=r["id"], question=question, priority=r["priority"], when=r["when"],
                text=r["text"], file=f"rules/{path.name}", source=r.get("source", data["source"]),
                answer=_interned(r.get("answer")), verdict=r.get("verdict"), term=r.get("term"),
                missing=r.get("missing"), fop=r.get("fop", False), tag=r.get("tag", True), cite=r.get("cite", True),
                tags=tuple(r.get("tags", ())), blocking=tuple(r.get("blocking", ())),
                decisive=tuple(r.get("decisive", ("photo_origin", "photo_us", "depicted", "fop", "depicted_us"))),
                tag_term=r.get("tag_term"), tag_term_else=r.get("tag_term_else"), tags_else=r.get("tags_else"),
                bounds_uploadable=r.get("bounds_uploadable", False), also_terms=tuple(r.get("also_terms", ())),
            )
    for rule in rules.values():
        if rule.tags_else is None:
            continue
        other = rules.get(rule.tags_else)
        if rule.verdict != "ok" or other is None or other.verdict != "ok" or other.tags_else is not None:
            raise DataFileError(folder, f"{rule.id}.tags_else",
                                "an ok verdict rule may name only another ok verdict rule (one without tags_else)")
    by_question: dict[str, tuple[Rule, ...]] = {}
    for q in QUESTIONS:
        qrules = sorted((r for r in rules.values() if r.question == q), key=lambda r: r.priority)
        if not qrules or qrules[-1].when:
            raise DataFileError(folder, q, "the last rule of every question must match anything "
                                "(`when: {}`), so that every record gets an answer")
        prios = [r.priority for r in qrules]
        if len(set(prios)) != len(prios):
            raise DataFileError(folder, q, "two rules of one question share a priority")
        by_question[q] = tuple(qrules)
    if host is None:
        raise DataFileError(folder, "photo_us.jurisdiction", "the US question must name its jurisdiction")
    reads = {q: tuple(sorted({f for r in qr for f in fields(r.when)}
                             | ({splits[q].fact, splits[q].decides} if q in splits else set())))
             for q, qr in by_question.items()}
    return RuleSet(rules, by_question, reads, host, splits)


def _test(field: str, test: Any) -> dict[str, Any]:
    """One test of one fact, `field` being the name the events give the fact."""
    if isinstance(test, dict):
        if "not" in test:
            return {"$neq": {field: test["not"]}}
        if "in" in test:
            return {"$or": [{field: v} for v in test["in"]]}
        return {"$and": [{"$neq": {field: v}} for v in test["not_in"]]}
    return {field: test}


def _condition(when: dict[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    terms: list[dict[str, Any]] = []
    for key, value in when.items():
        if key == "any":
            terms.append({"$or": [_and(_condition(sub, names)) for sub in value]})
        elif key == "all":
            terms.extend(_and(_condition(sub, names)) for sub in value)
        else:
            terms.append(_test(names.get(key, key), value))
    return terms


def _and(terms: list[dict[str, Any]]) -> dict[str, Any]:
    if not terms:
        return {"$neq": {"t": ""}}
    return terms[0] if len(terms) == 1 else {"$and": terms}


def compile_definition(ruleset: RuleSet, name: str, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A fresh dict each call: durable-rules mutates what it registers (P8). Every
    pattern starts with a positive test on the question tag `t` (P1). No rule has an
    action to run: the engine reads which rule fired from the action it starts. `names`:
    the name each fact has in the events (engine.py gives short ones), the fact's own
    where it has none."""
    names = names or {}
    definition: dict[str, Any] = {}
    for rule in ruleset.rules.values():
        pattern = _and([{"t": rule.question}, *_condition(rule.when, names)])
        definition[rule.id] = {"all": [{"m": pattern}], "pri": rule.priority}
    return {name: definition}
