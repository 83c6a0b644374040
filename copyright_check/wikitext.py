"""Commons wikitext, rendered only through Jinja2 templates in templates/.

Every value that came from a record passes the `wikitext` filter, so a title such as
"A|B}}{{delete" or "<script>" is shown as text and never becomes markup; inside a comment
the `comment` filter keeps a value from closing it (`-->`) or starting a line.

`--format wikitext` writes one block per input row, in order: a line starting with
PAGE_MARK and a JSON object (`id`, `verdict`, `errors`), then the file page (an `ok` row)
or a comment saying why there is none. No record value can start a line (every filter
folds line breaks into spaces), so a line that starts with PAGE_MARK is always ours and
`split_pages` cuts the stream back into exactly one block per row.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from copyright_check import datacache
from copyright_check.assessment import RowError, unmatched_id, unmatched_why
from copyright_check.libinput import row_cells
from copyright_check.paths import templates_dir
from copyright_check.record import holder_names_no_one, holder_unknown, photo_kind_of, says_no_one
from copyright_check.register import default_register
from copyright_check.textcase import lower
from copyright_check.years import DateError, parse_years

if TYPE_CHECKING:
    import jinja2

    from copyright_check.assessment import Assessment

# The start of the line before each row's block in `--format wikitext`.
PAGE_MARK = "# copyright-check row "

# HTML character references are understood by MediaWiki inside template arguments, so
# each markup character is replaced by its numeric reference.
_ESCAPES = {
    "&": "&#38;", "|": "&#124;", "{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;",
    "<": "&#60;", ">": "&#62;", "=": "&#61;", "'": "&#39;", "~": "&#126;", "_": "&#95;",
    "*": "&#42;", "#": "&#35;", ":": "&#58;",
}
# The bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are
# dropped: one in a title reverses or reorders what follows it on the rendered page (a right-to-left
# override shows "gpj.exe" as "exe.jpg"), so the page would show other text than it holds (review
# 24b). The marks U+200E and U+200F, which right-to-left text needs and which reorder nothing, stay.
_BIDI_CONTROLS: Final = {c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_TABLE = str.maketrans({**_ESCAPES, **{chr(c): None for c in _BIDI_CONTROLS}})


def escape_wikitext(value: Any) -> str:
    """Newlines become spaces: a line break would end a template argument or start a list."""
    text = "" if value is None else str(value)
    text = " ".join(text.replace("\x00", "").split())
    return text.translate(_TABLE)


# A value that is one http(s) address and nothing else, as an export's source_url, url or
# link column holds the record's page in the online collection (page_source).
_URL: Final = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
# What a bracketed external link cannot hold as written: the characters that end its address in
# MediaWiki's parser (EXT_LINK_URL_CLASS: not [ ] < > " or a space), the template's own | { }, and
# the runs that would act on the page however placed (~~~ a signature on save, '' a bold or
# italic mark, __ a behaviour switch such as __NOTOC__): each percent-encoded, which a web server
# reads as the same address.
_LINK_TABLE = str.maketrans({c: f"%{ord(c):02X}" for c in '[]<>"{}|'})
_TABLE_BIDI = str.maketrans({chr(c): None for c in _BIDI_CONTROLS})
_LINK_RUNS: Final = (("~~~", "%7E%7E%7E"), ("''", "%27%27"), ("__", "_%5F"))


def escape_link(value: Any) -> str:
    """A value that is one well-formed http or https address as a bracketed external link,
    "[https://…]", which MediaWiki links (its parser knows a free external link by the literal
    "https://"; escape_wikitext's "&#58;" kept it from linking: review 14 M7), with only the
    characters that would end the link or act on the page percent-encoded; anything else as
    escape_wikitext writes it. Commons:Essential information asks for "at least a link to the page
    the image is displayed on"."""
    text = "" if value is None else " ".join(str(value).replace("\x00", "").split())
    if not _URL.fullmatch(text):
        return escape_wikitext(text)
    url = text.translate(_LINK_TABLE).translate(_TABLE_BIDI)
    for run, written in _LINK_RUNS:
        while run in url:
            url = url.replace(run, written)
    return f"[{url}]"


# Inside <!-- ... --> only `-->` ends the comment (`>` is escaped, so no value can); signatures
# (`~~~~`), `{{subst:` and links are escaped too, so that nothing in a comment acts on save
# or when a reviewer copies it out. Readable otherwise: `_` and `:` (column names) stay.
_COMMENT_TABLE = str.maketrans({**{c: _ESCAPES[c] for c in "&<>{}[]~"}, **{chr(c): None for c in _BIDI_CONTROLS}})


def escape_comment(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\x00", "").split()).translate(_COMMENT_TABLE)


def json_line(value: Any) -> str:
    """JSON on one line whatever the value holds: every non-ASCII character (U+2028,
    U+0085 and the other line breaks among them) is written as a \\u escape."""
    return json.dumps(value, ensure_ascii=True)


# Characters MediaWiki refuses in a page title (Manual:Page title), and control characters.
_TITLE_ILLEGAL = set("#<>[]|{}")


# MediaWiki's other title rules (Manual:Page title): no "~~~" (a signature), no
# percent-encoding or character reference, no relative path, at most 255 bytes, no leading
# colon, and a name that is not itself in another namespace ("Category:Category:X",
# "File:X"). Invisible format characters (zero-width, bidi) are refused too: a category a
# reviewer cannot read is not one the institution meant.
_TITLE_RULES = (
    (re.compile(r"~~~"), "three tildes (a signature)"),
    (re.compile(r"%[0-9A-Fa-f]{2}"), "a percent-encoded character"),
    (re.compile(r"&[A-Za-z0-9#]+;"), "a character reference"),
    (re.compile(r"(^|/)\.{1,2}(/|$)"), "a relative path"),
    (re.compile(r"^:"), "a leading colon"),
    (re.compile(r"^(category|file|image|media|talk|user|template|help|special|commons|module|"
                r"mediawiki|project|wikipedia)\s*:", re.IGNORECASE), "a namespace prefix"),
)


def category_name(value: str) -> str:
    """A category the institution names (`--category`), as the page writes it: without a
    `Category:` prefix; refused (ValueError) if it could not be a Commons page title."""
    name = " ".join(value.replace("_", " ").split())
    if lower(name).startswith("category:"):
        name = " ".join(name[len("category:"):].split())
    bad = sorted({c for c in name if c in _TITLE_ILLEGAL or ord(c) < 32 or 0x7F <= ord(c) < 0xA0
                  or unicodedata.category(c) == "Cf"})
    if not name or bad:
        shown = " ".join(repr(c) for c in bad)
        raise ValueError(f"{value!r} is not a category name" + (f" (it holds {shown})" if bad else ""))
    for pattern, what in _TITLE_RULES:
        if pattern.search(name):
            raise ValueError(f"{value!r} is not a category name (it holds {what})")
    if len(name.encode("utf-8")) > 255:
        raise ValueError(f"{value!r} is not a category name (longer than 255 bytes)")
    return name


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Sandboxed and immutable: templates/*.j2 are volunteer-editable data, so a template
    can read the values it is given but not reach Python internals (`__class__`,
    `__globals__`) nor change a list or dict it is handed. Jinja2 is imported here, on the
    first render: a run whose tags all come from the data cache never imports it."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        # The templates are package data that do not change while a process runs: without
        # this, every render stat()s the template file to see whether to reload it.
        auto_reload=False,
    )
    env.filters["wikitext"] = escape_wikitext
    env.filters["wikitext_link"] = escape_link
    env.filters["comment"] = escape_comment
    env.filters["json_line"] = json_line
    return env


def render_tag(name: str, params: Iterable[tuple[str, Any]] = ()) -> str:
    """A tag's wikitext. The same tag with the same parameters recurs on row after row
    (one law file gives every row of a country its PD tag), so each is rendered once."""
    found = tuple(params)
    # Only values whose equality means the same text are cached (True == 1 == 1.0 would not).
    if all(type(value) in _CACHED_TYPES for _, value in found):
        return _render_tag(name, found)
    return _render(name, found)


_CACHED_TYPES = frozenset({type(None), int, str})
# Renders a process adds to the data cache at most: the tags of a batch's common situations,
# not one entry per death year of a hostile batch.
_STORED_RENDERS = 256
_stored_renders = 0


@lru_cache(maxsize=4096)
def _render_tag(name: str, params: tuple[tuple[str, Any], ...]) -> str:
    """Also kept in the data cache between runs: importing Jinja2 is a tenth of a one-row
    run's start-up, and the tags of the rows a run assesses are usually known from an
    earlier run. A render depends only on the name, the parameters (str, int or None: their
    repr is the value), tag.j2, this module (its filters and the environment's settings) and
    the Jinja2 and MarkupSafe releases, which all go into the key: an edit is a miss,
    rendered afresh, never an old text."""
    global _stored_renders
    key = stored_key(name, params)
    if key is not None:
        found = datacache.store().get(key)
        if type(found) is str:
            return found
    text = _render(name, params)
    if key is not None and _stored_renders < _STORED_RENDERS:
        _stored_renders += 1
        datacache.store().put(key, text)
    return text


def stored_key(name: str, params: tuple[tuple[str, Any], ...]) -> str | None:
    """Where the data cache keeps this render; None when it is not to be read (off, or
    check-data, which renders afresh)."""
    salt = _render_salt()
    if salt is None or not datacache.reading():
        return None
    return "tag:" + hashlib.sha256(f"{salt}\0{(name, params)!r}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _render_salt() -> str | None:
    return datacache.code_salt("tag render 1", [templates_dir() / "tag.j2", _SOURCE], ["jinja2", "markupsafe"])


# This module's source, as the installed (compiled) module was built from it.
_SOURCE = Path(__file__).resolve().parent / "wikitext.py"


def _render(name: str, params: tuple[tuple[str, Any], ...]) -> str:
    """tag.j2's text for the tag: by its plan (tag_plan) where the template is a plain
    pattern, ~1 µs where Jinja2 takes ~65 µs a render (and its import a tenth of a one-row
    run); through Jinja2 otherwise, and always under check-data (datacache.bypass), which
    renders every tag as the template engine does."""
    plan = _tag_plan(_render_salt()) if datacache.reading() else None
    if plan is not None:
        return _planned(plan, name, params)
    return _jinja_render(name, params)


def _jinja_render(name: str, params: tuple[tuple[str, Any], ...]) -> str:
    return environment().get_template("tag.j2").render(name=name, params=list(params)).strip()


# A tag template read as a plan: the pieces before its loop over the parameters, those of
# the loop's body (once a parameter) and those after it. A str piece is the template's own
# text; an int, what the row gives: the tag's name, a parameter's key, its value through the
# `wikitext` filter. Still the template's: the pieces come from parsing tag.j2 itself.
TagPlan = tuple[tuple[str | int, ...], tuple[str | int, ...], tuple[str | int, ...]]
_NAME = 0
_KEY = 1
_VALUE = 2


@lru_cache(maxsize=2)
def _tag_plan(salt: str | None) -> TagPlan | None:
    """tag.j2's plan, or None where the template is not a plain pattern. Keyed on the salt
    (tag.j2's bytes, this module, the Jinja2 and MarkupSafe releases), and kept in the data
    cache under it, so an edited template is read afresh and a run that finds the plan
    there renders new tags without importing Jinja2 at all."""
    key = None if salt is None else "tag plan:" + hashlib.sha256(salt.encode()).hexdigest()
    if key is not None:
        found = datacache.store().get(key)
        if type(found) is tuple and len(found) == 1 and (found[0] is None or _is_plan(found[0])):
            plan: TagPlan | None = found[0]
            return plan
    try:
        source = (templates_dir() / "tag.j2").read_text("utf-8")
    except OSError:
        return None  # Jinja2 then gives the error
    plan = tag_plan(source)
    if key is not None:
        datacache.store().put(key, (plan,))
    return plan


def _is_plan(found: Any) -> bool:
    return (type(found) is tuple and len(found) == 3 and all(
        type(part) is tuple and all(type(p) is str or p in (_NAME, _KEY, _VALUE) for p in part) for part in found))


def tag_plan(source: str) -> TagPlan | None:
    """The plan of a tag template's source, if it is a plain pattern: literal text, the tag's
    `name`, and one loop over `params` whose body holds literal text, the key and the value
    through `wikitext` only; no condition, other filter, call or attribute anywhere. Such a
    template's output is those pieces joined in order, whatever the values (Jinja2 writes a
    name's value with str(), as _planned does); anything else is left to Jinja2. Checked
    once more against Jinja2's own render of values that need escaping."""
    from jinja2.nodes import For, Name, Output
    from jinja2.nodes import Tuple as TupleNode

    tree = environment().parse(source)
    parts: list[list[str | int]] = [[]]
    for node in tree.body:
        if isinstance(node, Output):
            for child in node.nodes:
                piece = _piece(child, None, None)
                if piece is None:
                    return None
                parts[-1].append(piece)
        elif isinstance(node, For) and len(parts) == 1:
            target = node.target
            if (not isinstance(target, TupleNode) or len(target.items) != 2
                    or not all(isinstance(n, Name) for n in target.items)
                    or not isinstance(node.iter, Name) or node.iter.name != "params"
                    or node.else_ or node.test is not None or node.recursive):
                return None
            key_name, value_name = (n.name for n in target.items if isinstance(n, Name))
            body: list[str | int] = []
            for inner in node.body:
                if not isinstance(inner, Output):
                    return None
                for child in inner.nodes:
                    piece = _piece(child, key_name, value_name)
                    if piece is None:
                        return None
                    body.append(piece)
            parts += [body, []]
        else:
            return None
    if len(parts) == 1:
        parts += [[], []]
    plan: TagPlan = (tuple(parts[0]), tuple(parts[1]), tuple(parts[2]))
    template = environment().from_string(source)
    for name, params in (("T", ()), ("PD-old-auto", (("deathyear", 1948),)),
                         ("A b", (("1", "x|y}}{{delete\n<b> =é\u2028"), ("two", None), ("3", 7), ("k", "")))):
        if _planned(plan, name, params) != template.render(name=name, params=list(params)).strip():
            return None
    return plan


def _piece(node: Any, key: str | None, value: str | None) -> str | int | None:
    """A template node as a plan piece; None if it is not one a plain pattern may hold.
    Outside the loop (key None) only the tag's name; inside it only the key and the value
    through `wikitext`."""
    from jinja2.nodes import Const, Filter, Name, TemplateData

    if isinstance(node, TemplateData):
        return str(node.data)
    if isinstance(node, Const):
        return node.value if type(node.value) is str else None
    if isinstance(node, Name) and node.ctx == "load":
        if key is None:
            return _NAME if node.name == "name" else None
        return _KEY if node.name == key else None
    if (isinstance(node, Filter) and node.name == "wikitext" and value is not None
            and isinstance(node.node, Name) and node.node.name == value
            and not node.args and not node.kwargs and node.dyn_args is None and node.dyn_kwargs is None):
        return _VALUE
    return None


def _planned(plan: TagPlan, name: str, params: Iterable[tuple[str, Any]]) -> str:
    """The tag as Jinja2 renders tag.j2 for it (stripped, as _render strips it)."""
    before, body, after = plan
    out: list[str] = []
    for piece in before:
        out.append(piece if type(piece) is str else str(name))
    for key, value in params:
        for piece in body:
            if type(piece) is str:
                out.append(piece)
            else:
                out.append(str(key) if piece == _KEY else escape_wikitext(value))
    for piece in after:
        out.append(piece if type(piece) is str else str(name))
    return "".join(out).strip()


def render_file_page(context: Mapping[str, Any]) -> str:
    return environment().get_template("file_page.j2").render(**context).strip() + "\n"


# A Wikidata item's id as a linked-data export writes it beside a name: "Q5", "wd:Q5",
# "http://www.wikidata.org/entity/Q5", in brackets or after a comma or dash ("Q5 Oscar
# Halldin": Q5 is Wikidata's class "human"; "Oscar Halldin (Q5933220)").
_ITEM_ID: Final = re.compile(
    r"[(\[]?\s*(?<![\w/])(?:(?:https?://)?(?:www\.)?wikidata\.org/(?:entity|wiki)/|wd:)?[Qq][1-9]\d*(?![\w/])\s*[)\]]?")
_EDGE_SIGNS: Final = " \t,;:-\u2013\u2014|/"


def credited_name(cell: str) -> str:
    """The person a page credits for a person cell: the cell without a Wikidata item's id
    beside the name ("Q5 Oscar Halldin", "Oscar Halldin (Q5933220)": "Oscar Halldin").
    {{Information}}'s author field names the file's author (stored
    https://commons.m.wikimedia.org/wiki/Template:Author: "the name of the person"), and SDC's
    P2093 is the author's name string; an id is no part of a name (the record reads "Q5 Oscar
    Halldin" as Oscar Halldin: record._name_words). The
    item it stands for is not linked, since the cell does not say that it is the person's
    own (Q5 is the class "human"). A cell that is an id alone, or holds no letters once the
    id is set aside, is credited as written."""
    if "q" not in lower(cell) or not any(ch.isdigit() for ch in cell):
        return cell
    without, found = _ITEM_ID.subn(" ", cell)
    if not found:
        return cell
    rest = " ".join(without.split()).strip(_EDGE_SIGNS)
    return rest if any(ch.isalpha() for ch in rest) else cell


def file_page(
    row: Mapping[str, Any], templates: Iterable[str], source: str | None = None, assumed: Iterable[str] = (),
    categories: Iterable[str] = (), own: int | None = None, credit: str | None = None,
) -> str:
    """The Commons file page ({{Information}} and the licence section) for a row the
    assessment found uploadable: what an upload script passes as the page text. Every
    value from the row is escaped; the templates come from the assessment. `assumed`: the
    texts of the assessment's `assumed:FIELD` reasons, shown under permission so that a
    reviewer sees which batch-wide facts the institution asserted. `categories`: the
    institution's own (e.g. its batch category), after the licence section. `own`: how
    many of `templates` are the photo's own (Assessment.own); the rest, the depicted work's,
    go under a line of their own that says so (Commons:Multi-license copyright tags)."""
    # Read as the assessment reads a caller's row: NaN/None are empty (never "nan" on the page).
    found, _ = row_cells(row)
    cells = {lower(k.strip()): v for k, v in found.items()}
    context: dict[str, Any] = {
        "title": cells.get("title", ""),
        "date": cells.get("image_date", ""),
        "source": source if source is not None else page_source(cells),
        "author": credited_name(cells.get("photographer", "")),
        "author_unknown": author_unknown(cells),
        "templates": list(templates),
        "assumed": list(assumed),
        "asks": page_asks(templates),
    }
    tags = context["templates"]
    if credit:
        tags = context["templates"] = _credited(tags, credit, own)
    if own is not None and 0 < own < len(tags):
        context["templates"], context["depicted_templates"] = tags[:own], tags[own:]
        context["depicted_label"] = ", ".join(v for v in ((cells.get("depicted_type") or "").strip(),
                                                          (cells.get("depicted_date") or "").strip()) if v)
    if photo_kind_of(cells.get("photo_kind", "")) == "faithful_reproduction":
        # Uploadable only as a faithful reproduction of a flat work in the public domain
        # (Commons:When to use the PD-Art tag): its author and date are the work's, whose
        # deathyear= the tag states; {{Information}} would name the museum photographer and
        # the scan's year (Template:Artwork/doc; review 10 F14).
        # A photographer cell that names no one ("okänd", "Fotografen") is no photographer's
        # name on the Source/Photographer line either, as it is none on {{Information}}'s.
        by = "" if context["author_unknown"] else credited_name(cells.get("photographer", "")).strip()
        when = cells.get("image_date", "").strip()
        creator = cells.get("depicted_creator", "")
        context.update(artist=creator, artist_unknown=not creator.strip() or says_no_one(creator),
                       date=cells.get("depicted_date", ""),
                       photographer=(f"photograph{f' by {by}' if by else ''}{f', {when}' if when else ''}"
                                     if by or when else ""))
    context["date"], context["date_other"] = commons_date(context["date"])
    return render_file_page(context) + categories_block(categories)


# Where the file came from, as {{Information}}'s source: the export's own column for it if
# it has one (the record's page in the online collection), else the rights holder.
_SOURCE_COLUMNS = ("source", "source_url", "url", "link", "permalink", "rights_holder")


def page_source(cells: Mapping[str, str]) -> str:
    """What the file page gives as its source ("" when the row has none: Commons deletes a
    file without a source, so an upload script skips such a row). A cell that says there is
    none ("unknown", "okänd", "-", "N/A", "nan", "?", "see above": record.says_no_one), and a
    holder cell that names no holder ("©", "CC BY 4.0": record.holder_names_no_one) or an
    unknown one, is no source: Template:No source since, "missing essential source information
    or appears to have an invalid source listed … will be deleted seven days after this tag
    was added" (stored https://fanyv88.com:443/https/commons.wikimedia.org/wiki/Template:No_source; review 16
    G11)."""
    for column in _SOURCE_COLUMNS:
        value = (cells.get(column) or "").strip()
        if value and not says_no_one(value) and not (
                column == "rights_holder" and (holder_unknown(value) or holder_names_no_one(value))):
            return value
    return ""


# A template as the assessment writes it: its name, before any parameter.
_TAG_NAME: Final = re.compile(r"\{\{([^|{}]+)")


def page_asks(templates: Iterable[str]) -> list[str]:
    """What the templates on a page ask the page to say that the tool cannot write, each as a
    sentence naming its template (rules/templates.yaml page_asks): Template:PD-UK-unknown "can
    be used only when the author cannot be ascertained by reasonable enquiry. If you wish to
    rely on it, please specify in the image description the research you have carried out to
    find who the author was" (review 16 M3). The page says it in a comment beside the tags,
    where the uploader reads it, as it says a missing source."""
    register = default_register()
    found: list[str] = []
    for tag in templates:
        m = _TAG_NAME.match(tag)
        entry = register.find(m.group(1).strip()) if m is not None else None
        if entry is not None and entry.page_asks:
            text = "{{" + entry.name + "}} " + entry.page_asks
            if text not in found:
                found.append(text)
    return found


# Two full years with a slash (ISO 8601's interval) or a dash between them, the first the
# earlier: "1650/1750", "1650-1750", "1650 \u2013 1750" (an en dash) (year_span).
_YEAR_SPAN: Final = re.compile("([0-9]{4}) *[-/\u2013\u2014] *([0-9]{4})")


def year_span(cell: str) -> tuple[str, str] | None:
    """The first and last year of a date cell that is a span of two full years, which the
    page writes as {{other date|between|…|…}} (templates/file_page.j2); None for any other
    date, written as the cell is. Template:Artwork/doc's date field: "for simple dates use
    ISO 8601 format … for all other dates use {{date}} or {{other date}}" (stored
    https://species-id.net/openmedia/Template:LSH_artwork, its Artwork-derived copy), and
    Template:Other date takes the notation's type, then the first and the second date in
    ISO 8601, "between" among its notations of two dates (stored
    https://commons.wikimedia.org/wiki/Template:Otherdate); "1650/1750" is neither (review 18
    P1). A span is the range of years in which the work was made, as years.parse_years reads
    it for the assessment, hence "between" rather than "from … until". A span written any
    other way ("1955/56", "ca. 1650-1750") is left as written."""
    m = _YEAR_SPAN.fullmatch(cell.strip())
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    return m.group(1), m.group(2)


# The machine forms of a date cell the reader understands (years.parse_years) and a page
# would show as they are (review 19 M1): a spreadsheet's number (1920.0), Wikidata's time
# value (+1920-00-00T00:00:00Z: its year, month or day, "00" where not known), EDTF's
# approximate year (1920~) and its unspecified last digit (192X: a decade).
_SHEET_YEAR: Final = re.compile(r"([0-9]{4})\.0+")
_WIKIBASE_TIME: Final = re.compile(r"\+?([0-9]{4})-([0-9]{2})-([0-9]{2})T00:00:00Z")
_EDTF_CIRCA: Final = re.compile(r"([0-9]{4})~")
_EDTF_DECADE: Final = re.compile(r"([0-9]{3})X")


def commons_date(cell: str) -> tuple[str, tuple[str, ...] | None]:
    """A date cell as the file page writes it: the text for the date field, and the
    parameters of {{other date|…}} where the page writes that instead (None: the text).
    Template:Information's and Template:Artwork's date takes an ISO 8601 date ("YYYY",
    "YYYY-MM", "YYYY-MM-DD") or {{other date}}, whose first parameter is the notation
    ("between", "circa", "decade") and then the dates in ISO 8601 (Template:Other date,
    stored https://commons.wikimedia.org/wiki/Template:Otherdate). A machine form the reader
    understands was written as the cell holds it (`1920.0`, `+1920-00-00T00:00:00Z`, `192X`:
    review 19 M1); it is now written as the assessment read it, where that reading is sure:
    a span of two full years as "between" (year_span), a spreadsheet's year as the year,
    Wikidata's value as the year, month or day it names (a value the reader takes as a
    decade as "decade"), EDTF's `1920~` as "circa" and `192X` as "decade". Any other
    cell is left as written."""
    text = cell.strip()
    span = year_span(text)
    if span is not None:
        return cell, ("between", *span)
    if m := _SHEET_YEAR.fullmatch(text):
        return m.group(1), None
    if m := _EDTF_CIRCA.fullmatch(text):
        return cell, ("circa", m.group(1))
    if m := _EDTF_DECADE.fullmatch(text):
        return cell, ("decade", m.group(1) + "0")
    if m := _WIKIBASE_TIME.fullmatch(text):
        year, month, day = m.groups()
        if month != "00":
            return (f"{year}-{month}" if day == "00" else f"{year}-{month}-{day}"), None
        try:
            read = parse_years(text)
        except DateError:
            return cell, None
        if read is not None and read.lo == read.hi == int(year):
            return year, None
        if read is not None and read.lo == int(year) and read.lo % 10 == 0 and read.hi == read.lo + 9:
            return cell, ("decade", year)
    return cell, None


def author_unknown(cells: Mapping[str, str]) -> bool:
    """Whether the file page's author line is {{Author|unknown}} (Template:Author: "to indicate
    that the author of a work is unknown … This will place the word 'Unknown' in the author
    field … in the correct language of the viewer's preference", stored
    https://commons.m.wikimedia.org/wiki/Template:Author): the photographer cell is empty or
    names no one (record.says_no_one: "okänd", "ditto", "see above", "Fotografen"), where the
    page wrote the cell as it is or nothing, and {{Information}}'s author is required
    (Template:Information; the Bundesarchiv's releases by photographers it does not name say
    "Unknown author" there, the licence crediting the archive; review 16 G2, G9)."""
    value = (cells.get("photographer") or "").strip()
    return not value or says_no_one(value)


def _assumed(a: Assessment) -> list[str]:
    return [r.text for r in a.reasons if r.rule.startswith("assumed:")]


def _credited(tags: list[str], credit: str, own: int | None) -> list[str]:
    """The licence's attribution (Template:Cc-by-sa-4.0: "{{Cc-by-sa-4.0 |1= }}") where the
    row names no photographer and the rights holder who released the photo is credited
    (rules/verdict.yaml ok-photo-freely-licensed-credit-holder-*): the photo's own tags, the
    licence's, take it; the depicted work's stay as they are."""
    mine = len(tags) if own is None else own
    return [_with_attribution(t, credit) if i < mine else t for i, t in enumerate(tags)]


def page_templates(cells: Mapping[str, str], a: Assessment) -> list[str]:
    """The assessment's templates as its file page writes them: a row whose page credits the
    rights holder (the row names no photographer: ok-photo-freely-licensed-credit-holder-*) has
    `|1=` and the holder, escaped, on the photo's licence tag ({{Cc-by-4.0|1=Riksantikvarieämbetet}});
    every other row's as they are. `templates` itself is the finding, the same for every row
    that has it (the whole-row cache shares it between holders): a script that writes its own
    page takes these (review 16 M5: JSON `templates` gave {{Cc-by-4.0}}, a CC BY tag crediting
    no one, where the page wrote the holder). None for an `ok` row whose page is withheld
    (unmatched_id: an empty or repeated id), as its page and claims are: the README's upload
    snippet took them for a record with no id (review 26b F2)."""
    if a.verdict.value == "ok" and unmatched_id(a.errors) is not None:
        return []
    credit = _credit(cells, a) if a.verdict.value == "ok" else None
    return _credited(list(a.templates), credit, a.own) if credit else list(a.templates)


def _with_attribution(tag: str, credit: str) -> str:
    """{{Cc-by-4.0}} -> {{Cc-by-4.0|1=credit}}, the credit escaped as any record value."""
    if not (tag.startswith("{{") and tag.endswith("}}")) or "|" in tag:
        return tag
    return tag[:-2] + "|1=" + escape_wikitext(credit) + "}}"


# The verdict rules whose page credits the rights holder (the row names no photographer).
_CREDIT_HOLDER_RULES: Final = frozenset(("ok-photo-freely-licensed-credit-holder-depicted-free",
                                         "ok-photo-freely-licensed-credit-holder-fop"))


def _credit(cells: Mapping[str, str], a: Assessment) -> str | None:
    if any(r.rule in _CREDIT_HOLDER_RULES for r in a.reasons):
        found = {lower(k.strip()): v for k, v in cells.items()}.get("rights_holder")
        return str(found or "").strip() or None
    return None


def row_text(cells: Mapping[str, str], a: Assessment) -> str:
    """The file page of an `ok` row (file_page.j2), or for any other verdict a comment with
    the verdict and its reason (not_uploaded.j2) — never a page. An `ok` row whose id is
    empty gets the comment too (withheld_text): a page no upload can match to its record.
    Without the institution's categories (categories_block)."""
    if a.verdict.value == "ok":
        bad_id = unmatched_id(a.errors)
        if bad_id is not None:
            return withheld_text(bad_id)
        return file_page(cells, a.templates, assumed=_assumed(a), own=a.own, credit=_credit(cells, a))
    return environment().get_template("not_uploaded.j2").render(
        verdict=a.verdict.value, reason=a.summary, uploadable_from=a.uploadable_from).strip("\n") + "\n"


def withheld_text(error: RowError) -> str:
    """What an `ok` row with an empty or repeated id gets instead of its file page: the
    comment saying why (not_uploaded.j2), which no upload posts as a page."""
    return environment().get_template("not_uploaded.j2").render(
        verdict="ok", reason="no file page: " + unmatched_why(error), uploadable_from=None).strip("\n") + "\n"


def has_page(block: str) -> bool:
    """Whether a row's block (row_block) holds a file page rather than a comment: its text,
    after the PAGE_MARK line, is one of the templates' own (no record value starts a line)."""
    return not block.partition("\n")[2].startswith(_COMMENT_START)


_COMMENT_START = "<!-- copyright-check:"


def row_block(cells: Mapping[str, str], a: Assessment) -> str:
    """One row of `--format wikitext`: the PAGE_MARK line naming it, then row_text. Rendered
    where the row is assessed (a worker process); the writer appends categories_block to
    an `ok` row's block."""
    return environment().get_template("row.j2").render(
        mark=PAGE_MARK, id=a.id, verdict=a.verdict.value, errors=[e.to_dict() for e in a.errors],
        text=row_text(cells, a)).strip("\n") + "\n"


def categories_block(categories: Iterable[str]) -> str:
    """The institution's categories (`--category`), appended to every `ok` page. Commons'
    own categories for the licence templates are not written: each copyright tag adds its
    category itself (templates/categories.j2 cites the pages)."""
    names = [category_name(c) for c in categories]
    if not names:
        return ""
    return environment().get_template("categories.j2").render(categories=names).rstrip("\n") + "\n"


def split_pages(text: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Cuts `--format wikitext` output back into (header, block text) per row, in order:
    what an upload script does before posting each `ok` page."""
    header: dict[str, Any] | None = None
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.startswith(PAGE_MARK):
            if header is not None:
                yield header, "".join(lines)
            header = json.loads(line[len(PAGE_MARK):])
            lines = []
        elif header is not None:
            lines.append(line)
        elif line.strip():
            raise ValueError(f"text before the first {PAGE_MARK.strip()!r} line")
    if header is not None:
        yield header, "".join(lines)
