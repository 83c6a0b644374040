"""Wrong verdicts from misread cells: contradictory facts and implausible years (issue 13).

Dates that cannot both be true decide nothing: the row goes to needs_review with an error
naming both cells (rule needs-review-contradictory-facts; the pairs are data in
rules/vocabulary.yaml, contradictions). A year a column cannot plausibly hold (a
photographer's death before the first photograph, a year 0, a two-digit year) is a per-cell
error and an unknown fact (rules/vocabulary.yaml, year_bounds) — never a verdict.
"""

from __future__ import annotations

import pytest

from copyright_check.record import record_from_row
from copyright_check.vocabulary import vocabulary
from copyright_check.years import DateError, parse_years
from tests.conftest import rules_of

# Sweden, a photographer who died in 1940: PD in SE (life + 70) and, made before 1930, in the US.
SE_PHOTO = {"photographer": "P", "origin_country": "SE", "photo_kind": "photographic_work",
            "image_date": "1925", "published_date": "1926", "photographer_death_year": "1940",
            "depicted_type": "none"}


@pytest.mark.parametrize(("cells", "named"), [
    ({"photographer_death_year": "1920"}, ("image_date", "photographer_death_year")),
    ({"photographer_birth_year": "1930"}, ("photographer_birth_year", "image_date")),
    ({"photographer_birth_year": "1945"}, ("photographer_birth_year", "photographer_death_year")),
    ({"published_date": "1910"}, ("image_date", "published_date")),
    ({"depicted_date": "1950", "depicted_type": "sculpture", "depicted_country": "SE"},
     ("depicted_date", "image_date")),
])
def test_wrong_verdicts_from_misread_cells_contradictory_facts_need_review(check, cells, named) -> None:
    a = check(**{**SE_PHOTO, **cells})
    assert a.verdict.value == "needs_review"
    assert rules_of(a) == ["needs-review-contradictory-facts"]
    assert all(column in a.reasons[-1].text for column in named)
    assert any(all(column in e.message for column in named) for e in a.errors)


def test_wrong_verdicts_from_misread_cells_consistent_facts_are_decided(check) -> None:
    a = check(**SE_PHOTO)
    assert a.verdict.value == "ok" and not a.errors


def test_wrong_verdicts_from_misread_cells_building_photographed_while_built_is_no_contradiction(check) -> None:
    # The Eiffel Tower photographed in 1888, dated by its completion in 1889.
    a = check(**{**SE_PHOTO, "image_date": "1888", "depicted_date": "1889", "depicted_type": "building",
                 "depicted_country": "FR", "depicted_creator": "Gustave Eiffel",
                 "depicted_creator_death_year": "1923"})
    assert "needs-review-contradictory-facts" not in rules_of(a) and not a.errors


def test_wrong_verdicts_from_misread_cells_overlapping_ranges_are_no_contradiction(check) -> None:
    # "ca. 1925" reaches back to 1920: a photographer who died in 1922 may have taken it.
    a = check(**{**SE_PHOTO, "image_date": "ca. 1925", "photographer_death_year": "1922"})
    assert "needs-review-contradictory-facts" not in rules_of(a)


@pytest.mark.parametrize("cell", ["0", "00", "0000", "0.0", "48", "7"])
def test_wrong_verdicts_from_misread_cells_null_and_two_digit_years_are_errors(check, cell) -> None:
    with pytest.raises(DateError):
        parse_years(cell)
    a = check(**{**SE_PHOTO, "photographer_death_year": cell})
    assert any(e.column == "photographer_death_year" for e in a.errors)
    assert "deathyear=0" not in " ".join(a.templates) and "deathyear=48" not in " ".join(a.templates)


def test_wrong_verdicts_from_misread_cells_year_implausible_for_its_column() -> None:
    bound = vocabulary().year_bounds["photographer_death_year"]
    assert bound.lo is not None
    r = record_from_row({"id": "1", "photographer_death_year": str(bound.lo - 1)}, 2026)
    assert r.photographer_death is None
    assert any(e.column == "photographer_death_year" and bound.reason in e.message for e in r.errors)
    # A range reaching past the bound keeps the years that are possible.
    r = record_from_row({"id": "1", "image_date": f"ca. {bound.lo}"}, 2026)
    assert r.image_date is not None and r.image_date.lo == vocabulary().year_bounds["image_date"].lo


def test_wrong_verdicts_from_misread_cells_one_reading_for_a_short_span() -> None:
    # "1955-6" and "1955/6": both the years 1955-1956 (a month reading would be one year
    # inside that range); ISO year-month "1955-06" stays 1955.
    assert parse_years("1955-6") == parse_years("1955/6") == parse_years("1955/56")
    assert (parse_years("1955-6").lo, parse_years("1955-6").hi) == (1955, 1956)
    assert parse_years("1955-06").is_exact


def test_wrong_verdicts_from_misread_cells_pairs_name_real_columns() -> None:
    from copyright_check.record import COLUMNS

    pairs = vocabulary().contradictions
    assert pairs and all(p.earlier in COLUMNS and p.later in COLUMNS for p in pairs)
    assert all(c in COLUMNS for c in vocabulary().year_bounds)


# -- a contradiction of what the photo shows, beside a photo blocked on its own ------------------------------
# rules/verdict.yaml not-ok-photo-protected-depicted-contradictory: whichever of the contradicting cells is
# wrong, a photo protected with no licence Commons accepts blocks the file (Commons:Licensing: the photo and
# the work it shows must both be free), as not-ok-photo-protected-no-free-licence says; no year, since the
# work shown may be protected longer. Before, such a row went to a person, who could only make it not_ok.
# A Swedish photographic work of 2019 by a living photographer: protected in Sweden (URL 43 §) and the US.
LIVING = {"id": "C", "photographer": "Anna Example", "anonymous": "no", "image_date": "2019",
          "origin_country": "SE", "rights_holder": "Anna Example", "depicted_country": "SE"}


@pytest.mark.parametrize(("cells", "says"), [
    # the title against the row's own type (a statue's word: a three-dimensional work whatever the type)
    ({"title": "Fearless Girl statue, Broad Street", "depicted_type": "building"}, "'statue'"),
    # the title naming the maker against depicted_anonymous yes
    ({"title": "Statue by Paul Landowski", "depicted_type": "sculpture", "depicted_anonymous": "yes",
      "depicted_date": "1920"}, "by Paul Landowski"),
    # a work dated after its photo, of a kind that is not photographed while it is built
    ({"image_date": "2010", "depicted_date": "2015", "depicted_type": "sculpture"}, "made after the photo"),
    # the kind given: the photo has its own term whatever the work is
    ({"title": "Mural 'Venice Kinesis'", "depicted_type": "building", "photo_kind": "photographic_work",
      "depicted_setting": "outdoor_public"}, "'Mural'"),
])
@pytest.mark.parametrize("licence", ["", "CC BY-NC 4.0", "PDM"])
def test_a_contradiction_of_what_the_photo_shows_beside_a_protected_unlicensed_photo_is_not_ok_without_a_year(
        check, cells, says, licence) -> None:
    a = check(**{**LIVING, **cells, "licence": licence})
    assert a.verdict.value == "not_ok" and a.uploadable_from is None
    assert rules_of(a)[-1] == "not-ok-photo-protected-depicted-contradictory"
    assert says in a.reasons[-1].text


def test_a_contradiction_of_what_the_photo_shows_beside_a_freely_licensed_photo_goes_to_a_person(check) -> None:
    # The licence frees the photo: only the depicted side is left, and it contradicts itself.
    a = check(**{**LIVING, "title": "Fearless Girl statue, Broad Street", "depicted_type": "building",
                 "licence": "CC BY 4.0"})
    assert a.verdict.value == "needs_review" and rules_of(a) == ["needs-review-contradictory-facts"]


@pytest.mark.parametrize("cells", [
    # a mural typed building, its kind not given: typed as what it is, a photo of a mural is read as a
    # faithful reproduction, with no term of its own (rules/photo.yaml): the type decides the photo too
    {"title": "Mural 'Venice Kinesis'", "depicted_type": "building", "depicted_setting": "outdoor_public"},
    # a painting whose photo's kind is not given is read as a faithful reproduction
    {"title": "Painting by Paul Landowski", "depicted_type": "painting", "depicted_anonymous": "yes",
     "depicted_date": "1920"},
    # the photo's own dates contradict each other
    {"photographer_death_year": "2015"},
])
def test_a_contradiction_the_photo_s_own_status_may_turn_on_goes_to_a_person(check, cells) -> None:
    a = check(**{**LIVING, "depicted_type": "none", **cells})
    assert a.verdict.value == "needs_review" and rules_of(a) == ["needs-review-contradictory-facts"]


# -- a title that names the maker beside words saying a maker is unknown ------------------------------------
# Reviews 26c-26f: a reading of titles that say the maker is not known ("by an unknown sculptor") as naming no
# maker was tried and dropped: each version took some titles that name the maker ("by Paul Landowski to the
# Unknown Soldier", "architect unknown, sculptor Paul Landowski", "by unknown, Landowski") for none, and beside
# depicted_anonymous yes an anonymous work's term made them ok. A title with a maker word beside the row's
# depicted_anonymous yes goes to a person. An anonymous work's term applies while the author's identity is not
# disclosed (Berne art. 7(3); CPI L123-3). A mural in France (2015): L122-5 11° covers no painting or mural.
MURAL = {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": "FR",
         "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0", "rights_holder": "the photographer",
         "depicted_country": "FR", "depicted_type": "mural", "depicted_creator": "unknown", "depicted_date": "2015",
         "depicted_setting": "outdoor_public", "depicted_permanent": "yes", "depicted_anonymous": "yes"}


@pytest.mark.parametrize("title", [
    "Mural by Paul Landowski", "Monument to the Unknown Soldier by Paul Landowski",
    # Review 26d F1: unknown words elsewhere in the title, after the maker's name or before the maker word
    "Monument by Paul Landowski to the Unknown Soldier", "Sculpture by Paul Landowski: the Unknown Soldier",
    "Relief by Paul Landowski with unidentified figures", "Portrait of an Unknown, by Paul Landowski",
    "Buste d'inconnu par Paul Landowski", "Mural by Paul Landowski and an unknown assistant",
    "Mural by Anon Landowski", "Artist unknown; copy by Paul Landowski",
    # Review 26e E1: a name after the unknown words, in their part or elsewhere; words the reading cannot place
    "Mural, architecte inconnu, sculpteur Paul Landowski", "Mural by an unknown sculptor and Paul Landowski",
    "Mural by unknown sculptor Paul Landowski", "MURAL BY UNKNOWN ARTIST PAUL LANDOWSKI",
    "Mural by unknown, Paul Landowski, İzmir", "Mural, okänd konstnär, troligen Paul Landowski",
    "mural by unknown landowski", "Mural, Paris; artist untraceable after research",
    # Review 26f F1
    "Mural by unknown, Landowski", "Mural by unknown (Landowski)", "Mural by unknown, P. Landowski",
    "Mural by unknown, David d'Angers", "Mural by unknown, LANDOWSKI", "Mural by unknown, Ландовски"])
def test_a_title_naming_the_maker_after_an_unknown_word_still_names_him(check, title: str) -> None:
    a = check(**{**MURAL, "title": title})
    assert a.verdict.value == "needs_review" and rules_of(a) == ["needs-review-contradictory-facts"]
