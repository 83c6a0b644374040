"""All terminal output goes through here (rich). Record values are escaped for rich's
markup, so a title like "[bold]" prints as written, and stripped of terminal control
sequences, so a cell (or a file name) cannot recolour, retitle or clear the terminal, or
hide a link behind text (OSC 8)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from typing import IO, TYPE_CHECKING, Any, Final

from copyright_check.batch import Result
from copyright_check.jurisdictions import Fop, Jurisdiction, Term
from copyright_check.record import COLUMNS
from copyright_check.summary import Summary

if TYPE_CHECKING:  # imported where used: a quiet JSON or CSV run prints nothing, and rich
    # costs a sixth of a one-row run's start-up
    from rich.console import Console
    from rich.table import Table

    from copyright_check.explain import Explanation
    from copyright_check.mapping import Assumption

# Escape sequences first, with their payload (CSI `ESC [ ... final`, OSC `ESC ] ... BEL|ST`
# including OSC 8 hyperlinks, their 8-bit C1 forms, and two-character ESC sequences), then
# every other C0 or C1 control and DEL. Newline and tab are layout, not control, in a cell.
_CONTROL = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def strip_controls(text: str) -> str:
    return _CONTROL.sub("", text)


def escape(text: str) -> str:
    """Safe to print inside rich markup: no markup, no terminal control."""
    from rich.markup import escape as escape_markup

    return escape_markup(strip_controls(text))


_STYLE = {"ok": "green", "not_ok": "red", "needs_review": "yellow"}


def _console(out: IO[str] | None = None, stderr: bool = False) -> Console:
    from rich.console import Console

    if out is not None and out is not sys.stdout:
        return Console(file=out, width=160, no_color=True)
    stream = sys.stderr if stderr else sys.stdout
    # Piped into a file or a pager, rich would assume 80 columns: too narrow for the table.
    width = None if stream.isatty() else 160
    return Console(stderr=stderr, soft_wrap=False, width=width)


def error(message: str) -> None:
    # soft_wrap: an error is one line, however long the path in it.
    _console(stderr=True).print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)


def warning(message: str) -> None:
    """A line about the input as a whole that its rows do not show (a hidden column read)."""
    _console(stderr=True).print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False, soft_wrap=True)


def note(message: str) -> None:
    """A line about the run, on stderr so that stdout holds only the result."""
    _console(stderr=True).print(escape(message), highlight=False)


def ok(message: str) -> None:
    _console().print(f"[green]ok:[/green] {escape(message)}", highlight=False)


def print_summary(summary: Summary, as_of: date, to_stderr: bool = False,
                  out: IO[str] | None = None) -> None:
    c = _console(out, stderr=to_stderr)
    parts = [f"[{_STYLE[v]}]{v}: {summary.counts[v]}[/]" for v in ("ok", "not_ok", "needs_review")]
    c.print(f"{summary.rows} rows assessed as of {as_of.isoformat()} — " + ", ".join(parts)
            + f"; rows with unreadable cells: {summary.rows_with_errors}", highlight=False)


# Lines per list in the terminal's batch summary (the JSON summary has them all).
SUMMARY_TOP = 8


def print_unread_columns(unread: list[tuple[str, str, str]]) -> None:
    """A note on stderr naming the columns that look like record fields but were not read
    as them (mapping.Mapping.unread): with the --map that reads each, or, where another
    column holds the field, the column that is read instead. Printed on a terminal and
    piped alike (cli.assess): a silently unread `license` beside `licence` is no note
    for a terminal only (review 9 R13)."""
    if not unread:
        return
    from copyright_check.record import normalise_header
    from copyright_check.vocabularies import headers

    def looks(w: str, f: str) -> str:
        # A header that does not say whose it is ("Dödsår", "Land") may as well be the
        # depicted work's (vocabularies/headers.yaml, generic): both readings, never one guessed.
        work = headers().generic.get(normalise_header(w), ("", ""))[1]
        if work:
            return (f"{escape(repr(w))} looks like {f} or, if it is the depicted work's, {work} "
                    f"(--map {escape(repr(w + '=' + f))} or --map {escape(repr(w + '=' + work))})")
        return f"{escape(repr(w))} looks like {f} (--map {escape(repr(w + '=' + f))})"

    c = _console(stderr=True)
    shown = ", ".join(
        f"{escape(repr(w))} looks like {f}, which is read from {escape(repr(other))} instead" if other
        else looks(w, f) for w, f, other in unread)
    c.print(f"[bold]not read:[/bold] {shown}; or write a profile with `copyright-check profile FILE`",
            highlight=False)


# The columns an assumption's note names at most: an export of 80 columns is no note.
_NOTHING_SHOWN: Final = 12


def print_assumed_beside_unread(found: list[tuple[Assumption, tuple[str, ...]]]) -> None:
    """A note on stderr for each assumption of a field no column is read as, naming the
    columns read as nothing (mapping.Mapping.assumed_beside_unread): the assumption fills
    every row's empty field, and if one of those columns holds it under a name no vocabulary
    knows, the row's own fact is lost to the assumption (review 31f F1)."""
    if not found:
        return
    c = _console(stderr=True)
    # One note for all of them: the columns read as nothing are the same for each (review 32a N4).
    columns = found[0][1]
    said = ", ".join(f"{escape(a.field)}={escape(a.value)} ({escape(a.origin)})" for a, _ in found)
    shown = ", ".join(escape(repr(w)) for w in columns[:_NOTHING_SHOWN])
    more = (f" and {len(columns) - _NOTHING_SHOWN} more (--summary lists them)"
            if len(columns) > _NOTHING_SHOWN else "")
    one = len(found) == 1
    c.print(f"[bold]assumed:[/bold] {said} {'fills' if one else 'fill'} every row's empty "
            f"{escape(found[0][0].field) if one else 'cells of those fields'}, as no column is read as "
            f"{'it' if one else 'them'}; {len(columns)} column{'' if len(columns) == 1 else 's'} read as nothing: "
            f"{shown}{more}. If one "
            "holds an assumed field, --map 'COLUMN=field': a row's own value there decides, never the assumption "
            "(where the outcome rests on it, a row takes no assumed depicted_origin_country beside such a column "
            "naming another country, nor an assumed depicted_country beside a place column, such as 'Ort' or "
            "'Place', naming a place elsewhere)", highlight=False)


def assumed_json(found: list[tuple[Assumption, tuple[str, ...]]]) -> list[dict[str, object]]:
    """The note of print_assumed_beside_unread as the `--summary` file's `assumed_beside_unread`."""
    return [{"field": a.field, "value": a.value, "origin": a.origin, "columns_read_as_nothing": list(columns)}
            for a, columns in found]


def unread_json(unread: list[tuple[str, str, str]]) -> list[dict[str, str | None]]:
    """The note of print_unread_columns as the `--summary` file's `unread_columns`."""
    return [{"column": w, "field": f, "read_from": other or None} for w, f, other in unread]


def print_batch_summary(summary: Summary, as_of: date) -> None:
    """The report a person reads after a batch: where the rows come from, which rules
    decided them, which research unlocks most, and what becomes free when."""
    c = _console(stderr=True)
    if summary.rows == 0:
        return

    def top(title: str, counts: list[tuple[str, int]]) -> None:
        if counts:
            c.print(f"[bold]{title}:[/bold] " + ", ".join(f"{escape(k)} {n:,}" for k, n in counts), highlight=False)

    top("origin countries", summary.by_origin.most_common(SUMMARY_TOP))
    top("depicted countries", summary.by_depicted.most_common(SUMMARY_TOP))
    top("deciding rules", summary.by_rule.most_common(SUMMARY_TOP))
    unlock = summary.unlock()[:SUMMARY_TOP]
    if unlock:
        c.print("[bold]research that unlocks most[/bold] (rows where it is the only open question):", highlight=False)
        for u in unlock:
            fact = u["fact"]
            # A record column is research to add; anything else is a question a person settles.
            what = (f"add {escape(fact)} to" if fact in COLUMNS else
                    f"settle “{escape(fact if len(fact) <= 90 else fact[:89] + '…')}” for")
            c.print(f"  {what} {u['only_open_question_in']:,} rows: up to {u['ok_at_best']:,} become uploadable",
                    highlight=False)
    coming, later, _past = summary.years(as_of.year)
    if coming or later:
        years = [f"{y}: {n:,}" for y, n in list(coming.items())[:SUMMARY_TOP]]
        if later or len(coming) > SUMMARY_TOP:
            shown = list(coming)[:SUMMARY_TOP]
            rest = later + sum(n for y, n in coming.items() if y not in shown)
            years.append(f"later: {rest:,}")
        c.print("[bold]becoming uploadable on 1 January[/bold] " + ", ".join(years), highlight=False)


def print_calendar(entries: Iterator[dict[str, Any]], year: int, out: IO[str] | None) -> int:
    from rich.table import Table

    c = _console(out)
    table = Table(title=f"Uploadable from 1 January {year}", show_lines=True, expand=False)
    table.add_column("id", overflow="fold")
    table.add_column("why it is blocked until then", overflow="fold")
    n = 0
    for e in entries:
        table.add_row(escape(e["id"]), escape("\n".join(r["text"] for r in e["reasons"])))
        n += 1
        if table.row_count >= TABLE_BLOCK:
            c.print(table)
            table = Table(show_lines=True, show_header=False)
            table.add_column("id", overflow="fold")
            table.add_column("why", overflow="fold")
    if table.row_count or n == 0:
        c.print(table)
    return n


def print_explanation(e: Explanation, out: IO[str] | None = None) -> None:
    """The tree a reviewer reads top to bottom: what was asked, what was read, who answered."""
    from rich.tree import Tree

    c = _console(out)
    a = e.assessment
    head = (f"[bold]{escape(a.id)}[/bold] — [{_STYLE[a.verdict.value]}]{a.verdict.value}[/]"
            f" (as of {e.as_of.isoformat()})")
    if a.templates:
        head += " " + escape(" ".join(a.templates))
    if a.uploadable_from is not None:
        head += f" — uploadable from 1 January {a.uploadable_from}"
    tree = Tree(head)
    for node in e.nodes:
        answer = f" → {node.answer}" if node.answer else ""
        branch = tree.add(f"[bold]{escape(node.label)}[/bold]{escape(answer)}"
                          + (f"  [dim]{escape(node.rule)} ({escape(node.file)})[/dim]" if node.rule else ""))
        for r in node.reasons:
            leaf = branch.add(escape(r.text))
            where = ", ".join(x for x in (r.jurisdiction or "", r.source or "") if x)
            if where:
                leaf.add(f"[dim]{escape(where)}[/dim]")
        if node.readings:
            read = branch.add("[dim]read[/dim]")
            for rd in node.readings:
                cell = repr(rd.cell) if rd.cell else "(empty)"
                read.add(f"{escape(rd.column)}: {escape(cell)} → {escape(rd.read_as)}")
        if node.open_facts:
            decide = branch.add(f"[yellow]open: {escape(', '.join(node.open_facts))}[/yellow]")
            for s in node.settles:
                decide.add(f"[{_STYLE.get(s.verdict, '')}]{escape(s.text)}[/]")
    for err in a.errors:
        tree.add(f"[magenta]{escape(err.column)}: {escape(err.message)}[/magenta]")
    c.print(tree, highlight=False)


# Rows per printed table: a batch of 40,000 rows is printed block by block, so memory
# stays flat and the first rows appear at once.
TABLE_BLOCK = 500


def _table(first: bool, explain: bool, as_of: date) -> Table:
    from rich.table import Table

    table = Table(show_lines=explain, show_header=first,
                  title=f"copyright-check as of {as_of.isoformat()}" if first else None)
    table.add_column("id", overflow="fold", min_width=10)
    table.add_column("verdict", min_width=12)
    table.add_column("templates", overflow="fold", min_width=20)
    table.add_column("from", min_width=4)
    table.add_column("why" if not explain else "why (every deciding rule)", overflow="fold", ratio=1)
    return table


def print_table(results: Iterator[Result], summary: Summary, out: IO[str], *,
                explain: bool, as_of: date) -> None:
    c = _console(out)
    table = _table(True, explain, as_of)
    for result in results:
        a = result.assessment
        summary.add(a, result.row.cells)
        if explain:
            lines = [f"[dim]{escape(r.rule)}[/dim] {escape(r.text)}"
                     + (f" [dim]({escape(r.jurisdiction)})[/dim]" if r.jurisdiction else "")
                     for r in a.reasons]
        else:
            lines = [escape(a.summary)]
            # What the institution asserted for the batch is shown whatever the verdict.
            lines += [f"[cyan]•[/cyan] {escape(r.text)}" for r in a.reasons if r.rule.startswith("assumed:")]
            if a.verdict.value == "needs_review":
                lines += [f"[yellow]•[/yellow] {escape(r.text)}" for r in a.open_reasons]
        lines += [f"[magenta]{escape(e.column)}: {escape(e.message)}[/magenta]" for e in a.errors]
        table.add_row(
            escape(a.id), f"[{_STYLE[a.verdict.value]}]{a.verdict.value}[/]",
            escape("\n".join(a.templates)), "" if a.uploadable_from is None else str(a.uploadable_from),
            "\n".join(lines),
        )
        if table.row_count >= TABLE_BLOCK:
            c.print(table)
            table = _table(False, explain, as_of)
    if table.row_count or summary.rows == 0:
        c.print(table)
    print_summary(summary, as_of, out=out)


def _term(t: Term | None) -> str:
    if t is None:
        return "—"
    from copyright_check.facts import describe_term

    return describe_term(t)


def _fop(f: Fop) -> str:
    def show(v: bool | str) -> str:
        return "yes" if v is True else "no" if v is False else str(v)

    return f"out {show(f.outdoor_public)} / in {show(f.indoor_public)}"


def print_jurisdictions(found: Mapping[str, Jurisdiction]) -> None:
    from rich.table import Table

    table = Table(title=f"{len(found)} jurisdictions")
    for col in ("code", "country", "general term", "photo rule", "FoP buildings",
                "FoP artworks", "commercial", "sources"):
        table.add_column(col)
    for j in found.values():
        simple = j.terms.get("simple_photograph")
        sources = {s for t in j.terms.values() for s in t.sources}
        sources |= {s for f in j.fop.values() for s in f.sources}
        commercial = "/".join(
            "yes" if f.commercial is True else "no" if f.commercial is False else str(f.commercial)
            for f in (j.fop["building"], j.fop["artwork_3d"]))
        table.add_row(j.code, j.name, _term(j.terms["general"]),
                      f"simple photos: {_term(simple)}" if simple else "as other works",
                      _fop(j.fop["building"]), _fop(j.fop["artwork_3d"]), commercial,
                      str(len(sources)))
    _console().print(table)


def print_jurisdiction(j: Jurisdiction) -> None:
    from rich.table import Table

    c = _console()
    c.print(f"[bold]{j.code} — {escape(j.name)}[/bold]  ({escape(j.file)})\n{escape(j.commons_page)}")
    terms = Table(title="terms")
    for col in ("term", "rule", "tag", "source"):
        terms.add_column(col, overflow="fold")
    for t in j.terms.values():
        rule = _term(t)
        for nr in t.not_revived:
            rule += f"; PD if {nr.fact} before {nr.before} (law changed {nr.changed}, not revived)"
        if t.review:
            rule += f"; review: {t.review}"
        terms.add_row(t.key, escape(rule), escape(t.tag.name if t.tag else "—"),
                      escape("; ".join(t.sources)))
    c.print(terms)
    fop = Table(title="freedom of panorama")
    for col in ("work", "outdoor", "indoor", "commercial", "permanent", "tag", "source"):
        fop.add_column(col, overflow="fold")
    for f in j.fop.values():
        fop.add_row(f.category, str(f.outdoor_public), str(f.indoor_public), str(f.commercial),
                    "required" if f.permanent_required else "not required",
                    escape(f.tag.name if f.tag else "—"),
                    escape("; ".join(f.sources) + (f" — review: {f.review}" if f.review else "")))
    c.print(fop)
    if j.uraa:
        when = j.uraa.restoration_date or "none (not an eligible country)"
        c.print(f"URAA restoration date: {when}  ({escape('; '.join(j.uraa.sources))})")
    if j.us_relations:
        since = j.us_relations.since or "none"
        c.print(f"US copyright relations since: {since}  ({escape('; '.join(j.us_relations.sources))})")
