"""Reading real exports (RECORDS.md): delimiters, encodings, bad cells, every row kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from copyright_check.reader import InputError, read_rows
from copyright_check.record import Tri, record_from_row
from copyright_check.sources import open_input, parse
from copyright_check.translate import read_words
from copyright_check.years import YearRange

HEADER = "ID;Title;Photographer_Death_Year;Origin_Country;Extra\n"


def _write(tmp_path: Path, data: bytes, name: str = "r.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_delimiters_are_sniffed(tmp_path: Path, sep: str) -> None:
    text = HEADER.replace(";", sep) + sep.join(["1", "Kyrka", "1948", "SE", "x"]) + "\n"
    rows = list(read_rows(_write(tmp_path, text.encode())))
    assert rows[0].cells["photographer_death_year"] == "1948"
    assert rows[0].original["Extra"] == "x"


def test_pipe_separated_export_is_read_when_its_header_shows_it(tmp_path: Path) -> None:
    # Some collection systems export with "|"; a comma file whose cells hold "|" (a
    # multi-valued field) stays comma-separated.
    piped = b'id|title|photographer_death_year\n1|Stockholm, "Slottet"|1948\n'
    assert next(iter(read_rows(_write(tmp_path, piped)))).cells["title"] == 'Stockholm, "Slottet"'
    commas = b"id,title,photographer_death_year\n1,Stockholm|Uppsala,1948\n"
    assert next(iter(read_rows(_write(tmp_path, commas, "c.csv")))).cells["title"] == "Stockholm|Uppsala"


def test_utf8_bom_and_case_insensitive_header(tmp_path: Path) -> None:
    data = "\ufeff".encode() + (HEADER + "1;Å;1948;SE;\n").encode()
    rows = list(read_rows(_write(tmp_path, data)))
    assert rows[0].cells["id"] == "1" and rows[0].cells["title"] == "Å"


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    data = (HEADER + "1;Kyrka i Västerås;1948;SE;\n").encode("cp1252")
    rows = list(read_rows(_write(tmp_path, data)))
    assert rows[0].cells["title"] == "Kyrka i Västerås"


def test_mac_roman_is_detected(tmp_path: Path) -> None:
    # Excel for Mac's "CSV (Macintosh)": read as Windows-1252, "dödsår" would be "dšdsŒr"
    # and "okänd" a name, "okŠnd".
    data = "id;Fotograf dödsår;title;photographer\n1;1948;Gärdet från Kaknäs, Västerås;okänd\n".encode("mac_roman")
    row = next(iter(read_rows(_write(tmp_path, data))))
    assert row.original["Fotograf dödsår"] == "1948"
    assert row.cells["title"] == "Gärdet från Kaknäs, Västerås" and row.cells["photographer"] == "okänd"


@pytest.mark.parametrize("title", ["don’t – “quoted” … € 10 ™", "l’hôtel d’été, “vue” — Köln", "Dušan, cœur, naïve"])
def test_windows_1252_with_curly_quotes_and_dashes_stays_windows_1252(tmp_path: Path, title: str) -> None:
    # Windows-1252's curly quotes, dashes and euro sign are letters in Mac Roman; they
    # stand beside spaces, not inside words, so they do not make the file Mac Roman.
    data = (HEADER + f"1;{title};1948;SE;\n").encode("cp1252")
    assert next(iter(read_rows(_write(tmp_path, data)))).cells["title"] == title


@pytest.mark.parametrize("title", ["Anna Riwkin – Oscar Halldin", "“Stadsvy”, Stockholm", "Stadsvy — ‘Slussen’",
                                   "José"])
@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
def test_a_file_whose_only_high_bytes_are_punctuation_or_a_word_end_is_read_as_its_own_encoding(
        tmp_path: Path, title: str, encoding: str) -> None:
    # Review 10, F9: no accented letter inside a word to tell the encodings apart. Mac Roman's
    # dash and curly quotes (0xD0-0xD5) are Windows-1252's capitals Ð Ñ Ò Ó Ô Õ, so the reading
    # where the byte is punctuation between spaces (or a small letter ending a word) is the file's:
    # "Anna Riwkin Ð Oscar Halldin" read from a Mac export was one person beside one death year.
    data = (HEADER + f"1;{title};1948;SE;\n").encode(encoding)
    assert next(iter(read_rows(_write(tmp_path, data)))).cells["title"] == title


def test_two_photographers_joined_by_a_mac_roman_dash_are_not_read_as_one(tmp_path: Path) -> None:
    # Review 10, F9 (play/enc_mac2.csv, CR line ends as Excel for Mac writes them): the one death year
    # beside two names is no term's year (Berne art. 7bis: joint works run from the last death).
    from copyright_check import Assessor, Verdict

    text = ("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,photo_kind,"
            "licence,depicted_type\rM3,Stadsvy,Anna Riwkin – Oscar Halldin,1948,1930,1930,SE,photographic_work,,none\r")
    row = next(iter(read_rows(_write(tmp_path, text.encode("mac_roman")))))
    assert row.cells["photographer"] == "Anna Riwkin – Oscar Halldin"
    assert Assessor(as_of="2026-12-01").assess(row.cells).verdict is Verdict.NEEDS_REVIEW


def test_utf8_file_with_a_windows_1252_row_stays_utf8_and_flags_that_row(tmp_path: Path) -> None:
    # Two exports joined: read as Windows-1252, every "ä" of the UTF-8 rows would silently
    # become "Ã¤"; read as UTF-8, only the pasted row's cell is unreadable, and says so.
    utf8 = (HEADER + "".join(f"{i};Gärdet, Kaknäs, Västerås;1948;SE;\n" for i in range(1, 6))).encode()
    rows = list(read_rows(_write(tmp_path, utf8 + "6;Skåne;1948;SE;\n".encode("cp1252"))))
    assert [r.cells["title"] for r in rows[:5]] == ["Gärdet, Kaknäs, Västerås"] * 5
    assert rows[5].cells["title"] == "" and [e.column for e in rows[5].errors] == ["title"]


def test_utf8_file_with_as_many_stray_bytes_as_letters_stays_utf8(tmp_path: Path) -> None:
    # Session 25's messy export: one "©" in UTF-8 and one stray byte elsewhere. A tie was read
    # as a code page, so every row's "©" became "\u0412\u00a9" (Windows-1251) with nothing said; a
    # well-formed UTF-8 sequence is rare in a code-page file, so a tie keeps UTF-8 and only
    # the stray byte's cell is unreadable, and says so.
    utf8 = (HEADER + "1;© Nordiska museet;1948;SE;\n").encode()
    rows = list(read_rows(_write(tmp_path, utf8 + b"2;Stadsvy \xff;1948;SE;\n")))
    assert rows[0].cells["title"] == "© Nordiska museet"
    assert rows[1].cells["title"] == "" and [e.column for e in rows[1].errors] == ["title"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    data = (HEADER + "1;Kyrka;1948;SE;\n").encode("utf-16")
    assert next(iter(read_rows(_write(tmp_path, data)))).cells["origin_country"] == "SE"


def test_ragged_rows_are_kept_with_an_error(tmp_path: Path) -> None:
    data = (HEADER + "1;A\n2;B;1948;SE;x;extra;more\n3;C;1950;SE;\n").encode()
    rows = list(read_rows(_write(tmp_path, data)))
    assert [r.cells["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0].errors and rows[1].errors and not rows[2].errors


def test_short_row_is_read_with_an_error_naming_both_counts(tmp_path: Path) -> None:
    # A row with fewer cells than the header: its missing cells read as empty, and a row
    # error says so, as for a row with cells past the header - a cell lost in the middle
    # shifts the rest under the wrong columns, so no ok may rest on it (rules/verdict.yaml,
    # needs-review-unreadable-cells).
    data = (HEADER + "1;A;1948\n").encode()
    [row] = list(read_rows(_write(tmp_path, data)))
    assert row.cells == {"id": "1", "title": "A", "photographer_death_year": "1948", "origin_country": "",
                         "extra": ""}
    assert [e.column for e in row.errors] == ["(row)"]
    assert row.errors[0].message.startswith("3 cells but the header has 5; the missing cells are read as empty")


def test_header_ending_in_blank_cells_does_not_make_its_rows_short(tmp_path: Path) -> None:
    # "id;title;;" (trailing delimiters on the header line): the blank cells name no
    # column a row must fill.
    data = b"ID;Title;;\n1;A\n2;B;;\n"
    rows = list(read_rows(_write(tmp_path, data)))
    assert [r.errors for r in rows] == [[], []]


def test_empty_file_and_missing_id_column_are_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(read_rows(_write(tmp_path, b"")))
    with pytest.raises(InputError, match="id"):
        list(read_rows(_write(tmp_path, b"title;x\na;b\n")))


def test_missing_id_column_names_the_column_the_header_vocabulary_knows_as_id(tmp_path: Path) -> None:
    # Without a profile only the record's own names are read; the error gives the exact fix,
    # also when a title line stands above the header.
    data = b"Export 2024-03-01\nInventarnummer;Fotograf\nA-1;Oscar Halldin\n"
    with pytest.raises(InputError, match=r"the column 'Inventarnummer' looks like it: --map 'Inventarnummer=id'"):
        list(read_rows(_write(tmp_path, data)))


def test_bad_cells_become_row_errors_and_unknown_facts() -> None:
    r = record_from_row({"id": "1", "photographer_death_year": "sometime", "origin_country": "XX",
                         "depicted_type": "spaceship", "anonymous": "perhaps"}, 2026)
    assert {e.column for e in r.errors} == {"photographer_death_year", "origin_country",
                                            "depicted_type", "anonymous"}
    assert r.photographer_death is None and r.origin_country is None


def test_future_death_year_is_an_error() -> None:
    r = record_from_row({"id": "1", "photographer_death_year": "2090"}, 2026)
    assert r.errors and r.photographer_death is None


def test_country_names_and_alpha3_are_read() -> None:
    assert record_from_row({"id": "1", "origin_country": "Sweden"}).origin_country == "SE"
    assert record_from_row({"id": "1", "origin_country": "swe"}).origin_country == "SE"
    assert record_from_row({"id": "1", "origin_country": "UK"}).origin_country == "GB"
    assert record_from_row({"id": "1", "origin_country": "Sverige"}).origin_country == "SE"
    assert record_from_row({"id": "1", "origin_country": "Norge"}).origin_country == "NO"
    # "NA" is Namibia, not "n/a"; "NO" is Norway, not "no".
    assert record_from_row({"id": "1", "origin_country": "NA"}).origin_country == "NA"
    assert record_from_row({"id": "1", "origin_country": "NO"}).origin_country == "NO"


def test_english_names_iso_renamed_are_still_read() -> None:
    # ISO 3166-1 renamed TR "Türkiye" (2022) and SZ "Eswatini" (2018); exports keep the
    # names in common use (rules/vocabulary.yaml, country_aliases).
    for name, code in [("Turkey", "TR"), ("Swaziland", "SZ"), ("Burma", "MM"),
                       ("The Netherlands", "NL"), ("Ivory Coast", "CI"), ("Kosovo", "XK")]:
        assert record_from_row({"id": "1", "origin_country": name}).origin_country == code, name


def test_a_name_of_several_countries_is_a_cell_error_not_a_guess() -> None:
    # A former state with several successors (ISO 3166-3) or a shared name: which law
    # applies depends on the present-day country (rules/vocabulary.yaml, ambiguous_countries).
    for name in ("Soviet Union", "Yugoslavia", "Czechoslovakia", "Korea"):
        r = record_from_row({"id": "1", "origin_country": name})
        assert r.origin_country is None
        assert [e.column for e in r.errors] == ["origin_country"]
        assert "present-day country" in r.errors[0].message


def _country(name: str) -> tuple[str | None, list[str]]:
    r = record_from_row(read_words({"id": "1", "origin_country": name}))
    return r.origin_country, [e.message for e in r.errors]


def test_congo_alone_names_two_countries_in_every_language() -> None:
    # ISO's short name of the Republic of the Congo (CG), written for the Belgian Congo
    # (today CD) as often: a guess either way (rules/vocabulary.yaml, ambiguous_countries).
    for name in ("Congo", "Kongo", "CONGO"):
        code, errors = _country(name)
        assert code is None and len(errors) == 1 and "present-day country" in errors[0], name
    for name, want in (("Belgisch-Kongo", "CD"), ("Congo belge", "CD"), ("DR Congo", "CD"),
                       ("Republik Kongo", "CG"), ("République du Congo", "CG")):
        assert _country(name) == (want, []), name


def test_a_name_of_a_country_and_of_a_region_elsewhere_is_a_cell_error_not_a_guess() -> None:
    # "Macedonia": North Macedonia's former name and the Greek region; "Georgia": the country
    # and the US state; "Amerika": the continent (rules/vocabulary.yaml, ambiguous_countries).
    for name in ("Macedonia", "Makedonien", "Georgia", "Géorgie", "Amerika", "America"):
        code, errors = _country(name)
        assert code is None and len(errors) == 1 and "present-day country" in errors[0], name
    for name, want in (("North Macedonia", "MK"), ("Republic of Macedonia", "MK"), ("FYROM", "MK"),
                       ("Georgien", "GE"), ("GE", "GE"), ("USA", "US")):
        assert _country(name) == (want, []), name


def test_a_region_or_former_state_without_one_successor_is_a_cell_error() -> None:
    # Prussia (today DE, PL, RU, LT), Tyrol (AT, IT), Lapland (SE, NO, FI, RU), Bohemia:
    # no present-day country is read from them.
    for name in ("Prussia", "Preußen", "Tyrol", "Tirol", "Lapland", "Bohemia", "Austria-Hungary"):
        code, errors = _country(name)
        assert code is None and len(errors) == 1, name


def test_native_and_former_names_of_one_present_day_state_are_read() -> None:
    # The Federal Republic of Germany is one state before and after 1990; the GDR is not read.
    for name, want in (("Ryssland", "RU"), ("Großbritannien", "GB"), ("Etats-Unis", "US"), ("U.K.", "GB"),
                       ("Västtyskland", "DE"), ("West Germany", "DE"), ("BRD", "DE")):
        assert _country(name) == (want, []), name
    for name in ("DDR", "East Germany"):
        assert _country(name)[0] is None, name
    # One state under its former name: Ceylon (Sri Lanka), Siam (Thailand), Persia (Iran).
    for name, want in (("Ceylon", "LK"), ("Siam", "TH"), ("Persien", "IR"), ("Abessinien", "ET")):
        assert _country(name) == (want, []), name


def test_country_names_in_other_scripts_are_read() -> None:
    # Review 24 (C24-MA): Morocco written in Arabic was an unknown country. pycountry's own
    # catalogues in the languages vocabularies/values.yaml lists, and its aliases.
    for name, want in (("المغرب", "MA"), ("Россия", "RU"), ("Україна", "UA"), ("日本", "JP"), ("대한민국", "KR"),
                       ("Ελλάδα", "GR"), ("ایران", "IR"), ("Türkiye", "TR"), ("Magyarország", "HU"),
                       ("საქართველო", "GE"), ("中国", "CN")):
        assert _country(name) == (want, []), name


def test_header_spellings_name_the_same_column(tmp_path: Path) -> None:
    data = b"ID,Photographer death year,origin-country\n1,1948,SE\n"
    row = next(iter(read_rows(_write(tmp_path, data))))
    assert row.cells["photographer_death_year"] == "1948" and row.cells["origin_country"] == "SE"


def test_unclosed_quote_costs_one_row_not_the_rest(tmp_path: Path) -> None:
    data = (HEADER + '1;"Kyrka;1948;SE;\n2;B;1950;SE;\n3;C;1951;SE;\n').encode()
    rows = list(read_rows(_write(tmp_path, data)))
    assert [r.cells["id"] for r in rows] == ["1", "2", "3"]
    assert "quote" in rows[0].errors[0].message


def test_quoted_cell_with_line_breaks_is_one_row(tmp_path: Path) -> None:
    data = (HEADER + '1;"Kyrka\nmed torn";1948;SE;\n2;B;1950;SE;\n').encode()
    rows = list(read_rows(_write(tmp_path, data)))
    assert [r.cells["id"] for r in rows] == ["1", "2"]
    assert rows[0].cells["title"] == "Kyrka\nmed torn" and not rows[0].errors


def test_nul_bytes_and_huge_cells(tmp_path: Path) -> None:
    big = "x" * 2_000_000
    data = (HEADER + f"1;a\x00b;1948;SE;\n2;{big};1950;SE;\n").encode()
    rows = list(read_rows(_write(tmp_path, data)))
    assert [r.cells["id"] for r in rows] == ["1", "2"]
    assert rows[0].errors
    # The reader keeps only the start of a cell this long and reports it on the row.
    assert any(e.column == "title" and "2000000 characters" in e.message for e in rows[1].errors)
    assert rows[1].cells["title"] == "" and rows[1].cells["photographer_death_year"] == "1950"


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    assert list(read_rows(_write(tmp_path, HEADER.encode()))) == []


def test_duplicate_columns_flagged(tmp_path: Path) -> None:
    # A deciding field given twice: the first is read, and its error keeps any ok off it.
    data = b"id;photographer;photographer\n1;A;B\n"
    rows = list(read_rows(_write(tmp_path, data)))
    assert rows[0].cells["photographer"] == "A"
    assert [e.column for e in rows[0].errors] == ["photographer"] and "the first is used" in rows[0].errors[0].message


def test_a_title_or_holder_given_twice_with_different_values_is_read_as_neither(tmp_path: Path) -> None:
    # Their errors alone keep no ok off a row (record.NOT_DECIDING); read as a cell that could not
    # be read, the rules that ask them see an unknown holder and a title that answers nothing
    # (review 19 G7: `title` twice, the second "Luftbild ...", was ok on the first).
    data = b"id;title;title;rights_holder;rights_holder\n1;Reichstag;Luftbild Reichstag;Per Foto;ok\xc3\xa4nd\n"
    rows = list(read_rows(_write(tmp_path, data)))
    assert rows[0].cells["title"] == "" and rows[0].cells["rights_holder"] == ""
    assert [e.column for e in rows[0].errors] == ["title", "rights_holder"]
    assert all("neither is read" in e.message for e in rows[0].errors)


def test_publication_before_the_photo_was_taken_is_an_error_not_a_us_expiry() -> None:
    # The two dates contradict each other: which one is wrong is for a person to settle, so
    # the row is flagged (and sent to needs_review, test_rules_contradictions.py) rather than
    # one date silently trusted over the other.
    r = record_from_row({"id": "1", "image_date": "1950", "published_date": "1925"}, 2026)
    assert r.conflicts and any(e.column == "published_date" and "image_date" in e.message for e in r.errors)


def test_a_cell_saying_the_person_is_unknown_names_no_one() -> None:
    # "Unknown photographer" is a fact about the catalogue, not a name: it must not become
    # an author (nor a P2093 author name on Commons). rules/vocabulary.yaml, unknown_person_words.
    for cell in ("Unknown photographer", "Okänd fotograf", "[okänd]", "-", "fotógrafo desconocido",
                 "anónimo", "N. N.", "o. A.", "anoniem"):
        r = record_from_row({"id": "1", "photographer": cell, "depicted_creator": cell})
        assert r.photographer_named is Tri.NO and r.creator_named is Tri.NO, cell
    assert record_from_row({"id": "1", "photographer": "Oscar Halldin"}).photographer_named is Tri.YES


def test_plain_country_codes_are_the_iso_codes_pycountry_knows() -> None:
    # countries.py reads pycountry's database file directly for plain two-letter codes (no
    # import of pycountry on start-up): the same codes as pycountry's own list.
    import pycountry

    from copyright_check.countries import _alpha2_codes

    assert _alpha2_codes() == {c.alpha_2 for c in pycountry.countries}


def test_decomposed_accents_read_as_composed(tmp_path: Path) -> None:
    # macOS writes "ö" as "o" + U+0308: the header, the unknown word, the country name and
    # the date word must read as their composed spelling (NFC, as MediaWiki stores text).
    import unicodedata

    from copyright_check.mapping import Mapping

    text = "Fotograf dödsår;id;photographer;origin_country;image_date\n1948;A-1;okänd;Österrike;före 1945\n"
    path = _write(tmp_path, unicodedata.normalize("NFD", text).encode())
    mapping = Mapping(columns={"fotograf_dödsår": "photographer_death_year"})
    with open_input(path, rename=mapping.rename) as (layout, records):
        row = parse(next(records), layout)
    assert row is not None
    mapping.prepare(row)
    r = record_from_row(row.cells)
    assert not r.errors
    assert r.photographer_death is not None and r.origin_country == "AT"
    assert r.photographer_named is Tri.NO  # "okänd" says the photographer is unknown


def test_a_row_is_composed_cell_by_cell_even_where_its_joined_cells_are_tested_at_once() -> None:
    # read_words tests a row's cells joined for NFC and composes only a row that fails.
    # A cell "e" beside a cell starting with a combining acute: joined they compose ("é"),
    # yet each cell is already NFC and must stay exactly as written; a decomposed cell
    # among composed ones is composed, and the id stays as written (it names a file).
    import unicodedata

    from copyright_check.translate import read_words

    boundary = {"id": "A-1", "title": "e", "photographer": "\u0301x"}
    assert read_words(dict(boundary)) == boundary
    cells = {"id": "A-1\u0301", "title": "e", "photographer": "\u0301x", "rights_holder": "Mo\u0308ller"}
    assert read_words(dict(cells)) == {"id": "A-1\u0301", "title": "e", "photographer": "\u0301x",
                                       "rights_holder": "Möller"}
    composed = {"id": "A-2", "title": "Kyrka i Västerås", "photographer": "Zoë"}
    assert read_words(dict(composed)) == composed
    assert all(unicodedata.is_normalized("NFC", c) for c in read_words(dict(cells)).values() if c != cells["id"])


def test_latin1_text_is_composed_as_read_words_takes_it() -> None:
    # read_words takes a row of Latin-1 characters alone as composed (NFC) without the NFC
    # test: every such character, and every pair of them, is NFC, so any text of them is
    # (a decomposition or a composition needs a combining mark, U+0300 and above). A row
    # with one combining mark among Latin-1 text is still composed.
    import unicodedata

    latin1 = [chr(c) for c in range(0x100)]
    assert all(unicodedata.is_normalized("NFC", a + b) for a in latin1 for b in latin1)
    assert read_words({"id": "A-1", "title": "Västerås", "photographer": "Mo\u0308ller"})["photographer"] == "Möller"


def test_a_row_is_known_composed_only_where_its_whole_run_of_records_is_below_u0100(tmp_path: Path) -> None:
    # The reader marks a row composed (RawRow.composed) where its run of records is Latin-1
    # alone, and read_words then skips its NFC test: cells made of such characters are NFC
    # (test_latin1_text_is_composed_as_read_words_takes_it). A run holding a combining mark
    # (U+0308) is not marked, and its decomposed cell is still composed when the row is read.
    from copyright_check.mapping import Mapping
    from copyright_check.sources import parse_all

    def rows(text: str) -> list[tuple[bool, str]]:
        path = _write(tmp_path, text.encode("utf-8"))
        mapping = Mapping()
        with open_input(path, rename=mapping.rename) as (layout, records):
            parsed = [r for r in parse_all(list(records), layout) if r is not None]
        for row in parsed:
            mapping.prepare(row)
        return [(row.composed, row.cells["photographer"]) for row in parsed]

    assert rows("id,title,photographer\nA-1,Västerås,Möller\nA-2,Gata,Per\n") == [(True, "Möller"), (True, "Per")]
    assert rows("id,title,photographer\nA-1,Västerås,Mo\u0308ller\nA-2,Gata,Per\n") == [(False, "Möller"),
                                                                                        (False, "Per")]


def test_a_spreadsheet_date_number_in_a_date_column_is_named_as_one() -> None:
    # A date column that lost its format in a CSV export holds day numbers: 7306 is
    # 1920-01-01. Never read as the year 7306; the error says what it probably is.
    r = record_from_row({"id": "1", "image_date": "7306"}, 2026)
    assert [e.message for e in record_from_row({"id": "1", "image_date": "2090"}, 2026).errors] == [
        "2090 is after the as-of year 2026"]  # a mistyped year: no hint
    assert r.image_date is None
    assert [e.message for e in r.errors] == [
        "7306 is after the as-of year 2026 (a spreadsheet's date number? day 7306 is 1920-01-01)"]


def test_a_painting_is_a_painting_the_generic_work_of_art_an_artwork_and_a_wall_painting_a_mural() -> None:
    # Review 19 G2: a painting word says the work is flat (depicted_type painting), which the PD-Art rules ask
    # (Commons:When to use the PD-Art tag: two-dimensional works only); the generic word may be a sculpture.
    for text in ("Målning", "Gemälde", "peinture", "schilderij", "painting"):
        assert read_words({"depicted_type": text})["depicted_type"] == "painting", text
    for text in ("konstverk", "Kunstwerk", "work of art", "artwork"):
        assert read_words({"depicted_type": text})["depicted_type"] == "artwork", text
    assert read_words({"depicted_type": "väggmålning"})["depicted_type"] == "mural"


def test_invisible_format_characters_in_a_typed_cell_are_not_part_of_its_value() -> None:
    # A right-to-left mark after a year (Hebrew and Arabic exports), a zero-width space or
    # a soft hyphen from a web page: "1948\u200f" was an unreadable date (needs review).
    r = record_from_row({"id": "1", "photographer": "Oscar Halldin", "photographer_death_year": "1948\u200f",
                         "image_date": "\u202b1920\u202c",
                         "origin_country": "Sve\u00adrige", "anonymous": "no\u200b"})
    assert (r.photographer_death, r.image_date, r.origin_country, r.anonymous, r.errors) == (
        YearRange(1948, 1948), YearRange(1920, 1920), "SE", Tri.NO, [])
    assert record_from_row({"id": "1", "photographer": "Oscar\u200bHalldin"}).photographer == "Oscar\u200bHalldin"


def test_a_yes_no_cell_as_a_float_or_a_check_mark_is_read() -> None:
    # pandas writes a 0/1 column with an empty cell as 1.0 / 0.0; a form writes a check
    # mark: each was "expected yes or no" (needs review) although it says one thing.
    for cell, want in (("1.0", Tri.YES), ("0.0", Tri.NO), ("✓", Tri.YES), ("✔", Tri.YES), ("☑", Tri.YES)):
        r = record_from_row({"id": "1", "depicted_permanent": cell})
        assert (r.depicted_permanent, r.errors) == (want, []), cell
    # A cross is "yes" in a check box and "no" elsewhere: left to a person.
    assert record_from_row({"id": "1", "depicted_permanent": "✗"}).depicted_permanent is Tri.UNKNOWN


def test_names_of_a_part_of_one_present_day_country_are_read() -> None:
    for name in ("Northern Ireland", "Britain", "Great Britain", "Scotland"):
        assert _country(name) == ("GB", []), name


def test_a_death_year_cell_saying_the_person_lives_reads_as_no_death_year() -> None:
    # Review 24 (C24-IR): Hossein Amanat's death year written "living" was an unreadable cell. It
    # says he was alive when the cell was written, no more (a catalogue's "living" may be decades
    # old): read as the empty cell is, the question names the death year a person can look up.
    from copyright_check import Assessor

    row = {"id": "A", "photographer": "Volunteer", "anonymous": "no", "image_date": "2019", "origin_country": "IR",
           "licence": "CC BY-SA 4.0", "rights_holder": "Volunteer", "depicted_country": "IR",
           "depicted_type": "building", "depicted_creator": "Hossein Amanat", "depicted_date": "1971",
           "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    empty = Assessor().assess(row)
    for word in ("living", "vivant", "lebt noch", "levande"):
        a = Assessor().assess({**row, "depicted_creator_death_year": word})
        assert not a.errors, word
        assert (a.verdict, a.uploadable_from) == (empty.verdict, empty.uploadable_from), word


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
def test_a_code_page_file_whose_marks_make_a_utf8_pair_by_chance_stays_its_code_page(tmp_path: Path,
                                                                                      encoding: str) -> None:
    # Review 26d F2: Mac Roman's "\u2019É" (0xD5 0x83) is a well-formed UTF-8 pair (U+0543), and Windows-1252's
    # "ß“" (0xDF 0x93) another (U+07D3); beside one accented letter UTF-8 cannot read, a tie read the file as
    # UTF-8 and the title became "dՃdouard" with nothing said. Only a Latin letter's pair counts twice.
    title = "Monument aux morts d’Édouard Martin" if encoding == "mac_roman" else "Hauptstraße“ Denkmal"
    data = (HEADER + f"1;{title};1948;SE;\n" + "2;Västerås;1948;SE;\n").encode(encoding)
    rows = list(read_rows(_write(tmp_path, data)))
    assert rows[0].cells["title"] == title and rows[1].cells["title"] == "Västerås"
