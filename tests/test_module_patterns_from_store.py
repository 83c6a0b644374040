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
