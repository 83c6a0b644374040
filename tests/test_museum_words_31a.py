"""Review 31a F2, N1, N2: a museum's words the tool did not read.

- F2 (a wrong ok): a three-dimensional object named inside a compound of its title ("Basrelief",
  "Porträttmedaljong", "Terrakottafigur", "Dopfunt") or by its material ("Reliefbild, brons"), in a
  row typed målning, Gemälde or maleri beside photo_kind faithful_reproduction, was ok {{PD-Art}}.
  Commons:When to use the PD-Art tag (stored https://linproxy.fan.workers.dev:443/https/commons.wikimedia.org/wiki/Commons:PDART):
  "PD-Art is not applicable since copyright subsists in the photograph by virtue of artistic choices
  available to the photographer such as framing, lighting and point of view". rules/vocabulary.yaml
  three_d_title_words and three_d_title_stems.
- N1: depicted_type "oil on canvas" (and its forms), "relief", "coin", "medal" were unreadable cells;
  "fotografi"/"photograph" stay unread (vocabularies/values.yaml fields.depicted_type).
- N2: photo_kind "scan", "reproduktion", "repro", "foto av foto" were unreadable cells: each names a copy
  photo of a flat original, README's faithful_reproduction (vocabularies/values.yaml fields.photo_kind).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessment, Assessor, Verdict
from tests.conftest import rules_of

AS_OF = date(2026, 12, 4)


def _row(title: str, **more: str) -> dict[str, str]:
    # _rc31a/cases.csv line 17 (R1): a living photographer's photo, all rights reserved, of a work by
    # Fogelberg (d. 1854), typed a painting and a faithful reproduction: only the depicted side can free it.
    return {"id": "R1", "title": title, "photographer": "Fotograf Nils Svensson", "anonymous": "no",
            "image_date": "2022", "origin_country": "SE", "photo_kind": "faithful_reproduction",
            "licence": "All rights reserved", "rights_holder": "Fotograf Nils Svensson", "depicted_country": "SE",
            "depicted_type": "målning", "depicted_creator": "Bengt Erland Fogelberg",
            "depicted_creator_death_year": "1854", "depicted_date": "1840", "depicted_setting": "indoor_public",
            "depicted_permanent": "yes", **more}


def _assess(row: dict[str, str]) -> Assessment:
    return Assessor(as_of=AS_OF).assess(row)


# -- F2: needs-review-contradictory-facts, a 3D object named inside a compound or by its material --------


@pytest.mark.parametrize("title", [
    # _rc31a/cases.csv R1-R9 (lines 17-25), each ok {{PD-Art}} before
    "Basrelief, Tors strid med jättarna", "Porträttmedaljong, Gustav III", "Gjutjärnsrelief", "Terrakottafigur",
    "Dopfunt", "Krucifix", "Gipsavgjutning av Dianas bad", "Reliefbild, brons", "Hochrelief",
    # the same objects in the other export languages (three_d_title_words, three_d_title_stems)
    "Reliefplatta", "Plakett, brons", "Minnesmedalj över Gustav III", "Gedenkmedaille", "Médaillon de Louis XIV",
    "Gustav III, gips", "Plaster cast of the Venus de Milo", "Gipsabguss der Nike", "Baptismal font",
    "Taufstein", "Døbefont", "Døpefont", "Doopvont", "Kastemalja", "Crucifix", "Kruzifix", "Triumfkrucifix",
    "Krucifiks", "Reliëf met engelen", "Reliefi, pronssi", "Relieff, bronse", "Bronsavgjutning", "Statyetter",
    "Mønt", "Medalje", "Guldmynt", "Gedenkmünze", "Urna", "Vaser",
])
def test_needs_review_contradictory_facts_a_3d_object_in_a_compound_title_is_no_faithful_reproduction(
        title: str) -> None:
    # COM:PDART: a photo of a three-dimensional object has its photographer's copyright.
    a = _assess(_row(title))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "needs-review-contradictory-facts" in rules_of(a)
    assert "photo-faithful-reproduction-of-a-pd-2d-work" not in rules_of(a)
    assert not any("PD-Art" in t for t in a.templates)


def test_needs_review_contradictory_facts_a_cc0_photo_of_a_basrelief_gets_no_pd_art_tag() -> None:
    # _rc31a/cases.csv T093 (line 29): the photo's own CC0 would free it, but {{PD-Art}} would say the
    # photo has no copyright of its own, which a photo of a relief has (COM:PDART).
    a = _assess(_row("Basrelief (Carl Larsson)", photographer="Anna Andersson", licence="CC0",
                     rights_holder="Nationalmuseum", depicted_type="painting", depicted_creator="Carl Larsson",
                     depicted_creator_death_year="1919", depicted_date="1900", image_date="2023"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "needs-review-contradictory-facts" in rules_of(a)
    assert not a.templates


@pytest.mark.parametrize("title", [
    # a painted crucifixion is no crucifix (three_d_title_words: crucifix whole, not inside "Crucifixion")
    "Korsfästelse", "The Crucifixion", "Kreuzigung Christi", "La Crucifixion", "Kristus på korset",
    # "gips" whole only ("Gipsy"); "brons" whole only (Bronsålder); "mynt" whole only (Mynttorget, a square);
    # "pronssi" whole only (Pronssikausi, the Bronze Age); "font" not at all (Fontainebleau)
    "The Gipsy Girl", "Mannen med gipsarm", "Bronsåldersgrav", "Mynttorget", "Pronssikausi", "Fontainebleau",
    "Vid bron", "Porträtt av Gustav III", "Stilleben med frukt", "Vinterlandskap, olja på duk",
])
def test_photo_faithful_reproduction_of_a_pd_2d_work_a_painting_s_title_stays_ok(title: str) -> None:
    # The false hits checked: these paintings' titles name no 3D object, and stay ok {{PD-Art}}
    # (Template:PD-Art: "a faithful photographic reproduction of an original two-dimensional work of art").
    a = _assess(_row(title))
    assert a.verdict is Verdict.OK
    assert "photo-faithful-reproduction-of-a-pd-2d-work" in rules_of(a)
    assert a.templates == ["{{PD-Art|1=PD-old-auto-expired|deathyear=1854}}"]


# -- N1: depicted_type words (vocabularies/values.yaml fields.depicted_type) --------------------------------


@pytest.mark.parametrize("kind", [
    "oil on canvas", "Oil on canvas", "olja på duk", "Öl auf Leinwand", "huile sur toile", "olie op doek",
    "öljy kankaalle", "olje på lerret", "olie på lærred", "tempera", "akvarell", "watercolour", "Aquarell",
])
def test_photo_faithful_reproduction_of_a_pd_2d_work_a_medium_on_its_support_reads_as_painting(kind: str) -> None:
    # all.csv P021, P105: "oil on canvas" was an unreadable cell; the medium names a flat work.
    a = _assess(_row("Vinterlandskap", depicted_type=kind))
    assert a.verdict is Verdict.OK
    assert "photo-faithful-reproduction-of-a-pd-2d-work" in rules_of(a)
    assert "needs-review-unreadable-cells" not in rules_of(a)
    assert a.templates == ["{{PD-Art|1=PD-old-auto-expired|deathyear=1854}}"]


@pytest.mark.parametrize("kind", ["relief", "Basrelief", "coin", "medal", "mynt", "medalj", "Münze", "Medaille"])
def test_photo_faithful_reproduction_not_of_a_2d_work_a_relief_coin_or_medal_is_a_sculpture(kind: str) -> None:
    # all.csv D581, D599, D623, D629, D635: unreadable cells. Read as a sculpture, a three-dimensional
    # work: a "faithful reproduction" of one is no reproduction of a flat work (COM:PDART), and the photo
    # keeps its own copyright (here all rights reserved: not_ok), never ok {{PD-Art}}.
    a = _assess(_row("Gustav III", depicted_type=kind))
    assert a.verdict is Verdict.NOT_OK
    assert "photo-faithful-reproduction-not-of-a-2d-work" in rules_of(a)
    assert "needs-review-unreadable-cells" not in rules_of(a)


@pytest.mark.parametrize("kind", ["relief", "coin", "medal"])
def test_a_relief_coin_or_medal_gives_a_sculpture_s_answer(kind: str) -> None:
    # The same row typed sculpture gives the same answer (rules/vocabulary.yaml depicted_types).
    mine = _row("Gustav III", depicted_type=kind, photo_kind="photographic_work", licence="CC0")
    a, b = _assess(mine), _assess({**mine, "depicted_type": "sculpture"})
    assert (a.verdict, a.templates, a.uploadable_from) == (b.verdict, b.templates, b.uploadable_from)
    assert a.verdict is Verdict.OK


@pytest.mark.parametrize("kind", ["fotografi", "photograph"])
def test_needs_review_unreadable_cells_a_photograph_is_no_depicted_type(kind: str) -> None:
    # all.csv G954-G959: left unread on purpose (no depicted_type gives a photograph's term).
    a = _assess(_row("Reproduktion av fotografi (Gunnar Lundh, 1935)", depicted_type=kind))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "needs-review-unreadable-cells" in rules_of(a)


# -- N2: photo_kind words (vocabularies/values.yaml fields.photo_kind) ----------------------------------


@pytest.mark.parametrize("kind", ["reproduktion", "Reproduktion", "repro", "foto av foto",
                                  "avfotografering", "reproduction"])
def test_photo_faithful_reproduction_of_a_pd_2d_work_a_scan_or_reproduction_photo(kind: str) -> None:
    # all.csv G976, G977: unreadable cells. A scan or a reproduction photo of a flat work is a faithful
    # reproduction ("A mere mechanical reproduction ... cannot attract additional copyright protection",
    # Commons:When to use the PD-Art tag).
    a = _assess(_row("Vinterlandskap", photo_kind=kind))
    assert a.verdict is Verdict.OK
    assert "needs-review-unreadable-cells" not in rules_of(a)
    assert a.templates == ["{{PD-Art|1=PD-old-auto-expired|deathyear=1854}}"]


@pytest.mark.parametrize("kind", ["reproduktion", "repro"])
def test_photo_faithful_reproduction_not_of_a_2d_work_a_scan_beside_a_sculpture(kind: str) -> None:
    # Read as faithful_reproduction, the word frees nothing but a flat work: beside a sculpture the photo
    # keeps its own copyright (all rights reserved here: not_ok), as faithful_reproduction itself does.
    a = _assess(_row("Gustav III", photo_kind=kind, depicted_type="sculpture"))
    b = _assess(_row("Gustav III", depicted_type="sculpture"))
    assert (a.verdict, a.templates) == (b.verdict, b.templates) == (Verdict.NOT_OK, [])
    assert "photo-faithful-reproduction-not-of-a-2d-work" in rules_of(a)


def test_needs_review_contradictory_facts_a_scan_of_a_basrelief_asks() -> None:
    # A row's own scan word beside a 3D title is the F2 contradiction too (COM:PDART).
    a = _assess(_row("Basrelief, Tors strid med jättarna", photo_kind="reproduktion"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "needs-review-contradictory-facts" in rules_of(a)


@pytest.mark.parametrize("kind", ["scan", "Scan", "skanning", "skannaus"])
def test_a_scan_is_not_read_as_a_faithful_reproduction(kind: str) -> None:
    # A photo archive's scan of its own negative or print is the photograph itself, whose
    # copyright is the photographer's (review 31e F3): the cell stays unread, never a
    # faithful reproduction whose own copyright Commons disregards (COM:PDART).
    from copyright_check.translate import translate
    assert translate("photo_kind", kind) is None
