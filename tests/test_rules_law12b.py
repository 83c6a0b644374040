"""Law files checked against their stored Commons pages and statutes (session 12, helper
law12b): Indonesia's photograph and anonymous tags, ... Each test is the rule as the page
or statute gives it, the page named in a comment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copyright_check import Verdict


def _photo(country: str, died: str, made: str, published: str, **more: str) -> dict[str, str]:
    return {"photographer": "A photographer", "photographer_death_year": died, "anonymous": "no",
            "image_date": made, "published_date": published, "origin_country": country,
            "licence": "PDM", "depicted_type": "none", **more}


def test_indonesian_photo_published_over_50_years_ago_takes_pd_idold_art59(check: Any) -> None:
    # Law No. 28 of 2014 art. 59: photographic works are protected 50 years from first
    # publication (id.wikisource, Katalog Domain Publik p. 9); COM:Indonesia (stored copy
    # http://worldobserver.org/indonesia-2.html) lists {{PD-IDOld-Art59}} among Indonesia's
    # common licence tags. A photo published in 1940 was PD at home by 1991, before the URAA
    # date: {{PD-IDOld-Art59}} beside {{PD-1996}} (review 11 B5: it went to a person for a
    # source-country tag).
    a = check(**_photo("ID", "1960", "1940", "1940"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-IDOld-Art59}}", "{{PD-1996}}"]
    # Kassian Cephas (d. 1912), published in the 1890s: PD in the US after 95 years too.
    b = check(**_photo("ID", "1912", "1890/1891", "1890/1900", photographer="Kassian Cephas"))
    assert b.templates == ["{{PD-IDOld-Art59}}", "{{PD-US-expired}}"]
    # Published in 1980: the 50 years run to the end of 2030; no tag, not ok.
    c = check(**_photo("ID", "2000", "1980", "1980"))
    assert c.verdict is Verdict.NOT_OK
    assert "{{PD-IDOld-Art59}}" not in c.templates


def test_indonesian_anonymous_photo_takes_the_photograph_terms_tag(check: Any) -> None:
    # COM:Indonesia: 'Photograph | Publish + 50 years', 'Anonymous | Publish + 50 years'; it
    # lists {{PD-IDUnknown}} beside {{PD-IDOld-Art59}}. A photograph's term is art. 59's
    # whether or not its author is known, so an anonymous photo takes that article's tag;
    # {{PD-IDUnknown}} is the anonymous term's (a work other than a photo, jurisdictions/ID.yaml).
    a = check(**_photo("ID", "", "1940", "1940", photographer="unknown", anonymous="yes"))
    assert a.verdict is Verdict.OK
    assert a.templates == ["{{PD-IDOld-Art59}}", "{{PD-1996}}"]


# -- RU / UA: posthumous rehabilitation, settled by the record ------------------------


def test_a_russian_author_who_died_1918_1953_goes_to_a_person_unless_the_record_settles_his_rehabilitation(
        check: Any) -> None:
    # Civil Code art. 1281(5): the work of an author repressed and rehabilitated after his
    # death is protected for 70 years from 1 January after the rehabilitation. {{PD-Russia}}
    # (its footnote) applies the death year to every other author. Karl Bulla (d. 1929):
    # empty, a person asks; 'no' (not rehabilitated after death), the death year decides.
    bulla = _photo("RU", "1929", "1900/1910", "1900/1913", photographer="Karl Bulla", depicted_type="landscape")
    assert check(**bulla).verdict is Verdict.NEEDS_REVIEW
    for no in ("no", "not repressed", "не репрессирован", "nej"):
        a = check(**bulla, rehabilitation_year=no)
        assert a.verdict is Verdict.OK, no
        assert a.templates == ["{{PD-old-auto-expired|deathyear=1929}}"]
        assert "not posthumously rehabilitated" in a.reasons[0].text


def test_a_rehabilitation_year_counts_the_70_years_from_it(check: Any) -> None:
    # Daniil Kharms died in prison in 1942 and was rehabilitated in 1960; a Russian court
    # held in 2023 that 'it will be impossible to publish his works until 2030 ... the 70-year
    # copyright term of posthumously rehabilitated writers is considered from the moment of
    # rehabilitation' (https://news-pravda.com/usa/2023/09/13/92491.html).
    a = check(**_photo("RU", "1942", "1930", "1930", photographer="Daniil Kharms"), rehabilitation_year="1960")
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2031
    assert "rehabilitation in 1960" in a.reasons[1].text
    # On the URAA date (1 January 1996) such a work was protected at home (to 2030), so the
    # URAA restored it in the US: a photo published 1935 is free there only from 2031 (95 years).
    b = check(**_photo("RU", "1938", "1935", "1935"), rehabilitation_year="1957")
    assert b.verdict is Verdict.NOT_OK
    assert b.uploadable_from == 2031
    assert "us-foreign-restored-by-uraa" in [r.rule for r in b.reasons]
    # Not rehabilitated: PD at home since 2009 and on the URAA date, not restored.
    c = check(**_photo("RU", "1938", "1935", "1935"), rehabilitation_year="no")
    assert c.templates == ["{{PD-old-auto-1996|deathyear=1938}}"]


def test_ukraine_protects_a_rehabilitated_authors_work_70_years_after_the_rehabilitation(check: Any) -> None:
    # Template:PD-Ukraine: 'Copyright in works of posthumously rehabilitated authors is valid
    # for 70 years after their rehabilitation'; Category:PD-Ukraine: PD if the author died
    # before 1951 'and was not rehabilitated after that date'. A Kharkiv photographer shot in
    # 1937 and rehabilitated in 1989, and one who was not rehabilitated.
    a = check(**_photo("UA", "1937", "1925", "1925"), rehabilitation_year="1989")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2060
    b = check(**_photo("UA", "1937", "1925", "1925"), rehabilitation_year="no")
    assert b.verdict is Verdict.OK


def test_the_depicted_creators_rehabilitation_is_his_own_column(check: Any) -> None:
    # Lenin's Mausoleum (Alexey Shchusev, d. 1949; Stalin Prizes 1940-1952, never sentenced):
    # Commons keeps it with {{PD-old-auto|deathyear=1949}} (tests/data/real_cases.csv
    # RC-RU-5). The photographer's column says nothing of the architect.
    mausoleum = {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": "RU",
                 "licence": "CC BY-SA 4.0", "depicted_country": "RU", "depicted_type": "building",
                 "depicted_creator": "Alexey Shchusev", "depicted_creator_death_year": "1949",
                 "depicted_date": "1930", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = check(**mausoleum, depicted_rehabilitation_year="no")
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto|deathyear=1949}}"]
    b = check(**mausoleum, rehabilitation_year="no")
    assert b.templates == ["{{Cc-by-sa-4.0}}"]  # the building's own status still a person's question
    # A sculptor rehabilitated in 1989: protected to the end of 2059, no FoP for commercial use.
    c = check(**{**mausoleum, "depicted_type": "sculpture", "depicted_creator": "A sculptor",
                 "depicted_creator_death_year": "1940"}, depicted_rehabilitation_year="1989")
    assert c.verdict is Verdict.NOT_OK and c.uploadable_from == 2060


def test_a_rehabilitation_before_the_death_or_a_word_that_is_no_answer_is_the_rows_error(check: Any) -> None:
    # A posthumous rehabilitation comes after the death: 1920 beside a death in 1929 is a
    # mistake, read as not given (a person asks), with an error naming the column.
    bulla = _photo("RU", "1929", "1900/1910", "1900/1913", photographer="Karl Bulla", depicted_type="landscape")
    for cell in ("1920", "maybe"):
        a = check(**bulla, rehabilitation_year=cell)
        assert a.verdict is Verdict.NEEDS_REVIEW
        assert [e.column for e in a.errors] == ["rehabilitation_year"]
    # 'yes' without the year says no more than an empty cell: a person asks for the year.
    assert check(**bulla, rehabilitation_year="yes").verdict is Verdict.NEEDS_REVIEW


def test_a_rehabilitation_after_a_death_outside_1918_1953_counts_too(check: Any) -> None:
    # Civil Code art. 1281(5) and Template:PD-Ukraine ('Copyright in works of posthumously
    # rehabilitated authors is valid for 70 years after their rehabilitation') know no window of
    # death years: the 1918-1953 window only says for whom a person must ask. Vasyl Stus died in
    # a camp in 1985 and was rehabilitated in 1989; a Ukrainian who died in 1955 and was
    # rehabilitated in 1990 is protected to the end of 2060 (review 13 D1: it was ok).
    a = check(**_photo("UA", "1955", "1920", "1920"), rehabilitation_year="1990")
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2061
    assert "rehabilitation in 1990" in " ".join(r.text for r in a.reasons)
    b = check(**_photo("RU", "1960", "1940", "1940"), rehabilitation_year="1990")
    assert b.verdict is Verdict.NOT_OK and b.uploadable_from == 2061
    # The depicted work's creator: a reproduction of a 1920 painting by an artist d. 1955.
    c = check(photographer="Museum", image_date="2020", published_date="2020", origin_country="UA",
              photo_kind="faithful_reproduction", depicted_type="painting", depicted_country="UA",
              depicted_creator="Ivan Petrenko", depicted_creator_death_year="1955", depicted_date="1920",
              depicted_setting="indoor_public", depicted_permanent="yes", depicted_rehabilitation_year="1990")
    assert c.verdict is Verdict.NOT_OK and c.uploadable_from == 2061


def test_a_bare_zero_where_no_would_free_the_work_is_the_cells_error(check: Any) -> None:
    # A lookup formula gives 0 for an empty source cell, a database's year field holds 0 when
    # nobody filled it: in a rehabilitation column (and the US notice/renewal columns) that 0
    # is no "not rehabilitated" (review 13 D2: Daniil Kharms with 0 was ok; he is protected to
    # 2030, https://news-pravda.com/usa/2023/09/13/92491.html). The words still answer.
    kharms = _photo("RU", "1942", "1930", "1930", photographer="Daniil Kharms")
    for zero in ("0", "0.0", "00", "0000"):
        a = check(**kharms, rehabilitation_year=zero)
        assert a.verdict is Verdict.NEEDS_REVIEW, zero
        assert [e.column for e in a.errors] == ["rehabilitation_year"]
    for no in ("no", "нет", "ні"):
        assert check(**kharms, rehabilitation_year=no).verdict is Verdict.OK, no


@pytest.mark.parametrize("false", ["FALSE", "false", "FALSCH", "FALSKT", "FALSK", "USANN", "EPÄTOSI", "FAŁSZ",
                                   "FAUX", "FALSO", "ONWAAR"])
def test_a_boolean_false_where_no_would_free_the_work_is_the_cells_error_as_a_zero_is(check: Any, false: str) -> None:
    # What Excel shows and writes to CSV for a boolean cell, an unticked box or =IF(cond, 1956)
    # whose condition fails, in each export language's Excel: as a bare 0 is, no "not
    # rehabilitated" (review 14, play/rehab14.csv RH27: Kharms, ok; he is protected to 2030),
    # no "no notice" and no "no works inside". The words still answer (above).
    kharms = _photo("RU", "1942", "1930", "1930", photographer="Daniil Kharms")
    a = check(**kharms, rehabilitation_year=false)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["rehabilitation_year"]
    assert "unticked box or a formula without an else" in a.errors[0].message
    notice = check(**_photo("US", "1990", "1960", "1960"), copyright_notice=false)
    assert "copyright_notice" in [e.column for e in notice.errors]


def test_a_boolean_false_elsewhere_is_still_no(check: Any) -> None:
    # anonymous FALSE: a named author, the life term; "no" frees nothing there.
    a = check(**{**_photo("SE", "1948", "1930", "1930", photographer="Oscar Halldin"), "anonymous": "FALSCH"})
    assert a.verdict is Verdict.OK and a.errors == []


def test_a_spreadsheets_boolean_false_cell_in_a_rehabilitation_column_is_the_cells_error(tmp_path: Path) -> None:
    # review 13 play/rehab0.xlsx K2: a boolean cell, read as "no" before, so Kharms was ok.
    import openpyxl

    from copyright_check import assess_file

    book = openpyxl.Workbook()
    book.active.append(["id", "photographer", "photographer_death_year", "image_date", "published_date",
                        "origin_country", "photo_kind", "depicted_type", "rehabilitation_year", "anonymous"])
    book.active.append(["K2", "Daniil Kharms", 1942, 1930, 1930, "RU", "photographic_work", "none", False, False])
    path = tmp_path / "rehab.xlsx"
    book.save(path)
    [a] = list(assess_file(path, as_of=date(2026, 12, 1)))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["rehabilitation_year"]


def test_lithuanias_freedom_of_panorama_is_non_commercial_only_which_commons_cannot_use(check: Any) -> None:
    # Law No. VIII-1185 art. 28 (stored summary, https://apertureauthority.com/rules/lithuania):
    # architecture and sculpture permanently in public places may be reproduced, 'but the
    # exception does not apply when the work is the main subject of the image and the use is
    # for direct or indirect commercial advantage'; COM:Lithuania: 'Freedom of panorama: No'.
    # The Frank Zappa bust, Vilnius (Konstantinas Bogdanas, d. 2011): not_ok as before, and
    # the reason says what the law has (non-commercial use only), not that it has nothing.
    bust = {"photographer": "Wikimedia volunteer", "image_date": "2018", "origin_country": "LT",
            "licence": "CC BY-SA 4.0", "depicted_country": "LT", "depicted_type": "sculpture",
            "depicted_creator": "Konstantinas Bogdanas", "depicted_creator_death_year": "2011",
            "depicted_date": "1995", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = check(**bust)
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2082
    assert "fop-non-commercial-only" in [r.rule for r in a.reasons]
    # Murals are not among art. 28's works: no exception for them.
    b = check(**{**bust, "depicted_type": "mural"})
    assert "fop-outdoor-no-exception" in [r.rule for r in b.reasons]


def test_pd_yugoslavia_is_written_only_for_a_photo_published_before_1966(check: Any) -> None:
    # Template:PD-Yugoslavia (its text on copies of Commons file pages): PD under the 1978
    # Yugoslav act before the 1991 break-up, '(c) a photograph or a work of applied art
    # published before January 1, 1966'. A Croatian photo of 1960 takes it; a Montenegrin one
    # of 1968, PD at home (COM:Montenegro: photographs published before 1973) and, by 2065,
    # in the US, is outside its criteria: a person picks the tag, never a page that misstates it.
    a = check(**_photo("HR", "2000", "1960", "1960"))
    assert a.templates == ["{{PD-Yugoslavia}}", "{{PD-1996}}"]
    b = check(date(2065, 1, 2), **_photo("ME", "2000", "1968", "1968"))
    assert b.verdict is Verdict.NEEDS_REVIEW and b.templates == []
    assert any("criterion c" in r.text for r in b.reasons)


def test_a_term_run_out_under_the_older_law_is_named_as_that_term_not_todays(check: Any) -> None:
    # Review 14 M1: a Montenegrin photo published 1960 by a photographer who died in 1990 is PD
    # under the Yugoslav act's 25 years from publication (Template:PD-Yugoslavia (c): 'a
    # photograph ... published before January 1, 1966'), not because life + 70 (to 2060) has
    # run out: the sentence named only today's term before "which has run out".
    a = check(**_photo("ME", "1990", "1960", "1960"))
    assert a.verdict is Verdict.OK
    text = next(r.text for r in a.reasons if r.rule == "photo-photograph-term-expired")
    assert ("70 years after the author's death; for a work published before 1966, the shorter term "
            "of the law before") in text


def test_a_presumption_counted_from_the_making_names_the_publication_where_the_making_is_not_given(
        check: Any) -> None:
    # Review 14 M2: Template:PD-old-assumed counts 120 years from the making; with image_date
    # empty it ran on a making no later than the publication (1848), and the reason printed
    # "the photo was made unknown".
    # Since review 25c F8 a photo with no image_date is taken as made no later than its
    # publication for the law's own conditions on the making too: Canada's photos made before
    # 1949 (the law before 1999) decide it before the presumption does ({{PD-Canada}}).
    a = check(**{**_photo("CA", "", "", "1848"), "photographer": "", "anonymous": ""})
    assert a.verdict.value == "ok" and a.templates == ["{{PD-Canada}}", "{{PD-US-expired}}"]
    text = " ".join(r.text for r in a.reasons)
    assert "made unknown" not in text
    # Where the law has no such condition, the presumption still names the publication (Jordan's
    # is on photos made before 1975, so an Irish photo: life + 70, the presumption serves).
    b = check(**{**_photo("IE", "", "", "1848"), "photographer": "", "anonymous": ""})
    assert "made unknown" not in " ".join(r.text for r in b.reasons)
