"""rules/structured_data.yaml against the template register: every licence or public-domain
template the tool can write has structured data, or is listed as unmapped with its reason
(Commons:Structured data/Modeling/Copyright: every file has a copyright status)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from copyright_check.datafile import DataFileError
from copyright_check.register import default_register, emitted_names
from copyright_check.sdc import STATUS_KINDS, coverage_problems, default_structured_data, load_structured_data

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "rules" / "structured_data.yaml"


def test_every_emittable_licence_or_pd_template_is_mapped_or_listed_unmapped() -> None:
    assert coverage_problems(default_structured_data(), default_register(), emitted_names()) == []


def test_a_new_pd_template_without_structured_data_is_reported() -> None:
    sd = default_structured_data()
    register = default_register()
    name = next(n for n in sd.templates if register.kind(n) in STATUS_KINDS)
    shrunk = type(sd)(**{**{f: getattr(sd, f) for f in sd.__slots__},
                         "templates": {k: v for k, v in sd.templates.items() if k != name}})
    problems = coverage_problems(shrunk, register, [(name, "jurisdictions/XX.yaml: terms.0.tag")])
    assert problems and name in problems[0]


def test_every_unmapped_template_says_why_and_is_registered() -> None:
    sd = default_structured_data()
    assert all(len(why) > 20 for why in sd.unmapped.values())
    assert all(default_register().find(name) is not None for name in sd.unmapped)


def test_every_item_and_property_cites_the_page_it_was_read_on() -> None:
    data = yaml.safe_load(DATA.read_text("utf-8"))
    for table in ("items", "properties", "rights_statements"):
        for key, entry in data[table].items():
            assert entry["source"].startswith("http"), f"{table}.{key}"


def test_a_template_naming_an_undefined_item_is_a_data_error(tmp_path: Path) -> None:
    copy = tmp_path / "structured_data.yaml"
    shutil.copy(DATA, copy)
    data = yaml.safe_load(copy.read_text("utf-8"))
    data["templates"]["PD-US-expired"]["statements"] = ["no_such_statement"]
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(DataFileError, match="no_such_statement"):
        load_structured_data(copy)
