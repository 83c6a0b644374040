"""A row's own title that names what the row's own cell denies is a contradiction a person settles
(rules/verdict.yaml needs-review-contradictory-facts; rules/vocabulary.yaml title_contradictions), as an
interior title beside depicted_setting outdoor_public already is (tests/test_rules_interior_title.py).

- depicted_type none or landscape beside a title naming a work (works_inside_title_words,
  three_d_title_words): a photo of a work is a derivative of it, whatever the type cell says
  (Commons:Derivative works, https://commons.wikimedia.org/wiki/Commons:Derivative_works). Review 16 G13,
  play/dl16.csv DL1-DL3 were ok {{Cc-by-4.0}} as photos of "no object with a copyright of its own".
  So does a statue, a monument, a memorial or a mural named (review 22b G1), and beside depicted_type
  building a statue, a memorial to a person or a mural (review 22b G2: the buildings' freedom of panorama
  does not cover the work; 17 USC 120(a)).
- depicted_anonymous yes beside a title naming the work's maker (maker_title_words): the term of an
  anonymous work applies only while the author's identity is not disclosed (Berne Convention art. 7(3);
  Directive 2006/116/EC art. 1(3)). Review 16 G8, play/aa16b.csv AA2 AA3 AA5 (Paul Landowski, d. 1961,
  protected in France to 2031) were ok {{Cc-by-4.0}} as anonymous works of 1920.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from tests.conftest import assess_jsonl, rules_of

AS_OF = date(2026, 12, 1)


def _photo(title: str, **more: str) -> dict[str, str]:
    # A photo of 2020 by a named photographer under CC BY 4.0 (free as a photo): only the depicted side decides.
    return {"id": "T", "title": title, "photographer": "Anna Svensson", "image_date": "2020",
            "published_date": "2020", "origin_country": "SE", "photo_kind": "photographic_work",
            "licence": "CC BY 4.0", "rights_holder": "Anna Svensson", **more}


# -- depicted_type none / landscape beside a title naming a work (review 16 G13) ----------------------------


@pytest.mark.parametrize(("title", "kind", "word"), [
    ("Millesgården, skulptur av Carl Milles i parken", "landscape", "skulptur"),
    ("Kölner Dom Glasfenster von Gerhard Richter", "none", "Glasfenster"),
    ("Park with sculpture by Henry Moore", "landscape", "sculpture"),
    ("Statue of Liberty from the ferry", "landscape", "Statue"),
])
def test_a_title_naming_a_work_beside_depicted_type_none_or_landscape_is_a_contradiction(
        title: str, kind: str, word: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_photo(title, depicted_type=kind, depicted_country="SE"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"
    text = a.reasons[-1].text
    assert f"'{word}'" in text and f"depicted_type is {kind}" in text  # the title's word and the cell


@pytest.mark.parametrize("title", ["Street view", "Skärgårdslandskap vid Utö", "Park in spring"])
def test_a_title_naming_no_work_leaves_depicted_type_none_or_landscape_as_written(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_photo(title, depicted_type="landscape", depicted_country="SE"))
    assert a.verdict is Verdict.OK and "depicted-nothing-copyrightable" in rules_of(a)


@pytest.mark.parametrize(("title", "kind", "word", "country"), [
    # Review 22b G1: each was ok {{Cc-by-sa-4.0}} as a photo of nothing copyrightable, where Commons
    # deletes a photo of a protected statue, memorial or mural (Template:FoP-US: "not other forms of 3D
    # or 2D artwork such as sculptures"; Russia, Civil Code art. 1276: not for commercial use).
    ("Korean War Veterans Memorial", "landscape", "Memorial", "US"),
    ("Статуя «Родина-мать зовёт!»", "none", "Статуя", "RU"),
    ("Памятник Юрию Гагарину, Москва", "landscape", "Памятник", "RU"),
    ("Graffiti, 5 Pointz, Queens", "landscape", "Graffiti", "US"),
    ("평화의 소녀상", "none", "소녀상", "KR"),
    ("Bantayog ng mga Bayani", "landscape", "Bantayog", "PH"),
])
def test_a_title_naming_a_statue_monument_or_mural_beside_depicted_type_none_or_landscape_is_a_contradiction(
        title: str, kind: str, word: str, country: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_photo(title, depicted_type=kind, depicted_country=country))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"
    assert f"'{word}'" in a.reasons[-1].text and f"depicted_type is {kind}" in a.reasons[-1].text


@pytest.mark.parametrize(("title", "word", "country"), [
    # Review 22b G2: each was ok on the buildings' freedom of panorama (17 USC 120(a) covers an
    # "architectural work" only; Japan's art. 46 not a statue's commercial use).
    ("Fearless Girl statue, Broad Street, New York", "statue", "US"),
    ("Mural 'Venice Kinesis', 25 Windward Ave, Venice, Los Angeles", "Mural", "US"),
    ("平和祈念像, 長崎", "平和祈念像", "JP"),
    ("Памятник Пушкину, Москва", "Памятник", "RU"),
    # Review 28j F1: a relief, a fountain, public art, sgraffito or azulejos on or before a
    # building, typed building, were ok on the buildings' freedom of panorama (Template:FoP-US:
    # 17 USC 120(a) "only applies to architectural works"; Danish § 24(3) frees buildings, their
    # art only under § 24(2), not commercially; COM:Japan: "For buildings").
    ("Relief above the entrance of the courthouse", "Relief", "US"),
    ("Fountain in the plaza", "Fountain", "US"),
    ("Public art on the plaza", "Public art", "US"),
    ("Springvand på torvet", "Springvand", "DK"),
    ("Bronzerelief am Rathaus", "Bronzerelief", "DK"),
    ("Sgraffito on the house", "Sgraffito", "GB"),
    ("Azulejo panel on the station", "Azulejo", "GB"),
    ("噴水のある駅前広場のレリーフ", "噴水のある駅前広場のレリーフ", "JP"),  # no spaces: the run of letters
    ("Рельефы на фасаде вокзала", "Рельефы", "RU"),
])
def test_a_title_naming_a_statue_memorial_or_mural_beside_depicted_type_building_is_a_contradiction(
        title: str, word: str, country: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_photo(title, depicted_type="building", depicted_country=country,
                                            depicted_setting="outdoor_public", depicted_permanent="yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"
    assert f"'{word}'" in a.reasons[-1].text and "depicted_type is building" in a.reasons[-1].text


@pytest.mark.parametrize(("title", "setting"), [
    ("Monument historique: Château de Chambord", "outdoor_public"),  # a listed building's monument word
    ("Lincoln Memorial, Washington", "outdoor_public"),  # a memorial that is a building
    # Review 28k F4: fountain words name buildings, places and architects as often.
    ("Palazzo del Laterano (Domenico Fontana)", "outdoor_public"),
    ("Fries Museum, Leeuwarden", "outdoor_public"),
    ("Uppsala domkyrka, interiör med kalkmålningar", ""),  # its inside's works: the interior's question
    ("Kyrka med altartavla", "indoor"),
])
def test_a_building_s_monument_word_or_its_inside_s_works_are_no_contradiction_of_its_type(
        title: str, setting: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_photo(title, depicted_type="building", depicted_country="SE",
                                            depicted_setting=setting, depicted_date="1500"))
    assert "needs-review-contradictory-facts" not in rules_of(a)


def test_every_memorial_word_is_one_of_the_monument_or_statue_words() -> None:
    # record._type_words looks for a memorial to a person only where a statue, monument or mural word
    # stands in the title: a memorial word that is none of them would never be read.
    from copyright_check import record
    from copyright_check.vocabulary import vocabulary

    found = record._denied_pattern(record._NOTHING_DENIED, ("statue", "monument", "artwork"))
    assert [w for w in vocabulary().memorial_person_title_words if found.search(record.lower(w)) is None] == []


def test_building_rows_that_differ_only_in_the_work_their_title_names_are_not_one_cached_answer() -> None:
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for title, word in [("Town hall with statue", "statue"), ("Town hall with mural", "mural"),
                            ("Town hall", "")]:
            a = assessor.assess({**_photo(title, depicted_type="building", depicted_country="SE",
                                          depicted_setting="outdoor_public", depicted_date="1500"),
                                 "id": f"{round_}-{title}"})
            if word:
                assert a.verdict is Verdict.NEEDS_REVIEW and f"'{word}'" in a.reasons[-1].text, (round_, title)
            else:
                assert "needs-review-contradictory-facts" not in rules_of(a), (round_, title)


def test_a_title_naming_a_work_beside_a_work_s_own_type_is_no_contradiction() -> None:
    # The archaeological site with a mosaic (play/dl16.csv DL4) is typed as what it is: its own questions decide.
    a = Assessor(as_of=AS_OF).assess(_photo("Ausgrabung mit Mosaik, Köln", depicted_type="archaeological_site",
                                            depicted_country="DE"))
    assert "needs-review-contradictory-facts" not in rules_of(a)


def test_rows_that_differ_only_in_the_work_their_title_names_are_not_one_cached_answer() -> None:
    # The title is outside the whole-row cache's key but for what it says (assessor._row_key): the word the
    # contradiction names is part of that, so each row's reason names its own title's word.
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for title, word in [("Park with sculpture", "sculpture"), ("Park with statue", "statue"), ("Park", "")]:
            a = assessor.assess({**_photo(title, depicted_type="landscape", depicted_country="SE"),
                                 "id": f"{round_}-{title}"})
            if word:
                assert a.verdict is Verdict.NEEDS_REVIEW and f"'{word}'" in a.reasons[-1].text, (round_, title)
            else:
                assert a.verdict is Verdict.OK, (round_, title)


def test_a_batch_s_depicted_type_none_does_not_answer_a_title_naming_a_statue(tmp_path: Path) -> None:
    # The batch's assumption is refused for a title naming a work shown (mapping._denied_by), the statues and
    # busts of three_d_title_words as well as the works of works_inside_title_words.
    path = tmp_path / "batch.csv"
    path.write_text("id,title,photographer,image_date,published_date,origin_country,photo_kind,licence,rights_holder\n"
                    "S1,Statue of Liberty from the ferry,Anna Svensson,2020,2020,SE,photographic_work,CC BY 4.0,"
                    "Anna Svensson\n"
                    "S2,Street view,Anna Svensson,2020,2020,SE,photographic_work,CC BY 4.0,Anna Svensson\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "depicted_type=none")
    rules = [[r["rule"] for r in row["reasons"]] for row in rows]
    assert rows[0]["verdict"] == "needs_review" and "not-assumed:depicted_type" in rules[0]
    assert rows[1]["verdict"] == "ok" and "assumed:depicted_type" in rules[1]


def test_a_batch_s_depicted_type_building_does_not_answer_a_title_naming_a_relief(tmp_path: Path) -> None:
    # Review 28k F3: under --assume depicted_type=building a title with a building_art word was a
    # row error (KeyError: 'building_art'): the refusal's text had no entry for the new list.
    path = tmp_path / "batch.csv"
    path.write_text("id,title,photographer,image_date,published_date,origin_country,photo_kind,licence,rights_holder,"
                    "depicted_country,depicted_setting,depicted_permanent\n"
                    "R1,Relief above the entrance of the courthouse,Anna Svensson,2020,2020,SE,photographic_work,"
                    "CC BY 4.0,Anna Svensson,US,outdoor_public,yes\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "depicted_type=building")
    rules = [r["rule"] for r in rows[0]["reasons"]]
    assert rows[0]["errors"] == [] and "row-error" not in rules
    assert rows[0]["verdict"] == "needs_review" and "not-assumed:depicted_type" in rules


# -- depicted_anonymous yes beside a title naming the maker (review 16 G8) ------------------------------


def _memorial(title: str, **more: str) -> dict[str, str]:
    # A French war memorial put up 1920, outdoors and permanent, said to be by an author who cannot be traced.
    return _photo(title, **{"depicted_country": "FR", "depicted_type": "sculpture", "depicted_date": "1920",
                            "depicted_setting": "outdoor_public", "depicted_permanent": "yes",
                            "depicted_anonymous": "yes", **more})


@pytest.mark.parametrize(("title", "creator", "phrase"), [
    ("Monument aux morts (sculpteur : Paul Landowski)", "", "sculpteur : Paul Landowski"),
    ("Monument aux morts, œuvre de Landowski", "inconnu", "œuvre de Landowski"),
    ("Statue by Paul Landowski", "", "by Paul Landowski"),
])
def test_a_title_naming_the_maker_beside_depicted_anonymous_yes_is_a_contradiction(
        title: str, creator: str, phrase: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_memorial(title, depicted_creator=creator))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"
    assert f"'{phrase}'" in a.reasons[-1].text and "depicted_anonymous" in a.reasons[-1].text


def test_a_title_naming_no_maker_leaves_depicted_anonymous_yes_as_written() -> None:
    a = Assessor(as_of=AS_OF).assess(_memorial("Monument aux morts", depicted_creator="inconnu"))
    assert a.verdict is Verdict.OK and "depicted-anonymous-work-declared-expired" in rules_of(a)


def test_a_title_naming_the_maker_beside_depicted_anonymous_no_is_no_contradiction() -> None:
    a = Assessor(as_of=AS_OF).assess(_memorial("Statue by Paul Landowski", depicted_anonymous="no"))
    assert "needs-review-contradictory-facts" not in rules_of(a)


def test_rows_that_differ_only_in_the_maker_their_title_names_are_not_one_cached_answer() -> None:
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for title, phrase in [("Statue by Paul Landowski", "by Paul Landowski"),
                              ("Statue by Jean Dupont", "by Jean Dupont"), ("Statue", "")]:
            a = assessor.assess({**_memorial(title), "id": f"{round_}-{title}"})
            if phrase:
                assert a.verdict is Verdict.NEEDS_REVIEW and f"'{phrase}'" in a.reasons[-1].text, (round_, title)
            else:
                assert a.verdict is Verdict.OK, (round_, title)


# Review 16 G8 AA1 (play/aa16b.csv, aa16.csv under --assume): "Monument aux morts de Paul Landowski, Clamart" was ok
# depicted-anonymous-work-declared-expired; Landowski (d. 1961) is protected in France to 2031. A person named after
# "de", "di" or "d'" alone (rules/vocabulary.yaml maker_title_particles) is the maker or the person shown: either way
# the title discloses a name a person must check beside depicted_anonymous yes (Berne Convention art. 7(3)).
@pytest.mark.parametrize(("title", "phrase"), [
    ("Monument aux morts de Paul Landowski, Clamart", "de Paul Landowski"),
    ("Monumento di Giuseppe Grandi", "di Giuseppe Grandi"),
    ("Monumento a los caídos de Agustín Querol", "de Agustín Querol"),
    ("Monument d'Antoine Bourdelle", "d'Antoine Bourdelle"),
    ("Fontaine de Jean-Baptiste Carpeaux (Paris)", "de Jean-Baptiste Carpeaux"),
])
def test_a_name_after_de_or_di_beside_depicted_anonymous_yes_is_a_contradiction(title: str, phrase: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_memorial(title))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"
    assert f"'{phrase}'" in a.reasons[-1].text and "depicted_anonymous" in a.reasons[-1].text


# A place's "de" or "di" (one word, a listed city after it), an article, a saint's or a church's word or an
# institution's common noun after it (maker_name_not_words), and a title in Title Case ("De") name no one.
@pytest.mark.parametrize("title", [
    "Monument aux morts de Clamart", "Statue de la Liberté", "Fontaine de Trevi", "Fontana di Trevi Roma",
    "Basilica di San Pietro", "Porte de Saint-Cloud", "Museo de Bellas Artes", "Gare de Lyon",
    "Pont de Pierre Bordeaux", "Monument Aux Morts De Clamart", "Cathédrale Notre-Dame de Paris",
    "Monument aux morts de la Grande Guerre", "Statue de Jeanne d'Arc",
])
def test_a_place_or_a_common_noun_after_de_or_di_leaves_depicted_anonymous_yes_as_written(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess(_memorial(title, depicted_creator="inconnu"))
    assert a.verdict is Verdict.OK and "depicted-anonymous-work-declared-expired" in rules_of(a)


@pytest.mark.parametrize("country", ["DK", "GB", "SE"])
def test_a_building_s_title_naming_art_on_private_ground_is_a_contradiction(country: str) -> None:
    # Review 28k F1: "Skulptur i haven ved villaen", a relief on a villa's facade, typed building on
    # private ground, were ok where the buildings' freedom of panorama covers every setting (DK
    # § 24(3), CDPA s. 62(1)(a), URL 24 §); the art's own clause asks a public place (DK § 24(2),
    # CDPA s. 62(1)(b), URL 24 § 1 p.). A private place is no interior, whose works are another question.
    a = Assessor(as_of=AS_OF).assess(_photo("Sculpture in the garden of the villa", depicted_type="building",
                                            depicted_country=country, depicted_setting="private",
                                            depicted_permanent="yes"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a)[-1] == "needs-review-contradictory-facts"


def test_every_title_list_a_batch_assumption_reads_has_its_refusal_text() -> None:
    # Review 28k F3: a list read beside a batch's assumption without a text of its own was a row error.
    from copyright_check import assumptions, mapping

    for said in (*mapping._NOTHING_DENIED_BY, *mapping._BUILDING_DENIED_BY):
        assert said in assumptions._TITLE_SAID, said
