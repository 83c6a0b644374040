"""The exit-code contract (README, issue 13): 0 assessed, 1 only for --fail-on, 2 for a
usage, input, output or data-file error, 3 for an internal error — each one line on
stderr, the traceback only with --debug."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copyright_check import batch, cli
from copyright_check.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
runner = CliRunner()


def _one_line_error(stderr: str) -> bool:
    lines = stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("error:") and "Traceback" not in stderr


def _broken_assessor(exc: BaseException) -> type:
    class Broken:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise exc

    return Broken


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_internal_error_is_exit_3_one_line(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.setattr(cli, "Assessor", _broken_assessor(RuntimeError("a bug\nover two lines")))
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", fmt])
    assert result.exit_code == 3 and _one_line_error(result.stderr)
    assert "RuntimeError: a bug over two lines" in result.stderr and "--debug" in result.stderr


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "Assessor", _broken_assessor(RuntimeError("a bug")))
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--debug"])
    assert isinstance(result.exception, RuntimeError)


def test_memory_error_is_exit_3_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "Assessor", _broken_assessor(MemoryError()))
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "csv"])
    assert result.exit_code == 3 and _one_line_error(result.stderr) and "memory" in result.stderr


def test_internal_error_message_quotes_a_bounded_excerpt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "Assessor", _broken_assessor(ValueError("x" * 1_000_000)))
    result = runner.invoke(app, ["assess", str(EXAMPLE)])
    assert result.exit_code == 3 and len(result.stderr) < 1000


@pytest.mark.parametrize("encoding", ["rot13", "base64", "zlib", "no-such-codec"])
def test_encoding_that_is_not_a_text_encoding_is_a_usage_error(encoding: str) -> None:
    result = runner.invoke(app, ["assess", str(EXAMPLE), "--encoding", encoding])
    assert result.exit_code == 2 and "Traceback" not in result.output and "--encoding" in result.stderr


def test_careless_and_hostile_inputs_exit_2_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    odd = tmp_path / "a\x1b[31m\udcff.csv"  # an escape sequence and a byte that is not UTF-8
    for path in (tmp_path, tmp_path / "missing.csv", binary, empty, odd, Path("")):
        result = runner.invoke(app, ["assess", str(path), "--format", "jsonl"])
        assert result.exit_code == 2 and _one_line_error(result.stderr), (path, result.output)
        assert "\x1b" not in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["assess", "profile", "calendar"])
def test_a_device_given_as_the_export_is_refused_at_once(command: str) -> None:
    # /dev/zero never ends and has no line break: read as an export it kept the run busy
    # forever, saying nothing (review 9). Through a name and through standard input alike.
    for args, stdin in (([command, "/dev/zero"], None), ([command, "-"], "/dev/zero")):
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
            run = subprocess.run([sys.executable, "-m", "copyright_check.cli", *args], stdin=inp,
                                 capture_output=True, text=True, timeout=60, check=False)
        assert run.returncode == 2 and _one_line_error(run.stderr), (args, run.stderr)
        assert "is a device, not a file of records" in run.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("source", ["cat /dev/zero", "yes abc | tr -d '\\n'"])
def test_a_pipe_without_end_or_line_break_is_refused_at_once(source: str) -> None:
    # `cat /dev/zero | copyright-check assess -` spun forever (review 9 R13): a pipe is no
    # device, and its endless NULs were read as one header line without end. So was any
    # text without a line break. Both stop with one line, exit 2.
    run = subprocess.run(["bash", "-c", f"{source} | {sys.executable} -m copyright_check.cli assess - --format jsonl"],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 2 and _one_line_error(run.stderr), run.stderr
    assert ("holds only NUL bytes" in run.stderr) == ("zero" in source)


@pytest.mark.parametrize(("codec", "named"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_without_a_byte_order_mark_is_named_with_the_encoding_that_reads_it(
        tmp_path: Path, codec: str, named: str) -> None:
    # Review 9 R13: read as UTF-8, a BOM-less UTF-16 file's header was a garbled list of
    # NUL-separated letters. It is named, and the --encoding given reads it.
    path = tmp_path / "u16.csv"
    path.write_bytes("id,photographer,image_date\nA1,Östberg,1920\n".encode(codec))
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl"])
    assert result.exit_code == 2 and _one_line_error(result.stderr)
    assert f"looks like UTF-16 without a byte order mark: --encoding {named}" in result.stderr
    read = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--encoding", named, "--as-of", "2026-12-01"])
    assert read.exit_code == 0 and json.loads(read.stdout.splitlines()[0])["id"] == "A1"


def test_a_nul_byte_in_a_utf8_cell_is_still_that_cells_error(tmp_path: Path) -> None:
    # Not UTF-16 and not a file of NULs: one NUL in one cell (README, Messy input).
    path = tmp_path / "nul.csv"
    path.write_bytes(b"id,photographer,image_date\nA1,Oscar\x00Halldin,1920\nA2,Anna,1921\n")
    result = runner.invoke(app, ["assess", str(path), "--format", "jsonl", "--as-of", "2026-12-01"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2


def test_fail_on_is_the_only_exit_1() -> None:
    clean = runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "--fail-on", "not_ok",
                                "--as-of", "9999-12-31"])
    assert clean.exit_code == 0  # nothing is protected in 9999 (the needs_review rows do not count)
    assert runner.invoke(app, ["assess", str(EXAMPLE), "--format", "jsonl", "--as-of", "2026-11-24"]).exit_code == 0


def test_closed_stdout_and_broken_pipe_are_one_line_not_a_traceback(tmp_path: Path) -> None:
    script = [sys.executable, "-m", "copyright_check.cli", "assess", str(EXAMPLE), "--format", "jsonl"]
    closed = subprocess.run(script, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: os.close(1), check=False)
    assert closed.returncode == 2 and _one_line_error(closed.stderr)
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first write raises EPIPE
    try:
        piped = subprocess.run(script, stdout=writer, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(writer)
    assert piped.returncode == 2 and _one_line_error(piped.stderr) and "broken pipe" in piped.stderr


def test_jobs_are_capped_by_cores_and_by_file_size(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(batch, "_cores", lambda: 4)
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    small.write_bytes(b"id\n1\n")
    with big.open("wb") as f:
        f.truncate(batch.PARALLEL_MIN_BYTES + 2 * batch.JOB_MIN_BYTES)  # sparse: size only
    assert batch.jobs_for(small, 10_000) == 1
    assert batch.jobs_for(big, 10_000) == 4  # the cores
    assert batch.jobs_for(big, 2) == 2
    assert batch.jobs_for(big, None) == 4
    monkeypatch.setattr(batch, "_cores", lambda: 64)
    assert batch.jobs_for(big, 10_000) == (batch.PARALLEL_MIN_BYTES + 2 * batch.JOB_MIN_BYTES) // batch.JOB_MIN_BYTES
    assert batch.jobs_for(tmp_path / "missing.csv", 8) == 1


def test_check_data_problems_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from copyright_check import selfcheck

    monkeypatch.setattr(selfcheck, "check_all", lambda: ["rules/x.yaml: line 3: duplicate key 'id'"])
    result = runner.invoke(app, ["check-data"])
    assert result.exit_code == 2 and "duplicate key" in result.stderr


def test_output_name_at_the_file_system_limit_still_gets_a_temporary(tmp_path: Path) -> None:
    small = tmp_path / "r.csv"
    small.write_text("id,origin_country\n1,SE\n", "utf-8")
    target = tmp_path / ("x" * 250)
    result = runner.invoke(app, ["assess", str(small), "--format", "jsonl", "-o", str(target)])
    assert result.exit_code == 0 and target.read_text("utf-8").startswith("{")


def _limited(limit: int) -> None:
    """In the child: files may grow to `limit` bytes; a write past it fails with EFBIG
    (Python ignores SIGXFSZ), as a write to a full disk fails with ENOSPC."""
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("option", ["--summary", "--output"])
def test_output_that_cannot_be_written_for_want_of_room_names_the_file(tmp_path: Path, option: str) -> None:
    # A full disk, a quota or a file size limit: the write's own error names no file, and
    # "No space left on device" alone does not say which output failed. Exit 2, one line
    # naming it; the temporary file is removed.
    target = tmp_path / "out.json"
    other = ["--summary", os.devnull] if option == "--output" else ["--output", os.devnull]
    run = subprocess.run([sys.executable, "-m", "copyright_check.cli", "assess", str(EXAMPLE), "--format", "json",
                          "-q", option, str(target), *other],
                         capture_output=True, text=True, preexec_fn=lambda: _limited(1024), timeout=120)
    assert run.returncode == 2 and _one_line_error(run.stderr)
    assert f"error: {target}: cannot be written: File too large" in run.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's always-full device")
def test_summary_to_a_full_device_names_it() -> None:
    result = runner.invoke(app, ["assess", str(EXAMPLE), "-q", "-o", os.devnull, "--summary", "/dev/full"])
    assert result.exit_code == 2
    assert "error: /dev/full: cannot be written: No space left on device" in result.stderr


_ENDS_WITH = r'''
import atexit, sys
from copyright_check.cli import main
atexit.register(lambda: print("exit functions ran", file=sys.stderr))
sys.argv = ["copyright-check", *sys.argv[1:]]
main()
'''


@pytest.mark.parametrize(("args", "code"), [
    ([str(EXAMPLE), "--format", "jsonl", "--as-of", "2026-11-24", "-q"], 0),
    ([str(EXAMPLE), "--format", "table", "--as-of", "2026-11-24", "-q", "--fail-on", "not_ok"], 1),
    (["/nonexistent/records.csv"], 2),
])
def test_a_run_ends_with_its_exit_status_its_exit_functions_run_and_its_output_whole(
        args: list[str], code: int) -> None:
    # cli._exit_now: the process ends with os._exit, not the interpreter's exit, but only once
    # the exit functions (the data store's write among them) have run and stdout is flushed.
    done = subprocess.run([sys.executable, "-c", _ENDS_WITH, "assess", *args], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == code, done.stderr[-2000:]
    assert done.stderr.rstrip().endswith("exit functions ran")
    if code == 0:
        assert len(done.stdout.splitlines()) == 222
