"""Lower case is CPython's in the compiled build too (textcase.py): a Greek word in capitals
ends in the final sigma, as the vocabularies write it, so a cell saying "unknown" in Greek
capitals is read as no one by both builds (CI runs these on the compiled package)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import copyright_check
from copyright_check import record, textcase

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN_CAPITALS = "\u0386\u0393\u039d\u03a9\u03a3\u03a4\u039f\u03a3"  # ΆΓΝΩΣΤΟΣ, "unknown"
UNKNOWN_LOWER = "\u03ac\u03b3\u03bd\u03c9\u03c3\u03c4\u03bf\u03c2"  # its lower case, final sigma


def test_a_final_capital_sigma_lowers_to_the_final_form() -> None:
    assert textcase.lower(UNKNOWN_CAPITALS) == UNKNOWN_LOWER == UNKNOWN_CAPITALS.lower()
    assert textcase.lower("ΣΣ ΟΣ Σ") == "ΣΣ ΟΣ Σ".lower()
    assert textcase.lower("Anna Riwkin") == "anna riwkin"


def test_a_person_cell_saying_unknown_in_greek_capitals_names_no_one() -> None:
    assert record._says_unknown(UNKNOWN_LOWER)
    assert record._says_unknown(UNKNOWN_CAPITALS)


def test_no_compiled_module_lowers_text_with_the_compiled_primitive() -> None:
    # Every `x.lower()` in a module pyproject.toml compiles is a bytes one (sources.py: a
    # file's head); text goes through textcase.lower. The sources are read where the package
    # is imported from (CI tests the installed package, its .py files beside the compiled).
    package = Path(copyright_check.__file__).resolve().parent
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    compiled = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["include"]
    found = []
    for name in compiled:
        if name.endswith("textcase.py"):
            continue
        source = (package / Path(name).name).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "lower":
                found.append(f"{name}: {ast.get_source_segment(source, node)}")
    assert found == ['copyright_check/sources.py: head.lstrip(b"\\xef\\xbb\\xbf \\t\\r\\n")[:2048].lower()']
