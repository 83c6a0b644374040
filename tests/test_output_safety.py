"""Output that cannot harm (issue 13): the output path never destroys what it should not,
and nothing from the input can act on whoever opens the output (a spreadsheet, a JSON
Lines reader)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copyright_check.cli import app
from copyright_check.output import OutputError, neutralise, open_output

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "records.csv"
runner = CliRunner()
ARGS = ["--as-of", "2026-11-24", "--jobs", "1"]


def _assess(path: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["assess", str(path), *ARGS, *extra])
    return result.exit_code, result.stdout, result.stderr


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# -- every input column kept -------------------------------------------------------------
def test_csv_output_keeps_repeated_and_colliding_input_columns(tmp_path: Path) -> None:
    """A repeated column name stays twice, as written; an input column named like one of
    ours (a re-assessed output file) is kept as `input_<name>`; `verdict` is always ours."""
    path = tmp_path / "r.csv"
    path.write_text("id,note,Note,note,verdict,Errors,templates,origin_country\n"
                    "A,one,two,three,ok,old error,{{PD-old}},SE\n", "utf-8")
    code, out, _ = _assess(path, "--format", "csv")
    assert code == 0
    header, row = _csv(out)
    assert header[:8] == ["id", "note", "Note", "note", "input_verdict", "input_Errors", "input_templates",
                          "origin_country"]
    assert header[8:] == ["verdict", "templates", "uploadable_from", "reasons", "errors"]
    assert row[:8] == ["A", "one", "two", "three", "ok", "old error", "{{PD-old}}", "SE"]
    assert row[8] in {"ok", "not_ok", "needs_review"}


# -- CSV injection (OWASP "CSV Injection") ----------------------------------------------
@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-500"])
def test_csv_output_neutralises_formulas_in_input_cells(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "title", "depicted_date", cell], ["A", cell, cell, "x"]])
    code, out, _ = _assess(path, "--format", "csv")
    assert code == 0
    header, row = _csv(out)
    assert header[3] == "'" + cell
    assert row[1] == row[2] == "'" + cell
    for value in header + row:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_keep_formulas_writes_cells_exactly_as_read(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,title,depicted_date\nA,=1+1,-500\n", "utf-8")
    code, out, _ = _assess(path, "--format", "csv", "--keep-formulas")
    assert code == 0 and _csv(out)[1][1:3] == ["=1+1", "-500"]


def test_neutralise_leaves_ordinary_cells_alone() -> None:
    for cell in ("1948", "1921-06-03", "ca. 1920", "Oscar Halldin", "", "'quoted"):
        assert neutralise(cell) == cell


# -- JSON line separators --------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_output_escapes_unicode_line_separators(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,photo_kind\nA\u2028B\u2029C\u0085D\x9b,x\u2028y\n", "utf-8")
    code, out, _ = _assess(path, "--format", fmt)
    assert code == 0
    for ch in ("\u2028", "\u2029", "\u0085", "\x9b"):
        assert ch not in out
    if fmt == "jsonl":
        lines = out.splitlines()  # splitlines() breaks at all three
        assert len(lines) == 1 and json.loads(lines[0])["id"] == "A\u2028B\u2029C\u0085D\x9b"


# -- the output path --------------------------------------------------------------------
def test_output_refuses_the_input_file_by_any_name(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "link.csv").symlink_to(path)
    os.link(path, tmp_path / "hard.csv")
    for name in (str(path), str(tmp_path / "." / "in.csv"), str(tmp_path / "link.csv"), str(tmp_path / "hard.csv")):
        code, _, err = _assess(path, "--format", "csv", "-o", name)
        assert code == 2 and "input file" in err and "Traceback" not in err
    assert path.read_bytes() == EXAMPLE.read_bytes()


def test_output_refuses_the_file_standard_input_is_read_from(tmp_path: Path) -> None:
    # `assess - -o IN.csv < IN.csv`: the input is read through stdin, by no name at all.
    path = tmp_path / "in.csv"
    path.write_bytes(EXAMPLE.read_bytes())
    with path.open("rb") as stdin:
        run = subprocess.run([sys.executable, "-m", "copyright_check.cli", "assess", "-", "--format", "csv",
                              *ARGS, "-o", str(path)], stdin=stdin, capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "input file" in run.stderr and "Traceback" not in run.stderr
    assert path.read_bytes() == EXAMPLE.read_bytes()


def test_output_refuses_the_profile_and_the_summary_of_the_same_run(tmp_path: Path) -> None:
    """`--profile P -o P` would replace the profile the user edited by the rows it mapped;
    `-o X --summary X`, the rows by the summary. Refused before any row is assessed."""
    profile = tmp_path / "p.yaml"
    assert runner.invoke(app, ["profile", str(EXAMPLE), "-o", str(profile)]).exit_code == 0
    kept = profile.read_bytes()
    code, _, err = _assess(EXAMPLE, "--format", "csv", "--profile", str(profile), "-o", str(profile))
    assert code == 2 and "refusing to overwrite" in err and profile.read_bytes() == kept
    out = tmp_path / "x.json"
    code, _, err = _assess(EXAMPLE, "--format", "json", "-o", str(out), "--summary", str(tmp_path / "." / "x.json"))
    assert code == 2 and "refusing to overwrite" in err and not out.exists()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "wikitext"])
def test_the_summary_line_never_goes_into_output_on_standard_output(fmt: str) -> None:
    # `-o -` is standard output (README "Output safety"): the line "N rows assessed ..." is
    # for the terminal and goes to stderr, or the last file page / the JSON document ends with it.
    run = subprocess.run([sys.executable, "-m", "copyright_check.cli", "assess", str(EXAMPLE), "--format", fmt,
                          *ARGS, "-o", "-"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "rows assessed as of" not in run.stdout and "rows assessed as of" in run.stderr
    if fmt == "json":
        assert len(json.loads(run.stdout)) > 50
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in run.stdout.splitlines())


def test_file_pages_made_as_of_another_day_say_so_on_stderr(tmp_path: Path) -> None:
    # Commons judges an upload by the law and practice of the day it is made: a later --as-of
    # gives pages for works still protected today, an earlier one tags Commons has since
    # stopped taking (Template:FoP-Vietnam: "do not use this template to any new uploads
    # after 1 January 2023").
    for fmt, when, warned in (("wikitext", "2062-12-01", "after today"), ("sdc", "2020-06-01", "before today"),
                              ("jsonl", "2062-12-01", None)):
        code, _, err = _assess(EXAMPLE, "--format", fmt, "--as-of", when, "-o", str(tmp_path / f"o.{fmt}"))
        assert code == 0
        assert ("warning: --as-of" in err) is (warned is not None)
        if warned:
            assert warned in err


def test_output_into_a_fifo_is_a_stream_not_a_rename(tmp_path: Path) -> None:
    """A FIFO stands here for every non-regular file (/dev/null, /dev/stdout, a device):
    renaming over one would replace the device node for the whole machine."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", f"import sys; print(len(open({str(fifo)!r}).read()))"],
                              stdout=subprocess.PIPE, text=True)
    code, _, _ = _assess(EXAMPLE, "--format", "jsonl", "-o", str(fifo))
    received = int(reader.communicate(timeout=30)[0])
    assert code == 0 and received > 1000
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_output_follows_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, _ = _assess(EXAMPLE, "--format", "json", "-o", str(link))
    assert code == 0 and link.is_symlink() and len(json.loads(target.read_text("utf-8"))) > 10


def test_output_file_permissions_follow_the_umask_and_the_replaced_file(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.csv"
        with open_output(new) as out:
            out.write("x")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0666 minus the umask, as open() gives
        existing = tmp_path / "existing.csv"
        existing.write_text("old")
        existing.chmod(0o604)
        with open_output(existing) as out:
            out.write("x")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o604 and existing.read_text() == "x"
    finally:
        os.umask(old)


@pytest.mark.parametrize("where", ["dir", "under-a-file"])
def test_unusable_output_path_is_one_line_exit_2(tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path if where == "dir" else tmp_path / "file" / "out.csv"
    code, _, err = _assess(EXAMPLE, "--format", "csv", "-o", str(target))
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    with pytest.raises(OutputError):
        open_output(target).__enter__()


def test_sigterm_removes_the_temporary_output_file(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    lines = EXAMPLE.read_text("utf-8").splitlines(keepends=True)
    with big.open("w", encoding="utf-8") as f:
        f.write(lines[0])
        for i in range(150):
            f.writelines(line.replace("EX-", f"EX{i}-", 1) for line in lines[1:])
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "copyright_check.cli", "assess", str(big), "--format",
                             "jsonl", "--jobs", "1", "-o", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be stopped"
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]


# -- the terminal -------------------------------------------------------------------------
ATTACKS = ["\x1b]8;;http://evil.example\x1b\\EX-1\x1b]8;;\x1b\\", "\x1b[2J\x1b[31mred", "\x1b]0;title\x07x",
           "\x9b31mC1", "a\rb", "\x07bell\x7f"]


@pytest.mark.parametrize("explain", [False, True])
def test_table_strips_terminal_control_sequences_from_every_value(tmp_path: Path, explain: bool) -> None:
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "depicted_creator", "depicted_type", "image_date", "origin_country"])
        for i, attack in enumerate(ATTACKS):
            writer.writerow([f"{attack}-{i}", attack, "building", attack, attack])
    result = runner.invoke(app, ["assess", str(path), "--as-of", "2026-11-24", *(["--explain"] if explain else [])])
    assert result.exit_code == 0
    for control in ("\x1b", "\x9b", "\x07", "\x7f", "\r"):
        assert control not in result.stdout
    assert "EX-1-0" in result.stdout  # the link's text stays, the link is gone
    assert "\x1b]8;;http://evil.example\x1b" not in result.stdout


def test_error_lines_strip_control_sequences_from_file_names(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", str(tmp_path / "\x1b]8;;http://evil\x1b\\x\x1b]8;;\x1b\\.csv")])
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "evil" not in result.stderr


def test_output_through_a_link_to_standard_output_streams_into_the_pipe(tmp_path: Path) -> None:
    """Like `-o /dev/stdout` (a link to /proc/self/fd/1, which resolves to "pipe:[…]"),
    with the link in tmp_path so that no regression can touch the machine's /dev."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("no /proc")
    run = subprocess.run([sys.executable, "-m", "copyright_check.cli", "assess", str(EXAMPLE), "--format", "jsonl",
                          "--as-of", "2026-11-24", "-o", str(link)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert sum(1 for line in run.stdout.splitlines() if line.startswith("{")) > 50
    assert all(line.startswith("{") for line in run.stdout.splitlines())  # the summary line went to stderr
    assert link.is_symlink()


def _recording(call: Any, masks: list[set[int]]) -> Any:
    """`call` of durable-rules' C module, recording the signal mask each call runs under."""
    def recording(*args: Any) -> Any:
        masks.append(set(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
        return call(*args)
    return recording


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_a_stop_signal_is_held_while_durable_rules_runs_a_question(monkeypatch: pytest.MonkeyPatch) -> None:
    # One question is three calls into durable-rules' core on the session every later
    # question shares: a SIGTERM handler raising between them would leave an action started
    # and never completed. The signal waits for the step to finish.
    import durable_rules_engine  # type: ignore[import-not-found]

    from copyright_check.assessor import Assessor

    assessor = Assessor()
    masks: list[set[int]] = []
    # Each of the three calls records the mask it runs under (the engine, compiled, cannot be
    # replaced on itself: the C module's functions are).
    for call in ("assert_event", "start_action_for_state", "complete_and_start_action"):
        monkeypatch.setattr(durable_rules_engine, call, _recording(getattr(durable_rules_engine, call), masks))
    before = set(signal.pthread_sigmask(signal.SIG_BLOCK, []))
    assessor.assess({"id": "S", "origin_country": "SE", "image_date": "1890", "photographer": "P",
                     "photographer_death_year": "1900"}, "2026-11-30")
    assert masks and all(signal.SIGTERM in m and signal.SIGINT in m for m in masks)
    assert set(signal.pthread_sigmask(signal.SIG_BLOCK, [])) == before  # released after each call


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_stop_signals_held_over_a_rows_questions_are_released_when_its_decision_ends_or_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The signals are held from a row's first durable-rules question to the end of its
    # decision (Engine.hold), never longer: the mask is as before once the row is decided,
    # and once a question failed (the row's needs_review, engine.py).
    import durable_rules_engine  # type: ignore[import-not-found]

    from copyright_check.assessor import Assessor

    assessor = Assessor(cache_size=1, row_cache_size=1)
    masks: list[set[int]] = []
    real = durable_rules_engine.assert_event

    def failing(handle: int, event: str) -> Any:
        real(handle, event)
        raise RuntimeError("failed half-way through a question")

    row = {"id": "S", "origin_country": "SE", "image_date": "1890", "photographer": "P",
           "photographer_death_year": "1900"}
    before = set(signal.pthread_sigmask(signal.SIG_BLOCK, []))
    monkeypatch.setattr(durable_rules_engine, "assert_event", _recording(real, masks))
    assessor.assess(row, "2026-11-30")
    assert len(masks) > 1 and all(signal.SIGTERM in m and signal.SIGINT in m for m in masks)
    assert set(signal.pthread_sigmask(signal.SIG_BLOCK, [])) == before
    monkeypatch.setattr(durable_rules_engine, "assert_event", failing)
    failed = assessor.assess({**row, "id": "T", "image_date": "1891"}, "2026-11-30")  # not the cached row
    assert failed.reasons[0].rule == "engine-error"
    assert set(signal.pthread_sigmask(signal.SIG_BLOCK, [])) == before
