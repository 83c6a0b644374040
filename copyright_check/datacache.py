"""Validated data files remembered between runs, keyed by exactly what they were made from.

Parsing and schema-checking the ~200 law and rule files is most of a cold start (two thirds
of building an Assessor, and every worker process builds one). What a file validates to
depends only on its bytes, its schema and the code that reads and checks it, so the store
keys each file by a hash of its bytes and the schema's name, inside a store whose name is a
hash of everything else: every schema file, the loader's own source (this module,
datafile.py and safeyaml.py), the PyYAML and jsonschema releases and the Python version. An edited file,
schema or loader is therefore a miss, validated in full, never a stale answer.

The store is one file in the user's cache folder ($COPYRIGHT_CHECK_CACHE, else
$XDG_CACHE_HOME/copyright-check, else ~/.cache/copyright-check), written atomically at exit
when something new was validated: a pickled index (each entry's key, where its pickled data
starts, how long it is and its CRC-32) and the entries after it. An entry whose bytes do not
match their CRC is a miss: a damaged byte that still unpickles (a regular expression's code
with one number changed is another valid pattern) must never be an answer. A process reads the index when it
opens the store and an entry's bytes only when it asks for that entry (_Disk). It is read
only if the current user owns it and nobody else may write to it (a pickle is code); a
missing, unreadable, corrupt or foreign store is ignored, an unwritable folder only costs
the speed-up. COPYRIGHT_CHECK_CACHE=off turns it off.
`check-data` never reads it (`bypass`). Other derived data may be kept in the store under a
key that hashes everything it is made from (`code_salt`): wikitext.py keeps tag renders there.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib.util
import marshal
import os
import pickle
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

ENV = "COPYRIGHT_CHECK_CACHE"
_OFF = ("", "0", "off", "no", "false")
_FORMAT = b"copyright-check data store 3"
_MAGIC = _FORMAT + b"\n"  # a store file's first bytes, then its index's length (8 bytes, little-endian)
_PACKAGE = Path(__file__).resolve().parent
# A store holds the files of one checkout at a time, plus what a volunteer's edits left
# behind; past this many entries, those not used by this process are dropped on writing.
_MAX_ENTRIES = 2_000


def folder() -> Path | None:
    """Where the store lives, or None when caching is off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if os.path.isabs(base):
        return Path(base) / "copyright-check"
    try:
        return Path.home() / ".cache" / "copyright-check"
    except (RuntimeError, KeyError, OSError):  # no home folder to be found: no cache
        return None


def _distribution(module: str) -> str:
    """The installed release of a module without importing it (importlib.metadata alone
    costs more than a warm start): its *.dist-info folder name, else its file's size and
    modification time, which an upgrade changes."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return f"{module}: not installed"
    package = Path(spec.origin).parent
    # The folder listed and filtered by hand: a glob compiles a regular expression per pattern.
    prefix = f"{module}-"
    infos = sorted(n for n in os.listdir(package.parent) if n.startswith(prefix) and n.endswith(".dist-info"))
    if infos:
        return ",".join(infos)
    st = os.stat(spec.origin)
    return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"


def _salt() -> str:
    """A hash of every input of validation except the data file itself."""
    h = hashlib.sha256(_FORMAT)
    h.update(sys.version.encode())
    h.update(_distribution("yaml").encode())
    h.update(_distribution("jsonschema").encode())
    loader = [_PACKAGE / name for name in ("datafile.py", "datacache.py", "safeyaml.py")]
    sources = [*loader, *sorted((_PACKAGE / "schema").glob("*.json"))]
    for path in sources:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:32]


def code_salt(label: str, files: list[Path], modules: list[str]) -> str | None:
    """A hash of the code and data something else kept in the store is made from (the
    store's own salt covers the Python version): `files`' bytes and `modules`' installed
    releases. None if a file cannot be read: then nothing of it is kept or looked up."""
    h = hashlib.sha256(label.encode() + b"\0")
    try:
        for path in files:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        for module in modules:
            h.update(_distribution(module).encode() + b"\0")
    except Exception:
        return None
    return h.hexdigest()[:32]


def _safe_to_read(st: os.stat_result) -> bool:
    if not hasattr(os, "getuid"):  # Windows: no owner or mode bits to check; the folder is the user's
        return True
    return st.st_uid == os.getuid() and not st.st_mode & 0o022  # nobody else may have written it


class _Disk:
    """A store file opened for reading entry by entry: its index (each key's offset and
    length) read when it is opened, an entry's bytes only when asked for (read). The whole
    file read at once, as a dict of bytes, was each process's copy of every entry for the
    process's life: ~2.8 MB for the compiled package's store (the law files one by one,
    1.2 MB, beside the built jurisdictions, 0.8 MB, read once at start-up; the dataclasses'
    code; regular expressions; tag renders), made by the main process before a forked pool's
    workers are forked and so counted again in each worker's memory. The file stays open
    (one descriptor a process, not inherited by a program the process runs; a forked worker
    shares it, and os.pread reads at an offset without moving a shared position): the file
    another process writes replaces this one by name (os.replace), so what this process
    reads is always the file its index came from."""

    def __init__(self, fd: int, index: dict[str, tuple[int, int, int]], base: int, blob: bytes | None) -> None:
        self._fd = fd
        self._index = index
        self._base = base  # where the entries start in the file
        self._blob = blob  # the entries, where the platform has no os.pread (read whole)

    @staticmethod
    def open(path: Path) -> _Disk | None:
        """The store file at `path`, or None: missing, unreadable, corrupt or foreign."""
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            if not _safe_to_read(st):
                raise ValueError("a store others may write")
            head = _read_at(fd, len(_MAGIC) + 8, 0)
            if len(head) != len(_MAGIC) + 8 or not head.startswith(_MAGIC):
                raise ValueError("not a store")
            size = int.from_bytes(head[len(_MAGIC):], "little")
            base = len(head) + size
            index = pickle.loads(_read_at(fd, size, len(head)))
            if not isinstance(index, dict) or not all(
                    isinstance(k, str) and type(v) is tuple and len(v) == 3 and all(type(n) is int for n in v)
                    and min(v) >= 0 and base + v[0] + v[1] <= st.st_size
                    for k, v in index.items()):
                raise ValueError("not a store's index")
            blob = None if hasattr(os, "pread") else _read_at(fd, st.st_size - base, base)
            return _Disk(fd, index, base, blob)
        except Exception:  # missing, unreadable or corrupt: start empty
            os.close(fd)
            return None

    def read(self, key: str) -> bytes | None:
        """The entry's pickled data, or None (not in the file, the file cannot be read, or
        the bytes are not those written: their CRC-32 differs)."""
        where = self._index.get(key)
        if where is None:
            return None
        offset, length, crc = where
        if self._blob is not None:
            found = self._blob[offset:offset + length]
        else:
            try:
                found = _read_at(self._fd, length, self._base + offset)
            except OSError:
                return None
        return found if len(found) == length and zlib.crc32(found) == crc else None

    def entries(self) -> dict[str, bytes]:
        """Every entry the file holds (to write them again with this process's own)."""
        out: dict[str, bytes] = {}
        for key in self._index:
            found = self.read(key)
            if found is not None:
                out[key] = found
        return out

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


def _read_at(fd: int, length: int, offset: int) -> bytes:
    """`length` bytes of the file from `offset` (fewer at its end)."""
    if not hasattr(os, "pread"):
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, length)
    out: list[bytes] = []
    got = 0
    while got < length:
        piece = os.pread(fd, length - got, offset + got)
        if not piece:
            break
        out.append(piece)
        got += len(piece)
    return b"".join(out)


def _read(path: Path) -> dict[str, bytes]:
    """Every entry of the store file at `path` ({}: missing, unreadable, corrupt or foreign)."""
    disk = _Disk.open(path)
    if disk is None:
        return {}
    try:
        return disk.entries()
    finally:
        disk.close()


def _write(f: Any, entries: dict[str, bytes]) -> None:
    """The store file's bytes (_Disk reads them): the magic, the index's length, the index,
    then each entry's pickled data in the index's order."""
    index: dict[str, tuple[int, int, int]] = {}
    at = 0
    for key, data in entries.items():
        index[key] = (at, len(data), zlib.crc32(data))
        at += len(data)
    head = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    f.write(_MAGIC + len(head).to_bytes(8, "little"))
    f.write(head)
    for data in entries.values():
        f.write(data)


class Store:
    """One process's view of the store: entries are pickled data, unpickled on every
    `get`, so that a caller that changes what it got never changes what the next gets."""

    def __init__(self, where: Path | None) -> None:
        self.where = where
        self._entries: dict[str, bytes] | None = None  # what this process put (None: not opened yet)
        self._disk: _Disk | None = None  # the store file as it was when opened, read entry by entry
        self._used: set[str] = set()
        self._dirty = False
        self._path: Path | None = None

    def _load(self) -> dict[str, bytes]:
        if self._entries is not None:
            return self._entries
        self._entries = {}
        if self.where is None:
            return self._entries
        try:
            self._path = self.where / f"data-{_salt()}.pickle"
        except Exception:  # a schema or loader file unreadable: no cache, every file validated
            return self._entries
        self._disk = _Disk.open(self._path)
        return self._entries

    @staticmethod
    def key(schema: str, raw: bytes) -> str:
        return f"{schema}:{hashlib.sha256(raw).hexdigest()}"

    def get(self, key: str) -> Any:
        """The data stored under `key`, or None (a data file's top level is never None)."""
        found = self._load().get(key)
        if found is None:
            found = self._disk.read(key) if self._disk is not None else None
            if found is None:
                return None
        try:
            data = pickle.loads(found)
        except Exception:  # a damaged entry is a miss
            return None
        self._used.add(key)
        return data

    def put(self, key: str, data: Any) -> None:
        entries = self._load()
        if self._path is None:
            return
        entries[key] = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        self._used.add(key)
        if not self._dirty:
            self._dirty = True
            atexit.register(self.flush, os.getpid())

    def close(self) -> None:
        """Closes the store file (a process's store stays open until it ends otherwise)."""
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def flush(self, pid: int | None = None) -> None:
        """Write the store atomically (a reader sees the old file or the new one, never
        half of one). Only by the process that changed it, never by a forked child."""
        if not self._dirty or self._path is None or self._entries is None or pid not in (None, os.getpid()):
            return
        # What other processes stored since this one read the store is kept (theirs first:
        # equal keys hold equal data).
        entries = {**_read(self._path), **(self._disk.entries() if self._disk is not None else {}),
                   **self._entries}
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        import tempfile  # only when writing: not on a warm start

        tmp = None
        try:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".data-", suffix=".tmp", dir=self._path.parent)
            with os.fdopen(fd, "wb") as f:
                _write(f, entries)
            os.replace(tmp, self._path)
            tmp = None
            self._dirty = False
        except OSError:
            pass  # an unwritable cache folder costs only the speed-up
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


_store: Store | None = None
_bypass = 0


def store() -> Store:
    """The process's store, opened on first use in the folder the environment names then."""
    global _store
    if _store is None:
        _store = Store(folder())
    return _store


def reset() -> None:
    """Forget the process's store (tests, or after changing $COPYRIGHT_CHECK_CACHE)."""
    global _store
    if _store is not None:
        _store.flush()
        _store.close()
    _store = None


def reading() -> bool:
    return _bypass == 0


@contextlib.contextmanager
def bypass() -> Iterator[None]:
    """Validate every file in full, never answering from the store (`check-data`); what is
    validated is still stored."""
    global _bypass
    _bypass += 1
    try:
        yield
    finally:
        _bypass -= 1


# -- the methods dataclasses generate, compiled once ---------------------------------------
# dataclasses writes each class's __init__, __repr__, __eq__, __hash__, ... as source text and
# exec()s it: the package's ~75 dataclasses (and those of what it imports) parse and compile
# ~320 such texts at every start, ~180 M instructions of a ~800 M warm start (callgrind,
# compiled build, `import copyright_check.cli` and an Assessor), and the main process of a
# parallel batch does it before it forks its workers. The code each text compiles to depends
# only on the text, the bytecode format and the optimisation level, so the store keeps it
# (marshal, as a .pyc keeps a module's) under a hash of those: a text never seen is compiled
# as before. While a generated_code() block runs, dataclasses' own `exec` is this module's
# _exec; after it, dataclasses is as it was, so a program that imports the package and
# makes its own dataclasses later is not touched.
_CODE_KEY = f"dataclass-code-{importlib.util.MAGIC_NUMBER.hex()}-O{sys.flags.optimize}"
_generating = 0


def _compiled(source: str) -> CodeType:
    """What exec(source) compiles in dataclasses (a module without __future__ imports: no
    flags to inherit), from the store where it was compiled before."""
    where = store()
    key = Store.key(_CODE_KEY, source.encode("utf-8", "surrogatepass"))
    found = where.get(key)
    if isinstance(found, bytes):
        try:
            code = marshal.loads(found)
        except Exception:  # a damaged entry is a miss
            code = None
        if isinstance(code, CodeType):
            return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    where.put(key, marshal.dumps(code))
    return code


def _exec(source: Any, names: dict[str, Any] | None = None, local: Any = None) -> None:
    """exec as dataclasses calls it (exec(text, globals, namespace)), its text compiled once."""
    exec(source if isinstance(source, CodeType) else _compiled(source), names, local)


@contextlib.contextmanager
def generated_code() -> Iterator[None]:
    """Within it, the methods dataclasses generates are compiled once and then come from the
    store (_CODE_KEY says why); the package's imports run in it. It opens the store (store()),
    so the folder $COPYRIGHT_CHECK_CACHE names at import is the one used (reset() after
    changing it, as before)."""
    global _generating
    import dataclasses

    mine = _generating == 0 and "exec" not in vars(dataclasses)
    if mine:
        dataclasses.exec = _exec  # type: ignore[attr-defined]
    _generating += 1
    try:
        yield
    finally:
        _generating -= 1
        if mine and vars(dataclasses).get("exec") is _exec:
            del dataclasses.exec  # type: ignore[attr-defined]


# -- regular expressions, compiled once -----------------------------------------------------
# re.compile parses a pattern and compiles it to sre's code (a list of ints) in Python. The
# vocabularies' word lists make patterns of thousands of characters (the rights-holder words
# ~15,000, the person cells' doubt and organisation words ~7,000 and ~3,500): compiling the
# few that the first rows of a batch need is ~0.35 G instructions (callgrind, compiled build),
# ~30 ms of the serial start before a parallel batch forks its workers (one core idle) and of
# a one-row run. The code depends only on the pattern's text, its flags and sre itself (its
# _sre.MAGIC in the key; the Python version in the store's salt), so the store keeps it, and
# the Pattern is made from it by _sre.compile, the call with which re.compile ends. A pattern
# is kept only if the Pattern so made equals re.compile's (Pattern equality compares the text,
# the flags and the compiled code); anything that fails (another Python's internals, code
# _sre.compile's structural check refuses) is re.compile as before. A damaged byte that
# still makes valid code (another pattern) is caught before: its entry's CRC fails (_Disk).
_sre: Any = importlib.import_module("_sre")
_RE_KEY = f"regex-{getattr(_sre, 'MAGIC', 0)}"


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags), its compiled code kept in the store (see above). For
    the patterns made once a process, from the vocabularies: each costs a store lookup."""
    where = store()
    key = Store.key(_RE_KEY, f"{int(flags)}\0{source}".encode("utf-8", "surrogatepass"))
    found = where.get(key) if reading() else None
    if isinstance(found, tuple):
        try:
            made = _sre.compile(source, *found)
            if isinstance(made, re.Pattern):
                return made
        except Exception:  # a damaged entry, another sre: compiled as before
            pass
    compiled = re.compile(source, flags)
    parts = _sre_parts(source, int(flags))
    if parts is not None:
        try:
            if _sre.compile(source, *parts) == compiled:
                where.put(key, parts)
        except Exception:
            pass
    return compiled


def _sre_parts(source: str, flags: int) -> tuple[Any, ...] | None:
    """What re.compile hands _sre.compile after the pattern (re._compiler.compile), or None."""
    try:
        parser: Any = importlib.import_module("re._parser")
        compiler: Any = importlib.import_module("re._compiler")
        p = parser.parse(source, flags)
        code = compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list[str | None] = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:
        return None
