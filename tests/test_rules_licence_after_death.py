"""A licence the named rights holder could not have granted (review 14 E6).

Only the holder of a photo's copyright can license it ("you can apply a Creative Commons license
to a work when: you are the copyright holder", CC Certificate, stored
https://researchbysubject.bucknell.edu/cclicense/mod2). A photographer who died in 1970 granted no
licence that was first published in 2013 (CC BY-SA 4.0: "published 25 November 2013"; CC0 1.0:
2009; Creative Commons' License Versions, stored
https://wiki.creativecommons.org/index.php?title=License_Versions&oldid=45559): after the death the
copyright is the heirs'. Owning a print or a negative, or giving it to the museum, is not holding
its copyright; a holder cell that says the photo is PD names no holder who released it.
Template:PDMark-owner is the mark applied by the author to their own work.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from tests.conftest import assess_jsonl

AS_OF = date(2026, 12, 1)
AFTER_DEATH = "needs-review-licence-after-holder-death"
# Anna Riwkin (d. 1970), a Swedish photographic work of 1935: protected to 2040 (URL 43 §:
# life + 70), so only a release by the holder could make it uploadable.
RIWKIN = {"photographer": "Anna Riwkin", "photographer_death_year": "1970", "image_date": "1935",
          "published_date": "1935", "origin_country": "SE", "photo_kind": "photographic_work",
          "depicted_type": "none"}


def _assess(holder: str, licence: str = "CC BY-SA 4.0", **cells: str) -> object:
    return Assessor(as_of=AS_OF).assess({"id": "DL", **RIWKIN, "licence": licence, "rights_holder": holder, **cells})


@pytest.mark.parametrize("holder", ["Anna Riwkin", "Riwkin, Anna", "© Anna Riwkin", "© Anna Riwkin 1935",
                                    "Fotografen", "the photographer", "Photographer", "Se fotograf"])
@pytest.mark.parametrize("licence", ["CC BY-SA 4.0", "CC BY 2.0", "CC0"])
def test_a_photographer_dead_before_the_licence_existed_granted_none(holder: str, licence: str) -> None:
    a = _assess(holder, licence)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == AFTER_DEATH
    assert "heirs" in a.reasons[-1].text


@pytest.mark.parametrize("holder", ["Anna Riwkin (d. 1970)", "Anna Riwkin, † 1970", "Riwkin, Anna (1908-1970)",
                                    "Anna Riwkin död 1970", "Q5 Anna Riwkin"])
def test_a_holder_naming_the_photographer_with_a_life_date_or_an_id_is_the_photographer(holder: str) -> None:
    # fix15: a life date's word and year, or a Wikidata id (Q5, Wikidata's class "human", as
    # a linked-data export writes it before a name), is no part of the name: the holder is the
    # photographer, who died in 1970 and granted no licence of 2013 ("Per Foto (d. 2000)" was
    # taken as another holder and ok {{Cc-by-sa-4.0}}).
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == AFTER_DEATH


def test_a_photographer_alive_when_the_licence_was_published_could_grant_it() -> None:
    # Hans Müller, d. 2016, CC BY-SA 4.0 (2013); d. 2010, CC BY-SA 3.0 Deutschland (3.0: 2007).
    row = {"photographer": "Hans Müller", "image_date": "1990", "published_date": "1990", "origin_country": "DE",
           "photo_kind": "photographic_work", "depicted_type": "none", "rights_holder": "Hans Müller"}
    a = Assessor(as_of=AS_OF).assess({"id": "D8", **row, "photographer_death_year": "2016", "licence": "CC BY-SA 4.0"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]
    a = Assessor(as_of=AS_OF).assess({"id": "D9", **row, "photographer_death_year": "2010",
                                      "licence": "CC BY-SA 3.0 Deutschland"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-3.0-de}}"]
    # ... but not CC BY-SA 4.0, three years after his death.
    a = Assessor(as_of=AS_OF).assess({"id": "D7", **row, "photographer_death_year": "2010", "licence": "CC BY-SA 4.0"})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == AFTER_DEATH


@pytest.mark.parametrize("holder", ["Anna Riwkins arvingar", "Moderna museet"])
def test_heirs_or_another_holder_may_have_granted_it(holder: str) -> None:
    # The heirs hold the copyright after the death; a museum may hold it by transfer: a name is
    # not checked (README, rights_holder).
    a = _assess(holder)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


@pytest.mark.parametrize("holder", ["", "Museet", "N/A"])
@pytest.mark.parametrize("licence", ["CC BY-SA 4.0", "CC0"])
def test_no_holder_named_beside_a_licence_the_dead_photographer_cannot_have_granted(holder: str, licence: str) -> None:
    # Session 32 audits 32b W1, 32c W1. Commons:Licensing: "Only the copyright holder of a work can license it
    # under a free content license"; the author, the first holder, died 1970, before CC BY-SA 4.0 (2013) and
    # CC0 (2009), and nobody else is named who could have granted it.
    a = _assess(holder, licence)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-no-holder-after-death"


def test_no_holder_named_beside_a_licence_a_living_photographer_could_have_granted_is_not_asked() -> None:
    # A museum's CC BY beside its own photographers' rows: the photographer (d. 2020) lived past 2013.
    a = _assess("", "CC BY-SA 4.0", photographer="Per Foto", photographer_death_year="2020",
                image_date="1990", published_date="1990")
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


def test_a_batch_holder_fills_a_holder_cell_that_names_no_one(tmp_path: Path) -> None:
    # `--assume rights_holder=Moderna museet` answers the review above, over "Museet" as over an empty cell.
    path = tmp_path / "mh.csv"
    path.write_text("id,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type,rights_holder,licence\n"
                    "MH1,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,Museet,CC BY-SA 4.0\n"
                    "MH2,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,okänd,CC BY-SA 4.0\n", "utf-8")
    rows = assess_jsonl(path, "--as-of", "2026-12-01", "--assume", "rights_holder=Moderna museet")
    assert [r["verdict"] for r in rows] == ["ok", "needs_review"]  # "okänd" says unknown: never overridden


def test_a_batch_licence_over_a_holder_who_is_the_dead_photographer_is_no_release(tmp_path: Path) -> None:
    # --assume licence=CC0 fills the empty licence cell; the holder's check reads the licence
    # wherever it came from.
    path = tmp_path / "as.csv"
    path.write_text("id,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type,rights_holder\n"
                    "AS1,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,Fotografen\n"
                    "AS2,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,Anna Riwkins arvingar\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "licence=CC0")
    assert [(r["verdict"], r["templates"]) for r in rows] == [("needs_review", []), ("ok", ["{{Cc-zero}}"])]
    assert AFTER_DEATH in [r["rule"] for r in rows[0]["reasons"]]


@pytest.mark.parametrize("holder", [
    # the owner of a copy or its donor (review 14, play/pdm.csv)
    "Museet äger negativen", "Museet (äger fotografiet)", "Owner of the print", "Eigentümer des Abzugs",
    "Givaren", "Donated by the family",
    # a claim that the photo is free of copyright: copyright has not run out (to 2040)
    "Public domain", "Fri att använda", "Upphovsrätten har gått ut", "Ingen känd upphovsrätt"])
def test_the_owner_of_a_copy_or_a_pd_claim_is_no_release(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-licence-holder-unknown"


def test_the_owner_s_pd_mark_applied_by_another_than_the_named_photographer_is_a_claim() -> None:
    # Template:PDMark-owner: "when a copyright holder applies the PDM to their own work"; a museum
    # that owns the print is not the author. (An empty holder cell leaves the label's own word.)
    a = _assess("Moderna museet", "Public Domain Mark (rights holder)")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-pdmark-owner-not-author"


def test_the_owner_s_pd_mark_by_the_living_author_stands() -> None:
    a = Assessor(as_of=AS_OF).assess({"id": "PM", "photographer": "Per Foto", "photographer_death_year": "",
                                      "image_date": "2015", "published_date": "2015", "origin_country": "SE",
                                      "photo_kind": "photographic_work", "depicted_type": "none",
                                      "licence": "Public Domain Mark (rights holder)", "rights_holder": "Per Foto"})
    assert a.verdict is Verdict.OK and a.templates == ["{{PDMark-owner}}"]


@pytest.mark.parametrize("order", [["Anna Riwkin", "Moderna museet"], ["Moderna museet", "Anna Riwkin"]])
def test_rows_equal_but_for_the_holder_never_share_an_answer(order: list[str]) -> None:
    # rights_holder is outside the whole-row cache's key but for what it says (assessor._row_key).
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for i, holder in enumerate(order):
            a = assessor.assess({"id": f"{round_}-{i}", **RIWKIN, "licence": "CC BY-SA 4.0", "rights_holder": holder})
            assert (a.verdict is Verdict.NEEDS_REVIEW) is (holder == "Anna Riwkin"), (round_, holder)


# Review 15 F1: the holder cell names the photographer with a role word, a label, initials or a
# joint holder beside the name, or by role alone in the export languages' words for the author
# ("Upphovsmannen", "Urheber", "l'auteur": the first holder of a photo's copyright is its author,
# Upphovsrättslagen 1 §, stored https://www.bonuscopyright.se/pages/Upphovsmannen; "Urheber ist der
# Schöpfer des Werkes", § 7 UrhG, stored http://www.ipwiki.de/_export/xhtml/urheberrecht:urheber).
@pytest.mark.parametrize("holder", [
    "Anna Riwkin (fotograf)", "Fotograf Anna Riwkin", "Anna Riwkin, fotograf", "Photographer Anna Riwkin",
    "Upphovsrätt: Anna Riwkin", "Rättighetsinnehavare: fotografen", "© Anna Riwkin – fotografen",
    "Upphovspersonen", "upphovsperson", "Fotografens", "Fotografen själv", "Photographer's own", "The creator",
    "De fotograaf", "Fotografen/Museet", "Anna Riwkin och Museet", "A. Riwkin", "Riwkin, A.", "A Riwkin", "Riwkin",
    "Fotografin", "Urheberin", "Der Fotograf selbst", "Tekijä", "Opphavspersonen", "Ophavsmanden", "l'auteure",
    "l’auteur de la photographie", "La fotógrafa", "el autor", "L'autore", "de fotograaf", "De maker", "Autor",
    "the artist", "Upphovskvinnan", "Konstnären"])
def test_a_holder_naming_the_dead_photographer_beside_a_role_label_or_initials_granted_no_later_licence(
        holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == AFTER_DEATH, holder


@pytest.mark.parametrize("holder", ["Fotografens arvingar", "Upphovsmannens dödsbo", "Per Riwkin",
                                    "Anna Riwkins arvingar", "Fotografiska museet"])
def test_the_photographer_s_heirs_or_another_person_of_her_name_are_not_the_photographer(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"], holder


def test_copyright_alone_in_the_holder_cell_is_not_the_photographer_and_names_no_holder() -> None:
    # Not the photographer's role word; and a rights statement alone names no holder who
    # released the photo (tests/test_rules_rights_holder.py, rights statements as the holder).
    a = _assess("Copyright")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-licence-holder-unknown"


# Review 15 F11: a holder cell that says the rights were not investigated, are disputed, or that
# the image may not be published names no holder who released it (only the holder can license:
# CC Certificate, above).
@pytest.mark.parametrize("holder", [
    "Rättigheter ej utredda", "Upphovsrätt ej klarlagd", "Under utredning", "Förfrågan skickad",
    "droits non vérifiés", "disputed", "tvistig", "ifrågasatt", "Nur für interne Nutzung", "Endast för forskning",
    "Ej för publicering", "Not for publication", "Sperrvermerk", "Spärrad", "niet bekend", "brak danych",
    "ohne Angabe", "o.A.", "non renseigné"])
def test_a_holder_cell_saying_rights_not_cleared_disputed_or_restricted_is_no_release(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-licence-holder-unknown", holder


def test_a_batch_licence_over_a_row_naming_no_holder_is_read_as_the_photographer_s_own(tmp_path: Path) -> None:
    # Review 15 F5: --assume licence=CC0 over photos by Anna Riwkin (d. 1970) with the holder cell
    # empty was ok {{Cc-zero}}: the author is the first holder of the copyright, and no one else is
    # named who could have released it; CC0 1.0 was first published in 2009. A photographer alive
    # then could have. The row's own CC0 beside an empty holder cell (AS4) is no release by her
    # either (session 32: needs-review-licence-no-holder-after-death).
    path = tmp_path / "as.csv"
    path.write_text("id,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type,rights_holder,licence\n"
                    "AS1,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,,\n"
                    "AS2,Per Foto,2016,1990,1990,SE,photographic_work,none,,\n"
                    "AS3,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,Moderna museet,\n"
                    "AS4,Anna Riwkin,1970,1935,1935,SE,photographic_work,none,,CC0\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "licence=CC0")
    assert [(r["verdict"], r["templates"]) for r in rows] == [
        ("needs_review", []), ("ok", ["{{Cc-zero}}"]), ("ok", ["{{Cc-zero}}"]), ("needs_review", [])]
    rules = [r["rule"] for r in rows[0]["reasons"]]
    # (No holder is read into the empty cell: nobody named could have granted it; review 32h N3.)
    assert "needs-review-licence-no-holder-after-death" in rules and "assumed:licence" in rules
    assert "assumed:rights_holder" not in rules


# Review 19 G1 (play/ld19.csv, al19b.csv, pm19.csv): August Sander (b. 1876, d. 1964) named as the holder of a 1950
# photo under CC BY 4.0 (first published 2013) was ok with the death year empty. The years he can have died in
# (facts.death_bounds: from the photo, to the longest life from his birth: rules/vocabulary.yaml lifespan) end before
# 2013: he granted none. Without the birth year they reach past 2013: the death year decides, and an unknown deciding
# fact goes to a person naming it (README, What it decides).
SANDER = {"photographer": "August Sander", "image_date": "1950", "published_date": "1950", "origin_country": "DE",
          "photo_kind": "photographic_work", "depicted_type": "none", "licence": "CC BY 4.0"}
DEATH_UNKNOWN = "needs-review-licence-holder-death-unknown"


@pytest.mark.parametrize("holder", ["August Sander", "© August Sander", "Fotografen"])
def test_a_photographer_whose_longest_life_ends_before_the_licence_granted_none(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({"id": "LD1", **SANDER, "photographer_birth_year": "1876",
                                      "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == AFTER_DEATH


@pytest.mark.parametrize("licence", ["CC BY 4.0", "CC0", "Public Domain Mark (rights holder)"])
def test_a_photographer_as_holder_with_no_death_year_before_the_licence_goes_to_a_person(licence: str) -> None:
    a = Assessor(as_of=AS_OF).assess({"id": "LD3", **SANDER, "licence": licence, "rights_holder": "August Sander"})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == DEATH_UNKNOWN
    assert "photographer_death_year" in a.reasons[-1].text


def test_the_author_s_own_pd_mark_beside_an_empty_holder_is_the_named_photographer_s() -> None:
    # Review 19 G1 PM4: Template:PDMark-owner is the mark the author applied; Anna Riwkin died in 1970, the mark
    # appeared in 2010 (rules/licences.yaml published).
    a = _assess("", "Public Domain Mark (rights holder)")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == AFTER_DEATH


def test_a_photo_made_after_the_licence_existed_was_made_by_a_photographer_alive_then() -> None:
    # The control: a 2015 photo under CC BY 4.0 (2013), no death year: alive in 2015, so able to grant it.
    a = Assessor(as_of=AS_OF).assess({"id": "LD8", **SANDER, "photographer": "Per Foto", "image_date": "2015",
                                      "published_date": "2015", "rights_holder": "Per Foto"})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-4.0}}"]


def test_a_batch_licence_over_no_holder_with_no_death_year_goes_to_a_person(tmp_path: Path) -> None:
    # Review 19 G1 al19b.csv: --assume licence over an empty holder is read as the photographer's own release
    # (README, rights_holder); born 1890, the photographer died by 2010 at the latest, before CC BY 4.0 (2013); with
    # no birth year either, the death year decides.
    path = tmp_path / "al.csv"
    path.write_text("id,photographer,photographer_birth_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type,rights_holder\n"
                    "AB1,Per Foto,1890,1950,1950,SE,photographic_work,none,\n"
                    "AL2,Per Foto,,1950,1950,SE,photographic_work,none,\n"
                    "AL6,Per Foto,,2015,2015,SE,photographic_work,none,\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "licence=CC BY 4.0")
    assert [r["verdict"] for r in rows] == ["needs_review", "needs_review", "ok"]
    assert [[x["rule"] for x in r["reasons"]][-1] for r in rows[:2]] == [
        "needs-review-licence-no-holder-after-death", DEATH_UNKNOWN]


def test_a_death_year_written_in_the_photographer_cell_counts_beside_no_holder() -> None:
    # Review 32h F3: "Anna Riwkin (1908-1970)" with the death-year cell empty, no holder, CC BY-SA 4.0 (2013).
    a = _assess("", photographer="Anna Riwkin (1908-1970)", photographer_death_year="")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-no-holder-after-death"


def test_a_depicted_work_that_blocks_gives_no_year_of_its_own_beside_a_licence_no_one_granted() -> None:
    # Audit 32g Y1: the depicted work's year (2044) was given though the photo's own licence is no release
    # (the photographer died 1988, CC BY-SA 4.0 of 2013, nobody named) and its own term may run longer.
    a = Assessor(as_of=AS_OF).assess({
        "id": "Y1", "photographer": "Per Foto", "photographer_death_year": "1988", "image_date": "1959",
        "published_date": "1959", "origin_country": "SE", "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0",
        "depicted_country": "FR", "depicted_type": "building", "depicted_creator": "Jean Dupont",
        "depicted_creator_death_year": "1973", "depicted_date": "1959", "depicted_setting": "private"})
    assert a.verdict is Verdict.NOT_OK
    assert a.reasons[-1].rule == "not-ok-depicted-work-protected-photo-licence-no-release"
    # Sweden: the photographer's life + 70 runs to the end of 2058, the building's to the end of 2043.
    assert a.uploadable_from == 2059


@pytest.mark.parametrize(("photographer", "licence"), [("Anna Svensson (f. 1880)", "CC0"),
                                                       ("Anna Riwkin", "NLOD 2.0")])
def test_a_birth_year_in_the_cell_or_a_later_licence_still_bounds_who_could_grant_it(photographer: str,
                                                                                       licence: str) -> None:
    # Review 32i F2: born 1880, she was dead by 2000 (rules/vocabulary.yaml lifespan), before CC0 (2009).
    # F1: NLOD was first sent out in 2011 (data.norge.no); Anna Riwkin died 1970.
    a = _assess("", licence, photographer=photographer,
                photographer_death_year="" if "1880" in photographer else "1970")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-no-holder-after-death"
