"""Date words of the institutions' languages, read into ranges (vocabularies/dates.yaml);
anything else stays unread — a per-cell error, never a guess."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copyright_check.datafile import DataFileError
from copyright_check.datewords import read_date_words
from copyright_check.paths import vocabularies_dir
from copyright_check.translate import translate
from copyright_check.vocabularies import cell_words, date_words, headers
from copyright_check.years import YearRange


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("um 1920", 1915, 1925), ("vers 1920", 1915, 1925), ("omkring 1920", 1915, 1925),
    ("hacia 1920", 1915, 1925), ("circa 1920", 1915, 1925), ("noin 1920", 1915, 1925),
    ("około 1920", 1915, 1925), ("1920-tal", 1920, 1929), ("década de 1920", 1920, 1929),
    ("Anfang 20. Jh.", 1901, 1940),          # early: the first 40 % of the century
    ("fin XIXe siècle", 1861, 1900),         # late: the last 40 %
    ("primi del Novecento", 1900, 1939),     # Novecento: the 1900s as written
    ("Mitte des 19. Jahrhunderts", 1831, 1870),
    ("zweite Hälfte des 19. Jahrhunderts", 1851, 1900),
    ("1900-luvun alussa", 1900, 1939), ("początek XX wieku", 1901, 1940),
    ("slutet av 1800-talet", 1860, 1899), ("eind 19e eeuw", 1861, 1900),
    ("finales del siglo XIX", 1861, 1900), ("före 1930", 1830, 1929),
])
def test_native_date_words_read_into_ranges(text: str, lo: int, hi: int) -> None:
    assert read_date_words(text) == YearRange(lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1940-talets början", 1940, 1943), ("1800-talets andra hälft", 1850, 1899),
    ("1900-talets första hälft", 1900, 1949), ("1800-talets slut", 1860, 1899),
    ("1900-talets mitt", 1930, 1969), ("1800-tallets annen halvdel", 1850, 1899),
    ("XIXe", 1801, 1900), ("fin XIXe", 1861, 1900),
])
def test_period_then_part_and_a_bare_french_century_read_into_ranges(text: str, lo: int, hi: int) -> None:
    # Swedish and Norwegian name the period first ("1800-talets andra hälft"); French
    # catalogues drop "siècle" ("fin XIXe"). The same parts as "andra hälften av 1800-talet".
    assert read_date_words(text) == YearRange(lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("ca 1920-1925", 1915, 1930), ("omkring 1920-talet", 1915, 1934), ("um 1900-1910", 1895, 1915),
    ("c. 1920-25", 1915, 1930), ("ca. början av 1900-talet", 1895, 1944),
])
def test_circa_a_span_is_the_span_widened_by_circa(text: str, lo: int, hi: int) -> None:
    # As "ca. 1920" is 1915-1925: the span, five years wider on each side (was an error).
    assert read_date_words(text) == YearRange(lo, hi)


@pytest.mark.parametrize(("field", "text", "want"), [
    ("photographer_death_year", "† 1948", "1948"), ("photographer_death_year", "d. 1948", "1948"),
    ("photographer_death_year", "död 1948", "1948"), ("depicted_creator_death_year", "gest. 1945", "1945"),
    ("photographer_death_year", "d. ca. 1948", "1943/1953"), ("photographer_birth_year", "f. 1873", "1873"),
    ("photographer_birth_year", "* 1873", "1873"),
])
def test_a_death_or_birth_year_written_with_its_word_is_read_in_its_column(field: str, text: str, want: str) -> None:
    assert translate(field, text) == want


def test_a_death_word_outside_a_death_year_column_is_not_read() -> None:
    # "d. 1948" in an image date could be "dated", or anything: only the year columns read it.
    assert translate("image_date", "d. 1948") is None
    assert translate("photographer_birth_year", "† 1948") is None


@pytest.mark.parametrize(("text", "year"), [("sommaren 1920", 1920), ("Våren 1925", 1925), ("im Frühjahr 1921", 1921),
                                          ("été 1920", 1920), ("fall 1920", 1920)])
def test_a_season_of_a_year_is_that_year(text: str, year: int) -> None:
    assert read_date_words(text) == YearRange(year, year)


@pytest.mark.parametrize("text", ["vintern 1920", "Winter 1920", "hiver 1920"])
def test_winter_of_a_year_is_not_read(text: str) -> None:
    # The winter of 1919/20 or of 1920/21: a year too early could pass a term's last year.
    assert read_date_words(text) is None


@pytest.mark.parametrize("text", ["odaterad", "Undatiert", "non daté", "sin fecha", "ongedateerd", "undated"])
def test_undated_is_an_unknown_date_not_an_error(text: str) -> None:
    from copyright_check.record import record_from_row
    from copyright_check.translate import read_words

    r = record_from_row(read_words({"id": "1", "image_date": text}))
    assert r.image_date is None and not r.errors


@pytest.mark.parametrize("text", ["anni venti", "Anfang", "fin de siècle", "um 19xx", "sommaren 19"])
def test_unlisted_or_incomplete_date_words_are_not_guessed(text: str) -> None:
    # "anni venti" names no century: it stays unread and the row reports the cell.
    assert read_date_words(text) is None
    assert translate("image_date", text) is None


def test_translated_cells() -> None:
    assert translate("depicted_type", "Byggnad") == "building"
    assert translate("depicted_setting", "öffentlicher Platz") == "outdoor_public"
    assert translate("origin_country", "Allemagne") == "DE"  # pycountry's French catalogue
    assert translate("licence", "Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International") \
        == "CC BY-SA 4.0"
    assert translate("licence", "Attribution - Pas d’Utilisation Commerciale 4.0") == "CC BY-NC 4.0"
    assert translate("licence", "Erkännande 4.0 och lite till") is None  # a word left over: not read
    assert translate("depicted_type", "okänd") is None or translate("depicted_type", "okänd") == ""
    assert translate("photographer", "okänd") is None  # names are never translated


def test_shipped_vocabularies_load() -> None:
    assert headers().fields["fotograf_dödsår"] == "photographer_death_year"
    assert cell_words().countries["sverige"] == "SE"
    assert date_words().parts_before["anfang"].hi_percent == 40


def test_a_word_with_two_meanings_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vocabularies"
    shutil.copytree(vocabularies_dir(), folder)
    p = folder / "values.yaml"
    p.write_text(p.read_text("utf-8").replace("[skulptur, skulpturer,", "[byggnad, skulptur, skulpturer,"), "utf-8")
    with pytest.raises(DataFileError, match=r"values\.yaml: fields\.depicted_type: 'byggnad' would mean both"):
        cell_words(folder)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("early 1900s", 1900, 1939),            # the 1900s (1900-1999), or the decade 1900-1909
    ("late 1800s", 1806, 1899),             # late 19th century, or 1806-1809: both held
    ("Ende der 1800er Jahre", 1806, 1899),
    ("mid 1900s", 1903, 1969),
    ("slutet av 1800-talet", 1860, 1899),   # written as a hundred: that hundred alone
    ("late 1890s", 1896, 1899),             # a decade that is no hundred: the decade
])
def test_a_part_of_a_hundred_written_as_a_decade_holds_every_year_either_reading_means(
        text: str, lo: int, hi: int) -> None:
    # "early 1900s" was the first 40 % of the decade 1900-1909 (1900-1903): a building of
    # the 1920s read as made by 1903 passed the lifespan bound as PD (a wrong ok). A range
    # too wide only sends a row to review (README, "Your own export").
    assert read_date_words(text) == YearRange(lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("late 19th century", 1861, 1900), ("early 20th c.", 1901, 1940), ("mid-19th century", 1831, 1870),
    ("first half of the 20th century", 1901, 1950), ("about 1920", 1915, 1925),
    ("around 1920", 1915, 1925), ("approximately 1920", 1915, 1925), ("ongeveer 1920", 1915, 1925),
])
def test_english_parts_of_a_century_and_circa_words_read_into_ranges(text: str, lo: int, hi: int) -> None:
    assert read_date_words(text) == YearRange(lo, hi)


@pytest.mark.parametrize(("text", "want"), [
    ("FALSCH", "no"), ("WAHR", "yes"), ("SANT", "yes"), ("FALSKT", "no"), ("sì", "yes"), ("EPÄTOSI", "no"),
])
def test_a_boolean_cell_as_a_localised_excel_writes_it_is_yes_or_no(text: str, want: str) -> None:
    # German Excel writes FALSE as FALSCH and Swedish as FALSKT: read as an error, a
    # CC0 row whose "anonymous" column said FALSCH lost its ok.
    assert translate("anonymous", text) == want


@pytest.mark.parametrize(("text", "want"), [("utomhus", ""), ("im Freien", ""), ("extérieur", ""), ("buiten", ""),
                                          ("outdoors", ""), ("inomhus", "indoor"), ("innen", "indoor"),
                                          ("indoors", "indoor")])
def test_a_setting_word_that_says_only_outdoors_or_indoors_is_not_read_as_a_public_place(text: str, want: str) -> None:
    # Freedom of panorama needs a public place (URL 24 §: "utomhus på eller vid allmän
    # plats"; UrhG § 59: "an öffentlichen Wegen, Straßen oder Plätzen"): a sculpture in a
    # private garden is "utomhus" too, and read as outdoor_public it was ok under
    # {{FoP-Germany}}. The setting is unknown (an empty cell, no error: a work in the public
    # domain stays ok) unless the institution's profile gives the word its meaning; a word
    # that says indoors is `indoor` (inside, public or not not said): an interior photo.
    assert translate("depicted_setting", text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("CC BY SA 4.0 int.", "CC BY-SA 4.0"), ("CC BY-SA 4.0 Intl.", "CC BY-SA 4.0"),
    ("CC BY-NC 4.0 int.", "CC BY-NC 4.0"),  # read, and still refused (NC)
    ("CC-0", "CC0"), ("CC 0", "CC0"),
])
def test_a_cc_licence_as_a_catalogue_abbreviates_it_reads_as_that_licence(text: str, want: str) -> None:
    # Per-cell errors before (needless needs_review for a CC0 or CC BY-SA photo); every
    # element is still accounted for, so a word left over keeps a cell unread.
    assert translate("licence", text) == want


def test_a_cc_abbreviation_with_a_word_left_over_is_not_read() -> None:
    assert translate("licence", "Licensed by Museum 4.0") is None


# A German photo by Hugo Schmölz (d. 1938), made and published "n. 1925": German "nach
# 1925", after 1925. Read as the Finnish "noin 1925" (about, 1920-1930) it was ok
# {{PD-old-auto-expired}}, first published by 1930 and so PD in the US; published after
# 1930 it was restored by the URAA (17 USC 104A; Commons:Hirtle chart) and is protected
# there. A photographer "† n. 1940" died after 1940: a death in 1956 or later still
# protects the photo in Germany (UrhG § 64). Review 14 E8.
NACH = {"id": "NA", "photographer": "Hugo Schmölz", "photographer_death_year": "1938", "image_date": "1920",
        "published_date": "1920", "origin_country": "DE", "photo_kind": "photographic_work", "depicted_type": "none"}


@pytest.mark.parametrize(("field", "text"), [
    ("image_date", "n. 1925"), ("published_date", "n. 1925"), ("published_date", "N. 1925"),
    ("photographer_death_year", "n. 1940"), ("photographer_death_year", "† n. 1940"),
    ("published_date", "n. 1920-1925"),
])
def test_n_dot_is_about_in_finnish_and_after_in_german_so_it_is_never_read(field: str, text: str) -> None:
    assert translate(field, text) is None
    from copyright_check import Assessor, Verdict

    a = Assessor().assess({**NACH, field: text})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert field in [e.column for e in a.errors]


def test_the_finnish_and_german_words_written_out_are_still_read() -> None:
    assert read_date_words("noin 1925") == YearRange(1920, 1930)
    assert read_date_words("nach 1925") == YearRange(1926, 2025)  # after: the open spread


@pytest.mark.parametrize(("key", "line"), [
    ("circa", "        około, ok., noin, n., ungefär,"),
    ("after", "after: [n., efter,"),
])
def test_a_date_word_of_two_meanings_listed_as_one_is_refused_on_load(tmp_path: Path, key: str, line: str) -> None:
    folder = tmp_path / "vocabularies"
    shutil.copytree(vocabularies_dir(), folder)
    p = folder / "dates.yaml"
    text = p.read_text("utf-8")
    old = {"circa": "        około, ok., noin, ungefär,", "after": "after: [efter,"}[key]
    assert old in text
    p.write_text(text.replace(old, line), "utf-8")
    with pytest.raises(DataFileError, match=rf"dates\.yaml: {key}: 'n\.' means about .* or after"):
        date_words(folder)


def test_a_date_word_under_both_circa_and_after_is_refused_on_load(tmp_path: Path) -> None:
    folder = tmp_path / "vocabularies"
    shutil.copytree(vocabularies_dir(), folder)
    p = folder / "dates.yaml"
    p.write_text(p.read_text("utf-8").replace("after: [efter,", "after: [omkring, efter,"), "utf-8")
    with pytest.raises(DataFileError, match=r"'omkring' is under circa as well"):
        date_words(folder)


# Review 15 F6: "apr." is April in English, Swedish, German and Dutch and the French "après"
# (after: "apr. J.-C.", stored https://fr.m.vvikipidea.org/wiki/Ante_Christum_natum_et_post_Christum_natum).
# Read as April, a French photo by Jean Dupré (d. 1938) made and published "apr. 1925" was ok,
# first published 1925 (US: 95 years run), where after 1930 the URAA restored it (17 USC 104A;
# France protected it to 2008). Before a year alone it is the cell's error; with a day it can
# only be the month.
APRES = {"id": "AP", "photographer": "Jean Dupré", "photographer_death_year": "1938", "origin_country": "FR",
         "photo_kind": "photographic_work", "depicted_type": "none"}


@pytest.mark.parametrize("text", ["apr. 1925", "Apr. 1925", "APR. 1925"])
def test_apr_dot_is_april_or_french_apres_so_before_a_year_alone_it_is_never_read(text: str) -> None:
    from copyright_check import Assessor, Verdict
    from copyright_check.years import DateError, parse_years

    with pytest.raises(DateError, match=r"April .* or after"):
        parse_years(text)
    a = Assessor().assess({**APRES, "image_date": text, "published_date": text})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert {"image_date", "published_date"} <= {e.column for e in a.errors}


@pytest.mark.parametrize("text", ["3 apr. 1925", "Apr. 3, 1925", "apr 1925", "April 1925", "3. März 1921",
                                  "juni 1920", "March 3, 1920"])
def test_a_month_with_a_day_or_written_out_is_still_read(text: str) -> None:
    from copyright_check.years import parse_years

    found = parse_years(text)
    assert found is not None and found.lo == found.hi == int(text[-4:])


def test_a_month_name_of_two_meanings_is_refused_on_load(tmp_path: Path) -> None:
    # The month names are data (dates.yaml months), where the loader's check sees them.
    folder = tmp_path / "vocabularies"
    shutil.copytree(vocabularies_dir(), folder)
    p = folder / "dates.yaml"
    text = p.read_text("utf-8")
    last = "     dezembro, grudzień, grudnia, декабрь, декабря, prosinec, prosince]"
    assert last in text
    p.write_text(text.replace(last, last[:-1] + ", n.]"), "utf-8")
    with pytest.raises(DataFileError, match=r"dates\.yaml: months: 'n\.' means about"):
        date_words(folder)
    p.write_text(text.replace(last, last[:-1] + ", vor]"), "utf-8")
    with pytest.raises(DataFileError, match=r"'vor' is a month and a date word as well"):
        date_words(folder)


def test_a_month_name_under_two_months_is_refused_on_load(tmp_path: Path) -> None:
    # "listopad" is November in Polish and Czech, October in Croatian: read as either, a date
    # could fall on the wrong side of a boundary inside a year (years.day_span).
    folder = tmp_path / "vocabularies"
    shutil.copytree(vocabularies_dir(), folder)
    p = folder / "dates.yaml"
    text = p.read_text("utf-8")
    last = "     dezembro, grudzień, grudnia, декабрь, декабря, prosinec, prosince]"
    p.write_text(text.replace(last, last[:-1] + ", listopad]"), "utf-8")
    with pytest.raises(DataFileError, match=r"'listopad' is under month 11 and month 12"):
        date_words(folder)


# Danish writes a decade with an apostrophe ("1930'erne"), Norwegian bokmål and nynorsk with
# "-årene", "-åra", "-årane" (Språkrådet); DigitaltMuseum and Danish archives date photos so
# (review 31c F1). A hundred written so holds every year of either reading (1900-årene).
@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1930'erne", 1930, 1939), ("1960’erne", 1960, 1969), ("1930-årene", 1930, 1939),
    ("1930-åra", 1930, 1939), ("1930-årane", 1930, 1939), ("1900-årene", 1900, 1999),
])
def test_a_decade_in_danish_or_norwegian_reads_as_the_decade(text: str, lo: int, hi: int) -> None:
    assert read_date_words(text) == YearRange(lo, hi)


def test_a_danish_simple_photo_of_the_1960s_is_pd_at_home_and_on_the_uraa_date() -> None:
    # Ophavsretsloven § 70 (50 years from the making); Template:PD-Denmark50 (the 25-year
    # term before 1995 was not revived: {{PD-1996}}).
    from copyright_check import Assessor
    a = Assessor(as_of="2026-12-04").assess({
        "id": "dk", "photographer": "ukendt", "image_date": "1960'erne", "published_date": "1960'erne",
        "origin_country": "DK", "photo_kind": "simple_photograph", "licence": "Public Domain Mark",
        "depicted_type": "none"})
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-Denmark50}}", "{{PD-1996}}"])
