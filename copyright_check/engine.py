"""The one module that touches durable-rules (see notes on its pitfalls in the README).

Each question of a record is asserted as an *event*: durable-rules hands an event to the
single matching rule of best priority (P6), which is exactly "the first rule that
matches answers". The rete of durable-rules' C core decides every question; this module
drives that core directly (the calls `durable.engine.Host.post` makes) and reads the
answering rule's name from the action it starts, without durable's Python layer around
each call: its per-call `Closure`, `Promise`, timer-lease clock and two JSON round trips
of the session state cost ~4 times the core's own matching (engine.ask on 2,867 hostile
questions: ~100 µs through `Host.post` with a session per record, ~20 µs this way).
Hygiene, each point reproduced in the field guide:
- every pattern carries a positive test on `t` (P1, the state-object hang);
- no `Host`, so no dispatcher threads (P5): nothing here is asynchronous;
- one session (sid) serves every question of the Engine's life: an event is consumed by
  the one rule it fires (P6) and no rule stores a fact, so a session holds nothing from
  one question to the next, and there is no sid per record to create, count (P2) or
  delete (P3). A question is three calls; one left half done (a failure inside it, or a
  fork while another thread was inside it) would hand its action to the next question,
  so after a failure, and in a forked child, later questions go to a new session, and an
  answer whose rule belongs to another question, or a second action started, is refused;
- definitions are built fresh for each set of rules (P8), and each set's rulesets once a
  process: durable-rules never frees a ruleset it created, and an Engine's rulesets took
  ~3.7 MB, so a process making an Assessor per call (the test suite: thousands) grew by that
  much each time. Engines of the same rules share their rulesets and their one session
  (_Core); every question is asked under the Assessor's process-wide lock, so the questions
  of two Engines never interleave in it;
- one ruleset a question: a rule answers only events of its own question (its first test
  is on `t`), so the rules of the other questions never match an event, but durable-rules
  pays for them in every call: it looks through every rule of the ruleset for a started
  action twice a question (getNextResultInState, state.c: once to start the action, once
  after completing it) and tests the event's `t` against every question's first node.
  Apart, each question's rules are all a ruleset holds (~55k -> ~46k instructions a
  question in the core, the same answers on 6,040 hostile questions).
"""

from __future__ import annotations

import itertools
import json
import os
import signal
from collections.abc import Callable, Iterable
from typing import Any, Final

import durable_rules_engine  # type: ignore[import-not-found]  # durable-rules' C core, untyped

from copyright_check.engine_error import EngineError as EngineError  # the engine's error, kept importable here
from copyright_check.ruleset import RuleSet, compile_definition

_names = itertools.count()
_sessions = itertools.count()
# Forks of this process so far, as a child counts them (_new_sessions_after_fork): an Engine
# asks in the session it opened after the latest one. A counter rather than a registry of
# engines: compiled (mypyc), an Engine cannot be weakly referenced, and a strong registry
# would keep every Engine of the process alive.
_forks = 0

# The three calls of one question (assert, start the action, complete it) are one step of
# the session that every later question shares: a Ctrl-C or SIGTERM handler raising between
# them would leave an action started and never completed. Held, the signal arrives when the
# step is done.
# The mask is set with the C function itself: `signal.pthread_sigmask` turns the old mask it
# returns into a set of Signals members, ~4 times the cost of the two system calls
# (2 µs against 7-9 µs a question on this machine).
_HELD = frozenset(int(getattr(signal, name)) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
_sigmask: Callable[[int, Iterable[int]], set[int]] | None
try:
    from _signal import pthread_sigmask as _sigmask  # type: ignore[import-not-found,no-redef]
except ImportError:  # not CPython, or a platform without signal masks
    _sigmask = None
# As durable's Host encodes events (ensure_ascii=False), with one encoder made once:
# json.dumps with a non-default argument builds a new encoder on every call. Without the
# spaces after "," and ":": durable-rules scans and hashes every character of an event.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


# Every event's own id. Without one durable-rules hashes the whole event for it (~6 % of a
# question's instructions in the core). An event's id only names it while it is in the
# session: events are never deduplicated (P6; an identical question, which has the same
# hashed id, is answered again), and each question's event is consumed and gone before the
# next is asserted. An event still in the session (a question left half done) makes the
# next one refused as already observed (code 2): a failure, after which later questions go
# to a new session (_run, ask_form). Not "sid-..." (the session state's own id).
_EVENT_ID = "e"


def _pieces(question: str, names: tuple[str, ...], sid: str) -> tuple[str, ...]:
    """A question's event as JSON cut at each fact's value: piece 0, value 0, piece 1, ...,
    the last value, the last piece, joined, is the text _encode gives for {**facts, "t":
    question, "sid": sid, "id": _EVENT_ID} with plain values (in `names` order). Joined
    rather than formatted with `%`: PyUnicode_Format reads the whole template each time
    (~7k instructions an event, against ~3k to join)."""
    tail = ",".join(f"{_encode(k)}:{_encode(v)}" for k, v in (("t", question), ("sid", sid), ("id", _EVENT_ID)))
    if not names:
        return ("{" + tail + "}",)
    keys = [_encode(name) + ':"' for name in names]
    return ("{" + keys[0], *('",' + key for key in keys[1:]), '",' + tail + "}")


_STR = frozenset((str,))
# Values already found plain (_plain): a fact's values are few ("yes", "expired", a country's
# setting...), so a question's values are nearly always all known, one set test in C instead
# of joining and scanning them. A str's plainness is a function of its text alone, so a value
# equal to a known one is plain. Bounded: past _KNOWN_MOST values no more are added.
# Final: the compiled build reads them as C statics; Engine.event tests every value of an
# event against the set, ~15 module-dict lookups an event otherwise (~2.2k instructions).
_KNOWN_PLAIN: Final[set[str]] = set()
_KNOWN_MOST: Final = 4096


def _plain(values: tuple[Any, ...]) -> bool:
    """Every value a str (not a subclass, which may be written otherwise than JSON writes it)
    that JSON writes as it is: no quote, backslash or control character. (The types are read
    in C, by map and a set: half the cost of a generator over the values.)"""
    if not _STR.issuperset(map(type, values)):
        return False
    if _KNOWN_PLAIN.issuperset(values):
        return True
    joined = "".join(values)
    if '"' in joined or "\\" in joined or not joined.isprintable():
        return False
    if len(_KNOWN_PLAIN) < _KNOWN_MOST:
        _KNOWN_PLAIN.update(values)
    return True


def short_names(reads: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A short name for each fact the rules read, as the events and the compiled rules call
    it: durable-rules parses and hashes every name of every event (and the whole event for
    its id), so an event of ~400 characters, mostly long fact names, costs about twice one
    of ~150. One name per fact and one fact per name (`x` and a number in base 36: never
    `t`, `sid` or `id`, which mean something to durable-rules), the same in the rules and
    in the events: every test compares the same value as under the fact's own name."""
    facts = sorted({f for fields in reads.values() for f in fields})
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"

    def base36(n: int) -> str:
        return digits[n] if n < 36 else base36(n // 36) + digits[n % 36]

    return {fact: "x" + base36(i) for i, fact in enumerate(facts)}


class Form:
    """How the events of one question carrying one set of its facts are written: the facts
    (in `reads` order), their names in the events, the question's ruleset (its durable-rules
    handle; -1 for a question no rule asks) and the event's text for the Engine's current
    session cut at each value (_pieces; written again when the session changes)."""

    def __init__(self, question: str, fields: tuple[str, ...], names: tuple[str, ...], handle: int = -1) -> None:
        self.question = question
        self.fields = fields
        self.names = names
        self.handle = handle
        self.sid = ""  # the session `pieces` were written for
        self.pieces: tuple[str, ...] = ()


class _Core:
    """The durable-rules side of one set of rules, made once a process (see the module's
    notes): each question's ruleset (its handle) and the session every question is asked
    in, shared by the Engines of those rules."""

    def __init__(self, definition: dict[str, Any], question_of: dict[str, str],
                 by_question: tuple[str, ...]) -> None:
        name = f"copyright_check_{next(_names)}"
        # One ruleset a question (see the module's notes), each with its rules in the
        # definition's order and priorities: the rule that answers an event is the one the
        # whole definition would have chosen, since no other question's rule matches it.
        self.handles: dict[str, int] = {}
        for at, question in enumerate(by_question):
            own = {rule: body for rule, body in definition.items() if question_of[rule] == question}
            self.handles[question] = durable_rules_engine.create_ruleset(f"{name}_{at}", _encode(own))
        self.sid = ""
        self.forks = _forks  # the forks before the session was opened (open)
        self.open()

    def open(self) -> None:
        """Ask every later question in a new session (each form's text is written for it
        when next used: Engine.event)."""
        self.sid = str(next(_sessions))
        self.forks = _forks


# Each set of rules' _Core, by the text of its compiled definition (which holds every rule's
# id, question, tests and priority) and its questions' order: Engines of equal rules share
# one. A process holds as many as the sets of rules it has assessed with (one, in use).
_CORES: Final[dict[str, _Core]] = {}


def _core(definition: dict[str, Any], question_of: dict[str, str], by_question: tuple[str, ...]) -> _Core:
    key = _encode([definition, list(by_question)])
    found = _CORES.get(key)
    if found is None:
        found = _CORES[key] = _Core(definition, question_of, by_question)
    return found


class Engine:
    """One compiled ruleset; `ask` answers one question about one record's facts."""

    def __init__(self, ruleset: RuleSet) -> None:
        self._names = short_names(ruleset.reads)
        definition = compile_definition(ruleset, "copyright_check", self._names)["copyright_check"]
        self._question = {rule.id: rule.question for rule in ruleset.rules.values()}
        self._core = _core(definition, self._question, tuple(ruleset.by_question))
        self._handles = self._core.handles
        self.reads = ruleset.reads
        # Each question's facts as its events name them (short_names), in `reads` order.
        self._event_names = {q: tuple(self._names[f] for f in fields) for q, fields in ruleset.reads.items()}
        self._forms: dict[tuple[str, tuple[str, ...]], Form] = {}
        # Each question's form with every fact it reads (`ask`).
        self._full = {q: self.form(q, fields) for q, fields in ruleset.reads.items()}
        self._held: set[int] | None = None  # the mask before `hold`, while signals are held

    def form(self, question: str, fields: tuple[str, ...]) -> Form:
        """The form of `question`'s events carrying these of its facts (in `reads` order),
        one per set, shared by whoever asks with it. Which facts an event may leave out
        without changing its answer is the caller's to prove (Assessor._table, gates.py)."""
        found = self._forms.get((question, fields))
        if found is None:
            found = self._forms[(question, fields)] = Form(
                question, fields, tuple(self._names[f] for f in fields), self._handles.get(question, -1))
        return found

    def hold(self) -> None:
        """Hold the stop signals until `release`, over the questions of a row's decision
        (Assessor._decide) rather than around each one: the mask is two system calls, ~1.3 µs
        a question, and a row that misses the cache asks some six. A signal then arrives once
        the row's decision is made, still never between the three calls of a question."""
        if _sigmask is not None and self._held is None:
            self._held = _sigmask(signal.SIG_BLOCK, _HELD)

    def release(self) -> None:
        """The signal mask as it was before `hold`; a signal held meanwhile arrives now."""
        before, self._held = self._held, None
        if _sigmask is not None and before is not None:
            _sigmask(signal.SIG_SETMASK, before)

    def _open(self) -> None:
        """Ask every later question, this Engine's and those sharing its rulesets, in a new
        session."""
        self._core.open()

    def event(self, form: Form, values: tuple[Any, ...]) -> str:
        """The event that asks `form`'s question of facts with these values (in its fields'
        order) in the current session: the text _encode gives for {**facts, "t": question,
        "sid": sid, "id": _EVENT_ID}."""
        core = self._core
        if core.forks != _forks:  # a forked child's first question: a session of its own
            core.open()
        sid = core.sid
        if form.sid != sid:
            form.pieces = _pieces(form.question, form.names, sid)
            form.sid = sid
        pieces = form.pieces
        if len(values) != len(pieces) - 1:
            raise ValueError(f"{form.question}: {len(values)} values for {len(pieces) - 1} facts")
        # _plain, its common case (every value a str already found plain) tested here as a
        # compiled loop while the pieces are put together: ~5 times cheaper than the
        # encoder, the same text.
        out = [pieces[0]]
        at = 1
        for value in values:
            # A value JSON must escape, or not a string: the encoder writes the event.
            if (type(value) is not str or value not in _KNOWN_PLAIN) and not _plain(values):
                facts: dict[str, Any] = dict(zip(form.names, values, strict=True))
                return _encode({**facts, "t": form.question, "sid": sid, "id": _EVENT_ID})
            out.append(value)
            out.append(pieces[at])
            at += 1
        return "".join(out)

    def ask(self, question: str, values: tuple[Any, ...]) -> str:
        """The id of the rule that answers `question` for a record whose facts that the
        question reads (ruleset.reads, in that order) have these values."""
        form = self._full.get(question)
        # A question no rule asks: an event with no facts, which no rule answers.
        return self.ask_form(form, values) if form is not None else self.ask_form(Form(question, (), ()), ())

    def ask_form(self, form: Form, values: tuple[Any, ...]) -> str:
        """The id of the rule that answers `form`'s question for a record whose facts in the
        form have these values."""
        question = form.question
        event = self.event(form, values)
        mask = _sigmask
        # Held already for a run of questions (hold): nothing to do here.
        before = mask(signal.SIG_BLOCK, _HELD) if mask is not None and self._held is None else None
        try:
            action = self._run(form.handle, event)
        except BaseException:
            # Whatever failed may have left an action in the session, which the next
            # question would be handed as its answer: later questions go to a new one.
            self._open()
            raise
        finally:
            if mask is not None and before is not None:
                mask(signal.SIG_SETMASK, before)
        if action is None:
            raise EngineError(f"no rule answered {question}")
        # The action is {"<rule id>":{"m":<the event>}}: the rule id is its first key.
        rule = action[2:action.find('"', 2)]
        asks = self._question.get(rule)
        if asks is None:  # an id JSON had to escape: read it properly
            rule = next(iter(json.loads(action)))
            asks = self._question.get(rule)
        if asks != question:  # never seen: an action left in the session
            self._open()
            raise EngineError(f"durable-rules answered {question} with rule {rule}")
        return rule

    def _run(self, handle: int, event: str) -> str | None:
        """One event through the core of its question's ruleset (`handle`), as Host.post
        runs it: assert, start the action of the rule that fired, complete it. None when no
        rule matched, or no rule asks the question (handle -1). Each call is looked up
        on the C module when made (not bound at import): a test puts a failure between the
        three calls by replacing one on the module, which a compiled Engine's own methods
        do not allow."""
        if handle < 0:
            return None
        code, state = durable_rules_engine.assert_event(handle, event)
        if code == 1:  # no rule matched (nothing is stored, P6)
            return None
        if code != 0:  # 2: an event of this id is in the session, a question left half done
            raise EngineError(f"durable-rules refused the event (code {code})")
        started = durable_rules_engine.start_action_for_state(handle, state)
        if not started:
            raise EngineError("durable-rules matched a question but started no action")
        # An event fires one rule (P6): there is no next action to start.
        if durable_rules_engine.complete_and_start_action(handle, state):
            raise EngineError("durable-rules started a second action for one question")
        return str(started[1])


def _new_sessions_after_fork() -> None:
    """A fork copies the session as it is: if another thread was half-way through a question
    (an action started, not completed), the child's next question could be handed that
    action. The child asks in a session of its own, which holds nothing: every Engine opens
    one at its next question (Engine.ask compares the count with its own)."""
    global _forks
    _forks += 1


os.register_at_fork(after_in_child=_new_sessions_after_fork)
