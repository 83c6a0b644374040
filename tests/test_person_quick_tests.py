"""The quick tests a new person cell is read with before a search (record._no_name's words of
letters, _name_word's, _year_marks' digits, dash and died or born word, _signless, _holds_word,
_may_be_places, the glued joins' scripts) give the answer the searches alone give: each only
skips a search that cannot match. A death year beside a cell that is no name, names several
people, doubts its author, is another column's value or whose own dates contradict it must
still get its error (Berne art. 7(1): the term runs from the author's death; art. 7bis: a joint
work's from the last author's; review 11 A6, A11; review 13 D3, D7, D13)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copyright_check import record
from copyright_check.vocabularies import cell_words, date_words, person_joins
from copyright_check.vocabulary import word

CELLS = [
    "1948", "1873-1948", "ca. 1930", "c. 1930", "Circa 1930", "CA 1930", "approx 1930", "ca1930", "c.1930",
    "um 1930", "vers 1930", "omkr. 1930", "cirka 1930", "Ca", "c", "A. B.", "A", "P", "Anna Riwkin",
    "Oscar Halldin (1873–1948)", "Oscar Halldin [1873-1948]", "Oscar Halldin 1873/1948", "Halldin (1873-)",
    "Halldin, Oscar, 1873-1960.", "Halldin, Oscar, -1960", "verksam 1890-1920", "fl. 1900–1960", "Pieter Tanaka 40",
    "Person 12345", "ſ", "ca ſ", "K", "\u212a", "\u212aa 1930", "ca\u00a01930", "ca\u20091930", "Ångström",
    "Müller 1930", "山田太郎", "??", "-", "1930-", "— 1930", "ca. 1930 – ca. 1940", "1930 ca.", "Q123456", "n/a",
    "ca_1930", "c_a", "", " ", "Oscar\u200bHalldin", "Oscar Halldin (b. 1873)", "Oscar Halldin (född 1873)",
    "Hugo Schmölz, gest. 1938", "Oscar Halldin † 1948", "Anna Svensson", "Person 0", "Person 1234", "Artist 1",
    "Halldin, Oscar", "Riwkin A, Halldin O", "A.&G. Perret", "a + g. perret", "Anna Riwkin & Oscar Halldin",
    "Ragnar Östberg (m.fl.)", "Upplandsmuseet", "Atelier Nadar", "attr. Anna Riwkin", "Anna Riwkin?",
    "山田太郎と鈴木一郎", "김철수와 이영희", "김철수, 이영희", "张三，李四", "Stockholm 1930", "Göteborg, ca. 1925",
    "Sverige 1930", "St. Petersburg 1910", "Wien 12.3.1920", "Paris (1930)", "Oscar Halldin, Stockholm",
    "Oscar Halldin, okänd", "Jan Novák a Petr Dvořák", "les Perret", "Sofia García 2559", "Yuki Öhrström 922",
    "x²y", "½ Anna", "٣٤٥٦ Anna", "Anna ١٩٤٨", "Anna\u00a0–\u00a0Oscar", "πιθανώς Γιώργος Παπαδόπουλος",
    "Anna Riwkin (d. 1970)", "Anna Riwkin d.1970", "ANNA RIWKIN (DÖD 1970)", "[1873-1948]", "{1873-1948}",
    "Halldin, Oscar (1873-....)", "morto nel 1960", "tätig bis 1960", "Anna_Riwkin", "AB Foto 1930", "Co 1930",
    "Stockholm ca 1930", "Paris circa 1930", "Sverige um 1930", "Göteborg, cirka 1925",
]


def _vocabulary_cells() -> list[str]:
    """Each word the person vocabularies list, alone and inside a name, as written and in capitals."""
    joins, dates = person_joins(), date_words()
    countries = sorted(cell_words().countries)[::7]
    found = [*joins.signs, *joins.others, *joins.doubtful, *joins.organisations, *joins.words, *joins.active,
             *joins.particles, *joins.joined_initials_by, *sorted(joins.places), *countries, *dates.died,
             *dates.born, *(f"Upp{e}" for e in joins.organisation_endings)]
    cells = []
    for w in dict.fromkeys(str(w) for w in found):
        cells += [w, w.upper(), f"Anna {w} Riwkin", f"Riwkin, Anna, {w} 1873", f"{w} 1930", f"Anna Riwkin ({w} 1948)",
                  f"{w}Anna", f"A.{w}G. Perret"]
    return cells


VOCABULARY_CELLS = _vocabulary_cells()


def _low(cell: str) -> str:
    low = cell.lower()
    return low if low.isascii() else low.translate(record._ODD_SPACES)


def _assert_quick_tests_agree(cell: str) -> None:
    joins = person_joins()
    record._reads_death_in_name("Oscar Halldin (död 1948)")  # builds _DIED
    record._reads_birth_in_name("Oscar Halldin (född 1873)")  # builds _BORN
    quick = record._quick(joins)
    # _no_name and _name_word: their words of letters only answer early
    # (and a life date's word and year alone, "morto nel 1960", "d. 1948", is no name either)
    from copyright_check.datewords import life_date

    plain = not record._LETTER.search(record._CIRCA.sub("", cell))
    life = any(ch.isdigit() for ch in cell) and (
        life_date("_death_year", cell) is not None or life_date("_birth_year", cell) is not None)
    assert record._no_name(cell) == (plain or life)
    assert record._name_word(cell) == (record._NAME_WORD.search(cell) is not None)
    # _year_marks: four digits told exactly; no dash or slash, no life dates; no word, no died or born year
    dated, dashed, worded = record._year_marks(cell)
    assert dated == (record._YEAR_DIGITS.search(cell) is not None)
    if not dashed:
        assert not record._LIFE_DATES.search(cell) and not record._OPEN_LIFE.search(cell)
        assert not record._DEATH_ONLY.search(cell)
    if not worded:
        assert not record._DIED[0].search(cell) and not record._BORN[0].search(cell)
    # _signless and the glued joins' scripts (_reads_several reads the cell in lower case)
    low = _low(cell)
    if record._signless(low, quick):
        assert not joins.any_sign.search(low) and not joins.any_joined_initials.search(low)
    if low and max(low) < quick.glued_lowest:
        assert not joins.any_glued.search(low)
    # _holds_word: the words any_other and any_doubt find between spaces
    spaced = record._spaced(word(cell).split())
    if not record._holds_word(spaced, quick.other_firsts, (), None):
        assert not joins.any_other.search(spaced)
    if not record._holds_word(spaced, quick.doubt_firsts, quick.doubt_endings, quick.ending_tails):
        assert not joins.any_doubt.search(spaced)
    # _may_be_places: no part is a place or a country (as _other_field reads the parts)
    countries = cell_words().countries
    key = word(cell.strip())
    if not record._may_be_places(key, joins, countries):
        parts = [p for p in (" ".join(part.split()) for part in
                             record._DATE_BITS.sub(" ", record._CIRCA.sub(" ", key)).split(",")) if p]
        assert not (parts and all(p in joins.places or p in countries for p in parts))
    # and the readings the memo keeps are the year readers' without the marks handed in
    assert record._person(cell)[1] == record._reads_death_in_name(cell)
    assert record._person(cell)[3] == record._reads_birth_in_name(cell)


@pytest.mark.parametrize("cell", CELLS)
def test_quick_tests_agree_with_the_searches(cell: str) -> None:
    _assert_quick_tests_agree(cell)


def test_quick_tests_agree_with_the_searches_on_every_vocabulary_word() -> None:
    for cell in VOCABULARY_CELLS:
        _assert_quick_tests_agree(cell)


def test_the_quick_tests_search_nothing_on_a_plain_name() -> None:
    # A plain name reads no year marks and, with its vocabulary, no sign, doubt or place.
    joins = person_joins()
    quick = record._quick(joins)
    assert record._year_marks("Anna Svensson") == (False, False, False)
    assert record._signless("anna svensson", quick)
    assert not record._holds_word(" anna svensson ", quick.doubt_firsts, quick.doubt_endings, quick.ending_tails)
    assert not record._may_be_places("anna svensson", joins, cell_words().countries)


_PIECES = st.one_of(
    st.sampled_from(sorted(set(VOCABULARY_CELLS[::3]))),
    st.text(alphabet="aAöÅıſ\u212a山田김と和0123456789٣-–—/.,;()[]{}<>?？&+†*:' \u00a0\t\n\u200b", max_size=6),
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=4).map(" ".join))
def test_quick_tests_agree_with_the_searches_on_any_cell(cell: str) -> None:
    _assert_quick_tests_agree(cell)


def test_the_date_words_the_place_test_passes_over_are_as_a_read_cell_writes_them() -> None:
    # _may_be_places reads a cell as `word` writes it (casefolded): a date's "ca." is passed over
    # as the lower-case ASCII word _CIRCA (IGNORECASE) takes whole.
    assert all(w == w.lower() and w.isascii() and w.isalpha() for w in record._CIRCA_WORDS)
    assert record._CIRCA.flags & re.IGNORECASE


def test_the_died_and_born_words_grouped_by_first_character_match_what_they_match_alone() -> None:
    # _LIFE_WORDS' alternation (record._trie) is each word, as "|".join of them is: the same
    # words, no more (a prefix or a longer word is matched only where a word is).
    words = {*date_words().died, *date_words().born}
    grouped = re.compile(record._trie(words), re.IGNORECASE)
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    for w in sorted(words):
        for text in (w, w.upper(), w[:-1], w + "x", w[1:]):
            assert bool(grouped.fullmatch(text)) == bool(plain.fullmatch(text)), text
