"""A raw stream that gives the bytes already read, then the rest of another stream.

Why a module of its own: it is left out of the compiled build (pyproject.toml's mypyc
`include`). A class compiled by mypyc that derives from io.RawIOBase cannot be created on
CPython 3.12 ("type _Prefixed has the Py_TPFLAGS_MANAGED_DICT flag but tp_dictoffset is set"
when reader.py was compiled: the compiled package did not import on 3.12), and the class is
called once a file, so compiling it gains nothing.
"""

from __future__ import annotations

import io
from typing import IO, Any


class Prefixed(io.RawIOBase):
    """The bytes already read to detect the encoding, then the rest of the stream, so
    that nothing has to seek back (standard input and pipes cannot)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._rest, "read1", None)
        data = read1(len(buffer)) if read1 is not None else self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)
