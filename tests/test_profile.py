"""Column mapping (--map, profile columns:), value mapping (values:), assumptions
(--assume, profile assume:) and bad profiles (one line naming file and key, exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.profile import ProfileError, load_profile

runner = CliRunner()
AS_OF = "2026-11-24"
# A Swedish export: Oscar Halldin (d. 1948), a simple photo of a building, published when made.
NATIVE = ("Identifikator;Fotograf;Fotograf dödsår;Datering;Publicerad;Licens;Motiv;Placering;Avbildat land\n"
          "SMV-1;Oscar Halldin;1948;1921;1921;;byggnad;offentlig plats;Sverige\n")


def _assess(tmp_path: Path, *args: str, text: str = NATIVE) -> tuple[int, list[dict[str, object]], str]:
    path = tmp_path / "export.csv"
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["assess", str(path), "--as-of", AS_OF, "--format", "jsonl", *args])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, rows, result.output


def _profile(tmp_path: Path, text: str) -> str:
    p = tmp_path / "p.yaml"
    p.write_text(text, "utf-8")
    return str(p)


COLUMNS = ("columns:\n  Identifikator: id\n  Fotograf: photographer\n  Fotograf dödsår: photographer_death_year\n"
           "  Datering: image_date\n  Publicerad: published_date\n  Licens: licence\n  Motiv: depicted_type\n"
           "  Placering: depicted_setting\n"
           "  Avbildat land: depicted_country\n")


def test_unmapped_header_without_id_is_a_usage_error(tmp_path: Path) -> None:
    code, _, output = _assess(tmp_path)
    assert code == 2 and "no 'id' column" in output


def test_map_option_renames_columns(tmp_path: Path) -> None:
    maps = [a for pair in (("--map", "Identifikator=id"), ("--map", "Motiv=depicted_type")) for a in pair]
    code, rows, output = _assess(tmp_path, *maps)
    assert code == 0, output
    assert rows[0]["id"] == "SMV-1"
    assert not [e for e in rows[0]["errors"] if e["column"] == "depicted_type"]  # byggnad was understood


def test_profile_columns_and_native_words_give_the_english_verdict(tmp_path: Path) -> None:
    english = ("id,photographer,photographer_death_year,image_date,published_date,depicted_type,depicted_setting,"
               "depicted_country,origin_country\nSMV-1,Oscar Halldin,1948,1921,1921,building,outdoor_public,SE,SE\n")
    _, want, _ = _assess(tmp_path, text=english)
    code, got, output = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS), "--assume", "origin_country=SE")
    assert code == 0, output
    assert (got[0]["verdict"], got[0]["templates"]) == (want[0]["verdict"], want[0]["templates"])


def test_profile_values_map_their_own_words(tmp_path: Path) -> None:
    text = NATIVE.replace("byggnad", "slott")
    _, rows, _ = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS), text=text)
    assert any(e["column"] == "depicted_type" for e in rows[0]["errors"])  # not a word we know
    own = COLUMNS + "values:\n  depicted_type:\n    Slott: building\n"
    _, rows, _ = _assess(tmp_path, "--profile", _profile(tmp_path, own), text=text)
    assert not any(e["column"] == "depicted_type" for e in rows[0]["errors"])


def test_map_option_overrides_the_profile(tmp_path: Path) -> None:
    profile = _profile(tmp_path, COLUMNS.replace("Motiv: depicted_type", "Motiv: title"))
    _, rows, _ = _assess(tmp_path, "--profile", profile, "--map", "Motiv=depicted_type")
    assert not any(e["column"] == "depicted_type" for e in rows[0]["errors"])


@pytest.mark.parametrize(("profile", "names"), [
    ("columns:\n  Fotograf: fotografer\n", "columns.Fotograf: unknown field 'fotografer'"),
    ("values:\n  depicted_type:\n    slott: castle\n", "values.depicted_type.slott: unknown vocabulary word 'castle'"),
    ("assume:\n  origin_country: Narnia\n", "assume.origin_country: not a country"),
    ("assume:\n  origin_countri: SE\n", "assume.origin_countri: unknown field"),
    ("colums:\n  Fotograf: photographer\n", "colums: unknown key"),
    ("columns:\n  Fotograf: photographer\n   bad: [\n", "line 3: not valid YAML"),
])
def test_bad_profile_is_one_line_naming_file_and_key(tmp_path: Path, profile: str, names: str) -> None:
    path = _profile(tmp_path, profile)
    code, _, _ = _assess(tmp_path, "--profile", path)
    assert code == 2
    with pytest.raises(ProfileError) as err:
        load_profile(Path(path))
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ") and names in message


@pytest.mark.parametrize("bad", ["origin_country", "origin_country=", "colour=red", "photo_kind=artistic"])
def test_bad_assume_option_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    code, _, _ = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS), "--assume", bad)
    assert code == 2


# -- assumptions -------------------------------------------------------------------------
def test_missing_fact_stays_open_without_an_assumption(tmp_path: Path) -> None:
    # Commons:Licensing: PD must hold in the country of origin; unknown origin is not PD.
    _, rows, _ = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS))
    assert rows[0]["verdict"] == "needs_review"
    assert not any(r["rule"].startswith("assumed:") for r in rows[0]["reasons"])


def test_assumption_fills_an_empty_cell_and_is_cited(tmp_path: Path) -> None:
    _, rows, _ = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS), "--assume", "origin_country=SE")
    row = rows[0]
    assert row["verdict"] == "ok"
    cited = [r for r in row["reasons"] if r["rule"] == "assumed:origin_country"]
    assert len(cited) == 1 and "'SE'" in cited[0]["text"] and "institution states" in cited[0]["text"]
    assert row["reasons"][-1]["rule"].startswith("ok-")  # the verdict's own sentence stays last


def test_assumption_never_overrides_a_value(tmp_path: Path) -> None:
    text = NATIVE.replace("Avbildat land\n", "Avbildat land;Land\n").replace("Sverige\n", "Sverige;US\n")
    profile = _profile(tmp_path, COLUMNS + "  Land: origin_country\nassume:\n  origin_country: SE\n")
    _, rows, _ = _assess(tmp_path, "--profile", profile, text=text)
    assert not any(r["rule"] == "assumed:origin_country" for r in rows[0]["reasons"])
    _, english, _ = _assess(tmp_path, "--profile", _profile(tmp_path, COLUMNS + "  Land: origin_country\n"), text=text)
    assert rows[0]["verdict"] == english[0]["verdict"]


def test_assumption_the_verdict_does_not_rest_on_is_not_cited(tmp_path: Path) -> None:
    # The licence decides a CC BY-SA photo of a landscape; its publication date does not.
    text = ("id,photographer,licence,depicted_type,origin_country,image_date\n"
            "A,Per Foto,CC BY-SA 4.0,landscape,SE,2015\n")
    _, rows, _ = _assess(tmp_path, "--assume", "published_date=image_date", text=text)
    assert rows[0]["verdict"] == "ok"
    assert not any(r["rule"].startswith("assumed:") for r in rows[0]["reasons"])


def test_published_when_made_copies_the_image_date(tmp_path: Path) -> None:
    # Postcards published when made: US term runs from publication (Commons:Hirtle chart).
    text = ("id,photographer,photographer_death_year,image_date,origin_country,photo_kind,depicted_type\n"
            "P,Oscar Halldin,1948,1921,SE,photographic_work,landscape\n")
    _, without, _ = _assess(tmp_path, text=text)
    _, rows, _ = _assess(tmp_path, "--assume", "published_date=image_date", text=text)
    assert without[0]["verdict"] == "needs_review"
    assert rows[0]["verdict"] == "ok"
    cited = [r for r in rows[0]["reasons"] if r["rule"] == "assumed:published_date"]
    assert cited and "image_date (1921)" in cited[0]["text"]


def test_assumption_shown_in_csv_and_table_output(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(NATIVE, "utf-8")
    profile = _profile(tmp_path, COLUMNS + "assume:\n  origin_country: SE\n")
    for fmt in ("csv", "table"):
        result = runner.invoke(app, ["assess", str(path), "--as-of", AS_OF, "--profile", profile, "--format", fmt])
        assert result.exit_code == 0
        shown = " ".join(result.stdout.replace("│", " ").split())
        assert "the whole batch that origin_country is 'SE'" in shown


def test_profile_command_writes_a_starter_profile(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(NATIVE.replace("byggnad", "slott"), "utf-8")
    out = tmp_path / "p.yaml"
    result = runner.invoke(app, ["profile", str(path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert '"Identifikator": id' in text and '"Fotograf dödsår": photographer_death_year' in text
    # "offentlig plats" says the place is public, not that it is outdoors (URL 24 §: "utomhus
    # på eller vid allmän plats"): proposed as unknown, for the institution to settle once.
    assert '"offentlig plats": unknown' in text
    assert '"slott" ×1' in text  # not understood: listed as a comment with its count
    again = runner.invoke(app, ["assess", str(path), "--as-of", AS_OF, "--profile", str(out)])
    assert again.exit_code == 0, again.output


def test_generated_profile_cannot_be_injected_through_a_header(tmp_path: Path) -> None:
    """YAML ends a comment at U+2028/U+2029/U+0085 as at a newline: a header holding one must
    not become profile entries."""
    import yaml

    path = tmp_path / "r.csv"
    path = tmp_path / "r\ncolumns: {y: id}\n\x9b31m.csv"  # the file name is written into the profile too
    path.write_text("id,Fotograf\u2028columns: {x: id}\u0085assume: {origin_country: SE}\n1,a\x9b\n", "utf-8")
    out = tmp_path / "p.yaml"
    assert runner.invoke(app, ["profile", str(path), "-o", str(out)]).exit_code == 0
    text = out.read_text("utf-8")
    data = yaml.safe_load(text)
    assert data["columns"] == {"id": "id"} and not data.get("assume")
    assert "\x9b" not in text


def test_profile_with_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text('columns:\n  "Fotograf": photographer\n  "Fotograf": depicted_creator\n', "utf-8")
    with pytest.raises(ProfileError, match="duplicate key 'Fotograf'"):
        load_profile(path)


def test_profile_shows_a_long_cell_cut_as_its_example(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(NATIVE.replace("SMV-1;", "SMV-1;" + "x" * 5000 + ";", 1)
                    .replace("Identifikator;", "Identifikator;Anmärkning;", 1), "utf-8")
    out = tmp_path / "p.yaml"
    assert runner.invoke(app, ["profile", str(path), "--output", str(out)]).exit_code == 0
    text = out.read_text("utf-8")
    assert '"Anmärkning": 1 distinct values' in text and "… (5000 characters)" in text
    assert len(text) < 3000


def test_columns_that_look_like_record_fields_but_are_not_read_are_named() -> None:
    # Without a profile only the record's own names are read: an American "License" column
    # would silently be no licence. The run names it, with the --map that reads it; a column
    # mapped is not named. A column of a field another column already holds passes through
    # unread whatever it says, so it is named with the column read instead (review 9 R13).
    from copyright_check.mapping import Mapping

    written = ["ID", "License", "Fotograf dödsår", "Photographer_death_year", "Title", "Anmärkning"]
    assert Mapping().unread(written) == [("License", "licence", ""),
                                         ("Fotograf dödsår", "photographer_death_year", "Photographer_death_year")]
    assert Mapping(columns={"license": "licence"}).unread(["ID", "License"]) == []
    assert Mapping().unread(["Inventarnummer", "Land"]) == [("Inventarnummer", "id", ""),
                                                            ("Land", "origin_country", "")]


def test_the_note_on_unread_columns_gives_the_map_that_reads_each(capsys: pytest.CaptureFixture[str]) -> None:
    from copyright_check import console

    console.print_unread_columns([("License", "licence", ""), ("license", "licence", "licence")])
    err = " ".join(capsys.readouterr().err.split())
    assert "'License' looks like licence (--map 'License=licence')" in err
    assert "'license' looks like licence, which is read from 'licence' instead" in err


def test_columns_not_read_are_named_when_piped_and_in_the_summary_file(tmp_path: Path) -> None:
    # Review 9 R13: `licence` and `license` both present, the output piped: the second was
    # silently ignored (the note showed only on a terminal). It is named on stderr, piped or
    # not (not with --quiet), and in --summary's `unread_columns` for a script.
    from typer.testing import CliRunner

    from copyright_check.cli import app

    path = tmp_path / "lic.csv"
    path.write_text("id,licence,license,Land\nA1,CC BY 4.0,CC BY-NC 4.0,SE\n", "utf-8")
    summary = tmp_path / "s.json"
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                                      "--as-of", "2026-12-01", "--summary", str(summary)])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert "'license' looks like licence, which is read from 'licence' instead" in err
    # "Land" does not say whose country it is: the photo's origin or the depicted work's (F10).
    assert ("'Land' looks like origin_country or, if it is the depicted work's, depicted_country "
            "(--map 'Land=origin_country' or --map 'Land=depicted_country')") in err
    assert json.loads(summary.read_text("utf-8"))["unread_columns"] == [
        {"column": "license", "field": "licence", "read_from": "licence"},
        {"column": "Land", "field": "origin_country", "read_from": None}]
    quiet = CliRunner().invoke(app, ["assess", str(path), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                                     "--as-of", "2026-12-01", "--quiet"])
    assert quiet.exit_code == 0 and "not read" not in quiet.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_profile_saved_by_an_editor_in_another_encoding_reads_the_same(tmp_path: Path, encoding: str) -> None:
    # Notepad's "Unicode" (UTF-16) and "ANSI" (Windows-1252), or a BOM: the same profile
    # (it stopped with "cannot be read: 'utf-8' codec can't decode …").
    path = tmp_path / "p.yaml"
    path.write_bytes(COLUMNS.encode(encoding))
    assert load_profile(path).columns == load_profile(Path(_profile(tmp_path, COLUMNS))).columns
    assert load_profile(path).columns["fotograf_dödsår"] == "photographer_death_year"


def test_profile_made_from_a_named_sheet_reads_that_sheet(tmp_path: Path) -> None:
    # `profile export.xlsx --sheet Bilder`, then `assess --profile` without --sheet: the
    # profile carries the sheet (it read the cover sheet and stopped on "no id column").
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Read me first"])
    ws = book.create_sheet("Bilder")
    for line in NATIVE.splitlines():
        ws.append(line.split(";"))
    book.save(tmp_path / "e.xlsx")
    out = tmp_path / "p.yaml"
    assert runner.invoke(app, ["profile", str(tmp_path / "e.xlsx"), "--sheet", "Bilder", "-o", str(out)]).exit_code == 0
    assert load_profile(out).sheet == "Bilder"
    result = runner.invoke(app, ["assess", str(tmp_path / "e.xlsx"), "--profile", str(out), "--format", "jsonl",
                                 "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["id"] == "SMV-1"


@pytest.mark.parametrize("endless", ["/dev/zero", "big"])
def test_profile_larger_than_a_profile_can_be_stops_with_one_line_not_read_whole(tmp_path: Path, endless: str) -> None:
    # /dev/zero never ends; a 2 MiB file is another file given by mistake. Either is read
    # only up to the cap (profile.MAX_PROFILE_BYTES), then refused as a bad option: exit 2.
    if endless == "big":
        endless = _profile(tmp_path, "# " + "x" * (2 * 1024 * 1024) + "\n")
    code, rows, output = _assess(tmp_path, "--profile", endless)
    assert code == 2 and rows == []
    assert f"{endless}: larger than 1 MiB, so not a profile" in output


# Axiell/Adlib exports a production date as its first and last year, two columns.
ADLIB = ("object_number;creator;creator.date_of_death;production.date.start;production.date.end;"
         "production.place;rights.type\n"
         "UM-1;Oscar Halldin;1948;1920;1925;Uppsala;\n"
         "UM-2;Oscar Halldin;1948;1920;;Uppsala;\n"
         "UM-3;Oscar Halldin;1948;1925;1920;Uppsala;\n")


def test_a_periods_start_and_end_columns_are_both_mapped_and_read_as_the_span(tmp_path: Path) -> None:
    # Mapped to the start alone, a photo made 1920-1925 was read as made in 1920: the end
    # year, which can decide a term, was silently left out.
    (tmp_path / "export.csv").write_text(ADLIB, "utf-8")
    out = tmp_path / "p.yaml"
    result = runner.invoke(app, ["profile", str(tmp_path / "export.csv"), "--output", str(out)])
    assert result.exit_code == 0, result.output
    profile = load_profile(out)
    assert profile.columns["production.date.start"] == profile.columns["production.date.end"] == "image_date"
    code, rows, output = _assess(tmp_path, "--profile", str(out), "--explain", text=ADLIB)
    assert code == 0, output
    read = [r.cells["image_date"] for r, _ in prepared_rows(tmp_path / "export.csv", mapping=profile)]
    assert read == ["1920/1925", "1920", "1925"]
    # Out of order, they disagree: the row's error, as any repeated column's.
    assert [e["column"] for e in rows[2]["errors"]] == ["image_date"]
    assert rows[0]["errors"] == rows[1]["errors"] == []


def test_dublin_core_and_digitaltmuseum_headers_are_proposed_as_their_fields(tmp_path: Path) -> None:
    # Omeka S exports Dublin Core terms as its columns (dcterms:identifier, …); DigitaltMuseum's
    # API names its fields artifact.ingress.*: both were left unmapped, every fact unknown.
    (tmp_path / "omeka.csv").write_text("o:id,dcterms:identifier,dcterms:title,dcterms:creator,dcterms:created,"
                                        "dcterms:rights,dcterms:rightsHolder\n"
                                        "1,KMB-1,Slottet,Oscar Halldin,1920,CC0,Riksantikvarieämbetet\n", "utf-8")
    out = tmp_path / "p.yaml"
    assert runner.invoke(app, ["profile", str(tmp_path / "omeka.csv"), "--output", str(out)]).exit_code == 0
    assert load_profile(out).columns == {"dcterms:identifier": "id", "dcterms:title": "title",
                                         "dcterms:creator": "photographer", "dcterms:created": "image_date",
                                         "dcterms:rights": "licence", "dcterms:rightsholder": "rights_holder"}


@pytest.mark.parametrize("header", ["Identifikationsnummer", "IDENTIFIKATIONSNUMMER", "Identifikationsnr"])
def test_the_identification_number_header_of_museum_databases_is_proposed_as_the_id(
        tmp_path: Path, header: str) -> None:
    # Review 18 M1 (play/carlotta18.xlsx): a Swedish collection export whose id column is
    # "Identifikationsnummer" was listed as not recognised, and assess stopped for want of an
    # id. Deutsche Digitale Bibliothek, Inventarnummer: "Mögliche Datenfeldbezeichnungen in
    # Datenbanken: Identifikationsnummer" (stored
    # https://wiki.deutsche-digitale-bibliothek.de/spaces/DFD/pages/120422755/Inventarnummer+Pflicht).
    path = tmp_path / "export.csv"
    path.write_text(NATIVE.replace("Identifikator", header), "utf-8")
    out = tmp_path / "p.yaml"
    result = runner.invoke(app, ["profile", str(path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert load_profile(out).columns[header.lower()] == "id"
    code, rows, said = _assess(tmp_path, "--profile", str(out), text=NATIVE.replace("Identifikator", header))
    assert code == 0, said
    assert [r["id"] for r in rows] == ["SMV-1"]
