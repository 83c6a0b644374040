"""Review 10's legal findings, each as the rule it checks.

- Russia, Civil Code art. 1281(5): an author repressed and posthumously rehabilitated has
  his 70 years counted from the year after the rehabilitation (stored
  http://base.garant.ru/77683051/9759dcadf047df8429c2f500e8a39a58/;
  https://data.marefa.org/wiki/Q204728 quotes it). Ukraine, {{PD-Ukraine}}: "Copyright in
  works of posthumously rehabilitated authors is valid for 70 years after their
  rehabilitation." Commons asks it only of a repressed author (Template:PD-Russia's footnote:
  "If the author of this work was subjected to repression and rehabilitated posthumously";
  Category:PD-Ukraine: PD if the author died before 1951 "and was not rehabilitated after
  that date"). The record cannot say so, and repression killed authors from the Red Terror
  to Stalin's death (Daniil Kharms died in prison in 1942; review 11 A4): a PD finding for
  an author who died 1918-1953 goes to a person.
- Germany, UrhG § 59(1) sentence 2: for buildings freedom of panorama covers only the
  outside view; an interior is not in an outdoor public place, whatever the setting says.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from copyright_check import Verdict
from copyright_check.cli import app


def _photo(country: str, death: str, **more: str) -> dict[str, str]:
    return {"photographer": "Mykhailo Boychuk", "photographer_death_year": death, "anonymous": "no",
            "image_date": "1930", "published_date": "1930", "origin_country": country,
            "photo_kind": "photographic_work", "depicted_type": "none", **more}


def test_ukrainian_author_who_died_in_the_terror_may_be_protected_from_his_rehabilitation(check: Any) -> None:
    # Boychuk, shot 1937, rehabilitated after Stalin's death: 70 years from then (PD-Ukraine).
    a = check(**_photo("UA", "1937"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("rehabilitated" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_russian_author_who_died_in_the_terror_may_be_protected_from_his_rehabilitation(check: Any) -> None:
    # Gustav Klutsis, shot 1938 (art. 1281(5)).
    a = check(**_photo("RU", "1938", photographer="Gustav Klutsis"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any("1281(5)" in r.text for r in a.reasons), [r.text for r in a.reasons]


def test_a_painting_by_a_rehabilitated_author_goes_to_a_person_too(check: Any) -> None:
    a = check(photographer="Museum", image_date="2015", origin_country="UA", photo_kind="faithful_reproduction",
              depicted_country="UA", depicted_type="painting", depicted_creator="Mykhailo Boychuk",
              depicted_creator_death_year="1937", depicted_date="1925", depicted_setting="indoor_public",
              depicted_permanent="yes")
    assert a.verdict is not Verdict.OK


def test_authors_who_died_before_the_red_terror_are_not_asked_about_rehabilitation(check: Any) -> None:
    a = check(**_photo("UA", "1902", image_date="1895", published_date="1895"))
    assert a.verdict is Verdict.OK
    assert not any("rehabilitated" in r.text for r in a.reasons)


def test_a_russian_author_who_died_1918_to_1953_goes_to_a_person(check: Any) -> None:
    # Repression killed authors from the Red Terror to Stalin's death, not in the Great Purge
    # alone: Gumilyov shot 1921, Babel and Meyerhold shot 1940, Daniil Kharms died in prison in
    # 1942 (rehabilitated 1960; a Russian court held his works protected to 2030, stored
    # https://news-pravda.com/usa/2023/09/13/92491.html), the Yiddish poets shot 1952 (review
    # 11 A4). The record cannot say "not repressed": a person checks, Karl Bulla (d. 1929,
    # RC-RU-3, a known gap) too.
    for died in ("1918", "1921", "1929", "1937", "1940", "1942", "1949"):
        a = check(**_photo("RU", died, image_date="1910", published_date="1910"))
        assert a.verdict is Verdict.NEEDS_REVIEW, died
        assert any("1281(5)" in r.text for r in a.reasons), died


def test_a_russian_author_who_died_before_the_red_terror_is_taken_on_his_death_year(check: Any) -> None:
    a = check(**_photo("RU", "1915", photographer="Karl Bulla", image_date="1900", published_date="1900"))
    assert a.verdict is Verdict.OK, [r.text for r in a.reasons]
    assert not any("rehabilitat" in r.text for r in a.reasons)


def test_a_ukrainian_author_who_died_1918_to_1953_goes_to_a_person(check: Any) -> None:
    # Category:PD-Ukraine asks 'not rehabilitated' of every author who died before 1951; the
    # Executed Renaissance (Boychuk and Kurbas shot 1937) and the camps killed authors
    # throughout 1918-1953.
    for died in ("1918", "1929", "1941", "1943", "1950"):
        a = check(**_photo("UA", died, image_date="1910", published_date="1910"))
        assert a.verdict is Verdict.NEEDS_REVIEW, died
        assert any("rehabilitat" in r.text for r in a.reasons), died
    a = check(**_photo("UA", "1916", image_date="1910", published_date="1910"))
    assert a.verdict is Verdict.OK, [r.text for r in a.reasons]


def test_a_running_life_term_still_gives_its_year(check: Any) -> None:
    # Died 1953: life + 70 ran to the end of 2023; in 2020 it was simply protected.
    a = check(as_of=date(2020, 6, 1), **_photo("RU", "1953", image_date="1950", published_date="1950"))
    assert a.verdict is Verdict.NOT_OK


def _interior(country: str, setting: str) -> dict[str, str]:
    return {"photographer": "Volunteer", "image_date": "2020", "origin_country": country,
            "licence": "CC BY-SA 4.0", "depicted_country": country, "depicted_type": "interior",
            "depicted_creator": "An architect", "depicted_creator_death_year": "2000",
            "depicted_date": "1990", "depicted_setting": setting, "depicted_permanent": "yes"}


def test_an_interior_is_not_freed_by_the_outdoor_clause_of_german_austrian_or_polish_fop(check: Any) -> None:
    # UrhG § 59(1) s. 2 ("nur auf die äußere Ansicht"); PL art. 33 pkt 1 (roads, streets, squares).
    for country in ("DE", "AT", "PL"):
        a = check(**_interior(country, "outdoor_public"))
        assert a.verdict is Verdict.NEEDS_REVIEW, (country, [r.rule for r in a.reasons])
        assert any(r.rule == "fop-interior-set-outdoors" for r in a.reasons)


def test_an_interior_assumed_outdoors_for_a_whole_batch_is_not_freed_either(tmp_path: Path) -> None:
    # --assume depicted_setting=outdoor_public over a mixed batch ("our monuments are outdoors").
    path = tmp_path / "batch.csv"
    path.write_text("id,photographer,image_date,origin_country,licence,depicted_country,depicted_type,"
                    "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,depicted_permanent\n"
                    "IA1,Vol,2020,DE,CC BY-SA 4.0,DE,interior,Arch,2000,1990,,yes\n", "utf-8")
    result = CliRunner().invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl",
                                      "--assume", "depicted_setting=outdoor_public"])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows[0]["verdict"] == "needs_review", result.output


def _painting(setting: str, made: str) -> dict[str, str]:
    # Sigrid Hjertén (d. 1948): PD in Sweden since 2019, protected there on 1 January 1996.
    return {"photographer": "Museum photographer", "image_date": "2015", "origin_country": "SE",
            "photo_kind": "faithful_reproduction", "depicted_country": "SE", "depicted_type": "painting",
            "depicted_creator": "Sigrid Hjertén", "depicted_creator_death_year": "1948",
            "depicted_date": made, "depicted_setting": setting, "depicted_permanent": "yes"}


def test_a_painting_kept_indoors_is_not_said_to_have_been_put_up(check: Any) -> None:
    # Compendium (1973) §3.1.3 II(b): showing a work where copying is restricted is not
    # publishing it. Made 1920: PD in the US published before 1931 or never published
    # (17 USC 303(a)); the reason names the 1978-2002 case it did not check (to 2047).
    for setting in ("private", "indoor_public", ""):
        a = check(**_painting(setting, "1920"))
        assert a.verdict is Verdict.OK, setting
        reason = next(r for r in a.reasons if r.rule == "depicted-us-expired-published-or-not")
        assert "put up 1920" not in reason.text and "2047" in reason.text


def test_a_private_painting_of_1940_is_restored_as_commons_counts_it_without_being_called_put_up(
        check: Any) -> None:
    # Never published: life + 70 (17 USC 303(a)) ran out with 2018; published, the URAA
    # restored it for 95 years from publication. Commons counts from the making year (RC-FR-5).
    a = check(**_painting("private", "1940"))
    assert a.verdict is Verdict.NOT_OK
    reason = next(r for r in a.reasons if r.rule == "depicted-us-restored-made-taken-as-published")
    assert "put up" not in reason.text and "303(a)" in reason.text


def test_a_sculpture_put_up_outdoors_is_still_published_when_put_up(check: Any) -> None:
    # Letter Edged in Black Press v. Public Building Commission (1970).
    a = check(**{**_painting("outdoor_public", "1920"), "depicted_type": "sculpture",
                 "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0", "photographer": "Volunteer"})
    assert any(r.rule == "depicted-us-published-over-95-years" for r in a.reasons)


def test_public_domain_day_list_marks_rows_that_go_to_review_on_the_day(tmp_path: Path) -> None:
    # A Russian photographer who died 1956: life + 70 ends with 2026, but on 1 January 2027
    # the war record (231-FZ art. 6, life + 74) is a person's question; a Swedish one is free.
    path = tmp_path / "cal.csv"
    path.write_text("id,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type\n"
                    "RU,A photographer,1956,1925,1925,RU,photographic_work,none\n"
                    "SE,A photographer,1956,1925,1925,SE,photographic_work,none\n", "utf-8")
    result = CliRunner().invoke(app, ["calendar", str(path), "--year", "2027", "--as-of", "2026-12-01",
                                      "--format", "json"])
    listed = {e["id"]: e for e in json.loads(result.stdout[:result.stdout.rindex("]") + 1])}
    assert listed["SE"]["on_1_january"] == "ok"
    assert listed["RU"]["on_1_january"] == "needs_review"
    assert "On 1 January 2027" in listed["RU"]["reasons"][0]["text"]


# Norway, simple photographs (review 10 F4). Template:PD-Norway50 (stored
# http://commons.m.wikimedia.org/wiki/Template:PD-Norway50): "images not considered to be
# 'works of art' become public domain 50 years after creation, provided that more than 15
# years have passed since the author's death or the author is unknown"; its later text (on
# file pages, e.g. https://da.wikipedia.org/wiki/Fil:Bj%C3%B8rkelangen_-_no-nb_digifoto_20150814_00033_bldsa_PK22111.jpg):
# "Under the former photo law, protection ended 25 years after creation, provided that more
# than 15 years had passed since the photographer's death or the photographer is unknown.
# The image is in the public domain if the protection ended before 29 June 1995 under the
# older term." In the US: PD only if PD in Norway on 1 January 1996 (17 USC 104A).
def _norwegian(made: str, died: str = "", **more: str) -> dict[str, str]:
    return {"photographer": "A press photographer", "photographer_death_year": died, "image_date": made,
            "published_date": made, "origin_country": "NO", "photo_kind": "simple_photograph",
            "depicted_type": "none", **more}


def test_norwegian_simple_photo_whose_old_25_year_term_ended_before_1995_stays_pd(check: Any) -> None:
    # 25 years from the making and 15 after the death both ran out by the end of 1994: PD
    # then, so on the URAA date too (PD-1996), though today's 50 years ran longer.
    for made, died in (("1955", "1960"), ("1965", "1978"), ("1969", "1979")):
        a = check(**_norwegian(made, died))
        assert (a.verdict, a.templates) == (Verdict.OK, ["{{PD-Norway50}}", "{{PD-1996}}"]), (made, died)
        assert "us-foreign-not-restored-by-uraa" in [r.rule for r in a.reasons]


def test_norwegian_simple_photo_whose_old_term_ran_into_1995_was_restored_in_the_us(check: Any) -> None:
    # Made 1970 (25 years to the end of 1995) or the photographer dead in 1980 (15 years to the
    # end of 1995): still protected on 29 June 1995, so the 50-year term and the URAA apply.
    for made, died, free in (("1970", "1975", 2066), ("1960", "1980", 2056)):
        a = check(**_norwegian(made, died))
        assert (a.verdict, a.uploadable_from) == (Verdict.NOT_OK, free), (made, died)
        assert "us-foreign-restored-by-uraa" in [r.rule for r in a.reasons]


def test_norwegian_simple_photo_of_an_unknown_photographer_has_50_years_from_its_making(check: Any) -> None:
    # anonymous = yes: no death to count from; 25 years under the old law ran out in 1975.
    a = check(**_norwegian("1950", anonymous="yes", photographer=""))
    assert (a.verdict, a.templates) == (Verdict.OK, ["{{PD-Norway50}}", "{{PD-1996}}"])
    # Made 1975: PD in Norway since 2026 (50 years), but protected on the URAA date: restored
    # in the US for 95 years from publication.
    b = check(**_norwegian("1975", anonymous="yes", photographer=""))
    assert (b.verdict, b.uploadable_from) == (Verdict.NOT_OK, 2071)
    assert any(r.rule == "photo-simple-photograph-expired" for r in b.reasons)


def test_a_named_norwegian_photographer_without_a_death_year_is_not_taken_as_unknown(check: Any) -> None:
    # A catalogue's missing death year is no unknown author: the 15 years after it decide.
    a = check(**_norwegian("1950", photographer="Anders Beer Wilse"))
    assert a.verdict is not Verdict.OK


def test_a_running_russian_term_names_the_war_years_end_too() -> None:
    # Review 24b (RC-RU-9): Yevgeny Khaldei, a war photographer, d. 1997, read "until the end of
    # 2067" alone. Template:PD-Russia frees a work after 70 years only where the author "did not
    # fight in or work during the Great Patriotic War" (231-FZ art. 6: life + 74 otherwise): the
    # reason gives both ends and what decides; uploadable_from stays 2068, when the row becomes
    # that question (README, Known limits).
    from copyright_check import Assessor

    a = Assessor().assess({"id": "K", "photographer": "Yevgeny Khaldei", "photographer_death_year": "1997",
                           "anonymous": "no", "image_date": "1945", "published_date": "1945",
                           "origin_country": "RU", "licence": "PDM", "depicted_type": "none"},
                          "2026-12-01")
    assert a.verdict.value == "not_ok" and a.uploadable_from == 2068
    text = next(r.text for r in a.reasons if r.rule == "photo-author-life-term-running")
    assert "2067 at least and of 2071 at most" in text and "Great Patriotic War" in text
