"""Record in, Assessment out: the library call an upload script makes before each upload.

The rules are compiled once per Assessor. Rows that ask a question alike share one engine
evaluation (a bounded cache keyed by the rules still able to answer the row and the facts
those read, gates.py; never by title or id); explanations are rendered per row, from that
row's own facts.
"""

from __future__ import annotations

import itertools
import operator
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.datafile import DataFileError
from copyright_check.decision import Decision
from copyright_check.engine import Engine, EngineError, Form
from copyright_check.facts import (
    F_PHOTO_ORIGIN_AT_URAA,
    FACT_FIELDS,
    SLOT,
    Situation,
    TermRef,
    build,
    longest_term,
    shortest_life_term,
)
from copyright_check.gates import gate
from copyright_check.jurisdictions import Jurisdiction, Tag, default_jurisdictions
from copyright_check.libinput import as_date, field_names, row_cells
from copyright_check.reader import lookalikes_disagree, lookalikes_of, spelled_twice
from copyright_check.reasons import (
    ANSWER_QUESTIONS,
    FORMALITY_TERMS,
    Context,
    context,
    reason,
    reasons_for,
    shared,
)
from copyright_check.record import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    Record,
    Tri,
    holder_cell_photographer,
    holder_cell_state,
    holder_names_photographer,
    normalise_keys,
    record_from_row,
    text_errors,
    title_cell_maker,
    title_cell_words,
)
from copyright_check.register import Register, Violation, default_register, violations
from copyright_check.result import AssessmentResult, record_cells, result_of
from copyright_check.ruleset import QUESTIONS, Rule, RuleSet, Split, load_rules
from copyright_check.tags import RangedYear, combine_tags, load_combinations, load_ranged_years, load_wraps, wrap_tags
from copyright_check.terms import Status, evaluate
from copyright_check.translate import composed, read_words
from copyright_check.wikitext import render_tag
from copyright_check.years import YearRange

if TYPE_CHECKING:
    from copyright_check.answerlog import Learnt

# Columns that never change an assessment except its id: left out of the row cache key
# (rights_holder but for whether it says the holder is unknown, which _row_key reads).
# Their cells' errors belong to each row, so they are never cached: read per row instead.
_UNKEYED: Final = ("id", "title", "rights_holder")
_NO_TITLE_WORDS: Final[tuple[str, int, str, str]] = ("", 0, "", "")  # record.title_cell_words of no title
_ROW_KEY_COLUMNS: Final = tuple(c for c in COLUMNS if c not in _UNKEYED)
_KEYED: Final = frozenset(_ROW_KEY_COLUMNS)
# The key's columns but the optional ones (the formality columns, taken_from), which most
# files lack: read in C where the row has them all (_read_key), the optional cells beside
# them (_row_key).
_BASE_KEY_COLUMNS: Final = tuple(c for c in _ROW_KEY_COLUMNS if c not in OPTIONAL_COLUMNS)
TagUse = tuple[str, list[tuple[str, Any]]]
_VERDICTS: Final = {v.value: v for v in Verdict}
# The members as C statics in the compiled build (an Enum member read through its class is a
# module-dict lookup and a generic attribute lookup, a few a row).
_OK: Final = Verdict.OK
_NOT_OK: Final = Verdict.NOT_OK
_NEEDS_REVIEW: Final = Verdict.NEEDS_REVIEW
_UNKNOWN_STATUS: Final = Status.UNKNOWN
# The questions of each stage, in the order they are asked (worked out once, not per row).
_STAGES: Final = tuple((stage, tuple(q for q, st in QUESTIONS.items() if st == stage))
                for stage in ("facts", "us", "verdict"))


# durable-rules keeps process-wide state, and a question is three calls on an Engine's one
# session (engine.py): two threads assessing at once (on one Assessor or on two) could start
# each other's answer and swap answers silently. One lock for the process makes a shared
# Assessor safe; threads then take turns (processes are the way to run in parallel).
_ENGINE_LOCK = threading.RLock()
# Gate values remembered per question (Assessor._table): a few facts of a few values each.
_MEMO_SIZE: Final = 4096
# What _table finds for a question's gate values: the answer table, the reader of its key,
# the form of the event that asks durable-rules on a miss and the reader of its values
# (readers as the slots they read, _slots).
_Found = tuple[dict[Any, Rule], tuple[int, ...], Form, tuple[int, ...]]


def _new_lock_after_fork() -> None:
    global _ENGINE_LOCK
    _ENGINE_LOCK = threading.RLock()  # a lock held by another thread at fork would never be released


os.register_at_fork(after_in_child=_new_lock_after_fork)


# Each name a question reads, by its slot in the facts _decide asks with: a row's fact
# values (facts.SLOT) and after them the answers of the questions that are no fact (a
# later stage reads an earlier one's answers; "depicted" is both, and its answer takes the
# fact's slot, as it took its key when the facts were a dict).
_SLOTS: Final[dict[str, int]] = {
    **SLOT, **{q: len(SLOT) + i for i, q in enumerate(q for q in QUESTIONS if q not in SLOT)}}
_NO_ANSWERS: Final[list[Any]] = [None] * (len(_SLOTS) - len(SLOT))


def _slots(fields: tuple[str, ...]) -> tuple[int, ...]:
    """Where the facts `fields` name are in _decide's facts (a list, _SLOTS): read by _read."""
    return tuple([_SLOTS[f] for f in fields])


def _read(slots: tuple[int, ...], facts: list[Any]) -> tuple[Any, ...]:
    """The facts at these slots as one tuple (a question's key, its gate values, an event's
    values): one compiled loop into a tuple made at its size, called directly. An
    operator.itemgetter of the slots (or a lambda for one slot) is called through Python's
    generic call and reads each item through the generic subscript: ~0.8k instructions a
    key, a dozen keys a row (callgrind, compiled)."""
    return tuple(facts[i] for i in slots)


def _memo_found(memo: dict[Any, Any], gate_read: tuple[int, ...], facts: list[Any]) -> _Found | None:
    """What Assessor._table found for these facts' values at the question's gate slots, or
    None: the memo is one dict a gate fact (the first fact's value -> a dict of the second's
    ... -> the last one's -> what was found; () -> it for a question with no gate facts), so
    a row's gate values are looked up one by one, without a tuple of them made and hashed
    (~0.8k instructions a question, some seven a row). A value is a key as it was an item of
    the tuple: equal values find the same entry."""
    level = memo
    last = len(gate_read) - 1
    if last < 0:
        empty: _Found | None = memo.get(())
        return empty
    at = 0
    while at < last:
        below = level.get(facts[gate_read[at]])
        if below is None:
            return None
        level = below
        at += 1
    found: _Found | None = level.get(facts[gate_read[last]])
    return found


# The whole-row cache's windows (Assessor._row_window): rows looked up in a window, and
# the windows it rests for after the first window that does not pay, and at most.
_ROW_WINDOW: Final = 1024
_REST_WINDOWS: Final = 8
_REST_MAX: Final = 64 * _ROW_WINDOW

# Header layouts of library callers' rows kept at most (a caller has one or a few).
_LAYOUTS: Final = 64


class _Layout:
    """How a library caller's header (its dict's keys, in order) is read: each key's column
    name (normalise_header), worked out once per header instead of once a key and call, and
    where the keyed and unkeyed columns are. Not `readable` for a header that cannot be read
    this way: a key that is not text, or two keys naming one column (normalise_keys then
    keeps the first non-empty cell of the two)."""

    def __init__(self, readable: bool, names: tuple[str, ...], keyed: tuple[int, ...],
                 unkeyed: tuple[tuple[int, str], ...]) -> None:
        self.readable = readable
        self.names = names
        self.keyed_at = keyed
        self.unkeyed = unkeyed
        self.holder_at = next((i for i, n in unkeyed if n == "rights_holder"), -1)
        self.title_at = next((i for i, n in unkeyed if n == "title"), -1)
        self.anonymous_at = names.index("depicted_anonymous") if "depicted_anonymous" in names else -1
        self.photographer_at = names.index("photographer") if "photographer" in names else -1

    def keyed(self, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple([values[i] for i in self.keyed_at])

    def holder_unknown(self, values: tuple[str, ...]) -> int:
        """record.holder_cell_state of the row's rights_holder cell (as written: holder_unknown
        reads it in NFC, as read_words composes it), the part of it the row's key holds."""
        at = self.holder_at
        return holder_cell_state({"rights_holder": values[at]}) if at >= 0 else 0

    def holder_photographer(self, values: tuple[str, ...]) -> bool:
        """record.holder_cell_photographer of the row's rights_holder and photographer cells,
        the part of the holder cell the row's key holds."""
        at = self.holder_at
        if at < 0:
            return False
        photographer = values[self.photographer_at] if self.photographer_at >= 0 else None
        return holder_names_photographer(values[at] or None, photographer or None)

    def title_words(self, values: tuple[str, ...]) -> tuple[str, int, str, str]:
        """record.title_cell_words of the row's title cell, the part of it the row's key holds."""
        at = self.title_at
        return title_cell_words(values[at]) if at >= 0 else _NO_TITLE_WORDS

    def title_maker(self, values: tuple[str, ...]) -> str:
        """record.title_cell_maker of the row's title cell where its depicted_anonymous cell is
        not empty (as _row_key reads it), the part of it the row's key holds."""
        at, anonymous = self.title_at, self.anonymous_at
        return title_cell_maker(values[at]) if at >= 0 and anonymous >= 0 and values[anonymous] else ""

    def cells(self, values: tuple[str, ...]) -> dict[str, str]:
        """normalise_keys(row_cells(row)) for a row of text cells under this header: its
        names are distinct, so each cell is kept under its column's name, in the row's order."""
        return {name: values[i] for i, name in enumerate(self.names)}

    @staticmethod
    def of(keys: tuple[Any, ...]) -> _Layout:
        if any(type(k) is not str for k in keys):
            return _Layout(False, (), (), ())
        names = field_names(keys)
        # A look-alike key beside its field (`License` beside `licence`) is compared with it by
        # the general reading (_lookalike_errors).
        if len(set(names)) != len(names) or _lookalikes(names):
            return _Layout(False, (), (), ())
        return _Layout(True, names, tuple(i for i, n in enumerate(names) if n not in _UNKEYED),
                       tuple((i, n) for i, n in enumerate(names) if n in _UNKEYED))


def _same(name: str) -> str:
    return name


def _lookalikes(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """reader.lookalike_columns of a library caller's keys already named as fields
    (libinput.field_names, normalise_keys): a key that is no field's name is read as none.
    Worked out once per header (reader.lookalikes_of, owner None)."""
    return lookalikes_of(names, _same, None)


def _lookalike_errors(cells: dict[str, str]) -> list[RowError]:
    """The row's errors for look-alike keys that say otherwise than their field (review 18
    G15: `licence` CC BY beside `License` CC BY-NC was ok through the library, with no note)."""
    pairs = _lookalikes(tuple(cells))
    return lookalikes_disagree(cells, pairs) if pairs else []


def _text_values(row: dict[Any, Any]) -> tuple[str, ...] | None:
    """A library row's cells, if every one is text: only such a row's reading is a function
    of its cells alone (libinput reads any other value, with its own errors)."""
    values = tuple(row.values())
    for value in values:
        if type(value) is not str:
            return None
    # A spreadsheet error's text (`#REF!`, `Err:502`) is read by libinput with its error.
    # Looked for once in the cells joined by a NUL (which no "Err:" holds, so none is
    # made across two cells), not twice a cell: ~40 substring searches a call, 7.7k of a
    # repeated call's instructions (callgrind, compiled).
    joined = "\0".join(values)
    if "#" in joined or "Err:" in joined:
        return None
    return values


def _row_key(cells: dict[str, str], when: date) -> tuple[Any, ...]:
    """The whole-row cache's key: the date, every cell the law reads, and of the
    rights_holder cell (unkeyed: its text never decides) only whether it is empty, names a
    holder or says the holder is unknown (record.holder_cell_state, which a free licence's
    verdict reads), so rows of different holders still share their answer; of the title (unkeyed too) only whether it
    says the photo is aerial (record.title_says_aerial, which stands for an empty taken_from)
    and whether it says the photo shows a building's inside (record.title_says_interior,
    which stands for an empty depicted_setting), both in one value (record.title_cell_words,
    with the words naming a work that depicted_type none or building contradicts, which its
    text names);
    whether the holder names the photographer (record.holder_names_photographer: a licence
    the photographer died before is no release); and, beside a depicted_anonymous cell, the
    title's words naming the work's maker (record.title_cell_maker: a contradiction of that
    cell's yes, which its text names). A column the row
    lacks (None) and an empty one ("") key apart: at worst a miss. (A tuple built from a
    list, of a dict: `(when, *map(cells.get, ...))` of a Mapping cost four times as much,
    compiled.)"""
    try:
        base = _read_key(cells)  # every column there: one C loop
    except KeyError:
        base = tuple([cells.get(c) for c in _BASE_KEY_COLUMNS])
    return (when, base, cells.get("copyright_notice"), cells.get("copyright_renewed"),
            cells.get("copyright_registered"), cells.get("depicted_copyright_notice"),
            cells.get("depicted_copyright_renewed"), cells.get("taken_from"), cells.get("rehabilitation_year"),
            cells.get("depicted_rehabilitation_year"), cells.get("shows_works_inside"),
            cells.get("depicted_anonymous"), cells.get("depicted_origin_country"), holder_cell_state(cells),
            title_cell_words(cells.get("title")), holder_cell_photographer(cells),
            title_cell_maker(cells.get("title")) if cells.get("depicted_anonymous") else "")


def _title_error(errors: list[RowError]) -> bool:
    """Whether these errors of a row's own cells hold its title's (a NUL byte, too long)."""
    return any(e.column == "title" for e in errors)


# The holder_unknown facts that say the licence is no release by the row's holder (facts._holder_fact).
_NO_RELEASE: Final = frozenset({"yes", "after_death", "holder_died", "not_author", "no_holder_after_death"})


# The keyed cells of a row that has every column (a batch of the full template): read in C.
_read_key: Final = operator.itemgetter(*_BASE_KEY_COLUMNS)
_KEY_FORMALITIES: Final = ("copyright_notice", "copyright_renewed", "copyright_registered", "depicted_copyright_notice",
                    "depicted_copyright_renewed", "taken_from", "rehabilitation_year",
                    "depicted_rehabilitation_year", "shows_works_inside",
                    "depicted_anonymous", "depicted_origin_country")  # the order _row_key reads them in
if (*_BASE_KEY_COLUMNS, *_KEY_FORMALITIES) != _ROW_KEY_COLUMNS:
    raise RuntimeError("assessor._row_key: the optional columns are out of step with record.OPTIONAL_COLUMNS")


# What the whole-row cache keeps of an assessment: its fields but the id, as tuples (a
# compiled module builds a tuple for a fraction of the interpreted dataclass's __init__):
# verdict, templates, uploadable_from, reasons, the errors that follow from the keyed cells, own.
_Kept = tuple[Verdict, tuple[str, ...], int | None, tuple[Reason, ...], tuple[RowError, ...], int | None]


def _keep(a: Assessment, errors: list[RowError]) -> _Kept:
    """What the whole-row cache keeps of `a`, with these of its errors."""
    return (a.verdict, tuple(a.templates), a.uploadable_from, tuple(a.reasons), tuple(errors), a.own)


def _copy(kept: _Kept, rid: str) -> Assessment:
    """A cached assessment handed out under a row's own id, with lists of its own, so a
    caller that appends to them never changes the cache."""
    return Assessment(rid, kept[0], list(kept[1]), kept[2], list(kept[3]), list(kept[4]), kept[5])


def _tag_param(ref: TermRef | None, fact: str) -> Any:
    if ref is None:
        return None
    d = ref.dates
    found = (d.death if fact == "death_year" else d.creation if fact == "creation_year"
             else d.publication if fact == "publication_year" else None)
    # A range (death "ca. 1948" = 1943-1953) is given as its latest year, the one that a
    # template's own term arithmetic must still pass. Kept on purpose (checked 2026-11-30):
    # Template:PD-old-auto/doc (https://commons.wikimedia.org/wiki/Template:PD-old-auto/doc)
    # takes one `deathyear`, "Year of author's death", required, and from it "automatically
    # re-calculates the current public-domain year span" and its PD-old-N box and category;
    # no parameter takes a range. With the latest year the span shown (life + N or fewer)
    # holds whenever in the range the author died; with the catalogued middle year it would
    # claim up to 5 years too many. The rules give this tag only where the term has run out
    # from the range's latest year. The box's wording would then say "died in 1953", a year
    # the record does not give: a tag listed in rules/tags.yaml (ranged_death_year; every
    # deathyear= tag the jurisdiction files write) is replaced by a form stating no year
    # (Assessor._unranged), so this latest year reaches a page only through a tag not listed.
    if found is not None:
        return found.hi
    return ref.result.pd_from if fact == "pd_year" else None



def _uraa_country(s: Situation, j: Jurisdiction | None) -> list[tuple[str, Any]]:
    """Template:PD-1996, and PD-old-auto-1996 it combines into, state the URAA date as
    "January 1, 1996 for most countries" unless given the source country, which they display
    and by which {{URAA-date}} looks the date up (Template:PD-1996/doc: "Country name in
    English language or two letter Country code according to ISO 3166-1 alpha-2"). A work of
    a country whose date is another gets its code, so the page does not state the wrong date
    (review 28g F3: a Turkmen photo's page read "January 1, 1996 for most countries", where
    Turkmenistan's date is 29 May 2016)."""
    if j is None or s.host.uraa is None:
        return []
    when = s.uraa_date(j)
    if when is None or when == s.host.uraa.restoration_date:
        return []
    return [("country", j.code)]


def _interned(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """A key as another worker reads it (answerlog.py), its text values interned: marshal
    writes an interned string as such and interns it again where it is read, so the keys a
    worker learns share one string object a value (a cell's value, `building`, is a string of
    its own in every key otherwise: ~3-4 MB more over two workers on 1M realistic rows)."""
    return tuple([sys.intern(v) if type(v) is str else v for v in key])


def _holds(when: Mapping[str, Any], read: Any) -> bool:
    """A rule's `when` (rules.schema.json: a value, `not`, `in`, `not_in`, `any`, `all`)
    against one row's facts and answers, read by name: only for the ok rule a verdict rule's
    `tags_else` names, once for a row whose PD templates cannot be written."""
    for key, test in when.items():
        if key == "any":
            if not any(_holds(sub, read) for sub in test):
                return False
        elif key == "all":
            if not all(_holds(sub, read) for sub in test):
                return False
        else:
            value = read(key)
            if isinstance(test, dict):
                if "not" in test:
                    ok = value != test["not"]
                elif "in" in test:
                    ok = value in test["in"]
                else:
                    ok = value not in test["not_in"]
            else:
                ok = value == test
            if not ok:
                return False
    return True

def _life_term_note(life: TermRef, reason_given: bool) -> Reason:
    """Why the page states the photographer's life term (ruleset.Rule.tag_term_else), and,
    where the US tag's URAA statement rests on the other term, that its reason= says so."""
    return shared(
        "template-life-term-instead",
        f"No Commons template states {life.jurisdiction.name}'s term for this finding; the "
        f"photographer's life term ({life.term.years} years after the death) has run out as "
        "well, and the page states that term instead." + (
            " That term had not run out on the URAA date, so the US tag's statement that the photo was PD "
            "at home then rests on the finding above, which the page gives as the tag's reason= "
            "(Template:PD-1996, Template:PD-old-auto-1996: 'Reason the image was in Public domain in the "
            "source country at the URAA date')." if reason_given else ""),
        None, life.term.sources[0] if life.term.sources else None)


def _named_author(record: Record) -> bool:
    """The record names its photographer and does not call the photo anonymous: a life term
    can then be stated on the page (ruleset.Rule.tag_term_else)."""
    return record.photographer_named is Tri.YES and record.anonymous is not Tri.YES


# The roles whose term Commons' PD-old-assumed may stand in for, and its term's key there
# (facts._presumed_old): the photo's own origin and the depicted work's.
_PRESUMABLE: Final = {"origin": "origin.presumed_old", "depicted": "depicted.presumed_old"}


def _presumed_end(s: Situation, ref: TermRef, ends: int) -> int:
    """The year a term with no death year recorded stops blocking: Commons' PD-old-assumed
    (120 years from the making, the death year not found after research) frees the work
    before the longest life's bound does, and the rules give that ok that year, so the
    year is the earlier (review 25c F6: a monument of 1933 by an author with no death year
    gave 2114, and was ok on PD-old-assumed from 2054)."""
    if ref.dates.death is not None or ref.role not in _PRESUMABLE or (
            ref.role == "origin" and ref.term.counts_from != "death"):
        # The photo's anonymous term is decided before the presumption (rules/photo.yaml): it
        # counts from the publication, which the presumption does not shorten (C23-SE-14: a
        # photo of 1955 first published 2020 is protected to the end of 2090, not 2075). A
        # depicted work's presumption comes before its anonymous term (rules/depicted.yaml,
        # depicted-presumed-old-assumed), as here.
        return ends
    presumed = s.terms.get(_PRESUMABLE[ref.role])
    return ends if presumed is None or presumed.result.pd_from is None else min(ends, presumed.result.pd_from)

class Assessor:
    """Load once, assess many. Safe to share between threads (they take turns on one
    process-wide lock, see _ENGINE_LOCK); for parallel work use one per process."""

    def __init__(
        self,
        jurisdictions: Mapping[str, Jurisdiction] | None = None,
        ruleset: RuleSet | None = None,
        as_of: date | str | None = None,
        cache_size: int = 50_000,
        row_cache_size: int = 5_000,
        register: Register | None = None,
    ) -> None:
        self.jurisdictions = dict(jurisdictions or default_jurisdictions())
        self.ruleset = ruleset or load_rules(fact_fields=FACT_FIELDS)
        if self.ruleset.host not in self.jurisdictions:
            raise DataFileError(f"jurisdictions/{self.ruleset.host}.yaml", "",
                                "the US rules need this jurisdiction file")
        self.combinations = load_combinations()
        self.wraps = load_wraps()
        self.ranged = load_ranged_years()
        self.register = register or default_register()
        self._longest = longest_term(self.jurisdictions)
        self._shortest_life = shortest_life_term(self.jurisdictions)
        self.as_of = as_date(as_of)
        with _ENGINE_LOCK:
            self._engine = Engine(self.ruleset)
        # Answers, one table per question and set of rules still able to answer it (gates.py),
        # keyed by the facts those rules read, in ruleset.reads order: rows that differ only
        # in facts no live rule reads share one engine call.
        self._caches: dict[tuple[str, tuple[int, ...], tuple[str, ...]], dict[Any, Rule]] = {}
        # 50,000 answers (~170 bytes each): the rule files ask ~46,000 distinct questions over
        # 100k generated realistic rows; a 20,000 limit asked durable-rules twice as often
        # (90,986 calls against 46,047), for ~3 MB less.
        self._cached = 0  # entries over all tables
        self._last_table: dict[Any, Rule] | None = None  # the table _evaluate added to last
        # Each table's name in _caches by the table's id (tables are never dropped), and the
        # answers durable-rules gave since learnt_answers was last called, where a forked
        # pool's workers share them (answerlog.py; None: not recorded).
        self._table_names: dict[int, tuple[str, tuple[int, ...], tuple[str, ...]]] = {}
        self._learnt: list[Learnt] | None = None
        # Whole assessments (a few kB each, with their reasons): kept small so that a
        # worker's memory stays flat; the per-question cache above does the heavy lifting.
        self._rows: dict[tuple[Any, ...], _Kept] = {}
        self._row_cache_size = row_cache_size
        # Whether the whole-row cache pays in this batch (_assess_cells): rows looked up and
        # hits in the current window, rows left to assess without it, the next rest's length.
        self._row_looked = 0
        self._row_hits = 0
        self._row_resting = 0
        self._row_rest = _REST_WINDOWS * _ROW_WINDOW
        # A library caller's rows as read before (Assessor.assess, _read_again), per header.
        self._layouts: dict[tuple[Any, ...], _Layout] = {}
        self._readings: dict[tuple[Any, ...], tuple[dict[str, str], tuple[Any, ...]]] = {}
        self._cache_size = cache_size
        self.evaluations = 0
        self._holding = False  # Engine.hold called in this row's decision, not yet released
        self._gates = {q: gate(self.ruleset, q) for q in self.ruleset.reads}
        # Per verdict rule (by id), the questions whose reasons it gives, in ANSWER_QUESTIONS'
        # order: tested once here, not five `in` tests of its tuple a row (~1.2k instructions).
        self._decisive = {rid: (rule, tuple(q for q in ANSWER_QUESTIONS if q in rule.decisive))
                          for rid, rule in self.ruleset.rules.items()}
        # Per question, its gate facts' values -> what _table finds for them, one dict a
        # gate fact (_memo_found), and how many entries _table has put in since it was last
        # emptied (bounded by _MEMO_SIZE).
        self._memos: dict[str, dict[Any, Any]] = {q: {} for q in self.ruleset.reads}
        self._memo_kept: dict[str, int] = {q: 0 for q in self.ruleset.reads}
        # Each stage's questions with what asking one needs, looked up once here, not per row.
        self._plan = tuple(
            (stage, tuple((q, _SLOTS[q]) for q in asked),
             tuple((q, _slots(self._gates[q].facts), self._memos[q], self.ruleset.splits.get(q)) for q in asked))
            for stage, asked in _STAGES)

    # -- the decision -------------------------------------------------------------------
    def _table(self, question: str, gate_values: Any) -> _Found:
        """The answer table and key reader for rows with these values of the question's gate
        facts (gates.py: the rules still able to answer them, and the facts those read), and
        how durable-rules is asked on a miss: with those facts and the gate facts only
        (gates.py says why the answer is the one every fact gives)."""
        g = self._gates[question]
        live, read = g.live(gate_values)
        table = self._named_table((question, live, read))
        sent = tuple(f for f in self.ruleset.reads[question] if f in read or f in g.facts)
        found = (table, _slots(read), self._engine.form(question, sent), _slots(sent))
        memo = self._memos[question]
        kept = self._memo_kept[question] + 1
        if kept > _MEMO_SIZE:  # the gate facts' values are few; this bounds odd ones
            memo.clear()
            kept = 1
        self._memo_kept[question] = kept
        if not gate_values:
            memo[()] = found
            return found
        level = memo
        for value in gate_values[:-1]:
            below = level.get(value)
            if below is None:
                below = level[value] = {}
            level = below
        level[gate_values[-1]] = found
        return found

    def _answer(self, question: str, facts: list[Any], gate_read: tuple[int, ...],
                memo: dict[Any, Any]) -> Rule:
        """The rule that answers `question` for these facts: from the cache where a row with
        the same live rules and the same values of the facts they read was answered
        (gates.py says why that is the same question), else from durable-rules."""
        found = _memo_found(memo, gate_read, facts)
        table, read, form, sent = found if found is not None else self._table(question, _read(gate_read, facts))
        key = _read(read, facts)
        rule = table.get(key)
        return rule if rule is not None else self._evaluate(facts, table, key, form, sent)

    def _named_table(self, name: tuple[str, tuple[int, ...], tuple[str, ...]]) -> dict[Any, Rule]:
        """The answer table of this name, made on first use and its name noted by the
        table's id (_evaluate gives the name with each answer it shares, learn finds it)."""
        table = self._caches.get(name)
        if table is None:
            table = self._caches[name] = {}
            self._table_names[id(table)] = name
        return table

    def _evaluate(self, facts: list[Any], table: dict[Any, Rule], key: Any, form: Form,
                  sent: tuple[int, ...]) -> Rule:
        """durable-rules answers a question no cached answer fits, from the facts `form`
        carries (the live rules' and the gate facts, `_table`): the answer every fact the
        question reads would give (gates.py)."""
        self.evaluations += 1
        if not self._holding:  # signals held from here to the end of the row's decision
            self._holding = True
            self._engine.hold()
        rule = self.ruleset.rules[self._engine.ask_form(form, _read(sent, facts))]
        if self._cached >= self._cache_size:
            # Room is made in the table with the most distinct readings, by dropping its
            # older half: the small, hot tables (a verdict reads few facts) stay warm. Emptying
            # every cache made 22 % more engine calls on 50k hostile rows (75,852 vs 61,931).
            # A table holding more than half of all entries is the largest, and the only
            # one of that size (max would choose it): the table last added to often is, and
            # a one-entry cache (every question to durable-rules) then scans no tables.
            last = self._last_table
            largest = last if last is not None and 2 * len(last) > self._cached else max(
                self._caches.values(), key=len)
            for old in list(itertools.islice(largest, max(1, len(largest) // 2))):
                del largest[old]
                self._cached -= 1
        table[key] = rule
        self._cached += 1
        self._last_table = table
        if self._learnt is not None:
            self._learnt.append((self._table_names[id(table)], _interned(key), rule.id))
        return rule

    def share_answers(self) -> None:
        """From now on, durable-rules' answers are kept for learnt_answers (a pool's worker)."""
        self._learnt = []

    def learnt_answers(self) -> list[Learnt]:
        """The answers durable-rules gave since the last call (share_answers started it)."""
        learnt = self._learnt
        if not learnt:
            return []
        self._learnt = []
        return learnt

    def learn(self, answers: list[Learnt]) -> None:
        """Answers another process's durable-rules gave (answerlog.py), put in the cache as
        if this process had asked them: the same table and key, so the same answer. Only
        while the cache has room: making room is for answers this process needs."""
        rules = self.ruleset.rules
        for name, key, rid in answers:
            if self._cached >= self._cache_size:
                return
            table = self._named_table(name)
            if key not in table:
                table[key] = rules[rid]
                self._cached += 1

    def _split(self, question: str, split: Split, facts: list[Any], gate_read: tuple[int, ...],
               memo: dict[Any, Any],
               alternatives: dict[str, tuple[tuple[str, Rule], ...]]) -> Rule:
        """A question split on a fact the record leaves unknown, as its rule file says
        (ruleset.Split): the same answer for every value decides, else the question is
        asked again with `decides` set, for the rule that names the fact. Each try is the
        question about the row's facts with one value replaced, set in `facts` (the
        caller's own copy) for the try and put back after it."""
        at = _SLOTS[split.fact]
        was = facts[at]
        tried = []
        try:
            for value in split.values:
                facts[at] = value
                tried.append((value, self._answer(question, facts, gate_read, memo)))
        finally:
            facts[at] = was
        alternatives[question] = tuple(tried)
        if len({rule.answer for _, rule in tried}) == 1:
            return tried[-1][1]
        at = _SLOTS[split.decides]
        was = facts[at]
        facts[at] = "yes"
        try:
            return self._answer(question, facts, gate_read, memo)
        finally:
            facts[at] = was

    def _decide(self, s: Situation) -> Decision:
        answers: dict[str, Rule] = {}
        alternatives: dict[str, tuple[tuple[str, Rule], ...]] = {}
        facts: list[Any] = s.values + _NO_ANSWERS  # the row's own copy, with room for the answers
        try:
            for stage, names, asked in self._plan:
                for question, gate_read, memo, split in asked:
                    if split is not None and facts[_SLOTS[split.fact]] == "unknown":
                        answers[question] = self._split(question, split, facts, gate_read, memo, alternatives)
                        continue
                    answers[question] = self._answer(question, facts, gate_read, memo)
                # A later stage reads this one's answers (a verdict rule's answer is its verdict).
                for question, at in names:
                    rule = answers[question]
                    facts[at] = rule.answer or rule.verdict
                if stage == "facts":
                    facts[F_PHOTO_ORIGIN_AT_URAA] = self._at_uraa(s, answers, alternatives, facts)
        finally:
            # The stop signals the first engine question held (_evaluate) arrive now, with
            # the row's decision made (Engine.hold).
            if self._holding:
                self._holding = False
                self._engine.release()
        return Decision(answers, alternatives)

    def _at_uraa(self, s: Situation, answers: dict[str, Rule],
                 alternatives: dict[str, tuple[tuple[str, Rule], ...]], facts: list[Any]) -> str:
        """The origin status on the URAA date, from the term that answered photo_origin —
        for a split question from every alternative's term: where they differ, the split
        fact decides the US question too."""
        tried = alternatives.get("photo_origin")
        if not tried:
            return s.at_uraa(answers["photo_origin"].term)
        # Run once a term: the alternatives often cite the same one.
        # In the terms' order, not a set's: Situation.uraa_missing keeps the first open
        # term's fact, and the output must not depend on string hashing.
        statuses = {s.at_uraa(term) for term in sorted({rule.term or "" for _, rule in tried})}
        if len(statuses) == 1:
            return statuses.pop()
        facts[_SLOTS[self.ruleset.splits["photo_origin"].decides]] = "yes"
        return "unknown"

    # -- the explanation ----------------------------------------------------------------
    def _unranged(self, s: Situation, ref: TermRef, ranged: RangedYear, death: YearRange,
                  params: list[tuple[str, Any]], notes: list[Reason], bounded: bool = False) -> TagUse:
        """A tag that would print a death year the record gives only as a range: the tag of
        rules/tags.yaml (ranged_death_year) that states no year, or, where none fits, the
        tag with no year (the register then refuses it), and a reason naming the range.
        `bounded`: the record gives no death year, only what bounds it (a birth year)."""
        whose = "photographer" if ref.role == "origin" else "depicted_creator"
        span = f"{death.lo}\u2013{death.hi}"
        given = (f"no {whose}_death_year, but its other dates (a birth year, the work's date) put the death in "
                 f"{span}" if bounded else f"{whose}_death_year only as {span}, not one year")
        name = ranged.instead(ref.term.longest_years, death.hi, s.as_of.year)
        if name is not None:
            notes.append(shared(
                "template-death-year-range",
                f"The record gives {given}: the file page states only "
                f"that the author died more than {dict(ranged.use)[name]} years ago (Template:{name}, or its form "
                f"with the US side) and names no year of death (Template:{ranged.tag} would print the year it is "
                f"given as the year the author died). With the exact year in {whose}_death_year the page names it.",
                None, ranged.source))
            return name, [p for p in params if p[0] != ranged.param]
        notes.append(shared(
            "template-death-year-range-no-tag",
            f"The record gives {given}, and no Commons template "
            f"without a year fits this term: Template:{ranged.tag} would print a year the record does not "
            f"have. Put the exact year of death in {whose}_death_year and assess again.",
            None, ranged.source, open=True, missing=f"the exact year in {whose}_death_year"))
        return ranged.tag, [(k, None if k == ranged.param else v) for k, v in params]

    @staticmethod
    def _uraa_reason(s: Situation, decision: Decision, rule: Rule, life: TermRef) -> str | None:
        """The origin rule's own reason (the simple-photo term that ran out before the URAA
        date), where the life term the page states instead was still running on that date;
        else None (the life term alone explains the URAA finding). Review 13 D6: a German
        simple photo of 1935 by a photographer who died in 1940 was written
        {{PD-old-auto-1996|deathyear=1940}}, whose URAA statement the page then contradicted
        (life + 70: protected to 2010) without naming § 72 UrhG (PD 1986), the real reason;
        Template:PD-old-X-1996: 'there must be a statement on this page explaining why the
        work was PD on the URAA date in its source country'."""
        when = s.uraa_date()
        if when is None or evaluate(life.term, life.dates, when.year, when).status is Status.EXPIRED:
            return None
        return reason(s, rule, context(s, decision)).text

    @staticmethod
    def _uraa_via_tag(s: Situation, decision: Decision, ref: TermRef) -> Tag | None:
        """The tag of the older law's cut-off that made the photo PD at home on the URAA date,
        where the US side rests on that date ({{PD-1996}}) and today's term, run out since,
        had not run out then: its tag (PD-old-auto, merged into {{PD-old-auto-1996}}) would
        state a death year that contradicts the URAA finding (review 30d F2: a Japanese photo
        published 1935 by a photographer who died 1950, PD in 1996 under the old Act's ten
        years, not under life + 50)."""
        us = decision.answers.get("photo_us")
        when = s.uraa_date()
        if us is None or (us.tag_term or us.term) != "us.uraa" or when is None:
            return None
        at = evaluate(ref.term, ref.dates, when.year, when)
        if at.status is Status.EXPIRED and at.via is not None and at.via.tag is not None:
            return at.via.tag
        return None

    def _tag_groups(self, s: Situation, decision: Decision, verdict: Rule,
                    notes: list[Reason]) -> dict[str, list[TagUse]]:
        """The file page's tags in two groups: the photo's own (licence, or origin and US PD
        tags, combined where Commons has one template for the pair) and the depicted work's
        (its PD tag with the US side the rules found, combined alike; FoP tags). A parameter
        the record cannot give stays None: the register check then refuses the tag rather
        than write it without its parameter."""
        photo: list[TagUse] = []
        others: list[TagUse] = []
        work_us: list[TagUse] = []  # the depicted work's US side (rules/depicted_us.yaml)
        # Where the photo's tag states a life term that had not yet run out on the URAA
        # date, the US tag's claim (PD at home on that date) rests on the other term the
        # origin rule cites: the reason that rule gives, for the US tag's reason= parameter.
        uraa_reason: str | None = None
        life_note: tuple[int, TermRef] | None = None
        for q in verdict.tags:
            if q == "licence":
                if s.licence.template:
                    photo.append((s.licence.template, []))
                continue
            rule = decision.answers[q]
            if not rule.tag:
                continue
            tags: tuple[Tag, ...] = ()
            ref = None
            if q == "fop":
                if rule.answer == "covered" and s.fop is not None:
                    tags = s.fop.tags
            elif rule.answer == "pd":
                term = rule.tag_term or rule.term
                if term == "us.uraa" and s.host.uraa is not None and s.host.uraa.tag:
                    tags = (s.host.uraa.tag,)
                elif term == "origin.us_relations":
                    # A work of a country with no US relations: the tag that says so, where
                    # the country's file names one (Template:PD-Somalia); else none.
                    rel = s.origin.us_relations if s.origin is not None else None
                    tags = (rel.tag,) if rel is not None and rel.tag is not None else ()
                else:
                    ref = s.terms.get(term or "")
                    via = ref.result.via if ref is not None else None
                    if via is not None and via.tag is not None:
                        tags = (via.tag,)
                    elif ref is not None and ref.term.tag is not None:
                        tags = (ref.term.tag,)
                        if q == "photo_origin" and (older := self._uraa_via_tag(s, decision, ref)) is not None:
                            tags = (older,)
                    elif q == "photo_origin" and ref is not None and (
                            older := self._uraa_via_tag(s, decision, ref)) is not None:
                        # No tag of the term's own, but the older law's cut-off that freed the photo
                        # on the URAA date has one ({{PD-Jordan}}; review 30g F3): before the life
                        # term's, which had not run out on that date.
                        tags = (older,)
                    elif ref is not None and rule.tag_term_else is not None and _named_author(s.record):
                        # No tag for this term: the other term's, where it has run out too (a
                        # named author's life term: never an anonymous photo's).
                        other = s.terms.get(rule.tag_term_else)
                        if other is not None and other.term.tag is not None and other.result.status is Status.EXPIRED:
                            ref, tags = other, (other.term.tag,)
                            uraa_reason = self._uraa_reason(s, decision, rule, other)
                            life_note = (len(notes), other)
                            notes.append(_life_term_note(other, False))
                    elif ref is None and term in FORMALITY_TERMS and s.host.formalities is not None:
                        # PD for want of a notice or a renewal: the host's tag for that lapse.
                        tags = (s.host.formalities.tag(FORMALITY_TERMS[term])[0],)
            group = photo if q in ("photo_origin", "photo_us") else work_us if q == "depicted_us" else others
            for tag in tags:
                params = [(key, _tag_param(ref, fact)) for key, fact in tag.params]
                if q in ("photo_us", "depicted_us") and s.host.uraa is not None and tag is s.host.uraa.tag:
                    params += _uraa_country(s, s.origin if q == "photo_us" else s.depicted)
                if uraa_reason is not None and q == "photo_us" and s.host.uraa is not None and tag is s.host.uraa.tag \
                        and life_note is not None:
                    params.append(("reason", uraa_reason))
                    notes[life_note[0]] = _life_term_note(life_note[1], True)
                ranged = self.ranged.get(tag.name) if ref is not None else None
                death = ref.dates.death if ref is not None else None
                # No death year at all, but the birth year (or the work's date) bounds it:
                # the term ran out from the bound's latest year, and the page must not print
                # a year of death either (review 9 R14: the tag went to a person for lack of
                # deathyear=, where the same row without a birth year got PD-old-assumed).
                bounded = death is None and ranged is not None and ref is not None
                if bounded and ref is not None:
                    death = ref.dates.death_bounds
                if ranged is not None and ref is not None and death is not None and not death.is_exact and any(
                        key == ranged.param and fact == "death_year" for key, fact in tag.params):
                    name, params = self._unranged(s, ref, ranged, death, params, notes, bounded)
                    group.append((name, params))
                    continue
                group.append((tag.name, params))
        # Each group combines on its own (origin + US): the photo's tags never merge with the
        # depicted work's. The work's US tag stands only beside a tag of its own for the work:
        # alone it would say nothing of the work's home country.
        if others:
            others += work_us
        groups = {"photo": combine_tags(photo, self.combinations), "depicted": combine_tags(others, self.combinations)}
        # A wrapper takes the photo's public-domain tag as its reason, never its licence.
        return (wrap_tags(groups, s.view(), self.wraps, self.register.kind)
                if self.wraps and "licence" not in verdict.tags else groups)

    def _licence_page(
        self, s: Situation, decision: Decision, verdict: Rule, broken: list[Violation],
    ) -> tuple[Rule, list[Reason], dict[str, list[TagUse]], list[Violation], list[Violation]] | None:
        """The file page of the ok rule `verdict.tags_else` names (the holder's free licence),
        where the PD finding's own tags cannot be written: that rule must hold for the row and
        its tags must keep every template's conditions; else None (the PD page's review)."""
        other = self.ruleset.rules[verdict.tags_else or ""]
        answers = decision.answers
        view = s.view()

        def read(name: str) -> Any:
            rule = answers.get(name)
            return view.get(name) if rule is None else (rule.answer or rule.verdict)

        # Only the holder can release a photo under a licence: a licence cell beside a
        # rights_holder cell that says the holder is unknown (review 10 F12: the fact
        # holder_unknown, where the row's facts have it) is no release to rest a page on.
        if view.get("holder_unknown") in _NO_RELEASE or not _holds(other.when, read):
            return None
        notes: list[Reason] = []
        groups = self._tag_groups(s, decision, other, notes)
        checked = self._template_check(s, groups)
        if not groups["photo"] or any(b.action != "drop" for b in checked):
            return None
        why = " ".join(b.text for b in broken) if broken else (
            "no Commons template is known for the photo's PD finding (the jurisdiction file names none).")
        notes.append(shared(
            "ok-licence-instead-of-pd-templates",
            "The photo is also PD in its country of origin and in the US, but its public-domain templates "
            f"cannot be written as they stand: {why} The file page rests on the rights holder's free licence "
            "instead, which Commons accepts whatever the photo's PD status (Commons:Licensing).",
            None, "https://commons.wikimedia.org/wiki/Commons:Licensing"))
        return other, notes, groups, checked, []

    def _template_check(self, s: Situation, groups: dict[str, list[TagUse]]) -> list[Violation]:
        """Every tag against its register entry's conditions (rules/templates.yaml)."""
        years = {"creation": s.record.image_date, "publication": s.record.published}
        return violations(self.register, groups, s.view(), years)

    def _uploadable_from(self, s: Situation, decision: Decision, verdict: Rule) -> int | None:
        years: list[int] = []
        for q in verdict.blocking:
            rule = decision.answers[q]
            if rule.answer == "unknown":
                # An undecided term may run longer than the others: only its latest
                # possible end, where the rule names that undecided term, keeps the year
                # honest (a rule citing a term that has run out says nothing of the rest),
                # or a running term the rule declares the latest end (bounds_uploadable).
                ref = s.terms.get(rule.term or "")
                if ref is None or ref.result.pd_from is None or (
                        ref.result.status is not _UNKNOWN_STATUS and not rule.bounds_uploadable):
                    return None
                years.append(_presumed_end(s, ref, ref.result.pd_from))
                continue
            if rule.answer != "protected":
                continue
            # A split question: the file is free only once the term of every kind has run out.
            for r in [alt for _, alt in decision.alternatives.get(q, ())] or [rule]:
                ref = s.terms.get(r.term or "")
                if ref is None or ref.result.pd_from is None:
                    return None
                ends, earliest = _presumed_end(s, ref, ref.result.pd_from), ref.result.not_before
                # A running term a case may lengthen (an open case `while_running`: Russia's war
                # record) ends at the earliest at not_before, when the row becomes that case's
                # question, not ok (the calendar lists it then); its reason names both ends.
                years.append(earliest if ref.result.lengthened is not None and earliest is not None else ends)
                for name in r.also_terms:  # the other terms the file waits for (Rule.also_terms)
                    other = s.terms.get(name)
                    if other is None or other.result.pd_from is None:
                        return None
                    years.append(_presumed_end(s, other, other.result.pd_from))
        return max(years) if years else None

    def _decisive_reasons(self, s: Situation, decision: Decision, verdict: Rule, ctx: Context) -> list[Reason]:
        """The reasons of the questions the verdict rule names decisive, in ANSWER_QUESTIONS'
        order, each where its answer is cited."""
        found = self._decisive.get(verdict.id)
        asked = found[1] if found is not None and found[0] is verdict else tuple(
            q for q in ANSWER_QUESTIONS if q in verdict.decisive)
        answers = decision.answers
        return [r for q in asked if answers[q].cite for r in reasons_for(s, decision, q, ctx)]

    # -- the public calls ---------------------------------------------------------------
    def assess_record(self, record: Record, as_of: date | str | None = None) -> Assessment:
        with _ENGINE_LOCK:
            return self._assess_record(record, as_date(as_of) or self.as_of or date.today())

    def _assess_record(self, record: Record, when: date) -> Assessment:
        errors = list(record.errors)
        try:
            s = build(record, when, self.jurisdictions, self.ruleset.host, self._longest,
                      self._shortest_life)
            decision = self._decide(s)
        except (EngineError, RuntimeError, KeyError, ValueError, TypeError) as exc:
            errors.append(RowError("(engine)", f"{type(exc).__name__}: {exc}"))
            return Assessment(record.id, _NEEDS_REVIEW, [], None, [Reason(
                "engine-error", "Needs review: the engine failed on this row; see errors.")], errors)
        verdict = decision.answers["verdict"]
        ctx = context(s, decision)
        reasons = self._decisive_reasons(s, decision, verdict, ctx)
        reasons.append(reason(s, verdict, ctx))
        if s.licence.why and verdict.verdict != "ok":
            reasons.insert(0, shared("licence-" + s.licence.cls.value, s.licence.why,
                                     None, s.licence.source))
        # Looked up by value without Enum's call machinery; a value no Verdict has still
        # raises as Verdict() does.
        v = _VERDICTS.get(verdict.verdict or "") or Verdict(verdict.verdict)
        templates: list[str] = []
        own: int | None = None
        if v is _OK:
            notes: list[Reason] = []
            groups = self._tag_groups(s, decision, verdict, notes)
            checked = self._template_check(s, groups)
            broken = [b for b in checked if b.action != "drop"]
            if (broken or not groups["photo"]) and verdict.tags_else is not None:
                other = self._licence_page(s, decision, verdict, broken)
                if other is not None:
                    verdict, notes, groups, checked, broken = other
                    reasons = self._decisive_reasons(s, decision, verdict, ctx)
                    reasons.append(reason(s, verdict, ctx))
            for note in notes:  # what the page says instead of a year the record lacks
                reasons.insert(len(reasons) - 1, note)
            for d in (b for b in checked if b.action == "drop"):
                groups[d.group] = [t for t in groups[d.group] if t[0] != d.template]
                reasons.insert(len(reasons) - 1, shared(
                    f"template-{d.condition}-left-off", f"Template:{d.template} is left off the file page: it "
                    f"{d.why}.", None, d.page or self.register.path))
            if broken:
                # A tag set that breaks a template's own conditions is never written: a
                # person decides (rules/templates.yaml, conditions).
                v = _NEEDS_REVIEW
                reasons += [shared(f"template-{b.condition}", b.text, None, b.page or self.register.path,
                                   open=True) for b in broken]
                reasons.append(shared(
                    "needs-review-template-conditions",
                    "Needs review: the rules find the file uploadable, but its Commons templates would be "
                    "used outside their own conditions: " + " ".join(b.text for b in broken),
                    None, self.register.path))
            elif not groups["photo"]:
                # Commons deletes a file page with no licence or PD tag for the photo itself
                # (Commons:Licensing), however right the finding: a person picks the tag.
                v = _NEEDS_REVIEW
                reasons.append(shared(
                    "needs-review-no-template-for-the-photo",
                    "Needs review: the rules find the photo free, but no Commons template is known for this "
                    "finding (the jurisdiction file names none): a file page needs a licence or PD tag for the "
                    "photo itself, which a person must choose.",
                    None, "https://commons.wikimedia.org/wiki/Commons:Licensing", open=True, missing="a template"))
            else:
                photo = list(dict.fromkeys(render_tag(name, params) for name, params in groups["photo"]))
                own = len(photo)
                templates = list(dict.fromkeys(
                    [*photo, *(render_tag(name, params) for name, params in groups["depicted"])]))
        # Positional, in the fields' order (id, verdict, templates, uploadable_from, reasons,
        # errors, own): a keyword call costs more, once a row.
        return Assessment(record.id, v, templates,
                          self._uploadable_from(s, decision, verdict) if v is _NOT_OK else None,
                          reasons, errors, own)

    def assess_cells(
        self, cells: Mapping[str, str], as_of: date | str | None = None, normalised: bool = False
    ) -> Assessment:
        """Cells of one row. A row equal to an earlier one in every column the law reads
        (all but id, title and rights_holder) gets that row's assessment under its own id,
        without parsing or rendering again — the common case of a batch of one photographer's
        pictures of one building."""
        with _ENGINE_LOCK:
            return self._assess_cells(cells, as_date(as_of) or self.as_of or date.today(), normalised)

    def _assess_cells(self, cells: Mapping[str, str], when: date, normalised: bool) -> Assessment:
        # A dict (the batch's rows, normalise_keys' result) is read as it is.
        if not normalised:
            row = normalise_keys(cells)
            twice = spelled_twice(cells, row) + _lookalike_errors(row)
            if twice:  # a field under two spellings: the record's own errors, never cached
                record = record_from_row(row, when.year, normalised=True)
                record.errors[:0] = twice
                return self._assess_record(record, when)
        else:
            row = cells if type(cells) is dict else dict(cells)
        if self._row_resting:
            # The whole-row cache is resting (_row_window): the row is assessed as on a
            # miss, without its key made, looked up or kept.
            self._row_resting -= 1
            return self._assess_record(record_from_row(row, when.year, normalised=True), when)
        self._row_looked += 1
        if self._row_looked >= _ROW_WINDOW:
            self._row_window()
        return self._assess_keyed(row, when, _row_key(row, when))

    def _row_window(self) -> None:
        """The end of a window of rows looked up in the whole-row cache. A batch of distinct
        rows (a generated or a catalogue export: a photographer's name or a date differs on
        every row) never hits it, and still pays for each row's key (sixteen cells), its
        lookup, its entry and the entry's freeing: ~9.7k instructions a realistic row
        (callgrind, compiled), some 3 % of it. A window of rows with fewer than one hit in a
        hundred makes the cache rest for some windows, twice as many after each such window
        in a row (at most _REST_MAX), and a window that pays starts the count again. Resting
        changes no answer: a row assessed without the cache gets what a miss gets, which
        equals what a hit gives (the cache keeps only what follows from the keyed cells).
        A resting cache is emptied: the entries of a window that did not pay would hit as
        rarely after the rest, and held through it they keep every row's sixteen keyed cells
        alive (up to 5,000 rows a worker: ~7 MB each of two workers over 1M realistic rows)."""
        if self._row_hits * 100 < self._row_looked:
            self._rows.clear()
            self._row_resting = self._row_rest
            self._row_rest = min(2 * self._row_rest, _REST_MAX)
        else:
            self._row_rest = _REST_WINDOWS * _ROW_WINDOW
        self._row_looked = self._row_hits = 0

    def _assess_keyed(self, cells: dict[str, str], when: date, key: tuple[Any, ...]) -> Assessment:
        """_assess_cells with the row's key (_row_key) already made."""
        rid = (cells.get("id") or "").strip()
        if rid:
            kept = self._rows.get(key)
            if kept is not None:
                own = text_errors(cells, _UNKEYED)
                if not _title_error(own):
                    self._row_hits += 1
                    a = _copy(kept, rid)
                    a.errors[:0] = own
                    return a
        a = self._assess_record(record_from_row(cells, when.year, normalised=True), when)
        # Errors belong to the row: the cache keeps only those that follow from the keyed
        # cells (equal in every row that hits), and a row with any other error (about the
        # row as a whole, or the engine's) is not cached at all; nor one whose title could
        # not be read, which sends it to a person (facts.build: title_open) where the
        # same cells under a readable title are ok (the key holds what the title says, not
        # whether it was read: review 15 F0).
        if rid and all(e.column in _KEYED or (e.column in _UNKEYED and e.column != "title") for e in a.errors):
            if len(self._rows) >= self._row_cache_size:
                self._rows.clear()
            # Kept as tuples of its own (the row's assessment is returned as it is).
            self._rows[key] = _keep(a, [e for e in a.errors if e.column in _KEYED])
        return a

    def assess(self, row: Mapping[str, Any] | Record, as_of: date | str | None = None) -> AssessmentResult:
        """`row` is a dict of record columns (README) or a Record. Cells may be text, numbers
        (1948 or 1948.0), None or NaN (unknown), bytes (UTF-8), dates (libinput.py);
        `as_of` a date, a datetime or an ISO string. The result is the Assessment with the
        calls an upload script makes next: wikitext(), sdc(), explain() (result.py)."""
        when = as_date(as_of) or self.as_of or date.today()
        if type(row) is dict:
            done = self._assess_text_row(row, when)
            if done is not None:
                return done
        if isinstance(row, Record):
            return result_of(self.assess_record(row, when), record_cells(row), when, self)
        if not hasattr(row, "items"):
            raise TypeError(f"row must be a mapping of column to cell (a dict) or a Record, not {type(row).__name__}")
        raw, errors = row_cells(row)
        # Keys named once, as the CLI's reader names a file's columns (a person's field
        # numbered again, or a blank key after it, is that field a second time), for the
        # assessment and the result alike; the words read as the batch reader reads them;
        # one field given under two names as a file's.
        names = field_names(tuple(raw))
        given = normalise_keys(raw, names)
        twice = spelled_twice(raw, given, names) + _lookalike_errors(given)
        cells = read_words(given)
        if twice or errors:
            # The record's own errors, as the batch reader's, before the rules see it: no ok
            # rests on the first of two spellings, nor on a cell read as unknown (bytes that
            # are not UTF-8: "Åström och Riwkin" in Latin-1 beside one death year was ok while
            # its error was listed after the assessment, review 10 F3; the CLI's unreadable
            # cell goes to review, needs-review-unreadable-cells).
            record = record_from_row(cells, when.year, normalised=True,
                                     unreadable=frozenset(e.column for e in errors))
            record.errors[:0] = errors + twice
            a = self.assess_record(record, when)
        else:
            a = self.assess_cells(cells, when, normalised=True)
        return result_of(a, cells, when, self)

    def _assess_text_row(self, row: dict[Any, Any], when: date) -> AssessmentResult | None:
        """A dict of text cells, the common library call; None for any other row (a cell
        that is not text — a number, None, NaN, a date, bytes: read by libinput with its
        errors — or a header `_Layout` cannot read), which takes the general path.

        Such a row's reading (row_cells, normalise_keys, read_words) is a function of its
        header and cells alone: the header's column names are worked out once (_Layout,
        the same dict normalise_keys(row_cells(row)) gives), and the row's key is made
        once, for the whole-row cache and for the reading kept here. Every cell but id,
        title and rights_holder (the unkeyed ones, which read_words leaves as they are but
        for NFC) is part of that key: so a row equal to an earlier one in those is read as
        that one was, with its own unkeyed cells put in (`_read_again`)."""
        keys = tuple(row)
        layout = self._layouts.get(keys)
        if layout is None:
            if len(self._layouts) >= _LAYOUTS:
                self._layouts.clear()
            layout = self._layouts[keys] = _Layout.of(keys)
        if not layout.readable:
            return None
        values = _text_values(row)
        if values is None:
            return None
        # The rights_holder and title cells are unkeyed but for what _row_key reads of them.
        reading = (when, layout, layout.keyed(values), layout.holder_unknown(values), layout.title_words(values),
                   layout.holder_photographer(values), layout.title_maker(values))
        found = self._readings.get(reading)
        if found is not None:
            again = self._read_again(found, layout, values, when)
            if again is not None:
                return again
        cells = read_words(layout.cells(values))
        key = _row_key(cells, when)
        with _ENGINE_LOCK:
            a = self._assess_keyed(cells, when, key)
        if len(self._readings) >= self._row_cache_size:
            self._readings.clear()
        self._readings[reading] = (dict(cells), key)
        return result_of(a, cells, when, self)

    def _read_again(self, found: tuple[dict[str, str], tuple[Any, ...]], layout: _Layout,
                    values: tuple[str, ...], when: date) -> AssessmentResult | None:
        """The whole-row cache's hit for a row read as an earlier one was (`found`: that
        row's reading and key), without reading it again. The assessment still comes from
        `_rows`, under the key the earlier row's cells gave, which is the key this row's
        cells give: the same hit the full path would find, and a miss (None) where it would
        miss."""
        read, key = found
        cells = dict(read)
        for at, name in layout.unkeyed:
            value = values[at]
            cells[name] = value if name == "id" else composed(value)  # as read_words reads it
        rid = (cells.get("id") or "").strip()
        if not rid:
            return None
        with _ENGINE_LOCK:
            kept = self._rows.get(key)
        if kept is None:
            return None
        own = text_errors(cells, _UNKEYED)
        if _title_error(own):
            return None  # _assess_keyed assesses it afresh
        a = _copy(kept, rid)
        a.errors[:0] = own
        return result_of(a, cells, when, self)

    def answers(self, record: Record, as_of: date | str | None = None) -> list[tuple[str, Rule, list[Reason]]]:
        """Every question's answering rule and its reasons — the ones the verdict did not
        need too — in the order they are asked: what `explain` shows under each node."""
        with _ENGINE_LOCK:
            when = as_date(as_of) or self.as_of or date.today()
            s = build(record, when, self.jurisdictions, self.ruleset.host, self._longest,
                      self._shortest_life)
            decision = self._decide(s)
            ctx = context(s, decision)
            return [(q, decision.answers[q], reasons_for(s, decision, q, ctx))
                    for q in (*ANSWER_QUESTIONS, "verdict") if q in decision.answers]

    def assess_many(
        self, rows: Iterable[Mapping[str, Any]], as_of: date | str | None = None
    ) -> Iterator[Assessment]:
        for row in rows:
            yield self.assess(row, as_of)


_default: Assessor | None = None


def default_assessor() -> Assessor:
    """The process's shared Assessor, compiled on first use and kept."""
    global _default
    with _ENGINE_LOCK:
        if _default is None:
            _default = Assessor()
    return _default


def assess(record: Mapping[str, Any] | Record, as_of: date | str | None = None) -> AssessmentResult:
    """One call for an upload script; the rules are compiled on first use and kept."""
    return default_assessor().assess(record, as_of)
