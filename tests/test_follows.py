"""Territories that apply another country's law (`follows:`), and US copyright relations.

Commons:Copyright rules by territory gives Puerto Rico the law of the United States
(48 U.S.C. § 734: US statutes apply there) and the Faroe Islands and Greenland their own
pages under Danish law; the law is written once, in the followed file.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.datafile import DataFileError
from copyright_check.jurisdictions import load_all, load_jurisdiction
from copyright_check.paths import jurisdictions_dir

_TERRITORY = """\
code: {code}
name: Test territory
commons_page: https://commons.wikimedia.org/wiki/Commons:Copyright_rules_by_territory/Test
follows: {follows}
follows_source: "a statute that applies the followed country's copyright law here"
us_relations: {{since: "none", source: "US Copyright Office Circular 38a (test fixture)"}}
examples:
  - name: fixture
    record: {{id: x}}
    expect: {{verdict: needs_review}}
"""


def _folder(tmp_path: Path, **territories: str) -> Path:
    folder = tmp_path / "jurisdictions"
    folder.mkdir()
    for code in ("US", "DK", "SE"):
        shutil.copy(jurisdictions_dir() / f"{code}.yaml", folder / f"{code}.yaml")
    for code, follows in territories.items():
        (folder / f"{code}.yaml").write_text(_TERRITORY.format(code=code, follows=follows), "utf-8")
    return folder


def test_territory_takes_the_law_of_the_country_it_follows(tmp_path: Path) -> None:
    found = load_all(_folder(tmp_path, FO="DK"))
    assert found["FO"].terms == found["DK"].terms
    assert found["FO"].fop == found["DK"].fop
    assert found["FO"].law_code == "DK" and found["FO"].file == "jurisdictions/FO.yaml"


def test_territory_keeps_its_own_us_relations(tmp_path: Path) -> None:
    found = load_all(_folder(tmp_path, FO="DK"))
    assert found["FO"].us_relations is not None and found["FO"].us_relations.since is None


def test_a_chain_of_follows_ends_at_the_country_whose_law_applies(tmp_path: Path) -> None:
    found = load_all(_folder(tmp_path, FO="DK", GL="FO"))
    assert found["GL"].law_code == "DK" and found["GL"].terms == found["DK"].terms


def test_a_single_file_that_follows_reads_its_neighbour(tmp_path: Path) -> None:
    folder = _folder(tmp_path, FO="DK")
    assert load_jurisdiction(folder / "FO.yaml").terms == load_all(folder)["DK"].terms


def test_circular_follows_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="circular"):
        load_all(_folder(tmp_path, FO="GL", GL="FO"))


def test_follows_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no jurisdiction file"):
        load_all(_folder(tmp_path, FO="XX"))


def test_follows_without_its_source_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, FO="DK")
    path = folder / "FO.yaml"
    path.write_text(path.read_text("utf-8").replace("follows_source:", "not_a_key:"), "utf-8")
    with pytest.raises(DataFileError, match=r"FO\.yaml"):
        load_all(folder)


def test_us_relations_date_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "SE.yaml"
    # Replaced, not appended: a second us_relations key is refused (duplicate YAML keys).
    text = path.read_text("utf-8")
    assert 'since: "1911-06-01"' in text
    path.write_text(text.replace('since: "1911-06-01"', 'since: "1912-03-04"'), "utf-8")
    assert load_all(folder)["SE"].us_relations.since == date(1912, 3, 4)  # type: ignore[union-attr]


def test_a_work_from_a_territory_under_us_law_is_a_us_work(tmp_path: Path) -> None:
    # Puerto Rico applies the US Copyright Act: a 1925 publication there is a US work,
    # PD in the US 95 years after publication (17 U.S.C. § 304), with no URAA question.
    assessor = Assessor(load_all(_folder(tmp_path, PR="US")))
    a = assessor.assess({"id": "pr", "photographer": "Jack Delano", "photographer_death_year": "1997",
                         "image_date": "1925", "published_date": "1925", "origin_country": "PR",
                         "depicted_type": "landscape"}, date(2026, 11, 24))
    assert a.verdict is Verdict.OK, a.reasons
    assert a.templates == ("{{PD-US-expired}}",) or list(a.templates) == ["{{PD-US-expired}}"]


# Territories that apply another country's copyright act outright, read from the shipped
# jurisdictions/ folder: without their files these rows go to a person ("no jurisdiction
# file"), so each test below fails without them.
_LIVING_STATUE = {"photographer": "Wikimedia volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0",
                  "depicted_type": "sculpture", "depicted_creator": "A Living Sculptor", "depicted_date": "2010",
                  "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


@pytest.fixture(scope="module")
def shipped() -> Assessor:
    return Assessor(load_all())


@pytest.mark.parametrize("code", ["GP", "MQ", "GF", "RE", "YT", "BL", "MF", "PM"])
def test_french_overseas_territories_apply_the_cpi_so_a_living_sculptors_statue_is_not_ok(
        shipped: Assessor, code: str) -> None:
    # Constitution art. 73 (GP, MQ, GF, RE, YT: laws apply "de plein droit") and CGCT
    # LO6213-1, LO6313-1, LO6413-1 (BL, MF, PM): the Code de la propriété intellectuelle
    # applies, whose L122-5 11° freedom of panorama is non-commercial only.
    a = shipped.assess({"id": code, "origin_country": code, "depicted_country": code, **_LIVING_STATUE},
                       date(2026, 12, 4))
    assert a.verdict is Verdict.NOT_OK, a.reasons
    assert load_all()[code].law_code == "FR"


def test_aland_applies_the_finnish_copyright_act_so_a_new_building_is_free(shipped: Assessor) -> None:
    # Act on the Autonomy of Åland 1144/1991 s. 18, s. 27 (the Åland Government: "most civil and
    # criminal law" is Finnish law there); Tekijänoikeuslaki 404/1961 25 a § 4 mom.: buildings
    # may be depicted freely.
    a = shipped.assess({"id": "ax", "photographer": "Wikimedia volunteer", "image_date": "2019",
                        "origin_country": "Åland", "licence": "CC BY-SA 4.0", "depicted_country": "AX",
                        "depicted_type": "building", "depicted_creator": "unknown", "depicted_date": "2011",
                        "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}, date(2026, 12, 4))
    assert a.verdict is Verdict.OK, a.reasons
    assert "{{FoP-Finland}}" in a.templates


def test_svalbard_applies_norwegian_private_law_so_an_artwork_has_no_commercial_fop(shipped: Assessor) -> None:
    # Svalbard Act 1925 § 2: "Norsk privatrett ... gjelder for Svalbard"; åndsverkloven § 31:
    # an artwork as the main motif may not be used commercially.
    a = shipped.assess({"id": "sj", "origin_country": "SJ", "depicted_country": "SJ", **_LIVING_STATUE},
                       date(2026, 12, 4))
    assert a.verdict is Verdict.NOT_OK, a.reasons
    assert load_all()["SJ"].law_code == "NO"


@pytest.mark.parametrize("code", ["CX", "CC", "NF"])
def test_australian_external_territories_apply_the_copyright_act_1968_so_s65_frees_a_statue(
        shipped: Assessor, code: str) -> None:
    # Copyright Act 1968 (Cth) s. 4 (extension to external Territories) and s. 65: sculptures
    # permanently in a public place may be photographed, commercial use included.
    a = shipped.assess({"id": code, "origin_country": code, "depicted_country": code, **_LIVING_STATUE},
                       date(2026, 12, 4))
    assert a.verdict is Verdict.OK, a.reasons
    assert "{{FoP-Australia}}" in a.templates
