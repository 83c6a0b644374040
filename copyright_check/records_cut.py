"""Cutting a stream of text lines into CSV records exactly where the stdlib csv reader does.

A record ends at the end of a line that is not inside a quoted cell; a quote opens a
quoted cell only at the start of a cell, and a quote anywhere else (an inch mark:
`Glass negative 5" x 7`) is an ordinary character. That is the csv module's own state
machine (Modules/_csv.c, strict=False); this module follows it quote by quote, so that a
file the csv module reads as N records is cut into the same N records, and each record's
raw text can be handed to another process to be parsed there.

What the csv module would do badly, this does differently, and says so on the record:
- a quote that is never closed would swallow the rest of the file into one cell: the
  line that opened it is read without quoting and the lines after it are cut again;
- a record or cell of hundreds of megabytes would be held several times over: lines are
  read in bounded pieces, and past `SHRINK_AT` characters a record keeps only the start of
  each long run of cell text, with a marker saying how much was left out (see
  `MARKER`), so memory stays bounded while the cells after it are still read.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from copyright_check import datacache
from copyright_check.pickling import by_fields

# Lines are read at most this many characters at a time.
PIECE = 64 * 1024
# A record longer than this keeps only the start of each long run of text (a huge cell).
SHRINK_AT = 64 * 1024
# How much of a long run is kept: enough for any real fact and for an error's excerpt.
KEEP_RUN = 200
# A record whose kept text still grows past this (a line of millions of tiny cells) keeps
# no more text; its end is still found, so the records after it are unchanged.
RECORD_LIMIT = 4 * 1024 * 1024
# Lines after an opening quote are kept for a re-read in case it is never closed; past
# this many characters they go to a temporary file instead of memory.
SPILL_AT = 1024 * 1024
# Stands for left-out text inside a kept record: NUL, then the number of characters left
# out, then NUL. NUL cannot come from the input (the line reader replaces it), and a
# marker holds no quote, delimiter or line break, so it never changes how a record parses.
MARKER = "\x00"
_MARKS = datacache.pattern("\x00(\\d+)\x00")

_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED = 0, 1, 2, 3


@dataclass(frozen=True, slots=True, init=False)
class RawRecord:
    """One record's raw text and what happened while cutting it."""

    line: int  # 1-based physical line where the record starts
    text: str
    unclosed: bool = False  # read without quoting: its quote is never closed
    notes: tuple[str, ...] = ()  # what the cutting did to this record, for a per-row error

    def __init__(self, line: int, text: str, unclosed: bool = False, notes: tuple[str, ...] = ()) -> None:
        # Written out, as years.YearRange's: dataclasses' generated __init__ stays
        # interpreted Python in the compiled build and sets each field through
        # object.__setattr__ (~4,500 instructions a record, a third of cutting one; cachegrind);
        # this one compiles to C. One a row, built by the cutter and again in a worker.
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "unclosed", unclosed)
        object.__setattr__(self, "notes", notes)


def clean_lines(stream: IO[str], piece: int = PIECE) -> Iterator[str]:
    """Lines in pieces of at most `piece` characters, NUL replaced (it marks left-out text)."""
    read = stream.readline
    while line := read(piece):
        yield line.replace("\x00", "\ufffd") if "\x00" in line else line


def marked_length(cell: str) -> int:
    """The length a cell had before text was left out of it."""
    return len(_MARKS.sub("", cell)) + sum(int(n) for n in _MARKS.findall(cell))


def unmarked(cell: str) -> str:
    """The kept text of a cell, without its markers."""
    return _MARKS.sub("", cell)


def _ends_line(piece: str) -> bool:
    return piece.endswith(("\n", "\r"))


class Cutter:
    """The csv module's record boundaries over a stream of line pieces."""

    def __init__(self, delimiter: str, quotechar: str = '"', skipinitialspace: bool = False) -> None:
        self.d = delimiter
        self.q = quotechar
        self.sis = skipinitialspace
        # A whole line of well-formed cells (each quoted cell closed, then a delimiter or
        # the line end): one record, matched in C. Anything else takes the quote-by-quote path.
        d = re.escape(delimiter)
        cell = f'(?:"(?:[^"]|"")*+"|[^"{d}\\r\\n][^{d}\\r\\n]*+|)'
        self._plain_line = None if skipinitialspace else re.compile(
            f"{cell}(?:{d}{cell})*+(?:\\r\\n|\\n|\\r)")
        self._long_runs = re.compile(f"[^{re.escape(delimiter)}\r\n]{{{KEEP_RUN + 1},}}")

    # -- the state machine ------------------------------------------------------------
    def _opens(self, text: str, i: int, j: int, state: int) -> bool:
        """Whether the quote at j (searching from i, outside quotes) starts a cell."""
        k = j
        if self.sis:
            while k > i and text[k - 1] == " ":
                k -= 1
        return (state == _START) if k == i else text[k - 1] == self.d

    def _tail_state(self, text: str, i: int, state: int) -> int:
        """State at the end of unquoted text from i with no opening quote in it."""
        last = text.rfind(self.d, i)
        rest = text[last + 1 if last >= 0 else i:]
        if self.sis:
            rest = rest.lstrip(" ")
        if rest.rstrip("\r\n"):
            return _FIELD
        return _START if last >= 0 else state

    def advance(self, text: str, state: int) -> tuple[int, bool]:
        """The state after `text`, and whether a quoted cell was closed by a quote followed
        by more text (`"5" x 7"`: the csv module ends the quoting there)."""
        q, d = self.q, self.d
        odd = False
        i, n = 0, len(text)
        while True:
            if state == _QUOTED:
                j = text.find(q, i)
                if j < 0:
                    return _QUOTED, odd
                i, state = j + 1, _QUOTE_IN_QUOTED
            if state == _QUOTE_IN_QUOTED:
                if i >= n:
                    return _QUOTE_IN_QUOTED, odd
                c = text[i]
                if c == q:
                    i, state = i + 1, _QUOTED
                    continue
                if c == d:
                    i, state = i + 1, _START
                elif c in "\r\n":
                    return _START, odd
                else:
                    odd, state = True, _FIELD
            # Outside quotes: only a quote at the start of a cell matters.
            while True:
                j = text.find(q, i)
                if j < 0:
                    return self._tail_state(text, i, state), odd
                if self._opens(text, i, j, state):
                    i, state = j + 1, _QUOTED
                    break
                i, state = j + 1, _FIELD

    def shrink(self, text: str, state: int) -> tuple[int, str]:
        """Like `advance`, and the text with every run of cell content longer than
        KEEP_RUN cut to its start and a marker. Used past SHRINK_AT only."""
        q, d = self.q, self.d
        out: list[str] = []
        i, n = 0, len(text)

        def run(a: int, b: int) -> None:
            if b - a > KEEP_RUN:
                out.append(f"{text[a:a + KEEP_RUN]}{MARKER}{b - a - KEEP_RUN}{MARKER}")
            else:
                out.append(text[a:b])

        if state in (_START, _FIELD) and q not in text:
            # Unquoted cells only (a header or row of very many cells): in one pass.
            return self._tail_state(text, 0, state), self._long_runs.sub(_cut_run, text)
        while i < n:
            if state == _QUOTED:
                j = text.find(q, i)
                run(i, n if j < 0 else j)
                if j < 0:
                    break
                out.append(q)
                i, state = j + 1, _QUOTE_IN_QUOTED
            elif state == _QUOTE_IN_QUOTED:
                c = text[i]
                if c == q:
                    out.append(q)
                    i, state = i + 1, _QUOTED
                elif c == d:
                    out.append(d)
                    i, state = i + 1, _START
                elif c in "\r\n":
                    out.append(text[i:])
                    return _START, "".join(out)
                else:
                    state = _FIELD
            else:
                if state == _START:
                    c = text[i]
                    if c == q:
                        out.append(q)
                        i, state = i + 1, _QUOTED
                        continue
                    if c == d or (c == " " and self.sis):
                        out.append(c)
                        i += 1
                        continue
                    if c in "\r\n":
                        out.append(text[i:])
                        return _START, "".join(out)
                # An unquoted cell: up to the next delimiter or line end.
                m = _next_break(text, i, d)
                run(i, n if m < 0 else m)
                if m < 0:
                    return _FIELD, "".join(out)
                if text[m] == d:
                    out.append(d)
                    i, state = m + 1, _START
                else:
                    out.append(text[m:])
                    return _START, "".join(out)
        return state, "".join(out)

    # -- records ----------------------------------------------------------------------
    def whole(self, piece: str) -> bool:
        """Whether a piece that ends a line is one whole record by itself (records' common case)."""
        return self.q not in piece or (self._plain_line is not None and self._plain_line.fullmatch(piece) is not None)

    def records(self, pieces: Iterator[str], first_line: int = 1) -> Iterator[RawRecord]:
        """Every record, in order; never one fewer or one more than the csv module reads,
        except after a quote that is never closed (see the module docstring)."""
        number = first_line  # physical line number of the next piece's line
        source = pieces
        recut = False  # cutting again the lines after an unclosed quote
        while (piece := next(source, None)) is not None:
            if _ends_line(piece) and (self.q not in piece or (
                    self._plain_line is not None and self._plain_line.fullmatch(piece))):
                # The common case: a whole line with no quote, or only well-formed quoted
                # cells, is a whole record.
                yield RawRecord(number, piece)
                number += 1
                continue
            start = number
            record, unclosed = self._long_record(piece, source)
            number += record.lines
            if unclosed is None:
                yield RawRecord(start, record.text, notes=record.notes)
                continue
            # A quote never closed: the csv module would read the rest of the file as one
            # cell. Read its first line without quoting, and cut the lines after it again.
            first, rest = unclosed
            yield RawRecord(start, first, unclosed=True)
            number = start + 1
            if not recut:
                source, recut = rest, True
                continue
            # Another quote left open in that stretch: line by line to the end, so that no
            # line is read more than twice.
            for line in _whole_lines(rest):
                yield RawRecord(number, line, notes=(
                    "read as one line: an earlier quote is never closed",))
                number += 1
            return

    def _long_record(
        self, piece: str, source: Iterator[str]
    ) -> tuple[_Long, tuple[str, Iterator[str]] | None]:
        """A record that holds a quote or spans pieces. Returns it, or, for a quote
        never closed, its first line (bounded) and the lines after it."""
        state, odd = self.advance(piece, _START)
        kept: list[str] = [piece]
        kept_size = size = len(piece)
        first = _Head(piece)  # the record's first physical line, for a literal re-read
        after = _Spill()  # the lines after the first, for a re-read
        lines = 0
        last = piece
        shrinking = dropped = cut = False
        run = left_out = 0  # the current cell's characters seen and left out, past SHRINK_AT
        while True:
            if _ends_line(last):
                lines += 1
                if state != _QUOTED:
                    break
            nxt = next(source, None)
            if nxt is None:
                if not _ends_line(last):
                    lines += 1  # the file's last line, without a line break
                break
            if lines == 0:
                first.add(nxt)
            else:
                after.add(nxt)
            last = nxt
            size += len(nxt)
            shrinking = shrinking or size > SHRINK_AT
            if shrinking:
                if (state == _QUOTED and self.q not in nxt) or (
                        state == _FIELD and self.d not in nxt and not _ends_line(nxt)):
                    # Nothing but more of the cell being read: count it, keep its start.
                    room = max(0, KEEP_RUN - run)
                    run += len(nxt)
                    left_out += max(0, len(nxt) - room)
                    cut = cut or left_out > 0
                    nxt = nxt[:room]
                    if not nxt:
                        continue
                    text = nxt
                else:
                    if left_out:
                        kept.append(f"{MARKER}{left_out}{MARKER}")
                        kept_size += 3
                    left_out = run = 0
                    state, text = self.shrink(nxt, state)
                    cut = cut or MARKER in text
            else:
                state, found = self.advance(nxt, state)
                odd = odd or found
                text = nxt
            if not dropped:
                if kept_size + len(text) > RECORD_LIMIT:
                    dropped = True
                else:
                    kept.append(text)
                    kept_size += len(text)
        if left_out:
            kept.append(f"{MARKER}{left_out}{MARKER}")
        if state == _QUOTED:
            return _Long("", lines, ()), (first.text(), after.lines())
        after.discard()
        notes: list[str] = []
        if odd:
            notes.append("a quote inside a quoted cell is not doubled; read as the csv module "
                         "reads it (that quote ends the quoting)" +
                         (f"; the record spans {lines} lines: check that they belong together"
                          if lines > 1 else ""))
        if cut:
            # Only where a cell was cut: a wide row of short cells (a museum export with
            # thousands of columns) passes SHRINK_AT with every cell whole (review 11, B4).
            notes.append(f"the record is {size} characters long; only the start of each long "
                         "cell was kept")
        if dropped:
            notes.append(f"the record is longer than {RECORD_LIMIT} characters even without its "
                         "long cells; the cells after that point were not read")
        return _Long("".join(kept), lines, tuple(notes)), None


class _Head:
    """A record's first physical line, kept up to SHRINK_AT characters, then counted."""

    def __init__(self, piece: str) -> None:
        self._parts = [piece]
        self._size = len(piece)
        self._left_out = 0

    def add(self, piece: str) -> None:
        if self._size + len(piece) <= SHRINK_AT:
            self._parts.append(piece)
            self._size += len(piece)
            return
        body = piece.rstrip("\r\n")
        self._left_out += len(body)
        if len(body) < len(piece):
            self._parts.append(f"{MARKER}{self._left_out}{MARKER}{piece[len(body):]}")

    def text(self) -> str:
        text = "".join(self._parts)
        if self._left_out and not text.endswith(MARKER) and MARKER not in text:
            text += f"{MARKER}{self._left_out}{MARKER}"
        return text


@dataclass(frozen=True, slots=True)
class _Long:
    text: str
    lines: int
    notes: tuple[str, ...]


def _cut_run(m: re.Match[str]) -> str:
    text = m.group()
    return f"{text[:KEEP_RUN]}{MARKER}{len(text) - KEEP_RUN}{MARKER}"


def _next_break(text: str, i: int, d: str) -> int:
    best = -1
    for ch in (d, "\n", "\r"):
        j = text.find(ch, i)
        if j >= 0 and (best < 0 or j < best):
            best = j
    return best


def _whole_lines(pieces: Iterator[str]) -> Iterator[str]:
    head: _Head | None = None
    for piece in pieces:
        if head is None:
            head = _Head(piece)
        else:
            head.add(piece)
        if _ends_line(piece):
            yield head.text()
            head = None
    if head is not None:
        yield head.text()


class _Spill:
    """Lines kept for a possible re-read: in memory, then in a temporary file."""

    def __init__(self) -> None:
        self._mem: list[str] = []
        self._size = 0
        self._file: IO[str] | None = None

    def add(self, line: str) -> None:
        if self._file is not None:
            self._file.write(line)
            return
        self._mem.append(line)
        self._size += len(line)
        if self._size > SPILL_AT:
            # Closed by lines() or discard(): it outlives this call.
            self._file = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass",  # noqa: SIM115
                                                newline="")
            self._file.writelines(self._mem)
            self._mem = []

    def lines(self) -> Iterator[str]:
        """The kept lines from the first, read back from the temporary file if they went
        there (written up to its end, so it is read from its start)."""
        if self._file is None:
            yield from self._mem
            return
        with self._file:
            self._file.flush()
            self._file.seek(0)
            yield from clean_lines(self._file)

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
        self._mem = []


by_fields(RawRecord)  # sent to a worker when it carries notes (pickling.py)
