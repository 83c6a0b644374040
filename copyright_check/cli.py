"""The command line: parses arguments and prints. Every decision lives in the library,
so the call an upload script makes gives exactly what this shows."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from copyright_check import console
from copyright_check.assessor import Assessor
from copyright_check.batch import Summary, assess_file, default_jobs, rendered_file
from copyright_check.datafile import DataFileError
from copyright_check.jurisdictions import default_jurisdictions
from copyright_check.output import open_output, write
from copyright_check.reader import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Check heritage images against Wikimedia Commons copyright rules.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class FailOn(str, Enum):
    not_ok = "not_ok"
    needs_review = "needs_review"


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of") from None


def _fail(message: str) -> typer.Exit:
    console.error(message)
    return typer.Exit(2)


@app.command()
def assess(
    file: Annotated[Path, typer.Argument(help="records.csv (RECORDS.md columns)")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Assess as of this date (YYYY-MM-DD); default today.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of the terminal.")
    ] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show every rule that decided each row.")] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 if any row has this verdict (needs_review also matches not_ok)."),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Input encoding if not detected (e.g. cp1252).")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores for large files).")
    ] = None,
) -> None:
    """Assess every row of FILE: verdict, Commons templates, and why."""
    when = _as_of(as_of)
    summary = Summary()
    try:
        if fmt is Format.table:
            results = assess_file(file, Assessor(as_of=when), when, encoding)
            with open_output(output) as out:
                console.print_table(results, summary, out, explain=explain, as_of=when)
        else:
            workers = jobs or default_jobs(file)
            assessor = Assessor(as_of=when)  # fails fast, with one line, on a broken data file
            with rendered_file(file, fmt.value, when, encoding, workers, assessor) as (columns, rows), \
                    open_output(output) as out:
                for r in write(fmt.value, rows, out, columns):
                    summary.count(r.verdict, r.has_errors)
            console.print_summary(summary, when, to_stderr=output is None)
    except (DataFileError, InputError) as exc:
        raise _fail(str(exc)) from None
    if fail_on is not None:
        bad = summary.counts["not_ok"]
        if fail_on is FailOn.needs_review:
            bad += summary.counts["needs_review"]
        if bad:
            raise typer.Exit(1)


@app.command("check-data")
def check_data() -> None:
    """Validate every rule and jurisdiction file, and run each file's own examples."""
    from copyright_check.selfcheck import check_all

    problems = check_all()
    for line in problems:
        console.error(line)
    if problems:
        raise typer.Exit(1)
    console.ok("all rule and jurisdiction files are valid and every example gives its expected result")


@app.command()
def jurisdictions(
    code: Annotated[str | None, typer.Argument(help="Show one jurisdiction in full.")] = None,
) -> None:
    """List the jurisdictions this engine knows, or show one."""
    try:
        found = default_jurisdictions()
    except DataFileError as exc:
        raise _fail(str(exc)) from None
    if code is None:
        console.print_jurisdictions(found)
        return
    j = found.get(code.upper())
    if j is None:
        raise _fail(f"no jurisdiction file for {code!r}")
    console.print_jurisdiction(j)


if __name__ == "__main__":  # pragma: no cover
    app()
