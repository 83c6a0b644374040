"""An export's second licence column, the image's beside the catalogue record's, is compared
with the licence read (vocabularies/headers.yaml, header_parts). Commons:Licensing: the file's
own licence must be free; a CC0 for the metadata says nothing of the image (review 23b:
CC0 in `Licens` beside CC BY-NC-ND 4.0 in `Bildlicens` was ok {{Cc-zero}})."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.reader import unread_fields


def assess_file(path: Path, *options: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl", *options])
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_image_licence_column_beside_the_metadata_licence_blocks_the_ok(tmp_path: Path) -> None:
    # Sune Jonsson died 2009: his photo of 1965 is protected; only the image's licence counts.
    f = tmp_path / "export.csv"
    f.write_text("id;title;photographer;photographer_death_year;image_date;licence;Bildlicens;origin_country;depicted_type\n"
                 "NM-1;Kvinna vid spinnrock;Sune Jonsson;2009;1965;CC0;CC BY-NC-ND 4.0;SE;landscape\n"
                 "NM-2;Hamnen i Visby;Sune Jonsson;2009;1965;CC0;CC0;SE;landscape\n", encoding="utf-8")
    rows = assess_file(f)
    first, second = rows
    assert first["verdict"] != "ok"
    assert any("bildlicens" in str(e) for e in first["errors"])  # type: ignore[union-attr]
    # The same licence in both: nothing to compare, the row is decided on it.
    assert not any("bildlicens" in str(e) for e in second["errors"])  # type: ignore[union-attr]


def test_headers_holding_a_licence_word_are_licence_lookalikes() -> None:
    names = ["Image license", "mediaLicense", "Lizenz Digitalisat", "Bildlicens", "Fotograf"]
    assert [f for _, f in unread_fields(names, lambda n: n)] == ["licence"] * 4 + ["photographer"]
    # A person beside the licence word: the licensee or licensor, no licence.
    assert unread_fields(["Licensinnehavare", "Lizenzgeber", "Licence holder", "Licensor"], lambda n: n) == []


def test_a_licence_url_column_naming_the_same_licence_is_no_disagreement(tmp_path: Path) -> None:
    # An export's `Licence URL` beside its `Licence`: one licence in two spellings, read alike.
    f = tmp_path / "export.csv"
    f.write_text("id,photographer,photographer_death_year,image_date,licence,Licence URL,origin_country,depicted_type\n"
                 "A,Per Foto,1950,1940,CC BY 4.0,https://creativecommons.org/licenses/by/4.0/,SE,landscape\n"
                 "B,Per Foto,1950,1940,CC BY 4.0,https://creativecommons.org/licenses/by-nc/4.0/,SE,landscape\n",
                 encoding="utf-8")
    same, other = assess_file(f)
    assert not same["errors"]
    assert other["verdict"] != "ok" and other["errors"]


def test_the_profile_names_the_second_licence_column_and_what_follows(tmp_path: Path) -> None:
    # The archivist reads the profile, not the row errors: it says which columns are compared.
    f = tmp_path / "export.csv"
    f.write_text("Identifikator;Fotograf;Licens;Bildlicens\nNM-1;Sune Jonsson;CC0;CC BY-NC-ND 4.0\n", encoding="utf-8")
    out = tmp_path / "export.profile.yaml"
    result = CliRunner().invoke(app, ["profile", str(f), "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert '"Licens": licence' in text
    assert '#   "Bildlicens" looks like licence, as "Licens" mapped to it does' in text


def test_image_licence_nested_in_a_json_record_blocks_the_ok(tmp_path: Path) -> None:
    # Review 23b f08: an API's record whose top-level license is the catalogue record's (CC0) and
    # whose media's is the image's (CC BY-NC-ND 4.0) was ok {{Cc-zero}}; Sune Jonsson died 2009.
    # (The museum named as the holder: CC0 1.0 was first published in 2009, the year he died, so it is
    # no release of his own: tests/test_rules_licence_after_death.py.)
    row = {"id": "DM-4", "title": "Hamnen", "photographer": "Sune Jonsson", "photographer_death_year": "2009",
           "rights_holder": "Västerbottens museum",
           "image_date": "1965", "origin_country": "SE", "depicted_type": "landscape", "licence": "CC0 1.0",
           "media": [{"url": "https://example.org/y.jpg", "license": "CC BY-NC-ND 4.0"}]}
    same = {**row, "id": "DM-5", "media": [{"url": "https://example.org/z.jpg",
                                            "licenseUrl": "https://creativecommons.org/publicdomain/zero/1.0/"}]}
    f = tmp_path / "api.json"
    f.write_text(json.dumps({"records": [row, same]}), encoding="utf-8")
    first, second = assess_file(f)
    assert first["verdict"] == "needs_review" and "{{Cc-zero}}" not in first["templates"]  # type: ignore[operator]
    assert any("media[0].license" in str(e) and "CC BY-NC-ND" in str(e) for e in first["errors"])  # type: ignore[union-attr]
    # The same licence nested as a URL: no disagreement, the row is decided on it.
    assert second["verdict"] == "ok" and not second["errors"]


def test_a_rights_column_without_a_licence_word_blocks_the_ok_where_it_reads_as_a_licence(tmp_path: Path) -> None:
    # Review 24d (g09): CC0 in `licence` (the catalogue record's) beside the image's CC BY-NC-ND 4.0
    # or "Alla rättigheter förbehållna" under `Bildrättigheter`, `Image rights`, `Nutzungsbedingungen`
    # was ok {{Cc-zero}} (Lennart Nilsson, d. 2017). A holder's name under such a header is no licence:
    # nothing to compare, no review (vocabularies/headers.yaml, rights_parts).
    # A bare `Copyright` or `Upphovsrätt` column is one too (session 25: a museum API's `copyright`).
    for header in ("Bildrättigheter", "Image rights", "Nutzungsbedingungen", "Conditions d'utilisation", "Copyright",
                   "Upphovsrätt"):
        f = tmp_path / "export.csv"
        f.write_text(f"id;title;photographer;photographer_death_year;image_date;licence;{header};origin_country;"
                     "depicted_type\n"
                     "N-1;Foster;Lennart Nilsson;2017;1965;CC0;CC BY-NC-ND 4.0;SE;none\n"
                     "N-2;Foster;Lennart Nilsson;2017;1965;CC0;Alla rättigheter förbehållna;SE;none\n"
                     "N-3;Foster;Lennart Nilsson;2017;1965;CC0;© Nordiska museet;SE;none\n", encoding="utf-8")
        first, second, third = assess_file(f)
        assert first["verdict"] == second["verdict"] == "needs_review", header
        assert third["verdict"] == "ok" and not third["errors"], header


def test_the_us_formalities_headers_beside_copyright_are_no_licence_lookalikes() -> None:
    # `Copyright` is a weak licence word, but beside notice, renewal or registration it names the US
    # formalities (17 U.S.C. 401, 304; README, The record), never the image's licence.
    names = ["Copyright notice (US)", "Copyright renewal?", "Copyright registration number", "Copyright-Inhaber"]
    assert unread_fields(names, lambda n: n) == []
    weak = ["Copyright", "Urheberrecht", "Droit d'auteur"]
    assert [f for _, f in unread_fields(weak, lambda n: n)] == ["licence"] * 3


def test_a_nested_copyright_key_reading_as_a_licence_blocks_the_ok(tmp_path: Path) -> None:
    # A museum API's `media: [{"copyright": "CC BY-NC-ND 4.0"}]` beside the record's CC0 (review 24d's
    # leftover): which is the image's the file does not say. A holder's name there is no licence.
    row = {"id": "DM-6", "title": "Hamnen", "photographer": "Sune Jonsson", "photographer_death_year": "2009",
           "rights_holder": "Västerbottens museum",
           "image_date": "1965", "origin_country": "SE", "depicted_type": "landscape", "licence": "CC0 1.0",
           "media": [{"url": "https://example.org/y.jpg", "copyright": "CC BY-NC-ND 4.0"}]}
    holder = {**row, "id": "DM-7", "media": [{"copyright": "© Sune Jonsson"}]}
    f = tmp_path / "api.json"
    f.write_text(json.dumps({"records": [row, holder]}), encoding="utf-8")
    first, second = assess_file(f)
    assert first["verdict"] == "needs_review" and "{{Cc-zero}}" not in first["templates"]  # type: ignore[operator]
    assert any("media[0].copyright" in str(e) for e in first["errors"])  # type: ignore[union-attr]
    assert second["verdict"] == "ok" and not second["errors"]


def test_a_licence_word_beside_notice_or_registration_is_still_the_images_licence() -> None:
    # Review 25e P2: the US formalities' words excepted beside `Copyright` must not switch off a
    # licence column: `Lizenzvermerk`, `License notice` hold the image's licence.
    names = ["Lizenzvermerk", "License notice", "Licentievermelding", "Licensmärkning"]
    assert [f for _, f in unread_fields(names, lambda n: n)] == ["licence"] * 4


def test_a_rights_cell_naming_its_holder_beside_the_licence_is_compared(tmp_path: Path) -> None:
    # Review 25e P6, 25d: "© Holder, licence" is the usual shape of a Copyright cell, and a rights
    # column may say the rights are not cleared ("Rättigheter ej utredda"). CC BY 4.0 beside them
    # was ok; Lennart Nilsson d. 2017.
    f = tmp_path / "export.csv"
    cells = ["© Nordiska museet, CC BY-NC-ND 4.0", "© Foto AB. All rights reserved.", "All rights reserved.",
             "CC BY-NC-ND 4.0 Lennart Nilsson", "Rättigheter ej utredda", "Ej för publicering"]
    lines = "".join(f"N-{i};Foster;Lennart Nilsson;2017;1965;CC BY 4.0;Nordiska museet;{c};SE;none\n"
                    for i, c in enumerate(cells))
    f.write_text("id;title;photographer;photographer_death_year;image_date;licence;rights_holder;Rättighetsstatus;"
                 "origin_country;depicted_type\n" + lines, encoding="utf-8")
    assert [r["verdict"] for r in assess_file(f)] == ["needs_review"] * len(cells)


def test_two_claims_that_the_image_is_pd_agree(tmp_path: Path) -> None:
    # Review 25e P7: PDM beside "Public domain" or "No known copyright restrictions" under
    # `Copyright`: neither is a release, the PD finding stands on its own either way.
    f = tmp_path / "export.csv"
    f.write_text("id;title;photographer;image_date;published_date;licence;Copyright;origin_country;depicted_type\n"
                 "P-1;Hamn;okänd;1900;1900;PDM;Public domain;SE;none\n"
                 "P-2;Hamn;okänd;1900;1900;PDM;No known copyright restrictions;SE;none\n", encoding="utf-8")
    assert [(r["verdict"], r["errors"]) for r in assess_file(f)] == [("ok", []), ("ok", [])]


def test_any_column_reading_as_another_licence_is_compared_whatever_its_header(tmp_path: Path) -> None:
    # Review 25d: `Återanvändning`, `Usage`, exiftool's `UsageTerms` holding CC BY-NC-ND 4.0 or
    # "All rights reserved" beside the catalogue's CC0 were ok {{Cc-zero}}. A column whose cells
    # name no licence (a credit, a place) is nothing to compare.
    for header in ("Återanvändning", "Usage", "UsageTerms", "Credit line"):
        f = tmp_path / "export.csv"
        f.write_text(f"id;title;photographer;photographer_death_year;image_date;licence;{header};origin_country;"
                     "depicted_type\n"
                     "N-1;Foster;Lennart Nilsson;2017;1965;CC0;CC BY-NC-ND 4.0;SE;none\n"
                     "N-2;Foster;Lennart Nilsson;2017;1965;CC0;Foto: Lennart Nilsson / Nordiska museet;SE;none\n",
                     encoding="utf-8")
        first, second = assess_file(f)
        assert first["verdict"] == "needs_review", header
        assert second["verdict"] == "ok" and not second["errors"], header


def test_a_licence_address_in_a_rights_column_is_compared(tmp_path: Path) -> None:
    # Review 25f P1: a Creative Commons address without "cc" in it ("www.creativecommons.org/...")
    # skipped the quick test before the comparison, and CC BY 4.0 beside BY-NC-ND was ok.
    f = tmp_path / "export.csv"
    f.write_text("id;title;photographer;photographer_death_year;image_date;licence;Bildrättigheter;origin_country;"
                 "depicted_type\n"
                 "N-1;Foster;Lennart Nilsson;2017;1965;CC BY 4.0;http://www.creativecommons.org/licenses/by-nc-nd/4.0/;"
                 "SE;none\n", encoding="utf-8")
    assert [r["verdict"] for r in assess_file(f)] == ["needs_review"]


def test_everyday_words_and_pd_notes_in_other_columns_are_no_licence(tmp_path: Path) -> None:
    # Review 25f P2-P4: "Harris & Ewing, Inc." (InC), "Fri" (Swedish: free), a keyword "copyright",
    # "Domaine public" in a note beside CC0: none is a licence the image carries in that column.
    f = tmp_path / "export.csv"
    cells = ["Harris & Ewing, Inc.", "hamn, fri, sommar", '"copyright; photography"', "Domaine public"]
    lines = "".join(f"N-{i};Hamn;Anna Berg;1950;1930;1930;CC0;{c};SE;none\n" for i, c in enumerate(cells))
    f.write_text("id;title;photographer;photographer_death_year;image_date;published_date;licence;Anmärkning;"
                 "origin_country;depicted_type\n" + lines, encoding="utf-8")
    assert [(r["verdict"], r["errors"]) for r in assess_file(f)] == [("ok", [])] * len(cells)


@pytest.mark.parametrize("cell", ["Rechte vorbehalten", "D.R.", "Upphovsrättsligt skyddad - Lennart Nilsson",
                                  "Upphovsrätt gäller", "Användning kräver tillstånd"])
def test_a_rights_column_saying_the_rights_are_kept_blocks_the_ok(tmp_path: Path, cell: str) -> None:
    # Review 25f P6: under `Copyright` beside CC BY 4.0, these were ok on the licence.
    f = tmp_path / "export.csv"
    f.write_text("id;title;photographer;photographer_death_year;image_date;licence;Copyright;origin_country;"
                 f"depicted_type\nN-1;Foster;Lennart Nilsson;2017;1965;CC BY 4.0;{cell};SE;none\n", encoding="utf-8")
    assert [r["verdict"] for r in assess_file(f)] == ["needs_review"]


def test_a_one_record_json_lines_file_with_a_list_of_objects_is_that_record(tmp_path: Path) -> None:
    # Review 32d N6: one line holding a record with `media: [{...}]` was taken as a document holding its
    # records under `media`, and stopped with "no 'id' column (found: license)".
    row = {"id": "DM-8", "title": "Hamnen", "photographer": "Sune Jonsson", "photographer_death_year": "2009",
           "rights_holder": "Västerbottens museum", "image_date": "1965", "origin_country": "SE",
           "depicted_type": "landscape", "licence": "CC0 1.0", "media": [{"license": "CC BY-NC 4.0"}]}
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (only,) = assess_file(f)
    assert only["id"] == "DM-8" and only["verdict"] == "needs_review"
    assert any("media[0].license" in str(e) for e in only["errors"])  # type: ignore[union-attr]
