"""The template register (rules/templates.yaml): every template the tool can write is there,
with its evidence, and a file that names one it lacks or refuses fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from copyright_check.datafile import DataFileError
from copyright_check.facts import FACT_FIELDS
from copyright_check.paths import jurisdictions_dir, rules_dir
from copyright_check.register import (
    condition_problems,
    emitted_names,
    load_register,
    register_problems,
)
from copyright_check.selfcheck import check_all


def test_every_emitted_template_is_in_the_register() -> None:
    # Issue 15: a name missing from the register fails, wherever a data file names it.
    emitted = emitted_names()
    assert emitted, "the data files name no template at all"
    assert register_problems(load_register(), emitted) == []


def test_every_register_entry_names_its_commons_page_and_check() -> None:
    register = load_register()
    for entry in [*register.entries.values(), *(e for _, e in register.families)]:
        assert entry.page.startswith("https://commons.wikimedia.org/wiki/"), entry.name
        assert entry.checked, entry.name
        # A refused or unconfirmed name says why in its note.
        if entry.status != "current":
            assert entry.note, f"{entry.name}: {entry.status} without a note"
        else:
            assert entry.seen, f"{entry.name}: current without the stored copy it was checked against"


def test_register_conditions_name_real_facts_and_templates() -> None:
    assert condition_problems(load_register(), FACT_FIELDS) == []


def _copy_data(tmp_path: Path) -> tuple[Path, Path]:
    rules = tmp_path / "rules"
    jur = tmp_path / "jurisdictions"
    shutil.copytree(rules_dir(), rules)
    shutil.copytree(jurisdictions_dir(), jur)
    return rules, jur


def test_jurisdiction_tag_missing_from_register_is_reported(tmp_path: Path) -> None:
    rules, jur = _copy_data(tmp_path)
    se = jur / "SE.yaml"
    se.write_text(se.read_text("utf-8").replace("name: PD-Sweden-photo", "name: PD-Sweden-fotografi"))
    problems = register_problems(load_register(rules / "templates.yaml"), emitted_names(rules, jur))
    assert any("SE.yaml" in p and "PD-Sweden-fotografi" in p for p in problems)


def test_combined_tag_missing_from_register_is_reported(tmp_path: Path) -> None:
    rules, jur = _copy_data(tmp_path)
    tags = rules / "tags.yaml"
    tags.write_text(tags.read_text("utf-8").replace("use: PD-old-auto-1996", "use: PD-old-auto-1995"))
    problems = register_problems(load_register(rules / "templates.yaml"), emitted_names(rules, jur))
    assert any("tags.yaml" in p and "PD-old-auto-1995" in p for p in problems)


def test_licence_version_without_a_template_is_reported(tmp_path: Path) -> None:
    rules, jur = _copy_data(tmp_path)
    lic = rules / "licences.yaml"
    lic.write_text(lic.read_text("utf-8").replace('"3.0", "4.0"]', '"3.0", "4.0", "5.0"]'))
    problems = register_problems(load_register(rules / "templates.yaml"), emitted_names(rules, jur))
    assert any("Cc-by-sa-5.0" in p for p in problems)


def test_a_refused_name_is_reported(tmp_path: Path) -> None:
    rules, jur = _copy_data(tmp_path)
    reg = rules / "templates.yaml"
    data = yaml.safe_load(reg.read_text("utf-8"))
    for entry in data["templates"]:
        if entry["name"] == "PD-Sweden-photo":
            entry.update(status="not_emitted", note="refused for the test")
    reg.write_text(yaml.safe_dump(data, sort_keys=False))
    problems = register_problems(load_register(reg), emitted_names(rules, jur))
    assert any("PD-Sweden-photo" in p and "refused" in p for p in problems)


def test_register_listing_a_name_twice_is_refused(tmp_path: Path) -> None:
    rules, _ = _copy_data(tmp_path)
    reg = rules / "templates.yaml"
    reg.write_text(reg.read_text("utf-8").replace("  - name: PD-1996\n", "  - name: PD-US-expired\n", 1))
    with pytest.raises(DataFileError, match="listed twice"):
        load_register(reg)


def test_register_entry_with_an_unknown_condition_is_refused(tmp_path: Path) -> None:
    rules, _ = _copy_data(tmp_path)
    reg = rules / "templates.yaml"
    reg.write_text(reg.read_text("utf-8").replace("conditions: [us_tag_beside, deathyear]",
                                                  "conditions: [us_tag_besides, deathyear]"))
    with pytest.raises(DataFileError, match="us_tag_besides"):
        load_register(reg)


def test_check_data_reports_the_register() -> None:
    # `copyright-check check-data` runs the same check: the shipped data passes it.
    assert not [p for p in check_all() if "register" in p]


def test_a_page_with_pd_uk_unknown_asks_for_the_research_done_to_find_the_author() -> None:
    # Template:PD-UK-unknown: "This tag can be used only when the author cannot be ascertained by reasonable
    # enquiry. If you wish to rely on it, please specify in the image description the research you have carried
    # out to find who the author was" (its text, stored https://hessslslslsls.azureedge.net/wiki/Template:PD-UK-unknown;
    # review 16 M3). The tool cannot know that research: the page says, where its tags are, that it must be added.
    from copyright_check import Assessor, file_page

    row = {"id": "GB-1", "title": "Street scene", "photographer": "unknown", "anonymous": "yes", "image_date": "1920",
           "published_date": "1920", "origin_country": "GB", "depicted_type": "none"}
    a = Assessor().assess(row)
    assert a.templates == ["{{PD-UK-unknown}}", "{{PD-US-expired}}"]
    page = file_page(row, a.templates)
    comments = [line for line in page.splitlines() if line.startswith("<!-- copyright-check: {{PD-UK-unknown}}")]
    assert len(comments) == 1 and "research" in comments[0] and comments[0].endswith("-->")
    other = file_page({**row, "origin_country": "SE"}, ["{{PD-old-70}}", "{{PD-US-expired}}"])
    assert "research" not in other


def test_a_register_text_for_the_page_that_could_close_its_comment_is_refused(tmp_path: Path) -> None:
    rules, _ = _copy_data(tmp_path)
    reg = rules / "templates.yaml"
    data = yaml.safe_load(reg.read_text("utf-8"))
    for entry in data["templates"]:
        if entry["name"] == "PD-UK-unknown":
            entry["page_asks"] = "asks for the research --> [[Category:Spam]]"
    reg.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(DataFileError):
        load_register(reg)
