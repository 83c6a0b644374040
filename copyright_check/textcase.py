"""Lower case as CPython writes it, in the compiled build too.

mypyc compiles `text.lower()` to its own primitive, which lowers each character alone
(_PyUnicode_ToLowerFull): a capital sigma (U+03A3) at the end of a word becomes the small
sigma U+03C3, where CPython's str.lower writes the final form U+03C2 (Unicode's Final_Sigma
rule). The vocabularies hold words as CPython lowers them (Greek "agnostos", unknown, ends in
the final form), so the compiled build read the word in capitals as a name where the pure
sources read it as no one (found by tests/test_person_word_lists_quick.py on the compiled
build): the two builds must give the same answer for every cell. Every lower case the package makes
goes through `lower`, which hands a text holding a capital sigma to CPython's own method
(called as an object, not compiled to the primitive); any other text lowers the same both
ways, by the primitive's faster path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

# CPython's method, called through the object (mypyc compiles only `x.lower()` to its own).
_CPYTHON_LOWER: Final[Callable[[str], str]] = str.lower
_CAPITAL_SIGMA: Final = "\u03a3"


def lower(text: str) -> str:
    """`text.lower()` as CPython gives it (the final sigma ς at a word's end)."""
    if _CAPITAL_SIGMA in text:
        return _CPYTHON_LOWER(text)
    return text.lower()
