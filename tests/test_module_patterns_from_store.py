"""The package's module-level patterns are made through datacache.pattern: their compiled code
is kept in the data store, so a process does not run sre's parser and compiler (Python, ~0.15
ms a pattern) for each of them at import. A pattern made from the store must be the pattern
re.compile makes of the same source and flags, in every module, or a reading of a cell would
change with the state of a cache."""

from __future__ import annotations

import importlib
import re

import pytest

MODULES = ("record", "years", "reader", "records_cut", "sources", "licences", "reasons", "mapping", "libinput")


@pytest.mark.parametrize("name", MODULES)
def test_each_module_pattern_is_re_compiles_own(name: str) -> None:
    module = importlib.import_module(f"copyright_check.{name}")
    patterns = {k: v for k, v in vars(module).items() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)}
    assert patterns, f"{name} holds no module-level pattern"
    for key, made in patterns.items():
        assert made == re.compile(made.pattern, made.flags), f"{name}.{key}"


def test_a_pattern_from_the_store_is_the_one_compiled(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from copyright_check import datacache

    monkeypatch.setenv("COPYRIGHT_CHECK_CACHE", str(tmp_path))
    datacache.reset()
    try:
        source = r"(?<![^\W_])(?:före|efter)\s*(\d{4})\b"
        first = datacache.pattern(source, re.IGNORECASE)  # compiled, its code stored
        datacache.reset()  # the store written and opened again, as by the next process
        again = datacache.pattern(source, re.IGNORECASE)  # from the stored code
        assert again == first == re.compile(source, re.IGNORECASE)
        assert again.search("Foto FÖRE 1948").group(1) == "1948"
    finally:
        datacache.reset()


def test_each_pattern_made_once_from_the_vocabularies_is_re_compiles_own() -> None:
    """The patterns record.py makes from the vocabularies on first use (a title's maker, a
    memorial's person, interior words, places, life-date words) are made through
    datacache.pattern too: the same check, once each has been made."""
    from copyright_check import record

    record._name_extras()
    record.title_maker_name("Monument aux morts de Paul Landowski")
    record.title_names_memorial_to_person("Monument to Alexander Pushkin")
    record._interior_low("interior of the nave")
    record.title_cell_places_elsewhere({"title": "Louvrepyramiden, Paris"}, "SE")
    record._reads_death_in_name("Per Foto (d. 2000)")
    record._reads_birth_in_name("Anna Riwkin, född 1908")
    lists = {"_NAME_EXTRAS": record._NAME_EXTRAS, "_MAKER_NAME": record._MAKER_NAME,
             "_MEMORIAL_PERSON": record._MEMORIAL_PERSON, "_INTERIOR_WORDS": record._INTERIOR_WORDS,
             "_LIFE_WORDS": record._LIFE_WORDS, "_DIED": record._DIED, "_BORN": record._BORN,
             "_PLACES": [p for p, _ in record._PLACES]}
    for key, made in lists.items():
        assert made, f"record.{key} was not made"
        for pattern in made:
            assert pattern == re.compile(pattern.pattern, pattern.flags), f"record.{key}"
