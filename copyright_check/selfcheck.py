"""`check-data`: every data file loads, every template a file names is in the register
(rules/templates.yaml), and every jurisdiction's examples hold."""

from __future__ import annotations

from datetime import date

from copyright_check import datacache
from copyright_check.assessor import Assessor
from copyright_check.datafile import DataFileError
from copyright_check.facts import FACT_FIELDS
from copyright_check.jurisdictions import Jurisdiction, load_all
from copyright_check.register import condition_problems, emitted_names, load_register, register_problems
from copyright_check.sdc import coverage_problems, load_structured_data
from copyright_check.vocabularies import check_all as check_vocabularies
from copyright_check.vocabularies import person_joins


def example_problems(assessor: Assessor, j: Jurisdiction) -> list[str]:
    problems = []
    for i, ex in enumerate(j.examples):
        as_of = date.fromisoformat(ex.get("as_of", "2026-01-01"))
        got = assessor.assess(ex["record"], as_of)
        want = ex["expect"]
        where = f"{j.file}: examples.{i} ({ex['name']})"
        if got.verdict.value != want["verdict"]:
            problems.append(f"{where}: verdict {got.verdict.value}, expected {want['verdict']}"
                            f" — {got.summary}")
        if "templates" in want and got.templates != want["templates"]:
            problems.append(f"{where}: templates {got.templates}, expected {want['templates']}")
        if "uploadable_from" in want and got.uploadable_from != want["uploadable_from"]:
            problems.append(f"{where}: uploadable_from {got.uploadable_from}, "
                            f"expected {want['uploadable_from']}")
    return problems


def check_all() -> list[str]:
    with datacache.bypass():  # every file validated in full, never answered from the cache
        return _check_all()


def _check_all() -> list[str]:
    try:
        found = load_all()
        assessor = Assessor(found)
        register = load_register()
        emitted = emitted_names()
        problems = register_problems(register, emitted)
        problems += coverage_problems(load_structured_data(), register, emitted)
        check_vocabularies()
    except DataFileError as exc:
        return [str(exc)]
    problems += condition_problems(register, FACT_FIELDS)
    problems += place_problems(sorted(found))
    for j in found.values():
        problems += example_problems(assessor, j)
    return problems


def place_problems(codes: list[str]) -> list[str]:
    """vocabularies/persons.yaml `places` has an entry (a list, empty where every place was
    left out) for each law file and none for a country without one: a law file added later
    is seen to lack its capital, which a person cell shifted from a place column may hold."""
    listed = person_joins().place_codes
    problems = [f"vocabularies/persons.yaml: places: no entry for {code} (jurisdictions/{code}.yaml): list its "
                "capital and chief cities, or [] with the reason" for code in codes if code not in listed]
    problems += [f"vocabularies/persons.yaml: places: {code} has no law file in jurisdictions/"
                 for code in listed if code not in codes]
    return problems
