"""Reasons in words: the sentences, law files and sources a reviewer reads for a decision.

The assessor decides (which rule answered each question); this module explains, from that
decision and the row's own facts (STYLE.md: deciding apart from explaining). Rule texts are
data with `{name}` placeholders; the context here fills them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from copyright_check.assessment import Reason
from copyright_check.decision import Decision
from copyright_check.facts import Situation, TermRef, describe_term
from copyright_check.jurisdictions import NotRevived
from copyright_check.record import unreadable_columns
from copyright_check.ruleset import Rule
from copyright_check.terms import TermResult

# The questions whose answers a reason can cite, in the order they are shown.
ANSWER_QUESTIONS = ("photo_origin", "photo_us", "depicted", "fop", "depicted_us")
_LABELS = {"photo_origin": "the photo in its origin country", "photo_us": "the photo in the US",
           "depicted": "the depicted work", "fop": "freedom of panorama",
           "depicted_us": "the depicted work in the US"}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

def _fmt(value: Any) -> str:
    return "unknown" if value is None else str(value)


@lru_cache(maxsize=4096)
def _joined(sources: tuple[str, ...]) -> str:
    return "; ".join(sources)


@lru_cache(maxsize=1024)
def _segments(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The literal text before the first placeholder, then (placeholder name, literal
    text after it) pairs."""
    parts = _PLACEHOLDER.split(text)
    return parts[0], tuple(zip(parts[1::2], parts[2::2], strict=True))


# A value the row does not have: its placeholder is left as written, "{name}".
_ABSENT: Any = object()


def _render(text: str, local: Mapping[str, Any], ctx: Context | None = None) -> str:
    """Plain {name} substitution: rule text is data, so it gets no expression language.
    A name is looked up in the reason's own values, then in the row's context (worked
    out only for the names a text reads); a name found in neither stays as written."""
    head, pairs = _segments(text)
    if not pairs:
        return head
    out = [head]
    for name, literal in pairs:
        if name in local:
            value = local[name]
        else:
            value = _ABSENT if ctx is None else ctx.get(name)
            if value is _ABSENT:
                out += ("{" + name + "}", literal)
                continue
        out += ("unknown" if value is None else str(value), literal)
    return "".join(out)


def _since(result: TermResult, year: int) -> str:
    """The year a term that has run out ended, as far as it is known: never "unknown"."""
    if result.pd_from:
        return str(result.pd_from)
    if result.via is not None:
        changed = result.via.changed
        return (f"{changed.year} at the latest (its term under the law before {changed.isoformat()} "
                "had already run out, and the change of law did not revive it)")
    return f"before {year}"


def _until(result: TermResult) -> str:
    """When a running term ends, as far as the facts tell: a year, or a lower bound (an
    author's death year unknown), never a year earlier than the truth."""
    if result.pd_from:
        return f"until the end of {result.pd_from - 1}"
    if result.not_before:
        return (f"at least until the end of {result.not_before - 1} (not PD before "
                f"{result.not_before}; the exact year depends on {result.missing or 'a missing fact'})")
    return "and the term cannot have ended yet"



def _fop_kept(s: Situation, _d: Decision | None) -> str:
    f = s.facts
    if s.fop is not None and "kept" in (f.get("fop_outdoor"), f.get("fop_indoor"), f.get("fop_commercial")):
        return (f" The point is disputed ({s.fop.review}), but Commons keeps such files "
                f"({s.fop.practice}).")
    return ""


def _depicted_type(s: Situation, _d: Decision | None) -> str:
    return (s.record.depicted_type or "object").replace("_", " ")


def _open_facts(s: Situation, decision: Decision | None, questions: tuple[str, ...]) -> Any:
    if decision is None:
        return _ABSENT
    a = decision.answers
    found = [f"{missing(s, a[q])} ({_LABELS[q]})" for q in questions if a[q].answer == "unknown"]
    return "; ".join(found) or "no rule settles this record"


def _protected_in(s: Situation, decision: Decision | None) -> Any:
    if decision is None:
        return _ABSENT
    a = decision.answers
    return " and ".join([_LABELS[q] for q in ("photo_origin", "photo_us") if a[q].answer == "protected"])


def _depicted_clause(s: Situation, decision: Decision | None) -> Any:
    if decision is None:
        return _ABSENT
    dep = decision.answers["depicted"].answer
    return ("" if dep == "na" else
            f"; the depicted {_depicted_type(s, decision)} is PD" if dep == "pd" else
            f"; the depicted {_depicted_type(s, decision)} is covered by freedom of panorama")


def _place(name: str) -> Callable[[Situation, Decision | None], Any]:
    return lambda s, _d: _places(s).get(name, _ABSENT)


# The row's values a reason text may read, by placeholder name: each is worked out only
# when a text of the row reads it (a row renders four or five reasons, each reading one to
# three of these; the open questions alone cost more than the rest of a reason).
_CONTEXT: dict[str, Callable[[Situation, Decision | None], Any]] = {
    "origin_code": lambda s, _d: s.record.origin_country,
    "depicted_code": lambda s, _d: s.record.depicted_country,
    "origin_country_name": lambda s, _d: s.origin.name if s.origin else s.record.origin_country,
    "depicted_country_name": lambda s, _d: s.depicted.name if s.depicted else s.record.depicted_country,
    "depicted_type": _depicted_type,
    "depicted_made": lambda s, _d: s.record.depicted_date,
    "creator": lambda s, _d: s.record.depicted_creator or "an unknown author",
    "licence_text": lambda s, _d: s.licence.id or (s.record.licence or "none"),
    "fop_country": lambda s, _d: (s.fop.jurisdiction.name + (f" ({s.fop.period})" if s.fop.period else ""))
    if s.fop else s.record.depicted_country,
    "fop_practice": lambda s, _d: s.fop.practice if s.fop else "",
    "fop_kept": _fop_kept,
    "fop_categories": lambda s, _d: s.fop.categories if s.fop else "this kind of work",
    "fop_review": lambda s, _d: s.fop.review if s.fop else "",
    "contradictions": lambda s, _d: "; ".join(s.record.conflicts),
    "unreadable_cells": lambda s, _d: ", ".join(unreadable_columns(s.record.errors)),
    **{name: _place(name) for name in ("uraa_cutoff", "uraa_date", "depicted_uraa_date", "awcpa_date",
                                       "depicted_relations", "us_relations_since")},
    "protected_in": _protected_in,
    "depicted_clause": _depicted_clause,
    "open_questions": lambda s, d: _open_facts(s, d, ANSWER_QUESTIONS),
    "open_photo": lambda s, d: _open_facts(s, d, ("photo_origin", "photo_us")),
    "open_depicted": lambda s, d: _open_facts(s, d, ("depicted", "fop", "depicted_us")),
}


class Context:
    """The row's values for reason texts (_CONTEXT), each worked out once, when first read."""

    __slots__ = ("_decision", "_s", "_values")

    def __init__(self, s: Situation, decision: Decision | None) -> None:
        self._s, self._decision = s, decision
        self._values: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        """The value, or _ABSENT where the row has none by that name."""
        values = self._values
        if name in values:
            return values[name]
        fn = _CONTEXT.get(name)
        value = _ABSENT if fn is None else fn(self._s, self._decision)
        values[name] = value
        return value


def context(s: Situation, decision: Decision | None) -> Context:
    return Context(s, decision)


# (origin, depicted, host) jurisdictions -> what the context says of them; each entry holds
# its jurisdictions, so their ids are not reused while they are a key.
_PLACES: dict[tuple[int, int, int], tuple[tuple[object, ...], dict[str, Any]]] = {}


def _places(s: Situation) -> dict[str, Any]:
    """The context's values that follow from the jurisdictions alone (URAA dates, US
    relations): the same for every row of one pair of countries, so worked out once."""
    held = (s.origin, s.depicted, s.host)
    found = _PLACES.get((id(s.origin), id(s.depicted), id(s.host)))
    if found is not None and found[0][0] is s.origin and found[0][1] is s.depicted and found[0][2] is s.host:
        return found[1]
    ctx: dict[str, Any] = {}
    host = s.host
    if host.uraa is not None:
        ctx["uraa_cutoff"] = host.uraa.published_before
    ctx["uraa_date"] = s.uraa_date()
    ctx["depicted_uraa_date"] = s.uraa_date(s.depicted) if s.depicted else None
    ctx["awcpa_date"] = host.architecture_protected_from
    drel = s.depicted.us_relations if s.depicted else None
    ctx["depicted_relations"] = (
        "relations began on " + drel.since.isoformat() if drel is not None and drel.since else "none")
    rel = s.origin.us_relations if s.origin else None
    ctx["us_relations_since"] = (
        "relations began on " + rel.since.isoformat() if rel is not None and rel.since else "none")
    if len(_PLACES) >= 4096:
        _PLACES.clear()
    _PLACES[(id(s.origin), id(s.depicted), id(s.host))] = (held, ctx)
    return ctx


def missing(s: Situation, rule: Rule) -> str:
    if rule.missing == "fop_review" and s.fop is not None:
        return s.fop.review or "freedom of panorama"
    if rule.missing:
        return _render(rule.missing, {
            "origin_code": s.record.origin_country, "depicted_code": s.record.depicted_country})
    ref = s.terms.get(rule.term or "")
    if ref is not None and ref.result.missing:
        return ref.result.missing
    return "a decisive fact"

def _died(ref: TermRef) -> str:
    d = ref.dates
    return f"died {d.death}" if d.death else f"has no recorded death year (the work dates from {_fmt(d.creation)})"


# A term reason's own values (over the row's context), by placeholder name: only those its
# text reads are worked out.
_TERM_VALUES: dict[str, Callable[[TermRef, int], Any]] = {
    "country": lambda ref, _y: ref.jurisdiction.name,
    "term_rule": lambda ref, _y: describe_term(ref.term),
    "pd_from": lambda ref, year: _since(ref.result, year),
    "pd_last": lambda ref, _y: (ref.result.pd_from - 1) if ref.result.pd_from else None,
    "death": lambda ref, _y: ref.dates.death,
    "creation": lambda ref, _y: ref.dates.creation,
    "publication": lambda ref, _y: ref.dates.publication,
    "died": lambda ref, _y: _died(ref),
    "until": lambda ref, _y: _until(ref.result),
    "caveat": lambda ref, _y: f" {ref.caveat}" if ref.caveat else "",
}
_VIA_VALUES: dict[str, Callable[[NotRevived, int], Any]] = {
    "via_before": lambda via, year: via.cutoff(year),
    "via_changed": lambda via, _y: via.changed.isoformat(),
}


@lru_cache(maxsize=1024)
def _names(text: str) -> tuple[str, ...]:
    """The placeholder names a rule text reads (cached like _segments: rule texts are few)."""
    return tuple(name for name, _ in _segments(text)[1])


def reason(s: Situation, rule: Rule, ctx: Context) -> Reason:
    local: dict[str, Any] = {}  # this reason's own values, over the row's context
    jurisdiction: str | None = None
    sources: tuple[str, ...] = (rule.source,)
    text = rule.text
    ref = s.terms.get(rule.term or "")
    if rule.term == "origin.us_relations" and s.origin is not None and s.origin.us_relations:
        jurisdiction = s.origin.file
        sources = s.origin.us_relations.sources
        local["country"] = s.origin.name
    elif rule.term == "us.uraa" and s.host.uraa is not None:
        jurisdiction = s.host.file
        sources = s.host.uraa.sources
        local["country"] = s.host.name
    elif ref is not None:
        jurisdiction = ref.jurisdiction.file
        sources = ref.term.sources
        year = s.as_of.year
        via = ref.result.via
        for name in _names(text):
            fn = _TERM_VALUES.get(name)
            if fn is not None:
                local[name] = fn(ref, year)
            elif via is not None and name in _VIA_VALUES:
                local[name] = _VIA_VALUES[name](via, year)
        # Every term value is the reason's own, read or not: the context never fills one in.
        if rule.question == "photo_us":
            local.setdefault("publication", ref.dates.publication)
    elif rule.term is not None:
        role = rule.term.split(".")[0]
        j = {"origin": s.origin, "us": s.host, "depicted": s.depicted}[role]
        local["country"] = j.name if j else "its country"
        local["term_rule"] = "no such term"
    else:
        local["country"] = ctx.get("origin_country_name")
    if rule.fop and s.fop is not None:
        jurisdiction = s.fop.jurisdiction.file
        sources = s.fop.sources
    if rule.question == "photo_us" and "publication" not in local:
        local["publication"] = s.record.published
    unknown = rule.answer == "unknown"
    reads_missing = "{missing}" in text
    lacking = missing(s, rule) if unknown or reads_missing else None
    if reads_missing:
        local["missing"] = lacking
    return _reason(rule.id, _render(text, local, ctx), jurisdiction, _joined(sources), unknown, lacking)


# Reasons already made, by their fields: three in four of a batch's reasons repeat one made
# for an earlier row (the same rule, with the same years and names). A Reason is frozen, so
# rows can share one (the row cache shares them already); a lookup costs a third of
# building one, whose dataclass __init__ stays interpreted Python (assessment.py is not
# compiled). Keyed on every field, so a hit is equal in all of them. Emptied when full:
# 4,096 keep a worker's memory flat (8,192 took ~4 MB more a process on 150k rows).
_REASONS: dict[tuple[str, str, str | None, str, bool, str | None], Reason] = {}
_REASONS_LIMIT = 4096


def _reason(rule: str, text: str, jurisdiction: str | None, source: str, unknown: bool,
            lacking: str | None) -> Reason:
    key = (rule, text, jurisdiction, source, unknown, lacking if unknown else None)
    found = _REASONS.get(key)
    if found is None:
        # Positional: a frozen Reason built with keywords costs half as much again.
        found = Reason(rule, text, jurisdiction, source, unknown, lacking if unknown else None)
        if len(_REASONS) >= _REASONS_LIMIT:
            _REASONS.clear()
        _REASONS[key] = found
    return found


def reasons_for(s: Situation, decision: Decision, question: str, ctx: Context) -> list[Reason]:
    """The reason for a question's answer; for a split question, the answer under each
    value tried (named), after the rule that says the split fact decides, if one did."""
    rule = decision.answers[question]
    tried = decision.alternatives.get(question)
    if not tried or len({alt.id for _, alt in tried}) == 1:
        return [reason(s, rule, ctx)]  # one rule answered for every value
    found = [] if rule is tried[-1][1] else [reason(s, rule, ctx)]
    for value, alt in tried:
        r = reason(s, alt, ctx)
        found.append(_reason(r.rule, f"If it is a {value.replace('_', ' ')}: {r.text}", r.jurisdiction,
                             r.source or "", r.open, r.missing))
    return found

