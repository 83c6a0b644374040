"""The answers durable-rules gave one forked worker, for the others to read.

Each worker of a pool keeps its own answer cache (Assessor): a question one worker learnt
was, before this log, learnt again by every other worker that met it (54,354 engine calls
over two workers against 36,567 in one process, on a 200k realistic batch; ~75k
instructions each, nearly all in the C engine). Here a worker appends what it learnt from
a chunk to one anonymous in-memory file (memfd, opened O_APPEND before the fork, so the
workers share it) and, before its next chunk, reads what the others appended since.

An answer is a question's cache table (its name, live rules and read facts), the values
of the facts it read and the id of the rule durable-rules chose: a value the other
worker would have put in its own table for the same key. A reader takes only whole,
checksummed records it did not write itself; a record that does not check out ends the
reading for good (the workers then learn alone, as before), never a wrong answer.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import struct
import zlib
from typing import Any

# A record: the marshalled answers' length, their CRC-32 and the writing worker's pid.
# marshal, not pickle: half pickle's time for these tuples of strings (~0.3 against ~0.6 µs
# an answer to write), and a string interned where it was written is interned again where
# it is read, so a read key holds this process's own objects for the values the rules
# name (ruleset._interned): its comparison with a row's key is an identity test a value.
_HEAD = struct.Struct("<IIi")
# Past this many bytes, no worker appends more: ~100 bytes an answer, so room for ~80,000,
# past the 50,000 a worker's cache holds (Assessor cache_size), which learn() fills and no
# further. Shared memory (tmpfs pages), in no process's RSS: 200k realistic rows write 4.7 MB.
LOG_BYTES = 8 << 20

Learnt = tuple[tuple[str, tuple[int, ...], tuple[str, ...]], tuple[Any, ...], str]


class AnswerLog:
    """One batch's log, made by the main process before it forks the workers."""

    __slots__ = ("_at", "_broken", "_full", "_waited", "fd")

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._at = 0  # how far this process has read
        self._broken = False  # a record did not check out: nothing more is read
        self._full = False  # past LOG_BYTES, or a write failed: nothing more is written
        self._waited = 0  # takes in a row that found the next record not yet whole

    @classmethod
    def open(cls) -> AnswerLog | None:
        """A new log, or None where the platform has no memfd (the workers then learn alone)."""
        if not hasattr(os, "memfd_create"):
            return None
        try:
            fd = os.memfd_create("copyright-check-answers", os.MFD_CLOEXEC)
        except OSError:
            return None
        try:
            import fcntl  # POSIX only, as memfd is

            # O_APPEND: each worker's write lands whole at the end, whatever the others wrote.
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND)
        except OSError:
            os.close(fd)
            return None
        return cls(fd)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def publish(self, answers: list[Learnt]) -> None:
        """Appends a chunk's new answers in one write. A write cut short (the log's memory
        refused) leaves a record the readers' checks refuse: nothing more is written. A
        full log is no longer written to, but still read (review 35a N2)."""
        if not answers or self._full:
            return
        try:
            if os.fstat(self.fd).st_size > LOG_BYTES:
                self._full = True
                return
            body = marshal.dumps(answers)
            record = _HEAD.pack(len(body), zlib.crc32(body), os.getpid()) + body
            if os.write(self.fd, record) != len(record):
                self._full = True
        except (OSError, ValueError):  # ValueError: a value marshal cannot write
            self._full = True

    def take(self) -> list[Learnt]:
        """The answers the other workers appended since this one last read, oldest first."""
        if self._broken:
            return []
        try:
            size = os.fstat(self.fd).st_size
            if size <= self._at:
                return []
            data = os.pread(self.fd, size - self._at, self._at)
        except OSError:
            self._broken = True
            return []
        me = os.getpid()
        taken: list[Learnt] = []
        at = 0
        while at + _HEAD.size <= len(data):
            length, crc, pid = _HEAD.unpack_from(data, at)
            end = at + _HEAD.size + length
            if length > LOG_BYTES:  # no record is that long: a torn head
                self._broken = True
                return taken
            if end > len(data):
                # Being written (one write, O_APPEND: whole within microseconds), read the
                # next time; still cut short at the third take, a write that never ended (a
                # worker killed in it): nothing more is read (review 35a N1).
                self._waited += 1
                if self._waited >= 3:
                    self._broken = True
                break
            self._waited = 0
            if pid != me:
                body = data[at + _HEAD.size:end]
                try:
                    if zlib.crc32(body) != crc:
                        raise ValueError("checksum")
                    taken.extend(marshal.loads(body))
                except Exception:  # a torn or foreign record: no answer from here on is trusted
                    self._broken = True
                    return taken
            at = end
        self._at += at
        return taken
