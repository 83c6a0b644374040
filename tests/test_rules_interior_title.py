"""A building's photo whose title says it shows the inside (review 14 E2).

The catalogues of Swedish heritage photos title interiors "..., interiör" with the building as the
object type. Such a title stands for an empty depicted_setting as `indoor`, so the interior's
question is asked: altarpieces, stained glass and murals inside have their own authors and terms
(Commons:Derivative works; Commons:Deletion requests/Files in Category:Comeniuskapel, Naarden).
Beside depicted_setting outdoor_public the title contradicts the cell: review, never ok on freedom
of panorama for the outside. German UrhG § 59(1) S. 2: "Bei Bauwerken erstrecken sich diese
Befugnisse nur auf die äußere Ansicht" (stored https://stb-bruns.com/keine-panoramafreiheit-fuer-drohnenaufnahmen).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)


def _building(title: str, setting: str, country: str = "SE", **more: str) -> object:
    # A photo of 2020 under CC BY-SA 4.0 by a named photographer; Uppsala Cathedral (1270-1435,
    # builders unknown: long PD), or Gottfried Böhm's church (d. 2021: protected).
    row = {"id": "I", "title": title, "photographer": "Per Foto", "image_date": "2020", "origin_country": "SE",
           "licence": "CC BY-SA 4.0", "rights_holder": "Per Foto", "depicted_country": country,
           "depicted_type": "building", "depicted_creator": "unknown", "depicted_date": "1435",
           "depicted_setting": setting, "depicted_permanent": "yes", **more}
    return Assessor(as_of=AS_OF).assess(row)


@pytest.mark.parametrize("title", ["Interior of Uppsala Cathedral", "Uppsala domkyrka, interiör", "Kyrkointeriör",
                                   "Kölner Dom Innenansicht", "Vue intérieure de la cathédrale"])
def test_an_interior_title_over_an_empty_setting_asks_the_interior_s_question(title: str) -> None:
    a = _building(title, "")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-interior-may-show-art"


def test_an_interior_title_beside_outdoor_public_is_a_contradiction() -> None:
    a = _building("Uppsala domkyrka interiör med altartavla", "outdoor_public")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-contradictory-facts"
    assert "title" in a.reasons[-1].text and "outdoor_public" in a.reasons[-1].text


def test_a_german_interior_is_never_ok_on_freedom_of_panorama_for_the_outside() -> None:
    a = _building("Kirche St. Gertrud, Köln, Innenansicht", "outdoor_public", "DE",
                  depicted_creator="Gottfried Böhm", depicted_creator_death_year="2021", depicted_date="1965")
    assert a.verdict is not Verdict.OK and "{{FoP-Germany}}" not in a.templates


@pytest.mark.parametrize("title", ["Uppsala domkyrka", "Innenhof des Rathauses", "Inre hamnen"])
def test_a_title_without_an_interior_word_leaves_the_setting_as_written(title: str) -> None:
    # "Innenhof" is a courtyard (outside); only the whole word "innen" or the listed stems count.
    a = _building(title, "outdoor_public")
    assert a.verdict is Verdict.OK


def test_rows_that_differ_only_in_the_title_are_not_one_cached_answer() -> None:
    # The title is outside the whole-row cache's key but for what it says (assessor._row_key).
    assessor = Assessor(as_of=AS_OF)
    base = {"photographer": "Per Foto", "image_date": "2020", "origin_country": "SE", "licence": "CC BY-SA 4.0",
            "depicted_country": "SE", "depicted_type": "building", "depicted_creator": "unknown",
            "depicted_date": "1435", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    for round_ in range(3):
        for i, title in enumerate(["Uppsala domkyrka", "Uppsala domkyrka interiör"]):
            a = assessor.assess({"id": f"{round_}-{i}", "title": title, **base})
            assert (a.verdict is Verdict.OK) is (i == 0), (round_, title)
