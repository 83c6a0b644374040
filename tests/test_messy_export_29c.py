"""Review 29c: an institution's own messy export, where how a file was read (not a rule) made a
row ok that its cells, read right, send to a person. Commons:Licensing: a file's status must be
clear; an ok never rests on a cell read otherwise than it was written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from copyright_check import Assessor
from copyright_check.cli import app
from copyright_check.reader import read_rows
from copyright_check.years import day_span

runner = CliRunner()
HEADER = ("id;title;photographer;photographer_death_year;image_date;published_date;origin_country;photo_kind;"
          "licence;depicted_type\n")
# Oscar Halldin (d. 1948), a photographic work of 1920: PD in Sweden (URL 43 §) and in the US.
PD_ROW = "{id};{title};Oscar Halldin;1948;1920;1920;SE;photographic_work;;{kind}\n"


def _assess(path: Path, *extra: str) -> list[dict[str, object]]:
    out = path.with_suffix(".jsonl")
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-04", "-o", str(out),
                                 "--jobs", "1", *extra])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def test_a_utf8_row_in_a_windows_1252_export_is_read_as_utf8_and_goes_to_a_person(tmp_path: Path) -> None:
    # G1: the code page is chosen from the opening megabyte; a UTF-8 row after it read as
    # Windows-1252 was "VÃ¤ggmÃ¥lning", a title whose mural the row's type (none) did not see.
    head = (HEADER + "".join(PD_ROW.format(id=f"A{i}", title=f"Gatuvy i Västerås {i}", kind="none")
                             for i in range(20000))).encode("cp1252")
    tail = PD_ROW.format(id="B1", title="Väggmålning på Medborgarhuset", kind="none").encode("utf-8")
    path = tmp_path / "joined.csv"
    path.write_bytes(head + tail)
    assert len(head) > 1 << 20
    rows = _assess(path)
    assert len(rows) == 20001
    last = rows[-1]
    assert last["id"] == "B1" and last["verdict"] == "needs_review"
    assert any("bytes are UTF-8 text, though the file is read as cp1252" in e["message"]  # type: ignore[index]
               for e in last["errors"])  # type: ignore[attr-defined]
    assert rows[0]["verdict"] == "ok" and not rows[0]["errors"]


def test_a_title_that_cannot_be_read_leaves_its_questions_open(tmp_path: Path) -> None:
    # G2: a Windows-1252 row in a UTF-8 file; its title read as unknown was still ok, where the
    # title ("Väggmålning", a mural) beside the type none sends the row to a person.
    path = tmp_path / "joined.csv"
    path.write_bytes((HEADER + PD_ROW.format(id="A1", title="Gatuvy i Västerås", kind="none")).encode("utf-8")
                     + PD_ROW.format(id="B1", title="Väggmålning på Medborgarhuset", kind="none").encode("cp1252"))
    rows = _assess(path)
    assert [r["verdict"] for r in rows] == ["ok", "needs_review"]
    assert "title" in rows[1]["reasons"][-1]["text"]  # type: ignore[index]


def test_a_death_year_merged_over_two_photographers_is_no_rows_death_year(tmp_path: Path) -> None:
    # G3: "1948" merged down beside Anna Riwkin (d. 1970) and Oscar Halldin (d. 1948) made
    # Riwkin's 1920 photo ok: COM:Sweden, life + 70, to the end of 2040.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(";"))
    sheet.append(["X1", "Gatuvy", "Anna Riwkin", 1948, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X2", "Gatuvy", "Oscar Halldin", None, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X3", "Gatuvy", "Oscar Halldin", 1948, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X4", "Gatuvy", "Oscar Halldin", None, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X5", "Gatuvy", "Halldin, Oscar", 1948, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X6", "Gatuvy", "Oscar Halldin", None, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X7", "Gatuvy", "Henri Paul", 1948, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.append(["X8", "Gatuvy", "Paul Henri", None, 1920, 1920, "SE", "photographic_work", "", "none"])
    sheet.merge_cells("D2:D3")  # beside two photographers
    sheet.merge_cells("D4:D5")  # beside one: read in each row, as before
    sheet.merge_cells("D6:D7")  # beside one written two ways: one person
    sheet.merge_cells("D8:D9")  # beside two people whose names share their words (review 30f F2)
    path = tmp_path / "export.xlsx"
    book.save(path)
    rows = _assess(path)
    assert [r["verdict"] for r in rows] == ["needs_review", "needs_review", "ok", "ok", "ok", "ok",
                                            "needs_review", "needs_review"]
    assert "merged over sheet rows 2-3, beside different photographers" in rows[0]["errors"][0]["message"]  # type: ignore[index]


def test_a_licence_cell_that_cannot_be_read_is_no_licence_refused() -> None:
    # G4: "#N/A" where the licence stood gave not_ok "no licence Commons accepts is given (none)";
    # a free licence may stand there (the same row with CC BY 4.0 is ok).
    row = {"id": "L1", "photographer": "Anna Svensson", "image_date": "2019", "origin_country": "SE",
           "rights_holder": "Anna Svensson", "depicted_type": "none"}
    a = Assessor(as_of=date(2026, 12, 4))
    assert a.assess({**row, "licence": "CC BY 4.0"}).verdict.value == "ok"
    unread = a.assess({**row, "licence": "#N/A"})
    assert unread.verdict.value == "needs_review"
    assert "not-ok-photo-protected-no-free-licence" not in [r.rule for r in unread.reasons]


def test_a_formula_without_its_value_in_a_column_no_field_reads_is_no_error(tmp_path: Path) -> None:
    # G6: an export's own working column (unmapped) with a formula saved without its value sent
    # every row to a person.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*HEADER.strip().split(";"), "Internt"])
    sheet.append(["X1", "Gatuvy", "Oscar Halldin", 1948, 1920, 1920, "SE", "photographic_work", "", "none", "=A2"])
    path = tmp_path / "export.xlsx"
    book.save(path)  # openpyxl writes the formula without a computed value
    rows = _assess(path)
    assert rows[0]["verdict"] == "ok" and not rows[0]["errors"]


def test_a_day_written_as_exports_write_it_settles_the_side_of_1_march_1989() -> None:
    # G5: Hirtle chart (Commons:Hirtle chart): "1978 to 1 March 1989: published without notice,
    # and without subsequent registration: in the public domain"; 17 USC 405 as amended by the
    # Berne Convention Implementation Act. A day written otherwise than 1989-02-15 was the year alone.
    assert day_span("15/02/1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("02/15/1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("15.02.1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("02/1989") == (date(1989, 2, 1), date(1989, 2, 28))
    # Day first or month first: both readings, so a doubt only widens the span.
    assert day_span("03/01/1989") == (date(1989, 1, 3), date(1989, 3, 1))
    assert day_span("01.03.1989") == (date(1989, 1, 3), date(1989, 3, 1))
    assert day_span("31/02/1989") is None and day_span("1989") is None
    a = Assessor(as_of=date(2026, 12, 4))
    row = {"id": "U", "photographer": "John Smith", "image_date": "1988", "origin_country": "US",
           "photo_kind": "simple_photograph", "depicted_type": "landscape", "copyright_notice": "no",
           "copyright_registered": "no"}
    assert a.assess({**row, "published_date": "15/02/1989"}).templates == ["{{PD-US-1989}}"]
    assert a.assess({**row, "published_date": "03/01/1989"}).verdict.value != "ok"


def test_one_utf8_row_does_not_choose_the_code_page_of_the_whole_file(tmp_path: Path) -> None:
    # Review 29h W1: one UTF-8 row with a typographic quote in a Windows-1252 export made the
    # file read as code page 850 ("Vægmaleri" as "Vµgmaleri"), and a Cyrillic UTF-8 row a
    # Windows-1251 file as Windows-1252: every other row garbled with no error, a mural typed none
    # ok. The code page is chosen from the file's own lines; the UTF-8 row is read as UTF-8.
    for codec, title, utf8_title in (("cp1252", "Vægmaleri på Rådhuset", "Gade i Århus ”Strøget”"),
                                     ("cp1251", "Мозаика на доме", "Улица И. Иванова")):
        rows_text = [PD_ROW.format(id=f"A{i}", title=f"{title[:5]} {i}", kind="none") for i in range(50)]
        path = tmp_path / f"{codec}.csv"
        path.write_bytes(HEADER.encode(codec) + PD_ROW.format(id="U1", title=utf8_title, kind="none").encode("utf-8")
                         + "".join(rows_text).encode(codec)
                         + PD_ROW.format(id="W1", title=title, kind="none").encode(codec))
        rows = _assess(path)
        assert len(rows) == 52
        assert rows[0]["id"] == "U1" and rows[0]["verdict"] == "needs_review"
        assert rows[-1]["id"] == "W1" and rows[-1]["verdict"] == "needs_review", (codec, rows[-1]["reasons"])
        assert not rows[1]["errors"], codec


def test_a_utf8_row_with_signs_and_decomposed_letters_is_read_as_utf8() -> None:
    # Review 29h W2: one multiplication sign, check mark or numero sign, or a title written
    # decomposed (a Mac's NFD) kept the
    # UTF-8 row garbled and ok; a code page's own text that happens to be well-formed UTF-8 gives
    # letters of another script ("PÓŁNOC" in Windows-1250 is "PӣNOC") and stays as it is.
    import unicodedata

    from copyright_check.reader import plausible_utf8
    for title in ("Väggmålning (12 × 4 m)", "Väggmålning ✓", "Мозаика на доме № 5",
                  unicodedata.normalize("NFD", "Väggmålning på Medborgarhuset")):
        assert plausible_utf8(title), title
    for word, codec in (("PÓŁNOC", "cp1250"), ("TAMTÉŽ", "cp1250"), ("MALMÖ–LUND", "cp1252")):
        assert not plausible_utf8(word.encode(codec).decode("utf-8")), word


def test_finnish_title_words_are_read_in_their_inflected_forms() -> None:
    # Review 29h W3: Template:FoP-Finland: art "may not be used commercially ... when the work of
    # art is the central element"; inflected and compound forms of the words were not read.
    a = Assessor(as_of=date(2026, 12, 4))
    base = {"photographer": "Anna Virtanen", "image_date": "2019", "origin_country": "FI", "licence": "CC BY-SA 4.0",
            "rights_holder": "Anna Virtanen", "depicted_country": "FI", "depicted_type": "building",
            "depicted_creator": "Alvar Aalto", "depicted_creator_death_year": "1976", "depicted_date": "1960",
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    for title in ("Talo, seinämaalauksia", "Talo, muurimaalaus", "Talo, katutaideteos", "Talo, freskon",
                  "Talo, päätyseinän maalaus", "Talo, mosaiikkiteos", "Puisto, veistoksia"):
        assert a.assess({"id": "F", "title": title, **base}).verdict.value == "needs_review", title
    for title in ("Kappeli, lasimaalauksia", "Kirkko, alttarimaalaus", "Kirkko, kattomaalaus"):
        row = {"id": "F", "title": title, **base, "depicted_setting": "private"}
        assert a.assess(row).verdict.value == "needs_review", title


def test_a_utf8_row_of_another_script_neither_chooses_the_code_page_nor_stays_unflagged(tmp_path: Path) -> None:
    # Review 29i W1/W2: one UTF-8 row naming "Nguyễn Thị Hường" (bytes Windows-1252 leaves
    # undefined) made a Windows-1252 export read as Windows-1257, "Vægmaleri" as "Vęgmaleri", the
    # mural ok; and such a row, not plausible as a code page's text read as UTF-8, kept no error.
    rows_text = "".join(PD_ROW.format(id=f"A{i}", title=f"Gade i Århus {i}", kind="none") for i in range(50))
    path = tmp_path / "joined.csv"
    path.write_bytes(HEADER.encode("cp1252") + PD_ROW.format(id="U1", title="Nguyễn Thị Hường", kind="none").encode()
                     + rows_text.encode("cp1252")
                     + PD_ROW.format(id="W1", title="Vægmaleri på Rådhuset", kind="none").encode("cp1252"))
    rows = _assess(path)
    assert rows[0]["verdict"] == "needs_review" and rows[0]["errors"]
    assert rows[1]["verdict"] == "ok" and not rows[1]["errors"]
    assert rows[-1]["verdict"] == "needs_review"
    read = list(read_rows(path))
    assert read[1].cells["title"] == "Gade i Århus 0" and read[-1].cells["title"] == "Vægmaleri på Rådhuset"


def test_a_greek_iso_8859_7_export_reads_its_letters(tmp_path: Path) -> None:
    # Review 29i W3: read as Windows-1253, "Άγαλμα" (a statue; Greece's Law 2121/1993 art. 26
    # has no freedom of panorama Commons accepts) was "¶γαλμα", and the row ok.
    rows_text = "".join(PD_ROW.format(id=f"A{i}", title=f"Οδός Αθηνάς {i}", kind="none") for i in range(30))
    path = tmp_path / "greek.csv"
    path.write_bytes((HEADER + rows_text + PD_ROW.format(id="G1", title="Άγαλμα του Ποσειδώνα", kind="none"))
                     .encode("iso8859_7"))
    rows = _assess(path)
    assert rows[-1]["verdict"] == "needs_review"
    assert list(read_rows(path))[-1].cells["title"] == "Άγαλμα του Ποσειδώνα"


def test_a_utf8_line_not_plausible_as_text_keeps_its_code_page_reading_with_an_error() -> None:
    # Review 29i W2: "Ștefan" (Latin Extended-B) is no letter the code pages write; the line is
    # well-formed UTF-8 all the same: read as written, but with an error, so no ok rests on it.
    from copyright_check.reader import _utf8_line
    from copyright_check.records_cut import RawRecord

    raw = "S1;Väggmålning, Ștefan Popescu;x\n".encode().decode("cp1252")
    kept = _utf8_line(RawRecord(2, raw), "cp1252")
    assert kept.text == raw and "also well-formed UTF-8" in kept.notes[0]
    plain = "S2;Väggmålning\n".encode("cp1252").decode("cp1252")
    assert _utf8_line(RawRecord(3, plain), "cp1252").notes == ()


def test_a_month_written_by_its_name_settles_the_side_of_1_march_1989() -> None:
    # Hirtle chart (Commons:Hirtle chart): "1978 to 1 March 1989: published without notice, and
    # without subsequent registration: in the public domain"; 17 USC 405 as amended by the Berne
    # Convention Implementation Act. "Feb 1989" was read as 1989 alone (review 29's open point).
    assert day_span("Feb 1989") == (date(1989, 2, 1), date(1989, 2, 28))
    assert day_span("February 15, 1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("15 février 1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("15. helmikuuta 1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("15 lutego 1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("15 февраля 1989") == (date(1989, 2, 15), date(1989, 2, 15))
    assert day_span("März 1989") == (date(1989, 3, 1), date(1989, 3, 31))
    # "apr." alone before a year may be après (dates.yaml two_meanings): no month; an
    # impossible day is no day.
    assert day_span("apr. 1989") is None and day_span("31 Feb 1989") is None
    a = Assessor(as_of=date(2026, 12, 4))
    row = {"id": "U", "photographer": "John Smith", "image_date": "1988", "origin_country": "US",
           "photo_kind": "simple_photograph", "depicted_type": "landscape", "copyright_notice": "no",
           "copyright_registered": "no"}
    assert a.assess({**row, "published_date": "Feb. 1989"}).templates == ["{{PD-US-1989}}"]
    assert a.assess({**row, "published_date": "March 1989"}).verdict.value != "ok"
    assert a.assess({**row, "published_date": "1 March 1989"}).verdict.value != "ok"
