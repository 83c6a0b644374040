"""Rule and data files: a broken file stops start-up with the file and key named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copyright_check.datafile import DataFileError
from copyright_check.facts import FACT_FIELDS
from copyright_check.jurisdictions import load_jurisdiction
from copyright_check.paths import jurisdictions_dir, rules_dir
from copyright_check.ruleset import load_rules


def test_shipped_rules_load() -> None:
    rs = load_rules(fact_fields=FACT_FIELDS)
    assert rs.host == "US"
    assert {"photo_origin", "photo_us", "depicted", "fop", "depicted_us", "verdict"} == set(rs.by_question)


def _copy_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    return folder


def test_misspelt_fact_in_a_rule_is_refused(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    p = folder / "photo.yaml"
    p.write_text(p.read_text("utf-8").replace("origin_general: expired", "origin_genral: expired"))
    with pytest.raises(DataFileError) as err:
        load_rules(folder, FACT_FIELDS)
    assert "photo.yaml" in str(err.value) and "origin_genral" in str(err.value)


def test_question_without_catch_all_rule_is_refused(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    p = folder / "fop.yaml"
    text = p.read_text("utf-8").replace("priority: 99\n    when: {}", "priority: 99\n    when: {setting: private}")
    p.write_text(text)
    with pytest.raises(DataFileError, match="last rule"):
        load_rules(folder, FACT_FIELDS)


def test_yaml_tags_cannot_construct_objects(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    (folder / "photo.yaml").write_text("name: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(DataFileError, match=r"photo\.yaml"):
        load_rules(folder, FACT_FIELDS)


def test_jurisdiction_file_named_wrongly_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "FI.yaml"
    shutil.copy(jurisdictions_dir() / "SE.yaml", target)
    with pytest.raises(DataFileError, match="code"):
        load_jurisdiction(target)


def test_jurisdiction_fact_without_source_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "SE.yaml"
    text = (jurisdictions_dir() / "SE.yaml").read_text("utf-8")
    general_source = (
        '    source: "Upphovsrättslag (1960:729) 43 §; '
        'https://commons.wikimedia.org/wiki/Commons:Copyright_rules_by_territory/Sweden"\n'
    )
    assert general_source in text
    text = text.replace(general_source, "", 1)
    target.write_text(text)
    with pytest.raises(DataFileError) as err:
        load_jurisdiction(target)
    assert "terms.general" in str(err.value) and "source" in str(err.value)


@pytest.mark.parametrize("text,key,line", [
    ("code: SE\nname: Sweden\ncode: NO\n", "'code'", 3),
    ("terms:\n  general:\n    years: 70\n    years: 50\n", "'years'", 4),
    ("base: &b {a: 1}\nother:\n  <<: *b\n  a: 2\n  b: 3\n  b: 4\n", "'b'", 6),
])
def test_duplicate_key_in_a_data_file_is_refused_with_file_and_key(tmp_path: Path, text: str, key: str,
                                                                      line: int) -> None:
    """YAML would keep the last value silently: a term or a source lost without a word."""
    from copyright_check.datafile import load_yaml

    path = tmp_path / "XX.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(DataFileError) as err:
        load_yaml(path)
    assert str(path) in str(err.value) and key in str(err.value) and f"line {line}" in str(err.value)


def test_a_merge_key_may_be_overridden_and_every_shipped_file_has_unique_keys(tmp_path: Path) -> None:
    from copyright_check.datafile import load_yaml

    path = tmp_path / "merge.yaml"
    path.write_text("base: &b {a: 1, b: 1}\nother:\n  <<: *b\n  a: 2\n", "utf-8")
    assert load_yaml(path)["other"] == {"a": 2, "b": 1}
    shipped = [*rules_dir().glob("*.yaml"), *jurisdictions_dir().glob("*.yaml")]
    assert len(shipped) > 50
    for found in shipped:
        load_yaml(found)


def test_a_note_saying_no_country_tag_is_written_matches_the_tags_the_file_writes() -> None:
    # A jurisdiction file's notes are shown to users (`copyright-check jurisdictions XX`): a
    # note that says no country tag is written must not sit beside a term that writes one
    # (review 8: UY.yaml and VE.yaml said so while writing PD-Uruguay-anon / PD-Venezuela).
    import yaml

    for path in sorted(jurisdictions_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not any("no country tag is written" in note for note in data.get("notes") or ()):
            continue
        names = {(term.get("tag") or {}).get("name") for term in (data.get("terms") or {}).values()}
        assert names <= {None, "PD-old-auto"}, (path.name, names)
