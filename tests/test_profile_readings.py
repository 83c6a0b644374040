"""The starter profile never guesses whose a column is (README, Your own export).

An art museum's export names the painter beside the museum photographer; an object
catalogue's rows are the paintings and sculptures themselves; a Wikidata query's rows are
items. A bare `Dödsår`, `Datering`, `Upphovsperson` or `Land` there may be the depicted
work's as well as the photo's: a painter's death year read as the photographer's gives a
photo the wrong term (Berne art. 7(1): the author's death), so such a header is left
unmapped with a comment naming both readings, and a header that says whose it is
(`Fotodatum`, `Fotograf dödsår`) wins over one that does not (review 10 F10).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from copyright_check.profile import starter

ROOT = Path(__file__).resolve().parent.parent
# An art museum's export (review 10's artexport.csv): the painter, her death year right after
# her, the painting's date, the museum photographer and the photo's own date.
ART = ("Inventarienummer,Titel,Konstnär,Dödsår,Datering,Motiv,Fotograf,Fotodatum,Licens,Land\n"
       "NM-10,Vy över Stockholm,Sigrid Hjertén,1948,1919,Landskap,Anna Danielsson,2018,CC BY-SA 4.0,Sverige\n"
       "NM-12,Kvinna i rött,Lena Cronqvist,,1990,Porträtt,Cecilia Heisser,2019,CC BY-SA 4.0,Sverige\n")
# An object catalogue (review 10's objexport.csv): each row is a sculpture, a painting or a photograph.
OBJECTS = ("Inventarienummer,Titel,Upphovsperson,Dödsår,Datering,Land,Sakord,Licens\n"
           "NM-1,Dansen,Carl Milles,1955,1920,Sverige,skulptur,CC BY-SA 4.0\n"
           "NM-2,Porträtt av kungen,Okänd,1950,1935,Sverige,fotografi,Public domain\n"
           "NM-3,Självporträtt,Sigrid Hjertén,1948,1914,Sverige,målning,Public Domain Mark\n")
# A photo archive's export: the same bare headers, and nothing in it is another work's.
PHOTOS = ("Inventarienummer,Titel,Upphovsperson,Dödsår,Datering,Land,Sakord,Licens\n"
          "F-1,Slussen,Oscar Halldin,1948,1930,Sverige,fotografi,\n"
          "F-2,Skeppsbron,Anna Riwkin,1970,1935,Sverige,negativ,\n")


def _starter(tmp_path: Path, text: str, name: str = "export.csv") -> tuple[dict[str, str], str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    written = starter(path).text
    return yaml.safe_load(written)["columns"] or {}, written


def _comment(text: str, header: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f'#   "{header}" ') and "distinct" not in line)


def test_an_art_export_maps_the_photo_date_and_leaves_the_painters_years_to_the_user(tmp_path: Path) -> None:
    columns, text = _starter(tmp_path, ART)
    # Fotodatum says it is the photo's date: it wins over the bare Datering (the painting's 1919).
    assert columns["Fotodatum"] == "image_date" and "Datering" not in columns
    assert "depicted_date" in _comment(text, "Datering")
    # Dödsår beside Konstnär: Hjertén's 1948 or the photographer's; neither is assumed.
    assert "Dödsår" not in columns
    assert {"photographer_death_year", "depicted_creator_death_year", '"Konstnär"'} <= set(
        _comment(text, "Dödsår").replace("(", " ").replace(")", " ").split())
    # Land: where the photo was first published, or the painting's country.
    assert "Land" not in columns
    assert "origin_country" in _comment(text, "Land") and "depicted_country" in _comment(text, "Land")
    assert (columns["Konstnär"], columns["Fotograf"]) == ("depicted_creator", "photographer")


def test_an_object_catalogue_leaves_its_makers_and_their_dates_unmapped(tmp_path: Path) -> None:
    columns, text = _starter(tmp_path, OBJECTS)
    for header, field, other in (("Upphovsperson", "photographer", "depicted_creator"),
                                 ("Dödsår", "photographer_death_year", "depicted_creator_death_year"),
                                 ("Datering", "image_date", "depicted_date"),
                                 ("Land", "origin_country", "depicted_country")):
        assert header not in columns
        note = _comment(text, header)
        assert field in note and other in note and '"Sakord"' in note


def test_a_photo_archive_keeps_its_bare_headers_mapped(tmp_path: Path) -> None:
    # The same headers with only photographs under "Sakord": no other reading is open.
    columns, _ = _starter(tmp_path, PHOTOS)
    assert {k: columns.get(k) for k in ("Upphovsperson", "Dödsår", "Datering", "Land")} == {
        "Upphovsperson": "photographer", "Dödsår": "photographer_death_year",
        "Datering": "image_date", "Land": "origin_country"}


def test_a_catalogue_of_everyday_objects_leaves_their_dating_unmapped(tmp_path: Path) -> None:
    # Review 23b f05: a sewing machine, a coffee pot, a chair under "Sakord" are no depicted types
    # with a copyright category, but the rows are still the objects: "Datering" 1760 is the coffee
    # pot's, read as the photo's date it made a living photographer's photo look 250 years old.
    columns, text = _starter(tmp_path, "Identifikator;Benämning;Sakord;Datering;Fotograf;Licens;Land\n"
                             "NM.1;Symaskin, Husqvarna;symaskin;1890;Mats Landin;CC0;Sverige\n"
                             "NM.2;Kaffekanna;kaffekanna;1760;Mats Landin;CC0;Sverige\n"
                             "NM.3;Porträtt;fotografi;1935;Mats Landin;CC0;Sverige\n")
    assert "Datering" not in columns and "Land" not in columns and columns["Fotograf"] == "photographer"
    note = _comment(text, "Datering")
    assert "image_date" in note and "depicted_date" in note and '"symaskin"' in note


def test_bare_life_years_after_another_persons_column_are_left_unmapped(tmp_path: Path) -> None:
    # Review 24d: catalogues write a person's years right after the person. "Modèle" (the sitter)
    # and "Entwurf" (the architect) are in no header list, and the years after them were read as
    # the photographer's: Man Ray's portraits were ok on their sitters' death years, Arthur
    # Köster's photos on Erich Mendelsohn's (Berne art. 7(1): the term runs from the author's death).
    for text, person in (("Inv;Titre;Photographe;Modèle;Année de naissance;Année de décès;Date\n"
                          "PH-1;Portrait;Man Ray;Marcel Proust;1871;1922;1922\n", '"Modèle"'),
                         ("Inv;Titel;Fotograf;Entwurf;Todesjahr;Aufnahmedatum\n"
                          "AF-1;Einsteinturm;Arthur Köster;Erich Mendelsohn;1953;1928\n", '"Entwurf"')):
        columns, written = _starter(tmp_path, text)
        assert not {"photographer_death_year", "photographer_birth_year"} & set(columns.values())
        assert person in next(line for line in written.splitlines() if "is not mapped" in line and "follows" in line)
    # The years right after the photographer's own column stay his.
    columns, _ = _starter(tmp_path, "Inv;Titel;Fotograf;Födelseår;Dödsår;Datering\n"
                                    "F-1;Slussen;Oscar Halldin;1873;1948;1930\n")
    assert columns["Dödsår"] == "photographer_death_year" and columns["Födelseår"] == "photographer_birth_year"


def test_a_bare_header_is_mapped_where_a_specific_column_holds_the_depicted_work(tmp_path: Path) -> None:
    # The Swedish example export names the architect, but its Byggår and Avbildat land hold
    # the building's date and country: Datering and Land can only be the photo's.
    columns, _ = _starter(tmp_path, (ROOT / "examples/exports/sv-museum.csv").read_text("utf-8"))
    assert (columns["Datering"], columns["Land"]) == ("image_date", "origin_country")


def test_the_example_exports_starters_propose_their_edited_profiles_columns(tmp_path: Path) -> None:
    for name in ("sv-museum", "de-archiv", "fr-musee"):
        columns, _ = _starter(tmp_path, (ROOT / f"examples/exports/{name}.csv").read_text("utf-8"))
        edited = yaml.safe_load((ROOT / f"examples/exports/{name}.profile.yaml").read_text("utf-8"))["columns"]
        assert columns == {k: v for k, v in edited.items() if v}, name


def test_two_headers_that_say_as_much_are_both_left_unmapped(tmp_path: Path) -> None:
    columns, text = _starter(tmp_path, "id,Fotograf,Fotógrafo\n1,Oscar Halldin,Anna Riwkin\n")
    assert "Fotograf" not in columns and "Fotógrafo" not in columns
    assert "\"Fotógrafo\"" in _comment(text, "Fotograf")


def test_the_records_own_field_name_wins(tmp_path: Path) -> None:
    columns, text = _starter(tmp_path, "id,photographer_death_year,Dödsår\n1,1948,1970\n")
    assert columns == {"id": "id", "photographer_death_year": "photographer_death_year"}
    assert "depicted_creator_death_year" in _comment(text, "Dödsår")


def test_a_period_in_two_columns_is_one_reading(tmp_path: Path) -> None:
    period = "id,Upphovsperson,Datering från,Datering till\n1,Oscar Halldin,1920,1925\n"
    columns, _ = _starter(tmp_path, period)
    assert (columns["Datering från"], columns["Datering till"]) == ("image_date", "image_date")
    columns, text = _starter(tmp_path, period.replace("Upphovsperson", "Konstnär"))
    assert "Datering från" not in columns and "Datering till" not in columns
    assert "depicted_date" in _comment(text, "Datering från")


def test_a_wikidata_country_is_the_items_never_the_photos_origin(tmp_path: Path) -> None:
    # A Wikidata query's ?country (P17, "country": the sovereign state the item is in now) is
    # where the depicted building stands, not where a photo of it was first published.
    query = ('{"head": {"vars": ["item", "itemLabel", "country", "countryLabel"]}, "results": {"bindings": [{'
             '"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"}, '
             '"itemLabel": {"type": "literal", "value": "Stockholms stadshus"}, '
             '"country": {"type": "uri", "value": "http://www.wikidata.org/entity/Q34"}, '
             '"countryLabel": {"type": "literal", "value": "Sverige"}}]}}')
    columns, text = _starter(tmp_path, query, "query.json")
    assert "origin_country" not in columns.values()
    note = _comment(text, "country")
    assert "P17" in note and '"countryLabel": depicted_country' in note


def test_the_not_read_note_names_both_readings_of_a_bare_header(tmp_path: Path) -> None:
    # The note `assess` prints for a column it did not read proposes a --map; for a bare
    # death year it names the painter's reading too, never the photographer's alone.
    from typer.testing import CliRunner

    from copyright_check.cli import app

    path = tmp_path / "art.csv"
    path.write_text("id,Konstnär,Dödsår\nNM-10,Sigrid Hjertén,1948\n", "utf-8")
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                                      "--as-of", "2026-12-01"])
    err = " ".join(result.stderr.split())
    assert ("'Dödsår' looks like photographer_death_year or, if it is the depicted work's, "
            "depicted_creator_death_year (--map 'Dödsår=photographer_death_year' or "
            "--map 'Dödsår=depicted_creator_death_year')") in err


def test_an_omeka_s_export_gives_its_dublin_core_date() -> None:
    # Omeka S writes an item's date as dcterms:date (Dublin Core's general date): in a photo
    # archive's export, the photo's date, as dcterms:created is.
    from copyright_check.vocabularies import headers

    assert headers().fields["dcterms:date"] == headers().fields["dc:date"] == "image_date"
    assert headers().generic["dcterms:date"] == ("image_date", "depicted_date")


# A portrait archive's export (review 13 D12, play/sitter2.csv): the years beside the sitter
# are Selma Lagerlöf's (1858-1940), not the photographer Anna Riwkin's (d. 1970).
PORTRAITS = ("Identifikator,Titel,Fotograf,Avbildad person,Födelseår,Dödsår,Datering,Land,Licens\n"
             "UM3,Porträtt av Selma Lagerlöf,Anna Riwkin,Selma Lagerlöf,1858,1940,1930,Sverige,\n")


def test_a_portrait_archive_leaves_the_years_beside_its_sitter_unmapped(tmp_path: Path) -> None:
    # Berne art. 7(1): the term runs from the author's death; the sitter's death year read as
    # the photographer's made Anna Riwkin's portrait of 1930 ok {{PD-old-auto-expired|deathyear=1940}}
    # (her own photographic work is protected in Sweden to 2040, URL 43 §).
    for sitter in ("Avbildad person", "Dargestellte Person", "Sitter", "depictsLabel"):
        columns, text = _starter(tmp_path, PORTRAITS.replace("Avbildad person", sitter))
        assert "Dödsår" not in columns and "Födelseår" not in columns, sitter
        for header, field in (("Dödsår", "photographer_death_year"), ("Födelseår", "photographer_birth_year")):
            note = _comment(text, header)
            assert field in note and f'"{sitter}"' in note and "person the photo shows" in note, sitter
        assert columns["Fotograf"] == "photographer" and columns["Datering"] == "image_date"
    # A header that says whose it is still maps beside the sitter.
    columns, _ = _starter(tmp_path, PORTRAITS.replace(",Dödsår,", ",Fotograf dödsår,"))
    assert columns["Fotograf dödsår"] == "photographer_death_year"
