"""Every jurisdiction file: valid, named after its code, cited, and proven by its own
real examples (the phonenumbers/holidays habit: data carries its own proof)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from copyright_check.jurisdictions import default_jurisdictions, load_jurisdiction
from copyright_check.paths import jurisdictions_dir

FILES = sorted(jurisdictions_dir().glob("*.yaml"))
README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_file_validates_and_is_named_after_its_code(path: Path) -> None:
    j = load_jurisdiction(path)
    assert j.code == path.stem
    for term in j.terms.values():
        assert term.sources, f"{path.name}: terms.{term.key} has no source"
        if term.tag:
            assert term.tag.sources
    for fop in j.fop.values():
        assert fop.sources, f"{path.name}: fop.{fop.category} has no source"
    assert len(j.examples) >= 2 or j.code in {"SE", "US"}, "every country needs real examples"


def _examples() -> list[tuple[str, int]]:
    return [(code, i) for code, j in default_jurisdictions().items() for i in range(len(j.examples))]


@pytest.mark.parametrize(("code", "index"), _examples(), ids=[f"{c}-{i}" for c, i in _examples()])
def test_real_case(assessor, code: str, index: int) -> None:
    j = default_jurisdictions()[code]
    ex = j.examples[index]
    got = assessor.assess(ex["record"], date.fromisoformat(ex.get("as_of", "2026-11-24")))
    want = ex["expect"]
    assert got.verdict.value == want["verdict"], f"{ex['name']}: {got.summary}"
    if "templates" in want:
        assert got.templates == want["templates"], ex["name"]
    if "uploadable_from" in want:
        assert got.uploadable_from == want["uploadable_from"], ex["name"]


def test_readme_lists_exactly_the_jurisdiction_files() -> None:
    text = README.read_text("utf-8")
    section = text.split("## Jurisdictions", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([A-Z]{2})` \|", section, flags=re.M))
    assert listed == {p.stem for p in FILES}


def test_every_file_states_its_us_relations_and_uraa_date() -> None:
    # Circular 38a (US copyright relations) and 17 USC 104A(h)(2)/(h)(8) (restoration date):
    # a file lacking either would silently fall back to the general URAA date.
    lacking = [p.name for p in FILES
               if (j := load_jurisdiction(p)).us_relations is None or j.uraa is None]
    assert not lacking, f"files without us_relations or uraa.restoration_date: {lacking}"


def test_every_death_based_photograph_term_says_what_an_anonymous_photograph_has():
    # Berne Convention art. 7(3): an anonymous work's term cannot run from a death nobody
    # knows. A country whose photograph term counts from death must say, in
    # `anonymous_photograph`, the term of an anonymous photograph (or carry a review).
    missing = sorted(code for code, j in default_jurisdictions().items()
                     if "photograph" in j.terms and j.terms["photograph"].counts_from == "death"
                     and "anonymous_photograph" not in j.terms)
    assert not missing
