"""Review 11 A7: a setting word that says a place is public does not say it is outdoors.

Germany, UrhG § 59(1): works "an öffentlichen Wegen, Straßen oder Plätzen" (streets, roads
and squares; COM:FOP Germany, jurisdictions/DE.yaml); Poland, art. 33 pkt 1: "na ogólnie
dostępnych drogach, ulicach, placach lub w ogrodach" (jurisdictions/PL.yaml: interiors not
covered). A sculpture in a station hall or a town hall's foyer is in a public place and
indoors. A catalogue's "öffentlicher Raum" / "public space" / "offentlig plats" is therefore
an unknown setting (vocabularies/values.yaml): where freedom of panorama decides, the row
names depicted_setting as the fact to settle.
"""

from __future__ import annotations

from typing import Any

import pytest

from copyright_check import Verdict
from copyright_check.translate import translate


@pytest.mark.parametrize("word", ["öffentlicher Raum", "öffentlicher Ort", "public space", "public place",
                                  "offentlig plats", "allmän plats", "espace public", "espacio público",
                                  "spazio pubblico", "openbare ruimte", "przestrzeń publiczna",
                                  "espaço público", "julkinen paikka"])
def test_a_word_that_says_only_public_leaves_the_setting_unknown(word: str) -> None:
    assert translate("depicted_setting", word) == ""


@pytest.mark.parametrize("word", ["öffentlicher Platz", "voie publique", "vía pública", "openbare weg",
                                  "utomhus allmän plats"])
def test_a_word_that_names_a_street_or_square_is_an_outdoor_public_place(word: str) -> None:
    assert translate("depicted_setting", word) == "outdoor_public"


def _sculpture(country: str, setting: str) -> dict[str, str]:
    return {"photographer": "Eva Example", "photographer_death_year": "", "anonymous": "no",
            "image_date": "2020", "published_date": "2020", "origin_country": country,
            "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0", "rights_holder": "the photographer",
            "depicted_country": country, "depicted_type": "sculpture", "depicted_creator": "Karl Bildhauer",
            "depicted_creator_death_year": "2000", "depicted_date": "1990", "depicted_permanent": "yes",
            "depicted_setting": setting}


@pytest.mark.parametrize(("country", "word"), [("DE", "öffentlicher Raum"), ("DE", "public space"),
                                               ("PL", "przestrzeń publiczna")])
def test_a_protected_sculpture_in_a_public_place_of_unknown_setting_is_not_ok_under_an_outdoor_only_fop(
        check: Any, country: str, word: str) -> None:
    a = check(**_sculpture(country, word))
    assert a.verdict is not Verdict.OK, [r.text for r in a.reasons]


def test_the_same_sculpture_on_a_square_is_covered_by_german_fop(check: Any) -> None:
    a = check(**_sculpture("DE", "öffentlicher Platz"))
    assert a.verdict is Verdict.OK, [r.text for r in a.reasons]


def test_a_country_with_no_clause_for_sculpture_says_it_has_none_whatever_the_setting(check: Any) -> None:
    # 17 USC 120(a) frees architectural works only (COM:FOP United States): a US sculpture
    # with no setting given is not "non-commercial only" — there is no clause at all (review 11 B3).
    a = check(**{**_sculpture("US", ""), "origin_country": "US"})
    assert a.verdict is not Verdict.OK
    assert "fop-no-exception" in [r.rule for r in a.reasons]
    texts = [r.text for r in a.reasons]
    assert any("has no freedom of panorama" in t for t in texts), texts
    assert not any("does not allow commercial use" in t for t in texts), texts
