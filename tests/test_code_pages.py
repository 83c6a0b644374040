"""Exports in the code page of a spreadsheet's locale are read as written (review 11, A9).

Excel for Windows saves "CSV (MS-DOS)" in the OEM code page (850 in Western Europe, 437 in
the US) and plain "CSV" in the locale's ANSI code page (Windows-1250 in Poland, Czechia,
Hungary, Croatia; Windows-1257 in the Baltic states; Windows-1251 for Cyrillic). Read as
Mac Roman, "möjligen Anna Riwkin" was "mîjligen Anna Riwkin": the doubt word was lost and
the row was ok on a death year that is not surely the author's (a work's term runs from
its author's death, Berne art. 7(1); an attribution names no author). Where the bytes do
not decide between two readings of a letter, the file is refused with the options that read
it, never read in one of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check import Assessor, Verdict
from copyright_check.cli import app
from copyright_check.reader import InputError, read_rows

HEADER = "id;photographer;photographer_death_year;image_date;published_date;origin_country;photo_kind;depicted_type\n"
SE_1930 = "1948;1930;1930;SE;photographic_work;none"

# review 11's play/cp850b.csv: firms, doubts, "unknown" and joins in a Swedish museum's export.
SWEDISH = ["Müller Gebrüder", "Jaeger Söhne", "Frères Lumière", "Bröderna Jaeger", "Brødrene Jaeger",
           "möjligen Anna Riwkin", "förmodligen Anna Riwkin", "Anna Riwkin (osäker)", "okänd", "Okänd fotograf",
           "Anna Riwkin möglicherweise", "attribué à Nadar", "Nadar, d'après", "Riwkin och Åström",
           "Riwkin og Ærø", "Anna Riwkin · Oscar Halldin"]
POLISH = ["możliwe Jan Kowalski", "krąg Jana Kowalskiego", "naśladowca Jana Kowalskiego",
          "kopia według Jana Kowalskiego", "według Jana Kowalskiego", "Jan Kowalski (możliwe)"]


def _file(tmp_path: Path, names: list[str], encoding: str, country: str = "SE") -> Path:
    text = HEADER + "".join(f"R{i};{name};{SE_1930.replace('SE', country)}\n" for i, name in enumerate(names))
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _verdicts(path: Path) -> list[Verdict]:
    assessor = Assessor(as_of="2026-12-01")
    return [assessor.assess(row.cells).verdict for row in read_rows(path)]


def test_one_name_in_a_dos_export_reads_as_written(tmp_path: Path) -> None:
    assert next(iter(read_rows(_file(tmp_path, ["Per Åström"], "cp850")))).cells["photographer"] == "Per Åström"


@pytest.mark.parametrize("encoding", ["cp850", "cp437", "mac_roman", "cp1252"])
def test_a_western_export_in_any_of_excels_code_pages_reads_as_written(tmp_path: Path, encoding: str) -> None:
    names = [n for n in SWEDISH if all(c.encode(encoding, "ignore") for c in n)]
    rows = list(read_rows(_file(tmp_path, names, encoding)))
    assert [r.cells["photographer"] for r in rows] == names


def test_no_doubted_or_joint_author_is_ok_in_a_dos_export(tmp_path: Path) -> None:
    # The UTF-8 twin's verdicts: every firm, doubt and join goes to review; none is ok on the
    # one death year beside it (Berne art. 7bis for joint works; attribution words: RECORDS.md).
    dos = _verdicts(_file(tmp_path, SWEDISH, "cp850"))
    assert Verdict.OK not in dos
    assert dos == _verdicts(_file(tmp_path, SWEDISH, "utf-8"))


def test_a_polish_windows_export_reads_its_doubt_words(tmp_path: Path) -> None:
    path = _file(tmp_path, POLISH, "cp1250", "PL")
    assert [r.cells["photographer"] for r in read_rows(path)] == POLISH
    assert Verdict.OK not in _verdicts(path)


@pytest.mark.parametrize(("encoding", "names"), [
    ("cp1250", ["Antonín Dvořák", "Žižkov, Brno-Černá Pole", "neznámý fotograf", "Český Krumlov"]),
    ("cp1250", ["Erdős Pál", "Mátyás-templom", "ismeretlen fényképész", "Győr, Szombathely"]),
    ("cp1257", ["Jonas Basanavičius", "Vilniaus gatvė, Šiauliai", "nežinomas fotografas", "Kauno pilis"]),
    ("cp1257", ["Rīgas pils", "nezināms fotogrāfs", "Jūrmala, Liepāja"]),
    ("cp1251", ["Сергей Прокудин-Горский", "Неизвестный фотограф", "Иван Петров и Пётр Иванов"]),
    ("koi8_r", ["Сергей Прокудин-Горский", "Неизвестный фотограф", "Иван Петров и Пётр Иванов"]),
    ("cp1251", ["Київ, Софійський собор", "Невідомий фотограф", "Іван Франко"]),
])
def test_central_european_baltic_and_cyrillic_exports_read_as_written(
        tmp_path: Path, encoding: str, names: list[str]) -> None:
    assert [r.cells["photographer"] for r in read_rows(_file(tmp_path, names, encoding))] == names


@pytest.mark.parametrize(("name", "encoding", "options"), [
    ("möjligen Anna Riwkin", "cp850", ["--encoding cp850", "--encoding mac_roman"]),
    ("Jaeger Söhne", "mac_roman", ["--encoding mac_roman", "--encoding cp1252"]),
    ("Erdős Pál", "cp1250", ["--encoding cp1250", "--encoding cp1252"]),
])
def test_a_file_whose_letters_read_as_other_letters_in_another_code_page_is_refused(
        tmp_path: Path, name: str, encoding: str, options: list[str]) -> None:
    # One word, two readings that are both letters some language uses ("Åström" in code page
    # 850 is "èstrîm" in Mac Roman): nothing in the bytes decides, so no reading is guessed.
    path = _file(tmp_path, [name], encoding)
    with pytest.raises(InputError) as refused:
        list(read_rows(path))
    assert all(option in str(refused.value) for option in options)
    assert next(iter(read_rows(path, encoding))).cells["photographer"] == name


def test_the_refusal_is_exit_2_with_one_line_and_encoding_reads_the_file(tmp_path: Path) -> None:
    path = _file(tmp_path, ["möjligen Anna Riwkin"], "cp850")
    runner = CliRunner()
    refused = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl"])
    assert refused.exit_code == 2 and refused.stderr.count("\n") == 1 and "--encoding cp850" in refused.stderr
    read = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl",
                               "--encoding", "cp850"])
    assert read.exit_code == 0 and "möjligen Anna Riwkin" in read.stdout


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
@pytest.mark.parametrize("mark", ["•", "§", "¶", "°"])
def test_a_mark_between_two_names_reads_as_written_in_excel_for_mac_and_windows(
        tmp_path: Path, encoding: str, mark: str) -> None:
    # Review 12 C9: Excel for Mac's "CSV (Macintosh)" bullet between two photographers was read
    # as Windows-1252's "¥", one person beside one death year, ok; two authors' joint work runs
    # from the last one's death (Berne art. 7bis), so the row must not be ok on the first year.
    name = f"Anna Riwkin {mark} Oscar Halldin"
    rows = list(read_rows(_file(tmp_path, [name], encoding)))
    assert rows[0].cells["photographer"] == name
    if mark == "•":
        assert _verdicts(_file(tmp_path, [name], encoding)) != [Verdict.OK]


@pytest.mark.parametrize("name", ["Åhlén", "Müller", "Hélène", "Ångström", "Söderström", "José"])
def test_a_one_row_windows_export_of_one_accented_name_is_read_as_written(tmp_path: Path, name: str) -> None:
    # Excel's "CSV" on a Western-European Windows, one record: the name's letters read best in
    # Windows-1252 by far (no other code page reads them as letters a language uses as often).
    assert [r.cells["photographer"] for r in read_rows(_file(tmp_path, [name], "cp1252"))] == [name]


@pytest.mark.parametrize(("name", "other"), [("Öberg", "--encoding cp850"), ("Zoë", "--encoding cp1257")])
def test_one_letter_that_reads_as_another_languages_letter_as_well_stays_refused(
        tmp_path: Path, name: str, other: str) -> None:
    # A real tie: 'Íberg' (code page 850) and 'Zoė' (Windows-1257) are letters a language uses
    # about as often; reading the best reading of such ties misreads Polish and Baltic files
    # (README, Messy input), and a word read as another word can lose a doubt or a join.
    with pytest.raises(InputError) as refused:
        list(read_rows(_file(tmp_path, [name], "cp1252")))
    assert "--encoding cp1252" in str(refused.value) and other in str(refused.value)


@pytest.mark.parametrize(("encoding", "name"), [
    # Review 13 D10 (play/enc/): Greek Excel's "CSV" (Windows-1253) was read as Windows-1251
    # Cyrillic ("Гйюсгпт Рбрбдьрпхлпт кбй НЯкпт НйкплЬпх"), a Russian "CSV (MS-DOS)" (866) as
    # DOS 850 ("êóá¡ ÅÑÔÓ«ó ¿ Å±ÔÓ êóá¡«ó"), an Arabic (1256) one as Cyrillic and a Thai (874)
    # one as Mac Roman: the join or doubt word was lost, one person beside one death year, ok.
    ("cp1253", "Γιώργος Παπαδόπουλος και Νίκος Νικολάου"),
    ("cp1253", "πιθανώς Γιώργος Παπαδόπουλος"),
    ("cp866", "Иван Петров и Пётр Иванов"),
    ("cp866", "возможно Иван Петров"),
    ("cp1256", "أحمد علي و محمد حسن"),
    ("cp874", "สมชาย และ สมศักดิ์"),
])
def test_greek_russian_dos_arabic_and_thai_exports_read_as_written_and_are_never_ok_on_one_year(
        tmp_path: Path, encoding: str, name: str) -> None:
    # Read as written, the file gets its UTF-8 twin's verdict; two names joined by "and"
    # (και, и, و, และ) are two authors, whose joint work runs from the last one's death
    # (Berne art. 7bis): never ok on the one death year beside them.
    path = _file(tmp_path, [name], encoding)
    assert [r.cells["photographer"] for r in read_rows(path)] == [name]
    assert _verdicts(path) == _verdicts(_file(tmp_path, [name], "utf-8"))
    if any(f" {word} " in name for word in ("και", "и", "و", "และ")):
        assert _verdicts(path) != [Verdict.OK]


@pytest.mark.parametrize(("name", "encoding"), [
    ("Сергей", "cp1251"), ("братья", "koi8_r"), ("Пётр", "koi8_r"), ("Müller", "cp1252"), ("Åhlén", "cp1252"),
])
def test_the_new_code_pages_take_no_word_from_the_old_ones(tmp_path: Path, name: str, encoding: str) -> None:
    # A Russian word's bytes in Windows-1251 spell Greek letters in Windows-1253 ('Ρεπγει'),
    # a German word's in Windows-1252 a mark on a Latin letter in Windows-1256 ('Mِller'):
    # neither reading may take a one-word file from the code page it was written in.
    assert next(iter(read_rows(_file(tmp_path, [name], encoding)))).cells["photographer"] == name


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "mac_roman", "cp850"])
def test_a_single_byte_encoding_given_for_a_utf8_export_is_refused_with_the_option_that_reads_it(
        tmp_path: Path, encoding: str) -> None:
    # Review 16 G17: `--encoding cp1252` kept from an old export and run on a UTF-8 one read
    # 'Okänd fotograf' as 'OkÃ¤nd fotograf', a name beside a death year, and 'interiör' as no
    # interior word: three review rows ok, no warning. Well-formed multi-byte UTF-8 is next to
    # never a legacy code page's text: the file is refused, as UTF-16 without a BOM is.
    path = _file(tmp_path, ["Okänd fotograf"], "utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl",
                                  "--encoding", encoding])
    assert refused.exit_code == 2 and refused.stderr.count("\n") == 1
    assert "is UTF-8 ('Okänd')" in refused.stderr and "--encoding utf-8" in refused.stderr
    with pytest.raises(InputError):
        list(read_rows(path, encoding))
    assert next(iter(read_rows(path, "utf-8"))).cells["photographer"] == "Okänd fotograf"


def test_a_legacy_encoding_given_for_its_own_export_still_reads_it(tmp_path: Path) -> None:
    # The refusal is for UTF-8 bytes only: a Windows-1252 export's 'ä' (one byte, 0xE4, never
    # well-formed UTF-8 before an ASCII letter) is read as the option says.
    path = _file(tmp_path, ["Okänd fotograf"], "cp1252")
    assert next(iter(read_rows(path, "cp1252"))).cells["photographer"] == "Okänd fotograf"
