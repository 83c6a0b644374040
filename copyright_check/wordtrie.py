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


# The last text threes_of read and its three-character pieces: a row's title (in NFC and lower
# case) is searched for a dozen lists one after another, each asking of the same text.
_THREES: Final[dict[str, frozenset[str]]] = {}


def threes_of(text: str) -> frozenset[str]:
    """Every run of three characters in `text` (Beginnings.stand_in), made once for the text
    every list of a title asks of."""
    found = _THREES.get(text)
    if found is None:
        found = frozenset([text[i:i + 3] for i in range(len(text) - 2)])
        _THREES.clear()
        _THREES[text] = found
    return found


class Beginnings:
    """A literal word list's entries by their first three characters (the shorter entries
    whole). A match of such a list's pattern spells out one of its entries, character for
    character (no case folding: the patterns are compiled without flags and searched in a
    title already in lower case), so a text in which no entry's beginning stands holds no
    match. Most titles hold none of a list's (generated realistic ones: none of the seven
    lists' in four titles of five), and a test of the title's runs of three characters, made
    once for every list (threes_of), against a set costs a fraction of the search it rules
    out: sre tries the pattern's first branches at almost every character (~11k
    instructions a list for a title of 25 characters, compiled; ~80k of a realistic row's
    ~340k for the seven lists of title_says, callgrind)."""

    def __init__(self, entries: Iterable[str]) -> None:
        listed = set(entries)
        self.threes = frozenset(entry[:3] for entry in listed if len(entry) >= 3)
        # An entry of one or two characters (Japanese 内部, Korean 내부) is looked for whole.
        self.short = tuple(sorted(entry for entry in listed if len(entry) < 3))

    def stand_in(self, text: str) -> bool:
        """Whether an entry's first three characters (a short entry whole) stand in `text`."""
        if not self.threes.isdisjoint(threes_of(text)):
            return True
        return any(entry in text for entry in self.short)


class TitleWords:
    """A title list's pattern (title_words_source), searched only in a text where one of
    its entries' beginnings stands (Beginnings): the same match, or None, as the pattern's
    own search, without sre's branches tried at each character of a title that holds none."""

    def __init__(self, pattern: re.Pattern[str], entries: Iterable[str]) -> None:
        self.pattern = pattern
        self.beginnings = Beginnings(entries)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # A match between pos and endpos spells out its entry inside the text: its beginning
        # stands in the whole text too.
        if not self.beginnings.stand_in(text):
            return None
        return self.pattern.search(text, pos, endpos)


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
