"""German freedom of panorama covers only the view from public ground, as the public sees it:
UrhG § 59(1) ("an öffentlichen Wegen, Straßen oder Plätzen"); BGH, 23 October 2024, I ZR 67/23
(stored https://ihk.de/chemnitz/recht-und-steuern/rechtsinformationen/wettbewerbsrecht/luftbildaufnahmen-6294872:
"Luftbildaufnahmen, die unter Zuhilfenahme einer Drohne gefertigt werden und urheberrechtlich
geschützte Werke abbilden, fallen nicht unter die Panoramafreiheit"). The optional taken_from
column says where a photo was taken from; jurisdictions/DE.yaml's from_public_ground_only is the
law the FoP rules read. Review 10, F15 (play/aerial.csv: the facts of the BGH case)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from tests.conftest import assess_jsonl

AS_OF = date(2026, 12, 1)
# Agustín Ibarrola (d. 2023), the Halde Haniel sculptures (2002): protected to 2093.
HALDE = {"id": "AE1", "title": "Halde Haniel", "photographer": "Volunteer", "image_date": "2020",
         "origin_country": "DE", "licence": "CC BY-SA 4.0", "depicted_country": "DE", "depicted_type": "sculpture",
         "depicted_creator": "Agustín Ibarrola", "depicted_creator_death_year": "2023", "depicted_date": "2002",
         "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


def _rules(a: object) -> list[str]:
    return [r.rule for r in a.reasons]  # type: ignore[attr-defined]


@pytest.mark.parametrize("cell", ["aerial", "Drohnenaufnahme", "Luftbild", "flygfoto", "drone", "vue aérienne"])
def test_a_photo_from_the_air_is_not_covered_by_german_freedom_of_panorama(cell: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "taken_from": cell})
    assert a.verdict is Verdict.NOT_OK and a.templates == []
    assert "fop-aerial-not-covered" in _rules(a)
    assert a.uploadable_from == 2094  # Ibarrola's life + 70 (UrhG § 64)


@pytest.mark.parametrize("cell", ["", "public_ground", "street level", "von der Straße", "from the street",
                                  "från gatan"])
def test_a_photo_not_said_to_be_from_the_air_is_covered_as_seen_from_public_ground(cell: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "taken_from": cell})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Germany}}"]
    assert "fop-outdoor-covered-from-public-ground" in _rules(a)
    fop = next(r for r in a.reasons if r.rule == "fop-outdoor-covered-from-public-ground")
    assert "as seen from public ground" in fop.text


def test_a_file_without_the_column_is_assessed_as_before_with_the_condition_named() -> None:
    a = Assessor(as_of=AS_OF).assess(HALDE)
    assert a.verdict is Verdict.OK and "fop-outdoor-covered-from-public-ground" in _rules(a)


def test_swedish_freedom_of_panorama_names_no_such_condition() -> None:
    # URL 24 § (jurisdictions/SE.yaml): buildings may be freely depicted; no viewpoint condition
    # in the law file, so an aerial photo of Kulturhuset (Peter Celsing, d. 1974) stays covered.
    row = {**HALDE, "origin_country": "SE", "depicted_country": "SE", "depicted_type": "building",
           "depicted_creator": "Peter Celsing", "depicted_creator_death_year": "1974", "depicted_date": "1974",
           "taken_from": "aerial"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is Verdict.OK and "fop-outdoor-covered" in _rules(a)


def test_a_work_in_the_public_domain_needs_no_freedom_of_panorama_from_any_height() -> None:
    row = {**HALDE, "depicted_creator": "Karl Friedrich Schinkel", "depicted_creator_death_year": "1841",
           "depicted_date": "1830", "taken_from": "aerial"}
    assert Assessor(as_of=AS_OF).assess(row).verdict is Verdict.OK


def test_an_unreadable_viewpoint_is_an_error_and_never_an_ok() -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "taken_from": "from the tower"})
    assert [e.column for e in a.errors] == ["taken_from"]
    assert a.verdict is not Verdict.OK


@pytest.mark.parametrize("order", [["aerial", ""], ["", "aerial"]])
def test_rows_equal_but_for_where_they_were_taken_from_never_share_an_answer(order: list[str]) -> None:
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for i, cell in enumerate(order):
            a = assessor.assess({**HALDE, "id": f"{round_}-{i}", "taken_from": cell})
            assert (a.verdict is Verdict.NOT_OK) is (cell == "aerial")


# Ground is not public ground: BGH, 5 June 2003, I ZR 192/00, Hundertwasser-Haus (stored
# https://de.wikiup.org/wiki/Hundertwasserentscheidung): the photo, taken "aus einer
# Privatwohnung im oberen Stockwerk eines gegenüberliegenden Hauses", was not covered by § 59.
@pytest.mark.parametrize("cell", ["ground", "vom Boden", "from the ground", "från marken"])
def test_a_photo_said_only_to_be_from_the_ground_goes_to_a_person(cell: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "taken_from": cell})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "fop-ground-not-said-public" in _rules(a)
    assert "public_ground" in a.reasons[-1].text


# A title that says the photo is aerial stands for an empty taken_from (review 12 C5): the
# file page would give it as the description above "as seen from public ground".
@pytest.mark.parametrize("title", ["Luftbild der Skulptur im Park", "Luftaufnahme: Skulptur",
                                   "Drohnenaufnahme Skulptur", "Aerial view of the sculpture",
                                   "Skulptur von oben (Drohne)",
                                   "Schrägluftbild Halde Haniel", "Halde Haniel, vue aérienne", "Flygfoto över parken",
                                   "LUFTBILDAUFNAHME 2020", "Halde Haniel (luchtfoto)"])
def test_a_title_that_says_the_photo_is_aerial_is_not_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK and a.templates == []
    assert "fop-aerial-by-title-not-covered" in _rules(a)
    assert a.uploadable_from == 2094


# ("Drone (sculpture)" was here: "drone" alone may say either, and since review 17 G8 a person checks it, below.)
@pytest.mark.parametrize("title", ["Halde Haniel", "Aircraft on show at the Halde",
                                   "TV aerials on the roof", "Luftschloss", "Oben am Berg", "Above the Falls",
                                   "Alto Adige"])
def test_a_title_without_an_aerial_word_decides_nothing(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.OK and "fop-outdoor-covered-from-public-ground" in _rules(a)


def test_the_taken_from_cell_wins_over_the_title() -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": "Luftbild", "taken_from": "public_ground"})
    assert a.verdict is Verdict.OK


def test_an_aerial_title_does_not_matter_where_the_law_sets_no_viewpoint_condition() -> None:
    row = {**HALDE, "title": "Flygfoto över Kulturhuset", "origin_country": "SE", "depicted_country": "SE",
           "depicted_type": "building", "depicted_creator": "Peter Celsing", "depicted_creator_death_year": "1974",
           "depicted_date": "1974"}
    assert Assessor(as_of=AS_OF).assess(row).verdict is Verdict.OK


def test_rows_that_differ_only_in_an_aerial_title_are_not_one_cached_answer() -> None:
    # The whole-row cache and the library's reading cache key on the title's aerial reading
    # (assessor._row_key, _Layout.title_aerial), not on the title.
    assessor = Assessor(as_of=AS_OF)
    titles = ["Halde Haniel", "Luftbild Halde Haniel", "Halde Haniel im Park", "Drohnenfoto Halde Haniel"]
    got = [assessor.assess({**HALDE, "id": f"T{i}", "title": t}).verdict for i, t in enumerate(titles * 2)]
    assert got == [Verdict.OK, Verdict.NOT_OK] * 4


# Review 14 E1 (play/t14.csv DE-aer-*, play/aer14.csv): ordinary German words for a photo from
# the air, a compound written with a hyphen, and the aircraft named in each export language.
# BGH, 23 October 2024, I ZR 67/23: a photo from the air is no view from public ground, so
# § 59 UrhG does not cover it; with these titles the row was ok {{FoP-Germany}} under a reason
# saying "as seen from public ground".
@pytest.mark.parametrize("title", [
    "Flugaufnahme Halde Haniel", "Fliegeraufnahme Halde Haniel", "Luftansicht Halde Haniel",
    "Ballonaufnahme Halde Haniel", "Multikopteraufnahme Halde Haniel", "Drohnen-Foto Halde Haniel",
    "Hubschrauberaufnahme Halde Haniel", "Halde Haniel vom Hubschrauber aus", "Halde Haniel aus dem Flugzeug",
    "Halde Haniel seen from a helicopter", "Halde Haniel from a balloon", "Halde Haniel, vue d'hélicoptère",
    "Halde Haniel desde el aire", "Halde Haniel vanuit de lucht", "Halde Haniel, fotografia z samolotu",
    "Halde Haniel från helikoptern", "Halde Haniel (Drohnenflug)", "Halde Haniel – Luftfotografie",
])
def test_more_titles_that_say_the_photo_is_aerial_are_not_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK and "fop-aerial-by-title-not-covered" in _rules(a)


# Review 15 F12 and review 16 M7 (play/aer15.csv, play/ae16.csv): the ordinary German words for a
# photo from an aircraft, a flight over, a multicopter or a tethered balloon, and the words for a
# photo from the air or a satellite in Portuguese, Hungarian, Czech and Estonian, were ok
# {{FoP-Germany}} "as seen from public ground" (BGH I ZR 67/23: a photo from the air is no such view).
@pytest.mark.parametrize("title", [
    "Flugzeugaufnahme Halde Haniel", "Überflug Halde Haniel", "Multicopter-Aufnahme Halde Haniel",
    "Halde Haniel vom Fesselballon", "Quadrocopter Halde Haniel", "UAV-Aufnahme Halde Haniel",
    "Halde Haniel vom Luftschiff", "Halde Haniel aus dem Flieger", "Heli-Foto Halde Haniel",
    "Aerofoto Halde Haniel", "Légifotó Halde Haniel", "Letecký snímek Halde Haniel", "Drooni foto Halde Haniel",
    "Satellitbild Halde Haniel", "Halde Haniel, satellite image", "Halde Haniel (Google Earth)",
])
def test_the_ordinary_words_for_a_photo_from_the_air_are_not_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK and "fop-aerial-by-title-not-covered" in _rules(a), title


def test_a_batch_wide_public_ground_does_not_override_a_rows_own_aerial_title(tmp_path: Path) -> None:
    # --assume fills empty cells with what the institution asserts for the whole batch; a row
    # whose own title says "Luftbild" has said where it was taken from (review 14 E1, play/assume14.csv
    # AA1: ok {{FoP-Germany}}). A row whose title says nothing of it takes the assumption.
    path = tmp_path / "batch.csv"
    path.write_text("id,title,photographer,image_date,origin_country,licence,depicted_country,depicted_type,"
                    "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,depicted_permanent\n"
                    "AA1,Luftbild Halde Haniel,Vol,2020,DE,CC BY-SA 4.0,DE,sculpture,Agustín Ibarrola,2023,2002,"
                    "outdoor_public,yes\n"
                    "AA2,Halde Haniel,Vol,2020,DE,CC BY-SA 4.0,DE,sculpture,Agustín Ibarrola,2023,2002,"
                    "outdoor_public,yes\n", "utf-8")
    rows = assess_jsonl(path, "--assume", "taken_from=public_ground")
    assert [r["verdict"] for r in rows] == ["not_ok", "ok"], rows


# fix15: a title that says the photo was taken from above without saying from the air (DWDS,
# stored https://www.dwds.de/wb/Vogelperspektive: "aus der Vogelperspektive (= von oben)",
# from an aircraft and from a climbed height alike). From the air, a ladder or a private window
# opposite, § 59 UrhG does not cover it (BGH I ZR 67/23; BGH I ZR 192/00, Hundertwasser-Haus);
# from a tower open to the public it may: the title does not say which, so a person checks
# (rules/fop.yaml fop-elevated-by-title-not-said-public). Each was ok {{FoP-Germany}} "as seen
# from public ground".
@pytest.mark.parametrize("title", [
    "Halde Haniel aus der Vogelperspektive", "Halde Haniel aus der Vogelschau", "Vogelschaubild Halde Haniel",
    "Halde Haniel von oben", "Vogelperspektive vom Turm", "Halde Haniel from above", "Bird's-eye view of Halde Haniel",
    "Halde Haniel, bird's eye view", "Halde Haniel ovanifrån", "Halde Haniel i fågelperspektiv",
    "Halde Haniel ovenfra", "Halde Haniel lintuperspektiivistä", "Halde Haniel ylhäältä",
    "Halde Haniel vue plongeante", "Halde Haniel à vol d'oiseau", "Halde Haniel in vogelvlucht",
    "Halde Haniel van bovenaf", "Halde Haniel a vista de pájaro", "Halde Haniel desde arriba",
    "Halde Haniel a volo d'uccello", "Halde Haniel vista dall'alto",
])
def test_a_title_that_says_the_photo_is_from_above_goes_to_a_person(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert "fop-elevated-by-title-not-said-public" in _rules(a)
    # The taken_from cell still wins over the title.
    assert Assessor(as_of=AS_OF).assess({**HALDE, "title": title, "taken_from": "public_ground"}).verdict is Verdict.OK


def test_rows_that_differ_only_in_an_aerial_or_elevated_title_are_not_one_cached_answer() -> None:
    assessor = Assessor(as_of=AS_OF)
    titles = ["Halde Haniel", "Luftbild Halde Haniel", "Halde Haniel von oben"]
    got = [assessor.assess({**HALDE, "id": f"T{i}", "title": t}).verdict for i, t in enumerate(titles * 2)]
    assert got == [Verdict.OK, Verdict.NOT_OK, Verdict.NEEDS_REVIEW] * 2


def test_a_title_from_above_does_not_matter_where_the_law_sets_no_viewpoint_condition() -> None:
    row = {**HALDE, "title": "Kulturhuset ovanifrån", "origin_country": "SE", "depicted_country": "SE",
           "depicted_type": "building", "depicted_creator": "Peter Celsing", "depicted_creator_death_year": "1974",
           "depicted_date": "1974"}
    assert Assessor(as_of=AS_OF).assess(row).verdict is Verdict.OK


# Review 17 G8 (play/g9_aerial17.csv; review 15 F12 AE29): a word that may say the photo was taken from the air and
# may name what it shows ("aerial" alone: an aerial view or a TV aerial; "drone": a drone's photo or a sculpture
# called Drone) was left out of the aerial words, and the row was ok {{FoP-Germany}}. BGH, 23 October 2024, I ZR
# 67/23: a drone's photo is not covered by § 59 UrhG. Doubt goes to a person, as the from-above words do.
@pytest.mark.parametrize("title", [
    "Halde Haniel aerial", "Halde Haniel, aerial", "Halde Haniel drone", "Halde Haniel (drone)",
    "Halde Haniel DJI Mavic", "Halde Haniel FPV", "Halde Haniel Luftperspektive", "Halde Haniel Ballonfoto",
    "Halde Haniel Schrägaufnahme", "Halde Haniel oblique", "Halde Haniel Senkrechtaufnahme",
    "Halde Haniel vom Dach", "Halde Haniel from the roof",
])
def test_a_title_word_that_may_say_from_the_air_goes_to_a_person(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert "fop-elevated-by-title-not-said-public" in _rules(a)


# An orthophoto is by definition an aerial or satellite image taken straight down (stored
# https://defzone.net/wiki/de/Orthofoto; http://www.giswiki.org/index.php?title=Orthofoto&oldid=6495: "ein senkrecht
# zur Erdoberfläche aufgenommenes ... Luftbild"): no view from public ground.
@pytest.mark.parametrize("title", ["Halde Haniel Orthofoto", "Halde Haniel orthophoto", "Orthofotos Halde Haniel"])
def test_an_orthophoto_title_is_read_as_a_photo_from_the_air(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK
    assert "fop-aerial-by-title-not-covered" in _rules(a)


# Review 15 F12, review 17 G8 (play/ae17.csv AE21, AE22): a height in figures says the photo was taken that high up,
# from an aircraft, a drone, a crane or a tower: "Reichstag aus 100 m Höhe" and "Reichstag from 300 ft" were ok
# {{FoP-Germany}} "as seen from public ground". § 59 UrhG covers only the view from public ground (BGH, 23 October
# 2024, I ZR 67/23; BGH, 5 June 2003, I ZR 192/00): a person checks where it was taken from, as for the from-above
# words (rules/vocabulary.yaml height_units, height_from_words, height_words, height_fillers).
@pytest.mark.parametrize("title", [
    "Halde Haniel aus 100 m Höhe", "Halde Haniel from 300 ft", "Halde Haniel från 50 meters höjd",
    "Halde Haniel in 120 Metern Höhe", "Halde Haniel aus ca. 100 m", "Halde Haniel, 100m Höhe",
    "Halde Haniel aus einer Höhe von 100 m", "Halde Haniel from a height of 1,000 ft", "Halde Haniel vanaf 80 meter",
    "Halde Haniel à 300 mètres de hauteur", "Halde Haniel, 300 m d'altitude", "Halde Haniel da 100 metri",
])
def test_a_title_giving_the_height_it_was_taken_from_goes_to_a_person(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert "fop-elevated-by-title-not-said-public" in _rules(a)


# A figure without a word saying from or a height is the work's own size or a date, and a unit followed by a
# distance's word is a distance: neither says where the photo was taken from (height_distance_words).
@pytest.mark.parametrize("title", [
    "Halde Haniel 100 m", "Halde Haniel 1930", "Halde Haniel aus 1930", "Halde Haniel aus 100 m Entfernung",
    "Halde Haniel from 300 ft away", "Halde Haniel, 100 m hoch", "Bilder aus 100 Jahren",
])
def test_a_figure_that_gives_no_height_to_take_the_photo_from_decides_nothing(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert "fop-elevated-by-title-not-said-public" not in _rules(a)
    assert "fop-outdoor-covered-from-public-ground" in _rules(a)


# Review 18 G8 (play/ae18.csv): a drone inside a German compound, the unmanned aircraft's technical names, the
# multicopter's kinds, the survey and sightseeing flights of aerial archives ("Bildflug", "Befliegung", "Rundflug")
# and a drone's or a plane's photo in the other export languages were ok {{FoP-Germany}} "as seen from public
# ground": "Mit Hilfe einer Drohne angefertigte Luftaufnahmen unterfallen nicht der Panoramafreiheit" (BGH, 23
# October 2024, I ZR 67/23, stored https://betriebs-berater.ruw.de/wirtschaftsrecht/urteile/ueber-alle-Berge-46836).
@pytest.mark.parametrize("title", [
    "Halde Haniel, Flugdrohne", "Halde Haniel, Kameradrohne", "Halde Haniel, UAV", "Halde Haniel, UAS-Aufnahme",
    "Halde Haniel, Quadcopter", "Halde Haniel, Bildflug 1999", "Halde Haniel, Befliegung 2000",
    "Halde Haniel, Helikopterflug", "Halde Haniel, Rundflug", "Halde Haniel, Panoramaflug",
    "Halde Haniel, airplane view", "Halde Haniel, survol", "Halde Haniel, zdjęcie z drona",
    "Halde Haniel, foto da drone", "Halde Haniel från drönare", "Halde Haniel, rundflygning",
])
def test_a_drone_an_unmanned_aircraft_or_a_survey_flight_in_the_title_is_not_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK and "fop-aerial-by-title-not-covered" in _rules(a), title


@pytest.mark.parametrize("title", ["Halde Haniel, Luftschiff", "Halde Haniel, Luftfahrzeug", "Halde Haniel, Copter",
                                   "Halde Haniel, Zeppelin", "Halde Haniel, dron", "Halde Haniel, airship"])
def test_an_aircraft_named_alone_in_the_title_goes_to_a_person(title: str) -> None:
    # From an airship, or an airship seen over the work: a person checks where it was taken from.
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NEEDS_REVIEW and "fop-elevated-by-title-not-said-public" in _rules(a)


@pytest.mark.parametrize("title", ["Halde Haniel, Ausflug 1999", "Halde Haniel beim Flughafen", "Halde Haniel, Survey",
                                   "Halde Haniel, Dronero"])
def test_a_title_holding_an_aerial_sign_but_no_aerial_word_is_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.OK, title


# One step further (review 18 G8's class): an aircraft and a photo's word in one compound, a drone's view in one word,
# Finnish "by drone", "from the sky" say the photo is aerial; a flight that may be the subject, a crane's or a mast's
# height go to a person. A word that only holds a sign ("Skyline", "Kranich", "Masterplan") decides nothing.
@pytest.mark.parametrize("title", ["Halde Haniel, Flugfoto", "Halde Haniel, Hubschrauberfoto", "Halde Haniel, Flygvy",
                                   "Halde Haniel from the sky", "Halde Haniel, Droneview", "Halde Haniel dronella",
                                   "Halde Haniel, helikopteropname"])
def test_an_aircraft_s_photo_in_one_compound_is_not_covered(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NOT_OK and "fop-aerial-by-title-not-covered" in _rules(a), title


@pytest.mark.parametrize("title", ["Halde Haniel, Ballonfahrt", "Halde Haniel, Gleitschirm",
                                   "Halde Haniel vom Kran aus", "Halde Haniel, Mastfoto", "Halde Haniel, sky view"])
def test_a_flight_or_a_crane_s_height_that_may_be_the_subject_goes_to_a_person(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.NEEDS_REVIEW and "fop-elevated-by-title-not-said-public" in _rules(a)


@pytest.mark.parametrize("title", ["Halde Haniel, Skyline", "Halde Haniel mit Kranich", "Halde Haniel, Masterplan",
                                   "Halde Haniel, Kran"])
def test_a_word_holding_only_a_sign_of_height_decides_nothing(title: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**HALDE, "title": title})
    assert a.verdict is Verdict.OK, title
