"""Reasons in words: the sentences, law files and sources a reviewer reads for a decision.

The assessor decides (which rule answered each question); this module explains, from that
decision and the row's own facts (STYLE.md: deciding apart from explaining). Rule texts are
data with `{name}` placeholders; the context here fills them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any, Final

from copyright_check import datacache
from copyright_check.assessment import Reason
from copyright_check.decision import Decision
from copyright_check.facts import (
    F_FOP_COMMERCIAL,
    F_FOP_INDOOR,
    F_FOP_OUTDOOR,
    Situation,
    TermRef,
    describe_term,
    made_in_lifetime,
)
from copyright_check.jurisdictions import NotRevived
from copyright_check.record import unreadable_columns
from copyright_check.ruleset import Rule
from copyright_check.terms import Dates, Status, TermResult, evaluate

# The questions whose answers a reason can cite, in the order they are shown.
ANSWER_QUESTIONS: Final = ("photo_origin", "photo_us", "depicted", "fop", "depicted_us")
_LABELS: Final = {"photo_origin": "the photo in its origin country", "photo_us": "the photo in the US",
           "depicted": "the depicted work", "fop": "freedom of panorama",
           "depicted_us": "the depicted work in the US"}
_PLACEHOLDER = datacache.pattern(r"\{([a-z_]+)\}")

# JSON allows these raw inside strings, but JavaScript (before ES2019) and every reader
# that splits lines with Python's str.splitlines() or Unicode line breaking ends a line
# at them: one JSON Lines record would become two broken ones. The other C1 controls
# (U+0080-U+009F, among them the 8-bit CSI and OSC) are escaped with them, as json.dumps
# escapes C0, so that JSON printed on a terminal cannot drive it; the values are unchanged.
# Here, not in output.py, which escapes every JSON text so: a new reason's text is escaped
# with its pieces (_encode_pieces).
_LINE_BREAKS: Final = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029",
                              **{chr(c): f"\\u{c:04x}" for c in range(0x80, 0xA0)}})
# str.translate with a dict walks the string in Python-level steps once it meets a
# non-ASCII character (an "é" in a name): about 70 µs for a row's 1.4 kB of JSON. A
# regular expression finds in C whether there is anything to escape at all (rarely).
_NEEDS_ESCAPE: Final = datacache.pattern("[\u0080-\u009f\u2028\u2029]")


def line_safe(text: str) -> str:
    """JSON text with the line separators and C1 controls escaped (see above)."""
    # Both kinds of character are unprintable (categories Cc, Zl, Zp), so a printable text
    # holds neither: isascii and isprintable are single C loops, ~3x faster than the search.
    if text.isascii() or text.isprintable():
        return text
    return text.translate(_LINE_BREAKS) if _NEEDS_ESCAPE.search(text) else text


def _fmt(value: Any) -> str:
    return "unknown" if value is None else str(value)


# A law's sources as one text, by the tuple itself (its id; the entry holds the tuple, so the
# id is not reused while it is a key): the tuples are the law files' own, met on most
# reasons, and a plain dict by id costs less than lru_cache's wrapper, which hashes the tuple.
_JOINED: Final[dict[int, tuple[tuple[str, ...], str]]] = {}


def _joined(sources: tuple[str, ...]) -> str:
    found = _JOINED.get(id(sources))
    if found is not None and found[0] is sources:
        return found[1]
    text = "; ".join(sources)
    if len(_JOINED) >= 4096:
        _JOINED.clear()
    _JOINED[id(sources)] = (sources, text)
    return text


@lru_cache(maxsize=1024)
def _segments(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The literal text before the first placeholder, then (placeholder name, literal
    text after it) pairs."""
    parts = _PLACEHOLDER.split(text)
    return parts[0], tuple(zip(parts[1::2], parts[2::2], strict=True))


# A value the row does not have: its placeholder is left as written, "{name}".
_ABSENT: Final[Any] = object()


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


def _since(result: TermResult, year: int, dates: Dates | None = None) -> str:
    """The year a term that has run out ended, as far as it is known: never "unknown"."""
    if result.pd_from:
        older = result.older
        if older is not None:
            # Today's term has run out too, but the year is the older law's end (Template:
            # PD-Vietnam; COM:Bangladesh, s. 105(3)): say so, or the year contradicts the
            # term the sentence names.
            return (f"{result.pd_from} (its shorter term under the law before "
                    f"{older.changed.isoformat()} ran out then, and the change of law did not revive it)")
        return str(result.pd_from)
    via = result.via
    if via is not None:
        changed = via.changed
        if via.revived:
            # Before a retroactive change (an as-of or URAA date earlier than it): the old
            # term, `changed.year - before` years, had run out; the change brings it back.
            fact = dates.year_of(via.fact) if dates is not None else None
            when = (f"{fact.hi + changed.year - via.before + 1}" + ("" if fact.lo == fact.hi else " at the latest")
                    if fact is not None else f"before {year}")
            return (f"{when}, under the law in force then (the change of law of {changed.isoformat()} "
                    "brings such works back)")
        return (f"{changed.year} at the latest (its term under the law before {changed.isoformat()} "
                "had already run out, and the change of law did not revive it)")
    return f"before {year}"


def _open_range(ref: TermRef) -> str:
    """The years an undecided term can end in, where a question no cell answers decides it
    (a law file's open case: a French author's war record, a Russian's rehabilitation): the
    answer moves the year the work is free from the first to the second, and uploadable_from
    (the year it is free whatever the answer) is the second. Review 15 M4: a French photo by
    a photographer d. 1955 was not_ok, uploadable 2056, the 30 years CPI L123-10 adds for an
    author 'mort pour la France' (life + 70: 2026), and the reason did not say the year
    depended on the question. "" where the term is decided, the bounds are not known, or what
    is missing is no open case of the term's: a cell of the record (a death year: filled in,
    it gives the year), or a law not read (whose encoded term bounds nothing)."""
    result = ref.result
    if (result.status is Status.UNKNOWN and result.not_before and result.pd_from
            and result.not_before < result.pd_from
            and any(case.review == result.missing for case in ref.term.open_cases)):
        return (f" Depending on it, the term there ends between the end of {result.not_before - 1} "
                f"and the end of {result.pd_from - 1} (PD from {result.not_before} at the earliest, "
                f"from {result.pd_from} whatever the answer).")
    return ""


def _until(result: TermResult) -> str:
    """When a running term ends, as far as the facts tell: a year, or a lower bound (an
    author's death year unknown), never a year earlier than the truth."""
    if result.lengthened is not None and result.pd_from and result.not_before:
        # A case that may lengthen it (JurisdictionTerm open case `while_running`): its own end,
        # and the longer one's, which is when it has run out whatever the answer.
        return (f"until the end of {result.not_before - 1} at least and of {result.pd_from - 1} at most; what "
                f"decides is {result.missing}")
    if result.pd_from:
        return f"until the end of {result.pd_from - 1}"
    if result.not_before:
        return (f"at least until the end of {result.not_before - 1} (not PD before "
                f"{result.not_before}; the exact year depends on {result.missing or 'a missing fact'})")
    return "and the term cannot have ended yet"



def _fop_kept(s: Situation, _d: Decision | None) -> str:
    f = s.values
    if s.fop is not None and "kept" in (f[F_FOP_OUTDOOR], f[F_FOP_INDOOR], f[F_FOP_COMMERCIAL]):
        return (f" The point is disputed ({s.fop.review}), but Commons keeps such files "
                f"({s.fop.practice}).")
    return ""


def _depicted_type(s: Situation, _d: Decision | None) -> str:
    return (s.record.depicted_type or "object").replace("_", " ")


def _open_facts(s: Situation, decision: Decision | None, questions: tuple[str, ...]) -> Any:
    if decision is None:
        return _ABSENT
    a = decision.answers
    found = [f"{missing(s, a[q]).rstrip('.')} ({_LABELS[q]})" for q in questions if a[q].answer == "unknown"]
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


def _origin_code(s: Situation, _d: Decision | None) -> Any:
    return s.record.origin_country


def _depicted_code(s: Situation, _d: Decision | None) -> Any:
    return s.record.depicted_country


def _origin_country_name(s: Situation, _d: Decision | None) -> Any:
    return s.origin.name if s.origin else s.record.origin_country


def _depicted_country_name(s: Situation, _d: Decision | None) -> Any:
    return s.depicted.name if s.depicted else s.record.depicted_country


def _depicted_made(s: Situation, _d: Decision | None) -> Any:
    if s.record.depicted_date is None:
        made = made_in_lifetime(s.record)  # an undated work, bounded by its author's death
        if made is not None:
            return f"no later than {made.hi}, when its author died"
    return s.record.depicted_date


def _creator(s: Situation, _d: Decision | None) -> Any:
    return s.record.depicted_creator or "an unknown author"


def _licence_text(s: Situation, _d: Decision | None) -> Any:
    return s.licence.id or (s.record.licence or "none")


def _fop_country(s: Situation, _d: Decision | None) -> Any:
    if s.fop:
        return s.fop.jurisdiction.name + (f" ({s.fop.period})" if s.fop.period else "")
    return s.record.depicted_country


def _fop_practice(s: Situation, _d: Decision | None) -> Any:
    return s.fop.practice if s.fop else ""


def _fop_categories(s: Situation, _d: Decision | None) -> Any:
    return s.fop.categories if s.fop else "this kind of work"


def _fop_review(s: Situation, _d: Decision | None) -> Any:
    return s.fop.review if s.fop else ""


def _contradictions(s: Situation, _d: Decision | None) -> Any:
    return "; ".join([*s.record.conflicts, *s.record.depicted_conflicts])


def _unreadable_cells(s: Situation, _d: Decision | None) -> Any:
    columns = unreadable_columns(s.record.errors)
    if s.title_open:  # facts.build: an unreadable title leaves its questions open
        columns = sorted([*columns, "title"])
    return ", ".join(columns)


def _uraa_cutoff(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("uraa_cutoff", _ABSENT)


def _uraa_date(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("uraa_date", _ABSENT)


def _depicted_uraa_date(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("depicted_uraa_date", _ABSENT)


def _awcpa_date(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("awcpa_date", _ABSENT)


def _depicted_relations(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("depicted_relations", _ABSENT)


def _us_relations_since(s: Situation, _d: Decision | None) -> Any:
    return _places(s).get("us_relations_since", _ABSENT)


def _open_questions(s: Situation, d: Decision | None) -> Any:
    return _open_facts(s, d, ANSWER_QUESTIONS)


def _open_photo(s: Situation, d: Decision | None) -> Any:
    return _open_facts(s, d, ("photo_origin", "photo_us"))


def _open_depicted(s: Situation, d: Decision | None) -> Any:
    return _open_facts(s, d, ("depicted", "fop", "depicted_us"))


# The row's values a reason text may read, by placeholder name: each is worked out only
# when a text of the row reads it (a row renders four or five reasons, each reading one to
# three of these; the open questions alone cost more than the rest of a reason). Module
# functions, not lambdas: compiled, a function is called directly (vectorcall), a lambda
# object through the slower generic call.
_CONTEXT: Final[dict[str, Callable[[Situation, Decision | None], Any]]] = {
    "origin_code": _origin_code,
    "depicted_code": _depicted_code,
    "origin_country_name": _origin_country_name,
    "depicted_country_name": _depicted_country_name,
    "depicted_type": _depicted_type,
    "depicted_made": _depicted_made,
    "creator": _creator,
    "licence_text": _licence_text,
    "fop_country": _fop_country,
    "fop_practice": _fop_practice,
    "fop_kept": _fop_kept,
    "fop_categories": _fop_categories,
    "fop_review": _fop_review,
    "contradictions": _contradictions,
    "unreadable_cells": _unreadable_cells,
    "uraa_cutoff": _uraa_cutoff,
    "uraa_date": _uraa_date,
    "depicted_uraa_date": _depicted_uraa_date,
    "awcpa_date": _awcpa_date,
    "depicted_relations": _depicted_relations,
    "us_relations_since": _us_relations_since,
    "protected_in": _protected_in,
    "depicted_clause": _depicted_clause,
    "open_questions": _open_questions,
    "open_photo": _open_photo,
    "open_depicted": _open_depicted,
}


# A context name's code (its place in _CONTEXT), which a rule text's plan carries (_plan).
_CONTEXT_CODE: Final[dict[str, int]] = {name: code for code, name in enumerate(_CONTEXT)}


def _context_value(code: int, s: Situation, d: Decision | None) -> Any:
    """_CONTEXT's function of this code called on the row: compiled, a direct call of each
    function, where a function looked up in a dict is called through Python's generic call
    (Context.get; ~4.4k instructions a realistic row, callgrind, compiled)."""
    if code < 8:
        if code == 0:
            return _origin_code(s, d)
        if code == 1:
            return _depicted_code(s, d)
        if code == 2:
            return _origin_country_name(s, d)
        if code == 3:
            return _depicted_country_name(s, d)
        if code == 4:
            return _depicted_type(s, d)
        if code == 5:
            return _depicted_made(s, d)
        if code == 6:
            return _creator(s, d)
        return _licence_text(s, d)
    if code < 16:
        if code == 8:
            return _fop_country(s, d)
        if code == 9:
            return _fop_practice(s, d)
        if code == 10:
            return _fop_kept(s, d)
        if code == 11:
            return _fop_categories(s, d)
        if code == 12:
            return _fop_review(s, d)
        if code == 13:
            return _contradictions(s, d)
        if code == 14:
            return _unreadable_cells(s, d)
        return _uraa_cutoff(s, d)
    if code == 16:
        return _uraa_date(s, d)
    if code == 17:
        return _depicted_uraa_date(s, d)
    if code == 18:
        return _awcpa_date(s, d)
    if code == 19:
        return _depicted_relations(s, d)
    if code == 20:
        return _us_relations_since(s, d)
    if code == 21:
        return _protected_in(s, d)
    if code == 22:
        return _depicted_clause(s, d)
    if code == 23:
        return _open_questions(s, d)
    if code == 24:
        return _open_photo(s, d)
    if code == 25:
        return _open_depicted(s, d)
    return _ABSENT


class Context:
    """The row's values for reason texts (_CONTEXT), each worked out when a text reads it.
    Not kept: a row's reasons read about two of them, seldom one twice (one read in ten,
    of a cheap one), and keeping them cost more than working the repeats out again."""

    __slots__ = ("_decision", "_s")

    def __init__(self, s: Situation, decision: Decision | None) -> None:
        self._s, self._decision = s, decision

    def get(self, name: str) -> Any:
        """The value, or _ABSENT where the row has none by that name."""
        fn = _CONTEXT.get(name)
        return _ABSENT if fn is None else fn(self._s, self._decision)


def context(s: Situation, decision: Decision | None) -> Context:
    return Context(s, decision)


# (origin, depicted, host) jurisdictions -> what the context says of them; each entry holds
# its jurisdictions, so their ids are not reused while they are a key.
_PLACES: Final[dict[tuple[int, int, int], tuple[tuple[object, ...], dict[str, Any]]]] = {}


def _places(s: Situation) -> dict[str, Any]:
    """The context's values that follow from the jurisdictions alone (URAA dates, US
    relations): the same for every row of one pair of countries, so worked out once."""
    found = _PLACES.get((id(s.origin), id(s.depicted), id(s.host)))
    if found is not None and found[0][0] is s.origin and found[0][1] is s.depicted and found[0][2] is s.host:
        return found[1]
    held = (s.origin, s.depicted, s.host)
    ctx: dict[str, Any] = {}
    host = s.host
    # Kept as the text a reason puts in (str of the year or date, None for "unknown"): every
    # reader of a context value writes it so (_made, _render), and a date made text again on
    # each reason that names it was ~1.3k instructions a realistic row (callgrind, compiled).
    if host.uraa is not None:
        ctx["uraa_cutoff"] = _text(host.uraa.published_before)
    ctx["uraa_date"] = _text(s.uraa_date())
    ctx["depicted_uraa_date"] = _text(s.uraa_date(s.depicted)) if s.depicted else None
    ctx["awcpa_date"] = _text(host.architecture_protected_from)
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


def _text(value: object) -> str | None:
    """A context value as a reason writes it, None (written "unknown") kept as None."""
    return None if value is None else str(value)


def missing(s: Situation, rule: Rule) -> str:
    if rule.missing == "fop_review" and s.fop is not None:
        return s.fop.review or "freedom of panorama"
    if rule.missing in ("us_relations_review", "depicted_us_relations_review"):
        # The origin's or the depicted work's file's own question on its US relations
        # (jurisdictions/XK.yaml), which ends its own sentence as above.
        j = s.origin if rule.missing == "us_relations_review" else s.depicted
        rel = j.us_relations if j is not None else None
        return (rel.review if rel is not None and rel.review else
                "whether the US protects works of that country (Circular 38a)")
    if rule.missing == "depicted_at_uraa":
        # The depicted work's term run on its country's URAA date, as at_uraa does the
        # photo's: the fact that left that day's status open (a French sculptor's war record).
        ref = s.terms.get("depicted.general")
        when = s.uraa_date(s.depicted) if s.depicted is not None else None
        open_fact = evaluate(ref.term, ref.dates, when.year, when).missing if ref is not None and when else None
        return open_fact or "the depicted work's status in its country on the URAA date"
    if rule.missing == "origin_at_uraa":
        return s.uraa_missing or "the photo's status in its origin country on the URAA date"
    if rule.missing:
        return _render(rule.missing, {
            "origin_code": s.record.origin_country, "depicted_code": s.record.depicted_country})
    ref = s.terms.get(rule.term or "")
    if ref is not None and ref.result.missing:
        return ref.result.missing
    return "a decisive fact"


def _needed(lacking: str | None) -> str | None:
    """What settles an open question as a rule text's `{needed}` puts it: a fact to fill in
    is needed ("photographer_death_year is needed"); a law file's review is a sentence of
    its own (it ends in a full stop, which the rule's text adds back), which "is needed"
    after it would garble ("... a person must check. is needed", review 27a)."""
    if lacking is None:
        return None
    return lacking[:-1] if lacking.endswith(".") else f"{lacking} is needed"


def _died(ref: TermRef) -> str:
    d = ref.dates
    return f"died {d.death}" if d.death else f"has no recorded death year (the work dates from {_fmt(d.creation)})"


# The values a reason has of its own (over the row's context), by placeholder name, as
# codes: a term reason's (0-10), the older law's it ran out under (11-12), and what would
# settle an open question (13). A rule text is read once into a plan (_plan) that carries
# each placeholder's code, so that a row's reason works its values out by comparing small
# integers, in compiled code, rather than through dictionaries of functions.
_OWN_NAMES: Final = ("country", "term_rule", "pd_from", "pd_last", "death", "creation", "publication", "died",
                     "until", "caveat", "open_range", "via_before", "via_changed", "missing", "needed")
_OWN: Final = {name: code for code, name in enumerate(_OWN_NAMES)}
_COUNTRY: Final = 0
_TERM_RULE: Final = 1
_ORIGIN_COUNTRY_NAME: Final = _CONTEXT_CODE["origin_country_name"]
_PUBLICATION: Final = 6
_OPEN_RANGE: Final = 10
_VIA_BEFORE: Final = 11
_MISSING: Final = 13
_NEEDED: Final = 14
# How a reason's rule relates to the row's terms (what reason() finds first).
_US_RELATIONS: Final = 0  # the origin's US relations (origin.us_relations)
_URAA: Final = 1  # the host's URAA (us.uraa), or a lapse for want of a formality (FORMALITY_TERMS)
# A rule's `term` naming a lapse of the host's formalities (jurisdictions/US.yaml,
# formalities): the photo's (us.*) or the depicted work's (depicted_us.*), and which lapse.
FORMALITY_TERMS: Final[dict[str | None, str]] = {
    "us.no_notice": "no_notice", "us.not_renewed": "not_renewed", "us.unregistered": "unregistered",
    "depicted_us.no_notice": "no_notice", "depicted_us.not_renewed": "not_renewed",
}
_TERM: Final = 2  # a term the row ran (Situation.terms)
_NO_TERM: Final = 3  # a term the jurisdiction does not have
_NONE: Final = 4  # no term at all

# A rule text, read: the literal before the first placeholder, then (code, name, literal
# after it, context code) for each placeholder (code -1: a name only the row's context can
# have; context code -1: a name the context does not have either), and whether it reads
# {missing}, and the head and each literal encoded for JSON, line-safe, in UTF-8 (_encode_pieces).
# Rule texts are few (a few hundred); emptied if ever full.
_Plan = tuple[str, tuple[tuple[int, str, str, int], ...], bool, tuple[bytes, ...]]
_PLANS: Final[dict[str, _Plan]] = {}


def _plan(text: str) -> _Plan:
    head, pairs = _segments(text)
    plan = (head, tuple((_OWN.get(name, -1), name, literal, _CONTEXT_CODE.get(name, -1)) for name, literal in pairs),
            "{missing}" in text or "{needed}" in text,
            tuple([line_safe(_string(piece)[1:-1]).encode("utf-8")
                   for piece in (head, *(literal for _, literal in pairs))]))
    if len(_PLANS) >= 1024:
        _PLANS.clear()
    _PLANS[text] = plan
    return plan


# A NotRevived's fact (jurisdictions' not_revived: the date its cut-off reads) as a clause.
_VIA_FACT: Final = {"publication": "published", "creation": "made", "death": "whose author died"}


def _term_value(code: int, ref: TermRef, year: int) -> Any:
    """A term reason's value by its code (0-10; _OWN_NAMES)."""
    if code == 0:
        return ref.jurisdiction.name
    if code == 1:
        via = ref.result.via
        if via is not None and not via.revived:
            # Run out through the older law's cut-off, not today's term (PD-Yugoslavia (c): a
            # photograph published before 1966, d. 1990, life + 70 running to 2060): the
            # sentence's "which has run out" is that term's, so name it (review 14 M1).
            return (f"{describe_term(ref.term)}; for a work {_VIA_FACT.get(via.fact, via.fact)} before {via.before}, "
                    f"the shorter term of the law before {via.changed.isoformat()}")
        return describe_term(ref.term)
    if code == 2:
        return _since(ref.result, year, ref.dates)
    if code == 3:
        return (ref.result.pd_from - 1) if ref.result.pd_from else None
    if code == 4:
        return ref.dates.death
    if code == 5:
        made = ref.dates.creation
        if made is None and ref.dates.publication is not None:
            # No image_date: a term counted from the making ran on a making no later than the
            # publication; "made unknown" was the placeholder printed as a word (review 14 M2).
            return f"no later than {ref.dates.publication.hi} (its publication)"
        return made
    if code == 6:
        return ref.dates.publication
    if code == 7:
        return _died(ref)
    if code == 8:
        return _until(ref.result)
    if code == _OPEN_RANGE:
        return _open_range(ref)
    return f" {ref.caveat}" if ref.caveat else ""


def _via_value(code: int, via: NotRevived, year: int) -> Any:
    """The older law's value by its code (11-12; _OWN_NAMES)."""
    return via.cutoff(year) if code == _VIA_BEFORE else via.changed.isoformat()


def reason(s: Situation, rule: Rule, ctx: Context) -> Reason:
    return _made(s, rule, ctx, "")


def _made(s: Situation, rule: Rule, ctx: Context, prefix: str) -> Reason:
    """The rule's reason for this row, its text after `prefix`. A placeholder is filled
    from the reason's own values first (the term it cites, the country, what is missing),
    then from the row's context; one found in neither stays as written."""
    text = rule.text
    plan = _PLANS.get(text)
    if plan is None:
        plan = _plan(text)
    head, pairs, reads_missing, encoded = plan
    term = rule.term
    ref = s.terms.get(term) if term is not None else None
    jurisdiction: str | None = None
    source = rule.source
    country: Any = None
    if term == "origin.us_relations" and s.origin is not None and s.origin.us_relations:
        kind = _US_RELATIONS
        jurisdiction = s.origin.file
        source = _joined(s.origin.us_relations.sources)
        country = s.origin.name
    elif term == "us.uraa" and s.host.uraa is not None:
        kind = _URAA
        jurisdiction = s.host.file
        source = _joined(s.host.uraa.sources)
        country = s.host.name
    elif ref is not None:
        kind = _TERM
        jurisdiction = ref.jurisdiction.file
        source = _joined(ref.term.sources)
    elif term in FORMALITY_TERMS and s.host.formalities is not None:
        # A lapse for want of a formality (jurisdictions/US.yaml, formalities): the host's
        # file and the lapse's sources, as for the URAA.
        kind = _URAA
        jurisdiction = s.host.file
        source = _joined(s.host.formalities.tag(FORMALITY_TERMS[term])[1])
        country = s.host.name
    elif term is not None:
        kind = _NO_TERM
        j = {"origin": s.origin, "us": s.host, "depicted": s.depicted}[term.split(".")[0]]
        country = j.name if j else "its country"
    else:
        kind = _NONE
    if rule.fop and s.fop is not None:
        jurisdiction = s.fop.jurisdiction.file
        source = _joined(s.fop.sources)
    unknown = rule.answer == "unknown"
    lacking = missing(s, rule) if unknown or reads_missing else None
    if pairs:
        # The reason's fields follow from its rule text, the prefix, the values put in and
        # the fields around the text: the reason is looked up by those (_MADE), without its
        # text joined and hashed first; the text is made only for a reason not met before.
        settles = lacking if unknown else None
        key: list[Any] = [text, prefix, rule.id, jurisdiction, source, unknown, settles]
        year = s.as_of.year
        for code, name, _literal, context_code in pairs:
            value: Any = _ABSENT
            if code >= 0:
                if code == _MISSING:
                    # A review ends its own sentence; the rule's text adds the full stop.
                    value = lacking.rstrip(".") if lacking else lacking
                elif code == _NEEDED:
                    value = _needed(lacking)
                elif kind == _TERM and ref is not None:
                    if code < _VIA_BEFORE:
                        value = _term_value(code, ref, year)
                    else:
                        via = ref.result.via
                        if via is not None:
                            value = _via_value(code, via, year)
                elif code == _COUNTRY:
                    value = country if kind != _NONE else _context_value(_ORIGIN_COUNTRY_NAME, s, ctx._decision)
                elif code == _TERM_RULE:
                    if kind == _NO_TERM:
                        value = "no such term"
                elif code == _PUBLICATION and rule.question == "photo_us":
                    value = s.record.published
            if value is _ABSENT:
                if context_code >= 0:
                    value = _context_value(context_code, s, ctx._decision)
                if value is _ABSENT:
                    key.append("{" + name + "}")
                    continue
            key.append("unknown" if value is None else str(value))
        made = tuple(key)
        found = _MADE.get(made)
        if found is None:
            found = _OLDER_MADE.get(made)
            if found is None:  # a new reason: its text made and encoded (_encode_pieces)
                out = [prefix, head]
                for i in range(len(pairs)):
                    out.append(key[_KEY_VALUES + i])
                    out.append(pairs[i][2])
                found = _new_reason(rule.id, "".join(out), jurisdiction, source, unknown, settles)
                _encode_pieces(found, out, encoded)
            if len(_MADE) >= _REASONS_LIMIT:
                _OLDER_MADE.clear()
                _OLDER_MADE.update(_MADE)
                _MADE.clear()
            _MADE[made] = found
        return found
    return _reason(rule.id, prefix + head if prefix else head, jurisdiction, source, unknown, lacking)


# Reasons already made, by their fields: three in four of a batch's reasons repeat one made
# for an earlier row (the same rule, with the same years and names). A Reason is frozen, so
# rows can share one (the row cache shares them already); a lookup costs a third of
# building one, whose dataclass __init__ stays interpreted Python (assessment.py is not
# compiled). Keyed on every field, so a hit is equal in all of them. Two generations of at
# most 8,192 each: when the newer is full it becomes the older, and a reason found only in
# the older is moved up, so the reasons a batch keeps meeting stay while those of one row
# (a death year met once) fall out. Emptying one table when full, as before, made 35,159
# reasons for 20,000 realistic rows; two generations of 4,096 make 26,566 (of 73,234). A
# realistic batch has many reasons of its own (200k rows: 94,261 distinct of 799,519, a
# creator's or photographer's death year in the text): 200k rows make 1.23 new reasons a
# row with two generations of 4,096, 0.97 with 8,192 (a new reason is ~15k instructions with
# its JSON). 8,192 and the cell memories' older generations (cellmemo.py) cost ~14 MB a
# worker: 1M realistic rows, two workers, 254 -> 282 MB of all processes (target 300).
# The reason tables' share of that, measured alone (compiled, these tables and
# output._REASON_JSON at 4,096 against 8,192, all else equal): --jobs 1, 200k realistic rows
# 60,001-64,000 after 60,000 warm, 268.3k -> 262.3k instructions a row (-2.3 %); 1M realistic
# rows, two workers, tree RSS 283.1 -> 283.8 MB (PSS 205.6 -> 213.7): kept at 8,192.
_ReasonKey = tuple[str, str, str | None, str | None, bool, str | None]
_REASONS: Final[dict[_ReasonKey, Reason]] = {}
_OLDER_REASONS: Final[dict[_ReasonKey, Reason]] = {}
_REASONS_LIMIT: Final = 8192
# A rule text's reasons by what _made puts into the text: (rule text, prefix, rule id,
# jurisdiction, source, open, missing, then each placeholder's value as put in), which
# make every field of the reason. The rule text is the rule file's own string (its hash
# kept, compared by identity) and the values are short: the lookup costs less than the
# text joined and hashed as _REASONS's key, and a text is joined only for a new reason.
# Two generations, as _REASONS.
_MadeKey = tuple[Any, ...]
_MADE: Final[dict[_MadeKey, Reason]] = {}
_OLDER_MADE: Final[dict[_MadeKey, Reason]] = {}
_KEY_VALUES: Final = 7  # where the values start in a _MadeKey


def shared(rule: str, text: str, jurisdiction: str | None = None, source: str | None = None,
           open: bool = False, missing: str | None = None) -> Reason:
    """Reason(rule, text, jurisdiction, source, open, missing) for a reason made outside the
    rule texts (the licence's, a template check's), the one object every row with it shares:
    a new object a row would be encoded to JSON afresh on every row (output._REASON_JSON)."""
    if missing is not None and not open:  # a combination _reason does not keep
        return _new_reason(rule, text, jurisdiction, source, open, missing)
    return _reason(rule, text, jurisdiction, source, open, missing)


def _reason(rule: str, text: str, jurisdiction: str | None, source: str | None, unknown: bool,
            lacking: str | None) -> Reason:
    """The Reason with these fields, kept (_REASONS): a rule text without placeholders, or
    a reason made outside the rule texts (shared). A rule text's reason with values in it
    is kept by those (_MADE)."""
    settles = lacking if unknown else None
    key = (rule, text, jurisdiction, source, unknown, settles)
    found = _REASONS.get(key)
    if found is None:
        found = _OLDER_REASONS.get(key)
        if found is None:
            found = _new_reason(rule, text, jurisdiction, source, unknown, settles)
        if len(_REASONS) >= _REASONS_LIMIT:
            _OLDER_REASONS.clear()
            _OLDER_REASONS.update(_REASONS)
            _REASONS.clear()
        _REASONS[key] = found
    return found


def _new_reason(rule: str, text: str, jurisdiction: str | None, source: str | None, unknown: bool,
                settles: str | None) -> Reason:
    """Reason(rule, text, jurisdiction, source, unknown, settles). Compiled, Reason is a
    native class with a compiled __init__ (assessment.py): a direct call that stores the
    fields in its struct (~0.2k instructions, where the slots' setters called one by one
    cost ~2.7k). Equal in every field, hash, repr and pickling to one made by Reason(), and
    as frozen (test_reason_reuse.py)."""
    return Reason(rule, text, jurisdiction, source, unknown, settles)


def reasons_for(s: Situation, decision: Decision, question: str, ctx: Context) -> list[Reason]:
    """The reason for a question's answer; for a split question, the answer under each
    value tried (named), after the rule that says the split fact decides, if one did."""
    rule = decision.answers[question]
    tried = decision.alternatives.get(question)
    if not tried or len({alt.id for _, alt in tried}) == 1:
        return [reason(s, rule, ctx)]  # one rule answered for every value
    found = [] if rule is tried[-1][1] else [reason(s, rule, ctx)]
    for value, alt in tried:
        found.append(_made(s, alt, ctx, f"If it is a {value.replace('_', ' ')}: "))
    return found



# A new reason's text as a JSON string, line-safe (line_safe) and in UTF-8, made from its
# parts for output.row_json_bytes, which takes it once (encoded_text) when it writes the
# reason first. JSON escapes a string character by character, and so do line_safe and UTF-8,
# so the parts encoded and joined are the whole encoded: the rule text's head and literals
# come encoded from its plan, and a value (a year, a name, the prefix) is encoded on its own
# (a year, digits only, is its own encoding). The text made a str, encoded for JSON, then
# made line-safe and encoded to UTF-8 whole with the rest of its JSON object cost ~10k
# instructions a new reason (callgrind, 200k realistic rows, compiled; ~1 new reason a row).
# Entries live from a reason's making to its row's writing: few, so a small bound (a format
# other than JSON never takes them).
_TEXT_JSON: Final[dict[int, tuple[Reason, bytes]]] = {}
_string: Final[Callable[[str], str]] = encode_basestring


# A value's encoding, by the value: a new reason is new for one of its values (a death
# year), and its others (the country, the creator's name, a phrase) were met before: ~4.3
# of ~4.4 encoded values a realistic row. Bounded; a long value is never kept.
_BODIES: Final[dict[str, str]] = {}
_PIECES: Final[dict[str, bytes]] = {}


def _body(value: str) -> str:
    """The value as json encodes it inside a string (without the quotes): a year (digits)
    as it is, a value met before as it was encoded then, else through json's encoder (one
    call; a test for what it would escape first, str.isprintable or a regular expression's
    search, cost as much)."""
    if not value or value.isdigit():
        return value
    found = _BODIES.get(value)
    if found is None:
        found = _string(value)[1:-1]
        if len(value) <= 200:
            if len(_BODIES) >= 4096:
                _BODIES.clear()
            _BODIES[value] = found
    return found


def _piece(value: str) -> bytes:
    """_body(value), line-safe, in UTF-8 (kept as _body keeps it). Raises UnicodeEncodeError
    for a lone surrogate, as encoding the whole text would."""
    if value.isdigit():  # digits, any script's: JSON, line_safe and _body leave them as they are
        return value.encode("utf-8")
    found = _PIECES.get(value)
    if found is None:
        found = line_safe(_body(value)).encode("utf-8")
        if len(value) <= 200:
            if len(_PIECES) >= 4096:
                _PIECES.clear()
            _PIECES[value] = found
    return found


def _encode_pieces(r: Reason, pieces: list[str], encoded: tuple[bytes, ...]) -> None:
    """`pieces`: the prefix, the head, then each value and the literal after it (_made's);
    `encoded`: the head and each literal, encoded (_plan). A text UTF-8 cannot encode (a lone
    surrogate in a value) is left to output.py, which fails on it as on any other."""
    try:
        out = [b'"', _piece(pieces[0]), encoded[0]]
        for k in range(1, len(encoded)):
            out.append(_piece(pieces[2 * k]))
            out.append(encoded[k])
    except UnicodeEncodeError:
        return
    out.append(b'"')
    if len(_TEXT_JSON) >= 256:
        _TEXT_JSON.clear()
    _TEXT_JSON[id(r)] = (r, b"".join(out))


def encoded_text(r: Reason) -> bytes | None:
    """The reason's text as output.row_json_bytes writes it (json's encode_basestring, then
    line_safe, in UTF-8), where _made has just made the reason (else None: encode the text
    itself). Taken once."""
    found = _TEXT_JSON.pop(id(r), None)
    return found[1] if found is not None and found[0] is r else None
