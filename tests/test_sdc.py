"""Structured data on Commons (`--format sdc`, sdc.py): each template's statements as
Commons models a file's copyright, read from rules/structured_data.yaml.

Pages cited: Commons:Structured data/Modeling/Copyright (P6216 copyrighted or public
domain; P275 for a licensed file; the file apart from the work it shows), Wikidata
Help:Copyrights (one P6216 statement per jurisdiction with P1001 and P459) and
Help:Copyrights/maintenance (the statements for old publications and life + 100),
Commons:Structured data/Modeling/Author (P170 and its qualifiers), Wikimedia Sverige's
Projekt:CommonsDB registry/Mallmappning (the registry rationale per template).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from copyright_check.assessment import Assessment, Verdict
from copyright_check.batch import rendered_file
from copyright_check.cli import app
from copyright_check.sdc import default_structured_data, parse_tag, sdc_claims

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "records.csv"
DATA = yaml.safe_load((ROOT / "rules" / "structured_data.yaml").read_text("utf-8"))
ITEM = {k: v["id"] for k, v in DATA["items"].items()}
PROP = {k: v["id"] for k, v in DATA["properties"].items()}
AS_OF = date(2026, 11, 30)


def ok(*templates: str, own: int | None = None) -> Assessment:
    return Assessment("r1", Verdict.OK, list(templates), own=len(templates) if own is None else own)


def statuses(obj: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """(P6216 value, {qualifier property: value}) for each copyright status statement."""
    found = []
    for c in obj["claims"]:
        if c["mainsnak"]["property"] == PROP["copyright_status"]:
            quals = {p: qs[0]["datavalue"]["value"]["id"] for p, qs in c.get("qualifiers", {}).items()}
            found.append((c["mainsnak"]["datavalue"]["value"]["id"], quals))
    return found


def values(obj: dict[str, Any], prop: str) -> list[Any]:
    return [c["mainsnak"].get("datavalue", {}).get("value") for c in obj["claims"] if c["mainsnak"]["property"] == prop]


def test_pd_us_expired_is_public_domain_in_the_united_states_by_publication() -> None:
    # Help:Copyrights/maintenance: P6216 Q19652, P1001 United States, P459 its publication method.
    obj = sdc_claims(ok("{{PD-US-expired}}"), {}, AS_OF)
    assert statuses(obj) == [(ITEM["public_domain"], {PROP["applies_to_jurisdiction"]: ITEM["united_states"],
                                                      PROP["determination_method"]: ITEM["us_published_long_ago"]})]
    assert obj["registry"]["rights_statement"] == DATA["rights_statements"]["public_domain_mark"]["uri"]
    assert obj["registry"]["rationale"] == DATA["statements"]["us_published_long_ago"]["rationale"]


def test_life_term_statement_only_once_the_term_has_run_out() -> None:
    # A term runs to the end of the calendar year: life + 100 for a death in 1900 is over on 1 January 2001.
    term = DATA["life_terms"][0]
    death = 1900
    before = sdc_claims(ok(f"{{{{PD-old-auto|deathyear={death}}}}}"), {}, date(death + term["years"], 12, 31))
    after = sdc_claims(ok(f"{{{{PD-old-auto|deathyear={death}}}}}"), {}, date(death + term["years"] + 1, 1, 1))
    assert statuses(before) == []
    assert [t for t in before["left_out"] if t["template"] == "PD-old-auto"]
    assert statuses(after) == [(ITEM["public_domain"], {PROP["applies_to_jurisdiction"]: ITEM[term["jurisdiction"]],
                                                        PROP["determination_method"]: ITEM[term["method"]]})]
    assert after["registry"]["rationale"] == term["rationale"]  # Mallmappning's text for PD-old-100


def test_without_a_verified_life_term_the_registry_still_gets_the_templates_finding_in_words() -> None:
    # Mallmappning's PD-old-N text, N the longest PD-old span that has run out (1948 + 75 < 2026 <= 1948 + 80).
    spans = DATA["life_rationale"]["spans"]
    death = AS_OF.year - 1 - max(n for n in spans if n < min(t["years"] for t in DATA["life_terms"]))
    span = max(n for n in spans if AS_OF.year > death + n)
    obj = sdc_claims(ok(f"{{{{PD-old-auto|deathyear={death}}}}}"), {}, AS_OF)
    assert statuses(obj) == []
    assert obj["registry"]["rationale"] == DATA["life_rationale"]["text"].format(years=span)
    assert obj["registry"]["determination_methods"] == []


def test_unmapped_public_domain_template_still_gives_the_public_domain_mark() -> None:
    obj = sdc_claims(ok("{{PD-Sweden-photo}}"), {}, AS_OF)
    assert obj["registry"]["rights_statement"] == DATA["rights_statements"]["public_domain_mark"]["uri"]
    assert obj["registry"]["rationale"] is None


def test_pd_brazil_photo_with_1923_keeps_the_us_statement_its_text_then_states() -> None:
    # rules/tags.yaml writes {{PD-Brazil-Photo|1=1923}} where the pair PD-Brazil-Photo + PD-US-expired stood:
    # its text is then PD-US-expired's (Template:PD-Brazil-Photo, parameter 1), and so is its US statement.
    us = (ITEM["public_domain"], {PROP["applies_to_jurisdiction"]: ITEM["united_states"],
                                  PROP["determination_method"]: ITEM["us_published_long_ago"]})
    assert statuses(sdc_claims(ok("{{PD-Brazil-Photo|1=1923}}"), {}, AS_OF)) == [us]
    assert statuses(sdc_claims(ok("{{PD-Brazil-Photo}}"), {}, AS_OF)) == []  # the PD-1996 side: no item verified


def test_pd_old_auto_expired_gives_one_statement_per_jurisdiction() -> None:
    # Help:Copyrights: several P6216 statements, each with its own P1001 and P459.
    obj = sdc_claims(ok("{{PD-old-auto-expired|deathyear=1850}}"), {}, AS_OF)
    assert {q[PROP["applies_to_jurisdiction"]] for _, q in statuses(obj)} == {
        ITEM["united_states"], ITEM[DATA["life_terms"][0]["jurisdiction"]]}


def test_depicted_works_tag_is_no_copyright_status_of_the_file() -> None:
    # Commons:Structured data/Modeling/Copyright: the file apart from the creative work it shows.
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}", "{{PD-old-auto|deathyear=1850}}", own=1), {}, AS_OF)
    assert statuses(obj) == [(ITEM["copyrighted"], {})]
    assert obj["left_out"] == [{"template": "PD-old-auto", "why": DATA["not_copyright_status"]["depicted"]}]
    assert obj["registry"]["templates"] == ["Cc-by-sa-4.0"]


def test_cc_licence_is_copyrighted_with_its_licence_and_deed() -> None:
    # Commons:Structured data/Modeling/Copyright: copyrighted + copyright license (P275).
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}"), {}, AS_OF)
    assert statuses(obj) == [(ITEM["copyrighted"], {})]
    assert [v["id"] for v in values(obj, PROP["copyright_license"])] == [ITEM["cc_by_sa_4_0"]]
    assert obj["registry"]["rights_statement"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert obj["left_out"] == []


def test_cc_version_without_a_verified_item_leaves_p275_out_and_says_so() -> None:
    # Commons:Structured data/Modeling/Copyright models a licensed file as copyrighted *and*
    # its licence (P275): 'copyrighted' alone would post the file as all rights reserved, so it
    # goes out with the licence it stands beside (review 12 C4).
    obj = sdc_claims(ok("{{Cc-by-4.0}}"), {}, AS_OF)
    assert statuses(obj) == []
    assert values(obj, PROP["copyright_license"]) == []
    assert obj["left_out"] == [{"template": "Cc-by-4.0", "why": DATA["creative_commons"]["no_item"]}]
    assert obj["registry"]["rights_statement"] == "https://creativecommons.org/licenses/by/4.0/"


def test_cc0_is_dedicated_to_the_public_domain_by_its_holder() -> None:
    obj = sdc_claims(ok("{{Cc-zero}}"), {}, AS_OF)
    assert statuses(obj) == [(ITEM["dedicated_to_public_domain"], {})]
    assert [v["id"] for v in values(obj, PROP["copyright_license"])] == [ITEM["cc_zero"]]
    assert obj["registry"]["rights_statement"] == DATA["rights_statements"]["cc_zero"]["uri"]


def test_freedom_of_panorama_tag_is_not_a_copyright_status() -> None:
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"), {}, AS_OF)
    assert statuses(obj) == [(ITEM["copyrighted"], {})]
    assert obj["left_out"] == [{"template": "FoP-Sweden", "why": DATA["not_copyright_status"]["why"]}]


def test_unmapped_template_gives_no_statement_and_its_reason() -> None:
    obj = sdc_claims(ok("{{PD-Sweden-photo}}", "{{PD-1996}}"), {}, AS_OF)
    assert statuses(obj) == []
    assert obj["left_out"] == [{"template": "PD-Sweden-photo", "why": DATA["unmapped"]["PD-Sweden-photo"]},
                               {"template": "PD-1996", "why": DATA["unmapped"]["PD-1996"]}]


@pytest.mark.parametrize("verdict", [Verdict.NOT_OK, Verdict.NEEDS_REVIEW])
def test_row_that_is_not_ok_has_no_claims(verdict: Verdict) -> None:
    obj = sdc_claims(Assessment("r1", verdict, []), {"photographer": "A. Person", "image_date": "1920"}, AS_OF)
    assert obj["claims"] == [] and obj["registry"] is None and obj["verdict"] == verdict.value


def test_creator_without_an_item_is_some_value_with_the_author_name_string() -> None:
    # Commons:Structured data/Modeling/Author: P170 with the name as P2093 when no item is known.
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}"), {"photographer": "Oscar Halldin"}, AS_OF)
    creators = [c for c in obj["claims"] if c["mainsnak"]["property"] == PROP["creator"]]
    assert len(creators) == 1 and creators[0]["mainsnak"]["snaktype"] == "somevalue"
    assert creators[0]["qualifiers"][PROP["author_name_string"]][0]["datavalue"]["value"] == "Oscar Halldin"


def test_the_author_name_string_is_the_name_without_a_wikidata_id_beside_it() -> None:
    # Commons:Structured data/Modeling/Author: P2093 is the author's name as a string; "Q5" (the
    # class "human", as a linked-data export writes it before the name) is no part of it.
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}"), {"photographer": "Q5 Oscar Halldin"}, AS_OF)
    creators = [c for c in obj["claims"] if c["mainsnak"]["property"] == PROP["creator"]]
    assert creators[0]["qualifiers"][PROP["author_name_string"]][0]["datavalue"]["value"] == "Oscar Halldin"


@pytest.mark.parametrize("cells", [{"photographer": "unknown"}, {"photographer": "Oscar Halldin", "anonymous": "yes"},
                                   {}])
def test_no_creator_statement_for_an_unknown_or_anonymous_author(cells: dict[str, str]) -> None:
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}"), cells, AS_OF)
    assert [c for c in obj["claims"] if c["mainsnak"]["property"] == PROP["creator"]] == []


@pytest.mark.parametrize(("image_date", "year"), [("1921", 1921), ("1921-06-03", 1921), ("ca. 1920", None),
                                                  ("1920s", None), ("", None)])
def test_inception_only_for_an_image_date_of_one_exact_year(image_date: str, year: int | None) -> None:
    obj = sdc_claims(ok("{{Cc-by-sa-4.0}}"), {"image_date": image_date}, AS_OF)
    times = [v["time"] for v in values(obj, PROP["inception"])]
    assert times == ([] if year is None else [f"+{year}-00-00T00:00:00Z"])


def test_parse_tag_reads_name_and_parameters() -> None:
    assert parse_tag("{{PD-old-auto-expired|deathyear=1948}}") == ("PD-old-auto-expired", {"deathyear": "1948"})
    assert parse_tag("{{PD-EU-no author disclosure}}") == ("PD-EU-no author disclosure", {})


HOSTILE = ['A "quoted" name', "line\nbreak", "para\u2029sep", "}\"]},{\"x\":\"", "\x85next", "back\\slash"]


def test_no_record_value_can_break_the_json_lines(tmp_path: Path) -> None:
    # Values from the record are encoded by the JSON encoder: each row stays one line, and
    # the name reads back exactly as given.
    src = tmp_path / "in.csv"
    rows = "".join(f'H{i},"{v.replace(chr(34), chr(34) * 2)}",2015,CC BY-SA 4.0,Museum,SE,none\n'
                   for i, v in enumerate(HOSTILE))
    src.write_text("id,photographer,image_date,licence,rights_holder,origin_country,depicted_type\n" + rows, "utf-8",
                   newline="")
    result = CliRunner().invoke(app, ["assess", str(src), "--format", "sdc", "--as-of", "2026-11-30", "-q"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.split("\n") if line]
    objs = [json.loads(line) for line in lines]
    assert [o["id"] for o in objs] == [f"H{i}" for i in range(len(HOSTILE))]
    for obj, value in zip(objs, HOSTILE, strict=True):
        names = [c["qualifiers"][PROP["author_name_string"]][0]["datavalue"]["value"]
                 for c in obj["claims"] if c["mainsnak"]["property"] == PROP["creator"]]
        assert obj["verdict"] == "ok"
        assert names == [" ".join(value.split())]


def _qids(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {value["id"]} if value.get("entity-type") == "item" else set()
        cal = value.get("calendarmodel")
        if isinstance(cal, str):
            found.add(cal.rsplit("/", 1)[-1])
        return found.union(*(_qids(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_qids(v) for v in value))
    return set()


def test_every_item_in_the_output_comes_from_the_data_file() -> None:
    result = CliRunner().invoke(app, ["assess", str(EXAMPLE), "--format", "sdc", "--as-of", "2026-11-30", "-q"])
    objs = [json.loads(line) for line in result.stdout.splitlines() if line]
    used = set().union(*(_qids(o["claims"]) for o in objs))
    methods = {m for o in objs if o["registry"] for m in o["registry"]["determination_methods"]}
    assert used and used | methods <= default_structured_data().item_ids


def test_every_input_row_once_in_order_with_worker_processes() -> None:
    ids = [line.split(",", 1)[0] for line in EXAMPLE.read_text("utf-8").splitlines()[1:]]
    with rendered_file(EXAMPLE, "sdc", AS_OF, jobs=2) as (_, rows):
        got = [json.loads(r.text) for r in rows]
    assert [o["id"] for o in got] == ids
    assert all(o["claims"] == [] for o in got if o["verdict"] != "ok")
    assert any(o["claims"] for o in got if o["verdict"] == "ok")


DEPICTED_PD = {"id": "lib-1", "photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": "SE",
               "licence": "CC BY-SA 4.0", "rights_holder": "Uploader", "depicted_country": "SE",
               "depicted_type": "building", "depicted_creator": "Isak Gustaf Clason",
               "depicted_creator_death_year": "1930", "depicted_date": "1900", "depicted_setting": "outdoor_public",
               "depicted_permanent": "yes"}


def test_library_result_sdc_is_the_batch_object(tmp_path: Path) -> None:
    # Assessor.assess(record).sdc(): the same object `--format sdc` writes for that row.
    from copyright_check import Assessor

    a = Assessor().assess(DEPICTED_PD, AS_OF)
    src = tmp_path / "one.csv"
    src.write_text(",".join(DEPICTED_PD) + "\n" + ",".join(DEPICTED_PD.values()) + "\n", "utf-8")
    with rendered_file(src, "sdc", AS_OF) as (_, rows):
        (batch,) = [json.loads(r.text) for r in rows]
    assert a.verdict is Verdict.OK and len(a.templates) > 1  # the photo's licence and the building's tag
    assert a.sdc() == batch
    assert statuses(batch) == [(ITEM["copyrighted"], {})]  # the building's tag is not the file's status


def test_which_templates_are_the_photos_own_survives_copies() -> None:
    import pickle
    from dataclasses import replace

    from copyright_check import Assessor

    a = Assessor().assess(DEPICTED_PD, AS_OF)
    assert a.own == 1
    assert pickle.loads(pickle.dumps(a)).own == 1
    assert replace(a, id="other").own == 1


def test_a_photo_found_pd_whose_page_rests_on_a_licence_is_never_posted_as_copyrighted() -> None:
    # rules/verdict.yaml tags_else: a photo PD at home and in the US whose PD templates cannot be
    # written is put on the holder's licence; 'copyrighted' would then contradict the assessment's
    # own finding (an institution's claim on a PD work is not honoured: Commons:When to use the
    # PD-Art tag, "The position of the WMF"). The licence (P275) stays; P6216 is named under
    # left_out (review 12 C4).
    from copyright_check.assessment import Reason
    a = ok("{{Cc-by-sa-4.0}}")
    a.reasons.append(Reason("ok-licence-instead-of-pd-templates", "PD on both sides, no tag"))
    obj = sdc_claims(a, {}, AS_OF)
    assert statuses(obj) == []
    assert [v["id"] for v in values(obj, PROP["copyright_license"])] == [ITEM["cc_by_sa_4_0"]]
    assert obj["left_out"] == [{"template": "Cc-by-sa-4.0", "why": DATA["creative_commons"]["pd_found"]}]
