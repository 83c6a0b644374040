"""A profile's `values:` gives meanings to an export's own words; it never makes a word the
vocabulary already reads mean something else (README "Words": a word that would mean two things
is refused when the file loads). Review 10, F13: `"CC BY-NC 4.0": "CC BY 4.0"` turned a licence
Commons refuses (Commons:Licensing: "must allow commercial use") into one it accepts, and
nothing in any output showed it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.profile import ProfileError, load_profile

runner = CliRunner()


def _profile(tmp_path: Path, values: str) -> Path:
    path = tmp_path / "export.profile.yaml"
    path.write_text("columns: {}\n# values: below\nvalues:\n" + values, "utf-8")
    return path


@pytest.mark.parametrize("values, field, word", [
    ('  licence:\n    "CC BY-NC 4.0": "CC BY 4.0"\n', "licence", "CC BY-NC 4.0"),
    ("  licence:\n    all rights reserved: CC0\n", "licence", "all rights reserved"),
    ("  licence:\n    Fri att använda: CC0\n", "licence", "Fri att använda"),  # a PD claim, no release
    ("  depicted_setting:\n    private: outdoor_public\n", "depicted_setting", "private"),
    ("  depicted_permanent:\n    nej: yes\n", "depicted_permanent", "nej"),
    ("  depicted_type:\n    byggnad: none\n", "depicted_type", "byggnad"),
    ("  origin_country:\n    Sverige: US\n", "origin_country", "Sverige"),
    ('  photographer_death_year:\n    "1948": "1900"\n', "photographer_death_year", "1948"),
])
def test_a_word_the_vocabulary_reads_cannot_be_made_to_mean_another(tmp_path: Path, values: str, field: str,
                                                                      word: str) -> None:
    path = _profile(tmp_path, values)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    message = str(err.value)
    assert message.startswith(f"{path}: values.{field}.{word} (line 5): '{word}' already means ")


@pytest.mark.parametrize("values", [
    "  depicted_type:\n    slott: building\n",  # a word of their own
    "  depicted_setting:\n    utomhus: outdoor_public\n",  # read as unknown: README asks for this line
    "  depicted_type:\n    byggnad: building\n",  # the starter profile says again what is read
    "  licence:\n    Erkännande-DelaLika 4.0 Internationell: CC BY-SA 4.0\n",
    "  licence:\n    cc by 4.0: CC BY 4.0\n",
    '  image_date:\n    "ca 1920": "1915/1925"\n',
    "  origin_country:\n    okänt: SE\n",  # an unknown word given a meaning, as assume: would
])
def test_a_word_given_its_meaning_or_one_the_vocabulary_lacks_is_taken(tmp_path: Path, values: str) -> None:
    load_profile(_profile(tmp_path, values))


def test_the_command_stops_with_one_line_naming_the_file_and_line(tmp_path: Path) -> None:
    export = tmp_path / "pv.csv"
    export.write_text("id,photographer,image_date,origin_country,photo_kind,licence,depicted_type\n"
                      "PV1,Per Foto,2020,SE,photographic_work,CC BY-NC 4.0,none\n", "utf-8")
    profile = _profile(tmp_path, '  licence: {"CC BY-NC 4.0": "CC BY 4.0"}\n')
    result = runner.invoke(app, ["assess", str(export), "--profile", str(profile), "--as-of", "2026-12-01",
                                 "--format", "jsonl"])
    assert result.exit_code == 2
    assert "values.licence.CC BY-NC 4.0 (line 4): 'CC BY-NC 4.0' already means" in " ".join(result.output.split())
    assert '"verdict"' not in result.output


def test_the_example_exports_profiles_still_load() -> None:
    root = Path(__file__).resolve().parent.parent / "examples" / "exports"
    profiles = sorted(root.glob("*.profile.yaml"))
    assert profiles
    for path in profiles:
        load_profile(path)
