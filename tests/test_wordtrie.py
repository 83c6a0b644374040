"""A title list searched only where its entries' beginnings stand (wordtrie.TitleWords) finds
what the list's own pattern finds, in every title: the test that rules a title out is exact,
never a guess (a title said to hold no interior word when it does would lose a finding)."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from copyright_check import wordtrie
from copyright_check.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parent.parent


def _lists() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every title list of rules/vocabulary.yaml: its whole words and its stems."""
    v = vocabulary()
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for name in dir(v):
        if name.endswith("_title_words"):
            kind = name[: -len("_title_words")]
            found[kind] = (tuple(getattr(v, name)), tuple(getattr(v, kind + "_title_stems", ())))
    return found


def _titles() -> list[str]:
    """Titles as rows carry them (the example batch's), each list's entries alone, inside
    words, beside signs and digits, and cut short (an entry's first two characters only)."""
    with (ROOT / "examples" / "records.csv").open(encoding="utf-8", newline="") as f:
        titles = [row.get("title") or "" for row in csv.DictReader(f)]
    rng = random.Random(20)
    entries = sorted({e for words, stems in _lists().values() for e in (*words, *stems)})
    for entry in entries:
        # The entry's beginning standing first without the entry, the entry after it.
        titles += [entry, f"x{entry}y", f"Foto: {entry}, 1923", f"{entry[:2]} {entry[1:]}", entry[:-1],
                   f"{entry[:3]}x {entry[:-1]} {entry}", f"{rng.choice(entries)} {entry} i {rng.choice(entries)}"]
    return [t.lower() for t in titles]


@pytest.mark.parametrize("kind", sorted(_lists()))
def test_a_title_list_finds_what_its_own_pattern_finds(kind: str) -> None:
    words, stems = _lists()[kind]
    listed = wordtrie.title_words_pattern(words, stems)
    bare = re.compile(wordtrie.title_words_source(words, stems))
    for title in _titles():
        found, expected = listed.search(title), bare.search(title)
        assert (found.span() if found else None) == (expected.span() if expected else None), title
        # Searched up to a point (record._names_object: an object named before any "with"), or
        # from one.
        end = len(title) // 2
        for pos, endpos in ((0, end), (3, len(title)), (2, end + 2)):
            found, expected = listed.search(title, pos, endpos), bare.search(title, pos, endpos)
            assert (found.span() if found else None) == (expected.span() if expected else None), title


def test_an_entry_shorter_than_three_characters_is_looked_for_whole() -> None:
    # 内部 (Japanese, "interior"): two characters, no beginning of three to look for.
    listed = wordtrie.title_words_pattern((), ("内部", "altar"))
    assert listed.search("寺院の内部") is not None
    assert listed.search("寺院の外観") is None
    assert listed.search("high altar") is not None


def test_a_list_s_first_place_is_where_one_of_its_entries_stands() -> None:
    beginnings = wordtrie.Beginnings(("altar", "fresk", "内部"))
    assert beginnings.first("photo 12 of a bridge") == -1
    assert beginnings.first("the alt key") == -1  # a beginning without its entry
    assert beginnings.first("alt, altes altar") == 11
    assert beginnings.first("寺院の内部") == 3
    assert beginnings.first("altar and altar", 1) == 10


def test_a_list_made_after_a_title_was_read_finds_its_entries_in_that_title() -> None:
    # The title's one pass is kept for the lists that ask next; a list registered since then
    # must not be answered from it (its beginnings were not looked for).
    title = "the high altar of the cathedral"
    before = wordtrie.Beginnings(("fresk",))
    assert before.first(title) == -1
    after = wordtrie.Beginnings(("altar",))
    assert after.first(title) == 9
    assert before.first(title) == -1
