"""Each template is used only within its own conditions (rules/templates.yaml,
`conditions`), checked generically on a file page's tag groups: the photo's own tags and
the depicted work's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from copyright_check.assessor import Assessor
from copyright_check.paths import rules_dir
from copyright_check.register import Register, load_register, violations
from copyright_check.years import YearRange
from tests.conftest import AS_OF, rules_of


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register()


def broken(register: Register, photo: list[Any], depicted: list[Any] = (),  # type: ignore[assignment]
           facts: dict[str, str] | None = None, years: dict[str, Any] | None = None) -> list[str]:
    found = violations(register, {"photo": photo, "depicted": list(depicted)}, facts or {}, years or {})
    return [f"{v.template}:{v.condition}:{v.action}" for v in found]


def test_country_tag_without_a_us_tag_is_refused(register: Register) -> None:
    # Template:PD-old-auto/doc: "You must also include a United States public domain tag".
    assert broken(register, [("PD-Sweden-photo", [])]) == ["PD-Sweden-photo:us_tag_beside:review"]
    assert broken(register, [("PD-Sweden-photo", []), ("PD-1996", [])]) == []


def test_us_tag_of_a_foreign_work_without_a_country_tag_is_refused(register: Register) -> None:
    # Template:PD-US-expired: "If the work is not a U.S. work, the file must have an
    # additional copyright tag indicating the copyright status in the source country."
    assert broken(register, [("PD-US-expired", [])], facts={"origin_is_us": "no"}) == [
        "PD-US-expired:country_tag_beside:review"]
    assert broken(register, [("PD-US-expired", [])], facts={"origin_is_us": "yes"}) == []


def test_combined_form_counts_as_both_sides(register: Register) -> None:
    # Template:PD-old-auto-expired: PD at home (life + N) and in the US in one template.
    assert broken(register, [("PD-old-auto-expired", [("deathyear", 1920)])]) == []


def test_a_warning_or_fop_tag_does_not_stand_for_the_us_side(register: Register) -> None:
    # Template:Not-PD-US-URAA is never a licence and never a US PD tag.
    assert broken(register, [("PD-old-auto", [("deathyear", 1950)]), ("FoP-Germany", [])]) == [
        "PD-old-auto:us_tag_beside:review"]


def test_country_tag_of_a_country_without_us_relations_needs_no_us_tag(register: Register) -> None:
    # Template:PD-Iran carries Circular 38a's note: no US protection for such works.
    assert broken(register, [("PD-Iran", [])], facts={"us_relations_at_publication": "no"}) == []
    assert broken(register, [("PD-Iran", [])], facts={"us_relations_at_publication": "yes"}) == [
        "PD-Iran:us_tag_or_no_us_relations:review"]


def test_pd_old_auto_without_deathyear_sends_the_photo_to_review(register: Register) -> None:
    # Template:PD-old-auto: deathyear= is required.
    assert broken(register, [("PD-old-auto-expired", [("deathyear", None)])]) == [
        "PD-old-auto-expired:deathyear:review"]
    # Without the country tag the US tag is left alone on a foreign photo: refused too.
    assert broken(register, [("PD-US-expired", [])], facts={"origin_is_us": "no"}) != []


def test_depicted_work_tag_without_deathyear_is_left_off(register: Register) -> None:
    # The depicted work is PD by the lifespan bound; a PD-old-auto with no deathyear= would
    # show a wrong term, so the tag is dropped and the decision stands.
    assert broken(register, [("Cc-by-sa-4.0", [])], [("PD-old-auto", [("deathyear", None)])]) == [
        "PD-old-auto:deathyear:drop"]


def test_pd_italy_only_for_simple_photographs(register: Register) -> None:
    # Template:PD-Italy: Legge 633/1941 art. 87 and 92 (simple photographs only).
    tags = [("PD-Italy", []), ("PD-US-expired", [])]
    assert broken(register, tags, facts={"photo_kind": "simple_photograph"}) == []
    assert broken(register, tags, facts={"photo_kind": "unknown"}) == ["PD-Italy:simple_photograph_only:review"]


def test_pd_italy_with_pd_1996_only_before_1976_and_1978(register: Register) -> None:
    # Template:PD-Italy: PD-1996 for photos created before 1976 and published before 1978.
    tags = [("PD-Italy", []), ("PD-1996", [])]
    facts = {"photo_kind": "simple_photograph"}
    old = {"creation": YearRange(1960, 1960), "publication": YearRange(1960, 1960)}
    late = {"creation": YearRange(1974, 1976), "publication": YearRange(1976, 1976)}
    assert broken(register, tags, facts=facts, years=old) == []
    assert broken(register, tags, facts=facts, years=late) == ["PD-Italy:italy_us_side:review"]
    assert broken(register, tags, facts=facts, years={}) == ["PD-Italy:italy_us_side:review"]


def test_fop_tag_only_next_to_the_photo_licence(register: Register) -> None:
    # Template:FoP-Germany is not a licence: the photo needs its own.
    assert broken(register, [("Cc-by-sa-4.0", [])], [("FoP-Germany", [])]) == []
    assert broken(register, [("PD-old-auto-expired", [("deathyear", 1900)])], [("FoP-Germany", [])]) == []
    assert broken(register, [("PD-Iran", [])], [("FoP-Germany", [])],
                  facts={"us_relations_at_publication": "no"}) == []
    assert broken(register, [], [("FoP-Germany", [])]) == ["FoP-Germany:photo_licence_beside:review"]


def test_unregistered_or_refused_template_never_reaches_a_page(register: Register) -> None:
    assert broken(register, [("Cc-by-sa-4.0", []), ("FoP-US", [])]) == ["FoP-US:registered:review"]
    assert broken(register, [("PD-Nowhere", []), ("PD-1996", [])], facts={"origin_is_us": "no"}) == [
        "PD-Nowhere:registered:review", "PD-1996:country_tag_beside:review"]


def test_not_pd_us_uraa_is_never_a_licence(register: Register) -> None:
    # Template:Not-PD-US-URAA/doc: not to be applied to files uploaded after 1 March 2012.
    entry = register.find("Not-PD-US-URAA")
    assert entry is not None and entry.kind == "warning" and entry.status == "not_emitted"
    assert broken(register, [("Not-PD-US-URAA", [])]) == ["Not-PD-US-URAA:registered:review"]


def test_cc_4_0_has_no_ported_template(register: Register) -> None:
    assert register.find("Cc-by-sa-3.0-de") is not None
    assert register.find("Cc-by-sa-4.0-de") is None


def test_a_broken_condition_sends_the_row_to_review_with_the_template_named(tmp_path: Path) -> None:
    # Wiring: the assessor checks the tag set it would write against the register it is given.
    data = yaml.safe_load((rules_dir() / "templates.yaml").read_text("utf-8"))
    for entry in data["templates"]:
        if entry["name"] == "PD-old-auto-expired":
            entry["conditions"] = ["simple_photograph_only"]
    path = tmp_path / "templates.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    assessor = Assessor(register=load_register(path))
    row = {"id": "t", "photographer": "Oscar Halldin", "photographer_death_year": "1948",
           "image_date": "ca. 1920", "published_date": "1925", "origin_country": "SE",
           "photo_kind": "photographic_work", "depicted_type": "landscape"}
    a = assessor.assess(row, AS_OF)
    assert a.verdict.value == "needs_review" and a.templates == []
    assert "template-simple_photograph_only" in rules_of(a)
    assert "PD-old-auto-expired" in a.summary
    assert Assessor().assess(row, AS_OF).verdict.value == "ok"


def test_fop_sweden_only_for_buildings(register: Register) -> None:
    # COM:FOP Sweden: public art deleted since the Supreme Court ruling Ö 849-15 (2016).
    photo = [("Cc-by-sa-4.0", [])]
    assert broken(register, photo, [("FoP-Sweden", [])], facts={"depicted_type": "building"}) == []
    assert broken(register, photo, [("FoP-Sweden", [])], facts={"depicted_type": "sculpture"}) == [
        "FoP-Sweden:sweden_buildings_only:review"]


def test_unconfirmed_fop_names_are_not_written(register: Register) -> None:
    # Issue 15: FoP-US and FoP-Poland could not be confirmed on Commons (FoP-Czech Republic
    # since was: COM:Czech Republic names it among its common licence tags).
    for name in ("FoP-US", "FoP-Poland", "PD-Libya"):
        entry = register.find(name)
        assert entry is not None and entry.status == "not_emitted", name


def test_pd_usgov_only_for_a_photo_whose_origin_is_not_another_country(register: Register) -> None:
    # Template:PD-USGov; 17 USC 101, 105: a work of an officer or employee of the US federal
    # government in the course of duty. An origin elsewhere contradicts the label.
    assert broken(register, [("PD-USGov", [])], facts={"origin_is_us": "no"}) == [
        "PD-USGov:us_federal_work:review"]
    assert broken(register, [("PD-USGov", [])], facts={"origin_is_us": "yes"}) == []
    assert broken(register, [("PD-USGov", [])], facts={"origin_is_us": "unknown"}) == []


GOV = {"id": "g", "photographer": "Staff photographer", "image_date": "1990", "published_date": "1990",
       "photo_kind": "photographic_work", "licence": "United States Government Work", "depicted_type": "landscape"}


@pytest.mark.parametrize(("origin", "verdict"), [("SE", "needs_review"), ("US", "ok"), ("", "ok")])
def test_us_government_work_label_on_a_photo_from_another_country_needs_review(origin: str, verdict: str) -> None:
    # Template:PD-USGov (17 USC 105): the licence cell is the institution's statement that a
    # US federal employee made the photo; a Swedish origin says otherwise, so a person
    # checks. An empty origin_country does not contradict it (README, Known limits).
    a = Assessor().assess({**GOV, "origin_country": origin}, AS_OF)
    assert a.verdict.value == verdict
    if verdict == "ok":
        assert a.templates == ["{{PD-USGov}}"]
    else:
        assert a.templates == [] and "template-us_federal_work" in rules_of(a)
        assert "origin_country" in a.summary


def test_us_government_work_label_does_not_hold_back_a_photo_that_is_pd_anyway() -> None:
    # Made and published 1860 in Sweden: PD there and in the US whatever the label says; the
    # file page carries those PD tags, not PD-USGov.
    a = Assessor().assess({**GOV, "image_date": "1860", "published_date": "1860", "origin_country": "SE"}, AS_OF)
    assert a.verdict.value == "ok" and "{{PD-USGov}}" not in a.templates
