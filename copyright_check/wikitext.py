"""Commons wikitext, rendered only through Jinja2 templates in templates/.

Every value that came from a record passes the `wikitext` filter, so a title such as
"A|B}}{{delete" or "<script>" is shown as text and never becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from copyright_check.libinput import row_cells
from copyright_check.paths import templates_dir

# HTML character references are understood by MediaWiki inside template arguments, so
# each markup character is replaced by its numeric reference.
_ESCAPES = {
    "&": "&#38;", "|": "&#124;", "{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;",
    "<": "&#60;", ">": "&#62;", "=": "&#61;", "'": "&#39;", "~": "&#126;", "_": "&#95;",
    "*": "&#42;", "#": "&#35;", ":": "&#58;",
}
_TABLE = str.maketrans(_ESCAPES)


def escape_wikitext(value: Any) -> str:
    """Newlines become spaces: a line break would end a template argument or start a list."""
    text = "" if value is None else str(value)
    text = " ".join(text.replace("\x00", "").split())
    return text.translate(_TABLE)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Sandboxed and immutable: templates/*.j2 are volunteer-editable data, so a template
    can read the values it is given but not reach Python internals (`__class__`,
    `__globals__`) nor change a list or dict it is handed."""
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["wikitext"] = escape_wikitext
    return env


def render_tag(name: str, params: Iterable[tuple[str, Any]] = ()) -> str:
    return environment().get_template("tag.j2").render(name=name, params=list(params)).strip()


def render_file_page(context: Mapping[str, Any]) -> str:
    return environment().get_template("file_page.j2").render(**context).strip() + "\n"


def file_page(
    row: Mapping[str, Any], templates: Iterable[str], source: str | None = None, assumed: Iterable[str] = (),
) -> str:
    """The Commons file page ({{Information}} and the licence section) for a row the
    assessment found uploadable: what an upload script passes as the page text. Every
    value from the row is escaped; the templates come from the assessment. `assumed`: the
    texts of the assessment's `assumed:FIELD` reasons, shown under permission so that a
    reviewer sees which batch-wide facts the institution asserted."""
    # Read as the assessment reads a caller's row: NaN/None are empty (never "nan" on the page).
    found, _ = row_cells(row)
    cells = {k.strip().lower(): v for k, v in found.items()}
    return render_file_page({
        "title": cells.get("title", ""),
        "date": cells.get("image_date", ""),
        "source": source if source is not None else cells.get("rights_holder", ""),
        "author": cells.get("photographer", ""),
        "templates": list(templates),
        "assumed": list(assumed),
    })
