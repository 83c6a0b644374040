"""A JSON or JSON Lines export is read in the text encodings a CSV export is read in, or
refused with one line (exit 2); never an internal error (review 17 M1). README's exit table: 2 is
an input "that cannot be used (… not a text encoding …)", 3 "an internal error (a bug …)"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check.batch import prepared_rows
from copyright_check.cli import app
from copyright_check.reader import InputError

runner = CliRunner()
RECORDS = [{"id": "J1", "photographer": "Åsa Öberg", "photographer_death_year": 1948, "image_date": "1921"},
           {"id": "J2", "photographer": "okänd", "image_date": "1960"}]
LINES = "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in RECORDS)


def _rows(path: Path, encoding: str | None = None) -> list[tuple[str, str, list[str]]]:
    return [(row.cells["id"], row.cells["photographer"], [e.column for e in row.errors])
            for row, _ in prepared_rows(path, encoding=encoding)]


WANT = [("J1", "Åsa Öberg", []), ("J2", "okänd", [])]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_json_lines_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path: Path, codec: str) -> None:
    # PowerShell 5's `>` and Out-File write UTF-16 LE with its mark: the first byte (0xFF) ended
    # the run as "internal error: UnicodeDecodeError", exit 3. A CSV file in it was read.
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    path = tmp_path / "export.jsonl"
    path.write_bytes(bom + LINES.encode(codec))
    assert _rows(path) == WANT


def test_a_json_array_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(json.dumps(RECORDS, ensure_ascii=False, indent=1).encode("utf-16"))
    assert _rows(path) == WANT
    one_a_line = tmp_path / "lines.json"  # objects one a line, named .json: JSON Lines
    one_a_line.write_bytes(LINES.encode("utf-16"))
    assert _rows(one_a_line) == WANT


def test_encoding_applies_to_json_lines_as_to_csv(tmp_path: Path) -> None:
    # --encoding cp1252 was not applied to a .jsonl: exit 3 with it as without it.
    path = tmp_path / "export.jsonl"
    path.write_bytes(LINES.encode("cp1252"))
    assert _rows(path, "cp1252") == WANT
    result = runner.invoke(app, ["assess", str(path), "--encoding", "cp1252", "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines() if line.startswith("{")] == ["J1", "J2"]


def test_a_code_page_json_lines_file_is_read_or_refused_as_the_csv_reader_does(tmp_path: Path) -> None:
    # Without --encoding, the code page is chosen from the bytes as a CSV file's is
    # (codepages.choose); where two code pages read a word differently it is refused with the
    # option that reads it: exit 2 with one line, not 3.
    path = tmp_path / "export.jsonl"
    path.write_bytes(LINES.encode("cp1252"))
    try:
        assert _rows(path) == WANT
    except InputError as refused:
        assert "--encoding cp1252" in str(refused)
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "-o", "-"])
    assert result.exit_code in (0, 2), result.output
    assert "internal error" not in result.output


def test_a_byte_not_valid_in_a_utf8_json_lines_file_is_its_cells_error(tmp_path: Path) -> None:
    # One Windows-1252 line pasted into a UTF-8 export: that cell is unreadable, with its error,
    # as the same bytes in a CSV cell are; every row is still there, in order.
    path = tmp_path / "joined.jsonl"
    path.write_bytes(LINES.encode("utf-8") + '{"id": "J3", "photographer": "Nyström"}\n'.encode("cp1252")
                     + b'{"id": "J4"}\n')
    rows = _rows(path)
    assert [r[0] for r in rows] == ["J1", "J2", "J3", "J4"]
    assert rows[2] == ("J3", "", ["photographer"])


def test_utf16_json_lines_without_a_byte_order_mark_is_refused_naming_the_option(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes(LINES.encode("utf-16-le"))
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 2
    assert "--encoding utf-16-le" in result.output
    assert _rows(path, "utf-16-le") == WANT


def test_a_utf32_csv_file_is_read_as_utf32_not_as_utf16(tmp_path: Path) -> None:
    # UTF-32 LE's mark begins with UTF-16 LE's: read as UTF-16, every other character was NUL.
    path = tmp_path / "export.csv"
    path.write_bytes("id,photographer\r\nC1,Åsa Öberg\r\n".encode("utf-32"))
    assert [(r[0], r[1]) for r in _rows(path)] == [("C1", "Åsa Öberg")]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_column_name_with_a_byte_not_valid_in_the_file_is_written_with_a_replacement_character(
        tmp_path: Path, suffix: str) -> None:
    # A UTF-8 export whose one header holds a Windows-1252 byte: the name kept the byte as a lone
    # surrogate, which no output can encode: the CSV output ended as an internal error, exit 3.
    path = tmp_path / f"export{suffix}"
    text = ('{"id": "K0", "title": "Gröna Lund, Hästen"}\n{"id": "K1", "photogr\udce4pher": "x"}\n'
            if suffix == ".jsonl" else "id,photogr\udce4pher,title\nK0,x,Gröna Lund Hästen\n")
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    result = runner.invoke(app, ["assess", str(path), "--format", "csv", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "photogr\ufffdpher" in result.stdout.splitlines()[0]
