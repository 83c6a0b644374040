"""The file page of a faithful reproduction of a flat work (PD-Art) describes the work.

Template:Artwork/doc (stored https://commons.m.wikimedia.org/wiki/Template:Artwork/doc):
"Faithful reproductions (without specific creative contribution from the photograph) of 2D
art only require a license for the artwork, like {{PD-art}}"; its `artist` is the "Artist
who created the original artwork", its `date` the "Date of creation of the original
artwork", its `source` field is shown as "Source/Photographer". Commons' {{Information}}
guidance says the same of a reproduction: date is when the original was created, not when
it was scanned, and author is not the scanner. A page naming the museum photographer as the
author and the scan's year as the date, under {{PD-Art|...|deathyear=1948}}, contradicts
its own tag (review 10 F14).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor
from copyright_check.wikitext import file_page, row_text

mwparserfromhell = pytest.importorskip("mwparserfromhell", reason="pip install -e '.[test]' (mwparserfromhell)")

# Review 10's pdart.csv PA2: the museum's 2015 photo of Sigrid Hjertén's 1920 painting (she died in 1948).
PAINTING = {"id": "PA2", "title": "Vy över Stockholm", "photographer": "Museum photographer", "anonymous": "no",
            "image_date": "2015", "origin_country": "SE", "photo_kind": "faithful_reproduction",
            "depicted_country": "SE", "depicted_origin_country": "SE", "depicted_type": "painting",
            "depicted_creator": "Sigrid Hjertén",
            "depicted_creator_death_year": "1948", "depicted_date": "1920", "depicted_setting": "indoor_public",
            "depicted_permanent": "yes", "url": "https://samlingar.example/objekt/NM-10"}
ARTWORK = ["artist", "title", "date", "source", "permission", "other_versions"]


def _frame(page: str) -> dict[str, str]:
    code = mwparserfromhell.parse(page)
    frames = [t for t in code.filter_templates(recursive=False) if t.name.strip() in ("Artwork", "Information")]
    assert len(frames) == 1
    assert frames[0].name.strip() == "Artwork"
    assert [str(p.name) for p in frames[0].params] == ARTWORK
    return {str(p.name): str(p.value).strip() for p in frames[0].params}


def test_a_pd_art_page_names_the_painter_and_the_paintings_date() -> None:
    a = Assessor().assess(PAINTING, date(2026, 12, 1))
    assert a.verdict.value == "ok" and a.templates == ["{{PD-Art|1=PD-old-auto-expired|deathyear=1948}}"]
    fields = _frame(row_text(PAINTING, a))
    assert (fields["artist"], fields["date"], fields["title"]) == ("Sigrid Hjertén", "1920", "Vy över Stockholm")
    # The photographer and the photo's year on the Source/Photographer line, after the source.
    assert fields["source"] == "[https://samlingar.example/objekt/NM-10]; photograph by Museum photographer, 2015"


def test_a_pd_art_page_without_a_source_still_says_so() -> None:
    row = {k: v for k, v in PAINTING.items() if k != "url"}
    page = file_page(row, ["{{PD-Art|1=PD-old-auto-expired|deathyear=1948}}"])
    assert _frame(page)["source"] == "photograph by Museum photographer, 2015"
    assert "copyright-check: no source given" in page  # a photographer is no source (COM:EVID)


def test_a_pd_art_page_escapes_the_works_cells() -> None:
    row = dict(PAINTING, depicted_creator="X}}{{PD-self", depicted_date="[[Category:Spam]]",
               photographer="|author=Me")
    page = file_page(row, ["{{PD-Art}}"])
    code = mwparserfromhell.parse(page)
    assert [t.name.strip() for t in code.filter_templates(recursive=False)] == ["Artwork", "PD-Art"]
    assert not code.filter_wikilinks()
    assert _frame(page)["artist"].startswith("X&#125;&#125;")


@pytest.mark.parametrize("kind", ["photographic_work", "simple_photograph", ""])
def test_any_other_photo_keeps_the_information_page(kind: str) -> None:
    page = file_page(dict(PAINTING, photo_kind=kind), ["{{Cc-by-sa-4.0}}"])
    code = mwparserfromhell.parse(page)
    info = [t for t in code.filter_templates(recursive=False) if t.name.strip() == "Information"]
    assert len(info) == 1 and str(info[0].get("author").value).strip() == "Museum photographer"
    assert str(info[0].get("date").value).strip() == "2015"


def test_the_kind_is_read_as_the_assessment_reads_it() -> None:
    page = file_page(dict(PAINTING, photo_kind=" Faithful reproduction "), ["{{PD-Art}}"])
    assert _frame(page)["artist"] == "Sigrid Hjertén"


# Review 18 P1 (play/pa18.csv): four faithful reproductions of portraits made 1650/1750 by
# painters the museum does not know, which the assessment frees as {{PD-Art|1=PD-old-assumed}}.
UNKNOWN_PAINTER = {"id": "PA1", "title": "Porträtt av okänd man", "photographer": "Museifotograf",
                   "image_date": "2020", "origin_country": "SE", "photo_kind": "faithful_reproduction",
                   "depicted_country": "SE", "depicted_type": "painting", "depicted_creator": "okänd",
                   "depicted_date": "1650/1750", "depicted_setting": "indoor_public",
                   "source": "https://samlingar.example/objekt/1"}


@pytest.mark.parametrize("painter", ["okänd", "unbekannt", "Unknown artist", "Okänd konstnär", "Anonym", ""])
def test_an_artwork_page_writes_a_painter_the_row_does_not_name_as_author_unknown(painter: str) -> None:
    # Template:Author (stored https://commons.m.wikimedia.org/wiki/Template:Author): "to indicate
    # that the author of a work is unknown" {{Author|unknown}}, "in the correct language of the
    # viewer's preference"; the {{Information}} page writes an unnamed photographer so (review 16
    # G2). Not a Swedish word on the page, nor an empty artist under {{PD-old-assumed}}, whose
    # claim is that the author is unknown.
    row = dict(UNKNOWN_PAINTER, depicted_creator=painter)
    a = Assessor().assess(row, date(2026, 12, 1))
    assert a.verdict.value == "ok" and a.templates[0] == "{{PD-Art|1=PD-old-assumed}}"
    assert _frame(row_text(row, a))["artist"] == "{{Author|unknown}}"


def test_an_artwork_page_still_names_a_painter_it_is_given() -> None:
    row = dict(UNKNOWN_PAINTER, depicted_creator="Meister des Bartholomäusaltars")
    assert _frame(file_page(row, ["{{PD-Art|1=PD-old-assumed}}"]))["artist"] == "Meister des Bartholomäusaltars"


@pytest.mark.parametrize("span", ["1650/1750", "1650-1750", "1650–1750", "1650 – 1750", " 1650 / 1750 "])
def test_an_artwork_page_writes_a_span_of_years_as_other_date_between(span: str) -> None:
    # Template:Artwork/doc, date: "for simple dates use ISO 8601 format … for all other dates use
    # {{date}} or {{other date}}" (stored https://species-id.net/openmedia/Template:LSH_artwork);
    # Template:Other date: 1 the notation ("between" among those of two dates), 2 and 3 the dates
    # in ISO 8601 (stored https://commons.wikimedia.org/wiki/Template:Otherdate).
    row = dict(UNKNOWN_PAINTER, depicted_date=span)
    page = file_page(row, ["{{PD-Art|1=PD-old-assumed}}"])
    date_field = mwparserfromhell.parse(_frame(page)["date"])
    [other] = date_field.filter_templates()
    assert other.name.strip() == "other date"
    assert [str(p.value) for p in other.params] == ["between", "1650", "1750"]


@pytest.mark.parametrize("written", ["1700", "c. 1700", "1955/56", "1750/1650", "1700/1700", "1650/1750?",
                                     "ca. 1650-1750", "1700-06"])
def test_any_other_date_is_written_as_the_cell_is(written: str) -> None:
    row = dict(UNKNOWN_PAINTER, depicted_date=written)
    assert _frame(file_page(row, ["{{PD-Art|1=PD-old-assumed}}"]))["date"] == written


@pytest.mark.parametrize(("cell", "written"), [
    ("1920.0", "1920"), ("+1920-06-03T00:00:00Z", "1920-06-03"), ("1920-06-03T00:00:00Z", "1920-06-03"),
    ("+1920-06-00T00:00:00Z", "1920-06"), ("+1921-00-00T00:00:00Z", "1921"),
    ("+1920-00-00T00:00:00Z", "{{other date|decade|1920}}"), ("192X", "{{other date|decade|1920}}"),
    ("1920~", "{{other date|circa|1920}}")])
def test_a_page_writes_a_machine_date_as_commons_date_forms(cell: str, written: str) -> None:
    # Review 19 M1 (play/dt19.csv): the page wrote the cell as it is (|date=1920.0, |date=+1920-00-00T00:00:00Z,
    # |date=1920~, |date=192X). Template:Information's date takes an ISO 8601 date or {{other date}}, whose first
    # parameter is the notation ("circa", "decade") and then a date in ISO 8601 (Template:Other date, stored
    # https://commons.wikimedia.org/wiki/Template:Otherdate): the date as the assessment read it.
    page = file_page({"title": "Gatuvy", "photographer": "Per Foto", "image_date": cell}, ["{{PD-old-70}}"])
    [info] = [t for t in mwparserfromhell.parse(page).filter_templates(recursive=False)
              if t.name.strip() == "Information"]
    assert str(info.get("date").value).strip() == written
    row = dict(UNKNOWN_PAINTER, depicted_date=cell)
    assert _frame(file_page(row, ["{{PD-Art|1=PD-old-assumed}}"]))["date"] == written


def test_an_information_page_writes_a_span_of_years_as_other_date_between() -> None:
    # The photo's own date on {{Information}}: Template:Other date is the same notation.
    page = file_page({"title": "Gatuvy", "photographer": "Per Foto", "image_date": "1920-1930"}, ["{{PD-old-70}}"])
    [info] = [t for t in mwparserfromhell.parse(page).filter_templates(recursive=False)
              if t.name.strip() == "Information"]
    assert str(info.get("date").value).strip() == "{{other date|between|1920|1930}}"


@pytest.mark.parametrize("photographer", ["okänd", "Fotografen", "-"])
def test_an_artwork_page_credits_no_photographer_the_row_does_not_name(photographer: str) -> None:
    # The Source/Photographer line names the museum photographer where the row names one; a cell
    # naming no one is no name there, as it is none in {{Information}}'s author (review 16 G2).
    row = dict(UNKNOWN_PAINTER, photographer=photographer)
    source = _frame(file_page(row, ["{{PD-Art|1=PD-old-assumed}}"]))["source"]
    assert source == "[https://samlingar.example/objekt/1]; photograph, 2020"
