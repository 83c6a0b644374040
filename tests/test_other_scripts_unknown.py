"""'Unknown', 'anonymous', 'about', 'before' and 'after' in Chinese, Japanese, Thai and Arabic
person and date cells (fix15). A catalogue that does not know the photographer says so; a death
year beside such a cell is no one's known death (rules/vocabulary.yaml unknown_person_words, each
word's dictionary page cited there). A date with such a word is read as no date at all, the
cell's error: never a guess at what the word means (README: a word the reader does not know is
an error)."""

from __future__ import annotations

from typing import Any

import pytest

from copyright_check import Verdict

# A Swedish photographic work of 1925: the photographer's death decides (URL 43 §, life + 70),
# so a death year of 1930 beside a name would make it ok.
ROW = {"image_date": "1925", "published_date": "1925", "origin_country": "SE", "photo_kind": "photographic_work",
       "depicted_type": "none"}


@pytest.mark.parametrize("cell", ["佚名", "匿名", "无名氏", "無名氏", "作者不明", "作者不詳", "撮影者不明", "不明",
                                  "ไม่ทราบ", "مجهول", "مجهول الهوية", "غير معروف", "[不明]", "작자 미상", "미상"])
def test_unknown_or_anonymous_in_chinese_japanese_thai_or_arabic_names_no_photographer(check: Any, cell: str) -> None:
    a = check(photographer=cell, photographer_death_year="1930", **ROW)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    # the same verdict as the Swedish catalogue's word
    b = check(photographer="okänd", photographer_death_year="1930", **ROW)
    assert (a.verdict, [r.rule for r in a.reasons]) == (b.verdict, [r.rule for r in b.reasons])


@pytest.mark.parametrize("cell", ["ประมาณ 1925", "约1925", "1925年頃", "1925년경", "حوالي 1925", "قبل 1925", "بعد 1925",
                                  "1925年以前", "1925年以後", "ก่อน 1925", "หลัง 1925", "不明", "ไม่ทราบ", "غير معروف"])
@pytest.mark.parametrize("column", ["image_date", "published_date", "photographer_death_year"])
def test_a_date_with_an_about_before_after_or_unknown_word_of_another_script_is_the_cells_error(
        check: Any, cell: str, column: str) -> None:
    a = check(**{**ROW, "photographer": "Anna Svensson", "photographer_death_year": "1930", column: cell})
    assert a.verdict is not Verdict.OK
    assert column in [e.column for e in a.errors]


# fix16 item 3: Thai writes a phrase without spaces, and ไม่ ("not") before a verb negates it: a
# person cell that begins with it says who is not known or not named (ไม่ระบุชื่อ "name not given",
# Thai for "anonymous" as in โพสต์โดยไม่ระบุชื่อ "anonymous posting", stored
# https://hmong.in.th/wiki/Anonymous_posting; ไม่ทราบชื่อ "name not known"; ไม่ปรากฏชื่อ "name does not
# appear"), never a name: rules/vocabulary.yaml unknown_person_prefixes. ไม่ระบุชื่อ beside 1930 was ok
# {{PD-old-auto-expired|deathyear=1930}}.
@pytest.mark.parametrize("cell", ["ไม่ระบุชื่อ", "ไม่ทราบชื่อ", "ไม่ปรากฏชื่อ", "ไม่ระบุ", "[ไม่ระบุชื่อ]", "ไม่ทราบชื่อผู้ถ่ายภาพ"])
def test_a_thai_cell_beginning_with_the_negation_names_no_photographer(check: Any, cell: str) -> None:
    a = check(photographer=cell, photographer_death_year="1930", **ROW)
    b = check(photographer="okänd", photographer_death_year="1930", **ROW)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert (a.verdict, [r.rule for r in a.reasons]) == (b.verdict, [r.rule for r in b.reasons])


@pytest.mark.parametrize("cell", ["สมชาย ใจดี", "ไม้งาม สุขใจ"])  # ไม้ "wood" is no negation: its tone mark differs
def test_a_thai_name_stays_a_name(check: Any, cell: str) -> None:
    a = check(photographer=cell, photographer_death_year="1930", **ROW)
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-old-auto-expired|deathyear=1930}}"]
