"""The HTML report: one self-contained page a museum's management can open and send round.

It shows the batch summary (counts, the rows becoming uploadable per year, the unlock
list) and a table of rows filterable by verdict. The page is built on `Summary`, the
same counters `--summary` writes, so the report and the JSON summary cannot disagree.

Memory stays flat whatever the batch: each row's table line is rendered where the row was
assessed (a worker process, in a parallel run), the main process spools at most
`rows_limit` of them to a temporary file and writes the page around them at the end;
beyond the limit the page says how many rows were left out and how to get them all.

Every value from the input is escaped by Jinja2's HTML autoescape (a separate environment
from the wikitext one, whose escaping is MediaWiki's). The page loads nothing: styles are
inline, there is no script, and a Content-Security-Policy forbids every network load and
allows only the page's own style block (by its hash), so a value that somehow became
markup still could not run or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import IO, Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from copyright_check.assessment import Assessment, RowError, Verdict
from copyright_check.output import REPORT_ROWS, Rendered
from copyright_check.paths import templates_dir
from copyright_check.record import COLUMNS
from copyright_check.summary import Summary

# A cell longer than this is cut in the table (the JSON and CSV outputs keep it whole), so
# that one pathological cell cannot make the report unreadable or unbounded.
CELL_CHARS = 300
# A reason may quote a cell (an unrecognised licence string): reasons are cut here, well
# above the longest rule text (about 660 characters), so one long cell cannot make the
# report grow with it.
REASON_CHARS = 1000
PAGE_TEMPLATE = "report.html.j2"
ROW_TEMPLATE = "report_row.html.j2"
STYLE_FILE = "report.css"
VERDICTS = ("ok", "not_ok", "needs_review")
# The rows' table line ends so (see report_row.html.j2): an error found later is added there.
_ROW_END = "</td></tr>\n"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """HTML autoescape on, sandboxed like the wikitext environment: templates/ is
    volunteer-editable data, so a template can print what it is given but not reach
    Python internals."""
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _clip(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row_html(a: Assessment, cells: Mapping[str, str], as_of: date | None = None) -> str:
    """One table line (`<tr>…</tr>` and a newline) for one assessed row. The reasons shown
    first are those the terminal table shows (the verdict's sentence, what the institution
    assumed, the open questions of a needs_review row); the other deciding rules follow,
    folded. An ok row's templates come with the registry's rights statement and public-domain
    rationale, read from the same data file and by the same code as `--format sdc`."""
    registry: Mapping[str, Any] = {}
    if a.verdict is Verdict.OK:
        from copyright_check.sdc import sdc_claims  # its data file only for ok rows

        registry = sdc_claims(a, cells, as_of)["registry"] or {}
    notes = [r.text for r in a.reasons if r.rule.startswith("assumed:")]
    if a.verdict.value == "needs_review":
        notes += [r.text for r in a.open_reasons]
    # The rest of the rules, each once: the last is the verdict's sentence, shown already.
    others = [r for r in a.reasons[:-1] if r.text not in notes]
    text = environment().get_template(ROW_TEMPLATE).render(
        id=_clip(a.id),
        title=_clip(cells.get("title") or ""),
        verdict=a.verdict.value,
        templates=a.templates,
        uploadable_from=a.uploadable_from,
        summary=_clip(a.summary, REASON_CHARS),
        notes=[_clip(n, REASON_CHARS) for n in notes],
        others=[{"rule": r.rule, "text": _clip(r.text, REASON_CHARS), "jurisdiction": r.jurisdiction or ""}
                for r in others],
        errors=[f"{e.column}: {_clip(e.message)}" for e in a.errors],
        rights=registry.get("rights_statement"),
        rationale=registry.get("rationale"),
    )
    return text.strip() + "\n"


def add_error(text: str, error: RowError) -> str:
    """Adds an error found after rendering (a duplicate id, seen only by the main
    process) to a line `row_html` made: the message goes into the last (errors) cell and
    the line is marked as a row with errors, for the filter."""
    if not text.endswith(_ROW_END):
        raise ValueError("not a table line rendered by row_html")
    head, _, rest = text.partition(">")  # `<tr class="VERDICT…"`: the verdict is ours, never input
    if " err" not in head:
        head = head[:-1] + ' err"'
    note = escape(f"{error.column}: {_clip(error.message)}")
    return f"{head}>{rest[: -len(_ROW_END)]}<p>{note}</p>{_ROW_END}"


@dataclass(slots=True)
class Page:
    """What the page needs besides the rows. `summary` is filled by the caller from the rows
    `write` yields (as the CLI does for every format), and read after the last one."""

    summary: Summary
    as_of: date
    rows_limit: int = REPORT_ROWS
    source: str = ""
    shown: Counter[str] = field(default_factory=Counter)


@lru_cache(maxsize=1)
def _style() -> tuple[str, str]:
    """The style sheet and its CSP hash (of its UTF-8 bytes, exactly as placed in <style>)."""
    css = (templates_dir() / STYLE_FILE).read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return css, f"'sha256-{digest}'"


def _chart(summary: Summary, as_of: date) -> dict[str, Any]:
    """Bars for each coming 1 January up to the last year with rows (a year with none is an
    empty slot, so the axis is even), then one bar for the years further off."""
    coming, later, past = summary.years(as_of.year)
    bars: list[dict[str, Any]] = []
    if coming:
        bars = [{"label": str(y), "n": coming.get(y, 0)} for y in range(as_of.year + 1, max(coming) + 1)]
    if later:
        bars.append({"label": "later", "n": later})
    top = max((b["n"] for b in bars), default=0)
    height = 160
    for i, b in enumerate(bars):
        b["h"] = round(height * b["n"] / top) if top else 0
        b["x"] = i * 30
    return {"bars": bars, "height": height, "width": max(30 * len(bars), 30), "past": past,
            "total": sum(b["n"] for b in bars)}


def _unlock(summary: Summary) -> list[dict[str, Any]]:
    """A record column is research to add; any other open question is one a person
    settles (the wording of the terminal's unlock report)."""
    return [{**u, "column": u["fact"] in COLUMNS} for u in summary.unlock()]


# Entries per list under "Where the rows come from" (the JSON summary has them all).
TOP = 12


def _top(counts: Counter[str]) -> dict[str, Any]:
    shown = counts.most_common(TOP)
    return {"shown": shown, "more": len(counts) - len(shown), "more_rows": sum(counts.values()) - sum(
        n for _, n in shown)}


def _chunks(spool: IO[str]) -> Iterator[Markup]:
    """The spooled table lines, read back in blocks (they were escaped when rendered)."""
    spool.seek(0)
    while block := spool.read(1 << 16):
        yield Markup(block)  # rendered by row_html, autoescaped there


def write(rows: Iterator[Rendered], out: IO[str], page: Page) -> Iterator[Rendered]:
    """Spools the first `page.rows_limit` table lines and yields every row on (the caller
    counts it into `page.summary`); then writes the whole page."""
    seen = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        for r in rows:
            seen += 1
            if seen <= page.rows_limit:
                spool.write(r.text)
                page.shown[r.verdict] += 1
                if r.has_errors:
                    page.shown["errors"] += 1
            yield r
        if page.summary.rows != seen:
            raise RuntimeError(f"the report's summary counted {page.summary.rows} rows, the table {seen}")
        write_page(out, page, _chunks(spool))


def write_page(out: IO[str], page: Page, lines: Iterator[Markup]) -> None:
    s = page.summary
    css, css_hash = _style()
    shown = sum(page.shown[v] for v in VERDICTS)
    counts = {v: s.counts[v] for v in VERDICTS}
    template = environment().get_template(PAGE_TEMPLATE)
    for piece in template.generate(
        source=page.source,
        as_of=page.as_of.isoformat(),
        rows=s.rows,
        counts=counts,
        rows_with_errors=s.rows_with_errors,
        chart=_chart(s, page.as_of),
        unlock=_unlock(s),
        lists=[("origin countries (of the photo)", _top(s.by_origin)),
               ("countries of the depicted works", _top(s.by_depicted)),
               ("deciding rules", _top(s.by_rule))],
        shown=shown,
        limit=page.rows_limit,
        left_out={v: counts[v] - page.shown[v] for v in VERDICTS},
        left_out_errors=s.rows_with_errors - page.shown["errors"],
        lines=lines,
        style=Markup(css),  # our own style sheet from templates/
        csp=f"default-src 'none'; style-src {css_hash}; base-uri 'none'; form-action 'none'",
    ):
        out.write(piece)
