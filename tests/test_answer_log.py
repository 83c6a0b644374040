"""A forked pool's workers share durable-rules' answers (answerlog.py): what one learnt, the
others put in their caches instead of asking again. Speed only: every verdict is the one
the worker's own durable-rules would give, and nothing that does not check out is used."""

from __future__ import annotations

import contextlib
import csv
import itertools
import os
from datetime import date
from pathlib import Path

import pytest

from copyright_check import batch
from copyright_check.answerlog import AnswerLog
from copyright_check.assessor import Assessor

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
AS_OF = date(2026, 11, 24)

pytestmark = pytest.mark.skipif(not hasattr(os, "memfd_create") or not hasattr(os, "fork"),
                                reason="the log is an anonymous in-memory file shared by forked workers")


def _rows(n: int) -> list[dict[str, str]]:
    with EXAMPLE.open(encoding="utf-8", newline="") as f:
        return list(itertools.islice(csv.DictReader(f), n))


def test_answers_learnt_from_another_process_decide_as_its_own_engine_would() -> None:
    rows = _rows(60)
    teacher = Assessor(as_of=AS_OF)
    teacher.share_answers()
    taught = [teacher.assess(r).to_dict() for r in rows]
    answers = teacher.learnt_answers()
    assert answers and len(answers) == teacher.evaluations
    assert teacher.learnt_answers() == []  # given once

    log = AnswerLog.open()
    assert log is not None
    try:
        pid = os.fork()
        if pid == 0:  # another worker: it writes what its engine answered
            log.publish(answers)
            os._exit(0)
        os.waitpid(pid, 0)
        learner = Assessor(as_of=AS_OF)
        learner.learn(log.take())
        assert log.take() == []  # read once
    finally:
        log.close()
    assert [learner.assess(r).to_dict() for r in rows] == taught
    assert learner.evaluations == 0  # every question answered from what was learnt


def test_a_worker_does_not_read_back_its_own_answers() -> None:
    teacher = Assessor(as_of=AS_OF)
    teacher.share_answers()
    for r in _rows(5):
        teacher.assess(r)
    log = AnswerLog.open()
    assert log is not None
    try:
        log.publish(teacher.learnt_answers())
        assert log.take() == []
    finally:
        log.close()


def test_a_record_being_written_is_read_once_it_is_whole() -> None:
    from copyright_check.answerlog import _HEAD

    log = AnswerLog.open()
    assert log is not None
    try:
        import marshal

        body = marshal.dumps([(("q", (1,), ("f",)), ("v",), "rule")])
        import zlib

        record = _HEAD.pack(len(body), zlib.crc32(body), os.getpid() + 1) + body
        os.write(log.fd, record[:-3])  # another worker's write, not yet whole
        assert log.take() == []
        os.write(log.fd, record[-3:])
        assert log.take() == [(("q", (1,), ("f",)), ("v",), "rule")]
    finally:
        log.close()


@pytest.mark.parametrize("damage", ["checksum", "length"])
def test_a_record_that_does_not_check_out_ends_the_reading_and_gives_no_answer(damage: str) -> None:
    import marshal
    import zlib

    from copyright_check.answerlog import _HEAD

    log = AnswerLog.open()
    assert log is not None
    try:
        good = marshal.dumps([(("q", (1,), ("f",)), ("v",), "rule")])
        bad = marshal.dumps([(("q", (1,), ("f",)), ("v",), "other-rule")])
        other = os.getpid() + 1
        os.write(log.fd, _HEAD.pack(len(good), zlib.crc32(good), other) + good)
        if damage == "checksum":  # a torn write: the checksum of other bytes
            os.write(log.fd, _HEAD.pack(len(bad), zlib.crc32(good), other) + bad)
        else:  # a head no record can have
            os.write(log.fd, _HEAD.pack(1 << 30, 0, other) + bad)
        os.write(log.fd, _HEAD.pack(len(good), zlib.crc32(good), other) + good)
        assert log.take() == [(("q", (1,), ("f",)), ("v",), "rule")]  # what came before it only
        assert log.take() == []  # and nothing after, ever
    finally:
        log.close()


def test_a_forked_pools_workers_ask_durable_rules_once_for_what_another_learnt(
        monkeypatch, tmp_path: Path) -> None:
    # Each worker notes how many answers it put in its cache from the log before each chunk.
    import io

    from copyright_check.output import write

    notes = tmp_path / "notes"
    learn = batch._learn

    def noted_learn(worker: Assessor) -> None:
        before = worker._cached  # type: ignore[attr-defined]
        learn(worker)
        with notes.open("a") as f:
            f.write(f"{os.getpid()} took {worker._cached - before}\n")  # type: ignore[attr-defined]

    def run(jobs: int) -> str:
        out = io.StringIO()
        with batch.rendered_file(EXAMPLE, "jsonl", AS_OF, jobs=jobs) as (columns, rows):
            for _ in write("jsonl", rows, out, columns):
                pass
        return out.getvalue()

    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    monkeypatch.setattr(batch, "WARM_ROWS", 1)
    alone = run(1)
    monkeypatch.setattr(batch, "_learn", noted_learn)
    assert run(2) == alone
    took = sum(int(line.split()[2]) for line in notes.read_text().splitlines() if " took " in line)
    assert took > 0


def test_answers_marshal_cannot_write_stop_the_writing_not_the_batch() -> None:
    log = AnswerLog.open()
    assert log is not None
    try:
        log.publish([(("q", (1,), ("f",)), (object(),), "rule")])
        log.publish([(("q", (1,), ("f",)), ("v",), "rule")])  # nothing more is written
        assert os.fstat(log.fd).st_size == 0
    finally:
        log.close()


def _open_answer_logs() -> int:
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            count += "copyright-check-answers" in os.readlink(fd)
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_two_batches_read_in_turn_in_one_process_each_close_their_own_log(monkeypatch) -> None:
    # Review 35a F1: a second batch's pool, started while the first one's rows were still
    # being read, took the module's log over; the first batch closed the second's at its end,
    # and its own stayed open.
    monkeypatch.setattr(batch, "CHUNK_ROWS", 5)
    before = _open_answer_logs()
    with batch.rendered_file(EXAMPLE, "jsonl", AS_OF, jobs=2) as (_, first), \
            batch.rendered_file(EXAMPLE, "jsonl", AS_OF, jobs=2) as (_, second):
        a = list(itertools.islice(first, 20))  # both pools forked, each with its own log
        b = list(itertools.islice(second, 20))
        assert _open_answer_logs() == before + 2
        a += list(first)
        b += list(second)
    assert a == b
    assert _open_answer_logs() == before


def test_a_record_never_written_whole_ends_the_reading() -> None:
    # Review 35a N1: a worker killed in its write leaves a record cut short; the readers
    # stop at it (nothing after it is trusted) instead of reading the log again each chunk.
    import marshal
    import zlib

    from copyright_check.answerlog import _HEAD

    log = AnswerLog.open()
    assert log is not None
    try:
        body = marshal.dumps([(("q", (1,), ("f",)), ("v",), "rule")])
        os.write(log.fd, _HEAD.pack(len(body), zlib.crc32(body), os.getpid() + 1) + body[:-2])
        assert [log.take() for _ in range(3)] == [[], [], []]
        os.write(log.fd, body[-2:])  # too late: the reading ended
        assert log.take() == []
    finally:
        log.close()


def test_a_full_log_is_still_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Review 35a N2: past LOG_BYTES a worker writes no more, but reads what the others wrote.
    import marshal
    import zlib

    from copyright_check import answerlog
    from copyright_check.answerlog import _HEAD

    answers = [(("q", (1,), ("f",)), (f"v{i}",), "rule") for i in range(3)]
    body = marshal.dumps(answers)
    monkeypatch.setattr(answerlog, "LOG_BYTES", len(body) + _HEAD.size + 10)
    log = AnswerLog.open()
    assert log is not None
    try:
        other = os.getpid() + 1
        for _ in range(2):  # past LOG_BYTES, each record shorter than it
            os.write(log.fd, _HEAD.pack(len(body), zlib.crc32(body), other) + body)
        size = os.fstat(log.fd).st_size
        log.publish(answers)  # full: not written
        assert os.fstat(log.fd).st_size == size
        assert log.take() == answers + answers
        os.write(log.fd, _HEAD.pack(len(body), zlib.crc32(body), other) + body)
        assert log.take() == answers
    finally:
        log.close()


def test_the_answers_a_worker_writes_hold_one_string_a_value() -> None:
    # assessor._interned: a cell's value ("building") is a string of its own in each row; in
    # the answers written to the log it is the interned one, which marshal interns again where
    # it is read, so the keys another worker learns share it (1M realistic rows: ~3-4 MB less).
    import sys

    teacher = Assessor(as_of=AS_OF)
    teacher.share_answers()
    for r in _rows(60):
        teacher.assess(r)
    values = [v for _, key, _ in teacher.learnt_answers() for v in key if type(v) is str]
    assert values and all(sys.intern(v) is v for v in values)
