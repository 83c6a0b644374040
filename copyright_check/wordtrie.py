"""A title's word lists as one regular expression, built once and kept between runs.

The vocabularies' title lists (works, interiors, temporary works, museum objects, aerial
views, ...) hold some hundreds of words each, and every row's title is searched for each
list, so the first row of a run needs them all. Building the trie of a list's words in
Python and compiling its regex in sre's parser (pure Python too) cost a one-row run more
than the rest of its first row (the eighteenth session's wider lists: 0.15 -> 0.27 s), so
the regex's text is kept in the data store, keyed by the words, the stems and this
module's source, and its compiled code too (datacache.pattern): a run after the first
makes each pattern from the store without the trie or the parser.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from copyright_check import datacache

# This module's source, as the installed (compiled) module was built from it.
_SOURCE = Path(__file__).resolve().parent / "wordtrie.py"


# Characters below this code (Latin, with its extensions) are read as pairs from one table
# (_Scan.pairs, a byte for each pair: ~350 kB); a pair with a character beyond it, from a dict.
_TABLE_BELOW: Final = 0x250


class _Scan:
    """Every title list's entry beginnings (an entry's first three characters, an entry of
    two whole), by the pairs of characters they begin with, for one pass over a title that
    finds them all (hits_of); and the last title's hits, since every list asks of the same
    text. A pair's byte: 1, it is a beginning itself; 2, a beginning of three starts with it.
    Each list has a bit of its own (Beginnings.bit), and each beginning the bits of the lists
    it begins an entry of (`owners`): a title's hits give the lists it may hold an entry of
    (`lists`), and a list none of whose beginnings stands is told by one test. The last title's
    reading is one tuple (`last`: the title, its hits, its lists and the lists registered when
    it was read), put in by one store: a library caller's threads read titles outside the
    engine's lock (Assessor._assess_text_row), and a reading stored in parts, or made before a
    list was registered, would answer another title or miss that list."""

    def __init__(self) -> None:
        self.owners: dict[str, int] = {}
        self.made = 0  # lists registered, each one bit
        self.marks = bytearray(_TABLE_BELOW * _TABLE_BELOW)
        self.pairs = b""  # the marks as read (bytes: indexed in C, compiled), made when next read
        self.other: dict[str, int] = {}
        self.last: tuple[str | None, list[tuple[int, str]], int, int] = (None, [], 0, 0)


_SCAN: Final = _Scan()


def _register(keys: Iterable[str]) -> int:
    """A new list's beginnings (of two or three characters) among those every pass looks for;
    the list's own bit."""
    scan = _SCAN
    bit = 1 << scan.made
    for key in keys:
        scan.owners[key] = scan.owners.get(key, 0) | bit
        mark = 1 if len(key) == 2 else 2
        a, b = ord(key[0]), ord(key[1])
        if a < _TABLE_BELOW and b < _TABLE_BELOW:
            scan.marks[a * _TABLE_BELOW + b] |= mark
        else:
            scan.other[key[:2]] = scan.other.get(key[:2], 0) | mark
    scan.pairs = b""
    # Counted last, once the list's beginnings are in: a title read before this holds a count
    # that is no longer current (hits_of). Two lists registered at once may share a bit, which
    # costs a look at the hits, never an answer.
    scan.made += 1
    return bit


def hits_of(text: str) -> tuple[list[tuple[int, str]], int]:
    """Where any list's entry beginnings stand in `text`: (position, beginning), in order of
    position (a two-character beginning before a three-character one at the same place), and
    the bits of the lists they begin entries of. One pass over the characters, a pair's byte
    read from a table before any slice is made (a slice and a set test at each place cost ~1k
    instructions a character, compiled)."""
    scan = _SCAN
    made = scan.made
    last = scan.last
    # The last reading, if of this text and made with every list registered since.
    if last[0] is not None and last[3] == made and last[0] == text:
        return last[1], last[2]
    if not scan.pairs:
        scan.pairs = bytes(scan.marks)
    pairs, other, owners = scan.pairs, scan.other, scan.owners
    found: list[tuple[int, str]] = []
    lists = 0
    n = len(text)
    a = ord(text[0]) if n else 0
    i = 0
    while i < n - 1:
        b = ord(text[i + 1])
        mark = pairs[a * _TABLE_BELOW + b] if a < _TABLE_BELOW and b < _TABLE_BELOW else other.get(text[i:i + 2], 0)
        if mark:
            if mark & 1:
                two = text[i:i + 2]
                found.append((i, two))
                lists |= owners[two]
            if mark & 2 and i + 2 < n:
                three = text[i:i + 3]
                owned = owners.get(three, 0)
                if owned:
                    found.append((i, three))
                    lists |= owned
        a = b
        i += 1
    scan.last = (text, found, lists, made)
    return found, lists


class Beginnings:
    """A literal word list's entries by their beginnings (first three characters; an entry of
    two characters whole: Japanese 内部, Korean 내부). A match of such a list's pattern spells out
    one of its entries, character for character (no case folding: the patterns are compiled
    without flags and searched in a title already in lower case), and starts where the entry
    does. So the first place at which one of the list's entries stands (`first`: a beginning
    found by the title's one pass, hits_of, then the entries of that beginning tested there)
    is where the pattern's search can start and find the same match; a title where none
    stands holds none. Most titles hold none of a list's entries (generated realistic ones:
    of eight lists, at most two in one title), and sre otherwise tries a list's first
    branches at almost every character of a title (~11k instructions a list for a title of
    25 characters, compiled; ~80k of a realistic row's ~340k for title_says's lists)."""

    def __init__(self, entries: Iterable[str]) -> None:
        listed = sorted(set(entries))
        # An entry of one character (none is listed) cannot be found by its beginning: such a
        # list is searched from the start of every title.
        self.every = any(len(entry) < 2 for entry in listed)
        self.entries: dict[str, tuple[str, ...]] = {}
        for entry in listed:
            if len(entry) >= 2:
                key = entry[:3]
                self.entries[key] = (*self.entries.get(key, ()), entry)
        self.bit = _register(self.entries)

    def first(self, text: str, pos: int = 0) -> int:
        """The first place at or after `pos` where one of the entries stands in `text`, or -1
        (`pos` itself for a list with an entry of one character)."""
        if self.every:
            return pos
        hits, lists = hits_of(text)
        if not lists & self.bit:  # none of the list's beginnings stands in the text
            return -1
        entries = self.entries
        for at, key in hits:
            if at >= pos:
                found = entries.get(key)
                if found is not None:
                    for entry in found:
                        # A slice compared, not text.startswith(entry, at): a call with a
                        # position goes through Python's argument parsing, ~0.9k instructions
                        # compiled, against ~0.2k (six a realistic row; callgrind).
                        if text[at:at + len(entry)] == entry:
                            return at
        return -1

    def stand_in(self, text: str) -> bool:
        """Whether one of the entries stands somewhere in `text`."""
        return self.first(text) >= 0


class TitleWords:
    """A title list's pattern (title_words_source), searched from the first place where one
    of its entries stands (Beginnings.first), not at all where none does: the same match, or
    None, as the pattern's own search."""

    def __init__(self, pattern: re.Pattern[str], entries: Iterable[str]) -> None:
        self.pattern = pattern
        self.beginnings = Beginnings(entries)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # A match spells out its entry from where it starts, and sre's lookbehind reads the
        # characters before the place a search starts at (they are not cut off).
        at = self.beginnings.first(text, pos)
        if at < 0:
            return None
        return self.pattern.search(text, at, endpos)


def title_words_pattern(words: Iterable[str], stems: Iterable[str]) -> TitleWords:
    """title_words_source's regex compiled, both from the data store where a run before this
    one made them (an edited list or module is another key: made afresh, never stale), with
    the entries' beginnings that rule a title out before its search (TitleWords)."""
    whole, parts = tuple(words), tuple(stems)
    return TitleWords(_compiled(whole, parts), (*whole, *parts))


def _compiled(whole: tuple[str, ...], parts: tuple[str, ...]) -> re.Pattern[str]:
    key = _stored_key(whole, parts)
    found = datacache.store().get(key) if key is not None else None
    if type(found) is str:
        return datacache.pattern(found)
    source = title_words_source(whole, parts)
    if key is not None:
        datacache.store().put(key, source)
    return datacache.pattern(source)


def _stored_key(words: tuple[str, ...], stems: tuple[str, ...]) -> str | None:
    salt = _salt()
    if salt is None or not datacache.reading():
        return None
    # Sorted: a list built from a set comes in another order in each process (the strings'
    # hash seed), and the regex's text does not depend on the order (title_words_source).
    told = repr((sorted(set(words)), sorted(set(stems))))
    return "title words:" + hashlib.sha256(f"{salt}\0{told}".encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=1)
def _salt() -> str | None:
    return datacache.code_salt("title words 1", [_SOURCE], [])


def title_words_source(words: Iterable[str], stems: Iterable[str]) -> str:
    """A title's words as whole words (no letter or digit just before or after) and its stems
    anywhere, in one pattern: the matches of the plain alternation (the lookbehind before the
    words' group, its lookahead after, then the stems). Written as a trie (_branches: common
    beginnings shared, "altar(?:e|et|raum)?"), each of its first branches beginning with a
    literal character and the whole-word lookbehind after it: sre then scans a title in C for
    the characters an entry can begin with and follows one branch a character, instead of
    trying every entry at every place (review 15 F9's room words, 199 entries, made the plain
    alternation ~5x slower a title, and every row's cache key asks: title_cell_interior)."""
    tree: dict[str, Any] = {}
    for entry, whole in [*((w, True) for w in words), *((w, False) for w in stems)]:
        node = tree
        for ch in entry:
            node = node.setdefault(ch, {})
        # "" ends a stem, "$" a whole word (the lookahead after it): the whole words' branch
        # (after the lookbehind) and the stems' are built apart (_branches).
        node["" if not whole else "$"] = {}
    branches = []
    for ch in sorted(tree):
        lit = re.escape(ch)
        at_start, inside = _branches(tree[ch], True), _branches(tree[ch], False)
        branches.append(lit + "(?:(?<![^\\W_]" + lit + ")" + at_start + "|" + inside + ")")
    return "|".join(branches) or "(?!)"


def _branches(node: dict[str, Any], whole: bool) -> str:
    """The regex of `node`'s entries after the characters already read: the whole words'
    (whole: each ends where no letter or digit follows) or the stems'; "(?!)" where none."""
    end = "$" if whole else ""
    alts = []
    if end in node:
        alts.append("(?![^\\W_])" if whole else "")
    for ch in sorted(k for k in node if k not in ("", "$")):
        rest = _branches(node[ch], whole)
        if rest != "(?!)":
            alts.append(re.escape(ch) + rest)
    if not alts:
        return "(?!)"
    if "" in alts:
        return ""  # a stem ends here: anything may follow
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
