"""Reasons in words: the sentences, law files and sources a reviewer reads for a decision.

The assessor decides (which rule answered each question); this module explains, from that
decision and the row's own facts (STYLE.md: deciding apart from explaining). Rule texts are
data with `{name}` placeholders; the context here fills them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from copyright_check.assessment import Reason
from copyright_check.decision import Decision
from copyright_check.facts import Situation, describe_term
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


def _render(text: str, *contexts: Mapping[str, Any]) -> str:
    """Plain {name} substitution: rule text is data, so it gets no expression language.
    A name is looked up in each context in turn (a reason's own values, then the row's),
    so that no context is copied for each reason."""
    head, pairs = _segments(text)
    if not pairs:
        return head
    out = [head]
    for name, literal in pairs:
        for ctx in contexts:
            if name in ctx:
                value = ctx[name]
                out.append("unknown" if value is None else str(value))
                break
        else:
            out.append("{" + name + "}")
        out.append(literal)
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



def context(s: Situation, decision: Decision | None) -> dict[str, Any]:
    r = s.record
    ctx: dict[str, Any] = {
        "origin_code": r.origin_country, "depicted_code": r.depicted_country,
        "origin_country_name": s.origin.name if s.origin else r.origin_country,
        "depicted_country_name": s.depicted.name if s.depicted else r.depicted_country,
        "depicted_type": (r.depicted_type or "object").replace("_", " "),
        "depicted_made": r.depicted_date,
        "creator": r.depicted_creator or "an unknown author",
        "licence_text": s.licence.id or (r.licence or "none"),
        "fop_country": (s.fop.jurisdiction.name + (f" ({s.fop.period})" if s.fop.period else ""))
        if s.fop else r.depicted_country,
        "fop_practice": s.fop.practice if s.fop else "",
        "fop_kept": "",
        "fop_categories": s.fop.categories if s.fop else "this kind of work",
        "fop_review": s.fop.review if s.fop else "",
        "contradictions": "; ".join(r.conflicts),
        "unreadable_cells": ", ".join(unreadable_columns(r.errors)),
    }
    kept = "kept" in (s.facts.get("fop_outdoor"), s.facts.get("fop_indoor"), s.facts.get("fop_commercial"))
    if kept and s.fop is not None:
        ctx["fop_kept"] = (f" The point is disputed ({s.fop.review}), but Commons keeps such files "
                           f"({s.fop.practice}).")
    ctx.update(_places(s))
    if decision is not None:
        a = decision.answers
        protected = [_LABELS[q] for q in ("photo_origin", "photo_us")
                     if a[q].answer == "protected"]
        ctx["protected_in"] = " and ".join(protected)
        dep = a["depicted"].answer
        ctx["depicted_clause"] = (
            "" if dep == "na" else
            f"; the depicted {ctx['depicted_type']} is PD" if dep == "pd" else
            f"; the depicted {ctx['depicted_type']} is covered by freedom of panorama")
        def open_facts(questions: tuple[str, ...]) -> str:
            found = [f"{missing(s, a[q])} ({_LABELS[q]})"
                     for q in questions if a[q].answer == "unknown"]
            return "; ".join(found) or "no rule settles this record"

        ctx["open_questions"] = open_facts(ANSWER_QUESTIONS)
        ctx["open_photo"] = open_facts(("photo_origin", "photo_us"))
        ctx["open_depicted"] = open_facts(("depicted", "fop", "depicted_us"))
    return ctx

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

def reason(s: Situation, rule: Rule, ctx: dict[str, Any]) -> Reason:
    local: dict[str, Any] = {}  # this reason's own values, over the row's context
    jurisdiction: str | None = None
    sources: tuple[str, ...] = (rule.source,)
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
        d = ref.dates
        local.update(
            country=ref.jurisdiction.name, term_rule=describe_term(ref.term),
            pd_from=_since(ref.result, s.as_of.year),
            pd_last=(ref.result.pd_from - 1) if ref.result.pd_from else None,
            death=d.death, creation=d.creation, publication=d.publication,
            died=f"died {d.death}" if d.death else
            f"has no recorded death year (the work dates from {_fmt(d.creation)})",
            until=_until(ref.result),
            caveat=f" {ref.caveat}" if ref.caveat else "",
        )
        via = ref.result.via
        if via is not None:
            local.update(via_before=via.cutoff(s.as_of.year), via_changed=via.changed.isoformat())
    elif rule.term is not None:
        role = rule.term.split(".")[0]
        j = {"origin": s.origin, "us": s.host, "depicted": s.depicted}[role]
        local["country"] = j.name if j else "its country"
        local["term_rule"] = "no such term"
    else:
        local["country"] = ctx.get("country", ctx.get("origin_country_name"))
    if rule.fop and s.fop is not None:
        jurisdiction = s.fop.jurisdiction.file
        sources = s.fop.sources
    if rule.question == "photo_us" and "publication" not in local:
        local["publication"] = ctx.get("publication", s.record.published)
    unknown = rule.answer == "unknown"
    lacking = missing(s, rule) if unknown or "{missing}" in rule.text else None
    if "{missing}" in rule.text:
        local["missing"] = lacking
    return Reason(rule.id, _render(rule.text, local, ctx), jurisdiction, _joined(sources),
                  open=unknown, missing=lacking if unknown else None)

def reasons_for(s: Situation, decision: Decision, question: str,
                 ctx: dict[str, Any]) -> list[Reason]:
    """The reason for a question's answer; for a split question, the answer under each
    value tried (named), after the rule that says the split fact decides, if one did."""
    rule = decision.answers[question]
    tried = decision.alternatives.get(question)
    if not tried or len({alt.id for _, alt in tried}) == 1:
        return [reason(s, rule, ctx)]  # one rule answered for every value
    found = [] if rule is tried[-1][1] else [reason(s, rule, ctx)]
    for value, alt in tried:
        r = reason(s, alt, ctx)
        found.append(replace(r, text=f"If it is a {value.replace('_', ' ')}: {r.text}"))
    return found

