"""The depicted work's tags on a file page stand under a line that says they are the depicted
work's, after the photo's own (review 14 E7).

Commons:Multi-license copyright tags (stored https://commons.wikimedia.org/wiki/Commons:Multi-license_copyright_tags):
"Photographs of 3D objects like sculptures should indicate copyright status of both the sculpture
and the photograph ... in order to clarify what each template is for over the years Commons
community developed many ways of combining them". Unlabelled, a photo's
{{PD-old-auto-expired|deathyear=1939}} beside the bridge's {{PD-old-assumed}} read as two claims
about one author (Template:Image license: a page with "contradictory information about the
license ... may be deleted").
"""

from __future__ import annotations

from datetime import date

from copyright_check import Assessor
from copyright_check.wikitext import file_page, row_text

AS_OF = date(2026, 12, 1)
# Realistic row B-00000012: a bridge of 1885 by an unknown builder, photographed in 1893 by Greta
# Hansen (d. 1939).
BRIDGE = {"id": "B-00000012", "title": "Photo 12 of a bridge", "photographer": "Greta Hansen",
          "photographer_death_year": "1939", "image_date": "1893", "published_date": "1894", "origin_country": "SE",
          "rights_holder": "Riksantikvarieämbetet", "depicted_country": "SE", "depicted_type": "building",
          "depicted_creator": "unknown", "depicted_date": "1885", "depicted_permanent": "no"}


def _licence_section(row: dict[str, str]) -> list[str]:
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict.value == "ok"
    return row_text(row, a).partition("=={{int:license-header}}==\n")[2].strip().splitlines()


def test_the_depicted_work_s_tag_stands_under_its_own_line() -> None:
    assert _licence_section(BRIDGE) == ["The photograph:", "{{PD-old-auto-expired|deathyear=1939}}",
                                        "The work it shows (building, 1885):", "{{PD-old-assumed}}"]


def test_a_page_with_the_photo_s_tags_alone_is_as_before() -> None:
    row = dict(BRIDGE, depicted_type="none", depicted_creator="", depicted_date="", depicted_permanent="")
    assert _licence_section(row) == ["{{PD-old-auto-expired|deathyear=1939}}"]


def test_the_label_s_record_values_are_escaped() -> None:
    lines = _licence_section(dict(BRIDGE, depicted_date="1885"))
    assert lines[2] == "The work it shows (building, 1885):"
    a = Assessor(as_of=AS_OF).assess(BRIDGE)
    page = file_page(dict(BRIDGE, depicted_type="}}{{delete}}"), a.templates, own=a.own)
    assert "{{delete}}" not in page
