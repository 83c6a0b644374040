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
            "depicted_country": "SE", "depicted_type": "artwork", "depicted_creator": "Sigrid Hjertén",
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
