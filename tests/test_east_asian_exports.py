"""Exports in the East Asian multi-byte code pages (review 30h): read in the one that reads
them as East Asian text, or refused with the options that read them, never byte by byte in a
Western code page (Shift_JIS "不詳", unknown, read in Windows-1252 was "ïsè" and a fraction slash, a name, and an
unknown author's photo was ok with CC BY: Commons:Upload/Unknown author or license)."""

from pathlib import Path

import pytest

from copyright_check import Assessor, assess_file
from copyright_check.codepages import EncodingDoubt, choose
from copyright_check.reader import InputError

ROWS = "id,title,photographer,image_date,origin_country,depicted_type,licence\n"


def test_big5_export_is_refused_then_read_with_its_option(tmp_path: Path) -> None:
    path = tmp_path / "tw.csv"
    path.write_bytes((ROWS + "T1,臺北 總統府,佚名,2020,TW,none,CC BY 4.0\nT2,臺北車站,陳大文,2020,TW,none,CC BY 4.0\n")
                     .encode("big5"))
    with pytest.raises(InputError, match=r"'臺北' in big5 .*--encoding big5"):
        list(assess_file(path, "2026-12-04"))
    rows = list(assess_file(path, "2026-12-04", encoding="big5"))
    assert [r.verdict.value for r in rows] == ["needs_review", "ok"]


def test_western_symbols_are_never_read_as_east_asian_unasked() -> None:
    # A few bytes of "° ½ ©" in Windows-1252 read as Big5 or GBK text too: refused with the
    # options (the Western one beside them), never read as Big5 silently.
    try:
        got = choose("id,title\n1,ñ°ß©gfjàßfb©°hic°öàßißö\n".encode("cp1252"))
    except EncodingDoubt as doubt:
        assert "cp1252" in [enc for enc, _ in doubt.readings]
    else:
        assert got == "cp1252"


@pytest.mark.parametrize("encoding", ["cp932", "cp949", "gbk"])
def test_an_export_several_east_asian_code_pages_read_is_refused_with_its_options(encoding: str) -> None:
    text = {"cp932": "東京駅の写真,不詳\n大阪城,山田太郎\n", "cp949": "서울역 사진,작자 미상\n경복궁,김철수\n",
            "gbk": "北京天安门,佚名\n上海外滩,张三\n"}[encoding]
    with pytest.raises(EncodingDoubt) as doubt:
        choose(("id,title,photographer\n" + text).encode(encoding))
    assert encoding in [enc for enc, _ in doubt.value.readings]


@pytest.mark.parametrize("text,encoding", [("Väggmålning i Göteborg,Anna Riwkin", "cp1252"),
                                           ("Москва, Красная площадь,Фотограф неизвестен", "cp1251"),
                                           ("วัดพระแก้ว กรุงเทพ,ไม่ทราบ", "cp874"),
                                           ("Pomnik w Łodzi,Józef Żółć", "cp1250")])
def test_single_byte_exports_are_not_taken_for_east_asian(text: str, encoding: str) -> None:
    assert choose(("id,title\n1," + text + "\n").encode(encoding)) == encoding


@pytest.mark.parametrize("photographer", ["ناشناس", "автор неизвестен", "알 수 없음", "אלמוני", "無記名", "अज्ञात"])
def test_unknown_in_more_languages_is_no_name(photographer: str) -> None:
    # Review 30h G4: each was read as a name, and CC BY credited it.
    row = {"id": "U", "photographer": photographer, "image_date": "2019", "origin_country": "IR",
           "depicted_type": "none", "licence": "CC BY 4.0"}
    assert Assessor(as_of="2026-12-04").assess(row).verdict.value == "needs_review"


@pytest.mark.parametrize("holder", ["権利者不明", "不明", "권리자 불명", "مجهول", "לא ידוע", "孤児著作物"])
def test_holder_unknown_in_more_languages_is_no_release(holder: str) -> None:
    # Review 30h G5: only the copyright holder can license a photo (CC: "You must own or control
    # copyright in the work").
    row = {"id": "H", "photographer": "Yamada Taro", "rights_holder": holder, "image_date": "2019",
           "origin_country": "JP", "depicted_type": "none", "licence": "CC BY 4.0"}
    assert Assessor(as_of="2026-12-04").assess(row).verdict.value == "needs_review"


@pytest.mark.parametrize("cell,lo,hi", [("昭和5年", 1930, 1930), ("平成元年", 1989, 1989), ("民國19年", 1930, 1930),
                                        ("Showa 5", 1930, 1930), ("พ.ศ. 2473", 1930, 1931), ("พ.ศ. 2533", 1990, 1990),
                                        ("1930年3月19日", 1930, 1930), ("1930년 3월 19일", 1930, 1930)])
def test_era_years_and_east_asian_dates_are_read(cell: str, lo: int, hi: int) -> None:
    # Review 30h R1: Japanese era years (Shōwa from 1926), the Minguo calendar (from 1912) and the
    # Thai Buddhist Era (543 years ahead; its year began on 1 April before 1941) went to a person.
    from copyright_check.years import YearRange, parse_years

    assert parse_years(cell) == YearRange(lo, hi)


@pytest.mark.parametrize("column,country", [("depicted_date", "IR"), ("depicted_date", "SA"),
                                            ("depicted_creator_death_year", "AF")])
def test_a_year_another_calendar_may_mean_is_no_ok(column: str, country: str) -> None:
    # Review 30h G1: an Iranian building of "1399" (Solar Hijri: 2020/21) by an unknown
    # architect was ok as a work of the 14th century. (The photo's own years have a floor of
    # 1826 already: rules/vocabulary.yaml year_bounds.)
    row = {"id": "C", "photographer": "Ali Rezaei", "rights_holder": "Ali Rezaei", "image_date": "2021",
           "origin_country": country, "licence": "CC BY-SA 4.0", "depicted_country": country,
           "depicted_type": "building", "depicted_creator": "unknown", "depicted_date": "1850",
           "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = Assessor(as_of="2026-12-04")
    row[column] = "1399"
    got = a.assess(row)
    assert got.verdict.value != "ok"
    assert any(e.column == column and "calendar" in e.message for e in got.errors)


def test_a_western_export_with_square_metres_is_not_taken_for_shift_jis() -> None:
    # Review 30i F1: "m²" (and "Ä") are single bytes Shift_JIS reads as half-width katakana; two
    # "m²" cells a row made a Swedish Windows-1252 export read as Shift_JIS, "okänd" as "ok舅d", a
    # name, and the row ok under CC BY.
    rows = "".join(f"{i},Villa {i} 120 m² tomt 800 m²,Anna Berg,okänd\n" for i in range(5))
    head = ("id,title,photographer,rights_holder\n" + rows).encode("cp1252")
    try:
        got = choose(head)
    except EncodingDoubt as doubt:
        assert not {enc for enc, _ in doubt.readings} & {"cp932", "euc_jp", "gbk", "big5", "cp949"}
    else:
        assert got == "cp1252"


@pytest.mark.parametrize("holder", ["作者不明", "撮影者不明", "著作权人不明", "저작권자미상", "Väntar på tillstånd"])
def test_holder_unknown_compounds_are_no_release(holder: str) -> None:
    # Review 30i F2, F3: "author unknown" written as one word, and "awaiting permission".
    row = {"id": "H", "photographer": "Anna Berg", "rights_holder": holder, "image_date": "2019",
           "origin_country": "SE", "depicted_type": "none", "licence": "CC BY 4.0"}
    assert Assessor(as_of="2026-12-04").assess(row).verdict.value == "needs_review"


@pytest.mark.parametrize("holder", ["Taro Yamada（1920-2000）", "山田太郎（1920～2000）", "山田太郎 (1920年-2000年)",
                                    "山田太郎 2000年没"])
def test_a_holder_dead_before_the_licence_in_east_asian_forms(holder: str) -> None:
    # Review 30h G6: a holder who died in 2000 granted no CC BY 4.0 (first published 2013); the
    # death written with full-width brackets, a wave dash, 年 or 没 ("died") was not read.
    row = {"id": "N", "photographer": "Hanako Suzuki", "rights_holder": holder, "image_date": "1990",
           "origin_country": "JP", "depicted_type": "none", "licence": "CC BY 4.0"}
    assert Assessor(as_of="2026-12-04").assess(row).verdict.value == "needs_review"
