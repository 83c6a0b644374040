"""A collection system's own codes, read where a profile names the system (`export:`;
vocabularies/exports.yaml): Flickr's API dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.profile import ProfileError, check_value, load_profile, starter
from copyright_check.vocabularies import export_codes

AS_OF = "2026-12-01"
PROFILE = "export: flickr\ncolumns:\n  license: licence\n  datetaken: image_date\n"


def _photo(n: int, licence: object, taken: str, granularity: object, unknown: object = "0") -> dict[str, object]:
    # As flickr.photos.search with extras=license,date_taken,owner_name gives each photo.
    return {"id": f"51000000{n:02d}", "owner": "29454428@N08", "secret": "ab", "server": "65535", "farm": 66,
            "title": f"Photo {n}", "ispublic": 1, "license": licence, "datetaken": taken,
            "datetakengranularity": granularity, "datetakenunknown": unknown, "ownername": "Riksarkivet"}


def _dump(tmp_path: Path, photos: list[dict[str, object]], profile: str = PROFILE) -> tuple[Path, Path]:
    path = tmp_path / "photos.json"
    path.write_text(json.dumps({"photos": {"page": 1, "pages": 1, "perpage": 100, "total": len(photos),
                                           "photo": photos}, "stat": "ok"}), "utf-8")
    prof = tmp_path / "flickr.profile.yaml"
    prof.write_text(profile, "utf-8")
    return path, prof


def _cells(tmp_path: Path, photos: list[dict[str, object]], profile: str = PROFILE) -> list[tuple[str, str, list[str]]]:
    path, prof = _dump(tmp_path, photos, profile)
    return [(r.cells["licence"], r.cells["image_date"], [e.message for e in r.errors])
            for r, _ in prepared_rows(path, mapping=load_profile(prof))]


def test_every_flickr_licence_code_names_a_licence_this_tool_reads() -> None:
    # flickr.photos.licenses.getInfo: 0 All Rights Reserved, 1-6 the CC 2.0 licences, 7 No known
    # copyright restrictions, 8 United States Government Work, 9 CC0, 10 Public Domain Mark.
    codes = export_codes()["flickr"].licence_codes
    assert sorted((c for c in codes if c.isdigit()), key=int) == [str(n) for n in range(11)]
    assert all(check_value("licence", name) for name in codes.values())  # each a licence (ValueError if not)


def test_flickr_licence_numbers_are_read_as_their_licences_where_the_profile_names_flickr(tmp_path: Path) -> None:
    # Commons:Flickr files: CC BY 2.0 and CC0 are accepted; 7 ("No known copyright restrictions")
    # and 10 (the Public Domain Mark) are claims needing a PD finding; 8 gives {{PD-USGov}}.
    photos = [_photo(n, code, "2014-03-07 11:44:16", "0") for n, code in enumerate(["4", 9, "7", "10", "8", "0"])]
    # The owner named as the photographer: CC BY requires its author to be credited (review 14 E3).
    path, prof = _dump(tmp_path, photos, PROFILE + "  ownername: photographer\nassume:\n  depicted_type: none\n")
    result = CliRunner().invoke(app, ["assess", str(path), "--profile", str(prof), "--format", "json", "--as-of", AS_OF,
                                      "-q"])
    assert result.exit_code == 0, result.output
    got = [(r["verdict"], r["templates"], r["reasons"][0]["rule"]) for r in json.loads(result.stdout)]
    assert got[0][:2] == ("ok", ["{{Cc-by-2.0}}"]) and got[1][:2] == ("ok", ["{{Cc-zero}}"])
    assert got[2][0] != "ok" and got[3][0] != "ok" and got[5][0] != "ok"
    assert [r[0] for r in _cells(tmp_path, photos)] == ["CC BY 2.0", "CC0", "no known copyright restrictions", "PDM",
                                                        "united states government work", "all rights reserved"]


def test_a_bare_number_in_a_licence_cell_is_never_a_licence_without_the_profile_saying_flickr(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,licence,image_date\nA,4,1980\n", "utf-8")
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "json", "--as-of", AS_OF, "-q"])
    [row] = json.loads(result.stdout)
    assert row["verdict"] == "needs_review" and row["reasons"][0]["rule"] == "licence-unrecognised"


@pytest.mark.parametrize(("granularity", "read"), [("0", "1980-06-01"), ("4", "1980-06"), (4, "1980-06"), ("6", "1980"),
                                                   (6.0, "1980"), ("8", "circa 1980"), ("", "1980-06-01 00:00:00")])
def test_the_taken_date_is_read_at_the_precision_flickr_gives(tmp_path: Path, granularity: object, read: str) -> None:
    # https://www.flickr.com/services/api/misc.dates.html: "a photo which was taken some time in
    # June 1980 would have a taken date of 1980-06-01 00:00:00 and a granularity of 4"; 6 the
    # year, 8 circa. Read as written it was 1 June 1980 (a "circa 1920" photo taken on 1 January 1920).
    [(_, date, errors)] = _cells(tmp_path, [_photo(1, "4", "1980-06-01 00:00:00", granularity)])
    assert (date, errors) == (read, [])


def test_a_granularity_flickr_may_add_later_is_not_guessed(tmp_path: Path) -> None:
    # Flickr: "additional granularities may be added ... any number between 0 and 10".
    [(_, date, errors)] = _cells(tmp_path, [_photo(1, "4", "1955-01-01 00:00:00", "5")])
    assert date == "" and errors == ["datetakengranularity '5' is not a precision this tool knows (0, 4, 6, 8): "
                                     "the date is read as unknown"]


def test_a_taken_date_flickr_marks_unknown_is_unknown(tmp_path: Path) -> None:
    # datetakenunknown 1: Flickr knows no taken date and gives the upload's.
    [(_, date, errors)] = _cells(tmp_path, [_photo(1, "4", "2019-05-02 10:00:00", "0", unknown=1)])
    assert (date, errors) == ("", [])


def test_an_unknown_export_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    prof = tmp_path / "p.yaml"
    prof.write_text("export: flikr\n", "utf-8")
    with pytest.raises(ProfileError, match="export: unknown export 'flikr' \\(one of: flickr\\)"):
        load_profile(prof)


def test_the_starter_profile_suggests_export_flickr_but_does_not_set_it(tmp_path: Path) -> None:
    path, _ = _dump(tmp_path, [_photo(1, "4", "1980-06-01 00:00:00", "4")])
    text = starter(path).text
    assert "\n# export: flickr\n" in text and "\nexport:" not in text
    assert '"datetaken": image_date' in text and '"license": licence' in text


def _europeana(tmp_path: Path) -> Path:
    # Europeana's Search API items (EDM): "country" is edm:country, the providing institution's.
    path = tmp_path / "search.json"
    items = [{"id": "/2048128/item_2", "country": ["Netherlands"], "dataProvider": ["Rijksmuseum"],
              "dcCreator": ["Kertész, André"], "edmIsShownAt": ["https://www.rijksmuseum.nl/x"],
              "europeanaCollectionName": ["2048128_Ag_NL"], "rights": ["http://creativecommons.org/publicdomain/zero/1.0/"],
              "title": ["Paris street"], "type": "IMAGE", "year": ["1929"]}]
    path.write_text(json.dumps({"success": True, "itemsCount": 1, "items": items}), "utf-8")
    return path


def test_europeanas_country_is_never_proposed_as_the_photos_origin(tmp_path: Path) -> None:
    # EDM: ese:country is mapped to edm:country, a property of the provider's aggregation,
    # not of the object (Europeana, ESE to EDM mapping): the Rijksmuseum's country, not where a
    # Hungarian photographer's Paris street was first published. The starter profile mapped it
    # to origin_country; it leaves it unmapped and says why.
    text = starter(_europeana(tmp_path)).text
    assert '"country": origin_country' not in text
    assert '#   "country" is not origin_country: Europeana\'s country (edm:country) is the country of the institution' \
        in text
    assert '"dcCreator": photographer' in text  # the rest is mapped as before


def test_the_not_read_note_does_not_propose_europeanas_country_as_the_origin(tmp_path: Path) -> None:
    from copyright_check.mapping import Mapping

    assert Mapping().unread(["id", "country", "edmIsShownAt", "rights"]) == [("rights", "licence", "")]
    assert Mapping().unread(["id", "country", "rights"]) == [("country", "origin_country", ""),
                                                             ("rights", "licence", "")]


def test_flickrs_licence_names_are_its_2_0_licences_where_the_profile_names_flickr(tmp_path: Path) -> None:
    # getInfo's names ("Attribution License", https://creativecommons.org/licenses/by/2.0/): no
    # version, so no licence elsewhere (needs_review, licence-unrecognised).
    photos = [_photo(1, "Attribution License", "2014-03-07 11:44:16", "0"),
              _photo(2, "Attribution-ShareAlike License", "2014-03-07 11:44:16", "0")]
    assert [r[0] for r in _cells(tmp_path, photos)] == ["CC BY 2.0", "CC BY-SA 2.0"]
    # Without the profile's word: the licence's name without its version, which the licence
    # reader does not take as any one licence.
    assert [r[0] for r in _cells(tmp_path, photos, PROFILE.replace("export: flickr\n", ""))] == ["CC BY", "CC BY-SA"]


def test_a_flickr_licence_whose_version_the_export_does_not_show_is_never_given_a_version(tmp_path: Path) -> None:
    # Flickr Help (2025): 'Flickr now defaults to Creative Commons 4.0 for all newly uploaded
    # content ... Older content using CC 2.0 will stay that way'; ids 4 and 5 remain the 2.0
    # deeds (getAvailable: id 4 'Attribution License', creativecommons.org/licenses/by/2.0/).
    # The 4.0 licences' ids were found on no stored page, and Commons:Flickr files maps a bare
    # 'Attribution' to {{Cc-by-4.0}} today and to {{Cc-by-2.0}} in its older text: such a
    # licence goes to a person (licence-unrecognised), never onto a page with a guessed version.
    photos = [_photo(n, code, "2014-03-07 11:44:16", "0")
              for n, code in enumerate(["11", "12", "16", "Attribution", "Attribution-ShareAlike", "4", "5"])]
    # The owner named as the photographer: CC BY requires its author to be credited (review 14 E3).
    path, prof = _dump(tmp_path, photos, PROFILE + "  ownername: photographer\nassume:\n  depicted_type: none\n")
    result = CliRunner().invoke(app, ["assess", str(path), "--profile", str(prof), "--format", "json", "--as-of", AS_OF,
                                      "-q"])
    assert result.exit_code == 0, result.output
    got = [(r["verdict"], r["templates"], [x["rule"] for x in r["reasons"]]) for r in json.loads(result.stdout)]
    for verdict, templates, rules in got[:5]:
        assert verdict == "needs_review" and templates == [] and "licence-unrecognised" in rules
    assert [g[1] for g in got[5:]] == [["{{Cc-by-2.0}}"], ["{{Cc-by-sa-2.0}}"]]
