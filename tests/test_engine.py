"""The engine's one durable-rules session: what one question leaves behind must not change
the answer to the next (notes on durable-rules: an event is consumed by the one rule it
fires, P6; a session is limited to 1024 per ruleset, P2)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import durable_rules_engine  # type: ignore[import-not-found]
import pytest

from copyright_check import Assessor
from copyright_check.engine import _CORES, _EVENT_ID, Engine, EngineError, _encode, _plain, short_names
from copyright_check.ruleset import compile_definition

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
AS_OF = "2026-11-24"


# A question as put to durable-rules: the question, the facts its event carries (in `reads`
# order) and their values.
Asked = tuple[str, tuple[str, ...], tuple[Any, ...]]


def asked_of(engine: Engine, event: str) -> Asked:
    """The question an event puts to durable-rules, the facts it carries and their values."""
    sent = json.loads(event)
    question = sent["t"]
    fields = tuple(f for f in engine.reads[question] if engine._names[f] in sent)
    return question, fields, tuple(sent[engine._names[f]] for f in fields)


def ask(engine: Engine, asked: Asked) -> str:
    question, fields, values = asked
    return engine.ask_form(engine.form(question, fields), values)


@pytest.fixture(autouse=True)
def _new_sessions_after_each_test() -> Any:
    """Tests here leave a question half done on purpose, in the session every Engine of the
    same rules shares: the next test's engines ask in a new one."""
    yield
    for core in _CORES.values():
        core.open()


@pytest.fixture(scope="module")
def questions() -> list[Asked]:
    """Every question the example batch puts to durable-rules, caches off: read from the
    events the core is handed (the engine, compiled, cannot be replaced on itself)."""
    assessor = Assessor(as_of=AS_OF, cache_size=1, row_cache_size=1)
    asked: list[Asked] = []
    real = durable_rules_engine.assert_event

    def recording(handle: int, event: str) -> Any:
        asked.append(asked_of(assessor._engine, event))
        return real(handle, event)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(durable_rules_engine, "assert_event", recording)
        with EXAMPLE.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                assessor.assess(row)
    assert len(asked) == assessor.evaluations
    return asked


def test_one_session_answers_each_question_as_if_it_came_first(questions: list[Asked]) -> None:
    # The same questions in the opposite order on another engine get the same answers, so no
    # question's answer depends on what the session saw before; there are more of them than
    # durable-rules keeps sessions (P2), so no session is made per question either.
    asked = questions
    assessor = Assessor(as_of=AS_OF)
    forward = [ask(assessor._engine, a) for a in asked]
    other = Engine(assessor.ruleset)
    backward = [ask(other, a) for a in reversed(asked)]
    assert len(asked) > 1024
    assert forward == backward[::-1]
    assert all(assessor.ruleset.rules[r].question == q for r, (q, _, _) in zip(forward, asked, strict=True))


def test_a_question_no_rule_answers_is_an_engine_error_and_the_next_question_still_answers(
        questions: list[Asked]) -> None:
    engine = Assessor(as_of=AS_OF)._engine
    expected = ask(engine, questions[0])
    with pytest.raises(EngineError):
        engine.ask("no_such_question", questions[0][2])
    assert ask(engine, questions[0]) == expected


def test_the_same_question_asked_again_is_answered_again(questions: list[Asked]) -> None:
    # Events are not deduplicated (P6): an identical question on the one session fires again.
    engine = Assessor(as_of=AS_OF)._engine
    assert len({ask(engine, questions[0]) for _ in range(5)}) == 1


def _half_ask(engine: Engine, asked: Asked, own_id: bool = True) -> None:
    """The first of a question's three calls only, as a failure or a fork can leave it; with
    `own_id` False, under an id of its own (as an event written otherwise would have)."""
    question, fields, values = asked
    event = engine.event(engine.form(question, fields), values)
    if not own_id:
        event = event.replace(f'"id":"{_EVENT_ID}"', '"id":"other"')
    code, _ = durable_rules_engine.assert_event(engine._handles[question], event)
    assert code == 0


def _same_question_apart(questions: list[Asked]) -> tuple[Asked, Asked]:
    """Two questions of one kind (one ruleset, engine.py) that durable-rules answers with
    different rules, and a third of another kind."""
    last = questions[-1]
    engine = Assessor(as_of=AS_OF)._engine
    answer = ask(engine, last)
    first = next(a for a in questions if a[0] == last[0] and ask(engine, a) != answer)
    return first, last


@pytest.mark.parametrize("own_id", [True, False])
def test_a_question_left_half_done_is_refused_not_taken_for_the_next_answer(questions: list[Asked],
                                                                            own_id: bool) -> None:
    # Left in the session, the half-done question's action would be handed to the next
    # question of its kind as its answer (another verdict rule answering the verdict). The
    # next question is refused: as already observed (every event has one id), or, for an
    # event under another id, because two actions start for one question (the other
    # event's and its own, in either order). Later questions go to a new session.
    engine = Assessor(as_of=AS_OF)._engine
    first, last = _same_question_apart(questions)
    expected = ask(engine, last)
    _half_ask(engine, first, own_id)
    with pytest.raises(EngineError, match="refused the event" if own_id else "second action"):
        ask(engine, last)
    assert ask(engine, last) == expected


def test_a_question_left_half_done_leaves_the_other_questions_answers_alone(questions: list[Asked]) -> None:
    # Each question has a ruleset of its own (engine.py): an event left in one is never
    # handed to a question of another kind, which is answered as before.
    engine = Assessor(as_of=AS_OF)._engine
    first, last = questions[0], questions[-1]
    assert first[0] != last[0]
    expected = ask(engine, last)
    _half_ask(engine, first, own_id=False)
    assert ask(engine, last) == expected


def test_each_question_is_answered_by_a_ruleset_of_its_own_rules() -> None:
    # The rules of one question, and only those, in each question's ruleset: an event asks
    # the ruleset of its question (`t`), where every rule that could answer it is.
    engine = Assessor(as_of=AS_OF)._engine
    ruleset = Assessor(as_of=AS_OF).ruleset
    assert set(engine._handles) == set(ruleset.by_question)
    assert len(set(engine._handles.values())) == len(ruleset.by_question)
    for question, fields in ruleset.reads.items():
        assert engine.form(question, fields).handle == engine._handles[question]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_asks_in_a_session_of_its_own(questions: list[Asked]) -> None:
    # A fork while another thread is inside a question copies the session half done.
    engine = Assessor(as_of=AS_OF)._engine
    first, last = questions[0], questions[-1]
    expected = ask(engine, last)
    _half_ask(engine, first)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.write(write, ask(engine, last).encode())
        finally:
            os._exit(0)
    os.close(write)
    answer = os.read(read, 1000).decode()
    os.close(read)
    os.waitpid(pid, 0)
    assert answer == expected


def test_an_event_is_the_text_the_json_encoder_writes(questions: list[Asked]) -> None:
    # The event is written from a template per question and set of facts; durable-rules must
    # read the same event as from json (key order aside, as durable-rules' own Host writes it).
    engine = Assessor(as_of=AS_OF)._engine
    for question, fields, values in questions:
        names = [engine._names[f] for f in fields]
        assert engine.event(engine.form(question, fields), values) == _encode(
            {**dict(zip(names, values, strict=True)), "t": question, "sid": engine._core.sid, "id": _EVENT_ID})


def _properties(pattern: Any) -> set[str]:
    """The fact names a compiled rule pattern tests (durable-rules' operators start with $)."""
    if isinstance(pattern, list):
        return set().union(*map(_properties, pattern)) if pattern else set()
    if not isinstance(pattern, dict):
        return set()
    found = set()
    for key, value in pattern.items():
        if key.startswith("$"):
            found |= _properties(value)
        else:
            found.add(key)
            found |= _properties(value)
    return found


def test_the_rules_and_the_events_give_each_fact_one_short_name_of_its_own() -> None:
    # The compiled rules test each fact under the name its events give it (engine.short_names):
    # a fact the rules tested under its own name would be missing from every event (a missing
    # field never matches, P9), and two facts under one name would be confused.
    ruleset = Assessor(as_of=AS_OF).ruleset
    names = short_names(ruleset.reads)
    assert sorted(names) == sorted({f for fields in ruleset.reads.values() for f in fields})
    assert len(set(names.values())) == len(names)
    assert not set(names.values()) & {"t", "sid", "id"}
    definition = compile_definition(ruleset, "x", names)["x"]
    tested = set().union(*(_properties(rule["all"][0]["m"]) for rule in definition.values()))
    assert tested == set(names.values()) | {"t"}


class _Str(str):
    """A str subclass (as an enum of str is): `%s` may write it otherwise than JSON does."""


def test_a_value_json_must_escape_is_written_by_the_encoder() -> None:
    # A quote, a backslash or a control character in a value (or a value that is not a
    # plain str) would break the template's JSON: those events go through the encoder.
    assert _plain(("known", "no", "", "Ü"))
    assert not any(_plain(("known", odd)) for odd in ('a"b', "a\\b", "a\nb", 1948, None, _Str("x")))


def _rows() -> list[dict[str, str]]:
    with EXAMPLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_answers_from_the_per_question_cache_equal_durable_rules_own() -> None:
    # The cache may only reuse an answer for an identical question: every example row, its
    # photo's kind also left unknown (the split question, asked for each kind), assessed
    # with the cache and with every question put to durable-rules, gives the same assessment.
    rows = _rows()
    rows += [{**r, "id": r["id"] + "-kind-unknown", "photo_kind": ""} for r in rows]
    cached = Assessor(as_of=AS_OF, row_cache_size=1)
    full = Assessor(as_of=AS_OF, cache_size=40, row_cache_size=1)  # full from the first rows on
    uncached = Assessor(as_of=AS_OF, cache_size=1, row_cache_size=1)
    for row in rows:
        expected = uncached.assess(row).to_dict()
        assert cached.assess(row).to_dict() == expected, row["id"]
        assert full.assess(row).to_dict() == expected, row["id"]
        assert full._cached == sum(map(len, full._caches.values())) <= 40
        assert sum(map(len, uncached._caches.values())) <= 1
    assert cached.evaluations < full.evaluations < uncached.evaluations


def test_rows_that_differ_only_in_a_fact_one_question_reads_get_that_questions_own_answer() -> None:
    # photo_kind is read by photo_origin alone (its split): a photographic work and a simple
    # photograph of one photographer, year and country are answered apart, the second
    # from durable-rules, not from the first's cached answer.
    row = {"photographer": "P", "photographer_death_year": "1990", "image_date": "1960",
           "published_date": "1960", "origin_country": "SE", "depicted_type": "none"}
    assessor = Assessor(as_of=AS_OF)
    work = assessor.assess({**row, "id": "1", "photo_kind": "photographic_work"})
    before = assessor.evaluations
    simple = assessor.assess({**row, "id": "2", "photo_kind": "simple_photograph"})
    assert assessor.evaluations > before
    assert "photo-author-life-term-running" in [r.rule for r in work.reasons]
    assert "photo-simple-photograph-expired" in [r.rule for r in simple.reasons]


def test_assessors_of_the_same_rules_share_one_set_of_rulesets() -> None:
    # durable-rules never frees a ruleset it made (~3.7 MB an Assessor's): a process making
    # an Assessor per call must not grow by that each time. Assessors of the same rules ask
    # in the same rulesets and session; every question is asked under one process-wide lock.
    first = Assessor(as_of=AS_OF)._engine
    cores = len(_CORES)
    second = Assessor(as_of=AS_OF)._engine
    assert second._core is first._core
    assert len(_CORES) == cores


def test_a_failure_in_one_assessor_moves_every_sharer_to_a_new_session(questions: list[Asked]) -> None:
    # A question left half done by one Engine is in the session its sharers ask in: after
    # the failure every one of them asks in a new session, and answers as before.
    one, other = Assessor(as_of=AS_OF)._engine, Assessor(as_of=AS_OF)._engine
    first, last = _same_question_apart(questions)
    expected = ask(other, last)
    _half_ask(one, first)
    with pytest.raises(EngineError, match="refused the event"):
        ask(other, last)
    assert ask(other, last) == expected
    assert ask(one, last) == expected
