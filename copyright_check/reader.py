"""Reading records.csv as exported by real spreadsheets, one row at a time.

Exports come from Excel, LibreOffice and collection systems: `,` `;` or tab (or Excel's
`sep=;` first line); a title line above the header; UTF-8 with or without BOM, UTF-16,
Windows-1252 or Mac Roman; ragged rows; NUL bytes; inch marks in unquoted cells; long catalogue notes
in quoted cells. The records are cut where the stdlib csv module cuts them
(records_cut.py) and parsed by the csv module; this module adds the encoding choice,
header detection and normalisation, and a per-row error instead of an exception, so that
every row reaches the output. Input is read once, front to back, in bounded pieces:
standard input and pipes work, and memory does not grow with the file or with one cell.

Other input formats feed the same path: `row_from_cells` turns one row's cells into the
RawRow the rest of the tool reads.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Final, NamedTuple

from copyright_check import codepages, datacache
from copyright_check.assessment import RowError
from copyright_check.cellmemo import recall, remember
from copyright_check.pickling import by_fields
from copyright_check.prefixed import Prefixed
from copyright_check.record import (
    COLUMNS,
    NOT_READ_SUFFIX,
    UNREAD_ON_CONFLICT,
    WITHHELD,
    name_words,
    normalise_header,
)
from copyright_check.records_cut import (
    MARKER,
    PIECE,
    Cutter,
    RawRecord,
    clean_lines,
    marked_length,
    unmarked,
)
from copyright_check.textcase import lower

__all__ = [
    "SPAN_FIELDS",
    "InputError",
    "Layout",
    "LineRun",
    "RawRecord",
    "RawRow",
    "bounded_runs",
    "detect_encoding",
    "header_name",
    "header_repeats",
    "no_id_column",
    "open_records",
    "open_runs",
    "parse_record",
    "parse_records",
    "parsed_rows",
    "read_rows",
    "row_from_cells",
    "run_records",
    "sheet_error",
    "text_encoding",
    "text_head",
    "vocabulary_field",
]

_SNIFF_BYTES = 16 * 1024
_DETECT_BYTES = 1024 * 1024
# A title line or two above the header ("Export from …, 2024-03-01") is skipped: the
# header is the first of this many lines that names an id column.
_HEADER_SEARCH_LINES = 10
_SEP_HINT = datacache.pattern(r'^"?sep=(.)"?[ \t]*$', re.IGNORECASE)
_FIELD_LIMIT: Final = min(sys.maxsize, 2**31 - 1)
csv.field_size_limit(_FIELD_LIMIT)


def _cells_of_any_length() -> None:
    """The csv module's field size limit is the process's: a host program that lowers it
    after importing this package (csv.field_size_limit(1000)) made the reader fail on a
    longer cell, and such a record, read again without quoting, failed too and was dropped
    as a blank line (review 35a F2: a row lost). Set again before records are read."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)


class InputError(Exception):
    """The file as a whole cannot be read (missing, a directory, no header)."""


@dataclass(slots=True, init=False, eq=False)
class RawRow:
    line: int  # 1-based line of the row's first physical line, for messages
    cells: dict[str, str]  # normalised column name -> cell
    errors: list[RowError] = field(default_factory=list)
    # Every cell under the header, by position: the CSV output passes each input column
    # through, a repeated column name included.
    values: list[str] = field(default_factory=list)
    # header as written -> cell (first of a repeated name): made from `values` when first
    # asked for (only a profile's sample and the first row's column names read it), not a
    # second dict a row.
    _original: dict[str, str] | None = None
    _written: tuple[str, ...] = ()
    # Every cell is known to be composed (NFC) already: the reader found its whole run of
    # records below U+0100 (parse_records), so read_words need not test the row's cells
    # again. False says only "not known".
    composed: bool = False
    # (field, the row's error) for each batch assumption that filled a country while a column read
    # as no field names another in this row (mapping._country_against): kept only where the
    # outcome rests on it (chunkwork.assess_raw), else the row is assessed as filled.
    suspects: list[tuple[str, RowError]] = field(default_factory=list)

    def __init__(self, line: int, cells: dict[str, str], original: dict[str, str] | None,
                 errors: list[RowError] | None = None, values: list[str] | None = None,
                 written: tuple[str, ...] = (), composed: bool = False) -> None:
        """`original` None: made from `written` (the header as written) and `values`."""
        # Written out, as record.Record's: dataclasses' generated __init__ stays interpreted
        # Python in the compiled build; this one compiles to C. One a row.
        self.line = line
        self.cells = cells
        self._original = original
        self._written = written
        self.errors = [] if errors is None else errors
        self.values = [] if values is None else values
        self.composed = composed
        self.suspects = []

    @property
    def original(self) -> dict[str, str]:
        if self._original is None:
            made: dict[str, str] = {}
            for name, value in zip(self._written, self.values, strict=False):
                made.setdefault(name, value)
            self._original = made
        return self._original

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawRow) and (self.line, self.cells, self.original, self.errors, self.values) == (
            other.line, other.cells, other.original, other.errors, other.values)


def detect_encoding(head: bytes) -> str:
    """BOMs first; then UTF-8 if the opening megabyte decodes; else the single-byte code
    page the bytes read best in (codepages.choose: Windows-1252, the encoding of Excel's
    "CSV" on Western-European Windows, Mac Roman, the DOS code pages 850 and 437, the
    Central-European, Baltic and Cyrillic Windows code pages, KOI8-R). Raises
    codepages.EncodingDoubt where two of them read a letter differently and nothing in
    the bytes decides."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    for bom, name in _BOMS:  # UTF-32's marks first: its little-endian one begins with UTF-16's
        if head.startswith(bom):
            return name
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is not evidence.
        if exc.start < len(head) - 4 and not _mostly_utf8(head):
            return codepages.choose(_without_utf8_lines(head))
    return "utf-8"


def _without_utf8_lines(head: bytes) -> bytes:
    """The opening bytes without the lines that are well-formed UTF-8 (a UTF-8 row pasted into a
    code-page export), so that the code page is chosen from the file's own lines: one UTF-8 row
    with a typographic quote made a Windows-1252 file read as code page 850, and a Cyrillic one a
    Windows-1251 file as Windows-1252, every other row garbled with no error (reviews 29h W1, 29i
    W1). Such a row is read on its own, with its error (_utf8_line). Where nothing else is
    left, the head as it is."""
    kept: list[bytes] = []
    for line in head.split(b"\n"):
        if not line.isascii():
            try:
                line.decode("utf-8")
                continue  # any well-formed UTF-8 line, plausible or not (review 29i W1)
            except UnicodeDecodeError:
                pass
        kept.append(line)
    rest = b"\n".join(kept)
    return rest if not rest.isascii() else head


# Escapes left to the regex parser (the compiled build refuses surrogates in literals).
_ESCAPED = datacache.pattern(r"[\udc80-\udcff]")
_NON_ASCII = datacache.pattern(r"[^\x00-\x7f]")
# The well-formed UTF-8 characters a code page's text cannot give by chance (_mostly_utf8): Latin
# letters and signs from U+00A0 to U+017F are two bytes from 0xC2-0xC5, a capital A with a mark or
# a sign in Windows-1252 and Mac Roman, each then followed at once by a sign or a symbol. Mac
# Roman's "\u2019é" (0xD5 0x8E), by contrast, is a well-formed pair too (U+054E), so any other letter
# counts once only (review 26d F2: "d\u2019Édouard" and one stray byte read a Mac Roman file as UTF-8).
_LATIN_LETTERS = datacache.pattern(r"[\u00a0-\u017f\u2010-\u203a\u20ac]")


def _mostly_utf8(head: bytes) -> bool:
    """A UTF-8 file with a few rows pasted in from a Windows-1252 one (two exports joined):
    read as Windows-1252, every "ö" of the UTF-8 rows would silently become "Ã¶". More
    well-formed UTF-8 characters than bytes UTF-8 cannot read keep it UTF-8; the bad bytes
    are then reported in their own cells (read as unknown). A Latin letter or sign (U+00A0 to
    U+017F, and the typographic quotes and dashes, _LATIN_LETTERS) counts twice: no code page's
    text gives their bytes by chance (review 26e E6: one "\u2019" and one stray byte), and
    read in a code page a UTF-8 file's every "©" silently becomes "\u0412\u00a9" (Windows-1251), where
    read as UTF-8 a stray byte's cell says it is unreadable (a UTF-8 export with one "©" and one
    stray byte)."""
    text = head.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    good = len(_NON_ASCII.findall(text)) - bad
    return good + len(_LATIN_LETTERS.findall(text)) > bad


def _sniff(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in ",;\t"}
        best = max(counts, key=lambda d: counts[d])
        # Built with type() rather than a nested class statement: the compiled build (mypyc)
        # refuses nested classes.
        fallback: type[csv.Dialect] = type("Fallback", (csv.excel,), {"delimiter": best})
        return fallback


@dataclass(frozen=True, slots=True)
class Layout:
    """What it takes to parse one record of a file: picklable, so worker processes can
    parse the records the main process only cuts out of the byte stream."""

    header: tuple[str, ...]  # normalised column names
    written: tuple[str, ...]  # the header as written, for pass-through output
    delimiter: str
    quotechar: str
    skipinitialspace: bool
    codec: str = "utf-8"  # the codec the file's text was decoded in (codecs' name)

    def reader_args(self) -> dict[str, Any]:
        return {"delimiter": self.delimiter, "quotechar": self.quotechar, "doublequote": True,
                "skipinitialspace": self.skipinitialspace, "strict": False}


def _excerpt(text: str, limit: int = 200) -> str:
    """A bounded quote of input for a message: a huge cell or header never makes a
    huge message."""
    text = text.replace(MARKER, "")
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _open_binary(path: Path | str) -> IO[bytes]:
    if str(path) == "-":
        _refuse_device(path, sys.stdin.buffer)
        return sys.stdin.buffer
    try:
        binary = Path(path).open("rb")  # noqa: SIM115 - returned open, closed by open_records
    except OSError as exc:
        raise InputError(f"{path}: cannot be opened: {exc.strerror or exc}") from None
    try:
        _refuse_device(path, binary)
    except InputError:
        binary.close()
        raise
    return binary


def _refuse_device(path: Path | str, binary: IO[bytes]) -> None:
    """A character device other than a terminal (/dev/zero, /dev/urandom, /dev/null, a
    serial port) is no export: read as one, /dev/zero kept the run busy forever with no
    line said. A pipe, a FIFO and a terminal (typed or pasted rows) are still read."""
    try:
        fd = binary.fileno()
        mode = os.fstat(fd).st_mode
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    if stat.S_ISCHR(mode) and not os.isatty(fd):
        raise InputError(f"{path}: is a device, not a file of records")


def _refuse_nul_bytes(path: Path | str, head: bytes, encoding: str | None) -> None:
    """Opening bytes that are all NUL (a device or a pipe of them, a file allocated and never
    written) are no export: read as text they are one line without end, and a pipe of them
    (`cat /dev/zero | copyright-check assess -`) kept the run busy forever with no line
    said. ASCII text with a NUL after (or before) each character is UTF-16 without a byte
    order mark (a "Unicode" export some tools write): read as UTF-8 its header is a
    garbled list; it is named, with the --encoding that reads it (review 9 R13). A NUL
    byte in a cell of a UTF-8 file is neither, and is read as before (that cell's error).
    One C search when the head holds no NUL at all."""
    if 0 not in head:
        return
    if not head.strip(b"\0"):
        raise InputError(f"{path}: holds only NUL bytes (an empty disk image, a device, a file never "
                         "written), not a file of records")
    if encoding is not None or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return
    sample = head[:4096]
    even, odd = sample[0::2], sample[1::2]
    for nul, text, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul.count(0) >= len(nul) * 0.6 and text.count(0) <= len(text) * 0.1:
            raise InputError(f"{path}: looks like UTF-16 without a byte order mark: --encoding {name}")


def _refuse_utf8_misread(path: Path | str, head: bytes, info: codecs.CodecInfo, given: str) -> None:
    """An --encoding other than UTF-8 over bytes that are UTF-8 with letters beyond ASCII
    (a script that kept `--encoding cp1252` from one old export, run on a new UTF-8 one):
    each such letter would read as two or three others ('interiör' as 'interiÃ¶r', 'okänd'
    as 'okÃ¤nd'), silently, and the words that stop an ok would no longer be seen (review 16
    G17: three rows ok). Multi-byte UTF-8 sequences that are all well formed are next to
    never a legacy code page's text, so the file is refused with the option that reads it,
    as UTF-16 without a byte order mark is. Only the opening bytes are looked at."""
    if info.name in ("utf-8", "utf-8-sig") or head.isascii():
        return
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return  # not UTF-8: the option is the user's reading of it
    word = next((w for w in re.findall(r"\w*[^\x00-\x7f]\w*", text) if w), "")
    raise InputError(f"{path}: is UTF-8 ({_excerpt(word, 30)!r}), which --encoding {_excerpt(given, 40)} would misread "
                     f"({_excerpt(word.encode('utf-8').decode(info.name, 'replace'), 30)!r}): "
                     "leave out --encoding, or give --encoding utf-8")


def _names_id(line: str, delimiter: str, rename: Callable[[str], str] = normalise_header) -> bool:
    try:
        cells = next(csv.reader([line.rstrip("\r\n")[:_SNIFF_BYTES]], delimiter=delimiter), [])
    except csv.Error:
        return False
    return any(rename(c) == "id" for c in cells)


# The delimiters a header is tried with. "|" (exports of some collection systems) only
# when the header shows it: the Sniffer is never offered it, since a multi-valued cell
# ("Stockholm|Uppsala") would make a comma file look pipe-separated.
_DELIMITERS = (",", ";", "\t", "|")


def _find_header(
    lines: list[str], hint: str | None, rename: Callable[[str], str] = normalise_header
) -> tuple[int, str | None]:
    """Which of the first lines is the header (the first that names an id column), and
    the delimiter that shows it if only one does (else the Sniffer decides)."""
    for i, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        found = [d for d in ((hint,) if hint else _DELIMITERS) if _names_id(line, d, rename)]
        if found:
            return i, found[0] if len(found) == 1 else None
    # No line names an id column: the header is then the line with a column the header
    # vocabulary knows as an identifier, if one does, so the error can name it.
    for i, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        found = [d for d in ((hint,) if hint else _DELIMITERS) if _names_id(line, d, vocabulary_field)]
        if found:
            return i, found[0] if len(found) == 1 else None
    return 0, None


def vocabulary_field(written: str) -> str:
    """The record field the header vocabulary reads `written` as ("" if none)."""
    from copyright_check.vocabularies import headers  # only when no line names an id column

    return headers().fields.get(normalise_header(written), "")


def _sample(pieces: Iterator[str]) -> list[str]:
    lines: list[str] = []
    size = 0
    for piece in pieces:
        lines.append(piece)
        size += len(piece)
        if size >= _SNIFF_BYTES or len(lines) >= _HEADER_SEARCH_LINES * 4:
            break
    return lines


@dataclass
class _Opened:
    """A CSV file opened as far as its header: what open_records and open_runs share."""

    binary: IO[bytes]
    encoding: str  # the codec's own name (codecs.lookup)
    errors: str
    before: list[str]  # the first pieces read up to the header (a title line, Excel's "sep=;")
    sample: list[str]  # and from the header on
    first_line: int  # the header's line number
    records: Iterator[RawRecord]  # the cutter's records after the header, over the sample and the rest
    cutter: Cutter
    layout: Layout
    rename: Callable[[str], str]


def text_encoding(path: Path | str, head: bytes, encoding: str | None) -> tuple[str, codecs.CodecInfo, str]:
    """The codec a text file's opening bytes `head` are read in (the --encoding given, or
    detect_encoding's), its CodecInfo and the errors mode to decode with: refused with one
    line (InputError, exit 2) where no codec reads the file as a user would mean it (only
    NUL bytes, UTF-16 without a byte order mark, a doubt between two code pages, an unknown
    or non-text codec, UTF-8 under another --encoding). Shared by the CSV reader and the JSON
    readers (sources.py), so that a JSON Lines file in UTF-16 or a code page is read, or
    refused, as the same rows in a CSV file are: it was decoded as UTF-8 alone, and its first
    byte ended the run as an internal error (review 17 M1). Undecodable bytes are kept as
    markers in UTF-8 (surrogateescape) and as U+FFFD in any other codec: either makes the cell
    that holds them unreadable, with its error (row_from_cells)."""
    _refuse_nul_bytes(path, head, encoding)
    try:
        chosen = encoding or detect_encoding(head)
    except codepages.EncodingDoubt as doubt:
        raise InputError(f"{path}: {doubt.message()}") from None
    try:
        info = codecs.lookup(chosen)
    except LookupError:
        raise InputError(f"unknown encoding: {_excerpt(chosen, 40)}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{_excerpt(chosen, 40)} is not a text encoding")
    if encoding is not None:
        _refuse_utf8_misread(path, head, info, chosen)
    # surrogateescape keeps undecodable bytes as markers, found again per row.
    return chosen, info, "surrogateescape" if info.name == "utf-8" else "replace"


def header_name(name: str) -> str:
    """A column's name as the output can write it: a byte the file's encoding cannot read is
    U+FFFD in it (the cells' undecodable bytes are their errors; a name has none to carry): kept
    as a lone surrogate, it ended a CSV or HTML output as an internal error."""
    if name.isascii() or not _ESCAPED.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def text_head(head: bytes) -> bytes:
    """A file's opening bytes as UTF-8 where a UTF-32 or UTF-16 byte order mark starts them
    (what PowerShell's `>` writes), so that what the file holds ("[", "{", "<html") is seen
    whatever its encoding; any other bytes as they are."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            decoded = codecs.getincrementaldecoder(name)("replace").decode(head, final=False)
            return decoded.removeprefix("\ufeff").encode("utf-8", "replace")
    return head


# The byte order marks of UTF-32 and UTF-16, UTF-32's first: its little-endian mark begins
# with UTF-16's.
_BOMS: Final = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@contextlib.contextmanager
def _opened(path: Path | str, encoding: str | None, rename: Callable[[str], str]) -> Iterator[_Opened]:
    binary = _open_binary(path)
    with contextlib.ExitStack() as stack:
        if binary is not sys.stdin.buffer:
            stack.enter_context(binary)
        try:
            head = binary.read(_DETECT_BYTES)
        except OSError as exc:
            raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        chosen, info, errors = text_encoding(path, head, encoding)
        text = io.TextIOWrapper(io.BufferedReader(Prefixed(head, binary)), encoding=chosen,
                                errors=errors, newline="")
        pieces = clean_lines(text)
        try:
            sample = _sample(pieces)
        except UnicodeError as exc:
            raise InputError(f"{path}: cannot be decoded as {chosen}: {exc}") from None
        if not "".join(sample).strip():
            raise InputError(f"{path}: the file is empty (no header row)")
        skip = 0
        hint = None
        if m := _SEP_HINT.match(sample[0].rstrip("\r\n")):
            hint, skip = m.group(1), 1  # Excel's "sep=;" line names the delimiter
        at, shown = _find_header(sample[skip:], hint, rename)
        skip += at
        if len(sample) > skip and len(sample[skip]) >= PIECE and not sample[skip].endswith(("\n", "\r")) \
                and not any(_names_id(sample[skip], d, rename) for d in ((hint,) if hint else _DELIMITERS)):
            # A header line is read whole before any record: one without end (a pipe of text
            # with no line break) kept the run busy forever with no line said.
            raise InputError(f"{path}: no header row: the line at the top has no line break in its first "
                             f"{PIECE // 1024} KiB and names no 'id' column ({_excerpt(sample[skip], 60)})")
        dialect = _sniff("".join(sample[skip:])[:_SNIFF_BYTES])
        delimiter = hint or shown or dialect.delimiter
        # Spreadsheet exports quote with " and double it inside cells; only the delimiter is
        # taken from the Sniffer, which can mistake an apostrophe-heavy cell (wikitext bold)
        # for the quote character.
        layout = Layout((), (), delimiter, '"', bool(dialect.skipinitialspace))
        cutter = Cutter(delimiter, '"', layout.skipinitialspace)
        records = cutter.records(itertools.chain(sample[skip:], pieces), skip + 1)
        header_record = next(records, None)
        header_cells = _parse(header_record.text, layout) if header_record else None
        header_cells = [header_name(h) for h in header_cells] if header_cells else None
        if not header_cells:
            raise InputError(f"{path}: no readable header row")
        # Interned: every row's cells are a dict under these names, which the row path looks up by
        # its own names (string literals, interned by the compiled build): the same object is
        # found by identity, without comparing the text (~90 comparisons a row, compiled).
        header = tuple(sys.intern(h) for h in beside_person(tuple(rename(h) for h in header_cells), header_cells))
        if "id" not in header:
            raise no_id_column(path, header_cells)
        layout = replace(layout, header=header, written=tuple(header_cells), codec=info.name)
        yield _Opened(binary, info.name, errors, sample[:skip], sample[skip:], skip + 1, records, cutter, layout,
                      rename)


@contextlib.contextmanager
def open_records(
    path: Path | str, encoding: str | None = None, rename: Callable[[str], str] = normalise_header,
) -> Iterator[tuple[Layout, Iterator[RawRecord]]]:
    """The file's layout and its data records (raw text); raises InputError only for a
    file that cannot be opened or has no header. `-` is standard input. `rename` turns a
    header as written into a record field (a user's column mapping, see mapping.py)."""
    with _opened(path, encoding, rename) as o:
        yield o.layout, header_repeats(o.records, o.layout, rename)


# -- runs of lines read by the worker processes themselves ------------------------------------
class LineRun(NamedTuple):
    """Whole lines of a UTF-8 file, each one record, by place: a worker process reads them
    itself (run_records) through the file descriptor it inherited (a forked one), so that
    the main process neither decodes, cuts nor sends them (open_runs)."""

    fd: int
    offset: int  # where the run starts in the file, in bytes: at a line's start
    size: int  # its length in bytes: it ends with a line break
    line: int  # its first line's number


def run_records(run: LineRun) -> list[RawRecord]:
    """A run's records, as the cutter cuts them (open_runs checked that each line is one),
    NUL replaced as clean_lines replaces it."""
    text = _pread(run.fd, run.size, run.offset).decode("utf-8", "surrogateescape")
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    # Each line with its line break (text after the last break, none here, left out), found
    # with str.find: a regex's findall ("[^\n]*\n") was ~2k of a row's instructions.
    out: list[RawRecord] = []
    line = run.line
    start = 0
    while (end := text.find("\n", start)) >= 0:
        out.append(RawRecord(line, text[start:end + 1]))
        line += 1
        start = end + 1
    return out


def _pread(fd: int, size: int, offset: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < size:
        piece = os.pread(fd, size - got, offset + got)
        if not piece:
            raise OSError(f"the input ended {got} bytes into a run of {size} at byte {offset}")
        parts.append(piece)
        got += len(piece)
    return parts[0] if len(parts) == 1 else b"".join(parts)


# A carriage return that is not a CRLF's: the text reader ends a line there, a split at LF does not.
_LONE_CR = re.compile(b"\r(?!\n)")
# Every stretch of this many bytes holding a line break: no line (with its CRLF) longer than PIECE.
_WINDOW = (PIECE - 2) // 2


class _RunTest:
    """Whether a run of whole lines (bytes) is records the cutter would cut one a line and
    header_repeats would pass as they are: no quote (a quoted cell may span lines), no
    carriage return but in CRLF (a lone one ends a line for the text reader, not for a split
    at LF), no line longer than the reader's PIECE (the cutter joins and shortens such a
    line), and none of header_repeats' own patterns for the id column's name (a line
    repeating the header). Any doubt is a no: the file is then read the careful way from
    that run on. Each test is one pass of a C loop over the run's bytes, not a test a line:
    this is the main process's whole work a row."""

    def __init__(self, layout: Layout) -> None:
        self.usable = True
        self.starts: tuple[bytes, ...] = ()
        self.line_start: re.Pattern[bytes] | None = None
        self.anywhere: tuple[bytes, ...] = ()
        self.quote = layout.quotechar.encode("utf-8")
        at = layout.header.index("id")
        name = layout.written[at].strip()
        if not name:
            return
        # header_repeats' names and patterns, without their quoted forms (a run holds no quote).
        names = [n.encode("utf-8", "surrogateescape")
                 for n in dict.fromkeys((name, lower(name), name.upper(), name.title()))]
        d = layout.delimiter.encode("utf-8", "surrogateescape")
        if at == 0:
            if len(layout.written) < 2:
                self.usable = False  # header_repeats then looks at every line
                return
            glued = f"{name}{layout.delimiter}{layout.written[1].strip()}".encode("utf-8", "surrogateescape")
            self.starts = (*names, *(_BOM + n for n in names))
            # The byte order mark as an alternative, not an optional group: the regex then starts
            # with one fixed byte, which it scans for, instead of trying a match at every byte.
            alts = b"|".join(re.escape(n) for n in names)
            self.line_start = re.compile(b"\n(?:" + alts + b"|" + re.escape(_BOM) + b"(?:" + alts + b"))")
            self.anywhere = (glued,)
        else:
            self.anywhere = tuple(p for n in names for p in (d + n + d, d + n + b"\r\n", d + n + b"\n"))

    def lines(self, run: bytes) -> int:
        """The number of lines in `run` (it ends with LF) if it passes, else -1."""
        if self.quote in run or (b"\r" in run and _LONE_CR.search(run) is not None):
            return -1
        n = len(run)
        for start in range(0, n, _WINDOW):
            if run.find(b"\n", start, start + _WINDOW) < 0 and max(map(len, run.split(b"\n"))) + 1 > PIECE:
                return -1
        if run.startswith(self.starts) or (self.line_start is not None and self.line_start.search(run) is not None):
            return -1
        for pattern in self.anywhere:
            if pattern in run:
                return -1
        return run.count(b"\n")


_BOM = "\ufeff".encode()


@contextlib.contextmanager
def open_runs(
    path: Path | str, encoding: str | None = None, rename: Callable[[str], str] = normalise_header,
    run_bytes: int = 300_000, tail_runs: int = 0, tail_pieces: int = 1,
) -> Iterator[tuple[Layout, Iterator[RawRecord | LineRun]]]:
    """open_records for worker processes forked from this one: the same records, in order,
    but where the file allows, as LineRuns of about `run_bytes` (the last `tail_runs` runs'
    worth in `tail_pieces` pieces each) that the workers read and cut themselves; the rest
    (the first lines, and everything from the first run that does not pass _RunTest) as
    RawRecords. A UTF-8 file on disk only (not standard input: it cannot be read twice)."""
    with _opened(path, encoding, rename) as o:
        yield o.layout, _run_items(path, o, run_bytes, tail_runs, tail_pieces)


def _run_items(
    path: Path | str, o: _Opened, run_bytes: int, tail_runs: int, tail_pieces: int
) -> Iterator[RawRecord | LineRun]:
    test = _RunTest(o.layout)
    fd = -1 if str(path) == "-" else o.binary.fileno()
    # The sample read to find the header: runs start after it if each of its lines was one
    # record and it is the file's bytes exactly (decoded as UTF-8, no NUL replaced).
    whole = all(p.endswith("\n") and o.cutter.whole(p) for p in o.sample)
    read = "".join(o.before + o.sample).encode("utf-8", "surrogateescape")
    if (fd < 0 or o.encoding != "utf-8" or not test.usable or not whole
            or not stat.S_ISREG(os.fstat(fd).st_mode) or os.pread(fd, len(read), 0) != read):
        yield from header_repeats(o.records, o.layout, o.rename)
        return
    first = list(itertools.islice(o.records, len(o.sample) - 1))
    checked = list(header_repeats(iter(first), o.layout, o.rename))
    # The rows right under the header are looked at for a second header row (labels, field
    # codes, units: header_repeats' top check) up to the first that is none, which the runs
    # test does not do: so runs start only after a record of the sample that is no such row.
    # A sample that ends at the header (a header and title lines of 16 KiB or more) leaves
    # them unchecked, and the file is read the careful way (review 34a F1: a units row under
    # 1,100 columns was read as a record, in runs, without its error).
    if not first or any(r.notes for r in checked):
        yield from header_repeats(itertools.chain(first, o.records), o.layout, o.rename)
        return
    yield from checked
    pos, line = len(read), o.first_line + len(o.sample)
    size = os.fstat(fd).st_size
    while True:
        target = run_bytes if size - pos > tail_runs * run_bytes else max(1, run_bytes // tail_pieces)
        want = target + PIECE
        data = os.pread(fd, want, pos)
        if not data:
            return  # the end of the file, at a line's end
        cut = data.find(b"\n", target - 1) if len(data) >= target else -1
        if cut < 0 and len(data) < want:  # the end of the file is in `data`
            cut = data.rfind(b"\n")
        lines = test.lines(data[:cut + 1]) if cut >= 0 else -1
        if lines < 0:
            break
        yield LineRun(fd, pos, cut + 1, line)
        pos += cut + 1
        line += lines
    # From here on the careful way: the cutter (at a record's start: no quote came before)
    # and header_repeats, over the file from this line.
    rest = io.FileIO(os.dup(fd), "rb")
    try:
        rest.seek(pos)
        text = io.TextIOWrapper(io.BufferedReader(rest), encoding="utf-8", errors=o.errors, newline="")
        yield from header_repeats(o.cutter.records(clean_lines(text), line), o.layout, o.rename, top=False)
    finally:
        rest.close()


def header_repeats(records: Iterator[RawRecord], layout: Layout,
                   rename: Callable[[str], str] = normalise_header, top: bool = True) -> Iterator[RawRecord]:
    """The records, with a note on a line that repeats the header (two exports joined into
    one file, each with its header): that line is no record, and its row says so. Where the
    repeated header names other columns or another order, every later row is read under the
    first header, so its cells may stand under the wrong columns (a death year read as an
    image date): each of those rows gets a note too, so that no ok rests on them. Found by
    a plain text test (the record's start, where the id column is first) on a run of
    records at a time, in one comprehension: a record is parsed only when the test passes,
    and a run without one is passed on whole (this is the main process's per-row work)."""
    at = layout.header.index("id")
    if top:
        # The records right under the header (`top`: the stream starts there): a second header
        # row of labels, field codes or units is noted as such (_label_row), not read as a
        # record nor as a second export's header.
        first = list(itertools.islice(records, _LABEL_ROWS))
        labelled: list[RawRecord] = []
        for record in first:
            note = _label_row(record, layout, rename, at)
            if note is None:
                break
            labelled.append(RawRecord(record.line, record.text, record.unclosed, (*record.notes, note)))
        yield from labelled
        records = itertools.chain(first[len(labelled):], records)
    name = layout.written[at].strip()
    if not name:
        yield from records
        return
    names = tuple(dict.fromkeys((name, lower(name), name.upper(), name.title())))
    # Quoted, and after a byte order mark: `cat a.csv b.csv` of two UTF-8 exports with one.
    starts = tuple(f"{bom}{quote}{n}{quote}" for bom in ("", "\ufeff") for quote in ("", '"') for n in names)
    d = layout.delimiter
    inner = tuple(f"{d}{quote}{n}{quote}{d}" for quote in ("", '"') for n in names)
    ends = tuple(f"{d}{quote}{n}{quote}" for quote in ("", '"') for n in names)
    # The header run into the end of the line before it (the first file did not end with a
    # line break): its first two names as written, found anywhere in a line.
    glued = f"{name}{d}{layout.written[1].strip()}" if at == 0 and len(layout.written) > 1 else "\n"
    # Their first characters: a line starting otherwise (nearly every record) is not compared
    # with each start (a startswith of a tuple of up to 16, ~1.1k instructions a row, compiled).
    heads = frozenset(s[:1] for s in starts)
    while run := list(itertools.islice(records, _HEADER_RUN)):
        if at == 0:
            hits = [i for i, r in enumerate(run)
                    if (r.text[:1] in heads and r.text.startswith(starts)) or glued in r.text]
        else:  # the id column's name as a whole cell: between delimiters, or last on the line
            hits = [i for i, r in enumerate(run) if any(m in r.text for m in inner)
                    or r.text.rstrip("\r\n").endswith(ends)]
        if not hits:
            yield from run
            continue
        done = 0
        for i in hits:
            yield from run[done:i]
            done = i + 1
            record = run[i]
            note = _repeated_header(record, layout, rename, at)
            if note is None and at == 0 and (where := record.text.find(glued)) > 0:
                note = _glued_header(record, record.text[where:], layout, rename)
            if note is None:
                yield record
                continue
            yield RawRecord(record.line, record.text, record.unclosed, (*record.notes, note))
            if "other columns" in note:
                after = (f"the header repeats at line {record.line} with other columns: this row is read under "
                         f"the first header, so its cells may stand under the wrong columns; split the file at "
                         f"line {record.line}",)
                for r in itertools.chain(run[done:], records):
                    yield RawRecord(r.line, r.text, r.unclosed, (*r.notes, *after))
                return
        yield from run[done:]


def _glued_header(record: RawRecord, header_text: str, layout: Layout, rename: Callable[[str], str]) -> str | None:
    """The note for a record into whose end a header runs (`cat a.csv b.csv` where a.csv
    does not end with a line break): the line is two rows run together, and where the
    header names other columns, the rows after it stand under the wrong ones."""
    cells = _parse(header_text, layout)
    if not cells or rename(cells[0]) != "id":
        return None
    again = tuple(rename(c) for c in cells)
    said = (f"the header of a second export starts inside this line, at {_excerpt(header_text.strip(), 60)!r} "
            "(two files joined without a line break between them?): this row is two rows run together")
    if _named(again) == _named(layout.header):
        return said
    return (f"{said}, and that header names other columns: the rows after it are read under the first header, "
            f"so their cells may stand under the wrong columns; split the file at line {record.line}")


# Records header_repeats tests together.
_HEADER_RUN = 256
# Header rows under the header: a label row in the institution's language, a row of field
# codes, a row of data types or units (museum systems, database exports, templates).
_LABEL_ROWS = 3
# A data type or unit as a second header row writes it under a column ("(text)", "[year]",
# "YYYY-MM-DD", "varchar(255)", "ISO 3166").
_UNIT = datacache.pattern(
    r"[(\[]?\s*(?:text|string|str|varchar|char|integer|int|number|numeric|decimal|float|date|datetime|time|"
    r"timestamp|year|years|yyyy|yyyy-mm-dd|yyyy-mm|dd\.mm\.yyyy|mm/dd/yyyy|boolean|bool|url|uri|iso(?: ?\d+)?(?:-\d)?|"
    r"code|list|enum|free text|fritext|freitext|texte|texto|testo|tekst|tal|zahl|nummer|år|jahr|année|anno|datum|"
    r"data|fecha)\s*(?:\(\d+\))?\s*[)\]]?", re.IGNORECASE)


def _label_row(record: RawRecord, layout: Layout, rename: Callable[[str], str], at: int) -> str | None:
    """The note for a record right under the header that is a second header row: its id cell
    and at least half of its filled cells are column names (the header's own, or any the
    header vocabulary knows, in any of its languages: "Objektnummer", "Fotograf"), or data
    types and units ("(text)", "YYYY"), or its id cell names the id column itself (over a row
    of field codes), and no year or date column holds a digit. Read as a
    record, such a row was assessed on 'Fotografens dödsår' as a death year, and a row of
    field codes whose first cell is "ID" was taken for a second export's header, which sent
    every row after it to review. None for a record."""
    cells = _parse(record.text, layout)
    if not cells or len(cells) <= at:
        return None
    first = cells[at].strip()
    if not first or (rename(first) != "id" and _UNIT.fullmatch(first) is None and (
            any(ch.isdigit() for ch in first) or len(first) > 60)):
        return None  # an id cell like a record's ("UM001", "B-17"): the vocabulary is not loaded
    from copyright_check.vocabularies import headers

    known = headers().fields

    def label(cell: str) -> bool:
        name = normalise_header(cell)
        return (rename(cell) in layout.header or name in known or name in COLUMNS
                or _UNIT.fullmatch(cell.strip()) is not None)

    if not label(cells[at]):
        return None
    filled = [(i, c) for i, c in enumerate(cells) if c.strip()]
    dated = [c for i, c in filled if i < len(layout.header) and layout.header[i].endswith(("_year", "_date"))]
    if any(ch.isdigit() for c in dated for ch in c):
        return None
    labels = [c for _, c in filled if label(c)]
    if len(labels) * 2 < len(filled) and rename(cells[at]) != "id":  # "ID" over a row of field codes
        return None
    shown = _excerpt(", ".join(c for _, c in filled), 120)
    return (f"this row is a second header row under the header (column labels, field codes or units: {shown}): "
            "it is no record; delete it from the export, or keep one header row")


def beside_person(header: tuple[str, ...], written: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The header with each column that has no header of its own (a blank cell as written)
    right after a person's column (vocabularies/headers.yaml numbered_again: the
    photographer, the depicted creator, their years) read as that field a second time: a
    header cell merged over two columns in a spreadsheet leaves the second one blank, and a
    second person there was read as nothing, the row assessed on the first person's death
    year alone (README Known limits). A second, different value is then the row's error
    ("a value under an empty header next to photographer"), so the row goes to review, never
    ok (Berne art. 7bis: a joint work runs from the last surviving author's death)."""
    blank = [i for i, w in enumerate(written) if i and not w.strip() and i < len(header)]
    if not blank:
        return header
    from copyright_check.vocabularies import headers  # only for a header with a blank cell

    again = headers().numbered_again
    out = list(header)
    for i in blank:
        if out[i - 1] in again:
            out[i] = out[i - 1]
    return tuple(out)


def _repeated_header(record: RawRecord, layout: Layout, rename: Callable[[str], str], at: int) -> str | None:
    """The note for a record that repeats the header, or None for a record that only
    begins like it ("id-7,…")."""
    cells = _parse(record.text, layout)
    if not cells or len(cells) <= at or rename(cells[at]) != "id":
        return None
    again = beside_person(tuple(rename(c) for c in cells), cells)
    if _named(again) == _named(layout.header):
        return "this line repeats the header (two exports joined into one file?): it is no record"
    shown = _excerpt(", ".join(c for c in cells if c.strip()), 120)
    return (f"this line repeats the header with other columns ({shown}): two exports joined into one "
            "file? The rows after it are read under the first header, so their cells may stand under "
            f"the wrong columns; split the file at line {record.line}")


def _named(header: tuple[str, ...]) -> tuple[str, ...]:
    """The header without blank names at its end (trailing delimiters)."""
    n = len(header)
    while n and not header[n - 1]:
        n -= 1
    return header[:n]


def no_id_column(path: Path | str, written: list[str]) -> InputError:
    """The file-level error for a header without an id column. A column the header
    vocabulary knows as an identifier ("Inventory number", "Inventarnummer") is named
    with the exact --map that reads it: without a profile only the record's own column
    names are read, and the user should not have to guess the spelling of the fix."""
    from copyright_check.vocabularies import headers  # only on this error path: start-up stays lean

    known = headers().fields
    ids = [w for w in written if known.get(normalise_header(w)) == "id"]
    shown = _excerpt(ids[0], 60) if ids else ""
    hint = f" (the column {shown!r} looks like it: --map {shown + '=id'!r})" if ids else ""
    return InputError(f"{path}: the header has no 'id' column (found: {_excerpt(', '.join(written[:50]))}); "
                      f"map one with --map 'COLUMN=id' or --profile{hint}")


def _parse(text: str, layout: Layout, literal: bool = False) -> list[str] | None:
    _cells_of_any_length()
    try:
        if literal:
            return next(csv.reader([text.rstrip("\r\n")], quoting=csv.QUOTE_NONE,
                                   **{**layout.reader_args(), "quotechar": None}), [])
        return next(csv.reader(io.StringIO(text, newline=""), **_known(layout)[1]), [])
    except csv.Error:
        return None


def parse_record(record: RawRecord, layout: Layout) -> RawRow | None:
    """One record into a row with per-cell errors; None for a blank line (not a record)."""
    errors: list[RowError] = []
    cells = _parse(record.text, layout, literal=record.unclosed)
    if record.unclosed:
        errors.append(RowError("(row)", f"line {record.line}: a quote is never closed; "
                               "the line was read without quoting"))
    if cells is None:
        cells = _parse(record.text, layout, literal=True) or []
        errors.append(RowError("(row)", f"line {record.line}: not valid CSV; read without quoting"))
    errors.extend(RowError("(row)", f"line {record.line}: {note}") for note in record.notes)
    return row_from_cells(record.line, cells, layout, errors, _suspect(record.text))


def parse_records(
    records: list[RawRecord], layout: Layout,
    careful: Callable[[RawRecord, Layout], RawRow | None] = parse_record,
) -> list[RawRow | None]:
    """parse_record for each record, in order, at the csv module's own speed: the records
    are nearly always well formed, so one csv reader reads a whole run of them (one text
    an input line of the reader) instead of one reader, one StringIO and one error list a
    record. The result is the same, row for row, because the reader is only trusted where
    it provably reads a record as parse_record would:
    - a record the cutter marked (a quote never closed, notes) or of another kind (a
      source's record with its error) goes to `careful` (parse_record, or sources.parse);
    - a record the reader fails on (csv.Error), or that it reads on into the next record's
      text (its `line_num` moved by more than one: a quote left open at its end), goes to
      `careful`, and so does every record that read took in;
    - otherwise the reader saw exactly the record's characters. parse_record reads the
      same characters split into lines; the only difference is an end of line between
      them, which the csv module ignores inside a quoted cell and which elsewhere ends the
      record, where the reader here could go on only over more line breaks (any other
      character is a csv.Error), which add nothing to a cell.
    Undecodable bytes are searched once in the whole run, and per record only if found."""
    out: list[RawRow | None] = []
    _cells_of_any_length()
    if layout.codec not in _UNICODE_CODECS:
        records = [_utf8_line(r, layout.codec) if type(r) is RawRecord and not r.text.isascii() else r
                   for r in records]
    distinct, args = _known(layout)
    header, written = layout.header, layout.written
    width = len(header)
    # A row's cells: a copy of this (the header's names in order, so no resizing) with each
    # value put in by index: a third of dict(zip(header, cells)), which builds a pair a cell
    # and grows the dict as it goes (~11k of a row's instructions at 24 columns; callgrind,
    # compiled). Nor named.update(zip(header, cells)): ~13k at 30 columns (the compiled
    # build's update takes any iterable, a sequence of pairs, each made a sequence again).
    blank = dict.fromkeys(header, "")
    quote, delimiter, skip_spaces = layout.quotechar, layout.delimiter, layout.skipinitialspace
    n = len(records)
    i = 0
    while i < n:
        j = i
        while j < n:
            r = records[j]
            if type(r) is not RawRecord or r.unclosed or r.notes:
                break
            j += 1
        if j > i:
            texts = [records[k].text for k in range(i, j)]
            joined = "".join(texts)
            # A run of characters below U+0100 alone (nearly every run of a Latin-script
            # catalogue): its cells, made of its characters, are composed (RawRow.composed).
            latin = _latin1(joined)
            damaged = not _readable(joined, latin)
            # An error text's first character, found as plain text: the regex runs only then.
            flagged = "#" in joined or "Err:" in joined
            # A byte order mark or DOS's end-of-file byte in the run: its rows go through
            # row_from_cells, which takes the mark off an id and drops the byte's line.
            odd = "\ufeff" in joined or "\x1a" in joined
            # No quote character and no NUL in the run (nearly every run of an export, and every
            # run of lines the workers read, reader._RunTest): the csv reader's record is the
            # text without its line end, cut at each delimiter, which str.split does in one C
            # pass (~4k instructions a 30-cell row against the reader's ~15k; callgrind,
            # compiled). _split_plain says why it is the same list.
            plain = not skip_spaces and quote not in joined and "\x00" not in joined
            reader = None if plain else csv.reader(texts, **args)
            done = 0  # texts read
            while done < len(texts):
                cells: list[str] | None
                if reader is None:
                    cells = _split_plain(texts[done], delimiter)
                    read = done + 1
                else:
                    try:
                        cells = next(reader)
                    except csv.Error:
                        cells = None
                    except StopIteration:  # not expected: each read takes at least one text
                        cells = None
                    read = max(reader.line_num, done + 1)
                if cells is None or read != done + 1:
                    out.extend(careful(records[i + k], layout) for k in range(done, min(read, len(texts))))
                    done = read
                    continue
                record = records[i + done]
                done = read
                bad = (damaged and _undecodable(record.text)) or (
                    flagged and _SHEET_ERROR.search(record.text) is not None)
                # A row with content (not a blank line): its id cell shows it, or any cell.
                if not bad and not odd and distinct and len(cells) == width and (
                        cells[0].strip() or "".join(cells).strip()):
                    named = blank.copy()
                    for c in range(width):
                        named[header[c]] = cells[c]
                    out.append(RawRow(record.line, named, None, [], cells, written, latin))
                else:
                    out.append(row_from_cells(record.line, cells, layout, [], bad))
        if j < n:
            out.append(careful(records[j], layout))
            j += 1
        i = j
    return out


def _split_plain(text: str, delimiter: str) -> list[str] | None:
    """What the csv reader (reader_args: no escape character, spaces kept) makes of one
    record's text holding no quote character and no NUL, or None where it would fail. Such
    a text is unquoted cells: each cell runs to the next delimiter, and the first line break
    ends the record, the reader taking any line breaks after it as the end of that line
    (its EAT_CRNL state) but failing on any other character after them ("new-line character
    seen in unquoted field"). A text of line breaks alone is a blank line: no cells."""
    body = text.rstrip("\r\n")
    if "\n" in body or "\r" in body:
        return None
    return body.split(delimiter) if body else []


# Records parsed together by read_rows (parse_records): enough to spread a csv reader's
# start over many rows, few enough to keep memory flat. A run also ends at READ_CHARS of
# text: a wide export (thousands of short cells a row, 100,000 characters) parsed 1,000 rows
# at a time held a dict of every cell of each, ~20 times the input (review 11, B4).
READ_RUN = 1000
READ_CHARS = 1 << 18


def read_rows(path: Path | str, encoding: str | None = None) -> Iterator[RawRow]:
    """Yields every data row, streaming."""
    with open_records(path, encoding) as (layout, records):
        yield from parsed_rows(records, layout)


def parsed_rows(
    records: Iterator[RawRecord], layout: Layout,
    careful: Callable[[RawRecord, Layout], RawRow | None] = parse_record,
) -> Iterator[RawRow]:
    """Every row of a stream of records (blank ones left out), READ_RUN records at a time
    (parse_records)."""
    for run in bounded_runs(records, READ_RUN, READ_CHARS):
        for row in parse_records(run, layout, careful):
            if row is not None:
                yield row


def bounded_runs(records: Iterator[RawRecord], count: int, chars: int) -> Iterator[list[RawRecord]]:
    """The records in runs of `count`, a run ending early once its text reaches `chars`
    characters (a run of wide rows holds few of them)."""
    run: list[RawRecord] = []
    size = 0
    for record in records:
        run.append(record)
        size += len(record.text)
        if len(run) >= count or size >= chars:
            yield run
            run = []
            size = 0
    if run:
        yield run


# The codecs whose text is not a single-byte code page's (codecs' names): _utf8_line reads only
# the others.
_UNICODE_CODECS: Final = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                    "utf-32-le", "utf-32-be"})


def _export_letter(c: str) -> str:
    """The script of a letter the single-byte code pages write ("Latin" with its marks up to
    Latin Extended-A, the basic "Greek" and "Cyrillic" alphabets), "" for any other letter: a
    pair of code-page signs that happens to be well-formed UTF-8 gives a rarer one (Mac Roman's
    quote and E acute are Armenian U+0543, review 26d F2; Polish "ÓŁ" in Windows-1250 is
    Cyrillic U+04E3, Czech "ÉŽ" Latin Extended-B U+024E, the Ukrainian word for "no" in
    Windows-1251 Greek U+0373: review 29h N1)."""
    if "\u00c0" <= c <= "\u017f":
        return "Latin" if c not in "\u00d7\u00f7" else ""
    if "\u0386" <= c <= "\u03ce":
        return "Greek"
    if "\u0400" <= c <= "\u045f":
        return "Cyrillic"
    return ""


def _export_sign(c: str) -> bool:
    """Whether a character that is no letter is one an export may write: the Latin-1 signs
    (no-break space, soft hyphen, degree, fractions, multiplication, the ordinals º and ª), and
    any symbol, punctuation, space or format character (a check mark, an arrow, a bullet, a
    narrow no-break space): what a code page's own text makes by chance is a letter of another
    script or a mark (_export_letter), not these (review 29h W2: one check mark or
    multiplication sign in a UTF-8 row kept it garbled)."""
    if "\u00a0" <= c <= "\u00bf" or c in "\u00d7\u00f7":
        return True
    category = unicodedata.category(c)
    return category[0] in "SPZ" or category == "Cf"


def plausible_utf8(text: str) -> bool:
    """Whether text read as UTF-8 from bytes that a code page also reads is what an export writes
    (letters of one script a word, the signs an export uses, the combining marks of text written
    decomposed on a Mac after a Latin letter), rather than a code page's text that happens to form
    well-formed UTF-8 ("PÓŁNOC" in Windows-1250 reads "PӣNOC": _export_letter)."""
    script = ""
    previous = ""
    for c in text:
        if c.isascii():
            if c.isalpha():
                if script not in ("", "Latin"):
                    return False
                script = "Latin"
            elif not c.isdigit():
                script = ""
            previous = c
            continue
        if "\u0300" <= c <= "\u036f":
            if not (previous.isascii() and previous.isalpha()) and _export_letter(previous) != "Latin":
                return False
            continue
        if _export_sign(c):  # before letters: the ordinals º and ª are letters to Unicode
            script = ""
        elif c.isalpha():
            kind = _export_letter(c)
            if not kind or (script and kind != script):
                return False
            script = kind
        else:
            return False
        previous = c
    return True


def _utf8_line(record: RawRecord, codec: str) -> RawRecord:
    """A record of a file read in a single-byte code page whose bytes are well-formed UTF-8
    text an export writes (plausible_utf8): a UTF-8 row in a Windows-1252 export (two exports
    joined, or rows pasted in from another program). The code page is chosen from the file's
    opening megabyte without such lines (detect_encoding), or given (--encoding); read in it,
    such a row's "Väggmålning" is "VÃ¤ggmÃ¥lning", and the title's words that stop an ok are
    not seen (review 29c G1: a mural typed landscape was ok). A code page's own text seldom
    gives such bytes in a whole line: a letter's two bytes in UTF-8 read as a capital letter with
    a mark followed by a sign ("Ã¤"), and text that happens to form some (Ö then an en dash)
    decodes to no letter an export writes, or to letters of two scripts in one word. The row is
    read as UTF-8, which it is, and says so in its error: an ok never rests on a row read
    otherwise than its file."""
    try:
        text = record.text.encode(codec).decode("utf-8")
    except UnicodeError:
        return record
    if not plausible_utf8(text):
        # Well-formed UTF-8 all the same: a UTF-8 row with a letter of another script
        # ("Nguyễn", "Ștefan", "Памʼятник"), or, seldom, a code page's own text. Either reading
        # may be wrong, so no ok rests on it (review 29i W2: such a row stayed garbled and ok).
        note = (f"the line's bytes are also well-formed UTF-8, though the file is read as {codec}: if the "
                "row was written in UTF-8 (two exports joined?), it is misread here; read as written in "
                f"{codec}; save the whole file in one encoding and assess it again")
        return RawRecord(record.line, record.text, record.unclosed, (*record.notes, note))
    note = (f"the line's bytes are UTF-8 text, though the file is read as {codec} (two exports "
            "joined?): the row is read as UTF-8; save the whole file in one encoding and assess it again")
    return RawRecord(record.line, text, record.unclosed, (*record.notes, note))


def row_from_cells(
    line: int, cells: list[str], layout: Layout, errors: list[RowError] | None = None,
    damaged: bool = True,
) -> RawRow | None:
    """One row's cells (in header order) into a RawRow; None for a row with no content
    (a blank line, or a spreadsheet's padding of empty cells). `damaged` says a cell may
    hold undecodable bytes or left-out text (False skips the per-cell search)."""
    header, written = layout.header, layout.written
    errors = errors if errors is not None else []
    if cells and cells[0].startswith("\ufeff"):
        # A byte order mark before a data row: a second UTF-8 export pasted after the first
        # without its header. It is no part of the id ("\ufeffR1" is R1, whose repeat is then
        # found; review 15 M1).
        cells = [cells[0][1:], *cells[1:]]
    content = "".join(cells).strip()
    if not content or content == "\x1a":
        # No cells, or only blank ones; or DOS's end-of-file byte alone on the last line (what
        # DOS-era databases and `copy /a` end a file with): no record either.
        return None
    if not damaged and len(cells) == len(header) and _known(layout)[0]:
        # The common row: a cell under each column, each name once, nothing to clean.
        # zip without strict=True: the length is checked above, and the check costs a
        # tenth of the dict.
        return RawRow(line, dict(zip(header, cells)), None, errors, cells, written)  # noqa: B905
    if len(cells) > len(header):
        extra = [c for c in cells[len(header):] if c.strip()]
        if extra:
            errors.append(RowError("(row)", f"{len(cells)} cells but the header has "
                                   f"{len(header)}; extra cells ignored"))
    elif len(cells) < _named_width(written):
        # A short row has two real causes: an export that drops the empty cells at the end
        # of a row (harmless), and a row that lost a cell in the middle, whose later cells
        # then stand under the wrong columns (a year read as a death year: it can lie). The
        # row does not say which, so it is read (missing cells empty) and reported as a long
        # row is: an ok never rests on it (needs-review-unreadable-cells), while a known
        # block still decides. A volunteer would rather check a harmless row than upload a
        # shifted one, and an export that drops trailing cells is fixed once, by exporting
        # every column.
        errors.append(RowError("(row)", f"{len(cells)} cells but the header has {_named_width(written)}; "
                               "the missing cells are read as empty. If the export left out empty cells "
                               "at the end, export every column; if a cell was lost in the middle, the "
                               "cells after it stand under the wrong columns"))
    normalised: dict[str, str] = {}
    conflicted: list[str] = []
    original: dict[str, str] = {}
    values: list[str] = []
    for i, name in enumerate(header):
        value = cells[i] if i < len(cells) else ""
        if damaged and value:
            if MARKER in value:
                errors.append(RowError(name, f"cell is {marked_length(value)} characters long "
                                       f"(starts {unmarked(value)[:60]!r}); read as unknown"))
                value = ""
            elif _undecodable(value):
                errors.append(RowError(name, "holds bytes that cannot be read (not valid in "
                                       "the file's encoding, or NUL); read as unknown"))
                value = ""
            elif (shown := sheet_error(value)):
                errors.append(RowError(name, f"the cell holds a spreadsheet error {shown} (a formula that "
                                       "failed in the spreadsheet program, e.g. a lookup that found "
                                       "nothing); read as unknown"))
                value = ""
        if normalised.get(name):
            if value and value != normalised[name]:
                if (span := _years_span(name, normalised[name], value)):
                    normalised[name] = span
                elif _unnamed(written[i]):
                    shown = value if len(value) <= 80 else value[:80] + "…"
                    errors.append(RowError(name, f"a value under an empty header next to {name} ({shown!r}, column "
                                           f"{i + 1}; a header cell merged over two columns, or left empty): a second "
                                           f"{name} there is not read; the first is used, and no ok rests on it (give "
                                           "each person a column with its own header, or several in one cell joined "
                                           "by ';')"))
                else:
                    errors.append(RowError(name, _twice(name)))
                    if name in UNREAD_ON_CONFLICT:
                        conflicted.append(name)
        else:
            normalised[name] = value
        original.setdefault(written[i], value)
        values.append(value)
    for name in conflicted:
        normalised[name] = ""
    return RawRow(line, normalised, original, errors, values)


_BLANK_NAMED = datacache.pattern(r"column [A-Z]{1,3}")


def _unnamed(written: str) -> bool:
    """A header cell left blank: empty in a CSV, `column G` as a spreadsheet's is named
    (sources._name_blank_headers)."""
    return not written.strip() or _BLANK_NAMED.fullmatch(written) is not None


# Date fields an export may give as two columns, the period's first and last year
# (Axiell/Adlib production.date.start and .end, DigitaltMuseum fromYear and toYear).
SPAN_FIELDS = frozenset(("image_date", "published_date", "depicted_date"))
_PLAIN_YEAR = datacache.pattern(r"\s*\d{4}\s*")


def spelled_twice(row: Mapping[str, str | None], cells: dict[str, str],
                  names: Sequence[str] | None = None) -> list[RowError]:
    """A library caller's row (a merged or renamed DataFrame) that gives one field under two
    spellings ("photographer_death_year" and "Photographer Death Year"), read as a file's
    header is (review 9, R4): `cells` (normalise_keys(row): the first non-empty cell kept)
    gets a date field's two plain years as their span, and a second different value is the
    row's error, as a file's repeated column is, so that no ok rests on the first alone."""
    if len(row) == len(cells):  # every key its own field: nothing given twice
        return []
    errors: list[RowError] = []
    seen: dict[str, str] = {}
    conflicted: set[str] = set()
    for i, (key, raw) in enumerate(row.items()):
        if key is None:
            continue
        value = raw if isinstance(raw, str) else ""
        name = names[i] if names is not None else normalise_header(key)
        first = seen.get(name)
        if not first:
            seen[name] = value
        elif value and value != first:
            if (span := _years_span(name, first, value)):
                cells[name] = seen[name] = span
            elif names is not None and normalise_header(key) != name:
                shown = value if len(value) <= 80 else value[:80] + "…"
                errors.append(RowError(name, f"a second {name} under the key {key!r} ({shown!r}: a repeated or "
                                       "merged header, numbered or left blank by the program that read the "
                                       "file) is not read; the first is used, and no ok rests on it (give each "
                                       "person a column with its own header, or several in one cell joined by ';')"))
            else:
                errors.append(RowError(name, _twice(name)))
                if name in UNREAD_ON_CONFLICT:
                    conflicted.add(name)
    for name in conflicted:
        cells[name] = ""
    return errors


def _twice(name: str) -> str:
    """The error of a field's column given twice with different values."""
    if name in UNREAD_ON_CONFLICT:
        return "column appears twice with different values; neither is read, and no ok rests on either"
    return "column appears twice with different values; the first is used"


def unread_fields(names: Iterable[str], rename: Callable[[str], str]) -> list[tuple[str, str]]:
    """(column, field) for each column that the header vocabulary knows as a record field
    ("License", "Inventarnummer", "Fotograf dödsår") but that is not read as one (`rename`: no
    profile or --map names it, and it is not the field's own name), in the header's order: the
    fact is in the file but would silently be unknown. A column that in a recognised system's
    export holds something else (Europeana's country: the provider's, vocabularies/exports.yaml)
    is none. What Mapping.unread tells the user and lookalike_columns compares, found in one place."""
    from copyright_check.vocabularies import export_codes, recognised_exports  # only for such a header

    given = list(names)
    found = [(n, f) for n in given if (f := lookalike_field(n)) in COLUMNS
             and (r := rename(n)) not in COLUMNS and not r.endswith(NOT_READ_SUFFIX)]
    if found:
        provider = {h for name in recognised_exports(given) for h in export_codes()[name].provider_columns}
        found = [(n, f) for n, f in found if normalise_header(n) not in provider]
    return found


# What sources.py renames a spreadsheet's hidden column to where it repeats a visible column's
# field: a name no record field has, passed through unread (review 12 C8: the visible one
# decides), and no look-alike by a word inside it either (part_field).
HIDDEN_SUFFIX: Final = " (hidden column)"
_HIDDEN_PART: Final = normalise_header(HIDDEN_SUFFIX.strip())
_NOT_READ_PART: Final = "_" + normalise_header(NOT_READ_SUFFIX.strip())


def lookalike_field(name: str) -> str | None:
    """The record field a column's or a JSON key's name says it holds: a header of the field
    (vocabularies/headers.yaml), else a word inside it (header_parts, then the weaker
    rights_parts: a licence word decides first), else None."""
    from copyright_check.vocabularies import headers  # only for such a name

    if name.endswith(NOT_READ_SUFFIX) or name.endswith(_NOT_READ_PART):
        return None  # mapped to no field (record.NOT_A_FIELD): the key its cells are read by
    known = headers()
    h = normalise_header(name)
    return (known.fields.get(h) or part_field(h, known.header_parts, known.header_parts_except)
            or pair_field(name, known.header_pairs)
            or part_field(h, known.rights_parts, known.rights_parts_except))


def pair_field(name: str, pairs: tuple[tuple[frozenset[str], frozenset[str], str], ...]) -> str | None:
    """The field a header as written names by a whole word of each of two lists
    (vocabularies/headers.yaml, header_pairs: "Origin country of artwork", "Country of origin
    (object)", "objectOriginCountry"), or None."""
    if not pairs or normalise_header(name).endswith(_HIDDEN_PART):
        return None
    words = name_words(name)
    return next((f for one, two, f in pairs if one & words and two & words), None)


def part_field(header: str, parts: tuple[tuple[str, str], ...], excepted: Mapping[str, tuple[str, ...]]) -> str | None:
    """The field a header names by a word inside it (vocabularies/headers.yaml, header_parts:
    `Bildlicens`, `mediaLicense`), None where it holds none, or a word that names a person
    beside it (header_parts_except: `Licensinnehavare`, `Lizenzgeber`): an image's licence
    column an export adds beside the catalogue's is not in the header list under its own name."""
    if header.endswith(_HIDDEN_PART):
        return None
    for part, field_ in parts:
        if part in header:
            return None if any(w in header for w in excepted.get(field_, ())) else field_
    return None


def lookalike_columns(names: Iterable[str], rename: Callable[[str], str],
                      assumed: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    """(column, field) for each column of this header (names as the row's cells are keyed)
    that the header vocabulary knows as a record field but that is not read as one
    (unread_fields): where another column holds that field, for the compared fields only
    (vocabularies/headers.yaml, compared_lookalikes: `license` beside `licence`); where none
    does, for every field (`Rättighetsinnehavare` alone: review 19 G5). Worked out once per
    header (lookalikes_of)."""
    from copyright_check.vocabularies import (  # only for a header with such a column
        headers,
        publish_flag_kind,
    )

    known = headers()
    compared = known.compared_lookalikes
    given = list(names)
    read = {rename(n) for n in given}
    unread = unread_fields(given, rename)
    pairs = [(n, f) for n, f in unread if f not in read or f in compared]
    # A column saying whether to publish the image at all (headers.yaml, publish_flags; read by
    # lookalikes_disagree, _withholds): whole, it withholds the row unless it says yes; begun by a
    # flag's words ("Publish to Commons"), where it says no. The same asked the other way round
    # ("Do not publish", "Spärrad", "Embargo": withhold_flags) withholds unless it says no.
    stops = known.publish_flag_stops
    # A column mapped to no field (record.NOT_A_FIELD) is none of these either.
    others = [n for n in given if (r := rename(n)) not in COLUMNS and not r.endswith(NOT_READ_SUFFIX)
              and not n.endswith(NOT_READ_SUFFIX)]
    kinds = {n: publish_flag_kind(n, known.publish_flags, stops) for n in others}
    held = [n for n in others if not kinds[n] and publish_flag_kind(n, known.withhold_flags, stops)]
    flags = [n for n in others if kinds[n]]
    pairs += [(n, PUBLISH if kinds[n] == "whole" else PUBLISH_BEGUN) for n in flags] + [(n, WITHHOLD) for n in held]
    flags += held
    if "licence" in read or "licence" in assumed:
        # (A batch's licence too: it is checked against them before it fills a row's empty
        # cell, mapping._lookalike_against; review 32d F3: `Nutzung` CC BY-NC 4.0 beside
        # --assume licence=CC0 and no licence column was ok {{Cc-zero}}.)
        # Any other column no field is read from is compared with the licence where its cell
        # reads as a licence or rights statement, whatever its header (compared_values: the
        # weaker look-alikes' reading): `Återanvändning`, `Usage`, `Credit line`, `©`, exiftool's
        # `UsageTerms` holding "CC BY-NC-ND 4.0" or "All rights reserved" beside the catalogue's
        # CC0 were ok {{Cc-zero}} (review 25d: 48 of 65 such headers).
        named = {n for n, _ in unread} | set(flags)
        pairs += [(n, "licence") for n in others if n not in named and not n.endswith(HIDDEN_SUFFIX)]
    return tuple(pairs)


# Per header (a row's cell keys) and the owner of its `rename` (a Mapping, or None for a
# library caller's keys already named as fields): its look-alike columns. A file has one
# header, a library caller a few: bounded, cleared when full.
_LOOKALIKES: dict[tuple[int, tuple[str, ...]], tuple[object, tuple[tuple[str, str], ...]]] = {}
_LOOKALIKE_HEADERS: Final = 64


def lookalikes_of(
    names: tuple[str, ...], rename: Callable[[str], str], owner: object, assumed: frozenset[str] = frozenset()
) -> tuple[tuple[str, str], ...]:
    """lookalike_columns(names, rename), worked out once per header and `owner` (what `rename`
    belongs to: the same owner always gives the same rename; a Mapping is no dict key, so its
    address is). The owner is kept with its entry, so while the entry stands no other object
    can take that address."""
    key = (id(owner), names)
    found = _LOOKALIKES.get(key)
    if found is None:
        if len(_LOOKALIKES) >= _LOOKALIKE_HEADERS:
            _LOOKALIKES.clear()
        found = _LOOKALIKES[key] = (owner, lookalike_columns(names, rename, assumed))
    return found[1]


def lookalikes_disagree(cells: dict[str, str], pairs: tuple[tuple[str, str], ...],
                        assumed: frozenset[str] = frozenset()) -> list[RowError]:
    """The row's error for each look-alike column (lookalike_columns) that holds a value the
    row does not read: one other than its field's, where another column holds the field (which
    of the two is current the file does not say: an export that kept an old `licence` beside a
    `License` set to CC BY-NC after a rights review; review 18 G15: ok on the first licence
    column, the NC one passed through unread with a note on stderr only), or any value, where
    none does (review 19 G5: `Rättighetsinnehavare` "okänd", `Aufnahmestandpunkt` "aerial", read
    as nothing, left ok rows the same cells under their own names block). Values are compared
    as words (case, spaces). A title or holder so contradicted is read as neither
    (UNREAD_ON_CONFLICT): its cell emptied here. A cell that names nothing ("-", "N/A":
    record.names_no_one) says nothing to compare (review 32a N3). A field the batch assumes
    (`assumed`) with no column read as it is compared with the assumption instead
    (mapping.Mapping.prepare), not made an error here."""
    from copyright_check.record import names_no_one  # only for a row with a look-alike

    errors: list[RowError] = []
    for column, field_ in pairs:
        other = (cells.get(column) or "").strip()
        if not other:
            continue
        if field_ in (PUBLISH, PUBLISH_BEGUN, WITHHOLD):
            if _withholds(field_, other):
                errors.append(RowError(WITHHELD, f"the column {column!r} says {_excerpt(other, 80)!r}: the export "
                                       "marks this image as not to be published, so no ok rests on the row, whatever "
                                       "its copyright (publish it in the catalogue first, or --map the column to "
                                       "what it holds if it means something else)"))
            continue
        values = compared_values(column, other)
        if not values or names_no_one(other):
            continue  # "Bildrättigheter" holding a holder's name, not a licence: nothing to compare
        shown = other if len(other) <= 80 else other[:80] + "…"
        if field_ not in cells:
            if field_ in assumed:
                continue
            errors.append(RowError(field_, f"the column {column!r} looks like {field_} and says {shown!r}, but is not "
                                   f"read as it (no profile or --map names it) and no column is read as {field_}: "
                                   f"no ok rests on {field_} read as empty (--map '{column}={field_}', or a profile "
                                   "made by `copyright-check profile`)"))
            continue
        own = (cells.get(field_) or "").strip()
        if any(disagree(field_, own, v) for v in values):
            errors.append(RowError(field_, f"the column {column!r}, which looks like {field_} but is not read as it, "
                                   f"says {shown!r}, where {field_} says {own!r}: which is current the file does "
                                   "not say, so no ok rests on either (remove the out-of-date column, or --map it "
                                   "to the field it holds)"))
            if field_ in UNREAD_ON_CONFLICT:
                cells[field_] = ""
    return errors


def lookalike_values(cells: dict[str, str], pairs: tuple[tuple[str, str], ...],
                     field_: str) -> list[tuple[str, str]]:
    """(column, value) for each look-alike column of `field_` (lookalike_columns) whose cell
    holds something to compare (compared_values; not a cell that names nothing): what a batch's
    assumption of the field is checked against before it fills the row's empty cell
    (mapping.Mapping.prepare)."""
    from copyright_check.record import names_no_one  # only for a row with a look-alike

    found: list[tuple[str, str]] = []
    for column, f in pairs:
        if f != field_:
            continue
        other = (cells.get(column) or "").strip()
        if other and (values := compared_values(column, other)) and not names_no_one(other):
            found += [(column, v) for v in values]
    return found


# lookalike_columns' pseudo-fields for a publish flag's column (headers.yaml, publish_flags) and
# for one asking the other way round (withhold_flags).
PUBLISH: Final = "(publish)"
PUBLISH_BEGUN: Final = "(publish, begun)"
WITHHOLD: Final = "(withhold)"
# Invisible characters a cell may begin with (a zero-width space, a byte order mark): no word.
_INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff"


_FIRST_SIGN: Final = datacache.pattern(r"[^\W_]+|[^\w\s]")


def _says_no(cell: str) -> bool:
    """Whether a publish flag's cell says no, whole or by its first word (rules/vocabulary.yaml
    no_words and vocabularies/headers.yaml publish_no_words: "Nej", "nei", "FALSE", "0", "Nej, ej
    klar", "no!", "Not yet", "Spärrad", "✗")."""
    from copyright_check.vocabularies import headers  # only for such a column
    from copyright_check.vocabulary import vocabulary

    return _says(cell, vocabulary().no_words, headers().publish_no_words)


def _says_yes(cell: str) -> bool:
    """Whether a publish flag's cell says yes, whole or by its first word (rules/vocabulary.yaml
    yes_words: "Ja", "yes", "x", "TRUE"; vocabularies/headers.yaml publish_yes_words: "Godkänd",
    "Approved", "OK"). Anything else in a whole flag's cell ("Pending", "On hold", "-", "2030")
    withholds the row (review 26f F3)."""
    from copyright_check.vocabularies import headers  # only for such a column
    from copyright_check.vocabulary import vocabulary

    return _says(cell, vocabulary().yes_words, headers().publish_yes_words)


def _withholds(kind: str, cell: str) -> bool:
    """Whether a publish or withhold flag's cell (lookalike_columns: PUBLISH, PUBLISH_BEGUN,
    WITHHOLD) keeps the image back. A withhold flag's own no is no_words alone: its cell may
    repeat its header ("Spärrad: Spärrad"), which publish_no_words holds."""
    if kind == PUBLISH:
        return not _says_yes(cell)
    if kind == PUBLISH_BEGUN:
        return _says_no(cell)
    from copyright_check.vocabulary import vocabulary  # only for such a column

    return not _says(cell, vocabulary().no_words, frozenset())


def _says(cell: str, words: frozenset[str], more: frozenset[str]) -> bool:
    """Whether a cell is one of `words` or `more`, whole or by its first word or sign (quotes,
    invisible characters and a closing "." or "!" around it dropped)."""
    low = lower(cell.strip(_INVISIBLE + " \t\r\n\"'\u201c\u201d\u2018\u2019")).rstrip(".!")
    if low in words or low in more:
        return True
    first = _FIRST_SIGN.search(low)
    return first is not None and (first.group() in words or first.group() in more)


@lru_cache(maxsize=256)
def weak_lookalike(column: str) -> bool:
    """Whether a look-alike column is one by a weaker word alone (vocabularies/headers.yaml,
    rights_parts: "Bildrättigheter", "Image rights", "Nutzungsbedingungen"): its header is no
    field's, holds no header_parts word and no header_pairs words. Such a column is compared
    with the licence only where its cell reads as a licence (reads_as_licence): it holds a
    holder's name as often."""
    from copyright_check.vocabularies import headers  # only for a header with such a column

    known = headers()
    h = normalise_header(column)
    return (h not in known.fields and not any(part in h for part, _ in known.header_parts)
            and pair_field(column, known.header_pairs) is None)


def compared_values(name: str, other: str) -> tuple[str, ...]:
    """What of a look-alike's cell is compared with its field: the cell; for a look-alike by a
    weaker word alone (weak_lookalike: `Copyright`, `Bildrättigheter`), the cell where it reads
    as a licence or rights statement, else its parts that do, between commas, semicolons,
    slashes, bars or sentences ("© Nordiska museet, CC BY-NC-ND 4.0", "© Foto AB. All rights
    reserved.": review 25e P6, the holder beside the licence hid it), none where none does (a
    holder's name alone: nothing to compare)."""
    if not weak_lookalike(name):
        from copyright_check.vocabularies import COUNTRY_FIELDS, headers  # only for a row with a look-alike

        known = headers()
        if normalise_header(name) not in known.fields and (
                field_ := pair_field(name, known.header_pairs)) is not None and field_ in COUNTRY_FIELDS:
            # Found by its words alone ("Object origin"): a look-alike of a country only where its
            # cell names one ("Gift of Anna Berg 1962", "1921" is provenance; review 32a N1).
            return (other,) if countries_named(other, codes=True) else ()
        return (other,)
    from copyright_check.licences import could_name_licence  # only for such a cell

    may = could_name_licence(other)
    rights = _rights_worded(name)
    if may and reads_as_licence(other) and (rights or _grants_or_reserves(other)):
        return (other,)
    if rights:
        from copyright_check.record import holder_unknown  # only for such a cell

        if holder_unknown(other):
            # A rights column saying the rights are reserved, not cleared, not to be published
            # or unknown ("Rättigheter ej utredda", "Ej för publicering", "In copyright -
            # rights-holder(s) unlocatable": the rights_holder column's no-release words): no
            # release beside the licence, which the two cells' words then tell apart (review
            # 25d: such rows were ok on the licence column).
            return (other,)
    if not may:
        return ()
    parts = [p for p in (q.strip(" .") for q in _LICENCE_PARTS.split(other)) if p and reads_as_licence(p)]
    # A Creative Commons licence written with more after it ("CC BY-NC-ND 4.0 Lennart Nilsson").
    parts += [m.group(0) for m in _CC_INSIDE.finditer(other) if reads_as_licence(m.group(0))]
    if not rights:
        # A column that is not about rights (a note, keywords, a credit): only a licence that
        # grants or reserves, written as no everyday word is ("Harris & Ewing, Inc.", "Fri,
        # Norway", a keyword "copyright"), and never a claim that the work is PD, which a note
        # beside the licence cannot contradict (review 25f P2-P4).
        parts = [p for p in parts if _grants_or_reserves(p)]
    return tuple(dict.fromkeys(parts))


# Where a rights cell's parts divide: a comma, semicolon, slash, bar, or a sentence's end.
_LICENCE_PARTS: Final = datacache.pattern(r"[,;/|]|\.\s+")
# A Creative Commons licence's short name inside a longer text.
_CC_INSIDE: Final = datacache.pattern(r"(?i)\bcc[ -]by(?:[ -](?:nc|nd|sa)){0,3}(?:[ -]\d\.\d)?(?:[ -][a-z]{2}\b)?")


def _grants_or_reserves(cell: str) -> bool:
    """Whether a cell reads as a licence that grants or reserves, written as no everyday word
    is (compared_values, for a column that is not about rights)."""
    from copyright_check.licences import LicenceClass, alone_ambiguous, parse_licence  # only for such a cell

    return not alone_ambiguous(cell) and parse_licence(cell).cls in (LicenceClass.FREE, LicenceClass.NOT_FREE)


@lru_cache(maxsize=256)
def _rights_worded(name: str) -> bool:
    """Whether a column's header holds a word of rights (vocabularies/headers.yaml,
    rights_parts: `Copyright`, `Rättighetsstatus`, `Image rights`), not only a cell that reads
    as a licence under any header."""
    from copyright_check.vocabularies import headers  # only for a header with such a column

    known = headers()
    return part_field(normalise_header(name), known.rights_parts, known.rights_parts_except) is not None


def reads_as_licence(cell: str) -> bool:
    """Whether the licence reader reads a cell as a licence, a mark or a rights statement
    ("CC BY-NC-ND 4.0", "Public domain", "Alla rättigheter förbehållna", "InC")."""
    from copyright_check.licences import LicenceClass, parse_licence  # only for such a cell

    return parse_licence(cell).cls in (LicenceClass.FREE, LicenceClass.MARK, LicenceClass.NOT_FREE)


def disagree(field_: str, own: str, other: str) -> bool:
    """Whether a look-alike's value says otherwise than the field's own non-empty cell: other
    words (case and spaces aside), and for a licence not the same licence in other words
    (same_licence). An empty own cell is nothing to disagree with."""
    return bool(own) and " ".join(other.casefold().split()) != " ".join(own.casefold().split()) \
        and not same_licence(field_, own, other) and not same_country(field_, own, other)


def country_named(cell: str, codes: bool = False) -> str | None:
    """The country a cell names, whole, as the batch's country cells are read (its code), or
    None: a name ("Mexiko", "Frankrike", "Mexico"); a two- or three-letter cell only where
    `codes` (an assumption's own value), as elsewhere "NO" or "IT" may be a yes, a no or an
    abbreviation of anything."""
    if len(cell) > _LONGEST_COUNTRY or (len(cell) < 4 and not codes):
        return None  # no country's name is that long: free text, a note
    seen = _COUNTRY_CODES_SEEN if codes else _COUNTRY_NAMES_SEEN
    found = seen.get(cell)
    if found is None:
        found = recall(seen, cell)
        if found is None:
            found = _country_named(cell, codes)
        remember(seen, cell, found)
    return found or None


def countries_named(cell: str, codes: bool = False) -> frozenset[str]:
    """The countries a short cell names: the whole cell (country_named), or each of its parts
    between commas, semicolons, slashes or bars, a doubt's question mark or brackets taken off
    ("Paris, Frankrike", "Coyoacán, Mexiko", "Mexiko / Sverige", "Mexiko?"): a place written
    as an address names its country last, and a doubted or a second country is a country
    named all the same (review 32d F1, F6). A longer cell is free text, and one with a digit a
    number, a date or an address: none is read."""
    if len(cell) > _LONGEST_PLACE or _DIGIT.search(cell) is not None:
        # A cell with a digit is an inventory number, a date, an address or a measure: no
        # country is named in it as a row's fact (and each such cell is read once, found fast).
        return frozenset()
    seen = _COUNTRIES_CODES_SEEN if codes else _COUNTRIES_SEEN
    found = seen.get(cell)
    if found is None:
        found = recall(seen, cell)
        if found is None:
            parts = [p.strip(_AROUND_A_NAME) for p in _PLACE_PARTS.split(cell)]
            found = frozenset(c for p in parts if p and (c := country_named(p, codes)) is not None)
        remember(seen, cell, found)
    return found


def _country_named(cell: str, codes: bool) -> str:
    from copyright_check.countries import CountryError, to_alpha2
    from copyright_check.translate import translate

    text = cell.strip().strip(_AROUND_A_NAME)
    if not text or (len(text) < 4 and not codes) or _DIGIT.search(text):
        return ""
    read = translate("depicted_country", text)
    if read == "":
        return ""  # a word for unknown
    try:
        return to_alpha2(text if read is None else read) or ""
    except CountryError:
        return ""


# country_named's cells already read ("" for none), by whether a code counts, and
# countries_named's (cellmemo.py bounds them): an export's unread columns repeat their words
# from row to row, and each is looked at for every row where a batch assumes a country
# (mapping._country_against).
_COUNTRY_NAMES_SEEN: Final[dict[str, str]] = {}
_COUNTRY_CODES_SEEN: Final[dict[str, str]] = {}
_COUNTRIES_SEEN: Final[dict[str, frozenset[str]]] = {}
_COUNTRIES_CODES_SEEN: Final[dict[str, frozenset[str]]] = {}
# The longest cell read as a country's name: "The United Kingdom of Great Britain and Northern
# Ireland" and its kind are under it; a longer cell is a note or a description. A place written
# out with its country ("Coyoacán, Mexico City, Mexiko") is read up to _LONGEST_PLACE.
_LONGEST_COUNTRY: Final = 64
_LONGEST_PLACE: Final = 80
_PLACE_PARTS: Final = re.compile(r"\s*[,;/|]\s*")
_AROUND_A_NAME: Final = " \t?!.()[]\"'"
_DIGIT: Final = re.compile(r"\d")


def same_country(field_: str, own: str, other: str) -> bool:
    """Whether two cells of a country field name one country in other words ("MX" beside
    "Mexico", "Sverige" beside "SE", "Coyoacán, Mexiko" beside "MX"), each read as the batch's
    cells are (countries_named); a cell read as no country, or as two, is no match: its words
    decide."""
    from copyright_check.vocabularies import COUNTRY_FIELDS  # only for two country cells

    if field_ not in COUNTRY_FIELDS:
        return False
    a = countries_named(own, codes=True)
    return len(a) == 1 and countries_named(other, codes=True) == a


def same_licence(field_: str, own: str, other: str) -> bool:
    """Whether two licence cells name one licence in other words: an export's `Licence URL`
    beside its `Licence` ("https://creativecommons.org/licenses/by/4.0/" beside "CC BY 4.0"),
    each read by the licence reader as the same licence with its template. A cell it cannot
    read is no match: its words decide."""
    if field_ != "licence":
        return False
    from copyright_check.licences import LicenceClass, parse_licence  # only for two licence cells

    a, b = parse_licence(own), parse_licence(other)
    if a.cls is LicenceClass.MARK and b.cls is LicenceClass.MARK:
        # Two claims that the image is PD ("PDM" beside "Public domain", "No known copyright
        # restrictions"): neither is a release, the PD finding stands on its own either way
        # (review 25e P7: such rows went to a person).
        return True
    return a.cls not in (LicenceClass.UNRECOGNISED, LicenceClass.NONE) and (a.id, a.cls, a.template) == (
        b.id, b.cls, b.template)


def _years_span(name: str, first: str, second: str) -> str:
    """Two columns of one date field holding two years, the earlier first (a start and an
    end column both mapped to it): the span between them ("1920/1925"), read as any span
    is: mapped to the start alone, a photo of 1920-1925 was read as made in 1920. ""
    otherwise (the columns disagree: the row's error)."""
    if name not in SPAN_FIELDS or not (_PLAIN_YEAR.fullmatch(first) and _PLAIN_YEAR.fullmatch(second)):
        return ""
    lo, hi = first.strip(), second.strip()
    return f"{lo}/{hi}" if lo < hi else ""


def _named_width(written: tuple[str, ...]) -> int:
    """The header's columns up to its last named one: blank header cells at its end
    (trailing delimiters) name no column a row must fill."""
    n = len(written)
    while n and not written[n - 1].strip():
        n -= 1
    return n


_LAYOUTS: dict[int, tuple[Layout, bool, dict[str, Any]]] = {}


def _known(layout: Layout) -> tuple[bool, dict[str, Any]]:
    """Worked out once per layout: whether every column name, as written and normalised,
    occurs once, and the csv reader's arguments. The entry holds the layout, so its id is
    not reused while it is a key."""
    found = _LAYOUTS.get(id(layout))
    if found is None or found[0] is not layout:
        if len(_LAYOUTS) >= 64:
            _LAYOUTS.clear()
        distinct = len(set(layout.header)) == len(layout.header) and len(set(layout.written)) == len(layout.written)
        found = _LAYOUTS[id(layout)] = (layout, distinct, layout.reader_args())
    return found[1], found[2]


# Escapes left to the regex parser: the compiled build (mypyc) refuses surrogates in string literals.
_BAD = datacache.pattern(r"[\x00\udc80-\udcff\ufffd]")


def _undecodable(value: str) -> bool:
    return _BAD.search(value) is not None


# What a spreadsheet program shows in a cell whose formula failed (Excel's error values,
# LibreOffice's Err:NNN, Google Sheets' #ERROR!). Such a cell is no fact but a broken
# formula: a failed VLOOKUP in a death-year column, exported to CSV, says "#N/A", and
# python-calamine hands the same cell over as empty (sheet_errors.py finds it).
#
# Excel writes them in its own language to CSV: German "#NV" (#N/A: what SVERWEIS shows where it
# finds nothing, stored http://wilfert.de/tipps.html), "#WERT!", "#BEZUG!", French "#VALEUR!",
# "#NOM?" (stored wilson-anysphere/formula, crates/formula-engine/src/locale/data/upstream/errors/
# de-DE.tsv, fr-FR.tsv), Spanish "#¡VALOR!", "#¿NOMBRE?" (es-ES.tsv's note), Italian "#N/D", and
# so on in every language Excel is sold in. No list of them is complete, so a cell is read by the
# error's form too (review 17 G3, G7: "#NV", "#N/D", "#WERT!" were a holder to credit and a
# photographer beside a death year): "#", a letter, up to 30 more characters without a space,
# and "!" or "?" ("#WERT!", "#NOMBRE?", "#DEEL/0!"); or "#" and two short words split by "/"
# ("#N/D", "#I/T", the Russian one, "#N/B": #N/A's form); or German's "#NV". A whole cell only
# (sheet_error): a title that mentions "#WERT!" is a title.
_SHEET_ERROR = datacache.pattern(
    r"#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!"
    r"|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!|ERROR!|NV|[\u00a1\u00bf]?[^\W\d_][^\s#]{0,30}[!?]"
    r"|[^\W\d_]{1,3}/[^\W\d_]{1,3})|Err:[0-9]{3}", re.IGNORECASE)


def sheet_error(value: str) -> str:
    """The spreadsheet error a cell holds, as written ("" if it holds none): the whole
    cell is the error text (a title that mentions "#N/A" is a title)."""
    text = value.strip()
    return text if text and _SHEET_ERROR.fullmatch(text) else ""


def _suspect(text: str) -> bool:
    """Whether a record's text may hold an unreadable cell or a spreadsheet error: only
    then are its cells searched one by one (row_from_cells' `damaged`)."""
    return _undecodable(text) or _SHEET_ERROR.search(text) is not None


def _readable(text: str, latin: bool) -> bool:
    """Whether `text` holds none of the characters _undecodable finds, without the regex
    (whose search costs more than a run's csv parsing): NUL and U+FFFD are searched as
    plain characters, and an undecodable byte, kept as a lone surrogate, makes UTF-8
    encoding fail. `latin`: _latin1(text), every character below U+0100, so no surrogate.
    False means only "search each record"."""
    if "\x00" in text or "\ufffd" in text:
        return False
    if latin:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _latin1(text: str) -> bool:
    """Whether every character of `text` is below U+0100 (nearly every run of a Latin-script
    catalogue): told by encoding it to Latin-1, which copies the text as it is stored, one byte
    a character, instead of encoding a character at a time (~1.5k instructions a realistic
    row, compiled). No such text has a character that decomposes or composes with another
    (the combining marks begin at U+0300), so each is composed (NFC), and so is every text
    made of its characters (translate._all_composed)."""
    if text.isascii():
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


by_fields(Layout)  # part of the plan a spawned worker receives (pickling.py)
