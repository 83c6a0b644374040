"""The command line: parses arguments and prints. Every decision lives in the library,
so the call an upload script makes gives exactly what this shows.

The exit code is a contract for scripts: 0 the batch was assessed, 1 only for
`--fail-on`, 2 a usage, input, output or data-file error, 3 an internal error (a bug or
the machine running out of memory), 130/143 interrupted by SIGINT/SIGTERM. Every failure
is one line on stderr; `--debug` shows the traceback instead.

No `from __future__ import annotations` here: typer reads every command's annotations on
every start, and annotations kept as strings are compiled again each time (a sixteenth of
a one-row run); evaluated once, at import, they are already the objects typer reads.
"""

import atexit
import codecs
import contextlib
import io
import json
import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, TextIO

from copyright_check.datacache import generated_code

with generated_code():  # the dataclasses' generated methods compiled once (datacache.generated_code)
    import typer

    from copyright_check import console
    from copyright_check.assessment import Assessment, RowError
    from copyright_check.assessor import Assessor
    from copyright_check.batch import (
        BLOCK_FORMATS,
        Block,
        Result,
        assess_file,
        jobs_for,
        rendered_blocks,
        rendered_file,
        write_blocks,
    )
    from copyright_check.datafile import DataFileError
    from copyright_check.jurisdictions import default_jurisdictions
    from copyright_check.mapping import Mapping
    from copyright_check.output import REPORT_ROWS, OutputError, open_output, write, writes_to_stdout
    from copyright_check.profile import check_maps_against, mapping_for, starter
    from copyright_check.progress import tracked, wanted
    from copyright_check.reader import InputError, RawRow
    from copyright_check.sources import SheetWarning
    from copyright_check.summary import Summary

if TYPE_CHECKING:
    from copyright_check.mapping import Assumption
    from copyright_check.report import Page

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check heritage images against Wikimedia Commons copyright rules.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    wikitext = "wikitext"
    html = "html"
    sdc = "sdc"


class FailOn(str, Enum):
    not_ok = "not_ok"
    needs_review = "needs_review"
    errors = "errors"  # any row not a clean ok: needs_review, not_ok, or a per-row error


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of") from None


def _encoding(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise typer.BadParameter(f"{value!r} is not an encoding Python knows", param_hint="--encoding") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: bytes or text codecs
        raise typer.BadParameter(f"{value!r} is not a text encoding", param_hint="--encoding")
    return value


USAGE, INTERNAL = 2, 3
# How much of an exception's text an error line quotes: a message that carries a 200 MB
# cell must not become a 200 MB line.
MESSAGE_CHARS = 300


def _fail(message: str, code: int = USAGE) -> typer.Exit:
    console.error(message)
    return typer.Exit(code)


class Terminated(BaseException):
    """SIGTERM (or SIGHUP), raised like KeyboardInterrupt so that every `finally` runs:
    the output's temporary file is removed as on Ctrl-C."""


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def _signals() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = [s for s in ("SIGTERM", "SIGHUP") if hasattr(signal, s)]
    previous = {name: signal.signal(getattr(signal, name), _terminate) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _excerpt(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS] + "…"


def _os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename is not None else ""
    return f"{where}{exc.strerror or _excerpt(exc)}"


def _typer_handles() -> tuple[type[BaseException], ...]:
    """The exits and usage errors typer turns into its own message and code. click is
    imported here, when an exception is on its way out, not on every start (typer releases
    from 0.26 carry their own copy of it; earlier ones raise click's classes)."""
    import click

    return (typer.Exit, click.exceptions.Exit, click.ClickException, click.exceptions.Abort)


@contextlib.contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """The one place a failure becomes an exit code and one line on stderr."""
    if sys.stderr is None:  # started with 2>&-: errors have nowhere to go, but must not crash
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        raise _fail("standard output is closed; give --output")
    try:
        with _signals(), warnings.catch_warnings():
            warnings.simplefilter("always", SheetWarning)
            warnings.showwarning = _show_warning
            yield
            sys.stdout.flush()  # a full disk or closed pipe on stdout shows here, not at exit
    except _typer_handles():
        raise  # typer.Exit is not click's Exit in every typer release
    except (DataFileError, InputError, OutputError) as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except Terminated as exc:
        raise _fail("terminated by a signal; an unfinished output file is removed", 128 + int(exc.args[0])) from None
    except BrokenPipeError:
        _silence_stdout()
        raise _fail("the output was closed before the end (broken pipe)") from None
    except MemoryError:
        if debug:
            raise
        raise _fail("out of memory (try a smaller --jobs, or split the file)", INTERNAL) from None
    except Exception as exc:
        if debug:
            raise
        if isinstance(exc, OSError):
            raise _fail(_os_error(exc)) from None
        raise _fail(f"internal error: {type(exc).__name__}: {_excerpt(exc)} (run again with --debug for "
                    "the traceback)", INTERNAL) from None


_SHOW_WARNING = warnings.showwarning


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    """A file's warning (sources.SheetWarning: hidden columns or rows) as one line on
    stderr, `warning: …`, like an error line; any other warning as Python shows it."""
    if issubclass(category, SheetWarning):
        console.warning(str(message))
    else:
        _SHOW_WARNING(message, category, filename, lineno, file, line)


def _silence_stdout() -> None:
    """After a broken pipe, the interpreter's final flush of stdout would fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _utf8_stdout(table: bool) -> None:
    """CSV and JSON on stdout are UTF-8 like the files; the table is for the terminal, so a
    character the terminal's encoding lacks is replaced rather than stopping the run."""
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        if table:
            sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]


_DEBUG_HELP = "Show the full traceback of an internal error."

# Options the commands that read a batch share, declared once.
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Assess as of this date (YYYY-MM-DD); default today.")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", callback=_encoding,
                                                 help="Input encoding if not detected (e.g. cp1252).")]
ProfileOpt = Annotated[
    Path | None, typer.Option("--profile", help="Profile (columns, values, assume) from `copyright-check profile`.")]
MapOpt = Annotated[list[str] | None, typer.Option("--map", help="'THEIR COLUMN=field' (repeatable; over the profile).")]
AssumeOpt = Annotated[list[str] | None, typer.Option("--assume", help="field=value for EMPTY cells of the whole "
                                                     "batch (repeatable), e.g. origin_country=SE.")]
SheetOpt = Annotated[str | None, typer.Option("--sheet", help="Spreadsheet sheet (default: first visible).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help=_DEBUG_HELP)]
BatchArg = Annotated[Path, typer.Argument(help="The batch: .csv, .xlsx, .xls, .ods, .json or .jsonl")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of the terminal.")]
RowIdOpt = Annotated[str | None, typer.Option("--id", help="The row's id (several rows with it: refused).")]
RowNumberOpt = Annotated[int | None, typer.Option("--row", min=1, help="The row's number (1 = first data row).")]
CategoryOpt = Annotated[list[str] | None, typer.Option(
    "--category", help="wikitext: a category every ok page gets, e.g. the institution's batch category "
    "(repeatable; the licence templates add their own).")]


def _categories(names: list[str]) -> str:
    """The categories block, rendered once; a name Commons could not have is a usage error."""
    from copyright_check.wikitext import categories_block

    try:
        return categories_block(names)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--category") from None


def _warn_upload_date(when: date) -> None:
    """Upload-ready output (file pages, structured data) made as of another day than today:
    Commons judges a file by the law and its practice on the day it is uploaded. A later
    date gives pages for works still protected today (a typo, 2062 for 2026, or a Public
    Domain Day batch prepared early); an earlier one, tags Commons has since stopped taking
    ({{FoP-Vietnam}} after 2023). Said on stderr, --quiet or not: the pages themselves look
    the same either way."""
    today = date.today()
    if when == today:
        return
    if when > today:
        console.note(f"warning: --as-of {when.isoformat()} is after today ({today.isoformat()}): these file pages "
                     f"are for uploads on or after {when.isoformat()}; works they call free may still be protected "
                     "today")
    else:
        console.note(f"warning: --as-of {when.isoformat()} is before today ({today.isoformat()}): these file pages "
                     "say what held then; Commons judges an upload by today's law and practice (assess without "
                     "--as-of before uploading)")


@app.command()
def assess(
    file: Annotated[Path, typer.Argument(help="records.csv, .xlsx, .ods or .json (the record columns in the README)")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Assess as of this date (YYYY-MM-DD); default today.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    output: OutputOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show every rule that decided each row.")] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 if any row has this verdict (needs_review also matches not_ok; "
                     "errors matches both and any row with an error: an unreadable cell, an empty or repeated id)."),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", callback=_encoding,
                                 help="Input encoding if not detected (e.g. cp1252).")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores for large "
                                 "files; never more than the cores, or than the file's size warrants).")
    ] = None,
    keep_formulas: Annotated[bool, typer.Option(
        "--keep-formulas", help="CSV: write cells exactly as read, even one that a spreadsheet would run as a "
        "formula (=, +, -, @, tab, CR first). By default such a cell gets a leading apostrophe.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=_DEBUG_HELP)] = False,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Profile (columns, values, assume) from `copyright-check profile`.")
    ] = None,
    maps: Annotated[
        list[str] | None, typer.Option("--map", help="'THEIR COLUMN=field' (repeatable; over the profile).")
    ] = None,
    assumes: Annotated[
        list[str] | None,
        typer.Option("--assume", help="field=value for EMPTY cells of the whole batch (repeatable), "
                     "e.g. origin_country=SE, published_date=image_date."),
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help="Spreadsheet sheet (default: first visible).")] = None,
    summary_path: Annotated[
        Path | None, typer.Option("--summary", help="Write the batch summary as JSON here (counts, unlock, by_year, "
                                  "per country and per rule).")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on the terminal.")
    ] = False,
    categories: CategoryOpt = None,
    html_rows: Annotated[int, typer.Option(
        "--html-rows", min=0, help="--format html: rows the report's table shows (the first ones); the counts, "
        "chart and research list always cover every row.")] = REPORT_ROWS,
) -> None:
    """Assess every row of FILE (.csv, .xlsx, .xls, .ods, .json, .jsonl): verdict, Commons templates, and why."""
    when = _as_of(as_of)
    if fmt in (Format.wikitext, Format.sdc):
        _warn_upload_date(when)
    if categories and fmt is not Format.wikitext:
        raise typer.BadParameter("only --format wikitext writes categories", param_hint="--category")
    category_text = _categories(categories or [])
    summary = Summary()
    with _guard(debug):
        _utf8_stdout(table=fmt is Format.table and output is None)
        mapping = _mapping(profile, maps or [], assumes or [], sheet)
        bar = wanted(sys.stderr, quiet) and not (fmt is Format.table and output is None)
        written: list[str] = []
        if fmt is Format.table:
            results = _columns_seen(assess_file(file, Assessor(as_of=when), when, encoding, mapping), written,
                                    maps or [])
            with open_output(output, file, (profile, summary_path)) as out, tracked(results, file, bar) as shown:
                console.print_table(shown, summary, out, explain=explain, as_of=when)
        else:
            workers = jobs_for(file, jobs)
            assessor = Assessor(as_of=when)  # fails fast, with one line, on a broken data file
            kind = "csv-raw" if fmt is Format.csv and keep_formulas else fmt.value
            if kind in BLOCK_FORMATS:  # a chunk of rows at a time (batch.Block)
                with rendered_blocks(file, kind, when, encoding, workers, assessor, mapping) as (columns, blocks), \
                        open_output(output, file, (profile, summary_path)) as out, \
                        tracked(blocks, file, bar, _rows_in) as shown_blocks:
                    written.extend(columns)
                    check_maps_against(maps or [], written)
                    write_blocks(kind, shown_blocks, out, columns, summary)
            else:
                with rendered_file(file, kind, when, encoding, workers, assessor, mapping) as (columns, rows), \
                        open_output(output, file, (profile, summary_path)) as out, \
                        tracked(rows, file, bar) as shown:
                    written.extend(columns)
                    check_maps_against(maps or [], written)
                    for r in write(kind, shown, out, columns, category_text,
                                   page=_page(fmt, summary, when, html_rows, file)):
                        summary.add_digest(r.digest, r.has_errors)
            if not quiet:
                console.print_summary(summary, when, to_stderr=writes_to_stdout(output))
        unread = mapping.unread(written) if not quiet or summary_path is not None else []
        assumed = mapping.assumed_beside_unread(written) if not quiet or summary_path is not None else []
        if wanted(sys.stderr, quiet):
            console.print_batch_summary(summary, when)
        if not quiet:  # on a terminal or piped: a column silently unread is no terminal nicety
            console.print_unread_columns(unread)
            console.print_assumed_beside_unread(assumed)
        if summary_path is not None:
            data = {**summary.to_json(when.year), "unread_columns": console.unread_json(unread),
                    "assumed_beside_unread": console.assumed_json(assumed)}
            with open_output(summary_path, file, (profile, output)) as out:
                out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    if fail_on is not None:
        bad = summary.counts["not_ok"]
        if fail_on is not FailOn.not_ok:
            bad += summary.counts["needs_review"]
        if fail_on is FailOn.errors:
            # An ok row with an error (a repeated id, a cell no verdict rests on) is no clean ok:
            # a run that must stop on anything a person should look at sees it too.
            bad += summary.rows_with_errors
        if bad:
            raise typer.Exit(1)


def _rows_in(block: Block) -> int:
    return block.rows


def _columns_seen(results: Iterator[Result], written: list[str], maps: list[str]) -> Iterator[Result]:
    """The results, noting the input's columns (as written) from the first row, whose
    header must hold each --map's column."""
    for r in results:
        if not written:
            written.extend(r.row.original)
            check_maps_against(maps, written)
        yield r


def _page(fmt: Format, summary: Summary, when: date, rows: int, file: Path) -> "Page | None":
    """What the HTML report shows besides the rows (jinja2 is imported only for it)."""
    if fmt is not Format.html:
        return None
    from copyright_check.report import Page

    return Page(summary, when, rows, file.name)


def _mapping(profile: Path | None, maps: list[str], assumes: list[str], sheet: str | None) -> Mapping:
    return mapping_for(profile, maps, assumes, sheet)  # ProfileError: an InputError, exit 2


@app.command("profile")
def profile_command(
    file: Annotated[Path, typer.Argument(help="The export: .csv, .xlsx, .xls, .ods, .json or .jsonl")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the profile here instead of the terminal.")
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help="Spreadsheet sheet (default: first visible).")] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", callback=_encoding,
                                 help="Input encoding if not detected (e.g. cp1252).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=_DEBUG_HELP)] = False,
) -> None:
    """Write a starter profile for FILE: its columns and words mapped where recognised,
    and, as comments, what was not (with counts). Edit it, then `assess FILE --profile`."""
    with _guard(debug):
        found = starter(file, sheet, encoding)
        with open_output(output, file) as out:
            out.write(found.text)
    console.note(f"{found.mapped} columns mapped, {found.unmapped} not recognised; {found.words} words mapped, "
                 f"{found.unread} values not understood" + (f"; written to {output}" if output else ""))


class CalendarFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def calendar(
    file: BatchArg,
    year: Annotated[
        int | None, typer.Option("--year", min=1, max=9999, help="The 1 January to list (default: next year).")
    ] = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[CalendarFormat, typer.Option("--format", help="Output format.")] = CalendarFormat.table,
    output: OutputOpt = None,
    encoding: EncodingOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = None,
    profile: ProfileOpt = None,
    maps: MapOpt = None,
    assumes: AssumeOpt = None,
    sheet: SheetOpt = None,
    debug: DebugOpt = False,
) -> None:
    """The Public Domain Day list: the rows of FILE that become uploadable on 1 January of
    --year, and why (assessed as of --as-of, which should be before that day)."""
    from copyright_check import pdcalendar

    when = _as_of(as_of)
    target = year if year is not None else when.year + 1
    with _guard(debug):
        _utf8_stdout(table=fmt is CalendarFormat.table and output is None)
        mapping = _mapping(profile, maps or [], assumes or [], sheet)
        assessor = Assessor(as_of=when)
        later: list[str] = []
        found = (pdcalendar.noting(e, later) for e in
                 pdcalendar.entries(file, target, when, encoding, jobs_for(file, jobs), assessor, mapping))
        with open_output(output, file, (profile,)) as out:
            if fmt is CalendarFormat.json:
                n = pdcalendar.write_json(found, out)
            elif fmt is CalendarFormat.csv:
                n = pdcalendar.write_csv(found, out)
            else:
                n = console.print_calendar(found, target, out)
    console.note(f"{n} rows become uploadable on 1 January {target} (assessed as of {when.isoformat()})"
                 + (f"; {len(later)} of them go to review that day, not to ok (listed first among their reasons:"
                    f" {', '.join(later[:5])}{' ...' if len(later) > 5 else ''})" if later else ""))


def _one_of(row_id: str | None, row_number: int | None) -> None:
    if (row_id is None) == (row_number is None):
        raise typer.BadParameter("give exactly one of --id and --row", param_hint="--id/--row")


def _assessed_row(
    file: Path, row_id: str | None, row_number: int | None, encoding: str | None, mapping: Mapping,
    assessor: Assessor, when: date,
) -> tuple[RawRow, Assessment, RowError | None]:
    """The row `--id` or `--row` names, read and assessed as the batch does, with the
    duplicate-id error the batch would give it: explain and wikitext show one row exactly as
    the batch. An `--id` that several rows share is refused, naming them (review 11 B7): the
    first row's page, printed with no word of the others, could be uploaded with another row's
    image, which is why the batch writes no page for a repeated id's later rows (README)."""
    from copyright_check.batch import Duplicates, assess_raw, prepared_rows

    dup = Duplicates()
    found: tuple[int, RawRow, dict[str, Assumption], RowError | None] | None = None
    wanted = row_id.strip() if row_id is not None else None
    for n, (row, filled) in enumerate(prepared_rows(file, encoding, mapping), 1):
        rid = (row.cells.get("id") or "").strip()
        repeated = dup.check(rid)
        if row_number is not None and n == row_number:
            return row, assess_raw(row, assessor, when, filled), repeated
        if wanted is not None and rid == wanted:
            if found is not None:
                raise _fail(f"{file}: the id {row_id!r} names more than one row (rows {found[0]} and {n}): "
                            "name the row with --row N, and give every row its own id")
            found = (n, row, filled, repeated)
    if found is not None:
        return found[1], assess_raw(found[1], assessor, when, found[2]), found[3]
    raise _fail(f"{file}: no row with id {row_id!r}" if row_id is not None
                else f"{file}: has fewer than {row_number} rows")


@app.command("explain")
def explain_command(
    file: BatchArg,
    row_id: RowIdOpt = None,
    row_number: RowNumberOpt = None,
    as_of: AsOfOpt = None,
    encoding: EncodingOpt = None,
    profile: ProfileOpt = None,
    maps: MapOpt = None,
    assumes: AssumeOpt = None,
    sheet: SheetOpt = None,
    debug: DebugOpt = False,
) -> None:
    """One row as a tree: each question, the cells read and how, the rule, law file and source
    that answered, and for an open question the values that would settle it each way."""
    from copyright_check.explain import explain

    _one_of(row_id, row_number)
    when = _as_of(as_of)
    with _guard(debug):
        _utf8_stdout(table=True)
        mapping = _mapping(profile, maps or [], assumes or [], sheet)
        assessor = Assessor(as_of=when)
        row, a, _ = _assessed_row(file, row_id, row_number, encoding, mapping, assessor, when)
        console.print_explanation(explain(assessor, row.cells, when, a))


@app.command("wikitext")
def wikitext_command(
    file: BatchArg,
    row_id: RowIdOpt = None,
    row_number: RowNumberOpt = None,
    categories: CategoryOpt = None,
    as_of: AsOfOpt = None,
    output: OutputOpt = None,
    encoding: EncodingOpt = None,
    profile: ProfileOpt = None,
    maps: MapOpt = None,
    assumes: AssumeOpt = None,
    sheet: SheetOpt = None,
    debug: DebugOpt = False,
) -> None:
    """One row's Commons file page, exactly as `assess --format wikitext` writes it: the line
    naming the row, then the page ({{Information}}, the licence templates, --category) for an
    ok row, or a comment with the verdict and the reason for any other."""
    from copyright_check.output import add_error, render

    _one_of(row_id, row_number)
    when = _as_of(as_of)
    _warn_upload_date(when)
    category_text = _categories(categories or [])
    with _guard(debug):
        _utf8_stdout(table=False)
        mapping = _mapping(profile, maps or [], assumes or [], sheet)
        assessor = Assessor(as_of=when)
        row, a, repeated = _assessed_row(file, row_id, row_number, encoding, mapping, assessor, when)
        rendered = render("wikitext", row, a, [])
        if repeated is not None:  # as the batch flags a repeated id (the first row keeps it)
            rendered = add_error("wikitext", rendered, repeated)
        with open_output(output, file, (profile,)) as out:
            out.write(rendered.text)
            if a.verdict.value == "ok":
                out.write(category_text)


@app.command("check-data")
def check_data(debug: Annotated[bool, typer.Option("--debug", help=_DEBUG_HELP)] = False) -> None:
    """Validate every rule and jurisdiction file, and run each file's own examples."""
    from copyright_check.selfcheck import check_all

    with _guard(debug):
        problems = check_all()
    for line in problems:
        console.error(line)
    if problems:
        raise typer.Exit(USAGE)  # a data error: 2, like any unusable data file (1 is only --fail-on)
    console.ok("all rule and jurisdiction files are valid and every example gives its expected result")


@app.command()
def jurisdictions(
    code: Annotated[str | None, typer.Argument(help="Show one jurisdiction in full.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=_DEBUG_HELP)] = False,
) -> None:
    """List the jurisdictions this engine knows, or show one."""
    with _guard(debug):
        found = default_jurisdictions()
        if code is None:
            console.print_jurisdictions(found)
            return
        j = found.get(code.upper())
        if j is None:
            raise _fail(f"no jurisdiction file for {code!r}")
        console.print_jurisdiction(j)


def main() -> None:
    """The command (pyproject's script). A run that stopped its worker processes without
    waiting for them (a worker died, SIGTERM, Ctrl-C: batch.abandoned) has already written
    or removed its output and said why; it ends here with os._exit, since the interpreter's
    own exit would join the process pool's manager thread, which can wait for good for the
    rest of a dead worker's message. Any other run that ends with an exit status ends as
    _exit_now says."""
    try:
        app()
    except SystemExit as exc:
        from copyright_check import batch

        if not batch.abandoned():
            if exc.code is None or isinstance(exc.code, int):  # not a message the interpreter prints
                _exit_now(exc.code or 0)
            raise
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        os._exit(code)


def _exit_now(code: int) -> None:
    """Ends the process with `code` once what the interpreter's exit does that anyone sees
    is done: the exit functions (the data store written, multiprocessing's and logging's
    own) and the standard streams flushed. The rest of that exit only frees memory the
    process gives back anyway, object by object (the caches of a long batch: rules, law
    files, reasons, cells, the engine's questions) with a last collection of them: ~0.16 s
    of CPU after 20,000 realistic rows, --jobs 1 (of 2.3 s; getrusage, compiled), 16.5 M of
    a one-row run's 940 M instructions (callgrind). Returns, and the
    interpreter ends as usual, where that is not safe: a thread still running that its exit
    would wait for, no atexit._run_exitfuncs, or a stream that cannot be flushed (a closed
    pipe: the interpreter reports it, as before)."""
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    main_thread = threading.main_thread()
    if run_exit_functions is None or any(
            t is not main_thread and not t.daemon and t.is_alive() for t in threading.enumerate()):
        return
    run_exit_functions()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
