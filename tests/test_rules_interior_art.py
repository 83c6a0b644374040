"""An interior's own works (review 11 A10): altarpieces, stained-glass windows, murals, paintings,
sculpture and furnishings inside a building are works of their own, often far younger than the
building, with their own authors and terms. Neither the building's age nor a freedom of panorama
for buildings frees them: Commons:Deletion requests/Files in Category:Comeniuskapel, Naarden
(stored http://finehairstyles.net/files_in_category_comeniuskapel%2c_naarden.html): the etched
windows of a 15th-century chapel's interior by Jaroslav Benda (d. 1970), "Nor does FOP cover 2D
artwork. So the standard rule of Life + 70 years applies to these stained glass windows". The
question was asked only where freedom of panorama covered the building indoors
(rules/fop.yaml fop-interior-may-show-art); now wherever else the row would be ok
(rules/verdict.yaml needs-review-interior-may-show-art).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from copyright_check import Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 1)
ASKED = "needs-review-interior-may-show-art"


def _interior(country: str = "FR", **more: str) -> dict[str, str]:
    # A named photographer: CC BY-SA requires its author to be credited (review 14 E3).
    return {"image_date": "2020", "origin_country": country, "photo_kind": "photographic_work",
            "photographer": "Per Foto", "licence": "CC BY-SA 4.0", "depicted_country": country,
            "depicted_type": "interior",
            "depicted_creator": "Jean Architecte", "depicted_creator_death_year": "1850", "depicted_date": "1840",
            "depicted_setting": "indoor_public", "depicted_permanent": "yes", **more}


def test_notre_dame_nave_photographed_in_2026_is_asked_about_its_new_windows(check: Any) -> None:
    # review 11 play/notredame.csv: the nave (1163-1345) has six new windows by Claire
    # Tabouret (living); France has no freedom of panorama Commons accepts for them.
    a = check(AS_OF, **_interior(image_date="2026", depicted_creator="unknown", depicted_creator_death_year="",
                                 depicted_date="1163/1345", title="Notre-Dame de Paris: the nave"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == ASKED
    assert "stained-glass windows" in a.reasons[-1].text


def test_a_church_interior_whose_architect_died_in_1850_is_asked_too(check: Any) -> None:
    for country in ("FR", "DE", "IT"):
        a = check(AS_OF, **_interior(country))
        assert a.verdict is Verdict.NEEDS_REVIEW, country
        assert ASKED in rules_of(a)


def test_a_building_photographed_inside_is_an_interior(check: Any) -> None:
    a = check(AS_OF, **_interior(depicted_type="building"))
    assert ASKED in rules_of(a)


def test_a_us_interior_of_a_building_from_before_1990_is_asked_too(check: Any) -> None:
    # The AWCPA frees the building (Template:FoP-US), not the art in it.
    a = check(AS_OF, **_interior("US", depicted_date="1967", depicted_creator_death_year="2000"))
    assert "depicted-building-in-the-us-before-awcpa" in rules_of(a)
    assert ASKED in rules_of(a)


def test_a_building_seen_from_outside_is_not_asked(check: Any) -> None:
    a = check(AS_OF, **_interior(depicted_type="building", depicted_setting="outdoor_public"))
    assert a.verdict is Verdict.OK
    assert ASKED not in rules_of(a)


def test_where_freedom_of_panorama_frees_the_building_it_asks_the_question_itself(check: Any) -> None:
    # Sweden frees buildings, indoors too (URL 24 § 3), not the art inside.
    a = check(AS_OF, **_interior("SE", depicted_creator_death_year="2000", depicted_date="1990"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "fop-interior-may-show-art" in rules_of(a)
    assert ASKED not in rules_of(a)


def test_a_photo_protected_on_its_own_side_stays_not_ok(check: Any) -> None:
    a = check(AS_OF, **_interior(licence="", photographer="Per Doe", photographer_death_year="2000", image_date="1995"))
    assert a.verdict is Verdict.NOT_OK


# The optional shows_works_inside column answers the question (README, The record): a person
# has looked at the photo. Commons keeps an interior whose building is free where it shows no
# works of its own: the Guggenheim's rotunda (Template:FoP-US: "Architectural works completed
# before this date ... may also be photographed"), Milano Centrale's hall, the Stockholm Public
# Library's rotunda (tests/data/real_cases.csv RC-US-9, RC-IT-14, RC-SE-18, now without their
# known gap). The Naarden chapel's windows show what a "yes" is: each work decides on its own.
SHOWS = "needs-review-interior-shows-works"


def test_an_interior_that_shows_no_works_of_its_own_is_decided_by_its_building(check: Any) -> None:
    a = check(AS_OF, **_interior(shows_works_inside="no"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto|deathyear=1850}}"]
    assert ASKED not in rules_of(a) and SHOWS not in rules_of(a)


def test_no_is_read_in_the_languages_other_yes_no_columns_are(check: Any) -> None:
    # (Not FALSE, FALSKT: a spreadsheet's unticked box is no answer, below.)
    for word in ("nej", "Nein", "non", "nee", "ei", "nie", "não", "No"):
        a = check(AS_OF, **_interior(shows_works_inside=word))
        assert a.verdict is Verdict.OK, word
        assert not a.errors, word


def test_an_interior_that_shows_works_of_its_own_goes_to_those_works(check: Any) -> None:
    # Deletion requests/Files in Category:Comeniuskapel, Naarden: a 15th-century chapel, windows
    # by Jaroslav Benda (d. 1970): "the standard rule of Life + 70 years applies".
    for word in ("yes", "ja", "oui"):
        a = check(AS_OF, **_interior("NL", depicted_date="1450", depicted_creator="unknown",
                                     depicted_creator_death_year="", shows_works_inside=word))
        assert a.verdict is Verdict.NEEDS_REVIEW, word
        assert rules_of(a)[-1] == SHOWS, word
        assert "shows_works_inside: yes" in a.reasons[-1].text
        assert "creator and death year" in a.reasons[-1].text


def test_an_empty_column_leaves_the_question_to_a_person_and_names_the_column(check: Any) -> None:
    a = check(AS_OF, **_interior())
    assert rules_of(a)[-1] == ASKED
    assert "shows_works_inside" in a.reasons[-1].text
    unread = check(AS_OF, **_interior(shows_works_inside="perhaps"))
    assert unread.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in unread.errors] == ["shows_works_inside"]


def test_where_freedom_of_panorama_frees_the_building_no_lets_it_decide(check: Any) -> None:
    # URL 24 § 3 frees buildings, indoors too, not the art inside (SE.yaml): "no" leaves the
    # building, which the clause covers; "yes" leaves the works shown, which it does not.
    none = check(AS_OF, **_interior("SE", depicted_creator_death_year="2000", depicted_date="1990",
                                    shows_works_inside="nej"))
    assert none.verdict is Verdict.OK
    assert none.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"]
    some = check(AS_OF, **_interior("SE", depicted_creator_death_year="2000", depicted_date="1990",
                                    shows_works_inside="ja"))
    assert some.verdict is Verdict.NEEDS_REVIEW
    assert "fop-interior-shows-works" in rules_of(some)
    assert "creator and death year of each work" in some.reasons[-1].text


def test_the_column_does_not_free_a_protected_building(check: Any) -> None:
    # France has no freedom of panorama Commons accepts: a building by an architect who died
    # in 2000 is protected, whatever the photo shows inside.
    a = check(AS_OF, **_interior(depicted_creator_death_year="2000", depicted_date="1990", shows_works_inside="no"))
    assert a.verdict is Verdict.NOT_OK


def test_rows_that_differ_only_in_the_column_are_not_one_cached_answer(assessor: Any) -> None:
    # The whole-row cache keys on every cell the law reads (assessor._row_key).
    rows = [{"id": f"r{i}", **_interior(shows_works_inside=v)} for i, v in enumerate(("no", "yes", "", "no"))]
    verdicts = [assessor.assess(r, AS_OF).verdict for r in rows]
    assert verdicts == [Verdict.OK, Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW, Verdict.OK]


def test_explain_names_the_column_as_the_open_fact(assessor: Any) -> None:
    from copyright_check.explain import explain

    tree = explain(assessor, {"id": "t", **_interior(shows_works_inside="")}, AS_OF)
    verdict = tree.nodes[-1]
    assert verdict.open_facts == ["shows_works_inside"]
    assert {(s.value, s.verdict) for s in verdict.settles} >= {("no", "ok"), ("yes", "needs_review")}


# A building whose setting cell says only that the photo was taken inside (inomhus, innen,
# indoors, à l'intérieur: read as `indoor`, public or not not said) is an interior photo
# (review 11 A10, IS5): asked as a building set indoor_public is. An empty setting says
# nothing of where the photo was taken: Commons deletes on "significant doubt" (Commons:Project
# scope/Precautionary principle, as quoted at the stored
# https://lists.wikimedia.org/pipermail/commons-l/2017-July/007908.html), and a building row
# gives no fact that it is an interior (review 11 IS1/IS2/CH5 stay ok; type such rows interior).
@pytest.mark.parametrize("word", ["inomhus", "innen", "indoors", "à l'intérieur", "binnen", "sisällä"])
def test_a_building_photographed_inside_by_the_setting_words_is_asked(check: Any, word: str) -> None:
    a = check(AS_OF, **_interior(depicted_type="building", depicted_setting=word))
    assert a.verdict is Verdict.NEEDS_REVIEW, word
    assert ASKED in rules_of(a), word
    assert not a.errors
    none = check(AS_OF, **_interior(depicted_type="building", depicted_setting=word, shows_works_inside="no"))
    assert none.verdict is Verdict.OK, word


def test_a_swedish_building_photographed_inside_is_asked_by_the_freedom_of_panorama_question(check: Any) -> None:
    # URL 24 § 3 frees buildings wherever they stand, not the art inside: review 11 IS5.
    row = _interior("SE", depicted_type="kyrka", depicted_creator_death_year="2000", depicted_date="1990",
                    depicted_setting="inomhus")
    a = check(AS_OF, **row)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "fop-interior-may-show-art" in rules_of(a)
    assert check(AS_OF, **{**row, "shows_works_inside": "nej"}).templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"]


@pytest.mark.parametrize("setting", ["", "okänd"])
def test_a_building_whose_setting_is_not_given_is_not_taken_for_an_interior(check: Any, setting: str) -> None:
    a = check(AS_OF, **_interior("SE", depicted_type="building", depicted_creator_death_year="2000",
                                 depicted_date="1990", depicted_setting=setting))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Sweden}}"]


def test_a_german_interior_set_indoors_is_not_covered_by_freedom_of_panorama(check: Any) -> None:
    # UrhG § 59(1) sentence 2: for buildings only the outside view; no interior is covered,
    # public or not (jurisdictions/DE.yaml): not_ok while the architect's term runs.
    a = check(AS_OF, **_interior("DE", depicted_type="Innenraum", depicted_creator_death_year="2000",
                                 depicted_date="1990", depicted_setting="innen"))
    assert a.verdict is Verdict.NOT_OK
    assert "fop-indoor-no-exception" in rules_of(a)
    assert a.uploadable_from == 2071


@pytest.mark.parametrize("cell", ["0", "FALSE", "FALSKT", "FALSCH"])
def test_an_unticked_box_or_a_bare_zero_does_not_answer_that_an_interior_shows_no_works(check: Any, cell: str) -> None:
    # "no" here frees the photo of a building's inside; a bare 0 (a lookup formula's empty
    # cell) or FALSE (an unticked box, a formula without an else) is no answer (rules/
    # vocabulary.yaml zero_words, no_frees_columns; review 14): the cell's error, never ok.
    a = check(AS_OF, **_interior(shows_works_inside=cell))
    assert a.verdict is not Verdict.OK
    assert "shows_works_inside" in [e.column for e in a.errors]


def test_an_undecided_photo_of_an_interior_names_the_interiors_question_too(check: Any) -> None:
    # Review 25c F4: a photo whose own status is open (a Swedish photo of 1950, its kind not given:
    # simple photographs and photographic works have different terms) of a church interior said
    # "the depicted work is no obstacle", and asked the interior's question only on the next pass.
    a = check(AS_OF, **_interior("SE", image_date="1950", published_date="1950", photo_kind="", licence="",
                                 photographer="Per Foto", photographer_death_year="1960"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-photo-and-interior"
    assert "photo_kind" in a.reasons[-1].text and "shows_works_inside" in a.reasons[-1].text
    assert "no obstacle, but the photo" not in a.reasons[-1].text
