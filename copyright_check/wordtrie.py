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
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from copyright_check import datacache

# This module's source, as the installed (compiled) module was built from it.
_SOURCE = Path(__file__).resolve().parent / "wordtrie.py"


def title_words_pattern(words: Iterable[str], stems: Iterable[str]) -> re.Pattern[str]:
    """title_words_source's regex compiled, both from the data store where a run before this
    one made them (an edited list or module is another key: made afresh, never stale)."""
    whole, parts = tuple(words), tuple(stems)
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
